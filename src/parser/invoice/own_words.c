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

const char *
dm_own_words_body_of(const char *text)
{
	if (!text || !g_str_has_prefix(text, "Subject:"))
		return text;
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

/* (transfer full) @text's subject line over the stripped body, or NULL when nothing of the
 * body is left: the cut went wrong (an answer under an Outlook header block), and the whole
 * text is read as before.  A short answer ("Zie bijlage.", "Anbei.") is the answer all the
 * same: the mail it quotes is still the customer's. */
static char *
stripped(const char *text)
{
	const char *body = dm_own_words_body_of(text);
	g_autofree char *own = dm_reply_strip_quotes(body);
	if (!own || visible_bytes(own) == 0)
		return NULL;
	/* The subject line stays: freelancers put the invoice's number there. */
	return g_strdup_printf("%.*s%s", (int) (body - text), text, own);
}

/* A quoted header's sender line ("Van: Karin Bosma <karin@…>", "From: … [mailto:…]",
 * "Von: …", "De : …"), its address captured. */
static DmPattern quoted_sender = DM_PATTERN(
	"^[ \\t>*]*(?:From|Van|Von|De)[ \\t]*:[^\\n@]{0,200}?[<\\[:\\s]([^\\s<>\\[\\]\"':;,]+@[^\\s<>\\[\\]\"';,]+)",
	PCRE2_CASELESS | PCRE2_MULTILINE);

/* TRUE when an attribution line of @text ("Op 14 nov. 2026 om 10:42 schreef Karin Bosma
 * <karin@…>:", "On … wrote:") names @recipient. */
static gboolean
attributes_to(const char *text, const char *recipient)
{
	g_autofree char *lower = g_ascii_strdown(text, -1);
	g_autofree char *who = g_ascii_strdown(recipient, -1);
	g_auto(GStrv) lines = g_strsplit(lower, "\n", -1);
	for (guint i = 0; lines[i]; i++)
		if (strstr(lines[i], who) && dm_reply_is_attribution(lines[i]))
			return TRUE;
	return FALSE;
}

/* TRUE when a mail @text quotes was written by @recipient — its quoted header's sender or
 * its attribution line names them: the mail answers them, whatever its subject says
 * ("Gecorrigeerde factuur 2026-031" over the customer's request). */
static gboolean
quotes_recipient(const char *text, const char *recipient)
{
	if (!recipient)
		return FALSE;
	if (attributes_to(text, recipient))
		return TRUE;
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
	return quotes_recipient(dm_own_words_body_of(text), to);
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
dm_own_words_signed(GMimeMessage *msg, const char *text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg) && text, NULL);
	if (!dm_own_words_answers(msg, text))
		return g_strdup(text);
	const char *body = dm_own_words_body_of(text);
	g_autofree char *answer = dm_reply_before_original(body);
	if (visible_bytes(answer) == 0)
		return g_strdup(text);
	return g_strdup_printf("%.*s%s", (int) (body - text), text, answer);
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

/* A word of a sentence: no blank and no sentence end, so a gap never runs into the next one. */
#define WORD "[^\\s.?!]+\\s+"
/* The words that hand an invoice over, in a statement that gives it ("Hierbij stuur ik je de
 * rekening", "Bijgaand de factuur", "Here's the invoice", "I've attached the invoice",
 * "Please find attached the invoice", "Hiermit sende ich Ihnen die Rechnung", "Anbei
 * erhalten Sie die Rechnung"); a bare "hier" only where the sentence opens with it ("Hier de
 * factuur", "Hier die Rechnung"): "Kun je hier de factuur … bekijken?" asks about one. */
static DmPattern handing_over = DM_PATTERN(
	"\\b(?:hierbij|bijgaand|in\\s+(?:de\\s+)?bijlage)\\s+(?:" WORD "){0,4}(?:rekening|factuur|nota)\\b"
	"|(?:^|[.!:,]\\s)[ \\t]*hier\\s+(?:" WORD "){0,2}(?:rekening|factuur|nota)\\b"
	"|\\b(?:here(?:['’]s|\\s+is)|attached\\s+is|please\\s+find(?!\\s+out\\b)(?:\\s+(?:attached|enclosed))?"
	"|(?:i|we)(?:['’]ve|\\s+have)\\s+(?:also\\s+)?attached|enclosed\\s+is)\\s+(?:" WORD "){0,2}(?:invoice|bill)\\b"
	"|^[ \\t]*the\\s+bill\\s+for\\b"
	/* The invoice first, then where it is: "Invoice attached as promised", "The invoice
	 * for March is attached", "die Rechnung hängt an", "Rechnung im Anhang". */
	"|\\binvoice\\s+(?:" WORD "){0,3}?(?:is\\s+|are\\s+)?(?:attached|enclosed)\\b"
	"|\\brechnung\\s+(?:" WORD "){0,3}?(?:h(?:ä|ae)ngt\\s+an|im\\s+anhang)\\b"
	"|(?:^|[.!:,]\\s)[ \\t]*hier\\s+(?:" WORD "){0,2}rechnung\\b"
	"|\\b(?:anbei|hiermit|beigefügt|im\\s+anhang)\\s+(?:" WORD "){0,4}rechnung\\b",
	PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF);
/* Words in the handing-over's sentence that chase or check an invoice rather than give it:
 * "Hierbij de factuur nog eens, kun je die nakijken?" asks about one already sent. */
static DmPattern chasing = DM_PATTERN(
	"\\b(?:bekijken|nakijken|controleren|naast\\s+leggen|check|look\\s+into|find\\s+out|prüfen"
	"|nachsehen|nachschauen)\\b", PCRE2_CASELESS | PCRE2_UTF);
/* A pro-forma is handed over in the same words, and asks for money before any invoice. */
static DmPattern pro_forma = DM_PATTERN("\\bpro[ -]?forma", PCRE2_CASELESS);

/* Where the sentence running at @at in @text ends: its '?', '!' or line end, or a full stop
 * before a blank (not the one inside "1.386,00"). */
static gsize
sentence_end(const char *text, gsize len, gsize at)
{
	for (; at < len; at++) {
		char c = text[at];
		if (c == '?' || c == '!' || c == '\n' || (c == '.' && (at + 1 == len || g_ascii_isspace(text[at + 1]))))
			break;
	}
	return at;
}

gboolean
dm_own_words_hands_over(const char *body)
{
	if (!body)
		return FALSE;
	gsize len = strlen(body);
	DmMatch m, x;
	for (gsize off = 0; dm_pattern_match(&handing_over, body, len, off, &m); off = dm_match_next(&m, len)) {
		gsize end = sentence_end(body, len, m.end[0]);
		if (end < len && body[end] == '?')
			continue;
		if (!dm_pattern_match(&chasing, body, end, m.start[0], &x))
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_own_words_state_invoice(const char *own, const char *number, const char *iban)
{
	if (!own || !number || !*number || !iban || !*iban)
		return FALSE;
	const char *body = dm_own_words_body_of(own);
	if (!strstr(body, number))
		return FALSE;
	DmMatch m;
	if (!dm_own_words_hands_over(body) || dm_pattern_match(&pro_forma, body, strlen(body), 0, &m))
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
