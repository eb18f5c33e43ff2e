/* test-util: helpers every unit test may use.  Header-only (static inline): each test is
 * one program. */
#pragma once
#include <glib.h>
#include <glib/gstdio.h>
#include <time.h>

/* Removes @dir and everything below it.  A symbolic link is removed, never followed, so a
 * test's link to something outside its directory cannot take that with it. */
static inline void
dm_test_rm_rf(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *n;
	while (d && (n = g_dir_read_name(d))) {
		g_autofree char *p = g_build_filename(dir, n, NULL);
		if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
			dm_test_rm_rf(p);
		else
			g_unlink(p);
	}
	g_rmdir(dir);
}

/* Processor seconds @run takes on @input, the best of three (the least disturbed by the
 * rest of the machine). */
static inline double
dm_test_cpu_seconds(void (*run)(const GString *input), const GString *input)
{
	double best = G_MAXDOUBLE;
	for (int round = 0; round < 3; round++) {
		clock_t start = clock();
		run(input);
		best = MIN(best, (double) (clock() - start) / CLOCKS_PER_SEC);
	}
	return best;
}

/* Hostile input must cost in proportion to its size.  Not a timed bound, which a loaded
 * machine or the sanitizers break, but how the cost grows: @run on @make(@size) against
 * @make(@size / 4) costs about four times as much when linear, sixteen when quadratic.
 * Below a hundredth of a second the clock's grain decides, not the growth. */
static inline void
dm_test_assert_linear(GString *(*make)(gsize size), void (*run)(const GString *input), gsize size)
{
	g_autoptr(GString) small_input = make(size / 4);
	g_autoptr(GString) large_input = make(size);
	double small = dm_test_cpu_seconds(run, small_input);
	double large = dm_test_cpu_seconds(run, large_input);
	g_test_message("size %" G_GSIZE_FORMAT ": %.4f s, size %" G_GSIZE_FORMAT ": %.4f s",
	               size / 4, small, size, large);
	g_assert_cmpfloat(large, <, MAX(small, 0.01) * 9.0);
}
