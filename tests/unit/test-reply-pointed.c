/* test-reply-pointed: a forward the writer points at ("zie onder", "see below", "siehe
 * unten") is part of the reply.
 *
 * /reply/pointed/forward: a bank's confirmation forwarded under "zie onder" keeps its
 * words (without its headers and the quote under it); an Outlook forward of a
 * colleague's answer (a rule, headers with "RE:") under "see below" keeps the colleague's
 * words.  Near misses: the same bank mail forwarded without a pointer, and "see below"
 * over our own reminder quoted Outlook-style, keep only the writer's line.
 * /reply/pointed/words: the pointer in each language; near misses.
 * Each case is the input and the exact text that must remain. */
#include "test-strip-cases.h"
#include "parser/reply/dm-reply-quote.h"

#include <string.h>


static const DmStripCase cases[] = {
	{ "bank-confirmation-pointed",
	  "Hallo Jeroen, zie onder.\n\n---------- Forwarded message ---------\n"
	  "From: Bank <noreply@bank.example>\nDate: di 6 okt 2026 om 10:12\n"
	  "Subject: Overboeking uitgevoerd\n\nBedrag: € 410,00\nOmschrijving: F-2026-88\n\n"
	  "Op 1 oktober 2026 om 09:00 schreef Debiteuren <deb@x.example>:\n\n"
	  "> Factuur F-2026-88 staat nog open.\n",
	  "Hallo Jeroen, zie onder.\n\nBedrag: € 410,00\nOmschrijving: F-2026-88" },
	{ "outlook-colleague-pointed",
	  "See below, it went out.\n\nKate\n\n________________________________\n"
	  "From: Tom Reilly <tom@firm.example>\nSent: Monday 5 October 2026 16:00\n"
	  "To: Kate Moore\nSubject: RE: invoice 5521\n\nKate, that one was in today's run.\nTom\n\n"
	  "________________________________\nFrom: Accounts <acc@x.example>\n"
	  "Sent: Friday 2 October 2026 09:00\nTo: Kate Moore\nSubject: Reminder: invoice 5521\n\n"
	  "Invoice 5521 is overdue.\n",
	  "See below, it went out.\n\nKate\n\nKate, that one was in today's run.\nTom" },
	/* Near misses. */
	{ "bank-confirmation-not-pointed",
	  "Hallo Jeroen, is dit die factuur?\n\n---------- Forwarded message ---------\n"
	  "From: Bank <noreply@bank.example>\nDate: di 6 okt 2026 om 10:12\n"
	  "Subject: Overboeking uitgevoerd\n\nBedrag: € 410,00\nOmschrijving: F-2026-88\n",
	  "Hallo Jeroen, is dit die factuur?" },
	{ "our-reminder-pointed",
	  "See below: we never got the goods.\n\nKate\n\n________________________________\n"
	  "From: Accounts <acc@x.example>\nSent: Friday 2 October 2026 09:00\nTo: Kate Moore\n"
	  "Subject: Reminder: invoice 5521\n\nInvoice 5521 is overdue. Please pay within seven days.\n",
	  "See below: we never got the goods.\n\nKate" },
};

static void
test_forward(void)
{
	dm_test_strip_cases("forward", cases, G_N_ELEMENTS(cases));
}

static void
test_words(void)
{
	g_assert_true(dm_reply_points_below("Zie hieronder, dit is al betaald."));
	g_assert_true(dm_reply_points_below("See the email below from our bank."));
	g_assert_true(dm_reply_points_below("Siehe unten, ist bezahlt."));
	g_assert_true(dm_reply_points_below("Onderstaande bevestiging kreeg ik van de bank."));
	g_assert_false(dm_reply_points_below("Zie de bijlage."));
	g_assert_false(dm_reply_points_below("The temperature fell below zero."));
	g_assert_false(dm_reply_points_below("Wir sind unten im Keller."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/pointed/forward", test_forward);
	g_test_add_func("/reply/pointed/words", test_words);
	return g_test_run();
}
