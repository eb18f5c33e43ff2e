/* test-common-sanitize: hostile text made safe for one log line or header — control
 * characters and bidirectional controls replaced, invalid UTF-8 repaired, markup escaped for HTML, long text cut on a character boundary. */
#include <string.h>

#include "common/dm-sanitize.h"

typedef struct {
	const char *name;
	const char *text;
	gsize max;
	const char *expect;
} Case;

static const Case cases[] = {
	{ "plain", "hello world", 100, "hello world" },
	{ "null", NULL, 100, "" },
	{ "empty", "", 100, "" },
	{ "crlf-injection", "a@b.example\r\nBcc: victim@c.example", 100,
	  "a@b.example??Bcc: victim@c.example" },
	{ "bare-lf", "line1\nline2", 100, "line1?line2" },
	{ "tab", "tab\there", 100, "tab?here" },
	{ "del", "x\x7fy", 100, "x?y" },
	{ "c1-control", "x\xc2\x85y", 100, "x?y" },                 /* U+0085 NEXT LINE */
	{ "line-separator", "x\xe2\x80\xa8y", 100, "x?y" },          /* U+2028 */
	{ "paragraph-separator", "x\xe2\x80\xa9y", 100, "x?y" },     /* U+2029 */
	/* Bidi controls turn what follows around ("1234" shown as another number). */
	{ "bidi-lre", "x\xe2\x80\xaay", 100, "x?y" },                /* U+202A */
	{ "bidi-rlo", "x\xe2\x80\xaey", 100, "x?y" },                /* U+202E */
	{ "bidi-lri", "x\xe2\x81\xa6y", 100, "x?y" },                /* U+2066 */
	{ "bidi-pdi", "x\xe2\x81\xa9y", 100, "x?y" },                /* U+2069 */
	{ "bidi-rlm", "x\xe2\x80\x8fy", 100, "x?y" },                /* U+200F */
	{ "not-bidi", "x\xe2\x80\x94y", 100, "x\xe2\x80\x94y" },    /* U+2014, a dash */
	{ "arabic-kept", "\xd9\x81\xd8\xa7\xd8\xaa\xd9\x88\xd8\xb1\xd8\xa9", 100,
	  "\xd9\x81\xd8\xa7\xd8\xaa\xd9\x88\xd8\xb1\xd8\xa9" },
	{ "utf8-kept", "caf\xc3\xa9 \xe2\x82\xac 5", 100, "caf\xc3\xa9 \xe2\x82\xac 5" },
	{ "invalid-utf8", "caf\xe9!", 100, "caf\xef\xbf\xbd!" },      /* U+FFFD */
	{ "truncated-sequence", "ab\xe2\x82", 100, "ab\xef\xbf\xbd\xef\xbf\xbd" },
	{ "fits-exactly", "abcdefgh", 8, "abcdefgh" },
	{ "cut-ascii", "abcdefghij", 8, "abcde..." },
	{ "cut-on-char-boundary", "h\xc3\xa9llo w\xc3\xb6rld", 6, "h\xc3\xa9..." },
	{ "cut-two-byte-chars", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 5, "\xc3\xa9..." },
	{ "cut-euro-signs", "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac", 7, "\xe2\x82\xac..." },
	{ "max-below-ellipsis", "abcdef", 2, "" },
	{ "max-zero", "abc", 0, "" },
	{ "control-then-cut", "\r\n\r\n\r\n\r\n", 5, "??..." },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *got = dm_sanitize(c->text, c->max);
	g_assert_cmpstr(got, ==, c->expect);
	/* Whatever the input: valid UTF-8, within @max, no control character left. */
	g_assert_true(g_utf8_validate(got, -1, NULL));
	g_assert_cmpuint(strlen(got), <=, c->max);
	for (const char *p = got; *p; p++)
		g_assert_cmpint((guchar) *p, >=, 0x20);
}

/* Every prefix of a hostile mix, at every max: the invariants hold. */
static void
test_invariants(void)
{
	static const char mix[] = "a\r\n\xc3\xa9\xff\xe2\x82\xac\x01\xe2\x80\xa8zz\xc2\x85\xf0\x9f\x92\xb6!";
	for (gsize len = 0; len <= sizeof mix - 1; len++) {
		g_autofree char *text = g_strndup(mix, len);
		for (gsize max = 0; max < 40; max++) {
			g_autofree char *got = dm_sanitize(text, max);
			g_assert_true(g_utf8_validate(got, -1, NULL));
			g_assert_cmpuint(strlen(got), <=, max);
			g_assert_null(strpbrk(got, "\r\n\x01"));
		}
	}
}

/* What a debtor writes shows in the digest's HTML as text: markup escaped, one line,
 * bidirectional controls neutralised. */
static void
test_html(void)
{
	static const struct { const char *text, *expect; } html[] = {
		{ "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;" },
		{ "<img src=x onerror=\"alert('x')\">",
		  "&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt;" },
		{ "Tom & Jerry\r\nBcc: x", "Tom &amp; Jerry Bcc: x" },
		{ "a\xe2\x80\xa8" "b\xe2\x80\xae" "c", "a?b?c" },
		{ NULL, "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(html); i++) {
		g_autofree char *got = dm_sanitize_html(html[i].text, 200);
		g_assert_cmpstr(got, ==, html[i].expect);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/sanitize/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_case);
	}
	g_test_add_func("/sanitize/invariants", test_invariants);
	g_test_add_func("/sanitize/html", test_html);
	return g_test_run();
}
