/* reply_window: the one way the date reader and its helpers (classify_dates.c,
 * retracted.c, answer_day.c) cut the words before a date for a pattern that must end
 * right before it: from a white space on, never inside a word. */
#include "parser/reply/dm-reply-window.h"

gsize
dm_reply_words_before(const char *text, gsize at, gsize max)
{
	gsize from = at > max ? at - max : 0;
	/* A window that opens on a word's first letter cuts nothing: the word is whole. */
	if (from > 0 && g_ascii_isspace(text[from - 1]))
		return from;
	while (from > 0 && from < at && !g_ascii_isspace(text[from]))
		from++;
	return from;
}
