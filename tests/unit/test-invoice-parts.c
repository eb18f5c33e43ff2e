/* test-invoice-parts: which parts of a mail dm_invoice_extract decodes, and that its
 * shortcuts lose nothing: an image is never decoded yet the facts stay the same, a PDF
 * sent as application/octet-stream under another name is still read (its first bytes
 * say "%PDF-"), the facts on the second page of a PDF are still found, and a base64 part
 * decoded in one step from the message's buffer gives the very bytes GMime's filter
 * gives.  The on-demand stream poppler reads is a GMemoryInputStream in type (so that
 * poppler reads it directly rather than through its chunk cache) yet every way of
 * reading it gives the part's bytes, and its vectorised line check refuses a stray byte
 * wherever it stands. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-pdf.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-part-stream.h"

/* (transfer full) a PDF of one page per element of @pages, each page a NULL-terminated
 * list of lines set in Helvetica from the top down. */
static GString *
pdf_of_pages(const char *const *const *pages, guint n_pages)
{
	g_autoptr(GPtrArray) objs = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GString) kids = g_string_new(NULL);
	for (guint p = 0; p < n_pages; p++)
		g_string_append_printf(kids, "%u 0 R ", 5 + 2 * p);
	g_ptr_array_add(objs, g_strdup("<< /Type /Catalog /Pages 2 0 R >>"));
	g_ptr_array_add(objs, g_strdup_printf("<< /Type /Pages /Kids [%s] /Count %u >>", kids->str, n_pages));
	g_ptr_array_add(objs, g_strdup("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
	                               "/Encoding /WinAnsiEncoding >>"));
	for (guint p = 0; p < n_pages; p++) {
		g_autoptr(GString) text = g_string_new("BT /F1 10 Tf 56 780 Td\n");
		for (const char *const *line = pages[p]; *line; line++)
			g_string_append_printf(text, "(%s) Tj 0 -16 Td\n", *line);
		g_string_append(text, "ET");
		g_ptr_array_add(objs, g_strdup_printf("<< /Length %" G_GSIZE_FORMAT " >>\nstream\n%s\nendstream",
		                                      text->len, text->str));
		g_ptr_array_add(objs, g_strdup_printf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
		                                      "/Resources << /Font << /F1 3 0 R >> >> /Contents %u 0 R >>",
		                                      4 + 2 * p));
	}
	GString *pdf = g_string_new("%PDF-1.4\n");
	g_autofree gsize *offsets = g_new(gsize, objs->len);
	for (guint i = 0; i < objs->len; i++) {
		offsets[i] = pdf->len;
		g_string_append_printf(pdf, "%u 0 obj\n%s\nendobj\n", i + 1, (char *) objs->pdata[i]);
	}
	gsize xref = pdf->len;
	g_string_append_printf(pdf, "xref\n0 %u\n0000000000 65535 f \n", objs->len + 1);
	for (guint i = 0; i < objs->len; i++)
		g_string_append_printf(pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
	g_string_append_printf(pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT
	                       "\n%%%%EOF\n", objs->len + 1, xref);
	return pdf;
}

static const char *const letterhead[] = {
	"Drukkerij De Letterbak B.V.", "Industrieweg 12", "3542 AD Utrecht",
	"Algemene voorwaarden: zie onze website.", NULL
};
static const char *const facts_page[] = {
	"FACTUUR", "Factuurnummer 2026-0417", "Factuurdatum 02-11-2026", "Vervaldatum 16-11-2026",
	"Drukwerk folders, 5.000 stuks EUR 826,45", "BTW 21% EUR 173,55",
	"Totaal te betalen EUR 1.000,00", "Graag overmaken op NL91 ABNA 0417 1643 00.", NULL
};

/* One attachment of a mail: its headers after Content-Type, and its bytes (base64). */
typedef struct {
	const char *type;          /* Content-Type value */
	const char *filename;      /* nullable */
	const char *bytes;
	gsize len;
} Attachment;

/* (transfer full) an invoice mail from Acme with @body as its text and @atts attached,
 * base64 in lines of 76 (CRLF). */
static GMimeMessage *
mail_with(const char *body, const Attachment *atts, guint n_atts)
{
	g_autoptr(GString) raw = g_string_new(
		"From: Acme B.V. <billing@acme.example>\r\nTo: Letterbak <boekhouding@letterbak.example>\r\n"
		"Subject: Uw factuur\r\nDate: Mon, 02 Nov 2026 09:30:00 +0100\r\n"
		"Message-ID: <parts@acme.example>\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
		"Content-Type: text/plain; charset=utf-8\r\n\r\n");
	g_string_append_printf(raw, "%s\r\n", body);
	for (guint i = 0; i < n_atts; i++) {
		g_string_append_printf(raw, "--b\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\n",
		                       atts[i].type);
		if (atts[i].filename)
			g_string_append_printf(raw, "Content-Disposition: attachment; filename=\"%s\"\r\n",
			                       atts[i].filename);
		g_string_append(raw, "\r\n");
		g_autofree char *b64 = g_base64_encode((const guchar *) atts[i].bytes, atts[i].len);
		for (gsize k = 0, n = strlen(b64); k < n; k += 76)
			g_string_append_printf(raw, "%.76s\r\n", b64 + k);
	}
	g_string_append(raw, "--b--\r\n");
	GMimeMessage *msg = dm_message_parse(raw->str, raw->len, NULL);
	g_assert_nonnull(msg);
	return msg;
}

/* (transfer full) every fact of @f in one line, sources and explanations included, so
 * that two extractions compare as a whole. */
static char *
summary(const DmInvoiceFacts *f)
{
	g_autofree char *sources = dm_invoice_facts_sources_text(f);
	g_autofree char *not = f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : NULL;
	g_autoptr(GString) s = g_string_new(NULL);
	g_string_append_printf(s, "invoice=%d number=%s amount=%" G_GINT64_FORMAT " currency=%s iban=%s "
	                       "language=%s source=%d not=%s sources=[%s]", f->is_invoice, f->number,
	                       f->amount_cents, f->currency, f->iban, f->language, f->source,
	                       not, sources);
	const GDate *dates[] = { &f->issue_date, &f->due_date };
	for (guint i = 0; i < G_N_ELEMENTS(dates); i++)
		g_string_append_printf(s, " date=%u", g_date_valid(dates[i]) ? g_date_get_julian(dates[i]) : 0);
	for (guint i = 0; f->explain && i < f->explain->len; i++)
		g_string_append_printf(s, " | %s", (char *) f->explain->pdata[i]);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static void
assert_pdf_facts(const DmInvoiceFacts *f)
{
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "2026-0417");
	g_assert_cmpstr(f->field_source[DM_INVOICE_FIELD_NUMBER], ==, "pdf");
	g_assert_cmpint(f->amount_cents, ==, 100000);
	g_assert_true(g_date_valid(&f->due_date));
	g_assert_cmpuint(g_date_get_day(&f->due_date), ==, 16);
	g_assert_cmpstr(f->iban, ==, "NL91ABNA0417164300");
}

/* The facts stand on page 2, after a letterhead page: still read, and the same as from a
 * one-page PDF holding them (the chain reads every page, up to its bound). */
static void
test_facts_on_page_two(void)
{
	const char *const *two[] = { letterhead, facts_page };
	const char *const *one[] = { facts_page };
	g_autoptr(GString) pdf2 = pdf_of_pages(two, 2);
	g_autoptr(GString) pdf1 = pdf_of_pages(one, 1);
	Attachment a2 = { "application/pdf", "factuur.pdf", pdf2->str, pdf2->len };
	Attachment a1 = { "application/pdf", "factuur.pdf", pdf1->str, pdf1->len };
	g_autoptr(GMimeMessage) m2 = mail_with("Zie de bijlage.", &a2, 1);
	g_autoptr(GMimeMessage) m1 = mail_with("Zie de bijlage.", &a1, 1);
	g_autoptr(DmInvoiceFacts) f2 = dm_invoice_extract(m2);
	g_autoptr(DmInvoiceFacts) f1 = dm_invoice_extract(m1);
	assert_pdf_facts(f2);
	assert_pdf_facts(f1);
}

/* A PDF labelled application/octet-stream and named ".bin" (or not named at all) is read
 * as the PDF it is; octet-stream bytes that are no PDF are not. */
static void
test_octet_stream_pdf_sniffed(void)
{
	const char *const *one[] = { facts_page };
	g_autoptr(GString) pdf = pdf_of_pages(one, 1);
	const Attachment cases[] = {
		{ "application/octet-stream", "factuur.bin", pdf->str, pdf->len },
		{ "application/octet-stream", NULL, pdf->str, pdf->len },
		{ "application/x-download; name=\"2026-0417\"", "2026-0417", pdf->str, pdf->len },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GMimeMessage) msg = mail_with("Zie de bijlage.", &cases[i], 1);
		g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
		assert_pdf_facts(f);
	}
	static const char zip[] = "PK\x03\x04 not a PDF, Factuurnummer 2026-0417 EUR 1.000,00";
	Attachment other = { "application/octet-stream", "factuur.bin", zip, sizeof zip - 1 };
	g_autoptr(GMimeMessage) msg = mail_with("Zie de bijlage.", &other, 1);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_null(f->number);
}

/* An image is never decoded: the facts of a mail with a large logo and a photo attached
 * are those of the same mail without them, and a PDF hidden under an image type (the
 * type decides, not the bytes) is not read. */
static void
test_image_parts_skipped(void)
{
	const char *body = "Factuurnummer: 2026-0417\nFactuurdatum: 02-11-2026\n"
	                   "Te betalen: EUR 1.000,00 voor 16-11-2026\nIBAN NL91 ABNA 0417 1643 00\n";
	g_autofree char *pixels = g_malloc(120 * 1024);
	GRand *rand = g_rand_new_with_seed(7);
	for (guint i = 0; i < 120 * 1024; i++)
		pixels[i] = (char) g_rand_int_range(rand, 0, 256);
	g_rand_free(rand);
	const Attachment images[] = {
		{ "image/png", "logo.png", pixels, 120 * 1024 },
		{ "image/jpeg", "foto.jpg", pixels, 60 * 1024 },
	};
	g_autoptr(GMimeMessage) with = mail_with(body, images, G_N_ELEMENTS(images));
	g_autoptr(GMimeMessage) without = mail_with(body, NULL, 0);
	g_autoptr(DmInvoiceFacts) fw = dm_invoice_extract(with);
	g_autoptr(DmInvoiceFacts) fo = dm_invoice_extract(without);
	g_assert_true(fo->is_invoice);
	g_assert_cmpstr(fo->number, ==, "2026-0417");
	g_autofree char *sw = summary(fw);
	g_autofree char *so = summary(fo);
	g_assert_cmpstr(sw, ==, so);

	const char *const *one[] = { facts_page };
	g_autoptr(GString) pdf = pdf_of_pages(one, 1);
	Attachment disguised = { "image/png", "scan.png", pdf->str, pdf->len };
	g_autoptr(GMimeMessage) msg = mail_with("Zie de bijlage.", &disguised, 1);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_null(f->number);
}

/* The first attachment's GMimePart of @msg (transfer none). */
static GMimePart *
attachment_of(GMimeMessage *msg)
{
	GMimeMultipart *mp = GMIME_MULTIPART(g_mime_message_get_mime_part(msg));
	return GMIME_PART(g_mime_multipart_get_part(mp, 1));
}

/* (transfer full) @part's content decoded by GMime's own filter, the reference. */
static GByteArray *
decoded_by_gmime(GMimePart *part)
{
	GMimeStream *out = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(part), out);
	GByteArray *copy = g_byte_array_new();
	GByteArray *mem = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
	g_byte_array_append(copy, mem->data, mem->len);
	g_object_unref(out);
	return copy;
}

/* A part decoded in one step from the message's buffer gives GMime's bytes, whatever the
 * base64 looks like: odd line lengths, LF or CRLF, stray characters, padding missing or
 * in the middle; and a bound below its size still cuts it where the filter would. */
static void
test_decode_in_one_step(void)
{
	static const char *const encoded[] = {
		"JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBS\r\nL0ZpbHRlci9GbGF0ZURlY29kZT4+\r\n",
		"JVBERi0xLjQK\nJcOkw7zD\ntsOfCjIgMCBvYmoK\n",
		"JVBER i0xLj.QKJc\r\nOkw7z*DtsOfC\r\n",
		"JVBERi0xLjQ",
		"JVBERi0=xLjQKJcOk\r\nw7zDtsOf\r\n",
		"JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK==\r\n\r\n   \r\n",
		"",
	};
	for (guint i = 0; i < G_N_ELEMENTS(encoded); i++) {
		g_autofree char *raw = g_strdup_printf(
			"From: a@b.example\r\nMIME-Version: 1.0\r\n"
			"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
			"Content-Type: text/plain\r\n\r\nx\r\n--b\r\nContent-Type: application/pdf\r\n"
			"Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--b--\r\n", encoded[i]);
		g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
		GMimePart *part = attachment_of(msg);
		g_autoptr(GByteArray) reference = decoded_by_gmime(part);
		gboolean truncated = TRUE;
		g_autoptr(GByteArray) whole = dm_part_decode(part, 1024, &truncated);
		g_assert_false(truncated);
		g_assert_cmpmem(whole->data, whole->len, reference->data, reference->len);
		if (reference->len < 4)
			continue;
		g_autoptr(GByteArray) cut = dm_part_decode(part, 4, &truncated);
		g_assert_true(truncated);
		g_assert_cmpmem(cut->data, cut->len, reference->data, 4);
	}
}

/* (transfer full) a message whose second part holds @encoded as its base64 content. */
static GMimeMessage *
base64_message(const char *encoded)
{
	g_autofree char *raw = g_strdup_printf(
		"From: a@b.example\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
		"Content-Type: text/plain\r\n\r\nx\r\n--b\r\nContent-Type: application/pdf\r\n"
		"Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--b--\r\n", encoded);
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	return msg;
}

/* (transfer full) @data base64-encoded in lines of @width characters ended by @eol. */
static char *
wrapped(const guchar *data, gsize len, gsize width, const char *eol)
{
	g_autofree char *b64 = g_base64_encode(data, len);
	GString *out = g_string_new(NULL);
	for (gsize k = 0, n = strlen(b64); k < n; k += width) {
		g_string_append_len(out, b64 + k, (gssize) MIN(width, n - k));
		g_string_append(out, eol);
	}
	return g_string_free(out, FALSE);
}

/* Reads all of @stream in pieces of @piece bytes, from the end backwards (poppler reads
 * the trailer first), and compares it with @expect. */
static void
assert_reads_as(GInputStream *stream, goffset length, const GByteArray *expect, gsize piece)
{
	g_assert_cmpint(length, ==, (goffset) expect->len);
	g_autofree guchar *got = g_malloc0(expect->len + 1);
	for (gsize end = expect->len; end > 0; end -= MIN(end, piece)) {
		gsize start = end - MIN(end, piece), n = 0;
		g_assert_true(g_seekable_seek(G_SEEKABLE(stream), (goffset) start, G_SEEK_SET, NULL, NULL));
		g_assert_true(g_input_stream_read_all(stream, got + start, end - start, &n, NULL, NULL));
		g_assert_cmpuint(n, ==, end - start);
	}
	g_assert_cmpmem(got, expect->len, expect->data, expect->len);
	gsize n = 99;
	g_assert_true(g_seekable_seek(G_SEEKABLE(stream), 0, G_SEEK_SET, NULL, NULL));
	g_assert_true(g_input_stream_read_all(stream, got, 1, &n, NULL, NULL));
	g_assert_cmpuint(n, ==, 1);
	g_assert_true(g_seekable_seek(G_SEEKABLE(stream), 0, G_SEEK_END, NULL, NULL));
	g_assert_true(g_input_stream_read_all(stream, got, 1, &n, NULL, NULL));
	g_assert_cmpuint(n, ==, 0);
	g_assert_false(g_seekable_seek(G_SEEKABLE(stream), 1, G_SEEK_END, NULL, NULL));
}

/* A regular base64 part read on demand (dm_part_stream_new) gives dm_part_decode's bytes,
 * in any order and any piece size, for lines of 76 or 64 characters, CRLF or LF, with the
 * padding on the last line or alone after it; a part that is not so regular (a line of
 * another length in the middle, a stray byte or padding inside a line, a length that is
 * not a multiple of four, too big for the bound) is refused, for the whole decoder. */
static void
test_part_read_on_demand(void)
{
	guchar data[5000];
	for (guint i = 0; i < sizeof data; i++)
		data[i] = (guchar) (i * 7 + i / 13);
	struct {
		gsize len, width;
		const char *eol;
	} regular[] = {
		{ 5000, 76, "\r\n" }, { 4999, 76, "\n" }, { 4998, 64, "\r\n" }, { 57, 76, "\r\n" },
		{ 3, 76, "\r\n" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(regular); i++) {
		g_autofree char *enc = wrapped(data, regular[i].len, regular[i].width, regular[i].eol);
		g_autoptr(GMimeMessage) msg = base64_message(enc);
		GMimePart *part = attachment_of(msg);
		g_autoptr(GByteArray) whole = dm_part_decode(part, 1 << 20, NULL);
		g_assert_cmpmem(whole->data, whole->len, data, regular[i].len);
		const gsize pieces[] = { 1, 5, 57, 100, 8192 };
		for (guint k = 0; k < G_N_ELEMENTS(pieces); k++) {
			goffset length = 0;
			g_autoptr(GInputStream) s = dm_part_stream_new(part, 1 << 20, &length);
			g_assert_nonnull(s);
			assert_reads_as(s, length, whole, pieces[k]);
		}
		goffset length = 0;
		g_assert_null(dm_part_stream_new(part, regular[i].len - 1, &length));
	}
	/* Padding alone on a line after full lines, and blank lines after it. */
	g_autofree char *full = wrapped(data, 57 * 3, 76, "\r\n");
	g_autofree char *alone = g_strconcat(full, "==\r\n\r\n", NULL);
	g_autoptr(GMimeMessage) msg = base64_message(alone);
	GMimePart *part = attachment_of(msg);
	g_autoptr(GByteArray) reference = decoded_by_gmime(part);
	goffset length = 0;
	g_autoptr(GInputStream) s = dm_part_stream_new(part, 1 << 20, &length);
	g_assert_nonnull(s);
	assert_reads_as(s, length, reference, 64);

	/* Refused: a stray byte or padding inside a line of the common length, a short line
	 * in the middle, lines not a multiple of four long, no line end at all. */
	g_autofree char *big = wrapped(data, 5000, 76, "\r\n");
	g_autofree char *stray = g_strdup(big);
	g_autofree char *padded = g_strdup(big);
	stray[10 * 78 + 5] = '.';
	padded[10 * 78 + 5] = '=';
	g_autofree char *short_line = g_strdup_printf("%.*sQUJD\r\n%s", 10 * 78, big, big + 10 * 78);
	const char *irregular[] = { stray, padded, short_line, "QUJDREV\r\nGR0hJSk\r\n", "QUJDREVGR0g" };
	for (guint i = 0; i < G_N_ELEMENTS(irregular); i++) {
		g_autoptr(GMimeMessage) m = base64_message(irregular[i]);
		g_assert_null(dm_part_stream_new(attachment_of(m), 1 << 20, &length));
	}
}

/* A byte outside the base64 alphabet anywhere in a full line (the first, a middle and the
 * last character; lines of 12, 16, 20, 64 and 76) makes the part irregular, for the whole
 * decoder; a byte of the alphabet there leaves it regular.  Every byte value but NUL (a
 * C string here) is tried: the vectorised check must agree with the alphabet exactly,
 * including its edges ('@' 'A' 'Z' '[' '`' 'a' 'z' '{' '/' '0' '9' ':' '+' ','). */
static void
test_stray_byte_anywhere(void)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	guchar data[1500];
	for (guint i = 0; i < sizeof data; i++)
		data[i] = (guchar) (i * 11 + i / 7);
	const gsize widths[] = { 12, 16, 20, 64, 76 };
	for (guint w = 0; w < G_N_ELEMENTS(widths); w++) {
		gsize width = widths[w], stride = width + 2, line = 6;
		g_autofree char *enc = wrapped(data, sizeof data, width, "\r\n");
		g_assert_cmpuint(strlen(enc) / stride, >, line + 8);
		const gsize where[] = { 0, width / 2 + 1, width - 1 };
		for (guint k = 0; k < G_N_ELEMENTS(where); k++) {
			for (int b = 1; b < 256; b++) {
				g_autofree char *changed = g_strdup(enc);
				changed[line * stride + where[k]] = (char) b;
				g_autoptr(GMimeMessage) msg = base64_message(changed);
				goffset length = 0;
				g_autoptr(GInputStream) s = dm_part_stream_new(attachment_of(msg), 1 << 20, &length);
				gboolean in_alphabet = strchr(alphabet, b) != NULL;
				if ((s != NULL) != in_alphabet)
					g_error("line of %zu, byte %d at %zu: stream %s", width, b, where[k],
						s ? "made" : "refused");
			}
		}
	}
}

/* The stream poppler reads is a GMemoryInputStream in type, the kind poppler-glib reads
 * directly (any other goes through a cache of 8 KB chunks allocated for the whole file);
 * none of the parent's empty data leaks out: a skip, a non-blocking read and the seekable
 * position all work on the part's bytes, and poppler reads from it the same page text as
 * from the decoded bytes. */
static void
test_stream_read_directly(void)
{
	const char *const *one[] = { facts_page };
	g_autoptr(GString) pdf = pdf_of_pages(one, 1);
	Attachment a = { "application/pdf", "factuur.pdf", pdf->str, pdf->len };
	g_autoptr(GMimeMessage) msg = mail_with("Zie de bijlage.", &a, 1);
	goffset length = 0;
	g_autoptr(GInputStream) s = dm_part_stream_new(attachment_of(msg), 1 << 20, &length);
	g_assert_nonnull(s);
	g_assert_true(G_IS_MEMORY_INPUT_STREAM(s));
	g_assert_cmpint(length, ==, (goffset) pdf->len);

	char buf[16];
	gsize n = 0;
	g_assert_cmpint(g_input_stream_skip(s, 9, NULL, NULL), ==, 9);
	g_assert_cmpint(g_seekable_tell(G_SEEKABLE(s)), ==, 9);
	g_assert_true(g_input_stream_read_all(s, buf, 5, &n, NULL, NULL));
	g_assert_cmpmem(buf, n, pdf->str + 9, 5);
	g_assert_false(g_pollable_input_stream_can_poll(G_POLLABLE_INPUT_STREAM(s)));
	g_assert_cmpint(g_pollable_input_stream_read_nonblocking(G_POLLABLE_INPUT_STREAM(s), buf, 4, NULL, NULL),
			==, 4);
	g_assert_cmpmem(buf, 4, pdf->str + 14, 4);
	g_assert_cmpint(g_input_stream_skip(s, G_MAXSIZE / 2, NULL, NULL), ==, length - 18);
	g_assert_cmpint(g_input_stream_read(s, buf, sizeof buf, NULL, NULL), ==, 0);

	PopplerDocument *streamed = dm_pdf_open_stream(s, length);
	g_autoptr(GBytes) bytes = g_bytes_new(pdf->str, pdf->len);
	PopplerDocument *whole = dm_pdf_open_bytes(bytes);
	g_assert_nonnull(streamed);
	g_assert_nonnull(whole);
	g_autofree char *t1 = dm_pdf_document_text(streamed);
	g_autofree char *t2 = dm_pdf_document_text(whole);
	g_assert_nonnull(strstr(t1, "Factuurnummer 2026-0417"));
	g_assert_cmpstr(t1, ==, t2);
	g_object_unref(streamed);
	g_object_unref(whole);
}

/* An invoice PDF that prints no number of its own is named by its file ("Factuur_2026-0417.pdf"),
 * even when the terms and conditions come first and carry a number-like name of their own:
 * the file of the PDF that was read, not the mail's first. */
static const char *const terms_page[] = {
	"Algemene voorwaarden 2027", "Artikel 3 - Betaling binnen 30 dagen na factuurdatum.", NULL
};
static const char *const unnumbered_page[] = {
	"FACTUUR", "Factuurdatum 02-11-2026", "Drukwerk folders, 5.000 stuks EUR 826,45", "BTW 21% EUR 173,55",
	"Totaal te betalen EUR 1.000,00", "Graag overmaken op NL91 ABNA 0417 1643 00.", NULL
};

static void
test_number_from_the_read_pdfs_name(void)
{
	const char *const *terms[] = { terms_page };
	const char *const *invoice[] = { unnumbered_page };
	g_autoptr(GString) t = pdf_of_pages(terms, 1);
	g_autoptr(GString) inv = pdf_of_pages(invoice, 1);
	Attachment both[] = {
		{ "application/pdf", "Voorwaarden_2027-03.pdf", t->str, t->len },
		{ "application/pdf", "Factuur_2026-0417.pdf", inv->str, inv->len },
	};
	g_autoptr(GMimeMessage) msg = mail_with("Bijgaand de factuur en onze voorwaarden.", both, 2);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "2026-0417");
	/* Near miss: the invoice first, the terms after: the same number. */
	Attachment swapped[] = { both[1], both[0] };
	g_autoptr(GMimeMessage) msg2 = mail_with("Bijgaand de factuur en onze voorwaarden.", swapped, 2);
	g_autoptr(DmInvoiceFacts) f2 = dm_invoice_extract(msg2);
	g_assert_cmpstr(f2->number, ==, "2026-0417");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-parts/facts-on-page-two", test_facts_on_page_two);
	g_test_add_func("/invoice-parts/number-from-the-read-pdfs-name", test_number_from_the_read_pdfs_name);
	g_test_add_func("/invoice-parts/octet-stream-pdf-sniffed", test_octet_stream_pdf_sniffed);
	g_test_add_func("/invoice-parts/image-parts-skipped", test_image_parts_skipped);
	g_test_add_func("/invoice-parts/decode-in-one-step", test_decode_in_one_step);
	g_test_add_func("/invoice-parts/part-read-on-demand", test_part_read_on_demand);
	g_test_add_func("/invoice-parts/stray-byte-anywhere", test_stray_byte_anywhere);
	g_test_add_func("/invoice-parts/stream-read-directly", test_stream_read_directly);
	return g_test_run();
}
