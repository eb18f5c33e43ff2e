/* dm-invoice-status: whether a mail reports what the customer's back office did with an
 * invoice sent earlier — approved and scheduled for payment, released for payment, put on
 * hold, rejected ("Uw crediteurenadministratie heeft onze factuur F26-0377 afgewezen",
 * "invoice INV-51033 … approved and scheduled for payment", "unsere Rechnung RE-2026-4401 …
 * zur Zahlung freigegeben").  Such a mail names the invoice, its amount, perhaps the day it
 * will be paid, and is no invoice: the invoice went before.  Private to src/parser/invoice.
 * Pure. */
#pragma once
#include <glib.h>

#include "parser/invoice/dm-not-invoice-reason.h"

/* (transfer full) (nullable) the reason (kind earlier_invoice, found in the body) when a
 * sentence of @body (nullable) names an invoice and what the customer's back office did with
 * it; NULL otherwise.  The caller asks only of a mail that sets out no invoice of its own
 * and hands none over: a corrected invoice sent after a rejection is one. */
DmNotInvoiceReason *dm_invoice_status_reason(const char *body);

/* (transfer full) (nullable) the same reason when @body (nullable) is the customer's own
 * system or clerk speaking of the supplier's invoice as "your invoice" with what became of
 * it ("Ihre Rechnung wurde im Kreditorenworkflow … freigegeben", "Northmoor Hospitals has
 * received your invoice … Status: Awaiting approval", "Uw factuur is goedgekeurd"): a
 * notice that sets the invoice's facts out and is still none, since no supplier writes of
 * its own invoice so.  Asked also of a mail that sets facts out. */
DmNotInvoiceReason *dm_invoice_status_from_customer(const char *body);
