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
