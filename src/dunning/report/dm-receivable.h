/* dm-receivable: an invoice of the ledger as the aging arithmetic sees it (dm-aging.h). */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "dunning/report/dm-aging.h"

/* Fills @out from @inv (pointers borrowed from @inv): the issue day, or the day dunmail
 * recorded the invoice when the invoice does not say.
 *
 * HOOK(paid day): the ledger on this branch does not record when an invoice was paid, so
 * out->paid stays invalid (the history then takes a payment as made on the due day, and
 * payment behaviour counts only open overdue invoices).  When the ledger records payments
 * (`dunmail paid INVOICE --date D`), pass that day here. */
void dm_receivable_from_invoice(const DmInvoice *inv, DmReceivable *out);
