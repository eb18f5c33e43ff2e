/* test-einvoice-corpus: the UBL, CII and PDF extractors over the e-invoice corpora in
 * ../shared/corpora/einvoices (a PDF read as the message chain reads it: its e-invoice,
 * else its text), compared with each corpus's expected-fields.json.
 *
 * expected-fields.json was made by the corpus collector with simple XPaths; a field it
 * lacks is not counted (nothing to compare).  The test prints per-field accuracy and
 * asserts thresholds rather than per-file exactness, so one odd file cannot hide the
 * figure and the figure cannot hide a regression. */
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-einvoice.h"
#include "parser/invoice/dm-pdf.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-amount.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "test-mail.h"

#include <string.h>
#include <json-glib/json-glib.h>

#define CORPUS "../shared/corpora/einvoices"

typedef enum { F_NUMBER, F_AMOUNT, F_CURRENCY, F_ISSUE, F_DUE, F_COUNT } Field;
static const char *const field_names[F_COUNT] = { "number", "amount", "currency",
						   "issue_date", "due_date" };

typedef struct {
	guint files, found;
	guint total[F_COUNT], right[F_COUNT];
	guint unexplained;      /* fields an XML reader set with no XPath in --explain */
} Tally;

/* TRUE when a line of @f's explanation gives @field's XPath ("number: xml" and the path). */
static gboolean
xml_explained(const DmInvoiceFacts *f, const char *field)
{
	g_autofree char *prefix = g_strdup_printf("%s: xml ", field);
	for (guint i = 0; i < f->explain->len; i++)
		if (g_str_has_prefix(g_ptr_array_index(f->explain, i), prefix))
			return TRUE;
	return FALSE;
}

/* Counts in @t each field the XML reader set in @f that --explain gives no XPath for. */
static void
check_explained(Tally *t, const char *file, const DmInvoiceFacts *f)
{
	const struct { const char *field; gboolean set; } fields[] = {
		{ "number", f->number != NULL }, { "amount_due", f->has_amount },
		{ "currency", f->currency[0] != '\0' }, { "issue_date", g_date_valid(&f->issue_date) },
		{ "due_date", g_date_valid(&f->due_date) || f->payment_term_days > 0 },
		{ "debtor_email", f->debtor_email != NULL }, { "debtor_name", f->debtor_name != NULL },
		{ "amount_total", f->has_total }, { "iban", f->iban != NULL },
		{ "payment_reference", f->payment_reference != NULL }, { "credit_note", f->credit_note },
		{ "credit_reference", f->credit_reference != NULL }, { "business", f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS },
	};
	for (guint i = 0; i < G_N_ELEMENTS(fields); i++)
		if (fields[i].set && !xml_explained(f, fields[i].field)) {
			t->unexplained++;
			g_test_message("%s: %s set without its XPath in --explain", file, fields[i].field);
		}
}

static void
score(Tally *t, Field f, gboolean right, const char *file, const char *want, const char *got)
{
	t->total[f]++;
	if (right)
		t->right[f]++;
	else if (g_test_verbose())
		g_test_message("%s: %s expected %s, got %s", file, field_names[f], want,
			       got ? got : "(none)");
}

/* YYYY-MM-DD for "2017-11-13" and "20171113" alike. */
static gboolean
same_date(const char *want, const GDate *got)
{
	GDate d;
	if (!dm_date_parse(want, NULL, &d) || !g_date_valid(got))
		return FALSE;
	return g_date_compare(&d, got) == 0;
}

static void
check_file(Tally *t, const char *dir, const char *name, JsonObject *exp)
{
	g_autofree char *path = g_build_filename(CORPUS, dir, name, NULL);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &data, &len, &error))
		g_error("cannot read corpus file %s: %s", path, error->message);
	t->files++;
	g_autoptr(DmInvoiceFacts) read = dm_invoice_facts_new();
	gboolean found = g_str_has_suffix(name, ".pdf")
		? dm_pdf_read_einvoice(data, len, read) || dm_pdf_read_text(data, len, read)
		: dm_einvoice_read(data, len, read);
	const DmInvoiceFacts *f = found ? read : NULL;
	if (f)
		t->found++;
	if (f && !g_str_has_suffix(name, ".pdf"))
		check_explained(t, name, f);
	else if (g_test_verbose())
		g_test_message("%s: no invoice found", name);

	const char *want;
	char got[64];
	if (json_object_has_member(exp, "invoice_number") &&
	    (want = json_object_get_string_member(exp, "invoice_number")))
		score(t, F_NUMBER, f && f->number && strcmp(f->number, want) == 0, name, want,
		      f ? f->number : NULL);
	if (json_object_has_member(exp, "payable_amount") &&
	    (want = json_object_get_string_member(exp, "payable_amount"))) {
		gint64 cents = 0;
		g_assert_true(dm_amount_parse_decimal(want, &cents));
		/* The corpus keeps the XML's decimal; dunmail makes a credit note negative. */
		if (f && f->credit_note)
			cents = -cents;
		g_snprintf(got, sizeof got, "%" G_GINT64_FORMAT, f ? f->amount_cents : 0);
		score(t, F_AMOUNT, f && f->has_amount && f->amount_cents == cents, name, want, got);
	}
	if (json_object_has_member(exp, "currency") &&
	    (want = json_object_get_string_member(exp, "currency")))
		score(t, F_CURRENCY, f && strcmp(f->currency, want) == 0, name, want,
		      f ? f->currency : NULL);
	if (json_object_has_member(exp, "issue_date") &&
	    (want = json_object_get_string_member(exp, "issue_date"))) {
		if (f)
			dm_date_to_buf(&f->issue_date, got);
		score(t, F_ISSUE, f && same_date(want, &f->issue_date), name, want, f ? got : NULL);
	}
	if (json_object_has_member(exp, "due_date") &&
	    (want = json_object_get_string_member(exp, "due_date"))) {
		if (f)
			dm_date_to_buf(&f->due_date, got);
		score(t, F_DUE, f && same_date(want, &f->due_date), name, want, f ? got : NULL);
	}
}

static void
run_corpus(Tally *all, const char *dir)
{
	g_autofree char *json_path = g_build_filename(CORPUS, dir, "expected-fields.json", NULL);
	g_autoptr(JsonParser) parser = json_parser_new();
	g_autoptr(GError) error = NULL;
	if (!json_parser_load_from_file(parser, json_path, &error))
		g_error("cannot read %s: %s", json_path, error->message);
	JsonObject *files = json_object_get_object_member(
		json_node_get_object(json_parser_get_root(parser)), "files");
	g_assert_nonnull(files);
	Tally t = { 0 };
	g_autoptr(GList) names = json_object_get_members(files);
	names = g_list_sort(names, (GCompareFunc)strcmp);
	for (GList *l = names; l; l = l->next)
		check_file(&t, dir, l->data, json_object_get_object_member(files, l->data));
	g_printerr("# %-34s files %3u, invoice found %3u", dir, t.files, t.found);
	for (int i = 0; i < F_COUNT; i++) {
		g_printerr(", %s %u/%u", field_names[i], t.right[i], t.total[i]);
		all->total[i] += t.total[i];
		all->right[i] += t.right[i];
	}
	g_printerr("\n");
	all->files += t.files;
	all->found += t.found;
	all->unexplained += t.unexplained;
}

static void
test_corpus(void)
{
	static const char *const dirs[] = { "peppol-bis-billing3", "si-ubl-2.0.3.2",
					    "zugferd-corpus-xml-rechnung",
					    "zugferd-corpus-fnfe-and-plain" };
	if (!g_file_test(CORPUS, G_FILE_TEST_IS_DIR)) {
		/* The corpus lives outside the repository; without it there is nothing to
		 * measure, and that must show as a failure, not as a pass. */
		g_test_fail_printf("corpus directory %s is missing", CORPUS);
		return;
	}
	Tally all = { 0 };
	for (guint i = 0; i < G_N_ELEMENTS(dirs); i++)
		run_corpus(&all, dirs[i]);
	g_printerr("# all: files %u, invoice found %u (%.1f%%)\n", all.files, all.found,
		   100.0 * all.found / MAX(all.files, 1));
	for (int i = 0; i < F_COUNT; i++)
		g_printerr("# accuracy %-10s %4u/%-4u %5.1f%%\n", field_names[i], all.right[i],
			   all.total[i], 100.0 * all.right[i] / MAX(all.total[i], 1));
	/* Thresholds: the structured sources are exact data, so the bar is high. */
	static const double min[F_COUNT] = { 0.95, 0.95, 0.95, 0.95, 0.85 };
	for (int i = 0; i < F_COUNT; i++) {
		g_assert_cmpuint(all.total[i], >, 0);
		if (all.right[i] < min[i] * all.total[i])
			g_test_fail_printf("%s accuracy %u/%u below %.0f%%", field_names[i],
					   all.right[i], all.total[i], min[i] * 100);
	}
	g_assert_cmpuint(all.found, >=, all.files * 95 / 100);
	/* Every field an XML reader sets names the path it came from (parse --explain). */
	g_assert_cmpuint(all.unexplained, ==, 0);
}

/* (transfer full) a mail carrying @file from the corpus as a PDF attachment. */
static GMimeMessage *
mail_with_pdf(const char *file)
{
	g_autofree char *path = g_build_filename(CORPUS, file, NULL);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &data, &len, &error))
		g_error("cannot read corpus file %s: %s", path, error->message);
	GMimeMessage *back = dm_test_mail_with_attachment("invoice.pdf", data, len, "Buyer@Example.COM");
	g_assert_nonnull(back);
	return back;
}

/* A Factur-X PDF attached to a mail: the embedded CII is the source. */
static void
test_facturx_in_mail(void)
{
	GMimeMessage *msg = mail_with_pdf("zugferd-corpus-fnfe-and-plain/Facture_FR_BASICWL.pdf");
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_object_unref(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(dm_invoice_source_name(f->source), ==, "facturx");
	g_assert_cmpstr(f->number, ==, "FA-2017-0010");
	g_assert_cmpint(f->amount_cents, ==, 47015);
	g_assert_cmpstr(f->currency, ==, "EUR");
	char iso[11];
	dm_date_to_buf(&f->due_date, iso);
	g_assert_cmpstr(iso, ==, "2017-12-13");
	/* No buyer e-mail in the XML: the To: header names the debtor. */
	g_assert_cmpstr(f->debtor_email, ==, "buyer@example.com");
}

/* Two structured sources: a UBL file attached beside a Factur-X PDF.  The UBL is read
 * first and kept; the Factur-X is compared with it like any other source (its amount
 * differs here: a sources_disagree reason naming both), fills only what the UBL left
 * empty, and is labelled facturx, never ubl. */
static void
test_ubl_beside_facturx(void)
{
	g_autofree char *path = g_build_filename(CORPUS, "zugferd-corpus-fnfe-and-plain/Facture_FR_BASICWL.pdf", NULL);
	g_autofree char *pdf = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &pdf, &len, &error))
		g_error("cannot read corpus file %s: %s", path, error->message);
	g_autofree char *b64 = g_base64_encode((const guchar *) pdf, len);
	g_autofree char *raw = g_strdup_printf(
		"From: billing@seller.example\r\nTo: Buyer <buyer@example.com>\r\nSubject: Invoice FA-2017-0010\r\n"
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain\r\n\r\nInvoice attached.\r\n"
		"--b\r\nContent-Type: application/xml\r\nContent-Disposition: attachment; filename=\"invoice.xml\"\r\n\r\n"
		"<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
		"xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
		"xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
		"<cbc:ID>FA-2017-0010</cbc:ID><cbc:IssueDate>2017-11-13</cbc:IssueDate>"
		"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
		"<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">480.15</cbc:PayableAmount>"
		"</cac:LegalMonetaryTotal></Invoice>\r\n"
		"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"invoice.pdf\"\r\n"
		"Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--b--\r\n", b64);
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(dm_invoice_source_name(f->source), ==, "ubl");
	g_assert_cmpint(f->amount_cents, ==, 48015);
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_AMOUNT_DUE], ==, "ubl");
	/* The due date only the Factur-X states. */
	char iso[11];
	dm_date_to_buf(&f->due_date, iso);
	g_assert_cmpstr(iso, ==, "2017-12-13");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DUE_DATE], ==, "facturx");
	gboolean said = FALSE;
	for (guint i = 0; i < f->disagreements->len; i++) {
		g_autofree char *line = dm_invoice_disagreement_text(g_ptr_array_index(f->disagreements, i));
		said = said || strcmp(line, "amount_due: ubl says 480.15, facturx says 470.15; kept ubl") == 0;
	}
	g_assert_true(said);
}

/* A plain PDF (no XML): its text is read.  Facts checked by hand against the PDF text
 * (Rechnungsnummer R0005532486, Brutto 104,00 EUR, Rechnungsdatum 19.01.2016,
 * Fälligkeitsdatum 22.01.2016); the corpus has no expected fields for this file. */
static void
test_plain_pdf_in_mail(void)
{
	GMimeMessage *msg = mail_with_pdf(
		"zugferd-corpus-fnfe-and-plain/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf");
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_object_unref(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(dm_invoice_source_name(f->source), ==, "pdf");
	g_assert_cmpstr(f->number, ==, "R0005532486");
	g_assert_cmpint(f->amount_cents, ==, 10400);
	g_assert_cmpstr(f->currency, ==, "EUR");
	char iso[11];
	dm_date_to_buf(&f->issue_date, iso);
	g_assert_cmpstr(iso, ==, "2016-01-19");
	dm_date_to_buf(&f->due_date, iso);
	g_assert_cmpstr(iso, ==, "2016-01-22");
}

#define UBL_OPEN "<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2' " \
	"xmlns:cac='urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2' " \
	"xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'>"

/* An xsd:date may carry a zone: "2016-04-04+01:00" is the 4th of April. */
static void
test_zone_dates(void)
{
	static const char xml[] = UBL_OPEN "<cbc:ID>Z-1</cbc:ID>"
		"<cbc:IssueDate>2016-04-04+01:00</cbc:IssueDate><cbc:DueDate>2016-05-04Z</cbc:DueDate>"
		"</Invoice>";
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	g_assert_true(dm_einvoice_read(xml, sizeof xml - 1, f));
	g_assert_cmpstr(dm_invoice_source_name(f->source), ==, "ubl");
	char iso[11];
	dm_date_to_buf(&f->issue_date, iso);
	g_assert_cmpstr(iso, ==, "2016-04-04");
	dm_date_to_buf(&f->due_date, iso);
	g_assert_cmpstr(iso, ==, "2016-05-04");
}

/* The dispatcher fills only what is empty: a second e-invoice read into the same record
 * adds its missing fields and changes none, and a term comes from the one term reader. */
static void
test_fill_only_empty(void)
{
	static const char first[] = UBL_OPEN "<cbc:ID>A-1</cbc:ID><cbc:IssueDate>2026-11-10</cbc:IssueDate>"
		"<cac:PaymentTerms><cbc:Note>Betaling 30 dagen na factuurdatum</cbc:Note></cac:PaymentTerms>"
		"</Invoice>";
	static const char second[] = "<rsm:CrossIndustryInvoice xmlns:rsm='urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100'"
		" xmlns:ram='urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100'"
		" xmlns:udt='urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100'>"
		"<rsm:ExchangedDocument><ram:ID>B-2</ram:ID><ram:IssueDateTime>"
		"<udt:DateTimeString format='102'>20261201</udt:DateTimeString></ram:IssueDateTime>"
		"</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement>"
		"<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
		"<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
		"<ram:DuePayableAmount>121.00</ram:DuePayableAmount>"
		"</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
		"</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
		"</rsm:CrossIndustryInvoice>";
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	g_assert_true(dm_einvoice_read(first, sizeof first - 1, f));
	g_assert_cmpint(f->payment_term_days, ==, 30);
	g_assert_false(f->has_amount);
	g_assert_true(dm_einvoice_read(second, sizeof second - 1, f));
	g_assert_cmpstr(f->number, ==, "A-1");
	g_assert_cmpstr(dm_invoice_source_name(f->source), ==, "ubl");
	char iso[11];
	dm_date_to_buf(&f->issue_date, iso);
	g_assert_cmpstr(iso, ==, "2026-11-10");
	g_assert_true(f->has_amount);
	g_assert_cmpint(f->amount_cents, ==, 12100);
	g_assert_cmpstr(f->currency, ==, "EUR");
}

/* Hostile and foreign input: nothing found, nothing crashes. */
static void
test_not_invoices(void)
{
	static const char *const xml[] = {
		"", "<", "<?xml version='1.0'?><html/>",
		"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2' xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'><cbc:ID>&e;</cbc:ID></Invoice>",
		"<CrossIndustryInvoice/>",
	};
	for (guint i = 0; i < G_N_ELEMENTS(xml); i++) {
		g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
		if (dm_einvoice_read(xml[i], strlen(xml[i]), f)) {
			/* An empty CII root is a CII document with no facts at all; an external
			 * entity is never expanded (XXE). */
			g_assert_null(f->number);
			g_assert_false(f->has_amount);
		}
	}
	static const char not_pdf[] = "%PDF-1.4 this is not really a pdf";
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	g_assert_false(dm_pdf_read_einvoice(not_pdf, sizeof not_pdf - 1, f));
	g_assert_false(dm_pdf_read_text(not_pdf, sizeof not_pdf - 1, f));
	g_assert_false(dm_pdf_read_einvoice("hello", 5, f));
	g_assert_false(dm_pdf_read_text("hello", 5, f));
	g_assert_false(f->is_invoice);
}

/* One PDF opened once (dm_pdf_open_bytes) reads as the two readers that open it each on
 * their own: the embedded Factur-X of one file, the page text of another; what is not a
 * PDF does not open. */
static void
test_pdf_opened_once(void)
{
	static const char *const files[] = {
		"zugferd-corpus-fnfe-and-plain/Facture_FR_BASICWL.pdf",
		"zugferd-corpus-fnfe-and-plain/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf",
	};
	for (guint i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autofree char *path = g_build_filename(CORPUS, files[i], NULL);
		g_autofree char *data = NULL;
		gsize len = 0;
		g_assert_true(g_file_get_contents(path, &data, &len, NULL));
		g_autoptr(GBytes) bytes = g_bytes_new(data, len);
		PopplerDocument *doc = dm_pdf_open_bytes(bytes);
		g_assert_nonnull(doc);
		g_autoptr(DmInvoiceFacts) once = dm_invoice_facts_new();
		g_autoptr(DmInvoiceFacts) apart = dm_invoice_facts_new();
		g_assert_cmpint(dm_pdf_document_einvoice(doc, once), ==,
				dm_pdf_read_einvoice(data, len, apart));
		g_assert_cmpstr(once->number, ==, apart->number);
		g_assert_cmpint(once->amount_cents, ==, apart->amount_cents);
		g_autofree char *text = dm_pdf_document_text(doc);
		g_autofree char *text_apart = dm_pdf_text(data, len);
		g_assert_nonnull(text);
		g_assert_cmpstr(text, ==, text_apart);
		g_object_unref(doc);
		/* Read again after the last document closed: the same text. */
		g_autofree char *again = dm_pdf_text(data, len);
		g_assert_cmpstr(again, ==, text);
	}
	/* A mail whose PDF part does not open is read from its body (the chain holds no
	 * document for it, and lets go of none). */
	static const char mail[] =
		"From: billing@acme.example\r\nTo: debiteur@example.nl\r\nSubject: Factuur 2026-0042\r\n"
		"Date: Mon, 02 Nov 2026 09:30:00 +0100\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
		"Content-Type: text/plain; charset=utf-8\r\n\r\nFactuur 2026-0042, te betalen EUR 125,00.\r\n"
		"--b\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\n"
		"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJeLjz9MK\r\n--b--\r\n";
	g_autoptr(GMimeMessage) msg = dm_message_parse(mail, sizeof mail - 1, NULL);
	g_assert_nonnull(msg);
	g_autoptr(DmInvoiceFacts) body = dm_invoice_extract(msg);
	g_assert_true(body->is_invoice);
	g_assert_cmpstr(dm_invoice_source_name(body->source), ==, "body");
	static const char not_pdf[] = "%PDF-1.4 this is not really a pdf";
	g_autoptr(GBytes) junk = g_bytes_new_static(not_pdf, sizeof not_pdf - 1);
	g_assert_null(dm_pdf_open_bytes(junk));
	g_autoptr(GBytes) short_bytes = g_bytes_new_static("%PDF", 4);
	g_assert_null(dm_pdf_open_bytes(short_bytes));
	g_assert_null(dm_pdf_open_bytes(NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/einvoice/corpus", test_corpus);
	g_test_add_func("/einvoice/facturx-in-mail", test_facturx_in_mail);
	g_test_add_func("/einvoice/plain-pdf-in-mail", test_plain_pdf_in_mail);
	g_test_add_func("/einvoice/ubl-beside-facturx", test_ubl_beside_facturx);
	g_test_add_func("/einvoice/not-invoices", test_not_invoices);
	g_test_add_func("/einvoice/zone-dates", test_zone_dates);
	g_test_add_func("/einvoice/fill-only-empty", test_fill_only_empty);
	g_test_add_func("/einvoice/pdf-opened-once", test_pdf_opened_once);
	return g_test_run();
}
