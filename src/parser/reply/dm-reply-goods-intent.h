/* dm-reply-goods-intent: the second intent the goods rules give a reply (goods_intent.c;
 * written with corpus/replies/probe-goods.jsonl).
 * Private to src/parser/reply and its tests. */
#pragma once
#include "parser/reply/dm-reply-types.h"

#include <glib.h>

/* The second intent of a reply about the goods that the model's intents left out, by
 * the goods rules (test-blind20's calls): a dispute whose payment waits until the goods
 * are put right ("Zodra hij echt gemaakt is betaal ik") also promises (`promise_to_pay`);
 * a payment beside a flaw in the goods ("Vanochtend betaald. Wel jammer: er zit een kras
 * in het blad") also complains (`dispute`).  @secondary (DM_REPLY_CLASS_OTHER for none)
 * is returned as it is when it names one already, or when neither holds. */
DmReplyClass dm_reply_goods_secondary(const char *text, DmReplyClass klass,
                                      DmReplyClass secondary);
/* The same over @names, the rules dm_reply_rule_hits found in the text. */
DmReplyClass dm_reply_rules_goods_secondary(const GPtrArray *names, DmReplyClass klass,
                                            DmReplyClass secondary);
