/* several: whether a reply says more than one thing of the money.
 *
 * "0451 is gisteren voldaan, 0467 maak ik vrijdag over", "Ich habe heute 500 € von den
 * 1.200 € überwiesen, den Rest zum Monatsende", "The first two are paid, the third is
 * wrong": a reply about several invoices, or about part of one, holds a payment beside a
 * promise, a dispute or a plan, and which of them concerns the reminded invoice (and
 * which sum is still open) only the owner can tell from the ledger.  One class for the
 * whole reply moves the reminded invoice's ladder by one of its intents: a part paid read
 * as paid pauses the ladder for a sum that is only partly in; one invoice of three
 * disputed and read as paid lets the ladder resume on the disputed one.  Such a reply
 * goes to the owner's digest (dm_reply_acts_alone), however sure the model is.
 *
 * So is a payment that came back ("de incasso is gestorneerd", "the direct debit
 * bounced"): read as paid, it would pause the ladder for money that is not in.
 *
 * The markers are rules of the table (classify_rules.c, several_part_paid,
 * several_invoices and money_bounced), so that the model weighs them as features too;
 * this asks the same rules, as tone.c does for irony, and counts the intents the rules
 * find.
 *
 * Failure classes: none. */
#include "parser/reply/dm-reply-several.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-rules.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* An invoice named by its number: after the word ("factuur 2025-0318", "Rechnung Nr. 3",
 * "invoice #441"), or opening a clause before its verb ("0451 is voldaan, 0467 maak ik
 * vrijdag over", "3402 I'll settle on the 30th").  "rekening" is a bank account as often
 * as a bill: a number that opens as an IBAN does ("rekening NL91 ABNA …") names none. */
static DmPattern invoice_ref =
	DM_PATTERN("\\b(?:facturen|factuur|nota|invoices|invoice|bill|rechnungen|rechnung"
		   "|rekening(?!\\s*(?:nr\\.?|nummer)?\\s*:?\\s*(?-i:[A-Z]{2}\\d{2})))"
		   "\\s*(?:nr\\.?|no\\.?|nummer|number)?\\s*:?\\s*#?\\s*"
		   "([\\w-]*\\d[\\w-]*)|"
		   "(?:^|[.,;:!?]\\s*)(\\d{3,}(?:[-/]\\d+)?)\\s+(?:[\\w']+\\s+)?(?:is|ist|wird|was|has|"
		   "I|I'll|we|we'll|ik|wij|ich|wir|heb|hab|habe|volgt|follows|folgt)\\b",
		   PCRE2_CASELESS);

/* Bills named by their months ("de stalling van januari en februari", "The March and
 * April cleans", "Die Rechnungen für Januar und Februar") or a list of three numbers
 * ("covering 5512, 5519 and 5530"): the rule table's patterns hold no month names (its
 * pre-filter lists words), so these are looked for here. */
static DmPattern listed_bills =
	DM_PATTERN("\\b(?&" DM_PATTERN_MONTH ")\\s*(?:,|&|\\ben\\b|\\band\\b|\\bund\\b)\\s*"
		   "(?&" DM_PATTERN_MONTH ")\\b|"
		   "\\b\\d{3,}(?:[-/]\\d+)?\\s*(?:,|&|\\ben\\b|\\band\\b|\\bund\\b)\\s*\\d{3,}(?:[-/]\\d+)?"
		   "\\s*(?:,|&|\\ben\\b|\\band\\b|\\bund\\b)\\s*\\d{3,}(?:[-/]\\d+)?\\b",
		   PCRE2_CASELESS);

gboolean
dm_reply_text_bounced(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rule_named(names, "money_bounced");
}

gboolean
dm_reply_text_part_paid(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rule_named(names, "several_part_paid");
}

/* Whether @text names two different invoice numbers (invoice_ref). */
static gboolean
two_invoice_numbers(const char *text)
{
	gsize len = strlen(text);
	g_autofree char *first = NULL;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&invoice_ref, text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		g_autofree char *number = dm_match_group(&m, dm_match_has(&m, 1) ? 1 : 2);
		if (!number)
			continue;
		if (!first)
			first = g_steal_pointer(&number);
		else if (strcmp(first, number) != 0)
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_reply_text_several_invoices(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rule_named(names, "several_invoices") || two_invoice_numbers(text) ||
	       dm_pattern_found(&listed_bills, text);
}

/* How many of dispute, arrangement, paid and promise_to_pay the rules @names speak for. */
static guint
count_intents(const GPtrArray *names)
{
	gsize n_rules;
	const DmReplyRule *rules = dm_reply_rules(&n_rules);
	gboolean seen[DM_REPLY_CLASS_BOUNCE + 1] = { FALSE };
	guint count = 0;
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		for (gsize r = 0; r < n_rules; r++) {
			if (strcmp(rules[r].name, name) != 0)
				continue;
			int k = rules[r].klass;
			if ((k == DM_REPLY_CLASS_DISPUTE || k == DM_REPLY_CLASS_ARRANGEMENT ||
			     k == DM_REPLY_CLASS_PAID || k == DM_REPLY_CLASS_PROMISE_TO_PAY) && !seen[k]) {
				seen[k] = TRUE;
				count++;
			}
			break;
		}
	}
	return count;
}

gboolean
dm_reply_text_mixed(const char *text, DmReplyClass klass, DmReplyClass secondary)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	return dm_reply_rules_mixed(text, names, klass, secondary);
}

gboolean
dm_reply_rules_mixed(const char *text, const GPtrArray *names, DmReplyClass klass,
                     DmReplyClass secondary)
{
	g_return_val_if_fail(text != NULL && names != NULL, FALSE);
	gboolean part = dm_reply_rule_named(names, "several_part_paid");
	/* A part of the sum read as paid: the rest is still open, whatever else it says. */
	if (part && klass == DM_REPLY_CLASS_PAID)
		return TRUE;
	/* Otherwise it takes more than one intent: a second the model found, or two the rules
	 * found ("Factuur 118 is betaald. Factuur 124 volgt vrijdag", "€ 300 betaald, de rest
	 * volgt").  Asked before the text's invoice numbers and months: most replies say one
	 * thing, and these names are read at once where the two patterns below read the
	 * whole text (the dearest part of dm_reply_acts_alone, session 32). */
	gboolean second_intent = secondary == DM_REPLY_CLASS_DISPUTE ||
	                         secondary == DM_REPLY_CLASS_ARRANGEMENT ||
	                         secondary == DM_REPLY_CLASS_PAID ||
	                         secondary == DM_REPLY_CLASS_PROMISE_TO_PAY;
	if (!second_intent && count_intents(names) < 2)
		return FALSE;
	/* ... about part of the sum or about several invoices. */
	return part || dm_reply_rule_named(names, "several_invoices") || two_invoice_numbers(text) ||
	       dm_pattern_found(&listed_bills, text);
}
