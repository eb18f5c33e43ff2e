/* test-util: helpers every unit test may use.  Header-only (static inline): each test is
 * one program. */
#pragma once
#include <glib.h>
#include <glib/gstdio.h>

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
