/* match: incoming message -> invoice, by the rules of dm-match.h (pure). */
#include "dunning/engine/dm-match.h"
#include "common/dm-address.h"

#include <string.h>

/* TRUE when @number stands in @text as a whole token (not inside a longer number). */
static gboolean
mentions_number(const char *text, const char *number)
{
	gsize n = strlen(number);
	if (!text || n == 0)
		return FALSE;
	for (const char *p = strstr(text, number); p; p = strstr(p + 1, number)) {
		gboolean left_ok = p == text || !g_ascii_isalnum(p[-1]);
		gboolean right_ok = !g_ascii_isalnum(p[n]);
		if (left_ok && right_ok)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @inv's number stands in the subject or the new text. */
static gboolean
mentioned(const DmMatchFacts *facts, const DmInvoice *inv)
{
	return mentions_number(facts->subject, inv->number) ||
	       mentions_number(facts->text, inv->number);
}

/* In the thread of the thread invoice, does the text name exactly one other invoice of
 * the same debtor, and not this one?  Its id, or 0. */
static gint64
other_invoice_named(const DmMatchFacts *facts)
{
	const DmInvoice *thread_inv = facts->thread_invoice;
	if (mentioned(facts, thread_inv) || !facts->thread_debtor_invoices)
		return 0;
	gint64 named = 0;
	for (guint i = 0; i < facts->thread_debtor_invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(facts->thread_debtor_invoices, i);
		if (inv->id == thread_inv->id || !mentioned(facts, inv))
			continue;
		if (named)
			return 0;       /* several: no guessing */
		named = inv->id;
	}
	return named;
}

const char *
dm_match_who(const char *from_address, const DmReplyAnalysis *analysis)
{
	if (analysis->kind == DM_REPLY_KIND_BOUNCE && analysis->bounced_recipient)
		return analysis->bounced_recipient;
	return from_address;
}

/* (transfer full) the ids of the invoices in @theirs that are not paid. */
static GArray *
unpaid_ids(const GPtrArray *theirs)
{
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	for (guint i = 0; i < theirs->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(theirs, i);
		if (inv->status != DM_INVOICE_STATUS_PAID)
			g_array_append_val(ids, inv->id);
	}
	return ids;
}

/* The sender's invoice whose number the message names, or 0. */
static gint64
number_named(const DmMatchFacts *facts)
{
	for (guint i = 0; i < facts->who_invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(facts->who_invoices, i);
		if (mentioned(facts, inv))
			return inv->id;
	}
	return 0;
}

gint64
dm_match_decide(const DmMatchFacts *facts, const char **how)
{
	if (facts->thread_invoice) {
		gint64 other = other_invoice_named(facts);
		if (other > 0) {
			*how = "number (in the thread of another invoice)";
			return other;
		}
		*how = "thread";
		return facts->thread_invoice->id;
	}
	if (!facts->who) {
		*how = "no sender address";
		return 0;
	}
	if (!facts->who_invoices || facts->who_invoices->len == 0) {
		*how = "sender has no invoices";
		return 0;
	}
	gint64 named = number_named(facts);
	if (named > 0) {
		*how = "number";
		return named;
	}
	g_autoptr(GArray) unpaid = unpaid_ids(facts->who_invoices);
	if (unpaid->len == 1) {
		*how = "sender";
		return g_array_index(unpaid, gint64, 0);
	}
	*how = unpaid->len ? "sender has several unpaid invoices" : "sender has no unpaid invoices";
	return 0;
}

GArray *
dm_match_unsure(const DmMatchFacts *facts)
{
	if (facts->thread_invoice || !facts->who || !facts->who_invoices ||
	    number_named(facts) > 0)
		return NULL;
	g_autoptr(GArray) unpaid = unpaid_ids(facts->who_invoices);
	return unpaid->len > 1 ? g_steal_pointer(&unpaid) : NULL;
}

gboolean
dm_match_speaks_for_debtor(const char *from_address, const char *debtor_email,
                           const DmReplyAnalysis *analysis, const DmDomainSet *shared_domains)
{
	if (!debtor_email)
		return FALSE;
	if (analysis->kind == DM_REPLY_KIND_BOUNCE)
		return analysis->bounced_recipient &&
		       g_ascii_strcasecmp(analysis->bounced_recipient, debtor_email) == 0;
	if (!from_address)
		return FALSE;
	if (g_ascii_strcasecmp(from_address, debtor_email) == 0)
		return TRUE;
	const char *a = dm_address_domain(from_address), *b = dm_address_domain(debtor_email);
	return a && b && g_ascii_strcasecmp(a, b) == 0 && !dm_domain_set_contains(shared_domains, b);
}
