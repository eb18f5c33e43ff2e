/* failing: the rows of dm-failing.h. */
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-ledger-sql.h"

gboolean
dm_ledger_address_set_failing(DmLedger *ledger, const char *address, const char *now,
                              gint64 outbox_id, const char *detail, GError **error)
{
	g_return_val_if_fail(address != NULL && now != NULL, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO failing_addresses (address, since, outbox_id, detail)"
		" VALUES (?1, ?2, ?3, ?4) ON CONFLICT (address) DO UPDATE"
		" SET outbox_id = excluded.outbox_id, detail = excluded.detail", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, address);
	dm_sql_bind_text(st, 2, now);
	dm_sql_bind_id(st, 3, outbox_id);
	dm_sql_bind_text(st, 4, detail);
	return dm_sql_run(st, "mark address failing", error);
}

gboolean
dm_ledger_address_failing(DmLedger *ledger, const char *address, gboolean *failing,
                          char **since_out, GError **error)
{
	*failing = FALSE;
	if (since_out)
		*since_out = NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT since FROM failing_addresses WHERE address = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, address);
	g_autofree char *since = NULL;
	if (!dm_sql_first_text(st, "read failing address", &since, error))
		return FALSE;
	*failing = since != NULL;
	if (since_out)
		*since_out = g_steal_pointer(&since);
	return TRUE;
}

gboolean
dm_ledger_address_clear_failing(DmLedger *ledger, const char *address, gboolean *was_failing,
                                GError **error)
{
	g_return_val_if_fail(address != NULL, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger, "DELETE FROM failing_addresses WHERE address = ?1",
	                               error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, address);
	if (!dm_sql_run(st, "clear failing address", error))
		return FALSE;
	if (was_failing)
		*was_failing = dm_sql_changes(ledger) > 0;
	return TRUE;
}

gboolean
dm_ledger_event_since(DmLedger *ledger, gint64 invoice_id, DmEventKind kind, const char *since,
                      gboolean *told, GError **error)
{
	g_return_val_if_fail(since != NULL && told != NULL, FALSE);
	*told = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT count(*) FROM events WHERE invoice_id = ?1 AND kind = ?2 AND at >= ?3", error);
	if (!st)
		return FALSE;
	dm_sql_bind_id(st, 1, invoice_id);
	dm_sql_bind_text(st, 2, dm_event_kind_name(kind));
	dm_sql_bind_text(st, 3, since);
	gint64 n = 0;
	if (!dm_sql_first_int64(st, "read events since", &n, error))
		return FALSE;
	*told = n > 0;
	return TRUE;
}

GHashTable *
dm_ledger_failing_addresses(DmLedger *ledger, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT address, since FROM failing_addresses",
	                               error);
	if (!st)
		return NULL;
	g_autoptr(GHashTable) all = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	for (;;) {
		DmSqlStep r = dm_sql_step(st, "list failing addresses", error);
		if (r == DM_SQL_ERROR)
			return NULL;
		if (r == DM_SQL_DONE)
			break;
		g_hash_table_insert(all, dm_sql_col_text(st, 0), dm_sql_col_text(st, 1));
	}
	return g_steal_pointer(&all);
}
