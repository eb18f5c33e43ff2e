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

/* dm_invoice_extract with the user's rule file (nullable; dm_invoice_rules_load): its
 * not_invoice rules refuse a message as the built-in ones do, and its field rules fill
 * what the e-invoice left empty before the built-in text readers do (a user's layout is
 * the one the built-ins misread). */
struct _DmRuleFile;
DmInvoiceFacts *dm_invoice_extract_with_rules(GMimeMessage *msg, const struct _DmRuleFile *rules);
