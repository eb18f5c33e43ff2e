/* fuzz_common: the set-up every fuzz target shares (dm-fuzz.h). */
#include "dm-fuzz.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#include "parser/mime/dm-message.h"

static char *tmpdir;

static GLogWriterOutput
quiet_writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user)
{
	if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR)) {
		g_log_writer_standard_streams(level, fields, n_fields, user);
		abort();
	}
	return G_LOG_WRITER_HANDLED;
}

static pid_t tmpdir_owner;

static void
remove_tree(const char *path)
{
	g_autoptr(GDir) d = g_dir_open(path, 0, NULL);
	for (const char *n; d && (n = g_dir_read_name(d));) {
		g_autofree char *child = g_build_filename(path, n, NULL);
		remove_tree(child);
	}
	g_remove(path);
}

static void
remove_tmpdir(void)
{
	if (tmpdir && getpid() == tmpdir_owner)
		remove_tree(tmpdir);
}

void
dm_fuzz_init(void)
{
	static gboolean done;
	if (done)
		return;
	done = TRUE;
	g_log_set_writer_func(quiet_writer, NULL, NULL);
	dm_parser_init();
}

const char *
dm_fuzz_tmpdir(void)
{
	if (!tmpdir) {
		g_autofree char *name = g_strdup_printf("dm-fuzz-%d", (int) getpid());
		tmpdir = g_build_filename(g_get_tmp_dir(), name, NULL);
		if (g_mkdir_with_parents(tmpdir, 0700) != 0)
			g_error("%s: cannot create", tmpdir);
		tmpdir_owner = getpid();
		atexit(remove_tmpdir);
	}
	return tmpdir;
}

char *
dm_fuzz_write(const char *name, const uint8_t *data, size_t size)
{
	char *path = g_build_filename(dm_fuzz_tmpdir(), name, NULL);
	g_autofree char *dir = g_path_get_dirname(path);
	g_autoptr(GError) error = NULL;
	if (g_mkdir_with_parents(dir, 0700) != 0 ||
	    !g_file_set_contents(path, (const char *) data, (gssize) size, &error))
		g_error("%s: cannot write: %s", path, error ? error->message : "mkdir failed");
	return path;
}
