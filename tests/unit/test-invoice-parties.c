/* test-invoice-parties: who bills whom, the parties on the page (the parties25 round), each
 * rule on a small text written for it and a near miss that must not trigger it. */
#include <string.h>

#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-business.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"

/* The sender's own name, as the invoice's facts know it, tested as a line begins with it. */
static gboolean
sender_in(const char *line, gconstpointer sender)
{
	return strstr(line, sender) != NULL;
}

/* Asserts that @text's block (@own nullable) is named @want, holds @kept and not
 * @left_out (either nullable). */
static void
assert_block(const char *text, const DmAddressBlockOwn *own, const char *want, const char *kept,
	     const char *left_out)
{
	DmAddressBlock b;
	g_assert_true(dm_address_block_find(text, own, &b));
	g_assert_cmpstr(b.name, ==, want);
	if (kept)
		g_assert_nonnull(strstr(b.block, kept));
	if (left_out)
		g_assert_null(strstr(b.block, left_out));
	dm_address_block_clear(&b);
}

/* A block printed after the totals ("Billed to" / name / street / town) with the page's
 * one-line footer straight under it: the footer is the sender's, and the block stays the
 * debtor's.  Near miss: a registration row of the debtor's under its block is kept. */
static void
test_block_above_footer(void)
{
	static const struct {
		const char *text, *want, *kept;
	} cases[] = {
		{ "INVOICE\nInvoice no.\tK-40718\nTotal due\t£922.80\nBilled to\nHarbourside Arts CIC\n"
		  "The Granary, South Quay\nGreat Yarmouth NR30 2RG\nCompany No. 12904418\n"
		  "Kestrel IT Services Ltd · Registered in England No. 11872036 · VAT No. GB 331 0928 14\n",
		  "Harbourside Arts CIC", "Company No. 12904418" },
		{ "FACTUUR\nFactuurnummer\t2026-118\nTotaal\t€ 242,00\nGefactureerd aan\nStichting De Kleine Beer\n"
		  "Lindelaan 4\n7412 AB Deventer\nSchilderwerken Oost | KvK 61123987 | BTW NL001893412B55\n",
		  "Stichting De Kleine Beer", "7412 AB Deventer" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *sender = i == 0 ? "Kestrel IT Services Ltd" : "Schilderwerken Oost";
		DmAddressBlockOwn own = { sender_in, sender };
		assert_block(cases[i].text, &own, cases[i].want, cases[i].kept, sender);
	}
}

/* A middle dot inside a word is Catalan's (l·l: "Avinguda del Paral·lel"), not a footer's
 * run of facts: the block goes on through that street to the town below it. */
static void
test_middle_dot_in_street(void)
{
	assert_block("INVOICE\nInvoice no.\tK-40719\nTotal due\t€922.80\nBilled to\nMarta Puig\n"
		     "Avinguda del Paral·lel 45\n08004 Barcelona\nSpain\n\nWeb design\t€922.80\n",
		     NULL, "Marta Puig", "08004 Barcelona", NULL);
	assert_block("INVOICE\nBilled to: Marta Puig\nCol·legi Sant Miquel\nAvinguda del Paral·lel 45\n"
		     "08004 Barcelona\n\nWeb design\t€922.80\n", NULL, "Marta Puig", "08004 Barcelona", NULL);
}

/* Two columns headed side by side, the debtor's and the other party's ("Aan<TAB>Van",
 * "Bill to<TAB>From", "Rechnungsempfänger<TAB>Rechnungssteller", "Bill to<TAB>Ship to"): the
 * other heading is no name, and the rows of one cell under the debtor's postcode line are
 * the longer column's (the sender's KvK and BTW), not the debtor's.  Near miss: a label
 * alone over its block keeps the debtor's own register number under its postcode line. */
static void
test_columns_side_by_side(void)
{
	static const struct {
		const char *text, *want;
		gboolean business;
	} cases[] = {
		{ "FACTUUR\nAan\tVan\nMevr. drs. H. Bakker-de Vries\tSchildersbedrijf Kwakernaak\n"
		  "Wilhelminalaan 3\tHanzeweg 41\n8031 AB Zwolle\t8025 BJ Zwolle\nKvK 61123987\n"
		  "BTW NL001893412B55\nFactuurnummer\t2026-0430\n", "Mevr. drs. H. Bakker-de Vries", FALSE },
		{ "INVOICE\nBill to\tFrom\nTom Reed\tPennine Joinery Ltd\n4 Church Lane\tUnit 3, Mytholm Works\n"
		  "Halifax HX2 9AB\tHebden Bridge HX7 6DL\nCompany No. 09318842\nVAT Reg. GB 229 4187 62\n"
		  "Invoice no.\tPJ-2310\n", "Tom Reed", FALSE },
		{ "RECHNUNG\nRechnungsempfänger\tRechnungssteller\nHerrn Dr. Jörg Baumann\tElektro Lindqvist GmbH\n"
		  "Schwachhauser Ring 9\tHastedter Heerstraße 77\n28209 Bremen\t28207 Bremen\nHRB 30417\n"
		  "USt-IdNr. DE284471093\nRechnungsnummer\tRE-26-7740\n", "Herrn Dr. Jörg Baumann", FALSE },
		{ "FACTUUR\nAan\nKlusbedrijf Smit\nVeldweg 3\n8011 AB Zwolle\nKvK 92011845\n\nFactuurnummer\t2026-0431\n",
		  "Klusbedrijf Smit", TRUE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmAddressBlock b;
		g_assert_true(dm_address_block_find(cases[i].text, NULL, &b));
		g_assert_cmpstr(b.name, ==, cases[i].want);
		g_autofree char *why = NULL;
		g_assert_cmpint(dm_debtor_block_is_business(b.block, b.name, b.attention, &why), ==, cases[i].business);
		dm_address_block_clear(&b);
	}
}

/* A VAT number on the debtor's name line but in the sender's column of details is the
 * sender's: labelled as its own ("Our VAT no.", "Unsere USt-IdNr.", "Ons btw-nummer"), or
 * printed again in the footer.  Near misses: the customer's own number labelled so, and
 * one on the name's line printed nowhere else, still make the debtor a business. */
static void
test_senders_number_beside_block(void)
{
	static const struct {
		const char *text, *name;
		gboolean business;
	} cases[] = {
		{ "INVOICE\nMrs Jane Baker\tOur VAT no.\tGB 229 4187 62\n9 Birchcliffe Road\tAccount\tBAK01\n"
		  "Hebden Bridge HX7 8JA\nInvoice no.\tPJ-2311\n", "Jane Baker", FALSE },
		{ "RECHNUNG\nHerrn\tKundennummer\t20551\nThomas Bäcker\tUnsere USt-IdNr.\tDE309877214\n"
		  "Wilhelmshöher Allee 12\n34119 Kassel\n", "Thomas Bäcker", FALSE },
		{ "FACTUUR\nDhr. K. Koster\tBtw-nummer\tNL001893412B55\nEikenlaan 12\n8032 AB Zwolle\n"
		  "Schildersbedrijf Kwakernaak · KvK 61123987 · BTW NL001893412B55\n", "Dhr. K. Koster", FALSE },
		{ "RECHNUNG\nFahrradladen Speiche\tIhre USt-IdNr.\tDE312449107\nOstertorsteinweg 9\n28203 Bremen\n",
		  "Fahrradladen Speiche", TRUE },
		{ "FACTUUR\nJ. Smit\tBtw-nummer\tNL002214578B31\nVeldweg 3\n8011 AB Zwolle\n"
		  "Schildersbedrijf Kwakernaak · KvK 61123987\n", "J. Smit", TRUE },
		/* The debtor's own number printed again below, on the remittance slip that does
		 * not repeat its name: still the debtor's, not the letterhead's or the footer's. */
		{ "FACTUUR\nK. Olthof\tBtw-nummer\tNL004417723B12\nVeldweg 3\n8011 AB Zwolle\n"
		  "Omschrijving\tBedrag\nAPK en onderhoud\t412,00\n\nRetourstrook\n"
		  "Debiteur 4411\tNL004417723B12\tFactuur 2026-118\n"
		  "Schildersbedrijf Kwakernaak · KvK 61123987\n", "K. Olthof", TRUE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *why = NULL;
		DmInvoiceDebtorKind kind = dm_debtor_kind_read(cases[i].text, cases[i].name, "x@example.org", &why);
		g_test_message("case %u: %s", i, why);
		g_assert_cmpint(kind == DM_INVOICE_DEBTOR_BUSINESS, ==, cases[i].business);
	}
}

/* The window on the right, the details column on its left ending before the block: the
 * block's street and town stand alone below ("Museggstrasse 8" / "6004 Luzern") and are
 * still the block's.  Near miss: a line alone with no postcode line under it (the title)
 * ends the block. */
static void
test_window_right_longer_than_details(void)
{
	const char *text = "Bühlmann Sanitär AG\nBaselstrasse 52 · 6003 Luzern · T 041 240 19 70\n"
			   "Kundennummer\t4471\tFrau\nMWST-Nr.\tCHE-271.904.118 MWST\tKäthi Bühler-Koch\n"
			   "Museggstrasse 8\n6004 Luzern\nRECHNUNG\nRechnungsnummer\tBS-26-0920\n";
	DmAddressBlockOwn own = { sender_in, "Bühlmann Sanitär AG" };
	DmAddressBlock b;
	g_assert_true(dm_address_block_find(text, &own, &b));
	g_assert_cmpstr(b.name, ==, "Käthi Bühler-Koch");
	g_assert_cmpstr(b.rule, ==, "window-right");
	g_assert_nonnull(strstr(b.block, "6004 Luzern"));
	dm_address_block_clear(&b);
	const char *no_town = "Bühlmann Sanitär AG\nBaselstrasse 52 · 6003 Luzern · T 041 240 19 70\n"
			      "Kundennummer\t4471\tFrau\nMWST-Nr.\tCHE-271.904.118 MWST\tKäthi Bühler-Koch\n"
			      "RECHNUNG\nRechnungsnummer\tBS-26-0920\n";
	gboolean found = dm_address_block_find(no_town, &own, &b);
	g_assert_false(found && b.block && strstr(b.block, "RECHNUNG"));
	dm_address_block_clear(&b);
}

/* An HTML table row of two address cells, lines broken by <br>, reads as a PDF prints two
 * blocks side by side: line by line, the cells apart by a tab; the block reader then
 * takes the debtor's column under its label.  Near misses: a row of one-line cells stays
 * one line with its tabs, and a row whose only other cell is empty (a signature's logo)
 * reads as its text alone. */
static void
test_html_row_of_blocks(void)
{
	static const struct {
		const char *html, *text;
	} cases[] = {
		{ "<table><tr><th>Van</th><th>Aan</th></tr><tr><td>Schildersbedrijf Kwakernaak<br>Hanzeweg 41<br>"
		  "8025 BJ Zwolle<br>BTW NL001893412B55</td><td>Mevrouw P. Koch<br>Assendorperstraat 9<br>8012 DE Zwolle"
		  "</td></tr></table>",
		  "Van\tAan\nSchildersbedrijf Kwakernaak\tMevrouw P. Koch\nHanzeweg 41\tAssendorperstraat 9\n"
		  "8025 BJ Zwolle\t8012 DE Zwolle\nBTW NL001893412B55\n" },
		{ "<table><tr><td>Subtotaal</td><td>€ 500,00</td></tr></table>", "Subtotaal\t€ 500,00\n" },
		{ "<table><tr><td><img src=\"cid:logo\"></td><td>Tom Ashworth<br>Studio Manager</td></tr></table>",
		  "Tom Ashworth\nStudio Manager\n" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *text = dm_html_to_text(cases[i].html, strlen(cases[i].html), 4096);
		g_assert_cmpstr(text, ==, cases[i].text);
	}
	/* Rows nested 300 deep, each with an address cell: a row that holds a table is read
	 * as before, so each cell is read once, however deep (the walk stays linear). */
	GString *deep = g_string_new(NULL);
	for (guint i = 0; i < 300; i++)
		g_string_append(deep, "<table><tr><td>a<br>b</td><td>");
	g_string_append(deep, "Mevrouw P. Koch<br>8012 DE Zwolle");
	for (guint i = 0; i < 300; i++)
		g_string_append(deep, "</td></tr></table>");
	g_autofree char *nested = dm_html_to_text(deep->str, deep->len, 1 << 20);
	g_assert_nonnull(strstr(nested, "Mevrouw P. Koch"));
	g_string_free(deep, TRUE);
	g_autofree char *text = dm_html_to_text(cases[0].html, strlen(cases[0].html), 4096);
	DmAddressBlockOwn own = { sender_in, "Schildersbedrijf Kwakernaak" };
	assert_block(text, &own, "Mevrouw P. Koch", NULL, "BTW");
}

/* A details cell beside the block's label holds the field's label and its value
 * ("Factuuradres<TAB>Factuurnummer F2026/861", "Rechnung an<TAB>Rechnungsnr. UM-26-1140"):
 * no name, the block starts below the label.  Near misses: a name beside its label stays
 * the name ("Klant<TAB>Bouwbedrijf Datema B.V.", "Rechnung an<TAB>Hotel 1900 GmbH"). */
static void
test_details_cell_with_value(void)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "Factuuradres\tFactuurnummer F2026/861\nDrukkerij Snelpers B.V.\tFactuurdatum 06-08-2026\n"
		  "t.a.v. Henk Guijt\tBestelnummer #1305\nAmbachtsweg 17\n2222 AH Katwijk\n", "Drukkerij Snelpers B.V." },
		{ "Rechnung an\tRechnungsnr. UM-26-1140\nFrau Thi Hoa Nguyen\tDatum 23.11.2026\n"
		  "Leipziger Straße 120\n01127 Dresden\n", "Frau Thi Hoa Nguyen" },
		{ "Klant\tBouwbedrijf Datema B.V.\nIndustrieweg 4\n3861 AB Nijkerk\n", "Bouwbedrijf Datema B.V." },
		{ "Rechnung an\tHotel 1900 GmbH\nRingstraße 4\n01067 Dresden\n", "Hotel 1900 GmbH" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
		assert_block(cases[i].text, NULL, cases[i].want, NULL, NULL);
}

/* A person on the label's line and the organisation on the row under it ("Bill to: Dan
 * Ellis" / "Company: Ellis & Moor Surveyors Ltd"): the organisation owes.  Near misses: a
 * register number's row ("Company No. 08812344") and a street under the person leave the
 * person the name, and so does a row that names no company ("Company: Private individual",
 * "Bedrijf: Particulier", "Company: N/A"). */
static void
test_company_row_under_person(void)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "Invoice INV-1\nBill to: Dan Ellis\nCompany: Ellis & Moor Surveyors Ltd\nCompany No. 08812344\n\n"
		  "Server migration\t£500.00\n", "Ellis & Moor Surveyors Ltd" },
		{ "Factuur 2026-1\nFactuur aan: Sanne Vos\nBedrijf: Vos Interieurbouw\n\nKasten\t€ 500,00\n",
		  "Vos Interieurbouw" },
		{ "Invoice INV-2\nBill to: Dan Ellis\nCompany No. 08812344\n\nServer migration\t£500.00\n", "Dan Ellis" },
		{ "Invoice INV-3\nBill to: Dan Ellis\n4 Elm Hill\nNorwich NR3 1HN\n\nServer migration\t£500.00\n",
		  "Dan Ellis" },
		{ "Invoice INV-4\nBill to: Dan Ellis\nCompany: Private individual\n4 Elm Hill\nNorwich NR3 1HN\n\n"
		  "Server migration\t£500.00\n", "Dan Ellis" },
		{ "Factuur 2026-2\nFactuur aan: Sanne Vos\nBedrijf: Particulier\nEikenlaan 12\n8032 AB Zwolle\n\n"
		  "Kasten\t€ 500,00\n", "Sanne Vos" },
		{ "Invoice INV-5\nBill to: Dan Ellis\nCompany: N/A\n4 Elm Hill\nNorwich NR3 1HN\n\n"
		  "Server migration\t£500.00\n", "Dan Ellis" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
		assert_block(cases[i].text, NULL, cases[i].want, NULL, NULL);
}

/* The debtor's own register number between its name and its street in an unlabelled
 * window ("Stichting Zeehondencrèche Noord" / "RSIN 8199.22.431" / "Zeeweg 3"): the name is
 * above it, and the number is the block's.  Near miss: the sender's letterhead with its KvK
 * above a block whose name is a person's stays out of that block. */
static void
test_register_number_inside_window(void)
{
	const char *text = "Drukkerij Het Zeepaard\nHavenkade 9 · 1781 AB Den Helder · T 0223 - 61 44 20\n"
			   "Stichting Zeehondencrèche Noord\nRSIN 8199.22.431\nZeeweg 3\n1779 XX Den Oever\n"
			   "FACTUUR\nFactuurnummer\tZP-26-1300\n";
	assert_block(text, NULL, "Stichting Zeehondencrèche Noord", "RSIN", NULL);
	const char *letterhead = "Drukkerij Het Zeepaard\nKvK 37712450\nMevr. J. Kok\nZeeweg 5\n1779 XX Den Oever\n"
				 "FACTUUR\nFactuurnummer\tZP-26-1301\n";
	assert_block(letterhead, NULL, "Mevr. J. Kok", NULL, "KvK");
}

/* Lines that are never the debtor's name (heldout25 and heldout26, opened): the sender's VAT
 * number alone on the line above the window ("BE 0388.104.522"), a field's label in the
 * cell beside the block's label ("Rechnung an<TAB>Rechnungs-Nr.<TAB>261204"), an Irish
 * county typed in capitals ("CO. CLARE").  (Left, found writing a near miss: beside
 * "Rechnung an<TAB>Rechnungs-Nr.", a firm whose name opens with a label's word,
 * "Projektbau Lindner GmbH", is passed over for its street.) */
static void
test_never_names(void)
{
	static const struct {
		const char *text, *want, *sender;
	} cases[] = {
		{ "Boekhoudkantoor Peeters & Co\nMeensesteenweg 12\n8500 Kortrijk\nBE 0412.903.118\n"
		  "Mevr. Lies Vermeulen\tFactuurnummer\tV26-1031\nKerkstraat 8\tFactuurdatum\t12/11/2026\n"
		  "8510 Marke\tKlantcode\tVERM01\n", "Mevr. Lies Vermeulen", "Boekhoudkantoor Peeters" },
		{ "Baumschule Elbtal\tRechnung\nAm Deich 4\n21635 Jork\nRechnung an\tRechnungs-Nr.\t26118\n"
		  "Gartenbau Lindner e.K.\tDatum\t02.12.2026\nObstmarschenweg 9\n21635 Jork\n",
		  "Gartenbau Lindner e.K.", "Baumschule Elbtal" },
		{ "Shannon Heating\tInvoice\nMain Street\nEnnis, Co. Clare V95 X2K4\nINVOICE TO\tInvoice #\t26-0442\n"
		  "MÁIRE NÍ BHRIAIN\tDate\t4 November 2026\n12 ABBEY LANE\nENNIS\nCO. CLARE\n",
		  "MÁIRE NÍ BHRIAIN", "Shannon Heating" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmAddressBlockOwn own = { sender_in, cases[i].sender };
		assert_block(cases[i].text, &own, cases[i].want, NULL, NULL);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-parties/block-above-footer", test_block_above_footer);
	g_test_add_func("/invoice-parties/columns-side-by-side", test_columns_side_by_side);
	g_test_add_func("/invoice-parties/middle-dot-in-street", test_middle_dot_in_street);
	g_test_add_func("/invoice-parties/senders-number-beside-block", test_senders_number_beside_block);
	g_test_add_func("/invoice-parties/window-right-longer-than-details", test_window_right_longer_than_details);
	g_test_add_func("/invoice-parties/html-row-of-blocks", test_html_row_of_blocks);
	g_test_add_func("/invoice-parties/details-cell-with-value", test_details_cell_with_value);
	g_test_add_func("/invoice-parties/company-row-under-person", test_company_row_under_person);
	g_test_add_func("/invoice-parties/register-number-inside-window", test_register_number_inside_window);
	g_test_add_func("/invoice-parties/never-names", test_never_names);
	return g_test_run();
}
