/* answer_day: the day a holding answer is promised for, which is no payment's day.
 * "Ik kom er vrijdag op terug", "I'll get back to you on Friday", "ich melde mich am
 * Freitag wieder", "gebe Ihnen bis Freitag Bescheid": the writer promises an answer, not
 * the money, and the settled calls leave such a reply undated (corpus/replies/README.md);
 * so does a check promised for a day ("Ik kijk het vanavond even na, kom erop terug",
 * "schaue ich morgen nach", test-blind27).
 * Read as a payment's day, the Friday would hold the ladder for a payment nobody
 * promised.  A file of its own, beside retracted.c (a day the writer takes back), which
 * asks it: both say which days a reply names are not the payment's, for different
 * reasons.  An answer that brings the payment ("ik kom er vrijdag op terug met de
 * betaling") keeps its day. */
#include "parser/reply/dm-reply-answer-day.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-window.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The words of a holding answer before the day ... */
static DmPattern answer_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:kom|komen)\\s+(?:ik\\s+|we\\s+|wij\\s+)?(?:er|hier|daar)|"
	"(?:get|come|be)\\s+back\\s+to\\s+you|revert|"
	"(?:melde|melden)\\s+(?:mich|uns)(?:\\s+bei\\s+(?:ihnen|dir|euch))?|"
	"(?:gebe|geben)\\s+(?:ihnen|dir|euch)|"
	/* a check to come: "ik kijk het vanavond even na", "schaue ich morgen nach" */
	"(?:kijk|kijken|bekijk)\\s+(?:ik\\s+|we\\s+|wij\\s+)?(?:het|dat|dit|er|hem)|"
	"(?:schaue|schau|schauen)(?:\\s+(?:ich|wir))?(?:\\s+(?:es|das))?)"
	"\\s+(?:(?:on|by|before|am|bis|spätestens|uiterlijk|op|voor)\\s+)?$", PCRE2_CASELESS);
/* ... and, where the words close round it, after it. */
static DmPattern answer_after_re = DM_PATTERN(
	/* "op terug", "bij je terug", "bij je op terug" */
	"\\A\\s*(?:(?:bij\\s+(?:je|jou|u|jullie)\\s+)?(?:op\\s+)?terug|wieder|zurück|bescheid|"
	"(?:even\\s+|wel\\s+|nog\\s+)?(?:na|naar)|nach)(?!\\p{L})",
	PCRE2_CASELESS);

/* An answer that brings the payment is a promise of it: "ik kom er vrijdag op terug met
 * de betaling", "get back to you on Friday with the payment", "mit dem Geld". */
static DmPattern answer_brings_pay_re = DM_PATTERN(
	"\\A[^.!?;\\n]{0,40}?(?<!\\p{L})(?:met|with|mit)\\s+(?:de|het|the|your|uw|je|der|dem|"
	"ihrem|ihrer)?\\s*(?:betaling|geld|bedrag|overboeking|payment|money|funds|transfer|"
	"zahlung|überweisung|betrag)(?!\\p{L})", PCRE2_CASELESS);

gboolean
dm_reply_answer_day(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, FALSE);
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 48);
	if (!dm_pattern_match(&answer_before_re, text + from, start - from, 0, &m))
		return FALSE;
	DmMatch pay;
	if (dm_pattern_match(&answer_brings_pay_re, text + end,
	                     dm_pattern_whole_chars(text + end, MIN(len - end, 60)), 0, &pay))
		return FALSE;
	/* "get back to you on Friday", "revert by Monday" need nothing after the day. */
	const char *before = text + m.start[0] + from;
	if (g_ascii_strncasecmp(before, "get", 3) == 0 || g_ascii_strncasecmp(before, "come", 4) == 0 ||
	    g_ascii_strncasecmp(before, "be", 2) == 0 || g_ascii_strncasecmp(before, "revert", 6) == 0)
		return TRUE;
	return dm_pattern_match(&answer_after_re, text + end,
	                        dm_pattern_whole_chars(text + end, MIN(len - end, 24)), 0, &m);
}


/* A holding answer anywhere: "ik kom er vrijdag op terug", "kom erop terug", "I'll get
 * back to you", "revert", "ich melde mich", "gebe Ihnen Bescheid", "komme auf Sie
 * zurück". */
static DmPattern holding_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:kom|komen)\\s+(?:ik\\s+|we\\s+|wij\\s+)?(?:er|hier|daar)(?:op)?"
	"(?:\\s+\\p{L}+){0,4}?\\s+terug|(?:get|come)\\s+back\\s+to\\s+you|revert|"
	"(?:melde|melden)\\s+(?:mich|uns)|(?:gebe|geben)\\s+(?:ihnen|dir|euch)\\s+(?:\\p{L}+\\s+){0,3}?"
	"bescheid|(?:komme|kommen)\\s+(?:\\p{L}+\\s+){0,3}?auf\\s+(?:sie|dich|euch)\\s+zurück)"
	"(?!\\p{L})", PCRE2_CASELESS);
/* ... and any word of paying, of the money or of dealing with it ("ik regel het", "I'll
 * sort it", "erledige ich"), which makes the reply more than an answer. */
static DmPattern pays_anywhere_re = DM_PATTERN(
	"(?<!\\p{L})(?:\\p{L}*zahl\\p{L}*|überw\\p{L}*|begleich\\p{L}*|beglichen|pay\\p{L}*|paid|"
	"transfer\\p{L}*|betaal\\p{L}*|betal\\p{L}*|overmaak\\p{L}*|overgemaakt|overmaken|"
	"stort\\p{L}*|gestort|voldoe\\p{L}*|voldaan|regel|regelen|regelt|settle\\p{L}*|sort|"
	"erledig\\p{L}*|geld|money|maak\\s+(?:\\p{L}+\\s+){0,3}?over)(?!\\p{L})", PCRE2_CASELESS);

gboolean
dm_reply_text_answer_only(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	gsize len = dm_pattern_whole_chars(text, strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES));
	DmMatch m;
	return dm_pattern_match(&holding_re, text, len, 0, &m) &&
	       !dm_pattern_match(&pays_anywhere_re, text, len, 0, &m);
}
