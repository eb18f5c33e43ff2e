/* match_lookup: the ledger reads behind dm_match_decide() (dm-match-lookup.h). */
#include "dunning/daemon/dm-match-lookup.h"
#include "dunning/engine/dm-match.h"
#include "dunning/ledger/dm-invoices.h"

/* The first invoice the Message-IDs @ids name, in *@inv_out (NULL for none). */
static gboolean
thread_invoice(DmLedger *ledger, GPtrArray *ids, DmInvoice **inv_out, GError **error)
{
	*inv_out = NULL;
	for (guint i = 0; i < ids->len; i++) {
		gint64 id = 0;
		if (!dm_ledger_invoice_by_thread(ledger, g_ptr_array_index(ids, i), &id, error))
			return FALSE;
		if (id <= 0)
			continue;
		g_autoptr(GError) err = NULL;
		*inv_out = dm_ledger_invoice_get(ledger, id, &err);
		if (!*inv_out && !err)
			g_set_error(&err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_CORRUPT,
			            "ledger: invoice %" G_GINT64_FORMAT " of a thread is gone", id);
		if (err) {
			g_propagate_error(error, g_steal_pointer(&err));
			return FALSE;
		}
		return TRUE;
	}
	return TRUE;
}

gboolean
dm_match_lookup(DmLedger *ledger, const char *subject, GPtrArray *thread_ids,
                const DmReplyAnalysis *analysis, const char *from_address, gint64 *invoice_id,
                const char **how, GArray **unsure, GError **error)
{
	*invoice_id = 0;
	if (unsure)
		*unsure = NULL;
	g_autoptr(DmInvoice) in_thread = NULL;
	g_autoptr(GPtrArray) debtor_invoices = NULL, who_invoices = NULL;
	DmMatchFacts facts = {
		.subject = subject,
		.text = analysis->reply_text,
		.who = dm_match_who(from_address, analysis),
	};
	if (!thread_invoice(ledger, thread_ids, &in_thread, error))
		return FALSE;
	if (in_thread) {
		debtor_invoices = dm_ledger_invoices_list(ledger, in_thread->debtor_email,
		                                          DM_INVOICE_STATUS_ANY, error);
		if (!debtor_invoices)
			return FALSE;
		facts.thread_invoice = in_thread;
		facts.thread_debtor_invoices = debtor_invoices;
	} else if (facts.who) {
		who_invoices = dm_ledger_invoices_list(ledger, facts.who, DM_INVOICE_STATUS_ANY, error);
		if (!who_invoices)
			return FALSE;
		facts.who_invoices = who_invoices;
	}
	*invoice_id = dm_match_decide(&facts, how);
	if (unsure && *invoice_id == 0)
		*unsure = dm_match_unsure(&facts);
	return TRUE;
}
