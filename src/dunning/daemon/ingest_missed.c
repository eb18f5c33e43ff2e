/* ingest_missed: the milter's records of billing mail it could not spool, into the ledger
 * (dm-ingest-missed.h). */
#include "dunning/daemon/dm-ingest-missed.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "common/dm-sanitize.h"
#include "common/dm-spool.h"
#include "common/dm-verp.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-verp-secret.h"

#define RECORD_MAX (1024 * 1024)    /* an envelope block; the milter's are far smaller */

/* The milter names a record "STAMP.SERIAL.QUEUEID" (no other dots: the queue id is made
 * alphanumeric); its temporary files add a suffix, and are not ours to read. */
static gboolean
is_record_name(const char *name)
{
	guint dots = 0;
	for (const char *p = name; *p; p++)
		dots += *p == '.';
	return name[0] != '.' && dots == 2;
}

/* The event's text for the record @name, whose envelope is @env (NULL when it could not be
 * read, @err saying why), in *@text (transfer full), and what it means in *@said (the
 * words of dm_words, floating; @row: the reminder it confirmed, 0 when none). */
static void
describe(const char *name, const DmEnvelope *env, const GError *err, gint64 row, char **text,
         GVariant **said)
{
	if (env == NULL) {
		g_autofree char *why = dm_sanitize_oneline(err->message, 200);
		g_autofree char *path = g_strdup_printf("%s/%s", DM_MISSED_DIR, name);
		*text = g_strdup_printf("a record of the milter that cannot be read (%s: %s); see "
		                        "the mail log for billing mail not spooled", path, why);
		*said = dm_words("mail_missed_unreadable", "path", path, "why", why, NULL);
		return;
	}
	gboolean out = env->direction == DM_DIRECTION_OUTGOING;
	gboolean in = env->direction == DM_DIRECTION_INCOMING;
	const char *what = out ? "sent" : in ? "reply" : "billing";
	const char *what_en = out ? "mail sent" : in ? "a reply" : "billing mail";
	g_autofree char *qid = dm_sanitize_oneline(env->queue_id ? env->queue_id : "NOQUEUE", 64);
	g_autofree char *from = dm_sanitize_oneline(env->mail_from ? env->mail_from : "", 200);
	g_autofree char *rcpt = dm_sanitize_oneline(env->rcpt_to->len ? env->rcpt_to->pdata[0] : "",
	                                            200);
	g_autofree char *at = dm_sanitize_oneline(env->received_at ? env->received_at : "?", 40);
	g_autofree char *why = dm_sanitize_oneline(env->reason ? env->reason : "not spooled", 300);
	g_autofree char *more = env->rcpt_to->len > 1
		? g_strdup_printf("%u", env->rcpt_to->len - 1) : NULL;
	g_autofree char *reminder = row ? g_strdup_printf("%" G_GINT64_FORMAT, row) : NULL;
	g_autofree char *base = g_strdup_printf("%s from <%s> to <%s>%s%s%s at %s, queue id %s, was "
	                                        "not read by dunmail (%s)",
	                                        what_en, from, rcpt,
	                                        more ? " and " : "", more ? more : "",
	                                        more ? " more" : "", at, qid, why);
	*text = row ? g_strdup_printf("%s; it was reminder %s (its envelope's tag says so), which "
	                              "counts as sent", base, reminder)
	            : g_steal_pointer(&base);
	/* The cause is worded; the technical detail stays in `dunmail log`.  A record of an
	 * older milter has only the detail. */
	g_autofree char *cause = env->missed ? dm_sanitize_oneline(env->missed, 40) : NULL;
	*said = dm_words("mail_missed", "what", what, "from", from, "rcpt", rcpt, "more", more,
	                 "at", at, "queue", qid, "missed", cause, "why", why, "reminder", reminder,
	                 NULL);
}

/* One of our own reminders that the milter could not copy still went out: when @env's
 * sender carries one of our VERP tags, its outbox row is confirmed, as the copy would have
 * confirmed it.  Unconfirmed, a send cut off after the mail server had the message would
 * be judged never to have reached it once [sending] unseen_after passed, and go twice.
 * *@row: the row confirmed, 0 when none. */
static gboolean
confirm_own(const DmConfig *config, DmLedger *ledger, const DmEnvelope *env, gint64 *row,
            GError **error)
{
	*row = 0;
	if (env == NULL || env->direction != DM_DIRECTION_OUTGOING || env->mail_from == NULL)
		return TRUE;
	g_autofree char *secret = NULL;
	gint64 id = 0;
	if (!dm_verp_secret_get(config, ledger, &secret, error))
		return FALSE;
	if (secret == NULL || !dm_verp_verify(env->mail_from, secret, &id))
		return TRUE;
	gboolean confirmed = FALSE;
	if (!dm_outbox_confirm_row(ledger, id, &confirmed, error))
		return FALSE;
	*row = confirmed ? id : 0;
	return TRUE;
}

/* Records the record @name; *@recorded is FALSE when it could not be read now and waits
 * for the next pass. */
static gboolean
record_one(const DmConfig *config, DmLedger *ledger, const char *now_iso, const char *dir,
           const char *done, const char *name, gboolean *recorded, GError **error)
{
	g_autofree char *path = g_build_filename(dir, name, NULL);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) err = NULL;
	*recorded = FALSE;
	if (!g_file_get_contents(path, &data, &len, &err)) {
		g_warning("%s: %s; left for the next pass", path, err->message);
		return TRUE;
	}
	g_autoptr(DmEnvelope) env = NULL;
	gsize offset = 0;
	if (!dm_envelope_parse(data, MIN(len, (gsize) RECORD_MAX), &env, &offset, &err))
		g_clear_pointer(&env, dm_envelope_free);
	gint64 row = 0;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!confirm_own(config, ledger, env, &row, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_autofree char *detail = NULL;
	GVariant *said = NULL;
	describe(name, env, err, row, &detail, &said);
	if (!dm_ledger_event_said(ledger, 0, now_iso, DM_EVENT_MAIL_MISSED, detail, said, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_message("%s: %s; named in the digest", path, detail);
	*recorded = TRUE;
	g_autofree char *to = g_build_filename(done, name, NULL);
	if (rename(path, to) != 0)
		g_warning("%s: recorded, but could not move it to %s/: %s", path, done,
		          g_strerror(errno));
	return TRUE;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* Records every record in @dir (the spool's missed/ or the fallback directory), adding to
 * *@recorded and *@left. */
static gboolean
ingest_dir(const DmConfig *config, DmLedger *ledger, const char *now_iso, const char *dir,
           guint *recorded, guint *left, GError **error)
{
	g_autofree char *done = g_build_filename(dir, DM_MISSED_DONE_DIR, NULL);
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	if (d == NULL)
		return TRUE;                /* no record was ever written */
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(d)) != NULL) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		if (is_record_name(name) && g_file_test(path, G_FILE_TEST_IS_REGULAR))
			g_ptr_array_add(names, g_strdup(name));
	}
	if (names->len == 0)
		return TRUE;
	if (g_mkdir_with_parents(done, 0750) != 0) {
		int e = errno;
		g_warning("%s: %s; the records stay for the next pass", done, g_strerror(e));
		*left += names->len;        /* naming them without moving them would repeat them */
		return TRUE;
	}
	g_ptr_array_sort(names, compare_names);
	for (guint i = 0; i < names->len; i++) {
		gboolean one = FALSE;
		if (!record_one(config, ledger, now_iso, dir, done, names->pdata[i], &one, error))
			return FALSE;
		if (one)
			(*recorded)++;
		else
			(*left)++;
	}
	return TRUE;
}

gboolean
dm_ingest_missed(const DmConfig *config, DmLedger *ledger, const char *now_iso,
                 guint *recorded, guint *left, GError **error)
{
	g_autofree char *dir = g_build_filename(config->spool_dir, DM_MISSED_DIR, NULL);
	g_autofree char *fallback = dm_config_missed_fallback(config);
	*recorded = *left = 0;
	return ingest_dir(config, ledger, now_iso, dir, recorded, left, error) &&
	       (fallback == NULL || strcmp(fallback, dir) == 0 ||
	        ingest_dir(config, ledger, now_iso, fallback, recorded, left, error));
}
