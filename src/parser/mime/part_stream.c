/* part_stream: a base64 part read on demand, as a seekable GInputStream.
 *
 * poppler reads a PDF by seeking: the trailer and cross-reference table at its end, then
 * the objects the page text needs (page tree, content streams, fonts).  An invoice's logo
 * or scanned letterhead, most of its bytes, is never read for text, yet decoding the part
 * first (dm_part_decode) passes over all of it.  When the base64 lies in memory in lines
 * of one length, as mail clients and invoicing tools write it, the decoded offset of each
 * line is known without decoding it, so a line is decoded only when it is read.
 *
 * The bytes read are exactly those dm_part_decode gives (GMime's decoder, line by line
 * from a clean state): every full line is checked at creation to hold nothing but base64
 * characters (no padding, no stray byte that would shift what follows), and what comes
 * after the last full line is decoded in one step then.
 *
 * The stream is a GMemoryInputStream in type only (none of its data or position is used:
 * every read, skip and seek is this file's): poppler-glib reads a memory stream directly,
 * 1 KB at a time where poppler asks, but copies any other stream into a cache of 8 KB
 * chunks that it allocates and zeroes for the whole file first (CachedFile), which cost
 * more than the decoding it saved.
 * dm_part_stream_new  the stream, or NULL when the part is not so regular.
 * Failures: none reported; NULL sends the caller to dm_part_decode. */
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-part-stream.h"

#include <string.h>

/* Longest line taken (RFC 2045 asks for 76 characters; 998 is SMTP's limit). */
#define MAX_LINE_CHARS 996
/* What follows the last full line (its padding, blank lines) is decoded at creation. */
#define MAX_TAIL_LINES 4

struct _DmPartStream {
	GMemoryInputStream parent;
	GMimeStream *raw;          /* holds the buffer @lines points into */
	const char *lines;         /* the full lines, each @stride bytes with its line end */
	gsize stride, chars;       /* bytes per line with its end; base64 characters in it */
	gsize n_lines, line_bytes; /* full lines; bytes each decodes to */
	GByteArray *tail;          /* the rest, decoded */
	goffset length, pos;
	gsize cached;              /* the line in @line, or G_MAXSIZE */
	guchar line[MAX_LINE_CHARS / 4 * 3];
};

static void dm_part_stream_seekable_init(GSeekableIface *iface);
static void dm_part_stream_pollable_init(GPollableInputStreamInterface *iface);
G_DECLARE_FINAL_TYPE(DmPartStream, dm_part_stream, DM, PART_STREAM, GMemoryInputStream)
/* Both interfaces GMemoryInputStream implements are implemented again over this file's
 * position, so that nothing reaches the parent's empty buffer. */
G_DEFINE_TYPE_WITH_CODE(DmPartStream, dm_part_stream, G_TYPE_MEMORY_INPUT_STREAM,
			G_IMPLEMENT_INTERFACE(G_TYPE_SEEKABLE, dm_part_stream_seekable_init)
			G_IMPLEMENT_INTERFACE(G_TYPE_POLLABLE_INPUT_STREAM, dm_part_stream_pollable_init))

/* Decodes full line @i into @out (line_bytes bytes): a clean state at every line, since
 * each holds a multiple of four characters. */
static void
decode_line(DmPartStream *self, gsize i, guchar *out)
{
	int state = 0;
	guint32 save = 0;
	g_mime_encoding_base64_decode_step((const guchar *) self->lines + i * self->stride, self->chars,
					   out, &state, &save);
}

static gssize
dm_part_stream_read(GInputStream *stream, void *buffer, gsize count, GCancellable *cancellable,
		    GError **error)
{
	DmPartStream *self = DM_PART_STREAM(stream);
	guchar *out = buffer;
	gsize done = 0, full = self->n_lines * self->line_bytes;
	while (done < count && self->pos < self->length) {
		gsize at = (gsize) self->pos, n;
		if (at < full) {
			gsize i = at / self->line_bytes, off = at % self->line_bytes;
			n = MIN(self->line_bytes - off, count - done);
			if (off == 0 && n == self->line_bytes) {
				decode_line(self, i, out + done);
			} else {
				if (self->cached != i)
					decode_line(self, i, self->line);
				self->cached = i;
				memcpy(out + done, self->line + off, n);
			}
		} else {
			gsize off = at - full;
			n = MIN(self->tail->len - off, count - done);
			memcpy(out + done, self->tail->data + off, n);
		}
		self->pos += (goffset) n;
		done += n;
	}
	return (gssize) done;
}

static goffset
dm_part_stream_tell(GSeekable *seekable)
{
	return DM_PART_STREAM(seekable)->pos;
}

static gboolean
dm_part_stream_can_seek(GSeekable *seekable)
{
	return TRUE;
}

static gboolean
dm_part_stream_seek(GSeekable *seekable, goffset offset, GSeekType type, GCancellable *cancellable,
		    GError **error)
{
	DmPartStream *self = DM_PART_STREAM(seekable);
	goffset base = type == G_SEEK_SET ? 0 : type == G_SEEK_CUR ? self->pos : self->length;
	if (offset < -base || offset > self->length - base) {
		g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
				    "seek outside the decoded part");
		return FALSE;
	}
	self->pos = base + offset;
	return TRUE;
}

static gboolean
dm_part_stream_can_truncate(GSeekable *seekable)
{
	return FALSE;
}

static gboolean
dm_part_stream_truncate(GSeekable *seekable, goffset offset, GCancellable *cancellable, GError **error)
{
	g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "a decoded part is read-only");
	return FALSE;
}

static void
dm_part_stream_seekable_init(GSeekableIface *iface)
{
	iface->tell = dm_part_stream_tell;
	iface->can_seek = dm_part_stream_can_seek;
	iface->seek = dm_part_stream_seek;
	iface->can_truncate = dm_part_stream_can_truncate;
	iface->truncate_fn = dm_part_stream_truncate;
}

static gssize
dm_part_stream_skip(GInputStream *stream, gsize count, GCancellable *cancellable, GError **error)
{
	DmPartStream *self = DM_PART_STREAM(stream);
	gsize n = (gsize) MIN((goffset) MIN(count, G_MAXSSIZE), self->length - self->pos);
	self->pos += (goffset) n;
	return (gssize) n;
}

/* Never polled (a part in memory is always readable); a non-blocking read is a read. */
static gboolean
dm_part_stream_can_poll(GPollableInputStream *stream)
{
	return FALSE;
}

static gboolean
dm_part_stream_is_readable(GPollableInputStream *stream)
{
	return TRUE;
}

static gssize
dm_part_stream_read_nonblocking(GPollableInputStream *stream, void *buffer, gsize count, GError **error)
{
	return dm_part_stream_read(G_INPUT_STREAM(stream), buffer, count, NULL, error);
}

static void
dm_part_stream_pollable_init(GPollableInputStreamInterface *iface)
{
	iface->can_poll = dm_part_stream_can_poll;
	iface->is_readable = dm_part_stream_is_readable;
	iface->read_nonblocking = dm_part_stream_read_nonblocking;
}

static void
dm_part_stream_finalize(GObject *object)
{
	DmPartStream *self = DM_PART_STREAM(object);
	g_clear_object(&self->raw);
	g_clear_pointer(&self->tail, g_byte_array_unref);
	G_OBJECT_CLASS(dm_part_stream_parent_class)->finalize(object);
}

static void
dm_part_stream_class_init(DmPartStreamClass *klass)
{
	G_OBJECT_CLASS(klass)->finalize = dm_part_stream_finalize;
	G_INPUT_STREAM_CLASS(klass)->read_fn = dm_part_stream_read;
	G_INPUT_STREAM_CLASS(klass)->skip = dm_part_stream_skip;
}

static void
dm_part_stream_init(DmPartStream *self)
{
	self->cached = G_MAXSIZE;
}

/* The base64 alphabet without the padding character: a line of these, a multiple of four
 * long, decodes to three bytes per four characters whatever surrounds it. */
static gboolean
all_base64_bytes(const char *s, gsize n)
{
	static guint8 outside[256];
	static gsize once;
	if (g_once_init_enter(&once)) {
		const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		memset(outside, 1, sizeof outside);
		for (const char *a = alphabet; *a; a++)
			outside[(guchar) *a] = 0;
		g_once_init_leave(&once, 1);
	}
	const guchar *p = (const guchar *) s;
	guint8 bad = 0;
	for (gsize i = 0; i < n; i++)
		bad |= outside[p[i]];
	return bad == 0;
}

/* Sixteen bytes at once (GCC's and clang's vector extension: SSE2 on x86-64): every line
 * of every regular part is checked, so this is the one loop here that costs. */
typedef guint8 DmBytes16 __attribute__((vector_size(16)));

/* 0xff in each lane of @s's sixteen bytes that is not in the alphabet. */
static inline DmBytes16
outside16(const char *s)
{
	DmBytes16 c;
	memcpy(&c, s, sizeof c);
	DmBytes16 in = (DmBytes16) ((c - 'A') < 26) | (DmBytes16) ((c - 'a') < 26) |
		       (DmBytes16) ((c - '0') < 10) | (DmBytes16) (c == '+') | (DmBytes16) (c == '/');
	return ~in;
}

/* all_base64_bytes for a line of at least sixteen: its last block overlaps the one
 * before instead of a byte-at-a-time tail (a check, so reading a byte twice is harmless). */
static gboolean
all_base64(const char *s, gsize n)
{
	if (n < sizeof(DmBytes16))
		return all_base64_bytes(s, n);
	DmBytes16 bad = { 0 };
	for (gsize i = 0; i + sizeof bad < n; i += sizeof bad)
		bad |= outside16(s + i);
	bad |= outside16(s + n - sizeof bad);
	guint64 halves[2];
	memcpy(halves, &bad, sizeof halves);
	return (halves[0] | halves[1]) == 0;
}

/* The number of full lines at the start of @enc (@len bytes): each @chars base64
 * characters followed by the line end @eol (@eol_len bytes). */
static gsize
count_full_lines(const char *enc, gsize len, gsize chars, const char *eol, gsize eol_len)
{
	gsize stride = chars + eol_len, n = 0;
	while ((n + 1) * stride <= len) {
		const char *line = enc + n * stride;
		if (memcmp(line + chars, eol, eol_len) != 0 || !all_base64(line, chars))
			break;
		n++;
	}
	return n;
}

GInputStream *
dm_part_stream_new(GMimePart *part, gsize max, goffset *length)
{
	g_return_val_if_fail(GMIME_IS_PART(part) && length != NULL, NULL);
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	if (!content || g_mime_data_wrapper_get_encoding(content) != GMIME_CONTENT_ENCODING_BASE64)
		return NULL;
	GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
	gsize len = 0;
	const char *enc = raw ? dm_part_memory_window(raw, &len) : NULL;
	const char *nl = enc ? memchr(enc, '\n', MIN(len, MAX_LINE_CHARS + 2)) : NULL;
	if (!nl)
		return NULL;
	gboolean crlf = nl > enc && nl[-1] == '\r';
	gsize chars = (gsize) (nl - enc) - (crlf ? 1 : 0);
	if (chars == 0 || chars % 4 != 0)
		return NULL;
	const char *eol = crlf ? "\r\n" : "\n";
	gsize eol_len = crlf ? 2 : 1, stride = chars + eol_len;
	gsize n_lines = count_full_lines(enc, len, chars, eol, eol_len);
	gsize rest = len - n_lines * stride;
	if (rest > MAX_TAIL_LINES * stride)
		return NULL;
	DmPartStream *self = g_object_new(dm_part_stream_get_type(), NULL);
	self->raw = g_object_ref(raw);
	self->lines = enc;
	self->stride = stride;
	self->chars = chars;
	self->n_lines = n_lines;
	self->line_bytes = chars / 4 * 3;
	/* After full lines the decoder's state is clean: the rest decodes on its own. */
	GMimeEncoding state;
	g_mime_encoding_init_decode(&state, GMIME_CONTENT_ENCODING_BASE64);
	self->tail = g_byte_array_new();
	g_byte_array_set_size(self->tail, (guint) g_mime_encoding_outlen(&state, rest) + 4);
	const char *tail = enc + n_lines * stride;
	gsize n = g_mime_encoding_step(&state, tail, rest, (char *) self->tail->data);
	n += g_mime_encoding_flush(&state, tail + rest, 0, (char *) self->tail->data + n);
	g_byte_array_set_size(self->tail, (guint) n);
	self->length = (goffset) (n_lines * self->line_bytes + n);
	if ((gsize) self->length > max) {
		g_object_unref(self);
		return NULL;
	}
	*length = self->length;
	return G_INPUT_STREAM(self);
}
