/* retracted: a day the writer takes back.  "Ik had gezegd morgen, maar het wordt
 * volgende week vrijdag", "I said Friday on the phone but it'll have to be Monday",
 * "Ich hatte geschrieben, ich zahle Ende Woche. Stimmt nicht mehr: ist am Dienstag raus":
 * the first day is what the writer said before, and what the owner must wait for is the
 * day the text turns to (or none: "scratch that, I've already paid").  Read as a
 * payment's day, the old one holds the ladder for a day nobody means any more, or, for a
 * payment, dates it by the plan it replaced (probe-hedges25.jsonl).  The day of an earlier
 * message ("meine Mail von gestern") is no payment's either, nor a day denied ("ik doe
 * het morgen niet, pas vrijdag", "not tomorrow", "morgen klappt nicht", "heute kein Geld auf
 * Konto"), nor a day named as what usually happens that the sentence says will not hold
 * this time ("meestal rond de 24e, maar deze maand is het wat later"); a holding answer's
 * day is answer_day.c's to say, asked here so that the date reader has one question to
 * ask. */
#include "parser/reply/dm-reply-retracted.h"
#include "parser/reply/dm-reply-answer-day.h"
#include "parser/reply/dm-reply-window.h"
#include "parser/text/dm-pattern.h"

/* A report of what the writer said, wrote or meant to, ending right before the day in the
 * same sentence: "ik had (toch) gezegd", "ik zei (gisteren aan de telefoon)", "ik wilde
 * net zeggen dat het", "I was going to say", "I know I said", "my text from the weekend
 * saying I'd pay", "ich hatte geschrieben, ich zahle", "ich wollte gerade schreiben, dass
 * ich".  Not after "zoals", "as", "like", "wie" (a day confirmed, not taken back). */
static DmPattern said_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?<!zoals\\s)(?<!as\\s)(?<!like\\s)(?<!wie\\s)"
	"(?:"
	"ik\\s+(?:had|heb)\\s+(?:(?:je|u|jullie|toch|eerder|al|nog)\\s+){0,2}"
	"(?:gezegd|geschreven|beloofd|gemaild|gemeld|aangegeven|toegezegd|geappt|ge-?sms't)|"
	"ik\\s+(?:zei|schreef|beloofde|meldde|appte)|"
	"ik\\s+wilde\\s+(?:(?:net|eerst|eigenlijk|je|u)\\s+){0,2}(?:zeggen|schrijven|melden|laten\\s+weten)|"
	"ik\\s+was\\s+van\\s+plan|"
	/* "I told you", "I told her", "I told Ms. Ortiz the 15th" (a title's dot is no
	 * sentence's end). */
	"i\\s+(?:had\\s+|'d\\s+|’d\\s+)?(?:said|told(?:\\s+(?:mr|mrs|ms|miss|dr)\\.)?|wrote|promised|"
	"mentioned|texted)|"
	"i\\s+was\\s+(?:going|about)\\s+to\\s+(?:say|write|tell\\s+you|pay)|"
	"(?:my|the)\\s+(?:text|mail|e-?mail|message|note)(?:\\s+\\S+){0,4}?\\s+saying|"
	"ich\\s+(?:hatte|habe|hab)\\s+(?:(?:ihnen|dir|euch|doch|eigentlich|schon|am\\s+telefon)\\s+){0,2}"
	"(?:geschrieben|gesagt|zugesagt|versprochen|mitgeteilt)|"
	"ich\\s+(?:schrieb|sagte)|"
	"ich\\s+wollte\\s+(?:(?:gerade|eigentlich|erst|ihnen|dir)\\s+){0,2}(?:schreiben|sagen|mitteilen)"
	")(?!\\p{L})[^.!?;\\n]*$", PCRE2_CASELESS);

/* The same report with its verb after the day, the Dutch and German order: "ik had
 * vrijdag gezegd", "ich hab am Telefon Freitag gesagt", "mijn mail waarin ik vrijdag
 * beloofde": its subject (and auxiliary) before the day ... */
static DmPattern aux_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?<!zoals\\s)(?<!wie\\s)(?:ik\\s+(?:had|heb)|ich\\s+(?:hatte|habe|hab)|"
	"(?:waarin|waar|dat)\\s+ik|(?:in\\s+der|worin|dass)\\s+ich)"
	"(?!\\p{L})[^.!?;\\n,]*$", PCRE2_CASELESS);
/* ... and its verb right after it. */
static DmPattern said_after_re = DM_PATTERN(
	"\\A[^.!?;\\n,]{0,24}?(?<!\\p{L})(?:gezegd|beloofd|toegezegd|geschreven|gesagt|zugesagt|"
	"versprochen|geschrieben|zei|beloofde|schreef|sagte|schrieb|versprach|zusagte)(?!\\p{L})",
	PCRE2_CASELESS);

/* Where the text turns from what was said: a contrast or a correction after the day. */
static DmPattern turn_after_re = DM_PATTERN(
	"(?<!\\p{L})(?:maar|but|aber|doch|however|jedoch|sondern|scratch|ignore|instead|"
	"laat\\s+maar|vergeet|vergessen\\s+sie|stimmt\\s+nicht|klopt\\s+niet|correctie|"
	"korrektur|correction|in\\s+plaats|statt|actually)(?!\\p{L})", PCRE2_CASELESS);

/* Words that stand by what was said, before any turn: "ik had gezegd vrijdag en zo
 * blijft het, maar", "I said Friday and I meant it, but", "und dabei bleibt es, aber" —
 * the "but" then turns to something else, not from the day. */
static DmPattern stands_by_re = DM_PATTERN(
	"(?<!\\p{L})(?:zo\\s+blijft\\s+het|dat\\s+blijft|blijft\\s+staan|dat\\s+meen\\s+ik|"
	"daar\\s+blijf\\s+ik\\s+bij|(?:i|and)\\s+meant\\s+it|i\\s+(?:still\\s+)?mean\\s+it|"
	"that\\s+stands|it\\s+stands|(?:and|which)\\s+i\\s+will|i\\s+stick\\s+to\\s+it|"
	"still\\s+stands|dabei\\s+bleibt\\s+es|das\\s+gilt|das\\s+bleibt\\s+so|steht\\s+noch)"
	"(?!\\p{L})", PCRE2_CASELESS);

/* Or a dismissal before it, in its sentence: "ignore my text saying I'd pay Friday",
 * "vergeet mijn mail waarin ik vrijdag zei". */
static DmPattern dismiss_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:ignore|disregard|forget|vergeet|negeer|vergessen\\s+sie|ignorieren\\s+sie|"
	"vergiss)(?!\\p{L})[^.!?;\\n]*$", PCRE2_CASELESS);

/* The day of an earlier message, right before the day: "meine Mail von gestern", "mijn
 * mail van vanochtend", "my email of Monday", "Ihre Nachricht vom 3.". */
static DmPattern message_day_re = DM_PATTERN(
	"(?<!\\p{L})(?:mail|e-?mail|bericht(?:je)?|nachricht|message|text|sms|appje)"
	"\\s+(?:van|von|vom|from|of)\\s+(?:(?:de|het|the|dem|den)\\s+)?$", PCRE2_CASELESS);

/* Forgetting, in the day's sentence before it: "ik vergeet het morgen niet", "ich vergesse
 * es morgen nicht", "I won't forget it tomorrow" (the day promised, its negation the
 * forgetting's). */
static DmPattern forget_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:vergeet|vergeten|vergesse|vergessen|vergiss|forget)(?!\\p{L})[^.!?;\\n]*$",
	PCRE2_CASELESS);

/* What a writer has none of on a day he cannot pay: "heute kein Geld auf dem Konto",
 * "vandaag geen geld", "no money today", "no cash till Friday". */
#define NO_MONEY "(?:geld|money|cash|funds|deckung|saldo|budget)(?!\\p{L})"

/* A day denied: the negation right before it ("niet morgen maar vrijdag", "not
 * tomorrow", "nicht am Mittwoch, sondern") ... */
static DmPattern denied_before_re = DM_PATTERN(
	"(?<!\\p{L})(?<!if\\s)(?<!or\\s)(?:not|niet|nie|nicht)\\s+(?:(?:on|op|am|an|by)\\s+)?$|"
	/* ... or no money on it: "no money today", "geen geld vandaag". */
	"(?<!\\p{L})(?:no|geen|kein|keine)\\s+" NO_MONEY "\\s+(?:(?:on|op|am|an|by|till|until)\\s+)?$",
	PCRE2_CASELESS);
/* ... or right after it, alone or after "lukt", "klappt", "won't work": "morgen niet, pas
 * vrijdag", "morgen lukt niet", "morgen klappt nicht", "tomorrow won't work", and one
 * day denied after another ("Vandaag lukt niet meer, morgen ook niet, vrijdag zeker",
 * "morgen auch nicht", test-blind29).  Not the
 * negation of forgetting ("ik vergeet het morgen niet", "ich vergesse es morgen nicht"),
 * which promises the day. */
static DmPattern denied_after_re = DM_PATTERN(
	"\\A\\s*(?:(?:lukt|gaat|past|klappt|geht|passt)(?:\\s+(?:het|es|mij|me|mir))?\\s+)?"
	"(?:nog\\s+|noch\\s+|leider\\s+|helaas\\s+|ook\\s+|auch\\s+)?(?:niet|nicht|nie)(?!\\p{L})"
	"(?!\\s+(?:vergeten|vergessen))|"
	"\\A\\s*(?:won'?t|won’t|doesn'?t|doesn’t|isn'?t|isn’t|is\\s+not|will\\s+not)\\s+"
	"(?:work|do|be\\s+possible|happen)(?!\\p{L})|"
	/* "heute kein Geld auf Konto", "vandaag heb ik geen geld", "today I have no money" */
	"\\A\\s*,?\\s*(?:(?:hab|habe|heb|have|has|is|ist|i\\s+have|ik|ich)\\s+(?:ich\\s+|ik\\s+)?)?"
	"(?:kein|keine|keinen|geen|no)\\s+" NO_MONEY, PCRE2_CASELESS);

/* Whether the day at [@start, @end) is denied (denied_before_re, denied_after_re), with
 * the verbs of forgetting before it taken into account: "ik vergeet het morgen niet". */
static gboolean
day_denied(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 24);
	if (dm_pattern_match(&denied_before_re, text + from, start - from, 0, &m))
		return TRUE;
	if (!dm_pattern_match(&denied_after_re, text + end,
	                      dm_pattern_whole_chars(text + end, MIN(len - end, 40)), 0, &m))
		return FALSE;
	from = dm_reply_words_before(text, start, 40);
	return !dm_pattern_match(&forget_before_re, text + from, start - from, 0, &m);
}

/* A day the writer names as what usually happens ("meestal rond de 24e", "usually on the
 * 28th", "normalerweise am 25."), the word of habit in its clause before it ... */
static DmPattern habit_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:meestal|normaal|normaal\\s+gesproken|normaliter|doorgaans|gewoonlijk|"
	"usually|normally|generally|typically|normalerweise|meistens|gewöhnlich|üblicherweise|"
	"in\\s+der\\s+regel)(?!\\p{L})[^.!?;\\n]{0,40}$", PCRE2_CASELESS);
/* ... that the sentence then says will not hold this time: a turn and this time, or a
 * later one ("maar deze maand is het wat later", "but this month it's late", "aber diesen
 * Monat später"). */
static DmPattern habit_broken_after_re = DM_PATTERN(
	"\\A[^.!?\\n]{0,40}?(?<!\\p{L})(?:maar|but|aber|doch|however|jedoch)(?!\\p{L})"
	"[^.!?\\n]{0,40}?(?<!\\p{L})(?:deze\\s+(?:maand|keer|week)|dit\\s+keer|nu|this\\s+(?:month|time|week)|"
	"now|diesen\\s+monat|diese\\s+woche|diesmal|dieses\\s+mal|jetzt|later|late|später)(?!\\p{L})",
	PCRE2_CASELESS);

/* How far before the day a report of what was said may begin, and how far after it the
 * text may turn from it. */
#define SAID_LOOK_BACK 90
#define TURN_LOOK_AHEAD 160

gboolean
dm_reply_day_retracted(const char *text, gsize len, gsize start, gsize end)
{
	g_return_val_if_fail(text != NULL && start <= end && end <= len, FALSE);
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 24);
	if (dm_pattern_match(&message_day_re, text + from, start - from, 0, &m) ||
	    dm_reply_answer_day(text, len, start, end) || day_denied(text, len, start, end))
		return TRUE;
	from = dm_reply_words_before(text, start, 56);
	if (dm_pattern_match(&habit_before_re, text + from, start - from, 0, &m) &&
	    dm_pattern_match(&habit_broken_after_re, text + end,
	                     dm_pattern_whole_chars(text + end, MIN(len - end, 100)), 0, &m))
		return TRUE;
	from = dm_reply_words_before(text, start, SAID_LOOK_BACK);
	gboolean said = dm_pattern_match(&said_before_re, text + from, start - from, 0, &m) ||
	                (dm_pattern_match(&aux_before_re, text + from, start - from, 0, &m) &&
	                 dm_pattern_match(&said_after_re, text + end,
	                                  dm_pattern_whole_chars(text + end, MIN(len - end, 40)), 0,
	                                  &m));
	if (!said)
		return FALSE;
	if (dm_pattern_match(&dismiss_before_re, text + from, start - from, 0, &m))
		return TRUE;
	gsize ahead = dm_pattern_whole_chars(text + end, MIN(len - end, TURN_LOOK_AHEAD));
	if (!dm_pattern_match(&turn_after_re, text + end, ahead, 0, &m))
		return FALSE;
	/* A day stood by before the turn is kept. */
	DmMatch by;
	return !dm_pattern_match(&stands_by_re, text + end, m.start[0], 0, &by);
}
