/* pass: dunmaild's unit of work (dm-pass.h). */
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-digest-send.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/daemon/dm-scheduler.h"

gboolean
dm_pass_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
            const DmPassOptions *options, GError **error)
{
	DmIngestStats in = { 0 };
	DmSchedulerStats out = { 0 };
	/* Ingest first: a reply that arrived since the last pass must pause its invoice before
	 * the scheduler looks at it, and our own copies confirm what was sent. */
	if (!options->dry_run && !dm_ingest_spool(config, ledger, options->reply_model, now, &in, error))
		return FALSE;
	if (!dm_scheduler_run(config, ledger, now, options->dry_run, &out, error))
		return FALSE;
	if (in.ingested || in.set_aside || in.duplicates || out.queued || out.resumed ||
	    out.delivery.deferred || out.delivery.failed)
		g_message("pass: ingested %u (%u invoices, %u replies, %u own confirmed), "
		          "%u duplicates, %u set aside; %u resumed, %u reminders %s, %u sent, "
		          "%u deferred, %u failed, %u cancelled",
		          in.ingested, in.invoices, in.replies, in.confirmed, in.duplicates,
		          in.set_aside, out.resumed, out.queued,
		          options->dry_run ? "would be sent" : "queued", out.delivery.sent, out.delivery.deferred,
		          out.delivery.failed, out.delivery.cancelled);
	gboolean due = FALSE;
	if (!options->digest || options->dry_run)
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
