/* dm-einvoice: the extractors behind dm_invoice_extract, one per source, exposed for the
 * corpus tests and for callers that hold an attachment's bytes.  Each returns
 * (transfer full) facts with is_invoice TRUE and the source set, or NULL when the input
 * is not that kind of invoice.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice.h"

/* Attachments larger than this are not opened (hostile input; real invoices are small). */
#define DM_MAX_ATTACHMENT_BYTES (20 * 1024 * 1024)
/* PDF pages whose text is read, at most. */
#define DM_MAX_PDF_PAGES 20

/* UBL 2.x Invoice or CreditNote. */
DmInvoiceFacts *dm_ubl_extract(const char *xml, gsize len);
/* UN/CEFACT Cross Industry Invoice (Factur-X / ZUGFeRD 2 / XRechnung CII; ZUGFeRD 1's
 * CrossIndustryDocument too).  Source DM_INVOICE_SOURCE_FACTURX. */
DmInvoiceFacts *dm_cii_extract(const char *xml, gsize len);
/* Whichever of the two the root element names. */
DmInvoiceFacts *dm_einvoice_xml_extract(const char *xml, gsize len);
/* A PDF: its embedded CII/UBL XML when there is one (source FACTURX, or UBL), else its page
 * text read like a mail body (source PDF). */
DmInvoiceFacts *dm_pdf_extract(const char *pdf, gsize len);

/* Invoice facts from free text (a mail body, a PDF's text) in Dutch or English.  @ref
 * (nullable) dates a year-less date.  Never NULL: is_invoice tells whether the text reads
 * as an invoice.  @source is recorded in the facts when it does. */
DmInvoiceFacts *dm_invoice_text_extract(const char *text, const GDate *ref,
					DmInvoiceSource source);
/* A payment term in days stated in @text ("binnen 30 dagen", "net 30",
 * "payment terms: 14 days"), or 0. */
int dm_invoice_text_term(const char *text);

/* When there is no due date but a term: due = issue date (else @fallback) + term. */
void dm_invoice_facts_settle_due(DmInvoiceFacts *facts, const GDate *fallback);
