/* dm-invoices: debtors and invoices in the ledger. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	gint64 id;
	char *number;
	gint64 debtor_id;
	char *debtor_email;
	char *debtor_name;          /* (nullable) */
	gboolean has_amount;
	gint64 amount_cents;
	char *currency;             /* (nullable) */
	GDate issue_date;           /* invalid when unknown */
	GDate due_date;
	char *language;             /* nl, en */
	char *source;               /* ubl, facturx, pdf, body */
	char *message_id;           /* the invoice mail's Message-ID, with <> */
	char *subject;
	char *status;               /* open, paused, stopped, paid */
	char *pause_reason;         /* (nullable) */
	GDate pause_until;          /* invalid: no automatic resume */
	char *created_at;
} DmInvoice;

DmInvoice *dm_invoice_new(void);
void dm_invoice_free(DmInvoice *inv);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoice, dm_invoice_free)

/* The id of the debtor with @email, created (with @name, @language) when new; 0 on error. */
gint64 dm_ledger_debtor_ensure(DmLedger *ledger, const char *email, const char *name,
                               const char *language, const char *now, GError **error);

/* Inserts @inv (debtor_email, number, due_date required) and sets its id.  When an
 * invoice with the same number for the same debtor exists, nothing changes, *@existed is
 * TRUE and @inv->id is the existing invoice's. */
gboolean dm_ledger_invoice_add(DmLedger *ledger, DmInvoice *inv, const char *now,
                               gboolean *existed, GError **error);

/* (transfer full) (nullable) NULL without error when there is none. */
DmInvoice *dm_ledger_invoice_get(DmLedger *ledger, gint64 id, GError **error);
DmInvoice *dm_ledger_invoice_by_number(DmLedger *ledger, const char *number, GError **error);
/* The invoice a message threads to: its Message-ID is the invoice mail or a reminder. */
gint64 dm_ledger_invoice_by_thread(DmLedger *ledger, const char *message_id);

/* (transfer full) of DmInvoice*, ordered by due date then number.  @debtor_email and
 * @status filter when non-NULL. */
GPtrArray *dm_ledger_invoices_list(DmLedger *ledger, const char *debtor_email,
                                   const char *status, GError **error);

/* Sets status, reason and resume date (NULL / invalid to clear). */
gboolean dm_ledger_invoice_set_status(DmLedger *ledger, gint64 id, const char *status,
                                      const char *reason, const GDate *until, GError **error);
