/* test-invoice-sources: where each field of an invoice came from, what happens when two
 * sources state a field differently (the better one is kept, the disagreement recorded),
 * the invoice a credit note corrects, a text/plain part that is a stub of the HTML, and
 * e-invoice amounts in currencies whose minor unit is not the cent (JPY none, BHD three
 * decimals). */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-dates.h"

#define NS "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" " \
	"xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" " \
	"xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""
#define NS_CN "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\" " \
	"xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" " \
	"xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""

/* (transfer full) a UBL invoice of @amount (as the XML writes it) in @currency. */
static char *
ubl(const char *currency, const char *amount)
{
	return g_strdup_printf(
		"<?xml version=\"1.0\"?>\n<Invoice " NS ">\n"
		"<cbc:ID>2026-0050</cbc:ID><cbc:IssueDate>2026-10-17</cbc:IssueDate>"
		"<cbc:DueDate>2026-11-16</cbc:DueDate>"
		"<cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>\n"
		"<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Debiteur B.V.</cbc:Name>"
		"</cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
		"<cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID=\"%s\">%s</cbc:TaxInclusiveAmount>"
		"<cbc:PayableAmount currencyID=\"%s\">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
		"</Invoice>\n", currency, currency, amount, currency, amount);
}

/* (transfer full) a mail with @subject, @body as its text and @xml (nullable) attached. */
static GMimeMessage *
mail(const char *subject, const char *body, const char *xml)
{
	g_autoptr(GString) raw = g_string_new(NULL);
	g_string_printf(raw,
		"From: Acme <billing@acme.example>\r\nTo: Debiteur <ap@debiteur.example>\r\n"
		"Subject: %s\r\nDate: Sat, 17 Oct 2026 10:00:00 +0200\r\n"
		"Message-ID: <t@acme.example>\r\nMIME-Version: 1.0\r\n", subject);
	if (!xml) {
		g_string_append_printf(raw, "Content-Type: text/plain; charset=utf-8\r\n\r\n%s", body);
	} else {
		g_string_append_printf(raw,
			"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
			"--b\r\nContent-Type: application/xml\r\n"
			"Content-Disposition: attachment; filename=\"factuur.xml\"\r\n\r\n%s\r\n--b--\r\n",
			body, xml);
	}
	GMimeMessage *msg = dm_message_parse(raw->str, raw->len, NULL);
	g_assert_nonnull(msg);
	return msg;
}

static DmInvoiceFacts *
extract_with_subject(const char *subject, const char *body, const char *xml)
{
	g_autoptr(GMimeMessage) msg = mail(subject, body, xml);
	return dm_invoice_extract(msg);
}

static DmInvoiceFacts *
extract(const char *body, const char *xml)
{
	return extract_with_subject("Factuur 2026-0050", body, xml);
}

/* Each field names the source that gave it; a field the e-invoice lacks comes from the
 * body; the debtor's address from the headers (the envelope is the ingest plan's). */
static void
test_field_sources(void)
{
	g_autofree char *xml = ubl("EUR", "1250.00");
	g_autoptr(DmInvoiceFacts) f = extract(
		"Factuur 2026-0050\nTe betalen: € 1.250,00\nIBAN NL91 ABNA 0417 1643 00\n", xml);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_NUMBER], ==, "ubl");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_AMOUNT_DUE], ==, "ubl");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DEBTOR_NAME], ==, "ubl");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_IBAN], ==, "body");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DEBTOR_EMAIL], ==, "headers");
	g_assert_null(f->field_source[DM_INVOICE_FIELD_CREDIT_REFERENCE]);
	g_assert_cmpuint(f->disagreements->len, ==, 0);
	g_autofree char *text = dm_invoice_facts_sources_text(f);
	g_assert_nonnull(strstr(text, "number=ubl"));
	g_assert_nonnull(strstr(text, "iban=body"));
	g_autoptr(DmInvoiceFacts) back = dm_invoice_facts_new();
	dm_invoice_facts_sources_parse(back, text);
	for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
		g_assert_cmpstr(back->field_source[i], ==, f->field_source[i]);
	dm_invoice_facts_sources_parse(back, "bogus=x =y number= amount_due");
	g_assert_cmpstr(back->field_source[DM_INVOICE_FIELD_NUMBER], ==, "ubl");
}

/* The UBL says 1250.00, the body 1.205,00: the UBL's amount is kept and the disagreement
 * recorded with both values and both sources; a due date that differs too is its own line. */
static void
test_disagreement(void)
{
	g_autofree char *xml = ubl("EUR", "1250.00");
	g_autoptr(DmInvoiceFacts) f = extract(
		"Factuur 2026-0050\nTotaal te betalen: € 1.205,00\nVervaldatum: 30-11-2026\n", xml);
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->amount_cents, ==, 125000);
	g_assert_cmpuint(f->disagreements->len, ==, 2);
	g_autofree char *first = dm_invoice_disagreement_text(f->disagreements->pdata[0]);
	g_autofree char *second = dm_invoice_disagreement_text(f->disagreements->pdata[1]);
	g_assert_cmpstr(first, ==, "amount_due: ubl says 1250.00, body says 1205.00; kept ubl");
	g_assert_cmpstr(second, ==, "due_date: ubl says 2026-11-16, body says 2026-11-30; kept ubl");
	/* In parts, as dunmaild stores them for the digest. */
	const DmInvoiceDisagreement *d = f->disagreements->pdata[0];
	g_assert_cmpint(d->field, ==, DM_INVOICE_FIELD_AMOUNT_DUE);
	g_assert_cmpstr(d->kept, ==, "ubl");
	g_assert_cmpstr(d->ours, ==, "1250.00");
	g_assert_cmpstr(d->other, ==, "body");
	g_assert_cmpstr(d->theirs, ==, "1205.00");
}

/* Sources that agree, or a source that is silent on a field, are no disagreement. */
static void
test_agreement(void)
{
	g_autofree char *xml = ubl("EUR", "1250.00");
	g_autoptr(DmInvoiceFacts) f = extract(
		"Factuur 2026-0050\nTotaal te betalen: € 1.250,00\nVervaldatum: 16-11-2026\n", xml);
	g_assert_cmpuint(f->disagreements->len, ==, 0);
	g_autoptr(DmInvoiceFacts) body_only = extract(
		"Factuur 2026-0050\nTotaal te betalen: € 1.205,00\nVervaldatum: 30-11-2026\n", NULL);
	g_assert_cmpuint(body_only->disagreements->len, ==, 0);
}

/* JPY has no minor unit: "1250" in a UBL is 1250 yen, not 125000; BHD has three. */
static void
test_minor_units(void)
{
	static const struct {
		const char *currency, *xml_amount;
		gint64 minor;
	} cases[] = {
		{ "JPY", "1250", 1250 },
		{ "JPY", "1250.00", 1250 },
		{ "JPY", "1250.6", 1251 },
		{ "BHD", "1.250", 1250 },
		{ "BHD", "12.5", 12500 },
		{ "KWD", "0.0005", 1 },
		{ "EUR", "1250", 125000 },
		{ "EUR", "12.345", 1235 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *xml = ubl(cases[i].currency, cases[i].xml_amount);
		g_autoptr(DmInvoiceFacts) f = extract("Please find the invoice attached.\n", xml);
		g_test_message("%s %s", cases[i].currency, cases[i].xml_amount);
		g_assert_true(f->is_invoice);
		g_assert_cmpstr(f->currency, ==, cases[i].currency);
		g_assert_cmpint(f->amount_cents, ==, cases[i].minor);
		g_assert_cmpint(f->amount_total_cents, ==, cases[i].minor);
	}
	gint64 v;
	g_assert_false(dm_amount_parse_decimal_minor("12,50", 0, &v));
	g_assert_false(dm_amount_parse_decimal_minor("", 3, &v));
	g_assert_true(dm_amount_parse_decimal_minor("-3", 3, &v));
	g_assert_cmpint(v, ==, -3000);
}

/* A credit note names the invoice it corrects: in UBL (BillingReference), in text. */
static void
test_credit_reference(void)
{
	const char *cn =
		"<?xml version=\"1.0\"?>\n<CreditNote " NS_CN ">\n"
		"<cbc:ID>CN-7</cbc:ID><cbc:IssueDate>2026-10-20</cbc:IssueDate>"
		"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
		"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>2026-0042</cbc:ID>"
		"</cac:InvoiceDocumentReference></cac:BillingReference>\n"
		"<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">250.00</cbc:PayableAmount>"
		"</cac:LegalMonetaryTotal>\n</CreditNote>\n";
	g_autoptr(DmInvoiceFacts) x = extract_with_subject("Credit note", "Attached our credit note.\n", cn);
	g_assert_true(x->credit_note);
	g_assert_cmpint(x->amount_cents, ==, -25000);
	g_assert_cmpstr(x->credit_reference, ==, "2026-0042");
	g_assert_cmpstr(x->field_source[DM_INVOICE_FIELD_CREDIT_REFERENCE], ==, "ubl");

	static const struct { const char *text, *ref; } texts[] = {
		{ "Creditnota CN-2026-0007\nCorrectie op factuur 2026-0042.\nTotaal: € 250,00\n", "2026-0042" },
		{ "Credit note CN-88\nThis credit note relates to invoice no. INV-1042.\nTotal: £50.00\n", "INV-1042" },
		{ "Gutschrift G-17\nzur Rechnung Nr. RE-2026-17\nGesamtbetrag: 50,00 €\n", "RE-2026-17" },
		{ "Creditnota CN-2026-0008\nTotaal: € 250,00\n", NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_autoptr(DmInvoiceFacts) f = extract_with_subject("Creditnota / credit note", texts[i].text, NULL);
		g_test_message("%s", texts[i].text);
		g_assert_true(f->is_invoice);
		g_assert_true(f->credit_note);
		g_assert_cmpstr(f->credit_reference, ==, texts[i].ref);
	}
}

/* ZUGFeRD 1.0 (CrossIndustryDocument) names its transaction
 * SpecifiedSupplyChainTradeTransaction: every field is read from it, as from CII D16B;
 * the language is its LanguageID (the body says nothing in any language). */
static void
test_zugferd1(void)
{
	g_autofree char *xml = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents("tests/data/einvoice/zugferd1-comfort.xml", &xml, NULL, &error));
	g_autoptr(DmInvoiceFacts) f = extract_with_subject(
		"RE-2026-0815", "RE-2026-0815\n", xml);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "RE-2026-0815");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_AMOUNT_DUE], ==, "facturx");
	g_assert_cmpint(f->amount_cents, ==, 170150);
	g_assert_cmpint(f->amount_total_cents, ==, 220150);
	g_assert_cmpstr(f->currency, ==, "EUR");
	char iso[11];
	dm_date_to_buf(&f->due_date, iso);
	g_assert_cmpstr(iso, ==, "2026-11-24");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DUE_DATE], ==, "facturx");
	g_assert_cmpstr(f->debtor_name, ==, "Praxis Dr. Lindner");
	g_assert_cmpstr(f->debtor_email, ==, "buchhaltung@praxis-lindner.example");
	g_assert_cmpstr(f->iban, ==, "DE89370400440532013000");
	g_assert_cmpstr(f->payment_reference, ==, "RE-2026-0815 Lindner");
	g_assert_cmpint(f->debtor_kind, ==, DM_INVOICE_DEBTOR_BUSINESS);
	g_assert_nonnull(strstr(f->debtor_kind_why, "the buyer's VAT number"));
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_BUSINESS], ==, "facturx");
	g_assert_cmpstr(f->language, ==, "de");
}

/* A mail of text/plain @plain and text/html @html as alternatives. */
static DmInvoiceFacts *
alternatives(const char *plain, const char *html)
{
	g_autofree char *raw = g_strdup_printf(
		"From: Studio <billing@studio.example>\r\nTo: ap@greenlane.example\r\nSubject: Invoice SN-2026-002\r\n"
		"Date: Fri, 10 Apr 2026 10:00:00 +0200\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/alternative; boundary=\"a\"\r\n\r\n"
		"--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
		"--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s\r\n--a--\r\n", plain, html);
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	return dm_invoice_extract(msg);
}

#define STUDIO_HTML "<html><body><p>Here is the invoice for the brand identity project.</p><table>" \
	"<tr><td><b>Issued</b> 2026-04-10<br><b>Due</b> 2026-04-24</td></tr>" \
	"<tr><td>Total</td><td>EUR 6,333.14</td></tr>" \
	"<tr><td>Already paid (50% upfront)</td><td>- EUR 3,166.57</td></tr>" \
	"<tr><td><b>Amount due</b></td><td><b>EUR 3,166.57</b></td></tr></table>" \
	"<p>Bank transfer to NL42 ASNB 2702 4739 50 (Studio Noordlicht), quoting SN-2026-002.</p></body></html>"

/* A text/plain part that only points at the HTML is passed over for the HTML, where the
 * total, the due date and the IBAN are; a full text/plain part is read as it is. */
static void
test_plain_stub(void)
{
	g_autoptr(DmInvoiceFacts) f = alternatives(
		"Invoice SN-2026-002 - amount due EUR 3,166.57. View the HTML version for details.", STUDIO_HTML);
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->amount_cents, ==, 316657);
	g_assert_cmpint(f->amount_total_cents, ==, 633314);
	g_assert_cmpstr(f->iban, ==, "NL42ASNB2702473950");
	g_autofree char *due = g_strdup_printf("%04d-%02d-%02d", g_date_get_year(&f->due_date),
					       g_date_get_month(&f->due_date), g_date_get_day(&f->due_date));
	g_assert_cmpstr(due, ==, "2026-04-24");

	/* Near miss: a plain part as full as the HTML is the one read (its own total). */
	g_autoptr(DmInvoiceFacts) g = alternatives(
		"Here is the invoice for the brand identity project.\nIssued 2026-04-10, due 2026-04-24.\n"
		"Total EUR 6,000.00\nAlready paid (50% upfront) - EUR 3,000.00\nAmount due EUR 3,000.00\n"
		"Bank transfer to NL42 ASNB 2702 4739 50 (Studio Noordlicht), quoting SN-2026-002.", STUDIO_HTML);
	g_assert_true(g->is_invoice);
	g_assert_cmpint(g->amount_total_cents, ==, 600000);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-sources/field-sources", test_field_sources);
	g_test_add_func("/invoice-sources/disagreement", test_disagreement);
	g_test_add_func("/invoice-sources/agreement", test_agreement);
	g_test_add_func("/invoice-sources/minor-units", test_minor_units);
	g_test_add_func("/invoice-sources/credit-reference", test_credit_reference);
	g_test_add_func("/invoice-sources/zugferd1", test_zugferd1);
	g_test_add_func("/invoice-sources/plain-stub-of-html", test_plain_stub);
	return g_test_run();
}
