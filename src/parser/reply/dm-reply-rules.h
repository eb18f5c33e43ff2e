/* dm-reply-rules: the classifier's built-in rule table (classify_rules.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

typedef struct {
	const char *name;       /* stable, shown by `explain` */
	int klass;              /* the DmReplyClass the rule speaks about */
	gboolean negates;       /* TRUE: a match cancels matches of @klass in the same sentence */
	double weight;          /* 0..1: how sure a match of this pattern alone makes us */
	const char *pattern;    /* PCRE2, matched caseless + UTF against the stripped text */
} DmReplyRule;

/* (transfer none) the built-in rule table and its length. */
const DmReplyRule *dm_reply_rules(gsize *n_rules);

/* (nullable) the words, space-separated, lower case, one of which every match of rule
 * @rule holds: a sentence (case-folded) holding none is not tried.  After " & ", a
 * second such list (every match holds a word of each).  NULL: always tried. */
const char *dm_reply_rule_needs(const char *rule);
