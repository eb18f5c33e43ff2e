/* digest_commands: rows of the owner's commands by mail (dm-digest-commands.h). */
#include "dunning/ledger/dm-digest-commands.h"
#include "dunning/ledger/dm-ledger-sql.h"

gboolean
dm_ledger_digest_command_done(DmLedger *ledger, gint64 digest_id, const char *command,
                              char **done_at, GError **error)
{
	*done_at = NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT done_at FROM digest_commands WHERE digest_id = ?1 AND command = ?2", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, digest_id);
	dm_sql_bind_text(st, 2, command);
	return dm_sql_first_text(st, "look up a command done", done_at, error);
}

gboolean
dm_ledger_digest_command_add(DmLedger *ledger, gint64 digest_id, const char *command,
                             const char *message_id, const char *line, const char *outcome,
                             const char *now, GError **error)
{
	g_return_val_if_fail(digest_id > 0 && command && now, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO digest_commands (digest_id, command, message_id, line, outcome, done_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, digest_id);
	dm_sql_bind_text(st, 2, command);
	dm_sql_bind_text(st, 3, message_id ? message_id : "");
	dm_sql_bind_text(st, 4, line ? line : "");
	dm_sql_bind_text(st, 5, outcome ? outcome : "");
	dm_sql_bind_text(st, 6, now);
	return dm_sql_run(st, "record a command done", error);
}
