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

/* (transfer full) @new_text (dm_reply_new_text's answer) as the reader weighs it: without
 * the firm's lines typed under the signed name ("Freundliche Grüsse\nDaniel Roth\nRoth
 * Elektro AG" ends at the name), which the new text keeps as typed but which say nothing
 * of what the writer wants; NULL when there are none.  The classifier, its rules and its
 * day are read from it, in dm_reply_analyze and in training alike. */
char *dm_reply_text_weighed(const char *new_text);

/* What a reading of a message needs of its text, each read once (an HTML part is parsed
 * once for both).  Owned by the struct: dm_reply_texts_clear() it. */
typedef struct {
	char *new_text;             /* dm_reply_new_text's answer */
	char *body;                 /* dm_message_text's answer, for the bounce and
	                             * auto-reply checks */
} DmReplyTexts;
/* Fills @out with the texts of @msg.  Neither is ever NULL. */
void dm_reply_texts_read(GMimeMessage *msg, DmReplyTexts *out);
void dm_reply_texts_clear(DmReplyTexts *texts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DmReplyTexts, dm_reply_texts_clear)
