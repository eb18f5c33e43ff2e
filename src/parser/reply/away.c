/* away: a person's reply that says someone is away (dm-reply-away.h).  The automatic
 * kind is recognised by its headers and wording elsewhere (autoreply.c); this one is
 * written by hand, often for someone else, and names the absence in everyday words.
 * Failures: none. */
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* Someone is: "is", "zit", "ist", "Dad's"; or the writer: "ik zit", "ik ben", "I am",
 * "I'm", "ich bin" (session 34: "ik zit nog in Portugal t/m 9 augustus", "I am in China
 * now for the trade fair until 20 April"). */
#define IS "(?:\\bis|\\bzit|\\bist|\\bik\\s+ben|\\bben\\s+ik|\\bi\\s+am|\\bbin|" \
	"\\p{L}+['’][sm])\\s+"
/* In a named place: "in Dubai", "auf Kur in Bad Gastein" (the place capitalised). */
#define IN_PLACE "\\b(?:in|op|auf)\\s+(?-i:\\p{Lu})\\p{L}+"
/* Within the sentence: no line break, and no full stop but a date's ("bis 28. November"). */
#define NOT_END "(?:[^.\\n]|(?<=\\d)\\.)"
/* Until a day: "tot", "t/m" (tot en met), "until", "bis". */
#define UNTIL "(?:tot|t/m|till?|until|bis)"

static DmPattern away_re = DM_PATTERN(
	"(?<!\\p{L})(?:afwezig|met\\s+vakantie|op\\s+vakantie|met\\s+verlof|op\\s+reis|"
	"in\\s+het\\s+buitenland|niet\\s+(?:aanwezig|op\\s+kantoor|bereikbaar)|in\\s+het\\s+ziekenhuis|"
	"out\\s+of\\s+(?:the\\s+)?(?:office|country)|abroad|on\\s+(?:leave|holiday|vacation)|"
	/* "away", but not "right away", "straight away": at once, nobody's absence. */
	"(?<!right\\s)(?<!straight\\s)away|"
	"travell?ing|in\\s+hospital|"
	/* "James is off until 4 January", "off sick" (test-blind32); not "off" of a payment
	 * ("paid off", "written off"). */
	"(?:\\bis|\\bare|['’]s|['’]re)\\s+off(?=\\s+(?:until|till|sick|work|today|this\\s+week)(?!\\p{L}))|"
	"off\\s+sick|"
	/* the Austrian "auf Urlaub" */
	"abwesend|im\\s+urlaub|in\\s+urlaub|auf\\s+urlaub|verreist|im\\s+ausland|auf\\s+montage|"
	"nicht\\s+(?:im\\s+büro|erreichbar)|im\\s+krankenhaus|in\\s+den\\s+ferien|"
	/* a cure, a rehabilitation, work far off: "auf Kur in Bad Gastein", "in der Reha",
	 * "op zakenreis", "auf Dienstreise", "away on the mines", "offshore" */
	"auf\\s+kur|zur\\s+kur|op\\s+kuur|in\\s+(?:der\\s+)?reha|auf\\s+reha|op\\s+zakenreis|auf\\s+dienstreise|"
	"on\\s+a\\s+business\\s+trip|offshore|at\\s+sea|op\\s+zee|auf\\s+see|on\\s+the\\s+(?:mines|rigs)|"
	/* a honeymoon: "op huwelijksreis", "on her honeymoon", "in den Flitterwochen", "auf
	 * Hochzeitsreise" (test-blind33) */
	"op\\s+huwelijksreis|on\\s+(?:(?:her|his|their|our|my)\\s+)?honeymoon|"
	"in\\s+den\\s+flitterwochen|auf\\s+hochzeitsreise|"
	/* someone in a named place until a day, in the sentence that says so: "Mijn man zit tot
	 * 15 januari voor zijn werk in Dubai", "Dad's in Bali till 14 Jan" */
	IS UNTIL "\\s+" NOT_END "{1,40}?" IN_PLACE "|"
	IS "(?:\\p{L}+\\s+){0,3}?" IN_PLACE "(?=" NOT_END "{0,40}\\b" UNTIL "\\b))(?!\\p{L})",
	PCRE2_CASELESS);

/* Whether @re matches @text within what a reply is read to. */
static gboolean
found(DmPattern *re, const char *text)
{
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(re, text, len, 0, &m);
}

gboolean
dm_reply_says_away(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&away_re, text);
}

/* A word of paying, or of doing what is asked, in a promise. */
#define RETURN_PAYS "(?:betaal|betaalt|betalen|betaling|maak|maakt|maken|overmaken|voldoe|" \
	"voldoet|voldoen|stort|storten|regel|regelt|regelen|doe|doet|doen|pay|pays|paying|payment|" \
	"settle|settles|transfer|wire|sort|do|handle|deal|zahle|zahlt|zahlen|zahlung|bezahle|" \
	"bezahlt|bezahlen|überweise|überweist|überweisen|überweisung|begleiche|begleicht|" \
	"begleichen|erledige|erledigt|erledigen|mache|macht|machen)"

/* The payment (or what is to be done) on the writer's or the debtor's return: "Ik betaal
 * dat meteen als ik terug ben", "hij betaalt het zodra hij weer thuis is", "I'll pay it
 * when I'm back", "once he gets back", "on my return", "nach meiner Rückkehr", "sobald er
 * wieder da ist". */
static DmPattern on_return_re = DM_PATTERN(
	/* ... in the sentence that pays: not "maar ik maak het morgen over. Als ik terug ben
	 * stuur ik u het betaalbewijs", whose payment is tomorrow's. */
	"(?:^|(?<=[.!?\\n]))(?=[^.!?\\n]*?(?<!\\p{L})" RETURN_PAYS "(?!\\p{L}))[^.!?\\n]*?"
	"(?<!\\p{L})(?:"
	"(?:als|zodra|wanneer|na\\s+dat)\\s+(?:ik|hij|zij|ze|we|wij)\\s+(?:\\p{L}+\\s+){0,2}?"
	/* not money back: "als ik mijn geld terug heb", "terugkrijg" */
	"(?:terug(?!\\s+(?:heb|hebben|heeft|krijg|krijgt|krijgen|gestort|betaald)(?!\\p{L}))|thuis)|"
	"(?:na|bij)\\s+(?:mijn|zijn|haar|onze)\\s+(?:terugkeer|terugkomst|thuiskomst)|"
	"(?:when|once|as\\s+soon\\s+as|after)\\s+(?:i|he|she|we|they)"
	"(?:['’](?:m|s|re)|\\s+(?:am|is|are|get|gets|come|comes))\\s+(?:\\p{L}+\\s+)?(?:back|home)|"
	"(?:on|after|upon)\\s+(?:my|his|her|our|their)\\s+return|"
	"(?:wenn|sobald|nachdem)\\s+(?:ich|er|sie|wir)\\s+(?:\\p{L}+\\s+){0,2}?"
	"(?:zurück|wieder\\s+da|daheim|zuhause|zu\\s+hause)|"
	"nach\\s+(?:meiner|seiner|ihrer|unserer)\\s+(?:rückkehr|rückkunft))(?!\\p{L})",
	PCRE2_CASELESS);

gboolean
dm_reply_says_on_return(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&on_return_re, text);
}
