/* calib-spread: how much the reply model's calibrated threshold owes to chance.
 *
 * `dunmail train` calibrates the threshold on one cross-validation, its folds fixed by a
 * hash of each id.  This tool repeats that calibration, at one C, under other fold
 * assignments (--salts N: salts 0 .. N-1, salt 0 being the folds training uses) and with
 * each small training file left out in turn (--leave-out LINES: every train-*.jsonl of at
 * most LINES replies, on salt 0's folds), and prints each threshold with its
 * cross-validated precision and share, then the spread, and the threshold the readings
 * of every fold assignment pooled would give (dm_learn_calibrate_repeated: the curve of
 * precision against probability averaged over the assignments, the standard error still
 * that of as many replies as there are).  It writes no model.
 *
 *   calib-spread [--corpus DIR] [--c C] [--salts N] [--leave-out LINES]
 */
#include "dunning/learn/dm-learn.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	double C;
	GArray *thresholds;   /* double */
	const char *dump;     /* nullable: where each calibration's readings go */
	GArray *pooled_top;   /* double: the acting replies' readings of every salt */
	GArray *pooled_right; /* gboolean */
} Spread;

/* One calibration of @set (its folds as they stand) at @spread's C, printed as @name. */
static void
calibrate_once(const DmLearnSet *set, const char *name, Spread *spread)
{
	guint n = set->examples->len;
	g_autofree double *probs = g_new(double, (gsize) n * DM_REPLY_N_CLASSES);
	g_autofree int *secondary = g_new(int, n);
	dm_learn_cross_validate_read(set, spread->C, probs, secondary);
	double precision = 0, share = 0;
	double t = dm_learn_calibrate_read(set, probs, secondary, DM_LEARN_TARGET_PRECISION,
	                                   &precision, &share);
	g_array_append_val(spread->thresholds, t);
	if (spread->pooled_top) {
		guint at = spread->pooled_top->len;
		g_array_set_size(spread->pooled_top, at + n);
		g_array_set_size(spread->pooled_right, at + n);
		guint m = dm_learn_acting_readings(set, probs, secondary,
		                                   &g_array_index(spread->pooled_top, double, at),
		                                   &g_array_index(spread->pooled_right, gboolean, at));
		g_array_set_size(spread->pooled_top, at + m);
		g_array_set_size(spread->pooled_right, at + m);
	}
	if (spread->dump) {
		/* Each reply's reading for calibrations tried outside: its top probability,
		 * whether it is right and whether it may act alone at all. */
		g_autofree char *path = g_strdup_printf("%s/%s.tsv", spread->dump, name);
		g_strdelimit(path + strlen(spread->dump) + 1, " /", '_');
		FILE *out = fopen(path, "w");
		for (guint i = 0; out && i < n; i++) {
			const DmLearnExample *ex = &g_array_index(set->examples, DmLearnExample, i);
			const double *row = probs + (gsize) i * DM_REPLY_N_CLASSES;
			int best = 0;
			for (int c = 1; c < DM_REPLY_N_CLASSES; c++)
				if (row[c] > row[best])
					best = c;
			fprintf(out, "%s\t%.17g\t%d\t%d\n", ex->item->id, row[best],
			        best == (int) ex->item->klass,
			        dm_reply_acts_alone((DmReplyClass) best, (DmReplyClass) secondary[i],
			                            ex->text, 1.0, 0.0));
		}
		if (out)
			fclose(out);
	}
	printf("%-34s threshold %.4f  %.1f %% right among %.1f %% acting alone\n", name, t,
	       100 * precision, 100 * share);
	fflush(stdout);
}

static int
by_value(gconstpointer a, gconstpointer b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

static void
print_spread(const char *what, GArray *t)
{
	if (t->len == 0)
		return;
	g_array_sort(t, by_value);
	double sum = 0, sq = 0;
	for (guint i = 0; i < t->len; i++) {
		sum += g_array_index(t, double, i);
		sq += g_array_index(t, double, i) * g_array_index(t, double, i);
	}
	double mean = sum / t->len;
	printf("%s: %u thresholds, min %.4f median %.4f max %.4f, mean %.4f sd %.4f\n", what,
	       t->len, g_array_index(t, double, 0), g_array_index(t, double, t->len / 2),
	       g_array_index(t, double, t->len - 1), mean,
	       t->len > 1 ? sqrt(MAX(0, (sq - sum * mean) / (t->len - 1))) : 0);
}

/* A set of @all's examples but those of @skip (its items, by pointer): shares @all's
 * features, so only the array is freed. */
static DmLearnSet
subset_without(const DmLearnSet *all, GHashTable *skip)
{
	DmLearnSet sub = { NULL, g_array_new(FALSE, FALSE, sizeof(DmLearnExample)) };
	for (guint i = 0; i < all->examples->len; i++) {
		const DmLearnExample *ex = &g_array_index(all->examples, DmLearnExample, i);
		if (!g_hash_table_contains(skip, ex->item))
			g_array_append_val(sub.examples, *ex);
	}
	return sub;
}

int
main(int argc, char **argv)
{
	g_autofree char *dir = NULL;
	double C = 8192;
	int salts = 1, leave_out = 0;
	g_autofree char *dump = NULL;
	GOptionEntry entries[] = {
		{ "corpus", 0, 0, G_OPTION_ARG_FILENAME, &dir, "DIR/train-*.jsonl", "DIR" },
		{ "c", 0, 0, G_OPTION_ARG_DOUBLE, &C, "LIBLINEAR's C (default 8192)", "C" },
		{ "salts", 0, 0, G_OPTION_ARG_INT, &salts, "Fold assignments 0 .. N-1", "N" },
		{ "leave-out", 0, 0, G_OPTION_ARG_INT, &leave_out,
		  "Leave out each training file of at most LINES replies", "LINES" },
		{ "dump", 0, 0, G_OPTION_ARG_FILENAME, &dump,
		  "Write each calibration's readings to DIR/NAME.tsv", "DIR" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- the calibrated threshold's spread");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "calib-spread: %s\n", error->message);
		return 2;
	}
	const char *corpus = dir ? dir : "corpus/replies";
	g_autoptr(GPtrArray) files = dm_learn_corpus_files(corpus, "train-", &error);
	if (!files) {
		fprintf(stderr, "calib-spread: %s\n", error->message);
		return 3;
	}
	GPtrArray *items = g_ptr_array_new_with_free_func((GDestroyNotify) dm_learn_item_free);
	/* Where each file's items start in @items: file k holds [start[k], start[k + 1]). */
	g_autofree guint *start = g_new(guint, files->len + 1);
	for (guint k = 0; k < files->len; k++) {
		start[k] = items->len;
		if (!dm_learn_corpus_read(g_ptr_array_index(files, k), items, &error)) {
			fprintf(stderr, "calib-spread: %s\n", error->message);
			g_ptr_array_unref(items);
			return 3;
		}
	}
	start[files->len] = items->len;
	g_autoptr(DmLearnSet) set = dm_learn_prepare(items);
	Spread spread = { C, g_array_new(FALSE, FALSE, sizeof(double)), dump,
	                  g_array_new(FALSE, FALSE, sizeof(double)),
	                  g_array_new(FALSE, FALSE, sizeof(gboolean)) };
	for (int salt = 0; salt < salts; salt++) {
		dm_learn_set_folds(set, (guint) salt);
		g_autofree char *name = g_strdup_printf("salt %d", salt);
		calibrate_once(set, name, &spread);
	}
	print_spread("fold assignments", spread.thresholds);
	if (salts > 0) {
		double precision = 0, share = 0;
		double t = dm_learn_calibrate_repeated(
			(const double *) spread.pooled_top->data,
			(const gboolean *) spread.pooled_right->data, spread.pooled_top->len,
			(guint) salts, DM_LEARN_TARGET_PRECISION, &precision, &share);
		printf("pooled over %d fold assignments: threshold %.4f  %.1f %% right among the "
		       "%.1f %% of acting-eligible readings\n", salts, t, 100 * precision,
		       100 * share);
	}
	g_clear_pointer(&spread.pooled_top, g_array_unref);
	g_clear_pointer(&spread.pooled_right, g_array_unref);
	g_array_set_size(spread.thresholds, 0);
	dm_learn_set_folds(set, 0);
	for (guint k = 0; leave_out > 0 && k < files->len; k++) {
		guint lines = start[k + 1] - start[k];
		if (lines > (guint) leave_out)
			continue;
		g_autoptr(GHashTable) skip = g_hash_table_new(NULL, NULL);
		for (guint i = start[k]; i < start[k + 1]; i++)
			g_hash_table_add(skip, g_ptr_array_index(set->items, i));
		DmLearnSet sub = subset_without(set, skip);
		g_autofree char *name = g_strdup_printf("without %s", (const char *)
		                                        g_ptr_array_index(files, k));
		calibrate_once(&sub, name, &spread);
		g_array_unref(sub.examples);
	}
	print_spread("files left out", spread.thresholds);
	g_array_unref(spread.thresholds);
	return 0;
}
