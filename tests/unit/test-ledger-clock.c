/* test-ledger-clock: a simulated clock never meets a live ledger — the ledger's kind is
 * recorded by its first writer (simulated only when that writer runs with --now on an
 * empty ledger; a ledger already holding events counts as live), and the refusal rule as
 * a table of every combination that matters.  Also the loopback test behind --test-sink. */
#include <glib/gstdio.h>

#include "common/dm-mta-check.h"
#include "dunning/ledger/dm-ledger-clock.h"
#include "test-util.h"

static char *tmpdir;

static DmLedger *
fresh_ledger(const char *name)
{
	g_autofree char *path = g_build_filename(tmpdir, name, NULL);
	g_autoptr(GError) err = NULL;
	DmLedger *l = dm_ledger_open(path, FALSE, &err);
	g_assert_no_error(err);
	return l;
}

static DmLedgerClock
kind(DmLedger *l, gboolean simulated, gboolean record)
{
	DmLedgerClock k = 99;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_clock_get(l, simulated, record, &k, &err));
	g_assert_no_error(err);
	return k;
}

static void
test_recorded(void)
{
	g_autoptr(DmLedger) sim = fresh_ledger("sim.sqlite");
	g_assert_cmpint(kind(sim, TRUE, TRUE), ==, DM_LEDGER_CLOCK_SIMULATED);
	/* Recorded: a later run on the real clock does not make it live. */
	g_assert_cmpint(kind(sim, FALSE, TRUE), ==, DM_LEDGER_CLOCK_SIMULATED);

	g_autoptr(DmLedger) live = fresh_ledger("live.sqlite");
	g_assert_cmpint(kind(live, FALSE, TRUE), ==, DM_LEDGER_CLOCK_LIVE);
	g_assert_cmpint(kind(live, TRUE, TRUE), ==, DM_LEDGER_CLOCK_LIVE);

	/* A ledger from before the key, with history: live, whoever asks first. */
	g_autoptr(DmLedger) old = fresh_ledger("old.sqlite");
	g_assert_true(dm_ledger_event(old, 0, "2026-01-05T10:00:00Z", DM_EVENT_INVOICE_RECORDED,
	                              "history", NULL));
	g_assert_cmpint(kind(old, TRUE, TRUE), ==, DM_LEDGER_CLOCK_LIVE);

	/* Not recorded without @record: an unknown ledger reads as live, and stays unknown. */
	g_autoptr(DmLedger) ro = fresh_ledger("ro.sqlite");
	g_assert_cmpint(kind(ro, TRUE, FALSE), ==, DM_LEDGER_CLOCK_LIVE);
	g_assert_cmpint(kind(ro, TRUE, TRUE), ==, DM_LEDGER_CLOCK_SIMULATED);
}

static void
test_refusal(void)
{
	const DmLedgerClock L = DM_LEDGER_CLOCK_LIVE, S = DM_LEDGER_CLOCK_SIMULATED;
	static const struct {
		DmLedgerClock ledger;
		gboolean simulated, future, dry_run, test_sink, refused;
	} cases[] = {
		/* ledger  --now  future dry-run sink  refused */
		{ L,       FALSE, FALSE, FALSE,  FALSE, FALSE },   /* the real clock */
		{ L,       TRUE,  TRUE,  FALSE,  FALSE, TRUE  },   /* the defect of issue 10 */
		{ L,       TRUE,  FALSE, FALSE,  FALSE, TRUE  },   /* a past day, sending */
		{ L,       TRUE,  TRUE,  TRUE,   FALSE, TRUE  },   /* a dry run records decisions */
		{ L,       TRUE,  FALSE, TRUE,   FALSE, FALSE },   /* ... so only a day not ahead */
		{ L,       TRUE,  FALSE, FALSE,  TRUE,  FALSE },   /* a sink, a day not ahead */
		{ L,       TRUE,  TRUE,  FALSE,  TRUE,  TRUE  },   /* no future event, sink or not */
		{ S,       TRUE,  TRUE,  FALSE,  FALSE, FALSE },   /* tests and demos */
		{ S,       FALSE, FALSE, FALSE,  FALSE, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmClockUse use = { cases[i].ledger, cases[i].simulated, cases[i].future,
		                   cases[i].dry_run, cases[i].test_sink };
		const char *why = dm_ledger_clock_refusal(&use);
		g_assert_cmpint(why != NULL, ==, cases[i].refused);
	}
}

static void
test_loopback(void)
{
	g_assert_true(dm_smtp_url_is_loopback("smtp://127.0.0.1:2525"));
	g_assert_true(dm_smtp_url_is_loopback("smtp://127.8.9.1"));
	g_assert_true(dm_smtp_url_is_loopback("smtp://[::1]:25"));
	g_assert_true(dm_smtp_url_is_loopback("smtp://LocalHost:25"));
	g_assert_false(dm_smtp_url_is_loopback("smtp://192.0.2.1:25"));
	g_assert_false(dm_smtp_url_is_loopback("smtp://mail.acme.test:587"));
	g_assert_false(dm_smtp_url_is_loopback("smtp://localhost.acme.test"));
	g_assert_false(dm_smtp_url_is_loopback("not a url"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	tmpdir = g_dir_make_tmp("dm-ledger-clock-XXXXXX", NULL);
	g_test_add_func("/ledger-clock/recorded", test_recorded);
	g_test_add_func("/ledger-clock/refusal", test_refusal);
	g_test_add_func("/ledger-clock/loopback", test_loopback);
	int rc = g_test_run();
	dm_test_rm_rf(tmpdir);
	g_free(tmpdir);
	return rc;
}
