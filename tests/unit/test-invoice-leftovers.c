/* test-invoice-leftovers: the rules heldout27's leftovers asked for (numbers and amounts that
 * look alike), each on a small mail written for it and a near miss that must not trigger
 * it, as a table: a number printed in groups of digits is read whole; what earlier
 * invoices still owe, and a sum owed to someone else (the tax office), is no amount of this
 * invoice; a total at a VAT rate of nought is a total, not a VAT line; a cover note recalling an
 * earlier invoice still open leaves the new one an invoice; Odoo's "use the following
 * communication for your payment: <number>" asks for the number, no reference; a year after
 * a period's invoice word and a span of years in a label are no number and no amount; a
 * number under a bare title; a direct
 * debit's day over a wrapped line; a practitioner over the own practice's name; the name
 * the subject says the invoice is for; rows under a customer's number row; a practitioner
 * over the own practice a business; a yearly statement's subject over an invoice that asks
 * to be paid; two groups of digits, one number or a number and a column; an order's number
 * under a bare title (issue 8's left29 round); a series after the sender's initials under a
 * bare title (left30). */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;                   /* FALSE: must not be read as an invoice */
	const char *number;                 /* NULL: not checked; "": none read */
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *debtor;                 /* "" : none read; NULL: not checked */
	const char *reference;              /* "" : none read; NULL: not checked */
} Case;

static const Case cases[] = {
	/* A number printed in groups of digits, filling its cell or line, is one number. */
	{ "number-in-groups-de", "Ihre Rechnung",
	  "Rechnung\nRechnung\t380 2026 1187\nDatum\t20.11.2026\nTotal CHF\tCHF 1'200.00\n",
	  TRUE, "380 2026 1187", 120000, 120000, NULL, NULL, NULL },
	{ "number-in-groups-nl", "Uw factuur",
	  "Factuur 26 0417 55\nFactuurdatum: 20-11-2026\nTotaal: € 240,00\n",
	  TRUE, "26 0417 55", 24000, 24000, NULL, NULL, NULL },
	/* Near misses: a count or an amount after the number on its line is none of it. */
	{ "near-miss-count-after-number", "Factuur",
	  "Factuur 2026-88 12 stuks\nFactuurdatum: 20-11-2026\nTotaal: € 240,00\n",
	  TRUE, "2026-88", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-groups-before-a-word", "Invoice",
	  "Invoice 4471 2026 for the autumn works\nDate: 20 November 2026\nTotal: £240.00\n",
	  TRUE, "4471", 24000, 24000, NULL, NULL, NULL },
	/* Two groups: a year and its sequence, or a padded sequence, is one number; a shorter
	 * unpadded group after the number is an amount's or a count's column. */
	{ "number-year-and-sequence", "Uw factuur",
	  "Factuur 2026 0045\nFactuurdatum: 20-11-2026\nTotaal: € 120,00\n",
	  TRUE, "2026 0045", 12000, 12000, NULL, NULL, NULL },
	{ "number-padded-sequence", "Invoice",
	  "Invoice 48 0417\nDate: 20 November 2026\nTotal: £120.00\n",
	  TRUE, "48 0417", 12000, 12000, NULL, NULL, NULL },
	{ "near-miss-amount-after-number", "Invoice",
	  "Invoice 4471 120\nDate: 20 November 2026\nTotal: £120.00\n",
	  TRUE, "4471", 12000, 12000, NULL, NULL, NULL },
	{ "near-miss-count-after-number-en", "Invoice",
	  "Invoice 4471 12\nDate: 20 November 2026\nTotal: £120.00\n",
	  TRUE, "4471", 12000, 12000, NULL, NULL, NULL },
	/* What earlier invoices still owe, under this invoice's total, is the account's. */
	{ "earlier-invoices-balance-nl", "Factuur 2026-311",
	  "Factuur\nFactuurnummer\t2026-311\nFactuurdatum\t25-11-2026\nSubtotaal excl. btw\t€ 200,00\n"
	  "Btw 21 %\t€ 42,00\nTotaal incl. btw\t€ 242,00\nOpenstaand saldo vorige facturen\t€ 1.310,00\n",
	  TRUE, "2026-311", 24200, 24200, NULL, NULL, NULL },
	{ "previous-balance-en", "Invoice 5120",
	  "Invoice\nInvoice no.\t5120\nDate\t25 November 2026\nSubtotal\t€100.00\nVAT 23%\t€23.00\n"
	  "Total\t€123.00\nBalance brought forward\t€980.00\n",
	  TRUE, "5120", 12300, 12300, NULL, NULL, NULL },
	/* An earlier invoice still unpaid and the account's total under this invoice's total
	 * (misses32 round). */
	{ "outstanding-on-account-en", "Invoice INV-90",
	  "Invoice\nInvoice number\tINV-90\nInvoice date\t30 November 2026\nSubtotal\t£500.00\nVAT 20%\t£100.00\n"
	  "Total\t£600.00\nUnpaid: INV-71 of 31 Oct 2026\t£410.00\nTotal outstanding on account\t£1,010.00\n",
	  TRUE, "INV-90", 60000, 60000, NULL, NULL, NULL },
	{ "open-on-account-nl", "Factuur 2026-90",
	  "Factuur\nFactuurnummer\t2026-90\nFactuurdatum\t30-11-2026\nSubtotaal\t€ 500,00\nBtw 21%\t€ 105,00\n"
	  "Totaal\t€ 605,00\nTotaal openstaand op uw rekening\t€ 1.015,00\n",
	  TRUE, "2026-90", 60500, 60500, NULL, NULL, NULL },
	/* A client's tax back-payment, paid to the tax office, beside the adviser's fee. */
	{ "owed-to-the-tax-office-de", "Honorarnote HN-77",
	  "Honorarnote\nHonorarnote\tHN-77\nDatum\t30.11.2026\nZwischensumme netto\t300,00 €\nUSt. 20 %\t60,00 €\n"
	  "Honorar gesamt\t360,00 €\nIhre Nachzahlung laut Bescheid (an das Finanzamt)\t4.120,00 €\n",
	  TRUE, "HN-77", 36000, 36000, NULL, NULL, NULL },
	/* Near miss: a yearly settlement's Nachzahlung to the sender is still what is due. */
	{ "near-miss-nachzahlung-to-the-sender", "Abrechnung NK-2026-4",
	  "Nebenkostenabrechnung\nRechnungsnummer\tNK-2026-4\nDatum\t30.11.2026\nKosten gesamt\t1.400,00 €\n"
	  "Vorauszahlungen\t1.200,00 €\nNachzahlung\t200,00 €\n",
	  TRUE, "NK-2026-4", 20000, -1, NULL, NULL, NULL },
	/* A total at a rate of nought (an export) is still the total, not a VAT line. */
	{ "total-at-nought-vat", "Invoice 88120",
	  "Invoice\nInvoice\t88120\nInvoice date\t19 November 2026\nTulips (stems)\t2500\t€0.20\t€500.00\n"
	  "Total EUR (0 % VAT, export)\t€500.00\n",
	  TRUE, "88120", 50000, 50000, NULL, NULL, NULL },
	/* A new invoice whose cover note recalls an earlier one still open is the new invoice. */
	{ "earlier-invoice-still-open-en", "Invoice 4410 from Acme",
	  "Dear customer,\n\nYour invoice 4410 is set out below. Invoice 4388 (€210.00) is still open "
	  "as well.\n\nINVOICE\nInvoice no.\t4410\nDate\t25 November 2026\nTotal\t€300.00\n",
	  TRUE, "4410", 30000, 30000, NULL, NULL, NULL },
	{ "earlier-invoice-still-open-nl", "Factuur 2026-120",
	  "Beste klant,\n\nHierbij factuur 2026-120. Factuur 2026-097 staat nog open, wilt u die ook voldoen?\n\n"
	  "Factuur\nFactuurnummer\t2026-120\nFactuurdatum\t25-11-2026\nTotaal\t€ 300,00\n",
	  TRUE, "2026-120", 30000, 30000, NULL, NULL, NULL },
	/* Near misses: the invoice itself, or an unnamed one, still open is a reminder. */
	{ "near-miss-this-invoice-still-open", "Invoice 4388",
	  "Dear customer,\n\nInvoice 4388 is still open. Please find it set out again below.\n\n"
	  "INVOICE\nInvoice no.\t4388\nDate\t1 November 2026\nTotal\t€210.00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	{ "near-miss-unnamed-still-open", "Factuur 2026-097",
	  "Beste klant,\n\nDe factuur staat nog open. Hieronder nogmaals de gegevens.\n\n"
	  "Factuur\nFactuurnummer\t2026-097\nFactuurdatum\t25-10-2026\nTotaal\t€ 210,00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	/* Odoo's sentence asking for the invoice's own number is no payment reference. */
	{ "odoo-communication-is-the-number-nl", "Factuur INV/2026/00311",
	  "Factuur INV/2026/00311\nFactuurdatum: 25-11-2026\nTotaal: € 300,00\nBetaal op NL02 ABNA 0123 4567 89.\n"
	  "Gebruik de volgende mededeling voor uw betaling: INV/2026/00311\n",
	  TRUE, "INV/2026/00311", 30000, 30000, NULL, NULL, "" },
	{ "odoo-communication-is-the-number-de", "Rechnung RE/2026/00044",
	  "Rechnung RE/2026/00044\nRechnungsdatum: 25.11.2026\nGesamtbetrag: 300,00 €\n"
	  "Bitte verwenden Sie die folgende Mitteilung für Ihre Zahlung: RE/2026/00044\n",
	  TRUE, "RE/2026/00044", 30000, 30000, NULL, NULL, "" },
	/* Near miss: a structured communication in the same sentence is one. */
	{ "near-miss-odoo-structured-communication", "Factuur 2026/0324",
	  "Factuur 2026/0324\nFactuurdatum: 25-11-2026\nTotaal: € 300,00\n"
	  "Gebruik de volgende mededeling voor uw betaling: +++324/0087/71513+++\n",
	  TRUE, "2026/0324", 30000, 30000, NULL, NULL, "+++324/0087/71513+++" },
	/* An invoice named after the period it bills, then a year: the year, not the number. */
	{ "year-after-period-invoice-word", "Jahresrechnung 2027 – Wartung",
	  "Guten Tag\n\nHier die Jahresrechnung für 2027.\n\nRechnung 26-1130-04\nDatum: 30.11.2026\n"
	  "Total: CHF 1'200.00\n",
	  TRUE, "26-1130-04", 120000, 120000, NULL, NULL, NULL },
	{ "near-miss-year-shaped-number", "Rechnung 2027",
	  "Guten Tag\n\nanbei Rechnung 2027.\nDatum: 30.11.2026\nTotal: CHF 1'200.00\n",
	  TRUE, "2027", 120000, 120000, NULL, NULL, NULL },
	/* A bare title alone on its line, the number alone on the next. */
	{ "number-under-bare-title-en", "Your invoice from Acme",
	  "Dear customer,\n\nINVOICE\nAC-26-0412\nDate: 20 November 2026\nAmount due: £240.00\nDue date: 4 December 2026\n",
	  TRUE, "AC-26-0412", 24000, 24000, NULL, NULL, NULL },
	{ "number-under-bare-title-nl", "Uw factuur",
	  "Beste klant,\n\nFactuur\n2026-0871\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\nVervaldatum: 04-12-2026\n",
	  TRUE, "2026-0871", 24000, 24000, NULL, NULL, NULL },
	/* Near miss: a date or an amount under the title is none. */
	{ "near-miss-date-under-bare-title", "Rechnung RE-5510",
	  "Rechnung\n20.11.2026\nRechnungsnummer: RE-5510\nGesamtbetrag: 240,00 €\n",
	  TRUE, "RE-5510", 24000, 24000, NULL, NULL, NULL },
	/* A purchase order's, an order's or a customer's number alone under a bare title is no
	 * invoice number: with none printed, the number is null. */
	{ "po-under-bare-title-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nPO-4471\nDate: 20 November 2026\nAmount due: £240.00\nDue date: 4 December 2026\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "order-under-bare-title-nl", "Uw factuur",
	  "Beste klant,\n\nFactuur\nBestelling 2026-118\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "customer-under-bare-title-de", "Ihre Rechnung",
	  "Rechnung\nKd-Nr. 10233\nDatum: 20.11.2026\nZu zahlen: 240,00 €\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	/* Near miss: a series of letters that names no order is the number. */
	{ "near-miss-series-under-bare-title", "Your invoice",
	  "INVOICE\nPW-4471\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "PW-4471", 24000, 24000, NULL, NULL, NULL },
	/* A span of years in a total's label is the season billed, never the amount. */
	{ "span-of-years-in-label-en", "Invoice GF-120",
	  "INVOICE\nInvoice no.\tGF-120\nDate\t20 November 2026\nSubscription 2026/27\t£480.00\n"
	  "Deposit paid\t£100.00\nBalance due for subscription 2026/27\t£380.00\n",
	  TRUE, "GF-120", 38000, 48000, NULL, NULL, NULL },
	{ "span-of-years-in-label-de", "Rechnung MB-2026-77",
	  "Rechnung\nRechnungsnummer\tMB-2026-77\nDatum\t20.11.2026\nBereits bezahlt\t50,00 €\n"
	  "Zu zahlen Jahresbeitrag 2026/27\t190,00 €\n",
	  TRUE, "MB-2026-77", 19000, -1, NULL, NULL, NULL },
	/* Near miss: an amount shaped like a year is still the amount. */
	{ "near-miss-amount-like-a-year-span", "Factuur K-21",
	  "Factuur\nFactuurnummer\tK-21\nFactuurdatum\t20-11-2026\nTe betalen\t2026,00 €\n",
	  TRUE, "K-21", 202600, -1, NULL, NULL, NULL },
	/* A direct debit's day over a wrapped line ("per SEPA-" / "Lastschrift abgebucht") is
	 * the due date. */
	{ "debit-day-over-a-wrapped-line", "Ihre Rechnung 4100311",
	  "Rechnung\nRechnungsnummer\t4100311\nRechnungsdatum\t16.11.2026\nGesamtbetrag brutto\t120,00 €\n"
	  "Der Betrag wird am 30.11.2026 von Ihrem Konto DE41 **** **18 52 per SEPA-\nLastschrift abgebucht.\n",
	  TRUE, "4100311", 12000, 12000, "2026-11-30", NULL, NULL },
	/* A doctor over his own practice's name, no legal form: the doctor is billed. */
	{ "practitioner-over-practice", "Rechnung R-26-77",
	  "Rechnung R-26-77\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nHerr Dr. med. Jon Casutt\nPraxis am Tor\n"
	  "Obere Gasse 3\n7000 Chur\n\nTotal CHF: CHF 1'200.00\n",
	  TRUE, "R-26-77", 120000, 120000, NULL, "Dr. med. Jon Casutt", NULL },
	/* Near miss: a practice with a legal form is a firm, which owes. */
	{ "near-miss-practice-with-legal-form", "Rechnung R-26-78",
	  "Rechnung R-26-78\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nHerr Dr. med. Jon Casutt\nPraxis am Tor AG\n"
	  "Obere Gasse 3\n7000 Chur\n\nTotal CHF: CHF 1'200.00\n",
	  TRUE, "R-26-78", 120000, 120000, NULL, "Praxis am Tor AG", NULL },
	/* A reminder naming an earlier invoice beside this one, both still open, chases this
	 * one too (review28c): still a reminder. */
	{ "near-miss-reminder-names-another-and-this", "Invoice 4388",
	  "Dear customer,\n\nInvoice 4371 and invoice 4388 are still open. Please find the latter set out again below.\n\n"
	  "INVOICE\nInvoice no.\t4388\nDate\t1 November 2026\nTotal\t€210.00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	{ "near-miss-reminder-names-this-without-prefix", "Reminder",
	  "Dear customer,\n\nOur invoice 4388 is still unpaid. Please find it set out again below.\n\n"
	  "INVOICE\nInvoice no.\tINV-4388\nDate\t1 November 2026\nTotal\t€210.00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	/* Near misses of YEAR_IN_LABEL: an amount shaped like a year, its currency after it and
	 * a figure later on its line, is still the amount (review28c). */
	{ "near-miss-year-shaped-amount-vat-after", "Rechnung",
	  "Rechnung Nr. RE-26-118\nRechnungsdatum: 20.11.2026\nGesamtbetrag 2000 EUR inkl. 19 % MwSt.\n",
	  TRUE, "RE-26-118", 200000, 200000, NULL, NULL, NULL },
	{ "near-miss-year-shaped-amount-chf", "Rechnung",
	  "Rechnung Nr. RE-26-119\nRechnungsdatum: 20.11.2026\nTotal: 1990 CHF (inkl. 8.1 % MWST)\nZahlbar bis 4.12.2026\n",
	  TRUE, "RE-26-119", 199000, 199000, NULL, NULL, NULL },
	{ "near-miss-year-shaped-amount-due-by", "Invoice",
	  "Invoice no. AB-118\nDate: 20 November 2026\nAmount due: 2000 GBP by 4 December 2026\n",
	  TRUE, "AB-118", 200000, 200000, NULL, NULL, NULL },
	{ "near-miss-year-shaped-amount-nl", "Factuur",
	  "Factuurnummer: F-118\nFactuurdatum: 20-11-2026\nTe betalen: 2050 euro binnen 14 dagen\n",
	  TRUE, "F-118", 205000, 205000, NULL, NULL, NULL },
	/* Near misses of the practitioner's rule (review28c): a practice with a German
	 * partnership's legal form (GbR, PartmbB) is a firm; a practice named after its doctor
	 * is the practice as printed (README). */
	{ "near-miss-practice-gbr", "Rechnung R-26-81",
	  "Rechnung R-26-81\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nHerr Dr. med. Jon Casutt\nGemeinschaftspraxis am Tor GbR\n"
	  "Obere Gasse 3\n70173 Stuttgart\n\nGesamtbetrag: 1.200,00 €\n",
	  TRUE, "R-26-81", 120000, 120000, NULL, "Gemeinschaftspraxis am Tor GbR", NULL },
	{ "near-miss-kanzlei-partmbb", "Rechnung R-26-82",
	  "Rechnung R-26-82\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nHerrn Dr. Jon Casutt\nKanzlei Casutt Rechtsanwälte PartmbB\n"
	  "Obere Gasse 3\n70173 Stuttgart\n\nGesamtbetrag: 1.200,00 €\n",
	  TRUE, "R-26-82", 120000, 120000, NULL, "Kanzlei Casutt Rechtsanwälte PartmbB", NULL },
	{ "near-miss-practice-named-after-doctor", "Rechnung R-26-83",
	  "Rechnung R-26-83\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nFrau Dr. Ilse Worbis\nPraxis Dr. Ilse Worbis\n"
	  "Obere Gasse 3\n70173 Stuttgart\n\nGesamtbetrag: 1.200,00 €\n",
	  TRUE, "R-26-83", 120000, 120000, NULL, "Praxis Dr. Ilse Worbis", NULL },
	/* Near misses of the bare title's rule (review28c): a Belgian enterprise number, or a
	 * date, alone under "Factuur" / "INVOICE" is no invoice number. */
	{ "near-miss-enterprise-number-under-bare-title", "Uw factuur",
	  "Factuur\n0123.456.749\nTotaal: € 240,00\nVervaldatum: 04-12-2026\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-iso-date-under-bare-title", "Your invoice",
	  "INVOICE\n2026-11-20\nTotal: GBP 240.00\nDue date: 4 December 2026\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	/* A span of years after a period's invoice word is the season billed, as a year is
	 * (review28c); near miss: a plain invoice word's "2026/27" is its number. */
	{ "span-after-period-invoice-word", "Ihre Rechnung",
	  "Guten Tag\n\nanbei Ihre Jahresrechnung 2026/27\nDatum: 30.11.2026\nZu zahlen: 240,00 €\nFällig am 14.12.2026\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-span-shaped-number", "Uw factuur",
	  "Beste klant,\n\nHierbij factuur 2026/27\nFactuurdatum: 30-11-2026\nTe betalen: € 240,00\nVervaldatum: 14-12-2026\n",
	  TRUE, "2026/27", 24000, 24000, NULL, NULL, NULL },
	/* Near miss (review28c): a line ending in a whole sentence of another date ("wird am
	 * 01.01.2027 … verlängert") is no wrapped debit sentence; the next line's debit day is. */
	{ "near-miss-debit-word-on-the-next-sentence", "Ihre Rechnung 4100312",
	  "Rechnung\nRechnungsnummer\t4100312\nRechnungsdatum\t16.11.2026\nGesamtbetrag brutto\t120,00 €\n"
	  "Ihr Abonnement wird am 01.01.2027 um ein Jahr verlängert\nDer Betrag wird per SEPA-Lastschrift am 30.11.2026 eingezogen.\n",
	  TRUE, "4100312", 12000, 12000, "2026-11-30", NULL, NULL },
	/* Near misses of the total at a VAT rate of nought (review28c): the VAT row at 0 %
	 * ("0% btw  € 0,00") is no total, the total beneath it is. */
	{ "near-miss-nought-vat-row-nl", "Factuur 2026-311",
	  "Factuur\nFactuurnummer\t2026-311\nFactuurdatum\t25-11-2026\nSubtotaal\t€ 500,00\n0% btw\t€ 0,00\nTotaal\t€ 500,00\n",
	  TRUE, "2026-311", 50000, 50000, NULL, NULL, NULL },
	{ "near-miss-nought-vat-row-en", "Invoice 88121",
	  "Invoice\nInvoice no.\t88121\nDate\t19 November 2026\nSubtotal\t€500.00\n0 % VAT (export)\t€0.00\nTotal due\t€500.00\n",
	  TRUE, "88121", 50000, 50000, NULL, NULL, NULL },
	{ "near-miss-nought-vat-row-de", "Rechnung RE-311",
	  "Rechnung\nRechnungsnummer\tRE-311\nDatum\t19.11.2026\nZwischensumme\t500,00 €\nUSt. 0 %\t0,00 €\nSumme (0 % USt.)\t500,00 €\n",
	  TRUE, "RE-311", 50000, 50000, NULL, NULL, NULL },
	/* The subject names whom the invoice is for after its number ("Invoice 5512 - The
	 * Harbour Bookshop"): the block under the facts printing that name is the debtor's,
	 * not the sender's name printed twice, and outranks the greeting's first name. */
	{ "subject-names-the-recipient-en", "Invoice 5512 - The Harbour Bookshop",
	  "Hi Priya,\n\nHere's invoice 5512 for the window display.\n\nInvoice 5512\n\nInvoice date: 20 November 2026\n"
	  "Due: 4 December 2026\nYour PO: HB/26/031\n\nThe Harbour Bookshop\n14 Quay Street\nFalmouth TR11 3QA\n\n"
	  "Window display design  1 x £420.00  £420.00\n\nAmount due: £420.00\n\nThanks,\nJed\n",
	  TRUE, "5512", 42000, 42000, NULL, "The Harbour Bookshop", NULL },
	{ "subject-names-the-recipient-nl", "Factuur 2026-118 voor Boekhandel De Kaap",
	  "Hoi Sanne,\n\nHierbij factuur 2026-118.\n\nFactuurdatum: 20-11-2026\nVervaldatum: 04-12-2026\n\n"
	  "Boekhandel De Kaap\nDorpsstraat 41\n1791 BD Den Burg\n\nEtalage-ontwerp  € 420,00\n\nTe betalen: € 420,00\n",
	  TRUE, "2026-118", 42000, 42000, NULL, "Boekhandel De Kaap", NULL },
	/* Near miss: the sender naming itself from its subject ("Invoice 5513 from …") with
	 * its own block at the top: that block is still the sender's. */
	{ "near-miss-subject-names-the-sender", "Invoice 5513 from Ashcombe Window Studio",
	  "Ashcombe Window Studio\n3 Mill Lane\nTruro TR1 2QD\n\nHi Priya,\n\nHere's invoice 5513.\n\n"
	  "Invoice date: 20 November 2026\nDue: 4 December 2026\n\nAmount due: £420.00\n\nThanks,\nJed\n",
	  TRUE, "5513", 42000, 42000, NULL, "", NULL },
	/* A customer's number on the label's row makes it a details row: the rows under it
	 * ("Container<TAB>MSKU 5520113") are details too, and the window's block names the
	 * debtor. */
	{ "customer-number-row-over-details", "Invoice 77120",
	  "Kwekerij Zonneveld B.V.\nWestlandseweg 12 · 2291 PG Wateringen\n\nBloom House Ltd\nUnit 4, Market Row\n"
	  "London SW8 5AB\nUnited Kingdom\n\nInvoice\nInvoice\t77120\nInvoice date\t19 November 2026\n"
	  "Customer\tUK-0042\nOrder\tSO 26-118\nContainer\tMSKU 5520113\n\nTotal EUR (0 % VAT, export)\t€500.00\n",
	  TRUE, "77120", 50000, 50000, NULL, "Bloom House Ltd", NULL },
	/* Near miss: a name row without a value under such a label is still its block. */
	{ "near-miss-name-under-numbered-label", "Invoice 77121",
	  "Invoice\nInvoice\t77121\nInvoice date\t19 November 2026\n\nBill to\tUK-0042\nBloom House Ltd\n"
	  "Unit 4, Market Row\nLondon SW8 5AB\n\nTotal EUR\t€500.00\n",
	  TRUE, "77121", 50000, 50000, NULL, "Bloom House Ltd", NULL },
	/* The practitioner billed over the own practice's name is its holder, a business
	 * (README: practices billed by trade name are; the practice is no legal person, so
	 * the holder is named); near miss: a doctor at a home address is a private person. */
	{ "practitioner-over-practice-en", "Invoice 2210",
	  "Invoice 2210\nDate: 1 December 2026\nDue: 31 December 2026\n\nDr. Miriam Okonjo\nHarbourside Dental Surgery\n"
	  "12 Quay Road\nWhitby YO21 1AB\n\nAmount due: £600.00\n",
	  TRUE, "2210", 60000, 60000, NULL, "Dr. Miriam Okonjo", NULL },
	{ "near-miss-doctor-at-home", "Rechnung R-26-79",
	  "Rechnung R-26-79\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nHerr Dr. med. Jon Casutt\n"
	  "Obere Gasse 3\n7000 Chur\n\nTotal CHF: CHF 1'200.00\n",
	  TRUE, "R-26-79", 120000, 120000, NULL, "Dr. med. Jon Casutt", NULL },
	/* A subject naming a yearly statement over a page that bills and asks for payment: an
	 * invoice (a payroll office billing the year's statements it made). */
	{ "jaaropgave-subject-over-invoice-nl", "Jaaropgave 2026",
	  "Beste Femke,\n\nHierbij de factuur voor de salarisadministratie en de jaaropgaven 2026.\n\nFactuur\n"
	  "Factuurnummer: LV-2026-0412\nFactuurdatum: 30-11-2026\nVervaldatum: 14-12-2026\n\n"
	  "Salarisadministratie november  € 180,00\nJaaropgaven 2026 (6 x € 12,50)  € 75,00\nTe betalen  € 255,00\n",
	  TRUE, "LV-2026-0412", 25500, 25500, "2026-12-14", NULL, NULL },
	{ "jahresbescheinigung-subject-over-invoice-de", "Jahresbescheinigung 2026",
	  "Guten Tag Frau Brandl,\n\nanbei die Jahresbescheinigungen Ihrer Mitarbeiter und unsere Abrechnung dafür.\n\n"
	  "Rechnung\nRechnungsnummer: LB-26-0311\nRechnungsdatum: 30.11.2026\nZahlbar bis: 14.12.2026\n\n"
	  "Lohnabrechnung November  180,00 €\nZu zahlen: 180,00 €\n",
	  TRUE, "LB-26-0311", 18000, 18000, "2026-12-14", NULL, NULL },
	/* Near miss: the year's overview listing invoices by number asks for nothing. */
	{ "near-miss-jaaropgave-listing-invoices", "Jaaropgave kinderopvang 2026",
	  "Beste ouder,\n\nHierbij de jaaropgave kinderopvang 2026 voor de Belastingdienst.\n\n"
	  "Factuurnummer\tDatum\tBedrag\nKO-2026-01\t31-01-2026\t€ 812,00\nKO-2026-02\t28-02-2026\t€ 812,00\n"
	  "Totaal betaald in 2026\t€ 1.624,00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	/* Review29c's checks of the left29 rules, each passing when written: a subject saying
	 * what the works were for names no one; two groups of digits; a sender's practice
	 * over a patient's block leaves the patient a consumer. */
	{ "near-miss-subject-for-the-works", "Factuur 2026-041 voor werkzaamheden aan de Dorpsstraat",
	  "Klusbedrijf Hoek\nMolenweg 3\n1791 AB Den Burg\n\nBeste Kees,\n\nHierbij factuur 2026-041.\n\n"
	  "Factuurdatum: 20-11-2026\nVervaldatum: 04-12-2026\n\nTe betalen: € 420,00\n",
	  TRUE, "2026-041", 42000, 42000, NULL, "", NULL },
	{ "number-year-and-short-sequence", "Uw factuur",
	  "Factuur 2026 12\nFactuurdatum: 20-11-2026\nTotaal: € 240,00\n",
	  TRUE, "2026 12", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-one-digit-after-number", "Invoice",
	  "INV 88 7\nDate: 20 November 2026\nTotal: £240.00\n",
	  TRUE, "88", 24000, 24000, NULL, NULL, NULL },
	{ "number-swiss-groups", "Ihre Rechnung",
	  "Rechnung Nr. 12 345\nDatum: 20.11.2026\nTotal: CHF 240.00\n",
	  TRUE, "12 345", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-long-group-then-short", "Invoice",
	  "Invoice 000123 45\nDate: 20 November 2026\nTotal: £240.00\n",
	  TRUE, "000123", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-sender-physio-practice", "Factuur 2026-118",
	  "Praktijk voor Fysiotherapie J. de Vries\nBrink 4\n7411 BR Deventer\n\nDhr. P. Jansen\nKerkstraat 9\n7411 AB Deventer\n\n"
	  "Factuur\nFactuurnummer: 2026-118\nFactuurdatum: 20-11-2026\n\nBehandeling 3 x € 40,00\nTe betalen: € 120,00\n",
	  TRUE, "2026-118", 12000, 12000, NULL, "P. Jansen", NULL },
	/* Near misses (review29c): a year's statement listing its invoices, a sum for the year
	 * under "te betalen" or a standing due day ("Fällig am 15. jedes Monats"), gives no
	 * invoice number of its own and asks for nothing new: still no invoice. */
	{ "near-miss-jaaropgave-year-sum-to-pay", "Jaaropgave kinderopvang 2026",
	  "Beste ouder,\n\nHierbij de jaaropgave kinderopvang 2026 voor de Belastingdienst.\n\n"
	  "Factuurnummer\tMaand\tBedrag\nKO-2026-01\tjanuari\t€ 812,00\nKO-2026-02\tfebruari\t€ 812,00\n"
	  "Te betalen over 2026\t€ 1.624,00\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	{ "near-miss-jaaropgave-due-date-column", "Jaaropgave 2026",
	  "Geachte heer Smit,\n\nHierbij uw jaaropgave 2026.\n\nFactuur\tVervaldatum\tBedrag\n"
	  "2026-01\t31-01-2026\t€ 95,00\n2026-02\t28-02-2026\t€ 95,00\nTotaal te betalen in 2026: € 190,00\nAlle facturen zijn voldaan.\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	{ "near-miss-jahresbescheinigung-standing-due-day", "Jahresbescheinigung 2026",
	  "Sehr geehrte Frau Kurz,\n\nanbei Ihre Bescheinigung nach § 35a EStG.\n\nRechnungsnummer\tDatum\tBetrag\n"
	  "HV-26-01\t15.01.2026\t310,00 €\nFällig am 15. jedes Monats, alle Beträge bezahlt.\nSumme 2026\t310,00 €\n",
	  FALSE, NULL, -1, -1, NULL, NULL, NULL },
	/* Near misses (review29c): a firm's initials before its own number under a bare title
	 * ("KD-2026-014" of Koen Dekker, "SO-…" of Studio Orla, "DEB-…") are no order's or
	 * debtor's prefix; those need their "nr"/"no" or a dot ("Kd-Nr.", "Deb. 4410"). */
	{ "near-miss-initials-kd-under-title", "Uw factuur",
	  "Koen Dekker Timmerwerken\nLange Laan 4\n3011 AB Rotterdam\n\nFactuur\nKD-2026-014\n\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "KD-2026-014", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-initials-so-under-title", "Your invoice",
	  "Studio Orla\n4 Mill Road\nLeeds LS1 4AB\n\nINVOICE\nSO-2026-014\n\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "SO-2026-014", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-initials-deb-under-title", "Your invoice",
	  "Debbie Evans Bookkeeping\n4 Mill Road\nLeeds LS1 4AB\n\nINVOICE\nDEB-0412\n\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "DEB-0412", 24000, 24000, NULL, NULL, NULL },
	/* A series after the sender's initials under a bare title is the invoice's number
	 * ("PO-2026-014" of Pieter Oosterhof, from his From), as it is on the title's own line
	 * or under an invoice-number label, whatever its letters (left30).  "PO" from the
	 * letterhead alone is not enough: the first line may be the customer's, whose purchase
	 * order the invoice is made against (review30a), and a number missed costs less than
	 * a customer's order number in a reminder. */
	{ "initials-po-of-from-under-title-nl", "Uw factuur",
	  "Beste klant,\n\nFactuur\nPO-2026-014\n\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "PO-2026-014", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-po-of-letterhead-alone-under-title-nl", "Uw factuur",
	  "Pieter van Oosterhof Schilderwerken\nKerkstraat 8\n3512 AB Utrecht\n\nFactuur\nPO-2026-015\n\n"
	  "Factuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-po-series-under-title-customer-block-first-en", "Your invoice",
	  "Paul Ogden\n12 High Street\nLeeds LS2 7EY\n\nINVOICE\nPO-4471\n\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "po-series-on-title-line-en", "Your invoice",
	  "Dear customer,\n\nInvoice PO-4471\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "PO-4471", 24000, 24000, NULL, NULL, NULL },
	{ "po-series-under-number-label-nl", "Uw factuur",
	  "Factuur\nFactuurnummer: PO-4471\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "PO-4471", 24000, 24000, NULL, NULL, NULL },
	/* Near misses: a sales order's series that is not the sender's initials, or a PO or
	 * an SO under its own label, under a bare title is no invoice number; the label wins
	 * even over the sender's initials. */
	{ "near-miss-ord-series-under-title-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nORD-0042\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-so-label-under-title-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nSO 118\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-po-label-under-title-of-initials-nl", "Uw factuur",
	  "Beste klant,\n\nFactuur\nPO: 2026-014\n\nFactuurdatum: 20-11-2026\nTe betalen: € 240,00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	/* Near misses (review30a, left31): a From name that is a desk's, not a name ("Sales
	 * Office", "Purchase Office"), vouches for no initials: a sales or a purchase order's
	 * series under a bare title stays no invoice number.  A person's From whose initials
	 * they are still does. */
	{ "near-miss-so-series-under-title-from-sales-office-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nSO-4471\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "near-miss-po-series-under-title-from-purchase-office-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nPO-4471\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	{ "initials-so-of-a-persons-from-under-title-en", "Your invoice",
	  "Dear customer,\n\nINVOICE\nSO-2026-014\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "SO-2026-014", 24000, 24000, NULL, NULL, NULL },
	/* Near miss (review30a): a customer's and an order's number glued to their labels
	 * ("KundennummerKD-10233", "AuftragsnummerAB-2026-0042") are none of the invoice's. */
	{ "near-miss-glued-customer-and-order-numbers-de", "Ihre Rechnung",
	  "Rechnung\nKundennummerKD-10233\nAuftragsnummerAB-2026-0042\nRechnungsdatum: 20.11.2026\nZu zahlen: 238,00 €\n",
	  TRUE, "", 23800, 23800, NULL, NULL, NULL },
	{ "near-miss-po-series-under-title-of-other-initials-en", "Your invoice",
	  "Paul Ogden Joinery\n4 Mill Road\nLeeds LS1 4AB\n\nINVOICE\nSO-4471\n\nDate: 20 November 2026\nAmount due: £240.00\n",
	  TRUE, "", 24000, 24000, NULL, NULL, NULL },
	/* Near misses (review29c): the sender naming itself after a dash in its subject
	 * ("Invoice 0093 – Studio Vos", as many tools write it), its From a person's: its
	 * letterhead on top of the body or its block under the closing is still its own (under
	 * the closing, the greeting's name stands in, as before left29). */
	{ "near-miss-subject-names-the-sender-on-top", "Invoice 0093 – Studio Vos",
	  "Studio Vos\nKeizersgracht 12\n1015 CS Amsterdam\n\nHi Mark,\n\nHere's invoice 0093 for the logo work.\n\n"
	  "Invoice date: 20 November 2026\nDue: 4 December 2026\n\nAmount due: €420.00\n\nThanks,\nEva\n",
	  TRUE, "0093", 42000, 42000, NULL, "", NULL },
	{ "near-miss-subject-names-the-sender-signing", "Invoice 0094 – Studio Vos",
	  "Hi Mark,\n\nHere's invoice 0094 for the logo work.\n\n"
	  "Invoice date: 20 November 2026\nDue: 4 December 2026\n\nAmount due: €420.00\n\nThanks,\nEva\n\n"
	  "Studio Vos\nKeizersgracht 12\n1015 CS Amsterdam\n",
	  TRUE, "0094", 42000, 42000, NULL, "Mark", NULL },
	/* Under the number's own label its cell holds the number alone (review29c): two groups
	 * join whatever their widths, no amount's column shares a label's cell. */
	{ "number-groups-under-label-de", "Ihre Rechnung",
	  "Rechnung\nRechnungsnummer: 4471 120\nDatum: 20.11.2026\nTotal: CHF 240.00\n",
	  TRUE, "4471 120", 24000, 24000, NULL, NULL, NULL },
	{ "number-groups-in-label-cell-de", "Ihre Rechnung",
	  "Rechnung\nRechnungsnummer\t123 45\nDatum\t20.11.2026\nTotal\tCHF 240.00\n",
	  TRUE, "123 45", 24000, 24000, NULL, NULL, NULL },
	/* Review29c's checks that hold: the sender's own doctor over its practice on top leaves
	 * the patient below a consumer (the practice flag is cleared with the passed-over
	 * block); a customer's number row over a block whose right column holds the invoice's
	 * details still reads the block. */
	{ "near-miss-sender-doctor-over-practice-de", "Rechnung R-26-81",
	  "Dr. med. Anna Roth\nPraxis am Markt\nMarktplatz 3\n79098 Freiburg\n\nHerrn Peter Kunz\nBergstraße 5\n79100 Freiburg\n\n"
	  "Rechnung R-26-81\nDatum: 01.12.2026\nZahlbar bis: 31.12.2026\n\nBehandlung 120,00 €\nZu zahlen: 120,00 €\n",
	  TRUE, "R-26-81", 12000, 12000, NULL, "Peter Kunz", NULL },
	{ "near-miss-sender-doctor-over-practice-en", "Invoice 2212",
	  "Dr. Emma Hale\nMill Lane Practice\n4 Mill Lane\nYork YO1 7AB\n\nMr Peter Kent\n9 Bridge Street\nYork YO1 6DD\n\n"
	  "Invoice 2212\nDate: 1 December 2026\nDue: 31 December 2026\n\nAmount due: £120.00\n",
	  TRUE, "2212", 12000, 12000, NULL, "Peter Kent", NULL },
	{ "customer-number-row-beside-block-nl", "Factuur 2026-312",
	  "Factuur\n\nKlant\tK-10233\nBakkerij Smit\tFactuurnummer 2026-312\nDorpsstraat 4\tFactuurdatum 20-11-2026\n1791 AB Den Burg\n\n"
	  "Totaal\t€ 240,00\n",
	  TRUE, "2026-312", 24000, 24000, NULL, "Bakkerij Smit", NULL },
	/* Review29c's checks of the customer's-number row (left29), holding before and after it:
	 * a date beside the name, the details column beside the street, an account's number on
	 * the "Bill to" row, and the block is still read. */
	{ "customer-number-row-date-beside-name", "Invoice 77122",
	  "Invoice\nInvoice\t77122\nCustomer\tUK-0043\nBloom House Ltd\tDate 19 November 2026\nUnit 4, Market Row\nLondon SW8 5AB\n\nTotal\t€500.00\n",
	  TRUE, "77122", 50000, 50000, NULL, "Bloom House Ltd", NULL },
	{ "customer-number-row-details-beside-street-nl", "Factuur 2026-313",
	  "Factuur\nFactuurnummer\t2026-313\nKlant\tK-10234\nBakkerij Smit\nDorpsstraat 4\tFactuurdatum 20-11-2026\n1791 AB Den Burg\tVervaldatum 04-12-2026\n\n"
	  "Totaal\t€ 240,00\n",
	  TRUE, "2026-313", 24000, 24000, NULL, "Bakkerij Smit", NULL },
	{ "bill-to-account-row-over-block", "Invoice 77123",
	  "Invoice\nInvoice\t77123\nBill to\tAccount 4471\nHarbour Tea Rooms\t\nQuay Street 2\tPO 8812\nFalmouth TR11 3QA\n\nTotal\t£500.00\n",
	  TRUE, "77123", 50000, 50000, NULL, "Harbour Tea Rooms", NULL },
	/* left35: a payment reference given in words after its own label, the line's whole
	 * value — a name and a month the payer types to say who pays for what (en, nl, de). */
	{ "reference-in-words-en", "Invoice #31 - October lessons",
	  "Hi Sam,\n\nINVOICE No. 31\nDate: 30 October 2026\nPiano lessons, October: 4 x \u00a330.00 = \u00a3120.00\n"
	  "TOTAL DUE: \u00a3120.00\nPlease pay by 6 November 2026 by bank transfer:\nSort code: 20-45-77\n"
	  "Account number: 63918274\nPayment reference: Leo Oct\n\nThanks,\nMaria\n",
	  TRUE, "31", 12000, 12000, "2026-11-06", NULL, "Leo Oct" },
	{ "reference-in-words-nl", "Factuur 31 zwemles oktober",
	  "Beste Sam,\n\nFactuurnummer: 31\nFactuurdatum: 30-10-2026\nZwemles oktober: \u20ac 120,00\nTotaal: \u20ac 120,00\n"
	  "Graag overmaken voor 6 november 2026 op NL91 ABNA 0417 1643 00.\nBetalingskenmerk: Jansen oktober\n",
	  TRUE, "31", 12000, 12000, "2026-11-06", NULL, "Jansen oktober" },
	{ "reference-in-words-de", "Rechnung 31 Nachhilfe Oktober",
	  "Hallo Sam,\n\nRechnungsnummer: 31\nRechnungsdatum: 30.10.2026\nNachhilfe Oktober: 120,00 \u20ac\nGesamt: 120,00 \u20ac\n"
	  "Bitte bis 06.11.2026 auf DE89 3704 0044 0532 0130 00 \u00fcberweisen.\nZahlungsreferenz: Huber Oktober\n",
	  TRUE, "31", 12000, 12000, "2026-11-06", NULL, "Huber Oktober" },
	/* Near misses: the label's value tells the payer what to write, or names a column
	 * beside it; no reference is read (en, nl, de). */
	{ "near-miss-reference-placeholder-en", "Invoice #32 - October lessons",
	  "Hi Sam,\n\nINVOICE No. 32\nDate: 30 October 2026\nPiano lessons, October: \u00a3120.00\nTOTAL DUE: \u00a3120.00\n"
	  "Please pay by 6 November 2026 by bank transfer:\nSort code: 20-45-77\nAccount number: 63918274\n"
	  "Payment reference: your name\n",
	  TRUE, "32", 12000, 12000, "2026-11-06", NULL, "" },
	{ "near-miss-reference-placeholder-nl", "Factuur 32 zwemles oktober",
	  "Beste Sam,\n\nFactuurnummer: 32\nFactuurdatum: 30-10-2026\nTotaal: \u20ac 120,00\n"
	  "Graag overmaken voor 6 november 2026 op NL91 ABNA 0417 1643 00.\nBetalingskenmerk: uw naam en factuurnummer\n",
	  TRUE, "32", 12000, 12000, "2026-11-06", NULL, "" },
	{ "near-miss-reference-placeholder-de", "Rechnung 32 Nachhilfe Oktober",
	  "Hallo Sam,\n\nRechnungsnummer: 32\nRechnungsdatum: 30.10.2026\nGesamt: 120,00 \u20ac\n"
	  "Bitte bis 06.11.2026 auf DE89 3704 0044 0532 0130 00 \u00fcberweisen.\nVerwendungszweck: Ihr Name\n",
	  TRUE, "32", 12000, 12000, "2026-11-06", NULL, "" },
	{ "near-miss-reference-column-header-en", "Statement and invoice 33",
	  "INVOICE No. 33\nDate: 30 October 2026\nTOTAL DUE: \u00a3120.00\nPlease pay by 6 November 2026.\n\n"
	  "Payments received\nPayment reference\tAmount\nStanding order\t\u00a380.00\n",
	  TRUE, "33", 12000, -1, "2026-11-06", NULL, "" },
	/* left35: an Austrian house, staircase and door number that reads like a date
	 * ("Landstraße 7/3/18") ends no window block; the place and date line below stays the
	 * invoice's date (the due date counts from it). */
	{ "austrian-door-number-like-date-de", "Rechnung 2026/0415",
	  "Installateur Berger\nGumpendorfer Stra\u00dfe 20 | 1060 Wien\n\nFrau Mag. Karin Leitner\nLandstra\u00dfe 7/3/18\n"
	  "4020 Linz\n\nWien, 3/11/26\n\nRECHNUNG 2026/0415\n\nWartung Therme\t200,00 \u20ac\nRechnungsbetrag\t240,00 \u20ac\n"
	  "Zahlbar binnen 14 Tagen auf AT57 5796 1554 1137 9406.\n",
	  TRUE, "2026/0415", 24000, 24000, "2026-11-17", "Mag. Karin Leitner", NULL },
};

/* The debtor's kind, for the cases that check it. */
static const struct {
	const char *name;
	DmInvoiceDebtorKind kind;
} kinds[] = {
	{ "near-miss-sender-doctor-over-practice-de", DM_INVOICE_DEBTOR_CONSUMER },
	{ "near-miss-sender-doctor-over-practice-en", DM_INVOICE_DEBTOR_CONSUMER },
	{ "practitioner-over-practice", DM_INVOICE_DEBTOR_BUSINESS },
	{ "practitioner-over-practice-en", DM_INVOICE_DEBTOR_BUSINESS },
	{ "near-miss-doctor-at-home", DM_INVOICE_DEBTOR_CONSUMER },
	{ "near-miss-sender-physio-practice", DM_INVOICE_DEBTOR_CONSUMER },
};

/* The sender's From, for the cases whose sender names itself (default "Acme"): a sender
 * naming itself in the subject or on top is known by its From. */
static const struct {
	const char *name, *from;
} senders[] = {
	{ "near-miss-sender-doctor-over-practice-de", "Dr. med. Anna Roth <praxis@roth.example>" },
	{ "near-miss-sender-doctor-over-practice-en", "Mill Lane Practice <admin@milllane.example>" },
	{ "near-miss-subject-names-the-sender-on-top", "Eva de Boer <eva.deboer@mail.example>" },
	{ "near-miss-subject-names-the-sender-signing", "Eva de Boer <eva.deboer@mail.example>" },
	{ "near-miss-subject-for-the-works", "Klusbedrijf Hoek <info@klusbedrijfhoek.example>" },
	{ "initials-po-of-from-under-title-nl", "Pieter Oosterhof <pieter@oosterhof-schilder.example>" },
	{ "near-miss-po-label-under-title-of-initials-nl", "Pieter Oosterhof <pieter@oosterhof-schilder.example>" },
	{ "near-miss-sender-physio-practice", "Praktijk voor Fysiotherapie J. de Vries <info@fysiodevries.example>" },
	{ "near-miss-so-series-under-title-from-sales-office-en", "Sales Office <sales@acme.example>" },
	{ "near-miss-po-series-under-title-from-purchase-office-en", "Purchase Office <office@acme.example>" },
	{ "initials-so-of-a-persons-from-under-title-en", "Sarah O'Neill <sarah@oneill-design.example>" },
};

/* Each case read from a mail dated 4 December 2026 to a business's payables box. */
static void
test_case(gconstpointer data)
{
	const Case *c = data;
	const char *from = "Acme <billing@acme.example>";
	for (gsize i = 0; i < G_N_ELEMENTS(senders); i++)
		if (strcmp(senders[i].name, c->name) == 0)
			from = senders[i].from;
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail_from(from, "Fri, 04 Dec 2026 10:00:00 +0100", "ap@debtor.example",
								c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!dm_test_assert_kind(f, c->invoice))
		return;
	if (c->number && !*c->number)
		g_assert_null(f->number);
	dm_test_assert_read(f, c->number && *c->number ? c->number : NULL, c->due_cents, c->total_cents, NULL, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name ? f->debtor_name : "", ==, c->debtor);
	if (c->reference)
		g_assert_cmpstr(f->payment_reference ? f->payment_reference : "", ==, c->reference);
	for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++)
		if (strcmp(kinds[i].name, c->name) == 0)
			g_assert_cmpint(f->debtor_kind, ==, kinds[i].kind);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-leftovers/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
