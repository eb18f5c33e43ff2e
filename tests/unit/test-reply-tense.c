/* test-reply-tense: which way the clause around a date points (dm_reply_clause_tense),
 * and how the date a reply's class asks for uses it (dm_reply_date_for_class).
 *
 * /reply/tense/table: past and future verbs in the three languages, "to be paid" and
 *   "get paid" still to come, "'ll" future, future over past in one clause, a clause cut at
 *   "and"/"dan"/"als" and a comma's "the rest" (not "paid the balance"), at a
 *   sentence's period after a word or an amount but not at "30. April"; a past of "to be"
 *   past, but not beside a present payment ("… was fine, we pay on Thursday").
 * /reply/tense/dates: a reply read as a promise whose clause says "überwiesen" gets the
 *   day before its Date; one read as paid whose clause says "wird ... bezahlt" the day
 *   after; a part paid today with "the rest" promised after a comma gets the rest's day;
 *   the class decides when the clause says nothing.
 * /reply/tense/pays: whether the clause around a date speaks of paying, in the three
 *   languages, a Dutch "over" that makes a transfer of "boeken", and a clause of
 *   something else ("ik lig tot woensdag in het ziekenhuis") that does not.
 * /reply/tense/payment-day: a reply read as a question or a dispute still gets the day
 *   it gives to a payment, read backwards for "paid" and forwards when the verbs do not
 *   say, and none when its date belongs to something else; a promise prefers the
 *   payment's day over an earlier one given to something else.
 * /reply/tense/month-first: "8/15" is August 15th when the writer writes month first.
 * /reply/tense/auto-reply: an auto reply the model found gets the day its writer is back,
 *   not the first date it names. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-tense.h"

#include <string.h>

typedef struct {
	const char *text;       /* the date is the first "@@…@@" span */
	DmReplyTense want;
} TenseCase;

static const TenseCase cases[] = {
	{ "die Rechnung haben wir am @@28.@@ überwiesen", DM_TENSE_PAST },
	{ "Ihre Rechnung wurde am @@12.@@ mit unserem Zahllauf beglichen", DM_TENSE_PAST },
	{ "the amount was transferred on @@Monday@@", DM_TENSE_PAST },
	{ "Die Rechnung wird per @@30.@@ bezahlt", DM_TENSE_FUTURE },
	{ "the money will be on @@Wednesday@@ on your account", DM_TENSE_FUTURE },
	{ "That'll be paid @@Friday@@", DM_TENSE_FUTURE },
	{ "De rest volgt @@woensdag@@", DM_TENSE_FUTURE },
	{ "Ich habe die Überweisung für den @@30.04.@@ terminiert", DM_TENSE_FUTURE },
	{ "That's down to be paid on @@the 1st@@ of December", DM_TENSE_FUTURE },
	{ "money's tight until I get paid on @@the 7th@@", DM_TENSE_FUTURE },
	{ "dinsdag heb je het @@dinsdag@@", DM_TENSE_UNKNOWN },
	{ "We paid half last week and the rest will follow on @@Friday@@", DM_TENSE_FUTURE },
	{ "We paid half on @@Monday@@ and the rest will follow on Friday", DM_TENSE_PAST },
	{ "ik betaal @@dinsdag@@, dan heb ik mijn loon betaald gekregen", DM_TENSE_UNKNOWN },
	{ "Ik betaal de @@25e@@ als mijn klant heeft betaald", DM_TENSE_UNKNOWN },
	{ "Deel is al betaald (€ 300). De rest komt @@woensdag@@", DM_TENSE_UNKNOWN },
	{ "in totaal € 4.812,30. Wij betalen het @@vrijdag@@", DM_TENSE_UNKNOWN },
	{ "wurde bereits am @@30.@@ April bezahlt", DM_TENSE_PAST },
	{ "ik heb @@donderdag@@ al betaald, komt goed", DM_TENSE_PAST },
	/* A comma's "the rest" starts a clause: the part paid is past, the rest to come. */
	{ "Habe 100 € überwiesen, den Rest zahle ich zum @@15.@@", DM_TENSE_UNKNOWN },
	{ "Habe @@heute@@ 100 € überwiesen, den Rest zahle ich zum 15.", DM_TENSE_PAST },
	{ "Paid £200 today, the rest on @@the 30th@@.", DM_TENSE_UNKNOWN },
	{ "heb 150 overgemaakt, het restant volgt @@vrijdag@@", DM_TENSE_FUTURE },
	{ "I paid the balance on @@Monday@@", DM_TENSE_PAST },
	{ "Ich habe den Rest am @@Montag@@ überwiesen", DM_TENSE_PAST },
	/* A past of "to be" beside a present payment: the payment is still to come. */
	{ "het bedrag dat geoffreerd was betalen we @@donderdag@@", DM_TENSE_UNKNOWN },
	{ "the first visit was fine, that one we pay on @@Thursday@@", DM_TENSE_UNKNOWN },
	{ "der Aufbau war in Ordnung, den zahle ich am @@Donnerstag@@", DM_TENSE_UNKNOWN },
	{ "the transfer was on @@Thursday@@", DM_TENSE_PAST },
	{ "die Zahlung war am @@Donnerstag@@ auf dem Konto", DM_TENSE_PAST },
};

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *open = strstr(cases[i].text, "@@");
		const char *close = strstr(open + 2, "@@");
		g_autoptr(GString) text = g_string_new(NULL);
		g_string_append_len(text, cases[i].text, open - cases[i].text);
		gsize start = text->len;
		g_string_append_len(text, open + 2, close - open - 2);
		gsize end = text->len;
		g_string_append(text, close + 2);
		DmReplyTense got = dm_reply_clause_tense(text->str, text->len, start, end);
		if (got != cases[i].want)
			g_error("\"%s\": tense %d, expected %d", cases[i].text, got, cases[i].want);
	}
}

static GDate
day(int y, int m, int d)
{
	GDate g;
	g_date_set_dmy(&g, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
	return g;
}

static void
assert_date(const char *text, GDate ref, gboolean month_first, DmReplyClass klass,
            int y, int m, int d)
{
	GDate got;
	dm_reply_date_for_class(text, &ref, month_first, klass, &got);
	GDate want = day(y, m, d);
	if (!g_date_valid(&got) || g_date_compare(&got, &want) != 0) {
		char s[16] = "none";
		if (g_date_valid(&got))
			g_date_strftime(s, sizeof s, "%Y-%m-%d", &got);
		g_error("\"%s\" as %s: %s, expected %04d-%02d-%02d", text,
		        dm_reply_class_name(klass), s, y, m, d);
	}
}

static void
test_dates(void)
{
	GDate ref = day(2026, 3, 2);
	/* The clause says past, the class says promise: the past wins. */
	assert_date("die Hallenmiete haben wir am 28. überwiesen", ref, FALSE,
	            DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 2, 28);
	/* The clause says future, the class says paid. */
	assert_date("Die Rechnung ist bei uns visiert und wird per 30. bezahlt.", day(2026, 9, 18),
	            FALSE, DM_REPLY_CLASS_PAID, 2026, 9, 30);
	assert_date("Deel is al betaald (€ 300). De rest volgt woensdag.", day(2026, 5, 28), FALSE,
	            DM_REPLY_CLASS_PAID, 2026, 6, 3);
	/* A part paid today and the rest promised: the promised rest's day, not today and
	 * not a day of the month gone by. */
	assert_date("Habe heute 100 € überwiesen, den Rest zahle ich zum 15.", day(2026, 12, 2),
	            FALSE, DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 12, 15);
	assert_date("Paid £200 today, the rest on the 30th when I get paid.", day(2026, 9, 14),
	            FALSE, DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 9, 30);
	/* Nothing in the clause: the class decides. */
	assert_date("vrijdag", day(2026, 3, 4), FALSE, DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 3, 6);
	assert_date("vrijdag", day(2026, 3, 4), FALSE, DM_REPLY_CLASS_PAID, 2026, 2, 27);
	/* A dispute's date that says nothing of paying is none. */
	GDate none;
	dm_reply_date_for_class("vrijdag", &ref, FALSE, DM_REPLY_CLASS_DISPUTE, &none);
	g_assert_false(g_date_valid(&none));
}

typedef struct {
	const char *text;       /* the date is the first "@@…@@" span */
	gboolean pays;
} PaysCase;

static const PaysCase pays_cases[] = {
	{ "wij betalen het @@donderdag@@", TRUE },
	{ "De betaling staat gepland op @@12 mei@@", TRUE },
	{ "ik boek het bedrag @@woensdag@@ naar jullie over", TRUE },
	{ "ik lig tot @@woensdag@@ in het ziekenhuis", FALSE },
	{ "The cheque went in the post on @@Tuesday@@ with the payment slip", TRUE },
	{ "I'll settle it on @@the 9th@@", TRUE },
	{ "I'm in Leeds until @@Thursday@@", FALSE },
	{ "Die Überweisung geht am @@Montag@@ raus", TRUE },
	{ "wir zahlen @@Ende des Monats@@", TRUE },
	{ "ich bin bis @@Mittwoch@@ auf Montage", FALSE },
	/* A later clause of paying does not make the date's clause one. */
	{ "ich bin bis @@Mittwoch@@ weg und überweise danach", FALSE },
};

/* (transfer full) the text of @marked without its "@@", the span's bounds in @start, @end. */
static char *
unmark(const char *marked, gsize *start, gsize *end)
{
	const char *open = strstr(marked, "@@");
	const char *close = strstr(open + 2, "@@");
	GString *text = g_string_new(NULL);
	g_string_append_len(text, marked, open - marked);
	*start = text->len;
	g_string_append_len(text, open + 2, close - open - 2);
	*end = text->len;
	g_string_append(text, close + 2);
	return g_string_free(text, FALSE);
}

static void
test_pays(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(pays_cases); i++) {
		gsize start, end;
		g_autofree char *text = unmark(pays_cases[i].text, &start, &end);
		if (dm_reply_clause_pays(text, strlen(text), start, end) != pays_cases[i].pays)
			g_error("\"%s\": pays %d, expected %d", pays_cases[i].text, !pays_cases[i].pays,
			        pays_cases[i].pays);
	}
}

static void
test_payment_day(void)
{
	/* Monday 9 November 2026. */
	GDate ref = day(2026, 11, 9);
	assert_date("Wir überweisen am Freitag. Können Sie mir noch die Lieferscheine schicken?",
	            ref, FALSE, DM_REPLY_CLASS_QUESTION, 2026, 11, 13);
	assert_date("We paid the agreed part on 4 November. The call-out fee we will not pay.",
	            ref, FALSE, DM_REPLY_CLASS_DISPUTE, 2026, 11, 4);
	assert_date("Volgens ons bankafschrift is het bedrag op 6-11 afgeschreven. Klopt dat?",
	            ref, FALSE, DM_REPLY_CLASS_QUESTION, 2026, 11, 6);
	GDate none;
	dm_reply_date_for_class("Ik ben tot vrijdag op vakantie, welke factuur bedoelt u?", &ref,
	                        FALSE, DM_REPLY_CLASS_QUESTION, &none);
	g_assert_false(g_date_valid(&none));
	/* A promise: the day given to paying, not the earlier one given to something else. */
	assert_date("Ik lig tot woensdag in het ziekenhuis. Over vijf dagen maak ik het over.",
	            ref, FALSE, DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 11, 14);
	assert_date("Bin bis Donnerstag auf Montage und überweise am 20.", ref, FALSE,
	            DM_REPLY_CLASS_PROMISE_TO_PAY, 2026, 11, 20);
}

static void
test_month_first(void)
{
	assert_date("Mailed a check on 8/7.", day(2026, 8, 12), TRUE, DM_REPLY_CLASS_PAID,
	            2026, 8, 7);
	assert_date("Mailed a check on 8/7.", day(2026, 8, 12), FALSE, DM_REPLY_CLASS_PAID,
	            2026, 7, 8);
}

static void
test_auto_reply(void)
{
	assert_date("Ich bin bis einschließlich 15.08.2025 im Urlaub und ab Montag, dem "
	            "18.08.2025, wieder im Büro.", day(2025, 8, 4), FALSE,
	            DM_REPLY_CLASS_AUTO_REPLY, 2025, 8, 18);
	assert_date("Unser Büro ist vom 26.05. bis 30.05. geschlossen. Ab dem 02.06. sind wir "
	            "wieder für Sie da.", day(2025, 5, 23), FALSE, DM_REPLY_CLASS_AUTO_REPLY,
	            2025, 6, 2);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/tense/table", test_table);
	g_test_add_func("/reply/tense/dates", test_dates);
	g_test_add_func("/reply/tense/pays", test_pays);
	g_test_add_func("/reply/tense/payment-day", test_payment_day);
	g_test_add_func("/reply/tense/month-first", test_month_first);
	g_test_add_func("/reply/tense/auto-reply", test_auto_reply);
	return g_test_run();
}
