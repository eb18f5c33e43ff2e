/* test-invoice-fees: the professions' own bills (the fees19 round), each on a small mail
 * written for it, beside a near miss from the same kind of office that must read
 * otherwise: a fee note under the profession's word ("fee note", "Bill of Costs",
 * "Liquidation", "Vorschreibung", "staat van kosten en ereloon", "lesgeldnota") against a
 * company "in liquidation" or a declaration paid at the desk; a nursery's month of fees
 * against next year's fee list.  As a table: a mail, whether it is an invoice, and where
 * it is, what must be read. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *number;                 /* NULL: not checked */
	const char *iban, *reference;       /* NULL: not checked; "" : none read */
} Case;

static const Case cases[] = {
	/* The profession's own word for its bill is the invoice word. */
	{ "fee-note-en", "Fee note - Rowe v Castlegate",
	  "Fee note\nFee note no.\tCH-5510\nDate\t1 December 2026\nBrief fee\t£900.00\nVAT\t£180.00\n"
	  "Total\t£1,080.00\nPayment within 30 days.\n",
	  TRUE, 108000, 108000, "2026-12-31", "CH-5510", NULL, NULL },
	{ "bill-of-costs-en", "Our bill",
	  "BILL OF COSTS\nBill No.\tSOL/118\nDate\t2 December 2026\nProfessional charges\t£1,500.00\nVAT\t£300.00\n"
	  "Total\t£1,800.00\nPayable within 28 days.\n",
	  TRUE, 180000, 180000, "2026-12-30", "SOL/118", NULL, NULL },
	/* A clinic's fee account, the insurer's share taken off (misses28). */
	{ "treatment-account-en", "Your treatment account WPC-27-031",
	  "Treatment account\nAccount No.\tWPC-27-031\nDate\t2 March 2027\nInitial assessment\t£80.00\n"
	  "Follow-up session\t£65.00\nTotal fees\t£145.00\nLess: settled by your insurer\t-£100.00\n"
	  "Balance payable by you\t£45.00\nPlease pay the balance within 14 days.\n",
	  TRUE, 4500, 14500, "2027-03-16", NULL, NULL, NULL },
	{ "liquidation-goz-de", "Ihre Behandlung",
	  "Liquidation nach GOZ\nLiquidation Nr.\tL-771\nDatum\t01.12.2026\nGesamtbetrag\t98,20 €\n"
	  "Zahlbar innerhalb von 30 Tagen.\n",
	  TRUE, 9820, 9820, "2026-12-31", "L-771", NULL, NULL },
	{ "vergutungsrechnung-de", "Ihre Angelegenheit",
	  "Vergütungsrechnung\nNr.\tVR-55\nDatum\t01.12.2026\nGeschäftsgebühr\t500,00 €\nUSt.\t95,00 €\n"
	  "Summe\t595,00 €\nZahlbar innerhalb von 14 Tagen.\n",
	  TRUE, 59500, 59500, "2026-12-15", NULL, NULL, NULL },
	{ "vorschreibung-at", "Ihre Wohnung Top 3",
	  "Vorschreibung Februar 2027\nVorschreibung\tVS-0203\nDatum\t15.01.2027\nGesamt\t812,40 €\n"
	  "Fällig am 05.02.2027\n",
	  TRUE, 81240, 81240, "2027-02-05", "VS-0203", NULL, NULL },
	{ "staat-van-kosten-en-ereloon-be", "Uw dossier",
	  "Staat van kosten en ereloon\nDatum: 01/12/2026\nEreloon\t€ 800,00\nBtw 21%\t€ 168,00\n"
	  "Totaal\t€ 968,00\nTe betalen binnen 15 dagen.\n",
	  TRUE, 96800, 96800, "2026-12-16", NULL, NULL, NULL },
	{ "lesgeldnota-nl", "Lesgeld",
	  "Lesgeldnota\nNotanummer\tLG-41\nDatum\t01-12-2026\nPianoles 30 min\t€ 240,00\nTotaal\t€ 240,00\n"
	  "Te betalen binnen 30 dagen.\n",
	  TRUE, 24000, 24000, "2026-12-31", "LG-41", NULL, NULL },
	{ "zahnarztrechnung-de", "Ihre Behandlung",
	  "Zahnarztrechnung\nNr.\tZR-5\nDatum\t01.12.2026\nGesamtbetrag\t98,20 €\nZahlbar innerhalb von 30 Tagen.\n",
	  TRUE, 9820, 9820, "2026-12-31", "ZR-5", NULL, NULL },
	{ "honorariumnota-nl", "Uw dossier",
	  "Honorariumnota\nNotanummer\tHN-8\nDatum\t01-12-2026\nTotaal\t€ 968,00\nTe betalen binnen 14 dagen.\n",
	  TRUE, 96800, 96800, "2026-12-15", "HN-8", NULL, NULL },
	{ "kostenrechnung-seminar-de", "Seminar für Praxen",
	  "Unser Seminar Kostenrechnung für Arztpraxen am 10.12.2026 in Erlangen.\nTeilnahmegebühr\t240,00 €\n"
	  "Anmeldung bis 05.12.2026 per Mail.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "mitgliederbeitrag-title-ch", "Beitrag 2027",
	  "Mitgliederbeitrag 2027\nBeleg Nr.\tTC-27-118\nDatum\t01.12.2026\nAktivmitglied\tCHF 420.00\n"
	  "Total\tCHF 420.00\nZahlbar bis 31.01.2027\n",
	  TRUE, 42000, 42000, "2027-01-31", NULL, NULL, NULL },
	{ "abschlag-ordinal-de", "Bauvorhaben Lindenweg",
	  "3. Abschlag nach § 15 HOAI\nNr.\tHA-88\nDatum\t01.12.2026\nAbschlag netto\t4.000,00 €\nUSt.\t760,00 €\n"
	  "Zahlbetrag\t4.760,00 €\nZahlbar innerhalb von 30 Tagen.\n",
	  TRUE, 476000, 476000, "2026-12-31", NULL, NULL, NULL },
	{ "elternbeitrag-title-ch", "Dezember",
	  "Elternbeitrag Dezember 2026\nBeleg Nr.\tKB-12\nDatum\t01.12.2026\nTotal\tCHF 1'200.00\n"
	  "Zahlbar bis 31.12.2026\n",
	  TRUE, 120000, 120000, "2026-12-31", NULL, NULL, NULL },
	/* A sum the office "would gladly receive" by a date, and a payment due by an event named
	 * with its day; near misses: a reply asked for by a date, an event with no payment. */
	{ "received-by-date-nl", "Nota tandarts",
	  "Nota\nNotanummer\tNK-31\nNotadatum\t01-12-2026\nTotaal\t€ 128,66\n"
	  "Graag ontvangen wij het bedrag vóór 15 december op onze rekening.\n",
	  TRUE, 12866, 12866, "2026-12-15", "NK-31", NULL, NULL },
	{ "reply-by-date-nl", "Nota tandarts",
	  "Nota\nNotanummer\tNK-32\nNotadatum\t01-12-2026\nTotaal\t€ 128,66\n"
	  "Graag ontvangen wij uw reactie vóór 15 december.\n",
	  TRUE, 12866, 12866, "", "NK-32", NULL, NULL },
	/* "voor" is "for" too: the sum for something done on a day, its term after ("Graag
	 * ontvangen wij het bedrag voor 3 november gesnoeide hagen binnen 14 dagen"); the
	 * term gives the due date, never the day of the work.  Near misses both ways: "voor"
	 * before the date alone, and "vóór" with its accent, are the due date still. */
	{ "received-voor-as-for-nl", "Nota hovenier",
	  "Nota\nNotanummer\tHV-7\nNotadatum\t01-12-2026\nTotaal\t€ 312,00\n"
	  "Graag ontvangen wij het bedrag voor 3 november gesnoeide hagen binnen 14 dagen.\n",
	  TRUE, 31200, 31200, "2026-12-15", "HV-7", NULL, NULL },
	{ "received-voor-by-date-nl", "Nota hovenier",
	  "Nota\nNotanummer\tHV-8\nNotadatum\t01-12-2026\nTotaal\t€ 312,00\n"
	  "Graag ontvangen wij het bedrag voor 18 december op rekening NL10 KNAB 2512 0855 49.\n",
	  TRUE, 31200, 31200, "2026-12-18", "HV-8", NULL, NULL },
	{ "received-voor-accent-then-term-nl", "Nota hovenier",
	  "Nota\nNotanummer\tHV-9\nNotadatum\t01-12-2026\nTotaal\t€ 312,00\n"
	  "Graag ontvangen wij het bedrag vóór 18 december, en anders binnen 30 dagen na een herinnering.\n",
	  TRUE, 31200, 31200, "2026-12-18", "HV-9", NULL, NULL },
	{ "next-lesson-en", "Tuition",
	  "Fee note NT-12\nDate: 4 December 2026\nTotal payable: £304.00\n"
	  "Please pay by your next lesson on Thursday 10 December, by bank transfer.\n",
	  TRUE, 30400, 30400, "2026-12-10", "NT-12", NULL, NULL },
	{ "next-lesson-de", "Unterricht",
	  "Honorarnote HN-3\nDatum: 01.12.2026\nGesamt\t240,00 €\n"
	  "Bitte zahlen Sie bis zur nächsten Stunde am 10.12.2026.\n",
	  TRUE, 24000, 24000, "2026-12-10", "HN-3", NULL, NULL },
	{ "next-lesson-no-payment-en", "Tuition",
	  "Fee note NT-13\nDate: 4 December 2026\nTotal payable: £304.00\nPayment within 14 days.\n"
	  "Please bring your workbook to your next lesson on Thursday 10 December.\n",
	  TRUE, 30400, 30400, "2026-12-18", "NT-13", NULL, NULL },
	/* A third party's share taken off below the total: the debtor owes the rest, the total
	 * stays the gross; near miss: a share the debtor may claim back is not taken off. */
	{ "subsidy-deducted-en", "December fees",
	  "Fee note\nFee note no.\tLA-77\nDate\t1 December 2026\nGross fees\t€980.00\n"
	  "Less NCS subsidy (CHICK 7T9QW)\t-€416.00\nPayment due 7 December 2026\n",
	  TRUE, 56400, 98000, "2026-12-07", "LA-77", NULL, NULL },
	{ "voucher-deducted-de", "Dezember",
	  "Elternbeitrag Dezember 2026\nBeleg Nr.\tKB-13\nDatum\t01.12.2026\nTotal Betreuung\tCHF 2'480.00\n"
	  "abzüglich Betreuungsgutschein Stadt Zürich\t-CHF 920.00\nZahlbar bis 31.12.2026\n",
	  TRUE, 156000, 248000, "2026-12-31", NULL, NULL, NULL },
	{ "insurer-may-reimburse-en", "Treatment",
	  "Fee note CS-19\nDate: 1 December 2026\nTotal\t£260.00\n"
	  "Your insurer may reimburse up to £60.00 of this.\nPayment within 14 days.\n",
	  TRUE, 26000, 26000, "2026-12-15", "CS-19", NULL, NULL },
	/* The office's account, not the one it holds for others named before it (a Stichting
	 * Derdengelden, an Anderkonto); near miss: with the office's first, it stays. */
	{ "derdengelden-before-office-nl", "Declaratie D-88",
	  "Declaratie\nDeclaratienummer\tD-88\nDatum\t01-12-2026\nTotaal\t€ 1.210,00\n"
	  "Stichting Derdengelden Van Dam Advocaten, IBAN NL41 KNAB 2601 8159 08 (alleen voor gelden van derden).\n"
	  "Graag betalen binnen 14 dagen op kantoorrekening NL69 TRIO 0166 1318 60.\n",
	  TRUE, 121000, 121000, "2026-12-15", "D-88", "NL69TRIO0166131860", NULL },
	{ "anderkonto-after-office-de", "Kostennote KN-4",
	  "Kostennote\nKostennote Nr.\tKN-4\nDatum\t01.12.2026\nGesamtbetrag\t595,00 €\n"
	  "Zahlbar innerhalb von 14 Tagen auf DE72 9139 0996 0308 2462 81.\n"
	  "Unser Anderkonto DE10 9482 1993 5181 9093 78 dient nur Fremdgeldern.\n",
	  TRUE, 59500, 59500, "2026-12-15", "KN-4", "DE72913909960308246281", NULL },
	/* A subcontractor's bill under the verleggingsregeling: the net payable is the total,
	 * though part goes to the G-rekening; near miss: "Restant" as a label is the balance. */
	{ "g-rekening-split-nl", "Termijn 2",
	  "Termijnnota 2\nNummer\tVG-12\nDatum\t01-12-2026\nAanneemsom\t€ 50.000,00\n"
	  "Te betalen (btw verlegd)\t€ 10.000,00\nHiervan € 3.500,00 op G-rekening NL41 KNAB 2601 8159 08,\n"
	  "het restant € 6.500,00 op NL69 TRIO 0166 1318 60. Betaling binnen 30 dagen.\n",
	  TRUE, 1000000, 1000000, "2026-12-31", "VG-12", "NL69TRIO0166131860", NULL },
	{ "restant-label-nl", "Nota N-5",
	  "Nota\nNotanummer\tN-5\nDatum\t01-12-2026\nTotaal\t€ 900,00\nReeds voldaan\t€ 300,00\n"
	  "Restant\t€ 600,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 60000, 90000, "2026-12-15", "N-5", NULL, NULL },
	/* "Resterend bedrag" a label of what is left to pay; near miss: "de resterende 8 stuks"
	 * in the cover note, what is left to deliver. */
	{ "resterend-label-nl", "Factuur R-7",
	  "Factuur\nNummer\tR-7\nDatum\t01-12-2026\nTotaal\t€ 900,00\nReeds voldaan\t€ 300,00\n"
	  "Resterend bedrag\t€ 600,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 60000, 90000, "2026-12-15", "R-7", NULL, NULL },
	{ "resterende-saldo-label-nl", "Factuur R-9",
	  "Factuur\nNummer\tR-9\nDatum\t01-12-2026\nKeuken montage\t€ 900,00\nAanbetaling ontvangen\t€ 300,00\n"
	  "Resterende saldo\t€ 600,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 60000, 90000, "2026-12-15", "R-9", NULL, NULL },
	{ "resterende-label-colon-nl", "Factuur R-10",
	  "Factuur\nNummer\tR-10\nDatum\t01-12-2026\nKeuken montage\t€ 900,00\nAanbetaling ontvangen\t€ 300,00\n"
	  "Resterende: € 600,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 60000, 90000, "2026-12-15", "R-10", NULL, NULL },
	{ "near-miss-resterende-stuks-nl", "Deelfactuur R-8",
	  "In bijlage de deelfactuur R-8 voor de eerste levering. De resterende 8 stuks volgen met een aparte factuur.\n"
	  "Factuurdatum: 01-12-2026\nTotaal: € 1.210,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 121000, 121000, "2026-12-15", "R-8", NULL, NULL },
	/* A progress bill: its earlier instalments off the cumulative state leave its own sum,
	 * which is its total; the contract's figure and "Total fee" are not; near miss: a
	 * final bill taking its progress bills off keeps the larger total. */
	{ "progress-bill-13b-de", "3. Abschlagsrechnung",
	  "3. Abschlagsrechnung\nNr.\tAR-3\nDatum\t01.12.2026\nAuftragssumme netto\t186.000,00 €\n"
	  "Leistungsstand netto\t112.500,00 €\nabzüglich 1. und 2. Abschlag\t-74.000,00 €\n"
	  "Betrag dieser Abschlagsrechnung\t38.500,00 €\nSteuerschuldnerschaft des Leistungsempfängers nach § 13b UStG.\n"
	  "Zahlbar innerhalb von 21 Tagen.\n",
	  TRUE, 3850000, 3850000, "2026-12-22", "AR-3", NULL, NULL },
	{ "final-bill-keeps-total-de", "Schlussrechnung",
	  "Schlussrechnung\nNr.\tSR-9\nDatum\t01.12.2026\nabzüglich Abschlagsrechnung Nr. 1\t-4.000,00 €\n"
	  "Noch zu zahlen\t6.000,00 €\nZahlbar innerhalb von 21 Tagen.\n",
	  TRUE, 600000, 1000000, "2026-12-22", "SR-9", NULL, NULL },
	{ "total-fee-not-total-en", "Fee account PH-3",
	  "Fee account - Stage 4\nFee account\tPH-3\nDate\t30 November 2026\nTotal fee (9% of construction cost)\t£41,040.00\n"
	  "This account\t£6,840.00\nVAT 20%\t£1,368.00\nAmount due\t£8,208.00\nPayment terms: 30 days.\n",
	  TRUE, 820800, 820800, "2026-12-30", "PH-3", NULL, NULL },
	{ "total-fees-a-total-en", "Fee note FN-2",
	  "Fee note\nFee note no.\tFN-2\nDate\t30 November 2026\nTotal fees\t£1,200.00\nLess: paid on account\t-£200.00\n"
	  "Balance due\t£1,000.00\nPayment terms: 30 days.\n",
	  TRUE, 100000, 120000, "2026-12-30", "FN-2", NULL, NULL },
	/* The debtor's share labelled as such once an insurer or a fund has paid its own; near
	 * miss: "geen eigen bijdrage" in a sentence names no amount. */
	{ "eigen-bijdrage-nl", "Nota TK-55",
	  "Nota\nNotanummer\tTK-55\nDatum\t01-12-2026\nBehandeling\t€ 240,00\nVergoed door uw verzekeraar\t€ -180,00\n"
	  "Uw eigen bijdrage\t€ 60,00\nBetaling binnen 14 dagen.\n",
	  TRUE, 6000, 24000, "2026-12-15", "TK-55", NULL, NULL },
	{ "geen-eigen-bijdrage-nl", "Nota TK-56",
	  "Nota\nNotanummer\tTK-56\nDatum\t01-12-2026\nBehandeling\t€ 240,00\nTotaal\t€ 240,00\n"
	  "Voor deze behandeling geldt geen eigen bijdrage van uw verzekeraar. Betaling binnen 14 dagen.\n",
	  TRUE, 24000, 24000, "2026-12-15", "TK-56", NULL, NULL },
	{ "eigenanteil-item-de", "Rechnung RS-4",
	  "Rechnung\nRechnungsnummer\tRS-4\nDatum\t01.12.2026\nEigenanteil Rollator (Aufzahlung)\t1\t89,00 €\t89,00 €\n"
	  "Sitzkissen\t1\t103,07 €\t103,07 €\nGesamtbetrag\t192,07 €\nZahlbar innerhalb von 14 Tagen.\n",
	  TRUE, 19207, 19207, "2026-12-15", "RS-4", NULL, NULL },
	{ "progress-current-payment-due-us", "Progress invoice PA-2204",
	  "PROGRESS INVOICE\nInvoice No.\tPA-2204\nDate\tDecember 1, 2026\nStipulated fee\t$186,000.00\n"
	  "Phase 3, 60% complete\t$33,480.00\nLess previously billed\t-$18,600.00\nCurrent payment due\t$14,880.00\n"
	  "Payment due within 30 days.\n",
	  TRUE, 1488000, 1488000, "2026-12-31", "PA-2204", NULL, NULL },
	/* left32: a Flemish club's request for its "lidgeld" (membership fee) under a title of
	 * its own, paid by transfer: its bill.  The title does the invoice word's work. */
	{ "left32-lidgeld-payment-request-be", "Betaalverzoek lidgeld 2027 HV-2027-031",
	  "Beste,\n\nBETAALVERZOEK LIDGELD 2027\n\nNummer: HV-2027-031\nDatum: 04/11/2026\n\n"
	  "Lidgeld volwassene\t\u20ac 140,00\nTotaal\t\u20ac 140,00\n\n"
	  "Te betalen uiterlijk op 31 januari 2027 op BE68 5390 0754 7034.\n",
	  TRUE, 14000, 14000, "2027-01-31", "HV-2027-031", "BE68539007547034", NULL },
	/* Near misses: an English company "in liquidation" writing about a debt, a declaration
	 * for the insurer paid at the desk, and next year's nursery fees. */
	{ "in-liquidation-en", "Your account with us",
	  "Harbour Widgets Ltd (in liquidation)\nThe company entered liquidation on 1 December 2026.\n"
	  "Our records show £420.00 received from you. No action is needed.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "declaratie-paid-at-desk-nl", "Declaratie voor uw verzekeraar",
	  "Beste heer Vos,\n\nU heeft de behandeling van 27 november (€ 46,50) al ter plekke gepind. Hierbij de "
	  "declaratie voor uw zorgverzekeraar; u hoeft niets meer te betalen.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	/* Near miss: a treatment account settled in full by the insurer asks for nothing. */
	{ "treatment-account-settled-en", "Your treatment account WPC-27-032",
	  "Treatment account\nAccount No.\tWPC-27-032\nDate\t2 March 2027\nInitial assessment\t£80.00\n"
	  "Your insurer has already paid this account in full. Nothing is due from you.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	/* review28b: near miss: a statement of a treatment account that thanks for a payment
	 * and asks for nothing. */
	{ "treatment-account-statement-en", "Your treatment account statement",
	  "Treatment account statement\nAccount No.\tWPC-27-040\nDate\t2 March 2027\nFollow-up session\t£65.00\n"
	  "Payment received 1 March 2027, thank you\t-£65.00\nBalance\t£0.00\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	/* A bill paid at the desk is a receipt, the profession's title notwithstanding; near
	 * miss: a declaratie that still asks for its sum. */
	{ "declaratie-paid-by-pin-nl", "Declaratie fysiotherapie",
	  "Declaratie\nDeclaratienummer\tFW-80\nDatum\t27-11-2026\nBehandeling code 1000\t€ 46,50\nTotaal\t€ 46,50\n"
	  "Voldaan per pin op 27-11-2026. Deze declaratie kunt u indienen bij uw zorgverzekeraar.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "declaratie-to-pay-nl", "Declaratie fysiotherapie",
	  "Declaratie\nDeclaratienummer\tFW-81\nDatum\t27-11-2026\nBehandeling code 1000\t€ 46,50\nTotaal\t€ 46,50\n"
	  "Graag binnen 14 dagen voldoen; pinnen aan de balie kan ook. Deze declaratie kunt u indienen bij uw zorgverzekeraar.\n",
	  TRUE, 4650, 4650, "2026-12-11", "FW-81", NULL, NULL },
	{ "desk-not-paid-nl", "Nota dierenkliniek",
	  "Nota\nNotanummer\tDK-90\nDatum\t27-11-2026\nConsult\t€ 58,26\nTotaal\t€ 58,26\n"
	  "U heeft niet aan de balie afgerekend. Wilt u het bedrag binnen 14 dagen overmaken?\n",
	  TRUE, 5826, 5826, "2026-12-11", "DK-90", NULL, NULL },
	{ "quittung-bar-erhalten-de", "Ihre Unterlagen für die Beihilfe",
	  "Liquidation Nr.\tPL-12\nDatum\t01.12.2026\nGOÄ 1, 5\t30,84 €\nGesamtbetrag\t30,84 €\nBetrag bar erhalten.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	/* The bill announced for later: an appointment with its fee, next year's fees; near
	 * miss: a nota set out that names the next one. */
	{ "nota-after-appointment-nl", "Bevestiging afspraak",
	  "Beste mevrouw Ramdin,\n\nUw afspraak: woensdag 9 december 2026 om 10:15 uur.\n"
	  "Tarief intake: € 62,00. De nota ontvangt u na de behandeling; betaling binnen 14 dagen.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "lesgeldnota-announced-nl", "Lesgeld 2027-2028",
	  "Vanaf 1 september 2027 gelden de volgende tarieven:\nPianoles 30 min\t€ 612,00\nGitaarles 30 min\t€ 598,00\n"
	  "De lesgeldnota ontvangt u in augustus; te betalen binnen 30 dagen.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "nota-names-next-nl", "Lesgeldnota LG-7",
	  "Lesgeldnota\nNotanummer\tLG-7\nDatum\t01-12-2026\nPianoles januari - juni\t€ 306,00\nTotaal\t€ 306,00\n"
	  "Te betalen binnen 30 dagen. Uw lesgeldnota ontvangt u weer in juni.\n",
	  TRUE, 30600, 30600, "2026-12-31", "LG-7", NULL, NULL },
	/* A court's fee passed on to be paid to the court is no bill of the sender's; near miss:
	 * a fee note that names a court fee it paid itself and bills it. */
	{ "court-fee-direct-en", "Court fee - please pay HMCTS",
	  "Dear Mr Patel,\n\nThe court has asked for the hearing fee of £545.00. Please pay it direct to HM Courts & "
	  "Tribunals Service by 15 December 2026, quoting claim number K00BS123. Our own fee note will follow.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "court-fee-billed-en", "Fee note FN-31",
	  "Fee note\nFee note no.\tFN-31\nDate\t1 December 2026\nProfit costs\t£600.00\nVAT\t£120.00\n"
	  "Court fee paid by us to HMCTS (no VAT)\t£545.00\nTotal\t£1,265.00\nPayment within 28 days.\n",
	  TRUE, 126500, 126500, "2026-12-29", "FN-31", NULL, NULL },
	{ "griffierecht-rechtstreeks-nl", "Griffierecht",
	  "Geachte heer Smit,\n\nDe rechtbank heeft de nota griffierecht gestuurd: € 688,00, te betalen binnen vier weken. "
	  "Betaalt u dit rechtstreeks aan de griffie, onder vermelding van zaaknummer C/05/412345.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
	{ "elternbeitrag-schedule-ch", "Elternbeiträge ab August 2027",
	  "Elternbeitrag ab August 2027\nVolltag\tCHF 128.00\nHalbtag\tCHF 76.00\n"
	  "Die neuen Beiträge gelten ab dem 1. August 2027.\n",
	  FALSE, -1, -1, NULL, NULL, NULL, NULL },
};

static GMimeMessage *
mail(const char *subject, const char *body)
{
	return dm_test_invoice_mail("Tue, 01 Dec 2026 10:00:00 +0100", "client@debtor.example", subject, body);
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = mail(c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!c->invoice) {
		if (f->is_invoice)
			g_error("read as an invoice");
		return;
	}
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	dm_test_assert_read(f, c->number, c->due_cents, c->total_cents, NULL, c->due);
	if (c->iban)
		g_assert_cmpstr(f->iban ? f->iban : "", ==, c->iban);
	if (c->reference)
		g_assert_cmpstr(f->payment_reference ? f->payment_reference : "", ==, c->reference);
}

/* A bare "$" beside an Australian ABN or BSB is AUD; the fund's benefit is taken off and
 * the gap is due.  Near miss: the same bill naming USD stays in US dollars. */
static void
test_australian_dollar(void)
{
	g_autoptr(GMimeMessage) au = mail("Tax Invoice 5512",
		"TAX INVOICE\nABN 51 624 118 903\nInvoice No.\t5512\nDate\t1 December 2026\nPodiatry consult\t$95.00\n"
		"Less HICAPS health fund benefit\t-$52.00\nGap payable\t$43.00\nGST-free. Payment within 7 days.\n"
		"BSB 064-000 Account 1234 5678\n");
	g_autoptr(DmInvoiceFacts) fa = dm_invoice_extract(au);
	g_assert_true(fa->is_invoice);
	dm_test_assert_read(fa, "5512", 4300, 9500, NULL, NULL);
	g_assert_cmpstr(fa->currency, ==, "AUD");
	g_autoptr(GMimeMessage) us = mail("Tax Invoice 5513",
		"TAX INVOICE\nABN 51 624 118 903\nInvoice No.\t5513\nDate\t1 December 2026\nConsulting\t$95.00\n"
		"Total (USD)\t$95.00\nPayment within 7 days.\n");
	g_autoptr(DmInvoiceFacts) fu = dm_invoice_extract(us);
	g_assert_true(fu->is_invoice);
	g_assert_cmpstr(fu->currency, ==, "USD");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-fees/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/invoice-fees/australian-dollar", test_australian_dollar);
	return g_test_run();
}
