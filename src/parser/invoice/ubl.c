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
#include "parser/text/dm-terms.h"

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

	dm_xml_set_string(ctx, "/*/cbc:ID", "number", &f->number, f);
	dm_xml_date(ctx, "/*/cbc:IssueDate", "issue_date", &f->issue_date, f);
	dm_xml_date(ctx, "/*/cbc:DueDate", "due_date", &f->due_date, f);
	dm_xml_date(ctx, "/*/cac:PaymentMeans/cbc:PaymentDueDate", "due_date", &f->due_date, f);
	dm_xml_date(ctx, "/*/cac:PaymentTerms/cbc:PaymentDueDate", "due_date", &f->due_date, f);

	/* The currency first: it says how many decimals an amount has (JPY none, BHD three). */
	static const char *const currency[] = {
		"string(/*/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID)",
		"/*/cbc:DocumentCurrencyCode", NULL
	};
	dm_xml_currency(ctx, currency, f);
	(void)dm_xml_amount(ctx, "/*/cac:LegalMonetaryTotal/cbc:PayableAmount", f);

	static const char *const mail[] = {
		"/*/cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ElectronicMail",
		"(/*/cac:AccountingCustomerParty//cbc:ElectronicMail)[1]",
		"/*/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID[@schemeID='EM']", NULL
	};
	dm_xml_email(ctx, mail, f);
	if (!dm_xml_set_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
			       "debtor_name", &f->debtor_name, f))
		dm_xml_set_string(ctx, "/*/cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name",
				  "debtor_name", &f->debtor_name, f);
	/* The seller's names, which a text reader must never take for the debtor's. */
	dm_invoice_facts_add_seller_name(f, dm_xml_string(ctx, "/*/cac:AccountingSupplierParty/cac:Party/"
							      "cac:PartyLegalEntity/cbc:RegistrationName"));
	dm_invoice_facts_add_seller_name(f, dm_xml_string(ctx, "/*/cac:AccountingSupplierParty/cac:Party/"
							      "cac:PartyName/cbc:Name"));
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
	if (terms && !f->payment_term_days &&
	    (f->payment_term_days = dm_payment_term_days(terms, strlen(terms))) > 0)
		dm_invoice_facts_explain(f, "due_date", "xml /*/cac:PaymentTerms/cbc:Note, a term of %d days",
					 f->payment_term_days);
}
