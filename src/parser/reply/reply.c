/* reply: one function that says what a debtor's message is, over the layers below it.
 *
 *   1. bounce.c: a delivery failure report -> kind bounce, class bounce, with the failed
 *      recipient.  A delay notice is not a bounce (the MTA is still trying): it becomes an
 *      auto_reply without a date, confidence 0.5, rule "dsn_delayed", so it changes
 *      nothing but is still shown.
 *   2. autoreply.c: an automatic answer -> kind auto_reply, class auto_reply, with the
 *      return date its text states (relative to the message's Date).
 *   3. otherwise a reply: the text without quotes and signature is classified by the
 *      learned model (features.c, model.c): the class of highest probability, that
 *      probability as the confidence, "confident" when it reaches the model's calibrated
 *      threshold, the runner-up as the secondary class when its probability reaches
 *      DM_REPLY_SECONDARY_MIN, and the features that spoke most for the class as
 *      `explain`.  The date is the first the date reader finds in the text, read
 *      backwards for "paid" and forwards otherwise.  matched_rule is "model".  Without
 *      a model (tests and tools only: the programs refuse to start without one) the
 *      rule classifier
 *      (classify.c) decides, as before.
 * reply_text is always the stripped text, bounded to DM_REPLY_MAX_TEXT_BYTES.
 *
 * Failure classes: none; every parsed message gets an analysis. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-bounce.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-html.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-model.h"

#include <string.h>

void
dm_reply_analysis_free(DmReplyAnalysis *a)
{
	if (a == NULL)
		return;
	g_free(a->reply_text);
	g_free(a->bounced_recipient);
	g_free(a->matched_rule);
	g_clear_pointer(&a->explain, g_ptr_array_unref);
	g_free(a);
}

/* (transfer full) the stripped text of @msg, bounded for storage and display. */
static char *
stripped_text(GMimeMessage *msg)
{
	g_autofree char *text = dm_message_text(msg);
	g_autofree char *stripped = dm_reply_strip_quotes(text);
	return dm_text_bound(stripped, strlen(stripped), DM_REPLY_MAX_TEXT_BYTES);
}

#define EXPLAIN_MAX 6

/* The explain strings: the class and its probability, then the strongest features,
 * named by @names (index -> name). */
static void
explain(DmReplyAnalysis *a, const DmReplyModel *model, const GArray *features,
        GHashTable *names)
{
	g_ptr_array_add(a->explain, g_strdup_printf("model: %s %.2f (threshold %.2f)",
	                                            dm_reply_class_name(a->klass), a->confidence,
	                                            dm_reply_model_threshold(model)));
	guint32 top[EXPLAIN_MAX];
	guint n = dm_reply_model_strongest(model, features, a->klass, top, EXPLAIN_MAX);
	for (guint i = 0; i < n; i++) {
		const char *name = g_hash_table_lookup(names, GUINT_TO_POINTER(top[i]));
		if (name)
			g_ptr_array_add(a->explain, g_strdup(name));
	}
}

void
dm_reply_date_for_class(const char *text, const GDate *reference, DmReplyClass klass,
                        GDate *date)
{
	g_date_clear(date, 1);
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY || klass == DM_REPLY_CLASS_PAID ||
	    klass == DM_REPLY_CLASS_ARRANGEMENT || klass == DM_REPLY_CLASS_AUTO_REPLY)
		dm_reply_find_date(text, reference, klass == DM_REPLY_CLASS_PAID, date, NULL);
}

/* A person's reply, by the model (see the top of the file). */
static void
classify_learned(DmReplyAnalysis *a, const DmReplyModel *model, const GDate *reference)
{
	g_autoptr(GHashTable) names = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autoptr(GArray) features = dm_reply_features(a->reply_text, reference,
	                                               dm_reply_model_bits(model), names);
	double probs[DM_REPLY_N_CLASSES];
	dm_reply_model_predict(model, features, probs);
	DmReplyClass best = DM_REPLY_CLASS_OTHER, second = DM_REPLY_CLASS_OTHER;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++) {
		if (probs[k] > probs[best]) {
			second = best;
			best = (DmReplyClass) k;
		} else if (k != (int) best && (second == best || probs[k] > probs[second]))
			second = (DmReplyClass) k;
	}
	a->klass = best;
	if (best == DM_REPLY_CLASS_AUTO_REPLY)
		a->kind = DM_REPLY_KIND_AUTO_REPLY;     /* one the headers did not give away */
	a->confidence = probs[best];
	a->confident = probs[best] >= dm_reply_model_threshold(model);
	a->secondary = second != best && probs[second] >= DM_REPLY_SECONDARY_MIN
		? second : DM_REPLY_CLASS_OTHER;

	dm_reply_date_for_class(a->reply_text, reference, best, &a->date);
	a->matched_rule = g_strdup("model");
	explain(a, model, features, names);
}

DmReplyAnalysis *
dm_reply_analyze(GMimeMessage *msg, const DmReplyModel *model)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmReplyAnalysis *a = g_new0(DmReplyAnalysis, 1);
	g_date_clear(&a->date, 1);
	a->secondary = DM_REPLY_CLASS_OTHER;
	a->explain = g_ptr_array_new_with_free_func(g_free);
	a->reply_text = stripped_text(msg);
	GDate reference = dm_message_date(msg);

	const char *rule = NULL;
	char *recipient = NULL;
	DmBounceKind bounce = dm_bounce_detect(msg, &recipient, &rule);
	if (bounce == DM_BOUNCE_FAILED) {
		a->kind = DM_REPLY_KIND_BOUNCE;
		a->klass = DM_REPLY_CLASS_BOUNCE;
		/* A standard report is unambiguous; a free-form one is read from words. */
		a->confidence = g_str_has_prefix(rule, "dsn_") ? 0.97 : 0.85;
		a->bounced_recipient = recipient;
		a->matched_rule = g_strdup(rule);
		return a;
	}
	g_free(recipient);
	if (bounce == DM_BOUNCE_DELAYED) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = 0.5;
		a->matched_rule = g_strdup("dsn_delayed");
		return a;
	}

	if (dm_autoreply_detect(msg, &rule)) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = g_str_has_prefix(rule, "header_") ? 0.95 : 0.8;
		a->matched_rule = g_strdup(rule);
		/* The subject often carries the dates ("Afwezig t/m 30 november"). */
		const char *subject = g_mime_message_get_subject(msg);
		g_autofree char *text = dm_message_text(msg);
		g_autofree char *both = g_strconcat(subject ? subject : "", "\n", text, NULL);
		dm_autoreply_return_date(both, &reference, &a->date);
		return a;
	}

	a->kind = DM_REPLY_KIND_REPLY;
	if (model) {
		classify_learned(a, model, &reference);
		return a;
	}
	a->klass = dm_reply_classify_text(a->reply_text, &reference, &a->confidence, &a->date,
	                                  &rule);
	a->matched_rule = g_strdup(rule);
	return a;
}
