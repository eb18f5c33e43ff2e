/* ingest_commands: the owner's reply to a digest, obeyed or refused
 * (dm-ingest-commands.h). */
#include "dunning/daemon/dm-ingest-commands.h"
#include "dunning/ledger/dm-digest-commands.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/owner/dm-owner-commands.h"
#include "dunning/report/dm-doc.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-verp-secret.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"

#define SAY(config, nl, en, de) dm_doc_say((config)->language, nl, en, de)

/* *@digest_id: the digest the first of @ids that names one is, 0 when none does. */
static gboolean
thread_digest(DmLedger *ledger, GPtrArray *ids, gint64 *digest_id, GError **error)
{
	*digest_id = 0;
	for (guint i = 0; ids && i < ids->len && *digest_id == 0; i++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(DmOutboxItem) row = dm_outbox_get_by_message_id(ledger,
		                                                          g_ptr_array_index(ids, i),
		                                                          &err);
		if (err) {
			g_propagate_error(error, g_steal_pointer(&err));
			return FALSE;
		}
		if (row && row->kind == DM_OUTBOX_KIND_DIGEST)
			*digest_id = row->id;
	}
	return TRUE;
}

/* The confirmation being written, and its counts. */
typedef struct {
	GString *body;
	guint done, refused;
} Answer;

static void
answer_line(Answer *a, const char *line, const char *label, const char *text)
{
	g_autofree char *l = dm_sanitize_oneline(line, 200);
	g_autofree char *t = dm_sanitize_oneline(text, 600);
	g_string_append_printf(a->body, "> %s\n  %s: %s\n\n", l, label, t);
}

/* Runs one command line of @plan for digest @digest_id and writes its outcome into @a.
 * FALSE only for the ledger's trouble. */
static gboolean
run_line(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan, gint64 digest_id,
         const DmCommandLine *line, GDateTime *now, const char *now_iso, Answer *a,
         GError **error)
{
	if (!line->command) {
		a->refused++;
		answer_line(a, line->text, SAY(config, "niet begrepen", "not understood",
		                               "nicht verstanden"), line->why);
		return TRUE;
	}
	g_autofree char *cli = dm_command_cli(line->command);
	g_autofree char *done_at = NULL;
	if (!dm_ledger_digest_command_done(ledger, digest_id, cli, &done_at, error))
		return FALSE;
	if (done_at) {
		g_autofree char *what = g_strdup_printf("%.10s (%s)", done_at, cli);
		answer_line(a, line->text, SAY(config, "al gedaan op", "already done on",
		                               "bereits erledigt am"), what);
		return TRUE;
	}
	/* The decision and the mark that it was done, one transaction (the decision's own is a
	 * savepoint in it): committed apart, a stop between the two would leave the command
	 * unmarked, and the file, tried again, would record "paid 250" twice. */
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autofree char *summary = NULL;
	g_autoptr(GError) err = NULL;
	if (!dm_owner_command_run(ledger, config->ladders, line->command, now, &summary, &err)) {
		dm_ledger_rollback(ledger);
		if (err->domain != DM_OWNER_ERROR) {
			g_propagate_error(error, g_steal_pointer(&err));
			return FALSE;
		}
		a->refused++;
		answer_line(a, line->text, SAY(config, "niet gedaan", "not done", "nicht erledigt"),
		            err->message);
		g_message("command by mail \"%s\" (%s): not done: %s", line->text, cli, err->message);
		return TRUE;
	}
	g_autofree char *detail = g_strdup_printf("by mail, answering digest %" G_GINT64_FORMAT
	                                          ": %s: %s", digest_id, cli, summary);
	if (!dm_ledger_digest_command_add(ledger, digest_id, cli, plan->message_id, line->text,
	                                  summary, now_iso, error) ||
	    !dm_ledger_event(ledger, 0, now_iso, DM_EVENT_OWNER_COMMAND, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	a->done++;
	g_autofree char *what = g_strdup_printf("%s (%s)", summary, cli);
	answer_line(a, line->text, SAY(config, "gedaan", "done", "erledigt"), what);
	g_message("command by mail \"%s\" for digest %" G_GINT64_FORMAT ": %s", line->text,
	          digest_id, summary);
	return TRUE;
}

/* (transfer full) the confirmation's message to the owner, answering @plan, in its thread
 * (so that the digest stays in References) and with the token the reply came with
 * (@reply_to, nullable): the owner can answer the confirmation as they answered the
 * digest. */
static GBytes *
compose_answer(const DmConfig *config, const DmIngestPlan *plan, const Answer *a,
               const char *subject, const char *reply_to, const char *message_id,
               GDateTime *now)
{
	g_autofree char *body = g_strdup_printf("%s\n\n%s%s\n",
		SAY(config, "Wat dunmail met uw antwoord op het overzicht deed, per regel:",
		    "What dunmail did with your reply to the digest, line by line:",
		    "Was dunmail mit Ihrer Antwort auf die \xc3\x9c" "bersicht getan hat, Zeile f\xc3\xbcr Zeile:"),
		a->body->len ? a->body->str : SAY(config, "(geen opdrachten gevonden)\n",
		                                  "(no commands found)\n", "(keine Befehle gefunden)\n"),
		SAY(config, "Een opdracht per regel; zie \"Answering the digest\" in de README.",
		    "One command per line; see \"Answering the digest\" in the README.",
		    "Ein Befehl pro Zeile; siehe \"Answering the digest\" in der README."));
	g_autoptr(GPtrArray) refs = g_ptr_array_new();
	for (guint i = plan->thread_ids ? plan->thread_ids->len : 0; i > 0; i--) {
		const char *id = g_ptr_array_index(plan->thread_ids, i - 1);
		if (!g_ptr_array_find_with_equal_func(refs, id, g_str_equal, NULL))
			g_ptr_array_add(refs, (gpointer) id);
	}
	if (plan->message_id && *plan->message_id)
		g_ptr_array_add(refs, plan->message_id);
	DmMailSpec spec = { .kind = "confirmation", .to_address = config->owner_address,
	                    .subject = subject, .body = body, .date = now, .reply_to = reply_to,
	                    .in_reply_to = refs->len ? plan->message_id : NULL,
	                    .references = refs->len ? refs : NULL };
	return dm_mailer_compose(config, &spec, message_id);
}

/* Records @plan's message as refused, with the event the next digest shows. */
static gboolean
record_refused(DmLedger *ledger, const DmIngestPlan *plan, const DmCommandSender *sender,
               DmMessageRecord *rec, const char *why, const char *refusal, const char *now_iso,
               const char *name, GError **error)
{
	g_autofree char *subject = dm_sanitize_oneline(plan->subject ? plan->subject : "", 120);
	g_autofree char *expired = sender->token_expires ? dm_date_iso(sender->token_expires) : NULL;
	const char *domain = sender->from_addr ? dm_address_domain(sender->from_addr) : NULL;
	g_autoptr(GVariant) said = g_variant_ref_sink(dm_words(
		"commands_refused", "from", plan->from_addr ? plan->from_addr : "?",
		"message", plan->message_id, "subject", subject, "refusal", refusal,
		"sender", sender->from_addr ? sender->from_addr : "?", "expired", expired,
		"domain", domain ? domain : "?", NULL));
	g_autofree char *detail = g_strdup_printf(
		"a reply to the digest from %s (message %s, subject \"%s\") was not obeyed: %s; "
		"nothing was run", plan->from_addr ? plan->from_addr : "(unknown)", plan->message_id,
		subject, why);
	g_warning("spool %s: %s", name, detail);
	rec->role = "commands_refused";
	gint64 row;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_message_add(ledger, rec, &row, error) ||
	    !dm_ledger_event_said(ledger, 0, now_iso, DM_EVENT_COMMANDS_REFUSED, detail, said,
	                          error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* Runs the lines of @plan for @digest_id, then records the message and queues the answer. */
static gboolean
obey(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan, DmMessageRecord *rec,
     gint64 digest_id, const char *how, const char *reply_to, GDateTime *now,
     const char *now_iso, const char *name, GError **error)
{
	g_autoptr(GPtrArray) lines = dm_command_parse_text(plan->reply ? plan->reply->reply_text
	                                                   : NULL);
	g_autoptr(GString) body = g_string_new(NULL);
	Answer a = { .body = body };
	for (guint i = 0; i < lines->len; i++)
		if (!run_line(config, ledger, plan, digest_id, g_ptr_array_index(lines, i), now,
		              now_iso, &a, error))
			return FALSE;
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	g_autofree char *subject = g_strdup_printf(
		SAY(config, "dunmail: uw opdrachten (%u gedaan, %u niet)",
		    "dunmail: your commands (%u done, %u not)",
		    "dunmail: Ihre Befehle (%u erledigt, %u nicht)"), a.done, a.refused);
	g_autoptr(GBytes) message = compose_answer(config, plan, &a, subject, reply_to, message_id,
	                                           now);
	g_autofree char *detail = g_strdup_printf(
		"a reply to digest %" G_GINT64_FORMAT " from the owner (%s), message %s: %u lines, "
		"%u done, %u not; confirmation %s queued", digest_id, how, plan->message_id,
		lines->len, a.done, a.refused, message_id);
	g_message("spool %s: %s", name, detail);
	rec->role = "commands";
	gint64 row;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_message_add(ledger, rec, &row, error) ||
	    !dm_outbox_add_confirmation(ledger, message_id, config->owner_address, subject, message,
	                                now_iso, NULL, error) ||
	    !dm_ledger_event(ledger, 0, now_iso, DM_EVENT_OWNER_COMMAND, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_ingest_commands(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan,
                   DmMessageRecord *rec, GDateTime *now, const char *name, gboolean *handled,
                   GError **error)
{
	*handled = FALSE;
	if (plan->direction != DM_DIRECTION_INCOMING || plan->own)
		return TRUE;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	gint64 by_thread = 0;
	if (!thread_digest(ledger, plan->thread_ids, &by_thread, error))
		return FALSE;
	if (!plan->command_rcpt && by_thread == 0)
		return TRUE;
	*handled = TRUE;

	g_autofree char *secret = NULL;
	if (!dm_verp_secret_get(config, ledger, &secret, error))
		return FALSE;
	GDate today = dm_clock_date(now), expires;
	g_date_clear(&expires, 1);
	DmCommandSender s = { .from_addr = plan->from_addr, .owner_address = config->owner_address,
	                      .auth_verified = plan->auth.verified, .auth_detail = plan->auth.detail,
	                      .thread_digest = by_thread, .token_expires = &expires };
	s.token = dm_command_token_check(plan->command_rcpt, secret, &today, &s.token_digest,
	                                 &expires);
	if (!g_date_valid(&expires))
		s.token_expires = NULL;
	gint64 digest_id = 0;
	g_autofree char *why = NULL;
	const char *refusal = NULL;
	if (!dm_owner_command_trusted(&s, &digest_id, &why, &refusal))
		return record_refused(ledger, plan, &s, rec, why, refusal, now_iso, name, error);
	gboolean by_token = s.token == DM_COMMAND_TOKEN_VALID;
	const char *how = by_token ? "the digest's token" : "verified by Authentication-Results";
	return obey(config, ledger, plan, rec, digest_id, how, by_token ? plan->command_rcpt : NULL,
	            now, now_iso, name, error);
}
