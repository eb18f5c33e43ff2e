/* debtor: the debtor's address from the envelope, confirmed by the headers where they
 * agree (dm_invoice_choose_debtor).  A recipient in the sender's own domain (an archive
 * or bookkeeping copy in Bcc) is the business itself, never its debtor, unless no other
 * recipient is left.
 * Failures: none; a recipient that is no plausible address is skipped. */
#include "parser/invoice/dm-debtor.h"
#include "common/dm-address.h"
#include "parser/mime/dm-message.h"

#include <string.h>

/* TRUE when the @type header of @msg names @address (normalized). */
static gboolean
header_names(GMimeMessage *msg, GMimeAddressType type, const char *address)
{
	InternetAddressList *list = g_mime_message_get_addresses(msg, type);
	int n = list ? internet_address_list_length(list) : 0;
	for (int i = 0; i < n; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);
		if (!INTERNET_ADDRESS_IS_MAILBOX(ia))
			continue;
		g_autofree char *a = dm_address_normalize(
			internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
		if (a && strcmp(a, address) == 0)
			return TRUE;
	}
	return FALSE;
}

static void
choose(DmInvoiceFacts *facts, const char *address, const char *why)
{
	if (g_strcmp0(facts->debtor_email, address) != 0) {
		g_free(facts->debtor_email);
		facts->debtor_email = g_strdup(address);
	}
	dm_invoice_facts_explain(facts, "debtor_email", "%s", why);
}

void
dm_invoice_choose_debtor(DmInvoiceFacts *facts, GMimeMessage *msg, const GPtrArray *rcpt_to)
{
	g_return_if_fail(facts != NULL && GMIME_IS_MESSAGE(msg));
	if (!rcpt_to || rcpt_to->len == 0)
		return;
	g_autoptr(GPtrArray) rcpts = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < rcpt_to->len; i++) {
		char *a = dm_address_normalize(g_ptr_array_index(rcpt_to, i));
		if (a)
			g_ptr_array_add(rcpts, a);
	}
	if (rcpts->len == 0)
		return;
	static const struct {
		GMimeAddressType type;
		const char *why;
	} headers[] = {
		{ GMIME_ADDRESS_TYPE_TO, "envelope recipient named in To" },
		{ GMIME_ADDRESS_TYPE_CC, "envelope recipient named in Cc" },
	};
	for (guint h = 0; h < G_N_ELEMENTS(headers); h++)
		for (guint i = 0; i < rcpts->len; i++)
			if (header_names(msg, headers[h].type, g_ptr_array_index(rcpts, i))) {
				choose(facts, g_ptr_array_index(rcpts, i), headers[h].why);
				return;
			}
	for (guint i = 0; i < rcpts->len; i++)
		if (g_strcmp0(facts->debtor_email, g_ptr_array_index(rcpts, i)) == 0) {
			choose(facts, g_ptr_array_index(rcpts, i),
			       "envelope recipient the document names as buyer");
			return;
		}
	g_autofree char *from = dm_message_from_address(msg);
	const char *own = from ? dm_address_domain(from) : NULL;
	for (guint i = 0; own && i < rcpts->len; i++)
		if (g_strcmp0(dm_address_domain(g_ptr_array_index(rcpts, i)), own) != 0) {
			choose(facts, g_ptr_array_index(rcpts, i),
			       i == 0 ? "first envelope recipient (no header or document names one)"
				      : "rule not-own-domain: the first envelope recipient outside the sender's domain "
					"(no header or document names one)");
			return;
		}
	choose(facts, g_ptr_array_index(rcpts, 0),
	       "first envelope recipient (no header or document names one)");
}

void
dm_invoice_debtor_from_envelope(DmInvoiceFacts *facts, GMimeMessage *msg, const GPtrArray *rcpt_to)
{
	g_return_if_fail(facts != NULL);
	if (!facts->is_invoice || !rcpt_to || rcpt_to->len == 0)
		return;
	/* The envelope is where the mail went; a To header may be rewritten. */
	facts->field_source[DM_INVOICE_FIELD_DEBTOR_EMAIL] = NULL;
	dm_invoice_choose_debtor(facts, msg, rcpt_to);
	dm_invoice_facts_mark_sources(facts, "envelope");
}
