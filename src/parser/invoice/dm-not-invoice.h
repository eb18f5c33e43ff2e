/* dm-not-invoice: the one decision that a message from a billing address is NOT an
 * invoice, whatever it carries — a quote, a pro-forma, an order confirmation, a receipt,
 * the business's own reminder, a question about an invoice, a renewal notice, a price
 * list, a statement of account, a delivery note, a batch of invoices for the bookkeeper,
 * a forwarded bill (the business is its debtor), an invitation, an automatic reply, the
 * announcement of a credit note.  Chasing any of these would dun someone who owes
 * nothing, so this decision comes before any reading.  Private to src/parser.  Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/invoice/dm-not-invoice-reason.h"

/* (transfer full) why @msg is not an invoice — the rule's kind, where it looked and what
 * it matched, in English 'quote: the subject says "Offerte"' — or NULL when no rule says
 * so.  @doc_text (nullable) is the text of the attached PDFs, whose title lines count. */
DmNotInvoiceReason *dm_not_invoice_decide(GMimeMessage *msg, const char *body_text, const char *doc_text);
/* TRUE when @text (a body without its subject) sets out an invoice of its own: an
 * invoice's title line ("Factuur 2026-0042", "INVOICE") or a line that opens with its
 * number's label ("Invoice number: INV-7").  A reply that hands over an invoice does; one
 * that talks about an invoice in the thread ("the £960.00 covers both days") does not. */
gboolean dm_not_invoice_sets_out(const char *text);
/* TRUE when @doc_text (nullable) sets out a credit note issued: its title and its own
 * number's label ("CREDITNOTA" over "Creditnotanummer", "GUTSCHRIFT" over "Gutschrift-Nr."). */
gboolean dm_not_invoice_credit_note_issued(const char *doc_text);
/* TRUE when @text (one document's) is titled as a payment reminder ("BETALINGSHERINNERING",
 * "ZAHLUNGSERINNERUNG", "PAYMENT REMINDER"): a letter that chases an invoice, however many
 * copies of the invoice go with it. */
gboolean dm_not_invoice_titled_reminder(const char *text);
