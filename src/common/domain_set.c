/* domain_set: mail domains from a file (dm-domain-set.h). */
#include "common/dm-domain-set.h"

#include <string.h>

struct DmDomainSet {
	GHashTable *exact;          /* "gmail.com" */
	GHashTable *any_suffix;     /* "hotmail" for "hotmail.*" */
};

static DmDomainSet *
set_new(void)
{
	DmDomainSet *set = g_new0(DmDomainSet, 1);
	set->exact = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	set->any_suffix = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	return set;
}

void
dm_domain_set_free(DmDomainSet *set)
{
	if (!set)
		return;
	g_hash_table_unref(set->exact);
	g_hash_table_unref(set->any_suffix);
	g_free(set);
}

/* TRUE when @s is made of labels of letters, digits and '-', separated by single dots. */
static gboolean
plausible_domain(const char *s)
{
	if (!*s || *s == '.' || strlen(s) > 253)
		return FALSE;
	for (const char *p = s; *p; p++)
		if (!(g_ascii_isalnum(*p) || *p == '-' || (*p == '.' && p[1] && p[1] != '.')))
			return FALSE;
	return TRUE;
}

/* Adds one line; FALSE with @error naming @where and @number when it is no domain. */
static gboolean
add_line(DmDomainSet *set, const char *line, const char *where, guint number, GError **error)
{
	g_autofree char *text = g_ascii_strdown(line, strcspn(line, "#"));
	g_strstrip(text);
	if (*text == '\0')
		return TRUE;
	gboolean wildcard = g_str_has_suffix(text, ".*");
	if (wildcard)
		text[strlen(text) - 2] = '\0';
	if (!plausible_domain(text) || (!wildcard && !strchr(text, '.'))) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
		            "%s:%u: '%s' is not a domain (expected e.g. gmail.com or hotmail.*)",
		            where, number, line);
		return FALSE;
	}
	g_hash_table_add(wildcard ? set->any_suffix : set->exact, g_steal_pointer(&text));
	return TRUE;
}

static DmDomainSet *
from_lines(const char *const *lines, const char *where, GError **error)
{
	g_autoptr(DmDomainSet) set = set_new();
	for (guint i = 0; lines[i]; i++)
		if (!add_line(set, lines[i], where, i + 1, error))
			return NULL;
	return g_steal_pointer(&set);
}

DmDomainSet *
dm_domain_set_from_lines(const char *const *lines, GError **error)
{
	return from_lines(lines, "(lines)", error);
}

DmDomainSet *
dm_domain_set_load(const char *path, GError **error)
{
	g_autofree char *data = NULL;
	if (!g_file_get_contents(path, &data, NULL, error))
		return NULL;
	g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
	return from_lines((const char *const *) lines, path, error);
}

gboolean
dm_domain_set_contains(const DmDomainSet *set, const char *domain)
{
	if (!set || !domain)
		return FALSE;
	g_autofree char *d = g_ascii_strdown(domain, -1);
	if (g_hash_table_contains(set->exact, d))
		return TRUE;
	/* "hotmail.*": the first label, under any suffix. */
	char *dot = strchr(d, '.');
	if (!dot || dot[1] == '\0')
		return FALSE;
	*dot = '\0';
	return g_hash_table_contains(set->any_suffix, d);
}

guint
dm_domain_set_size(const DmDomainSet *set)
{
	return set ? g_hash_table_size(set->exact) + g_hash_table_size(set->any_suffix) : 0;
}
