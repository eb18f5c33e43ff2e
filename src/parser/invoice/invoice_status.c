/* invoice_status: an invoice's fate in the customer's back office, reported
 * (dm_invoice_status_reason).  Organisations with an accounts-payable department match an
 * invoice to its order and goods receipt, approve it and schedule it for payment, or hold it
 * or send it back (a purchase-order number missing); their supplier portals say so, and the
 * supplier passes it on to its own bookkeeper or asks the customer about it.  The status
 * words alone are common ("approved" quote, "die freigegebene Bestellung"): only a sentence
 * that names an invoice and its status counts.
 * Failures: none. */
#include "parser/invoice/dm-invoice-status.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"

#include <string.h>

#define CI (PCRE2_CASELESS | PCRE2_UTF)

/* What the back office did: approved or scheduled for payment, released, held, rejected. */
static DmPattern status = DM_PATTERN(
	"\\b(?:approved|scheduled|released|queued|cleared)\\s+for\\s+payment\\b|\\bscheduled\\s+to\\s+be\\s+paid\\b"
	"|\\b(?:is|was|has\\s+been|have\\s+been|were)\\s+(?:rejected|returned|put\\s+on\\s+hold|placed\\s+on\\s+hold|blocked)\\b"
	"|\\b(?:on\\s+hold|rejected\\s+by)\\b"
	"|\\b(?:ingepland|klaargezet|vrijgegeven|goedgekeurd|aangeboden)\\s+voor\\s+(?:de\\s+)?betaling\\b"
	"|\\b(?:afgewezen|afgekeurd|geblokkeerd)\\b"
	"|\\bzur\\s+zahlung\\s+(?:freigegeben|angewiesen|vorgesehen|eingeplant)\\b"
	"|\\b(?:abgelehnt|zurückgewiesen|gesperrt)\\b",
	CI);
/* The invoice the status is of: "onze factuur", "invoice INV-51033", "Rechnung RE-…". */
static DmPattern invoice_word = DM_PATTERN("\\b(?:\\w*factu(?:ur|ren)|invoices?|\\w*rechnung(?:en)?)\\b", CI);

/* (transfer full) the reason a status matched at @m says: an earlier invoice's, quoting
 * the words that said so. */
static DmNotInvoiceReason *
status_reason(const DmMatch *m)
{
	g_autofree char *hit = dm_match_group(m, 0);
	return dm_not_invoice_reason_quoting(DM_NOT_INVOICE_EARLIER_INVOICE, DM_NOT_INVOICE_IN_BODY, hit);
}

/* A sentence that names an invoice. */
static gboolean
names_invoice(const char *sentence, gsize len, gpointer data)
{
	DmMatch x;
	return dm_pattern_match(&invoice_word, sentence, len, 0, &x);
}

DmNotInvoiceReason *
dm_invoice_status_reason(const char *body)
{
	DmMatch m;
	return dm_sentence_first_match(&status, body, names_invoice, NULL, &m) ? status_reason(&m) : NULL;
}

/* The customer speaking: the supplier's invoice as "your invoice" and, by a verb, what the
 * back office did with it — received and awaiting approval, approved, released, rejected —
 * in one sentence ("Your invoice for the approved quote" is the supplier's); or a status
 * line of a workflow ("Status: Awaiting approval").  The verb is the invoice's own, not a
 * relative clause's ("your invoice for the extra work, which was approved by your site
 * manager", "uw factuur voor het meerwerk dat is goedgekeurd" are a supplier's cover
 * note) unless a comma closes the clause ("your invoice, which we received on Monday, has
 * been approved"); German articles are no relative pronouns here.  Nobody else does the
 * approving between verb and status ("is for the work you approved").
 * "Awaiting payment" is the supplier's own invoicing tool on an unpaid invoice. */
#define YOUR_INVOICE "\\b(?:your|uw|ihre)\\s+(?:\\p{L}+\\s+)?(?:invoice|factuur|rechnung)\\b"
#define RELATIVE "\\b(?:which|that|who|dat|welke|wat|welche)\\b"
#define SUBJECT "\\b(?:you|we|they|u|wij|jullie|jij)\\b"
static DmPattern customer_status = DM_PATTERN(
	YOUR_INVOICE "(?:(?!" RELATIVE ")[^.\\n]|" RELATIVE "[^.\\n,]{0,60},){0,60}?\\b(?:is|was|has\\s+been|is\\s+now|werd|wurde|ist)\\s+"
	"(?:(?!" SUBJECT "|" RELATIVE ")[^\\s.]+\\s+){0,8}?"
	"(?:approved|released|rejected|awaiting\\s+approval|pending\\s+approval|goedgekeurd|vrijgegeven|afgewezen"
	"|afgekeurd|freigegeben|abgelehnt|zurückgewiesen|eingegangen|in\\s+goede\\s+orde\\s+ontvangen)\\b"
	"|\\b(?:has|have)\\s+received\\s+your\\s+invoice\\b|\\b(?:hebben|heeft)\\s+uw\\s+factuur\\s+(?:in\\s+goede\\s+orde\\s+)?ontvangen\\b"
	"|\\b(?:haben|hat)\\s+ihre\\s+rechnung\\s+(?:\\p{L}+\\s+){0,2}?(?:erhalten|empfangen)\\b"
	"|^[ \\t]*status[ \\t]*:?[ \\t]+(?:awaiting|pending)\\s+approval\\b",
	CI | PCRE2_MULTILINE);

DmNotInvoiceReason *
dm_invoice_status_from_customer(const char *body)
{
	DmMatch m;
	if (!body || !dm_pattern_match(&customer_status, body, strlen(body), 0, &m))
		return NULL;
	return status_reason(&m);
}
