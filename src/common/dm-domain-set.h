/* dm-domain-set: a set of mail domains read from a file, such as the shared free-mail and
 * provider domains of data/freemail-domains.txt.
 *
 * File format: one domain a line, case-insensitive; "name.*" stands for that name under
 * any suffix ("hotmail.*": hotmail.com, hotmail.co.uk); '#' starts a comment; blank lines
 * are skipped.  A line that is no plausible domain is an error naming the file and line.
 */
#pragma once
#include <glib.h>

typedef struct DmDomainSet DmDomainSet;

/* (transfer full) the set in @path; NULL with @error (G_FILE_ERROR when it cannot be read,
 * G_KEY_FILE_ERROR_INVALID_VALUE for a bad line). */
DmDomainSet *dm_domain_set_load(const char *path, GError **error);
/* (transfer full) a set of the NUL-terminated @lines, in the file's format (for tests). */
DmDomainSet *dm_domain_set_from_lines(const char *const *lines, GError **error);
void dm_domain_set_free(DmDomainSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmDomainSet, dm_domain_set_free)

/* TRUE when @domain (any case) is in @set (nullable: an empty set). */
gboolean dm_domain_set_contains(const DmDomainSet *set, const char *domain);
/* How many entries @set holds. */
guint dm_domain_set_size(const DmDomainSet *set);
