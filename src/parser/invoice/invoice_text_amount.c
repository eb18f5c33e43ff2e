/* invoice_text_amount: the amount payable in free text.  A "te betalen" / "amount due" /
 * "zu zahlen" label wins, and when it stands below what was paid it is what is left; else
 * the total ("Totaal incl. btw" before a plain "totaal" line, the last of them, after the
 * item table) less what the text takes off it (invoice_text_deductions.c) or a labelled
 * payment; else the largest amount with a currency.  Subtotals, amounts before VAT, VAT
 * lines, cash discounts and the sum of a whole contract never count.  A label heading a
 * table's column has its value in the row below; a currency code in a label's brackets
 * ("Amount Due (CAD)") is the currency of a bare dollar sign.  With no total labelled (a
 * final invoice's contract sum, a settlement's costs) the total is what is due plus what
 * was paid or taken off; a deposit invoice's deposit rows are what it charges.
 * Failures: none; no amount gives DM_INVOICE_TEXT_DM_INVOICE_TEXT_AMOUNT_NONE. */
#include "parser/invoice/dm-invoice-text-amount.h"
#include "parser/invoice/dm-invoice-text-deductions.h"
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-currency.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* The amount on the line below its label, when not beside it; not a line that opens with a
 * zero before a digit: the telephone number a page's head prints under the label beside its
 * letterhead ("Balance Due" over "01604 210 887" over "£7,120.80"), which no amount does
 * ("0,50" has its separator after the zero). */
#define NEXT_LINE "(?:\\n[ \\t]*(?!0\\d))?"
/* What must not follow a label's amount: it was a percentage, a term, a date, or a day's
 * ordinal ("Te voldoen uiterlijk de 15e van de volgende maand", "the 20th"). */
#define AMOUNT_NOT_AFTER "(?![ \\t]*\\)?[ \\t]*(?:%|dagen|days|tage|tagen|werkdagen|weken|weeks|wochen|" DM_MONTH_RE "))(?![-/]\\d)" \
	HOURS_NOT_AFTER \
	"(?!,[ \\t]+\\d{4}(?!\\d))" /* nor a day before the year ("January 1, 2027") */ \
	"(?!(?:e|de|ste|st|nd|rd|th)\\b)" \
	AMOUNT_NOT_ASIDE
/* Nor a count of hours ("Total: 14 hours", "Totaal: 12 uur"): a timesheet's sum above the
 * money, never the amount. */
#define HOURS_NOT_AFTER "(?![ \\t]*(?:hours?|hrs|uur|uren|stunden|std)\\b)"
/* Nor another amount after a closing bracket: the first was an aside in the label ("Totaal
 * (incl. 21% btw € 317,43)  € 1.829,00", "Total (VAT £50.00 included) £300.00"). */
#define AMOUNT_NOT_ASIDE "(?![ \\t]*\\)[ \\t]*(?:€|\\$|£|[A-Z]{3}\\b|-?\\d))"
/* Between a label and its amount: words, and a VAT rate the label names ("Gesamtbetrag
 * inkl. 19 % MwSt.", "Total incl. 21% btw"), never another amount.  A run of blanks counts
 * as one step: a plain-text mail lines its amounts up in a column with spaces ("Totaal"
 * and 40 spaces before "€ 260,00"); taken whole (atomic), a run is never split up again.
 * So is a typed invoice's run of leader dots ("TOTAL ........ £272.95"), and an aside in
 * brackets on the VAT the total holds, its amount too (VAT_ASIDE, AMOUNT_NOT_ASIDE). */
#define VAT_ASIDE "\\((?=[^()\\n]*\\b(?:btw|vat|mwst|ust|gst|tax)\\b)[^()\\n]{0,60}\\)"
/* A bare count in a label, a column of money after it on the line, is part of the label
 * ("Totaal termijn 2" and then "€ 20.328,00"; "Stage 3   £4,800.00"): never the amount. */
#define MONEY_AFTER "[ \\t]+(?:€|\\$|£)[ \\t]*-?\\d{1,3}(?:[.,' ]?\\d{3})*[.,]\\d{2}\\b"
/* A date in a label, the day the total falls due ("Total due 25 March 2027  £15,504.00",
 * "Total due January 1, 2027<TAB>$865.00"), taken whole: its day and year are no amount. */
#define DATE_IN_LABEL "(?>" DM_DATE_RE ")(?=[ \\t]*(?:[€$£]|[A-Z]{3}\\b|-?\\d))" /* its amount on the same line */
/* A year in a label, or a span of years, an amount after it on the line, is part of the
 * label too ("Summe Arbeitskosten 2026<TAB>410,00 €", "Total 2026  £1,200.00",
 * "Jahresbeitrag 2026/27  120,00 €", "Amount due for subscription 2026-27: £120.00"): the
 * year or the season the sum is of, taken whole, never an amount of its own.  A blank, a
 * colon or a bracket ends it: an amount shaped like a year ("2026,00 €") is still one. */
#define YEAR_IN_LABEL DM_YEAR_SPAN_RE "(?=[ \\t:)]+[^\\n]*\\d)"
#define LABEL_GAP_OR(more) "(?:(?>[ \\t]+)|(?>\\.{3,})|[^\\n€$£\\d \\t]|\\d{1,2}(?:[.,]\\d{1,2})?[ \\t]*%|" VAT_ASIDE \
	more "|\\d{1,3}(?=" MONEY_AFTER ")|" YEAR_IN_LABEL "){0,40}?(?!\\d{1,3}" MONEY_AFTER "|" YEAR_IN_LABEL ")"
#define LABEL_GAP LABEL_GAP_OR("")
/* Only the amount due's label carries its day: a date in another ("Aanbetaling 12-01-2026
 * € -400,00") says when it was paid, a row of the table. */
#define LABEL_GAP_DATED LABEL_GAP_OR("|" DATE_IN_LABEL)
/* The amount payable, stated outright ("te betalen", "amount due", "zu zahlen"). */
static DmPattern amount_strong = DM_PATTERN(
	"(?:totaal\\s+te\\s+betalen|te\\s+betalen(?:\\s+bedrag)?|nog\\s+te\\s+(?:betalen|voldoen)|openstaand(?:\\s+bedrag)?"
	"|total\\s+(?:amount\\s+)?due|amount\\s+(?:due|payable|to\\s+pay)|balance\\s+(?:due|owing|to\\s+pay)"
	"|total\\s+payable|total\\s+to\\s+pay"
	/* what the customer transfers once a tax it withholds for the tax office is off ("Less
	 * RCT deducted at 20%" over "NET PAYABLE", "Less CIS deduction" over "Net payable") */
	"|net\\s+payable|(?:noch\\s+)?zu\\s+zahlen(?:der\\s+betrag)?|offener\\s+betrag"
	"|zahlbetrag|restbetrag|restzahlung|restsumme|net\\s+à\\s+payer|montant\\s+dû"
	/* what is left once a deposit or an earlier payment is off: "Te voldoen", "Nog over te
	 * maken" (a bare "over te maken" only as a label, never in a sentence), "Remaining
	 * balance", "Resterend bedrag", "Resterende saldo", "Verbleibender Betrag", "Noch offen";
	 * not "de resterende 8 stuks", what is left to deliver */
	"|te\\s+voldoen|nog\\s+over\\s+te\\s+maken|over\\s+te\\s+maken(?=[ \\t]*(?::|\\t|€| {2}))"
	"|(?:remaining|outstanding)\\s+balance|balance\\s+remaining|resterend(?:e?\\s+(?:bedrag|saldo))?\\b"
	"|resterende(?=[ \\t]*(?::|\\t|€| {2}))"
	/* "BALANCE  £838.00" under "LESS DEPOSITS PAID": a bare "Balance" only as a label at
	 * the start of its line, never "the balance of your account" in a sentence */
	"|(?<![^\\n])[ \\t]*balance(?=[ \\t]*(?::|\\t|[€$£]| {2}))"
	/* "Restant" a label, not "het restant … op <IBAN>", a part of the sum split between
	 * two accounts (a G-rekening's share and the rest) */
	"|(?<!\\bhet\\s)restant(?:\\s+bedrag)?|verbleibender\\s+betrag|noch\\s+offen"
	/* a bare "Offen" as a label at the start of its line ("Offen<TAB>0,00 €" below the
	 * total), never "offen" in a sentence */
	"|(?<![^\\n])[ \\t]*offen(?=[ \\t]*(?::|\\t|€| {2}))"
	/* a progress bill's own sum below its contract's: "Betrag dieser Abschlagsrechnung",
	 * "Current payment due" */
	"|betrag\\s+dieser\\s+(?:abschlags|teil|schluss)?rechnung|current\\s+(?:payment|amount)\\s+due"
	/* the debtor's share once an insurer, a fund or a subsidy has paid its own: "Uw eigen
	 * bijdrage", "Patient balance", "Gap payable", "Parent contribution", "Ihr Anteil" —
	 * the whole label, its amount next ("Eigenanteil Rollator<TAB>1<TAB>89,00 €" is an item) */
	"|(?:(?:uw\\s+)?eigen\\s+bijdrage|patient\\s+(?:balance|contribution|share|portion)|gap\\s+(?:payable|amount)"
	"|parent\\s+contribution|ihr\\s+anteil)(?=[ \\t]*(?::|\\t|[€$£]| {2}))"
	/* a yearly settlement's balance to pay once the advances are off: "Nachzahlung",
	 * "nachzuzahlender Betrag", "balancing charge (due)" ("bij te betalen" is "te betalen") */
	"|nachzahlung(?:sbetrag)?|nachzuzahlen(?:der\\s+betrag)?|balancing\\s+charge(?:\\s+due)?"
	/* a deposit invoice's sum: "Deposit payable", "Deposit due", "Anzahlungsbetrag" */
	"|deposit\\s+(?:payable|due|to\\s+pay)|anzahlungsbetrag)"
	LABEL_GAP_DATED NEXT_LINE "(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CI);
/* The total including VAT; the last such line is the final one (item tables come first). */
#define AMOUNT_MEDIUM(words) DM_PATTERN( \
	"\\b(?:" words ")\\b" \
	/* not the whole contract's figure a progress bill prints above its own ("Total fee (9% \
	 * of construction cost)", "Total contract sum") */ \
	"(?![ \\t]+(?:fee|contract|construction|project)\\b)" \
	/* nor a count: "Total hours: 14", "Totaal uren", "Total qty", "Gesamt Stunden" — \
	 * with "Amount" no longer beside "Total", it would take the last total's place */ \
	"(?![ \\t]+(?:(?:number\\s+of\\s+|aantal\\s+)?(?:hours?|hrs|uren|uur|stunden|std|quantity|qty" \
	"|items?|units?|stuks|aantal|anzahl|menge|pieces|pcs)\\b))" \
	LABEL_GAP NEXT_LINE "(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER, \
	CI)
static DmPattern amount_medium = AMOUNT_MEDIUM(
	"totaalbedrag|factuurbedrag|rechnungsbetrag|gesamtbetrag|endbetrag|bruttobetrag|brutto"
	"|totaal|total|gesamt|summe|invoice\\s+(?:total|amount)");
/* A bare "Bedrag" or "Amount" names a total only when nothing says total: it is also an
 * item table's column, paired with its one row's cell below the totals ("Bedrag /
 * Amount: € 3.040,00" after "Totaal / Total € 3.678,40"). */
static DmPattern amount_bare = AMOUNT_MEDIUM("bedrag|amount");
/* The total including VAT, said so: it beats a plain "total" line. */
static DmPattern amount_total_incl = DM_PATTERN(
	"\\b(?:(?:tota(?:a)?l|summe|endsumme|betrag)\\s+(?:incl|inkl)(?:\\.|usief|uding|usive)?(?:\\s*\\d{1,2}(?:[.,]\\d{1,2})?\\s*%)?"
	"\\s*(?:btw|vat|tax|mwst|ust)?\\.?|gesamt(?:betrag)?\\s+(?:brutto|inkl\\.?(?:\\s*(?:mwst|ust)\\.?)?)"
	"|bruttobetrag|brutto|rechnungsbetrag|gesamtbetrag|endbetrag"
	"|endsumme|gesamtsumme|rechnungssumme|bruttosumme|eindtotaal|eindbedrag|grand\\s+total|invoice\\s+total"
	/* Swiss German makes "Total" a compound: "Rechnungstotal", "Gesamttotal", "Endtotal". */
	"|rechnungstotal|gesamttotal|endtotal"
	/* the gross charge a third party's share is taken off: "Gross fees", "Gross total" */
	"|gross\\s+(?:total|amount|fees?|charges?)"
	"|gutschrifts?betrag|gutschrifts?summe|creditbedrag|credit\\s+total|total\\s+credit"
	/* the invoice's own sum set apart from an account's ("This invoice  £432.00" above
	 * "Account balance"), a label that starts its line, never "please pay this invoice" */
	"|(?<![^\\n])[ \\t]*(?:total\\s+|totaal\\s+|summe\\s+)?(?:this\\s+invoice|deze\\s+factuur|diese\\s+rechnung)"
	"(?=[ \\t]*(?::|\\t|[€$£]| {2})))\\b"
	LABEL_GAP NEXT_LINE "(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CI);
/* A deposit figured as a share of a price ("Booking deposit - 25%", "Aanbetaling 30 %") is
 * being asked on that row, not taken off: a deposit paid is a sum, and says so when a rate
 * stands beside it ("Deposit 25% paid"). */
#define DEPOSIT_SHARE "(?![ \\t]*(?:(?:-|–|:)[ \\t]*)?\\d{1,3}(?:[.,]\\d+)?[ \\t]*%" \
	"(?![^\\n]*\\b(?:paid|received|bezahlt|gezahlt|erhalten|betaald|voldaan|ontvangen)\\b))"
/* Already paid: a deposit or part payment the amount due is the total less. */
static DmPattern amount_paid = DM_PATTERN(
	"(?:reeds\\s+(?:betaald|voldaan|ontvangen)|al\\s+betaald|aanbetaling" DEPOSIT_SHARE
	/* an advance on costs is charged, not paid: "Voorschot servicekosten", "… stookkosten" */
	"|voorschot(?![ \\t]+(?:service|stook|energie|warmte|gas|water|elektra|vve|bijkomende)\\w*)|ontvangen\\s+aanbetaling"
	"|bereits\\s+(?:bezahlt|gezahlt|erhalten)|erhaltene\\s+anzahlung|anzahlung(?!s(?:betrag|rechnung))" DEPOSIT_SHARE "|abschlagszahlung"
	"|less\\s+(?:amount\\s+)?paid|amount\\s+paid|paid\\s+to\\s+date|deposit(?:\\s+(?:paid|received)|(?!\\s+(?:payable|due|to\\s+pay))" DEPOSIT_SHARE ")"
	"|less\\s+deposit|payments?\\s+received|amount\\s+received|prepa(?:id|yment)|retainer\\s+(?:paid|applied|received)"
	"|on[- ]account\\s+payments?|payments?\\s+on\\s+account"
	"|vorauszahlung|akontozahlung|geleistete\\s+anzahlung|bereits\\s+geleistet|vooruitbetaald|vooruitbetaling"
	"|ontvangen\\s+bedrag|(?:^|\\t)[ \\t]*paid(?=[ \\t]*(?::|\\t|€|£|\\$)))"
	LABEL_GAP "(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CIM);
/* A row of the invoice's table: an amount, its VAT rate in a cell of its own, and more
 * after it ("Nebenkostenvorauszahlung<TAB>410,00 €<TAB>19 %<TAB>487,90 €").  An advance
 * charged (a landlord's "voorschot servicekosten") is such a row; what was paid is not
 * taxed again in the totals. */
static DmPattern charged_row = DM_PATTERN("\\d\\h*(?:€|eur)?\\t\\d{1,2}(?:[.,]\\d{1,2})?\\h?%\\t[^\\t\\n]*\\d", CI);
/* An item row of the invoice's table: its label, a quantity alone in its cell, then a
 * price and the line's amount ("Voorschot servicekosten<TAB>1<TAB>€ 210,00<TAB>€ 210,00"):
 * an advance charged, whatever its word. */
static DmPattern item_row = DM_PATTERN(
	"^[^\\t\\n]*\\t\\h*\\d{1,4}(?:[.,]\\d{1,3})?\\h*\\t[^\\t\\n]*\\d[^\\t\\n]*\\t[^\\t\\n]*\\d", CI);
/* A contract's whole, of which the invoice bills one part. */
#define CONTRACT_SUM_RE \
	"aanneemsom|opdrachtsom|opdrachtwaarde|contract(?:som|bedrag|waarde|\\s+(?:sum|value|amount|price))|total\\s+contract" \
	"|auftragssumme|vertragssumme|auftragswert|auftragsvolumen|gesamtauftrag"
/* What earlier invoices still owe, printed under this one's total: "Openstaand saldo vorige
 * facturen", "Previous balance", "Balance brought forward", "Saldo früherer Rechnungen",
 * "Vorsaldo" — the account's, never what this invoice asks. */
#define EARLIER_INVOICES_RE \
	"\\b(?:vorige|eerdere|voorgaande|oudere)\\s+facturen|\\b(?:vorig|vorige)\\s+saldo" \
	"|\\b(?:previous|earlier|prior|older)\\s+invoices|\\b(?:previous|prior)\\s+balance|\\bbalance\\s+brought\\s+forward" \
	"|\\b(?:frühere|früheren|vorherige|vorherigen|ältere|älteren)r?\\s+rechnungen|\\bvorsaldo|\\bsaldovortrag"
/* A sum owed to someone else, which the page names beside its own fee: a tax adviser's
 * client's back-payment "an das Finanzamt" / "lt. Bescheid", "payable to HMRC", "aan de
 * Belastingdienst" — the client pays it there, not to the invoice's sender. */
#define OWED_ELSEWHERE_RE \
	"\\b(?:an\\s+das|ans)\\s+finanzamt|\\b(?:lt\\.|laut)\\s+(?:steuer)?bescheid" \
	"|\\b(?:to|payable\\s+to)\\s+(?:hmrc|the\\s+revenue|revenue|the\\s+tax\\s+office|the\\s+irs)\\b" \
	"|\\baan\\s+de\\s+belastingdienst|\\bvolgens\\s+(?:de\\s+)?aanslag"
/* An account's balance, the sum of this invoice and others still open — what a statement
 * owes, printed under the invoice's own total ("Totaal openstaand inclusief deze factuur",
 * "Balance including this invoice", "Account balance", "Saldo einschließlich dieser
 * Rechnung", "Total outstanding on account") — and the open items listed beside it ("Openstaande posten: …", "Open items",
 * "Offene Posten"). */
#define ACCOUNT_SUM_RE \
	"\\b(?:incl(?:\\.|usief)?|inclusive\\s+of|including|inkl(?:\\.|usive)?|einschl(?:\\.|ie(?:ß|ss)lich)?)" \
	"\\s+(?:deze|this|dieser|diese)\\s+(?:factuur|invoice|rechnung)\\b" \
	"|\\baccount\\s+balance|\\bbalance\\s+(?:on|of)\\s+(?:your\\s+)?account|\\b(?:uw\\s+)?rekeningsaldo|\\bkontosaldo" \
	/* what the whole account owes: "Total outstanding on account", "Totaal openstaand op uw \
	 * rekening", "offen auf Ihrem Kundenkonto" */ \
	"|\\b(?:outstanding|owing|owed|unpaid)\\s+on\\s+(?:your\\s+|the\\s+)?account\\b" \
	"|\\bopenstaand\\s+op\\s+(?:uw\\s+|je\\s+|de\\s+)?rekening\\b" \
	"|\\boffen\\s+auf\\s+(?:ihrem|deinem|dem)\\s+(?:kunden)?konto\\b" \
	"|\\bopenstaande\\s+posten|\\bopen\\s+items|\\boffene\\s+posten" \
	"|" EARLIER_INVOICES_RE "|" OWED_ELSEWHERE_RE
/* A sum the invoice is only part of: a contract's or an account's. */
static DmPattern other_sum = DM_PATTERN(CONTRACT_SUM_RE "|" ACCOUNT_SUM_RE, CI);
/* An account's sum is told by the label's own cells, not its line: a page prints the
 * account's box beside the invoice's totals, on the same row ("Total due<TAB>£432.00<TAB>
 * Account balance<TAB>£1,632.00"). */
static DmPattern account_sum = DM_PATTERN(ACCOUNT_SUM_RE, CI);
/* A "total" line that is not the amount payable: subtotals, amounts before VAT, a cash
 * discount, and the sum of a contract of which the invoice is one part. */
static DmPattern amount_excluded = DM_PATTERN(
	"sub\\s*-?tota|zwischensumme|zwischentotal|\\bexcl|\\bexkl|exclusief|excluding|\\bex\\.?\\s*(?:btw|vat)|zonder\\s+btw|before\\s+tax"
	"|\\bnetto\\b|gesamt\\s+netto|\\bnet\\s+amount|skonto|" CONTRACT_SUM_RE,
	CI);
/* A VAT line is no total (dm_invoice_text_vat_between), unless the line says the VAT is
 * included ("Totaal incl. btw", "Gesamtbetrag inkl. 19 % MwSt.", "Total inkl. MWST", "Total
 * including VAT"). */
static DmPattern vat_included = DM_PATTERN(
	"\\b(?:incl|inkl|inclusief|including|inclusive|inklusive|einschl(?:ießlich|iesslich)?)\\b"
	/* nor when it says no VAT is charged on the bill at all (interest, a fee exempt from
	 * VAT): "Totaal (niet belast met btw)", "Total (no VAT)", "Total (outside the scope of
	 * VAT)", "Summe (nicht umsatzsteuerbar)" — not "zonder btw", a subtotal's word */
	"|\\b(?:geen|niet\\s+belast\\s+met|vrijgesteld\\s+van|vrij\\s+van)\\s+btw\\b|\\bbtw[- ]?vrij\\b"
	"|\\bno\\s+vat\\b|\\boutside\\s+the\\s+scope\\s+of\\s+vat\\b|\\bvat[- ]exempt\\b|\\bexempt\\s+from\\s+vat\\b"
	"|\\bnicht\\s+(?:umsatzsteuerbar|umsatzsteuerpflichtig)\\b|\\bumsatzsteuerfrei\\b"
	/* or a rate of nought, an export's or a zero-rated supply's: "Total EUR (0 % VAT,
	 * export)", "Totaal (0% btw)", "Summe (0 % USt.)" */
	"|(?<![\\d.,])0(?:[.,]0{1,2})?[ \\t]*%[ \\t]*(?:btw|vat|mwst|ust)\\b|\\bzero[- ]rated\\b"
	/* or that the buyer owes it (a subcontractor's bill): "Te betalen (btw verlegd)", "Total
	 * (reverse charge, no VAT)", "Gesamt netto (Steuerschuldnerschaft nach § 13b UStG)" */
	"|\\bbtw\\s+verlegd\\b|\\bverlegde\\s+btw\\b|\\breverse[- ]charge\\b|\\bsteuerschuldnerschaft\\b", CI);
static DmPattern amount_any = DM_PATTERN("(" DM_AMOUNT_CUR_RE ")", CI);
/* A deposit invoice's title on a line of its own ("Voorschotnota", "Anzahlungsrechnung Nr.
 * 3", "DEPOSIT INVOICE"), or in a cell of its own beside the letterhead ("NORTHFIELD FILM
 * KIT HIRE<TAB>DEPOSIT INVOICE"): its deposit rows ("Voorschot 30%", "Deposit (25% of
 * ...)") are what it charges, never a deposit paid.  One named on a deduction line is
 * another. */
/* A progress bill's title on a line or in a cell of its own ("3. Abschlagsrechnung", "2.
 * Abschlag nach § 15 HOAI", "Termijnnota 2", "Progress invoice no. 4", "Fee account no.
 * 3"): what it takes off its cumulative state are its own earlier instalments, so its
 * total is what it charges now, never the cumulative state or the contract. */
static DmPattern progress_bill_title = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:\\d{1,2}\\.[ \\t]*)?(?:abschlagsrechnung|abschlag|teilrechnung|termijn(?:nota|factuur)"
	"|progress\\s+(?:invoice|bill|claim|application)|interim\\s+(?:invoice|application)|fee\\s+account)\\b"
	"[^\\n\\t€$£]*$",
	CIM);
static DmPattern deposit_invoice_title = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:voorschot(?:nota|factuur)|aanbetalingsfactuur|anzahlungsrechnung|vorschussrechnung"
	"|deposit\\s+invoice)\\b[^\\n\\t\\d€$£]*(?:\\d[^\\n\\t€$£]*)?$",
	CIM);
/* What is left to pay after a part paid or billed: on a deposit invoice, the later bill's
 * ("Restzahlung nach Montage", "Restant bij oplevering", "Remaining balance on
 * completion"), never what the deposit invoice asks. */
static DmPattern remainder_word = DM_PATTERN(
	"\\b(?:rest(?:zahlung|betrag|summe)|restant|resterend\\w*|verbleibender\\s+betrag"
	"|remaining\\s+balance|balance\\s+remaining)\\b",
	CI);

/* TRUE when @line of @t names the remainder of a deposit invoice (@t's title says it is
 * one). */
static gboolean
later_remainder(const char *t, gsize len, const char *line)
{
	DmMatch x;
	return dm_pattern_match(&remainder_word, line, strlen(line), 0, &x) &&
	       dm_pattern_match(&deposit_invoice_title, t, len, 0, &x);
}

/* One labelled amount: its value, currency and the line it stood on (for --explain). */
typedef struct {
	gboolean found;
	gint64 cents;
	char cur[4];
	char *line;
	gsize line_end;    /* where its line ends in the text read */
} Labelled;

static void
labelled_clear(Labelled *l)
{
	g_clear_pointer(&l->line, g_free);
	l->found = FALSE;
}

/* A currency's code in brackets in an amount's label: "Amount Due (CAD)", "Total (AUD)",
 * "Total (AUD, incl. GST)". */
static DmPattern label_code = DM_PATTERN("\\(([A-Z]{3})\\b[^()\\n]*\\)", 0);
/* A currency's code ending the label, the amount after it bare: "Rechnungstotal CHF:
 * 1'375.40", "Total EUR<TAB>1.234,56" (Swiss and Austrian tools print the code in the label
 * or the column's head, not beside each amount). */
static DmPattern label_code_last = DM_PATTERN("(?<![A-Za-z])([A-Z]{3})[ \\t]*:?[ \\t]*\\z", 0);

/* "Amount Due (CAD)<TAB>$9,944.00", "Amount Due AUD<TAB>$3,019.50": the code the label names
 * in brackets or at its end is the currency of a bare dollar sign (which the amount reader takes for USD; Canada, Australia and others
 * write it too) or of a number with none.  @value is the amount as written, @cur its
 * currency as read, replaced. */
static void
currency_of_label(const char *line, const char *value, char cur[4])
{
	DmMatch m;
	const char *dollar = strchr(value, '$');
	gboolean bare_dollar = dollar && (dollar == value || !g_ascii_isalpha(dollar[-1])) &&
			       !dm_pattern_match(&label_code, value, strlen(value), 0, &m);
	/* A bare dollar read as USD is open to the code ending the label too: "Amount Due
	 * AUD<TAB>$3,019.50". */
	gboolean open = !cur[0] || (bare_dollar && strcmp(cur, "USD") == 0);
	const char *at = open ? strstr(line, value) : NULL;
	if (at && dm_pattern_match(&label_code_last, line, (gsize) (at - line), 0, &m)) {
		g_autofree char *code = dm_match_group(&m, 1);
		/* "incl. VAT: 1'375.40" ends in "VAT", no currency: the bracketed code before it
		 * ("Total (CHF)") still names it */
		if (dm_currency_by_code(code)) {
			memcpy(cur, code, 4);
			return;
		}
	}
	if (!dm_pattern_match(&label_code, line, strlen(line), 0, &m))
		return;
	g_autofree char *code = dm_match_group(&m, 1);
	if (dm_currency_by_code(code) && open)
		memcpy(cur, code, 4);
}

/* (transfer full) (nullable) The value a label in a table's header row heads: the cell in
 * its own column of the row below ("Avenue de Morges 58<TAB>Due Date<TAB>Amount Due (CHF)"
 * over "1004 Lausanne<TAB>26/12/2026<TAB>CHF 1'923.00": the third cell, never the
 * postcode that starts the row).  @label_at is where the label stands in @t, @value_at
 * where the pattern found its value, on a later line; NULL when the label stands in its
 * row's first cell (the value is the row's first) or the row below has no such cell. */
static char *
value_below_label(const char *t, gsize len, gsize label_at, gsize value_at, gboolean *column)
{
	gsize start = label_at;
	while (start > 0 && t[start - 1] != '\n')
		start--;
	guint k = 0;
	for (gsize i = start; i < label_at; i++)
		k += t[i] == '\t';
	*column = k > 0 && memchr(t + label_at, '\n', value_at - label_at) != NULL;
	if (!*column)
		return NULL;
	gsize below = value_at;
	while (below > 0 && t[below - 1] != '\n')
		below--;
	const char *eol = memchr(t + below, '\n', len - below);
	g_autofree char *row = g_strndup(t + below, eol ? (gsize) (eol - (t + below)) : len - below);
	g_auto(GStrv) cells = g_strsplit(row, "\t", 32);
	return k < g_strv_length(cells) ? g_strstrip(g_strdup(cells[k])) : NULL;
}

/* TRUE when the line of @t around byte @at opens with a bracket and the line above is a
 * cash discount's: the sentence goes on there ("Bei Zahlung innerhalb von 8 Tagen 2 %
 * Skonto" over "(Zahlbetrag dann 2.053,68 €)."), and its amount is the discounted one. */
static gboolean
continues_discount(const char *t, gsize at)
{
	gsize start = at;
	while (start > 0 && t[start - 1] != '\n')
		start--;
	while (t[start] == ' ' || t[start] == '\t')
		start++;
	if (t[start] != '(' || start == 0)
		return FALSE;
	gsize end = start;
	while (end > 0 && t[end - 1] != '\n')
		end--;
	if (end == 0)
		return FALSE;
	gsize above = --end;    /* the line above ends at the newline before this one */
	while (above > 0 && t[above - 1] != '\n')
		above--;
	g_autofree char *prev = g_strndup(t + above, end - above);
	return dm_invoice_text_is_discount_line(prev);
}

/* TRUE when the amount at @at in @t stands inside a bracket its line opened before it and
 * has not closed: an aside in the label ("Totaal (vrijgesteld van btw, art. 11 lid 1 o Wet
 * OB)  € 472,25": the article's "11"), never the amount. */
static gboolean
in_open_bracket(const char *t, gsize at)
{
	int depth = 0;
	gsize i = at;
	while (i > 0 && t[i - 1] != '\n')
		i--;
	for (; i < at; i++)
		depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
	return depth > 0;
}

/* (transfer full) The cells @m spans in @t, from the start of its label's cell to the end
 * of its amount's: "Total due<TAB>£432.00" of "Total due<TAB>£432.00<TAB>Account
 * balance<TAB>£1,632.00", "Saldo<TAB>€ 1.621,00 (inclusief deze factuur)" whole. */
static char *
label_cells(const char *t, gsize len, const DmMatch *m)
{
	gsize start = m->start[0], end = m->end[0];
	while (start > 0 && t[start - 1] != '\n' && t[start - 1] != '\t')
		start--;
	while (end < len && t[end] != '\n' && t[end] != '\t')
		end++;
	return g_strndup(t + start, end - start);
}

/* The first (or, @last, the last) amount @p labels on a line that is no subtotal or VAT
 * line; with @last, one that names its currency beats a bare number ("het bedrag voor 7
 * december"). */
static gboolean
labelled_amount(DmPattern *p, const char *t, gsize len, gboolean last, Labelled *out)
{
	DmMatch m;
	gboolean found_cur = FALSE, found_start = FALSE;
	DM_INVOICE_TEXT_FOR_MATCHES(p, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		g_autofree char *line = dm_invoice_text_line_at(t, len, m.start[0]);
		gboolean column = FALSE;
		g_autofree char *below = s ? value_below_label(t, len, m.start[0], m.start[1], &column) : NULL;
		if (column) {
			g_free(s);
			s = g_steal_pointer(&below);
		}
		DmMatch x;
		g_autofree char *cells = label_cells(t, len, &m);
		if (dm_pattern_match(&account_sum, cells, strlen(cells), 0, &x) ||
		    dm_pattern_match(&amount_excluded, line, strlen(line), 0, &x) ||
		    (dm_invoice_text_vat_between(line, 0, strlen(line)) &&
		     !dm_pattern_match(&vat_included, line, strlen(line), 0, &x)))
			continue;
		/* A line taking an earlier part invoice off is no total, whatever it names. */
		if (p != &amount_paid && dm_invoice_text_is_deduction_line(line))
			continue;
		if (p == &amount_paid && (dm_pattern_match(&charged_row, line, strlen(line), 0, &x) ||
					  dm_pattern_match(&item_row, line, strlen(line), 0, &x) ||
					  dm_invoice_text_is_prepayment_discount(line)))
			continue;
		/* A deposit invoice asks its deposit, not the remainder it announces. */
		if (p == &amount_strong && later_remainder(t, len, line))
			continue;
		/* "Totaal te betalen" after a deposit is what is left, not the total. */
		if (p != &amount_strong && dm_pattern_match(&amount_strong, line, strlen(line), 0, &x))
			continue;
		/* "Amount paid" names an amount, but what was paid is no total. */
		if (p != &amount_paid && p != &amount_strong && dm_pattern_match(&amount_paid, line, strlen(line), 0, &x))
			continue;
		if (continues_discount(t, m.start[0]))
			continue;
		if (!column && in_open_bracket(t, m.start[1]))
			continue;
		gint64 v;
		char c[4];
		if (!s || !dm_amount_parse(s, &v, c) || v == 0 || (found_cur && !c[0]))
			continue;
		/* What was paid is written as money; a bare whole number after such a word is a
		 * lot's or a unit's ("Voorschot servicekosten: Parkeerplaats P-17"). */
		if (p == &amount_paid && !c[0] && !strpbrk(s, ".,"))
			continue;
		currency_of_label(line, s, c);
		/* A label that starts its line (a totals table) beats one inside a sentence. */
		gboolean at_start = dm_invoice_text_starts_line(t, m.start[0]);
		if (found_start && !at_start)
			continue;
		found_start = found_start || at_start;
		labelled_clear(out);
		out->found = TRUE;
		out->cents = v < 0 ? -v : v;
		memcpy(out->cur, c, 4);
		out->line = g_steal_pointer(&line);
		out->line_end = m.start[0];
		while (out->line_end < len && t[out->line_end] != '\n')
			out->line_end++;
		found_cur = found_cur || c[0];
		if (!last)
			break;
	}
	return out->found;
}

/* TRUE when @code is a dollar other than the US one (its signs hold a "$": "a$", "ca$"). */
static gboolean
other_dollar(const char *code)
{
	const DmCurrency *c = code[0] ? dm_currency_by_code(code) : NULL;
	if (!c || strcmp(code, "USD") == 0 || !c->tokens)
		return FALSE;
	for (const char *const *tok = c->tokens; *tok; tok++)
		if (strchr(*tok, '$'))
			return TRUE;
	return FALSE;
}

/* The currency of the amount due: its own label's, else the total's.  A bare "$" reads as
 * the US dollar, but when the total's label names another dollar ("Total (AUD, incl.
 * GST)  $5,730.00"), the "$" of "Balance due  $4,230.00" is that one. */
static const char *
due_currency(const Labelled *due, const Labelled *total)
{
	if (!due->cur[0] || (strcmp(due->cur, "USD") == 0 && other_dollar(total->cur)))
		return total->cur;
	return due->cur;
}

/* TRUE when @t holds an amount above zero with a currency; sets @f's amount and currency
 * to the largest, passing over, with @pass_over_parts, the lines of a sum that is not
 * this invoice's: a contract's or an account's, of which it is a part, or a deposit
 * invoice's remainder, the later bill's. */
static gboolean
largest_amount(const char *t, gsize len, gboolean pass_over_parts, DmInvoiceFacts *f)
{
	DmMatch m;
	gboolean found = FALSE;
	DM_INVOICE_TEXT_FOR_MATCHES(&amount_any, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		g_autofree char *line = dm_invoice_text_line_at(t, len, m.start[0]);
		gint64 v;
		char c[4];
		DmMatch x;
		if (pass_over_parts && (dm_pattern_match(&other_sum, line, strlen(line), 0, &x) || later_remainder(t, len, line)))
			continue;
		if (s && dm_amount_parse(s, &v, c) && v > 0 && (!found || v > f->amount_cents)) {
			f->amount_cents = v;
			memcpy(f->currency, c, 4);
			found = TRUE;
		}
	}
	return found;
}

int
dm_invoice_text_amount_open(const char *t, gsize len)
{
	int open = -1;
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(&amount_strong, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		if (s && dm_amount_parse(s, &v, c))
			open = MAX(open, v != 0 ? 1 : 0);
	}
	return open;
}

/* An amount received, filled in on its line below the amount to pay: a till's or a paid
 * bill's ("Betrag erhalten: 119,00 €", "Ontvangen<TAB>€ 64,50", "Amount received $212.40",
 * "Paid<TAB>£85.00"), or the cash handed over, change given back ("Gegeben<TAB>50,00 €",
 * "Cash tendered"); a bare word only as a label starting its line, never "paid" in a
 * sentence. */
static DmPattern amount_received = DM_PATTERN(
	"(?:\\b(?:betrag|bar|dankend)\\s+erhalten|\\berhaltener\\s+betrag|\\bamount\\s+(?:received|paid|tendered)"
	"|\\bcash\\s+(?:received|tendered)|\\b(?:contant|bedrag)\\s+ontvangen|\\bontvangen\\s+bedrag"
	"|(?<![^\\n])[ \\t]*(?:ontvangen|betaald|voldaan|contant|received|paid|tendered|erhalten|bezahlt|gegeben|bar)"
	"(?=[ \\t]*(?::|\\t|[€$£]| {2})))"
	"[ \\t:]*(?:\\([^()\\n]{0,30}\\)[ \\t:]*)?(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CIM);

/* Cash handed over at a till, more than the bill and the change given back ("Gegeben",
 * "Bar", "Cash tendered", "Contant"). */
static DmPattern cash_handed = DM_PATTERN("\\b(?:gegeben|bar|tendered|contant|cash)\\b", CI);

/* The amount @p labels last in @t and where its line ends, zero counted: a balance
 * printed as "€0.00" is one. */
static gboolean
last_labelled(DmPattern *p, const char *t, gsize len, gint64 *cents, gsize *line_end)
{
	DmMatch m;
	gboolean found = FALSE;
	DM_INVOICE_TEXT_FOR_MATCHES(p, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		if (!s || !dm_amount_parse(s, &v, c))
			continue;
		*cents = v;
		*line_end = m.end[0];
		while (*line_end < len && t[*line_end] != '\n')
			(*line_end)++;
		found = TRUE;
	}
	return found;
}

/* A blank line: the end of a block of the page (its totals), what follows a part of its own. */
static DmPattern paragraph_break = DM_PATTERN("\\n[ \\t]*\\n", 0);

/* TRUE when the amount received on @line (the line of @t, @len bytes, that ends at
 * @line_end) pays this bill, whose amount to pay ends at @from: when the line names this
 * bill's number, or names no other invoice and stands in this bill's totals block — no
 * blank line between, or only the one right above it ("Amount due $1,000.00" / "" /
 * "Deposit paid $200.00").  Under a heading below a break, or naming another invoice, it is
 * the account's history ("Your last payment" / "Paid: $80.00 on 3 November 2026 (invoice
 * 7703)", "Uw vorige betaling" / "Ontvangen: € 250,00 op 12-10-2026 voor factuur
 * 2026-0098"): an earlier bill's, whatever its amount. */
static gboolean
received_for_this_bill(const char *t, gsize len, gsize from, gsize line_end, const char *line)
{
	gsize line_len = strlen(line);
	g_autofree char *own = dm_invoice_text_number_named(t, len);
	g_autofree char *named = dm_invoice_text_number_named(line, line_len);
	if (own && g_strcmp0(named, own) == 0)
		return TRUE;
	g_autofree char *other = dm_invoice_text_credited_invoice(line, line_len, own);
	/* The received line's own start; a break ending there is the one right above it. */
	gsize start = line_end;
	while (start > from && t[start - 1] != '\n')
		start--;
	DmMatch m;
	return !other && (start <= from || !dm_pattern_match(&paragraph_break, t, start - 1, from, &m));
}

char *
dm_invoice_text_amount_settled(const char *t, gsize len)
{
	gint64 to_pay = 0, total = 0;
	gsize end = 0, total_end = 0;
	/* A credit note's total is below zero: its balance is never above it either. */
	if ((last_labelled(&amount_total_incl, t, len, &total, &total_end) ||
	     last_labelled(&amount_medium, t, len, &total, &total_end)) && total < 0)
		return NULL;
	/* the amount to pay labelled last, else the bill's total */
	if (!last_labelled(&amount_strong, t, len, &to_pay, &end)) {
		if (!total_end)
			return NULL;
		to_pay = total;
		end = total_end;
	}
	if (to_pay == 0)
		return dm_invoice_text_line_at(t, len, end > 0 ? end - 1 : 0);
	if (to_pay < 0)
		return NULL;
	/* what was received below it, compared in cents, not as written */
	gint64 received = 0;
	gsize received_end = 0;
	if (!last_labelled(&amount_received, t + end, len - end, &received, &received_end) || received < to_pay)
		return NULL;
	g_autofree char *line = dm_invoice_text_line_at(t, len, end + received_end - 1);
	if (!received_for_this_bill(t, len, end, end + received_end, line))
		return NULL;
	/* More than the bill handed over is cash, the change given back; a payment larger
	 * than the bill is an earlier bill's ("Your last payment: Paid $120.00"). */
	DmMatch m;
	if (received > to_pay && !dm_pattern_match(&cash_handed, line, strlen(line), 0, &m))
		return NULL;
	return g_steal_pointer(&line);
}

DmInvoiceTextAmountRank
dm_invoice_text_read_amount(const char *t, gsize len, DmInvoiceFacts *f, const char *source)
{
	Labelled due = { 0 }, total = { 0 }, paid = { 0 };
	DmInvoiceTextAmountRank rank = DM_INVOICE_TEXT_AMOUNT_NONE;
	gsize due_at = len;    /* where the labelled amount due's line ends in @t */
	if (!labelled_amount(&amount_total_incl, t, len, TRUE, &total) &&
	    !labelled_amount(&amount_medium, t, len, TRUE, &total))
		(void)labelled_amount(&amount_bare, t, len, TRUE, &total);
	DmMatch dep;
	if (!dm_pattern_match(&deposit_invoice_title, t, len, 0, &dep))
		(void)labelled_amount(&amount_paid, t, len, FALSE, &paid);
	/* What was paid is taken off the gross total, never taxed with the net: a "paid" row
	 * above the VAT line and the total is one of the sums the total adds up (a tenant's
	 * "Nebenkostenvorauszahlung 380,00 €" among the rent's positions), or was taken off
	 * the net already; either way the total is what is owed. */
	if (paid.found && total.found && paid.line_end < total.line_end &&
	    dm_invoice_text_vat_between(t, paid.line_end, total.line_end))
		labelled_clear(&paid);
	DmInvoiceTextDeductions off = { 0 };
	/* With no total labelled, a payment written negative anywhere is taken off ("Betaalde
	 * voorschotten 12 x € 85,00  € -1.020,00" over "Door u bij te betalen  € 104,60"). */
	dm_invoice_text_deductions(t, len, total.found ? total.line_end : 0, &off);
	/* "Total due 1.000 / Amount paid 200 / Balance due 800": the amount due labelled after
	 * what was paid is what is left; the one before it was the total. */
	gsize paid_end = paid.found ? paid.line_end : len;
	if (off.count > 0)
		paid_end = MIN(paid_end, off.first_end);
	if (paid_end < len &&
	    labelled_amount(&amount_strong, t + paid_end, len - paid_end, FALSE, &due)) {
		rank = DM_INVOICE_TEXT_AMOUNT_STRONG;
		due_at = paid_end + due.line_end;
		f->amount_cents = due.cents;
		memcpy(f->currency, due_currency(&due, &total), 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, rule balance-after-paid: labelled amount due \"%s\" "
					 "below what was paid", source, due.line);
	} else if (labelled_amount(&amount_strong, t, len, FALSE, &due)) {
		rank = DM_INVOICE_TEXT_AMOUNT_STRONG;
		due_at = due.line_end;
		f->amount_cents = due.cents;
		memcpy(f->currency, due_currency(&due, &total), 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, labelled amount due: \"%s\"", source, due.line);
		/* A part received printed below it ("Zu zahlen 119,00 €" over "Betrag erhalten
		 * 50,00 €"): the rest is due, the amount to pay its total. */
		gint64 got = 0;
		gsize got_end = 0;
		Labelled rest = { 0 };
		/* … unless the total above it, less that part, is the amount due already ("Total
		 * £1,000.00 / Balance due £800.00 / Amount paid £200.00"): it was taken off; nor is
		 * an earlier bill's payment in a history below any part of this one. */
		gboolean part = (!paid.found || paid.line_end > due_at) &&
				last_labelled(&amount_received, t + due_at, len - due_at, &got, &got_end) &&
				got > 0 && got < due.cents && !(total.found && total.cents - got == due.cents);
		if (part) {
			g_autofree char *got_line = dm_invoice_text_line_at(t, len, due_at + got_end - 1);
			part = received_for_this_bill(t, len, due_at, due_at + got_end, got_line);
		}
		if (part) {
			paid.found = TRUE;
			paid.cents = got;
			/* The amount to pay printed on top, the table below setting out the part
			 * received and the rest ("Zu zahlen 69,00 €" … "Betrag erhalten 50,00 €",
			 * "Restbetrag 69,00 €"): the rest labelled below it is what is due. */
			gsize got_at = due_at + got_end;
			if (got_at < len && labelled_amount(&amount_strong, t + got_at, len - got_at, FALSE, &rest)) {
				f->amount_cents = rest.cents;
				dm_invoice_facts_explain(f, "amount_due", "%s, rule balance-after-received: labelled amount due "
							 "\"%s\" below the amount received", source, rest.line);
			} else {
				f->amount_cents = due.cents - got;
				dm_invoice_facts_explain(f, "amount_due", "%s, rule part-received: labelled amount due \"%s\" "
							 "less the amount received below it", source, due.line);
			}
		}
	} else if (total.found && off.count > 0 && off.sum < total.cents) {
		rank = DM_INVOICE_TEXT_AMOUNT_STRONG;
		f->amount_cents = total.cents - off.sum;
		memcpy(f->currency, total.cur, 4);
		paid.found = TRUE;
		paid.cents = off.sum;
		dm_invoice_facts_explain(f, "amount_due", "%s, rule deductions: total \"%s\" less %u deduction line(s) "
					 "from \"%s\"", source, total.line, off.count, off.first);
	} else if (total.found && paid.found && paid.cents < total.cents) {
		rank = DM_INVOICE_TEXT_AMOUNT_STRONG;
		f->amount_cents = total.cents - paid.cents;
		memcpy(f->currency, total.cur[0] ? total.cur : paid.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, total \"%s\" less paid \"%s\"", source,
					 total.line, paid.line);
	} else if (total.found) {
		rank = DM_INVOICE_TEXT_AMOUNT_MEDIUM;
		f->amount_cents = total.cents;
		memcpy(f->currency, total.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, the last total line: \"%s\"", source, total.line);
	}
	/* A "total" below the amount due with nothing paid or taken off is no total: a column's
	 * header over an item ("Service<TAB>Amount" over the first row), the due amount being
	 * labelled "Total due" (which no total line may be). */
	if (total.found && rank == DM_INVOICE_TEXT_AMOUNT_STRONG && !paid.found && off.count == 0 &&
	    total.cents < f->amount_cents)
		labelled_clear(&total);
	if (total.found) {
		f->has_total = TRUE;
		f->amount_total_cents = total.cents;
	} else if (rank != DM_INVOICE_TEXT_AMOUNT_NONE) {
		/* No total labelled (a final invoice's "Totaal aanneemsom", a settlement's costs):
		 * what is due and what was paid or taken off make it up.  A progress bill's own
		 * earlier instalments are no part of it; the retention held back from it is. */
		f->has_total = TRUE;
		f->amount_total_cents = f->amount_cents +
					(dm_pattern_match(&progress_bill_title, t, len, 0, &dep) ? off.retained
					 : paid.found ? paid.cents
					 : off.count > 0 && !dm_invoice_text_vat_between(t, off.first_end, due_at) ? off.sum : 0);
	}
	labelled_clear(&due);
	labelled_clear(&total);
	labelled_clear(&paid);
	dm_invoice_text_deductions_clear(&off);
	if (rank != DM_INVOICE_TEXT_AMOUNT_NONE)
		return rank;
	/* A sum its line says the invoice is only part of (a contract's, an account's balance)
	 * is not the largest either: "Total contract: £1,200.00" under "First instalment (1 of
	 * 3): £400.00"; but when it is the only amount it is the invoice's (one invoice for
	 * the whole job: "Contract price: £1,200.00"). */
	if (!largest_amount(t, len, TRUE, f) && !largest_amount(t, len, FALSE, f))
		return DM_INVOICE_TEXT_AMOUNT_NONE;
	f->has_total = TRUE;
	f->amount_total_cents = f->amount_cents;
	dm_invoice_facts_explain(f, "amount_due", "%s, the largest amount with a currency (no label)", source);
	return DM_INVOICE_TEXT_AMOUNT_ANY;
}

/* A currency's ISO code standing as a word of its own in capitals: a column's heading
 * ("Betrag CHF", "Amount GBP"), a line's label ("Total CHF") or a sentence ("All amounts
 * in CAD"). */
static DmPattern code_word = DM_PATTERN("(?<![\\w-])([A-Z]{3})(?![\\w-])", 0);

/* The one currency whose ISO code @t names as a word (code_word), into @cur; "" when none
 * or several.  Only currencies printed beside amounts count (those with tokens): a
 * capitalised abbreviation is seldom one of theirs. */
static void
sole_code_named(const char *t, gsize len, char cur[4])
{
	DmMatch m;
	cur[0] = '\0';
	DM_INVOICE_TEXT_FOR_MATCHES(&code_word, t, len, m) {
		g_autofree char *code = dm_match_group(&m, 1);
		const DmCurrency *c = dm_currency_by_code(code);
		if (!c || !c->tokens)
			continue;
		if (cur[0] && strcmp(cur, c->code) != 0) {
			cur[0] = '\0';
			return;
		}
		memcpy(cur, c->code, 4);
	}
}

void
dm_invoice_text_sole_currency(const char *t, gsize len, char cur[4])
{
	DmMatch m;
	cur[0] = '\0';
	gboolean any = FALSE;
	DM_INVOICE_TEXT_FOR_MATCHES(&amount_any, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		if (!s || !dm_amount_parse(s, &v, c) || !c[0])
			continue;
		if (cur[0] && strcmp(cur, c) != 0) {
			cur[0] = '\0';
			return;
		}
		memcpy(cur, c, 4);
		any = TRUE;
	}
	/* No amount writes its currency ("Total  3'134.90"): the table's heading may
	 * ("Betrag CHF"). */
	if (!any)
		sole_code_named(t, len, cur);
}

gsize
dm_invoice_text_first_amount_line(const char *t, gsize len)
{
	DmMatch m;
	if (!dm_pattern_match(&amount_any, t, len, 0, &m))
		return len;
	gsize at = m.start[0];
	while (at > 0 && t[at - 1] != '\n')
		at--;
	return at;
}

