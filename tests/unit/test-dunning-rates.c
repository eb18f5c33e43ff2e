/* test-dunning-rates: the dated rate table (dm-rates.h).  Good input reads into periods in
 * basis points; each bad line is an error naming file, line and what was expected; a
 * lookup merges periods of equal rate and refuses "-" and days before the first line; the
 * shipped tables data/rates/{nl,de,be}.txt read and agree with shared/legal/rules.md
 * (2.2, 2.3, 3.2, 3.3). */
#include "common/dm-clock.h"
#include "dunning/engine/dm-rates.h"

#include <string.h>

static void
test_parse_good(void)
{
	static const char text[] =
		"# header\n"
		"\n"
		"2015-01-01 2 8.05   # a comment\r\n"
		"\t2016-07-01\t2\t8\n"
		"2023-01-01 4 10.5\n"
		"2026-07-01 4 -";     /* no final newline */
	g_autoptr(GError) error = NULL;
	g_autoptr(DmRateTable) t = dm_rate_table_parse("t.txt", text, strlen(text), &error);
	g_assert_no_error(error);
	g_assert_cmpuint(dm_rate_table_size(t), ==, 4);
	g_assert_cmpstr(dm_rate_table_name(t), ==, "t.txt");
	static const int want[][2] = { { 200, 805 }, { 200, 800 }, { 400, 1050 },
	                               { 400, DM_RATE_UNKNOWN } };
	for (guint i = 0; i < 4; i++) {
		g_assert_cmpint(dm_rate_table_period(t, i)->consumer_bp, ==, want[i][0]);
		g_assert_cmpint(dm_rate_table_period(t, i)->commercial_bp, ==, want[i][1]);
	}
	g_autofree char *first = dm_date_iso(&dm_rate_table_period(t, 0)->from);
	g_assert_cmpstr(first, ==, "2015-01-01");
}

typedef struct {
	const char *name;
	const char *text;
	const char *message;        /* the whole error message */
} BadCase;

static const BadCase bad_cases[] = {
	{ "comma-decimal", "2015-01-01 2 8,05\n",
	  "t.txt:1: expected 'YYYY-MM-DD RATE_CONSUMER RATE_COMMERCIAL' (a rate is a percentage "
	  "with at most two decimals, such as 4 or 10.15, or - when unknown), got '2015-01-01 2 8,05'" },
	{ "three-decimals", "# x\n2015-01-01 2 8.125\n", "t.txt:2: expected" },
	{ "missing-column", "2015-01-01 2\n", "t.txt:1: expected" },
	{ "extra-column", "2015-01-01 2 8 9\n", "t.txt:1: expected" },
	{ "bad-date", "2015-13-01 2 8\n",
	  "t.txt:1: expected a date YYYY-MM-DD at the start of the line, got '2015-13-01 2 8'" },
	{ "date-text", "1 januari 2015 2 8\n", "t.txt:1: expected" },
	{ "negative", "2015-01-01 -1 8\n", "t.txt:1: expected" },
	{ "above-100", "2015-01-01 2 100.01\n", "t.txt:1: expected" },
	{ "trailing-dot", "2015-01-01 2. 8\n", "t.txt:1: expected" },
	{ "same-date", "2015-01-01 2 8\n2015-01-01 3 9\n",
	  "t.txt:2: expected a date after the previous line's, got '2015-01-01 3 9'" },
	{ "backwards", "2015-07-01 2 8\n2015-01-01 3 9\n", "t.txt:2: expected a date after" },
	{ "empty", "# only comments\n\n", "t.txt: expected at least one line" },
	{ "control-chars-escaped", "2015-01-01 2 8\x1b[31m\n", "got '2015-01-01 2 8\\033[31m'" },
};

static void
test_parse_bad(gconstpointer data)
{
	const BadCase *c = data;
	g_autoptr(GError) error = NULL;
	g_autoptr(DmRateTable) t = dm_rate_table_parse("t.txt", c->text, strlen(c->text), &error);
	g_assert_null(t);
	g_assert_error(error, DM_RATES_ERROR, DM_RATES_ERROR_INVALID);
	if (!g_str_has_prefix(error->message, c->message) && !strstr(error->message, c->message))
		g_error("message '%s' lacks '%s'", error->message, c->message);
}

static void
test_nul_byte(void)
{
	static const char text[] = "2015-01-01 2 8\n\0002016-01-01 2 8\n";
	g_autoptr(GError) error = NULL;
	g_autoptr(DmRateTable) t = dm_rate_table_parse("t.txt", text, sizeof text - 1, &error);
	g_assert_null(t);
	g_assert_error(error, DM_RATES_ERROR, DM_RATES_ERROR_INVALID);
	g_assert_nonnull(strstr(error->message, "NUL"));
}

static void
test_lookup(void)
{
	static const char text[] =
		"2015-01-01 2 8\n2015-07-01 2 9\n2016-01-01 3 9\n2016-07-01 - 9\n";
	g_autoptr(GError) error = NULL;
	g_autoptr(DmRateTable) t = dm_rate_table_parse("t.txt", text, strlen(text), &error);
	g_assert_no_error(error);
	static const struct {
		const char *day;
		gboolean commercial;
		int rate;                   /* -1: an error */
		const char *until;          /* NULL: holds on */
	} rows[] = {
		{ "2015-01-01", FALSE, 200, "2015-12-31" },  /* 2 % twice: one span */
		{ "2015-06-30", TRUE, 800, "2015-06-30" },
		{ "2015-07-01", TRUE, 900, NULL },           /* 9 % to the end */
		{ "2016-03-01", FALSE, 300, "2016-06-30" },
		{ "2016-07-01", FALSE, -1, NULL },           /* "-" */
		{ "2014-12-31", TRUE, -1, NULL },            /* before the first line */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		GDate day, until;
		int rate = 0;
		g_autoptr(GError) e = NULL;
		g_assert_true(dm_date_parse_iso(rows[i].day, &day));
		gboolean ok = dm_rate_table_lookup(t, &day, rows[i].commercial, &rate, &until, &e);
		if (rows[i].rate < 0) {
			g_assert_false(ok);
			g_assert_error(e, DM_RATES_ERROR, DM_RATES_ERROR_NO_RATE);
			continue;
		}
		g_assert_no_error(e);
		g_assert_cmpint(rate, ==, rows[i].rate);
		g_autofree char *iso = dm_date_iso(&until);
		g_assert_cmpstr(iso, ==, rows[i].until);
	}
}

static void
test_format(void)
{
	static const struct { int bp; const char *text; } rows[] = {
		{ 1015, "10.15" }, { 400, "4.00" }, { 5, "0.05" }, { 850, "8.50" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_autofree char *s = dm_rate_format(rows[i].bp);
		g_assert_cmpstr(s, ==, rows[i].text);
	}
}

static DmRateTable *
shipped(const char *country)
{
	g_autofree char *path = g_strdup_printf("data/rates/%s.txt", country);
	g_autofree char *text = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &text, &len, &error));
	DmRateTable *t = dm_rate_table_parse(path, text, len, &error);
	g_assert_no_error(error);
	return t;
}

static int
rate_on(const DmRateTable *t, const char *iso, gboolean commercial)
{
	GDate day, until;
	int rate = DM_RATE_UNKNOWN;
	g_assert_true(dm_date_parse_iso(iso, &day));
	if (!dm_rate_table_lookup(t, &day, commercial, &rate, &until, NULL))
		return DM_RATE_UNKNOWN;
	return rate;
}

/* A sample of rules.md's tables, read back from the shipped files. */
static void
test_shipped(void)
{
	static const struct {
		const char *country, *day;
		int consumer, commercial;
	} rows[] = {
		{ "nl", "2015-03-01", 200, 805 },           /* 2.2 Stb. 2014, 491; 2.3 */
		{ "nl", "2020-05-05", 200, 800 },           /* 2.3 8 % 2016-07 .. 2022 */
		{ "nl", "2023-01-01", 400, 1050 },
		{ "nl", "2023-07-01", 600, 1200 },
		{ "nl", "2024-03-01", 700, 1250 },
		{ "nl", "2024-12-31", 700, 1225 },
		{ "nl", "2025-01-01", 600, 1115 },
		{ "nl", "2025-07-01", 600, 1015 },
		{ "nl", "2026-06-30", 400, 1015 },
		{ "nl", "2026-07-01", 400, DM_RATE_UNKNOWN },    /* 2.3: UNVERIFIED */
		{ "nl", "2013-01-01", 300, DM_RATE_UNKNOWN },    /* no handelsrente in sources */
		{ "de", "2021-01-01", 412, 812 },           /* 3.2: base -0.88 */
		{ "de", "2025-07-01", 627, 1027 },          /* 3.2: base 1.27, VERIFIED */
		{ "de", "2026-03-01", 627, 1027 },
		{ "de", "2026-07-01", DM_RATE_UNKNOWN, DM_RATE_UNKNOWN },
		{ "be", "2016-03-01", DM_RATE_UNKNOWN, 850 },    /* 3.3: 0.05 + 8 -> 8.50 */
		{ "be", "2023-03-01", DM_RATE_UNKNOWN, 1050 },   /* 3.3: 10.5, VERIFIED */
		{ "be", "2023-09-01", 1200, 1200 },              /* Boek XIX in force */
		{ "be", "2025-09-01", 1050, 1050 },              /* 3.3: 2.15 + 8 -> 10.5 */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_autoptr(DmRateTable) t = shipped(rows[i].country);
		g_assert_cmpint(rate_on(t, rows[i].day, FALSE), ==, rows[i].consumer);
		g_assert_cmpint(rate_on(t, rows[i].day, TRUE), ==, rows[i].commercial);
	}
}

/* The statutory formulas behind the tables: DE + 9 is always + 5 plus 4 points (§ 288
 * Abs. 1 and 2); BE's rate is a whole or half percent (rounded up to the next half, 3.3)
 * and the consumer cap equals it; NL's commercial rate moves on 1 January and 1 July only
 * (6:120 lid 2). */
static void
test_shipped_formulas(void)
{
	g_autoptr(DmRateTable) de = shipped("de");
	g_autoptr(DmRateTable) be = shipped("be");
	g_autoptr(DmRateTable) nl = shipped("nl");
	for (guint i = 0; i < dm_rate_table_size(de); i++) {
		const DmRatePeriod *p = dm_rate_table_period(de, i);
		if (p->consumer_bp != DM_RATE_UNKNOWN && p->commercial_bp != DM_RATE_UNKNOWN)
			g_assert_cmpint(p->commercial_bp - p->consumer_bp, ==, 400);
	}
	for (guint i = 0; i < dm_rate_table_size(be); i++) {
		const DmRatePeriod *p = dm_rate_table_period(be, i);
		if (p->commercial_bp != DM_RATE_UNKNOWN)
			g_assert_cmpint(p->commercial_bp % 50, ==, 0);
		if (p->consumer_bp != DM_RATE_UNKNOWN)
			g_assert_cmpint(p->consumer_bp, ==, p->commercial_bp);
	}
	for (guint i = 0; i < dm_rate_table_size(nl); i++) {
		const GDate *d = &dm_rate_table_period(nl, i)->from;
		g_assert_cmpint(g_date_get_day(d), ==, 1);
		g_assert_true(g_date_get_month(d) == G_DATE_JANUARY ||
		              g_date_get_month(d) == G_DATE_JULY);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/rates/parse-good", test_parse_good);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
		g_autofree char *path = g_strdup_printf("/rates/parse-bad/%s", bad_cases[i].name);
		g_test_add_data_func(path, &bad_cases[i], test_parse_bad);
	}
	g_test_add_func("/rates/nul-byte", test_nul_byte);
	g_test_add_func("/rates/lookup", test_lookup);
	g_test_add_func("/rates/format", test_format);
	g_test_add_func("/rates/shipped", test_shipped);
	g_test_add_func("/rates/shipped-formulas", test_shipped_formulas);
	return g_test_run();
}
