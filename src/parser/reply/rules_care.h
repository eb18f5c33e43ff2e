/* rules_care: the patterns of the rules for replies about who pays (train-care.jsonl):
 * a payment that waits on someone else's money, patience asked, a debt counsellor, a
 * court debt scheme, an accounts-payable status and a payment day asked for.  Included by
 * classify_rules.c only, whose table holds the rows (care_waits_on_payer,
 * arrangement_patience, arrangement_debt_help, dispute_debt_scheme, other_ap_status,
 * arrangement_day_asked); kept apart so that the table's file does not grow by another
 * idea.  The labels they follow are corpus/replies/README.md's, test-blind19's row. */
#pragma once
#include "parser/reply/dm-reply-payer.h"

/* Money the writer waits for from someone else: an insurer's or a fund's refund, a grant,
 * an allowance, the harvest or dairy money.  Not a wage or a pension: the writer's own
 * payday, which a dated promise names every day ("zodra mijn salaris binnen is"). */
#define CARE_PAYER_MONEY \
	"(?:uitkering\\w*|vergoeding\\w*|terugbetaling\\w*|\\w*toeslag\\w*|\\w*gebonden\\s*budget|pgb|subsidie\\w*|" \
	"studiefinanciering|stufi|beurs|melkgeld|\\w*bieten\\w*|oogst\\w*|glb\\S*|groeipakket|" \
	"kinderbijslag|refund\\w*|reimburs\\w*|claim|grant|bursary|allowance|benefits?|pay-?outs?|" \
	"health\\s+fund|mart\\s+money|creamery|austudy|erasmus|" \
	"\\w*erstattung\\w*|zuschuss\\w*|förder\\w*|kindergeld|bafög|studienbeihilfe|" \
	"stipendium|direktzahlung\\w*|ausgleichszahlung\\w*|ama-\\w+|" \
	/* ... or the body that pays it (dm-reply-payer.h) */ \
	DM_REPLY_PAYER_BODY ")"

/* "zij keren uit", "they pay out": the third party paying, named by a pronoun.  Not "ze",
 * "sie" nor "die", which are the writer's own invoice as often ("Ich werde sie am 15.
 * überweisen", "bis zum 15. die Rechnung bezahlen"); nor "my budget", the writer's own
 * money (a named one is: "het kindgebonden budget"). */
#define CARE_PAYER_PAYS \
	"\\b" DM_REPLY_PAYER_PRONOUN "\\s+(?:\\w+\\s+){0,2}?(?:" DM_REPLY_PAYER_PAYS "|" DM_REPLY_PAYER_PAID ")\\b"

/* A payment that waits on that money: "zodra CZ uitkeert", "als zij teruggestort
 * hebben", "when they pay, I pay you", "sobald die Erstattung da ist", "we wachten nog op
 * de GLB-betaling".  Patience asked or a promise: only the owner can tell (see care.c). */
#define CARE_WAITS_ON_PAYER \
	"\\b(?:zodra|als|wanneer|totdat|tot|nadat|sobald|wenn|bis|nachdem|once|when|as\\s+soon\\s+as|" \
	"till|until|after)\\b.{0,60}?(?:\\b" CARE_PAYER_MONEY "\\b|" CARE_PAYER_PAYS ")|" \
	"\\b(?:wacht|wachten|waiting|wait|waits|warte|warten)\\s+(?:\\w+\\s+){0,3}?(?:op|on|for|auf)\\b" \
	".{0,40}?\\b" CARE_PAYER_MONEY "\\b"

/* Patience asked for: "wilt u even geduld hebben", "ich bitte um etwas Geduld", "could you
 * bear with me", "please be patient", "kunt u zolang wachten?", "Geht das, dass Sie so
 * lang warten?", "give me a few weeks"; not the thanks for it ("bedankt voor uw geduld",
 * "danke für Ihre Geduld", "thank you for your patience"). */
#define CARE_PATIENCE \
	"\\b(?:om|wat|nog|even|beetje|etwas|noch|um|vragen|verzoek\\w*|hebben|haben|ask|asking)\\s+" \
	"(?:\\w+\\s+){0,3}?(?:geduld|patience)\\b|\\bgeduld\\s+(?:hebben|haben|te\\s+hebben|zu\\s+haben|" \
	"op\\s+te\\s+brengen)\\b|\\b(?:be|being)\\s+(?:\\w+\\s+){0,3}?patient\\b|\\bbear\\s+with\\b|" \
	"\\bhang\\s+on\\b|\\bhold\\s+off\\b|\\b(?:zolang|zo\\s+lang|tot\\s+(?:dan|die\\s+tijd))\\s+" \
	"(?:\\w+\\s+){0,2}?wachten\\b|\\b(?:so\\s+lang(?:e)?|bis\\s+(?:dann|dahin))\\s+(?:zu\\s+)?warten\\b|" \
	"\\b(?:zeit|tijd)\\s+(?:geben|geven)\\b|\\bgive\\s+(?:me|us)\\s+(?:a\\s+(?:few|couple)|some|" \
	"more|another)\\b"

/* A debt counsellor or the debtor's budget guide, who asks to hold collection while a
 * settlement is drawn up: "schuldhulpverlening", "beschermingsbewindvoerder",
 * "budgetbegeleiding", an OCMW "schuldbemiddelaar", MABS, "debt advice",
 * "Schuldnerberatung", "Schuldenberatung"; not a court scheme (dispute_debt_scheme,
 * dispute_claim_filing). */
#define CARE_DEBT_HELP_WORD \
	"(?:schuldhulp|budgetbegeleid|budgetbeheer|beschermingsbewind|schuldbemiddel|mabs|" \
	"money\\s+advi|debt\\s+(?:advice|advis|counsel|help|management)|schuldnerberat|" \
	"schuldenberat)"
/* ... not one the writer says he needs none of ("ik heb geen schuldhulp nodig", "no need
 * for debt advice", "ich brauche keine Schuldnerberatung"): a plain promise beside it is
 * no reply through an adviser (review24b). */
#define CARE_DEBT_HELP \
	"^(?!.*\\b(?:geen|no|not|need\\s+no|don'?t\\s+need|do\\s+not\\s+need|keine?[nmrs]?|zonder|without)\\s+(?:need\\s+(?:for|of)\\s+)?" \
	"(?:(?:de|een|any|a|the|die|eine?)\\s+)?" CARE_DEBT_HELP_WORD ").*?(?:" \
	"\\bschuldhulp\\w*|\\bbudgetbegeleid\\w*|\\bbudgetbeheer\\w*|\\bbeschermingsbewind\\w*|" \
	"\\bschuldbemiddel\\w*|\\bmabs\\b|\\bmoney\\s+advis(?:e|er|ors?|ers)\\b|" \
	"\\bdebt\\s+(?:advice|advis[oe]rs?|counsell?(?:or|ors|ing)|help|management\\s+plan)\\b|" \
	"\\bschuldnerberat\\w*|\\bschuldenberat\\w*|\\bschuldenbereinigungsplan\\w*)"

/* A court debt scheme the debtor is in: the claim goes to its administrator, the ladder
 * must stop (corpus/replies/README.md: WSNP and a Verbraucherinsolvenz are `dispute`).
 * "Personal Insolvency Arrangement" holds the word an arrangement rule would read; "eine
 * Privatinsolvenz vermeiden" names none. */
#define CARE_DEBT_SCHEME \
	"^(?!.*\\b(?:vermeid\\w*|avoid\\w*|voorkom\\w*|verhinder\\w*|abwenden)\\b).*?(?:" \
	"\\bpersonal\\s+insolvency\\s+(?:arrangement|practitioner)s?\\b|\\bdebt\\s+relief\\s+" \
	"(?:notice|order)\\b|\\bdebt\\s+settlement\\s+arrangement\\b|\\bindividual\\s+voluntary\\s+" \
	"arrangement\\b|\\bverbraucherinsolvenz\\w*|\\bprivatinsolvenz\\w*|\\brestschuldbefreiung\\b|" \
	"\\bschuldenregulierungsverfahren\\b|\\bprivatkonkurs\\w*|\\bwohlverhaltensphase\\b|" \
	"\\btoegelaten\\s+tot\\s+de\\s+(?:wsnp|schuldsanering)\\b)"

/* An accounts-payable status that says only where the invoice is: "staat in onze workflow
 * ter goedkeuring", "liegt zur Freigabe beim Fachbereich", "with the budget holder for
 * approval", "In Approval (step 2 of 3)", "sitting in the approval queue"; not once it is
 * approved, scheduled or rejected, which say what comes next. */
#define CARE_AP_STATUS \
	"^(?!.*\\b(?:goedgekeurd|afgekeurd|afgewezen|approved|rejected|scheduled|gepland|geplant|" \
	"freigegeben|genehmigt|abgelehnt|zurückgewiesen|betaald|paid|bezahlt)\\b).*?(?:" \
	"\\bter\\s+(?:goedkeuring|accordering|fiattering|ondertekening)\\b|\\bin\\s+(?:de|onze|ons)\\s+" \
	"(?:\\w+\\s+|\\w+-)?workflow\\b|\\bzur\\s+(?:freigabe|unterschrift|genehmigung|sachlichen\\s+prüfung)\\b|" \
	"\\b(?:for|awaiting|pending|in)\\s+approval\\b|\\bapproval\\s+(?:queue|workflow|step)\\b|" \
	"\\bbudget\\s+holder\\b)"

/* A payment day asked for, with no method in question: "Kan het maandag 30 maart
 * worden?", "Zou het kunnen dat ik pas op 10 april betaal?", "Könnten Sie mir bis zum
 * 15. Oktober Zeit geben?", "Is possible to pay on 30 of June?", "Could we push this to
 * the end of the month?"; not "Kan ik donderdag bij de balie pinnen?" (no pay word) nor
 * "Kann ich am Freitag bar zahlen?" (the method asked). */
#define CARE_DAY_ASKED \
	"(?:^|[,;:]\\s*)(?:kan\\s+(?:het|ik|dat)|mag\\s+(?:het|ik)|zou\\s+het|(?:is|would)\\s+(?:it\\s+)?" \
	"(?:be\\s+)?(?:possible|ok|okay|alright|fine)|(?:could|can|may)\\s+(?:i|we)|" \
	"(?:könnten|können)\\s+sie\\s+mir|wär'?s|wäre\\s+es|(?:darf|kann)\\s+ich)\\b" \
	"(?![^?]*\\b(?:contant|cash|pin|pinnen|kaart|card|karte|bar|paypal|venmo|zelle|tikkie|" \
	"einzahlungsschein|twint|cheque|check)\\b)" \
	"(?=[^?]{0,140}?(?:\\d|\\b(?:(?&" DM_PATTERN_MONTH ")|(?&" DM_PATTERN_WEEKDAY ")|eind|einde|" \
	"end|ende|erst|pas|later)\\b))" \
	"(?=[^?]{0,140}?\\b(?:betal\\w*|betaal|worden|wachten|zahl\\w*|pay\\w*|push|zeit|tijd|time|" \
	"überweis\\w*|overmak\\w*|begleich\\w*)\\b)[^?]{0,140}\\?"
