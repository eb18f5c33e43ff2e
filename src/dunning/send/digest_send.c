/* digest_send: queue and send the owner's digest (dm-digest-send.h). */
#include "dunning/send/dm-digest-send.h"
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/ledger/dm-outbox.h"
#include "common/dm-clock.h"

gboolean
dm_digest_send(const DmConfig *config, DmLedger *ledger, GDateTime *now, const char *subject,
               const char *body, const char *html, const DmDigestMark *mark, GError **error)
{
	g_return_val_if_fail(mark->day != NULL, FALSE);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	DmMailSpec spec = { .kind = "digest", .to_address = config->owner_address,
	                    .subject = subject, .body = body, .html = html,
	                    .date = now };
	g_autoptr(GBytes) message = dm_mailer_compose(config, &spec, message_id);

	/* Only this row is sent here: the reminders are dunmaild's to send. */
	DmOutboxItem row = { .kind = DM_OUTBOX_KIND_DIGEST, .message_id = message_id,
	                     .recipient = config->owner_address, .subject = (char *) subject,
	                     .state = DM_OUTBOX_STATE_PENDING };
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_outbox_add_digest(ledger, mark->day, message_id, config->owner_address, subject,
	                          message, now_iso, &row.id, error) ||
	    !dm_ledger_digest_mark_set(ledger, mark, error) ||
	    !dm_ledger_event(ledger, 0, now_iso, DM_EVENT_DIGEST_QUEUED, message_id, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	DmDeliverStats stats = { 0 };
	return dm_deliver_one(config, ledger, &row, now, &stats, error);
}
