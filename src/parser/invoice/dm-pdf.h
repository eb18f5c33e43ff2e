/* dm-pdf: invoice facts from a PDF (poppler-glib).  Private to src/parser.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <poppler.h>
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

/* One PDF opened once and read both ways (the chain of dm_invoice_extract): (transfer
 * full) @bytes opened by poppler (which holds a reference to them, no copy), or NULL when
 * they are not a PDF poppler opens (or larger than DM_MAX_ATTACHMENT_BYTES).  The first
 * call keeps poppler's global tables alive for the process (pdf.c says why). */
PopplerDocument *dm_pdf_open_bytes(GBytes *bytes);
/* (transfer full) dm_pdf_text of an open document (nullable). */
char *dm_pdf_document_text(PopplerDocument *doc);
/* dm_pdf_read_einvoice of an open document. */
gboolean dm_pdf_document_einvoice(PopplerDocument *doc, DmInvoiceFacts *facts);
/* dm_pdf_open_bytes over a seekable stream of @length bytes (a part read on demand,
 * dm_part_stream_new): poppler reads only what it needs, and holds a reference to
 * @stream while the document lives.  NULL as dm_pdf_open_bytes. */
PopplerDocument *dm_pdf_open_stream(GInputStream *stream, goffset length);
