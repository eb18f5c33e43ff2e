/* dm-bill-of-its-own: kinds of invoice whose cover note speaks of an earlier invoice
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

/* TRUE when the sentence @sentence (@len bytes) names an invoice by a number other than
 * @own (nullable: FALSE), and not @own itself: "Invoice 4388 for October has been paid",
 * "een andere factuur dan F2026-0398 … staat nog open" speak of another invoice than the
 * one the mail sends. */
gboolean dm_sentence_names_other_invoice(const char *sentence, gsize len, const char *own);

/* TRUE when the mail sets out an invoice (@set_out) that is new, sent with the mail: the
 * document (@doc_text, else @body_text) is dated on the mail's day @sent or up to three
 * days before it, and not yet due on it.  Nobody reminds of an invoice the day it goes
 * out: its cover note's "Payment is still outstanding, you can pay by bank transfer" says
 * it is not paid yet (an "Invoice / Receipt" still to pay), "Last month's invoice is still
 * open too" speaks of another; a reminder sent with a copy of the invoice carries the
 * invoice's own, older date (the caller still hears a reminder's sentence that chases:
 * dm_sentence_chases).  All
 * pointers nullable. */
gboolean dm_invoice_sent_new(const GDate *sent, const char *body_text, const char *doc_text, gboolean set_out);

/* TRUE when the sentence @sentence (@len bytes) chases an invoice, whatever document goes
 * with it: it names a date ("of 17 October", "bis zum 08.12.2026") or the number @own
 * (nullable) as a whole token, or says the invoice is late ("overdue", "De vervaldatum is
 * verstreken", "überfällig"), which no new invoice is yet. */
gboolean dm_sentence_chases(const char *sentence, gsize len, const char *own);
