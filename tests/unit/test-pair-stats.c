/* test-pair-stats: the paired mail-path bench's statistics (bench/pair-stats.c) — the
 * median, the bootstrap interval on samples whose interval is known, the refusal of too few
 * pairs, and the verdicts. */
#include <math.h>

#include "pair-stats.h"

static void
test_median(void)
{
	const double odd[] = { 3, 1, 2 };
	const double even[] = { 4, 1, 3, 2 };
	g_assert_cmpfloat(dm_pair_median(odd, G_N_ELEMENTS(odd)), ==, 2);
	g_assert_cmpfloat(dm_pair_median(even, G_N_ELEMENTS(even)), ==, 2.5);
	/* The caller's sample is left in its order. */
	g_assert_cmpfloat(odd[0], ==, 3);
}

/* Eleven ratios, out of order.  A resample's median is its 6th smallest draw, so it is at
 * most x(k), the sample's k-th smallest, when at least 6 of the 11 draws are: a binomial
 * with p = k/11.  That probability is 0.0072 for k = 2 and 0.0512 for k = 3, 0.9488 for
 * k = 8 and 0.9928 for k = 9: the 2.5 % quantile of the bootstrap medians is x(3) and the
 * 97.5 % quantile x(9), far enough from the edges (the resampling's own error at 10,000
 * resamples is about 0.0016) that any seed gives the same interval. */
static const double ELEVEN[] = { 0.97, 1.01, 0.93, 0.99, 0.91, 1.00, 0.95, 0.92, 0.98, 0.94, 0.96 };

static void
test_known_interval(void)
{
	const guint32 seeds[] = { 1, 2, 12345 };
	for (gsize i = 0; i < G_N_ELEMENTS(seeds); i++) {
		DmPairInterval iv;
		g_autoptr(GError) error = NULL;
		g_assert_true(dm_pair_interval(ELEVEN, G_N_ELEMENTS(ELEVEN), 0, 0.95, 10000, seeds[i], &iv, &error));
		g_assert_no_error(error);
		g_assert_cmpuint(iv.pairs, ==, 11);
		g_assert_cmpfloat(iv.median, ==, 0.96);
		g_assert_cmpfloat(iv.low, ==, 0.93);
		g_assert_cmpfloat(iv.high, ==, 0.99);
		g_assert_cmpuint(iv.seed, ==, seeds[i]);
	}
}

static void
test_same_seed_same_interval(void)
{
	/* Even, skewed, with ties: no closed form, but a fixed seed is a fixed answer. */
	const double v[] = { 1.02, 0.98, 1.20, 0.99, 1.01, 0.99, 0.85, 1.00, 1.03, 0.97, 0.99, 1.04 };
	DmPairInterval a, b;
	g_assert_true(dm_pair_interval(v, G_N_ELEMENTS(v), 0, 0.95, 2000, 7, &a, NULL));
	g_assert_true(dm_pair_interval(v, G_N_ELEMENTS(v), 0, 0.95, 2000, 7, &b, NULL));
	g_assert_cmpfloat(a.low, ==, b.low);
	g_assert_cmpfloat(a.high, ==, b.high);
	g_assert_cmpfloat_with_epsilon(a.median, 0.995, 1e-12);
	g_assert_cmpfloat(a.low, <=, a.median);
	g_assert_cmpfloat(a.median, <=, a.high);
	/* A wider level never gives a narrower interval. */
	DmPairInterval wide;
	g_assert_true(dm_pair_interval(v, G_N_ELEMENTS(v), 0, 0.99, 2000, 7, &wide, NULL));
	g_assert_cmpfloat(wide.low, <=, a.low);
	g_assert_cmpfloat(wide.high, >=, a.high);
}

static void
test_all_equal(void)
{
	const double v[] = { 0.987, 0.987, 0.987, 0.987, 0.987, 0.987, 0.987 };
	DmPairInterval iv;
	g_assert_true(dm_pair_interval(v, G_N_ELEMENTS(v), 0, 0.95, 1000, 1, &iv, NULL));
	g_assert_cmpfloat(iv.low, ==, 0.987);
	g_assert_cmpfloat(iv.high, ==, 0.987);
	g_assert_cmpfloat(iv.median, ==, 0.987);
}

static void
test_too_few(void)
{
	const double v[] = { 1.0, 0.9, 1.1, 1.0, 0.95, 1.05 };
	DmPairInterval iv;
	g_autoptr(GError) error = NULL;
	/* The floor holds whatever the caller asks for. */
	g_assert_false(dm_pair_interval(v, DM_PAIR_MIN_PAIRS - 1, 1, 0.95, 1000, 1, &iv, &error));
	g_assert_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_TOO_FEW);
	g_assert_cmpstr(error->message, ==, "4 pairs: at least 5 are needed for an interval of the median");
	g_clear_error(&error);
	/* A caller may ask for more. */
	g_assert_false(dm_pair_interval(v, 6, 10, 0.95, 1000, 1, &iv, &error));
	g_assert_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_TOO_FEW);
	g_clear_error(&error);
	g_assert_true(dm_pair_interval(v, DM_PAIR_MIN_PAIRS, 0, 0.95, 1000, 1, &iv, &error));
	g_assert_no_error(error);
}

static void
test_invalid(void)
{
	const double v[] = { 1.0, 0.9, 0.0, 1.0, 0.95 };
	const double nan[] = { 1.0, 0.9, NAN, 1.0, 0.95 };
	DmPairInterval iv;
	g_autoptr(GError) error = NULL;
	g_assert_false(dm_pair_interval(v, 5, 0, 0.95, 1000, 1, &iv, &error));
	g_assert_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID);
	g_clear_error(&error);
	g_assert_false(dm_pair_interval(nan, 5, 0, 0.95, 1000, 1, &iv, &error));
	g_assert_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID);
	g_clear_error(&error);
	g_assert_false(dm_pair_interval(ELEVEN, 11, 0, 1.5, 1000, 1, &iv, &error));
	g_assert_error(error, DM_PAIR_ERROR, DM_PAIR_ERROR_INVALID);
}

typedef struct {
	double low, high, target;
	const char *verdict;
} VerdictCase;

static void
test_verdicts(void)
{
	const VerdictCase cases[] = {
		{ 0.992, 1.010, 0.99, "met" },
		{ 0.990, 1.010, 0.99, "met" },                  /* "at least": the edge is in */
		{ 0.950, 0.989, 0.99, "not met" },
		{ 0.970, 1.010, 0.99, "undecided (interval 0.970–1.010)" },
		{ 0.950, 0.990, 0.99, "undecided (interval 0.950–0.990)" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmPairInterval iv = { .pairs = 20, .median = 1, .low = cases[i].low, .high = cases[i].high };
		g_autofree char *v = dm_pair_verdict(&iv, cases[i].target);
		g_assert_cmpstr(v, ==, cases[i].verdict);
	}
}

static void
test_fairness(void)
{
	DmPairInterval holds = { .pairs = 20, .median = 1.004, .low = 0.981, .high = 1.022 };
	DmPairInterval above = { .pairs = 20, .median = 1.04, .low = 1.012, .high = 1.07 };
	g_autofree char *fair = dm_pair_fairness(&holds, 1);
	g_autofree char *biased = dm_pair_fairness(&above, 1);
	g_assert_cmpstr(fair, ==, "fair (interval 0.981–1.022 holds 1.000)");
	g_assert_cmpstr(biased, ==, "biased (interval 1.012–1.070)");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/pair-stats/median", test_median);
	g_test_add_func("/pair-stats/known-interval", test_known_interval);
	g_test_add_func("/pair-stats/same-seed", test_same_seed_same_interval);
	g_test_add_func("/pair-stats/all-equal", test_all_equal);
	g_test_add_func("/pair-stats/too-few", test_too_few);
	g_test_add_func("/pair-stats/invalid", test_invalid);
	g_test_add_func("/pair-stats/verdicts", test_verdicts);
	g_test_add_func("/pair-stats/fairness", test_fairness);
	return g_test_run();
}
