/* messages: rows for ingested messages and the replies read from them. */
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger-sql.h"

/* *@found is TRUE when @st, a bound "SELECT 1 ...", returns a row. */
static gboolean
exists(DmSqlStmt *st, const char *what, gboolean *found, GError **error)
{
	gint64 one = 0;
	gboolean ok = dm_sql_first_int64(st, what, &one, error);
	*found = one == 1;
	return ok;
}

gboolean
dm_ledger_message_seen(DmLedger *ledger, const char *message_id, const char *sha256,
                       gboolean *seen, GError **error)
{
	*seen = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT 1 FROM messages WHERE message_id = ?1 AND sha256 = ?2", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, message_id);
	dm_sql_bind_text(st, 2, sha256);
	return exists(st, "look up message", seen, error);
}

gboolean
dm_ledger_message_id_seen(DmLedger *ledger, const char *message_id, gboolean *seen,
                          GError **error)
{
	*seen = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT 1 FROM messages WHERE message_id = ?1",
	                               error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, message_id);
	return exists(st, "look up message", seen, error);
}

gboolean
dm_ledger_message_hash_seen(DmLedger *ledger, const char *sha256, gboolean *seen,
                            GError **error)
{
	*seen = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT 1 FROM messages WHERE sha256 = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, sha256);
	return exists(st, "look up message content", seen, error);
}

gboolean
dm_ledger_set_aside_seen(DmLedger *ledger, const char *sha256, gboolean *seen, char **name,
                         GError **error)
{
	*seen = FALSE;
	*name = NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT name FROM set_aside WHERE sha256 = ?1",
	                               error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, sha256);
	if (!dm_sql_first_text(st, "look up a file set aside", name, error))
		return FALSE;
	*seen = *name != NULL;
	return TRUE;
}

gboolean
dm_ledger_set_aside_add(DmLedger *ledger, const char *sha256, const char *name, const char *at,
                        GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO set_aside (sha256, name, at) VALUES (?1, ?2, ?3)"
		" ON CONFLICT (sha256) DO NOTHING", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, sha256);
	dm_sql_bind_text(st, 2, name);
	dm_sql_bind_text(st, 3, at);
	return dm_sql_run(st, "record a file set aside", error);
}

gboolean
dm_ledger_message_add(DmLedger *ledger, const DmMessageRecord *rec, gint64 *id_out,
                      GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO messages (message_id, sha256, direction, role, mail_from, from_addr,"
		" subject, queue_id, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
		" RETURNING id", error);
	if (!st)
		return FALSE;
	const char *values[] = { rec->message_id, rec->sha256, rec->direction, rec->role,
	                         rec->mail_from, rec->from_addr, rec->subject, rec->queue_id,
	                         rec->received_at };
	for (int i = 0; i < (int) G_N_ELEMENTS(values); i++)
		dm_sql_bind_text(st, i + 1, values[i]);
	gint64 id;
	if (!dm_sql_id(st, "record message", &id, error))
		return FALSE;
	if (id_out)
		*id_out = id;
	return TRUE;
}

gboolean
dm_ledger_reply_add(DmLedger *ledger, const DmReplyRow *row, GError **error)
{
	return dm_ledger_reply_add_holding(ledger, row, NULL, error);
}

/* Records that reply @reply_id holds invoice @invoice_id. */
static gboolean
hold_add(DmLedger *ledger, gint64 reply_id, gint64 invoice_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT OR IGNORE INTO reply_holds (reply_id, invoice_id) VALUES (?1, ?2)", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, reply_id);
	dm_sql_bind_int64(st, 2, invoice_id);
	return dm_sql_run(st, "record reply hold", error);
}

GArray *
dm_ledger_reply_holds(DmLedger *ledger, gint64 reply_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT invoice_id FROM reply_holds WHERE reply_id = ?1 ORDER BY invoice_id", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, reply_id);
	g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list reply holds", error)) == DM_SQL_ROW) {
		gint64 id = dm_sql_col_int64(st, 0);
		g_array_append_val(ids, id);
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&ids) : NULL;
}

gboolean
dm_ledger_reply_add_holding(DmLedger *ledger, const DmReplyRow *row, const GArray *held,
                            GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO replies (message_row, invoice_id, from_addr, kind, class, confidence,"
		" stated_date, reply_text, authenticated, auth_detail, applied, received_at, note,"
		" needs_review, note_reason)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
		" RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, row->message_row);
	dm_sql_bind_id(st, 2, row->invoice_id);
	dm_sql_bind_text(st, 3, row->from_addr);
	dm_sql_bind_text(st, 4, row->kind);
	dm_sql_bind_text(st, 5, dm_reply_class_name(row->klass));
	dm_sql_bind_double(st, 6, row->confidence);
	dm_sql_bind_date(st, 7, &row->stated_date);
	dm_sql_bind_text(st, 8, row->reply_text);
	dm_sql_bind_int64(st, 9, row->authenticated ? 1 : 0);
	dm_sql_bind_text(st, 10, row->auth_detail);
	dm_sql_bind_int64(st, 11, row->applied ? 1 : 0);
	dm_sql_bind_text(st, 12, row->received_at);
	dm_sql_bind_text(st, 13, row->note);
	dm_sql_bind_int64(st, 14, row->needs_review ? 1 : 0);
	dm_sql_bind_text(st, 15, row->note_reason != DM_REPLY_NOTE_NONE
	                         ? dm_reply_note_name(row->note_reason) : NULL);
	gint64 id;
	if (!dm_sql_id(st, "record reply", &id, error))
		return FALSE;
	for (guint i = 0; held && i < held->len; i++)
		if (!hold_add(ledger, id, g_array_index(held, gint64, i), error))
			return FALSE;
	return TRUE;
}

/* The reply columns and joins of every reply query; ?1.. filter after WHERE. */
#define REPLY_SELECT \
	"SELECT r.id, r.message_row, coalesce(r.invoice_id, 0), i.number, r.from_addr," \
	" m.subject, r.kind, r.class, r.confidence, r.stated_date, r.reply_text," \
	" r.authenticated, r.auth_detail, r.applied, r.received_at, r.note, r.needs_review," \
	" (SELECT group_concat(number, ', ') FROM (SELECT hi.number FROM reply_holds h" \
	"   JOIN invoices hi ON hi.id = h.invoice_id WHERE h.reply_id = r.id ORDER BY hi.number))," \
	" oc.corrected_class, oc.stated_date, r.note_reason" \
	" FROM replies r JOIN messages m ON m.id = r.message_row" \
	" LEFT JOIN invoices i ON i.id = r.invoice_id" \
	" LEFT JOIN (SELECT reply_id, corrected_class, stated_date, max(id) FROM corrections" \
	"   GROUP BY reply_id) oc ON oc.reply_id = r.id"

/* Every row of the bound reply query @st, in order; NULL with @error. */
static GPtrArray *
read_replies(DmSqlStmt *st, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_reply_row_free);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list replies", error)) == DM_SQL_ROW) {
		g_autoptr(DmReplyRow) r = g_new0(DmReplyRow, 1);
		r->id = dm_sql_col_int64(st, 0);
		r->message_row = dm_sql_col_int64(st, 1);
		r->invoice_id = dm_sql_col_int64(st, 2);
		r->invoice_number = dm_sql_col_text(st, 3);
		r->from_addr = dm_sql_col_text(st, 4);
		r->subject = dm_sql_col_text(st, 5);
		r->kind = dm_sql_col_text(st, 6);
		r->confidence = dm_sql_col_double(st, 8);
		dm_sql_col_date(st, 9, &r->stated_date);
		r->reply_text = dm_sql_col_text(st, 10);
		r->authenticated = dm_sql_col_int64(st, 11) != 0;
		r->auth_detail = dm_sql_col_text(st, 12);
		r->applied = dm_sql_col_int64(st, 13) != 0;
		r->received_at = dm_sql_col_text(st, 14);
		r->note = dm_sql_col_text(st, 15);
		r->needs_review = dm_sql_col_int64(st, 16) != 0;
		r->held_numbers = dm_sql_col_text(st, 17);
		/* The owner's latest correction: SQLite gives the bare columns of max(id)'s row. */
		r->owner_decided = dm_sql_col_text_ref(st, 18) != NULL;
		dm_sql_col_date(st, 19, &r->owner_date);
		/* A code a newer dunmail wrote and this one does not know: its note as written. */
		if (!dm_reply_note_from_name(dm_sql_col_text_ref(st, 20), &r->note_reason))
			r->note_reason = DM_REPLY_NOTE_NONE;
		if (!dm_sql_col_reply_class(st, 7, &r->klass, error) ||
		    (r->owner_decided && !dm_sql_col_reply_class(st, 18, &r->owner_class, error))) {
			g_prefix_error(error, "reply %" G_GINT64_FORMAT ": ", r->id);
			dm_sql_reset(st);
			return NULL;
		}
		g_ptr_array_add(out, g_steal_pointer(&r));
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}

GPtrArray *
dm_ledger_replies_list(DmLedger *ledger, const char *since, gint64 invoice_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT
		" WHERE (?1 IS NULL OR r.received_at >= ?1) AND (?2 <= 0 OR r.invoice_id = ?2)"
		" ORDER BY r.received_at, r.id", error);
	if (!st)
		return NULL;
	dm_sql_bind_text(st, 1, since);
	dm_sql_bind_int64(st, 2, invoice_id);
	return read_replies(st, error);
}

gboolean
dm_ledger_replies_foreach(DmLedger *ledger, DmReplyFunc fn, gpointer user, GError **error)
{
	/* Keyset paging on (received_at, id), the list's order: each page starts where the
	 * last ended, so no page re-reads what came before. */
	g_autofree char *after_at = g_strdup("");
	gint64 after_id = 0;
	for (;;) {
		DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT
			" WHERE (r.received_at, r.id) > (?1, ?2) ORDER BY r.received_at, r.id LIMIT ?3",
			error);
		if (!st)
			return FALSE;
		dm_sql_bind_text(st, 1, after_at);
		dm_sql_bind_int64(st, 2, after_id);
		dm_sql_bind_int64(st, 3, DM_LEDGER_PAGE_ROWS);
		g_autoptr(GPtrArray) page = read_replies(st, error);
		if (!page)
			return FALSE;
		for (guint i = 0; i < page->len; i++)
			if (!fn(g_ptr_array_index(page, i), user, error))
				return FALSE;
		if (page->len < DM_LEDGER_PAGE_ROWS)
			return TRUE;
		const DmReplyRow *last = g_ptr_array_index(page, page->len - 1);
		g_free(after_at);
		after_at = g_strdup(last->received_at ? last->received_at : "");
		after_id = last->id;
	}
}

GPtrArray *
dm_ledger_replies_after(DmLedger *ledger, gint64 after_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT " WHERE r.id > ?1 ORDER BY r.id", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, after_id);
	return read_replies(st, error);
}

GPtrArray *
dm_ledger_replies_for_review(DmLedger *ledger, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT
		" WHERE r.needs_review = 1 ORDER BY r.received_at, r.id", error);
	return st ? read_replies(st, error) : NULL;
}

GPtrArray *
dm_ledger_replies_of_debtor(DmLedger *ledger, const char *email, guint limit, GError **error)
{
	/* Newest first, so the limit keeps the recent ones; lower() as addresses are stored
	 * normalized but typed by people. */
	DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT
		" LEFT JOIN debtors d ON d.id = i.debtor_id"
		" WHERE lower(d.email) = lower(?1) OR lower(r.from_addr) = lower(?1)"
		" ORDER BY r.received_at DESC, r.id DESC LIMIT ?2", error);
	if (!st)
		return NULL;
	dm_sql_bind_text(st, 1, email);
	dm_sql_bind_int64(st, 2, limit);
	return read_replies(st, error);
}

DmReplyRow *
dm_ledger_reply_get(DmLedger *ledger, gint64 id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, REPLY_SELECT " WHERE r.id = ?1", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, id);
	g_autoptr(GPtrArray) rows = read_replies(st, error);
	return rows && rows->len ? g_ptr_array_steal_index(rows, 0) : NULL;
}

gboolean
dm_ledger_reply_reviewed(DmLedger *ledger, gint64 reply_id, gint64 invoice_id, GError **error)
{
	g_return_val_if_fail(reply_id > 0 || invoice_id > 0, FALSE);
	/* First the replies whose last hold this decision lifts, then the holds. */
	static const char *const steps[] = {
		"UPDATE replies SET needs_review = 0 WHERE needs_review = 1"
		" AND (?1 <= 0 OR id = ?1) AND (?2 <= 0 OR invoice_id = ?2)",
		"UPDATE replies SET needs_review = 0 WHERE needs_review = 1 AND ?2 > 0"
		" AND id IN (SELECT reply_id FROM reply_holds WHERE invoice_id = ?2"
		"  AND (?1 <= 0 OR reply_id = ?1))"
		" AND NOT EXISTS (SELECT 1 FROM reply_holds h WHERE h.reply_id = replies.id"
		"  AND h.invoice_id <> ?2)",
		"DELETE FROM reply_holds WHERE (?1 <= 0 OR reply_id = ?1) AND (?2 <= 0 OR invoice_id = ?2)",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(steps); i++) {
		DmSqlStmt *st = dm_sql_prepare(ledger, steps[i], error);
		if (!st)
			return FALSE;
		dm_sql_bind_int64(st, 1, reply_id);
		dm_sql_bind_int64(st, 2, invoice_id);
		if (!dm_sql_run(st, "mark reply reviewed", error))
			return FALSE;
	}
	return TRUE;
}
