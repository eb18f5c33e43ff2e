/* match: incoming message -> invoice, by the rules of dm-match.h. */
#include "dunning/engine/dm-match.h"
#include "dunning/ledger/dm-invoices.h"
#include "parser/mime/dm-message.h"
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

/* In the thread of @thread_inv, does the text name exactly one other invoice of the same
 * debtor, and not this one?  Its id, or 0. */
static gint64
other_invoice_named(DmLedger *ledger, const DmInvoice *thread_inv, const char *subject,
                    const char *text)
{
	if (mentions_number(subject, thread_inv->number) || mentions_number(text, thread_inv->number))
		return 0;
	g_autoptr(GPtrArray) theirs = dm_ledger_invoices_list(ledger, thread_inv->debtor_email,
	                                                      NULL, NULL);
	gint64 named = 0;
	for (guint i = 0; theirs && i < theirs->len; i++) {
		DmInvoice *inv = g_ptr_array_index(theirs, i);
		if (inv->id == thread_inv->id ||
		    !(mentions_number(subject, inv->number) || mentions_number(text, inv->number)))
			continue;
		if (named)
			return 0;       /* several: no guessing */
		named = inv->id;
	}
	return named;
}

gint64
dm_match_invoice(DmLedger *ledger, GMimeMessage *msg, const DmReplyAnalysis *analysis,
                 const char *from_address, const char **how)
{
	g_autoptr(GPtrArray) ids = dm_message_thread_ids(msg);
	return dm_match_invoice_from(ledger, g_mime_message_get_subject(msg), ids, analysis,
	                             from_address, how);
}

gint64
dm_match_invoice_from(DmLedger *ledger, const char *subject, GPtrArray *ids,
                      const DmReplyAnalysis *analysis, const char *from_address,
                      const char **how)
{
	for (guint i = 0; i < ids->len; i++) {
		gint64 id = dm_ledger_invoice_by_thread(ledger, g_ptr_array_index(ids, i));
		if (id <= 0)
			continue;
		g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, id, NULL);
		gint64 other = inv ? other_invoice_named(ledger, inv, subject, analysis->reply_text) : 0;
		if (other > 0) {
			*how = "number (in the thread of another invoice)";
			return other;
		}
		*how = "thread";
		return id;
	}

	const char *who = from_address;
	if (analysis->kind == DM_REPLY_KIND_BOUNCE && analysis->bounced_recipient)
		who = analysis->bounced_recipient;
	if (!who) {
		*how = "no sender address";
		return 0;
	}
	g_autoptr(GPtrArray) theirs = dm_ledger_invoices_list(ledger, who, NULL, NULL);
	if (!theirs || theirs->len == 0) {
		*how = "sender has no invoices";
		return 0;
	}

	for (guint i = 0; i < theirs->len; i++) {
		DmInvoice *inv = g_ptr_array_index(theirs, i);
		if (mentions_number(subject, inv->number) ||
		    mentions_number(analysis->reply_text, inv->number)) {
			*how = "number";
			return inv->id;
		}
	}

	gint64 only = 0;
	guint unpaid = 0;
	for (guint i = 0; i < theirs->len; i++) {
		DmInvoice *inv = g_ptr_array_index(theirs, i);
		if (strcmp(inv->status, "paid") != 0) {
			unpaid++;
			only = inv->id;
		}
	}
	if (unpaid == 1) {
		*how = "sender";
		return only;
	}
	*how = unpaid ? "sender has several unpaid invoices" : "sender has no unpaid invoices";
	return 0;
}

gboolean
dm_match_speaks_for_debtor(const char *from_address, const char *debtor_email,
                           const DmReplyAnalysis *analysis)
{
	if (!debtor_email)
		return FALSE;
	if (analysis->kind == DM_REPLY_KIND_BOUNCE)
		return analysis->bounced_recipient &&
		       g_ascii_strcasecmp(analysis->bounced_recipient, debtor_email) == 0;
	if (!from_address)
		return FALSE;
	const char *a = dm_address_domain(from_address), *b = dm_address_domain(debtor_email);
	return g_ascii_strcasecmp(from_address, debtor_email) == 0 ||
	       (a && b && g_ascii_strcasecmp(a, b) == 0);
}
