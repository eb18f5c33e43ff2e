/* test-dunning-ingest-missed: the milter's records of billing mail it could not spool
 * (spool/missed/) become one event each at dunmaild's pass, the record moves to
 * missed/done/ so the next pass does not name it again, and the digest shows it under
 * "needs you" with the command that fixes it (dunmail import).  The milter's temporary
 * files are left alone; a record that cannot be read is still named, by its file. */
#include <string.h>

#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest-missed.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-util.h"

typedef struct {
	char *dir;
	DmConfig *config;
	DmLedger *ledger;
	GDateTime *now;
	char *missed;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	f->dir = g_dir_make_tmp("dm-missed-XXXXXX", NULL);
	f->config = dm_test_config_new(f->dir);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_spool_ensure_dirs(f->config->spool_dir, &err));
	f->ledger = dm_ledger_open(f->config->database, FALSE, &err);
	g_assert_no_error(err);
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	f->now = g_date_time_new(tz, 2026, 11, 24, 12, 0, 0);
	f->missed = g_build_filename(f->config->spool_dir, DM_MISSED_DIR, NULL);
	g_assert_cmpint(g_mkdir_with_parents(f->missed, 0750), ==, 0);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_ledger_close(f->ledger);
	dm_config_free(f->config);
	g_date_time_unref(f->now);
	dm_test_rm_rf(f->dir);
	g_free(f->dir);
	g_free(f->missed);
}

/* A record as dunmail-milter writes it (dm-missed.h) for a full disk. */
static void
write_record(Fixture *f, const char *name, const char *queue_id)
{
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = g_strdup("billing@acme.example");
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	g_ptr_array_add(env->rcpt_to, g_strdup("boekhouding@debtor.example"));
	env->queue_id = g_strdup(queue_id);
	env->received_at = g_strdup("2026-11-23T09:14:02Z");
	env->reason = g_strdup("not spooled: No space left on device");
	g_autoptr(GString) text = g_string_new(NULL);
	dm_envelope_write(env, text);
	g_autofree char *path = g_build_filename(f->missed, name, NULL);
	g_assert_true(g_file_set_contents(path, text->str, (gssize) text->len, NULL));
}

static GPtrArray *
missed_events(Fixture *f)
{
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name("mail_missed", &kind));
	return dm_ledger_events_list(f->ledger, 0, NULL, kind, NULL);
}

static void
pass(Fixture *f)
{
	DmPassOptions opt = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_pass_run(f->config, f->ledger, f->now, &opt, &err));
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
	g_assert_true(dm_digest_build(f->config, f->ledger, f->now, &digest, &err));
	g_assert_no_error(err);
	const char *needs = strstr(digest.body, "6B21GqhJ011619");
	g_assert_nonnull(needs);
	g_assert_nonnull(strstr(digest.body, "importeer het uit uw Verzonden items"));
	g_assert_nonnull(strstr(needs, "dunmail import"));
	g_assert_nonnull(strstr(digest.html, "6B21GqhJ011619"));
}

static void
test_unreadable_record(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *path = g_build_filename(f->missed, "20261123T091402.0.BROKEN", NULL);
	g_assert_true(g_file_set_contents(path, "not an envelope\r\n", -1, NULL));
	guint n = 0;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_missed(f->config, f->ledger, "2026-11-24T11:00:00Z", &n, &err));
	g_assert_cmpuint(n, ==, 1);
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
	guint n = 7;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_missed(f->config, f->ledger, "2026-11-24T11:00:00Z", &n, &err));
	g_assert_cmpuint(n, ==, 0);
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
	return g_test_run();
}
