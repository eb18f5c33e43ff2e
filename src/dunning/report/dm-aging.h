/* dm-aging: the receivables at a glance — aging buckets, days sales outstanding (DSO) and
 * its trend, each debtor's payment behaviour, and the signals the owner should see.
 *
 * Pure: the caller feeds the invoices one at a time (as dm_ledger_invoices_foreach pages
 * them) with the day it counts from; nothing here reads the ledger or the clock, so the
 * digest, `dunmail aging | dso | debtor` and `dunmail report --html` share one arithmetic.
 * Memory grows with the number of currencies and debtors, not of invoices.
 *
 * DSO (README "Days sales outstanding"): open receivables on a day, divided by what was
 * invoiced in the 90 days up to that day, times 90.  Its trend compares it with the same
 * figure 30 days earlier, rebuilt from the invoices' issue, due and payment days. */
#pragma once
#include <glib.h>

typedef enum {
	DM_AGE_NOT_DUE = 0,
	DM_AGE_1_30,
	DM_AGE_31_60,
	DM_AGE_61_90,
	DM_AGE_OVER_90,
	DM_AGE_BUCKETS,
} DmAgeBucket;

#define DM_DSO_WINDOW_DAYS 90     /* the sales DSO divides by */
#define DM_DSO_TREND_DAYS 30      /* the earlier day the trend compares with */
#define DM_LATE_RECENT_DAYS 120   /* "recently": invoices due within this many days */
#define DM_LATE_SIGNAL_DAYS 14    /* later than it used to: this many days on average */

/* One invoice as the computations see it; every pointer (transfer none). */
typedef struct {
	const char *number;
	const char *debtor_email;
	const char *debtor_name;    /* (nullable) */
	gboolean has_amount;        /* without an amount it counts in no total */
	gint64 amount_cents;
	const char *currency;       /* (nullable) read as EUR */
	GDate issued;               /* issue day, or the day dunmail recorded it */
	GDate due;
	gboolean is_paid;
	GDate paid;                 /* the day it was paid; invalid when unknown (then the
	                             * history takes it as paid on its due day) */
} DmReceivable;

/* The totals of one currency: money of two currencies is never added. */
typedef struct {
	char *currency;
	gint64 open[DM_AGE_BUCKETS];
	guint count[DM_AGE_BUCKETS];
	gint64 open_total;
	gint64 invoiced_window;     /* invoiced in the DM_DSO_WINDOW_DAYS up to today */
	gint64 open_then;           /* the same two figures DM_DSO_TREND_DAYS earlier */
	gint64 invoiced_window_then;
} DmAgingTotals;

/* One debtor's payment behaviour.  Days late count 0 for a payment on time; an open
 * overdue invoice counts with the days it is late so far (it is the newest behaviour). */
typedef struct {
	char *email;
	char *name;                 /* (nullable) the latest name seen */
	char *currency;             /* of open_cents: the debtor's first currency */
	gint64 open_cents;
	gint64 open[DM_AGE_BUCKETS];  /* open_cents by bucket */
	guint open_count, overdue_count, paid_count;
	guint n_recent, n_before;   /* invoices whose lateness is known, due recently / before */
	double late_recent, late_before;  /* average days late of each; 0 when n is 0 */
	int max_late;
} DmDebtorStats;

typedef enum {
	DM_SIGNAL_PAYS_LATER = 1,   /* pays later than it used to */
	DM_SIGNAL_CREDIT_LIMIT,     /* open amount above the debtor's credit limit */
} DmSignalKind;

typedef struct {
	DmSignalKind kind;
	const DmDebtorStats *debtor; /* (transfer none) owned by the DmAging */
	gint64 limit_cents;         /* DM_SIGNAL_CREDIT_LIMIT */
} DmSignal;

/* The credit limit of the debtor @email in *@limit_cents (in its currency); FALSE when it
 * has none. */
typedef gboolean (*DmCreditLimitFunc)(const char *email, gint64 *limit_cents, gpointer user);

typedef struct _DmAging DmAging;

/* (transfer full) an empty accumulator counting from @today. */
DmAging *dm_aging_new(const GDate *today);
void dm_aging_free(DmAging *aging);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmAging, dm_aging_free)

void dm_aging_add(DmAging *aging, const DmReceivable *r);

/* (transfer none) of DmAgingTotals*, the largest open total first. */
GPtrArray *dm_aging_totals(DmAging *aging);
/* (transfer none) of DmDebtorStats*, the largest open amount first. */
GPtrArray *dm_aging_debtors(DmAging *aging);
/* (transfer none) (nullable) */
const DmDebtorStats *dm_aging_debtor(DmAging *aging, const char *email);

/* (transfer full) of DmSignal* (g_free): debtors paying later than they used to, and, when
 * @limit is given, those above their credit limit. */
GPtrArray *dm_aging_signals(DmAging *aging, DmCreditLimitFunc limit, gpointer user);

/* The bucket of an invoice due on @due, as of @today. */
DmAgeBucket dm_age_bucket(const GDate *due, const GDate *today);
/* (transfer none) "not_due", "1-30", "31-60", "61-90", "over_90" */
const char *dm_age_bucket_name(DmAgeBucket bucket);
/* Days sales outstanding; FALSE (nothing invoiced in the window) when it has no meaning. */
gboolean dm_dso(gint64 open, gint64 invoiced_window, double *dso);
