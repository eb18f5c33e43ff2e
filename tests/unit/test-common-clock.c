/* test-common-clock: --now parsing, strict ISO dates, the ledger's instant formats, and the
 * monotonic time a clock offers. */
#include <gio/gio.h>
#include <string.h>

#include "common/dm-clock.h"

static GTimeZone *amsterdam;

typedef struct {
	const char *text;
	gboolean ok;
	int y, m, d;
} DateCase;

static const DateCase date_cases[] = {
	{ "2026-11-16", TRUE, 2026, 11, 16 },
	{ "2026-02-28", TRUE, 2026, 2, 28 },
	{ "2028-02-29", TRUE, 2028, 2, 29 },
	{ "0001-01-01", TRUE, 1, 1, 1 },
	{ "2026-02-29", FALSE, 0, 0, 0 },
	{ "2026-02-30", FALSE, 0, 0, 0 },
	{ "2026-04-31", FALSE, 0, 0, 0 },
	{ "2026-1-01", FALSE, 0, 0, 0 },
	{ "2026-01-1", FALSE, 0, 0, 0 },
	{ "2026-13-01", FALSE, 0, 0, 0 },
	{ "2026-00-10", FALSE, 0, 0, 0 },
	{ "2026-01-00", FALSE, 0, 0, 0 },
	{ "2026-01-32", FALSE, 0, 0, 0 },
	{ "0000-01-01", FALSE, 0, 0, 0 },
	{ "2026-11-16x", FALSE, 0, 0, 0 },
	{ "2026-11-16 ", FALSE, 0, 0, 0 },
	{ " 2026-11-16", FALSE, 0, 0, 0 },
	{ "2026-11-16T12:00", FALSE, 0, 0, 0 },
	{ "2026/11/16", FALSE, 0, 0, 0 },
	{ "20261116", FALSE, 0, 0, 0 },
	{ "16-11-2026", FALSE, 0, 0, 0 },
	{ "2026-+1-16", FALSE, 0, 0, 0 },
	{ "", FALSE, 0, 0, 0 },
	{ NULL, FALSE, 0, 0, 0 },
};

static void
test_date_parse(gconstpointer data)
{
	const DateCase *dc = data;
	GDate d;
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, 1, 1, 2000);          /* a failed parse must leave it invalid */
	gboolean ok = dm_date_parse_iso(dc->text, &d);
	g_assert_cmpint(ok, ==, dc->ok);
	if (!dc->ok) {
		g_assert_false(g_date_valid(&d));
		return;
	}
	g_assert_true(g_date_valid(&d));
	g_assert_cmpint(g_date_get_year(&d), ==, dc->y);
	g_assert_cmpint(g_date_get_month(&d), ==, dc->m);
	g_assert_cmpint(g_date_get_day(&d), ==, dc->d);
	g_autofree char *back = dm_date_iso(&d);
	g_assert_cmpstr(back, ==, dc->text);
}

static void
test_date_iso(void)
{
	GDate d;
	g_date_clear(&d, 1);
	g_assert_null(dm_date_iso(&d));
	g_assert_null(dm_date_iso(NULL));
	g_date_set_dmy(&d, 5, 3, 999);
	g_autofree char *s = dm_date_iso(&d);
	g_assert_cmpstr(s, ==, "0999-03-05");
}

typedef struct {
	const char *text;
	const char *utc;           /* NULL: error */
} NowCase;

static const NowCase now_cases[] = {
	/* A bare day is noon local time. */
	{ "2026-11-24", "2026-11-24T11:00:00Z" },
	{ "2026-07-01", "2026-07-01T10:00:00Z" },          /* summer time */
	{ "2026-11-24T08:30", "2026-11-24T07:30:00Z" },
	{ "2026-11-24T08:30:15", "2026-11-24T07:30:15Z" },
	{ "2026-11-24T08:30:00+05:00", "2026-11-24T03:30:00Z" },
	{ "2026-11-24T08:30:00Z", "2026-11-24T08:30:00Z" },
	{ "2026-03-29T02:30", NULL /* filled below: DST gap, GLib moves it */ },
	{ "tomorrow", NULL },
	{ "", NULL },
	{ "2026-02-30", NULL },
	{ "2026-11-24T25:00", NULL },
	{ "24-11-2026", NULL },
	{ "2026-11-24 08:30x", NULL },
};

static void
test_parse_now(gconstpointer data)
{
	const NowCase *nc = data;
	g_autoptr(GError) err = NULL;
	g_autoptr(GDateTime) t = dm_clock_parse_now(nc->text, amsterdam, &err);
	if (g_strcmp0(nc->text, "2026-03-29T02:30") == 0) {
		/* The hour that does not exist: whatever GLib makes of it, it is that day. */
		if (t) {
			GDate day = dm_clock_date(t);
			g_autofree char *iso = dm_date_iso(&day);
			g_assert_cmpstr(iso, ==, "2026-03-29");
		}
		return;
	}
	if (!nc->utc) {
		g_assert_null(t);
		g_assert_error(err, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
		g_assert_nonnull(strstr(err->message, nc->text));
		g_assert_nonnull(strstr(err->message, "--now"));
		return;
	}
	g_assert_no_error(err);
	g_assert_nonnull(t);
	g_autofree char *utc = dm_clock_iso_utc(t);
	g_assert_cmpstr(utc, ==, nc->utc);
}

static void
test_now(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GDateTime) fixed = dm_clock_now("2026-11-24", amsterdam, &err);
	g_assert_no_error(err);
	g_autofree char *iso = dm_clock_iso_utc(fixed);
	g_assert_cmpstr(iso, ==, "2026-11-24T11:00:00Z");

	g_autoptr(GDateTime) before = g_date_time_new_now_utc();
	g_autoptr(GDateTime) now = dm_clock_now(NULL, amsterdam, &err);
	g_assert_no_error(err);
	g_assert_nonnull(now);
	GTimeSpan diff = g_date_time_difference(now, before);
	g_assert_cmpint(diff, >=, 0);
	g_assert_cmpint(diff, <, 5 * G_TIME_SPAN_SECOND);

	g_autoptr(GDateTime) bad = dm_clock_now("yesterday", amsterdam, &err);
	g_assert_null(bad);
	g_assert_nonnull(err);
}

static void
test_clock_date(void)
{
	/* 00:30 in Amsterdam is still the previous day in UTC: the day is the local one. */
	g_autoptr(GDateTime) t = g_date_time_new(amsterdam, 2026, 11, 24, 0, 30, 0);
	GDate d = dm_clock_date(t);
	g_autofree char *iso = dm_date_iso(&d);
	g_assert_cmpstr(iso, ==, "2026-11-24");
	g_autofree char *utc = dm_clock_iso_utc(t);
	g_assert_cmpstr(utc, ==, "2026-11-23T23:30:00Z");
}

static void
test_local_text(void)
{
	struct { const char *iso; const char *expect; } cases[] = {
		{ "2026-11-24T11:00:00Z", "2026-11-24 12:00" },
		{ "2026-07-01T22:30:00Z", "2026-07-02 00:30" },
		{ "2026-11-24T11:00:00+01:00", "2026-11-24 11:00" },
		{ "not a time", "not a time" },
		{ "", "" },
		{ NULL, "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_clock_local_text(cases[i].iso, amsterdam);
		g_assert_cmpstr(got, ==, cases[i].expect);
	}
}

/* --now's clock reads TIME exactly at first, then runs on in whole seconds, never back;
 * a bad TIME is refused; without --now it is the system's, in the zone given. */
static void
test_running_clock(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmClock) sim = dm_clock_new("2026-11-24T10:00", amsterdam, &err);
	g_assert_no_error(err);
	g_autoptr(GDateTime) first = dm_clock_read(sim);
	g_autofree char *first_iso = dm_clock_iso_utc(first);
	g_assert_cmpstr(first_iso, ==, "2026-11-24T09:00:00Z");
	g_usleep(1100 * 1000);
	g_autoptr(GDateTime) later = dm_clock_read(sim);
	GTimeSpan ran = g_date_time_difference(later, first);
	g_assert_cmpint(ran, >=, G_TIME_SPAN_SECOND);
	g_assert_cmpint(ran, <, 60 * G_TIME_SPAN_SECOND);
	g_assert_cmpint(ran % G_TIME_SPAN_SECOND, ==, 0);

	g_autoptr(DmClock) bad = dm_clock_new("yesterday", amsterdam, &err);
	g_assert_null(bad);
	g_assert_error(err, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

	g_autoptr(DmClock) sys = dm_clock_new(NULL, amsterdam, NULL);
	g_autoptr(GDateTime) now = dm_clock_read(sys);
	gint64 diff = g_date_time_to_unix(now) - g_get_real_time() / G_USEC_PER_SEC;
	g_assert_cmpint(ABS(diff), <=, 2);
	g_assert_cmpstr(g_date_time_get_timezone_abbreviation(now), !=, "");
}

static GDateTime *
fixed_steps(gpointer data)
{
	int *n = data;
	return g_date_time_new_utc(2026, 11, 24, 9, (*n)++, 0);
}

/* A test's clock is read through its function, once per reading. */
static void
test_func_clock(void)
{
	int n = 0;
	g_autoptr(DmClock) c = dm_clock_new_with(fixed_steps, &n);
	g_autoptr(GDateTime) a = dm_clock_read(c);
	g_autoptr(GDateTime) b = dm_clock_read(c);
	g_assert_cmpint(g_date_time_difference(b, a), ==, 60 * G_TIME_SPAN_SECOND);
	g_assert_cmpint(n, ==, 2);
}

static gint64
fixed_mono(gpointer data)
{
	return 42 * G_TIME_SPAN_SECOND + *(int *) data;
}

/* The monotonic time: the system clock's counts on this boot and runs forward; a
 * simulated clock (--now) and a test's clock have none unless the test gives it one. */
static void
test_monotonic(void)
{
	gint64 a = 0, b = 0;
	const char *timeline = NULL, *again = NULL;
	g_autoptr(DmClock) sys = dm_clock_new_system(amsterdam);
	g_assert_true(dm_clock_monotonic(sys, &a, &timeline));
	g_assert_true(g_str_has_prefix(timeline, "boot:"));
	g_assert_cmpuint(strlen(timeline), >, 5);
	g_usleep(2000);
	g_assert_true(dm_clock_monotonic(sys, &b, &again));
	g_assert_cmpstr(again, ==, timeline);
	g_assert_cmpint(b - a, >=, 2000);

	g_autoptr(GDateTime) start = g_date_time_new_utc(2026, 11, 24, 9, 0, 0);
	g_autoptr(DmClock) sim = dm_clock_new_running_from(start);
	g_assert_false(dm_clock_monotonic(sim, &a, &timeline));
	g_assert_null(timeline);

	int n = 0;
	g_autoptr(DmClock) test = dm_clock_new_with(fixed_steps, &n);
	g_assert_false(dm_clock_monotonic(test, &a, &timeline));
	dm_clock_set_monotonic(test, fixed_mono, "boot-a");
	g_assert_true(dm_clock_monotonic(test, &a, &timeline));
	g_assert_cmpstr(timeline, ==, "boot-a");
	g_assert_cmpint(a, ==, 42 * G_TIME_SPAN_SECOND);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	amsterdam = g_time_zone_new_identifier("Europe/Amsterdam");
	g_assert_nonnull(amsterdam);
	for (gsize i = 0; i < G_N_ELEMENTS(date_cases); i++) {
		g_autofree char *p = g_strdup_printf("/clock/date-parse/%02zu-%s", i,
		                                     date_cases[i].text ? date_cases[i].text : "null");
		g_strdelimit(p + 1, " /", '_');
		g_test_add_data_func(p, &date_cases[i], test_date_parse);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(now_cases); i++) {
		g_autofree char *p = g_strdup_printf("/clock/parse-now/%02zu", i);
		g_test_add_data_func(p, &now_cases[i], test_parse_now);
	}
	g_test_add_func("/clock/date-iso", test_date_iso);
	g_test_add_func("/clock/monotonic", test_monotonic);
	g_test_add_func("/clock/now", test_now);
	g_test_add_func("/clock/clock-date", test_clock_date);
	g_test_add_func("/clock/local-text", test_local_text);
	g_test_add_func("/clock/running", test_running_clock);
	g_test_add_func("/clock/func", test_func_clock);
	int rc = g_test_run();
	g_time_zone_unref(amsterdam);
	return rc;
}
