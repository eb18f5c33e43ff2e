/* service_footer: the footer a sending service writes under a business's mail
 * (dm_service_footer_cut).  Invoicing tools, payment providers and mailing services close
 * the mail they send on a business's behalf with their own imprint: who sent it or takes
 * the payment ("Gesendet mit …", "Verzonden via … namens …", "Sent with …", "Powered by …",
 * "This email was sent by … on behalf of …", "Betalingen worden verwerkt door …") and then
 * the service's company, register and VAT numbers.  The kind reader (business.c) counts a
 * second VAT number as the debtor's; the service's is not, so its footer is cut before the
 * reader looks.  Only a footer's line in the last half of the text (or across its middle)
 * is one: above it stands the mail itself, which may say how the goods were sent
 * ("verzonden via PostNL").
 * Failures: none; any text gives a result. */
#include "parser/invoice/dm-service-footer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* A line that opens a service's footer: the service named as the sender's means ("Sent
 * with …", "Invoice sent with …", "Factuur verzonden met …"), or as the one that takes the
 * payment ("Betalingen worden verwerkt door Mollie B.V.", "Zahlungen werden abgewickelt
 * über PayPal", "Payments are processed by Stripe"). */
static DmPattern footer_start = DM_PATTERN(
	"^[ \\t>|*]*(?:(?:this\\s+|deze\\s+|diese\\s+)?(?:invoice|e-?mail|message|factuur|rechnung|nachricht)\\s+)?(?:"
	"(?:gesendet|versendet|verschickt|erstellt)\\s+(?:mit|über|via|durch)\\s+\\S"
	"|diese\\s+(?:e-?mail|rechnung|nachricht)\\s+wurde\\s+(?:\\S+\\s+){0,4}?(?:gesendet|versendet|verschickt|erstellt)\\b"
	"|zahlungen\\s+werden\\s+(?:\\S+\\s+){0,2}?(?:abgewickelt|verarbeitet)\\s+(?:über|durch|von)\\b"
	"|(?:verzonden|verstuurd|gemaakt)\\s+(?:met|via)\\s+\\S"
	"|deze\\s+(?:e-?mail|factuur)\\s+(?:is|werd)\\s+(?:\\S+\\s+){0,3}?(?:verzonden|verstuurd|gemaakt)\\s+(?:via|met|door|namens)\\b"
	"|betalingen\\s+worden\\s+(?:\\S+\\s+){0,2}?(?:verwerkt|afgehandeld)\\s+(?:door|via)\\b"
	"|(?:sent|created)\\s+(?:with|via|using)\\s+\\S"
	"|powered\\s+by\\s+\\S"
	"|this\\s+(?:e-?mail|invoice|message)\\s+was\\s+(?:sent|created|generated)\\s+(?:by|via|with|using|from|on\\s+behalf)\\b"
	"|payments\\s+are\\s+(?:\\S+\\s+){0,2}?(?:processed|handled)\\s+by\\b)",
	PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF);

char *
dm_service_footer_cut(const char *text)
{
	if (!text)
		return NULL;
	gsize len = strlen(text);
	/* From the start of the line that holds the text's middle. */
	gsize from = len / 2;
	while (from > 0 && text[from - 1] != '\n')
		from--;
	DmMatch m;
	if (dm_pattern_match(&footer_start, text, len, from, &m))
		return g_strndup(text, m.start[0]);
	return g_strdup(text);
}
