/* ingest_owner_mail: a debtor the owner wrote to personally waits (dm-ingest-owner-mail.h). */
#include "dunning/daemon/dm-ingest-owner-mail.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"

/* The pause's reason, one sentence for every such pause so that the digest words it (the
 * event beside it names the debtor, the day and the subject). */
#define OWNER_WROTE_REASON "you wrote to the debtor yourself"

gboolean
dm_ingest_owner_mail(const DmConfig *config, DmLedger *ledger, const char *recipient,
                     const char *subject, GDateTime *now, const char *now_iso, guint *held,
                     GError **error)
{
	*held = 0;
	g_autofree char *debtor = recipient ? dm_address_normalize(recipient) : NULL;
	if (config->owner_mail_wait_days <= 0 || !debtor)
		return TRUE;
	g_autoptr(GPtrArray) open = dm_ledger_invoices_list(ledger, debtor, DM_INVOICE_STATUS_OPEN,
	                                                    error);
	if (!open)
		return FALSE;
	GDate today = dm_clock_date(now), until = today;
	g_date_add_days(&until, (guint) config->owner_mail_wait_days);
	g_autofree char *until_iso = dm_date_iso(&until);
	g_autofree char *clean = dm_sanitize(subject ? subject : "", 120);
	for (guint i = 0; i < open->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(open, i);
		g_autofree char *detail = g_strdup_printf(
			"you wrote to %s yourself (\"%s\"): the next reminder waits %d days, until %s",
			debtor, clean, config->owner_mail_wait_days, until_iso);
		if (!dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_PAUSED,
		                                  OWNER_WROTE_REASON, &until, error) ||
		    !dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_OWNER_WROTE, detail, error))
			return FALSE;
		g_message("invoice %s: %s", inv->number, detail);
		(*held)++;
	}
	return TRUE;
}
