/* bill_of_its_own: a corrected invoice, a bill of late-payment charges and an invoice whose
 * cover note recalls an earlier one still open, each sent as an invoice of its own
 * (dm-bill-of-its-own.h).  Both are recognised from what the mail names
 * and whether it sets out an invoice (the caller's dm_not_invoice_sets_out); the caller then passes over
 * the rules their cover notes would trip.  Failures: none. */
#include "parser/invoice/dm-bill-of-its-own.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* A correction named: in a subject anywhere, in a document as a title line or a label. */
static DmPattern correction_named = DM_PATTERN(
	"\\b(?:gecorrigeerde|herziene|gewijzigde|vervangende|verbeterde)\\s+factuur\\b|\\bcorrectiefactuur\\b"
	"|\\b(?:corrected|revised|amended|replacement)\\s+(?:tax\\s+)?invoice\\b"
	"|\\b(?:korrigierte|berichtigte|geänderte|neue\\s+korrigierte)\\s+rechnung\\b|\\brechnungskorrektur\\b"
	"|\\bkorrekturrechnung\\b|\\bersatzrechnung\\b|\\brechnung\\s*\\(\\s*korrektur\\s*\\)"
	"|\\binvoice\\s*\\(\\s*(?:corrected|revised)\\s*\\)|\\bfactuur\\s*\\(\\s*(?:gecorrigeerd|herzien)\\s*\\)", CI);
/* What it replaces, with the replaced number: "Vervangt factuur 2026110612", "ersetzt
 * Rechnung<TAB>2026-1051 vom …", "Replaces<TAB>PW-0412", "In plaats van factuur X". */
static DmPattern replaces_line = DM_PATTERN(
	"\\b(?:vervangt|in\\s+plaats\\s+van|ersetzt|replaces|supersedes|corrects|korrektur\\s+zu|correctie\\s+op)"
	"[ \\t:]+(?:(?:de\\s+|die\\s+|the\\s+)?(?:factuur|rechnung|invoice)(?:\\s+(?:nr\\.?|no\\.?|nummer))?[ \\t:]*)?"
	"[A-Z0-9][A-Z0-9/_.-]*\\d", CI);

/* The cost of a late payment billed: interest and the lump sum the law gives. */
static DmPattern late_charges = DM_PATTERN(
	"\\b(?:wettelijke\\s+(?:handels)?rente|rentenota|(?:buitengerechtelijke\\s+)?incassokosten|invorderingskosten"
	"|vertragingsrente|verwijlintrest|nalatigheidsintrest"
	"|verzugszinsen|zinsrechnung|verzugspauschale|mahnpauschale|pauschale\\s+nach\\s+§\\s*288"
	"|statutory\\s+interest|late[- ]payment\\s+interest|interest\\s+on\\s+late\\s+payment"
	"|fixed\\s+(?:sum\\s+)?compensation|late\\s+payment\\s+of\\s+commercial\\s+debts)\\b", CI);

/* A subject that calls the mail a bill: "Invoice NS-2388", "Rentenota RN-4", "Zinsrechnung". */
static DmPattern bill_subject = DM_PATTERN("\\b(?:invoice|\\w*factuur|\\w*rechnung|\\w*nota)\\b", CI);

static gboolean
found(DmPattern *p, const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(p, text, strlen(text), 0, &m);
}

/* An invoice number's label anywhere in a document: in a PDF's row it stands beside the
 * address ("Praxis Dr. Hartig<TAB>Rechnungsnummer<TAB>2026-1068"), not at a line's start. */
static DmPattern number_label = DM_PATTERN("\\b(?:rechnungs?|factuur|invoice)[ \\t.-]*(?:nummer|number|nr|no)\\b", CI);

static gboolean found(DmPattern *p, const char *text);

/* TRUE when the mail sets out an invoice: @set_out (its title or number's label at a
 * line's start), a document's number label anywhere, or a document's correction title. */
static gboolean
sets_out(gboolean set_out, const char *doc_text)
{
	return set_out || found(&number_label, doc_text) || found(&correction_named, doc_text);
}

gboolean
dm_corrected_invoice_sent(const char *subject, const char *body_text, const char *doc_text, gboolean set_out)
{
	gboolean named = found(&correction_named, subject) || found(&correction_named, doc_text) ||
			 found(&replaces_line, subject) || found(&replaces_line, doc_text) ||
			 (found(&correction_named, body_text) && set_out);
	return named && sets_out(set_out, doc_text);
}

gboolean
dm_late_charges_billed(const char *subject, const char *body_text, const char *doc_text, gboolean set_out)
{
	gboolean named = found(&late_charges, subject) || found(&late_charges, body_text) ||
			 found(&late_charges, doc_text);
	/* The subject calls the mail a bill: a reminder that adds collection costs to the
	 * invoice it chases names none, or is told by its subject's own rule first. */
	return named && found(&bill_subject, subject) && sets_out(set_out, doc_text);
}

/* An invoice said to be still open or unpaid, in the words of the own-reminder rule
 * (not_invoice.c): "is still open", "staat nog open", "ist noch offen", "is now overdue". */
static DmPattern said_open = DM_PATTERN(
	"\\bstill\\s+(?:open|outstanding|unpaid)\\b|\\b(?:is|are|remains?)\\s+(?:now\\s+|still\\s+)?(?:overdue|unpaid|past\\s+due)\\b"
	"|\\bnog\\s+(?:open|openstaat|niet\\s+(?:betaald|voldaan))\\b|\\b(?:noch|weiterhin)\\s+(?:offen|unbezahlt|nicht\\s+bezahlt)\\b",
	CI);

/* A number's token in a sentence: letters, digits and the separators between them, a
 * digit somewhere ("INV-4410", "2026/4410", "#4410" as "4410"). */
static DmPattern number_token = DM_PATTERN("(?=[A-Z/_.-]*\\d)[A-Z0-9](?:[A-Z0-9/_.-]*[A-Z0-9])?", CI);
/* What one number may print in front of another and still be it: letters, a year, or both,
 * each perhaps ending in a separator ("INV-", "2026-", "RE-2026-", "RE2026-", "VR "). */
static DmPattern number_prefix = DM_PATTERN("\\A(?:\\p{L}+-?)?(?:(?:19|20)\\d{2}-)?\\z", CI | PCRE2_UTF);

/* (transfer full) @number upper-cased, each run of what is no letter or digit in it (a
 * separator, a space: "/", ".", " / ") read as one "-". */
static char *
number_folded(const char *number)
{
	g_autofree char *up = g_utf8_strup(number, -1);
	GString *f = g_string_new(NULL);
	for (const char *p = up; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c))
			g_string_append_unichar(f, c);
		else if (f->len && f->str[f->len - 1] != '-')
			g_string_append_c(f, '-');
	}
	return g_string_free(f, FALSE);
}

/* TRUE when @longer is @shorter (both folded) with letters, a year or both in front. */
static gboolean
prefixed_form(const char *longer, const char *shorter)
{
	gsize nl = strlen(longer), ns = strlen(shorter);
	if (ns == 0 || ns >= nl || strcmp(longer + nl - ns, shorter) != 0)
		return FALSE;
	g_autofree char *prefix = g_strndup(longer, nl - ns);
	DmMatch m;
	return dm_pattern_match(&number_prefix, prefix, strlen(prefix), 0, &m);
}

/* TRUE when the numbers @a and @b name one invoice: the same, or one the other with its
 * letters or its year in front ("INV-4410" and "4410", "2026/4410" and "4410", "RE-2026-77"
 * and "2026-77"); never under two years ("2025/4410", "2026/4410") or another number in
 * front ("77-4410" is no "4410"). */
static gboolean
same_number(const char *a, const char *b)
{
	g_autofree char *fa = number_folded(a), *fb = number_folded(b);
	return strcmp(fa, fb) == 0 || prefixed_form(fa, fb) || prefixed_form(fb, fa);
}

/* TRUE when @sentence names the invoice numbered @number anywhere, not only first ("Invoice
 * 4371 and invoice 4388 are still open" chases 4388 too), in any of its forms (same_number:
 * a cover note writes "Invoice 4410 has been paid" of the document's "INV-4410" or
 * "2026/4410"). */
static gboolean
names_number(const char *sentence, const char *number)
{
	gsize len = strlen(sentence), n = strlen(number);
	DmMatch m;
	/* A number printed with spaces in it ("VR 2026/409", "INV 2026 B") as a whole. */
	for (const char *p = strchr(number, ' ') ? strstr(sentence, number) : NULL; p; p = strstr(p + 1, number))
		if ((p == sentence || !g_ascii_isalnum(p[-1])) && !g_ascii_isalnum(p[n]))
			return TRUE;
	for (gsize off = 0; dm_pattern_match(&number_token, sentence, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *token = dm_match_group(&m, 0);
		if (same_number(token, number))
			return TRUE;
	}
	return FALSE;
}

/* An invoice word and, at most three words on, a number of an invoice's shape (two digits
 * at least, letters and separators allowed): "a different invoice from WB-0398", "een
 * andere factuur dan F2026-0398", "eine andere Rechnung als RE-0398" — where the number
 * reader, which wants the number right after its label, reads none.  Not a date's day:
 * "your invoice of 12 November", "the invoice of November 12" name the invoice by its date. */
static DmPattern invoice_then_number = DM_PATTERN(
	"\\b(?:\\w*factuur|\\w*rechnung|invoice|rekening|nota)\\b(?:[ \\t]+(?!\\d)(?!" DM_MONTH_RE ")\\S+){0,3}?[ \\t]+"
	"(?:(?:nr|no)\\.?[ \\t]*|#[ \\t]*)?"
	"\\K(?!\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}\\b)(?!\\d{1,2}" DM_ORDINAL_RE "\\.?[ \\t]+" DM_MONTH_RE ")"
	"[A-Z]{0,6}[-/]?\\d[A-Z0-9/_.-]*\\d\\b", PCRE2_CASELESS | PCRE2_UTF);

gboolean
dm_sentence_names_other_invoice(const char *sentence, gsize len, const char *own)
{
	g_autofree char *s = g_strndup(sentence, len);
	if (!own || names_number(s, own))
		return FALSE;
	g_autofree char *named = dm_invoice_text_number(s);
	DmMatch m;
	return named || dm_pattern_match(&invoice_then_number, s, strlen(s), 0, &m);
}

gboolean
dm_earlier_invoice_recalled(const char *body_text, const char *doc_text, gboolean set_out)
{
	if (!set_out || !body_text)
		return FALSE;
	g_autofree char *own = dm_invoice_text_number(doc_text && *doc_text ? doc_text : body_text);
	if (!own)
		return FALSE;
	gsize len = strlen(body_text);
	gboolean recalled = FALSE;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&said_open, body_text, len, off, &m); off = dm_match_next(&m, len)) {
		gsize from, to;
		dm_sentence_around(body_text, len, m.start[0], m.end[0], &from, &to);
		/* Open and unnamed, or naming this invoice itself (beside an earlier one or
		 * not): a reminder of it after all. */
		if (!dm_sentence_names_other_invoice(body_text + from, to - from, own))
			return FALSE;
		recalled = TRUE;
	}
	return recalled;
}

/* How many days before its mail a new invoice may be dated: a tool sends it the day it is
 * made, or after a weekend. */
#define SENT_WITHIN_DAYS 3

/* A date, with its year or without: a reminder dates the invoice it chases ("of 17
 * October", "was due on 15.11.2026"). */
static DmPattern any_date = DM_PATTERN(DM_DATE_ANY_RE, CI | PCRE2_UTF);

gboolean
dm_invoice_sent_new(const GDate *sent, const char *body_text, const char *doc_text, gboolean set_out)
{
	if (!set_out || !sent || !g_date_valid(sent))
		return FALSE;
	const char *text = doc_text && *doc_text ? doc_text : body_text;
	GDate issue, due;
	dm_invoice_text_dates(text, sent, &issue, &due);
	if (!g_date_valid(&issue))
		return FALSE;
	int age = g_date_days_between(&issue, sent);
	return age >= 0 && age <= SENT_WITHIN_DAYS && !(g_date_valid(&due) && g_date_compare(&due, sent) < 0);
}

/* Lateness said: "is now overdue", "past due", "was due", "De vervaldatum is verstreken",
 * "überfällig", "war am … fällig": no new invoice is late yet.  So is a payment looked
 * for and missed, or regretted: "volgens onze administratie", "according to our
 * records", "laut unseren Unterlagen", "leider", "helaas", "unfortunately", "nog geen
 * betaling ontvangen", "noch kein Zahlungseingang", "not yet received your payment" —
 * nobody checks the books for, or regrets, an invoice sent that day. */
static DmPattern late_said = DM_PATTERN(
	"\\b(?:overdue|past\\s+due|(?:was|were)\\s+due|in\\s+arrears|verstreken|verlopen|vervallen|achterstallig"
	"|(?:ü|ue)berf(?:ä|ae)llig|war\\s+(?:\\S+\\s+){0,3}f(?:ä|ae)llig"
	"|volgens\\s+(?:onze|mijn)\\s+(?:administratie|boekhouding|gegevens)|according\\s+to\\s+our\\s+(?:records|books|accounts)"
	"|our\\s+records\\s+show|(?:laut|nach)\\s+unseren?\\s+(?:unterlagen|buchhaltung|aufzeichnungen)"
	"|leider|helaas|unfortunately|nog\\s+geen\\s+betaling|noch\\s+kein(?:en)?\\s+(?:zahlungseingang|zahlung)"
	"|not\\s+(?:yet\\s+)?(?:received|seen)\\s+(?:your\\s+|the\\s+|a\\s+|any\\s+)?payment)\\b", CI | PCRE2_UTF);

gboolean
dm_sentence_chases(const char *sentence, gsize len, const char *own)
{
	DmMatch x;
	g_autofree char *s = g_strndup(sentence, len);
	gsize n = strlen(s);
	return (own && names_number(s, own)) || dm_pattern_match(&any_date, s, n, 0, &x) ||
	       dm_pattern_match(&late_said, s, n, 0, &x);
}
