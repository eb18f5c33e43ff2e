/* dm-template: reminder, notice and digest texts, per language, from templates/<lang>/.
 *
 * A template is a "Subject: ..." line, an empty line, and the body.  {{name}} is replaced
 * by the variable of that name; a name with no value is an error naming the file and line,
 * so a typo in a template never reaches a debtor.  Values are inserted as they are: the
 * mailer encodes headers and bodies, and the subject is cut at any line break. */
#pragma once
#include <glib.h>

/* Renders templates/<@language>/<@name>.txt under @dir, falling back to @fallback_language
 * when that language has no such file.  (transfer full) *@subject, *@body. */
gboolean dm_template_render(const char *dir, const char *language, const char *fallback_language,
                            const char *name, GHashTable *vars, char **subject, char **body,
                            GError **error);

/* Expands {{name}} in @text (for tests and the digest); @where names the source in errors. */
char *dm_template_expand(const char *text, GHashTable *vars, const char *where, GError **error);
