/* ubl: invoice facts from a UBL 2.x Invoice or CreditNote (Peppol BIS 3, SI-UBL / NLCIUS,
 * XRechnung UBL), read with libxml2 XPath over the UBL namespaces.
 *
 * Number cbc:ID; issue date cbc:IssueDate; due date cbc:DueDate, else the payment means' or
 * payment terms' PaymentDueDate; amount LegalMonetaryTotal/PayableAmount with its
 * @currencyID (else DocumentCurrencyCode); buyer name and e-mail from
 * AccountingCustomerParty; a term from PaymentTerms/Note ("Payment within 10 days").
 * Failures: none reported; a bad field is absent. */
#include "parser/invoice/dm-ubl.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-xml.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-terms.h"
#include "common/dm-address.h"

#include <string.h>
#include <libxml/xpathInternals.h>

#define NS_CAC "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
#define NS_CBC "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

void
dm_ubl_read(xmlXPathContextPtr ctx, DmInvoiceFacts *f)
{
	g_return_if_fail(ctx != NULL && f != NULL);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"cac", (const xmlChar *)NS_CAC);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"cbc", (const xmlChar *)NS_CBC);

	dm_invoice_facts_set_string(&f->number, dm_xml_string(ctx, "/*/cbc:ID"));
	dm_xml_date(ctx, "/*/cbc:IssueDate", &f->issue_date);
	dm_xml_date(ctx, "/*/cbc:DueDate", &f->due_date);
	dm_xml_date(ctx, "/*/cac:PaymentMeans/cbc:PaymentDueDate", &f->due_date);
	dm_xml_date(ctx, "/*/cac:PaymentTerms/cbc:PaymentDueDate", &f->due_date);

	/* The currency first: it says how many decimals an amount has (JPY none, BHD three). */
	if (!f->currency[0]) {
		g_autofree char *cur = dm_xml_string(
			ctx, "string(/*/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID)");
		if (!cur || !dm_amount_currency_valid(cur, f->currency)) {
			g_autofree char *doc_cur = dm_xml_string(ctx, "/*/cbc:DocumentCurrencyCode");
			(void)dm_amount_currency_valid(doc_cur, f->currency);
		}
	}
	(void)dm_xml_amount(ctx, "/*/cac:LegalMonetaryTotal/cbc:PayableAmount", f);

	g_autofree char *mail = dm_xml_string(
		ctx, "/*/cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ElectronicMail");
	if (!mail)
		mail = dm_xml_string(ctx, "(/*/cac:AccountingCustomerParty//cbc:ElectronicMail)[1]");
	if (!mail)
		mail = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
					  "cbc:EndpointID[@schemeID='EM']");
	if (mail)
		dm_invoice_facts_set_string(&f->debtor_email, dm_address_normalize(mail));
	g_autofree char *name = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
						 "cac:PartyLegalEntity/cbc:RegistrationName");
	if (!name)
		name = dm_xml_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/"
					  "cac:PartyName/cbc:Name");
	dm_invoice_facts_set_string(&f->debtor_name, g_steal_pointer(&name));
	static const DmXmlPaths paths = {
		.total = "/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",
		.iban = "(/*/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID)[1]",
		.reference = "(/*/cac:PaymentMeans/cbc:PaymentID)[1]",
		.buyer_tax = "(/*/cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"
			     "|/*/cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID)[1]",
		.type_code = "/*/cbc:InvoiceTypeCode|/*/cbc:CreditNoteTypeCode",
		.credit_root = "local-name(/*) = 'CreditNote'",
		.credited = "(/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"
			    "|/*/cac:DiscrepancyResponse/cbc:ReferenceID)[1]",
		/* UBL has no language of the document, only of its texts. */
		.language = "(/*/cbc:Note/@languageID|/*/cac:PaymentTerms/cbc:Note/@languageID)[1]",
	};
	dm_xml_extras(ctx, &paths, f);
	g_autofree char *terms = dm_xml_string(ctx, "/*/cac:PaymentTerms/cbc:Note");
	if (terms && !f->payment_term_days)
		f->payment_term_days = dm_payment_term_days(terms, strlen(terms));
}
