/* dm-invoice-text-scan: the text of a mail body or a PDF as the invoice text readers
 * (invoice_text*.c) read it, and the small tools they share to walk it: the matches of a
 * pattern, the line around a match, and the line a field was read from for --explain.
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/text/dm-pattern.h"

/* A year, or a span of years a season or a billing year is named by ("2026/27",
 * "2026-2027", "2026/2027"): the period a sum or an invoice is of, never an amount or a
 * number of its own.  For a regular expression, a group of its own. */
#define DM_YEAR_SPAN_RE "(?:(?:19|20)\\d{2}(?:[/-](?:(?:19|20)\\d{2}|\\d{2}))?)"

/* At most this many matches of one pattern are looked at: hostile text full of labels
 * cannot make a reader run long. */
#define DM_INVOICE_TEXT_MAX_MATCHES 2000

/* Iterates the matches @m of @p over [0, @len) of @text, at most
 * DM_INVOICE_TEXT_MAX_MATCHES of them. */
#define DM_INVOICE_TEXT_FOR_MATCHES(p, text, len, m)                                        \
	for (gsize off_ = 0, n_ = 0;                                                        \
	     n_ < DM_INVOICE_TEXT_MAX_MATCHES && dm_pattern_match((p), (text), (len), off_, &(m)); \
	     n_++, off_ = dm_match_next(&(m), (len)))

/* (transfer full) @text prepared for matching: valid UTF-8, bounded, no-break spaces as
 * plain spaces, CR dropped, quoted lines ("> ") and everything after a reply header ("Op
 * ... schreef:", "-----Original Message") removed: that was written by someone else,
 * earlier. */
char *dm_invoice_text_prepare(const char *text);

/* How many times @p matches @t (at most DM_INVOICE_TEXT_MAX_MATCHES). */
int dm_invoice_text_count(DmPattern *p, const char *t, gsize len);

/* (transfer full) the line of @t around byte @at, without its newline. */
char *dm_invoice_text_line_at(const char *t, gsize len, gsize at);

/* TRUE when a VAT word ("btw", "VAT", "MwSt.", "USt", "tax") stands in @t between @from
 * and @to: a VAT line between two lines of a totals table. */
gboolean dm_invoice_text_vat_between(const char *t, gsize from, gsize to);

/* TRUE when only blanks stand between the start of its line and byte @at of @t. */
gboolean dm_invoice_text_starts_line(const char *t, gsize at);

/* Records in @f where @field came from: the line of @t at @at. */
void dm_invoice_text_explain_line(DmInvoiceFacts *f, const char *field, const char *source,
				  const char *t, gsize len, gsize at);

/* Records in @f that @field came from the rule named @rule, at the line of @t at @at. */
void dm_invoice_text_explain_rule(DmInvoiceFacts *f, const char *field, const char *source,
				  const char *rule, const char *t, gsize len, gsize at);
