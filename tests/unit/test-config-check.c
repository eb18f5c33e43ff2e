/* test-config-check: each finding of `dunmail check-config` (src/common/config_check.c,
 * mta_check.c, src/dunning/send/send_check.c) on a set-up the test makes — a
 * duplicate key, a sample value, a missing or open directory, a socket the MTA cannot
 * reach, an authserv_id without a DMARC milter, an SMTP server that answers, refuses,
 * says no or stays silent, a missing or broken template — and the clean case of each. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>

#include "common/dm-config-check.h"
#include "dunning/send/dm-send-check.h"
#include "common/dm-mta-check.h"
#include "dunning/template/dm-template.h"
#include "test-util.h"

static char *tmpdir;

static char *
write_file(const char *name, const char *text)
{
	char *path = g_build_filename(tmpdir, name, NULL);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

/* The findings as one text, a line each, for assertions. */
static char *
findings_text(GPtrArray *findings)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < findings->len; i++) {
		g_autofree char *line = dm_finding_format(findings->pdata[i]);
		g_string_append_printf(s, "%s\n", line);
	}
	return g_string_free(s, FALSE);
}

static DmConfig *
config_with(const char *extra_mail)
{
	g_autofree char *text = g_strdup_printf(
		"[mail]\nbilling_addresses = billing@acme.test\nowner = owner@acme.test\n%s",
		extra_mail ? extra_mail : "");
	g_autofree char *path = write_file("base.conf", text);
	g_autoptr(GError) err = NULL;
	DmConfig *c = dm_config_load(path, &err);
	g_assert_no_error(err);
	return c;
}

static void
test_duplicates(void)
{
	g_autofree char *path = write_file("dup.conf",
		"[mail]\nbilling_addresses = billing@acme.test\nowner = a@acme.test\n"
		"[dunning]\nlanguage = nl\n"
		"# the same key name in another section is no duplicate\n"
		"[milter]\nuser = dunmail\n"
		"[mail]\n  owner=b@acme.test\n");
	g_autoptr(GPtrArray) f = dm_findings_new();
	g_assert_true(dm_config_find_duplicates(path, f, NULL));
	g_autofree char *text = findings_text(f);
	g_assert_cmpuint(f->len, ==, 1);
	g_assert_nonnull(strstr(text, "error: "));
	g_assert_nonnull(strstr(text, "dup.conf:10: [mail] owner given twice (first at line 3)"));

	/* Every start refuses it too, naming the line. */
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_null(c);
	g_assert_error(err, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID);
	g_assert_nonnull(strstr(err->message, "dup.conf:10: [mail] owner given twice"));

	g_autoptr(GPtrArray) none = dm_findings_new();
	g_autofree char *clean = write_file("clean.conf", "[mail]\nowner = a@acme.test\n"
	                                    "[milter]\nowner_like = 1\n");
	g_assert_true(dm_config_find_duplicates(clean, none, NULL));
	g_assert_cmpuint(none->len, ==, 0);
	g_assert_false(dm_config_find_duplicates("/nonexistent/dunmail.conf", none, NULL));
}

static void
test_samples(void)
{
	g_autoptr(DmConfig) ours = config_with("authserv_id = mx.acme.test\n");
	g_autoptr(GPtrArray) none = dm_findings_new();
	dm_config_check_samples(ours, none);
	g_assert_cmpuint(none->len, ==, 0);

	g_autofree char *path = write_file("sample.conf",
		"[mail]\nbilling_addresses = facturen@example.nl\nowner = baas@voorbeeld.nl\n"
		"authserv_id = mail.example.nl\n");
	g_autoptr(DmConfig) sample = dm_config_load(path, NULL);
	g_assert_nonnull(sample);
	g_autoptr(GPtrArray) f = dm_findings_new();
	dm_config_check_samples(sample, f);
	g_autofree char *text = findings_text(f);
	g_assert_cmpuint(f->len, ==, 3);
	g_assert_cmpuint(dm_findings_errors(f), ==, 0);
	g_assert_nonnull(strstr(text, "warning: [mail] billing_addresses: 'facturen@example.nl'"));
	g_assert_nonnull(strstr(text, "warning: [mail] owner: 'baas@voorbeeld.nl'"));
	g_assert_nonnull(strstr(text, "[mail] authserv_id"));
}

static void
test_dirs(void)
{
	g_autoptr(DmConfig) c = config_with(NULL);
	g_free(c->spool_dir);
	c->spool_dir = g_build_filename(tmpdir, "spool", NULL);
	g_free(c->database);
	c->database = g_build_filename(tmpdir, "lib", "ledger.sqlite", NULL);

	g_autoptr(GPtrArray) missing = dm_findings_new();
	dm_config_check_dirs(c, missing);
	g_autofree char *text = findings_text(missing);
	g_assert_cmpuint(dm_findings_errors(missing), ==, 2);
	g_assert_nonnull(strstr(text, "spool: No such file or directory; create it"));
	g_assert_nonnull(strstr(text, "lib: No such file or directory"));
	/* The milter's fallback beside the ledger: only a warning, the milter makes it. */
	g_assert_nonnull(strstr(text, "warning: [spool] missed_fallback: "));
	g_assert_nonnull(strstr(text, "lib/missed does not exist"));

	g_autofree char *lib = g_build_filename(tmpdir, "lib", NULL);
	g_autofree char *missed = g_build_filename(lib, "missed", NULL);
	g_assert_cmpint(g_mkdir(c->spool_dir, 0750), ==, 0);
	g_assert_cmpint(g_mkdir(lib, 0750), ==, 0);
	g_assert_cmpint(g_mkdir(missed, 0750), ==, 0);
	g_autoptr(GPtrArray) good = dm_findings_new();
	dm_config_check_dirs(c, good);
	g_assert_cmpuint(good->len, ==, 0);

	g_assert_cmpint(g_chmod(c->spool_dir, 0755), ==, 0);
	g_autoptr(GPtrArray) open_dir = dm_findings_new();
	dm_config_check_dirs(c, open_dir);
	g_autofree char *text2 = findings_text(open_dir);
	g_assert_cmpuint(open_dir->len, ==, 1);
	g_assert_nonnull(strstr(text2, "warning: "));
	g_assert_nonnull(strstr(text2, "mode 0755 lets every user"));
	g_assert_nonnull(strstr(text2, "chmod o-rwx"));

	c->milter_user = g_strdup("no-such-user-dunmail-test");
	g_autoptr(GPtrArray) nouser = dm_findings_new();
	dm_config_check_dirs(c, nouser);
	g_autofree char *text3 = findings_text(nouser);
	g_assert_nonnull(strstr(text3, "error: [milter] user: no user 'no-such-user-dunmail-test'"));
}

static void
test_socket(void)
{
	struct passwd *pw = getpwnam("postfix");
	if (!pw || getuid() != 0) {
		g_test_skip("needs user postfix and root (to make a directory postfix cannot enter)");
		return;
	}
	g_autoptr(DmConfig) c = config_with(NULL);
	g_autofree char *closed = g_build_filename(tmpdir, "closed", NULL);
	g_autofree char *open_dir = g_build_filename(tmpdir, "open", NULL);
	g_assert_cmpint(g_mkdir(closed, 0700), ==, 0);
	g_assert_cmpint(g_mkdir(open_dir, 0750), ==, 0);
	g_assert_cmpint(chown(open_dir, 0, pw->pw_gid), ==, 0);

	g_free(c->milter_socket);
	c->milter_socket = g_strdup_printf("unix:%s/nowhere/milter.sock", tmpdir);
	g_autoptr(GPtrArray) f1 = dm_findings_new();
	dm_config_check_socket(c, "postfix", f1);
	g_autofree char *t1 = findings_text(f1);
	g_assert_nonnull(strstr(t1, "error: [milter] socket: the socket's directory"));

	g_free(c->milter_socket);
	c->milter_socket = g_strdup_printf("unix:%s/milter.sock", closed);
	g_autoptr(GPtrArray) f2 = dm_findings_new();
	dm_config_check_socket(c, "postfix", f2);
	g_autofree char *t2 = findings_text(f2);
	g_assert_nonnull(strstr(t2, "user postfix cannot reach"));
	g_assert_nonnull(strstr(t2, "(mode 0700) stops it"));

	/* Reachable through the group; but the socket's group must be the MTA's too. */
	g_free(c->milter_socket);
	c->milter_socket = g_strdup_printf("unix:%s/milter.sock", open_dir);
	c->milter_socket_group = g_strdup("root");
	g_autoptr(GPtrArray) f3 = dm_findings_new();
	dm_config_check_socket(c, "postfix", f3);
	g_autofree char *t3 = findings_text(f3);
	g_assert_nonnull(strstr(t3, "error: [milter] socket_group: user postfix is not in the "
	                            "socket's group"));

	g_free(c->milter_socket_group);
	c->milter_socket_group = g_strdup("postfix");
	g_autoptr(GPtrArray) f4 = dm_findings_new();
	dm_config_check_socket(c, "postfix", f4);
	g_autofree char *t4 = findings_text(f4);
	g_assert_cmpstr(t4, ==, "");

	/* An inet socket has no directory; an MTA user that does not exist is a warning. */
	g_free(c->milter_socket);
	c->milter_socket = g_strdup("inet:8891@127.0.0.1");
	g_autoptr(GPtrArray) f5 = dm_findings_new();
	dm_config_check_socket(c, "postfix", f5);
	g_assert_cmpuint(f5->len, ==, 0);
	g_free(c->milter_socket);
	c->milter_socket = g_strdup_printf("unix:%s/milter.sock", open_dir);
	g_autoptr(GPtrArray) f6 = dm_findings_new();
	dm_config_check_socket(c, "no-such-mta-user", f6);
	g_assert_cmpuint(f6->len, ==, 1);
	g_assert_cmpuint(dm_findings_errors(f6), ==, 0);
}

static void
test_authserv(void)
{
	g_autoptr(DmConfig) with = config_with("authserv_id = mx.acme.test\n");
	g_autoptr(DmConfig) without = config_with(NULL);
	static const struct { const char *milters; gboolean warned; } cases[] = {
		{ "unix:/run/opendkim/opendkim.sock, unix:/dunmail/milter.sock", FALSE },
		{ "local:/run/opendmarc/opendmarc.sock unix:/dunmail/milter.sock", FALSE },
		{ "inet:localhost:8891, unix:/dunmail/milter.sock", FALSE },
		{ "unix:/dunmail/milter.sock", TRUE },
		{ "", TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GPtrArray) f = dm_findings_new();
		dm_config_check_authserv(with, cases[i].milters, f);
		g_assert_cmpuint(f->len, ==, cases[i].warned ? 1 : 0);
		if (cases[i].warned) {
			g_autofree char *t = findings_text(f);
			g_assert_nonnull(strstr(t, "warning: [mail] authserv_id: 'mx.acme.test' is set"));
			g_assert_nonnull(strstr(t, "forged"));
		}
		g_autoptr(GPtrArray) g = dm_findings_new();
		dm_config_check_authserv(without, cases[i].milters, g);
		g_assert_cmpuint(g->len, ==, 0);
	}
	/* postconf missing or failing: nothing known, nothing said. */
	g_autoptr(GPtrArray) h = dm_findings_new();
	dm_config_check_authserv(with, NULL, h);
	g_assert_cmpuint(h->len, ==, 0);
}

/* A one-connection SMTP server on a thread: says what @script says, in order, reading a
 * line from the client between two entries (NULL: hang up; "": say nothing, wait). */
typedef struct {
	GSocketListener *listener;
	const char *const *script;
} Server;

static gpointer
serve(gpointer data)
{
	Server *s = data;
	g_autoptr(GSocketConnection) conn =
		g_socket_listener_accept(s->listener, NULL, NULL, NULL);
	if (!conn)
		return NULL;
	GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
	g_autoptr(GDataInputStream) in =
		g_data_input_stream_new(g_io_stream_get_input_stream(G_IO_STREAM(conn)));
	for (const char *const *line = s->script; *line; line++) {
		if (**line == '\0') {
			g_usleep(3 * G_USEC_PER_SEC);
			break;
		}
		g_output_stream_write_all(out, *line, strlen(*line), NULL, NULL, NULL);
		g_autofree char *got = g_data_input_stream_read_line(in, NULL, NULL, NULL);
		if (!got)
			break;
	}
	return NULL;
}

static char *
smtp_check(const char *const *script)
{
	g_autoptr(GSocketListener) listener = g_socket_listener_new();
	guint16 port = g_socket_listener_add_any_inet_port(listener, NULL, NULL);
	g_assert_cmpuint(port, >, 0);
	Server s = { listener, script };
	GThread *t = script ? g_thread_new("smtp", serve, &s) : NULL;
	if (!script)
		g_socket_listener_close(listener);  /* nobody listens: refused */
	g_autoptr(DmConfig) c = config_with(NULL);
	g_free(c->smtp_url);
	c->smtp_url = g_strdup_printf("smtp://127.0.0.1:%u", port);
	g_autoptr(GPtrArray) f = dm_findings_new();
	gint64 start = g_get_monotonic_time();
	dm_config_check_smtp(c, 1, f);
	g_assert_cmpint(g_get_monotonic_time() - start, <, 3 * G_USEC_PER_SEC);
	if (t)
		g_thread_join(t);
	return findings_text(f);
}

static void
test_smtp(void)
{
	static const char *const good[] = { "220 sink ESMTP\r\n", "250-sink\r\n250 8BITMIME\r\n",
	                                    "221 bye\r\n", NULL };
	g_autofree char *t1 = smtp_check(good);
	g_assert_cmpstr(t1, ==, "");

	g_autofree char *t2 = smtp_check(NULL);
	g_assert_nonnull(strstr(t2, "error: [mail] smtp_url: smtp://127.0.0.1:"));
	g_assert_nonnull(strstr(t2, "start the MTA"));

	static const char *const refuses[] = { "554 no service\r\n", NULL };
	g_autofree char *t3 = smtp_check(refuses);
	g_assert_nonnull(strstr(t3, "greeting: expected 220, got '554 no service'"));

	static const char *const no_ehlo[] = { "220 hi\r\n", "502 what\r\n", NULL };
	g_autofree char *t4 = smtp_check(no_ehlo);
	g_assert_nonnull(strstr(t4, "EHLO: expected 250"));

	static const char *const silent[] = { "", NULL };
	g_autofree char *t5 = smtp_check(silent);
	g_assert_nonnull(strstr(t5, "greeting: "));
}

/* Copies the real templates/ into the test directory, so a test can break one. */
static char *
copy_templates(void)
{
	g_autofree char *dst = g_build_filename(tmpdir, "templates", NULL);
	const char *langs[] = { "nl", "en" };
	for (gsize l = 0; l < G_N_ELEMENTS(langs); l++) {
		g_autofree char *src_dir = g_build_filename("templates", langs[l], NULL);
		g_autofree char *dst_dir = g_build_filename(dst, langs[l], NULL);
		g_assert_cmpint(g_mkdir_with_parents(dst_dir, 0755), ==, 0);
		g_autoptr(GDir) d = g_dir_open(src_dir, 0, NULL);
		g_assert_nonnull(d);
		const char *n;
		while ((n = g_dir_read_name(d))) {
			g_autofree char *a = g_build_filename(src_dir, n, NULL);
			g_autofree char *b = g_build_filename(dst_dir, n, NULL);
			g_autofree char *text = NULL;
			g_assert_true(g_file_get_contents(a, &text, NULL, NULL));
			g_assert_true(g_file_set_contents(b, text, -1, NULL));
		}
	}
	return g_steal_pointer(&dst);
}

static void
test_templates(void)
{
	/* The shipped templates render, every step of every ladder, in every language. */
	g_autoptr(DmConfig) c = config_with(NULL);
	g_free(c->templates_dir);
	c->templates_dir = g_strdup("templates");
	g_autoptr(GPtrArray) real = dm_findings_new();
	dm_send_check_templates(c, real);
	g_autofree char *t0 = findings_text(real);
	g_assert_cmpstr(t0, ==, "");

	/* A broken override is an error naming its file and line. */
	g_autofree char *dir = copy_templates();
	g_autofree char *nl_second = g_build_filename(dir, "nl", "second_reminder.txt", NULL);
	g_assert_true(g_file_set_contents(nl_second, "Subject: Herinnering {{number}}\n\n"
	                                  "Beste {{debtor_name}},\n\nU bent {{dagen}} te laat.\n",
	                                  -1, NULL));
	g_free(c->template_overrides);
	c->template_overrides = g_strdup(dir);
	g_autoptr(GPtrArray) f = dm_findings_new();
	dm_send_check_templates(c, f);
	g_autofree char *t = findings_text(f);
	g_assert_cmpuint(dm_findings_errors(f), ==, 1);
	g_assert_nonnull(strstr(t, "second_reminder.txt:5:"));
	g_assert_nonnull(strstr(t, "dagen"));

	/* No templates at all: an error too. */
	g_free(c->templates_dir);
	c->templates_dir = g_strdup("/nonexistent/templates");
	g_free(c->template_overrides);
	c->template_overrides = NULL;
	g_autoptr(GPtrArray) nodir = dm_findings_new();
	dm_send_check_templates(c, nodir);
	g_assert_cmpuint(dm_findings_errors(nodir), ==, 1);
}

/* Warnings a test provokes, a line each (the writer below). */
static GString *logged;

static GLogWriterOutput
record_warnings(GLogLevelFlags level, const GLogField *fields, gsize n, gpointer data)
{
	for (gsize i = 0; i < n; i++)
		if ((level & G_LOG_LEVEL_WARNING) && strcmp(fields[i].key, "MESSAGE") == 0)
			g_string_append_printf(logged, "%s\n", (const char *) fields[i].value);
	return G_LOG_WRITER_HANDLED;
}

static void
test_format_and_log(void)
{
	g_autoptr(GPtrArray) f = dm_findings_new();
	dm_finding_add(f, DM_FINDING_ERROR, "/etc/x.conf:3", "do this", "bad %d", 7);
	dm_finding_add(f, DM_FINDING_WARNING, "[mail] owner", NULL, "odd");
	g_autofree char *t = findings_text(f);
	g_assert_cmpstr(t, ==, "error: /etc/x.conf:3: bad 7; do this\nwarning: [mail] owner: odd\n");
	g_string_truncate(logged, 0);
	g_autofree char *errors = dm_findings_log(f);
	g_assert_cmpstr(logged->str, ==, "[mail] owner: odd\n");
	g_assert_cmpstr(errors, ==, "/etc/x.conf:3: bad 7; do this");
	g_autoptr(GPtrArray) none = dm_findings_new();
	g_assert_null(dm_findings_log(none));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	logged = g_string_new(NULL);
	g_log_set_writer_func(record_warnings, NULL, NULL);
	tmpdir = g_dir_make_tmp("dm-config-check-XXXXXX", NULL);
	g_assert_cmpint(g_chmod(tmpdir, 0755), ==, 0);
	g_test_add_func("/config-check/duplicates", test_duplicates);
	g_test_add_func("/config-check/samples", test_samples);
	g_test_add_func("/config-check/dirs", test_dirs);
	g_test_add_func("/config-check/socket", test_socket);
	g_test_add_func("/config-check/authserv", test_authserv);
	g_test_add_func("/config-check/smtp", test_smtp);
	g_test_add_func("/config-check/templates", test_templates);
	g_test_add_func("/config-check/format-and-log", test_format_and_log);
	int rc = g_test_run();
	dm_test_rm_rf(tmpdir);
	g_free(tmpdir);
	return rc;
}
