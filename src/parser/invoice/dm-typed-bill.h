/* dm-typed-bill: an invoice typed in the mail's own text while the only documents beside
 * it are of another kind — the delivery note it bills, the signed order confirmation, the
 * timesheet of its hours, the quote, the terms.  Those documents' titles say what they are,
 * not what the mail is.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @body_text (nullable) bills on its own — it sets out an invoice (@body_sets_out:
 * the caller found its title line or its number's label, dm_not_invoice_sets_out) or opens a
 * line with the invoice word and its number ("INVOICE SAT-118   Date: 08/12/2026"), states an
 * amount with its currency, and says how to pay (an IBAN or a payment term) — and the attached
 * documents set out no invoice of their own (@docs_set_out FALSE). */
gboolean dm_typed_bill_beside_documents(const char *body_text, gboolean body_sets_out, gboolean docs_set_out);
