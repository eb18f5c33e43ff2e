/* dm-reply-secondary: the second intent a reply carries besides its class (secondary.c).
 * Part of the public parser API through dm-reply.h: dunmaild and `make eval`'s
 * cross-validation choose it with the same functions.
 *
 * The model is trained on the primary class only, so a second intent rarely reaches a
 * high probability of its own: "betaald, klopt het bedrag?" is paid at 0.9 and question
 * at 0.04.  What the text shows of an intent — a rule of that class that matched, a
 * question mark, a day given to a payment — makes a low probability count. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

typedef struct _DmReplyDateScan DmReplyDateScan;
typedef struct _DmReplyModel DmReplyModel;

/* The runner-up is the second intent when its probability reaches this on its own ... */
#define DM_REPLY_SECONDARY_MIN 0.5
/* ... and a class the text shows (dm_reply_secondary_cues) when its probability reaches
 * this.  Both chosen by cross-validation on the training files (README, "How a reply is
 * read"). */
#define DM_REPLY_SECONDARY_CUED_MIN 0.001

/* The classes @text shows, as bits (1 << DmReplyClass): the class of each rule in
 * @rule_hits (element-type utf8: the names dm_reply_rule_hits gives), question for a
 * question mark, and for a day its clause gives to a payment (read through @dates, the
 * scan of @text, against @reference) promise_to_pay when it lies after @reference and
 * paid when not.  @dates and @reference are nullable: then no day is looked for. */
guint dm_reply_secondary_cues(const GPtrArray *rule_hits, const char *text,
                              DmReplyDateScan *dates, const GDate *reference,
                              gboolean month_first);

/* The second intent of a reply whose class is @best, from @probs (by DmReplyClass) and
 * @cues: of the classes other than @best, other, auto_reply and bounce, the most probable
 * among those whose probability reaches @plain_min, or @cued_min when @cues holds them;
 * DM_REPLY_CLASS_OTHER (none) when no class does. */
DmReplyClass dm_reply_secondary_choose(const double *probs, DmReplyClass best, guint cues,
                                       double cued_min, double plain_min);

/* dm_reply_secondary_choose with DM_REPLY_SECONDARY_CUED_MIN and DM_REPLY_SECONDARY_MIN. */
DmReplyClass dm_reply_secondary(const double *probs, DmReplyClass best, guint cues);

/* What single sentences of @text carry: @carried (DM_REPLY_N_CLASSES entries, by
 * DmReplyClass) holds for each class the highest probability @model gives it on a
 * sentence read alone that it wins, 0 where it wins none.  A reply of one sentence
 * carries nothing beside what the model read on the whole. */
void dm_reply_secondary_sentences(const DmReplyModel *model, const char *text,
                                  const GDate *reference, double *carried);

/* @cues without the classes no sentence of the reply carries by itself (@carried, as
 * dm_reply_secondary_sentences fills it); @cues unchanged when no sentence carries
 * anything (a reply of one sentence). */
guint dm_reply_secondary_confirmed(guint cues, const double *carried);

/* The second intent as dm_reply_analyze reads it: dm_reply_secondary with @cues
 * confirmed by the single sentences of @text that @model reads (only when a cue could
 * decide: a cued class between the two thresholds). */
DmReplyClass dm_reply_secondary_read(const DmReplyModel *model, const char *text,
                                     const GDate *reference, const double *probs,
                                     DmReplyClass best, guint cues);
