/* facts: the one invoice-facts record (DmInvoiceFacts) and the rule every source fills
 * it by: only what is still empty, so the order of the sources is their order of trust.
 * Failures: none; NULL facts are programmer errors (g_return_if_fail). */
#include "parser/invoice/dm-invoice-facts.h"

#include <stdarg.h>
#include <string.h>

const char *
dm_invoice_source_name(DmInvoiceSource source)
{
	switch (source) {
	case DM_INVOICE_SOURCE_UBL:
		return "ubl";
	case DM_INVOICE_SOURCE_FACTURX:
		return "facturx";
	case DM_INVOICE_SOURCE_PDF:
		return "pdf";
	case DM_INVOICE_SOURCE_BODY:
		return "body";
	case DM_INVOICE_SOURCE_NONE:
	default:
		return NULL;
	}
}

DmInvoiceFacts *
dm_invoice_facts_new(void)
{
	DmInvoiceFacts *f = g_new0(DmInvoiceFacts, 1);
	g_date_clear(&f->issue_date, 1);
	g_date_clear(&f->due_date, 1);
	f->explain = g_ptr_array_new_with_free_func(g_free);
	return f;
}

void
dm_invoice_facts_free(DmInvoiceFacts *facts)
{
	if (!facts)
		return;
	g_free(facts->number);
	g_free(facts->debtor_email);
	g_free(facts->debtor_name);
	g_free(facts->language);
	g_free(facts->payment_reference);
	g_free(facts->iban);
	g_free(facts->not_invoice);
	g_clear_pointer(&facts->explain, g_ptr_array_unref);
	g_free(facts);
}

void
dm_invoice_facts_claim(DmInvoiceFacts *facts, DmInvoiceSource source)
{
	g_return_if_fail(facts != NULL);
	if (facts->is_invoice)
		return;
	facts->is_invoice = TRUE;
	facts->source = source;
}

void
dm_invoice_facts_set_string(char **field, char *value)
{
	g_return_if_fail(field != NULL);
	if (*field == NULL)
		*field = value;
	else
		g_free(value);
}

void
dm_invoice_facts_set_date(GDate *field, const GDate *value)
{
	g_return_if_fail(field != NULL && value != NULL);
	if (!g_date_valid(field) && g_date_valid(value))
		*field = *value;
}

void
dm_invoice_facts_set_amount(DmInvoiceFacts *facts, gint64 cents)
{
	g_return_if_fail(facts != NULL);
	if (facts->has_amount)
		return;
	facts->has_amount = TRUE;
	facts->amount_cents = cents;
}

void
dm_invoice_facts_explain(DmInvoiceFacts *facts, const char *field, const char *where, ...)
{
	g_return_if_fail(facts != NULL && field != NULL && where != NULL);
	va_list ap;
	va_start(ap, where);
	g_autofree char *text = g_strdup_vprintf(where, ap);
	va_end(ap);
	g_ptr_array_add(facts->explain, g_strdup_printf("%s: %s", field, text));
}

void
dm_invoice_facts_fill(DmInvoiceFacts *into, const DmInvoiceFacts *from)
{
	g_return_if_fail(into != NULL && from != NULL);
	/* The amount and its currency belong together: take the currency with the amount. */
	if (!into->has_amount && from->has_amount)
		memcpy(into->currency, from->currency, sizeof into->currency);
	if (from->has_amount)
		dm_invoice_facts_set_amount(into, from->amount_cents);
	if (!into->currency[0] && from->currency[0])
		memcpy(into->currency, from->currency, sizeof into->currency);
	dm_invoice_facts_set_string(&into->number, g_strdup(from->number));
	dm_invoice_facts_set_date(&into->issue_date, &from->issue_date);
	dm_invoice_facts_set_date(&into->due_date, &from->due_date);
	if (!into->payment_term_days)
		into->payment_term_days = from->payment_term_days;
	dm_invoice_facts_set_string(&into->debtor_email, g_strdup(from->debtor_email));
	dm_invoice_facts_set_string(&into->debtor_name, g_strdup(from->debtor_name));
	dm_invoice_facts_set_string(&into->language, g_strdup(from->language));
	if (!into->has_total && from->has_total) {
		into->has_total = TRUE;
		into->amount_total_cents = from->amount_total_cents;
	}
	dm_invoice_facts_set_string(&into->payment_reference, g_strdup(from->payment_reference));
	dm_invoice_facts_set_string(&into->iban, g_strdup(from->iban));
	into->business = into->business || from->business;
	/* Whether it is a credit note is the claiming source's word, not a later one's. */
	if (!into->is_invoice)
		into->credit_note = into->credit_note || from->credit_note;
	for (guint i = 0; i < from->explain->len; i++)
		g_ptr_array_add(into->explain, g_strdup(g_ptr_array_index(from->explain, i)));
}

void
dm_invoice_facts_settle_due(DmInvoiceFacts *facts, const GDate *fallback)
{
	g_return_if_fail(facts != NULL);
	if (g_date_valid(&facts->due_date) || facts->payment_term_days <= 0)
		return;
	const GDate *base = g_date_valid(&facts->issue_date) ? &facts->issue_date : fallback;
	if (!base || !g_date_valid(base))
		return;
	facts->due_date = *base;
	g_date_add_days(&facts->due_date, (guint)facts->payment_term_days);
}
