/* test-dunning-fixture: the shared fixture of the test-dunning-* programs
 * (test-dunning-fixture.h). */
#include "test-dunning-fixture.h"

#include "common/dm-spool.h"
#include "test-dunning-util.h"

void
dm_test_fixture_setup(DmTestFixture *t, const char *name, int year, int month, int day,
                      int hour)
{
	g_autofree char *pattern = g_strdup_printf("dm-%s-XXXXXX", name);
	t->dir = g_dir_make_tmp(pattern, NULL);
	g_assert_nonnull(t->dir);
	t->config = dm_test_config_new(t->dir);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_spool_ensure_dirs(t->config->spool_dir, &err));
	t->ledger = dm_ledger_open(t->config->database, FALSE, &err);
	g_assert_no_error(err);
	t->tz = g_time_zone_new_identifier("Europe/Amsterdam");
	t->now = g_date_time_new(t->tz, year, month, day, hour, 0, 0);
}

void
dm_test_fixture_teardown(DmTestFixture *t)
{
	dm_ledger_close(t->ledger);
	dm_config_free(t->config);
	g_date_time_unref(t->now);
	g_time_zone_unref(t->tz);
	dm_test_rm_rf(t->dir);
	g_free(t->dir);
}

void
dm_test_fixture_set_now(DmTestFixture *t, int year, int month, int day, int hour, int minute)
{
	g_date_time_unref(t->now);
	t->now = g_date_time_new(t->tz, year, month, day, hour, minute, 0);
}

char *
dm_test_fixture_conf_file(const char *dir, const char *name, const char *extra)
{
	char *path = g_build_filename(dir, name, NULL);
	g_autofree char *text = g_strdup_printf(
		"[ledger]\ndatabase = %s/ledger.sqlite\n"
		"[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n"
		"authserv_id = mx.acme.example\n"
		"[dunning]\ntemplates = templates\n%s", dir, extra ? extra : "");
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}
