/* tmp_sweep: removes stale copies from the spool's tmp/ at start-up (see dm-tmp-sweep.h).
 *
 * Works through a descriptor of tmp/ (fstatat, unlinkat, never following a symbolic
 * link), so that an entry is judged and removed in the same directory.  Failures are
 * warnings only: the milter starts regardless.
 */
#include "milter/dm-tmp-sweep.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/dm-sanitize.h"
#include "common/dm-spool.h"
#include "milter/dm-missed.h"
#include "milter/dm-spool-writer.h"

#define LOG_NAME_MAX 200        /* bytes of a file name in a log line */

/* A stale copy holds its envelope (written at end of headers): the message it was is named
 * as missed (dm-missed.h) before the copy goes, so the owner learns of it. */
static void
record_stale(int dfd, const char *spool_dir, const char *name)
{
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return;
	/* All of an envelope may be read: one of 1,000 recipients is far above 64 KiB, and a
	 * copy whose envelope is cut short would go unnamed. */
	g_autofree char *head = g_malloc(DM_SPOOL_ENVELOPE_MAX);
	gsize got = 0;
	while (got < DM_SPOOL_ENVELOPE_MAX) {
		ssize_t n = read(fd, head + got, DM_SPOOL_ENVELOPE_MAX - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (gsize) n;
	}
	close(fd);
	g_autoptr(DmEnvelope) env = NULL;
	gsize offset = 0;
	if (got > 0 && dm_envelope_parse(head, got, &env, &offset, NULL) &&
	    env->direction != DM_DIRECTION_NONE)
		dm_missed_record(spool_dir, env, DM_MISSED_STOPPED, "the milter stopped mid-message");
}

/* The pid of the process that wrote tmp/@name when that process is gone, else 0.  Its
 * copy can then go at once, whatever its age: nobody will ever finish it, and a milter
 * restarted straight after a crash names the message now rather than an hour later.
 * kill(pid, 0) fails with ESRCH only when no such process exists (EPERM: alive, another
 * user's).  A pid taken since by another process, or a writer in another pid namespace,
 * leaves the copy to the age rule; a milter in another namespace sharing this spool is
 * not supported (doc/spool.md): its copy in progress would be named missed. */
static long
writer_gone(const char *name)
{
	long pid = dm_spool_writer_name_pid(name);
	if (pid <= 0 || pid == (long)getpid())
		return 0;
	return kill((pid_t)pid, 0) != 0 && errno == ESRCH ? pid : 0;
}

/* Judges and, when stale, removes one entry of tmp/.  TRUE when it was removed. */
static gboolean
sweep_one(int dfd, const char *spool_dir, const char *dir, const char *name, gint64 now,
          gint64 min_age)
{
	g_autofree char *shown = dm_sanitize(name, LOG_NAME_MAX);
	struct stat st;
	gint64 age;

	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		/* Gone meanwhile (another milter committed it): nothing to do. */
		if (errno != ENOENT)
			g_warning("tmp sweep: cannot examine %s/%s: %s", dir, shown,
			          g_strerror(errno));
		return FALSE;
	}
	if (!S_ISREG(st.st_mode))
		return FALSE;
	age = now - (gint64)st.st_mtime;
	long gone = writer_gone(name);
	if (!gone && age <= min_age)
		return FALSE;           /* perhaps still being written by another milter */
	record_stale(dfd, spool_dir, name);
	if (unlinkat(dfd, name, 0) != 0) {
		if (errno != ENOENT)
			g_warning("tmp sweep: cannot remove %s/%s: %s", dir, shown,
			          g_strerror(errno));
		return FALSE;
	}
	g_autofree char *why = gone ? g_strdup_printf(" (its writer, process %ld, is gone)", gone)
	                            : NULL;
	g_message("tmp sweep: removed %s/%s (%" G_GINT64_FORMAT " bytes, last written %"
	          G_GINT64_FORMAT " minutes ago): left by a milter that stopped mid-message%s",
	          dir, shown, (gint64)st.st_size, age / 60, why ? why : "");
	return TRUE;
}

guint
dm_tmp_sweep(const char *spool_dir, gint64 now, gint64 min_age)
{
	g_autofree char *dir = NULL;
	struct dirent *entry;
	DIR *d;
	guint removed = 0;
	int dfd;

	g_return_val_if_fail(spool_dir != NULL, 0);
	dir = g_build_filename(spool_dir, "tmp", NULL);
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0 || (d = fdopendir(dfd)) == NULL) {
		int saved = errno;
		if (dfd >= 0)
			close(dfd);
		g_warning("tmp sweep: cannot read %s: %s; stale copies stay", dir,
		          g_strerror(saved));
		return 0;
	}
	/* Another milter may commit or remove files meanwhile: an entry readdir still lists
	 * but that is gone is skipped quietly (ENOENT) in sweep_one. */
	for (errno = 0; (entry = readdir(d)) != NULL; errno = 0) {
		if (g_strcmp0(entry->d_name, ".") == 0 || g_strcmp0(entry->d_name, "..") == 0)
			continue;
		if (sweep_one(dfd, spool_dir, dir, entry->d_name, now, min_age))
			removed++;
	}
	if (errno != 0)
		g_warning("tmp sweep: cannot read %s: %s", dir, g_strerror(errno));
	closedir(d);            /* closes dfd too */
	return removed;
}
