/* test-reply-misses31: test-blind31's misses of rules, holds and days, in other words.
 *
 * /reply/misses31/debit-asked: a request to collect by direct debit asked as a question
 *   ("Kunnen jullie het niet gewoon afschrijven?", "Could you set up a direct debit and
 *   take this one with it?", "Können Sie den Beitrag künftig per Lastschrift einziehen?")
 *   is a plan the owner must agree to: read as a question it must not act alone, nor read
 *   as paid ("bitte buchen Sie es noch einmal ab": the money is not in).
 * /reply/misses31/debit-not-asked: the writer's own retry, a retry refused, a mandate set
 *   up already, why or when the owner debits asked: no debit asked for (review33a).
 * /reply/misses31/gets-back: the day the writer looks and gets back ("en laat het je
 *   weten", "meld mich", "gebe Ihnen Bescheid", "come back to you") is no payment's day.
 * /reply/misses31/arrival: the day money should reach the owner ("zou morgen bij jullie
 *   moeten zijn", "should reach you today or tomorrow", "sollte heute oder morgen bei
 *   Ihnen sein") is no day it was paid.
 * /reply/misses31/past-event-ahead: a day gone by in a clause in the perfect ("heeft de
 *   aanvraag op 28 september ingediend") is not moved a year ahead for a plan.
 * /reply/misses31/weekly-lesson: the weekday of a lesson or a course asked about
 *   ("Schwimmtraining am Dienstag", "de zangles op donderdag", "the Thursday class") is
 *   no payment's day.
 * /reply/misses31/moved: the day of a move said after it ("half december verhuisd",
 *   "Ende Dezember umgezogen", "moved at the end of December") is no payment's day.
 * /reply/misses31/national-day: the Flemish "nationale feestdag" is 21 July.
 * /reply/misses31/francs: the Swiss "Fr. 85.–" is an amount in francs, not Friday (German
 *   only: the abbreviation is German's). */
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_debit_asked(void)
{
	const DmReplyClass q = DM_REPLY_CLASS_QUESTION, paid = DM_REPLY_CLASS_PAID;
	g_assert_false(acts_as(q, "Kunnen jullie de contributie voortaan niet gewoon van mijn "
	                          "rekening afschrijven? Deze factuur ook graag."));
	g_assert_false(acts_as(q, "Kunnen jullie voor het lesgeld een automatische incasso "
	                          "regelen, ook voor deze rekening?"));
	g_assert_false(acts_as(q, "Kunt u de openstaande rekening opnieuw incasseren? Er staat "
	                          "nu weer genoeg op."));
	g_assert_false(acts_as(q, "Could you set up a direct debit for the monthly fee and "
	                          "include this invoice in it?"));
	g_assert_false(acts_as(q, "There's money in the account again. Can you re-run the direct "
	                          "debit next week?"));
	g_assert_false(acts_as(q, "Könnten Sie den Monatsbeitrag künftig per Lastschrift von "
	                          "meinem Konto einziehen, die offene Rechnung gleich mit?"));
	g_assert_false(acts_as(q, "Können wir für die Kursgebühren ein Lastschriftverfahren "
	                          "einrichten? Das würde mir vieles erleichtern."));
	g_assert_false(acts_as(paid, "Tut mir leid wegen der geplatzten Lastschrift, das Konto "
	                             "ist wieder gedeckt. Bitte buchen Sie es noch einmal ab."));
	g_assert_false(acts_as(paid, "Sorry about the bounced payment, my account is topped up "
	                             "now, please take it by direct debit again."));
	/* Still: a question of something else acts, and so does a debit asked about. */
	g_assert_true(acts_as(q, "Kunnen jullie mij een kopie van de factuur sturen?"));
	g_assert_true(acts_as(q, "Could you send me a copy of the invoice please?"));
	g_assert_true(acts_as(q, "Können Sie mir die Rechnung noch einmal schicken?"));
}

/* review33a: what the debit's question and mandate forms must not take for a request. */
static void
test_debit_not_asked(void)
{
	const DmReplyClass q = DM_REPLY_CLASS_QUESTION, paid = DM_REPLY_CLASS_PAID,
	                   p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	/* The writer retries their own payment, or asks the owner not to. */
	g_assert_true(acts_as(p, "My card was declined, I will retry the payment tomorrow."));
	g_assert_true(acts_as(p, "The card payment failed, I'll retry it on Friday."));
	g_assert_true(acts_as(paid, "Please don't retry the payment, I have paid it by bank "
	                            "transfer today."));
	g_assert_true(acts_as(paid, "Do not re-present the direct debit, I paid by transfer this "
	                            "morning."));
	/* A mandate set up already, not one to set up. */
	g_assert_true(acts_as(paid, "I've paid the invoice by bank transfer today. The direct "
	                            "debit I set up with my bank didn't work."));
	g_assert_true(acts_as(paid, "Paid today by bank transfer, the direct debit was set up "
	                            "wrongly at your end."));
	/* Why or when the owner debits, asked: a question about the debit. */
	g_assert_true(acts_as(q, "Können Sie bitte prüfen, warum Sie doppelt abbuchen?"));
	g_assert_true(acts_as(q, "Kunt u uitleggen waarom jullie het bedrag twee keer "
	                         "afschrijven?"));
	/* Still: a retry asked for. */
	g_assert_false(acts_as(paid, "The account is topped up now. Please retry the payment."));
	g_assert_false(acts_as(q, "The direct debit was dishonoured, wrong account. Can you re-run "
	                          "it on Friday?"));
}

static void
test_gets_back(void)
{
	const DmReplyClass o = DM_REPLY_CLASS_OTHER, p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Ik kijk vanmiddag even in de app of het al is afgeschreven en laat het je "
	          "dan weten.", "2026-06-02", o, "null");
	for_class("Ik zoek het morgen uit en laat het u weten.", "2026-06-02", o, "null");
	for_class("Schau ich mir morgen an und meld mich dann.", "2026-06-02", o, "null");
	for_class("Ich prüfe das heute Abend und gebe Ihnen Bescheid.", "2026-06-02", o, "null");
	for_class("I'll look into it tomorrow and come back to you.", "2026-06-02", o, "null");
	/* Still: a payment made on the day and reported. */
	for_class("Ik maak het vanavond over en laat het je weten.", "2026-06-02", p,
	          "2026-06-02");
	/* ... and so when the day comes first (review33a). */
	for_class("Morgen maak ik het over en laat het je weten.", "2026-06-02", p, "2026-06-03");
	for_class("Vrijdag maak ik het over en laat het je dan weten.", "2026-06-02", p,
	          "2026-06-05");
}

static void
test_arrival(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("Ik heb het bedrag overgemaakt. Het zou morgen of overmorgen op jullie rekening "
	          "moeten staan.", "2026-09-10", paid, "null");
	for_class("I've sent the transfer, it should reach you today or tomorrow.", "2026-09-10",
	          paid, "null");
	for_class("Die Überweisung ist raus, das Geld sollte heute oder morgen bei Ihnen sein.",
	          "2026-09-10", paid, "null");
	/* Still: the day it was paid. */
	for_class("Ik heb het gisteren overgemaakt, het zou vandaag bij jullie moeten zijn.",
	          "2026-09-10", paid, "2026-09-09");
	/* ... and the writer's own money arriving, then paid (review33a): the payment's day. */
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Mein Gehalt sollte am 25. eingehen, dann überweise ich sofort.", "2026-09-10",
	          p, "2026-09-25");
	for_class("Mijn salaris zou vrijdag binnenkomen, dan maak ik het meteen over.",
	          "2026-09-10", p, "2026-09-11");
	for_class("My wages should clear on Friday, I'll pay then.", "2026-09-10", p,
	          "2026-09-11");
	/* ... but money to reach the owner still gives none beside a payment promised. */
	for_class("Das Geld sollte am Freitag bei Ihnen sein, ich überweise morgen.",
	          "2026-09-10", p, "2026-09-11");
}

static void
test_past_event_ahead(void)
{
	const DmReplyClass a = DM_REPLY_CLASS_ARRANGEMENT;
	for_class("Mijn consulent heeft de aanvraag op 28 september ingediend en de stichting "
	          "betaalt rechtstreeks aan jullie. Kunnen de aanmaningen zolang wachten?",
	          "2026-10-14", a, "null");
	for_class("Our caseworker sent in the application on 29 September and the fund pays you "
	          "directly. Could you hold the reminders until then?", "2026-10-14", a, "null");
	for_class("Das Jobcenter hat den Antrag am 30. September bewilligt und zahlt direkt an "
	          "den Verein. Können Sie die Mahnungen so lange aussetzen?", "2026-10-14", a,
	          "null");
	/* Still: a plan's day ahead. */
	for_class("Ab dem 1. November zahle ich monatlich 50 €.", "2026-10-14", a, "2026-11-01");
}

static void
test_weekly_lesson(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("Ist überwiesen. Unser Sohn möchte nach den Ferien auch ins Schwimmtraining am "
	          "Dienstag, geht das noch?", "2026-07-29", paid, "null");
	for_class("Is betaald. Mijn dochter wil na de zomer ook naar de zangles op donderdag, is "
	          "daar nog plek?", "2026-07-29", paid, "null");
	for_class("Paid now. Could my son also join the Thursday class from September?",
	          "2026-07-29", paid, "null");
	/* Still: a lesson paid on its day. */
	for_class("Ik heb de zwemles op maandag contant betaald.", "2026-07-29", paid,
	          "2026-07-27");
	/* ... and money brought to the lesson on its day (review33a). */
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Ik neem het geld mee naar de zwemles op donderdag.", "2026-07-29", p,
	          "2026-07-30");
	for_class("I'll drop the money off at the practice on Monday.", "2026-07-29", p,
	          "2026-08-03");
}

static void
test_moved(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("De contributie is betaald. Wij zijn half december verhuisd, wilt u de post "
	          "naar ons nieuwe adres sturen?", "2026-01-08", paid, "null");
	for_class("The subscription is paid. We moved house at the end of December, please use "
	          "the new address.", "2026-01-08", paid, "null");
	for_class("Der Beitrag ist bezahlt. Wir sind Ende Dezember umgezogen, bitte schicken Sie "
	          "die Zeitschrift an die neue Adresse.", "2026-01-08", paid, "null");
	/* Still: the payment's own day. */
	for_class("Ik heb op 20 december betaald, vlak voor de verhuizing.", "2026-01-08", paid,
	          "2025-12-20");
}

static void
test_national_day(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Ik betaal het na de nationale feestdag.", "2026-07-08", p, "2026-07-22");
	for_class("We vertrekken morgen op reis, ik stort het na de nationale feestdag als we "
	          "terug zijn.", "2026-07-08", p, "2026-07-22");
}

static void
test_francs(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("Den Mitgliederbeitrag habe ich schon bezahlt. Was sind denn die zusätzlichen "
	          "Fr. 40.– auf der Rechnung?", "2026-05-13", paid, "null");
	for_class("Ich habe Fr. 120.50 überwiesen, der Rest folgt.", "2026-05-13", paid, "null");
	/* Still: Friday, abbreviated. */
	for_class("Ich habe am Fr. überwiesen.", "2026-05-13", paid, "2026-05-08");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/misses31/debit-asked", test_debit_asked);
	g_test_add_func("/reply/misses31/debit-not-asked", test_debit_not_asked);
	g_test_add_func("/reply/misses31/gets-back", test_gets_back);
	g_test_add_func("/reply/misses31/arrival", test_arrival);
	g_test_add_func("/reply/misses31/past-event-ahead", test_past_event_ahead);
	g_test_add_func("/reply/misses31/weekly-lesson", test_weekly_lesson);
	g_test_add_func("/reply/misses31/moved", test_moved);
	g_test_add_func("/reply/misses31/national-day", test_national_day);
	g_test_add_func("/reply/misses31/francs", test_francs);
	return g_test_run();
}
