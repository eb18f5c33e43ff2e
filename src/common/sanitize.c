/* sanitize: hostile text made safe for one log line or one header value. */
#include "common/dm-sanitize.h"

#include <string.h>

/* The invisible marks that reorder what follows them (Unicode's bidi controls): in a
 * name or a subject they make "Factuur 2026 \u202Efdp.exe" show as "Factuur 2026 exe.pdf",
 * and an override left open runs on into the rest of a log line or a table row. */
static gboolean
is_bidi_control(gunichar c)
{
	return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
	       (c >= 0x2066 && c <= 0x2069);
}

char *
dm_sanitize(const char *text, gsize max)
{
	if (!text)
		return g_strdup("");
	g_autofree char *valid = g_utf8_make_valid(text, -1);
	GString *out = g_string_sized_new(MIN(strlen(valid), max) + 4);
	for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		gsize clen = (gsize) (g_utf8_next_char(p) - p);
		if (out->len + clen > max) {
			/* Cut on a character boundary; "..." marks that something was dropped. */
			while (out->len + 3 > max && out->len > 0) {
				const char *prev = g_utf8_find_prev_char(out->str, out->str + out->len);
				g_string_truncate(out, prev ? (gsize) (prev - out->str) : 0);
			}
			if (max >= 3)
				g_string_append(out, "...");
			break;
		}
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
		    is_bidi_control(c))
			g_string_append_c(out, '?');
		else
			g_string_append_len(out, p, (gssize) clen);
	}
	return g_string_free(out, FALSE);
}

char *
dm_sanitize_oneline(const char *text, gsize max)
{
	if (!text)
		return g_strdup("");
	GString *folded = g_string_sized_new(MIN(strlen(text), max * 2) + 1);
	gboolean space = FALSE;
	/* Only as much input as can show: a long body is not folded to the end. */
	for (const char *p = text; *p && folded->len < max * 2; p++) {
		if (g_ascii_isspace(*p)) {
			space = folded->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(folded, ' ');
		space = FALSE;
		g_string_append_c(folded, *p);
	}
	char *out = dm_sanitize(folded->str, max);
	g_string_free(folded, TRUE);
	return out;
}
