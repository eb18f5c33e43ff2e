/* dm-reply-quote: the new text of a reply, without quotes and signature
 * (reply_quote.c).
 * Part of the public parser API through dm-reply.h. */
#pragma once
#include <glib.h>

/* (transfer full) @text without quoted lines, attribution line and signature. */
char *dm_reply_strip_quotes(const char *text);

