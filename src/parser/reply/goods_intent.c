/* goods_intent: the second intent of a reply about the goods, by the goods rules
 * (dm-reply-goods-intent.h).  The model's intents miss a promise beside a dispute that
 * waits for a repair ("Zodra hij gemaakt is betaal ik") and a complaint beside a payment
 * ("Vanochtend betaald, maar de kleur klopt niet"): the goods_* rules of classify_rules.c
 * say both.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-goods-intent.h"
#include "parser/reply/dm-reply-classify.h"

#include <string.h>

/* Whether the goods rules can change @secondary of a reply read as @klass: only a
 * dispute or a payment without a second intent. */
static gboolean
goods_may_say(DmReplyClass klass, DmReplyClass secondary)
{
	return secondary == DM_REPLY_CLASS_OTHER &&
	       (klass == DM_REPLY_CLASS_DISPUTE || klass == DM_REPLY_CLASS_PAID);
}

DmReplyClass
dm_reply_goods_secondary(const char *text, DmReplyClass klass, DmReplyClass secondary)
{
	g_return_val_if_fail(text != NULL, secondary);
	if (!goods_may_say(klass, secondary))
		return secondary;
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rules_goods_secondary(names, klass, secondary);
}

DmReplyClass
dm_reply_rules_goods_secondary(const GPtrArray *names, DmReplyClass klass,
                               DmReplyClass secondary)
{
	g_return_val_if_fail(names != NULL, secondary);
	if (!goods_may_say(klass, secondary))
		return secondary;
	if (klass == DM_REPLY_CLASS_DISPUTE && dm_reply_rule_named(names, "goods_pay_once_right"))
		return DM_REPLY_CLASS_PROMISE_TO_PAY;
	if (klass == DM_REPLY_CLASS_PAID && dm_reply_rule_named(names, "goods_flaw"))
		return DM_REPLY_CLASS_DISPUTE;
	return secondary;
}
