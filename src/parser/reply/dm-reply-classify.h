/* dm-reply-classify: the class of a reply's new text (classify.c).
 * Part of the public parser API through dm-reply.h. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

/* Classifies already-stripped text; @reference resolves relative dates. */
DmReplyClass dm_reply_classify_text(const char *text, const GDate *reference,
                                    double *confidence, GDate *date, const char **rule);
/* Appends to @names (element-type utf8, transfer none) the name of every rule of the
 * built-in table that matches @text and is not cancelled by a negation in its sentence:
 * the rules as features of the learned classifier. */
void dm_reply_rule_hits(const char *text, GPtrArray *names);
/* dm_reply_rule_hits with every rule tried on every sentence, the pre-filter
 * (dm_reply_rule_needs) off: for the test that the pre-filter changes no hit. */
void dm_reply_rule_hits_unfiltered(const char *text, GPtrArray *names);
/* TRUE when @names (dm_reply_rule_hits's) holds the rule @rule. */
gboolean dm_reply_rule_named(const GPtrArray *names, const char *rule);
/* TRUE when the rule @rule hits @text (dm_reply_rule_hits). */
gboolean dm_reply_text_hits_rule(const char *text, const char *rule);
/* (transfer full) the sentences of @text as the rules read them (element-type utf8): cut
 * after ". ", "!", "?", ";" and at a blank line, a line break inside a paragraph read as
 * a space. */
GPtrArray *dm_reply_sentences(const char *text);
