/* dm-invoice-text-payment: how an invoice's text asks to be paid: the IBAN to pay to and
 * the payment reference.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Reads into @f the IBAN to pay to and the labelled payment reference of @t (prepared
 * text of @len bytes), with where they came from for --explain (@source names the text). */
void dm_invoice_text_read_payment(const char *t, gsize len, const char *source, DmInvoiceFacts *f);
