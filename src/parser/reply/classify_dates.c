/* classify_dates: the date a debtor's text states, in Dutch (and Flemish), English or
 * German (and Austrian, Swiss), resolved against the message's own date.
 *
 * Understands explicit dates ("2026-12-05", "5-12-2026", "5 december", "5 dec.",
 * "December 5th", "5. Jänner"), read by the shared date reader (parser/text/dm-dates.h)
 * with the month and day names of the language table (common/dm-language.h), and what
 * only a reply says: incomplete dates ("5-12", "12.03.", "the 5th", "de 5e", "bis zum
 * 15."), days ("vandaag", "morgen", "overmorgen", "gisteren", "today", "tomorrow",
 * "heute", "übermorgen", "vorgestern"), weekdays ("vrijdag", "volgende week dinsdag",
 * "next Friday", "Friday week", "nächsten Mittwoch"), the ends and starts of months and
 * weeks ("eind van de maand", "eind vd maand", "begin volgende maand", "end of next
 * week", "Ende des Monats", "Anfang September"; the start of next week is its Monday)
 * and spans ("over twee weken", "in 10 Tagen", "within 2 days"); "na de 25e", "nach dem
 * 25.", "after the 25th" are the day after the one named; named weeks ("week 12", "Anfang
 * KW 3", "de eerste week van april") their Friday (start: Monday); holidays that fix a
 * day (parser/text/dm-holidays.h); of two days offered ("morgen of overmorgen") the
 * later; paydays by their place in a month ("de laatste werkdag van de maand",
 * "the last Friday of the month") and days that come round each month ("op elke 28e");
 * the middle of a month ("Mitte August") its 15th, of a week ("Mitte nächster Woche") its
 * Wednesday; the day before the one a payment is done on ("op 30 januari krijg ik geld
 * binnen, de dag erna doe ik de jouwe") that day plus one.  Vague periods ("volgende
 * week", "next month", "na het weekend") resolve to their end and are marked
 * DM_REPLY_DATE_VAGUE.
 *
 * Which expression: the first stated one in the text on the side the sense asks for,
 * one its clause gives to a payment before one it gives to something else; a vague one
 * only when nothing is stated.  Before the order, the words decide: the writer's own day
 * after the day money comes to him ("mijn klant betaalt mij de 24e, uiterlijk de 25e"),
 * a day of a month's edge's last or first days over the edge ("end-of-month run on
 * Friday 30th"), a day said again on its own after another ("this arvo … in which case
 * tomorrow. But this arvo.").  A reply of another class may still name its payment's
 * day: dm_reply_find_payment_date reads only those.  Incomplete dates take the year (or
 * month, or week) that puts them nearest the reference on the side @past asks for.
 *
 * Failure classes: none; text without a date gives FALSE.  Impossible dates ("31-02") are
 * skipped, not clamped. */
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-goods.h"
#include "parser/reply/dm-reply-payer.h"
#include "parser/reply/dm-reply-retracted.h"
#include "parser/reply/dm-reply-tense.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-typed.h"
#include "parser/reply/dm-reply-window.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-holidays.h"
#include "parser/text/dm-month-days.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"
#include "common/dm-language.h"

#include <string.h>

#define WEEKDAYS "((?&" DM_PATTERN_WEEKDAY "))"
#define COUNT \
	"(\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|" \
	"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|" \
	"ein|eine|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn)"
/* "next", "last" and "this" in the three languages, as they stand before a day or week. */
#define NEXT "volgende|komende|aanstaande|next|coming|nächste[nr]?|kommende[nr]?"
#define LAST "afgelopen|vorige|last|letzte[nr]?|vergangene[nr]?|vorige[nr]?"
#define THIS "deze|this|diese[rns]?|dit"
/* Swiss "Ändi Monet" too. */
#define MONTH_WORD "(?:maand|month|monats?|monet)"
/* A word that may write a day of the month ("negende", "twenty-first", "zehnten"): any
 * word ending as ordinals do; ordinal_number says which, if any. */
#define ORDINAL "\\p{L}+(?:e|st|nd|rd|th|ten)(?!\\p{L}|-\\p{L})|" \
	"(?:twenty|thirty)-\\p{L}+(?!\\p{L})"
/* What a span counts (D_SPAN). */
#define SPAN_UNIT "werkdagen|working\\s+days|business\\s+days|werktagen|arbeitstagen|" \
	"dagen|dag|days?|tagen?|weken|weeks?|wochen|woche|fortnight"
/* The words after which D_NTH takes a number for a day ("op de 5e", "bis zum 15."). */
#define NTH_WORDS "de|op|na|tegen|voor|vóór|den|dem|zum|am|bis|ab|vor|nach|the|per|on"
/* The articles before a day of the month written as a word ("de vijftiende", "am
 * zwanzigsten"), which D_NTH looks for first. */
#define NTH_ARTICLE "(?:de|the|den|am|zum)"
/* The words after which D_DM takes "9.12" without its closing dot for a day. */
#define DM_WORDS "on|am|op|per|vom|seit|sinds|since|until|till|bis|tot"
/* What may stand between a word like "eind" and the month or week it is the end of. */
#define OF_THE "(?:\\s+(?:of|van|des|der|vd|v\\.d\\.))?(?:\\s+(?:de|the|het))?"

typedef enum {
	D_DATE,         /* 2026-12-05, 5-12-2026, 5 december [2026], December 5th[, 2026] */
	D_DM,           /* 5-12, 5/12, 12.03. */
	D_NTH,          /* the 5th, de 5e, bis zum 15., de 1ste van volgende maand */
	D_DAY,          /* vandaag, morgen, gisteren, heute, ... */
	D_WEEKDAY_WEEK, /* vrijdag volgende week, Friday week, Mittwoch nächste Woche */
	D_WEEKDAY,      /* [volgende [week]] vrijdag [a.s.] */
	D_WEEK,         /* volgende week, end of next week, Ende der Woche, ... */
	D_MONTH,        /* eind van de maand, begin volgende maand, Monatsende */
	D_MONTH_NAMED,  /* eind december, Anfang September, mid-August */
	D_HOLIDAY,      /* Koningsdag, Christmas Eve, Silvester, voor de kerst */
	D_WEEK_NAMED,   /* week 12, Anfang KW 3, de eerste week van april, die Woche vom 16. März */
	D_SPAN,         /* over twee weken, in 10 Tagen, within 2 days, in a fortnight */
	D_AGO,          /* drie dagen geleden, two days ago, vor zehn Tagen */
	D_MONTH_RULE,   /* de laatste werkdag van de maand, the last Friday of the month */
	D_EVERY,        /* op elke 28e, every 28th, jeweils am 28. */
	D_N_KINDS
} DateKind;

/* A negation, which no word between "net", "just", "soeben" and the payment's verb may be
 * ("net nog niet betaald" is no payment today). */
#define NOT_WORD \
	"(?:niet|nog|geen|niks|nooit|nicht|nichts|noch|kein|keine[nmrs]?|nie|not|never|nothing|no)" \
	"(?!\\p{L})"

/* What follows "just", "net", "zojuist", "gerade" in a payment just made (D_DAY): what
 * the sum includes, as a late reminder's costs make people say ("net het volledige bedrag
 * inclusief de kosten overgemaakt", "soeben den vollen Betrag inklusive Mahngebühren
 * überwiesen"; train-ladder), the sum, and the participle, with German verbs of sending
 * the money ("grad per Twint rübergeschickt", "soeben bei der Post eingezahlt", "ist eben
 * raus"; probe-de31). */
#define JUST_PAID \
	"(?:(?:inclusief|incl\\.?|inklusive|inkl\\.?|including|samt|plus|ook|with)\\s+" \
	"(?:(?!" NOT_WORD ")[\\p{L}€$£\\d.,]+\\s+){1,3})?" \
	"(?:(?:€|eur|chf|fr\\.|\\$|£)?\\s*\\d[\\d.,']*\\s*(?:€|eur|euro|chf|fr\\.|franken)?\\s+)?" \
	"(?:paid|sent|" \
	"done|transferred|settled|betaald|voldaan|afgerekend|overgemaakt|overgeboekt|overgeschreven|gestort|gedaan|" \
	"überwiesen|bezahlt|gezahlt|zahlt|beglichen|erledigt|" \
	"(?:rüber|raus|los|ab)?geschickt|angewiesen|eingezahlt|einbezahlt|raus)"

/* Matched caseless (see the DmPattern array below).
 *
 * An alternative that opens with lookbehinds ("not after 'happy '") is tried at every
 * place of the text, and PCRE2 runs each lookbehind there before the first character the
 * alternative consumes turns the place away: most of what the patterns cost.  So such an
 * alternative first asks, in a lookahead, for what it consumes first ((?=just), (?=\d),
 * an article and its space): the same matches, the same groups (no group in a guard),
 * since assertions at one place may be tested in any order; most places now fail on one
 * character comparison.  Measured: bench/README.md, 2026-12-06 session 33. */
static const char *const date_patterns[D_N_KINDS] = {
	[D_DATE] = "(" DM_DATE_ANY_RE ")",
	/* "24/7" is always, not the 24th of July. */
	[D_DM] = "(?<![\\d.,/-])(?!24/7(?![\\d/-]))"
	         "(?|(\\d{1,2})[-/](\\d{1,2})(?![\\d/-]|[.,]\\d)|"
	         "(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)|"
	         /* "made the transfer on 9.12", "am 3.4 überwiesen": without its closing dot
	          * only after a word that puts a day there, and never a time ("bis 9.30 Uhr"). */
	         "\\b(?:" DM_WORDS ")\\s\\K"
	         "(\\d{1,2})\\.(\\d{1,2})(?![\\d:]|[.,]\\d|\\s*(?:uur|u\\b|h\\b|uhr|am\\b|pm\\b|o'clock|%|€|eur)))"
	         /* "in 1-2 days", "3/4 of the amount": a range or a fraction. */
	         "(?!\\s*(?:days?|dagen|tage[n]?|weeks?|weken|wochen|werkdagen|werktage[n]?|"
	         "business|working|hours?|uur|stunden|of\\b|van\\b|%))",
	/* A day of the month alone: an ordinal, or a number after a word that says so.  Not
	 * before a month name (then it is a whole date). */
	/* Not a day that comes round each month (D_EVERY: "every 28th", "jeweils am 28."). */
	[D_NTH] = "(?|\\b(?=\\d)(?<!every\\s)(?<!each\\s)"
	          /* "Happy 4th!": a greeting for the Fourth of July, no day of the reply. */
	          "(?<!happy\\s)(\\d{1,2})(?:st|nd|rd|th)\\b|"
	          "(?<!jeweils\\s)\\b(?:" NTH_WORDS ")\\s+"
	          /* Flemish "tegen den 10den" too. */
	          /* not "am 2. Weihnachtsfeiertag": a holiday's day (D_HOLIDAY) */
	          "(\\d{1,2})(?:e|de|den|ste|ten|sten|\\.)(?!\\w|\\.?\\d|\\s*weihnachts)|"
	          /* "am 1 kommt das Gehalt": a bare number only after "am", "per". */
	          "\\b(?:am|per)\\s+(\\d{1,2})(?=\\s+\\p{Ll})|"
	          /* "zum Ersten", "the first of next month", "de eerste van de maand"; "am
	           * Monatsersten" (probe-de31). */
	          "\\b(?:zum|am|per)\\s+(?:monats)?(ersten)\\b(?!\\s+weihnachts)|"
	          /* A day written as a word: before "of the month" ("op de twintigste van de
	           * maand", "am zehnten des Monats") or after a weekday ("donderdag de
	           * negende", "Thursday the ninth", "Freitag, den zwölften"). */
	          "\\b(?:de|the|den|dem|am|zum)\\s+(" ORDINAL ")(?=\\s+(?:van|of|des)\\s+"
	          "(?:de\\s+|the\\s+)?(?:(?:" NEXT "|" THIS ")\\s+)?" MONTH_WORD "(?!\\p{L}))|"
	          /* ... or in digits without its ending, before this or next month's name ("I
	           * am pay on 25 of this month", "op 25 van deze maand"). */
	          "\\b(?:on|op|the|de)\\s+(\\d{1,2})(?=\\s+(?:van|of)\\s+(?:" NEXT "|" THIS ")\\s+"
	          MONTH_WORD "(?!\\p{L}))|"
	          /* ... or alone after "de", "the", "am" where the clause ends or goes on to
	           * another ("ik betaal de vijftiende", "de twintigste want dan ...", "on the
	           * twenty third i'll", "am zwanzigsten", dictated "am fünfzehnten Punkt").
	           * Not the first three, which count more often than they date ("dit is al
	           * de derde!"), nor any after "this is", "al", "now", "already" or "it's",
	           * which count what the writer has had ("dit is al de vierde!", "this is the
	           * fifth i have received"); "my payday is the fifth" still dates. */
	          "(?=" NTH_ARTICLE "\\s)(?<!\\p{L})(?<!\\bthis\\sis\\s)(?<!\\bthat\\sis\\s)"
	          "(?<!\\bdit\\sis\\s)(?<!\\bdat\\sis\\s)(?<!\\bal\\s)(?<!\\bnu\\s)"
	          "(?<!\\bnow\\s)(?<!\\balready\\s)(?<!\\bschon\\s)"
	          /* "it's the fifth" counts; the German "es" the apostrophe shortens does not:
	           * "ich zahl's am Zehnten", "mach's zum Fünfzehnten". */
	          "(?:(?<!'s\\s)(?<!’s\\s)|(?=(?:am|zum)\\s))"
	          NTH_ARTICLE "\\s+"
	          "(?!(?:eerste|tweede|derde|first|second|third|ersten|zweiten|dritten)(?!\\p{L}))"
	          "(" ORDINAL ")(?=\\s*(?:[.,;!?)\\n]|\\z)|\\s+(?:want|omdat|because|weil|denn|"
	          "als|wenn|if|when|once|zodra|sobald|dan|then|dann|punt|punkt|i|i'll|i’ll|ik|"
	          /* ... or to thanks, unpunctuated ("on the twenty third thanks so much"). */
	          "ich|we|wij|wir|ok|oke|okay|ça|thanks|thank|thx|cheers|bedankt|dank|danke|merci)"
	          "(?!\\p{L}))|"
	          "(?=[\\s,])(?<=dag|day|tag|woch)\\s*,?\\s+(?:de|the|den)\\s+(" ORDINAL ")"
	          /* ... where the sentence goes on after it, not where it counts something
	           * ("dinsdag de tweede helft", "Tuesday the first 100"). */
	          "(?=\\s*(?:[.,;:!?)\\n]|\\z)|\\s+(?:als|wenn|if|when|once|zodra|sobald|dan|then|"
	          "dann|en|and|und|om|um|at|van|of|des|is|ist|wordt|wird|will)(?!\\p{L})))"
	          "(?!\\s*,?\\s*(?:of\\s+)?(?&" DM_PATTERN_MONTH ")(?!\\p{L}))"
	          "(?:\\s+(?:van|of|des)\\s+(?:de\\s+|the\\s+)?(" NEXT "|" THIS ")\\s+" MONTH_WORD ")?",
	/* "Guten Morgen" and a "Morgen," that opens a line with no lower-case word after it
	 * ("Morgen, Herr Vogt") are greetings, not tomorrow ("morgen, fix" is). */
	[D_DAY] = "\\b(vandaag|today|heute?|overmorgen|übermorgen|day\\s+after\\s+tomorrow|"
	          "vanmorgen|vanochtend|vanmiddag|vanavond|tonight|this\\s+(?:morning|afternoon|arvo)|"
	          /* Flemish "deze morgen", "deze voormiddag": this morning, not tomorrow. */
	          "deze\\s+(?:morgen|ochtend|voormiddag|middag|namiddag|avond)|"
	          /* "tomorow", "tommorow", "tommorrow": typed in a hurry. */
	          "tom{1,2}or{1,2}ow|"
	          /* "paid it there a minute ago", "a few minutes ago", "an hour ago", "een
	           * paar minuten geleden", "vor einer Minute", "vorhin": the day sent, as
	           * "net" and "gerade" are (corpus/replies/README.md, "Paid a moment ago"). */
	          "(?:(?:a|one|few|couple|several|ten|five|\\d{1,2})\\s+(?:of\\s+)?"
	          "(?:minutes?|mins?|moments?|seconds?)|(?:an|one|two|few|couple\\s+of)\\s+hours?|"
	          "moments)\\s+ago|"
	          "(?:een|paar|enkele|tien|vijf|\\d{1,2})\\s+(?:minuutje|minuten|minuut|ogenblik)"
	          "\\s+geleden|(?:een|paar|twee)\\s+uur(?:tje)?\\s+geleden|"
	          "vor\\s+(?:einer|ein\\s+paar|wenigen|zehn|fünf|\\d{1,2})\\s+minuten?(?!\\p{L})|"
	          "vor\\s+(?:einer|zwei|ein\\s+paar)\\s+stunden?(?!\\p{L})|vorhin|"
	          /* "straks", Flemish "seffens", later today; South African "now-now", soon
	          * and today (its "just now" alone is some time later: no day). */
	          "straks|seffens|(?<!\\p{L})now[-\\h]now(?!\\p{L})|"
	          /* Flemish and typed short "morge betaal ik"; not the Swiss greeting
	           * "Guete Morge". */
	          "(?=morge)(?<!guten\\s)(?<!guete\\s)(?!(?m:^)morgen?\\s*[,!](?!\\h*(?-i:\\p{Ll})|\\s*\\z))"
	          /* "Morgen Robin, ...": a name after it, then a comma; not "Morgen Vormittag". */
	          "(?!(?m:^)morgen?\\h+(?!(?:vor|nach)?mittag|abend|früh)(?-i:\\p{Lu}\\p{Ll}+),)"
	          "(?:morgen(?:ochtend|middag|avond|vroeg)?|morge)|morgn|"
	          /* Swiss "morn", colloquial Dutch "gister"; Scots "the morra" (and "the
	           * morrow"), never "morra" alone, a surname, nor capitalised after "the"
	           * ("the Morra family", "the Morrow account"), nor "the morrow of" a day,
	           * the day after that one. */
	          "morn|(?=morr)(?<=the\\s)(?-i:morr(?:a|ow))(?!\\p{L})(?!\\s+of(?!\\p{L}))|"
	          "tmrw|2moro(?:w)?|eergisteren|vorgestern|day\\s+before\\s+yesterday|"
	          /* "gisterenavond" as often as "gisteravond". */
	          "gister(?:en)?(?:ochtend|middag|avond|nacht)?|yesterday|gestern|"
	          "(?:last\\s+night|gestern\\s+abend)|"
	          /* "just paid", "net betaald", "gerade überwiesen", "habe eben 960 € überwiesen",
	           * "nu gedaan", "net gedaan": today; "paid just now" too, but not "just now"
	           * alone, which in British English means "at the moment" ("I cannot pay just
	           * now").  Up to four words may stand between, none a negation: "zojuist het
	           * volledige bedrag overgemaakt", "gerade eben per PayPal bezahlt"; not "net als
	           * vorige maand betaald" ("just like last month"). */
	          "(?=just)(?<=paid\\s|sent\\s|done\\s|transferred\\s|paid\\sit\\s|sent\\sit\\s|done\\sit\\s)just\\s+now|"
	          /* ... and Irish "Done there now", "Paid that there now", "Payment is done
	           * right now", "the transfer is done now": a payment made, the day sent
	           * (test-blind30); never "pay right now" (no act done: "I can't pay right
	           * now"), nor "get it done right now", a thing still to do, nor "All paid
	           * now", a state the blind authors date by nothing (test-blind7). */
	          "(?=there|right|now)(?<=paid\\s|sent\\s|done\\s|transferred\\s|paid\\sit\\s|sent\\sit\\s|done\\sit\\s|"
	          "paid\\sthat\\s|done\\sthat\\s)(?<!get\\sit\\sdone\\s)(?<!get\\sthis\\sdone\\s)(?<!get\\sthat\\sdone\\s)"
	          "(?:(?:there|right)\\s+now|(?<=done\\s)now)(?!\\p{L})(?![-\\h]now)|"
	          /* ... and "I have done the payment just now", "made the transfer just now"
	           * (an Indian writer's past, test-blind27), not "I'll make the payment just
	           * now" (a South African's later). */
	          "(?=just)(?<=done\\sthe\\spayment\\s|done\\sthe\\stransfer\\s|done\\spayment\\s|made\\sthe\\spayment\\s|made\\sthe\\stransfer\\s|"
	          "made\\spayment\\s|did\\sthe\\spayment\\s|did\\sthe\\stransfer\\s|did\\spayment\\s)just\\s+now|"
	          /* ... and "transferred the amount for the holiday house just now", the
	           * words between one clause's, no negation (test-blind28). */
	          "(?<!\\p{L})(?:transferred|paid|sent|wired)\\s+"
	          "(?:(?!" NOT_WORD ")[\\p{L}\\d€$£']+\\s+){1,6}?\\Kjust\\s+now|"
	          /* Flemish "daarjuist overgeschreven" (test-blind28).  The words that only
	           * ever mean "just now" ("zojuist", "zonet", "daarnet", "daarjuist",
	           * "soeben") may stand further from the participle, with the way it was paid
	           * between: "zojuist via de betaallink in jullie mail betaald", "soeben habe
	           * ich über den Link in Ihrer Mail bezahlt" (test-blind33); "just", "net",
	           * "nu", "gerade", "eben" say "like", "now", "even" as well. */
	          "(?:just|net|nu|gerade|grad|eben)(?=\\s+"
	          "(?!als\\s)(?:(?!" NOT_WORD ")\\p{L}+\\s+){0,4}" JUST_PAID ")|"
	          "(?:daarnet|daarjuist|zojuist|zonet|soeben)(?=\\s+"
	          "(?!als\\s)(?:(?!" NOT_WORD ")[\\p{L}'’-]+\\s+){0,8}" JUST_PAID "))(?!\\p{L})",
	/* Group 3 (or 5): "Friday week", "the Monday after next"; group 6 "dinsdag over twee
	 * weken", "Dienstag in zwei Wochen": that day of the week so many weeks on. */
	[D_WEEKDAY_WEEK] = "\\b" WEEKDAYS "\\s+(?:(" NEXT ")\\s+(?:week|woche)|(week|fortnight)|"
	                   "(" LAST ")\\s+(?:week|woche)|(after\\s+next)|"
	                   "(?:over|in)\\s+" COUNT "\\s+(?:weken|weeks|wochen|week|woche))\\b|"
	                   /* British and Irish "a week on Friday", "a week Friday", "a fortnight
	                    * on Friday", "two weeks on Monday": group 7 the count, 8 its unit, 9
	                    * the day; not a rhythm ("once a week on Fridays", "every two weeks
	                    * on Monday"). */
	                   "\\b(?=(?:a|one|two|three|four|\\d)\\s)(?<!once\\s)(?<!twice\\s)(?<!every\\s)(?<!each\\s)"
	                   "(a|one|two|three|four|\\d)\\s+(weeks?|fortnights?)\\s+(?:on\\s+)?"
	                   "((?&" DM_PATTERN_WEEKDAY "))(?!\\p{L})",
	[D_WEEKDAY] = "\\b(?:(" NEXT "|" LAST "|" THIS "|op|on|am|this\\s+coming)\\s+)?"
	              /* "de volgende week op vrijdag", as people whose first language puts
	               * the day after a preposition write it: as without the "op". */
	              "(?:(week|woche)\\s+(?:op\\s+)?)?" WEEKDAYS
	              /* "vrijdagmiddag", "Freitagabend", "donderdags". */
	              "(?:ochtend|middag|avond|morgen|nacht|abend|vormittag|nachmittag|s)?(?!\\p{L})",
	[D_WEEK] = "\\b(?:(begin|early|anfang|start|beginning)" OF_THE "\\s+|"
	           "(eind|einde|end|ende|tegen\\s+het\\s+einde|by\\s+the\\s+end)" OF_THE "\\s+)?"
	           /* "Ende Woche", Swiss "Ende Wuche": the end of this week without its article;
	            * Swabian "Ende nächster Woch". */
	           "(?:(?:(" NEXT ")|(" LAST ")|(" THIS "|de|the|der))\\s+|(?<=ende\\s))"
	           "(?:week|woche|wuche|woch)\\b|"
	           "\\b(na\\s+het\\s+weekend|after\\s+the\\s+weekend|nach\\s+dem\\s+wochenende)\\b|"
	           /* "Mitte nächster Woche", "midden volgende week", "by the middle of next
	            * week", "mid next week": group 7, with 8 next or 9 this week. */
	           "\\b(mitte|midden|halverwege|mid|middle)" OF_THE "\\s+(?:(" NEXT ")|(" THIS "|de|the|der))\\s+"
	           "(?:week|woche|wuche|woch)\\b",
	[D_MONTH] = "(?<!\\p{L})(?:(begin|early|beginning|start|anfang)|(eind|einde|end|ende|ultimo|"
	            /* Swiss "Ändi Monet". */
	            "ändi|aendi))"
	            OF_THE "(?:\\s+(" NEXT ")|\\s+(" LAST ")|\\s+(?:" THIS "|de|the|des))?\\s*"
	            MONTH_WORD "(?!\\p{L})|"
	            /* Austrian "bis zum Monatsletzten": the month's last day. */
	            "\\b(?:(" NEXT ")\\s+" MONTH_WORD "|(monatsende|monatsanfang|monatsletzte[nr]?|maandeinde|"
	            "month[\\s-]end|monthend|end-of-(?:the-)?month))(?!\\p{L})",
	[D_MONTH_NAMED] = "\\b(?:(begin|early|beginning\\s+of|start\\s+of|anfang)|"
	                  "(eind|einde|end\\s+of|ende|ultimo)|(medio|half|mid|mitte))[\\s-]+"
	                  "(" DM_MONTH_RE ")\\.?",
	/* A holiday that fixes one day (group 1); Christmas itself only after "voor", "vor",
	 * "before" (the day before it), as alone it names a period ("na de kerst"). */
	/* Not a holiday wished ("Fijne Koningsdag!", "Happy St. Patrick's Day!"): no day of
	 * the reply (review29b). */
	[D_HOLIDAY] = "(?|\\b(?=" DM_HOLIDAY_RE ")(?<!happy\\s)(?<!merry\\s)(?<!fijne\\s)(?<!prettige\\s)(?<!vrolijke\\s)"
	              "(?<!frohe\\s)(?<!frohen\\s)(?<!schöne\\s)(?<!schönen\\s)"
	              "\\b(" DM_HOLIDAY_RE ")(?!\\p{L})|"
	              /* "after the bank holiday": the next one (dm_holiday_bank_holiday); not
	               * "a bank holiday", "bank holiday weekend" (a period). */
	              "(?=bank)(?<=the\\s)(bank\\s+holiday)(?:\\s+monday)?(?!\\p{L})(?!\\s+weekend)|"
	              /* The United States' "until Labor Day", "by Memorial Day", "the day after
	               * Labor Day" (test-blind30): a day after a word that makes it one, never
	               * "over Labor Day" nor its weekend (DM_HOLIDAY_RE leaves them out). */
	              "(?=labor|memorial)(?<=until\\s|till\\s|by\\s|before\\s|after\\s)(labor\\s+day|memorial\\s+day)"
	              "(?!\\p{L})(?!\\s+weekend)|"
	              "(?=de\\s|the\\s|kerst|christmas|weihnachten)"
	              "(?<=voor\\s|vóór\\s|vor\\s|before\\s)(?:de\\s+|the\\s+)?"
	              "(kerst(?:mis)?|christmas|weihnachten)(?!\\p{L}))",
	/* A week named by its ISO number (group 2, group 1 its start: "Anfang KW 3"), as the
	 * first, second, third or last of a month (group 3; group 4 or, German in one word
	 * "ersten Märzwoche", 5 the month), or by a day in it (group 6).  Not a number that
	 * counts or costs ("per week 12 euro", "week 3-4"). */
	[D_WEEK_NAMED] = "(?=begin|anfang|start|early|week|wk|kw|kalenderwoche)"
	                 "(?<!per\\s)(?<!pro\\s)(?<!each\\s)(?<!a\\s)"
	                 "\\b(?:(begin|anfang|start|beginning|early)(?:\\s+(?:of|van))?\\s+(?:the\\s+|der\\s+)?)?"
	                 "(?:week|wk|kw|kalenderwoche)\\.?\\s*(\\d{1,2})(?!\\d|[.,:/-]\\d|\\s*(?:€|eur|euro|chf|"
	                 "fr\\.|\\$|£|%|x\\b|keer|mal\\b|times|uur|stunden|hours?|dagen|tage|days))|"
	                 "\\b(eerste|first|1st|erste[n]?|tweede|second|2nd|zweite[n]?|derde|third|3rd|"
	                 "dritte[n]?|laatste|last|letzte[n]?)\\s+(?:(?:week|woche)\\s+(?:van|of|in|im)\\s+"
	                 "(" DM_MONTH_RE ")|((?&" DM_PATTERN_MONTH "))woche\\b)|"
	                 "\\b(?:de|the|der)\\s+(?:week|woche)\\s+(?:van|of|vom)\\s+(" DM_DATE_NOYEAR_RE ")",
	[D_SPAN] = "(?|\\b(?:binnen|over|within|in|innert|innerhalb(?:\\s+von)?|na|after|nach)\\s+"
	           "(?:de\\s+|the\\s+)?(?:komende\\s+|next\\s+|nächsten\\s+)?"
	           COUNT "\\s+(" SPAN_UNIT ")\\b|"
	           /* "a fortnight from today", "drie dagen vanaf vandaag", "zwei Wochen ab heute". */
	           "\\b" COUNT "\\s+(" SPAN_UNIT ")\\s+(?:from\\s+(?:today|now)|vanaf\\s+(?:vandaag|nu)|"
	           "ab\\s+heute)\\b|"
	           /* British and Irish "a week today", "a fortnight tomorrow", "this day
	            * week": so long from today (or tomorrow). */
	           "\\b" COUNT "\\s+(weeks?|fortnight)\\s+(?:today|tomorrow)\\b|"
	           "\\b(this)\\s+day\\s+(week|fortnight)\\b)|"
	           /* Flemish "binnen de week": within seven days. */
	           "\\bbinnen\\s+(de)\\s+(week)\\b",
	/* "two days before", with nothing after it that it is before. */
	[D_AGO] = "(?|\\b" COUNT "\\s+(dagen|dag|days?|weken|weeks?)\\s+"
	          "(?:geleden|ago|before(?!\\s*[\\p{L}\\d]))(?!\\p{L})|"
	          "\\bvor\\s+" COUNT "\\s+(tagen|wochen|woche)\\b)",
	/* A payday named by its place in the month: group 1 "first" or "last"; group 2 a
	 * working day, group 3 a weekday; group 4 next (or last) month's, group 5 a named month's
	 * ("the last Friday of March", "de eerste werkdag van april"). */
	[D_MONTH_RULE] = "\\b(eerste|first|erste[nr]?|laatste|last|letzte[nr]?)\\s+"
	                 "(?:(werkdag|bankwerkdag|working\\s+day|business\\s+day|banking\\s+day|"
	                 "weekday|werktag|arbeitstag|bankarbeitstag|bankwerktag)|" WEEKDAYS ")\\s+"
	                 "(?:van|of|des|im|in)\\s+"
	                 "(?:(?:de|the|het|dem|deze|this|diese[ns]?|elke|iedere|each|every|jede[ns]?)\\s+)?"
	                 "(?:(" NEXT "|" LAST ")\\s+)?(?:" MONTH_WORD "|(" DM_MONTH_RE "))(?!\\p{L})",
	/* A day that comes round every month (group 1): "op elke 28e", "iedere 1ste", "every
	 * 28th", "each 1st", "jeweils am 28.", "jeweils zum 15.".  Never a count ("elke 2
	 * weken", "every 2 weeks"): the number needs its ordinal ending or German dot; nor
	 * an ordinal of what it counts ("elke 2e week", "every 2nd week", "jeweils am 2.
	 * Montag", "jeweils am 3. Werktag"): a rhythm or a rule, no day of the month. */
	[D_EVERY] = "\\b(?:elke|iedere|every|each|jeweils(?:\\s+(?:am|zum|per|den))?)\\s+"
	            "(?:(?:de|the|den)\\s+)?(\\d{1,2})(?:ste|de|e|st|nd|rd|th|ten|\\.(?!\\d))"
	            "(?!\\p{L})(?!\\s+(?:weeks?|weken|woche|wochen|maand|maanden|months?|monat|monate|"
	            "werkdag|werkdagen|working\\s+day|business\\s+day|werktag|arbeitstag|"
	            "(?&" DM_PATTERN_WEEKDAY "))(?!\\p{L}))",
};

/* Words without one of which a kind cannot match, lower case: a cheap look at the text
 * (kinds_possible) spares the patterns that cannot match it, and most replies name no
 * date at all.  Each list must hold a part of every match of its kind (the patterns
 * above): a missing word would lose dates, an extra one only costs time.  A kind with
 * two lists needs a word of each.  D_DATE and D_DM need a digit, D_NTH a digit or one
 * of its words, D_WEEKDAY and D_WEEKDAY_WEEK a weekday name of the language table. */
static const struct {
	DateKind kind;
	const char *const words[56];      /* NULL-terminated */
} kind_words[] = {
	/* "mor": morgen, morge, morgn, morn, overmorgen, tomorrow, 2moro, this morning;
	 * "gister": gisteren, eergisteren, gisteravond; "gestern": vorgestern; "night":
	 * tonight, last night; "juist": zojuist; "net": zonet; "eben": soeben; "just": just
	 * now, done there now, now-now; "nu": nu gedaan; "heut": heute and the colloquial
	 * "heut abend". */
	{ D_DAY, { "vandaag", "today", "heut", "mor", "ochtend", "middag", "avond", "night",
	           "afternoon", "arvo", "straks", "seffens", "now", "tmrw", "gister", "gestern", "yesterday",
	           "just", "juist", "net", "gerade", "grad", "eben", "nu",
	           /* a minute ago, minuten geleden, vor einer Minute, vorhin */
	           "ago", "geleden", "vor", "vorhin" } },
	/* A digit, "ersten", or a day written as a word, which stands before a month word
	 * or after a weekday name (whose endings these are), or alone (its own endings). */
	{ D_NTH, { "ersten", "maand", "month", "monat", "dag", "day", "tag", "woch",
	           /* a day written as a word alone: "de vijftiende", "am zwanzigsten" */
	           "ste", "vierde", "vijfde", "zesde", "zevende", "negende", "elfde", "twaalfde",
	           "tiende", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	           "eleventh", "twelfth", "teenth", "tieth", "twenty", "thirty", "ten" } },
	{ D_WEEK, { "week", "woch", "wuche" } },
	{ D_MONTH, { "maand", "month", "monat", "monet" } },
	{ D_MONTH_NAMED, { "begin", "early", "start", "anfang", "eind", "end", "ultimo", "medio",
	                   "half", "mid", "mitte" } },
	{ D_WEEK_NAMED, { "week", "woch", "kw", "wk" } },
	/* A part of every name of DM_HOLIDAY_RE, and of "kerst", "christmas", "weihnachten". */
	{ D_HOLIDAY, { "koningsdag", "bevrijding", "sinterklaas", "pakjes", "kerst", "oudejaar",
	               "oudjaar", "nieuwjaar", "vrijdag", "paas", "hemelvaart", "pinkster",
	               "christmas", "boxing", "new year", "friday", "monday", "ascension",
	               "july", "independence", "patrick", "paddy", "abend", "weihnacht", "stephan",
	               "stefani", "vester", "neujahr", "karfreitag", "auffahrt", "himmelfahrt",
	               "einheit", "bundesfeier", "nationalfeier", "nationale feest", "bank holiday", "allerheiligen",
	               "berchtold", "mari", "fronleichnam", "heritage day", "freedom day", "reconciliation",
	               "australia day", "anzac", "labor day", "memorial day" } },
	{ D_SPAN, { "dag", "day", "tag", "week", "weken", "woch", "fortnight" } },
	{ D_AGO, { "dag", "day", "week", "weken", "tag", "woch" } },
	{ D_AGO, { "geleden", "ago", "before", "vor" } },
	{ D_MONTH_RULE, { "eerste", "first", "erste", "laatste", "last", "letzte" } },
	{ D_EVERY, { "elke", "iedere", "every", "each", "jeweils" } },
};

/* Which pairs of adjacent bytes a text holds: a word two bytes long or more whose pairs
 * are not all there cannot stand in it.  The lists below and the weekday names are a
 * hundred-odd words, each looked for with strstr over the whole text of every reading
 * (a reply's, and each sentence's the second intent reads); most stand in no text, and
 * a bit test or two turns nearly all of those away. */
typedef struct {
	guint64 bits[256 * 256 / 64];
} BytePairs;

/* @pairs of the NUL-terminated @s, to its end as strstr reads it. */
static void
byte_pairs_of(const char *s, BytePairs *pairs)
{
	memset(pairs->bits, 0, sizeof pairs->bits);
	for (const guchar *p = (const guchar *) s; p[0] && p[1]; p++) {
		guint pair = (guint) p[0] << 8 | p[1];
		pairs->bits[pair / 64] |= G_GUINT64_CONSTANT(1) << (pair % 64);
	}
}

/* strstr(@folded, @word) != NULL, with @pairs those of @folded: FALSE at once when a pair
 * of @word's bytes is missing (which strstr would find only with every pair). */
static gboolean
holds_word(const char *folded, const BytePairs *pairs, const char *word)
{
	for (const guchar *p = (const guchar *) word; p[0] && p[1]; p++) {
		guint pair = (guint) p[0] << 8 | p[1];
		if (!((pairs->bits[pair / 64] >> (pair % 64)) & 1))
			return FALSE;
	}
	return strstr(folded, word) != NULL;
}

/* Whether @folded (with @pairs, its byte pairs) holds a word of each of @kind's lists
 * (kind_words). */
static gboolean
has_kind_words(const char *folded, const BytePairs *pairs, DateKind kind)
{
	for (gsize i = 0; i < G_N_ELEMENTS(kind_words); i++) {
		if (kind_words[i].kind != kind)
			continue;
		gboolean found = FALSE;
		for (gsize w = 0; !found && kind_words[i].words[w]; w++)
			found = holds_word(folded, pairs, kind_words[i].words[w]);
		if (!found)
			return FALSE;
	}
	return TRUE;
}

static gpointer
split_weekday_names(gpointer data)
{
	return g_strsplit(dm_language_alternation(FALSE), "|", -1);
}

/* (transfer none) the weekday names (?&dm_weekday) matches, lower case. */
static const char *const *
weekday_names(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, split_weekday_names, NULL);
}

/* The kinds that may match @text (@len bytes), as bits (1 << DateKind); in *@by_digit
 * those of them whose every match in @text holds a digit: D_DATE and D_DM always,
 * D_NTH when none of its words stands in @text (then only its numbers can match). */
static guint
kinds_possible(const char *text, gsize len, guint *by_digit)
{
	gboolean digit = FALSE, ascii = TRUE;
	for (gsize i = 0; i < len; i++) {
		digit |= g_ascii_isdigit(text[i]);
		ascii &= (guchar) text[i] < 0x80;
	}
	/* The patterns match caseless: fold as they do ("Kelvin" K is k, long s is s), and
	 * a digit of another script is a digit to them too. */
	g_autofree char *folded = NULL;
	if (ascii)
		folded = g_ascii_strdown(text, (gssize) len);
	else {
		folded = g_utf8_casefold(text, (gssize) len);
		for (const char *p = text; !digit && p < text + len; p = g_utf8_next_char(p))
			digit = g_unichar_isdigit(g_utf8_get_char(p));
	}
	BytePairs pairs_of_folded;             /* 8 KB: on the stack, not in the heap */
	const BytePairs *pairs = &pairs_of_folded;
	byte_pairs_of(folded, &pairs_of_folded);
	guint kinds = 0;
	if (digit)
		kinds |= 1u << D_DATE | 1u << D_DM | 1u << D_NTH;
	*by_digit = 1u << D_DATE | 1u << D_DM;
	if (!has_kind_words(folded, pairs, D_NTH))
		*by_digit |= 1u << D_NTH;
	/* "mittwoch" is no "dag", "day" or "tag": D_NTH's list checks its ending. */
	for (const char *const *w = weekday_names(); *w; w++)
		if (holds_word(folded, pairs, *w)) {
			kinds |= 1u << D_WEEKDAY | 1u << D_WEEKDAY_WEEK;
			break;
		}
	for (gsize i = 0; i < G_N_ELEMENTS(kind_words); i++)
		if (!(kinds & 1u << kind_words[i].kind) &&
		    has_kind_words(folded, pairs, kind_words[i].kind))
			kinds |= 1u << kind_words[i].kind;
	return kinds;
}

/* The days of the month written as words, as they stand after "de", "the", "den" (the
 * words ORDINAL matches are looked up here). */
static const char *const ordinal_words[][31] = {
	{ "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
	  "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
	  "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste",
	  "eenentwintigste", "tweeëntwintigste", "drieëntwintigste", "vierentwintigste",
	  "vijfentwintigste", "zesentwintigste", "zevenentwintigste", "achtentwintigste",
	  "negenentwintigste", "dertigste", "eenendertigste" },
	{ "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	  "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
	  "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
	  "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first" },
	{ "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten",
	  "neunten", "zehnten", "elften", "zwölften", "dreizehnten", "vierzehnten",
	  "fünfzehnten", "sechzehnten", "siebzehnten", "achtzehnten", "neunzehnten",
	  "zwanzigsten", "einundzwanzigsten", "zweiundzwanzigsten", "dreiundzwanzigsten",
	  "vierundzwanzigsten", "fünfundzwanzigsten", "sechsundzwanzigsten",
	  "siebenundzwanzigsten", "achtundzwanzigsten", "neunundzwanzigsten", "dreißigsten",
	  "einunddreißigsten" },
};

/* The day @word (lower case) names as an ordinal, 0 when none. */
static int
ordinal_number(const char *word)
{
	for (gsize l = 0; l < G_N_ELEMENTS(ordinal_words); l++)
		for (int d = 0; d < 31; d++)
			if (strcmp(word, ordinal_words[l][d]) == 0)
				return d + 1;
	return 0;
}

/* The characters of the longest word of @alternation ("a|bc|def": 3), which holds
 * words only. */
static gsize
longest_word(const char *alternation)
{
	g_auto(GStrv) words = g_strsplit(alternation, "|", -1);
	gsize longest = 0;
	for (guint i = 0; words[i]; i++)
		longest = MAX(longest, (gsize) g_utf8_strlen(words[i], -1));
	return longest;
}

/* D_DATE and D_DM hold a digit in every match, and the patterns, which begin with
 * lookbehinds, a digit (\d) or a month name, make PCRE2 try them at every byte of a
 * reply, most of which names no date: the dearest part of finding dates.  So they are
 * tried only where a match can start (digit_windows): at a digit, or before one by no
 * more than what stands between a match's start and its first digit — for D_DATE a
 * month name, a dot and white space ("Dec. 5"), for D_DM one of DM_WORDS and white
 * space ("am 3.4"), for the numbers of D_NTH one of NTH_WORDS and white space ("op
 * de 5e"; its words, "de eerste van de maand", are sought the usual way when the text
 * holds them).  The reach counts four bytes a character (caseless, "k" matches the
 * three bytes of the Kelvin sign); the white space is measured at each digit. */
static gsize digit_reach[D_N_KINDS];

static gpointer
init_date_patterns(gpointer data)
{
	DmPattern *p = g_new0(DmPattern, D_N_KINDS);
	digit_reach[D_DATE] = 4 * longest_word(dm_language_alternation(TRUE)) + 1;
	digit_reach[D_DM] = 4 * longest_word(DM_WORDS);
	/* Its numbers stand after one of NTH_WORDS (or "am", "per") and white space. */
	digit_reach[D_NTH] = 4 * longest_word(NTH_WORDS);
	for (int i = 0; i < D_N_KINDS; i++)
		dm_pattern_init(&p[i], date_patterns[i],
		                PCRE2_CASELESS | (digit_reach[i] ? PCRE2_USE_OFFSET_LIMIT : 0));
	return p;
}

/* The patterns of date_patterns, one per DateKind; each compiles on first use. */
static DmPattern *
patterns(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, init_date_patterns, NULL);
}

/* (transfer full) lower-cased group @g of a match, "" when unset. */
static char *
group(const DmMatch *m, int g)
{
	if (!dm_match_has(m, g))
		return g_strdup("");
	return g_utf8_strdown(m->subject + m->start[g], (gssize)(m->end[g] - m->start[g]));
}

static int
group_int(const DmMatch *m, int g)
{
	g_autofree char *s = group(m, g);
	guint64 v = 0;
	if (!g_ascii_string_to_unsigned(s, 10, 0, 9999, &v, NULL))
		return -1;
	return (int) v;
}

static int
count_number(const char *word)
{
	static const struct {
		const char *word;
		int n;
	} words[] = {
		{ "een", 1 }, { "één", 1 }, { "a", 1 }, { "an", 1 }, { "one", 1 }, { "ein", 1 },
		{ "eine", 1 }, { "einer", 1 }, { "einem", 1 }, { "twee", 2 }, { "two", 2 },
		{ "zwei", 2 }, { "drie", 3 }, { "three", 3 }, { "drei", 3 }, { "vier", 4 },
		{ "four", 4 }, { "vijf", 5 }, { "five", 5 }, { "fünf", 5 }, { "zes", 6 },
		{ "six", 6 }, { "sechs", 6 }, { "zeven", 7 }, { "seven", 7 }, { "sieben", 7 },
		{ "acht", 8 }, { "eight", 8 }, { "negen", 9 }, { "nine", 9 }, { "neun", 9 },
		{ "tien", 10 }, { "ten", 10 }, { "zehn", 10 }, { "elf", 11 }, { "eleven", 11 },
		{ "twaalf", 12 }, { "twelve", 12 }, { "zwölf", 12 }, { "veertien", 14 },
		{ "fourteen", 14 }, { "vierzehn", 14 },
	};
	guint64 v = 0;
	if (g_ascii_string_to_unsigned(word, 10, 0, 999, &v, NULL))
		return (int) v;
	for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
		if (strcmp(word, words[i].word) == 0)
			return words[i].n;
	return -1;
}

/* Whether @word (lower case) says "next" / "last" in one of the languages. */
static gboolean
is_next(const char *word)
{
	static DmPattern re = DM_PATTERN("^(?:" NEXT ")$", PCRE2_CASELESS);
	DmMatch m;
	return word[0] && dm_pattern_match(&re, word, strlen(word), 0, &m);
}

static gboolean
is_last(const char *word)
{
	static DmPattern re = DM_PATTERN("^(?:" LAST ")$", PCRE2_CASELESS);
	DmMatch m;
	return word[0] && dm_pattern_match(&re, word, strlen(word), 0, &m);
}

/* Day @day of month @month in the year nearest @ref, on the side @past asks for unless
 * the other side is within days (the shared reader's weighing, dm_date_distance):
 * "28 december" paid, written in November, is last year's. */
static gboolean
nearest_year(int day, int month, const GDate *ref, gboolean past, GDate *out)
{
	return dm_date_nearest_year(day, month, ref, past ? DM_DATE_PAST : DM_DATE_FUTURE, out);
}

/* Day @day of the month nearest @ref on the side @past asks for: "de 20e" written on the
 * 25th is next month's for a promise, and "the 25th" on the 20th last month's for a
 * payment; on the day itself, that day for a payment and the next month's for a
 * promise ("de 15e" on the 15th would have been "vandaag"). */
static gboolean
nearest_month(const GDate *ref, int day, gboolean past, GDate *out)
{
	gboolean found = FALSE;
	gint64 best = 0;
	for (int delta = past ? -2 : 0; delta <= (past ? 0 : 2); delta++) {
		GDate first = *ref;
		g_date_set_day(&first, 1);
		if (delta < 0)
			g_date_subtract_months(&first, 1);
		else if (delta > 0)
			g_date_add_months(&first, 1);
		GDateMonth m = g_date_get_month(&first);
		GDateYear y = g_date_get_year(&first);
		if (day < 1 || !g_date_valid_dmy((GDateDay) day, m, y))
			continue;
		GDate d;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, (GDateDay) day, m, y);
		gint64 diff = g_date_days_between(ref, &d);
		if (past ? diff > 0 : diff <= 0)
			continue;
		gint64 dist = diff < 0 ? -diff : diff;
		if (!found || dist < best) {
			*out = d;
			best = dist;
			found = TRUE;
		}
	}
	return found;
}

static void
last_day_of_month(GDate *d)
{
	g_date_set_day(d, g_date_get_days_in_month(g_date_get_month(d), g_date_get_year(d)));
}

static void
add_working_days(GDate *d, int n)
{
	while (n > 0) {
		g_date_add_days(d, 1);
		if (g_date_get_weekday(d) <= G_DATE_FRIDAY)
			n--;
	}
}

static void
resolve_day(const char *w, const GDate *ref, GDate *out)
{
	*out = *ref;
	if (strcmp(w, "overmorgen") == 0 || strcmp(w, "übermorgen") == 0 ||
	    g_str_has_prefix(w, "day after"))
		g_date_add_days(out, 2);
	else if (g_str_has_prefix(w, "morgen") || strcmp(w, "morgn") == 0 ||
	         strcmp(w, "morge") == 0 ||
	         strcmp(w, "morn") == 0 || g_str_has_prefix(w, "morr") || g_str_has_prefix(w, "tom") || strcmp(w, "tmrw") == 0 ||
	         g_str_has_prefix(w, "2moro"))
		g_date_add_days(out, 1);
	else if (strcmp(w, "eergisteren") == 0 || strcmp(w, "vorgestern") == 0 ||
	         g_str_has_prefix(w, "day before"))
		g_date_subtract_days(out, 2);
	else if (g_str_has_prefix(w, "gister") || strcmp(w, "yesterday") == 0 ||
	         g_str_has_prefix(w, "gestern") || g_str_has_prefix(w, "last"))
		g_date_subtract_days(out, 1);
}

/* The Monday of the week @weeks after @ref's (negative: before). */
static GDate
monday_of_week(const GDate *ref, int weeks)
{
	GDate monday = *ref;
	g_date_subtract_days(&monday, (guint) (g_date_get_weekday(ref) - 1));
	if (weeks > 0)
		g_date_add_days(&monday, (guint) (7 * weeks));
	else if (weeks < 0)
		g_date_subtract_days(&monday, (guint) (-7 * weeks));
	return monday;
}

/* Weekday @wd (1 = Monday) of the week @weeks after @ref's. */
static GDate
day_of_week(const GDate *ref, int weeks, int wd)
{
	GDate d = monday_of_week(ref, weeks);
	g_date_add_days(&d, (guint) (wd - 1));
	return d;
}

static gboolean
resolve_weekday(const char *modifier, const char *week, const char *name, const GDate *ref,
                gboolean past, GDate *out)
{
	int wd = dm_language_weekday(name, FALSE);
	if (wd == 0)
		return FALSE;
	if (week[0] && modifier[0]) {
		/* "volgende week dinsdag", "vorige week donderdag", "deze week vrijdag". */
		*out = day_of_week(ref, is_next(modifier) ? 1 : is_last(modifier) ? -1 : 0, wd);
		return TRUE;
	}
	int today = g_date_get_weekday(ref);
	gboolean backwards = past;
	if (is_last(modifier))
		backwards = TRUE;
	else if (is_next(modifier) || g_str_has_prefix(modifier, "this coming"))
		backwards = FALSE;
	*out = *ref;
	if (backwards) {
		/* "maandag betaald" written on a Monday: a week ago, today would have been
		 * "vandaag". */
		int back = (today - wd + 7) % 7;
		if (back == 0)
			back = 7;
		g_date_subtract_days(out, (guint) back);
	} else {
		/* "ik betaal maandag" written on a Monday means next Monday; today
		 * would have been "vandaag". */
		int ahead = (wd - today + 7) % 7;
		if (ahead == 0)
			ahead = 7;
		g_date_add_days(out, (guint) ahead);
	}
	return TRUE;
}

/* D_WEEK: group 1 a start, 2 an end, 3 next, 4 last, 5 this week; 6 after the weekend;
 * 7 the middle of next (8) or this (9) week. */
static gboolean
resolve_week(const DmMatch *m, const GDate *ref, GDate *out, DmReplyDatePrecision *precision)
{
	if (dm_match_has(m, 7)) {
		/* "Mitte nächster Woche": its Wednesday, a stated day, as the middle of a month
		 * is its 15th (corpus/replies/README.md); of this week, no earlier than today. */
		*out = day_of_week(ref, dm_match_has(m, 8) ? 1 : 0, G_DATE_WEDNESDAY);
		if (g_date_compare(out, ref) < 0)
			*out = *ref;
		return TRUE;
	}
	int weeks = dm_match_has(m, 3) ? 1 : dm_match_has(m, 4) ? -1 : 0;
	if (dm_match_has(m, 6)) {
		/* "na het weekend": the Monday after, a vague time. */
		*out = monday_of_week(ref, 1);
		*precision = DM_REPLY_DATE_VAGUE;
		return TRUE;
	}
	if (dm_match_has(m, 1)) {
		/* "begin volgende week", "Anfang nächster Woche": its Monday
		 * (corpus/replies/README.md); the start of this week or another: its Tuesday,
		 * vague. */
		if (weeks == 1) {
			*out = monday_of_week(ref, 1);
			return TRUE;
		}
		*out = day_of_week(ref, weeks, G_DATE_TUESDAY);
		*precision = DM_REPLY_DATE_VAGUE;
		return TRUE;
	}
	if (weeks < 0 && !dm_match_has(m, 2)) {
		/* "vorige week betaald": some day of it, taken as a week ago. */
		*out = *ref;
		g_date_subtract_days(out, 7);
		*precision = DM_REPLY_DATE_VAGUE;
		return TRUE;
	}
	/* "eind van de week", "Ende der Woche": that week's Friday, as people say it;
	 * "volgende week" alone: the same Friday, but vague. */
	*out = day_of_week(ref, weeks, G_DATE_FRIDAY);
	*precision = dm_match_has(m, 2) ? DM_REPLY_DATE_EXACT : DM_REPLY_DATE_VAGUE;
	if (weeks == 0 && g_date_compare(out, ref) < 0)
		*out = *ref;
	return TRUE;
}

/* D_MONTH: group 1 a start, 2 an end, 3 next or 4 last (after either), 5 next month
 * alone, 6 one word ("Monatsende"). */
static gboolean
resolve_month(const DmMatch *m, const GDate *ref, gboolean past, GDate *out,
              DmReplyDatePrecision *precision)
{
	g_autofree char *word = group(m, 6);
	gboolean start = dm_match_has(m, 1) || g_str_has_suffix(word, "anfang");
	gboolean next = dm_match_has(m, 3) || dm_match_has(m, 5);
	*out = *ref;
	g_date_set_day(out, 1);
	if (dm_match_has(m, 4))
		/* "eind vorige maand", "Ende letzten Monats". */
		g_date_subtract_months(out, 1);
	else if (next || (start && !past && g_date_get_day(ref) > 1))
		/* "begin van de maand" written after the first: the next month's, for what is
		 * still to come; a payment's ("begin van de maand al betaald") this month's. */
		g_date_add_months(out, 1);
	if (!start)
		last_day_of_month(out);
	if (dm_match_has(m, 5))
		/* "volgende maand" alone: some time in it. */
		*precision = DM_REPLY_DATE_VAGUE;
	return TRUE;
}

/* D_MONTH_NAMED: group 1 a start (the 1st), 2 an end (the last), 3 the middle (the
 * 15th); 4 the month. */
static gboolean
resolve_month_named(const DmMatch *m, const GDate *ref, gboolean past, GDate *out)
{
	g_autofree char *month = group(m, 4);
	int day = dm_match_has(m, 1) ? 1 : dm_match_has(m, 3) ? 15 : 28;
	if (!nearest_year(day, dm_language_month(month), ref, past, out))
		return FALSE;
	if (dm_match_has(m, 2))
		last_day_of_month(out);
	/* "Mitte August", "half maart", "mid-March": the 15th, the day people mean by
	 * the middle (corpus/replies/README.md, "Date conventions"). */
	return TRUE;
}

/* Which week of its month an ordinal names: 1 to 3, or -1 the last; 0 none. */
static int
week_of_month(const char *ordinal)
{
	static const struct {
		const char *prefix;
		int n;
	} words[] = {
		{ "eerste", 1 }, { "first", 1 }, { "1st", 1 }, { "erste", 1 },
		{ "tweede", 2 }, { "second", 2 }, { "2nd", 2 }, { "zweite", 2 },
		{ "derde", 3 }, { "third", 3 }, { "3rd", 3 }, { "dritte", 3 },
		{ "laatste", -1 }, { "last", -1 }, { "letzte", -1 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(words); i++)
		if (g_str_has_prefix(ordinal, words[i].prefix))
			return words[i].n;
	return 0;
}

/* A day each year has (a holiday, a week's day), as @day_in gives it for a year. */
typedef gboolean (*DayInYear)(int year, gconstpointer what, GDate *out);

/* @day_in's day in @ref's year, the one before or the one after: the nearest on the side
 * @past asks for (as nearest_year does for a day of a month). */
static gboolean
nearest_in_years(DayInYear day_in, gconstpointer what, const GDate *ref, gboolean past,
                 GDate *out)
{
	gboolean found = FALSE;
	gint64 best = 0;
	int year = g_date_get_year(ref);
	for (int y = year - 1; y <= year + 1; y++) {
		GDate d;
		if (!day_in(y, what, &d))
			continue;
		gint64 dist = dm_date_distance(ref, &d, past ? DM_DATE_PAST : DM_DATE_FUTURE);
		if (!found || dist < best) {
			*out = d;
			best = dist;
			found = TRUE;
		}
	}
	return found;
}

/* A weekday of an ISO week: the DayInYear of D_WEEK_NAMED's numbers. */
typedef struct {
	int week;
	GDateWeekday weekday;
} WeekDay;

static gboolean
week_day_in(int year, gconstpointer what, GDate *out)
{
	const WeekDay *w = what;
	return dm_date_iso_week_day(year, w->week, w->weekday, out);
}

static gboolean
holiday_in(int year, gconstpointer what, GDate *out)
{
	return dm_holiday_day(what, year, out);
}

/* D_WEEK_NAMED: a named week is its Friday, the day before which a reminder would be
 * wasted, as "eind volgende week" is; its start ("Anfang KW 3", "begin week 3") its
 * Monday (corpus/replies/README.md, "Date conventions").  A week of a month is the one
 * holding its first (second, ...) Friday, or its last. */
static gboolean
resolve_week_named(const DmMatch *m, const GDate *ref, gboolean past, GDate *out)
{
	GDateWeekday wd = dm_match_has(m, 1) ? G_DATE_MONDAY : G_DATE_FRIDAY;
	if (dm_match_has(m, 2)) {
		/* The ISO week of the year that puts it nearest @ref on @past's side. */
		WeekDay w = { group_int(m, 2), wd };
		return nearest_in_years(week_day_in, &w, ref, past, out);
	}
	if (dm_match_has(m, 6)) {
		g_autofree char *text = group(m, 6);
		DmDateParts p;
		GDate d;
		if (!dm_date_read(text, &p) || !nearest_year(p.day, p.month, ref, past, &d))
			return FALSE;
		*out = day_of_week(&d, 0, G_DATE_FRIDAY);
		return TRUE;
	}
	g_autofree char *ordinal = group(m, 3);
	g_autofree char *month = group(m, dm_match_has(m, 4) ? 4 : 5);
	int n = week_of_month(ordinal);
	GDate d;
	if (n == 0 || !nearest_year(1, dm_language_month(month), ref, past, &d))
		return FALSE;
	int mon = g_date_get_month(&d), year = g_date_get_year(&d);
	if (n < 0)
		return dm_month_last_weekday(mon, year, G_DATE_FRIDAY, out);
	if (!dm_month_first_weekday(mon, year, G_DATE_FRIDAY, out))
		return FALSE;
	g_date_add_days(out, (guint) (7 * (n - 1)));
	return TRUE;
}

/* The days @n of a span's calendar @unit (lower case: days, weeks, a fortnight) make. */
static guint
span_days(int n, const char *unit)
{
	if (strcmp(unit, "fortnight") == 0)
		return (guint) (14 * n);
	if (g_str_has_prefix(unit, "we") || g_str_has_prefix(unit, "wo"))
		return (guint) (7 * n);
	return (guint) n;
}

static gboolean
resolve_span(const DmMatch *m, const GDate *ref, GDate *out)
{
	g_autofree char *count = group(m, dm_match_has(m, 1) ? 1 : 3);
	g_autofree char *unit = group(m, dm_match_has(m, 1) ? 2 : 4);
	int n = g_str_equal(count, "de") || g_ascii_strcasecmp(count, "this") == 0
	        ? 1 : count_number(count);
	if (n < 0 || n > 366)
		return FALSE;
	/* "in acht Tagen", Flemish "binnen acht dagen": a week, as people say it. */
	if (n == 8 && (g_str_has_prefix(unit, "tag") || g_str_has_prefix(unit, "dag")))
		n = 7;
	*out = *ref;
	/* "a week tomorrow": from tomorrow. */
	if (m->end[0] >= 8 && g_ascii_strncasecmp(m->subject + m->end[0] - 8, "tomorrow", 8) == 0)
		g_date_add_days(out, 1);
	if (g_str_has_prefix(unit, "werk") || strstr(unit, "working") ||
	    strstr(unit, "business") || g_str_has_prefix(unit, "arbeit"))
		add_working_days(out, n);
	else
		g_date_add_days(out, span_days(n, unit));
	return TRUE;
}

/* A day a month holds by rule (D_MONTH_RULE): its first or last working day, or its
 * first or last @weekday; @month 0 until a month is named. */
typedef struct {
	gboolean first, working;
	GDateWeekday weekday;
	int month;
} MonthRule;

static gboolean
month_rule_day(int month, int year, const MonthRule *w, GDate *out)
{
	if (!w->first)
		return w->working ? dm_month_last_working_day(month, year, out)
		                  : dm_month_last_weekday(month, year, w->weekday, out);
	return w->working ? dm_month_first_working_day(month, year, out)
	                  : dm_month_first_weekday(month, year, w->weekday, out);
}

/* The DayInYear of a named month's rule day. */
static gboolean
month_rule_in(int year, gconstpointer what, GDate *out)
{
	const MonthRule *w = what;
	return month_rule_day(w->month, year, w, out);
}

/* The rule's day in the month @months after @ref's (negative: before). */
static gboolean
month_rule_from(const GDate *ref, int months, const MonthRule *w, GDate *out)
{
	GDate first = *ref;
	g_date_set_day(&first, 1);
	if (months > 0)
		g_date_add_months(&first, (guint) months);
	else if (months < 0)
		g_date_subtract_months(&first, (guint) -months);
	return month_rule_day(g_date_get_month(&first), g_date_get_year(&first), w, out);
}

/* D_MONTH_RULE: group 1 first or last, 2 a working day, 3 a weekday; 4 next (or last)
 * month's, 5 a named month's.  "Of the month" alone is this month's while it is still to come
 * (a payday written on the payday is that day), else the next month's; for a payment
 * this month's when it is past, else the month before's. */
static gboolean
resolve_month_rule(const DmMatch *m, const GDate *ref, gboolean past, GDate *out)
{
	g_autofree char *which = group(m, 1);
	MonthRule w = { week_of_month(which) == 1, dm_match_has(m, 2), G_DATE_BAD_WEEKDAY, 0 };
	if (!w.working) {
		g_autofree char *name = group(m, 3);
		int wd = dm_language_weekday(name, FALSE);
		if (wd == 0)
			return FALSE;
		w.weekday = (GDateWeekday) wd;
	}
	if (dm_match_has(m, 5)) {
		g_autofree char *month = group(m, 5);
		if ((w.month = dm_language_month(month)) == 0)
			return FALSE;
		return nearest_in_years(month_rule_in, &w, ref, past, out);
	}
	if (dm_match_has(m, 4)) {
		g_autofree char *which_month = group(m, 4);
		return month_rule_from(ref, is_last(which_month) ? -1 : 1, &w, out);
	}
	GDate d;
	if (!month_rule_from(ref, 0, &w, &d))
		return FALSE;
	int c = g_date_compare(&d, ref);
	if (!past && c < 0)
		return month_rule_from(ref, 1, &w, out);
	if (past && c > 0)
		return month_rule_from(ref, -1, &w, out);
	*out = d;
	return TRUE;
}

/* The day of the week (as dm_language_weekday) of the word right before @at of @text,
 * past a comma and spaces ("Monday, 7/6"); 0 when that is no weekday. */
static int
weekday_before(const char *text, gsize at)
{
	gsize end = at;
	while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ','))
		end--;
	gsize start = end;
	while (start > 0 && g_ascii_isalpha(text[start - 1]))
		start--;
	if (start == end || end - start > 12)
		return 0;
	g_autofree char *word = g_strndup(text + start, end - start);
	return dm_language_weekday(word, FALSE);
}

/* @out replaced by the nearer of "@a/@b" read either way round whose day of the week is
 * @wd, when one is. */
static void
weekday_order(int a, int b, int wd, const GDate *ref, gboolean past, GDate *out)
{
	DmDateLean lean = past ? DM_DATE_PAST : DM_DATE_FUTURE;
	GDate readings[2];
	gboolean found = FALSE;
	gint64 best = 0;
	for (int i = 0; i < 2; i++) {
		GDate *d = &readings[i];
		if (!(i == 0 ? nearest_year(a, b, ref, past, d) : nearest_year(b, a, ref, past, d)) ||
		    (int) g_date_get_weekday(d) != wd)
			continue;
		gint64 dist = dm_date_distance(ref, d, lean);
		if (!found || dist < best) {
			*out = *d;
			best = dist;
			found = TRUE;
		}
	}
}

/* "8/15/2026" -> "15/8/2026" in place, for the day-first reader; anything that cannot be
 * month first ("25/8/2026") is left as it is. */
static void
swap_day_month(char *text)
{
	int a = 0, b = 0, n = 0;
	const char *p = text;
	for (; g_ascii_isdigit(*p); p++)
		a = a * 10 + (*p - '0');
	if (*p != '/' || p == text || a > 12)
		return;
	for (p++; g_ascii_isdigit(*p); p++, n++)
		b = b * 10 + (*p - '0');
	if (*p != '/' || n == 0 || n > 2)
		return;
	g_autofree char *swapped = g_strdup_printf("%d/%d%s", b, a, p);
	if (strlen(swapped) <= strlen(text))
		memcpy(text, swapped, strlen(swapped) + 1);
}

/* Whether @re matches the whole words of the (at most) @max bytes before @at of @text:
 * the one way each "said right before the date" test below looks back. */
static gboolean
said_before(DmPattern *re, const char *text, gsize at, gsize max)
{
	DmMatch m;
	gsize from = dm_reply_words_before(text, at, max);
	return dm_pattern_match(re, text + from, at - from, 0, &m);
}

/* A holiday a weekday is told after: "gleich nach Ostern, am Dienstag", "na Pasen op
 * dinsdag", "after Easter, on Tuesday", "na Pinksteren", "nach Pfingsten", "na de kerst",
 * "nach Weihnachten".  The holiday alone is a vague time ("na de kerst":
 * corpus/replies/README.md); with a weekday it names that day of the holiday's week. */
static DmPattern holiday_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:na|nach|after)\\s+(?:(?:de|den|the)\\s+)?"
	"(pasen|ostern|easter|pinksteren|pfingsten|whitsun|kerst|kerstmis|weihnachten|christmas)"
	"(?!\\p{L})[^.!?\\n]{0,12}$", PCRE2_CASELESS);

/* The day of the holiday the weekday at @start of @text is told after (holiday_before_re:
 * Easter Sunday, Whit Sunday, Christmas Day), of @ref's year or the next, the first no
 * more than a week before @ref; FALSE when none is named. */
static gboolean
holiday_before(const char *text, gsize start, const GDate *ref, GDate *out)
{
	gsize from = dm_reply_words_before(text, start, 40);
	DmMatch m;
	if (!dm_pattern_match(&holiday_before_re, text + from, start - from, 0, &m))
		return FALSE;
	g_autofree char *name = g_utf8_strdown(m.subject + m.start[1], (gssize) (m.end[1] -
	                                                                        m.start[1]));
	/* Days after Easter Sunday; Christmas has its own date. */
	static const struct { const char *name; int after_easter; } holidays[] = {
		{ "pasen", 0 }, { "ostern", 0 }, { "easter", 0 },
		{ "pinksteren", 49 }, { "pfingsten", 49 }, { "whitsun", 49 },
		{ "kerst", -1 }, { "kerstmis", -1 }, { "weihnachten", -1 }, { "christmas", -1 },
	};
	int after_easter = -1;
	for (gsize i = 0; i < G_N_ELEMENTS(holidays); i++)
		if (strcmp(name, holidays[i].name) == 0)
			after_easter = holidays[i].after_easter;
	GDate soon = *ref;
	g_date_subtract_days(&soon, 7);
	for (int year = g_date_get_year(ref); year <= g_date_get_year(ref) + 1; year++) {
		if (after_easter >= 0) {
			*out = dm_easter_sunday(year);
			g_date_add_days(out, (guint) after_easter);
		} else
			g_date_set_dmy(out, 25, G_DATE_DECEMBER, (GDateYear) year);
		if (g_date_compare(out, &soon) >= 0)
			return TRUE;
	}
	return FALSE;
}

/* Whether the day a D_NTH, D_DATE or D_DM match names follows "na", "nach" or "after":
 * "na de 25e", "nach dem 25.", "after the 25th", "na 30 juni", "nach dem 1. August" is the
 * day after it (corpus/replies/README.md), where "tot na de 25e" still is and "voor de
 * 25e", "by the 25th" are not. */
static gboolean
after_word_before(const char *text, gsize at)
{
	static DmPattern after_re = DM_PATTERN(
		"(?:^|[^\\p{L}])(?:na|nach|after)\\s+(?:(?:de|dem|the)\\s+)?$", PCRE2_CASELESS);
	return said_before(&after_re, text, at, 24);
}

/* "na de voorstelling op 20 maart", "tot na de inhaalles op 14 maart", "after the
 * rehearsal on 20 March", "nach der Aufführung am 20. März", "na ons trouwfeest, dat is
 * op 12 september": a payment after an event
 * named with its day is the day after it, as "na 20 maart" is (test-blind33; the event
 * named first and again after "na mijn" is dm_reply_event_named_again's).  The event's
 * noun after an article or a possessive, not "after that on Friday", nor a payment's own
 * day ("after the transfer on the 20th").  Read ahead only: "Ik heb na de les op 10 maart
 * betaald" was paid on that day. */
#define AFTER_EVENT_WORD \
	"(?!(?:week|weken|weekend|maand|month|monat|monats|woche|jahr|year|jaar|dag|day|tag|" \
	"helft|half|hälfte|rest|ik|we|wij|ich|wir|i|you|u|sie|zahlen|zahle|bezahlen|überweisen|" \
	"betalen|betaal|pay|pays)(?!\\p{L}))\\p{L}+"
static DmPattern after_event_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:na|nach|after)\\s+(?:de|het|the|der|dem|den|die|das|mijn|onze|ons|"
	"my|our|his|her|their|meiner|meinem|unserer|unserem|seiner|seinem|ihrer|ihrem)\\s+"
	"(?!(?:betaling|overboeking|storting|payment|transfer|zahlung|überweisung|"
	/* ... nor the writer's income, whose day the payment waits for ("Eerste deel na mijn
	 * loon op 1 december": that day, test-hard) */
	"loon|salaris|inkomen|uitkering|pensioen|vakantiegeld|salary|wages?|paycheck|"
	"pay\\s?(?:cheque|check|day)|income|pension|benefits?|gehalt|lohn|zahltag|einkommen|"
	"rente|urlaubsgeld|weihnachtsgeld)(?!\\p{L}))"
	/* ... the event in one or two words, its noun last, none a time, a pronoun or a verb
	 * of paying ("after the board meeting on 14 January"; "na de week van 16 maart" is a
	 * week; "Nach Ihrer Bestätigung zahlen wir am Donnerstag" pays on Thursday), its day
	 * after "op", "on", "am" or "van", "of", "vom" ("na de zitting van 21 januari",
	 * test-blind32) ... */
	"(?:" AFTER_EVENT_WORD "\\s+)?" AFTER_EVENT_WORD "(?<=\\p{L}{3})"
	/* ... or said of it after a comma: "na ons trouwfeest, dat is op 12 september",
	 * "after the wedding, which is on 12 September", "nach der Hochzeit, die am 12.
	 * September ist" (a weekday's match may hold its "on", "am", "op" itself) */
	"(?:\\s*,\\s*(?:dat|die|wat|which|that|das|der)(?:\\s+(?:is|valt|ist|will\\s+be))?)?"
	"\\s+(?:(?:op|on|am|van|of|vom|von)\\s+)?(?:(?:de|the|den|dem)\\s+)?$", PCRE2_CASELESS);

/* Whether the day at @at of @m's subject follows "na", "nach", "after" (after_word_before)
 * or, read ahead (not @past), an event named after them (after_event_re). */
static gboolean
after_the_day_at(const DmMatch *m, gsize at, gboolean past)
{
	return after_word_before(m->subject, at) ||
	       (!past && said_before(&after_event_re, m->subject, at, 48));
}

static gboolean
after_the_day(const DmMatch *m, gboolean past)
{
	return after_the_day_at(m, m->start[1], past);
}

/* Whether the day group 1 of @m names follows "voor", "vor", "before": "voor de kerst",
 * "vor dem Heiligen Abend" is the day before it (corpus/replies/README.md). */
static gboolean
before_the_day(const DmMatch *m)
{
	static DmPattern before_re = DM_PATTERN(
		"(?:^|[^\\p{L}])(?:voor|vóór|vor|before)\\s+(?:(?:de|dem|den|the)\\s+)?$",
		PCRE2_CASELESS);
	gsize name = m->start[1], from = dm_reply_words_before(m->subject, name, 24);
	DmMatch b;
	return dm_pattern_match(&before_re, m->subject + from, name - from, 0, &b);
}

/* D_HOLIDAY: the holiday's day ("kerst" alone: Christmas Day), the day after it after
 * "na", "nach", "after", the day before it after "voor", "vor", "before". */
static gboolean
resolve_holiday(const DmMatch *m, const GDate *ref, gboolean past, GDate *out)
{
	g_autofree char *name = group(m, 1);
	if (g_str_has_prefix(name, "bank")) {
		if (!dm_holiday_bank_holiday(ref, past, dm_holiday_text_bank_holidays(m->subject),
		                             out))
			return FALSE;
		if (after_the_day(m, past))
			g_date_add_days(out, 1);
		else if (before_the_day(m))
			g_date_subtract_days(out, 1);
		return TRUE;
	}
	GDate probe;
	const char *key = dm_holiday_day(name, 2000, &probe)
	                  ? dm_holiday_national_name(name, m->subject) : "christmas day";
	if (!nearest_in_years(holiday_in, key, ref, past, out))
		return FALSE;
	if (after_the_day(m, past))
		g_date_add_days(out, 1);
	else if (before_the_day(m))
		g_date_subtract_days(out, 1);
	return TRUE;
}

/* "jeweils am 2. Montag", "every 2nd Monday", "elke 2e maandag": the weekday after an
 * ordinal of a rhythm is a rule for every month, no one day (D_EVERY refuses it too). */
static DmPattern every_nth_re = DM_PATTERN(
	"(?<!\\p{L})(?:elke|iedere|every|each|jeweils(?:\\s+(?:am|zum|den))?)\\s+"
	"(?:(?:de|the|den)\\s+)?\\d{1,2}(?:ste|de|e|st|nd|rd|th|ten|\\.)\\s+$", PCRE2_CASELESS);

static gboolean
every_nth_before(const char *text, gsize at)
{
	return said_before(&every_nth_re, text, at, 32);
}

static gboolean
resolve(DateKind kind, const DmMatch *m, const GDate *ref, gboolean past, gboolean month_first,
        GDate *out, DmReplyDatePrecision *precision)
{
	*precision = DM_REPLY_DATE_EXACT;
	switch (kind) {
	case D_DATE: {
		g_autofree char *text = group(m, 1);
		DmDateParts d;
		if (month_first && strchr(text, '/'))
			swap_day_month(text);
		if (!dm_date_read(text, &d)) {
			/* "3/18/2026" cannot be day first: month first, wherever it was
			 * written. */
			if (month_first || !strchr(text, '/'))
				return FALSE;
			swap_day_month(text);
			if (!dm_date_read(text, &d))
				return FALSE;
		}
		if (!(d.year ? dm_date_set(out, d.day, d.month, d.year)
		             : nearest_year(d.day, d.month, ref, past, out)))
			return FALSE;
		if (after_the_day(m, past))
			g_date_add_days(out, 1);
		return TRUE;
	}
	case D_DM: {
		int a = group_int(m, 1), b = group_int(m, 2);
		/* Month first where people write so, and wherever it cannot be day first
		 * ("10/15"). */
		gboolean slash = m->subject[m->end[1]] == '/';
		if (!((month_first || b > 12) && slash && a <= 12 && b > 0 &&
		      nearest_year(b, a, ref, past, out)) &&
		    !nearest_year(a, b, ref, past, out))
			return FALSE;
		/* ... or where the weekday written before it says so: "Monday 7/6" written on
		 * 2 July 2026 is 6 July, a Monday, not 4 June nor 7 June 2027 (a Monday too,
		 * but farther off). */
		int wd = weekday_before(m->subject, m->start[0]);
		if (slash && wd)
			weekday_order(a, b, wd, ref, past, out);
		if (after_the_day(m, past))
			g_date_add_days(out, 1);
		return TRUE;
	}
	case D_NTH: {
		g_autofree char *which = group(m, 2);
		/* A number, or a word: "ersten", "de negende". */
		int day = group_int(m, 1);
		if (day < 0) {
			g_autofree char *word = group(m, 1);
			if ((day = ordinal_number(word)) == 0)
				return FALSE;
		}
		if (!which[0]) {
			if (!nearest_month(ref, day, past, out))
				return FALSE;
			if (dm_match_has(m, 1) && after_the_day(m, past))
				g_date_add_days(out, 1);
			return TRUE;
		}
		/* "de 1ste van volgende maand"; "after the 15th of this month" is the day after it,
		 * as "after the 15th" is. */
		GDate first = *ref;
		g_date_set_day(&first, 1);
		if (is_next(which))
			g_date_add_months(&first, 1);
		if (!dm_date_set(out, day, g_date_get_month(&first), g_date_get_year(&first)))
			return FALSE;
		if (dm_match_has(m, 1) && after_the_day(m, past))
			g_date_add_days(out, 1);
		return TRUE;
	}
	case D_DAY: {
		g_autofree char *w = group(m, 1);
		resolve_day(w, ref, out);
		return TRUE;
	}
	case D_WEEKDAY_WEEK: {
		/* "vrijdag volgende week": that day of next week; "Friday week": a week after
		 * the coming Friday. */
		g_autofree char *name = group(m, dm_match_has(m, 9) ? 9 : 1);
		int wd = dm_language_weekday(name, FALSE);
		if (wd == 0)
			return FALSE;
		if (dm_match_has(m, 9)) {
			/* "a fortnight on Friday": so many weeks after the coming Friday. */
			g_autofree char *count = group(m, 7);
			g_autofree char *unit = group(m, 8);
			int n = count_number(count);
			if (n < 1 || n > 4 || !resolve_weekday("next", "", name, ref, FALSE, out))
				return FALSE;
			g_date_add_days(out, (guint) (7 * n * (unit[0] == 'f' ? 2 : 1)));
			return TRUE;
		}
		if (dm_match_has(m, 4)) {
			/* "Tuesday last week". */
			*out = day_of_week(ref, -1, wd);
			return TRUE;
		}
		if (dm_match_has(m, 6)) {
			g_autofree char *count = group(m, 6);
			int n = count_number(count);
			if (n < 1 || n > 52)
				return FALSE;
			*out = day_of_week(ref, n, wd);
			return TRUE;
		}
		if (dm_match_has(m, 3) || dm_match_has(m, 5)) {
			/* "Friday week": a week after the coming Friday; "Friday fortnight" two. */
			g_autofree char *unit = group(m, 3);
			if (!resolve_weekday("next", "", name, ref, FALSE, out))
				return FALSE;
			g_date_add_days(out, unit[0] == 'f' || unit[0] == 'F' ? 14 : 7);
			return TRUE;
		}
		*out = day_of_week(ref, 1, wd);
		return TRUE;
	}
	case D_WEEKDAY: {
		if (every_nth_before(m->subject, m->start[0]))
			return FALSE;
		g_autofree char *mod = group(m, 1);
		g_autofree char *week = group(m, 2);
		g_autofree char *name = group(m, 3);
		/* "nach Ostern, am Dienstag": the first such day after the holiday. */
		gboolean plain = !mod[0] || g_ascii_strcasecmp(mod, "am") == 0 ||
		                 g_ascii_strcasecmp(mod, "op") == 0 || g_ascii_strcasecmp(mod, "on") == 0;
		GDate holiday;
		if (plain && !week[0] && holiday_before(m->subject, m->start[0], ref, &holiday))
			return resolve_weekday("", "", name, &holiday, FALSE, out);
		if (!resolve_weekday(mod, week, name, ref, past, out))
			return FALSE;
		/* "na vrijdag", "after Friday", "nach Montag": the day after it, as "na de
		 * 25e" is (corpus/replies/README.md). */
		if (after_the_day_at(m, m->start[0], past))
			g_date_add_days(out, 1);
		return TRUE;
	}
	case D_WEEK:
		return resolve_week(m, ref, out, precision);
	case D_MONTH:
		return resolve_month(m, ref, past, out, precision);
	case D_MONTH_NAMED:
		return resolve_month_named(m, ref, past, out);
	case D_WEEK_NAMED:
		return resolve_week_named(m, ref, past, out);
	case D_HOLIDAY:
		return resolve_holiday(m, ref, past, out);
	case D_SPAN:
		return resolve_span(m, ref, out);
	case D_MONTH_RULE:
		return resolve_month_rule(m, ref, past, out);
	case D_EVERY:
		/* "op elke 28e": the first such day from the day sent; in a clause that
		 * points back ("Ich habe jeweils am 28. überwiesen") the last one up to it. */
		return past ? dm_month_prev_day_numbered(ref, group_int(m, 1), out)
		            : dm_month_next_day_numbered(ref, group_int(m, 1), out);
	case D_AGO: {
		g_autofree char *count = group(m, 1);
		g_autofree char *unit = group(m, 2);
		int n = count_number(count);
		if (n < 0 || n > 366)
			return FALSE;
		*out = *ref;
		g_date_subtract_days(out, (guint) (unit[0] == 'w' ? 7 * n : n));
		return TRUE;
	}
	case D_N_KINDS:
		break;
	}
	return FALSE;
}

/* Words that give a date to a document rather than to a payment: "uw herinnering van
 * 20 november", "Rechnung vom 12.12.2025", "your reminder dated 5 May"; or to a person: a
 * debt counsellor's or a lawyer's letter names the client by birth date ("de heer J.
 * Kramer, geboren 14-02-1979", "(geb. 12-03-1981)", "born 3 May 1980", "Geburtsdatum:"). */
static DmPattern document_date_re = DM_PATTERN(
	"(?:(?:herinnering|aanmaning|factuur|brief|mail|bericht|schrijven|offerte|reminder|"
	"invoice|letter|statement|notice|erinnerung|mahnung|rechnung|schreiben|nachricht|"
	"angebot|offerte|lieferung)\\S{0,12}(?:\\s+\\S+){0,2}\\s+(?:van|d\\.d\\.|dated|of|from)|"
	/* "die Zahlungserinnerung, datiert auf den 2. Juni": dated, a document's day
	 * (probe-de31). */
	"\\b(?:datiert|gedateerd)(?:\\s+(?:auf|vom|mit|op))?(?:\\s+(?:den|dem|de))?|"
	/* ... not a payment's or a payment run's "vom" ("mit dem Zahllauf vom letzten
	 * Freitag", test-blind32). */
	"(?<!zahlung\\s)(?<!überweisung\\s)(?<!gutschrift\\s)(?<!lauf\\s)(?<!laufs\\s)\\bvom|"
	"\\b(?:geb\\.|geboren(?:\\s+(?:op|am))?|born(?:\\s+on)?|geboortedatum|geburtsdatum|"
	"date\\s+of\\s+birth|d\\.?o\\.?b\\.?)\\s*:?)\\s*$", PCRE2_CASELESS);

/* A payment's day under its label, as a remittance advice, a bank's confirmation or an
 * AP system gives it: "Payment date: 19/11/2026", "Valutadatum: 12.11.", "Uitgevoerd op:
 * 30-09-2026", "Ausführungsdatum 12.11.2026", each a field on a line of its own.  It names
 * the payment, whatever other days (an invoice's, a table's) stand around it. */
static DmPattern payment_label_re = DM_PATTERN(
	/* A field: the label opens its line ("mit Valuta 1.7." in a sentence is no label,
	 * and the execution day it stands beside is the payment's). */
	"(?:\\A|\\n)[ \\t]*(?:(?:payment|value|execution|transfer|remittance)\\s+date|date\\s+(?:paid|of\\s+payment)|"
	"betaal(?:datum|dag)|valuta(?:datum|dag)?|uitvoeringsdatum|uitgevoerd\\s+op|"
	"zahlungs(?:datum|tag)|ausführungs(?:datum|tag)|valutadatum|wertstellung|"
	"überweisungsdatum)\\s*:?\\s*$", PCRE2_CASELESS);

static gboolean
is_payment_label(const char *text, gsize start)
{
	return said_before(&payment_label_re, text, start, 40);
}

/* Whether the date expression at @start of @text is the date of a document. */
static gboolean
is_document_date(const char *text, gsize start)
{
	gsize from = start > 80 ? start - 80 : 0;
	while (from > 0 && ((guchar) text[from] & 0xC0) == 0x80)
		from++;
	DmMatch m;
	return dm_pattern_match(&document_date_re, text + from, start - from, 0, &m);
}

/* Days the words around give to another event than a payment: a death ("die am 2.
 * Oktober verstorbene Frau", "overleden op 3 mei"), a contract's end named after the verb
 * ("kündige zum 31. Dezember", "opzeggen per 1 januari") and a change that takes effect
 * ("from 1 September new bank account", "vanaf 1 juli verhuisd naar") whatever the clause
 * says; in a clause that speaks of no payment also the start of a state ("staat sinds 1
 * september onder bewind", "seit dem 1. März in Pension"), a contract's end named before
 * it ("den Unterricht zum Monatsende kündigen") and someone else's next step ("binnen 6
 * weken een voorstel").  None is the day a payment was or will be made
 * (corpus/replies/README.md: "dates that are not a payment or return ... are not stated
 * days"); "Seit Dienstag bezahlt" speaks of paying and keeps its day.
 *
 * First a death, before the day or after it. */
static DmPattern event_death_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:overleden|verstorben|gestorben|died|passed\\s+away)\\s+(?:op|am|on)\\s+"
	"(?:(?:de|dem|the)\\s+)?$", PCRE2_CASELESS);
static DmPattern event_death_after_re = DM_PATTERN(
	"^[^.!?\\n]{0,30}?(?<!\\p{L})(?:verstorben\\p{L}*|overleden|gestorben|died|passed\\s+away)"
	"(?!\\p{L})", PCRE2_CASELESS);
/* A state that began on the day ("sinds", "seit", "since"). */
static DmPattern event_since_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:sinds|seit|since)\\s+(?:(?:de|dem|the)\\s+)?$", PCRE2_CASELESS);
/* A contract's end or someone else's proposal after the day. */
static DmPattern event_after_re = DM_PATTERN(
	"^[^.!?\\n]{0,40}?(?<!\\p{L})(?:"
	"k(?:ü|ue)ndig\\p{L}*|gek(?:ü|ue)ndigt|opzeg\\p{L}*|opgezegd|cancel\\p{L}*|terminat\\p{L}*|"
	"be(?:ë|e)indig\\p{L}*|"
	"(?:een|a|an|einen|ein)\\s+(?:\\p{L}+\\s+)?(?:voorstel|proposal|vorschlag|regelingsvoorstel))"
	"(?!\\p{L})", PCRE2_CASELESS);
/* ... or a proposal or an overview someone sends, right after the day it is sent within
 * ("binnen 14 dagen een actueel overzicht van uw vordering te sturen", "U ontvangt binnen
 * de zes weken ons voorstel").  Right after it only: an overview that comes with the
 * money names the payment's day ("The money will be with you on Friday, with a
 * statement", "binnen 14 dagen, met een overzicht erbij", "by Friday as per your
 * statement"). */
static DmPattern event_sent_after_re = DM_PATTERN(
	"^\\s*(?:een|a|an|einen|eine|ein|ons|onze|our|unseren|unsere|uw|your|ihre)\\s+(?:\\p{L}+\\s+)?"
	"(?:voorstel|proposal|vorschlag|regelingsvoorstel|overzicht|overview|übersicht|aufstellung"
	"|forderungsaufstellung|statement)(?!\\p{L})", PCRE2_CASELESS);
/* ... or a contract's end before it ("kündigen zum 31.", "opzeggen per 1 januari"). */
static DmPattern event_cancel_before_re = DM_PATTERN(
	"(?:k(?:ü|ue)ndig\\p{L}*|opzeg\\p{L}*|cancel\\p{L}*|terminat\\p{L}*)"
	"(?:\\s+\\p{L}+){0,2}\\s+(?:(?:zum|zur|per|op|on|at|to|from|met\\s+ingang\\s+van)\\s+)?$",
	PCRE2_CASELESS);
/* What a price is called, and words of its rise.  Not "rate": the German "Rate" is an
 * instalment ("Die erste Rate per 1. Juni", test-blind23). */
#define PRICE_WORDS "(?:tarief|tarieven|prijs|prijzen|prijsverhoging|price|prices|pricing|" \
	"tariff|tariffs|fee|fees|preis|preise|tarif|tarife)"
#define PRICE_RISE "(?:omhoog|verhoogd|gestegen|increased|went\\s+up|gone\\s+up|raised|risen|" \
	"erhöht|gestiegen)"

/* A change from the day on: "from 1 September new bank account", "per 1 augustus
 * verhuisd"; never "ab Montag überweise ich" (that clause pays). */
static DmPattern event_effective_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:vanaf|per|from|as\\s+of|ab|met\\s+ingang\\s+van|with\\s+effect\\s+from|"
	"effective)\\s+(?:(?:de|dem|the)\\s+)?$", PCRE2_CASELESS);
static DmPattern event_change_re = DM_PATTERN(
	"^[^.!?\\n]{0,40}?(?<!\\p{L})(?:(?:new|nieuwe?|neue[nrs]?)\\s+(?:\\p{L}+\\s+)?(?:bank|account|"
	"rekening|rekeningnummer|iban|konto|bankverbindung|adres|address|anschrift|naam|name)|"
	"verhuisd|moved|umgezogen|"
	/* an administrator's or a deputy's appointment: "per 1 februari benoemd tot
	 * beschermingsbewindvoerder", "appointed as his deputy from 1 February" (test-blind30;
	 * the German words are the German round's) */
	"benoemd|aangesteld|appointed|"
	/* a supplier notice's terms: "Per 1 januari 2027 wijzigen onze betalingsvoorwaarden",
	 * "from 1 March our payment terms change", "ab 1. Januar gelten neue
	 * Zahlungsbedingungen" (test-blind32) */
	"(?:wijzig\\p{L}*|gewijzigd|verander\\p{L}*|change[sd]?|ändern|ändert|geändert|gelten|"
	"gelden|apply)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:voorwaarden|termijn|terms|conditions|"
	"bedingungen|konditionen|zahlungsziel)|"
	"(?:\\p{L}*(?:voorwaarden|termijn|terms|conditions|bedingungen|konditionen|zahlungsziel))"
	"\\s+(?:\\p{L}+\\s+){0,2}?(?:wijzig\\p{L}*|gewijzigd|verander\\p{L}*|change[sd]?|ändern|"
	"ändert|geändert)|"
	/* "per 1 januari zijn de prijzen verhoogd", "from 1 March the rates went up" */
	PRICE_WORDS "[^.!?\\n]{0,25}?(?<!\\p{L})" PRICE_RISE ")(?!\\p{L})", PCRE2_CASELESS);
/* An administrator's or a deputy's appointment named before the day: "I was appointed as
 * his deputy from 1 February", "aangesteld als bewindvoerder met ingang van 1 maart"
 * (test-blind30). */
static DmPattern event_appointed_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:benoemd|aangesteld|appointed)(?!\\p{L})[^.!?\\n]{0,50}?(?<!\\p{L})"
	"(?:vanaf|per|from|as\\s+of|met\\s+ingang\\s+van|with\\s+effect\\s+from|effective|on)\\s+"
	"(?:(?:de|the)\\s+)?$", PCRE2_CASELESS);

/* A price that changed from the day on, its word before it: "Klopt het dat jullie tarief
 * per 1 januari omhoog is gegaan?", "the new rate from 1 March", "der Preis ab 1. Januar"
 * (test-blind29): a tariff's day, never a payment's. */
static DmPattern event_price_before_re = DM_PATTERN(
	"(?<!\\p{L})" PRICE_WORDS "(?:\\s+\\p{L}+){0,2}?\\s+(?:vanaf|per|from|as\\s+of|ab|"
	"met\\s+ingang\\s+van|since|sinds|seit)\\s+(?:(?:de|dem|the)\\s+)?$", PCRE2_CASELESS);

/* Someone else's payment: an insurer's, a fund's or an allowance's day ("HCF reckon
 * they'll pay around the 20th", "VGZ zou rond de 25e uitbetalen", "die Kasse erstattet
 * am 10."), which is never the writer's own day by itself (corpus/replies/README.md,
 * test-blind19's row; train-care).  The payer before the day and its paying verb before
 * or after it, with no first person between ("die zal ik op de 25e betalen" is the
 * writer's).  A writer who ties his own day to it names it again ("diezelfde dag", "the
 * same day"), which this leaves alone.  Not "ze" nor "sie": the writer's own invoices are
 * "them" ("Ich werde sie am 15.12. überweisen", "Ik zal ze op de 15e storten"). */
/* The payer (dm-reply-payer.h), and two words the care rules leave out, which here only
 * count with a paying verb after them: "kasse" ("die Kasse erstattet am 10."; "sobald ich
 * wieder bei Kasse bin" is the writer's own money) and "council" ("the council pays on
 * the 20th"; "after we lost the council contract", "my council tax" are no payer's
 * money; train-en held the first). */
#define PAYER_WORDS "(?:" DM_REPLY_PAYER_PRONOUN "|" DM_REPLY_PAYER_BODY "|kasse|council)"
#define PAYER_VERBS DM_REPLY_PAYER_PAYS
#define NOT_FIRST_PERSON "(?:\\s+(?!(?:i|i'll|i’ll|ik|ich|we|we'll|wij|wir|me|mij)(?!\\p{L}))[\\p{L}'’]+)"
static DmPattern event_payer_pays_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])" PAYER_WORDS NOT_FIRST_PERSON "{0,3}?\\s+" PAYER_VERBS
	"(?:\\s+(?:around|about|on|by|rond|omstreeks|op|am|um|zum|the|de|den|dem|ca\\.?)){0,2}\\s+$",
	PCRE2_CASELESS);
static DmPattern event_payer_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])" PAYER_WORDS NOT_FIRST_PERSON "{0,4}?\\s+$", PCRE2_CASELESS);
static DmPattern event_payer_verb_after_re = DM_PATTERN(
	"^\\.?\\s+(?:[\\p{L}]+\\s+)?" PAYER_VERBS "(?!\\p{L})", PCRE2_CASELESS);

/* A call the writer will make to the owner on the day, in a clause that speaks of no
 * payment: "Ik bel je morgen even", "I'll give you a ring tomorrow", "I'll call you back
 * on Monday" (test-blind30): the day of a talk, not of the money (a promise beside it
 * names its own day or none).  The owner called, not a payment phoned in ("I'll call it
 * in Monday") nor a call that was ("I said Friday on the phone but it'll have to be
 * Monday now"). */
static DmPattern event_call_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:bel|bellen|belt)\\s+(?:(?:ik|we|wij)\\s+)?(?:je|jou|u|jullie)|opbellen|"
	"terugbellen|(?:call|ring|phone)\\s+you|give\\s+you\\s+a\\s+(?:ring|call|bell))"
	"(?!\\p{L})[^.!?\\n,]*$",
	PCRE2_CASELESS);

/* Something booked, reserved, ordered or delivered on the day, in a clause that speaks
 * of no payment: "kan hij volgende week donderdag een extra les inplannen?", "can we
 * reserve the tent for 3 October?", "Termin am Dienstag" (corpus/replies/README.md,
 * train-refusals: such a request is no promise, and its day no promised day).  The word
 * before the day, in its sentence, or just after it. */
#define BOOKING_WORDS \
	"(?:inplannen|plannen|reserveren|reservering|reservatie|bestellen|bestelling|leveren|" \
	"levering|bezorgen|afspraak|langskomen|les|rijles|bijles|proefles|sessie|training|" \
	"workshop|tijdslot|vastleggen|boeken|huren|verzetten|verplaatsen|zaal|plek|plekje|" \
	/* a day to be put down for: "ons alvast noteren voor 12 juni", "für den 5. Juni
	 * vormerken", "lock in the same Friday" (test-blind33) */ \
	"noteren|inschrijven|vormerken|notieren|lock\\s+in|" \
	"reserve|reservation|book|booked|booking|(?<!standing\\s)(?<!payment\\s)order|deliver|delivery|ship|shipped|appointment|" \
	"slot|lesson|session|shoot|reschedule|consultation|catering|pencil|rent|hire|" \
	"reservieren|reservierung|buchen|bestellen|lieferung|liefern|zustellung|termin|stunde|" \
	"stunden|nachhilfestunde|schulung|fototermin|verschieben|mieten|saal|zelt|kurs|" \
	/* ... or done on it: delivered, fitted, fetched ("collected" is also a direct debit's
	 * word); a meeting's or a wedding's day. */ \
	"geleverd|afgeleverd|geplaatst|gemonteerd|geïnstalleerd|opgehaald|afgehaald|bezorgd|" \
	"delivered|installed|fitted|picked\\s+up|" \
	"geliefert|montiert|eingebaut|installiert|abgeholt|zugestellt|" \
	"vergadering|bestuursvergadering|meeting|sitzung|besprechung|vorstandssitzung|" \
	/* ... a body's sitting ("the steering group meets on December 15", "de raad vergadert
	 * op", "der Ausschuss tagt am", "na de zitting van"), and the owner's time asked for
	 * ("are you free to start the Q1 work on January 11?"; test-blind32). */ \
	"zitting|meets|vergadert|tagt|convenes|(?:are|r)\\s+you\\s+free|you['’]re\\s+free|" \
	"(?:bent\\s+u|ben\\s+je|bist\\s+du|sind\\s+sie)\\s+(?:vrij|frei)|" \
	"(?:heb\\s+je|heeft\\s+u|haben\\s+sie|hast\\s+du)\\s+(?:tijd|zeit)|" \
	"bruiloft|trouwerij|wedding|hochzeit|" \
	/* ... and the goods' own days: sent back, rented, moved, called off (goods.c). */ \
	DM_REPLY_GOODS_EVENT_WORDS ")"
static DmPattern event_booking_before_re = DM_PATTERN(
	"(?<!\\p{L})" BOOKING_WORDS "(?!\\p{L})[^.!?\\n]*$", PCRE2_CASELESS);
/* ... the word before the day with no comma between, for a clause that pays elsewhere. */
static DmPattern event_booking_near_re = DM_PATTERN(
	"(?<!\\p{L})" BOOKING_WORDS "(?!\\p{L})[^,.!?\\n]*$", PCRE2_CASELESS);
/* ... the booking's word, then "of" and the day: the day says which booking ("ik betaal de
 * les van dinsdag", "the lesson from Tuesday", "die Stunde vom Montag"), in a clause that
 * pays or not; the payment's own day, if any, is another. */
#define BOOKING_OF_DAY BOOKING_WORDS "\\s+(?:van|of|from|vom|von)\\s+(?:(?:de|the|der|dem|den)\\s+)?$"
static DmPattern event_booking_of_before_re = DM_PATTERN("(?<!\\p{L})" BOOKING_OF_DAY, PCRE2_CASELESS);
/* ... unless the money changed hands at that booking: "betaald op het feest van 6 juni",
 * "paid at the lesson of 1 October". */
static DmPattern paid_at_booking_of_re = DM_PATTERN(
	"(?<!\\p{L})(?:op|at|bij|bei|auf|tijdens|during|beim|zum|"
	/* ... or after it: "betalen na de zitting van 21 januari" (after_event_re's day after) */
	"na|nach|after)\\s+(?:(?:het|de|the|dem|der|den)\\s+)?"
	BOOKING_OF_DAY, PCRE2_CASELESS);

/* Whether the day after @before (@len bytes) says which booking is meant, and the money
 * did not change hands at it. */
static gboolean
names_which_booking(const char *before, gsize len)
{
	DmMatch m;
	return dm_pattern_match(&event_booking_of_before_re, before, len, 0, &m) &&
	       !dm_pattern_match(&paid_at_booking_of_re, before, len, 0, &m);
}
/* (A day read without its closing dot, "am 28.10. abgeholt", leaves the dot after it.) */
static DmPattern event_booking_after_re = DM_PATTERN(
	"^\\.?[^.!?\\n]{0,40}?(?<!\\p{L})" BOOKING_WORDS "(?!\\p{L})", PCRE2_CASELESS);

/* "das Rad habe ich am 28.08. abgeholt und bezahlt": the day of a collection that was
 * also the payment's. */
static DmPattern paid_too_after_re = DM_PATTERN(
	"^\\.?[^.!?\\n]{0,50}?(?<!\\p{L})(?:bezahlt|gezahlt|beglichen|überwiesen|betaald|"
	"afgerekend|overgemaakt|paid|settled)(?!\\p{L})", PCRE2_CASELESS);

/* "Mijn salaris komt de 25e, dan betaal ik de lessen": the lessons are what is paid,
 * named after the verb that pays them, not an event on the day. */
static DmPattern pays_for_booking_after_re = DM_PATTERN(
	"^\\.?[^.!?\\n]{0,40}?(?<!\\p{L})(?:betaal|betalen|voldoe|voldoen|pay|paying|zahle|zahlen|"
	"bezahle|bezahlen|überweise|überweisen)(?!\\p{L})[^.!?\\n]{0,20}?(?<!\\p{L})" BOOKING_WORDS "(?!\\p{L})",
	PCRE2_CASELESS);

/* Whether a booking's word just after a day (@after, @len bytes) makes it the booking's
 * day: not when the day was also the payment's, or the booking is what is paid.  The
 * booking is what is paid only when its first word after the day is the one the verb
 * pays: "Op de 20e is de les, ik betaal de lessen zodra …" names the lesson's day first. */
static gboolean
booking_after(const char *after, gsize booking_len, gsize len)
{
	DmMatch booking, m;
	return dm_pattern_match(&event_booking_after_re, after, booking_len, 0, &booking) &&
	       !dm_pattern_match(&paid_too_after_re, after, len, 0, &m) &&
	       !(dm_pattern_match(&pays_for_booking_after_re, after, len, 0, &m) &&
	         m.end[0] == booking.end[0]);
}

/* Whether the stretch between the commas around [@start, @end) of @text speaks of paying:
 * "die Lieferung kommt am 30., die Rechnung überweise ich am Freitag" is one clause to
 * the tense reader, but its delivery's day is in a part that pays nothing. */
static gboolean
ends_part(const char *text, gsize len, gsize at)
{
	/* A comma, a semicolon, a line's end, or a sentence's full stop (not a date's:
	 * "am 28.10. abgeholt"). */
	char c = text[at];
	return c == ',' || c == ';' || c == '\n' ||
	       (c == '.' && at > 0 && !g_ascii_isdigit(text[at - 1]) && at + 1 < len &&
	        g_ascii_isspace(text[at + 1]));
}

/* Sets [*@from, *@to) to the part of @text (@len bytes) between the commas around
 * [@start, @end) (ends_part). */
static void
part_around(const char *text, gsize len, gsize start, gsize end, gsize *from, gsize *to)
{
	*from = start;
	*to = end;
	while (*from > 0 && !ends_part(text, len, *from - 1))
		(*from)--;
	while (*to < len && !ends_part(text, len, *to))
		(*to)++;
}

static gboolean
comma_part_pays(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	part_around(text, len, start, end, &from, &to);
	return dm_reply_clause_pays(text + from, to - from, start - from, end - from);
}

/* A farewell that names when the writer next sees the owner ("Tot dinsdag!", "Bis
 * Dienstag dann.", "See you Tuesday"): a lesson's or a visit's day, never a payment's.
 * "Tot" and "bis" open the sentence and an exclamation or "dan" / "then" closes it, so
 * that a curt deadline ("Bis Freitag.") keeps its day. */
static DmPattern farewell_see_before_re = DM_PATTERN(
	"(?:^|[.!?\\n])\\s*(?:see|catch)\\s+you(?:\\s+(?:on|next))?\\s+$", PCRE2_CASELESS);
static DmPattern farewell_until_before_re = DM_PATTERN(
	"(?:^|[.!?,\\n])\\s*(?:tot|bis|till|until)\\s+$", PCRE2_CASELESS);
static DmPattern farewell_until_after_re = DM_PATTERN(
	"^\\s*(?:!|(?:dan|dann|then)(?!\\p{L}))", PCRE2_CASELESS);
/* ... unless the money comes along to that meeting ("Ik neem het geld mee naar de les. Tot
 * dinsdag!", "I'll bring the cash. See you Tuesday!", "Ich bringe das Geld zur Stunde mit.
 * Bis Dienstag dann!"): the meeting's day is then the payment's.  A promise only: what was
 * brought ("meegenomen", "brought", "mitgebracht") is no word here. */
static DmPattern farewell_money_along_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:neem|neemt|nemen|breng|brengt|brengen|geef|geeft|geven)(?!\\p{L})[^.!?\\n]{0,40}?(?<!\\p{L})mee(?!\\p{L})"
	"|meenemen|meebrengen|meegeven"
	"|bring(?:s|ing)?(?!\\p{L})|hand\\s+(?:it|the\\s+\\p{L}+|you\\s+the\\s+\\p{L}+)\\s+over"
	"|(?:bringe|bringt|bringen|gebe|geben)(?!\\p{L})[^.!?\\n]{0,40}?(?<!\\p{L})mit(?!\\p{L})|mitbringen|mitgeben"
	"|(?:bij|naar)\\s+de\\s+(?:volgende\\s+)?les|(?:at|to)\\s+the\\s+(?:next\\s+)?(?:lesson|session|class)"
	"|(?:in\\s+der|zur|bei\\s+der)\\s+(?:nächsten\\s+)?(?:stunde|unterrichtsstunde))(?!\\p{L})",
	PCRE2_CASELESS);
/* How far back the money's coming along is looked for: the sentences before the farewell. */
#define FAREWELL_LOOK_BACK 200

/* Whether the day at [@start, @end) of @text (@len bytes) is a farewell's, and the payment
 * not said to come along to that meeting. */
static gboolean
is_farewell(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 40);
	const char *before = text + from, *after = text + end;
	gsize before_len = start - from, after_len = dm_pattern_whole_chars(text + end, MIN(len - end, 60));
	if (!dm_pattern_match(&farewell_see_before_re, before, before_len, 0, &m) &&
	    !(dm_pattern_match(&farewell_until_before_re, before, before_len, 0, &m) &&
	      dm_pattern_match(&farewell_until_after_re, after, after_len, 0, &m)))
		return FALSE;
	gsize back = dm_reply_words_before(text, start, FAREWELL_LOOK_BACK);
	return !dm_pattern_match(&farewell_money_along_re, text + back, start - back, 0, &m);
}

/* A service thanked for on its day, in a clause that pays nothing: "Und nochmal danke,
 * dass ihr Lotti am Sonntag noch angeschaut habt", "Merci für die schnelle Hilfe mit dem
 * Boiler am Sonntag", "thanks for coming out on Saturday" (probe-de31, test-blind28).  The
 * thanks and its "dass", "für", "for" run up to the day with no comma or sentence end
 * between ("Danke für die Erinnerung, mache ich am Freitag" is a promise), and thank no
 * waiting ("danke, dass Sie bis Freitag warten"). */
static DmPattern event_thanks_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:danke|dank|merci|bedankt|dankjewel|dankuwel|thanks|thank\\s+you)(?!\\p{L})"
	"(?:\\s+\\p{L}+){0,2}?\\s*,?\\s*(?:dass|daß|für|fürs|voor|for|dat)(?!\\p{L})"
	"(?![^.!?,;\\n]*(?<!\\p{L})(?:wart\\p{L}*|gewartet|geduld\\p{L}*|gedulden|wait\\p{L}*|"
	"patience|wacht\\p{L}*|gewacht))[^.!?,;\\n]*$", PCRE2_CASELESS);

/* The day a reminder or an invoice came: "eine Zahlungserinnerung von Ihnen ist heute
 * gekommen", "die Mahnung habe ich gestern erhalten", "your reminder arrived today"
 * (probe-de31).  The document before the day in its clause, the coming right after it;
 * its "Zahlung" makes the clause one that pays, so this is asked whatever the clause says.
 * The document is a word of its own or a compound's end ("Zahlungserinnerung"). */
#define CAME_DOCUMENT_WORD \
	"(?<!\\p{L})\\p{L}*(?:erinnerung|mahnung|rechnung|aufforderung|herinnering|aanmaning|" \
	"factuur|reminder|invoice|brief|letter|schreiben)(?!\\p{L})"
static DmPattern event_document_came_before_re = DM_PATTERN(
	CAME_DOCUMENT_WORD "[^.!?,;\\n]{0,40}$", PCRE2_CASELESS);
/* ... or the coming said before the day: "your reminder arrived today", "die Rechnung kam
 * erst am Montag". */
static DmPattern event_document_came_first_re = DM_PATTERN(
	CAME_DOCUMENT_WORD "[^.!?,;\\n]{0,30}?(?<!\\p{L})"
	"(?:arrived|came|kam|kwam)(?:\\s+(?:erst|pas|only|on|am|op))*\\s*$", PCRE2_CASELESS);
static DmPattern event_document_came_after_re = DM_PATTERN(
	"^\\s*(?:\\p{L}+\\s+){0,2}?(?:gekommen|angekommen|eingetroffen|erhalten|bekommen|zugestellt|"
	"binnengekomen|ontvangen|aangekomen|gekregen|arrived|came|received)(?!\\p{L})", PCRE2_CASELESS);

/* A discount's term asked about: "ist 2 % Skonto bei Zahlung innerhalb von 10 Tagen noch
 * möglich, wie im Angebot?" (test-blind24), "is the 2% discount for payment within 10
 * days still on?".  The discount before the day, the sentence a question: a term, no day
 * the writer pays on ("Ich zahle mit 2 % Skonto innerhalb von 10 Tagen" keeps it). */
static DmPattern event_discount_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:skonto|korting|discount|rabatt)(?!\\p{L})[^.!?\\n]{0,50}$", PCRE2_CASELESS);
static DmPattern event_asked_after_re = DM_PATTERN("^[^.!?\\n]{0,80}\\?", PCRE2_CASELESS);

/* A pay verb, which keeps a day in its clause the payment's. */
#define PAY_VERB "(?<!\\p{L})(?:\\p{L}*zahl\\p{L}*|überw\\p{L}*|ueberw\\p{L}*|begleich\\p{L}*|beglichen|" \
	"pay\\p{L}*|paid|transfer\\p{L}*|betaal\\p{L}*|betaald|overmaak\\p{L}*|overgemaakt|" \
	"stort\\p{L}*|gestort)(?!\\p{L})"
/* ... or of doing what is asked ("doe ik hem", "I'll sort it", "mache ich"), which in a
 * reply to a reminder means the paying. */
#define DEED_VERB PAY_VERB "|(?<!\\p{L})(?:doe|doet|doen|do|does|mach|mache|machen|regel|regelen|" \
	"sort|send|stuur|schick\\p{L}*|maak|boek|schrijf|erledige|settle\\p{L}*|handle|fix|" \
	"take\\s+care|kümmer\\p{L}*)(?!\\p{L})"

/* The day the writer looks and gets back: "ich schau heute Abend ins Konto und melde
 * mich", "I'll check my account tonight and get back to you" (probe-de31).  No pay verb
 * in the clause before the day nor between it and the getting back ("ich überweise heute
 * Abend und melde mich" keeps its day). */
static DmPattern event_gets_back_before_re = DM_PATTERN(
	"(?:^|[.!?,;\\n])(?![^.!?,;\\n]*" PAY_VERB ")[^.!?,;\\n]*$", PCRE2_CASELESS);
static DmPattern event_gets_back_after_re = DM_PATTERN(
	"^(?![^.!?\\n]{0,70}?(?:" PAY_VERB "|(?<!\\p{L})maak\\s+(?:\\p{L}+\\s+){0,3}?over(?!\\p{L})))"
	/* (nor a paying verb's particle right after the day: "ik maak het vanavond over") */
	"(?!\\s*(?:over|ab)(?!\\p{L}))[^.!?\\n]{0,70}?(?<!\\p{L})(?:melde\\s+mich|melden\\s+uns|"
	"meld\\s+mi|get\\s+back\\s+to|laat\\s+(?:ik|we)\\s+(?:het\\s+)?(?:u|je|jullie)\\s+weten|"
	"let\\s+you\\s+know|"
	/* ... and as often said: "en laat het je (dan) weten", "meld mich" without its "e",
	 * "gebe Ihnen Bescheid", "come back to you" (test-blind31). */
	"laat\\s+(?:(?:ik|we)\\s+)?(?:het\\s+)?(?:u|je|jullie)\\s+(?:dan\\s+|wel\\s+)?weten|"
	"meld\\s+mich|(?:gebe?|geben|sag|sage)\\s+(?:ihnen|dir|euch)\\s+(?:dann\\s+)?bescheid|"
	"come\\s+back\\s+to\\s+you|"
	/* "ik kom er maandag (bij je) op terug", "ich komme am Montag darauf (auf Sie)
	 * zurück" (test-blind32); not coming back with the money ("kom er vrijdag op terug
	 * met de betaling") */
	"(?:(?:bij\\s+(?:je|jou|u|jullie)\\s+)?op\\s+terug|bij\\s+(?:je|jou|u|jullie)\\s+terug|"
	"(?:darauf|drauf)\\s+(?:\\p{L}+\\s+){0,2}?zurück|auf\\s+(?:sie|dich|euch)\\s+zurück)"
	"(?!\\s+(?:met|mit|with)(?!\\p{L})))(?!\\p{L})", PCRE2_CASELESS);

/* The day the money is expected to reach the owner, said with a modal of expectation:
 * "Normaal moet het vandaag of morgen bij jullie zijn", "it should reach you today or
 * tomorrow", "das Geld sollte morgen bei Ihnen sein" (test-blind31): its arrival, not the
 * day it was paid nor one promised.  The modal before the day with no pay verb after it
 * ("I should pay it today" keeps its day), the arrival before the day or after it. */
#define REACHES_OWNER \
	"(?<!\\p{L})(?:reach(?:es)?\\s+you|be\\s+with\\s+you|" \
	"bij\\s+(?:jullie|u|je)|op\\s+(?:jullie|uw|je)\\s+rekening|" \
	"bei\\s+(?:ihnen|euch|dir)|auf\\s+(?:ihrem|eurem|deinem)\\s+konto)(?!\\p{L})"
#define ARRIVES_WORDS \
	"(?:" REACHES_OWNER "|(?<!\\p{L})(?:arrive|land|show\\s+up|clear|binnenkomen|aankomen|" \
	"ankommen|eingehen|gutgeschrieben)(?!\\p{L}))"
static DmPattern event_arrives_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:should|ought\\s+to|sollte|sollten|müsste|dürfte|zou|moet|moeten|normaal|"
	"normally|normalerweise)(?!\\p{L})(?![^.!?\\n,]*" PAY_VERB ")[^.!?\\n,]*$", PCRE2_CASELESS);
static DmPattern event_arrives_in_before_re = DM_PATTERN(ARRIVES_WORDS "[^.!?\\n,]*$", PCRE2_CASELESS);
static DmPattern event_arrives_after_re = DM_PATTERN(
	"^[^.!?\\n,]{0,40}?" ARRIVES_WORDS, PCRE2_CASELESS);
/* ... but money that only arrives, with the payment after it in the sentence, is the
 * writer's own coming in ("Mein Gehalt sollte am 25. eingehen, dann überweise ich
 * sofort", review33a): the day it is paid; only money said to reach the owner is its
 * arrival then ("Das Geld sollte am Freitag bei Ihnen sein, ich überweise morgen"). */
static DmPattern event_reaches_in_before_re = DM_PATTERN(REACHES_OWNER "[^.!?\\n,]*$",
                                                         PCRE2_CASELESS);
static DmPattern event_reaches_after_re = DM_PATTERN("^[^.!?\\n,]{0,40}?" REACHES_OWNER,
                                                     PCRE2_CASELESS);

/* An application filed or granted on the day, in a clause that speaks of no payment:
 * "de consulent heeft de aanvraag op 28 september ingediend", "das Jobcenter hat den
 * Antrag am 30. September bewilligt", "sent in the application on 29 September"
 * (test-blind31): a fund's or an office's step, whose money the writer waits on, never a
 * payment's day (nor, read for a plan, a day a year ahead).  Dutch and German put the
 * participle after the day, English before it. */
static DmPattern event_applied_after_re = DM_PATTERN(
	"^\\.?[^.!?\\n,]{0,40}?(?<!\\p{L})(?:ingediend|aangevraagd|goedgekeurd|toegekend|"
	"eingereicht|beantragt|bewilligt|genehmigt)(?!\\p{L})", PCRE2_CASELESS);
static DmPattern event_applied_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:submitted|sent\\s+in|applied|approved|granted|filed|lodged)(?!\\p{L})"
	"[^.!?\\n,]{0,40}?(?<!\\p{L})(?:on|in)\\s+(?:the\\s+)?$", PCRE2_CASELESS);

/* The weekday a lesson, a class or a course is held on, in a clause that speaks of no
 * payment: "ins Schwimmtraining am Dienstag", "de zangles op donderdag", "the Thursday
 * class" (test-blind31: a child to join a class): a timetable's day.  The lesson a word of
 * its own or a compound's end ("Kindertanz", "zwemles"; not "alles"), right before "am",
 * "op", "on" and the day, or "class" right after it. */
static DmPattern event_lesson_before_re = DM_PATTERN(
	"(?:\\p{L}(?<!al)(?:les|lessen)|\\p{L}*(?:training|kurs|unterricht|tanz|turnen|lesson|"
	"lessons|class|classes|practice))\\s+(?:(?:am|op|on)\\s+)?$", PCRE2_CASELESS);
static DmPattern event_lesson_after_re = DM_PATTERN(
	"^\\s*(?:class|classes|lesson|lessons|practice)(?!\\p{L})", PCRE2_CASELESS);
/* ... but money brought to the lesson is paid on its day: "Ik neem het geld mee naar de
 * zwemles op donderdag", "I'll drop the money off at the practice on Monday" (review33a). */
static DmPattern event_lesson_money_re = DM_PATTERN(
	"(?<!\\p{L})(?:geld|bargeld|contant|cash|money|bedrag|betrag|amount|cheque|check|scheck)"
	"(?!\\p{L})[^.!?\\n]*$", PCRE2_CASELESS);

/* A move said on its day, in a clause that speaks of no payment: "we zijn half december
 * verhuisd", "wir sind Ende Dezember umgezogen", "we moved house at the end of December"
 * (test-blind31; a change from the day on is event_change_re's). */
static DmPattern event_moved_after_re = DM_PATTERN(
	"^\\.?[^.!?\\n,]{0,20}?(?<!\\p{L})(?:verhuisd|umgezogen|gezügelt|moved)(?!\\p{L})",
	PCRE2_CASELESS);
static DmPattern event_moved_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:verhuisd|umgezogen|moved(?:\\s+house)?)(?:\\s+(?:at|on|in|op|am))?"
	"(?:\\s+(?:the|de|dem))?\\s+$", PCRE2_CASELESS);

/* Where the writer is on the day: "morgen ben ik op de bouw", "ik zit maandag in Parijs",
 * "Tomorrow I'm on site all day", "I'm at the fair on Monday", "Morgen bin ich auf der
 * Baustelle" (test-blind12): a whereabouts, not a payment's day, when its sentence pays
 * or does nothing ("Vrijdag de 25e doe ik hem" names the day done).  The place follows a
 * preposition, so "ik ben op maandag" is none; the day after "tot", "t/m", "until", "bis"
 * ends a stay, the day back's to read (dm_reply_says_on_return, is_until_then). */
#define WRITER_IS "(?:(?:ben|zit|sta|bin|sitze|stehe)\\s+(?:ik|ich|we|wij|wir)|" \
	"(?:i|we)(?:['’]m|['’]re|\\s+am|\\s+are|['’]ll\\s+be|\\s+will\\s+be))"
#define AT_PLACE "(?:op|in|bij|aan|auf|im|bei|at|on)\\s+[^\\s.!?,;\\d]"
/* ... with at most a word or two of no meaning of their own between ("ben ik de hele dag
 * op de bouw", "I'm still on site"): not "I'm waiting on the money", nor "back in the
 * office" (a return). */
#define FILLER "(?:(?:nog|weer|ook|al|dan|de|hele|heel|den|ganzen|ganze|all|still|also|the|" \
	"whole|day|dag|tag|auch|noch|schon|daar|there|dort)\\s+){0,2}"
static DmPattern whereabouts_after_re = DM_PATTERN(
	"^\\s*" WRITER_IS "\\s+" FILLER AT_PLACE, PCRE2_CASELESS);
static DmPattern whereabouts_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:ik|ich|we|wij|wir)\\s+(?:ben|zit|sta|bin|sitze|stehe)|"
	"(?:i|we)(?:['’]m|['’]re|\\s+am|\\s+are|['’]ll\\s+be|\\s+will\\s+be))"
	"\\s+" FILLER AT_PLACE "[^.!?,;\\n]{0,30}$", PCRE2_CASELESS);
/* ... the day ending a stay, and the thing done in the sentence. */
static DmPattern stay_ends_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:tot(?:\\s+en\\s+met)?|t/m|bis(?:\\s+einschlie(?:ß|ss)lich)?|until|till|"
	"through|thru)\\s+(?:(?:zum|de|the|den|dem)\\s+)?$", PCRE2_CASELESS);
static DmPattern deed_re = DM_PATTERN(DEED_VERB, PCRE2_CASELESS);

/* Whether the day at [@start, @end) of @text (@len bytes), in a clause that pays nothing,
 * says where the writer is (whereabouts_after_re, whereabouts_before_re). */
static gboolean
is_whereabouts(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 60);
	if (said_before(&stay_ends_before_re, text, start, 32) ||
	    (!dm_pattern_match(&whereabouts_after_re, text + end,
	                       dm_pattern_whole_chars(text + end, MIN(len - end, 60)), 0, &m) &&
	     !dm_pattern_match(&whereabouts_before_re, text + from, start - from, 0, &m)))
		return FALSE;
	gsize s_from, s_to;
	dm_sentence_around(text, len, start, end, &s_from, &s_to);
	return !dm_pattern_match(&deed_re, text + s_from, s_to - s_from, 0, &m);
}

/* ... but a call followed in its sentence by the payment has the payment's day: "I'll
 * call you tomorrow and pay it then", "Ik bel je morgen en maak het dan over". */
static DmPattern event_call_pays_after_re = DM_PATTERN(
	"^[^.!?\\n]{0,60}?(?:" PAY_VERB "|(?<!\\p{L})maak\\s+(?:\\p{L}+\\s+){0,3}?over(?!\\p{L}))",
	PCRE2_CASELESS);

/* The writer's own payment in the sentence before a discount's day: "Ich zahle den Betrag
 * abzüglich 2 % Skonto am Freitag, ist das in Ordnung?", "I'll pay with the 2% discount
 * on Friday, is that ok?" ask consent to a promise with its day, not about the term. */
static DmPattern event_discount_own_pay_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:ich|wir|ik|wij|we|i)(?:'ll|\\s+will|\\s+shall)?\\s+" PAY_VERB "|"
	PAY_VERB "\\s+(?:ich|wir|ik|wij)(?!\\p{L}))[^.!?\\n]*$", PCRE2_CASELESS);

/* Whether the day between @before and @after is the one the money should arrive on. */
static gboolean
arrives_on(const char *before, gsize before_len, const char *after, gsize after_len)
{
	DmMatch m;
	if (!dm_pattern_match(&event_arrives_before_re, before, before_len, 0, &m))
		return FALSE;
	gboolean paid_after = dm_pattern_match(&event_call_pays_after_re, after, after_len, 0, &m);
	return dm_pattern_match(paid_after ? &event_reaches_in_before_re : &event_arrives_in_before_re,
	                        before, before_len, 0, &m) ||
	       dm_pattern_match(paid_after ? &event_reaches_after_re : &event_arrives_after_re, after,
	                        after_len, 0, &m);
}

/* A payment moved, in the day's sentence: its noun and a verb of moving, in either order
 * ("die Restzahlung für das Zelt auf nach dem Sommerfest verschieben, also nach dem 12.
 * September", "de restbetaling verzetten naar 30 september", "postpone the balance
 * payment to 1 October"; test-blind33).  The day is then the payment's, not a booking's
 * moved ("den Termin auf den 30. verschieben"), though the booking's words stand near it
 * ("für das Zelt") and "verschieben" is one of them.  The noun a word of its own or a
 * compound's end ("Restzahlung", "aanbetaling"). */
#define MOVED_PAYMENT \
	"(?:\\p{L}*(?:zahlung|zahlungen|betaling|betalingen)|payment|payments|saldo|restant|" \
	"restbedrag|restbetrag|balance)"
#define MOVING_VERB \
	"(?:verschieben|verschoben|aufschieben|hinausschieben|verzetten|verzet|verplaatsen|" \
	"verplaats|uitstellen|opschuiven|postpone|postponed|defer|deferred|push\\s+back|move|" \
	"moved|reschedule|rescheduled)"
/* (Within the sentence: a full stop only after a digit, a date's: "auf den 30. September
 * verschieben".) */
#define IN_SENTENCE "(?:[^.!?\\n]|(?<=\\d)\\.)"
static DmPattern moves_payment_re = DM_PATTERN(
	"(?<!\\p{L})(?:" MOVED_PAYMENT "(?!\\p{L})" IN_SENTENCE "*?(?<!\\p{L})" MOVING_VERB "|"
	MOVING_VERB "(?!\\p{L})" IN_SENTENCE "{0,30}?(?<!\\p{L})" MOVED_PAYMENT ")(?!\\p{L})",
	PCRE2_CASELESS);

/* Whether the sentence around [@start, @end) of @text (@len bytes) moves a payment: a
 * match that starts in it and runs on over the day's own dot. */
static gboolean
moves_payment(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	dm_sentence_around(text, len, start, end, &from, &to);
	gsize reach = dm_pattern_whole_chars(text + from, MIN(len, MAX(to, end) + 120) - from);
	DmMatch m;
	return dm_pattern_match(&moves_payment_re, text + from, reach, 0, &m) &&
	       m.start[0] < to - from;
}

/* Whether the date expression at [@start, @end) of @text (@len bytes), in a clause that
 * speaks of paying or (@pays) not, is another event's day by the words around it. */
static gboolean
is_other_event(const char *text, gsize len, gsize start, gsize end, gboolean pays)
{
	DmMatch m;
	gsize from = dm_reply_words_before(text, start, 40);
	const char *before = text + from, *after = text + end;
	gsize before_len = start - from, after_len = dm_pattern_whole_chars(text + end, MIN(len - end, 60));
	/* The optional dot event_booking_after_re allows is a date's own ("am 28.10."), not
	 * a sentence's end: "het restant volgt eind van de maand. Het buffet op de
	 * verjaardag …" gives the birthday nothing. */
	gboolean ended = end < len && text[end] == '.' && end > start &&
	                 !g_ascii_isdigit(text[end - 1]);
	gsize booking_after_len = ended ? 0 : after_len;
	/* The getting back may stand further on: "kijk vanavond even in mijn bank of het al
	 * is afgeschreven en laat het je weten". */
	gsize gets_back_len = dm_pattern_whole_chars(text + end, MIN(len - end, 90));
	if (is_farewell(text, len, start, end) ||
	    (dm_pattern_match(&event_document_came_before_re, before, before_len, 0, &m) &&
	     dm_pattern_match(&event_document_came_after_re, after, after_len, 0, &m)) ||
	    dm_pattern_match(&event_document_came_first_re, before, before_len, 0, &m) ||
	    (dm_pattern_match(&event_discount_before_re, before, before_len, 0, &m) &&
	     dm_pattern_match(&event_asked_after_re, after, after_len, 0, &m) &&
	     !said_before(&event_discount_own_pay_re, text, start, 100)) ||
	    arrives_on(before, before_len, after, after_len) ||
	    (dm_pattern_match(&event_gets_back_before_re, before, before_len, 0, &m) &&
	     dm_pattern_match(&event_gets_back_after_re, after, gets_back_len, 0, &m)) ||
	    dm_pattern_match(&event_death_before_re, before, before_len, 0, &m) ||
	    dm_pattern_match(&event_death_after_re, after, after_len, 0, &m) ||
	    dm_pattern_match(&event_cancel_before_re, before, before_len, 0, &m) ||
	    (names_which_booking(before, before_len) && !moves_payment(text, len, start, end)) ||
	    dm_reply_event_named_again(text, len, start, end) ||
	    (dm_pattern_match(&event_effective_re, before, before_len, 0, &m) &&
	     dm_pattern_match(&event_change_re, after, after_len, 0, &m)) ||
	    dm_pattern_match(&event_price_before_re, before, before_len, 0, &m) ||
	    dm_pattern_match(&event_appointed_before_re, before, before_len, 0, &m) ||
	    dm_pattern_match(&event_payer_pays_before_re, before, before_len, 0, &m) ||
	    (dm_pattern_match(&event_payer_before_re, before, before_len, 0, &m) &&
	     dm_pattern_match(&event_payer_verb_after_re, after, after_len, 0, &m)))
		return TRUE;
	/* A payment moved to the day: its booking words say what is paid for. */
	gboolean booked = !moves_payment(text, len, start, end);
	if (!pays)
		return dm_pattern_match(&event_since_re, before, before_len, 0, &m) ||
		       dm_pattern_match(&event_applied_after_re, after, after_len, 0, &m) ||
		       (dm_pattern_match(&event_lesson_before_re, before, before_len, 0, &m) &&
		        !dm_pattern_match(&event_lesson_money_re, before, before_len, 0, &m)) ||
		       dm_pattern_match(&event_moved_after_re, after, after_len, 0, &m) ||
		       dm_pattern_match(&event_moved_before_re, before, before_len, 0, &m) ||
		       is_whereabouts(text, len, start, end) ||
		       dm_pattern_match(&event_lesson_after_re, after, after_len, 0, &m) ||
		       dm_pattern_match(&event_applied_before_re, before, before_len, 0, &m) ||
		       said_before(&event_thanks_before_re, text, start, 100) ||
		       dm_pattern_match(&event_after_re, after, after_len, 0, &m) ||
		       dm_pattern_match(&event_sent_after_re, after, after_len, 0, &m) ||
		       (booked && dm_pattern_match(&event_booking_before_re, before, before_len, 0, &m)) ||
		       (dm_pattern_match(&event_call_before_re, before, before_len, 0, &m) &&
		        !dm_pattern_match(&event_call_pays_after_re, after, after_len, 0, &m)) ||
		       (booked && booking_after(after, booking_after_len, after_len));
	/* A booking's day in a part of the clause that pays nothing, the payment's day in
	 * another. */
	return booked &&
	       (dm_pattern_match(&event_booking_near_re, before, before_len, 0, &m) ||
	        booking_after(after, booking_after_len, after_len)) &&
	       !comma_part_pays(text, len, start, end);
}

/* "Na goedkeuring volgt betaling binnen 30 dagen", "nach Freigabe zahlen wir am 15.":
 * a day that waits on a condition no one has met is no day (corpus/replies/README.md,
 * test-blind3: "a promise that is only conditional has no day"). */
static DmPattern condition_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:na\\s+(?:(?:uw|jullie|de|onze)\\s+)?(?:goedkeuring|akkoord|fiattering)|"
	"(?:after|upon|on)\\s+(?:(?:your|the|our)\\s+)?approval|once\\s+(?:it\\s+is\\s+)?approved|"
	"nach\\s+(?:(?:der|ihrer|unserer)\\s+)?(?:freigabe|genehmigung))"
	"(?!\\p{L})[^.!?\\n]*$", PCRE2_CASELESS);

/* Whether the date expression at @start of @text waits on a condition in its sentence. */
static gboolean
is_conditional(const char *text, gsize start)
{
	return said_before(&condition_before_re, text, start, 100);
}

/* A clause opened by "if", "once", "als", "zodra", "wenn", "sobald": what it waits on
 * lies ahead whatever its verbs say ("wenn am 28. das Gehalt kommt, ist die Rechnung am
 * selben Tag bezahlt", "als het salaris er de 25e is"; probe-hedges25.jsonl). */
static DmPattern condition_clause_re = DM_PATTERN(
	"(?:^|[^\\p{L}])"
	/* Not an "if" of memory, which hedges a day gone by ("als het goed is heb ik het
	 * maandag betaald", "if I remember right", "wenn ich mich recht erinnere", "falls
	 * ich mich nicht irre", "if I'm not mistaken"). */
	"(?!(?:als|if|wenn|falls|indien)\\s+(?:het\\s+goed\\s+is|ik\\s+me\\s+(?:goed|niet)|"
	"ik\\s+het\\s+goed|i\\s+(?:remember|recall|recollect)|i\\s*(?:'|’)?m\\s+not\\s+mistaken|"
	"i\\s+am\\s+not\\s+mistaken|memory\\s+serves|"
	"ich\\s+mich\\s+(?:recht\\s+|richtig\\s+)?(?:erinnere|nicht\\s+irre)))"
	"(?:wenn|falls|sobald|sofern|zodra|indien|mits|if|"
	/* "once" as "as soon as", not "once" of a time before ("I paid this once on
	 * Monday", "once already"): a subject follows it. */
	"once(?=\\s+(?!(?:on|in|at|by|before|already|again|more|or|and|last|this|that|a)"
	"(?!\\p{L}))\\p{L})|"
	"as\\s+soon\\s+as|provided|"
	/* The Dutch "als" by its Dutch subject: the German "als" is "when" of a day gone
	 * ("als er am Samstag das Gerät gebracht hat"). */
	"als\\s+(?:het|de|mijn|ik|we|wij|jullie|u|je|onze|ons))"
	"(?!\\p{L})[^.!?;\\n,]*$", PCRE2_CASELESS);

/* Whether the date expression at @start of @text is in a clause that waits on a
 * condition. */
static gboolean
in_condition_clause(const char *text, gsize start)
{
	return said_before(&condition_clause_re, text, start, 60);
}

/* Words that make a date a deadline, right before it ("uiterlijk de 15e", "ten laatste
 * donderdag", "spätestens Dienstag", "bis zum 15.", "by Friday", "no later than the
 * 20th", "tegen de 10de") or right after it ("Friday at the latest", "vrijdag op zijn
 * laatst"): the day the writer commits to, which lies ahead whatever the clause's verbs
 * say ("Bis zum 15. ist alles bezahlt") and wins over another day on the same side ("am
 * Montag, spätestens Dienstag"). */
static DmPattern deadline_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:uiterlijk|ten\\s+laatste|uiterst|sp[aä]testens|längstens|"
	"bis|by|no\\s+later\\s+than|not\\s+later\\s+than|tegen|vóór)"
	"\\s+(?:(?:zum|zur|am|de|den|dem|the|op|on|het)\\s+)?$", PCRE2_CASELESS);
static DmPattern deadline_lead_re = DM_PATTERN(
	"^(?:bis|by|tegen|vóór)\\s", PCRE2_CASELESS);
static DmPattern deadline_after_re = DM_PATTERN(
	"^\\s*,?\\s*(?:at\\s+the\\s+latest|op\\s+(?:zijn|z'n)\\s+laatst|latest)(?!\\p{L})",
	PCRE2_CASELESS);

/* Words that make a date the start of something to come: "starting the 1st", "vanaf
 * vrijdag", "ab dem 15.", "beginning this Friday", "erstmals zum 15.", "for the first time
 * on the 1st" — a plan's first day, or the first of payments made (starts_ahead tells
 * which). */
static DmPattern start_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:starting|beginning|commencing|vanaf|ingaande|te\\s+beginnen|beginnend|"
	"startend|ab|erstmals|erstmalig|first\\s+time|voor\\s+het\\s+eerst)"
	/* "starting on the 28th", "ab dem", "vanaf de": a preposition and an article. */
	"\\s+(?:(?:on|op|am|zum|dem|den|de|the|with|met|mit)\\s+){0,2}$",
	PCRE2_CASELESS);

/* Whether the date expression at @start of @text starts something. */
static gboolean
is_start(const char *text, gsize start)
{
	return said_before(&start_before_re, text, start, 32);
}

/* A plan's end after its start, in the same sentence: "until it's paid (off)", "tot
 * alles betaald is", "bis alles bezahlt ist" — a participle that is no payment made. */
static DmPattern until_paid_re = DM_PATTERN(
	"\\A[^.!?;\\n]*?(?<!\\p{L})(?:until|till|tot(?:dat)?|bis)(?!\\p{L})[^.!?;\\n]{0,32}?"
	"(?<!\\p{L})(?:paid|settled|cleared|betaald|afbetaald|voldaan|bezahlt|abbezahlt|beglichen)"
	"(?!\\p{L})", PCRE2_CASELESS);

/* A standing order or a dated transfer set up, in the sentence before the day: "I've set
 * up a standing order for £75 a month starting on the 28th", "einen Dauerauftrag
 * eingerichtet, erstmals zum 15.", "een periodieke overboeking ingesteld vanaf de 1e".
 * What was set up runs from its first day on, which lies ahead though the verb is past. */
static DmPattern set_up_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:set\\s+up|setup|eingerichtet|angelegt|ingesteld|aangemaakt|klaargezet|"
	"klaar\\s+gezet|arranged)(?!\\p{L})[^.!?\\n]*$", PCRE2_CASELESS);

/* Whether the date expression at [@start, @end) of @text (@len bytes), in a clause of
 * @tense, starts something to come: "starting the 1st", "vanaf vrijdag", "ab dem 1."
 * read forwards whatever the clause's verbs say, but not in a report of payments made
 * ("Vanaf 1 oktober heb ik elke maand 50 euro overgemaakt", "Starting 1 October we have
 * paid ..."): a past clause keeps its way unless its participle is the plan's end ("$50
 * a month starting the 1st until it's paid"). */
static gboolean
starts_ahead(const char *text, gsize len, gsize start, gsize end, DmReplyTense tense)
{
	if (!is_start(text, start))
		return FALSE;
	if (tense != DM_TENSE_PAST || said_before(&set_up_before_re, text, start, 120))
		return TRUE;
	DmMatch m;
	return dm_pattern_match(&until_paid_re, text + end, MIN(len - end, 120), 0, &m);
}

/* Whether the date expression at [@start, @end) of @text (@len bytes) is a deadline. */
static gboolean
is_deadline(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	return said_before(&deadline_before_re, text, start, 32) ||
	       dm_pattern_match(&deadline_lead_re, text + start, end - start, 0, &m) ||
	       dm_pattern_match(&deadline_after_re, text + end, MIN(len - end, 40), 0, &m);
}

/* "tot de 20e met vakantie, daarna wordt hij betaald", "bis zum 10. Juli in den Ferien.
 * Danach ...": a day named as the end of something, with what is asked for after it —
 * the day after it (corpus/replies/README.md), as "na de 25e" is.  The "then" may come a
 * sentence later, after what fills the time: "bis zum 20. Februar bin ich auf Urlaub und
 * habe keinen Zugriff aufs Onlinebanking. Danach ...".  So too when the day is the last
 * one of the time ("t/m 9 augustus in Frankrijk ... Daarna", "through August 12, after
 * that", "bis einschließlich", Swiss "bis und mit"; test-blind33): the writer's own
 * calendar day after it, not an out-of-office's day back past a weekend. */
#define UNTIL_WORDS "tot(?:\\s+en\\s+met)?|t/m|t\\.(?:e\\.)?m\\.?|bis(?:\\s+einschlie(?:ß|ss)lich|" \
	"\\s+und\\s+mit)?|until|till|through|thru|up\\s+to\\s+and\\s+including"
static DmPattern until_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:" UNTIL_WORDS ")"
	/* ... and a weekday before the day: "t/m zaterdag 15 augustus" */
	"\\s+(?:(?:zum|de|the|den|dem)\\s+)?(?:(?&" DM_PATTERN_WEEKDAY ")\\.?,?\\s+)?$", PCRE2_CASELESS);
static DmPattern then_after_re = DM_PATTERN(
	"^[^\\n]{0,110}?[^\\p{L}](?:daarna|danach|anschließend|after\\s+that|afterwards|"
	"thereafter)(?!\\p{L})", PCRE2_CASELESS);

/* "Op 30 januari krijg ik zelf geld binnen, de dag erna doe ik de jouwe", "my own invoices
 * get paid on the 27th, the day after I'll send yours", "am 27. bekomme ich mein Geld, am
 * Tag danach überweise ich": the day after the day named, told by it, in the sentence or
 * the next, no other number between, with the thing done after it (a verb of paying or
 * doing) — not the money's arrival the day after ("de dag erna staat het op je rekening"),
 * nor "the day after tomorrow" (a day of its own). */
static DmPattern day_after_re = DM_PATTERN(
	"^[^\\d\\n!?]{0,80}?(?<!\\p{L})(?:de\\s+dag\\s+(?:erna|daarna|daarop)|daags\\s+(?:erna|daarna)|"
	"een\\s+dag\\s+later|the\\s+(?:next|following)\\s+day|a\\s+day\\s+later|"
	"the\\s+day\\s+after(?=\\s*[,;:]|\\s+(?:i|i['’]ll|we|we['’]ll|it|it['’]ll)(?!\\p{L}))|"
	"am\\s+(?:tag\\s+danach|nächsten\\s+tag|folgenden\\s+tag|darauffolgenden\\s+tag)|"
	"tags\\s+darauf|einen\\s+tag\\s+(?:später|danach))(?!\\p{L})"
	"[^.!?\\n]{0,40}?(?:" DEED_VERB ")", PCRE2_CASELESS);

/* A span without payments, the accounts payable's year-end freeze: "tot en met 5 januari
 * worden er geen betalingen gedaan", "a payment freeze from Dec 20 through Jan 4", "vom
 * 21.12. bis 04.01. finden keine Zahlläufe statt", "between 21 December and 3 January no
 * payments are made" (test-blind32).  Its days are no payment's; the payment is the run
 * named after it, or with "daarna", "danach", "after that" the day after the span.  The
 * day ends or opens the span (FREEZE_SPAN right before it), and the words that stop the
 * payments stand in its sentence, before or after it: "keine Zahlungen mehr offen, die
 * letzte am 3. Dezember" is no span. */
#define FREEZE_WORDS \
	"(?<!\\p{L})(?:geen\\s+(?:\\p{L}+\\s+)?(?:betalingen|betaling|betaalruns?|betaalrondes?|" \
	"uitbetalingen|overboekingen)|betaalstop|betalingsstop|" \
	"no\\s+(?:\\p{L}+\\s+)?(?:payments?|payment\\s+runs?|pay\\s+runs?)|(?:payments?\\s+)?freeze|" \
	"keine\\s+(?:\\p{L}+\\s+)?(?:zahlungen|zahlläufe|zahlungsläufe|überweisungen|auszahlungen)|" \
	"zahlungsstopp|zahlungssperre)(?!\\p{L})"
#define FREEZE_SPAN_END UNTIL_WORDS "|en|and|und"
static DmPattern freeze_before_re = DM_PATTERN(FREEZE_WORDS IN_SENTENCE "{0,120}$", PCRE2_CASELESS);
/* (The date's own closing dot may stand first: "bis 04.01. finden keine Zahlläufe".) */
static DmPattern freeze_after_re = DM_PATTERN("^\\.?" IN_SENTENCE "{0,120}?" FREEZE_WORDS,
                                              PCRE2_CASELESS);
static DmPattern freeze_span_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:" FREEZE_SPAN_END "|from|vom|van(?:af)?|von|ab|tussen|between|zwischen)"
	"\\s+(?:(?:zum|de|the|den|dem|der)\\s+)?$", PCRE2_CASELESS);
static DmPattern freeze_span_end_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:" FREEZE_SPAN_END ")\\s+(?:(?:zum|de|the|den|dem|der)\\s+)?$",
	PCRE2_CASELESS);

/* Whether the date expression at [@start, @end) of @text (@len bytes) opens or ends a
 * span without payments. */
static gboolean
in_freeze(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	if (!said_before(&freeze_span_re, text, start, 24))
		return FALSE;
	gsize from = start > 160 ? start - 160 : 0;
	return dm_pattern_match(&freeze_before_re, text + from, start - from, 0, &m) ||
	       dm_pattern_match(&freeze_after_re, text + end,
	                        dm_pattern_whole_chars(text + end, MIN(len - end, 160)), 0, &m);
}

/* Whether the date expression at [@start, @end) of @text (@len bytes) ends a time after
 * which the thing is done ("tot ... daarna", or a span without payments ended: "between
 * 21 December and 3 January no payments ... After that"), or names the day before the one
 * it is done on. */
static gboolean
is_until_then(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	gsize ahead = dm_pattern_whole_chars(text + end, MIN(len - end, 130));
	gboolean ends = said_before(&until_before_re, text, start, 40) ||
	                (said_before(&freeze_span_end_re, text, start, 24) &&
	                 in_freeze(text, len, start, end));
	return (ends && dm_pattern_match(&then_after_re, text + end, ahead, 0, &m)) ||
	       dm_pattern_match(&day_after_re, text + end, ahead, 0, &m);
}

/* A payment a span before a day named for an event: "We komen op 18 juli, dus ik maak het
 * restant uiterlijk twee weken daarvoor over", "We arrive on 24 July, so I'll pay the
 * balance two weeks before that", "Wir reisen am 24. Juli an, den Rest überweise ich zwei
 * Wochen vorher"; "Ik betaal het restant twee weken voor aankomst. We komen 24 juli aan",
 * "ten days before our arrival on 24 July".  The day named is the event's (an arrival, a
 * departure, a wedding, a party: never a payment's, test-blind33's calls), and the
 * payment's is that day less the span, the last day the writer allows; with no day named
 * ("two weeks before the trip") there is none.  The writer's own promise ("ik", "I'll",
 * "wir" and a verb of paying, not in a past clause) tells the span is a payment's, not a
 * cancellation's ("zwei Tage vorher abgesagt") nor the contract's terms ("het saldo moet
 * zes weken voor het feest betaald zijn"). */
#define SPAN_BACK_UNIT "(dagen|dag|days?|tage|tagen|weken|week|weeks|wochen|woche|fortnight)"
/* ... told after the day: the span and "daarvoor", "before that", "vorher", with no other
 * number between (group 1 the count, 2 the unit) ... */
static DmPattern span_back_after_re = DM_PATTERN(
	"^[^\\d\\n]{0,100}?(?<!\\p{L})" COUNT "\\s+" SPAN_BACK_UNIT "\\s+"
	"(?:daarvoor|ervoor|van\\s+tevoren|vooraf|voordien|before\\s+(?:that|then)|beforehand|"
	"in\\s+advance|earlier|vorher|davor|zuvor|im\\s+voraus|früher)(?!\\p{L})",
	PCRE2_CASELESS);
/* ... or before an event named, whose day the text names in the day's sentence (groups 1
 * and 2 the same). */
#define SPAN_EVENT \
	"(?:aankomst|komst|vertrek|aanvang|reis|bruiloft|trouwerij|huwelijk|feest|evenement|" \
	"arrival|departure|trip|journey|wedding|party|event|stay|holiday|" \
	"anreise|ankunft|abreise|abfahrt|reise|hochzeit|feier|fest|veranstaltung|aufenthalt)"
static DmPattern span_back_event_re = DM_PATTERN(
	"(?<!\\p{L})" COUNT "\\s+" SPAN_BACK_UNIT "\\s+(?:voor|vóór|before|prior\\s+to|vor)\\s+"
	"(?:(?:de|het|the|der|dem|den|die|das|onze|ons|mijn|our|my|unserer|unserem|meiner|"
	"meinem)\\s+)?" SPAN_EVENT "(?!\\p{L})", PCRE2_CASELESS);
/* ... right before the day: "ten days before our arrival on 24 July", "14 Tage vor der
 * Anreise am 24. Juli" (a clause that pays as well). */
static DmPattern span_back_event_on_re = DM_PATTERN(
	"(?<!\\p{L})" COUNT "\\s+" SPAN_BACK_UNIT "\\s+(?:voor|vóór|before|prior\\s+to|vor)\\s+"
	"(?:(?:de|het|the|der|dem|den|die|das|onze|ons|mijn|our|my|unserer|unserem|meiner|"
	"meinem)\\s+)?" SPAN_EVENT "\\s*[,(]?\\s*(?:(?:op|on|am)\\s+)?(?:(?:de|the|den|dem)\\s+)?$",
	PCRE2_CASELESS);
/* ... the event, or its coming about, in the day's sentence before the day or just after
 * it ("We komen 24 juli aan"). */
static DmPattern span_event_day_re = DM_PATTERN(
	"(?<!\\p{L})(?:" SPAN_EVENT "|aankomen|komen|kom|komt|vertrekken|trouwen|arrive|arrives|"
	"arriving|leave|leaving|depart|departing|come|coming|marry|kommen|komme|ankommen|anreisen|"
	"reisen|abreisen|heiraten)(?!\\p{L})", PCRE2_CASELESS);
/* The writer in the promise's sentence. */
static DmPattern span_writer_re = DM_PATTERN(
	"(?<!\\p{L})(?:ik|we|wij|i|i['’]ll|we['’]ll|ich|wir)(?!\\p{L})", PCRE2_CASELESS);

/* Whether the span at @span (a match of @text, @len bytes) is the writer's promise to
 * pay: the writer and a verb of paying in its sentence, the clause not a past one. */
static gboolean
span_promised(const char *text, gsize len, const DmMatch *span)
{
	gsize start = (gsize) (span->subject - text) + span->start[0];
	gsize end = (gsize) (span->subject - text) + span->end[0];
	gsize from, to;
	dm_sentence_around(text, len, start, end, &from, &to);
	DmMatch m;
	gboolean pays = FALSE;
	return dm_pattern_match(&span_writer_re, text + from, to - from, 0, &m) &&
	       dm_reply_clause_read(text, len, start, end, &pays) != DM_TENSE_PAST &&
	       (pays || dm_pattern_match(&deed_re, text + from, to - from, 0, &m));
}

/* Whether a span told after the day at [@start, @end) of @text (@len bytes), or before an
 * event the day's sentence names, counts back from it: into @m. */
static gboolean
span_of_event_day(const char *text, gsize len, gsize start, gsize end, DmMatch *m)
{
	gsize ahead = dm_pattern_whole_chars(text + end, MIN(len - end, 140));
	if (dm_pattern_match(&span_back_after_re, text + end, ahead, 0, m))
		return TRUE;
	gsize from, to;
	dm_sentence_around(text, len, start, end, &from, &to);
	gsize reach = dm_pattern_whole_chars(text + from, MIN(len, MAX(to, end) + 24) - from);
	DmMatch event;
	return dm_pattern_match(&span_event_day_re, text + from, reach, 0, &event) &&
	       dm_pattern_match(&span_back_event_re, text, len, 0, m);
}

/* The days before the day at [@start, @end) of @text (@len bytes), in a clause that
 * speaks of paying or (@pays) not, that the writer promises to pay, or 0 (see
 * span_back_after_re).  A day in a clause that pays is the payment's, unless the span
 * stands right before it. */
static guint
days_before_event(const char *text, gsize len, gsize start, gsize end, gboolean pays)
{
	DmMatch m;
	gsize back = dm_reply_words_before(text, start, 90);
	if ((!dm_pattern_match(&span_back_event_on_re, text + back, start - back, 0, &m) &&
	     (pays || !span_of_event_day(text, len, start, end, &m))) ||
	    !span_promised(text, len, &m))
		return 0;
	g_autofree char *count = group(&m, 1);
	g_autofree char *unit = group(&m, 2);
	int n = count_number(count);
	return n > 0 && n <= 366 ? span_days(n, unit) : 0;
}

/* A day that names the one said before it more closely: "Die gaat eind deze week mee met
 * de betalingen. Onze boekhouder doet die altijd op zaterdag, dus zaterdag 31 oktober",
 * "end of the week, that's Friday the 13th", "Ende der Woche, also am Freitag".  The
 * writer's last word on the same payment wins over the vaguer day it refines, even where
 * only that one's clause names the paying (test-blind29). */
static DmPattern refines_before_re = DM_PATTERN(
	"(?:^|[^\\p{L}])(?:dus|oftewel|ofwel|namelijk|dat\\s+is|that\\s+is|that['’]s|i\\.e\\.|"
	"sprich|nämlich|das\\s+ist|d\\.\\s?h\\.|(?<=,)\\s*also)"
	/* ... with a preposition, or one word such as the weekday, between: "dus zaterdag
	 * 31 oktober" */
	"\\s*,?\\s*(?:(?:op|on|am|the|de|den|dem|zum)\\s+)?(?:\\p{L}+\\s*,?\\s+)?"
	"(?:(?:the|de|den|dem)\\s+)?$", PCRE2_CASELESS);
/* ... said as an apposition, closing its clause: not "dus maandag hoeft u niet te bellen". */
static DmPattern refines_after_re = DM_PATTERN("\\A\\s*(?:[.!?,;)\\n]|\\z)", 0);

/* Whether the date expression at [@start, @end) of @text (@len bytes) refines a day said
 * before it. */
static gboolean
is_refining(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	return said_before(&refines_before_re, text, start, 32) &&
	       dm_pattern_match(&refines_after_re, text + end, MIN(len - end, 8), 0, &m);
}

/* How well a date fits the sense asked for: 0 on the right side of the reference, 1 on
 * it, 2 on the wrong side ("vandaag de helft, de rest vrijdag" promises Friday). */
static int
side_rank(const GDate *d, const GDate *ref, gboolean past)
{
	int c = g_date_compare(d, ref);
	if (c == 0)
		return 1;
	return (c > 0) != past ? 0 : 2;
}

typedef struct {
	gboolean found;
	int rank;
	gboolean pays;              /* its clause speaks of paying (dm_reply_clause_pays) */
	gboolean deadline;          /* is_deadline */
	gsize start, end;
	DateKind kind;
	GDate date;
	gboolean remainder;         /* is_remainder: the day of what is left to pay */
	gboolean income;            /* is_income_day: the day the writer's money comes */
	gboolean first_part;        /* is_first_part: the day of a plan's first part */
	gboolean refining;          /* is_refining: names a day said before it more closely */
} Candidate;

/* "het eerste salaris komt pas eind augustus", "my first pay cheque only comes at the end
 * of October", "das Gehalt kommt erst Ende Oktober": the day the writer's income comes,
 * said of the income in its own clause (no comma between).  It is the payment's day only
 * when the writer ties the payment to it and names no other ("als het salaris er de 25e
 * is, betaal ik"; corpus/replies/README.md, the calls of probe-hedges25): a plan's first
 * instalment named beside it ("het eerste begin volgende maand") wins (better). */
static DmPattern income_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:salaris|salarissen|loon|inkomen|uitkering|pensioen|vakantiegeld|"
	"salary|wages?|pay\\s?(?:cheque|check)|paycheck|payday|income|pension|benefits?|"
	"gehalt|lohn|zahltag|einkommen|urlaubsgeld|weihnachtsgeld)(?!\\p{L})"
	"[^.!?;,\\n]{0,40}$", PCRE2_CASELESS);

/* ... or of money someone pays the writer: "mijn klant betaalt mij op de 24e", "I'm
 * waiting on a client paying me, should be in by Monday" (the sentence up to the day, the
 * writer not its subject again: not "…, I'll pay you on Friday") ... */
static DmPattern paid_me_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:pay|pays|paying|settles?|settling|betaalt|betalen|zahlt|zahlen|bezahlt|"
	"überweist)\\s+(?:with\\s+)?(?:me|mij|mir|us|ons|uns)(?!\\p{L})"
	"(?:(?!(?<!\\p{L})(?:ik|i|i['’]ll|i['’]m|ich|we|we['’]ll|wij|wir)(?!\\p{L}))[^.!?;\\n]){0,50}$",
	PCRE2_CASELESS);
/* ... a customer's, a client's or an employer's payment, its verb anywhere in the day's
 * part of the sentence ("ik verwacht dat de klant me rond de 20e betaalt", "Mein Kunde
 * zahlt am 14.") ... */
static DmPattern customer_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:klant|klanten|opdrachtgever|opdrachtgevers|afnemer|afnemers|werkgever|"
	"client|clients|customer|customers|employer|kunde|kunden|auftraggeber|arbeitgeber)"
	"(?!\\p{L})[^.!?;,\\n]{0,40}$", PCRE2_CASELESS);
static DmPattern pay_verb_re = DM_PATTERN(PAY_VERB, PCRE2_CASELESS);
/* ... or money the writer gets in: "Op 30 januari krijg ik mijn eigen betalingen binnen",
 * "am 27. bekomme ich mein Geld", "I get my money on the 27th": the writer, a verb of
 * getting and the money, in the day's part of the sentence. */
static DmPattern gets_money_re = DM_PATTERN(
	"^(?=.*?(?<!\\p{L})(?:ik|we|wij|i|ich|wir)(?!\\p{L}))"
	"(?=.*?(?<!\\p{L})(?:krijg|krijgen|ontvang|ontvangen|bekomme|bekommen|kriege|kriegen|"
	"erhalte|erhalten|get|receive)(?!\\p{L}))"
	"(?=.*?(?<!\\p{L})(?:binnen|geld|betaling|betalingen|salaris|loon|money|payment|payments|"
	"wages|gehalt|lohn|zahlung|zahlungen)(?!\\p{L}))", PCRE2_CASELESS);

/* Whether the date expression at [@start, @end) of @text (@len bytes) is said of the
 * writer's income: money that comes to the writer, which the writer's own payment
 * follows. */
static gboolean
is_income_day(const char *text, gsize len, gsize start, gsize end)
{
	if (said_before(&income_before_re, text, start, 56) ||
	    said_before(&paid_me_before_re, text, start, 80))
		return TRUE;
	gsize from, to;
	part_around(text, len, start, end, &from, &to);
	DmMatch m;
	return (said_before(&customer_before_re, text, start, 56) &&
	        dm_pattern_match(&pay_verb_re, text + from, to - from, 0, &m)) ||
	       dm_pattern_match(&gets_money_re, text + from, to - from, 0, &m);
}

/* The writer's payment tied to the income's day, after it in its sentence: a word of the
 * same time ("dan", "then", "dann", "the same day", "diezelfde dag", "meteen", "sofort")
 * and a verb of paying or doing, in either order ("Mijn klant betaalt mij de 25e, dan maak
 * ik het meteen over", "My salary comes on the 28th, I'll pay you then"). */
static DmPattern income_tied_re = DM_PATTERN(
	"^(?=[^.!?\\n]{0,80}?(?<!\\p{L})(?:dan|then|dann|da|meteen|direct|sofort|gleich|"
	"immediately|(?:right|straight)\\s+away|(?:the\\s+)?same\\s+day|that\\s+day|"
	"(?:die|de)zelfde\\s+dag|(?:am\\s+)?(?:selben|gleichen)\\s+tag)(?!\\p{L}))"
	"(?=[^.!?\\n]{0,80}?(?:" DEED_VERB "))", PCRE2_CASELESS);

/* Whether the income's day at [@start, @end) of @text (@len bytes) is the payment's: tied
 * to it after it (income_tied_re), or the condition the payment waits on ("Als mijn
 * salaris er de 25e is, maak ik het over", "Wenn das Gehalt am 28. kommt, überweise
 * ich"). */
static gboolean
income_tied(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	return in_condition_clause(text, start) ||
	       dm_pattern_match(&income_tied_re, text + end,
	                        dm_pattern_whole_chars(text + end, MIN(len - end, 100)), 0, &m);
}

/* A verb of doing, or of committing to a day ("voor de zekerheid zeg ik de 28e", "reken
 * maar op de 28e", "count on the 28th", "rechnen Sie mit dem 28."), in the day's part of
 * the sentence: a day the writer gives his own payment, though no word of paying says so. */
static DmPattern commits_re = DM_PATTERN(
	"(?:" DEED_VERB ")|(?<!\\p{L})(?:zeg|zeggen|say|sage|sagen|reken|rekenen|count|rechne|"
	"rechnen)(?!\\p{L})", PCRE2_CASELESS);

static gboolean
part_commits(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	part_around(text, len, start, end, &from, &to);
	DmMatch m;
	return dm_pattern_match(&commits_re, text + from, to - from, 0, &m);
}

/* "het eerste begin volgende maand", "the first part at the start of next month", "die
 * erste Rate Anfang Oktober": the day of a plan's first part, right before it, with at
 * most a preposition or an article between.  Not "first thing on Monday", "the first
 * week of October", "het eerste wat ik doe": first of something else (review30b). */
static DmPattern first_part_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:eerste|first|erste[n]?)(?:\\s+(?:deel|termijn|betaling|helft|schijf|"
	"part|half|instal(?:l)?ment|payment|rate|teil|hälfte|zahlung))?(?!\\p{L})"
	"(?:\\s*,?\\s*(?:at|on|in|by|from|op|om|per|vanaf|rond|am|im|um|ab|zum|bis|the|de|het|"
	"der|den|dem|die|das)(?!\\p{L}))*\\s*,?\\s*$", PCRE2_CASELESS);

/* Whether the date expression at @start of @text is the day of a plan's first part. */
static gboolean
is_first_part(const char *text, gsize start)
{
	return said_before(&first_part_before_re, text, start, 40);
}

/* "€ 600 op vrijdag en het restant op 27 maart", "the rest on 30 June", "den Rest am
 * 15. Juli": the day a remainder is paid, which a two-part promise carries and a plan
 * put to the owner does not (its first instalment's; better, corpus/replies/README.md). */
static DmPattern remainder_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:restant|resterende|rest|remainder|remaining|balance|restbetrag|restsumme)"
	"(?!\\p{L})[^.!?;\\n]{0,30}$", PCRE2_CASELESS);

/* Whether the date expression at @start of @text is the day of a remainder. */
static gboolean
is_remainder(const char *text, gsize start)
{
	return said_before(&remainder_before_re, text, start, 48);
}

/* "CHF 550.– per Ende August und CHF 550.– per Ende September überweisen": a second sum
 * with its day, after "und", in a plan whose one verb stands at its end (test-blind24).
 * Its clause reads as paying and the first part's does not, so the later day won where
 * a plan put to the owner carries its first (find_date reads it as a remainder when a
 * plan is asked, asks_plan). */
static DmPattern second_sum_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:und|en|and)\\s+(?:die\\s+|de\\s+|the\\s+)?(?:(?:€|eur|chf|fr\\.|\\$|£)\\s*)?"
	"\\d[\\d'.,]*(?:[.,]?[–-]+)?\\s*(?:€|eur|euro|chf|fr\\.|franken|dollars?|pounds?)?\\s*"
	"(?:per|am|bis|zum|op|on|by|vor|im|in|ab)?\\s*$", PCRE2_CASELESS);

/* Whether the date expression at @start of @text is a second sum's day (second_sum_before_re). */
static gboolean
is_second_sum(const char *text, gsize start)
{
	return said_before(&second_sum_before_re, text, start, 40);
}

/* Words of a plan put to the owner, or of the owner's consent asked: "mag ik", "would it
 * help", "is that ok", "ginge es", "in termijnen", "instalments", "in Raten". */
static DmPattern plan_asked_re = DM_PATTERN(
	"(?<!\\p{L})(?:mag\\s+ik|kan\\s+ik|zou\\s+(?:ik|wij|we)|zou\\s+het\\s+helpen|"
	"in\\s+(?:twee|drie|vier|two|three|four|zwei|drei|vier|\\d)\\s+(?:delen|stukken|parts|teilen)|is\\s+(?:dat|het)\\s+"
	"(?:ok|oké|okay|goed|akkoord)|akkoord|voorstel|termijn(?:en)?|betalingsregeling|"
	"would\\s+it\\s+help|would\\s+that\\s+(?:help|work|be\\s+ok)|is\\s+(?:that|this|it)\\s+"
	"(?:ok|okay|alright|all\\s+right|acceptable|fine)|can\\s+i|could\\s+i|may\\s+i|"
	"propos(?:e|al|ing)|instal(?:l)?ments?|payment\\s+plan|ginge\\s+es|geht\\s+(?:das|es)|"
	"w(?:ä|ae)re\\s+(?:das|es)|darf\\s+ich|kann\\s+ich|k(?:ö|oe)nnte\\s+ich|einverstanden|"
	"vorschlag|raten|ratenzahlung|ratenweise)(?!\\p{L})", PCRE2_CASELESS);

/* Whether @text (@len bytes) puts a plan to the owner or asks consent: then its first
 * instalment's day is the one it carries, else a two-part promise's last part's
 * (corpus/replies/README.md). */
static gboolean
asks_plan(const char *text, gsize len)
{
	DmMatch m;
	return dm_pattern_match(&plan_asked_re, text, len, 0, &m);
}

/* Whether a date of @kind names one day exactly, which no later day names more closely. */
static gboolean
names_one_day(DateKind kind)
{
	return kind == D_DATE || kind == D_DM || kind == D_NTH || kind == D_DAY ||
	       kind == D_WEEKDAY || kind == D_WEEKDAY_WEEK;
}

/* Whether a date of @kind starting at @start names more closely the weekday of
 * @weekday_kind that ends at @weekday_end right before it: "next Thursday, the 12th",
 * "donderdag de 12e", "dinsdag 14 april", "bis spätestens Freitag, 13. November". */
static gboolean
names_closer(DateKind kind, gsize start, DateKind weekday_kind, gsize weekday_end)
{
	return (weekday_kind == D_WEEKDAY || weekday_kind == D_WEEKDAY_WEEK) &&
	       (kind <= D_DM || kind == D_NTH) && start >= weekday_end && start <= weekday_end + 8;
}

/* Whether a match of @kind at [@start, @end) should replace @best: a better side, or
 * the same side and a payment's day where @best is none (READ_CLAUSE: "ik zit tot
 * donderdag in het ziekenhuis. Over vier dagen maak ik het over"), or else it starts
 * earlier, or at the same place and reads further.
 * On the same side a deadline wins over a day that is none ("am Montag, spätestens
 * Dienstag"), after a payment's day over one that is not.
 * "vrijdag 5 december": the explicit date right after a weekday says more than the
 * weekday (explicit kinds are tried first). */
static gboolean
better(const Candidate *best, int rank, gboolean pays, gboolean deadline, DateKind kind,
       gsize start, gsize end, gboolean remainder, gboolean plan, gboolean income,
       gboolean first_part, gboolean refining, gboolean *by_order)
{
	*by_order = FALSE;
	if (!best->found || rank < best->rank)
		return TRUE;
	if (rank > best->rank)
		return FALSE;
	/* The day of the month after a weekday is the weekday's, deadline and all. */
	if (names_closer(best->kind, best->start, kind, end))
		return FALSE;
	/* A remainder's clause often names no verb of its own ("and the rest on 15
	 * December"): of it and the first part, the rule below decides. */
	/* "het eerste salaris komt pas eind augustus ... het eerste begin volgende maand?",
	 * "my first pay cheque only comes at the end of October ... the first part at the
	 * start of next month?": a plan's first part's day, said without a verb of its own,
	 * wins over the day the income comes, whose own clause may read as paying by its
	 * words ("pay cheque", "Gehalt").  Not a vaguer day the income's refines ("push
	 * this to the end of the month? ... my first paycheck lands on the 29th"). */
	if (income != best->income && (income ? best->first_part : first_part))
		return !income;
	/* "eind deze week ..., dus zaterdag 31 oktober": the closer name of the day before,
	 * whichever of the two is weighed first; a day named exactly has none ("Ik maak het
	 * vrijdag over, dus maandag" names the money's arrival). */
	if (refining && !best->refining && start >= best->end && !names_one_day(best->kind))
		return TRUE;
	if (best->refining && !refining && end <= best->start && !names_one_day(kind))
		return FALSE;
	if (pays != best->pays && remainder == best->remainder)
		return pays;
	if (deadline != best->deadline)
		return deadline;
	/* "noch vor Weihnachten, am 19.12.": a day written out says more than a holiday. */
	if ((kind == D_HOLIDAY && best->kind <= D_NTH) || (best->kind == D_HOLIDAY && kind <= D_NTH))
		return kind <= D_NTH;
	/* "de week van 16 maart": the week named by a day in it, not the day. */
	if ((kind == D_WEEK_NAMED || best->kind == D_WEEK_NAMED) && start < best->end &&
	    best->start < end)
		return kind == D_WEEK_NAMED;
	/* A date written out says more than a relative one on the same side: "binnen 30
	 * dagen, dus voor 20 december".  Of a first instalment's day and a remainder's, a
	 * plan put to the owner (@plan) carries the first ("Voorstel: € 600 op vrijdag en het
	 * restant op 27 maart"), a two-part promise its last ("I'll pay 300 on Friday and
	 * the rest on 15 December"). */
	if ((kind == D_DATE) != (best->kind == D_DATE)) {
		if (remainder != best->remainder && !(start < best->end && best->start < end))
			return plan ? !remainder : remainder;
		return kind == D_DATE;
	}
	/* "on Monday last week": of two overlapping readings, the one that reads further. */
	if (start < best->end && best->start < end)
		return end > best->end || (end == best->end && start < best->start);
	/* Nothing but the order tells two days of paying apart. */
	*by_order = pays && best->pays && remainder == best->remainder;
	return start < best->start;
}

gboolean
dm_reply_month_first(int utc_offset_minutes)
{
	return utc_offset_minutes <= -3 * 60 && utc_offset_minutes >= -10 * 60;
}

/* One match of a date pattern, as the scan keeps it, with what was read around it.  The
 * readings depend only on the text and where the match lies, not on the reference or
 * the way a date is looked for: a reply's date is looked for three or four times (its
 * features, the second intent's cue, its class's date), and reading the clause around
 * each match again each time was half of what the date reader cost (a profile of
 * 2026-12-03, bench/README.md). */
typedef struct {
	DateKind kind;
	DmMatch m;                  /* m.subject is the scan's text */
	gint8 document;             /* is_document_date's answer: -1 not asked yet, 0, 1 */
	gint8 tense;                /* dm_reply_clause_read's answer (a DmReplyTense): -1
	                             * not read yet */
	gboolean pays;              /* and its @pays, once @tense is read */
	gint8 deadline;             /* is_deadline's answer: -1 not asked yet, 0, 1 */
	gint8 until_then;           /* is_until_then's answer: -1 not asked yet, 0, 1 */
	gint16 days_before;         /* days_before_event's answer: -1 not asked yet */
	gint8 not_payment;          /* is_other_event's or is_conditional's answer: -1 not
	                             * asked yet, 0, 1 */
} DateHit;

/* How a date is looked for. */
typedef enum {
	READ_PLAIN,     /* @past alone decides its way: the learned features' reading */
	READ_CLAUSE,    /* the clause's tense decides its way, and a day its clause gives
	                 * to a payment wins over one it does not, on the same side */
	READ_PAYMENT,   /* only a day its clause gives to a payment, pointing the way the
	                 * clause's tense says, forwards when it says nothing ("wir
	                 * überweisen am Freitag") */
	READ_N_MODES,
} ReadMode;

/* find_date's last answer for one way of looking: the second intent's cue and a
 * question's or a dispute's date both ask for the payment's day, with the same
 * reference. */
typedef struct {
	gboolean asked;
	guint32 reference;          /* the julian day asked about */
	gboolean past, month_first;
	gboolean found;
	GDate out;
	gsize offset;
	DmReplyDatePrecision precision;
	gboolean rivalled;          /* read_date's @rivalled */
} Answer;

/* A reply's date is read twice, for its features and then for its class's date, in two
 * ways (READ_PLAIN, then READ_CLAUSE or READ_PAYMENT); the patterns' matches are the
 * same both times and cost most of a reading, so they are found once and kept here. */
struct _DmReplyDateScan {
	const char *text;           /* (transfer none) the caller's, which outlives the scan,
	                             * or typed */
	char *typed;                /* (owned, nullable) the text with its typed days
	                             * written out (dm_reply_date_scan_new_typed) */
	gsize len;                  /* what the patterns look at: bounded, on a character */
	GArray *hits;               /* DateHit, by kind and then position (the order the
	                             * candidates are weighed in); NULL until first read */
	Answer answers[READ_N_MODES];       /* the last answer of each way of looking */
};

DmReplyDateScan *
dm_reply_date_scan_new(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	DmReplyDateScan *scan = g_new0(DmReplyDateScan, 1);
	scan->text = text;
	scan->len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	/* Never cut inside a UTF-8 character: the patterns run without a UTF check. */
	while (scan->len > 0 && text[scan->len] != '\0' &&
	       ((guchar) text[scan->len] & 0xC0) == 0x80)
		scan->len--;
	return scan;
}

DmReplyDateScan *
dm_reply_date_scan_new_typed(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	char *typed = dm_reply_typed_days(text);
	DmReplyDateScan *scan = dm_reply_date_scan_new(typed);
	scan->typed = typed;
	return scan;
}

void
dm_reply_date_scan_free(DmReplyDateScan *scan)
{
	if (!scan)
		return;
	g_free(scan->typed);
	g_clear_pointer(&scan->hits, g_array_unref);
	g_free(scan);
}

const char *
dm_reply_date_scan_text(const DmReplyDateScan *scan)
{
	g_return_val_if_fail(scan != NULL, NULL);
	return scan->text;
}

/* A stretch [from, to] of a text's bytes. */
typedef struct {
	gsize from, to;
} Window;

/* Whether byte @c may belong to a character \s or \h matches: ASCII's space, tab, line
 * feed, vertical tab, form feed and carriage return, and any byte beyond ASCII. */
static inline gboolean
maybe_space(guchar c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
}

/* (transfer full) (element-type Window) where in @text (@len bytes) a match of a kind
 * can start that holds a digit and starts at most @reach bytes, plus the white space
 * before the digit, before it (see digit_reach): ascending, apart.  What counts as a
 * digit and as white space here is more than \d and \s take: every byte beyond ASCII
 * is both, so that no digit or space of another script is missed. */
static GArray *
digit_windows(const char *text, gsize len, gsize reach)
{
	GArray *windows = g_array_new(FALSE, FALSE, sizeof(Window));
	for (gsize d = 0; d < len; d++) {
		guchar c = (guchar) text[d];
		if (!g_ascii_isdigit(c) && c < 0x80)
			continue;
		gsize from = d;
		while (from > 0 && maybe_space((guchar) text[from - 1]))
			from--;
		from = from > reach ? from - reach : 0;
		Window *last = windows->len ? &g_array_index(windows, Window, windows->len - 1) : NULL;
		if (last && from <= last->to + 1)
			last->to = d;
		else
			g_array_append_val(windows, ((Window){ from, d }));
	}
	return windows;
}

/* Appends to @hits every match of kind @k in the scan's text, left to right as a search
 * from the start finds them. */
static void
find_kind(DmReplyDateScan *scan, DateKind k, gboolean by_digit, GArray *hits)
{
	DmPattern *p = &patterns()[k];
	DateHit h = { .kind = k, .document = -1, .tense = -1, .deadline = -1, .until_then = -1,
	              .days_before = -1, .not_payment = -1 };
	if (!by_digit) {
		for (gsize from = 0; dm_pattern_match(p, scan->text, scan->len, from, &h.m);
		     from = dm_match_next(&h.m, scan->len))
			g_array_append_val(hits, h);
		return;
	}
	/* The same matches: none starts outside the windows, so the first a search finds
	 * from any offset starts in the first window that holds a start. */
	g_autoptr(GArray) windows = digit_windows(scan->text, scan->len, digit_reach[k]);
	gsize from = 0;
	for (guint w = 0; w < windows->len; w++) {
		const Window *win = &g_array_index(windows, Window, w);
		while (MAX(from, win->from) <= win->to &&
		       dm_pattern_match_starting_within(p, scan->text, scan->len,
		                                        MAX(from, win->from), win->to, &h.m)) {
			g_array_append_val(hits, h);
			from = dm_match_next(&h.m, scan->len);
		}
	}
}

/* (transfer none) the matches of every date pattern in the scan's text, found on the
 * first call. */
static GArray *
scan_hits(DmReplyDateScan *scan)
{
	if (scan->hits)
		return scan->hits;
	scan->hits = g_array_new(FALSE, FALSE, sizeof(DateHit));
	guint by_digit;
	guint possible = kinds_possible(scan->text, scan->len, &by_digit);
	for (int k = 0; k < D_N_KINDS; k++)
		if (possible & 1u << k)
			find_kind(scan, (DateKind) k, (by_digit & 1u << k) != 0, scan->hits);
	return scan->hits;
}

static gboolean
hit_is_document_date(const DmReplyDateScan *scan, DateHit *h)
{
	if (h->document < 0)
		h->document = is_document_date(scan->text, h->m.start[0]) ? 1 : 0;
	return h->document == 1;
}

/* dm_reply_clause_read of the clause around @h. */
static DmReplyTense
hit_clause(const DmReplyDateScan *scan, DateHit *h, gboolean *pays)
{
	if (h->tense < 0)
		h->tense = (gint8) dm_reply_clause_read(scan->text, scan->len, h->m.start[0],
		                                        h->m.end[0], &h->pays);
	*pays = h->pays;
	return (DmReplyTense) h->tense;
}

static gboolean
hit_is_deadline(const DmReplyDateScan *scan, DateHit *h)
{
	if (h->deadline < 0)
		h->deadline = is_deadline(scan->text, scan->len, h->m.start[0], h->m.end[0]) ? 1 : 0;
	return h->deadline == 1;
}

static gboolean
hit_is_until_then(const DmReplyDateScan *scan, DateHit *h)
{
	if (h->until_then < 0)
		h->until_then = is_until_then(scan->text, scan->len, h->m.start[0], h->m.end[0])
		                ? 1 : 0;
	return h->until_then == 1;
}

/* days_before_event of @h, whose clause speaks of paying or (@pays) not. */
static guint
hit_days_before(const DmReplyDateScan *scan, DateHit *h, gboolean pays)
{
	if (h->days_before < 0)
		h->days_before = (gint16) MIN(days_before_event(scan->text, scan->len, h->m.start[0],
		                                                h->m.end[0], pays), 366);
	return (guint) h->days_before;
}

/* Whether @h, in a clause that speaks of paying or (@pays) not, is no payment's day: a
 * condition's, another event's, one the writer takes back (retracted.c), or one of a
 * span without payments that nothing is said to follow (in_freeze). */
static gboolean
hit_is_not_payment(const DmReplyDateScan *scan, DateHit *h, gboolean pays)
{
	if (h->not_payment < 0)
		h->not_payment = is_conditional(scan->text, h->m.start[0]) ||
		                 is_other_event(scan->text, scan->len, h->m.start[0], h->m.end[0],
		                                pays) ||
		                 dm_reply_day_retracted(scan->text, scan->len, h->m.start[0],
		                                        h->m.end[0]) ||
		                 (in_freeze(scan->text, scan->len, h->m.start[0], h->m.end[0]) &&
		                  !hit_is_until_then(scan, h)) ? 1 : 0;
	return h->not_payment == 1;
}

/* The money's arrival, around a day still to come: "Net overgemaakt. Staat er morgen",
 * "paid this morning, should be with you tomorrow", "sollte morgen bei Ihnen sein".  Read
 * for a payment made, that day is when the money lands, not when it was paid: no
 * payment's day at all. */
static DmPattern arrival_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:sta(?:at|an)\\s+(?:het|hij|ze|die|dat|het\\s+geld)?\\s*(?:er|erop|op\\s+(?:uw|je|jullie)"
	"\\s+rekening)|(?:should|will|would|ought\\s+to)\\s+(?:be\\s+with\\s+you|land|arrive|clear|reach\\s+you|"
	"show|hit\\s+(?:your|the)\\s+account)|(?:sollte|müsste|wird|dürfte)\\s+(?:\\p{L}+\\s+){0,3}?(?:bei\\s+(?:ihnen|dir|euch)|"
	"auf\\s+(?:ihrem|deinem)\\s+konto|drüben|da))(?!\\p{L})[^.!?\\n]{0,20}$", PCRE2_CASELESS);

/* ... or after it: "das Geld sollte morgen bei Ihnen sein", "het staat morgen op uw
 * rekening", "it'll be in your account tomorrow". */
static DmPattern arrival_after_re = DM_PATTERN(
	"^\\s*(?:\\p{L}+\\s+){0,2}?(?:bei\\s+(?:ihnen|dir|euch)|auf\\s+(?:ihrem|deinem|eurem)\\s+konto|"
	"drüben|op\\s+(?:uw|je|jullie)\\s+rekening|in\\s+your\\s+account|with\\s+you)(?!\\p{L})",
	PCRE2_CASELESS);

static gboolean
is_arrival(const char *text, gsize len, gsize start, gsize end)
{
	DmMatch m;
	return said_before(&arrival_before_re, text, start, 60) ||
	       dm_pattern_match(&arrival_after_re, text + end,
	                        dm_pattern_whole_chars(text + end, MIN(len - end, 60)), 0, &m);
}

/* A weekday that comes round ("we run payments every other Thursday", "wij betalen
 * alleen op vrijdag", "jeden zweiten Donnerstag", "om de week op dinsdag", "on Fridays",
 * "donnerstags"): a rhythm, which says when the payment may go but not which day it
 * goes.  It yields to any other day the text gives ("… will go out on 19 March", "… de
 * betaling van volgende week vrijdag") and is read only when there is none (the coming
 * such day, as "once a week on Friday" alone is). */
static DmPattern rhythm_before_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:every|each)\\s+(?:other|second|2nd|third|3rd|alternate|"
	"(?:two|three|2|3)\\s+weeks(?:\\s+on)?)|alternate|once\\s+a\\s+(?:week|fortnight)\\s+on|"
	"(?:elke|iedere)\\s+(?:tweede|andere|2e|derde|3e)|"
	"(?:jeden|jede[nm]?)\\s+(?:zweiten|dritten|2\\.|3\\.|anderen)|"
	"om\\s+de\\s+(?:(?:andere|twee|drie|\\d)\\s+)?weken?(?:\\s+op)?|"
	"alle\\s+(?:zwei|drei|\\d)\\s+wochen(?:\\s+am)?|"
	"(?:alleen|enkel|uitsluitend|only|nur|ausschlie(?:ß|ss)lich|altijd|always|immer|steeds|"
	"usually|normally|meestal|normaal|normalerweise)\\s+(?:op|on|am)|"
	"elke|iedere|every|each|jeden)\\s+$", PCRE2_CASELESS);

static gboolean
weekday_in_rhythm(const char *text, const DmMatch *m)
{
	/* "on Fridays", "vrijdags", "freitags": the weekday name with a plural or adverb s. */
	gsize end = m->end[0];
	if (dm_match_has(m, 3) && m->end[3] + 1 == end && (text[end - 1] == 's' || text[end - 1] == 'S'))
		return TRUE;
	return said_before(&rhythm_before_re, text, m->start[3], 40);
}

/* A time that names a payment run ("the month-end run", "our end-of-month supplier run",
 * "the Friday run", "Friday's run", "dem Monatsende-Lauf"): when the run usually goes,
 * which the day the writer gives it says more exactly ("on the 25th when our month-end
 * run goes through", "end-of-month supplier run on Friday 30th").  Read only when no day
 * as good is given, and never a rival to one (test-blind32's accounts-payable desks);
 * "yesterday's run" names its day, "last week's run" none.  At most two words between, none a preposition or an article: "Ende Monat im
 * Zahllauf" is a day the run is in. */
static DmPattern names_run_re = DM_PATTERN(
	"^(?:['’]s)?(?:[\\s-]+(?!(?:in|im|mit|with|met|de|het|the|dem|den|der|op|on|am|at|bij|"
	"beim|by|per|zum|ab|vanaf|from)(?!\\p{L}))\\p{L}+(?:['’]s)?){0,2}?[\\s-]+(?:pay(?:ment)?\\s+)?"
	"(?:runs?|lauf|betaalrun|betalingsrun|zahllauf)(?!\\p{L})", PCRE2_CASELESS);

static gboolean
names_run(const char *text, gsize len, const DmMatch *m)
{
	DmMatch r;
	gsize end = m->end[0];
	return dm_pattern_match(&names_run_re, text + end,
	                        dm_pattern_whole_chars(text + end, MIN(len - end, 48)), 0, &r);
}

/* Two days offered ("morgen of overmorgen", "Monday or Tuesday", "morgen oder
 * übermorgen"): only "or" between the expressions at [@a_start, @a_end) and [@b_start,
 * @b_end) of @text.  The later day is the one the writer promised
 * (corpus/replies/README.md). */
static DmPattern offered_or_re = DM_PATTERN("\\A\\s*,?\\s*(?:of|or|oder|ou)\\s+\\z", PCRE2_CASELESS);

static gboolean
offered_either(const char *text, gsize a_start, gsize a_end, gsize b_start, gsize b_end)
{
	gsize from = a_end <= b_start ? a_end : b_end, to = a_end <= b_start ? b_start : a_start;
	if (from > to || to - from > 12)
		return FALSE;
	DmMatch m;
	return dm_pattern_match(&offered_or_re, text + from, to - from, 0, &m);
}

/* "Morgen, dan ...", "Morgen, dann ...": what follows goes on from tomorrow. */
static DmPattern goes_on_re = DM_PATTERN("\\A[,!]\\s*(?:dan|dann|zodat|sodass|damit)(?!\\p{L})",
                                         PCRE2_CASELESS);

/* Whether @h is a "Morgen," or "Morgen!" opening a line with another date expression after
 * it in @hits: a greeting, the other the payment's day ("Morgen, ik zit op de werf. Dit
 * wordt vrijdag in orde gebracht").  Alone it answers ("Morgen!", "morgen, fix"), and so
 * it does when the other is no day of paying (read_date: "Morgen, samen met de factuur
 * van 12 februari") or when "dan" goes on from it ("Morgen, dan heb je het donderdag":
 * the other is its arrival). */
static gboolean
greets_before_a_day(const char *text, gsize len, const DateHit *h, const GArray *hits)
{
	gsize start = h->m.start[0], end = h->m.end[0];
	if (h->kind != D_DAY || g_ascii_strncasecmp(text + start, "morge", 5) != 0)
		return FALSE;
	gsize line = start;
	while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t'))
		line--;
	if (line > 0 && text[line - 1] != '\n')
		return FALSE;
	while (end < len && text[end] == ' ')
		end++;
	DmMatch m;
	if (end >= len || (text[end] != ',' && text[end] != '!') ||
	    dm_pattern_match(&goes_on_re, text + end,
	                     dm_pattern_whole_chars(text + end, MIN(len - end, 16)), 0, &m))
		return FALSE;
	for (guint i = 0; i < hits->len; i++)
		if (g_array_index(hits, DateHit, i).m.start[0] > end)
			return TRUE;
	return FALSE;
}

/* How near a month's first or last day a day of it names that edge ("the 27th" the end). */
#define EDGE_DAYS 5

/* Whether a day of @kind read as @d names the month's start or end that @edge_kind read as
 * @edge gives more closely: a day in the same month within EDGE_DAYS of its first or last
 * day ("our end-of-month supplier run on Friday 30th", "eind van de maand, op de 27e",
 * "begin volgende maand, op de 3e"), which is what the writer means by it.  Not a day
 * further off ("de 5e de helft, de rest eind van de maand": two days), nor one the
 * writer's money comes on (@income: "end of this month, because my client pays me on
 * 25"). */
static gboolean
closer_to_edge(DateKind edge_kind, const GDate *edge, DateKind kind, const GDate *d,
               gboolean income)
{
	if ((edge_kind != D_MONTH && edge_kind != D_MONTH_NAMED) || !names_one_day(kind) || income ||
	    g_date_get_month(edge) != g_date_get_month(d) ||
	    g_date_get_year(edge) != g_date_get_year(d) || g_date_compare(edge, d) == 0)
		return FALSE;
	guint day = g_date_get_day(edge);
	guint last = g_date_get_days_in_month(g_date_get_month(edge), g_date_get_year(edge));
	if (day != 1 && day != last)
		return FALSE;
	int apart = g_date_days_between(edge, d);
	return apart > -EDGE_DAYS && apart < EDGE_DAYS;
}

/* Whether @own is the writer's own day after @income's, the day money comes to him: on
 * the same side, after it in the text and in time, given a payment, a deadline or a deed
 * of its own (not the money's arrival), and the payment not tied to the income's day
 * ("dan", "the same day", a condition: income_tied).  His payment follows the income. */
static gboolean
follows_income(const char *text, gsize len, const Candidate *income, const Candidate *own)
{
	return income->income && !own->income && income->rank == own->rank &&
	       own->start >= income->end && g_date_compare(&own->date, &income->date) > 0 &&
	       (own->pays || own->deadline || part_commits(text, len, own->start, own->end)) &&
	       !income_tied(text, len, income->start, income->end) &&
	       !is_arrival(text, len, own->start, own->end);
}

/* Whether one of @said (@n, the stated days weighed) reads the day at [@start, @end) and
 * further: "Wednesday week" over the "Wednesday" in it. */
static gboolean
read_further(const Candidate *said, guint n, gsize start, gsize end)
{
	for (guint i = 0; i < n; i++)
		if (said[i].start <= start && said[i].end >= end &&
		    said[i].end - said[i].start > end - start)
			return TRUE;
	return FALSE;
}

/* The words of a sentence that says a day and little more: "But this arvo.", "Maar
 * vrijdag.", "Friday for sure.", "Aber heute." */
#define ALONE_WORDS 3

/* Whether the day at [@start, @end) of @text (@len bytes) stands in a sentence of at most
 * ALONE_WORDS words besides it. */
static gboolean
said_alone(const char *text, gsize len, gsize start, gsize end)
{
	gsize from, to;
	dm_sentence_around(text, len, start, end, &from, &to);
	/* Bytes beyond ASCII count as letters: a word is what they and ASCII's letters and
	 * digits make. */
	guint words = 0;
	gboolean in_word = FALSE;
	for (gsize i = from; i < to; i++) {
		guchar c = (guchar) text[i];
		gboolean letter = (i < start || i >= end) && (g_ascii_isalnum(c) || c >= 0x80);
		words += letter && !in_word;
		in_word = letter;
	}
	return words <= ALONE_WORDS;
}

/* Whether @said (@n, the stated days weighed, in the text's order) names a day again
 * after @best, in a sentence of its own, that it named before @best too: then that day,
 * the writer's last word, replaces @best ("I'll do it this arvo. Unless the bank's down,
 * in which case tomorrow. But this arvo."); not from the wrong side of the day sent. */
static gboolean
restated(const char *text, gsize len, const Candidate *said, guint n, Candidate *best)
{
	for (guint j = 0; j < n; j++) {
		const Candidate *again = &said[j];
		if (again->start < best->end || (again->rank == 2 && best->rank < 2) ||
		    g_date_compare(&again->date, &best->date) == 0 ||
		    !said_alone(text, len, again->start, again->end))
			continue;
		for (guint i = 0; i < n; i++)
			if (said[i].end <= best->start &&
			    g_date_compare(&said[i].date, &again->date) == 0) {
				*best = *again;
				return TRUE;
			}
	}
	return FALSE;
}

/* "Onze betaalrun is elke donderdag, hij gaat mee in die van volgende week", "we pay every
 * Tuesday, yours goes in next week's run": the rhythm's weekday (*@day) in the week named
 * (@week, a day of it), when that lies on the same side of @ref as the rhythm's own. */
static void
rhythm_in_week(GDate *day, const GDate *week, const GDate *ref)
{
	GDate in_week = *week;
	int from = (int) g_date_get_weekday(week), to = (int) g_date_get_weekday(day);
	if (to >= from)
		g_date_add_days(&in_week, (guint) (to - from));
	else
		g_date_subtract_days(&in_week, (guint) (from - to));
	if ((g_date_compare(&in_week, ref) >= 0) == (g_date_compare(day, ref) >= 0))
		*day = in_week;
}

/* Whether the match @m names what the day of @kept is told after ("the Tuesday after the
 * bank holiday", "de dinsdag na Pasen"): part of that day's name, not a day of its own. */
static gboolean
anchors(const char *text, const Candidate *kept, const DmMatch *m)
{
	return m->start[0] >= kept->end && m->start[0] <= kept->end + 12 &&
	       after_word_before(text, m->start[0]);
}

/* The reader behind find_date (see ReadMode), always from the scan's matches. */
static gboolean
read_date(DmReplyDateScan *scan, const GDate *reference, gboolean past, gboolean month_first,
          ReadMode mode, GDate *out, gsize *offset, DmReplyDatePrecision *precision,
          gboolean *rivalled)
{
	GArray *hits = scan_hits(scan);
	/* The latest other stated day weighed against the best and passed over, not offered
	 * beside it as an alternative nor the day after it the promise allows (@rivalled). */
	GDate rival;
	g_date_clear(&rival, 1);
	*rivalled = FALSE;

	/* The best stated date, and the best vague one; the first payment day under a label. */
	Candidate best[2] = { { 0 }, { 0 } }, labelled = { 0 };
	/* The day after an event's day the payment is asked to wait for (goods.c). */
	Candidate after_event = { 0 };
	/* A weekday of a rhythm, read only when no other day is (weekday_in_rhythm). */
	Candidate rhythm = { 0 };
	/* A "Morgen," that may greet (greets_before_a_day): tomorrow only when no other day
	 * is read. */
	Candidate greeting = { 0 };
	/* The stated days weighed, in the text's order within a kind (restated). */
	Candidate said[16];
	guint n_said = 0;
	/* A run's usual time, read unless a day as good is given (names_run). */
	Candidate run = { 0 };
	for (guint i = 0; i < hits->len; i++) {
		DateHit *h = &g_array_index(hits, DateHit, i);
		const DmMatch *m = &h->m;
		GDate d;
		g_date_clear(&d, 1);
		DmReplyDatePrecision p = DM_REPLY_DATE_EXACT;
		gboolean pays = FALSE;
		DmReplyTense tense = mode == READ_PLAIN ? DM_TENSE_UNKNOWN
		                                        : hit_clause(scan, h, &pays);
		/* "I'll pay 300 on Friday and the rest on 15 December": the rest is paid by
		 * the verb before it, though its own clause names none. */
		gboolean remainder = mode != READ_PLAIN &&
		                     (is_remainder(scan->text, m->start[0]) ||
		                      (is_second_sum(scan->text, m->start[0]) &&
		                       asks_plan(scan->text, scan->len)));
		if (mode == READ_PAYMENT && !pays && !remainder)
			continue;
		/* The learned features keep it, as they were trained. */
		if (mode != READ_PLAIN && greets_before_a_day(scan->text, scan->len, h, hits)) {
			if (!greeting.found && resolve(h->kind, m, reference, past, month_first, &d, &p) &&
			    g_date_valid(&d) && p == DM_REPLY_DATE_EXACT)
				greeting = (Candidate){ TRUE, side_rank(&d, reference, past), pays, FALSE,
				                        m->start[0], m->end[0], h->kind, d, remainder,
				                        FALSE, FALSE, FALSE };
			continue;
		}
		/* An event's day the writer pays a span before (days_before_event): ahead, and
		 * that day less the span the payment's. */
		guint before = mode != READ_PLAIN ? hit_days_before(scan, h, pays) : 0;
		gboolean deadline = mode != READ_PLAIN && hit_is_deadline(scan, h);
		if (deadline || before || (mode != READ_PLAIN && starts_ahead(scan->text, scan->len,
		                                                              m->start[0], m->end[0],
		                                                              tense)) ||
		    (mode != READ_PLAIN && in_condition_clause(scan->text, m->start[0])))
			tense = DM_TENSE_FUTURE;
		gboolean backwards = tense == DM_TENSE_UNKNOWN ? past : tense == DM_TENSE_PAST;
		if (!resolve(h->kind, m, reference, backwards, month_first, &d, &p) ||
		    !g_date_valid(&d) || hit_is_document_date(scan, h))
			continue;
		if (before) {
			g_date_subtract_days(&d, before);
			pays = TRUE;
		}
		/* The learned features keep every day the text names, as they were trained. */
		if (mode != READ_PLAIN && !before && hit_is_not_payment(scan, h, pays)) {
			/* An event still to come, whatever the tense of its clause ("die Hochzeit
			 * wurde auf den 20. Juni verschoben"). */
			GDate ahead;
			DmReplyDatePrecision ahead_p = DM_REPLY_DATE_EXACT;
			g_date_clear(&ahead, 1);
			if (p == DM_REPLY_DATE_EXACT &&
			    !(after_event.found && names_closer(after_event.kind, after_event.start,
			                                        h->kind, m->end[0])) &&
			    dm_reply_pays_after_event(scan->text, scan->len, m->end[0]) &&
			    resolve(h->kind, m, reference, FALSE, month_first, &ahead, &ahead_p) &&
			    g_date_valid(&ahead) && ahead_p == DM_REPLY_DATE_EXACT &&
			    g_date_compare(&ahead, reference) > 0) {
				g_date_add_days(&ahead, 1);
				after_event = (Candidate){ TRUE, 0, TRUE, FALSE, m->start[0], m->end[0],
				                           h->kind, ahead, FALSE, FALSE, FALSE, FALSE };
			}
			continue;
		}
		if (mode != READ_PLAIN && hit_is_until_then(scan, h))
			g_date_add_days(&d, 1);
		int rank = side_rank(&d, reference, mode == READ_PAYMENT ? backwards : past);
		if (mode == READ_CLAUSE && past && rank == 2 &&
		    is_arrival(scan->text, scan->len, m->start[0], m->end[0]))
			continue;
		if (mode != READ_PLAIN && h->kind == D_WEEKDAY && weekday_in_rhythm(scan->text, m)) {
			if (!rhythm.found || rank < rhythm.rank)
				rhythm = (Candidate){ TRUE, rank, pays, deadline, m->start[0], m->end[0],
				                      h->kind, d, remainder, FALSE, FALSE, FALSE };
			continue;
		}
		if (mode != READ_PLAIN && h->kind > D_DAY && p == DM_REPLY_DATE_EXACT &&
		    names_run(scan->text, scan->len, m)) {
			/* Of two readings of one run's name, the one that reads further
			 * ("Thursday week's payment run"). */
			gboolean further = run.found && rank == run.rank && m->start[0] < run.end &&
			                   run.start < m->end[0] && m->end[0] - m->start[0] > run.end - run.start;
			if (!run.found || rank < run.rank || further)
				run = (Candidate){ TRUE, rank, pays, deadline, m->start[0], m->end[0],
				                   h->kind, d, remainder, FALSE, FALSE, FALSE };
			continue;
		}
		if (mode != READ_PLAIN && p == DM_REPLY_DATE_EXACT && !labelled.found &&
		    is_payment_label(scan->text, m->start[0]))
			labelled = (Candidate){ TRUE, rank, TRUE, FALSE, m->start[0], m->end[0], h->kind,
			                        d, FALSE, FALSE, FALSE, FALSE };
		if (best[p].found && rank == best[p].rank &&
		    offered_either(scan->text, best[p].start, best[p].end, m->start[0], m->end[0])) {
			if (g_date_compare(&d, &best[p].date) > 0)
				best[p] = (Candidate){ TRUE, rank, pays, deadline, MIN(m->start[0], best[p].start),
				                       MAX(m->end[0], best[p].end), h->kind, d,
				                       best[p].remainder, best[p].income,
				                       best[p].first_part, best[p].refining };
			/* "donderdag 5 maart of vrijdag 6 maart": "6 maart", passed over for the 5th,
			 * is the day offered and kept now, no rival. */
			if (p == DM_REPLY_DATE_EXACT && g_date_valid(&rival) &&
			    g_date_compare(&rival, &best[p].date) <= 0)
				g_date_clear(&rival, 1);
			continue;
		}
		/* "mijn klant betaalt op 10 april ... na 10 april betaal ik": the day after
		 * the one named before, the day the promise allows — where its own part pays,
		 * not in "ik betaal op 10 april, na 10 april ben ik op vakantie". */
		gboolean after_same = best[p].found && rank == best[p].rank &&
		                      g_date_days_between(&best[p].date, &d) == 1 &&
		                      after_word_before(scan->text, dm_match_has(m, 1) ? m->start[1]
		                                                                     : m->start[0]) &&
		                      comma_part_pays(scan->text, scan->len, m->start[0], m->end[0]);
		gboolean plan = (remainder || best[p].remainder) && asks_plan(scan->text, scan->len);
		gboolean income = mode != READ_PLAIN &&
		                  is_income_day(scan->text, scan->len, m->start[0], m->end[0]);
		gboolean first_part = mode != READ_PLAIN && is_first_part(scan->text, m->start[0]);
		/* Not the money's arrival ("Ik betaal vrijdag, dus maandag staat het op uw
		 * rekening"): the payment's day stays the one before. */
		gboolean refining = mode != READ_PLAIN &&
		                    is_refining(scan->text, scan->len, m->start[0], m->end[0]) &&
		                    !is_arrival(scan->text, scan->len, m->start[0], m->end[0]);
		const Candidate here = { TRUE, rank, pays, deadline, m->start[0], m->end[0], h->kind, d,
		                         remainder, income, first_part, refining };
		/* The writer's own day after the day money comes to him ("mijn klant betaalt mij
		 * de 24e, uiterlijk de 25e dus", "the client pays me by Monday, so I'll pay you
		 * Wednesday week"), whichever is weighed first: +1 this day is the own one, -1
		 * the kept one is. */
		int own = mode == READ_PLAIN || !best[p].found ? 0
		          : follows_income(scan->text, scan->len, &best[p], &here) &&
		            !read_further(said, n_said, m->start[0], m->end[0]) ? 1
		          : follows_income(scan->text, scan->len, &here, &best[p]) ? -1 : 0;
		/* A day near a month's start or end names it more closely, whichever comes
		 * first: +1 this day does, -1 the kept one does. */
		int edge = mode == READ_PLAIN || !best[p].found || rank != best[p].rank ? 0
		           : closer_to_edge(best[p].kind, &best[p].date, h->kind, &d, income) ? 1
		           : closer_to_edge(h->kind, &d, best[p].kind, &best[p].date, best[p].income)
		           ? -1 : 0;
		int first = edge ? edge : own;
		gboolean by_order = FALSE;
		gboolean wins = first > 0 ||
		                (first == 0 &&
		                 better(&best[p], rank, pays, deadline, h->kind, m->start[0], m->end[0],
		                        remainder, plan, income, first_part, refining, &by_order));
		/* A later day stated after the one kept, in a clause that pays as well, in its
		 * own part (not "..., you'll have it Monday", "..., de bevestiging stuur ik
		 * maandag") and not as the money's arrival: the writer may have moved on to it
		 * ("mijn klant betaalt de 24e, ik maak het de 25e over"). */
		gboolean moved_on = by_order && !wins && !income && g_date_compare(&d, &best[p].date) > 0 &&
		                    !is_arrival(scan->text, scan->len, m->start[0], m->end[0]) &&
		                    !anchors(scan->text, &best[p], m) &&
		                    comma_part_pays(scan->text, scan->len, m->start[0], m->end[0]);
		if (p == DM_REPLY_DATE_EXACT && !after_same && (moved_on || wins)) {
			if (moved_on)
				rival = d;
			else
				g_date_clear(&rival, 1);
		}
		if (after_same || wins)
			best[p] = here;
		if (mode != READ_PLAIN && p == DM_REPLY_DATE_EXACT && n_said < G_N_ELEMENTS(said))
			said[n_said++] = here;
	}
	/* "this arvo. Unless the bank's down, in which case tomorrow. But this arvo.": a
	 * day said again after the one kept is the writer's last word. */
	if (mode != READ_PLAIN && best[DM_REPLY_DATE_EXACT].found &&
	    restated(scan->text, scan->len, said, n_said, &best[DM_REPLY_DATE_EXACT]))
		g_date_clear(&rival, 1);
	/* A payment's day under its label wins over every other (is_payment_label). */
	if (mode != READ_PLAIN && best[DM_REPLY_DATE_EXACT].found && labelled.found)
		best[DM_REPLY_DATE_EXACT] = labelled;
	/* "Mag ik de factuur voldoen na die levering?" after the delivery's day, and no
	 * other day given to the payment: the day after the event (goods.c). */
	if (mode != READ_PLAIN && !best[DM_REPLY_DATE_EXACT].found && after_event.found)
		best[DM_REPLY_DATE_EXACT] = after_event;
	/* The run's time, unless a day on the side asked for as well is given, one that pays
	 * where the run's clause does: "on the 25th when our month-end run goes through", not
	 * "received on 9 October ... scheduled for Friday's BACS run". */
	const Candidate *kept = &best[DM_REPLY_DATE_EXACT];
	if (mode != READ_PLAIN && run.found &&
	    (!kept->found || run.rank < kept->rank ||
	     (run.rank == kept->rank && run.pays && !kept->pays)))
		best[DM_REPLY_DATE_EXACT] = run;
	if (mode != READ_PLAIN && !best[DM_REPLY_DATE_EXACT].found && rhythm.found) {
		if (best[DM_REPLY_DATE_VAGUE].found && best[DM_REPLY_DATE_VAGUE].kind == D_WEEK)
			rhythm_in_week(&rhythm.date, &best[DM_REPLY_DATE_VAGUE].date, reference);
		best[DM_REPLY_DATE_EXACT] = rhythm;
	}
	/* "Morgen, samen met de factuur van 12 februari": what followed gave no day. */
	if (!best[DM_REPLY_DATE_EXACT].found && !best[DM_REPLY_DATE_VAGUE].found && greeting.found)
		best[DM_REPLY_DATE_EXACT] = greeting;
	/* A stated date wins wherever it stands: "volgende week, uiterlijk 4 december". */
	DmReplyDatePrecision which = best[DM_REPLY_DATE_EXACT].found ? DM_REPLY_DATE_EXACT
	                                                             : DM_REPLY_DATE_VAGUE;
	if (!best[which].found)
		return FALSE;
	*out = best[which].date;
	*rivalled = g_date_valid(&rival);
	if (offset)
		*offset = best[which].start;
	if (precision)
		*precision = which;
	return TRUE;
}

/* read_date, or the answer it gave last for the same question (its answer depends on
 * nothing else: the scan's text is fixed). */
static gboolean
find_date(DmReplyDateScan *scan, const GDate *reference, gboolean past, gboolean month_first,
          ReadMode mode, GDate *out, gsize *offset, DmReplyDatePrecision *precision)
{
	g_return_val_if_fail(scan != NULL && out != NULL, FALSE);
	if (reference == NULL || !g_date_valid(reference))
		return FALSE;
	Answer *a = &scan->answers[mode];
	guint32 julian = g_date_get_julian(reference);
	if (!a->asked || a->reference != julian || a->past != past ||
	    a->month_first != month_first) {
		*a = (Answer){ TRUE, julian, past, month_first, FALSE, { 0 }, 0,
		               DM_REPLY_DATE_EXACT, FALSE };
		g_date_clear(&a->out, 1);
		a->found = read_date(scan, reference, past, month_first, mode, &a->out, &a->offset,
		                     &a->precision, &a->rivalled);
	}
	if (!a->found)
		return FALSE;
	*out = a->out;
	if (offset)
		*offset = a->offset;
	if (precision)
		*precision = a->precision;
	return TRUE;
}

gboolean
dm_reply_scan_find_date_precise(DmReplyDateScan *scan, const GDate *reference, gboolean past,
                                gboolean month_first, GDate *out, gsize *offset,
                                DmReplyDatePrecision *precision)
{
	return find_date(scan, reference, past, month_first, READ_CLAUSE, out, offset, precision);
}

gboolean
dm_reply_scan_date_rivalled(const DmReplyDateScan *scan)
{
	g_return_val_if_fail(scan != NULL, FALSE);
	const Answer *a = &scan->answers[READ_CLAUSE];
	return a->asked && a->found && a->precision == DM_REPLY_DATE_EXACT && a->rivalled;
}

gboolean
dm_reply_scan_find_payment_date(DmReplyDateScan *scan, const GDate *reference,
                                gboolean month_first, GDate *out, gsize *offset)
{
	return find_date(scan, reference, FALSE, month_first, READ_PAYMENT, out, offset, NULL);
}

gboolean
dm_reply_scan_find_payment_date_precise(DmReplyDateScan *scan, const GDate *reference,
                                        gboolean month_first, GDate *out, gsize *offset,
                                        DmReplyDatePrecision *precision)
{
	return find_date(scan, reference, FALSE, month_first, READ_PAYMENT, out, offset, precision);
}

gboolean
dm_reply_scan_find_date(DmReplyDateScan *scan, const GDate *reference, gboolean past,
                        GDate *out, gsize *offset)
{
	return find_date(scan, reference, past, FALSE, READ_PLAIN, out, offset, NULL);
}

/* The entry points on a text of their own.  A text without a usable reference is not
 * scanned at all. */

gboolean
dm_reply_find_date_precise(const char *text, const GDate *reference, gboolean past,
                           gboolean month_first, GDate *out, gsize *offset,
                           DmReplyDatePrecision *precision)
{
	g_return_val_if_fail(text != NULL && out != NULL, FALSE);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(text);
	return dm_reply_scan_find_date_precise(scan, reference, past, month_first, out, offset,
	                                       precision);
}

gboolean
dm_reply_find_payment_date(const char *text, const GDate *reference, gboolean month_first,
                           GDate *out, gsize *offset)
{
	g_return_val_if_fail(text != NULL && out != NULL, FALSE);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(text);
	return dm_reply_scan_find_payment_date(scan, reference, month_first, out, offset);
}

gboolean
dm_reply_find_date(const char *text, const GDate *reference, gboolean past, GDate *out,
                   gsize *offset)
{
	g_return_val_if_fail(text != NULL && out != NULL, FALSE);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(text);
	return dm_reply_scan_find_date(scan, reference, past, out, offset);
}
