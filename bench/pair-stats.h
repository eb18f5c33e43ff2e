/* pair-stats: the statistics of the mail path's paired design (bench/run.sh, BENCH_DESIGN
 * pairs): the median of the paired ratios, a bootstrap interval for it, and the verdict
 * against a target.  Pure functions of their inputs (the bootstrap's generator is seeded by
 * the caller), so that a fixed sample gives a fixed interval. */
#pragma once
#include <glib.h>

/* Below this many pairs a percentile interval of the median is no interval: with four
 * pairs a resample's median is one of at most a handful of values, and the 2.5 % and
 * 97.5 % quantiles are simply the smallest and largest ratio. */
#define DM_PAIR_MIN_PAIRS 5

/* Below this many resamples the interval's quantiles rest on a handful of medians. */
#define DM_PAIR_MIN_RESAMPLES 100

#define DM_PAIR_ERROR (dm_pair_error_quark())
GQuark dm_pair_error_quark(void);
typedef enum {
	DM_PAIR_ERROR_TOO_FEW,      /* fewer pairs than the minimum */
	DM_PAIR_ERROR_INVALID,      /* a ratio that is not a positive finite number, or a bad level */
} DmPairError;

typedef struct {
	guint pairs;
	double median;              /* of the sample */
	double low, high;           /* the percentile bootstrap interval of the median */
	double level;               /* e.g. 0.95 */
	guint resamples;
	guint32 seed;
} DmPairInterval;

/* The median of @n values (the mean of the two middle ones when @n is even); @v is left
 * as it was.  @n must be at least 1. */
double dm_pair_median(const double *v, gsize n);

/* Fills @out with the median of @ratios and its interval at @level: @resamples samples of
 * @n ratios drawn with replacement by a generator seeded with @seed, the median of each,
 * and the quantiles (1 − level) / 2 and (1 + level) / 2 of those medians.  Fails with
 * DM_PAIR_ERROR_TOO_FEW when @n < @min_pairs (at least DM_PAIR_MIN_PAIRS is enforced
 * whatever is asked), DM_PAIR_ERROR_INVALID on a ratio ≤ 0, NaN or infinite. */
gboolean dm_pair_interval(const double *ratios, gsize n, guint min_pairs, double level,
                          guint resamples, guint32 seed, DmPairInterval *out, GError **error);

/* The verdict against "at least @target": "met" when the whole interval is at or above
 * it, "not met" when the whole interval is below, otherwise "undecided (interval a–b)".
 * (transfer full) */
char *dm_pair_verdict(const DmPairInterval *iv, double target);

/* An A/A comparison's verdict: the design is fair when the interval contains @value
 * (1: the two halves of a pair measure the same thing alike).  "fair (interval a–b holds
 * 1.000)" or "biased (interval a–b)".  (transfer full) */
char *dm_pair_fairness(const DmPairInterval *iv, double value);
