/* part: decode one MIME part's content, bounded while decoding.
 *
 * GMime's own helpers (g_mime_data_wrapper_write_to_stream, g_mime_text_part_get_text)
 * decode the whole part into memory before a caller can cut it, so a hostile message with
 * one huge base64 part costs its full decoded size.  Here the decoding filters sit on a
 * stream that is read in small blocks, and reading stops at the caller's bound.
 * dm_part_decode   the bytes (attachments, delivery-status reports).
 * dm_part_text     the same, charset converted to UTF-8 (the body text).
 * Failures: none reported; an unreadable part gives NULL or "". */
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-html.h"

#include <string.h>

#define READ_BLOCK 4096

/* (transfer full) at most @max bytes read from @content through its transfer decoding and,
 * when @charset is non-NULL, a conversion from @charset to UTF-8. */
static GByteArray *
decode_bounded(GMimeDataWrapper *content, const char *charset, gsize max, gboolean *truncated)
{
	GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
	if (raw == NULL || g_mime_stream_reset(raw) < 0)
		return NULL;
	GMimeStream *filtered = g_mime_stream_filter_new(raw);
	GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
	if (encoding == GMIME_CONTENT_ENCODING_BASE64 ||
	    encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
	    encoding == GMIME_CONTENT_ENCODING_UUENCODE) {
		GMimeFilter *decoder = g_mime_filter_basic_new(encoding, FALSE);
		g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered), decoder);
		g_object_unref(decoder);
	}
	/* NULL for a charset iconv does not know: the bytes are then taken as they are. */
	GMimeFilter *convert = charset ? g_mime_filter_charset_new(charset, "UTF-8") : NULL;
	if (convert) {
		g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered), convert);
		g_object_unref(convert);
	}
	GByteArray *out = g_byte_array_sized_new((guint) MIN(max, READ_BLOCK));
	char block[READ_BLOCK];
	gboolean more = FALSE;
	for (;;) {
		/* One byte past the bound tells whether anything was left. */
		gsize want = out->len < max ? MIN(sizeof block, max - out->len) : 1;
		gssize n = g_mime_stream_read(filtered, block, want);
		if (n <= 0)
			break;
		if (out->len >= max) {
			more = TRUE;
			break;
		}
		g_byte_array_append(out, (const guint8 *) block, (guint) n);
	}
	g_object_unref(filtered);
	g_mime_stream_reset(raw);
	if (truncated)
		*truncated = more;
	return out;
}

/* A part of a message parsed from memory is a window (bound_start..bound_end) on the
 * message's own buffer; a subclass may read differently, so only the plain type counts. */
const char *
dm_part_memory_window(GMimeStream *raw, gsize *len)
{
	if (G_OBJECT_TYPE(raw) != GMIME_TYPE_STREAM_MEM)
		return NULL;
	GByteArray *buffer = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(raw));
	if (!buffer)
		return NULL;
	gint64 end = raw->bound_end < 0 ? (gint64) buffer->len : MIN(raw->bound_end, (gint64) buffer->len);
	if (raw->bound_start < 0 || raw->bound_start > end)
		return NULL;
	*len = (gsize) (end - raw->bound_start);
	return (const char *) buffer->data + raw->bound_start;
}

/* decode_bounded's result, without its stream, for the common case: a base64,
 * quoted-printable or unencoded part in memory whose decoded size cannot pass @max is
 * decoded in one step
 * straight into the buffer it is returned in (an invoice's PDF: one pass instead of
 * the filter's copies through 4 KB blocks).  The same decoder as GMime's filter, so the
 * same bytes.  NULL when this does not apply (decode_bounded then does the work). */
static GByteArray *
decode_in_memory(GMimeDataWrapper *content, gsize max, gboolean *truncated)
{
	GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
	gsize len = 0;
	const char *in = raw ? dm_part_memory_window(raw, &len) : NULL;
	if (!in)
		return NULL;
	GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
	GByteArray *out = NULL;
	if (encoding == GMIME_CONTENT_ENCODING_BASE64 ||
	    encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
		/* Four base64 characters make at most three bytes, a quoted-printable character
		 * at most one: beyond the bound, the bounded path. */
		gsize most = encoding == GMIME_CONTENT_ENCODING_BASE64 ? (len / 4 + 1) * 3 : len;
		if (most > max)
			return NULL;
		GMimeEncoding state;
		g_mime_encoding_init_decode(&state, encoding);
		out = g_byte_array_new();
		g_byte_array_set_size(out, (guint) g_mime_encoding_outlen(&state, len) + 4);
		gsize n = g_mime_encoding_step(&state, in, len, (char *) out->data);
		n += g_mime_encoding_flush(&state, in + len, 0, (char *) out->data + n);
		g_byte_array_set_size(out, (guint) n);
	} else if (encoding == GMIME_CONTENT_ENCODING_DEFAULT || encoding == GMIME_CONTENT_ENCODING_7BIT ||
		   encoding == GMIME_CONTENT_ENCODING_8BIT || encoding == GMIME_CONTENT_ENCODING_BINARY) {
		if (len > max)
			return NULL;
		/* One byte more than needed: an empty part still gets a buffer, since callers
		 * hand ->data to string functions that refuse NULL. */
		out = g_byte_array_sized_new((guint) len + 1);
		g_byte_array_append(out, (const guint8 *) in, (guint) len);
	} else {
		return NULL;
	}
	if (truncated)
		*truncated = FALSE;
	return out;
}

GByteArray *
dm_part_decode(GMimePart *part, gsize max, gboolean *truncated)
{
	g_return_val_if_fail(GMIME_IS_PART(part), NULL);
	if (truncated)
		*truncated = FALSE;
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	if (!content)
		return NULL;
	GByteArray *whole = decode_in_memory(content, max, truncated);
	return whole ? whole : decode_bounded(content, NULL, max, truncated);
}

/* TRUE when converting @bytes (@len of them, up to the first NUL) from @charset to UTF-8
 * would give them back unchanged: valid UTF-8 stated as UTF-8, or plain ASCII stated as
 * US-ASCII.  Most replies are one or the other, and the conversion (an iconv opened for
 * every part, a filter's copies) was a tenth of reading one. */
static gboolean
unchanged_by_conversion(const char *charset, const guint8 *bytes, gsize len)
{
	const char *name = g_mime_charset_iconv_name(charset);
	if (g_ascii_strcasecmp(name, "UTF-8") == 0)
		return g_utf8_validate_len((const char *) bytes, len, NULL);
	if (g_ascii_strcasecmp(name, "us-ascii") != 0)
		return FALSE;
	for (gsize i = 0; i < len; i++)
		if (bytes[i] >= 0x80)
			return FALSE;
	return TRUE;
}

/* (transfer full) the bytes of @content converted from @charset (nullable) to UTF-8:
 * decoded in one step when the conversion provably changes nothing, else through
 * decode_bounded's filters.  NULL when unreadable. */
static GByteArray *
decode_text(GMimeDataWrapper *content, const char *charset, gsize max)
{
	GByteArray *whole = decode_in_memory(content, max, NULL);
	if (whole && (!charset || unchanged_by_conversion(charset, whole->data,
	                                                  strnlen((const char *) whole->data,
	                                                          whole->len))))
		return whole;
	g_clear_pointer(&whole, g_byte_array_unref);
	return decode_bounded(content, charset, max, NULL);
}

char *
dm_part_text(GMimePart *part, gsize max)
{
	g_return_val_if_fail(GMIME_IS_PART(part), g_strdup(""));
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part),
									 "charset");
	/* Converted even from UTF-8, as GMime does: the conversion drops invalid bytes. */
	g_autoptr(GByteArray) bytes = content ? decode_text(content, charset, max) : NULL;
	if (!bytes)
		return g_strdup("");
	/* The text is a C string: it ends at a NUL byte, as g_mime_text_part_get_text's did. */
	gsize len = strnlen((const char *) bytes->data, bytes->len);
	return dm_text_bound((const char *) bytes->data, len, max);
}
