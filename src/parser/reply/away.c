/* away: a person's reply that says someone is away (dm-reply-away.h).  The automatic
 * kind is recognised by its headers and wording elsewhere (autoreply.c); this one is
 * written by hand, often for someone else, and names the absence in everyday words.
 * Failures: none. */
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

static DmPattern away_re = DM_PATTERN(
	"(?<!\\p{L})(?:afwezig|met\\s+vakantie|op\\s+vakantie|met\\s+verlof|op\\s+reis|"
	"in\\s+het\\s+buitenland|niet\\s+(?:aanwezig|op\\s+kantoor|bereikbaar)|in\\s+het\\s+ziekenhuis|"
	"out\\s+of\\s+(?:the\\s+)?(?:office|country)|abroad|on\\s+(?:leave|holiday|vacation)|"
	/* "away", but not "right away", "straight away": at once, nobody's absence. */
	"(?<!right\\s)(?<!straight\\s)away|"
	"travell?ing|in\\s+hospital|"
	"abwesend|im\\s+urlaub|in\\s+urlaub|verreist|im\\s+ausland|auf\\s+montage|"
	"nicht\\s+(?:im\\s+büro|erreichbar)|im\\s+krankenhaus|in\\s+den\\s+ferien)(?!\\p{L})",
	PCRE2_CASELESS);

gboolean
dm_reply_says_away(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(&away_re, text, len, 0, &m);
}
