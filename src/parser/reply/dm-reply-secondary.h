/* dm-reply-secondary: the second intent a reply carries besides its class (secondary.c).
 * Part of the public parser API through dm-reply.h: dunmaild and `make eval`'s
 * cross-validation choose it with the same functions.
 *
 * The class model is trained on the class only; the model file's intents, one model per
 * intent trained on whether a reply carries it at all (dm_reply_model_intents), say which
 * second intent a reply has. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

typedef struct _DmReplyModel DmReplyModel;

/* An intent other than the class is the second intent when the probability that the
 * reply carries it reaches this.  Chosen by cross-validation on the training files
 * (`dm-eval --cv` sweeps it; README, "How a reply is read"). */
#define DM_REPLY_SECONDARY_MIN 0.2

/* Of the classes other than @best, other, auto_reply and bounce, the most probable in
 * @probs (by DmReplyClass) among those that reach @min; DM_REPLY_CLASS_OTHER (none) when
 * none does. */
DmReplyClass dm_reply_secondary_choose(const double *probs, DmReplyClass best, double min);

/* The second intent of the reply of @features (element-type DmReplyFeature) whose class
 * is @best: dm_reply_secondary_choose over @model's intents at DM_REPLY_SECONDARY_MIN. */
DmReplyClass dm_reply_secondary(const DmReplyModel *model, const GArray *features,
                                DmReplyClass best);
