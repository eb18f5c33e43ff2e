/* test-learn-calibrate: the confidence threshold dm_learn_calibrate picks.
 *
 * /learn/calibrate/margin: a set whose precision is just on the target (98.0 % of
 *   1,000 against 98 %) is not taken whole: the precision must clear the target by one
 *   standard error, so the threshold rises and the replies above it are right more often.
 * /learn/calibrate/all-right: when every reply is right, the lowest probability is the
 *   threshold and every reply is confident.
 * /learn/calibrate/ties: replies of equal probability are cut together.
 * /learn/calibrate/repeated-once: one reading per reply is dm_learn_calibrate.
 * /learn/calibrate/repeated-same: the same readings pooled K times over cut where one of
 *   them does: the standard error is that of the replies, not of the readings.  Taken
 *   for K times as many replies the cut falls lower, which is what the error guards.
 * /learn/calibrate/repeated-empty, -all-wrong: nothing to act on (no readings, or none
 *   right): threshold 1, share 0.
 * /learn/calibrate/repeated-ties: a tie across readings is cut together. */
#include "dunning/learn/dm-learn.h"

#include <math.h>
#include <string.h>

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

/* The margin set of test_margin: 1,000 replies, one wrong in 50. */
static void
margin_set(double *p, gboolean *right)
{
	for (guint i = 0; i < N; i++) {
		p[i] = 1.0 - (double) i / N;
		right[i] = i % 50 != 49;
	}
}

static void
test_repeated_once(void)
{
	double p[N];
	gboolean right[N];
	margin_set(p, right);
	double prec1 = 0, share1 = 0, prec2 = 0, share2 = 0;
	double t1 = dm_learn_calibrate(p, right, N, 0.98, &prec1, &share1);
	double t2 = dm_learn_calibrate_repeated(p, right, N, 1, 0.98, &prec2, &share2);
	g_assert_cmpfloat(t1, ==, t2);
	g_assert_cmpfloat(prec1, ==, prec2);
	g_assert_cmpfloat(share1, ==, share2);
}

#define K 4

static void
test_repeated_same(void)
{
	static double p[N * K];
	static gboolean right[N * K];
	margin_set(p, right);
	for (guint k = 1; k < K; k++) {
		memcpy(p + k * N, p, sizeof(double) * N);
		memcpy(right + k * N, right, sizeof(gboolean) * N);
	}
	double prec1 = 0, share1 = 0, precK = 0, shareK = 0;
	double once = dm_learn_calibrate(p, right, N, 0.98, &prec1, &share1);
	double pooled = dm_learn_calibrate_repeated(p, right, N * K, K, 0.98, &precK, &shareK);
	g_assert_cmpfloat(pooled, ==, once);
	g_assert_cmpfloat(fabs(precK - prec1), <, 1e-12);
	g_assert_cmpfloat(fabs(shareK - share1), <, 1e-12);
	double as_new = dm_learn_calibrate_repeated(p, right, N * K, 1, 0.98, NULL, NULL);
	g_assert_cmpfloat(as_new, <, once);
}

static void
test_repeated_empty(void)
{
	double precision = 0, share = -1;
	double t = dm_learn_calibrate_repeated(NULL, NULL, 0, K, 0.98, &precision, &share);
	g_assert_cmpfloat(t, ==, 1.0);
	g_assert_cmpfloat(share, ==, 0.0);
	g_assert_cmpfloat(precision, ==, 1.0);
}

static void
test_repeated_all_wrong(void)
{
	double p[] = { 0.99, 0.95, 0.9, 0.99, 0.95, 0.9 };
	gboolean right[G_N_ELEMENTS(p)] = { FALSE };
	double precision = 0, share = -1;
	double t = dm_learn_calibrate_repeated(p, right, G_N_ELEMENTS(p), 2, 0.98, &precision,
	                                       &share);
	g_assert_cmpfloat(t, ==, 1.0);
	g_assert_cmpfloat(share, ==, 0.0);
}

static void
test_repeated_ties(void)
{
	/* Two readings of three replies: at 0.97 one reading is wrong, and it ties with a
	 * right one of the other reading, so 0.97 is taken whole or not at all. */
	double p[] = { 0.99, 0.97, 0.90, 0.99, 0.97, 0.90 };
	gboolean right[] = { TRUE, TRUE, FALSE, TRUE, FALSE, FALSE };
	double precision = 0, share = 0;
	double t = dm_learn_calibrate_repeated(p, right, G_N_ELEMENTS(p), 2, 0.98, &precision,
	                                       &share);
	g_assert_cmpfloat(t, ==, 0.99);
	g_assert_cmpfloat(share, ==, 2.0 / 6);
	g_assert_cmpfloat(precision, ==, 1.0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/learn/calibrate/margin", test_margin);
	g_test_add_func("/learn/calibrate/all-right", test_all_right);
	g_test_add_func("/learn/calibrate/ties", test_ties);
	g_test_add_func("/learn/calibrate/repeated-once", test_repeated_once);
	g_test_add_func("/learn/calibrate/repeated-same", test_repeated_same);
	g_test_add_func("/learn/calibrate/repeated-empty", test_repeated_empty);
	g_test_add_func("/learn/calibrate/repeated-all-wrong", test_repeated_all_wrong);
	g_test_add_func("/learn/calibrate/repeated-ties", test_repeated_ties);
	return g_test_run();
}
