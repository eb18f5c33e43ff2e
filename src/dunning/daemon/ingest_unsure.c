/* ingest_unsure: the holds of a reply that may concern several invoices
 * (dm-ingest-unsure.h). */
#include "dunning/daemon/dm-ingest-unsure.h"
#include "dunning/engine/dm-match.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"

gboolean
dm_ingest_unsure(DmLedger *ledger, const DmConfig *config, const GArray *ids,
                 const DmReplyAnalysis *a, const char *from_address, gboolean verified,
                 GDateTime *now, GArray **held, char **numbers, GError **error)
{
	*held = g_array_new(FALSE, FALSE, sizeof(gint64));
	*numbers = NULL;
	g_autoptr(GString) names = g_string_new(NULL);
	GDate today = dm_clock_date(now);
	DmPolicyLimits limits = { .horizon_days = config->horizon_days,
	                          .max_hold_days = config->max_hold_days };
	for (guint i = 0; i < ids->len; i++) {
		g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, g_array_index(ids, gint64, i),
		                                                 error);
		if (!inv)
			return !(error && *error);
		if (inv->status == DM_INVOICE_STATUS_STOPPED)
			continue;       /* no ladder to hold */
		DmPolicyReply reply = {
			.kind = a->kind, .klass = a->klass, .confident = a->confident,
			.verified = verified,
			.speaks_for_debtor = dm_match_speaks_for_debtor(from_address, inv->debtor_email,
			                                                a, config->shared_domains),
			.stated = *dm_reply_analysis_hold_date(a), .typed = dm_policy_typed(a),
			.several = TRUE, .date_contradicts = a->date_contradicts,
		};
		DmPolicyDecision d;
		dm_policy_decide(&reply, &today, &limits, &d);
		if (!d.review)
			continue;       /* a machine's message or a stranger: holds nothing */
		dm_policy_merge(inv->status, &inv->pause_until, &d);
		if (d.changes && !dm_ledger_invoice_set_status(ledger, inv->id, d.status, d.reason,
		                                               &d.until, error))
			return FALSE;
		/* Held now or waiting longer already: either way the owner's decision is due. */
		g_array_append_val(*held, inv->id);
		g_string_append_printf(names, "%s%s", names->len ? ", " : "", inv->number);
	}
	if (names->len)
		*numbers = g_string_free(g_steal_pointer(&names), FALSE);
	return TRUE;
}
