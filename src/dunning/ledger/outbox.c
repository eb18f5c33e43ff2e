/* outbox: rows of dm-outbox.h; the state rules are there. */
#include "dunning/ledger/dm-outbox.h"

void
dm_outbox_item_free(DmOutboxItem *item)
{
	if (!item)
		return;
	g_free(item->message_id);
	g_free(item->recipient);
	g_free(item->subject);
	g_clear_pointer(&item->body, g_bytes_unref);
	g_free(item->state);
	g_free(item->last_error);
	g_free(item->created_at);
	g_free(item->sent_at);
	g_free(item);
}

gboolean
dm_outbox_add(DmLedger *ledger, gint64 invoice_id, int step, const char *message_id,
              const char *recipient, const char *subject, GBytes *body, const char *now,
              gint64 *id_out, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO outbox (invoice_id, step, message_id, recipient, subject, body, state,"
		" created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING id", error);
	if (!st)
		return FALSE;
	gsize len;
	const void *data = g_bytes_get_data(body, &len);
	if (invoice_id > 0)
		sqlite3_bind_int64(st, 1, invoice_id);
	sqlite3_bind_int(st, 2, step);
	sqlite3_bind_text(st, 3, message_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, recipient, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, subject, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 6, data, (int) len, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
	gboolean ok = sqlite3_step(st) == SQLITE_ROW;
	if (ok && id_out)
		*id_out = sqlite3_column_int64(st, 0);
	if (!ok)
		dm_ledger_fail(ledger, error, "queue outgoing message");
	sqlite3_reset(st);
	return ok;
}

gboolean
dm_outbox_move(DmLedger *ledger, gint64 id, const char *from, const char *to,
               const char *error_text, const char *now, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"UPDATE outbox SET state = ?3,"
		" attempts = attempts + (?3 = 'sending'),"
		" last_error = coalesce(?4, last_error),"
		" sent_at = CASE WHEN ?3 = 'sent' THEN ?5 ELSE sent_at END"
		" WHERE id = ?1 AND state = ?2", error);
	if (!st)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, error_text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, now, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return dm_ledger_fail(ledger, error, "move outbox row");
	return sqlite3_changes(dm_ledger_db(ledger)) == 1;
}

gboolean
dm_outbox_confirm(DmLedger *ledger, const char *message_id, GError **error)
{
	/* Confirmation may overtake "sent": the milter spools our message before the MTA
	 * answers our SMTP client, so sending and unknown rows are confirmed too. */
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"UPDATE outbox SET state = 'confirmed', sent_at = coalesce(sent_at, created_at)"
		" WHERE message_id = ? AND state IN ('sending', 'sent', 'unknown')", error);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, message_id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return dm_ledger_fail(ledger, error, "confirm outbox row");
	return sqlite3_changes(dm_ledger_db(ledger)) == 1;
}

GPtrArray *
dm_outbox_list(DmLedger *ledger, gint64 invoice_id, const char *state, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT id, coalesce(invoice_id, 0), step, message_id, recipient, subject, body, state,"
		" attempts, last_error, created_at, sent_at FROM outbox"
		" WHERE (?1 <= 0 OR invoice_id = ?1) AND (?2 IS NULL OR state = ?2) ORDER BY id", error);
	if (!st)
		return NULL;
	sqlite3_bind_int64(st, 1, invoice_id);
	sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_outbox_item_free);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		DmOutboxItem *it = g_new0(DmOutboxItem, 1);
		it->id = sqlite3_column_int64(st, 0);
		it->invoice_id = sqlite3_column_int64(st, 1);
		it->step = sqlite3_column_int(st, 2);
		it->message_id = dm_ledger_col_text(st, 3);
		it->recipient = dm_ledger_col_text(st, 4);
		it->subject = dm_ledger_col_text(st, 5);
		it->body = g_bytes_new(sqlite3_column_blob(st, 6), (gsize) sqlite3_column_bytes(st, 6));
		it->state = dm_ledger_col_text(st, 7);
		it->attempts = sqlite3_column_int(st, 8);
		it->last_error = dm_ledger_col_text(st, 9);
		it->created_at = dm_ledger_col_text(st, 10);
		it->sent_at = dm_ledger_col_text(st, 11);
		g_ptr_array_add(out, it);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		dm_ledger_fail(ledger, error, "list outbox");
		return NULL;
	}
	return g_steal_pointer(&out);
}
