/* test-invoice-numbers: the rules for numbers and amounts that look alike (the numbers27
 * round), each on a small mail written for it and a near miss that must not trigger it, as a
 * table: an account's balance "including this invoice" is no total of the invoice, and a
 * line labelled "This invoice" is its own; a year in a total's label is no amount; a capital
 * letter set apart after the number's digits is part of it; a certificate of a year's paid
 * invoices for the tax return is no invoice; a term "of the valuation date" or "of delivery"
 * counts from that printed date; a tax point read first gives way to the invoice's date
 * labelled as such; "Restzahlung" is what is left to pay; with no amount labelled, a
 * contract's sum or an account's balance is not the largest amount; a pro forma a sentence
 * hands over is no invoice; a number label glued to its value ends where the case changes;
 * an earlier bill's payment of the same amount, listed below the amount due, settles nothing. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;                   /* FALSE: must not be read as an invoice */
	const char *number;                 /* NULL: not checked */
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
} Case;

static const Case cases[] = {
	/* The open items of earlier invoices summed with this one under its total: a statement's
	 * balance, not what this invoice asks. */
	{ "balance-including-this-invoice-nl", "Factuur VL-431",
	  "Factuur\nFactuurnummer\tVL-431\nFactuurdatum\t30-11-2026\nSubtotaal\t€ 475,50\nBtw 21%\t€ 99,86\n"
	  "Totaal deze factuur\t€ 575,36\nOpenstaande posten: VL-352 € 242,00; VL-398 € 550,55\n"
	  "Totaal openstaand inclusief deze factuur: € 1.367,91\n",
	  TRUE, "VL-431", 57536, 57536, NULL },
	{ "balance-including-this-invoice-de", "Rechnung R-77",
	  "Rechnung\nRechnungsnummer\tR-77\nRechnungsdatum\t30.11.2026\nNettobetrag\t200,00 €\nUSt. 19 %\t38,00 €\n"
	  "Rechnungsbetrag\t238,00 €\nNoch offen einschließlich dieser Rechnung: 1.238,00 €\n",
	  TRUE, "R-77", 23800, 23800, NULL },
	/* "This invoice" above an account's summary is the invoice's own sum. */
	{ "this-invoice-beside-account-balance-en", "Invoice TPH-1198",
	  "INVOICE\nInvoice No.\tTPH-1198\nDate\t30 November 2026\nSubtotal\t£360.00\nVAT 20%\t£72.00\n"
	  "This invoice\t£432.00\nAccount summary: previous balance £2,400.00, payments received -£1,200.00, "
	  "account balance £1,632.00.\n",
	  TRUE, "TPH-1198", 43200, 43200, NULL },
	{ "this-invoice-beside-account-balance-nl", "Factuur K-12",
	  "Factuur\nFactuurnummer\tK-12\nFactuurdatum\t30-11-2026\nSubtotaal\t€ 100,00\nBtw 21%\t€ 21,00\n"
	  "Deze factuur\t€ 121,00\nVorig saldo\t€ 1.500,00\n",
	  TRUE, "K-12", 12100, 12100, NULL },
	/* Near misses: an account's balance in a box beside the invoice's own total, on the
	 * same row of the page, takes nothing from the total's cell. */
	{ "near-miss-account-balance-beside-total-due", "Invoice TPH-1200",
	  "INVOICE\nInvoice No.\tTPH-1200\nDate\t30 November 2026\nSubtotal\t£360.00\nVAT 20%\t£72.00\n"
	  "Total due\t£432.00\tAccount balance\t£1,632.00\n",
	  TRUE, "TPH-1200", 43200, -1, NULL },
	{ "near-miss-account-balance-beside-this-invoice", "Invoice TPH-1199",
	  "INVOICE\nInvoice No.\tTPH-1199\nDate\t30 November 2026\nSubtotal\t£360.00\nVAT 20%\t£72.00\n"
	  "This invoice\t£432.00\tAccount balance\t£1,632.00\n",
	  TRUE, "TPH-1199", 43200, 43200, NULL },
	{ "account-balance-with-its-words-after-the-amount", "Factuur K-17",
	  "Factuur\nFactuurnummer\tK-17\nFactuurdatum\t30-11-2026\nSubtotaal\t€ 100,00\nBtw 21%\t€ 21,00\n"
	  "Totaal\t€ 121,00\nSaldo\t€ 1.621,00 (inclusief deze factuur)\n",
	  TRUE, "K-17", 12100, 12100, NULL },
	/* Near misses: "this invoice" in a sentence is no label; an open amount after a deposit,
	 * with no other invoice in it, is still what is due. */
	{ "near-miss-this-invoice-in-a-sentence", "Invoice PX-4",
	  "Invoice\tPX-4\nDate\t30 November 2026\nPlease pay this invoice £1,000.00 cheaper next time.\n"
	  "Total\t£120.00\n",
	  TRUE, "PX-4", 12000, 12000, NULL },
	{ "near-miss-open-after-deposit-nl", "Factuur K-13",
	  "Factuur\nFactuurnummer\tK-13\nFactuurdatum\t30-11-2026\nTotaal\t€ 400,00\nAanbetaling\t€ 100,00\n"
	  "Openstaand bedrag\t€ 300,00\n",
	  TRUE, "K-13", 30000, 40000, NULL },
	/* A year in the total's label is the year the sum is of, never its amount. */
	{ "year-in-total-label-de", "Rechnung R-2026-9",
	  "Rechnung\nRechnungsnummer\tR-2026-9\nRechnungsdatum\t04.12.2026\nWartung\t410,00 €\n"
	  "Summe Wartung 2026\t410,00 €\n",
	  TRUE, "R-2026-9", 41000, 41000, NULL },
	{ "year-in-total-label-en", "Invoice AB-9",
	  "Invoice\tAB-9\nDate\t4 December 2026\nTotal fees 2026  £1,200.00\n",
	  TRUE, "AB-9", 120000, 120000, NULL },
	/* Near miss: an amount that looks like a year is still the amount. */
	{ "near-miss-amount-like-a-year", "Factuur K-14",
	  "Factuur\nFactuurnummer\tK-14\nFactuurdatum\t30-11-2026\nTotaal\t2026,00 €\n",
	  TRUE, "K-14", 202600, 202600, NULL },
	/* A capital letter after the digits, ending the cell, is the number's series letter. */
	{ "series-letter", "Your invoice",
	  "INVOICE\nInvoice\tINV 0042 B\nDate\t11/11/2026\nTotal\t£276.00\n",
	  TRUE, "INV 0042 B", 27600, 27600, NULL },
	/* Near misses: a word after the number, a lower-case letter. */
	{ "near-miss-series-letter-word", "Your invoice",
	  "INVOICE\nInvoice 26-0417 A4 posters\nDate\t11/11/2026\nTotal\t£276.00\n",
	  TRUE, "26-0417", 27600, -1, NULL },
	{ "near-miss-series-letter-lower-case", "Uw factuur",
	  "FACTUUR\nFactuurnummer: 2026-0042 a\nFactuurdatum\t11-11-2026\nTotaal\t€ 76,00\n",
	  TRUE, "2026-0042", 7600, -1, NULL },
	/* A year's paid invoices certified for the tax return: no invoice. */
	{ "tax-certificate-35a", "Jahresbescheinigung 2026 (§ 35a)",
	  "Sehr geehrter Herr Pohl,\n\nanbei Ihre Bescheinigung nach § 35a EStG.\n\nRechnung R-26-0114 vom 12.03.2026"
	  "\tArbeitskosten 184,00 €\nRechnung R-26-0290 vom 09.07.2026\tArbeitskosten 226,00 €\n"
	  "Summe Arbeitskosten 2026\t410,00 €\nAlle Rechnungen wurden unbar bezahlt.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "tax-certificate-nl", "Jaaropgave 2026 kinderopvang",
	  "Beste ouder,\n\nHierbij de jaaropgave voor de Belastingdienst.\nFactuur 2026-011 januari € 812,00\n"
	  "Factuur 2026-132 december € 812,00\nTotaal betaald 2026 € 9.744,00\n",
	  FALSE, NULL, -1, -1, NULL },
	/* Near miss: an invoice whose subject names the certificate beside it. */
	{ "near-miss-invoice-with-certificate", "Rechnung RE-2026-140 und Jahresbescheinigung",
	  "Rechnung\nRechnungsnummer\tRE-2026-140\nRechnungsdatum\t04.12.2026\nRechnungsbetrag\t119,00 €\n",
	  TRUE, "RE-2026-140", 11900, 11900, NULL },
	/* A term counted from a printed valuation date (the UK building contract's) or a printed
	 * delivery date "of" which it runs counts from that date. */
	{ "term-of-the-valuation-date", "Valuation 3 - TPH-1176",
	  "INVOICE - VALUATION 3\nInvoice No.\tTPH-1176\nDate\t27 November 2026\nValuation date\t25 November 2026\n"
	  "Total due this invoice\t£10,290.00\nPayment within 28 days of the valuation date.\n",
	  TRUE, "TPH-1176", 1029000, -1, "2026-12-23" },
	{ "term-of-delivery", "Invoice DL-7",
	  "INVOICE\nInvoice No.\tDL-7\nDate\t27 November 2026\nDelivery date\t20 November 2026\n"
	  "Total\t£100.00\nPayment within 30 days of delivery.\n",
	  TRUE, "DL-7", 10000, -1, "2026-12-20" },
	/* Near miss: the term counted from the invoice's date, a valuation date printed. */
	{ "near-miss-term-of-the-invoice-date", "Valuation 4 - TPH-1190",
	  "INVOICE - VALUATION 4\nInvoice No.\tTPH-1190\nDate\t27 November 2026\nValuation date\t25 November 2026\n"
	  "Total due this invoice\t£10,290.00\nPayment within 28 days of the invoice date.\n",
	  TRUE, "TPH-1190", 1029000, -1, "2026-12-25" },
	/* A tax point before the invoice's date: the invoice's date is the issue date, and the
	 * term runs from it. */
	{ "tax-point-before-invoice-date", "Invoice AV-2207",
	  "INVOICE\nTax point\t30 November 2026\nInvoice date\t2 December 2026\nInvoice no.\tAV-2207\n"
	  "Subtotal\t£500.00\nVAT 20%\t£100.00\nTotal\t£600.00\nPayment within 14 days.\n",
	  TRUE, "AV-2207", 60000, 60000, "2026-12-16" },
	/* Near miss: a tax point alone is the invoice's date. */
	{ "near-miss-tax-point-alone", "Invoice AV-2208",
	  "INVOICE\nTax point\t30 November 2026\nInvoice no.\tAV-2208\n"
	  "Subtotal\t£500.00\nVAT 20%\t£100.00\nTotal\t£600.00\nPayment within 14 days.\n",
	  TRUE, "AV-2208", 60000, 60000, "2026-12-14" },
	/* "Restzahlung" after an Anzahlung dated in its label is what is left to pay. */
	{ "restzahlung-after-dated-deposit", "Rechnung 2026-204",
	  "Rechnung Nr. 2026-204\nRechnungsdatum: 01.12.2026\nZwischensumme 1.399,70 €\nMwSt. 19 % 265,94 €\n"
	  "Endbetrag 1.665,64 €\nAnzahlung vom 15.11.2026 500,00 €\nRestzahlung 1.165,64 €\nZahlbar bis 15.12.2026\n",
	  TRUE, "2026-204", 116564, 166564, "2026-12-15" },
	/* A deposit invoice's remainder is the later bill's: what it asks is the deposit. */
	{ "remainder-on-a-deposit-invoice-de", "Anzahlungsrechnung 2026-301",
	  "Anzahlungsrechnung\nRechnungsnummer: 2026-301\nRechnungsdatum: 01.12.2026\n"
	  "Küche Modell Lina, Auftragssumme 5.000,00 €\nAnzahlung 30 % 1.500,00 €\n"
	  "Restzahlung nach Montage 3.500,00 €\nZahlbar bis 15.12.2026\n",
	  TRUE, "2026-301", 150000, -1, "2026-12-15" },
	{ "remainder-on-a-deposit-invoice-nl", "Aanbetalingsfactuur 2026-302",
	  "Aanbetalingsfactuur\nFactuurnummer: 2026-302\nFactuurdatum: 01-12-2026\n"
	  "Aanbetaling 30%\t€ 1.500,00\nTotaal\t€ 1.500,00\nRestant bij oplevering\t€ 3.500,00\n",
	  TRUE, "2026-302", 150000, 150000, NULL },
	{ "remainder-on-a-deposit-invoice-en", "Deposit invoice DI-303",
	  "DEPOSIT INVOICE\nInvoice no.\tDI-303\nDate\t1 December 2026\nDeposit (30%)\t£1,500.00\n"
	  "Amount due\t£1,500.00\nRemaining balance on completion\t£3,500.00\n",
	  TRUE, "DI-303", 150000, -1, NULL },
	/* Near miss: a final invoice's "Restzahlung" after the deposit taken off is its due. */
	{ "near-miss-restzahlung-on-a-final-invoice", "Schlussrechnung 2026-304",
	  "Schlussrechnung\nRechnungsnummer: 2026-304\nRechnungsdatum: 01.12.2026\nGesamtbetrag 5.000,00 €\n"
	  "abzgl. Anzahlung vom 01.10.2026 1.500,00 €\nRestzahlung 3.500,00 €\nZahlbar bis 15.12.2026\n",
	  TRUE, "2026-304", 350000, 500000, "2026-12-15" },
	/* With no amount labelled, the contract's sum is not the largest amount: the instalment
	 * is. */
	{ "instalment-beside-contract-sum", "Invoice INV-0077",
	  "Invoice INV-0077\nDate: 1 December 2026\nFirst instalment (1 of 3): £400.00\n"
	  "Total contract: £1,200.00\nPlease pay £400.00 by 15 December 2026.\n",
	  TRUE, "INV-0077", 40000, -1, NULL },
	/* Near miss: with nothing labelled and no contract named, the largest amount. */
	{ "near-miss-largest-amount", "Invoice INV-0078",
	  "Invoice INV-0078\nDate: 1 December 2026\nWindows: £400.00\nGutters: £1,200.00\n"
	  "Please pay by 15 December 2026.\n",
	  TRUE, "INV-0078", 120000, -1, NULL },
	/* Near miss: a contract's sum that is the only amount is the invoice's (a small
	 * builder's one invoice for the whole job): passed over only when another amount
	 * stands beside it. */
	{ "near-miss-contract-sum-alone-en", "Invoice INV-0090",
	  "Invoice INV-0090\nDate: 1 December 2026\nRoof repairs at 4 Elm Road as agreed.\n"
	  "Contract price: £1,200.00\nPlease pay within 14 days.\n",
	  TRUE, "INV-0090", 120000, 120000, NULL },
	{ "near-miss-contract-sum-alone-nl", "Factuur 2026-090",
	  "Factuur 2026-090\nFactuurdatum: 01-12-2026\nVerbouwing badkamer volgens afspraak.\n"
	  "Aanneemsom € 8.400,00\nGraag binnen 14 dagen betalen.\n",
	  TRUE, "2026-090", 840000, 840000, NULL },
	/* A pro forma the mail's sentence hands over, with no title above it: no invoice. */
	{ "pro-forma-in-a-sentence-en", "PF-26-031",
	  "Dear Sirs,\n\nPlease find below our pro forma invoice PF-26-031 for payment in advance.\n"
	  "Total due: £2,400.00\nOn receipt of payment we will dispatch the goods.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "pro-forma-in-a-sentence-nl", "PF 26/018",
	  "Beste klant,\n\nHierbij onze proforma factuur PF 26/018 voor het voorschot.\nTotaal: € 1.500,00\n",
	  FALSE, NULL, -1, -1, NULL },
	/* Near miss: the invoice that follows the pro forma names it, set out below. */
	{ "near-miss-invoice-after-pro-forma", "Invoice INV-2207",
	  "Dear Sirs,\n\nAttached the invoice after the pro forma PF-26-031 you paid.\n\n"
	  "INVOICE\nInvoice no.\tINV-2207\nInvoice date\t2 December 2026\nTotal\t£2,400.00\n"
	  "Paid (pro forma PF-26-031)\t£2,400.00\n",
	  TRUE, "INV-2207", -1, 240000, NULL },
	/* A number label glued to its value, as a tight cell comes out of a page: the change of
	 * case ends the label. */
	{ "label-glued-to-its-number-de", "Schlussrechnung",
	  "Schlussrechnung\nRechnungsnummerSR-2026-117\nRechnungsdatum 30.11.2026\nGesamtbetrag\t1.190,00 €\n",
	  TRUE, "SR-2026-117", 119000, 119000, NULL },
	{ "label-glued-to-its-number-en", "Your invoice",
	  "INVOICE\nInvoice numberINV-4471\nInvoice date 30 November 2026\nTotal\t£240.00\n",
	  TRUE, "INV-4471", 24000, 24000, NULL },
	/* A statement's, a receipt's or a price list's word in the subject beside a page that
	 * bills on its own: its number, a term or an amount due, something left to pay. */
	{ "statement-subject-over-an-invoice-nl", "Rekeningoverzicht oktober - factuur 7731",
	  "Factuur\nFactuurnummer\t7731\nFactuurdatum\t30-10-2026\nTotaal\t€ 605,00\n"
	  "Wij verzoeken u het bedrag binnen 14 dagen te voldoen.\n",
	  TRUE, "7731", 60500, 60500, NULL },
	{ "price-list-subject-over-an-invoice-en", "New price list and invoice",
	  "INVOICE\nInvoice number\tPL-3302\nInvoice date\t2 November 2026\nTotal\t£120.00\nPayment due\t16 November 2026\n",
	  TRUE, "PL-3302", 12000, 12000, NULL },
	/* Near misses (review30a): a statement, a receipt or a price list about ONE invoice
	 * gives its number, what is open and when it fell due, yet bills nothing new. */
	{ "near-miss-statement-one-open-invoice-nl", "Rekeningoverzicht november",
	  "Rekeningoverzicht per 30-11-2026\nFactuurnummer: 7731\nFactuurdatum: 30-10-2026\nVervaldatum: 13-11-2026\n"
	  "Openstaand: € 605,00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-statement-one-open-invoice-en", "Statement of account - November 2026",
	  "Statement of account as at 30 November 2026\nInvoice number: HW-2291\nInvoice date: 2 October 2026\n"
	  "Due date: 1 November 2026\nAmount outstanding: £120.00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-statement-one-open-invoice-de", "Kontoauszug November 2026",
	  "Stand 30.11.2026\nRechnungsnummer: RE-2026-0311\nRechnungsdatum: 15.10.2026\nFällig am: 14.11.2026\n"
	  "Offener Betrag: 238,00 €\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-receipt-betrag-erhalten-de", "Zahlungseingang RE-2026-0388",
	  "Rechnungsnummer: RE-2026-0388\nRechnungsdatum: 02.11.2026\nZahlbar bis: 16.11.2026\nGesamtbetrag: 238,00 €\n"
	  "Betrag erhalten: 238,00 € am 12.11.2026\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-receipt-paid-copy-en", "Receipt for your payment",
	  "Invoice number: INV-5502\nInvoice date: 2 November 2026\nDue date: 16 November 2026\nTotal: £120.00\n"
	  "Paid on 12 November 2026 by bank transfer.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-quittung-cash-de", "Quittung",
	  "Rechnungsnummer: 2026-114\nBetrag: 150,00 €\nZahlungsziel: 14 Tage\nBar erhalten am 03.12.2026.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-price-list-term-de", "Neue Preisliste ab 1. Januar 2027",
	  "Preise ab 01.01.2027 (netto):\nFensterreinigung je Stunde 42,00 €\nGrundreinigung je m² 3,20 €\n"
	  "Zahlungsziel: 14 Tage\nIhre letzte Rechnungsnummer: RE-2026-0411\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-order-confirmation-payment-30-days-en", "Order confirmation SO-118",
	  "ORDER CONFIRMATION\nOrder number: SO-118\nOrder date: 2 December 2026\nTotal: £480.00\nPayment 30 days.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-receipt-dash-invoice-de", "Zahlungseingang - Rechnung RE-2026-0389",
	  "Rechnungsnummer: RE-2026-0389\nRechnungsdatum: 02.11.2026\nZahlbar bis: 16.11.2026\nGesamtbetrag: 238,00 €\n"
	  "Betrag erhalten: 238,00 € am 12.11.2026\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-receipt-payment-received-invoice-en", "Payment received - Invoice INV-5503",
	  "Invoice number: INV-5503\nInvoice date: 2 November 2026\nDue date: 16 November 2026\nTotal: £120.00\n"
	  "Paid on 12 November 2026 by bank transfer.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-invoice-receipt-paid-in-full-en", "Invoice / Receipt INV-5504",
	  "Invoice number: INV-5504\nInvoice date: 2 November 2026\nDue date: 16 November 2026\nTotal: £120.00\n"
	  "Paid in full on 12 November 2026. Thank you.\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-quittung-beside-rechnung-bar-de", "Rechnung und Quittung 2026-115",
	  "Rechnungsnummer: 2026-115\nRechnungsdatum: 03.12.2026\nGesamtbetrag: 150,00 €\nZahlungsziel: 14 Tage\n"
	  "Betrag in bar erhalten am 03.12.2026.\n",
	  FALSE, NULL, -1, -1, NULL },
	/* left32: a part received printed below the amount to pay leaves the rest due, however
	 * the received line is worded (de, en); the whole received is a receipt. */
	{ "left32-part-received-below-to-pay-de", "Rechnung/Quittung 4415",
	  "Rechnung\nRechnungsnummer: 4415\nRechnungsdatum: 02.12.2026\nInspektion\t119,00 \u20ac\nZu zahlen:\t119,00 \u20ac\n"
	  "Betrag erhalten:\t50,00 \u20ac\nZahlbar innerhalb von 14 Tagen.\n",
	  TRUE, "4415", 6900, 11900, "2026-12-16" },
	{ "left32-part-received-below-to-pay-en", "Invoice 7735",
	  "Invoice number: 7735\nInvoice date: 2 December 2026\nTwo tyres fitted\t$212.40\nAmount due\t$212.40\n"
	  "Amount received\t$100.00\nPayment within 14 days.\n",
	  TRUE, "7735", 11240, 21240, "2026-12-16" },
	/* left32: an invoice payable on delivery falls due the day its cover note names. */
	{ "left32-payable-on-delivery-cover-note-day-en", "Your dining table",
	  "Hi Sam,\nThe table is finished. We'll deliver on Thursday 10 December between 8 and 12.\n\n"
	  "INVOICE\nInvoice no.: OW-77\nDate: 2 December 2026\nOak dining table\t\u00a31,200.00\nTotal\t\u00a31,200.00\n"
	  "Payable on delivery by card or bank transfer.\n",
	  TRUE, "OW-77", 120000, 120000, "2026-12-10" },
	{ "left32-whole-received-below-to-pay-en", "Invoice 7736",
	  "Invoice number: 7736\nInvoice date: 2 December 2026\nTwo tyres fitted\t$212.40\nAmount due\t$212.40\n"
	  "Amount received\t$212.40\n",
	  FALSE, NULL, -1, -1, NULL },
	/* A customer's number glued to its label beside the invoice's glued to its own (review30a). */
	{ "glued-invoice-number-beside-glued-customer-number-de", "Ihre Rechnung",
	  "Rechnung\nKundennummerKD-10233\nRechnungsnummerRE-2026-0390\nRechnungsdatum: 20.11.2026\nZu zahlen: 238,00 €\n",
	  TRUE, "RE-2026-0390", 23800, 23800, NULL },
	/* review32a: the amount to pay printed at the top, the table below setting out the
	 * total, a part received and the rest: the rest is due, not the rest less the part
	 * again (de, nl). */
	{ "review32a-to-pay-on-top-part-received-in-table-de", "Rechnung 4420",
	  "Rechnung\nRechnungsnummer: 4420\nRechnungsdatum: 02.12.2026\nZu zahlen:\t69,00 \u20ac\n\n"
	  "Inspektion\t119,00 \u20ac\nGesamt\t119,00 \u20ac\nBetrag erhalten:\t50,00 \u20ac\nRestbetrag:\t69,00 \u20ac\n",
	  TRUE, "4420", 6900, -1, NULL },
	{ "review32a-to-pay-on-top-part-received-in-table-nl", "Factuur 2291",
	  "Factuur\nFactuurnummer: 2291\nFactuurdatum: 02-12-2026\nTe betalen:\t\u20ac 69,00\n\n"
	  "Onderhoud\t\u20ac 119,00\nTotaal\t\u20ac 119,00\nOntvangen\t\u20ac 50,00\nOpenstaand\t\u20ac 69,00\n",
	  TRUE, "2291", 6900, -1, NULL },
	/* review32a: below what this bill asks, the account's last payment of an earlier bill
	 * (larger than this one): this bill is still to pay. */
	{ "review32a-earlier-payment-below-amount-due-en", "Your invoice 7740",
	  "Invoice number: 7740\nInvoice date: 2 December 2026\nWindow cleaning\t$80.00\nAmount due\t$80.00\n"
	  "Due date: 16 December 2026\n\nYour last payment\nPaid: $120.00 on 3 November 2026 (invoice 7702), thank you.\n",
	  TRUE, "7740", 8000, -1, NULL },
	/* bills33: below what this bill asks, a payment of exactly its amount for an earlier
	 * bill, set apart as the account's history: this bill is still to pay (en, nl, de). */
	{ "bills33-earlier-payment-same-amount-en", "Your invoice 7741",
	  "Invoice number: 7741\nInvoice date: 2 December 2026\nWindow cleaning\t$80.00\nAmount due\t$80.00\n"
	  "Due date: 16 December 2026\n\nYour last payment\nPaid: $80.00 on 3 November 2026 (invoice 7703), thank you.\n",
	  TRUE, "7741", 8000, -1, NULL },
	{ "bills33-payment-history-same-amount-en", "Invoice 2026-0121",
	  "Invoice number: 2026-0121\nInvoice date: 2 December 2026\nGarden maintenance\t\u20ac 250,00\n"
	  "Amount due\t\u20ac 250,00\nPlease pay within 14 days.\n\nPayment history\n"
	  "Received:\t\u20ac 250,00 on 12-10-2026 for invoice 2026-0098\n",
	  TRUE, "2026-0121", 25000, -1, NULL },
	{ "bills33-earlier-payment-same-amount-nl", "Factuur 2026-0120",
	  "Factuurnummer: 2026-0120\nFactuurdatum: 02-12-2026\nTuinonderhoud\t\u20ac 250,00\nTe betalen\t\u20ac 250,00\n"
	  "Graag binnen 14 dagen betalen.\n\nUw vorige betaling\nOntvangen:\t\u20ac 250,00 op 12-10-2026 voor factuur 2026-0098\n",
	  TRUE, "2026-0120", 25000, -1, NULL },
	{ "bills33-earlier-payment-same-amount-de", "Rechnung 2026-0122",
	  "Rechnungsnummer: 2026-0122\nRechnungsdatum: 02.12.2026\nGartenpflege\t250,00 \u20ac\nZu zahlen\t250,00 \u20ac\n"
	  "Zahlbar innerhalb von 14 Tagen.\n\nIhre letzte Zahlung\nErhalten:\t250,00 \u20ac am 12.10.2026 f\u00fcr Rechnung 2026-0098\n",
	  TRUE, "2026-0122", 25000, -1, NULL },
	/* bills33: nor is an earlier bill's smaller payment in that history a part of this bill
	 * received: the whole amount is due (en, nl, de). */
	{ "bills33-earlier-smaller-payment-en", "Your invoice 7745",
	  "Invoice number: 7745\nInvoice date: 2 December 2026\nWindow cleaning\t$80.00\nAmount due\t$80.00\n"
	  "Due date: 16 December 2026\n\nYour last payment\nPaid: $50.00 on 3 November 2026 (invoice 7703), thank you.\n",
	  TRUE, "7745", 8000, -1, NULL },
	{ "bills33-earlier-smaller-payment-nl", "Factuur 2026-0125",
	  "Factuurnummer: 2026-0125\nFactuurdatum: 02-12-2026\nTuinonderhoud\t\u20ac 250,00\nTe betalen\t\u20ac 250,00\n"
	  "Graag binnen 14 dagen betalen.\n\nUw vorige betaling\nOntvangen:\t\u20ac 120,00 op 12-10-2026 voor factuur 2026-0098\n",
	  TRUE, "2026-0125", 25000, -1, NULL },
	{ "bills33-earlier-smaller-payment-de", "Rechnung 2026-0126",
	  "Rechnungsnummer: 2026-0126\nRechnungsdatum: 02.12.2026\nGartenpflege\t250,00 \u20ac\nZu zahlen\t250,00 \u20ac\n"
	  "Zahlbar innerhalb von 14 Tagen.\n\nIhre letzte Zahlung\nErhalten:\t120,00 \u20ac am 12.10.2026 f\u00fcr Rechnung 2026-0098\n",
	  TRUE, "2026-0126", 25000, -1, NULL },
	/* Near misses: this bill's own payment in its totals block settles it (a receipt),
	 * and so does one that names this bill. */
	{ "near-miss-bills33-received-in-totals-en", "Receipt 7742",
	  "Invoice number: 7742\nInvoice date: 2 December 2026\nWindow cleaning\t$80.00\nAmount due\t$80.00\n"
	  "Paid:\t$80.00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-bills33-received-in-totals-nl", "Kwitantie 2026-0123",
	  "Kwitantie\nFactuurnummer: 2026-0123\nDatum: 02-12-2026\nTuinonderhoud\t\u20ac 250,00\nTe betalen\t\u20ac 250,00\n"
	  "Contant ontvangen\t\u20ac 250,00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-bills33-received-names-this-bill-de", "Rechnung 2026-0124",
	  "Rechnungsnummer: 2026-0124\nRechnungsdatum: 02.12.2026\nGartenpflege\t250,00 \u20ac\nZu zahlen\t250,00 \u20ac\n"
	  "\nZahlungseingang\nErhalten:\t250,00 \u20ac am 02.12.2026 f\u00fcr Rechnung 2026-0124, vielen Dank.\n",
	  FALSE, NULL, -1, -1, NULL },
	/* review33b: a payment printed under the amount due after one blank line, no heading
	 * over it, is this bill's: all of it settles the bill (a receipt), a part leaves the rest. */
	{ "review33b-receipt-paid-after-blank-line", "Your receipt 7750",
	  "Invoice number: 7750\nInvoice date: 2 December 2026\nWindow cleaning\t$80.00\nAmount due\t$80.00\n"
	  "\nPaid:\t$80.00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "review33b-part-paid-after-blank-line", "Invoice 7751",
	  "Invoice number: 7751\nInvoice date: 2 December 2026\nKitchen fitting\t$1,000.00\nAmount due\t$1,000.00\n"
	  "\nAmount paid\t$200.00\n",
	  TRUE, "7751", 80000, -1, NULL },
	/* Near misses: a receipt that leaves nothing to pay, a statement that lists invoices. */
	{ "near-miss-receipt-paid-to-nothing", "Receipt for invoice INV-5501",
	  "RECEIPT\nInvoice number\tINV-5501\nTotal\t£120.00\nPaid by card\t-£120.00\nAmount due\t£0.00\n",
	  FALSE, NULL, -1, -1, NULL },
	{ "near-miss-statement-listing-invoices", "Rekeningoverzicht oktober",
	  "Rekeningoverzicht\nFactuurnummer\tDatum\tBedrag\n7731\t30-10-2026\t€ 605,00\n7702\t02-10-2026\t€ 121,00\n"
	  "Totaal openstaand\t€ 726,00\n",
	  FALSE, NULL, -1, -1, NULL },
};

/* Each case read from a mail dated 4 December 2026 to a business's payables box. */
static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail("Fri, 04 Dec 2026 10:00:00 +0100", "ap@debtor.example",
							   c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (dm_test_assert_kind(f, c->invoice))
		dm_test_assert_read(f, c->number, c->due_cents, c->total_cents, NULL, c->due);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-numbers/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
