/* invoice_text: invoice facts from free text — a mail body or a PDF's text — in Dutch and
 * English (German and French labels where they come cheap).
 *
 * The text is cut before quoted mail ("> ", "Op ... schreef:", "-----Original Message").
 * Then labelled patterns find the invoice number ("Factuurnummer: 2026-0042", "Invoice
 * #123", "Factuur 2026-0042"), the amount payable (a "te betalen" / "amount due" label
 * wins over a plain "totaal" line, which wins over the largest amount with a currency;
 * subtotals and VAT lines never count), the issue and due dates and a payment term (a
 * date a cash discount or another event, an order or a delivery, names is passed over).
 * Deciding "invoice" is deliberately strict, because calling a quote, a newsletter or a
 * reply an invoice would start dunning someone who owes nothing: an invoice word must be
 * there, the text must not be a quote, and besides an amount or a number there must be
 * one more sign (the other of the two, a due date, a term, or a "te betalen" amount).
 * Failures: none reported; text that is not an invoice gives is_invoice FALSE. */
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-terms.h"
#include "parser/text/dm-bank.h"
#include "common/dm-currency.h"
#include "common/dm-sanitize.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)
#define MAX_MATCHES 2000

/* Where quoted mail starts: everything after it was written by someone else, earlier. */
static DmPattern quote_start = DM_PATTERN(
	"^(?:(?:On|Op|Am|Le|El)\\s[^\\n]{0,200}(?:\\n[^\\n]{0,200})?\\s(?:wrote|schreef|schrieb|a\\s+écrit|escribió)\\b[^\\n]{0,80}:[ \\t]*$"
	"|[ \\t]*-{2,}\\s*(?:Original\\s+Message|Oorspronkelijk\\s+bericht|Ursprüngliche\\s+Nachricht|Message\\s+d'origine)\\s*-{2,})",
	CIM);

static DmPattern invoice_word = DM_PATTERN(
	"\\b(?:\\w*factu(?:ur|ren)|invoice|(?:schluss|abschlags|teil|sammel|jahres|monats|honorar)?rechnung|facture|nota\\b"
	"|honorarnote)", CI);
static DmPattern quote_word = DM_PATTERN(
	"\\b(?:offerte|offertenummer|quotation|quote|estimate|prijsopgave|angebot|devis|pro[ -]?forma)\\b",
	CI);
static DmPattern subject_line = DM_PATTERN("\\ASubject:[^\\n]*", 0);
/* A credit note names itself in its subject or its title line. */
#define CREDIT_WORDS "creditnota|creditfactuur|credit\\s*note|credit\\s*memo|gutschrift|rechnungskorrektur" \
	"|stornorechnung|korrekturrechnung"
static DmPattern credit_word = DM_PATTERN("\\b(?:" CREDIT_WORDS ")\\b", CI);
static DmPattern credit_title = DM_PATTERN(
	"^[ \\t]*(?:(?:" CREDIT_WORDS ")\\b[^\\n]{0,40}|[^\\n(]{0,30}\\([ \\t]*(?:" CREDIT_WORDS ")[ \\t]*\\)[^\\n]{0,30})$", CIM);

#define TOKEN "([A-Z0-9](?:[A-Z0-9./_-]{0,38}[A-Z0-9])?)"
/* An invoice-number label: a word for the invoice and one for its number, joined or apart,
 * with a point or a hyphen or neither ("Factuurnummer", "Factuur-nr.", "Fact.nr.", "Invoice
 * #", "Inv. No.", "Invoice Nº", "Rechnungs-Nr.", "Rechnungs-Nummer", "Rechn.-Nr.", "Rg.-Nr.",
 * "RE-Nr.", "Beleg-Nr.", "Nota nr.").  A customer's, order's or project's number never
 * follows an invoice word, so none of them is read here. */
#define NUMBER_NOUN "(?:(?:nummer|number|num|nr|no|n[º°])(?!\\p{L})|#)"
static DmPattern number_labelled = DM_PATTERN(
	"(?:(?:factuur|invoice|rechnungs?|\\bbeleg|\\bnota|\\bbill|\\binv|\\brechn|\\bfact|honorarnote)\\.?\\s*-?\\s*" NUMBER_NOUN
	"|\\b(?:re|rg)(?:\\.[ \\t]*-?|-)[ \\t]*nr(?!\\p{L})|honorarnote|invoice\\s+id|\\binvoice\\s+ref(?:erence)?"
	"|num[ée]ro\\s+de\\s+facture|facture\\s*n[°o])"
	"\\.?[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?)?#?[ \\t]*(?:is[ \\t]+)?" TOKEN "(?![A-Z0-9])",
	CI);
static DmPattern number_credit = DM_PATTERN(
	"(?:creditnota|creditfactuur|credit\\s*note|credit\\s*memo|gutschrift|rechnungskorrektur"
	"|korrekturrechnung|stornorechnung|storno(?=[ \\t]*-?(?:nummer|nr\\b)))[ \\t]*(?:nummer|number|nr|no|#|-?nummer|-?nr)?\\.?[ \\t]*[:#]?[ \\t]*"
	TOKEN "(?![A-Z0-9])",
	CI);
/* A bare "Nummer:" / "No.:" cell beside the document's title block, its value after the
 * colon or in the next cell: the invoice's number when nothing names it better. */
static DmPattern number_cell = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:nummer|number|nr\\.?|no\\.?|n[º°])[ \\t]*(?::[ \\t]*|\\t[ \\t]*)" TOKEN "(?![A-Z0-9])", CIM);
static DmPattern number_plain = DM_PATTERN(
	"\\b(?:\\w*factuur|invoice|\\w*rechnung|facture|nota|honorarnote)[ \\t]*[:#]?[ \\t]*" TOKEN "(?![A-Z0-9])", CI);
/* What must not follow a number candidate: it was a quantity, a date or an amount. */
static DmPattern number_after = DM_PATTERN(
	"\\A[ \\t]*(?:%|dagen|days|tage|jours|uur|hours|" DM_MONTH_RE "|" DM_CURRENCY_RE ")", CI);

/* What must not follow a label's amount: it was a percentage, a term or a date. */
#define AMOUNT_NOT_AFTER "(?![ \\t]*\\)?[ \\t]*(?:%|dagen|days|tage|tagen|werkdagen|weken|weeks|wochen|" DM_MONTH_RE "))(?![-/]\\d)"
/* Between a label and its amount: words, and a VAT rate the label names ("Gesamtbetrag
 * inkl. 19 % MwSt.", "Total incl. 21% btw"), never another amount. */
#define LABEL_GAP "(?:[^\\n€$£\\d]|\\d{1,2}(?:[.,]\\d{1,2})?[ \\t]*%){0,40}?"
/* The amount payable, stated outright ("te betalen", "amount due", "zu zahlen"). */
static DmPattern amount_strong = DM_PATTERN(
	"(?:totaal\\s+te\\s+betalen|te\\s+betalen(?:\\s+bedrag)?|nog\\s+te\\s+(?:betalen|voldoen)|openstaand(?:\\s+bedrag)?"
	"|total\\s+(?:amount\\s+)?due|amount\\s+(?:due|payable|to\\s+pay)|balance\\s+(?:due|owing|to\\s+pay)"
	"|total\\s+payable|total\\s+to\\s+pay|(?:noch\\s+)?zu\\s+zahlen(?:der\\s+betrag)?|offener\\s+betrag"
	"|zahlbetrag|restbetrag|net\\s+à\\s+payer|montant\\s+dû"
	/* what is left once a deposit or an earlier payment is off: "Te voldoen", "Remaining
	 * balance", "Resterend bedrag", "Verbleibender Betrag", "Noch offen" */
	"|te\\s+voldoen|(?:remaining|outstanding)\\s+balance|balance\\s+remaining|resterend(?:\\s+bedrag)?"
	"|restant(?:\\s+bedrag)?|verbleibender\\s+betrag|noch\\s+offen)"
	LABEL_GAP "(?:\\n[ \\t]*)?(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CI);
/* The total including VAT; the last such line is the final one (item tables come first). */
static DmPattern amount_medium = DM_PATTERN(
	"\\b(?:totaalbedrag|factuurbedrag|rechnungsbetrag|gesamtbetrag|endbetrag|bruttobetrag|brutto"
	"|totaal|total|bedrag|amount|gesamt|summe|invoice\\s+(?:total|amount))\\b"
	LABEL_GAP "(?:\\n[ \\t]*)?(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CI);
/* The total including VAT, said so: it beats a plain "total" line. */
static DmPattern amount_total_incl = DM_PATTERN(
	"\\b(?:(?:tota(?:a)?l|summe|endsumme|betrag)\\s+(?:incl|inkl)(?:\\.|usief|uding|usive)?(?:\\s*\\d{1,2}(?:[.,]\\d{1,2})?\\s*%)?"
	"\\s*(?:btw|vat|tax|mwst|ust)?\\.?|gesamt(?:betrag)?\\s+(?:brutto|inkl\\.?(?:\\s*(?:mwst|ust)\\.?)?)"
	"|bruttobetrag|brutto|rechnungsbetrag|gesamtbetrag|endbetrag"
	"|endsumme|gesamtsumme|rechnungssumme|bruttosumme|eindtotaal|eindbedrag|grand\\s+total|invoice\\s+total)\\b"
	LABEL_GAP "(?:\\n[ \\t]*)?(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CI);
/* Already paid: a deposit or part payment the amount due is the total less. */
static DmPattern amount_paid = DM_PATTERN(
	"(?:reeds\\s+(?:betaald|voldaan|ontvangen)|al\\s+betaald|aanbetaling|voorschot|ontvangen\\s+aanbetaling"
	"|bereits\\s+(?:bezahlt|gezahlt|erhalten)|erhaltene\\s+anzahlung|anzahlung|abschlagszahlung"
	"|less\\s+(?:amount\\s+)?paid|amount\\s+paid|paid\\s+to\\s+date|deposit(?:\\s+(?:paid|received))?"
	"|less\\s+deposit|payments?\\s+received|amount\\s+received|prepa(?:id|yment)|retainer\\s+(?:paid|applied|received)"
	"|vorauszahlung|akontozahlung|geleistete\\s+anzahlung|bereits\\s+geleistet|vooruitbetaald|vooruitbetaling"
	"|ontvangen\\s+bedrag|(?:^|\\t)[ \\t]*paid(?=[ \\t]*(?::|\\t|€|£|\\$)))"
	LABEL_GAP "(" DM_AMOUNT_RE ")" AMOUNT_NOT_AFTER,
	CIM);
/* A line that takes something already billed or paid off the total: an earlier part
 * invoice, a progress payment, a retainer ("Abzüglich Abschlagsrechnung Nr. 2 vom
 * 01.02.2026", "Less: progress invoice INV-7", "Af: voorschotfactuur 2026-011").  Its
 * amount is the last one on the line, where the column of amounts stands. */
static DmPattern deduction_line = DM_PATTERN(
	"^[^\\n]*?(?:\\b(?:abzüglich|abzgl|abz|less|minus|verrekend|verrechnet|verminderd\\s+met)\\b|\\baf\\s*:)"
	"[^\\n]*?(?:abschlag\\w*|teilrechnung|teilzahlung|anzahlung\\w*|vorauszahlung|akonto\\w*|vorschuss"
	"|deposit|retainer|advance|progress|instal(?:l)?ment|interim|prepa(?:id|yment)|part[- ]payment"
	"|payments?\\s+on\\s+account|voorschot\\w*|aanbetaling\\w*|termijn\\w*|deelfactuur|vooruitbetaling|eerder\\s+gefactureerd"
	"|already\\s+(?:invoiced|billed|paid)|bereits\\s+(?:berechnet|in\\s+rechnung\\s+gestellt|bezahlt)"
	"|reeds\\s+(?:gefactureerd|betaald|voldaan))[^\\n]*$",
	CIM);
/* A row below the total that takes a deposit or a payment already made off it, its amount
 * written negative ("Booking deposit paid 14 June<TAB>-€400.00", "Voorschot (factuur
 * SK-26-0150)<TAB>€ -3.000,00", "Anzahlung vom 02.10.2026<TAB>(500,00 €)").  Its label may
 * name a date or an earlier invoice, which a label's amount may not have between them. */
static DmPattern paid_row = DM_PATTERN(
	"^[^\\n]*?\\b(?:aanbetaling|voorschot|vooruitbetal|betaald|voldaan|ontvangen|deposit|retainer|prepa(?:id|yment)"
	"|paid|received|payments?\\s+on\\s+account|anzahlung|abschlag|vorauszahlung|akonto|bezahlt|gezahlt|erhalten)"
	"[^\\n]*$", CIM);
static DmPattern skonto_line = DM_PATTERN("skonto|korting\\s+bij|discount\\s+(?:if|for)\\s+(?:early|paid)", CI);
/* A "total" line that is not the amount payable: subtotals, amounts before VAT, VAT, a cash
 * discount, and the sum of a contract of which the invoice is one part. */
static DmPattern amount_excluded = DM_PATTERN(
	"sub\\s*-?tota|zwischensumme|zwischentotal|\\bexcl|exclusief|excluding|\\bex\\.?\\s*(?:btw|vat)|zonder\\s+btw|before\\s+tax"
	"|\\bnetto\\b|gesamt\\s+netto|\\bnet\\s+amount|skonto"
	"|aanneemsom|opdrachtsom|opdrachtwaarde|contract(?:som|bedrag|waarde|\\s+(?:sum|value|amount|price))|total\\s+contract"
	"|auftragssumme|vertragssumme|auftragswert|auftragsvolumen|gesamtauftrag",
	CI);
/* A VAT line is no total, unless the line says the VAT is included ("Totaal incl. btw",
 * "Gesamtbetrag inkl. 19 % MwSt.", "Total inkl. MWST", "Total including VAT"). */
static DmPattern vat_word = DM_PATTERN("\\b(?:btw|vat|tax|mwst|ust|umsatzsteuer|mehrwertsteuer)\\b", CI);
static DmPattern vat_included = DM_PATTERN(
	"\\b(?:incl|inkl|inclusief|including|inclusive|inklusive|einschl(?:ießlich|iesslich)?)\\b", CI);
static DmPattern amount_any = DM_PATTERN("(" DM_AMOUNT_CUR_RE ")", CI);
static DmPattern amount_plain = DM_PATTERN("(" DM_AMOUNT_RE ")", CI);

/* A label that ends its row without a colon, its value alone in the row below
 * ("3811 HB Amersfoort<TAB>Vervaldatum" over "12 december 2026"); a row below with more
 * cells is another column's (an item's date under a table's header). */
#define VALUE_ROW_BELOW "\\n[ \\t]*(?=[^\\t\\n]*(?:\\n|\\z))"
static DmPattern issue_date = DM_PATTERN(
	"(?:factuurdatum|datum\\s+factuur|invoice\\s+date|date\\s+of\\s+(?:invoice|issue)|issue\\s+date"
	"|rechnungsdatum|rechnungs-datum|ausstellungsdatum|belegdatum|datum\\s+der\\s+rechnung|datum\\s+van\\s+de\\s+factuur"
	"|uitgiftedatum|dagtekening|factuur\\s+datum|notadatum|nota\\s+datum|declaratiedatum|documentdatum"
	"|date\\s+issued|billing\\s+date|tax\\s+point(?:\\s+date)?|tax\\s+date"
	"|date\\s+de\\s+facture|(?:^|\\t| {2})[ \\t]*(?:datum|date)"
	"|(?:credit\\s*(?:note|memo)|creditnota|gutschrift(?:s)?)[ \\t]*-?(?:date|datum)"
	"|\\bd\\.\\s?d\\.|\\bdated|\\bissued(?:\\s+on)?|ausgestellt\\s+am|\\bgedateerd"
	"|(?<!zur\\s)(?<!zu\\s)(?<!zum\\s)(?<!bij\\s)(?<!for\\s)(?<!to\\s)(?<!op\\s)"
	"(?:rechnung|factuur|invoice)(?:s?[ \\t]*-?[ \\t]*" NUMBER_NOUN "\\.?[ \\t]*:?)?(?:[ \\t]+#?[A-Z0-9][A-Z0-9/_.-]*)?"
	"[ \\t]+(?:vom|van|of|dated))"
	"[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?|" VALUE_ROW_BELOW ")?(" DM_DATE_RE ")",
	CIM);
/* A due date as written after its label or in a sentence: a date, with or without a year,
 * or a German day and month ("bis zum 30.1."), after a day's name or not ("pay by Monday
 * 25 May"). */
#define DAY_MONTH_RE "(?<![\\d.,])\\d{1,2}\\.\\d{1,2}\\.(?![\\d])"
#define WHEN_RE "(?:(?&" DM_PATTERN_WEEKDAY ")\\.?,?\\s+)?(" DM_DATE_ANY_RE "|" DAY_MONTH_RE ")"
static DmPattern due_date = DM_PATTERN(
	"(?:vervaldatum|vervaldag|verloopdatum|uiterste\\s+betaaldatum|uiterste\\s+betaaldag|betaaldatum|vervalt(?:\\s+op)?"
	"|(?:betaling|betaal)\\s+(?:voor|vóór|uiterlijk(?:\\s+op)?)|deadline|(?:must|should|to)\\s+be\\s+paid\\s+(?:by|before|on)"
	"|payment\\s+(?:is\\s+)?(?:requested|required|expected)\\s+(?:by|before|on)|zahlungsfrist|zahlbar\\s+(?:am|zum)"
	"|uiterlijk(?:\\s+(?:te\\s+)?(?:betalen|voldoen|overmaken))?(?:\\s+(?:op|voor|vóór))?"
	"|te\\s+(?:voldoen|betalen)\\s+(?:voor|vóór|uiterlijk(?:\\s+op)?|op\\s+of\\s+voor)|betalen\\s+(?:voor|vóór|uiterlijk(?:\\s+op)?)"
	"|due\\s+date|payment\\s+due(?:\\s+date)?|payment\\s+deadline|\\bdue(?:\\s+(?:on|by))?\\b"
	"|pay(?:able|ment)?\\s+(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before)"
	"|fälligkeitsdatum|fälligkeit|fällig(?:\\s+(?:am|bis))?|zahlbar\\s+(?:bis|spätestens)|zahlungsziel|zahlungstermin"
	"|zu\\s+(?:zahlen|begleichen|überweisen)\\s+bis|date\\s+d'échéance|échéance)"
	"[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?|" VALUE_ROW_BELOW ")?(?:(?:op|on|the|zum|am|spätestens|uiterlijk|by|bis|netto|net|rein\\s+netto|ohne\\s+abzug)[ \\t]*:?\\s+)*"
	WHEN_RE,
	CI);
/* The date a net amount is due by, beside a cash discount's earlier one ("bis 24.03.2026
 * netto", "netto bis zum 24.03.2026", "by 24 March 2026 net", "vóór 24 maart netto"). */
static DmPattern net_date = DM_PATTERN(
	"(?:\\b(?:bis|by|vóór|voor|until|tot)\\s+(?:zum\\s+|(?:op\\s+)?uiterlijk\\s+)?" WHEN_RE "[ \\t]*:?[ \\t]*"
	"(?:rein\\s+)?(?:netto|net|ohne\\s+abzug|without\\s+(?:deduction|discount)|zonder\\s+(?:korting|aftrek))\\b"
	"|\\b(?:(?:rein\\s+)?netto|net|ohne\\s+abzug|without\\s+(?:deduction|discount)|zonder\\s+(?:korting|aftrek))"
	"\\s+(?:bis|by|vóór|voor|until|tot)\\s+(?:zum\\s+)?" WHEN_RE ")",
	CI);
/* A letter's date line: the place, a comma, the date, nothing else in its cell ("Wien, am
 * 3. Jänner 2026", "Utrecht, 12 maart 2026"): the invoice's date when no label gives one. */
static DmPattern letter_date = DM_PATTERN(
	"(?:^|\\t)[ ]*(?-i:\\p{Lu})[\\p{L}.' -]{1,30},[ ]*(?:(?:den|am|le|the|de)[ ]+)?(" DM_DATE_RE ")[ ]*(?:$|\\t)",
	CIM);
/* A line that is nothing but a date, as a letter template sets it beside or below the
 * address, or a date alone in the first cell of a row it shares with another column (the
 * address block beside it: "4 November 2026<TAB>Fox & Fern Publishing Limited"): the
 * invoice's date when no label and no place-and-date line gives one, and only above the
 * line of the first amount (from there on, dates belong to items and terms). */
static DmPattern lone_date = DM_PATTERN("^[ ]*(" DM_DATE_RE ")[ ]*(?:\\t[^\\n]*)?$", CIM);
/* A date's caption heading the first cell of the row above ("Due Date<TAB>VAT Number" over
 * "13 Mar 2026<TAB>GB 819 5635 02"): the date below is that caption's, not a lone one. */
static DmPattern date_caption = DM_PATTERN("^[^\\t\\n\\d]*(?:date|datum|due|fällig\\w*|termin)[ ]*:?(?:\\t|\\n)", CI | PCRE2_UTF);
static DmPattern due_sentence = DM_PATTERN(
	"(?:(?:voor|vóór|before|by)\\s+" WHEN_RE "\\s+(?:te\\s+)?(?:voldoen|betalen|overmaken|over\\s+te\\s+maken)"
	"|(?:gelieve|graag|verzoek|vriendelijk|please|kindly)(?=[^\\n.]{0,140}?(?:betal|overmak|over\\s+te\\s+maken|voldo|stort|overschrij"
	"|\\bpa(?:y|id)|remit|transfer|settle))"
	"[^\\n.]{0,100}?(?:voor|vóór|uiterlijk(?:\\s+op)?|before|by)\\s+" WHEN_RE
	"|(?:überweis|zahl|begleich|bezahl)[^\\n.]{0,80}?\\bbis(?:\\s+(?:zum|spätestens))?\\s+" WHEN_RE
	"|\\bbis(?:\\s+(?:zum|spätestens))?\\s+" WHEN_RE "(?=[^\\n.]{0,60}?(?:überweis|zahl|begleich|bezahl)))",
	CI);

static DmPattern words_nl = DM_PATTERN(
	"\\b(?:factuur|betalen|bedrag|totaal|dagen|btw|graag|groet(?:en)?|hierbij|bedankt|gelieve"
	"|vervaldatum|termijn|rekening|ontvangen|voor|het|een|van|met|uw|je|wij|ons)\\b",
	CI);
static DmPattern words_en = DM_PATTERN(
	"\\b(?:invoice|payment|pay|amount|total|days|due|please|regards|thanks?|attached|the|and"
	"|for|with|your|we|our)\\b",
	CI);
/* German: an invoice's own words, and the short words of any German sentence that are no
 * Dutch or English word too ("die", "den" and "bis" are left out for that reason). */
static DmPattern words_de = DM_PATTERN(
	"\\b(?:rechnung(?:snummer|sdatum|sbetrag)?|gesamtbetrag|betrag|endbetrag|summe|f(?:ä|ae)llig"
	"|zahlbar|zahlung(?:sziel|sbedingungen)?|mwst|ust|umsatzsteuer|bankverbindung|überweis\\w*"
	"|tage[n]?|bitte|anbei|freundliche[nm]?|grüß?en|gruß|grüße|vielen|dank|sie|ihre?[nm]?|wir"
	"|und|der|das|dem|mit|für|zum|zur|nicht|innerhalb|netto)\\b",
	CI);

/* Iterates matches of @p over [0, len). */
#define FOR_MATCHES(p, text, len, m)                                                       \
	for (gsize off_ = 0, n_ = 0;                                                        \
	     n_ < MAX_MATCHES && dm_pattern_match((p), (text), (len), off_, &(m));          \
	     n_++, off_ = dm_match_next(&(m), (len)))

static int
count_matches(DmPattern *p, const char *text, gsize len)
{
	DmMatch m;
	int n = 0;
	FOR_MATCHES(p, text, len, m)
		n++;
	return n;
}

/* (transfer full) the text prepared for matching: valid UTF-8, bounded, no-break spaces as
 * plain spaces, CR dropped, quoted lines and everything after a reply header removed. */
static char *
prepare(const char *text)
{
	g_autofree char *bounded = dm_text_bound(text, strlen(text), DM_MAX_TEXT_BYTES);
	GString *out = g_string_sized_new(strlen(bounded) + 1);
	const char *p = bounded;
	while (*p) {
		const char *eol = strchr(p, '\n');
		gsize n = eol ? (gsize)(eol - p) : strlen(p);
		if (p[0] != '>') {
			for (gsize i = 0; i < n; i++) {
				guchar c = (guchar)p[i];
				if (c == '\r')
					continue;
				if (c == 0xC2 && i + 1 < n && (guchar)p[i + 1] == 0xA0) {
					g_string_append_c(out, ' ');
					i++;
				} else if (c == 0xE2 && i + 2 < n && (guchar)p[i + 1] == 0x80 &&
					   ((guchar)p[i + 2] == 0xAF || (guchar)p[i + 2] == 0x87 ||
					    (guchar)p[i + 2] == 0x89)) {
					/* narrow no-break, figure and thin spaces */
					g_string_append_c(out, ' ');
					i += 2;
				} else {
					g_string_append_c(out, (char)c);
				}
			}
			g_string_append_c(out, '\n');
		}
		p += n;
		if (*p == '\n')
			p++;
	}
	DmMatch m;
	if (dm_pattern_match(&quote_start, out->str, out->len, 0, &m))
		g_string_truncate(out, m.start[0]);
	return g_string_free(out, FALSE);
}

static gboolean
has_digit(const char *s)
{
	for (; *s; s++)
		if (g_ascii_isdigit(*s))
			return TRUE;
	return FALSE;
}

static DmPattern number_noun = DM_PATTERN(NUMBER_NOUN, CI);

/* TRUE when the label of @m (before its group 1) says "number" and stands on the line of
 * its value. */
static gboolean
names_number(const char *t, const DmMatch *m)
{
	gsize n = m->start[1] - m->start[0];
	DmMatch x;
	return !memchr(t + m->start[0], '\n', n) && dm_pattern_match(&number_noun, t + m->start[0], n, 0, &x);
}

/* The first number @p finds that is no date, quantity or amount; @out gets its match. */
static char *
number_from(DmPattern *p, const char *t, gsize len, DmMatch *out)
{
	DmMatch m;
	FOR_MATCHES(p, t, len, m) {
		g_autofree char *tok = dm_match_group(&m, 1);
		if (!tok || !has_digit(tok))
			continue;
		/* A date is no number, but a labelled run of digits is ("Factuurnummer 20260402"),
		 * and so is what a number label names on its own line ("Factuurnummer: 2026.08.7"):
		 * no one writes a date after "number". */
		GDate d;
		gboolean digits_only = strspn(tok, "0123456789") == strlen(tok);
		if (dm_date_parse(tok, NULL, &d) && !(p != &number_plain && digits_only) &&
		    !(p == &number_labelled && names_number(t, &m)))
			continue;
		DmMatch after;
		if (dm_pattern_match(&number_after, t + m.end[1], len - m.end[1], 0, &after))
			continue;
		*out = m;
		return g_steal_pointer(&tok);
	}
	return NULL;
}

/* The line of @t around byte @at, for the exclusion test. */
static char *
line_at(const char *t, gsize len, gsize at)
{
	gsize s = at, e = at;
	while (s > 0 && t[s - 1] != '\n')
		s--;
	while (e < len && t[e] != '\n')
		e++;
	return g_strndup(t + s, e - s);
}

typedef enum { AMOUNT_NONE, AMOUNT_ANY, AMOUNT_MEDIUM, AMOUNT_STRONG } AmountRank;

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

/* TRUE when only blanks stand between the start of its line and byte @at of @t. */
static gboolean
starts_line(const char *t, gsize at)
{
	while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
		at--;
	return at == 0 || t[at - 1] == '\n';
}

/* A currency's code in brackets in an amount's label: "Amount Due (CAD)", "Total (AUD)". */
static DmPattern label_code = DM_PATTERN("\\(([A-Z]{3})\\)", 0);

/* "Amount Due (CAD)<TAB>$9,944.00": the code the label names in brackets is the currency of
 * a bare dollar sign (which the amount reader takes for USD; Canada, Australia and others
 * write it too) or of a number with none.  @value is the amount as written, @cur its
 * currency as read, replaced. */
static void
currency_of_label(const char *line, const char *value, char cur[4])
{
	DmMatch m;
	if (!dm_pattern_match(&label_code, line, strlen(line), 0, &m))
		return;
	g_autofree char *code = dm_match_group(&m, 1);
	const char *dollar = strchr(value, '$');
	gboolean bare_dollar = dollar && (dollar == value || !g_ascii_isalpha(dollar[-1])) &&
			       !dm_pattern_match(&label_code, value, strlen(value), 0, &m);
	if (dm_currency_by_code(code) && (!cur[0] || (bare_dollar && strcmp(cur, "USD") == 0)))
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
	DmMatch x;
	return dm_pattern_match(&skonto_line, prev, strlen(prev), 0, &x);
}

/* The first (or, @last, the last) amount @p labels on a line that is no subtotal or VAT
 * line; with @last, one that names its currency beats a bare number ("het bedrag voor 7
 * december"). */
static gboolean
labelled_amount(DmPattern *p, const char *t, gsize len, gboolean last, Labelled *out)
{
	DmMatch m;
	gboolean found_cur = FALSE, found_start = FALSE;
	FOR_MATCHES(p, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		g_autofree char *line = line_at(t, len, m.start[0]);
		gboolean column = FALSE;
		g_autofree char *below = s ? value_below_label(t, len, m.start[0], m.start[1], &column) : NULL;
		if (column) {
			g_free(s);
			s = g_steal_pointer(&below);
		}
		DmMatch x;
		if (dm_pattern_match(&amount_excluded, line, strlen(line), 0, &x) ||
		    (dm_pattern_match(&vat_word, line, strlen(line), 0, &x) &&
		     !dm_pattern_match(&vat_included, line, strlen(line), 0, &x)))
			continue;
		/* A line taking an earlier part invoice off is no total, whatever it names. */
		if (p != &amount_paid && dm_pattern_match(&deduction_line, line, strlen(line), 0, &x))
			continue;
		/* "Totaal te betalen" after a deposit is what is left, not the total. */
		if (p != &amount_strong && dm_pattern_match(&amount_strong, line, strlen(line), 0, &x))
			continue;
		/* "Amount paid" names an amount, but what was paid is no total. */
		if (p != &amount_paid && p != &amount_strong && dm_pattern_match(&amount_paid, line, strlen(line), 0, &x))
			continue;
		if (continues_discount(t, m.start[0]))
			continue;
		gint64 v;
		char c[4];
		if (!s || !dm_amount_parse(s, &v, c) || v == 0 || (found_cur && !c[0]))
			continue;
		currency_of_label(line, s, c);
		/* A label that starts its line (a totals table) beats one inside a sentence. */
		gboolean at_start = starts_line(t, m.start[0]);
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

/* TRUE when the amount @s found at [@start, @end) of @line is written negative: a minus
 * before its number or its currency ("-€400.00", "€ -3.000,00", "−120,00") or brackets
 * round it ("(500,00 €)"), as a totals table prints what it takes off. */
static gboolean
written_negative(const char *line, const char *s, gsize start, gsize end)
{
	gsize len = strlen(line);
	while (start > 0 && (line[start - 1] == ' ' || line[start - 1] == '\t'))
		start--;
	while (end < len && line[end] == ' ')
		end++;
	const char *digit = strpbrk(s, "0123456789");
	return (digit && memchr(s, '-', (gsize) (digit - s))) || (start > 0 && line[start - 1] == '-') ||
	       (start >= 3 && memcmp(line + start - 3, "\xe2\x88\x92", 3) == 0) ||
	       (start > 0 && line[start - 1] == '(' && end < len && line[end] == ')');
}

/* The last amount on @line written as money (decimals or a currency): in a totals row the
 * amount column stands last, after any number or date the label names.  0 when none;
 * @negative (nullable) gets whether it was written negative. */
static gint64
last_amount(const char *line, gboolean *negative)
{
	gint64 last = 0;
	gsize len = strlen(line);
	DmMatch m;
	FOR_MATCHES(&amount_plain, line, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		gsize n = s ? strlen(s) : 0;
		gboolean money = n >= 3 && (s[n - 3] == ',' || s[n - 3] == '.');
		if (!s || !dm_amount_parse(s, &v, c) || v == 0 || !(c[0] || money))
			continue;
		last = v < 0 ? -v : v;
		if (negative)
			*negative = written_negative(line, s, m.start[1], m.end[1]);
	}
	return last;
}

/* One line that takes something off the total: adds its amount to @d. */
typedef struct {
	gint64 sum;
	guint count;
	char *first;       /* (owned) the first line, for --explain */
	gsize first_end;   /* where the first line ends in the text read */
} Deductions;

static void
deduction_add(Deductions *d, const char *line, gint64 v, gsize end)
{
	d->sum += v;
	if (d->count++ == 0) {
		g_autofree char *copy = g_strdup(line);
		d->first = dm_sanitize_oneline(g_strstrip(copy), 100);
		d->first_end = end;
	}
}

/* What @t takes off its total, summed: the lines that say they take off an earlier part
 * invoice or payment (deduction_line), and the rows below the total's line (ending at
 * @below) that write a deposit or a payment made as a negative amount (paid_row). */
static void
deductions(const char *t, gsize len, gsize below, Deductions *d)
{
	DmMatch m;
	memset(d, 0, sizeof *d);
	FOR_MATCHES(&deduction_line, t, len, m) {
		g_autofree char *line = dm_match_group(&m, 0);
		DmMatch x;
		if (dm_pattern_match(&skonto_line, line, strlen(line), 0, &x))
			continue;
		gint64 v = last_amount(line, NULL);
		if (v > 0)
			deduction_add(d, line, v, m.end[0]);
	}
	if (below >= len)
		return;
	FOR_MATCHES(&paid_row, t + below, len - below, m) {
		g_autofree char *line = dm_match_group(&m, 0);
		DmMatch x;
		if (dm_pattern_match(&skonto_line, line, strlen(line), 0, &x) ||
		    dm_pattern_match(&deduction_line, line, strlen(line), 0, &x))
			continue;
		gboolean negative = FALSE;
		gint64 v = last_amount(line, &negative);
		if (v > 0 && negative)
			deduction_add(d, line, v, below + m.end[0]);
	}
}

int
dm_invoice_text_open_amount(const char *text)
{
	if (!text)
		return -1;
	g_autofree char *t = prepare(text);
	gsize len = strlen(t);
	int open = -1;
	DmMatch m;
	FOR_MATCHES(&amount_strong, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		if (s && dm_amount_parse(s, &v, c))
			open = MAX(open, v != 0 ? 1 : 0);
	}
	return open;
}

/* Reads the amount due and the total into @f: a stated amount due wins; else the total
 * less what was already paid; else the total; else the largest amount with a currency. */
static AmountRank
find_amount(const char *t, gsize len, DmInvoiceFacts *f, const char *source)
{
	Labelled due = { 0 }, total = { 0 }, paid = { 0 };
	AmountRank rank = AMOUNT_NONE;
	if (!labelled_amount(&amount_total_incl, t, len, TRUE, &total))
		(void)labelled_amount(&amount_medium, t, len, TRUE, &total);
	(void)labelled_amount(&amount_paid, t, len, FALSE, &paid);
	Deductions off = { 0 };
	deductions(t, len, total.found ? total.line_end : len, &off);
	/* "Total due 1.000 / Amount paid 200 / Balance due 800": the amount due labelled after
	 * what was paid is what is left; the one before it was the total. */
	gsize paid_end = paid.found ? paid.line_end : len;
	if (off.count > 0)
		paid_end = MIN(paid_end, off.first_end);
	if (paid_end < len &&
	    labelled_amount(&amount_strong, t + paid_end, len - paid_end, FALSE, &due)) {
		rank = AMOUNT_STRONG;
		f->amount_cents = due.cents;
		memcpy(f->currency, due.cur[0] ? due.cur : total.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, rule balance-after-paid: labelled amount due \"%s\" "
					 "below what was paid", source, due.line);
	} else if (labelled_amount(&amount_strong, t, len, FALSE, &due)) {
		rank = AMOUNT_STRONG;
		f->amount_cents = due.cents;
		memcpy(f->currency, due.cur[0] ? due.cur : total.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, labelled amount due: \"%s\"", source, due.line);
	} else if (total.found && off.count > 0 && off.sum < total.cents) {
		rank = AMOUNT_STRONG;
		f->amount_cents = total.cents - off.sum;
		memcpy(f->currency, total.cur, 4);
		paid.found = TRUE;
		paid.cents = off.sum;
		dm_invoice_facts_explain(f, "amount_due", "%s, rule deductions: total \"%s\" less %u deduction line(s) "
					 "from \"%s\"", source, total.line, off.count, off.first);
	} else if (total.found && paid.found && paid.cents < total.cents) {
		rank = AMOUNT_STRONG;
		f->amount_cents = total.cents - paid.cents;
		memcpy(f->currency, total.cur[0] ? total.cur : paid.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, total \"%s\" less paid \"%s\"", source,
					 total.line, paid.line);
	} else if (total.found) {
		rank = AMOUNT_MEDIUM;
		f->amount_cents = total.cents;
		memcpy(f->currency, total.cur, 4);
		dm_invoice_facts_explain(f, "amount_due", "%s, the last total line: \"%s\"", source, total.line);
	}
	if (total.found) {
		f->has_total = TRUE;
		f->amount_total_cents = total.cents;
	} else if (rank != AMOUNT_NONE) {
		f->has_total = TRUE;
		f->amount_total_cents = f->amount_cents + (paid.found ? paid.cents : 0);
	}
	labelled_clear(&due);
	labelled_clear(&total);
	labelled_clear(&paid);
	g_free(off.first);
	if (rank != AMOUNT_NONE)
		return rank;
	DmMatch m;
	gboolean found = FALSE;
	FOR_MATCHES(&amount_any, t, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		if (s && dm_amount_parse(s, &v, c) && v > 0 && (!found || v > f->amount_cents)) {
			f->amount_cents = v;
			memcpy(f->currency, c, 4);
			found = TRUE;
		}
	}
	if (!found)
		return AMOUNT_NONE;
	f->has_total = TRUE;
	f->amount_total_cents = f->amount_cents;
	dm_invoice_facts_explain(f, "amount_due", "%s, the largest amount with a currency (no label)", source);
	return AMOUNT_ANY;
}

/* The one currency written anywhere in @t, or "" when none or several. */
static void
sole_currency(const char *t, gsize len, char cur[4])
{
	DmMatch m;
	cur[0] = '\0';
	FOR_MATCHES(&amount_any, t, len, m) {
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
	}
}

/* An American invoice writes month/day/year: "04/03/2026" is 3 April. */
static DmPattern us_slash_date = DM_PATTERN("\\A(\\d{1,2})/(\\d{1,2})/(\\d{4})\\z", 0);
/* A German day and month without a year ("30.1."): the first such day from @ref on. */
static DmPattern day_month = DM_PATTERN("\\A(\\d{1,2})\\.(\\d{1,2})\\.\\z", 0);

/* A slash date anywhere in the text, for its order of day and month. */
static DmPattern slash_date = DM_PATTERN("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/\\d{4}(?![\\d/])", 0);

/* Which order @t writes its slash dates in, from the dates that read only one way: 1 month
 * first ("10/14/2026"), -1 day first ("14/10/2026"), 0 when none decides or both occur. */
static int
slash_date_order(const char *t, gsize len)
{
	gboolean month_first = FALSE, day_first = FALSE;
	DmMatch m;
	FOR_MATCHES(&slash_date, t, len, m) {
		g_autofree char *a = dm_match_group(&m, 1), *b = dm_match_group(&m, 2);
		guint64 x = g_ascii_strtoull(a, NULL, 10), y = g_ascii_strtoull(b, NULL, 10);
		month_first |= x >= 1 && x <= 12 && y > 12 && y <= 31;
		day_first |= y >= 1 && y <= 12 && x > 12 && x <= 31;
	}
	return month_first == day_first ? 0 : month_first ? 1 : -1;
}

static gboolean
parse_date(const char *s, const GDate *ref, gboolean us, GDate *out)
{
	DmMatch m;
	if (dm_pattern_match(&day_month, s, strlen(s), 0, &m)) {
		g_autofree char *day = dm_match_group(&m, 1), *mon = dm_match_group(&m, 2);
		return dm_date_nearest_year((int)g_ascii_strtoull(day, NULL, 10), (int)g_ascii_strtoull(mon, NULL, 10),
					    ref, DM_DATE_FUTURE, out);
	}
	if (us && dm_pattern_match(&us_slash_date, s, strlen(s), 0, &m)) {
		g_autofree char *mon = dm_match_group(&m, 1), *day = dm_match_group(&m, 2),
				*year = dm_match_group(&m, 3);
		g_autofree char *iso = g_strdup_printf("%s-%02d-%02d", year,
						       (int)g_ascii_strtoull(mon, NULL, 10),
						       (int)g_ascii_strtoull(day, NULL, 10));
		return dm_date_parse(iso, ref, out);
	}
	return dm_date_parse(s, ref, out);
}

/* Words of an event other than the invoice: an order, a delivery, a service or its period,
 * a quote, a contract, a booking.  A date whose cell names one and no payment or invoice is
 * that event's date ("Lieferdatum", "uw order d.d. 2 maart", "Levering uiterlijk 9 maart",
 * "Delivery due 9 March"). */
static DmPattern other_event = DM_PATTERN(
	"\\b(?:\\w*order\\w*|bestel\\w*|lever\\w*|geleverd|liefer\\w*|geliefert|leistung\\w*|delivery|delivered"
	"|supply|supplied|ship\\w*|versand\\w*|verzend\\w*|auftrag\\w*|opdracht\\w*|angebot\\w*|offerte\\w*|quote"
	"|quotation|estimate|contract\\w*|vertrag\\w*|purchase|po|services?|period|periode|\\w*zeitraum|termin"
	"|afspraak|appointment|werkzaamheden|uitgevoerd|ausgeführt|performed|booking|boeking|buchung|reservation"
	"|reservering|project\\w*|projekt\\w*)\\b", CI);
static DmPattern payment_word = DM_PATTERN(
	"factu|invoice|rechnung|zahl|überweis|begleich|betal|betaal|\\bpa(?:y|id)|remit|voldo|overmak|fällig|verval"
	"|settle", CI);

/* The rule that passes over the date in group @g of @m as not the one sought, or NULL:
 * for a due date, a cash discount's (discount-date); for either date, another event's
 * (other-event), judged on the cell from its start to the date. */
static const char *
date_passed_over(const char *t, gsize len, const DmMatch *m, int g, gboolean due)
{
	if (due && dm_term_in_discount_clause(t, len, m->start[0], m->end[g]))
		return "discount-date";
	gsize cell = m->start[0];
	while (cell > 0 && t[cell - 1] != '\n' && t[cell - 1] != '\t')
		cell--;
	gsize n = m->start[g] - cell;
	DmMatch x;
	if (dm_pattern_match(&other_event, t + cell, n, 0, &x) &&
	    !dm_pattern_match(&payment_word, t + cell, n, 0, &x))
		return "other-event";
	return NULL;
}

/* The first date @p finds in @t that reads, into @out and its match into @where.  With
 * @field set, a date date_passed_over names is skipped and the skip recorded in @f. */
static gboolean
date_from(DmPattern *p, const char *t, gsize len, const GDate *ref, gboolean us, GDate *out,
	  DmMatch *where, DmInvoiceFacts *f, const char *field, const char *source)
{
	DmMatch m;
	FOR_MATCHES(p, t, len, m) {
		for (int g = 1; g < m.count; g++) {
			g_autofree char *s = dm_match_group(&m, g);
			GDate d;
			if (!s || !parse_date(s, ref, us, &d))
				continue;
			const char *rule = field ? date_passed_over(t, len, &m, g, strcmp(field, "due_date") == 0) : NULL;
			if (rule) {
				g_autofree char *line = line_at(t, len, m.start[0]);
				g_autofree char *clean = dm_sanitize_oneline(line, 120);
				dm_invoice_facts_explain(f, field, "%s, rule %s: passed over \"%s\"", source, rule, clean);
				break;
			}
			*out = d;
			*where = m;
			return TRUE;
		}
	}
	return FALSE;
}

/* (transfer none) "nl", "en", "de" or NULL: which language's common words @t has most
 * of; NULL on a tie for the most. */
static const char *
language_of(const char *t, gsize len)
{
	static const struct {
		const char *code;
		DmPattern *words;
	} langs[] = { { "nl", &words_nl }, { "en", &words_en }, { "de", &words_de } };
	const char *best = NULL;
	int most = 0;
	for (guint i = 0; i < G_N_ELEMENTS(langs); i++) {
		int n = count_matches(langs[i].words, t, len);
		if (n > most)
			best = langs[i].code, most = n;
		else if (n == most)
			best = NULL;
	}
	return best;
}

const char *
dm_invoice_text_language(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *t = prepare(text);
	return language_of(t, strlen(t));
}

/* Records in @f where @field came from: the line of @t at @at. */
static void
explain_line(DmInvoiceFacts *f, const char *field, const char *source, const char *t, gsize len,
	     gsize at)
{
	g_autofree char *line = line_at(t, len, at);
	g_autofree char *clean = dm_sanitize_oneline(line, 120);
	dm_invoice_facts_explain(f, field, "%s, line \"%s\"", source, clean);
}

/* TRUE when @t begins with the subject line subject_and_body (invoice.c) puts first. */
static gboolean
starts_with_subject(const char *t)
{
	return g_str_has_prefix(t, "Subject:");
}

/* Records in @f that @field came from the rule named @rule, at the line of @t at @at. */
static void
explain_rule(DmInvoiceFacts *f, const char *field, const char *source, const char *rule,
	     const char *t, gsize len, gsize at)
{
	g_autofree char *line = line_at(t, len, at);
	g_autofree char *clean = dm_sanitize_oneline(line, 120);
	dm_invoice_facts_explain(f, field, "%s, rule %s: line \"%s\"", source, rule, clean);
}

/* Where the line of the first amount written with a currency starts in @t (@len when
 * none). */
static gsize
first_amount_line(const char *t, gsize len)
{
	DmMatch m;
	if (!dm_pattern_match(&amount_any, t, len, 0, &m))
		return len;
	gsize at = m.start[0];
	while (at > 0 && t[at - 1] != '\n')
		at--;
	return at;
}

/* A lone date (lone_date) in @t before @limit, not under a date's caption; its match in
 * *@where. */
static gboolean
lone_date_from(const char *t, gsize limit, const GDate *ref, gboolean us, GDate *out, DmMatch *where)
{
	DmMatch m;
	FOR_MATCHES(&lone_date, t, limit, m) {
		gsize above = m.start[0];
		if (above > 0)
			above--;
		while (above > 0 && t[above - 1] != '\n')
			above--;
		DmMatch c;
		if (m.start[0] > 0 && dm_pattern_match(&date_caption, t + above, m.start[0] - above, 0, &c))
			continue;
		g_autofree char *s = dm_match_group(&m, 1);
		if (s && parse_date(s, ref, us, out)) {
			*where = m;
			return TRUE;
		}
	}
	return FALSE;
}

/* The dates: the issue date (a label, else the letter's place-and-date line, else a lone
 * date above the first amount), the due date (a net date beside a cash discount, a label or
 * a sentence, else the term, else "payable at once": the issue date); a cash discount's
 * date and another event's are passed over. */
static void
read_dates(const char *t, gsize len, const GDate *ref, gboolean us, const char *source,
	   DmInvoiceFacts *f)
{
	DmMatch m;
	if (date_from(&issue_date, t, len, ref, us, &f->issue_date, &m, f, "issue_date", source))
		explain_line(f, "issue_date", source, t, len, m.start[0]);
	else if (date_from(&letter_date, t, len, ref, us, &f->issue_date, &m, NULL, NULL, NULL))
		explain_rule(f, "issue_date", source, "letter-date", t, len, m.start[0]);
	else if (lone_date_from(t, first_amount_line(t, len), ref, us, &f->issue_date, &m))
		explain_rule(f, "issue_date", source, "lone-date", t, len, m.start[0]);
	const GDate *due_ref = g_date_valid(&f->issue_date) ? &f->issue_date : ref;
	if (date_from(&net_date, t, len, due_ref, us, &f->due_date, &m, f, "due_date", source))
		explain_rule(f, "due_date", source, "net-date", t, len, m.start[0]);
	else if (date_from(&due_date, t, len, due_ref, us, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&due_sentence, t, len, due_ref, us, &f->due_date, &m, f, "due_date", source))
		explain_line(f, "due_date", source, t, len, m.start[0]);
	/* A due date before the issue date is a misreading, not a fact. */
	if (g_date_valid(&f->due_date) && g_date_valid(&f->issue_date) &&
	    g_date_compare(&f->due_date, &f->issue_date) < 0)
		g_date_clear(&f->due_date, 1);
	f->payment_term_days = dm_payment_term_days(t, len);
	if (f->payment_term_days && !g_date_valid(&f->due_date))
		dm_invoice_facts_explain(f, "due_date", "%s, payment term of %d days", source,
					 f->payment_term_days);
	if (!g_date_valid(&f->due_date) && !f->payment_term_days && due_ref && g_date_valid(due_ref) &&
	    dm_payment_term_immediate(t, len)) {
		f->due_date = *due_ref;
		dm_invoice_facts_explain(f, "due_date", "%s, rule payable-at-once: due on the invoice's date",
					 source);
	}
	if (!g_date_valid(&f->due_date) && !f->payment_term_days && g_date_valid(&f->issue_date) &&
	    dm_payment_term_month_end(t, len)) {
		f->due_date = f->issue_date;
		g_date_set_day(&f->due_date, g_date_get_days_in_month(g_date_get_month(&f->issue_date),
								      g_date_get_year(&f->issue_date)));
		dm_invoice_facts_explain(f, "due_date", "%s, rule month-end: due on the last day of the invoice's "
					 "month", source);
	}
}

/* (transfer full) (nullable) the invoice a credit note corrects: the first invoice number
 * the text names ("Creditnota bij factuur 2026-0042", "credit note for invoice INV-7",
 * "Gutschrift zur Rechnung Nr. 17") that is not the credit note's own @own number. */
static char *
credited_invoice(const char *t, gsize len, const char *own)
{
	DmPattern *labels[] = { &number_labelled, &number_plain };
	for (guint i = 0; i < G_N_ELEMENTS(labels); i++) {
		DmMatch m;
		FOR_MATCHES(labels[i], t, len, m) {
			g_autofree char *tok = dm_match_group(&m, 1);
			if (tok && has_digit(tok) && g_strcmp0(tok, own) != 0)
				return g_steal_pointer(&tok);
		}
	}
	return NULL;
}

/* DmAddressBlockOwn's test over the sender's names of a DmInvoiceFacts. */
static gboolean
is_seller_name(const char *name, gconstpointer facts)
{
	return dm_invoice_facts_is_seller_name(facts, name);
}

/* The debtor's name from its address block, and its kind from what the block holds; a
 * block in the name of @seller's sender is the letterhead or the payee, and passed over. */
static void
read_debtor(const char *t, const char *source, const DmInvoiceFacts *seller, DmInvoiceFacts *f)
{
	DmAddressBlock b;
	const DmAddressBlockOwn own = { is_seller_name, seller };
	if (!dm_address_block_find(t, &own, &b))
		return;
	f->debtor_name = g_strdup(b.name);
	dm_invoice_facts_explain(f, "debtor_name", "%s, rule address-block-%s: \"%s\"", source, b.rule, b.name);
	/* "mw. I. Vermeulen (ouder van Daan Vermeulen)": the remark says who the debtor is to
	 * the sender; it is no part of the name. */
	char *bare = dm_debtor_name_without_remark(f->debtor_name);
	if (bare) {
		dm_invoice_facts_explain(f, "debtor_name", "rule remark-in-brackets: \"%s\" without the remark "
					 "after it", bare);
		g_free(f->debtor_name);
		f->debtor_name = bare;
	}
	char *why = NULL;
	if (dm_debtor_block_is_business(b.block, b.name, b.attention, &why))
		dm_invoice_facts_set_debtor_kind(f, DM_INVOICE_DEBTOR_BUSINESS, source, why);
	else
		g_free(why);
	dm_address_block_clear(&b);
}

/* The debtor's own account named just before an IBAN: a direct debit's "afgeschreven van
 * uw rekening NL61 …", "debited from your account number …", "von Ihrem Konto …". */
static DmPattern own_account = DM_PATTERN(
	"(?:\\buw|\\byour|\\bihrem|\\bihr)\\s+(?:bank\\s*)?(?:rekening|account|konto|bankrekening|bankkonto)"
	"(?:\\s*(?:nummer|number|nr\\.?|no\\.?))?\\s*:?\\s*\\z", CI);

/* (transfer full) (nullable) The IBAN to pay to: the first in @t that is not the debtor's
 * own account a direct debit names (own_account); the first of all when every one is.
 * @at gets where it stands. */
static char *
payee_iban(const char *t, gsize len, gsize *at)
{
	char *first = NULL;
	gsize first_at = 0, off = 0, found = 0;
	for (char *iban; off < len && (iban = dm_iban_find(t + off, len - off, &found)); off += found + 4) {
		gsize before = off + found > 60 ? off + found - 60 : 0;
		while (before < off + found && ((guchar) t[before] & 0xC0) == 0x80)
			before++;
		DmMatch m;
		if (!dm_pattern_match(&own_account, t + before, off + found - before, 0, &m)) {
			g_free(first);
			*at = off + found;
			return iban;
		}
		if (!first) {
			first = iban;
			first_at = off + found;
		} else {
			g_free(iban);
		}
	}
	*at = first_at;
	return first;
}

/* The payment identifiers and the debtor's kind: IBAN, reference, business. */
static void
read_payment(const char *t, gsize len, const char *source, DmInvoiceFacts *f)
{
	gsize at = 0;
	f->iban = payee_iban(t, len, &at);
	if (f->iban)
		explain_line(f, "iban", source, t, len, at);
	f->payment_reference = dm_payment_reference_find(t, len);
	if (f->payment_reference)
		dm_invoice_facts_explain(f, "payment_reference", "%s, labelled reference \"%s\"", source,
					 f->payment_reference);
}

gboolean
dm_invoice_text_read(const char *text, const GDate *ref, DmInvoiceSource source,
		     DmInvoiceFacts *facts)
{
	g_return_val_if_fail(facts != NULL, FALSE);
	if (!text)
		return FALSE;
	g_autofree char *t = prepare(text);
	gsize len = strlen(t);
	const char *source_name = dm_invoice_source_name(source);
	DmMatch m;

	gboolean keyword = dm_pattern_match(&invoice_word, t, len, 0, &m);
	/* A quote ("offerte") says so in its subject; a body may still mention one. */
	gboolean quote = FALSE;
	gboolean credit = FALSE;
	if (dm_pattern_match(&subject_line, t, len, 0, &m)) {
		g_autofree char *subj = dm_match_group(&m, 0);
		DmMatch q, k;
		quote = dm_pattern_match(&quote_word, subj, strlen(subj), 0, &q) &&
			!dm_pattern_match(&invoice_word, subj, strlen(subj), 0, &k);
		credit = dm_pattern_match(&credit_word, subj, strlen(subj), 0, &q);
	}
	credit = credit || dm_pattern_match(&credit_title, t, len, 0, &m);
	keyword = keyword || credit;

	/* Read into a record of its own first: whether the text is an invoice is decided on
	 * all of it, and nothing of a text that is not may reach @facts. */
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	if (credit)
		f->number = number_from(&number_credit, t, len, &m);
	if (!f->number)
		f->number = number_from(&number_labelled, t, len, &m);
	if (!f->number)
		f->number = number_from(&number_cell, t, len, &m);
	gboolean labelled_number = f->number != NULL;
	if (!f->number)
		f->number = number_from(&number_plain, t, len, &m);
	/* Without a label, the number after an invoice word: the subject's ("Rechnung
	 * RE-2026-0031") when the text names none, which the subject line stands before. */
	if (f->number && !labelled_number)
		explain_rule(f, "number", source_name, starts_with_subject(t) && !memchr(t, '\n', m.start[0])
			     ? "subject-number" : "invoice-word-number", t, len, m.start[0]);
	else if (f->number)
		explain_line(f, "number", source_name, t, len, m.start[0]);
	if (!labelled_number && count_matches(&quote_word, t, len) > count_matches(&invoice_word, t, len))
		quote = TRUE;

	AmountRank rank = find_amount(t, len, f, source_name);
	f->has_amount = rank != AMOUNT_NONE;
	if (f->has_amount && !f->currency[0])
		sole_currency(t, len, f->currency);
	if (credit) {
		f->credit_reference = credited_invoice(t, len, f->number);
		if (f->credit_reference)
			dm_invoice_facts_explain(f, "credit_reference", "%s, the invoice named beside the credit note",
						 source_name);
		f->credit_note = TRUE;
		f->amount_cents = -ABS(f->amount_cents);
		f->amount_total_cents = -ABS(f->amount_total_cents);
		dm_invoice_facts_explain(f, "credit_note", "%s, a credit note: amounts negative", source_name);
	}

	/* Month first when the invoice's own slash dates show it ("10/14/2026" beside
	 * "11/03/2026", a British firm billing an American client); else only in an American
	 * invoice: in dollars, and paid to no IBAN (a European business billing in dollars
	 * writes its dates day first). */
	int order = slash_date_order(t, len);
	g_autofree char *iban = dm_iban_find(t, len, NULL);
	read_dates(t, len, ref, order > 0 || (order == 0 && strcmp(f->currency, "USD") == 0 && !iban), source_name, f);
	read_payment(t, len, source_name, f);

	gboolean second_sign = (f->number && f->has_amount) || rank == AMOUNT_STRONG ||
			       g_date_valid(&f->due_date) || f->payment_term_days > 0;
	const char *why = !keyword ? "no invoice word (factuur, invoice, Rechnung)"
			: quote ? "reads as a quote (offerte, quote, Angebot) more than as an invoice"
			: !(f->number || f->has_amount) ? "an invoice word but neither a number nor an amount"
			: !second_sign ? "a number or an amount, but no second sign (amount due, due date, term)"
			: NULL;
	if (why) {
		if (!facts->not_invoice)
			facts->not_invoice = g_strdup_printf("%s text: %s", source_name, why);
		return FALSE;
	}
	/* A credit note's due date is no claim on the debtor. */
	if (credit)
		g_date_clear(&f->due_date, 1), f->payment_term_days = 0;
	f->language = g_strdup(language_of(t, len));
	read_debtor(t, source_name, facts, f);
	f->source = source;
	dm_invoice_facts_fill(facts, f);
	dm_invoice_facts_claim(facts, source);
	return TRUE;
}

char *
dm_invoice_text_number(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *t = prepare(text);
	gsize len = strlen(t);
	DmMatch m;
	char *number = number_from(&number_labelled, t, len, &m);
	return number ? number : number_from(&number_plain, t, len, &m);
}
