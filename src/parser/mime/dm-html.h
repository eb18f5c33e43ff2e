/* dm-html: HTML to plain text, for mail bodies that come only as text/html.
 * Private to src/parser. */
#pragma once
#include <glib.h>

/* (transfer full) the visible text of @html (@len bytes, UTF-8): block elements become
 * line breaks (a <br> on a line already empty a blank line, as "<br><br>" shows), runs
 * of white space one space, script/style/head dropped; at most @max
 * bytes, cut on a character boundary.  Never NULL ("" when nothing is readable). */
char *dm_html_to_text(const char *html, gsize len, gsize max);

/* An HTML body parsed once, to be read for its text more than once. */
typedef struct _DmHtmlDoc DmHtmlDoc;
/* (transfer full) @html (@len bytes, UTF-8) parsed as dm_html_to_text parses it (a
 * document too deep for libxml2 flattened first).  Never NULL: a document nothing could
 * be read from gives "" to every reading. */
DmHtmlDoc *dm_html_doc_parse(const char *html, gsize len);
void dm_html_doc_free(DmHtmlDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmHtmlDoc, dm_html_doc_free)
/* (transfer full) dm_html_to_text's answer for the markup @doc was parsed from. */
char *dm_html_doc_text(const DmHtmlDoc *doc, gsize max);

/* (transfer full) @text cut to at most @max bytes on a UTF-8 character boundary;
 * invalid UTF-8 sequences are replaced.  Never NULL. */
char *dm_text_bound(const char *text, gsize len, gsize max);
