/* accepts_offer: a short yes under a payment plan the quoted mail offered
 * (dm_reply_accepts_offer).  A debtor offered instalments answers in a word or a line
 * typed above or inside the quote; read alone the line is a thank-you or an "ok", which
 * the model reads as other and, five words long, with confidence.  The offer in the quote
 * says what the yes is to.  Failures: none. */
#include "parser/reply/dm-reply-accepts-offer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI (PCRE2_CASELESS | PCRE2_UTF)

/* A consent: the words people answer an offer with, in the three languages, or the emoji
 * that stand for them.  Not a bare "please", which asks ("Please remove me from your
 * mailing list"). */
static DmPattern consent = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:ok|oke|oké|okay|okido|prima|goed|graag|akkoord|top|super|fijn|ja|jawel|yes|yeah|yep|yup"
	"|great|perfect|fine|deal|brilliant|lovely|sounds\\s+good|that\\s+works|works\\s+for\\s+me"
	"|passt|gerne|gern|einverstanden|klingt\\s+gut|prima|jawohl|genau|danke|thanks|bedankt|merci)(?![\\p{L}])"
	"|\\x{1F44D}|\\x{1F64F}|\\x{1F44C}|\\x{2705}",
	CI);
/* Words that make the line more than a consent: a refusal, a day, a counter-offer, a
 * payment made; those the model and the rules read. */
static DmPattern more = DM_PATTERN(
	"\\d|(?:^|[^\\p{L}])(?:niet|geen|nee|no|not|nicht|kein\\w*|nein|never|nooit|betaald|bezahlt|paid|overgemaakt"
	"|überwiesen|maar|but|aber|liever|rather|lieber|wanneer|when|wann)(?![\\p{L}])|\\?",
	CI);
/* The offer to spread the amount, in the quoted mail: a count of parts or spreading named
 * ("in drie termijnen", "in termijnen betalen", "split this into 3 monthly payments",
 * "3 payments of", "in zwei Raten", "gespreid").  Not the bare word of a plan: dunmail's
 * own letters carry "Ik wil een betalingsregeling" as an answer link, and a yes to a
 * letter is no yes to a plan. */
#define COUNT_WORD "(?:twee|drie|vier|vijf|zes|two|three|four|five|six|zwei|drei|vier|fünf|sechs|\\d{1,2})"
static DmPattern offer = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:in\\s+(?:" COUNT_WORD "\\s+)?(?:termijnen|delen|maandelijkse\\s+termijnen|raten|teilen"
	"|monatsraten|monthly\\s+payments|instal(?:l)?ments)|gespreid|spread\\s+(?:it|this|the\\s+\\w+)\\s+over"
	"|split\\s+(?:this|it|the\\s+\\w+)\\s+(?:into|over)|" COUNT_WORD "\\s+(?:monthly\\s+)?(?:payments|instal(?:l)?ments)\\s+of)"
	"(?![\\p{L}])",
	CI);

/* At most this many words: a consent with a reason ("dat zou me echt helpen") and no more. */
#define MAX_WORDS 10

static guint
words(const char *s)
{
	guint n = 0;
	gboolean in = FALSE;
	for (const char *p = s; *p; p++) {
		gboolean space = g_ascii_isspace(*p);
		n += !space && !in;
		in = !space;
	}
	return n;
}

gboolean
dm_reply_accepts_offer(const char *new_text, const char *body)
{
	if (!new_text || !body || words(new_text) == 0 || words(new_text) > MAX_WORDS)
		return FALSE;
	gsize len = strlen(new_text);
	DmMatch m;
	if (!dm_pattern_match(&consent, new_text, len, 0, &m) || dm_pattern_match(&more, new_text, len, 0, &m))
		return FALSE;
	/* The offer stands in the quote, not in the writer's own line. */
	return !dm_pattern_match(&offer, new_text, len, 0, &m) &&
	       dm_pattern_match(&offer, body, strlen(body), 0, &m);
}
