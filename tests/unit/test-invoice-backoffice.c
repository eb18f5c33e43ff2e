/* test-invoice-backoffice: invoices to a customer's accounts-payable department (the
 * backoffice22 round), each rule on a small mail written for it and a near miss that must not
 * trigger it, as a table: retention withheld ("Af: 5% retentie", "Less retention",
 * "abzgl. Haftrücklass") is taken off the amount due, not the total; a Leistungsnachweis
 * printed as a field with its number on an invoice is a reference, not the document's kind; a
 * self-billing statement ("Gutschrift im Gutschriftverfahren", "self-billed invoice") is the
 * customer's document, while a credit note the supplier issues is one, and one that asks for
 * payment within a term is the supplier's invoice to chase; and what the customer
 * demands on the invoice — a purchase order, a supplier number, "t.a.v.
 * crediteurenadministratie" — is neither the invoice's number nor its debtor; a block handed
 * to someone's attention ("FAO Finance Section") ends without a postcode; a back office's
 * line ("Accounts Payable, Finance Shared Services") or a department after a comma
 * ("Kanton Obwaldnerland, Baudepartement") names no one who owes; a back office's word on an
 * invoice sent before (approved, scheduled for payment, rejected) is no invoice, and the
 * goods receipt an invoice's subject names is no receipt; a person named at an organisation's
 * invoice desk on an invoice with the buyer's PO is a buyer there, and the desk's name before
 * the organisation's in the To header names no one who owes; a tender response is a quote; a
 * discount in brackets after the discounted amount leaves the net term the due date. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;                   /* FALSE: must not be read as an invoice */
	const char *number;                 /* NULL: not checked */
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *debtor;                 /* "": none read; NULL: not checked */
	gboolean credit_note;
	const char *to;                     /* the To header; NULL: the AP inbox below */
	gboolean check_kind;                /* check the debtor's kind against @kind */
	DmInvoiceDebtorKind kind;
} Case;

static const Case cases[] = {
	/* Retention withheld below the invoice's amount: the rest is due now. */
	{ "retention-nl", "Factuur WV-26-14",
	  "Factuur\nFactuurnummer\tWV-26-14\nFactuurdatum\t01-12-2026\nTermijn 2 schilderwerk\t€ 10.000,00\n"
	  "Btw 21%\t€ 2.100,00\nFactuurbedrag\t€ 12.100,00\nAf: 5% retentie\t- € 605,00\n"
	  "Binnen 30 dagen betalen op NL91 ABNA 0417 1643 00.\n",
	  TRUE, "WV-26-14", 1149500, 1210000, NULL, FALSE, NULL, FALSE, 0 },
	{ "retention-en", "Interim invoice 3",
	  "Invoice No.\tRB-3310\nDate\t1 December 2026\nWorks to date\t£20,000.00\nVAT 20%\t£4,000.00\n"
	  "Invoice total\t£24,000.00\nLess retention 5% of net\t-£1,000.00\nAmount now due\t£23,000.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "RB-3310", 2300000, 2400000, NULL, FALSE, NULL, FALSE, 0 },
	{ "retention-at-reverse-charge", "Rechnung AR 2026/88",
	  "Rechnung\nRechnungsnummer\tAR-2026-88\nRechnungsdatum\t30.11.2026\nElektroinstallation\t10.000,00 €\n"
	  "Summe netto\t10.000,00 €\nabzgl. 3 % Haftrücklass\t-300,00 €\nZahlbetrag\t9.700,00 €\n"
	  "Übergang der Steuerschuld gemäß § 19 Abs. 1a UStG. Zahlbar binnen 30 Tagen.\n",
	  TRUE, "AR-2026-88", 970000, 1000000, NULL, FALSE, NULL, FALSE, 0 },
	/* A part invoice's retention: no earlier instalment of its own, still its price. */
	{ "retention-part-invoice-at", "Teilrechnung Nr. 3/2026",
	  "Teilrechnung Nr. 3/2026\nDatum\t20.11.2026\nZahlbar\tbinnen 30 Tagen netto\nSumme netto\t23.260,00 €\n"
	  "abzgl. 3 % Haftrücklass\t-697,80 €\nZahlbetrag\t22.562,20 €\n"
	  "Übergang der Steuerschuld gem. § 19 Abs. 1a UStG.\n",
	  TRUE, "3/2026", 2256220, 2326000, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: a part invoice taking its own earlier part off charges only the rest. */
	{ "near-miss-part-invoice-earlier-part", "Teilrechnung Nr. 4/2026",
	  "Teilrechnung Nr. 4/2026\nDatum\t20.11.2026\nZahlbar\tbinnen 30 Tagen netto\nLeistungsstand netto\t23.260,00 €\n"
	  "abzgl. Teilrechnung Nr. 3/2026\t-10.000,00 €\nZahlbetrag\t13.260,00 €\n"
	  "Übergang der Steuerschuld gem. § 19 Abs. 1a UStG.\n",
	  TRUE, "4/2026", 1326000, 1326000, NULL, FALSE, NULL, FALSE, 0 },
	/* An earlier instalment taken off "net of retention" is no retention of this bill: only
	 * the retention line stays in the total.  Near miss: the same bill without the words. */
	{ "part-invoice-earlier-net-of-retention-en", "Interim Application No. 3",
	  "Interim Application No. 3\nInvoice number\tINV-0501\nInvoice date\t2 December 2026\n"
	  "Gross valuation to date\t\u00a320,000.00\nLess retention 5%\t-\u00a31,000.00\n"
	  "Less previous certificates (net of retention)\t-\u00a39,500.00\nAmount due\t\u00a39,500.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "INV-0501", 950000, 1050000, NULL, FALSE, NULL, FALSE, 0 },
	{ "part-invoice-earlier-after-retention-at", "Teilrechnung Nr. 4/2026",
	  "Teilrechnung Nr. 4/2026\nDatum\t20.11.2026\nZahlbar\tbinnen 30 Tagen netto\nLeistungsstand netto\t23.260,00 \u20ac\n"
	  "abzgl. 3 % Haftrücklass\t-697,80 \u20ac\nabzgl. Teilrechnung Nr. 3/2026 nach Haftrücklass\t-9.700,00 \u20ac\n"
	  "Zahlbetrag\t12.862,20 \u20ac\nÜbergang der Steuerschuld gem. § 19 Abs. 1a UStG.\n",
	  TRUE, "4/2026", 1286220, 1356000, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-part-invoice-retention-previous-plain-en", "Interim Application No. 3",
	  "Interim Application No. 3\nInvoice number\tINV-0502\nInvoice date\t2 December 2026\n"
	  "Gross valuation to date\t\u00a320,000.00\nLess retention 5%\t-\u00a31,000.00\n"
	  "Less previous certificates\t-\u00a39,500.00\nAmount due\t\u00a39,500.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "INV-0502", 950000, 1050000, NULL, FALSE, NULL, FALSE, 0 },
	/* Written negative in a row of its own below the total. */
	{ "retention-row-de", "Rechnung 2026-301",
	  "Rechnung\nRechnungsnummer\t2026-301\nRechnungsdatum\t30.11.2026\nGesamtbetrag\t11.900,00 €\n"
	  "Sicherheitseinbehalt 5 %\t-595,00 €\nZahlbar innerhalb von 30 Tagen.\n",
	  TRUE, "2026-301", 1130500, 1190000, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: retention released is billed, not taken off. */
	{ "near-miss-retention-released-nl", "Factuur WV-26-19",
	  "Factuur\nFactuurnummer\tWV-26-19\nFactuurdatum\t01-12-2026\nVrijgave retentie project Kastanjehof\t€ 605,00\n"
	  "Totaal te betalen\t€ 605,00\nBinnen 30 dagen betalen.\n",
	  TRUE, "WV-26-19", 60500, 60500, NULL, FALSE, NULL, FALSE, 0 },
	/* A Leistungsnachweis's number among an invoice's fields is a reference. */
	{ "leistungsnachweis-field-de", "Rechnung Sonderreinigung",
	  "Rechnungsnummer\tRE-2026-7710\nDatum\t28.11.2026\nLeistungsnachweis\tLN-26-3391\n"
	  "Sonderreinigung, 12 Std.\t720,00 €\nUSt. 19 %\t136,80 €\nGesamtbetrag\t856,80 €\n"
	  "Zahlbar innerhalb von 14 Tagen.\n",
	  TRUE, "RE-2026-7710", 85680, 85680, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: a Leistungsnachweis of its own, to sign, with no invoice number. */
	{ "near-miss-leistungsnachweis-alone-de", "Zur Freigabe",
	  "Leistungsnachweis\tLN-26-3392\nZeitraum\tNovember 2026\nSonderreinigung, 12 Std.\n"
	  "Bitte unterschrieben zurück; die Rechnung folgt.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* A self-billing statement is the customer's document. */
	{ "self-billing-de", "Gutschrift November gegengezeichnet",
	  "Gutschrift im Gutschriftverfahren\nGutschrift Nr.\tGS-2026-11-77\nDatum\t30.11.2026\n"
	  "Wartung Brandschutztüren\t1.000,00 €\nUSt. 19 %\t190,00 €\nAuszahlungsbetrag\t1.190,00 €\n"
	  "Der Betrag wird am 10.12.2026 überwiesen.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "self-billing-ustg-de", "Abrechnung November",
	  "Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG\nNummer\tGS-88\nDatum\t30.11.2026\n"
	  "Transportleistungen\t2.000,00 €\nGesamt\t2.380,00 €\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "self-billing-en", "November statement",
	  "Self-billed invoice SB-CDL-2611-051, dated 30 November 2026\nNet £1,000.00, VAT £200.00, "
	  "total £1,200.00, to be paid by the customer on 15 December.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "self-billing-nl", "Zelffactuur november",
	  "Factuur uitgereikt door de afnemer (zelffacturering)\nFactuurnummer\tZF-2026-118\n"
	  "Datum\t30-11-2026\nTotaal\t€ 1.210,00\nWij maken het bedrag binnen 14 dagen over.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* bills33: a self-billing invoice that asks for payment within a term is the supplier's
	 * invoice, returned approved: chased with that term, the customer who drew it up owing
	 * (corpus/invoices/README.md, "A self-billing invoice"). */
	{ "self-billing-payment-asked-nl", "Retour self-billing factuur SB-2026-0092 (akkoord)",
	  "Factuur uitgereikt door de afnemer (self-billing)\nAfnemer:\tJachtwerf Noorderhaven B.V.\n"
	  "Factuurnummer\tSB-2026-0092\nFactuurdatum\t01-12-2026\nZeilreparatie november\t\u20ac 1.000,00\n"
	  "Btw 21%\t\u20ac 210,00\nTotaal\t\u20ac 1.210,00\n"
	  "Betaling binnen 30 dagen aan de leverancier op NL91 ABNA 0417 1643 00.\n",
	  TRUE, "SB-2026-0092", 121000, 121000, "Jachtwerf Noorderhaven B.V.", FALSE, NULL, FALSE, 0 },
	{ "self-billing-payment-asked-en", "Self-billed invoice SB-5520 approved",
	  "Self-billed invoice\nCustomer:\tKestrel Homes Ltd\nInvoice number\tSB-5520\nDate\t1 December 2026\n"
	  "Groundworks, November\t\u00a31,000.00\nVAT 20%\t\u00a3200.00\nTotal due\t\u00a31,200.00\n"
	  "Payment within 30 days to the supplier's account.\n",
	  TRUE, "SB-5520", 120000, 120000, "Kestrel Homes Ltd", FALSE, NULL, FALSE, 0 },
	{ "self-billing-payment-asked-de", "Gutschrift GS-2026-12-01 gegengezeichnet",
	  "Gutschrift im Gutschriftverfahren\nLeistungsempf\u00e4nger:\tSpedition Kaltenbach GmbH\n"
	  "Gutschrift Nr.\tGS-2026-12-01\nDatum\t01.12.2026\nFahrer\u00fcberlassung\t1.000,00 \u20ac\n"
	  "USt. 19 %\t190,00 \u20ac\nGesamtbetrag\t1.190,00 \u20ac\n"
	  "Zahlbar innerhalb von 30 Tagen an den Leistenden.\n",
	  TRUE, "GS-2026-12-01", 119000, 119000, "Spedition Kaltenbach GmbH", FALSE, NULL, FALSE, 0 },
	/* Near misses: the customer announcing its own transfer within a term (nl, en, de), and
	 * a time limit for objections, no payment's term. */
	{ "near-miss-self-billing-objections-term-de", "Gutschrift GS-2026-11-0443 (Gutschriftverfahren)",
	  "Gutschrift GS-2026-11-0443\nDatum\t01.12.2026\nAuszahlungsbetrag\t1.190,00 \u20ac\n"
	  "Gutschrift im Sinne des § 14 Abs. 2 Satz 2 UStG. Bitte stellen Sie für diese Leistungen keine\n"
	  "eigene Rechnung aus; Einwände binnen 14 Tagen.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-self-billing-transfer-announced-nl", "Afrekening zelffacturering",
	  "Afrekening zelffacturering\nAfrekeningnummer\tAFR-2026-1343\nDatum\t01-12-2026\nTotaal\t\u20ac 1.210,00\n"
	  "Dit bedrag wordt binnen 10 dagen overgemaakt op uw rekening NL91 ABNA 0417 1643 00.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-self-billing-transfer-announced-en", "Self-billing statement SB2026/4772",
	  "Self-billing Statement\nStatement no.\tSB2026/4772\nDate\t1 December 2026\nTotal\t\u00a31,200.00\n"
	  "This amount will be paid to your account within 30 days.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-self-billing-transfer-announced-de", "Gutschrift GS-2026-4235",
	  "Gutschrift im Gutschriftverfahren\nGutschrift-Nr.\tGS-2026-4235\nDatum\t01.12.2026\n"
	  "Rechnungsbetrag\t1.190,00 \u20ac\nDer Betrag wird innerhalb von 14 Tagen auf Ihr Konto \u00fcberwiesen.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* review33b: the customer's own schedule told as what happens ("Die Zahlung erfolgt",
	 * "Betaling vindt plaats", "Payment is made") asks for nothing (de, nl, en). */
	{ "review33b-self-billing-zahlung-erfolgt-de", "Gutschrift GS-2026-4236",
	  "Gutschrift im Gutschriftverfahren\nGutschrift-Nr.\tGS-2026-4236\nDatum\t01.12.2026\n"
	  "Rechnungsbetrag\t1.190,00 \u20ac\nDie Zahlung erfolgt innerhalb von 30 Tagen.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "review33b-self-billing-betaling-vindt-plaats-nl", "Afrekening zelffacturering",
	  "Afrekening zelffacturering\nAfrekeningnummer\tAFR-2026-1344\nDatum\t01-12-2026\nTotaal\t\u20ac 1.210,00\n"
	  "Betaling vindt plaats binnen 30 dagen na factuurdatum.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "review33b-self-billing-payment-made-en", "Self-billing statement SB2026/4773",
	  "Self-billing Statement\nStatement no.\tSB2026/4773\nDate\t1 December 2026\nTotal\t\u00a31,200.00\n"
	  "Payment is made within 30 days of the statement date.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near misses: a supplier's own invoice that refuses self-billing. */
	{ "near-miss-self-billing-refused-en", "Invoice INV-0310",
	  "Invoice INV-0310\nDate: 30 November 2026\nConsulting, November\t£1,000.00\nVAT 20%\t£200.00\n"
	  "Total due\t£1,200.00\nPayment due by 30 December 2026.\n"
	  "Please note we do not operate a self-billing arrangement: this is the only valid VAT invoice.\n",
	  TRUE, "INV-0310", 120000, 120000, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-self-billing-refused-nl", "Factuur 2026-07",
	  "Factuurnummer: 2026-07\nFactuurdatum: 29 april 2026\nTotaal: € 868,18\n"
	  "Graag binnen 14 dagen overmaken naar NL67 KNAB 2643 7668 73.\n"
	  "Geen zelffacturering: alleen onze eigen facturen gelden.\n",
	  TRUE, "2026-07", 86818, 86818, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: a credit note the supplier issues itself. */
	{ "near-miss-supplier-gutschrift-de", "Gutschrift GS-14 zu Rechnung 2026-118",
	  "Gutschrift\nGutschrift Nr.\tGS-14\nDatum\t30.11.2026\nzu Rechnung 2026-118 vom 12.11.2026\n"
	  "Rücksendung 2 Traversen\t-100,00 €\nUSt. 19 %\t-19,00 €\nGutschriftbetrag\t-119,00 €\n"
	  "Wir verrechnen den Betrag mit Ihrer nächsten Zahlung.\n",
	  TRUE, "GS-14", -11900, -11900, NULL, TRUE, NULL, FALSE, 0 },
	/* The customer's order and supplier numbers beside the invoice's own. */
	{ "bestellnummer-before-rechnungsnummer", "Rechnung",
	  "Bestellnummer 4500012345\nLieferantennummer 330091\nRechnungsnummer 2026-118\n"
	  "Rechnungsdatum 01.12.2026\nRechnungsbetrag 1.190,00 €\nZahlbar innerhalb von 30 Tagen.\n",
	  TRUE, "2026-118", 119000, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "po-in-subject-first", "PO 4500012345 / Factuur 2026-0412",
	  "Geachte crediteurenadministratie,\n\nHierbij onze factuur 2026-0412 van 01-12-2026.\n"
	  "Inkoopordernummer: 4500012345\nLeveranciersnummer: 100234\nTotaal: € 605,00\n"
	  "Betaling binnen 30 dagen.\n",
	  TRUE, "2026-0412", 60500, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "t-a-v-crediteurenadministratie", "Factuur 2026-0413",
	  "Stichting Zorggroep Lingedal\nt.a.v. crediteurenadministratie\nPostbus 40\n4100 AA Culemborg\n\n"
	  "Factuurnummer: 2026-0413\nFactuurdatum: 01-12-2026\nInkoopordernummer: 4500012346\n"
	  "Totaal: € 605,00\nBetaling binnen 30 dagen.\n",
	  TRUE, "2026-0413", 60500, -1, "Stichting Zorggroep Lingedal", FALSE, NULL, FALSE, 0 },
	/* An order acknowledged with its total is no invoice; the invoice for that PO is. */
	{ "po-confirmation-with-total", "Orderbevestiging PO 4500012347",
	  "Orderbevestiging\nUw inkoopordernummer\t4500012347\nDatum\t01-12-2026\n"
	  "Totaal\t€ 3.226,40\nDe factuur volgt na levering.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-invoice-for-the-po", "Factuur 2026-0414 (PO 4500012347)",
	  "Factuur\nFactuurnummer\t2026-0414\nFactuurdatum\t08-12-2026\nUw inkoopordernummer\t4500012347\n"
	  "Totaal\t€ 3.226,40\nBetaling binnen 30 dagen.\n",
	  TRUE, "2026-0414", 322640, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* A block handed to someone's attention ends without a postcode: an Irish address with
	 * no Eircode, a British one typed without its postcode. */
	{ "attention-block-no-eircode", "Invoice CJ-0419",
	  "Corran Joinery\nQuay Street, Sligo\n\nSligo-Leitrim County Council\nFAO Finance Section\n"
	  "Riverside, Sligo\n\nInvoice no.: CJ-0419\nDate: 30 November 2026\nPurchase order: SLCC-PO-26-01977\n"
	  "Amount due: €1,230.00\nPlease pay within 30 days.\n",
	  TRUE, "CJ-0419", 123000, -1, "Sligo-Leitrim County Council", FALSE, NULL, FALSE, 0 },
	{ "attention-block-no-postcode-uk", "Invoice KGC-2026-390",
	  "Ashcombe District Council\nAttn: Creditors\nMarket Street\nAshcombe\n\n"
	  "Invoice number: KGC-2026-390\nDate: 1 December 2026\nTotal due: £600.00\nPayment within 30 days.\n",
	  TRUE, "KGC-2026-390", 60000, -1, "Ashcombe District Council", FALSE, NULL, FALSE, 0 },
	/* Near miss: the sender's letterhead, no attention line in it, names no debtor. */
	{ "near-miss-letterhead-without-attention", "Invoice CJ-0420",
	  "Corran Joinery\nQuay Street\nSligo\n\nInvoice no.: CJ-0420\nDate: 30 November 2026\n"
	  "Amount due: €1,230.00\nPlease pay within 30 days.\n",
	  TRUE, "CJ-0420", 123000, -1, "", FALSE, NULL, FALSE, 0 },
	/* A back office's line under the organisation names no one who owes. */
	{ "shared-services-line", "Invoice LLS-60400",
	  "Health Service Executive\nAccounts Payable, Finance Shared Services\nPO Box 99\nKells, Co. Meath\n\n"
	  "Invoice number: LLS-60400\nInvoice date: 1 December 2026\nTotal due: €1,200.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "LLS-60400", 120000, -1, "Health Service Executive", FALSE, NULL, FALSE, 0 },
	{ "department-after-comma", "Rechnung R-26-1201",
	  "Kanton Obwaldnerland, Baudepartement\nFlüelistrasse 3\n6060 Sarnen\n\nRechnungsnummer: R-26-1201\n"
	  "Rechnungsdatum: 30.11.2026\nRechnungsbetrag: CHF 1'200.00\nZahlbar innert 30 Tagen.\n",
	  TRUE, "R-26-1201", 120000, -1, "Kanton Obwaldnerland", FALSE, NULL, FALSE, 0 },
	/* Near miss: a firm whose name says shared services is the debtor. */
	{ "near-miss-shared-services-firm", "Invoice LLS-60401",
	  "Northbay Shared Services Ltd\n4 Harbour Road\nCork T12 X2K8\n\n"
	  "Invoice number: LLS-60401\nInvoice date: 1 December 2026\nTotal due: €1,200.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "LLS-60401", 120000, -1, "Northbay Shared Services Ltd", FALSE, NULL, FALSE, 0 },
	/* The back office's word on an invoice sent before: no invoice. */
	{ "status-scheduled-for-payment-en", "Invoice INV-51033 approved",
	  "Hi Rachel,\n\nThe Fairholme supplier portal shows invoice INV-51033 (£2,208.00) as approved and "
	  "scheduled for payment on 11 December 2026. No action needed.\n\nMark\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "status-zur-zahlung-freigegeben-de", "Status Rechnung RE-2026-4401",
	  "Hallo,\n\nim Lieferantenportal steht unsere Rechnung RE-2026-4401 über 2.380,00 € jetzt als geprüft "
	  "und zur Zahlung freigegeben, Zahlung am 10.12.2026.\n\nGruß\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "status-afgewezen-nl", "Factuur F26-0377",
	  "Geachte heer, mevrouw,\n\nUw crediteurenadministratie heeft onze factuur F26-0377 van € 1.452,00 "
	  "afgewezen omdat het inkoopordernummer ontbrak. Kunt u ons het juiste nummer doorgeven? Dan sturen wij "
	  "de factuur opnieuw, met betaling binnen 30 dagen.\n\nMet vriendelijke groet,\nHoveniersbedrijf Korenbloem\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near misses: the corrected invoice sent after a rejection, set out and handed over. */
	{ "near-miss-corrected-after-rejection-nl", "Factuur F26-0401 (vervangt F26-0377)",
	  "Geachte crediteurenadministratie,\n\nUw afdeling heeft factuur F26-0377 afgewezen omdat het "
	  "inkoopordernummer ontbrak; hieronder de nieuwe factuur.\n\nFactuurnummer: F26-0401\n"
	  "Factuurdatum: 02-12-2026\nInkoopordernummer: 4700022950\nTotaal: € 1.452,00\n"
	  "Betaling binnen 30 dagen.\n",
	  TRUE, "F26-0401", 145200, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "near-miss-hands-over-after-hold-en", "Invoice INV-51120",
	  "Dear Accounts Payable,\n\nPlease find below invoice INV-51120; the earlier one was put on hold for a "
	  "missing PO, so this one quotes PO 3300918840.\n\nInvoice: INV-51120\nDate: 2 December 2026\n"
	  "Amount due: £480.00\nPayment within 30 days.\n",
	  TRUE, "INV-51120", 48000, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* The goods receipt an invoice names is no receipt for a payment. */
	{ "goods-receipt-in-subject", "Invoice INV-51207 - goods receipt 5000332190",
	  "Invoice number: INV-51207\nInvoice date: 1 December 2026\nPO: 4500012345\nGoods receipt: 5000332190\n"
	  "Total due: £1,200.00\nPayment within 30 days.\n",
	  TRUE, "INV-51207", 120000, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: a receipt for a payment still is one. */
	{ "near-miss-payment-receipt-subject", "Receipt for your payment of 1 December",
	  "Thank you: we received £1,200.00 on 1 December 2026 for invoice INV-51207. Nothing is outstanding.\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* A person named at an organisation's invoice desk, the buyer's PO on the invoice: the
	 * organisation owes, whatever the person's title. */
	{ "titled-buyer-at-invoice-desk", "Invoice LLS-60500",
	  "Hi Aoife,\n\nInvoice below.\n\nInvoice number: LLS-60500\nInvoice date: 1 December 2026\n"
	  "PO: 4501229099\nAmount due: €1,200.00\nPayment within 30 days.\n",
	  TRUE, "LLS-60500", 120000, -1, NULL, FALSE, "Dr Aoife Brennan <invoices@ardmoretu.example>",
	  TRUE, DM_INVOICE_DEBTOR_BUSINESS },
	/* Near misses: the same person at her own mailbox, and at the desk with no PO. */
	{ "near-miss-titled-person-own-mailbox", "Invoice LLS-60501",
	  "Hi Aoife,\n\nInvoice below.\n\nInvoice number: LLS-60501\nInvoice date: 1 December 2026\n"
	  "PO: 4501229099\nAmount due: €1,200.00\nPayment within 30 days.\n",
	  TRUE, "LLS-60501", 120000, -1, NULL, FALSE, "Dr Aoife Brennan <aoife.brennan@gmail.com>",
	  TRUE, DM_INVOICE_DEBTOR_CONSUMER },
	{ "near-miss-titled-person-desk-no-po", "Invoice LLS-60502",
	  "Hi Aoife,\n\nInvoice below.\n\nInvoice number: LLS-60502\nInvoice date: 1 December 2026\n"
	  "Amount due: €1,200.00\nPayment within 30 days.\n",
	  TRUE, "LLS-60502", 120000, -1, NULL, FALSE, "Dr Aoife Brennan <invoices@ardmoretu.example>",
	  TRUE, DM_INVOICE_DEBTOR_CONSUMER },
	/* The AP desk's whole name before the organisation's in the To header. */
	{ "desk-name-before-organisation", "Factuur DW-2026-050",
	  "Beste crediteurenadministratie,\n\nFactuurnummer: DW-2026-050\nFactuurdatum: 01-12-2026\n"
	  "Totaal: € 605,00\nBetaling binnen 30 dagen.\n",
	  TRUE, "DW-2026-050", 60500, -1, "Welzijn Eemland", FALSE,
	  "Crediteurenadministratie Welzijn Eemland <facturen@welzijneemland.example>", FALSE, 0 },
	/* Near miss: a domain that does not spell the rest keeps the name whole. */
	{ "near-miss-desk-name-other-domain", "Factuur DW-2026-051",
	  "Beste crediteurenadministratie,\n\nFactuurnummer: DW-2026-051\nFactuurdatum: 01-12-2026\n"
	  "Totaal: € 605,00\nBetaling binnen 30 dagen.\n",
	  TRUE, "DW-2026-051", 60500, -1, "Crediteurenadministratie Welzijn Eemland", FALSE,
	  "Crediteurenadministratie Welzijn Eemland <facturen@zorgpunt-finance.example>", FALSE, 0 },
	/* The desk's word after an organisation's whole name, at a scanning service whose
	 * domain spells nothing of it: the organisation owes. */
	{ "desk-word-after-organisation", "Invoice KN-114",
	  "Hello,\n\nInvoice KN-114 - 1 December 2026\nInterpreting, 6 hours\nAmount due: £252.00\n"
	  "Please pay by 31 December 2026.\n",
	  TRUE, "KN-114", 25200, -1, "Eastfield NHS Trust", FALSE,
	  "Eastfield NHS Trust invoices <eastfield.invoices@nhs-sbs-scan.example>", FALSE, 0 },
	/* Near miss: the word ends a name that is no organisation by its own words. */
	{ "near-miss-desk-word-after-name", "Invoice KN-115",
	  "Hello,\n\nInvoice KN-115 - 1 December 2026\nInterpreting, 6 hours\nAmount due: £252.00\n"
	  "Please pay by 31 December 2026.\n",
	  TRUE, "KN-115", 25200, -1, "Kestrel Finance", FALSE,
	  "Kestrel Finance <info@scan-service.example>", FALSE, 0 },
	/* Near miss: the word ends an organisation's name after "Trust", and the mailbox's
	 * domain spells the whole name: the word is the organisation's own. */
	{ "near-miss-desk-word-in-domain", "Invoice KN-117",
	  "Hello,\n\nInvoice KN-117 - 1 December 2026\nInterpreting, 6 hours\nAmount due: \u00a3252.00\n"
	  "Please pay by 31 December 2026.\n",
	  TRUE, "KN-117", 25200, -1, "Sterling Trust Finance", FALSE,
	  "Sterling Trust Finance <accounts@sterlingtrustfinance.example>", FALSE, 0 },
	/* Near miss: the organisation's word alone before the desk word names nothing. */
	{ "near-miss-desk-word-after-kind-alone", "Invoice KN-118",
	  "Hello,\n\nInvoice KN-118 - 1 December 2026\nInterpreting, 6 hours\nAmount due: \u00a3252.00\n"
	  "Please pay by 31 December 2026.\n",
	  TRUE, "KN-118", 25200, -1, "Trust Finance", FALSE,
	  "Trust Finance <info@scan-service.example>", FALSE, 0 },
	/* The mail's only address: the back office's attention, then its organisation. */
	{ "attention-line-organisation", "Invoice KN-116 / PO EFT-2026-55103",
	  "FAO Finance, Eastfield Community Health NHS Trust\n\nInvoice KN-116 - 1 December 2026\n"
	  "Interpreting, 6 hours\nAmount due: £252.00\nPlease pay by 31 December 2026.\n",
	  TRUE, "KN-116", 25200, -1, "Eastfield Community Health NHS Trust", FALSE,
	  "Eastfield NHS Trust invoices <eastfield.invoices@nhs-sbs-scan.example>", FALSE, 0 },
	/* A priced tender response is a quote for the contract. */
	{ "tender-response-title", "Lot 2 cemeteries",
	  "TENDER RESPONSE\nReference: ADC/GM/2027/01 lot 2\nDate: 1 December 2026\n"
	  "Annual price: £36,050.00 excl. VAT\nPayment terms: 30 days from invoice\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "tender-response-subject", "Tender response ADC/GM/2027/01",
	  "Annual price: £36,050.00 excl. VAT\nPayment terms: 30 days from invoice\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: the invoice under the contract the tender won. */
	{ "near-miss-invoice-under-tendered-contract", "Invoice KGC-2026-391 - tender response lot 2 contract",
	  "Invoice number: KGC-2026-391\nDate: 1 December 2026\nContract: ADC/GM/2024/03 (tender lot 2)\n"
	  "Total due: £600.00\nPayment within 30 days.\n",
	  TRUE, "KGC-2026-391", 60000, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* The discounted amount for paying early, its discount in brackets after it: the net
	 * term gives the due date, the whole total is due. */
	{ "discount-in-aside-after-amount", "Factuur 2026-0430",
	  "Factuurnummer: 2026-0430\nFactuurdatum: 01-12-2026\nTotaal: € 1.210,00\n"
	  "Bij betaling binnen 8 dagen: € 1.185,80 (2% kredietbeperking)\nAnders binnen 30 dagen.\n",
	  TRUE, "2026-0430", 121000, 121000, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: an aside with a period of its own is the aside's; the term outside it holds. */
	{ "near-miss-discount-aside-with-period", "Rechnung 2026-141",
	  "Rechnungsnummer: 2026-141\nRechnungsdatum: 01.12.2026\nRechnungsbetrag: 1.190,00 €\n"
	  "Zahlbar innerhalb von 30 Tagen (2 % Skonto innerhalb von 10 Tagen).\n",
	  TRUE, "2026-141", 119000, 119000, NULL, FALSE, NULL, FALSE, 0 },
	/* The customer's references in a box beside its address, each row interleaved with the
	 * address's lines: the labels are no names (session 23, after heldout22). */
	{ "reference-box-beside-address-en", "Invoice GL-2207",
	  "Airedale Teaching Hospital\nPurchase order\tAT/PO/88213\n"
	  "Accounts Payable\nRequisitioner\tMaintenance\nPO Box 411\nSupplier no.\tS-20931\nKeighley BD20 6TD\n\n"
	  "Invoice no.\tGL-2207\nInvoice date\t1 December 2026\nTotal due\t£1,440.00\nPayment within 30 days.\n",
	  TRUE, "GL-2207", 144000, -1, "Airedale Teaching Hospital", FALSE, NULL, FALSE, 0 },
	{ "reference-box-beside-address-de", "Rechnung 26-118",
	  "Stadtwerke Eckernförde GmbH\nIhr Zeichen\tEK/we\n"
	  "Kreditorenbuchhaltung\nKostenstelle\t4410\nRendsburger Straße 2\nBauvorhaben\tPumpwerk Nord\n24340 Eckernförde\n\n"
	  "Rechnungsnummer\t26-118\nDatum\t01.12.2026\nGesamtbetrag\t2.380,00 €\nZahlbar innerhalb von 14 Tagen.\n",
	  TRUE, "26-118", 238000, -1, "Stadtwerke Eckernförde GmbH", FALSE, NULL, FALSE, 0 },
	/* Near miss: a name that begins like a label is still a name. */
	{ "near-miss-name-like-a-label", "Invoice GL-2208",
	  "Contractors Direct Ltd\n14 Mill Road\nBradford BD1 4RT\n\n"
	  "Invoice no.\tGL-2208\nInvoice date\t1 December 2026\nTotal due\t£480.00\nPayment within 30 days.\n",
	  TRUE, "GL-2208", 48000, -1, "Contractors Direct Ltd", FALSE, NULL, FALSE, 0 },
	/* A name that begins with a label's word, in a tabbed row beside the details (review of
	 * session 23); its near miss, "Contract no." beside the address, is a label. */
	{ "name-begins-with-contract-tabbed", "Invoice GL-2209",
	  "Contract Interiors Ltd\tInvoice no.\tGL-2209\n14 Mill Road\tInvoice date\t1 December 2026\n"
	  "Bradford BD1 4RT\tPO\t4500012\n\nShopfitting, November\t£400.00\nVAT 20%\t£80.00\nTotal due\t£480.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "GL-2209", 48000, -1, "Contract Interiors Ltd", FALSE, NULL, FALSE, 0 },
	{ "name-begins-with-supplier-tabbed", "Invoice GL-2210",
	  "Supplier Direct Ltd\tInvoice no.\tGL-2210\n14 Mill Road\tInvoice date\t1 December 2026\n"
	  "Bradford BD1 4RT\tPO\t4500013\n\nShopfitting, November\t£400.00\nVAT 20%\t£80.00\nTotal due\t£480.00\n"
	  "Payment within 30 days.\n",
	  TRUE, "GL-2210", 48000, -1, "Supplier Direct Ltd", FALSE, NULL, FALSE, 0 },
	{ "near-miss-contract-no-beside-address", "Invoice GL-2211",
	  "Airedale Teaching Hospital\nContract no.\tAT/C/2291\n"
	  "Accounts Payable\nSupplier\tS-20931\nPO Box 411\nKeighley BD20 6TD\n\n"
	  "Invoice no.\tGL-2211\nInvoice date\t1 December 2026\nTotal due\t£1,440.00\nPayment within 30 days.\n",
	  TRUE, "GL-2211", 144000, -1, "Airedale Teaching Hospital", FALSE, NULL, FALSE, 0 },
	/* The back office named after a comma on the "Aan" line. */
	{ "department-after-comma-label-nl", "Factuur 2026-0931",
	  "Aan\tGemeente Westerkwartier-Noord, Financiële administratie\nFactuurnummer\t2026-0931\nFactuurdatum\t01-12-2026\n"
	  "Te betalen\t€ 845,00\nBetaling binnen 30 dagen op NL91 ABNA 0417 1643 00.\n",
	  TRUE, "2026-0931", 84500, -1, "Gemeente Westerkwartier-Noord", FALSE, NULL, FALSE, 0 },
	/* The customer's system on "your invoice", setting its facts out: no invoice. */
	{ "customer-workflow-released-de", "Rechnung 26-0771 freigegeben",
	  "Guten Tag\nIhre Rechnung wurde im Rechnungsworkflow der Kreisklinik Ebersberg freigegeben.\n"
	  "Rechnungsnummer\t26-0771\nBetrag\t1.204,00 €\nZahlungslauf\t18.12.2026\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "customer-received-awaiting-approval-en", "Invoice TS-4410 received",
	  "Hello Thornbury Signs,\nWessex Water Services has received your invoice:\nInvoice number: TS-4410\n"
	  "Gross amount: GBP 912.00\nStatus: Awaiting approval\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near miss: the supplier's own invoice speaks of "your invoice" and an approved quote. */
	{ "near-miss-your-invoice-approved-quote", "Invoice TS-4411",
	  "Hello,\nYour invoice for the approved quote Q-118 is set out below.\nInvoice number: TS-4411\n"
	  "Date: 1 December 2026\nAmount due: £912.00\nPlease pay within 14 days.\n",
	  TRUE, "TS-4411", 91200, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* A supplier's cover note whose relative clause approves the work, not the invoice; its
	 * invoicing tool's "Status: Awaiting payment" (review of session 23). */
	{ "your-invoice-work-which-was-approved-en", "Invoice INV-311",
	  "Hi Sarah,\nPlease find below your invoice for the extra work, which was approved by your site manager on Monday.\n"
	  "Invoice no. INV-311\nDate: 23 November 2026\nTotal due: GBP 1,200.00\nPlease pay within 30 days.\n",
	  TRUE, "INV-311", 120000, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "uw-factuur-meerwerk-dat-is-goedgekeurd-nl", "Factuur 2026-0412",
	  "Beste Petra,\nHierbij uw factuur voor het meerwerk dat is goedgekeurd door uw projectleider.\n"
	  "Factuurnummer: 2026-0412\nFactuurdatum: 23-11-2026\nTotaal te betalen: € 1.210,00\nGraag binnen 30 dagen voldoen.\n",
	  TRUE, "2026-0412", 121000, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "your-invoice-is-for-work-you-approved-en", "Invoice INV-313",
	  "Hello,\nAttached is your invoice; it is for the work you approved last week.\n"
	  "Invoice no. INV-313\nDate: 23 November 2026\nTotal due: GBP 600.00\nPlease pay within 30 days.\n",
	  TRUE, "INV-313", 60000, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "status-awaiting-payment-en", "Invoice INV-312 from Hughes Build",
	  "Dear customer,\nHere is your invoice from Hughes Build.\nInvoice no. INV-312\nDate: 23 November 2026\n"
	  "Status: Awaiting payment\nTotal due: GBP 1,200.00\nDue date: 23 December 2026\n",
	  TRUE, "INV-312", 120000, -1, NULL, FALSE, NULL, FALSE, 0 },
	/* Near misses: the customer's clerk, with a closed relative clause or an article. */
	{ "customer-approved-after-closed-clause-en", "Invoice INV-314",
	  "Dear Tom,\nYour invoice INV-314, which we received on Monday, has been approved.\n"
	  "Invoice no. INV-314\nAmount: GBP 1,200.00\nPayment run: 18 December 2026\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
	{ "customer-released-article-de", "Rechnung 26-0772",
	  "Guten Tag,\nIhre Rechnung für die Lieferung wurde von der Kreditorenbuchhaltung freigegeben.\n"
	  "Rechnungsnummer\t26-0772\nBetrag\t1.204,00 €\nZahlungslauf\t18.12.2026\n",
	  FALSE, NULL, -1, -1, NULL, FALSE, NULL, FALSE, 0 },
};

/* The due dates checked, by case: the term's, not the discount's. */
static const struct {
	const char *name, *due;
} dues[] = {
	{ "discount-in-aside-after-amount", "2026-12-31" },
	{ "self-billing-payment-asked-nl", "2026-12-31" },
	{ "self-billing-payment-asked-en", "2026-12-31" },
	{ "self-billing-payment-asked-de", "2026-12-31" },
	{ "near-miss-discount-aside-with-period", "2026-12-31" },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg =
		dm_test_invoice_mail("Tue, 01 Dec 2026 10:00:00 +0100", c->to ? c->to : "facturen@debtor.example",
				     c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!c->invoice) {
		if (f->is_invoice)
			g_error("read as an invoice: %s", f->number ? f->number : "(no number)");
		return;
	}
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	dm_test_assert_read(f, c->number, c->due_cents, c->total_cents, NULL, NULL);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name ? f->debtor_name : "", ==, c->debtor);
	g_assert_cmpint(f->credit_note, ==, c->credit_note);
	for (gsize i = 0; i < G_N_ELEMENTS(dues); i++)
		if (strcmp(dues[i].name, c->name) == 0)
			dm_test_assert_date("due_date", &f->due_date, dues[i].due);
	if (c->check_kind)
		g_assert_cmpstr(dm_invoice_debtor_kind_name(f->debtor_kind), ==, dm_invoice_debtor_kind_name(c->kind));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-backoffice/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
