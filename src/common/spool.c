/* spool: the envelope block at the head of every spool file (doc/spool.md).
 *
 * Values come from the MTA and, through MAIL FROM / RCPT TO, from strangers: they are
 * sanitized on write (no CR/LF can end a line early) and bounded on read.
 */
#include <gio/gio.h>
#include "common/dm-spool.h"
#include "common/dm-sanitize.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

G_DEFINE_QUARK(dm-spool-error-quark, dm_spool_error)

#define ENVELOPE_MAX      DM_SPOOL_ENVELOPE_MAX
#define ENVELOPE_VALUE_MAX 1000

const char *
dm_direction_name(DmDirection d)
{
	switch (d) {
	case DM_DIRECTION_OUTGOING: return "outgoing";
	case DM_DIRECTION_INCOMING: return "incoming";
	case DM_DIRECTION_NONE: break;
	}
	return "none";
}

DmDirection
dm_direction_from_name(const char *name)
{
	if (g_strcmp0(name, "outgoing") == 0)
		return DM_DIRECTION_OUTGOING;
	if (g_strcmp0(name, "incoming") == 0)
		return DM_DIRECTION_INCOMING;
	return DM_DIRECTION_NONE;
}

DmEnvelope *
dm_envelope_new(void)
{
	DmEnvelope *env = g_new0(DmEnvelope, 1);
	env->rcpt_to = g_ptr_array_new_with_free_func(g_free);
	return env;
}

void
dm_envelope_free(DmEnvelope *env)
{
	if (!env)
		return;
	g_free(env->mail_from);
	g_ptr_array_unref(env->rcpt_to);
	g_free(env->client_addr);
	g_free(env->client_name);
	g_free(env->auth_authen);
	g_free(env->queue_id);
	g_free(env->received_at);
	g_free(env->added_message_id);
	g_free(env->reason);
	g_free(env->missed);
	g_free(env);
}

static void
put(GString *out, const char *key, const char *value)
{
	if (!value)
		return;
	g_autofree char *clean = dm_sanitize(value, ENVELOPE_VALUE_MAX);
	g_string_append_printf(out, "%s: %s\n", key, clean);
}

void
dm_envelope_write(const DmEnvelope *env, GString *out)
{
	g_string_append(out, DM_SPOOL_MAGIC "\n");
	put(out, "Direction", dm_direction_name(env->direction));
	put(out, "Mail-From", env->mail_from ? env->mail_from : "");
	for (guint i = 0; i < env->rcpt_to->len; i++)
		put(out, "Rcpt-To", g_ptr_array_index(env->rcpt_to, i));
	put(out, "Client-Addr", env->client_addr);
	put(out, "Client-Name", env->client_name);
	put(out, "Auth-Authen", env->auth_authen);
	put(out, "Queue-Id", env->queue_id);
	put(out, "Received-At", env->received_at);
	put(out, "Added-Message-Id", env->added_message_id);
	put(out, "Reason", env->reason);
	put(out, "Missed", env->missed);
	g_string_append_c(out, '\n');
}

gboolean
dm_spool_is_spool_file(const char *data, gsize len)
{
	gsize m = strlen(DM_SPOOL_MAGIC);
	return len > m && memcmp(data, DM_SPOOL_MAGIC, m) == 0 && (data[m] == '\n' || data[m] == '\r');
}

static void
take(char **field, const char *value)
{
	g_free(*field);
	*field = g_strdup(value);
}

gboolean
dm_envelope_parse(const char *data, gsize len, DmEnvelope **env_out, gsize *message_offset,
                  GError **error)
{
	if (!dm_spool_is_spool_file(data, len)) {
		g_set_error(error, DM_SPOOL_ERROR, 0, "not a spool file (no '%s' line)", DM_SPOOL_MAGIC);
		return FALSE;
	}
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	gsize pos = 0, limit = MIN(len, ENVELOPE_MAX);
	for (int line_no = 1;; line_no++) {
		const char *nl = memchr(data + pos, '\n', limit - pos);
		if (!nl) {
			g_set_error(error, DM_SPOOL_ERROR, 0, "envelope line %d: no end of envelope "
			            "within %d bytes", line_no, ENVELOPE_MAX);
			return FALSE;
		}
		gsize llen = (gsize) (nl - (data + pos));
		g_autofree char *line = g_strndup(data + pos, llen);
		pos += llen + 1;
		g_strchomp(line);
		if (line[0] == '\0')
			break;
		if (line_no == 1)
			continue;              /* the magic line */
		char *colon = strchr(line, ':');
		if (!colon) {
			g_set_error(error, DM_SPOOL_ERROR, 0, "envelope line %d: expected 'Key: value'",
			            line_no);
			return FALSE;
		}
		*colon = '\0';
		const char *v = colon + 1;
		while (*v == ' ')
			v++;
		if (strcmp(line, "Direction") == 0)
			env->direction = dm_direction_from_name(v);
		else if (strcmp(line, "Mail-From") == 0)
			take(&env->mail_from, v);
		else if (strcmp(line, "Rcpt-To") == 0)
			g_ptr_array_add(env->rcpt_to, g_strdup(v));
		else if (strcmp(line, "Client-Addr") == 0)
			take(&env->client_addr, v);
		else if (strcmp(line, "Client-Name") == 0)
			take(&env->client_name, v);
		else if (strcmp(line, "Auth-Authen") == 0)
			take(&env->auth_authen, v);
		else if (strcmp(line, "Queue-Id") == 0)
			take(&env->queue_id, v);
		else if (strcmp(line, "Received-At") == 0)
			take(&env->received_at, v);
		else if (strcmp(line, "Added-Message-Id") == 0)
			take(&env->added_message_id, v);
		else if (strcmp(line, "Reason") == 0)
			take(&env->reason, v);
		else if (strcmp(line, "Missed") == 0)
			take(&env->missed, v);
		/* Unknown keys are skipped: a newer milter may write more than we read. */
	}
	if (!env->mail_from)
		env->mail_from = g_strdup("");
	*message_offset = pos;
	*env_out = g_steal_pointer(&env);
	return TRUE;
}

gboolean
dm_spool_ensure_dirs(const char *root, GError **error)
{
	static const char *subdirs[] = { "", "tmp", "new", "work", "bad" };
	for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
		g_autofree char *dir = g_build_filename(root, subdirs[i], NULL);
		if (g_mkdir_with_parents(dir, 0750) != 0) {
			int e = errno;
			g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "%s: %s", dir,
			            g_strerror(e));
			return FALSE;
		}
	}
	return TRUE;
}
