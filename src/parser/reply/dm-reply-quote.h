/* dm-reply-quote: the new text of a reply, without quotes and signature
 * (reply_quote.c).
 * Part of the public parser API through dm-reply.h. */
#pragma once
#include <glib.h>

/* (transfer full) @text without quoted lines, attribution line and signature. */
char *dm_reply_strip_quotes(const char *text);

/* TRUE when @line reads as the attribution that opens a quoted mail ("On … wrote:",
 * "Op … schreef …:", "Am … schrieb …:"). */
gboolean dm_reply_is_attribution(const char *line);
/* (transfer full) @text up to the quoted original (an attribution, a separator, a quoted
 * header block or a quoted line after the first new text): the answer with its signature
 * and trailer, which dm_reply_strip_quotes drops. */
char *dm_reply_before_original(const char *text);

/* TRUE when @text points at the mail under it ("zie onder", "see below", "siehe unten"):
 * what it forwards is then part of the reply. */
gboolean dm_reply_points_below(const char *text);
