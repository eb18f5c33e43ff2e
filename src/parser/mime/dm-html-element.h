/* dm-html-element: how an HTML element reads as text.  Private to src/parser/mime. */
#pragma once
#include <glib.h>

/* How an element reads as text: its children inline, on lines of their own, as a table
 * cell (spaced from its neighbour), or not at all (script, style, head ...). */
typedef enum {
	DM_HTML_INLINE,
	DM_HTML_BLOCK,
	DM_HTML_CELL,
	DM_HTML_SKIPPED,
} DmHtmlKind;

DmHtmlKind dm_html_element_kind(const char *name);
