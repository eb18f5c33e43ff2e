/* digest_send: queue and send the owner's digest (dm-digest-send.h). */
#include "dunning/send/dm-digest-send.h"
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-verp-secret.h"
#include "dunning/ledger/dm-outbox.h"
#include "common/dm-clock.h"
#include "common/dm-command-token.h"

/* Rewrites digest row @id's message with its Reply-To token, which names the row and so
 * can only be made once the row has its id (in the transaction that queued it). */
static gboolean
add_token(const DmConfig *config, DmLedger *ledger, const char *secret, gint64 id,
          DmMailSpec *spec, const char *message_id, GDateTime *now, GError **error)
{
	GDate expires = dm_clock_date(now);
	g_date_add_days(&expires, (guint) config->command_token_days);
	g_autofree char *reply_to = dm_command_token_address(config->billing_addresses[0], id,
	                                                     &expires, secret);
	spec->reply_to = reply_to;
	g_autoptr(GBytes) message = dm_mailer_compose(config, spec, message_id);
	spec->reply_to = NULL;
	return dm_outbox_set_body(ledger, id, message, error);
}

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
	/* The secret is made (once) in a transaction of its own, before ours. */
	g_autofree char *secret = NULL;
	if (config->command_token_days > 0 &&
	    !dm_verp_secret_ensure(config, ledger, &secret, error))
		return FALSE;

	/* Only this row is sent here: the reminders are dunmaild's to send. */
	DmOutboxItem row = { .kind = DM_OUTBOX_KIND_DIGEST, .message_id = message_id,
	                     .recipient = config->owner_address, .subject = (char *) subject,
	                     .state = DM_OUTBOX_STATE_PENDING };
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_outbox_add_digest(ledger, mark->day, message_id, config->owner_address, subject,
	                          message, now_iso, &row.id, error) ||
	    (secret && !add_token(config, ledger, secret, row.id, &spec, message_id, now, error)) ||
	    !dm_ledger_digest_mark_set(ledger, mark, error) ||
	    !dm_ledger_event(ledger, 0, now_iso, DM_EVENT_DIGEST_QUEUED, message_id, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	DmDeliverStats stats = { 0 };
	return dm_deliver_one(config, ledger, &row, now, &stats, error);
}
