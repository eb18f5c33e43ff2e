/* autoreply: is a message an automatic answer (out-of-office, vacation), and when is the
 * person back?
 *
 * Headers decide first: RFC 3834 Auto-Submitted with any value but "no", X-Autoreply,
 * X-Autorespond, Precedence: auto_reply.  X-Auto-Response-Suppress alone does not decide:
 * Exchange also puts it on ordinary mail from some clients and on calendar traffic, so it
 * only strengthens a subject that already reads as an automatic reply.  Subjects decide
 * next ("Automatisch antwoord:", "Afwezig", "Out of Office:", "Automatic reply:",
 * "Abwesenheitsnotiz", ...).
 *
 * The return date: a date after "tot en met" / "t/m" / "until and including" means back
 * the day after; a date after "terug", "weer aanwezig", "back", "returning", "wieder"
 * means back that day; a date after "tot" / "until" / "bis" is taken as the return day;
 * otherwise the first date in the text not before the message's own date.  Dates before
 * the message's date are never a return date.
 *
 * Failure classes: none; hostile headers are only matched, never copied. */
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* How far after a marker ("terug op") its date may start, in bytes. */
#define MARKER_REACH 40

static gboolean
header_says_auto(GMimeObject *obj, const char **rule)
{
	const char *v = g_mime_object_get_header(obj, "Auto-Submitted");
	if (v) {
		/* The keyword before any parameter or comment. */
		g_autofree char *word = g_strstrip(g_strndup(v, strcspn(v, ";( \t\r\n")));
		if (word[0] == '\0')
			word = g_strstrip(g_strndup(v, 64));
		if (word[0] && g_ascii_strcasecmp(word, "no") != 0) {
			*rule = "header_auto_submitted";
			return TRUE;
		}
	}
	static const char *const present[] = { "X-Autoreply", "X-Autorespond",
	                                       "X-Autoreply-From", "X-Mail-Autoreply" };
	for (gsize i = 0; i < G_N_ELEMENTS(present); i++) {
		const char *h = g_mime_object_get_header(obj, present[i]);
		if (h == NULL)
			continue;
		while (g_ascii_isspace(*h))
			h++;
		if (g_ascii_strncasecmp(h, "no", 2) != 0 && g_ascii_strncasecmp(h, "false", 5) != 0) {
			*rule = "header_x_autoreply";
			return TRUE;
		}
	}
	const char *prec = g_mime_object_get_header(obj, "Precedence");
	if (prec) {
		while (g_ascii_isspace(*prec))
			prec++;
		if (g_ascii_strncasecmp(prec, "auto_reply", 10) == 0) {
			*rule = "header_precedence";
			return TRUE;
		}
	}
	return FALSE;
}

#define CI PCRE2_CASELESS

/* Subjects mail programs give automatic answers, anywhere in the subject. */
static DmPattern auto_subject = DM_PATTERN(
	"\\b(?:automatisch(?:e)?\\s+(?:antwoord|beantwoord|reply|antwort)|"
	"out\\s+of\\s+(?:the\\s+)?office|automatic\\s+reply|auto(?:matic)?[-\\s]?"
	"(?:reply|response|respond)|autoreply|abwesenheitsnotiz|abwesend|"
	"réponse\\s+automatique|respuesta\\s+automática|risposta\\s+automatica|"
	"out-of-office|afwezigheidsbericht|vakantiebericht|on\\s+vacation|on\\s+leave|"
	"away\\s+from\\s+(?:the\\s+)?office|niet\\s+aanwezig|met\\s+vakantie|"
	"vacation\\s+(?:reply|notice|message))\\b", CI);
/* Words that mean it when they open the subject ("Afwezig: ..."). */
static DmPattern auto_prefix = DM_PATTERN(
	"^\\s*(?:(?:re|aw|antw)\\s*:\\s*)?(?:afwezig|absent|away|"
	"vacation|vakantie|urlaub|abwesenheit|absence|auto)\\b", CI);
/* Return markers, by how much they say: away up to and including the date... */
static DmPattern through_marker = DM_PATTERN(
	"\\b(?:tot\\s+en\\s+met|t/m|t\\.m\\.|until\\s+and\\s+including|"
	"up\\s+to\\s+and\\s+including|through|thru|einschließlich\\s+bis|"
	"bis\\s+einschließlich)\\b", CI);
/* ... back on the date ... */
static DmPattern back_marker = DM_PATTERN(
	"\\b(?:terug|weer\\s+(?:aanwezig|beschikbaar|bereikbaar|op\\s+kantoor|"
	"aan\\s+het\\s+werk)|back|return|returning|returns|wieder)\\b", CI);
/* ... away until the date, taken as the day back. */
static DmPattern until_marker = DM_PATTERN("\\b(?:tot|until|till|bis)\\b", CI);

gboolean
dm_autoreply_detect(GMimeMessage *msg, const char **rule)
{
	const char *unused;
	if (rule == NULL)
		rule = &unused;
	*rule = NULL;
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	if (header_says_auto(GMIME_OBJECT(msg), rule))
		return TRUE;

	const char *subject = g_mime_message_get_subject(msg);
	if (subject == NULL)
		return FALSE;
	g_autofree char *s = g_utf8_make_valid(subject, (gssize) strnlen(subject, 998));
	DmMatch m;
	if (dm_pattern_match(&auto_subject, s, strlen(s), 0, &m)) {
		*rule = g_mime_object_get_header(GMIME_OBJECT(msg), "X-Auto-Response-Suppress")
			? "subject_and_suppress_header" : "subject";
		return TRUE;
	}
	if (dm_pattern_match(&auto_prefix, s, strlen(s), 0, &m)) {
		*rule = "subject_prefix";
		return TRUE;
	}
	return FALSE;
}

/* The first date within MARKER_REACH after a match of @marker, not before @reference. */
static gboolean
date_after_marker(DmPattern *marker, const char *text, gsize len, const GDate *ref,
                  GDate *out)
{
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(marker, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		GDate d;
		gsize off = 0;
		if (dm_reply_find_date(text + m.end[0], ref, FALSE, &d, &off) &&
		    off <= MARKER_REACH && g_date_compare(&d, ref) >= 0) {
			*out = d;
			return TRUE;
		}
	}
	return FALSE;
}

gboolean
dm_autoreply_return_date(const char *text, const GDate *reference, GDate *out)
{
	g_return_val_if_fail(text != NULL && out != NULL, FALSE);
	if (reference == NULL || !g_date_valid(reference))
		return FALSE;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) len);
	len = strlen(valid);

	GDate d;
	if (date_after_marker(&through_marker, valid, len, reference, &d)) {
		/* Away up to and including that day: back the next. */
		g_date_add_days(&d, 1);
		*out = d;
		return TRUE;
	}
	if (date_after_marker(&back_marker, valid, len, reference, &d) ||
	    date_after_marker(&until_marker, valid, len, reference, &d)) {
		*out = d;
		return TRUE;
	}
	/* Any date in the text not before the message's own. */
	gsize from = 0;
	while (from < len) {
		gsize off = 0;
		if (!dm_reply_find_date(valid + from, reference, FALSE, &d, &off))
			break;
		if (g_date_compare(&d, reference) >= 0) {
			*out = d;
			return TRUE;
		}
		/* Skip past this expression's first character and look again. */
		from += off + 1;
		while (from < len && (valid[from] & 0xC0) == 0x80)
			from++;
	}
	return FALSE;
}
