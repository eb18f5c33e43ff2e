/* dm-template: reminder, notice and digest texts, per language, from templates/<lang>/.
 *
 * A text template is a "Subject: ..." line, an empty line, and the body; an HTML template
 * (<name>.html beside <name>.txt) is a body only.  The syntax, a small Mustache:
 *
 *   {{name}}              the value of that name (looked up in the current list item,
 *                         then outwards)
 *   {{#name}}...{{/name}} a list: the inside once per item; a value: the inside when the
 *                         value is not empty
 *   {{^name}}...{{/name}} the inside when the list is empty or the value is empty
 *
 * A section tag alone on its line takes the line with it.  A name with no value, a
 * section left open or closed by the wrong name, a '{{' without '}}' on its line, and a
 * file that is not UTF-8 are errors naming the file and line, so a typo never reaches a
 * debtor.
 *
 * How values are inserted depends on the mode: RAW as they are (the digest's preformatted
 * blocks); TEXT with control characters, line separators and bidi controls replaced
 * (dm_sanitize), so a debtor's name cannot break a line or turn text around; HTML
 * like TEXT and then escaped (g_markup_escape_text), so it cannot add markup.  The subject
 * is always cut at its first line break: a value never adds a header.
 *
 * Lookup: a template in @override_dir/<lang>/ wins over one in @dir/<lang>/; a language
 * without the file falls back to @fallback_language (override first again). */
#pragma once
#include <glib.h>

typedef enum {
	DM_TEMPLATE_RAW,
	DM_TEMPLATE_TEXT,
	DM_TEMPLATE_HTML,
} DmTemplateMode;

/* The values one rendering sees: named values and named lists of item scopes. */
typedef struct _DmTemplateData DmTemplateData;

/* (transfer full) an empty scope. */
DmTemplateData *dm_template_data_new(void);
void dm_template_data_free(DmTemplateData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmTemplateData, dm_template_data_free)
/* Sets @name to a copy of @value (NULL: the empty value). */
void dm_template_data_set(DmTemplateData *data, const char *name, const char *value);
/* Sets @name to "yes" or to the empty value, for {{#name}} and {{^name}}. */
void dm_template_data_set_flag(DmTemplateData *data, const char *name, gboolean on);
/* Declares list @name (empty until items are added), so that {{#name}} is known. */
void dm_template_data_declare_list(DmTemplateData *data, const char *name);
/* (transfer none) a new item at the end of list @name, owned by @data; its lookups fall
 * back to @data. */
DmTemplateData *dm_template_data_add_item(DmTemplateData *data, const char *name);

/* (transfer full) @text expanded; @where and @first_line name its start in errors. */
char *dm_template_expand_data(const char *text, const DmTemplateData *data,
                              DmTemplateMode mode, const char *where, int first_line,
                              GError **error);

/* What dm_template_render_data produced: (transfer full) each; html is NULL when there is
 * no <name>.html. */
typedef struct {
	char *subject;
	char *text;
	char *html;
	char *text_path;            /* the files used, for messages */
	char *html_path;            /* (nullable) */
} DmRendered;

void dm_rendered_clear(DmRendered *r);

/* Renders <name>.txt (TEXT mode) and, when there is one, <name>.html (HTML mode) in
 * @language, looked up as the top of this file says.  @override_dir may be NULL. */
gboolean dm_template_render_data(const char *dir, const char *override_dir,
                                 const char *language, const char *fallback_language,
                                 const char *name, const DmTemplateData *data,
                                 DmRendered *out, GError **error);

/* The digest's form: renders templates/<@language>/<@name>.txt under @dir in RAW mode with
 * the string values of @vars, falling back to @fallback_language.  (transfer full)
 * *@subject, *@body. */
gboolean dm_template_render(const char *dir, const char *language, const char *fallback_language,
                            const char *name, GHashTable *vars, char **subject, char **body,
                            GError **error);

/* Expands {{name}} in @text in RAW mode (for tests and the digest); @where names the
 * source in errors. */
char *dm_template_expand(const char *text, GHashTable *vars, const char *where, GError **error);

