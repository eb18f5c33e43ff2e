/* test-table-text: a header row of labels over a row of values, as an HTML table reads
 * once rendered, paired into "label: value" lines; an item table's header, rows of unlike
 * length and rows with digits in the labels are never paired; and a whole HTML invoice
 * mail read through it. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-table-text.h"
#include "parser/mime/dm-message.h"

static const struct {
	const char *name, *text, *pairs;   /* pairs: what is appended after the text, "" none */
} cases[] = {
	{ "header-over-values", "Factuurnummer\tFactuurdatum\tTe betalen\n2026-118\t3 november 2026\t€ 1.210,00\n",
	  "Factuurnummer: 2026-118\nFactuurdatum: 3 november 2026\nTe betalen: € 1.210,00\n" },
	{ "empty-value-skipped", "Rechnungsnummer\tKundennummer\nRE-77\t\n", "Rechnungsnummer: RE-77\n" },
	/* Near misses. */
	{ "item-header", "Description\tQty\tAmount\nLogo design\t1\t€ 450,00\n", "" },
	{ "unlike-rows", "Invoice number\tDate\nINV-7\n", "" },
	{ "digits-in-labels", "2026\t2027\n100\t200\n", "" },
	{ "one-cell", "Invoice number\nINV-7\n", "" },
	{ "no-tabs", "Invoice INV-7\nTotal € 12,00\n", "" },
	{ "last-line", "Invoice number\tDate", "" },
};

static void
test_pairs(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_table_text_with_pairs(cases[i].text);
		g_assert_true(g_str_has_prefix(got, cases[i].text));
		const char *added = got + strlen(cases[i].text);
		if (*added == '\n' && cases[i].text[strlen(cases[i].text) - 1] != '\n')
			added++;
		if (strcmp(added, cases[i].pairs) != 0)
			g_error("case %s: appended \"%s\", expected \"%s\"", cases[i].name, added, cases[i].pairs);
	}
	g_assert_null(dm_table_text_with_pairs(NULL));
	g_assert_true(dm_table_is_item_header("Unit price"));
	g_assert_false(dm_table_is_item_header("Amount due"));
}

/* An HTML invoice whose table has its labels in a header row, its values in the next. */
static void
test_html_invoice(void)
{
	static const char raw[] =
		"From: Studio Noord <billing@studionoord.example>\r\nTo: Sophie Maas <sophie@maas.example>\r\n"
		"Subject: Uw factuur van Studio Noord\r\nDate: Tue, 03 Nov 2026 10:00:00 +0100\r\n"
		"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
		"<html><body><p>Beste Sophie,</p><p>Hierbij je factuur.</p><table>"
		"<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Vervaldatum</th><th>Te betalen</th></tr>"
		"<tr><td>SN-2026-118</td><td>3 november 2026</td><td>17 november 2026</td><td>&euro; 1.210,00</td></tr>"
		"</table><table><tr><th>IBAN</th><th>Betalingskenmerk</th></tr>"
		"<tr><td>NL91 ABNA 0417 1643 00</td><td>5102 8010 3060 2898</td></tr></table></body></html>\r\n";
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "SN-2026-118");
	g_assert_cmpint(f->amount_cents, ==, 121000);
	g_assert_cmpstr(f->currency, ==, "EUR");
	g_assert_cmpint(g_date_get_day(&f->due_date), ==, 17);
	g_assert_cmpstr(f->payment_reference, ==, "5102801030602898");
	g_assert_cmpstr(f->iban, ==, "NL91ABNA0417164300");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/table-text/pairs", test_pairs);
	g_test_add_func("/table-text/html-invoice", test_html_invoice);
	return g_test_run();
}
