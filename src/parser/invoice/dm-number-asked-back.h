/* dm-number-asked-back: whether a payment reference read from an invoice is only its own
 * number asked back ("Mededeling: F2026-118", the number to be put in the transfer's free
 * text), which is no payment reference (README of corpus/invoices, heldout15 and heldout20):
 * the payer quotes the number for the seller to find the invoice, not a code the bank
 * checks.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @reference is @number (spaces and case ignored) and @text labels it with a
 * bare "Mededeling:" field, not a structured communication's label; FALSE when either is
 * NULL.  @start and @end (out) get the field's span in @text, so that the caller can look
 * past it for a reference the invoice does give (a structured communication after it). */
gboolean dm_number_asked_back(const char *text, gsize len, const char *reference, const char *number,
			      gsize *start, gsize *end);
