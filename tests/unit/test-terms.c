/* test-terms: the one payment-term reader (dm_payment_term_days), as a table of the ways
 * invoices in Dutch, English and German state a term. */
#include "parser/text/dm-terms.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *text;
	int days;
} TermCase;

static const TermCase cases[] = {
	{ "nl-binnen", "Gelieve binnen 14 dagen te betalen.", 14 },
	{ "nl-werkdagen", "Betaling binnen 10 werkdagen.", 10 },
	{ "nl-na-factuurdatum", "Te voldoen 30 dagen na factuurdatum.", 30 },
	{ "nl-na-dagtekening", "betaling uiterlijk 21 dagen na dagtekening", 21 },
	{ "nl-label", "Betalingstermijn: 14 dagen", 14 },
	{ "nl-netto", "Betaling 30 dagen netto", 30 },
	{ "nl-netto-first", "Netto 8", 8 },
	{ "en-within", "Payment within 30 days.", 30 },
	{ "en-after-invoice-date", "Payment is due 45 days after the invoice date.", 45 },
	{ "en-net", "Terms: Net 30", 30 },
	{ "en-net-alone", "Net 15", 15 },
	{ "en-payment-terms", "Payment terms: 14 days", 14 },
	{ "de-innerhalb", "Zahlbar innerhalb von 14 Tagen ohne Abzug.", 14 },
	{ "de-ziel", "Zahlungsziel: 30 Tage", 30 },
	{ "de-nach-rechnungsdatum", "Zahlbar 10 Tage nach Rechnungsdatum.", 10 },
	{ "fr-dans-les", "Paiement dans les 30 jours.", 30 },
	{ "no-break-space", "Payment terms:\xc2\xa0" "14\xc2\xa0" "days", 14 },
	{ "label-beats-sentence", "Betaal binnen 7 dagen. Betalingstermijn: 14 dagen", 14 },
	{ "none", "Bedankt voor uw opdracht.", 0 },
	{ "net-amount-is-not-a-term", "Net 30 EUR", 0 },
	{ "percent-is-not-a-term", "netto 21% btw", 0 },
	{ "too-long", "binnen 400 dagen", 0 },
	{ "zero", "binnen 0 dagen", 0 },
};

static void
test_term(gconstpointer data)
{
	const TermCase *c = data;
	g_assert_cmpint(dm_payment_term_days(c->text, strlen(c->text)), ==, c->days);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_assert_cmpint(dm_payment_term_days(NULL, 0), ==, 0);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/terms/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_term);
	}
	return g_test_run();
}
