/* dm-pdf: invoice facts from a PDF (poppler-glib).  Private to src/parser.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* A Factur-X / ZUGFeRD / XRechnung PDF: its embedded e-invoice XML, read by
 * dm_einvoice_read into the empty fields of @facts (source FACTURX, or UBL).  FALSE when
 * @pdf is not a PDF or carries no e-invoice. */
gboolean dm_pdf_read_einvoice(const char *pdf, gsize len, DmInvoiceFacts *facts);
/* Any other PDF: its page text, read like a mail body by dm_invoice_text_read (source
 * PDF).  FALSE when @pdf is not a PDF or its text does not read as an invoice. */
gboolean dm_pdf_read_text(const char *pdf, gsize len, DmInvoiceFacts *facts);
/* (transfer full) the page text of @pdf, row by row (dm_pdf_layout_text), bounded; NULL
 * when @pdf is not a PDF poppler can open. */
char *dm_pdf_text(const char *pdf, gsize len);
