/* dm-pattern: PCRE2 patterns that are compiled once (JIT where available) and matched
 * against UTF-8 text; the one regular-expression layer of src/parser (the invoice
 * extractors and the reply analysis).  Private to src/parser.
 *
 * A pattern whose source is a constant is a static DmPattern initialised with
 * DM_PATTERN(source, flags); a pattern from a table read at run time is set up with
 * dm_pattern_init().  Either way it is compiled on first use, thread-safely, and shared
 * read-only afterwards.  A pattern that does not compile is a programmer error (g_error):
 * the sources are constants in our code. */
#pragma once
#include <glib.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Named groups a pattern may call as (?&dm_month) and (?&dm_weekday): any month name or
 * full day name of the language table (common/dm-language.h), defined when it compiles. */
#define DM_PATTERN_MONTH "dm_month"
#define DM_PATTERN_WEEKDAY "dm_weekday"

/* Whole match plus up to 9 capturing groups; groups beyond that read as unset. */
#define DM_PATTERN_MAX_GROUPS 10

typedef struct {
	const char *source;     /* (transfer none) */
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

/* Sets up @pattern as DM_PATTERN(@source, @flags) would, for patterns built at run time
 * (a rule table).  @source (transfer none) must outlive @pattern.  Call it before the
 * pattern is shared between threads; the pattern is never freed (like a static one). */
void dm_pattern_init(DmPattern *pattern, const char *source, guint32 flags);

/* Finds @pattern in @subject (valid UTF-8, @len bytes) at or after byte @offset.
 * TRUE and @m filled on a match; FALSE on no match or when the match limit is hit
 * (hostile text cannot make a pattern run away). */
gboolean dm_pattern_match(DmPattern *pattern, const char *subject, gsize len, gsize offset,
			  DmMatch *m);

/* Whether @pattern matches anywhere in the NUL-terminated @line (dm_pattern_match over
 * all of it, the match itself not wanted).  @line is nullable: NULL holds no match (a
 * header or a part that is absent). */
gboolean dm_pattern_found(DmPattern *pattern, const char *line);

/* dm_pattern_match, but only a match that starts at a byte in [@offset, @last_start]:
 * the search gives up there (PCRE2's offset limit; lookbehinds still see the text
 * before @offset).  Finds what dm_pattern_match from @offset finds when that starts by
 * @last_start.  @pattern must have PCRE2_USE_OFFSET_LIMIT among its flags. */
gboolean dm_pattern_match_starting_within(DmPattern *pattern, const char *subject, gsize len,
					  gsize offset, gsize last_start, DmMatch *m);

/* TRUE when every match of @pattern starts a line (each of its alternatives opens with
 * ^ under PCRE2_MULTILINE, so that PCRE2 tries it at line starts only). */
gboolean dm_pattern_starts_lines(DmPattern *pattern);

/* The offset to look for the match after @m from (in the same subject of @len bytes):
 * the end of @m, or for an empty match the next whole character, so that a loop
 *   for (off = 0; dm_pattern_match(p, s, len, off, &m); off = dm_match_next(&m, len))
 * always moves on.  Past @len when the subject is used up (dm_pattern_match then says
 * FALSE). */
gsize dm_match_next(const DmMatch *m, gsize len);

/* (transfer full) group @group of @m, or NULL when it did not take part. */
char *dm_match_group(const DmMatch *m, int group);
/* TRUE when group @group took part in the match. */
gboolean dm_match_has(const DmMatch *m, int group);

/* @n, or less, so that the first @n bytes of @s (NUL-terminated) end on a whole UTF-8
 * character: a window cut for a pattern, which runs without a UTF check, must never end
 * inside one. */
gsize dm_pattern_whole_chars(const char *s, gsize n);
