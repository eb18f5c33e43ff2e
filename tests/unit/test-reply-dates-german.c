/* test-reply-dates-german: days German replies state in forms the reader missed
 * (probe-de31, test-blind28: opened for error analysis), in fresh wordings.
 *
 * /reply/dates-german/heut: the colloquial "heut" ("heut abend", "heut noch") is today, as
 *   "heute" is; "heutig" is no day.
 * /reply/dates-german/just-sent: "grad", "gerade", "eben" before a verb of sending
 *   ("rübergeschickt", "geschickt", "eingezahlt", "angewiesen", "ist … raus") are the day
 *   sent, as before "überwiesen".
 * /reply/dates-german/thanks: a day in a clause that thanks for a service ("danke, dass
 *   ihr am Sonntag noch gekommen seid", "Merci für die Hilfe am Samstag", "thanks for
 *   coming out on Saturday") is the service's, no payment's; a thanks cut off by a comma
 *   before a promise ("Danke für die Erinnerung, mache ich am Freitag"), a thanks for
 *   patience and a clause that pays keep their day.
 * /reply/dates-german/dated: a reminder "datiert auf den 2. Juni" names its own day, not
 *   the payment's.
 * /reply/dates-german/arrived: the day a reminder or an invoice came ("Ihre Mahnung ist
 *   heute gekommen", "die Rechnung habe ich gestern erhalten") is no payment's; a payment
 *   beside it keeps its day.
 * /reply/dates-german/gets-back: the day the writer looks and gets back ("ich schau heute
 *   Abend nach und melde mich", "I'll check tonight and get back to you") is no payment's;
 *   a payment promised beside it keeps its day.
 * /reply/dates-german/discount-asked: a discount's term asked about ("ist 2 % Skonto bei
 *   Zahlung innerhalb von 10 Tagen noch möglich?") names no payment's day; a payment
 *   promised with the discount keeps it.
 * /reply/dates-german/monatsersten: "am Monatsersten" is the coming 1st, as "am Ersten" is.
 * /reply/dates-german/plan-sums: a plan put to the owner in two sums, each with its day and
 *   one verb at the end ("wenn wir CHF 550.– per Ende August und CHF 550.– per Ende
 *   September überweisen?"), carries its first day; a two-part promise its last, as
 *   before. */
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_heut(void)
{
	static const DateCase c[] = {
		{ "2026-07-30", FALSE, "Mach ich heut noch, versprochen.", "2026-07-30" },
		{ "2026-07-30", FALSE, "Sorry, zahl ich heut abend per Online-Banking.", "2026-07-30" },
		{ "2026-07-30", FALSE, "Der heutige Kontostand reicht nicht.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_just_sent(void)
{
	static const DateCase c[] = {
		{ "2026-07-06", TRUE, "Hab's grad per Twint rübergeschickt.", "2026-07-06" },
		{ "2026-07-06", TRUE, "Eben über die App geschickt, sorry!", "2026-07-06" },
		{ "2026-07-06", TRUE, "Der Betrag ist gerade raus.", "2026-07-06" },
		{ "2026-07-06", TRUE, "Habe den Betrag soeben bei der Post eingezahlt.", "2026-07-06" },
		/* Near misses: a negation between, "gerade" of something else. */
		{ "2026-07-06", TRUE, "Ich habe eben nichts geschickt, die Rechnung stimmt nicht.", NULL },
		{ "2026-07-06", TRUE, "Ich bin gerade im Urlaub.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_thanks(void)
{
	static const DateCase c[] = {
		{ "2026-10-28", TRUE, "Eben überwiesen. Danke nochmal, dass Sie am Samstag so schnell "
		  "gekommen sind!", "2026-10-28" },
		{ "2026-10-28", TRUE, "Ist bezahlt. Vielen Dank für die Reparatur am Dienstag!", NULL },
		{ "2026-10-28", TRUE, "Paid. Thanks again for coming out on Saturday.", NULL },
		{ "2026-10-28", TRUE, "Is betaald. Bedankt voor de snelle hulp op zaterdag!", NULL },
		/* Near misses: a thanks cut off before the promise, patience thanked, a clause that
		 * pays. */
		{ "2026-10-28", FALSE, "Danke für die Erinnerung, mache ich am Freitag.", "2026-10-30" },
		{ "2026-10-28", FALSE, "Danke, dass Sie mit der Zahlung bis Freitag warten.",
		  "2026-10-30" },
		{ "2026-10-28", TRUE, "Danke, am Montag überwiesen.", "2026-10-26" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_dated(void)
{
	static const DateCase c[] = {
		{ "2026-06-04", TRUE, "Ihre Mahnung, datiert auf den 2. Juni, ist angekommen. Bezahlt "
		  "hatte ich aber schon am 29. Mai.", "2026-05-29" },
		{ "2026-06-04", TRUE, "The reminder dated 2 June arrived today; I paid on 29 May.",
		  "2026-05-29" },
		/* Near miss: a payment's day stays. */
		{ "2026-06-04", TRUE, "Am 29. Mai überwiesen.", "2026-05-29" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_arrived(void)
{
	for_class("Ihre Zahlungserinnerung ist heute gekommen, aber welche Rechnung ist das?", "2026-04-07",
	          DM_REPLY_CLASS_QUESTION, "null");
	for_class("Die Zahlungsaufforderung habe ich erst gestern erhalten. Wofür sind die 40 Euro?",
	          "2026-04-07", DM_REPLY_CLASS_QUESTION, "null");
	for_class("Your payment reminder arrived today, but what is this invoice for?", "2026-04-07",
	          DM_REPLY_CLASS_QUESTION, "null");
	/* Near misses: a payment beside it, a payment that came. */
	for_class("Die Mahnung ist heute gekommen, ich zahle am Freitag.", "2026-04-07",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-04-10");
	for_class("Die Rechnung ist gestern bezahlt worden.", "2026-04-07", DM_REPLY_CLASS_PAID,
	          "2026-04-06");
}

static void
test_gets_back(void)
{
	for_class("Danke für den Hinweis, ich schau heute Abend ins Konto und melde mich.", "2026-07-27",
	          DM_REPLY_CLASS_OTHER, "null");
	for_class("Ich prüfe morgen die Kontoauszüge und melde mich dann bei Ihnen.", "2026-07-27",
	          DM_REPLY_CLASS_OTHER, "null");
	for_class("I'll check my bank account tonight and get back to you.", "2026-07-27", DM_REPLY_CLASS_OTHER,
	          "null");
	/* Near miss: a payment promised beside it. */
	for_class("Ich schau heute Abend nach und überweise es morgen.", "2026-07-27",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-07-28");
}

static void
test_discount_asked(void)
{
	for_class("Gilt noch 3 % Skonto bei Zahlung binnen 14 Tagen, wie in Ihrem Angebot?",
	          "2026-11-26", DM_REPLY_CLASS_QUESTION, "null");
	for_class("Is the 2% discount for payment within 10 days still on offer?", "2026-11-26",
	          DM_REPLY_CLASS_QUESTION, "null");
	/* Near miss: the discount taken with a payment promised. */
	for_class("Ich zahle mit 2 % Skonto innerhalb von 10 Tagen.", "2026-11-26",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-06");
}

static void
test_monatsersten(void)
{
	static const DateCase c[] = {
		{ "2026-11-10", FALSE, "Ich zahle dann am Monatsersten, wenn die Pension da ist.",
		  "2026-12-01" },
		{ "2026-11-10", FALSE, "Geht es in Raten? Immer zum Monatsersten 100 Euro.", "2026-12-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_plan_sums(void)
{
	for_class("Wäre es in Ordnung, wenn ich 300 Euro Ende Mai und 300 Euro Ende Juni überweise?",
	          "2026-05-04", DM_REPLY_CLASS_ARRANGEMENT, "2026-05-31");
	for_class("Geht es, wenn wir CHF 400.– per 10. Juni und CHF 400.– per 10. Juli einzahlen?",
	          "2026-05-04", DM_REPLY_CLASS_ARRANGEMENT, "2026-06-10");
	/* Near misses: a two-part promise, a remainder in a plan. */
	for_class("Ich werde 300 Euro Ende Mai und 300 Euro Ende Juni überweisen.", "2026-05-04",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-06-30");
	for_class("Darf ich 300 Euro am 29. Mai zahlen und den Rest am 30. Juni?", "2026-05-04",
	          DM_REPLY_CLASS_ARRANGEMENT, "2026-05-29");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/dates-german/heut", test_heut);
	g_test_add_func("/reply/dates-german/just-sent", test_just_sent);
	g_test_add_func("/reply/dates-german/thanks", test_thanks);
	g_test_add_func("/reply/dates-german/dated", test_dated);
	g_test_add_func("/reply/dates-german/arrived", test_arrived);
	g_test_add_func("/reply/dates-german/gets-back", test_gets_back);
	g_test_add_func("/reply/dates-german/discount-asked", test_discount_asked);
	g_test_add_func("/reply/dates-german/monatsersten", test_monatsersten);
	g_test_add_func("/reply/dates-german/plan-sums", test_plan_sums);
	return g_test_run();
}
