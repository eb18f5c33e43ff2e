/* template_check: every template present and rendering, checked at start and by
 * `dunmail check-config` rather than at the first reminder (dm-template.h). */
#include "dunning/template/dm-template.h"
#include "common/dm-finding.h"

#include <string.h>

static void
check_one(const char *dir, const char *language, gboolean is_default, const char *name,
          const char *const *variables, GPtrArray *findings)
{
	g_autofree char *file = g_strconcat(name, ".txt", NULL);
	g_autofree char *path = g_build_filename(dir, language, file, NULL);
	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		if (is_default)
			dm_finding_add(findings, DM_FINDING_ERROR, path,
			               "restore it from the package, or fix [dunning] templates",
			               "missing: nothing of this kind can be sent");
		else
			dm_finding_add(findings, DM_FINDING_WARNING, path,
			               "add it if you have debtors in this language",
			               "missing: those debtors get the default language's text");
		return;
	}
	g_autoptr(GHashTable) vars = g_hash_table_new(g_str_hash, g_str_equal);
	for (const char *const *v = variables; *v; v++)
		g_hash_table_insert(vars, (char *) *v, (char *) "x");
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) error = NULL;
	/* The language's own file only: no fallback may hide a broken one. */
	if (!dm_template_render(dir, language, language, name, vars, &subject, &body, &error))
		dm_finding_add(findings, DM_FINDING_ERROR, path,
		               "correct the template (dm-template.h lists the variables)", "%s",
		               error->message);
}

void
dm_template_check_files(const char *dir, const char *default_language,
                        const char *const *reminders, GPtrArray *findings)
{
	static const char *const reminder_vars[] = { DM_TEMPLATE_REMINDER_VARIABLES, NULL };
	static const char *const digest_vars[] = { DM_TEMPLATE_DIGEST_VARIABLES, NULL };
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		dm_finding_add(findings, DM_FINDING_ERROR, "[dunning] templates",
		               "install the templates or correct the key",
		               "%s is not a directory", dir);
		return;
	}
	g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(languages, g_strdup(default_language));
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		g_autofree char *sub = g_build_filename(dir, name, NULL);
		if (strcmp(name, default_language) != 0 && g_file_test(sub, G_FILE_TEST_IS_DIR))
			g_ptr_array_add(languages, g_strdup(name));
	}
	for (guint i = 0; i < languages->len; i++) {
		const char *lang = languages->pdata[i];
		for (const char *const *r = reminders; *r; r++)
			check_one(dir, lang, i == 0, *r, reminder_vars, findings);
		check_one(dir, lang, i == 0, "digest", digest_vars, findings);
	}
}
