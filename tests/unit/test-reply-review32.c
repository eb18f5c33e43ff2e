/* test-reply-review32: session 32's reply rounds read again, in other words.
 *
 * /reply/review32/call-then-pays: a call to the owner on a day, followed in its sentence
 *   by the payment ("I'll call you tomorrow and pay it then", "Ik bel je morgen en maak
 *   het dan over"), keeps that day the payment's; a call alone still names none.
 * /reply/review32/discount-promise: a promise with its discount and its day, consent
 *   asked after it ("Ich zahle … abzüglich 2 % Skonto am Freitag, ist das in Ordnung?"),
 *   keeps its day; the discount's term asked about still names none.
 * /reply/review32/amount-paid-not-asked: the amount paid beside a request about something
 *   else ("De € 55 heb ik betaald, graag uitleg hoe ik kan inloggen") acts; a fee asked
 *   about after its amount ("I don't get the £40 fee, what is it for") is still held. */
#include "parser/reply/dm-reply-amount-asked.h"
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_call_then_pays(void)
{
	for_class("I'll call you tomorrow and pay it then.", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-03");
	for_class("I'll phone you on Friday and pay it by card.", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04");
	for_class("Ik bel je morgen en maak het dan over.", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-03");
	for_class("Ik bel u vrijdag en betaal dan meteen.", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04");
	/* Still none: the call alone, the payment in another sentence. */
	for_class("Ik bel je morgen even. Geld komt eraan, ik betaal zo snel mogelijk.",
	          "2026-12-02", DM_REPLY_CLASS_PROMISE_TO_PAY, "null");
	for_class("I'll give you a ring tomorrow.", "2026-12-02", DM_REPLY_CLASS_PROMISE_TO_PAY,
	          "null");
}

static void
test_discount_promise(void)
{
	for_class("Ich zahle den Betrag abzüglich 2 % Skonto am Freitag, ist das in Ordnung?",
	          "2026-12-02", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04");
	for_class("I'll pay with the 2% discount on Friday, is that ok?", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04");
	for_class("Wir überweisen mit Skonto am Montag, passt das?", "2026-12-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-07");
	/* Still none: the term asked about. */
	for_class("Ist 2 % Skonto bei Zahlung innerhalb von 10 Tagen noch möglich, wie im "
	          "Angebot?", "2026-12-02", DM_REPLY_CLASS_PROMISE_TO_PAY, "null");
}

static void
test_amount_paid_not_asked(void)
{
	g_assert_false(dm_reply_text_amount_asked(
		"De € 55 heb ik op 3 maart betaald, graag uitleg hoe ik kan inloggen."));
	g_assert_false(dm_reply_text_amount_asked(
		"Het bedrag heb ik gisteren overgemaakt, kunt u uitleggen hoe ik een incasso aanvraag."));
	g_assert_false(dm_reply_text_amount_asked(
		"I paid the £140 on Monday, could you explain how your portal works."));
	/* Still asked: the fee after its amount, the amount in an ask of its own. */
	g_assert_true(dm_reply_text_amount_asked(
		"I paid £140 yesterday; I don't get the £40 fee, what is it for"));
	g_assert_true(dm_reply_text_amount_asked(
		"I paid the invoice itself on Monday. Please explain the £40 fee on the reminder."));
	g_assert_true(dm_reply_text_amount_asked(
		"Ik begrijp niet waar die extra € 40 vandaan komt. De factuur zelf heb ik vorige "
		"week al overgemaakt."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/review32/call-then-pays", test_call_then_pays);
	g_test_add_func("/reply/review32/discount-promise", test_discount_promise);
	g_test_add_func("/reply/review32/amount-paid-not-asked", test_amount_paid_not_asked);
	return g_test_run();
}
