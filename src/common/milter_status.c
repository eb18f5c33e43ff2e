/* milter_status: the milter's status file (dm-milter-status.h). */
#include "common/dm-milter-status.h"

#include <string.h>

static const struct { const char *key; gsize offset; } fields[] = {
	{ "Started", G_STRUCT_OFFSET(DmMilterStatus, started) },
	{ "Last-Connect", G_STRUCT_OFFSET(DmMilterStatus, last_connect) },
	{ "Last-Mail", G_STRUCT_OFFSET(DmMilterStatus, last_mail) },
};
#define FIELD(s, i) G_STRUCT_MEMBER(gint64, (s), fields[i].offset)

char *
dm_milter_status_format(const DmMilterStatus *status)
{
	GString *out = g_string_new(NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
		gint64 t = FIELD(status, i);
		g_autoptr(GDateTime) dt = t > 0 ? g_date_time_new_from_unix_utc(t) : NULL;
		g_autofree char *iso = dt ? g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ") : NULL;
		g_string_append_printf(out, "%s: %s\n", fields[i].key, iso ? iso : "-");
	}
	return g_string_free(out, FALSE);
}

gboolean
dm_milter_status_read(const char *spool_dir, DmMilterStatus *out, GError **error)
{
	memset(out, 0, sizeof *out);
	g_autofree char *path = g_build_filename(spool_dir, DM_MILTER_STATUS_FILE, NULL);
	g_autofree char *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, error))
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(text, "\n", 16);
	for (char **l = lines; *l; l++) {
		char *colon = strchr(*l, ':');
		if (!colon)
			continue;
		*colon = '\0';
		for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
			if (strcmp(*l, fields[i].key) != 0)
				continue;
			g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601(g_strstrip(colon + 1), NULL);
			FIELD(out, i) = dt ? g_date_time_to_unix(dt) : 0;
		}
	}
	return TRUE;
}

gboolean
dm_milter_status_write(const char *spool_dir, const DmMilterStatus *status, GError **error)
{
	g_autofree char *path = g_build_filename(spool_dir, DM_MILTER_STATUS_FILE, NULL);
	g_autofree char *text = dm_milter_status_format(status);
	return g_file_set_contents_full(path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0640, error);
}
