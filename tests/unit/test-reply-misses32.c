/* test-reply-misses32: test-blind32's misses of holds and days (the accounts-payable desks
 * of bigger customers), in other words.  The sentences are fresh, none from a corpus file.
 *
 * /reply/misses32/paid-instead-of: a sum paid "in plaats van", "instead of", "statt"
 *   another sum is part of the sum: read as paid it never acts alone; a payment made
 *   "instead of" a way of paying, or the whole sum, still acts.
 */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-several.h"
#include "test-reply-date-cases.h"

static gboolean
acts_as(DmReplyClass klass, const char *text)
{
	return dm_reply_acts_alone(klass, DM_REPLY_CLASS_OTHER, text, 0.99, 0.935);
}

static void
test_paid_instead_of(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	static const char *const part[] = {
		"Op 14 maart is € 1.800,00 overgemaakt in plaats van € 2.000,00, wegens de "
		"kortingsregeling in het contract.",
		"We remitted $3,150.00 instead of $3,500.00 on Friday; the late fee in clause 7 "
		"applies.",
		"Wir haben am 3. Mai 2.700,00 € statt 3.000,00 € überwiesen.",
		"Am 3. Mai sind CHF 900.– anstelle von CHF 1'000.– überwiesen worden.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(part); i++) {
		if (!dm_reply_text_part_paid(part[i]))
			g_error("\"%s\" is not read as a part payment", part[i]);
		if (acts_as(paid, part[i]))
			g_error("\"%s\" acts alone as paid", part[i]);
	}
	/* Near misses: a way of paying instead of another, or the whole sum. */
	static const char *const whole[] = {
		"We hebben € 2.000,00 per bank overgemaakt in plaats van contant te betalen.",
		"I paid the full $3,500.00 by card instead of by cheque.",
		"Wir haben die 3.000,00 € statt per Lastschrift per Überweisung bezahlt.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(whole); i++) {
		if (dm_reply_text_part_paid(whole[i]))
			g_error("\"%s\" is read as a part payment", whole[i]);
		if (!acts_as(paid, whole[i]))
			g_error("\"%s\" does not act alone as paid", whole[i]);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/misses32/paid-instead-of", test_paid_instead_of);
	return g_test_run();
}
