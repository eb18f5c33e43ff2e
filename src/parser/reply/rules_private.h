/* rules_private: the patterns of the rules for replies from the private customers of
 * one-person businesses (test-blind27, opened): a fault the work was to mend that is
 * still there, a charge called unfair, and the partner who pays the bills and will do it
 * once back, a direct debit offered, and "ik doe het morgen".  Included by
 * classify_rules.c only, whose table holds the rows (dispute_not_fixed, dispute_unfair,
 * promise_on_return, arrangement_debit_offered, promise_doe_het); kept apart so that the table's
 * file does not grow by another idea.  The labels they follow are corpus/replies/README.md's. */
#pragma once

/* The fault is still there after the visit: "the boiler is making the same banging noise
 * it did before you came", "the problem hasn't gone away", "it's still leaking", "hij
 * druppelt nog net zo hard", "de lekkage is nog steeds niet verholpen", "es tropft immer
 * noch", "der Mangel ist nicht behoben".  Not "still" of the money ("I still owe you",
 * "nog steeds niet betaald"): a fault's word must stand beside it. */
#define PRIVATE_FAULT_EN "(?:leak\\w*|dripp?\\w*|bang\\w*|broken|blocked|clogged|" \
	"not\\s+(?:working|fixed|draining|heating|flushing)|(?:doesn'?t|does\\s+not|won'?t|isn'?t)\\s+" \
	"(?:work|working|drain|flush|start|heat|close|lock))"
#define PRIVATE_FAULT_NL "(?:lek\\w*|drup\\w*|kapot|stuk|verstopt|lawaai\\w*|herrie|vochtig|" \
	"scheef|bruin|dood|niet\\s+(?:dicht|goed|gemaakt|opgelost|verholpen|gerepareerd))"
#define PRIVATE_FAULT_DE "(?:undicht|tropf\\w*|kaputt|defekt|verstopft|laut|feucht|nass|" \
	"nicht\\s+(?:dicht|behoben|repariert|richtig))"
#define PRIVATE_NOT_FIXED \
	"\\b(?:still|again)\\s+" W(2) PRIVATE_FAULT_EN "\\b|" \
	"\\bsame\\s+" W(2) "(?:noise|problem|issue|fault|leak|sound|smell|error|drip)\\b.{0,40}?" \
	"\\b(?:before|again|as\\s+ever)\\b|" \
	"\\b(?:problem|issue|fault|leak|noise|drip)\\s+" W(2) "(?:hasn'?t|has\\s+not|hadn'?t|isn'?t|" \
	"is\\s+not|wasn'?t|was\\s+not|never)\\s+(?:been\\s+|really\\s+)?(?:gone\\s+away|go\\s+away|" \
	"gone|fixed|solved|resolved|sorted|stopped|repaired|cured)\\b|" \
	"\\b(?:nog\\s+(?:steeds|altijd)|nog\\s+net\\s+zo|alweer)\\s+" W(3) PRIVATE_FAULT_NL "\\b|" \
	"\\b(?:lekt|drupt|druppelt|lekken|druppelen|tikt|piept|rammelt|stinkt)\\s+" W(2) \
	"(?:nog\\s+(?:steeds|altijd)|nog\\s+net\\s+zo|alweer|opnieuw)\\b|" \
	"\\b(?:probleem|lekkage|storing|fout|gebrek)\\s+" W(4) "(?:niet|nie|nooit)\\s+" W(1) \
	"(?:opgelost|verholpen|weg|verdwenen|gerepareerd|hersteld)\\b|" \
	"\\b(?:immer\\s+noch|noch\\s+immer|schon\\s+wieder|nach\\s+wie\\s+vor)\\s+" W(3) \
	PRIVATE_FAULT_DE "\\b|" \
	"\\b(?:tropft|leckt|rinnt|klappert|quietscht|stinkt)\\s+" W(2) "(?:immer\\s+noch|" \
	"noch\\s+immer|schon\\s+wieder|nach\\s+wie\\s+vor)\\b|" \
	"\\b(?:problem|fehler|mangel|schaden|leck|defekt)\\s+" W(3) "(?:nicht|nie)\\s+" W(1) \
	"(?:behoben|beseitigt|gelöst|repariert|weg|verschwunden)\\b"
/* The words one of which every match of PRIVATE_NOT_FIXED holds. */
#define PRIVATE_NOT_FIXED_NEEDS "still again same problem issue fault leak noise drip nog " \
	"alweer lekt drupt druppel lekken tikt piept rammelt stinkt probleem lekkage storing fout " \
	"gebrek immer schon nach tropft leck rinnt klappert quietscht fehler mangel schaden defekt"

/* Paying called unfair: "I don't think it's fair to pay £240", "it's not fair that we
 * pay for", "ik vind het niet eerlijk dat ik de volle prijs betaal", "nicht fair, dass
 * ich das zahlen soll", "unfair". */
#define PRIVATE_UNFAIR \
	"\\b(?:don'?t|do\\s+not)\\s+(?:think|feel)\\s+(?:it'?s|it\\s+is|that'?s|that\\s+is|it\\s+would\\s+be)\\s+" \
	"(?:very\\s+|really\\s+)?(?:fair|right|reasonable)\\b|" \
	"\\b(?:not|n't|hardly)\\s+(?:very\\s+|really\\s+)?(?:fair|reasonable)\\s+(?:to|that|for)\\b" \
	".{0,40}?\\b(?:pay\\w*|charg\\w*|bill\\w*)\\b|" \
	"\\b(?:niet|nie)\\s+(?:echt\\s+|zo\\s+|erg\\s+|helemaal\\s+)?(?:eerlijk|redelijk|fair|netjes)\\b" \
	"(?=.{0,60}?\\b(?:betal\\w*|betaal|rekenen|aanrekenen|gerekend|factur\\w*)\\b)|" \
	"\\b(?:nicht|kaum)\\s+(?:ganz\\s+|wirklich\\s+|so\\s+)?(?:fair|gerecht|angemessen)\\b" \
	"(?=.{0,60}?\\b(?:zahl\\w*|bezahl\\w*|berechn\\w*|verrechn\\w*|abrechn\\w*)\\b)|" \
	"\\b(?:unfair|oneerlijk|ungerecht)\\w*"
#define PRIVATE_UNFAIR_NEEDS "fair right reasonable eerlijk redelijk netjes gerecht angemessen"

/* The one who pays the household's bills will do it once back: "dan regelt hij het
 * meteen als hij terug is", "she'll pay it when she's back from her mum's", "er
 * überweist es, sobald er wieder da ist".  A promise or a relative's note that the
 * debtor is away (`other`, the settled call): the labels part the two by who owes the
 * invoice, which the text does not say, so an "other" read with this rule waits for the
 * owner (dm_reply_rules_name_intent). */
#define PRIVATE_PAY_VERB_NL "(?:regelt|regelen|betaalt|betalen|maakt|overmaken|schrijft|overschrijven)"
#define PRIVATE_PAY_VERB_DE "(?:zahlt|bezahlt|überweist|begleicht|erledigt|kümmert)"
#define PRIVATE_SHE_HE_NL "(?:hij|zij|ze)"
#define PRIVATE_SHE_HE_EN "(?:he|she|they)"
#define PRIVATE_BACK_EN "(?:'s|’s|'re|’re|\\s+is|\\s+are|\\s+gets|\\s+get|\\s+comes|\\s+come)\\s+" \
	W(1) "(?:back|home)\\b"
#define PRIVATE_ON_RETURN \
	"\\b" PRIVATE_PAY_VERB_NL "\\s+" PRIVATE_SHE_HE_NL "\\b.{0,40}?\\b(?:als|zodra|wanneer)\\s+" \
	PRIVATE_SHE_HE_NL "\\s+" W(2) "(?:terug|thuis)\\b|" \
	"\\b" PRIVATE_SHE_HE_NL "\\s+" PRIVATE_PAY_VERB_NL "\\b.{0,40}?\\b(?:als|zodra|wanneer)\\s+" \
	PRIVATE_SHE_HE_NL "\\s+" W(2) "(?:terug|thuis)\\b|" \
	"\\b(?:als|zodra|wanneer)\\s+" PRIVATE_SHE_HE_NL "\\s+" W(2) "(?:terug|thuis)\\s+" \
	"(?:is|komt|zijn|komen)\\b.{0,20}?\\b" PRIVATE_PAY_VERB_NL "\\s+" PRIVATE_SHE_HE_NL "\\b|" \
	"\\b" PRIVATE_SHE_HE_EN "(?:'ll|’ll|\\s+will|\\s+can)\\s+" W(2) "(?:pay|sort|settle|transfer|" \
	"deal\\s+with|take\\s+care\\s+of)\\b.{0,50}?\\b(?:when|once|as\\s+soon\\s+as)\\s+" \
	PRIVATE_SHE_HE_EN PRIVATE_BACK_EN "|" \
	"\\b(?:when|once|as\\s+soon\\s+as)\\s+" PRIVATE_SHE_HE_EN PRIVATE_BACK_EN ".{0,30}?\\b" \
	PRIVATE_SHE_HE_EN "(?:'ll|’ll|\\s+will|\\s+can)\\s+" W(2) "(?:pay|sort|settle|transfer)\\b|" \
	"\\b(?:" PRIVATE_PAY_VERB_DE "\\s+(?:er|sie)|(?:er|sie)\\s+" PRIVATE_PAY_VERB_DE ")\\b.{0,50}?" \
	"\\b(?:wenn|sobald|nachdem)\\s+(?:er|sie)\\s+" W(2) "(?:zurück|wieder\\s+da|daheim|zuhause|" \
	"zu\\s+hause)\\b|" \
	"\\b(?:wenn|sobald)\\s+(?:er|sie)\\s+" W(2) "(?:zurück|wieder\\s+da|daheim|zuhause)\\s+" \
	"(?:ist|sind)\\b.{0,20}?\\b" PRIVATE_PAY_VERB_DE "\\s+(?:er|sie)\\b"
/* The words one of which every match of PRIVATE_ON_RETURN holds: its conditions. */
#define PRIVATE_ON_RETURN_NEEDS "als zodra wanneer when once soon wenn sobald nachdem"

/* A direct debit offered or a mandate given, in the writer's words: "Mag ik de rijlessen
 * met domiciliëring betalen?", "u mag het via automatische incasso afschrijven", "Sie
 * können den Betrag gerne per Lastschrift einziehen", "happy for you to take it by direct
 * debit".  An arrangement by the settled call (nothing moves until the owner collects);
 * not a debit that came back or was stopped, nor one refused, nor one already taken ("de
 * incasso is al afgeschreven, kunt u dat checken?", "wurde per Lastschrift abgebucht",
 * "the direct debit should have taken it": a payment claimed, review29b). */
#define PRIVATE_DEBIT_OFFERED \
	"^(?!.*\\b(?:niet|geen|nicht|kein\\w*|not|no|never|don'?t|gestorneerd|storneerd|teruggeboekt|" \
	"teruggestort|mislukt|geweigerd|stopgezet|opgezegd|zurück\\w*|geplatzt|storniert|" \
	"fehlgeschlagen|abgelehnt|gekündigt|bounced|failed|returned|reversed|rejected|declined|" \
	"cancel\\w*|" \
	/* a debit already taken (or that should have been), asked about: a payment's claim */ \
	"afgeschreven|afgeboekt|ge[iï]ncasseerd|abgebucht|eingezogen|abgezogen|taken|took|" \
	"collected|should\\s+have|went\\s+out|came\\s+out|gone\\s+out|wurde|werd)\\b)(?:" \
	"(?=.*\\b(?:mag|mogen|kunt|kan|kunnen|graag|betalen|trekt|trekken|afschrijven|innen|" \
	"incasseren)\\b).*?\\b(?:domicili[eë]ring|(?:automatische\\s+)?incasso|" \
	"doorlopende\\s+machtiging|sepa-?machtiging)\\b|" \
	"(?=.*\\b(?:können|dürfen|gerne|gern|bitte|einziehen|abbuchen|erteile|erteilen)\\b).*?" \
	"\\b(?:lastschrift|bankeinzug|einzugsermächtigung|sepa-?mandat|lastschriftmandat)\\w*|" \
	"(?=.*\\b(?:take|collect|set\\s+up|happy|welcome|can|could|prefer|sign|mandate)\\b).*?" \
	"\\bdirect\\s+debit\\b)"
#define PRIVATE_DEBIT_OFFERED_NEEDS "domicili incasso machtiging lastschrift bankeinzug " \
	"einzug mandat direct"

/* The Dutch "ik doe het morgen", Flemish "ik doe da seffens": a payment promised by the
 * verb "doen" and a time to come, said first-hand (not "dan doe ik het meteen" after a
 * question, which is what the payment waits on), nor the day denied ("ik doe het morgen
 * niet, pas vrijdag", "deze week nog niet": another day; "niet meer, mijn vrouw betaalt":
 * someone else).  No pay word of its own, so no other
 * promise rule read it ("ik doe da seffens via Payconiq" read paid). */
#define PRIVATE_DOE_HET \
	"(?<!\\bdan\\s)\\b(?:ik|wij|we)\\s+(?:doe|doen)\\s+(?:het|da|dat|'t|’t|hem|'m|’m)\\s+" \
	"(?:nog\\s+|wel\\s+|echt\\s+)?(?:straks|seffens|vanavond|vanmiddag|morgen\\w*|vandaag|" \
	"dadelijk|deze\\s+week|volgende\\s+week|(?:deze\\s+|komende\\s+|aanstaande\\s+)?" \
	"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\\b" \
	"(?!\\s*(?:nog\\s+|toch\\s+|dus\\s+)?(?:niet|nie|geen)\\b)"
#define PRIVATE_DOE_HET_NEEDS "doe"
