/* receivable: an invoice as the aging arithmetic sees it (dm-receivable.h). */
#include "dunning/report/dm-receivable.h"

#include "common/dm-clock.h"

#include <string.h>

/* The calendar day of a ledger instant "YYYY-MM-DDTHH:MM:SSZ"; invalid when it is none. */
static GDate
day_of(const char *iso)
{
	GDate d;
	g_date_clear(&d, 1);
	if (iso && strlen(iso) >= 10) {
		g_autofree char *day = g_strndup(iso, 10);
		if (!dm_date_parse_iso(day, &d))
			g_date_clear(&d, 1);
	}
	return d;
}

void
dm_receivable_from_invoice(const DmInvoice *inv, DmReceivable *out)
{
	*out = (DmReceivable) {
		.number = inv->number, .debtor_email = inv->debtor_email,
		.debtor_name = inv->debtor_name, .has_amount = inv->has_amount,
		.amount_cents = inv->amount_cents, .currency = inv->currency,
		.issued = inv->issue_date, .due = inv->due_date,
		.is_paid = inv->status == DM_INVOICE_STATUS_PAID,
	};
	g_date_clear(&out->paid, 1);
	if (!g_date_valid(&out->issued))
		out->issued = day_of(inv->created_at);
	if (!g_date_valid(&out->issued))
		out->issued = inv->due_date;
}
