/* test-sentence: the bounds of the sentence around a match (dm-sentence.h): a full stop
 * before a blank, '!', '?' and a line break end a sentence; a point inside a number or a
 * code ("F2026.123", "1.386,00") does not. */
#include "parser/text/dm-sentence.h"

#include <string.h>

static const struct {
	const char *text, *word, *sentence;
} cases[] = {
	{ "Dank je. Hierbij de factuur F2026.123 van 1.386,00 euro. Groet", "factuur",
	  "Hierbij de factuur F2026.123 van 1.386,00 euro" },
	{ "Is it paid? The invoice is attached!", "invoice", "The invoice is attached" },
	{ "line one\nthe invoice\nline three", "invoice", "the invoice" },
	{ "invoice", "invoice", "invoice" },
};

static void
test_bounds(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *t = cases[i].text;
		gsize at = (gsize) (strstr(t, cases[i].word) - t), from = 0, to = 0;
		dm_sentence_around(t, strlen(t), at, at + strlen(cases[i].word), &from, &to);
		g_autofree char *got = g_strstrip(g_strndup(t + from, to - from));
		g_assert_cmpstr(got, ==, cases[i].sentence);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/sentence/bounds", test_bounds);
	return g_test_run();
}
