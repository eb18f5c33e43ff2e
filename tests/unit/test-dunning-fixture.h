/* test-dunning-fixture: the fixture most test-dunning-* programs share — a temporary
 * directory of its own, the configuration of dm_test_config_new() inside it with its spool
 * directories made, the SQLite ledger that configuration names opened, and a fixed "now"
 * in Europe/Amsterdam; and, for the programs that run `dunmail` verbs, the configuration
 * file that says the same.  A program embeds a DmTestFixture as its own Fixture's first
 * member `base`, beside what only it needs, and calls dm_test_fixture_setup() and
 * dm_test_fixture_teardown() from its setup and teardown.
 *
 * Compiled once (test-dunning-fixture.c) and linked into every unit test, unlike the
 * header-only helpers: the log capture of test-dunning-util.h (dm_test_log_clear) is
 * each program's own, so a setup that wants a clean log clears it itself. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	char *dir;                  /* the test's own temporary directory, removed at teardown */
	DmConfig *config;           /* dm_test_config_new(dir): spool and ledger inside dir */
	DmLedger *ledger;           /* config->database, opened */
	GTimeZone *tz;              /* Europe/Amsterdam */
	GDateTime *now;             /* the test's "now", in tz */
} DmTestFixture;

/* Makes a directory "dm-@name-XXXXXX" and all of the above in it; "now" is @year-@month-
 * @day @hour:00 in Europe/Amsterdam. */
void dm_test_fixture_setup(DmTestFixture *t, const char *name, int year, int month, int day,
                           int hour);
/* Closes and frees everything, the directory removed with what the test put in it. */
void dm_test_fixture_teardown(DmTestFixture *t);
/* Moves "now" to @year-@month-@day @hour:@minute in Europe/Amsterdam. */
void dm_test_fixture_set_now(DmTestFixture *t, int year, int month, int day, int hour,
                             int minute);

/* (transfer full) the path of a new configuration file @name in @dir that says what
 * dm_test_config_new(@dir) says to a `dunmail` verb — the ledger @dir/ledger.sqlite,
 * billing@acme.example, owner@acme.example, mx.acme.example, the repository's templates —
 * with @extra (nullable) appended: more keys of [dunning], or sections of their own. */
char *dm_test_fixture_conf_file(const char *dir, const char *name, const char *extra);
