/* mta_seen: the no-MTA warning and the status file (dm-mta-seen.h). */
#include "milter/dm-mta-seen.h"
#include "common/dm-milter-status.h"

#include <pthread.h>
#include <signal.h>

#define WRITE_EVERY_SECONDS 60

static struct {
	GMutex lock;
	char *spool_dir;
	char *socket;
	int warn_after;
	DmMilterStatus status;
	gint64 written;             /* when the file was last written; 0: not since start */
	gboolean write_failed;
} seen;

/* With the lock held: writes the file when a minute has passed, or when @now is the first
 * of its kind (so `dunmail status` sees the first mail at once). */
static void
maybe_write(gint64 now, gboolean first)
{
	if (!first && now - seen.written < WRITE_EVERY_SECONDS)
		return;
	g_autoptr(GError) error = NULL;
	if (!dm_milter_status_write(seen.spool_dir, &seen.status, &error)) {
		if (!seen.write_failed)
			g_warning("status file: %s (dunmail status will not know when mail last "
			          "passed; mail is not affected)", error->message);
		seen.write_failed = TRUE;
		return;
	}
	seen.written = now;
}

static gpointer
watch(gpointer data)
{
	g_usleep((gulong) seen.warn_after * G_USEC_PER_SEC);
	g_mutex_lock(&seen.lock);
	gboolean none = seen.status.last_connect == 0;
	g_mutex_unlock(&seen.lock);
	if (none)
		g_warning("no MTA has connected in the %d s since start: is %s in Postfix's "
		          "smtpd_milters (then postfix reload), and can Postfix reach it? "
		          "(dunmail check-config says; Postfix's own warning is in mail.log)",
		          seen.warn_after, seen.socket);
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
	maybe_write(seen.status.started, TRUE);
	g_mutex_unlock(&seen.lock);
	if (warn_after_seconds > 0) {
		/* libmilter takes SIGTERM, SIGHUP and SIGINT in a thread of its own, with the
		 * signals blocked everywhere else; a thread started before smfi_main must block
		 * them too, or one of them would kill the milter instead of stopping it. */
		sigset_t all, old;
		sigfillset(&all);
		pthread_sigmask(SIG_BLOCK, &all, &old);
		g_thread_unref(g_thread_new("mta-watch", watch, NULL));
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
}

static void
note(gboolean mail)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_mutex_lock(&seen.lock);
	gint64 *field = mail ? &seen.status.last_mail : &seen.status.last_connect;
	gboolean first = *field == 0;
	*field = now;
	if (seen.spool_dir)
		maybe_write(now, first);
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
