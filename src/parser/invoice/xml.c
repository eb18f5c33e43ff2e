/* xml: libxml2 set up for hostile e-invoice attachments, and the XPath field readers.
 *
 * Documents are parsed without network access, without loading DTDs and without entity
 * substitution; libxml2's own amplification limits stay on (no XML_PARSE_HUGE).
 * Failures: none reported; bad XML gives NULL (the caller treats it as "not an invoice");
 * libxml2's own error output is switched off per parse (NOERROR, NOWARNING). */
#include "parser/invoice/dm-xml.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/text/dm-amount.h"
#include "common/dm-money.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-dates.h"
#include "common/dm-address.h"

#include <string.h>
#include <libxml/parser.h>

xmlDocPtr
dm_xml_read(const char *data, gsize len)
{
	if (!data || len == 0 || len > DM_MAX_ATTACHMENT_BYTES)
		return NULL;
	xmlDocPtr doc = xmlReadMemory(data, (int)len, NULL, NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
				      XML_PARSE_NOCDATA);
	if (doc && !xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

char *
dm_xml_string(xmlXPathContextPtr ctx, const char *xpath)
{
	g_return_val_if_fail(ctx != NULL && xpath != NULL, NULL);
	xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
	if (!res)
		return NULL;
	char *out = NULL;
	xmlChar *content = NULL;
	if (res->type == XPATH_NODESET && res->nodesetval && res->nodesetval->nodeNr > 0)
		content = xmlNodeGetContent(res->nodesetval->nodeTab[0]);
	else if (res->type == XPATH_STRING && res->stringval)
		content = xmlStrdup(res->stringval);
	xmlXPathFreeObject(res);
	if (!content)
		return NULL;
	gsize n = strlen((const char *)content);
	g_autofree char *valid = g_utf8_make_valid((const char *)content, MIN(n, 256));
	xmlFree(content);
	for (char *p = valid; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	g_strstrip(valid);
	if (*valid) {
		/* make_valid can cut a character in half at 256; it was replaced, so fine. */
		out = g_steal_pointer(&valid);
	}
	return out;
}

char *
dm_xml_first(xmlXPathContextPtr ctx, const char *const *xpaths, const char **which)
{
	for (const char *const *p = xpaths; *p; p++) {
		char *s = dm_xml_string(ctx, *p);
		if (s) {
			*which = *p;
			return s;
		}
	}
	*which = NULL;
	return NULL;
}

gboolean
dm_xml_set_string(xmlXPathContextPtr ctx, const char *xpath, const char *name, char **field,
		  DmInvoiceFacts *facts)
{
	if (*field)
		return FALSE;
	*field = dm_xml_string(ctx, xpath);
	if (*field)
		dm_invoice_facts_explain(facts, name, "xml %s", xpath);
	return *field != NULL;
}

void
dm_xml_date(xmlXPathContextPtr ctx, const char *xpath, const char *name, GDate *field,
	    DmInvoiceFacts *facts)
{
	if (g_date_valid(field))
		return;
	g_autofree char *s = dm_xml_string(ctx, xpath);
	GDate d;
	if (!s || !dm_date_parse(s, NULL, &d))
		return;
	dm_invoice_facts_set_date(field, &d);
	dm_invoice_facts_explain(facts, name, "xml %s", xpath);
}

gboolean
dm_xml_amount(xmlXPathContextPtr ctx, const char *xpath, DmInvoiceFacts *facts)
{
	if (facts->has_amount)
		return FALSE;
	g_autofree char *s = dm_xml_string(ctx, xpath);
	gint64 cents;
	if (!s || !dm_amount_parse_decimal_minor(s, dm_money_minor_digits(facts->currency), &cents))
		return FALSE;
	dm_invoice_facts_set_amount(facts, cents);
	dm_invoice_facts_explain(facts, "amount_due", "xml %s", xpath);
	return TRUE;
}

void
dm_xml_currency(xmlXPathContextPtr ctx, const char *const *xpaths, DmInvoiceFacts *facts)
{
	for (const char *const *p = xpaths; *p && !facts->currency[0]; p++) {
		g_autofree char *code = dm_xml_string(ctx, *p);
		if (code && dm_amount_currency_valid(code, facts->currency))
			dm_invoice_facts_explain(facts, "currency", "xml %s", *p);
	}
}

void
dm_xml_email(xmlXPathContextPtr ctx, const char *const *xpaths, DmInvoiceFacts *facts)
{
	if (facts->debtor_email)
		return;
	for (const char *const *p = xpaths; *p && !facts->debtor_email; p++) {
		g_autofree char *mail = dm_xml_string(ctx, *p);
		if (mail)
			facts->debtor_email = dm_address_normalize(g_str_has_prefix(mail, "mailto:") ? mail + 7 : mail);
		if (facts->debtor_email)
			dm_invoice_facts_explain(facts, "debtor_email", "xml %s", *p);
	}
}

/* TRUE when the XPath boolean @xpath holds. */
static gboolean
xml_true(xmlXPathContextPtr ctx, const char *xpath)
{
	xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
	gboolean yes = res && xmlXPathCastToBoolean(res);
	xmlXPathFreeObject(res);
	return yes;
}

/* Sets the language of @f, when still unknown, from the code @xpath selects: its primary
 * subtag ("de-AT" is "de"), when it is one the reminders are written in. */
static void
language_hint(xmlXPathContextPtr ctx, const char *xpath, DmInvoiceFacts *f)
{
	static const char *const known[] = { "nl", "en", "de", NULL };
	g_autofree char *code = xpath ? dm_xml_string(ctx, xpath) : NULL;
	if (f->language || !code || strlen(code) < 2 || (code[2] && code[2] != '-' && code[2] != '_'))
		return;
	g_autofree char *primary = g_ascii_strdown(code, 2);
	if (!g_strv_contains(known, primary))
		return;
	f->language = g_steal_pointer(&primary);
	dm_invoice_facts_explain(f, "language", "xml %s", xpath);
}

void
dm_xml_extras(xmlXPathContextPtr ctx, const DmXmlPaths *paths, DmInvoiceFacts *f)
{
	g_autofree char *total = dm_xml_string(ctx, paths->total);
	gint64 cents;
	if (!f->has_total && total &&
	    dm_amount_parse_decimal_minor(total, dm_money_minor_digits(f->currency), &cents)) {
		f->has_total = TRUE;
		f->amount_total_cents = cents;
		dm_invoice_facts_explain(f, "amount_total", "xml %s", paths->total);
	}
	g_autofree char *iban = dm_xml_string(ctx, paths->iban);
	if (!f->iban && (f->iban = dm_iban_normalize(iban)))
		dm_invoice_facts_explain(f, "iban", "xml %s", paths->iban);
	g_autofree char *ref = dm_xml_string(ctx, paths->reference);
	if (!f->payment_reference && ref) {
		f->payment_reference = dm_payment_reference_normalize(ref);
		dm_invoice_facts_explain(f, "payment_reference", "xml %s", paths->reference);
	}
	language_hint(ctx, paths->language, f);
	g_autofree char *tax = dm_xml_string(ctx, paths->buyer_tax);
	if (tax) {
		g_autofree char *clean = g_strstrip(g_strdup(tax));
		g_autofree char *path = g_strdup_printf("xml %s", paths->buyer_tax);
		dm_invoice_facts_set_debtor_kind(f, DM_INVOICE_DEBTOR_BUSINESS, path,
						 g_strdup_printf("the buyer's VAT number %s in the e-invoice", clean));
	}
	g_autofree char *type = dm_xml_string(ctx, paths->type_code);
	gboolean credit = g_strcmp0(type, "381") == 0 ||
			  (paths->credit_root && xml_true(ctx, paths->credit_root));
	if (credit) {
		f->credit_note = TRUE;
		f->amount_cents = -ABS(f->amount_cents);
		f->amount_total_cents = -ABS(f->amount_total_cents);
		dm_invoice_facts_explain(f, "credit_note", "xml %s", type ? paths->type_code : paths->credit_root);
		g_autofree char *credited = dm_xml_string(ctx, paths->credited);
		if (!f->credit_reference && credited) {
			f->credit_reference = g_steal_pointer(&credited);
			dm_invoice_facts_explain(f, "credit_reference", "xml %s", paths->credited);
		}
	}
}
