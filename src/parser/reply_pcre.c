/* reply_pcre: the two PCRE2 calls the reply analysis makes, in one place.
 *
 * Patterns are compiled once by their owners (under g_once) and shared read-only between
 * threads; each match gets its own match data, so matching is thread-safe.  A match that
 * hits PCRE2's limits counts as no match: on hostile input we would rather miss a phrase
 * than spin.  Failure classes: a pattern that does not compile is a programmer error. */
#include "parser/dm-reply-private.h"

/* Backtracking bound per match: ample for our patterns on 16 KB of text. */
#define MATCH_LIMIT 1000000

pcre2_code *
dm_pcre_compile(const char *pattern)
{
	int code = 0;
	PCRE2_SIZE where = 0;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
	                               PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK,
	                               &code, &where, NULL);
	if (re == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof msg);
		g_error("reply pattern does not compile at %zu: %s: %s", (gsize) where,
		        (const char *) msg, pattern);
	}
	/* Without JIT (some architectures) the interpreter gives the same answers. */
	(void) pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

gboolean
dm_pcre_find(const pcre2_code *re, const char *text, gsize len, gsize start, gsize *groups,
             guint n_groups)
{
	if (start > len)
		return FALSE;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, MATCH_LIMIT);
	/* Callers hand us valid UTF-8 (g_utf8_make_valid), so the check is skipped. */
	int rc = pcre2_match(re, (PCRE2_SPTR) text, len, start, PCRE2_NO_UTF_CHECK, md, mc);
	gboolean found = rc > 0;
	if (found) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		guint have = pcre2_get_ovector_count(md);
		for (guint i = 0; i < n_groups; i++) {
			groups[2 * i] = i < have && (int) i < rc ? ov[2 * i] : PCRE2_UNSET;
			groups[2 * i + 1] = i < have && (int) i < rc ? ov[2 * i + 1] : PCRE2_UNSET;
		}
	}
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	return found;
}
