/* ubl: invoice facts from a UBL 2.x Invoice or CreditNote (Peppol BIS 3, SI-UBL / NLCIUS,
 * XRechnung UBL), read with libxml2 XPath over the UBL namespaces.
 *
 * Number cbc:ID; issue date cbc:IssueDate; due date cbc:DueDate, else the payment means' or
 * payment terms' PaymentDueDate; amount LegalMonetaryTotal/PayableAmount with its
 * @currencyID (else DocumentCurrencyCode); buyer name and e-mail from
 * AccountingCustomerParty; a term from PaymentTerms/Note ("Payment within 10 days").
 * Failures: none reported; a document that is not UBL gives NULL, a bad field is absent. */
#include "parser/invoice/dm-einvoice.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-dates.h"
#include "parser/invoice/dm-xml.h"
#include "common/dm-address.h"

#include <string.h>
#include <libxml/xpathInternals.h>

#define NS_INVOICE "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
#define NS_CREDIT  "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
#define NS_CAC     "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
#define NS_CBC     "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

static void
set_date(GDate *out, xmlXPathContextPtr ctx, const char *xpath)
{
	if (g_date_valid(out))
		return;
	g_autofree char *s = dm_xml_string(ctx, xpath);
	if (s)
		(void)dm_date_parse(s, NULL, out);
}

DmInvoiceFacts *
dm_ubl_extract(const char *xml, gsize len)
{
	xmlDocPtr doc = dm_xml_read(xml, len);
	if (!doc)
		return NULL;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	const char *ns = root->ns ? (const char *)root->ns->href : "";
	gboolean invoice = strcmp((const char *)root->name, "Invoice") == 0 &&
			   strcmp(ns, NS_INVOICE) == 0;
	gboolean credit = strcmp((const char *)root->name, "CreditNote") == 0 &&
			  strcmp(ns, NS_CREDIT) == 0;
	if (!invoice && !credit) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	if (!ctx) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlXPathRegisterNs(ctx, (const xmlChar *)"cac", (const xmlChar *)NS_CAC);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"cbc", (const xmlChar *)NS_CBC);

	DmInvoiceFacts *f = dm_invoice_facts_new();
	f->is_invoice = TRUE;
	f->source = DM_INVOICE_SOURCE_UBL;
	f->number = dm_xml_string(ctx, "/*/cbc:ID");
	set_date(&f->issue_date, ctx, "/*/cbc:IssueDate");
	set_date(&f->due_date, ctx, "/*/cbc:DueDate");
	set_date(&f->due_date, ctx, "/*/cac:PaymentMeans/cbc:PaymentDueDate");
	set_date(&f->due_date, ctx, "/*/cac:PaymentTerms/cbc:PaymentDueDate");

	g_autofree char *amount = dm_xml_string(ctx, "/*/cac:LegalMonetaryTotal/cbc:PayableAmount");
	gint64 cents;
	if (amount && dm_amount_parse_decimal(amount, &cents)) {
		f->has_amount = TRUE;
		f->amount_cents = cents;
	}
	g_autofree char *cur = dm_xml_string(
		ctx, "string(/*/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID)");
	if (!cur || !dm_amount_currency_valid(cur, f->currency)) {
		g_autofree char *doc_cur = dm_xml_string(ctx, "/*/cbc:DocumentCurrencyCode");
		(void)dm_amount_currency_valid(doc_cur, f->currency);
	}

	g_autofree char *mail = dm_xml_string(
		ctx, "/*/cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ElectronicMail");
	if (!mail)
		mail = dm_xml_string(ctx, "(/*/cac:AccountingCustomerParty//cbc:ElectronicMail)[1]");
	if (!mail)
		mail = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
					  "cbc:EndpointID[@schemeID='EM']");
	if (mail)
		f->debtor_email = dm_address_normalize(mail);
	f->debtor_name = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
					    "cac:PartyLegalEntity/cbc:RegistrationName");
	if (!f->debtor_name)
		f->debtor_name = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
						    "cac:PartyName/cbc:Name");
	g_autofree char *terms = dm_xml_string(ctx, "/*/cac:PaymentTerms/cbc:Note");
	if (terms)
		f->payment_term_days = dm_invoice_text_term(terms);

	xmlXPathFreeContext(ctx);
	xmlFreeDoc(doc);
	return f;
}

DmInvoiceFacts *
dm_einvoice_xml_extract(const char *xml, gsize len)
{
	DmInvoiceFacts *f = dm_ubl_extract(xml, len);
	return f ? f : dm_cii_extract(xml, len);
}
