/* test-reply-review31b: faults a fresh review found in session 31's reply rounds.
 *
 * /reply/review31b/refined-denied: a day denied after "dus" ("eind deze week, dus niet
 *   zaterdag") names no day more closely, nor does another day after one named exactly
 *   ("Ik maak het vrijdag over, dus maandag": the money's arrival): the day before it
 *   stays the promise's; "eind deze week, dus zaterdag" still refines.
 * /reply/review31b/with-next-together: "zusammen" of two payers ("zahle ich dann
 *   zusammen mit meinem Mann") or of two open invoices paid on a day named ("die beiden
 *   Rechnungen zahlen wir dann zusammen am Freitag") waits on no invoice to come; "Die
 *   offene Rechnung zahlen wir dann zusammen" still does; nor does "the next one" with a
 *   day named ("I'll pay it with the next one on the 28th", the next wages).
 * /reply/review31b/own-payment-then-asks: a payment stated and then something else asked
 *   or promised in the same sentence ("Ich habe die Hälfte schon überwiesen, den Rest
 *   zahle ich am Freitag, passt das?") is no own payment asked about; "ich habe doch per
 *   PayPal bezahlt, ist das nicht angekommen?" still is. */
#include "parser/reply/dm-reply-asides.h"
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-with-next.h"
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_refined_denied(void)
{
	static const DateCase c[] = {
		{ "2026-10-26", FALSE, "Ik betaal vrijdag, dus niet zaterdag.", "2026-10-30" },
		{ "2026-10-26", FALSE, "I'll pay on Friday, that is not Saturday.", "2026-10-30" },
		{ "2026-10-26", FALSE, "Ik betaal eind deze week, dus niet zaterdag.", "2026-10-30" },
		/* A day named exactly is refined by no other day: "vrijdag ..., dus maandag" is
		 * the money's arrival, not a closer name of Friday. */
		{ "2026-10-26", FALSE, "Ik maak het vrijdag over, dus maandag.", "2026-10-30" },
		{ "2026-10-26", FALSE, "Ik maak het vrijdag over, dus uiterlijk maandag.", "2026-10-30" },
		{ "2026-10-26", FALSE, "Ich überweise am Freitag, also am Montag.", "2026-10-30" },
		/* Still: the closer name of the day. */
		{ "2026-10-26", FALSE, "I'll pay it end of the week, that's Saturday the 31st.", "2026-10-31" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_with_next_together(void)
{
	g_assert_false(dm_reply_text_pays_with_next(
		"Die Rechnung zahle ich dann zusammen mit meinem Mann am Freitag."));
	g_assert_false(dm_reply_text_pays_with_next(
		"Die beiden offenen Rechnungen zahlen wir dann zusammen am Freitag."));
	g_assert_false(dm_reply_text_pays_with_next(
		"Mein Mann und ich bezahlen dann gemeinsam bis zum 15. Mai."));
	/* "the next one" with a day named is the writer's next wages, not an invoice. */
	g_assert_false(dm_reply_text_pays_with_next(
		"My wages came in late, so I'll pay it with the next one on the 28th."));
	/* Still held: the open one paid with the booking just asked for. */
	g_assert_true(dm_reply_text_pays_with_next(
		"Können Sie uns für Samstag zwei Plätze reservieren? Die offene Rechnung zahlen wir "
		"dann zusammen."));
	g_assert_true(dm_reply_text_pays_with_next(
		"Ich zahle die Rechnung dann zusammen mit der nächsten Lieferung."));
	g_assert_true(dm_reply_text_pays_with_next(
		"Could you book us in for March? I'll pay this one together with the next one."));
}

static void
test_own_payment_then_asks(void)
{
	g_assert_false(dm_reply_text_own_payment_asked(
		"Ich habe die Hälfte schon überwiesen, den Rest zahle ich am Freitag, passt das?"));
	g_assert_false(dm_reply_text_own_payment_asked(
		"We paid the first instalment last week, could you send us the invoice for March?"));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_OTHER,
		"Ich habe die Hälfte schon überwiesen, den Rest zahle ich am Freitag, passt das?", 0.99,
		0.93));
	/* Still found: the payment itself asked about. */
	g_assert_true(dm_reply_text_own_payment_asked(
		"Huch, ich habe doch per PayPal bezahlt, ist das nicht angekommen?"));
	g_assert_true(dm_reply_text_own_payment_asked("Heb ik dat niet al betaald?"));
	g_assert_true(dm_reply_text_own_payment_asked("Didn't I pay this last week?"));
}

static void
test_paid_before_return(void)
{
	for_class("Ik ben tot en met vrijdag 4 september op reis, maar ik maak het morgen over. Als "
	          "ik terug ben stuur ik u het betaalbewijs.", "2026-09-01",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-09-02");
	for_class("I'm away until Friday 4 September, but I'll pay it tomorrow from my phone. When "
	          "I'm back I'll call about the new contract.", "2026-09-01",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-09-02");
	/* Money back is no one's return. */
	g_assert_false(dm_reply_says_on_return("Ik betaal als ik mijn geld terug heb."));
	g_assert_true(dm_reply_says_on_return("Ik betaal als ik terug ben."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/review31b/refined-denied", test_refined_denied);
	g_test_add_func("/reply/review31b/with-next-together", test_with_next_together);
	g_test_add_func("/reply/review31b/own-payment-then-asks", test_own_payment_then_asks);
	g_test_add_func("/reply/review31b/paid-before-return", test_paid_before_return);
	return g_test_run();
}
