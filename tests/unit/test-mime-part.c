/* test-mime-part: the one bounded part decoder (dm_part_decode, dm_part_text): it decodes
 * each transfer encoding and charset, and it stops decoding at the bound, which a stream
 * that counts the bytes read from it proves. */
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-message.h"

#include <string.h>

/* A memory stream that counts what is read from it. */
typedef struct {
	GMimeStreamMem parent;
	gsize bytes_read;
} CountingStream;
typedef struct {
	GMimeStreamMemClass parent_class;
} CountingStreamClass;
GType counting_stream_get_type(void);
G_DEFINE_TYPE(CountingStream, counting_stream, GMIME_TYPE_STREAM_MEM)

static gssize
counting_read(GMimeStream *stream, char *buf, size_t len)
{
	gssize n = GMIME_STREAM_CLASS(counting_stream_parent_class)->read(stream, buf, len);
	if (n > 0)
		((CountingStream *) stream)->bytes_read += (gsize) n;
	return n;
}

static void
counting_stream_class_init(CountingStreamClass *klass)
{
	GMIME_STREAM_CLASS(klass)->read = counting_read;
}

static void
counting_stream_init(CountingStream *self)
{
}

/* (transfer full) a part of @type/@subtype whose encoded content is @encoded (taken). */
static GMimePart *
make_part(const char *type, const char *subtype, const char *charset, GByteArray *encoded,
          GMimeContentEncoding encoding, CountingStream **counter)
{
	CountingStream *stream = g_object_new(counting_stream_get_type(), NULL);
	g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(stream), encoded);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), TRUE);
	GMimeDataWrapper *content = g_mime_data_wrapper_new_with_stream(GMIME_STREAM(stream), encoding);
	GMimePart *part = g_str_equal(type, "text")
		? GMIME_PART(g_mime_text_part_new_with_subtype(subtype))
		: g_mime_part_new_with_type(type, subtype);
	if (charset)
		g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", charset);
	g_mime_part_set_content(part, content);
	g_mime_part_set_content_encoding(part, encoding);
	g_object_unref(content);
	if (counter)
		*counter = stream;
	g_object_unref(stream);
	return part;
}

static GByteArray *
bytes_of(const char *s)
{
	GByteArray *b = g_byte_array_new();
	g_byte_array_append(b, (const guint8 *) s, (guint) strlen(s));
	return b;
}

typedef struct {
	const char *name;
	const char *encoded;
	GMimeContentEncoding encoding;
	const char *charset;       /* for dm_part_text; NULL: none stated */
	gsize max;
	const char *text;          /* dm_part_text's result */
	gboolean truncated;        /* dm_part_decode's verdict */
} DecodeCase;

static const DecodeCase cases[] = {
	{ "base64", "RmFjdHV1ciAyMDI2LTAwNDI=\n", GMIME_CONTENT_ENCODING_BASE64, NULL, 100,
	  "Factuur 2026-0042", FALSE },
	{ "base64-cut", "RmFjdHV1ciAyMDI2LTAwNDI=\n", GMIME_CONTENT_ENCODING_BASE64, NULL, 7,
	  "Factuur", TRUE },
	{ "base64-exact", "RmFjdHV1cg==\n", GMIME_CONTENT_ENCODING_BASE64, NULL, 7, "Factuur", FALSE },
	{ "quoted-printable-latin1", "Rechnungsbetrag f=FCr M=E4rz\n",
	  GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE, "iso-8859-1", 100,
	  "Rechnungsbetrag f\xc3\xbcr M\xc3\xa4rz\n", FALSE },
	{ "8bit-utf8", "te betalen \xe2\x82\xac 12,50", GMIME_CONTENT_ENCODING_8BIT, "utf-8", 100,
	  "te betalen \xe2\x82\xac 12,50", FALSE },
	{ "unknown-charset-kept", "plain", GMIME_CONTENT_ENCODING_7BIT, "x-no-such-charset", 100,
	  "plain", FALSE },
	{ "empty", "", GMIME_CONTENT_ENCODING_BASE64, NULL, 100, "", FALSE },
	{ "nul-ends-text", "YWJjAGRlZg==\n", GMIME_CONTENT_ENCODING_BASE64, "utf-8", 100, "abc", FALSE },
	{ "invalid-utf8-dropped", "YdNi\n", GMIME_CONTENT_ENCODING_BASE64, "utf-8", 100, "ab", FALSE },
};

static void
test_decode(gconstpointer data)
{
	const DecodeCase *c = data;
	g_autoptr(GMimePart) part = make_part("text", "plain", c->charset, bytes_of(c->encoded),
	                                      c->encoding, NULL);
	gboolean truncated = !c->truncated;
	g_autoptr(GByteArray) bytes = dm_part_decode(part, c->max, &truncated);
	g_assert_nonnull(bytes);
	g_assert_cmpuint(bytes->len, <=, c->max);
	g_assert_cmpint(truncated, ==, c->truncated);
	g_autofree char *text = dm_part_text(part, c->max);
	g_assert_cmpstr(text, ==, c->text);
}

/* A part of a message parsed from memory (a plain memory stream) is read in one step when
 * its charset conversion would change nothing; every case reads the same text either
 * way: the counting stream above is not a plain memory stream, so it takes the filters. */
static void
test_in_memory_same_text(void)
{
	static const DecodeCase same[] = {
		{ "qp-utf8", "te betalen =E2=82=AC 12,50=\nmorgen\n",
		  GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE, "UTF-8", 100, NULL, FALSE },
		{ "qp-utf8-cut", "te betalen =E2=82=AC 12,50\n",
		  GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE, "utf-8", 12, NULL, FALSE },
		{ "qp-latin1", "f=FCr M=E4rz\n", GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE,
		  "iso-8859-1", 100, NULL, FALSE },
		{ "base64-utf8-bom", "77u/YWJj\n", GMIME_CONTENT_ENCODING_BASE64, "utf8", 100, NULL,
		  FALSE },
		{ "base64-invalid-utf8", "YdNi\n", GMIME_CONTENT_ENCODING_BASE64, "utf-8", 100, NULL,
		  FALSE },
		{ "ascii-with-8bit", "na\xefve", GMIME_CONTENT_ENCODING_8BIT, "us-ascii", 100, NULL,
		  FALSE },
		{ "ascii", "plain text", GMIME_CONTENT_ENCODING_7BIT, "US-ASCII", 100, NULL, FALSE },
		{ "nul-then-invalid", "YWJjAGTT\n", GMIME_CONTENT_ENCODING_BASE64, "utf-8", 100,
		  NULL, FALSE },
		{ "no-charset-8bit", "na\xefve", GMIME_CONTENT_ENCODING_8BIT, NULL, 100, NULL, FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(same); i++) {
		const DecodeCase *c = &same[i];
		g_autoptr(GMimePart) filtered = make_part("text", "plain", c->charset,
		                                          bytes_of(c->encoded), c->encoding, NULL);
		g_autoptr(GMimeStream) mem = g_mime_stream_mem_new_with_buffer(c->encoded,
		                                                               strlen(c->encoded));
		g_autoptr(GMimeDataWrapper) content = g_mime_data_wrapper_new_with_stream(mem,
		                                                                          c->encoding);
		g_autoptr(GMimePart) in_memory = GMIME_PART(g_mime_text_part_new_with_subtype("plain"));
		if (c->charset)
			g_mime_object_set_content_type_parameter(GMIME_OBJECT(in_memory), "charset",
			                                         c->charset);
		g_mime_part_set_content(in_memory, content);
		g_mime_part_set_content_encoding(in_memory, c->encoding);
		g_autofree char *want = dm_part_text(filtered, c->max);
		g_autofree char *got = dm_part_text(in_memory, c->max);
		g_test_message("%s: %s", c->name, want);
		g_assert_cmpstr(got, ==, want);
	}
}

/* A 48 MB base64 attachment read with a 64 KB bound: 64 KB come back, and the decoder
 * read a few blocks of the input, not all of it. */
static void
test_huge_part_stops_at_bound(void)
{
	const gsize encoded_len = 48 * 1024 * 1024, max = 64 * 1024;
	GByteArray *encoded = g_byte_array_sized_new((guint) encoded_len);
	g_byte_array_set_size(encoded, (guint) encoded_len);
	memset(encoded->data, 'A', encoded_len);      /* base64 for zero bytes */
	CountingStream *counter = NULL;
	g_autoptr(GMimePart) part = make_part("application", "pdf", NULL, encoded,
	                                      GMIME_CONTENT_ENCODING_BASE64, &counter);
	gboolean truncated = FALSE;
	g_autoptr(GByteArray) bytes = dm_part_decode(part, max, &truncated);
	g_assert_nonnull(bytes);
	g_assert_cmpuint(bytes->len, ==, max);
	g_assert_true(truncated);
	g_assert_cmpuint(bytes->data[max - 1], ==, 0);
	/* 64 KB decoded come from about 86 KB of base64; allow the filter's read-ahead. */
	g_assert_cmpuint(counter->bytes_read, <, 256 * 1024);

	counter->bytes_read = 0;
	g_autofree char *text = dm_part_text(part, max);
	g_assert_cmpuint(counter->bytes_read, <, 256 * 1024);
	g_assert_cmpuint(strlen(text), <=, max);
}

/* The raw stream is left at its start, so GMime's own writers still see all of it. */
static void
test_stream_rewound(void)
{
	g_autoptr(GMimePart) part = make_part("application", "octet-stream", NULL,
	                                      bytes_of("QUJDREVGR0g=\n"),
	                                      GMIME_CONTENT_ENCODING_BASE64, NULL);
	g_autoptr(GByteArray) first = dm_part_decode(part, 3, NULL);
	g_autoptr(GByteArray) again = dm_part_decode(part, 100, NULL);
	g_assert_cmpuint(first->len, ==, 3);
	g_assert_cmpuint(again->len, ==, 8);
	g_assert_cmpmem(again->data, again->len, "ABCDEFGH", 8);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/mime-part/decode/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_decode);
	}
	g_test_add_func("/mime-part/huge-part-stops-at-bound", test_huge_part_stops_at_bound);
	g_test_add_func("/mime-part/stream-rewound", test_stream_rewound);
	g_test_add_func("/mime-part/in-memory-same-text", test_in_memory_same_text);
	return g_test_run();
}
