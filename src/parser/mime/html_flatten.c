/* html_flatten: an HTML document without its nesting, for the text of one too deep for
 * libxml2 (html.c).
 *
 * dm_html_flatten copies text and entities as they are and rewrites each tag by how its
 * element reads (dm_html_element_kind): a block becomes "<p>" (never nested by the
 * parser), a cell a space, a skipped element disappears with its content, anything else
 * disappears.  libxml2 then parses the flat result, so entities, charsets and white space
 * are still its job; this file only takes the depth away.  One pass, forward only: a
 * search for a closing tag that is not there is remembered, so a hostile run of
 * "<title>" costs one scan, not one per tag.
 * Failures: none; malformed markup is read as leniently as the parser would (an unclosed
 * tag or comment ends the text). */
#include "parser/mime/dm-html-element.h"
#include "parser/mime/dm-html-flatten.h"

#include <string.h>

#define NAME_MAX_BYTES 16   /* longer names are no element we treat specially */

/* The closing tags searched for and not found: a later search would fail as well. */
typedef struct {
	char names[8][NAME_MAX_BYTES];
	guint n;
} Absent;

static gboolean
absent_has(const Absent *a, const char *name)
{
	for (guint i = 0; i < a->n; i++)
		if (g_ascii_strcasecmp(a->names[i], name) == 0)
			return TRUE;
	return FALSE;
}

static void
absent_add(Absent *a, const char *name)
{
	if (a->n < G_N_ELEMENTS(a->names))
		g_strlcpy(a->names[a->n++], name, NAME_MAX_BYTES);
}

static gboolean
is_name_char(char c)
{
	return g_ascii_isalnum(c) || c == '-' || c == ':';
}

/* Offset just past the '>' that ends the tag whose inside starts at @from; quoted
 * attribute values may hold '>'.  @len when the tag never ends. */
static gsize
tag_end(const char *s, gsize len, gsize from)
{
	char quote = 0;
	for (gsize i = from; i < len; i++) {
		if (quote) {
			if (s[i] == quote)
				quote = 0;
		} else if (s[i] == '"' || s[i] == '\'') {
			quote = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
	}
	return len;
}

/* Offset of the first "</@name" at or after @from (case-insensitive), or @len. */
static gsize
find_close(const char *s, gsize len, gsize from, const char *name)
{
	gsize n = strlen(name);
	for (gsize i = from; i + 2 + n <= len; i++) {
		const char *p = memchr(s + i, '<', len - i);
		if (!p)
			break;
		i = (gsize)(p - s);
		if (i + 2 + n <= len && p[1] == '/' && g_ascii_strncasecmp(p + 2, name, n) == 0 &&
		    (i + 2 + n == len || !is_name_char(p[2 + n])))
			return i;
	}
	return len;
}

/* Offset just past the markup declaration or comment starting at @at ("<!" or "<?"). */
static gsize
declaration_end(const char *s, gsize len, gsize at)
{
	if (len - at >= 4 && memcmp(s + at, "<!--", 4) == 0) {
		const char *end = g_strstr_len(s + at + 4, (gssize)(len - at - 4), "-->");
		return end ? (gsize)(end - s) + 3 : len;
	}
	const char *gt = memchr(s + at, '>', len - at);
	return gt ? (gsize)(gt - s) + 1 : len;
}

GString *
dm_html_flatten(const char *html, gsize len)
{
	g_return_val_if_fail(html != NULL || len == 0, g_string_new(NULL));
	GString *out = g_string_sized_new(len + 8);
	Absent absent = { .n = 0 };
	/* Text the parser meets outside any element gets an implied <p> (a line break the
	 * nested original did not have); inside <body> it does not. */
	g_string_append(out, "<body>");
	gsize i = 0;
	while (i < len) {
		const char *lt = memchr(html + i, '<', len - i);
		gsize at = lt ? (gsize)(lt - html) : len;
		g_string_append_len(out, html + i, (gssize)(at - i));
		if (at >= len)
			break;
		char next = at + 1 < len ? html[at + 1] : '\0';
		if (next == '!' || next == '?') {
			i = declaration_end(html, len, at);
			continue;
		}
		gboolean closing = next == '/';
		gsize name_at = at + 1 + (closing ? 1 : 0), name_end = name_at;
		if (name_at >= len || !g_ascii_isalpha(html[name_at])) {
			/* "a < b": not a tag; escaped so the parser reads it as text too. */
			g_string_append(out, "&lt;");
			i = at + 1;
			continue;
		}
		while (name_end < len && is_name_char(html[name_end]))
			name_end++;
		char name[NAME_MAX_BYTES] = "";
		if (name_end - name_at < sizeof name)
			memcpy(name, html + name_at, name_end - name_at);
		i = tag_end(html, len, name_end);
		switch (name[0] ? dm_html_element_kind(name) : DM_HTML_INLINE) {
		case DM_HTML_BLOCK:
			g_string_append(out, "<p>");
			break;
		case DM_HTML_CELL:
			if (!closing)
				g_string_append_c(out, ' ');
			break;
		case DM_HTML_SKIPPED: {
			/* Dropped with its content when it is closed; an unclosed one drops
			 * only its tag, so no text is lost to a stray "<head>". */
			if (closing || absent_has(&absent, name))
				break;
			gsize close_at = find_close(html, len, i, name);
			if (close_at < len)
				i = tag_end(html, len, close_at + 2);
			else
				absent_add(&absent, name);
			break;
		}
		case DM_HTML_INLINE:
			break;
		}
	}
	return out;
}
