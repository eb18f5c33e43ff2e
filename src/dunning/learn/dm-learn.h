/* dm-learn: training the reply classifier (`dunmail train`) and measuring it
 * (`make eval`).
 *
 *   corpus.c   the labelled replies of corpus/replies (train-NN.jsonl, test.jsonl), read into items;
 *   compose.c  an item -> a real message, as the debtor's mail client writes it;
 *   train.c    items -> messages -> dm_reply_analyze's stripped text -> features ->
 *              LIBLINEAR; C chosen by 5-fold cross-validation, the confidence threshold
 *              calibrated on the cross-validated probabilities.
 *
 * Diagnostics: DM_LEARN_ERROR, naming the file and line ("FILE:LINE: …, expected …"). */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/reply/dm-reply.h"

#define DM_LEARN_ERROR (dm_learn_error_quark())
GQuark dm_learn_error_quark(void);
typedef enum { DM_LEARN_ERROR_INVALID } DmLearnError;

/* One labelled reply (corpus/replies/README.md has the fields). */
typedef struct {
	char *id, *lang, *variant, *client, *layout;
	DmReplyClass klass;
	DmReplyClass secondary;     /* DM_REPLY_CLASS_OTHER: none */
	GDate date;                 /* the date the text states, invalid when none */
	GDateTime *sent;
	char *from_name, *from, *invoice, *amount;
	gboolean html_only;
	char *text, *new_text, *signature, *disclaimer, *mobile_footer;
} DmLearnItem;

void dm_learn_item_free(DmLearnItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmLearnItem, dm_learn_item_free)

/* Appends the items of the JSON Lines file @path to @items (element-type DmLearnItem). */
gboolean dm_learn_corpus_read(const char *path, GPtrArray *items, GError **error);
/* (transfer full) the paths of every @dir/@prefix*.jsonl, in name order (element-type
 * utf8): the files `dunmail train` reads and the Makefile's glob names, so that a test
 * that reads the training files cannot forget a new one; none is an error. */
GPtrArray *dm_learn_corpus_files(const char *dir, const char *prefix, GError **error);
/* (transfer full) the items of every DIR/@prefix*.jsonl, files in name order; an empty
 * selection is an error. */
GPtrArray *dm_learn_corpus_read_dir(const char *dir, const char *prefix, GError **error);

/* (transfer full) @item as the message its client would send: headers, the text, the
 * signature, the footer and the disclaimer, the quoted reminder in the client's style, an
 * HTML part (or only that). */
GMimeMessage *dm_learn_compose(const DmLearnItem *item);

/* The classes a model learns, in label order (LIBLINEAR label i = dm_learn_classes[i]). */
extern const DmReplyClass dm_learn_classes[];
#define DM_LEARN_N_CLASSES 7
/* The intents a reply may carry besides its class, in the order of the model's intents
 * (dm_reply_model_intents): those dm_reply_secondary may give. */
extern const DmReplyClass dm_learn_intents[];
#define DM_LEARN_N_INTENTS 5

/* One reply as training sees it. */
typedef struct {
	const DmLearnItem *item;    /* (transfer none) */
	int label;                  /* index into dm_learn_classes */
	GArray *features;           /* DmReplyFeature */
	char *text;                 /* the stripped text as dm_reply_analyze weighs it
	                             * (dm_reply_text_weighed) */
	GDate reference;            /* the message's date */
	int fold;                   /* 0 .. DM_LEARN_FOLDS - 1, by a stable hash of the id */
} DmLearnExample;

#define DM_LEARN_FOLDS 5

typedef struct {
	GPtrArray *items;           /* DmLearnItem, owned */
	GArray *examples;           /* DmLearnExample */
} DmLearnSet;

void dm_learn_set_free(DmLearnSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmLearnSet, dm_learn_set_free)

/* (transfer full) @items (taken over) composed, analysed and turned into features, the way
 * dunmaild reads a reply. */
DmLearnSet *dm_learn_prepare(GPtrArray *items);
/* Assigns @set's examples to folds anew by a hash of @salt and each id: salt 0 gives the
 * folds dm_learn_prepare gave (the id alone), any other salt another assignment, as
 * stable as the first. */
void dm_learn_set_folds(DmLearnSet *set, guint salt);

/* Out-of-fold probabilities: @probs (n_examples x DM_REPLY_N_CLASSES, by DmReplyClass)
 * from training on the other folds with @C. */
void dm_learn_cross_validate(const DmLearnSet *set, double C, double *probs);

/* (transfer full) the model trained with @C on the examples of every fold but @fold:
 * what cross-validation reads that fold's replies with, for measures that need the model
 * itself (the second intent reads single sentences). */
DmReplyModel *dm_learn_train_fold(const DmLearnSet *set, int fold, double C);

/* Out-of-fold second intents: @secondary (n_examples, by DmReplyClass; OTHER: none) of
 * the replies read as @pred, each fold's replies read with the intents trained on the
 * other folds with @C, chosen as dm_reply_secondary chooses. */
void dm_learn_cross_validate_secondary(const DmLearnSet *set, double C, const int *pred,
                                       int *secondary);

/* Out-of-fold reading of every example: @probs (n_examples x DM_REPLY_N_CLASSES, by
 * DmReplyClass) and @secondary, the second intent beside its top class, as
 * dm_learn_cross_validate and dm_learn_cross_validate_secondary give them with @C. */
void dm_learn_cross_validate_read(const DmLearnSet *set, double C, double *probs,
                                  int *secondary);

typedef struct {
	double C;                   /* chosen by cross-validation */
	double cv_macro_f1;         /* at that C */
	double threshold;           /* calibrated */
	double cv_precision_above;  /* right among those at or above the threshold (CV) */
	double cv_share_above;      /* share of replies at or above it (CV) */
} DmLearnReport;

/* The precision required among confident replies, and the least share of replies that
 * must reach the threshold for it to count (a threshold nobody reaches means nothing). */
#define DM_LEARN_TARGET_PRECISION 0.98

/* (transfer full) the model trained on all of @set, C (among @c_grid, @n_grid values;
 * NULL: the default grid) and the threshold chosen by cross-validation; @report
 * (nullable) says what was chosen.  @log (nullable) receives progress lines. */
DmReplyModel *dm_learn_train(const DmLearnSet *set, const double *c_grid, guint n_grid,
                             DmLearnReport *report, void (*log)(const char *line));

/* Macro-F1 over the classes present in @gold (n entries) for the predictions @pred. */
double dm_learn_macro_f1(const int *gold, const int *pred, guint n);
/* The lowest threshold t such that, among examples whose top probability is >= t, at
 * least @target are right by one standard error (precision - sqrt(p(1-p)/k) >= @target
 * over those k); also their precision and share. */
double dm_learn_calibrate(const double *top_prob, const gboolean *right, guint n,
                          double target, double *precision, double *share);
/* dm_learn_calibrate over @n readings in which each reply appears @repeats times (once
 * per fold assignment): the cut is made on the pooled readings, but the standard error is
 * that of n / @repeats replies, as many as there are.  @repeats 1 is dm_learn_calibrate;
 * n 0 gives threshold 1 (nothing acts alone), share 0, precision 1. */
double dm_learn_calibrate_repeated(const double *top_prob, const gboolean *right, guint n,
                                   guint repeats, double target, double *precision,
                                   double *share);
/* dm_learn_calibrate over the replies that may act alone at all, those of @set's @n
 * examples (their stripped texts) of class @pred and second intent @secondary that
 * dm_reply_acts_alone lets act at certainty (the others wait for the owner whatever
 * their probability); @share is over all @n. */
double dm_learn_calibrate_acting(const DmLearnSet *set, const double *top_prob,
                                 const gboolean *right, const int *pred,
                                 const int *secondary, guint n, double target,
                                 double *precision, double *share);
/* dm_learn_calibrate_acting over out-of-fold readings: each example's top class of
 * @probs (n_examples x DM_REPLY_N_CLASSES), right when it is the item's class, and its
 * second intent @secondary. */
double dm_learn_calibrate_read(const DmLearnSet *set, const double *probs,
                               const int *secondary, double target, double *precision,
                               double *share);
/* The out-of-fold readings (@probs, n_examples x DM_REPLY_N_CLASSES, and @secondary) of
 * @set's replies that may act alone at all, appended to @top and @right: their top
 * probability, and whether the top class is the item's.  Returns how many. */
guint dm_learn_acting_readings(const DmLearnSet *set, const double *probs,
                               const int *secondary, double *top, gboolean *right);
