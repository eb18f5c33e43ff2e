/* clause_tense: whether the clause around a date speaks of what happened or of what will,
 * and whether it speaks of paying at all (dm-reply-tense.h).
 *
 * A reply's class says which way a date without a year, month or week points ("paid"
 * backwards, "promise" forwards), but replies mix both: "Ihre Rechnung wurde am 12.
 * beglichen" read as a promise, "the balance will be cleared on Friday" after "we paid
 * half last week".  The verbs of the date's own clause say it better when they say it at
 * all.  Future wins over past in one clause: "will be paid", "wird bezahlt", "wordt
 * betaald" hold a participle too.
 *
 * A reply the classifier reads as a question or a dispute often names its payment day
 * all the same ("ich überweise am Freitag. Noch eine Frage: ..."), and a promise may name
 * a day that is no payment's ("ik zit tot donderdag in het ziekenhuis. Over vier dagen
 * maak ik het over"): the words of paying in the date's own clause tell them apart.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-tense.h"

#include <string.h>

/* Whole words, lower case.  Future: auxiliaries and verbs of what is still to come. */
static const char *const future_words[] = {
	"will", "shall", "gonna", "scheduled", "planned", "follow", "follows", "goes",
	"zal", "zullen", "zult", "ga", "gaat", "gaan", "volgt", "volgen", "gepland",
	"ingepland", "wordt", "word",
	"wird", "werden", "werde", "folgt", "folgen", "geplant", "eingeplant", "terminiert",
	"vorgemerkt", "erfasst",
};

/* Past: participles and simple pasts of paying and sending (an auxiliary alone says
 * nothing: "dinsdag heb je het" is a promise), and the past of the passive. */
static const char *const past_words[] = {
	"paid", "transferred", "sent", "wired", "settled", "remitted", "went", "did",
	"betaald", "betaalde", "betaalden", "overgemaakt", "overgeboekt", "gestort", "voldaan",
	"verstuurd", "maakte", "maakten", "stuurde", "stuurden", "werd", "werden",
	"überwiesen", "überwies", "bezahlt", "bezahlte", "gezahlt", "zahlte", "zahlten",
	"beglichen", "angewiesen", "wurde", "wurden",
	/* Participles of paying the auxiliary lists do not reach ("ist am 31.10.
	 * abgebucht worden", "werd vereffend"). */
	"abgebucht", "einbezahlt", "eingezahlt", "ausgelöst", "overgeschreven", "vereffend",
	"afgeschreven",
	/* "I have made the transfer on Wednesday", "habe es am Montag erledigt". */
	"made", "done", "gedaan", "erledigt",
};

/* The past of "to be" says only that something else was: a clause that also pays in the
 * present ("de 160 euro die afgesproken was betaal ik vrijdag", "the big tent was fine,
 * we pay for it on Friday", "was in Ordnung, die zahlen wir am Freitag") speaks of the
 * payment to come, and its day points the way the class or the payment says. */
static const char *const copula_pasts[] = { "was", "were", "war" };

/* Finite present forms of paying: with a day they promise it ("betaal ik vrijdag"). */
static const char *const present_pays[] = {
	"betaal", "betaalt", "betalen", "pay", "pays", "zahle", "zahlen", "bezahle", "bezahlen",
	"überweise", "überweisen", "begleiche", "begleichen",
};

/* Before a participle, these make it what is still to come: "to be paid", "get paid". */
static const char *const not_yet_words[] = { "be", "being", "get", "gets", "getting", "to" };

/* The beginnings of the words of paying, lower case: "betaal" for "betaald" and
 * "betaalrun", "zahl" for "Zahlung" and "zahle". */
static const char *const pay_stems[] = {
	"betaal", "betal", "overgemaakt", "overmaak", "overmaken", "overgeboekt", "overboek",
	"gestort", "stort", "voldaan", "voldoe", "voldoen", "vereffen", "overgeschreven",
	"overschrij", "afgeschreven", "afschrij", "pay", "paid", "transfer", "settle", "remit", "wire", "wiring", "überweis",
	"überwies", "ueberweis", "bezahl", "zahl", "gezahlt", "beglich", "begleich", "angewiesen",
	"anweis", "einbezahl", "einzahl", "abgebucht", "abbuch",
	"bankauftrag", "dauerauftrag",
};

/* Whole words that put money somewhere: "ik ga morgen naar de bank", "staat vrijdag op
 * uw rekening", "over drie dagen staat het erop", "in your account", "auf Ihrem Konto". */
static const char *const pay_words[] = {
	"bank", "rekening", "erop", "account", "konto",
	/* "I put a cheque in the post on Friday", "a standing order for £75 a month
	 * starting on the 28th". */
	"cheque", "cheques", "standing",
};

/* A payment run named as a noun: "the month-end run", "in de run van 10 december", "mit
 * dem nächsten Lauf" (test-blind32's accounts-payable desks).  A run only after a word
 * that makes it a noun (run_modifiers: "the Friday run"; or a possessive: "this week's
 * run"): after a subject or a modal it is a verb ("I'll run it past finance on Monday",
 * "we run the numbers at the meeting"), which pays nothing. */
static const char *const run_nouns[] = { "run", "runs", "lauf" };
static const char *const run_modifiers[] = {
	"the", "our", "this", "that", "next", "first", "last", "each", "every", "weekly",
	"monthly", "fortnightly", "end", "regular", "usual", "scheduled", "bacs", "supplier",
	"monday", "tuesday", "wednesday", "thursday", "friday",
	"de", "het", "onze", "deze", "die", "volgende", "eerstvolgende", "eerste", "laatste",
	"wekelijkse", "maandelijkse", "reguliere", "vaste",
	"dem", "den", "der", "nächsten", "ersten", "letzten", "wöchentlichen", "monatlichen",
	"regulären",
};

/* Dutch verbs whose separable "over" makes them a transfer: "ik boek hem maandag over". */
static const char *const over_verbs[] = {
	"maak", "maakt", "maken", "boek", "boekt", "boeken", "schrijf", "schrijft", "zet", "zetten",
};

/* Words that start a new clause inside a sentence. */
static const char *const clause_words[] = {
	"and", "but", "so", "then", "when", "once", "en", "maar", "dus", "dan", "daarna", "als",
	"zodra", "und", "aber", "also", "dann", "wenn", "sobald",
};

/* Words that name what is left to pay.  After a comma (and an article) they start a
 * clause of their own: "habe 100 € überwiesen, den Rest zahle ich zum 15.", "paid £200
 * today, the rest on the 30th" pay a part that is past and promise the rest, whose day
 * the part's verb would otherwise turn backwards.  Without the comma they stay in the
 * clause of their verb ("I paid the balance on Monday"). */
static const char *const rest_words[] = {
	"rest", "restant", "restbedrag", "remainder", "balance", "restbetrag", "restsumme",
};
static const char *const articles[] = { "de", "het", "the", "den", "der", "die", "das" };

/* Words that open a clause of their own with a new subject after a comma: "Ik betaal het
 * deze vrijdag, mijn klant heeft eindelijk betaald", "I'll pay on Friday, my client has
 * paid me at last".  Someone else's past payment there is no tense of the date's clause
 * once that clause has paid or promised already (subject_after_comma). */
static const char *const subject_words[] = {
	"ik", "jij", "hij", "zij", "wij", "mijn", "zijn", "haar", "onze", "ons", "hun",
	"i", "he", "she", "we", "they", "my", "his", "her", "our", "their",
	"ich", "er", "wir", "mein", "meine", "meiner", "sein", "seine", "unser", "unsere",
};

/* g_ascii_tolower, inline: it is asked of a byte of every entry of the lists below for
 * every word of a clause, where a call each cost more than the comparisons. */
static inline char
lower_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* Whether the word @w (@len bytes) is one of @list's, in any ASCII case.  Every word of
 * every clause around a date is looked up in six lists: the first byte, compared as
 * g_ascii_strncasecmp compares it, turns nearly every entry away before its length is
 * measured. */
static gboolean
in_list(const char *w, gsize len, const char *const *list, gsize n)
{
	char first = lower_ascii(w[0]);
	for (gsize i = 0; i < n; i++)
		if (lower_ascii(list[i][0]) == first && strlen(list[i]) == len &&
		    g_ascii_strncasecmp(w, list[i], len) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
word_byte(char c)
{
	return g_ascii_isalnum(c) || c == '\'' || (guchar) c >= 0x80;
}

/* Where the spaces before @i of @text (not before @from) begin. */
static gsize
before_spaces(const char *text, gsize from, gsize i)
{
	while (i > from && text[i - 1] == ' ')
		i--;
	return i;
}

/* Whether a comma stands right before @i of @text, spaces aside (not before @from). */
static gboolean
comma_before(const char *text, gsize from, gsize i)
{
	i = before_spaces(text, from, i);
	return i > from && text[i - 1] == ',';
}

/* Whether the word at @w (@n bytes) of @text, in a clause that starts at @from, names
 * the rest after a comma ("…, den Rest", "…, the rest"): see rest_words. */
static gboolean
rest_after_comma(const char *text, gsize from, gsize w, gsize n)
{
	if (!in_list(text + w, n, rest_words, G_N_ELEMENTS(rest_words)))
		return FALSE;
	gsize i = before_spaces(text, from, w);
	gsize a = i;
	while (a > from && word_byte(text[a - 1]))
		a--;
	if (a < i && in_list(text + a, i - a, articles, G_N_ELEMENTS(articles)))
		i = a;
	return comma_before(text, from, i);
}

/* Whether the word at @w (@n bytes) of @text, in a clause that starts at @from, opens a
 * clause with a new subject right after a comma (subject_words). */
static gboolean
subject_after_comma(const char *text, gsize from, gsize w, gsize n)
{
	return in_list(text + w, n, subject_words, G_N_ELEMENTS(subject_words)) &&
	       comma_before(text, from, w);
}

/* Whether the period at @i closes a number that is no day of the month: "€ 4.812,30.",
 * "12.03." or "2026." before a capital, but not "am 30. April". */
static gboolean
number_ends_sentence(const char *text, gsize len, gsize i)
{
	gsize d = i;
	while (d > 0 && g_ascii_isdigit(text[d - 1]))
		d--;
	gboolean ordinal = i - d <= 2 && (d == 0 || (text[d - 1] != ',' && text[d - 1] != '.'));
	if (ordinal || i + 2 >= len || !g_ascii_isspace(text[i + 1]))
		return FALSE;
	return g_unichar_isupper(g_utf8_get_char_validated(text + i + 2, (gssize) (len - i - 2)));
}

/* A clause ends at @i: . ! ? ; after a word or a bracket (after a number only as
 * number_ends_sentence says), a line break, or a dash between spaces. */
static gboolean
boundary_at(const char *text, gsize len, gsize i)
{
	char c = text[i];
	if (c == '!' || c == '?' || c == ';' || c == '\n')
		return TRUE;
	if (c == '.' && i > 0 && (i + 1 == len || g_ascii_isspace(text[i + 1])))
		return !g_ascii_isdigit(text[i - 1]) || number_ends_sentence(text, len, i);
	if (i > 0 && i + 1 < len && text[i - 1] == ' ' && text[i + 1] == ' ' &&
	    (c == '-' || (guchar) c == 0xE2))
		return TRUE;
	return FALSE;
}

typedef struct {
	gboolean future, past, pays;
	gboolean copula;            /* a past of "to be" (copula_pasts) */
	gboolean paying_now;        /* a present form of paying (present_pays) */
} Clause;

/* Whether the word @w (@n bytes) begins with a stem of pay_stems, in any case.  Only its
 * first bytes can hold one: those are lowered, on the stack when they are ASCII (most
 * words are), as g_utf8_strdown would lower them. */
static gboolean
has_stem(const char *w, gsize n)
{
	char head[24];
	gsize k = MIN(n, sizeof head - 1);
	gboolean ascii = TRUE;
	for (gsize i = 0; i < k; i++) {
		ascii &= (guchar) w[i] < 0x80;
		head[i] = lower_ascii(w[i]);
	}
	head[k] = '\0';
	g_autofree char *lower = ascii ? NULL : g_utf8_strdown(w, (gssize) n);
	const char *word = ascii ? head : lower;
	/* The first byte first: a stem can only begin a word that begins as it does. */
	for (gsize i = 0; i < G_N_ELEMENTS(pay_stems); i++)
		if ((pay_stems[i][0] == word[0] || pay_stems[i][0] == '\0') &&
		    g_str_has_prefix(word, pay_stems[i]))
			return TRUE;
	return FALSE;
}

/* Whether the word at @w (@n bytes) of @text, in a clause that ends at @to, is the Dutch
 * present "worden" by a Dutch word after it ("worden er tot en met 5 januari geen
 * betalingen gedaan", "worden de facturen vrijdag betaald"): still to come.  Otherwise it
 * may be the German perfect passive ("ist am Freitag überwiesen worden", "überwiesn
 * worden am freitag"), a payment made. */
static const char *const dutch_after_worden[] = {
	"er", "de", "het", "een", "deze", "dit", "uw", "jullie", "onze", "alle", "op", "tot",
	"binnen", "pas", "nog", "morgen", "vandaag", "volgende", "komende", "maandag", "dinsdag",
	"woensdag", "donderdag", "vrijdag",
};
static gboolean
dutch_worden(const char *text, gsize to, gsize w, gsize n)
{
	if (n != 6 || g_ascii_strncasecmp(text + w, "worden", 6) != 0)
		return FALSE;
	gsize i = w + n;
	while (i < to && text[i] == ' ')
		i++;
	gsize next = i;
	while (i < to && word_byte(text[i]))
		i++;
	return i > next && in_list(text + next, i - next, dutch_after_worden,
	                           G_N_ELEMENTS(dutch_after_worden));
}

/* Whether the word at @w (@n bytes) is a payment run's noun after the word at @prev
 * (@prev_len bytes, 0 when none): see run_nouns. */
static gboolean
is_run_noun(const char *text, gsize w, gsize n, gsize prev, gsize prev_len)
{
	if (!prev_len || !in_list(text + w, n, run_nouns, G_N_ELEMENTS(run_nouns)))
		return FALSE;
	gboolean possessive = prev_len > 2 && (g_ascii_strncasecmp(text + prev + prev_len - 2, "'s", 2) == 0 ||
	                                       (prev_len > 4 && memcmp(text + prev + prev_len - 4, "\xE2\x80\x99s", 4) == 0));
	return possessive || in_list(text + prev, prev_len, run_modifiers, G_N_ELEMENTS(run_modifiers));
}

/* The facts of the clause of @text that holds [@start, @end). */
static Clause
scan_clause(const char *text, gsize len, gsize start, gsize end)
{
	Clause c = { FALSE, FALSE, FALSE, FALSE, FALSE };
	gboolean over_verb = FALSE, over = FALSE;
	gsize from = start, to = end;
	while (from > 0 && !boundary_at(text, len, from - 1))
		from--;
	while (to < len && !boundary_at(text, len, to))
		to++;
	/* The words of the clause, cut again at a clause word: only the part that holds the
	 * date counts. */
	gsize i = from, prev = 0, prev_len = 0;
	while (i < to) {
		while (i < to && !word_byte(text[i]))
			i++;
		gsize w = i;
		while (i < to && word_byte(text[i]))
			i++;
		if (i == w)
			break;
		/* A new subject after a comma, past the date of a clause that pays: a later
		 * clause (subject_words). */
		if (w >= end && c.pays && subject_after_comma(text, from, w, i - w))
			break;
		/* "tot en met 5 januari" is one preposition, not "en" opening a clause. */
		gboolean tot_en_met = i - w == 2 && prev_len == 3 &&
		                      g_ascii_strncasecmp(text + prev, "tot", 3) == 0;
		if ((!tot_en_met && in_list(text + w, i - w, clause_words, G_N_ELEMENTS(clause_words))) ||
		    rest_after_comma(text, from, w, i - w)) {
			if (w >= end)
				break;          /* a later clause */
			if (i <= start) {
				/* an earlier one: forget it */
				c = (Clause) { FALSE, FALSE, FALSE, FALSE, FALSE };
				over_verb = over = FALSE;
			}
			continue;
		}
		gsize n = i - w;
		/* "I'll", "that'll", "we’ll". */
		gboolean will = (n > 3 && g_ascii_strncasecmp(text + i - 3, "'ll", 3) == 0) ||
		                (n > 5 && memcmp(text + i - 5, "\xE2\x80\x99ll", 5) == 0);
		c.future |= will || in_list(text + w, n, future_words, G_N_ELEMENTS(future_words)) ||
		            dutch_worden(text, to, w, n);
		gboolean participle = in_list(text + w, n, past_words, G_N_ELEMENTS(past_words));
		gboolean not_yet = prev_len && in_list(text + prev, prev_len, not_yet_words,
		                                       G_N_ELEMENTS(not_yet_words));
		c.past |= participle && !not_yet;
		c.copula |= in_list(text + w, n, copula_pasts, G_N_ELEMENTS(copula_pasts));
		c.paying_now |= in_list(text + w, n, present_pays, G_N_ELEMENTS(present_pays));
		/* "down to be paid on the 1st", "we get paid Friday": still to come. */
		c.future |= participle && not_yet;
		c.pays |= has_stem(text + w, n) ||
		          in_list(text + w, n, pay_words, G_N_ELEMENTS(pay_words)) ||
		          is_run_noun(text, w, n, prev, prev_len);
		over_verb |= in_list(text + w, n, over_verbs, G_N_ELEMENTS(over_verbs));
		over |= n == 4 && g_ascii_strncasecmp(text + w, "over", 4) == 0;
		prev = w;
		prev_len = n;
	}
	c.pays |= over_verb && over;
	return c;
}

/* The tense a clause's facts say. */
static DmReplyTense
tense_of(const Clause *c)
{
	if (c->future)
		return DM_TENSE_FUTURE;
	if (c->past || (c->copula && !c->paying_now))
		return DM_TENSE_PAST;
	return DM_TENSE_UNKNOWN;
}

DmReplyTense
dm_reply_clause_tense(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, DM_TENSE_UNKNOWN);
	Clause c = scan_clause(text, len, start, end);
	return tense_of(&c);
}

gboolean
dm_reply_clause_pays(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, FALSE);
	return scan_clause(text, len, start, end).pays;
}

DmReplyTense
dm_reply_clause_read(const char *text, gsize len, gsize start, gsize end, gboolean *pays)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len && pays != NULL,
	                     DM_TENSE_UNKNOWN);
	Clause c = scan_clause(text, len, start, end);
	*pays = c.pays;
	return tense_of(&c);
}
