/* test-reply-ladder: replies to the late steps of the ladder (ladder.c and the rules of
 * rules_ladder.h; written with probe-ladder.jsonl).  The sentences are fresh, none from a
 * corpus file.  Each rule is a table of sentences that must fire it and near misses that
 * must not.
 *
 * /reply/ladder/costs-refused: the costs, the interest or the compensation a late
 *   reminder adds, refused in nl, en and de (dispute_costs_refused); not paid with them,
 *   not asked about, not a delay, not inability, not the invoice refused with no cost
 *   named.
 * /reply/ladder/deceased: the debtor has died (ladder_deceased); not a discount called
 *   "Nachlass", nor an estate agent.
 * /reply/ladder/for-owner: which rules keep which classes in the owner's hands
 *   (dm_reply_rules_for_owner).
 * /reply/ladder/acts-alone: a payment or a promise beside costs refused, and a debtor who
 *   died, is in a scheme or has an adviser read as paid or other, never act alone; their
 *   near misses (the costs paid too, a promise with no such news) do. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-ladder.h"

#include <string.h>

static void
check(const char *rule, const char *const *yes, const char *const *no)
{
	for (gsize i = 0; yes[i]; i++)
		if (!dm_reply_text_hits_rule(yes[i], rule))
			g_error("%s does not fire on \"%s\"", rule, yes[i]);
	for (gsize i = 0; no[i]; i++)
		if (dm_reply_text_hits_rule(no[i], rule))
			g_error("%s fires on \"%s\"", rule, no[i]);
}

static void
test_costs_refused(void)
{
	static const char *const yes[] = {
		"De hoofdsom betaal ik, maar die incassokosten betaal ik niet.",
		"Die € 40 aanmaningskosten ga ik echt niet betalen.",
		"Ik betaal de factuur, maar die incassokosten niet.",
		"Ik betaal de factuur maar niet die incassokosten.",
		"Ich zahle die Rechnung, aber nicht die Mahngebühr.",
		"I'll pay the invoice but not the late fee.",
		"De wettelijke rente voldoe ik niet, u heeft nooit een termijn gegeven.",
		"Die kosten aanvaard ik niet.",
		"Het schadebeding erken ik niet.",
		"I will not be paying the late fee.",
		"We won't pay the interest you've added.",
		"We don't accept the compensation claim.",
		"Die Mahngebühren zahle ich nicht.",
		"Ich zahle diese Gebühr sicher nicht.",
		"Die Verzugszinsen werde ich nicht bezahlen.",
		"Die 40-Euro-Pauschale erkennen wir nicht an.",
		"Die Mahnspesen übernehme ich nicht.",
		/* near miss of the clause's end below: the refusal in its own clause */
		"Die Rechnung zahle ich, die Mahngebühr zahle ich aber nicht.",
		NULL,
	};
	static const char *const no[] = {
		/* paid with the costs, or asked about them */
		"Ik heb alles betaald, ook de incassokosten.",
		"Waar zijn die kosten precies voor?",
		"Could you waive the late fee this once?",
		"Die Mahngebühr habe ich mit überwiesen.",
		/* a delay, or inability, is no refusal */
		"Die Mahngebühren zahle ich nicht vor Freitag.",
		"Ik kan de kosten nu niet in één keer betalen.",
		"Ik betaal de kosten ook, maar niet voor de 20e.",
		/* the invoice refused, no cost named */
		"Ich zahle nicht, die Heizung läuft nicht.",
		"I won't pay until the gutter is fixed.",
		/* a "nicht" in the next clause refuses nothing (review24b) */
		"Ich zahle die Mahngebühr natürlich, das war nicht in Ordnung von mir.",
		"Die Rechnung samt Mahngebühr habe ich heute bezahlt, ich zahle sonst immer pünktlich, "
		"das passiert nicht wieder.",
		NULL,
	};
	check("dispute_costs_refused", yes, no);
}

static void
test_deceased(void)
{
	static const char *const yes[] = {
		"Mijn vader is op 12 januari overleden.",
		"My husband passed away in December.",
		"Unsere Mutter ist im Februar verstorben.",
		"De nalatenschap wordt afgewikkeld door de notaris.",
		"Den Nachlass regelt das Notariat.",
		"I am the executor of his will.",
		/* near miss of the machine: a person who died, a laptop named beside */
		"My husband has died and I only found his laptop last week.",
		NULL,
	};
	static const char *const no[] = {
		"Können Sie mir einen Nachlass auf die Mahngebühr geben?",
		"We are an estate agency and pay on the 30th.",
		"Ik ben er echt van geschrokken.",
		/* a machine that "died" (review24b) */
		"Sorry for the late reply, my laptop has died.",
		"Sorry für die späte Antwort, mein Laptop ist gestorben.",
		NULL,
	};
	check("ladder_deceased", yes, no);
}

static void
test_for_owner(void)
{
	g_autoptr(GPtrArray) costs = g_ptr_array_new();
	g_ptr_array_add(costs, (gpointer) "dispute_costs_refused");
	g_assert_true(dm_reply_rules_for_owner(costs, DM_REPLY_CLASS_PAID));
	g_assert_true(dm_reply_rules_for_owner(costs, DM_REPLY_CLASS_PROMISE_TO_PAY));
	/* a dispute, a question or a plan pauses the ladder for the owner already */
	g_assert_false(dm_reply_rules_for_owner(costs, DM_REPLY_CLASS_DISPUTE));
	g_assert_false(dm_reply_rules_for_owner(costs, DM_REPLY_CLASS_QUESTION));

	g_autoptr(GPtrArray) adviser = g_ptr_array_new();
	g_ptr_array_add(adviser, (gpointer) "arrangement_debt_help");
	g_assert_true(dm_reply_rules_for_owner(adviser, DM_REPLY_CLASS_OTHER));
	g_assert_true(dm_reply_rules_for_owner(adviser, DM_REPLY_CLASS_PROMISE_TO_PAY));
	g_assert_false(dm_reply_rules_for_owner(adviser, DM_REPLY_CLASS_ARRANGEMENT));

	g_autoptr(GPtrArray) plain = g_ptr_array_new();
	g_ptr_array_add(plain, (gpointer) "paid_al");
	g_assert_false(dm_reply_rules_for_owner(plain, DM_REPLY_CLASS_PAID));
}

static void
test_acts_alone(void)
{
	DmReplyClass none = DM_REPLY_CLASS_OTHER;
	/* the invoice paid, the costs refused: the owner weighs it */
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                   "Den Rechnungsbetrag habe ich heute überwiesen. Die "
	                                   "Mahngebühren zahle ich nicht.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "De factuur maak ik vrijdag over, de incassokosten "
	                                   "betaal ik niet.", 0.99, 0.9));
	/* near miss: the costs paid too */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none,
	                                  "Ik heb vandaag alles betaald, ook de incassokosten.",
	                                  0.99, 0.9));
	/* a death, a debt adviser, a scheme, read as a class that lets the ladder run */
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, none,
	                                   "Mijn moeder is vorige maand overleden. Stuurt u de "
	                                   "post naar de notaris?", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Ich bin jetzt bei der Schuldnerberatung. Ich zahle "
	                                   "dann im März.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, none,
	                                   "Ik zit sinds november in de WSNP.", 0.99, 0.9));
	/* a promise beside the adviser the writer needs none of acts (review24b) */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "I'll pay the full amount including the late fee on Friday. "
	                                  "No need for debt advice, just a busy month.", 0.99, 0.9));
	/* near miss: a promise under the same pressure with no such news */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Bitte nicht ans Inkasso geben, ich zahle am Freitag.",
	                                  0.99, 0.9));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/ladder/costs-refused", test_costs_refused);
	g_test_add_func("/reply/ladder/deceased", test_deceased);
	g_test_add_func("/reply/ladder/for-owner", test_for_owner);
	g_test_add_func("/reply/ladder/acts-alone", test_acts_alone);
	return g_test_run();
}
