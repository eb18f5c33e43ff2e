/* dm-ledger: the SQLite ledger — debtors, invoices, messages, replies, the outbox of
 * reminders, and the events every decision writes.  The contract is doc/ledger.md.
 *
 * dunmaild is the single writer; the dunmail CLI reads directly (WAL mode) and writes
 * through these same functions.  Every write happens inside dm_ledger_begin/commit so a
 * crash leaves either all of a decision or none of it.
 *
 * Diagnostics: every SQLite failure becomes a GError (DM_LEDGER_ERROR) naming the
 * statement's purpose and SQLite's message; callers report it once.
 */
#pragma once
#include <glib.h>
#include <sqlite3.h>

#define DM_LEDGER_ERROR (dm_ledger_error_quark())
GQuark dm_ledger_error_quark(void);
typedef enum { DM_LEDGER_ERROR_SQL, DM_LEDGER_ERROR_NOT_FOUND, DM_LEDGER_ERROR_VERSION } DmLedgerError;

typedef struct DmLedger DmLedger;

/* (transfer full) opens or creates the ledger at @path and migrates it to the current
 * schema.  @readonly opens without creating or migrating (the CLI's read verbs). */
DmLedger *dm_ledger_open(const char *path, gboolean readonly, GError **error);
void dm_ledger_close(DmLedger *ledger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmLedger, dm_ledger_close)

/* The schema version this build writes (PRAGMA user_version). */
int dm_ledger_schema_version(void);

gboolean dm_ledger_begin(DmLedger *ledger, GError **error);
gboolean dm_ledger_commit(DmLedger *ledger, GError **error);
void dm_ledger_rollback(DmLedger *ledger);

/* (transfer none) for the query modules of src/dunning only. */
sqlite3 *dm_ledger_db(DmLedger *ledger);
/* (transfer none) a cached prepared statement for @sql, reset and unbound.  NULL with
 * @error when SQLite rejects it. */
sqlite3_stmt *dm_ledger_prepare(DmLedger *ledger, const char *sql, GError **error);
/* Row helpers for the query modules: NULL columns read as NULL / an invalid date, and an
 * invalid date binds as NULL. */
char *dm_ledger_col_text(sqlite3_stmt *st, int col);             /* (transfer full) (nullable) */
void dm_ledger_col_date(sqlite3_stmt *st, int col, GDate *out);
void dm_ledger_bind_date(sqlite3_stmt *st, int col, const GDate *d);

/* Sets @error from the connection's last failure, prefixed with @what. Returns FALSE. */
gboolean dm_ledger_fail(DmLedger *ledger, GError **error, const char *what);

/* Small key/value store for daemon state (e.g. the day of the last digest). */
char *dm_ledger_meta_get(DmLedger *ledger, const char *key);          /* (transfer full) (nullable) */
gboolean dm_ledger_meta_set(DmLedger *ledger, const char *key, const char *value, GError **error);

/* The audit trail.  @invoice_id may be 0 when the event concerns no invoice. */
gboolean dm_ledger_event(DmLedger *ledger, gint64 invoice_id, const char *at, const char *kind,
                         const char *detail, GError **error);

typedef struct {
	gint64 id;
	char *at;
	gint64 invoice_id;
	char *kind;
	char *detail;
} DmEvent;
void dm_event_free(DmEvent *ev);
/* (transfer full) of DmEvent*, oldest first; each filter applies when set (@invoice_id > 0,
 * @since and @kind non-NULL). */
GPtrArray *dm_ledger_events_list(DmLedger *ledger, gint64 invoice_id, const char *since,
                                 const char *kind, GError **error);
