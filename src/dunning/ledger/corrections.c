/* corrections: rows of the owner's corrections of a reply's class (dm-corrections.h). */
#include "dunning/ledger/dm-corrections.h"
#include "dunning/ledger/dm-ledger-sql.h"

gboolean
dm_ledger_correction_add(DmLedger *ledger, const DmCorrection *c, gint64 *id_out,
                         GError **error)
{
	g_return_val_if_fail(c->reply_id > 0 && c->at, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO corrections (reply_id, reply_text, original_class, corrected_class,"
		" stated_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, c->reply_id);
	dm_sql_bind_text(st, 2, c->reply_text);
	dm_sql_bind_text(st, 3, dm_reply_class_name(c->original));
	dm_sql_bind_text(st, 4, dm_reply_class_name(c->corrected));
	dm_sql_bind_date(st, 5, &c->date);
	dm_sql_bind_text(st, 6, c->at);
	gint64 id;
	if (!dm_sql_id(st, "record correction", &id, error))
		return FALSE;
	if (id_out)
		*id_out = id;
	return TRUE;
}

GPtrArray *
dm_ledger_corrections_list(DmLedger *ledger, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT c.id, c.reply_id, i.number, c.reply_text, c.original_class,"
		" c.corrected_class, c.stated_date, c.created_at"
		" FROM corrections c JOIN replies r ON r.id = c.reply_id"
		" LEFT JOIN invoices i ON i.id = r.invoice_id ORDER BY c.id", error);
	if (!st)
		return NULL;
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_correction_free);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list corrections", error)) == DM_SQL_ROW) {
		g_autoptr(DmCorrection) c = g_new0(DmCorrection, 1);
		c->id = dm_sql_col_int64(st, 0);
		c->reply_id = dm_sql_col_int64(st, 1);
		c->invoice_number = dm_sql_col_text(st, 2);
		c->reply_text = dm_sql_col_text(st, 3);
		dm_sql_col_date(st, 6, &c->date);
		c->at = dm_sql_col_text(st, 7);
		if (!dm_sql_col_reply_class(st, 4, &c->original, error) ||
		    !dm_sql_col_reply_class(st, 5, &c->corrected, error)) {
			g_prefix_error(error, "correction %" G_GINT64_FORMAT ": ", c->id);
			dm_sql_reset(st);
			return NULL;
		}
		g_ptr_array_add(out, g_steal_pointer(&c));
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}
