/* test-reply-reference: the faster paths of reading a reply, each against a plain
 * reference implementation kept here, on every text of the training corpus (the replies
 * as typed, their new text where the corpus gives it, their signatures and disclaimers).
 *
 * /reply/reference/tokens: the tokeniser (all tokens in one buffer, the word lists looked
 *   up in a hash table) gives the tokens, the negation scopes and the language of a plain
 *   one (a string per token, every list compared word by word).
 * /reply/reference/features: the feature vector (which ids, and their damped, normalised
 *   counts) is the one built plainly from the reference tokens: every name written out
 *   whole, hashed whole and counted in a hash table.
 * /reply/reference/dates: one date scan, read for the features and then for every class
 *   and both ways of writing "8/15", gives what a fresh reading of the text gives each
 *   time (dm_reply_date_for_class, dm_reply_find_date).
 * (The rules' word pre-filter is compared with every rule tried on every sentence in
 * test-reply-prefilter.) */
#include "dunning/learn/dm-learn.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-typed.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-classify.h"

#include <math.h>
#include <string.h>

#define CORPUS_DIR "corpus/replies"

/* As features.c: the most tokens read, the negation's reach, the n-gram sizes, the
 * weight of each group (words, characters, rules, meta). */
#define REF_MAX_TOKENS 2048
#define REF_NEG_SCOPE 3
static const double ref_group_weight[] = { 3, 1, 2, 1 };
enum { REF_WORD, REF_CHAR, REF_RULE, REF_META };

/* ---- the reference tokeniser: one string per token, NULL at a clause end ---- */

static gboolean
ref_word_char(const gunichar *u, glong i, glong n, glong word_start)
{
	if (g_unichar_isalnum(u[i]))
		return TRUE;
	/* An apostrophe inside a word: "don't". */
	return (u[i] == '\'' || u[i] == 0x2019) && i + 1 < n && g_unichar_isalnum(u[i + 1]) &&
	       i > word_start;
}

static void
ref_add_raw(GPtrArray *tokens, const gunichar *u, glong n)
{
	g_autofree char *raw = g_ucs4_to_utf8(u, n, NULL, NULL, NULL);
	const char *ph = dm_reply_token_placeholder(raw);
	if (ph) {
		g_ptr_array_add(tokens, g_strdup(ph));
		return;
	}
	glong i = 0;
	while (i < n) {
		while (i < n && !g_unichar_isalnum(u[i]))
			i++;
		glong w = i;
		while (i < n && ref_word_char(u, i, n, w))
			i++;
		if (i > w)
			g_ptr_array_add(tokens, g_ucs4_to_utf8(u + w, i - w, NULL, NULL, NULL));
	}
}

static GPtrArray *
ref_tokens(const char *text)
{
	GPtrArray *tokens = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) strnlen(text,
	                                                                 DM_REPLY_MAX_CLASSIFY_BYTES));
	g_autofree char *lower = g_utf8_strdown(valid, -1);
	glong n = 0;
	g_autofree gunichar *u = g_utf8_to_ucs4_fast(lower, -1, &n);
	glong i = 0;
	while (i < n && tokens->len < REF_MAX_TOKENS) {
		while (i < n && g_unichar_isspace(u[i]))
			i++;
		glong s = i;
		while (i < n && !g_unichar_isspace(u[i]))
			i++;
		if (i == s)
			break;
		glong e = i, start = s;
		while (s < e && !g_unichar_isalnum(u[s]) && u[s] != '<' && u[s] != '(' &&
		       u[s] != 0x20AC && u[s] != '$')
			s++;
		while (e > s && !g_unichar_isalnum(u[e - 1]) &&
		       !(u[e - 1] == '-' && e - 1 > s && u[e - 2] == ','))
			e--;
		if (e > s)
			ref_add_raw(tokens, u + s, e - s);
		/* After the word, or the whole token when it has none: clause ends, a question
		 * mark, and each emoji a token of its own. */
		gboolean clause_end = FALSE, question = FALSE;
		for (glong k = e > s ? e : start; k < i; k++) {
			clause_end |= u[k] < 0x80 && u[k] != 0 && strchr(".,;:!?", (int) u[k]);
			question |= u[k] == '?';
			if (u[k] >= 0x80 && g_unichar_type(u[k]) == G_UNICODE_OTHER_SYMBOL)
				g_ptr_array_add(tokens, g_ucs4_to_utf8(u + k, 1, NULL, NULL, NULL));
		}
		if (question)
			g_ptr_array_add(tokens, g_strdup("?"));
		if (clause_end)
			g_ptr_array_add(tokens, NULL);
	}
	return tokens;
}

static gboolean
in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(w, *list) == 0)
			return TRUE;
	return FALSE;
}

static const char *const ref_negations[] = {
	"niet", "nie", "geen", "nooit", "niets", "niks", "nimmer", "not", "no", "never",
	"nothing", "neither", "nor", "cannot", "nicht", "kein", "keine", "keinen", "keinem",
	"keiner", "niemals", "nichts", NULL,
};
static const char *const ref_scope_ends[] = { "maar", "but", "aber", "however", "echter", NULL };

static gboolean *
ref_negation_marks(GPtrArray *tokens)
{
	gboolean *marks = g_new0(gboolean, tokens->len + 1);
	guint left = 0;
	for (guint i = 0; i < tokens->len; i++) {
		const char *t = tokens->pdata[i];
		if (!t || in_list(t, ref_scope_ends) || strcmp(t, "?") == 0)
			left = 0;
		else if (in_list(t, ref_negations) || g_str_has_suffix(t, "n't") ||
		         g_str_has_suffix(t, "n\u2019t"))
			left = REF_NEG_SCOPE;
		else if (left > 0) {
			marks[i] = TRUE;
			left--;
		}
	}
	return marks;
}

static const char *const ref_languages[] = { "nl", "en", "de" };
static const char *const ref_common[][40] = {
	{ "de", "het", "een", "en", "ik", "is", "niet", "dat", "van", "wij", "we", "u", "uw",
	  "zijn", "heb", "hebben", "voor", "met", "op", "te", "er", "ook", "nog", "maar", "deze",
	  "dit", "wordt", "bij", "naar", "geen", "mijn", "als", "graag", "hoi", "bedankt",
	  "groet", "jullie", "wat", NULL },
	{ "the", "a", "and", "i", "is", "not", "that", "of", "we", "you", "your", "are", "have",
	  "has", "for", "with", "on", "to", "it", "this", "will", "be", "my", "but", "no", "can",
	  "please", "thanks", "thank", "i'll", "we'll", "just", "hi", "regards", "was", "paid",
	  "would", NULL },
	{ "der", "die", "das", "und", "ich", "ist", "nicht", "dass", "von", "wir", "sie", "ihr",
	  "sind", "habe", "haben", "für", "mit", "auf", "zu", "es", "noch", "aber", "diese",
	  "wird", "bei", "nach", "kein", "keine", "mein", "bitte", "danke", "ihnen", "grüße",
	  "gruß", "rechnung", "wurde", "werden", NULL },
};

static const char *
ref_language(GPtrArray *tokens)
{
	guint best = 0;
	const char *lang = "";
	for (gsize l = 0; l < G_N_ELEMENTS(ref_languages); l++) {
		guint n = 0;
		for (guint i = 0; i < tokens->len; i++)
			n += tokens->pdata[i] && in_list(tokens->pdata[i], ref_common[l]);
		if (n > best) {
			best = n;
			lang = ref_languages[l];
		}
	}
	return lang;
}

static char *
ref_normalise(GPtrArray *tokens)
{
	g_autofree gboolean *neg = ref_negation_marks(tokens);
	g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < tokens->len; i++)
		if (tokens->pdata[i])
			g_ptr_array_add(words, g_strconcat(neg[i] ? "NEG_" : "", tokens->pdata[i], NULL));
	g_ptr_array_add(words, NULL);
	return g_strjoinv(" ", (char **) words->pdata);
}

/* ---- the reference feature vector ---- */

typedef struct {
	guint count;
	int group;              /* the group of the first feature hashed to the id */
} RefCount;

static void
ref_count(GHashTable *counts, int group, const char *name)
{
	guint32 h = dm_reply_fnv1a(name, strlen(name));
	guint32 bits = DM_REPLY_FEATURE_BITS;
	guint32 id = (((h >> bits) ^ h) & ((1u << bits) - 1)) + 1;
	RefCount *c = g_hash_table_lookup(counts, GUINT_TO_POINTER(id));
	if (!c) {
		c = g_new0(RefCount, 1);
		c->group = group;
		g_hash_table_insert(counts, GUINT_TO_POINTER(id), c);
	}
	c->count++;
}

/* " word " cut into 2- to 5-grams of characters; as features.c, only the first 63
 * characters start one, and the last of them reaches to the end. */
static void
ref_char_ngrams(GHashTable *counts, const char *word)
{
	g_autofree char *padded = g_strconcat(" ", word, " ", NULL);
	glong n = 0;
	g_autofree gunichar *u = g_utf8_to_ucs4_fast(padded, -1, &n);
	glong starts = MIN(n, 63);
	for (glong i = 0; i < starts; i++)
		for (glong k = 2; k <= 5 && i + k <= starts; k++) {
			glong len = i + k == starts ? n - i : k;
			g_autofree char *gram = g_ucs4_to_utf8(u + i, len, NULL, NULL, NULL);
			g_autofree char *name = g_strconcat("c:", gram, NULL);
			ref_count(counts, REF_CHAR, name);
		}
}

static void
ref_meta(GHashTable *counts, GPtrArray *tokens, const char *text, const GDate *ref)
{
	const char *lang = ref_language(tokens);
	g_autofree char *lang_name = g_strconcat("m:lang=", lang[0] ? lang : "none", NULL);
	ref_count(counts, REF_META, lang_name);
	GDate d;
	g_date_clear(&d, 1);
	/* The features read the days as typed ones are written out (typed_forms.c). */
	g_autofree char *typed = dm_reply_typed_days(text);
	if (dm_reply_find_date(typed, ref, FALSE, &d, NULL)) {
		ref_count(counts, REF_META, "m:date");
		int cmp = g_date_compare(&d, ref);
		ref_count(counts, REF_META, cmp < 0 ? "m:date<msg" : cmp > 0 ? "m:date>msg" : "m:date=msg");
	} else
		ref_count(counts, REF_META, "m:nodate");
	guint words = 0;
	gboolean amount = FALSE, question = FALSE;
	for (guint i = 0; i < tokens->len; i++) {
		const char *t = tokens->pdata[i];
		if (t && strcmp(t, "<amount>") == 0)
			amount = TRUE;
		else if (t && strcmp(t, "?") == 0)
			question = TRUE;
		else if (t)
			words++;
	}
	if (amount)
		ref_count(counts, REF_META, "m:amount");
	if (question)
		ref_count(counts, REF_META, "m:question");
	ref_count(counts, REF_META, words <= 3 ? "m:len=1-3" : words <= 12 ? "m:len=4-12" :
	          words <= 40 ? "m:len=13-40" : "m:len=41+");
}

/* (transfer full) id -> RefCount of @text, the features in the order features.c
 * emits them (the first of an id decides its group). */
static GHashTable *
ref_counts(const char *text, const GDate *ref)
{
	GHashTable *counts = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) strnlen(text,
	                                                                 DM_REPLY_MAX_CLASSIFY_BYTES));
	g_autoptr(GPtrArray) tokens = ref_tokens(valid);
	g_autofree gboolean *neg = ref_negation_marks(tokens);
	const char *prev = "<s>";
	for (guint i = 0; i < tokens->len; i++) {
		const char *t = tokens->pdata[i];
		if (!t) {
			prev = NULL;
			continue;
		}
		g_autofree char *word = g_strconcat(neg[i] ? "w:NEG_" : "w:", t, NULL);
		ref_count(counts, REF_WORD, word);
		if (prev) {
			g_autofree char *pair = g_strdup_printf("b:%s %s", prev, t);
			ref_count(counts, REF_WORD, pair);
		}
		prev = t;
		if (t[0] != '<' && strcmp(t, "?") != 0)
			ref_char_ngrams(counts, t);
	}
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(valid, rules);
	/* The pairs of rules are a reading, not a faster path: the features' own. */
	g_autoptr(GPtrArray) pairs = g_ptr_array_new();
	dm_reply_rule_pairs(rules, pairs);
	g_ptr_array_extend_and_steal(rules, g_steal_pointer(&pairs));
	for (guint i = 0; i < rules->len; i++) {
		g_autofree char *name = g_strconcat("r:", (char *) rules->pdata[i], NULL);
		ref_count(counts, REF_RULE, name);
	}
	ref_meta(counts, tokens, valid, ref);
	return counts;
}

static void
assert_same_vector(const char *text, const GDate *ref)
{
	g_autoptr(GHashTable) counts = ref_counts(text, ref);
	double norm[4] = { 0 };
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, counts);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const RefCount *c = value;
		double v = 1.0 + log((double) c->count);
		norm[c->group] += v * v;
	}
	double total = 0;
	for (int g = 0; g < 4; g++)
		if (norm[g] > 0) {
			norm[g] = sqrt(norm[g]) / ref_group_weight[g];
			total += ref_group_weight[g] * ref_group_weight[g];
		}
	total = sqrt(total);

	g_autoptr(GArray) f = dm_reply_features(text, ref, DM_REPLY_FEATURE_BITS, NULL);
	if (f->len != g_hash_table_size(counts))
		g_error("features of \"%s\": %u ids, the reference has %u", text, f->len,
		        g_hash_table_size(counts));
	for (guint i = 0; i < f->len; i++) {
		const DmReplyFeature *x = &g_array_index(f, DmReplyFeature, i);
		const RefCount *c = g_hash_table_lookup(counts, GUINT_TO_POINTER(x->index));
		if (!c)
			g_error("features of \"%s\": id %u is not in the reference", text, x->index);
		double want = (1.0 + log((double) c->count)) / (norm[c->group] * total);
		if (fabs(x->value - want) > 1e-12)
			g_error("features of \"%s\": id %u is %.17g, the reference %.17g", text,
			        x->index, x->value, want);
	}
}

static void
assert_same_tokens(const char *text)
{
	g_autoptr(GPtrArray) tokens = ref_tokens(text);
	g_autofree char *want = ref_normalise(tokens);
	g_autofree char *got = dm_reply_normalise(text);
	if (strcmp(got, want) != 0)
		g_error("tokens of \"%s\":\n  got  %s\n  want %s", text, got, want);
	g_assert_cmpstr(dm_reply_guess_language(text), ==, ref_language(tokens));
}

static void
assert_same_dates(const char *text_as_typed, const GDate *ref)
{
	/* A reply's scan reads the text with its typed days written out (typed_forms.c):
	 * the fresh readings below read that text. */
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new_typed(text_as_typed);
	const char *text = dm_reply_date_scan_text(scan);
	GDate a, b;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	gsize off_a = 0, off_b = 0;
	gboolean found_a = dm_reply_scan_find_date(scan, ref, FALSE, &a, &off_a);
	gboolean found_b = dm_reply_find_date(text, ref, FALSE, &b, &off_b);
	g_assert_cmpint(found_a, ==, found_b);
	if (found_a) {
		g_assert_cmpint(g_date_compare(&a, &b), ==, 0);
		g_assert_cmpuint(off_a, ==, off_b);
	}
	for (int past = 0; past < 2; past++)
		for (int month_first = 0; month_first < 2; month_first++) {
			DmReplyDatePrecision pa = DM_REPLY_DATE_EXACT, pb = DM_REPLY_DATE_EXACT;
			g_date_clear(&a, 1);
			g_date_clear(&b, 1);
			found_a = dm_reply_scan_find_date_precise(scan, ref, past, month_first, &a, NULL,
			                                          &pa);
			found_b = dm_reply_find_date_precise(text, ref, past, month_first, &b, NULL, &pb);
			g_assert_cmpint(found_a, ==, found_b);
			if (found_a) {
				g_assert_cmpint(g_date_compare(&a, &b), ==, 0);
				g_assert_cmpint(pa, ==, pb);
			}
			g_date_clear(&a, 1);
			g_date_clear(&b, 1);
			found_a = dm_reply_scan_find_payment_date(scan, ref, month_first, &a, NULL);
			found_b = dm_reply_find_payment_date(text, ref, month_first, &b, NULL);
			g_assert_cmpint(found_a, ==, found_b);
			if (found_a)
				g_assert_cmpint(g_date_compare(&a, &b), ==, 0);
		}
	/* The scan read once more for the features, as dm_reply_analyze reads it. */
	g_autoptr(GArray) fresh = dm_reply_features(text_as_typed, ref, DM_REPLY_FEATURE_BITS,
	                                            NULL);
	g_autoptr(GArray) scanned = dm_reply_features_scanned(text_as_typed, ref,
	                                                      DM_REPLY_FEATURE_BITS,
	                                                      NULL, scan, NULL);
	g_assert_cmpuint(fresh->len, ==, scanned->len);
	/* Field by field: the struct's padding after the index is never written, so a
	 * comparison of the bytes would compare garbage. */
	for (guint i = 0; i < fresh->len; i++) {
		const DmReplyFeature *f = &g_array_index(fresh, DmReplyFeature, i);
		const DmReplyFeature *s = &g_array_index(scanned, DmReplyFeature, i);
		g_assert_cmpuint(f->index, ==, s->index);
		g_assert_cmpfloat(f->value, ==, s->value);
	}
}

typedef void (*CheckFunc)(const char *text, const GDate *ref);

/* Calls @check on every text of the training corpus; returns how many. */
static guint
each_corpus_text(CheckFunc check)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) items = dm_learn_corpus_read_dir(CORPUS_DIR, "train-", &error);
	g_assert_no_error(error);
	guint n = 0;
	for (guint i = 0; i < items->len; i++) {
		const DmLearnItem *it = g_ptr_array_index(items, i);
		GDate ref;
		g_date_clear(&ref, 1);
		g_date_set_dmy(&ref, (GDateDay) g_date_time_get_day_of_month(it->sent),
		               (GDateMonth) g_date_time_get_month(it->sent),
		               (GDateYear) g_date_time_get_year(it->sent));
		const char *texts[] = { it->text, it->new_text, it->signature, it->disclaimer };
		for (gsize t = 0; t < G_N_ELEMENTS(texts); t++)
			if (texts[t]) {
				check(texts[t], &ref);
				n++;
			}
	}
	return n;
}

static void
check_tokens(const char *text, const GDate *ref)
{
	assert_same_tokens(text);
}

static void
test_tokens(void)
{
	static const char *const odd[] = {
		"", "   ", "?!", "Don't, won\u2019t; can't: NOT paid but paid.", "\xff\xfe broken \xc3",
		"€ 12,- 12,-- 5€ $3 (see) <b>", "a,-b ,- x-", "WIJ BETALEN NIET!!! Maar wel later?",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(odd); i++)
		assert_same_tokens(odd[i]);
	g_assert_cmpuint(each_corpus_text(check_tokens), >=, 3000);
}

static void
test_features(void)
{
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 2, 12, 2026);
	g_autoptr(GString) long_word = g_string_new("Betaald: ");
	for (int i = 0; i < 90; i++)
		g_string_append(long_word, i % 7 ? "x" : "é");
	const char *odd[] = { "", "x", "?", "€€€ 12,- ??? \xff broken", long_word->str,
	                      "niet niet niet betaald maar betaald. Ik betaal vrijdag.",
	                      /* Characters of two to four bytes at a word's edges and inside
	                       * it, a combining accent, case folding that changes the length
	                       * (İ, the Kelvin sign, ẞ), a title-case letter, a non-breaking
	                       * space, a zero-width space, invalid and cut-off bytes. */
	                      "😀betaald𝔅 cafe\u0301 İSTANBUL \u212Aelvin GROẞ ǅemal "
	                      "x\u00a0y a\u200Bb \xc3\xa9\xff\xe2\x82 ok\xf0\x9f\x98",
	                      "é ée éée 😀 a😀 😀a ß SS" };
	for (gsize i = 0; i < G_N_ELEMENTS(odd); i++)
		assert_same_vector(odd[i], &ref);
	/* Words of 59 to 66 characters, a character of two or four bytes at each place near
	 * the 63rd, where the n-grams stop starting and the last one reaches to the end. */
	const char *wide[] = { "é", "😀" };
	for (gsize w = 0; w < G_N_ELEMENTS(wide); w++)
		for (int len = 59; len <= 66; len++)
			for (int at = len - 6; at < len; at++) {
				g_autoptr(GString) word = g_string_new(NULL);
				for (int i = 0; i < len; i++)
					g_string_append(word, i == at ? wide[w] : "k");
				assert_same_vector(word->str, &ref);
			}
	g_assert_cmpuint(each_corpus_text(assert_same_vector), >=, 3000);
}

static void
test_dates(void)
{
	g_assert_cmpuint(each_corpus_text(assert_same_dates), >=, 3000);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/reference/tokens", test_tokens);
	g_test_add_func("/reply/reference/features", test_features);
	g_test_add_func("/reply/reference/dates", test_dates);
	return g_test_run();
}
