/* portal_notice: a customer portal's mail that carries the invoice's facts (its number and
 * the amount to pay) is the invoice reaching the debtor; one that only says a document waits
 * behind a login is not (not_invoice.c's portal_notice kind).  The labelling call is
 * corpus/invoices/README.md's ("A portal notice that carries the invoice").
 * Failures: none; NULL texts carry nothing. */
#include "parser/invoice/dm-portal-notice.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"

#include <string.h>

static DmPattern amount_with_currency = DM_PATTERN("(" DM_AMOUNT_CUR_RE ")", PCRE2_CASELESS);
/* What makes an amount the one to pay, in its sentence or on its line: the invoice or its
 * total named ("Your invoice INV-2093 for £1,250.00", "Rechnungsbetrag: 54,20 €",
 * "Amount: £42.00"), its due date or its payment ("wird am 15.12. abgebucht"). */
static DmPattern to_pay = DM_PATTERN(
	"\\b(?:\\w*factu(?:ur|ren)\\w*|invoices?|\\w*rechnung\\w*|nota|bill|total|totaal|gesamt\\w*|summe|amount"
	"|bedrag|betrag|due|payable|balance|openstaand|offen|te\\s+betalen|zu\\s+zahlen|f(?:ä|ae)llig|vervaldatum"
	"|pay|betalen|bezahlen|zahlen|abgebucht|eingezogen|collected|debited|afgeschreven|ge(?:ï|i)ncasseerd"
	"|overmaken|(?:ü|ue)berweisen)\\b", PCRE2_CASELESS | PCRE2_UTF);
/* What makes it another: a plan's price, a saving offered, a credit left, a payment
 * already made ("Your plan: $49.00 per month", "bespaart u € 24,00", "Ihr Guthaben"). */
static DmPattern not_to_pay = DM_PATTERN(
	"\\b(?:per\\s+(?:month|maand|monat|jaar|year|jahr)|plan|abonnement|subscription|save|saving|bespaart|besparen"
	"|sparen|korting|discount|rabatt|credit|tegoed|guthaben|received|ontvangen|erhalten|paid|betaald|bezahlt)\\b",
	PCRE2_CASELESS | PCRE2_UTF);

/* TRUE when @body_text holds an amount with its currency that is one to pay (to_pay, and
 * not not_to_pay, in its sentence). */
static gboolean
amount_to_pay(const char *body_text)
{
	gsize len = strlen(body_text);
	DmMatch m, x;
	for (gsize off = 0; dm_pattern_match(&amount_with_currency, body_text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		gsize from, to;
		dm_sentence_around(body_text, len, m.start[0], m.end[0], &from, &to);
		if (dm_pattern_match(&to_pay, body_text + from, to - from, 0, &x) &&
		    !dm_pattern_match(&not_to_pay, body_text + from, to - from, 0, &x))
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_portal_notice_carries_invoice(const char *subject, const char *body_text)
{
	if (!body_text || !amount_to_pay(body_text))
		return FALSE;
	g_autofree char *in_body = dm_invoice_text_number(body_text);
	if (in_body)
		return TRUE;
	g_autofree char *in_subject = dm_invoice_text_number(subject);
	return in_subject != NULL;
}
