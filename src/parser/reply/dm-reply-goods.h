/* dm-reply-goods: replies about what was delivered — goods sent back, a delivery, a
 * fitting, a lesson or a wedding moved — and the days they name (goods.c; written with
 * corpus/replies/probe-goods.jsonl).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Words that give the day beside them to the goods or the work, not to a payment: a
 * parcel sent back or signed for, a rental, an event moved or called off, a course, a
 * shoot, a party ("De trui heb ik op 3 november teruggestuurd", "the shoot has been
 * pushed to 16 May", "gehuurd eind oktober", "am 2. Februar zurückgeschickt").  An
 * alternation for classify_dates.c's BOOKING_WORDS, matched caseless between letter
 * boundaries. */
#define DM_REPLY_GOODS_EVENT_WORDS \
	"teruggestuurd|teruggezonden|teruggebracht|retour\\s+gestuurd|geretourneerd|" \
	"sent\\s+(?:\\p{L}+\\s+){0,3}back|shipping\\s+back|signed\\s+for|" \
	"zurückgeschickt|zurückgesandt|zurückgesendet|zurückgebracht|rücksendung|retourniert|" \
	"gehuurd|rented|gemietet|ausgeliehen|" \
	"verschoven|verplaatst|uitgesteld|moved|pushed|postponed|rescheduled|verschoben|verlegt|" \
	"afgezegd|geannuleerd|abgesagt|storniert|" \
	"fotoshoot|(?<!first\\s)(?<!second\\s)(?<!first-)(?<!second-)class|classes|cursus|course|kurs|lessen|unterricht|montagetermin|" \
	"agenda|diary|calendar|kalender|feest|party|verjaardag|birthday|geburtstag|jubileum"

/* Whether @text (@len bytes) asks, after @from (the end of an event's day: a delivery, a
 * fitting, a lesson, a wedding), to pay after that event: "Mag ik de factuur voldoen na
 * die levering?", "could I pay the rental balance after that?", "die Rechnung erst danach
 * begleichen", "nach der Hochzeit zahlen".  The event's day is then no payment's, but
 * the day after it is the one asked for (corpus/replies/README.md, test-blind20's calls:
 * "na die eerste les op 4 maart": 5 March).  Not "na het weekend", "after the holidays",
 * "nach dem Urlaub" (a time of the writer's, no event of the goods), nor an "after" in a
 * sentence that pays nothing or tells of a payment made ("danach habe ich bezahlt"). */
gboolean dm_reply_pays_after_event(const char *text, gsize len, gsize from);

/* Whether the day at [@start, @end) of @text (@len bytes) is an event's that the text
 * names in the day's sentence and again after it, after "na", "after", "nach", in a
 * sentence that pays: "Ik doe dinsdag 14 april examen, … betaal ik na mijn examen", "My
 * surgery is on Thursday 26 November, I'll pay after the surgery" (test-blind7).  The
 * day is then the event's, and the payment's the day after it (dm_reply_pays_after_event
 * reads the "after").  Not a time of the writer's own ("na mijn vakantie", "after the
 * weekend": which day of it ends it is not said). */
gboolean dm_reply_event_named_again(const char *text, gsize len, gsize start, gsize end);

/* The rules of goods replies (classify_rules.c, goods_*), one sentence at a time.
 *
 * Goods sent back: "Ik heb de trui teruggestuurd", "I sent the blender back", "returned
 * the lens", "Die Rücksendung ist … angekommen", "zurückgeschickt".  A return of one
 * thing is often a return instead of paying (a dispute); of another order's thing beside
 * a promise it is not, so it is a feature the model weighs, not a class. */
#define DM_REPLY_GOODS_SENT_BACK \
	"\\b(?:teruggestuurd|teruggezonden|teruggebracht|geretourneerd|retour\\s+(?:gestuurd|" \
	"gezonden|gedaan))\\b|" \
	"\\b(?:sent|posted|shipped|mailed|took|brought|shipping|sending)\\s+(?:[\\w'’-]+\\s+){0,4}?" \
	"back\\b|\\breturned\\s+(?:the|it|them|my|our|both|all)\\b|" \
	"\\b(?:zurückgeschickt|zurückgesandt|zurückgesendet|zurückgebracht|retourniert|" \
	"rücksendung)"
/* A refund or a credit note expected in place of the invoice: "Ik verwacht dus mijn geld
 * terug", "this invoice should be zero", "stellen Sie mir eine Gutschrift aus, statt mich
 * zu mahnen".  Not "de creditnota heb ik ontvangen" (a credit note received). */
#define DM_REPLY_GOODS_REFUND_DUE \
	"\\b(?:verwacht|verwachten|expect|expecting|erwarte|erwarten)\\b.{0,40}?(?:\\bgeld\\s+terug|" \
	"terugbetaling|terugstorting|creditnota|\\brefund|\\bcredit|gutschrift|erstattung|" \
	"\\bgeld\\s+zurück)|" \
	"\\b(?:should|moet|müsste|sollte)\\s+(?:be\\s+|dus\\s+|doch\\s+)?(?:zero|nul|null|void|" \
	"cancelled|vervallen|storniert)\\b|" \
	"\\b(?:statt|anstatt)\\s+(?:mich|uns)\\s+zu\\s+mahnen|\\binstead\\s+of\\s+(?:sending\\s+)?" \
	"(?:a\\s+)?reminders?\\b|\\bin\\s+plaats\\s+van\\s+(?:een\\s+)?(?:herinnering|aanmaning)"
/* Payment waits until the goods or the work are put right: "Zodra hij echt gemaakt is
 * betaal ik", "Als de goede maat er is, betaal ik", "I'll settle up once it's actually
 * fixed", "Sobald die zwei fehlenden da sind, überweise ich".  A wait on the writer's own
 * money ("zodra mijn salaris binnen is", "once my pay is in") is a promise: none of these
 * words. */
#define GOODS_CONDITION "(?:zodra|als|wanneer|once|when|as\\s+soon\\s+as|sobald|wenn)"
#define GOODS_PUT_RIGHT "(?:gemaakt|gerepareerd|hersteld|vervangen|afgewerkt|opgelost|" \
	"nageleverd|compleet|fixed|repaired|sorted|replaced|working|complete|done|finished|" \
	"repariert|behoben|ersetzt|ausgetauscht|nachgeliefert|vollständig|" \
	"(?:de|the|die)\\s+(?:goede|juiste|right|correct|richtige|richtigen|fehlenden|missing|" \
	"ontbrekende|andere|other|anderen|restlichen|rest))"
#define GOODS_PAY_VERB "(?:betaal\\w*|voldoe\\w*|stort\\w*|maak\\s+ik\\b|pay\\w*|settle\\w*|" \
	"release\\w*|go\\s+over|zahl\\w*|bezahl\\w*|überweis\\w*|begleich\\w*)"
#define DM_REPLY_GOODS_PAY_ONCE_RIGHT \
	"\\b" GOODS_CONDITION "\\b.{0,50}?\\b" GOODS_PUT_RIGHT "\\b.{0,40}?\\b" GOODS_PAY_VERB "|" \
	"\\b" GOODS_PAY_VERB ".{0,40}?\\b" GOODS_CONDITION "\\b.{0,50}?\\b" GOODS_PUT_RIGHT "\\b"
/* A question that asks whether the line is right and refuses nothing: "Of zie ik iets
 * over het hoofd?", "Or am I missing something?", "Oder übersehe ich etwas?". */
#define DM_REPLY_GOODS_AM_I_WRONG \
	"\\bof\\s+(?:zie|begrijp|lees|mis)\\s+ik\\b|\\bof\\s+vergis\\s+ik\\s+me\\b|" \
	"\\bof\\s+heb\\s+ik\\s+(?:het|dat|iets)\\s+(?:mis|verkeerd)|" \
	"\\bor\\s+am\\s+i\\s+(?:missing|wrong|mistaken|misunderstanding|misreading)\\b|" \
	"\\bor\\s+(?:have|did)\\s+i\\s+(?:got|get|misunderstood|misread|miss)\\b|" \
	"\\boder\\s+(?:übersehe|verstehe|sehe|lese)\\s+ich\\b|\\boder\\s+irre\\s+ich\\b"
/* A payment day asked for as leave: "Kan ik ze op 6 februari betalen?", "Could I pay it
 * on the 27th?", "Is het goed als ik de bloemen op 1 juni betaal?", "Mag ik de factuur
 * voldoen na die levering?", "Dürfte ich die Blumen nach der Hochzeit zahlen?": a delay
 * put to the owner (an arrangement), not a promise.  Not "Kan ik met TWINT betalen?" (no
 * day), nor "Ik betaal op de 27e." (no asking). */
#define GOODS_MAY_I "(?:kan|mag|kunnen|mogen|could|can|may|könnte|kann|darf|dürfte|" \
	"is\\s+het\\s+goed\\s+als|zou\\s+het\\s+kunnen\\s+dat|is\\s+it\\s+ok(?:ay)?\\s+if|" \
	"would\\s+it\\s+be\\s+ok(?:ay)?\\s+if|is\\s+(?:it\\s+)?possible\\s+(?:that|to)|" \
	"wäre\\s+es\\s+(?:ok|okay|in\\s+ordnung)\\s*,?\\s+wenn|ist\\s+es\\s+(?:ok|okay|in\\s+ordnung)" \
	"\\s*,?\\s+wenn)\\s+(?:ik|we|wij|i|ich|wir)\\b"
#define GOODS_LATER "(?:\\b(?:op|on|am|per|na|after|nach|tot|until|bis)\\s+(?:de\\s+|the\\s+|" \
	"den\\s+|dem\\s+)?\\d|\\b(?:na|after|nach)\\s+(?:die|de|het|deze|that|this|the|der|dem|" \
	"dieser)\\b|\\b(?:daarna|danach|afterwards|after\\s+that)\\b)"
/* The question mark after the asking is looked for only where an asking starts (the
 * first lookahead): looked for first, at every place of a sentence, it read to the line's
 * end from each (the same hits; bench/README.md, session 31). */
#define DM_REPLY_GOODS_DAY_ASKED \
	"\\b(?=" GOODS_MAY_I ")(?=.*\\?)" GOODS_MAY_I "(?:" \
	".{0,60}?\\b(?:betalen|betaal|voldoen|overmaken|overboeken|pay|" \
	"settle|zahlen|bezahlen|begleichen|überweisen)\\b.{0,50}?" GOODS_LATER "|" \
	".{0,40}?" GOODS_LATER ".{0,40}?\\b(?:betalen|betaal|voldoen|" \
	"overmaken|overboeken|pay|settle|zahlen|bezahlen|begleichen|überweisen)\\b)"
/* A flaw in the goods: "er zit een kras in het tafelblad", "the canvas has faded", "an
 * einer Ecke abgeplatzt", "de kleur klopt niet".  Beside a payment it is the complaint
 * that asks nothing back (`paid` with `dispute` secondary, test-blind20's calls). */
#define DM_REPLY_GOODS_FLAW \
	"\\b(?:kras|krassen|barst|gebarsten|deuk|vlek|vlekken|verkleurd|vervaagd|beschadigd|" \
	"scratch\\w*|crack\\w*|dent|dented|stain\\w*|faded|chipped|damaged|" \
	"kratzer|riss|gerissen|delle|fleck|flecken|verblasst|ausgeblichen|abgeplatzt|beschädigt|" \
	"undicht|lekt|leaking|leaks)\\b|\\bkleur\\s+(?:klopt|is)\\s+niet\\b|" \
	"\\bniet\\s+(?:de|in\\s+de)\\s+kleur\\b|\\bwrong\\s+colou?r\\b|\\bfalsche\\s+farbe\\b"

