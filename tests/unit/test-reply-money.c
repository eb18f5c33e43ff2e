/* test-reply-money: days as people name them when they say how the money moves (the date
 * reader, classify_dates.c and clause_tense.c; written with probe-money24.jsonl, since
 * trained on as train-money24.jsonl).  The sentences are fresh, none from a corpus file.
 *
 * /reply/money/moments-ago: "a minute ago", "a few minutes ago", "an hour ago", "een
 *   paar minuten geleden", "vorhin" are the day sent, as "net betaald" is; near misses:
 *   "give me a minute", a payment weeks ago.
 * /reply/money/contracted-es: the German "es" shortened to 's before "am" or "zum" ("ich
 *   zahl's am Zehnten") leaves the day; near miss: "it's the fifth", which counts.
 * /reply/money/rhythm: a weekday that comes round ("every other Thursday", "alleen op
 *   vrijdag", "jeden zweiten Donnerstag", "nur freitags") yields to the day the text
 *   gives besides; near misses: such a rhythm alone, and a plain weekday, are the coming
 *   day as before.
 * /reply/money/set-up: a standing order or Dauerauftrag set up "starting on the 28th",
 *   "erstmals zum 28." runs ahead though its verb is past; near miss: payments reported
 *   as made from a day on keep their way.
 * /reply/money/cheque-first-class: a cheque posted "on Friday, first class" keeps its
 *   day (first class is postage, no lesson); near miss: a class on Friday, a lesson's day.
 * /reply/money/arrival: read for a payment made, a day still to come on which the money
 *   lands ("staat er morgen", "should be with you tomorrow", "sollte morgen bei Ihnen
 *   sein") is no payment's day; near misses: the payment's own day beside it, and a
 *   promise's arrival day, which is the day promised.
 * /reply/money/swiss-zahlt: the Swiss participle "zahlt" is a payment right after its
 *   auxiliary ("Isch zahlt", "d Rechnig isch scho zahlt"; paid_de); not the present of
 *   another clause ("Meine Mutter ist 88 und zahlt nur am Schalter", "er ist krank und
 *   zahlt nächste Woche"). */
#include "parser/reply/dm-reply-classify.h"
#include "test-reply-date-cases.h"

/* 2026-03-10 is a Tuesday. */
static void
test_moments_ago(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", TRUE, "Paid it on Revolut there a minute ago.", "2026-03-10" },
		{ "2026-03-10", TRUE, "Sent it a few minutes ago through the app.", "2026-03-10" },
		{ "2026-03-10", TRUE, "Paid about an hour ago, it should land soon.", "2026-03-10" },
		{ "2026-03-10", TRUE, "Een paar minuten geleden overgemaakt.", "2026-03-10" },
		{ "2026-03-10", TRUE, "Ich habe den Betrag vorhin überwiesen.", "2026-03-10" },
		{ "2026-03-10", TRUE, "Vor ein paar Minuten per Twint bezahlt.", "2026-03-10" },
		/* Near misses. */
		{ "2026-03-10", FALSE, "Give me a minute, I'll look it up.", NULL },
		{ "2026-03-10", TRUE, "I paid it a few weeks ago.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* 2026-11-05 is a Thursday. */
static void
test_contracted_es(void)
{
	static const DateCase c[] = {
		{ "2026-11-05", FALSE, "Ich zahl's am Zehnten, wenn's Gehalt da ist.", "2026-11-10" },
		{ "2026-11-05", FALSE, "Ich überweis's am zwanzigsten, versprochen.", "2026-11-20" },
		/* Near miss: a count. */
		{ "2026-11-05", FALSE, "Honestly, it's the fifth!", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_rhythm(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", FALSE, "We run payments every other Thursday; yours will go out on "
		  "19 March.", "2026-03-19" },
		{ "2026-03-10", FALSE, "Our pay run is every second Thursday. It will go out on the "
		  "19th.", "2026-03-19" },
		{ "2026-03-10", FALSE, "Wij doen betalingen alleen op vrijdag. Deze gaat mee met de "
		  "betaling van volgende week vrijdag.", "2026-03-20" },
		{ "2026-03-10", FALSE, "Wir zahlen jeden zweiten Donnerstag, Ihre Rechnung ist am "
		  "19. März dran.", "2026-03-19" },
		{ "2026-03-10", FALSE, "Wir zahlen nur freitags, diese Rechnung am 20. März.",
		  "2026-03-20" },
		/* Near misses: the rhythm alone, and a plain weekday. */
		{ "2026-03-10", FALSE, "We pay every other Thursday.", "2026-03-12" },
		{ "2026-03-10", FALSE, "Ik betaal vrijdag.", "2026-03-13" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_set_up(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", TRUE, "I've set up a standing order for £75 a month starting on "
		  "the 28th.", "2026-03-28" },
		{ "2026-03-10", TRUE, "Ich habe einen Dauerauftrag über 80 € eingerichtet, "
		  "erstmals zum 28.", "2026-03-28" },
		/* Near miss: payments made from a day on. */
		{ "2026-03-10", TRUE, "Starting 1 February we have paid 50 a month.", "2026-02-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_cheque_first_class(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", TRUE, "I put a cheque in the post on Friday, first class, so it "
		  "should be with you.", "2026-03-06" },
		/* Near miss: a lesson's day. */
		{ "2026-03-10", FALSE, "Can he have an extra class on Friday?", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_arrival(void)
{
	static const DateCase c[] = {
		{ "2026-03-10", TRUE, "Overgemaakt, sorry! Staat er morgen als het goed is.", NULL },
		{ "2026-03-10", TRUE, "Sent it off, it should be with you tomorrow.", NULL },
		{ "2026-03-10", TRUE, "Ich habe überwiesen, das Geld sollte morgen bei Ihnen sein.",
		  NULL },
		/* Near misses: the payment's day beside the arrival; a promise. */
		{ "2026-03-10", TRUE, "Paid on Friday, it should be with you tomorrow.", "2026-03-06" },
		{ "2026-03-10", FALSE, "Ik maak het over, het staat er morgen.", "2026-03-11" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static gboolean
paid_de_hits(const char *text)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (strcmp(names->pdata[i], "paid_de") == 0)
			return TRUE;
	return FALSE;
}

static void
test_swiss_zahlt(void)
{
	static const char *const yes[] = {
		"Isch zahlt.",
		"D Rechnig isch scho zahlt, merci.",
		"Die Rechnung ist längst bezahlt.",
		"Ich habe gestern überwiesen.",
	};
	static const char *const no[] = {
		"Bitte schicken Sie mir einen Zahlschein. Meine Mutter ist 88 und zahlt nur am "
		"Bankschalter.",
		"Mein Mann ist im Spital und zahlt nächste Woche.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(yes); i++)
		if (!paid_de_hits(yes[i]))
			g_error("\"%s\" is no payment to paid_de", yes[i]);
	for (gsize i = 0; i < G_N_ELEMENTS(no); i++)
		if (paid_de_hits(no[i]))
			g_error("\"%s\" hits paid_de", no[i]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/money/moments-ago", test_moments_ago);
	g_test_add_func("/reply/money/contracted-es", test_contracted_es);
	g_test_add_func("/reply/money/rhythm", test_rhythm);
	g_test_add_func("/reply/money/set-up", test_set_up);
	g_test_add_func("/reply/money/cheque-first-class", test_cheque_first_class);
	g_test_add_func("/reply/money/arrival", test_arrival);
	g_test_add_func("/reply/money/swiss-zahlt", test_swiss_zahlt);
	return g_test_run();
}
