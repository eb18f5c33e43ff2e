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

/* The variables a reminder (a ladder step's template) and the digest may use: what the
 * scheduler and the digest fill in, and what dm_template_check_files() renders with. */
#define DM_TEMPLATE_REMINDER_VARIABLES                                                  \
	"number", "amount", "due_date", "issue_date", "days_overdue", "debtor_name",        \
	"company", "billing_address"
#define DM_TEMPLATE_DIGEST_VARIABLES                                                    \
	"date", "headline", "billing_address", "attention", "replies", "sent", "next",      \
	"overdue"

/* The start-up and check-config test of the templates under @dir (a minimal stand-in
 * until the templates can render themselves at start): for each language of
 * @default_language and of every other language directory under @dir, the templates
 * <lang>/<name>.txt of each of @reminders (NULL-terminated) and the digest exist and
 * render with every variable set.  A missing
 * or broken file in @default_language is an error (nothing would be sent); in another
 * language a missing file is a warning (its debtors get @default_language).  Appends
 * DmFinding (common/dm-finding.h) to @findings. */
void dm_template_check_files(const char *dir, const char *default_language,
                             const char *const *reminders, GPtrArray *findings);
