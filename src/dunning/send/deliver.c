/* deliver: one outbox row through SMTP, its state moved forward at each step
 * (dm-deliver.h; the state machine is in dm-outbox.h). */
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-verp-secret.h"
#include "common/dm-verp.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"
#include "dunning/engine/dm-ladder.h"

#include <string.h>

/* (transfer full) invoice @id of reminder @it; NULL with @error when the ledger cannot
 * say (the row is then left pending). */
static DmInvoice *
covered_invoice(DmLedger *ledger, const DmOutboxItem *it, gint64 id, GError **error)
{
	g_autoptr(GError) err = NULL;
	DmInvoice *inv = dm_ledger_invoice_get(ledger, id, &err);
	if (!inv && !err)
		g_set_error(&err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT,
		            "ledger: invoice %" G_GINT64_FORMAT " is missing", id);
	if (err)
		g_propagate_prefixed_error(error, g_steal_pointer(&err),
		                           "outbox %" G_GINT64_FORMAT " left pending: ", it->id);
	return inv;
}

/* *@wanted: may @it still go?  Digests and confirmations always, reminders only while
 * every invoice they cover is open: a reply recorded since a letter for several invoices
 * was written ("0043 is paid") pauses that one, and the letter would still ask for it.
 * Cancelled, the letter is written anew at the next pass for those still due.
 * A ledger that cannot say is an error, never a "no": the row stays pending. */
static gboolean
still_wanted(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
             gboolean *wanted, gboolean *dsn, GError **error)
{
	*wanted = TRUE;
	*dsn = FALSE;
	if (it->kind != DM_OUTBOX_KIND_REMINDER)
		return TRUE;
	g_autoptr(DmInvoice) inv = covered_invoice(ledger, it, it->invoice_id, error);
	if (!inv)
		return FALSE;
	/* An excluded debtor, like a paused or paid invoice, gets nothing still queued. */
	*wanted = inv->status == DM_INVOICE_STATUS_OPEN && !inv->debtor.excluded;
	/* An instalment reminder (a negative step) is wanted only while a plan runs. */
	if (it->step < 0 && !inv->plan_id)
		*wanted = FALSE;
	g_autoptr(GArray) covers = dm_outbox_covers(ledger, it->id, error);
	if (!covers)
		return FALSE;
	for (guint i = 0; *wanted && i < covers->len; i++) {
		gint64 id = g_array_index(covers, DmOutboxCover, i).invoice_id;
		if (id == it->invoice_id)
			continue;
		g_autoptr(DmInvoice) other = covered_invoice(ledger, it, id, error);
		if (!other)
			return FALSE;
		*wanted = other->status == DM_INVOICE_STATUS_OPEN && !other->debtor.excluded;
	}
	/* The 14-day letter counts only if it arrived: ask the receiving server for a DSN. */
	const DmLadderStep *step = dm_ladder_step(dm_ladder_for(config->ladders, inv), it->step);
	*dsn = step && (step->flags & DM_STEP_FOURTEEN_DAY);
	return TRUE;
}

/* One state change with its event (none when @event is DM_EVENT_ANY), inside the
 * caller's transaction.  *@moved is FALSE when the row was no longer in state @from:
 * another process (dunmaild beside `dunmail digest --send`, or the ingest of the milter's
 * copy confirming it) moved it first.  That is not an error: the row is in other hands,
 * and only forward. */
static gboolean
move_in(DmLedger *ledger, const DmOutboxItem *it, DmOutboxState from, DmOutboxState to,
        const char *error_text, const char *now_iso, DmEventKind event, const char *detail,
        gboolean *moved, GError **error)
{
	*moved = FALSE;
	if (!dm_outbox_move(ledger, it->id, from, to, error_text, now_iso, moved, error) ||
	    (*moved && event != DM_EVENT_ANY &&
	     !dm_outbox_event(ledger, it, now_iso, event, detail, error)))
		return FALSE;
	if (!*moved)
		g_message("outbox %" G_GINT64_FORMAT ": no longer %s when it was to become %s: "
		          "moved on by another process", it->id, dm_outbox_state_name(from),
		          dm_outbox_state_name(to));
	return TRUE;
}

/* move_in() committed on its own; with the MTA's @queue_id (nullable) recorded in the same
 * transaction, so a row sent costs one commit after its SMTP transaction, not two. */
static gboolean
move(DmLedger *ledger, const DmOutboxItem *it, DmOutboxState from, DmOutboxState to,
     const char *error_text, const char *now_iso, DmEventKind event, const char *detail,
     const char *queue_id, gboolean *moved, GError **error)
{
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if ((queue_id && !dm_outbox_set_queue_id(ledger, it->id, queue_id, error)) ||
	    !move_in(ledger, it, from, to, error_text, now_iso, event, detail, moved, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* A reminder whose invoice closed (paid, paused, excluded …) before it went out is
 * cancelled, with its event.  A dry run cancels inside its batch transaction; a real
 * delivery commits the cancellation on its own (@own_commit), like every other step. */
static gboolean
cancel_unwanted(DmLedger *ledger, const DmOutboxItem *it, const char *now_iso,
                gboolean own_commit, DmDeliverStats *stats, GError **error)
{
	static const char why[] = "an invoice it covers was no longer open before the reminder "
	                          "went out";
	gboolean moved;
	gboolean done = own_commit
		? move(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED, NULL, now_iso,
		       DM_EVENT_REMINDER_CANCELLED, why, NULL, &moved, error)
		: move_in(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED, NULL, now_iso,
		          DM_EVENT_REMINDER_CANCELLED, why, &moved, error);
	if (!done)
		return FALSE;
	if (moved)
		stats->cancelled++;
	else
		stats->elsewhere++;
	return TRUE;
}

/* A dry run's end of the road for a row: decided and logged, never handed to SMTP (or
 * cancelled, when its invoice is no longer open).  Nothing goes to a server, so the rows
 * of a dry run are moved in the caller's transaction, many to a commit. */
static gboolean
rehearse(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
         const char *now_iso, DmDeliverStats *stats, GError **error)
{
	gboolean wanted, dsn, moved;
	if (!still_wanted(config, ledger, it, &wanted, &dsn, error))
		return FALSE;
	if (!wanted)
		return cancel_unwanted(ledger, it, now_iso, FALSE, stats, error);
	g_autofree char *detail = g_strdup_printf("dry run: would have sent to %s: \"%s\", "
	                                          "message %s (nothing handed to SMTP)",
	                                          it->recipient, it->subject, it->message_id);
	if (!move_in(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_DRY_RUN, "dry run", now_iso,
	             DM_EVENT_DRY_RUN, detail, &moved, error))
		return FALSE;
	if (moved) {
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		stats->rehearsed++;
	}
	return TRUE;
}

/* Where the monotonic clock stood as a row's SMTP transaction began (dm-clock.h); no
 * timeline when the clock has none (a simulated one, a digest sent by the CLI). */
typedef struct {
	const char *timeline;       /* (nullable) */
	gint64 usec;
} MonoStamp;

/* Moves @it from pending to sending, committed with its stamps (the wall clock's
 * @now_iso, and @mono when it has a timeline) before its SMTP transaction: a crash from
 * here on leaves "sending", which recovery turns into "unknown", resolved by what the
 * milter saw within [sending] unseen_after, counted from these stamps (dm-scheduler.h). */
static gboolean
begin_sending(DmLedger *ledger, const DmOutboxItem *it, const char *now_iso,
              const MonoStamp *mono, gboolean *moved, GError **error)
{
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!move_in(ledger, it, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, now_iso,
	             DM_EVENT_ANY, NULL, moved, error) ||
	    (*moved && mono->timeline &&
	     !dm_outbox_stamp_monotonic(ledger, it->id, mono->timeline, mono->usec, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* Delivers @it, whose SMTP transaction begins at @began (and @mono): the row's sending_at,
 * from which [sending] unseen_after is counted when the sending is cut off
 * (dm-scheduler.h). */
static gboolean
deliver_row(const DmConfig *config, DmLedger *ledger, DmSmtpSession *session,
            const DmOutboxItem *it, GDateTime *began, const MonoStamp *mono, gboolean dry_run,
            DmDeliverStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(began);
	if (dry_run)
		return rehearse(config, ledger, it, now_iso, stats, error);
	gboolean wanted, dsn;
	if (!still_wanted(config, ledger, it, &wanted, &dsn, error))
		return FALSE;
	if (!wanted)
		return cancel_unwanted(ledger, it, now_iso, TRUE, stats, error);
	gboolean moved;
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
	if (!begin_sending(ledger, it, now_iso, mono, &moved, error))
		return FALSE;
	if (!moved) {
		stats->elsewhere++;         /* claimed by another process: it sends it, not us */
		return TRUE;
	}
	g_autoptr(GError) send_err = NULL;
	g_autofree char *queue_id = NULL;
	if (dm_smtp_session_submit(session, envelope_from, it->recipient, body, dsn, &queue_id,
	                           &send_err)) {
		g_autofree char *detail = g_strdup_printf("sent to %s: \"%s\", message %s, queue id %s%s",
		                                          it->recipient, it->subject, it->message_id,
		                                          queue_id ? queue_id : "(none given)",
		                                          dsn ? ", delivery notification requested" : "");
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT, NULL, now_iso,
		          DM_EVENT_SENT, detail, queue_id, &moved, error))
			return FALSE;
		stats->sent++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_PERMANENT)) {
		g_warning("outbox %" G_GINT64_FORMAT ": message %s to %s refused: %s", it->id,
		          it->message_id, it->recipient, send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_FAILED, send_err->message,
		          now_iso, DM_EVENT_SEND_FAILED, send_err->message, NULL, &moved, error))
			return FALSE;
		stats->failed++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_UNCERTAIN)) {
		g_warning("outbox %" G_GINT64_FORMAT ": message %s to %s: outcome unknown until the "
		          "milter's copy shows whether it reached the server: %s", it->id,
		          it->message_id, it->recipient, send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_UNKNOWN, send_err->message,
		          now_iso, DM_EVENT_SEND_UNCERTAIN, send_err->message, NULL, &moved, error))
			return FALSE;
		stats->failed++;
	} else {
		g_warning("outbox %" G_GINT64_FORMAT ": message %s to %s: will retry: %s", it->id,
		          it->message_id, it->recipient, send_err->message);
		if (!move(ledger, it, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_PENDING, send_err->message,
		          now_iso, DM_EVENT_ANY, NULL, NULL, &moved, error))
			return FALSE;
		stats->deferred++;
	}
	return TRUE;
}

gboolean
dm_deliver_one(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
               GDateTime *now, DmDeliverStats *stats, GError **error)
{
	g_autoptr(DmSmtpSession) session = dm_smtp_session_new(config);
	const MonoStamp none = { 0 };
	if (!config->dry_run)
		return deliver_row(config, ledger, session, it, now, &none, FALSE, stats, error);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!deliver_row(config, ledger, session, it, now, &none, TRUE, stats, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* Rows a dry run marks in one transaction: nothing goes to a server, so nothing is lost
 * by committing them together, and a dry pass of many letters pays one sync per batch. */
#define REHEARSALS_PER_COMMIT 256

/* The domain of @recipient, lower case ("" when it has none). */
static char *
recipient_domain(const char *recipient)
{
	const char *at = strrchr(recipient, '@');
	return g_ascii_strdown(at ? at + 1 : "", -1);
}

gboolean
dm_deliver_pending(const DmConfig *config, DmLedger *ledger, const DmDeliverOptions *options,
                   DmDeliverStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_to_send(ledger, error);
	if (!pending)
		return FALSE;
	g_autoptr(DmSmtpSession) session = dm_smtp_session_new(config);
	g_autoptr(GHashTable) per_domain = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	guint handed = 0, batch = 0, late = 0;
	g_autoptr(GDateTime) first = NULL;     /* when the pass's first row began */
	for (guint i = 0; i < pending->len; i++) {
		const DmOutboxItem *it = g_ptr_array_index(pending, i);
		gboolean reminder = it->kind == DM_OUTBOX_KIND_REMINDER;
		if (reminder && !options->reminders) {
			stats->waiting++;       /* outside the send window: the next opening */
			continue;
		}
		g_autofree char *domain = recipient_domain(it->recipient);
		guint to_domain = GPOINTER_TO_UINT(g_hash_table_lookup(per_domain, domain));
		/* Limits keep a pass from flooding one server; the rest waits for the next pass. */
		if (reminder && ((config->max_per_pass > 0 && handed >= (guint) config->max_per_pass) ||
		                 (config->max_per_domain > 0 && to_domain >= (guint) config->max_per_domain))) {
			stats->waiting++;
			continue;
		}
		/* Read for each row: in a long pass (many letters, a slow server) a row's
		 * transaction begins long after the pass did, and stamped with the pass's start
		 * a reminder still on its way would look unseen for longer than it is. */
		g_autoptr(GDateTime) began = dm_clock_read(options->clock);
		MonoStamp mono = { 0 };
		dm_clock_monotonic(options->clock, &mono.usec, &mono.timeline);
		if (!first)
			first = g_date_time_ref(began);
		/* Reminders are handed over for one [daemon] tick at most: a reply that came in
		 * meanwhile is read by the next pass before the rest go.  The first always goes;
		 * a dry run, which hands nothing over, marks them all. */
		GTimeSpan budget = (GTimeSpan) config->tick_seconds * G_TIME_SPAN_SECOND;
		if (reminder && handed > 0 && !options->dry_run &&
		    g_date_time_difference(began, first) >= budget) {
			stats->waiting++;
			late++;
			continue;
		}
		if (options->dry_run && batch == 0 && !dm_ledger_begin(ledger, error))
			return FALSE;
		if (!deliver_row(config, ledger, session, it, began, &mono, options->dry_run, stats,
		                 error)) {
			dm_ledger_rollback(ledger);     /* a dry run's batch; nothing otherwise */
			return FALSE;
		}
		if (options->dry_run && ++batch == REHEARSALS_PER_COMMIT) {
			batch = 0;
			if (!dm_ledger_commit(ledger, error))
				return FALSE;
		}
		if (reminder) {
			handed++;
			g_hash_table_replace(per_domain, g_steal_pointer(&domain), GUINT_TO_POINTER(to_domain + 1));
		}
	}
	if (batch > 0 && !dm_ledger_commit(ledger, error))
		return FALSE;
	stats->connections += dm_smtp_session_connections(session);
	if (late)
		g_message("outbox: %u reminders wait for the next pass, which reads the spool first: "
		          "this one handed reminders over for [daemon] tick (%d s)", late,
		          config->tick_seconds);
	if (stats->waiting > late)
		g_message("outbox: %u reminders wait for the next pass (send window or limits: "
		          "[sending] max_per_pass %d, max_per_domain %d)", stats->waiting - late,
		          config->max_per_pass, config->max_per_domain);
	return TRUE;
}
