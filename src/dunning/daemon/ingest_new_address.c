/* ingest_new_address: the address_change event of dm-ingest-new-address.h. */
#include "dunning/daemon/dm-ingest-new-address.h"
#include "common/dm-sanitize.h"

gboolean
dm_ingest_new_address(DmLedger *ledger, gint64 invoice_id, const char *debtor_email,
                      const char *from_address, const char *new_address, const char *now_iso,
                      const char *spool_name, GError **error)
{
	g_autofree char *from = dm_sanitize(from_address ? from_address : "(unknown sender)", 254);
	g_autofree char *to = dm_sanitize(new_address, 254);
	g_autofree char *detail = debtor_email
		? g_strdup_printf("%s writes that the address is no longer read and names %s; "
		                  "reminders still go to %s until you change the debtor's address",
		                  from, to, debtor_email)
		: g_strdup_printf("%s writes that the address is no longer read and names %s "
		                  "(no invoice matched)", from, to);
	g_message("spool %s: %s", spool_name, detail);
	GVariant *said = debtor_email
		? dm_words("address_change", "from", from, "to", to, "debtor", debtor_email, NULL)
		: dm_words("address_change_unmatched", "from", from, "to", to, NULL);
	return dm_ledger_event_said(ledger, invoice_id, now_iso, DM_EVENT_ADDRESS_CHANGE, detail,
	                            said, error);
}
