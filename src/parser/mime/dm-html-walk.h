/* dm-html-walk: HTML to text with the caller deciding about each element (html.c).
 * Private to src/parser/mime. */
#pragma once
#include <glib.h>
#include <libxml/tree.h>
#include "parser/mime/dm-html.h"

/* What to do with an element met on the walk. */
typedef enum {
	DM_HTML_KEEP,   /* read it as dm_html_element_kind says */
	DM_HTML_DROP,   /* leave it out, with everything inside it */
	DM_HTML_STOP,   /* leave it out and everything after it in the document */
} DmHtmlVerdict;

/* Called with each element (transfer none) before its content. */
typedef DmHtmlVerdict (*DmHtmlFilterFunc)(xmlNodePtr element, gpointer user);

/* dm_html_to_text, with @filter (nullable) asked about each element.  A document too deep
 * for libxml2 is read flattened (see dm_html_to_text), where the elements @filter looks
 * for may no longer be; it then reads as without @filter. */
char *dm_html_to_text_filtered(const char *html, gsize len, gsize max,
			       DmHtmlFilterFunc filter, gpointer user);
/* dm_html_to_text_filtered over a document parsed already (dm-html.h). */
char *dm_html_doc_text_filtered(const DmHtmlDoc *doc, gsize max, DmHtmlFilterFunc filter,
				gpointer user);
