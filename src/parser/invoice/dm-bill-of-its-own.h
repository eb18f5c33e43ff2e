/* dm-bill-of-its-own: two kinds of invoice whose cover note speaks of an earlier invoice
 * the way a reminder, a refund or an announcement does, and so must be told apart before
 * those rules of not_invoice.c are heard.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when the mail sends a corrected or replacement invoice of its own: its subject or
 * a document's title names a correction ("Gecorrigeerde factuur", "Herziene factuur",
 * "Corrected invoice", "Revised invoice", "Korrigierte Rechnung", "Rechnung (Korrektur)",
 * "Rechnungskorrektur"), or a line says what it replaces ("Vervangt factuur 2026-12",
 * "ersetzt Rechnung 2026-1051", "Replaces INV-7"), and the mail sets out an invoice
 * (@set_out: the caller found its title or number's label; or a document labels an
 * invoice number or is titled a correction).  Its cover note may say the old
 * invoice lapses ("komt hiermee te vervallen"), cite it ("unsere Rechnung X vom …") or
 * promise money back on a negative correction: none of that makes it no invoice.  All
 * arguments nullable. */
gboolean dm_corrected_invoice_sent(const char *subject, const char *body_text, const char *doc_text,
				   gboolean set_out);

/* TRUE when the mail bills the cost of a late payment on its own: it names late-payment
 * interest or the fixed compensation ("wettelijke handelsrente", "incassokosten",
 * "Verzugszinsen", "Zinsrechnung", "statutory interest", "fixed sum compensation",
 * "late payment interest") and sets out an invoice of its own.  Its cover note tells of
 * the late invoice ("which was due on 30 September and received on …", "Ihre Zahlung zu
 * unserer Rechnung X ist … eingegangen"): that is why it bills, not a reminder nor a
 * receipt.  All arguments nullable. */
gboolean dm_late_charges_billed(const char *subject, const char *body_text, const char *doc_text, gboolean set_out);

/* TRUE when the mail sets out an invoice (@set_out) and every sentence of @body_text that
 * calls an invoice still open or unpaid names another one by its number than the invoice's
 * own (read from @doc_text, else the body): "Your invoice 3318 is attached. Invoice 3251
 * (€443.10) is still open" sends 3318 and recalls 3251 — a new invoice, not a reminder.
 * A sentence naming no number, or the invoice's own, keeps it a reminder.  @body_text
 * and @doc_text nullable. */
gboolean dm_earlier_invoice_recalled(const char *body_text, const char *doc_text, gboolean set_out);
