/* dm-reply-ladder: what a reply to the late steps of the ladder says that the owner must
 * weigh himself (ladder.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include "parser/reply/dm-reply-types.h"

#include <glib.h>

/* Whether a reply read as @klass, on whose sentences the rules @rules (their names, as
 * dm_reply_rule_hits gives them) fired, must wait for the owner whatever the model's
 * confidence: the costs, the interest or the compensation refused beside a payment or a
 * promise (dispute_costs_refused), or a debtor who has died, is in a debt scheme or
 * insolvency, or speaks through a debt adviser, read as anything that would let the
 * ladder run on or resume by itself (paid, promise_to_pay, other, auto_reply). */
gboolean dm_reply_rules_for_owner(const GPtrArray *rules, DmReplyClass klass);
