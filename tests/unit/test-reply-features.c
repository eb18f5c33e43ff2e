/* test-reply-features: what the learned classifier sees of a reply (features.c), as
 * tables: the normalised tokens (placeholders, case, accents, negation scopes), the
 * language guess, and the vector's shape (indices ascending and in range, unit length,
 * the same every time, the hash fixed; a question mark or an emoji standing alone kept),
 * and the pairs of rules read as one feature (a
 * formal refusal beside a request is "refusal+ask", a request alone is not). */
#include "parser/reply/dm-reply-features.h"

#include <math.h>
#include <string.h>

typedef struct {
	const char *text;
	const char *expected;
} NormCase;

static const NormCase norm_cases[] = {
	/* Placeholders: amounts, dates, times, numbers, addresses, links. */
	{ "Ik betaal € 1.234,56 op 12-03-2026.", "ik betaal <amount> op <date>" },
	{ "Paid 1,220.00 EUR on 3/12", "paid <amount> eur on <date>" },
	{ "Overgemaakt: 450,00", "overgemaakt <amount>" },
	{ "Factuur 2025-0577 klopt", "factuur <num> klopt" },
	{ "Bel me om 14:30 of mail jan@voorbeeld.nl", "bel me om <time> of mail <email>" },
	{ "Zie https://bank.example/x?y=1 en www.foo.nl", "zie <url> en <url>" },
	{ "uiterlijk de 15e", "uiterlijk de <day>" },
	{ "by the 15th", "by the <day>" },
	/* Case folded, accents kept. */
	{ "ÜBERWEISUNG Erfolgt", "überweisung erfolgt" },
	{ "Déjà BETAALD", "déjà betaald" },
	/* Negation scopes: the next three words, cut by punctuation and "maar". */
	{ "Wij betalen dit niet, want het klopt", "wij betalen dit niet want het klopt" },
	{ "Ik heb nog niet betaald", "ik heb nog niet NEG_betaald" },
	{ "geen idee waarom dit openstaat", "geen NEG_idee NEG_waarom NEG_dit openstaat" },
	{ "niet vergeten maar betaald", "niet NEG_vergeten maar betaald" },
	{ "We haven't paid yet. We will.", "we haven't NEG_paid NEG_yet we will" },
	{ "Ich habe nicht bezahlt", "ich habe nicht NEG_bezahlt" },
	{ "keine Rechnung erhalten", "keine NEG_rechnung NEG_erhalten" },
	{ "I never received it!", "i never NEG_received NEG_it" },
	{ "not paid? why", "not NEG_paid ? why" },
	/* A token of punctuation or symbols alone keeps its question mark, and an emoji is a
	 * word of its own: some replies from a phone say nothing else. */
	{ "??", "?" },
	{ "welke factuur ?", "welke factuur ?" },
	{ "\xF0\x9F\x91\x8D", "\xF0\x9F\x91\x8D" },
	{ "Betaald \xF0\x9F\x91\x8D", "betaald \xF0\x9F\x91\x8D" },
	{ "ok\xF0\x9F\x91\x8D!", "ok \xF0\x9F\x91\x8D" },
	{ "done \xE2\x9C\x85 ...", "done \xE2\x9C\x85" },
};

static void
test_normalise(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(norm_cases); i++) {
		g_autofree char *got = dm_reply_normalise(norm_cases[i].text);
		if (g_strcmp0(got, norm_cases[i].expected) != 0)
			g_error("normalise \"%s\": got \"%s\", expected \"%s\"", norm_cases[i].text, got,
			        norm_cases[i].expected);
	}
}

typedef struct {
	const char *text;
	const char *lang;
} LangCase;

static const LangCase lang_cases[] = {
	{ "Ik heb de factuur gisteren betaald, het zou er moeten staan.", "nl" },
	{ "Wij zijn het niet eens met deze factuur.", "nl" },
	{ "hoi, komt eraan", "nl" },
	{ "I paid the invoice yesterday, it should be with you.", "en" },
	{ "We do not agree with this invoice.", "en" },
	{ "Die Rechnung ist bezahlt, ich habe heute den Beleg bekommen.", "de" },
	{ "Wir sind mit der Rechnung nicht einverstanden.", "de" },
	{ "12345 €", "" },
};

static void
test_language(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(lang_cases); i++) {
		const char *got = dm_reply_guess_language(lang_cases[i].text);
		if (strcmp(got, lang_cases[i].lang) != 0)
			g_error("language of \"%s\": got \"%s\", expected \"%s\"", lang_cases[i].text, got,
			        lang_cases[i].lang);
	}
}

static void
test_vector_shape(void)
{
	GDate ref;
	g_date_set_dmy(&ref, 1, 12, 2026);
	const char *texts[] = { "Ik betaal vrijdag, sorry!", "", "x", "Wir zahlen nicht.",
		                    "€€€ 12,- 12,- 12,- ??? 😀 \xff\xfe broken" };
	for (gsize t = 0; t < G_N_ELEMENTS(texts); t++) {
		g_autoptr(GArray) f = dm_reply_features(texts[t], &ref, DM_REPLY_FEATURE_BITS, NULL);
		g_assert_cmpuint(f->len, >, 0);     /* the meta features are always there */
		double sum = 0;
		for (guint i = 0; i < f->len; i++) {
			const DmReplyFeature *x = &g_array_index(f, DmReplyFeature, i);
			g_assert_cmpuint(x->index, >=, 1);
			g_assert_cmpuint(x->index, <=, 1u << DM_REPLY_FEATURE_BITS);
			if (i > 0)
				g_assert_cmpuint(x->index, >, g_array_index(f, DmReplyFeature, i - 1).index);
			sum += x->value * x->value;
		}
		g_assert_cmpfloat(fabs(sum - 1.0), <, 1e-9);
		g_autoptr(GArray) again = dm_reply_features(texts[t], &ref, DM_REPLY_FEATURE_BITS, NULL);
		g_assert_cmpuint(again->len, ==, f->len);
		/* Field by field: the padding after each index is never written. */
		for (guint i = 0; i < f->len; i++) {
			g_assert_cmpuint(g_array_index(again, DmReplyFeature, i).index, ==,
			                 g_array_index(f, DmReplyFeature, i).index);
			g_assert_cmpfloat(g_array_index(again, DmReplyFeature, i).value, ==,
			                  g_array_index(f, DmReplyFeature, i).value);
		}
	}
}

/* The emitted features are sorted by index (a radix sort, several passes for wide
 * indices) and repeats merged: ascending without repeats and of unit length at every
 * width, from 8 bits (many collisions, counts above one) to 24 (three passes). */
static void
test_vector_sorted_every_width(void)
{
	g_autoptr(GString) text = g_string_new(NULL);
	for (int i = 0; i < 40; i++)
		g_string_append_printf(text, "Wij betalen factuur %d niet, want de uren kloppen "
		                       "niet en het bedrag is te hoog. We will pay by Friday? ", i);
	static const guint widths[] = { 8, 12, 18, 24 };
	for (gsize w = 0; w < G_N_ELEMENTS(widths); w++) {
		g_autoptr(GArray) f = dm_reply_features(text->str, NULL, widths[w], NULL);
		g_assert_cmpuint(f->len, >, 8);
		double sum = 0;
		for (guint i = 0; i < f->len; i++) {
			const DmReplyFeature *x = &g_array_index(f, DmReplyFeature, i);
			g_assert_cmpuint(x->index, >=, 1);
			g_assert_cmpuint(x->index, <=, 1u << widths[w]);
			if (i > 0)
				g_assert_cmpuint(x->index, >, g_array_index(f, DmReplyFeature, i - 1).index);
			sum += x->value * x->value;
		}
		g_assert_cmpfloat(fabs(sum - 1.0), <, 1e-9);
	}
}

/* A model file holds weights by index: the hash must never change unnoticed.  These are
 * FNV-1a 32-bit values of the feature names, xor-folded to 18 bits, plus one. */
static void
test_hash_fixed(void)
{
	g_autoptr(GHashTable) names = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autoptr(GArray) f = dm_reply_features("betaald", NULL, DM_REPLY_FEATURE_BITS, names);
	guint32 word = 0, meta = 0;
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, names);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		if (strcmp(value, "w:betaald") == 0)
			word = GPOINTER_TO_UINT(key);
		if (strcmp(value, "m:nodate") == 0)
			meta = GPOINTER_TO_UINT(key);
	}
	/* FNV-1a("w:betaald") = 0x659a79ad, ("m:nodate") = 0x4a4117c9, folded as in
	 * features.c: ((h >> 18) ^ h) & 0x3ffff, then + 1. */
	guint32 h1 = 0x659a79adu, h2 = 0x4a4117c9u;
	g_assert_cmpuint(word, ==, (((h1 >> 18) ^ h1) & 0x3ffff) + 1);
	g_assert_cmpuint(meta, ==, (((h2 >> 18) ^ h2) & 0x3ffff) + 1);
}

/* The negation mark reaches the vector: "niet betaald" and "betaald" differ in a word
 * feature, not only in the word "niet". */
static void
test_negation_in_vector(void)
{
	g_autoptr(GHashTable) a = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autoptr(GHashTable) b = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autoptr(GArray) fa = dm_reply_features("niet betaald", NULL, DM_REPLY_FEATURE_BITS, a);
	g_autoptr(GArray) fb = dm_reply_features("betaald", NULL, DM_REPLY_FEATURE_BITS, b);
	gboolean neg = FALSE, plain_in_a = FALSE;
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, a);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		neg |= strcmp(value, "w:NEG_betaald") == 0;
		plain_in_a |= strcmp(value, "w:betaald") == 0;
	}
	g_assert_true(neg);
	g_assert_false(plain_in_a);
}

/* Whether the rules named in @rules (NULL-terminated) make the pair @pair. */
static gboolean
makes_pair(const char *const *rules, const char *pair)
{
	g_autoptr(GPtrArray) hits = g_ptr_array_new();
	for (gsize i = 0; rules[i]; i++)
		g_ptr_array_add(hits, (gpointer) rules[i]);
	g_autoptr(GPtrArray) pairs = g_ptr_array_new();
	dm_reply_rule_pairs(hits, pairs);
	for (guint i = 0; i < pairs->len; i++)
		if (strcmp(pairs->pdata[i], pair) == 0)
			return TRUE;
	return FALSE;
}

static void
test_refusal_ask_pair(void)
{
	static const char *const formal_ask[] = { "dispute_formal_detail", "question_kunt_u", NULL };
	static const char *const why_ask[] = { "dispute_why_pay", "question_mark", NULL };
	static const char *const ask[] = { "question_kunt_u", "question_mark", NULL };
	static const char *const formal[] = { "dispute_formal", NULL };
	g_assert_true(makes_pair(formal_ask, "refusal+ask"));
	g_assert_true(makes_pair(why_ask, "refusal+ask"));
	g_assert_false(makes_pair(ask, "refusal+ask"));
	g_assert_false(makes_pair(formal, "refusal+ask"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/features/refusal-ask-pair", test_refusal_ask_pair);
	g_test_add_func("/features/normalise", test_normalise);
	g_test_add_func("/features/language", test_language);
	g_test_add_func("/features/vector-shape", test_vector_shape);
	g_test_add_func("/features/hash-fixed", test_hash_fixed);
	g_test_add_func("/features/sorted-every-width", test_vector_sorted_every_width);
	g_test_add_func("/features/negation-in-vector", test_negation_in_vector);
	return g_test_run();
}
