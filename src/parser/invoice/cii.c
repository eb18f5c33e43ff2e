/* cii: invoice facts from a UN/CEFACT Cross Industry Invoice, the XML inside Factur-X,
 * ZUGFeRD 2 and XRechnung CII (and ZUGFeRD 1's CrossIndustryDocument, same shape under
 * older names).
 *
 * Paths use local names rather than one namespace URI, because the 100 (D16B) and the
 * ZUGFeRD 1 (D12/13) vocabularies differ in URI but not in the fields we read:
 * ExchangedDocument/ID, IssueDateTime/DateTimeString (format 102, CCYYMMDD), the payment
 * terms' DueDateDateTime, the settlement summation's DuePayableAmount (else
 * GrandTotalAmount), InvoiceCurrencyCode, and the buyer's name and e-mail address.
 * Failures: none reported; a bad field is absent. */
#include "parser/invoice/dm-cii.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-xml.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-terms.h"
#include "common/dm-address.h"

#include <string.h>

#define L(name) "*[local-name()='" name "']"
#define DOC "/*/" L("ExchangedDocument") "|/*/" L("HeaderExchangedDocument")
/* The transaction: SupplyChainTradeTransaction (CII D16B) or
 * SpecifiedSupplyChainTradeTransaction (ZUGFeRD 1). */
#define TRANSACTION "/*/*[local-name()='SupplyChainTradeTransaction' or local-name()='SpecifiedSupplyChainTradeTransaction']"
/* The header settlement: ApplicableHeaderTradeSettlement (CII D16B) or
 * ApplicableSupplyChainTradeSettlement (ZUGFeRD 1). */
#define SETTLE TRANSACTION "/*[local-name()='ApplicableHeaderTradeSettlement' or local-name()='ApplicableSupplyChainTradeSettlement']"
#define AGREE TRANSACTION "/*[local-name()='ApplicableHeaderTradeAgreement' or local-name()='ApplicableSupplyChainTradeAgreement']"
#define SUMMATION SETTLE "/*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation' or local-name()='SpecifiedTradeSettlementMonetarySummation']"

void
dm_cii_read(xmlXPathContextPtr ctx, DmInvoiceFacts *f)
{
	g_return_if_fail(ctx != NULL && f != NULL);
	dm_invoice_facts_set_string(&f->number, dm_xml_string(ctx, "(" DOC ")/" L("ID")));
	dm_xml_date(ctx, "(" DOC ")/" L("IssueDateTime") "/" L("DateTimeString"), &f->issue_date);
	dm_xml_date(ctx, "(" SETTLE "/" L("SpecifiedTradePaymentTerms") "/" L("DueDateDateTime")
			 "/" L("DateTimeString") ")[1]", &f->due_date);

	/* The currency first: it says how many decimals an amount has (JPY none, BHD three). */
	if (!f->currency[0]) {
		g_autofree char *cur = dm_xml_string(ctx, SETTLE "/" L("InvoiceCurrencyCode"));
		if (!cur || !dm_amount_currency_valid(cur, f->currency)) {
			g_autofree char *attr = dm_xml_string(
				ctx, "string((" SUMMATION "/" L("GrandTotalAmount") ")[1]/@currencyID)");
			(void)dm_amount_currency_valid(attr, f->currency);
		}
	}
	if (!dm_xml_amount(ctx, "(" SUMMATION "/" L("DuePayableAmount") ")[1]", f))
		(void)dm_xml_amount(ctx, "(" SUMMATION "/" L("GrandTotalAmount") ")[1]", f);

	dm_invoice_facts_set_string(&f->debtor_name, dm_xml_string(
		ctx, AGREE "/" L("BuyerTradeParty") "/" L("Name")));
	g_autofree char *mail = dm_xml_string(
		ctx, "(" AGREE "/" L("BuyerTradeParty") "//" L("EmailURIUniversalCommunication") "/" L("URIID") ")[1]");
	if (!mail)
		mail = dm_xml_string(ctx, "(" AGREE "/" L("BuyerTradeParty") "/" L("URIUniversalCommunication") "/" L("URIID") "[@schemeID='EM'])[1]");
	if (mail)
		dm_invoice_facts_set_string(&f->debtor_email, dm_address_normalize(
			g_str_has_prefix(mail, "mailto:") ? mail + 7 : mail));
	static const DmXmlPaths paths = {
		.total = "(" SUMMATION "/" L("GrandTotalAmount") ")[1]",
		.iban = "(" SETTLE "/" L("SpecifiedTradeSettlementPaymentMeans") "/"
			L("PayeePartyCreditorFinancialAccount") "/" L("IBANID") ")[1]",
		.reference = "(" SETTLE "/" L("PaymentReference") ")[1]",
		.buyer_tax = "(" AGREE "/" L("BuyerTradeParty") "/" L("SpecifiedTaxRegistration") "/" L("ID")
			     "|" AGREE "/" L("BuyerTradeParty") "/" L("SpecifiedLegalOrganization") "/" L("ID") ")[1]",
		.type_code = "(" DOC ")/" L("TypeCode"),
		.credit_root = NULL,
		.credited = "(" SETTLE "/" L("InvoiceReferencedDocument") "/" L("IssuerAssignedID") ")[1]",
		.language = "(" DOC ")/" L("LanguageID"),
	};
	dm_xml_extras(ctx, &paths, f);
	g_autofree char *terms = dm_xml_string(
		ctx, "(" SETTLE "/" L("SpecifiedTradePaymentTerms") "/" L("Description") ")[1]");
	if (terms && !f->payment_term_days)
		f->payment_term_days = dm_payment_term_days(terms, strlen(terms));
}
