/* tax_return_service: words that bill the making of a tax return (dm-tax-return-service.h).
 * not_invoice.c refuses an owner's own sales invoice sent to the bookkeeper "voor de
 * btw-aangifte", "for the VAT return", "für die Voranmeldung"; an accountant, a bookkeeper
 * or a Steuerbüro bills the same return as its work, in the same words, and that invoice
 * must be chased.
 * Failures: none; NULL text bills nothing. */
#include "parser/invoice/dm-tax-return-service.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The return: "(btw-)aangifte", "VAT return", "tax return", "(Umsatzsteuer-)Voranmeldung",
 * "Steuererklärung". */
#define TAX_RETURN "(?:(?:btw|omzetbelasting|inkomstenbelasting|vennootschapsbelasting|ib|vpb)[- ]?aangifte|aangifte" \
	"|(?:vat|tax|self[- ]assessment)\\s+returns?|(?:umsatzsteuer-?)?voranmeldung(?:en)?|\\w*steuererklärung(?:en)?)"

static DmPattern billed = DM_PATTERN(
	/* the firm's own bill for it: "onze factuur voor de aangifte", "our invoice for the
	 * VAT return", "our fee for …", "unsere Rechnung für die Voranmeldung" */
	"\\b(?:onze|ons|our|unsere|unser)\\s+(?:factuur|nota|declaratie|invoice|bill|fee|fees|rechnung|honorarnote|honorar)"
	"\\s+(?:voor|for|für|fuer)\\s+(?:(?:de|het|uw|je|the|your|die|ihre|das)\\s+)?" TAX_RETURN "\\b"
	/* the work as an item: "Verzorgen aangifte", "Opstellen btw-aangifte Q3", "Preparing
	 * and filing the VAT return", "Erstellung der Umsatzsteuer-Voranmeldung" */
	"|\\b(?:verzorgen|opstellen|indienen|invullen|verzorging|opstelling|preparing|preparation\\s+of|filing|completing"
	"|completion\\s+of|submitting|submission\\s+of|erstellung|erstellen|anfertigung|übermittlung)"
	"(?:\\s+(?:and|en|und)\\s+\\w+)?\\s+(?:(?:van\\s+)?(?:de|het|uw|the|your|der|die|ihrer)\\s+)?" TAX_RETURN "\\b",
	PCRE2_CASELESS | PCRE2_UTF);

gboolean
dm_tax_return_service_billed(const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(&billed, text, strlen(text), 0, &m);
}
