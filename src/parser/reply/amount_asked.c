/* amount_asked: a fee or an amount asked about beside a payment (dm-reply-amount-asked.h).
 *
 * Under a late reminder people pay the invoice and ask what was added to it: "In uw
 * laatste aanmaning staat € 152, maar de factuur was € 112. Waar komt die € 40 vandaan?
 * De € 112 heb ik vorige week al overgemaakt."  The question is the point (the owner must
 * answer it, and the € 40 is still open), so the labels make it a question with the
 * payment beside it; the model weighs the pay words and reads it as paid, at times above
 * the threshold (test-blind30, 0.948).  A question mark alone holds a payment already
 * (dm_reply_held_by), but people ask it without one too ("Graag uitleg over dat
 * verschil", "Please explain the £40 fee"), so the asking words are read here, in one
 * sentence with an amount or a cost.  A payment that says what it includes ("inclusief de
 * kosten", "plus the £40 fee") asks nothing and still acts, and so does the amount paid
 * beside a request about something else (PAYS_WORD).
 * Dutch and English: the German round keeps its own words.
 * Failures: none. */
#include "parser/reply/dm-reply-amount-asked.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* An amount or what a reminder adds: "€ 40", "£140", "40 euro", "het bedrag", "dat
 * verschil", "de aanmaningskosten", "the extra", "the fee", "the interest". */
#define AMOUNT_OR_COST \
	"(?:[€$£]\\s*\\d|\\d[\\d.,]*\\s*(?:€|eur|euro|pounds?|dollars?)(?!\\p{L})|" \
	"(?<!\\p{L})(?:bedrag|verschil|extra|\\p{L}*kosten|\\p{L}*rente|toeslag|boete|" \
	"amount|difference|extra|fees?|charges?|surcharge|costs?|interest|compensation)(?!\\p{L}))"

/* The asking words, Dutch and English, that want an amount explained. */
#define ASKS_WHAT_FOR \
	"(?:(?<!\\p{L})(?:graag\\s+(?:een\\s+)?(?:uitleg|toelichting|verklaring)|" \
	"(?:kunt|kan|wilt|zou)\\s+(?:u|je|jij|jullie)\\s+(?:\\p{L}+\\s+){0,5}?(?:uitleggen|toelichten|verklaren)|" \
	"begrijp\\s+(?:ik\\s+)?niet\\s+(?:\\p{L}+\\s+){0,2}?(?:waar|waarom|waarvoor|wat)|" \
	"snap\\s+(?:ik\\s+)?niet\\s+(?:\\p{L}+\\s+){0,2}?(?:waar|waarom|waarvoor|wat)|" \
	"waar\\s+(?:\\p{L}+\\s+){0,1}?(?:komt|komen)\\s+(?:\\S+\\s+){0,4}?vandaan|waarvoor\\s+(?:is|zijn|dient|dienen)|" \
	"(?:please|could\\s+you|can\\s+you|would\\s+you)\\s+(?:\\p{L}+\\s+){0,2}?explain|" \
	"(?:an\\s+)?explanation\\s+(?:of|for)|" \
	"(?:like|want|need)\\s+to\\s+know\\s+(?:what|why|where)|" \
	"(?:don'?t|do\\s+not)\\s+understand\\s+(?:what|why|where|the)|" \
	"what\\s+(?:is|are|was|were)\\s+(?:\\S+\\s+){1,4}?for|where\\s+(?:does|do|did|has|have)\\s+" \
	"(?:\\S+\\s+){1,4}?come\\s+from)(?!\\p{L}))"

/* A word of paying: an amount with one before it in its clause, or between it and the
 * asking words after it, is the sum paid, not the one asked about ("De € 55 heb ik
 * betaald, graag uitleg hoe ik kan inloggen", "I paid the £140 on Monday, could you
 * explain how the portal works"). */
#define PAYS_WORD \
	"(?<!\\p{L})(?:paid|pay\\p{L}*|transferred|settled|betaal\\p{L}*|betaald|overgemaakt|" \
	"overmaak\\p{L}*|overgeboekt|voldaan|gestort)(?!\\p{L})"

static DmPattern amount_asked_re = DM_PATTERN(
	"(?:" ASKS_WHAT_FOR "[^.!?\\n]{0,80}?" AMOUNT_OR_COST "|"
	"(?:^|[.!?\\n;,])(?:(?!" PAYS_WORD ")[^.!?\\n;,]){0,80}?" AMOUNT_OR_COST
	"(?:(?!" PAYS_WORD ")[^.!?\\n]){0,80}?" ASKS_WHAT_FOR ")",
	PCRE2_CASELESS);

gboolean
dm_reply_text_amount_asked(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(&amount_asked_re, text, len, 0, &m);
}
