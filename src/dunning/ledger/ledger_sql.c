/* ledger_sql: the statement layer of dm-ledger-sql.h — a cache of prepared statements per
 * connection, and typed binds and columns that dispatch to the backend's ops table. */
#include "dunning/ledger/dm-ledger-sql.h"

#include "common/dm-clock.h"

DmSqlStmt *
dm_sql_prepare(DmLedger *ledger, const char *sql, GError **error)
{
	DmSqlStmt *st = g_hash_table_lookup(ledger->statements, sql);
	if (!st) {
		gpointer impl = ledger->ops->prepare(ledger->conn, sql, error);
		if (!impl) {
			g_prefix_error(error, "ledger: prepare: ");
			return NULL;
		}
		st = g_new0(DmSqlStmt, 1);
		st->ledger = ledger;
		st->impl = impl;
		g_hash_table_insert(ledger->statements, g_strdup(sql), st);
	} else {
		ledger->ops->reset(st->impl);
	}
	ledger->executed++;
	return st;
}

void
dm_sql_reset(DmSqlStmt *st)
{
	st->ledger->ops->reset(st->impl);
}

gboolean
dm_sql_exec(DmLedger *ledger, const char *sql, const char *what, GError **error)
{
	ledger->executed++;
	if (ledger->ops->exec(ledger->conn, sql, error))
		return TRUE;
	g_prefix_error(error, "ledger: %s: ", what);
	return FALSE;
}

void
dm_sql_bind_int64(DmSqlStmt *st, int i, gint64 v)
{
	st->ledger->ops->bind_int64(st->impl, i, v);
}

void
dm_sql_bind_id(DmSqlStmt *st, int i, gint64 id)
{
	if (id > 0)
		st->ledger->ops->bind_int64(st->impl, i, id);
	else
		st->ledger->ops->bind_null(st->impl, i);
}

void
dm_sql_bind_double(DmSqlStmt *st, int i, double v)
{
	st->ledger->ops->bind_double(st->impl, i, v);
}

void
dm_sql_bind_text(DmSqlStmt *st, int i, const char *text)
{
	if (text)
		st->ledger->ops->bind_text(st->impl, i, text);
	else
		st->ledger->ops->bind_null(st->impl, i);
}

void
dm_sql_bind_blob(DmSqlStmt *st, int i, GBytes *bytes)
{
	st->ledger->ops->bind_blob(st->impl, i, bytes);
}

void
dm_sql_bind_date(DmSqlStmt *st, int i, const GDate *d)
{
	g_autofree char *iso = d ? dm_date_iso(d) : NULL;
	dm_sql_bind_text(st, i, iso);
}

DmSqlStep
dm_sql_step(DmSqlStmt *st, const char *what, GError **error)
{
	DmSqlStep rc = st->ledger->ops->step(st->ledger->conn, st->impl, error);
	if (rc == DM_SQL_ERROR)
		g_prefix_error(error, "ledger: %s: ", what);
	if (rc != DM_SQL_ROW)
		st->ledger->ops->reset(st->impl);
	return rc;
}

gboolean
dm_sql_run(DmSqlStmt *st, const char *what, GError **error)
{
	DmSqlStep rc = dm_sql_step(st, what, error);
	if (rc == DM_SQL_ROW) {
		dm_sql_reset(st);
		return TRUE;
	}
	return rc == DM_SQL_DONE;
}

gboolean
dm_sql_first_int64(DmSqlStmt *st, const char *what, gint64 *out, GError **error)
{
	*out = 0;
	DmSqlStep rc = dm_sql_step(st, what, error);
	if (rc == DM_SQL_ROW) {
		*out = dm_sql_col_int64(st, 0);
		dm_sql_reset(st);
	}
	return rc != DM_SQL_ERROR;
}

gboolean
dm_sql_id(DmSqlStmt *st, const char *what, gint64 *id_out, GError **error)
{
	if (!dm_sql_first_int64(st, what, id_out, error))
		return FALSE;
	if (*id_out > 0)
		return TRUE;
	g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL, "ledger: %s: no id returned", what);
	return FALSE;
}

gboolean
dm_sql_first_text(DmSqlStmt *st, const char *what, char **out, GError **error)
{
	*out = NULL;
	DmSqlStep rc = dm_sql_step(st, what, error);
	if (rc == DM_SQL_ROW) {
		*out = dm_sql_col_text(st, 0);
		dm_sql_reset(st);
	}
	return rc != DM_SQL_ERROR;
}

guint64
dm_sql_changes(DmLedger *ledger)
{
	return ledger->ops->changes(ledger->conn);
}

gboolean
dm_sql_col_is_null(DmSqlStmt *st, int i)
{
	return st->ledger->ops->column_is_null(st->impl, i);
}

gint64
dm_sql_col_int64(DmSqlStmt *st, int i)
{
	return st->ledger->ops->column_int64(st->impl, i);
}

double
dm_sql_col_double(DmSqlStmt *st, int i)
{
	return st->ledger->ops->column_double(st->impl, i);
}

const char *
dm_sql_col_text_ref(DmSqlStmt *st, int i)
{
	return st->ledger->ops->column_text(st->impl, i);
}

char *
dm_sql_col_text(DmSqlStmt *st, int i)
{
	return g_strdup(dm_sql_col_text_ref(st, i));
}

GBytes *
dm_sql_col_blob(DmSqlStmt *st, int i)
{
	return st->ledger->ops->column_blob(st->impl, i);
}

void
dm_sql_col_date(DmSqlStmt *st, int i, GDate *out)
{
	dm_date_parse_iso(dm_sql_col_text_ref(st, i), out);
}

static gboolean
unknown_name(GError **error, const char *what, const char *name)
{
	g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT,
	            "ledger: unknown %s '%s' (written by a newer dunmail, or edited by hand?)",
	            what, name ? name : "(null)");
	return FALSE;
}

/* Reads column @i of @st as enum @type through @from_name, or fails naming @what. */
#define ENUM_COLUMN(fn, type, from_name, what)                                      \
	gboolean fn(DmSqlStmt *st, int i, type *out, GError **error)                    \
	{                                                                               \
		const char *name = dm_sql_col_text_ref(st, i);                              \
		return from_name(name, out) || unknown_name(error, what, name);             \
	}

ENUM_COLUMN(dm_sql_col_invoice_status, DmInvoiceStatus, dm_invoice_status_from_name,
            "invoice status")
ENUM_COLUMN(dm_sql_col_outbox_state, DmOutboxState, dm_outbox_state_from_name, "outbox state")
ENUM_COLUMN(dm_sql_col_outbox_kind, DmOutboxKind, dm_outbox_kind_from_name, "outbox kind")
ENUM_COLUMN(dm_sql_col_event_kind, DmEventKind, dm_event_kind_from_name, "event kind")
ENUM_COLUMN(dm_sql_col_reply_class, DmReplyClass, dm_reply_class_from_name, "reply class")
ENUM_COLUMN(dm_sql_col_plan_state, DmPlanState, dm_plan_state_from_name, "plan state")

gboolean
dm_sql_col_debtor_kind(DmSqlStmt *st, int i, DmDebtorKind *out, GError **error)
{
	const char *name = dm_sql_col_text_ref(st, i);
	*out = DM_DEBTOR_KIND_UNSET;
	return !name || dm_debtor_kind_from_name(name, out) || unknown_name(error, "debtor kind", name);
}
