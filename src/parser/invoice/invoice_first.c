/* invoice_first: which of a mail's PDFs is its invoice (dm-invoice-first.h).
 *
 * A business in a thread sends the invoice with what goes with it: the signed order
 * confirmation or work order it bills, a delivery note, a photo report, its general terms
 * — often placed first.  The not-invoice judgement takes a document's kind from its first
 * title, and the text reader reads the first document that reads as an invoice; so the
 * document that sets out an invoice of its own is put first.  A mail whose only documents
 * are a quote or a delivery note keeps them as they are; so does a mail with a reminder
 * letter: the copy of the invoice it chases goes with it, and the letter's title must still
 * make the mail a reminder (a document's kind is its first title).  A credit note sent with
 * the corrected invoice that replaces the one it credits goes after that invoice: the new
 * invoice is the bill; sent with the very invoice it credits, it stays first.
 * Failures: none. */
#include "parser/invoice/dm-invoice-first.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/invoice/dm-not-invoice.h"

#include <string.h>

/* TRUE when the credit note @credit credits the invoice @invoice, by its number: the
 * invoice goes with it for reference ("Creditnota CN-9 bij factuur VF-311" beside VF-311). */
static gboolean
credits(const char *credit, const char *invoice)
{
	/* The first invoice number the credit note names: its own is labelled a credit note's. */
	g_autofree char *credited = dm_invoice_text_credited_invoice(credit, strlen(credit), NULL);
	g_autofree char *number = dm_invoice_text_number(invoice);
	return !credited || !number || strcmp(credited, number) == 0;
}

/* Moves the credit notes among @invoices (indexes into @texts) after the invoices, when
 * none of them credits one of those invoices: it credits an earlier invoice, and the one
 * beside it is the corrected invoice the mail bills. */
static void
corrected_invoice_first(GPtrArray *texts, GArray *invoices)
{
	g_autoptr(GArray) plain = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) credit = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint k = 0; k < invoices->len; k++) {
		guint i = g_array_index(invoices, guint, k);
		g_array_append_val(dm_not_invoice_credit_note_issued(g_ptr_array_index(texts, i)) ? credit : plain, i);
	}
	if (plain->len == 0 || credit->len == 0)
		return;
	for (guint c = 0; c < credit->len; c++)
		for (guint p = 0; p < plain->len; p++)
			if (credits(g_ptr_array_index(texts, g_array_index(credit, guint, c)),
				    g_ptr_array_index(texts, g_array_index(plain, guint, p))))
				return;
	g_array_set_size(invoices, 0);
	g_array_append_vals(invoices, plain->data, plain->len);
	g_array_append_vals(invoices, credit->data, credit->len);
}

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
	corrected_invoice_first(texts, invoices);
	if (invoices->len == 0)
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
