/* invoice_text_language: the language of an invoice's text — Dutch, English or German —
 * told by counting each language's common words: an invoice's own words ("factuur",
 * "amount", "Rechnung") and the short words of any sentence that belong to one of the
 * three only.
 * A tie goes to the language written first: a bilingual mail ("Factuur / Invoice",
 * "Hierbij / please find") puts the sender's own language first.  First in the body: the
 * subject line put before it (subject_and_body, invoice.c) is often a mail tool's
 * template ("Your invoice") in a language its user never chose.
 * Failures: none; no word of any gives NULL. */
#include "parser/invoice/dm-invoice-text-language.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

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

/* Where the first of @words stands in @t, counting the subject line put first as after
 * the body (@len past where it stands), as the subject is the last to decide. */
static gsize
first_word_of(DmPattern *words, const char *t, gsize len)
{
	DmMatch m;
	const char *eol = g_str_has_prefix(t, "Subject:") ? memchr(t, '\n', len) : NULL;
	gsize body = eol ? (gsize) (eol - t) : 0;
	if (dm_pattern_match(words, t, len, body, &m))
		return m.start[0];
	dm_pattern_match(words, t, len, 0, &m);
	return len + m.start[0];
}

const char *
dm_invoice_text_language_of(const char *t, gsize len)
{
	static const struct {
		const char *code;
		DmPattern *words;
	} langs[] = { { "nl", &words_nl }, { "en", &words_en }, { "de", &words_de } };
	const char *best = NULL;
	int most = 0;
	gsize best_first = 0;
	for (guint i = 0; i < G_N_ELEMENTS(langs); i++) {
		int n = dm_invoice_text_count(langs[i].words, t, len);
		if (n == 0 || n < most)
			continue;
		gsize first = first_word_of(langs[i].words, t, len);
		if (n > most || first < best_first)
			best = langs[i].code, most = n, best_first = first;
	}
	return best;
}
