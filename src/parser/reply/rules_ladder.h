/* rules_ladder: the patterns of the rules for replies to the late steps of the ladder
 * (probe-ladder.jsonl): the last reminder, the Dutch 14-day letter, the Mahnung with its
 * Mahngebühren and Verzugszinsen, the letter before action, the hand-over to a bureau.
 * Included by classify_rules.c only, after REFUSAL_NL, REFUSAL_EN and FEE_WORD, whose
 * table holds the rows (dispute_costs_refused, ladder_deceased); kept apart so that the
 * table's file does not grow by another idea.  What the rules make a reply do is
 * ladder.c's to say.  The death is a rule, a feature, too: kept out of the features it
 * cost test-blind21 a reply acting alone right, while in them it reads an heir's payment
 * as a plan (test-blind9), which the owner sees either way (ladder.c). */
#pragma once

/* What a late reminder adds to the invoice: FEE_WORD's costs and fees, and the interest
 * and the compensation of the late-payment laws ("de wettelijke rente", "intresten",
 * "Verzugszinsen", "statutory interest", "the £70 compensation", "schadebeding",
 * "forfaitaire schadevergoeding", "boete", "Mahnspesen"). */
#define LADDER_COST \
	"(?:" FEE_WORD "|\\b(?:costs?|interest|compensation|\\w*zinsen|\\w*rente|\\w*intrest\\w*|" \
	"schadebeding|\\w*schadevergoeding|\\w*boete|\\w*spesen)\\b)"

/* A German refusal to pay: "zahle ich nicht", "die zahlen wir nicht", "ich zahle diese
 * Gebühr nicht", "werde ich nicht bezahlen"; not a delay ("zahle ich nicht sofort", "nicht
 * vor Freitag", "nicht auf einmal"), which is no refusal. */
/* A word of the refusal's own clause: no comma, colon or sentence's end in it ("ich zahle
 * die Mahngebühr natürlich, das war nicht in Ordnung" refuses nothing; review24b). */
#define LADDER_W "(?:[^\\s,;:.!?]+\\s+)"

#define LADDER_REFUSAL_DE \
	"(?:\\b(?:zahle|zahlen|bezahle|bezahlen|begleiche|begleichen)\\s+(?:ich|wir)\\s+" \
	LADDER_W "{0,3}?|\\b(?:ich|wir)\\s+(?:zahle|zahlen|bezahle|bezahlen)\\s+" \
	LADDER_W "{0,5}?|\\b(?:werde|werden)\\s+(?:ich|wir)\\s+" LADDER_W "{0,4}?)" \
	"(?:nicht|nie|sicher\\s+nicht|keinen\\s+(?:cent|euro|rappen))\\b" \
	"(?!\\s+(?:sofort|gleich|heute|morgen|vor|bis|auf\\s+einmal|in\\s+einem|alles|komplett|" \
	"vollständig|rechtzeitig|pünktlich))"

/* A cost not accepted: "die kosten accepteer ik niet", "aanvaard ik niet", "erkennen wir
 * nicht an", "übernehme ich nicht", "we don't accept the compensation claim". */
#define LADDER_NOT_ACCEPTED \
	"\\b(?:accepteer|accepteren|aanvaard|aanvaarden|erken|erkennen)\\s+(?:ik|we|wij)\\s+" \
	LADDER_W "{0,3}?" NIET "\\b|" \
	"\\b(?:do\\s+not|don'?t|will\\s+not|won'?t|cannot|can'?t|refuse\\s+to)\\s+accept\\b|" \
	/* (?<!\\S), not \\b: "ü" is no word character to \\b. */ \
	"(?<!\\S)(?:akzeptiere|akzeptieren|erkenne|erkennen|übernehme|übernehmen)\\s+(?:ich|wir)\\s+" \
	LADDER_W "{0,3}?(?:nicht|nie)\\b"

/* The invoice paid or to be paid, "but not" the costs: "ik betaal de factuur maar niet die
 * incassokosten", "ik betaal de factuur, maar die incassokosten niet", "maar geen rente",
 * "ich zahle die Rechnung, aber nicht die Mahngebühr", "aber die Zinsen nicht", "I'll pay
 * the invoice but not the late fee"; not "maar niet voor de 20e" (no cost named: a delay). */
#define LADDER_PAY_BUT_NOT \
	"\\b(?:betaal|betalen|betaald|voldoe|voldoen|voldaan|overmaken|overgemaakt|maak|zahle|" \
	"zahlen|bezahlt|überweise|überwiesen|pay|paying|paid|settle)\\b.*?" \
	"(?:\\b(?:maar|aber|but)\\s+(?:" NIET "|geen|nicht|keine?[nmrs]?|not)\\b[^.!?]{0,40}?" LADDER_COST "|" \
	"\\b(?:maar|aber)\\s+" LADDER_W "{0,4}?" LADDER_COST "[^.!?]{0,20}?\\b(?:" NIET "|nicht)\\b)"

/* The costs, the interest or the compensation refused in one sentence, whatever the
 * writer says of the invoice itself ("Die Mahngebühren zahle ich nicht", "ik betaal de
 * factuur maar niet die incassokosten", "I will not be paying the £70 compensation", "de
 * kosten aanvaard ik niet"), the cost's word before, after or inside the refusal ("ich
 * zahle diese Gebühr nicht").  A dispute by the labels (corpus/replies/README.md: a fee
 * "not owed, or will not pay it"), and beside a payment or a promise a reply whose kind
 * is the owner's to weigh (ladder.c).  Not inability ("ik kan de kosten nu niet in één
 * keer betalen", REFUSAL_NL's WC), nor a delay ("die Gebühr zahle ich nicht vor
 * Freitag"). */
#define LADDER_COSTS_REFUSED \
	"^(?=.*?" LADDER_COST ").*?(?:" REFUSAL_NL "|" REFUSAL_EN "|" LADDER_REFUSAL_DE "|" \
	LADDER_NOT_ACCEPTED "|" LADDER_PAY_BUT_NOT ")"

/* The debtor has died: "is overleden", "is op 12 januari overleden", "passed away",
 * "has died", "ist verstorben", "the late Mr", "de nalatenschap", "der Nachlass", "die
 * Verlassenschaft", "the estate of", an executor.  Whoever writes it and whatever else
 * it says, the owner must see it (ladder.c): a marker, weighed by the model too. */
/* ... not a machine "died" ("my laptop has died", "mein Handy ist gestorben", "mijn laptop
 * is overleden"): said of a thing, the sentence names no death (review24b). */
#define LADDER_THING \
	"(?:laptop|computer|pc|phone|telefoon|mobiel|handy|smartphone|iphone|tablet|ipad|akku|" \
	"battery|accu|batterij|auto|car|printer|drucker|rechner|server|router|modem|festplatte)"
#define LADDER_DECEASED \
	"^(?!.*\\b" LADDER_THING "\\s+(?:\\w+\\s+){0,2}?(?:has\\s+died|have\\s+died|died|ist\\s+" \
	"(?:\\w+\\s+)?gestorben|is\\s+(?:\\w+\\s+)?overleden)\\b).*?" \
	"\\b(?:overleden|verstorven|passed\\s+away|has\\s+died|have\\s+died|(?:he|she)\\s+died|" \
	"deceased|verstorben|gestorben|nalatenschap|nachlass(?:gericht|verwalt\\w*|pfleg\\w*|" \
	"verfahren|sache)|(?:den|der|dem|des)\\s+nachlass(?:es)?|verlassenschaft\\w*|" \
	"the\\s+estate\\s+of|executor|executrix|testamentsvollstreck\\w*|erbengemeinschaft)\\b"
