/* dm-reply-text: the new text of a debtor's message, from the part that shows it best
 * (reply_text.c).  Part of the public parser API through dm-reply.h. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* (transfer full) the new text of @html (@len bytes, UTF-8): what the mail program marked
 * as quoted left out on the HTML tree (dm_html_reply_text), then dm_reply_strip_quotes. */
char *dm_reply_strip_html(const char *html, gsize len);
/* (transfer full) the new text of @msg: its HTML part when that marks the quote, else its
 * text/plain part, else its HTML as text; then dm_reply_strip_quotes.  Never NULL. */
char *dm_reply_new_text(GMimeMessage *msg);
