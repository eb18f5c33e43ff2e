/* dm-overview: the ledger read once for the reports (`dunmail aging | dso | debtor |
 * report`): every invoice into the aging arithmetic (dm-aging.h), streamed page by page as
 * the ledger lists them, and only the invoices a report lists kept — so memory grows with
 * the debtors (one DmDebtorStats each), never with the invoices.  Read-only. */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/report/dm-aging.h"
#include "dunning/report/dm-doc.h"

/* The unpaid invoices the HTML report lists (the oldest); the rest are counted. */
#define DM_OVERVIEW_LIST_MAX 200

typedef struct {
	GDate today;
	DmAging *aging;
	GPtrArray *invoices;        /* of DmInvoice*: the debtor's all (with @debtor), else the
	                             * DM_OVERVIEW_LIST_MAX unpaid ones due first; by due date */
	guint more_invoices;        /* unpaid invoices beyond those (without @debtor) */
	GHashTable *limits;         /* the debtors' credit limits (dm_receivable_limits_new) */
} DmOverview;

void dm_overview_clear(DmOverview *ov);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DmOverview, dm_overview_clear)

/* Reads the ledger as of @today into @out; @debtor (nullable): that debtor's invoices
 * only (its address in any letter case), all of them kept — the aging then knows that
 * debtor alone. */
gboolean dm_overview_read(DmLedger *ledger, const GDate *today, const char *debtor,
                          DmOverview *out, GError **error);

/* (transfer full) the overview as a document (`dunmail report --html`): the receivables
 * at a glance, the debtors by open amount, the unpaid invoices by lateness. */
DmDoc *dm_overview_doc(const DmConfig *config, DmOverview *ov);

/* Appends @field to @line as one RFC 4180 field: quoted when it holds a comma, a quote,
 * CR or LF (a quote doubled), and a leading = + - @ defused with a quote (so a
 * spreadsheet does not run a debtor's text as a formula). */
void dm_csv_field(GString *line, const char *field);
/* (transfer full) @cents in @currency's major unit with a '.' ("1250.00"), for CSV. */
char *dm_csv_amount(gint64 cents, const char *currency);
