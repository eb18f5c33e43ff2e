/* overview: the ledger read once for the reports (dm-overview.h). */
#include "dunning/report/dm-overview.h"
#include "dunning/report/dm-receivable.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <string.h>

#define LIST_MAX DM_OVERVIEW_LIST_MAX  /* debtors the HTML report lists; the rest counted */

void
dm_overview_clear(DmOverview *ov)
{
	g_clear_pointer(&ov->aging, dm_aging_free);
	g_clear_pointer(&ov->invoices, g_ptr_array_unref);
	g_clear_pointer(&ov->limits, g_hash_table_unref);
}

/* (transfer full) what the reports show of @inv. */
static DmInvoice *
invoice_copy(const DmInvoice *inv)
{
	DmInvoice *c = dm_invoice_new();
	c->id = inv->id;
	c->number = g_strdup(inv->number);
	c->debtor_email = g_strdup(inv->debtor_email);
	c->debtor_name = g_strdup(inv->debtor_name);
	c->has_amount = inv->has_amount;
	c->amount_cents = inv->amount_cents;
	c->paid_cents = inv->paid_cents;
	c->credited_cents = inv->credited_cents;
	c->credit_note = inv->credit_note;
	c->currency = g_strdup(inv->currency);
	c->issue_date = inv->issue_date;
	c->due_date = inv->due_date;
	c->status = inv->status;
	c->pause_reason = g_strdup(inv->pause_reason);
	c->pause_until = inv->pause_until;
	c->created_at = g_strdup(inv->created_at);
	return c;
}

typedef struct {
	DmOverview *ov;
	const char *debtor;
} Reading;

static gboolean
read_one(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user, GError **error)
{
	Reading *rd = user;
	DmReceivable r;
	dm_receivable_from_invoice(inv, &r);
	dm_aging_add(rd->ov->aging, &r);
	dm_receivable_note_limit(rd->ov->limits, inv);
	/* The walk is by due date: the first unpaid ones are the oldest, the ones listed. */
	if (!rd->debtor && r.is_paid)
		return TRUE;
	if (!rd->debtor && rd->ov->invoices->len >= DM_OVERVIEW_LIST_MAX)
		rd->ov->more_invoices++;
	else
		g_ptr_array_add(rd->ov->invoices, invoice_copy(inv));
	return TRUE;
}

gboolean
dm_overview_read(DmLedger *ledger, const GDate *today, const char *debtor, DmOverview *out,
                 GError **error)
{
	out->today = *today;
	out->aging = dm_aging_new(today);
	out->invoices = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free);
	out->limits = dm_receivable_limits_new();
	Reading rd = { .ov = out, .debtor = debtor };
	return dm_ledger_invoices_foreach_bare(ledger, debtor, read_one, &rd, error);
}

void
dm_csv_field(GString *line, const char *field)
{
	if (line->len > 0 && line->str[line->len - 1] != '\n')
		g_string_append_c(line, ',');
	if (!field)
		return;
	gboolean formula = strchr("=+-@", field[0]) != NULL && field[0] != '\0';
	if (!formula && !strpbrk(field, ",\"\r\n")) {
		g_string_append(line, field);
		return;
	}
	g_string_append_c(line, '"');
	if (formula)
		g_string_append_c(line, '\'');
	for (const char *p = field; *p; p++) {
		if (*p == '"')
			g_string_append_c(line, '"');
		g_string_append_c(line, *p);
	}
	g_string_append_c(line, '"');
}

char *
dm_csv_amount(gint64 cents, const char *currency)
{
	int digits = dm_money_minor_digits(currency);
	gint64 unit = 1;
	for (int i = 0; i < digits; i++)
		unit *= 10;
	const char *sign = cents < 0 ? "-" : "";
	guint64 abs = (guint64) (cents < 0 ? -cents : cents);
	if (digits == 0)
		return g_strdup_printf("%s%" G_GUINT64_FORMAT, sign, abs);
	return g_strdup_printf("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, sign,
	                       abs / (guint64) unit, digits, abs % (guint64) unit);
}

static gint
by_lateness(gconstpointer a, gconstpointer b)
{
	const DmInvoice *x = *(DmInvoice *const *) a, *y = *(DmInvoice *const *) b;
	return g_date_compare(&x->due_date, &y->due_date);
}

DmDoc *
dm_overview_doc(const DmConfig *config, DmOverview *ov)
{
	const char *lang = config->language;
	g_autofree char *date = dm_date_iso(&ov->today);
	g_autofree char *title = g_strdup_printf("%s %s", dm_doc_say(lang, "dunmail: debiteuren op",
	                                         "dunmail: receivables on", "dunmail: Forderungen am"), date);
	DmDoc *doc = dm_doc_new(lang, title);
	DmDocSection *debtors = dm_doc_section(doc, dm_doc_say(lang, "Debiteuren", "Debtors", "Schuldner"));
	GPtrArray *all = dm_aging_debtors(ov->aging);
	for (guint i = 0; i < all->len; i++) {
		const DmDebtorStats *d = g_ptr_array_index(all, i);
		if (d->open_cents == 0)
			continue;
		if (debtors->items->len >= LIST_MAX) {
			debtors->more++;
			continue;
		}
		g_autofree char *open = dm_money_format(d->open_cents, d->currency, lang);
		DmDocItem *it = dm_doc_item(debtors, "%s%s%s%s: %s %s (%u %s)", d->name ? d->name : "",
		                            d->name ? " <" : "", d->email, d->name ? ">" : "", open,
		                            dm_doc_say(lang, "open", "open", "offen"), d->open_count,
		                            dm_doc_say(lang, "facturen", "invoices", "Rechnungen"));
		if (d->n_recent > 0)
			dm_doc_note(it, "%s %.0f (%s %.0f)", dm_doc_say(lang, "gemiddeld dagen te laat:",
			            "average days late:", "durchschnittlich Tage zu sp\xc3\xa4t:"), d->late_recent,
			            dm_doc_say(lang, "eerder", "before", "vorher"), d->late_before);
	}
	DmDocSection *unpaid = dm_doc_section(doc, dm_doc_say(lang, "Openstaande facturen, oudste eerst",
	                                                      "Unpaid invoices, oldest first",
	                                                      "Offene Rechnungen, \xc3\xa4lteste zuerst"));
	g_ptr_array_sort(ov->invoices, by_lateness);
	unpaid->more += ov->more_invoices;
	for (guint i = 0; i < ov->invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(ov->invoices, i);
		if (inv->status == DM_INVOICE_STATUS_PAID)
			continue;
		if (unpaid->items->len >= LIST_MAX) {
			unpaid->more++;
			continue;
		}
		g_autofree char *amount = inv->has_amount
			? dm_money_format(inv->amount_cents, inv->currency, lang) : g_strdup("?");
		g_autofree char *due = dm_date_iso(&inv->due_date);
		int late = g_date_days_between(&inv->due_date, &ov->today);
		g_autofree char *days = late > 0 ? g_strdup_printf(" +%d", late) : g_strdup("");
		dm_doc_item(unpaid, "%s %s%s%s%s, %s, %s %s%s (%s)", inv->number,
		            inv->debtor_name ? inv->debtor_name : "", inv->debtor_name ? " <" : "",
		            inv->debtor_email, inv->debtor_name ? ">" : "", amount,
		            dm_doc_say(lang, "vervalt", "due", "f\xc3\xa4llig"), due,
		            days, dm_invoice_status_name(inv->status));
	}
	doc->signals = dm_aging_signals(ov->aging, dm_receivable_limit, ov->limits);
	doc->aging = g_steal_pointer(&ov->aging);
	return doc;
}
