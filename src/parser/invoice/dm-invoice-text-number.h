/* dm-invoice-text-number: the invoice's number in free text, after its label ("Factuurnummer:
 * 2026-0042", "Invoice #123", "Rechnungs-Nr. 17"), in a bare "Nummer:" cell, or after an
 * invoice word alone ("Factuur 2026-0042"); a credit note's own number and the invoice it
 * corrects.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* The professions' fee notes, invoices by another name wherever an invoice word is looked
 * for: an Austrian "Honorarnote" or a property manager's monthly "Vorschreibung", a Dutch
 * lawyer's or notary's "declaratie", a German lawyer's "Kostennote" or "Vergütungsrechnung"
 * (§ 10 RVG), a doctor's or dentist's "Liquidation" (GOÄ, GOZ) or "Privatliquidation", a
 * Belgian architect's, lawyer's or notary's "ereloonnota" and a lawyer's "staat van kosten
 * en ereloon" (or "ereloonstaat"), a music school's "lesgeldnota", a barrister's or Irish
 * solicitor's "fee note" ("note of fees", an architect's "fee account", a clinic's or a
 * therapist's "treatment account"), an English solicitor's "Bill of Costs".  "Liquidation" only as a title or before its number, its fee
 * scale or its date ("Liquidation Nr.", "Liquidation nach GOZ"): a company "in liquidation"
 * bills nothing by it.  For a regular expression, inside a group. */
#define DM_FEE_NOTE_RE "honorarnote|declaratie\\b|kostennote|ereloonnota|ereloonstaat|lesgeldnota|vorschreibung\\b" \
	"|vergütungsrechnung|privatliquidation|(?<!\\bin\\s)liquidation(?=[ \\t]*(?:\\n|$|nr\\b|nach\\b|gem|vom\\b|für\\b))" \
	"|staat\\s+van\\s+(?:kosten|ereloon)\\s+en\\s+(?:kosten|ereloon)|fee\\s+note|note\\s+of\\s+fees|fee\\s+account\\b|treatment\\s+account\\b" \
	"|bill\\s+of\\s+costs"

/* An invoice word cut short before its number, as a note typed on a phone names the bill:
 * English "inv 57", "Inv. 112", "inv #9"; Dutch "Fact. 31"; German "Rechn. 41", "Rg. 118".
 * Only with the number right after it (a digit, perhaps after "#"): "in fact 2 of them",
 * "Inventory 2027" and "Rg." alone are none.  For a regular expression, inside a group;
 * the digit is looked ahead to, not taken. */
#define DM_INVOICE_ABBREV_RE "(?:\\binv(?:\\.[ \\t]*|[ \\t]+)|\\b(?:fact|rechn|rg)\\.[ \\t]*)#?[ \\t]*(?=\\d)"

/* The word of a number label that says "number": "nummer", "number", "Nr.", "No.", "Nº",
 * "#".  The date reader shares it ("Rechnung Nr. 17 vom 2. März 2026"). */
#define DM_INVOICE_NUMBER_NOUN_RE "(?:(?:nummer|number|num|nr|no|n[º°])(?!\\p{L})|#)"

/* Reads the invoice's number from @t (prepared text of @len bytes) into @f->number, with
 * where it came from for --explain (@source names the text); a credit note (@credit)
 * looks for its own label first; @sender's names (the record being filled, its seller names
 * read) tell the sender's own series under a bare title.  TRUE when a label named the
 * number (not an invoice word alone). */
gboolean dm_invoice_text_read_number(const char *t, gsize len, gboolean credit, const char *source,
				     const DmInvoiceFacts *sender, DmInvoiceFacts *f);

/* (transfer full) (nullable) the invoice number @t (prepared text of @len bytes) names
 * after an invoice word, labelled ("Invoice No. 7") or not ("Nota 2026-384"). */
char *dm_invoice_text_number_named(const char *t, gsize len);

/* (transfer full) (nullable) the invoice a credit note corrects: the first invoice number
 * @t names ("Creditnota bij factuur 2026-0042", "credit note for invoice INV-7",
 * "Gutschrift zur Rechnung Nr. 17") that is not the credit note's own @own (nullable). */
char *dm_invoice_text_credited_invoice(const char *t, gsize len, const char *own);

/* TRUE when @t (prepared text of @len bytes) labels a number under an invoice word a hand
 * slipped on ("Rechnug Nr. RE-2026-0193", "Invocie No. 12"): that label does the invoice
 * word's work. */
gboolean dm_invoice_text_misspelt_label(const char *t, gsize len);
