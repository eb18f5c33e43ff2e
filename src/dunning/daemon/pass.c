/* pass: dunmaild's unit of work (dm-pass.h). */
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-digest-send.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/daemon/dm-ingest-missed.h"
#include "common/dm-clock.h"
#include "dunning/daemon/dm-scheduler.h"

gboolean
dm_pass_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
            const DmPassOptions *options, GError **error)
{
	DmIngestStats in = { 0 };
	DmSchedulerStats out = { 0 };
	/* Ingest first: a reply that arrived since the last pass must pause its invoice before
	 * the scheduler looks at it, and our own copies confirm what was sent. */
	gboolean dry_run = options->dry_run || config->dry_run;
	DmIngestReaders readers = { .model = options->reply_model, .rules = options->invoice_rules };
	if (!dm_ingest_spool_with(config, ledger, &readers, now, &in, error))
		return FALSE;
	/* Billing mail the milter let through without a copy: named for the digest. */
	guint missed = 0;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!dm_ingest_missed(config, ledger, now_iso, &missed, error))
		return FALSE;
	if (!dm_scheduler_run(config, ledger, options->clock, now, dry_run, &out, error))
		return FALSE;
	if (in.ingested || in.set_aside || in.stopped || in.duplicates || missed || out.queued || out.resumed ||
	    out.unseen || out.delivery.deferred || out.delivery.failed)
		g_message("pass: ingested %u (%u invoices, %u replies, %u own confirmed), "
		          "%u duplicates, %u set aside, %u stopped and left for another try, "
		          "%u missed by the milter; %u resumed, %u unseen written anew, "
		          "%u reminders queued, %u sent%s, %u deferred, %u failed, %u cancelled, "
		          "%u waiting for the send window or a limit, %u SMTP connections",
		          in.ingested, in.invoices, in.replies, in.confirmed, in.duplicates,
		          in.set_aside, in.stopped, missed, out.resumed, out.unseen, out.queued,
		          dry_run ? out.delivery.rehearsed : out.delivery.sent,
		          dry_run ? " (dry run: marked, not handed to SMTP)" : "",
		          out.delivery.deferred, out.delivery.failed, out.delivery.cancelled,
		          out.waiting + out.delivery.waiting, out.delivery.connections);
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
