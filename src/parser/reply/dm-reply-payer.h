/* dm-reply-payer: the words of a third party that pays the writer's money (an insurer, a
 * fund, a council), for the two readers that look for one: the dates (classify_dates.c:
 * a payer's day is not the writer's own) and the care rules (rules_care.h: a payment that
 * waits on a payer's money).  One list for both, so that a payer added is read by both;
 * where a reader must not take a word, that reader says so beside its own use.
 * Pattern text only (PCRE2, caseless, UCP): each reader puts its own bounds around it. */
#pragma once

/* A body that pays out: an insurer or a health fund, a fund or a municipality, an agency that
 * pays a grant or a farm payment (RVO, DUO, the Austrian AMA), with the compounds and
 * plurals of the Dutch and German ones ("zorgverzekeraar", "Krankenversicherung",
 * "Krankenkassen").  Not a pension fund ("pensioenfonds" is no whole word "fonds"), whose
 * money is the writer's own payday. */
#define DM_REPLY_PAYER_BODY \
	"(?:\\w*verzekeraar\\w*|verzekering\\w*|ziekenfonds|mutualiteit|insurer|insurance|fund|fonds|" \
	"gemeente|rvo|duo|\\w*versicherung\\w*|krankenkasse\\w*|beihilfe|ama)"

/* The payer named by a pronoun: "they'll pay out", "zij keren uit".  Not "ze", "sie" nor
 * "die", which are the writer's own invoices as often ("Ich werde sie am 15. überweisen",
 * "Ik zal ze op de 15e storten"). */
#define DM_REPLY_PAYER_PRONOUN "(?:they|they'll|they’ll|zij)"

/* What such a payer does with the money, in the present or the future: "pays (out)",
 * "reimburses", "keren uit", "terugstorten", "vergoeden", "erstattet", "zahlt aus".  The
 * past ("paid", "teruggestort") is a separate list: a reader of dates must not take it
 * (DM_REPLY_PAYER_PAID). */
#define DM_REPLY_PAYER_PAYS \
	"(?:pay|pays|paying|pay\\s+out|pays\\s+out|reimburse|reimburses|reimbursing|refund|uitbetalen|uitbetaalt|" \
	"uitkeren|uitkeert|keren|storten|terugstorten|terugbetalen|vergoeden|zahlen|zahlt|" \
	"zahlt\\s+aus|bezahlen|erstatten|erstattet|überweisen|überweist|auszahlen)"

/* ... and what it has done: "once they have paid", "als zij teruggestort hebben".  For the
 * care rules only: "they paid on the 3rd" is as often the writer's own office paying, a
 * day the dates must keep. */
#define DM_REPLY_PAYER_PAID "(?:paid|reimbursed|teruggestort)"
