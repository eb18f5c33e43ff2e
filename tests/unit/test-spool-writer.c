/* test-spool-writer: the milter's spool writer — header rebuild, the tmp → new life cycle,
 * the size cap, and failures (missing directory, a write that runs out of room). */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "common/dm-spool.h"
#include "milter/dm-spool-writer.h"
#include "milter/dm-tmp-sweep.h"
#include "test-util.h"

/* ---- captured log (the tmp sweep's lines are part of what it does) ---- */

static GPtrArray *log_lines;

static GLogWriterOutput
capture_writer(GLogLevelFlags level, const GLogField *fields, gsize n, gpointer data)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(fields[i].key, "MESSAGE") == 0)
			g_ptr_array_add(log_lines, g_strdup_printf("%s%s",
			                (level & G_LOG_LEVEL_WARNING) ? "warning: " : "",
			                (const char *)fields[i].value));
	return G_LOG_WRITER_HANDLED;
}

static guint
count_logged(const char *needle)
{
	guint n = 0;

	for (guint i = 0; i < log_lines->len; i++)
		if (strstr(g_ptr_array_index(log_lines, i), needle) != NULL)
			n++;
	return n;
}

/* Bytes of heap in use, from the allocator that is really in charge: glibc's, or ASan's
 * under SAN=1 (where mallinfo2 says nothing).  GCC ships no header for the ASan call. */
#if defined(__SANITIZE_ADDRESS__)
size_t __sanitizer_get_current_allocated_bytes(void);
static gsize
heap_in_use(void)
{
	return __sanitizer_get_current_allocated_bytes();
}
#else
static gsize
heap_in_use(void)
{
	struct mallinfo2 mi = mallinfo2();
	return mi.uordblks + mi.hblkhd;      /* arena chunks plus mmap()ed blocks */
}
#endif

typedef struct {
	const char *name;
	const char *hname;
	const char *value;
	gboolean leadspc;
	const char *expect;
} RebuildCase;

static const RebuildCase rebuild_cases[] = {
	{ "leadspc", "Subject", " Factuur 2024-001", TRUE, "Subject: Factuur 2024-001\r\n" },
	{ "no space after colon", "Subject", "Factuur", TRUE, "Subject:Factuur\r\n" },
	{ "two spaces kept", "Subject", "  x", TRUE, "Subject:  x\r\n" },
	{ "without leadspc one space is put back", "Subject", "Factuur", FALSE,
	  "Subject: Factuur\r\n" },
	{ "folded with bare LF", "Received", " from a\n\tby b\n\tfor c", TRUE,
	  "Received: from a\r\n\tby b\r\n\tfor c\r\n" },
	{ "folded with CRLF kept", "Received", " from a\r\n by b", TRUE,
	  "Received: from a\r\n by b\r\n" },
	{ "8-bit bytes pass", "Subject", " Fa\xc3\xa7tuur \xff\xfe", TRUE,
	  "Subject: Fa\xc3\xa7tuur \xff\xfe\r\n" },
	{ "empty value", "X-Empty", "", TRUE, "X-Empty:\r\n" },
	{ "leading LF", "X-Odd", "\n\tnext", TRUE, "X-Odd:\r\n\tnext\r\n" },
};

static void
test_rebuild(gconstpointer data)
{
	const RebuildCase *tc = data;
	g_autoptr(GString) out = g_string_new("");

	dm_spool_rebuild_header(out, tc->hname, tc->value, tc->leadspc);
	g_assert_cmpmem(out->str, out->len, tc->expect, strlen(tc->expect));
}

typedef struct {
	char *root;
} Spool;

static void
spool_setup(Spool *s, gconstpointer data)
{
	g_autoptr(GError) error = NULL;

	s->root = g_dir_make_tmp("dm-spool-writer-XXXXXX", &error);
	g_assert_no_error(error);
	g_assert_true(dm_spool_ensure_dirs(s->root, &error));
	g_assert_no_error(error);
}

static void
spool_teardown(Spool *s, gconstpointer data)
{
	dm_test_rm_rf(s->root);
	g_free(s->root);
}

static guint
count_files(const char *root, const char *sub)
{
	g_autofree char *path = g_build_filename(root, sub, NULL);
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	guint n = 0;

	g_assert_nonnull(dir);
	while (g_dir_read_name(dir) != NULL)
		n++;
	return n;
}

static DmEnvelope *
sample_envelope(void)
{
	DmEnvelope *env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = g_strdup("billing@example.nl");
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	env->client_addr = g_strdup("127.0.0.1");
	env->client_name = g_strdup("localhost");
	env->queue_id = g_strdup("4ABCD123");
	env->reason = g_strdup("outgoing: test");
	return env;
}

static void
test_life_cycle(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(DmEnvelope) parsed = NULL;
	g_autoptr(GError) error = NULL;
	g_autofree char *path = NULL;
	g_autofree char *contents = NULL;
	g_autofree char *tmp = NULL;
	const char body1[] = "Beste klant,\r\n\r\n";
	const char body2[] = "Hierbij factuur 2024-001.\r\n";
	const char expect[] = "From: Billing <billing@example.nl>\r\n"
	                      "Subject:Factuur\r\n"
	                      "X-Folded: a\r\n\tb\r\n"
	                      "\r\n"
	                      "Beste klant,\r\n\r\nHierbij factuur 2024-001.\r\n";
	gsize len, offset;
	struct stat st;

	umask(022);
	g_assert_true(dm_spool_writer_add_header(w, "From", " Billing <billing@example.nl>", &error));
	g_assert_true(dm_spool_writer_add_header(w, "Subject", "Factuur", &error));
	g_assert_true(dm_spool_writer_add_header(w, "X-Folded", " a\n\tb", &error));
	g_assert_false(dm_spool_writer_has_message_id(w));
	/* Nothing on disk until the message is known to matter and its headers are in. */
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
	g_assert_null(dm_spool_writer_tmp_path(w));

	g_assert_true(dm_spool_writer_begin(w, env, &error));
	g_assert_no_error(error);
	tmp = g_strdup(dm_spool_writer_tmp_path(w));
	g_assert_nonnull(tmp);
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 1);
	g_assert_cmpint(stat(tmp, &st), ==, 0);
	g_assert_cmpint(st.st_mode & 0777, ==, 0640);

	g_assert_true(dm_spool_writer_body(w, (const guint8 *)body1, strlen(body1), &error));
	g_assert_true(dm_spool_writer_body(w, (const guint8 *)body2, strlen(body2), &error));
	g_assert_false(dm_spool_writer_is_committed(w));
	g_assert_true(dm_spool_writer_commit(w, &path, &error));
	g_assert_no_error(error);
	g_assert_true(dm_spool_writer_is_committed(w));
	g_assert_cmpuint(dm_spool_writer_size(w), ==, strlen(expect));

	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(s->root, "new"), ==, 1);
	g_assert_false(g_file_test(tmp, G_FILE_TEST_EXISTS));
	g_assert_true(g_str_has_prefix(path, s->root));
	g_assert_true(g_str_has_suffix(path, ".eml"));

	g_assert_true(g_file_get_contents(path, &contents, &len, &error));
	g_assert_true(dm_envelope_parse(contents, len, &parsed, &offset, &error));
	g_assert_no_error(error);
	g_assert_cmpmem(contents + offset, len - offset, expect, strlen(expect));
	g_assert_cmpint(parsed->direction, ==, DM_DIRECTION_OUTGOING);
	g_assert_cmpstr(parsed->mail_from, ==, "billing@example.nl");
	g_assert_cmpstr(parsed->queue_id, ==, "4ABCD123");

	/* Freeing a committed writer leaves the file alone. */
	g_clear_pointer(&w, dm_spool_writer_free);
	g_assert_cmpuint(count_files(s->root, "new"), ==, 1);
}

static void
test_free_unlinks(Spool *s, gconstpointer data)
{
	DmSpoolWriter *w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(GError) error = NULL;

	g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", &error));
	g_assert_true(dm_spool_writer_begin(w, env, &error));
	g_assert_true(dm_spool_writer_body(w, (const guint8 *)"part", 4, &error));
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 1);
	dm_spool_writer_free(w);                 /* abort mid-body */
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(s->root, "new"), ==, 0);
}

static void
test_cap_headers(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 40, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(GError) error = NULL;

	g_assert_true(dm_spool_writer_add_header(w, "Subject", " short", &error));
	g_assert_false(dm_spool_writer_add_header(w, "X-Long", " 0123456789012345678901234567890",
	                                          &error));
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_TOO_BIG);
	g_clear_error(&error);
	/* A failed writer stays failed. */
	g_assert_false(dm_spool_writer_begin(w, env, &error));
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_STATE);
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
}

static void
test_cap_body(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 100, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(GError) error = NULL;
	guint8 chunk[30];

	memset(chunk, 'a', sizeof chunk);
	g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", &error)); /* 12 bytes */
	g_assert_true(dm_spool_writer_begin(w, env, &error));                 /* +2 */
	g_assert_true(dm_spool_writer_body(w, chunk, sizeof chunk, &error));  /* 44 */
	g_assert_true(dm_spool_writer_body(w, chunk, sizeof chunk, &error));  /* 74 */
	g_assert_cmpuint(dm_spool_writer_size(w), ==, 74);
	g_assert_false(dm_spool_writer_body(w, chunk, sizeof chunk, &error)); /* 104 > 100 */
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_TOO_BIG);
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
	g_clear_error(&error);
	g_assert_false(dm_spool_writer_commit(w, NULL, &error));
	g_assert_cmpuint(count_files(s->root, "new"), ==, 0);
}

static void
test_cap_exact(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 44, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(GError) error = NULL;
	guint8 chunk[30];

	memset(chunk, 'a', sizeof chunk);
	g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", &error));
	g_assert_true(dm_spool_writer_begin(w, env, &error));
	g_assert_true(dm_spool_writer_body(w, chunk, sizeof chunk, &error)); /* exactly 44 */
	g_assert_true(dm_spool_writer_commit(w, NULL, &error));
	g_assert_no_error(error);
	g_assert_cmpuint(count_files(s->root, "new"), ==, 1);
}

static void
test_header_block_bound(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);   /* no size cap */
	g_autoptr(GError) error = NULL;
	g_autofree char *value = g_strnfill(1000, 'h');
	guint i;

	/* Headers sit in memory until end of headers: even without a size cap, a hostile
	 * header block must stop somewhere (1 MiB). */
	for (i = 0; i < 2000; i++)
		if (!dm_spool_writer_add_header(w, "X-Filler", value, &error))
			break;
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_TOO_BIG);
	g_assert_cmpuint(i, >, 1000);
	g_assert_cmpuint(i, <, 1100);
}

typedef struct {
	const char *name;
	gboolean is_message_id;
} MessageIdCase;

static const MessageIdCase message_id_cases[] = {
	{ "Message-ID", TRUE },
	{ "Message-Id", TRUE },
	{ "message-id", TRUE },
	{ "MESSAGE-ID", TRUE },
	{ "Resent-Message-ID", FALSE },
	{ "X-Message-ID", FALSE },
	{ "Message-ID-Extra", FALSE },
	{ "Message", FALSE },
	{ "In-Reply-To", FALSE },
	{ "", FALSE },
};

/* The writer remembers only whether a Message-ID field went by, in any case. */
static void
test_message_id_seen(Spool *s, gconstpointer data)
{
	for (gsize i = 0; i < G_N_ELEMENTS(message_id_cases); i++) {
		const MessageIdCase *tc = &message_id_cases[i];
		g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
		g_autoptr(GError) error = NULL;

		g_test_message("header name \"%s\"", tc->name);
		g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", &error));
		g_assert_false(dm_spool_writer_has_message_id(w));
		g_assert_true(dm_spool_writer_add_header(w, tc->name, " <a@b>", &error));
		g_assert_true(dm_spool_writer_add_header(w, "To", " y@z", &error));
		g_assert_cmpint(dm_spool_writer_has_message_id(w), ==, tc->is_message_id);
	}
}

/* 262,144 empty "X:" fields fill the 1 MiB header block exactly.  The block itself may
 * cost its buffer (a GString rounds up to 2 MiB); nothing may be kept per field, which
 * at a few dozen bytes of allocator overhead each would be 8 MiB or more per message. */
static void
test_many_tiny_headers_memory(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(GError) error = NULL;
	const guint n = 1024 * 1024 / 4;         /* "X:\r\n" is 4 bytes */
	gsize before, after;

	before = heap_in_use();
	for (guint i = 0; i < n; i++)
		if (!dm_spool_writer_add_header(w, "X", "", &error))
			break;
	g_assert_no_error(error);
	after = heap_in_use();
	g_test_message("%u headers: heap grew by %" G_GSIZE_FORMAT " bytes", n, after - before);
	g_assert_cmpuint(after, >=, before);
	g_assert_cmpuint(after - before, <, 3 * 1024 * 1024);
	/* One more byte crosses the bound. */
	g_assert_false(dm_spool_writer_add_header(w, "X", "", &error));
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_TOO_BIG);
}

/* ---- the start-up sweep of tmp/ ---- */

typedef enum { ENTRY_FILE, ENTRY_DIR, ENTRY_SYMLINK } EntryKind;

typedef struct {
	const char *name;
	EntryKind kind;
	gint64 age;              /* seconds since last modification */
	gboolean removed;
} SweepCase;

static const SweepCase sweep_cases[] = {
	{ "1700000000.123.0.0badf00d.eml", ENTRY_FILE, 2 * 3600, TRUE },
	{ "any name at all", ENTRY_FILE, 25 * 3600, TRUE },
	{ "just-over.eml", ENTRY_FILE, 3601, TRUE },
	{ "exactly-an-hour.eml", ENTRY_FILE, 3600, FALSE },
	{ "young.eml", ENTRY_FILE, 10 * 60, FALSE },
	{ "being-written.eml", ENTRY_FILE, 0, FALSE },
	{ "old-directory", ENTRY_DIR, 2 * 3600, FALSE },
	{ "old-link.eml", ENTRY_SYMLINK, 2 * 3600, FALSE },
};

static void
set_mtime(const char *path, gint64 when)
{
	struct timespec times[2] = { { .tv_sec = (time_t)when }, { .tv_sec = (time_t)when } };

	g_assert_cmpint(utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW), ==, 0);
}

/* Stale regular files go, each with a log line; young files (another milter's work in
 * progress), directories and symbolic links stay; the link's target is not touched. */
static void
test_sweep_tmp(Spool *s, gconstpointer data)
{
	g_autofree char *outside = g_build_filename(s->root, "new", "target.eml", NULL);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	guint expect_removed = 0;

	g_assert_true(g_file_set_contents(outside, "keep me", -1, NULL));
	set_mtime(outside, now - 5 * 3600);
	for (gsize i = 0; i < G_N_ELEMENTS(sweep_cases); i++) {
		const SweepCase *tc = &sweep_cases[i];
		g_autofree char *path = g_build_filename(s->root, "tmp", tc->name, NULL);

		switch (tc->kind) {
		case ENTRY_FILE:
			g_assert_true(g_file_set_contents(path, "X-Dunmail-Spool: 1\n", -1, NULL));
			break;
		case ENTRY_DIR:
			g_assert_cmpint(g_mkdir(path, 0750), ==, 0);
			break;
		case ENTRY_SYMLINK:
			g_assert_cmpint(symlink(outside, path), ==, 0);
			break;
		}
		set_mtime(path, now - tc->age);
		if (tc->removed)
			expect_removed++;
	}
	g_ptr_array_set_size(log_lines, 0);

	g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, expect_removed);

	for (gsize i = 0; i < G_N_ELEMENTS(sweep_cases); i++) {
		const SweepCase *tc = &sweep_cases[i];
		g_autofree char *path = g_build_filename(s->root, "tmp", tc->name, NULL);
		g_autofree char *line = g_strdup_printf("tmp sweep: removed %s/tmp/%s (", s->root,
		                                        tc->name);
		struct stat st;

		g_test_message("entry \"%s\"", tc->name);
		g_assert_cmpint(lstat(path, &st) == 0, ==, !tc->removed);
		g_assert_cmpuint(count_logged(line), ==, tc->removed ? 1 : 0);
	}
	g_assert_true(g_file_test(outside, G_FILE_TEST_IS_REGULAR));
	g_assert_cmpuint(log_lines->len, ==, expect_removed);
	g_assert_cmpuint(count_logged("warning: "), ==, 0);
	g_assert_cmpuint(count_logged("(19 bytes, last written 120 minutes ago): left by a "
	                              "milter that stopped mid-message"), ==, 1);

	/* A second run finds nothing more to do. */
	g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, 0);
}

/* (transfer full) the path of writer @w's copy in progress linked again under the name a
 * process now gone (a child, forked and reaped here) would have written it with; *@pid
 * gets that process. */
static char *
link_as_gone(Spool *s, DmSpoolWriter *w, gint64 now, long *pid)
{
	pid_t child = fork();
	g_assert_cmpint(child, >=, 0);
	if (child == 0)
		_exit(0);
	g_assert_cmpint(waitpid(child, NULL, 0), ==, child);
	*pid = (long)child;
	g_autofree char *name = g_strdup_printf("%" G_GINT64_FORMAT ".%ld.7.0badf00d.eml", now,
	                                        *pid);
	char *gone = g_build_filename(s->root, "tmp", name, NULL);
	g_assert_cmpint(link(dm_spool_writer_tmp_path(w), gone), ==, 0);
	g_assert_cmpint(dm_spool_writer_name_pid(name), ==, *pid);
	return gone;
}

/* A copy whose writer process is gone goes at once, however young, and its message is
 * named as missed; a copy of a living process (this one; pid 1) or under a name the
 * writer never makes waits for the hour. */
static void
test_sweep_tmp_writer_gone(Spool *s, gconstpointer data)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;

	/* A real copy in progress, written by this process ... */
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", NULL));
	g_assert_true(dm_spool_writer_begin(w, env, NULL));
	g_autofree char *ours = g_path_get_basename(dm_spool_writer_tmp_path(w));
	g_assert_cmpint(dm_spool_writer_name_pid(ours), ==, (long)getpid());
	/* ... and the same bytes as if a child, now gone, had written them. */
	long child;
	g_autofree char *gone = link_as_gone(s, w, now, &child);
	const char *living[] = { "1700000000.1.0.0badf00d.eml",     /* init: always there */
	                         "1700000000.x.0.0badf00d.eml",     /* not the writer's names */
	                         "1700000000.99999999999.0.0badf00d.eml",
	                         "1700000000.123.0.badf00d.eml",
	                         "1700000000.123.0.0badf00d.txt" };
	for (gsize i = 0; i < G_N_ELEMENTS(living); i++) {
		g_autofree char *path = g_build_filename(s->root, "tmp", living[i], NULL);
		g_assert_true(g_file_set_contents(path, "X-Dunmail-Spool: 1\n", -1, NULL));
		if (i > 0)
			g_assert_cmpint(dm_spool_writer_name_pid(living[i]), ==, 0);
	}
	g_ptr_array_set_size(log_lines, 0);

	g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, 1);

	g_assert_false(g_file_test(gone, G_FILE_TEST_EXISTS));
	g_assert_true(g_file_test(dm_spool_writer_tmp_path(w), G_FILE_TEST_IS_REGULAR));
	g_assert_cmpuint(count_files(s->root, "tmp"), ==, 1 + G_N_ELEMENTS(living));
	g_autofree char *why = g_strdup_printf("left by a milter that stopped mid-message "
	                                       "(its writer, process %ld, is gone)", child);
	g_assert_cmpuint(count_logged(why), ==, 1);
	g_assert_cmpuint(count_files(s->root, "missed"), ==, 1);
	g_assert_true(dm_spool_writer_commit(w, NULL, NULL));    /* ours was untouched */
}

/* A stale copy is named as missed however large its envelope: 1,000 recipients of 90
 * bytes each (the writer's limits allow them) put it far past the first 64 KiB. */
static void
test_sweep_tmp_big_envelope(Spool *s, gconstpointer data)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	for (int i = 0; i < 999; i++)
		g_ptr_array_add(env->rcpt_to, g_strdup_printf("%076d@debtor.example", i));
	g_assert_true(dm_spool_writer_add_header(w, "Subject", " x", NULL));
	g_assert_true(dm_spool_writer_begin(w, env, NULL));
	long child;
	g_autofree char *gone = link_as_gone(s, w, now, &child);
	struct stat st;
	g_assert_cmpint(stat(gone, &st), ==, 0);
	g_assert_cmpint(st.st_size, >, 64 * 1024);

	g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, 1);
	g_assert_false(g_file_test(gone, G_FILE_TEST_EXISTS));
	g_assert_cmpuint(count_files(s->root, "missed"), ==, 1);
}

/* No readable tmp/ is a warning, not an error: the milter starts all the same. */
static void
test_sweep_tmp_missing(Spool *s, gconstpointer data)
{
	g_autofree char *tmp = g_build_filename(s->root, "tmp", NULL);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;

	g_assert_cmpint(g_rmdir(tmp), ==, 0);
	g_ptr_array_set_size(log_lines, 0);
	g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, 0);
	g_assert_cmpuint(count_logged("warning: tmp sweep: cannot read "), ==, 1);

	/* tmp/ replaced by a symbolic link to a directory of old files: not followed. */
	g_assert_cmpint(symlink("new", tmp), ==, 0);
	{
		g_autofree char *victim = g_build_filename(s->root, "new", "old.eml", NULL);
		g_assert_true(g_file_set_contents(victim, "x", -1, NULL));
		set_mtime(victim, now - 5 * 3600);
		g_assert_cmpuint(dm_tmp_sweep(s->root, now, DM_TMP_STALE_SECONDS), ==, 0);
		g_assert_true(g_file_test(victim, G_FILE_TEST_IS_REGULAR));
	}
	g_assert_cmpuint(count_logged("warning: tmp sweep: cannot read "), ==, 2);
	g_assert_cmpint(g_remove(tmp), ==, 0);     /* so that teardown does not follow it */
}

static void
test_missing_tmp(Spool *s, gconstpointer data)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
	g_autoptr(DmEnvelope) env = sample_envelope();
	g_autoptr(GError) error = NULL;
	g_autofree char *tmp = g_build_filename(s->root, "tmp", NULL);

	/* tmp/ replaced by a file: creating the copy must fail cleanly. */
	g_assert_cmpint(g_rmdir(tmp), ==, 0);
	g_assert_true(g_file_set_contents(tmp, "", 0, NULL));
	g_assert_false(dm_spool_writer_begin(w, env, &error));
	g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_IO);
	g_assert_nonnull(strstr(error->message, "cannot create"));
	g_assert_true(g_file_test(tmp, G_FILE_TEST_IS_REGULAR));   /* never unlinked */
}

/* A file size limit makes write() first return short, then fail with EFBIG: the writer
 * must resume the short write, then report the failure and remove its file, the way it
 * would for ENOSPC.  Runs in a child because the limit is process-wide. */
static void
test_short_write(Spool *s, gconstpointer data)
{
	if (g_test_subprocess()) {
		g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(s->root, 0, TRUE);
		g_autoptr(DmEnvelope) env = sample_envelope();
		g_autoptr(GError) error = NULL;
		struct rlimit rl = { 4096, 4096 };
		guint8 chunk[3000];

		memset(chunk, 'b', sizeof chunk);
		signal(SIGXFSZ, SIG_IGN);
		g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &rl), ==, 0);
		g_assert_true(dm_spool_writer_begin(w, env, &error));
		g_assert_true(dm_spool_writer_body(w, chunk, sizeof chunk, &error));
		g_assert_false(dm_spool_writer_body(w, chunk, sizeof chunk, &error));
		g_assert_error(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_IO);
		g_assert_nonnull(strstr(error->message, g_strerror(EFBIG)));
		g_assert_cmpuint(count_files(s->root, "tmp"), ==, 0);
		g_assert_cmpuint(count_files(s->root, "new"), ==, 0);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
	g_test_trap_assert_passed();
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	log_lines = g_ptr_array_new_with_free_func(g_free);
	g_log_set_writer_func(capture_writer, NULL, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(rebuild_cases); i++) {
		g_autofree char *path = g_strdup_printf("/spool-writer/rebuild/%s",
		                                        rebuild_cases[i].name);
		g_test_add_data_func(path, &rebuild_cases[i], test_rebuild);
	}
#define ADD(path, fn) g_test_add(path, Spool, NULL, spool_setup, fn, spool_teardown)
	ADD("/spool-writer/life-cycle", test_life_cycle);
	ADD("/spool-writer/free-unlinks", test_free_unlinks);
	ADD("/spool-writer/cap-headers", test_cap_headers);
	ADD("/spool-writer/cap-body", test_cap_body);
	ADD("/spool-writer/cap-exact", test_cap_exact);
	ADD("/spool-writer/header-block-bound", test_header_block_bound);
	ADD("/spool-writer/message-id-seen", test_message_id_seen);
	ADD("/spool-writer/many-tiny-headers-memory", test_many_tiny_headers_memory);
	ADD("/spool-writer/missing-tmp", test_missing_tmp);
	ADD("/spool-writer/short-write", test_short_write);
	ADD("/spool-writer/sweep-tmp", test_sweep_tmp);
	ADD("/spool-writer/sweep-tmp-missing", test_sweep_tmp_missing);
	ADD("/spool-writer/sweep-tmp-writer-gone", test_sweep_tmp_writer_gone);
	ADD("/spool-writer/sweep-tmp-big-envelope", test_sweep_tmp_big_envelope);
	return g_test_run();
}
