/* thread_subject: whether a reply's subject is the thread's only
 * (dm-thread-subject.h).  Mail programs keep the first mail's subject on every answer, so
 * an invoice sent as the answer to "Offerte dakkapel" or "are you free on Friday?" carries
 * the quote's or the question's words in its subject.  What the answer is, its own words
 * say (the handing-over of an invoice) and its documents show (an invoice set out).
 * Failures: none. */
#include "parser/invoice/dm-thread-subject.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/mime/dm-subject.h"

gboolean
dm_thread_subject_only(const char *subject, const char *own_body, gboolean set_out)
{
	if (!set_out || dm_subject_kind(subject, NULL) != DM_SUBJECT_REPLY)
		return FALSE;
	return dm_own_words_hands_over(own_body);
}
