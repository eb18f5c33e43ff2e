/* missed: log and record the billing mail the milter could not spool (dm-missed.h). */
#include "milter/dm-missed.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "common/dm-sanitize.h"

typedef struct {
	char *name;              /* file name under missed/ */
	GString *text;           /* the envelope block */
} Pending;

static GMutex lock;
static GPtrArray *pending;   /* of Pending*, oldest first; guarded by lock */
static guint serial;         /* makes names unique within a second; guarded by lock */

static void
pending_free(Pending *p)
{
	g_free(p->name);
	g_string_free(p->text, TRUE);
	g_free(p);
}

/* Writes one record: to a hidden name first, so dunmaild never reads half of one. */
static gboolean
write_record(const char *spool_dir, const Pending *p, GError **error)
{
	g_autofree char *dir = g_build_filename(spool_dir, DM_MISSED_DIR, NULL);
	if (g_mkdir_with_parents(dir, 0750) != 0) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", dir,
		            g_strerror(e));
		return FALSE;
	}
	g_autofree char *path = g_build_filename(dir, p->name, NULL);
	return g_file_set_contents(path, p->text->str, (gssize) p->text->len, error);
}

/* Writes what is held, oldest first, stopping at the first failure; lock held. */
static void
flush_locked(const char *spool_dir)
{
	while (pending && pending->len > 0) {
		g_autoptr(GError) error = NULL;
		if (!write_record(spool_dir, pending->pdata[0], &error))
			return;
		g_ptr_array_remove_index(pending, 0);
	}
}

guint
dm_missed_flush(const char *spool_dir)
{
	g_mutex_lock(&lock);
	flush_locked(spool_dir);
	guint left = pending ? pending->len : 0;
	g_mutex_unlock(&lock);
	return left;
}

guint
dm_missed_record(const char *spool_dir, const DmEnvelope *env, const char *why)
{
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	g_autofree char *at = env->received_at ? g_strdup(env->received_at)
	                                       : g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
	g_autofree char *qid = dm_sanitize(env->queue_id ? env->queue_id : "NOQUEUE", 64);
	g_autofree char *from = dm_sanitize(env->mail_from ? env->mail_from : "", 200);
	g_autofree char *rcpt = dm_sanitize(env->rcpt_to->len ? env->rcpt_to->pdata[0] : "", 200);
	g_autofree char *reason = dm_sanitize(why, 300);

	/* The record is the envelope as it would have been spooled, its Reason saying why
	 * there is no message; every value sanitized, so one line stays one line. */
	g_autoptr(DmEnvelope) rec = dm_envelope_new();
	rec->direction = env->direction;
	rec->mail_from = g_strdup(from);
	for (guint i = 0; i < env->rcpt_to->len; i++)
		g_ptr_array_add(rec->rcpt_to, dm_sanitize(env->rcpt_to->pdata[i], 200));
	rec->queue_id = g_strdup(qid);
	rec->received_at = g_strdup(at);
	rec->reason = g_strconcat("not spooled: ", reason, NULL);
	Pending *p = g_new0(Pending, 1);
	p->text = g_string_new(NULL);
	dm_envelope_write(rec, p->text);

	g_mutex_lock(&lock);
	if (!pending)
		pending = g_ptr_array_new_with_free_func((GDestroyNotify) pending_free);
	g_autofree char *stamp = g_date_time_format(now, "%Y%m%dT%H%M%S");
	g_autofree char *safe_qid = g_strcanon(g_strdup(qid),
	                                       G_CSET_A_2_Z G_CSET_a_2_z G_CSET_DIGITS, '_');
	p->name = g_strdup_printf("%s.%u.%s", stamp, serial++, safe_qid);
	if (pending->len >= DM_MISSED_PENDING_MAX)
		g_ptr_array_remove_index(pending, 0);   /* the log line still names it */
	g_ptr_array_add(pending, p);
	flush_locked(spool_dir);
	guint left = pending->len;
	g_mutex_unlock(&lock);

	g_warning("%s: missed billing mail from <%s> to <%s>%s at %s: %s; %s", qid, from, rcpt,
	          env->rcpt_to->len > 1 ? " and others" : "", at, reason,
	          left == 0 ? "recorded in " DM_MISSED_DIR "/"
	                    : "not yet recorded (the spool is not writable), kept in memory");
	return left;
}
