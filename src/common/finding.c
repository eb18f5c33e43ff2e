/* finding: the list a configuration check fills (dm-finding.h). */
#include "common/dm-finding.h"

#include <string.h>

static void
finding_free(gpointer data)
{
	DmFinding *f = data;
	g_free(f->where);
	g_free(f->what);
	g_free(f->todo);
	g_free(f);
}

GPtrArray *
dm_findings_new(void)
{
	return g_ptr_array_new_with_free_func(finding_free);
}

void
dm_finding_add(GPtrArray *findings, DmFindingLevel level, const char *where, const char *todo,
               const char *what, ...)
{
	DmFinding *f = g_new0(DmFinding, 1);
	va_list ap;
	va_start(ap, what);
	f->what = g_strdup_vprintf(what, ap);
	va_end(ap);
	f->level = level;
	f->where = g_strdup(where);
	f->todo = g_strdup(todo);
	g_ptr_array_add(findings, f);
}

char *
dm_finding_format(const DmFinding *f)
{
	return g_strdup_printf("%s: %s: %s%s%s", f->level == DM_FINDING_ERROR ? "error" : "warning",
	                       f->where, f->what, f->todo ? "; " : "", f->todo ? f->todo : "");
}

guint
dm_findings_errors(const GPtrArray *findings)
{
	guint n = 0;
	for (guint i = 0; i < findings->len; i++)
		n += ((const DmFinding *) findings->pdata[i])->level == DM_FINDING_ERROR;
	return n;
}

char *
dm_findings_log(const GPtrArray *findings)
{
	GString *errors = NULL;
	for (guint i = 0; i < findings->len; i++) {
		const DmFinding *f = findings->pdata[i];
		g_autofree char *line = dm_finding_format(f);
		if (f->level == DM_FINDING_WARNING) {
			g_warning("%s", line + strlen("warning: "));
			continue;
		}
		if (!errors)
			errors = g_string_new(NULL);
		else
			g_string_append_c(errors, '\n');
		g_string_append(errors, line + strlen("error: "));
	}
	return errors ? g_string_free(errors, FALSE) : NULL;
}
