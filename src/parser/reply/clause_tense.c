/* clause_tense: whether the clause around a date speaks of what happened or of what will
 * (dm-reply-tense.h).
 *
 * A reply's class says which way a date without a year, month or week points ("paid"
 * backwards, "promise" forwards), but replies mix both: "Ihre Rechnung wurde am 12.
 * beglichen" read as a promise, "the balance will be cleared on Friday" after "we paid
 * half last week".  The verbs of the date's own clause say it better when they say it at
 * all.  Future wins over past in one clause: "will be paid", "wird bezahlt", "wordt
 * betaald" hold a participle too.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-tense.h"

#include <string.h>

/* Whole words, lower case.  Future: auxiliaries and verbs of what is still to come. */
static const char *const future_words[] = {
	"will", "shall", "gonna", "scheduled", "planned", "follow", "follows",
	"zal", "zullen", "zult", "ga", "gaat", "gaan", "volgt", "volgen", "gepland",
	"ingepland", "wordt", "word",
	"wird", "werden", "werde", "folgt", "folgen", "geplant", "eingeplant", "terminiert",
	"vorgemerkt", "erfasst",
};

/* Past: participles and simple pasts of paying and sending (an auxiliary alone says
 * nothing: "dinsdag heb je het" is a promise), and the past of the passive. */
static const char *const past_words[] = {
	"paid", "transferred", "sent", "wired", "settled", "remitted", "went", "was", "were",
	"did",
	"betaald", "betaalde", "betaalden", "overgemaakt", "overgeboekt", "gestort", "voldaan",
	"verstuurd", "maakte", "maakten", "stuurde", "stuurden", "werd", "werden",
	"überwiesen", "überwies", "bezahlt", "bezahlte", "gezahlt", "zahlte", "zahlten",
	"beglichen", "angewiesen", "wurde", "wurden", "war",
};

/* Before a participle, these make it what is still to come: "to be paid", "get paid". */
static const char *const not_yet_words[] = { "be", "being", "get", "gets", "getting", "to" };

/* Words that start a new clause inside a sentence. */
static const char *const clause_words[] = {
	"and", "but", "so", "then", "when", "once", "en", "maar", "dus", "dan", "daarna", "als",
	"zodra", "und", "aber", "also", "dann", "wenn", "sobald",
};

static gboolean
in_list(const char *w, gsize len, const char *const *list, gsize n)
{
	for (gsize i = 0; i < n; i++)
		if (strlen(list[i]) == len && g_ascii_strncasecmp(w, list[i], len) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
word_byte(char c)
{
	return g_ascii_isalnum(c) || c == '\'' || (guchar) c >= 0x80;
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

DmReplyTense
dm_reply_clause_tense(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, DM_TENSE_UNKNOWN);
	gsize from = start, to = end;
	while (from > 0 && !boundary_at(text, len, from - 1))
		from--;
	while (to < len && !boundary_at(text, len, to))
		to++;
	gboolean future = FALSE, past = FALSE;
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
		if (in_list(text + w, i - w, clause_words, G_N_ELEMENTS(clause_words))) {
			if (w >= end)
				break;          /* a later clause */
			if (i <= start)
				future = past = FALSE;  /* an earlier one: forget it */
			continue;
		}
		gsize n = i - w;
		/* "I'll", "that'll", "we’ll". */
		gboolean will = (n > 3 && g_ascii_strncasecmp(text + i - 3, "'ll", 3) == 0) ||
		                (n > 5 && memcmp(text + i - 5, "\xE2\x80\x99ll", 5) == 0);
		future |= will || in_list(text + w, n, future_words, G_N_ELEMENTS(future_words));
		past |= in_list(text + w, n, past_words, G_N_ELEMENTS(past_words)) &&
		        !(prev_len && in_list(text + prev, prev_len, not_yet_words,
		                              G_N_ELEMENTS(not_yet_words)));
		prev = w;
		prev_len = n;
	}
	return future ? DM_TENSE_FUTURE : past ? DM_TENSE_PAST : DM_TENSE_UNKNOWN;
}
