/* invoice_text_number: the invoice number in free text.  A label names it ("Factuurnummer:
 * 2026-0042", "Invoice #123", "Rechn.-Nr. 17"), else a bare "Nummer:" cell beside the
 * title block, else the token after an invoice word ("Factuur 2026-0042", a subject's
 * "Rechnung RE-2026-0031").  A token that reads as a date, a quantity or an amount is none,
 * unless a number label names it on its own line (no one writes a date after "number").
 * Failures: none; no number gives NULL. */
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/invoice/dm-sender-initials.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-one-edit.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* A number: letters, digits and the marks between them, perhaps after a short prefix of
 * capitals and a space ("HB 26/188", "RE 2026-031", as a small business types its series
 * by hand), perhaps with its year set apart by a spaced slash ("2026 / 0388", as
 * Teamleader prints it); its first letter may carry an accent ("Ü-2026-57", a series named
 * after "Übersetzung"); never a currency's code before an amount ("EUR 100"). */
#define TOKEN_OF(groups) "(" groups "|(?:(?!" DM_CURRENCY_RE ")(?-i:[A-Z]{1,3})[ ](?=\\d))?(?:[A-Z0-9]|(?-i:\\p{Lu}))(?:[A-Z0-9./_-]{0,38}[A-Z0-9])?" \
	"(?:[ ]/[ ]\\d(?:[A-Z0-9./_-]{0,20}[A-Z0-9])?)?" SERIES_LETTER ")"
#define TOKEN TOKEN_OF(GROUPED_DIGITS)
/* The number under its own label ("Rechnungsnummer: 4471 120", "Factuurnummer<TAB>123 45"):
 * the label's value fills its cell, no amount's column shares it, so any two to four
 * groups are the number (GROUPED_IN_CELL). */
#define LABELLED_TOKEN TOKEN_OF(GROUPED_IN_CELL)
/* A number printed in groups of digits, as a utility's or a Swiss firm's ledger numbers
 * its invoices ("710 2026 4471"): two to four groups of two digits or more, set apart by
 * single spaces and filling their cell or line, so that a count or an amount after the
 * number ("Factuur 2026 12 stuks", "Invoice 0042 120,00") never joins it.  Of two groups,
 * the second is the number's when tools print it so: a year and its sequence ("2026 0045"),
 * a sequence padded with noughts ("26 0417"), groups of even width or widening ("12 3456",
 * "4471 2210"); a shorter group after, unpadded ("Invoice 4471 120", "4471 12"), is the
 * amount's or the count's column beside the number, which a table would print apart; under
 * the number's own label, its cell holds the number alone (GROUPED_IN_CELL). */
#define GROUPED_IN_CELL "\\d{2,4}(?:[ ]\\d{2,6}){1,3}(?=[ \\t]*(?:\\t|\\n|\\z))"
#define GROUPED_DIGITS "(?:\\d{2,4}(?:[ ]\\d{2,6}){2,3}|(?:19|20)\\d\\d[ ]\\d{2,6}|\\d{2,4}[ ]0\\d{1,5}" \
	"|\\d{2}[ ]\\d{2,6}|\\d{3}[ ]\\d{3,6}|\\d{4}[ ]\\d{4,6})(?=[ \\t]*(?:\\t|\\n|\\z))"
/* A capital letter set apart after the digits and ending its cell or line ("INV 0042 B",
 * "2026-118 A"): the series' or the version's letter, part of the number; never a word
 * ("2026-118 B.V.", "26-0417 A4 posters") nor a lower-case letter. */
#define SERIES_LETTER "(?:(?<=\\d)[ ](?-i:[A-Z])(?=[ \\t]*(?:\\t|\\n|\\z)))?"
#define NUMBER_NOUN DM_INVOICE_NUMBER_NOUN_RE
/* The label's word for "number" in lower case glued to a number that opens with capitals
 * ("RechnungsnummerRE-2026-0388", "InvoicenoINV-0042"): a page that sets its value's cell
 * tight against its label reads so when its text is taken out; the change of case is where
 * the label ends ("Nummern", "Notes" never match). */
#define NUMBER_NOUN_GLUED "(?-i:nummer|number|nr|no)(?=(?-i:[A-Z]{1,4})[-/.]?\\d)"
/* An invoice-number label: a word for the invoice and one for its number, joined or apart,
 * with a point or a hyphen or neither ("Factuurnummer", "Factuur-nr.", "Fact.nr.", "Invoice
 * #", "Inv. No.", "Invoice Nº", "Rechnungs-Nr.", "Rechnungs-Nummer", "Rechn.-Nr.", "Rg.-Nr.",
 * "RE-Nr.", "Beleg-Nr.", "Nota nr.", the fee notes' "Ereloonnota nr.", "Declaratienummer",
 * "Fee note no.").  A customer's, order's or project's number never follows an invoice
 * word, so none of them is read here. */
static DmPattern number_labelled = DM_PATTERN(
	"(?:(?:factuur|invoice|rechnungs?|\\bbeleg|\\b(?:ereloon|voorschot)?nota|\\bbill|\\binv|\\brechn|\\bfact|\\bdeclaratie|\\bfee\\s+note|" DM_FEE_NOTE_RE ")\\.?\\s*-?\\s*(?:" NUMBER_NOUN "|" NUMBER_NOUN_GLUED ")"
	"|\\b(?:re|rg)(?:\\.[ \\t]*-?|-)[ \\t]*nr(?!\\p{L})|" DM_FEE_NOTE_RE "|invoice\\s+id|\\binvoice\\s+ref(?:erence)?"
	"|num[ée]ro\\s+de\\s+facture|facture\\s*n[°o]"
	/* a bill by its older Dutch name, "Rekening nr. PC-0936", its number with letters or
	 * a separator; never an account's ("Rekening nr. NL91 ABNA …", "Rekening nr. 4471236",
	 * "Rekeningnummer") */
	"|\\brekening\\s+nr(?![ \\t]*\\.?[ \\t]*:?[ \\t]*[A-Z]{2}\\d{2}[ ]?[A-Z0-9]{4})"
	"(?=[ \\t]*\\.?[ \\t]*:?[ \\t]*[\\w/-]*(?:[A-Z]|\\d[-/]\\d)))"
	"\\.?[ \\t]*(?::[ \\t]*(?:\\n[ \\t]*)?)?#?[ \\t]*(?:is[ \\t]+)?" LABELLED_TOKEN "(?![A-Z0-9])",
	CI);
/* A credit note's own number, after its title, which may name its kind again in brackets
 * ("Rechnungskorrektur (Gutschrift) Nr. RK20260046"), or after "Creditnummer" or
 * "Korrektur-Nr.". */
static DmPattern number_credit = DM_PATTERN(
	"(?:creditnota|creditfactuur|credit\\s*note|credit\\s*memo|gutschrift|rechnungskorrektur"
	"|korrekturrechnung|stornorechnung|(?:storno|credit|korrektur)(?=[ \\t]*-?(?:nummer|nr\\b)))(?:[ \\t]*\\([\\p{L} ]{1,20}\\))?[ \\t]*(?:nummer|number|nr|no|#|-?nummer|-?nr)?\\.?[ \\t]*[:#]?[ \\t]*"
	LABELLED_TOKEN "(?![A-Z0-9])",
	CI);
/* A bare "Nummer:" / "No.:" cell beside the document's title block, its value after the
 * colon or in the next cell: the invoice's number when nothing names it better. */
static DmPattern number_cell = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:nummer|number|nr\\.?|no\\.?|n[º°])[ \\t]*(?::[ \\t]*|\\t[ \\t]*)" LABELLED_TOKEN "(?![A-Z0-9])", CIM);
static DmPattern number_plain = DM_PATTERN(
	"(?:\\b(?:\\w*factuur|invoice|\\w*rechnung|facture|(?:rente|huur|voorschot|termijn|eind)?nota|" DM_FEE_NOTE_RE ")[ \\t]*[:#]?[ \\t]*"
	"|" DM_INVOICE_ABBREV_RE ")" TOKEN "(?![A-Z0-9])", CI);
/* The label of a number that is another party's or another document's: a purchase order
 * ("PO 4471", "PO: 4471", "P.O. 4471", "PO-Nr. 4471"), a sales order ("SO 118", "SO no.
 * 118", "Ord.-Nr. 0042", "Order 2026-118", "Bestelling", "Auftrag"), a customer's or a
 * debtor's account ("Cust-0042", "Klant 1023", "Kd-Nr. 10233", "Deb. 4410").  Such a
 * number is never the invoice's: with no invoice number printed, the invoice has none
 * (README: the number as the invoice prints it).  Two or three letters joined to the digits
 * ("PO-4471", "ORD-0042", "KD-2026-014") are no label but the series' own letters, which
 * order_series weighs. */
#define OTHERS_NUMBER "(?:(?:p\\.[ ]?o\\.?|order|bestel\\w*|auftrag\\w*|cust(?:omer)?|klant\\w*|kunde\\w*|debiteur\\w*)" \
	"(?:[ .-]*(?:nr|no|nummer|number))?|(?:po|so|ord|kd|deb)(?:[ .-]*(?:nr|no|nummer|number)\\b|\\.|[ ]*[:#]|[ ]+))[ .:#-]*\\d"
/* A series whose letters name an order or an account when another party prints them,
 * joined to its digits ("PO-4471", "PO4471", "ORD-0042", "SO-118", "KD-10233", "DEB-0412"),
 * the letters in group 1.  Tools print the invoice's own number under the title and a PO
 * under its label; but a buyer's PO printed as its value alone ("PO-4471") looks the same
 * as a small business's series after its initials ("PO-2026-014" of Pieter Oosterhof):
 * under a bare title the series is the invoice's when its letters are the sender's
 * initials (dm_sender_initials_are), another's otherwise.  On the title's own line
 * ("Invoice PO-4471") or under an invoice-number label, the invoice names it, whatever its
 * letters. */
static DmPattern order_series = DM_PATTERN("\\A(po|so|ord|kd|deb)-?\\d", CI);
/* A bare title alone on its line and the number alone on the next ("INVOICE" over
 * "AC-26-0412", "Factuur" over "2026-0871"), as a page sets its title block: the title
 * names what stands under it, when no invoice word names a number on its own line.  A date
 * or an amount there is none (number_from_label), nor digits in groups: a letterhead's
 * phone under "Tax Invoice" ("0113 496 0781"), nor a Belgian enterprise number, which a
 * letterhead prints alone as well ("0123.456.749"), nor an order's or a customer's number
 * (OTHERS_NUMBER). */
static DmPattern number_under_title = DM_PATTERN(
	"^[ \\t]*(?:factuur|invoice|rechnung|facture|tax\\s+invoice)[ \\t]*:?[ \\t]*\\n[ \\t]*"
	"(?!\\d+[ ]\\d|[01]\\d{3}\\.\\d{3}\\.\\d{3}[ \\t]*$|" OTHERS_NUMBER ")" TOKEN "[ \\t]*$", CIM);
/* What follows a count in a credit line's sentence ("Gutschrift: 2 Moving Heads defekt"):
 * a word that no number is followed by, which a connecting word ("vom", "zu", "for") is. */
static DmPattern count_of_items = DM_PATTERN(
	"\\A[ ]+(?!(?:vom|van|of|zu|zur|zum|voor|for|bij|dated|d\\.d\\.|to|from|dd|de|der|des|dem)\\b)\\p{L}",
	CI | PCRE2_UTF);
/* An invoice word named after the period it bills ("Jahresrechnung 2027", "Jaarfactuur
 * 2026", "Annual invoice 2027"), then a year or a span of years alone ("Jahresrechnung
 * 2026/27", a season): the period billed, not the number. */
static DmPattern period_word_year = DM_PATTERN(
	"(?:jahres|jaar|monats|maand|quartals|kwartaal|annual\\s+|yearly\\s+|monthly\\s+)(?:rechnung|factuur|invoice)"
	"[ \\t]*:?[ \\t]*" DM_YEAR_SPAN_RE "\\z", CI);
/* What must not follow a number candidate: it was a quantity, a date or an amount. */
static DmPattern number_after = DM_PATTERN(
	"\\A[ \\t]*(?:%|dagen|days|tage|jours|uur|hours|" DM_MONTH_RE "|" DM_CURRENCY_RE ")", CI);

static DmPattern number_noun = DM_PATTERN(NUMBER_NOUN, CI);
/* A year, then a month's name, then a count ("2026-NOV-02", "2026/Mrz/14"): a series
 * numbered per month, unless a date label dates the text that day (series_not_date).  A
 * date written year first is mostly ISO's order, which gives the month in digits; but
 * some tools do print "2026-Nov-02" for 2 November (Boost's simple date string, Oracle's
 * YYYY-MON-DD), and then their date label prints it so too. */
static DmPattern year_month_series = DM_PATTERN(
	"\\A\\d{4}[-/.](?:" DM_MONTH_RE ")\\.?[-/.]\\d{1,4}\\z", CI);
/* A label whose invoice word a hand slipped on ("Rechnug Nr. MU-2026-09", "Factuur nr" typed
 * "Facuur nr", "Invocie No."), at the start of its line or cell: its word is checked by
 * misspelt_label, the word for its number must be there. */
static DmPattern number_misspelt = DM_PATTERN(
	"(?:^|\\t)[ \\t]*\\p{L}{5,10}\\.?[ \\t]*-?[ \\t]*" NUMBER_NOUN "\\.?[ \\t]*(?::[ \\t]*)?#?[ \\t]*" LABELLED_TOKEN "(?![A-Z0-9])",
	CIM | PCRE2_UTF);

/* The words for an invoice a slip of the hand is read for: the reader's three languages. */
static const char *const invoice_words[] = { "factuur", "rechnung", "invoice" };

/* TRUE when the label @m of number_misspelt opens with a word one slip from an invoice
 * word (dm_one_edit_apart): "Rechnug", never "Kunden" or "Auftrags". */
static gboolean
misspelt_label(const char *t, const DmMatch *m)
{
	const char *w = t + m->start[0];
	while (*w == '\t' || *w == ' ')
		w++;
	const char *end = w;
	while (*end && g_unichar_isalpha(g_utf8_get_char(end)))
		end = g_utf8_next_char(end);
	g_autofree char *word = g_strndup(w, end - w);
	for (gsize i = 0; i < G_N_ELEMENTS(invoice_words); i++)
		if (dm_one_edit_apart(word, invoice_words[i]))
			return TRUE;
	return FALSE;
}

static gboolean
has_digit(const char *s)
{
	for (; *s; s++)
		if (g_ascii_isdigit(*s))
			return TRUE;
	return FALSE;
}

/* TRUE when the label of @m (before its group 1) says "number" and stands on the line of
 * its value. */
static gboolean
names_number(const char *t, const DmMatch *m)
{
	gsize n = m->start[1] - m->start[0];
	DmMatch x;
	return !memchr(t + m->start[0], '\n', n) && dm_pattern_match(&number_noun, t + m->start[0], n, 0, &x);
}

/* A date under its label ("Date: 2026-Nov-02", "Rechnungsdatum 2026-Nov-02", "dated
 * 2026-Nov-02"), its word in group 1. */
static DmPattern labelled_date = DM_PATTERN("(?:datum|date|dated|issued)(?!\\p{L})[ \\t:.]*([^\\s,;)]+)", CI);

/* Whether a date label of @t (@len bytes) dates the text @d. */
static gboolean
dated_that_day(const char *t, gsize len, const GDate *d)
{
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(&labelled_date, t, len, m) {
		g_autofree char *word = dm_match_group(&m, 1);
		GDate w;
		if (word && dm_date_parse(word, NULL, &w) && g_date_compare(&w, d) == 0)
			return TRUE;
	}
	return FALSE;
}

/* Whether @core, which reads as the date @d, is a series numbered per month
 * (year_month_series) rather than the date: not when a date label dates the text that
 * day ("Invoice 2026-Nov-02" over "Date: 2026-Nov-02").  The series quoted again for the
 * payment ("Reference: 2026-NOV-02") is still the series. */
static gboolean
series_not_date(const char *core, const char *t, gsize len, const GDate *d)
{
	DmMatch m;
	return dm_pattern_match(&year_month_series, core, strlen(core), 0, &m) && !dated_that_day(t, len, d);
}

/* The first number @p finds that is no date, quantity or amount, under a label
 * @label_ok (nullable) accepts; @out gets its match. */
static char *
number_from_label(DmPattern *p, const char *t, gsize len, gboolean (*label_ok)(const char *, const DmMatch *),
		  DmMatch *out)
{
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(p, t, len, m) {
		if (label_ok && !label_ok(t, &m))
			continue;
		g_autofree char *tok = dm_match_group(&m, 1);
		if (!tok || !has_digit(tok))
			continue;
		/* A date is no number, but a labelled run of digits is ("Factuurnummer 20260402"),
		 * and so is what a number label names on its own line ("Factuurnummer: 2026.08.7"):
		 * no one writes a date after "number". */
		GDate d;
		const char *space = strchr(tok, ' ');
		const char *core = space ? space + 1 : tok;    /* without its prefix: "VOM 12.03.2026" */
		gboolean digits_only = strspn(core, "0123456789") == strlen(core);
		if (dm_date_parse(core, NULL, &d) && !(p != &number_plain && digits_only) &&
		    !(p == &number_labelled && names_number(t, &m)) && !series_not_date(core, t, len, &d))
			continue;
		DmMatch after;
		if (dm_pattern_match(&number_after, t + m.end[1], len - m.end[1], 0, &after))
			continue;
		if (p == &number_plain &&
		    dm_pattern_match(&period_word_year, t + m.start[0], m.end[1] - m.start[0], 0, &after))
			continue;
		/* A credit note's title before a count of items is a line of its table: a number
		 * the title gives has a number's word or stands alone. */
		if (p == &number_credit && digits_only && !names_number(t, &m) &&
		    dm_pattern_match(&count_of_items, t + m.end[1], len - m.end[1], 0, &after))
			continue;
		*out = m;
		return g_steal_pointer(&tok);
	}
	return NULL;
}

static char *
number_from(DmPattern *p, const char *t, gsize len, DmMatch *out)
{
	return number_from_label(p, t, len, NULL, out);
}

/* TRUE when @t begins with the subject line subject_and_body (invoice.c) puts first. */
static gboolean
starts_with_subject(const char *t)
{
	return g_str_has_prefix(t, "Subject:");
}

/* FALSE when @number, read under a bare title, is an order's or an account's series that
 * is not the sender's own (order_series): neither the initials of a name @sender's facts
 * know it by nor of the letterhead of @t. */
static gboolean
senders_series(const char *number, const DmInvoiceFacts *f, const char *t, gsize len)
{
	DmMatch m;
	if (!dm_pattern_match(&order_series, number, strlen(number), 0, &m))
		return TRUE;
	g_autofree char *letters = dm_match_group(&m, 1);
	return dm_sender_initials_are(letters, f, t, len);
}

gboolean
dm_invoice_text_read_number(const char *t, gsize len, gboolean credit, const char *source,
			    const DmInvoiceFacts *sender, DmInvoiceFacts *f)
{
	DmMatch m;
	if (credit)
		f->number = number_from(&number_credit, t, len, &m);
	if (!f->number)
		f->number = number_from(&number_labelled, t, len, &m);
	if (!f->number)
		f->number = number_from(&number_cell, t, len, &m);
	if (!f->number)
		f->number = number_from_label(&number_misspelt, t, len, misspelt_label, &m);
	gboolean labelled = f->number != NULL;
	gboolean under_title = FALSE;
	if (!f->number)
		f->number = number_from(&number_plain, t, len, &m);
	if (!f->number)
		under_title = (f->number = number_from(&number_under_title, t, len, &m)) != NULL;
	if (under_title && !senders_series(f->number, sender, t, len)) {
		g_clear_pointer(&f->number, g_free);
		under_title = FALSE;
	}
	/* Without a label, the number after an invoice word: the subject's ("Rechnung
	 * RE-2026-0031") when the text names none, which the subject line stands before. */
	if (f->number && !labelled)
		dm_invoice_text_explain_rule(f, "number", source,
					     under_title ? "number-under-title"
					     : starts_with_subject(t) && !memchr(t, '\n', m.start[0])
					     ? "subject-number" : "invoice-word-number", t, len, m.start[0]);
	else if (f->number)
		dm_invoice_text_explain_line(f, "number", source, t, len, m.start[0]);
	return labelled;
}

char *
dm_invoice_text_credited_invoice(const char *t, gsize len, const char *own)
{
	DmPattern *labels[] = { &number_labelled, &number_plain };
	for (guint i = 0; i < G_N_ELEMENTS(labels); i++) {
		DmMatch m;
		DM_INVOICE_TEXT_FOR_MATCHES(labels[i], t, len, m) {
			g_autofree char *tok = dm_match_group(&m, 1);
			if (tok && has_digit(tok) && g_strcmp0(tok, own) != 0)
				return g_steal_pointer(&tok);
		}
	}
	return NULL;
}

char *
dm_invoice_text_number_named(const char *t, gsize len)
{
	DmMatch m;
	char *number = number_from(&number_labelled, t, len, &m);
	if (!number)
		number = number_from(&number_plain, t, len, &m);
	/* A credit note's subject names its number after its own word ("Gutschrift GS-26-0061"). */
	return number ? number : number_from(&number_credit, t, len, &m);
}

gboolean
dm_invoice_text_misspelt_label(const char *t, gsize len)
{
	DmMatch m;
	g_autofree char *number = number_from_label(&number_misspelt, t, len, misspelt_label, &m);
	return number != NULL;
}
