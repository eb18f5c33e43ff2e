/* dm-invoice-text-term-due: the due date an invoice's payment term gives when it prints no
 * date.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Reads the payment term of @t (prepared text of @len bytes) into @f: its days into
 * payment_term_days, and, when @f has no due date yet, the date the term gives, counted
 * from @f's issue date: N days from a month's end or to it (parser/text/terms.c says which
 * reading), a day of the next month, calendar months, days from a printed delivery date,
 * "payable at once" (from @due_ref, the issue date or the mail's), the end of this month or
 * the next.  A term of days counted from the invoice's date is left in payment_term_days
 * for dm_invoice_facts_settle_due, which has the mail's date when no issue date is read.
 * @source names the text for --explain. */
void dm_invoice_text_term_due(const char *t, gsize len, const GDate *due_ref, const char *source,
			      DmInvoiceFacts *f);

/* With neither a due date nor an invoice date read, the end of the mail's month (@mail_date,
 * nullable) or the next's as @f's due date when @t says so ("ideally by the end of the
 * month"): a typed invoice is sent the day it is written.  Called once @t is judged an
 * invoice: a day the mail's date gives is no sign that it is one. */
void dm_invoice_text_month_end_due_of_mail(const char *t, gsize len, const GDate *mail_date, const char *source,
					   DmInvoiceFacts *f);
