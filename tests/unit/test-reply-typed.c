/* test-reply-typed: days as people type them on a phone (typed_forms.c, the date
 * reader's day written as a word alone in classify_dates.c, "until X inclusive" in
 * autoreply.c; written with train-typed.jsonl).  The sentences are fresh, none from a
 * corpus file.
 *
 * /reply/typed/forms: the typed forms written out ("mrgn", "2morrow", "yday",
 *   "geschter", "tues", "nächsten Di", "Do.", "tm", "twenty third"); near misses that
 *   stay as typed: "do" and "ma" where no day stands ("we could do 3 payments", "ma
 *   zegt"), French "mon ami", "c'mon", "tot zo", "sat down".
 * /reply/typed/days: the day a reply typed so names, read end to end
 *   (dm_reply_date_for_class), a long weekday with a letter left out ("Maadag") too; near
 *   misses: the same words with no day in them, a surname or a name one letter short of a
 *   weekday ("Sontag", "Frida").
 * /reply/typed/ordinal-words: a day of the month written as a word alone ("ik betaal de
 *   vijftiende", "am zwanzigsten", "on the twenty third i'll"); near misses: "de
 *   vijftiende keer", "dit is al de derde!", "the first time".
 * /reply/typed/inclusive: "until 3/12 inclusive" is the last day away; near miss: "until
 *   3/12" alone is the day back.
 * /reply/typed/month-first: a US out-of-office's "back 1/5" read month first (the day
 *   first rewrite, dm_reply_day_first); near misses: a fraction, a number in a longer
 *   one, the same text from a writer who puts the day first.
 * /reply/typed/instalments: the rule arrangement_raten on instalments as typed ("in
 *   Raten", "Ratenplan", "in 4 Teilen", "die 4 termijnen"), and an "other" that names one
 *   never acts alone; near misses: "raten" that guesses, parts that are no plan. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-typed.h"
#include "parser/reply/dm-reply-classify.h"

#include <string.h>

static void
test_forms(void)
{
	static const struct {
		const char *typed, *written;
	} cases[] = {
		{ "mrgn overmaken", "morgen overmaken" },
		{ "2morrow for sure", "tomorrow for sure" },
		{ "sent yday", "sent yesterday" },
		{ "isch überwise worde geschter", "isch überwise worde gestern" },
		{ "ill pay tues", "ill pay tuesday" },
		{ "can i pay thurs?", "can i pay thursday?" },
		{ "nächsten Di überweis ich", "nächsten dinsdag überweis ich" },
		{ "Zahlung erfolgt Do. MfG", "Zahlung erfolgt donderdag. MfG" },
		{ "zahl am Fr., passt?", "zahl am Freitag., passt?" },
		{ "TERUG OP DI 24/11", "TERUG OP dinsdag 24/11" },
		{ "niet tm vrijdag 20-11", "niet t/m vrijdag 20-11" },
		{ "off til mon 16th nov", "off till monday 16th nov" },
		{ "bis einschl. 27.11.", "bis einschließlich 27.11." },
		{ "on the twenty third", "on the twenty-third" },
		/* near misses: as typed */
		{ "we could do 3 payments", "we could do 3 payments" },
		{ "ma zegt dat het betaald is", "ma zegt dat het betaald is" },
		{ "merci mon ami", "merci mon ami" },
		{ "c'mon, really?", "c'mon, really?" },
		{ "tot zo", "tot zo" },
		{ "he sat down on the twenty pounds", "he sat down on the twenty pounds" },
		{ "Do. Not. Pay.", "Do. Not. Pay." },
		/* "Fr." after a salutation is Frau; an amount after "do" is no date */
		{ "Sehr geehrte Fr. Müller, schon bezahlt", "Sehr geehrte Fr. Müller, schon bezahlt" },
		{ "Hallo Fr. Schmidt", "Hallo Fr. Schmidt" },
		{ "I can do 250.00 now", "I can do 250.00 now" },
		{ "we can do 12.50 a week", "we can do 12.50 a week" },
		{ "ik betaal zsm\nVr. gr. Jan", "ik betaal zsm\nVr. gr. Jan" },
		{ "ik maak het over\nVr.gr.\nJan", "ik maak het over\nVr.gr.\nJan" },
		{ "I can do 1/2 now", "I can do 1/2 now" },
		{ "will pay next mo", "will pay next mo" },
		{ "will pay this mo, promise", "will pay this mo, promise" },
		/* ... and their days still read */
		{ "will pay next mon", "will pay next monday" },
		{ "ich zahl nächsten Mo", "ich zahl nächsten Montag" },
		{ "betaling volgt Vr.\nJan", "betaling volgt vrijdag.\nJan" },
		{ "ok, Zahlung folgt Fr. Schmidt", "ok, Zahlung folgt Freitag. Schmidt" },
		{ "I can do 3/12", "I can donderdag 3/12" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_reply_typed_days(cases[i].typed);
		if (strcmp(got, cases[i].written) != 0)
			g_error("\"%s\": want \"%s\", got \"%s\"", cases[i].typed, cases[i].written, got);
	}
}

typedef struct {
	const char *ref;        /* the day sent, YYYY-MM-DD */
	DmReplyClass klass;
	const char *text;
	const char *want;       /* the day read, or NULL for none */
} DayCase;

static void
check_days(const DayCase *cases, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		GDate ref, got;
		g_date_clear(&ref, 1);
		g_date_set_parse(&ref, cases[i].ref);
		g_assert_true(g_date_valid(&ref));
		dm_reply_date_for_class(cases[i].text, &ref, FALSE, cases[i].klass, &got);
		char iso[16] = "none";
		if (g_date_valid(&got))
			g_date_strftime(iso, sizeof iso, "%Y-%m-%d", &got);
		if (g_strcmp0(cases[i].want ? cases[i].want : "none", iso) != 0)
			g_error("\"%s\" (sent %s): want %s, got %s", cases[i].text, cases[i].ref,
			        cases[i].want ? cases[i].want : "none", iso);
	}
}

static void
test_days(void)
{
	static const DayCase cases[] = {
		/* 2026-10-13 is a Tuesday. */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "mrgn betaal ik het", "2026-10-14" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "ok 2morrow", "2026-10-14" },
		{ "2026-10-13", DM_REPLY_CLASS_PAID, "paid it yday", "2026-10-12" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "will do it thurs", "2026-10-15" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "kommenden Mi zahl ich", "2026-10-14" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "Überweisung folgt Fr. Gruss", "2026-10-16" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "betaal op vr 23/10", "2026-10-23" },
		{ "2026-10-13", DM_REPLY_CLASS_AUTO_REPLY, "weg tm vrijdag 16-10", "2026-10-19" },
		/* A weekday with a letter left out, as thumbs drop one (session 34). */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "ben aan het verhuizen. Maadag denk ik",
		  "2026-10-19" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "ik doe het vrijdg", "2026-10-16" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "will pay it wednesay", "2026-10-14" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "zahle am Donnerstg", "2026-10-15" },
		/* near misses: no day stated */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "we could do 2 payments of 100", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "merci mon ami, ik betaal zsm", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "tot zo, ik betaal deze maand nog", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PAID, "Sehr geehrte Fr. Müller,\nich habe die Rechnung "
		  "bereits bezahlt.", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_ARRANGEMENT, "I can do 250.00 now and the rest next "
		  "month.", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "Ik betaal het zo snel mogelijk\n"
		  "Vr. gr. Jan", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "sorry, cant pay now, will pay next mo",
		  NULL },
		/* ... a name that is one letter short of a weekday, and a weekday's short forms
		 * too short to tell */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "Frau Sontag zahlt bald", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "Frida pays soon", NULL },
	};
	check_days(cases, G_N_ELEMENTS(cases));
}

static void
test_ordinal_words(void)
{
	static const DayCase cases[] = {
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "ik maak het over de achttiende",
		  "2026-10-18" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "betaal de zevenentwintigste want "
		  "dan is er loon", "2026-10-27" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "ich überweise am sechzehnten",
		  "2026-10-16" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "on the twenty eighth i'll send it",
		  "2026-10-28" },
		{ "2026-10-20", DM_REPLY_CLASS_PROMISE_TO_PAY, "I pay on the fifth.", "2026-11-05" },
		{ "2027-02-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "I'll send the payment on the twenty "
		  "third thanks so much for understanding", "2027-02-23" },
		/* near misses: an ordinal that counts */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "dit is de vijftiende keer dat ik bel, "
		  "ik betaal zsm", NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "dit is al de derde! ik betaal heus",
		  NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PAID, "Dit is al de vierde!\nIk heb allang betaald.",
		  NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PAID, "This is the fifth i have received. We paid in "
		  "full.", NULL },
		/* ... the same ordinal after another word dates */
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "my payday is the twentieth, "
		  "I pay then", "2026-10-20" },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "I'll pay, it's the first time I forgot.",
		  NULL },
		{ "2026-10-13", DM_REPLY_CLASS_PROMISE_TO_PAY, "I'll pay, this reached me on the twenty "
		  "third floor", NULL },
	};
	check_days(cases, G_N_ELEMENTS(cases));
}

static void
test_inclusive(void)
{
	static const DayCase cases[] = {
		/* 2026-12-03 is a Thursday; month first is off: 3/12 is 3 December. */
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "On leave until 3/12 inclusive.",
		  "2026-12-04" },
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "Afwezig tot 3/12 inclusief.", "2026-12-04" },
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "I am out of office until 3/12 included.",
		  "2026-12-04" },
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "Afwezig tot 3 december inbegrepen.",
		  "2026-12-04" },
		/* near miss: what is included is no marker of the day */
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "Away until 3/12. Invoices included in "
		  "the last mail are handled then.", "2026-12-03" },
		/* near miss: "until" alone names the day back */
		{ "2026-12-01", DM_REPLY_CLASS_AUTO_REPLY, "On leave until 3/12.", "2026-12-03" },
	};
	check_days(cases, G_N_ELEMENTS(cases));
}

static void
test_month_first(void)
{
	static const struct {
		const char *text, *day_first;
	} cases[] = {
		{ "OUT OF OFFICE - BACK 1/5", "OUT OF OFFICE - BACK 5/1" },
		{ "away until 12/21/2026, back 12/28", "away until 21/12/2026, back 28/12" },
		/* near misses: as written */
		{ "1/2 of the amount", "1/2 of the amount" },
		{ "ref 2026/12/5, 13/14 and 1/50", "ref 2026/12/5, 13/14 and 1/50" },
		{ "open 24/7", "open 24/7" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_reply_day_first(cases[i].text);
		if (strcmp(got, cases[i].day_first) != 0)
			g_error("\"%s\": want \"%s\", got \"%s\"", cases[i].text, cases[i].day_first,
			        got);
	}
	/* 2026-12-21 is a Monday; 5 January 2027 a Tuesday. */
	GDate ref, got;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 21, G_DATE_DECEMBER, 2026);
	dm_reply_date_for_class("Out of office. Back 1/5.", &ref, TRUE, DM_REPLY_CLASS_AUTO_REPLY,
	                        &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_month(&got), ==, G_DATE_JANUARY);
	g_assert_cmpint(g_date_get_day(&got), ==, 5);
	/* near miss: a writer who puts the day first means 1 May */
	dm_reply_date_for_class("Out of office. Back 1/5.", &ref, FALSE, DM_REPLY_CLASS_AUTO_REPLY,
	                        &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_month(&got), ==, G_DATE_MAY);
	g_assert_cmpint(g_date_get_day(&got), ==, 1);
}

static void
test_instalments(void)
{
	static const struct {
		const char *text;
		gboolean hits;
	} cases[] = {
		{ "Ratenplan ist ok für mich, danke", TRUE },
		{ "kann ich das in Raten zahlen?", TRUE },
		{ "geht des auch in 4 Teilen? is grad eng", TRUE },
		{ "Ratenzahlung wäre super", TRUE },
		{ "ja doe maar die 4 termijnen", TRUE },
		{ "fine, the 3 instalments it is", TRUE },
		/* near misses */
		{ "ich kann nur raten, wofür das ist", FALSE },
		{ "Sie raten nie, wer das bestellt hat", FALSE },
		{ "de 4 stoelen zijn geleverd", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (dm_reply_text_hits_rule(cases[i].text, "arrangement_raten") != cases[i].hits)
			g_error("\"%s\": arrangement_raten %s", cases[i].text,
			        cases[i].hits ? "missed" : "hit");
	/* A yes to an offered plan read as other is not left to act alone. */
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER,
	                                   "Ratenplan ist ok für mich, danke 🙏", 0.99, 0.93));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/typed/forms", test_forms);
	g_test_add_func("/reply/typed/days", test_days);
	g_test_add_func("/reply/typed/ordinal-words", test_ordinal_words);
	g_test_add_func("/reply/typed/inclusive", test_inclusive);
	g_test_add_func("/reply/typed/month-first", test_month_first);
	g_test_add_func("/reply/typed/instalments", test_instalments);
	return g_test_run();
}
