/* features: a reply's new text -> the hashed, L2-normalised feature vector the learned
 * classifier reads (dm-reply-features.h).
 *
 * The text is cut into raw tokens at white space.  A raw token that is an e-mail
 * address, a URL, a date, a time, an amount or a number becomes a placeholder
 * (<email> …), so that "op 12-3 betaald" and "op 4-11 betaald" look alike; any other is
 * case-folded (accents kept) and split into words at punctuation.  Punctuation that ends
 * a clause (. , ; : ! ?) and "maar"/"but"/"aber" end a negation's scope; a negation
 * (niet, geen, nooit, not, no, never, nicht, kein, any English "n't") marks the next
 * NEG_SCOPE words NEG_.
 *
 * Four groups of features, each L2-normalised on its own to the length group_weight
 * gives it and then all together, so that no group drowns the others by its count:
 *   w:  words (NEG_ marked) and word bigrams (unmarked, "<s>" at the start);
 *   c:  character 2- to 5-grams within words, with the word's edges (" word ");
 *   r:  the hits of the PCRE2 rules of classify_rules.c, by name, and two pairs of them
 *       (dm_reply_rule_pairs);
 *   m:  the guessed language, whether a date was stated and on which side of the
 *       message's date it lies, whether an amount was written, a question mark, the
 *       length of the reply.
 * Counts are damped (1 + log n) before normalising.
 *
 * Failure classes: none.  Text beyond DM_REPLY_MAX_CLASSIFY_BYTES is not looked at. */
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-types.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NEG_SCOPE 3
#define MAX_TOKENS 2048
#define CHAR_NGRAM_MIN 2
#define CHAR_NGRAM_MAX 5

enum { GROUP_WORD, GROUP_CHAR, GROUP_RULE, GROUP_META, N_GROUPS };

/* An emitted feature is one 32-bit key, its index above its group: sorting a reply's
 * thousands of them moves a quarter of the bytes a DmReplyFeature each would. */
#define KEY_GROUP_BITS 2
G_STATIC_ASSERT(N_GROUPS <= 1 << KEY_GROUP_BITS);
G_STATIC_ASSERT(24 + 1 + KEY_GROUP_BITS <= 32);   /* indices reach 2^24 (bits <= 24) */

/* The length of each group's part of the vector (before the whole is normalised): words
 * weigh most, the rules next.  Chosen by 5-fold cross-validation on the training corpus
 * (macro-F1 0.899 with all four at 1 and C 8192; 0.907 with these). */
static const double group_weight[N_GROUPS] = { 3, 1, 2, 1 };

typedef struct {
	guint32 *keys;              /* per emitted feature, unsorted, repeats allowed: its
	                             * index << KEY_GROUP_BITS | its group */
	guint n_keys, room;
	guint bits;
	DmReplyFeatureNames *names; /* nullable: where the names are logged, for explain */
} Collector;

/* One logged name: the index and where its name starts in the arena. */
typedef struct {
	guint32 index;
	guint32 offset;
} NameEntry;

/* Every emitted feature's name goes into one arena, one entry per emission (repeats
 * too: looking up whether an index was seen would cost more than the copy), so that
 * naming costs no allocation per n-gram; a name is looked up only for the few features
 * `explain` shows. */
struct _DmReplyFeatureNames {
	GArray *entries;            /* NameEntry, in emission order */
	GString *arena;             /* the names, each NUL-terminated */
	gboolean rules_only;        /* only the rules' names are logged */
};

static DmReplyFeatureNames *
names_new(gboolean rules_only, guint entries, gsize arena)
{
	DmReplyFeatureNames *n = g_new(DmReplyFeatureNames, 1);
	n->entries = g_array_sized_new(FALSE, FALSE, sizeof(NameEntry), entries);
	n->arena = g_string_sized_new(arena);
	n->rules_only = rules_only;
	return n;
}

DmReplyFeatureNames *
dm_reply_feature_names_new(void)
{
	return names_new(FALSE, 1024, 8192);
}

DmReplyFeatureNames *
dm_reply_feature_names_new_rules_only(void)
{
	/* A reply hits a handful of rules. */
	return names_new(TRUE, 16, 256);
}

void
dm_reply_feature_names_free(DmReplyFeatureNames *names)
{
	if (!names)
		return;
	g_array_unref(names->entries);
	g_string_free(names->arena, TRUE);
	g_free(names);
}

const char *
dm_reply_feature_names_find(const DmReplyFeatureNames *names, guint32 index)
{
	g_return_val_if_fail(names != NULL, NULL);
	for (guint i = 0; i < names->entries->len; i++) {
		const NameEntry *e = &g_array_index(names->entries, NameEntry, i);
		if (e->index == index)
			return names->arena->str + e->offset;
	}
	return NULL;
}


void
dm_reply_feature_names_rules(const DmReplyFeatureNames *names, GPtrArray *out)
{
	g_return_if_fail(names != NULL && out != NULL);
	for (guint i = 0; i < names->entries->len; i++) {
		const char *name = names->arena->str +
		                   g_array_index(names->entries, NameEntry, i).offset;
		if (name[0] == 'r' && name[1] == ':')
			g_ptr_array_add(out, (gpointer) (name + 2));
	}
}

/* FNV-1a continued over @len more bytes: hashing a name in pieces gives the hash of the
 * whole, so no name is ever put together to be hashed. */
static guint32
fnv1a_more(guint32 h, const char *s, gsize len)
{
	for (gsize i = 0; i < len; i++) {
		h ^= (guchar) s[i];
		h *= 16777619u;
	}
	return h;
}

guint32
dm_reply_fnv1a(const char *s, gsize len)
{
	return fnv1a_more(2166136261u, s, len);
}

/* A feature's name as pieces (a prefix, a word, ...), hashed and logged without joining. */
typedef struct {
	const char *s;
	gsize len;
} Piece;

/* Adds one occurrence, in @group, of the feature named by the @n pieces, whose FNV-1a
 * hash is @h (the caller may have hashed them in step with others). */
static void
emit_hashed(Collector *c, int group, guint32 h, const Piece *pieces, guint n)
{
	guint32 index = (((h >> c->bits) ^ h) & ((1u << c->bits) - 1)) + 1;
	/* A reply emits thousands of features: each is written in place, the arrays grown
	 * by doubling, rather than appended through a call per feature and per piece. */
	if (c->n_keys == c->room) {
		c->room *= 2;
		c->keys = g_renew(guint32, c->keys, c->room);
	}
	c->keys[c->n_keys++] = index << KEY_GROUP_BITS | (guint32) group;
	/* The n-grams are nearly all of a reply's features: a reading without explain logs
	 * none of their names. */
	if (c->names && (!c->names->rules_only || group == GROUP_RULE)) {
		NameEntry e = { index, (guint32) c->names->arena->len };
		g_array_append_val(c->names->entries, e);
		gsize len = 0;
		for (guint i = 0; i < n; i++)
			len += pieces[i].len;
		gsize at = c->names->arena->len;
		g_string_set_size(c->names->arena, at + len + 1);
		for (guint i = 0; i < n; i++) {
			memcpy(c->names->arena->str + at, pieces[i].s, pieces[i].len);
			at += pieces[i].len;
		}
		c->names->arena->str[at] = '\0';
	}
}

/* Adds one occurrence, in @group, of the feature named by the @n pieces. */
static void
emit_pieces(Collector *c, int group, const Piece *pieces, guint n)
{
	guint32 h = 2166136261u;
	for (guint i = 0; i < n; i++)
		h = fnv1a_more(h, pieces[i].s, pieces[i].len);
	emit_hashed(c, group, h, pieces, n);
}

static void
emit_str(Collector *c, int group, const char *prefix, const char *name)
{
	Piece p[2] = { { prefix, strlen(prefix) }, { name, strlen(name) } };
	emit_pieces(c, group, p, 2);
}

static gboolean
all_digits(const char *s, gsize len)
{
	if (len == 0)
		return FALSE;
	for (gsize i = 0; i < len; i++)
		if (!g_ascii_isdigit(s[i]))
			return FALSE;
	return TRUE;
}

/* TRUE for d{1,2}[-/.]d{1,2}([-/.]d{2,4})? and d{4}-d{1,2}-d{1,2}: a written date. */
static gboolean
numeric_date(const char *s)
{
	gsize lens[4] = { 0 };
	guint n = 0;
	for (const char *p = s; *p; p++) {
		if (g_ascii_isdigit(*p)) {
			if (++lens[n] > 4)
				return FALSE;
		} else if ((*p == '-' || *p == '/' || *p == '.') && lens[n] > 0 && n < 2)
			n++;
		else
			return FALSE;
	}
	n++;
	if (n < 2 || lens[n - 1] == 0)
		return FALSE;
	if (n == 3 && lens[0] == 4)
		return lens[1] <= 2 && lens[2] <= 2;
	return lens[0] <= 2 && lens[1] <= 2 && (n == 2 || lens[2] == 2 || lens[2] == 4);
}

static gboolean
has_currency(const char *s)
{
	return strstr(s, "€") || strchr(s, '$') || strstr(s, "£") ||
	       g_str_has_prefix(s, "eur") || g_str_has_suffix(s, "eur") ||
	       g_str_has_suffix(s, ",-") || g_str_has_suffix(s, ",--");
}

/* The placeholder a raw token (lower case, edge punctuation removed) stands for, or NULL
 * when it is words (dm-reply-features.h). */
const char *
dm_reply_token_placeholder(const char *t)
{
	gsize len = strlen(t);
	const char *at = strchr(t, '@');
	if (at && at != t && strchr(at, '.'))
		return "<email>";
	if (g_str_has_prefix(t, "http://") || g_str_has_prefix(t, "https://") ||
	    g_str_has_prefix(t, "www."))
		return "<url>";
	gboolean digit = FALSE;
	for (gsize i = 0; i < len && !digit; i++)
		digit = g_ascii_isdigit(t[i]);
	if (!digit)
		return NULL;
	if (has_currency(t))
		return "<amount>";
	if (numeric_date(t))
		return "<date>";
	gsize d = 0;
	while (d < len && g_ascii_isdigit(t[d]))
		d++;
	if (d > 0 && d <= 2 && (t[d] == ':' || t[d] == 'h' || t[d] == 'u') &&
	    (t[d] == ':' ? all_digits(t + d + 1, 2) && len == d + 3 : len == d + 1))
		return "<time>";
	if (d > 0 && d <= 2 && d < len &&
	    (strcmp(t + d, "e") == 0 || strcmp(t + d, "ste") == 0 || strcmp(t + d, "de") == 0 ||
	     strcmp(t + d, "th") == 0 || strcmp(t + d, "st") == 0 || strcmp(t + d, "nd") == 0 ||
	     strcmp(t + d, "rd") == 0))
		return "<day>";
	/* 1.234,56 / 1,234.56 / 120,00: a decimal part of two digits. */
	if (len > 3 && (t[len - 3] == ',' || t[len - 3] == '.') && all_digits(t + len - 2, 2) &&
	    g_ascii_isdigit(t[0]))
		return "<amount>";
	return "<num>";
}

/* The tokens of a text: their bytes one after the other in one buffer, each ending in a
 * NUL, and where each starts.  A reply has a few hundred tokens; an allocation for each
 * (and a GPtrArray of them) was a good part of what its features cost, so they share
 * one buffer, which grows a few times per text rather than once per token. */
typedef struct {
	GString *bytes;             /* the tokens, each NUL-terminated */
	GArray *starts;             /* guint32 per token: its offset in @bytes, or
	                             * CLAUSE_END where a clause ends */
	GByteArray *bits;           /* per token, its word_bits (0 where a clause ends),
	                             * looked up once when it is added: the language guess,
	                             * the scopes' ends and the negations each looked it up */
} Tokens;

#define CLAUSE_END G_MAXUINT32

static guint word_bits(const char *w);

static void
tokens_init(Tokens *t, const char *text)
{
	/* About the text's size, which the tokens rarely exceed. */
	t->bytes = g_string_sized_new(strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES) + 64);
	t->starts = g_array_sized_new(FALSE, FALSE, sizeof(guint32), 256);
	t->bits = g_byte_array_sized_new(256);
}

static void
tokens_clear(Tokens *t)
{
	g_string_free(t->bytes, TRUE);
	g_array_unref(t->starts);
	g_byte_array_unref(t->bits);
}

static guint
tokens_len(const Tokens *t)
{
	return t->starts->len;
}

/* (transfer none) token @i, or NULL where a clause ends; valid until a token is added. */
static const char *
tokens_at(const Tokens *t, guint i)
{
	guint32 at = g_array_index(t->starts, guint32, i);
	return at == CLAUSE_END ? NULL : t->bytes->str + at;
}

/* word_bits of token @i, 0 where a clause ends. */
static guint
tokens_bits(const Tokens *t, guint i)
{
	return t->bits->data[i];
}

static void
tokens_add(Tokens *t, const char *s, gsize len)
{
	guint32 at = (guint32) t->bytes->len;
	g_string_append_len(t->bytes, s, (gssize) len);
	g_string_append_c(t->bytes, '\0');
	g_array_append_val(t->starts, at);
	guint8 bits = (guint8) word_bits(t->bytes->str + at);
	g_byte_array_append(t->bits, &bits, 1);
}

static void
tokens_end_clause(Tokens *t)
{
	guint32 end = CLAUSE_END;
	g_array_append_val(t->starts, end);
	guint8 none = 0;
	g_byte_array_append(t->bits, &none, 1);
}

/* g_unichar_isspace and g_unichar_isalnum of the character at @p.  An ASCII character
 * (nearly every one of a reply) is answered without decoding it and without a call into
 * the Unicode tables: among them Unicode's spaces are the blank, tab, line feed, carriage
 * return and form feed (not the vertical tab), its letters and digits A-Z, a-z, 0-9. */
static inline gboolean
space_at(const char *p)
{
	guchar c = (guchar) *p;
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	return g_unichar_isspace(g_utf8_get_char(p));
}

static inline gboolean
alnum_at(const char *p)
{
	guchar c = (guchar) *p;
	if (c < 0x80)
		return g_ascii_isalnum(c);
	return g_unichar_isalnum(g_utf8_get_char(p));
}

/* Adds the words of @raw (a raw token that is no placeholder): letters and digits, with
 * apostrophes inside ("don't"). */
static void
add_words(Tokens *tokens, const char *raw)
{
	const char *q = raw;
	while (*q) {
		while (*q && !alnum_at(q))
			q = g_utf8_next_char(q);
		const char *w = q;
		while (*q) {
			const char *nx = g_utf8_next_char(q);
			if (alnum_at(q) ||
			    ((*q == '\'' || strncmp(q, "\xE2\x80\x99", 3) == 0) && *nx && alnum_at(nx) &&
			     q > w))
				q = nx;
			else
				break;
		}
		if (q > w)
			tokens_add(tokens, w, (gsize) (q - w));
	}
}

/* What the characters from @from to @to after a token's word (or a whole token without
 * one) say: whether they end a clause (. , ; : ! ?) and ask (?), into @clause_end and
 * @question; and each emoji among them, a word of its own in @tokens.  Some replies from
 * a phone say nothing else ("??", "👍"): the question mark of a token without a word
 * and every emoji were dropped with the punctuation, leaving such a reply no feature but
 * its length and language. */
static void
edge_marks(Tokens *tokens, const char *from, const char *to, gboolean *clause_end,
           gboolean *question)
{
	for (const char *q = from; q < to; q = g_utf8_next_char(q)) {
		gunichar ch = g_utf8_get_char(q);
		if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?')
			*clause_end = TRUE;
		*question |= ch == '?';
		if (ch >= 0x80 && g_unichar_type(ch) == G_UNICODE_OTHER_SYMBOL)
			tokens_add(tokens, q, (gsize) (g_utf8_next_char(q) - q));
	}
}

/* Adds the normalised tokens of @text to @tokens, and a clause end after each token
 * that ends a clause. */
static void
tokenise(const char *text, Tokens *tokens)
{
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) len);
	g_autofree char *lower = g_utf8_strdown(valid, -1);
	/* Each raw token is copied here, reused from one token to the next: the
	 * placeholder test and add_words() read it as a C string. */
	g_autoptr(GString) raw = g_string_sized_new(64);
	const char *p = lower;
	while (*p && tokens_len(tokens) < MAX_TOKENS) {
		while (*p && space_at(p))
			p = g_utf8_next_char(p);
		const char *start = p;
		while (*p && !space_at(p))
			p = g_utf8_next_char(p);
		if (p == start)
			break;
		/* Edge punctuation off; a clause end, a question and emoji remembered. */
		const char *s = start, *e = p;
		while (s < e && !alnum_at(s) && *s != '<' && *s != '(' &&
		       strncmp(s, "€", 3) != 0 && *s != '$')
			s = g_utf8_next_char(s);
		while (e > s) {
			const char *prev = g_utf8_prev_char(e);
			gunichar ch = g_utf8_get_char(prev);
			if (g_unichar_isalnum(ch) || (ch == '-' && prev > s && prev[-1] == ','))
				break;
			e = prev;
		}
		if (e > s) {
			g_string_truncate(raw, 0);
			g_string_append_len(raw, s, e - s);
			const char *ph = dm_reply_token_placeholder(raw->str);
			if (ph)
				tokens_add(tokens, ph, strlen(ph));
			else
				add_words(tokens, raw->str);
		}
		/* A token with no word in it is all edge: "??", a thumbs-up, the "?" of
		 * "welke factuur ?". */
		gboolean clause_end = FALSE, question = FALSE;
		edge_marks(tokens, e > s ? e : start, p, &clause_end, &question);
		if (question)
			tokens_add(tokens, "?", 1);
		if (clause_end)
			tokens_end_clause(tokens);
	}
}

/* Common words of each language: a few suffice to tell Dutch, English and German apart
 * in a sentence. */
static const char *const lang_words[][40] = {
	{ "nl", "de", "het", "een", "en", "ik", "is", "niet", "dat", "van", "wij", "we", "u",
	  "uw", "zijn", "heb", "hebben", "voor", "met", "op", "te", "er", "ook", "nog", "maar",
	  "deze", "dit", "wordt", "bij", "naar", "geen", "mijn", "als", "graag", "hoi",
	  "bedankt", "groet", "jullie", "wat", NULL },
	{ "en", "the", "a", "and", "i", "is", "not", "that", "of", "we", "you", "your", "are",
	  "have", "has", "for", "with", "on", "to", "it", "this", "will", "be", "my", "but",
	  "no", "can", "please", "thanks", "thank", "i'll", "we'll", "just", "hi", "regards",
	  "was", "paid", "would", NULL },
	{ "de", "der", "die", "das", "und", "ich", "ist", "nicht", "dass", "von", "wir", "sie",
	  "ihr", "sind", "habe", "haben", "für", "mit", "auf", "zu", "es", "noch", "aber",
	  "diese", "wird", "bei", "nach", "kein", "keine", "mein", "bitte", "danke", "ihnen",
	  "grüße", "gruß", "rechnung", "wurde", "werden", NULL },
};

/* What a word is to the features, as bits: the languages whose common words hold it
 * (bit l for lang_words[l]), and whether it negates or ends a negation's scope. */
enum { WORD_NEGATES = 1 << 4, WORD_ENDS_SCOPE = 1 << 5 };

static const char *const negation_words[] = {
	"niet", "nie", "geen", "nooit", "niets", "niks", "nimmer", "not", "no", "never",
	"nothing", "neither", "nor", "cannot", "nicht", "kein", "keine", "keinen",
	"keinem", "keiner", "niemals", "nichts",
};
static const char *const scope_end_words[] = { "maar", "but", "aber", "however", "echter" };

static void
mark_words(GHashTable *table, const char *const *words, gsize n, guint bit)
{
	for (gsize i = 0; i < n && words[i]; i++) {
		guint bits = GPOINTER_TO_UINT(g_hash_table_lookup(table, words[i]));
		g_hash_table_insert(table, (gpointer) words[i], GUINT_TO_POINTER(bits | bit));
	}
}

static gpointer
build_word_table(gpointer unused)
{
	GHashTable *table = g_hash_table_new(g_str_hash, g_str_equal);
	for (gsize l = 0; l < G_N_ELEMENTS(lang_words); l++)
		mark_words(table, lang_words[l] + 1, G_N_ELEMENTS(lang_words[l]) - 1, 1u << l);
	mark_words(table, negation_words, G_N_ELEMENTS(negation_words), WORD_NEGATES);
	mark_words(table, scope_end_words, G_N_ELEMENTS(scope_end_words), WORD_ENDS_SCOPE);
	return table;
}

/* The bits of @w (0 for any other word): one lookup per token, where comparing each
 * token with every listed word cost a hundred comparisons. */
static guint
word_bits(const char *w)
{
	static GOnce once = G_ONCE_INIT;
	GHashTable *table = g_once(&once, build_word_table, NULL);
	return GPOINTER_TO_UINT(g_hash_table_lookup(table, w));
}
G_STATIC_ASSERT(WORD_ENDS_SCOPE <= G_MAXUINT8);   /* the bits fit a Tokens' byte */

/* Whether word @w, whose word_bits are @bits, negates. */
static gboolean
is_negation(const char *w, guint bits)
{
	return (bits & WORD_NEGATES) || g_str_has_suffix(w, "n't") || g_str_has_suffix(w, "n’t");
}

static const char *
guess_from_tokens(const Tokens *tokens)
{
	guint n[G_N_ELEMENTS(lang_words)] = { 0 };
	for (guint i = 0; i < tokens_len(tokens); i++) {
		guint bits = tokens_bits(tokens, i);
		for (gsize l = 0; l < G_N_ELEMENTS(lang_words); l++)
			n[l] += (bits >> l) & 1;
	}
	/* The language with the most, the first of them on a tie. */
	guint best = 0;
	const char *lang = "";
	for (gsize l = 0; l < G_N_ELEMENTS(lang_words); l++)
		if (n[l] > best) {
			best = n[l];
			lang = lang_words[l][0];
		}
	return lang;
}

const char *
dm_reply_guess_language(const char *text)
{
	g_return_val_if_fail(text != NULL, "");
	Tokens tokens;
	tokens_init(&tokens, text);
	tokenise(text, &tokens);
	const char *lang = guess_from_tokens(&tokens);
	tokens_clear(&tokens);
	return lang;
}

/* For each token: TRUE when it lies in a negation's scope. */
static gboolean *
negation_marks(const Tokens *tokens)
{
	gboolean *marks = g_new0(gboolean, tokens_len(tokens) + 1);
	guint left = 0;
	for (guint i = 0; i < tokens_len(tokens); i++) {
		const char *t = tokens_at(tokens, i);
		guint bits = tokens_bits(tokens, i);
		if (!t || (bits & WORD_ENDS_SCOPE) || strcmp(t, "?") == 0) {
			left = 0;
			continue;
		}
		if (is_negation(t, bits)) {
			left = NEG_SCOPE;
			continue;
		}
		if (left > 0) {
			marks[i] = TRUE;
			left--;
		}
	}
	return marks;
}

char *
dm_reply_normalise(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	Tokens tokens;
	tokens_init(&tokens, text);
	tokenise(text, &tokens);
	g_autofree gboolean *neg = negation_marks(&tokens);
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < tokens_len(&tokens); i++) {
		const char *t = tokens_at(&tokens, i);
		if (!t)
			continue;
		if (out->len)
			g_string_append_c(out, ' ');
		g_string_append_printf(out, "%s%s", neg[i] ? "NEG_" : "", t);
	}
	tokens_clear(&tokens);
	return g_string_free(out, FALSE);
}

static void
char_ngrams(Collector *c, const char *word)
{
	if (word[0] == '<' || strcmp(word, "?") == 0)
		return;
	/* " word ": the edges are part of the n-grams ("be" at the start of "betaald").  Short
	 * words (nearly all) are padded on the stack. */
	char stack[256];
	gsize wlen = strlen(word);
	g_autofree char *heap = NULL;
	char *padded = wlen + 3 <= sizeof stack ? stack : (heap = g_malloc(wlen + 3));
	padded[0] = ' ';
	memcpy(padded + 1, word, wlen);
	padded[wlen + 1] = ' ';
	padded[wlen + 2] = '\0';
	const char *starts[64];
	guint n = 0;
	for (const char *p = padded; *p && n < G_N_ELEMENTS(starts) - 1; p = g_utf8_next_char(p))
		starts[n++] = p;
	starts[n] = padded + wlen + 2;
	/* The n-grams from one start share their beginning, and FNV-1a goes byte by byte: each
	 * is hashed as the one before it, one character further, rather than from "c:" up. */
	guint32 after_prefix = fnv1a_more(2166136261u, "c:", 2);
	for (guint i = 0; i < n; i++) {
		guint32 h = fnv1a_more(after_prefix, starts[i],
		                       (gsize) (starts[i + CHAR_NGRAM_MIN - 1] - starts[i]));
		for (guint k = CHAR_NGRAM_MIN; k <= CHAR_NGRAM_MAX && i + k <= n; k++) {
			h = fnv1a_more(h, starts[i + k - 1], (gsize) (starts[i + k] - starts[i + k - 1]));
			Piece p[2] = { { "c:", 2 }, { starts[i], (gsize) (starts[i + k] - starts[i]) } };
			emit_hashed(c, GROUP_CHAR, h, p, 2);
		}
	}
}

/* Bits of the index sorted per pass: three passes cover the largest index (2^24). */
#define RADIX_BITS 9

/* Sorts the @n @keys by their index, stably (repeats of an index keep the order they
 * were emitted in, so that the first one's group counts): a least-significant-digit radix
 * sort, a few linear passes where a comparison sort of a reply's thousand-odd items cost
 * a quarter of reading the reply. */
static void
sort_by_index(guint32 *keys, guint n)
{
	if (n < 2)
		return;
	guint32 max = 0;
	for (guint i = 0; i < n; i++)
		max = MAX(max, keys[i] >> KEY_GROUP_BITS);
	g_autofree guint32 *tmp = g_new(guint32, n);
	guint32 *from = keys, *to = tmp;
	for (guint shift = 0; shift < 32 && (max >> shift) > 0; shift += RADIX_BITS) {
		guint count[(1u << RADIX_BITS) + 1] = { 0 };
		guint s = shift + KEY_GROUP_BITS;
		for (guint i = 0; i < n; i++)
			count[((from[i] >> s) & ((1u << RADIX_BITS) - 1)) + 1]++;
		for (guint d = 1; d <= (1u << RADIX_BITS); d++)
			count[d] += count[d - 1];
		for (guint i = 0; i < n; i++)
			to[count[(from[i] >> s) & ((1u << RADIX_BITS) - 1)]++] = from[i];
		guint32 *t = from;
		from = to;
		to = t;
	}
	if (from != keys)
		memcpy(keys, from, n * sizeof *from);
}

/* Counts below this have their damped weight 1 + log n looked up (nearly every count of
 * a reply is one of the first few). */
#define DAMPED_TABLE 64

static gpointer
build_damped(gpointer unused)
{
	static double table[DAMPED_TABLE];
	for (guint n = 1; n < DAMPED_TABLE; n++)
		table[n] = 1.0 + log((double) n);
	return table;
}

/* 1 + log @n, the damped weight of a feature seen @n times (n >= 1): the same double
 * whether looked up or computed, a thousand calls of log() a reply spared. */
static double
damped(guint n)
{
	static GOnce once = G_ONCE_INIT;
	const double *table = g_once(&once, build_damped, NULL);
	return n < DAMPED_TABLE ? table[n] : 1.0 + log((double) n);
}

/* (transfer full) the @n @keys (sorted here) as features: counts -> damped, per-group
 * L2 norm, then overall L2 norm. */
static GArray *
weigh(guint32 *keys, guint n)
{
	sort_by_index(keys, n);
	/* Merge repeats of the same index: count them; the first one's group counts. */
	GArray *items = g_array_sized_new(FALSE, FALSE, sizeof(DmReplyFeature), n);
	g_array_set_size(items, n);
	DmReplyFeature *f = (DmReplyFeature *) (gpointer) items->data;
	g_autofree int *groups = g_new(int, n + 1);
	guint merged = 0;
	for (guint i = 0; i < n;) {
		guint32 index = keys[i] >> KEY_GROUP_BITS;
		guint j = i;
		while (j < n && keys[j] >> KEY_GROUP_BITS == index)
			j++;
		groups[merged] = (int) (keys[i] & ((1u << KEY_GROUP_BITS) - 1));
		f[merged] = (DmReplyFeature) { index, damped(j - i) };
		merged++;
		i = j;
	}
	g_array_set_size(items, merged);
	double norm[N_GROUPS] = { 0 };
	for (guint i = 0; i < merged; i++)
		norm[groups[i]] += f[i].value * f[i].value;
	double total = 0;
	for (int g = 0; g < N_GROUPS; g++)
		if (norm[g] > 0) {
			norm[g] = sqrt(norm[g]) / group_weight[g];
			total += group_weight[g] * group_weight[g];
		}
	total = sqrt(total);
	for (guint i = 0; i < merged; i++)
		f[i].value /= norm[groups[i]] * total;
	return items;
}

/* The word group and the character n-grams: each word (NEG_ marked in a negation's
 * scope), each pair of words within a clause ("<s>" before the first), each word's
 * n-grams. */
static void
word_features(Collector *c, const Tokens *tokens)
{
	g_autofree gboolean *neg = negation_marks(tokens);
	const char *prev = "<s>";
	for (guint i = 0; i < tokens_len(tokens); i++) {
		const char *t = tokens_at(tokens, i);
		if (!t) {
			prev = NULL;
			continue;
		}
		emit_str(c, GROUP_WORD, neg[i] ? "w:NEG_" : "w:", t);
		if (prev) {
			Piece p[4] = { { "b:", 2 }, { prev, strlen(prev) }, { " ", 1 }, { t, strlen(t) } };
			emit_pieces(c, GROUP_WORD, p, 4);
		}
		prev = t;
		char_ngrams(c, t);
	}
}

/* Whether one of @rules (names) starts with @prefix. */
static gboolean
any_rule(const GPtrArray *rules, const char *prefix)
{
	for (guint i = 0; i < rules->len; i++)
		if (g_str_has_prefix(g_ptr_array_index(rules, i), prefix))
			return TRUE;
	return FALSE;
}

gboolean
dm_reply_rules_name_intent(const GPtrArray *rules)
{
	g_return_val_if_fail(rules != NULL, FALSE);
	return any_rule(rules, "paid_") || any_rule(rules, "promise_") ||
	       any_rule(rules, "dispute_") || any_rule(rules, "arrangement_");
}

gboolean
dm_reply_text_names_intent(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(text, rules);
	return dm_reply_rules_name_intent(rules);
}

/* Two readings together that a linear model cannot weigh from each alone: money asked
 * back beside a payment is a question, however sure the payment reads ("twee keer
 * betaald, graag terugstorten"); a booking beside no payment, promise or dispute asks
 * for nothing about the invoice, whatever day it names ("kunnen we de zaal op 14 maart
 * vastleggen?") (corpus/replies/README.md, train-bookings); an invoice refused for its
 * form beside the request that puts it right is the refusal, however politely it asks
 * ("geen inkoopnummer erop; kunt u laten weten onder welke opdracht?"). */
void
dm_reply_rule_pairs(const GPtrArray *rules, GPtrArray *pairs)
{
	g_return_if_fail(rules != NULL && pairs != NULL);
	if (any_rule(rules, "question_refund") && any_rule(rules, "paid_"))
		g_ptr_array_add(pairs, (gpointer) "refund+paid");
	if (any_rule(rules, "other_booking") && !any_rule(rules, "paid_") &&
	    !any_rule(rules, "promise_") && !any_rule(rules, "dispute_") &&
	    !any_rule(rules, "arrangement_"))
		g_ptr_array_add(pairs, (gpointer) "booking-alone");
	if ((any_rule(rules, "dispute_formal") || any_rule(rules, "dispute_entity") ||
	     any_rule(rules, "dispute_vat") || any_rule(rules, "dispute_why_pay")) &&
	    any_rule(rules, "question_"))
		g_ptr_array_add(pairs, (gpointer) "refusal+ask");
}

/* The words of @tokens: every token but the clause ends, the question marks and the
 * amounts (an emoji counts as a word). */
static guint
count_words(const Tokens *tokens)
{
	guint words = 0;
	for (guint i = 0; i < tokens_len(tokens); i++) {
		const char *t = tokens_at(tokens, i);
		words += t && strcmp(t, "<amount>") != 0 && strcmp(t, "?") != 0;
	}
	return words;
}

gboolean
dm_reply_text_brief(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	/* A longer text is no bare "ok", whatever its words (and is not tokenised for
	 * nothing). */
	if (strnlen(text, DM_REPLY_BRIEF_MAX_BYTES + 1) > DM_REPLY_BRIEF_MAX_BYTES)
		return FALSE;
	Tokens tokens;
	tokens_init(&tokens, text);
	tokenise(text, &tokens);
	gboolean brief = count_words(&tokens) <= DM_REPLY_BRIEF_MAX_WORDS;
	tokens_clear(&tokens);
	return brief;
}

static void
meta_features(Collector *c, const Tokens *tokens, const GDate *reference,
              DmReplyDateScan *dates)
{
	const char *lang = guess_from_tokens(tokens);
	emit_str(c, GROUP_META, "m:lang=", lang[0] ? lang : "none");
	GDate date;
	g_date_clear(&date, 1);
	if (dm_reply_scan_find_date(dates, reference, FALSE, &date, NULL)) {
		emit_str(c, GROUP_META, "m:", "date");
		if (reference && g_date_valid(reference)) {
			int cmp = g_date_compare(&date, reference);
			emit_str(c, GROUP_META, "m:date", cmp < 0 ? "<msg" : cmp > 0 ? ">msg" : "=msg");
		}
	} else
		emit_str(c, GROUP_META, "m:", "nodate");
	gboolean amount = FALSE, question = FALSE;
	for (guint i = 0; i < tokens_len(tokens); i++) {
		const char *t = tokens_at(tokens, i);
		if (t && strcmp(t, "<amount>") == 0)
			amount = TRUE;
		else if (t && strcmp(t, "?") == 0)
			question = TRUE;
	}
	guint words = count_words(tokens);
	if (amount)
		emit_str(c, GROUP_META, "m:", "amount");
	if (question)
		emit_str(c, GROUP_META, "m:", "question");
	emit_str(c, GROUP_META, "m:len=", words <= 3 ? "1-3" : words <= 12 ? "4-12" :
	         words <= 40 ? "13-40" : "41+");
}

GArray *
dm_reply_features_scanned(const char *text, const GDate *reference, guint bits,
                          DmReplyFeatureNames *names, DmReplyDateScan *dates,
                          GPtrArray *rules_out)
{
	g_return_val_if_fail(text != NULL && bits >= 8 && bits <= 24, NULL);
	/* The patterns below (rules, dates) require valid UTF-8, within the bound. */
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) strnlen(text,
	                                                                 DM_REPLY_MAX_CLASSIFY_BYTES));
	text = valid;
	g_autoptr(DmReplyDateScan) own_dates = dates ? NULL : dm_reply_date_scan_new_typed(text);
	Collector c = { g_new(guint32, 1024), 0, 1024, bits, names };
	Tokens tokens;
	tokens_init(&tokens, text);
	tokenise(text, &tokens);
	word_features(&c, &tokens);
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(text, rules);
	for (guint i = 0; i < rules->len; i++)
		emit_str(&c, GROUP_RULE, "r:", g_ptr_array_index(rules, i));
	/* Handed on, so that the tests after the model need not try the rules again. */
	if (rules_out)
		for (guint i = 0; i < rules->len; i++)
			g_ptr_array_add(rules_out, g_ptr_array_index(rules, i));
	g_autoptr(GPtrArray) pairs = g_ptr_array_new();
	dm_reply_rule_pairs(rules, pairs);
	for (guint i = 0; i < pairs->len; i++)
		emit_str(&c, GROUP_RULE, "r:", g_ptr_array_index(pairs, i));
	meta_features(&c, &tokens, reference, dates ? dates : own_dates);
	tokens_clear(&tokens);

	GArray *features = weigh(c.keys, c.n_keys);
	g_free(c.keys);
	return features;
}

GArray *
dm_reply_features_named(const char *text, const GDate *reference, guint bits,
                        DmReplyFeatureNames *names)
{
	return dm_reply_features_scanned(text, reference, bits, names, NULL, NULL);
}

GArray *
dm_reply_features(const char *text, const GDate *reference, guint bits, GHashTable *names)
{
	g_return_val_if_fail(text != NULL && bits >= 8 && bits <= 24, NULL);
	if (!names)
		return dm_reply_features_named(text, reference, bits, NULL);
	g_autoptr(DmReplyFeatureNames) log = dm_reply_feature_names_new();
	GArray *features = dm_reply_features_named(text, reference, bits, log);
	for (guint i = 0; i < log->entries->len; i++) {
		const NameEntry *e = &g_array_index(log->entries, NameEntry, i);
		if (!g_hash_table_contains(names, GUINT_TO_POINTER(e->index)))
			g_hash_table_insert(names, GUINT_TO_POINTER(e->index),
			                    g_strdup(log->arena->str + e->offset));
	}
	return features;
}
