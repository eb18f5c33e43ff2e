/* config_check: the configuration checks that need nothing but the file system
 * (dm-config-check.h). */
#include "common/dm-config-check.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>

gboolean
dm_config_find_duplicates(const char *path, GPtrArray *findings, GError **error)
{
	g_autofree char *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, error))
		return FALSE;
	/* "group\nkey" -> first line; GKeyFile merges a group given twice, so keys are
	 * counted per group name, not per [header]. */
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	g_autofree char *group = g_strdup("");
	for (int n = 0; lines[n]; n++) {
		char *line = g_strstrip(lines[n]);
		if (*line == '\0' || *line == '#')
			continue;
		if (*line == '[') {
			char *end = strchr(line, ']');
			g_free(group);
			group = g_strndup(line + 1, end ? (gsize) (end - line - 1) : strlen(line + 1));
			continue;
		}
		char *eq = strchr(line, '=');
		if (!eq)
			continue;           /* GKeyFile reports it when the file is loaded */
		*eq = '\0';
		g_autofree char *id = g_strdup_printf("%s\n%s", group, g_strstrip(line));
		gpointer first = g_hash_table_lookup(seen, id);
		if (first) {
			g_autofree char *where = g_strdup_printf("%s:%d", path, n + 1);
			dm_finding_add(findings, DM_FINDING_ERROR, where,
			               "keep one (dunmail would silently use the last)",
			               "[%s] %s given twice (first at line %d)", group, g_strstrip(line),
			               GPOINTER_TO_INT(first));
			continue;
		}
		g_hash_table_insert(seen, g_steal_pointer(&id), GINT_TO_POINTER(n + 1));
	}
	return TRUE;
}

static const char *
sample_in(const char *value)
{
	static const char *const samples[] = { DM_CONFIG_SAMPLE_DOMAINS };
	for (gsize i = 0; value && i < G_N_ELEMENTS(samples); i++)
		if (strstr(value, samples[i]))
			return samples[i];
	return NULL;
}

static void
sample_finding(GPtrArray *findings, const char *key, const char *value)
{
	const char *sample = sample_in(value);
	if (sample)
		dm_finding_add(findings, DM_FINDING_WARNING, key,
		               "replace the sample value with your own",
		               "'%s' is the sample configuration's %s", value, sample);
}

void
dm_config_check_samples(const DmConfig *c, GPtrArray *findings)
{
	for (char **b = c->billing_addresses; b && *b; b++)
		sample_finding(findings, "[mail] billing_addresses", *b);
	sample_finding(findings, "[mail] owner", c->owner_address);
	sample_finding(findings, "[mail] authserv_id", c->authserv_id);
	sample_finding(findings, "[mail] smtp_url", c->smtp_url);
}

/* Owner and mode of one path: @dir says whether it must be a directory. */
static void
check_path(const char *path, gboolean dir, const struct passwd *owner, GPtrArray *findings)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		dm_finding_add(findings, DM_FINDING_ERROR, path,
		               dir ? "create it (the Debian package and `make install` do)" : NULL,
		               "%s", g_strerror(errno));
		return;
	}
	if (dir && !S_ISDIR(st.st_mode)) {
		dm_finding_add(findings, DM_FINDING_ERROR, path, "make it a directory",
		               "not a directory");
		return;
	}
	if (owner && st.st_uid != owner->pw_uid)
		dm_finding_add(findings, DM_FINDING_WARNING, path,
		               NULL, "owned by uid %u, not by %s ([milter] user): run chown %s %s",
		               (unsigned) st.st_uid, owner->pw_name, owner->pw_name, path);
	if (st.st_mode & 0007)
		dm_finding_add(findings, DM_FINDING_WARNING, path, NULL,
		               "mode %04o lets every user on the machine read it (debtors' mail and "
		               "amounts): run chmod o-rwx %s", (unsigned) (st.st_mode & 07777), path);
}

/* The milter's fallback for records of billing mail it could not spool: made by the
 * milter when missing, but a sandboxed unit may write only where it exists at start. */
static void
check_missed_fallback(const DmConfig *c, const struct passwd *owner, GPtrArray *findings)
{
	g_autofree char *fallback = dm_config_missed_fallback(c);
	if (fallback == NULL)
		return;
	if (g_file_test(fallback, G_FILE_TEST_EXISTS)) {
		check_path(fallback, TRUE, owner, findings);
		return;
	}
	dm_finding_add(findings, DM_FINDING_WARNING, "[spool] missed_fallback",
	               "create it, owned by the milter's user (the Debian package and "
	               "contrib/tmpfiles do)",
	               "%s does not exist: dunmail-milter makes it at start where it may, but "
	               "under its systemd unit it can write there only when it exists; until "
	               "then a record of billing mail the spool cannot take waits in memory, "
	               "and a restart loses it", fallback);
}

void
dm_config_check_dirs(const DmConfig *c, GPtrArray *findings)
{
	struct passwd pw, *owner = NULL;
	char buf[4096];
	if (c->milter_user && (getpwnam_r(c->milter_user, &pw, buf, sizeof buf, &owner) != 0 ||
	                       !owner)) {
		dm_finding_add(findings, DM_FINDING_ERROR, "[milter] user",
		               "create the user (the Debian package creates dunmail) or change the key",
		               "no user '%s' on this machine", c->milter_user);
		owner = NULL;
	}
	check_path(c->spool_dir, TRUE, owner, findings);
	static const char *const subdirs[] = { "tmp", "new", "work", "bad" };
	for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
		g_autofree char *sub = g_build_filename(c->spool_dir, subdirs[i], NULL);
		if (g_file_test(sub, G_FILE_TEST_EXISTS))
			check_path(sub, TRUE, owner, findings);
	}
	const char *db = g_str_has_prefix(c->database, "sqlite:") ? c->database + strlen("sqlite:")
	                                                         : c->database;
	if (strchr(db, ':') && !g_path_is_absolute(db))
		return;                 /* another backend's URL: nothing on disk to look at */
	g_autofree char *dbdir = g_path_get_dirname(db);
	check_path(dbdir, TRUE, owner, findings);
	if (g_file_test(db, G_FILE_TEST_EXISTS))
		check_path(db, FALSE, owner, findings);
	check_missed_fallback(c, owner, findings);
	struct stat st;
	if (c->path && c->smtp_password && stat(c->path, &st) == 0 && (st.st_mode & 0004))
		dm_finding_add(findings, DM_FINDING_WARNING, c->path, NULL,
		               "holds [mail] smtp_password and every user may read it: "
		               "run chmod 640 %s", c->path);
}

/* TRUE when the account (@uid, @groups) may search directory @st. */
static gboolean
may_search(const struct stat *st, uid_t uid, const gid_t *groups, int ngroups)
{
	if (uid == 0)
		return TRUE;
	if (st->st_uid == uid)
		return (st->st_mode & S_IXUSR) != 0;
	for (int i = 0; i < ngroups; i++)
		if (groups[i] == st->st_gid)
			return (st->st_mode & S_IXGRP) != 0;
	return (st->st_mode & S_IXOTH) != 0;
}

static gboolean
in_groups(gid_t gid, const gid_t *groups, int ngroups)
{
	for (int i = 0; i < ngroups; i++)
		if (groups[i] == gid)
			return TRUE;
	return FALSE;
}

void
dm_config_check_socket(const DmConfig *c, const char *mta_user, GPtrArray *findings)
{
	const char *conn = c->milter_socket;
	const char *path = g_str_has_prefix(conn, "unix:") ? conn + 5
	                 : g_str_has_prefix(conn, "local:") ? conn + 6
	                 : strchr(conn, ':') ? NULL : conn;
	if (!path)
		return;
	g_autofree char *dir = g_path_get_dirname(path);
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		dm_finding_add(findings, DM_FINDING_ERROR, "[milter] socket",
		               "create it, group of the MTA, mode 0750 (the Debian package's "
		               "tmpfiles.d entry does)", "the socket's directory %s does not exist", dir);
		return;
	}
	struct passwd pw, *mta = NULL;
	char buf[4096];
	if (getpwnam_r(mta_user, &pw, buf, sizeof buf, &mta) != 0 || !mta) {
		dm_finding_add(findings, DM_FINDING_WARNING, "[milter] socket",
		               "check by hand that the MTA can reach the socket",
		               "no user '%s' on this machine (not Postfix?)", mta_user);
		return;
	}
	gid_t groups[256];
	int ngroups = G_N_ELEMENTS(groups);
	if (getgrouplist(mta->pw_name, mta->pw_gid, groups, &ngroups) < 0)
		ngroups = G_N_ELEMENTS(groups);
	/* Every directory from the root down to the socket's must let the MTA through. */
	g_autofree char *walk = g_strdup(dir);
	for (;;) {
		struct stat st;
		if (stat(walk, &st) == 0 && !may_search(&st, mta->pw_uid, groups, ngroups)) {
			dm_finding_add(findings, DM_FINDING_ERROR, "[milter] socket",
			               "give the MTA's group search permission (chgrp and chmod g+x), "
			               "or move the socket",
			               "user %s cannot reach %s: directory %s (mode %04o) stops it",
			               mta_user, path, walk, (unsigned) (st.st_mode & 07777));
			return;
		}
		if (strcmp(walk, "/") == 0 || strcmp(walk, ".") == 0)
			break;
		char *parent = g_path_get_dirname(walk);
		g_free(walk);
		walk = parent;
	}
	/* The socket is 0660: the MTA connects through its group. */
	gid_t sock_gid = (gid_t) -1;
	const char *group_name = c->milter_socket_group;
	struct group gr, *g = NULL;
	char gbuf[4096];
	if (group_name) {
		if (getgrnam_r(group_name, &gr, gbuf, sizeof gbuf, &g) != 0 || !g) {
			dm_finding_add(findings, DM_FINDING_ERROR, "[milter] socket_group", NULL,
			               "no group '%s' on this machine", group_name);
			return;
		}
		sock_gid = g->gr_gid;
	} else if (c->milter_user) {
		struct passwd upw, *u = NULL;
		char ubuf[4096];
		if (getpwnam_r(c->milter_user, &upw, ubuf, sizeof ubuf, &u) == 0 && u)
			sock_gid = u->pw_gid;
	}
	if (sock_gid != (gid_t) -1 && mta->pw_uid != 0 && !in_groups(sock_gid, groups, ngroups))
		dm_finding_add(findings, DM_FINDING_ERROR,
		               group_name ? "[milter] socket_group" : "[milter] user",
		               "set [milter] socket_group to a group of the MTA (postfix)",
		               "user %s is not in the socket's group (gid %u), so it cannot connect "
		               "to the 0660 socket", mta_user, (unsigned) sock_gid);
}
