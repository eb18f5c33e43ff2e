/* dm-reply-window: the window of text a rule looks back through before a date
 * (reply_window.c).  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Where the whole words of the (at most) @max bytes before @at of @text begin: @at - @max
 * (0 when @at <= @max) when a word starts there, else moved on to the next white space, so
 * that no word cut in two ("bana|na de 25e") is read as a word of its own; @at when no
 * white space comes first. */
gsize dm_reply_words_before(const char *text, gsize at, gsize max);
