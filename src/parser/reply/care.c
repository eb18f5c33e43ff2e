/* care: whether a reply's payment waits on someone else's money.
 *
 * "Ik betaal zodra de zorgverzekeraar uitkeert" is a promise when the writer says no more
 * and an arrangement when he asks for patience with it ("… Wilt u zolang wachten?");
 * test-blind19's author labels them so, and the model reads the two alike.  Read as a
 * promise, it would let the ladder run again on a day nobody named, while the writer may
 * have asked to hold it: the owner reads such a reply (dm_reply_acts_alone).  A writer who
 * names his own day for it ("Het kindgebonden budget komt de 20e; diezelfde dag maak ik
 * het over") promises that day and acts alone as before.
 *
 * So is an accounts-payable status alone ("staat in onze workflow ter goedkeuring", "liegt
 * zur Freigabe beim Fachbereich", "In Approval (step 2 of 3)"): it says where the invoice
 * is, not that or when it will be paid (`other`), and the model reads its invoice words
 * as a promise.
 *
 * And so is a promise read from a reply that passes the reminder on ("Ich werde ihm Ihre
 * Erinnerung nach seiner Rückkehr vorlegen", "I'll pass it on to Mum"): the assistant's
 * or the relative's "I will" is a forward, `other` by the labels, not the debtor's
 * promise (passes_on_re, a pattern of its own, no feature).
 *
 * The markers are rules of the table (classify_rules.c, care_waits_on_payer and
 * other_ap_status; their patterns in rules_care.h), so that the model weighs them as
 * features too; this asks the same rules, as tone.c does for irony.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-care.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The reminder passed on to someone else: "ik stuur het door naar zijn vader", "ik leg
 * het hem voor", "I'll pass it on to Mum", "I've forwarded it to our AP team", "Ich werde
 * ihm Ihre Erinnerung nach seiner Rückkehr vorlegen", "leite ich an die Buchhaltung
 * weiter". */
static DmPattern passes_on_re = DM_PATTERN(
	"(?<!\\p{L})(?:doorsturen|doorgestuurd|doorgeven|doorgegeven|voorleggen|voorgelegd|doorzetten|"
	"doorgezet|(?:stuur|geef|leg|zet)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:door|voor)"
	"(?=\\s*(?:[.,;:!?]|$|(?:aan|naar|bij|als|wanneer|zodra|zodat)\\b))|"
	"pass(?:ed|ing)?\\s+(?:it|this|them|that|your\\s+\\p{L}+)\\s+on|"
	"forward(?:ed|ing)?\\s+(?:it|this|them|that|your)|hand(?:ed)?\\s+(?:it|this)\\s+(?:on|over)|"
	"weiterleiten|weitergeleitet|weitergeben|weitergegeben|vorlegen|vorgelegt|"
	"(?:leite|gebe|lege)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:weiter|vor)(?=\\s*(?:[.,;:!?]|$|an\\b))|"
	/* ... or handed to a relative to look at: "I'll get my daughter to look at it
	 * tonight", "I'll ask my son to have a look", "Ik laat mijn zoon er even naar kijken",
	 * "Ik vraag mijn dochter om ernaar te kijken" (test-blind30); not a relative who pays
	 * ("I'll get my husband to pay it on Friday"). */
	"(?:get|ask|have)\\s+(?:my|our)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:to\\s+)?(?:have\\s+a\\s+)?"
	"(?:look|check|go\\s+over|read)|"
	"(?:laat|vraag)\\s+(?:het\\s+)?(?:mijn|onze)\\s+\\p{L}+\\s+(?:[\\p{L}]+\\s+){0,4}?"
	"(?:kijken|bekijken|nakijken))"
	"(?!\\p{L})",
	PCRE2_CASELESS | PCRE2_MULTILINE);

gboolean
dm_reply_text_waits_on_payer(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return dm_reply_text_hits_rule(text, "care_waits_on_payer");
}

gboolean
dm_reply_text_ap_status(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return dm_reply_text_hits_rule(text, "other_ap_status");
}

gboolean
dm_reply_text_passes_on(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(&passes_on_re, text, len, 0, &m);
}
