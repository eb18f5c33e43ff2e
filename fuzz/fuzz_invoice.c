/* fuzz_invoice: a message's bytes -> invoice facts, the parse child's path for outgoing
 * mail (dm_message_parse, then dm_invoice_extract: e-invoice XML, PDF text, body text). */
#include "dm-fuzz.h"

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/mime/dm-message.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	g_autoptr(GMimeMessage) msg = dm_message_parse((const char *) data, size, NULL);
	if (msg) {
		g_autoptr(DmInvoiceFacts) facts = dm_invoice_extract(msg);
		g_assert(facts != NULL);     /* never NULL for a parsed message */
	}
	return 0;
}
