/* instalment_invoice: an invoice that bills one instalment of a payment plan
 * (dm-instalment-invoice.h).  Failures: none. */
#include "parser/invoice/dm-instalment-invoice.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* An instalment by its place in the plan, the place in group 1 or 2: "Termijn 2 van 3",
 * "Rate 2 von 3", "Rate 2/3", "Instalment 3 of 6", "2e termijn", "2. Rate", "2nd
 * instalment".  A plan's letter lists every place; an instalment's invoice names its own. */
static DmPattern instalment_place = DM_PATTERN(
	"\\b(?:termijn|rate|teilzahlung|instal(?:l)?ment)[ \\t]+(\\d{1,2})[ \\t]*(?:van|von|of|aus|/)[ \\t]*\\d{1,2}\\b"
	"|(?<![\\d.])\\b(\\d{1,2})(?:e|de|ste|\\.|st|nd|rd|th)[ \\t]*(?:termijn|rate|teilzahlung|instal(?:l)?ment)\\b",
	PCRE2_CASELESS);

/* A line that is only a plan's title (a cell may follow): the plan's own document, which
 * names the invoice it splits as a reference ("Betalingsregeling" over "Factuurnummer
 * F2026-0814"). */
static DmPattern plan_title = DM_PATTERN(
	"^[ \\t]*(?:bevestiging\\s+)?(?:betalingsregeling|betalingsafspraak|afbetalingsregeling"
	"|payment\\s+(?:plan|arrangement|schedule)(?:\\s+agreement)?|instal(?:l)?ment\\s+(?:plan|agreement)"
	"|raten(?:zahlungs)?vereinbarung|ratenzahlung|ratenplan|teilzahlungsvereinbarung)[ \\t]*(?:\\t|$)",
	PCRE2_CASELESS | PCRE2_MULTILINE);

/* A heading that names the plan beside the invoice it splits ("Factuur 2026-031 -
 * betalingsregeling", "Ratenvereinbarung zu Rechnung RE-2026-0388", "Payment plan for
 * invoice INV-4471"): a short line with no label's colon, no amount and no sentence's
 * full stop, naming no place of its own ("Rechnung - Ratenzahlung 2/3" heads the
 * instalment's invoice).  An instalment's invoice states its plan in a sentence or on a
 * labelled line ("Betalingsregeling: 3 termijnen van \u20ac 1.210,00"). */
static DmPattern plan_heading = DM_PATTERN(
	"^(?=[^\\n]{0,70}$)(?![^\\n]*\\b\\d{1,2}[ \\t]*(?:/|van|von|of|aus)[ \\t]*\\d{1,2}\\b)[^\\n:\u20ac\u00a3$]*?\\b(?:betalingsregeling|betalingsafspraak|afbetalingsregeling"
	"|payment\\s+(?:plan|arrangement|schedule)|instal(?:l)?ment\\s+(?:plan|agreement)"
	"|raten(?:zahlungs)?vereinbarung|ratenzahlung|ratenplan|teilzahlungsvereinbarung)\\b[^\\n:\u20ac\u00a3$]*(?<![.!?])$",
	PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF);

/* The place the instalment_place match @m names. */
static int
place_of(const DmMatch *m)
{
	g_autofree char *place = dm_match_group(m, dm_match_has(m, 1) ? 1 : 2);
	return place ? (int) g_ascii_strtoull(place, NULL, 10) : 0;   /* two digits at most */
}

gboolean
dm_instalment_invoice_one_place(const char *text)
{
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	DmMatch m;
	if (dm_pattern_match(&plan_title, text, len, 0, &m) || dm_pattern_match(&plan_heading, text, len, 0, &m))
		return FALSE;
	int place = 0;
	for (gsize off = 0; dm_pattern_match(&instalment_place, text, len, off, &m); off = dm_match_next(&m, len)) {
		int here = place_of(&m);
		if (place && here != place)
			return FALSE;
		place = here;
	}
	return place > 0;
}
