/* dm-html-flatten: a flat copy of an HTML document too deep for libxml2's parser.
 * Private to src/parser/mime. */
#pragma once
#include <glib.h>

/* (transfer full) @html (@len bytes) with its nesting taken out, for a document too deep
 * for libxml2's parser: text, entities and bare "<" kept as they are, comments and
 * declarations dropped, a skipped element dropped with its content, a block element
 * replaced by "<p>" (which the parser never nests), a cell by a space, any other tag
 * dropped; all of it inside one <body>.  Linear in @len; the result is at most
 * 4 x @len + 6 bytes. */
GString *dm_html_flatten(const char *html, gsize len);
