/* debtors: the owner's settings per debtor and the payments per invoice (dm-debtors.h). */
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-ledger-sql.h"

gboolean
dm_ledger_read_debtor_settings(DmSqlStmt *st, int i, DmDebtorSettings *out, GError **error)
{
	dm_debtor_settings_clear(out);
	out->language = dm_sql_col_text(st, i);
	if (!dm_sql_col_debtor_kind(st, i + 1, &out->kind, error))
		return FALSE;
	out->contact = dm_sql_col_text(st, i + 2);
	out->ladder = dm_sql_col_text(st, i + 3);
	out->has_credit_limit = !dm_sql_col_is_null(st, i + 4);
	out->credit_limit_cents = dm_sql_col_int64(st, i + 4);
	out->credit_currency = dm_sql_col_text(st, i + 5);
	dm_sql_col_date(st, i + 6, &out->paused_until);
	out->pause_reason = dm_sql_col_text(st, i + 7);
	out->excluded = dm_sql_col_int64(st, i + 8) != 0;
	return TRUE;
}

gboolean
dm_ledger_debtor_get(DmLedger *ledger, const char *email, gint64 *id_out, DmDebtorSettings *out,
                     GError **error)
{
	*id_out = 0;
	dm_debtor_settings_clear(out);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT d.id, " DM_DEBTOR_SETTINGS_COLUMNS " FROM debtors d "
		"LEFT JOIN debtor_settings ds ON ds.debtor_id = d.id WHERE d.email = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, email);
	switch (dm_sql_step(st, "read debtor", error)) {
	case DM_SQL_DONE:
		return TRUE;
	case DM_SQL_ROW: {
		*id_out = dm_sql_col_int64(st, 0);
		gboolean ok = dm_ledger_read_debtor_settings(st, 1, out, error);
		dm_sql_reset(st);
		return ok;
	}
	default:
		return FALSE;
	}
}

gboolean
dm_ledger_debtor_settings_set(DmLedger *ledger, gint64 debtor_id, const DmDebtorSettings *s,
                              const char *now, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO debtor_settings (debtor_id, language, kind, contact, ladder,"
		" credit_limit_cents, credit_currency, paused_until, pause_reason, excluded, updated_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
		" ON CONFLICT (debtor_id) DO UPDATE SET language = excluded.language,"
		" kind = excluded.kind, contact = excluded.contact, ladder = excluded.ladder,"
		" credit_limit_cents = excluded.credit_limit_cents,"
		" credit_currency = excluded.credit_currency, paused_until = excluded.paused_until,"
		" pause_reason = excluded.pause_reason, excluded = excluded.excluded,"
		" updated_at = excluded.updated_at", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, debtor_id);
	dm_sql_bind_text(st, 2, s->language);
	dm_sql_bind_text(st, 3, s->kind ? dm_debtor_kind_name(s->kind) : NULL);
	dm_sql_bind_text(st, 4, s->contact);
	dm_sql_bind_text(st, 5, s->ladder);
	if (s->has_credit_limit)
		dm_sql_bind_int64(st, 6, s->credit_limit_cents);
	dm_sql_bind_text(st, 7, s->credit_currency);
	dm_sql_bind_date(st, 8, &s->paused_until);
	dm_sql_bind_text(st, 9, s->pause_reason);
	dm_sql_bind_int64(st, 10, s->excluded ? 1 : 0);
	dm_sql_bind_text(st, 11, now);
	return dm_sql_run(st, "write debtor settings", error);
}

gboolean
dm_ledger_payment_add(DmLedger *ledger, gint64 invoice_id, gint64 amount_cents,
                      const GDate *paid_on, const char *now, GError **error)
{
	g_return_val_if_fail(g_date_valid(paid_on), FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO payments (invoice_id, amount_cents, paid_on, recorded_at)"
		" VALUES (?1, ?2, ?3, ?4)", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_int64(st, 2, amount_cents);
	dm_sql_bind_date(st, 3, paid_on);
	dm_sql_bind_text(st, 4, now);
	return dm_sql_run(st, "record payment", error);
}
