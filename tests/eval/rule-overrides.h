/* rule-overrides: which PCRE2 rules have earned the right to override the model, measured
 * on the training replies in cross-validation (rule_overrides.c, for dm-eval --rules). */
#pragma once
#include "dunning/learn/dm-learn.h"

/* The bar a rule must clear, on the replies it is measured on, to override the model. */
#define RULE_OVERRIDE_PRECISION 0.99
#define RULE_OVERRIDE_MIN_FIRINGS 20

typedef struct RuleTally RuleTally;

/* (transfer full) an empty tally over the built-in rule table, with the bar a rule must
 * clear: @precision over at least @min_firings. */
RuleTally *rule_tally_new(double precision, guint min_firings);
void rule_tally_free(RuleTally *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(RuleTally, rule_tally_free)

/* Counts the rules in @hits (rule names, dm_reply_rule_hits) of one reply of class @gold
 * in fold @fold. */
void rule_tally_add(RuleTally *t, const GPtrArray *hits, int fold, DmReplyClass gold);

/* Prints every rule that fired: firings, right, precision over all folds, and in how
 * many folds it cleared the bar on the other folds' replies. */
void rule_tally_print(const RuleTally *t);

/* The class the rules of @hits that cleared the bar on every fold but @fold agree on, or
 * -1 when none did or they disagree: what an override would make of the reply. */
int rule_tally_override(const RuleTally *t, const GPtrArray *hits, int fold);
