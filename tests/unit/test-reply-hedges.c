/* test-reply-hedges: days a writer takes back or ties to a condition (the date reader,
 * retracted.c and classify_dates.c; written with probe-hedges25.jsonl).  The sentences
 * are fresh, none from a corpus file.
 *
 * /reply/hedges/said-before: a day told in a report of what was said or meant before
 *   ("ik had gezegd morgen, maar", "I said Friday on the phone but", "ich hab am Telefon
 *   Freitag gesagt, aber", "ich wollte gerade schreiben, dass ich morgen zahle, aber")
 *   yields to the day the text turns to, or to none; near misses: "zoals ik zei", "as I
 *   said" and a report the text does not turn from keep their day.
 * /reply/hedges/dismissed: "ignore my text saying I'd pay Friday", "vergeet mijn mail
 *   waarin ik vrijdag beloofde" — a dismissed promise's day is none.
 * /reply/hedges/message-day: the day of an earlier message ("meine Mail von gestern",
 *   "mijn mail van vanochtend", "my email of Monday") is no payment's.
 * /reply/hedges/condition-ahead: a day in a clause opened by "wenn", "if", "zodra", the
 *   Dutch "als" lies ahead whatever its verbs say ("wenn am 28. das Gehalt kommt, ist die
 *   Rechnung am selben Tag bezahlt"); near miss: the German "als" of a day gone by. */
#include "parser/reply/dm-reply-retracted.h"
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
		/* Near misses: a day confirmed, and a report the text does not turn from. */
		{ "2026-11-26", FALSE, "Zoals ik zei, vrijdag maak ik het over.", "2026-11-27" },
		{ "2026-11-26", FALSE, "As I said, Friday.", "2026-11-27" },
		{ "2026-11-26", FALSE, "Ik had vrijdag gezegd en dat blijft vrijdag.", "2026-11-27" },
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
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
	/* The test looks at the day itself, not at the sentence around it. */
	const char *t = "meine Mail von gestern";
	g_assert_true(dm_reply_day_retracted(t, strlen(t), 15, strlen(t)));
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
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/hedges/said-before", test_said_before);
	g_test_add_func("/reply/hedges/dismissed", test_dismissed);
	g_test_add_func("/reply/hedges/message-day", test_message_day);
	g_test_add_func("/reply/hedges/condition-ahead", test_condition_ahead);
	return g_test_run();
}
