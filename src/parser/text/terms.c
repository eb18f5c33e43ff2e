/* terms: the payment term an invoice states, in days (dm_payment_term_days), and whether
 * it is to be paid at once (dm_payment_term_immediate).
 *
 * Three forms, tried in this order because the earlier ones are the less ambiguous: a
 * label ("betalingstermijn: 14 dagen", "payment terms: net 30", "Zahlungsziel: 30 Tage"),
 * a period ("binnen 14 dagen", "binnen de dertig dagen", "within two weeks", "innert 30
 * Tagen", "innerhalb von 14 Tagen", "30 dagen na factuurdatum", "30 days from receipt",
 * "due in 14 days"), and the trade shorthand ("Net 30", "30 dagen netto").  The count is
 * digits or a number word, in days or weeks.  A term inside a clause that grants a cash
 * discount ("innerhalb von 10 Tagen mit 2 % Skonto", "2% korting bij betaling binnen 8
 * dagen") is the discount's, not the due date's: it is passed over for the net term.
 * Horizontal space is \h, so a no-break space between the words (common in PDF text and
 * in XML notes) reads like a plain one.
 * Failures: none; text without a term gives 0. */
#include "parser/text/dm-terms.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* Number words invoices write terms with (nl, en, de). */
static const struct {
	const char *word;
	int n;
} number_words[] = {
	{ "een", 1 }, { "één", 1 }, { "one", 1 }, { "einer", 1 }, { "eine", 1 },
	{ "twee", 2 }, { "two", 2 }, { "zwei", 2 }, { "drie", 3 }, { "three", 3 }, { "drei", 3 },
	{ "vier", 4 }, { "four", 4 }, { "vijf", 5 }, { "five", 5 }, { "fünf", 5 },
	{ "zes", 6 }, { "six", 6 }, { "sechs", 6 }, { "zeven", 7 }, { "seven", 7 }, { "sieben", 7 },
	{ "acht", 8 }, { "eight", 8 }, { "negen", 9 }, { "nine", 9 }, { "neun", 9 },
	{ "tien", 10 }, { "ten", 10 }, { "zehn", 10 }, { "twaalf", 12 }, { "twelve", 12 }, { "zwölf", 12 },
	{ "veertien", 14 }, { "fourteen", 14 }, { "vierzehn", 14 },
	{ "vijftien", 15 }, { "fifteen", 15 }, { "fünfzehn", 15 }, { "fuenfzehn", 15 },
	{ "achtentwintig", 28 }, { "twenty-eight", 28 }, { "achtundzwanzig", 28 },
	{ "vijfenveertig", 45 }, { "forty-five", 45 }, { "fünfundvierzig", 45 },
	{ "negentig", 90 }, { "ninety", 90 }, { "neunzig", 90 },
	{ "twintig", 20 }, { "twenty", 20 }, { "zwanzig", 20 },
	{ "eenentwintig", 21 }, { "twenty-one", 21 }, { "einundzwanzig", 21 },
	{ "dertig", 30 }, { "thirty", 30 }, { "dreißig", 30 }, { "dreissig", 30 },
	{ "zestig", 60 }, { "sixty", 60 }, { "sechzig", 60 },
	/* The article a single month is counted with ("within a month", "innerhalb eines Monats"). */
	{ "a", 1 }, { "einem", 1 }, { "einen", 1 }, { "eines", 1 },
};
#define NUMBER_WORD "een|één|one|einer|eine|twee|two|zwei|drie|three|drei|vier|four|vijfenveertig|vijftien|vijf" \
	"|forty-five|fifteen|five|fünfundvierzig|fünfzehn|fuenfzehn|fünf|zes|six|sechs|zeven|seven|sieben" \
	"|achtentwintig|achtundzwanzig|acht|twenty-eight|eight|negentig|negen|ninety|nine|neunzig|neun" \
	"|tien|ten|zehn|twaalf|twelve|zwölf|veertien|fourteen|vierzehn" \
	"|eenentwintig|twenty-one|einundzwanzig|twintig|twenty|zwanzig|dertig|thirty|dreißig|dreissig" \
	"|zestig|sixty|sechzig"
/* The count: digits, or a number word (optionally with the digits after it, "veertien (14)"). */
#define COUNT "(\\d{1,3}|(?:" NUMBER_WORD ")(?!\\p{L}))(?:\\h*\\(\\h*\\d{1,3}\\h*\\))?"
/* "dgn" is how a Dutch message typed in a hurry writes "dagen" ("graag binnen 14 dgn"). */
#define DAYS_WORD "(?:werkdagen|dagen|dgn\\b|days|business\\h+days|working\\h+days|werktagen|tagen|tage|jours" \
	"|weken|weeks|wochen|week|woche)"
/* What a term is counted from: the invoice (its date, its receipt), never a delivery. */
#define FROM_INVOICE "(?:de\\s+|the\\s+|this\\s+|deze\\s+|dem\\s+|der\\s+|dieser\\s+|la\\s+)?(?:factuurdatum|dagtekening|invoice\\s+date" \
	"|date\\s+of\\s+(?:the\\s+|this\\s+)?invoice|rechnungsdatum|rechnungsstellung|rechnungserhalt|rechnungseingang" \
	"|rechnungszugang|date\\s+de\\s+(?:la\\s+)?facture|ontvangst|receipt|erhalt|zugang|eingang|factuur|invoice|rechnung)"

/* What a term may be counted from besides the invoice: its delivery, whose printed date then
 * starts it ("30 Tage nach Lieferung", "14 dagen na levering", "30 days after delivery"), or
 * a building contract's valuation ("within 28 days of the valuation date": the UK's
 * payment notices run from it). */
#define FROM_DELIVERY "(?:de\\s+|der\\s+|dem\\s+|the\\s+)?(?:date\\s+of\\s+)?(?:levering|leverdatum|leveringsdatum|aflevering" \
	"|lieferung|lieferdatum|warenlieferung|delivery(?:\\s+date)?|valuation(?:\\s+date)?)\\b"
/* A count that is no term's: a fraction's ("2/10 net 30"), a percentage, an ordinal day ("the
 * 20th of the following month", "de 15de van de maand"). */
#define NOT_A_TERM_COUNT "(?![\\d.,/%])(?!(?:st|nd|rd|th|ste|de|e)\\b)"
/* "binnen één maand", "within one month", "innerhalb eines Monats", "Zahlungsziel: 1 Monat": a
 * term only in a clause about paying, for a month is also the time to object to a tax
 * assessment ("kann innerhalb eines Monats Einspruch eingelegt werden") or to raise a dispute. */
#define MONTH_COUNT "(\\d{1,2}|een|één|one|a|einem|einen|eines|einer|eine|twee|two|zwei|drie|three|drei)(?!\\p{L})"
#define MONTHS_WORD "(?:maanden|maand|months|month|monaten|monate|monats|monat)\\b"
/* A "terms" label that starts its line or cell ("Terms: Net 30", "Mr S. Ó Briain<TAB>Terms<TAB>
 * 14 days" in a details column beside the window), or names payment ("terms of payment"):
 * "Contract terms: 12 months" is no payment's. */
/* Any horizontal space before it but a tab joins it to the word before (a thin or a narrow
 * no-break space as well as a plain one: "Contract\u2009terms"). */
#define TERMS_LABEL "(?:(?<!\\p{L})(?<![^\\S\\t\\v])terms|\\bterms\\h+of\\h+payment)"

/* What a count after a terms label may count besides days: instalments ("Terms<TAB>3 monthly
 * instalments", "Zahlungsziel: 6 Monatsraten", "Betalingsvoorwaarden: 4 termijnen"), a plan's
 * parts, no term. */
#define INSTALMENTS "(?:monthly|weekly|quarterly|equal|instal(?:l)?ments?|payments?|maandelijkse|termijnen" \
	"|maandtermijnen|betalingen|monatliche|monatsraten|raten|ratenzahlungen|zahlungen)\\b"

static DmPattern term_labelled = DM_PATTERN(
	"(?:betalingstermijn|betaaltermijn|betalingsvoorwaarden|betalingsconditie|payment\\h+terms?|payment\\h+period"
	"|" TERMS_LABEL "|zahlungsziel|zahlungsbedingungen|zahlungsfrist|zahlungskonditionen|vervaltermijn|betaalconditie)"
	"\\h*:?\\h*(?:(?:van|of|von|is|are|beträgt|betraegt|bedraagt)\\h+)?(?:strictly\\h+)?(?:net(?:to)?\\h*)?" COUNT
	NOT_A_TERM_COUNT "(?!\\h*" MONTHS_WORD ")(?!\\h*" INSTALMENTS ")\\h*(?:" DAYS_WORD "|d\\b)?",
	CI);
/* A due or payment label with a colon and a count of days after it ("Payment due: 30 days",
 * "Fällig: 14 Tage", "Zahlbar: 10 Tage", "Betaling: 14 dagen"), or in a table's cell beside
 * it ("Betaling<TAB>60 dagen factuurdatum"): the days word is required, because these
 * labels also stand before dates and amounts. */
static DmPattern term_colon = DM_PATTERN(
	"\\b(?:payment(?:\\h+due)?|due|fällig(?:keit)?|zahlbar|zahlung|betaling|te\\h+betalen)(?:\\h*:\\h*|\\t\\h*)"
	"(?:net(?:to)?\\h*)?" COUNT "\\h*" DAYS_WORD
	/* not how late a payment came ("Betaling<TAB>12 dagen te laat", "Payment: 5 days
	 * overdue"), nor an ageing table's header, a bucket of days in the next cell
	 * ("Current<TAB>Due<TAB>30 days<TAB>60 days") */
	"(?!\\h*(?:te\\h+laat|late|overdue|geleden|ago|verspätet|zu\\h+spät|überfällig)\\b)"
	"(?!\\h*\\t\\h*\\d{1,3}\\h*" DAYS_WORD ")",
	CI);
/* The same label and its count with only a space between, opening its line, cell or
 * sentence and closing its clause ("Payment 30 days.", "Betaling 14 dagen", as a UK or an
 * Irish accounts package prints its terms line): a payment's word first on its line states
 * how long it may take; not how late one came ("Payment 5 days late"), which the clause's
 * end refuses. */
static DmPattern term_spaced = DM_PATTERN(
	"(?:^|\\t|(?<=[.!]\\h))\\h*(?:payment|betaling|zahlung)\\h+(?:net(?:to)?\\h*)?" COUNT "\\h*" DAYS_WORD
	"(?=\\h*(?:[.;,]|$))",
	CI | PCRE2_MULTILINE);
static DmPattern term_within = DM_PATTERN(
	"(?:binnen|within|innerhalb(?:\\s+von)?|innert|dans\\s+les|sous)\\s+(?:(?:de|the|next|der|den|die|nächsten|naechsten)\\s+){0,2}"
	COUNT "\\s+" DAYS_WORD
	"|(?<![\\d.,])" COUNT "\\s+" DAYS_WORD "\\s+(?:na|after|nach|from|vanaf|ab|à\\s+compter\\s+de)\\s+" FROM_INVOICE
	/* the Flemish shorthand without its "na": "60 dagen factuurdatum", "30 d. factuurdatum" */
	"|(?<![\\d.,])" COUNT "\\h+(?:" DAYS_WORD "|d\\.)\\h+(?:factuurdatum|dagtekening)\\b"
	"|(?<![\\d.,])" COUNT "\\s+" DAYS_WORD "\\s+(?:na|after|nach|from|following|vanaf|ab)\\s+" FROM_DELIVERY
	"|(?:due|payable|te\\s+betalen|te\\s+voldoen|zahlbar|fällig)\\s+in\\s+" COUNT "\\s+" DAYS_WORD
	/* "Bitte in den nächsten 10 Tagen überweisen", "in de komende 14 dagen over te maken",
	 * "please pay in the next 14 days": the days ahead, when paying is what they are for. */
	"|\\bin\\s+(?:den|de|the)\\s+(?:nächsten|naechsten|kommenden|komende|volgende|next|coming)\\s+" COUNT "\\s+" DAYS_WORD
	"(?=[^.\\n]{0,40}?\\b(?:überweisen|bezahlen|zahlen|begleichen|over\\s+te\\s+maken|overmaken|betalen|voldoen)\\b)"
	"|\\b(?:pay|settle|transfer|betalen|voldoen|overmaken|überweisen|zahlen)\\s+(?:\\S+\\s+){0,3}?(?:in|within)\\s+(?:the\\s+)?(?:next|coming)\\s+"
	COUNT "\\s+" DAYS_WORD,
	CI);
/* A net term: "netto 30", "Net 30", "30 Tage netto", and the trade shorthand "2/10 net 30",
 * "2/10, n/30" (2 % off within ten days, the net amount in thirty). */
static DmPattern term_net = DM_PATTERN(
	"\\b(?:(?:net(?:to)?\\h*-?\\h*|n/)(\\d{1,3})(?!\\d)(?![.,]\\d)(?!\\h*(?:%|€|eur))"
	"|(\\d{1,3})\\h+(?:dagen|days|tage|tagen)\\h+(?:rein\\h+)?(?:netto|net|ohne\\h+abzug"
	"|zonder\\h+(?:korting|aftrek)|without\\h+deduction))\\b",
	CI);
/* A cash discount for early payment: the clause that names one states its own term
 * ("2% off if paid within 10 days"), also when it is worded as a percentage the customer may
 * take off ("deduct 2% if paid within 10 days", "1% may be deducted", "mag u 2% in mindering
 * brengen", "dürfen Sie 2 % abziehen"); "without deduction" names no percentage.
 * "Skonto" starts its word or follows "Bar": an account's compound with a joining s
 * ("Vereinskonto", "Geschäftskonto") is no discount. */
static DmPattern discount = DM_PATTERN(
	"(?<![a-z\\x80-\\xff])skonto|barskonto|korting|kredietbeperking|discount|rabatt|escompte|\\d\\h*%\\h*(?:abzug|nachlass|off\\b)"
	"|\\d\\h*%\\h*(?:(?:may|can|kann|darf|mag|mogen)\\h+(?:be\\h+)?)?(?:deducted|abziehen|abgezogen|aftrekken|afgetrokken|in\\h+mindering)\\b"
	"|\\bdeduct\\h+(?:a\\h+)?\\d+(?:[.,]\\d+)?\\h*%", CI);
/* Where a clause ends: a comma (not an amount's decimal comma, "€ 1.185,80"), a semicolon
 * or full stop before a space, a line end, "or". */
static DmPattern clause_end = DM_PATTERN(
	"(?<!\\d),|,(?!\\d)|;|\\.(?=\\h*(?:\\n|$)|\\h+(?-i:\\p{Lu}))|\\n|\\b(?:oder|or|of|ou|sonst|otherwise|anders)\\b", CI);

/* The count @s names: digits or a number word; 0 when neither. */
static int
count_of(const char *s)
{
	guint64 n = 0;
	if (g_ascii_isdigit(s[0]))
		return g_ascii_string_to_unsigned(s, 10, 0, 999, &n, NULL) ? (int) n : 0;
	g_autofree char *lower = g_utf8_strdown(s, -1);
	for (guint i = 0; i < G_N_ELEMENTS(number_words); i++)
		if (strcmp(lower, number_words[i].word) == 0)
			return number_words[i].n;
	return 0;
}

/* The bracketed aside of [@from, @to) of @text around byte @at, as [*@open, *@close); FALSE
 * when @at stands in no brackets. */
static gboolean
aside_around(const char *text, gsize from, gsize to, gsize at, gsize *open, gsize *close)
{
	gsize o = at;
	while (o > from && text[o - 1] != '(' && text[o - 1] != ')')
		o--;
	if (o == from || text[o - 1] != '(')
		return FALSE;
	gsize c = at;
	while (c < to && text[c] != ')' && text[c] != '(')
		c++;
	if (c == to || text[c] != ')')
		return FALSE;
	*open = o - 1;
	*close = c + 1;
	return TRUE;
}

/* The clause of @text around [@start, @end), as [*@from, *@to). */
static void
clause_around(const char *text, gsize len, gsize start, gsize end, gsize *from, gsize *to)
{
	DmMatch m;
	*from = 0;
	*to = len;
	for (gsize off = 0; off < start && dm_pattern_match(&clause_end, text, start, off, &m);
	     off = dm_match_next(&m, start))
		*from = m.end[0];
	if (dm_pattern_match(&clause_end, text, len, end, &m))
		*to = m.start[0];
}

/* A word of paying or of a terms label: the clause a month phrase or a day of the next month
 * stands in must hold one to be a payment term ("Zahlbar bis zum 15. des Folgemonats", not
 * "Die Preisänderung gilt ab dem 1. des Folgemonats"). */
static DmPattern payment_word = DM_PATTERN(
	"zahl|betal|\\bpa(?:y|id)|settle|begleich|überweis|voldo|overma|over\\s+te\\s+maken|fällig|\\bdue\\b|remit"
	"|\\bterms\\b|\\bMFI\\b",
	CI);

/* Whether the clause around [@start, @end) of @text speaks of paying. */
static gboolean
in_payment_clause(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	DmMatch m;
	clause_around(text, len, start, end, &from, &to);
	return dm_pattern_match(&payment_word, text, to, from, &m);
}

/* A discount that is none on offer: refused ("rein netto ohne Skontoabzug", "no early-payment
 * discount"), nil ("Discount: EUR 0.00", "Korting: € 0,00") or already given ("u kreeg al
 * 10% korting", "your discount has already been deducted", "vergeet de korting niet te
 * verrekenen"); "1% may be deducted" is on offer. */
#define DISCOUNT_WORD "(?:skonto\\w*|korting|discount|rabatt|nachlass)"
static DmPattern discount_waived = DM_PATTERN(
	"\\b(?:ohne|keine?n?|no|geen|zonder|without)\\h+(?:[\\w-]+\\h+){0,2}?" DISCOUNT_WORD
	"|\\b" DISCOUNT_WORD "\\h*[:=]?\\h*(?:(?:EUR|USD|GBP|CHF|€|\\$|£)\\h*)?0(?:[.,]00?)?(?![.,]?\\d)"
	"|\\b(?:al|already|bereits|schon|(?<!may\\sbe\\s)(?<!can\\sbe\\s)deducted|applied|verrekend|verrekenen|abgezogen"
	"|inbegrepen|inbegriffen)\\b", CI);

gboolean
dm_term_discount_waived(const char *text, gsize from, gsize to)
{
	DmMatch m;
	return to > from && dm_pattern_match(&discount_waived, text, to, from, &m);
}

/* A date or a period of its own in a bracketed aside: "(2 % Skonto bis 10.03.2026)",
 * "(korting tot 8 december)", "(2% within 10 days)". */
static DmPattern own_term = DM_PATTERN(
	"\\d{1,2}[./-]\\d{1,2}|\\b(?:bis|until|by|tot|vóór|voor|binnen|within|innerhalb|innert|if|wenn|bei|bij)\\b",
	CI | PCRE2_UTF);

gboolean
dm_term_in_discount_clause(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	DmMatch m;
	clause_around(text, len, start, end, &from, &to);
	if (dm_term_discount_waived(text, from, to))
		return FALSE;
	/* A discount named in a bracketed aside the term or date stands outside of is the
	 * aside's ("fällig am 31.03.2026 (2 % Skonto bis 10.03.2026)"); an aside the term stands
	 * in belongs to its clause ("bei Zahlung innerhalb von 14 Tagen (bis 05.06.) 2 % Skonto"),
	 * and so does an aside with no date or period of its own: it names the discount the
	 * clause's term earns ("Bij betaling binnen 8 dagen: € 1.185,80 (2% kredietbeperking)"). */
	for (gsize off = from; off < to && dm_pattern_match(&discount, text, to, off, &m);
	     off = dm_match_next(&m, to)) {
		gsize open, close;
		DmMatch x;
		if (!aside_around(text, from, to, m.start[0], &open, &close) || (start >= open && end <= close) ||
		    !dm_pattern_match(&own_term, text, close, open, &x))
			return TRUE;
	}
	return FALSE;
}

/* A week's unit, just after a term's count ("2 weeks", "zwei Wochen", "twee weken"). */
static DmPattern weeks_unit = DM_PATTERN("\\A(?:\\h*\\(\\h*\\d{1,3}\\h*\\))?\\s*(?:weken|weeks|wochen|week|woche)\\b", CI);

/* The days of the term matched by @m in @text: its count, times seven when the unit after
 * the count is weeks (a "weekly fee" elsewhere in the match is no unit). */
static int
days_of(const char *text, const DmMatch *m)
{
	for (int g = 1; g < m->count; g++) {
		g_autofree char *s = dm_match_group(m, g);
		int n = s ? count_of(s) : 0;
		if (n <= 0)
			continue;
		DmMatch u;
		gboolean weeks = dm_pattern_match(&weeks_unit, text + m->end[g], m->end[0] - m->end[g], 0, &u);
		return weeks ? n * 7 : n;
	}
	return 0;
}

/* The first match of @p in @text that states a term (between 1 and @max, in no cash
 * discount's clause, and with @paying in a clause about paying) into @m; its count, times
 * seven for weeks; 0 when none does. */
static int
first_term_match(DmPattern *p, const char *text, gsize len, int max, gboolean paying, DmMatch *m)
{
	for (gsize off = 0; dm_pattern_match(p, text, len, off, m); off = dm_match_next(m, len)) {
		int n = days_of(text, m);
		if (n >= 1 && n <= max && !dm_term_in_discount_clause(text, len, m->start[0], m->end[0]) &&
		    (!paying || in_payment_clause(text, len, m->start[0], m->end[0])))
			return n;
	}
	return 0;
}

static int
first_term(DmPattern *p, const char *text, gsize len, int max)
{
	DmMatch m;
	return first_term_match(p, text, len, max, FALSE, &m);
}

/* "N dagen na levering", "N Tage nach Lieferung", "N days after delivery", "N days from date
 * of delivery", "N Tage netto ab Lieferdatum", "N days of the valuation date". */
static DmPattern term_after_delivery = DM_PATTERN(
	DAYS_WORD "\\s+(?:(?:rein\\s+)?netto\\s+|net\\s+)?(?:na|nach|after|from|following|of|ab|vanaf)\\s+" FROM_DELIVERY, CI);

/* dm_payment_term_days_from, counting only a term in a clause about paying when @paying. */
static int
term_days(const char *text, gsize len, gboolean paying, gboolean *from_delivery)
{
	if (from_delivery)
		*from_delivery = FALSE;
	if (text == NULL)
		return 0;
	DmPattern *const order[] = { &term_labelled, &term_colon, &term_spaced, &term_within, &term_net };
	for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
		DmMatch m, d;
		int days = first_term_match(order[i], text, len, DM_TERM_MAX_DAYS, paying, &m);
		if (!days)
			continue;
		/* The anchor is the term's own: the days word of this match starts "nach Lieferung",
		 * never a delivery named in another clause ("Reklamationen innerhalb von 8 Tagen nach
		 * Lieferung"). */
		if (from_delivery)
			*from_delivery = dm_pattern_match(&term_after_delivery, text, len, m.start[0], &d) &&
					 d.start[0] < m.end[0];
		return days;
	}
	return 0;
}

int
dm_payment_term_days_from(const char *text, gsize len, gboolean *from_delivery)
{
	return term_days(text, len, FALSE, from_delivery);
}

int
dm_payment_term_days(const char *text, gsize len)
{
	return term_days(text, len, FALSE, NULL);
}

int
dm_payment_term_days_paying(const char *text, gsize len)
{
	return term_days(text, len, TRUE, NULL);
}

static DmPattern term_months = DM_PATTERN(
	"\\b(?:binnen|within|innerhalb(?:\\s+von)?|innert)\\s+(?:(?:de|the|der)\\s+)?" MONTH_COUNT "\\s+" MONTHS_WORD
	"|(?:betalingstermijn|betaaltermijn|payment\\h+terms?|" TERMS_LABEL "|zahlungsziel|zahlungsfrist)\\h*:?\\h*"
	"(?:(?:van|of|von|is|beträgt|bedraagt)\\h+)?" MONTH_COUNT "\\h+" MONTHS_WORD,
	CI);

int
dm_payment_term_months(const char *text, gsize len)
{
	DmMatch m;
	return text ? first_term_match(&term_months, text, len, 12, TRUE, &m) : 0;
}

/* N days from the end of the invoice's month: "30 days EOM", "Net 30 EOM", "30 days after the
 * end of the month", "30 Tage nach Monatsende", "30 dagen na einde maand". */
static DmPattern term_after_month_end = DM_PATTERN(
	"\\b(?:net(?:to)?\\h*)?" COUNT "\\h*(?:(?:net(?:to|t)?\\h+)?(?:eom\\b|e\\.o\\.m\\.)|" DAYS_WORD "\\h+(?:net(?:to|t)?\\h+)?"
	"(?:eom\\b|e\\.o\\.m\\.|(?:(?:after|from|following)\\h+)?(?:the\\h+)?end\\h+of\\h+(?:the\\h+)?(?:invoice\\h+)?month\\b"
	"|(?:nach|ab)\\h+(?:dem\\h+)?(?:monatsende|ende\\h+des\\h+(?:rechnungs)?monats)"
	"|na\\h+(?:het\\h+)?einde\\h+(?:van\\h+de\\h+)?(?:factuur)?maand))",
	CI);
/* N days, then to the end of that month: "30 dagen einde maand", "30 jours fin de mois". */
static DmPattern term_then_month_end = DM_PATTERN(
	"\\b" COUNT "\\h+" DAYS_WORD "\\h+(?:einde\\h+(?:van\\h+de\\h+)?maand|fin\\h+de\\h+mois)\\b",
	CI);

int
dm_payment_term_month_end_days(const char *text, gsize len, gboolean *then_month_end)
{
	g_return_val_if_fail(then_month_end != NULL, 0);
	*then_month_end = FALSE;
	if (!text)
		return 0;
	int days = first_term(&term_then_month_end, text, len, DM_TERM_MAX_DAYS);
	if (days) {
		*then_month_end = TRUE;
		return days;
	}
	return first_term(&term_after_month_end, text, len, DM_TERM_MAX_DAYS);
}

/* A day of the month after the invoice's: "zahlbar bis zum 15. des Folgemonats", "15. des auf
 * die Rechnungsstellung folgenden Monats", "de 15e van de volgende maand", "the 20th of the
 * month following the invoice date", "20th of the following month", "21 MFI". */
static DmPattern term_next_month_day = DM_PATTERN(
	"\\b(\\d{1,2})\\.\\h+(?:des\\h+)?(?:folgemonats|folgenden\\h+monats|nächsten\\h+monats"
	"|auf\\h+die\\h+(?:rechnungsstellung|rechnung|lieferung)\\h+folgenden\\h+monats)"
	"|\\b(\\d{1,2})(?:e|ste|de)?\\h+van\\h+de\\h+(?:volgende\\h+maand"
	"|maand\\h+(?:volgend|volgende|na)\\h+(?:op\\h+)?(?:de\\h+)?(?:factuurdatum|factuurmaand|factuur))"
	"|\\b(\\d{1,2})(?:st|nd|rd|th)?\\h+(?:day\\h+)?of\\h+(?:the\\h+)?(?:following|next)\\h+month"
	"|\\b(\\d{1,2})(?:st|nd|rd|th)?\\h+(?:day\\h+)?of\\h+the\\h+month\\h+(?:following|after)\\h+(?:the\\h+)?"
	"(?:invoice|date\\h+of\\h+(?:the\\h+)?invoice)"
	"|\\b(\\d{1,2})\\h*MFI\\b",
	CI);

int
dm_payment_term_next_month_day(const char *text, gsize len)
{
	DmMatch m;
	return text ? first_term_match(&term_next_month_day, text, len, 31, TRUE, &m) : 0;
}

gboolean
dm_payment_term_from_delivery(const char *text, gsize len)
{
	gboolean from_delivery;
	return dm_payment_term_days_from(text, len, &from_delivery) > 0 && from_delivery;
}

/* "Due on receipt", "payable immediately", "sofort fällig", "sofort ohne Abzug fällig",
 * "zahlbar sofort", "per omgaande te voldoen", "direct te betalen": no term, the invoice's
 * date is the due date. */
static DmPattern immediate = DM_PATTERN(
	"\\b(?:due|payable|pay(?:ment)?(?:\\h+is\\h+due)?)\\h+(?:up)?on\\h+receipt\\b"
	"|\\b(?:due|payable)\\h+(?:immediately|at\\h+once|now)\\b"
	"|\\b(?:sofort|umgehend|unverzüglich)\\h+(?:(?:und\\h+)?(?:ohne\\h+abzug|rein\\h+netto|netto)\\h+)?(?:fällig|zahlbar|zu\\h+zahlen|zu\\h+begleichen)\\b"
	"|\\b(?:fällig|zahlbar|zu\\h+zahlen)\\h+(?:ist\\h+)?(?:sofort|umgehend|unverzüglich|bei\\h+erhalt|nach\\h+erhalt)\\b(?!\\h+(?:der|des)\\h+(?:ware|lieferung))"
	"|\\b(?:per\\h+omgaande|direct|onmiddellijk|bij\\h+ontvangst)\\h+te\\h+(?:voldoen|betalen)\\b"
	"|\\bte\\h+(?:voldoen|betalen)\\h+(?:per\\h+omgaande|bij\\h+ontvangst|bij\\h+(?:het\\h+)?(?:afhalen|ophalen))\\b"
	/* Paid when the goods are collected, which is now: "pay on collection", "pay on pickup",
	 * "bij afhalen te betalen", "zahlbar bei Abholung"; Austrian and Swiss "prompt" is "at once". */
	"|\\bpay(?:able|ment)?(?:\\h+is\\h+due)?\\h+(?:up)?on\\h+(?:pickup|pick-up|collection)\\b"
	"|\\bbij\\h+(?:het\\h+)?(?:afhalen|ophalen)\\h+te\\h+(?:voldoen|betalen)\\b"
	"|\\b(?:zahlbar|zu\\h+(?:be)?zahlen)\\h+bei\\h+abholung\\b|\\bbei\\h+abholung\\h+(?:bar\\h+)?(?:zu\\h+)?(?:be)?zahlen\\b"
	"|\\b(?:zahlbar|fällig)\\h+(?:ist\\h+)?prompt\\b|\\bprompt\\h+(?:netto\\h+|ohne\\h+abzug\\h+)?(?:zahlbar|fällig)\\b"
	/* Flemish "contant" is "at once", not "in cash": "Contant te betalen", "te betalen: contant";
	 * "contant betaald" is a payment made, no term. */
	"|\\bcontant\\h+te\\h+(?:betalen|voldoen)\\b|\\bte\\h+(?:betalen|voldoen)\\h*:?\\h*contant\\b(?!\\h+(?:of|en)\\b)"
	/* "Betaling direct na ontvangst", "Betaling: direct na ontvangst", "te voldoen direct bij
	 * ontvangst": of the invoice,
	 * not of goods ("na ontvangst van de goederen") */
	"|\\b(?:betaling|betalen|te\\h+(?:voldoen|betalen))\\h*:?\\h+(?:direct|meteen|onmiddellijk)\\h+(?:na|bij)\\h+ontvangst\\b"
	"(?!\\h+(?:van\\h+)?(?:de\\h+)?(?:goederen|levering|zending|bestelling))"
	/* The sentence that asks for the money with the moment first: "het bedrag direct na
	 * ontvangst over te maken", "please pay immediately upon receipt", "sofort nach Erhalt
	 * zu überweisen" (of the invoice, not of the goods). */
	"|\\b(?:direct|meteen|onmiddellijk)\\h+(?:na|bij)\\h+ontvangst\\h+(?:over\\h+te\\h+maken|te\\h+(?:voldoen|betalen|storten))\\b"
	"|\\b(?:immediately|promptly)\\h+(?:up)?on\\h+receipt\\b(?!\\h+of\\h+(?:the\\h+)?(?:goods|delivery|shipment))"
	"|\\b(?:sofort|umgehend|unverzüglich)\\h+nach\\h+(?:erhalt|eingang)\\b(?!\\h+(?:der|des)\\h+(?:ware|lieferung))"
	/* A terms label whose value is "at once" ("Zahlungsziel: sofort", "Terms: Upon receipt",
	 * "Betalingstermijn: per omgaande", "Zahlung: sofort nach Erhalt"). */
	"|\\b(?:zahlungsziel|zahlungsbedingung(?:en)?|zahlungskondition(?:en)?|konditionen|zahlungsfrist|zahlung|fällig(?:keit)?|zahlbar"
	"|payment(?:\\h+(?:terms?|due))?|terms|due"
	"|betalingstermijn|betaaltermijn|betalingsvoorwaarden?|betalingsconditie|betalingsvoorwaarde)\\h*:?\\h*"
	"(?:sofort|umgehend|immediate(?:ly)?|(?:up)?on\\h+receipt|bei\\h+erhalt|nach\\h+erhalt|per\\h+omgaande"
	"|onmiddellijk|bij\\h+ontvangst|direct(?!\\h+(?:debit|debet|incasso))"
	/* Flemish "contant" as a label's value. */
	"|contant)\\b"
	"(?!\\h+(?:der|des)\\h+(?:ware|lieferung))(?!\\h+(?:erhalten|eingegangen|bezahlt|überwiesen|betaald|ontvangen))"
	/* Austrian and Swiss "prompt (netto Kassa)", only after a German label: in English
	 * "Terms: prompt payment would be appreciated" is a wish, no term. */
	"|\\b(?:zahlungsziel|zahlungsbedingung(?:en)?|zahlungskondition(?:en)?|konditionen|zahlungsfrist|zahlung|fällig(?:keit)?|zahlbar)"
	"\\h*:?\\h*prompt(?:\\h+(?:netto|rein\\h+netto|ohne\\h+abzug))?(?:\\h+kassa)?\\b"
	"(?!\\h+(?:payment|settlement|betaling|zahlung|erhalten|eingegangen|bezahlt|überwiesen|betaald|ontvangen))",
	CI);

gboolean
dm_payment_term_immediate(const char *text, gsize len)
{
	DmMatch m;
	return text && dm_pattern_match(&immediate, text, len, 0, &m);
}

/* "Due end of the month", "Terms: end of month", "te betalen vóór het einde van de maand",
 * "zahlbar bis Monatsende", "Zahlungsziel: Monatsende", Swiss "zahlbar per Ende Monat": due
 * on the last day of the invoice's month.  A count of days before it ("30 days end of
 * month") is another term, read as days. */
static DmPattern month_end = DM_PATTERN(
	"(?:\\b(?:due|payable|pay(?:ment)?|terms|by|before|te\\h+(?:betalen|voldoen)|betalen|betaling|uiterlijk"
	"|vóór|voor|zahlbar|fällig(?:keit)?|zahlung(?:sziel|sfrist)?|bis|zum)\\h*:?\\h*"
	"(?:(?:by|at|on|before|aan|op|tegen|bis|zum|am|per)\\h+)?(?:the\\h+|het\\h+)?"
	"(?:end\\h+of\\h+(?:the\\h+|this\\h+)?month|eind(?:e)?\\h+van\\h+de(?:ze)?\\h+maand|monatsende"
	"|ende\\h+(?:des|dieses)\\h+(?:laufenden\\h+)?monats|ende\\h+monat)\\b)",
	CI);

/* "Einde volgende maand", "aan het einde van de maand volgend op de factuurmaand", "end of
 * the following month", "Ende des Folgemonats": the last day of the month after the
 * invoice's. */
static DmPattern next_month_end = DM_PATTERN(
	"\\b(?:eind(?:e)?\\h+(?:van\\h+de\\h+)?volgende\\h+maand"
	"|eind(?:e)?\\h+van\\h+de\\h+maand\\h+(?:volgend|volgende|na)\\h+(?:op\\h+)?de\\h+(?:factuurmaand|factuurdatum|maand\\h+van\\h+(?:de\\h+)?factuur)"
	"|end\\h+of\\h+(?:the\\h+)?(?:next|following)\\h+month"
	"|end\\h+of\\h+the\\h+month\\h+(?:following|after)\\h+(?:the\\h+)?(?:invoice(?:\\h+(?:date|month))?|month\\h+of\\h+invoice)"
	"|ende\\h+(?:des\\h+)?(?:folgemonats|nächsten\\h+monats|folgenden\\h+monats))\\b",
	CI);

/* A count of days just before a month-end phrase: the start of a term "N days end of month". */
static DmPattern days_before = DM_PATTERN("\\d{1,3}\\h*" DAYS_WORD "\\h*$", CI);

gboolean
dm_payment_term_next_month_end(const char *text, gsize len)
{
	DmMatch m;
	return text && dm_pattern_match(&next_month_end, text, len, 0, &m);
}

gboolean
dm_payment_term_month_end(const char *text, gsize len)
{
	if (!text)
		return FALSE;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&month_end, text, len, off, &m); off = dm_match_next(&m, len)) {
		gsize from = m.start[0] > 24 ? m.start[0] - 24 : 0;
		while (from < m.start[0] && ((guchar)text[from] & 0xC0) == 0x80)
			from++;
		DmMatch x;
		if (!dm_pattern_match(&days_before, text + from, m.start[0] - from, 0, &x))
			return TRUE;
	}
	return FALSE;
}
