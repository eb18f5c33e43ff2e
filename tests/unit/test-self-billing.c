/* test-self-billing: a self-billing statement (the customer bills itself for the supplier's
 * work and pays by it) is the customer's, never chased — whatever words the customer uses
 * to announce its own payment within a term, of days or of months, in either word order;
 * one that asks for payment within a term is the supplier's invoice to chase, and a time
 * limit that is no payment's asks for nothing.  As a table (dm_self_billing_reason). */
#include "parser/invoice/dm-self-billing.h"
#include "parser/mime/dm-message.h"

static const struct {
	const char *name, *text;
	gboolean chased; /* TRUE: a term asked for, no self-billing reason */
} cases[] = {
	/* The customer announcing its own payment (de, nl, en), days and months. */
	{ "de-zahlung-erfolgt", "Die Zahlung erfolgt innerhalb von 30 Tagen.", FALSE },
	{ "de-wir-ueberweisen", "Wir überweisen den Betrag innerhalb von 30 Tagen auf Ihr Konto.", FALSE },
	{ "de-ueberweisen-wir", "Den Betrag überweisen wir innerhalb von 30 Tagen auf Ihr Konto.", FALSE },
	{ "de-term-first", "Innerhalb von 30 Tagen überweisen wir Ihnen den Betrag.", FALSE },
	{ "de-wir-werden", "Wir werden den Betrag innerhalb von 30 Tagen überweisen.", FALSE },
	{ "de-auszahlung-erfolgt", "Die Auszahlung erfolgt innerhalb von 30 Tagen.", FALSE },
	{ "de-ueberweisung-erfolgt-monat", "Die Überweisung erfolgt innerhalb eines Monats.", FALSE },
	{ "de-zahlung-erfolgt-monat", "Die Zahlung erfolgt innerhalb eines Monats.", FALSE },
	{ "de-sie-erhalten", "Sie erhalten den Betrag innerhalb von 14 Tagen.", FALSE },
	{ "nl-vindt-plaats", "Betaling vindt plaats binnen 30 dagen.", FALSE },
	{ "nl-uitbetaling", "Uitbetaling vindt plaats binnen 30 dagen.", FALSE },
	{ "nl-wij-maken-over", "Wij maken het bedrag binnen 30 dagen over.", FALSE },
	{ "nl-maken-wij-over", "Het bedrag maken wij binnen 30 dagen over.", FALSE },
	{ "nl-term-first", "Binnen 30 dagen maken wij het bedrag over.", FALSE },
	{ "nl-wij-zullen", "Wij zullen het bedrag binnen 30 dagen overmaken.", FALSE },
	{ "nl-wij-maken-maand", "Wij maken het bedrag binnen 1 maand over.", FALSE },
	{ "nl-u-ontvangt", "U ontvangt het bedrag binnen 30 dagen op uw rekening.", FALSE },
	{ "en-will-be-made", "Payment will be made within 30 days.", FALSE },
	{ "en-is-made", "Payment is made within 30 days of the statement date.", FALSE },
	{ "en-we-pay", "We pay within 30 days of the statement date.", FALSE },
	{ "en-we-will-transfer", "We'll transfer the amount within 30 days.", FALSE },
	{ "en-month", "Payment will be made within one month.", FALSE },
	{ "en-you-will-receive", "You will receive payment within 30 days.", FALSE },
	/* A time limit that is no payment's: for objections, days or months. */
	{ "de-objections-month", "Einwände gegen diese Gutschrift sind innerhalb eines Monats zu erheben.", FALSE },
	{ "nl-objections-month", "Bezwaar tegen deze afrekening binnen één maand.", FALSE },
	{ "en-queries-month", "Please raise any query within one month of the statement date.", FALSE },
	/* Near misses: payment asked of the customer within a term, days and months, also in
	 * the supplier's own words ("wir bitten um Zahlung", "we ask you to pay"). */
	{ "de-zahlbar", "Zahlbar innerhalb von 30 Tagen an den Leistenden.", TRUE },
	{ "de-zahlbar-monat", "Zahlbar innerhalb eines Monats an den Leistenden.", TRUE },
	{ "de-wir-bitten", "Wir bitten um Zahlung innerhalb von 30 Tagen.", TRUE },
	{ "de-bitte-ueberweisen", "Wir bitten Sie, den Betrag innerhalb von 30 Tagen zu überweisen.", TRUE },
	{ "nl-betaling-binnen", "Betaling binnen 30 dagen aan de leverancier.", TRUE },
	{ "nl-betaling-maand", "Betaling binnen 1 maand aan de leverancier.", TRUE },
	{ "nl-wij-verzoeken", "Wij verzoeken u het bedrag binnen 30 dagen te betalen.", TRUE },
	{ "en-payment-within", "Payment within 30 days to the supplier's account.", TRUE },
	{ "en-payment-month", "Payment within one month to the supplier's account.", TRUE },
	{ "en-we-ask", "We ask you to pay within 30 days.", TRUE },
};

static void
test_case(gconstpointer data)
{
	guint i = GPOINTER_TO_UINT(data);
	g_autofree char *doc = g_strdup_printf("Self-billing statement SB-2026-11\nTotal\t1.190,00\n%s\n", cases[i].text);
	g_autoptr(DmNotInvoiceReason) why = dm_self_billing_reason(NULL, doc);
	g_assert_cmpint(why == NULL, ==, cases[i].chased);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/self-billing/", cases[i].name, NULL);
		g_test_add_data_func(path, GUINT_TO_POINTER(i), test_case);
	}
	return g_test_run();
}
