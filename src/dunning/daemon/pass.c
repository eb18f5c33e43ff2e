/* pass: dunmaild's unit of work (dm-pass.h). */
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-digest-send.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/daemon/dm-ingest-missed.h"
#include "common/dm-clock.h"
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/ledger/dm-sending-held.h"
#include "dunning/daemon/dm-held-notice.h"

static void
log_counts(const DmIngestStats *in, guint missed, const DmSchedulerStats *out, gboolean dry_run)
{
	if (in->ingested || in->set_aside || in->stopped || in->unclaimed || in->duplicates ||
	    missed || out->queued || out->resumed || out->unseen || out->delivery.deferred ||
	    out->delivery.failed)
		g_message("pass: ingested %u (%u invoices, %u replies, %u own confirmed), "
		          "%u duplicates, %u set aside, %u stopped and left for another try, "
		          "%u missed by the milter; %u resumed, %u unseen written anew, "
		          "%u reminders queued, %u sent%s, %u deferred, %u failed, %u cancelled, "
		          "%u waiting for the send window or a limit, %u SMTP connections",
		          in->ingested, in->invoices, in->replies, in->confirmed, in->duplicates,
		          in->set_aside, in->stopped, missed, out->resumed, out->unseen, out->queued,
		          dry_run ? out->delivery.rehearsed : out->delivery.sent,
		          dry_run ? " (dry run: marked, not handed to SMTP)" : "",
		          out->delivery.deferred, out->delivery.failed, out->delivery.cancelled,
		          out->waiting + out->delivery.waiting, out->delivery.connections);
}

/* A held pass (dm-held-notice.h): the owner told once the hold is old enough.  Its own
 * trouble (the mail server down) is logged, never the pass's: the hold stands either way. */
static void
tell_owner(const DmConfig *config, DmLedger *ledger, GDateTime *now, const DmHeldWhy *why,
           gboolean dry_run)
{
	g_autoptr(GError) err = NULL;
	gboolean sent = FALSE;
	if (dry_run)
		return;
	if (!dm_held_notice_run(config, ledger, now, why, &sent, &err))
		g_warning("pass: the notice that sending is held: %s; tried again at the next pass",
		          err->message);
}

gboolean
dm_pass_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
            const DmPassOptions *options, GError **error)
{
	DmIngestStats in = { 0 };
	DmSchedulerStats out = { 0 };
	gboolean dry_run = options->dry_run || config->dry_run;
	DmIngestReaders readers = { .model = options->reply_model, .rules = options->invoice_rules };
	guint missed = 0, missed_left = 0;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	/* The rule of the pass: nothing goes out — no reminder, no digest — unless the ingest
	 * before it read everything that was waiting.  A debtor's reply still in the spool
	 * ("paid yesterday") must pause its invoice before the scheduler looks at it, and the
	 * milter's copy (or its record, missed/) of a reminder cut off mid-send must confirm
	 * it before the scheduler would take it for unseen and send it again.  The digest
	 * waits too: built from a ledger that lacks what waits, it would tell the owner of
	 * the wrong things.  The next pass tries again. */
	if (!dm_ingest_spool_with(config, ledger, &readers, now, &in, error) ||
	    !dm_ingest_missed(config, ledger, now_iso, &missed, &missed_left, error)) {
		/* For `dunmail status`, when the ledger takes it (it may be the trouble). */
		DmHeldWhy failed = { .failed = TRUE,
		                     .failure = error && *error ? (*error)->message : NULL };
		if (dm_ledger_sending_held_set(ledger, now_iso,
		                               failed.failure ? failed.failure : "the ingest failed",
		                               NULL))
			tell_owner(config, ledger, now, &failed, dry_run);
		g_prefix_error(error, "ingest did not complete, nothing sent: ");
		return FALSE;
	}
	/* What the ingest left for the next pass: in English for the log and `dunmail status`. */
	DmHeldWhy left = { .stopped = in.stopped, .unclaimed = in.unclaimed,
	                   .missed_left = missed_left };
	g_autofree char *why = dm_held_why_text(&left, "en");
	if (why) {
		log_counts(&in, missed, &out, dry_run);
		g_warning("pass: ingest did not complete (%s): nothing sent, since what waits may "
		          "stop a reminder", why);
		if (!dm_ledger_sending_held_set(ledger, now_iso, why, error))
			return FALSE;
		tell_owner(config, ledger, now, &left, dry_run);
		return TRUE;
	}
	gboolean ended = FALSE;
	if (!dm_ledger_sending_held_end(ledger, &ended, error) ||
	    (ended && !dm_held_notice_withdraw(ledger, now_iso, error)) ||
	    !dm_scheduler_run(config, ledger, options->clock, now, dry_run, &out, error))
		return FALSE;
	log_counts(&in, missed, &out, dry_run);
	gboolean due = FALSE;
	if (!options->digest || dry_run)
		return TRUE;
	if (!dm_digest_due(config, ledger, now, &due, error))
		return FALSE;
	if (!due)
		return TRUE;
	g_auto(DmDigest) digest = { 0 };
	if (!dm_digest_build(config, ledger, now, &digest, error))
		return FALSE;
	g_autoptr(GError) err = NULL;
	if (dm_digest_send(config, ledger, now, digest.subject, digest.body, digest.html,
	                   &digest.mark, &err))
		return TRUE;
	if (g_error_matches(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS)) {
		/* `dunmail digest --send` was first today: the owner has it, once. */
		g_message("pass: %s; not sent again", err->message);
		return TRUE;
	}
	g_propagate_error(error, g_steal_pointer(&err));
	return FALSE;
}
