/* dm-payment-failed: a payment on an invoice that failed or came back — a card declined, a
 * direct debit the payer's bank returned ("Your payment of £48.00 failed", "De incasso … is
 * door uw bank gestorneerd", "Die Lastschrift … wurde von Ihrer Bank zurückgegeben").  Such
 * a notice chases an invoice sent before, as the business's own reminder does, even with a
 * fee, an account and a date to pay by: the invoice is in the ledger already
 * (corpus/invoices/README.md, heldout35's labelling).  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

#include "parser/invoice/dm-not-invoice-reason.h"

/* (transfer full) (nullable) why @body (nullable; the mail's own words) tells of a payment
 * that failed or came back: a sentence that states it — not one that sets it as a condition
 * or a possibility ("If the payment fails", "Als de incasso wordt teruggeboekt", "Falls die
 * Lastschrift zurückgegeben wurde", a mandate's "can be returned") — quoting its words.
 * The caller passes over a mail that hands an invoice over in its own words ("Your card
 * payment was unsuccessful, so here is invoice INV-3308"): that one is the invoice. */
DmNotInvoiceReason *dm_payment_failed_reason(const char *body);
