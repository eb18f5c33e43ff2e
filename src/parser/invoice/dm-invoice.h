/* dm-invoice: invoice facts from one outgoing message.
 *
 * Sources, best first: an attached e-invoice (UBL or CII .xml), a Factur-X / ZUGFeRD PDF
 * (its embedded XML), the text of an attached PDF, the body text (Dutch, English), each
 * filling what the better ones left empty in one DmInvoiceFacts.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/invoice/dm-invoice-facts.h"

/* (transfer full) Never NULL for a parsed message: is_invoice is FALSE when the message
 * is not an invoice.  When the invoice states a payment term but no due date, due_date is
 * issue date (or the message's Date) + term. */
DmInvoiceFacts *dm_invoice_extract(GMimeMessage *msg);
