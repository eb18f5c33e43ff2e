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
#include "parser/text/dm-terms.h"

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
	dm_xml_set_string(ctx, "(" DOC ")/" L("ID"), "number", &f->number, f);
	dm_xml_date(ctx, "(" DOC ")/" L("IssueDateTime") "/" L("DateTimeString"), "issue_date", &f->issue_date, f);
	dm_xml_date(ctx, "(" SETTLE "/" L("SpecifiedTradePaymentTerms") "/" L("DueDateDateTime")
			 "/" L("DateTimeString") ")[1]", "due_date", &f->due_date, f);

	/* The currency first: it says how many decimals an amount has (JPY none, BHD three). */
	static const char *const currency[] = {
		SETTLE "/" L("InvoiceCurrencyCode"),
		"string((" SUMMATION "/" L("GrandTotalAmount") ")[1]/@currencyID)", NULL
	};
	dm_xml_currency(ctx, currency, f);
	if (!dm_xml_amount(ctx, "(" SUMMATION "/" L("DuePayableAmount") ")[1]", f))
		(void)dm_xml_amount(ctx, "(" SUMMATION "/" L("GrandTotalAmount") ")[1]", f);

	dm_xml_set_string(ctx, AGREE "/" L("BuyerTradeParty") "/" L("Name"), "debtor_name", &f->debtor_name, f);
	static const char *const mail[] = {
		"(" AGREE "/" L("BuyerTradeParty") "//" L("EmailURIUniversalCommunication") "/" L("URIID") ")[1]",
		"(" AGREE "/" L("BuyerTradeParty") "/" L("URIUniversalCommunication") "/" L("URIID") "[@schemeID='EM'])[1]",
		NULL
	};
	dm_xml_email(ctx, mail, f);
	/* The seller's name, which a text reader must never take for the debtor's. */
	dm_invoice_facts_add_seller_name(f, dm_xml_string(ctx, AGREE "/" L("SellerTradeParty") "/" L("Name")));
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
	if (terms && !f->payment_term_days &&
	    (f->payment_term_days = dm_payment_term_days(terms, strlen(terms))) > 0)
		dm_invoice_facts_explain(f, "due_date", "xml SpecifiedTradePaymentTerms/Description, a term of %d days",
					 f->payment_term_days);
}
