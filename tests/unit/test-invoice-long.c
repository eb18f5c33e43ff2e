/* test-invoice-long: the rules for long and recurring invoices (the long20 round), each on a
 * small mail written for it and a near miss that must not trigger it, as a table: a
 * discount for paying a year ahead is a line of the bill, not a payment made; "Mededeling:"
 * with the invoice's own number and "quote <number> as your reference" are no payment
 * reference; "Wij schrijven het bedrag rond <date> af" and "spätestens am <date> … zu
 * überweisen" give the due date; a "statement invoice" is an invoice; a bare "$" from a
 * Canadian firm is the Canadian dollar; a preview of the next invoice with an estimated
 * amount and a standing order confirmed are not invoices. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;                   /* FALSE: must not be read as an invoice */
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *reference;              /* "" : none read; NULL: not checked */
	const char *currency;               /* NULL: not checked */
} Case;

static const Case cases[] = {
	/* A discount for paying ahead lowers the total; the amount due is that total. */
	{ "prepayment-discount-nl", "Factuur LX-7 jaarcontract 2027",
	  "Factuur\nFactuurnummer\tLX-7\nFactuurdatum\t27-11-2026\nOnderhoud 2027\t€ 1.000,00\n"
	  "Vooruitbetalingskorting 3%\t€ -30,00\nSubtotaal\t€ 970,00\nBtw 21%\t€ 203,70\n"
	  "Totaal te betalen\t€ 1.173,70\nBinnen 30 dagen betalen.\n",
	  TRUE, 117370, 117370, NULL, NULL, NULL },
	{ "prepayment-discount-de", "Rechnung GS-88 Jahreslizenz 2027",
	  "Rechnung\nRechnungsnummer\tGS-88\nRechnungsdatum\t01.12.2026\nLizenz 2027\t1.000,00 €\n"
	  "Rabatt Vorauszahlung 5 %\t-50,00 €\nNettobetrag\t950,00 €\nUSt. 20 %\t190,00 €\n"
	  "Rechnungsbetrag\t1.140,00 €\nFällig am 31.12.2026.\n",
	  TRUE, 114000, 114000, "2026-12-31", NULL, NULL },
	/* Near miss: a prepayment made is still taken off the total. */
	{ "near-miss-prepayment-paid-nl", "Factuur LX-8",
	  "Factuur\nFactuurnummer\tLX-8\nFactuurdatum\t27-11-2026\nTotaal\t€ 1.210,00\n"
	  "Vooruitbetaling ontvangen\t€ -210,00\nNog te betalen\t€ 1.000,00\n",
	  TRUE, 100000, 121000, NULL, NULL, NULL },
	/* The invoice's number asked back in the free-text message is no payment reference. */
	{ "mededeling-own-number", "Factuur KM-2026-3318",
	  "Factuur nr.\tKM-2026-3318\nDatum\t03/12/2026\nTotaal\t€ 170,00\n"
	  "Te betalen binnen 30 dagen op BE68 5390 0754 7034.\nMededeling: KM-2026-3318\n",
	  TRUE, 17000, -1, NULL, "", NULL },
	/* The number asked back, and a structured communication given after it: that one. */
	{ "mededeling-own-number-then-structured", "Factuur KM-2026-3319",
	  "Factuur nr.\tKM-2026-3319\nDatum\t03/12/2026\nTotaal\t€ 170,00\n"
	  "Te betalen binnen 30 dagen op BE68 5390 0754 7034.\nMededeling: KM-2026-3319\n"
	  "Of gebruik de gestructureerde mededeling +++331/8202/61234+++\n",
	  TRUE, 17000, -1, NULL, "+++331/8202/61234+++", NULL },
	/* Near misses: a code of its own in the field, and a structured communication. */
	{ "near-miss-mededeling-own-code", "Factuur F2026-0046",
	  "Factuur nr.\tF2026-0046\nDatum\t03/12/2026\nTotaal\t€ 170,00\n"
	  "Te betalen binnen 30 dagen op BE68 5390 0754 7034 - Mededeling: F2026-0046/KL77\n",
	  TRUE, 17000, -1, NULL, "F2026-0046/KL77", NULL },
	{ "near-miss-mededeling-structured", "Factuur KM-2026-3325",
	  "Factuur nr.\tKM-2026-3325\nDatum\t03/12/2026\nTotaal\t€ 90,00\n"
	  "Te betalen binnen 15 dagen op BE68 5390 0754 7034.\nMededeling: +++331/8202/61234+++\n",
	  TRUE, 9000, -1, NULL, "+++331/8202/61234+++", NULL },
	{ "quote-as-your-reference", "Invoice NMH-5530",
	  "Invoice\tNMH-5530\nDate\t3 December 2026\nAmount due\t£518.40\n"
	  "Due by 31 December 2026. Pay to GB29 NWBK 6016 1331 9268 19; quote NMH-5530 as your reference.\n",
	  TRUE, 51840, -1, "2026-12-31", "", NULL },
	/* The same asked with "use" or "put" (the README's call: the invoice's own number asked
	 * in a sentence is no payment reference). */
	{ "use-own-number-as-the-reference", "Invoice PT-26-014",
	  "Invoice\tPT-26-014\nDate\t3 December 2026\nAmount due\t£120.00\n"
	  "Please pay to GB29 NWBK 6016 1331 9268 19 and use PT-26-014 as the reference.\n",
	  TRUE, 12000, -1, NULL, "", NULL },
	{ "put-own-number-as-the-payment-reference", "Invoice HPY-031",
	  "Invoice\tHPY-031\nDate\t3 December 2026\nAmount due\t£120.00\n"
	  "Bank: GB29 NWBK 6016 1331 9268 19. Please put HPY-031 as the payment reference.\n",
	  TRUE, 12000, -1, NULL, "", NULL },
	/* Near misses: a field labelled as the payment reference that holds the number, and
	 * another code named to use as "your payment reference", as the UK writes it. */
	{ "near-miss-labelled-reference-own-number", "Invoice SPK-10482",
	  "Invoice\tSPK-10482\nDate\t3 December 2026\nAmount due\t£120.00\n"
	  "Account: GB29 NWBK 6016 1331 9268 19\nPayment reference: SPK-10482\n",
	  TRUE, 12000, -1, NULL, "SPK-10482", NULL },
	{ "near-miss-use-as-your-payment-reference", "Invoice PT-26-015",
	  "Invoice\tPT-26-015\nDate\t3 December 2026\nAmount due\t£120.00\n"
	  "Please pay to GB29 NWBK 6016 1331 9268 19 and use CUST-0417 as your payment reference.\n",
	  TRUE, 12000, -1, NULL, "CUST-0417", NULL },
	/* The debit's day with the subject first. */
	{ "debit-subject-first-nl", "Factuur 2026-0412",
	  "Factuurnummer: 2026-0412\nFactuurdatum: 01-12-2026\nTotaal: € 223,85\n\n"
	  "Wij schrijven het bedrag rond 8 december 2026 af van uw rekening.\n",
	  TRUE, 22385, -1, "2026-12-08", NULL, NULL },
	/* Near miss: "schrijven" without "af" is a letter; the term gives the due date. */
	{ "near-miss-schrijven-letter-nl", "Factuur 2026-0413",
	  "Factuurnummer: 2026-0413\nFactuurdatum: 01-12-2026\nTotaal: € 223,85\nBetaling binnen 14 dagen.\n\n"
	  "Wij schrijven u op 8 december 2026 nog over het nieuwe contract.\n",
	  TRUE, 22385, -1, "2026-12-15", NULL, NULL },
	{ "spaetestens-am-de", "Mietzinsrechnung MZ-118",
	  "Rechnung Nr. MZ-118\nDatum: 01.12.2026\nTotal: CHF 8'310.00\n\n"
	  "Der Betrag ist spätestens am 31.12.2026 auf CH93 0076 2011 6238 5295 7 zu überweisen.\n",
	  TRUE, 831000, -1, "2026-12-31", NULL, NULL },
	/* Near miss: a deadline for something else; the term gives the due date. */
	{ "near-miss-spaetestens-other-de", "Rechnung MZ-119",
	  "Rechnung Nr. MZ-119\nDatum: 01.12.2026\nGesamtbetrag: 310,00 €\nZahlbar innerhalb von 14 Tagen.\n\n"
	  "Einwände melden Sie bitte spätestens am 10.12.2026 schriftlich.\n",
	  TRUE, 31000, -1, "2026-12-15", NULL, NULL },
	/* A statement invoice is one invoice over a month's work orders. */
	{ "statement-invoice-en", "Statement invoice BWC-10490",
	  "STATEMENT INVOICE\nInvoice No.\tBWC-10490\nDate\t1 December 2026\n"
	  "Work order WO-31201\t£36.00\nWork order WO-31202\t£40.50\nNet\t£76.50\nVAT 20%\t£15.30\nTotal due\t£91.80\n"
	  "Payment due by 31 December 2026.\n",
	  TRUE, 9180, -1, "2026-12-31", NULL, NULL },
	/* Near miss: a statement of account lists invoices already sent. */
	{ "near-miss-statement-of-account-en", "Statement of account - December",
	  "Statement of Account\nInvoice CPS-4420, 1 November 2026\t€5,210.90\n"
	  "Invoice CPS-4466, 1 December 2026\t€5,552.80\nPayment received\t-€5,210.90\nBalance\t€5,552.80\n",
	  FALSE, -1, -1, NULL, NULL, NULL },
	/* A preview of the next invoice with an estimated amount is none yet. */
	{ "preview-next-invoice-de", "Vorschau auf Ihre nächste Rechnung",
	  "Hallo,\n\nIhre nächste Rechnung erstellen wir am 01.01.2027.\nVoraussichtlicher Rechnungsbetrag: 412,30 €\n"
	  "Fällig am 15.01.2027 per Lastschrift.\n\nViele Grüße\nHafenwerk Coworking\n",
	  FALSE, -1, -1, NULL, NULL, NULL },
	{ "preview-next-invoice-en", "Heads-up: your January invoice",
	  "Hi Tom,\n\nA quick heads-up before your January invoice goes out on 1 January. Estimated total: £1,284.00. "
	  "Payment will be due within 14 days as usual.\n\nThanks,\nBrightwater\n",
	  FALSE, -1, -1, NULL, NULL, NULL },
	/* Near miss: an invoice set out that also previews the next one. */
	{ "near-miss-invoice-with-preview-nl", "Factuur 2026-118",
	  "Factuurnummer: 2026-118\nFactuurdatum: 01-12-2026\nTotaal: € 205,70\nTe betalen binnen 14 dagen.\n\n"
	  "Uw volgende factuur (verwacht bedrag € 214,00) komt begin januari.\n",
	  TRUE, 20570, -1, "2026-12-15", NULL, NULL },
	/* A standing order confirmed, its invoices to come. */
	{ "standing-order-confirmed-nl", "Bevestiging vaste bestelling",
	  "Beste Ruud,\n\nWe bevestigen je vaste bestelling: elke dinsdag 40 broden. Prijs per levering € 96,00 excl. btw. "
	  "Je ontvangt maandelijks een verzamelfactuur, te betalen binnen 14 dagen.\n\nBakkerij Lont\n",
	  FALSE, -1, -1, NULL, NULL, NULL },
	/* Near miss: an invoice set out in the mail that confirms a subscription. */
	{ "near-miss-invoice-confirming-subscription-en", "Invoice INV-77",
	  "Hi,\n\nWe confirm your subscription to the Pro plan.\nInvoice number: INV-77\nDate: 1 December 2026\n"
	  "Total: £120.00\nDue within 14 days.\n",
	  TRUE, 12000, -1, "2026-12-15", NULL, NULL },
	/* A bare dollar from a Canadian firm. */
	{ "dollar-canadian-firm", "Invoice SB-0877",
	  "Invoice SB-0877\nDate: December 1, 2026\nBookkeeping retainer: $450.00\nGST 5%: $22.50\nTotal: $472.50\n"
	  "Payment is due within 15 days.\nSkaha Bookkeeping, 218 Main Street, Penticton BC V2A 5B2 · GST 79214 3318 RT0001\n",
	  TRUE, 47250, -1, NULL, NULL, "CAD" },
	/* Near misses: a US firm; a Canadian firm billing in US dollars named. */
	{ "near-miss-dollar-us-firm", "Invoice GW-311",
	  "Invoice GW-311\nDate: December 1, 2026\nLawn care, November: $450.00\nTotal: $450.00\n"
	  "Payment is due within 15 days.\nGreenway Lawn LLC, 41 Oak Street, Boise ID 83702\n",
	  TRUE, 45000, -1, NULL, NULL, "USD" },
	{ "near-miss-dollar-usd-named", "Invoice SB-0878",
	  "Invoice SB-0878\nDate: December 1, 2026\nBookkeeping retainer: $450.00\nTotal (USD): $450.00\n"
	  "Payment is due within 15 days.\nSkaha Bookkeeping, Penticton BC V2A 5B2\n",
	  TRUE, 45000, -1, NULL, NULL, "USD" },
	/* A US firm billing a customer in Toronto: the postcode is the customer's. */
	{ "near-miss-dollar-us-firm-canadian-customer", "Invoice 2026-122",
	  "Invoice 2026-122\nBill to:\nPiet Jansen\n44 King St W\nToronto ON M5V 2T6\nLogo design: $1,200.00\n"
	  "Total: $1,200.00\nPlease pay within 30 days.\nSmit Design LLC, 12 Main St, Austin, TX 78701\n",
	  TRUE, 120000, -1, NULL, NULL, "USD" },
	/* Review of session 22: an invoice that says "approximately" of its hours and names the
	 * next invoice is no preview; a first subscription invoice that confirms the
	 * subscription, and one done "by our contractor", are invoices. */
	{ "invoice-approximately-hours-next-invoice", "Invoice 2026-118",
	  "Invoice 2026-118\nDate: 1 December 2026\nFour cleans of approximately 3 hours each.\nTotal: £240.00\n"
	  "Please pay within 14 days. Your next invoice will be sent on 1 January.\n",
	  TRUE, 24000, -1, NULL, NULL, NULL },
	{ "invoice-confirms-subscription", "Invoice 2026-119",
	  "Invoice 2026-119\nDate: 1 December 2026\nWe confirm your monthly window cleaning subscription.\n"
	  "First month: £30.00\nTotal: £30.00\nPlease pay by 15 December 2026.\n",
	  TRUE, 3000, -1, "2026-12-15", NULL, NULL },
	{ "invoice-by-our-contractor", "Invoice 2026-121",
	  "Invoice 2026-121\nDate: 1 December 2026\nWe confirm the repair was carried out by our contractor.\n"
	  "Total: £640.00\nPlease pay within 14 days.\n",
	  TRUE, 64000, -1, NULL, NULL, NULL },
	{ "invoice-as-per-agreement", "Invoice 2026-123",
	  "Invoice 2026-123\nDate: 1 December 2026\nMonthly fee\nAs per agreement\nTotal: £240.00\n",
	  TRUE, 24000, -1, NULL, NULL, NULL },
	/* A deposit promised back on the return of the goods is a term of the invoice. */
	{ "invoice-deposit-back-on-return", "Rechnung 2026-077",
	  "Rechnung 2026-077\nDatum: 26.11.2026\nMiete Hüpfburg: 200,00 €\nKaution: 50,00 €\nGesamt: 250,00 €\n"
	  "Die Kaution zahle ich Ihnen bei Rückgabe zurück.\nZahlbar bis 10.12.2026.\n",
	  TRUE, 25000, -1, "2026-12-10", NULL, NULL },
	/* A company "in liquidation" bills nothing by that word. */
	{ "in-liquidation-no-invoice", "Acme Widgets Ltd - in liquidation",
	  "Dear customer,\nAcme Widgets Ltd is in liquidation\nYour balance of £1,200.00 is now with the administrator.\n",
	  FALSE, -1, -1, NULL, NULL, NULL },
};

static GMimeMessage *
mail(const char *subject, const char *body)
{
	return dm_test_invoice_mail("Tue, 01 Dec 2026 10:00:00 +0100", "ap@debtor.example", subject, body);
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = mail(c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!c->invoice) {
		if (f->is_invoice)
			g_error("read as an invoice: %s", f->number ? f->number : "(no number)");
		return;
	}
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	dm_test_assert_read(f, NULL, c->due_cents, c->total_cents, NULL, c->due);
	if (c->reference)
		g_assert_cmpstr(f->payment_reference ? f->payment_reference : "", ==, c->reference);
	if (c->currency)
		g_assert_cmpstr(f->currency, ==, c->currency);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-long/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
