/* test-dunning-ingest-missed: the milter's records of billing mail it could not spool
 * (spool/missed/) become one event each at dunmaild's pass, the record moves to
 * missed/done/ so the next pass does not name it again, and the digest shows it under
 * "needs you" with the command that fixes it (dunmail import).  The milter's temporary
 * files are left alone; a record that cannot be read is still named, by its file; a
 * record of our own reminder (its VERP tag) confirms the reminder's outbox row; records in
 * the fallback directory (where the milter writes those the spool could not take) too. */
#include <string.h>

#include "common/dm-spool.h"
#include "common/dm-verp.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/daemon/dm-ingest-missed.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

typedef struct {
	DmTestFixture base;
	char *missed;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_setup(&f->base, "missed", 2026, 11, 24, 12);
	f->missed = g_build_filename(f->base.config->spool_dir, DM_MISSED_DIR, NULL);
	g_assert_cmpint(g_mkdir_with_parents(f->missed, 0750), ==, 0);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	g_free(f->missed);
	dm_test_fixture_teardown(&f->base);
}

/* A record as dunmail-milter writes it (dm-missed.h) for a full disk, of mail sent with
 * envelope sender @mail_from. */
static void
write_record_from(Fixture *f, const char *name, const char *queue_id, const char *mail_from)
{
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = g_strdup(mail_from);
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	g_ptr_array_add(env->rcpt_to, g_strdup("boekhouding@debtor.example"));
	env->queue_id = g_strdup(queue_id);
	env->received_at = g_strdup("2026-11-23T09:14:02Z");
	env->reason = g_strdup("not spooled: No space left on device");
	env->missed = g_strdup(DM_MISSED_SPOOL_FAILED);
	g_autoptr(GString) text = g_string_new(NULL);
	dm_envelope_write(env, text);
	g_autofree char *path = g_build_filename(f->missed, name, NULL);
	g_assert_true(g_file_set_contents(path, text->str, (gssize) text->len, NULL));
}

static void
write_record(Fixture *f, const char *name, const char *queue_id)
{
	write_record_from(f, name, queue_id, "billing@acme.example");
}

static GPtrArray *
missed_events(Fixture *f)
{
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name("mail_missed", &kind));
	return dm_ledger_events_list(f->base.ledger, 0, NULL, kind, NULL);
}

static void
pass(Fixture *f)
{
	g_autoptr(DmClock) clock = dm_clock_new_running_from(f->base.now);
	DmPassOptions opt = { .clock = clock };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_pass_run(f->base.config, f->base.ledger, f->base.now, &opt, &err));
	g_assert_no_error(err);
}

static void
test_record_once_and_digest(Fixture *f, gconstpointer data)
{
	(void) data;
	write_record(f, "20261123T091402.0.6B21GqhJ011619", "6B21GqhJ011619");
	/* What g_file_set_contents leaves while the milter writes: not a record yet. */
	write_record(f, "20261123T091403.1.4ABC.XY12Z9", "4ABC");
	pass(f);
	g_autoptr(GPtrArray) ev = missed_events(f);
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) g_ptr_array_index(ev, 0))->detail;
	g_assert_nonnull(strstr(detail, "queue id 6B21GqhJ011619"));
	g_assert_nonnull(strstr(detail, "<billing@acme.example>"));
	g_assert_nonnull(strstr(detail, "<klant@debtor.example> and 1 more"));
	g_assert_nonnull(strstr(detail, "2026-11-23T09:14:02Z"));
	g_assert_nonnull(strstr(detail, "No space left on device"));
	g_assert_true(dm_test_logged("6B21GqhJ011619"));

	g_autofree char *done = g_build_filename(f->missed, DM_MISSED_DONE_DIR,
	                                         "20261123T091402.0.6B21GqhJ011619", NULL);
	g_assert_true(g_file_test(done, G_FILE_TEST_IS_REGULAR));
	g_autofree char *tmp = g_build_filename(f->missed, "20261123T091403.1.4ABC.XY12Z9", NULL);
	g_assert_true(g_file_test(tmp, G_FILE_TEST_IS_REGULAR));

	/* The next pass names it no second time. */
	pass(f);
	g_autoptr(GPtrArray) again = missed_events(f);
	g_assert_cmpuint(again->len, ==, 1);

	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	const char *needs = strstr(digest.body, "6B21GqhJ011619");
	g_assert_nonnull(needs);
	g_assert_nonnull(strstr(digest.body, "importeer het uit uw Verzonden items"));
	/* The cause in the owner's language; the technical detail stays in `dunmail log`. */
	g_assert_nonnull(strstr(needs, "niet gelezen door dunmail: de milter kon het niet in de spool schrijven"));
	g_assert_null(strstr(digest.body, "No space left on device"));
	g_assert_nonnull(strstr(needs, "dunmail import"));
	g_assert_nonnull(strstr(digest.html, "6B21GqhJ011619"));
}

static void
test_unreadable_record(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *path = g_build_filename(f->missed, "20261123T091402.0.BROKEN", NULL);
	g_assert_true(g_file_set_contents(path, "not an envelope\r\n", -1, NULL));
	guint n = 0, left = 9;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_missed(f->base.config, f->base.ledger, "2026-11-24T11:00:00Z", &n, &left, &err));
	g_assert_cmpuint(n, ==, 1);
	g_assert_cmpuint(left, ==, 0);
	g_autoptr(GPtrArray) ev = missed_events(f);
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_nonnull(strstr(((DmEvent *) g_ptr_array_index(ev, 0))->detail,
	                        "missed/20261123T091402.0.BROKEN"));
}

static void
test_no_directory(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_rm_rf(f->missed);
	guint n = 7, left = 7;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_missed(f->base.config, f->base.ledger, "2026-11-24T11:00:00Z", &n, &left, &err));
	g_assert_cmpuint(n, ==, 0);
	g_assert_cmpuint(left, ==, 0);
}

/* A reminder cut off after the mail server had it, whose copy the milter could not
 * spool (disk full): its record's envelope sender carries the row's VERP tag, and the row
 * is confirmed, so it never goes twice.  A tag signed with another secret confirms
 * nothing. */
static void
test_own_reminder_confirmed(Fixture *f, gconstpointer data)
{
	(void) data;
	f->base.config->verp_secret = g_strdup("0123456789abcdef-test-secret");
	g_autoptr(GError) err = NULL;
	gint64 invoice = dm_test_invoice_42(f->base.ledger, "<inv42@acme.example>");
	gint64 ids[2];
	for (int step = 1; step <= 2; step++) {
		g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
		g_autofree char *mid = g_strdup_printf("<rem%d@acme.example>", step);
		gboolean moved;
		g_assert_true(dm_outbox_add(f->base.ledger, invoice, step, mid, "klant@debtor.example",
		                            "Herinnering", body, "2026-11-23T09:00:00Z", &ids[step - 1], &err));
		g_assert_true(dm_outbox_move(f->base.ledger, ids[step - 1], DM_OUTBOX_STATE_PENDING,
		                             DM_OUTBOX_STATE_SENDING, NULL, "2026-11-23T09:14:00Z", &moved, &err));
		g_assert_true(dm_outbox_move(f->base.ledger, ids[step - 1], DM_OUTBOX_STATE_SENDING,
		                             DM_OUTBOX_STATE_UNKNOWN, "connection lost", "2026-11-23T09:19:00Z",
		                             &moved, &err));
	}
	g_autofree char *ours = dm_verp_address("billing@acme.example", ids[0], f->base.config->verp_secret);
	g_autofree char *forged = dm_verp_address("billing@acme.example", ids[1], "another secret");
	write_record_from(f, "20261123T091402.0.6B21GqhJ011619", "6B21GqhJ011619", ours);
	write_record_from(f, "20261123T091403.1.6B21GqhJ011620", "6B21GqhJ011620", forged);
	guint n = 0, left = 0;
	g_assert_true(dm_ingest_missed(f->base.config, f->base.ledger, "2026-11-24T11:00:00Z", &n, &left, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(n, ==, 2);
	g_autoptr(GPtrArray) confirmed = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_CONFIRMED, &err);
	g_assert_cmpuint(confirmed->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) confirmed->pdata[0])->id, ==, ids[0]);
	g_autoptr(GPtrArray) unknown = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_UNKNOWN, &err);
	g_assert_cmpuint(unknown->len, ==, 1);
	g_autoptr(GPtrArray) ev = missed_events(f);
	g_assert_cmpuint(ev->len, ==, 2);
	g_autofree char *counts = g_strdup_printf("it was reminder %" G_GINT64_FORMAT, ids[0]);
	guint said = 0;
	for (guint i = 0; i < ev->len; i++)
		said += strstr(((DmEvent *) ev->pdata[i])->detail, counts) != NULL;
	g_assert_cmpuint(said, ==, 1);
}

/* A record the spool could not take, which the milter wrote into the fallback directory
 * (by default missed/ beside the ledger), is read like one in the spool's missed/: named
 * once, moved to that directory's done/. */
static void
test_fallback_directory(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *fallback = dm_config_missed_fallback(f->base.config);
	g_autofree char *beside_ledger = g_build_filename(f->base.dir, "missed", NULL);
	g_assert_cmpstr(fallback, ==, beside_ledger);
	g_assert_cmpint(g_mkdir_with_parents(fallback, 0750), ==, 0);
	char *spool_missed = f->missed;
	f->missed = fallback;
	write_record(f, "20261123T091402.0.QFALL1", "QFALL1");
	f->missed = spool_missed;
	pass(f);
	pass(f);
	g_autoptr(GPtrArray) ev = missed_events(f);
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_nonnull(strstr(((DmEvent *) ev->pdata[0])->detail, "queue id QFALL1"));
	g_autofree char *done = g_build_filename(fallback, DM_MISSED_DONE_DIR,
	                                         "20261123T091402.0.QFALL1", NULL);
	g_assert_true(g_file_test(done, G_FILE_TEST_IS_REGULAR));

	/* [spool] missed_fallback names another directory; a ledger that is no file, none. */
	g_free(f->base.config->missed_fallback);
	f->base.config->missed_fallback = g_strdup("/run/dunmail/missed");
	g_autofree char *set = dm_config_missed_fallback(f->base.config);
	g_assert_cmpstr(set, ==, "/run/dunmail/missed");
	g_free(f->base.config->missed_fallback);
	f->base.config->missed_fallback = g_strdup("");
	g_free(f->base.config->database);
	f->base.config->database = g_strdup("sqlite:/var/lib/dunmail/ledger.sqlite");
	g_autofree char *deflt = dm_config_missed_fallback(f->base.config);
	g_assert_cmpstr(deflt, ==, "/var/lib/dunmail/missed");
	g_free(f->base.config->database);
	f->base.config->database = g_strdup("postgresql://db.example/dunmail");
	g_assert_null(dm_config_missed_fallback(f->base.config));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	dm_test_log_init();
	g_test_add("/ingest-missed/once-and-digest", Fixture, NULL, setup,
	           test_record_once_and_digest, teardown);
	g_test_add("/ingest-missed/unreadable", Fixture, NULL, setup, test_unreadable_record,
	           teardown);
	g_test_add("/ingest-missed/no-directory", Fixture, NULL, setup, test_no_directory, teardown);
	g_test_add("/ingest-missed/fallback-directory", Fixture, NULL, setup,
	           test_fallback_directory, teardown);
	g_test_add("/ingest-missed/own-reminder-confirmed", Fixture, NULL, setup,
	           test_own_reminder_confirmed, teardown);
	return g_test_run();
}
