/* mta_seen: the no-MTA warning and the status file (dm-mta-seen.h).
 *
 * libmilter's threads only note the time under a short lock; a thread of our own writes
 * the file (a temporary file, fsync, rename).  So no MTA connection ever waits for a
 * disk, nor for another connection that is writing. */
#include "milter/dm-mta-seen.h"
#include "common/dm-milter-status.h"

#include <pthread.h>
#include <signal.h>

#define WRITE_EVERY_SECONDS 60

static struct {
	GMutex lock;
	GCond wake;                 /* a first connect or mail: write now */
	char *spool_dir;
	char *socket;
	int warn_after;
	DmMilterStatus status;
	gboolean changed;           /* since the file was last written */
	gboolean urgent;
} seen;

/* Writes @status; a failure is said once (mail is not affected), and tried again at the
 * next change. */
static void
write_status(const DmMilterStatus *status)
{
	static gboolean said;
	g_autoptr(GError) error = NULL;
	if (dm_milter_status_write(seen.spool_dir, status, &error))
		return;
	if (!said)
		g_warning("status file: %s (dunmail status will not know when mail last "
		          "passed; mail is not affected)", error->message);
	said = TRUE;
}

/* Writes the file when something changed, at most once a minute, or at once for a first
 * connect or mail (so `dunmail status` sees the first mail at once); and warns, once,
 * when no MTA connected within warn_after seconds of start. */
static gpointer
writer(gpointer data)
{
	gint64 warn_at = seen.warn_after > 0
		? g_get_monotonic_time() + (gint64) seen.warn_after * G_TIME_SPAN_SECOND : 0;
	g_mutex_lock(&seen.lock);
	for (;;) {
		gint64 until = g_get_monotonic_time() + WRITE_EVERY_SECONDS * G_TIME_SPAN_SECOND;
		if (warn_at > 0 && warn_at < until)
			until = warn_at;
		while (!seen.urgent && g_cond_wait_until(&seen.wake, &seen.lock, until))
			;
		if (warn_at > 0 && g_get_monotonic_time() >= warn_at) {
			warn_at = 0;
			if (seen.status.last_connect == 0)
				g_warning("no MTA has connected in the %d s since start: is %s in "
				          "Postfix's smtpd_milters (then postfix reload), and can Postfix "
				          "reach it? (dunmail check-config says; Postfix's own warning is "
				          "in mail.log)", seen.warn_after, seen.socket);
		}
		if (!seen.changed)
			continue;
		DmMilterStatus snapshot = seen.status;
		seen.changed = seen.urgent = FALSE;
		g_mutex_unlock(&seen.lock);
		write_status(&snapshot);
		g_mutex_lock(&seen.lock);
	}
	return NULL;
}

void
dm_mta_seen_start(const char *spool_dir, int warn_after_seconds, const char *socket)
{
	g_mutex_lock(&seen.lock);
	g_free(seen.spool_dir);
	seen.spool_dir = g_strdup(spool_dir);
	g_free(seen.socket);
	seen.socket = g_strdup(socket);
	seen.warn_after = warn_after_seconds;
	seen.status = (DmMilterStatus) { .started = g_get_real_time() / G_USEC_PER_SEC };
	DmMilterStatus snapshot = seen.status;
	g_mutex_unlock(&seen.lock);
	write_status(&snapshot);
	/* libmilter takes SIGTERM, SIGHUP and SIGINT in a thread of its own, with the signals
	 * blocked everywhere else; a thread started before smfi_main must block them too, or
	 * one of them would kill the milter instead of stopping it. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	g_thread_unref(g_thread_new("mta-status", writer, NULL));
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void
note(gboolean mail)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_mutex_lock(&seen.lock);
	gint64 *field = mail ? &seen.status.last_mail : &seen.status.last_connect;
	if (*field == 0) {
		seen.urgent = TRUE;
		g_cond_signal(&seen.wake);
	}
	*field = now;
	seen.changed = TRUE;
	g_mutex_unlock(&seen.lock);
}

void
dm_mta_seen_connect(void)
{
	note(FALSE);
}

void
dm_mta_seen_mail(void)
{
	note(TRUE);
}
