/* secondary: the second intent of a reply, from the model's probabilities and what the
 * text shows (dm-reply-secondary.h).
 *
 * A reply's second intent is mostly a question asked beside a payment or a dispute, or a
 * day promised beside a dispute or a question: the class of a rule that matched, a
 * question mark, a day given to a payment say which intents the text holds; the model's
 * probabilities say which of them is most likely.  A class nothing in the text shows
 * must reach a higher probability to count.  In a reply of several sentences a cue
 * counts only when a sentence read alone goes to its class: a question mark or a
 * promise's words inside the sentence that makes the primary request ("Wäre es möglich,
 * in Raten zu zahlen?") are that request, not a second one.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-secondary.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-model.h"
#include "parser/reply/dm-reply-rules.h"

#include <string.h>

/* Sentences read one by one, at most: a long letter's first ones say what it wants. */
#define SECONDARY_MAX_SENTENCES 24

static gpointer
build_rule_classes(gpointer unused)
{
	GHashTable *table = g_hash_table_new(g_str_hash, g_str_equal);
	gsize n = 0;
	const DmReplyRule *rules = dm_reply_rules(&n);
	for (gsize i = 0; i < n; i++)
		if (!rules[i].negates)
			g_hash_table_insert(table, (gpointer) rules[i].name,
			                    GINT_TO_POINTER(rules[i].klass + 1));
	return table;
}

/* The class rule @name speaks for, or -1 for a name the table does not hold. */
static int
rule_class(const char *name)
{
	static GOnce once = G_ONCE_INIT;
	GHashTable *table = g_once(&once, build_rule_classes, NULL);
	return GPOINTER_TO_INT(g_hash_table_lookup(table, name)) - 1;
}

guint
dm_reply_secondary_cues(const GPtrArray *rule_hits, const char *text, DmReplyDateScan *dates,
                        const GDate *reference, gboolean month_first)
{
	g_return_val_if_fail(text != NULL, 0);
	guint cues = 0;
	for (guint i = 0; rule_hits && i < rule_hits->len; i++) {
		int k = rule_class(g_ptr_array_index(rule_hits, i));
		if (k >= 0)
			cues |= 1u << k;
	}
	if (strchr(text, '?'))
		cues |= 1u << DM_REPLY_CLASS_QUESTION;
	GDate day;
	g_date_clear(&day, 1);
	if (dates && reference && g_date_valid(reference) &&
	    dm_reply_scan_find_payment_date(dates, reference, month_first, &day, NULL))
		cues |= 1u << (g_date_compare(&day, reference) > 0 ? DM_REPLY_CLASS_PROMISE_TO_PAY
		                                                 : DM_REPLY_CLASS_PAID);
	return cues;
}

DmReplyClass
dm_reply_secondary_choose(const double *probs, DmReplyClass best, guint cues, double cued_min,
                          double plain_min)
{
	g_return_val_if_fail(probs != NULL, DM_REPLY_CLASS_OTHER);
	DmReplyClass chosen = DM_REPLY_CLASS_OTHER;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++) {
		if (k == (int) best || k == DM_REPLY_CLASS_OTHER || k == DM_REPLY_CLASS_AUTO_REPLY ||
		    k == DM_REPLY_CLASS_BOUNCE)
			continue;
		double min = cues & (1u << k) ? cued_min : plain_min;
		if (probs[k] >= min && (chosen == DM_REPLY_CLASS_OTHER || probs[k] > probs[chosen]))
			chosen = (DmReplyClass) k;
	}
	return chosen;
}

DmReplyClass
dm_reply_secondary(const double *probs, DmReplyClass best, guint cues)
{
	return dm_reply_secondary_choose(probs, best, cues, DM_REPLY_SECONDARY_CUED_MIN,
	                                 DM_REPLY_SECONDARY_MIN);
}

void
dm_reply_secondary_sentences(const DmReplyModel *model, const char *text,
                             const GDate *reference, double *carried)
{
	g_return_if_fail(model != NULL && text != NULL && carried != NULL);
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		carried[k] = 0;
	g_autoptr(GPtrArray) sentences = dm_reply_sentences(text);
	/* One sentence is the whole reply: the model has read it already. */
	if (sentences->len < 2)
		return;
	for (guint i = 0; i < MIN(sentences->len, SECONDARY_MAX_SENTENCES); i++) {
		g_autoptr(GArray) features = dm_reply_features_named(g_ptr_array_index(sentences, i),
		                                                     reference,
		                                                     dm_reply_model_bits(model), NULL);
		double probs[DM_REPLY_N_CLASSES];
		dm_reply_model_predict(model, features, probs);
		int k = 0;
		for (int j = 1; j < DM_REPLY_N_CLASSES; j++)
			if (probs[j] > probs[k])
				k = j;
		carried[k] = MAX(carried[k], probs[k]);
	}
}

guint
dm_reply_secondary_confirmed(guint cues, const double *carried)
{
	g_return_val_if_fail(carried != NULL, cues);
	guint won = 0;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		if (carried[k] > 0)
			won |= 1u << k;
	/* Nothing won: a reply of one sentence, whose cue has no other to be checked by. */
	return won ? cues & won : cues;
}

/* Whether a class the text shows could count by its cue alone: one other than @best,
 * other, auto_reply and bounce, with a probability between the two thresholds.  Only
 * then are the sentences worth reading one by one. */
static gboolean
cue_decides(const double *probs, DmReplyClass best, guint cues)
{
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		if (k != (int) best && k != DM_REPLY_CLASS_OTHER && k != DM_REPLY_CLASS_AUTO_REPLY &&
		    k != DM_REPLY_CLASS_BOUNCE && (cues & (1u << k)) &&
		    probs[k] >= DM_REPLY_SECONDARY_CUED_MIN && probs[k] < DM_REPLY_SECONDARY_MIN)
			return TRUE;
	return FALSE;
}

DmReplyClass
dm_reply_secondary_read(const DmReplyModel *model, const char *text, const GDate *reference,
                        const double *probs, DmReplyClass best, guint cues)
{
	g_return_val_if_fail(model != NULL && text != NULL && probs != NULL, DM_REPLY_CLASS_OTHER);
	if (cue_decides(probs, best, cues)) {
		double carried[DM_REPLY_N_CLASSES];
		dm_reply_secondary_sentences(model, text, reference, carried);
		cues = dm_reply_secondary_confirmed(cues, carried);
	}
	return dm_reply_secondary(probs, best, cues);
}
