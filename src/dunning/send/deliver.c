/* deliver: one outbox row through SMTP, its state moved forward at each step
 * (dm-deliver.h; the state machine is in dm-outbox.h). */
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"

#include <string.h>

/* TRUE when @it may still go: digests always, reminders only while the invoice is open. */
static gboolean
still_wanted(DmLedger *ledger, const DmOutboxItem *it)
{
	if (it->invoice_id <= 0)
		return TRUE;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, it->invoice_id, NULL);
	return inv && strcmp(inv->status, "open") == 0;
}

/* One committed state change with its event. */
static gboolean
move(DmLedger *ledger, const DmOutboxItem *it, const char *from, const char *to,
     const char *error_text, const char *now_iso, const char *event, const char *detail,
     GError **error)
{
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean moved = dm_outbox_move(ledger, it->id, from, to, error_text, now_iso, error);
	if ((!moved && error && *error) ||
	    (moved && event && !dm_ledger_event(ledger, it->invoice_id, now_iso, event, detail, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	if (!moved)
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL,
		            "outbox %" G_GINT64_FORMAT ": not in state %s (another dunmaild running?)",
		            it->id, from);
	return moved;
}

gboolean
dm_deliver_one(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                     GDateTime *now, DmDeliverStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!still_wanted(ledger, it)) {
		if (!move(ledger, it, "pending", "cancelled", NULL, now_iso, "reminder_cancelled",
		          "invoice no longer open before the reminder went out", error))
			return FALSE;
		stats->cancelled++;
		return TRUE;
	}
	/* Committed before the SMTP transaction: a crash from here on leaves "sending",
	 * which recovery turns into "unknown", never into a second message. */
	if (!move(ledger, it, "pending", "sending", NULL, now_iso, NULL, NULL, error))
		return FALSE;
	g_autoptr(GError) send_err = NULL;
	if (dm_mailer_submit(config, it->recipient, it->body, &send_err)) {
		g_autofree char *detail = g_strdup_printf("sent to %s: \"%s\", message %s",
		                                          it->recipient, it->subject, it->message_id);
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!move(ledger, it, "sending", "sent", NULL, now_iso, "sent", detail, error))
			return FALSE;
		stats->sent++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_PERMANENT)) {
		g_warning("outbox %" G_GINT64_FORMAT ": refused: %s", it->id, send_err->message);
		if (!move(ledger, it, "sending", "failed", send_err->message, now_iso, "send_failed",
		          send_err->message, error))
			return FALSE;
		stats->failed++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_UNCERTAIN)) {
		g_warning("outbox %" G_GINT64_FORMAT ": outcome unknown, not retried: %s", it->id,
		          send_err->message);
		if (!move(ledger, it, "sending", "unknown", send_err->message, now_iso,
		          "send_uncertain", send_err->message, error))
			return FALSE;
		stats->failed++;
	} else {
		g_warning("outbox %" G_GINT64_FORMAT ": will retry: %s", it->id, send_err->message);
		if (!move(ledger, it, "sending", "pending", send_err->message, now_iso, NULL, NULL, error))
			return FALSE;
		stats->deferred++;
	}
	return TRUE;
}

gboolean
dm_deliver_pending(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                   DmDeliverStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_list(ledger, 0, "pending", error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++)
		if (!dm_deliver_one(config, ledger, g_ptr_array_index(pending, i), now, stats,
		                          error))
			return FALSE;
	return TRUE;
}
