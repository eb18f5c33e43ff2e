/* test-reply-with-next: a payment put off to an invoice still to come.
 *
 * /reply/with-next/found: the open invoice paid together with a new order's invoice, in
 *   the three languages (test-blind29's nl-b29-0081 kind, written afresh); near misses:
 *   a promise with a day beside a new order, cash brought to the next lesson, two open
 *   invoices paid together, a payment run, the next invoice only sent elsewhere.
 * /reply/with-next/acts-alone: such a promise never acts alone however confident; the
 *   near misses still do. */
#include "parser/reply/dm-reply-with-next.h"
#include "parser/reply/dm-reply.h"

typedef struct {
	const char *text;
	gboolean want;
} Case;

static const Case cases[] = {
	{ "Kun je voor 20 maart 12 dozen servetten klaarzetten? De openstaande factuur betaal ik "
	  "dan gelijk mee als de nieuwe rekening er is.", TRUE },
	{ "Willen jullie ook de luifel opnieuw beletteren? De vorige nota betalen we mee als die "
	  "nieuwe er is.", TRUE },
	{ "Kom je in april de dakgoot doen? Dan betaal ik de oude factuur mee als je die klus "
	  "factureert.", TRUE },
	{ "Ik bestel er nog twee bij; ik betaal dit samen met de volgende factuur.", TRUE },
	{ "Könnten Sie uns für Juni noch zwei Kisten Riesling reservieren? Die offene Rechnung "
	  "zahlen wir dann zusammen.", TRUE },
	{ "Die Rechnung überweise ich zusammen mit der nächsten Lieferung.", TRUE },
	{ "Could you add another box of labels to our order? I'll pay this one together with "
	  "the new invoice.", TRUE },
	{ "Happy to settle it when you invoice the spring job.", TRUE },
	/* Near misses: a promise of its own beside a new order, cash to a lesson, two open
	 * invoices at once, a payment run, the next invoice sent elsewhere. */
	{ "Ik betaal de openstaande factuur vrijdag. Kun je ook 24 flessen reserveren?", FALSE },
	{ "Ik neem het geld contant mee naar de volgende les.", FALSE },
	{ "Ik betaal beide facturen samen op vrijdag.", FALSE },
	{ "Die Rechnung zahlen wir am Freitag, die nächste Lieferung bitte erst im März.", FALSE },
	{ "We pay all invoices together with our weekly run on Thursday.", FALSE },
	{ "Paid today. Please send the next invoice to ap@ferncroft.example.", FALSE },
};

static void
test_found(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (dm_reply_text_pays_with_next(cases[i].text) != cases[i].want)
			g_error("pays with the next invoice, want %d: %s", cases[i].want, cases[i].text);
}

static void
test_acts_alone(void)
{
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_OTHER,
	                                   cases[0].text, 0.99, 0.93));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_OTHER,
	                                   cases[4].text, 0.99, 0.93));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_OTHER,
	                                  "Ik betaal beide facturen samen op vrijdag.", 0.99, 0.93));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/with-next/found", test_found);
	g_test_add_func("/reply/with-next/acts-alone", test_acts_alone);
	return g_test_run();
}
