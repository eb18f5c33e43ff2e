/* dm-self-billing: whether a mail or its document is a self-billing statement — the
 * customer bills itself on the supplier's behalf ("Gutschrift im Gutschriftverfahren",
 * "Gutschrift nach § 14 Abs. 2 Satz 2 UStG", "self-billed invoice", "zelffacturering",
 * "autofacturation") and pays what it computed.  The supplier has nothing of its own to
 * chase: the document is the customer's, and its number, sum and account are the
 * customer's settlement, not the supplier's invoice (a credit note the supplier issues
 * itself, "Gutschrift Nr. GS-14 zu Rechnung 2026-118", is one).  Private to
 * src/parser/invoice.  Pure.
 * A self-billing invoice that asks for payment within a term is the supplier's own, to
 * chase (self_billing.c says how it is told from the customer announcing its transfer). */
#pragma once
#include <glib.h>

#include "parser/invoice/dm-not-invoice-reason.h"

/* (transfer full) (nullable) the reason when @body_text or @doc_text (each nullable) names
 * the self-billing procedure; NULL when neither does, or when either asks for payment
 * within a term. */
DmNotInvoiceReason *dm_self_billing_reason(const char *body_text, const char *doc_text);

/* TRUE when @text (nullable) names the self-billing procedure, not to refuse it.  Its
 * "Gutschrift" is then the document standing for the supplier's invoice, no credit note. */
gboolean dm_self_billing_named(const char *text);
