/* pair-stats: one comparison of the paired mail-path bench, summed up (bench/run.sh,
 * BENCH_DESIGN=pairs).  A C program rather than awk because the bootstrap wants a seeded
 * generator that gives the same resamples everywhere and ten thousand sorts of the sample;
 * the statistics themselves are in pair-stats.c, tested by tests/unit/test-pair-stats.c.
 *
 *   pair-stats [--target T | --contains V] [--seed N] [--resamples N] [--level L]
 *              [--min-pairs N] < RATIOS
 *
 * RATIOS: one paired ratio a line (A's rate over B's in the same pair).  Prints one JSON
 * object: pairs, median, ci_low, ci_high, level, resamples, seed, and with --target
 * ("at least T") or --contains (an A/A check: the interval should hold V) the target's
 * text and the verdict.  Too few pairs or a bad line: a message on stderr, exit status 1;
 * a usage error: status 2. */
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "pair-stats.h"

/* Reads one ratio a line; blank lines are skipped. */
static GArray *
read_ratios(FILE *in, GError **error)
{
	g_autoptr(GArray) ratios = g_array_new(FALSE, FALSE, sizeof(double));
	char line[256];
	for (guint n = 1; fgets(line, sizeof line, in); n++) {
		g_strstrip(line);
		if (line[0] == '\0')
			continue;
		char *end = NULL;
		double r = g_ascii_strtod(line, &end);
		if (end == line || *end != '\0') {
			g_set_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID, "line %u: '%s' is not a number", n, line);
			return NULL;
		}
		g_array_append_val(ratios, r);
	}
	return g_steal_pointer(&ratios);
}

static char *
to_json(const DmPairInterval *iv, const char *target, const char *verdict)
{
	g_autoptr(JsonObject) o = json_object_new();
	json_object_set_int_member(o, "pairs", iv->pairs);
	json_object_set_double_member(o, "median", iv->median);
	json_object_set_double_member(o, "ci_low", iv->low);
	json_object_set_double_member(o, "ci_high", iv->high);
	json_object_set_double_member(o, "level", iv->level);
	json_object_set_int_member(o, "resamples", iv->resamples);
	json_object_set_int_member(o, "seed", iv->seed);
	/* NULL strings become JSON null: no target, no verdict. */
	json_object_set_string_member(o, "target", target);
	json_object_set_string_member(o, "verdict", verdict);
	g_autoptr(JsonNode) root = json_node_init_object(json_node_alloc(), o);
	return json_to_string(root, FALSE);
}

int
main(int argc, char **argv)
{
	double target = NAN, contains = NAN, level = 0.95;
	int seed = 1, resamples = 10000, min_pairs = DM_PAIR_MIN_PAIRS;
	GOptionEntry entries[] = {
		{ "target", 0, 0, G_OPTION_ARG_DOUBLE, &target, "the verdict against 'at least T'", "T" },
		{ "contains", 0, 0, G_OPTION_ARG_DOUBLE, &contains, "an A/A check: fair when the interval holds V", "V" },
		{ "seed", 0, 0, G_OPTION_ARG_INT, &seed, "the bootstrap's seed (1)", "N" },
		{ "resamples", 0, 0, G_OPTION_ARG_INT, &resamples, "bootstrap resamples (10000)", "N" },
		{ "level", 0, 0, G_OPTION_ARG_DOUBLE, &level, "the interval's level (0.95)", "L" },
		{ "min-pairs", 0, 0, G_OPTION_ARG_INT, &min_pairs, "refuse fewer pairs than this", "N" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("< RATIOS - median and bootstrap interval of paired ratios");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 1 || seed < 0 ||
	    resamples < DM_PAIR_MIN_RESAMPLES || !(level > 0 && level < 1) || min_pairs < 0 ||
	    (!isnan(target) && !isnan(contains))) {
		fprintf(stderr, "pair-stats: %s\n", error ? error->message
		        : "usage: pair-stats [--target T | --contains V] [--seed N] [--resamples N] [--level L] < RATIOS");
		return 2;
	}

	g_autoptr(GArray) ratios = read_ratios(stdin, &error);
	DmPairInterval iv;
	if (!ratios || !dm_pair_interval(&g_array_index(ratios, double, 0), ratios->len, (guint) min_pairs,
	                                 level, (guint) resamples, (guint32) seed, &iv, &error)) {
		fprintf(stderr, "pair-stats: %s\n", error->message);
		return 1;
	}
	g_autofree char *target_text = NULL, *verdict = NULL;
	if (!isnan(target)) {
		target_text = g_strdup_printf(">= %g", target);
		verdict = dm_pair_verdict(&iv, target);
	} else if (!isnan(contains)) {
		target_text = g_strdup_printf("holds %g", contains);
		verdict = dm_pair_fairness(&iv, contains);
	}
	g_autofree char *json = to_json(&iv, target_text, verdict);
	puts(json);
	return 0;
}
