/* test-spool-writer: the milter's spool writer — header rebuild, the tmp → new life cycle,
 * the size cap, and failures (missing directory, a write that runs out of room). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "common/dm-spool.h"
#include "milter/dm-spool-writer.h"

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
remove_tree(const char *path)
{
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	const char *name;

	if (dir == NULL) {
		g_remove(path);
		return;
	}
	while ((name = g_dir_read_name(dir)) != NULL) {
		g_autofree char *child = g_build_filename(path, name, NULL);
		remove_tree(child);
	}
	g_rmdir(path);
}

static void
spool_teardown(Spool *s, gconstpointer data)
{
	remove_tree(s->root);
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
	g_assert_true(dm_spool_writer_has_header(w, "subject"));
	g_assert_false(dm_spool_writer_has_header(w, "Message-ID"));
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
	ADD("/spool-writer/missing-tmp", test_missing_tmp);
	ADD("/spool-writer/short-write", test_short_write);
	return g_test_run();
}
