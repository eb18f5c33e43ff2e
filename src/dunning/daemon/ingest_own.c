/* ingest_own: the milter's copy of our own mail confirmed by its Message-ID alone
 * (dm-ingest-own.h). */
#include "dunning/daemon/dm-ingest-own.h"
#include "dunning/ledger/dm-outbox.h"
#include "common/dm-spool.h"

#include <string.h>

/* Our own headers are a few hundred bytes; a Message-ID further in is not ours. */
#define HEADER_SCAN_MAX 16384

const char *
dm_ingest_header_line(const char **cursor, const char *end, gsize *len)
{
	const char *p = *cursor;
	if (p >= end)
		return NULL;
	const char *eol = memchr(p, '\n', (gsize) (end - p));
	gsize n = (gsize) ((eol ? eol : end) - p);
	if (n > 0 && p[n - 1] == '\r')
		n--;
	if (n == 0)
		return NULL;                    /* the end of the header block */
	*cursor = eol ? eol + 1 : end;
	*len = n;
	return p;
}

char *
dm_ingest_own_message_id(const char *message, gsize len)
{
	const char *cursor = message, *end = message + MIN(len, (gsize) HEADER_SCAN_MAX), *p;
	gsize n;
	while ((p = dm_ingest_header_line(&cursor, end, &n)) != NULL) {
		if (n > 11 && g_ascii_strncasecmp(p, "Message-ID:", 11) == 0) {
			g_autofree char *value = g_strstrip(g_strndup(p + 11, n - 11));
			if (value[0] == '<' && strchr(value, '>') == value + strlen(value) - 1)
				return g_steal_pointer(&value);
			return NULL;
		}
	}
	return NULL;
}

gboolean
dm_ingest_own_rescue(DmLedger *ledger, const char *path, gboolean *rescued, GError **error)
{
	*rescued = FALSE;
	g_autofree char *data = NULL;
	gsize len = 0, offset = 0;
	g_autoptr(DmEnvelope) env = NULL;
	if (!g_file_get_contents(path, &data, &len, NULL) ||
	    !dm_envelope_parse(data, len, &env, &offset, NULL))
		return TRUE;                    /* unreadable: not ours to say */
	g_autofree char *message_id = dm_ingest_own_message_id(data + offset, len - offset);
	if (!message_id)
		return TRUE;
	g_autoptr(DmOutboxItem) row = dm_outbox_get_by_message_id(ledger, message_id, error);
	if (!row)
		return error == NULL || *error == NULL;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean confirmed = FALSE;
	if (!dm_outbox_confirm(ledger, message_id, &confirmed, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_message("spool %s: the copy of our own message %s (outbox %" G_GINT64_FORMAT "), "
	          "%s without reading it further", path, message_id, row->id,
	          confirmed ? "confirmed" : "already settled,");
	*rescued = TRUE;
	return TRUE;
}
