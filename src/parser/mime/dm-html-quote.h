/* dm-html-quote: the text of an HTML reply without the mail it quotes (html_quote.c).
 * Private to src/parser. */
#pragma once
#include <glib.h>
#include "parser/mime/dm-html.h"

/* (transfer full) the text of an HTML reply without the mail it quotes, as the mail
 * program marked it in the HTML (Gmail's gmail_quote, <blockquote type="cite">,
 * Outlook's divRplyFwdMsg and header block, ...); otherwise as dm_html_to_text.
 * @quote_found (nullable) is set when such a mark was found.  Never NULL. */
char *dm_html_reply_text(const char *html, gsize len, gsize max, gboolean *quote_found);
/* dm_html_reply_text of a document parsed already.  A quote mark found means the whole
 * text (dm_html_doc_text) differs from this one; none, that the two are the same. */
char *dm_html_doc_reply_text(const DmHtmlDoc *doc, gsize max, gboolean *quote_found);
