/* test-reply-dates-trade: the days test-blind29's mailbox of trade customers read wrong,
 * in fresh wordings.
 *
 * /reply/dates-trade/denied: a day denied after another ("morgen ook niet", "morgen auch
 *   nicht") is none; the day that follows is the promise's.
 * /reply/dates-trade/refined: a day that names the one before it more closely ("eind deze
 *   week ..., dus zaterdag 31 oktober", "that's Saturday the 31st", "also am Samstag")
 *   wins; near misses: the money's arrival after "dus", a "dus" clause that goes on.
 * /reply/dates-trade/price: a tariff's day ("tarief per 1 januari omhoog", "the rate from
 *   1 January") is no payment's; a payment "per 1 februari" and an instalment's "Die
 *   erste Rate per 1. Juni" still are.
 * /reply/dates-trade/away: a promise kept for the return of a writer away "t/m" a day is
 *   dated by the first working day after it (the settled call); a later day named wins;
 *   a relative's "tot 14 februari" (a Saturday) with "als hij terug is" a sentence later
 *   is Monday the 16th, and "von Frau Berger. Sie ist bis 27. März" names no range. */
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_denied(void)
{
	static const DateCase c[] = {
		{ "2026-06-24", FALSE, "Sorry! Vandaag lukt het niet meer, morgen ook niet, vrijdag zeker.",
		  "2026-06-26" },
		{ "2026-06-24", FALSE, "Heute geht es nicht mehr, morgen auch nicht, am Freitag sicher.",
		  "2026-06-26" },
		{ "2026-06-24", FALSE, "Ik doe het morgen, beloofd.", "2026-06-25" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_refined(void)
{
	static const DateCase c[] = {
		{ "2026-10-26", FALSE, "Hij gaat eind deze week mee in de betaalrun. Die draait bij ons op "
		  "zaterdag, dus zaterdag 31 oktober.", "2026-10-31" },
		{ "2026-10-26", FALSE, "I'll pay it end of the week, that's Saturday the 31st.", "2026-10-31" },
		{ "2026-10-26", FALSE, "Die Zahlung geht Ende der Woche raus, also am Samstag.", "2026-10-31" },
		/* Near misses: the money's arrival, a clause that goes on after the day. */
		{ "2026-10-26", FALSE, "Ik betaal vrijdag, dus maandag staat het op uw rekening.", "2026-10-30" },
		{ "2026-10-26", FALSE, "Ik betaal vrijdag, dus maandag hoeft u niet te bellen.", "2026-10-30" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_price(void)
{
	static const DateCase c[] = {
		{ "2026-01-20", FALSE, "Klopt het dat het tarief per 1 januari omhoog is gegaan? Dan maak ik "
		  "het vrijdag over.", "2026-01-23" },
		{ "2026-01-20", FALSE, "Is the new price from 1 January right? I'll pay it on Friday.",
		  "2026-01-23" },
		{ "2026-01-20", FALSE, "Per 1 januari zijn de prijzen verhoogd, zie ik nu.", NULL },
		/* Near miss: a payment from the day on. */
		{ "2026-01-20", FALSE, "Per 1 februari betaal ik het hele bedrag.", "2026-02-01" },
		{ "2026-01-20", FALSE, "Geht es in drei Raten? Die erste Rate per 1. Februar.", "2026-02-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_away(void)
{
	for_class("Ik ben tot en met vrijdag 4 september op vakantie met het gezin. Ik maak het "
	          "over zodra ik terug ben.", "2026-09-01", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-09-07");
	for_class("Mein Mann ist bis einschließlich 4. September verreist; er überweist es nach "
	          "seiner Rückkehr.", "2026-09-01", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-09-07");
	/* A later day named wins. */
	for_class("I'm away through Friday 4 September and will pay it on the 10th when I'm back.",
	          "2026-09-01", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-09-10");
	for_class("Mijn vader ligt in het ziekenhuis tot 14 februari. Hij regelt de rekeningen als "
	          "hij terug is.", "2026-02-05", DM_REPLY_CLASS_OTHER, "2026-02-16");
	for_class("Ich bin die Tochter von Frau Berger. Sie ist bis 27. März auf Kur, danach meldet "
	          "sie sich.", "2026-03-12", DM_REPLY_CLASS_OTHER, "2026-03-27");
	/* A range and a day back still read as before. */
	GDate sent = day_of("2026-07-20"), back;
	g_assert_true(dm_autoreply_return_date("Wir sind vom 3. August bis 14. August geschlossen.",
	                                       &sent, &back));
	g_assert_cmpint(g_date_get_day(&back), ==, 17);
	g_assert_true(dm_autoreply_return_date("Ik ben afwezig. Vanaf 14 augustus ben ik weer op "
	                                       "kantoor.", &sent, &back));
	g_assert_cmpint(g_date_get_day(&back), ==, 14);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/dates-trade/denied", test_denied);
	g_test_add_func("/reply/dates-trade/refined", test_refined);
	g_test_add_func("/reply/dates-trade/price", test_price);
	g_test_add_func("/reply/dates-trade/away", test_away);
	return g_test_run();
}
