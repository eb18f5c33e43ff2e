/* classify_rules: the built-in rule set that classifies a debtor's reply (Dutch, English).
 *
 * One row per rule: a stable name (shown by `explain`, used in the ledger), the class it
 * speaks for, whether it negates that class, a weight (how sure one match makes us) and a
 * PCRE2 pattern.  Patterns are matched caseless with Unicode word classes against one
 * sentence at a time (classify.c splits the text), so ".{0,40}?" never reaches into the
 * next sentence.  A negating rule cancels the matches of its class in the same sentence:
 * "nog niet betaald" cancels "betaald".  Kept as data so that later issues can load users'
 * own rules in the same shape.
 *
 * Writing rules: match what debtors write, not the words of one example; prefer a weight
 * below 0.7 for a pattern that can also occur in a reply of another class. */
#include "parser/dm-reply.h"
#include "parser/dm-reply-private.h"

/* Up to N words in between. */
#define W(n) "(?:[\\w'’-]+[\\s,]+){0," #n "}?"

#define GOODS \
	"(?:goederen|spullen|producten|product|bestelling|levering|pakket|pakketje|artikelen|" \
	"artikel|zending|order|dienst|diensten|werkzaamheden|goods|items|products?|package|" \
	"parcel|delivery|shipment|service|order)"

static const DmReplyRule rules[] = {
	/* ---- dispute ---- */
	{ "dispute_niet_eens", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\b(?:niet|nie)\\s+" W(2) "(?:mee\\s+)?(?:eens|akkoord)\\b" },
	{ "dispute_oneens", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85, "\\boneens\\b" },
	{ "dispute_klopt_niet", DM_REPLY_CLASS_DISPUTE, FALSE, 0.8,
	  "\\bklopt\\s+" W(3) "niet\\b|\\bniet\\s+" W(1) "(?:correct|juist|terecht)\\b|"
	  "\\bonjuist\\w*|\\bincorrect\\w*" },
	{ "dispute_verkeerd", DM_REPLY_CLASS_DISPUTE, FALSE, 0.75,
	  "\\bverkeerde?\\s+" W(1) "(?:factuur|bedrag|prijs|tarief|aantal|btw|berekening|"
	  "uren|facturatie)\\b|\\b(?:factuur|bedrag|prijs|rekening)\\s+" W(3) "(?:te\\s+hoog|"
	  "verkeerd|fout)\\b" },
	{ "dispute_betwist", DM_REPLY_CLASS_DISPUTE, FALSE, 0.9,
	  "\\bbetwist\\w*|\\bdisputes?\\b|\\bdisputed\\b|\\bcontest(?:ed|ing)?\\b|"
	  "\\bbezwaar\\b|\\bobject\\s+to\\b" },
	{ "dispute_onterecht", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\bonterecht\\w*|\\bten\\s+onrechte\\b|\\bunjustified\\b|\\bunwarranted\\b|"
	  "\\bnot\\s+justified\\b" },
	{ "dispute_niet_besteld", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\b(?:niet|nooit|nimmer)\\s+" W(3) "(?:besteld|afgenomen|opgedragen|"
	  "geleverd|gekocht)\\b|\\bnooit\\s+" W(2) "(?:iets\\s+)?besteld\\b" },
	{ "dispute_niet_ontvangen", DM_REPLY_CLASS_DISPUTE, FALSE, 0.8,
	  GOODS ".{0,40}?\\b(?:niet|nooit|nog\\s+steeds\\s+niet)\\s+" W(2)
	  "(?:ontvangen|gekregen|aangekomen|bezorgd|geleverd|binnen)\\b|"
	  "\\b(?:niet|nooit)\\s+" W(2) "(?:ontvangen|gekregen)\\b.{0,30}?" GOODS },
	{ "dispute_weiger", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\bweiger\\w*|\\brefuse\\w*\\s+to\\s+pay\\b|\\b(?:will\\s+not|won'?t)\\s+(?:be\\s+)?pay\\w*|"
	  "\\bga\\s+" W(3) "niet\\s+(?:betalen|voldoen)\\b|"
	  "\\bbetaal\\s+(?:ik|wij|we)\\s+" W(2) "niet\\b" },
	{ "dispute_disagree", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\b(?:do\\s+not|don'?t|does\\s+not|doesn'?t|cannot|can'?t)\\s+agree\\b|\\bdisagree\\w*|"
	  "\\bnot\\s+(?:correct|right|accurate)\\b|\\bwrong\\s+" W(1) "(?:invoice|amount|price|"
	  "bill|charge|rate)\\b|\\b(?:invoice|amount|bill|charge|price)\\s+" W(3)
	  "(?:wrong|too\\s+high|incorrect|not\\s+correct|mistake)\\b" },
	{ "dispute_never_received", DM_REPLY_CLASS_DISPUTE, FALSE, 0.85,
	  "\\bnever\\s+" W(1) "(?:received|got|ordered|asked\\s+for)\\s+" W(2) GOODS "\\b|"
	  "\\b" GOODS "\\b.{0,40}?\\b(?:never|not|hasn'?t|haven'?t|didn'?t)\\s+" W(1)
	  "(?:arrived|received|delivered|come|shown\\s+up)\\b|"
	  "\\b(?:did\\s+not|didn'?t|never)\\s+order\\w*" },
	{ "dispute_dubbel", DM_REPLY_CLASS_DISPUTE, FALSE, 0.8,
	  "\\bdubbel\\s+" W(1) "(?:gefactureerd|berekend|in\\s+rekening)|"
	  "\\btwee\\s+keer\\s+" W(1) "(?:gefactureerd|berekend|in\\s+rekening)|"
	  "\\b(?:charged|billed|invoiced)\\s+twice\\b|\\bdouble\\s+(?:billed|charged|invoiced)\\b" },
	{ "dispute_complaint", DM_REPLY_CLASS_DISPUTE, FALSE, 0.55,
	  "\\bklacht\\w*|\\bcomplaint\\b|\\bontevreden\\b|\\bniet\\s+tevreden\\b|"
	  "\\bnot\\s+(?:happy|satisfied)\\b|\\bcreditnota\\b|\\bcreditfactuur\\b|"
	  "\\bcredit\\s+note\\b|\\bgebrekkig\\b|\\bkapot\\b|\\bdefect\\w*|\\bbroken\\b|"
	  "\\bdamaged\\b|\\bbeschadigd\\b" },
	{ "neg_dispute_niet_oneens", DM_REPLY_CLASS_DISPUTE, TRUE, 0,
	  "\\bniet\\s+" W(2) "oneens\\b|\\bnot\\s+" W(1) "disagree\\b" },
	{ "neg_dispute_geen", DM_REPLY_CLASS_DISPUTE, TRUE, 0,
	  "\\bgeen\\s+(?:bezwaar|discussie|klacht\\w*|probleem|betwisting)\\b|"
	  "\\b(?:do\\s+not|don'?t|not)\\s+(?:want\\s+to\\s+)?(?:dispute|contest)\\b|"
	  "\\bno\\s+(?:dispute|objection|complaint)s?\\b|\\bniet\\s+betwist\\w*" },

	/* ---- arrangement ---- */
	{ "arrangement_regeling", DM_REPLY_CLASS_ARRANGEMENT, FALSE, 0.9,
	  "\\b(?:af)?betalings?regeling\\w*|\\bbetaalregeling\\w*|\\bafbetal\\w*" },
	{ "arrangement_termijnen", DM_REPLY_CLASS_ARRANGEMENT, FALSE, 0.85,
	  "\\bin\\s+" W(2) "(?:termijnen|delen|gedeelten|porties)\\b|\\btermijnbetaling\\w*|"
	  "\\bgespreid\\w*\\s+" W(1) "(?:betal\\w+|voldoen)|\\bin\\s+(?:twee|drie|vier|vijf|zes|"
	  "\\d+)\\s+(?:keer|maanden|termijnen)\\b|\\bper\\s+maand\\s+" W(3) "(?:betalen|aflossen|"
	  "overmaken|voldoen)\\b|\\belke\\s+maand\\s+" W(3) "(?:betalen|overmaken)\\b" },
	{ "arrangement_plan", DM_REPLY_CLASS_ARRANGEMENT, FALSE, 0.85,
	  "\\bpayment\\s+(?:plan|arrangement|schedule)\\b|\\binstal(?:l)?ments?\\b|"
	  "\\bin\\s+" W(1) "(?:parts|monthly\\s+payments)\\b|\\bspread\\s+" W(2) "payments?\\b|"
	  "\\bpay\\s+" W(3) "in\\s+(?:two|three|four|five|six|\\d+)\\s+(?:parts|times|months)\\b|"
	  "\\b(?:each|every|per)\\s+month\\b" },
	{ "arrangement_uitstel", DM_REPLY_CLASS_ARRANGEMENT, FALSE, 0.6,
	  "\\b(?:betalings)?uitstel\\b|\\bmore\\s+time\\s+to\\s+pay\\b|\\bextension\\b|"
	  "\\bextra\\s+tijd\\b|\\blangere\\s+betaaltermijn\\b" },
	{ "neg_arrangement_geen", DM_REPLY_CLASS_ARRANGEMENT, TRUE, 0,
	  "\\bgeen\\s+(?:betalings)?regeling\\b|\\bno\\s+(?:need\\s+for\\s+(?:a\\s+)?)?payment\\s+plan\\b|"
	  "\\bniet\\s+in\\s+termijnen\\b" },

	/* ---- paid ---- */
	{ "paid_al", DM_REPLY_CLASS_PAID, FALSE, 0.9,
	  "\\b(?:al|alreeds|reeds|inmiddels|allang|al\\s+lang)\\s+" W(3) "(?:betaald|voldaan|"
	  "overgemaakt|overgeboekt|gestort|afgeschreven|geregeld)\\b" },
	{ "paid_perfect", DM_REPLY_CLASS_PAID, FALSE, 0.85,
	  "\\b(?:is|zijn|was|waren|werd|werden|heb|hebben|heeft|had|hadden)\\b.{0,50}?\\b(?:betaald|"
	  "voldaan|overgemaakt|overgeboekt|gestort|afgeschreven)\\b" },
	{ "paid_past", DM_REPLY_CLASS_PAID, FALSE, 0.75,
	  "\\b(?:ik|wij|we)\\s+(?:betaalde|betaalden|maakte|maakten|boekte|boekten)\\b" },
	{ "paid_betaling_gedaan", DM_REPLY_CLASS_PAID, FALSE, 0.8,
	  "\\bbetaling\\s+" W(2) "(?:is|zijn|werd)\\s+" W(2) "(?:gedaan|verricht|verstuurd|"
	  "uitgevoerd|onderweg|verwerkt|verzonden)\\b|\\bbetaalbewijs\\b|\\bbewijs\\s+van\\s+betaling\\b|"
	  "\\bbetalingsbewijs\\b" },
	{ "paid_en", DM_REPLY_CLASS_PAID, FALSE, 0.85,
	  "\\b(?:already|just)\\s+" W(1) "(?:been\\s+)?(?:paid|settled|transferred|wired)\\b|"
	  "\\b(?:have|has|had|was|were|been|is|are|'ve)\\s+" W(2) "(?:paid|settled|transferred|wired)\\b|"
	  "\\b(?:i|we)\\s+(?:paid|transferred|wired|settled)\\b|"
	  "\\bpayment\\s+(?:was|has\\s+been|is|went)\\s+" W(2) "(?:sent|made|done|transferred|"
	  "processed|completed|through|out)\\b|\\bproof\\s+of\\s+payment\\b|"
	  "\\bpayment\\s+(?:confirmation|receipt)\\b|\\b(?:i|we)\\s+(?:sent|made)\\s+" W(1)
	  "(?:the\\s+)?payment\\b" },
	{ "neg_paid_niet", DM_REPLY_CLASS_PAID, TRUE, 0,
	  "\\b(?:niet|nog\\s+niet|geen)\\s+" W(2) "(?:betaald|voldaan|overgemaakt|overgeboekt|"
	  "gestort)\\b|\\b(?:betaald|voldaan|overgemaakt)\\s+" W(1) "(?:moet|moeten|zal|zullen|"
	  "wordt|worden|gaat|gaan|kan|kunnen|heeft\\s+te)\\b|\\bte\\s+betalen\\b|"
	  /* "ik zorg dat het maandag is overgemaakt": a promise in the perfect tense. */
	  "\\bzorg\\w*\\s+" W(2) "dat\\b|\\bvoor\\s+" W(3) "(?:is|zijn)\\s+(?:betaald|overgemaakt)" },
	{ "neg_paid_en", DM_REPLY_CLASS_PAID, TRUE, 0,
	  "\\b(?:not|n't|never)\\s+" W(2) "(?:paid|settled|transferred|wired)\\b|"
	  "\\bnot\\s+yet\\b|\\byet\\s+to\\s+(?:be\\s+)?pa(?:y|id)\\b|\\b(?:will|shall)\\s+be\\s+paid\\b|"
	  "\\bto\\s+be\\s+paid\\b|\\bhas\\s+to\\s+be\\b|\\bneeds?\\s+to\\s+be\\b" },

	/* ---- promise to pay ---- */
	{ "promise_zal", DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, 0.8,
	  "\\b(?:zal|zullen|ga|gaan|gaat|zorg|zorgen|kan|kunnen)\\b.{0,50}?\\b(?:betalen|overmaken|"
	  "voldoen|overboeken|storten|betaald|overgemaakt|voldaan|overgeboekt)\\b" },
	{ "promise_wordt", DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, 0.8,
	  "\\bwordt\\b.{0,50}?\\b(?:betaald|overgemaakt|voldaan|overgeboekt|gestort|voldaan)\\b|"
	  "\\b(?:betaald|overgemaakt|voldaan|overgeboekt)\\s+(?:worden|wordt)\\b" },
	{ "promise_present", DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, 0.65,
	  "\\b(?:ik|wij|we)\\s+(?:betaal|betalen|maak|maken|boek|boeken|voldoe|voldoen|stort|"
	  "storten)\\b|\\b(?:betaal|betalen|maak|maken|boek|boeken|voldoe|voldoen)\\s+(?:ik|wij|we)\\b" },
	{ "promise_volgt", DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, 0.75,
	  "\\bbetaling\\s+(?:volgt|komt)\\b|\\b(?:u|je|jij|jullie)\\s+(?:ontvangt|krijgt)\\s+" W(3)
	  "(?:betaling|bedrag|geld)\\b|\\bwordt\\s+" W(2) "(?:geregeld|opgepakt|voldaan)\\b" },
	{ "promise_en", DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, 0.8,
	  "\\b(?:will|shall|'ll|going\\s+to|gonna|plan\\s+to|intend\\s+to|aim\\s+to|promise\\s+to)\\s+"
	  W(2) "(?:pay|transfer|settle|wire|remit|make\\s+(?:the\\s+)?payment|"
	  "send\\s+(?:the\\s+|a\\s+)?(?:payment|money|funds))\\b|"
	  "\\bpayment\\s+(?:will|shall)\\s+" W(1) "be\\s+(?:made|sent|done|transferred|processed|"
	  "settled|released)\\b|\\bwill\\s+be\\s+(?:paid|settled|transferred)\\b|"
	  "\\byou\\s+will\\s+(?:receive|get|have)\\s+" W(2) "(?:payment|money|funds)\\b|"
	  "\\bpayment\\s+is\\s+(?:scheduled|planned|on\\s+its\\s+way)\\b" },
	{ "neg_promise_niet_kunnen", DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE, 0,
	  "\\b(?:kan|kunnen)\\s+" W(3) "niet\\s+" W(2) "(?:betalen|voldoen|overmaken)\\b|"
	  "\\bniet\\s+(?:kunnen\\s+)?(?:betalen|voldoen|overmaken)\\b|"
	  "\\b(?:cannot|can'?t|unable\\s+to|not\\s+able\\s+to|won'?t|will\\s+not)\\s+" W(2)
	  "(?:pay|transfer|settle)\\b|\\bga\\s+" W(3) "niet\\b" },

	/* ---- question ---- */
	{ "question_kunt_u", DM_REPLY_CLASS_QUESTION, FALSE, 0.8,
	  "\\b(?:kunt|kun|kan|zou|zoudt|wilt|wil)\\s+(?:u|je|jij|jullie)\\b.{0,80}?\\b(?:sturen|"
	  "toesturen|zenden|mailen|opsturen|doorsturen|nasturen|bevestigen|uitleggen|toelichten|"
	  "laten\\s+weten|nagaan|controleren|checken|nakijken|aanpassen|opnieuw|specificeren)\\b" },
	{ "question_welk", DM_REPLY_CLASS_QUESTION, FALSE, 0.8,
	  "\\bwelke?\\s+(?:rekeningnummer|iban|rekening|bedrag|factuur|kenmerk|"
	  "betalingskenmerk|omschrijving|datum)\\b|\\bwhich\\s+(?:account|iban|invoice|reference|"
	  "amount)\\b|\\bwhat\\s+(?:account|iban|bank|reference)\\b" },
	{ "question_factuur_kwijt", DM_REPLY_CLASS_QUESTION, FALSE, 0.75,
	  "\\bfactuur\\b.{0,40}?\\b(?:niet|nooit)\\s+" W(2) "(?:ontvangen|gehad|gekregen|gezien)\\b|"
	  "\\b(?:niet|nooit)\\s+" W(1) "(?:ontvangen|gehad|gekregen)\\b.{0,20}?\\bfactuur\\b|"
	  "\\b(?:never|not)\\s+" W(2) "(?:received|got|seen)\\s+" W(2) "invoice\\b|"
	  "\\bkopie\\s+" W(2) "(?:factuur|van\\s+de\\s+factuur)\\b|\\bcopy\\s+of\\s+" W(2) "invoice\\b" },
	{ "question_en", DM_REPLY_CLASS_QUESTION, FALSE, 0.8,
	  "\\b(?:could|can|would|will)\\s+you\\b.{0,80}?\\b(?:send|resend|provide|forward|"
	  "confirm|explain|check|tell|share|email|clarify|let\\s+me\\s+know)\\b|"
	  "\\bplease\\s+(?:send|resend|provide|forward|explain|clarify)\\b" },
	{ "question_graag", DM_REPLY_CLASS_QUESTION, FALSE, 0.7,
	  "\\b(?:graag|ontvang\\s+ik|stuur)\\s+" W(4) "(?:kopie|specificatie|toelichting|uitleg|"
	  "duplicaat|nieuwe\\s+factuur|factuur\\s+opnieuw)\\b|\\bik\\s+heb\\s+een\\s+vraag\\b|"
	  "\\bvraag\\s+over\\b|\\bquestion\\s+(?:about|regarding)\\b|\\bI\\s+have\\s+a\\s+question\\b" },
	{ "question_vraagwoord", DM_REPLY_CLASS_QUESTION, FALSE, 0.7,
	  "\\b(?:wat|waar|wanneer|waarom|waarvoor|hoe|hoeveel|welke?|wie|what|where|when|why|"
	  "how|which|who)\\b.{0,150}\\?" },
	{ "question_opening", DM_REPLY_CLASS_QUESTION, FALSE, 0.65,
	  /* A question without its question mark: it opens with the question word. */
	  "^\\W*(?:wat|waar|wanneer|waarom|waarvoor|hoe|hoeveel|welke?|wie|what|where|when|why|"
	  "how|which|who)\\s+(?:is|zijn|was|kan|kun|kunt|moet|moeten|wordt|heb|hebt|heeft|moet|"
	  "do|does|did|are|can|should|must|much|many)\\b" },
	{ "question_mark", DM_REPLY_CLASS_QUESTION, FALSE, 0.45, "\\w.{0,200}\\?" },
};

const DmReplyRule *
dm_reply_rules(gsize *n_rules)
{
	*n_rules = G_N_ELEMENTS(rules);
	return rules;
}
