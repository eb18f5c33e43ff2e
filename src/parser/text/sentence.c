/* sentence: the bounds of the sentence around a match (dm-sentence.h).
 * Failures: none. */
#include "parser/text/dm-sentence.h"

#include <string.h>

void
dm_sentence_around(const char *text, gsize len, gsize start, gsize end, gsize *from, gsize *to)
{
	g_return_if_fail(text != NULL && from != NULL && to != NULL && start <= end && end <= len);
	gsize s = start, e = end;
	while (s > 0 && !(strchr("!?\n", text[s - 1]) ||
			  (text[s - 1] == '.' && (s == len || g_ascii_isspace(text[s])))))
		s--;
	while (e < len && !(strchr("!?\n", text[e]) ||
			    (text[e] == '.' && (e + 1 == len || g_ascii_isspace(text[e + 1])))))
		e++;
	*from = s;
	*to = e;
}
