/* thread_subject: whether a reply's subject is the thread's only
 * (dm-thread-subject.h).  Mail programs keep the first mail's subject on every answer, so
 * an invoice sent as the answer to "Offerte dakkapel" or "are you free on Friday?" carries
 * the quote's or the question's words in its subject.  What the answer is, its own words
 * say (the handing-over of an invoice) and its documents show (an invoice set out).
 * Failures: none. */
#include "parser/invoice/dm-thread-subject.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/mime/dm-subject.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* A short answer on a line of its own that hands over what was asked for without naming
 * it, as phones and busy people reply ("Ja hoor, hierbij.", "Zie bijlage", "Sure -
 * attached.", "Here you go!", "Anbei.", "Gerne, im Anhang."): the mail's document says what
 * it is. */
static DmPattern bare_handing_over = DM_PATTERN(
	"^[ \\t]*(?:(?:ja(?:\\s+hoor)?|jawel|natuurlijk|tuurlijk|prima|zeker|sure|yes|of\\s+course|no\\s+problem"
	"|klar|gerne|gern|selbstverständlich|natürlich)[ \\t]*[,!.-]*[ \\t]+)?"
	"(?:hierbij|bijgaand|zie\\s+(?:de\\s+)?bijlage|in\\s+(?:de\\s+)?bijlage|attached|see\\s+attached"
	"|please\\s+see\\s+attached|here\\s+you\\s+(?:go|are)|here\\s+it\\s+is|anbei|siehe\\s+anhang|im\\s+anhang)"
	"[ \\t]*[.!:)]*[ \\t]*$", PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF);

gboolean
dm_thread_subject_only(const char *subject, const char *own_body, gboolean set_out)
{
	if (!set_out || dm_subject_kind(subject, NULL) != DM_SUBJECT_REPLY)
		return FALSE;
	DmMatch m;
	return dm_own_words_hands_over(own_body) ||
	       (own_body && dm_pattern_match(&bare_handing_over, own_body, strlen(own_body), 0, &m));
}
