/* test-delivery-due: an invoice payable on delivery falls due on the delivery's day, which
 * its page prints under a label or the cover note names ("We'll deliver on Thursday 10
 * December", "Wir liefern am 10.12.2026", "We leveren op donderdag 10 december"); without
 * a delivery date, or without the term, no date. */
#include "parser/invoice/dm-delivery-due.h"

typedef struct {
	const char *name, *doc, *body, *want;  /* want: ISO date, NULL for none */
} Case;

static const Case cases[] = {
	{ "en-cover-note-names-day",
	  "Total\t£1,480.00\nBalance due\t£980.00\nBalance payable on delivery, by card or transfer.\n",
	  "Good news: the table is finished. We'll deliver on Thursday 10 December between 8 and 12.\n", "2026-12-10" },
	{ "de-cover-note-names-day",
	  "Gesamtbetrag\t1.480,00 €\nZahlbar bei Lieferung.\n",
	  "Guten Tag,\nwir liefern am 10.12.2026 zwischen 8 und 12 Uhr.\n", "2026-12-10" },
	{ "nl-cover-note-names-day",
	  "Totaal\t€ 1.480,00\nTe betalen bij aflevering.\n",
	  "Beste klant,\nWe leveren de kast op donderdag 10 december tussen 8 en 12 uur.\n", "2026-12-10" },
	{ "en-page-prints-delivery-date",
	  "Delivery date: 10 December 2026\nTotal\t£1,480.00\nPayment due on delivery.\n", "Invoice attached.\n", "2026-12-10" },
	/* review32a: a deposit's bill, the balance payable on delivery: the delivery's day is
	 * the balance's, not the deposit's (en, de, nl). */
	{ "en-deposit-invoice-balance-on-delivery",
	  "DEPOSIT INVOICE\nOak dining table\t\u00a31,480.00\nDeposit (50%) due now\t\u00a3740.00\n"
	  "Balance payable on delivery.\nDelivery date: 15 January 2027\n", "Invoice attached.\n", NULL },
	{ "de-anzahlungsrechnung-rest-bei-lieferung",
	  "Anzahlungsrechnung\nEsstisch Eiche\t1.480,00 \u20ac\nAnzahlung 50 %\t740,00 \u20ac\n"
	  "Restbetrag zahlbar bei Lieferung.\nLiefertermin: 15.01.2027\n", "Anbei die Rechnung.\n", NULL },
	{ "nl-aanbetalingsfactuur-rest-bij-levering",
	  "Aanbetalingsfactuur\nEiken eettafel\t\u20ac 1.480,00\nAanbetaling 50%\t\u20ac 740,00\n"
	  "Restant te betalen bij aflevering.\nLeverdatum: 15-01-2027\n", "Bijgaand de factuur.\n", NULL },
	/* Near misses: the term without a delivery day, a delivery day without the term. */
	{ "en-term-no-day", "Total\t£1,480.00\nBalance payable on delivery.\n", "Invoice attached.\n", NULL },
	{ "en-day-no-term", "Total\t£1,480.00\nPayment within 14 days.\n",
	  "We'll deliver on Thursday 10 December.\n", NULL },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	GDate ref, due;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 2, G_DATE_DECEMBER, 2026);
	gboolean found = dm_delivery_due(c->doc, c->body, &ref, &due);
	if (!c->want) {
		g_assert_false(found);
		return;
	}
	g_assert_true(found);
	char iso[16];
	g_date_strftime(iso, sizeof iso, "%Y-%m-%d", &due);
	g_assert_cmpstr(iso, ==, c->want);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/delivery-due/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
