/* owner: the owner's decisions written to the ledger (dm-owner.h). */
#include "dunning/owner/dm-owner.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/ledger/dm-corrections.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "common/dm-clock.h"

G_DEFINE_QUARK(dm-owner-error-quark, dm_owner_error)

/* (transfer full) "paused (promise_to_pay) until 2026-12-06", how an invoice now stands. */
static char *
describe(DmInvoiceStatus status, const char *reason, const GDate *until)
{
	g_autofree char *day = until ? dm_date_iso(until) : NULL;
	return g_strdup_printf("%s%s%s%s%s%s", dm_invoice_status_name(status),
	                       reason ? " (" : "", reason ? reason : "", reason ? ")" : "",
	                       day ? " until " : "", day ? day : "");
}

/* Applies the owner's class to invoice @invoice_id (in the caller's transaction); what
 * became of it in *@outcome (transfer full). */
static gboolean
apply_to_invoice(DmLedger *ledger, gint64 invoice_id, DmReplyClass klass, const GDate *date,
                 const GDate *today, char **outcome, GError **error)
{
	*outcome = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, invoice_id, error);
	if (!inv)
		return FALSE;   /* the reply names it: a missing invoice is the ledger's error */
	DmPolicyDecision d;
	dm_policy_for_owner(klass, date, today, inv->status, &inv->pause_until, &d);
	if (!d.changes) {
		g_autofree char *now = describe(inv->status, inv->pause_reason, &inv->pause_until);
		*outcome = g_strdup_printf("invoice %s unchanged: %s", inv->number, now);
		return TRUE;
	}
	if (!dm_ledger_invoice_set_status(ledger, inv->id, d.status, d.reason, &d.until, error))
		return FALSE;
	g_autofree char *now = describe(d.status, d.reason, &d.until);
	*outcome = g_strdup_printf("invoice %s %s", inv->number, now);
	return TRUE;
}

/* Applies the owner's class to the reply's invoice, or to each invoice a reply that
 * matched none of several holds (dm_ledger_reply_add_holding): the owner's class is what
 * the reply says about each of them.  What became of them in *@outcome (transfer full). */
static gboolean
apply_to_invoices(DmLedger *ledger, const DmReplyRow *reply, DmReplyClass klass,
                  const GDate *date, const GDate *today, char **outcome, GError **error)
{
	*outcome = NULL;
	if (reply->invoice_id > 0)
		return apply_to_invoice(ledger, reply->invoice_id, klass, date, today, outcome, error);
	g_autoptr(GArray) held = dm_ledger_reply_holds(ledger, reply->id, error);
	if (!held)
		return FALSE;
	if (held->len == 0) {
		*outcome = g_strdup("no invoice to change (the reply matched none)");
		return TRUE;
	}
	g_autoptr(GString) all = g_string_new(NULL);
	for (guint i = 0; i < held->len; i++) {
		g_autofree char *one = NULL;
		if (!apply_to_invoice(ledger, g_array_index(held, gint64, i), klass, date, today,
		                      &one, error))
			return FALSE;
		g_string_append_printf(all, "%s%s", all->len ? "; " : "", one);
	}
	*outcome = g_string_free(g_steal_pointer(&all), FALSE);
	return TRUE;
}

gboolean
dm_owner_reclassify(DmLedger *ledger, gint64 reply_id, DmReplyClass klass, const GDate *date,
                    GDateTime *now, char **summary, GError **error)
{
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	GDate today = dm_clock_date(now);
	g_autofree char *rid = dm_reply_short_id(reply_id);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autoptr(DmReplyRow) reply = dm_ledger_reply_get(ledger, reply_id, error);
	if (!reply) {
		if (error && !*error)
			g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_REPLY,
			            "no reply %s (dunmail replies lists them)", rid);
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	DmCorrection c = { .reply_id = reply_id, .reply_text = reply->reply_text,
	                   .original = reply->klass, .corrected = klass, .at = now_iso };
	g_date_clear(&c.date, 1);
	if (date && g_date_valid(date))
		c.date = *date;
	g_autofree char *outcome = NULL;
	g_autofree char *day = dm_date_iso(&c.date);
	if (!dm_ledger_correction_add(ledger, &c, NULL, error) ||
	    !apply_to_invoices(ledger, reply, klass, &c.date, &today, &outcome, error) ||
	    !dm_ledger_reply_reviewed(ledger, reply_id, 0, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_autofree char *detail = g_strdup_printf(
		"%s reclassified by the owner: %s (%.2f) -> %s%s%s; %s", rid,
		dm_reply_class_name(reply->klass), reply->confidence, dm_reply_class_name(klass),
		day ? ", date " : "", day ? day : "", outcome);
	if (!dm_ledger_event(ledger, reply->invoice_id, now_iso, DM_EVENT_RECLASSIFIED, detail,
	                     error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*summary = g_steal_pointer(&detail);
	return TRUE;
}

gboolean
dm_owner_resume(DmLedger *ledger, const char *number, GDateTime *now, char **summary,
                GError **error)
{
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, number, error);
	if (!inv) {
		if (error && !*error)
			g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE,
			            "no invoice numbered '%s' (dunmail invoices lists them)", number);
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	if (inv->status != DM_INVOICE_STATUS_HELD && inv->status != DM_INVOICE_STATUS_PAUSED) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE,
		            "invoice %s is %s: only a held or paused invoice can be resumed",
		            inv->number, dm_invoice_status_name(inv->status));
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_autofree char *was = describe(inv->status, inv->pause_reason, &inv->pause_until);
	g_autofree char *detail = g_strdup_printf("resumed by the owner (was %s): back on the ladder",
	                                          was);
	if (!dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_OPEN, NULL, NULL,
	                                  error) ||
	    !dm_ledger_reply_reviewed(ledger, 0, inv->id, error) ||
	    !dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_RESUMED, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*summary = g_strdup_printf("invoice %s %s", inv->number, detail);
	return TRUE;
}
