/* digest_mark: the last digest's mark, kept in the meta table (dm-digest-mark.h). */
#include "dunning/ledger/dm-digest-mark.h"

#define META_DIGEST_AT "digest_sent_at"
#define META_DIGEST_DAY "digest_sent_day"
#define META_DIGEST_EVENT "digest_event_id"
#define META_DIGEST_REPLY "digest_reply_id"

void
dm_digest_mark_clear(DmDigestMark *mark)
{
	g_clear_pointer(&mark->sent_at, g_free);
	g_clear_pointer(&mark->day, g_free);
	mark->event_id = mark->reply_id = 0;
}

/* The id stored under @key in *@out, 0 when none; a value that is no id is an error. */
static gboolean
meta_id(DmLedger *ledger, const char *key, gint64 *out, GError **error)
{
	g_autofree char *text = NULL;
	*out = 0;
	if (!dm_ledger_meta_get(ledger, key, &text, error))
		return FALSE;
	if (text && !g_ascii_string_to_signed(text, 10, 0, G_MAXINT64, out, NULL)) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT,
		            "ledger: meta %s: '%s' is not an id", key, text);
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_ledger_digest_mark_get(DmLedger *ledger, DmDigestMark *out, GError **error)
{
	if (dm_ledger_meta_get(ledger, META_DIGEST_AT, &out->sent_at, error) &&
	    dm_ledger_meta_get(ledger, META_DIGEST_DAY, &out->day, error) &&
	    meta_id(ledger, META_DIGEST_EVENT, &out->event_id, error) &&
	    meta_id(ledger, META_DIGEST_REPLY, &out->reply_id, error))
		return TRUE;
	dm_digest_mark_clear(out);
	return FALSE;
}

gboolean
dm_ledger_digest_mark_set(DmLedger *ledger, const DmDigestMark *mark, GError **error)
{
	g_autofree char *event_text = g_strdup_printf("%" G_GINT64_FORMAT, mark->event_id);
	g_autofree char *reply_text = g_strdup_printf("%" G_GINT64_FORMAT, mark->reply_id);
	return dm_ledger_meta_set(ledger, META_DIGEST_AT, mark->sent_at, error) &&
	       dm_ledger_meta_set(ledger, META_DIGEST_DAY, mark->day, error) &&
	       dm_ledger_meta_set(ledger, META_DIGEST_EVENT, event_text, error) &&
	       dm_ledger_meta_set(ledger, META_DIGEST_REPLY, reply_text, error);
}
