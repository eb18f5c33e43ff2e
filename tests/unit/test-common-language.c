/* test-common-language: the one table of month and day names (reading and writing). */
#include "common/dm-language.h"

#include <string.h>

typedef struct {
	const char *word;
	int number;
} WordCase;

static const WordCase months[] = {
	{ "januari", 1 }, { "January", 1 }, { "Januar", 1 }, { "janvier", 1 }, { "jan", 1 },
	{ "Jan.", 1 }, { "februari", 2 }, { "febr", 2 }, { "février", 2 }, { "fevrier", 2 },
	{ "maart", 3 }, { "MARCH", 3 }, { "März", 3 }, { "märz", 3 }, { "Maerz", 3 },
	{ "mrt", 3 }, { "mar", 3 }, { "mars", 3 }, { "mei", 5 }, { "may", 5 }, { "Mai", 5 },
	{ "juni", 6 }, { "jun", 6 }, { "juillet", 7 }, { "augustus", 8 }, { "août", 8 },
	{ "aout", 8 }, { "sept.", 9 }, { "sep", 9 }, { "okt", 10 }, { "Oct", 10 },
	{ "oktober", 10 }, { "dez", 12 }, { "Dezember", 12 }, { "déc", 12 }, { "décembre", 12 },
	{ "december", 12 },
	{ "", 0 }, { "meisjes", 0 }, { "ma", 0 }, { "maa", 0 }, { "novembers", 0 }, { NULL, 0 },
	{ "\xff", 0 },
};

static const WordCase weekdays_full[] = {
	{ "maandag", 1 }, { "Monday", 1 }, { "Montag", 1 }, { "lundi", 1 }, { "vrijdag", 5 },
	{ "FRIDAY", 5 }, { "Freitag", 5 }, { "zondag", 7 }, { "Sonntag", 7 }, { "dimanche", 7 },
	/* Swiss German, written in full. */
	{ "Mäntig", 1 }, { "Zischtig", 2 }, { "Dunschtig", 4 }, { "Fritig", 5 }, { "Sunntig", 7 },
	{ "vr", 0 }, { "fri", 0 }, { "do", 0 }, { "morgen", 0 }, { NULL, 0 },
};

static const WordCase weekdays_short[] = {
	{ "vr", 5 }, { "fri", 5 }, { "Fri.", 5 }, { "do", 4 }, { "thurs", 4 }, { "ma", 1 },
	{ "zo", 7 }, { "sun", 7 }, { "vrijdag", 5 }, { "morgen", 0 },
};

static void
test_months(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(months); i++)
		if (dm_language_month(months[i].word) != months[i].number)
			g_error("month \"%s\": got %d, want %d", months[i].word,
				dm_language_month(months[i].word), months[i].number);
}

static void
test_weekdays(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(weekdays_full); i++)
		g_assert_cmpint(dm_language_weekday(weekdays_full[i].word, FALSE), ==,
				weekdays_full[i].number);
	for (guint i = 0; i < G_N_ELEMENTS(weekdays_short); i++)
		g_assert_cmpint(dm_language_weekday(weekdays_short[i].word, TRUE), ==,
				weekdays_short[i].number);
}

/* The alternations the date patterns are built from hold every name, longest first. */
static void
test_alternation(void)
{
	g_auto(GStrv) m = g_strsplit(dm_language_alternation(TRUE), "|", -1);
	g_auto(GStrv) d = g_strsplit(dm_language_alternation(FALSE), "|", -1);
	g_assert_true(g_strv_contains((const char *const *) m, "märz"));
	g_assert_true(g_strv_contains((const char *const *) m, "mrt"));
	g_assert_true(g_strv_contains((const char *const *) m, "décembre"));
	g_assert_true(g_strv_contains((const char *const *) d, "donnerstag"));
	g_assert_true(g_strv_contains((const char *const *) d, "zischtig"));
	g_assert_false(g_strv_contains((const char *const *) d, "do"));
	for (guint i = 0; m[i]; i++) {
		g_assert_cmpint(dm_language_month(m[i]), >, 0);
		if (m[i + 1])
			g_assert_cmpuint(strlen(m[i]), >=, strlen(m[i + 1]));
	}
	for (guint i = 0; d[i]; i++)
		g_assert_cmpint(dm_language_weekday(d[i], FALSE), >, 0);
	/* Four languages' seven days and eleven Swiss spellings. */
	g_assert_cmpuint(g_strv_length(d), ==, 28 + 11);
}

static void
test_format(void)
{
	static const struct {
		const char *lang;
		int d, m, y;
		const char *want;
	} t[] = {
		{ "nl", 16, 11, 2026, "16 november 2026" },
		{ "en", 16, 11, 2026, "16 November 2026" },
		{ "de", 5, 3, 2026, "5. März 2026" },
		{ "fr", 1, 8, 2026, "1 août 2026" },
		{ "es", 16, 11, 2026, "16 november 2026" },
		{ NULL, 1, 1, 2027, "1 januari 2027" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(t); i++) {
		GDate d;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, (GDateDay) t[i].d, (GDateMonth) t[i].m, (GDateYear) t[i].y);
		g_autofree char *got = dm_language_format_date(t[i].lang, &d);
		g_assert_cmpstr(got, ==, t[i].want);
	}
	GDate invalid;
	g_date_clear(&invalid, 1);
	g_autofree char *q = dm_language_format_date("nl", &invalid);
	g_assert_cmpstr(q, ==, "?");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/language/months", test_months);
	g_test_add_func("/language/weekdays", test_weekdays);
	g_test_add_func("/language/alternation", test_alternation);
	g_test_add_func("/language/format", test_format);
	return g_test_run();
}
