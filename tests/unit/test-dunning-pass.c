/* test-dunning-pass: the rule of dunmaild's pass — nothing goes out unless the ingest
 * before it read everything that was waiting.  A debtor's reply left in the spool (a file
 * that could not be claimed) holds every reminder of that pass, said once in the log; the
 * next pass reads it and the invoice waits.  A record of the milter for a reminder cut off
 * mid-send that could not be recorded keeps the reminder from being taken for unseen and
 * sent again; the next pass records it and the reminder counts as sent.  A hold that
 * lasts [daemon] held_notice_hours tells the owner once, by a notice of the hold alone.
 * Real SQLite,
 * real spool, real SMTP server (smtp-sink). */
#include <string.h>

#include "common/dm-spool.h"
#include "common/dm-verp.h"
#include "dunning/daemon/dm-held-notice.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-sending-held.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define INVOICE_MID "<inv-2026-0042@acme.example>"

typedef struct {
	DmTestFixture base;
	DmTestSink *sink;
	gint64 invoice;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_setup(&f->base, "pass", 2026, 11, 24, 12);     /* step 1 is due */
	f->base.config->verp_secret = g_strdup("0123456789abcdef-test-secret");
	f->sink = dm_test_sink_start(0, NULL);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", f->sink->port);

	f->invoice = dm_test_invoice_42_full(f->base.ledger, INVOICE_MID);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_sink_stop(f->sink);
	dm_test_fixture_teardown(&f->base);
}

/* One pass of dunmaild at f->base.now, which succeeds. */
static void
pass(Fixture *f)
{
	g_autoptr(DmClock) clock = dm_clock_new_running_from(f->base.now);
	DmPassOptions opt = { .reply_model = dm_test_reply_model(), .clock = clock };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_pass_run(f->base.config, f->base.ledger, f->base.now, &opt, &err));
	g_assert_no_error(err);
}

static guint
outbox_count(Fixture *f, DmOutboxState state)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, state, &err);
	g_assert_no_error(err);
	return rows->len;
}

static guint
sent_count(Fixture *f)
{
	return dm_test_count_files(f->sink->dir);
}

/* Whether the ledger says sending is held (for `dunmail status`); its text in *@why. */
static gboolean
held(Fixture *f, char **since, char **why)
{
	g_auto(DmSendingHeld) h = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_sending_held_get(f->base.ledger, &h, &err));
	g_assert_no_error(err);
	*since = g_steal_pointer(&h.since);
	*why = g_steal_pointer(&h.why);
	return *since != NULL;
}

/* A path under the spool. */
static char *
spool_path(Fixture *f, const char *first, const char *second)
{
	return g_build_filename(f->base.config->spool_dir, first, second, NULL);
}

/* "I paid yesterday", in the spool but unread in the first pass: work/ holds a directory
 * of its name, so it cannot be claimed.  That pass sends no reminder although step 1 is
 * due, and says why once; the next pass reads the reply and the invoice waits. */
static void
test_unread_reply_holds_reminders(Fixture *f, gconstpointer data)
{
	(void) data;
	static const char name[] = "0001-reply";
	dm_test_spool_message(f->base.config->spool_dir, name, DM_DIRECTION_INCOMING,
	                      "klant@debtor.example", "billing@acme.example",
	                      "From: Jan de Vries <klant@debtor.example>\n"
	                      "To: billing@acme.example\n"
	                      "Subject: Re: Factuur 2026-0042\n"
	                      "Message-ID: <paid-1@debtor.example>\n"
	                      "In-Reply-To: " INVOICE_MID "\n"
	                      "References: " INVOICE_MID "\n"
	                      "Date: Tue, 24 Nov 2026 09:30:00 +0100\n"
	                      "Content-Type: text/plain; charset=utf-8\n"
	                      "\n"
	                      "Goedemorgen,\n\nIk heb de factuur gisteren betaald.\n\n"
	                      "Met vriendelijke groet,\nJan de Vries\n");
	g_autofree char *blocker = spool_path(f, "work", name);
	g_autofree char *inside = g_build_filename(blocker, "x", NULL);
	g_assert_cmpint(g_mkdir_with_parents(inside, 0750), ==, 0);

	pass(f);
	g_assert_cmpuint(sent_count(f), ==, 0);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_ANY), ==, 0);
	g_assert_true(dm_test_logged("ingest did not complete (1 spool files that could not be "
	                             "claimed, left for the next pass): nothing sent"));
	g_autofree char *waiting = spool_path(f, "new", name);
	g_assert_true(g_file_test(waiting, G_FILE_TEST_IS_REGULAR));
	g_autofree char *since = NULL, *why = NULL;
	g_assert_true(held(f, &since, &why));
	g_assert_cmpstr(since, ==, "2026-11-24T11:00:00Z");
	g_assert_cmpstr(why, ==, "1 spool files that could not be claimed, left for the next pass");
	/* A second such pass an hour later: held since the first. */
	dm_test_fixture_set_now(&f->base, 2026, 11, 24, 13, 0);
	pass(f);
	g_autofree char *since2 = NULL, *why2 = NULL;
	g_assert_true(held(f, &since2, &why2));
	g_assert_cmpstr(since2, ==, "2026-11-24T11:00:00Z");
	g_assert_cmpuint(sent_count(f), ==, 0);

	dm_test_rm_rf(blocker);
	dm_test_log_clear();
	pass(f);
	g_assert_false(dm_test_logged("ingest did not complete"));
	g_autofree char *since3 = NULL, *why3 = NULL;
	g_assert_false(held(f, &since3, &why3));
	g_assert_false(g_file_test(waiting, G_FILE_TEST_EXISTS));
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, &err);
	g_assert_no_error(err);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), !=, "open");
	g_assert_cmpuint(sent_count(f), ==, 0);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_ANY), ==, 0);
}

/* Step 1 went to the server yesterday and the connection broke after its data (unknown);
 * the milter could not spool its copy and left a record with the row's VERP tag, which
 * the first pass cannot file (missed/done is in the way).  That pass does not take the
 * reminder for unseen and send it again; the next one records the record, and the
 * reminder counts as sent. */
static void
test_unrecorded_copy_holds_resend(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_milter_proven(f->base.ledger);
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("Subject: x\r\n\r\nx\r\n", 17);
	gint64 row = 0;
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<rem1@acme.example>",
	                            "klant@debtor.example", "Herinnering", body,
	                            "2026-11-23T09:00:00Z", &row, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, "2026-11-23T09:14:00Z", &moved, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_UNKNOWN,
	                             "connection lost", "2026-11-23T09:19:00Z", &moved, &err));
	g_assert_no_error(err);

	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = dm_verp_address("billing@acme.example", row, f->base.config->verp_secret);
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	env->queue_id = g_strdup("6B21GqhJ011619");
	env->received_at = g_strdup("2026-11-23T09:14:02Z");
	env->reason = g_strdup("not spooled: No space left on device");
	g_autoptr(GString) text = g_string_new(NULL);
	dm_envelope_write(env, text);
	g_autofree char *missed = spool_path(f, DM_MISSED_DIR, NULL);
	g_assert_cmpint(g_mkdir_with_parents(missed, 0750), ==, 0);
	g_autofree char *record = g_build_filename(missed, "20261123T091402.0.6B21GqhJ011619", NULL);
	g_assert_true(g_file_set_contents(record, text->str, (gssize) text->len, NULL));
	g_autofree char *done = g_build_filename(missed, DM_MISSED_DONE_DIR, NULL);
	g_assert_true(g_file_set_contents(done, "in the way", -1, NULL));

	pass(f);
	g_assert_cmpuint(sent_count(f), ==, 0);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_UNKNOWN), ==, 1);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_CANCELLED), ==, 0);
	g_assert_true(dm_test_logged("ingest did not complete (1 records of mail the milter could "
	                             "not spool, left for the next pass): nothing sent"));

	g_assert_cmpint(g_unlink(done), ==, 0);
	pass(f);
	g_autoptr(DmOutboxItem) it = dm_outbox_get(f->base.ledger, row, &err);
	g_assert_no_error(err);
	g_assert_cmpstr(dm_outbox_state_name(it->state), ==, "confirmed");
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_PENDING), ==, 0);
	g_assert_cmpuint(sent_count(f), ==, 0);
}

/* One pass at @hour:@minute on 24 November, which succeeds. */
static void
pass_at(Fixture *f, int hour, int minute)
{
	dm_test_fixture_set_now(&f->base, 2026, 11, 24, hour, minute);
	pass(f);
}

/* Makes every pass held: a record in missed/ that cannot be filed (done/ is in the way).
 * The path of what is in the way, to remove it. */
static char *
hold_passes(Fixture *f, const char *queue_id)
{
	g_autofree char *missed = spool_path(f, DM_MISSED_DIR, NULL);
	g_assert_cmpint(g_mkdir_with_parents(missed, 0750), ==, 0);
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = g_strdup("billing@acme.example");
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	env->queue_id = g_strdup(queue_id);
	g_autoptr(GString) text = g_string_new(NULL);
	dm_envelope_write(env, text);
	g_autofree char *name = g_strdup_printf("20261124T080000.0.%s", queue_id);
	g_autofree char *record = g_build_filename(missed, name, NULL);
	g_assert_true(g_file_set_contents(record, text->str, (gssize) text->len, NULL));
	char *done = g_build_filename(missed, DM_MISSED_DONE_DIR, NULL);
	dm_test_rm_rf(done);                        /* what an earlier pass filed there */
	g_assert_true(g_file_set_contents(done, "in the way", -1, NULL));
	return done;
}

/* The one message the sink holds, its quoted-printable lines joined again. */
static char *
only_message(Fixture *f)
{
	g_autoptr(GPtrArray) files = dm_test_list_dir(f->sink->dir);
	g_assert_cmpuint(files->len, ==, 1);
	g_autofree char *path = g_build_filename(f->sink->dir, files->pdata[0], NULL);
	g_autofree char *text = NULL;
	g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
	g_autoptr(GRegex) soft = g_regex_new("=\\r?\\n", 0, 0, NULL);
	return g_regex_replace_literal(soft, text, -1, 0, "", 0, NULL);
}

/* Sending held four hours: the owner gets one short notice, of the hold alone (not a
 * word of the invoice the held reminder is for), and no second one while it lasts; when
 * sending resumes the reminder goes, and a new hold is told of again. */
static void
test_held_owner_told_once(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *done = hold_passes(f, "QHELD1");
	pass_at(f, 12, 0);
	pass_at(f, 15, 59);
	g_assert_cmpuint(sent_count(f), ==, 0);
	pass_at(f, 16, 0);
	g_assert_cmpuint(sent_count(f), ==, 1);
	g_autofree char *notice = only_message(f);
	g_assert_nonnull(strstr(notice, "To: owner@acme.example"));
	g_assert_nonnull(strstr(notice, "X-Dunmail: notice"));
	g_assert_nonnull(strstr(notice, "2026-11-24 12:00"));
	g_assert_nonnull(strstr(notice, "dunmail status"));
	g_assert_nonnull(strstr(notice, "1 meldingen van mail die de milter niet kon bewaren, "
	                                "bewaard voor de volgende ronde"));
	g_assert_null(strstr(notice, "2026-0042"));
	g_assert_null(strstr(notice, "klant@debtor.example"));
	g_assert_true(dm_test_logged("the owner is told by mail"));
	pass_at(f, 17, 0);
	pass_at(f, 23, 0);
	g_assert_cmpuint(sent_count(f), ==, 1);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_SENT), ==, 1);

	g_assert_cmpint(g_unlink(done), ==, 0);
	f->base.config->send_open_minute = 0;
	f->base.config->send_close_minute = 24 * 60;
	pass_at(f, 23, 1);                          /* sending resumes: the reminder goes */
	g_assert_cmpuint(sent_count(f), ==, 2);

	g_autofree char *again = hold_passes(f, "QHELD2");
	pass_at(f, 23, 2);
	g_autoptr(GDateTime) later = g_date_time_add_hours(f->base.now, 4);
	g_date_time_unref(f->base.now);
	f->base.now = g_steal_pointer(&later);
	pass(f);
	g_assert_cmpuint(sent_count(f), ==, 3);
}

typedef struct {
	const char *language;
	const char *subject;        /* a part of the subject */
	const char *reason;         /* the reason line, whole */
	const char *lost;           /* a part of the line that nothing is lost */
} NoticeCase;

static const NoticeCase notice_cases[] = {
	{ "nl", "verzenden staat stil sinds",
	  "1 meldingen van mail die de milter niet kon bewaren, bewaard voor de volgende ronde",
	  "Er gaat niets verloren" },
	{ "en", "sending held since",
	  "1 records of mail the milter could not spool, left for the next pass",
	  "Nothing is lost" },
	{ "de", "Versand angehalten seit",
	  "1 Vermerke zu Mails, die der Milter nicht ablegen konnte, f\xc3\xbcr den "
	  "n\xc3\xa4" "chsten Durchlauf liegen gelassen",
	  "Nichts geht verloren" },
};

/* The notice speaks the owner's language ([dunning] language, as the digest) in every
 * line, the reason for the hold included; no English is left in another language's. */
static void
test_held_notice_language(Fixture *f, gconstpointer data)
{
	const NoticeCase *c = data;
	g_free(f->base.config->language);
	f->base.config->language = g_strdup(c->language);
	g_autofree char *done = hold_passes(f, "QHELD4");
	pass_at(f, 8, 0);
	pass_at(f, 12, 0);
	g_autofree char *notice = only_message(f);
	g_autoptr(GMimeMessage) msg = dm_message_parse(notice, strlen(notice), NULL);
	g_assert_nonnull(msg);
	g_assert_nonnull(strstr(g_mime_message_get_subject(msg), c->subject));
	g_autofree char *body = dm_message_text(msg);
	g_assert_nonnull(body);
	g_assert_nonnull(strstr(body, c->reason));
	g_assert_nonnull(strstr(body, c->lost));
	g_assert_nonnull(strstr(body, "dunmail status"));
	if (strcmp(c->language, "en") != 0) {
		g_assert_null(strstr(body, "left for the next pass"));
		g_assert_null(strstr(body, "records of mail"));
		g_assert_null(strstr(body, "Nothing is lost"));
	}
}

/* Each reason in each language, counted; a failed ingest quotes its error. */
static void
test_held_why_text(void)
{
	DmHeldWhy all = { .stopped = 2, .unclaimed = 1, .missed_left = 3 };
	g_autofree char *en = dm_held_why_text(&all, "en");
	g_assert_cmpstr(en, ==, "2 spool files whose reading was stopped from outside, 1 spool "
	                "files that could not be claimed, 3 records of mail the milter could "
	                "not spool, left for the next pass");
	g_autofree char *nl = dm_held_why_text(&all, "nl");
	g_assert_cmpstr(nl, ==, "2 spoolbestanden waarvan het lezen van buitenaf werd gestopt, "
	                "1 spoolbestanden die niet konden worden opgepakt, 3 meldingen van mail "
	                "die de milter niet kon bewaren, bewaard voor de volgende ronde");
	g_autofree char *de = dm_held_why_text(&all, "de");
	g_assert_cmpstr(de, ==, "2 Spool-Dateien, deren Lesen von au\xc3\x9f" "en abgebrochen "
	                "wurde, 1 Spool-Dateien, die nicht \xc3\xbc" "bernommen werden konnten, 3 "
	                "Vermerke zu Mails, die der Milter nicht ablegen konnte, f\xc3\xbcr den "
	                "n\xc3\xa4" "chsten Durchlauf liegen gelassen");
	DmHeldWhy failed = { .failed = TRUE, .failure = "ledger: database is locked" };
	g_autofree char *fnl = dm_held_why_text(&failed, "nl");
	g_assert_cmpstr(fnl, ==, "het inlezen mislukte: ledger: database is locked");
	g_autofree char *fde = dm_held_why_text(&failed, "de");
	g_assert_cmpstr(fde, ==, "das Einlesen schlug fehl: ledger: database is locked");
	DmHeldWhy unsaid = { .failed = TRUE };
	g_autofree char *fen = dm_held_why_text(&unsaid, "en");
	g_assert_cmpstr(fen, ==, "the ingest failed");
	DmHeldWhy nothing = { 0 };
	g_assert_null(dm_held_why_text(&nothing, "en"));
}

/* The notice the mail server did not take waits for the next held pass; sending resumed
 * first, it is withdrawn, never sent after the fact. */
static void
test_held_notice_withdrawn(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *done = hold_passes(f, "QHELD3");
	pass_at(f, 8, 0);
	g_autofree char *up = g_strdup(f->base.config->smtp_url);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup("smtp://127.0.0.1:1");
	pass_at(f, 12, 0);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_PENDING), ==, 1);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_steal_pointer(&up);
	g_assert_cmpint(g_unlink(done), ==, 0);
	pass_at(f, 13, 0);
	g_assert_cmpuint(outbox_count(f, DM_OUTBOX_STATE_CANCELLED), ==, 1);
	g_assert_true(dm_test_logged("withdrawn"));
	g_autoptr(GPtrArray) files = dm_test_list_dir(f->sink->dir);
	for (guint i = 0; i < files->len; i++) {
		g_autofree char *path = g_build_filename(f->sink->dir, files->pdata[i], NULL);
		g_autofree char *text = NULL;
		g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
		g_assert_null(strstr(text, "X-Dunmail: notice"));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	dm_test_log_init();
	g_test_add("/pass/unread-reply-holds-reminders", Fixture, NULL, setup,
	           test_unread_reply_holds_reminders, teardown);
	g_test_add("/pass/unrecorded-copy-holds-resend", Fixture, NULL, setup,
	           test_unrecorded_copy_holds_resend, teardown);
	g_test_add("/pass/held-owner-told-once", Fixture, NULL, setup, test_held_owner_told_once,
	           teardown);
	g_test_add("/pass/held-notice-withdrawn", Fixture, NULL, setup, test_held_notice_withdrawn,
	           teardown);
	for (gsize i = 0; i < G_N_ELEMENTS(notice_cases); i++) {
		g_autofree char *path = g_strconcat("/pass/held-notice-language/",
		                                    notice_cases[i].language, NULL);
		g_test_add(path, Fixture, &notice_cases[i], setup, test_held_notice_language,
		           teardown);
	}
	g_test_add_func("/pass/held-why-text", test_held_why_text);
	return g_test_run();
}
