/* test-reply-several: replies about part of the sum or about several invoices (several.c,
 * the rules several_part_paid and several_invoices of classify_rules.c; written with
 * train-several.jsonl).  The sentences are fresh, none from a corpus file.
 *
 * /reply/several/part-paid: a sum of a sum, a half, a share in per cent paid, the rest
 *   (several_part_paid); not "de rest van de week", "the rest of the month", "half maart"
 *   (a day), "21 % btw", a whole sum.
 * /reply/several/invoices: two invoices in a sentence (several_invoices) or two invoice
 *   numbers in different sentences; not one invoice named twice, nor an amount and a date.
 * /reply/several/mixed: part of the sum or several invoices, with two intents (the
 *   model's second intent or the rules'), or a part read as paid; not several invoices
 *   all paid, nor the rest alone promised.
 * /reply/several/bounced: a direct debit or autopay that came back (money_bounced), and
 *   the pay words of its sentence cancelled (neg_paid_bounced); not a debit that went
 *   through, nor "bounced" of something else.
 * /reply/several/acts-alone: such a reply never acts alone, however sure; its near misses
 *   (a whole sum paid, one invoice promised) do. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-several.h"

static void
test_part_paid(void)
{
	static const char *const part[] = {
		"Vanmiddag heb ik € 250 van de € 700 overgemaakt.",
		"I've transferred $600 of the $1,450 this morning.",
		"Heute gehen 300 € von den 900 € raus.",
		"De helft staat er al op, de rest komt na mijn vakantie.",
		"We paid half last week.",
		"Die Hälfte ist schon überwiesen.",
		"We hebben 40 procent betaald zoals afgesproken.",
		"The balance will follow once the snag list is done.",
		"Het restant maak ik volgende maand over.",
		"Den Restbetrag zahle ich am 20.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(part); i++)
		if (!dm_reply_text_part_paid(part[i]))
			g_error("\"%s\" is not read as a part payment", part[i]);
	static const char *const whole[] = {
		"Ik ben de rest van de week op kantoor, dan maak ik het over.",
		"I'm away for the rest of the month but will pay when I'm back.",
		"Ik betaal het half maart.",
		"Waarom staat er 21 % btw op?",
		"Het volledige bedrag van € 700 is vanochtend overgemaakt.",
		"Restaurant De Gouden Leeuw heeft betaald.",
		"Den Rest des Jahres bin ich im Ausland, ich überweise morgen.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(whole); i++)
		if (dm_reply_text_part_paid(whole[i]))
			g_error("\"%s\" is read as a part payment", whole[i]);
}

static void
test_invoices(void)
{
	static const char *const several[] = {
		"Rechnung 12 und 13 sind erledigt.",
		"Factuur 2026-201 en 2026-214 staan nog open.",
		"Invoices 881, 887 and 893 are with our AP team.",
		"De eerste twee zijn betaald.",
		"The third one I don't recognise.",
		"Beide facturen zijn voldaan.",
		"Factuur 310 is gisteren betaald. Factuur 322 doe ik morgen.",
		"0712 is voldaan, 0725 volgt volgende week.",
		/* a series' prefix and year look like an IBAN's opening; only after "rekening"
		 * is one */
		"Factuur FA26-0142 is betaald, factuur FA26-0151 volgt vrijdag.",
		"Die Rechnungen für März und April sind bezahlt.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(several); i++)
		if (!dm_reply_text_several_invoices(several[i]))
			g_error("\"%s\" is not read as several invoices", several[i]);
	static const char *const one[] = {
		"Factuur 310 is gisteren betaald.",
		"Invoice 881 is paid. Invoice 881 was the only one open.",
		"Ik betaal € 450 op 3 maart.",
		"Die Rechnung vom 3. März zahle ich am Freitag.",
		/* "rekening" is a bank account too: its number is no second invoice. */
		"Factuur 2026-031 is betaald naar rekening NL91 ABNA 0417 1643 00.",
		"Factuur 2026-031 heb ik overgemaakt, rekeningnummer NL91ABNA0417164300.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(one); i++)
		if (dm_reply_text_several_invoices(one[i]))
			g_error("\"%s\" is read as several invoices", one[i]);
}

static void
test_mixed(void)
{
	const DmReplyClass none = DM_REPLY_CLASS_OTHER;
	const DmReplyClass paid = DM_REPLY_CLASS_PAID, promise = DM_REPLY_CLASS_PROMISE_TO_PAY;
	/* A part with a second intent, by the rules or by the model. */
	g_assert_true(dm_reply_text_mixed("Ik heb € 200 van de € 600 betaald, de rest betaal ik de "
	                                  "30e.", promise, none));
	g_assert_true(dm_reply_text_mixed("Die Hälfte ist da, bitte gedulden Sie sich noch.",
	                                  DM_REPLY_CLASS_ARRANGEMENT, paid));
	/* A part read as paid: the rest is open. */
	g_assert_true(dm_reply_text_mixed("We paid half.", paid, none));
	/* Several invoices: by the model's second intent, or by two intents of the rules. */
	g_assert_true(dm_reply_text_mixed("Factuur 310 is betaald. Factuur 322 volgt.", promise,
	                                  paid));
	g_assert_true(dm_reply_text_mixed("Invoice 510 was paid yesterday. I will pay invoice "
	                                  "517 on Friday.", paid, none));
	/* Near misses: several invoices with one intent; one invoice with two; a part that
	 * only promises the rest. */
	g_assert_false(dm_reply_text_mixed("Invoices 510 and 517 were both paid yesterday.", paid,
	                                   none));
	g_assert_false(dm_reply_text_mixed("Betaald op 2 juni, bedankt voor de mooie foto's!",
	                                   paid, none));
	g_assert_false(dm_reply_text_mixed("Factuur 310 betaal ik vrijdag.", promise,
	                                   DM_REPLY_CLASS_QUESTION));
	g_assert_false(dm_reply_text_mixed("Het restant maak ik vrijdag over.", promise, none));
}

static gboolean
hits(const char *text, const char *rule)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (g_str_equal(names->pdata[i], rule))
			return TRUE;
	return FALSE;
}

static void
test_bounced(void)
{
	static const char *const bounced[] = {
		"De incasso is gestorneerd, ik had te weinig saldo.",
		"Helaas ging de automatische incasso niet door.",
		"Our direct debit bounced last week, sorry.",
		"The autopay failed because my card expired.",
		"Die Lastschrift ist leider zurückgegangen.",
		"Es gab eine Rücklastschrift, ich überweise neu.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(bounced); i++)
		if (!dm_reply_text_bounced(bounced[i]))
			g_error("\"%s\" is not read as a payment that came back", bounced[i]);
	/* The pay word beside it is cancelled. */
	g_assert_false(hits("Die Lastschrift wurde bezahlt und dann zurückgebucht.", "paid_de"));
	static const char *const through[] = {
		"De incasso is gisteren afgeschreven.",
		"The direct debit went through on Monday.",
		"Die Lastschrift wurde am 3. eingezogen.",
		"My email to you bounced, so I'm writing from this address.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(through); i++)
		if (dm_reply_text_bounced(through[i]))
			g_error("\"%s\" is read as a payment that came back", through[i]);
}

static void
test_acts_alone(void)
{
	const DmReplyClass none = DM_REPLY_CLASS_OTHER;
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                   "Ich habe 400 € von den 1.000 € überwiesen, den Rest "
	                                   "zahle ich Ende des Monats.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_PAID,
	                                   "Invoice 510 went out Monday, 517 I'll do on Friday.",
	                                   0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                  "Ich habe die 1.000 € heute überwiesen.", 0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Invoice 517 I'll pay on Friday.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                   "The direct debit bounced, I'll pay by card.", 0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                  "The direct debit went through on Monday.", 0.99, 0.9));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/several/part-paid", test_part_paid);
	g_test_add_func("/reply/several/invoices", test_invoices);
	g_test_add_func("/reply/several/mixed", test_mixed);
	g_test_add_func("/reply/several/bounced", test_bounced);
	g_test_add_func("/reply/several/acts-alone", test_acts_alone);
	return g_test_run();
}
