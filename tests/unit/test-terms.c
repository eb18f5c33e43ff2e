/* test-terms: the one payment-term reader (dm_payment_term_days), as a table of the ways
 * invoices in Dutch, English and German state a term (a cash discount's term passed over),
 * the words that make an invoice payable at once (dm_payment_term_immediate), and those
 * that make it due at the end of its month (dm_payment_term_month_end) or of the next
 * (dm_payment_term_next_month_end); N days and a month's end in either reading
 * (dm_payment_term_month_end_days), a day of the next month (dm_payment_term_next_month_day),
 * calendar months (dm_payment_term_months), a term counted from the delivery
 * (dm_payment_term_from_delivery) and a term only where its clause speaks of paying
 * (dm_payment_term_days_paying). */
#include "parser/text/dm-terms.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *text;
	int days;
} TermCase;

static const TermCase cases[] = {
	{ "nl-binnen", "Gelieve binnen 14 dagen te betalen.", 14 },
	{ "nl-words-vijftien", "Te betalen binnen de vijftien dagen op BE09 1122 8845 2983.", 15 },
	{ "de-words-neun", "Zahlbar innerhalb von neun Tagen.", 9 },
	{ "en-words-twenty-eight", "Please pay within twenty-eight days.", 28 },
	{ "nl-werkdagen", "Betaling binnen 10 werkdagen.", 10 },
	{ "nl-dgn", "graag binnen 14 dgn op NL49 KNAB 9680 6676 99", 14 },
	/* "dgn" is the abbreviation only as a word of its own. */
	{ "nl-dgn-in-a-word", "binnen 14 dgnx", 0 },
	{ "nl-na-factuurdatum", "Te voldoen 30 dagen na factuurdatum.", 30 },
	{ "nl-na-dagtekening", "betaling uiterlijk 21 dagen na dagtekening", 21 },
	/* The Flemish shorthand without "na", and a payment label in its cell; near misses: a
	 * date's day before the word, a count of days with no label or date after it. */
	{ "nl-flemish-shorthand", "Betalingsvoorwaarden: 60 dagen factuurdatum", 60 },
	{ "nl-shorthand-abbreviated", "Betaling 30 d. factuurdatum", 30 },
	{ "nl-label-in-cell", "Betaling\t60 dagen factuurdatum", 60 },
	/* How late an earlier payment came, and an ageing table's header, are no term; near
	 * miss: the label's cell with a term in it and an amount in the next. */
	{ "nl-label-in-cell-late", "Betaling\t12 dagen te laat ontvangen", 0 },
	{ "en-colon-overdue", "Payment: 5 days overdue", 0 },
	{ "en-ageing-header", "Current\tDue\t30 days\t60 days\n\u00a3400.00\t\u00a30.00\t\u00a30.00\t\u00a30.00", 0 },
	{ "near-miss-label-in-cell-amount-beside", "Betaling\t14 dagen\t\u20ac 605,00", 14 },
	{ "near-miss-shorthand-no-word", "Levering 60 dagen", 0 },
	{ "near-miss-date-before-factuurdatum", "op 12.11.2026 factuurdatum", 0 },
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
	/* Number words, weeks, the Flemish article, the Swiss "innert". */
	{ "nl-word", "Gelieve binnen veertien dagen te betalen.", 14 },
	{ "nl-flemish-de", "Te betalen binnen de 30 dagen na factuurdatum.", 30 },
	{ "en-weeks", "Please pay within two weeks.", 14 },
	{ "nl-weken", "Graag binnen drie weken betalen.", 21 },
	{ "de-wochen", "Bitte zahlen Sie innerhalb von 2 Wochen.", 14 },
	{ "de-innert", "Zahlbar innert 30 Tagen.", 30 },
	{ "de-naechsten", "Bitte überweisen Sie den Betrag innerhalb der nächsten 10 Tage.", 10 },
	{ "en-from-receipt", "Payment is due 21 days from receipt of this invoice.", 21 },
	{ "nl-na-ontvangst", "Betaling 14 dagen na ontvangst van de factuur.", 14 },
	{ "de-nach-erhalt", "Zahlbar 10 Tage nach Erhalt der Rechnung.", 10 },
	{ "en-due-in", "This invoice is due in 15 days.", 15 },
	{ "de-zahlungsfrist", "Zahlungsfrist: 14 Tage", 14 },
	/* A cash discount's term is not the due date's: the net term is. */
	{ "de-skonto-first", "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.", 30 },
	{ "de-skonto-label", "Zahlungsbedingungen: 8 Tage 2 % Skonto, 30 Tage netto", 30 },
	{ "de-skonto-after", "Innerhalb von 30 Tagen netto, innerhalb von 10 Tagen 3 % Skonto.", 30 },
	{ "nl-korting", "2% korting bij betaling binnen 8 dagen; anders binnen 30 dagen.", 30 },
	{ "en-discount", "2% discount if paid within 10 days. Net 30", 30 },
	{ "skonto-only", "Bei Zahlung innerhalb von 7 Tagen 2 % Skonto.", 0 },
	/* A discount worded as what the customer may take off (pay18); near miss: "without
	 * deduction" names none. */
	{ "en-deduct-pct", "Terms 2/10 Net 30: deduct 2% if paid within 10 days of the invoice date; otherwise the full "
	  "amount is due in 30 days.", 30 },
	{ "en-pct-may-be-deducted", "1% may be deducted when paid within 10 days; the invoice total is due within 30 days.", 30 },
	{ "nl-in-mindering", "Bij betaling binnen 8 dagen mag u 2% in mindering brengen; het volledige bedrag voldoet u "
	  "binnen 30 dagen na factuurdatum.", 30 },
	{ "de-pct-abziehen", "Bei Zahlung innerhalb von 7 Tagen dürfen Sie 2 % abziehen, ansonsten zahlbar innerhalb von "
	  "30 Tagen ohne Abzug.", 30 },
	{ "en-without-deduction-is-term", "Payment within 14 days without deduction.", 14 },
	/* Near misses: a week day count that is no term, a delivery. */
	{ "word-not-a-count", "Binnen tien minuten geleverd.", 0 },
	{ "no-unit", "within twenty", 0 },
	/* A label joined to its count by a word, or a due label with a colon. */
	{ "nl-termijn-van", "Wij hanteren een betalingstermijn van 30 dagen.", 30 },
	{ "de-frist-betraegt", "Die Zahlungsfrist beträgt 14 Tage.", 14 },
	{ "en-payment-due-colon", "Payment due: 30 days", 30 },
	{ "de-faellig-colon", "Fällig: 14 Tage", 14 },
	/* A payment's word first on its line, a space before its count: the terms line. */
	{ "en-payment-spaced", "Payment 30 days. IBAN IE64 IRCE 9205 0112 3456 78", 30 },
	{ "nl-betaling-spaced", "Betaling 14 dagen.\nIBAN NL91 ABNA 0417 1643 00", 14 },
	{ "en-payment-spaced-late", "Payment 5 days late, interest charged.", 0 },
	{ "en-payment-mid-sentence", "We expect the payment 30 days from now", 0 },
	/* Near misses (review30a): how late a payment came or how long ago it was made. */
	{ "en-payment-spaced-overdue", "Payment 30 days overdue.", 0 },
	{ "nl-betaling-spaced-te-laat", "Betaling 14 dagen te laat.", 0 },
	{ "de-zahlung-spaced-ago", "Zahlung 10 Tage verspätet.", 0 },
	{ "en-payment-spaced-late-after-sentence", "Thank you. Payment 30 days late again.", 0 },
	{ "nl-word-then-digits", "Gelieve binnen veertien (14) dagen te betalen.", 14 },
	{ "de-ohne-abzug", "Zahlbar 30 Tage ohne Abzug.", 30 },
	{ "de-rein-netto", "Zahlungsbedingung: 14 Tage rein netto", 14 },
	{ "nl-kredietbeperking", "Bij betaling binnen 8 dagen 2% kredietbeperking; anders binnen 30 dagen.", 30 },
	{ "de-skonto-in-brackets", "Zahlbar innerhalb von 30 Tagen (bei Zahlung innerhalb von 8 Tagen 2 % Skonto).", 30 },
	/* An account's compound with a joining s is no discount; "Barskonto" is one. */
	{ "de-vereinskonto-not-skonto", "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das Vereinskonto.", 14 },
	{ "de-geschaeftskonto-not-skonto", "Zahlbar innerhalb von 10 Tagen auf unser Geschäftskonto.", 10 },
	{ "de-barskonto", "Bei Zahlung innerhalb von 8 Tagen 2 % Barskonto.", 0 },
	/* Near misses: a due label before a date or an amount states no term. */
	{ "en-payment-due-date", "Payment due: 30 March 2026", 0 },
	{ "en-due-amount", "Due: 30 EUR", 0 },
	/* The days ahead, when paying is what they are for. */
	{ "de-in-den-naechsten", "Bitte in den nächsten 14 Tagen auf mein Konto überweisen.", 14 },
	{ "nl-in-de-komende", "Wil je het bedrag in de komende 10 dagen over te maken?", 10 },
	{ "en-pay-in-the-next", "Could you pay this in the next 21 days, please?", 21 },
	/* Near miss: days ahead for something else. */
	{ "de-lieferung-naechsten", "Die Ware liefern wir in den nächsten 5 Tagen.", 0 },
	/* "Strictly"; days from the delivery; a fraction or an ordinal day is no count. */
	{ "en-strictly", "Payment terms: strictly 14 days.", 14 },
	{ "en-after-delivery", "Payment due 30 days after delivery.", 30 },
	{ "de-nach-lieferung", "Zahlbar 30 Tage nach Lieferung.", 30 },
	{ "en-2-10-net-30", "Terms: 2/10 Net 30", 30 },
	{ "en-2-10-n-30", "Terms: 2/10, n/30", 30 },
	{ "en-pct-off-within", "2% off if paid within 10 days. Payment within 30 days.", 30 },
	/* Near misses: a date written with slashes, a fraction, are no "n/" term. */
	{ "en-slash-date-not-net", "Delivered on 30/11/2026.", 0 },
	{ "en-ordinal-day-not-a-term", "Terms: 20th of the following month", 0 },
	{ "nl-ordinal-day-not-a-term", "Betalingstermijn: 15de van de volgende maand", 0 },
	/* Near misses (issue 8): a labelled count of months is no count of days. */
	{ "de-label-months-not-days", "Zahlungsziel: 1 Monat", 0 },
	{ "en-label-months-not-days", "Payment terms: 2 months", 0 },
	{ "nl-label-maand-not-days", "Betalingstermijn: 1 maand", 0 },
	{ "en-contract-terms-not-payment", "Contract terms: 30 days notice", 0 },
	/* the details column's cell beside the window's, after a tab */
	{ "en-terms-cell-beside-window", "Mr Se\u00e1n \u00d3 Briain\tTerms\t14 days", 14 },
	{ "en-contract-terms-cell-not-payment", "Contract\tContract terms\t30 days notice", 0 },
	{ "en-contract-thin-space-terms-not-payment", "Contract\u2009terms: 30 days notice", 0 },
	{ "en-contract-narrow-nbsp-terms-not-payment", "Contract\u202fterms: 30 days notice", 0 },
	/* a plan's instalments counted after the label are no days; near miss: the days are */
	{ "en-terms-cell-instalments-not-days", "Mr Se\u00e1n \u00d3 Briain\tTerms\t3 monthly instalments", 0 },
	{ "de-label-raten-not-days", "Zahlungsziel: 6 Monatsraten", 0 },
	{ "nl-label-termijnen-not-days", "Betalingsvoorwaarden: 4 termijnen", 0 },
	{ "en-terms-cell-days-after-instalments-word", "Instalments\tTerms\t30 days", 30 },
};

typedef struct {
	const char *name;
	const char *text;
	int days;
	gboolean then_month_end;
} MonthEndDaysCase;

/* N days and a month's end: from the invoice month's last day (en, de, "na einde maand"), or
 * from the invoice's date and then to that month's end (nl, fr). */
static const MonthEndDaysCase month_end_days_cases[] = {
	{ "en-eom", "Terms: 30 days EOM", 30, FALSE },
	{ "en-net-eom", "Payment terms: Net 30 EOM", 30, FALSE },
	{ "en-after-the-end", "Payment 45 days after the end of the month.", 45, FALSE },
	{ "en-spelled-out", "Terms: payment 30 days end of month following invoice.", 30, FALSE },
	{ "de-nach-monatsende", "Zahlbar 30 Tage nach Monatsende.", 30, FALSE },
	{ "de-ab-monatsende", "Zahlungsziel: 15 Tage ab Monatsende", 15, FALSE },
	{ "nl-na-einde-maand", "Betaling 30 dagen na einde maand.", 30, FALSE },
	{ "nl-einde-maand", "Betalingsvoorwaarden: 30 dagen einde maand.", 30, TRUE },
	{ "fr-fin-de-mois", "Paiement à 45 jours fin de mois.", 45, TRUE },
	/* Near misses: the month's end alone, a plain term, a discount's. */
	{ "en-end-of-month-alone", "Due end of the month", 0, FALSE },
	{ "nl-plain-term", "Betaling binnen 30 dagen.", 0, FALSE },
	{ "en-discount-eom", "2% discount if paid 10 days EOM", 0, FALSE },
	{ "en-statement-no-end-of-month", "Statement no. 114 end of month", 0, FALSE },
};

typedef struct {
	const char *name;
	const char *text;
	int n;
} CountCase;

/* A day of the month after the invoice's. */
static const CountCase next_month_day_cases[] = {
	{ "de-folgemonat", "Zahlbar bis zum 15. des Folgemonats.", 15 },
	{ "de-folgenden-monats", "Zahlungsziel: 10. des auf die Rechnungsstellung folgenden Monats", 10 },
	{ "nl-volgende-maand", "Betaling vóór de 10de van de volgende maand.", 10 },
	{ "nl-maand-volgend", "Te voldoen uiterlijk de 15e van de maand volgend op de factuurdatum.", 15 },
	{ "en-month-following", "Payable by the 20th of the month following the invoice date.", 20 },
	{ "en-following-month", "Terms: 20th of the following month", 20 },
	{ "en-mfi", "Terms: 21 MFI", 21 },
	/* Near misses: the next month's end; a date. */
	{ "de-ende-folgemonat", "Zahlbar bis Ende des Folgemonats.", 0 },
	{ "de-date", "Zahlbar bis zum 15. Dezember 2026.", 0 },
	/* Near misses (issue 8): a day of next month no payment is due on. */
	{ "en-next-delivery", "Your next delivery is on the 3rd of next month.", 0 },
	{ "nl-verlengd", "Het abonnement wordt verlengd per de 1e van de volgende maand.", 0 },
	{ "de-preisaenderung", "Die Preisänderung gilt ab dem 1. des Folgemonats.", 0 },
};

/* Calendar months. */
static const CountCase months_cases[] = {
	{ "nl-een-maand", "Te betalen binnen één maand na factuurdatum.", 1 },
	{ "nl-een-maand-plain", "Graag binnen een maand betalen.", 1 },
	{ "de-eines-monats", "Zahlbar innerhalb eines Monats ab Rechnungsdatum.", 1 },
	{ "de-einem-monat", "Bitte begleichen Sie die Rechnung innerhalb von einem Monat.", 1 },
	{ "en-one-month", "Payment is due within one month of the invoice date.", 1 },
	{ "en-1-month", "Please settle within 1 month.", 1 },
	{ "en-two-months", "Payable within two months.", 2 },
	{ "de-label", "Zahlungsziel: 1 Monat", 1 },
	/* Near misses: days, a week, a month's word in another sense. */
	{ "nl-days", "binnen 14 dagen", 0 },
	{ "en-a-week", "Please pay within a week.", 0 },
	{ "de-monatsbeitrag", "Monatsbeitrag Januar", 0 },
	{ "de-einspruch", "Gegen diesen Bescheid kann innerhalb eines Monats Einspruch eingelegt werden.", 0 },
	/* Near misses (issue 8): months in another clause or under another label. */
	{ "en-contract-terms", "Contract terms: 12 months", 0 },
	{ "en-disputes-month", "Payment due within 14 days, disputes must be raised within one month.", 0 },
	{ "en-weekly-fee", "Please pay the weekly fee within one month.", 1 },
};


typedef struct {
	const char *name;
	const char *text;
	gboolean immediate;
} ImmediateCase;

static const ImmediateCase immediate_cases[] = {
	{ "en-due-on-receipt", "Terms: Due on receipt", TRUE },
	{ "en-payable-upon-receipt", "Payable upon receipt.", TRUE },
	{ "en-due-immediately", "Amount due immediately.", TRUE },
	{ "nl-direct-na-ontvangst", "Betaling direct na ontvangst op NL28 BUNQ 7350 6468 54.", TRUE },
	/* Near miss: a payment on receipt of the goods is no invoice's term. */
	{ "nl-na-ontvangst-goederen", "Betaling direct na ontvangst van de goederen.", FALSE },
	{ "nl-betaling-colon-na-ontvangst", "Betaling: direct na ontvangst van deze factuur.", TRUE },
	{ "nl-betaling-colon-goederen", "Betaling: direct na ontvangst van de goederen.", FALSE },
	{ "de-zahlung-colon-sofort", "Zahlung: sofort nach Erhalt der Rechnung.", TRUE },
	{ "de-sofort-faellig", "Der Betrag ist sofort fällig.", TRUE },
	{ "de-zahlbar-sofort", "Zahlbar sofort ohne Abzug.", TRUE },
	{ "de-sofort-ohne-abzug", "Sofort und ohne Abzug zahlbar.", TRUE },
	{ "de-sofort-ohne-abzug-faellig", "Der Rechnungsbetrag ist sofort ohne Abzug fällig.", TRUE },
	{ "de-sofort-netto-zahlbar", "Sofort netto zahlbar.", TRUE },
	{ "nl-per-omgaande", "Gelieve per omgaande te voldoen.", TRUE },
	{ "nl-bij-ontvangst", "Te voldoen bij ontvangst.", TRUE },
	/* Near misses: "direct" and "receipt" in other senses. */
	{ "nl-direct-betalen-link", "Je kunt direct betalen via iDEAL.", FALSE },
	{ "en-receipt-attached", "Your receipt is attached; payment received on receipt of goods.", FALSE },
	{ "de-lieferung-sofort", "Die Lieferung erfolgt sofort.", FALSE },
	{ "en-term", "Payment within 14 days.", FALSE },
	/* A terms label whose value is "at once". */
	{ "de-zahlungsziel-sofort", "Zahlungsziel: sofort", TRUE },
	{ "en-terms-upon-receipt", "Terms: Upon receipt", TRUE },
	{ "nl-termijn-per-omgaande", "Betalingstermijn: per omgaande", TRUE },
	{ "de-faellig-colon-sofort", "Fällig: sofort", TRUE },
	{ "en-due-colon-upon-receipt", "Due: upon receipt", TRUE },
	/* The moment first, then the asking. */
	{ "nl-direct-na-ontvangst-overmaken", "Graag het totaal direct na ontvangst over te maken.", TRUE },
	{ "en-immediately-upon-receipt", "Kindly settle immediately upon receipt.", TRUE },
	{ "de-sofort-nach-erhalt", "Bitte sofort nach Erhalt überweisen.", TRUE },
	{ "en-upon-receipt-of-shipment", "We will settle immediately upon receipt of the shipment.", FALSE },
	/* Near miss: a direct debit is how, not when. */
	{ "en-payment-direct-debit", "Payment: direct debit", FALSE },
	/* Near miss: on receipt of the goods is a delivery's condition. */
	{ "de-nach-erhalt-der-ware", "Zahlungsbedingungen: nach Erhalt der Ware", FALSE },
	/* Paid when collected, which is now; "prompt" in Austria and Switzerland. */
	{ "en-pay-on-pickup", "pay on pickup or transfer now pls", TRUE },
	{ "en-payable-on-collection", "Payable on collection.", TRUE },
	{ "nl-bij-afhalen", "Te betalen bij afhalen, contant of per pin.", TRUE },
	{ "de-bei-abholung", "Der Betrag ist bei Abholung bar zu bezahlen.", TRUE },
	{ "de-zahlbar-prompt", "Zahlbar prompt netto.", TRUE },
	/* Near misses: a collection that is a service; "prompt" in English. */
	{ "en-free-collection", "Free collection of your old appliance.", FALSE },
	{ "en-prompt-payment", "Prompt payment is appreciated.", FALSE },
	{ "en-terms-prompt-payment", "Terms: prompt payment would be appreciated.", FALSE },
	{ "en-payment-prompt-payment", "Payment: prompt payment is much appreciated", FALSE },
	/* Flemish "contant" (at once) and Austrian "prompt" as a term label's value. */
	{ "be-contant-te-betalen", "Contant te betalen.", TRUE },
	{ "be-te-betalen-contant", "Te betalen: contant", TRUE },
	{ "be-betalingsvoorwaarden-contant", "Betalingsvoorwaarden: contant", TRUE },
	{ "at-zahlungskondition-prompt", "Zahlungskondition: prompt netto Kassa.", TRUE },
	{ "at-konditionen-prompt", "Konditionen: prompt ohne Abzug", TRUE },
	/* Near misses: cash as the way it was paid, a cash discount, thanks for a prompt payment,
	 * a payment received promptly. */
	{ "be-contant-betaald", "Bedrag contant betaald bij levering.", FALSE },
	{ "be-contante-korting", "2 % contante korting bij betaling binnen 8 dagen.", FALSE },
	{ "be-te-betalen-contant-of", "Te betalen contant of via overschrijving binnen 30 dagen.", FALSE },
	{ "de-danke-prompte-zahlung", "Danke für die prompte Zahlung der letzten Rechnung.", FALSE },
	{ "de-zahlung-prompt-erhalten", "Zahlung: prompt erhalten, vielen Dank.", FALSE },
	{ "nl-betaling-contant-ontvangen", "Betaling: contant ontvangen.", FALSE },
};

/* Due at the end of the month: the same shape as "at once", its own answer. */
static const ImmediateCase month_end_cases[] = {
	{ "en-due-end-of-the-month", "Terms\tDue\t:\tend of the month", TRUE },
	{ "en-payable-by-end-of-month", "Payable by the end of the month.", TRUE },
	{ "nl-einde-van-de-maand", "Te betalen vóór het einde van de maand.", TRUE },
	{ "de-monatsende", "Zahlbar bis Monatsende.", TRUE },
	{ "de-ende-des-monats", "Fällig zum Ende des Monats.", TRUE },
	{ "de-zahlungsziel-monatsende", "Zahlungsziel: Monatsende", TRUE },
	{ "ch-per-ende-monat", "Zahlbar per Ende Monat.", TRUE },
	/* Near misses (long20): a month's end for a delivery or a subscription's ending. */
	{ "ch-lieferung-per-ende-monat", "Lieferung per Ende Monat.", FALSE },
	{ "de-abo-endet-per-ende-monat", "Das Abo endet per Ende Monat.", FALSE },
	/* Near misses: a count of days before it is another term; a month's end that is no
	 * payment's; nothing. */
	{ "en-30-days-end-of-month", "Terms: 30 days end of month", FALSE },
	{ "en-subscription-renews", "Your plan renews at the end of the month.", FALSE },
	{ "nl-einde-maand-levering", "Levering aan het einde van de maand.", FALSE },
	{ "empty", "", FALSE },
	/* What is looked at before the phrase starts inside a two-byte letter: read from the next. */
	{ "letters-before", "ääääääääääääääää due end of the month", TRUE },
};

/* Due at the end of the month after the invoice's. */
static const ImmediateCase next_month_end_cases[] = {
	{ "nl-einde-volgende-maand", "Betalingstermijn: einde volgende maand", TRUE },
	{ "nl-maand-volgend-op-factuurmaand", "Te voldoen aan het einde van de maand volgend op de factuurmaand.", TRUE },
	{ "en-end-of-following-month", "Payment terms: end of the following month", TRUE },
	{ "en-month-following-invoice", "Due at the end of the month following the invoice date.", TRUE },
	{ "de-ende-folgemonat", "Zahlbar bis Ende des Folgemonats.", TRUE },
	/* Near misses: this month's end; nothing. */
	{ "en-end-of-this-month", "Payable by the end of the month.", FALSE },
	{ "empty", "", FALSE },
};

/* A term counted from the delivery. */
static const ImmediateCase from_delivery_cases[] = {
	{ "de-nach-lieferung", "Zahlbar innerhalb von 30 Tagen nach Lieferung.", TRUE },
	{ "nl-na-levering", "Betaling binnen 14 dagen na levering.", TRUE },
	{ "en-from-date-of-delivery", "Terms: 14 days from date of delivery", TRUE },
	{ "de-netto-ab-lieferdatum", "Zahlungsbedingungen: 14 Tage netto ab Lieferdatum", TRUE },
	/* Near misses: from the invoice's date; a delivery's own term. */
	{ "de-nach-rechnungsdatum", "Zahlbar 14 Tage nach Rechnungsdatum.", FALSE },
	{ "de-lieferung-innerhalb", "Lieferung innerhalb von 5 Tagen.", FALSE },
};

/* A term whose clause speaks of paying (dm_payment_term_days_paying); near misses: another
 * time limit the same words set. */
static const TermCase paying_cases[] = {
	{ "nl-betaling-binnen", "Betaling binnen 30 dagen aan de leverancier op NL91 ABNA 0417 1643 00.", 30 },
	{ "en-payment-within", "Payment within 30 days to the supplier's account.", 30 },
	{ "de-zahlbar-innerhalb", "Zahlbar innerhalb von 30 Tagen an den Leistenden.", 30 },
	{ "de-einwaende-binnen", "Bitte stellen Sie keine eigene Rechnung aus; Einwände binnen 14 Tagen.", 0 },
	{ "en-returns-within", "Returns are accepted within 14 days.", 0 },
	{ "nl-klachten-binnen", "Klachten binnen 8 dagen na ontvangst melden.", 0 },
};

static void
test_term_paying(gconstpointer data)
{
	const TermCase *c = data;
	g_assert_cmpint(dm_payment_term_days_paying(c->text, strlen(c->text)), ==, c->days);
}

static void
test_month_end_days(gconstpointer data)
{
	const MonthEndDaysCase *c = data;
	gboolean then = !c->then_month_end;
	g_assert_cmpint(dm_payment_term_month_end_days(c->text, strlen(c->text), &then), ==, c->days);
	g_assert_cmpint(then, ==, c->then_month_end);
}

static void
test_next_month_day(gconstpointer data)
{
	const CountCase *c = data;
	g_assert_cmpint(dm_payment_term_next_month_day(c->text, strlen(c->text)), ==, c->n);
}

static void
test_months(gconstpointer data)
{
	const CountCase *c = data;
	g_assert_cmpint(dm_payment_term_months(c->text, strlen(c->text)), ==, c->n);
}

static void
test_from_delivery(gconstpointer data)
{
	const ImmediateCase *c = data;
	g_assert_cmpint(dm_payment_term_from_delivery(c->text, strlen(c->text)), ==, c->immediate);
}

static void
test_next_month_end(gconstpointer data)
{
	const ImmediateCase *c = data;
	g_assert_cmpint(dm_payment_term_next_month_end(c->text, strlen(c->text)), ==, c->immediate);
}

static void
test_month_end(gconstpointer data)
{
	const ImmediateCase *c = data;
	g_assert_cmpint(dm_payment_term_month_end(c->text, strlen(c->text)), ==, c->immediate);
}

static void
test_immediate(gconstpointer data)
{
	const ImmediateCase *c = data;
	g_assert_cmpint(dm_payment_term_immediate(c->text, strlen(c->text)), ==, c->immediate);
}

static void
test_term(gconstpointer data)
{
	const TermCase *c = data;
	g_assert_cmpint(dm_payment_term_days(c->text, strlen(c->text)), ==, c->days);
}

/* Adds a test per case of @table (@n cases of @size bytes, each opening with its name) under
 * @prefix. */
static void
add_table(const char *prefix, gconstpointer table, gsize n, gsize size, GTestDataFunc func)
{
	for (gsize i = 0; i < n; i++) {
		gconstpointer c = (const char *)table + i * size;
		g_autofree char *path = g_strconcat(prefix, *(const char *const *)c, NULL);
		g_test_add_data_func(path, c, func);
	}
}
#define ADD_TABLE(prefix, table, func) add_table((prefix), (table), G_N_ELEMENTS(table), sizeof (table)[0], (func))

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_assert_cmpint(dm_payment_term_days(NULL, 0), ==, 0);
	g_assert_false(dm_payment_term_immediate(NULL, 0));
	g_assert_false(dm_payment_term_month_end(NULL, 0));
	g_assert_false(dm_payment_term_next_month_end(NULL, 0));
	g_assert_cmpint(dm_payment_term_months(NULL, 0), ==, 0);
	g_assert_cmpint(dm_payment_term_next_month_day(NULL, 0), ==, 0);
	g_assert_false(dm_payment_term_from_delivery(NULL, 0));
	ADD_TABLE("/terms/", cases, test_term);
	ADD_TABLE("/terms/paying/", paying_cases, test_term_paying);
	ADD_TABLE("/terms/immediate/", immediate_cases, test_immediate);
	ADD_TABLE("/terms/month-end/", month_end_cases, test_month_end);
	ADD_TABLE("/terms/next-month-end/", next_month_end_cases, test_next_month_end);
	ADD_TABLE("/terms/month-end-days/", month_end_days_cases, test_month_end_days);
	ADD_TABLE("/terms/next-month-day/", next_month_day_cases, test_next_month_day);
	ADD_TABLE("/terms/months/", months_cases, test_months);
	ADD_TABLE("/terms/from-delivery/", from_delivery_cases, test_from_delivery);
	return g_test_run();
}
