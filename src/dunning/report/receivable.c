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
		.amount_cents = dm_invoice_open_cents(inv), .currency = inv->currency,
		.issued = inv->issue_date, .due = inv->due_date,
		.is_paid = inv->status == DM_INVOICE_STATUS_PAID ||
		           inv->status == DM_INVOICE_STATUS_WRITTEN_OFF || inv->credit_note,
	};
	g_date_clear(&out->paid, 1);
	if (!g_date_valid(&out->issued))
		out->issued = day_of(inv->created_at);
	if (!g_date_valid(&out->issued))
		out->issued = inv->due_date;
}

GHashTable *
dm_receivable_limits_new(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

void
dm_receivable_note_limit(GHashTable *limits, const DmInvoice *inv)
{
	if (!inv->debtor.has_credit_limit || g_hash_table_contains(limits, inv->debtor_email))
		return;
	g_hash_table_insert(limits, g_strdup(inv->debtor_email),
	                    g_memdup2(&inv->debtor.credit_limit_cents, sizeof(gint64)));
}

gboolean
dm_receivable_limit(const char *email, gint64 *limit_cents, gpointer limits)
{
	const gint64 *limit = g_hash_table_lookup(limits, email);
	if (limit)
		*limit_cents = *limit;
	return limit != NULL;
}
