/* dm-spool-writer: one message streamed into the spool, the milter's half of doc/spool.md.
 *
 * Life of a writer: headers are buffered in memory (bounded by the size cap) until end of
 * headers, because the envelope written first needs the queue id and whether a Message-ID
 * exists (a flag: the names themselves are not kept); dm_spool_writer_begin() then
 * creates tmp/<unique>.eml (O_CREAT|O_EXCL, 0640) and writes the envelope block and the
 * headers; body chunks are appended as they arrive;
 * dm_spool_writer_commit() fsyncs, renames into new/ and fsyncs new/.  Any failure, and
 * freeing a writer that was not committed, unlinks the temporary file.
 *
 * Diagnostics: every failure is trouble with one message (DM_SPOOL_WRITER_ERROR): the
 * caller logs it, drops the copy and lets the mail through.  TOO_BIG means the size cap
 * was crossed; IO covers open, short write, ENOSPC, fsync and rename failures.
 */
#pragma once
#include <glib.h>
#include "common/dm-spool.h"

#define DM_SPOOL_WRITER_ERROR (dm_spool_writer_error_quark())
GQuark dm_spool_writer_error_quark(void);
typedef enum {
	DM_SPOOL_WRITER_ERROR_TOO_BIG,
	DM_SPOOL_WRITER_ERROR_IO,
	DM_SPOOL_WRITER_ERROR_STATE,    /* called out of order, or after a failure */
} DmSpoolWriterError;

typedef struct DmSpoolWriter DmSpoolWriter;

/* (transfer full) a writer for one message under @spool_dir (which must hold tmp/ and
 * new/).  @max_size caps the message (headers and body, as spooled); 0 = no cap.
 * @leadspc: header values arrive with their leading white space (SMFIP_HDR_LEADSPC);
 * otherwise one space is put back after the colon. */
DmSpoolWriter *dm_spool_writer_new(const char *spool_dir, gsize max_size, gboolean leadspc);
/* Unlinks the temporary file unless committed.  NULL is fine. */
void dm_spool_writer_free(DmSpoolWriter *w);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmSpoolWriter, dm_spool_writer_free)

/* Appends the wire form of one header field to @out: "Name:" + value + CRLF, with bare LF
 * inside a folded value turned into CRLF, and one space after the colon unless @leadspc. */
void dm_spool_rebuild_header(GString *out, const char *name, const char *value,
                             gboolean leadspc);

/* Buffers one header field.  FALSE (TOO_BIG) once the headers alone exceed the cap, or
 * the header block exceeds 1 MiB (held in memory until end of headers). */
gboolean dm_spool_writer_add_header(DmSpoolWriter *w, const char *name, const char *value,
                                    GError **error);
/* TRUE when a header field named Message-ID (any case) was added.  Only this is
 * remembered of the names: keeping each would cost memory per field, not per byte. */
gboolean dm_spool_writer_has_message_id(const DmSpoolWriter *w);

/* At end of headers: creates the temporary file and writes @env, the headers and the empty
 * line that ends them. */
gboolean dm_spool_writer_begin(DmSpoolWriter *w, const DmEnvelope *env, GError **error);
/* Appends one body chunk (CRLF line ends, as the MTA sends it). */
gboolean dm_spool_writer_body(DmSpoolWriter *w, const guint8 *data, gsize len,
                              GError **error);
/* fsync, rename into new/, fsync new/.  Once renamed, *@path_out (nullable, transfer
 * full) is the final path, even when the directory fsync then fails (FALSE, but
 * dm_spool_writer_is_committed() is TRUE: the file stays). */
gboolean dm_spool_writer_commit(DmSpoolWriter *w, char **path_out, GError **error);

/* TRUE once the file is in new/ (also when only the final directory fsync failed). */
gboolean dm_spool_writer_is_committed(const DmSpoolWriter *w);
/* (transfer none) the temporary path once begun, else NULL (for log lines and tests). */
const char *dm_spool_writer_tmp_path(const DmSpoolWriter *w);
/* Bytes of message counted so far (headers, separator and body). */
gsize dm_spool_writer_size(const DmSpoolWriter *w);

/* The process that wrote the spool file named @name (a base name in tmp/, as
 * dm_spool_writer_begin() makes them: <time>.<pid>.<counter>.<random>.eml), or 0 when
 * @name is not such a name. */
long dm_spool_writer_name_pid(const char *name);
