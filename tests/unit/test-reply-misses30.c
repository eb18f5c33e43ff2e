/* test-reply-misses30: test-blind30's Dutch and English misses, in other words.
 *
 * /reply/misses30/amount-asked: a fee or an amount asked about beside a payment ("Graag
 *   uitleg over dat verschil. De € 55 heb ik op 3 maart betaald", "I'd like to know what
 *   the extra £40 is for. I paid the £140 last Tuesday") is a question with the payment
 *   beside it: read as paid it must not act alone, with or without a question mark.  A
 *   payment that only names its amount, or includes the costs, still acts.
 * /reply/misses30/done-now: "Done there now" (Irish) and "Payment is done right now" are
 *   the day sent; "I can't pay right now" names no day.
 * /reply/misses30/not-payment-days: a call's day ("Ik bel je morgen even", "I'll ring you
 *   tomorrow") and an administrator's appointment ("per 1 februari benoemd tot
 *   bewindvoerder", "appointed as his deputy from 1 February") are no payment's day.
 * /reply/misses30/us-holidays: "until Labor Day", "by Memorial Day": the United States'
 *   Monday holidays after a word that makes them a day (first Monday of September, last
 *   Monday of May); "over Labor Day weekend" stays a period.
 * /reply/misses30/someone-looks: a reminder handed to a relative to look at ("I'll get my
 *   daughter to look at it tonight", "Ik laat mijn zoon er vanavond naar kijken") is passed
 *   on, no promise; "I'll get my husband to pay it on Friday" still promises. */
#include "parser/reply/dm-reply-care.h"
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static gboolean
acts_as_paid(const char *text)
{
	return dm_reply_acts_alone(DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_OTHER, text, 0.99, 0.935);
}

static void
test_amount_asked(void)
{
	g_assert_false(acts_as_paid("Uw herinnering noemt € 95 in plaats van € 55. Graag uitleg "
	                            "over dat verschil. De € 55 heb ik op 3 maart betaald."));
	g_assert_false(acts_as_paid("Ik begrijp niet waar die extra € 40 vandaan komt. De factuur "
	                            "zelf heb ik vorige week al overgemaakt."));
	g_assert_false(acts_as_paid("Your final notice says £180 but the invoice was £140. I'd like "
	                            "to know what the extra £40 is for. I paid the £140 last Tuesday."));
	g_assert_false(acts_as_paid("I paid the invoice itself on Monday. Please explain the £40 "
	                            "fee on the reminder."));
	g_assert_false(acts_as_paid("Het factuurbedrag is gisteren overgemaakt. Kunt u toelichten "
	                            "waarvoor de aanmaningskosten zijn."));
	/* Still: a payment that names its amount, or says it includes the costs, acts. */
	g_assert_true(acts_as_paid("De € 112 heb ik vorige week overgemaakt."));
	g_assert_true(acts_as_paid("I paid the £140 plus the £40 fee last Tuesday. Sorry for the delay."));
	g_assert_true(acts_as_paid("Ik heb het volledige bedrag van € 152 inclusief de kosten "
	                           "betaald."));
}

static void
test_done_now(void)
{
	static const DateCase c[] = {
		{ "2026-08-27", TRUE, "Done there now. Sorry for the delay.", "2026-08-27" },
		{ "2026-12-10", TRUE, "Payment is done right now from our side.", "2026-12-10" },
		{ "2026-08-27", TRUE, "Paid there now, sorry about that.", "2026-08-27" },
		{ "2026-12-10", TRUE, "The transfer is done now.", "2026-12-10" },
		/* Still none: "right now" of a payment that cannot be made, and "All paid now", a
		 * state (test-blind7's author dates it by nothing). */
		{ "2026-08-13", TRUE, "All paid now, thanks for your patience.", NULL },
		{ "2026-12-10", FALSE, "I can't pay right now, sorry.", NULL },
		{ "2026-12-10", FALSE, "I'm not able to get it done right now.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_not_payment_days(void)
{
	for_class("Ik bel je morgen even. Geld komt eraan, mijn klant heeft mij ook nog niet "
	          "betaald.", "2026-08-20", DM_REPLY_CLASS_PROMISE_TO_PAY, "null");
	for_class("I'll give you a ring tomorrow. The money is coming, I'm still waiting on my own "
	          "customer.", "2026-08-20", DM_REPLY_CLASS_PROMISE_TO_PAY, "null");
	for_class("Ik ben per 1 februari 2026 benoemd tot beschermingsbewindvoerder van de heer "
	          "De Jong. Ik kom binnen enkele weken met een voorstel.", "2026-03-03",
	          DM_REPLY_CLASS_ARRANGEMENT, "null");
	for_class("I was appointed as his deputy from 1 February. I will come back to you with a "
	          "proposal.", "2026-03-03", DM_REPLY_CLASS_ARRANGEMENT, "null");
	/* Still: the day money moves, a payment phoned in, a call that was. */
	for_class("Do you take credit card? If so I'll call it in Monday.", "2026-06-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-06-08");
	for_class("I said Friday on the phone but it'll have to be Monday now.", "2026-06-02",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-06-08");
	for_class("Ik maak het morgen over.", "2026-08-20", DM_REPLY_CLASS_PROMISE_TO_PAY,
	          "2026-08-21");
	for_class("Ik bel je morgen even en maak het morgen ook over.", "2026-08-20",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-08-21");
	for_class("Per 1 april betaal ik € 50 per maand.", "2026-03-03",
	          DM_REPLY_CLASS_ARRANGEMENT, "2026-04-01");
}

static void
test_us_holidays(void)
{
	static const DateCase c[] = {
		{ "2026-08-28", FALSE, "He's on a fishing trip with no signal until Labor Day, he'll "
		  "sort it out when he's back.", "2026-09-07" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
	for_class("I'll have it paid by Memorial Day.", "2026-05-12", DM_REPLY_CLASS_PROMISE_TO_PAY,
	          "2026-05-25");
	for_class("I'll pay it the day after Labor Day.", "2027-08-20",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "2027-09-07");
	/* Still none: a long weekend is a period. */
	for_class("We're away over Labor Day weekend, I'll pay when we're back.", "2026-08-28",
	          DM_REPLY_CLASS_PROMISE_TO_PAY, "null");
}

static void
test_someone_looks(void)
{
	g_assert_true(dm_reply_text_passes_on(
		"Sorry who is this? I don't have my glasses, I'll get my daughter to look at it tonight"));
	g_assert_true(dm_reply_text_passes_on("I'll ask my son to have a look at it."));
	g_assert_true(dm_reply_text_passes_on("Ik laat mijn zoon er vanavond even naar kijken."));
	g_assert_true(dm_reply_text_passes_on("Ik vraag mijn dochter om ernaar te kijken."));
	/* Still a promise: the relative pays. */
	g_assert_false(dm_reply_text_passes_on("I'll get my husband to pay it on Friday."));
	g_assert_false(dm_reply_text_passes_on("Ik laat mijn man het vrijdag overmaken."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/misses30/amount-asked", test_amount_asked);
	g_test_add_func("/reply/misses30/done-now", test_done_now);
	g_test_add_func("/reply/misses30/not-payment-days", test_not_payment_days);
	g_test_add_func("/reply/misses30/us-holidays", test_us_holidays);
	g_test_add_func("/reply/misses30/someone-looks", test_someone_looks);
	return g_test_run();
}
