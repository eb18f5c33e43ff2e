/* dm-part: the one decoder of a MIME part's content, bounded while it decodes.
 * Private to src/parser.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gio/gio.h>
#include <gmime/gmime.h>

/* (transfer full) the content of @part with its transfer encoding (base64,
 * quoted-printable, uuencode) undone, at most @max bytes.  Decoding stops at the bound:
 * a part of gigabytes costs @max bytes and a few KB of input read, never its full size.
 * @truncated (nullable) is set TRUE when the part held more than @max bytes.  NULL when
 * the part has no content or its stream cannot be read. */
GByteArray *dm_part_decode(GMimePart *part, gsize max, gboolean *truncated);

/* (transfer full) the text of a text part: decoded as dm_part_decode, then converted from
 * its charset parameter to UTF-8 (as g_mime_text_part_get_text does, but bounded), at most
 * @max bytes, ending at a NUL byte if the part holds one, invalid UTF-8 replaced.  Never
 * NULL ("" when unreadable). */
char *dm_part_text(GMimePart *part, gsize max);

/* (transfer none) the encoded bytes of @raw (@len of them) when they lie in memory
 * already: a part of a message parsed from memory is a window on the message's own
 * buffer, valid while @raw lives.  NULL for any other stream. */
const char *dm_part_memory_window(GMimeStream *raw, gsize *len);
