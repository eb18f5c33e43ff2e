/* test-month-days: days a month holds by rule (dm-month-days.h), the bank holidays of
 * England and Wales (dm-holidays.h), and a person's reply that says someone is away
 * (dm-reply-away.h), as tables of named cases. */
#include "parser/text/dm-month-days.h"
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-holidays.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	const char *name;
	int month, year;
	gboolean working;          /* else the last @weekday */
	GDateWeekday weekday;
	const char *want;          /* YYYY-MM-DD */
} LastCase;

/* 2026-05-31 is a Sunday, 2026-10-31 a Saturday, 2026-11-30 a Monday. */
static const LastCase last_cases[] = {
	{ "working-sunday-end", 5, 2026, TRUE, G_DATE_BAD_WEEKDAY, "2026-05-29" },
	{ "working-saturday-end", 10, 2026, TRUE, G_DATE_BAD_WEEKDAY, "2026-10-30" },
	{ "working-monday-end", 11, 2026, TRUE, G_DATE_BAD_WEEKDAY, "2026-11-30" },
	{ "friday-november", 11, 2026, FALSE, G_DATE_FRIDAY, "2026-11-27" },
	{ "monday-on-the-last", 11, 2026, FALSE, G_DATE_MONDAY, "2026-11-30" },
	{ "friday-leap-february", 2, 2028, FALSE, G_DATE_FRIDAY, "2028-02-25" },
};

static void
iso(const GDate *d, char buf[16])
{
	g_snprintf(buf, 16, "%04u-%02u-%02u", g_date_get_year(d), g_date_get_month(d),
	           g_date_get_day(d));
}

static void
test_last(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(last_cases); i++) {
		const LastCase *c = &last_cases[i];
		GDate d;
		g_date_clear(&d, 1);
		gboolean ok = c->working ? dm_month_last_working_day(c->month, c->year, &d)
		                         : dm_month_last_weekday(c->month, c->year, c->weekday, &d);
		char got[16];
		g_assert_true(ok);
		iso(&d, got);
		if (strcmp(got, c->want) != 0)
			g_error("case %s: got %s, want %s", c->name, got, c->want);
	}
	GDate d;
	g_date_clear(&d, 1);
	g_assert_false(dm_month_last_working_day(13, 2026, &d));
	g_assert_false(dm_month_last_weekday(2, 1969, G_DATE_FRIDAY, &d));
}

typedef struct {
	const char *name, *from;
	int day;
	const char *want;          /* NULL: refused */
} NextCase;

static const NextCase next_cases[] = {
	{ "later-this-month", "2026-11-23", 28, "2026-11-28" },
	{ "the-day-itself", "2026-11-23", 23, "2026-11-23" },
	{ "next-month", "2026-11-23", 15, "2026-12-15" },
	{ "over-the-year", "2026-12-20", 5, "2027-01-05" },
	{ "skips-short-month", "2027-01-31", 30, "2027-03-30" },
	{ "thirty-first", "2026-04-02", 31, "2026-05-31" },
	{ "no-day-zero", "2026-11-23", 0, NULL },
	{ "no-day-32", "2026-11-23", 32, NULL },
};

static void
test_next(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(next_cases); i++) {
		const NextCase *c = &next_cases[i];
		int y, m, dd;
		g_assert_cmpint(sscanf(c->from, "%d-%d-%d", &y, &m, &dd), ==, 3);
		GDate from, d;
		g_date_clear(&from, 1);
		g_date_clear(&d, 1);
		g_date_set_dmy(&from, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
		gboolean ok = dm_month_next_day_numbered(&from, c->day, &d);
		if (ok != (c->want != NULL))
			g_error("case %s: wrong verdict", c->name);
		if (!ok)
			continue;
		char got[16];
		iso(&d, got);
		if (strcmp(got, c->want) != 0)
			g_error("case %s: got %s, want %s", c->name, got, c->want);
	}
}

/* The bank holidays of England and Wales, with Christmas 2027 on a Saturday (moved to
 * Monday the 27th, Boxing Day to Tuesday the 28th). */
static const struct {
	const char *from;
	gboolean past, irish;
	const char *want;
} bank_cases[] = {
	{ "2026-05-21", FALSE, FALSE, "2026-05-25" },
	{ "2026-05-25", FALSE, FALSE, "2026-05-25" },
	{ "2026-06-01", TRUE, FALSE, "2026-05-25" },
	{ "2026-12-20", FALSE, FALSE, "2026-12-25" },
	{ "2027-12-24", FALSE, FALSE, "2027-12-27" },
	{ "2027-12-28", TRUE, FALSE, "2027-12-28" },
	{ "2026-09-01", FALSE, FALSE, "2026-12-25" },
	{ "2026-04-01", FALSE, FALSE, "2026-04-03" },
	/* Ireland's: the first Mondays of August and June, the last of October, St
	 * Brigid's Day (the first Monday of February, 1 February itself on a Friday), St
	 * Patrick's Day; no Good Friday. */
	{ "2026-07-31", FALSE, TRUE, "2026-08-03" },
	{ "2026-05-20", FALSE, TRUE, "2026-06-01" },
	{ "2026-09-01", FALSE, TRUE, "2026-10-26" },
	{ "2026-01-10", FALSE, TRUE, "2026-02-02" },
	{ "2030-01-10", FALSE, TRUE, "2030-02-01" },
	{ "2026-03-10", FALSE, TRUE, "2026-03-17" },
	{ "2026-04-01", FALSE, TRUE, "2026-04-06" },
	{ "2026-12-20", TRUE, TRUE, "2026-10-26" },
};

/* What marks a text as an Irish writer's, and near misses. */
static const struct {
	const char *text;
	gboolean irish;
} irish_cases[] = {
	{ "I'll pay the €250 after the bank holiday.", TRUE },
	{ "It will go out after the June bank holiday.", TRUE },
	{ "Mary Walsh, Main Street, Ennis, Co. Clare", TRUE },
	{ "See you after St Stephen's Day", TRUE },
	{ "I'll pay the £250 after the bank holiday.", FALSE },
	{ "Smith & Co. Ltd will pay after the bank holiday.", FALSE },
	{ "Paid after the May bank holiday, invoice 2026-0412.", FALSE },
};

static void
test_irish(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(irish_cases); i++)
		if (dm_holiday_text_irish(irish_cases[i].text) != irish_cases[i].irish)
			g_error("\"%s\" should %sread as Irish", irish_cases[i].text,
			        irish_cases[i].irish ? "" : "not ");
}

/* The first working day and first weekday of a month, the one count the date reader
 * and the bank holidays share. */
static void
test_first(void)
{
	GDate d;
	char got[16];
	g_date_clear(&d, 1);
	g_assert_true(dm_month_first_working_day(8, 2026, &d));   /* 1 August 2026: Saturday */
	iso(&d, got);
	g_assert_cmpstr(got, ==, "2026-08-03");
	g_assert_true(dm_month_first_weekday(5, 2026, G_DATE_MONDAY, &d));
	iso(&d, got);
	g_assert_cmpstr(got, ==, "2026-05-04");
	g_assert_true(dm_month_first_weekday(5, 2026, G_DATE_FRIDAY, &d));   /* the 1st itself */
	iso(&d, got);
	g_assert_cmpstr(got, ==, "2026-05-01");
	g_assert_false(dm_month_first_weekday(13, 2026, G_DATE_MONDAY, &d));
}

static void
test_bank_holiday(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(bank_cases); i++) {
		int y, m, dd;
		g_assert_cmpint(sscanf(bank_cases[i].from, "%d-%d-%d", &y, &m, &dd), ==, 3);
		GDate from, d;
		g_date_clear(&from, 1);
		g_date_clear(&d, 1);
		g_date_set_dmy(&from, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
		g_assert_true(dm_holiday_bank_holiday(&from, bank_cases[i].past, bank_cases[i].irish, &d));
		char got[16];
		iso(&d, got);
		if (strcmp(got, bank_cases[i].want) != 0)
			g_error("bank holiday from %s: got %s, want %s", bank_cases[i].from, got,
			        bank_cases[i].want);
	}
}

static const struct {
	const char *text;
	gboolean away;
} away_cases[] = {
	{ "Dr. Hale is out of the country until Monday, March 9.", TRUE },
	{ "Mijn man zit tot en met vrijdag in het buitenland.", TRUE },
	{ "Er ist bis einschlie\xc3\x9flich 31. Juli auf Montage.", TRUE },
	{ "She is on holiday until the 14th.", TRUE },
	/* Someone in a named place until a day, a cure, work far off. */
	{ "Mijn man zit tot 15 januari voor zijn werk in Dubai en hij doet bij ons de betalingen.", TRUE },
	{ "Dad's in Bali till 14 Jan and he does all the accounts.", TRUE },
	{ "Mein Mann ist bis 20. M\xc3\xa4rz auf Kur in Bad Gastein.", TRUE },
	{ "He's away on the mines until the 20th.", TRUE },
	/* Near misses: a place without an until, an until without a place, a lowercase "in". */
	{ "Mijn man zit in Dubai voor zijn werk.", FALSE },
	{ "De factuur is tot 15 januari geldig.", FALSE },
	{ "It's in the post till Friday I think.", FALSE },
	/* Near misses: a forward, a thank-you, "straightaway". */
	{ "Ik stuur het door naar onze boekhouder.", FALSE },
	{ "Thanks, I'll pass it on straightaway.", FALSE },
	/* "right away", "straight away" are at once (review of e8a52d8); "away" alone is not. */
	{ "I'll look into it right away and get back to you on Monday.", FALSE },
	{ "I'll sort it straight away.", FALSE },
	{ "He is away until Monday, I'll pass it on right away.", TRUE },
	{ "Danke, ich leite es weiter.", FALSE },
};

static void
test_away(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(away_cases); i++)
		if (dm_reply_says_away(away_cases[i].text) != away_cases[i].away)
			g_error("\"%s\": wrong verdict", away_cases[i].text);
}

/* A long reply is read up to DM_REPLY_MAX_CLASSIFY_BYTES, and the cut backs up to a
 * character boundary: an "ü" straddling it is left out whole, not split. */
static void
test_away_cut(void)
{
	const gsize cap = DM_REPLY_MAX_CLASSIFY_BYTES;
	g_autofree char *text = g_malloc(cap + 8);
	memset(text, 'x', cap + 7);
	text[cap + 7] = '\0';
	memcpy(text, "She is away. ", 13);
	memcpy(text + cap - 1, "\xc3\xbc", 2);
	g_assert_true(dm_reply_says_away(text));
	memcpy(text, "She is here. ", 13);
	g_assert_false(dm_reply_says_away(text));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/month-days/last", test_last);
	g_test_add_func("/month-days/first", test_first);
	g_test_add_func("/month-days/irish", test_irish);
	g_test_add_func("/month-days/next", test_next);
	g_test_add_func("/holidays/bank-holiday", test_bank_holiday);
	g_test_add_func("/reply/away", test_away);
	g_test_add_func("/reply/away/cut", test_away_cut);
	return g_test_run();
}
