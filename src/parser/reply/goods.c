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

/* How far after the event's day the request may stand: the same sentence or the next. */
#define AFTER_EVENT_REACH 200

/* "after it": a word pointing back at an event, not at a time of the writer's own. */
static DmPattern after_it_re = DM_PATTERN(
	"(?<!\\p{L})(?:"
	"(?:na|after|nach)\\s+(?:die|de|het|deze|dit|dat|afloop\\s+van|that|this|the|it|der|dem|"
	"dieser|diesem|jener|jenem)(?!\\p{L})"
	/* ... the thing after it, if any, no period of the writer's own. */
	"(?!\\s+(?:\\d|weekend|vakantie|zomer|zomervakantie|kerst|kerstdagen|feestdagen|"
	"jaarwisseling|salaris|loon|uitbetaling|holidays?|summer|christmas|new\\s+year|payday|"
	"pay\\s*day|salary|wages|ferien|urlaub|wochenende|feiertagen?|sommer|weihnachten|"
	"ostern|jahreswechsel|gehalt|lohn|zahltag|monat|month|maand|week|woche)(?!\\p{L}))|"
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
		gsize s_from, s_to;
		sentence_around(text, len, from + m.start[0], from + m.end[0], &s_from, &s_to);
		/* ... a payment still to make: "danach habe ich bezahlt" tells of one made, but
		 * "would it be OK if I paid … after that?" asks for one. */
		gboolean pays = FALSE;
		DmReplyTense tense = dm_reply_clause_read(text + s_from, s_to - s_from,
		                                          from + m.start[0] - s_from,
		                                          from + m.end[0] - s_from, &pays);
		gboolean asks = s_to < len && text[s_to] == '?';
		if (pays && (tense != DM_TENSE_PAST || asks))
			return TRUE;
		at = m.end[0] > at ? m.end[0] : at + 1;
	}
	return FALSE;
}
