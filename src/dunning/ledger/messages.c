/* messages: rows for ingested messages and the replies read from them. */
#include "dunning/ledger/dm-messages.h"

gboolean
dm_ledger_message_seen(DmLedger *ledger, const char *message_id, const char *sha256)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT 1 FROM messages WHERE message_id = ? AND sha256 = ?", NULL);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, message_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, sha256, -1, SQLITE_STATIC);
	gboolean seen = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return seen;
}

gboolean
dm_ledger_message_add(DmLedger *ledger, const DmMessageRecord *rec, gint64 *id_out,
                      GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO messages (message_id, sha256, direction, role, mail_from, from_addr,"
		" subject, queue_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
		error);
	if (!st)
		return FALSE;
	const char *values[] = { rec->message_id, rec->sha256, rec->direction, rec->role,
	                         rec->mail_from, rec->from_addr, rec->subject, rec->queue_id,
	                         rec->received_at };
	for (int i = 0; i < (int) G_N_ELEMENTS(values); i++)
		sqlite3_bind_text(st, i + 1, values[i], -1, SQLITE_STATIC);
	gboolean ok = sqlite3_step(st) == SQLITE_ROW;
	if (ok && id_out)
		*id_out = sqlite3_column_int64(st, 0);
	if (!ok)
		dm_ledger_fail(ledger, error, "record message");
	sqlite3_reset(st);
	return ok;
}

void
dm_reply_row_free(DmReplyRow *row)
{
	if (!row)
		return;
	g_free(row->invoice_number);
	g_free(row->from_addr);
	g_free(row->subject);
	g_free(row->kind);
	g_free(row->klass);
	g_free(row->reply_text);
	g_free(row->auth_detail);
	g_free(row->note);
	g_free(row->received_at);
	g_free(row);
}

gboolean
dm_ledger_reply_add(DmLedger *ledger, const DmReplyRow *row, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO replies (message_row, invoice_id, from_addr, kind, class, confidence,"
		" stated_date, reply_text, authenticated, auth_detail, applied, received_at, note)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
	if (!st)
		return FALSE;
	sqlite3_bind_int64(st, 1, row->message_row);
	if (row->invoice_id > 0)
		sqlite3_bind_int64(st, 2, row->invoice_id);
	sqlite3_bind_text(st, 3, row->from_addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, row->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, row->klass, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 6, row->confidence);
	dm_ledger_bind_date(st, 7, &row->stated_date);
	sqlite3_bind_text(st, 8, row->reply_text, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 9, row->authenticated);
	sqlite3_bind_text(st, 10, row->auth_detail, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 11, row->applied);
	sqlite3_bind_text(st, 12, row->received_at, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, row->note, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || dm_ledger_fail(ledger, error, "record reply");
}

GPtrArray *
dm_ledger_replies_list(DmLedger *ledger, const char *since, gint64 invoice_id, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT r.id, r.message_row, coalesce(r.invoice_id, 0), i.number, r.from_addr,"
		" m.subject, r.kind, r.class, r.confidence, r.stated_date, r.reply_text,"
		" r.authenticated, r.auth_detail, r.applied, r.received_at, r.note"
		" FROM replies r JOIN messages m ON m.id = r.message_row"
		" LEFT JOIN invoices i ON i.id = r.invoice_id"
		" WHERE (?1 IS NULL OR r.received_at >= ?1) AND (?2 <= 0 OR r.invoice_id = ?2)"
		" ORDER BY r.received_at, r.id", error);
	if (!st)
		return NULL;
	sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, invoice_id);
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_reply_row_free);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		DmReplyRow *r = g_new0(DmReplyRow, 1);
		r->id = sqlite3_column_int64(st, 0);
		r->message_row = sqlite3_column_int64(st, 1);
		r->invoice_id = sqlite3_column_int64(st, 2);
		r->invoice_number = dm_ledger_col_text(st, 3);
		r->from_addr = dm_ledger_col_text(st, 4);
		r->subject = dm_ledger_col_text(st, 5);
		r->kind = dm_ledger_col_text(st, 6);
		r->klass = dm_ledger_col_text(st, 7);
		r->confidence = sqlite3_column_double(st, 8);
		dm_ledger_col_date(st, 9, &r->stated_date);
		r->reply_text = dm_ledger_col_text(st, 10);
		r->authenticated = sqlite3_column_int(st, 11) != 0;
		r->auth_detail = dm_ledger_col_text(st, 12);
		r->applied = sqlite3_column_int(st, 13) != 0;
		r->received_at = dm_ledger_col_text(st, 14);
		r->note = dm_ledger_col_text(st, 15);
		g_ptr_array_add(out, r);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		dm_ledger_fail(ledger, error, "list replies");
		return NULL;
	}
	return g_steal_pointer(&out);
}
