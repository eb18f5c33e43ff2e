/* test-invoice-layout-rules: the text readers' rules for how invoices are laid out, each on
 * a small mail written for it and on a near miss that must not match, as a table: deduction
 * lines (earlier part invoices taken off the total), a Skonto line that is no deduction, a
 * term "payable at once", a letter's place-and-date line, the debtor's block under a label
 * in a second column; and the debtor's address when the To header names no recipient and
 * an archive copy of the business's own goes in Bcc; the due date's labels, terms and
 * sentences, a cash discount's date and another event's date passed over, the invoice
 * number's labels (never a customer's, order's or registration number; the subject when
 * the body names none; a date-shaped value or a "#" after the label's colon), a nota's
 * date label, "due end of the month", day or month first in a dollar invoice, and German
 * invoices that must read as invoices at all; the debtor's name when the To header and the
 * block differ, and without its form of address; the To header's name that is its mailbox's
 * organisation, an organisation named in the text that spells the mailbox's domain, and
 * the euro for amounts without a currency paid to an IBAN of the euro area.  Each case also names the rule `dunmail parse --explain` must show. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-debtor.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *issue, *due;            /* "" : none read; NULL: not checked */
	const char *debtor;                 /* NULL: not checked */
	const char *explain;                /* a line of --explain must hold it; NULL: none */
	const char *not_explained;          /* no line may hold it; NULL: not checked */
	const char *number;                 /* NULL: not checked */
	gboolean refused;                   /* TRUE: must not read as an invoice */
} Case;

static const Case cases[] = {
	/* misses34: the amount due's label set in the page's head, the sender's telephone
	 * number on the line below it beside the label and the amount under that (Zoho's
	 * "Balance Due" block beside the letterhead): a number with a leading zero, in groups
	 * of digits, is a telephone's, never the amount (en, nl, de). */
	{ "misses34-phone-below-balance-due-en", "Invoice INV-000412",
	  "Kestrel Web Ltd\nINVOICE\n12 High Street, Leeds LS1 4AB\nBalance Due\n0113 496 0021\n\u00a32,340.00\n"
	  "Bill To\nHarbour Cafe\tInvoice#\tINV-000412\nInvoice Date\t02/11/2026\nWebsite build\t1\t1,950.00\t20%\t1,950.00\n"
	  "Subtotal\t\u00a31,950.00\nVAT 20%\t\u00a3390.00\nTotal\t\u00a32,340.00\n",
	  234000, 234000, NULL, NULL, NULL, NULL, NULL, NULL, FALSE },
	{ "misses34-phone-below-te-betalen-nl", "Factuur 2026-412",
	  "Webbureau Kraan\nFACTUUR\nKade 4, 1011 AB Amsterdam\nTe betalen\n020 123 4567\n\u20ac 1.210,00\n"
	  "Factuurnummer\t2026-412\nFactuurdatum\t02-11-2026\nWebsite\t1.000,00\nBtw 21%\t210,00\nTotaal\t\u20ac 1.210,00\n",
	  121000, 121000, NULL, NULL, NULL, NULL, NULL, NULL, FALSE },
	{ "misses34-phone-below-zu-zahlen-de", "Rechnung 2026-412",
	  "Webagentur Kranich\nRECHNUNG\nHafenstr. 4, 20457 Hamburg\nZu zahlen\n040 123 45 67\n1.190,00 \u20ac\n"
	  "Rechnungsnummer\t2026-412\nRechnungsdatum\t02.11.2026\nWebsite\t1.000,00\nMwSt. 19 %\t190,00\nGesamt\t1.190,00 \u20ac\n",
	  119000, 119000, NULL, NULL, NULL, NULL, NULL, NULL, FALSE },
	{ "deductions-two", "Schlussrechnung SR-2026-014",
	  "Schlussrechnung Nr. SR-2026-014\nRechnungsdatum: 10.03.2026\n"
	  "Gesamtbetrag brutto: 23.800,00 €\n"
	  "abzüglich Abschlagsrechnung Nr. 1 vom 15.01.2026: -5.950,00 €\n"
	  "abzüglich Abschlagsrechnung Nr. 2 vom 12.02.2026: -5.950,00 €\n"
	  "Zahlbar innerhalb von 14 Tagen.\n",
	  1190000, 2380000, "2026-03-10", NULL, NULL, "amount_due: body, rule deductions", NULL, NULL, FALSE },
	{ "deductions-english-retainer", "Invoice 7731",
	  "Invoice number: 7731\nInvoice date: 2 March 2026\nTotal: £4,200.00\n"
	  "Less: retainer invoice R-12 paid 10 February 2026   -£1,000.00\nPayment within 30 days.\n",
	  320000, 420000, "2026-03-02", "2026-04-01", NULL, "rule deductions", NULL, NULL, FALSE },
	/* What was paid printed between two amounts labelled due: the one below it is what is
	 * left, in each language, whatever the labels. */
	{ "balance-after-paid-en", "Invoice INV-77",
	  "Invoice number: INV-77\nInvoice date: 2 March 2026\nTotal due: £1,000.00\nAmount paid: £200.00\n"
	  "Balance due: £800.00\n",
	  80000, 100000, "2026-03-02", NULL, NULL, "rule balance-after-paid", NULL, NULL, FALSE },
	{ "balance-after-paid-nl", "Factuur 2026-77",
	  "Factuurnummer: 2026-77\nFactuurdatum: 02-03-2026\nTotaal te betalen\t€ 1.000,00\n"
	  "Reeds betaald\t€ 200,00\nNog te betalen\t€ 800,00\n",
	  80000, 100000, "2026-03-02", NULL, NULL, "rule balance-after-paid", NULL, NULL, FALSE },
	{ "balance-after-paid-de", "Rechnung 2026-77",
	  "Rechnung Nr. 2026-77\nRechnungsdatum: 02.03.2026\nZahlbetrag: 1.000,00 €\nBereits bezahlt: 200,00 €\n"
	  "Restbetrag: 800,00 €\n",
	  80000, 100000, "2026-03-02", NULL, NULL, "rule balance-after-paid", NULL, NULL, FALSE },
	{ "balance-nog-te-voldoen", "Factuur F2026/090",
	  "Factuurnummer: F2026/090\nFactuurdatum: 11 november 2026\nTotaal\t€ 789,67\n"
	  "Reeds voldaan (aanbetaling 09-01-2026)\t- € 236,00\nNog te voldoen\t€ 553,67\n",
	  55367, 78967, "2026-11-11", NULL, NULL, "Nog te voldoen", NULL, NULL, FALSE },
	/* A deposit row below the total, its amount negative, its label naming a date or an
	 * earlier invoice: the total less it, with no label for what is left. */
	{ "deposit-row-below-total-en", "Invoice EQ-7",
	  "Invoice EQ-7\nDate 2 November 2026\nTotal\t€1,514.00\nBooking deposit paid 14 June\t-€400.00\n",
	  111400, 151400, "2026-11-02", NULL, NULL, "rule deductions", NULL, NULL, FALSE },
	{ "deposit-row-below-total-nl", "Factuur SK-194",
	  "Factuurnummer\tSK-194\nFactuurdatum\t30-11-2026\nTotaal\t€ 8.279,43\n"
	  "Voorschot (factuur SK-26-0150)\t€ -3.000,00\n",
	  527943, 827943, "2026-11-30", NULL, NULL, "rule deductions", NULL, NULL, FALSE },
	{ "deposit-row-brackets-de", "Rechnung 2026-88",
	  "Rechnung Nr. 2026-88\nRechnungsdatum: 02.10.2026\nGesamtbetrag\t1.190,00 €\n"
	  "Anzahlung vom 01.09.2026\t(500,00 €)\n",
	  69000, 119000, "2026-10-02", NULL, NULL, "rule deductions", NULL, NULL, FALSE },
	/* The life of a bill (train-bills): a settlement's balance after the advances paid, its
	 * total the year's costs; a final invoice whose only total is the contract sum, made up
	 * of what is due and what it takes off; a deposit invoice whose "Voorschot 30%" row is
	 * what it charges; a bare count in a total's label ("Totaal termijn 2"). */
	{ "settlement-nachzahlung", "Nebenkostenabrechnung NK-2025-07",
	  "Rechnungsnummer: NK-2025-07\nDatum: 10.11.2026\nIhr Anteil an den Betriebskosten\t2.184,30 €\n"
	  "abzüglich geleistete Vorauszahlungen\t-1.920,00 €\nNachzahlung\t264,30 €\n",
	  26430, 218430, "2026-11-10", NULL, NULL, "Nachzahlung", NULL, NULL, FALSE },
	{ "settlement-advances-negative", "Jaarafrekening JA-2026-01",
	  "Factuurnummer: JA-2026-01\nDatum: 10-11-2026\nWerkelijke servicekosten 2025   € 1.124,60\n"
	  "Betaalde voorschotten 12 x € 85,00   € -1.020,00\nDoor u bij te betalen   € 104,60\n",
	  10460, 112460, "2026-11-10", NULL, NULL, "bij te betalen", NULL, NULL, FALSE },
	{ "final-invoice-contract-total", "Eindfactuur 2026-0521",
	  "Factuurnummer: 2026-0521\nFactuurdatum: 08-12-2026\nTotaal aanneemsom incl. btw\t€ 18.150,00\n"
	  "Af: voorschotnota 2026-0311 (voldaan)\t€ -5.445,00\nAf: termijnfactuur 2026-0398 (voldaan)\t€ -7.260,00\n"
	  "Nog te voldoen\t€ 5.445,00\n",
	  544500, 1815000, "2026-12-08", NULL, NULL, "Nog te voldoen", NULL, NULL, FALSE },
	{ "deposit-invoice-own-deposit", "Voorschotfactuur VF26/041",
	  "Voorschotfactuur\nFactuurnr.: VF26/041\nFactuurdatum: 03/11/2026\nVoorschot 30%\t€ 6.000,00\n"
	  "Btw 6%\t€ 360,00\nTe betalen voorschot\t€ 6.360,00\n",
	  636000, 636000, "2026-11-03", NULL, NULL, "Te betalen voorschot", NULL, NULL, FALSE },
	{ "deposit-invoice-not-order-sum", "Anzahlungsrechnung AR-2026-12",
	  "Anzahlungsrechnung\nRechnungs-Nr.: AR-2026-12\nDatum: 03.11.2026\n"
	  "Gemäß Auftragsbestätigung (Auftragssumme netto 40.000,00 €) berechnen wir 30 %.\n"
	  "Anzahlung 30 %\t12.000,00 €\nzzgl. 19 % USt.\t2.280,00 €\nAnzahlungsbetrag brutto\t14.280,00 €\n",
	  1428000, 1428000, "2026-11-03", NULL, NULL, "brutto", NULL, NULL, FALSE },
	{ "count-in-total-label", "Termijnfactuur TF-2026",
	  "Factuurnr.: TF-2026\nDatum: 03-11-2026\nTermijn 2 (40% van € 42.000,00)   € 16.800,00\n"
	  "Btw 21%   € 3.528,00\nTotaal termijn 2          € 20.328,00\n",
	  2032800, 2032800, "2026-11-03", NULL, NULL, NULL, NULL, NULL, FALSE },
	/* Near misses: an advance on costs charged is no payment ("Voorschot servicekosten");
	 * an earlier invoice's amount in a sentence is no payment row; Abschläge taken off the
	 * net before VAT leave the part invoice's own total. */
	{ "advance-on-costs-charged", "Huurnota H2611-1",
	  "Huurnota\nNotanummer: H2611-1\nDatum: 20-11-2026\nKale huur\t€ 984,50\n"
	  "Voorschot servicekosten\t€ 85,00\nTotaal per maand\t€ 1.069,50\n",
	  106950, 106950, "2026-11-20", NULL, NULL, NULL, "paid", NULL, FALSE },
	{ "earlier-invoice-in-sentence", "Invoice LPI-7",
	  "Invoice no. LPI-7\nDate: 20 November 2026\nInvoice INV-4471 (£3,600.00) was paid 47 days late.\n"
	  "Statutory interest\t£59.10\nFixed-sum compensation\t£70.00\nTotal payable\t£129.10\n",
	  12910, 12910, "2026-11-20", NULL, NULL, NULL, NULL, NULL, FALSE },
	{ "abschlag-before-vat", "Abschlagsrechnung AB-7",
	  "Rechnungsnummer: AB-7\nDatum: 03.11.2026\nLeistung kumuliert netto\t30.000,00 €\n"
	  "abzgl. Abschlagsrechnung Nr. 1 (netto)\t-10.000,00 €\nnetto\t20.000,00 €\nzzgl. 19 % USt.\t3.800,00 €\n"
	  "Zahlbetrag\t23.800,00 €\n",
	  2380000, 2380000, "2026-11-03", NULL, NULL, NULL, NULL, NULL, FALSE },
	/* Near miss: a deposit row above the total is already in it; a positive one below is
	 * no deduction that says so. */
	{ "deposit-row-above-total", "Factuur 2026-90",
	  "Factuurnummer: 2026-90\nFactuurdatum: 02-03-2026\nWerkzaamheden\t€ 1.000,00\n"
	  "Aanbetaling 12-01-2026\t€ -400,00\nTotaal\t€ 600,00\n",
	  60000, 60000, "2026-03-02", NULL, NULL, "the last total line", "rule deductions", NULL, FALSE },
	{ "paid-row-positive-below-total", "Invoice INV-91",
	  "Invoice INV-91\nInvoice date: 2 March 2026\nTotal\t£900.00\nDeposit received 3 February\t£300.00\n",
	  90000, 90000, "2026-03-02", NULL, NULL, "the last total line", "rule deductions", NULL, FALSE },
	/* What is left once a deposit is off, in the words tools print it. */
	{ "balance-te-voldoen", "Factuur 2026-92",
	  "Factuurnummer: 2026-92\nFactuurdatum: 02-03-2026\nTotaal\t€ 1.000,00\nAanbetaling\t€ 250,00\n"
	  "Te voldoen\t€ 750,00\n",
	  75000, 100000, "2026-03-02", NULL, NULL, "rule balance-after-paid", NULL, NULL, FALSE },
	{ "balance-remaining", "Invoice 2026-93",
	  "Invoice 2026-93\nInvoice date: 2 March 2026\nTotal\t$2,000.00\nLess: payment on account\t-$500.00\n"
	  "Remaining balance\t$1,500.00\n",
	  150000, 200000, "2026-03-02", NULL, NULL, "rule balance-after-paid", NULL, NULL, FALSE },
	/* A bare "BALANCE" label under the deposits taken off. */
	{ "balance-bare-label", "Final invoice BB-7",
	  "INVOICE NO:\tBB-7\nDATE:\t5 November 2026\nSUBTOTAL\t\u00a31,638.00\nLESS DEPOSITS PAID\t-\u00a3800.00\n"
	  "BALANCE\t\u00a3838.00\nPayable on receipt.\n",
	  83800, 163800, "2026-11-05", NULL, NULL, "rule balance-after-paid", NULL, "BB-7", FALSE },
	/* Near miss: "balance" in a sentence is no label. */
	{ "balance-in-sentence", "Invoice BB-8",
	  "Invoice no: BB-8\nInvoice date: 5 November 2026\nTotal\t\u00a3500.00\n"
	  "The balance  \u00a3200.00 of your account is shown on the statement.\n",
	  50000, 50000, "2026-11-05", NULL, NULL, NULL, "balance-after-paid", "BB-8", FALSE },
	/* A credit note's own words for its total and its number. */
	{ "gutschriftbetrag", "Gutschrift G-2026-006 zu Rechnung 2026-141",
	  "Kunde GmbH\tGutschrift-Nr.\tG-2026-006\nAm Weidmoos 3\tDatum\t26.11.2026\nGutschrift\n"
	  "Zwischensumme netto\t-215,00 \u20ac\nUSt. 19 %\t-40,85 \u20ac\nGutschriftbetrag\t-255,85 \u20ac\n",
	  -25585, -25585, "2026-11-26", NULL, NULL, NULL, NULL, "G-2026-006", FALSE },
	{ "creditnummer", "Creditfactuur C2026-004",
	  "Fotostudio Lichtval\tCreditnummer\tC2026-004\nt.a.v. Ilse Verbeek\tDatum\t27-11-2026\n"
	  "Oldenzaalsestraat 150\tBetreft factuur\t2026-219\nCreditfactuur\nTotaal te crediteren\t\u20ac -163,29\n",
	  -16329, -16329, "2026-11-27", NULL, NULL, NULL, NULL, "C2026-004", FALSE },
	/* A Flemish fee note's number. */
	{ "ereloonnota-number", "Ereloonnota 2026/041",
	  "Ereloonnota nr. 2026/041\nGent: 10 november 2026\nTotaal\t\u20ac 4.221,65\n"
	  "Te betalen binnen 30 dagen na datum van deze nota.\n",
	  422165, 422165, NULL, NULL, NULL, NULL, NULL, "2026/041", FALSE },
	/* A label in a table's header row heads the value in its own column of the row below,
	 * not the postcode that starts that row. */
	{ "amount-due-header-column", "Invoice 0000147",
	  "Billed To\tInvoice Number\nAtelier Rochat Sàrl\tDate of Issue\t0000147\n"
	  "Avenue de Morges 58\tDue Date\tAmount Due (CHF)\n1004 Lausanne\t26/12/2026\tCHF 1'923.00\n"
	  "Subtotal\tCHF 1'778.90\nTotal\tCHF 1'923.00\n",
	  192300, 192300, NULL, NULL, NULL, "labelled amount due", NULL, NULL, FALSE },
	/* Near miss: the row below has no cell in the label's column: no amount due from it. */
	{ "amount-due-header-no-cell", "Invoice 0000148",
	  "Invoice 0000148\nAvenue de Morges 58\tDue Date\tAmount Due\n1004 Lausanne\n"
	  "Total\tCHF 880.00\n",
	  88000, 88000, NULL, NULL, NULL, "the last total line", NULL, NULL, FALSE },
	/* Near miss: a paid line with no amount due below it leaves the labelled one alone. */
	{ "paid-below-balance", "Invoice INV-79",
	  "Invoice number: INV-79\nInvoice date: 2 March 2026\nTotal: £1,000.00\nBalance due: £800.00\n"
	  "Amount paid: £200.00\n",
	  80000, 100000, "2026-03-02", NULL, NULL, "labelled amount due", "balance-after-paid", NULL, FALSE },
	/* Near miss: a Skonto line takes nothing off the amount due, and its term is not the
	 * due date's. */
	{ "skonto-is-no-deduction", "Rechnung 2026-101",
	  "Rechnung Nr. 2026-101\nRechnungsdatum: 02.03.2026\nGesamtbetrag: 1.190,00 €\n"
	  "Bei Zahlung innerhalb von 8 Tagen abzüglich 2 % Skonto: 1.166,20 €\n"
	  "Zahlbar innerhalb von 8 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.\n",
	  119000, 119000, "2026-03-02", "2026-04-01", NULL, "payment term of 30 days", "rule deductions", NULL, FALSE },
	/* Near miss: a Skonto sentence going on in brackets on the next line: its amount is
	 * the discounted one, no amount due. */
	{ "skonto-bracket-next-line", "Rechnung RE-10772",
	  "Rechnung Nr. RE-10772\nRechnungsdatum: 19.11.2026\nRechnungsbetrag\t2.095,59 €\n"
	  "Zahlbar innerhalb von 30 Tagen netto. Bei Zahlung innerhalb von 8 Tagen gewähren wir 2 % Skonto\n"
	  "(Zahlbetrag dann 2.053,68 €).\n",
	  209559, 209559, "2026-11-19", "2026-12-19", NULL, NULL, "labelled amount due", NULL, FALSE },
	/* A cancellation's own number ("Storno-Nr."), not the invoice it cancels; "Storno:"
	 * before an item labels no number. */
	{ "storno-number", "Stornorechnung",
	  "Stornorechnung\nStorno-Nr.: ST0017\nDatum: 14. Oktober 2026\nzu Rechnung: RE0698\n"
	  "1\tStorno: Bühne 8x6 m\t-2.380,00\nBruttobetrag\t-2.380,00 €\nDie Rechnung RE0698 ist damit vollständig storniert.\n",
	  -1, -1, "2026-10-14", NULL, NULL, "number: body, line \"Storno-Nr.: ST0017", NULL, "ST0017", FALSE },
	{ "payable-at-once", "Invoice INV-3301",
	  "Invoice INV-3301\nInvoice date: 4 March 2026\nTotal: £480.00\nTerms: Due on receipt\n",
	  48000, 48000, "2026-03-04", "2026-03-04", NULL, "due_date: body, rule payable-at-once", NULL, NULL, FALSE },
	/* Near miss: "receipt" in another sense sets no due date. */
	{ "receipt-is-not-a-term", "Invoice INV-3302",
	  "Invoice INV-3302\nInvoice date: 4 March 2026\nAmount due: £480.00\n"
	  "A receipt for your deposit was sent on receipt of payment.\n",
	  48000, -1, "2026-03-04", "", NULL, NULL, "payable-at-once", NULL, FALSE },
	{ "letter-date", "Factuur 2026-044",
	  "Utrecht, 12 maart 2026\n\nFactuur 2026-044\nTotaal te betalen: € 350,00\n"
	  "Graag binnen 14 dagen overmaken.\n",
	  35000, -1, "2026-03-12", "2026-03-26", NULL, "issue_date: body, rule letter-date", NULL, NULL, FALSE },
	{ "letter-date-austrian", "Honorarnote 2026/01",
	  "Wien, am 3. Jänner 2026\n\nHonorarnote Nr. 2026/01\nHonorar: EUR 1.200,00\nZu zahlen: EUR 1.200,00\n"
	  "Zahlbar binnen 14 Tagen.\n",
	  120000, -1, "2026-01-03", "2026-01-17", NULL, "rule letter-date", NULL, NULL, FALSE },
	/* Near miss: a place with a period after it is no letter date. */
	{ "letter-date-period-no-date", "Factuur 2026-045",
	  "Rotterdam, 10 maart 2026 t/m 14 maart 2026\n\nFactuur 2026-045\nTotaal te betalen: € 350,00\n",
	  35000, -1, "", NULL, NULL, NULL, "letter-date", NULL, FALSE },
	/* A number in the cell after a bare "Nummer" label. */
	{ "number-cell-tab", "Uw factuur van Acme",
	  "Nummer\t99240\nDatum\t19 augustus 2026\n\nVerkoopfactuur\nTotaalbedrag\t€ 1.007,93\n",
	  100793, -1, "2026-08-19", NULL, NULL, "number: body, line \"Nummer", NULL, NULL, FALSE },
	{ "lone-date", "Factuur 2026-125",
	  "Acme BV\nKeizersgracht 1\n\n5 maart 2026\n\nFactuur 2026-125\nTotaal te betalen: € 99,00\nBetalingstermijn: 14 dagen\n",
	  9900, -1, "2026-03-05", "2026-03-19", NULL, "issue_date: body, rule lone-date", NULL, NULL, FALSE },
	/* Near miss: a lone date below the amount is an item's or a term's. */
	{ "lone-date-below-amount", "Factuur 2026-126",
	  "Factuur 2026-126\nTotaal te betalen: € 99,00\n\n12 maart 2026\n",
	  9900, -1, "", NULL, NULL, NULL, "lone-date", NULL, FALSE },
	/* A date alone in the first cell of a row it shares with the address block beside. */
	{ "lone-date-shared-row", "Invoice OB-031",
	  "Niamh Kelly Illustration\nINVOICE NO. NK-031\tTO\n4 November 2026\tHawthorn Press Limited\n"
	  "21 Fitzwilliam Place\nDublin 2\nD02 T292\nCover illustration\t€1,200.00\nPayment is due within 30 days.\n",
	  120000, -1, "2026-11-04", "2026-12-04", NULL, "issue_date: body, rule lone-date: line \"4 November 2026",
	  NULL, NULL, FALSE },
	/* Near miss: a date under a date's caption heading the first cell above is that
	 * caption's (a due date), not the invoice's. */
	{ "lone-date-under-caption", "Invoice INV-0077",
	  "Invoice INV-0077\nDue Date\tVAT Number\n13 Mar 2026\tGB 819 5635 02\nTotal GBP\t£120.00\n",
	  12000, -1, "", NULL, NULL, NULL, "lone-date", NULL, FALSE },
	/* Near miss: an item's date on the line of the first amount. */
	{ "lone-date-item-row", "Factuur 2026-127",
	  "Factuur 2026-127\n12-03-2026\tOnderhoud cv-ketel\t€ 99,00\nTotaal te betalen: € 99,00\n",
	  9900, -1, "", NULL, NULL, NULL, "lone-date", NULL, FALSE },
	/* A date label in a second column; a label with its value on the next line. */
	{ "issue-date-second-column", "Your invoice",
	  "Bill to:\tInvoice #\t5520\nAcme Ltd\tDate\t2 March 2026\n1 High St\tDue Date\t16 March 2026\n\nTotal: £80.00\n",
	  8000, -1, "2026-03-02", "2026-03-16", NULL, NULL, NULL, "5520", FALSE },
	{ "label-value-next-line", "Your invoice",
	  "Invoice number:\nINV-2026-9\nInvoice date:\n2 March 2026\nAmount due: £80.00\n",
	  8000, -1, "2026-03-02", NULL, NULL, NULL, NULL, "INV-2026-9", FALSE },
	/* A label that ends its row with no colon, its value alone in the row below. */
	{ "due-label-ends-row", "Factuur F-26-01933",
	  "Factuur F-26-01933\nFactuur aan\nDierenkliniek Het Zuiden B.V.\nZuidsingel 30\n"
	  "3811 HB Amersfoort\tVervaldatum\n12 december 2026\nDatum 12-11-2026\nTotaal\t€ 810,48\n",
	  81048, -1, "2026-11-12", "2026-12-12", NULL, "line \"3811 HB Amersfoort", NULL, NULL, FALSE },
	/* Near miss: under a table's header the row has more cells: an item's date. */
	{ "due-label-over-item-row", "Factuur F-26-01934",
	  "Factuur F-26-01934\nDatum 12-11-2026\nOmschrijving\tVervaldatum\n03-11-2026\tAbonnement\t€ 99,00\n"
	  "Totaal\t€ 99,00\n",
	  9900, -1, "2026-11-12", "", NULL, NULL, NULL, NULL, FALSE },
	/* "Tax Date" (Sage, the British and Irish tax point) labels the issue date. */
	{ "tax-date", "Invoice SI-0007731",
	  "Invoice No.\tSI-0007731\nTax Date\t25/11/2026\nInvoice Total EUR\t14,273.78\n"
	  "Terms: strictly 30 days from invoice date.\n",
	  1427378, -1, "2026-11-25", "2026-12-25", NULL, "issue_date: body, line \"Tax Date", NULL, NULL, FALSE },
	/* The due date: labels in many wordings. */
	{ "due-uiterste-betaaldatum", "Factuur 2026-118",
	  "Factuurnummer: 2026-118\nFactuurdatum: 02-03-2026\nUiterste betaaldatum: 16-03-2026\nTotaal: € 242,00\n",
	  24200, -1, "2026-03-02", "2026-03-16", NULL, "due_date: body, line \"Uiterste betaaldatum", NULL, NULL, FALSE },
	{ "due-te-betalen-voor", "Factuur 2026-119",
	  "Factuurnummer: 2026-119\nFactuurdatum: 2 maart 2026\nTotaal: € 242,00\nTe betalen vóór 1 april 2026 op NL91 ABNA 0417 1643 00.\n",
	  24200, -1, "2026-03-02", "2026-04-01", NULL, "line \"Te betalen vóór", NULL, NULL, FALSE },
	{ "due-uiterlijk-betalen-op-cell", "Factuur SW26-1530",
	  "Factuur SW26-1530\nDatum\t21-11-2026\nTe betalen\t€ 195,00\nUiterlijk betalen op\t05-12-2026\n",
	  19500, -1, "2026-11-21", "2026-12-05", NULL, "line \"Uiterlijk betalen op", NULL, NULL, FALSE },
	{ "due-payment-due", "Invoice INV-2026-07",
	  "Invoice No: INV-2026-07\nInvoice Date: 3 March 2026\nPayment due: 31 March 2026\nTotal: £600.00\n",
	  60000, -1, "2026-03-03", "2026-03-31", NULL, "line \"Payment due", NULL, NULL, FALSE },
	{ "due-faellig-am", "Rechnung RE-2026-0031",
	  "Rechnungs-Nr.: RE-2026-0031\nRechnungsdatum: 03.03.2026\nFällig am: 17.03.2026\nGesamtbetrag: 1.190,00 €\n",
	  119000, -1, "2026-03-03", "2026-03-17", NULL, "line \"Fällig am", NULL, NULL, FALSE },
	{ "due-zahlungsfrist-date", "Rechnung RE-2026-0032",
	  "Rechnungs-Nr.: RE-2026-0032\nRechnungsdatum: 03.03.2026\nZahlungsfrist: 24.03.2026\nGesamtbetrag: 1.190,00 €\n",
	  119000, -1, "2026-03-03", "2026-03-24", NULL, "line \"Zahlungsfrist", NULL, NULL, FALSE },
	{ "due-vervalt-op", "Factuur 2026-120",
	  "Factuurnummer: 2026-120\nFactuurdatum: 02-03-2026\nTotaal: € 99,00\nDeze factuur vervalt op 23-03-2026.\n",
	  9900, -1, "2026-03-02", "2026-03-23", NULL, "line \"Deze factuur vervalt op", NULL, NULL, FALSE },
	{ "due-must-be-paid-by", "Invoice 5512",
	  "Invoice number: 5512\nInvoice date: 2 March 2026\nTotal: £80.00\nThis invoice must be paid by 16 March 2026.\n",
	  8000, -1, "2026-03-02", "2026-03-16", NULL, "line \"This invoice must be paid by", NULL, NULL, FALSE },
	{ "due-after-weekday", "Invoice for work done",
	  "INVOICE No. 566   Date: 20/05/2026\nLabour: £240.00\nTotal: £508.50\n"
	  "If you could pay by Monday 25 May that would be great.\n",
	  50850, -1, "2026-05-20", "2026-05-25", NULL, "line \"If you could pay by Monday 25 May", NULL, "566", FALSE },
	{ "due-day-month-no-year", "Rechnung",
	  "Rechnung Nr. 26-125 vom 20.01.2026\nGesamt 518,72 EUR\nDen Betrag bitte bis zum 30.1. auf mein Konto überweisen.\n",
	  51872, -1, "2026-01-20", "2026-01-30", NULL, "line \"Den Betrag bitte bis zum 30.1.", NULL, "26-125", FALSE },
	/* Near miss: a day and month with no payment beside it is no due date. */
	{ "day-month-not-a-payment", "Rechnung 26-126",
	  "Rechnung Nr. 26-126 vom 20.01.2026\nGesamt 518,72 EUR\nDie Einfahrt ist bis zum 30.1. gesperrt.\n",
	  51872, -1, "2026-01-20", "", NULL, NULL, NULL, "26-126", FALSE },
	{ "discount-date-in-aside", "Rechnung 260170",
	  "Rechnungsnummer: 260170\nRechnungsdatum: 22.05.2026\nRechnungsbetrag: 507,71 €\n"
	  "Zahlungsbedingungen: Bei Zahlung innerhalb von 14 Tagen (bis 05.06.2026) gewähren wir 2 % Skonto = 10,15 €,\n"
	  "Zahlbetrag dann 497,56 €. Innerhalb von 30 Tagen netto ohne Abzug.\n",
	  -1, 50771, "2026-05-22", "2026-06-21", NULL, "rule discount-date: passed over", NULL, "260170", FALSE },
	/* Terms, in many wordings: the due date is the invoice's date plus the term. */
	{ "term-betalingstermijn-van", "Factuur 2026-121",
	  "Factuurnummer: 2026-121\nFactuurdatum: 02-03-2026\nTotaal: € 99,00\nWij hanteren een betalingstermijn van 30 dagen.\n",
	  9900, -1, "2026-03-02", "2026-04-01", NULL, "payment term of 30 days", NULL, NULL, FALSE },
	{ "term-payment-due-days", "Invoice 5513",
	  "Invoice number: 5513\nInvoice date: 2 March 2026\nTotal: £80.00\nPayment due: 30 days\n",
	  8000, -1, "2026-03-02", "2026-04-01", NULL, "payment term of 30 days", NULL, NULL, FALSE },
	{ "term-due-within-of-invoice-date", "Invoice 5514",
	  "Invoice number: 5514\nInvoice date: 2 March 2026\nTotal: £80.00\nPayment is due within 21 days of the invoice date.\n",
	  8000, -1, "2026-03-02", "2026-03-23", NULL, "payment term of 21 days", NULL, NULL, FALSE },
	{ "term-net-15", "Invoice 5515",
	  "Invoice #: 5515\nDate: March 2, 2026\nTotal: $80.00\nTerms: Net 15\n",
	  8000, -1, "2026-03-02", "2026-03-17", NULL, "payment term of 15 days", NULL, NULL, FALSE },
	{ "term-zahlungsziel-netto", "Rechnung 2026-0033",
	  "Rechnungsnummer: 2026-0033\nRechnungsdatum: 03.03.2026\nGesamtbetrag: 595,00 €\nZahlungsziel 14 Tage netto\n",
	  59500, -1, "2026-03-03", "2026-03-17", NULL, "payment term of 14 days", NULL, NULL, FALSE },
	{ "term-innerhalb-ohne-abzug", "Rechnung 2026-0034",
	  "Rechnungsnummer: 2026-0034\nRechnungsdatum: 03.03.2026\nGesamtbetrag: 595,00 €\n"
	  "Zahlbar innerhalb von 10 Tagen ohne Abzug.\n",
	  59500, -1, "2026-03-03", "2026-03-13", NULL, "payment term of 10 days", NULL, NULL, FALSE },
	{ "term-veertien-14", "Factuur 2026-122",
	  "Factuurnummer: 2026-122\nFactuurdatum: 02-03-2026\nTotaal: € 99,00\nGelieve te betalen binnen veertien (14) dagen.\n",
	  9900, -1, "2026-03-02", "2026-03-16", NULL, "payment term of 14 days", NULL, NULL, FALSE },
	{ "term-zahlungsziel-sofort", "Rechnung 2026-0035",
	  "Rechnungsnummer: 2026-0035\nRechnungsdatum: 03.03.2026\nGesamtbetrag: 595,00 €\nZahlungsziel: sofort\n",
	  59500, -1, "2026-03-03", "2026-03-03", NULL, "rule payable-at-once", NULL, NULL, FALSE },
	/* A cash discount's date is never the due date. */
	{ "discount-date-passed-over", "Rechnung 2026-0036",
	  "Rechnungsnummer: 2026-0036\nRechnungsdatum: 02.03.2026\nGesamtbetrag: 1.190,00 €\n"
	  "Bei Zahlung bis 09.03.2026 gewähren wir 2 % Skonto.\nZahlbar innerhalb von 30 Tagen ohne Abzug.\n",
	  119000, -1, "2026-03-02", "2026-04-01", NULL, "rule discount-date: passed over", NULL, NULL, FALSE },
	{ "net-date-after-discount", "Rechnung 2026-0037",
	  "Rechnungsnummer: 2026-0037\nRechnungsdatum: 02.03.2026\nGesamtbetrag: 1.190,00 €\n"
	  "Zahlbar bis 09.03.2026 mit 2 % Skonto, bis 23.03.2026 netto.\n",
	  119000, -1, "2026-03-02", "2026-03-23", NULL, "due_date: body, rule net-date", NULL, NULL, FALSE },
	{ "discount-in-brackets", "Invoice 5516",
	  "Invoice number: 5516\nInvoice date: 2 March 2026\nTotal: £500.00\n"
	  "Payment due 31 March 2026 (2% discount if paid by 10 March 2026).\n",
	  50000, -1, "2026-03-02", "2026-03-31", NULL, "line \"Payment due 31 March", "discount-date", NULL, FALSE },
	/* Another event's date is never the invoice's. */
	{ "delivery-deadline-passed-over", "Factuur 2026-123",
	  "Factuurnummer: 2026-123\nFactuurdatum: 02-03-2026\nLevering uiterlijk 9 maart 2026\nTotaal: € 99,00\n"
	  "Betalingstermijn: 14 dagen\n",
	  9900, -1, "2026-03-02", "2026-03-16", NULL, "due_date: body, rule other-event: passed over", NULL, NULL, FALSE },
	{ "order-date-passed-over", "Invoice INV-77",
	  "Your order dated 20 February 2026\nInvoice number: INV-77\nInvoice date: 2 March 2026\nTotal: £80.00\n"
	  "Payment within 14 days.\n",
	  8000, -1, "2026-03-02", "2026-03-16", NULL, "issue_date: body, rule other-event", NULL, NULL, FALSE },
	/* Near miss: an order named in a request for payment does not make its date another's. */
	{ "order-in-payment-sentence", "Rechnung 2026-0038",
	  "Rechnungsnummer: 2026-0038\nRechnungsdatum: 03.03.2026\nGesamtbetrag: 595,00 €\n"
	  "Bitte überweisen Sie den Betrag für Ihre Bestellung bis zum 20.03.2026.\n",
	  59500, -1, "2026-03-03", "2026-03-20", NULL, NULL, "other-event", NULL, FALSE },
	/* The invoice number: labels and shapes. */
	{ "number-factuur-nr-hyphen", "Uw factuur", "Factuur-nr.: 2026-0118\nDatum: 02-03-2026\nTotaal te betalen: € 99,00\n",
	  9900, -1, NULL, NULL, NULL, "number: body, line \"Factuur-nr.", NULL, "2026-0118", FALSE },
	{ "number-factuurnr-slash", "Uw factuur", "Factuurnr. F2026/118\nDatum: 02-03-2026\nTotaal te betalen: € 99,00\n",
	  9900, -1, NULL, NULL, NULL, NULL, NULL, "F2026/118", FALSE },
	{ "number-inv-no", "Your invoice", "Inv. No. INV-2026-07\nDate: 2 March 2026\nAmount due: £80.00\n",
	  8000, -1, NULL, NULL, NULL, NULL, NULL, "INV-2026-07", FALSE },
	{ "number-invoice-hash", "Your invoice", "Invoice #: 10442\nDate: 2 March 2026\nAmount due: £80.00\n",
	  8000, -1, NULL, NULL, NULL, NULL, NULL, "10442", FALSE },
	{ "number-rechnungs-nummer", "Ihre Rechnung", "Rechnungs-Nummer: 2026-0031\nDatum: 03.03.2026\nZu zahlen: 595,00 €\n",
	  59500, -1, NULL, NULL, NULL, NULL, NULL, "2026-0031", FALSE },
	{ "number-rg-nr", "Ihre Rechnung", "Rg.-Nr. 4711-26\nDatum: 03.03.2026\nZu zahlen: 595,00 €\n",
	  59500, -1, NULL, NULL, NULL, NULL, NULL, "4711-26", FALSE },
	{ "number-beleg-nr", "Ihre Rechnung", "Beleg-Nr.: B-2026-12\nDatum: 03.03.2026\nZu zahlen: 595,00 €\n",
	  59500, -1, NULL, NULL, NULL, NULL, NULL, "B-2026-12", FALSE },
	{ "number-in-sentence", "Your invoice",
	  "Please quote invoice number INV-2026-5 with your payment.\nAmount due: £80.00\n",
	  8000, -1, NULL, NULL, NULL, NULL, NULL, "INV-2026-5", FALSE },
	/* Near misses: a customer's, order's or registration number is never the invoice's. */
	{ "number-not-customer-or-order", "Ihre Rechnung",
	  "Kundennummer: 10234\nAuftragsnummer: A-555\nRechnungsnummer: RE-2026-0040\nDatum: 03.03.2026\nZu zahlen: 595,00 €\n",
	  59500, -1, NULL, NULL, NULL, NULL, NULL, "RE-2026-0040", FALSE },
	{ "number-from-subject", "Factuur 2026-0042",
	  "Klantnummer: 10234\nKvK: 12345678\nBTW-nummer: NL123456789B01\nTotaal: € 100,00\nTe betalen binnen 14 dagen.\n",
	  10000, -1, NULL, NULL, NULL, "number: body, rule subject-number", NULL, "2026-0042", FALSE },
	{ "number-not-po", "Invoice INV-88",
	  "PO Number: 4500012345\nProject no.: P-17\nTotal: £100.00\nPayment within 30 days.\n",
	  10000, -1, NULL, NULL, NULL, NULL, NULL, "INV-88", FALSE },
	/* German invoices that must read as invoices at all. */
	{ "de-skonto-erhalten-sie", "Rechnung RE-2026-0041",
	  "Sehr geehrte Damen und Herren,\nanbei unsere Rechnung.\nRechnungsnummer: RE-2026-0041\nRechnungsdatum: 03.03.2026\n"
	  "Gesamtbetrag: 1.190,00 €\nBei Zahlung innerhalb von 7 Tagen erhalten Sie 2 % Skonto.\n"
	  "Zahlbar innerhalb von 30 Tagen netto.\n",
	  119000, 119000, "2026-03-03", "2026-04-02", NULL, NULL, NULL, "RE-2026-0041", FALSE },
	{ "de-total-inkl-mwst", "Rechnung RE-2026-0042",
	  "Rechnungsnummer: RE-2026-0042\nRechnungsdatum: 03.03.2026\nNettobetrag: 1.000,00 €\nzzgl. 19 % MwSt.: 190,00 €\n"
	  "Gesamtbetrag inkl. 19 % MwSt.: 1.190,00 €\nZahlbar innerhalb von 14 Tagen.\n",
	  119000, 119000, "2026-03-03", "2026-03-17", NULL, "the last total line: \"Gesamtbetrag inkl.", NULL, "RE-2026-0042", FALSE },
	{ "ch-total-inkl-mwst", "Rechnung 2026-118",
	  "Rechnung Nr. 2026-118\nDatum: 03.03.2026\nZwischentotal CHF 1'000.00\nMWST 8.1 % CHF 81.00\n"
	  "Total inkl. MWST CHF 1'081.00\nZahlbar innert 30 Tagen.\nUID CHE-123.456.789 MWST\n",
	  108100, 108100, "2026-03-03", "2026-04-02", NULL, "the last total line: \"Total inkl. MWST", NULL, "2026-118", FALSE },
	{ "de-gesamtsumme", "Rechnung 2026-119",
	  "Rechnung Nr. 2026-119\nZwischensumme: 500,00 €\nMwSt. 19 %: 95,00 €\nGesamtsumme: 595,00 €\n"
	  "Zahlbar innerhalb 14 Tagen.\nGebühr bei Rücklastschrift: 12,00 €\n",
	  59500, 59500, NULL, NULL, NULL, "the last total line: \"Gesamtsumme", NULL, "2026-119", FALSE },
	{ "de-in-der-anlage", "Rechnung Nr. 2026-031",
	  "Sehr geehrte Frau Weber,\nin der Anlage erhalten Sie unsere Rechnung Nr. 2026-031 vom 03.03.2026 über 595,00 €.\n"
	  "Bitte überweisen Sie den Betrag bis zum 17.03.2026.\n",
	  59500, -1, "2026-03-03", "2026-03-17", NULL, NULL, NULL, "2026-031", FALSE },
	{ "de-rechnung-zum-angebot", "Rechnung RE-2026-0043 zu Ihrem Angebot AN-2026-0012",
	  "Rechnungsnummer: RE-2026-0043\nRechnungsdatum: 03.03.2026\nGesamtbetrag: 595,00 €\nZahlbar innerhalb von 14 Tagen.\n",
	  59500, -1, "2026-03-03", "2026-03-17", NULL, NULL, NULL, "RE-2026-0043", FALSE },
	{ "de-rechnung-mit-dieser-mail", "Ihre Rechnung 2026-0044",
	  "Guten Tag,\ndie Rechnung erhalten Sie mit dieser E-Mail als PDF.\nRechnungsnummer: 2026-0044\n"
	  "Gesamtbetrag: 595,00 €\nZahlungsziel: 14 Tage\n",
	  59500, -1, NULL, NULL, NULL, NULL, NULL, "2026-0044", FALSE },
	{ "en-payment-must-be-received", "Invoice INV-31",
	  "Invoice number: INV-31\nInvoice date: 2 March 2026\nTotal: £1,200.00\nPayment must be received within 14 days.\n",
	  120000, -1, "2026-03-02", "2026-03-16", NULL, NULL, NULL, "INV-31", FALSE },
	{ "nl-bedrag-bijgeschreven", "Factuur 2026-124",
	  "Factuurnummer: 2026-124\nFactuurdatum: 02-03-2026\nTotaal: € 99,00\n"
	  "Het bedrag dient binnen 14 dagen op onze rekening te zijn bijgeschreven.\n",
	  9900, -1, "2026-03-02", "2026-03-16", NULL, NULL, NULL, "2026-124", FALSE },
	{ "en-invoice-for-your-order", "Invoice INV-5521 for your order #1042",
	  "Invoice number: INV-5521\nInvoice date: 2 March 2026\nTotal: £45.00\nPayment within 14 days.\n",
	  4500, -1, NULL, NULL, NULL, NULL, NULL, "INV-5521", FALSE },
	/* Near misses: a receipt's sentence and an order's shipping mail stay refused. */
	{ "de-receipt-stays-refused", "Rechnung RE-2026-0045",
	  "Rechnungsnummer: RE-2026-0045\nGesamtbetrag: 595,00 €\nIhre Zahlung ist bei uns eingegangen. Vielen Dank!\n",
	  -1, -1, NULL, NULL, NULL, NULL, NULL, NULL, TRUE },
	{ "en-order-shipped-refused", "Your order #1042 has shipped",
	  "Order #1042\nTotal: £45.00\nThanks for shopping with us.\n",
	  -1, -1, NULL, NULL, NULL, NULL, NULL, NULL, TRUE },
	/* A number label names its value on its line, date-shaped or after a "#"; a date on
	 * the line below a bare label is no number (near miss). */
	{ "number-date-shaped", "Uw factuur",
	  "Factuurnummer: 2026.08.7\nFactuurdatum: 2026-08-02\nTotaal: € 460,40\nBetaling binnen 30 dagen.\n",
	  46040, -1, "2026-08-02", "2026-09-01", NULL, "number: body, line \"Factuurnummer: 2026.08.7\"", NULL,
	  "2026.08.7", FALSE },
	/* A year, a month's name and a count after the title is a series numbered per month,
	 * not a date (ISO order writes the month in digits); a date in words after the title
	 * is still none (near miss). */
	{ "number-year-month-series", "Factuur / Invoice November",
	  "Factuur / Invoice 2026-NOV-02\nDatum / Date: 02-12-2026\nTotaal / Total: € 3.678,40\n"
	  "Betaling binnen 14 dagen.\n",
	  367840, -1, "2026-12-02", NULL, NULL, NULL, NULL, "2026-NOV-02", FALSE },
	/* Near miss: the same form when the text dates the invoice that day, as a tool that
	 * prints its dates year, month name, day does: a date, and the number is elsewhere. */
	{ "number-year-month-date-is-none", "Invoice",
	  "Invoice 2026-Nov-02\nDate: 2026-Nov-02\nTotal due: € 240,00\n"
	  "Payment within 14 days, mentioning invoice 0417.\n",
	  24000, -1, NULL, NULL, NULL, NULL, NULL, "0417", FALSE },
	/* ... but the series quoted again for the payment is still the number. */
	{ "number-year-month-series-quoted", "Factuur / Invoice",
	  "Factuur / Invoice 2026-NOV-02\nDatum / Date: 02-12-2026\nTotaal / Total: € 3.678,40\n"
	  "Betaling binnen 14 dagen.\nKenmerk / Reference: 2026-NOV-02\n",
	  367840, -1, "2026-12-02", NULL, NULL, NULL, NULL, "2026-NOV-02", FALSE },
	{ "number-month-word-date-is-none", "Factuur",
	  "Factuur 2 november 2026\nFactuurnr. F-0043\nTotaal: € 99,00\nBetaling binnen 14 dagen.\n",
	  9900, -1, NULL, NULL, NULL, NULL, NULL, "F-0043", FALSE },
	{ "number-date-below-label-is-none", "Uw factuur",
	  "Factuurnummer:\n12-03-2026\nFactuur F-0042\nTotaal: € 99,00\nBetaling binnen 14 dagen.\n",
	  9900, -1, NULL, NULL, NULL, NULL, NULL, "F-0042", FALSE },
	{ "number-hash-after-colon", "Your invoice",
	  "INVOICE NO.: #0028\nDATE: September 28, 2026\nBALANCE DUE €4,291.60\n",
	  429160, -1, "2026-09-28", NULL, NULL, "number: body, line \"INVOICE NO.: #0028\"", NULL, "0028", FALSE },
	/* A nota's date is labelled by its own word; a referral's "d.d." below is not it. */
	{ "issue-notadatum", "Uw nota",
	  "NOTA 2026-384\nNotadatum: 13 juli 2026\nPatiëntnummer: 5289\tVerwijzing huisarts d.d. 31-05-2026\n"
	  "Totaal\t€ 183,00\nU wordt verzocht het bedrag binnen 30 dagen na notadatum over te maken.\n",
	  18300, -1, "2026-07-13", "2026-08-12", NULL, "issue_date: body, line \"Notadatum: 13 juli 2026\"", NULL,
	  NULL, FALSE },
	{ "due-month-end", "Invoice INV-000416",
	  "Invoice INV-000416\nInvoice Date :\t30/10/2026\nTerms\tDue\t:\tend of the month\nBalance Due £1,128.00\n",
	  112800, -1, "2026-10-30", "2026-10-31", NULL, "due_date: body, rule month-end", NULL, NULL, FALSE },
	/* Near miss: a count of days before it is a term of its own, counted from the month's
	 * end (corpus/invoices/README.md's conventions), not the month's end itself. */
	{ "due-days-end-of-month-is-days", "Invoice INV-000417",
	  "Invoice INV-000417\nInvoice Date: 30/10/2026\nTerms: 30 days end of month\nBalance Due £1,128.00\n",
	  112800, -1, "2026-10-30", "2026-11-30", NULL, "rule days-after-month-end", "rule month-end", NULL, FALSE },
	/* A dollar invoice paid to an IBAN is a European business's: day first; one paid by
	 * ACH is American: month first. */
	{ "usd-with-iban-day-first", "Invoice 0000114",
	  "Invoice Number: 0000114\nDate of Issue: 10/09/2026\nDue Date: 10/10/2026\nAmount Due (USD) $2,600.00\n"
	  "Pay to IBAN NL98RABO6291533042 (USD).\n",
	  260000, -1, "2026-09-10", "2026-10-10", NULL, NULL, NULL, "0000114", FALSE },
	{ "usd-without-iban-month-first", "Invoice 0000115",
	  "Invoice Number: 0000115\nDate of Issue: 10/09/2026\nDue Date: 10/24/2026\nAmount Due (USD) $2,600.00\n"
	  "Pay by ACH to routing 021000021.\n",
	  260000, -1, "2026-10-09", "2026-10-24", NULL, NULL, NULL, "0000115", FALSE },
	/* The invoice's own slash dates decide where one reads only one way: month first
	 * ("10/14/2026") for an IBAN payee too; day first ("14/10/2026") for dollars too. */
	{ "slash-dates-show-month-first", "Invoice 1087",
	  "Invoice # 1087\nDate 11/03/2026\nDue Date 12/03/2026\n10/14/2026\tData pipeline\t9,600.00\n"
	  "Balance due £9,600.00\nWire: IBAN GB29 NWBK 6016 1331 9268 19\n",
	  960000, -1, "2026-11-03", "2026-12-03", NULL, NULL, NULL, "1087", FALSE },
	{ "slash-dates-show-day-first", "Invoice 0000116",
	  "Invoice Number: 0000116\nDate of Issue: 10/09/2026\nDue Date: 10/10/2026\n"
	  "28/08/2026\tConsulting\t$2,600.00\nAmount Due (USD) $2,600.00\nPay by ACH to routing 021000021.\n",
	  260000, -1, "2026-09-10", "2026-10-10", NULL, NULL, NULL, "0000116", FALSE },
	/* A block under a label that names the sender (From: "Acme") is the payee's, however
	 * it is labelled: the next block is the debtor's. */
	{ "debtor-not-the-sender", "Rechnung 2026-300",
	  "Empfänger: Acme\nMusterstraße 1\n10115 Berlin\n\nRechnungsempfänger: Bäckerei Huber\n"
	  "Hauptstraße 3\n80331 München\n\nRechnung Nr. 2026-300\nGesamtbetrag: 119,00 €\n",
	  11900, -1, NULL, NULL, "Bäckerei Huber", "debtor_name: body, rule address-block-label", NULL, NULL, FALSE },
	/* A German label in its feminine form labels the block as the masculine one does. */
	{ "label-feminine-one-line", "Rechnung 2026-11",
	  "Hallo Frau Petrović,\n\nRechnung Nr. 2026-11\nDatum: 29.11.2026\n"
	  "Rechnungsempfängerin: Svetlana Petrović, Tulpenweg 12, 04159 Leipzig\n\nGesamt: 315,00 €\n",
	  31500, -1, NULL, NULL, "Svetlana Petrović", "debtor_name: body, rule address-block-label", NULL, NULL, FALSE },
	{ "label-kundin-below", "Rechnung 2026-12",
	  "Rechnung Nr. 2026-12\n\nKundin:\nMaria Hoffmann\nLindenstraße 4\n04109 Leipzig\n\nGesamt: 90,00 €\n",
	  9000, -1, NULL, NULL, "Maria Hoffmann", "debtor_name: body, rule address-block-label", NULL, NULL, FALSE },
	/* An Irish address ends in its Eircode ("D02 T292"), a postcode line as any other. */
	{ "label-in-second-column-eircode", "Invoice OB-019",
	  "Orla Brennan Illustration\n\nINVOICE NO. OB-019\tTO\n4 November 2026\tFox & Fern Publishing Limited\n"
	  "\t21 Fitzwilliam Place\n\tDublin 2\n\tD02 T292\n\nTOTAL DUE\t€2,177.10\n",
	  217710, -1, NULL, NULL, "Fox & Fern Publishing Limited", "debtor_name: body, rule address-block-label-in-column",
	  NULL, NULL, FALSE },
	/* Near miss: four letters and digits after a routing key's shape inside a line's words
	 * make no postcode line of a block with none. */
	{ "label-in-second-column-no-postcode", "Invoice OB-020",
	  "Orla Brennan Illustration\n\nINVOICE NO. OB-020\tTO\n4 November 2026\tFox & Fern Publishing Limited\n"
	  "\tCover artwork D02T292X\n\nTOTAL DUE\t€2,177.10\n",
	  217710, -1, NULL, NULL, NULL, NULL, "address-block-label-in-column", NULL, FALSE },
	{ "label-in-second-column", "Factuur 2026-046",
	  "Acme Supplies BV\tFactuur aan:\nKeizersgracht 1\tBakkerij Jansen\n"
	  "1015 AA Amsterdam\tDorpsstraat 4\nKvK 12345678\t5211 AB Den Bosch\n\n"
	  "Factuur 2026-046\nTotaal te betalen: € 99,00\n",
	  9900, -1, NULL, NULL, "Bakkerij Jansen", "debtor_name: body, rule address-block-label-in-column", NULL, NULL, FALSE },
};

static GMimeMessage *
mail_to(const char *to, const char *subject, const char *body)
{
	return dm_test_invoice_mail("Fri, 20 Mar 2026 10:00:00 +0100", to, subject, body);
}

static GMimeMessage *
mail(const char *subject, const char *body)
{
	return mail_to("ap@debtor.example", subject, body);
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = mail(c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (c->refused) {
		g_assert_false(f->is_invoice);
		return;
	}
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	dm_test_assert_read(f, c->number, c->due_cents, c->total_cents, c->issue, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
	if (c->explain && !dm_test_explained(f, c->explain))
		g_error("no --explain line holds \"%s\"", c->explain);
	if (c->not_explained && dm_test_explained(f, c->not_explained))
		g_error("an --explain line holds \"%s\"", c->not_explained);
}

/* (transfer full) the address dm_invoice_choose_debtor picks from @rcpts (NULL-ended) for a
 * mail from billing@acme.example whose To header names no one; @rule: an explain line must
 * (or, FALSE, must not) name the rule not-own-domain. */
static char *
debtor_of(const char *const *rcpts, gboolean rule)
{
	const char *raw = "From: Acme <billing@acme.example>\r\nTo: undisclosed-recipients:;\r\n"
			  "Subject: Factuur 2026-050\r\nDate: Fri, 20 Mar 2026 10:00:00 +0100\r\n"
			  "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
			  "Factuur 2026-050\nTotaal te betalen: € 99,00\n";
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_autoptr(GPtrArray) list = g_ptr_array_new();
	for (guint i = 0; rcpts[i]; i++)
		g_ptr_array_add(list, (gpointer) rcpts[i]);
	dm_invoice_choose_debtor(f, msg, list);
	g_assert_cmpint(dm_test_explained(f, "rule not-own-domain"), ==, rule);
	return g_strdup(f->debtor_email);
}

static void
test_not_own_domain(void)
{
	const char *archive_first[] = { "archief@acme.example", "jan@klant.example", NULL };
	g_autofree char *a = debtor_of(archive_first, TRUE);
	g_assert_cmpstr(a, ==, "jan@klant.example");
	/* Near misses: the debtor first needs no rule; the archive alone is all there is. */
	const char *debtor_first[] = { "jan@klant.example", "archief@acme.example", NULL };
	g_autofree char *b = debtor_of(debtor_first, FALSE);
	g_assert_cmpstr(b, ==, "jan@klant.example");
	const char *only_own[] = { "archief@acme.example", NULL };
	g_autofree char *c = debtor_of(only_own, FALSE);
	g_assert_cmpstr(c, ==, "archief@acme.example");
}

/* The To header's person as the block's first line, an organisation with no legal form
 * below: the organisation owes.  A couple's second name below is no organisation: the
 * two are the debtor. */
static void
test_contact_above_organisation(void)
{
	g_autoptr(GMimeMessage) msg = mail_to("Priya Nair <priya@hlj.example>", "Invoice INV-88",
		"Bill to:\nPriya Nair\nKestrel & Finch\n9 Canal Wharf\nLeeds LS11 5PS\n\n"
		"Invoice INV-88\nAmount due: £120.00\n");
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_cmpstr(f->debtor_name, ==, "Kestrel & Finch");
	g_assert_cmpint(f->debtor_kind, ==, DM_INVOICE_DEBTOR_BUSINESS);
	g_assert_true(dm_test_explained(f, "debtor_name: rule contact-above-organisation"));

	g_autoptr(GMimeMessage) couple = mail_to("Jan Smit <jan@smit.example>", "Factuur 2026-090",
		"Factuur aan:\nJan Smit\nMarie Smit\nKerkstraat 1\n1234 AB Plaats\n\n"
		"Factuur 2026-090\nTotaal te betalen: € 80,00\n");
	g_autoptr(DmInvoiceFacts) g = dm_invoice_extract(couple);
	/* Both owe: the couple named one by one is the debtor's name (corpus/invoices/README.md). */
	g_assert_cmpstr(g->debtor_name, ==, "Jan Smit en Marie Smit");
	g_assert_true(dm_test_explained(g, "debtor_name: rule couple-one-a-line"));
	/* A couple by their bare names: nothing says business or consumer. */
	g_assert_cmpint(g->debtor_kind, ==, DM_INVOICE_DEBTOR_UNKNOWN);
	g_assert_false(dm_test_explained(g, "contact-above-organisation"));

	/* Nor is a field's label that a layout set on the row below the name. */
	g_autoptr(GMimeMessage) label = mail_to("Hr. M. Yilmaz <m.yilmaz@example.nl>", "Factuur 2026-00201",
		"Hr. M. Yilmaz\nFactuurnr.\tFactuur 2026-00201\nRembrandtlaan 33\n3723 BG Bilthoven\n\n"
		"Totaal te betalen: € 80,00\n");
	g_autoptr(DmInvoiceFacts) h = dm_invoice_extract(label);
	g_assert_cmpstr(h->debtor_name, ==, "M. Yilmaz" /* the form of address dropped */);
	g_assert_false(dm_test_explained(h, "contact-above-organisation"));

	/* Nor is an Irish townland straight above the town and county, no street between: it is
	 * the address's first line (names27 round).  Near miss: an organisation's words there. */
	g_autoptr(GMimeMessage) townland = mail_to("Eamon Fahy <eamonfahy.farm@example.ie>", "Invoice SH-3381",
		"Invoice to:\nEamon Fahy\nKnockbrack\nBirr, Co. Offaly\n\nInvoice SH-3381\nAmount due: €410.00\n");
	g_autoptr(DmInvoiceFacts) k = dm_invoice_extract(townland);
	g_assert_cmpstr(k->debtor_name, ==, "Eamon Fahy");
	g_assert_false(dm_test_explained(k, "contact-above-organisation"));
	g_autoptr(GMimeMessage) farm = mail_to("Eamon Fahy <eamonfahy.farm@example.ie>", "Invoice SH-3382",
		"Invoice to:\nEamon Fahy\nKnockbrack Farm Shop Ltd\nBirr, Co. Offaly\n\nInvoice SH-3382\nAmount due: €410.00\n");
	g_autoptr(DmInvoiceFacts) l = dm_invoice_extract(farm);
	g_assert_cmpstr(l->debtor_name, ==, "Knockbrack Farm Shop Ltd");

	/* Nor is a house's name above the street ("Riverside House", "Rose Cottage"): the
	 * address's first line, as a townland's is above the town. */
	g_autoptr(GMimeMessage) house = mail_to("Aoife Kelly <aoife.k@example.ie>", "Invoice SH-3383",
		"Invoice to:\nAoife Kelly\nRiverside House\n12 Quay Street\nGalway H91 X2Y3\n\nInvoice SH-3383\n"
		"Amount due: €410.00\n");
	g_autoptr(DmInvoiceFacts) o = dm_invoice_extract(house);
	g_assert_cmpstr(o->debtor_name, ==, "Aoife Kelly");
	g_assert_cmpint(o->debtor_kind, !=, DM_INVOICE_DEBTOR_BUSINESS);
}

/* (transfer full) the facts of a mail to @to with @subject and @body. */
static DmInvoiceFacts *
extract_to(const char *to, const char *subject, const char *body)
{
	g_autoptr(GMimeMessage) msg = mail_to(to, subject, body);
	return dm_invoice_extract(msg);
}

/* A person under a title below the organisation is its contact, never the organisation
 * of a contact above: the To header names the organisation here, not a person. */
static void
test_titled_person_below_is_contact(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Kapsalon Knip & Kleur <administratie@haarwerk.example>",
		"Factuur 2026-118",
		"Factuur aan:\nKapsalon Knip & Kleur\nMevrouw S. Yilmaz\nMarktstraat 4\n3511 AB Utrecht\n\n"
		"Factuurnummer: 2026-118\nTotaal te betalen: € 240,00\n");
	g_assert_cmpstr(f->debtor_name, ==, "Kapsalon Knip & Kleur");
	g_assert_false(dm_test_explained(f, "contact-above-organisation"));

	/* Near miss: an organisation below the To header's person is still the debtor. */
	g_autoptr(DmInvoiceFacts) g = extract_to("Sanne Yilmaz <sanne@haarwerk.example>", "Factuur 2026-119",
		"Factuur aan:\nSanne Yilmaz\nKapsalon Knip & Kleur\nMarktstraat 4\n3511 AB Utrecht\n\n"
		"Factuurnummer: 2026-119\nTotaal te betalen: € 240,00\n");
	g_assert_cmpstr(g->debtor_name, ==, "Kapsalon Knip & Kleur");
}

/* The To header names the organisation whose mailbox it is (the domain spells it), the
 * block a person below it: the organisation owes, the person is its contact. */
static void
test_name_is_mail_domain(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Opticien Scherpzicht <info@opticienscherpzicht.nl>", "Factuur 2026.0193",
		"Factuur aan:\nOpticien Scherpzicht\nJoost Hazelhoff\nVeldweg 120\n2311 ES Leiden\n\n"
		"Factuurnummer: 2026.0193\nTotaal te betalen: € 120,00\n");
	g_assert_cmpstr(f->debtor_name, ==, "Opticien Scherpzicht");
	g_assert_cmpint(f->debtor_kind, ==, DM_INVOICE_DEBTOR_BUSINESS);
	g_assert_true(dm_test_explained(f, "debtor_name: rule name-is-mail-domain"));
	g_assert_false(dm_test_explained(f, "contact-above-organisation"));

	/* A details row between the organisation and its contact changes nothing. */
	g_autoptr(DmInvoiceFacts) r = extract_to("Fahrschule Gerlach <rechnungen@fahrschulegerlach.de>", "Rechnung 2026-024",
		"Lektorat Federleicht · Kirchplatz 64 · 65183 Wiesbaden\nRechnungsdatum\t28.04.2026\nFahrschule Gerlach\n"
		"Steuernummer\t260/270/92878\nAnja Schuster\nGartenweg 55\n65183 Wiesbaden\n\n"
		"Rechnung Nr. 2026-024\nGesamtbetrag 883,05 €\nZahlbar innerhalb von 14 Tagen.\n");
	g_assert_cmpstr(r->debtor_name, ==, "Fahrschule Gerlach");
	g_assert_cmpint(r->debtor_kind, ==, DM_INVOICE_DEBTOR_BUSINESS);
	/* A school by its ending ("Fahrschule") is an organisation by its own name now. */
	g_assert_true(dm_test_explained(r, "\"Anja Schuster\" below it its contact") ||
		      dm_test_explained(r, "has \"Fahrschule\""));

	/* Near miss: a person whose surname is the domain is still the contact above. */
	g_autoptr(DmInvoiceFacts) g = extract_to("Priya Nair <priya@nair.example>", "Invoice INV-89",
		"Bill to:\nPriya Nair\nKestrel & Finch\n9 Canal Wharf\nLeeds LS11 5PS\n\n"
		"Invoice INV-89\nAmount due: £120.00\n");
	g_assert_cmpstr(g->debtor_name, ==, "Kestrel & Finch");
	g_assert_false(dm_test_explained(g, "name-is-mail-domain"));
}

/* The To header opens with a department or office-holder's word: when the rest spells
 * most of the mailbox's domain, it is the organisation; the legal form the text prints
 * after the header's name is the name's. */
static void
test_to_department_prefix(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("IT Okafor Legal <it@okaforlegal.co.uk>", "Customer Invoice #CB-208861",
		"Dear Okafor Legal LLP,\nInvoice #CB-208861\nAmount Due: EUR 208.80\nDue Date: 11/12/2026\n");
	g_assert_cmpstr(f->debtor_name, ==, "Okafor Legal LLP");
	g_assert_true(dm_test_explained(f, "rule header-name-legal-form"));
	/* Near misses: the rest is a small part of the domain (the text may name the whole
	 * organisation); no legal form after the name; a form glued to a longer word. */
	g_autoptr(DmInvoiceFacts) g = extract_to("Boekhouding De Vonk <boekhouding@cultuurhuisdevonk.nl>", "Factuur 45",
		"Factuurnummer: 45\nFactuurdatum: 5 juni 2026\nTotaal: € 500,00\nBetalen binnen 14 dagen.\n");
	g_assert_cmpstr(g->debtor_name, ==, "Boekhouding De Vonk");
	g_autoptr(DmInvoiceFacts) h = extract_to("IT Okafor Legal <it@okaforlegal.co.uk>", "Invoice 46",
		"Dear Okafor Legal team,\nInvoice 46\nAmount Due: EUR 208.80\n");
	g_assert_cmpstr(h->debtor_name, ==, "Okafor Legal");
	g_autoptr(DmInvoiceFacts) k = extract_to("Velo Aare <info@veloaare.ch>", "Rechnung 47",
		"Rechnung Nr. 47\nVelo Aareggio AG\nTotal CHF 500.00\n");
	g_assert_cmpstr(k->debtor_name, ==, "Velo Aare");
}

/* The legal forms of Ireland, Britain's charities, Austria and Switzerland the header
 * leaves off as readily as a GmbH: "The Linden Trust CLG", "Kerry Coast Tours DAC", "Bäckerei
 * Weinzierl GesmbH" are the debtor as registered (names27 round).  Near miss: capitals glued
 * to the name's next word are no form ("… CLGX"). */
static void
test_to_legal_form_more_countries(void)
{
	static const struct {
		const char *to, *text, *want;
	} forms[] = {
		{ "Brackloon Heritage Trust <finance@brackloontrust.ie>",
		  "Invoice 310\nBill to\nBrackloon Heritage Trust CLG\nCRO 611204\nTotal due €400.00\n",
		  "Brackloon Heritage Trust CLG" },
		{ "Atlantic Drift Charters <accounts@atlanticdrift.ie>",
		  "Invoice 311\nTo: Atlantic Drift Charters DAC\nTotal due €400.00\n", "Atlantic Drift Charters DAC" },
		{ "Konditorei Aigner <office@konditorei-aigner.at>",
		  "Rechnung 312\nKonditorei Aigner GesmbH\nGesamtbetrag 400,00 €\n", "Konditorei Aigner GesmbH" },
		{ "Brackloon Heritage <finance@brackloonheritage.ie>",
		  "Invoice 313\nBrackloon Heritage CLGX\nTotal due €400.00\n", "Brackloon Heritage" },
		/* The forms that are ordinary words too — a job's title after a comma, a CV, an
		 * Austrian floor ("2. OG") — extend a name only standing at its line's end, no
		 * comma between: "Hofer & Lang OG", "The Saltmarsh Trust CIO". */
		{ "Hofer & Lang <office@hoferlang.example>", "Rechnung 314\nHofer & Lang OG\nLandstraße 49\nGesamtbetrag 400,00 €\n",
		  "Hofer & Lang OG" },
		{ "The Saltmarsh Trust <finance@saltmarsh.example>", "Invoice 315\nThe Saltmarsh Trust CIO\nTotal due £400.00\n",
		  "The Saltmarsh Trust CIO" },
		{ "Sarah Kelly <sk@mailbox.example>", "Dear Sarah Kelly, CIO of Brightwave,\n\nInvoice 316\nTotal due €400.00\n",
		  "Sarah Kelly" },
		{ "Orla Byrne <ob@mailbox.example>", "Invoice 317\nRewrite of Orla Byrne CV and cover letter\nTotal due €400.00\n",
		  "Orla Byrne" },
		{ "Pieter de Vries <pdv@mailbox.example>", "Factuur 318\nOmschrijving: Pieter de Vries, CV herschreven\n"
		  "Totaal € 400,00\n", "Pieter de Vries" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(forms); i++) {
		g_autoptr(DmInvoiceFacts) f = extract_to(forms[i].to, "Invoice", forms[i].text);
		g_test_message("%s", forms[i].to);
		g_assert_cmpstr(f->debtor_name, ==, forms[i].want);
	}
}

/* A mail that names an invoice's number (its subject's) and an amount in its prose, with
 * no label, date, term or account beside them, talks about an invoice and bills nothing: one
 * sent to the wrong company, a payment to be matched (names27 round).  Near misses: the
 * same few words with an account to pay to, or with a due date, are a typed invoice. */
static void
test_number_and_amount_mentioned_only(void)
{
	static const struct {
		const char *subject, *body;
		gboolean invoice;
	} mails[] = {
		{ "Invoice 5120 - wrong address", "Hi,\n\nInvoice 5120 (£812.00) went to our old client address by "
		  "mistake. Please ignore it; we will send a corrected one.\n\nKaren\n", FALSE },
		{ "Factuur 2026-198", "Beste Anouk,\n\nWij ontvingen € 250,00 zonder omschrijving. Is dat voor "
		  "factuur 2026-198 of voor een andere?\n\nGroet, Rik\n", FALSE },
		{ "Invoice 5121", "Hi Tom,\n\nInvoice 5121 for the boiler repair comes to £240.00. Please pay to "
		  "GB82 WEST 1234 5698 7654 32.\n\nKaren\n", TRUE },
		{ "Invoice 5122", "Hi Tom,\n\nInvoice 5122 for the boiler repair comes to £240.00, due by 20 December "
		  "2026.\n\nKaren\n", TRUE },
		/* A bill typed in a line or two hands itself over ("Hierbij", "anbei", "here is") or
		 * asks for the money ("graag overmaken"): it bills, with no date or account. */
		{ "Factuur 2026-14", "Hoi Tom,\n\nHierbij factuur 2026-14 voor het schilderwerk: € 450,00.\n\nGroet, Piet\n",
		  TRUE },
		{ "Invoice 5123", "Hi Tom,\n\nHere is invoice 5123 for the boiler repair: £240.00. Thanks!\n\nKaren\n", TRUE },
		{ "Rechnung 2026-16", "Hallo Tom,\n\nanbei Rechnung 2026-16 über 450,00 € für die Reparatur. Danke!\n\nPiet\n",
		  TRUE },
		{ "Factuur 2026-15", "Hoi Tom, factuur 2026-15 voor de tuin komt op € 450,00. Graag overmaken, bedankt!\n", TRUE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(mails); i++) {
		g_autoptr(DmInvoiceFacts) f = extract_to("Tom Ashby <tom@ashby.example>", mails[i].subject, mails[i].body);
		g_assert_cmpint(f->is_invoice, ==, mails[i].invoice);
	}
}

/* The To header leaves off a second surname the mail prints after its name: the debtor
 * goes by the full one. */
static void
test_to_double_surname(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("A. Ruigrok <a.ruigrok@example.nl>", "factuur glazenwassen nov",
		"Geachte mevr. A. Ruigrok-Y\xc4\xb1ld\xc4\xb1z,\n\nFactuurnummer: 2026-214\nFactuurdatum: 26-11-2026\n"
		"Totaal    \xe2\x82\xac 105,88\n");
	g_assert_cmpstr(f->debtor_name, ==, "A. Ruigrok-Y\xc4\xb1ld\xc4\xb1z");
	g_assert_true(dm_test_explained(f, "rule header-name-double-surname"));
	g_autoptr(DmInvoiceFacts) g = extract_to("Anne Kuipers <anne@example.nl>", "Factuur 2026-215",
		"Beste Anne Kuipers-de Boer,\n\nFactuurnummer: 2026-215\nTotaal    \xe2\x82\xac 80,00\n");
	g_assert_cmpstr(g->debtor_name, ==, "Anne Kuipers-de Boer");
	/* Near misses: a hyphen then a lower-case word, or a date range, is no surname. */
	g_autoptr(DmInvoiceFacts) h = extract_to("A. Ruigrok <a.ruigrok@example.nl>", "Factuur 2026-216",
		"Geachte A. Ruigrok-achtige klant,\nFactuurnummer: 2026-216\nTotaal    \xe2\x82\xac 80,00\n");
	g_assert_cmpstr(h->debtor_name, ==, "A. Ruigrok");
}

/* The To header gives a given name alone ("Sam"): the whole name the mail prints after it is
 * the debtor's; a header in a directory's order is said the other way round (nl, en, de). */
static void
test_to_given_name_and_directory(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Sam <samwhitford@example.me>", "bike invoice",
		"hey Sam, bike's ready!\n\ninvoice OB-118 - 2 Dec 2026 - Sam Whitford\nfull service 75.00\n----\n"
		"total \xe2\x82\xac" "117.50\n\npay on pickup or transfer now pls: NL19 BUNQ 2201 7366 66\n");
	g_assert_cmpstr(f->debtor_name, ==, "Sam Whitford");
	g_assert_true(dm_test_explained(f, "rule header-name-surname"));
	g_autoptr(DmInvoiceFacts) g = extract_to("Joost <joost@example.nl>", "Factuur 26-044",
		"Hoi Joost, de klus is klaar!\n\nFactuur 26-044 - 03-11-2026 - Joost van der Meer\n"
		"Totaal    \xe2\x82\xac 629,20\nTe voldoen binnen 14 dagen.\n");
	g_assert_cmpstr(g->debtor_name, ==, "Joost van der Meer");
	g_autoptr(DmInvoiceFacts) h = extract_to("\"Schneider, Katrin\" <k.schneider@example.de>", "Rechnung 2026-17",
		"Hallo Katrin,\n\nRechnungsnummer 2026-17\nGesamtbetrag 595,00 \xe2\x82\xac\nZahlbar innerhalb von 14 Tagen.\n");
	g_assert_cmpstr(h->debtor_name, ==, "Katrin Schneider");
	g_autoptr(DmInvoiceFacts) k = extract_to("\"Dijk, Anouk van\" <a.vandijk@example.nl>", "Factuur 2026-18",
		"Beste Anouk,\n\nFactuurnummer 2026-18\nTotaal    \xe2\x82\xac 250,00\nTe voldoen binnen 14 dagen.\n");
	g_assert_cmpstr(k->debtor_name, ==, "Anouk van Dijk");
	/* Near misses: only the greeting prints the given name; a full header stays as it is. */
	g_autoptr(DmInvoiceFacts) m = extract_to("Lena <lena@example.com>", "Invoice 31",
		"hey Lena, all done!\nInvoice 31\nTotal \xc2\xa3" "120.00\nPayment due within 14 days.\n");
	g_assert_cmpstr(m->debtor_name, ==, "Lena");
	g_autoptr(DmInvoiceFacts) n = extract_to("Lena Marchetti <lena@example.com>", "Invoice 32",
		"hey Lena, all done!\nInvoice 32\nTotal \xc2\xa3" "120.00\nPayment due within 14 days.\n");
	g_assert_cmpstr(n->debtor_name, ==, "Lena Marchetti");
}

/* A bare To address and no block: the person the mailbox is named after, as the text
 * prints the name, without its form of address. */
static void
test_person_of_mailbox(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("s.degraaf@ziggo.nl", "Factuur 2026-41",
		"Beste relatie,\n\nFactuur 2026-41\nMevr. S. de Graaf\nTotaal \xe2\x82\xac 120,00\n"
		"Te voldoen binnen 14 dagen.\n");
	g_assert_cmpstr(f->debtor_name, ==, "S. de Graaf");
	g_assert_true(dm_test_explained(f, "debtor_name: rule person-of-mailbox"));
	/* Near misses: a surname alone, a short local part, the same person spelt otherwise,
	 * the To header's own name, a sentence that holds the name. */
	const struct {
		const char *to, *body;
	} misses[] = {
		{ "jansen@ziggo.nl", "Factuur 2026-42\nJansen\nTotaal \xe2\x82\xac 120,00\nTe voldoen binnen 14 dagen.\n" },
		{ "anna@vos.nl", "Factuur 2026-43\nAn Na\nTotaal \xe2\x82\xac 120,00\nTe voldoen binnen 14 dagen.\n" },
		{ "p.smit@ziggo.nl", "Factuur 2026-44\nPiet Smit\nTotaal \xe2\x82\xac 120,00\nTe voldoen binnen 14 dagen.\n" },
		{ "Karin Smit <s.degraaf@ziggo.nl>",
		  "Factuur 2026-45\nMevr. S. de Graaf\nTotaal \xe2\x82\xac 120,00\nTe voldoen binnen 14 dagen.\n" },
		{ "s.degraaf@ziggo.nl",
		  "Factuur 2026-46 voor S. de Graaf\nTotaal \xe2\x82\xac 120,00\nTe voldoen binnen 14 dagen.\n" },
		/* An office's mailbox spelt out in a cell (a review's). */
		{ "accountspayable@acme-holdings.com",
		  "Invoice 2026-47\nAccounts Payable\nTotal \xc2\xa3" "120.00\nPayment due within 14 days.\n" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(misses); i++) {
		g_autoptr(DmInvoiceFacts) m = extract_to(misses[i].to, "Factuur", misses[i].body);
		if (dm_test_explained(m, "person-of-mailbox"))
			g_error("%s: person-of-mailbox took \"%s\"", misses[i].to, m->debtor_name);
	}
}

/* A direct debit names the debtor's own account before the payee's: the payee's is the
 * IBAN, wherever it stands. */
static void
test_direct_debit_account(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("R. Kamphuis <r.kamphuis@example.nl>", "Factuur 2026-0311",
		"Factuurnummer 2026-0311\nTotaal\t€ 73,14\nHet totaalbedrag wordt op 20-03-2026 afgeschreven van uw\n"
		"rekening NL61 INGB 0006 6209 18.\nStrijkservice Plooi · IBAN NL07 SNSB 0922 1843 67\n");
	g_assert_cmpstr(f->iban, ==, "NL07SNSB0922184367");
	g_autoptr(DmInvoiceFacts) g = extract_to("Jan Berger <jan@example.de>", "Rechnung 2026-12",
		"Rechnung Nr. 2026-12\nGesamtbetrag: 73,14 €\nDer Betrag wird von Ihrem Konto DE89 3704 0044 0532 0130 00 "
		"abgebucht.\nBankverbindung: DE02 1203 0000 0000 2020 51\n");
	g_assert_cmpstr(g->iban, ==, "DE02120300000000202051");
	/* Near miss: only the debtor's account is printed: it is all there is. */
	g_autoptr(DmInvoiceFacts) h = extract_to("R. Kamphuis <r.kamphuis@example.nl>", "Factuur 2026-0312",
		"Factuurnummer 2026-0312\nTotaal\t€ 73,14\nAfgeschreven van uw rekening NL61 INGB 0006 6209 18.\n");
	g_assert_cmpstr(h->iban, ==, "NL61INGB0006620918");
}

/* A currency's code in brackets in the amount's label is the currency of a bare dollar
 * sign, which several currencies write. */
static void
test_currency_in_label(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Priya Raman <priya@maplewoodcu.example>", "Invoice 0000121",
		"Invoice Number: 0000121\nDate of Issue: Mar 9, 2026\nAmount Due (CAD)\t$9,944.00\n");
	g_assert_cmpint(f->amount_cents, ==, 994400);
	g_assert_cmpstr(f->currency, ==, "CAD");
	/* Near misses: a sign of its own beside the code, a bracket that is no currency. */
	g_autoptr(DmInvoiceFacts) g = extract_to("Priya Raman <priya@maplewoodcu.example>", "Invoice 0000122",
		"Invoice Number: 0000122\nDate of Issue: Mar 9, 2026\nAmount Due (CAD)\tUS$9,944.00\n");
	g_assert_cmpstr(g->currency, ==, "USD");
	g_autoptr(DmInvoiceFacts) h = extract_to("Priya Raman <priya@maplewoodcu.example>", "Invoice 0000123",
		"Invoice Number: 0000123\nDate of Issue: Mar 9, 2026\nAmount Due (ABC)\t$9,944.00\n");
	g_assert_cmpstr(h->currency, ==, "USD");
	/* The code ending the label before a bare amount, as Swiss tools print it. */
	g_autoptr(DmInvoiceFacts) i = extract_to("verwaltung@wbg.example", "Rechnung RG-26-0427",
		"Rechnung RG-26-0427\nDatum: 19.11.2026\nRechnungstotal CHF: 1'375.40\n"
		"Zahlbar innert 30 Tagen netto auf CH98 0070 0004 0899 1786 2.\n");
	g_assert_cmpint(i->amount_cents, ==, 137540);
	g_assert_cmpstr(i->currency, ==, "CHF");
	/* Near misses: a tax's letters ending the label are no currency; a code in the amount
	 * itself wins. */
	g_autoptr(DmInvoiceFacts) j = extract_to("verwaltung@wbg.example", "Rechnung RG-26-0428",
		"Rechnung RG-26-0428\nDatum: 19.11.2026\nTotal inkl. VAT: 1'375.40\n"
		"Zahlbar innert 30 Tagen netto auf CH98 0070 0004 0899 1786 2.\n");
	g_assert_cmpstr(j->currency, ==, "");
	g_autoptr(DmInvoiceFacts) k = extract_to("verwaltung@wbg.example", "Rechnung RG-26-0429",
		"Rechnung RG-26-0429\nDatum: 19.11.2026\nRechnungstotal CHF: EUR 1'375.40\n");
	g_assert_cmpstr(k->currency, ==, "EUR");
}

/* The To header names a department after the organisation with a bare space: when the
 * words before it spell the mailbox's domain, they are the debtor's name. */
static void
test_to_department_suffix(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Saltmarsh Brewing AP <ap@saltmarshbrewing.example>", "Invoice 41",
		"Invoice no: 41\nInvoice date: 2026-06-05\nTotal: USD 500.00\nPayment due within 21 days.\n");
	g_assert_cmpstr(f->debtor_name, ==, "Saltmarsh Brewing");
	g_autoptr(DmInvoiceFacts) g = extract_to("Wattle & Gum Finance <finance@wattlegum.com.au>", "Invoice 42",
		"Invoice no: 42\nInvoice date: 2026-06-05\nTotal: AUD 500.00\nPayment due within 21 days.\n");
	g_assert_cmpstr(g->debtor_name, ==, "Wattle & Gum");
	/* Near misses: the word is the organisation's own (the domain spells it whole), or
	 * the rest spells no domain of the mailbox. */
	g_autoptr(DmInvoiceFacts) h = extract_to("Kestrel Finance <info@kestrelfinance.example>", "Invoice 43",
		"Invoice no: 43\nInvoice date: 2026-06-05\nTotal: GBP 500.00\nPayment due within 21 days.\n");
	g_assert_cmpstr(h->debtor_name, ==, "Kestrel Finance");
	g_autoptr(DmInvoiceFacts) k = extract_to("Jan Smit Administratie <jan.smit@gmail.example>", "Factuur 44",
		"Factuurnummer: 44\nFactuurdatum: 5 juni 2026\nTotaal: € 500,00\nBetalen binnen 14 dagen.\n");
	g_assert_cmpstr(k->debtor_name, ==, "Jan Smit Administratie");
}

/* A typed invoice with no address block: the person in To reads it, the organisation the
 * text names whose name spells the mailbox's domain owes. */
static void
test_organisation_of_mailbox(void)
{
	g_autoptr(DmInvoiceFacts) f = extract_to("Femke Dijk <finance@harbourhostel.nl>", "May 2026 invoice",
		"Hi Femke,\n\nInvoice no: DEV-26-015\nInvoice date: 2026-06-05\n"
		"Project: HX-12 (Harbour Hostel Rotterdam B.V.)\nTotal: EUR 5,523.65\nPayment due within 21 days.\n");
	g_assert_cmpstr(f->debtor_name, ==, "Harbour Hostel Rotterdam B.V.");
	g_assert_true(dm_test_explained(f, "debtor_name: rule organisation-of-mailbox"));
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DEBTOR_NAME], ==, "text");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_DEBTOR_EMAIL], ==, "headers");

	/* Near misses: an organisation of another domain, and a To header that names the
	 * organisation itself, keep the To header's name. */
	g_autoptr(DmInvoiceFacts) g = extract_to("Femke Dijk <femke@example.nl>", "May 2026 invoice",
		"Hi Femke,\n\nInvoice no: DEV-26-016\nProject: HX-12 (Harbour Hostel Rotterdam B.V.)\n"
		"Total: EUR 5,523.65\nPayment due within 21 days.\n");
	g_assert_cmpstr(g->debtor_name, ==, "Femke Dijk");
	g_autoptr(DmInvoiceFacts) h = extract_to("Redwood Dental Group PC <ap@redwooddental.com>", "Invoice 7",
		"Dear Redwood Dental Group PC,\n\nInvoice no: 7\nTotal: USD 500.00\nPayment due within 21 days.\n");
	g_assert_cmpstr(h->debtor_name, ==, "Redwood Dental Group PC");
	g_assert_false(dm_test_explained(h, "organisation-of-mailbox"));

	/* The words that address the organisation are no part of its name. */
	g_autoptr(DmInvoiceFacts) k = extract_to("Oliver Coe <invoices@fernhillcoe.com>", "Invoice INV-0944",
		"Invoice INV-0944 from Brightwater Digital Ltd for Fernhill & Coe LLP\nInvoice date: 2026-06-05\n"
		"Total: GBP 1,250.00\nPayment due within 14 days.\n");
	g_assert_cmpstr(k->debtor_name, ==, "Fernhill & Coe LLP");
	g_autoptr(DmInvoiceFacts) l = extract_to("Derek Holm <ap@pinecrestoutdoor.com>", "Invoice 118",
		"Invoice no: 118\nBilled to Pinecrest Outdoor Gear Co.\nTotal: USD 500.00\nPayment due within 21 days.\n");
	g_assert_cmpstr(l->debtor_name, ==, "Pinecrest Outdoor Gear Co.");
}

/* Amounts with no currency written, paid to an IBAN of the euro area, are in euros; to
 * a Swedish one (whose "kr" the other crowns share) in crowns; to a British or Swiss
 * IBAN, in no currency the reader may guess. */
static void
test_currency_from_iban(void)
{
	static const struct {
		const char *iban, *currency;
	} ibans[] = {
		{ "NL32SNSB7875939608", "EUR" },
		{ "GB33BUKB20201555555555", "" },
		{ "CH9300762011623852957", "" },
		/* The crowns' "kr" is no currency of its own: a Swedish IBAN's is SEK. */
		{ "SE4380091904608832544398", "SEK" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(ibans); i++) {
		g_autofree char *body = g_strdup_printf("NOTA nr. 4639\nGorssel, 15 juni 2026\n"
			"Snoeiwerk\t450,00\nTOTAAL\t672,24\nGaarne te voldoen vóór 13 juli 2026 op %s.\n", ibans[i].iban);
		g_autoptr(DmInvoiceFacts) f = extract_to("ap@debtor.example", "Nota 4639", body);
		g_assert_true(f->is_invoice);
		g_assert_cmpint(f->amount_cents, ==, 67224);
		g_assert_cmpstr(f->currency, ==, ibans[i].currency);
		g_assert_cmpint(dm_test_explained(f, "currency: rule iban-country"), ==, ibans[i].currency[0] != '\0');
	}
	/* Near miss: a currency written wins over the IBAN's country. */
	g_autoptr(DmInvoiceFacts) g = extract_to("ap@debtor.example", "Invoice 77", "Invoice no: 77\nTotal: USD 500.00\n"
		"Payment within 14 days to NL32SNSB7875939608.\n");
	g_assert_cmpstr(g->currency, ==, "USD");
}

/* The To header and the address block name the debtor differently: the block's fuller
 * form (a double surname, a couple, a legal form) and an organisation over the person who
 * reads its mail are kept, and the name without its form of address ("Mrs", "Mevr."). */
#define INVOICE(block) \
	"Klussenbedrijf Timmer · Dorpsstraat 2 · 1611 AB Bovenkarspel\n" block \
	"Factuur 2026-0412\nFactuurdatum: 03-11-2026\nTotaal te betalen: € 1.210,00\n" \
	"Graag binnen 14 dagen op NL91 ABNA 0417 1643 00 t.n.v. Klussenbedrijf Timmer.\n"

static const struct {
	const char *name, *to, *body, *want;
	DmInvoiceDebtorKind kind;
} header_cases[] = {
	/* The header cut a double surname and left the title off: the block's is fuller. */
	{ "double-surname", "\"A. Kuipers\" <a.kuipers@example.nl>",
	  INVOICE("Factuuradres:\nMevr. A. Kuipers-de Boer\nZesstedenweg 88\n1613 JE Grootebroek\n"),
	  "A. Kuipers-de Boer", DM_INVOICE_DEBTOR_CONSUMER },
	/* A couple in the block, one of them in the header. */
	{ "couple", "Jan Lorenz <lorenz@example.de>",
	  INVOICE("Factuuradres:\nPetra en Jan Lorenz\nHeger-Tor-Wall 19\n7311 AB Apeldoorn\n"),
	  "Petra en Jan Lorenz", DM_INVOICE_DEBTOR_UNKNOWN },
	/* The legal form the header left off. */
	{ "legal-form", "Hausverwaltung Wendt <buchhaltung@example.de>",
	  INVOICE("Factuuradres:\nHausverwaltung Wendt GmbH\nMarkt 1\n7311 AB Apeldoorn\n"),
	  "Hausverwaltung Wendt GmbH", DM_INVOICE_DEBTOR_BUSINESS },
	/* The person who reads the organisation's mail, printed in the document too. */
	{ "organisation-over-reader", "Sebastian Kühn <s.kuehn@example.de>",
	  INVOICE("Factuuradres:\nMessebau Rheinland GmbH\nIndustriestr. 40\n7311 AB Apeldoorn\n"
		  "Uw contactpersoon bij ons project: Sebastian Kühn.\n"),
	  "Messebau Rheinland GmbH", DM_INVOICE_DEBTOR_BUSINESS },
	/* The form of address is dropped once the kind is read from it. */
	{ "mrs-dropped", "carter@example.co.uk",
	  INVOICE("Invoice to:\nMrs H. Carter\n19 Llandaff Road\nCardiff CF11 9NG\n"),
	  "H. Carter", DM_INVOICE_DEBTOR_CONSUMER },
	/* A bare surname keeps it: the form is what says a couple is meant. */
	{ "couple-surname-kept", "hall@example.co.uk",
	  INVOICE("Invoice to:\nMr and Mrs Hall\n19 Llandaff Road\nCardiff CF11 9NG\n"),
	  "Mr and Mrs Hall", DM_INVOICE_DEBTOR_CONSUMER },
	/* Near miss: a To header that names another person than the block keeps the block's
	 * only when the document does not print the header's name (unchanged behaviour). */
	{ "header-not-printed", "Pieter Smit <p.smit@example.nl>",
	  INVOICE("Factuuradres:\nSophie Maas\nLaan 4\n5211 AB Den Bosch\n"),
	  "Sophie Maas", DM_INVOICE_DEBTOR_UNKNOWN },
};

static void
test_header_and_block(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(header_cases); i++) {
		g_autoptr(DmInvoiceFacts) f = extract_to(header_cases[i].to, "Factuur 2026-0412", header_cases[i].body);
		if (g_strcmp0(f->debtor_name, header_cases[i].want) != 0 || f->debtor_kind != header_cases[i].kind)
			g_error("case %s: read \"%s\" (%s), expected \"%s\" (%s)", header_cases[i].name, f->debtor_name,
				dm_invoice_debtor_kind_name(f->debtor_kind), header_cases[i].want,
				dm_invoice_debtor_kind_name(header_cases[i].kind));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/invoice-layout/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/invoice-layout/debtor-not-own-domain", test_not_own_domain);
	g_test_add_func("/invoice-layout/contact-above-organisation", test_contact_above_organisation);
	g_test_add_func("/invoice-layout/name-is-mail-domain", test_name_is_mail_domain);
	g_test_add_func("/invoice-layout/titled-person-below-is-contact", test_titled_person_below_is_contact);
	g_test_add_func("/invoice-layout/organisation-of-mailbox", test_organisation_of_mailbox);
	g_test_add_func("/invoice-layout/person-of-mailbox", test_person_of_mailbox);
	g_test_add_func("/invoice-layout/to-department-suffix", test_to_department_suffix);
	g_test_add_func("/invoice-layout/to-department-prefix", test_to_department_prefix);
	g_test_add_func("/invoice-layout/to-legal-form-more-countries", test_to_legal_form_more_countries);
	g_test_add_func("/invoice-layout/number-and-amount-mentioned-only", test_number_and_amount_mentioned_only);
	g_test_add_func("/invoice-layout/to-double-surname", test_to_double_surname);
	g_test_add_func("/invoice-layout/to-given-name-and-directory", test_to_given_name_and_directory);
	g_test_add_func("/invoice-layout/direct-debit-account", test_direct_debit_account);
	g_test_add_func("/invoice-layout/currency-in-label", test_currency_in_label);
	g_test_add_func("/invoice-layout/currency-from-iban", test_currency_from_iban);
	g_test_add_func("/invoice-layout/debtor-name-header-and-block", test_header_and_block);
	return g_test_run();
}
