/* deliver: one outbox row through SMTP, its state moved forward at each step
 * (dm-deliver.h; the state machine is in dm-outbox.h). */
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-verp-secret.h"
#include "common/dm-verp.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"

/* *@wanted: may @it still go?  Digests always, reminders only while the invoice is open.
 * A ledger that cannot say is an error, never a "no": the row stays pending. */
static gboolean
still_wanted(DmLedger *ledger, const DmOutboxItem *it, gboolean *wanted, GError **error)
{
	*wanted = TRUE;
	if (it->kind == DM_OUTBOX_KIND_DIGEST)
		return TRUE;
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, it->invoice_id, &err);
	if (!inv && !err)
		g_set_error(&err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT,
		            "ledger: invoice %" G_GINT64_FORMAT " is missing", it->invoice_id);
	if (err) {
		g_propagate_prefixed_error(error, g_steal_pointer(&err),
		                           "outbox %" G_GINT64_FORMAT " left pending: ", it->id);
		return FALSE;
	}
	/* An excluded debtor, like a paused or paid invoice, gets nothing still queued. */
	*wanted = inv->status == DM_INVOICE_STATUS_OPEN && !inv->debtor.excluded;
	return TRUE;
}

/* One committed state change with its event (none when @event is DM_EVENT_ANY).
 * *@moved is FALSE when the row was no longer in state @from: another process (dunmaild
 * beside `dunmail digest --send`, or the ingest of the milter's copy confirming it) moved
 * it first.  That is not an error: the row is in other hands, and only forward. */
static gboolean
move(DmLedger *ledger, const DmOutboxItem *it, DmOutboxState from, DmOutboxState to,
     const char *error_text, const char *now_iso, DmEventKind event, const char *detail,
     gboolean *moved_out, GError **error)
{
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean moved = FALSE;
	if (!dm_outbox_move(ledger, it->id, from, to, error_text, now_iso, &moved, error) ||
	    (moved && event != DM_EVENT_ANY &&
	     !dm_ledger_event(ledger, it->invoice_id, now_iso, event, detail, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	if (!moved)
		g_message("outbox %" G_GINT64_FORMAT ": no longer %s when it was to become %s: "
		          "moved on by another process", it->id, dm_outbox_state_name(from),
		          dm_outbox_state_name(to));
	*moved_out = moved;
	return TRUE;
}

gboolean
dm_deliver_one(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                     GDateTime *now, DmDeliverStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	gboolean wanted;
	if (!still_wanted(ledger, it, &wanted, error))
		return FALSE;
	gboolean moved;
	if (!wanted) {
		if (!move(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED, NULL, now_iso,
		          DM_EVENT_REMINDER_CANCELLED,
		          "invoice no longer open before the reminder went out", &moved, error))
			return FALSE;
		if (moved)
			stats->cancelled++;
		else
			stats->elsewhere++;
		return TRUE;
	}
	/* The body is read only here, where a row is delivered: listings never carry it. */
	g_autoptr(GBytes) body = dm_outbox_body(ledger, it->id, error);
	if (!body)
		return FALSE;
	/* The envelope sender carries the row's VERP tag: a bounce that comes back to it
	 * proves it answers this row (dm-verp.h). */
	g_autofree char *secret = NULL;
	if (!dm_verp_secret_ensure(config, ledger, &secret, error))
		return FALSE;
	g_autofree char *envelope_from = dm_verp_address(config->billing_addresses[0], it->id,
	                                                 secret);
	/* Committed before the SMTP transaction: a crash from here on leaves "sending",
	 * which recovery turns into "unknown", never into a second message. */
	if (!move(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, now_iso,
	          DM_EVENT_ANY, NULL, &moved, error))
		return FALSE;
	if (!moved) {
		stats->elsewhere++;         /* claimed by another process: it sends it, not us */
		return TRUE;
	}
	g_autoptr(GError) send_err = NULL;
	if (dm_mailer_submit(config, envelope_from, it->recipient, body, &send_err)) {
		g_autofree char *detail = g_strdup_printf("sent to %s: \"%s\", message %s",
		                                          it->recipient, it->subject, it->message_id);
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT, NULL, now_iso,
		          DM_EVENT_SENT, detail, &moved, error))
			return FALSE;
		stats->sent++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_PERMANENT)) {
		g_warning("outbox %" G_GINT64_FORMAT ": refused: %s", it->id, send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_FAILED, send_err->message,
		          now_iso, DM_EVENT_SEND_FAILED, send_err->message, &moved, error))
			return FALSE;
		stats->failed++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_UNCERTAIN)) {
		g_warning("outbox %" G_GINT64_FORMAT ": outcome unknown, not retried: %s", it->id,
		          send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_UNKNOWN, send_err->message,
		          now_iso, DM_EVENT_SEND_UNCERTAIN, send_err->message, &moved, error))
			return FALSE;
		stats->failed++;
	} else {
		g_warning("outbox %" G_GINT64_FORMAT ": will retry: %s", it->id, send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_PENDING, send_err->message,
		          now_iso, DM_EVENT_ANY, NULL, &moved, error))
			return FALSE;
		stats->deferred++;
	}
	return TRUE;
}

gboolean
dm_deliver_pending(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                   DmDeliverStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_to_send(ledger, error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++)
		if (!dm_deliver_one(config, ledger, g_ptr_array_index(pending, i), now, stats,
		                          error))
			return FALSE;
	return TRUE;
}
