/* dm-html: HTML to plain text, for mail bodies that come only as text/html.
 * Private to src/parser. */
#pragma once
#include <glib.h>

/* (transfer full) the visible text of @html (@len bytes, UTF-8): block elements become
 * line breaks, runs of white space one space, script/style/head dropped; at most @max
 * bytes, cut on a character boundary.  Never NULL ("" when nothing is readable). */
char *dm_html_to_text(const char *html, gsize len, gsize max);

/* (transfer full) @text cut to at most @max bytes on a UTF-8 character boundary;
 * invalid UTF-8 sequences are replaced.  Never NULL. */
char *dm_text_bound(const char *text, gsize len, gsize max);

/* How an element reads as text: its children inline, on lines of their own, as a table
 * cell (spaced from its neighbour), or not at all (script, style, head ...). */
typedef enum {
	DM_HTML_INLINE,
	DM_HTML_BLOCK,
	DM_HTML_CELL,
	DM_HTML_SKIPPED,
} DmHtmlKind;

DmHtmlKind dm_html_element_kind(const char *name);

/* (transfer full) @html (@len bytes) with its nesting taken out, for a document too deep
 * for libxml2's parser: text, entities and bare "<" kept as they are, comments and
 * declarations dropped, a skipped element dropped with its content, a block element
 * replaced by "<p>" (which the parser never nests), a cell by a space, any other tag
 * dropped; all of it inside one <body>.  Linear in @len; the result is at most
 * 4 x @len + 6 bytes. */
GString *dm_html_flatten(const char *html, gsize len);
