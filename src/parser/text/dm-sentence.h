/* dm-sentence: where the sentence around a place in a text begins and ends (sentence.c).
 * The rules that judge a mail by a sentence (a payment asked for, an office sending for its
 * client) look at the words of the sentence a match stands in, not the whole text.
 * Private to src/parser.  Pure. */
#pragma once
#include <glib.h>
#include "parser/text/dm-pattern.h"

/* Sets [*@from, *@to) to the sentence of @text (@len bytes) around [@start, @end): from
 * after the last '!', '?', line break, or full stop before a blank (a point inside
 * "F2026.123" or "1.386,00" ends nothing) to the first such end after it, which is left out. */
void dm_sentence_around(const char *text, gsize len, gsize start, gsize end, gsize *from, gsize *to);

/* Says whether the sentence @sentence (@len bytes, not NUL-terminated) around a match
 * counts. */
typedef gboolean (*DmSentenceKeep)(const char *sentence, gsize len, gpointer data);

/* TRUE and @m filled with the first match of @pattern in @text (nullable; NUL-terminated)
 * whose sentence (dm_sentence_around) @keep accepts; FALSE when none does. */
gboolean dm_sentence_first_match(DmPattern *pattern, const char *text, DmSentenceKeep keep, gpointer data, DmMatch *m);
