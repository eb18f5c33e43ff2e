/* html_element: how an HTML element reads as text (dm-html-element.h) — the one table,
 * for the tree walk of html.c and the flattened reading of html_flatten.c. */
#include "parser/mime/dm-html-element.h"

DmHtmlKind
dm_html_element_kind(const char *name)
{
	static const char *const skipped[] = { "script", "style", "head", "title", "noscript",
					       "template", NULL };
	static const char *const block[] = { "p", "div", "br", "tr", "li", "ul", "ol", "table",
					     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
					     "pre", "hr", "section", "article", "header",
					     "footer", "address", "dt", "dd", "dl", "tbody",
					     "thead", "tfoot", "center", "form", NULL };
	g_return_val_if_fail(name != NULL, DM_HTML_INLINE);
	for (guint i = 0; skipped[i]; i++)
		if (g_ascii_strcasecmp(name, skipped[i]) == 0)
			return DM_HTML_SKIPPED;
	for (guint i = 0; block[i]; i++)
		if (g_ascii_strcasecmp(name, block[i]) == 0)
			return DM_HTML_BLOCK;
	if (g_ascii_strcasecmp(name, "td") == 0 || g_ascii_strcasecmp(name, "th") == 0)
		return DM_HTML_CELL;
	return DM_HTML_INLINE;
}
