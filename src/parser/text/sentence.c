/* sentence: the bounds of the sentence around a match, and the first match whose sentence
 * counts (dm-sentence.h).
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

gboolean
dm_sentence_first_match(DmPattern *pattern, const char *text, DmSentenceKeep keep, gpointer data, DmMatch *m)
{
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	for (gsize off = 0; dm_pattern_match(pattern, text, len, off, m); off = dm_match_next(m, len)) {
		gsize from, to;
		dm_sentence_around(text, len, m->start[0], m->end[0], &from, &to);
		if (keep(text + from, to - from, data))
			return TRUE;
	}
	return FALSE;
}
