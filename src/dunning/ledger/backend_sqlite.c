/* backend_sqlite: the SQLite ledger backend (dm-ledger-backend.h) — the one file that
 * knows SQLite's API.
 *
 * WAL mode lets the CLI read while dunmaild writes; synchronous = FULL makes a commit
 * durable; busy_timeout makes a brief lock a wait rather than an error; BEGIN IMMEDIATE
 * takes the write lock when a decision starts, so a busy ledger waits there, not midway.
 * The schema version is PRAGMA user_version; the DDL is ledger_schema.c.
 *
 * What a pgsql backend (libpq) would do differently, for several dunmaild on one ledger:
 *   - prepare: rewrite the ?N parameters to $N (the query modules use numbered ones);
 *   - begin_sql "BEGIN": row locks, not a database lock, keep writers apart;
 *   - claim_clause " FOR UPDATE SKIP LOCKED": each dunmaild claims the pending outbox rows
 *     no other holds, so a reminder still goes exactly once while they share the work;
 *   - its own DDL (BIGINT GENERATED ALWAYS AS IDENTITY for INTEGER PRIMARY KEY, BYTEA for
 *     BLOB), the schema version in a one-row table, and changes() from PQcmdTuples;
 *   - DM_LEDGER_ERROR_EXISTS from SQLSTATE 23505 (unique_violation).
 */
#include "dunning/ledger/dm-ledger-backend.h"
#include "dunning/ledger/dm-ledger-schema.h"

#include <sqlite3.h>

static gboolean
fail(sqlite3 *db, GError **error)
{
	int code = sqlite3_extended_errcode(db);
	g_set_error_literal(error, DM_LEDGER_ERROR,
	                    code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY
	                    ? DM_LEDGER_ERROR_EXISTS : DM_LEDGER_ERROR_SQL, sqlite3_errmsg(db));
	return FALSE;
}

static gboolean
sq_exec(gpointer conn, const char *sql, GError **error)
{
	char *msg = NULL;
	if (sqlite3_exec(conn, sql, NULL, NULL, &msg) == SQLITE_OK)
		return TRUE;
	g_set_error_literal(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL,
	                    msg ? msg : sqlite3_errmsg(conn));
	sqlite3_free(msg);
	return FALSE;
}

static void
sq_close(gpointer conn)
{
	sqlite3_close(conn);
}

static gpointer
sq_open(const char *path, gboolean readonly, GError **error)
{
	if (readonly && !g_file_test(path, G_FILE_TEST_EXISTS)) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND,
		            "ledger %s does not exist yet: dunmaild creates it on its first pass", path);
		return NULL;
	}
	sqlite3 *db = NULL;
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL, "ledger %s: %s", path,
		            db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, 10000);
	if ((!readonly && (!sq_exec(db, "PRAGMA journal_mode = WAL", error) ||
	                   !sq_exec(db, "PRAGMA synchronous = FULL", error))) ||
	    !sq_exec(db, "PRAGMA foreign_keys = ON", error)) {
		g_prefix_error(error, "ledger %s: ", path);
		sqlite3_close(db);
		return NULL;
	}
	/* Keep the -wal and -shm files when the last writer closes: a member of the ledger's
	 * group (mode 0640, directory 0750) may read but not create them, so without them a
	 * read-only `dunmail invoices` fails whenever dunmaild is stopped. */
	int persist = 1;
	if (!readonly)
		sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
	return db;
}

static gboolean
sq_schema_version(gpointer conn, int *version_out, GError **error)
{
	sqlite3_stmt *st = NULL;
	gboolean ok = sqlite3_prepare_v2(conn, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	              sqlite3_step(st) == SQLITE_ROW;
	if (ok)
		*version_out = sqlite3_column_int(st, 0);
	else
		fail(conn, error);
	sqlite3_finalize(st);
	return ok;
}

static gboolean
sq_set_schema_version(gpointer conn, int version, GError **error)
{
	g_autofree char *sql = g_strdup_printf("PRAGMA user_version = %d", version);
	return sq_exec(conn, sql, error);
}

static gpointer
sq_prepare(gpointer conn, const char *sql, GError **error)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(conn, sql, -1, &st, NULL) != SQLITE_OK) {
		fail(conn, error);
		return NULL;
	}
	return st;
}

static void
sq_finalize(gpointer st)
{
	sqlite3_finalize(st);
}

static void
sq_reset(gpointer st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

static void
sq_bind_null(gpointer st, int i)
{
	sqlite3_bind_null(st, i);
}

static void
sq_bind_int64(gpointer st, int i, gint64 v)
{
	sqlite3_bind_int64(st, i, v);
}

static void
sq_bind_double(gpointer st, int i, double v)
{
	sqlite3_bind_double(st, i, v);
}

static void
sq_bind_text(gpointer st, int i, const char *text)
{
	sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
}

static void
sq_bind_blob(gpointer st, int i, GBytes *bytes)
{
	gsize len = 0;
	const void *data = g_bytes_get_data(bytes, &len);
	/* A zero-length blob is still a blob, not NULL. */
	sqlite3_bind_blob64(st, i, data ? data : "", len, SQLITE_TRANSIENT);
}

static DmSqlStep
sq_step(gpointer conn, gpointer st, GError **error)
{
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		return DM_SQL_ROW;
	case SQLITE_DONE:
		return DM_SQL_DONE;
	default:
		fail(conn, error);
		return DM_SQL_ERROR;
	}
}

static gboolean
sq_column_is_null(gpointer st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL;
}

static gint64
sq_column_int64(gpointer st, int i)
{
	return sqlite3_column_int64(st, i);
}

static double
sq_column_double(gpointer st, int i)
{
	return sqlite3_column_double(st, i);
}

static const char *
sq_column_text(gpointer st, int i)
{
	return (const char *) sqlite3_column_text(st, i);
}

static GBytes *
sq_column_blob(gpointer st, int i)
{
	const void *data = sqlite3_column_blob(st, i);
	return g_bytes_new(data, (gsize) sqlite3_column_bytes(st, i));
}

static guint64
sq_changes(gpointer conn)
{
	return (guint64) sqlite3_changes64(conn);
}

const DmLedgerBackend dm_ledger_backend_sqlite = {
	.scheme = "sqlite",
	.open = sq_open,
	.close = sq_close,
	.exec = sq_exec,
	.begin_sql = "BEGIN IMMEDIATE",
	.migration = dm_ledger_migration,
	.schema_version = sq_schema_version,
	.set_schema_version = sq_set_schema_version,
	.prepare = sq_prepare,
	.finalize = sq_finalize,
	.reset = sq_reset,
	.bind_null = sq_bind_null,
	.bind_int64 = sq_bind_int64,
	.bind_double = sq_bind_double,
	.bind_text = sq_bind_text,
	.bind_blob = sq_bind_blob,
	.step = sq_step,
	.column_is_null = sq_column_is_null,
	.column_int64 = sq_column_int64,
	.column_double = sq_column_double,
	.column_text = sq_column_text,
	.column_blob = sq_column_blob,
	.changes = sq_changes,
	.claim_clause = "",
	.bulk_sql = "PRAGMA cache_size = -262144",     /* up to 256 MB, for this connection */
};
