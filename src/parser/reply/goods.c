/* goods: payment asked for after an event of the goods or the work (dm-reply-goods.h).
 *
 * "De tweede helft van de tegels wordt pas op 12 maart geleverd. Mag ik de factuur
 * voldoen na die levering?" names one day, the delivery's, and asks to pay after it: the
 * date reader skips the delivery's day as no payment's (classify_dates.c,
 * is_other_event) and, when no other day is given to the payment, takes the day after
 * it when this says that the payment waits for that event.
 *
 * Failure classes: none; a text without such a request gives FALSE. */
#include "parser/reply/dm-reply-goods.h"
#include "parser/reply/dm-reply-tense.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* How far after the event's day the request may stand: the same sentence or the next. */
#define AFTER_EVENT_REACH 200

/* A possessive before the event: "na mijn examen", "after my surgery", "nach meiner
 * Prüfung". */
#define OWN "mijn|m['’]n|zijn|haar|onze|my|his|her|our|meiner|meinem|meine|seiner|seinem|" \
	"ihrer|ihrem|unserer|unserem"
/* A time of the writer's own, no event of the goods or of the day: "na het weekend",
 * "after the holidays", "nach dem Urlaub", "na mijn salaris". */
#define PERIOD_WORDS "(?:\\d|weekend|vakantie|zomer|zomervakantie|kerst|kerstdagen|feestdagen|" \
	"jaarwisseling|salaris|loon|uitbetaling|holidays?|summer|christmas|new\\s+year|payday|" \
	"pay\\s*day|salary|wages|ferien|urlaub|wochenende|feiertagen?|sommer|weihnachten|" \
	"ostern|jahreswechsel|gehalt|lohn|zahltag|monat|month|maand|week|woche|terugkomst|" \
	"terugkeer|thuiskomst|return|rückkehr|rückkunft)(?!\\p{L})"

/* "after it": a word pointing back at an event, not at a time of the writer's own. */
static DmPattern after_it_re = DM_PATTERN(
	"(?<!\\p{L})(?:"
	"(?:na|after|nach)\\s+(?:die|de|het|deze|dit|dat|afloop\\s+van|that|this|the|it|der|dem|"
	"dieser|diesem|jener|jenem|" OWN ")(?!\\p{L})"
	/* ... the thing after it, if any, no period of the writer's own. */
	"(?!\\s+" PERIOD_WORDS ")|"
	"daarna|nadien|hierna|danach|anschließend|afterwards|after\\s+that)(?!\\p{L})",
	PCRE2_CASELESS);

/* The sentence around [@start, @end) of @text: from after the last . ! ? or line break
 * before it to the next one. */
static void
sentence_around(const char *text, gsize len, gsize start, gsize end, gsize *from, gsize *to)
{
	gsize a = start, b = end;
	while (a > 0 && text[a - 1] != '.' && text[a - 1] != '!' && text[a - 1] != '?' &&
	       text[a - 1] != '\n')
		a--;
	while (b < len && text[b] != '.' && text[b] != '!' && text[b] != '?' && text[b] != '\n')
		b++;
	*from = a;
	*to = b;
}

/* Whether the sentence around [@at, @at_end) of @text (@len bytes), an "after" and what
 * it points at, pays what is still to pay: "danach habe ich bezahlt" tells of one made,
 * but "would it be OK if I paid … after that?" asks for one. */
static gboolean
pays_then(const char *text, gsize len, gsize at, gsize at_end)
{
	gsize s_from, s_to;
	sentence_around(text, len, at, at_end, &s_from, &s_to);
	gboolean pays = FALSE;
	DmReplyTense tense = dm_reply_clause_read(text + s_from, s_to - s_from, at - s_from,
	                                          at_end - s_from, &pays);
	gboolean asks = s_to < len && text[s_to] == '?';
	return pays && (tense != DM_TENSE_PAST || asks);
}

gboolean
dm_reply_pays_after_event(const char *text, gsize len, gsize from)
{
	g_return_val_if_fail(text != NULL, FALSE);
	if (from >= len)
		return FALSE;
	gsize reach = dm_pattern_whole_chars(text + from, MIN(len - from, AFTER_EVENT_REACH));
	DmMatch m;
	gsize at = 0;
	while (at < reach && dm_pattern_match(&after_it_re, text + from, reach, at, &m)) {
		if (pays_then(text, len, from + m.start[0], from + m.end[0]))
			return TRUE;
		at = m.end[0] > at ? m.end[0] : at + 1;
	}
	return FALSE;
}

/* "na mijn examen", "after the surgery", "nach der Prüfung": "after" and the event it
 * names (group 1), a word of four letters or more that is no time of the writer's own. */
static DmPattern after_named_re = DM_PATTERN(
	"(?<!\\p{L})(?:na|after|nach)\\s+(?:de|het|the|der|dem|den|die|" OWN ")\\s+"
	"(?!" PERIOD_WORDS ")(\\p{L}{4,})(?!\\p{L})", PCRE2_CASELESS);

/* Whether @word (@n bytes, caseless) ends a word of @text between @from and @to: the
 * event named again, alone or as a compound's end ("rijexamen" … "examen"). */
static gboolean
word_ends_within(const char *text, gsize from, gsize to, const char *word, gsize n)
{
	g_autofree char *hay = g_utf8_casefold(text + from, (gssize) (to - from));
	g_autofree char *needle = g_utf8_casefold(word, (gssize) n);
	gsize k = strlen(needle);
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
		const char *after = p + k;
		if (*after == '\0' || !g_unichar_isalpha(g_utf8_get_char(after)))
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_reply_event_named_again(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, FALSE);
	gsize reach = dm_pattern_whole_chars(text + end, MIN(len - end, AFTER_EVENT_REACH));
	DmMatch m;
	if (!dm_pattern_match(&after_named_re, text + end, reach, 0, &m) ||
	    !pays_then(text, len, end + m.start[0], end + m.end[0]))
		return FALSE;
	/* The event is named from the day's own sentence on, before the "after" (a day's
	 * dot, "am 26. November", may end what sentence_around takes for a sentence). */
	gsize s_from, s_to;
	sentence_around(text, len, start, end, &s_from, &s_to);
	return word_ends_within(text, s_from, end + m.start[0], text + end + m.start[1],
	                        m.end[1] - m.start[1]);
}
