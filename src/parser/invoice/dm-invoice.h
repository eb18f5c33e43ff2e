/* dm-invoice: invoice facts from one outgoing message.
 *
 * Sources, best first: an attached e-invoice (UBL or CII .xml), a Factur-X / ZUGFeRD PDF
 * (its embedded XML), the text of an attached PDF, the body text (Dutch, English), each
 * filling what the better ones left empty in one DmInvoiceFacts.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/invoice/dm-invoice-facts.h"

/* (transfer full) Never NULL for a parsed message: is_invoice is FALSE when the message
 * is not an invoice.  When the invoice states a payment term but no due date, due_date is
 * issue date (or the message's Date) + term. */
DmInvoiceFacts *dm_invoice_extract(GMimeMessage *msg);

/* dm_invoice_extract with the user's rule file (nullable; dm_invoice_rules_load): its
 * not_invoice rules refuse a message as the built-in ones do, and its field rules fill
 * what the e-invoice left empty before the built-in text readers do (a user's layout is
 * the one the built-ins misread). */
struct _DmRuleFile;
DmInvoiceFacts *dm_invoice_extract_with_rules(GMimeMessage *msg, const struct _DmRuleFile *rules);

/* The texts the text readers and a rule file's patterns run on, as
 * dm_invoice_extract_with_rules builds them: what `dunmail parse --explain --text` shows,
 * so that a user writing a rule sees the rows a pattern is matched against. */
typedef struct {
	GPtrArray *pdf;       /* of char*: each attached PDF's text, one printed row a line, the
			       * cells of a row separated by a tab (NULL for a PDF poppler does
			       * not open) */
	GPtrArray *pdf_names; /* of char*: each PDF's file name (NULL where it has none) */
	char *body;           /* "Subject: ...", a blank line, then the body's text (an HTML
			       * table's header row over its values: each value beside its label) */
} DmInvoiceTexts;

/* (transfer full) the texts of @msg (free with dm_invoice_texts_free). */
DmInvoiceTexts *dm_invoice_texts(GMimeMessage *msg);
void dm_invoice_texts_free(DmInvoiceTexts *texts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoiceTexts, dm_invoice_texts_free)
