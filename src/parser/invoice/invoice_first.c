/* invoice_first: which of a mail's PDFs is its invoice (dm-invoice-first.h).
 *
 * A business in a thread sends the invoice with what goes with it: the signed order
 * confirmation or work order it bills, a delivery note, a photo report, its general terms
 * — often placed first.  The not-invoice judgement takes a document's kind from its first
 * title, and the text reader reads the first document that reads as an invoice; so the
 * document that sets out an invoice of its own is put first.  A mail whose only documents
 * are a quote or a delivery note keeps them as they are; so does a mail with a reminder
 * letter: the copy of the invoice it chases goes with it, and the letter's title must still
 * make the mail a reminder (a document's kind is its first title).
 * Failures: none. */
#include "parser/invoice/dm-invoice-first.h"
#include "parser/invoice/dm-not-invoice.h"

void
dm_invoice_first(GPtrArray *texts)
{
	g_return_if_fail(texts != NULL);
	if (texts->len < 2)
		return;
	g_autoptr(GPtrArray) invoices = g_ptr_array_new();
	g_autoptr(GPtrArray) others = g_ptr_array_new();
	for (guint i = 0; i < texts->len; i++) {
		char *t = g_ptr_array_index(texts, i);
		if (dm_not_invoice_titled_reminder(t))
			return;
		g_ptr_array_add(t && dm_not_invoice_sets_out(t) ? invoices : others, t);
	}
	if (invoices->len == 0 || others->len == 0)
		return;
	/* The texts are moved, not copied: @texts keeps owning them. */
	guint k = 0;
	for (guint i = 0; i < invoices->len; i++)
		texts->pdata[k++] = g_ptr_array_index(invoices, i);
	for (guint i = 0; i < others->len; i++)
		texts->pdata[k++] = g_ptr_array_index(others, i);
}
