/* reply_text: the new text of a debtor's message, from the part that shows it best.
 *
 * A reply's HTML says where the quoted mail is (gmail_quote, <blockquote type="cite">,
 * Outlook's divRplyFwdMsg; parser/mime/html_quote.c); its text/plain only hints at it
 * ("> " lines, attribution and header blocks).  So: the HTML part when its tree marks a
 * quote, otherwise the text/plain part, otherwise the HTML as text; then the text rules
 * (reply_quote.c) take out what is left: attribution lines, header blocks, signatures,
 * mobile footers and disclaimers.
 * dm_reply_texts_read reads the whole text the bounce and auto-reply checks read in the
 * same pass, so that no part is decoded, and no HTML parsed, twice for one message.
 * Failures: none; a message without text gives "". */
#include "parser/reply/dm-reply-text.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/reply/dm-reply-trailer.h"
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

/* (transfer full) the new text of @msg before the text rules, as dm_reply_new_text reads
 * it; with @body (nullable) also dm_message_text's answer into *@body, from the same
 * reading: the text/plain part, decoded once, is both when there is one, and an HTML-only
 * message's tree, parsed once, gives both (they are the same text unless it marks a
 * quote).  dm_message_text and dm_message_text_parts take the same first text/plain; a
 * part GMime parsed always has content, so "with content" does not part them. */
static char *
read_texts(GMimeMessage *msg, char **body)
{
	GMimePart *plain = NULL, *html = NULL;
	dm_message_text_parts(msg, &plain, &html);
	g_autofree char *text = NULL;
	g_autofree char *whole = NULL;
	if (html) {
		g_autofree char *markup = dm_part_text(html, DM_MAX_HTML_BYTES);
		g_autoptr(DmHtmlDoc) doc = dm_html_doc_parse(markup, strlen(markup));
		gboolean marked = FALSE;
		text = dm_html_doc_reply_text(doc, DM_MAX_TEXT_BYTES, &marked);
		if (body && !plain)
			whole = marked ? dm_html_doc_text(doc, DM_MAX_TEXT_BYTES) : g_strdup(text);
		/* A writer who points below ("zie onder") at a forward: Gmail puts the
		 * forwarded mail in its quote, so the text rules, which keep a forward the
		 * writer points at, read the text/plain part instead. */
		if (plain && (!marked || dm_reply_points_below(text)))
			g_clear_pointer(&text, g_free);
	}
	if (plain && (!text || body)) {
		char *plain_text = dm_part_text(plain, DM_MAX_TEXT_BYTES);
		if (body)
			whole = plain_text;
		if (!text)
			text = body ? g_strdup(plain_text) : plain_text;
	}
	if (!text)
		text = g_strdup("");
	if (body)
		*body = whole ? g_steal_pointer(&whole) : g_strdup("");
	return g_steal_pointer(&text);
}

char *
dm_reply_new_text(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), g_strdup(""));
	g_autofree char *text = read_texts(msg, NULL);
	return dm_reply_strip_quotes(text);
}

void
dm_reply_texts_read(GMimeMessage *msg, DmReplyTexts *out)
{
	*out = (DmReplyTexts) { NULL, NULL };
	g_return_if_fail(GMIME_IS_MESSAGE(msg));
	g_autofree char *text = read_texts(msg, &out->body);
	out->new_text = dm_reply_strip_quotes(text);
}

void
dm_reply_texts_clear(DmReplyTexts *texts)
{
	g_clear_pointer(&texts->new_text, g_free);
	g_clear_pointer(&texts->body, g_free);
}

char *
dm_reply_text_weighed(const char *new_text)
{
	g_return_val_if_fail(new_text != NULL, NULL);
	g_auto(GStrv) lines = g_strsplit(new_text, "\n", -1);
	guint n = g_strv_length(lines);
	guint firm = dm_reply_signed_firm_start(lines, n);
	if (firm == n)
		return NULL;
	/* The lines before the firm's, joined as they were. */
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < firm; i++) {
		if (i > 0)
			g_string_append_c(out, '\n');
		g_string_append(out, lines[i]);
	}
	return g_string_free(out, FALSE);
}
