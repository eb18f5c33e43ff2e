/* dm-attachments: the parts of an invoice mail that may hold the invoice: XML files (an
 * e-invoice) decoded, PDFs opened by poppler, in document order.
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* The attachments that may hold an invoice, in document order; the caller owns the arrays
 * and the name. */
typedef struct {
	GPtrArray *xml;       /* of GBytes, decoded */
	GPtrArray *pdf;       /* of PopplerDocument, opened (NULL for one poppler does not open) */
	GPtrArray *pdf_names; /* of char*, each PDF's file name (NULL where it has none) */
	char *pdf_name;       /* the first PDF's file name (nullable) */
} DmInvoiceAttachments;

/* (transfer full) @msg's attachments that may hold an invoice: a PDF (application/pdf or
 * a name ending in .pdf, or any other application part whose bytes begin "%PDF-"), an
 * XML file (application/xml, text/xml, .xml); never an attached message's (a forwarded
 * invoice is not ours), and no image, audio, video or text part is decoded. */
DmInvoiceAttachments dm_invoice_attachments(GMimeMessage *msg);
