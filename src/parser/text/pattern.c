/* pattern: compile-once PCRE2 patterns for src/parser (see dm-pattern.h).
 *
 * Every pattern is compiled with UTF and UCP (so \w and case folding know é and ü), then
 * JIT-compiled when the platform supports it.  A pattern that calls (?&dm_month) or
 * (?&dm_weekday) gets those groups defined from the language table (dm-language.h), so the
 * month and day names a pattern finds are the ones the date reader reads.  Matching runs under a match limit so that
 * catastrophic backtracking on hostile text ends as "no match" instead of a hang; each
 * match has its own match data, so a compiled pattern is shared between threads freely.
 * Failures: a pattern that does not compile is a programmer error (g_error). */
#include "parser/text/dm-pattern.h"
#include "common/dm-language.h"
#include "common/dm-valgrind.h"

#include <string.h>

/* Backtracking bound per match: ample for our patterns on the texts they see (a reply
 * is cut at 16 KB, an invoice text is bounded by its extractor). */
#define DM_MATCH_LIMIT 2000000

static pcre2_match_context *
match_context(void)
{
	static gsize once;
	static pcre2_match_context *ctx;
	if (g_once_init_enter(&once)) {
		pcre2_match_context *c = pcre2_match_context_create(NULL);
		pcre2_set_match_limit(c, DM_MATCH_LIMIT);
		pcre2_set_depth_limit(c, 10000);
		ctx = c;
		g_once_init_leave(&once, 1);
	}
	return ctx;
}

static void
match_data_free(gpointer md)
{
	pcre2_match_data_free(md);
}

/* (transfer none) this thread's match data, made once: a reply tries some fifty rules on
 * each of its sentences, and a match data allocated and freed per try was a good part of
 * the cost of trying them.  Each match copies its offsets out before returning, so one
 * per thread suffices. */
static pcre2_match_data *
thread_match_data(void)
{
	static GPrivate key = G_PRIVATE_INIT(match_data_free);
	pcre2_match_data *md = g_private_get(&key);
	if (!md) {
		md = pcre2_match_data_create(DM_PATTERN_MAX_GROUPS, NULL);
		g_private_set(&key, md);
	}
	return md;
}

/* (transfer full) @source with the language groups it calls appended as definitions
 * (at the end, so the numbers of its own groups do not change). */
static char *
with_language_groups(const char *source)
{
	gboolean months = strstr(source, "(?&" DM_PATTERN_MONTH ")") != NULL;
	gboolean days = strstr(source, "(?&" DM_PATTERN_WEEKDAY ")") != NULL;
	if (!months && !days)
		return g_strdup(source);
	return g_strconcat(source, "(?(DEFINE)",
			   months ? "(?<" DM_PATTERN_MONTH ">" : "",
			   months ? dm_language_alternation(TRUE) : "", months ? ")" : "",
			   days ? "(?<" DM_PATTERN_WEEKDAY ">" : "",
			   days ? dm_language_alternation(FALSE) : "", days ? ")" : "",
			   ")", NULL);
}

static pcre2_code *
compiled(DmPattern *p)
{
	if (g_once_init_enter(&p->once)) {
		int err = 0;
		PCRE2_SIZE erroff = 0;
		g_autofree char *source = with_language_groups(p->source);
		pcre2_code *code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
						 p->flags | PCRE2_UTF | PCRE2_UCP, &err, &erroff,
						 NULL);
		if (!code) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(err, msg, sizeof msg);
			g_error("pattern does not compile at offset %zu: %s: %s", (size_t)erroff,
				(const char *)msg, source);
		}
		/* JIT is an optimisation only; without it the interpreter gives the same answers
		 * (and valgrind can follow them: dm-valgrind.h). */
		if (!dm_under_valgrind())
			(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
		p->code = code;
		g_once_init_leave(&p->once, 1);
	}
	return p->code;
}

void
dm_pattern_init(DmPattern *pattern, const char *source, guint32 flags)
{
	g_return_if_fail(pattern != NULL && source != NULL);
	*pattern = (DmPattern)DM_PATTERN(source, flags);
}

static void
context_free(gpointer ctx)
{
	pcre2_match_context_free(ctx);
}

/* (transfer none) this thread's copy of match_context(), whose offset limit each
 * dm_pattern_match_starting_within sets for its own call. */
static pcre2_match_context *
thread_limited_context(void)
{
	static GPrivate key = G_PRIVATE_INIT(context_free);
	pcre2_match_context *ctx = g_private_get(&key);
	if (!ctx) {
		ctx = pcre2_match_context_copy(match_context());
		g_private_set(&key, ctx);
	}
	return ctx;
}

static gboolean
match_in(DmPattern *pattern, const char *subject, gsize len, gsize offset,
	 pcre2_match_context *ctx, DmMatch *m)
{
	m->subject = subject;
	m->count = 0;
	if (offset > len)
		return FALSE;
	pcre2_code *code = compiled(pattern);
	pcre2_match_data *md = thread_match_data();
	/* The callers' text is valid UTF-8 (made so where it entered), hence NO_UTF_CHECK:
	 * checking the whole subject at every call would make scans quadratic. */
	int rc = pcre2_match(code, (PCRE2_SPTR)(subject ? subject : ""), len, offset,
			     PCRE2_NO_UTF_CHECK, md, ctx);
	if (rc < 0)
		return FALSE;
	/* 0: a match with more groups than the match data holds; the first ones are set. */
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	m->count = rc == 0 ? DM_PATTERN_MAX_GROUPS : MIN(rc, DM_PATTERN_MAX_GROUPS);
	for (int i = 0; i < DM_PATTERN_MAX_GROUPS; i++) {
		if (i < m->count && ov[2 * i] != PCRE2_UNSET) {
			m->start[i] = ov[2 * i];
			m->end[i] = ov[2 * i + 1];
		} else {
			m->start[i] = m->end[i] = G_MAXSIZE;
		}
	}
	return TRUE;
}

gboolean
dm_pattern_match(DmPattern *pattern, const char *subject, gsize len, gsize offset, DmMatch *m)
{
	g_return_val_if_fail(pattern != NULL && m != NULL, FALSE);
	g_return_val_if_fail(subject != NULL || len == 0, FALSE);
	return match_in(pattern, subject, len, offset, match_context(), m);
}

gboolean
dm_pattern_match_starting_within(DmPattern *pattern, const char *subject, gsize len,
				 gsize offset, gsize last_start, DmMatch *m)
{
	g_return_val_if_fail(pattern != NULL && m != NULL, FALSE);
	g_return_val_if_fail(subject != NULL || len == 0, FALSE);
	g_return_val_if_fail(pattern->flags & PCRE2_USE_OFFSET_LIMIT, FALSE);
	pcre2_match_context *ctx = thread_limited_context();
	pcre2_set_offset_limit(ctx, last_start);
	return match_in(pattern, subject, len, offset, ctx, m);
}

gboolean
dm_pattern_starts_lines(DmPattern *pattern)
{
	g_return_val_if_fail(pattern != NULL, FALSE);
	uint32_t first = 0;
	/* 2: "the pattern matches only at the start of a subject or after a newline". */
	return pcre2_pattern_info(compiled(pattern), PCRE2_INFO_FIRSTCODETYPE, &first) == 0 &&
	       first == 2;
}

gsize
dm_match_next(const DmMatch *m, gsize len)
{
	g_return_val_if_fail(m != NULL && m->count > 0, len + 1);
	if (m->end[0] > m->start[0])
		return m->end[0];
	/* An empty match: step over one whole character, never into the middle of one. */
	if (m->start[0] >= len)
		return len + 1;
	return (gsize)(g_utf8_next_char(m->subject + m->start[0]) - m->subject);
}

gboolean
dm_match_has(const DmMatch *m, int group)
{
	return m && group >= 0 && group < m->count && m->start[group] != G_MAXSIZE &&
	       m->end[group] >= m->start[group];
}

char *
dm_match_group(const DmMatch *m, int group)
{
	if (!dm_match_has(m, group))
		return NULL;
	return g_strndup(m->subject + m->start[group], m->end[group] - m->start[group]);
}

gboolean
dm_pattern_found(DmPattern *pattern, const char *line)
{
	DmMatch m;
	return line && dm_pattern_match(pattern, line, strlen(line), 0, &m);
}

gsize
dm_pattern_whole_chars(const char *s, gsize n)
{
	g_return_val_if_fail(s != NULL, 0);
	while (n > 0 && s[n] != '\0' && ((guchar) s[n] & 0xC0) == 0x80)
		n--;
	return n;
}
