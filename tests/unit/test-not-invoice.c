/* test-not-invoice: the decision that a mail from a billing address is not an invoice,
 * as a table: a subject, a body, a PDF's text, and the rule that must decide (NULL: no
 * rule may — a real invoice must never be refused). */
#include "parser/invoice/dm-not-invoice.h"
#include "parser/mime/dm-message.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *headers;     /* extra header lines, each ending in \n */
	const char *subject;
	const char *body;
	const char *doc;         /* a PDF's text, or NULL */
	const char *rule;        /* the reason's start, or NULL for an invoice */
} Case;

static const Case cases[] = {
	{ "invoice-nl", "", "Factuur 2026-0004 van Studio Kraanvogel", "Hierbij de factuur.", NULL, NULL },
	{ "invoice-de", "", "Ihre Rechnung RE-2026-0088", "Anbei die Rechnung.", NULL, NULL },
	{ "invoice-en", "", "Invoice INV-0042 from Bluebell Design Ltd", "Please find attached.", NULL, NULL },
	{ "credit-note-is-invoice", "", "Creditnota 2026-0006", "Bijgaand de creditnota.", NULL, NULL },
	{ "invoice-pdf-title", "", "Factuur 12", "Zie bijlage.", "Studio X\nFactuur\nFactuurnummer\t12\n", NULL },
	{ "quote-nl", "", "Offerte OF-2026-014", "Bijgaand onze offerte.", NULL, "quote" },
	{ "quote-de", "", "Ihr Angebot AN-2026-0107", "Anbei.", NULL, "quote" },
	{ "estimate-en", "", "Estimate 1009 from Pine Ridge", "Attached.", NULL, "quote" },
	{ "pro-forma", "", "Pro forma factuur PF-2026-003", "Bijgaand.", NULL, "pro-forma" },
	{ "pro-forma-title", "", "Documenten", "Zie bijlage.", "Bedrijf\nPro forma factuur\nNummer 3\n", "pro-forma" },
	/* A deposit asked under a title of its own; near miss: a deposit invoice's title. */
	{ "deposit-request-title-nl", "", "Aanbetaling badkamer", "In de bijlage het verzoek.",
	  "Badkamers BV\nAanbetalingsverzoek\nKenmerk\tAV-2026-031\nAanbetaling 25 %\t\u20ac 3.705,00\n", "pro-forma" },
	{ "deposit-request-title-en", "", "Deposit for your kitchen", "Attached.",
	  "Oak & Co\nDeposit request\nReference\tDR-118\nDeposit 30%\t\u00a31,200.00\n", "pro-forma" },
	{ "deposit-invoice-title-is-invoice", "", "Aanbetalingsfactuur AF-2026-031", "In de bijlage de factuur.",
	  "Badkamers BV\nAanbetalingsfactuur\nFactuurnummer\tAF-2026-031\nAanbetaling 25 %\t\u20ac 3.705,00\n", NULL },
	/* The seller's terms sent alone; near misses: sent with an invoice before them, or
	 * after them in the same document. */
	{ "terms-alone-en", "", "Updated terms 2027", "Copy attached for your files.",
	  "Moran Roofing\nTerms and Conditions of Business (from 1 January 2027)\n"
	  "2. A deposit of 30% is payable on acceptance for jobs over \u20ac5,000.\n"
	  "3. Invoices are payable within 14 days.\n", "terms" },
	{ "terms-alone-nl", "", "Onze voorwaarden", "Zie bijlage.",
	  "Bouwbedrijf Kok\nAlgemene leverings- en betalingsvoorwaarden\nArtikel 1. Betaling binnen 14 dagen.\n", "terms" },
	{ "agb-code-is-no-terms", "", "Nota fysiotherapie", "In de bijlage de nota.",
	  "Fysiotherapie Zuid\nAGB 04-028193\nNota\nBehandeling 12-11-2026\t\u20ac 42,00\nTotaal\t\u20ac 42,00\n"
	  "Graag binnen 30 dagen voldoen op NL91 ABNA 0417 1643 00.\n", NULL },
	{ "terms-before-invoice-is-invoice", "", "Rechnung RE-2026-118", "Anbei Rechnung und AGB.",
	  "Allgemeine Geschäftsbedingungen\n§ 3 Zahlung innerhalb von 14 Tagen.\nRechnung\n"
	  "Rechnungsnummer\tRE-2026-118\nGesamtbetrag\t1.190,00 \u20ac\n", NULL },
	/* Terms above an invoice whose number's label is "Invoice #": the invoice's title
	 * below them sets it out.  Near miss: terms alone with an "Invoicing" heading stay terms. */
	{ "terms-before-invoice-hash-en", "", "Invoice 1043", "Please see our terms and the invoice below.",
	  "Terms and Conditions\n1. Payment is due within 14 days.\n\nINVOICE\nInvoice #: 1043\n"
	  "Kitchen fitting\t\u00a32,400.00\nTotal due\t\u00a32,400.00\n", NULL },
	{ "terms-alone-invoicing-heading-en", "", "Our terms", "Copy attached.",
	  "Terms and Conditions\nInvoicing\nInvoices are payable within 14 days.\n", "terms" },
	/* The final invoice names the deposit request it deducts in a reference cell, above its
	 * own title or with no title at all (de, en); near miss: a deposit request with its
	 * own reference beside its title and no invoice number is still one. */
	{ "final-invoice-names-deposit-request-de", "", "Schlussrechnung RE-2026-114", "Anbei.",
	  "Rechnungsnummer\tRE-2026-114\nAnzahlungsanforderung\tAA-2026-031 vom 02.09.2026\nSchlussrechnung\n"
	  "abzüglich Anzahlung\t-3.600,00 \u20ac\n", NULL },
	{ "final-invoice-names-deposit-request-en", "", "Your kitchen: final invoice INV-2291",
	  "Invoice number\tINV-2291\nDeposit request\tDR-118 (paid 2 October)\nLess deposit paid\t-\u00a31,200.00\n",
	  NULL, NULL },
	{ "deposit-request-with-reference-beside", "", "Deposit for your kitchen", "Attached.",
	  "Oak & Co\nDeposit request\tDR-118\nDeposit 30%\t\u00a31,200.00\n", "pro-forma" },
	{ "order-confirmation", "", "Auftragsbestätigung AB-2026-033", "Danke.", NULL, "order confirmation" },
	/* A newsletter named beside the invoice in the subject, the invoice's number and due
	 * date in the cells beside its address window (misses32 round); near miss: the
	 * newsletter alone, its prices in the same cells. */
	{ "newsletter-and-invoice-cells-beside-window", "", "Kerstnieuwsbrief en factuur 4471", "Bijgevoegd.",
	  "Wijnhuis Oost\nHotel Schelde\tFactuurnummer\t4471\nt.a.v. inkoop\tFactuurdatum\t04-12-2026\n"
	  "Kade 14\tVervaldatum\t18-12-2026\nFactuur\nTotaal\t\u20ac 1.310,43\n", NULL },
	{ "newsletter-alone-cells-beside-window", "", "Kerstnieuwsbrief", "Bijgevoegd.",
	  "Wijnhuis Oost\nHotel Schelde\tActie\t10 %\nFeestdagenselectie\nCava\t\u20ac 13,95\n", "price list" },
	/* The British and American name of the same document, in a subject and as a page's
	 * title (misses32 round); near miss: an invoice that names the acknowledgement it
	 * follows in a reference cell. */
	{ "order-acknowledgement-subject", "", "Order Acknowledgement SO-4471", "Attached.", NULL, "order confirmation" },
	{ "order-acknowledgment-title", "", "SO-4471", "Please find attached.",
	  "Fenwick Steel Ltd\nORDER ACKNOWLEDGMENT SO-4471\nSteel angle 40x40\t$1,260.00\nTotal\t$1,260.00\n",
	  "order confirmation" },
	{ "acknowledgement-of-order-title", "", "Your order", "Attached.",
	  "Fenwick Steel Ltd\nAcknowledgement of Order\nOrder no.\tSO-4471\nTotal\t\u00a3980.00\n",
	  "order confirmation" },
	{ "invoice-names-order-acknowledgement", "", "Invoice INV-7710", "Attached.",
	  "Fenwick Steel Ltd\nInvoice number\tINV-7710\nOrder acknowledgement\tSO-4471\nINVOICE\n"
	  "Steel angle 40x40\t\u00a3980.00\nTotal due\t\u00a3980.00\n", NULL },
	{ "receipt", "", "Your receipt from Brightpath Analytics #2291", "Amount paid $10.00", NULL, "receipt" },
	{ "payment-received", "", "Betaling ontvangen voor factuur 2026-0004", "Dank!", NULL, "receipt" },
	{ "reminder-nl", "", "Herinnering: factuur 2026-012 staat nog open", "Graag betalen.", NULL, "reminder" },
	{ "reminder-de", "", "Zahlungserinnerung zur Rechnung RE-1042", "Bitte zahlen.", NULL, "reminder" },
	{ "question", "", "Did you get our invoice?", "Just checking.", NULL, "a question" },
	{ "renewal", "", "Verlängerung Ihres Wartungsvertrags", "Neuer Preis.", NULL, "renewal" },
	{ "newsletter-header", "List-Unsubscribe: <mailto:x@y>\n", "Nieuws", "Prijzen.", NULL, "price list" },
	{ "statement", "", "Statement from Bluebell Design Ltd", "Open items.", NULL, "statement" },
	{ "statement-title", "", "Overzicht", "Zie bijlage.", "Kontoauszug\nOffene Posten\n", "statement" },
	{ "delivery-note", "", "Lieferschein LS-2026-0412", "Anbei.", NULL, "delivery note" },
	/* A balance confirmation, as a document's title, a subject and a request in the mail
	 * (names27 round); near misses: an invoice that asks to confirm its receipt, and one
	 * whose cover note asks for the balance to be confirmed beside the invoice it sets out. */
	{ "balance-confirmation-title-de", "", "Zum 30.11.2026", "Mit der Bitte um Rücksendung.",
	  "Holzbau Rieger KG\nSaldenbestätigung\nKundennummer\t4471\nRE-8812\t02.11.2026\tRechnung\t812,00 €\n",
	  "statement" },
	{ "balance-confirmation-title-en", "", "Year end", "Please sign and return.",
	  "Moorside Timber Ltd\nBALANCE CONFIRMATION\nAccount\tMOOR4\nINV-2211\t2 Nov 2026\t£812.00\n", "statement" },
	{ "balance-confirmation-subject-nl", "", "Saldobevestiging per 31-12-2026", "Zie bijlage.", NULL, "statement" },
	{ "confirm-the-balance-text-en", "", "Year end", "As part of our audit, please confirm the balance on your "
	  "account as at 30 November 2026: £1,420.00.", NULL, "statement" },
	{ "confirm-the-balance-text-de", "", "Jahresabschluss", "Bitte bestätigen Sie uns den Saldo zum 30.11.2026 "
	  "von 2.016,00 € kurz per E-Mail.", NULL, "statement" },
	{ "confirm-receipt-is-invoice", "", "Invoice INV-3310", "Please confirm receipt of this invoice.",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\tINV-3310\nTotal due\t£812.00\n", NULL },
	/* A bill typed in the mail that hands itself over and asks, by the way, for the
	 * balance to be confirmed: an invoice, set out in prose, no title line. */
	{ "confirm-balance-beside-typed-invoice-en", "", "Invoice INV-3311", "Hi Tom,\n\nHere is invoice INV-3311 for "
	  "the December service: £812.00. Could you also confirm the balance on your account?\n\nKaren\n", NULL, NULL },
	{ "confirm-balance-beside-typed-invoice-de", "", "Rechnung RE-8831", "Sehr geehrter Herr Ashby,\n\nanbei "
	  "unsere Rechnung RE-8831 über 812,00 €. Bitte bestätigen Sie uns den Saldo zum Jahresende.\n", NULL, NULL },
	{ "confirm-balance-beside-invoice", "", "Rechnung RE-8830", "Anbei die Rechnung RE-8830. Bitte bestätigen "
	  "Sie uns bei dieser Gelegenheit auch den Saldo zum Jahresende.",
	  "Holzbau Rieger KG\nRECHNUNG\nRechnungsnummer\tRE-8830\nRechnungsbetrag\t812,00 €\n", NULL },
	/* A title that names the invoice beside the statement is an invoice's (a practice's bill
	 * with its running balance). */
	{ "statement-and-invoice-title", "", "Your invoice from Riverside Dental", "Attached.",
	  "Riverside Dental Practice\nSTATEMENT\t&\tINVOICE\nInvoice\t88214\n", NULL },
	{ "rekeningoverzicht-en-factuur-title", "", "Uw factuur", "Zie bijlage.",
	  "Praktijk\nRekeningoverzicht en factuur\nFactuurnummer\t2611\n", NULL },
	/* A contract sent to sign: the rent or the work is billed later. */
	{ "contract-title-de", "", "Mietvertrag MV-26-0871 Winterfest", "Anbei der Mietvertrag zur Unterschrift.",
	  "Eventtechnik Hanse GmbH\nMietvertrag MV-26-0871\nDatum\t02.12.2026\n", "a contract" },
	{ "contract-title-nl", "", "Huurovereenkomst partytent", "In de bijlage de overeenkomst.",
	  "Verhuur BV\nHuurovereenkomst\nDatum\t02-12-2026\n", "a contract" },
	{ "contract-title-en", "", "Your hire agreement", "Please sign and return.",
	  "Hire Co Ltd\nHire agreement\nDate\t2 December 2026\n", "a contract" },
	{ "contract-ref-beside-invoice-title", "", "Rechnung 24.11.0318", "Im Anhang.",
	  "Gartenbau GmbH\nRechnung Gartenunterhalt\nRechnung Nr.\t24.11.0318\nVertrag\tGU-118\n", NULL },
	{ "batch", "", "Verkoopfacturen maart 2026", "Voor de boekhouding.", NULL, "invoices passed" },
	{ "timesheet", "", "Urenoverzicht maart ter goedkeuring", "Wil je de uren akkoorden?", NULL, "timesheet" },
	{ "timesheet-title", "", "Zur Freigabe", "Anbei.", "Stundennachweis\nMärz 2026\n", "timesheet" },
	{ "booking", "", "Your booking confirmation BK-2291", "See you on Friday.", NULL, "booking confirmation" },
	{ "booking-nl", "", "Bevestiging van je boeking", "Tot vrijdag!", NULL, "booking confirmation" },
	{ "booking-compound-nl", "", "Bevestiging groepsreservering vrijdag 11 december", "Tot dan!", NULL, "booking confirmation" },
	{ "booking-compound-de", "", "Bestätigung Ihrer Tischreservierung", "Bis Freitag.", NULL, "booking confirmation" },
	{ "booking-confirmed-en", "", "Group booking confirmed - 12 May", "See you.", NULL, "booking confirmation" },
	{ "invoice-for-reservation", "", "Factuur groepsreservering 11 december", "In de bijlage.", NULL, NULL },
	{ "price-change", "", "Preisanpassung ab 1. April 2026", "Neue Preise.", NULL, "price change" },
	/* Near misses: an invoice for a booking, for hours, after a price change, is an invoice. */
	{ "invoice-for-booking", "", "Factuur voor je boeking 2026-031", "In de bijlage.", NULL, NULL },
	{ "invoice-for-timesheet", "", "Invoice 88 - timesheet March", "Attached.", NULL, NULL },
	{ "rechnung-price-change", "", "Rechnung RE-77 nach Preisanpassung", "Anbei.", NULL, NULL },
	{ "forward-subject", "", "Fwd: Your Pixelforge invoice PF-88231907", "FYI", NULL, "forwarded" },
	{ "forward-tagged", "", "[EXT] FW: Rechnung 8001224510 von Stadtwerke Ulm", "Zur Info.", NULL, "forwarded" },
	{ "forward-doorgestuurd", "", "Doorgestuurd: Factuur 2026-3310", "Ter info.", NULL, "forwarded" },
	{ "forward-french-spacing", "", "TR : Facture F-2026-12", "Pour info.", NULL, "forwarded" },
	{ "forward-italian", "", "I: Fattura 12/2026", "Per conoscenza.", NULL, "forwarded" },
	/* An answer to a forward is read as any reply is (invoice.c decides on replies). */
	{ "reply-to-forward", "", "Re: Fwd: Factuur 2026-014", "Hierbij de factuur 2026-014.", NULL, NULL },
	/* The business forwards its own invoice again (the customer lost it): the quoted
	 * header's sender is the mail's own sender, by address, by domain or by name. */
	{ "own-forward-nl", "", "FW: Factuur F26-04417",
	  "Zoals besproken stuur ik de factuur nog een keer door.\n\n-----Oorspronkelijk bericht-----\n"
	  "Van: Billing <billing@example.nl>\nVerzonden: maandag 9 november 2026 16:12\nAan: klant@example.com\n"
	  "Onderwerp: Factuur F26-04417\n\nBijgaand de factuur.", NULL, NULL },
	{ "own-forward-de-colleague", "", "WG: Rechnung / Invoice MK-26-0566",
	  "Anbei unsere Rechnung noch einmal. It was due on 27.11.2026.\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Buchhaltung [mailto:buchhaltung@example.nl]\nGesendet: Freitag, 6. November 2026 11:20\n"
	  "An: klant@example.com\nBetreff: Rechnung MK-26-0566\n\nAnbei die Rechnung.", NULL, NULL },
	{ "own-forward-en-name-only", "", "Fwd: Invoice 2026-31",
	  "Sending this again.\n\n---------- Forwarded message ---------\nFrom: Billing\n"
	  "Date: Fri, 6 Nov 2026\nSubject: Invoice 2026-31\n\nPlease find our invoice attached.", NULL, NULL },
	/* A supplier's bill passed on stays one, its sender's domain another. */
	{ "supplier-forward-nl", "", "FW: Factuur 88231907",
	  "Ter info.\n\n-----Oorspronkelijk bericht-----\nVan: Pixelforge <billing@pixelforge.example>\n"
	  "Verzonden: maandag 9 november 2026 16:12\nAan: billing@example.nl\nOnderwerp: Factuur 88231907\n\n"
	  "Bijgaand de factuur.", NULL, "forwarded" },
	/* On a shared domain (free mail) the same domain is not the same sender: a bill that
	 * went to the business itself is a supplier's, passed on. */
	{ "shared-domain-supplier-forward", "", "FW: Factuur 2026-118",
	  "Kun je deze boeken?\n\n-----Oorspronkelijk bericht-----\nVan: Klusbedrijf Smit <smit.klussen@example.nl>\n"
	  "Verzonden: dinsdag 10 november 2026 09:40\nAan: Billing <billing@example.nl>\nOnderwerp: Factuur 2026-118\n\n"
	  "Bijgaand mijn factuur.", NULL, "forwarded" },
	{ "forward-body", "", "Factuur Telvia", "Zie hieronder.\n---------- Forwarded message ---------\nFrom: x", NULL, "forwarded" },
	{ "invitation", "", "Uitnodiging: Overleg openstaande facturen", "Agenda.", NULL, "invitation" },
	{ "auto-reply-subject", "", "Out of Office: RE: Invoice INV-0042", "Back Monday.", NULL, "automatic reply" },
	{ "auto-submitted", "Auto-Submitted: auto-replied\n", "Re: Factuur 1", "Afwezig.", NULL, "automatic reply" },
	{ "auto-submitted-no", "Auto-Submitted: no\n", "Factuur 2026-1", "Hierbij.", NULL, NULL },
	{ "credit-announced", "", "Re: factuur 2026089 - creditnota volgt", "Klopt, sorry.", NULL, "credit note announced" },
	/* The message's role, read from its own text when the subject says only "Factuur N". */
	/* A direct debit collected is a receipt; one announced on an invoice is not, and a
	 * bill named for what it bills ("Huurnota") is an invoice. */
	{ "direct-debit-collected", "", "Your Direct Debit payment was successful",
	  "We have successfully collected your Direct Debit payment for invoice MB204417.\nAmount collected £28.80", NULL, "receipt" },
	{ "payment-confirmation-title", "", "Ihre Zahlung", "Siehe Anhang.",
	  "Payment confirmation\nReference MB204417\nAmount collected\t£28.80\n", "receipt" },
	{ "direct-debit-announced", "", "Invoice MB204418",
	  "Invoice no. MB204418\nTotal £28.80\nThis amount will be collected by Direct Debit on or after 1 December 2026.", NULL, NULL },
	{ "huurnota-is-invoice", "", "Uw huur december",
	  "Huurnota\nNotanummer: H2612-0042\nDatum: 20-11-2026\nTotaal per maand\t€ 1.069,50\nTe voldoen vóór 1 december 2026.", NULL, NULL },
	{ "receipt-body-nl", "", "Factuur 2026-31", "Je betaling van € 450,00 voor factuur 2026-31 is in goede orde ontvangen. Openstaand: € 0,00.", NULL, "receipt" },
	{ "receipt-body-en", "", "Invoice INV-9 - thanks!", "We've received your payment of £120.00 for invoice INV-9. Balance due: £0.00.", NULL, "receipt" },
	{ "receipt-body-de", "", "Rechnung 77", "Ihre Zahlung über 80,00 € zu Rechnung 77 ist eingegangen.", NULL, "receipt" },
	/* misses33: a payment provider's notice that a payment went through (any provider,
	 * any of the three languages): it reports a payment made, never bills.  By its body
	 * under an invoice's subject, by its subject alone, by its title line, and by "keep
	 * this mail as proof".  Near misses: an invoice that says what happens once a payment
	 * succeeds, and one sent after a card payment failed. */
	{ "payment-succeeded-body-nl", "", "Factuur 2026-118",
	  "Uw betaling van \u20ac 1.240,50 aan Schildersbedrijf Vos is geslaagd.\nKenmerk: factuur 2026-118\nBetaalwijze: Bancontact", NULL, "receipt" },
	{ "payment-succeeded-body-en", "", "Invoice INV-3307",
	  "Your payment of \u00a3318.00 to Harbour Joinery has been completed successfully.\nReference: invoice INV-3307\nCard ending 4421", NULL, "receipt" },
	{ "payment-succeeded-body-de", "", "Rechnung RE-2026-0431",
	  "Ihre Zahlung \u00fcber 486,20 \u20ac an Malerbetrieb Schulz war erfolgreich.\nVerwendungszweck: Rechnung RE-2026-0431", NULL, "receipt" },
	{ "payment-succeeded-subject-nl", "", "Je betaling aan Tuinwerk Jansen is voltooid", "Transactie tr_81kq2", NULL, "receipt" },
	{ "payment-succeeded-subject-en", "", "Payment successful - Harbour Joinery", "Transaction ID 8842-1190", NULL, "receipt" },
	{ "payment-succeeded-subject-de", "", "Zahlung erfolgreich: Malerbetrieb Schulz", "Transaktions-ID 55120", NULL, "receipt" },
	{ "payment-succeeded-title-de", "", "Ihre Zahlung an Malerbetrieb Schulz", "Bezahlung erfolgreich\nBetrag: 486,20 \u20ac\nDatum: 12.11.2026", NULL, "receipt" },
	{ "payment-succeeded-title-en", "", "Your payment to Harbour Joinery", "Payment complete\nAmount: \u00a3318.00\nDate: 12 November 2026", NULL, "receipt" },
	{ "payment-succeeded-title-nl", "", "Uw betaling aan Tuinwerk Jansen", "Betaling gelukt\nBedrag: \u20ac 75,00\nDatum: 12-11-2026", NULL, "receipt" },
	{ "keep-as-proof-en", "", "Harbour Joinery", "Amount: \u00a3318.00\nPlease keep this email as your proof of payment.", NULL, "receipt" },
	{ "keep-as-proof-nl", "", "Tuinwerk Jansen", "Bedrag: \u20ac 75,00\nBewaar deze mail als betaalbewijs.", NULL, "receipt" },
	{ "keep-as-proof-de", "", "Malerbetrieb Schulz", "Betrag: 486,20 \u20ac\nBitte bewahren Sie diese E-Mail als Zahlungsnachweis auf.", NULL, "receipt" },
	{ "once-payment-succeeds-is-invoice-en", "", "Invoice INV-3309 from Harbour Joinery",
	  "Invoice number: INV-3309\nTotal due: \u00a3240.00\nOnce your payment is successful you will receive a confirmation.", NULL, NULL },
	{ "zodra-betaling-gelukt-is-invoice-nl", "", "Factuur 2026-121",
	  "Factuurnummer: 2026-121\nTe betalen: \u20ac 300,00\nZodra je betaling is gelukt, krijg je een bevestiging.", NULL, NULL },
	{ "card-failed-then-invoice-en", "", "Invoice INV-3308 from Harbour Joinery",
	  "Your card payment was unsuccessful, so here is invoice INV-3308 to pay by bank transfer.\nInvoice number: INV-3308\nTotal due: \u00a3240.00", NULL, NULL },
	{ "zahlung-nicht-erfolgreich-is-invoice-de", "", "Rechnung RE-2026-0433",
	  "Ihre Kartenzahlung war nicht erfolgreich. Anbei die Rechnung RE-2026-0433 zur \u00dcberweisung.\nRechnungsnummer: RE-2026-0433\nGesamtbetrag: 120,00 \u20ac", NULL, NULL },
	/* review32a: the last payment's success said in passing, then a new invoice billed with
	 * its own number and amount to pay: an invoice (en, nl, de). */
	{ "earlier-payment-succeeded-new-invoice-en", "", "Invoice INV-3340 from Harbour Joinery",
	  "Thank you, your payment for invoice INV-3301 was successful.\nHere is your invoice for December.\n"
	  "Invoice number: INV-3340\nTotal due: \u00a3240.00\nDue date: 18 December 2026", NULL, NULL },
	{ "earlier-payment-succeeded-new-invoice-nl", "", "Factuur 2026-131",
	  "Dank je, je betaling voor factuur 2026-110 is gelukt.\nHierbij de factuur voor december.\n"
	  "Factuurnummer: 2026-131\nTe betalen: \u20ac 300,00\nTe voldoen binnen 14 dagen.", NULL, NULL },
	{ "earlier-payment-succeeded-new-invoice-de", "", "Rechnung RE-2026-0440",
	  "Vielen Dank, Ihre Zahlung zu Rechnung RE-2026-0401 war erfolgreich.\nAnbei die Rechnung f\u00fcr Dezember.\n"
	  "Rechnungsnummer: RE-2026-0440\nZu zahlen: 120,00 \u20ac\nZahlbar bis 18.12.2026", NULL, NULL },
	{ "deposit-thanked-is-invoice", "", "Factuur 2026-40", "Bedankt, je aanbetaling van € 200,00 is ontvangen.\nFactuurnummer: 2026-40\nTotaal: € 600,00\nTe betalen: € 400,00", NULL, NULL },
	{ "term-is-no-receipt", "", "Factuur 2026-41", "Factuurnummer 2026-41. Het bedrag van € 90,00 dient binnen 14 dagen te zijn voldaan. Betaling binnen 14 dagen.", NULL, NULL },
	{ "own-reminder-nl", "", "Factuur 2026-12", "Hoi Sanne, factuur 2026-12 van 3 maart (€ 250,00) staat bij mij nog open. Wil je even kijken?", NULL, "the business's own reminder" },
	{ "own-reminder-en", "", "Invoice 2026/473", "Hi, invoice 2026/473 sent on 2 May for £300.00 hasn't been paid yet.", NULL, "the business's own reminder" },
	{ "own-reminder-de", "", "Rechnung 2026-0621", "Hallo, die Rechnung 2026-0621 vom 02.02.2026 ist bei mir noch offen.", NULL, "the business's own reminder" },
	{ "credit-announced-body", "", "Over factuur 2026-40", "Je hebt gelijk. Ik maak een creditnota op voor € 120,00; die stuur ik morgen.", NULL, "credit note announced" },
	{ "credit-announced-en", "", "About invoice 77", "We will issue a credit note for £40.00.", NULL, "credit note announced" },
	{ "credit-note-sent-is-invoice", "", "Creditnota CN-2026-3", "Hierbij ontvangt u de creditnota bij factuur 2026-40.", NULL, NULL },
	{ "invoice-to-come-nl", "", "Je contract per 1 april", "Je contract loopt op 1 april door voor € 240,00 per jaar. Je ontvangt dan een factuur.", NULL, "an invoice announced" },
	{ "invoice-to-come-en", "", "Your plan continues", "Your plan carries on at £99.00 a year. We'll invoice you then.", NULL, "an invoice announced" },
	{ "invoice-to-come-de", "", "Ihr Auftrag 4471", "Wir bestätigen 120,00 €. Die Rechnung folgt nach Lieferung.", NULL, "an invoice announced" },
	/* Found in train-notinvoice.jsonl: a statement with a hyphen, a credit note sent or
	 * received later in the present tense, a reminder by a passed due date, Apple Mail's
	 * forward lines, a deposit received in an invoice's subject. */
	{ "statement-hyphen", "", "Saldo-overzicht per 30 november", "In de bijlage.", NULL, "statement of account" },
	{ "statement-title-nl", "", "Overzicht", "Zie bijlage.", "Bedrijf\nOverzicht openstaande posten\nDatum 30-11-2026\n", "statement of account" },
	{ "credit-present-nl", "", "Correctie factuur 2026-198", "Wij sturen u binnenkort een creditnota van € 193,60.", NULL, "credit note announced" },
	{ "credit-present-de", "", "Ihre Reklamation", "Sie erhalten von uns eine Gutschrift über 1.400,00 €.", NULL, "credit note announced" },
	/* The credit note itself attached, titled and numbered: the body saying what becomes
	 * of its amount announces nothing still to come. */
	{ "credit-issued-de", "", "Gutschrift GS-2026-009",
	  "Anbei deine Gutschrift; wir überweisen dir den Betrag in den nächsten Tagen.",
	  "Yogastudio Atempause\nGUTSCHRIFT\nGutschrift-Nr.\tGS-2026-009\nGutschriftbetrag\t-72,00 €\n", NULL },
	{ "credit-issued-nl", "", "Creditnota CN-2026-14",
	  "Bijgaand de creditnota; het bedrag storten wij de komende dagen terug.",
	  "CREDITNOTA\nCreditnotanummer: CN-2026-14\nTotaal: -€ 40,00\n", NULL },
	{ "credit-issued-en", "", "Credit note CR-118",
	  "Please find the credit note attached; we will refund the amount shortly.",
	  "Credit Note\nCredit note no. CR-118\nTotal -£40.00\n", NULL },
	/* Without the document's own number the announcement still decides. */
	{ "credit-title-only-de", "", "Ihre Reklamation", "Die Gutschrift folgt in den nächsten Tagen.",
	  "GUTSCHRIFT\n", "credit note announced" },
	{ "credit-later-nl", "", "Over factuur 2026-40", "U ontvangt binnenkort een creditnota van € 120,00.", NULL, "credit note announced" },
	{ "credit-receive-en", "", "About invoice 77", "You will soon receive a credit note for £40.00.", NULL, "credit note announced" },
	{ "credit-herewith-nl", "", "Creditnota 2026-0007", "Wij sturen u hierbij de creditnota van € 120,00.", NULL, NULL },
	{ "credit-attached-de", "", "Gutschrift GS-2026-4", "Sie erhalten von uns eine Gutschrift über 80,00 €, siehe Anhang.", NULL, NULL },
	{ "reminder-was-due-en", "", "Invoice PC-2026-088", "Invoice PC-2026-088 for £540.00 was due on 15 November and I can't see a payment yet.", NULL, "the business's own reminder" },
	{ "reminder-war-faellig", "", "Rechnung 2026-131", "Unsere Rechnung 2026-131 über 595,00 € war am 15.11.2026 fällig.", NULL, "the business's own reminder" },
	{ "reminder-vervallen", "", "Factuur 2026-099", "Het bedrag van € 907,50 was op 15 oktober vervallen.", NULL, "the business's own reminder" },
	{ "invoice-is-due", "", "Invoice INV-31", "Invoice INV-31 for £540.00 is due on 15 December.", NULL, NULL },
	{ "forward-outlook-block-nl", "", "Factuur Vodafone", "Kun je deze betalen?\n\nVan: Vodafone <f@vodafone.example>\n"
	  "Verzonden: donderdag 19 november 2026 10:12\nAan: info@studio.example\nOnderwerp: Uw factuur 88123\n\nTe betalen: € 45,50\n", NULL, "forwarded" },
	{ "forward-outlook-block-de", "", "Telekom", "Bitte zahlen.\n\nVon: Telekom\nGesendet: Freitag, 20. November 2026\nAn: info@x.example\n"
	  "Betreff: Ihre Rechnung\n", NULL, "forwarded" },
	{ "reply-outlook-block", "", "RE: Invoice 2026-31", "Invoice 2026-31\nAmount due: £300.00\n\nFrom: Tom\nSent: 20 November 2026\n"
	  "Subject: Invoice?\n", NULL, NULL },
	{ "forward-apple-nl", "", "Factuur energie", "Wil jij deze betalen?\n\nBegin doorgestuurd bericht:\n\nVan: Energie", NULL, "forwarded" },
	{ "forward-apple-de", "", "Stadtwerke", "Bitte prüfen.\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Stadtwerke", NULL, "forwarded" },
	{ "deposit-received-invoice", "", "Factuur 2026-133 (aanbetaling ontvangen)", "Hierbij de eindfactuur; te betalen € 5.421,20.", NULL, NULL },
	/* Money no invoice asks for, named in the subject; an invoice that names it is one. */
	{ "direct-debit-nl", "", "Vooraankondiging incasso december", "Op 1 december schrijven wij € 29,95 af.", NULL, "a direct debit announced" },
	{ "direct-debit-de", "", "Vorabankündigung SEPA-Lastschrift", "Wir ziehen 89,00 € am 01.12. ein.", NULL, "a direct debit announced" },
	{ "direct-debit-be", "", "Vooraankondiging domiciliëring", "Het bedrag van factuur F26-0174 wordt op 28/11 geïnd.", NULL,
	  "a direct debit announced" },
	{ "direct-debit-ch", "", "Vorankündigung LSV-Belastung", "Wir belasten CHF 89.00 am 01.12.", NULL, "a direct debit announced" },
	/* Near misses: an invoice paid by domiciliëring names itself; an announcement of no debit. */
	{ "invoice-by-domiciliering", "", "Factuur F26-0180 – betaling via domiciliëring", "In bijlage de factuur.", NULL, NULL },
	{ "vorankuendigung-betriebsurlaub", "", "Vorankündigung Betriebsurlaub", "Anbei die Rechnung RE-2026-0301.", NULL, NULL },
	/* Near miss: a fee proposal ("ereloonvoorstel") is a quote, no fee note. */
	{ "ereloonvoorstel-be", "", "Ereloonvoorstel verbouwing Kerkstraat", "In bijlage ons ereloonvoorstel.",
	  "Ereloonvoorstel\nOfferte nr. O-2026-31\nErelonen 8 % van de bouwsom\n", "quote" },
	/* A remittance advice: the business's own payment to a supplier. */
	{ "remittance-advice", "", "Remittance advice", "Please find our remittance advice attached.",
	  "REMITTANCE ADVICE\nPayment date: 27/11/2026\nYour invoice MS-8812\t£1,140.00\n", "receipt" },
	{ "zahlungsavis", "", "Zahlungsavis 27.11.2026", "Anbei unser Zahlungsavis.", NULL, "receipt" },
	/* Near misses: an invoice with a remittance slip to tear off, under its own title; an
	 * invoice whose subject names the slip beside the invoice word. */
	{ "invoice-with-remittance-slip", "", "Invoice INV-2291", "Attached.",
	  "INVOICE\nInvoice number\tINV-2291\nTotal\t£240.00\nREMITTANCE ADVICE\nInvoice\tINV-2291\n", NULL },
	{ "invoice-subject-remittance", "", "Invoice INV-2292 (remittance advice enclosed)", "Attached.", NULL, NULL },
	/* A review's near misses: a bill's subject naming its remittance details; an invoice
	 * labelled by its number (no title) whose bank details are headed "Remittance advice". */
	{ "bill-remittance-details", "", "Bill 1042 - remittance details", "Attached.", NULL, NULL },
	{ "numbered-invoice-remittance-heading", "", "Your bill", "Attached.",
	  "Acme Ltd\nInvoice No: 2291\nDate: 20/11/2026\nTotal\t£240.00\nREMITTANCE ADVICE\nSort code 20-00-00\n", NULL },
	{ "direct-debit-en", "", "Direct Debit advance notice", "£240.00 will be collected on 1 December.", NULL, "a direct debit announced" },
	{ "direct-debit-invoice", "", "Factuur 2026-12 (automatische incasso)", "Het bedrag van € 29,95 wordt op 1 december geïncasseerd.", NULL, NULL },
	{ "card-charge-en", "", "Your card will be charged on 1 December", "We'll charge £99.00.", NULL, "a card charge announced" },
	{ "card-charge-nl", "", "Je kaart wordt binnenkort belast", "We belasten € 149,00.", NULL, "a card charge announced" },
	{ "card-charge-de", "", "Ihre Kreditkarte wird am 01.12. belastet", "Wir belasten 119,00 €.", NULL, "a card charge announced" },
	{ "payment-link-nl", "", "Betaalverzoek van Studio Lindeboom", "Betaal € 45,00 via Tikkie.", NULL, "a payment link" },
	{ "payment-link-en", "", "Request for payment from Harbour Lane Studio", "Pay £150.00 now.", NULL, "a payment link" },
	{ "cancellation-nl", "", "Annulering workshop 14 januari", "Er zijn geen kosten.", NULL, "a cancellation" },
	{ "cancellation-de", "", "Stornierung Ihres Auftrags 55120", "Wir erstatten 239,60 €.", NULL, "a cancellation" },
	{ "cancellation-en", "", "Cancellation confirmed - 12 December", "Your deposit will be refunded.", NULL, "a cancellation" },
	/* The invoice itself withdrawn, its word in the subject; an invoice that names a
	 * cancelled order is still one. */
	{ "invoice-voided-en", "", "Invoice 2026-118 was voided", "A corrected invoice follows.", NULL, "a cancellation" },
	{ "invoice-withdrawn-nl", "", "Factuur F-2026-31 is ingetrokken", "Excuses voor de verwarring.", NULL, "a cancellation" },
	{ "invoice-storniert-de", "", "Rechnung 4471 wurde storniert", "Bitte nicht zahlen.", NULL, "a cancellation" },
	{ "invoice-for-cancelled-order", "", "Invoice 2026-119 for the cancelled booking fee", "Please find attached.", NULL, NULL },
	/* A lawyer's "declaratie" and "Kostennote" are invoices by another name. */
	{ "declaratie-pdf-title", "", "Declaratie 2026.0917", "Bijgaand onze declaratie.",
	  "Advocatenkantoor X\nDeclaratie\t2026.0917\nTotaal declaratie\t€ 1.210,00\n", NULL },
	{ "storno-invoice", "", "Stornorechnung SR-2026-004", "Anbei die Stornorechnung über -119,00 €.", NULL, NULL },
	{ "refund-de", "", "Erstattung zu Ihrer Retoure 44120", "Wir überweisen 59,90 € zurück.", NULL, "a refund" },
	{ "refund-en", "", "Your refund is on its way", "We've refunded £59.90.", NULL, "a refund" },
	{ "approval-nl", "", "Uren november ter akkoord", "22,5 uur à € 75,00.", NULL, "timesheet for approval" },
	{ "approval-de", "", "Stunden November zur Freigabe", "14 Stunden à 85,00 €.", NULL, "timesheet for approval" },
	{ "approval-invoice", "", "Invoice 2026-88 for approval by your finance team", "Attached.", NULL, NULL },
	{ "renewal-loopt-door", "", "Uw onderhoudscontract loopt door", "Voor € 423,50 per jaar.", NULL, "renewal notice" },
	{ "renewal-verlaengert", "", "Ihr Vertrag verlängert sich", "Zu 960,00 € netto.", NULL, "renewal notice" },
	{ "proposal-nl", "", "Prijsvoorstel verbouwing Dorpsstraat 12", "Totaal € 12.450,00.", NULL, "quote" },
	{ "proposal-en", "", "Proposal for the spring campaign", "Total: £4,800.00 + VAT.", NULL, "quote" },
	{ "order-placed-nl", "", "Je bestelling #10482 is geplaatst", "Totaal € 64,85.", NULL, "order confirmation" },
	/* A quote typed in the mail, by its number's label; an invoice may name its quote. */
	{ "quote-number-de", "", "Ihre Anfrage: Einbauschrank", "Gerne bieten wir an:\n\nAngebotsnummer: AN-2026-0231\nGesamt: 3.689,00 €\nGültig bis: 31.12.2026\n", NULL, "quote" },
	{ "quote-number-en", "", "Our price", "Quote number: Q-2026-118\nTotal: £4,800.00\n", NULL, "quote" },
	{ "invoice-names-quote", "", "Factuur 2026-151", "Factuur 2026-151\nOffertenummer: OF-2026-0077\nTotaal: € 179,70\n", NULL, NULL },
	/* Money paid back. */
	{ "refund-body-nl", "", "Je retour is verwerkt", "We hebben € 59,90 teruggestort op je rekening.", NULL, "a refund" },
	{ "refund-body-en", "", "Your return", "We've refunded £59.90 to your card.", NULL, "a refund" },
	{ "refund-with-credit-note", "", "Creditnota workshop", "Zoals besproken hierbij de creditnota voor de workshop.\nHet bedrag storten we deze week terug.", NULL, NULL },
	/* heldout21 (made by hand): a one-man business refunds in the first person */
	{ "refund-first-person-en", "", "invoice DM1179 - refund", "You were right, I charged you for 5 hours on invoice "
	  "DM1179 and it was 3 and a half. Sorry about that. I'll refund the difference of £42.00 to your account today, it should be with you tomorrow.",
	  NULL, "a refund" },
	{ "refund-first-person-nl", "", "Factuur 2026-14 - correctie", "Ik had een uur te veel gerekend. Ik stort het "
	  "verschil van € 42,00 vandaag terug.", NULL, "a refund" },
	{ "refund-first-person-de", "", "Rechnung 2026-14", "Ich habe eine Stunde zu viel berechnet und überweise "
	  "Ihnen die 42,00 € heute zurück.", NULL, "a refund" },
	/* near miss: a refund condition in an invoice that asks for its payment */
	{ "refund-condition-invoice-en", "", "Invoice 2026-14", "INVOICE 2026-14\nTotal due: £420.00\nPayment should "
	  "be made within 14 days; I'll refund any overpayment.\n", NULL, NULL },
	/* heldout21: a contract's title of any kind; near miss: an invoice that names its
	 * contract in a reference cell */
	{ "contract-catering-agreement", "", "Agreement for the block party", "Here's the agreement.",
	  "Smokestack BBQ Truck\nCatering Agreement\nMinimum (150 plates)\t$2,400.00\nDeposit\t$600.00\n"
	  "The deposit is due 30 days before the event and is invoiced separately.\n", "a contract" },
	{ "contract-honorarvereinbarung", "", "Vereinbarung", "Anbei die Vereinbarung.",
	  "Kanzlei Roth\nHonorarvereinbarung\nStundensatz\t250,00 €\nVorschuss\t1.500,00 €\n", "a contract" },
	{ "contract-line-maintenance-invoice", "", "Factuur 2026-118", "Bijgaand de factuur.",
	  "FACTUUR 2026-118\nOnderhoudscontract 2026-14\nTotaal\t€ 1.210,00\n", NULL },
	{ "contract-ref-cell-invoice", "", "Invoice 2026-41", "Please find the invoice attached.",
	  "INVOICE 2026-41\nService agreement\tSA-118\nTotal due\t$1,200.00\n", NULL },
	{ "refund-second-line", "", "Je retour", "Bedankt voor je retour.\nWe hebben € 59,90 teruggestort.", NULL, "a refund" },
	{ "refund-open-invoice", "", "Invoice 2026-5", "Amount due: £300.00. We've refunded the £20.00 overpaid on invoice 2026-4.", NULL, NULL },
	/* The invoice still to come, after a condition; handed over now, it is no announcement. */
	{ "invoice-after-approval-nl", "", "Uren november", "22,5 uur, € 1.687,50. Na je akkoord stuur ik de factuur.", NULL, "an invoice announced" },
	{ "invoice-after-approval-de", "", "Stunden November", "14 Stunden, 1.190,00 €. Nach Ihrer Freigabe schreibe ich die Rechnung.", NULL, "an invoice announced" },
	{ "invoice-after-approval-en", "", "Hours in November", "31.5 hours, £2,047.50. Once you approve, I'll raise the invoice.", NULL, "an invoice announced" },
	{ "invoice-after-charge-nl", "", "Je abonnement", "We belasten € 149,00. Je factuur ontvang je na de betaling.", NULL, "an invoice announced" },
	{ "invoice-attached-nl", "", "Factuur 2026-31", "In de bijlage stuur ik je de factuur voor november: € 1.687,50.", NULL, NULL },
	{ "invoice-attached-de", "", "Rechnung 2026-31", "Anbei senden wir Ihnen die Rechnung über 1.190,00 €.", NULL, NULL },
	/* Verb first after the when: the invoice still to come. */
	{ "invoice-to-come-nl-inverted", "", "Jullie kerstdiner", "Totaal € 1.989,00. Na afloop ontvang je de factuur op naam van de B.V.", NULL, "an invoice announced" },
	{ "invoice-to-come-de-inverted", "", "Ihre Feier am 12.12.", "Pauschale 1.200,00 €. Im Anschluss erhalten Sie die Rechnung.", NULL, "an invoice announced" },
	{ "invoice-to-come-en-after", "", "Your workshop on 4 May", "Fee £600.00. You will receive the invoice after the workshop.", NULL, "an invoice announced" },
	/* Near misses: the invoice handed over now. */
	{ "invoice-herewith-nl", "", "Factuur 2026-88", "Hierbij ontvang je de factuur voor het kerstdiner. Totaal € 1.989,00.", NULL, NULL },
	{ "invoice-with-mail-de", "", "Rechnung RE-88", "Mit dieser E-Mail erhalten Sie die Rechnung über 1.200,00 €.", NULL, NULL },
	/* An estimated price is what the bill may come to. */
	{ "estimated-total-nl", "", "Jullie kerstdiner", "Aantal personen: 26\nGeschatte totaalprijs: € 1.989,00 incl. btw\n", NULL, "quote: an estimated price" },
	{ "estimated-total-en", "", "Your event", "Guests: 40\nEstimated total: £2,400.00\n", NULL, "quote: an estimated price" },
	{ "estimated-costs-de", "", "Ihre Feier", "Personen: 30\nVoraussichtliche Kosten: 1.850,00 €\n", NULL, "quote: an estimated price" },
	{ "estimated-not-label", "", "Invoice 42", "Total due: £400.00, as estimated in March.\n", NULL, NULL },
	{ "question-body-nl", "", "factuur 2026-7", "Hoi Bram, heb je mijn factuur 2026-7 van vorige week ontvangen? Groet", NULL, "a question" },
	{ "question-body-de", "", "Rechnung 2026-7", "Hallo, ist meine Rechnung 2026-7 angekommen? Grüße", NULL, "a question" },
	{ "question-as-statement-en", "", "Re: invoice INV032",
	  "Just checking my invoice INV032 (£1,533.24, sent on the 17th) reached the right inbox.", NULL, "a question" },
	{ "question-as-statement-nl", "", "factuur 2026-9", "Even checken of mijn factuur 2026-9 goed is aangekomen.", NULL,
	  "a question" },
	{ "question-as-statement-de", "", "Rechnung 2026-9",
	  "Ich wollte nur nachfragen, ob meine Rechnung 2026-9 angekommen ist.", NULL, "a question" },
	/* Near miss: an invoice that asks the debtor to check its details. */
	{ "check-the-invoice-is-invoice", "", "Invoice INV-0077",
	  "Please find attached invoice INV-0077, amount due £480.00. Please check the details and let us know.",
	  NULL, NULL },
	{ "rates-for-next-year", "", "Rates for 2027", "From 1 January 2027 my rates change slightly: £0.12 a word.", NULL,
	  "price list" },
	/* Near miss: an invoice whose subject names the rates it bills at. */
	{ "invoice-at-hourly-rates-is-invoice", "", "Invoice 2026-14 (hourly rates)", "Attached.", NULL, NULL },
	{ "questions-welcome-is-invoice", "", "Factuur 2026-8", "Factuurnummer 2026-8, te betalen € 80,00. Heeft u vragen over deze factuur? Bel ons.", NULL, NULL },
	{ "payment-plan", "", "Factuur 2026-0031", "Hierbij bevestig ik de betalingsregeling voor factuur 2026-0031 (€ 1.350,00): drie termijnen.", NULL, "a payment arrangement" },
	/* An instalment's invoice handed over under an agreed schedule names the schedule. */
	{ "instalment-invoice-under-plan", "", "Termijnfactuur 2026-2207",
	  "Conform de betalingsregeling in de overeenkomst sturen wij u hierbij de tweede termijnfactuur.",
	  "Zonnewerk B.V.\nTermijnfactuur\nFactuurnummer: 2026-2207\nTotaal\t\u20ac 18.585,60\n", NULL },
	/* An instalment's own invoice, its place in the plan named once, under a cover note
	 * (or a subject) that names the plan without handing an invoice over by its word
	 * (left31: heldout31's -003, -050). */
	{ "instalment-invoice-names-plan-nl", "", "Termijnfactuur 2 van 3 cv-ketel",
	  "Zoals afgesproken in de betalingsregeling bij de offerte ontvangt u hierbij de tweede termijn.",
	  "Installatie Bosma\nFactuur\nFactuurnummer\tIB-26-0412\n"
	  "Betalingsregeling: 3 termijnen van \u20ac 1.210,00 (totaal \u20ac 3.630,00 incl. btw).\n"
	  "Termijn 2 van 3 - cv-ketel\t1\t\u20ac 1.000,00\t\u20ac 1.000,00\nTotaal\t\u20ac 1.210,00\n"
	  "Gelieve binnen 14 dagen te betalen.\n", NULL },
	{ "instalment-invoice-names-plan-de", "", "Rechnung Kieferorthopädie - Ratenzahlung 2/3",
	  "Subject: Rechnung Kieferorthopädie - Ratenzahlung 2/3\nWie vereinbart erhalten Sie die zweite Rate als eigene Rechnung.",
	  "Praxis Dr. Keller\nRechnung Rate 2 von 3\nRechnungsnummer\tPK-26-0412-2\n"
	  "Rate 2/3 Kieferorthopädie\t1\tCHF 900.00\tCHF 900.00\nGesamtbetrag\tCHF 900.00\nZahlbar innert 30 Tagen.\n", NULL },
	{ "instalment-invoice-glued-number-de", "", "Rechnung Behandlung - Ratenzahlung 2/3",
	  "Subject: Rechnung Behandlung - Ratenzahlung 2/3\nWie vereinbart erhalten Sie die zweite Rate als eigene Rechnung.",
	  "Praxis Dr. Keller\nRechnung Rate 2 von 3\nRechnungsnummerPK-26-0412-2\nRechnungsdatum\t30.11.2026\n"
	  "Rate 2/3 Kieferorthopädie\t1\tCHF 900.00\tCHF 900.00\nGesamtbetrag\tCHF 900.00\nZahlbar innert 30 Tagen.\n", NULL },
	{ "instalment-invoice-names-plan-en", "", "Your invoice BD-2291-3",
	  "As agreed under your payment plan, this is the bill for the third instalment.",
	  "Brook Dental\nINVOICE\nInvoice number\tBD-2291-3\nInstalment 3 of 6 - orthodontic treatment\t\u00a3250.00\n"
	  "Amount due\t\u00a3250.00\n", NULL },
	/* Near misses: the plan's own document lists every place, or carries its title over
	 * the invoice it splits; the earlier invoice sent again beside a plan names no
	 * instalment of its own; a plan typed in the mail sets out no invoice. */
	{ "near-miss-plan-lists-every-place-under-invoice-title-nl", "", "Factuur 2026-0814",
	  "Zoals besproken bevestigen wij de betalingsregeling.",
	  "Bouw BV\nFactuur\nFactuurnummer\tF-2026-0814\nTermijn 1 van 3 uiterlijk 15-12-2026\t\u20ac 400,00\n"
	  "Termijn 2 van 3 uiterlijk 15-01-2027\t\u20ac 400,00\nTermijn 3 van 3 uiterlijk 15-02-2027\t\u20ac 400,00\n",
	  "a payment arrangement" },
	{ "near-miss-plan-title-first-place-en", "", "Invoice INV-4471",
	  "As discussed, here is the payment plan for invoice INV-4471.",
	  "PAYMENT PLAN\nInvoice number: INV-4471\nInstalment 1 of 3 due 1 December 2026\t\u00a31,200.00\n"
	  "Further instalments on the 1st of each month.\n", "a payment arrangement" },
	{ "near-miss-earlier-invoice-beside-plan-de", "", "Rechnung RE-2026-0388",
	  "wie besprochen bestätigen wir die Ratenzahlung für die Rechnung RE-2026-0388; die 1. Rate ist am 01.12.2026 fällig.",
	  "Rechnung\nRechnungsnummer\tRE-2026-0388\nGesamtbetrag\t1.428,00 \u20ac\n", "a payment arrangement" },
	{ "near-miss-plan-typed-one-place-nl", "", "Betalingsregeling factuur 26-1187",
	  "Zoals besproken bevestigen wij de betalingsregeling: u betaalt factuur 26-1187 in drie termijnen, "
	  "de 1e termijn van \u20ac 200,16 voor 01-12-2026.",
	  NULL, "a payment arrangement" },
	{ "plan-then-invoice-handed-before", "", "Betalingsregeling 2026-0031",
	  "Hierbij de factuur 2026-0031 nogmaals; zoals afgesproken geldt de betalingsregeling van drie termijnen.", NULL,
	  "a payment arrangement" },
	/* The mail says itself that it is no invoice. */
	{ "says-no-invoice-nl", "", "Uw reservering 27-0034: aanbetaling",
	  "Graag \u20ac 378,00 binnen 7 dagen op NL95 RABO 3289 5846 62. Dit is geen factuur; die sturen we zes weken voor aankomst.", NULL,
	  "the mail says it is no invoice" },
	{ "says-no-invoice-en", "", "Holiday cottage, 4-11 July", "Please pay the deposit of \u00a3200. This is not an invoice.", NULL,
	  "the mail says it is no invoice" },
	{ "says-no-invoice-de", "", "Ferienwohnung 4.-11. Juli", "Bitte 300 \u20ac anzahlen. Dies ist noch keine Rechnung.", NULL,
	  "the mail says it is no invoice" },
	/* Near miss: a payment request before the VAT invoice is a demand for payment. */
	{ "not-a-vat-invoice", "", "Invoice 2026-41", "Amount due: \u00a3480.00 within 14 days. This is not a VAT invoice.",
	  NULL, NULL },
	{ "do-not-pay", "", "Rechnung RE-12", "Wir stornieren die Rechnung RE-12 über 200,00 €. Bitte überweisen Sie nichts.", NULL, "the mail says nothing" },
	/* Found in heldout15: a direct debit announced to one person, a year's invoices listed. */
	{ "nothing-to-transfer-du", "", "Vorabankündigung SEPA-Lastschrift zu Rechnung 2026-1204",
	  "Liebe Julia,\nwir ziehen den Betrag aus Rechnung 2026-1204 am 04.01.2027 ein.\nDu musst nichts überweisen.", NULL,
	  "the mail says nothing" },
	{ "nothing-to-do-sie", "", "Ihr Beitrag 2027", "Der Betrag wird am 02.01. abgebucht. Sie müssen nichts tun.", NULL,
	  "the mail says nothing" },
	{ "nothing-to-do-nl", "", "Incasso 5 januari", "Het bedrag wordt op 5 januari geïncasseerd. U hoeft niets te doen.", NULL,
	  "the mail says nothing" },
	{ "nothing-to-pay-you", "", "Your subscription", "We will collect \u00a340.00 on 3 January. You don't need to pay anything.",
	  NULL, "the mail says nothing" },
	/* Near misses: an invoice collected by direct debit, something extra, nothing but paying. */
	{ "nothing-to-transfer-invoice-set-out", "", "Rechnung RE-2026-55",
	  "Rechnungsnummer: RE-2026-55\nBetrag: 120,00 €\nDer Betrag wird per Lastschrift eingezogen, Sie müssen nichts überweisen.", NULL, NULL },
	/* The brief's: "nothing to do" beside a debit named and an invoice set out, in the body
	 * or in the document, stays an invoice; without one it is a debit announced. */
	{ "nothing-to-do-debited-invoice-body-nl", "", "Factuur 2026-0312",
	  "Factuurnummer: 2026-0312\nFactuurdatum: 01-12-2026\nTotaal: \u20ac 86,50\n"
	  "U hoeft niets te doen, het bedrag wordt automatisch geïncasseerd.", NULL, NULL },
	{ "nothing-to-do-debited-invoice-pdf-nl", "", "Uw factuur december",
	  "Beste klant,\nIn de bijlage vindt u uw factuur. U hoeft niets te doen, het bedrag wordt automatisch geïncasseerd.",
	  "Zonnepanelen Service BV\nFACTUUR\nFactuurnummer\t2026-0312\nFactuurdatum\t01-12-2026\nTotaal\t\u20ac 86,50\n", NULL },
	{ "nothing-to-do-debited-no-invoice-nl", "", "Uw maandbijdrage",
	  "Het bedrag van \u20ac 86,50 wordt op 5 januari automatisch geïncasseerd. U hoeft niets te doen.", NULL,
	  "the mail says nothing" },
	{ "nothing-to-do-bankeinzug-de", "", "Ihr Beitrag 2027", "Der Beitrag wird per Bankeinzug erhoben. Sie müssen nichts tun.",
	  NULL, "the mail says nothing" },
	{ "nothing-to-do-domiciliering-nl", "", "Uw abonnement", "Het bedrag wordt via domiciliëring betaald. U hoeft niets te doen.",
	  NULL, "the mail says nothing" },
	{ "debit-announced-bankeinzug-subject", "", "Vorankündigung Bankeinzug Januar", "Guten Tag.", NULL, "a direct debit" },
	{ "debit-announced-domiciliering-subject", "", "Aankondiging SEPA-domiciliëring", "Beste klant.", NULL, "a direct debit" },
	{ "nothing-extra-is-invoice", "", "Invoice 88", "Total: \u00a3120.00. Delivery is free, you don't need to pay anything extra.", NULL, NULL },
	{ "nothing-but-pay-is-invoice", "", "Rechnung 2026-9", "Anbei die Rechnung. Sie müssen nichts tun, außer 80,00 € zu überweisen.", NULL, NULL },
	/* Near misses (a review's): no debit named, so an invoice that must be chased. */
	{ "nothing-if-paid-is-invoice", "", "Invoice INV-2041",
	  "Please find your invoice INV-2041 for \u00a3480.00 below. Payment is due by 31 December 2026. "
	  "If you have already paid, you don't need to do anything.", NULL, NULL },
	{ "nothing-yet-is-invoice", "", "Invoice INV-3310",
	  "Your invoice INV-3310 for \u00a3960.00 is attached. You don't need to pay anything yet. "
	  "Payment is due on 31 January 2027.", NULL, NULL },
	{ "nothing-now-is-rechnung", "", "Rechnung 2026-77",
	  "anbei Ihre Rechnung 2026-77 über 450,00 EUR. Sie müssen jetzt nichts tun: der Betrag ist erst am 15.01.2027 fällig.",
	  NULL, NULL },
	{ "nothing-if-paid-is-factuur", "", "Factuur 2026-0412",
	  "Hierbij ontvangt u factuur 2026-0412 van \u20ac 240,00. Als u al betaald heeft, u hoeft niets te doen.", NULL, NULL },
	{ "nothing-to-sign-is-invoice", "", "Rechnung 2026-10", "Anbei die Rechnung über 80,00 €. Sie müssen nichts unterschreiben.", NULL, NULL },
	{ "year-overview-subject", "", "Jaaroverzicht 2026", "Voor uw administratie het overzicht van onze facturen.", NULL, "statement" },
	{ "year-overview-title", "", "Overzicht", "Zie bijlage.", "Bedrijf\nJahresübersicht 2026\nRechnung\tDatum\tBetrag\n", "statement" },
	{ "year-overview-en", "", "Annual overview 2026", "For your records.", NULL, "statement" },
	/* Near misses: a year's bill is an invoice. */
	{ "year-invoice-nl", "", "Jaarfactuur 2026", "Hierbij de jaarfactuur.", NULL, NULL },
	{ "year-bill-de", "", "Jahresabrechnung 2026", "Anbei die Jahresabrechnung, zahlbar bis 15.01.", NULL, NULL },
	{ "overview-beside-invoice", "", "Factuur 2026-12 en jaaroverzicht", "Hierbij de factuur.", NULL, NULL },
	{ "credit-coming-days", "", "Rechnung RE-13", "Die Gutschrift über -80,00 € erhalten Sie in den nächsten Tagen.", NULL, "credit note announced" },
	{ "earlier-invoice", "", "Rechnung ELB-26-0131", "Sehr geehrte Damen und Herren,\nwie vereinbart ziehen wir den Betrag unserer Rechnung ELB-26-0131 vom 12.03.2026 in Höhe von 1.606,50 € am 02.04.2026 ein.", NULL, "refers to an earlier invoice" },
	{ "own-invoice-attached-is-invoice", "", "Rechnung 26-14", "Hallo,\nanbei meine Rechnung 26-14 vom 06.03.2026 über 2.380,00 €, zahlbar bis 20.03.2026.", NULL, NULL },
	/* An invoice that names its quote, a shop's order or a renewal in its subject is an
	 * invoice; without an invoice word the subject still decides. */
	{ "invoice-for-quote-de", "", "Rechnung RE-2026-0043 zu Ihrem Angebot AN-2026-0012", "Anbei die Rechnung.", NULL, NULL },
	{ "invoice-for-quote-nl", "", "Factuur 2026-051 n.a.v. offerte 2026-012", "Hierbij de factuur.", NULL, NULL },
	{ "invoice-for-order", "", "Invoice INV-5521 for your order #1042", "Attached.", NULL, NULL },
	{ "invoice-for-renewal", "", "Rechnung 2026-77: Verlängerung Ihrer Domain", "Anbei.", NULL, NULL },
	/* "RE 26/088": an Austrian tool's invoice number, Rechnung's abbreviation; a reply's
	 * "RE:" and the capitals in a word are no such number. */
	{ "invoice-abbreviation-for-order", "", "RE 26/088 Stiegenhaus (Ihre Bestellung 2026-BE-3371)", "Wir erlauben uns zu verrechnen.", NULL, NULL },
	{ "reply-re-for-order", "", "RE: Ihre Bestellung 2026-BE-3371", "Danke.", NULL, "order confirmation" },
	/* "RE" before a bare count or a year is a reply's or "regarding", not Rechnung's
	 * number: the quote stays a quote.  Near misses: the abbreviation before a number
	 * with its separator, after "-" or with "Nr.". */
	{ "quote-re-regarding-count", "", "Quotation RE 2 replacement boilers", "Attached.", NULL, "quote" },
	{ "quote-reply-re-without-colon", "", "RE 2 offertes", "Zie bijlage.", NULL, "quote" },
	{ "quote-re-year", "", "RE 2026 planning: offerte onderhoud", "Zie bijlage.", NULL, "quote" },
	{ "invoice-abbreviation-dashed-for-order", "", "RE-2026-114 Stiegenhaus (Ihre Bestellung 2026-BE-3371)", "Anbei.", NULL, NULL },
	{ "invoice-abbreviation-nr-for-order", "", "RE Nr. 114 zu Ihrer Bestellung 2026-BE-3371", "Anbei.", NULL, NULL },
	{ "order-shipped", "", "Your order #1042 has shipped", "On its way.", NULL, "order confirmation" },
	{ "shipped-alone", "", "Verzonden: pakket 3SAB123", "Track & trace.", NULL, "delivery note" },
	/* A sentence that asks for a payment or sets its condition is no receipt. */
	{ "skonto-erhalten-is-invoice", "", "Rechnung RE-2026-0041",
	  "Rechnungsnummer: RE-2026-0041\nGesamtbetrag: 1.190,00 €\nBei Zahlung innerhalb von 7 Tagen erhalten Sie 2 % Skonto.", NULL, NULL },
	{ "must-be-received-is-invoice", "", "Invoice INV-31",
	  "Invoice number: INV-31\nTotal: £1,200.00\nPayment must be received within 14 days.", NULL, NULL },
	{ "bijgeschreven-is-invoice", "", "Factuur 2026-124",
	  "Factuurnummer: 2026-124\nTotaal: € 99,00\nHet bedrag dient binnen 14 dagen op onze rekening te zijn bijgeschreven.", NULL, NULL },
	{ "receipt-after-request", "", "Factuur 2026-125",
	  "Het bedrag diende binnen 14 dagen te worden voldaan.\nUw betaling van € 99,00 is in goede orde ontvangen.", NULL, "receipt" },
	/* Handing an invoice over names it with its date too. */
	{ "anlage-unsere-rechnung-is-invoice", "", "Rechnung Nr. 2026-031",
	  "Sehr geehrte Frau Weber,\nin der Anlage erhalten Sie unsere Rechnung Nr. 2026-031 vom 03.03.2026 über 595,00 €.", NULL, NULL },
	{ "rechnung-mit-dieser-mail-is-invoice", "", "Ihre Rechnung 2026-0044",
	  "Guten Tag,\ndie Rechnung erhalten Sie mit dieser E-Mail als PDF.", NULL, NULL },
	/* A document's kind is its first title: a reference cell below the invoice's title names
	 * another document; a receipt's title above an invoice line still decides. */
	{ "quote-reference-below-invoice-title", "", "Rechnung RE-2026-0046", "Anbei.",
	  "Muster GmbH\nRechnung\nRechnungsnummer\tRE-2026-0046\nAngebot\tAN-2026-0012\nLieferschein\tLS-2026-77\n", NULL },
	{ "receipt-title-above-invoice-line", "", "Zahlung 2026-5", "Anbei.", "Quittung\nRechnung Nr. 2026-5\nBetrag erhalten\n",
	  "receipt" },
	{ "quote-reference-cell-in-invoice", "", "Schlussrechnung RE1927", "Anbei.",
	  "Schreinerei Böhm\nRechnungsnummer\tRE1927\nAngebot\tAN794\nAuftrag\tAB881\nSchlussrechnung\n", NULL },
	/* Near miss: a quote's own number beside its title, with no invoice's number or title. */
	{ "quote-number-beside-title", "", "Unterlagen", "Anbei.", "Muster GmbH\nAngebot\tAN794\nGültig bis\t31.03.2026\n",
	  "quote" },
	{ "credit-announced-present-de", "", "AW: Rechnung RE-2026-0364",
	  "Wir erstellen Ihnen eine Gutschrift über 248,00 € zur Rechnung RE-2026-0364; diese erhalten Sie in Kürze.", NULL,
	  "credit note announced" },
	{ "credit-announced-present-en", "", "Re: Invoice 88", "We are issuing a credit note for £40.00 against invoice 88.", NULL,
	  "credit note announced" },
	/* Near miss: a credit note handed over is one. */
	{ "credit-note-attached-de", "", "Gutschrift GS-2026-4", "Anbei erhalten Sie die Gutschrift GS-2026-4 über 248,00 €.", NULL,
	  NULL },
	{ "forward-body-no-dashes", "", "Invoice 99 from our printer", "See below.\n\nBegin forwarded message:\n\nFrom: Printer", NULL, "forwarded" },
	{ "statement-subject-nl", "", "Overzicht openstaande facturen", "Zie hieronder.", NULL, "statement" },
	/* A statement under its Flemish and German names, in a subject or as a document's title. */
	{ "statement-uittreksel-subject", "", "Rekeninguittreksel 30/11/2026", "In bijlage het overzicht.", NULL, "statement" },
	{ "statement-uittreksel-title", "", "Uw klantrekening", "In bijlage.", "Drukkerij Vanhoutte BV\nRekeninguittreksel\nFactuur\tDatum\tOpen\n", "statement" },
	{ "statement-kontouebersicht-title", "", "Ihre Unterlagen", "Anbei.", "Kontoübersicht\nRechnung\tDatum\tOffen\n", "statement" },
	{ "statement-account-title", "", "Your account", "Attached.", "Account Statement\nInvoice\tDate\tOpen\n", "statement" },
	/* A copy of an invoice already settled, said so in the body: a receipt. */
	{ "receipt-already-paid-nl", "", "Uw factuur W26-2207 (voldaan)", "Hierbij een kopie van de factuur voor uw administratie. Deze is al voldaan per pin.", NULL, "receipt" },
	{ "receipt-already-paid-en", "", "Your invoice 2026-31", "Here is a copy for your records; it was already paid at the counter.", NULL, "receipt" },
	{ "receipt-already-paid-de", "", "Ihre Rechnung 2026-0920", "Anbei eine Kopie für Ihre Unterlagen; sie ist bereits bezahlt.", NULL, "receipt" },
	/* A copy of an invoice sent again, carrying it, is the invoice (heldout13-023): its
	 * cover note's "was due on" or "our invoice of" makes it no reminder only. */
	{ "copy-resent-duplicate-en", "", "DUPLICATE invoice MO-26-09 (originally sent Oct 30)",
	  "I haven't seen payment for MO-26-09 yet, so here is a duplicate of the invoice in case the first one got lost.\n"
	  "It was due on November 29, 2026. Thank you!", "DUPLICATE \u2014 Invoice MO-26-09\nTotal (USD)\t$3,540.00\n", NULL },
	{ "copy-resent-kopie-nl", "", "Kopie van factuur 2026-12", "Hierbij nogmaals de factuur; die was op 15 november vervallen.",
	  "Factuur\nFactuurnummer\t2026-12\nTotaal\t\u20ac 240,00\n", NULL },
	{ "copy-resent-nochmals-de", "", "Rechnung RE-2026-17", "anbei nochmals die Rechnung. Sie war am 15.11.2026 fällig.",
	  "Rechnung\nRechnungsnummer\tRE-2026-17\n", NULL },
	{ "copy-as-requested-en", "", "Invoice INV-0042", "As requested, a copy of invoice INV-0042.",
	  "INVOICE\nInvoice number\tINV-0042\n", NULL },
	/* Near misses (review of fix16): the usual wording of a second reminder names the
	 * invoice again, but calls it overdue or open, or asks again for payment: the
	 * business's reminder, the invoice only beside it; a direct debit notice stays one. */
	{ "copy-word-in-reminder-nl", "", "Factuur 2026-0042",
	  "De vervaldatum is verstreken. Wij verzoeken u nogmaals de factuur binnen 7 dagen te voldoen.",
	  "Factuur\nFactuurnummer\t2026-0042\n", "the business's own reminder" },
	{ "copy-word-in-reminder-de", "", "Rechnung RE-2026-17",
	  "die Rechnung ist noch offen. Wir bitten Sie nochmals die Rechnung zu begleichen.",
	  "Rechnung\nRechnungsnummer\tRE-2026-17\n", "the business's own reminder" },
	{ "copy-word-in-reminder-en", "", "Invoice 2026-0044", "Invoice 2026-0044 is still open, so we ask again for payment.",
	  "INVOICE\nInvoice number\t2026-0044\n", "the business's own reminder" },
	{ "copy-attached-overdue-en", "", "Invoice 2026-0044",
	  "Please find attached a copy of the invoice. It is now overdue; please pay within 7 days.",
	  "INVOICE\nInvoice number\t2026-0044\n", "the business's own reminder" },
	{ "copy-word-open-nl", "", "Factuur 2026-0042",
	  "Onze factuur 2026-0042 van 17 oktober staat nog open. Hierbij nogmaals de factuur.",
	  "Factuur\nFactuurnummer\t2026-0042\n", "the business's own reminder" },
	{ "copy-word-in-debit-notice-de", "", "Rechnung RE-2026-17",
	  "wie vereinbart ziehen wir den Betrag unserer Rechnung RE-2026-17 vom 12.10.2026 am 04.11.2026 per "
	  "SEPA-Lastschrift ein. Sie müssen nichts tun. Anbei nochmals die Rechnung.",
	  "Rechnung\nRechnungsnummer\tRE-2026-17\n", "refers to an earlier invoice" },
	{ "copy-subject-outstanding-en", "", "Copy of invoice INV-0042", "As requested; it is still outstanding.",
	  "INVOICE\nInvoice number\tINV-0042\n", "the business's own reminder" },
	/* A new invoice, dated the mail's day and not yet due, whose cover note says it is not
	 * paid yet or that another is still open: nobody reminds of an invoice the day it goes
	 * out (left31: heldout31's -028, -041). */
	{ "new-invoice-not-paid-yet-en", "Date: Fri, 27 Nov 2026 08:55:44 +0100\n", "Invoice for Ella's lessons",
	  "Please find the invoice for Ella's lessons. Payment is still outstanding, you can pay by bank transfer.",
	  "Riverbank Music\nInvoice number\tRM-3301\nInvoice date\t27 November 2026\nPayment due\t11 December 2026\n"
	  "INVOICE\nPiano lessons\t5\t\u20ac40.00\t\u20ac200.00\nTotal\t\u20ac200.00\n", NULL },
	{ "new-invoice-noch-offen-de", "Date: Fri, 13 Nov 2026 13:18:04 +0100\n", "Ihre Rechnung Wartung",
	  "anbei die Rechnung über die Wartung. Der Betrag ist noch offen, bitte überweisen Sie ihn.",
	  "Heizung Brandt\nRechnung\nRechnungsnummer\t2026-0811\nRechnungsdatum\t13.11.2026\n"
	  "Gesamtbetrag\t228,96 \u20ac\nZahlbar innerhalb von 10 Tagen.\n", NULL },
	{ "new-invoice-older-one-open-nl", "Date: Tue, 01 Dec 2026 09:12:00 +0100\n", "Factuur december",
	  "Hierbij de factuur van december. De factuur van vorige maand staat nog open.",
	  "Schoonmaakbedrijf Vos\nFactuur\nFactuurnummer\tSV-2026-1201\nFactuurdatum\t01-12-2026\n"
	  "Vervaldatum\t15-12-2026\nTotaal\t\u20ac 240,00\n", NULL },
	/* A "Rechnung / Quittung" still to pay, its received amount left blank, its number
	 * glued to its label as text from a tight cell reads (left31: heldout31's -041); near
	 * misses: the received amount filled in (de, en), and nothing left to pay. */
	{ "rechnung-quittung-blank-received-is-invoice", "Date: Fri, 13 Nov 2026 13:18:04 +0100\n", "Rechnung/Quittung Wartung",
	  "anbei die Rechnung über die Wartung.",
	  "Heizung Brandt\nRechnung / Quittung\nRechnungsnummer2026-0811\nRechnungsdatum\t13.11.2026\n"
	  "Gesamtbetrag\t228,96 \u20ac\nBetrag noch offen - zahlbar innerhalb von 10 Tagen.\n"
	  "Betrag erhalten: ____________ (nur bei Barzahlung)\n", NULL },
	{ "near-miss-rechnung-quittung-received-filled", "Date: Fri, 13 Nov 2026 13:18:04 +0100\n", "Rechnung/Quittung Wartung",
	  "anbei die Quittung über die Wartung.",
	  "Heizung Brandt\nRechnung / Quittung\nRechnungsnummer2026-0812\nRechnungsdatum\t13.11.2026\n"
	  "Gesamtbetrag\t228,96 \u20ac\nZahlbar innerhalb von 10 Tagen.\nBetrag erhalten: 228,96 \u20ac (bar)\n", "receipt" },
	{ "near-miss-invoice-receipt-amount-received-en", "Date: Fri, 27 Nov 2026 08:55:44 +0100\n", "Invoice / Receipt INV-6621",
	  "Thanks for your visit.",
	  "Liffey Clinic\nINVOICE / RECEIPT\nInvoice number\tINV-6621\nInvoice date\t27 November 2026\nTotal\t\u20ac300.00\n"
	  "Amount received\t\u20ac300.00\nPayment terms: 14 days\n", "receipt" },
	{ "near-miss-quittung-nothing-open-de", "Date: Fri, 04 Dec 2026 10:00:00 +0100\n", "Rechnung/Quittung Bäume",
	  "anbei die Quittung.",
	  "Hofladen Sommer\nRechnung / Quittung\nRechnungsnummerQ-26-118\nGesamtbetrag\t146,61 \u20ac\n"
	  "Betrag dankend erhalten (bar)\t-146,61 \u20ac\nOffen\t0,00 \u20ac\nZahlbar innerhalb von 10 Tagen.\n", "receipt" },
	/* Near misses: the invoice sent again days later, or a reprint dated the mail's day
	 * under a sentence that names its number or dates the invoice it chases. */
	{ "near-miss-outstanding-copy-dated-before-en", "Date: Wed, 09 Dec 2026 10:00:00 +0100\n", "Invoice for Ella's lessons",
	  "Please find the invoice for Ella's lessons. Payment is still outstanding, you can pay by bank transfer.",
	  "Riverbank Music\nInvoice number\tRM-3301\nInvoice date\t27 November 2026\nPayment due\t11 December 2026\n"
	  "INVOICE\nTotal\t\u20ac200.00\n", "the business's own reminder" },
	{ "near-miss-reprint-today-names-number-nl", "Date: Wed, 02 Dec 2026 10:00:00 +0100\n", "Factuur 2026-0871",
	  "Factuur 2026-0871 staat nog open; wilt u deze binnen 7 dagen voldoen?",
	  "Glashandel Vink\nFactuur\nFactuurnummer\t2026-0871\nDatum\t02-12-2026\nTe betalen voor\t09-12-2026\n",
	  "the business's own reminder" },
	{ "near-miss-reprint-today-said-late-nl", "Date: Tue, 20 Oct 2026 10:00:00 +0200\n", "Factuur 2026-0042",
	  "De vervaldatum is verstreken. Wij verzoeken u het bedrag binnen 7 dagen te voldoen.",
	  "Factuur\nFactuurnummer: 2026-0042\nFactuurdatum: 17-10-2026\nVervaldatum: 16-11-2026\n",
	  "the business's own reminder" },
	{ "near-miss-reprint-today-dates-chased-de", "Date: Tue, 01 Dec 2026 10:00:00 +0100\n", "Ihre Rechnung",
	  "Die Rechnung vom 15.10.2026 ist noch offen. Bitte zahlen Sie bis zum 08.12.2026.",
	  "Elektro Brandt\nRechnung\nRechnungsnummer\t2026-1412\nDatum\t01.12.2026\nZahlbar bis\t08.12.2026\n",
	  "the business's own reminder" },
	/* Near misses: a copy offered but not sent, thanks given again, a copy under a
	 * reminder's subject (the reminder it is), a copy of a paid invoice. */
	{ "copy-offered-not-sent-nl", "", "Factuur 2026-12", "Ik stuur je de factuur graag opnieuw; hij staat nog open.", NULL,
	  "the business's own reminder" },
	{ "thanks-again-is-no-copy-nl", "", "Factuur 2026-13", "Nogmaals bedankt. Factuur 2026-13 staat nog open.",
	  "Factuur\nFactuurnummer\t2026-13\n", "the business's own reminder" },
	{ "copy-under-reminder-subject-de", "", "Zahlungserinnerung zur Rechnung RE-2026-17", "anbei nochmals die Rechnung.",
	  "Rechnung\nRechnungsnummer\tRE-2026-17\n", "reminder" },
	/* A paid invoice's copy for the debtor's books, set out in full with its "Total due":
	 * a receipt in every language (review of fix16); near misses: "if you have already
	 * paid", a copy for the records not said to be paid. */
	{ "receipt-copy-set-out-en", "", "Invoice 2026-0044",
	  "Invoice 2026-0044 has already been paid, thank you. As requested, a copy of the invoice for your records.\n\n"
	  "Invoice number: 2026-0044\nTotal due: EUR 1,250.00\nDue date: 16 November 2026", NULL, "receipt" },
	{ "receipt-copy-set-out-nl", "", "Factuur 2026-0044",
	  "Factuur 2026-0044 is al voldaan, dank je. Zoals gevraagd een kopie van de factuur voor je administratie.\n\n"
	  "Factuurnummer: 2026-0044\nTotaal te betalen: € 1.250,00\nVervaldatum: 16-11-2026", NULL, "receipt" },
	{ "receipt-copy-set-out-de", "", "Rechnung RE-2026-17",
	  "die Rechnung RE-2026-17 ist bereits bezahlt, vielen Dank. Anbei wie gewünscht eine Kopie für Ihre Unterlagen.\n\n"
	  "Rechnungsnummer: RE-2026-17\nGesamtbetrag: 1.250,00 EUR\nFällig am: 16.11.2026", NULL, "receipt" },
	{ "if-already-paid-is-no-receipt-en", "", "Invoice 2026-0045",
	  "If you have already paid, please ignore this; a copy of the invoice for your records.\n\n"
	  "Invoice number: 2026-0045\nTotal due: EUR 1,250.00\nDue date: 16 December 2026", NULL, NULL },
	{ "copy-for-records-unpaid-en", "", "Invoice 2026-0046",
	  "As requested, a copy of the invoice for your records.\n\n"
	  "Invoice number: 2026-0046\nTotal due: EUR 1,250.00\nDue date: 16 December 2026", NULL, NULL },
	{ "copy-of-paid-invoice-nl", "", "Uw factuur W26-2207", "Hierbij een kopie van de factuur voor uw administratie. Deze is al voldaan per pin.",
	  "Factuur\nFactuurnummer\tW26-2207\n", "receipt" },
	{ "order-thanks-nl", "", "Bedankt voor je bestelling 1234", "Totaal € 50,00.", NULL, "order confirmation" },
	/* A corrected invoice of its own (dm-bill-of-its-own.h): the old one lapses ("komt
	 * hiermee te vervallen"), is cited ("unsere Rechnung X vom …") or money goes back. */
	{ "corrected-lapses-nl", "", "Herziene factuur 2027-0102", "De vorige factuur komt hiermee te vervallen.",
	  "Kapsalon Lok\tFactuurnummer\t2027-0102\nHerziene factuur\n", NULL },
	{ "corrected-cites-earlier-de", "", "Korrigierte Rechnung 2026-77",
	  "in unserer Rechnung 2026-70 vom 02.11.2026 fehlte ein Rabatt. Anbei die neue Rechnung.",
	  "Malerei Kunz\tRechnungsnummer\t2026-77\nRechnung (Korrektur)\n", NULL },
	{ "corrected-replaces-en", "", "Invoice PW-19", "Our invoice PW-12 of 2 March had the wrong rate; please ignore it.",
	  "Pike Studio\tInvoice no.\tPW-19\nReplaces\tPW-12\nINVOICE\n", NULL },
	{ "correction-paid-back-de", "", "Rechnungskorrektur RK-4 zur Rechnung 2026-30",
	  "Im Anhang die Rechnungskorrektur; den Betrag überweisen wir Ihnen in den nächsten Tagen zurück.",
	  "Werkhof\tNr.\tRK-4\nRechnungskorrektur\nGesamt\t-50,00 €\n", NULL },
	/* Near misses: an invoice still to come, a mail that only cites an earlier invoice, a
	 * refund with no correction. */
	{ "invoice-comes-later-nl", "", "Cursus voorjaar", "De factuur komt na afloop van de cursus.", NULL,
	  "an invoice announced" },
	{ "cites-earlier-no-correction-de", "", "Ihr Auftrag", "wie besprochen ziehen wir unsere Rechnung 2026-70 vom 02.11.2026 ein.",
	  NULL, "refers to an earlier invoice" },
	{ "refund-no-correction-de", "", "Ihre Kündigung", "Den zu viel gezahlten Betrag überweisen wir Ihnen zurück.", NULL,
	  "a refund" },
	/* A bill of late-payment charges of its own: its cover note says the old invoice was
	 * due on a date, or was paid late. */
	{ "late-charges-en", "", "Invoice LC-12 - statutory interest on INV-7",
	  "Thank you for paying invoice INV-7, which was due on 1 October 2026.\n\nINVOICE LC-12\n"
	  "Statutory interest\t£40.00\nTotal\t£40.00\n", NULL, NULL },
	{ "late-charges-nl", "", "Rentenota RN-3",
	  "Uw factuur 2026-50 was op 1 oktober vervallen. Wij brengen de wettelijke handelsrente in rekening.\n\n"
	  "RENTENOTA RN-3\nFactuurnummer: RN-3\nTotaal\t€ 30,00\n", NULL, NULL },
	/* Near miss: a reminder that threatens interest, no bill of its own, no bill subject. */
	/* A deposit acknowledged, a termination confirmed; near misses: a deposit invoice, a
	 * final invoice after a termination. */
	{ "deposit-acknowledged-nl", "", "Ontvangstbevestiging aanbetaling keuken", "Dank u wel.", NULL, "receipt" },
	{ "deposit-received-body-nl", "", "Start werkzaamheden", "Wij bevestigen de ontvangst van uw voorschot van € 500,00. "
	  "We beginnen op maandag.", NULL, "receipt" },
	{ "deposit-invoice-not-receipt-nl", "", "Voorschotnota VN-3", "In de bijlage de voorschotnota; graag binnen 14 dagen.",
	  "Bedrijf\nVoorschotnota\nNotanummer\tVN-3\n", NULL },
	{ "termination-confirmed-de", "", "Bestätigung Ihrer Kündigung zum 31.03.2027", "Schade, dass Sie gehen.", NULL,
	  "a cancellation" },
	{ "termination-confirmed-en", "", "Confirmation of your notice to end the licence", "Nothing more to pay.", NULL,
	  "a cancellation" },
	{ "final-invoice-after-termination-de", "", "Schlussrechnung nach Ihrer Kündigung", "Anbei die Schlussrechnung.",
	  "Firma\nSchlussrechnung\nRechnungsnummer\tS-1\n", NULL },
	{ "interest-threatened-reminder-en", "", "INV-7",
	  "Invoice INV-7 was due on 1 October 2026. Statutory interest will be added if it stays unpaid.", NULL,
	  "the business's own reminder" },
	/* pay18: a payment link renewed or about to expire for an invoice sent before (nl, en,
	 * de); near misses: an invoice that carries its own "Betaal direct" link, one that says
	 * its link stays valid. */
	{ "payment-link-expiring-nl", "", "Je betaallink verloopt bijna",
	  "Je betaallink voor factuur FA-26-118 (€ 85,00) verloopt over 2 dagen.", NULL, "a payment link" },
	{ "payment-link-renewed-en", "", "New link for KT-204",
	  "The payment request for invoice KT-204 ($310.00) expired. Here's a fresh link: https://paypal.me/kt/310", NULL,
	  "a payment link" },
	{ "payment-link-expired-de", "", "Rechnung RE-55",
	  "Der Zahlungslink zu Rechnung RE-55 ist abgelaufen, hier ein neuer Link.", NULL, "a payment link" },
	{ "payment-link-in-invoice-nl", "", "Factuur 2026-0433",
	  "Factuur 2026-0433\nTe betalen: € 75,00\nBetaal direct via deze link: https://betaal.example/0433", NULL, NULL },
	{ "payment-link-expiry-in-invoice-en", "", "Invoice KT-205",
	  "Invoice number: KT-205\nTotal $120.00\nThis payment link expires in 30 days.", NULL, NULL },
	/* Review: an invoice handed over in the body with its link's lifetime ("verloopt na 14
	 * dagen", "expires after 30 days") is the invoice itself. */
	{ "payment-link-lifetime-in-body-invoice-nl", "", "Factuur 2026-118 van Schildersbedrijf Oost",
	  "Hierbij ontvang je factuur 2026-118 voor het schilderwerk.\nBedrag: € 484,00\n"
	  "Te betalen voor: 15 december 2026\nDe betaallink verloopt na 14 dagen.", NULL, NULL },
	{ "payment-link-lifetime-in-body-invoice-en", "", "Invoice OC-2207",
	  "Please find invoice OC-2207 for the October clean.\nAmount due: £360.00\n"
	  "The payment link expires after 30 days.", NULL, NULL },
	/* pay18: a pre-notification whose subject names the invoice it collects; near miss: the
	 * invoice itself with the same words and the invoice set out. */
	{ "pre-notification-naming-invoice-nl", "", "Vooraankondiging incasso factuur KS-11-019",
	  "Op 14 december incasseren wij € 1.913,40 voor factuur KS-11-019.", NULL, "a direct debit announced" },
	{ "pre-notification-naming-invoice-de", "", "SEPA-Vorabankündigung zu Rechnung SK-24102",
	  "Betrag: 1.487,22 €\nFälligkeitstag / Einzug: 10.12.2026", NULL, "a direct debit announced" },
	{ "pre-notification-naming-invoice-en", "", "Direct Debit advance notice - invoice SAM-0870",
	  "We will collect £1,260.00 on 9 December.", NULL, "a direct debit announced" },
	{ "pre-notification-with-invoice-set-out", "", "Factuur KS-11-022 - vooraankondiging incasso",
	  "Zie bijlage.", "Bakkerij\nFactuur\nFactuurnummer\tKS-11-022\nTotaal\t€ 1.899,43\n", NULL },
	/* pay18: a refund done that points to a credit note kept elsewhere; near miss: the credit
	 * note handed over with the refund. */
	{ "refund-done-credit-note-elsewhere-de", "", "Erstattung zu Rechnung KW-26-2150",
	  "Wir haben Ihnen heute 1.149,00 € zurücküberwiesen. Eine Gutschrift finden Sie in Ihrem Kundenkonto.", NULL,
	  "a refund" },
	{ "refund-done-credit-note-elsewhere-en", "", "Refund for invoice FV-20410",
	  "We have refunded $1,150.00 to your card. The credit note is available in your customer portal.", NULL,
	  "a refund" },
	{ "refund-with-credit-note-here-is-en", "", "Credit note HP-C-0107",
	  "Here is a credit note for the two sessions you cancelled; the amount will be refunded to your card.", NULL, NULL },
	{ "refund-with-credit-note-handed-de", "", "Gutschrift zu Rechnung KW-26-2150",
	  "Anbei die Gutschrift; den Betrag haben wir Ihnen zurücküberwiesen.", NULL, NULL },
	{ "refund-with-credit-note-set-out-de", "", "Ihre Retoure",
	  "Den Betrag haben wir Ihnen zurücküberwiesen.", "Laden\nGUTSCHRIFT\nGutschrift-Nr. GS-9\n", NULL },
	/* pay18: a deposit invoice handed over says the final invoice follows and is an invoice;
	 * near misses: the deposit invoice only promised, the final one announced alone. */
	{ "deposit-invoice-handed-final-follows-en", "", "Your staircase",
	  "Here is the deposit invoice for the staircase: £1,800.00, please pay by 16 December. The final invoice will "
	  "follow on completion.", NULL, NULL },
	{ "deposit-invoice-attached-final-follows-en", "", "December hire",
	  "Deposit invoice for the December hire attached; we will then issue the final invoice on return of the kit.",
	  NULL, NULL },
	{ "deposit-asked-final-follows-nl", "", "Uw keuken - de volgende stap",
	  "Om de opdracht in te plannen vragen wij een aanbetaling van 30%. De eindfactuur volgt na oplevering.", NULL,
	  "an invoice announced" },
	{ "deposit-asked-final-follows-de", "", "Ihr Auftrag Vordach",
	  "Bitte leisten Sie vorab eine Anzahlung von 2.500,00 €. Die Schlussrechnung folgt nach Fertigstellung.", NULL,
	  "an invoice announced" },
	{ "deposit-invoice-handed-final-follows-nl", "", "Keuken Wiersma",
	  "Hierbij de aanbetalingsfactuur van € 4.356,00. De eindfactuur volgt na oplevering.", NULL, NULL },
	{ "deposit-invoice-set-out-final-follows-de", "", "Treppenanlage",
	  "Die Schlussrechnung folgt nach Fertigstellung.", "Firma\nAnzahlungsrechnung\nRechnungsnummer\tA-91\n", NULL },
	{ "deposit-invoice-promised-final-follows-en", "", "Your garden room",
	  "We'll send you the deposit invoice next week, and we will then issue the final invoice on completion.", NULL,
	  "an invoice announced" },
	/* The mail around the invoice (wrap24): a subject naming the delivery note beside the
	 * invoice is the invoice's when a document sets one out; alone, a delivery note. */
	{ "delivery-note-and-invoice-subject-de", "", "Lieferschein und Rechnung 2026-1191", "Anbei beides.",
	  "Holzbau GmbH\nRechnung\nRechnungsnummer\t2026-1191\nRechnungsbetrag\t5.854,80 \u20ac\n", NULL },
	{ "delivery-note-and-invoice-subject-en", "", "Delivery note and invoice INV-3310", "Both attached.",
	  "INVOICE\nInvoice number\tINV-3310\nAmount due\t\u00a3420.00\n", NULL },
	/* Near misses: the same subject over a delivery note alone; a delivery note's subject
	 * with no invoice word over an invoice's PDF stays as it was. */
	{ "delivery-note-and-invoice-subject-note-only-de", "", "Lieferschein und Rechnung 2026-1191", "Anbei.",
	  "Lieferschein LS-26-0733\nLieferdatum: 27.11.2026\n", "delivery note" },
	{ "pakbon-subject-alone-nl", "", "Pakbon 2026-0412", "Zie bijlage.", NULL, "delivery note" },
	/* An invoice said to wait in a portal, none in the mail, no number: a notice. */
	{ "portal-notice-nl", "", "Er staat een nieuwe factuur voor u klaar",
	  "Beste klant,\nEr staat een nieuwe factuur voor u klaar in het klantportaal. Log in om de factuur te bekijken.\n"
	  "Bedrag\t\u20ac 711,48\nVervaldatum\t15-12-2026\n", NULL, "an invoice said to wait in a customer portal" },
	{ "portal-notice-en", "", "Your new invoice is ready",
	  "Hi,\nYour latest invoice is now available in your online account. Log in to view your invoice.\n"
	  "Amount: \u00a342.00\nDue: 15 December 2026\n", NULL, "an invoice said to wait in a customer portal" },
	{ "portal-notice-de", "", "Neue Rechnung verfügbar",
	  "Guten Tag,\nIhre Rechnung für November steht ab sofort im Kundenportal zum Abruf bereit.\nBetrag: 59,90 \u20ac\n",
	  NULL, "an invoice said to wait in a customer portal" },
	/* A portal's notice that carries the invoice, its number and amount named in a
	 * sentence, is the invoice reaching the debtor (corpus/invoices/README.md's call).
	 * Near miss: the number alone, no amount, stays a notice. */
	{ "portal-notice-carries-invoice-en", "", "Invoice INV-2093 from Greenfleet",
	  "Dear Accounts Team,\nYour invoice INV-2093 for \u00a31,250.00 is now available in your online account.\n"
	  "Payment is due by 4 December 2026.\nLog in to view your invoice: https://portal.greenfleet.example/\n",
	  NULL, NULL },
	{ "portal-notice-carries-invoice-nl", "", "Nieuwe factuur",
	  "Beste klant,\nFactuur 2026-0877 van \u20ac 318,20 staat voor u klaar in het klantportaal.\n"
	  "Graag betalen voor 15-12-2026.\n", NULL, NULL },
	{ "portal-notice-number-no-amount-en", "", "Your invoice is ready",
	  "Hi,\nYour invoice INV-2094 is now available in your online account. Log in to view your invoice.\n",
	  NULL, "an invoice said to wait in a customer portal" },
	/* Near misses: the portal named beside the invoice set out, in the body or its PDF. */
	{ "portal-beside-invoice-body-nl", "", "Factuur 2026-0912",
	  "Factuurnummer: 2026-0912\nBedrag: \u20ac 711,48\nDe factuur staat ook voor u klaar in het klantportaal.\n", NULL, NULL },
	{ "portal-beside-invoice-pdf-en", "", "Your invoice from Greenbank",
	  "Your invoice is attached. It is also available in your online account.",
	  "INVOICE\nInvoice No.\tGB-2026-0144\nAmount due\t\u00a3612.00\n", NULL },
	/* An accountant's, bookkeeper's or Steuerbüro's own invoice for the tax return it made
	 * is an invoice (nl, en, de).  Near miss: the owner's "hierbij de factuur voor de
	 * btw-aangifte" to the bookkeeper stays passed on. */
	{ "accountant-bills-return-nl", "", "Factuur 2026-0388",
	  "Beste meneer Jansen,\nHierbij onze factuur voor de aangifte inkomstenbelasting 2025.\n"
	  "Factuurnummer: 2026-0388\nVerzorgen aangifte inkomstenbelasting 2025\t\u20ac 350,00\nTotaal\t\u20ac 423,50\n",
	  NULL, NULL },
	{ "accountant-bills-return-en", "", "Invoice HB-2026-114",
	  "Dear Ms Hughes,\nPlease find below our invoice for the VAT return for the quarter to 30 September.\n"
	  "Invoice number: HB-2026-114\nTotal due\t\u00a3288.00\n", NULL, NULL },
	{ "accountant-bills-return-de", "", "Rechnung 2026-1402",
	  "Sehr geehrte Frau Berger,\nanbei unsere Rechnung für die Umsatzsteuer-Voranmeldung Oktober 2026.\n"
	  "Rechnungsnummer: 2026-1402\nGesamtbetrag\t142,80 \u20ac\n", NULL, NULL },
	{ "owner-invoice-for-return-to-bookkeeper-nl", "", "Factuur VH-26042",
	  "Hoi Wendy,\nHierbij de factuur voor de btw-aangifte.\nGroet, Jolanda\n", "Factuur\nFactuurnummer\tVH-26042\n",
	  "invoices passed to the bookkeeper" },
	/* The owner's own sales invoice to the firm's own bookkeeper, in the words of the
	 * seller's books (for the VAT return, to be booked, a sales invoice handed over). */
	{ "own-invoice-to-bookkeeper-aangifte-nl", "", "Factuur VH-26041",
	  "Hoi Wendy,\nDeze is nog voor de btw-aangifte.\nGroet, Jolanda\n", "Factuur\nFactuurnummer\tVH-26041\n",
	  "invoices passed to the bookkeeper" },
	{ "own-invoice-to-bookkeeper-verkoopfactuur-nl", "", "factuur Brouwer",
	  "Hoi Wendy, hierbij de verkoopfactuur van Brouwer.", "Factuur\nFactuurnummer\tVH-26041\n",
	  "invoices passed to the bookkeeper" },
	{ "own-invoice-to-bookkeeper-verbuchung-de", "", "Rechnung 2026-1187",
	  "anbei noch die Ausgangsrechnung an das Hotel zur Verbuchung.", "Rechnung\nRechnungsnummer\t2026-1187\n",
	  "invoices passed to the bookkeeper" },
	{ "own-invoice-to-bookkeeper-vat-return-en", "", "Invoice HPD-3381",
	  "Hi Mark, for the VAT return - this one went out last week.", "INVOICE\nInvoice No.\tHPD-3381\n",
	  "invoices passed to the bookkeeper" },
	/* Near misses: the customer's VAT return in a reverse-charge note, a copy for the
	 * customer's records, an invoice titled "Verkoopfactuur". */
	{ "reverse-charge-your-vat-return-is-invoice", "", "Invoice HPD-3390",
	  "Please find attached our invoice. Reverse charge: you must account for the VAT on your VAT return.",
	  "INVOICE\nInvoice No.\tHPD-3390\n", NULL },
	{ "voor-uw-administratie-is-invoice", "", "Factuur 2026-0330", "Hierbij de factuur voor uw administratie.",
	  "Factuur\nFactuurnummer\t2026-0330\nTe betalen\t\u20ac 1.185,80\n", NULL },
	{ "verkoopfactuur-title-is-invoice", "", "Factuur 2026-0331", "Bijgaand onze factuur.",
	  "Verkoopfactuur\nFactuurnummer\t2026-0331\n", NULL },
	/* review31a: mails the left31 round's rules might take for invoices. */
	{ "review31a-plan-first-place-only-nl", "Date: Thu, 03 Dec 2026 10:00:00 +0100\n", "Betalingsregeling factuur 2026-031",
	  "Zoals telefonisch besproken bevestigen wij hierbij de betalingsregeling.",
	  "Kroon Installatietechniek\nFactuur 2026-031 - betalingsregeling\nFactuurnummer: 2026-031\n"
	  "Openstaand bedrag: \u20ac 1.200,00\nTermijn 1 van 4: \u20ac 300,00 uiterlijk 15-12-2026\n"
	  "De overige termijnen telkens op de 15e van de maand.\n", "a payment arrangement" },
	/* Near misses: an instalment's invoice headed by the plan and its own place, or stating
	 * the plan on a labelled line. */
	{ "review31a-instalment-heading-names-place-de", "", "Rechnung RE-2026-0412-2",
	  "Wie vereinbart erhalten Sie die zweite Rate als eigene Rechnung.",
	  "Praxis Dr. Lorenz\nRechnung - Ratenzahlung 2/3\nRechnungsnummer\tRE-2026-0412-2\n"
	  "Rate 2 von 3 Behandlung\t1\t900,00 \u20ac\nGesamtbetrag\t900,00 \u20ac\nZahlbar innerhalb von 14 Tagen.\n", NULL },
	{ "review31a-reminder-letter-today-nl", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Factuur 2026-031",
	  "Beste heer Jansen, volgens onze administratie is onderstaande factuur nog niet betaald. "
	  "Wilt u het bedrag binnen 7 dagen overmaken?",
	  "Kroon Installatietechniek\nDatum: 06-12-2026\nFactuurnummer: 2026-031\n"
	  "Te betalen: \u20ac 1.200,00\nGelieve te betalen binnen 7 dagen.\n", "the business's own reminder" },
	{ "review31a-reminder-records-today-en", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Invoice HG-2026-118",
	  "Dear Mr Hale, our records show the invoice below is still outstanding. Please settle it within 7 days.",
	  "Hill Garden Care\nINVOICE\nInvoice number: HG-2026-118\nDate: 6 December 2026\n"
	  "Amount due: \u20ac300.00\nPayment terms: 7 days\n", "the business's own reminder" },
	{ "review31a-reminder-titled-today-nl", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Factuur 2026-031",
	  "Beste heer Jansen, onderstaande factuur staat nog open. Wilt u het bedrag binnen 7 dagen overmaken?",
	  "Kroon Installatietechniek\nBetalingsherinnering\nDatum: 06-12-2026\nFactuurnummer: 2026-031\n"
	  "Te betalen: \u20ac 1.200,00\nGelieve te betalen binnen 7 dagen.\n", "reminder" },
	{ "review31a-reminder-today-de", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Ihre Rechnung",
	  "Sehr geehrte Frau Lang, laut unseren Unterlagen haben wir noch keinen Zahlungseingang verzeichnet. Bitte überweisen Sie den Betrag innerhalb von 7 Tagen.",
	  "Malerbetrieb Ost\nRechnung\nRechnungsnummer\t2026-0733\nDatum\t06.12.2026\n"
	  "Gesamtbetrag\t480,00 \u20ac\nZahlbar innerhalb von 7 Tagen.\n", "the business's own reminder" },
	{ "review31a-statement-glued-de", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Ihre Unterlagen November",
	  "anbei Ihre Unterlagen. Die Rechnung ist noch offen.",
	  "Malerbetrieb Ost\nKontoauszug\nDatum 06.12.2026\nRechnungsnummer2026-0733\tvom 02.11.2026\t480,00 \u20ac\n"
	  "Offener Saldo\t480,00 \u20ac\n", "statement" },
	/* A Rechnung / Quittung still to pay whose received amount is printed as zero: nothing
	 * received, all of it to pay (review31a). */
	{ "review31a-quittung-received-zero-de", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Rechnung / Quittung 2026-0412",
	  "anbei Ihre Rechnung.",
	  "Fahrradladen Kunz\nRechnung / Quittung\nRechnungsnummer\t2026-0412\nDatum\t05.12.2026\n"
	  "Gesamtbetrag\t228,96 \u20ac\nBetrag erhalten:\t0,00 \u20ac\nZahlbar innerhalb von 14 Tagen ohne Abzug.\n", NULL },
	{ "review31a-receipt-received-zero-en", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Invoice / Receipt HG-2026-118",
	  "Please find attached.",
	  "Hill Garden Care\nInvoice / Receipt\nInvoice number: HG-2026-118\nInvoice date: 5 December 2026\n"
	  "Total\t\u20ac300.00\nAmount received\t\u20ac0.00\nPayment within 14 days by bank transfer.\n", NULL },
	/* Portal notices under a heading that sets out no invoice: "INVOICE NOTIFICATION" is no
	 * invoice numbered "NOTIFICATION", "FACTUURNOTIFICATIE" no number's label glued to its
	 * number (review31a).  Near miss: a title's number with a digit ("INVOICE INV2026A"). */
	{ "review31a-portal-notice-caps-heading-en", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Your December bill",
	  "INVOICE NOTIFICATION\n\nDear customer,\nyour invoice for December is now available in your online account. "
	  "Log in to view your invoice.\n", NULL, "an invoice said to wait" },
	{ "review31a-portal-notice-caps-nl", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Uw rekening december",
	  "FACTUURNOTIFICATIE\n\nBeste klant,\ner staat een nieuwe factuur voor u klaar in het klantportaal.\n",
	  NULL, "an invoice said to wait" },
	{ "review31a-invoice-title-letter-number-en", "", "Invoice from Oak & Co",
	  "Please find the invoice below.\n\nINVOICE INV2026A\nAmount due: \u20ac300.00\n", NULL, NULL },
	/* A Rechnung / Quittung with a part received and the rest labelled still to pay bills
	 * (review31a). */
	{ "review31a-quittung-part-received-de", "Date: Sun, 06 Dec 2026 09:00:00 +0100\n", "Rechnung / Quittung 2026-0414",
	  "anbei Ihre Rechnung.",
	  "Fahrradladen Kunz\nRechnung / Quittung\nRechnungsnummer\t2026-0414\nDatum\t05.12.2026\n"
	  "Gesamtbetrag\t228,96 \u20ac\nBetrag erhalten\t100,00 \u20ac\nRestbetrag\t128,96 \u20ac\n"
	  "Zahlbar innerhalb von 14 Tagen.\n", NULL },
	/* left32: a bill paid on the spot, the amount received printed below the amount to pay
	 * and equal to it in cents however written, leaves nothing to chase (de, nl, en);
	 * cash handed over above it, change given, too.  Near misses: a part received below
	 * the amount to pay, and a deposit received above a balance still due, bill. */
	{ "left32-received-equals-to-pay-de", "", "Rechnung/Quittung 4410",
	  "Zweirad Okafor\nRechnung Nr. 4410\nDatum: 02.12.2026\nInspektion\t79,00 \u20ac\nBremsbel\u00e4ge\t40,00 \u20ac\n"
	  "Zu zahlen:\t119,00 \u20ac\nBetrag erhalten:\tEUR 119,00\nBar bezahlt. Vielen Dank!\n", NULL, "receipt" },
	{ "left32-received-equals-to-pay-nl", "", "Factuur 2026-140",
	  "Rijwielhandel Dekker\nFactuur 2026-140\nDatum: 02-12-2026\nNieuwe band achter\t\u20ac 64,50\n"
	  "Te betalen\t\u20ac 64,50\nOntvangen\t\u20ac 64,5\n", NULL, "receipt" },
	{ "left32-received-equals-to-pay-en", "", "Invoice 7731 from Harbourside Tyres",
	  "Invoice 7731\nDate: 2 December 2026\nTwo tyres fitted\t$212.40\nAmount due\t$212.40\nAmount received\t$212.40\n",
	  NULL, "receipt" },
	{ "left32-paid-equals-total-en", "", "Invoice 7732",
	  "Invoice 7732\nDate: 2 December 2026\nValet\t\u00a385.00\nTotal\t\u00a385.00\nPaid\t\u00a385.00\n", NULL, "receipt" },
	{ "left32-cash-given-above-to-pay-de", "", "Rechnung 4412",
	  "Rechnung Nr. 4412\nDatum: 02.12.2026\nSchl\u00fcssel nachmachen\t23,80 \u20ac\nZu zahlen\t23,80 \u20ac\n"
	  "Gegeben\t50,00 \u20ac\nR\u00fcckgeld\t26,20 \u20ac\n", NULL, "receipt" },
	{ "left32-part-received-de", "", "Rechnung/Quittung 4411",
	  "Rechnung Nr. 4411\nDatum: 02.12.2026\nInspektion\t119,00 \u20ac\nZu zahlen:\t119,00 \u20ac\n"
	  "Betrag erhalten:\t50,00 \u20ac\nDen Rest bitte innerhalb von 14 Tagen \u00fcberweisen.\n", NULL, NULL },
	{ "left32-part-received-en", "", "Invoice 7733",
	  "Invoice 7733\nDate: 2 December 2026\nTwo tyres fitted\t$212.40\nAmount due\t$212.40\nAmount received\t$100.00\n"
	  "Please pay the rest within 14 days.\n", NULL, NULL },
	{ "left32-deposit-received-before-balance-en", "", "Invoice 7734",
	  "Invoice 7734\nDate: 2 December 2026\nKitchen fitting\t\u00a31,000.00\nAmount received\t\u00a3500.00\n"
	  "Balance due\t\u00a3500.00\nDue within 14 days.\n", NULL, NULL },
	/* left32: a bill whose labelled balance is zero asks for nothing, whatever its subject
	 * (en, nl, de).  Near misses: a credit note has no positive balance either and is an
	 * invoice; a zero previous balance above an amount due bills. */
	{ "left32-balance-zero-en", "", "Invoice 3318 from Lakeside Dental",
	  "Invoice 3318\nDate: 1 December 2026\nCheck-up\t\u20ac65.00\nTotal\t\u20ac65.00\nBalance due\t\u20ac0.00\n",
	  NULL, "receipt" },
	{ "left32-balance-zero-nl", "", "Factuur 2026-0991",
	  "Kapsalon Noor\nFactuur 2026-0991\nDatum: 01-12-2026\nKnippen\t\u20ac 35,00\nTotaal\t\u20ac 35,00\nOpenstaand\t\u20ac 0,00\n",
	  NULL, "receipt" },
	{ "left32-balance-zero-de", "", "Ihre Rechnung 2026-77",
	  "Rechnung 2026-77\nDatum: 01.12.2026\nBehandlung\t80,00 \u20ac\nGesamt\t80,00 \u20ac\nOffen\t0,00 \u20ac\n",
	  NULL, "receipt" },
	{ "left32-credit-note-balance-zero-nl", "", "Creditnota CN-2026-12",
	  "Creditnota\nCreditnotanummer: CN-2026-12\nRetour lamp\t\u20ac -120,00\nTotaal\t\u20ac -120,00\nOpenstaand\t\u20ac 0,00\n",
	  NULL, NULL },
	{ "left32-credit-note-balance-zero-en", "", "Credit note CN-88",
	  "CREDIT NOTE\nCredit note number: CN-88\nReturned item\t-\u00a340.00\nTotal credit\t-\u00a340.00\nBalance due\t\u00a30.00\n",
	  NULL, NULL },
	{ "left32-previous-balance-zero-en", "", "Invoice 3319",
	  "Invoice 3319\nDate: 1 December 2026\nPrevious balance\t\u20ac0.00\nCheck-up\t\u20ac65.00\nAmount due\t\u20ac65.00\n",
	  NULL, NULL },
	/* left32: a portal's notice whose only amount is no amount to pay (the plan's price, a
	 * saving offered, a credit left) carries no invoice, its number in the subject or not
	 * (en, nl, de); nor one worded "available online", "beschikbaar in", "verfügbar". */
	{ "left32-portal-plan-price-en", "", "Your invoice INV-20931 is ready",
	  "Hi,\nYour invoice is ready to view in your online account.\nYour plan: Team, $49.00 per month.\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-saving-offered-nl", "", "Factuur 2026-4471 staat klaar",
	  "Beste klant,\nUw factuur staat klaar in uw klantportaal.\nTip: met een jaarabonnement bespaart u \u20ac 24,00.\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-credit-left-de", "", "Rechnung 2026-4471",
	  "Guten Tag,\nIhre Rechnung steht im Kundenportal bereit.\nIhr Guthaben: 12,00 \u20ac\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-available-online-en", "", "Invoice INV-20932",
	  "Hi,\nYour latest invoice is now available online. Sign in to your account to view and download it.\n"
	  "Next payment date: 15 December 2026\n", NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-beschikbaar-nl", "", "Factuur 2026-4472",
	  "Beste klant,\nUw factuur van november is beschikbaar in uw klantportaal.\nVervaldatum: 15-12-2026\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-verfuegbar-de", "", "Rechnung 2026-4473",
	  "Guten Tag,\nIhre Rechnung f\u00fcr November ist ab sofort in Ihrem Kundenkonto verf\u00fcgbar.\nF\u00e4llig am 15.12.2026\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-can-view-nl", "", "Factuur 2026-4475",
	  "Beste klant,\nU kunt uw factuur van december bekijken en downloaden in Mijn Omgeving.\nVervaldatum: 15-12-2026\n",
	  NULL, "an invoice said to wait in a customer portal" },
	{ "left32-portal-can-fetch-de", "", "Rechnung 2026-4476",
	  "Guten Tag,\nSie k\u00f6nnen Ihre Rechnung ab sofort im Kundenportal abrufen.\nF\u00e4llig am 15.12.2026\n",
	  NULL, "an invoice said to wait in a customer portal" },
	/* review32a: the notice's amount in a table, its label in the header row above it: the
	 * amount to pay still, the notice carries the invoice (nl, en). */
	{ "portal-amount-in-table-is-invoice-nl", "", "Factuur 2026-4480",
	  "Beste klant,\nUw factuur staat klaar in het klantportaal.\n\nFactuurnummer\tDatum\tBedrag\n"
	  "2026-4480\t01-12-2026\t\u20ac 54,20\n", NULL, NULL },
	{ "portal-amount-in-table-is-invoice-en", "", "Invoice INV-2095 from Greenfleet",
	  "Dear Accounts Team,\nYour invoice is now available in your online account.\n\nInvoice\tDate\tAmount\n"
	  "INV-2095\t1 December 2026\t\u00a31,250.00\n", NULL, NULL },
	{ "left32-portal-amount-labelled-is-invoice-de", "", "Rechnung 2026-4474",
	  "Guten Tag,\nIhre Rechnung 2026-4474 steht im Kundenportal bereit.\nRechnungsbetrag: 54,20 \u20ac\nF\u00e4llig am 15.12.2026\n",
	  NULL, NULL },
	/* left32: a club's or a school's request for payment set out in the mail — its number,
	 * its total, a bank transfer to its IBAN, no link to pay through — is its bill (nl,
	 * en).  Near miss: a payment request that sends the payer to a link stays one. */
	{ "left32-club-payment-request-transfer-nl", "", "Betaalverzoek contributie 2027 VC-2027-114",
	  "Beste leden,\n\nBETAALVERZOEK CONTRIBUTIE 2027\nNummer: VC-2027-114\nDatum: 04/11/2026\n\n"
	  "Contributie senior\t\u20ac 140,00\nBardienstafkoop\t\u20ac 25,00\nTotaal\t\u20ac 165,00\n\n"
	  "Gelieve te betalen v\u00f3\u00f3r 31 januari 2027 op BE68 5390 0754 7034.\n", NULL, NULL },
	{ "left32-club-payment-request-transfer-en", "", "Payment request: membership 2027",
	  "Dear member,\n\nMembership 2027\nReference: HSC-2027-031\nFull membership\t\u20ac120.00\nTotal\t\u20ac120.00\n"
	  "Please transfer the total by 31 January 2027 to IE29 AIBK 9311 5212 3456 78.\n", NULL, NULL },
	{ "left32-payment-request-link-nl", "", "Betaalverzoek van Sanne",
	  "Hoi!\nSanne vraagt je om \u20ac 12,50 te betalen voor de pizza.\nBetaal via https://tikkie.me/pay/Xk29aP\n"
	  "Je kunt ook overmaken op BE68 5390 0754 7034.\n", NULL, "a payment link" },
	{ "sage-sales-invoice-cover-is-invoice", "", "Sales Invoice SI-1042", "Please find attached Sales Invoice SI-1042.",
	  "SALES INVOICE\nInvoice No.\tSI-1042\n", NULL },
	/* misses34: a sales order by its page's title (Zoho, QuickBooks, Exact: "SALES ORDER",
	 * "Verkooporder", "Verkaufsauftrag") confirms an order, the bill comes after it (en,
	 * nl, de).  Near miss: an invoice that names its sales order in a reference cell. */
	{ "misses34-sales-order-title-en", "", "SO-00112 from Kestrel Joinery", "Thanks for your order, details attached.",
	  "Kestrel Joinery Ltd\nSALES ORDER\nSales Order#\tSO-00112\nOak staircase\t\u00a34,200.00\nTotal\t\u00a35,040.00\n",
	  "order confirmation" },
	{ "misses34-sales-order-title-nl", "", "Uw order 2026-0412", "Zie bijlage.",
	  "Groothandel Vink\nVerkooporder\t2026-0412\nPallet tegels\t\u20ac 840,00\nTotaal\t\u20ac 1.016,40\n",
	  "order confirmation" },
	{ "misses34-sales-order-title-de", "", "Ihr Auftrag 4471", "Anbei.",
	  "Holzbau Rieger KG\nVerkaufsauftrag\nNummer\tVA-4471\nGesamtbetrag\t1.190,00 \u20ac\n", "order confirmation" },
	{ "misses34-invoice-names-sales-order", "", "Invoice INV-7712", "Attached.",
	  "Kestrel Joinery Ltd\nINVOICE\nInvoice number\tINV-7712\nSales order\tSO-00112\nTotal due\t\u00a35,040.00\n", NULL },
	/* misses34: the invoice typed in the mail, the only document beside it another kind —
	 * the delivery note it bills, the signed order confirmation, the timesheet of the hours
	 * (en, nl, de; with a title line or a number after the invoice word).  Near misses:
	 * the same documents under a cover note that bills nothing stay what they are. */
	{ "misses34-typed-invoice-beside-delivery-note-en", "", "Invoice KL-118 - your PO 4410",
	  "Hello Mark,\n\nOur invoice is below; the signed delivery docket is attached.\n\n"
	  "INVOICE KL-118   Date: 03/11/2026   Your PO: 4410\nFirewood, 3 loads\t\u00a3270.00\nTotal\t\u00a3270.00\n"
	  "Terms: 7 days. IBAN GB33 BUKB 2020 1555 5555 55.\n",
	  "Kestrel Logs\nDELIVERY NOTE\tDN-0931\nFirewood\t3 loads\nReceived by: M. Hale\n", NULL },
	{ "misses34-typed-invoice-beside-order-confirmation-nl", "", "Factuur tuinaanleg",
	  "Beste Ilse,\n\nHieronder de factuur; de getekende orderbevestiging stuur ik ter herinnering mee.\n\n"
	  "FACTUUR 2026-088\nDatum: 02-11-2026\nAanleg border\t\u20ac 380,00\nTotaal\t\u20ac 380,00\n"
	  "Graag binnen 14 dagen op NL91 ABNA 0417 1643 00.\n",
	  "Hoveniersbedrijf Groen\nOrderbevestiging\nNummer\tOB-2026-77\nTotaal\t\u20ac 350,00\n", NULL },
	{ "misses34-typed-invoice-beside-timesheet-de", "", "Rechnung Malerarbeiten",
	  "Sehr geehrter Herr Brandt,\n\nanbei der Stundenzettel, die Rechnung steht unten.\n\n"
	  "Rechnungsnummer: 2026-045\nDatum: 02.11.2026\nMalerarbeiten 12 Std.\t660,00 \u20ac\nGesamt\t660,00 \u20ac\n"
	  "Zahlbar innerhalb von 10 Tagen auf DE89 3704 0044 0532 0130 00.\n",
	  "Stundenzettel\nMaler Krause\t02.11.2026\t6 Std.\n", NULL },
	{ "misses34-delivery-note-cover-no-bill-en", "", "Your delivery DN-0931",
	  "Hello Mark,\n\nThe signed delivery docket is attached. The invoice follows separately.\n",
	  "Kestrel Logs\nDELIVERY NOTE\tDN-0931\nFirewood\t3 loads\nReceived by: M. Hale\n", "delivery note" },
	{ "misses34-order-confirmation-cover-no-bill-de", "", "Ihr Auftrag",
	  "Guten Tag,\n\nanbei die Auftragsbestätigung über 1.190,00 \u20ac, zahlbar innerhalb von 10 Tagen nach Lieferung.\n",
	  "Holzbau Rieger KG\nAuftragsbestätigung\nNummer\tAB-2026-33\nGesamt\t1.190,00 \u20ac\n", "order confirmation" },
	/* misses36: an invoice whose number is labelled in a cell beside the window may print
	 * the timesheet it bills as a field of that column ("Stundenzettel<TAB>Nr. 4411"), the
	 * address's rows leaving it first on its line (de, nl, en).  Near misses: a timesheet
	 * titled with its own number, naming its invoice in such a cell, stays a timesheet. */
	{ "misses36-timesheet-cell-beside-window-de", "", "Rechnung R-26-00517", "Anbei die Rechnung.",
	  "Elektro Vogt e.K.\nWEG Hollerallee 27\tRechnungs-Nr.\tR-26-00517\nc/o Hausverwaltung Tiedemann GmbH\t"
	  "Rechnungsdatum\t21.10.2026\nStundenzettel\tNr. 4411\nParkallee 102\n28209 Bremen\nRechnung\n"
	  "Regiearbeiten lt. Stundenlohnzettel\t658,00 \u20ac\nRechnungsbetrag\t783,02 \u20ac\n", NULL },
	{ "misses36-timesheet-cell-beside-window-nl", "", "Factuur 2026-311", "Bijgaand de factuur.",
	  "Installatiebedrijf Mol\nVvE De Linde\tFactuurnummer\t2026-311\np/a Beheer Plus\tFactuurdatum\t21-10-2026\n"
	  "Urenstaat\tUS-0418\nStationsweg 4\n3811 AB Amersfoort\nFactuur\nRegiewerk volgens urenstaat\t\u20ac 640,00\n"
	  "Totaal\t\u20ac 774,40\n", NULL },
	{ "misses36-timesheet-cell-beside-window-en", "", "Invoice INV-0931", "Please find attached.",
	  "Calder Joinery Ltd\nAshworth Build Ltd\tInvoice No.\tINV-0931\nCommercial Department\tDate\t21 Oct 2026\n"
	  "Timesheet\tTS-118\nRiverside Court\nHalifax HX3 5AX\nINVOICE\nDay-work as per timesheet\t\u00a3640.00\n"
	  "Total due\t\u00a3768.00\n", NULL },
	{ "misses36-timesheet-titled-names-invoice-de", "", "Stundenzettel 4411", "Bitte unterschreiben.",
	  "Elektro Vogt e.K.\nStundenzettel Nr. 4411\nObjekt\tHollerallee 27\nRechnungs-Nr.\tR-26-00517\n"
	  "Elektromeister\t3,5 Std\n", "timesheet" },
	{ "misses36-timesheet-titled-names-invoice-en", "", "Timesheet TS-118", "Please sign.",
	  "Calder Joinery Ltd\nTimesheet TS-118\nSite\tRiverside Court\nInvoice No.\tINV-0931\nJoiner\t16 hrs\n",
	  "timesheet" },
	/* misses34: a cover note that calls an earlier invoice paid, by its number, beside the
	 * new invoice it hands over (en, nl, de).  Near miss: the invoice's own number said
	 * paid is a receipt. */
	{ "misses34-earlier-invoice-paid-beside-new-en", "", "Invoice 4410",
	  "Hi Tom,\n\nHere is invoice 4410 for the November visits. Invoice 4388 for October has been paid, thanks.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t4410\nTotal due\t\u00a3600.00\n", NULL },
	{ "misses34-earlier-invoice-paid-beside-new-nl", "", "Factuur 2026-0140",
	  "Hoi Sanne,\n\nIn de bijlage factuur 2026-0140. Factuur 2026-0121 is al voldaan, bedankt daarvoor!\n",
	  "Studio Lint\nFactuur\nFactuurnummer\t2026-0140\nTe betalen\t\u20ac 400,00\n", NULL },
	{ "misses34-earlier-invoice-paid-beside-new-de", "", "Rechnung RE-26-77",
	  "Guten Tag Herr Huber,\n\nanbei die Rechnung RE-26-77. Die Rechnung RE-26-61 wurde bereits beglichen, vielen Dank.\n",
	  "Huber Gartenbau\nRECHNUNG\nRechnungsnummer\tRE-26-77\nZu zahlen\t640,00 \u20ac\n", NULL },
	{ "misses34-own-invoice-paid-is-receipt-en", "", "Invoice 4410",
	  "Hi Tom,\n\nInvoice 4410 has been paid, thanks. A copy is attached.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t4410\nTotal\t\u00a3600.00\n", "receipt" },
	/* misses34: the earlier open invoice named after "other than", "als", "dan" — a cover
	 * note that tells two invoices apart (en, nl, de).  Near miss: the new one's own number
	 * said open is a reminder. */
	{ "misses34-other-invoice-than-still-open-en", "", "Invoice WB-0421",
	  "Hi Jo,\n\nAttached is invoice WB-0421 for the extra work. Please note this is a different invoice from "
	  "WB-0398 for the hosting, which you received on 3 November and which is still open.\n",
	  "Webbureau\nINVOICE\nInvoice number\tWB-0421\nInvoice date\t17/11/2026\nTotal due\t\u00a3450.00\n", NULL },
	{ "misses34-other-invoice-than-still-open-nl", "", "Factuur W-0421",
	  "Beste Jo,\n\nIn de bijlage factuur W-0421. Dit is een andere rekening dan W-0398 van 3 november "
	  "(\u20ac 120,00), die nog openstaat.\n",
	  "Webbureau\nFactuur\nFactuurnummer\tW-0421\nTe betalen\t\u20ac 450,00\n", NULL },
	{ "misses34-other-invoice-than-still-open-de", "", "Rechnung W-0421",
	  "Hallo Jo,\n\nanbei Rechnung W-0421. Das ist eine andere Rechnung als W-0398 vom 3. November, die noch offen ist.\n",
	  "Webbureau\nRECHNUNG\nRechnungsnummer\tW-0421\nZu zahlen\t450,00 \u20ac\n", NULL },
	{ "misses34-own-invoice-still-open-is-reminder-en", "", "Invoice WB-0421",
	  "Hi Jo,\n\nInvoice WB-0421 from 3 November is still open. A copy is attached.\n",
	  "Webbureau\nINVOICE\nInvoice number\tWB-0421\nInvoice date\t03/11/2026\nTotal due\t\u00a3450.00\n", "the business's own reminder" },
	/* review33b: an order confirmation whose cover note names the invoice to follow by its
	 * number, its total and the account: no invoice typed in the mail (dm-typed-bill.h).  A
	 * paid invoice's cover note writes its number without the document's letters ("4410"
	 * of "INV-4410"): still this invoice, said paid. */
	{ "review33b-oc-invoice-will-follow-en", "", "Your order OC-118",
	  "Hello Mark,\n\nThanks for your order; the order confirmation is attached.\nInvoice 118 will follow on delivery.\n"
	  "Total \u00a31,190.00, payment within 14 days of the invoice to IBAN GB33 BUKB 2020 1555 5555 55.\n",
	  "Kestrel Logs\nORDER CONFIRMATION\nOrder no.\tOC-118\nTotal\t\u00a31,190.00\n", "order confirmation" },
	{ "review33b-receipt-number-variant-en", "", "Invoice INV-4410",
	  "Hi Tom,\n\nInvoice 4410 has been paid, thanks. A copy is attached.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\tINV-4410\nTotal\t\u00a3600.00\n", "receipt" },
	/* left35: a paid invoice's cover note names its number with a year in front, or the
	 * invoice prints it so and the note without ("2026/4410" of "4410", "4410" of
	 * "2026/4410", "2026-77" of "RE-2026-77"): still this invoice, said paid (en, nl, de). */
	{ "left35-receipt-note-adds-year-en", "", "Invoice 4410",
	  "Hi Tom,\n\nInvoice 2026/4410 has been paid, thanks. A copy is attached.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t4410\nTotal\t\u00a3600.00\n", "receipt" },
	{ "left35-receipt-note-drops-year-en", "", "Invoice 2026/4410",
	  "Hi Tom,\n\nInvoice 4410 has been paid, thanks. A copy is attached.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t2026/4410\nTotal\t\u00a3600.00\n", "receipt" },
	{ "left35-receipt-note-drops-year-nl", "", "Factuur 2026-0140",
	  "Hoi Sanne,\n\nFactuur 0140 is voldaan, bedankt! Een kopie zit in de bijlage.\n",
	  "Studio Lint\nFactuur\nFactuurnummer\t2026-0140\nTotaal\t\u20ac 400,00\n", "receipt" },
	{ "left35-receipt-note-drops-letters-de", "", "Rechnung RE-2026-77",
	  "Guten Tag Herr Huber,\n\nRechnung 2026-77 wurde beglichen, vielen Dank. Anbei die Kopie.\n",
	  "Malerei Roth\nRECHNUNG\nRechnungsnummer\tRE-2026-77\nGesamt\t450,00 \u20ac\n", "receipt" },
	/* Near misses: the same sequence under another year, or with another number in front,
	 * is an earlier invoice said paid beside the new one (en, nl, de). */
	{ "left35-other-year-paid-beside-new-en", "", "Invoice 2026/4410",
	  "Hi Tom,\n\nHere is invoice 2026/4410 for November. Invoice 2025/4410 has been paid, thanks.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t2026/4410\nTotal due\t\u00a3600.00\n", NULL },
	{ "left35-other-prefix-paid-beside-new-nl", "", "Factuur 4410",
	  "Hoi Sanne,\n\nIn de bijlage factuur 4410. Factuur 77-4410 is al voldaan, bedankt daarvoor!\n",
	  "Studio Lint\nFactuur\nFactuurnummer\t4410\nTe betalen\t\u20ac 400,00\n", NULL },
	{ "left35-other-year-paid-beside-new-de", "", "Rechnung RE-2026-77",
	  "Guten Tag Herr Huber,\n\nanbei die Rechnung RE-2026-77. Die Rechnung RE-2025-77 wurde bereits beglichen, vielen Dank.\n",
	  "Malerei Roth\nRECHNUNG\nRechnungsnummer\tRE-2026-77\nZu zahlen\t450,00 \u20ac\n", NULL },
	/* review33b: a paid invoice's cover note that names it by its date ("your invoice of 12
	 * November", "uw factuur van 12 november", "Ihre Rechnung vom 12. November") names no
	 * other invoice: a receipt (en, nl, de).  Guards that held: the same said still open is a
	 * reminder; a sales order's number printed under its header inside an invoice; a receipt
	 * whose note names another invoice still open. */
	{ "review33b-receipt-invoice-of-date-en", "", "Invoice 4410",
	  "Hi Tom,\n\nYour invoice of 12 November has been paid, thanks. A copy is attached.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t4410\nInvoice date\t12/11/2026\nTotal\t\u00a3600.00\n", "receipt" },
	{ "review33b-receipt-invoice-of-date-nl", "", "Factuur 2026-0140",
	  "Hoi Sanne,\n\nUw factuur van 12 november is voldaan, bedankt! Een kopie zit in de bijlage.\n",
	  "Studio Lint\nFactuur\nFactuurnummer\t2026-0140\nFactuurdatum\t12-11-2026\nTotaal\t\u20ac 400,00\n", "receipt" },
	{ "review33b-receipt-invoice-of-date-de", "", "Rechnung RE-26-77",
	  "Guten Tag Herr Huber,\n\nIhre Rechnung vom 12. November wurde bezahlt, vielen Dank. Anbei eine Kopie.\n",
	  "Huber Gartenbau\nRECHNUNG\nRechnungsnummer\tRE-26-77\nRechnungsdatum\t12.11.2026\nGesamt\t640,00 \u20ac\n", "receipt" },
	{ "review33b-reminder-invoice-of-date-en", "", "Invoice WB-0421",
	  "Hi Jo,\n\nThe invoice of 3 November is still open. A copy is attached.\n",
	  "Webbureau\nINVOICE\nInvoice number\tWB-0421\nInvoice date\t03/11/2026\nTotal due\t\u00a3450.00\n", "the business's own reminder" },
	{ "review33b-sales-order-header-in-invoice-nl", "", "Factuur 2026-0999", "Zie bijlage.",
	  "Groothandel Vink\nFACTUUR\nFactuurnummer\t2026-0999\nVerkooporder\n2026-0412\nTotaal\t\u20ac 1.016,40\n", NULL },
	{ "review33b-sales-order-header-in-invoice-en", "", "Invoice INV-000112", "Attached.",
	  "Kestrel Joinery Ltd\nTAX INVOICE\nInvoice#\tINV-000112\nSales Order#\nSO-00112\nBalance Due\t\u00a35,040.00\n", NULL },
	{ "review33b-receipt-other-open-en", "", "Invoice 4410",
	  "Hi Tom,\n\nThanks, we received your payment for invoice 4410. Invoice 4388 is still open though.\n",
	  "Moorside Timber Ltd\nINVOICE\nInvoice number\t4410\nTotal\t\u00a3600.00\n", "receipt" },
	/* review33b: a quote whose cover note sets out its billing terms ("Invoice 50% on
	 * acceptance", "Factuur 30% bij opdracht", "Rechnung 50 % bei Auftrag"), its total and the
	 * account, under a subject without the quote's word: the attached quote says what it is,
	 * no invoice is typed in the mail (dm-typed-bill.h) (en, nl, de). */
	{ "review33b-quote-invoice-percent-en", "", "Your kitchen",
	  "Hello Mark,\n\nOur quote for the kitchen is attached.\n\n"
	  "Invoice 50% on acceptance, the rest on completion. Total \u00a32,400.00, payment within 14 days to IBAN GB33 BUKB 2020 1555 5555 55.\n",
	  "Kestrel Joinery\nQUOTATION\nQuote no.\tQ-2026-14\nKitchen\t\u00a32,400.00\nTotal\t\u00a32,400.00\n", "quote" },
	{ "review33b-quote-factuur-percent-nl", "", "Uw tuin",
	  "Beste Ilse,\n\nIn de bijlage onze offerte.\n\nFactuur 30% bij opdracht, de rest na oplevering. Totaal \u20ac 2.400,00, "
	  "betaling binnen 14 dagen op NL91 ABNA 0417 1643 00.\n",
	  "Hoveniersbedrijf Groen\nOFFERTE\nOffertenummer\tO-2026-14\nTotaal\t\u20ac 2.400,00\n", "quote" },
	/* left35: a quote's note that says the invoice and its number are still to come
	 * ("Factuur volgt na oplevering", "Invoice number will follow", "Rechnungsnummer folgt"),
	 * its total and the account beside: no invoice typed in the mail (en, nl, de). */
	{ "left35-quote-invoice-number-will-follow-en", "", "Your kitchen",
	  "Hello Mark,\n\nOur quote for the kitchen is attached.\n\n"
	  "Invoice 50% on acceptance, invoice number will follow.\nInvoice number will follow with the first invoice.\n"
	  "Total \u00a32,400.00, payment within 14 days to IBAN GB33 BUKB 2020 1555 5555 55.\n",
	  "Kestrel Joinery\nQUOTATION\nQuote no.\tQ-2026-14\nKitchen\t\u00a32,400.00\nTotal\t\u00a32,400.00\n", "quote" },
	{ "left35-quote-factuur-volgt-nl", "", "Uw tuin",
	  "Beste Ilse,\n\nIn de bijlage onze offerte.\n\nFactuur volgt na oplevering.\nFactuurnummer: volgt bij oplevering\n"
	  "Totaal \u20ac 2.400,00, betaling binnen 14 dagen op NL91 ABNA 0417 1643 00.\n",
	  "Hoveniersbedrijf Groen\nOFFERTE\nOffertenummer\tO-2026-14\nTotaal\t\u20ac 2.400,00\n", "quote" },
	{ "left35-quote-rechnungsnummer-folgt-de", "", "Ihr Bad",
	  "Guten Tag Herr Brandt,\n\nanbei unser Angebot.\n\nRechnung folgt nach Fertigstellung.\nRechnungsnummer: folgt mit der Rechnung\n"
	  "Gesamt 2.400,00 \u20ac, zahlbar innerhalb von 14 Tagen auf DE89 3704 0044 0532 0130 00.\n",
	  "Sanit\u00e4r Krause\nANGEBOT\nAngebotsnummer\tA-2026-14\nGesamt\t2.400,00 \u20ac\n", "quote" },
	{ "review33b-quote-rechnung-percent-de", "", "Ihr Bad",
	  "Guten Tag Herr Brandt,\n\nanbei unser Angebot.\n\nRechnung 50 % bei Auftragserteilung, Rest nach Fertigstellung. "
	  "Gesamt 2.400,00 \u20ac, zahlbar innerhalb von 14 Tagen auf DE89 3704 0044 0532 0130 00.\n",
	  "Sanit\u00e4r Krause\nANGEBOT\nAngebotsnummer\tA-2026-14\nGesamt\t2.400,00 \u20ac\n", "quote" },
	/* misses35: a payment said NOT to have come in ("we hebben je betaling nog niet
	 * ontvangen", "not yet received your payment", "noch nicht eingegangen") is no receipt:
	 * beside a new invoice handed over for an order waiting for its payment it is that
	 * invoice (nl, de); without a new invoice beside it, it is the business's reminder (nl,
	 * en, de).  Near misses: a receipt that adds that nothing is left to do stays one. */
	{ "misses35-order-unpaid-new-invoice-nl", "Date: Fri, 06 Nov 2026 10:25:12 +0100\n", "Factuur bestelling 1182",
	  "Hoi Anouk,\n\nJe bestelling 1182 ligt klaar, maar je betaling hebben we nog niet ontvangen. De factuur zit in de bijlage.\n"
	  "Betalen kan via https://shop.example.nl/betaal/1182\n",
	  "Koffiebranderij Noord\nFACTUUR\nFactuurnummer:\tKN-2026-0412\nFactuurdatum:\t06-11-2026\nBestelnummer:\t1182\n"
	  "Totaal\t\u20ac 38,40\nGraag binnen 7 dagen betalen.\n", NULL },
	{ "misses35-order-unpaid-new-invoice-de", "Date: Fri, 06 Nov 2026 10:25:12 +0100\n", "Rechnung zu Bestellung 3310",
	  "Hallo Herr Brandt,\n\nIhre Bestellung 3310 liegt bereit, Ihre Zahlung ist aber noch nicht eingegangen. "
	  "Die Rechnung finden Sie im Anhang.\n",
	  "Teehaus Elbe\nRECHNUNG\nRechnungsnummer:\tTE-2026-881\nRechnungsdatum:\t06.11.2026\nBestellnummer:\t3310\n"
	  "Gesamtbetrag\t42,60 \u20ac\nZahlbar innerhalb von 7 Tagen.\n", NULL },
	{ "misses35-payment-not-received-reminder-nl", "", "Factuur 2026-0140",
	  "Beste heer Smit,\n\nWij hebben uw betaling voor factuur 2026-0140 nog niet ontvangen. Wilt u het bedrag binnen 7 dagen overmaken?\n",
	  NULL, "the business's own reminder" },
	{ "misses35-payment-not-received-reminder-en", "", "Invoice INV-2210",
	  "Hi Sam,\n\nWe have not yet received your payment for invoice INV-2210. Could you pay it this week?\n",
	  NULL, "the business's own reminder" },
	{ "misses35-payment-not-received-reminder-de", "", "Rechnung RE-2026-51",
	  "Guten Tag Frau Kraus,\n\nIhre Zahlung zur Rechnung RE-2026-51 ist bei uns noch nicht eingegangen. Bitte überweisen Sie den Betrag.\n",
	  NULL, "the business's own reminder" },
	{ "misses35-not-received-condition-invoice-en", "", "Invoice INV-2212",
	  "Invoice number: INV-2212\nAmount due: \u00a3120.00\nIf we have not received your payment by 15 December, "
	  "interest will be charged.\n", NULL, NULL },
	{ "misses35-noch-nicht-eingegangen-condition-invoice-de", "", "Rechnung RE-2026-52",
	  "Rechnungsnummer: RE-2026-52\nGesamtbetrag: 120,00 \u20ac\nFalls Ihre Zahlung bis zum 15.12.2026 noch nicht "
	  "eingegangen ist, erhalten Sie eine Erinnerung.\n", NULL, NULL },
	{ "misses35-receipt-nothing-to-do-nl", "", "Factuur 2026-0141",
	  "We hebben je betaling voor factuur 2026-0141 ontvangen; je hoeft niets meer te doen.\n", NULL, "receipt" },
	{ "misses35-receipt-no-action-en", "", "Invoice INV-2211",
	  "Payment for invoice INV-2211 received. No further action is needed.\n", NULL, "receipt" },
	/* misses35: a card payment that failed or a direct debit the bank returned, on an
	 * invoice sent before (en, nl, de; card, incasso, Lastschrift, Direct Debit): the
	 * notice chases that invoice, as the business's reminder does.  Near misses: an invoice
	 * that says what happens if a payment should fail, and one handed over because the
	 * earlier payment failed. */
	{ "misses35-card-payment-failed-en", "", "Your payment to Northgate Software failed",
	  "Northgate Software\nYour payment of \u00a336.00 failed\nWe tried to charge your Visa ending 4242 for invoice 5F1A-0007, "
	  "but the card was declined. We will try again in 3 days.\nInvoice\t5F1A-0007\nAmount\t\u00a336.00\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-incasso-teruggeboekt-nl", "", "Incasso factuur 2026-0311",
	  "Beste mevrouw Bos,\n\nDe incasso van \u20ac 42,50 voor factuur 2026-0311 is door uw bank teruggeboekt. "
	  "Wilt u het bedrag binnen 7 dagen overmaken naar NL91 ABNA 0417 1643 00 o.v.v. 2026-0311?\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-incasso-gestorneerd-dated-nl", "", "Stornering incasso factuur 2026-0312",
	  "Beste heer Jansen,\n\nDe automatische incasso van \u20ac 61,00 voor factuur 2026-0312 (d.d. 02-11-2026) is door uw bank "
	  "gestorneerd. Wilt u \u20ac 61,00 plus \u20ac 5,00 stornokosten binnen 7 dagen overmaken naar NL91 ABNA 0417 1643 00?\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-lastschrift-zurueckgegeben-de", "", "Ihre Rechnung RE-2026-441",
	  "Guten Tag Herr Vogel,\n\ndie Lastschrift über 58,00 \u20ac zur Rechnung RE-2026-441 wurde von Ihrer Bank zurückgegeben "
	  "(Grund: Widerspruch). Bitte überweisen Sie den Betrag zuzüglich 3,50 \u20ac Bankgebühr innerhalb von 7 Tagen.\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-direct-debit-not-collected-en", "", "Invoice INV-118",
	  "Dear Ms Hale,\n\nYour Direct Debit payment of \u00a325.00 for invoice INV-118 could not be collected: your bank returned it "
	  "unpaid. Please pay by bank transfer within 7 days.\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-betaling-mislukt-nl", "", "Factuur F-88",
	  "Hallo Joris,\n\nJe creditcardbetaling voor factuur F-88 is mislukt. Probeer het opnieuw via de link.\n",
	  NULL, "a failed or returned payment" },
	{ "misses35-if-payment-fails-invoice-en", "", "Invoice INV-0091 from Northgate Software",
	  "Invoice number: INV-0091\nAmount due: \u00a336.00\nYour card will be charged on 12 December. "
	  "If the payment fails, we'll try again after 3 days.\n", NULL, NULL },
	{ "misses35-mocht-incasso-mislukken-invoice-nl", "", "Factuur 2026-0401",
	  "Factuurnummer: 2026-0401\nTotaal: \u20ac 48,00\nHet bedrag wordt op 1 december geïncasseerd. "
	  "Als de incasso wordt teruggeboekt, rekenen wij \u20ac 5,00 stornokosten.\n", NULL, NULL },
	{ "misses35-sollte-lastschrift-zurueck-invoice-de", "", "Rechnung RE-2026-450",
	  "Rechnungsnummer: RE-2026-450\nGesamtbetrag: 58,00 \u20ac\nDer Betrag wird am 01.12.2026 per SEPA-Lastschrift eingezogen. "
	  "Falls die Lastschrift von Ihrer Bank zurückgegeben wurde, berechnen wir 3,50 \u20ac Gebühr.\n", NULL, NULL },
	{ "misses35-any-payment-returned-term-invoice-en", "", "Invoice INV-0092",
	  "Invoice number: INV-0092\nAmount due: \u00a336.00\nAny payment returned unpaid by your bank is charged at \u00a315.00.\n",
	  NULL, NULL },
	{ "misses35-jede-lastschrift-zurueckgegeben-term-invoice-de", "", "Rechnung RE-2026-451",
	  "Rechnungsnummer: RE-2026-451\nGesamtbetrag: 58,00 \u20ac\nFür jede von Ihrer Bank zurückgegebene Lastschrift "
	  "berechnen wir 3,50 \u20ac; jede Lastschrift, die mangels Deckung zurückgegeben wurde, belasten wir Ihnen.\n", NULL, NULL },
	{ "misses35-debit-returned-new-invoice-handed-nl", "", "Factuur 2026-0412",
	  "Beste mevrouw Bos,\n\nDe incasso van november is door uw bank teruggeboekt. Hierbij de factuur van december, "
	  "met de stornokosten erop.\n",
	  "Zwemschool Noord\nFactuur\nFactuurnummer\t2026-0412\nTotaal\t\u20ac 47,50\n", NULL },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *raw = g_strdup_printf(
		"From: Billing <billing@example.nl>\nTo: klant@example.com\n%sSubject: %s\n"
		"Message-ID: <t@example.nl>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: 8bit\n\n%s\n", c->headers, c->subject, c->body);
	g_autoptr(GError) error = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_autoptr(DmNotInvoiceReason) reason = dm_not_invoice_decide(msg, c->body, c->doc);
	g_autofree char *why = reason ? dm_not_invoice_reason_text(reason) : NULL;
	if (!c->rule) {
		if (why)
			g_error("%s: an invoice refused: %s", c->name, why);
		return;
	}
	if (!why || !g_str_has_prefix(why, c->rule))
		g_error("%s: expected rule \"%s\", got %s", c->name, c->rule, why ? why : "none");
	/* The reason quotes what it matched, so the owner can see why. */
	g_assert_nonnull(strchr(why, ':'));
}

/* What a reply must print to hand over an invoice: a title line or a number label at a
 * line's start; prose about an invoice, a quoted label, a subject, NULL do not. */
static void
test_sets_out(void)
{
	g_assert_true(dm_not_invoice_sets_out("Zoals beloofd:\nFactuurnummer: 2026-160\nTotaal: € 45,00\n"));
	g_assert_true(dm_not_invoice_sets_out("Here it is.\n\nINVOICE 2026-31\nAmount due: €300.00\n"));
	g_assert_true(dm_not_invoice_sets_out("  Rechnungsnummer 2026-0920\n"));
	g_assert_false(dm_not_invoice_sets_out("De factuur 2026-171 van € 484,00 betreft het meerwerk.\n"));
	g_assert_false(dm_not_invoice_sets_out("Dat klopt.\n> Factuurnummer: 2026-144\n"));
	g_assert_false(dm_not_invoice_sets_out("Subject: Invoice INV-2026-080\n"));
	/* left35: a label whose number is still to come gives none. */
	g_assert_false(dm_not_invoice_sets_out("Invoice number will follow with the first invoice.\n"));
	g_assert_false(dm_not_invoice_sets_out("Factuurnummer: volgt bij oplevering\n"));
	g_assert_false(dm_not_invoice_sets_out("Rechnungsnummer wird nachgereicht\n"));
	g_assert_false(dm_not_invoice_sets_out("Invoice no.: TBA\n"));
	g_assert_true(dm_not_invoice_sets_out("Invoice number: 2026-0412 (follows the quote)\n"));
	g_assert_false(dm_not_invoice_sets_out(""));
	g_assert_false(dm_not_invoice_sets_out(NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/not-invoice/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/not-invoice-sets-out", test_sets_out);
	return g_test_run();
}
