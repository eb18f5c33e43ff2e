/* pdf: invoice facts from a PDF with poppler-glib.
 *
 * A Factur-X / ZUGFeRD / XRechnung PDF carries its invoice as an embedded XML file
 * (factur-x.xml, zugferd-invoice.xml, xrechnung.xml, ...): that XML is the truth and is
 * read by the e-invoice dispatcher (dm_pdf_read_einvoice).  Any other PDF is read for its
 * page text, which goes through the same text reader as a mail body (dm_pdf_read_text,
 * source "pdf"); the text is rebuilt row by row from character positions
 * (dm_pdf_layout_text), so a label and its value in another column meet on one line.
 * Hostile PDFs: the input, each embedded file, the pages read and the text kept are all
 * capped; a PDF that poppler cannot open gives NULL.  A PDF that crashes or hangs poppler
 * itself is the ingesting process's concern (DESIGN.md: mark in progress, set aside).
 * Failures: none reported; FALSE means "no invoice found here". */
#include "parser/invoice/dm-pdf.h"
#include "parser/invoice/dm-einvoice.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-pdf-layout.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"

#include <string.h>
#include <poppler.h>

#define MAX_EMBEDDED_XML (4 * 1024 * 1024)
/* PDF pages whose text is read, at most. */
#define MAX_PDF_PAGES 20

typedef struct {
	GByteArray *bytes;
	gboolean too_big;
} Sink;

static gboolean
save_chunk(const gchar *buf, gsize count, gpointer data, GError **error)
{
	Sink *sink = data;
	if (sink->bytes->len + count > MAX_EMBEDDED_XML) {
		sink->too_big = TRUE;
		g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "embedded file too large");
		return FALSE;
	}
	g_byte_array_append(sink->bytes, (const guint8 *)buf, (guint)count);
	return TRUE;
}

/* Names Factur-X, ZUGFeRD 1/2 and XRechnung give their XML; any other .xml is tried last. */
static int
xml_rank(const char *name)
{
	static const char *const known[] = { "factur-x.xml", "zugferd-invoice.xml",
					     "zugferd_invoice.xml", "xrechnung.xml",
					     "order-x.xml", NULL };
	if (!name)
		return 0;
	g_autofree char *lower = g_ascii_strdown(name, -1);
	for (guint i = 0; known[i]; i++)
		if (strcmp(lower, known[i]) == 0)
			return 2;
	return g_str_has_suffix(lower, ".xml") ? 1 : 0;
}

static gboolean
embedded_invoice(PopplerDocument *doc, DmInvoiceFacts *facts)
{
	if (!poppler_document_has_attachments(doc))
		return FALSE;
	GList *atts = poppler_document_get_attachments(doc);
	gboolean found = FALSE;
	for (int want = 2; want >= 1 && !found; want--) {
		guint tried = 0;
		for (GList *l = atts; l && !found && tried < 16; l = l->next) {
			PopplerAttachment *att = l->data;
			if (xml_rank(poppler_attachment_get_name(att)) != want)
				continue;
			tried++;
			Sink sink = { g_byte_array_new(), FALSE };
			if (poppler_attachment_save_to_callback(att, save_chunk, &sink, NULL))
				found = dm_einvoice_read((const char *)sink.bytes->data,
							 sink.bytes->len, facts);
			g_byte_array_unref(sink.bytes);
		}
	}
	g_list_free_full(atts, g_object_unref);
	return found;
}

static char *
page_text(PopplerDocument *doc)
{
	int pages = poppler_document_get_n_pages(doc);
	g_autoptr(GString) text = g_string_new(NULL);
	for (int i = 0; i < pages && i < MAX_PDF_PAGES && text->len < DM_MAX_TEXT_BYTES; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		if (!page)
			continue;
		g_autofree char *t = dm_pdf_layout_text(page);
		g_object_unref(page);
		if (!t)
			continue;
		g_string_append_len(text, t, (gssize)MIN(strlen(t), DM_MAX_TEXT_BYTES));
		g_string_append_c(text, '\n');
	}
	return dm_text_bound(text->str, text->len, DM_MAX_TEXT_BYTES);
}

static gboolean
page_text_invoice(PopplerDocument *doc, DmInvoiceFacts *facts)
{
	g_autofree char *text = page_text(doc);
	return dm_invoice_text_read(text, NULL, DM_INVOICE_SOURCE_PDF, facts);
}

/* The smallest PDF poppler opens without complaint: one empty page, a correct xref. */
static const char keeper_pdf[] =
	"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>> endobj\n"
	"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>> endobj\n"
	"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000053 00000 n \n"
	"0000000103 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n163\n%%EOF\n";

/* poppler builds its global tables (glyph names, encodings: about 0.8 ms of CPU) when a
 * document opens while no other is open, and frees them when the last one closes; one
 * PDF at a time, as we read them, paid that at every attachment, more than everything
 * else the PDF costs.  One empty document held for the life of the process keeps the
 * tables (deliberately never freed: a leak checker sees it reachable).  The pointer is
 * volatile because nothing ever reads it: an optimiser would drop the store, and memcheck
 * would then call the document lost (and fail make check VALGRIND=1). */
static void
keep_poppler_tables(void)
{
	static gsize once;
	if (g_once_init_enter(&once)) {
		g_autoptr(GBytes) bytes = g_bytes_new_static(keeper_pdf, sizeof keeper_pdf - 1);
		static PopplerDocument *volatile keeper;
		keeper = poppler_document_new_from_bytes(bytes, NULL, NULL);
		g_assert(keeper != NULL);
		g_once_init_leave(&once, 1);
	}
}

PopplerDocument *
dm_pdf_open_bytes(GBytes *bytes)
{
	gsize len = 0;
	const char *pdf = bytes ? g_bytes_get_data(bytes, &len) : NULL;
	if (!pdf || len < 5 || len > DM_MAX_ATTACHMENT_BYTES || memcmp(pdf, "%PDF-", 5) != 0)
		return NULL;
	keep_poppler_tables();
	g_autoptr(GError) error = NULL;
	return poppler_document_new_from_bytes(bytes, NULL, &error);
}

PopplerDocument *
dm_pdf_open_stream(GInputStream *stream, goffset length)
{
	g_return_val_if_fail(G_IS_INPUT_STREAM(stream) && G_IS_SEEKABLE(stream), NULL);
	char magic[5];
	gsize got = 0;
	if (length < 5 || length > DM_MAX_ATTACHMENT_BYTES ||
	    !g_seekable_seek(G_SEEKABLE(stream), 0, G_SEEK_SET, NULL, NULL) ||
	    !g_input_stream_read_all(stream, magic, sizeof magic, &got, NULL, NULL) ||
	    got != sizeof magic || memcmp(magic, "%PDF-", 5) != 0 ||
	    !g_seekable_seek(G_SEEKABLE(stream), 0, G_SEEK_SET, NULL, NULL))
		return NULL;
	keep_poppler_tables();
	g_autoptr(GError) error = NULL;
	return poppler_document_new_from_stream(stream, length, NULL, NULL, &error);
}

/* (transfer full) @pdf opened by poppler, or NULL (dm_pdf_open_bytes). */
static PopplerDocument *
open_pdf(const char *pdf, gsize len)
{
	if (!pdf || len < 5 || len > DM_MAX_ATTACHMENT_BYTES)
		return NULL;
	/* poppler keeps a reference to the bytes while the document lives; copy once so the
	 * caller's buffer may go. */
	g_autoptr(GBytes) bytes = g_bytes_new(pdf, len);
	return dm_pdf_open_bytes(bytes);
}

/* Opens @pdf and lets @read fill @facts from it; FALSE when @pdf is not a PDF poppler
 * can open, or @read found nothing. */
static gboolean
read_pdf(const char *pdf, gsize len, DmInvoiceFacts *facts,
	 gboolean (*read)(PopplerDocument *doc, DmInvoiceFacts *facts))
{
	g_return_val_if_fail(facts != NULL, FALSE);
	PopplerDocument *doc = open_pdf(pdf, len);
	if (!doc)
		return FALSE;
	gboolean found = read(doc, facts);
	g_object_unref(doc);
	return found;
}

char *
dm_pdf_text(const char *pdf, gsize len)
{
	PopplerDocument *doc = open_pdf(pdf, len);
	if (!doc)
		return NULL;
	char *text = page_text(doc);
	g_object_unref(doc);
	return text;
}

char *
dm_pdf_document_text(PopplerDocument *doc)
{
	g_return_val_if_fail(POPPLER_IS_DOCUMENT(doc), NULL);
	return page_text(doc);
}

gboolean
dm_pdf_document_einvoice(PopplerDocument *doc, DmInvoiceFacts *facts)
{
	g_return_val_if_fail(POPPLER_IS_DOCUMENT(doc) && facts != NULL, FALSE);
	return embedded_invoice(doc, facts);
}

gboolean
dm_pdf_read_einvoice(const char *pdf, gsize len, DmInvoiceFacts *facts)
{
	return read_pdf(pdf, len, facts, embedded_invoice);
}

gboolean
dm_pdf_read_text(const char *pdf, gsize len, DmInvoiceFacts *facts)
{
	return read_pdf(pdf, len, facts, page_text_invoice);
}
