/* invoice_decisions: the owner's decisions about one invoice — pause, resolve a dispute,
 * write off, record a payment (dm-owner.h).  Each reads the invoice and writes its new
 * state and an event in one transaction. */
#include "dunning/owner/dm-owner.h"
#include "dunning/owner/dm-owner-plan.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <string.h>

/* The reason a reply's dispute pauses an invoice with (dm_policy: the class's name). */
#define DISPUTE_REASON "dispute"

/* What one decision changes, given the invoice as it stands (read in the transaction);
 * *@detail is the event's text (transfer full).  FALSE with @error: nothing is written. */
typedef gboolean (*DecideFunc)(DmLedger *ledger, const DmInvoice *inv, gconstpointer args,
                               const char *now_iso, const GDate *today, DmEventKind *kind,
                               char **detail, GError **error);

/* Runs @decide on invoice @number in one transaction and leaves its event. */
static gboolean
decide(DmLedger *ledger, const char *number, DecideFunc decide_fn, gconstpointer args,
       GDateTime *now, char **summary, GError **error)
{
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	GDate today = dm_clock_date(now);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, number, error);
	if (!inv && error && !*error)
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE,
		            "no invoice numbered '%s' (dunmail invoices lists them)", number);
	DmEventKind kind = DM_EVENT_ANY;
	g_autofree char *detail = NULL;
	if (!inv || !decide_fn(ledger, inv, args, now_iso, &today, &kind, &detail, error) ||
	    !dm_ledger_event(ledger, inv->id, now_iso, kind, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*summary = g_strdup_printf("invoice %s: %s", inv->number, detail);
	return TRUE;
}

static gboolean
wrong_state(const DmInvoice *inv, const char *what, GError **error)
{
	g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE, "invoice %s is %s: %s",
	            inv->number, dm_invoice_status_name(inv->status), what);
	return FALSE;
}

typedef struct {
	const char *reason;
	const GDate *until;
} PauseArgs;

static gboolean
decide_pause(DmLedger *ledger, const DmInvoice *inv, gconstpointer args, const char *now_iso,
             const GDate *today, DmEventKind *kind, char **detail, GError **error)
{
	const PauseArgs *a = args;
	(void) now_iso;
	(void) today;
	if (inv->status != DM_INVOICE_STATUS_OPEN && inv->status != DM_INVOICE_STATUS_PAUSED &&
	    inv->status != DM_INVOICE_STATUS_HELD)
		return wrong_state(inv, "only an open, paused or held invoice can be paused", error);
	const GDate *until = a->until && g_date_valid(a->until) ? a->until : NULL;
	g_autofree char *day = until ? dm_date_iso(until) : NULL;
	*kind = DM_EVENT_PAUSED;
	*detail = g_strdup_printf("paused by the owner (%s) %s%s", a->reason,
	                          day ? "until " : "until you resume it", day ? day : "");
	/* The owner decided about the invoice: a reply that held it waits no longer. */
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_PAUSED, a->reason,
	                                    until, error) &&
	       dm_ledger_reply_reviewed(ledger, 0, inv->id, error);
}

gboolean
dm_owner_pause(DmLedger *ledger, const char *number, const char *reason, const GDate *until,
               GDateTime *now, char **summary, GError **error)
{
	g_return_val_if_fail(reason && *reason, FALSE);
	PauseArgs a = { .reason = reason, .until = until };
	return decide(ledger, number, decide_pause, &a, now, summary, error);
}

static gboolean
decide_resolve(DmLedger *ledger, const DmInvoice *inv, gconstpointer args, const char *now_iso,
               const GDate *today, DmEventKind *kind, char **detail, GError **error)
{
	(void) args;
	(void) now_iso;
	(void) today;
	gboolean waiting = inv->status == DM_INVOICE_STATUS_PAUSED ||
	                   inv->status == DM_INVOICE_STATUS_HELD;
	if (!waiting || g_strcmp0(inv->pause_reason, DISPUTE_REASON) != 0)
		return wrong_state(inv, "it has no dispute to resolve (dunmail resume lifts any "
		                   "other pause)", error);
	*kind = DM_EVENT_DISPUTE_RESOLVED;
	*detail = g_strdup("dispute resolved by the owner: back on the ladder");
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_OPEN, NULL, NULL,
	                                    error) &&
	       dm_ledger_reply_reviewed(ledger, 0, inv->id, error);
}

gboolean
dm_owner_resolve(DmLedger *ledger, const char *number, GDateTime *now, char **summary,
                 GError **error)
{
	return decide(ledger, number, decide_resolve, NULL, now, summary, error);
}

static gboolean
decide_writeoff(DmLedger *ledger, const DmInvoice *inv, gconstpointer args, const char *now_iso,
                const GDate *today, DmEventKind *kind, char **detail, GError **error)
{
	const char *reason = args;
	(void) now_iso;
	(void) today;
	if (inv->status == DM_INVOICE_STATUS_PAID || inv->status == DM_INVOICE_STATUS_WRITTEN_OFF)
		return wrong_state(inv, "there is nothing to write off", error);
	*kind = DM_EVENT_WRITTEN_OFF;
	*detail = g_strdup_printf("written off by the owner%s%s%s: never reminded again",
	                          reason ? " (" : "", reason ? reason : "", reason ? ")" : "");
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_WRITTEN_OFF, reason,
	                                    NULL, error) &&
	       dm_ledger_reply_reviewed(ledger, 0, inv->id, error);
}

gboolean
dm_owner_writeoff(DmLedger *ledger, const char *number, const char *reason, GDateTime *now,
                  char **summary, GError **error)
{
	return decide(ledger, number, decide_writeoff, reason, now, summary, error);
}

typedef struct {
	gint64 amount_cents;
	const GDate *date;
} PaidArgs;

static gboolean
decide_paid(DmLedger *ledger, const DmInvoice *inv, gconstpointer args, const char *now_iso,
            const GDate *today, DmEventKind *kind, char **detail, GError **error)
{
	const PaidArgs *a = args;
	if (inv->status == DM_INVOICE_STATUS_PAID)
		return wrong_state(inv, "it is paid already", error);
	GDate on = a->date && g_date_valid(a->date) ? *a->date : *today;
	g_autofree char *day = dm_date_iso(&on);
	gint64 open = dm_invoice_open_cents(inv);
	if (!inv->has_amount && a->amount_cents > 0) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_AMOUNT, "invoice %s has no known "
		            "amount, so a part payment cannot be counted: record it paid in full "
		            "(without --amount)", inv->number);
		return FALSE;
	}
	if (inv->has_amount && a->amount_cents > open) {
		g_autofree char *asked = dm_money_format(a->amount_cents, inv->currency, "en");
		g_autofree char *left = dm_money_format(open, inv->currency, "en");
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_AMOUNT, "invoice %s: %s is more "
		            "than the %s still open", inv->number, asked, left);
		return FALSE;
	}
	gint64 amount = a->amount_cents > 0 ? a->amount_cents : open;
	if (inv->has_amount && amount > 0 &&
	    !dm_ledger_payment_add(ledger, inv->id, amount, &on, now_iso, error))
		return FALSE;
	/* A running plan's instalments are paid in order. */
	if (!dm_owner_plan_payment(ledger, inv, amount, !inv->has_amount || amount >= open,
	                           now_iso, error))
		return FALSE;
	g_autofree char *paid = dm_money_format(amount, inv->currency, "en");
	if (inv->has_amount && amount < open) {
		g_autofree char *left = dm_money_format(open - amount, inv->currency, "en");
		*kind = DM_EVENT_PAYMENT;
		*detail = g_strdup_printf("part payment of %s on %s recorded by the owner; %s still "
		                          "open", paid, day, left);
		return TRUE;
	}
	*kind = DM_EVENT_PAID;
	*detail = inv->has_amount
		? g_strdup_printf("paid in full on %s (%s) as the owner recorded: the ladder ends", day,
		                  paid)
		: g_strdup_printf("paid in full on %s as the owner recorded: the ladder ends", day);
	/* Paid ends what any reply held it for; a part payment decides nothing about them. */
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_PAID, NULL, NULL,
	                                    error) &&
	       dm_ledger_reply_reviewed(ledger, 0, inv->id, error);
}

gboolean
dm_owner_paid(DmLedger *ledger, const char *number, gint64 amount_cents, const GDate *date,
              GDateTime *now, char **summary, GError **error)
{
	PaidArgs a = { .amount_cents = amount_cents, .date = date };
	return decide(ledger, number, decide_paid, &a, now, summary, error);
}
