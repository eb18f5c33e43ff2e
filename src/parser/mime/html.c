/* html: the readable text of an HTML mail body, with libxml2's forgiving HTML parser.
 *
 * dm_html_to_text walks the parsed tree without recursion (hostile nesting cannot blow the
 * stack), keeps text nodes, turns block elements into line breaks (a <br> on an empty line
 * into a blank line) and drops script, style, head and comments.  Output is bounded by the caller's maximum.
 * libxml2 stops parsing at depth 256 (and without that limit a hostile nesting costs it
 * quadratic time), so a document it gives up on is read again with its nesting flattened
 * (dm_html_flatten, html_flatten.c): the text survives, in linear time.
 * dm_html_element_kind is the one table of how an element reads, for both ways.
 * dm_html_to_text_filtered is the same walk with a caller's say over each element (the
 * reply reader drops quoted mail with it, html_quote.c).  A DmHtmlDoc keeps the parsed
 * tree for a caller that reads one body both ways (the new text of a reply and its whole
 * text): the parse is most of the cost, the walk little.
 * Failures: none reported; unparseable input gives "" (one message's trouble, never fatal). */
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-html-element.h"
#include "parser/mime/dm-html-flatten.h"
#include "parser/mime/dm-html-walk.h"

#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

char *
dm_text_bound(const char *text, gsize len, gsize max)
{
	g_return_val_if_fail(text != NULL || len == 0, g_strdup(""));
	if (len > max)
		len = max;
	g_autofree char *valid = g_utf8_make_valid(text ? text : "", (gssize)len);
	gsize vlen = strlen(valid);
	if (vlen <= max)
		return g_steal_pointer(&valid);
	/* make_valid may grow the text (U+FFFD is three bytes): cut again, on a boundary. */
	const char *end = g_utf8_find_prev_char(valid, valid + max + 1);
	if (!end)
		return g_strdup("");
	return g_strndup(valid, (gsize)(end - valid));
}

static gboolean
is_block(const char *name)
{
	return dm_html_element_kind(name) == DM_HTML_BLOCK;
}

/* Appends @s with white space collapsed; @out never grows past @max (+ one char). */
static void
append_collapsed(GString *out, const char *s, gsize max)
{
	for (const char *p = s; *p && out->len < max; p++) {
		char c = *p;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
			if (out->len > 0 && out->str[out->len - 1] != ' ' &&
			    out->str[out->len - 1] != '\n')
				g_string_append_c(out, ' ');
		} else {
			g_string_append_c(out, c);
		}
	}
}

/* Appends @s as preformatted text (<pre>): its line ends kept, as the returned headers a
 * delivery report prints in one need them ("From: …\nMessage-ID: …"). */
static void
append_preformatted(GString *out, const char *s, gsize max)
{
	for (const char *p = s; *p && out->len < max; p++)
		if (*p != '\r')
			g_string_append_c(out, *p);
}

/* Whether @node stands inside a <pre> element. */
static gboolean
in_pre(xmlNodePtr node)
{
	for (xmlNodePtr n = node->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (n->name && g_ascii_strcasecmp((const char *) n->name, "pre") == 0)
			return TRUE;
	return FALSE;
}

static void
append_break(GString *out, gsize max)
{
	if (out->len >= max)
		return;
	while (out->len > 0 && out->str[out->len - 1] == ' ')
		g_string_truncate(out, out->len - 1);
	if (out->len > 0 && out->str[out->len - 1] != '\n')
		g_string_append_c(out, '\n');
}

/* A <br> ends the line; one on a line already empty (the writer's empty line:
 * "<br><br>", Gmail's "<div><br></div>") leaves a blank line, as a mail program shows it,
 * so that the paragraphs of an HTML-only reply stay apart: the reply reader tells the
 * signature and the disclaimer from the text by them.  Never more than one blank line. */
static void
append_line_break(GString *out, gsize max)
{
	if (out->len >= max)
		return;
	gboolean line_empty = out->len > 0 && out->str[out->len - 1] == '\n';
	gboolean blank_already = out->len > 1 && out->str[out->len - 2] == '\n';
	if (line_empty && !blank_already)
		g_string_append_c(out, '\n');
	else
		append_break(out, max);
}

/* (transfer full) @html parsed, or NULL; *@halted tells whether libxml2 stopped before
 * the end (the depth limit), so the tree holds only part of the text. */
static htmlDocPtr
parse(const char *html, gsize len, gboolean *halted)
{
	*halted = FALSE;
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return NULL;
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
					    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
					    HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	/* Recoverable HTML errors leave SAX on; only stopping the parser turns it off. */
	*halted = ctxt->disableSAX != 0;
	htmlFreeParserCtxt(ctxt);
	return doc;
}

static gboolean append_subtree_text(GString *out, xmlNodePtr root, gsize max, DmHtmlFilterFunc filter,
				    gpointer user);

/* TRUE when @node is an element named @name. */
static gboolean
element_named(xmlNodePtr node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && node->name &&
	       g_ascii_strcasecmp((const char *) node->name, name) == 0;
}

/* The most cells of a row laid out side by side. */
#define ROW_CELLS 8

/* TRUE when a table stands anywhere inside @tr.  The walk stops at the first one: a row
 * laid out as columns holds none, so its cells are read once, never again for each row
 * they nest in (hostile nesting would cost twice as much a level). */
static gboolean
holds_table(xmlNodePtr tr)
{
	xmlNodePtr node = tr->children;
	while (node) {
		if (element_named(node, "table") || element_named(node, "tr"))
			return TRUE;
		if (node->type == XML_ELEMENT_NODE && node->children) {
			node = node->children;
			continue;
		}
		while (node && !node->next && node->parent != tr)
			node = node->parent;
		node = node ? node->next : NULL;
	}
	return FALSE;
}

/* TRUE when the table row @tr holds two cells or more with text, one of them over more
 * than one line (an address with <br>s), and no table of its own: the cells are columns
 * then, as on paper.  Never when @filter ends the walk inside the row (a reply's quoted
 * mail begins in a cell): the walk of the whole document must stop there, with every
 * cell and row after it. */
static gboolean
row_of_blocks(xmlNodePtr tr, char **texts, gsize max, DmHtmlFilterFunc filter, gpointer user)
{
	if (holds_table(tr))
		return FALSE;
	guint cells = 0, with_text = 0;
	gboolean lines = FALSE;
	for (xmlNodePtr c = tr->children; c; c = c->next) {
		if (!element_named(c, "td") && !element_named(c, "th"))
			continue;
		if (cells == ROW_CELLS)
			return FALSE;
		GString *t = g_string_new(NULL);
		gboolean stopped = append_subtree_text(t, c, max, filter, user);
		char *stripped = g_strstrip(g_string_free(t, FALSE));
		with_text += *stripped != '\0';
		lines = lines || strchr(stripped, '\n') != NULL;
		texts[cells++] = stripped;
		if (stopped)
			return FALSE;
	}
	return with_text >= 2 && lines;
}

/* Appends the row @tr whose cells are columns (row_of_blocks) as a PDF's text prints two
 * blocks side by side: line k of each cell on one line, the cells' lines apart by a tab
 * ("Van<TAB>Aan" over "Schildersbedrijf Kwakernaak<TAB>Mevrouw P. Koch" over "Hanzeweg
 * 41<TAB>Assendorperstraat 9"), a cell whose lines have ended left out of the line.  Run
 * together, the first cell's last line shared its line with the second cell's first.
 * FALSE, and nothing appended, for any other row. */
static gboolean
append_row_as_columns(GString *out, xmlNodePtr tr, gsize max, DmHtmlFilterFunc filter, gpointer user)
{
	char *texts[ROW_CELLS + 1] = { NULL };
	gboolean columns = row_of_blocks(tr, texts, max, filter, user);
	if (columns) {
		GStrv split[ROW_CELLS + 1] = { NULL };
		guint n = 0, most = 0;
		for (; texts[n]; n++) {
			split[n] = g_strsplit(texts[n], "\n", -1);
			most = MAX(most, g_strv_length(split[n]));
		}
		append_break(out, max);
		for (guint k = 0; k < most && out->len < max; k++) {
			gboolean first = TRUE;
			for (guint c = 0; c < n; c++) {
				if (k >= g_strv_length(split[c]) || !*g_strstrip(split[c][k]))
					continue;
				if (!first)
					g_string_append_c(out, '\t');
				g_string_append(out, split[c][k]);
				first = FALSE;
			}
			if (!first)
				g_string_append_c(out, '\n');
		}
		for (guint c = 0; c < n; c++)
			g_strfreev(split[c]);
	}
	for (guint c = 0; texts[c]; c++)
		g_free(texts[c]);
	return columns;
}

/* Appends the text of @doc to @out, at most @max bytes; @filter (nullable) may drop an
 * element with its content or end the walk. */
static void
append_tree_text(GString *out, htmlDocPtr doc, gsize max, DmHtmlFilterFunc filter,
		 gpointer user)
{
	append_subtree_text(out, xmlDocGetRootElement(doc), max, filter, user);
}

/* Appends the text of @root and what it holds to @out (append_tree_text); TRUE when
 * @filter ended the walk (DM_HTML_STOP). */
static gboolean
append_subtree_text(GString *out, xmlNodePtr root, gsize max, DmHtmlFilterFunc filter,
		    gpointer user)
{
	xmlNodePtr node = root;
	/* Iterative pre-order walk: a block element breaks the line where it opens and where
	 * it closes, a table cell is separated from its neighbour by a tab (as a PDF's
	 * columns are: a label cell and its value cell stay told apart). */
	while (node && out->len < max) {
		gboolean descend = FALSE;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (node->content && in_pre(node))
				append_preformatted(out, (const char *)node->content, max);
			else if (node->content)
				append_collapsed(out, (const char *)node->content, max);
		} else if (node->type == XML_ELEMENT_NODE && node->name) {
			DmHtmlKind kind = dm_html_element_kind((const char *)node->name);
			DmHtmlVerdict verdict = filter ? filter(node, user) : DM_HTML_KEEP;
			if (verdict == DM_HTML_STOP)
				return TRUE;
			if (kind != DM_HTML_SKIPPED && verdict == DM_HTML_KEEP && element_named(node, "tr") &&
			    node != root && append_row_as_columns(out, node, max, filter, user)) {
				/* the row is written: on to what follows it */
			} else if (kind != DM_HTML_SKIPPED && verdict == DM_HTML_KEEP) {
				if (kind == DM_HTML_BLOCK &&
				    g_ascii_strcasecmp((const char *) node->name, "br") == 0)
					append_line_break(out, max);
				else if (kind == DM_HTML_BLOCK)
					append_break(out, max);
				else if (kind == DM_HTML_CELL && out->len > 0 &&
					 out->str[out->len - 1] != '\n' && out->len < max)
					g_string_append_c(out, '\t');
				descend = node->children != NULL;
			}
		}
		if (descend) {
			node = node->children;
			continue;
		}
		/* Done with @node's subtree: close it and its ancestors until one has a sibling. */
		for (;;) {
			if (node->type == XML_ELEMENT_NODE && node->name &&
			    is_block((const char *)node->name))
				append_break(out, max);
			if (node == root) {
				node = NULL;
				break;
			}
			if (node->next) {
				node = node->next;
				break;
			}
			node = node->parent;
			if (!node) /* cannot happen below root; defensive */
				break;
		}
	}
	return FALSE;
}

struct _DmHtmlDoc {
	htmlDocPtr doc;             /* NULL when nothing could be parsed */
	gsize len;                  /* the markup's length: the text's first guess of size */
};

DmHtmlDoc *
dm_html_doc_parse(const char *html, gsize len)
{
	g_return_val_if_fail(html != NULL || len == 0, NULL);
	DmHtmlDoc *d = g_new0(DmHtmlDoc, 1);
	d->len = len;
	if (len == 0 || len > G_MAXINT)
		return d;
	gboolean halted;
	d->doc = parse(html, len, &halted);
	if (halted) {
		/* Too deep for libxml2: the same text without the nesting.  It can be longer
		 * than @html (4 x, see dm_html_flatten): too long for libxml2 gives "". */
		g_clear_pointer(&d->doc, xmlFreeDoc);
		g_autoptr(GString) flat = dm_html_flatten(html, len);
		if (flat->len > 0 && flat->len <= G_MAXINT)
			d->doc = parse(flat->str, flat->len, &halted);
	}
	return d;
}

void
dm_html_doc_free(DmHtmlDoc *doc)
{
	if (!doc)
		return;
	g_clear_pointer(&doc->doc, xmlFreeDoc);
	g_free(doc);
}

char *
dm_html_doc_text_filtered(const DmHtmlDoc *doc, gsize max, DmHtmlFilterFunc filter,
			  gpointer user)
{
	g_return_val_if_fail(doc != NULL, g_strdup(""));
	if (!doc->doc)
		return g_strdup("");
	g_autoptr(GString) out = g_string_sized_new(MIN(doc->len, max) + 1);
	append_tree_text(out, doc->doc, max, filter, user);
	return dm_text_bound(out->str, out->len, max);
}

char *
dm_html_doc_text(const DmHtmlDoc *doc, gsize max)
{
	return dm_html_doc_text_filtered(doc, max, NULL, NULL);
}

char *
dm_html_to_text(const char *html, gsize len, gsize max)
{
	return dm_html_to_text_filtered(html, len, max, NULL, NULL);
}

char *
dm_html_to_text_filtered(const char *html, gsize len, gsize max, DmHtmlFilterFunc filter,
			 gpointer user)
{
	g_return_val_if_fail(html != NULL || len == 0, g_strdup(""));
	g_autoptr(DmHtmlDoc) doc = dm_html_doc_parse(html, len);
	return dm_html_doc_text_filtered(doc, max, filter, user);
}
