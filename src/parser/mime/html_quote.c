/* html_quote: the text of an HTML reply without the mail it quotes, read from the tree.
 *
 * Mail programs mark what they quote in the HTML itself, more reliably than anything left
 * of it in the text:
 *   - left out with its content: Gmail's class "gmail_quote" (and its attribution
 *     "gmail_attr"), Apple Mail's and Thunderbird's <blockquote type="cite">,
 *     Thunderbird's attribution class "moz-cite-prefix", Yahoo's "yahoo_quoted",
 *     Proton's "protonmail_quote";
 *   - the end of the new text, with everything after it: Outlook's id "divRplyFwdMsg"
 *     (Outlook on the web and new Outlook, "x_"-prefixed once re-quoted) and
 *     "appendonsend", Outlook for Mac's "OLK_SRC_BODY_SECTION", Outlook.com's
 *     <hr id="stopSpelling">, and desktop Outlook's header block: a <div> whose style
 *     draws a solid top border above the quoted "From:/Van:/Von:" lines.
 * Signatures, disclaimers and attribution lines in plain text are left to the text rules
 * (parser/reply), which run on this text next.
 * Failures: none; unparseable input gives "" as dm_html_to_text does. */
#include "parser/mime/dm-html-quote.h"
#include "parser/mime/dm-html-walk.h"

#include <string.h>
#include <libxml/HTMLparser.h>

/* Class names whose element is quoted mail. */
static const char *const quote_classes[] = {
	"gmail_quote", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote",
};

/* Ids (or their ends, after a prefix such as "x_") at which the quoted mail begins. */
static const char *const stop_ids[] = {
	"divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION", "stopSpelling",
};

/* (transfer none) attribute @name of @node, NULL when absent.  Its value is read in
 * place when it is one text node, as the parser leaves nearly every attribute (every
 * element of a reply is asked for three or four); otherwise (an entity in it) it is
 * put together as xmlGetProp does, into *@copy (transfer full), which the caller frees. */
static const char *
attr(xmlNodePtr node, const char *name, char **copy)
{
	xmlAttrPtr a = xmlHasProp(node, (const xmlChar *) name);
	if (!a)
		return NULL;
	xmlNodePtr v = a->children;
	if (v && v->next == NULL && v->type == XML_TEXT_NODE && v->content)
		return (const char *) v->content;
	xmlChar *value = xmlGetProp(node, (const xmlChar *) name);
	if (!value)
		return NULL;
	*copy = g_strdup((const char *) value);
	xmlFree(value);
	return *copy;
}

/* Whether the space-separated list @classes holds @name. */
static gboolean
has_class(const char *classes, const char *name)
{
	gsize n = strlen(name);
	for (const char *p = classes; (p = strstr(p, name)) != NULL; p += n) {
		gboolean start = p == classes || g_ascii_isspace(p[-1]);
		gboolean end = p[n] == '\0' || g_ascii_isspace(p[n]);
		if (start && end)
			return TRUE;
	}
	return FALSE;
}

/* Desktop Outlook's header block: a div styled "border:none;border-top:solid #E1E1E1
 * 1.0pt;padding:3.0pt 0cm 0cm 0cm" (colours vary by version and theme). */
static gboolean
is_outlook_header_div(xmlNodePtr node, const char *style)
{
	if (!style || g_ascii_strcasecmp((const char *) node->name, "div") != 0)
		return FALSE;
	/* Case and white space inside the style do not matter. */
	g_autoptr(GString) squeezed = g_string_new(NULL);
	for (const char *p = style; *p; p++)
		if (!g_ascii_isspace(*p))
			g_string_append_c(squeezed, g_ascii_tolower(*p));
	return strstr(squeezed->str, "border-top:solid") != NULL &&
	       strstr(squeezed->str, "padding:3.0pt0") != NULL;
}

static DmHtmlVerdict
quote_filter(xmlNodePtr node, gpointer user)
{
	gboolean *found = user;
	g_autofree char *id_copy = NULL, *style_copy = NULL, *classes_copy = NULL;
	g_autofree char *type_copy = NULL;
	const char *id = attr(node, "id", &id_copy);
	for (gsize i = 0; id && i < G_N_ELEMENTS(stop_ids); i++)
		if (g_str_has_suffix(id, stop_ids[i])) {
			*found = TRUE;
			return DM_HTML_STOP;
		}
	if (is_outlook_header_div(node, attr(node, "style", &style_copy))) {
		*found = TRUE;
		return DM_HTML_STOP;
	}
	const char *classes = attr(node, "class", &classes_copy);
	for (gsize i = 0; classes && i < G_N_ELEMENTS(quote_classes); i++)
		if (has_class(classes, quote_classes[i])) {
			*found = TRUE;
			return DM_HTML_DROP;
		}
	if (g_ascii_strcasecmp((const char *) node->name, "blockquote") == 0) {
		const char *type = attr(node, "type", &type_copy);
		if (type && g_ascii_strcasecmp(type, "cite") == 0) {
			*found = TRUE;
			return DM_HTML_DROP;
		}
	}
	return DM_HTML_KEEP;
}

char *
dm_html_doc_reply_text(const DmHtmlDoc *doc, gsize max, gboolean *quote_found)
{
	gboolean found = FALSE;
	char *text = dm_html_doc_text_filtered(doc, max, quote_filter, &found);
	if (quote_found)
		*quote_found = found;
	return text;
}

char *
dm_html_reply_text(const char *html, gsize len, gsize max, gboolean *quote_found)
{
	g_return_val_if_fail(html != NULL || len == 0, g_strdup(""));
	g_autoptr(DmHtmlDoc) doc = dm_html_doc_parse(html, len);
	return dm_html_doc_reply_text(doc, max, quote_found);
}
