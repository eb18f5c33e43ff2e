/* match: incoming message -> invoice, by the rules of dm-match.h. */
#include "dunning/dm-match.h"
#include "dunning/dm-invoices.h"
#include "parser/dm-message.h"

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

gint64
dm_match_invoice(DmLedger *ledger, GMimeMessage *msg, const DmReplyAnalysis *analysis,
                 const char *from_address, const char **how)
{
	g_autoptr(GPtrArray) ids = dm_message_thread_ids(msg);
	for (guint i = 0; i < ids->len; i++) {
		gint64 id = dm_ledger_invoice_by_thread(ledger, g_ptr_array_index(ids, i));
		if (id > 0) {
			*how = "thread";
			return id;
		}
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

	const char *subject = g_mime_message_get_subject(msg);
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
