/* dm-invoice-text-dates: an invoice's date and due date in free text, with its payment
 * term.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* TRUE when @t (prepared text of @len bytes, in @currency: "" when unknown) writes its
 * slash dates month first ("04/03/2026" is 3 April): its own slash dates show it, or, when
 * none decides, an American invoice (in dollars, paid to no IBAN). */
gboolean dm_invoice_text_month_first(const char *t, gsize len, const char *currency);

/* Reads the dates of @t into @f, with where they came from for --explain (@source names
 * the text): the issue date (a label, else the letter's place-and-date line, else a lone
 * date above the first amount), the due date (a net date beside a cash discount, a label
 * or a sentence, else the payment term, else "payable at once" or "end of month" from the
 * issue date) and the term.  A cash discount's date and another event's (an order, a
 * delivery) are passed over.  @ref (nullable) dates a year-less date; @month_first reads
 * slash dates month first. */
void dm_invoice_text_read_dates(const char *t, gsize len, const GDate *ref, gboolean month_first,
				const char *source, DmInvoiceFacts *f);
