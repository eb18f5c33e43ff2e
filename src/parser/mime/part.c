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

GByteArray *
dm_part_decode(GMimePart *part, gsize max, gboolean *truncated)
{
	g_return_val_if_fail(GMIME_IS_PART(part), NULL);
	if (truncated)
		*truncated = FALSE;
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	return content ? decode_bounded(content, NULL, max, truncated) : NULL;
}

char *
dm_part_text(GMimePart *part, gsize max)
{
	g_return_val_if_fail(GMIME_IS_PART(part), g_strdup(""));
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part),
									 "charset");
	/* Converted even from UTF-8, as GMime does: the conversion drops invalid bytes. */
	g_autoptr(GByteArray) bytes = content ? decode_bounded(content, charset, max, NULL) : NULL;
	if (!bytes)
		return g_strdup("");
	/* The text is a C string: it ends at a NUL byte, as g_mime_text_part_get_text's did. */
	gsize len = strnlen((const char *) bytes->data, bytes->len);
	return dm_text_bound((const char *) bytes->data, len, max);
}
