/* ledger: opening a ledger through its backend, migrations, transactions, the meta store
 * and the audit trail (dm-ledger.h).  Backend-neutral: the SQL here runs on any backend. */
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-ledger-schema.h"
#include "dunning/ledger/dm-ledger-sql.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

G_DEFINE_QUARK(dm-ledger-error-quark, dm_ledger_error)

static const DmLedgerBackend *const backends[] = { &dm_ledger_backend_sqlite };

static void
free_statement(gpointer p)
{
	DmSqlStmt *st = p;
	st->ledger->ops->finalize(st->impl);
	g_free(st);
}

/* The backend @location names by its scheme ("sqlite:/path"), and in *@where the rest.
 * A location without a scheme is a SQLite path.  NULL with @error for an unknown scheme. */
static const DmLedgerBackend *
find_backend(const char *location, const char **where, GError **error)
{
	gsize n = 0;
	while (g_ascii_isalnum(location[n]) || location[n] == '+' || location[n] == '-' ||
	       location[n] == '.')
		n++;
	if (n < 2 || location[n] != ':' || !g_ascii_isalpha(location[0])) {
		*where = location;      /* a bare path (n < 2 leaves room for "C:") */
		return &dm_ledger_backend_sqlite;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(backends); i++)
		if (strlen(backends[i]->scheme) == n && strncmp(backends[i]->scheme, location, n) == 0) {
			*where = location + n + 1;
			return backends[i];
		}
	g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SCHEME,
	            "[ledger] database = %s: unknown backend '%.*s' (this dunmail has: sqlite)",
	            location, (int) n, location);
	return NULL;
}

static gboolean
migrate(DmLedger *ledger, int have, GError **error)
{
	int want = dm_ledger_schema_version();
	for (int v = have + 1; v <= want; v++) {
		g_autofree char *what = g_strdup_printf("migration %d", v);
		if (!dm_sql_exec(ledger, ledger->ops->begin_sql, what, error))
			return FALSE;
		if (!dm_sql_exec(ledger, ledger->ops->migration(v), what, error) ||
		    !ledger->ops->set_schema_version(ledger->conn, v, error) ||
		    !dm_sql_exec(ledger, "COMMIT", what, error)) {
			ledger->ops->exec(ledger->conn, "ROLLBACK", NULL);
			return FALSE;
		}
	}
	return TRUE;
}

/* Refuses a schema this build cannot use; migrates an older one unless @readonly. */
static gboolean
check_version(DmLedger *ledger, const char *where, gboolean readonly, GError **error)
{
	int have = 0, want = dm_ledger_schema_version();
	if (!ledger->ops->schema_version(ledger->conn, &have, error))
		return FALSE;
	if (have > want) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION,
		            "ledger %s: schema version %d is newer than this dunmail (%d): upgrade dunmail",
		            where, have, want);
		return FALSE;
	}
	if (readonly && have != want) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION,
		            "ledger %s: schema version %d, this dunmail reads %d (run dunmaild once to migrate)",
		            where, have, want);
		return FALSE;
	}
	if (!migrate(ledger, have, error)) {
		g_prefix_error(error, "%s: ", where);
		return FALSE;
	}
	return TRUE;
}

DmLedger *
dm_ledger_open(const char *location, gboolean readonly, GError **error)
{
	g_return_val_if_fail(location != NULL, NULL);
	const char *where = NULL;
	const DmLedgerBackend *ops = find_backend(location, &where, error);
	if (!ops)
		return NULL;
	gpointer conn = ops->open(where, readonly, error);
	if (!conn)
		return NULL;
	g_autoptr(DmLedger) ledger = g_new0(DmLedger, 1);
	ledger->ops = ops;
	ledger->conn = conn;
	ledger->statements = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, free_statement);
	if (!check_version(ledger, where, readonly, error))
		return NULL;
	return g_steal_pointer(&ledger);
}

char *
dm_ledger_canonical_location(const char *location, GError **error)
{
	const char *where = NULL;
	if (!find_backend(location, &where, error))
		return NULL;
	g_autofree char *dir = g_path_get_dirname(where);
	g_autofree char *base = g_path_get_basename(where);
	char *real = realpath(dir, NULL);
	if (!real) {
		int e = errno;
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND,
		            "[ledger] database = %s: directory %s: %s", location, dir, g_strerror(e));
		return NULL;
	}
	char *path = g_build_filename(real, base, NULL);
	free(real);
	return path;
}

void
dm_ledger_close(DmLedger *ledger)
{
	if (!ledger)
		return;
	/* Statements first: a connection with live statements does not close. */
	g_clear_pointer(&ledger->statements, g_hash_table_unref);
	if (ledger->conn)
		ledger->ops->close(ledger->conn);
	g_free(ledger);
}

guint64
dm_ledger_statements_executed(DmLedger *ledger)
{
	return ledger->executed;
}

gboolean
dm_ledger_begin(DmLedger *ledger, GError **error)
{
	g_autofree char *savepoint = ledger->depth > 0
		? g_strdup_printf("SAVEPOINT dm_%d", ledger->depth) : NULL;
	if (!dm_sql_exec(ledger, savepoint ? savepoint : ledger->ops->begin_sql, "begin", error))
		return FALSE;
	ledger->depth++;
	return TRUE;
}

gboolean
dm_ledger_commit(DmLedger *ledger, GError **error)
{
	g_return_val_if_fail(ledger->depth >= 1, FALSE);
	g_autofree char *release = ledger->depth > 1
		? g_strdup_printf("RELEASE dm_%d", ledger->depth - 1) : NULL;
	if (!dm_sql_exec(ledger, release ? release : "COMMIT", "commit", error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	ledger->depth--;
	return TRUE;
}

void
dm_ledger_rollback(DmLedger *ledger)
{
	if (ledger->depth == 0)
		return;
	if (ledger->depth > 1) {
		/* Back to the savepoint, which then ends: the outer transaction goes on. */
		g_autofree char *undo = g_strdup_printf("ROLLBACK TO dm_%d; RELEASE dm_%d",
		                                        ledger->depth - 1, ledger->depth - 1);
		dm_sql_exec(ledger, undo, "rollback", NULL);
	} else {
		dm_sql_exec(ledger, "ROLLBACK", "rollback", NULL);
	}
	ledger->depth--;
}

gboolean
dm_ledger_meta_get(DmLedger *ledger, const char *key, char **value_out, GError **error)
{
	*value_out = NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT value FROM meta WHERE key = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, key);
	return dm_sql_first_text(st, "read meta", value_out, error);
}

gboolean
dm_ledger_meta_set(DmLedger *ledger, const char *key, const char *value, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO meta (key, value) VALUES (?1, ?2) "
		"ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, key);
	dm_sql_bind_text(st, 2, value);
	return dm_sql_run(st, "write meta", error);
}

gboolean
dm_ledger_event(DmLedger *ledger, gint64 invoice_id, const char *at, DmEventKind kind,
                const char *detail, GError **error)
{
	return dm_ledger_event_said(ledger, invoice_id, at, kind, detail, NULL, error);
}

gboolean
dm_ledger_event_said(DmLedger *ledger, gint64 invoice_id, const char *at, DmEventKind kind,
                     const char *detail, GVariant *words, GError **error)
{
	g_autoptr(GVariant) owned = words ? g_variant_ref_sink(words) : NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO events (at, invoice_id, kind, detail, words) VALUES (?1, ?2, ?3, ?4, ?5)",
		error);
	if (!st)
		return FALSE;
	/* The text form GVariant parses back: quotes and control characters escaped. */
	g_autofree char *text = owned ? g_variant_print(owned, FALSE) : NULL;
	dm_sql_bind_text(st, 1, at);
	dm_sql_bind_id(st, 2, invoice_id);
	dm_sql_bind_text(st, 3, dm_event_kind_name(kind));
	dm_sql_bind_text(st, 4, detail);
	dm_sql_bind_text(st, 5, text);
	return dm_sql_run(st, "event", error);
}

void
dm_words_add(GVariantBuilder *words, const char *key, const char *value)
{
	if (!value)
		return;
	/* A GVariant string is UTF-8; what a stranger sent need not be. */
	g_autofree char *valid = g_utf8_validate(value, -1, NULL) ? NULL
	                                                         : g_utf8_make_valid(value, -1);
	g_variant_builder_add(words, "{ss}", key, valid ? valid : value);
}

GVariant *
dm_words(const char *code, const char *first_key, ...)
{
	g_auto(GVariantBuilder) b = G_VARIANT_BUILDER_INIT(G_VARIANT_TYPE("a{ss}"));
	dm_words_add(&b, "code", code);
	va_list ap;
	va_start(ap, first_key);
	for (const char *key = first_key; key; key = va_arg(ap, const char *))
		dm_words_add(&b, key, va_arg(ap, const char *));
	va_end(ap);
	return g_variant_builder_end(&b);
}

/* (transfer full) @text's words, or NULL: an older row has none, and a text that does not
 * parse (written by hand) is shown by its detail alone. */
static GVariant *
parse_words(const char *text)
{
	if (!text)
		return NULL;
	GVariant *v = g_variant_parse(G_VARIANT_TYPE("a{ss}"), text, NULL, NULL, NULL);
	return v ? g_variant_ref_sink(v) : NULL;
}

#define EVENT_SELECT "SELECT id, at, coalesce(invoice_id, 0), kind, detail, words FROM events"

/* (transfer full) of DmEvent*: every row @st (an EVENT_SELECT) returns. */
static GPtrArray *
read_events(DmSqlStmt *st, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_event_free);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list events", error)) == DM_SQL_ROW) {
		g_autoptr(DmEvent) ev = g_new0(DmEvent, 1);
		ev->id = dm_sql_col_int64(st, 0);
		ev->at = dm_sql_col_text(st, 1);
		ev->invoice_id = dm_sql_col_int64(st, 2);
		ev->detail = dm_sql_col_text(st, 4);
		ev->words = parse_words(dm_sql_col_text_ref(st, 5));
		if (!dm_sql_col_event_kind(st, 3, &ev->kind, error)) {
			dm_sql_reset(st);
			return NULL;
		}
		g_ptr_array_add(out, g_steal_pointer(&ev));
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}

GPtrArray *
dm_ledger_events_list(DmLedger *ledger, gint64 invoice_id, const char *since, DmEventKind kind,
                      GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, EVENT_SELECT
		" WHERE (?1 <= 0 OR invoice_id = ?1) AND (?2 IS NULL OR at >= ?2)"
		" AND (?3 IS NULL OR kind = ?3) ORDER BY id", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_text(st, 2, since);
	dm_sql_bind_text(st, 3, kind == DM_EVENT_ANY ? NULL : dm_event_kind_name(kind));
	return read_events(st, error);
}

GPtrArray *
dm_ledger_events_after(DmLedger *ledger, gint64 after_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, EVENT_SELECT " WHERE id > ?1 ORDER BY id", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, after_id);
	return read_events(st, error);
}

gboolean
dm_ledger_prepare_bulk(DmLedger *ledger, GError **error)
{
	return dm_sql_exec(ledger, ledger->ops->bulk_sql, "prepare a bulk load", error);
}
