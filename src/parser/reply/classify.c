/* classify: what the new text of a debtor's reply says, by the rule table of
 * classify_rules.c.
 *
 * The text is cut into sentences; every rule is tried on every sentence.  A negating rule
 * cancels its class in its sentence ("nog niet betaald", "niet mee oneens").  When more
 * than one class matched, the one that must stop the dunning first wins:
 *   dispute > arrangement > paid > promise_to_pay > question,
 * among the matches of weight >= STRONG; weaker matches decide only when nothing strong
 * matched.  The confidence starts at the weight of the best rule of the winning class,
 * gains a little for each further rule that agrees, loses when another class competed,
 * and for a promise rises when a date was found and falls when none was.
 *
 * The date (promised, paid, arrangement start) is looked for in the sentences the winning
 * class matched, then in the sentence after the best one; "paid" reads dates backwards,
 * and a "paid" whose date still lies after the message's own date is a promise in the
 * future perfect ("eind van de maand is alles betaald").
 *
 * Failure classes: none.  The patterns are compiled once (dm-pattern) and shared; a
 * pattern that does not compile is a programmer error.  Text beyond
 * DM_REPLY_MAX_CLASSIFY_BYTES is not looked at. */
#include "common/dm-language.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-rules.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define N_CLASSES (DM_REPLY_CLASS_BOUNCE + 1)
#define STRONG    0.6
#define MAX_SENTENCES 512

/* At most this many distinct pre-filter words (classify_rules.c's lists), one bit each. */
#define MAX_WORDS 1024

typedef struct {
	guint64 bits[MAX_WORDS / 64];
} WordSet;

/* A rule's list of words, and the range of bits[] that holds them: a list of a few words
 * added together has ids close together, in one or two of the sixteen, so that the test
 * of a sentence against it (holds_one, for every rule and sentence) reads those only. */
typedef struct {
	WordSet set;
	guint first, end;       /* set.bits[first .. end - 1] hold its words */
} WordList;

typedef struct {
	const DmReplyRule *rules;
	gsize n;
	DmPattern *patterns;    /* one per rule, caseless; each compiles on first use */
	WordList *needs;        /* per rule: the words of its @needs list */
	WordList *needs_also;   /* per rule: the words of its second list, if it has one */
	gboolean *filtered;     /* per rule: whether it has a @needs list (else always tried) */
	gboolean *filtered_also;        /* per rule: whether it has a second list */
	GPtrArray *words;       /* (element-type utf8) every word of the @needs lists, once:
	                         * several rules need the same words ("beta", "pay") */
	gsize *word_len;        /* per word: its length in bytes */
	/* The words of two bytes or more by their first two, so that one pass over a sentence
	 * finds every word it holds (words_present): those starting with bytes a, b are
	 * by_pair[pair_start[p]] .. by_pair[pair_start[p + 1] - 1], p = a << 8 | b.  Filed
	 * under the first byte alone, a place starting "be" compared the forty-odd words of
	 * "be" with the hundred-odd of "b"; here only the forty, from the third byte. */
	guint16 pair_start[256 * 256 + 1];
	guint *by_pair;
	/* Per byte: 1 + the id of the word that is that byte alone ("x", "%"), 0 when none. */
	guint single[256];
	/* Bit (a << 8 | b): a word starts with the bytes a, b (a word of one byte a: with a
	 * and any b).  Most places of a sentence start no word: one test passes them over,
	 * where the words filed under their first byte were compared one by one. */
	guint64 pairs[256 * 256 / 64];
} CompiledRules;

static void
set_pair(CompiledRules *c, guint first, guint second)
{
	guint pair = first << 8 | second;
	c->pairs[pair / 64] |= G_GUINT64_CONSTANT(1) << (pair % 64);
}

static gboolean
has_pair(const CompiledRules *c, guchar first, guchar second)
{
	guint pair = (guint) first << 8 | second;
	return (c->pairs[pair / 64] >> (pair % 64)) & 1;
}

/* The id of @word in @words, added when new. */
static guint
word_id(GPtrArray *words, const char *word)
{
	for (guint i = 0; i < words->len; i++)
		if (strcmp(g_ptr_array_index(words, i), word) == 0)
			return i;
	g_ptr_array_add(words, g_strdup(word));
	return words->len - 1;
}

/* The pair of @word's first two bytes (it has two or more). */
static guint
first_pair(const char *word)
{
	return (guint) (guchar) word[0] << 8 | (guchar) word[1];
}

/* Files each word under its first two bytes, or its one (the tables words_present reads). */
static void
index_words(CompiledRules *c)
{
	guint n = c->words->len;
	G_STATIC_ASSERT(MAX_WORDS <= G_MAXUINT16);
	c->word_len = g_new(gsize, n);
	c->by_pair = g_new(guint, n + 1);
	g_autofree guint *count = g_new0(guint, 256 * 256 + 1);
	for (guint i = 0; i < n; i++) {
		const char *w = g_ptr_array_index(c->words, i);
		c->word_len[i] = strlen(w);
		if (c->word_len[i] == 1)
			c->single[(guchar) w[0]] = i + 1;
		else
			count[first_pair(w) + 1]++;
		for (guint b = 0; b < 256; b++)
			if (c->word_len[i] == 1 || b == (guchar) w[1])
				set_pair(c, (guchar) w[0], b);
	}
	for (guint p = 1; p <= 256 * 256; p++)
		count[p] += count[p - 1];
	for (guint p = 0; p <= 256 * 256; p++)
		c->pair_start[p] = (guint16) count[p];
	for (guint i = 0; i < n; i++) {
		const char *w = g_ptr_array_index(c->words, i);
		if (c->word_len[i] > 1)
			c->by_pair[count[first_pair(w)]++] = i;
	}
}

/* Adds the words of @list (space-separated) to @list_out. */
static void
add_words(CompiledRules *c, const char *list, WordList *list_out)
{
	g_auto(GStrv) words = g_strsplit(list, " ", -1);
	list_out->first = G_N_ELEMENTS(list_out->set.bits);
	list_out->end = 0;
	for (guint k = 0; words[k]; k++) {
		guint id = word_id(c->words, words[k]);
		g_assert(id < MAX_WORDS && words[k][0] != '\0');
		list_out->set.bits[id / 64] |= G_GUINT64_CONSTANT(1) << (id % 64);
		list_out->first = MIN(list_out->first, id / 64);
		list_out->end = MAX(list_out->end, id / 64 + 1);
	}
}

/* Whether @present holds a word of @list. */
static gboolean
holds_one(const WordList *list, const WordSet *present)
{
	for (guint i = list->first; i < list->end; i++)
		if (list->set.bits[i] & present->bits[i])
			return TRUE;
	return FALSE;
}

static gpointer
compile_rules(gpointer data)
{
	CompiledRules *c = g_new0(CompiledRules, 1);
	c->rules = dm_reply_rules(&c->n);
	c->patterns = g_new0(DmPattern, c->n);
	c->needs = g_new0(WordList, c->n);
	c->needs_also = g_new0(WordList, c->n);
	c->filtered = g_new0(gboolean, c->n);
	c->filtered_also = g_new0(gboolean, c->n);
	c->words = g_ptr_array_new();
	for (gsize i = 0; i < c->n; i++) {
		dm_pattern_init(&c->patterns[i], c->rules[i].pattern, PCRE2_CASELESS);
		const char *needs = dm_reply_rule_needs(c->rules[i].name);
		if (!needs)
			continue;
		c->filtered[i] = TRUE;
		g_auto(GStrv) lists = g_strsplit(needs, " & ", 2);
		add_words(c, lists[0], &c->needs[i]);
		if (lists[1]) {
			c->filtered_also[i] = TRUE;
			add_words(c, lists[1], &c->needs_also[i]);
		}
	}
	index_words(c);
	return c;
}

static const CompiledRules *
compiled(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, compile_rules, NULL);
}

/* The text as the patterns expect it: valid UTF-8, bounded, typographic apostrophes made
 * plain, single line breaks (wrapping) made spaces, paragraph breaks kept; every other
 * character is copied as its bytes stand, rather than decoded and encoded again. */
static char *
prepare(const char *text)
{
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) len);
	GString *s = g_string_sized_new(strlen(valid));
	for (const char *p = valid; *p; p++) {
		guchar c = (guchar) *p;
		if (c == 0xE2 && (guchar) p[1] == 0x80 &&
		    ((guchar) p[2] == 0x98 || (guchar) p[2] == 0x99)) {
			/* U+2018, U+2019 */
			g_string_append_c(s, '\'');
			p += 2;
		} else if (c == '\r')
			continue;
		else if (c == '\n')
			g_string_append_c(s, p[1] == '\n' || p[1] == '\r' ? '\n' : ' ');
		else
			g_string_append_c(s, (char) c);
	}
	/* A cut inside a character leaves it invalid again. */
	if (!g_utf8_validate(s->str, (gssize) s->len, NULL)) {
		char *fixed = g_utf8_make_valid(s->str, (gssize) s->len);
		g_string_free(s, TRUE);
		return fixed;
	}
	return g_string_free(s, FALSE);
}

/* German abbreviations of two letters, written spaced as often as close ("z. B.", "d. h.",
 * "u. a."): their first letter, their second. */
static const char *const spaced_pairs[] = { "zb", "dh", "ua" };

/* Whether the period at @dot closes the first or the second letter of a spaced pair
 * ("z." of "z. B.", "B." of "z. B."). */
static gboolean
spaced_pair_at(const char *text, gsize dot)
{
	gboolean lone = dot > 0 && g_ascii_isalpha(text[dot - 1]) &&
	                (dot == 1 || !g_ascii_isalpha(text[dot - 2]));
	if (!lone)
		return FALSE;
	char first = 0, second = 0;
	if (text[dot + 1] == ' ' && g_ascii_isalpha(text[dot + 2]) && text[dot + 3] == '.') {
		first = text[dot - 1];
		second = text[dot + 2];
	} else if (dot >= 4 && text[dot - 2] == ' ' && text[dot - 3] == '.' &&
	           g_ascii_isalpha(text[dot - 4]) && (dot == 4 || !g_ascii_isalpha(text[dot - 5]))) {
		first = text[dot - 4];
		second = text[dot - 1];
	}
	for (gsize i = 0; first && i < G_N_ELEMENTS(spaced_pairs); i++)
		if (g_ascii_tolower(first) == spaced_pairs[i][0] &&
		    g_ascii_tolower(second) == spaced_pairs[i][1])
			return TRUE;
	return FALSE;
}

/* A period after one of these does not end a sentence ("5 dec. a.s.", "o.a.", "z.B.",
 * "bzw.", "t.a.v."). */
static gboolean
abbreviation_before(const char *text, gsize dot)
{
	static const char *const abbrevs[] = {
		"jan", "feb", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
		"oct", "nov", "dec", "ma", "di", "wo", "do", "vr", "za", "zo", "a.s", "nr", "blz",
		"o.a", "bijv", "evt", "ca", "z.s.m", "d.w.z", "t.m", "t/m", "i.p.v", "e.g", "i.e",
		"no", "st", "mr", "mrs", "dhr", "mevr", "ir", "dr",
		/* Dutch */
		"i.v.m", "m.b.t", "t.a.v",
		/* German */
		"z.b", "bzw", "usw", "ggf", "inkl", "evtl", "d.h", "u.a",
	};
	gsize start = dot;
	while (start > 0 && dot - start < 8 &&
	       (g_ascii_isalpha(text[start - 1]) || text[start - 1] == '.' ||
	        text[start - 1] == '/'))
		start--;
	if (start == dot)
		return FALSE;
	if (spaced_pair_at(text, dot))
		return TRUE;
	g_autofree char *word = g_ascii_strdown(text + start, (gssize) (dot - start));
	/* "usw." ends a list, and so often its sentence, its period serving both ("Sie
	 * schicken Mahnungen, Gebühren usw. Ich habe …"): a capital after it opens the next
	 * sentence, where after "z.B." or "inkl." a noun goes on. */
	if (strcmp(word, "usw") == 0 && text[dot + 1] == ' ' && text[dot + 2] &&
	    g_unichar_isupper(g_utf8_get_char(text + dot + 2)))
		return FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(abbrevs); i++)
		if (strcmp(word, abbrevs[i]) == 0)
			return TRUE;
	return FALSE;
}

/* Whether the period at @dot closes a day of the month before the month's name: German
 * writes "am 16. Mai", "Samstag, den 3. Oktober", which is no end of a sentence (a
 * request to book "für den 16. Mai" would lose its verb to the next one). */
static gboolean
ordinal_before_month(const char *text, gsize len, gsize dot)
{
	gsize d = dot;
	while (d > 0 && dot - d < 3 && g_ascii_isdigit(text[d - 1]))
		d--;
	if (d == dot || dot - d > 2 || (d > 0 && (g_ascii_isdigit(text[d - 1]) ||
	                                          text[d - 1] == '.' || text[d - 1] == ',')))
		return FALSE;
	gsize w = dot + 2, e = w;
	while (e < len && e - w < 12 && (g_ascii_isalpha(text[e]) || (guchar) text[e] >= 0x80))
		e++;
	if (e == w || e - w >= 12)
		return FALSE;
	char word[16];
	memcpy(word, text + w, e - w);
	word[e - w] = '\0';
	return dm_language_month(word) > 0;
}

typedef struct {
	gsize start, end;
} Span;

/* Cuts @text into sentences: after . ! ? ; and at paragraph breaks; a period between
 * digits (amounts, dates), after an abbreviation or after a day before its month ("am
 * 16. Mai") does not cut. */
static guint
split_sentences(const char *text, Span *spans, guint max)
{
	guint n = 0;
	gsize start = 0, len = strlen(text);
	for (gsize i = 0; i < len && n < max - 1; i++) {
		char c = text[i];
		gboolean cut = FALSE;
		if (c == '!' || c == '?' || c == ';' || c == '\n')
			cut = TRUE;
		else if (c == '.' && (i + 1 == len || g_ascii_isspace(text[i + 1])) &&
		         !abbreviation_before(text, i) && !ordinal_before_month(text, len, i))
			cut = TRUE;
		if (cut) {
			if (i + 1 > start)
				spans[n++] = (Span) { start, i + 1 };
			start = i + 1;
		}
	}
	if (start < len)
		spans[n++] = (Span) { start, len };
	return n;
}

/* Where a class stands after all sentences were looked at. */
typedef struct {
	double best_weight;
	const char *best_rule;
	guint best_sentence;
	guint n_hits;
	guint64 sentences;      /* bit i: matched in sentence i (first 64) */
} ClassHits;

static const DmReplyClass precedence[] = {
	DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_ARRANGEMENT, DM_REPLY_CLASS_PAID,
	DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_QUESTION,
};

static DmReplyClass
choose(const ClassHits *hits, double floor)
{
	for (gsize i = 0; i < G_N_ELEMENTS(precedence); i++) {
		const ClassHits *h = &hits[precedence[i]];
		if (h->n_hits > 0 && h->best_weight >= floor)
			return precedence[i];
	}
	return DM_REPLY_CLASS_OTHER;
}

static gboolean
find_class_date(const char *text, const Span *spans, guint n, const ClassHits *h,
                DmReplyClass klass, const GDate *reference, GDate *date)
{
	gboolean past = klass == DM_REPLY_CLASS_PAID;
	for (guint i = 0; i < n && i < 64; i++) {
		if (!(h->sentences & (G_GUINT64_CONSTANT(1) << i)))
			continue;
		g_autofree char *s = g_strndup(text + spans[i].start, spans[i].end - spans[i].start);
		if (dm_reply_find_date(s, reference, past, date, NULL))
			return TRUE;
	}
	guint next = h->best_sentence + 1;
	if (next < n) {
		g_autofree char *s = g_strndup(text + spans[next].start,
		                               spans[next].end - spans[next].start);
		if (dm_reply_find_date(s, reference, past, date, NULL))
			return TRUE;
	}
	return FALSE;
}

static void
add_present(WordSet *present, guint id)
{
	present->bits[id / 64] |= G_GUINT64_CONSTANT(1) << (id % 64);
}

/* The words of c->words that @folded (a sentence, case-folded, @len bytes and a NUL)
 * holds, in @present: one pass over the sentence, each place looking only at the words
 * that start with its first two bytes.  Searching the sentence once for each of some
 * two hundred words cost more than most of the patterns it spares. */
static void
words_present(const CompiledRules *c, const char *folded, gsize len, WordSet *present)
{
	memset(present, 0, sizeof *present);
	for (gsize p = 0; p < len; p++) {
		guchar b = (guchar) folded[p];
		/* folded[len] is the NUL that ends it: no word of two bytes starts at len - 1,
		 * and the pair (b, NUL) files none. */
		guchar next = (guchar) folded[p + 1];
		if (!has_pair(c, b, next))
			continue;
		if (c->single[b])
			add_present(present, c->single[b] - 1);
		guint pair = (guint) b << 8 | next;
		for (guint k = c->pair_start[pair]; k < c->pair_start[pair + 1]; k++) {
			guint id = c->by_pair[k];
			const char *w = g_ptr_array_index(c->words, id);
			gsize wlen = c->word_len[id];
			/* The first two bytes are the pair's. */
			if (wlen <= len - p && memcmp(folded + p + 2, w + 2, wlen - 2) == 0)
				add_present(present, id);
		}
	}
}

/* Whether rule @r may match a sentence holding the words @present (NULL: the pre-filter
 * is off): it has no @needs, or the sentence holds one of them (and one of the second
 * list, when it has one).  A caseless match of an
 * ASCII word is that word after case folding (g_utf8_casefold also folds the Kelvin sign
 * and the long s), so the test only skips what cannot match. */
static gboolean
may_match(const CompiledRules *c, gsize r, const WordSet *present)
{
	if (!c->filtered[r] || !present)
		return TRUE;
	return holds_one(&c->needs[r], present) &&
	       (!c->filtered_also[r] || holds_one(&c->needs_also[r], present));
}

static gboolean
rule_matches(const CompiledRules *c, gsize r, const char *sentence, gsize len,
             const WordSet *present)
{
	DmMatch m;
	return may_match(c, r, present) && dm_pattern_match(&c->patterns[r], sentence, len, 0, &m);
}

/* @sentence (@len bytes) case-folded for the pre-filter, in @folded (one buffer reused
 * for every sentence of a text).  Most sentences are plain ASCII, whose case folding is
 * A-Z lowered: g_utf8_casefold (an allocation, and a table for every character) is left
 * to the others. */
static const char *
fold_sentence(const char *sentence, gsize len, GString *folded)
{
	g_string_truncate(folded, 0);
	for (gsize i = 0; i < len; i++) {
		if ((guchar) sentence[i] >= 0x80) {
			g_autofree char *unicode = g_utf8_casefold(sentence, (gssize) len);
			g_string_assign(folded, unicode);
			break;
		}
		g_string_append_c(folded, g_ascii_tolower(sentence[i]));
	}
	return folded->str;
}

/* Tries every rule on every sentence of @prepared (those whose @needs the sentence lacks
 * only when @prefilter is FALSE); fills @hits (N_CLASSES entries) and, when @names is not
 * NULL, appends the name of each rule that matched and was not cancelled by a negating
 * rule of its sentence (transfer none). */
static void
collect_hits(const CompiledRules *c, const char *prepared, const Span *spans, guint n,
             gboolean prefilter, ClassHits *hits, GPtrArray *names)
{
	memset(hits, 0, sizeof(ClassHits) * N_CLASSES);
	g_autoptr(GString) fold_buffer = g_string_sized_new(256);
	WordSet words;
	for (guint s = 0; s < n; s++) {
		const char *sentence = prepared + spans[s].start;
		gsize len = spans[s].end - spans[s].start;
		const WordSet *present = NULL;
		if (prefilter) {
			const char *folded = fold_sentence(sentence, len, fold_buffer);
			words_present(c, folded, fold_buffer->len, &words);
			present = &words;
		}
		gboolean negated[N_CLASSES] = { FALSE };
		for (gsize r = 0; r < c->n; r++)
			if (c->rules[r].negates && !negated[c->rules[r].klass] &&
			    rule_matches(c, r, sentence, len, present))
				negated[c->rules[r].klass] = TRUE;
		for (gsize r = 0; r < c->n; r++) {
			const DmReplyRule *rule_row = &c->rules[r];
			if (rule_row->negates || negated[rule_row->klass] ||
			    !rule_matches(c, r, sentence, len, present))
				continue;
			ClassHits *h = &hits[rule_row->klass];
			h->n_hits++;
			if (names)
				g_ptr_array_add(names, (gpointer) rule_row->name);
			if (s < 64)
				h->sentences |= G_GUINT64_CONSTANT(1) << s;
			if (rule_row->weight > h->best_weight) {
				h->best_weight = rule_row->weight;
				h->best_rule = rule_row->name;
				h->best_sentence = s;
			}
		}
	}
}

static void
rule_hits(const char *text, gboolean prefilter, GPtrArray *names)
{
	g_return_if_fail(text != NULL && names != NULL);
	const CompiledRules *c = compiled();
	g_autofree char *prepared = prepare(text);
	g_autofree Span *spans = g_new(Span, MAX_SENTENCES);
	guint n = split_sentences(prepared, spans, MAX_SENTENCES);
	ClassHits hits[N_CLASSES];
	collect_hits(c, prepared, spans, n, prefilter, hits, names);
}

GPtrArray *
dm_reply_sentences(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	g_autofree char *prepared = prepare(text);
	g_autofree Span *spans = g_new(Span, MAX_SENTENCES);
	guint n = split_sentences(prepared, spans, MAX_SENTENCES);
	GPtrArray *sentences = g_ptr_array_new_full(n, g_free);
	for (guint s = 0; s < n; s++)
		g_ptr_array_add(sentences, g_strndup(prepared + spans[s].start,
		                                     spans[s].end - spans[s].start));
	return sentences;
}

void
dm_reply_rule_hits(const char *text, GPtrArray *names)
{
	rule_hits(text, TRUE, names);
}

void
dm_reply_rule_hits_unfiltered(const char *text, GPtrArray *names)
{
	rule_hits(text, FALSE, names);
}

gboolean
dm_reply_rule_named(const GPtrArray *names, const char *rule)
{
	g_return_val_if_fail(names != NULL && rule != NULL, FALSE);
	for (guint i = 0; i < names->len; i++)
		if (strcmp(g_ptr_array_index(names, i), rule) == 0)
			return TRUE;
	return FALSE;
}

gboolean
dm_reply_text_hits_rule(const char *text, const char *rule)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rule_named(names, rule);
}

DmReplyClass
dm_reply_classify_text(const char *text, const GDate *reference, double *confidence,
                       GDate *date, const char **rule)
{
	GDate no_date;
	double no_conf;
	const char *no_rule;
	if (date == NULL)
		date = &no_date;
	if (confidence == NULL)
		confidence = &no_conf;
	if (rule == NULL)
		rule = &no_rule;
	g_date_clear(date, 1);
	*confidence = 0.2;
	*rule = "none";
	g_return_val_if_fail(text != NULL, DM_REPLY_CLASS_OTHER);

	const CompiledRules *c = compiled();
	g_autofree char *prepared = prepare(text);
	g_autofree Span *spans = g_new(Span, MAX_SENTENCES);
	guint n = split_sentences(prepared, spans, MAX_SENTENCES);

	ClassHits hits[N_CLASSES];
	collect_hits(c, prepared, spans, n, TRUE, hits, NULL);

	DmReplyClass klass = choose(hits, STRONG);
	if (klass == DM_REPLY_CLASS_OTHER)
		klass = choose(hits, 0.0);
	if (klass == DM_REPLY_CLASS_OTHER)
		return klass;

	const ClassHits *h = &hits[klass];
	double conf = h->best_weight + 0.05 * MIN(h->n_hits - 1, 2u);
	for (gsize i = 0; i < G_N_ELEMENTS(precedence); i++)
		if (precedence[i] != klass && hits[precedence[i]].best_weight >= STRONG) {
			/* Another class had a say too: less sure. */
			conf *= 0.85;
			break;
		}
	const char *decided_by = h->best_rule;
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY || klass == DM_REPLY_CLASS_PAID ||
	    klass == DM_REPLY_CLASS_ARRANGEMENT) {
		gboolean dated = find_class_date(prepared, spans, n, h, klass, reference, date);
		if (klass == DM_REPLY_CLASS_PAID && dated && reference != NULL &&
		    g_date_valid(reference) && g_date_compare(date, reference) > 0) {
			/* Nothing was paid after the message was written: "eind van de maand is
			 * alles betaald" is a promise in the future perfect. */
			klass = DM_REPLY_CLASS_PROMISE_TO_PAY;
			decided_by = "paid_future_date";
			conf = MIN(conf, 0.8);
		}
		if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY)
			conf += dated ? 0.1 : -0.1;
	}
	*confidence = CLAMP(conf, 0.05, 0.99);
	*rule = decided_by;
	return klass;
}
