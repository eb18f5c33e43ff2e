/* test-dunning-ledger: the SQLite ledger on a temporary file — opening, migrating and
 * refusing, debtors, invoices (and their idempotence), threading, filters, status, events,
 * meta, transactions. */
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-ledger-schema.h"
#include "dunning/ledger/dm-outbox.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#include <sqlite3.h>

#define NOW "2026-11-16T09:00:00Z"

/* The shared fixture alone: its ledger, in its directory, is what these tests work on. */
typedef DmTestFixture Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(f, "ledger", 2026, 11, 16, 10);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(f);
}

/* The SQLite file itself, read beside the ledger's own connection: what the backend
 * wrote, not what the ledger says it wrote. */
static sqlite3 *
raw_open(const char *path)
{
	sqlite3 *db = NULL;
	g_assert_cmpint(sqlite3_open(path, &db), ==, SQLITE_OK);
	return db;
}

static char *
query_text(const char *path, const char *sql)
{
	sqlite3 *db = raw_open(path);
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(db, sql, -1, &st, NULL), ==, SQLITE_OK);
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		out = g_strdup((const char *) sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return out;
}

static int
query_int(const char *path, const char *sql)
{
	g_autofree char *t = query_text(path, sql);
	return t ? (int) g_ascii_strtoll(t, NULL, 10) : -1;
}

static void
test_fresh(Fixture *f, gconstpointer data)
{
	const char *db = f->config->database;
	g_assert_cmpint(dm_ledger_schema_version(), >=, 2);
	g_assert_cmpint(query_int(db, "PRAGMA user_version"), ==, dm_ledger_schema_version());
	g_autofree char *mode = query_text(db, "PRAGMA journal_mode");
	g_assert_cmpstr(mode, ==, "wal");
	/* foreign_keys is a property of a connection, not of the file: try one. */
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_assert_false(dm_outbox_add(f->ledger, 4242, 1, "<m@x>", "a@b.example", "s", body, NOW,
	                             NULL, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL);
	g_assert_nonnull(strstr(err->message, "FOREIGN KEY"));
	const char *tables[] = { "meta", "debtors", "messages", "invoices", "replies", "outbox",
	                         "events" };
	for (gsize i = 0; i < G_N_ELEMENTS(tables); i++) {
		g_autofree char *sql = g_strdup_printf(
			"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'", tables[i]);
		if (query_int(db, sql) != 1)
			g_test_fail_printf("table %s missing", tables[i]);
	}
}

static void
test_reopen(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_meta_set(f->ledger, "k", "v", &err));
	dm_ledger_close(f->ledger);
	f->ledger = dm_ledger_open(f->config->database, FALSE, &err);
	g_assert_no_error(err);
	g_assert_cmpint(query_int(f->config->database, "PRAGMA user_version"), ==, dm_ledger_schema_version());
	g_autofree char *v = NULL;
	g_assert_true(dm_ledger_meta_get(f->ledger, "k", &v, &err));
	g_assert_cmpstr(v, ==, "v");
	/* And read-only beside the writer (the CLI while dunmaild runs). */
	g_autoptr(DmLedger) ro = dm_ledger_open(f->config->database, TRUE, &err);
	g_assert_no_error(err);
	g_autofree char *v2 = NULL;
	g_assert_true(dm_ledger_meta_get(ro, "k", &v2, &err));
	g_assert_cmpstr(v2, ==, "v");
}

static void
test_readonly_unmigrated(Fixture *f, gconstpointer data)
{
	g_autofree char *other = g_build_filename(f->dir, "plain.sqlite", NULL);
	sqlite3 *db = NULL;
	g_assert_cmpint(sqlite3_open(other, &db), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) l = dm_ledger_open(other, TRUE, &err);
	g_assert_null(l);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION);
	g_assert_nonnull(strstr(err->message, other));
	g_assert_nonnull(strstr(err->message, "schema version 0"));
	g_assert_nonnull(strstr(err->message, "migrate"));
}

static void
test_readonly_missing(Fixture *f, gconstpointer data)
{
	g_autofree char *missing = g_build_filename(f->dir, "nope.sqlite", NULL);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) l = dm_ledger_open(missing, TRUE, &err);
	g_assert_null(l);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND);
	g_assert_nonnull(strstr(err->message, missing));
	g_assert_nonnull(strstr(err->message, "dunmaild creates it"));
	g_assert_false(g_file_test(missing, G_FILE_TEST_EXISTS));
}

static void
test_newer_schema(Fixture *f, gconstpointer data)
{
	sqlite3 *db = raw_open(f->config->database);
	g_assert_cmpint(sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	dm_ledger_close(f->ledger);
	g_autoptr(GError) err = NULL;
	f->ledger = dm_ledger_open(f->config->database, FALSE, &err);
	g_assert_null(f->ledger);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION);
	g_assert_nonnull(strstr(err->message, "999"));
	g_assert_nonnull(strstr(err->message, "newer"));
}

static void
test_debtor_ensure(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 a = 0, a2 = 0, a3 = 0, b = 0;
	g_assert_true(dm_ledger_debtor_ensure(f->ledger, "klant@debtor.example", NULL, "nl", NOW,
	                                      &a, &err));
	g_assert_no_error(err);
	g_assert_cmpint(a, >, 0);
	g_assert_true(dm_ledger_debtor_ensure(f->ledger, "klant@debtor.example", "Jan de Vries",
	                                      "en", NOW, &a2, &err));
	g_assert_no_error(err);
	g_assert_cmpint(a2, ==, a);
	g_assert_true(dm_ledger_debtor_ensure(f->ledger, "klant@debtor.example", "Someone Else",
	                                      "nl", NOW, &a3, &err));
	g_assert_cmpint(a3, ==, a);
	g_assert_true(dm_ledger_debtor_ensure(f->ledger, "other@debtor.example", NULL, NULL, NOW,
	                                      &b, &err));
	g_assert_no_error(err);
	g_assert_cmpint(b, >, 0);
	g_assert_cmpint(b, !=, a);
	const char *db = f->config->database;
	g_assert_cmpint(query_int(db, "SELECT count(*) FROM debtors"), ==, 2);
	/* A known name is kept; a missing one is filled in by the first that has it. */
	g_autofree char *name = query_text(db,
		"SELECT name FROM debtors WHERE email = 'klant@debtor.example'");
	g_assert_cmpstr(name, ==, "Jan de Vries");
}

static DmInvoice *
make_invoice(const char *number, const char *debtor, const char *due, const char *msgid)
{
	DmInvoice *inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(debtor);
	inv->debtor_name = g_strdup("Jan de Vries");
	inv->has_amount = TRUE;
	inv->amount_cents = 125000;
	inv->currency = g_strdup("EUR");
	g_assert_true(dm_date_parse_iso(due, &inv->due_date));
	g_date_set_dmy(&inv->issue_date, 17, 10, 2026);
	inv->language = g_strdup("nl");
	inv->source = g_strdup("body");
	inv->message_id = g_strdup(msgid);
	inv->subject = g_strdup("Factuur oktober");
	return inv;
}

static gint64
add_invoice(DmLedger *l, const char *number, const char *debtor, const char *due,
            const char *msgid)
{
	g_autoptr(DmInvoice) inv = make_invoice(number, debtor, due, msgid);
	gboolean existed = TRUE;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_add(l, inv, NOW, &existed, &err));
	g_assert_no_error(err);
	g_assert_false(existed);
	g_assert_cmpint(inv->id, >, 0);
	return inv->id;
}

static void
test_invoice_add_get(Fixture *f, gconstpointer data)
{
	gint64 id = add_invoice(f->ledger, "2026-0042", "klant@debtor.example", "2026-11-16",
	                        "<inv-42@acme.example>");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) got = dm_ledger_invoice_get(f->ledger, id, &err);
	g_assert_no_error(err);
	g_assert_nonnull(got);
	g_assert_cmpint(got->id, ==, id);
	g_assert_cmpstr(got->number, ==, "2026-0042");
	g_assert_cmpstr(got->debtor_email, ==, "klant@debtor.example");
	g_assert_cmpstr(got->debtor_name, ==, "Jan de Vries");
	g_assert_true(got->has_amount);
	g_assert_cmpint(got->amount_cents, ==, 125000);
	g_assert_cmpstr(got->currency, ==, "EUR");
	g_autofree char *due = dm_date_iso(&got->due_date);
	g_autofree char *issue = dm_date_iso(&got->issue_date);
	g_assert_cmpstr(due, ==, "2026-11-16");
	g_assert_cmpstr(issue, ==, "2026-10-17");
	g_assert_cmpstr(got->language, ==, "nl");
	g_assert_cmpstr(got->source, ==, "body");
	g_assert_cmpstr(got->message_id, ==, "<inv-42@acme.example>");
	g_assert_cmpstr(got->subject, ==, "Factuur oktober");
	g_assert_cmpint(got->status, ==, DM_INVOICE_STATUS_OPEN);
	g_assert_null(got->pause_reason);
	g_assert_false(g_date_valid(&got->pause_until));
	g_assert_cmpstr(got->created_at, ==, NOW);

	/* The same number for the same debtor: nothing changes. */
	g_autoptr(DmInvoice) again = make_invoice("2026-0042", "klant@debtor.example", "2026-12-31",
	                                          "<other@acme.example>");
	gboolean existed = FALSE;
	g_assert_true(dm_ledger_invoice_add(f->ledger, again, NOW, &existed, &err));
	g_assert_no_error(err);
	g_assert_true(existed);
	g_autoptr(DmInvoice) still = dm_ledger_invoice_get(f->ledger, id, &err);
	g_autofree char *due2 = dm_date_iso(&still->due_date);
	g_assert_cmpstr(due2, ==, "2026-11-16");
	g_assert_cmpstr(still->message_id, ==, "<inv-42@acme.example>");
	g_assert_cmpint(query_int(f->config->database, "SELECT count(*) FROM invoices"), ==, 1);

	/* The same number for another debtor is another invoice. */
	gint64 id2 = add_invoice(f->ledger, "2026-0042", "other@debtor.example", "2026-11-20",
	                         "<inv-42b@acme.example>");
	g_assert_cmpint(id2, !=, id);

	/* No such id: NULL without an error. */
	g_autoptr(DmInvoice) none = dm_ledger_invoice_get(f->ledger, 9999, &err);
	g_assert_null(none);
	g_assert_no_error(err);
}

static void
test_invoice_no_amount(Fixture *f, gconstpointer data)
{
	g_autoptr(DmInvoice) inv = make_invoice("X-1", "klant@debtor.example", "2026-11-16", "<x@a>");
	inv->has_amount = FALSE;
	inv->amount_cents = 0;
	g_clear_pointer(&inv->currency, g_free);
	g_date_clear(&inv->issue_date, 1);
	gboolean existed;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_add(f->ledger, inv, NOW, &existed, &err));
	g_autoptr(DmInvoice) got = dm_ledger_invoice_get(f->ledger, inv->id, &err);
	g_assert_false(got->has_amount);
	g_assert_null(got->currency);
	g_assert_false(g_date_valid(&got->issue_date));
}

static void
test_by_number(Fixture *f, gconstpointer data)
{
	add_invoice(f->ledger, "2026-0042", "a@debtor.example", "2026-11-16", "<a@acme.example>");
	gint64 newer = add_invoice(f->ledger, "2026-0042", "b@debtor.example", "2026-11-17",
	                           "<b@acme.example>");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) got = dm_ledger_invoice_by_number(f->ledger, "2026-0042", &err);
	g_assert_no_error(err);
	g_assert_nonnull(got);
	g_assert_cmpint(got->id, ==, newer);
	g_autoptr(DmInvoice) none = dm_ledger_invoice_by_number(f->ledger, "2026-0043", &err);
	g_assert_null(none);
	g_assert_no_error(err);
}

static void
test_by_thread(Fixture *f, gconstpointer data)
{
	gint64 id = add_invoice(f->ledger, "2026-0042", "klant@debtor.example", "2026-11-16",
	                        "<inv-42@acme.example>");
	gint64 id2 = add_invoice(f->ledger, "2026-0043", "klant@debtor.example", "2026-11-16",
	                         "<inv-43@acme.example>");
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_assert_true(dm_outbox_add(f->ledger, id2, 1, "<dunmail.r1@acme.example>",
	                            "klant@debtor.example", "Herinnering", body, NOW, NULL, &err));
	g_assert_true(dm_outbox_add_digest(f->ledger, "2026-11-16", "<dunmail.digest@acme.example>",
	                                   "owner@acme.example", "Digest", body, NOW, NULL, &err));
	g_assert_no_error(err);
	const struct { const char *message_id; gint64 want; } cases[] = {
		{ "<inv-42@acme.example>", id }, { "<inv-43@acme.example>", id2 },
		{ "<dunmail.r1@acme.example>", id2 }, { "<dunmail.digest@acme.example>", 0 },
		{ "<unknown@acme.example>", 0 }, { "", 0 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		gint64 got = -1;
		g_assert_true(dm_ledger_invoice_by_thread(f->ledger, cases[i].message_id, &got, &err));
		g_assert_no_error(err);
		g_assert_cmpint(got, ==, cases[i].want);
	}
}

static void
test_list_filters(Fixture *f, gconstpointer data)
{
	gint64 late = add_invoice(f->ledger, "B-2", "a@debtor.example", "2026-12-01", "<1@a>");
	gint64 early = add_invoice(f->ledger, "B-9", "a@debtor.example", "2026-11-01", "<2@a>");
	gint64 same_day = add_invoice(f->ledger, "A-1", "b@debtor.example", "2026-11-01", "<3@a>");
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->ledger, late, DM_INVOICE_STATUS_PAUSED, "dispute", NULL, &err));

	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_no_error(err);
	g_assert_cmpuint(all->len, ==, 3);
	/* Due date first, then number. */
	g_assert_cmpint(((DmInvoice *) all->pdata[0])->id, ==, same_day);
	g_assert_cmpint(((DmInvoice *) all->pdata[1])->id, ==, early);
	g_assert_cmpint(((DmInvoice *) all->pdata[2])->id, ==, late);

	g_autoptr(GPtrArray) of_a = dm_ledger_invoices_list(f->ledger, "a@debtor.example", DM_INVOICE_STATUS_ANY, &err);
	g_assert_cmpuint(of_a->len, ==, 2);
	g_autoptr(GPtrArray) open = dm_ledger_invoices_list(f->ledger, NULL, DM_INVOICE_STATUS_OPEN, &err);
	g_assert_cmpuint(open->len, ==, 2);
	g_autoptr(GPtrArray) a_paused = dm_ledger_invoices_list(f->ledger, "a@debtor.example",
	                                                        DM_INVOICE_STATUS_PAUSED, &err);
	g_assert_cmpuint(a_paused->len, ==, 1);
	g_assert_cmpint(((DmInvoice *) a_paused->pdata[0])->id, ==, late);
	g_autoptr(GPtrArray) none = dm_ledger_invoices_list(f->ledger, "c@debtor.example", DM_INVOICE_STATUS_ANY, &err);
	g_assert_nonnull(none);
	g_assert_cmpuint(none->len, ==, 0);
}

static void
test_set_status(Fixture *f, gconstpointer data)
{
	gint64 id = add_invoice(f->ledger, "2026-0042", "klant@debtor.example", "2026-11-16", "<i@a>");
	g_autoptr(GError) err = NULL;
	GDate until;
	g_date_clear(&until, 1);
	g_date_set_dmy(&until, 4, 12, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->ledger, id, DM_INVOICE_STATUS_PAUSED, "promise_to_pay", &until,
	                                           &err));
	g_assert_no_error(err);
	g_autoptr(DmInvoice) p = dm_ledger_invoice_get(f->ledger, id, &err);
	g_assert_cmpint(p->status, ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpstr(p->pause_reason, ==, "promise_to_pay");
	g_autofree char *u = dm_date_iso(&p->pause_until);
	g_assert_cmpstr(u, ==, "2026-12-04");

	g_assert_true(dm_ledger_invoice_set_status(f->ledger, id, DM_INVOICE_STATUS_OPEN, NULL, NULL,
	                                           &err));
	g_autoptr(DmInvoice) o = dm_ledger_invoice_get(f->ledger, id, &err);
	g_assert_cmpint(o->status, ==, DM_INVOICE_STATUS_OPEN);
	g_assert_null(o->pause_reason);
	g_assert_false(g_date_valid(&o->pause_until));

	GDate invalid;
	g_date_clear(&invalid, 1);
	g_assert_true(dm_ledger_invoice_set_status(f->ledger, id, DM_INVOICE_STATUS_STOPPED, "bounce", &invalid, &err));
	g_autoptr(DmInvoice) s = dm_ledger_invoice_get(f->ledger, id, &err);
	g_assert_cmpint(s->status, ==, DM_INVOICE_STATUS_STOPPED);
	g_assert_false(g_date_valid(&s->pause_until));
}

static void
test_events(Fixture *f, gconstpointer data)
{
	gint64 a = add_invoice(f->ledger, "A", "klant@debtor.example", "2026-11-16", "<a@a>");
	gint64 b = add_invoice(f->ledger, "B", "klant@debtor.example", "2026-11-16", "<b@a>");
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_event(f->ledger, a, "2026-11-16T09:00:00Z", DM_EVENT_INVOICE_RECORDED, "a", &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, "2026-11-17T09:00:00Z", DM_EVENT_SPOOL_SET_ASIDE, "x", &err));
	g_assert_true(dm_ledger_event(f->ledger, b, "2026-11-18T09:00:00Z", DM_EVENT_INVOICE_RECORDED, "b", &err));
	g_assert_true(dm_ledger_event(f->ledger, a, "2026-11-24T09:00:00Z", DM_EVENT_SENT, "r1", &err));
	g_assert_no_error(err);

	g_autoptr(GPtrArray) all = dm_ledger_events_list(f->ledger, 0, NULL, DM_EVENT_ANY, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(all->len, ==, 4);
	DmEvent *first = all->pdata[0], *second = all->pdata[1];
	g_assert_cmpint(first->kind, ==, DM_EVENT_INVOICE_RECORDED);
	g_assert_cmpint(first->invoice_id, ==, a);
	g_assert_cmpstr(first->detail, ==, "a");
	g_assert_cmpint(second->invoice_id, ==, 0);

	g_autoptr(GPtrArray) of_a = dm_ledger_events_list(f->ledger, a, NULL, DM_EVENT_ANY, &err);
	g_assert_cmpuint(of_a->len, ==, 2);
	g_assert_cmpint(((DmEvent *) of_a->pdata[1])->kind, ==, DM_EVENT_SENT);
	g_autoptr(GPtrArray) since = dm_ledger_events_list(f->ledger, 0, "2026-11-17T09:00:00Z", DM_EVENT_ANY, &err);
	g_assert_cmpuint(since->len, ==, 3);
	g_autoptr(GPtrArray) kind = dm_ledger_events_list(f->ledger, 0, NULL, DM_EVENT_INVOICE_RECORDED, &err);
	g_assert_cmpuint(kind->len, ==, 2);
	g_autoptr(GPtrArray) all3 = dm_ledger_events_list(f->ledger, a, "2026-11-20T00:00:00Z", DM_EVENT_SENT, &err);
	g_assert_cmpuint(all3->len, ==, 1);
	g_autoptr(GPtrArray) none = dm_ledger_events_list(f->ledger, b, NULL, DM_EVENT_SENT, &err);
	g_assert_cmpuint(none->len, ==, 0);
}

static void
test_meta(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *v0 = NULL, *v1 = NULL, *v2 = NULL;
	g_assert_true(dm_ledger_meta_get(f->ledger, "last_digest", &v0, &err));
	g_assert_no_error(err);
	g_assert_null(v0);
	g_assert_true(dm_ledger_meta_set(f->ledger, "last_digest", "2026-11-16", &err));
	g_assert_no_error(err);
	g_assert_true(dm_ledger_meta_get(f->ledger, "last_digest", &v1, &err));
	g_assert_cmpstr(v1, ==, "2026-11-16");
	g_assert_true(dm_ledger_meta_set(f->ledger, "last_digest", "2026-11-17", &err));
	g_assert_true(dm_ledger_meta_get(f->ledger, "last_digest", &v2, &err));
	g_assert_cmpstr(v2, ==, "2026-11-17");
	g_assert_cmpint(query_int(f->config->database, "SELECT count(*) FROM meta"), ==, 1);
}

static void
test_transactions(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_RESUMED, "gone", &err));
	dm_ledger_rollback(f->ledger);
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_SENT, "kept", &err));
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	g_assert_no_error(err);
	dm_ledger_rollback(f->ledger);          /* nothing open: a no-op */
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->ledger, 0, NULL, DM_EVENT_ANY, &err);
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_cmpstr(((DmEvent *) ev->pdata[0])->detail, ==, "kept");
}

/* A transaction begun inside another is a savepoint: its rollback undoes only its own
 * writes, its commit keeps them for the outer one, and the outer rollback undoes all. */
static void
test_nested_transactions(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_SENT, "outer", &err));
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_RESUMED, "inner undone", &err));
	dm_ledger_rollback(f->ledger);
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_SENT, "inner kept", &err));
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	/* Not yet durable: another connection sees nothing until the outer commit. */
	g_assert_cmpint(query_int(f->config->database, "SELECT count(*) FROM events"), ==, 0);
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->ledger, 0, NULL, DM_EVENT_ANY, &err);
	g_assert_cmpuint(ev->len, ==, 2);
	g_assert_cmpstr(((DmEvent *) ev->pdata[0])->detail, ==, "outer");
	g_assert_cmpstr(((DmEvent *) ev->pdata[1])->detail, ==, "inner kept");

	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	g_assert_true(dm_ledger_event(f->ledger, 0, NOW, DM_EVENT_SENT, "all undone", &err));
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	dm_ledger_rollback(f->ledger);
	g_assert_cmpint(query_int(f->config->database, "SELECT count(*) FROM events"), ==, 2);
}

/* The scheme of `[ledger] database` chooses the backend: sqlite: and a bare path are the
 * same file; a backend this build does not have is refused, naming the setting. */
static void
test_scheme(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_meta_set(f->ledger, "k", "v", &err));
	g_autofree char *location = g_strconcat("sqlite:", f->config->database, NULL);
	g_autoptr(DmLedger) same = dm_ledger_open(location, TRUE, &err);
	g_assert_no_error(err);
	g_autofree char *v = NULL;
	g_assert_true(dm_ledger_meta_get(same, "k", &v, &err));
	g_assert_cmpstr(v, ==, "v");

	g_autoptr(DmLedger) pg = dm_ledger_open("pgsql:host=db dbname=dunmail", FALSE, &err);
	g_assert_null(pg);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SCHEME);
	g_assert_nonnull(strstr(err->message, "[ledger] database"));
	g_assert_nonnull(strstr(err->message, "'pgsql'"));
	g_assert_false(g_file_test("pgsql:host=db dbname=dunmail", G_FILE_TEST_EXISTS));
}

/* A name the ledger does not know, read back, is an error naming it: never a default. */
static void
test_unknown_names(Fixture *f, gconstpointer data)
{
	gint64 id = add_invoice(f->ledger, "2026-0042", "klant@debtor.example", "2026-11-16", "<i@a>");
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_assert_true(dm_outbox_add(f->ledger, id, 1, "<r@a>", "klant@debtor.example", "R", body,
	                            NOW, NULL, &err));
	g_assert_true(dm_ledger_event(f->ledger, id, NOW, DM_EVENT_SENT, NULL, &err));
	g_assert_no_error(err);
	sqlite3 *db = raw_open(f->config->database);
	g_assert_cmpint(sqlite3_exec(db, "UPDATE invoices SET status = 'archived';"
	                                 "UPDATE outbox SET state = 'bounced';"
	                                 "UPDATE events SET kind = 'teleported'", NULL, NULL, NULL),
	                ==, SQLITE_OK);
	sqlite3_close(db);

	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->ledger, id, &err);
	g_assert_null(inv);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT);
	g_assert_nonnull(strstr(err->message, "'archived'"));
	g_clear_error(&err);
	g_autoptr(GPtrArray) invoices = dm_ledger_invoices_list(f->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                        &err);
	g_assert_null(invoices);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT);
	g_clear_error(&err);
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_null(rows);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT);
	g_assert_nonnull(strstr(err->message, "'bounced'"));
	g_clear_error(&err);
	g_autoptr(GPtrArray) events = dm_ledger_events_list(f->ledger, 0, NULL, DM_EVENT_ANY, &err);
	g_assert_null(events);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT);
	g_assert_nonnull(strstr(err->message, "'teleported'"));
}

/* Each name table reads back what it writes, and refuses what it does not know. */
static void
test_name_tables(void)
{
	for (int v = DM_INVOICE_STATUS_OPEN; v <= DM_INVOICE_STATUS_PAID; v++) {
		DmInvoiceStatus back = DM_INVOICE_STATUS_ANY;
		g_assert_true(dm_invoice_status_from_name(dm_invoice_status_name(v), &back));
		g_assert_cmpint(back, ==, v);
	}
	for (int v = DM_OUTBOX_STATE_PENDING; v <= DM_OUTBOX_STATE_UNKNOWN; v++) {
		DmOutboxState back = DM_OUTBOX_STATE_ANY;
		g_assert_true(dm_outbox_state_from_name(dm_outbox_state_name(v), &back));
		g_assert_cmpint(back, ==, v);
	}
	for (int v = DM_EVENT_INVOICE_RECORDED; v <= DM_EVENT_DIGEST_QUEUED; v++) {
		DmEventKind back = DM_EVENT_ANY;
		g_assert_true(dm_event_kind_from_name(dm_event_kind_name(v), &back));
		g_assert_cmpint(back, ==, v);
	}
	/* The names existing ledgers hold. */
	g_assert_cmpstr(dm_outbox_state_name(DM_OUTBOX_STATE_CANCELLED), ==, "cancelled");
	g_assert_cmpstr(dm_invoice_status_name(DM_INVOICE_STATUS_PAUSED), ==, "paused");
	g_assert_cmpstr(dm_event_kind_name(DM_EVENT_REMINDER_QUEUED), ==, "reminder_queued");
	g_assert_cmpstr(dm_outbox_kind_name(DM_OUTBOX_KIND_DIGEST), ==, "digest");
	DmInvoiceStatus st = DM_INVOICE_STATUS_OPEN;
	g_assert_false(dm_invoice_status_from_name("Open", &st));
	g_assert_false(dm_invoice_status_from_name(NULL, &st));
	g_assert_false(dm_invoice_status_from_name("", &st));
	g_assert_cmpint(st, ==, DM_INVOICE_STATUS_OPEN);
}

typedef struct {
	GPtrArray *numbers;         /* of char*: "number debtor" as listed */
	GHashTable *summaries;      /* number -> DmOutboxSummary* of debtor a */
} Seen;

static gboolean
collect(const DmInvoice *inv, const DmOutboxSummary *summary, gpointer user, GError **error)
{
	Seen *seen = user;
	g_ptr_array_add(seen->numbers, g_strdup_printf("%s %s", inv->number, inv->debtor_email));
	if (g_str_has_prefix(inv->debtor_email, "a@"))
		g_hash_table_insert(seen->summaries, g_strdup(inv->number),
		                    g_memdup2(summary, sizeof *summary));
	return TRUE;
}

/* The listing pages through the invoices with a bounded number of statements (one per
 * page, not one per invoice), in the order of the whole list, each invoice once, with
 * the summary of its reminders from the same statement. */
static void
test_foreach_pages(Fixture *f, gconstpointer data)
{
	/* Across page boundaries: many invoices on one due day, one number per two debtors. */
	const guint n = DM_LEDGER_PAGE_ROWS * 2 + 37;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	for (guint i = 0; i < n; i++) {
		g_autofree char *number = g_strdup_printf("N-%04u", i / 2);
		g_autofree char *mid = g_strdup_printf("<%u@acme.example>", i);
		const char *due = i % 3 == 0 ? "2026-11-01" : "2026-11-16";
		add_invoice(f->ledger, number, i % 2 ? "b@debtor.example" : "a@debtor.example", due, mid);
	}
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	/* Reminders of N-0001 (debtor a, due 2026-11-16): step 1 sent, step 2 cancelled; of
	 * N-0002 (due 2026-11-01): step 1 pending. */
	g_autoptr(GPtrArray) of_a = dm_ledger_invoices_list(f->ledger, "a@debtor.example",
	                                                    DM_INVOICE_STATUS_ANY, &err);
	gint64 n1 = 0, n2 = 0;
	for (guint i = 0; i < of_a->len; i++) {
		DmInvoice *inv = of_a->pdata[i];
		if (g_str_equal(inv->number, "N-0001"))
			n1 = inv->id;
		else if (g_str_equal(inv->number, "N-0002"))
			n2 = inv->id;
	}
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	gint64 r1, r2;
	gboolean moved;
	g_assert_true(dm_outbox_add(f->ledger, n1, 1, "<r1@a>", "a@debtor.example", "R1", body,
	                            "2026-11-23T08:00:00Z", &r1, &err));
	g_assert_true(dm_outbox_move(f->ledger, r1, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, NOW, &moved, &err));
	g_assert_true(dm_outbox_move(f->ledger, r1, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT,
	                             NULL, "2026-11-24T09:00:00Z", &moved, &err));
	g_assert_true(dm_outbox_add(f->ledger, n1, 2, "<r2@a>", "a@debtor.example", "R2", body,
	                            "2026-12-07T08:00:00Z", &r2, &err));
	g_assert_true(dm_outbox_move(f->ledger, r2, DM_OUTBOX_STATE_PENDING,
	                             DM_OUTBOX_STATE_CANCELLED, NULL, NOW, &moved, &err));
	g_assert_true(dm_outbox_add(f->ledger, n2, 1, "<r3@a>", "a@debtor.example", "R3", body,
	                            "2026-11-08T08:00:00Z", NULL, &err));
	g_assert_no_error(err);

	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_cmpuint(all->len, ==, n);
	Seen seen = { g_ptr_array_new_with_free_func(g_free),
	              g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free) };
	guint64 before = dm_ledger_statements_executed(f->ledger);
	g_assert_true(dm_ledger_invoices_foreach(f->ledger, NULL, DM_INVOICE_STATUS_ANY, collect,
	                                         &seen, &err));
	g_assert_no_error(err);
	guint64 statements = dm_ledger_statements_executed(f->ledger) - before;
	g_assert_cmpuint(statements, ==, n / DM_LEDGER_PAGE_ROWS + 1);

	/* Every invoice once, in the list's order (due date, number, then the older one). */
	g_assert_cmpuint(seen.numbers->len, ==, n);
	for (guint i = 0; i < n; i++) {
		DmInvoice *inv = all->pdata[i];
		g_autofree char *want = g_strdup_printf("%s %s", inv->number, inv->debtor_email);
		g_assert_cmpstr(g_ptr_array_index(seen.numbers, i), ==, want);
		if (i > 0) {
			DmInvoice *prev = all->pdata[i - 1];
			int c = g_date_compare(&prev->due_date, &inv->due_date);
			g_assert_true(c < 0 || (c == 0 && strcmp(prev->number, inv->number) <= 0));
		}
	}

	DmOutboxSummary *s1 = g_hash_table_lookup(seen.summaries, "N-0001");
	DmOutboxSummary *s2 = g_hash_table_lookup(seen.summaries, "N-0002");
	DmOutboxSummary *s0 = g_hash_table_lookup(seen.summaries, "N-0000");
	g_assert_cmpint(s1->last_step, ==, 1);          /* the cancelled step 2 does not count */
	g_autofree char *sent = dm_date_iso(&s1->last_sent);
	g_assert_cmpstr(sent, ==, "2026-11-24");
	g_assert_false(s1->in_flight);
	g_assert_cmpint(s2->last_step, ==, 1);
	g_assert_true(s2->in_flight);
	g_autofree char *queued = dm_date_iso(&s2->last_sent);
	g_assert_cmpstr(queued, ==, "2026-11-08");    /* not sent yet: the day it was queued */
	g_assert_cmpint(s0->last_step, ==, 0);
	g_assert_false(g_date_valid(&s0->last_sent));
	g_assert_false(s0->in_flight);
	/* The one-invoice summary says the same. */
	DmOutboxSummary alone;
	g_assert_true(dm_ledger_invoice_summary(f->ledger, n1, &alone, &err));
	g_assert_cmpint(alone.last_step, ==, s1->last_step);
	g_assert_cmpint(g_date_compare(&alone.last_sent, &s1->last_sent), ==, 0);
	g_assert_cmpint(alone.in_flight, ==, s1->in_flight);
	g_ptr_array_unref(seen.numbers);
	g_hash_table_unref(seen.summaries);
}

static gboolean
count_rows(const DmInvoice *inv, const DmOutboxSummary *summary, gpointer user, GError **error)
{
	guint *n = user;
	/* A listing that started over would visit more rows than there are. */
	return ++*n <= 10 * DM_LEDGER_PAGE_ROWS;
}

/* A due date stored in a form the ledger does not read back (an old or imported row,
 * "2026-1-5") must not restart the paged listing: it once looped for ever, and with it
 * every pass of dunmaild. */
static void
test_foreach_odd_due_dates(Fixture *f, gconstpointer data)
{
	const guint n = DM_LEDGER_PAGE_ROWS + 5;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_begin(f->ledger, &err));
	for (guint i = 0; i < n; i++) {
		g_autofree char *number = g_strdup_printf("O-%04u", i);
		g_autofree char *mid = g_strdup_printf("<odd%u@acme.example>", i);
		add_invoice(f->ledger, number, "a@debtor.example", "2026-11-16", mid);
	}
	g_assert_true(dm_ledger_commit(f->ledger, &err));
	sqlite3 *db = raw_open(f->config->database);
	g_assert_cmpint(sqlite3_exec(db, "UPDATE invoices SET due_date = '2026-1-5'", NULL, NULL,
	                             NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	guint seen = 0;
	g_assert_true(dm_ledger_invoices_foreach(f->ledger, NULL, DM_INVOICE_STATUS_ANY, count_rows,
	                                         &seen, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(seen, ==, n);
}

/* The debtor's kind in three states: stored with its reason, read back; an old ledger's
 * rows keep their meaning through migration 15 (business = 1 is a business, business = 0
 * was only "no sign of one": unknown, never a consumer); a name this build does not know
 * is an error. */
static void
test_debtor_kind(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup("K-1");
	inv->debtor_email = g_strdup("p.deboer@debtor.example");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup("<k1@a>");
	inv->debtor_kind = DM_DEBTOR_KIND_CONSUMER;
	inv->debtor_kind_why = g_strdup("addressed as \"Dhr.\" (\"Dhr. P. de Boer\")");
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(f->ledger, inv, NOW, &existed, &err));
	g_assert_no_error(err);
	g_autoptr(DmInvoice) back = dm_ledger_invoice_by_number(f->ledger, "K-1", &err);
	g_assert_no_error(err);
	g_assert_cmpint(back->debtor_kind, ==, DM_DEBTOR_KIND_CONSUMER);
	g_assert_cmpstr(back->debtor_kind_why, ==, inv->debtor_kind_why);
	g_autofree char *business = query_text(f->config->database, "SELECT business FROM invoices WHERE number = 'K-1'");
	g_assert_cmpstr(business, ==, "0");

	/* A ledger of schema 14 with one business and one row that found no business. */
	g_autofree char *old = g_build_filename(f->dir, "old.sqlite", NULL);
	sqlite3 *db = raw_open(old);
	for (int v = 1; v <= 14; v++)
		g_assert_cmpint(sqlite3_exec(db, dm_ledger_migration(v), NULL, NULL, NULL), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(db,
		"PRAGMA user_version = 14;"
		"INSERT INTO debtors (id, email, created_at) VALUES (1, 'a@x.example', '" NOW "'),"
		" (2, 'b@x.example', '" NOW "');"
		"INSERT INTO invoices (number, debtor_id, due_date, message_id, created_at, business)"
		" VALUES ('OLD-B', 1, '2026-11-16', '<b@a>', '" NOW "', 1),"
		" ('OLD-U', 2, '2026-11-16', '<u@a>', '" NOW "', 0);", NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	g_autoptr(DmLedger) migrated = dm_ledger_open(old, FALSE, &err);
	g_assert_no_error(err);
	g_autoptr(DmInvoice) b = dm_ledger_invoice_by_number(migrated, "OLD-B", &err);
	g_autoptr(DmInvoice) u = dm_ledger_invoice_by_number(migrated, "OLD-U", &err);
	g_assert_no_error(err);
	g_assert_cmpint(b->debtor_kind, ==, DM_DEBTOR_KIND_BUSINESS);
	g_assert_null(b->debtor_kind_why);
	g_assert_cmpint(u->debtor_kind, ==, DM_DEBTOR_KIND_UNSET);

	db = raw_open(old);
	g_assert_cmpint(sqlite3_exec(db, "UPDATE invoices SET debtor_kind = 'private' WHERE number = 'OLD-U'",
	                             NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	g_autoptr(DmInvoice) bad = dm_ledger_invoice_by_number(migrated, "OLD-U", &err);
	g_assert_null(bad);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT);
	g_assert_nonnull(strstr(err->message, "unknown debtor kind 'private'"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/ledger/fresh", test_fresh);
	ADD("/ledger/reopen", test_reopen);
	ADD("/ledger/readonly-unmigrated", test_readonly_unmigrated);
	ADD("/ledger/readonly-missing", test_readonly_missing);
	ADD("/ledger/newer-schema", test_newer_schema);
	ADD("/ledger/debtor-ensure", test_debtor_ensure);
	ADD("/ledger/invoice-add-get", test_invoice_add_get);
	ADD("/ledger/invoice-no-amount", test_invoice_no_amount);
	ADD("/ledger/by-number", test_by_number);
	ADD("/ledger/by-thread", test_by_thread);
	ADD("/ledger/list-filters", test_list_filters);
	ADD("/ledger/set-status", test_set_status);
	ADD("/ledger/events", test_events);
	ADD("/ledger/meta", test_meta);
	ADD("/ledger/transactions", test_transactions);
	ADD("/ledger/nested-transactions", test_nested_transactions);
	ADD("/ledger/scheme", test_scheme);
	ADD("/ledger/unknown-names", test_unknown_names);
	ADD("/ledger/foreach-pages", test_foreach_pages);
	ADD("/ledger/foreach-odd-due-dates", test_foreach_odd_due_dates);
	ADD("/ledger/debtor-kind", test_debtor_kind);
	g_test_add_func("/ledger/name-tables", test_name_tables);
	return g_test_run();
}
