/* invoices: debtors and invoices rows (dm-invoices.h), and the paged listing of invoices
 * with the summary of their reminders. */
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger-sql.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-plans.h"
#include "common/dm-clock.h"

#define INVOICE_COLUMNS \
	"i.id, i.number, i.debtor_id, d.email, coalesce(i.debtor_name, d.name), i.amount_cents, i.currency, " \
	"i.issue_date, i.due_date, i.language, i.source, i.message_id, i.subject, i.status, " \
	"i.pause_reason, i.pause_until, i.created_at, " \
	"(SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id), " \
	"i.business, i.amount_total_cents, i.payment_reference, i.iban, i.credit_note, " \
	"i.credit_reference, i.credited_cents, i.field_sources, " \
	DM_DEBTOR_SETTINGS_COLUMNS ", i.plan_id, i.debtor_kind, i.debtor_kind_why"
#define INVOICE_N_COLUMNS (29 + DM_DEBTOR_SETTINGS_N_COLUMNS)
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
	if (!dm_sql_col_debtor_kind(st, 27 + DM_DEBTOR_SETTINGS_N_COLUMNS, &inv->debtor_kind, error)) {
		g_prefix_error(error, "invoice %s: ", inv->number);
		return NULL;
	}
	inv->debtor_kind_why = dm_sql_col_text(st, 28 + DM_DEBTOR_SETTINGS_N_COLUMNS);
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
		" field_sources, pause_reason, debtor_kind, debtor_kind_why)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
		" ?18, ?19, ?20, ?21, ?22, ?23)"
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
	dm_sql_bind_int64(st, 14, inv->debtor_kind == DM_DEBTOR_KIND_BUSINESS ? 1 : 0);
	if (inv->has_total)
		dm_sql_bind_int64(st, 15, inv->amount_total_cents);
	dm_sql_bind_text(st, 16, inv->payment_reference);
	dm_sql_bind_text(st, 17, inv->iban);
	dm_sql_bind_int64(st, 18, inv->credit_note ? 1 : 0);
	dm_sql_bind_text(st, 19, inv->credit_reference);
	dm_sql_bind_text(st, 20, inv->field_sources);
	dm_sql_bind_text(st, 21, inv->credit_note ? "credit note" : NULL);
	dm_sql_bind_text(st, 22, inv->debtor_kind ? dm_debtor_kind_name(inv->debtor_kind) : NULL);
	dm_sql_bind_text(st, 23, inv->debtor_kind_why);
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
 * outbox_invoices, since one reminder may cover several invoices.  Subqueries of the row
 * (through outbox_invoices_invoice), not a join on a grouped table, which SQLite would
 * build over the whole outbox for every page: a page costs its own rows only. */
#define SUMMARY_COLUMNS \
	"coalesce((SELECT max(c.step) FROM outbox_invoices c" \
	"  WHERE c.invoice_id = i.id AND c.active = 1 AND c.step > 0), 0), " \
	"(SELECT coalesce(o.sent_at, o.created_at) FROM outbox_invoices c" \
	"  JOIN outbox o ON o.id = c.outbox_id WHERE c.invoice_id = i.id AND c.active = 1" \
	"  AND c.step > 0 ORDER BY c.step DESC LIMIT 1), " \
	"CASE WHEN EXISTS (SELECT 1 FROM outbox_invoices c JOIN outbox o ON o.id = c.outbox_id" \
	"  WHERE c.invoice_id = i.id AND c.active = 1 AND o.state IN ('pending', 'sending'))" \
	"  THEN 1 ELSE 0 END"

/* The pages of a walk: the invoices after the key of the last one of the previous page,
 * each with its summary.  A listing goes by (due date, number, id) through invoices_due,
 * one debtor's through invoices_debtor; the scheduler's walk by (next_action, id) through
 * invoices_next_action, among the invoices that need attention by ?1 (a day; '' is "changed",
 * which sorts first).  The first page's key is ('', '', 0), below every row, so that each
 * query is one index range and N invoices cost N / DM_LEDGER_PAGE_ROWS + 1 short reads. */
#define PAGE_SELECT \
	"SELECT " INVOICE_COLUMNS ", " SUMMARY_COLUMNS ", i.next_action" INVOICE_FROM
#define PAGE_BY_DUE_DATE \
	" AND (?2 IS NULL OR i.status = ?2) AND (i.due_date, i.number, i.id) > (?3, ?4, ?5)" \
	" ORDER BY i.due_date, i.number, i.id LIMIT ?6"
#define PAGE_ALL_SQL PAGE_SELECT "WHERE ?1 IS NULL" PAGE_BY_DUE_DATE
#define PAGE_DEBTOR_SQL PAGE_SELECT "WHERE d.email = ?1" PAGE_BY_DUE_DATE
/* The reports' walk (dm_ledger_invoices_foreach_bare): no summary of reminders, and one
 * debtor's invoices found whatever the letter case of its address. */
#define PAGE_BARE_SELECT "SELECT " INVOICE_COLUMNS ", 0, NULL, 0, i.next_action" INVOICE_FROM
#define PAGE_BARE_ALL_SQL PAGE_BARE_SELECT "WHERE ?1 IS NULL" PAGE_BY_DUE_DATE
#define PAGE_BARE_DEBTOR_SQL PAGE_BARE_SELECT \
	"WHERE i.debtor_id IN (SELECT id FROM debtors WHERE email = ?1 COLLATE NOCASE)" \
	PAGE_BY_DUE_DATE
#define PAGE_ATTENTION_SQL PAGE_SELECT \
	"WHERE i.next_action IS NOT NULL AND i.next_action <= ?1" \
	" AND (?2 IS NULL OR i.status = ?2) AND (i.next_action, i.id) > (?3, ?4)" \
	" ORDER BY i.next_action, i.id LIMIT ?5"

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
		"SELECT " SUMMARY_COLUMNS " FROM invoices i WHERE i.id = ?1", error);
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
	GPtrArray *actions;         /* of char* (owned, nullable): each one's next_action */
} Page;

/* Which invoices a walk reads, in which order. */
typedef struct {
	const char *debtor_email;   /* (nullable) one debtor's, by due date */
	DmInvoiceStatus status;     /* DM_INVOICE_STATUS_ANY: every status */
	const char *attention_by;   /* (nullable) those needing attention by this day, by
	                             * next_action: the scheduler's walk */
	gboolean locked;            /* each page read and handled in one write transaction */
	gboolean bare;              /* no summary of reminders; the debtor in any case */
} Walk;

static const char *
page_sql(const Walk *walk)
{
	if (walk->attention_by)
		return PAGE_ATTENTION_SQL;
	if (walk->bare)
		return walk->debtor_email ? PAGE_BARE_DEBTOR_SQL : PAGE_BARE_ALL_SQL;
	return walk->debtor_email ? PAGE_DEBTOR_SQL : PAGE_ALL_SQL;
}

/* Where a page ends: the sort key of its last row, as the database holds it.  The first
 * column (due date or next_action) is kept as its text, never re-made from a parsed GDate:
 * a stored date that does not parse would otherwise start the listing over, for ever. */
typedef struct {
	char *first;
	char *number;
	gint64 id;
} PageKey;

static void
page_key_clear(PageKey *key)
{
	g_clear_pointer(&key->first, g_free);
	g_clear_pointer(&key->number, g_free);
	key->id = 0;
}

/* Reads the page of @walk after @key into @page, and moves @key to its last row. */
static gboolean
read_page(DmLedger *ledger, const Walk *walk, PageKey *key, Page *page, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, page_sql(walk), error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 2, walk->status == DM_INVOICE_STATUS_ANY
	                        ? NULL : dm_invoice_status_name(walk->status));
	dm_sql_bind_text(st, 3, key->first ? key->first : "");
	if (walk->attention_by) {
		dm_sql_bind_text(st, 1, walk->attention_by);
		dm_sql_bind_int64(st, 4, key->id);
		dm_sql_bind_int64(st, 5, DM_LEDGER_PAGE_ROWS);
	} else {
		dm_sql_bind_text(st, 1, walk->debtor_email);
		dm_sql_bind_text(st, 4, key->number ? key->number : "");
		dm_sql_bind_int64(st, 5, key->id);
		dm_sql_bind_int64(st, 6, DM_LEDGER_PAGE_ROWS);
	}
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list invoices", error)) == DM_SQL_ROW) {
		DmInvoice *inv = read_invoice(st, error);
		if (!inv) {
			dm_sql_reset(st);
			return FALSE;
		}
		DmOutboxSummary summary;
		read_summary(st, INVOICE_N_COLUMNS, &summary);
		char *action = dm_sql_col_text(st, INVOICE_N_COLUMNS + 3);
		g_free(key->first);
		key->first = walk->attention_by ? g_strdup(action) : dm_sql_col_text(st, 8);
		g_free(key->number);
		key->number = g_strdup(inv->number);
		key->id = inv->id;
		g_ptr_array_add(page->invoices, inv);
		g_array_append_val(page->summaries, summary);
		g_ptr_array_add(page->actions, action);
	}
	return rc == DM_SQL_DONE;
}

/* Calls @each with every page of @walk in turn; the page is emptied after each call. */
static gboolean
for_each_page(DmLedger *ledger, const Walk *walk,
              gboolean (*each)(DmLedger *ledger, Page *page, gpointer user, GError **error),
              gpointer user, GError **error)
{
	Page page = {
		.invoices = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free),
		.summaries = g_array_new(FALSE, FALSE, sizeof(DmOutboxSummary)),
		.actions = g_ptr_array_new_with_free_func(g_free),
	};
	PageKey key = { 0 };
	gboolean ok = TRUE, more = TRUE;
	while (ok && more) {
		ok = !walk->locked || dm_ledger_begin(ledger, error);
		ok = ok && read_page(ledger, walk, &key, &page, error);
		more = page.invoices->len == DM_LEDGER_PAGE_ROWS;
		ok = ok && each(ledger, &page, user, error);
		if (walk->locked && ok)
			ok = dm_ledger_commit(ledger, error);
		else if (walk->locked && ledger->depth)
			dm_ledger_rollback(ledger);
		g_ptr_array_set_size(page.invoices, 0);
		g_array_set_size(page.summaries, 0);
		g_ptr_array_set_size(page.actions, 0);
	}
	page_key_clear(&key);
	g_ptr_array_unref(page.invoices);
	g_array_unref(page.summaries);
	g_ptr_array_unref(page.actions);
	return ok;
}

typedef struct {
	DmInvoiceFunc fn;
	gpointer user;
} Foreach;

static gboolean
call_each(DmLedger *ledger, Page *page, gpointer user, GError **error)
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
	Walk walk = { .debtor_email = debtor_email, .status = status };
	return for_each_page(ledger, &walk, call_each, &f, error);
}

gboolean
dm_ledger_invoices_foreach_bare(DmLedger *ledger, const char *debtor_email, DmInvoiceFunc fn,
                                gpointer user, GError **error)
{
	Foreach f = { fn, user };
	Walk walk = { .debtor_email = debtor_email, .status = DM_INVOICE_STATUS_ANY, .bare = TRUE };
	return for_each_page(ledger, &walk, call_each, &f, error);
}

static gboolean
take_all(DmLedger *ledger, Page *page, gpointer user, GError **error)
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
	Walk walk = { .debtor_email = debtor_email, .status = status };
	if (!for_each_page(ledger, &walk, take_all, out, error))
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

gboolean
dm_ledger_invoices_foreach_due(DmLedger *ledger, DmInvoiceStatus status, const GDate *today,
                               DmInvoiceFunc fn, gpointer user, GError **error)
{
	g_autofree char *day = dm_date_iso(today);
	Foreach f = { fn, user };
	Walk walk = { .status = status, .attention_by = day };
	return for_each_page(ledger, &walk, call_each, &f, error);
}

typedef struct {
	DmAttentionFunc fn;
	gpointer user;
	guint changed;
} Refresh;

/* Writes each invoice's next_action anew where the decision moved it; the page's write
 * transaction is held, so no change made between the read and the write is lost. */
static gboolean
refresh_page(DmLedger *ledger, Page *page, gpointer user, GError **error)
{
	Refresh *r = user;
	for (guint i = 0; i < page->invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(page->invoices, i);
		/* Its plan's instalments decide its days while it runs. */
		DmInvoice copy;
		g_autoptr(DmPlan) plan = NULL;
		if (!dm_ledger_plan_attach(ledger, inv, &copy, &plan, &inv, error))
			return FALSE;
		GDate next;
		g_date_clear(&next, 1);
		r->fn(inv, &g_array_index(page->summaries, DmOutboxSummary, i), r->user, &next);
		g_autofree char *day = g_date_valid(&next) ? dm_date_iso(&next) : NULL;
		if (g_strcmp0(day, g_ptr_array_index(page->actions, i)) == 0)
			continue;
		DmSqlStmt *st = dm_sql_prepare(ledger,
			"UPDATE invoices SET next_action = ?2 WHERE id = ?1", error);
		if (!st)
			return FALSE;
		dm_sql_bind_int64(st, 1, inv->id);
		dm_sql_bind_text(st, 2, day);
		if (!dm_sql_run(st, "set next action", error))
			return FALSE;
		r->changed++;
	}
	return TRUE;
}

gboolean
dm_ledger_next_action_refresh(DmLedger *ledger, const GDate *today, DmAttentionFunc fn,
                              gpointer user, guint *changed, GError **error)
{
	g_autofree char *day = dm_date_iso(today);
	Refresh r = { fn, user, 0 };
	Walk walk = { .attention_by = day, .locked = TRUE };
	gboolean ok = for_each_page(ledger, &walk, refresh_page, &r, error);
	if (changed)
		*changed = r.changed;
	return ok;
}

gboolean
dm_ledger_next_action_rules(DmLedger *ledger, const char *digest, gboolean *reset,
                            GError **error)
{
	*reset = FALSE;
	g_autofree char *stored = NULL;
	if (!dm_ledger_meta_get(ledger, "next_action_rules", &stored, error))
		return FALSE;
	if (g_strcmp0(stored, digest) == 0)
		return TRUE;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE invoices SET next_action = '' WHERE status IN ('open', 'paused', 'held')",
		error);
	if (!st || !dm_sql_run(st, "decide every invoice again", error) ||
	    !dm_ledger_meta_set(ledger, "next_action_rules", digest, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*reset = TRUE;
	return TRUE;
}
