/* test-learn-calibrate: the confidence threshold dm_learn_calibrate picks.
 *
 * /learn/calibrate/margin: a set whose precision is just on the target (98.0 % of
 *   1,000 against 98 %) is not taken whole: the precision must clear the target by one
 *   standard error, so the threshold rises and the replies above it are right more often.
 * /learn/calibrate/all-right: when every reply is right, the lowest probability is the
 *   threshold and every reply is confident.
 * /learn/calibrate/ties: replies of equal probability are cut together. */
#include "dunning/learn/dm-learn.h"

#include <math.h>

#define N 1000

static void
test_margin(void)
{
	double p[N];
	gboolean right[N];
	/* One wrong in 50, spread evenly: 980 of 1,000 right, just on the target. */
	for (guint i = 0; i < N; i++) {
		p[i] = 1.0 - (double) i / N;
		right[i] = i % 50 != 49;
	}
	double precision = 0, share = 0;
	double t = dm_learn_calibrate(p, right, N, 0.98, &precision, &share);
	g_assert_cmpfloat(t, >, p[N - 1]);
	g_assert_cmpfloat(share, <, 1.0);
	double k = share * N;
	g_assert_cmpfloat(precision - sqrt(precision * (1 - precision) / k), >=, 0.98);
}

static void
test_all_right(void)
{
	double p[N];
	gboolean right[N];
	for (guint i = 0; i < N; i++) {
		p[i] = 0.5 + 0.5 * (double) i / N;
		right[i] = TRUE;
	}
	double precision = 0, share = 0;
	double t = dm_learn_calibrate(p, right, N, 0.98, &precision, &share);
	g_assert_cmpfloat(t, ==, 0.5);
	g_assert_cmpfloat(share, ==, 1.0);
	g_assert_cmpfloat(precision, ==, 1.0);
}

static void
test_ties(void)
{
	double p[] = { 0.9, 0.9, 0.9, 0.9 };
	gboolean right[] = { TRUE, TRUE, TRUE, FALSE };
	double precision = 0, share = 0;
	double t = dm_learn_calibrate(p, right, 4, 0.98, &precision, &share);
	/* All four or none: none reach the target, so nobody is confident. */
	g_assert_cmpfloat(t, ==, 1.0);
	g_assert_cmpfloat(share, ==, 0.0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/learn/calibrate/margin", test_margin);
	g_test_add_func("/learn/calibrate/all-right", test_all_right);
	g_test_add_func("/learn/calibrate/ties", test_ties);
	return g_test_run();
}
