/* reply-stages: where a reply's reading time goes, one stage at a time (bench-replies
 * --stages).  Kept out of the production path: each stage is called here through its own
 * public function, alone, over the same inputs, so that nothing in dm_reply_analyze
 * carries a timer.
 *
 * The inputs are made once beforehand: the parsed messages, and for the replies the
 * model reads (matched_rule "model") their stripped text and message date.  Each stage
 * then runs over all of them, best of @rounds, in CPU seconds, and is printed as µs per
 * message that reaches it.  The stages overlap on purpose: "features" includes "rules"
 * and the date scan it makes; the rest of it (tokens, n-grams, hashing, weighing) is
 * printed as their difference.  What is not a stage here (the second intent's cues,
 * `explain`, the addresses) is what dm_reply_analyze costs beyond the stages' sum. */
#include "reply-stages.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-bounce.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-features.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

typedef struct {
	DmReplyClass klass, secondary;
	gboolean month_first;
	double confidence;
} ClassPair;

typedef struct {
	GPtrArray *bytes;           /* (element-type utf8) the serialised messages */
	GPtrArray *messages;        /* GMimeMessage, parsed once */
	GPtrArray *texts;           /* (element-type utf8) the stripped text of each reply
	                             * the model reads */
	GArray *references;         /* GDate, the message date of each of @texts */
	GPtrArray *features;        /* GArray of DmReplyFeature, one per @texts */
	GPtrArray *rules;           /* GPtrArray of rule names, the hits on each of @texts,
	                             * which the features hand on to dm_reply_acts_alone */
	GArray *classes;            /* ClassPair, the answer's class and second intent and
	                             * the message's way of writing dates, one per @texts */
	const DmReplyModel *model;
} Inputs;

typedef void (*StageFunc)(const Inputs *in, guint i);

static double
cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* µs per item of @stage over @n items, best of @rounds. */
static double
time_stage(const Inputs *in, StageFunc stage, guint n, int rounds)
{
	double best = G_MAXDOUBLE;
	for (int r = 0; r < rounds; r++) {
		double start = cpu_seconds();
		for (guint i = 0; i < n; i++)
			stage(in, i);
		best = MIN(best, cpu_seconds() - start);
	}
	return n ? best * 1e6 / n : 0;
}

static void
stage_parse(const Inputs *in, guint i)
{
	const char *bytes = g_ptr_array_index(in->bytes, i);
	g_autoptr(GMimeMessage) msg = dm_message_parse(bytes, strlen(bytes), NULL);
}

static void
stage_analyze(const Inputs *in, guint i)
{
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(g_ptr_array_index(in->messages, i),
	                                                in->model);
}

static void
stage_unexplained(const Inputs *in, guint i)
{
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze_unexplained(g_ptr_array_index(in->messages,
	                                                                              i), in->model);
}

static void
stage_new_text(const Inputs *in, guint i)
{
	g_autofree char *text = dm_reply_new_text(g_ptr_array_index(in->messages, i));
}

/* What dm_reply_analyze reads now in place of the two above: the new text and the whole
 * text in one pass (an HTML part parsed once). */
static void
stage_texts(const Inputs *in, guint i)
{
	g_auto(DmReplyTexts) texts = { NULL, NULL };
	dm_reply_texts_read(g_ptr_array_index(in->messages, i), &texts);
}

static void
stage_bounce(const Inputs *in, guint i)
{
	DmBounceReport report;
	dm_bounce_detect(g_ptr_array_index(in->messages, i), &report);
	dm_bounce_report_clear(&report);
}

static void
stage_autoreply(const Inputs *in, guint i)
{
	GMimeMessage *msg = g_ptr_array_index(in->messages, i);
	const char *rule;
	dm_autoreply_detect(msg, dm_auto_headers_read(GMIME_OBJECT(msg), NULL), &rule);
}

/* The features of text @i, their names logged into @names. */
static void
read_features(const Inputs *in, guint i, DmReplyFeatureNames *names)
{
	g_autoptr(GArray) f = dm_reply_features_named(g_ptr_array_index(in->texts, i),
	                                              &g_array_index(in->references, GDate, i),
	                                              dm_reply_model_bits(in->model), names);
}

static void
stage_features(const Inputs *in, guint i)
{
	g_autoptr(DmReplyFeatureNames) names = dm_reply_feature_names_new();
	read_features(in, i, names);
}

/* As dunmaild reads them: only the rules' names logged (no explain). */
static void
stage_features_unexplained(const Inputs *in, guint i)
{
	g_autoptr(DmReplyFeatureNames) names = dm_reply_feature_names_new_rules_only();
	read_features(in, i, names);
}

static void
stage_rules(const Inputs *in, guint i)
{
	g_autoptr(GPtrArray) hits = g_ptr_array_new();
	dm_reply_rule_hits(g_ptr_array_index(in->texts, i), hits);
}

static void
stage_feature_date(const Inputs *in, guint i)
{
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(g_ptr_array_index(in->texts, i));
	GDate d;
	g_date_clear(&d, 1);
	dm_reply_scan_find_date(scan, &g_array_index(in->references, GDate, i), FALSE, &d, NULL);
}

/* Whether a person says the address moved (dm_reply_analyze asks every reply); the
 * sender's own address does not matter to the cost. */
static void
stage_new_address(const Inputs *in, guint i)
{
	g_autofree char *address = dm_autoreply_new_address(g_ptr_array_index(in->texts, i), NULL);
}

/* The class's date, read alone: in dm_reply_analyze it reuses the features' date scan,
 * so this overstates it by that scan; it is the date reader's. */
static void
stage_class_date(const Inputs *in, guint i)
{
	const ClassPair *c = &g_array_index(in->classes, ClassPair, i);
	GDate d;
	dm_reply_date_for_classes(g_ptr_array_index(in->texts, i),
	                          &g_array_index(in->references, GDate, i), c->month_first,
	                          c->klass, c->secondary, &d);
}

/* Whether the answer may act alone: the tests after the model's reading, given the
 * rules' hits as dm_reply_analyze gives them (the features found them). */
static void
stage_acts_alone(const Inputs *in, guint i)
{
	const ClassPair *c = &g_array_index(in->classes, ClassPair, i);
	(void) (dm_reply_held_by(c->klass, c->secondary, g_ptr_array_index(in->texts, i),
	                         g_ptr_array_index(in->rules, i)) == NULL &&
	        c->confidence >= dm_reply_model_threshold(in->model));
}

static void
stage_predict(const Inputs *in, guint i)
{
	double probs[DM_REPLY_N_CLASSES];
	dm_reply_model_predict(in->model, g_ptr_array_index(in->features, i), probs);
}

static void
inputs_clear(Inputs *in)
{
	g_ptr_array_unref(in->messages);
	g_ptr_array_unref(in->texts);
	g_array_unref(in->references);
	g_ptr_array_unref(in->features);
	g_ptr_array_unref(in->rules);
	g_array_unref(in->classes);
}

/* The inputs of every stage, made once: each message parsed, and the model's replies'
 * texts, dates and features. */
static void
inputs_init(Inputs *in, GPtrArray *bytes, const DmReplyModel *model)
{
	in->bytes = bytes;
	in->model = model;
	in->messages = g_ptr_array_new_with_free_func(g_object_unref);
	in->texts = g_ptr_array_new_with_free_func(g_free);
	in->references = g_array_new(FALSE, FALSE, sizeof(GDate));
	in->features = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
	in->rules = g_ptr_array_new_with_free_func((GDestroyNotify) g_ptr_array_unref);
	in->classes = g_array_new(FALSE, FALSE, sizeof(ClassPair));
	for (guint i = 0; i < bytes->len; i++) {
		const char *b = g_ptr_array_index(bytes, i);
		GMimeMessage *msg = dm_message_parse(b, strlen(b), NULL);
		g_ptr_array_add(in->messages, msg);
		g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, model);
		if (g_strcmp0(a->matched_rule, "model") != 0)
			continue;
		GDate ref = dm_message_date(msg);
		g_ptr_array_add(in->texts, g_strdup(a->reply_text));
		g_array_append_val(in->references, ref);
		ClassPair pair = { a->klass, a->secondary, dm_reply_message_month_first(msg),
		                   a->confidence };
		g_array_append_val(in->classes, pair);
		GPtrArray *hits = g_ptr_array_new();
		g_ptr_array_add(in->features, dm_reply_features_scanned(a->reply_text, &ref,
		                                                        dm_reply_model_bits(model),
		                                                        NULL, NULL, hits));
		g_ptr_array_add(in->rules, hits);
	}
}

void
bench_reply_stages(GPtrArray *bytes, const DmReplyModel *model, int rounds)
{
	Inputs in;
	inputs_init(&in, bytes, model);
	guint all = bytes->len, read = in.texts->len;
	double features = time_stage(&in, stage_features, read, rounds);
	double rules = time_stage(&in, stage_rules, read, rounds);
	double dates = time_stage(&in, stage_feature_date, read, rounds);
	printf("bench-replies --stages: CPU µs per message, best of %d rounds, one core\n", rounds);
	printf("  %-52s %8.1f  (%u messages)\n", "GMime parse (dm_message_parse)",
	       time_stage(&in, stage_parse, all, rounds), all);
	printf("  %-52s %8.1f\n", "dm_reply_analyze, all of it",
	       time_stage(&in, stage_analyze, all, rounds));
	printf("  %-52s %8.1f\n", "- without explain (dm_reply_analyze_unexplained)",
	       time_stage(&in, stage_unexplained, all, rounds));
	printf("  %-52s %8.1f\n", "- the new text (dm_reply_new_text)",
	       time_stage(&in, stage_new_text, all, rounds));
	printf("  %-52s %8.1f\n", "- bounce check (dm_bounce_detect)",
	       time_stage(&in, stage_bounce, all, rounds));
	printf("  %-52s %8.1f\n", "- both texts at once (dm_reply_texts_read)",
	       time_stage(&in, stage_texts, all, rounds));
	printf("  %-52s %8.1f\n", "- auto-reply check (dm_autoreply_detect)",
	       time_stage(&in, stage_autoreply, all, rounds));
	printf("  %-52s %8.1f  (%u replies the model reads)\n", "- the features, all of it",
	       features, read);
	printf("  %-52s %8.1f\n", "  - as dunmaild reads them (only rules' names logged)",
	       time_stage(&in, stage_features_unexplained, read, rounds));
	printf("  %-52s %8.1f\n", "  - the rules (dm_reply_rule_hits)", rules);
	printf("  %-52s %8.1f\n", "  - the date scan and the features' date", dates);
	printf("  %-52s %8.1f\n", "  - tokens, n-grams, hashing, weighing (the rest)",
	       features - rules - dates);
	printf("  %-52s %8.1f\n", "- the prediction (dm_reply_model_predict)",
	       time_stage(&in, stage_predict, read, rounds));
	printf("  %-52s %8.1f\n", "- the new-address check (dm_autoreply_new_address)",
	       time_stage(&in, stage_new_address, read, rounds));
	printf("  %-52s %8.1f\n", "- the class's date, alone (with a scan of its own)",
	       time_stage(&in, stage_class_date, read, rounds));
	printf("  %-52s %8.1f\n", "- whether it acts alone (given the rules' hits)",
	       time_stage(&in, stage_acts_alone, read, rounds));
	inputs_clear(&in);
}
