/* attachments: the parts of an invoice mail that may hold the invoice
 * (dm_invoice_attachments), told by their type, their file name or their first bytes, and
 * decoded only as far as needed (a PDF is read on demand from regular base64, so a logo's
 * bytes are never decoded).
 * Failures: none reported; a part that cannot be decoded is skipped (one message's trouble). */
#include "parser/invoice/dm-attachments.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-pdf.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-part-stream.h"

#include <string.h>

/* The decoded bytes of a leaf part, or NULL when larger than the cap or unreadable. */
static GByteArray *
part_bytes(GMimePart *part)
{
	gboolean truncated = FALSE;
	GByteArray *bytes = dm_part_decode(part, DM_MAX_ATTACHMENT_BYTES, &truncated);
	if (bytes && truncated)
		g_clear_pointer(&bytes, g_byte_array_unref);
	return bytes;
}

static gboolean
name_ends_with(const char *name, const char *suffix)
{
	return name && g_str_has_suffix(name, suffix);
}

typedef enum { KIND_OTHER, KIND_XML, KIND_PDF } PartKind;

/* The part's content begins as a PDF does; only its first block is decoded. */
static gboolean
starts_as_pdf(GMimePart *part)
{
	static const char magic[] = "%PDF-";
	g_autoptr(GByteArray) head = dm_part_decode(part, sizeof magic - 1, NULL);
	return head && head->len == sizeof magic - 1 && memcmp(head->data, magic, sizeof magic - 1) == 0;
}

static PartKind
part_kind(GMimePart *part)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *fname = g_mime_part_get_filename(part);
	g_autofree char *lower = fname ? g_ascii_strdown(fname, -1) : NULL;
	if (g_mime_content_type_is_type(ct, "application", "pdf") || name_ends_with(lower, ".pdf"))
		return KIND_PDF;
	if (g_mime_content_type_is_type(ct, "application", "xml") ||
	    g_mime_content_type_is_type(ct, "text", "xml") || name_ends_with(lower, ".xml"))
		return KIND_XML;
	/* Images, text, audio and the like are never decoded: their type says enough.  Any
	 * other application type (octet-stream, x-download; named ".bin" or not named at all)
	 * may still be a PDF that a tool labelled lazily: its first bytes tell. */
	if (g_mime_content_type_is_type(ct, "application", "*") && starts_as_pdf(part))
		return KIND_PDF;
	return KIND_OTHER;
}

/* g_ptr_array free function: the array holds NULL for a PDF that did not open. */
static void
document_unref(gpointer doc)
{
	if (doc)
		g_object_unref(doc);
}

/* (transfer full) @part's PDF opened by poppler, once for both its embedded e-invoice
 * and its page text, or NULL when poppler does not open it; FALSE in *@decoded when the
 * part cannot be decoded at all.  Regular base64 is read on demand from the message
 * (dm_part_stream_new): poppler never asks for most of a logo's or a scan's bytes, and
 * they are never decoded.  Anything else is decoded whole first. */
static PopplerDocument *
open_pdf_part(GMimePart *part, gboolean *decoded)
{
	goffset length = 0;
	g_autoptr(GInputStream) lazy = dm_part_stream_new(part, DM_MAX_ATTACHMENT_BYTES, &length);
	*decoded = TRUE;
	if (lazy)
		return dm_pdf_open_stream(lazy, length);
	GByteArray *bytes = part_bytes(part);
	*decoded = bytes != NULL;
	if (!bytes)
		return NULL;
	g_autoptr(GBytes) whole = g_byte_array_free_to_bytes(bytes);
	return dm_pdf_open_bytes(whole);
}

/* dm_message_foreach_part visitor: collects XML and PDF attachments (attached messages,
 * message/rfc822, are not entered: a forwarded invoice is not ours). */
static gboolean
collect_attachment(GMimeObject *obj, gpointer user)
{
	DmInvoiceAttachments *found = user;
	if (!GMIME_IS_PART(obj))
		return TRUE;
	PartKind kind = part_kind(GMIME_PART(obj));
	if (kind == KIND_PDF) {
		gboolean decoded = FALSE;
		PopplerDocument *doc = open_pdf_part(GMIME_PART(obj), &decoded);
		if (decoded) {
			g_ptr_array_add(found->pdf, doc);
			g_ptr_array_add(found->pdf_names, g_strdup(g_mime_part_get_filename(GMIME_PART(obj))));
		}
		if (decoded && !found->pdf_name && g_mime_part_get_filename(GMIME_PART(obj)))
			found->pdf_name = g_strdup(g_mime_part_get_filename(GMIME_PART(obj)));
		return TRUE;
	}
	GByteArray *bytes = kind == KIND_XML ? part_bytes(GMIME_PART(obj)) : NULL;
	if (bytes)
		g_ptr_array_add(found->xml, g_byte_array_free_to_bytes(bytes));
	return TRUE;
}

DmInvoiceAttachments
dm_invoice_attachments(GMimeMessage *msg)
{
	DmInvoiceAttachments found = {
		g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref),
		g_ptr_array_new_with_free_func(document_unref),
		g_ptr_array_new_with_free_func(g_free),
		NULL,
	};
	dm_message_foreach_part(msg, collect_attachment, &found);
	return found;
}
