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
static char *fallback;       /* (nullable) the fallback directory; set before any thread */

static void
pending_free(Pending *p)
{
	g_free(p->name);
	g_string_free(p->text, TRUE);
	g_free(p);
}

void
dm_missed_init(const char *fallback_dir)
{
	g_free(fallback);
	fallback = g_strdup(fallback_dir);
	if (fallback && g_mkdir_with_parents(fallback, 0750) != 0)
		g_warning("%s: %s; a record of billing mail the spool cannot take will wait in "
		          "memory, and a restart loses it ([spool] missed_fallback)", fallback,
		          g_strerror(errno));
}

/* Writes one record into @dir: to a hidden name first, so dunmaild never reads half of
 * one. */
static gboolean
write_record_in(const char *dir, const Pending *p, GError **error)
{
	if (g_mkdir_with_parents(dir, 0750) != 0) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", dir,
		            g_strerror(e));
		return FALSE;
	}
	g_autofree char *path = g_build_filename(dir, p->name, NULL);
	return g_file_set_contents(path, p->text->str, (gssize) p->text->len, error);
}

/* Writes one record: into the spool's missed/, or when the spool cannot take it (the
 * usual reason for a record: its disk is full, it is broken) into the fallback directory
 * on the disk of the ledger, so that it survives a restart of the milter.  *@in_fallback:
 * it went there. */
static gboolean
write_record(const char *spool_dir, const Pending *p, gboolean *in_fallback)
{
	g_autofree char *dir = g_build_filename(spool_dir, DM_MISSED_DIR, NULL);
	*in_fallback = FALSE;
	if (write_record_in(dir, p, NULL))
		return TRUE;
	*in_fallback = fallback != NULL && write_record_in(fallback, p, NULL);
	return *in_fallback;
}

/* Writes what is held, oldest first, stopping at the first failure; lock held.
 * *@in_fallback: the last one written went to the fallback directory. */
static void
flush_locked(const char *spool_dir, gboolean *in_fallback)
{
	*in_fallback = FALSE;
	while (pending && pending->len > 0) {
		if (!write_record(spool_dir, pending->pdata[0], in_fallback))
			return;
		g_ptr_array_remove_index(pending, 0);
	}
}

guint
dm_missed_flush(const char *spool_dir)
{
	gboolean in_fallback;
	g_mutex_lock(&lock);
	flush_locked(spool_dir, &in_fallback);
	guint left = pending ? pending->len : 0;
	g_mutex_unlock(&lock);
	return left;
}

guint
dm_missed_record(const char *spool_dir, const DmEnvelope *env, const char *cause, const char *why)
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
	rec->missed = g_strdup(cause);
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
	gboolean in_fallback;
	flush_locked(spool_dir, &in_fallback);
	guint left = pending->len;
	g_mutex_unlock(&lock);

	g_autofree char *where = left > 0
		? g_strdup("not yet recorded (neither the spool nor [spool] missed_fallback is "
		           "writable), kept in memory")
		: in_fallback ? g_strdup_printf("recorded in %s (the spool could not take it)",
		                                fallback)
		: g_strdup("recorded in " DM_MISSED_DIR "/");
	g_warning("%s: missed billing mail from <%s> to <%s>%s at %s: %s; %s", qid, from, rcpt,
	          env->rcpt_to->len > 1 ? " and others" : "", at, reason, where);
	return left;
}
