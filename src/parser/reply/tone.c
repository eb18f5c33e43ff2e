/* tone: whether a reply mocks what it says.
 *
 * "Oh sure, I'll pay right away for a website that's been down all week" holds a promise
 * in its words and a refusal in its meaning.  The markers of irony are rules of the table
 * (classify_rules.c, tone_ironic), so that the model weighs them as features; this asks
 * the same rules whether a text carries one, for dm_reply_acts_alone: a promise said
 * mockingly is left to the owner, however sure the model is.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-tone.h"
#include "parser/reply/dm-reply-classify.h"

#include <string.h>

gboolean
dm_reply_text_ironic(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(text, rules);
	for (guint i = 0; i < rules->len; i++)
		if (strcmp(g_ptr_array_index(rules, i), "tone_ironic") == 0)
			return TRUE;
	return FALSE;
}
