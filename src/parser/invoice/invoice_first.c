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
dm_invoice_first(GPtrArray *texts, GPtrArray *names)
{
	g_return_if_fail(texts != NULL);
	g_return_if_fail(names == NULL || names->len == texts->len);
	if (texts->len < 2)
		return;
	/* The new order as the old indexes: the invoices', then the others'. */
	g_autoptr(GArray) invoices = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) others = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < texts->len; i++) {
		char *t = g_ptr_array_index(texts, i);
		if (dm_not_invoice_titled_reminder(t))
			return;
		g_array_append_val(t && dm_not_invoice_sets_out(t) ? invoices : others, i);
	}
	if (invoices->len == 0 || others->len == 0)
		return;
	g_array_append_vals(invoices, others->data, others->len);
	/* The texts and names are moved, not copied: the arrays keep owning them. */
	g_autofree gpointer *old_texts = g_memdup2(texts->pdata, texts->len * sizeof(gpointer));
	g_autofree gpointer *old_names = names ? g_memdup2(names->pdata, names->len * sizeof(gpointer)) : NULL;
	for (guint k = 0; k < invoices->len; k++) {
		guint from = g_array_index(invoices, guint, k);
		texts->pdata[k] = old_texts[from];
		if (names)
			names->pdata[k] = old_names[from];
	}
}
