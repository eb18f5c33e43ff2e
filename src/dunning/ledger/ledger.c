/* ledger: opening the SQLite file, migrations, transactions and cached statements.
 *
 * WAL mode lets the CLI read while dunmaild writes; busy_timeout makes a brief lock a
 * wait rather than an error.  Statements are prepared once per connection and cached by
 * their SQL text.
 */
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-ledger-schema.h"

#include "common/dm-clock.h"

#include <string.h>

G_DEFINE_QUARK(dm-ledger-error-quark, dm_ledger_error)

static void
finalize_statement(gpointer st)
{
	sqlite3_finalize(st);
}

struct DmLedger {
	sqlite3 *db;
	GHashTable *statements;     /* SQL text (owned) -> sqlite3_stmt* (finalized on close) */
	int depth;                  /* open transactions; nested begin is a bug */
};

gboolean
dm_ledger_fail(DmLedger *ledger, GError **error, const char *what)
{
	g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL, "ledger: %s: %s", what,
	            sqlite3_errmsg(ledger->db));
	return FALSE;
}

static gboolean
exec(DmLedger *ledger, const char *sql, const char *what, GError **error)
{
	char *msg = NULL;
	if (sqlite3_exec(ledger->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL, "ledger: %s: %s", what,
		            msg ? msg : sqlite3_errmsg(ledger->db));
		sqlite3_free(msg);
		return FALSE;
	}
	return TRUE;
}

static int
user_version(DmLedger *ledger)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(ledger->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static gboolean
migrate(DmLedger *ledger, GError **error)
{
	int have = user_version(ledger), want = dm_ledger_schema_version();
	if (have > want) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION,
		            "ledger: schema version %d is newer than this dunmail (%d): upgrade dunmail",
		            have, want);
		return FALSE;
	}
	for (int v = have + 1; v <= want; v++) {
		g_autofree char *bump = g_strdup_printf("PRAGMA user_version = %d", v);
		g_autofree char *what = g_strdup_printf("migration %d", v);
		if (!exec(ledger, "BEGIN IMMEDIATE", what, error))
			return FALSE;
		if (!exec(ledger, dm_ledger_migration(v), what, error) ||
		    !exec(ledger, bump, what, error)) {
			exec(ledger, "ROLLBACK", what, NULL);
			return FALSE;
		}
		if (!exec(ledger, "COMMIT", what, error))
			return FALSE;
	}
	return TRUE;
}

DmLedger *
dm_ledger_open(const char *path, gboolean readonly, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	DmLedger *ledger = g_new0(DmLedger, 1);
	ledger->statements = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                           finalize_statement);
	if (readonly && !g_file_test(path, G_FILE_TEST_EXISTS)) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND,
		            "ledger %s does not exist yet: dunmaild creates it on its first pass", path);
		dm_ledger_close(ledger);
		return NULL;
	}
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &ledger->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL, "ledger %s: %s", path,
		            ledger->db ? sqlite3_errmsg(ledger->db) : "out of memory");
		dm_ledger_close(ledger);
		return NULL;
	}
	sqlite3_busy_timeout(ledger->db, 10000);
	if (!readonly &&
	    (!exec(ledger, "PRAGMA journal_mode = WAL", "WAL mode", error) ||
	     !exec(ledger, "PRAGMA synchronous = FULL", "synchronous", error))) {
		dm_ledger_close(ledger);
		return NULL;
	}
	if (!exec(ledger, "PRAGMA foreign_keys = ON", "foreign keys", error)) {
		dm_ledger_close(ledger);
		return NULL;
	}
	if (readonly) {
		int v = user_version(ledger);
		if (v != dm_ledger_schema_version()) {
			g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION,
			            "ledger %s: schema version %d, this dunmail reads %d%s", path, v,
			            dm_ledger_schema_version(),
			            v < dm_ledger_schema_version() ? " (run dunmaild once to migrate)" : "");
			dm_ledger_close(ledger);
			return NULL;
		}
	} else if (!migrate(ledger, error)) {
		g_prefix_error(error, "%s: ", path);
		dm_ledger_close(ledger);
		return NULL;
	}
	return ledger;
}

void
dm_ledger_close(DmLedger *ledger)
{
	if (!ledger)
		return;
	g_clear_pointer(&ledger->statements, g_hash_table_unref);
	sqlite3_close(ledger->db);
	g_free(ledger);
}

sqlite3 *
dm_ledger_db(DmLedger *ledger)
{
	return ledger->db;
}

sqlite3_stmt *
dm_ledger_prepare(DmLedger *ledger, const char *sql, GError **error)
{
	sqlite3_stmt *st = g_hash_table_lookup(ledger->statements, sql);
	if (st) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return st;
	}
	if (sqlite3_prepare_v2(ledger->db, sql, -1, &st, NULL) != SQLITE_OK) {
		dm_ledger_fail(ledger, error, "prepare");
		return NULL;
	}
	g_hash_table_insert(ledger->statements, g_strdup(sql), st);
	return st;
}

gboolean
dm_ledger_begin(DmLedger *ledger, GError **error)
{
	g_return_val_if_fail(ledger->depth == 0, FALSE);
	/* IMMEDIATE takes the write lock now, so a busy ledger waits here, not mid-decision. */
	if (!exec(ledger, "BEGIN IMMEDIATE", "begin", error))
		return FALSE;
	ledger->depth = 1;
	return TRUE;
}

gboolean
dm_ledger_commit(DmLedger *ledger, GError **error)
{
	g_return_val_if_fail(ledger->depth == 1, FALSE);
	if (!exec(ledger, "COMMIT", "commit", error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	ledger->depth = 0;
	return TRUE;
}

void
dm_ledger_rollback(DmLedger *ledger)
{
	if (ledger->depth == 0)
		return;
	exec(ledger, "ROLLBACK", "rollback", NULL);
	ledger->depth = 0;
}

char *
dm_ledger_meta_get(DmLedger *ledger, const char *key)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger, "SELECT value FROM meta WHERE key = ?", NULL);
	if (!st)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	char *value = NULL;
	if (sqlite3_step(st) == SQLITE_ROW)
		value = g_strdup((const char *) sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	return value;
}

gboolean
dm_ledger_meta_set(DmLedger *ledger, const char *key, const char *value, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO meta (key, value) VALUES (?, ?) "
		"ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || dm_ledger_fail(ledger, error, "meta");
}

gboolean
dm_ledger_event(DmLedger *ledger, gint64 invoice_id, const char *at, const char *kind,
                const char *detail, GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"INSERT INTO events (at, invoice_id, kind, detail) VALUES (?, ?, ?, ?)", error);
	if (!st)
		return FALSE;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
	if (invoice_id > 0)
		sqlite3_bind_int64(st, 2, invoice_id);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, detail, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || dm_ledger_fail(ledger, error, "event");
}

char *
dm_ledger_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? g_strdup((const char *) t) : NULL;
}

void
dm_ledger_col_date(sqlite3_stmt *st, int col, GDate *out)
{
	dm_date_parse_iso((const char *) sqlite3_column_text(st, col), out);
}

void
dm_ledger_bind_date(sqlite3_stmt *st, int col, const GDate *d)
{
	g_autofree char *iso = dm_date_iso(d);
	if (iso)
		sqlite3_bind_text(st, col, iso, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, col);
}

void
dm_event_free(DmEvent *ev)
{
	if (!ev)
		return;
	g_free(ev->at);
	g_free(ev->kind);
	g_free(ev->detail);
	g_free(ev);
}

GPtrArray *
dm_ledger_events_list(DmLedger *ledger, gint64 invoice_id, const char *since, const char *kind,
                      GError **error)
{
	sqlite3_stmt *st = dm_ledger_prepare(ledger,
		"SELECT id, at, coalesce(invoice_id, 0), kind, detail FROM events"
		" WHERE (?1 <= 0 OR invoice_id = ?1) AND (?2 IS NULL OR at >= ?2)"
		" AND (?3 IS NULL OR kind = ?3) ORDER BY id", error);
	if (!st)
		return NULL;
	sqlite3_bind_int64(st, 1, invoice_id);
	sqlite3_bind_text(st, 2, since, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_event_free);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		DmEvent *ev = g_new0(DmEvent, 1);
		ev->id = sqlite3_column_int64(st, 0);
		ev->at = dm_ledger_col_text(st, 1);
		ev->invoice_id = sqlite3_column_int64(st, 2);
		ev->kind = dm_ledger_col_text(st, 3);
		ev->detail = dm_ledger_col_text(st, 4);
		g_ptr_array_add(out, ev);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		dm_ledger_fail(ledger, error, "list events");
		return NULL;
	}
	return g_steal_pointer(&out);
}
