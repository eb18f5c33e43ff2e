/* own_words: the sender's own words of a reply (dm-own-words.h).
 *
 * A reply in a thread carries three voices: the sender's answer, the sender's signature,
 * and the customer's mail quoted under (or over) it.  dm_reply_strip_quotes
 * (parser/reply/reply_quote.c) already tells them apart for the reply classifier — the
 * one header of src/parser/reply the invoice reader includes (scripts/checksrc.sh) — so the
 * invoice's facts are read from the answer alone.
 * Failures: none; any text gives a result. */
#include "parser/invoice/dm-own-words.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/mime/dm-subject.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* Below this many non-blank bytes, what is left is no answer: the cut went wrong (an
 * answer under an Outlook header block), and the whole text is read as before. */
#define OWN_WORDS_MIN 12

/* The body of @text, after its subject line and the blank line under it. */
static const char *
body_of(const char *text)
{
	const char *body = strstr(text, "\n\n");
	return body ? body + 2 : text;
}

static gsize
visible_bytes(const char *s)
{
	gsize n = 0;
	for (; *s; s++)
		n += !g_ascii_isspace(*s);
	return n;
}

/* (transfer full) @text's subject line over the stripped body, or NULL when too little
 * of the body is left to be an answer. */
static char *
stripped(const char *text)
{
	const char *body = body_of(text);
	g_autofree char *own = dm_reply_strip_quotes(body);
	if (!own || visible_bytes(own) < OWN_WORDS_MIN)
		return NULL;
	/* The subject line stays: freelancers put the invoice's number there. */
	return g_strdup_printf("%.*s%s", (int) (body - text), text, own);
}

/* A quoted header's sender line ("Van: Karin Bosma <karin@…>", "From: … [mailto:…]",
 * "Von: …", "De : …"), its address captured. */
static DmPattern quoted_sender = DM_PATTERN(
	"^[ \\t>*]*(?:From|Van|Von|De)[ \\t]*:[^\\n@]{0,200}?[<\\[:\\s]([^\\s<>\\[\\]\"':;,]+@[^\\s<>\\[\\]\"';,]+)",
	PCRE2_CASELESS | PCRE2_MULTILINE);

/* TRUE when a mail @text quotes was written by @recipient: the mail answers them, whatever
 * its subject says ("Gecorrigeerde factuur 2026-031" over the customer's request). */
static gboolean
quotes_recipient(const char *text, const char *recipient)
{
	if (!recipient)
		return FALSE;
	gsize len = strlen(text);
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&quoted_sender, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *who = dm_match_group(&m, 1);
		if (g_ascii_strcasecmp(who, recipient) == 0)
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_own_words_answers(GMimeMessage *msg, const char *text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg) && text, FALSE);
	DmSubjectKind kind = dm_subject_kind(g_mime_message_get_subject(msg), NULL);
	if (kind == DM_SUBJECT_REPLY)
		return TRUE;
	/* A forward passes on what it quotes: that is read whole. */
	if (kind == DM_SUBJECT_FORWARD)
		return FALSE;
	if (g_mime_object_get_header(GMIME_OBJECT(msg), "In-Reply-To"))
		return TRUE;
	g_autofree char *to = dm_message_to_address(msg);
	return quotes_recipient(body_of(text), to);
}

char *
dm_own_words_of_reply(GMimeMessage *msg, const char *text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg) && text, NULL);
	if (!dm_own_words_answers(msg, text))
		return g_strdup(text);
	char *own = stripped(text);
	return own ? own : g_strdup(text);
}

char *
dm_own_words_unsigned(const char *text)
{
	g_return_val_if_fail(text, NULL);
	char *own = stripped(text);
	return own ? own : g_strdup(text);
}

/* @iban as its letters and digits only, upper case. */
static char *
compact(const char *s)
{
	GString *out = g_string_new(NULL);
	for (; *s; s++)
		if (g_ascii_isalnum(*s))
			g_string_append_c(out, g_ascii_toupper(*s));
	return g_string_free(out, FALSE);
}

/* The words that hand an invoice over ("Hierbij de rekening voor", "Here's the invoice",
 * "The bill for the …", "hier die Rechnung für", "anbei die Rechnung"), not those that talk
 * about one ("Heb je factuur … ontvangen?", "Rechnung … bitte ignorieren"). */
static DmPattern handing_over = DM_PATTERN(
	"\\b(?:hierbij|bijgaand|hier)\\s+(?:\\w+\\s+){0,2}(?:rekening|factuur|nota)\\b"
	"|\\b(?:here(?:'s|\\s+is)|attached\\s+is|please\\s+find(?:\\s+attached)?)\\s+(?:\\w+\\s+){0,2}(?:invoice|bill)\\b"
	"|^[ \\t]*the\\s+bill\\s+for\\b"
	"|\\b(?:hier|anbei)\\s+(?:\\w+\\s+){0,2}rechnung\\b", PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF);
/* A pro-forma is handed over in the same words, and asks for money before any invoice. */
static DmPattern pro_forma = DM_PATTERN("\\bpro[ -]?forma", PCRE2_CASELESS);

gboolean
dm_own_words_state_invoice(const char *own, const char *number, const char *iban)
{
	if (!own || !number || !*number || !iban || !*iban)
		return FALSE;
	const char *body = body_of(own);
	if (!strstr(body, number))
		return FALSE;
	DmMatch m;
	gsize len = strlen(body);
	if (!dm_pattern_match(&handing_over, body, len, 0, &m) || dm_pattern_match(&pro_forma, body, len, 0, &m))
		return FALSE;
	/* The account as printed, in groups of four or in one run. */
	g_autofree char *flat_body = compact(body);
	g_autofree char *flat_iban = compact(iban);
	return strstr(flat_body, flat_iban) != NULL;
}

/* A line of a quoted mail's header block, as mail programs write it per language. */
static DmPattern header_line = DM_PATTERN(
	"^[ \\t>*]*(?:From|Sent|Date|To|Cc|Subject|Van|Verzonden|Datum|Aan|Onderwerp|Von|Gesendet|An|Betreff"
	"|De|Envoyé|À|Objet)[ \\t]*:", PCRE2_CASELESS | PCRE2_UTF);
static DmPattern header_sender_line = DM_PATTERN(
	"^[ \\t>*]*(?:From|Van|Von|De)[ \\t]*:", PCRE2_CASELESS);
/* A header block is at least this many such lines in a row, one of them its sender's. */
#define HEADER_BLOCK_MIN 3

static gboolean
line_matches(DmPattern *p, const char *line)
{
	DmMatch m;
	return dm_pattern_match(p, line, strlen(line), 0, &m);
}

char *
dm_own_words_without_header_blocks(const char *text)
{
	g_return_val_if_fail(text, NULL);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	guint n = g_strv_length(lines);
	g_autofree gboolean *drop = g_new0(gboolean, n + 1);
	for (guint i = 0; i < n;) {
		guint end = i;
		gboolean sender = FALSE;
		while (end < n && line_matches(&header_line, lines[end])) {
			sender = sender || line_matches(&header_sender_line, lines[end]);
			end++;
		}
		if (end - i >= HEADER_BLOCK_MIN && sender)
			for (guint k = i; k < end; k++)
				drop[k] = TRUE;
		i = end > i ? end : i + 1;
	}
	GString *out = g_string_sized_new(strlen(text));
	for (guint i = 0; i < n; i++) {
		if (drop[i])
			continue;
		g_string_append(out, lines[i]);
		if (i + 1 < n)
			g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}
