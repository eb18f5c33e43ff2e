/* typed_bill: an invoice typed in the mail beside documents of another kind
 * (dm-typed-bill.h).  A small business types its bill in the mail and attaches what goes
 * with it — the signed delivery note for the customer's PO, the order confirmation agreed
 * before the work, the timesheet to check the hours against.  Failures: none. */
#include "parser/invoice/dm-typed-bill.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-terms.h"

#include <string.h>

/* A line that opens with the invoice word and its number, more after it on the line
 * ("INVOICE SAT-2026-061   Date: 08/12/2026", "Rechnung Nr. 2026-031 vom 06.10.2026"): an
 * HTML table's first cell, where a title line would stand alone.  Not a share: a quote's
 * terms "Invoice 50% on acceptance", "Factuur 30 % bij opdracht" bill nothing yet. */
static DmPattern invoice_number_opens_line = DM_PATTERN(
	"^[ \\t]*(?:tax\\s+)?(?:invoice|\\w*factuur|\\w*rechnung)[ \\t]+(?:(?:nr|no|nummer|number)\\.?[ \\t]*:?[ \\t]*|#[ \\t]*)?"
	"(?=[A-Z/_.-]*\\d)[A-Z0-9][A-Z0-9/_.-]*\\d\\b(?![ \\t]*(?:%|(?:procent|prozent|percent|per\\s+cent)\\b))",
	PCRE2_CASELESS | PCRE2_MULTILINE);
static DmPattern amount_with_currency = DM_PATTERN(DM_AMOUNT_CUR_RE, PCRE2_CASELESS);

gboolean
dm_typed_bill_beside_documents(const char *body_text, gboolean body_sets_out, gboolean docs_set_out)
{
	DmMatch m;
	if (!body_text || docs_set_out)
		return FALSE;
	gsize len = strlen(body_text);
	if (!body_sets_out && !dm_pattern_match(&invoice_number_opens_line, body_text, len, 0, &m))
		return FALSE;
	if (!dm_pattern_match(&amount_with_currency, body_text, len, 0, &m))
		return FALSE;
	g_autofree char *iban = dm_iban_find(body_text, len, NULL);
	return iban != NULL || dm_payment_term_days(body_text, len) > 0;
}
