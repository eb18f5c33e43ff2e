/* dm-invoice-text-amount: the amount due and the total of an invoice in free text, and its
 * currency.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* How the amount due was found, weakest first: not at all, the largest amount with a
 * currency, a total line, a label that says it is due (or a total less what was paid). */
typedef enum {
	DM_INVOICE_TEXT_AMOUNT_NONE,
	DM_INVOICE_TEXT_AMOUNT_ANY,
	DM_INVOICE_TEXT_AMOUNT_MEDIUM,
	DM_INVOICE_TEXT_AMOUNT_STRONG,
} DmInvoiceTextAmountRank;

/* Reads the amount due, its currency and the total of @t (prepared text of @len bytes)
 * into @f, with where they came from for --explain (@source names the text): a stated
 * amount due wins; else the total less what was already paid or billed; else the total;
 * else the largest amount with a currency.  Subtotals, VAT and discount lines never
 * count.  How it was found. */
DmInvoiceTextAmountRank dm_invoice_text_read_amount(const char *t, gsize len, DmInvoiceFacts *f,
						    const char *source);

/* What @t (prepared text of @len bytes) states is still to pay under a label ("te
 * betalen", "amount due", "zu zahlen", "openstaand"): 1 an amount above zero, 0 only
 * zero, -1 no such label. */
int dm_invoice_text_amount_open(const char *t, gsize len);

/* (transfer full) the line that settles @t (prepared text of @len bytes), or NULL: when it leaves nothing to pay on its page: the amount
 * to pay labelled last (else the total) is zero ("Balance due €0.00", "Openstaand € 0,00",
 * "Offen 0,00 €"), or an amount received labelled below it comes to as much or more, in
 * cents ("Zu zahlen 228,96 €" over "Betrag erhalten EUR 228,96"): a receipt.  A part
 * received leaves the rest to pay.  The amount received counts only when it is this bill's:
 * its line names this bill, or names no other invoice and stands in the totals block with
 * the amount to pay, no blank line between; a payment history below ("Your last payment",
 * an earlier invoice's number) settles nothing. */
char *dm_invoice_text_amount_settled(const char *t, gsize len);

/* The one currency written beside the amounts of @t into @cur, or "" when none or several;
 * when no amount writes one, the one currency whose ISO code @t prints as a word of its own
 * ("Betrag CHF", "All amounts in CAD"). */
void dm_invoice_text_sole_currency(const char *t, gsize len, char cur[4]);

/* Where the line of the first amount written with a currency starts in @t (@len when
 * none): above it a letter's head, from it on items and terms. */
gsize dm_invoice_text_first_amount_line(const char *t, gsize len);
