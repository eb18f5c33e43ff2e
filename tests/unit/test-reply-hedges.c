/* test-reply-hedges: days a writer takes back or ties to a condition (the date reader,
 * retracted.c and classify_dates.c; written with probe-hedges25.jsonl).  The sentences
 * are fresh, none from a corpus file.
 *
 * /reply/hedges/said-before: a day told in a report of what was said or meant before
 *   ("ik had gezegd morgen, maar", "I said Friday on the phone but", "ich hab am Telefon
 *   Freitag gesagt, aber", "ich wollte gerade schreiben, dass ich morgen zahle, aber",
 *   "I told Ms. Ortiz the 15th … but") yields to the day the text turns to, or to none;
 *   near misses: "zoals ik zei", "as I said" and a report the text does not turn from
 *   keep their day.
 * /reply/hedges/dismissed: "ignore my text saying I'd pay Friday", "vergeet mijn mail
 *   waarin ik vrijdag beloofde" — a dismissed promise's day is none.
 * /reply/hedges/message-day: the day of an earlier message ("meine Mail von gestern",
 *   "mijn mail van vanochtend", "my email of Monday") or of an answer to come ("kom er
 *   vrijdag op terug", "get back to you on Friday", "melde mich am Freitag wieder") is no
 *   payment's; near miss: a payment's day beside it.
 * /reply/hedges/answer-day: answer_day.c and the window every look back cuts
 *   (reply_window.c), asked directly: a holding answer's day by its own test, and a
 *   window that never starts inside a word.
 * /reply/hedges/condition-ahead: a day in a clause opened by "wenn", "if", "zodra", the
 *   Dutch "als" lies ahead whatever its verbs say ("wenn am 28. das Gehalt kommt, ist die
 *   Rechnung am selben Tag bezahlt"); near miss: the German "als" of a day gone by.
 * /reply/hedges/owed-first: dispute_owed_first (classify_rules.c) takes a payment that
 *   waits on what the owner promised or must fix ("Sobald ich die Mixe bekomme, die seit
 *   März versprochen sind", "The day the middle C stops sticking", "Het restant houd ik
 *   vast tot de lekkage is verholpen", "sobald die korrigierte Rechnung da ist,
 *   überweisen wir"); near misses: a condition on the writer's own side, a promise "wie
 *   versprochen".
 * /reply/hedges/habit-day: a usual day the sentence says will not hold this time
 *   ("meestal rond de 24e, maar deze maand is het wat later"): none; near misses: the usual
 *   day the payment is tied to, the day named instead.
 * /reply/hedges/restated: a day said again on its own after another ("this afternoon. …
 *   in which case tomorrow. But this afternoon."): the writer's last word; near misses:
 *   two days offered, a day said twice alone, a day said again inside a plan's sentence.
 * /reply/hedges/no-money-day: "heute kein Geld", "vandaag geen geld", "no money today":
 *   no day; near miss: "kein Problem". */
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-retracted.h"
#include "parser/reply/dm-reply-answer-day.h"
#include "parser/reply/dm-reply-window.h"
#include "test-reply-date-cases.h"

/* 2026-11-26 is a Thursday. */
static void
test_said_before(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", FALSE, "Ik had gezegd morgen, maar het salaris is later. Wordt dus "
		  "volgende week vrijdag.", "2026-12-04" },
		{ "2026-11-26", FALSE, "I said Friday on the phone, but it'll have to be Monday now.",
		  "2026-11-30" },
		{ "2026-11-26", FALSE, "Ich hab am Telefon Freitag gesagt, aber es wird Montag.",
		  "2026-11-30" },
		{ "2026-11-26", FALSE, "Ik zei vorige week dinsdag, maar het lukt pas op de 3e.",
		  "2026-12-03" },
		{ "2026-11-26", TRUE, "Ich wollte gerade schreiben, dass ich morgen zahle, aber dann "
		  "habe ich es gleich gemacht.", NULL },
		{ "2026-11-26", TRUE, "I was going to say Friday, but scratch that, I've already "
		  "paid it.", NULL },
		{ "2026-11-26", TRUE, "Ich hatte geschrieben, ich zahle Ende Woche. Stimmt nicht mehr: "
		  "am Dienstag überwiesen.", "2026-11-24" },
		/* ... told to someone by name, a title's dot and all (session 34). */
		{ "2026-11-26", FALSE, "I told Mr. Hughes the 30th for the windows but it'll be the "
		  "4th now.", "2026-12-04" },
		{ "2026-11-26", FALSE, "I told her Friday, but it's going to be Monday now.",
		  "2026-11-30" },
		/* Near misses: a day confirmed, and a report the text does not turn from. */
		{ "2026-11-26", FALSE, "Zoals ik zei, vrijdag maak ik het over.", "2026-11-27" },
		{ "2026-11-26", FALSE, "As I said, Friday.", "2026-11-27" },
		{ "2026-11-26", FALSE, "Ik had vrijdag gezegd en dat blijft vrijdag.", "2026-11-27" },
		{ "2026-11-26", FALSE, "I told Mr. Hughes the 30th and that stands.", "2026-11-30" },
		/* A report the writer stands by before a later "but" that turns elsewhere. */
		{ "2026-11-26", FALSE, "Ik had gezegd vrijdag en zo blijft het, maar het kan ook "
		  "eerder.", "2026-11-27" },
		{ "2026-11-26", FALSE, "I said Friday and I meant it, but don't expect more than "
		  "half.", "2026-11-27" },
		{ "2026-11-26", FALSE, "Ich hatte Freitag gesagt und dabei bleibt es, aber bitte "
		  "keine Mahnungen mehr.", "2026-11-27" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_dismissed(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", TRUE, "Ignore my text from the weekend saying I'd pay Friday. Done "
		  "last night.", "2026-11-25" },
		{ "2026-11-26", TRUE, "Vergeet mijn mail waarin ik vrijdag beloofde. Het is al "
		  "betaald.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_message_day(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", TRUE, "Vergessen Sie bitte meine Mail von gestern, mein Mann hat "
		  "schon bezahlt.", NULL },
		{ "2026-11-26", TRUE, "Correctie op mijn mail van vanochtend: de betaling is "
		  "dinsdag uitgevoerd.", "2026-11-24" },
		{ "2026-11-26", FALSE, "Further to my email of Monday, it will go out on the 30th.",
		  "2026-11-30" },
		/* An answer's day (a holding answer is undated). */
		{ "2026-11-26", FALSE, "Ik ga na of dit betaald is en kom er vrijdag op terug.", NULL },
		{ "2026-11-26", FALSE, "I'll check with accounts and get back to you on Friday.", NULL },
		{ "2026-11-26", FALSE, "Ich kläre das und melde mich am Freitag wieder.", NULL },
		{ "2026-11-26", FALSE, "Ich kläre das und gebe Ihnen bis Freitag Bescheid.", NULL },
		/* Near miss: a payment's day beside it. */
		{ "2026-11-26", FALSE, "Ik kom er vrijdag op terug; betalen doe ik maandag.",
		  "2026-11-30" },
		/* Near miss: the answer that comes back is the payment. */
		{ "2026-11-26", FALSE, "Ik kom er vrijdag op terug met de betaling.", "2026-11-27" },
		{ "2026-11-26", FALSE, "I'll get back to you on Friday with the payment.",
		  "2026-11-27" },
		{ "2026-11-26", FALSE, "I'll be back to you by Friday with the money.", "2026-11-27" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
	/* The test looks at the day itself, not at the sentence around it. */
	const char *t = "meine Mail von gestern";
	g_assert_true(dm_reply_day_retracted(t, strlen(t), 15, strlen(t)));
}

/* The position of @day in @text, as the date reader hands it on. */
static gboolean
answer_day(const char *text, const char *day)
{
	const char *at = strstr(text, day);
	g_assert_nonnull(at);
	gsize start = at - text;
	return dm_reply_answer_day(text, strlen(text), start, start + strlen(day));
}

static void
test_answer_day(void)
{
	g_assert_true(answer_day("Wij komen er dinsdag op terug.", "dinsdag"));
	g_assert_true(answer_day("We'll revert by Monday.", "Monday"));
	g_assert_true(answer_day("Ich melde mich bei Ihnen am Montag wieder.", "Montag"));
	g_assert_false(answer_day("We'll get back to you on Monday with the transfer.", "Monday"));
	g_assert_false(answer_day("Ik kom er dinsdag langs.", "dinsdag"));
	g_assert_false(answer_day("Ich zahle am Montag.", "Montag"));

	/* The window back starts after a white space, never inside a word. */
	const char *t = "bananen de 25e";
	g_assert_cmpuint(dm_reply_words_before(t, 11, 6), ==, 7);
	g_assert_cmpuint(dm_reply_words_before(t, 11, 40), ==, 0);
	g_assert_cmpuint(dm_reply_words_before(t, 5, 3), ==, 5);
	/* A window that starts on a word's first letter keeps the word: "de" before "25e". */
	g_assert_cmpuint(dm_reply_words_before(t, 11, 3), ==, 8);
	g_assert_cmpuint(dm_reply_words_before(t, 11, 4), ==, 7);
}

/* 2026-10-14 is a Wednesday; 2026-03-10 a Tuesday. */
static void
test_condition_ahead(void)
{
	static const DateCase c[] = {
		{ "2026-10-14", TRUE, "Wenn am 28. das Gehalt kommt, ist die Rechnung am selben Tag "
		  "bezahlt.", "2026-10-28" },
		{ "2026-10-14", TRUE, "Als het salaris er de 25e is, is het dezelfde dag betaald.",
		  "2026-10-25" },
		{ "2026-10-14", TRUE, "If my salary is in on the 25th, it's paid that day.",
		  "2026-10-25" },
		/* Near miss: the German "als" of a day gone by. */
		{ "2026-03-10", TRUE, "Ich habe ihm die 95 € bar gegeben, als er am Samstag das "
		  "Gerät gebracht hat.", "2026-03-07" },
		/* Near misses: an "if" of memory, not of a condition, and "once" meaning before
		 * (2026-11-26 is a Thursday). */
		{ "2026-11-26", TRUE, "Als het goed is heb ik het maandag betaald.", "2026-11-23" },
		{ "2026-11-26", TRUE, "Als ik me goed herinner heb ik maandag betaald.", "2026-11-23" },
		{ "2026-11-26", TRUE, "If I remember right I paid it on Monday.", "2026-11-23" },
		{ "2026-11-26", TRUE, "Ich habe es, wenn ich mich recht erinnere am Montag "
		  "überwiesen.", "2026-11-23" },
		{ "2026-11-26", TRUE, "Falls ich mich nicht irre am Montag überwiesen.", "2026-11-23" },
		{ "2026-11-26", TRUE, "I already paid this once on Monday, please check.",
		  "2026-11-23" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A day the writer names as what usually happens, then says it will not this time ("meestal
 * rond de 24e, maar deze maand is het later"): no day; near misses: the usual day the
 * payment is tied to, and the day the writer names instead. */
static void
test_habit_day(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", FALSE, "Ik betaal zodra mijn salaris binnen is, dat is meestal rond "
		  "de 24e, maar deze maand is het wat later.", NULL },
		{ "2026-11-26", FALSE, "My pension usually comes on the 28th, but this month it's late. "
		  "I'll pay when it's in.", NULL },
		{ "2026-11-26", FALSE, "Mein Gehalt kommt normalerweise am 25., aber diesen Monat "
		  "sp\xc3\xa4ter.", NULL },
		{ "2026-11-26", FALSE, "Mijn salaris komt meestal de 25e, dan betaal ik.", "2026-12-25" },
		{ "2026-11-26", FALSE, "Usually I pay on the 28th, but this month I'll pay on the 30th.",
		  "2026-11-30" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A day said again after another ("this arvo. Unless the bank's down, in which case
 * tomorrow. But this arvo."): the writer's last word, whatever lies between; near
 * misses: two days offered (the later), a day said twice alone. */
static void
test_restated(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", FALSE, "I'll do it this afternoon. Unless the bank is down, in which "
		  "case tomorrow. But this afternoon.", "2026-11-26" },
		{ "2026-11-26", FALSE, "Vrijdag. Of maandag als het echt niet anders kan. Maar "
		  "vrijdag.", "2026-11-27" },
		{ "2026-11-26", FALSE, "Ich zahle heute. Falls die Bank streikt, dann morgen. Aber "
		  "heute.", "2026-11-26" },
		{ "2026-11-26", FALSE, "Ik betaal vandaag of morgen.", "2026-11-27" },
		{ "2026-11-26", FALSE, "Friday. I'll pay on Friday.", "2026-11-27" },
		/* ... nor a day said again inside a longer sentence (a plan's other part) */
		{ "2026-11-26", FALSE, "Eind december sluit de zaak. Ik stel voor: 300 euro op 30 "
		  "november en 300 euro eind december. Is dat ok?", "2026-11-30" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A day on which the writer says there is no money ("heute kein Geld auf dem Konto",
 * "vandaag geen geld") is none; the vague time beside it is the promise's.  Near miss: "no
 * problem" is no money's lack. */
static void
test_no_money_day(void)
{
	static const DateCase c[] = {
		{ "2026-11-26", FALSE, "Ich zahle n\xc3\xa4" "chste Woche, heute kein Geld auf Konto.",
		  NULL },
		{ "2026-11-26", FALSE, "Vandaag geen geld, volgende week betaal ik.", NULL },
		{ "2026-11-26", FALSE, "No money today, I'll pay next week.", NULL },
		{ "2026-11-26", FALSE, "Heute \xc3\xbc" "berweise ich, kein Problem.", "2026-11-26" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_owed_first(void)
{
	static const char *const yes[] = {
		"Natuurlijk betaal ik. Zodra ik de tekeningen krijg die u in mei had beloofd.",
		"Happy to pay. Once I get the report you promised in June.",
		"Klar zahle ich. Sobald die Fenster da sind, die seit Februar zugesagt sind.",
		"Sure, I'll pay. The day the heating stops making that noise.",
		"Ik betaal, op de dag dat de deur niet meer klemt.",
		"Het restant houd ik vast tot het lek in het dak is verholpen.",
		"Die Rechnung zahle ich erst, wenn der Riss nachgebessert ist.",
		"Sobald die korrigierte Rechnung da ist, überweisen wir.",
	};
	static const char *const no[] = {
		"Sobald das Gehalt da ist, zahle ich.",
		"Zodra mijn salaris binnen is, betaal ik.",
		"I'll pay the day my pension comes in.",
		"Wie versprochen zahle ich am Freitag.",
		"Zoals beloofd maak ik het vrijdag over.",
		/* A condition of the writer's own, then a promise kept, or a day of the
		 * writer's own that will come. */
		"Sobald das Gehalt da ist, zahle ich wie versprochen.",
		"Zodra mijn salaris binnen is betaal ik, zoals beloofd.",
		"Once my wages are in I'll pay as promised.",
		"I'll pay the day I'm no longer on sick leave.",
		"Ik betaal op de dag dat ik niet meer in het ziekenhuis lig.",
		"Ich überweise, sobald mein Auto repariert ist, ich brauche es für die Arbeit.",
		"Zodra mijn werkgever het beloofde voorschot overmaakt, betaal ik.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(yes); i++)
		if (!dm_reply_text_hits_rule(yes[i], "dispute_owed_first"))
			g_error("\"%s\" misses dispute_owed_first", yes[i]);
	for (gsize i = 0; i < G_N_ELEMENTS(no); i++)
		if (dm_reply_text_hits_rule(no[i], "dispute_owed_first"))
			g_error("\"%s\" hits dispute_owed_first", no[i]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/hedges/said-before", test_said_before);
	g_test_add_func("/reply/hedges/dismissed", test_dismissed);
	g_test_add_func("/reply/hedges/message-day", test_message_day);
	g_test_add_func("/reply/hedges/answer-day", test_answer_day);
	g_test_add_func("/reply/hedges/condition-ahead", test_condition_ahead);
	g_test_add_func("/reply/hedges/owed-first", test_owed_first);
	g_test_add_func("/reply/hedges/habit-day", test_habit_day);
	g_test_add_func("/reply/hedges/restated", test_restated);
	g_test_add_func("/reply/hedges/no-money-day", test_no_money_day);
	return g_test_run();
}
