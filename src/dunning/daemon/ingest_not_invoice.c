/* ingest_not_invoice: the reader's reason why a message is no invoice, into the words of
 * its event (dm-ingest-not-invoice.h). */
#include "dunning/daemon/dm-ingest-not-invoice.h"
#include "common/dm-sanitize.h"
#include "dunning/ledger/dm-ledger.h"

GVariant *
dm_ingest_not_invoice_words(const char *message_id, const char *subject, const DmNotInvoiceReason *why)
{
	if (!why)
		return dm_words("not_invoice_unread", "message", message_id, "subject", subject, NULL);
	g_autofree char *line = dm_not_invoice_reason_text(why);
	g_autofree char *reason = dm_sanitize_oneline(line, 200);
	g_autofree char *evidence = why->evidence ? dm_sanitize_oneline(why->evidence, 100) : NULL;
	g_autofree char *rule = why->rule ? dm_sanitize_oneline(why->rule, 200) : NULL;
	const char *found_in = dm_not_invoice_where_code(why->where);
	return dm_words("not_invoice", "message", message_id, "subject", subject, "reason", reason,
	                "not_invoice", dm_not_invoice_kind_code(why->kind),
	                "found_in", found_in && *found_in ? found_in : NULL,
	                "evidence", evidence, "rule", rule, NULL);
}
