/* ladder: which replies to the late steps of the ladder the owner must weigh himself.
 *
 * Under a last reminder, a 14-day letter, a Mahnung with its fees or a letter before
 * action, people pay the invoice and refuse what the reminder added to it ("Ik heb de
 * factuur betaald. Die € 40 incassokosten betaal ik niet", "Den Rechnungsbetrag habe
 * ich überwiesen. Die Mahngebühren zahle ich nicht").  The labels make that a dispute
 * with the payment beside it, and the model, which sees the payment's words first, reads
 * it as paid or as a promise as often: acting on it would pause the ladder for 14 days
 * and then let it run on over a claim the writer contests.  Whether the costs are owed
 * (a 14-day letter sent right, a Verzug begun, a consumer or a business) only the owner
 * can tell, so such a reply waits for him whatever the model's confidence.
 *
 * So does a reply that says the debtor has died, is in a debt scheme or an insolvency,
 * or writes through a debt adviser (a budget coach, schuldhulpverlening, a
 * Schuldnerberatung, MABS) when it is read as paid, a promise, an out-of-office or
 * `other`: those let the ladder run on or resume by itself, while a claim against an
 * estate, a scheme or a settlement being drawn up must not be chased by reminders (README,
 * "What a reply does").  Read as a dispute, an arrangement or a question it pauses the
 * ladder until the owner acts, as it should.
 *
 * The markers are rules of the table (classify_rules.c; their patterns in
 * rules_ladder.h and rules_care.h), so that the model weighs them as features too.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-ladder.h"
#include "parser/reply/dm-reply-classify.h"

/* The rules that say the debtor died, is in a scheme or insolvency, or has an adviser. */
static const char *const for_owner_rules[] = {
	"ladder_deceased",       /* rules_ladder.h */
	"arrangement_estate",    /* an heir who pays once the estate is released */
	"arrangement_debt_help", /* rules_care.h: a debt adviser, MABS, Schuldnerberatung */
	"dispute_debt_scheme",   /* rules_care.h: WSNP, Privatinsolvenz, a PIA */
	"dispute_claim_filing",  /* a curator, an administrator, a liquidator */
};

/* Whether a reply read as @klass would let the ladder run on or resume by itself. */
static gboolean
lets_ladder_run(DmReplyClass klass)
{
	return klass == DM_REPLY_CLASS_PAID || klass == DM_REPLY_CLASS_PROMISE_TO_PAY ||
	       klass == DM_REPLY_CLASS_OTHER || klass == DM_REPLY_CLASS_AUTO_REPLY;
}

gboolean
dm_reply_rules_for_owner(const GPtrArray *rules, DmReplyClass klass)
{
	g_return_val_if_fail(rules != NULL, FALSE);
	if (!lets_ladder_run(klass))
		return FALSE;
	if (klass != DM_REPLY_CLASS_AUTO_REPLY && dm_reply_rule_named(rules, "dispute_costs_refused"))
		return TRUE;
	for (gsize i = 0; i < G_N_ELEMENTS(for_owner_rules); i++)
		if (dm_reply_rule_named(rules, for_owner_rules[i]))
			return TRUE;
	return FALSE;
}
