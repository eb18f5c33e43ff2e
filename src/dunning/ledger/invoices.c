/* invoices: debtors and invoices rows. */
#include "dunning/ledger/dm-invoices.h"

#define INVOICE_COLUMNS \
	"i.id, i.number, i.debtor_id, d.email, d.name, i.amount_cents, i.currency, " \
	"i.issue_date, i.due_date, i.language, i.source, i.message_id, i.subject, i.status, " \
	"i.pause_reason, i.pause_until, i.created_at"
#define INVOICE_FROM " FROM invoices i JOIN debtors d ON d.id = i.debtor_id "

DmInvoice *
dm_invoice_new(void)
{
	DmInvoice *inv = g_new0(DmInvoice, 1);
	g_date_clear(&inv->issue_date, 1);
	g_date_clear(&inv->due_date, 1);
	g_date_clear(&inv->pause_until, 1);
	return inv;
}

void
dm_invoice_free(DmInvoice *inv)
{
	if (!inv)
		return;
	g_free(inv->number);
	g_free(inv->debtor_email);
	g_free(inv->debtor_name);
	g_free(inv->currency);
	g_free(inv->language);
	g_free(inv->source);
	g_free(inv->message_id);
	g_free(inv->subject);
	g_free(inv->status);
	g_free(inv->pause_reason);
	g_free(inv->created_at);
	g_free(inv);
}

static DmInvoice *
read_invoice(sqlite3_stmt *st)
{
	DmInvoice *inv = dm_invoice_new();
	inv->id = sqlite3_column_int64(st, 0);
	inv->number = dm_ledger_col_text(st, 1);
	inv->debtor_id = sqlite3_column_int64(st, 2);
	inv->debtor_email = dm_ledger_col_text(st, 3);
	inv->debtor_name = dm_ledger_col_text(st, 4);
	inv->has_amount = sqlite3_column_type(st, 5) != SQLITE_NULL;
	inv->amount_cents = sqlite3_column_int64(st, 5);
	inv->currency = dm_ledger_col_text(st, 6);
	dm_ledger_col_date(st, 7, &inv->issue_date);
	dm_ledger_col_date(st, 8, &inv->due_date);
	inv->language = dm_ledger_col_text(st, 9);
	inv->source = dm_ledger_col_text(st, 10);
	inv->message_id = dm_ledger_col_text(st, 11);
	inv->subject = dm_ledger_col_text(st, 12);
	inv->status = dm_ledger_col_text(st, 13);
	inv->pause_reason = dm_ledger_col_text(st, 14);
	dm_ledger_col_date(st, 15, &inv->pause_until);
	inv->created_at = dm_ledger_col_text(st, 16);
	return inv;
}

gint64
dm_ledger_debtor_ensure(DmLedger *ledger, const char *email, const char *name,
                        const char *language, const char *now, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO debtors (email, name, language, created_at) VALUES (?, ?, ?, ?) "
		"ON CONFLICT (email) DO UPDATE SET name = coalesce(debtors.name, excluded.name) "
		"RETURNING id", error);
	if (!st)
		return 0;
	sqlite3_bind_text(st, 1, email, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, language, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	gint64 id = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else
		dm_ledger_fail(ledger, error, "add debtor");
	sqlite3_reset(st);
	return id;
}

gboolean
dm_ledger_invoice_add(DmLedger *ledger, DmInvoice *inv, const char *now, gboolean *existed,
                      GError **error)
{
	g_return_val_if_fail(inv->number && inv->debtor_email && g_date_valid(&inv->due_date), FALSE);
	*existed = FALSE;
	inv->debtor_id = dm_ledger_debtor_ensure(ledger, inv->debtor_email, inv->debtor_name,
	                                         inv->language, now, error);
	if (inv->debtor_id == 0)
		return FALSE;
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO invoices (number, debtor_id, amount_cents, currency, issue_date, due_date,"
		" language, source, message_id, subject, status, created_at)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"
		" ON CONFLICT (number, debtor_id) DO NOTHING RETURNING id", error);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, inv->number, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, inv->debtor_id);
	if (inv->has_amount)
		sqlite3_bind_int64(st, 3, inv->amount_cents);
	sqlite3_bind_text(st, 4, inv->currency, -1, SQLITE_STATIC);
	dm_ledger_bind_date(st, 5, &inv->issue_date);
	dm_ledger_bind_date(st, 6, &inv->due_date);
	sqlite3_bind_text(st, 7, inv->language, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, inv->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, inv->message_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, inv->subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, now, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		inv->id = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	} else if (rc == SQLITE_DONE) {
		*existed = TRUE;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return dm_ledger_fail(ledger, error, "add invoice");
	if (*existed) {
		/* Tell the caller which invoice it is. */
		st = dm_ledger_prepare(ledger,
			"SELECT id FROM invoices WHERE number = ? AND debtor_id = ?", error);
		if (!st)
			return FALSE;
		sqlite3_bind_text(st, 1, inv->number, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, inv->debtor_id);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			inv->id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (rc != SQLITE_ROW)
			return dm_ledger_fail(ledger, error, "find the existing invoice");
	}
	return TRUE;
}

static DmInvoice *
get_one(DmLedger *ledger, const char *where, gint64 id, const char *text, GError **error)
{
	g_autofree char *sql = g_strconcat("SELECT " INVOICE_COLUMNS INVOICE_FROM, where, NULL);
	sqlite3_stmt *st = dm_ledger_prepare(ledger, sql, error);
	if (!st)
		return NULL;
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 1, id);
	DmInvoice *inv = NULL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		inv = read_invoice(st);
	else if (rc != SQLITE_DONE)
		dm_ledger_fail(ledger, error, "read invoice");
	sqlite3_reset(st);
	return inv;
}

DmInvoice *
dm_ledger_invoice_get(DmLedger *ledger, gint64 id, GError **error)
{
	return get_one(ledger, "WHERE i.id = ?", id, NULL, error);
}

DmInvoice *
dm_ledger_invoice_by_number(DmLedger *ledger, const char *number, GError **error)
{
	/* Numbers are unique per debtor; across debtors the newest wins. */
	return get_one(ledger, "WHERE i.number = ? ORDER BY i.id DESC LIMIT 1", 0, number, error);
}

gint64
dm_ledger_invoice_by_thread(DmLedger *ledger, const char *message_id)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT id FROM invoices WHERE message_id = ?1 "
		"UNION ALL SELECT invoice_id FROM outbox WHERE message_id = ?1 LIMIT 1", NULL);
	if (!st)
		return 0;
	sqlite3_bind_text(st, 1, message_id, -1, SQLITE_STATIC);
	gint64 id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

GPtrArray *
dm_ledger_invoices_list(DmLedger *ledger, const char *debtor_email, const char *status,
                        GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT " INVOICE_COLUMNS INVOICE_FROM
		"WHERE (?1 IS NULL OR d.email = ?1) AND (?2 IS NULL OR i.status = ?2) "
		"ORDER BY i.due_date, i.number", error);
	if (!st)
		return NULL;
	sqlite3_bind_text(st, 1, debtor_email, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_STATIC);
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		g_ptr_array_add(out, read_invoice(st));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		dm_ledger_fail(ledger, error, "list invoices");
		return NULL;
	}
	return g_steal_pointer(&out);
}

gboolean
dm_ledger_invoice_set_status(DmLedger *ledger, gint64 id, const char *status,
                             const char *reason, const GDate *until, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"UPDATE invoices SET status = ?, pause_reason = ?, pause_until = ? WHERE id = ?", error);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, reason, -1, SQLITE_STATIC);
	dm_ledger_bind_date(st, 3, until);
	sqlite3_bind_int64(st, 4, id);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || dm_ledger_fail(ledger, error, "set invoice status");
}
