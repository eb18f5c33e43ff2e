/* test-dates: date text in nl/en/de/iso -> GDate, as a table of named cases. */
#include "parser/text/dm-dates.h"
#include "parser/text/dm-holidays.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *text;
	const char *expect;   /* YYYY-MM-DD, or NULL for refusal */
} DateCase;

static const DateCase cases[] = {
	{ "dutch-dashes", "23-11-2026", "2026-11-23" },
	{ "dutch-slashes-day-first", "23/11/2026", "2026-11-23" },
	{ "ambiguous-is-day-first", "03/04/2026", "2026-04-03" },
	{ "german-dots", "23.11.2026", "2026-11-23" },
	{ "two-digit-year", "23-11-26", "2026-11-23" },
	{ "iso", "2026-11-23", "2026-11-23" },
	{ "cii-102", "20261123", "2026-11-23" },
	{ "dutch-words", "23 november 2026", "2026-11-23" },
	{ "dutch-abbrev", "23 nov. 2026", "2026-11-23" },
	{ "dutch-mrt", "1 mrt 2026", "2026-03-01" },
	{ "dutch-weekday", "maandag 23 november 2026", "2026-11-23" },
	{ "english-us-order", "November 23, 2026", "2026-11-23" },
	{ "english-ordinal", "23rd November 2026", "2026-11-23" },
	{ "english-of", "1st of December 2026", "2026-12-01" },
	{ "english-capital-abbrev", "23 Nov 2026", "2026-11-23" },
	{ "german-maerz", "5. März 2026", "2026-03-05" },
	{ "german-dezember", "24 Dezember 2026", "2026-12-24" },
	{ "french", "13 décembre 2017", "2017-12-13" },
	{ "dash-month", "23-nov-2026", "2026-11-23" },
	{ "leap-day", "29-02-2028", "2028-02-29" },
	{ "bad-leap-day", "29-02-2026", NULL },
	{ "bad-month", "23-13-2026", NULL },
	{ "bad-day", "32 november 2026", NULL },
	{ "bad-word", "23 novembre-ish 2026", NULL },
	{ "bad-two-months", "november december 2026", NULL },
	{ "bad-us-numeric", "11/23/2026", NULL },
	{ "bad-empty", "", NULL },
	{ "bad-garbage", "tomorrow", NULL },
	{ "bad-year-range", "23-11-1492", NULL },
	{ "no-year-without-ref", "7 december", NULL },
	/* xsd:date with a zone: the zone does not change the day written. */
	{ "xsd-zone-plus", "2016-04-04+01:00", "2016-04-04" },
	{ "xsd-zone-minus", "2016-04-04-05:00", "2016-04-04" },
	{ "xsd-zone-z", "2016-04-04Z", "2016-04-04" },
	{ "bad-xsd-zone", "2016-04-04+1:00", NULL },
	{ "bad-zone-after-dmy", "04-04-2016Z", NULL },
	/* One year bound, DM_DATE_MIN_YEAR..DM_DATE_MAX_YEAR. */
	{ "year-min", "1-1-1970", "1970-01-01" },
	{ "year-below-min", "31-12-1969", NULL },
	{ "year-max", "31 december 2199", "2199-12-31" },
	{ "year-above-max", "2200-01-01", NULL },
	{ "german-weekday", "Freitag, 5. März 2026", "2026-03-05" },
	{ "dutch-short-weekday", "vr 5 mrt 2026", "2026-03-05" },
};

static void
test_parse(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		GDate d;
		g_date_clear(&d, 1);
		gboolean ok = dm_date_parse(cases[i].text, NULL, &d);
		if (ok != (cases[i].expect != NULL))
			g_error("case %s: \"%s\": wrong verdict", cases[i].name, cases[i].text);
		if (!ok)
			continue;
		char iso[11];
		dm_date_to_buf(&d, iso);
		if (strcmp(iso, cases[i].expect) != 0)
			g_error("case %s: got %s, expected %s", cases[i].name, iso, cases[i].expect);
	}
}

/* That @ok and the day @d say @expect (NULL: no day), or the test fails naming @what. */
static void
check_day(const char *what, gboolean ok, const GDate *d, const char *expect)
{
	if (ok != (expect != NULL))
		g_error("%s: wrong verdict", what);
	if (!ok)
		return;
	char iso[11];
	dm_date_to_buf(d, iso);
	if (strcmp(iso, expect) != 0)
		g_error("%s: got %s, expected %s", what, iso, expect);
}

/* ISO 8601 weeks: week 1 holds the year's first Thursday; 2026 has 53 weeks, 2027 52. */
static void
test_iso_week(void)
{
	static const struct {
		int year, week;
		GDateWeekday weekday;
		const char *expect;     /* NULL: no such week */
	} weeks[] = {
		{ 2027, 1, G_DATE_MONDAY, "2027-01-04" },
		{ 2026, 1, G_DATE_MONDAY, "2025-12-29" },
		{ 2026, 12, G_DATE_FRIDAY, "2026-03-20" },
		{ 2026, 53, G_DATE_FRIDAY, "2027-01-01" },
		{ 2027, 53, G_DATE_FRIDAY, NULL },
		{ 2026, 0, G_DATE_FRIDAY, NULL },
		{ 1969, 10, G_DATE_FRIDAY, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(weeks); i++) {
		GDate d;
		g_date_clear(&d, 1);
		g_autofree char *what = g_strdup_printf("week %d of %d", weeks[i].week, weeks[i].year);
		check_day(what, dm_date_iso_week_day(weeks[i].year, weeks[i].week, weeks[i].weekday, &d),
		          &d, weeks[i].expect);
	}
}

/* Holidays: fixed days, days from Easter, Koningsdag off a Sunday. */
static void
test_holidays(void)
{
	static const struct {
		const char *name;
		int year;
		const char *expect;     /* NULL: no holiday */
	} days[] = {
		{ "Koningsdag", 2026, "2026-04-27" },
		{ "koningsdag", 2025, "2025-04-26" },
		{ "Christmas  Eve", 2026, "2026-12-24" },
		{ "Heiligen Abend", 2026, "2026-12-24" },
		{ "Tweede Paasdag", 2026, "2026-04-06" },
		{ "Christi Himmelfahrt", 2026, "2026-05-14" },
		{ "Silvester", 2026, "2026-12-31" },
		{ "de kerst", 2026, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(days); i++) {
		GDate d;
		g_date_clear(&d, 1);
		g_autofree char *what = g_strdup_printf("%s %d", days[i].name, days[i].year);
		check_day(what, dm_holiday_day(days[i].name, days[i].year, &d), &d, days[i].expect);
	}
}

/* A date without a year lands in the year nearest the reference date. */
static void
test_no_year(void)
{
	static const struct {
		const char *name, *text, *ref, *expect;
	} t[] = {
		{ "same-year", "7 december", "2026-11-23", "2026-12-07" },
		{ "next-year", "7 januari", "2026-12-20", "2027-01-07" },
		{ "previous-year", "28 december", "2027-01-03", "2026-12-28" },
		{ "english", "December 7th", "2026-11-23", "2026-12-07" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(t); i++) {
		GDate ref, d;
		g_assert_true(dm_date_parse(t[i].ref, NULL, &ref));
		g_assert_true(dm_date_parse(t[i].text, &ref, &d));
		char iso[11];
		dm_date_to_buf(&d, iso);
		if (strcmp(iso, t[i].expect) != 0)
			g_error("case %s: got %s", t[i].name, iso);
	}
}

static DmPattern find_date = DM_PATTERN("(" DM_DATE_ANY_RE ")", PCRE2_CASELESS);

/* The search fragment finds each written form whole, so dm_date_parse sees all of it. */
static void
test_find(void)
{
	static const struct {
		const char *name, *text, *found;
	} t[] = {
		{ "nl-sentence", "gelieve voor 7 december 2026 te voldoen", "7 december 2026" },
		{ "en-sentence", "Please pay by November 23, 2026.", "November 23, 2026" },
		{ "numeric", "Factuurdatum: 23-11-2026\n", "23-11-2026" },
		{ "iso", "issued 2026-11-23 by", "2026-11-23" },
		{ "no-year", "betaal voor 7 december a.u.b.", "7 december" },
		{ "ordinal", "due on the 1st of December 2026", "1st of December 2026" },
		{ "not-a-date", "Factuur 2026-0042 voor 3 uur werk", NULL },
		{ "not-a-month-word", "23 meisjes en 4 jongens", NULL },
		{ "german-month", "fällig am 5. März 2026.", "5. März 2026" },
		{ "no-time-as-day", "op mei 10:30 uur", NULL },
		{ "prefix-is-not-a-month", "23 juniper 2026", NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(t); i++) {
		DmMatch m;
		gboolean ok = dm_pattern_match(&find_date, t[i].text, strlen(t[i].text), 0, &m);
		if (ok != (t[i].found != NULL))
			g_error("case %s: wrong verdict", t[i].name);
		if (!ok)
			continue;
		g_autofree char *got = dm_match_group(&m, 1);
		if (strcmp(got, t[i].found) != 0)
			g_error("case %s: found \"%s\"", t[i].name, got);
	}
}

static DmPattern limited_date = DM_PATTERN("(" DM_DATE_ANY_RE ")",
                                           PCRE2_CASELESS | PCRE2_USE_OFFSET_LIMIT);

/* A search that may start only up to a byte finds what the whole search finds when that
 * starts there, nothing when it starts later, and still looks behind its offset. */
static void
test_starting_within(void)
{
	const char *text = "factuur 12345 van 7 december, betaald 9 december";
	gsize len = strlen(text), first = strstr(text, "7 dec") - text;
	DmMatch m;
	g_assert_true(dm_pattern_match_starting_within(&limited_date, text, len, 0, first, &m));
	g_assert_cmpuint(m.start[0], ==, first);
	g_assert_true(dm_pattern_match_starting_within(&limited_date, text, len, 0, len, &m));
	g_assert_cmpuint(m.start[0], ==, first);
	g_assert_false(dm_pattern_match_starting_within(&limited_date, text, len, 0, first - 1,
	                                                &m));
	/* From the "3" of "12345": (?<!\d) sees the "2" before it, so no "345 van" match
	 * starts there, and the next is the 9th. */
	gsize second = strstr(text, "9 dec") - text, three = strstr(text, "345") - text;
	g_assert_true(dm_pattern_match_starting_within(&limited_date, text, len, three, len, &m));
	g_assert_cmpuint(m.start[0], ==, first);
	g_assert_false(dm_pattern_match_starting_within(&limited_date, text, len, first + 1,
	                                                second - 1, &m));
	/* The same as the search without a limit, from each offset. */
	for (gsize from = 0; from <= len; from++) {
		DmMatch all, within;
		gboolean a = dm_pattern_match(&limited_date, text, len, from, &all);
		gboolean w = dm_pattern_match_starting_within(&limited_date, text, len, from, len,
		                                              &within);
		g_assert_cmpint(a, ==, w);
		if (a)
			g_assert_cmpuint(all.start[0], ==, within.start[0]);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/dates/parse", test_parse);
	g_test_add_func("/dates/no-year", test_no_year);
	g_test_add_func("/dates/iso-week", test_iso_week);
	g_test_add_func("/dates/holidays", test_holidays);
	g_test_add_func("/dates/find", test_find);
	g_test_add_func("/dates/starting-within", test_starting_within);
	return g_test_run();
}
