/* dm-receivable: an invoice of the ledger as the aging arithmetic sees it (dm-aging.h). */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "dunning/report/dm-aging.h"

/* Fills @out from @inv (pointers borrowed from @inv): the issue day, or the day dunmail
 * recorded the invoice when the invoice does not say.
 *
 * The amount is what is still open (part payments and credit notes taken off); a written-
 * off invoice and a credit note (whose credit is already off the invoice it corrects)
 * count as settled.
 *
 * Left: the ledger keeps each payment's day (`dunmail paid --date`), but the invoice row
 * does not carry the last of them yet, so out->paid stays invalid (the history then takes
 * a payment as made on the due day, and payment behaviour counts only open overdue
 * invoices). */
void dm_receivable_from_invoice(const DmInvoice *inv, DmReceivable *out);

/* Notes @inv's debtor's credit limit (`dunmail debtor ADDRESS --credit-limit`) in @limits
 * (email -> gint64*, from dm_receivable_limits_new) for dm_receivable_limit. */
GHashTable *dm_receivable_limits_new(void);
void dm_receivable_note_limit(GHashTable *limits, const DmInvoice *inv);
/* A DmCreditLimitFunc over @limits (the user data). */
gboolean dm_receivable_limit(const char *email, gint64 *limit_cents, gpointer limits);
