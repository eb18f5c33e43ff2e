/* template: the small Mustache of dm-template.h, and finding the files in templates/. */
#include "dunning/template/dm-template-data.h"
#include "common/dm-sanitize.h"

#include <gio/gio.h>
#include <string.h>

#define TEMPLATE_MAX (64 * 1024)
/* The longest value a template inserts (a name, an address, a URL). */
#define VALUE_MAX 2000

/* One expansion: the input, where we are in it, and where errors point. */
typedef struct {
	const char *where;
	int line;
	DmTemplateMode mode;
	GError **error;
} Expander;

static gboolean G_GNUC_PRINTF(2, 3)
fail(Expander *x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(x->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:%d: %s", x->where, x->line,
	            msg);
	return FALSE;
}

static void
append_value(Expander *x, GString *out, const char *value)
{
	if (x->mode == DM_TEMPLATE_RAW) {
		g_string_append(out, value);
		return;
	}
	g_autofree char *safe = dm_sanitize(value, VALUE_MAX);
	if (x->mode == DM_TEMPLATE_HTML) {
		g_autofree char *escaped = g_markup_escape_text(safe, -1);
		g_string_append(out, escaped);
	} else {
		g_string_append(out, safe);
	}
}

/* A section tag alone on its line (only blanks around it) takes the whole line: *@skip_to
 * is where the input goes on, and the blanks already copied before it are dropped. */
static gboolean
standalone(const char *line_start, const char *tag, const char *tag_end, const char **skip_to)
{
	for (const char *p = line_start; p < tag; p++)
		if (*p != ' ' && *p != '\t')
			return FALSE;
	const char *p = tag_end;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\n' && *p != '\0')
		return FALSE;
	*skip_to = *p ? p + 1 : p;
	return TRUE;
}

/* Expands from *@pp until the end of the text (@closing NULL) or until {{/@closing}},
 * appending to @out (NULL: the part is skipped, and names are not checked: a skipped
 * list has no item to look in).  *@pp ends after the closing tag. */
static gboolean
expand_block(Expander *x, const char **pp, const DmTemplateData *data, GString *out,
             const char *closing, int opened_line)
{
	const char *p = *pp;
	const char *line_start = p;
	while (*p) {
		if (!(p[0] == '{' && p[1] == '{')) {
			if (*p == '\n') {
				x->line++;
				line_start = p + 1;
			}
			if (out)
				g_string_append_c(out, *p);
			p++;
			continue;
		}
		const char *end = strstr(p + 2, "}}");
		const char *nl = strchr(p + 2, '\n');
		if (!end || (nl && nl < end))
			return fail(x, "'{{' without '}}'");
		const char *tag = p;
		const char *tag_end = end + 2;
		int tag_line = x->line;
		char sigil = p[2];
		gboolean section = sigil == '#' || sigil == '^' || sigil == '/';
		g_autofree char *name = g_strstrip(g_strndup(p + 2 + section,
		                                             (gsize) (end - p - 2 - section)));
		p = tag_end;
		if (section) {
			const char *skip_to;
			if (standalone(line_start, tag, tag_end, &skip_to)) {
				if (out)
					g_string_truncate(out, out->len - (gsize) (tag - line_start));
				if (skip_to > tag_end && skip_to[-1] == '\n') {
					x->line++;
					line_start = skip_to;
				}
				p = skip_to;
			}
		}
		if (sigil == '/') {
			x->line = closing ? x->line : tag_line;
			if (!closing)
				return fail(x, "{{/%s}} closes no section", name);
			if (strcmp(name, closing) != 0) {
				x->line = tag_line;
				return fail(x, "{{/%s}} closes {{#%s}} of line %d", name, closing,
				            opened_line);
			}
			*pp = p;
			return TRUE;
		}
		if (*name == '\0' || strpbrk(name, "{}#^/"))
			return fail(x, "'%s' is not a variable name", name);
		if (!section) {
			if (!out)
				continue;
			const char *value = dm_template_data_value(data, name);
			if (!value)
				return fail(x, "unknown variable {{%s}}", name);
			append_value(x, out, value);
			continue;
		}
		int line = x->line;
		GPtrArray *items = out ? dm_template_data_list(data, name) : NULL;
		const char *value = out && !items ? dm_template_data_value(data, name) : NULL;
		if (out && !items && !value) {
			x->line = tag_line;
			return fail(x, "unknown section {{%c%s}}", sigil, name);
		}
		gboolean full = items ? items->len > 0 : value && *value;
		const char *body = p;
		if (!out || (sigil == '^') == full) {
			/* Skipped: walked once, for its end and its errors. */
			if (!expand_block(x, &p, data, NULL, name, tag_line))
				return FALSE;
		} else if (items && sigil == '#') {
			int after = 0;
			for (guint i = 0; i < items->len; i++) {
				p = body;
				x->line = line;
				if (!expand_block(x, &p, g_ptr_array_index(items, i), out, name,
				                  tag_line))
					return FALSE;
				after = x->line;
			}
			x->line = after;
		} else if (!expand_block(x, &p, data, out, name, tag_line)) {
			return FALSE;
		}
		line_start = p;
		for (const char *q = p; q > *pp && q[-1] != '\n'; q--)
			line_start = q - 1;
	}
	if (closing)
		return fail(x, "{{#%s}} of line %d is never closed", closing, opened_line);
	*pp = p;
	return TRUE;
}

char *
dm_template_expand_data(const char *text, const DmTemplateData *data, DmTemplateMode mode,
                        const char *where, int first_line, GError **error)
{
	Expander x = { .where = where, .line = first_line, .mode = mode, .error = error };
	GString *out = g_string_sized_new(strlen(text) + 256);
	const char *p = text;
	if (!expand_block(&x, &p, data, out, NULL, 0)) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

/* (transfer full) a scope with the string values of @vars. */
static DmTemplateData *
data_from_table(GHashTable *vars)
{
	DmTemplateData *d = dm_template_data_new();
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, vars);
	while (g_hash_table_iter_next(&it, &k, &v))
		dm_template_data_set(d, k, v);
	return d;
}

char *
dm_template_expand(const char *text, GHashTable *vars, const char *where, GError **error)
{
	g_autoptr(DmTemplateData) d = data_from_table(vars);
	return dm_template_expand_data(text, d, DM_TEMPLATE_RAW, where, 1, error);
}

void
dm_rendered_clear(DmRendered *r)
{
	g_clear_pointer(&r->subject, g_free);
	g_clear_pointer(&r->text, g_free);
	g_clear_pointer(&r->html, g_free);
	g_clear_pointer(&r->text_path, g_free);
	g_clear_pointer(&r->html_path, g_free);
}

/* (transfer full) the path of <@name>.<@ext> to use, or NULL when there is none. */
static char *
find_file(const char *dir, const char *override_dir, const char *language,
          const char *fallback_language, const char *name, const char *ext)
{
	g_autofree char *file = g_strconcat(name, ".", ext, NULL);
	const char *langs[] = { language, fallback_language };
	const char *dirs[] = { override_dir, dir };
	for (gsize l = 0; l < G_N_ELEMENTS(langs); l++)
		for (gsize d = 0; d < G_N_ELEMENTS(dirs); d++) {
			if (!langs[l] || !dirs[d])
				continue;
			char *path = g_build_filename(dirs[d], langs[l], file, NULL);
			if (g_file_test(path, G_FILE_TEST_EXISTS))
				return path;
			g_free(path);
		}
	return NULL;
}

/* (transfer full) the UTF-8 text of @path, or NULL with @error naming the file and the
 * line of the first byte that is not UTF-8. */
static char *
read_template(const char *path, GError **error)
{
	g_autofree char *text = NULL;
	gsize len;
	if (!g_file_get_contents(path, &text, &len, error))
		return NULL;
	if (len > TEMPLATE_MAX) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
		            "%s: larger than %d bytes", path, TEMPLATE_MAX);
		return NULL;
	}
	const char *bad;
	if (!g_utf8_validate(text, (gssize) len, &bad)) {
		int line = 1;
		for (const char *p = text; p < bad; p++)
			line += *p == '\n';
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
		            "%s:%d: not UTF-8 (byte 0x%02x); save the template as UTF-8", path, line,
		            (guchar) *bad);
		return NULL;
	}
	return g_steal_pointer(&text);
}

/* Splits a text template at the subject and expands both halves. */
static gboolean
expand_text(const char *path, char *text, const DmTemplateData *data, DmTemplateMode mode,
            char **subject, char **body, GError **error)
{
	if (!g_str_has_prefix(text, "Subject:")) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
		            "%s:1: expected 'Subject: ...' as the first line", path);
		return FALSE;
	}
	char *nl = strchr(text, '\n');
	if (!nl || nl[1] != '\n') {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
		            "%s:2: expected an empty line after the subject", path);
		return FALSE;
	}
	*nl = '\0';
	g_autofree char *subj = dm_template_expand_data(g_strstrip(text + strlen("Subject:")),
	                                                data, mode, path, 1, error);
	if (!subj)
		return FALSE;
	/* The body starts on line 3: the subject, then the empty line. */
	g_autofree char *text_body = dm_template_expand_data(nl + 2, data, mode, path, 3, error);
	if (!text_body)
		return FALSE;
	/* A value must never add a header: keep the subject to its first line. */
	subj[strcspn(subj, "\r\n")] = '\0';
	*subject = g_steal_pointer(&subj);
	*body = g_steal_pointer(&text_body);
	return TRUE;
}

gboolean
dm_template_render_data(const char *dir, const char *override_dir, const char *language,
                        const char *fallback_language, const char *name,
                        const DmTemplateData *data, DmRendered *out, GError **error)
{
	memset(out, 0, sizeof *out);
	out->text_path = find_file(dir, override_dir, language, fallback_language, name, "txt");
	if (!out->text_path) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
		            "%s/%s/%s.txt: no such template (nor in %s%s%s)", dir,
		            language ? language : fallback_language, name, fallback_language,
		            override_dir ? " or " : "", override_dir ? override_dir : "");
		return FALSE;
	}
	g_autofree char *text = read_template(out->text_path, error);
	if (!text || !expand_text(out->text_path, text, data, DM_TEMPLATE_TEXT, &out->subject,
	                          &out->text, error)) {
		dm_rendered_clear(out);
		return FALSE;
	}
	out->html_path = find_file(dir, override_dir, language, fallback_language, name, "html");
	if (!out->html_path)
		return TRUE;
	g_autofree char *html = read_template(out->html_path, error);
	out->html = html ? dm_template_expand_data(html, data, DM_TEMPLATE_HTML, out->html_path, 1,
	                                           error) : NULL;
	if (!out->html) {
		dm_rendered_clear(out);
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_template_render(const char *dir, const char *language, const char *fallback_language,
                   const char *name, GHashTable *vars, char **subject, char **body,
                   GError **error)
{
	g_autofree char *path = find_file(dir, NULL, language, fallback_language, name, "txt");
	if (!path)
		path = g_strdup_printf("%s/%s/%s.txt", dir, fallback_language, name);
	g_autofree char *text = read_template(path, error);
	if (!text)
		return FALSE;
	g_autoptr(DmTemplateData) d = data_from_table(vars);
	return expand_text(path, text, d, DM_TEMPLATE_RAW, subject, body, error);
}
