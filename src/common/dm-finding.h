/* dm-finding: what a configuration check found — one line each, for `dunmail
 * check-config` and for the checks the programs make at start.
 *
 * A finding is an error (the program would not work: check-config exits 78, a program
 * refuses to start) or a warning (it works, but not as the administrator meant).  Each
 * names where (FILE:LINE, "[section] key" or a path), what is wrong, and what to do.
 */
#pragma once
#include <glib.h>

typedef enum { DM_FINDING_WARNING, DM_FINDING_ERROR } DmFindingLevel;

typedef struct {
	DmFindingLevel level;
	char *where;
	char *what;
	char *todo;     /* what to do about it */
} DmFinding;

/* (transfer full) an empty list of DmFinding*. */
GPtrArray *dm_findings_new(void);
/* Appends a finding; @what is a printf format. */
void dm_finding_add(GPtrArray *findings, DmFindingLevel level, const char *where,
                    const char *todo, const char *what, ...) G_GNUC_PRINTF(5, 6);
/* (transfer full) "error: WHERE: WHAT; TODO". */
char *dm_finding_format(const DmFinding *finding);
/* How many of @findings are errors. */
guint dm_findings_errors(const GPtrArray *findings);
/* For a program's start: logs each warning (g_warning) and each error (g_critical is for
 * bugs, so errors are returned): (transfer full) the errors as one text, a line each, or
 * NULL when there is none. */
char *dm_findings_log(const GPtrArray *findings);
