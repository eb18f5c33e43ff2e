/* template: {{variable}} expansion of the files in templates/. */
#include "dunning/template/dm-template.h"

#include <gio/gio.h>
#include <string.h>

#define TEMPLATE_MAX (64 * 1024)

/* Expands @text whose first line is line @line of @where, for error messages. */
static char *
expand_from(const char *text, GHashTable *vars, const char *where, int line, GError **error)
{
	GString *out = g_string_sized_new(strlen(text) + 256);
	for (const char *p = text; *p;) {
		if (p[0] == '{' && p[1] == '{') {
			const char *end = strstr(p + 2, "}}");
			if (!end) {
				g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
				            "%s:%d: '{{' without '}}'", where, line);
				g_string_free(out, TRUE);
				return NULL;
			}
			g_autofree char *name = g_strstrip(g_strndup(p + 2, (gsize) (end - p - 2)));
			const char *value = g_hash_table_lookup(vars, name);
			if (!value) {
				g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
				            "%s:%d: unknown variable {{%s}}", where, line, name);
				g_string_free(out, TRUE);
				return NULL;
			}
			g_string_append(out, value);
			p = end + 2;
			continue;
		}
		if (*p == '\n')
			line++;
		g_string_append_c(out, *p++);
	}
	return g_string_free(out, FALSE);
}

char *
dm_template_expand(const char *text, GHashTable *vars, const char *where, GError **error)
{
	return expand_from(text, vars, where, 1, error);
}

gboolean
dm_template_render(const char *dir, const char *language, const char *fallback_language,
                   const char *name, GHashTable *vars, char **subject, char **body,
                   GError **error)
{
	g_autofree char *file = g_strconcat(name, ".txt", NULL);
	g_autofree char *path = g_build_filename(dir, language ? language : "", file, NULL);
	if (!language || !g_file_test(path, G_FILE_TEST_EXISTS)) {
		g_free(path);
		path = g_build_filename(dir, fallback_language, file, NULL);
	}
	g_autofree char *text = NULL;
	gsize len;
	if (!g_file_get_contents(path, &text, &len, error))
		return FALSE;
	if (len > TEMPLATE_MAX || !g_utf8_validate(text, (gssize) len, NULL)) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
		            "%s: not a UTF-8 text of at most %d bytes", path, TEMPLATE_MAX);
		return FALSE;
	}
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
	g_autofree char *subj = dm_template_expand(g_strstrip(text + strlen("Subject:")), vars,
	                                           path, error);
	if (!subj)
		return FALSE;
	/* The body starts on line 3: the subject, then the empty line. */
	g_autofree char *text_body = expand_from(nl + 2, vars, path, 3, error);
	if (!text_body)
		return FALSE;
	/* A value must never add a header: keep the subject to its first line. */
	subj[strcspn(subj, "\r\n")] = '\0';
	*subject = g_steal_pointer(&subj);
	*body = g_steal_pointer(&text_body);
	return TRUE;
}
