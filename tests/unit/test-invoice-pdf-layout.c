/* test-invoice-pdf-layout: the PDF layout reader's rules, each on a small PDF drawn for it
 * (with the harness's cairo renderer, tests/eval) and read as dunmaild reads a mail: a value
 * set too close to the next column's is cut where that column's label starts; an item
 * table's header row ("Datum | Leistung | Betrag") is never paired with its first item, so
 * an item's date is not the invoice's; and, the near miss, a details row ("Rechnungsnummer
 * | Datum | Kunden-Nr.") still gives its values; and a document that prints no number
 * of its own takes the mail's subject's, else its file name's; a word whose letters
 * stand in two subsets of one font stays one word; a line drawn twice over itself is
 * read once (and a word printed twice side by side twice); the texts `parse --explain
 * --text` shows are the rows the readers see; two columns interleaved whose baselines
 * meet in a row now and then are still read apart. */
#include "dm-eval.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"
#include "test-invoice-facts.h"

#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
	const char *name;
	const char *items;        /* the page's items, JSON, as corpus/invoices writes them */
	const char *issue, *due;  /* NULL: not checked */
	const char *explain;      /* a line of --explain must hold it */
	const char *not_explained;/* no line may hold it; NULL: not checked */
	const char *subject;      /* NULL: "Documents" */
	const char *filename;     /* NULL: "doc.pdf" */
	const char *number;       /* NULL: not checked; "": none read */
	const char *row;          /* NULL: not checked; the end of a line of the PDF's text
				   * (dm_invoice_texts) */
	const char *once;         /* NULL: not checked; a word that line holds once */
	const char *debtor;       /* NULL: not checked */
	gint64 total_cents;       /* 0: not checked */
} Case;

#define ITEM(x, y, size, bold, align, text) \
	"{\"x\":" #x ",\"y\":" #y ",\"size\":" #size ",\"bold\":" #bold ",\"align\":\"" align "\",\"text\":\"" text "\"}"

static const Case cases[] = {
	{ "columns-too-close",
	  "[" ITEM(56, 60, 16, true, "left", "Hoekstra Techniek B.V.") ","
	  ITEM(56, 150, 9.5, false, "left", "Brasserie De Waag") ","
	  ITEM(56, 163, 9.5, false, "left", "Markt 3") ","
	  ITEM(56, 176, 9.5, false, "left", "1234 AB Hoorn") ","
	  ITEM(56, 240, 18, true, "left", "Factuur") ","
	  ITEM(56, 270, 7.5, true, "left", "Factuur") "," ITEM(56, 283, 9, false, "left", "88120455") ","
	  ITEM(150, 270, 7.5, true, "left", "Factuurdatum") "," ITEM(150, 283, 9, false, "left", "02-03-2026") ","
	  ITEM(245, 270, 7.5, true, "left", "Klantnummer") "," ITEM(245, 283, 9, false, "left", "40417") ","
	  ITEM(340, 270, 7.5, true, "left", "Uw kenmerk") "," ITEM(340, 283, 9, false, "left", "verbouwing Oostzijde") ","
	  ITEM(436, 270, 7.5, true, "left", "Vervaldatum") "," ITEM(436, 283, 9, false, "left", "01-04-2026") ","
	  ITEM(470, 330, 9, false, "right", "Totaal inclusief btw") "," ITEM(539, 330, 9, false, "right", "€ 968,00") "]",
	  "2026-03-02", "2026-04-01", "due_date: pdf, line \"Vervaldatum: 01-04-2026\"", NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "item-header-not-paired",
	  "[" ITEM(56, 60, 13, true, "left", "Atelier Lindner") ","
	  ITEM(340, 150, 10, false, "left", "Sabine Graf") ","
	  ITEM(340, 163, 10, false, "left", "Seestrasse 4") ","
	  ITEM(340, 176, 10, false, "left", "8002 Zürich") ","
	  ITEM(340, 215, 10, false, "left", "Winterthur, 30.03.2026") ","
	  ITEM(56, 255, 13, true, "left", "Rechnung 2603-11") ","
	  ITEM(56, 300, 9.5, true, "left", "Datum") "," ITEM(140, 300, 9.5, true, "left", "Leistung") ","
	  ITEM(539, 300, 9.5, true, "right", "Betrag") ","
	  ITEM(56, 316, 9.5, false, "left", "04.03.2026") "," ITEM(140, 316, 9.5, false, "left", "Beratung 90 Min.") ","
	  ITEM(539, 316, 9.5, false, "right", "Fr. 180.00") ","
	  ITEM(340, 345, 10, true, "left", "Total") "," ITEM(539, 345, 10, false, "right", "Fr. 180.00") ","
	  ITEM(56, 380, 9.5, false, "left", "Zahlbar innert 20 Tagen.") "]",
	  "2026-03-30", "2026-04-19", "issue_date: pdf, rule letter-date", "Datum: 04.03.2026", NULL, NULL, NULL, NULL, NULL, NULL, 0 },
	/* The debtor's window on the left, the sender's letterhead on the right at another line
	 * pitch: the rows interleave, and the block is read from its own column. */
	{ "two-columns-interleaved",
	  "[" ITEM(56, 112, 6, false, "left", "Theaterworkshops Lena Maas · Kastanienweg 3 · 50667 Köln") ","
	  ITEM(56, 128, 10, false, "left", "Gesamtschule Am Rhein") "," ITEM(56, 141, 10, false, "left", "Sekretariat") ","
	  ITEM(56, 154, 10, false, "left", "Schulstraße 5") "," ITEM(56, 167, 10, false, "left", "50668 Köln") ","
	  ITEM(360, 126, 11, true, "left", "Theaterworkshops Lena Maas") "," ITEM(360, 137, 8, false, "left", "Lena Maas") ","
	  ITEM(360, 148, 8, false, "left", "Kastanienweg 3") "," ITEM(360, 159, 8, false, "left", "50667 Köln") ","
	  ITEM(360, 170, 8, false, "left", "Tel. 0221 4471230") "," ITEM(360, 181, 8, false, "left", "www.theater-maas.de") ","
	  ITEM(56, 230, 16, true, "left", "RECHNUNG") ","
	  ITEM(56, 255, 9, false, "left", "Rechnungsnummer") "," ITEM(180, 255, 9, false, "left", "2026/0782") ","
	  ITEM(56, 268, 9, false, "left", "Rechnungsdatum") "," ITEM(180, 268, 9, false, "left", "12.11.2026") ","
	  ITEM(330, 320, 9, false, "left", "Gesamtbetrag") "," ITEM(540, 320, 9, false, "right", "405,00 €") ","
	  ITEM(56, 350, 9, false, "left", "Zahlbar innerhalb von 14 Tagen.") "]",
	  "2026-11-12", "2026-11-26", "debtor_name: pdf, rule address-block-window", NULL, NULL, NULL, NULL, NULL, NULL,
	  "Gesamtschule Am Rhein", 0 },
	/* The sender's letterhead on the left, the client's block under "Klant" on the right at
	 * a wider pitch: twice their baselines meet within a row (the name beside "Klant", the
	 * enterprise number beside the street), and the rows between still interleave. */
	{ "two-columns-interleaved-rows-shared",
	  "[" ITEM(56, 59, 13, true, "left", "Mirte Claes") "," ITEM(56, 75, 9, false, "left", "Dansateliers") ","
	  ITEM(56, 87, 9, false, "left", "Molenstraat 14, 9000 Gent") ","
	  ITEM(56, 98, 9, false, "left", "Ondernemingsnr. BE 0731.442.518") ","
	  ITEM(330, 58, 9, false, "left", "Klant") "," ITEM(330, 71, 11, false, "left", "Gemeentelijke Basisschool De Linde") ","
	  ITEM(330, 84, 11, false, "left", "t.a.v. het secretariaat") "," ITEM(330, 97, 11, false, "left", "Lindelaan 7") ","
	  ITEM(330, 110, 11, false, "left", "9820 Merelbeke") "," ITEM(330, 123, 11, false, "left", "BE 0207.451.226") ","
	  ITEM(56, 160, 14, true, "left", "Factuur 2026-00112") ","
	  ITEM(56, 180, 9, false, "left", "Factuurdatum") "," ITEM(180, 180, 9, false, "left", "20/11/2026") ","
	  ITEM(56, 193, 9, false, "left", "Vervaldatum") "," ITEM(180, 193, 9, false, "left", "20/12/2026") ","
	  ITEM(330, 240, 9, false, "left", "Totaal incl. btw") "," ITEM(540, 240, 9, false, "right", "€ 726,00") "]",
	  "2026-11-20", "2026-12-20", "debtor_name: pdf", NULL, NULL, NULL, NULL, NULL, NULL,
	  "Gemeentelijke Basisschool De Linde", 0 },
	/* Near miss: the invoice's own details in a row of labels are still paired. */
	{ "details-row-paired",
	  "[" ITEM(56, 60, 13, true, "left", "Holzbau Reiter GmbH") ","
	  ITEM(56, 150, 10, false, "left", "Gasthof Sonne") ","
	  ITEM(56, 163, 10, false, "left", "Dorfplatz 1") ","
	  ITEM(56, 176, 10, false, "left", "83229 Aschau") ","
	  ITEM(56, 240, 16, true, "left", "Rechnung") ","
	  ITEM(56, 265, 8, true, "left", "Rechnungsnummer") "," ITEM(56, 278, 9.5, false, "left", "RE-2026-0112") ","
	  ITEM(200, 265, 8, true, "left", "Datum") "," ITEM(200, 278, 9.5, false, "left", "05.03.2026") ","
	  ITEM(300, 265, 8, true, "left", "Kunden-Nr.") "," ITEM(300, 278, 9.5, false, "left", "10877") ","
	  ITEM(470, 330, 9.5, false, "right", "Gesamtbetrag") "," ITEM(539, 330, 9.5, false, "right", "2.380,00 €") ","
	  ITEM(56, 360, 9.5, false, "left", "Zahlbar innerhalb von 14 Tagen.") "]",
	  "2026-03-05", "2026-03-19", "issue_date: pdf, line \"Datum: 05.03.2026\"", NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 },
	/* A nota that prints no number of its own: the subject names it, and the nota's own
	 * date label dates it (not the referral's "d.d." below). */
	{ "number-from-subject",
	  "[" ITEM(56, 60, 14, true, "left", "Fysiotherapie De Wissel") ","
	  ITEM(56, 150, 10, false, "left", "Marloes Kuipers") ","
	  ITEM(56, 163, 10, false, "left", "Populierenlaan 8") ","
	  ITEM(56, 176, 10, false, "left", "7414 AC Deventer") ","
	  ITEM(56, 230, 16, true, "left", "NOTA") ","
	  ITEM(56, 255, 9.5, false, "left", "Notadatum: 13 juli 2026") ","
	  ITEM(56, 270, 9.5, false, "left", "Patiëntnummer: 5289") ","
	  ITEM(300, 270, 9.5, false, "left", "Verwijzing huisarts d.d. 31-05-2026") ","
	  ITEM(56, 320, 10, true, "left", "Totaal") "," ITEM(539, 320, 10, false, "right", "€ 183,00") ","
	  ITEM(56, 350, 9, false, "left", "Het bedrag binnen 30 dagen na notadatum over te maken.") "]",
	  "2026-07-13", "2026-08-12", "number: rule subject-number", NULL,
	  "Nota 2026-384 Fysiotherapie De Wissel", "nota.pdf", "2026-384", NULL, NULL, NULL, 0 },
	/* Nor does a photographer's poster: its file name does, underscores for spaces; "#"
	 * after a label's colon is no part of a number. */
	{ "number-from-file-name",
	  "[" ITEM(56, 60, 18, true, "left", "JUNIPER & LIGHT") ","
	  ITEM(56, 110, 20, true, "left", "INVOICE") ","
	  ITEM(56, 140, 8, true, "left", "BILLED TO") "," ITEM(300, 140, 8, true, "left", "DATE") ","
	  ITEM(56, 155, 10, false, "left", "Hannah Whitfield") "," ITEM(300, 155, 10, false, "left", "September 28, 2026") ","
	  ITEM(56, 168, 10, false, "left", "7 Orchard Close") ","
	  ITEM(56, 181, 10, false, "left", "Bath BA2 5QT") ","
	  ITEM(56, 240, 10, true, "left", "BALANCE DUE") "," ITEM(539, 240, 10, true, "right", "€4,291.60") ","
	  ITEM(56, 270, 9, false, "left", "Payable upon receipt.") "]",
	  "2026-09-28", "2026-09-28", "number: rule file-name-number", NULL,
	  "Your final invoice", "Invoice_0028.pdf", "0028", NULL, NULL, NULL, 0 },
	/* A letter outside Latin-1 ("ı") goes into a second subset of the same font (as cairo
	 * writes it): the word is still one, set in one style. */
	{ "second-font-subset-in-a-word",
	  "[" ITEM(56, 60, 14, true, "left", "Hausmeisterservice Brandt") ","
	  ITEM(56, 74, 8, false, "left", "Kieler Straße 88 · 24768 Rendsburg · Tel. 04331 77 21 05") ","
	  ITEM(56, 150, 10, false, "left", "Matthias Schäfer-Yıldız") ","
	  ITEM(56, 163, 10, false, "left", "Am Stadtsee 3") ","
	  ITEM(56, 176, 10, false, "left", "24768 Rendsburg") ","
	  ITEM(56, 240, 16, true, "left", "Rechnung 2026-212") ","
	  ITEM(56, 265, 9.5, false, "left", "Rechnungsdatum: 29.10.2026") ","
	  ITEM(470, 330, 9.5, false, "right", "Gesamtbetrag") "," ITEM(539, 330, 9.5, false, "right", "511,70 €") "]",
	  "2026-10-29", NULL, "rule address-block-window: \"Matthias Schäfer-Yıldız\"", NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 },
	/* Near miss: a file name without an invoice word names nothing. */
	{ "file-name-without-invoice-word",
	  "[" ITEM(56, 60, 18, true, "left", "JUNIPER & LIGHT") ","
	  ITEM(56, 110, 20, true, "left", "INVOICE") ","
	  ITEM(56, 140, 8, true, "left", "DATE") "," ITEM(56, 155, 10, false, "left", "September 28, 2026") ","
	  ITEM(56, 240, 10, true, "left", "BALANCE DUE") "," ITEM(539, 240, 10, true, "right", "€4,291.60") ","
	  ITEM(56, 270, 9, false, "left", "Payable upon receipt.") "]",
	  "2026-09-28", "2026-09-28", "amount_due: pdf, labelled amount due", "file-name-number",
	  "Your final invoice", "scan_0028.pdf", "", NULL, NULL, NULL, 0 },
	/* The sender's name drawn twice over itself, plain then bold (wider): the page shows
	 * it once, and the label beside it still heads the column of the block below, whose
	 * rows count fewer cells on their left. */
	{ "overprinted-bold",
	  "[" ITEM(56, 60, 18, true, "left", "Invoice") ","
	  ITEM(56, 90, 9, false, "left", "Invoice number") "," ITEM(160, 90, 9, false, "left", "7C21-0042") ","
	  ITEM(56, 103, 9, false, "left", "Date of issue") "," ITEM(160, 103, 9, false, "left", "May 4, 2026") ","
	  ITEM(56, 150, 9, false, "left", "Lanternfish Labs, Inc.") ","
	  ITEM(56, 150, 9, true, "left", "Lanternfish Labs, Inc.") ","
	  ITEM(300, 150, 9, true, "left", "Bill to") ","
	  ITEM(56, 162, 9, false, "left", "77 Pine St") "," ITEM(300, 162, 9, false, "left", "Saltmarsh Brewing Cooperative") ","
	  ITEM(56, 174, 9, false, "left", "Portland, OR 97204") "," ITEM(300, 174, 9, false, "left", "Attn: Accounts Payable") ","
	  ITEM(56, 186, 9, false, "left", "United States") "," ITEM(300, 186, 9, false, "left", "40 Wharf Rd") ","
	  ITEM(56, 198, 9, false, "left", "billing@lanternfish.example") "," ITEM(300, 198, 9, false, "left", "Astoria, OR 97103") ","
	  ITEM(460, 240, 9, true, "right", "Amount due") "," ITEM(539, 240, 9, true, "right", "$2,400.00") ","
	  ITEM(56, 270, 9, false, "left", "Due within 30 days.") "]",
	  "2026-05-04", "2026-06-03", "amount_due: pdf", NULL, "Your invoice", NULL, NULL,
	  "Labs, Inc.\tBill to", "Lanternfish", "Saltmarsh Brewing Cooperative", 0 },
	/* Near miss: one word twice in a row, side by side, is printed twice. */
	{ "same-word-side-by-side",
	  "[" ITEM(56, 60, 14, true, "left", "Tischlerei Auer") ","
	  ITEM(56, 74, 8, false, "left", "Anichstraße 12 · 6020 Innsbruck · Tel. 0512 58 44 10") ","
	  ITEM(56, 150, 10, false, "left", "Gerda Pichler") ","
	  ITEM(56, 163, 10, false, "left", "Lindenweg 2") ","
	  ITEM(56, 176, 10, false, "left", "6020 Innsbruck") ","
	  ITEM(56, 240, 16, true, "left", "Rechnung 2026-077") ","
	  ITEM(56, 265, 9.5, false, "left", "Rechnungsdatum: 02.06.2026") ","
	  ITEM(56, 300, 9.5, false, "left", "Regal Regal") "," ITEM(200, 300, 9.5, false, "left", "Regal") ","
	  ITEM(470, 330, 9.5, false, "right", "Gesamtbetrag") "," ITEM(539, 330, 9.5, false, "right", "840,00 €") "]",
	  "2026-06-02", NULL, "issue_date: pdf", NULL, NULL, NULL, NULL, "Regal Regal\tRegal", NULL, "Gerda Pichler", 0 },
	/* misses36: a final invoice's totals rows, the earlier instalments taken off below the
	 * total, each label left of its own amount: the total's label is no label over the row
	 * below it ("Totaal incl. btw" is not paired with "Termijn 1 (factuur 2026-0041)", whose
	 * count would be read as the total). */
	{ "totals-row-label-not-over-next-row",
	  "[" ITEM(56, 60, 14, true, "left", "Bouwbedrijf Tromp") ","
	  ITEM(56, 150, 10, false, "left", "Fam. Oosterhuis") ","
	  ITEM(56, 163, 10, false, "left", "Dorpsstraat 56") ","
	  ITEM(56, 176, 10, false, "left", "1693 AC Wervershoof") ","
	  ITEM(56, 230, 16, true, "left", "Factuur 2026-0073") ","
	  ITEM(56, 255, 9.5, false, "left", "Factuurdatum: 23-11-2026") ","
	  ITEM(56, 300, 9.5, false, "left", "Totaal excl. btw") "," ITEM(539, 300, 9.5, false, "right", "39.254,50") ","
	  ITEM(56, 314, 9.5, false, "left", "21% btw") "," ITEM(539, 314, 9.5, false, "right", "8.243,45") ","
	  ITEM(56, 328, 9.5, false, "left", "Totaal incl. btw") "," ITEM(539, 328, 9.5, false, "right", "47.497,95") ","
	  ITEM(56, 342, 9.5, false, "left", "Termijn 1 (factuur 2026-0041)") ","
	  ITEM(539, 342, 9.5, false, "right", "-13.975,50") ","
	  ITEM(56, 356, 9.5, false, "left", "Termijn 2 (factuur 2026-0057)") ","
	  ITEM(539, 356, 9.5, false, "right", "-13.975,50") ","
	  ITEM(56, 370, 9.5, false, "left", "Termijn 3 (factuur 2026-0066)") ","
	  ITEM(539, 370, 9.5, false, "right", "-13.975,50") ","
	  ITEM(56, 390, 10, true, "left", "Nog te voldoen") "," ITEM(539, 390, 10, true, "right", "€ 5.571,45") "]",
	  "2026-11-23", NULL, "amount_due: pdf, labelled amount due", NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	  4749795 },
	/* Near miss: a label over its value in the row below, nothing beside it, is paired. */
	{ "label-alone-over-value-paired",
	  "[" ITEM(56, 60, 14, true, "left", "Bouwbedrijf Tromp") ","
	  ITEM(56, 150, 10, false, "left", "Fam. Oosterhuis") ","
	  ITEM(56, 163, 10, false, "left", "Dorpsstraat 56") ","
	  ITEM(56, 176, 10, false, "left", "1693 AC Wervershoof") ","
	  ITEM(56, 230, 16, true, "left", "Factuur 2026-0075") ","
	  ITEM(340, 255, 8, true, "left", "Vervaldatum") "," ITEM(340, 268, 9.5, false, "left", "07-12-2026") ","
	  ITEM(56, 255, 8, true, "left", "Factuurdatum") "," ITEM(56, 268, 9.5, false, "left", "23-11-2026") ","
	  ITEM(56, 328, 9.5, false, "left", "Totaal incl. btw") "," ITEM(539, 328, 9.5, false, "right", "€ 1.210,00") "]",
	  "2026-11-23", "2026-12-07", "due_date: pdf, line \"Vervaldatum: 07-12-2026\"", NULL, NULL, NULL, NULL,
	  NULL, NULL, NULL, 121000 },
};

static const char eml[] =
	"From: Seller <billing@seller.example>\nTo: Buyer <ap@buyer.example>\nSubject: %s\n"
	"Date: Tue, 14 Apr 2026 10:00:00 +0200\nMessage-ID: <layout@seller.example>\nMIME-Version: 1.0\n"
	"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n"
	"See the attachment.\n\n--b\n@@PDF@@\n--b--\n";

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *layout = g_strdup_printf("{\"pages\":[{\"items\":%s}]}", c->items);
	g_autoptr(GError) error = NULL;
	g_autoptr(JsonNode) node = json_from_string(layout, &error);
	g_assert_no_error(error);
	g_autoptr(GBytes) pdf = dm_eval_render_pdf(json_node_get_object(node), &error);
	g_assert_no_error(error);
	g_autofree char *mail = g_strdup_printf(eml, c->subject ? c->subject : "Documents");
	g_autofree char *raw = dm_eval_build_mail(mail, pdf, c->filename ? c->filename : "doc.pdf");
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	if (c->number)
		g_assert_cmpstr(f->number ? f->number : "", ==, c->number);
	dm_test_assert_date("issue_date", &f->issue_date, c->issue);
	dm_test_assert_date("due_date", &f->due_date, c->due);
	if (!dm_test_explained(f, c->explain))
		g_error("no --explain line holds \"%s\"", c->explain);
	if (c->not_explained && dm_test_explained(f, c->not_explained))
		g_error("an --explain line holds \"%s\"", c->not_explained);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
	if (c->total_cents)
		g_assert_cmpint(f->amount_total_cents, ==, c->total_cents);
	if (c->row) {
		g_autoptr(DmInvoiceTexts) texts = dm_invoice_texts(msg);
		g_assert_cmpuint(texts->pdf->len, ==, 1);
		const char *text = g_ptr_array_index(texts->pdf, 0);
		g_autofree char *end = g_strconcat(c->row, "\n", NULL);
		const char *at = strstr(text, end);
		if (!at)
			g_error("no row ends \"%s\" in:\n%s", c->row, text);
		const char *line = at;
		while (line > text && line[-1] != '\n')
			line--;
		g_autofree char *row = g_strndup(line, (gsize) (at - line) + strlen(c->row));
		const char *first = c->once ? strstr(row, c->once) : NULL;
		if (c->once && (!first || strstr(first + 1, c->once)))
			g_error("the row \"%s\" does not hold \"%s\" once", row, c->once);
		g_assert_true(g_str_has_prefix(texts->body, "Subject: "));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/invoice-pdf-layout/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	int rc = g_test_run();
	dm_eval_render_shutdown();
	return rc;
}
