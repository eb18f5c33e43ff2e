/* facts: the one invoice-facts record (DmInvoiceFacts) and the rule every source fills
 * it by: only what is still empty, so the order of the sources is their order of trust.
 * Failures: none; NULL facts are programmer errors (g_return_if_fail). */
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-seller-domain.h"
#include "common/dm-money.h"

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

static const char *const field_names[DM_INVOICE_N_FIELDS] = {
	[DM_INVOICE_FIELD_NUMBER] = "number",
	[DM_INVOICE_FIELD_AMOUNT_DUE] = "amount_due",
	[DM_INVOICE_FIELD_CURRENCY] = "currency",
	[DM_INVOICE_FIELD_ISSUE_DATE] = "issue_date",
	[DM_INVOICE_FIELD_DUE_DATE] = "due_date",
	[DM_INVOICE_FIELD_DEBTOR_EMAIL] = "debtor_email",
	[DM_INVOICE_FIELD_DEBTOR_NAME] = "debtor_name",
	[DM_INVOICE_FIELD_AMOUNT_TOTAL] = "amount_total",
	[DM_INVOICE_FIELD_PAYMENT_REFERENCE] = "payment_reference",
	[DM_INVOICE_FIELD_IBAN] = "iban",
	[DM_INVOICE_FIELD_BUSINESS] = "business",
	[DM_INVOICE_FIELD_CREDIT_REFERENCE] = "credit_reference",
};

const char *
dm_invoice_field_name(DmInvoiceField field)
{
	g_return_val_if_fail(field < DM_INVOICE_N_FIELDS, NULL);
	return field_names[field];
}

const char *
dm_invoice_debtor_kind_name(DmInvoiceDebtorKind kind)
{
	switch (kind) {
	case DM_INVOICE_DEBTOR_BUSINESS:
		return "business";
	case DM_INVOICE_DEBTOR_CONSUMER:
		return "consumer";
	case DM_INVOICE_DEBTOR_UNKNOWN:
	default:
		return "unknown";
	}
}

/* TRUE when @f holds a value for @field.  The debtor's kind is a value once a source said
 * business or consumer; unknown is no value. */
static gboolean
field_is_set(const DmInvoiceFacts *f, DmInvoiceField field)
{
	switch (field) {
	case DM_INVOICE_FIELD_NUMBER: return f->number != NULL;
	case DM_INVOICE_FIELD_AMOUNT_DUE: return f->has_amount;
	case DM_INVOICE_FIELD_CURRENCY: return f->currency[0] != '\0';
	case DM_INVOICE_FIELD_ISSUE_DATE: return g_date_valid(&f->issue_date);
	case DM_INVOICE_FIELD_DUE_DATE: return g_date_valid(&f->due_date) || f->payment_term_days > 0;
	case DM_INVOICE_FIELD_DEBTOR_EMAIL: return f->debtor_email != NULL;
	case DM_INVOICE_FIELD_DEBTOR_NAME: return f->debtor_name != NULL;
	case DM_INVOICE_FIELD_AMOUNT_TOTAL: return f->has_total;
	case DM_INVOICE_FIELD_PAYMENT_REFERENCE: return f->payment_reference != NULL;
	case DM_INVOICE_FIELD_IBAN: return f->iban != NULL;
	case DM_INVOICE_FIELD_BUSINESS: return f->debtor_kind != DM_INVOICE_DEBTOR_UNKNOWN;
	case DM_INVOICE_FIELD_CREDIT_REFERENCE: return f->credit_reference != NULL;
	case DM_INVOICE_N_FIELDS:
	default: return FALSE;
	}
}

void
dm_invoice_facts_mark_sources(DmInvoiceFacts *facts, const char *source)
{
	g_return_if_fail(facts != NULL && source != NULL);
	for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
		if (!facts->field_source[i] && field_is_set(facts, (DmInvoiceField) i))
			facts->field_source[i] = g_intern_string(source);
}

char *
dm_invoice_facts_sources_text(const DmInvoiceFacts *facts)
{
	g_return_val_if_fail(facts != NULL, NULL);
	GString *out = g_string_new(NULL);
	for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
		if (facts->field_source[i])
			g_string_append_printf(out, "%s%s=%s", out->len ? " " : "", field_names[i],
					       facts->field_source[i]);
	return g_string_free(out, FALSE);
}

void
dm_invoice_facts_sources_parse(DmInvoiceFacts *facts, const char *text)
{
	g_return_if_fail(facts != NULL);
	g_auto(GStrv) pairs = g_strsplit(text ? text : "", " ", -1);
	for (char **p = pairs; *p; p++) {
		char *eq = strchr(*p, '=');
		if (!eq || !eq[1])
			continue;
		*eq = '\0';
		for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
			if (strcmp(*p, field_names[i]) == 0)
				facts->field_source[i] = g_intern_string(eq + 1);
	}
}

DmInvoiceFacts *
dm_invoice_facts_new(void)
{
	DmInvoiceFacts *f = g_new0(DmInvoiceFacts, 1);
	g_date_clear(&f->issue_date, 1);
	g_date_clear(&f->due_date, 1);
	f->explain = g_ptr_array_new_with_free_func(g_free);
	f->disagreements = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_disagreement_free);
	f->seller_names = g_ptr_array_new_with_free_func(g_free);
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
	g_free(facts->debtor_kind_why);
	g_free(facts->language);
	g_free(facts->payment_reference);
	g_free(facts->iban);
	dm_not_invoice_reason_free(facts->not_invoice);
	g_free(facts->credit_reference);
	g_clear_pointer(&facts->explain, g_ptr_array_unref);
	g_clear_pointer(&facts->disagreements, g_ptr_array_unref);
	g_clear_pointer(&facts->seller_names, g_ptr_array_unref);
	g_free(facts->seller_domain);
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
dm_invoice_facts_set_debtor_kind(DmInvoiceFacts *facts, DmInvoiceDebtorKind kind, const char *source,
				 char *why)
{
	g_autofree char *owned = why;
	g_return_if_fail(facts != NULL && kind != DM_INVOICE_DEBTOR_UNKNOWN && why != NULL);
	if (facts->debtor_kind != DM_INVOICE_DEBTOR_UNKNOWN)
		return;
	facts->debtor_kind = kind;
	dm_invoice_facts_explain(facts, "business", "%s%s%s", source ? source : "", source ? ", " : "",
				 owned);
	g_free(facts->debtor_kind_why);
	facts->debtor_kind_why = g_steal_pointer(&owned);
}

/* (transfer full) @minor in @currency's units as a plain decimal ("1250.00", "1250" for
 * JPY): the form both sources are shown in when they disagree. */
static char *
plain_amount(gint64 minor, const char *currency)
{
	int digits = dm_money_minor_digits(currency);
	gint64 scale = 1;
	for (int i = 0; i < digits; i++)
		scale *= 10;
	guint64 a = minor < 0 ? (guint64) -minor : (guint64) minor;
	if (digits == 0)
		return g_strdup_printf("%s%" G_GUINT64_FORMAT, minor < 0 ? "-" : "", a);
	return g_strdup_printf("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, minor < 0 ? "-" : "",
			       a / (guint64) scale, digits, a % (guint64) scale);
}

static char *
plain_date(const GDate *d)
{
	char buf[16];
	g_date_strftime(buf, sizeof buf, "%Y-%m-%d", d);
	return g_strdup(buf);
}

DmInvoiceDisagreement *
dm_invoice_disagreement_new(DmInvoiceField field, const char *kept, const char *ours,
			    const char *other, const char *theirs)
{
	g_return_val_if_fail(field < DM_INVOICE_N_FIELDS, NULL);
	DmInvoiceDisagreement *d = g_new0(DmInvoiceDisagreement, 1);
	d->field = field;
	d->kept = g_strdup(kept);
	d->ours = g_strdup(ours);
	d->other = g_strdup(other);
	d->theirs = g_strdup(theirs);
	return d;
}

void
dm_invoice_disagreement_free(DmInvoiceDisagreement *d)
{
	if (!d)
		return;
	g_free(d->kept);
	g_free(d->ours);
	g_free(d->other);
	g_free(d->theirs);
	g_free(d);
}

char *
dm_invoice_disagreement_text(const DmInvoiceDisagreement *d)
{
	g_return_val_if_fail(d != NULL, NULL);
	return g_strdup_printf("%s: %s says %s, %s says %s; kept %s", dm_invoice_field_name(d->field),
			       d->kept, d->ours, d->other, d->theirs, d->kept);
}

/* Records that @into and @from state @field differently (@ours, @theirs: the values). */
static void
disagree(DmInvoiceFacts *into, const DmInvoiceFacts *from, DmInvoiceField field, const char *ours,
	 const char *theirs)
{
	const char *kept = into->field_source[field] ? into->field_source[field]
			 : into->is_invoice ? dm_invoice_source_name(into->source) : NULL;
	const char *other = dm_invoice_source_name(from->source);
	if (!kept)
		kept = "the first source";
	if (!other)
		other = "another source";
	g_ptr_array_add(into->disagreements, dm_invoice_disagreement_new(field, kept, ours, other, theirs));
}

/* Compares the fields that a misreading or a changed document could make differ: the
 * number, the amounts, the currency, the dates and the payment identifiers. */
static void
compare(DmInvoiceFacts *into, const DmInvoiceFacts *from)
{
	if (into->number && from->number && g_ascii_strcasecmp(into->number, from->number) != 0)
		disagree(into, from, DM_INVOICE_FIELD_NUMBER, into->number, from->number);
	if (into->currency[0] && from->currency[0] && strcmp(into->currency, from->currency) != 0)
		disagree(into, from, DM_INVOICE_FIELD_CURRENCY, into->currency, from->currency);
	else if (into->has_amount && from->has_amount && into->amount_cents != from->amount_cents) {
		g_autofree char *a = plain_amount(into->amount_cents, into->currency);
		g_autofree char *b = plain_amount(from->amount_cents, into->currency);
		disagree(into, from, DM_INVOICE_FIELD_AMOUNT_DUE, a, b);
	}
	struct { DmInvoiceField field; const GDate *a, *b; } dates[] = {
		{ DM_INVOICE_FIELD_ISSUE_DATE, &into->issue_date, &from->issue_date },
		{ DM_INVOICE_FIELD_DUE_DATE, &into->due_date, &from->due_date },
	};
	for (guint i = 0; i < G_N_ELEMENTS(dates); i++)
		if (g_date_valid(dates[i].a) && g_date_valid(dates[i].b) &&
		    g_date_compare(dates[i].a, dates[i].b) != 0) {
			g_autofree char *a = plain_date(dates[i].a), *b = plain_date(dates[i].b);
			disagree(into, from, dates[i].field, a, b);
		}
	if (into->iban && from->iban && strcmp(into->iban, from->iban) != 0)
		disagree(into, from, DM_INVOICE_FIELD_IBAN, into->iban, from->iban);
}

void
dm_invoice_facts_fill(DmInvoiceFacts *into, const DmInvoiceFacts *from)
{
	g_return_if_fail(into != NULL && from != NULL);
	compare(into, from);
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
	dm_invoice_facts_set_string(&into->credit_reference, g_strdup(from->credit_reference));
	if (into->debtor_kind == DM_INVOICE_DEBTOR_UNKNOWN && from->debtor_kind != DM_INVOICE_DEBTOR_UNKNOWN) {
		into->debtor_kind = from->debtor_kind;
		g_free(into->debtor_kind_why);
		into->debtor_kind_why = g_strdup(from->debtor_kind_why);
	}
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

void
dm_invoice_facts_add_seller_name(DmInvoiceFacts *facts, char *name)
{
	g_return_if_fail(facts != NULL);
	if (name && *g_strstrip(name))
		g_ptr_array_add(facts->seller_names, g_utf8_casefold(name, -1));
	g_free(name);
}

/* TRUE when @words stand in @text as whole words (both casefolded). */
static gboolean
has_words(const char *text, const char *words)
{
	gsize n = strlen(words);
	for (const char *p = strstr(text, words); p; p = strstr(p + 1, words)) {
		gboolean starts = p == text || p[-1] == ' ';
		gboolean ends = p[n] == '\0' || p[n] == ' ';
		if (starts && ends)
			return TRUE;
	}
	return FALSE;
}

void
dm_invoice_facts_set_seller_domain(DmInvoiceFacts *facts, const char *address)
{
	g_return_if_fail(facts != NULL);
	g_free(facts->seller_domain);
	facts->seller_domain = dm_seller_domain_label(address);
}

gboolean
dm_invoice_facts_is_seller_name(const DmInvoiceFacts *facts, const char *name)
{
	g_return_val_if_fail(facts != NULL, FALSE);
	if (!name || !*name)
		return FALSE;
	if (dm_seller_domain_spells(facts->seller_domain, name))
		return TRUE;
	g_autofree char *folded = g_utf8_casefold(name, -1);
	gsize n = strlen(folded);
	for (guint i = 0; i < facts->seller_names->len; i++) {
		const char *own = g_ptr_array_index(facts->seller_names, i);
		if (strcmp(own, folded) == 0)
			return TRUE;
		/* Short names ("Jan") begin too many others' names to count as a prefix. */
		if (n >= 5 && g_str_has_prefix(own, folded) && !g_unichar_isalnum(g_utf8_get_char(own + n)))
			return TRUE;
		/* A sole trader's firm is its owner's full name and the trade ("Dave Pritchard"
		 * sends for "Dave Pritchard Plumbing & Heating", "Nadja Bühler" for "Atelier
		 * Nadja Bühler"): the letterhead, not the customer.  A full name only, two words
		 * at least: one ("Jan", "Info", "Acme") is part of too many others' names. */
		if (strchr(own, ' ') && strlen(own) >= 8 && has_words(folded, own))
			return TRUE;
	}
	return FALSE;
}
