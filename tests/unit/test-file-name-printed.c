/* test-file-name-printed: the invoice number a PDF's file name gives when the document
 * prints it (dm_file_name_printed_number), as a table: the printed form with its own
 * separators; near misses — a file name the text does not print, a date, a year alone, a
 * word of the file name. */
#include "parser/invoice/dm-file-name-printed.h"

static const struct {
	const char *name, *file, *text, *want;
} cases[] = {
	{ "underscores-printed-slashes", "2027_PR_0214.pdf", "Factuur provisie 2027/PR/0214\nDatum\t18/12/2026\n",
	  "2027/PR/0214" },
	{ "word-before-number", "contributie_C26-0233.pdf", "Ref.: C26-0233\nLid 1042\n", "C26-0233" },
	{ "hyphen-printed-slash", "PV-2027-0091.pdf", "Provisie\tPV-2027/0091\n", "PV-2027/0091" },
	{ "bare-counter", "2026-0419.pdf", "Staat van kosten 2026/0419\n", "2026/0419" },
	{ "counter-after-year", "2026_12_0419.pdf", "Nota 2026-12-0419\n", "2026-12-0419" },
	{ "short-counter", "RE_12_26.pdf", "Rechnung RE 12/26\n", "RE 12/26" },
	/* Near misses. */
	{ "not-printed", "INV-55821.pdf", "Invoice\nTotal\t€ 10,00\n", NULL },
	{ "date-is-no-number", "2026-12-01.pdf", "Datum 2026-12-01\n", NULL },
	{ "year-alone", "Rechnung_2026.pdf", "Rechnung 2026\n", NULL },
	{ "inside-a-longer-number", "2026-041.pdf", "Rechnung 2026-0415\n", NULL },
	{ "word-only", "December_fees.pdf", "December fees\n", NULL },
	{ "customer-number", "Mueller_K-10432.pdf", "Kundennummer: K-10432\nGesamt 80,00 €\n", NULL },
	{ "order-number", "Acme PO 4500123456.pdf", "Your PO: 4500123456\nTotal £80.00\n", NULL },
	{ "number-beside-customer-line", "Mueller_RG-10432.pdf", "Kundennummer: K-77\nRG-10432\n", "RG-10432" },
	{ "date-short-year", "Rechnung 01.12.26.pdf", "Rechnungsdatum: 01.12.26\nGesamt 80,00 €\n", NULL },
	{ "month-and-year", "Abrechnung_12_2026.pdf", "Abrechnungszeitraum 12/2026\n", NULL },
	{ "year-and-month", "Huur 2026-11.pdf", "Huur periode 2026-11\n", NULL },
};

static void
test_case(gconstpointer data)
{
	guint i = GPOINTER_TO_UINT(data);
	g_autofree char *got = dm_file_name_printed_number(cases[i].file, cases[i].text);
	g_assert_cmpstr(got, ==, cases[i].want);
	g_assert_null(dm_file_name_printed_number(NULL, cases[i].text));
	g_assert_null(dm_file_name_printed_number(cases[i].file, NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/file-name-printed/", cases[i].name, NULL);
		g_test_add_data_func(path, GUINT_TO_POINTER(i), test_case);
	}
	return g_test_run();
}
