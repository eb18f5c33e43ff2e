/* dm-invoice-text-deductions: what an invoice's text takes off its total — an earlier part
 * invoice, a deposit, a payment already made — so that the amount due is the total less
 * them.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* The lines that take something off the total, summed. */
typedef struct {
	gint64 sum;        /* cents, above zero */
	gint64 retained;   /* cents of @sum the customer holds back as retention: still part of
			    * the price, where an earlier instalment is not */
	guint count;
	char *first;       /* (owned) the first line, for --explain */
	gsize first_end;   /* where the first line ends in the text read */
} DmInvoiceTextDeductions;

/* Fills @d (cleared first; free it with dm_invoice_text_deductions_clear) with what @t
 * takes off its total: the lines that say they take off an earlier part invoice or a
 * payment ("Abzüglich Abschlagsrechnung Nr. 2", "Less: progress invoice INV-7") — not one
 * above a VAT line above the total's, which the total already holds — and below the
 * total's line (ending at @below) the rows that write a deposit or a payment made as a
 * negative amount ("Deposit paid 14 June<TAB>-€400.00"). */
void dm_invoice_text_deductions(const char *t, gsize len, gsize below, DmInvoiceTextDeductions *d);

void dm_invoice_text_deductions_clear(DmInvoiceTextDeductions *d);

/* TRUE when @line takes an earlier part invoice or payment off the total: whatever amount
 * it names is no total. */
gboolean dm_invoice_text_is_deduction_line(const char *line);

/* TRUE when @line speaks of a cash discount ("2 % Skonto", "korting bij betaling binnen
 * 8 dagen"): its amount is the discounted one, not the amount due. */
gboolean dm_invoice_text_is_discount_line(const char *line);

/* TRUE when @line is a price reduced for paying ahead ("Vooruitbetalingskorting 3%",
 * "Rabatt Vorauszahlung 5 %", "Annual prepayment discount"): an item that lowers the
 * total, not a payment already made. */
gboolean dm_invoice_text_is_prepayment_discount(const char *line);
