/* portal_notice: whether a portal's notice carries the invoice itself. */
#pragma once

#include <glib.h>

/* TRUE when @subject or @body_text (both nullable) name the invoice's own number after an
 * invoice word ("Your invoice INV-2093 for £1,250.00 is now available in your online
 * account") and @body_text an amount with its currency that is the one to pay (its sentence
 * names the invoice, its total, its due date or its payment; not a plan's price, a saving
 * or a credit left: "Your plan: $49.00 per month" carries no invoice): the notice is how the bill reaches
 * the debtor and holds what the ledger records, so it is an invoice, not a notice of one
 * waiting behind a login. */
gboolean dm_portal_notice_carries_invoice(const char *subject, const char *body_text);
