/* pair-stats: median, bootstrap interval and verdict of the paired mail-path bench (see
 * pair-stats.h).  A percentile bootstrap: no assumption about the ratios' distribution
 * (on this VM it is skewed by stalls of the disk and the hypervisor), only that the pairs
 * are independent draws, which back-to-back pairs with drift cancelled inside them are. */
#include "pair-stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

G_DEFINE_QUARK(dm-pair-error-quark, dm_pair_error)

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

/* The median of @v, sorting it in place. */
static double
median_sorting(double *v, gsize n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double
dm_pair_median(const double *v, gsize n)
{
	g_return_val_if_fail(v != NULL && n > 0, NAN);
	g_autofree double *copy = g_memdup2(v, n * sizeof *v);
	return median_sorting(copy, n);
}

gboolean
dm_pair_interval(const double *ratios, gsize n, guint min_pairs, double level,
                 guint resamples, guint32 seed, DmPairInterval *out, GError **error)
{
	g_return_val_if_fail(out != NULL, FALSE);
	min_pairs = MAX(min_pairs, DM_PAIR_MIN_PAIRS);
	if (n < min_pairs) {
		g_set_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_TOO_FEW,
		            "%" G_GSIZE_FORMAT " pairs: at least %u are needed for an interval of the median",
		            n, min_pairs);
		return FALSE;
	}
	if (!(level > 0 && level < 1) || resamples < DM_PAIR_MIN_RESAMPLES) {
		g_set_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID,
		            "the level must lie between 0 and 1 and there must be at least %d resamples",
		            DM_PAIR_MIN_RESAMPLES);
		return FALSE;
	}
	for (gsize i = 0; i < n; i++) {
		if (!isfinite(ratios[i]) || ratios[i] <= 0) {
			g_set_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID,
			            "pair %" G_GSIZE_FORMAT ": the ratio %g is not a positive number", i + 1, ratios[i]);
			return FALSE;
		}
	}

	/* GRand is the Mersenne Twister with a documented seeding: the same seed gives the
	 * same resamples on every machine, so a run's interval can be recomputed from its
	 * ratios. */
	g_autoptr(GRand) rand = g_rand_new_with_seed(seed);
	g_autofree double *draw = g_new(double, n);
	g_autofree double *medians = g_new(double, resamples);
	for (guint b = 0; b < resamples; b++) {
		for (gsize i = 0; i < n; i++)
			draw[i] = ratios[g_rand_int_range(rand, 0, (gint32) n)];
		medians[b] = median_sorting(draw, n);
	}
	qsort(medians, resamples, sizeof *medians, cmp_double);
	guint lo = (guint) floor((1 - level) / 2 * resamples);
	guint hi = (guint) ceil((1 + level) / 2 * resamples);
	hi = CLAMP(hi, 1, resamples) - 1;

	*out = (DmPairInterval) {
		.pairs = (guint) n, .median = dm_pair_median(ratios, n),
		.low = medians[lo], .high = medians[hi],
		.level = level, .resamples = resamples, .seed = seed,
	};
	return TRUE;
}

char *
dm_pair_verdict(const DmPairInterval *iv, double target)
{
	if (iv->low >= target)
		return g_strdup("met");
	if (iv->high < target)
		return g_strdup("not met");
	return g_strdup_printf("undecided (interval %.3f–%.3f)", iv->low, iv->high);
}

char *
dm_pair_fairness(const DmPairInterval *iv, double value)
{
	if (iv->low <= value && value <= iv->high)
		return g_strdup_printf("fair (interval %.3f–%.3f holds %.3f)", iv->low, iv->high, value);
	return g_strdup_printf("biased (interval %.3f–%.3f)", iv->low, iv->high);
}
