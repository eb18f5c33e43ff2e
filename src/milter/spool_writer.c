/* spool_writer: streams one message into the spool (see dm-spool-writer.h).
 *
 * "No message is lost" (DESIGN.md) rests on this file: a spool file appears in new/ only
 * by rename() after its contents and then the directory entry are on disk, and every write
 * is checked (short writes are resumed, ENOSPC and other errors fail the copy).  Failures
 * never touch the mail itself: the caller logs and lets the message through.
 */
#include "milter/dm-spool-writer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK(dm-spool-writer-error-quark, dm_spool_writer_error)

/* Headers wait in memory until end of headers; real header blocks are a few KB, so a
 * block over this is hostile or broken and not worth the memory of every connection. */
#define HEADERS_MAX (1024 * 1024)

typedef enum { ST_HEADERS, ST_BODY, ST_COMMITTED, ST_FAILED } WriterState;

struct DmSpoolWriter {
	char *spool_dir;
	gsize max_size;
	gboolean leadspc;
	WriterState state;
	GString *headers;        /* wire form of the header block, until begin */
	/* The only fact about the header names anyone asks for.  Names are not kept: a 1 MiB
	 * block of tiny fields is 262,144 of them, megabytes of allocator overhead. */
	gboolean has_message_id;
	gsize size;              /* message bytes counted (the envelope is not) */
	char *name;              /* <unique>.eml */
	char *tmp_path;
	int fd;
};

DmSpoolWriter *
dm_spool_writer_new(const char *spool_dir, gsize max_size, gboolean leadspc)
{
	DmSpoolWriter *w;

	g_return_val_if_fail(spool_dir != NULL, NULL);
	w = g_new0(DmSpoolWriter, 1);
	w->spool_dir = g_strdup(spool_dir);
	w->max_size = max_size;
	w->leadspc = leadspc;
	w->state = ST_HEADERS;
	w->headers = g_string_sized_new(2048);
	w->fd = -1;
	return w;
}

/* Drops the temporary file, if any; the writer is unusable afterwards. */
static void
writer_discard(DmSpoolWriter *w)
{
	if (w->fd >= 0) {
		close(w->fd);
		w->fd = -1;
	}
	if (w->tmp_path != NULL && w->state != ST_COMMITTED)
		(void)unlink(w->tmp_path);
	if (w->state != ST_COMMITTED)
		w->state = ST_FAILED;
}

void
dm_spool_writer_free(DmSpoolWriter *w)
{
	if (w == NULL)
		return;
	writer_discard(w);
	g_string_free(w->headers, TRUE);
	g_free(w->spool_dir);
	g_free(w->name);
	g_free(w->tmp_path);
	g_free(w);
}

void
dm_spool_rebuild_header(GString *out, const char *name, const char *value,
                        gboolean leadspc)
{
	g_string_append(out, name);
	g_string_append_c(out, ':');
	if (!leadspc)
		g_string_append_c(out, ' ');
	/* MTAs hand folded values over with bare LF between the lines; the message on the
	 * wire (and in the spool) has CRLF. */
	for (const char *p = value; *p != '\0'; p++) {
		if (*p == '\n' && (p == value || p[-1] != '\r'))
			g_string_append_c(out, '\r');
		g_string_append_c(out, *p);
	}
	g_string_append(out, "\r\n");
}

static gboolean
fail(DmSpoolWriter *w, GError **error, int code, const char *fmt, ...) G_GNUC_PRINTF(4, 5);

static gboolean
fail(DmSpoolWriter *w, GError **error, int code, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	writer_discard(w);
	g_set_error_literal(error, DM_SPOOL_WRITER_ERROR, code, msg);
	return FALSE;
}

static gboolean
over_cap(const DmSpoolWriter *w, gsize more)
{
	return w->max_size != 0 && (more > w->max_size || w->size > w->max_size - more);
}

gboolean
dm_spool_writer_add_header(DmSpoolWriter *w, const char *name, const char *value,
                           GError **error)
{
	gsize before;

	g_return_val_if_fail(w != NULL && name != NULL && value != NULL, FALSE);
	if (w->state != ST_HEADERS)
		return fail(w, error, DM_SPOOL_WRITER_ERROR_STATE, "header after end of headers");
	before = w->headers->len;
	dm_spool_rebuild_header(w->headers, name, value, w->leadspc);
	if (over_cap(w, w->headers->len - before))
		return fail(w, error, DM_SPOOL_WRITER_ERROR_TOO_BIG,
		            "headers exceed the size cap of %" G_GSIZE_FORMAT " bytes",
		            w->max_size);
	if (w->headers->len > HEADERS_MAX)
		return fail(w, error, DM_SPOOL_WRITER_ERROR_TOO_BIG,
		            "header block exceeds %d bytes", HEADERS_MAX);
	w->size += w->headers->len - before;
	if (g_ascii_strcasecmp(name, "Message-ID") == 0)
		w->has_message_id = TRUE;
	return TRUE;
}

gboolean
dm_spool_writer_has_message_id(const DmSpoolWriter *w)
{
	g_return_val_if_fail(w != NULL, FALSE);
	return w->has_message_id;
}

/* Writes all of @data, resuming short writes; FALSE with errno set otherwise. */
static gboolean
write_all(int fd, const void *data, gsize len)
{
	const guint8 *p = data;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return FALSE;
		}
		if (n == 0) {
			errno = EIO;
			return FALSE;
		}
		p += n;
		len -= (gsize)n;
	}
	return TRUE;
}

static char *
unique_name(void)
{
	static gint counter;
	/* Time, pid, a per-process counter and randomness: unique across restarts, processes
	 * and threads; O_EXCL catches the impossible rest.  The pid also tells the start-up
	 * sweep whose copy it is (dm_spool_writer_name_pid). */
	return g_strdup_printf("%" G_GINT64_FORMAT ".%ld.%u.%08x.eml", g_get_real_time(),
	                       (long)getpid(), (guint)g_atomic_int_add(&counter, 1),
	                       g_random_int());
}

long
dm_spool_writer_name_pid(const char *name)
{
	g_return_val_if_fail(name != NULL, 0);
	/* <time>.<pid>.<counter>.<random>.eml, as unique_name() writes it, nothing else. */
	g_auto(GStrv) part = g_strsplit(name, ".", 0);
	if (g_strv_length(part) != 5 || strcmp(part[4], "eml") != 0)
		return 0;
	guint64 pid = 0;
	for (int i = 0; i < 3; i++) {
		guint64 v;
		if (!g_ascii_string_to_unsigned(part[i], 10, 0, G_MAXINT64, &v, NULL))
			return 0;
		if (i == 1)
			pid = v;
	}
	guint64 random;
	if (strlen(part[3]) != 8 || !g_ascii_string_to_unsigned(part[3], 16, 0, G_MAXUINT32,
	                                                        &random, NULL))
		return 0;
	return pid > 0 && pid <= G_MAXINT32 ? (long) pid : 0;
}

gboolean
dm_spool_writer_begin(DmSpoolWriter *w, const DmEnvelope *env, GError **error)
{
	g_autoptr(GString) block = NULL;
	int saved;

	g_return_val_if_fail(w != NULL && env != NULL, FALSE);
	if (w->state != ST_HEADERS)
		return fail(w, error, DM_SPOOL_WRITER_ERROR_STATE, "spool copy already begun or failed");
	if (over_cap(w, 2))
		return fail(w, error, DM_SPOOL_WRITER_ERROR_TOO_BIG,
		            "headers exceed the size cap of %" G_GSIZE_FORMAT " bytes", w->max_size);

	w->name = unique_name();
	w->tmp_path = g_build_filename(w->spool_dir, "tmp", w->name, NULL);
	w->fd = open(w->tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0640);
	if (w->fd < 0) {
		saved = errno;
		g_clear_pointer(&w->tmp_path, g_free);   /* not ours: never unlink it */
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot create %s/tmp/%s: %s",
		            w->spool_dir, w->name, g_strerror(saved));
	}

	block = g_string_sized_new(w->headers->len + 1024);
	dm_envelope_write(env, block);
	g_string_append_len(block, w->headers->str, (gssize)w->headers->len);
	g_string_append(block, "\r\n");
	w->size += 2;
	if (!write_all(w->fd, block->str, block->len)) {
		saved = errno;
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot write %s: %s",
		            w->tmp_path, g_strerror(saved));
	}
	g_string_truncate(w->headers, 0);
	w->state = ST_BODY;
	return TRUE;
}

gboolean
dm_spool_writer_body(DmSpoolWriter *w, const guint8 *data, gsize len, GError **error)
{
	int saved;

	g_return_val_if_fail(w != NULL && (data != NULL || len == 0), FALSE);
	if (w->state != ST_BODY)
		return fail(w, error, DM_SPOOL_WRITER_ERROR_STATE, "body outside of a begun copy");
	if (over_cap(w, len))
		return fail(w, error, DM_SPOOL_WRITER_ERROR_TOO_BIG,
		            "message exceeds the size cap of %" G_GSIZE_FORMAT " bytes", w->max_size);
	if (!write_all(w->fd, data, len)) {
		saved = errno;
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot write %s: %s",
		            w->tmp_path, g_strerror(saved));
	}
	w->size += len;
	return TRUE;
}

static gboolean
fsync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	gboolean ok;
	int saved;

	if (fd < 0)
		return FALSE;
	ok = fsync(fd) == 0;
	saved = errno;
	close(fd);
	errno = saved;
	return ok;
}

gboolean
dm_spool_writer_commit(DmSpoolWriter *w, char **path_out, GError **error)
{
	g_autofree char *new_dir = NULL;
	g_autofree char *new_path = NULL;
	int saved, fd;

	g_return_val_if_fail(w != NULL, FALSE);
	if (w->state != ST_BODY)
		return fail(w, error, DM_SPOOL_WRITER_ERROR_STATE, "commit without a begun copy");

	if (fsync(w->fd) != 0) {
		saved = errno;
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot fsync %s: %s",
		            w->tmp_path, g_strerror(saved));
	}
	fd = w->fd;
	w->fd = -1;
	if (close(fd) != 0) {
		saved = errno;
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot close %s: %s",
		            w->tmp_path, g_strerror(saved));
	}
	new_dir = g_build_filename(w->spool_dir, "new", NULL);
	new_path = g_build_filename(new_dir, w->name, NULL);
	if (rename(w->tmp_path, new_path) != 0) {
		saved = errno;
		return fail(w, error, DM_SPOOL_WRITER_ERROR_IO, "cannot rename %s to %s: %s",
		            w->tmp_path, new_path, g_strerror(saved));
	}
	w->state = ST_COMMITTED;
	/* The file is complete in new/; only the directory entry's durability is left.  If
	 * that fsync fails the file may still be read, so report without unlinking. */
	if (path_out != NULL)
		*path_out = g_strdup(new_path);
	if (!fsync_dir(new_dir)) {
		saved = errno;
		g_set_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_IO,
		            "cannot fsync %s: %s", new_dir, g_strerror(saved));
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_spool_writer_is_committed(const DmSpoolWriter *w)
{
	g_return_val_if_fail(w != NULL, FALSE);
	return w->state == ST_COMMITTED;
}

const char *
dm_spool_writer_tmp_path(const DmSpoolWriter *w)
{
	g_return_val_if_fail(w != NULL, NULL);
	return w->state == ST_BODY ? w->tmp_path : NULL;
}

gsize
dm_spool_writer_size(const DmSpoolWriter *w)
{
	g_return_val_if_fail(w != NULL, 0);
	return w->size;
}
