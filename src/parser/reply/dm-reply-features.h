/* dm-reply-features: the reply's new text as the learned classifier sees it (features.c).
 * Part of the public parser API: `dunmail train` computes the same features the
 * daemon does, so a model only ever sees features made by this one function.
 *
 * Features are hashed into 2^bits slots with FNV-1a (32 bit, over the UTF-8 bytes of
 * the feature's name, xor-folded to @bits bits) — a hash whose algorithm is fixed here,
 * so that a model file stays valid across GLib versions.  Slot i is index i + 1
 * (LIBLINEAR counts from 1). */
#pragma once
#include <glib.h>

/* The hashing parameters a model is trained with (stored in the model file). */
#define DM_REPLY_FEATURE_BITS    18
#define DM_REPLY_FEATURE_VERSION 1      /* bump when any feature changes meaning */

typedef struct {
	guint32 index;              /* 1 .. 2^bits */
	double value;
} DmReplyFeature;

/* (transfer full) (element-type DmReplyFeature) the L2-normalised feature vector of
 * @text (already stripped of quotes and signature), indices strictly ascending.
 * @reference (nullable) is the message's date, against which a stated date is before or
 * after.  When @names is not NULL (a table of GUINT_TO_POINTER(index) -> char *, values
 * freed with g_free), every index the text produces gets the name of the first feature
 * hashed there, for `explain`. */
GArray *dm_reply_features(const char *text, const GDate *reference, guint bits,
                          GHashTable *names);

/* The names of the features one call produced, logged cheaply (no allocation per
 * feature) for the few that `explain` shows. */
typedef struct _DmReplyFeatureNames DmReplyFeatureNames;
DmReplyFeatureNames *dm_reply_feature_names_new(void);
/* A log of the rules' names only (dm_reply_feature_names_rules), for a reading that
 * shows no features: dm_reply_feature_names_find finds no other name in it. */
DmReplyFeatureNames *dm_reply_feature_names_new_rules_only(void);
void dm_reply_feature_names_free(DmReplyFeatureNames *names);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyFeatureNames, dm_reply_feature_names_free)
/* (transfer none) the name of the first feature hashed to @index, or NULL. */
const char *dm_reply_feature_names_find(const DmReplyFeatureNames *names, guint32 index);
/* Appends to @out the names of the rules whose hits were logged in @names, without their
 * "r:" (transfer none: valid while @names lives): dm_reply_rule_hits's answer, without
 * trying the rules again. */
void dm_reply_feature_names_rules(const DmReplyFeatureNames *names, GPtrArray *out);

/* The names of the pairs of rule hits the features add to @rules' (names of the rules
 * that matched, dm_reply_rule_hits), appended to @pairs (transfer none, static). */
void dm_reply_rule_pairs(const GPtrArray *rules, GPtrArray *pairs);

/* A reply is brief when its new text holds at most this many words (the features'
 * tokens, an emoji one; clause ends, question marks and amounts none) within this many
 * bytes: the length bucket "m:len=1-3" of the features. */
#define DM_REPLY_BRIEF_MAX_WORDS 3
#define DM_REPLY_BRIEF_MAX_BYTES 80

/* Whether @text, a reply's new text, says no more than a word or three ("ok", "ja
 * hoor", "👍", "Ok merci"): such a reply read as other may still consent to the
 * reminder, which only the owner can tell (dm_reply_acts_alone). */
gboolean dm_reply_text_brief(const char *text);

/* Whether a rule of the table (dm_reply_rule_hits) finds a payment, a promise, a dispute
 * or a plan in @text: "Gisteren betaald." typed above an out-of-office text the model
 * reads as the notice (dm_reply_acts_alone). */
gboolean dm_reply_text_names_intent(const char *text);
/* The same over @rules, the names dm_reply_rule_hits found in the text. */
gboolean dm_reply_rules_name_intent(const GPtrArray *rules);

/* dm_reply_features, the names logged into @names (nullable). */
GArray *dm_reply_features_named(const char *text, const GDate *reference, guint bits,
                                DmReplyFeatureNames *names);

/* dm_reply_features_named, the stated date read through @dates (nullable: the scan of
 * @text, dm-reply-dates.h), so that the reader of the class's date, given the same scan,
 * does not look for the text's dates a second time.  When @rules is not NULL, the names
 * of the rules that hit (transfer none, static) are appended to it: dm_reply_rule_hits's
 * answer for @text made valid UTF-8 within DM_REPLY_MAX_CLASSIFY_BYTES, which is @text's
 * own when @text is so already, so that the tests after the model (dm_reply_acts_alone)
 * need not try the rules a second time. */
typedef struct _DmReplyDateScan DmReplyDateScan;
GArray *dm_reply_features_scanned(const char *text, const GDate *reference, guint bits,
                                  DmReplyFeatureNames *names, DmReplyDateScan *dates,
                                  GPtrArray *rules);

/* FNV-1a, 32 bit (offset basis 2166136261, prime 16777619), of @len bytes of @s: the
 * features' hash, and a stable number for anything that must not vary between runs. */
guint32 dm_reply_fnv1a(const char *s, gsize len);

/* The language @text is most likely written in: "nl", "en", "de", or "" when it has
 * none of the common words of the three. */
const char *dm_reply_guess_language(const char *text);

/* The normalised tokens of @text, space-separated, as the word features see them: case
 * folded, accents kept, numbers, amounts, dates, times, e-mail addresses and URLs as
 * <num> <amount> <date> <time> <email> <url>, and words in a negation's scope marked
 * NEG_ ("niet betaald" -> "niet NEG_betaald").  (transfer full); for tests and explain. */
char *dm_reply_normalise(const char *text);

/* (transfer none) the placeholder ("<email>", "<url>", "<amount>", "<date>", "<time>",
 * "<day>", "<num>") a raw token stands for (lower case, no white space, edge punctuation
 * removed), or NULL when it is words.  For the tokeniser's tests. */
const char *dm_reply_token_placeholder(const char *raw);
