/* test-reply-prefilter: the rule pre-filter (classify_rules.c's word lists) only skips
 * rules that cannot match.
 *
 * /reply/prefilter/corpus: on every text of the training corpus (the whole body as
 *   typed, quotes and signatures too, and the new text of inline replies), the rule hits
 *   with the pre-filter are the hits of every rule tried on every sentence.
 * /reply/prefilter/case: capitals, the Kelvin sign and the long s (which caseless
 *   matching folds) still reach the rules.
 * /reply/prefilter/folded: rules whose words only case folding brings to the pre-filter
 *   (the Kelvin sign, the long s, capitals) still hit.
 * /reply/prefilter/refusals: a refusal in each negation of the refusal rules' second
 *   list still reaches them.
 * /reply/prefilter/edges: each listed word alone, capitalised at a sentence's start, at its
 *   end, glued to punctuation, and each two-list rule's words side by side: the index by
 *   the first two bytes (a word starting "ü", "%", "?") and each rule's range of the
 *   word set miss none (review32b).
 * /reply/prefilter/lists: every rule has a list, every listed rule exists, and its words
 *   are lower case. */
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-rules.h"
#include "dunning/learn/dm-learn.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CORPUS_DIR "corpus/replies"

static void
assert_same_hits(const char *text)
{
	g_autoptr(GPtrArray) fast = g_ptr_array_new();
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	dm_reply_rule_hits(text, fast);
	dm_reply_rule_hits_unfiltered(text, all);
	gboolean same = fast->len == all->len;
	for (guint i = 0; same && i < fast->len; i++)
		same = strcmp(fast->pdata[i], all->pdata[i]) == 0;
	if (!same) {
		g_autoptr(GString) a = g_string_new(NULL), b = g_string_new(NULL);
		for (guint i = 0; i < fast->len; i++)
			g_string_append_printf(a, " %s", (char *) fast->pdata[i]);
		for (guint i = 0; i < all->len; i++)
			g_string_append_printf(b, " %s", (char *) all->pdata[i]);
		g_error("pre-filter changed the hits of \"%s\":\n  with:   %s\n  without:%s", text,
		        a->str, b->str);
	}
}

static void
test_corpus(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) files = dm_learn_corpus_files(CORPUS_DIR, "train-", &error);
	g_assert_no_error(error);
	guint n = 0;
	for (guint f = 0; f < files->len; f++) {
		const char *path = g_ptr_array_index(files, f);
		g_autofree char *data = NULL;
		if (!g_file_get_contents(path, &data, NULL, &error))
			g_error("%s: %s", path, error->message);
		g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
		for (guint i = 0; lines[i]; i++) {
			if (!lines[i][0])
				continue;
			g_autoptr(JsonParser) parser = json_parser_new();
			if (!json_parser_load_from_data(parser, lines[i], -1, &error))
				g_error("%s:%u: %s", path, i + 1, error->message);
			JsonObject *o = json_node_get_object(json_parser_get_root(parser));
			assert_same_hits(json_object_get_string_member(o, "text"));
			const char *new_text = json_object_get_string_member_with_default(o, "new_text",
			                                                                  NULL);
			if (new_text)
				assert_same_hits(new_text);
			n++;
		}
	}
	g_assert_cmpuint(n, >=, 2000);
}

static void
test_case(void)
{
	static const char *const texts[] = {
		"WIJ BETALEN DEZE FACTUUR NIET.", "We have ALREADY PAID.", "I REFUSE TO PAY",
		"Payment will be \xC5\xBF" "ettled tomorrow, it was \xC5\xBF" "ettled?", /* long s */
		"Can we pay in 3 instalments? 3 \xC3\x97 \xE2\x82\xAC 100 per maand",
		"\xE2\x84\xAA" "an ik in termijnen betalen?",                       /* Kelvin sign */
		"Not yet paid. Wordt NIET betaald.", "",
		/* Every rule has a list now: capitals and the folded letters in their words. */
		"DIE FACTUUR KLOPT NIET! WAAROM? WE'LL PAY ON FRIDAY. IK BETAAL MORGEN.",
		"Could you \xC5\xBF" "end a COPY OF THE INVOICE", "Het pakket is \xE2\x84\xAA" "apot.",
		"Wh\xC3\x84T? HOW MUCH? Ich habe eine Frage", "3X \xE2\x82\xAC 50, REST LATER",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(texts); i++)
		assert_same_hits(texts[i]);
}

/* Rules whose words come to the pre-filter only by case folding still hit. */
static void
test_folded_hits(void)
{
	static const struct {
		const char *text, *rule;
	} cases[] = {
		{ "Het pakket is \xE2\x84\xAA" "apot.", "dispute_complaint" },        /* Kelvin */
		{ "Could you \xC5\xBF" "end a COPY OF THE INVOICE", "question_en" },   /* long s */
		{ "DIE FACTUUR KLOPT NIET!", "dispute_klopt_niet" },
		{ "WE'LL PAY ON FRIDAY.", "promise_en" },
		{ "WHAT IS THIS FOR", "question_opening" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GPtrArray) hits = g_ptr_array_new();
		dm_reply_rule_hits(cases[i].text, hits);
		gboolean found = FALSE;
		for (guint k = 0; k < hits->len; k++)
			found |= strcmp(hits->pdata[k], cases[i].rule) == 0;
		if (!found)
			g_error("\"%s\" does not hit %s", cases[i].text, cases[i].rule);
	}
}

/* Whether @text hits a rule whose name starts with @prefix. */
static gboolean
hits_rule(const char *text, const char *prefix)
{
	g_autoptr(GPtrArray) hits = g_ptr_array_new();
	dm_reply_rule_hits(text, hits);
	for (guint k = 0; k < hits->len; k++)
		if (g_str_has_prefix(hits->pdata[k], prefix))
			return TRUE;
	return FALSE;
}

/* A refusal or an inability in each of the negations the refusal rules' second list
 * names still reaches them: the hits with the pre-filter are those of every rule tried;
 * a refusal hits dispute_weiger, and an inability cancels the promise beside it
 * (neg_promise_niet_kunnen, which does not show among the hits itself). */
static void
test_refusals(void)
{
	static const char *const refusals[] = {
		"Wij betalen deze factuur niet.", "Dat betaal ik nie.", "Ik betaal neit",
		"Dit betaal ik nooit.", "Wij betalen dat nimmer.", "Daar betaal ik niks voor.",
		"U krijgt van mij geen cent.", "Ik weiger te betalen.", "I refuse to pay this.",
		"We will not pay this invoice.", "I won't pay.", "We aren't paying for that.",
		"We will never pay this.", "We have no intention of paying.",
		"I don't owe you anything.", "He doesn't owe you a thing.",
		"No way we are paying this.", "There is no reason to pay this.",
	};
	static const char *const inabilities[] = {
		"I can't pay now, I will pay next week.", "I cant pay now, I will pay next week.",
		"We are unable to pay now, we will pay next week.",
		"Ik kan het nu niet betalen, ik zal volgende week betalen.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(refusals); i++) {
		assert_same_hits(refusals[i]);
		if (!hits_rule(refusals[i], "dispute_weiger"))
			g_error("\"%s\" does not hit dispute_weiger", refusals[i]);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(inabilities); i++) {
		assert_same_hits(inabilities[i]);
		if (hits_rule(inabilities[i], "promise_"))
			g_error("\"%s\" keeps its promise", inabilities[i]);
	}
}

/* The hits of the texts @w makes of one listed word: alone, after and before another
 * word, capitalised, glued to a question mark, a per cent sign and a full stop. */
static void
assert_word_edges(const char *w)
{
	g_autofree char *upper = g_utf8_strup(w, -1);
	const char *forms[] = { "%s", "x %s", "%s x", "%s?", "%s%%", "?%s", "%s. x", "Na ja. %s" };
	for (gsize k = 0; k < G_N_ELEMENTS(forms); k++) {
		g_autofree char *a = g_strdup_printf(forms[k], w);
		g_autofree char *b = g_strdup_printf(forms[k], upper);
		assert_same_hits(a);
		assert_same_hits(b);
	}
}

static void
test_edges(void)
{
	gsize n;
	const DmReplyRule *rules = dm_reply_rules(&n);
	for (gsize i = 0; i < n; i++) {
		const char *needs = dm_reply_rule_needs(rules[i].name);
		g_auto(GStrv) lists = g_strsplit(needs, " & ", 2);
		g_auto(GStrv) first = g_strsplit(lists[0], " ", -1);
		for (guint k = 0; first[k]; k++)
			assert_word_edges(first[k]);
		if (!lists[1])
			continue;
		g_auto(GStrv) second = g_strsplit(lists[1], " ", -1);
		for (guint k = 0; second[k]; k++) {
			g_autofree char *both = g_strdup_printf("%s %s", first[0], second[k]);
			g_autofree char *back = g_strdup_printf("%s %s?", second[k], first[k % g_strv_length(first)]);
			assert_same_hits(both);
			assert_same_hits(back);
		}
	}
	/* Natural sentences with such words at the edges. */
	assert_same_hits("Überwiesen habe ich gestern 50 %.");
	assert_same_hits("Sorry, die Rechnung habe ich übersehen, ist teilweise überwiesen");
	assert_same_hits("Is it 10%? I paid 50%");
}

static void
test_lists(void)
{
	gsize n;
	const DmReplyRule *rules = dm_reply_rules(&n);
	guint listed = 0;
	for (gsize i = 0; i < n; i++) {
		const char *needs = dm_reply_rule_needs(rules[i].name);
		if (!needs)
			continue;
		listed++;
		g_autofree char *folded = g_utf8_casefold(needs, -1);
		g_assert_cmpstr(folded, ==, needs);
		g_assert_null(strstr(needs, "  "));
	}
	g_assert_cmpuint(listed, ==, n);
	g_assert_null(dm_reply_rule_needs("no_such_rule"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/prefilter/corpus", test_corpus);
	g_test_add_func("/reply/prefilter/case", test_case);
	g_test_add_func("/reply/prefilter/folded", test_folded_hits);
	g_test_add_func("/reply/prefilter/refusals", test_refusals);
	g_test_add_func("/reply/prefilter/edges", test_edges);
	g_test_add_func("/reply/prefilter/lists", test_lists);
	return g_test_run();
}
