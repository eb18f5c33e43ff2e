/* autoreply: is a message an automatic answer (out-of-office, vacation), and when is the
 * person back?
 *
 * The decisive headers (dm-auto-headers.h: Auto-Submitted, X-Autoreply, Precedence:
 * auto_reply ...) decide first; the caller reads them, since the analysis keeps what they
 * said.  Subjects decide next ("Automatisch antwoord:", "Afwezig", "Out of Office:",
 * "Automatic reply:", "Abwesenheitsnotiz", ...); whether a machine sent such a message is
 * for the supporting headers to say, not the subject.  A DMARC aggregate report is an
 * automatic message by its standard subject.
 *
 * The return date: a date after "tot en met" / "t/m" / "until and including" / Swiss "bis
 * und mit", or one that ends a range ("van 1 tot 12 april", "vom 29.6. bis 10.7."), is the
 * last day away, so back the next working day (corpus/replies/README.md, "Date
 * conventions"); a date after "terug", "weer aanwezig", "back", "returning", "wieder"
 * means back that day; then a date the same clause gives to answering mail ("wij
 * beantwoorden uw bericht op maandag", "will answer your e-mail on Tuesday", "Uw mail
 * wordt op 27 april behandeld"); a date after "tot" / "until" / "bis" is taken as the
 * return day, moved past a weekend ("tot zondag 26 januari": back on Monday); otherwise
 * the first date in the text not before the message's own date.  Dates before the
 * message's date are never a return date, nor are the weekdays of a week's standing
 * hours ("This mailbox is monitored Monday to Thursday").
 *
 * "No longer works here, write to X" (Dutch "niet meer werkzaam", English "no longer
 * works here", German "nicht mehr im Unternehmen", and their kin): the address X the text
 * names, other than the sender's own, for the owner to see; nothing acts on it.
 *
 * Failure classes: none; hostile headers are only matched, never copied. */
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-dates.h"
#include "common/dm-address.h"

#include <string.h>

/* How far after a marker ("terug op") its date may start, in bytes. */
#define MARKER_REACH 40

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
/* A DMARC aggregate report (RFC 7489, 7.2.1.1: "Report Domain: … Submitter: …"), which a
 * receiving server mails to the address a domain's DMARC record names. */
static DmPattern dmarc_report_subject = DM_PATTERN(
	"^\\s*Report\\s+Domain:\\s*\\S+\\s+Submitter:", CI);
/* Words that mean it when they open the subject ("Afwezig: ..."). */
static DmPattern auto_prefix = DM_PATTERN(
	"^\\s*(?:(?:re|aw|antw)\\s*:\\s*)?(?:afwezig|absent|away|"
	"vacation|vakantie|urlaub|abwesenheit|absence|auto)\\b", CI);
/* Return markers, by how much they say: away up to and including the date... */
static DmPattern through_marker = DM_PATTERN(
	/* "t.m." and the Flemish "t.e.m." with or without their last dot: the \\b after the
	 * group falls between the "m" and the dot */
	"\\b(?:tot\\s+en\\s+met|t/m|t\\.(?:e\\.)?m\\.?|until\\s+and\\s+including|"
	/* (the Swiss write "ss" for "ß": "bis einschliesslich 14. August") */
	"up\\s+to\\s+and\\s+including|through|thru|einschlie(?:ß|ss)lich\\s+bis|"
	"bis\\s+einschlie(?:ß|ss)lich|bis\\s+inklusive|bis\\s+und\\s+mit|"
	/* "until 3/12 inclusive", "tot 8 mei inclusief": the marker after the date. */
	"(?:until|till|tot|bis)(?=\\s[^\\n;]{1,25}?\\s(?:inclusive|inclusief|inklusive|"
	"incl\\.?|inkl\\.?)(?!\\p{L}))|"
	/* ... a non-native "until 20/02 included", Flemish "tot 20 februari inbegrepen": words
	 * of every sentence ("the invoices included"), so only in the date's own sentence. */
	"(?:until|till|tot)(?=\\s[^\\n;.!?]{1,25}?\\s(?:included|inbegrepen)(?!\\p{L})))\\b", CI);
/* ... or the end of a range, which names the last day away too ("van 21 juli tot 8
 * augustus", "from 10 August to 21 August", "vom 29.6. bis 10.7."): the opening word, a
 * short stretch within the clause (the first day), and the word that closes the range. */
/* The stretch stays in one sentence: "ich bin die Schwester von Tim. Er ist bis 27. März
 * im Krankenhaus" names no range (test-blind29); a full stop after a digit ("vom 3.
 * Januar bis") or before one ("from Mon. 3 August to") is a date's or an abbreviation's. */
static DmPattern range_marker = DM_PATTERN(
	"\\b(?:van|vom|von|from|between|zwischen)\\s"
	"(?:[^\\n;.!?]|(?<=\\d)\\.|[.!?](?!\\s+(?-i:\\p{Lu}))){1,30}?"
	"\\s(?:tot|to|until|till|bis|and|und)\\b", CI);
/* The weekdays' names, Dutch, English, German. */
#define WEEKDAY "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|" \
	"tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|" \
	"donnerstag|freitag|samstag|sonnabend|sonntag)"
/* One day ahead: a date, or a weekday that is no week's ("op maandag en dinsdag", "on
 * Mondays": a part-timer's days after the absence, not the day back). */
#define ONE_DAY_AHEAD "(?=\\s+(?:\\d|" WEEKDAY "(?!s\\b|\\s*(?:[,&/]|-|–|" \
	"\\b(?:en|and|und|of|or|oder|t/m|tot|to|through|till|until|bis)\\b)\\s*" WEEKDAY ")))"
/* ... back on the date ... */
static DmPattern back_marker = DM_PATTERN(
	"\\b(?:terug|(?:weer|opnieuw)\\s+(?:aanwezig|beschikbaar|bereikbaar|op\\s+kantoor|"
	"aan\\s+het\\s+werk|open)|"
	/* "lees mijn mail weer op maandag", "in again on Monday": again on a named day */
	"(?:weer|opnieuw)\\s+op" ONE_DAY_AHEAD "|again\\s+on" ONE_DAY_AHEAD "|back|return|"
	"returning|returns|wieder|re-?opens?|re-?opening|heropen(?:t|en)?)\\b", CI);
/* ... present again from the date, when that follows the end of an absence ("bis 13.03.
 * nicht erreichbar, ab dem 16.03. beantworte ich ..."). */
static DmPattern from_marker = DM_PATTERN(
	"\\b(?:vanaf|from|ab(?:\\s+(?:dem|den))?|per)\\b", CI);
/* An absence stated at all: without one, a date in the text is no return date. */
static DmPattern absence_word = DM_PATTERN(
	"\\b(?:afwezig|vakantie|verlof|niet\\s+(?:aanwezig|op\\s+kantoor|bereikbaar)|gesloten|"
	"out\\s+of\\s+(?:the\\s+)?office|away|on\\s+leave|holiday|vacation|closed|"
	/* "James is off until 4 January", "off sick till Monday" (test-blind32) */
	"off(?:\\s+sick)?(?=\\s+(?:until|till)\\b)|"
	"abwesend|urlaub|nicht\\s+(?:im\\s+(?:büro|haus)|erreichbar)|geschlossen)\\b", CI);
/* A response time, not a return: "binnen 3 werkdagen", "within 5 working days". */
static DmPattern within_word = DM_PATTERN(
	"\\b(?:binnen|within|innerhalb)\\b", CI);
/* ... when mail is answered, the day back for what the sender wants ("Wij beantwoorden
 * uw bericht op maandag", "will answer your e-mail on Tuesday", "Ihre Nachricht wird am
 * 7. September bearbeitet"). */
static DmPattern answer_word = DM_PATTERN(
	"\\b(?:beantwoord\\w*|reageer\\w*|reactie|behandeld|in\\s+behandeling|answer\\w*|repl(?:y|ies)|"
	"respond\\w*|beantwort\\w*|antwort\\w*|bearbeit\\w*)\\b", CI);
/* ... away until the date, taken as the day back. */
static DmPattern until_marker = DM_PATTERN(
	"\\b(?:tot|until|till|bis(?:\\s+(?:zum|zur))?|to)\\b", CI);

gboolean
dm_autoreply_detect(GMimeMessage *msg, DmAutoHeaders headers, const char **rule)
{
	const char *unused;
	if (rule == NULL)
		rule = &unused;
	*rule = NULL;
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	if (headers == DM_AUTO_HEADERS_DECISIVE) {
		*rule = "headers";
		return TRUE;
	}

	const char *subject = g_mime_message_get_subject(msg);
	if (subject == NULL)
		return FALSE;
	g_autofree char *s = g_utf8_make_valid(subject, (gssize) strnlen(subject, 998));
	DmMatch m;
	if (dm_pattern_match(&auto_subject, s, strlen(s), 0, &m)) {
		*rule = "subject";
		return TRUE;
	}
	if (dm_pattern_match(&auto_prefix, s, strlen(s), 0, &m)) {
		*rule = "subject_prefix";
		return TRUE;
	}
	if (dm_pattern_match(&dmarc_report_subject, s, strlen(s), 0, &m)) {
		*rule = "dmarc_report";
		return TRUE;
	}
	return FALSE;
}

/* How far before an "again" word ("13 april ben ik weer aanwezig") its date may start. */
#define AGAIN_REACH 45
/* At most this many dates are weighed in one text. */
#define MAX_CANDIDATES 64
/* A date written without a year and read more than this many days ahead, where the other
 * reading lies behind the message, was meant in the past ("ik was afwezig tot 20 maart"). */
#define FAR_NO_YEAR_DAYS 183

/* Words that say the person is there again, written after the date ("vanaf 14 april ben
 * ik weer op kantoor", "ab dem 12.04. wieder im Büro", "am 14. April wieder da"). */
static DmPattern again_word = DM_PATTERN(
	"\\b(?:weer|opnieuw|wieder|zurück|terug|again)\\b", CI);
/* Day and month without a year, German and Dutch style: "12.04.", "1.3." (the shared date
 * reader wants a year after numeric dates). */
static DmPattern short_numeric = DM_PATTERN(
	"(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)", 0);

/* A week's standing hours, not an absence: "This mailbox is monitored Monday to
 * Thursday", "de mailbox wordt maandag t/m vrijdag gelezen" is said of every week, so its
 * weekdays are no return day.  The range names no date after it ("open Monday to Friday,
 * 9 to 5" is hours; "from Monday to Friday 10 April" is an absence) and follows a word of
 * tending the mailbox or the office. */
/* Words of tending the mailbox or the office, before the range or (Dutch and German put
 * the verb last) after it. */
#define TENDED "(?:monitored|checked|read|staffed|open|opened|attended|bemand|gelezen|" \
	"bekeken|gecontroleerd|geopend|besetzt|geöffnet|gelesen|betreut|abgerufen)"
#define WEEKDAY_RANGE "(" WEEKDAY "\\s*(?:to|through|thru|till|until|t/m|" \
	"tot(?:\\s+en\\s+met)?|bis|-|–)\\s*" WEEKDAY ")\\b(?![\\s,]*(?:\\d|the\\s|den\\s|dem\\s))"
static DmPattern standing_hours = DM_PATTERN(
	"(?|\\b" TENDED "\\s+(?:(?:on|op|van|from|von|am)\\s+)?" WEEKDAY_RANGE "|"
	"\\b" WEEKDAY_RANGE "(?=\\s+(?:\\p{L}+\\s+){0,2}?" TENDED "\\b))", CI);

typedef struct {
	gsize off;                  /* where the expression starts */
	GDate date;
} Candidate;

typedef struct {
	Candidate items[MAX_CANDIDATES];
	guint n;
} Candidates;

/* TRUE when @d, read at @text (the start of its expression), can be a return day: not
 * before @ref, and not a year-less date pushed far ahead whose other reading is past. */
static gboolean
usable(const char *text, const GDate *ref, const GDate *d)
{
	if (g_date_compare(d, ref) < 0)
		return FALSE;
	if (g_date_days_between(ref, d) <= FAR_NO_YEAR_DAYS)
		return TRUE;
	GDate past;
	gsize off = 1;
	return !(dm_reply_find_date(text, ref, TRUE, &past, &off) && off == 0 &&
	         g_date_compare(&past, d) != 0 && g_date_compare(&past, ref) < 0);
}

/* TRUE when the expression at @at follows "binnen" / "within" closely: a response time. */
static gboolean
response_time(const char *text, gsize at)
{
	gsize from = at > 20 ? at - 20 : 0, len = strlen(text);
	gsize to = MIN(at + 10, len);        /* the expression may start with the word */
	DmMatch m;
	return dm_pattern_match(&within_word, text + from, to - from, 0, &m) && m.start[0] <= at - from;
}

static void
add_candidate(Candidates *c, gsize off, const GDate *d)
{
	if (c->n == MAX_CANDIDATES)
		return;
	guint i = c->n++;
	/* Kept in text order. */
	while (i > 0 && c->items[i - 1].off > off) {
		c->items[i] = c->items[i - 1];
		i--;
	}
	c->items[i] = (Candidate) { .off = off, .date = *d };
}

/* TRUE when the expression at @at is a weekday of a week's standing hours. */
static gboolean
in_standing_hours(const char *text, gsize len, gsize at)
{
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&standing_hours, text, len, from, &m);
	     from = dm_match_next(&m, len))
		if (at >= m.start[1] && at < m.end[1])
			return TRUE;
	return FALSE;
}

/* Every usable date @text states, in text order: the shared reader's, and "12.04.". */
static void
collect_dates(const char *text, gsize len, const GDate *ref, Candidates *c)
{
	c->n = 0;
	gsize from = 0;
	while (from < len && c->n < MAX_CANDIDATES) {
		GDate d;
		gsize off = 0;
		if (!dm_reply_find_date(text + from, ref, FALSE, &d, &off))
			break;
		gsize at = from + off;
		if (usable(text + at, ref, &d) && !response_time(text, at) &&
		    !in_standing_hours(text, len, at))
			add_candidate(c, at, &d);
		/* Past this expression's first word (not into it: "4 april" within "14 april"),
		 * and look again: "maandag 13 april" also yields "13 april". */
		from = at;
		while (from < len && (g_ascii_isalnum(text[from]) || (text[from] & 0x80)))
			from++;
		if (from == at)
			from++;
	}
	DmMatch m;
	for (gsize at = 0; dm_pattern_match(&short_numeric, text, len, at, &m);
	     at = dm_match_next(&m, len)) {
		g_autofree char *day = dm_match_group(&m, 1), *month = dm_match_group(&m, 2);
		guint64 dd, mm;
		GDate d;
		if (g_ascii_string_to_unsigned(day, 10, 1, 31, &dd, NULL) &&
		    g_ascii_string_to_unsigned(month, 10, 1, 12, &mm, NULL) &&
		    dm_date_nearest_year((int) dd, (int) mm, ref, DM_DATE_FUTURE, &d) &&
		    g_date_compare(&d, ref) >= 0)
			add_candidate(c, m.start[0], &d);
	}
}

/* Whether [@a, @b) of @text crosses the end of a sentence: a line break, ". ", "; ", "! ",
 * "? ".  A full stop after a number is an ordinal's ("am 3. Januar", "ab dem 7.1.
 * bearbeitet"), unless it ends a date written with a slash or a dash ("tot en met 3/1. Uw
 * bericht wordt ... behandeld"), a year ("through Monday, April 6, 2026. We will respond
 * after the holiday": no ordinal has three digits) or a date month first, as English
 * writes it ("through Friday, August 21. I will answer after my return"): no ordinal
 * follows a month's name. */
static gboolean
crosses_sentence(const char *text, gsize a, gsize b)
{
	static DmPattern boundary = DM_PATTERN(
		"\\n|(?:(?<!\\d)|(?<=[/-]\\d)|(?<=[/-]\\d\\d)|(?<=\\d\\d\\d))\\.\\s|[;!?]\\s|"
		"\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
		"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}\\.\\s", CI);
	DmMatch m;
	return dm_pattern_match(&boundary, text, b, a, &m);
}

/* ... or of a clause: the same, or " and " and its Dutch and German words. */
static gboolean
crosses_clause(const char *text, gsize a, gsize b)
{
	static DmPattern conjunction = DM_PATTERN("\\s(?:and|but|en|maar|und|aber)\\s", CI);
	DmMatch m;
	return crosses_sentence(text, a, b) || dm_pattern_match(&conjunction, text, b, a, &m);
}

/* @at, past the dot that ends an abbreviated marker ("t.e.m. woensdag", "t.m."): the
 * marker's own, not a sentence's end ("... als ik terug ben. Mijn ..." keeps its). */
static gsize
past_dot(const char *text, gsize at)
{
	return at >= 2 && text[at] == '.' && text[at - 2] == '.' ? at + 1 : at;
}

/* Letters an abbreviation written before a date may have ("vr.", "Fri.", "ca.",
 * "einschl."). */
#define ABBREVIATION_LETTERS 7

/* @at, moved back past the abbreviations right before it, not before @from: the dots of
 * "t/m vr. 10 april", "through Fri. April 10", "bis einschließlich Fr. 10.4." are theirs,
 * not a sentence's end between a marker and its date. */
static gsize
past_abbreviations(const char *text, gsize from, gsize at)
{
	for (;;) {
		gsize dot = at;
		while (dot > from && text[dot - 1] == ' ')
			dot--;
		if (dot == at || dot == from || text[dot - 1] != '.')
			return at;
		gsize word = dot - 1;
		while (word > from && dot - 1 - word < ABBREVIATION_LETTERS &&
		       g_ascii_isalpha(text[word - 1]))
			word--;
		/* Longer, or with a letter beyond ASCII ("Büro."): a word that ends a sentence. */
		if (word == dot - 1 || (word > from && (g_ascii_isalpha(text[word - 1]) ||
		                                        (guchar) text[word - 1] >= 0x80)))
			return at;
		at = word;
	}
}

/* The index of the first candidate starting within MARKER_REACH after a match of @marker,
 * in its sentence (in its clause, when @clause), and later than @after when that is
 * given, or -1: "... when I return on 03/08.\n\nSono fuori ufficio fino al 02/08/2026"
 * says nothing of being back on the 2nd. */
static int
candidate_after_marker(DmPattern *marker, const char *text, gsize len, const Candidates *c,
                       const GDate *after, gboolean clause)
{
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(marker, text, len, from, &m);
	     from = dm_match_next(&m, len))
		for (guint i = 0; i < c->n; i++) {
			gsize off = c->items[i].off;
			if (off < m.end[0] || off - m.end[0] > MARKER_REACH ||
			    (after && g_date_compare(&c->items[i].date, after) <= 0))
				continue;
			gsize a = past_dot(text, m.end[0]), b = past_abbreviations(text, m.end[0], off);
			if (!(clause ? crosses_clause(text, a, b) : crosses_sentence(text, a, b)))
				return (int) i;
		}
	return -1;
}

/* candidate_after_marker's date, in @out. */
static gboolean
date_after_marker(DmPattern *marker, const char *text, gsize len, const Candidates *c,
                  const GDate *after, GDate *out)
{
	int i = candidate_after_marker(marker, text, len, c, after, FALSE);
	if (i < 0)
		return FALSE;
	*out = c->items[i].date;
	return TRUE;
}

/* The last candidate starting within AGAIN_REACH before an "again" word, in its sentence:
 * "ligt in het ziekenhuis tot 14 februari. Hij regelt de facturen als hij terug is" says
 * nothing of being back on the 14th (test-blind29).  Nor is the candidate @last_away (the
 * last day away a "t/m" or a range names in its clause, or -1) the day back: "t/m 10
 * april, neem daarna opnieuw contact op", "bis einschließlich 10. April, danach wieder
 * erreichbar". */
static gboolean
date_before_again(const char *text, gsize len, const Candidates *c, int last_away, GDate *out)
{
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&again_word, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		int found = -1;
		for (guint i = 0; i < c->n && c->items[i].off < m.start[0]; i++)
			if (m.start[0] - c->items[i].off <= AGAIN_REACH &&
			    !crosses_sentence(text, c->items[i].off, m.start[0]))
				found = (int) i;
		if (found >= 0 && found != last_away) {
			*out = c->items[found].date;
			return TRUE;
		}
	}
	return FALSE;
}

/* @d, moved past a weekend: nobody is back on a Sunday. */
static GDate
working_day(const GDate *d)
{
	GDate w = *d;
	while (g_date_get_weekday(&w) == G_DATE_SATURDAY || g_date_get_weekday(&w) == G_DATE_SUNDAY)
		g_date_add_days(&w, 1);
	return w;
}

/* The day after @last_away, moved past a weekend: the first working day back. */
static GDate
day_after(const GDate *last_away)
{
	GDate d = *last_away;
	g_date_add_days(&d, 1);
	return working_day(&d);
}

/* The date said of an answer: the first candidate after an answer word within
 * MARKER_REACH, or the last before it within AGAIN_REACH, in the same clause. */
static gboolean
date_of_answer(const char *text, gsize len, const Candidates *c, GDate *out)
{
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&answer_word, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		for (guint i = 0; i < c->n; i++) {
			gsize off = c->items[i].off;
			gboolean after = off >= m.end[0] && off - m.end[0] <= MARKER_REACH &&
			                 !crosses_clause(text, m.end[0], off);
			gboolean before = off < m.start[0] && m.start[0] - off <= AGAIN_REACH &&
			                  !crosses_clause(text, off, m.start[0]);
			if (after || (before && (i + 1 == c->n || c->items[i + 1].off >= m.start[0]))) {
				*out = c->items[i].date;
				return TRUE;
			}
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
	g_autofree Candidates *c = g_new(Candidates, 1);
	collect_dates(valid, len, reference, c);
	if (c->n == 0)
		return FALSE;

	/* What says "back" most plainly wins: "terug op 14 april", "13 april weer aanwezig",
	 * over "t/m 10 april" in the same text; the last day away that names is no "again"'s. */
	GDate d;
	int last_away = candidate_after_marker(&through_marker, valid, len, c, NULL, TRUE);
	if (last_away < 0)
		last_away = candidate_after_marker(&range_marker, valid, len, c, NULL, TRUE);
	if (date_after_marker(&back_marker, valid, len, c, NULL, &d) ||
	    date_before_again(valid, len, c, last_away, &d) || date_of_answer(valid, len, c, &d)) {
		*out = d;
		return TRUE;
	}
	/* "t/m 10 april", "bis einschließlich", the end of a range ("vom 2.4. bis 10.4."): the
	 * last day away, so back the next working day; "tot", "until", "bis 13.03." alone: the
	 * day back.  Either way a later date a "vanaf"
	 * / "from" / "ab dem" names is when the person is there ("bis 13.03. nicht
	 * erreichbar, ab dem 16.03. beantworte ich ..."). */
	gboolean through = date_after_marker(&through_marker, valid, len, c, NULL, &d) ||
	                   date_after_marker(&range_marker, valid, len, c, NULL, &d);
	if (through || date_after_marker(&until_marker, valid, len, c, NULL, &d)) {
		if (date_after_marker(&from_marker, valid, len, c, &d, out))
			return TRUE;
		*out = through ? day_after(&d) : working_day(&d);
		return TRUE;
	}
	/* Any date in the text, when it speaks of an absence at all. */
	DmMatch m;
	if (!dm_pattern_match(&absence_word, valid, len, 0, &m))
		return FALSE;
	*out = c->items[0].date;
	return TRUE;
}

/* "No longer works here": the person (or the mailbox) is gone for good. */
static DmPattern gone_phrase = DM_PATTERN(
	"niet\\s+(?:meer|langer)\\s+(?:werkzaam|in\\s+dienst|actief|bij\\s+ons|"
	"in\\s+gebruik|gelezen|bereikbaar\\s+(?:op|via)\\s+dit)|werkt\\s+(?:hier\\s+)?niet\\s+"
	"(?:meer|langer)|is\\s+uit\\s+dienst|heeft\\s+(?:ons|het\\s+bedrijf|de\\s+organisatie)\\s+"
	"verlaten|"
	"no\\s+longer\\s+(?:works?|working|employed|with|at|part\\s+of|in\\s+use|monitored|"
	"active|read)|(?:has|have)\\s+left\\s+(?:the|our)\\s+(?:company|organi[sz]ation|firm|"
	"team)|is\\s+no\\s+longer\\s+(?:with|at)|"
	"nicht\\s+mehr\\s+(?:im\\s+unternehmen|für\\s+uns|bei\\s+uns|in\\s+unserem|tätig|"
	"beschäftigt|in\\s+gebrauch|aktiv|gelesen|besetzt)|(?:hat|haben)\\s+(?:das|unser)\\s+"
	"(?:unternehmen|haus|team)\\s+verlassen|ist\\s+(?:aus\\s+dem\\s+unternehmen\\s+)?"
	"ausgeschieden|"
	/* ... or a new address announced: "new address", "zukünftig", "voortaan". */
	"\\b(?:new|nieuwe?|neue)\\s+(?:e-?mail[-\\s]?)?(?:address|adres|adresse)\\b|"
	"\\b(?:zukünftig|künftig|voortaan|from\\s+now\\s+on)\\b", CI);
/* An address as people write it in running text. */
static DmPattern address_in_text = DM_PATTERN(
	"(?<![\\w.%+'-])([A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
	"\\.[A-Za-z]{2,24})(?![\\w-])", 0);

char *
dm_autoreply_new_address(const char *text, const char *own_address)
{
	g_return_val_if_fail(text != NULL, NULL);
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	/* No address without an '@' (address_in_text): most replies name none, and the
	 * phrases need not be looked for then. */
	if (!memchr(text, '@', len))
		return NULL;
	g_autofree char *valid = g_utf8_make_valid(text, (gssize) len);
	len = strlen(valid);
	DmMatch gone;
	if (!dm_pattern_match(&gone_phrase, valid, len, 0, &gone))
		return NULL;
	/* The address it names, after the phrase or (failing that) before it: not the
	 * sender's own, which is the one that no longer works. */
	gsize starts[] = { gone.start[0], 0 };
	for (gsize s = 0; s < G_N_ELEMENTS(starts); s++) {
		DmMatch m;
		for (gsize from = starts[s]; dm_pattern_match(&address_in_text, valid, len, from, &m);
		     from = dm_match_next(&m, len)) {
			g_autofree char *raw = dm_match_group(&m, 1);
			g_autofree char *addr = dm_address_normalize(raw);
			if (addr && g_strcmp0(addr, own_address) != 0)
				return g_steal_pointer(&addr);
		}
	}
	return NULL;
}
