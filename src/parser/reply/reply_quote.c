/* reply_quote: the new text of a reply, without what it quotes and without the signature.
 *
 * Works on lines.  Quoted lines ("> ...") are dropped wherever they are, so an answer
 * written between quoted lines survives.  The text is cut at the first marker that starts
 * the quoted original or the signature:
 *   - an attribution line, possibly wrapped over up to three lines ("On ... wrote:",
 *     "Op ... schreef ...:", "Am ... schrieb ...:", "Le ... a écrit :", ...);
 *   - a separator ("-----Original Message-----", "-----Oorspronkelijk bericht-----",
 *     "---------- Forwarded message ---------", a line of underscores);
 *   - a block of mail headers ("From: / Sent: / To: / Subject:", "Van: / Verzonden: /
 *     Aan: / Onderwerp:", "Von: / Gesendet: / An: / Betreff:", ...);
 *   - a signature: the "-- " delimiter, or a device line ("Sent from my iPhone",
 *     "Verzonden vanaf mijn iPhone") after which the forwarded original may follow.
 * An attribution, separator or header block that opens an inline reply (quoted lines
 * follow it, and the writer's own lines follow those) is skipped instead of cutting the
 * answers; so is an attribution found before any new text, and a forward's separator and
 * headers when the forwarded message is a colleague's answer with its own original under
 * it (forwarded_reply_at).  A ticket system's notification is read as its newest comment
 * alone (reply_ticket.c).
 * What is left loses its trailer (reply_trailer.c): contact blocks, mobile footers
 * ("Sent from my iPhone", "Verzonden vanaf mijn iPhone") and disclaimers; a closing and
 * the name under it stay.
 *
 * Failure classes: none; any text gives a (possibly empty) result.  Input is bounded by
 * the caller (dm_message_text caps it); every line is looked at a bounded number of times.
 */
#include "parser/reply/dm-reply-quote.h"
#include "parser/reply/dm-reply-ticket.h"
#include "parser/reply/dm-reply-trailer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* A name block after a rule line is at most this many lines, each at most this long;
 * anything longer is taken for real content and the rule line is kept. */
#define SIG_BLOCK_MAX_LINES 10
#define SIG_BLOCK_MAX_CHARS 80
/* Attribution lines wrap over at most this many lines. */
#define ATTRIBUTION_MAX_LINES 3
/* An attribution whose address a converter broke up ("<", "mailto:...", "> wrote:")
 * spans at most this many lines, blank ones included. */
#define BROKEN_ATTRIBUTION_MAX_LINES 6
/* Header blocks: this many header-like lines within the window. */
#define HEADER_BLOCK_WINDOW 6
/* How far past a quote the writer's inline answers are looked for. */
#define INLINE_REACH 400
/* How many lines a forwarded colleague's answer runs before the original it answers. */
#define FORWARD_REACH 40

typedef enum {
	MARK_NONE = 0,
	MARK_ATTRIBUTION,   /* starts the quoted original */
	MARK_ORIGINAL,      /* separator or header block: the original follows */
	MARK_SIGNATURE,     /* signature delimiter */
	MARK_DEVICE,        /* "Sent from my iPhone": kept for the trailer, which also takes
	                     * the name above it, and then the end */
} MarkKind;

/* Every pattern is matched against one line (or a few joined with spaces), caseless.
 * (*ANY) keeps the line-break convention these rules were written for: a stray CR, form
 * feed or U+2028 left inside a line stops '.', and '$' also matches just before one at
 * the very end. */
#define RQ(src) DM_PATTERN("(*ANY)" src, PCRE2_CASELESS)

static DmPattern quote_re = RQ("^\\s*>");
/* One (joined) line that is an attribution: the verbs mail programs use, per language. */
static DmPattern attribution_re = RQ(
	"^\\s*\\S.{0,400}?(?:(?:\\bwrote|het volgende geschreven|a\\s+écrit|escribió|ha\\s+scritto|"
	"\\bscrisse|escreveu|napisał(?:\\(a\\))?|kirjoitti|написал[аи]?|пише|寫道|写道|yazdı)\\s*:?|"
	/* Dutch, German and Danish put the name after the verb. */
	"(?:\\bschreef|\\bschrieb|\\bskrev)\\b.{0,200}:)\\s*$");
/* The end of an attribution whose "<address>" was wrapped so that its closing bracket
 * opens the line with the verb: "> wrote:", "> schreef:", "> schrieb:". */
static DmPattern bracket_verb_re = RQ(
	"^\\s*>\\s*(?:wrote|schreef|schrieb|a\\s+écrit|escribió|ha\\s+scritto|skrev)\\b"
	"[^>]{0,200}$");
static DmPattern attribution_start_re = RQ(
	"^\\s*(?:On|Op|Am|Le|El|Il|Em|Den|På|W dniu|Dne|В|У|Quoting|Citeren|Zitat)\\b");
/* "-----Original Message-----", "-------- Oprindelig besked --------": dashes, a few
 * words, dashes. */
static DmPattern separator_re = RQ(
	"^\\s*-{3,}\\s*[^-\\s].{0,200}?\\s*-{3,}\\s*$|"
	"^\\s*(?:Begin forwarded message|Doorgestuurd bericht|Anfang der weitergeleiteten "
	"Nachricht)\\s*:?\\s*$");
/* The separators that open a forwarded message. */
static DmPattern forward_re = RQ(
	"^\\s*(?:-{3,}\\s*)?(?:Forwarded message|Original message follows|Doorgestuurd bericht|"
	"Weitergeleitete Nachricht|Message transféré|Begin forwarded message|Anfang der "
	"weitergeleiteten Nachricht)\\b");
static DmPattern underscores_re = RQ("^\\s*_{2,}\\s*$");
/* Header names as Outlook and friends write them in quoted headers; optionally in
 * *bold* from an HTML conversion. */
static DmPattern header_line_re = RQ(
	"^\\s*\\*?(?:From|Sent|Date|To|Cc|Subject|Van|Verzonden|Datum|Aan|Onderwerp|"
	"Von|Gesendet|An|Betreff|De|Envoyé|Date|À|Objet|Enviado|Para|Asunto|Fra|Sendt|"
	"Dato|Til|Emne|Från|Skickat|Till|Ämne|Od|Wysłano|Do|Temat|Da|Inviato|A|Oggetto|"
	"Lähettäjä|Lähetetty|Vastaanottaja|Aihe|От|Отправлено|Кому|Тема)\\s*\\*?\\s*:");
static DmPattern header_from_re = RQ(
	"^\\s*\\*?(?:From|Van|Von|De|Fra|Från|Od|Da|Lähettäjä|От)\\s*\\*?\\s*:\\s*\\S");
/* A quoted subject that answers or passes on a mail: "Subject: Re: ...",
 * "Onderwerp: FW: ...", "Betreff: AW: ...". */
static DmPattern answer_subject_re = RQ(
	"^\\s*\\*?(?:Subject|Onderwerp|Betreff|Objet|Asunto)\\s*\\*?\\s*:\\s*"
	"(?:re|aw|antw|sv|fw|fwd|wg|doorst)\\s*:");
static DmPattern sig_delim_re = RQ("^(?:--|-- )$");
/* The writer pointing at the mail under their words: "zie onder", "see below", "siehe
 * unten".  What they forward is then the point of the reply, whoever wrote it. */
static DmPattern points_below_re = RQ(
	"(?<!\\p{L})(?:zie\\s+(?:hier)?onder|zie\\s+beneden|(?:zie\\s+)?onderstaand\\w*|"
	"see\\s+(?:the\\s+)?(?:(?:e-?mail|mail|message|note)\\s+)?below|"
	"(?:siehe|s\\.)\\s+unten|siehe\\s+(?:die\\s+)?(?:nachricht|mail|e-mail)\\s+unten|"
	"untenstehend\\w*)(?!\\p{L})");
/* A line of nothing but rule characters ("====", "***", "~~~~"): a delimiter when only
 * a name block or a quote follows. */
static DmPattern rule_line_re = RQ("^\\s*([-_=*~+])\\1+\\s*$");
/* Date and address, ending in a colon, with no attribution verb: many programs write
 * just "30.09.2017, 18.30, \"Name\" <a@b>:" */
static DmPattern dated_address_re = RQ(
	"^.{0,300}(?:\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}[:.]\\d\\d\\b).{0,300}@.{0,200}$|"
	"^.{0,300}@.{0,300}(?:\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}[:.]\\d\\d\\b).{0,200}$");
static gboolean
is_blank(const char *line)
{
	return dm_reply_line_is_blank(line);
}

/* An attribution must name who wrote: an address, a date or a time gives it away. */
static gboolean
looks_attributed(const char *text)
{
	for (const char *p = text; *p; p++)
		if (*p == '@' || g_ascii_isdigit(*p))
			return TRUE;
	return FALSE;
}

static gboolean
ends_with_colon(const char *line)
{
	gsize len = strlen(line);
	while (len > 0 && g_ascii_isspace(line[len - 1]))
		len--;
	return len > 0 && line[len - 1] == ':';
}

/* TRUE when @text (one line or several joined) reads as an attribution. */
static gboolean
attribution_text(const char *text)
{
	if (strlen(text) > 600)
		return FALSE;
	/* The cheap tests first: every line of a reply is tried, and attribution_re (a verb
	 * looked for at each of up to 400 places) is the costliest pattern of the stripper;
	 * dated_address_re needs an '@'. */
	gboolean colon = ends_with_colon(text);
	if (looks_attributed(text) && (colon || dm_pattern_found(&attribution_start_re, text)) &&
	    dm_pattern_found(&attribution_re, text))
		return TRUE;
	return colon && strchr(text, '@') && dm_pattern_found(&dated_address_re, text);
}

/* Line @i can be the first line of a wrapped attribution: it starts like one, or it
 * carries a date or time and does not end a sentence. */
static gboolean
opens_attribution(const char *line)
{
	if (dm_pattern_found(&attribution_start_re, line))
		return TRUE;
	gboolean digit = FALSE;
	for (const char *p = line; *p; p++)
		digit = digit || g_ascii_isdigit(*p);
	g_autofree char *trimmed = g_strstrip(g_strdup(line));
	gsize len = strlen(trimmed);
	return digit && len > 0 && !strchr(".!?", trimmed[len - 1]);
}

/* The next non-blank line after @i is quoted. */
static gboolean
quote_follows(char **lines, guint n, guint i)
{
	for (guint k = i + 1; k < n; k++)
		if (!is_blank(lines[k]))
			return dm_pattern_found(&quote_re, lines[k]) || g_str_has_prefix(lines[k], "| ");
	return FALSE;
}

/* Lines (blank ones included) of an attribution starting at line @i whose address an
 * HTML-to-text converter broke over several lines, or 0: Outlook and Gmail mail
 * converted this way write "On <date> Name", a blank, "<", "mailto:Name <a@b>" and
 * "> wrote:", the last of which reads as a quoted line.  Joined, the lines must read as
 * an attribution. */
static guint
broken_attribution_at(char **lines, guint n, guint i)
{
	if (!dm_pattern_found(&attribution_start_re, lines[i]) || !looks_attributed(lines[i]))
		return 0;
	for (guint k = 1; k < BROKEN_ATTRIBUTION_MAX_LINES && i + k < n; k++) {
		if (!dm_pattern_found(&bracket_verb_re, lines[i + k])) {
			if (dm_pattern_found(&quote_re, lines[i + k]))
				return 0;
			continue;
		}
		g_autoptr(GString) joined = g_string_new(NULL);
		for (guint j = i; j <= i + k; j++) {
			if (is_blank(lines[j]))
				continue;
			if (joined->len > 0)
				g_string_append_c(joined, ' ');
			g_string_append(joined, lines[j]);
		}
		return attribution_text(joined->str) ? k + 1 : 0;
	}
	return 0;
}

/* Number of lines (1..ATTRIBUTION_MAX_LINES) the attribution starting at @i spans, or 0.
 * A wrapped attribution is accepted only when it does not also read as one without
 * line @i, so text written just above the attribution is kept. */
static guint
attribution_at(char **lines, guint n, guint i)
{
	if (is_blank(lines[i]) || dm_pattern_found(&quote_re, lines[i]))
		return 0;
	if (attribution_text(lines[i]))
		return 1;
	/* "2013/7/20 Name <a@b>" directly above quoted lines. */
	if (strchr(lines[i], '@') && dm_pattern_found(&dated_address_re, lines[i]) &&
	    quote_follows(lines, n, i))
		return 1;
	g_autoptr(GString) joined = g_string_new(lines[i]);
	for (guint k = 1; k < ATTRIBUTION_MAX_LINES && i + k < n; k++) {
		if (is_blank(lines[i + k]) || dm_pattern_found(&quote_re, lines[i + k]))
			break;
		g_string_append_c(joined, ' ');
		g_string_append(joined, lines[i + k]);
		if (!attribution_text(joined->str))
			continue;
		g_autoptr(GString) rest = g_string_new(lines[i + 1]);
		for (guint j = 2; j <= k; j++) {
			g_string_append_c(rest, ' ');
			g_string_append(rest, lines[i + j]);
		}
		return attribution_text(rest->str) && !opens_attribution(lines[i]) ? 0 : k + 1;
	}
	return broken_attribution_at(lines, n, i);
}

/* A block of quoted headers: a header line, and within the window at least one more
 * (when the block opens with From:) or two more (otherwise). */
static gboolean
header_block_at(char **lines, guint n, guint i)
{
	if (!dm_pattern_found(&header_line_re, lines[i]))
		return FALSE;
	guint more = 0;
	for (guint k = 1; k < HEADER_BLOCK_WINDOW && i + k < n; k++)
		if (dm_pattern_found(&header_line_re, lines[i + k]))
			more++;
	return more >= (dm_pattern_found(&header_from_re, lines[i]) ? 1u : 2u);
}

/* TRUE when only a short name block follows line @i (up to the next quote or marker). */
static gboolean
only_name_block_after(char **lines, guint n, guint i)
{
	guint count = 0;
	/* Bounded look-ahead, blank lines included, so hostile text stays linear. */
	for (guint k = i + 1; k < n; k++) {
		if (k - i > 4 * SIG_BLOCK_MAX_LINES)
			return FALSE;
		const char *l = lines[k];
		if (dm_pattern_found(&quote_re, l) || attribution_at(lines, n, k) > 0 ||
		    dm_pattern_found(&separator_re, l) || dm_pattern_found(&underscores_re, l) ||
		    header_block_at(lines, n, k) || dm_pattern_found(&sig_delim_re, l) ||
		    dm_reply_is_device_line(l))
			break;
		if (is_blank(l))
			continue;
		if (++count > SIG_BLOCK_MAX_LINES || g_utf8_strlen(l, -1) > SIG_BLOCK_MAX_CHARS)
			return FALSE;
	}
	return TRUE;
}

/* Lines a reply opening at line @i (a separator or header block) spans: the separator,
 * the header lines and what continues them, up to the first blank or quoted line. */
static guint
original_block_span(char **lines, guint n, guint i)
{
	guint k = i + 1;
	while (k < n && k - i < 2 * HEADER_BLOCK_WINDOW && !is_blank(lines[k]) &&
	       !dm_pattern_found(&quote_re, lines[k]))
		k++;
	return k - i;
}

/* Whether the quote opened at line @from is answered inline: quoted lines follow it, and
 * a paragraph of the writer's own after them (a line right under a quoted one, with no
 * blank line between, is the quote wrapped by a careless program, not an answer).  Looks
 * at most INLINE_REACH lines ahead. */
static gboolean
answered_inline(char **lines, guint n, guint from)
{
	guint k = from;
	while (k < n && is_blank(lines[k]))
		k++;
	if (k >= n || !dm_pattern_found(&quote_re, lines[k]))
		return FALSE;
	for (; k < n && k - from < INLINE_REACH; k++) {
		if (is_blank(lines[k]) || dm_pattern_found(&quote_re, lines[k]))
			continue;
		/* A signature or the next original is no answer. */
		if (dm_pattern_found(&sig_delim_re, lines[k]) || dm_pattern_found(&separator_re, lines[k]) ||
		    dm_pattern_found(&underscores_re, lines[k]))
			return FALSE;
		if (is_blank(lines[k - 1]))
			return TRUE;
	}
	return FALSE;
}

static MarkKind mark_at(char **lines, guint n, guint i, guint *span);

/* Whether the forwarded message under a forward's separator, from line @from on, is
 * itself a reply: its header block (after blank lines, unless @headers_taken: the
 * separator's span held it), then text of its own, then within FORWARD_REACH lines the
 * original it answers (a quote, an attribution, a header block), or its subject says it
 * answers or passes on a mail ("Re:", "AW:", "Fwd:").  A colleague's answer forwarded to
 * us ("dit is al betaald") carries the point of the reply; the original under it, and a
 * forwarded message that answers nothing (our own reminder sent back), do not.  *@skip: the lines from @from that are no one's words (blanks, headers). */
static gboolean
forwarded_reply_at(char **lines, guint n, guint from, gboolean headers_taken, gboolean pointed,
                   guint *skip)
{
	guint k = from, headers = from;
	/* Gmail writes the headers right under its separator (the separator's span took
	 * them); Apple Mail leaves a blank line between. */
	if (!headers_taken) {
		while (k < n && is_blank(lines[k]))
			k++;
		if (k >= n || !header_block_at(lines, n, k))
			return FALSE;
		headers = k;
		k += original_block_span(lines, n, k);
	}
	/* A subject with "Re:", "AW:", "Fwd:" says the forwarded message is a person's
	 * answer or note, even with nothing quoted under it; our reminder sent back keeps
	 * its own subject. */
	if (headers_taken)
		while (headers > 0 && from - headers < 2 * HEADER_BLOCK_WINDOW &&
		       !is_blank(lines[headers - 1]))
			headers--;
	gboolean answer = FALSE;
	for (guint h = headers; h < k; h++)
		answer = answer || dm_pattern_found(&answer_subject_re, lines[h]);
	*skip = k - from;
	guint text = 0;
	for (guint j = k; j < n && j - k < FORWARD_REACH; j++) {
		guint span = 1;
		if (is_blank(lines[j]))
			continue;
		if (dm_pattern_found(&quote_re, lines[j]))
			return text > 0;
		MarkKind mark = mark_at(lines, n, j, &span);
		if (mark == MARK_ATTRIBUTION || mark == MARK_ORIGINAL)
			return text > 0;
		text++;
	}
	/* The writer pointed at it ("zie onder"): a bank's confirmation forwarded is the
	 * point too, though it answers nothing. */
	return (answer || pointed) && text > 0;
}

/* Whether a kept line points at the mail under it. */
static gboolean
points_below(GPtrArray *kept)
{
	for (guint k = 0; k < kept->len; k++)
		if (dm_pattern_found(&points_below_re, g_ptr_array_index(kept, k)))
			return TRUE;
	return FALSE;
}

gboolean
dm_reply_points_below(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	return dm_pattern_match(&points_below_re, text, strlen(text), 0, &m);
}

/* Whether the header block in lines [@i, @i + @span) has a subject that answers or passes
 * on a mail ("Subject: RE: ..."): a person's answer, not our reminder. */
static gboolean
answers_mail(char **lines, guint i, guint span)
{
	for (guint h = i; h < i + span; h++)
		if (dm_pattern_found(&answer_subject_re, lines[h]))
			return TRUE;
	return FALSE;
}

static MarkKind
mark_at(char **lines, guint n, guint i, guint *span)
{
	const char *l = lines[i];
	*span = 1;
	if ((*span = attribution_at(lines, n, i)) > 0)
		return MARK_ATTRIBUTION;
	*span = 1;
	if (dm_pattern_found(&separator_re, l) || dm_pattern_found(&underscores_re, l) ||
	    header_block_at(lines, n, i))
		return MARK_ORIGINAL;
	if (dm_pattern_found(&sig_delim_re, l))
		return MARK_SIGNATURE;
	if (dm_reply_is_device_line(l))
		return MARK_DEVICE;
	if (dm_pattern_found(&rule_line_re, l) && only_name_block_after(lines, n, i))
		return MARK_SIGNATURE;
	return MARK_NONE;
}

/* (transfer full) @text cut at '\n', NULL-terminated.  By hand rather than g_strsplit:
 * that one rescans the rest of the string per line under the sanitizers' strstr. */
static GStrv
split_lines(const char *text)
{
	GPtrArray *lines = g_ptr_array_new();
	const char *p = text, *end = text + strlen(text);
	for (;;) {
		const char *nl = memchr(p, '\n', (gsize) (end - p));
		if (nl == NULL) {
			g_ptr_array_add(lines, g_strndup(p, (gsize) (end - p)));
			break;
		}
		g_ptr_array_add(lines, g_strndup(p, (gsize) (nl - p)));
		p = nl + 1;
	}
	g_ptr_array_add(lines, NULL);
	return (GStrv) g_ptr_array_free(lines, FALSE);
}

char *
dm_reply_strip_quotes(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);

	/* Lines without their CR; invalid UTF-8 is replaced because the patterns match
	 * valid UTF-8 only (dm_pattern_match skips the check). */
	g_autofree char *valid = g_utf8_make_valid(text, -1);
	g_auto(GStrv) all_lines = split_lines(valid);
	guint n = g_strv_length(all_lines);
	for (guint i = 0; i < n; i++) {
		gsize len = strlen(all_lines[i]);
		if (len > 0 && all_lines[i][len - 1] == '\r')
			all_lines[i][len - 1] = '\0';
	}
	/* A ticket system's notification: only its newest comment is anyone's words
	 * (reply_ticket.c); the rules below then read that comment as a reply. */
	char **lines = all_lines;
	g_autofree char **comment = NULL;
	if (dm_reply_is_ticket(all_lines, n)) {
		lines = comment = dm_reply_ticket_comment(all_lines, n);
		n = g_strv_length(comment);
	}

	/* The kept lines; a blank line is dropped where it would double one before it across
	 * something taken out (a quote between two answers). */
	g_autoptr(GPtrArray) kept = g_ptr_array_new();
	gboolean have_text = FALSE, removed = FALSE;
	for (guint i = 0; i < n; i++) {
		guint span = 1;
		MarkKind mark = mark_at(lines, n, i, &span);
		if (mark == MARK_ORIGINAL)
			span = original_block_span(lines, n, i);
		if ((mark == MARK_ATTRIBUTION || mark == MARK_ORIGINAL) &&
		    (answered_inline(lines, n, i + span) ||
		     (!have_text && dm_pattern_found(&forward_re, lines[i])))) {
			/* Answers between quoted lines, or a forward sent without a word:
			 * what follows is the writer's. */
			i += span - 1;
			removed = TRUE;
			continue;
		}
		guint headers = 0;
		/* Outlook forwards with no forward line, only its rule and headers: kept
		 * when the writer points at it and it is itself an answer. */
		gboolean forward = dm_pattern_found(&forward_re, lines[i]);
		gboolean pointed = mark == MARK_ORIGINAL && have_text && points_below(kept);
		if (mark == MARK_ORIGINAL &&
		    (forward || (pointed && dm_pattern_found(&underscores_re, lines[i]) &&
		                 answers_mail(lines, i, span))) &&
		    forwarded_reply_at(lines, n, i + span, span > 1, forward && pointed, &headers)) {
			/* A colleague's answer forwarded under the writer's line: its
			 * words are kept, its own original ends them (below). */
			i += span + headers - 1;
			removed = TRUE;
			continue;
		}
		if (mark != MARK_NONE) {
			if (have_text) {
				if (mark == MARK_DEVICE)
					g_ptr_array_add(kept, lines[i]);
				break;
			}
			/* Nothing new yet: an inline reply opening with the attribution, or
			 * a signature alone.  Skip an attribution; anything else ends it. */
			if (mark != MARK_ATTRIBUTION)
				break;
			i += span - 1;
			removed = TRUE;
			continue;
		}
		if (dm_pattern_found(&quote_re, lines[i])) {
			removed = TRUE;
			continue;
		}
		if (is_blank(lines[i])) {
			if (removed && kept->len > 0 && is_blank(g_ptr_array_index(kept, kept->len - 1)))
				continue;
		} else {
			have_text = TRUE;
			removed = FALSE;
		}
		g_ptr_array_add(kept, lines[i]);
	}

	/* No trailer, no blank lines at either end, no white space at the ends of lines. */
	guint end = dm_reply_trailer_start((char **) kept->pdata, kept->len);
	guint start = 0;
	while (start < end && is_blank(g_ptr_array_index(kept, start)))
		start++;
	while (end > start && is_blank(g_ptr_array_index(kept, end - 1)))
		end--;
	GString *clean = g_string_new(NULL);
	for (guint i = start; i < end; i++) {
		const char *l = g_ptr_array_index(kept, i);
		gsize len = strlen(l);
		while (len > 0 && g_ascii_isspace(l[len - 1]))
			len--;
		if (is_blank(l))
			len = 0;
		if (clean->len > 0)
			g_string_append_c(clean, '\n');
		g_string_append_len(clean, l, (gssize) len);
	}
	return g_string_free(clean, FALSE);
}

gboolean
dm_reply_is_attribution(const char *line)
{
	g_return_val_if_fail(line != NULL, FALSE);
	g_autofree char *valid = g_utf8_make_valid(line, -1);
	return attribution_text(valid);
}

char *
dm_reply_before_original(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	g_autofree char *valid = g_utf8_make_valid(text, -1);
	g_auto(GStrv) lines = split_lines(valid);
	guint n = g_strv_length(lines);
	gsize at = 0;
	gboolean have_text = FALSE;
	for (guint i = 0; i < n; i++) {
		guint span = 1;
		MarkKind mark = mark_at(lines, n, i, &span);
		/* Before any new text an attribution or header opens an inline reply: read on. */
		if (have_text && (mark == MARK_ATTRIBUTION || mark == MARK_ORIGINAL || dm_pattern_found(&quote_re, lines[i])))
			return g_strndup(valid, at);
		have_text = have_text || !is_blank(lines[i]);
		at += strlen(lines[i]) + 1;
	}
	return g_strdup(valid);
}
