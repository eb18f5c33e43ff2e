/* secondary: the second intent of a reply, from the model's intents (dm-reply-secondary.h).
 *
 * The class model learns the class only, so a reply's second intent is a negative example
 * for it, and its probability says little about one ("betaald, klopt het bedrag?" is paid
 * at 0.9 and question at 0.04).  The model file holds, beside it, one model per intent,
 * each trained to say whether a reply carries that intent at all, as its class or as its
 * second intent (dm_reply_model_intents).  The second intent is the most probable of
 * those, other than the class, that reaches DM_REPLY_SECONDARY_MIN.  It replaced cues
 * (a rule's class, a question mark, a day given to a payment) confirmed by single
 * sentences read by the class model: that model reads a lone sentence as a one-line
 * reply, which is nearly always an intent of its own, so most sentences confirmed
 * something (README, "How a reply is read").
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-secondary.h"
#include "parser/reply/dm-reply-model.h"

DmReplyClass
dm_reply_secondary_choose(const double *probs, DmReplyClass best, double min)
{
	g_return_val_if_fail(probs != NULL, DM_REPLY_CLASS_OTHER);
	DmReplyClass chosen = DM_REPLY_CLASS_OTHER;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++) {
		if (k == (int) best || k == DM_REPLY_CLASS_OTHER || k == DM_REPLY_CLASS_AUTO_REPLY ||
		    k == DM_REPLY_CLASS_BOUNCE)
			continue;
		if (probs[k] >= min && (chosen == DM_REPLY_CLASS_OTHER || probs[k] > probs[chosen]))
			chosen = (DmReplyClass) k;
	}
	return chosen;
}

DmReplyClass
dm_reply_secondary(const DmReplyModel *model, const GArray *features, DmReplyClass best)
{
	g_return_val_if_fail(model != NULL && features != NULL, DM_REPLY_CLASS_OTHER);
	double present[DM_REPLY_N_CLASSES];
	dm_reply_model_intents(model, features, present);
	return dm_reply_secondary_choose(present, best, DM_REPLY_SECONDARY_MIN);
}
