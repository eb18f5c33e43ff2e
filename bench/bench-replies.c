/* bench-replies: how many replies one core reads per second, as dunmaild reads them
 * (issue 6, point 10), against a bare GMime parse of the same messages in the same run.
 *
 *   bench-replies --model FILE [--corpus DIR] [--rounds N] [--json OUT]
 *   bench-replies --model FILE --stages      each stage of a reading timed alone
 *   bench-replies --model FILE --dump OUT    every answer, for diffing two builds
 *
 * The messages are the training corpus composed as their clients write them (compose.c),
 * serialised once, beforehand.  Then, alternating so that both see the same machine:
 *   parse   dm_message_parse of every message (GMime), nothing else;
 *   rules   dm_message_parse + dm_reply_analyze without a model (the rule classifier
 *           of before issue 6), for comparison;
 *   read    dm_message_parse + dm_reply_analyze_unexplained with the model, as dunmaild's
 *           parse child reads a message: bounce and auto-reply checks, HTML to text,
 *           quote and signature stripping, features, prediction, the second intent and
 *           the date (not `explain`, which the daemon does not keep; --stages times
 *           dm_reply_analyze with it too).
 * Each takes the best of N rounds, timed in CPU seconds (the other users of the machine do
 * not count).  Single-threaded: per core.  --stages (reply-stages.c) says where the time
 * goes; --dump (reply-dump.c) writes what dm_reply_analyze answers, so that a faster
 * build can be shown to answer the same. */
#include "dunning/learn/dm-learn.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"
#include "reply-dump.h"
#include "reply-stages.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

typedef enum { PARSE, RULES, MODEL } Stage;

/* Issue 6, point 10: replies read per second per core, the whole path. */
#define TARGET_PER_SECOND 5000

/* Seconds of CPU this process has used: a shared machine's other work does not count
 * against us (wall-clock figures swung threefold between runs with a load of 15 on two
 * cores), and one core's CPU time is what "per core" means. */
static double
cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static double
one_round(GPtrArray *messages, Stage stage, const DmReplyModel *model)
{
	double start = cpu_seconds();
	for (guint i = 0; i < messages->len; i++) {
		const char *bytes = g_ptr_array_index(messages, i);
		g_autoptr(GMimeMessage) msg = dm_message_parse(bytes, strlen(bytes), NULL);
		g_assert_nonnull(msg);
		if (stage != PARSE) {
			g_autoptr(DmReplyAnalysis) a = stage == MODEL
				? dm_reply_analyze_unexplained(msg, model) : dm_reply_analyze(msg, NULL);
			g_assert_nonnull(a);
		}
	}
	return (double) messages->len / (cpu_seconds() - start);
}

int
main(int argc, char **argv)
{
	g_autofree char *model_path = NULL, *corpus = NULL, *json_out = NULL, *dump = NULL;
	int rounds = 5;
	gboolean stages = FALSE;
	GOptionEntry entries[] = {
		{ "model", 'm', 0, G_OPTION_ARG_FILENAME, &model_path, "The model (required)", "FILE" },
		{ "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus, "Default corpus/replies", "DIR" },
		{ "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of each (default 5)", "N" },
		{ "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures as JSON", "OUT" },
		{ "stages", 0, 0, G_OPTION_ARG_NONE, &stages, "Time each stage of a reading alone",
		  NULL },
		{ "dump", 0, 0, G_OPTION_ARG_FILENAME, &dump, "Write every answer to OUT, no timing",
		  "OUT" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- replies read per second");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || !model_path || rounds < 1) {
		fprintf(stderr, "bench-replies: %s\n", error ? error->message
		        : "--model FILE is required, --rounds at least 1");
		return 2;
	}
	g_autoptr(DmReplyModel) model = dm_reply_model_load(model_path, &error);
	if (!model) {
		fprintf(stderr, "bench-replies: %s\n", error->message);
		return 3;
	}
	g_autoptr(GPtrArray) items = dm_learn_corpus_read_dir(corpus ? corpus : "corpus/replies",
	                                                      "train-", &error);
	if (!items) {
		fprintf(stderr, "bench-replies: %s\n", error->message);
		return 3;
	}
	dm_parser_init();
	g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < items->len; i++) {
		g_autoptr(GMimeMessage) m = dm_learn_compose(g_ptr_array_index(items, i));
		g_ptr_array_add(messages, g_mime_object_to_string(GMIME_OBJECT(m), NULL));
	}
	if (dump) {
		if (!bench_reply_dump(messages, model, dump, &error)) {
			fprintf(stderr, "bench-replies: %s\n", error->message);
			return 3;
		}
		return 0;
	}
	if (stages) {
		bench_reply_stages(messages, model, rounds);
		return 0;
	}
	double best_parse = 0, best_rules = 0, best_read = 0;
	for (int r = 0; r < rounds; r++) {
		best_parse = MAX(best_parse, one_round(messages, PARSE, model));
		best_rules = MAX(best_rules, one_round(messages, RULES, model));
		best_read = MAX(best_read, one_round(messages, MODEL, model));
	}
	printf("bench-replies: %u messages, best of %d rounds, one core\n", messages->len, rounds);
	printf("%-32s %12s %10s\n", "", "messages/s", "ratio");
	printf("%-32s %12.0f %10.3f\n", "GMime parse only", best_parse, 1.0);
	printf("%-32s %12.0f %10.3f\n", "parse + rules only (no model)", best_rules,
	       best_rules / best_parse);
	printf("%-32s %12.0f %10.3f\n", "parse + read (as dunmaild)", best_read,
	       best_read / best_parse);
	printf("replies: %.0f read per CPU second on one core (target >= %d), ratio to GMime "
	       "parse %.3f\n", best_read, TARGET_PER_SECOND, best_read / best_parse);
	if (json_out) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "messages");
		json_builder_add_int_value(b, messages->len);
		json_builder_set_member_name(b, "rounds");
		json_builder_add_int_value(b, rounds);
		json_builder_set_member_name(b, "parse_per_second");
		json_builder_add_double_value(b, best_parse);
		json_builder_set_member_name(b, "replies_per_second");
		json_builder_add_double_value(b, best_read);
		json_builder_set_member_name(b, "ratio_to_parse");
		json_builder_add_double_value(b, best_read / best_parse);
		json_builder_end_object(b);
		g_autoptr(JsonGenerator) gen = json_generator_new();
		g_autoptr(JsonNode) root = json_builder_get_root(b);
		json_generator_set_root(gen, root);
		json_generator_set_pretty(gen, TRUE);
		if (!json_generator_to_file(gen, json_out, &error)) {
			fprintf(stderr, "bench-replies: %s\n", error->message);
			return 3;
		}
	}
	return 0;
}
