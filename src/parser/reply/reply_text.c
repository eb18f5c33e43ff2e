/* reply_text: the new text of a debtor's message, from the part that shows it best.
 *
 * A reply's HTML says where the quoted mail is (gmail_quote, <blockquote type="cite">,
 * Outlook's divRplyFwdMsg; parser/mime/html_quote.c); its text/plain only hints at it
 * ("> " lines, attribution and header blocks).  So: the HTML part when its tree marks a
 * quote, otherwise the text/plain part, otherwise the HTML as text; then the text rules
 * (reply_quote.c) take out what is left: attribution lines, header blocks, signatures,
 * mobile footers and disclaimers.
 * Failures: none; a message without text gives "". */
#include "parser/reply/dm-reply-text.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-html-quote.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"

#include <string.h>

char *
dm_reply_strip_html(const char *html, gsize len)
{
	g_return_val_if_fail(html != NULL || len == 0, g_strdup(""));
	g_autofree char *text = dm_html_reply_text(html, len, DM_MAX_TEXT_BYTES, NULL);
	return dm_reply_strip_quotes(text);
}

char *
dm_reply_new_text(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), g_strdup(""));
	GMimePart *plain = NULL, *html = NULL;
	dm_message_text_parts(msg, &plain, &html);
	g_autofree char *text = NULL;
	if (html) {
		g_autofree char *markup = dm_part_text(html, DM_MAX_HTML_BYTES);
		gboolean marked = FALSE;
		text = dm_html_reply_text(markup, strlen(markup), DM_MAX_TEXT_BYTES, &marked);
		if (!marked && plain)
			g_clear_pointer(&text, g_free);
	}
	if (!text)
		text = plain ? dm_part_text(plain, DM_MAX_TEXT_BYTES) : g_strdup("");
	return dm_reply_strip_quotes(text);
}
