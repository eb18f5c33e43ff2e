/* cii: invoice facts from a UN/CEFACT Cross Industry Invoice, the XML inside Factur-X,
 * ZUGFeRD 2 and XRechnung CII (and ZUGFeRD 1's CrossIndustryDocument, same shape under
 * older names).
 *
 * Paths use local names rather than one namespace URI, because the 100 (D16B) and the
 * ZUGFeRD 1 (D12/13) vocabularies differ in URI but not in the fields we read:
 * ExchangedDocument/ID, IssueDateTime/DateTimeString (format 102, CCYYMMDD), the payment
 * terms' DueDateDateTime, the settlement summation's DuePayableAmount (else
 * GrandTotalAmount), InvoiceCurrencyCode, and the buyer's name and e-mail address.
 * Failures: none reported; a document that is not CII gives NULL, a bad field is absent. */
#include "parser/invoice/dm-einvoice.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-dates.h"
#include "parser/invoice/dm-xml.h"
#include "common/dm-address.h"

#include <string.h>

#define L(name) "*[local-name()='" name "']"
#define DOC "/*/" L("ExchangedDocument") "|/*/" L("HeaderExchangedDocument")
/* The header settlement: ApplicableHeaderTradeSettlement (CII D16B) or
 * ApplicableSupplyChainTradeSettlement (ZUGFeRD 1). */
#define SETTLE "/*/" L("SupplyChainTradeTransaction") "/*[local-name()='ApplicableHeaderTradeSettlement' or local-name()='ApplicableSupplyChainTradeSettlement']"
#define AGREE "/*/" L("SupplyChainTradeTransaction") "/*[local-name()='ApplicableHeaderTradeAgreement' or local-name()='ApplicableSupplyChainTradeAgreement']"
#define SUMMATION SETTLE "/*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation' or local-name()='SpecifiedTradeSettlementMonetarySummation']"

static gboolean
read_amount(xmlXPathContextPtr ctx, const char *path, DmInvoiceFacts *f)
{
	g_autofree char *s = dm_xml_string(ctx, path);
	gint64 cents;
	if (!s || !dm_amount_parse_decimal(s, &cents))
		return FALSE;
	f->has_amount = TRUE;
	f->amount_cents = cents;
	return TRUE;
}

DmInvoiceFacts *
dm_cii_extract(const char *xml, gsize len)
{
	xmlDocPtr doc = dm_xml_read(xml, len);
	if (!doc)
		return NULL;
	const char *root = dm_xml_root_name(doc);
	if (!root || (strcmp(root, "CrossIndustryInvoice") != 0 &&
		      strcmp(root, "CrossIndustryDocument") != 0)) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	if (!ctx) {
		xmlFreeDoc(doc);
		return NULL;
	}
	DmInvoiceFacts *f = dm_invoice_facts_new();
	f->is_invoice = TRUE;
	f->source = DM_INVOICE_SOURCE_FACTURX;
	f->number = dm_xml_string(ctx, "(" DOC ")/" L("ID"));

	g_autofree char *issued = dm_xml_string(ctx, "(" DOC ")/" L("IssueDateTime") "/" L("DateTimeString"));
	if (issued)
		(void)dm_date_parse(issued, NULL, &f->issue_date);
	g_autofree char *due = dm_xml_string(
		ctx, "(" SETTLE "/" L("SpecifiedTradePaymentTerms") "/" L("DueDateDateTime") "/" L("DateTimeString") ")[1]");
	if (due)
		(void)dm_date_parse(due, NULL, &f->due_date);

	if (!read_amount(ctx, "(" SUMMATION "/" L("DuePayableAmount") ")[1]", f))
		(void)read_amount(ctx, "(" SUMMATION "/" L("GrandTotalAmount") ")[1]", f);
	g_autofree char *cur = dm_xml_string(ctx, SETTLE "/" L("InvoiceCurrencyCode"));
	if (!cur || !dm_amount_currency_valid(cur, f->currency)) {
		g_autofree char *attr = dm_xml_string(
			ctx, "string((" SUMMATION "/" L("GrandTotalAmount") ")[1]/@currencyID)");
		(void)dm_amount_currency_valid(attr, f->currency);
	}

	f->debtor_name = dm_xml_string(ctx, AGREE "/" L("BuyerTradeParty") "/" L("Name"));
	g_autofree char *mail = dm_xml_string(
		ctx, "(" AGREE "/" L("BuyerTradeParty") "//" L("EmailURIUniversalCommunication") "/" L("URIID") ")[1]");
	if (!mail)
		mail = dm_xml_string(ctx, "(" AGREE "/" L("BuyerTradeParty") "/" L("URIUniversalCommunication") "/" L("URIID") "[@schemeID='EM'])[1]");
	if (mail)
		f->debtor_email = dm_address_normalize(g_str_has_prefix(mail, "mailto:") ? mail + 7 : mail);
	g_autofree char *terms = dm_xml_string(
		ctx, "(" SETTLE "/" L("SpecifiedTradePaymentTerms") "/" L("Description") ")[1]");
	if (terms)
		f->payment_term_days = dm_invoice_text_term(terms);

	xmlXPathFreeContext(ctx);
	xmlFreeDoc(doc);
	return f;
}
