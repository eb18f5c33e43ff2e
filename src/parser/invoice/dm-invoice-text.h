/* dm-invoice-text: invoice facts from free text (a mail body, a PDF's page text) in
 * Dutch or English (German and French labels where they come cheap).
 * Private to src/parser.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Reads @text as an invoice.  When it reads as one, the empty fields of @facts are filled
 * (number, amount, currency, dates, term, language) and, unless it already was one,
 * @facts becomes an invoice from @source; TRUE.  Otherwise FALSE and @facts untouched but
 * for its not_invoice reason, set when still empty.
 * @ref (nullable) dates a year-less date. */
gboolean dm_invoice_text_read(const char *text, const GDate *ref, DmInvoiceSource source,
			      DmInvoiceFacts *facts);

/* (transfer full) (nullable) the invoice number @text (nullable) names after an invoice
 * word, labelled ("Invoice No. 7") or not ("Nota 2026-384"): for a subject or a file
 * name when the document itself prints none. */
char *dm_invoice_text_number(const char *text);

/* (transfer none) "nl", "en" or NULL: the language @text is written in. */
const char *dm_invoice_text_language(const char *text);

/* What @text (nullable) states is still to pay under a label ("te betalen", "amount due",
 * "zu zahlen", "openstaand"): 1 an amount above zero, 0 only zero, -1 no such label. */
int dm_invoice_text_open_amount(const char *text);

/* (transfer full) the line that settles @text (nullable), or NULL: when it leaves nothing to pay on its page: its labelled balance is
 * zero, or the amount received below the amount to pay is as much (in cents): a receipt
 * (dm_invoice_text_amount_settled). */
char *dm_invoice_text_settled(const char *text);

/* The issue date and the due date @text (nullable) gives, read as dm_invoice_text_read reads
 * them (a term counted from the issue date; @ref, nullable, dates a year-less date), into
 * @issue and @due: each cleared (invalid) when the text gives none. */
void dm_invoice_text_dates(const char *text, const GDate *ref, GDate *issue, GDate *due);
