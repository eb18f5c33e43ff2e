/* dm-pattern: PCRE2 patterns that are compiled once (JIT where available) and matched
 * against UTF-8 text, for the invoice extractors.  Private to src/parser.
 *
 * A pattern is a static DmPattern initialised with DM_PATTERN(source, flags); it is
 * compiled on first use, thread-safely.  A pattern that does not compile is a programmer
 * error (g_error): the sources are constants in our code. */
#pragma once
#include <glib.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define DM_PATTERN_MAX_GROUPS 10

typedef struct {
	const char *source;
	guint32 flags;          /* PCRE2 compile options, added to UTF | UCP */
	gsize once;
	pcre2_code *code;
} DmPattern;

#define DM_PATTERN(src, fl) { (src), (fl), 0, NULL }

typedef struct {
	const char *subject;                    /* (transfer none) */
	int count;                              /* groups set, 0 when no match */
	gsize start[DM_PATTERN_MAX_GROUPS];     /* byte offsets; G_MAXSIZE when unset */
	gsize end[DM_PATTERN_MAX_GROUPS];
} DmMatch;

/* Finds @pattern in @subject (valid UTF-8, @len bytes) at or after byte @offset.
 * TRUE and @m filled on a match; FALSE on no match or when the match limit is hit
 * (hostile text cannot make a pattern run away). */
gboolean dm_pattern_match(DmPattern *pattern, const char *subject, gsize len, gsize offset,
			  DmMatch *m);

/* (transfer full) group @group of @m, or NULL when it did not take part. */
char *dm_match_group(const DmMatch *m, int group);
/* TRUE when group @group took part in the match. */
gboolean dm_match_has(const DmMatch *m, int group);
