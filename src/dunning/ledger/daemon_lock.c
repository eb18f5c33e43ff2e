/* daemon_lock: dunmaild's exclusive lock beside the ledger (dm-daemon-lock.h).
 *
 * An fcntl(2) record lock rather than flock(2), for two reasons: F_GETLK names the pid of
 * the process holding it, so the refusal can say who (not read from the file, which a
 * crashed holder may have left stale), and a forked parse child (parse_child.c) does not
 * inherit it, so a child still dying after its parent cannot keep a new dunmaild out.
 * fcntl's trap — closing any descriptor of the file drops the lock — does not bite: only
 * this module opens the lock file, once.  The pid is also written into the file, for a
 * human. */
#include "dunning/ledger/dm-daemon-lock.h"
#include "dunning/ledger/dm-ledger.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK(dm-daemon-lock-error-quark, dm_daemon_lock_error)

char *
dm_daemon_lock_path(const char *database, GError **error)
{
	/* Named after the ledger itself, not the setting's text: "sqlite:/x/l.sqlite" and
	 * "/x/l.sqlite" are one ledger and must be one lock. */
	g_autofree char *ledger = dm_ledger_canonical_location(database, error);
	return ledger ? g_strconcat(ledger, ".lock", NULL) : NULL;
}

static void
set_errno_error(GError **error, const char *what, const char *path)
{
	int e = errno;
	g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "%s %s: %s", what, path,
	            g_strerror(e));
}

int
dm_daemon_lock_take(const char *database, GError **error)
{
	g_autofree char *path = dm_daemon_lock_path(database, error);
	if (!path)
		return -1;
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0640);
	if (fd < 0) {
		set_errno_error(error, "cannot open the lock file", path);
		return -1;
	}
	struct flock want = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	if (fcntl(fd, F_SETLK, &want) != 0) {
		if (errno != EACCES && errno != EAGAIN) {
			set_errno_error(error, "cannot lock", path);
			close(fd);
			return -1;
		}
		struct flock held = want;
		/* The holder may have gone in between: then its pid is unknown (0). */
		if (fcntl(fd, F_GETLK, &held) != 0 || held.l_type == F_UNLCK)
			held.l_pid = 0;
		g_set_error(error, DM_DAEMON_LOCK_ERROR, DM_DAEMON_LOCK_ERROR_HELD,
		            "another dunmaild (pid %ld) holds the lock %s on this ledger; "
		            "only one may run per ledger", (long) held.l_pid, path);
		close(fd);
		return -1;
	}
	g_autofree char *pid = g_strdup_printf("%ld\n", (long) getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, strlen(pid), 0) < 0)
		g_warning("%s: cannot write our pid into it: %s", path, g_strerror(errno));
	return fd;
}

gboolean
dm_daemon_lock_holder(const char *database, long *pid_out, GError **error)
{
	*pid_out = 0;
	g_autofree char *path = dm_daemon_lock_path(database, error);
	if (!path)
		return FALSE;
	/* Read-only is enough to ask (F_GETLK), and takes nothing from the holder. */
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT)
		return TRUE;            /* no dunmaild ever ran on this ledger */
	if (fd < 0) {
		set_errno_error(error, "cannot open the lock file", path);
		return FALSE;
	}
	struct flock held = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	gboolean ok = fcntl(fd, F_GETLK, &held) == 0;
	if (!ok)
		set_errno_error(error, "cannot test the lock", path);
	else if (held.l_type != F_UNLCK)
		*pid_out = held.l_pid > 0 ? (long) held.l_pid : -1;
	close(fd);
	return ok;
}
