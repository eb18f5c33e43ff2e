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

static gint64
meta_id(DmLedger *ledger, const char *key)
{
	g_autofree char *text = dm_ledger_meta_get(ledger, key);
	gint64 v = 0;
	if (text && !g_ascii_string_to_signed(text, 10, 0, G_MAXINT64, &v, NULL))
		v = 0;
	return v;
}

gboolean
dm_ledger_digest_mark_get(DmLedger *ledger, DmDigestMark *out, GError **error)
{
	out->sent_at = dm_ledger_meta_get(ledger, META_DIGEST_AT);
	out->day = dm_ledger_meta_get(ledger, META_DIGEST_DAY);
	out->event_id = meta_id(ledger, META_DIGEST_EVENT);
	out->reply_id = meta_id(ledger, META_DIGEST_REPLY);
	return TRUE;
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
