/* portal_notice: a customer portal's mail that carries the invoice's facts (its number and
 * an amount) is the invoice reaching the debtor; one that only says a document waits
 * behind a login is not (not_invoice.c's portal_notice kind).  The labelling call is
 * corpus/invoices/README.md's ("A portal notice that carries the invoice").
 * Failures: none; NULL texts carry nothing. */
#include "parser/invoice/dm-portal-notice.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

static DmPattern amount_with_currency = DM_PATTERN("(" DM_AMOUNT_CUR_RE ")", PCRE2_CASELESS);

gboolean
dm_portal_notice_carries_invoice(const char *subject, const char *body_text)
{
	DmMatch m;
	if (!body_text || !dm_pattern_match(&amount_with_currency, body_text, strlen(body_text), 0, &m))
		return FALSE;
	g_autofree char *in_body = dm_invoice_text_number(body_text);
	if (in_body)
		return TRUE;
	g_autofree char *in_subject = dm_invoice_text_number(subject);
	return in_subject != NULL;
}
