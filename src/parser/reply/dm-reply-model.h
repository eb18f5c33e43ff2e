/* dm-reply-model: the learned reply classifier's model file, loaded and applied
 * (model.c).  Pure: bytes or a path in, a model out; prediction touches nothing else.
 * Part of the public parser API through dm-reply.h.
 *
 * The file (doc/reply-model.md) is a short header of our own followed by the model in
 * LIBLINEAR's own text format (solver_type … w), so that a model built by another
 * version of dunmail, with other feature hashing or other classes, or a file cut short
 * or damaged, is refused with a message naming the file:
 *
 *   dunmail-reply-model 2                      the envelope's format version
 *   features 1 fnv1a32 18                      feature version, hash, bits
 *   classes dispute promise_to_pay …           LIBLINEAR label i is the i-th name
 *   threshold 0.8312                           calibrated: confident at or above it
 *   C 8                                        the regularisation it was trained with
 *   trained-on 2350                            replies (information only)
 *   intents dispute promise_to_pay …           the intents' label i is the i-th name
 *   sha256 HEX                                 of everything after the header's end
 *   end-of-header
 *   solver_type L2R_LR … w …                   exactly as LIBLINEAR's save_model writes
 *   intents
 *   solver_type L2R_LR … w …                   the intents, one model per column
 *
 * Diagnostics: DM_REPLY_MODEL_ERROR, always "model FILE: …, expected …". */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

#define DM_REPLY_MODEL_FORMAT 2
#define DM_REPLY_MODEL_ERROR (dm_reply_model_error_quark())
GQuark dm_reply_model_error_quark(void);
typedef enum { DM_REPLY_MODEL_ERROR_INVALID } DmReplyModelError;

/* Classes a person's reply can have, the model's outputs. */
#define DM_REPLY_N_CLASSES (DM_REPLY_CLASS_BOUNCE + 1)

typedef struct _DmReplyModel DmReplyModel;

/* (transfer full) the model in @path, or NULL with @error ("model PATH: …"). */
DmReplyModel *dm_reply_model_load(const char *path, GError **error);
/* (transfer full) the model in @data (@len bytes); @name says where it came from, for
 * errors. */
DmReplyModel *dm_reply_model_from_bytes(const char *name, const char *data, gsize len,
                                        GError **error);
void dm_reply_model_free(DmReplyModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyModel, dm_reply_model_free)

/* The hashing bits the model's features use (DM_REPLY_FEATURE_BITS when built here). */
guint dm_reply_model_bits(const DmReplyModel *model);
/* The regularisation C the model was trained with (chosen by cross-validation). */
double dm_reply_model_c(const DmReplyModel *model);
/* The calibrated confidence threshold (0..1). */
double dm_reply_model_threshold(const DmReplyModel *model);
/* Makes @model act at @threshold (0..1) instead: for measuring two builds at one
 * threshold (dm-eval --threshold), since every retraining moves the calibrated one. */
void dm_reply_model_set_threshold(DmReplyModel *model, double threshold);

/* Fills @probs (DM_REPLY_N_CLASSES entries, summing to 1 over the model's classes, 0 for
 * classes it does not know) for @features (element-type DmReplyFeature). */
void dm_reply_model_predict(const DmReplyModel *model, const GArray *features, double *probs);

/* Fills @present (DM_REPLY_N_CLASSES entries, by DmReplyClass) with the probability that
 * the reply of @features carries each intent the model knows at all — as its class or as
 * a second intent —, each from a model of its own (so they need not sum to 1), and 0 for
 * classes it has no intent model for. */
void dm_reply_model_intents(const DmReplyModel *model, const GArray *features, double *present);

/* The indices of the (at most @max) features of @features that speak most for @klass,
 * strongest first, into @out; returns how many. */
guint dm_reply_model_strongest(const DmReplyModel *model, const GArray *features,
                               DmReplyClass klass, guint32 *out, guint max);

/* For `dunmail train`: (transfer full) a model from LIBLINEAR's @linear (struct model *,
 * copied) whose label i means @classes[i], and the intents' @intents (struct model *,
 * copied: at least three columns, over the same features, each trained alone) whose label
 * i means @intent_classes[i]; and its file as bytes. */
DmReplyModel *dm_reply_model_new(gconstpointer linear, const DmReplyClass *classes,
                                 guint n_classes, gconstpointer intents,
                                 const DmReplyClass *intent_classes, guint n_intents,
                                 double threshold, double C, guint trained_on);
GBytes *dm_reply_model_to_bytes(const DmReplyModel *model);
