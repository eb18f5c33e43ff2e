/* dm-ledger-backend: what a ledger backend implements — private to src/dunning/ledger.
 *
 * The shape of Dovecot's lib-sql: the query modules (invoices.c, outbox.c, ...) hold the
 * SQL, written so that SQLite and PostgreSQL both run it (numbered ?N parameters,
 * ON CONFLICT, RETURNING, CASE rather than boolean arithmetic, row values), and run it
 * through dm-ledger-sql.h, which dispatches to the backend's ops table below.  A backend
 * (one per file: backend_sqlite.c; later backend_pgsql.c) owns the connection, the
 * statements, the transaction verbs, the schema version and its dialect's DDL, and is
 * chosen by the scheme of `[ledger] database`.  Nothing outside the backend file sees
 * its driver's types.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef enum { DM_SQL_ROW, DM_SQL_DONE, DM_SQL_ERROR } DmSqlStep;

typedef struct {
	const char *scheme;         /* "sqlite": the prefix of `[ledger] database` */

	/* The connection.  open() refuses a missing ledger when @readonly (the CLI's read
	 * verbs must not create one) with DM_LEDGER_ERROR_NOT_FOUND. */
	gpointer (*open)(const char *where, gboolean readonly, GError **error);
	void (*close)(gpointer conn);
	gboolean (*exec)(gpointer conn, const char *sql, GError **error);  /* no parameters */
	const char *begin_sql;      /* takes the write lock up front where the dialect can */

	/* The schema: migrations in this dialect, and where the applied count is kept. */
	const char *(*migration)(int version);
	gboolean (*schema_version)(gpointer conn, int *version_out, GError **error);
	gboolean (*set_schema_version)(gpointer conn, int version, GError **error);

	/* Prepared statements.  Text and blobs are copied when bound; column_text is valid
	 * until the next step or reset.  step() sets DM_LEDGER_ERROR_EXISTS for a unique
	 * constraint, DM_LEDGER_ERROR_SQL for anything else. */
	gpointer (*prepare)(gpointer conn, const char *sql, GError **error);
	void (*finalize)(gpointer st);
	void (*reset)(gpointer st);
	void (*bind_null)(gpointer st, int i);
	void (*bind_int64)(gpointer st, int i, gint64 v);
	void (*bind_double)(gpointer st, int i, double v);
	void (*bind_text)(gpointer st, int i, const char *text);
	void (*bind_blob)(gpointer st, int i, GBytes *bytes);
	DmSqlStep (*step)(gpointer conn, gpointer st, GError **error);
	gboolean (*column_is_null)(gpointer st, int i);
	gint64 (*column_int64)(gpointer st, int i);
	double (*column_double)(gpointer st, int i);
	const char *(*column_text)(gpointer st, int i);
	GBytes *(*column_blob)(gpointer st, int i);       /* (transfer full) */
	guint64 (*changes)(gpointer conn);                /* rows the last statement changed */

	/* Appended to the query that picks pending outbox rows to send: "" where one writer
	 * holds the database lock, " FOR UPDATE SKIP LOCKED" where several share it. */
	const char *claim_clause;

	/* Run before a bulk load of many rows in one transaction (dm_ledger_prepare_bulk):
	 * SQLite's page cache made large enough that the load does not write the same index
	 * pages to the WAL again and again. */
	const char *bulk_sql;
} DmLedgerBackend;

/* The backends this build has. */
extern const DmLedgerBackend dm_ledger_backend_sqlite;

typedef struct DmSqlStmt DmSqlStmt;

struct DmLedger {
	const DmLedgerBackend *ops;
	gpointer conn;
	GHashTable *statements;     /* SQL text (owned) -> DmSqlStmt* (finalized on close) */
	int depth;                  /* open transactions: 1 the outermost, more savepoints */
	guint64 executed;           /* statements run, for dm_ledger_statements_executed() */
};

struct DmSqlStmt {
	DmLedger *ledger;
	gpointer impl;              /* the backend's statement */
};
