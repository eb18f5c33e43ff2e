/* subject: the reply or forward prefix a mail program puts before a subject
 * (dm_subject_kind).
 *
 * A prefix is a word from one of two tables, then an optional dot ("Antw.:", "Réf.:"), an
 * optional count in brackets ("Re[2]:", "RE (2):"), and a colon, with white space before
 * it as French clients write it ("TR : …") or a full-width one.  Bracketed tags a mail
 * system adds before it ("[EXT]", "[External]", "[SPAM?]") are passed over.  A word that
 * only begins like a prefix ("Reparatie:", "Re-invoice:", "Factuur:") is no prefix.
 * Failures: none; a subject that is not UTF-8 is read as far as it is. */
#include "parser/mime/dm-subject.h"

#include <string.h>

/* Answers, by the clients of the debtors and of their clients: English and Spanish "Re",
 * German "AW" and Lotus Notes' "Antwort", Dutch "Antw" and "Antwoord", Swedish, Danish,
 * Norwegian and Icelandic "SV" (svar), Italian "R" and "RIF", French "Réf", Portuguese
 * "Res", Polish "Odp", Turkish "YNT". */
static const char *const reply_words[] = {
	"re", "aw", "antwort", "antw", "antwoord", "sv", "r", "rif", "ref", "réf", "res", "odp",
	"ynt",
};

/* Forwards: "Fw"/"Fwd", German "WG" (weitergeleitet), Dutch "Doorst" (doorgestuurd),
 * French "TR" (transféré), Italian "I" (inoltrato), Spanish "RV" (reenviado), Portuguese
 * "Enc" (encaminhado), Swedish "VB", Finnish "VL", Icelandic "FS", Polish "PD", Turkish
 * "ILT".  "VS" is Danish and Norwegian for a forward but Finnish for an answer: it is read
 * as a forward, the side on which a bill passed on is never taken for the sender's. */
static const char *const forward_words[] = {
	"fw", "fwd", "wg", "weitergeleitet", "doorst", "doorgestuurd", "tr", "i", "rv", "enc",
	"vs", "vb", "vl", "fs", "pd", "ilt",
};

/* The longest prefix word in the tables, in characters. */
#define MAX_WORD 16

static gboolean
in_table(const char *word, const char *const *table, gsize n)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(word, table[i]) == 0)
			return TRUE;
	return FALSE;
}

/* @p past a count in brackets or parentheses ("[2]", " (3)"), or @p itself. */
static const char *
skip_count(const char *p)
{
	const char *q = p;
	while (*q == ' ')
		q++;
	char close = *q == '[' ? ']' : *q == '(' ? ')' : '\0';
	if (!close || !g_ascii_isdigit(q[1]))
		return p;
	q++;
	while (g_ascii_isdigit(*q))
		q++;
	return *q == close ? q + 1 : p;
}

/* @p past the colon that ends a prefix (white space before it allowed), or NULL. */
static const char *
after_colon(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == ':')
		return p + 1;
	if (strncmp(p, "\xef\xbc\x9a", 3) == 0) /* U+FF1A FULLWIDTH COLON */
		return p + 3;
	return NULL;
}

/* @p past the bracketed tags and white space at the start of a subject, or NULL when a
 * tag is never closed. */
static const char *
skip_tags(const char *p)
{
	for (;;) {
		while (g_ascii_isspace(*p))
			p++;
		if (*p != '[')
			return p;
		p = strchr(p, ']');
		if (!p)
			return NULL;
		p++;
	}
}

DmSubjectKind
dm_subject_kind(const char *subject, const char **prefix_end)
{
	if (!subject)
		return DM_SUBJECT_NEW;
	const char *p = skip_tags(subject);
	if (!p)
		return DM_SUBJECT_NEW;
	const char *word_end = p;
	guint letters = 0;
	for (;;) {
		gunichar c = g_utf8_get_char_validated(word_end, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2 || !g_unichar_isalpha(c) || ++letters > MAX_WORD)
			break;
		word_end = g_utf8_next_char(word_end);
	}
	if (word_end == p || letters > MAX_WORD)
		return DM_SUBJECT_NEW;
	const char *q = word_end;
	if (*q == '.')
		q++;
	q = after_colon(skip_count(q));
	if (!q)
		return DM_SUBJECT_NEW;
	g_autofree char *word = g_utf8_strdown(p, word_end - p);
	DmSubjectKind kind = DM_SUBJECT_NEW;
	if (in_table(word, reply_words, G_N_ELEMENTS(reply_words)))
		kind = DM_SUBJECT_REPLY;
	else if (in_table(word, forward_words, G_N_ELEMENTS(forward_words)))
		kind = DM_SUBJECT_FORWARD;
	if (kind != DM_SUBJECT_NEW && prefix_end)
		*prefix_end = q;
	return kind;
}
