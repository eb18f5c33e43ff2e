/* test-reply-regional: days as people of one region or another name them (the date
 * reader, classify_dates.c; the regional holidays, parser/text/holidays.c; the eastern
 * Dutch "gistern", typed_forms.c; written with probe-voices23.jsonl).  The sentences are
 * fresh, none from a corpus file.
 *
 * /reply/regional/today: Flemish "seffens" and South African "now-now" are later today;
 *   near misses: South African "just now" alone (some time later, no day) and the
 *   soothing "now, now".
 * /reply/regional/weeks-on: British and Irish "a week on Friday", "a fortnight on
 *   Friday", "two weeks on Monday", "Friday fortnight": so many weeks after the coming
 *   day; near misses: a rhythm ("once a week on Friday", "every two weeks on Monday"),
 *   which is the coming day as without it, and "Friday week", unchanged.
 * /reply/regional/next-week-on: "de volgende week op vrijdag" is next week's Friday;
 *   near miss: "op vrijdag" alone.  (English "next week on Friday" and German "nächste
 *   Woche am Freitag" still read the coming Friday: reading them so too moved the
 *   trainer's threshold, see corpus/replies/README.md, probe-voices23's row.)
 * /reply/regional/from-today: British and Irish "a week today", "a fortnight today", "a
 *   week tomorrow", "this day week" and "a week Friday"; near misses: "today" alone, "a
 *   week." ending its sentence before a weekday.
 * /reply/regional/month-end-and-evening: Austrian "bis zum Monatsletzten", Swiss "bis
 *   Ändi Monet" are the month's last day, "gisterenavond" and "gisterennacht"
 *   yesterday; near misses: "vollständig", a painter named Monet.
 * /reply/regional/holidays: the regional single days ("na Allerheiligen", "vor
 *   Fronleichnam", "nach Mariä Himmelfahrt", "na O.L.V. Hemelvaart", "the day after
 *   Heritage Day", "after Anzac Day", "nach dem Berchtoldstag"); near misses: "na
 *   Hemelvaart" (Ascension, not 15 August), a memorial service, "after Thanksgiving" (a
 *   long weekend, named as a period).
 * /reply/regional/gistern: the eastern Dutch "gistern" is yesterday (typed_forms.c), read
 *   end to end for a payment; near miss: "gisternacht" stays as typed.
 * /reply/regional/scottish-bank-holiday: a Scottish writer's "after the bank holiday"
 *   is Scotland's next (the first Monday of August, St Andrew's Day); near misses: an
 *   English writer, one from Perth.
 * /reply/regional/month-first-by-zone: "12/4" is month first only from a writer in the
 *   Americas' zones (dm_reply_month_first); near miss: the same text day first, and
 *   Manila's zone, which Perth and Singapore share, read day first.
 * /reply/regional/dialect-words: Scots "the morra" / "the morrow" is tomorrow, Swabian
 *   "Ende nächster Woch" next week's Friday; near misses: a surname Morra, a family or
 *   firm Morra / Morrow after "the", "the morrow of" another day.
 * /reply/regional/pays-the-lessons: a payday, then "dan betaal ik de lessen": the lessons
 *   are what is paid (named after the verb that pays), not an event on the day; near
 *   misses: a lesson planned on a day, the payment elsewhere; a lesson named after the
 *   day, then paid ("Op de 20e is de les, ik betaal de lessen …"); a day naming which
 *   lesson is paid ("de les van dinsdag"). */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-typed.h"
#include "parser/text/dm-holidays.h"
#include "test-reply-date-cases.h"

#include <stdio.h>
#include <string.h>

/* 2026-05-19 is a Tuesday. */
static void
test_today(void)
{
	static const DateCase c[] = {
		{ "2026-05-19", FALSE, "Oei, sorry! Ik schrijf het seffens over.", "2026-05-19" },
		{ "2026-05-19", FALSE, "Will do the EFT now-now, sorry.", "2026-05-19" },
		{ "2026-05-19", FALSE, "I'm paying it now now, the app is slow", "2026-05-19" },
		/* Near misses. */
		{ "2026-05-19", FALSE, "Sorry, I'll do the EFT just now.", NULL },
		{ "2026-05-19", FALSE, "Now, now, there is no need for that tone.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* 2026-01-13 is a Tuesday: the coming Friday is the 16th. */
static void
test_weeks_on(void)
{
	static const DateCase c[] = {
		{ "2026-01-13", FALSE, "You'll have it a week on Friday.", "2026-01-23" },
		{ "2026-01-13", FALSE, "I'll get it paid a fortnight on Friday, once the grant is in.",
		  "2026-01-30" },
		{ "2026-01-13", FALSE, "Payment goes out two weeks on Monday.", "2026-02-02" },
		{ "2026-01-13", FALSE, "We'll settle it Friday fortnight.", "2026-01-30" },
		/* Near misses: a rhythm is the coming day, as without it; "Friday week" as before. */
		{ "2026-01-13", FALSE, "We collect once a week on Friday, I'll pay on Friday.",
		  "2026-01-16" },
		{ "2026-01-13", FALSE, "I'm paid every two weeks on Monday, so I'll pay on Monday.",
		  "2026-01-19" },
		{ "2026-01-13", FALSE, "I'll pay Friday week.", "2026-01-23" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* 2026-09-09 is a Wednesday: this Friday is the 11th, next week's the 18th. */
static void
test_next_week_on(void)
{
	static const DateCase c[] = {
		{ "2026-09-09", FALSE, "Ik betaal het de volgende week op vrijdag.", "2026-09-18" },
		{ "2026-09-09", FALSE, "Volgende week op maandag maak ik het over.", "2026-09-14" },
		/* Near miss: "op vrijdag" alone is this Friday. */
		{ "2026-09-09", FALSE, "Ik betaal het op vrijdag.", "2026-09-11" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* 2026-03-10 is a Tuesday. */
static void
test_from_today(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", FALSE, "Will pay a week today.", "2026-03-17" },
		{ "2026-03-10", FALSE, "I'll have it paid a fortnight today.", "2026-03-24" },
		{ "2026-03-10", FALSE, "You'll have it a week tomorrow.", "2026-03-18" },
		{ "2026-03-10", FALSE, "You'll have it this day week, promise.", "2026-03-17" },
		{ "2026-03-10", FALSE, "I'll have it paid a week Friday.", "2026-03-20" },
		/* Near misses: today alone; a week and then a sentence of its own. */
		{ "2026-03-10", FALSE, "I'll pay today.", "2026-03-10" },
		{ "2026-03-10", FALSE, "Give me a week. Friday is payday, I'll pay on Friday.",
		  "2026-03-13" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* The month's end as Austrian and Swiss writers name it; "gisterenavond". */
static void
test_month_end_and_evening(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", FALSE, "Ich zahle bis zum Monatsletzten.", "2026-03-31" },
		{ "2026-03-10", FALSE, "Ich zahle bis Ändi Monet.", "2026-03-31" },
		{ "2026-03-10", TRUE, "Is gisterenavond vertrokken.", "2026-03-09" },
		{ "2026-03-10", TRUE, "Gisterennacht nog overgeschreven.", "2026-03-09" },
		/* Near misses: "ändi" inside a word; a painter. */
		{ "2026-03-10", TRUE, "Die Rechnung ist vollständig bezahlt.", NULL },
		{ "2026-03-10", FALSE, "Das Bild von Monet zahle ich bald.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_holidays(void)
{
	static const DateCase c[] = {
		{ "2026-10-20", FALSE, "Ik betaal na Allerheiligen.", "2026-11-02" },
		{ "2026-05-20", FALSE, "Ich zahle noch vor Fronleichnam.", "2026-06-03" },
		{ "2026-08-03", FALSE, "I zahl nach Mariä Himmelfahrt.", "2026-08-16" },
		{ "2026-08-03", FALSE, "Ik stort het na O.L.V. Hemelvaart.", "2026-08-16" },
		{ "2026-09-15", FALSE, "Our payment run is the day after Heritage Day.", "2026-09-25" },
		{ "2026-04-20", FALSE, "I'll pay it after Anzac Day.", "2026-04-26" },
		{ "2026-12-22", FALSE, "Zahlung nach dem Berchtoldstag, Grüezi.", "2027-01-03" },
		/* Near misses: Ascension is not 15 August; no holiday in these. */
		{ "2026-05-01", FALSE, "Ik betaal na Hemelvaart.", "2026-05-15" },
		{ "2026-11-10", FALSE, "I'll pay after the memorial service, sorry.", NULL },
		/* The United States' long weekends are periods, as "na de kerst" is. */
		{ "2026-11-10", FALSE, "Will pay after Thanksgiving.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_gistern(void)
{
	g_autofree char *written = dm_reply_typed_days("Ik heb het gistern overgemaakt");
	g_assert_cmpstr(written, ==, "Ik heb het gisteren overgemaakt");
	GDate ref = day_of("2026-09-15"), got;
	dm_reply_date_for_class("Hoi, ik heb het gistern overgemaakt, het komt er wel an.", &ref,
	                        FALSE, DM_REPLY_CLASS_PAID, &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_day(&got), ==, 14);
	/* Near miss: a longer word stays as typed. */
	g_autofree char *night = dm_reply_typed_days("gisternacht betaald");
	g_assert_cmpstr(night, ==, "gisternacht betaald");
}

/* "After the bank holiday" from a Scottish writer is Scotland's: its summer bank holiday
 * is the first Monday of August, not the last, and St Andrew's Day one of them. */
static void
test_scottish_bank_holiday(void)
{
	static const DateCase c[] = {
		{ "2026-07-28", FALSE, "I'll pay after the bank holiday.\nMorag\nGlasgow", "2026-08-04" },
		{ "2026-11-20", FALSE, "Cannae pay it the now, I'll pay after the bank holiday.",
		  "2026-12-01" },
		/* Near misses: an English writer; Perth, which is Australian too. */
		{ "2026-07-28", FALSE, "I'll pay after the bank holiday.\nMorag\nLeeds", "2026-09-01" },
		{ "2026-07-28", FALSE, "I'll pay after the bank holiday. Cheers from Perth",
		  "2026-09-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
	g_assert_cmpint(dm_holiday_text_bank_holidays("Siobhan, Dublin 8"), ==,
	                DM_BANK_HOLIDAYS_IRELAND);
	g_assert_cmpint(dm_holiday_text_bank_holidays("sent from Edinburgh"), ==,
	                DM_BANK_HOLIDAYS_SCOTLAND);
	g_assert_cmpint(dm_holiday_text_bank_holidays("tom@joinery.scot"), ==,
	                DM_BANK_HOLIDAYS_SCOTLAND);
	g_assert_cmpint(dm_holiday_text_bank_holidays("a Scotch egg, from Perth"), ==,
	                DM_BANK_HOLIDAYS_ENGLAND);
}

/* A numeric date is month first only from a writer in the Americas' zones: "12/4" from
 * New York is 4 December, from Amsterdam, Dublin or Manila (whose zone Perth and
 * Singapore share, who write the day first) 12 April. */
static void
test_month_first_by_zone(void)
{
	g_assert_true(dm_reply_month_first(-5 * 60));
	g_assert_true(dm_reply_month_first(-8 * 60));
	g_assert_false(dm_reply_month_first(60));
	g_assert_false(dm_reply_month_first(0));
	g_assert_false(dm_reply_month_first(8 * 60));
	GDate ref = day_of("2026-11-30"), got;
	dm_reply_date_for_class("We'll mail a check on 12/4.", &ref, TRUE,
	                        DM_REPLY_CLASS_PROMISE_TO_PAY, &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_month(&got), ==, G_DATE_DECEMBER);
	g_assert_cmpint(g_date_get_day(&got), ==, 4);
	/* Near miss: the same text from a writer who puts the day first. */
	dm_reply_date_for_class("We'll mail a check on 12/4.", &ref, FALSE,
	                        DM_REPLY_CLASS_PROMISE_TO_PAY, &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_month(&got), ==, G_DATE_APRIL);
	g_assert_cmpint(g_date_get_day(&got), ==, 12);
}

/* 2026-10-21 is a Wednesday. */
static void
test_dialect_words(void)
{
	static const DateCase c[] = {
		{ "2026-10-21", FALSE, "Sorry, I'll get it sorted the morra first thing.", "2026-10-22" },
		{ "2026-10-21", FALSE, "I'll pay the balance the morrow.", "2026-10-22" },
		{ "2026-10-21", FALSE, "Mir zahlet des Ende nächster Woch, ganz sicher.", "2026-10-30" },
		/* Near misses: a name, and a family or a firm of that name after "the". */
		{ "2026-10-21", FALSE, "I have asked Gianni Morra to pay it.", NULL },
		{ "2026-10-21", FALSE, "I have asked the Morra family to pay it.", NULL },
		{ "2026-10-21", FALSE, "The invoice went to the Morrow account, it will be paid.", NULL },
		/* ... and "the morrow of" a day is the day after it, not after today. */
		{ "2026-10-21", FALSE, "I will pay on the morrow of the hearing.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* 2026-10-06 is a Tuesday. */
static void
test_pays_the_lessons(void)
{
	static const DateCase c[] = {
		{ "2026-10-06", FALSE, "Mijn salaris komt de 25e, dan betaal ik meteen de lessen van mijn zoon.",
		  "2026-10-25" },
		{ "2026-10-06", FALSE, "Mein Gehalt kommt am 27., dann bezahle ich die Nachhilfestunden.",
		  "2026-10-27" },
		/* Near miss: the lesson's day, the payment without one. */
		{ "2026-10-06", FALSE, "Kan hij op de 20e een extra les inplannen? Betalen doe ik zodra ik kan.", NULL },
		/* Near misses: the booking named after the day first, the same booking paid
		 * later in the sentence: the day is still the booking's. */
		{ "2026-10-06", FALSE, "Op de 20e is de les, ik betaal de lessen zodra mijn salaris er is.", NULL },
		{ "2026-10-06", FALSE, "Am Freitag ist der Kurs, ich zahle den Kurs sobald das Gehalt da ist.", NULL },
		/* ... and a day that names which booking is paid ("de les van dinsdag", "the
		 * lesson from Tuesday", "die Stunde vom Montag") is the booking's, not the payment's. */
		{ "2026-10-06", FALSE, "Ik betaal de les van dinsdag op vrijdag.", "2026-10-09" },
		{ "2026-10-06", FALSE, "Ik betaal de les van dinsdag zodra mijn salaris er is.", NULL },
		{ "2026-10-06", FALSE, "I'll pay for the lesson from Tuesday when my wages are in.", NULL },
		{ "2026-10-06", FALSE, "Die Stunde vom Montag zahle ich am Freitag.", "2026-10-09" },
		/* Near miss: paid at the event of that day, which is then the payment's. */
		{ "2026-10-06", TRUE, "Ik heb het toch ter plaatse betaald op het feest van 2 oktober?",
		  "2026-10-02" },
		{ "2026-10-06", TRUE, "I paid you in cash at the lesson of 1 October.", "2026-10-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/regional/today", test_today);
	g_test_add_func("/reply/regional/weeks-on", test_weeks_on);
	g_test_add_func("/reply/regional/next-week-on", test_next_week_on);
	g_test_add_func("/reply/regional/from-today", test_from_today);
	g_test_add_func("/reply/regional/month-end-and-evening", test_month_end_and_evening);
	g_test_add_func("/reply/regional/holidays", test_holidays);
	g_test_add_func("/reply/regional/gistern", test_gistern);
	g_test_add_func("/reply/regional/scottish-bank-holiday", test_scottish_bank_holiday);
	g_test_add_func("/reply/regional/month-first-by-zone", test_month_first_by_zone);
	g_test_add_func("/reply/regional/dialect-words", test_dialect_words);
	g_test_add_func("/reply/regional/pays-the-lessons", test_pays_the_lessons);
	return g_test_run();
}
