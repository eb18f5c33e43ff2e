/* file_name_printed: the invoice number a PDF's file name gives, confirmed by the document
 * printing it.  The file name alone is no proof (a tool may name the file after the
 * customer or the month); the text printing the same letters and digits, whatever their
 * separators, is.  What is returned is the printed form, the one the debtor quotes.
 * Failures: none; NULL when nothing fits. */
#include "parser/invoice/dm-file-name-printed.h"

#include "parser/text/dm-pattern.h"

#include <string.h>

/* The fewest letters and digits a number has: "2026" alone is a year. */
#define MIN_ALNUM 5
/* The most words of a file name tried together. */
#define MAX_WORDS 6

static gboolean
is_separator(char c)
{
	return c == '-' || c == '/' || c == '_' || c == '.' || c == ' ';
}

/* TRUE when @w is a word of the file name, no part of a number: letters only, more than
 * an abbreviation's four ("contributie", "Rechnung", "December"). */
static gboolean
is_word(const char *w)
{
	gsize n = 0;
	for (const char *p = w; *p; p++, n++)
		if (!g_ascii_isalpha(*p) && (guchar) *p < 0x80)
			return FALSE;
	return n > 4;
}

/* The value of @s when it is all digits, at most @max_len of them; -1 otherwise. */
static int
digits_value(const char *s, gsize max_len)
{
	gsize n = strlen(s);
	if (n == 0 || n > max_len)
		return -1;
	int v = 0;
	for (const char *p = s; *p; p++) {
		if (!g_ascii_isdigit(*p))
			return -1;
		v = v * 10 + (*p - '0');
	}
	return v;
}

/* TRUE when @s is a year of four digits ("2026") or, with @short_ok, of two ("26"). */
static gboolean
is_year(const char *s, gboolean short_ok)
{
	gsize n = strlen(s);
	int v = digits_value(s, 4);
	return (n == 4 && v >= 1900 && v <= 2099) || (short_ok && n == 2 && v >= 0);
}

/* TRUE when @parts (runs of letters and digits) read as a day or a month a file name is
 * named for, never a number: day, month and year in either order, the year of four digits
 * or of two after the day ("2026-12-01", "01_12_2026", "01.12.26"), or a month and its year
 * ("12_2026", "2026-11"), which the text prints as the invoice's date or its period.  A
 * counter after a year and a month is a number ("2026-12-0419"). */
static gboolean
is_date(char **parts)
{
	guint n = g_strv_length(parts);
	if (n == 2) {
		int a = digits_value(parts[0], 2), b = digits_value(parts[1], 2);
		return (is_year(parts[0], FALSE) && b >= 1 && b <= 12) ||
		       (is_year(parts[1], FALSE) && a >= 1 && a <= 12);
	}
	if (n != 3)
		return FALSE;
	int first = digits_value(parts[0], 2), mid = digits_value(parts[1], 2),
	    last = digits_value(parts[2], 2);
	if (is_year(parts[0], FALSE))
		return mid >= 1 && mid <= 31 && last >= 1 && last <= 31;
	return is_year(parts[2], TRUE) && first >= 1 && first <= 31 && mid >= 1 && mid <= 31;
}

/* The length of the text at @at that prints @parts with one separator between each two
 * and no letter or digit around it; 0 when it does not. */
static gsize
printed_at(const char *text, const char *at, char **parts)
{
	if (at > text && (g_ascii_isalnum(at[-1]) || ((at[-1] == '-' || at[-1] == '/') && at - 1 > text &&
							g_ascii_isalnum(at[-2]))))
		return 0;
	const char *p = at;
	for (guint i = 0; parts[i]; i++) {
		if (i > 0) {
			if (!is_separator(*p))
				return 0;
			p++;
		}
		gsize n = strlen(parts[i]);
		if (g_ascii_strncasecmp(p, parts[i], n) != 0)
			return 0;
		p += n;
	}
	if (g_ascii_isalnum(*p) || ((*p == '-' || *p == '/') && g_ascii_isalnum(p[1])))
		return 0;
	return (gsize) (p - at);
}

/* The label of another number than the invoice's, ending the line's text before the
 * number: a tool that names its file after the customer's or the order's number prints it
 * under that label ("Kundennummer: K-10432", "Your PO: 4500123456", "Klantnr. 2041"). */
static DmPattern other_number_label = DM_PATTERN(
	"\\b(?:kunden|kd|klant|debiteur|debitor|customer|cust|client|account|acct|order|bestel|bestell"
	"|auftrag|po|purchase\\s+order|lieferanten|leverancier|supplier|vendor|member|lid|mitglied)"
	"[a-z]*\\.?\\s*(?:-?(?:n(?:umme)?r|no|number|id|code)\\.?)?\\s*[:#]?\\s*$",
	PCRE2_CASELESS);

/* TRUE when the line of @text before @at labels another number than the invoice's. */
static gboolean
labelled_other(const char *text, const char *at)
{
	const char *start = at;
	while (start > text && start[-1] != '\n')
		start--;
	DmMatch m;
	return dm_pattern_match(&other_number_label, start, (gsize) (at - start), 0, &m);
}

/* (transfer full) (nullable) @candidate's parts as @text prints them. */
static char *
printed(const char *text, const char *candidate)
{
	g_autofree char *copy = g_strdup(candidate);
	g_strdelimit(copy, "-/_. ", ' ');
	g_auto(GStrv) split = g_strsplit(copy, " ", -1);
	GPtrArray *kept = g_ptr_array_new();
	guint alnum = 0;
	gboolean digit = FALSE;
	for (guint i = 0; split[i]; i++) {
		if (!*split[i])
			continue;
		g_ptr_array_add(kept, split[i]);
		for (const char *p = split[i]; *p; p++) {
			alnum += g_ascii_isalnum(*p) ? 1 : 0;
			digit = digit || g_ascii_isdigit(*p);
		}
	}
	g_ptr_array_add(kept, NULL);
	char **parts = (char **) g_ptr_array_free(kept, FALSE);
	char *found = NULL;
	if (parts[0] && digit && alnum >= MIN_ALNUM && !is_date(parts)) {
		gsize first = strlen(parts[0]);
		for (const char *at = text; !found && (at = g_strstr_len(at, -1, parts[0])) != NULL; at += first) {
			gsize n = printed_at(text, at, parts);
			if (n && !labelled_other(text, at))
				found = g_strndup(at, n);
		}
	}
	g_free(parts);
	return found;
}

char *
dm_file_name_printed_number(const char *pdf_name, const char *text)
{
	if (!pdf_name || !text)
		return NULL;
	g_autofree char *stem = g_utf8_make_valid(pdf_name, MIN(strlen(pdf_name), 255));
	char *dot = strrchr(stem, '.');
	if (dot)
		*dot = '\0';
	g_strdelimit(stem, "_", ' ');
	g_auto(GStrv) words = g_strsplit(stem, " ", MAX_WORDS + 1);
	guint n = MIN(g_strv_length(words), MAX_WORDS);
	/* The longest run of words first: "2027 PR 0211" before "2027". */
	for (guint len = n; len > 0; len--)
		for (guint start = 0; start + len <= n; start++) {
			GString *s = g_string_new(NULL);
			gboolean word = FALSE;
			for (guint k = start; k < start + len; k++) {
				word = word || is_word(words[k]);
				g_string_append_printf(s, "%s%s", k > start ? " " : "", words[k]);
			}
			g_autofree char *candidate = g_string_free(s, FALSE);
			if (word)
				continue;
			char *found = printed(text, candidate);
			if (found)
				return found;
		}
	return NULL;
}
