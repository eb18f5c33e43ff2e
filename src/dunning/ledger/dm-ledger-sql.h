/* dm-ledger-sql: running portable SQL through the backend — private to the query modules
 * of src/dunning/ledger (dm-ledger-backend.h says what "portable" means here).
 *
 * A statement is prepared once per connection and cached by its text; dm_sql_prepare()
 * hands it back reset and unbound.  dm_sql_step() resets it by itself when it is done or
 * failed, so only a caller that stops early after a row calls dm_sql_reset().
 */
#pragma once
#include "dunning/ledger/dm-ledger-backend.h"

/* (transfer none) the cached statement for @sql; NULL with @error when it is rejected. */
DmSqlStmt *dm_sql_prepare(DmLedger *ledger, const char *sql, GError **error);
void dm_sql_reset(DmSqlStmt *st);
/* Runs a statement without parameters or rows (DDL, transaction verbs). */
gboolean dm_sql_exec(DmLedger *ledger, const char *sql, const char *what, GError **error);

/* Parameters count from 1.  NULL text, an id <= 0 and an invalid date bind as NULL. */
void dm_sql_bind_int64(DmSqlStmt *st, int i, gint64 v);
void dm_sql_bind_id(DmSqlStmt *st, int i, gint64 id);
void dm_sql_bind_double(DmSqlStmt *st, int i, double v);
void dm_sql_bind_text(DmSqlStmt *st, int i, const char *text);
void dm_sql_bind_blob(DmSqlStmt *st, int i, GBytes *bytes);
void dm_sql_bind_date(DmSqlStmt *st, int i, const GDate *d);

/* DM_SQL_ROW, DM_SQL_DONE, or DM_SQL_ERROR with @error "ledger: @what: ...". */
DmSqlStep dm_sql_step(DmSqlStmt *st, const char *what, GError **error);
/* Steps a statement that returns no row (INSERT, UPDATE) to its end. */
gboolean dm_sql_run(DmSqlStmt *st, const char *what, GError **error);
guint64 dm_sql_changes(DmLedger *ledger);

/* The first row's first column, for the statements that return one value: */
/* an id that must be there (INSERT ... RETURNING id): no row is an error; */
gboolean dm_sql_id(DmSqlStmt *st, const char *what, gint64 *id_out, GError **error);
/* a number that may be missing (a lookup): 0 when there is no row; */
gboolean dm_sql_first_int64(DmSqlStmt *st, const char *what, gint64 *out, GError **error);
/* a text that may be missing: NULL when there is no row (transfer full). */
gboolean dm_sql_first_text(DmSqlStmt *st, const char *what, char **out, GError **error);

/* Columns count from 0.  NULL reads as NULL, 0, or an invalid date. */
gboolean dm_sql_col_is_null(DmSqlStmt *st, int i);
gint64 dm_sql_col_int64(DmSqlStmt *st, int i);
double dm_sql_col_double(DmSqlStmt *st, int i);
const char *dm_sql_col_text_ref(DmSqlStmt *st, int i);   /* (transfer none) (nullable) */
char *dm_sql_col_text(DmSqlStmt *st, int i);             /* (transfer full) (nullable) */
GBytes *dm_sql_col_blob(DmSqlStmt *st, int i);           /* (transfer full) */
void dm_sql_col_date(DmSqlStmt *st, int i, GDate *out);

/* The enums stored by name: FALSE with DM_LEDGER_ERROR_CORRUPT for a name this build
 * does not know (a newer dunmail wrote it, or the row was edited by hand). */
gboolean dm_sql_col_invoice_status(DmSqlStmt *st, int i, DmInvoiceStatus *out, GError **error);
gboolean dm_sql_col_outbox_state(DmSqlStmt *st, int i, DmOutboxState *out, GError **error);
gboolean dm_sql_col_outbox_kind(DmSqlStmt *st, int i, DmOutboxKind *out, GError **error);
gboolean dm_sql_col_event_kind(DmSqlStmt *st, int i, DmEventKind *out, GError **error);
gboolean dm_sql_col_reply_class(DmSqlStmt *st, int i, DmReplyClass *out, GError **error);
gboolean dm_sql_col_plan_state(DmSqlStmt *st, int i, DmPlanState *out, GError **error);
/* NULL reads as DM_DEBTOR_KIND_UNSET: nobody said. */
gboolean dm_sql_col_debtor_kind(DmSqlStmt *st, int i, DmDebtorKind *out, GError **error);

/* The columns of a debtor's settings (table debtor_settings, joined as "ds"), and their
 * reader from column @i on (debtors.c); a kind it does not know is an error. */
#define DM_DEBTOR_SETTINGS_COLUMNS \
	"ds.language, ds.kind, ds.contact, ds.ladder, ds.credit_limit_cents, " \
	"ds.credit_currency, ds.paused_until, ds.pause_reason, coalesce(ds.excluded, 0)"
#define DM_DEBTOR_SETTINGS_N_COLUMNS 9
gboolean dm_ledger_read_debtor_settings(DmSqlStmt *st, int i, DmDebtorSettings *out,
                                        GError **error);
