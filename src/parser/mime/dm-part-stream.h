/* dm-part-stream: a base64 part read on demand (part_stream.c).  Private to src/parser.
 * Pure: no database, clock or network. */
#pragma once
#include <gio/gio.h>
#include <gmime/gmime.h>

/* (transfer full) the content of a base64 @part as a seekable stream that decodes each
 * line only when it is read, giving the bytes dm_part_decode gives; its decoded size in
 * *@length.  NULL when the part is not base64 in memory in lines of one length, or
 * decodes to more than @max bytes: dm_part_decode it then.  The stream holds a reference
 * to the part's content, not to @part.  It is a GMemoryInputStream in type only, so that
 * poppler-glib reads it directly (part_stream.c says why); its data is the part's. */
GInputStream *dm_part_stream_new(GMimePart *part, gsize max, goffset *length);
