/* invoice_text_dates: the invoice's date and its due date in free text.  The issue date
 * stands after its label ("Factuurdatum", "Invoice date", "Rechnung vom"), else on the
 * letter's place-and-date line ("Utrecht, 12 maart 2026"), else alone above the first
 * amount.  The due date is the net date beside a cash discount, else the date after its
 * label ("Vervaldatum", "Due date", "zahlbar bis") or in a sentence ("please pay by 25
 * May"), else the day a direct debit collects it, else what the payment term
 * (parser/text/terms.c) gives (invoice_text_term_due.c).  A date a cash discount or another event (an order, a
 * delivery, a service period) names is passed over, and a due date before the issue date
 * is a misreading.  Slash dates are read day first unless the text shows otherwise or is
 * an American invoice.
 * Failures: none; a date not found stays invalid. */
#include "parser/invoice/dm-invoice-text-dates.h"
#include "parser/invoice/dm-direct-debit.h"
#include "parser/invoice/dm-invoice-text-amount.h"
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/invoice/dm-invoice-text-period-due.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/invoice/dm-invoice-text-term-due.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-terms.h"
#include "common/dm-sanitize.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)
#define NUMBER_NOUN DM_INVOICE_NUMBER_NOUN_RE

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
	/* the date after the number a sentence gives: "Factuurnummer ISI-26-052, datum 01-12-2026" */
	"|(?:" NUMBER_NOUN "\\.?[ \\t]*:?[ \\t]*[A-Z0-9][A-Z0-9/_.-]*,[ \\t]+(?:datum|date|vom|dated))"
	"|(?:credit\\s*(?:note|memo)|creditnota|gutschrift(?:s)?)[ \\t]*-?(?:date|datum)"
	"|\\bd\\.\\s?d\\.|\\bdated|\\bissued(?:\\s+on)?|ausgestellt\\s+am|\\bgedateerd"
	"|(?<!zur\\s)(?<!zu\\s)(?<!zum\\s)(?<!bij\\s)(?<!for\\s)(?<!to\\s)(?<!op\\s)"
	"(?:rechnung|factuur|invoice)(?:s?[ \\t]*-?[ \\t]*" NUMBER_NOUN "\\.?[ \\t]*:?)?(?:[ \\t]+#?(?:[A-Z]{1,3}[ ](?=\\d))?[A-Z0-9][A-Z0-9/_.-]*(?:[ ]/[ ][A-Z0-9/_.-]+)?)?"
	"[ \\t]+(?:vom|van|of|dated"
	/* or a dash or a middle dot between them, as a phone types a one-line heading
	 * ("Factuur 00528/26 - 03-11-2026 - Joost van der Meer", "Rechnung S-0931 · 27.11.2026");
	 * not a period's first day ("Invoice 12 - 01-12-2026 to 31-12-2026", "01-11-2026 tot en
	 * met 30-11-2026"), nor is a date with another after it on the line */
	"|[-–—·](?=[ \\t]+" DM_DATE_RE "(?![ \\t]*(?:[-–—]|to|tot(?:\\s+en\\s+met)?|t/m|bis|until|through|thru|till|up\\s+to)[ \\t]*\\d)"
	"(?![^\\n]*" DM_DATE_RE "))))"
	/* a bilingual invoice's label with its translation after a slash ("Datum / Date",
	 * "Rechnungsdatum / Invoice date") */
	"(?:[ \\t]*/[ \\t]*(?:datum|date|invoice\\s+date|issue\\s+date|rechnungsdatum|factuurdatum|date\\s+de\\s+facture))?"
	"[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?|" VALUE_ROW_BELOW ")?(" DM_DATE_RE ")",
	CIM);
/* A tax point's label ("Tax point", "Tax point date", "Tax date"): the VAT's date, the
 * supply's, which may fall before the invoice's own. */
static DmPattern tax_point_label = DM_PATTERN("\\Atax\\s+(?:point(?:\\s+date)?|date)\\b", CI);
/* The invoice's own date by its name ("Invoice date", "Date of invoice", "Factuurdatum",
 * "Rechnungsdatum", "Date issued", "Issue date"), its value after it. */
static DmPattern invoice_date_named = DM_PATTERN(
	"(?:invoice\\s+date|date\\s+of\\s+invoice|date\\s+issued|issue\\s+date|factuurdatum|rechnungsdatum)"
	"[ \\t]*(?::[ \\t]*)?(" DM_DATE_RE ")",
	CI);
/* An early payment's discount. */
#define DISCOUNT_RE "(?:\\bkorting|\\bdiscount|\\bskonto|\\brabatt|%\\s*off\\b)"
/* A discount offered for paying by the date just read, in the rest of its clause or in the
 * next one joined to it ("Pay by 2 December 2026 and get 2% off", "Betaal je vóór 2
 * december, dan krijg je 2% korting", "bis 10.12.2026, dann erhalten Sie 2 % Skonto"): the
 * date is the discount's, not the due date.  A discount already taken (", de
 * broertjes-korting van 10% is al verrekend") is no offer, and a bracketed aside after a
 * due date is the aside's ("fällig am 31.03.2026 (2 % Skonto bis 10.03.2026)"). */
static DmPattern discount_after = DM_PATTERN(
	"\\A(?:[^\\n.,(]{0,60}?" DISCOUNT_RE "|[^\\n.(]{0,60}?,\\s*(?:dan|dann|then|and|en|so|und|you|u|je|jij|krijg|ontvang|erhalten)\\b"
	"[^\\n.]{0,50}?" DISCOUNT_RE ")",
	CI);
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
	"|te\\s+(?:voldoen|betalen)\\s+(?:voor|vóór|tegen|uiterlijk(?:\\s+op)?|op\\s+of\\s+voor)"
	/* a typed note's politeness between verb and date: "Betalen graag voor 15-12-2026" */
	"|(?:betalen|voldoen|overmaken)\\s+(?:(?:graag|svp|s\\.v\\.p\\.|aub|a\\.u\\.b\\.|alstublieft|alsjeblieft|even)\\s+)?"
	"(?:voor|vóór|uiterlijk(?:\\s+op)?)"
	/* Flemish "betaalbaar op 31/12/2026", "betaalbaar tegen", "betaalbaar vóór" */
	"|betaalbaar\\s+(?:op|voor|vóór|tegen)"
	/* the account between the payment and its day: "Betaling op BE04 6370 3615 4519 vóór
	 * 13/12/2026", "Bitte auf DE12 … bis 15.12.2026 überweisen", "pay to GB29 … by 1 May" */
	"|(?:betaling|betaal|betalen|overmaken|storten|pay(?:ment)?|zahlung|bitte)\\s+(?:op|naar|to|into|auf)\\s+(?:iban\\s+)?"
	DM_IBAN_RE "\\s+(?:vóór|voor|before|by|bis(?:\\s+zum)?|uiterlijk(?:\\s+op)?)"
	/* "Due dae:", a date's label mistyped in a template made by hand */
	"|due\\s+date|payment\\s+due(?:\\s+date)?|payment\\s+deadline|\\bdue(?:\\s+(?:on|by|d[a-z]{1,3}(?=[ \\t]*:)))?\\b"
	"|pay(?:able|ment)?\\s+(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before)"
	"|fälligkeitsdatum|fälligkeit|fällig(?:\\s+(?:am|bis))?|zahlbar\\s+(?:bis|spätestens)|zahlungsziel|zahlungstermin"
	"|zu\\s+(?:zahlen|begleichen|überweisen)\\s+bis|date\\s+d'échéance|échéance)"
	"[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?|" VALUE_ROW_BELOW ")?(?:(?:op|on|the|zum|am|spätestens|uiterlijk|by|bis|netto|net|rein\\s+netto|ohne\\s+abzug)[ \\t]*:?\\s+)*"
	"\\(?" /* the day in brackets after a rule in words: "am dritten Werktag fällig (06.01.2027)" */
	WHEN_RE,
	CI);
/* A construction contract's final date for payment (UK Construction Act), printed beside
 * the "Due date" on which the sum falls due and the payment notice runs: the payer is late
 * only after the final date, the due date a dunning letter counts from. */
static DmPattern final_date = DM_PATTERN(
	"\\bfinal\\s+date\\s+for\\s+payment[ \\t]*(?::[ \\t]*)?(?:(?:is|on|by)\\s+)?" WHEN_RE, CI);
/* The date a net amount is due by, beside a cash discount's earlier one ("bis 24.03.2026
 * netto", "netto bis zum 24.03.2026", "by 24 March 2026 net", "vóór 24 maart netto"). */
static DmPattern net_date = DM_PATTERN(
	"(?:\\b(?:bis|by|vóór|voor|until|tot)\\s+(?:zum\\s+|(?:op\\s+)?uiterlijk\\s+)?" WHEN_RE "[ \\t]*:?[ \\t]*"
	"(?:rein\\s+)?(?:netto|net|ohne\\s+abzug|without\\s+(?:deduction|discount)|zonder\\s+(?:korting|aftrek))\\b"
	"|\\b(?:(?:rein\\s+)?netto|net|ohne\\s+abzug|without\\s+(?:deduction|discount)|zonder\\s+(?:korting|aftrek))"
	"\\s+(?:bis|by|vóór|voor|until|tot)\\s+(?:zum\\s+)?" WHEN_RE ")",
	CI);
/* A letter's date line: the place, a comma, the date, nothing else in its cell ("Wien, am
 * 3. Jänner 2026", "Utrecht, 12 maart 2026"), or the date in the next cell when a PDF
 * sets the two apart ("Kortrijk,<TAB>26-11-2026"): the invoice's date when no label gives
 * one. */
static DmPattern letter_date = DM_PATTERN(
	"(?:^|\\t)[ ]*(?-i:\\p{Lu})[\\p{L}.' -]{1,30},[ \\t]*(?:(?:den|am|le|the|de)[ ]+)?(" DM_DATE_RE ")[ ]*(?:$|\\t)",
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
/* A character of the sentence a request runs on in: not its full stop (a dot in a date or an
 * amount is none), nor a blank line; a single line break is where a PDF wrapped it. */
#define IN_SENTENCE "(?:[^\\n.]|\\.(?=\\S)|\\n(?![ \\t]*\\n))"
/* A character of one clause on one line: a comma, a semicolon, a full stop or a line break
 * ends it, for a verb governs only the date of its own clause. */
#define IN_CLAUSE "(?:[^\\n.,;]|\\.(?=\\S))"
/* The verbs of paying, each starting its word ("Zahlung", not "Anzahl"). */
#define PAY_VERB "(?:\\bbetal|\\bovermak|\\bover\\s+te\\s+maken|\\bvoldo|\\bstort|\\boverschrij|\\bpa(?:y|id)|\\bremit" \
	"|\\btransfer|\\bsettle|überweis|\\bzahl|\\bbegleich|\\bbezahl)"
/* The sum a request asks for, named before a date whose verb a PDF wrapped to the next line
 * ("Ich bitte Sie, den Betrag bis zum 09.12.2026 auf mein Konto ...,\nIBAN ..., zu
 * überweisen"). */
#define ASKED_SUM "\\b(?:betrag|rechnungsbetrag|gesamtbetrag|summe|amount|bedrag|totaalbedrag|saldo|balance)\\b"
/* What a request asks to be done to the sum when not paying it: its date is a deadline for
 * that ("Please check the amount by 8 December"). */
#define CHECK_VERB "(?:\\bcheck|\\bverify|\\bconfirm|\\bcontroleer|\\bcontroleren|\\bnakijken|\\bprüf" \
	"|\\bkontrollier|\\bbestätig|\\bcontact|\\bmeld|\\blet\\s+us\\s+know)"
/* Not a date a term follows in its clause: "voor" is "for" too, the date then a day of the
 * work and the term the payment's ("Betaal het bedrag voor 12 december geleverde
 * kerstpakketten binnen 30 dagen", "Graag ontvangen wij het bedrag voor 3 november
 * gesnoeide hagen binnen 14 dagen"). */
#define NO_TERM_AFTER "(?![^\\n.,]{0,80}?\\bbinnen\\s+\\d+\\s+(?:dagen|werkdagen))"

/* Swiss German writes "bis am 17.12.2026" where Germany writes "bis zum". */
#define REQUEST_BY "(?:voor|vóór|uiterlijk(?:\\s+op)?|before|by|bis(?:\\s+(?:zum|am|spätestens))?" \
	"|spätestens(?:\\s+(?:am|bis(?:\\s+zum)?))?)\\s+"
static DmPattern due_sentence = DM_PATTERN(
	"(?:(?:voor|vóór|before|by)\\s+" WHEN_RE "\\s+(?:te\\s+)?(?:voldoen|betalen|overmaken|over\\s+te\\s+maken)"
	/* A request with its date and a verb of paying that governs it: before the date in its
	 * clause ("Please pay by 8 December"), after it in its clause ("Wij verzoeken u het bedrag
	 * vóór 18 december over te maken"), or after a line a PDF wrapped when the request names
	 * the sum.  A request about anything else ("Bitte reklamieren Sie Mängel bis 08.12.2026",
	 * "Please return the equipment by 8 December") names no due date. */
	"|(?:gelieve|graag|verzoek|vriendelijk|please|kindly|\\bbitte|\\bbitten|ersuche)(?:"
	"[^\\n.]{0,100}?" PAY_VERB IN_CLAUSE "{0,60}?" REQUEST_BY WHEN_RE
	/* or the verb left out, the account it is paid to right after the date ("Graag vóór
	 * 17-03-2027 op NL25 BUNQ 6527 1114 76"); no group of its own, a match holds ten */
	"|[^\\n.]{0,100}?" REQUEST_BY WHEN_RE "(?=" IN_CLAUSE "{0,80}?" PAY_VERB
	"|\\s+(?:op|to|into|auf|an)\\s+(?:(?:rekening|account|konto)\\s+)?[A-Z]{2}\\d{2}\\s?[A-Z0-9]{4})"
	"|(?=[^\\n.]{0,60}?" ASKED_SUM ")(?![^\\n.]{0,100}?" CHECK_VERB ")[^\\n.]{0,100}?" REQUEST_BY WHEN_RE
	"(?=(?:[^\\n.]|\\.(?=\\S)){0,80}\\n(?![ \\t]*\\n)" IN_SENTENCE "{0,200}?" PAY_VERB "))"
	/* The verb first, its date after in its clause, the date wrapped or not ("settle this
	 * invoice by\n18 December 2026"). */
	/* The Dutch imperative the same way ("Betaal het openstaande bedrag vóór 9 december 2026"),
	 * one group for both since a match holds ten at most; the past ("betaalde") and other
	 * verbs ("Maak een afspraak vóór …") are not it. */
	"|(?:\\b(?:pay|settle|remit)\\b" IN_CLAUSE "{0,80}?\\b(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before)"
	"|\\b(?:betaal|voldoe)\\b" IN_CLAUSE "{0,80}?\\b(?:vóór|voor|uiterlijk(?:\\s+op)?))\\s+" WHEN_RE
	/* not a date a term follows in its clause: "voor" is "for" too (NO_TERM_AFTER); an
	 * early payment's date is passed over after the match (discount_after) */
	NO_TERM_AFTER
	/* German order, the date before its verb: "ist am 15.12.2026 zur Zahlung fällig". */
	"|\\b(?:am|bis(?:\\s+zum)?|zum)\\s+" WHEN_RE "\\s+(?:zur\\s+zahlung\\s+|ohne\\s+abzug\\s+|netto\\s+)?"
	"(?:fällig|zahlbar|zu\\s+(?:zahlen|begleichen|überweisen))\\b"
	"|(?:überweis|zahl|begleich|bezahl)[^\\n.]{0,80}?\\bbis(?:\\s+(?:zum|am|spätestens))?\\s+" WHEN_RE
	"|\\b(?:bis(?:\\s+(?:zum|am|spätestens))?|spätestens(?:\\s+am)?)\\s+" WHEN_RE
	"(?=" IN_CLAUSE "{0,60}?(?:überweis|\\bzahl|\\bbegleich|\\bbezahl))"
	/* the moment named, its date in brackets: "payable in advance, by the first lesson of
	 * term (Monday 11 January 2027)", "te voldoen vóór de eerste les (11 januari 2027)",
	 * "zahlbar bis zur ersten Stunde (11.01.2027)" */
	"|\\b(?:payable|due|pay|te\\s+(?:voldoen|betalen)|betalen|zahlbar|fällig|zu\\s+(?:zahlen|überweisen))\\b[^\\n.]{0,40}?"
	"\\b(?:by|before|vóór|voor|uiterlijk|bis(?:\\s+(?:zum|zur))?|vor)\\s+[^\\n.()]{3,40}?\\(" WHEN_RE "\\))",
	CI);

/* Two more ways the professions' bills ask for their money by a date, a pattern of their
 * own since due_sentence holds all the groups a match may: the Dutch office that "would
 * gladly receive" the sum by a date ("Graag ontvangen wij het bedrag vóór 15 december",
 * "Wij ontvangen uw betaling graag uiterlijk op 4 januari"), and a payment due by an event
 * named with its day ("Please pay by your next lesson on Thursday 10 December", "te
 * voldoen vóór de eerste les op 11 januari", "zahlbar bis zur ersten Stunde am
 * 11.01.2027"), its article left out too, a word then naming the event ("Deposit payable
 * in cleared funds before collection on 9 December 2026", "zahlbar vor Abholung am
 * 09.12.2026").  A sum received without a date, or an event with no payment asked ("bring
 * your book to your next lesson on Thursday"), names none. */
static DmPattern due_sentence_received = DM_PATTERN(
	"\\b(?:graag\\s+ontvangen\\s+wij|wij\\s+ontvangen|we\\s+ontvangen)\\s+(?:graag\\s+)?(?:het\\s+|uw\\s+|de\\s+)?"
	"(?:\\w+\\s+)?(?:bedrag|betaling|totaalbedrag|saldo)\\b(?:\\s+graag)?" IN_CLAUSE "{0,60}?\\b(?:vóór|voor|uiterlijk(?:\\s+op)?)\\s+"
	WHEN_RE NO_TERM_AFTER
	"|\\b(?:pay|payable|due|te\\s+(?:voldoen|betalen)|betalen|betaal|zahlbar|fällig|zahlen|überweisen|begleichen)\\b[^\\n.]{0,40}?"
	"\\b(?:(?:by|before|vóór|voor|bis(?:\\s+(?:zum|zur))?|vor)\\s+(?:your|the|de|het|uw|der|dem|ihrer?|zur)\\s+[^\\n.()]{3,40}?"
	/* the article left out, one word names the event, after a word that can only mean
	 * before: "by" so is how one pays ("pay by bank transfer; goods sent on 4 March") and
	 * Dutch "voor" what for ("te betalen voor onderhoud op 9 maart") */
	"|(?:before|vóór|vor)\\s+[^\\s.,;:()]{3,}[ \\t]+)"
	"\\b(?:on|op|am)\\s+" WHEN_RE,
	CI);

/* The day a direct debit collects the amount: the invoice is paid then, so that is its due
 * date ("wordt op of rond 1 december 2026 automatisch afgeschreven", "wird am 08.12.2026
 * per SEPA-Lastschrift eingezogen", "will be collected by Direct Debit on or just after 8
 * December 2026", "Collected by Direct Debit on: 8 December 2026"); after the date, a word
 * of the debit (dm-direct-debit.h): what it does to the amount or its name. */
#define DEBIT_WORD "\\b(?:" DM_DIRECT_DEBIT_DONE_RE "|" DM_DIRECT_DEBIT_NOUN_RE ")\\b"
#define AROUND_RE "(?:\\h+of\\h+(?:rond|omstreeks|kort\\h+na)|\\h+or\\h+(?:just\\h+|shortly\\h+)?(?:after|around|about))?"
/* The rest of the sentence after the date, over a line a PDF or a typed mail wrapped ("wordt
 * op of rond 14 december 2026 automatisch" / "geïncasseerd", "wird am 30.11.2026 … per
 * SEPA-" / "Lastschrift abgebucht"). */
#define DEBIT_REST "(?:[^\\n.]|\\.(?=\\S)|\\n(?![ \\t]*\\n))"
/* The same over a line wrapped mid-sentence only, for German, whose sentences a page sets
 * without a full stop at a line's end as often, and whose nouns start a new line in
 * capitals either way: a word broken at its hyphen ("per SEPA-" / "Lastschrift abgebucht")
 * or a next line in lower case ("von Ihrem Konto" / "abgebucht").  "wird am 01.01.2027
 * verlängert" over "Der Betrag wird per SEPA-Lastschrift …" is two sentences. */
#define DEBIT_REST_WRAPPED "(?:[^\\n.]|\\.(?=\\S)|(?<=-)\\n|\\n(?=[ \\t]*(?-i:[a-z])))"
/* Before the date the sentence may wrap too, in every language alike ("The total of £640.00
 * will be collected by Direct Debit from your account ending 27" / "on or shortly after 9
 * December 2026", "wordt via automatische incasso van uw rekening NL** …" / "op of rond 9
 * december afgeschreven", "wird per SEPA-Lastschrift von Ihrem Konto DE** …" / "am 09.12.2026
 * eingezogen"); in English only when the debit or the account is named on the line before the
 * wrap, since "taken" may be a deposit's at the counter over a delivery's date. */
#define DEBIT_NAMED_EN "(?=[^\\n.]{0,80}?(?:" DEBIT_WORD "|\\bfrom\\h+your\\h+(?:bank\\h+)?account\\b))"
static DmPattern debit_date = DM_PATTERN(
	"(?:\\b(?:wordt|worden|zal|zullen)\\b" DEBIT_REST "{0,80}?\\b(?:op" AROUND_RE "|rond|omstreeks)\\h+" WHEN_RE
	"(?=" DEBIT_REST "{0,120}?" DEBIT_WORD ")"
	"|\\b(?:wird|werden)\\b" DEBIT_REST_WRAPPED "{0,80}?\\b(?:am|zum|ab\\h+dem)\\h+" WHEN_RE
	"(?=" DEBIT_REST_WRAPPED "{0,120}?" DEBIT_WORD ")"
	"|\\b" DM_DIRECT_DEBIT_NOUN_RE "\\h+(?:am|zum)\\h+" WHEN_RE ")",
	CI);
/* The same in English, a pattern of its own for the size: "collected on", or over a wrap
 * after the debit or the account named. */
static DmPattern debit_date_en = DM_PATTERN(
	"\\b(?:collected|debited|taken)\\b(?:[^\\n.]{0,60}?|" DEBIT_NAMED_EN DEBIT_REST "{0,100}?)"
	"\\bon" AROUND_RE "\\s*:?\\s+" WHEN_RE,
	CI);
/* The same with the business doing it, in the active voice: "Den Rechnungsbetrag ziehen
 * wir am 10.12.2026 per SEPA-Lastschrift von Ihrem Konto … ein", "buchen wir am … ab", "We
 * will collect £540.00 … by Direct Debit on 10 December", "Op 12 december schrijven wij …
 * af", "wij incasseren het bedrag op 14 december" (a pattern of its own: one would be too
 * large to compile). */
static DmPattern debit_date_active = DM_PATTERN(
	"(?:\\b(?:(?:ziehen|buchen)\\h+wir|wir\\h+(?:ziehen|buchen))\\b[^\\n.]{0,60}?\\b(?:am|zum)\\h+" WHEN_RE
	"(?=" DEBIT_REST "{0,160}?\\b(?:ein|ab)\\b)"
	"|\\b(?:we|we'll|we\\h+will|we\\h+shall)\\h+collect\\b(?=" DEBIT_REST "{0,120}?(?:" DEBIT_WORD "|\\bfrom\\h+your\\h+(?:bank\\h+)?account))"
	DEBIT_REST "{0,80}?\\bon" AROUND_RE "\\s*:?\\s+" WHEN_RE
	"|\\b(?:incasseren|schrijven)\\h+(?:wij|we)\\b" DEBIT_REST "{0,80}?\\b(?:op" AROUND_RE "|rond|omstreeks)\\h+" WHEN_RE
	"|\\bop\\h+" WHEN_RE "\\h+(?:incasseren|schrijven)\\h+(?:wij|we)\\b)",
	CI);
/* The same with the subject first ("Wij schrijven het bedrag rond 8 december 2026 af", "We
 * incasseren op 14 december"): "schrijven" is a debit only with its particle "af" ("Wij
 * schrijven u op 8 december nog" is a letter).  A pattern of its own, for the size. */
static DmPattern debit_date_we = DM_PATTERN(
	"\\b(?:wij|we)\\h+(?:incasseren\\b|schrijven\\b(?=" DEBIT_REST "{0,120}?\\baf\\b))" DEBIT_REST
	"{0,80}?\\b(?:op" AROUND_RE "|rond|omstreeks)\\h+" WHEN_RE,
	CI);

/* An invoice paid in instalments is due, as a whole, on the first instalment's date: the
 * first date in the sentence that names them ("Zahlbar in drei Monatsraten zu je EUR
 * 2.040,00, jeweils am 15.12.2026, 15.01.2027 und 15.02.2027", "Payable in 3 monthly
 * instalments of £80.00, on 15 December 2026, …", "U betaalt in drie termijnen van € 180,00,
 * telkens op 05/01/2027, …"): a schedule, so a second date follows in the sentence ("Betalen
 * in termijnen? Mail de penningmeester vóór 30 november" offers none).  Only plural nouns:
 * "betalingstermijn" is a term. */
static DmPattern instalment_date = DM_PATTERN(
	"\\b(?:\\w*termijnen|instal(?:l)?ments|(?:monats|teil)?raten)\\b" IN_SENTENCE "{0,160}?" WHEN_RE
	"(?=" IN_SENTENCE "{1,80}?(?:" DM_DATE_ANY_RE "|" DAY_MONTH_RE "))",
	CI);

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
	DM_INVOICE_TEXT_FOR_MATCHES(&slash_date, t, len, m) {
		g_autofree char *a = dm_match_group(&m, 1), *b = dm_match_group(&m, 2);
		guint64 x = g_ascii_strtoull(a, NULL, 10), y = g_ascii_strtoull(b, NULL, 10);
		month_first |= x >= 1 && x <= 12 && y > 12 && y <= 31;
		day_first |= y >= 1 && y <= 12 && x > 12 && x <= 31;
	}
	return month_first == day_first ? 0 : month_first ? 1 : -1;
}

/* Reads the date @s into @out; a date without a year takes the year that puts it nearest
 * @ref, or with @after_issue (@ref is the invoice's date and @s a due date) on or after it: a
 * due date falls after the invoice's ("te betalen vóór 31 maart" on an invoice of September
 * is next March), but a mail's date may come after the due date it repeats. */
static gboolean
parse_date(const char *s, const GDate *ref, gboolean us, gboolean after_issue, GDate *out)
{
	DmMatch m;
	DmDateParts parts;
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
	if (after_issue && dm_date_read(s, &parts) && parts.year == 0)
		return dm_date_nearest_year(parts.day, parts.month, ref, DM_DATE_FUTURE, out);
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

/* Where the sentence holding byte @at of @t ends: its full stop or its line's end. */
static gsize
sentence_end(const char *t, gsize len, gsize at)
{
	while (at < len && t[at] != '\n' && !(t[at] == '.' && (at + 1 == len || g_ascii_isspace(t[at + 1]))))
		at++;
	return at;
}

/* The rule that passes over the date in group @g of @m as not the one sought, or NULL:
 * for a due date, a cash discount's (discount-date); for either date, another event's
 * (other-event), judged on the cell from its start to the date. */
static const char *
date_passed_over(const char *t, gsize len, const DmMatch *m, int g, gboolean due)
{
	DmMatch x;
	if (due && (dm_term_in_discount_clause(t, len, m->start[0], m->end[g]) ||
		    (dm_pattern_match(&discount_after, t + m->end[g], len - m->end[g], 0, &x) &&
		     !dm_term_discount_waived(t, m->end[g], sentence_end(t, len, m->end[g])))))
		return "discount-date";
	gsize cell = m->start[0];
	while (cell > 0 && t[cell - 1] != '\n' && t[cell - 1] != '\t')
		cell--;
	gsize n = m->start[g] - cell;
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
	gboolean due = field && strcmp(field, "due_date") == 0;
	/* A due date falls after the invoice's date; against the mail's, it may be past. */
	gboolean after_issue = due && g_date_valid(&f->issue_date);
	DM_INVOICE_TEXT_FOR_MATCHES(p, t, len, m) {
		for (int g = 1; g < m.count; g++) {
			g_autofree char *s = dm_match_group(&m, g);
			GDate d;
			if (!s || !parse_date(s, ref, us, after_issue, &d))
				continue;
			const char *rule = field ? date_passed_over(t, len, &m, g, due) : NULL;
			/* A due date before the invoice's own is another bill's, the one the
			 * text quotes ("zu unserer Rechnung 2026-0618 (fällig am 15.09.2026)"):
			 * the invoice's own may follow. */
			if (!rule && after_issue && g_date_compare(&d, &f->issue_date) < 0)
				rule = "before-issue";
			if (rule) {
				g_autofree char *line = dm_invoice_text_line_at(t, len, m.start[0]);
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

/* A lone date (lone_date) in @t before @limit, not under a date's caption; its match in
 * *@where. */
static gboolean
lone_date_from(const char *t, gsize limit, const GDate *ref, gboolean us, GDate *out, DmMatch *where)
{
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(&lone_date, t, limit, m) {
		gsize above = m.start[0];
		if (above > 0)
			above--;
		while (above > 0 && t[above - 1] != '\n')
			above--;
		DmMatch c;
		if (m.start[0] > 0 && dm_pattern_match(&date_caption, t + above, m.start[0] - above, 0, &c))
			continue;
		g_autofree char *s = dm_match_group(&m, 1);
		if (s && parse_date(s, ref, us, FALSE, out)) {
			*where = m;
			return TRUE;
		}
	}
	return FALSE;
}

void
dm_invoice_text_read_dates(const char *t, gsize len, const GDate *ref, gboolean month_first, const char *source,
			   DmInvoiceFacts *f)
{
	DmMatch m, x;
	if (date_from(&issue_date, t, len, ref, month_first, &f->issue_date, &m, f, "issue_date", source)) {
		/* A tax point read first gives way to the invoice's date labelled as such ("Tax
		 * point 30 November 2026" above "Invoice date 2 December 2026"): the term runs
		 * from the invoice, the tax point is the VAT's. */
		if (dm_pattern_match(&tax_point_label, t + m.start[0], len - m.start[0], 0, &x))
			(void)date_from(&invoice_date_named, t, len, ref, month_first, &f->issue_date, &m, NULL, NULL, NULL);
		dm_invoice_text_explain_line(f, "issue_date", source, t, len, m.start[0]);
	} else if (date_from(&letter_date, t, len, ref, month_first, &f->issue_date, &m, NULL, NULL, NULL))
		dm_invoice_text_explain_rule(f, "issue_date", source, "letter-date", t, len, m.start[0]);
	else if (lone_date_from(t, dm_invoice_text_first_amount_line(t, len), ref, month_first, &f->issue_date, &m))
		dm_invoice_text_explain_rule(f, "issue_date", source, "lone-date", t, len, m.start[0]);
	const GDate *due_ref = g_date_valid(&f->issue_date) ? &f->issue_date : ref;
	if (date_from(&final_date, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source))
		dm_invoice_text_explain_rule(f, "due_date", source, "final-date-for-payment", t, len, m.start[0]);
	else if (date_from(&net_date, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source))
		dm_invoice_text_explain_rule(f, "due_date", source, "net-date", t, len, m.start[0]);
	else if (date_from(&due_date, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&due_sentence, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&due_sentence_received, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date",
			   source))
		dm_invoice_text_explain_line(f, "due_date", source, t, len, m.start[0]);
	else if (date_from(&debit_date, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&debit_date_en, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&debit_date_active, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source) ||
		 date_from(&debit_date_we, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source))
		dm_invoice_text_explain_rule(f, "due_date", source, "direct-debit-date", t, len, m.start[0]);
	if (!g_date_valid(&f->due_date) &&
	    date_from(&instalment_date, t, len, due_ref, month_first, &f->due_date, &m, f, "due_date", source))
		dm_invoice_text_explain_rule(f, "due_date", source, "first-instalment", t, len, m.start[0]);
	/* Rent paid in advance: due on its period's first day, or a working day of it. */
	const char *rule = g_date_valid(&f->due_date) ? NULL
			   : dm_invoice_text_period_due(t, len, due_ref, &f->due_date);
	if (rule)
		dm_invoice_facts_explain(f, "due_date", "%s, rule %s: due on the printed period's %s", source, rule,
					 strcmp(rule, "period-first-day") == 0 ? "first day" : "stated working day");
	/* A due date before the issue date is a misreading, not a fact. */
	if (g_date_valid(&f->due_date) && g_date_valid(&f->issue_date) &&
	    g_date_compare(&f->due_date, &f->issue_date) < 0)
		g_date_clear(&f->due_date, 1);
	/* No date stated: the one the payment term gives. */
	dm_invoice_text_term_due(t, len, due_ref, source, f);
}

gboolean
dm_invoice_text_month_first(const char *t, gsize len, const char *currency)
{
	/* Month first when the invoice's own slash dates show it ("10/14/2026" beside
	 * "11/03/2026", a British firm billing an American client); else only in an American
	 * invoice: in dollars, and paid to no IBAN (a European business billing in dollars
	 * writes its dates day first). */
	int order = slash_date_order(t, len);
	g_autofree char *iban = dm_iban_find(t, len, NULL);
	return order > 0 || (order == 0 && strcmp(currency, "USD") == 0 && !iban);
}
