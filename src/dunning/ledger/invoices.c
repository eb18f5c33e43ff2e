/* invoices: debtors and invoices rows (dm-invoices.h), and the paged listing of invoices
 * with the summary of their reminders. */
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger-sql.h"
#include "dunning/ledger/dm-debtors.h"
#include "common/dm-clock.h"

#define INVOICE_COLUMNS \
	"i.id, i.number, i.debtor_id, d.email, coalesce(i.debtor_name, d.name), i.amount_cents, i.currency, " \
	"i.issue_date, i.due_date, i.language, i.source, i.message_id, i.subject, i.status, " \
	"i.pause_reason, i.pause_until, i.created_at, " \
	"(SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id), " \
	"i.business, i.amount_total_cents, i.payment_reference, i.iban, i.credit_note, " \
	"i.credit_reference, i.credited_cents, i.field_sources, " \
	DM_DEBTOR_SETTINGS_COLUMNS ", i.plan_id"
#define INVOICE_N_COLUMNS (27 + DM_DEBTOR_SETTINGS_N_COLUMNS)
#define INVOICE_FROM " FROM invoices i JOIN debtors d ON d.id = i.debtor_id " \
	"LEFT JOIN debtor_settings ds ON ds.debtor_id = d.id "

/* (transfer full) the invoice in the current row of @st; NULL with @error when a column
 * cannot be read. */
static DmInvoice *
read_invoice(DmSqlStmt *st, GError **error)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->id = dm_sql_col_int64(st, 0);
	inv->number = dm_sql_col_text(st, 1);
	inv->debtor_id = dm_sql_col_int64(st, 2);
	inv->debtor_email = dm_sql_col_text(st, 3);
	inv->debtor_name = dm_sql_col_text(st, 4);
	inv->has_amount = !dm_sql_col_is_null(st, 5);
	inv->amount_cents = dm_sql_col_int64(st, 5);
	inv->currency = dm_sql_col_text(st, 6);
	dm_sql_col_date(st, 7, &inv->issue_date);
	dm_sql_col_date(st, 8, &inv->due_date);
	inv->language = dm_sql_col_text(st, 9);
	inv->source = dm_sql_col_text(st, 10);
	inv->message_id = dm_sql_col_text(st, 11);
	inv->subject = dm_sql_col_text(st, 12);
	inv->pause_reason = dm_sql_col_text(st, 14);
	dm_sql_col_date(st, 15, &inv->pause_until);
	inv->created_at = dm_sql_col_text(st, 16);
	inv->paid_cents = dm_sql_col_int64(st, 17);
	inv->business = dm_sql_col_int64(st, 18) != 0;
	inv->has_total = !dm_sql_col_is_null(st, 19);
	inv->amount_total_cents = dm_sql_col_int64(st, 19);
	inv->payment_reference = dm_sql_col_text(st, 20);
	inv->iban = dm_sql_col_text(st, 21);
	inv->credit_note = dm_sql_col_int64(st, 22) != 0;
	inv->credit_reference = dm_sql_col_text(st, 23);
	inv->credited_cents = dm_sql_col_int64(st, 24);
	inv->field_sources = dm_sql_col_text(st, 25);
	if (!dm_ledger_read_debtor_settings(st, 26, &inv->debtor, error)) {
		g_prefix_error(error, "invoice %s: ", inv->number);
		return NULL;
	}
	inv->plan_id = dm_sql_col_int64(st, 26 + DM_DEBTOR_SETTINGS_N_COLUMNS);
	if (!dm_sql_col_invoice_status(st, 13, &inv->status, error)) {
		g_prefix_error(error, "invoice %s: ", inv->number);
		return NULL;
	}
	return g_steal_pointer(&inv);
}

gboolean
dm_ledger_debtor_ensure(DmLedger *ledger, const char *email, const char *name,
                        const char *language, const char *now, gint64 *id_out, GError **error)
{
	*id_out = 0;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO debtors (email, name, language, created_at) VALUES (?1, ?2, ?3, ?4) "
		"ON CONFLICT (email) DO UPDATE SET name = coalesce(debtors.name, excluded.name) "
		"RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, email);
	dm_sql_bind_text(st, 2, name);
	dm_sql_bind_text(st, 3, language);
	dm_sql_bind_text(st, 4, now);
	return dm_sql_id(st, "add debtor", id_out, error);
}

/* The id of the invoice @number of debtor @debtor_id in *@id_out. */
static gboolean
existing_invoice(DmLedger *ledger, const char *number, gint64 debtor_id, gint64 *id_out,
                 GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT id FROM invoices WHERE number = ?1 AND debtor_id = ?2", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, number);
	dm_sql_bind_int64(st, 2, debtor_id);
	return dm_sql_id(st, "find the existing invoice", id_out, error);
}

gboolean
dm_ledger_invoice_add(DmLedger *ledger, DmInvoice *inv, const char *now, gboolean *existed,
                      GError **error)
{
	g_return_val_if_fail(inv->number && inv->debtor_email && g_date_valid(&inv->due_date), FALSE);
	*existed = FALSE;
	if (!dm_ledger_debtor_ensure(ledger, inv->debtor_email, inv->debtor_name, inv->language,
	                             now, &inv->debtor_id, error))
		return FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO invoices (number, debtor_id, amount_cents, currency, issue_date, due_date,"
		" language, source, message_id, subject, status, created_at, debtor_name, business,"
		" amount_total_cents, payment_reference, iban, credit_note, credit_reference,"
		" field_sources, pause_reason)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
		" ?18, ?19, ?20, ?21)"
		" ON CONFLICT (number, debtor_id) DO NOTHING RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, inv->number);
	dm_sql_bind_int64(st, 2, inv->debtor_id);
	if (inv->has_amount)
		dm_sql_bind_int64(st, 3, inv->amount_cents);
	dm_sql_bind_text(st, 4, inv->currency);
	dm_sql_bind_date(st, 5, &inv->issue_date);
	dm_sql_bind_date(st, 6, &inv->due_date);
	dm_sql_bind_text(st, 7, inv->language);
	dm_sql_bind_text(st, 8, inv->source);
	dm_sql_bind_text(st, 9, inv->message_id);
	dm_sql_bind_text(st, 10, inv->subject);
	/* A credit note is a record, never a claim: it is stored stopped, so no ladder runs. */
	DmInvoiceStatus status = inv->credit_note ? DM_INVOICE_STATUS_STOPPED : DM_INVOICE_STATUS_OPEN;
	dm_sql_bind_text(st, 11, dm_invoice_status_name(status));
	dm_sql_bind_text(st, 12, now);
	dm_sql_bind_text(st, 13, inv->debtor_name);
	dm_sql_bind_int64(st, 14, inv->business ? 1 : 0);
	if (inv->has_total)
		dm_sql_bind_int64(st, 15, inv->amount_total_cents);
	dm_sql_bind_text(st, 16, inv->payment_reference);
	dm_sql_bind_text(st, 17, inv->iban);
	dm_sql_bind_int64(st, 18, inv->credit_note ? 1 : 0);
	dm_sql_bind_text(st, 19, inv->credit_reference);
	dm_sql_bind_text(st, 20, inv->field_sources);
	dm_sql_bind_text(st, 21, inv->credit_note ? "credit note" : NULL);
	switch (dm_sql_step(st, "add invoice", error)) {
	case DM_SQL_ROW:
		inv->id = dm_sql_col_int64(st, 0);
		inv->status = status;
		if (inv->credit_note) {
			g_free(inv->pause_reason);
			inv->pause_reason = g_strdup("credit note");
		}
		dm_sql_reset(st);
		return TRUE;
	case DM_SQL_DONE:
		/* Tell the caller which invoice it is. */
		*existed = TRUE;
		return existing_invoice(ledger, inv->number, inv->debtor_id, &inv->id, error);
	default:
		return FALSE;
	}
}

static DmInvoice *
get_one(DmLedger *ledger, const char *where, gint64 id, const char *text, GError **error)
{
	g_autofree char *sql = g_strconcat("SELECT " INVOICE_COLUMNS INVOICE_FROM, where, NULL);
	DmSqlStmt *st = dm_sql_prepare(ledger, sql, error);
	if (!st)
		return NULL;
	if (text)
		dm_sql_bind_text(st, 1, text);
	else
		dm_sql_bind_int64(st, 1, id);
	if (dm_sql_step(st, "read invoice", error) != DM_SQL_ROW)
		return NULL;
	DmInvoice *inv = read_invoice(st, error);
	dm_sql_reset(st);
	return inv;
}

DmInvoice *
dm_ledger_invoice_get(DmLedger *ledger, gint64 id, GError **error)
{
	return get_one(ledger, "WHERE i.id = ?1", id, NULL, error);
}

DmInvoice *
dm_ledger_invoice_by_number(DmLedger *ledger, const char *number, GError **error)
{
	/* Numbers are unique per debtor; across debtors the newest wins. */
	return get_one(ledger, "WHERE i.number = ?1 ORDER BY i.id DESC LIMIT 1", 0, number, error);
}

gboolean
dm_ledger_invoice_by_thread(DmLedger *ledger, const char *message_id, gint64 *id_out,
                            GError **error)
{
	*id_out = 0;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT id FROM invoices WHERE message_id = ?1 "
		"UNION ALL SELECT invoice_id FROM outbox WHERE message_id = ?1 AND invoice_id IS NOT NULL "
		"LIMIT 1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, message_id);
	return dm_sql_first_int64(st, "find the invoice of a thread", id_out, error);
}

/* The summary of invoice i's reminders (DmOutboxSummary): the highest ladder step not
 * cancelled (an instalment's reminder holds a negative step: not the ladder's), when that
 * one went, and whether one (of either kind) is still on its way.  Read through
 * outbox_invoices, since one reminder may cover several invoices. */
#define SUMMARY_COLUMNS \
	"coalesce(s.last_step, 0), coalesce(l.sent_at, l.created_at), coalesce(s.in_flight, 0)"
#define SUMMARY_JOIN \
	"LEFT JOIN (SELECT c.invoice_id, max(CASE WHEN c.step > 0 THEN c.step END) AS last_step," \
	"   max(CASE WHEN o.state IN ('pending', 'sending') THEN 1 ELSE 0 END) AS in_flight" \
	"   FROM outbox_invoices c JOIN outbox o ON o.id = c.outbox_id" \
	"   WHERE c.active = 1 GROUP BY c.invoice_id) s" \
	" ON s.invoice_id = i.id " \
	"LEFT JOIN outbox_invoices lc ON lc.invoice_id = i.id AND lc.step = s.last_step" \
	" AND lc.active = 1 " \
	"LEFT JOIN outbox l ON l.id = lc.outbox_id "

/* One page of the listing: the invoices after the key (due date, number, id) of the last
 * one of the previous page, each with its summary. */
#define PAGE_SQL \
	"SELECT " INVOICE_COLUMNS ", " SUMMARY_COLUMNS INVOICE_FROM SUMMARY_JOIN \
	"WHERE (?1 IS NULL OR d.email = ?1) AND (?2 IS NULL OR i.status = ?2)" \
	" AND (?7 = 0 OR (i.due_date, i.number, i.id) > (?3, ?4, ?5)) " \
	"ORDER BY i.due_date, i.number, i.id LIMIT ?6"

static void
read_summary(DmSqlStmt *st, int col, DmOutboxSummary *out)
{
	out->last_step = (int) dm_sql_col_int64(st, col);
	g_date_clear(&out->last_sent, 1);
	const char *at = dm_sql_col_text_ref(st, col + 1);
	if (at) {
		g_autofree char *day = g_strndup(at, 10);
		dm_date_parse_iso(day, &out->last_sent);
	}
	out->in_flight = dm_sql_col_int64(st, col + 2) != 0;
}

gboolean
dm_ledger_invoice_summary(DmLedger *ledger, gint64 invoice_id, DmOutboxSummary *out,
                          GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT " SUMMARY_COLUMNS " FROM invoices i " SUMMARY_JOIN "WHERE i.id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, invoice_id);
	DmSqlStep rc = dm_sql_step(st, "summarize reminders", error);
	if (rc == DM_SQL_DONE)
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND,
		            "ledger: no invoice %" G_GINT64_FORMAT, invoice_id);
	if (rc != DM_SQL_ROW)
		return FALSE;
	read_summary(st, 0, out);
	dm_sql_reset(st);
	return TRUE;
}

typedef struct {
	GPtrArray *invoices;        /* of DmInvoice* (owned) */
	GArray *summaries;          /* of DmOutboxSummary, one per invoice */
} Page;

/* Where a page ends: the sort key of its last row, as the database holds it.  The due
 * date is kept as its text, never re-made from the parsed GDate: a stored date that does
 * not parse would otherwise become NULL and start the listing over, for ever. */
typedef struct {
	char *due_date;
	char *number;
	gint64 id;
} PageKey;

static void
page_key_clear(PageKey *key)
{
	g_clear_pointer(&key->due_date, g_free);
	g_clear_pointer(&key->number, g_free);
	key->id = 0;
}

/* Reads the page after @after (NULL: the first) into @page. */
static gboolean
read_page(DmLedger *ledger, const char *debtor_email, DmInvoiceStatus status,
          PageKey *key, Page *page, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, PAGE_SQL, error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, debtor_email);
	dm_sql_bind_text(st, 2, status == DM_INVOICE_STATUS_ANY ? NULL : dm_invoice_status_name(status));
	gboolean first = key->number == NULL;
	dm_sql_bind_text(st, 3, key->due_date);
	dm_sql_bind_text(st, 4, key->number);
	dm_sql_bind_int64(st, 5, key->id);
	dm_sql_bind_int64(st, 6, DM_LEDGER_PAGE_ROWS);
	dm_sql_bind_int64(st, 7, first ? 0 : 1);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list invoices", error)) == DM_SQL_ROW) {
		DmInvoice *inv = read_invoice(st, error);
		if (!inv) {
			dm_sql_reset(st);
			return FALSE;
		}
		DmOutboxSummary summary;
		read_summary(st, INVOICE_N_COLUMNS, &summary);
		g_free(key->due_date);
		key->due_date = dm_sql_col_text(st, 8);
		g_free(key->number);
		key->number = g_strdup(inv->number);
		key->id = inv->id;
		g_ptr_array_add(page->invoices, inv);
		g_array_append_val(page->summaries, summary);
	}
	return rc == DM_SQL_DONE;
}

/* Calls @each with every page in turn; the page is emptied after each call. */
static gboolean
for_each_page(DmLedger *ledger, const char *debtor_email, DmInvoiceStatus status,
              gboolean (*each)(Page *page, gpointer user, GError **error), gpointer user,
              GError **error)
{
	Page page = {
		.invoices = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free),
		.summaries = g_array_new(FALSE, FALSE, sizeof(DmOutboxSummary)),
	};
	PageKey key = { 0 };
	gboolean ok = TRUE, more = TRUE;
	while (ok && more) {
		ok = read_page(ledger, debtor_email, status, &key, &page, error);
		more = page.invoices->len == DM_LEDGER_PAGE_ROWS;
		ok = ok && each(&page, user, error);
		g_ptr_array_set_size(page.invoices, 0);
		g_array_set_size(page.summaries, 0);
	}
	page_key_clear(&key);
	g_ptr_array_unref(page.invoices);
	g_array_unref(page.summaries);
	return ok;
}

typedef struct {
	DmInvoiceFunc fn;
	gpointer user;
} Foreach;

static gboolean
call_each(Page *page, gpointer user, GError **error)
{
	Foreach *f = user;
	for (guint i = 0; i < page->invoices->len; i++)
		if (!f->fn(g_ptr_array_index(page->invoices, i),
		           &g_array_index(page->summaries, DmOutboxSummary, i), f->user, error))
			return FALSE;
	return TRUE;
}

gboolean
dm_ledger_invoices_foreach(DmLedger *ledger, const char *debtor_email, DmInvoiceStatus status,
                           DmInvoiceFunc fn, gpointer user, GError **error)
{
	Foreach f = { fn, user };
	return for_each_page(ledger, debtor_email, status, call_each, &f, error);
}

static gboolean
take_all(Page *page, gpointer user, GError **error)
{
	GPtrArray *out = user;
	for (guint i = 0; i < page->invoices->len; i++)
		g_ptr_array_add(out, g_steal_pointer(&page->invoices->pdata[i]));
	return TRUE;
}

GPtrArray *
dm_ledger_invoices_list(DmLedger *ledger, const char *debtor_email, DmInvoiceStatus status,
                        GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free);
	if (!for_each_page(ledger, debtor_email, status, take_all, out, error))
		return NULL;
	return g_steal_pointer(&out);
}

gboolean
dm_ledger_invoice_set_status(DmLedger *ledger, gint64 id, DmInvoiceStatus status,
                             const char *reason, const GDate *until, GError **error)
{
	g_return_val_if_fail(status != DM_INVOICE_STATUS_ANY, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE invoices SET status = ?1, pause_reason = ?2, pause_until = ?3 WHERE id = ?4",
		error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, dm_invoice_status_name(status));
	dm_sql_bind_text(st, 2, reason);
	dm_sql_bind_date(st, 3, until);
	dm_sql_bind_int64(st, 4, id);
	return dm_sql_run(st, "set invoice status", error);
}

gboolean
dm_ledger_invoice_credit(DmLedger *ledger, gint64 id, gint64 cents, GError **error)
{
	g_return_val_if_fail(cents >= 0, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE invoices SET credited_cents = credited_cents + ?1 WHERE id = ?2", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, cents);
	dm_sql_bind_int64(st, 2, id);
	return dm_sql_run(st, "credit invoice", error);
}
