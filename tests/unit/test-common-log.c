/* test-common-log: the syslog line (mail facility, severity, RFC 3164 time stamp,
 * PROGRAM[PID] tag) and the writer's choice: with standard error no terminal and no
 * journal, records go as datagrams to the syslog socket ($DM_SYSLOG_SOCKET here, a
 * socket the test binds); with no syslog daemon listening they fall back to standard
 * error; INFO is dropped; -f (foreground) sends everything to standard error. */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "common/dm-log.h"
#include "test-util.h"

static char *tmpdir;

static void
test_line(void)
{
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	g_autoptr(GDateTime) at = g_date_time_new(utc, 2026, 3, 5, 9, 7, 2);
	g_autofree char *w = dm_log_syslog_line(G_LOG_LEVEL_WARNING, "dunmaild", 42, at,
	                                        "invoice 2026-0042: reminder queued");
	/* facility mail (2) * 8 + warning (4) = 20 */
	g_assert_cmpstr(w, ==, "<20>Mar  5 09:07:02 dunmaild[42]: invoice 2026-0042: reminder queued");
	g_autofree char *m = dm_log_syslog_line(G_LOG_LEVEL_MESSAGE, "dunmail-milter", 7, at, "x");
	g_assert_true(g_str_has_prefix(m, "<21>Mar  5 "));       /* notice */
	g_autofree char *c = dm_log_syslog_line(G_LOG_LEVEL_CRITICAL, "p", 7, at, "x");
	g_assert_true(g_str_has_prefix(c, "<18>"));              /* crit */
}

static char *
read_all(const char *path)
{
	char *text = NULL;
	g_file_get_contents(path, &text, NULL, NULL);
	return text ? text : g_strdup("");
}

static void
test_writer(void)
{
	g_autofree char *sock = g_build_filename(tmpdir, "log", NULL);
	g_autofree char *err_path = g_build_filename(tmpdir, "stderr", NULL);
	g_setenv("DM_SYSLOG_SOCKET", sock, TRUE);
	g_unsetenv("JOURNAL_STREAM");
	g_unsetenv("G_MESSAGES_DEBUG");
	/* Standard error a file, as under a supervisor that is not systemd. */
	int saved = dup(STDERR_FILENO);
	int err_fd = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	g_assert_cmpint(err_fd, >=, 0);
	g_assert_cmpint(dup2(err_fd, STDERR_FILENO), ==, STDERR_FILENO);
	g_assert_cmpint(dm_log_init("dunmail-test", FALSE), ==, DM_LOG_SYSLOG);

	/* No syslog daemon yet: the line is not lost, it goes to standard error. */
	g_warning("spool file 0001.eml: no daemon");
	g_autofree char *fallback = read_all(err_path);
	g_assert_cmpstr(fallback, ==, "dunmail-test: warning: spool file 0001.eml: no daemon\n");

	int srv = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	g_strlcpy(addr.sun_path, sock, sizeof addr.sun_path);
	g_assert_cmpint(bind(srv, (struct sockaddr *) &addr, sizeof addr), ==, 0);
	g_warning("invoice %s: reminder queued, %s", "2026-0042", "EUR 600,00");
	g_info("dropped unless G_MESSAGES_DEBUG");
	g_message("queue id 4Xk2: spooled");
	char buf[1024];
	ssize_t n = recv(srv, buf, sizeof buf - 1, MSG_DONTWAIT);
	g_assert_cmpint(n, >, 0);
	buf[n] = '\0';
	g_autofree char *tag = g_strdup_printf(" dunmail-test[%d]: ", (int) getpid());
	g_assert_true(g_str_has_prefix(buf, "<20>"));
	g_assert_nonnull(strstr(buf, tag));
	g_assert_true(g_str_has_suffix(buf, "invoice 2026-0042: reminder queued, EUR 600,00"));
	n = recv(srv, buf, sizeof buf - 1, MSG_DONTWAIT);
	g_assert_cmpint(n, >, 0);
	buf[n] = '\0';
	g_assert_true(g_str_has_prefix(buf, "<21>"));             /* the INFO record was dropped */
	g_assert_true(g_str_has_suffix(buf, "queue id 4Xk2: spooled"));
	g_assert_cmpint(recv(srv, buf, sizeof buf, MSG_DONTWAIT), <, 0);

	/* Asked for the foreground: standard error, nothing to syslog. */
	g_assert_cmpint(dm_log_init("dunmail-test", TRUE), ==, DM_LOG_STDERR);
	g_warning("in the foreground");
	g_autofree char *fg = read_all(err_path);
	g_assert_nonnull(strstr(fg, "dunmail-test: warning: in the foreground\n"));
	g_assert_cmpint(recv(srv, buf, sizeof buf, MSG_DONTWAIT), <, 0);

	close(srv);
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(err_fd);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	tmpdir = g_dir_make_tmp("dm-log-XXXXXX", NULL);
	g_test_add_func("/log/syslog-line", test_line);
	g_test_add_func("/log/writer", test_writer);
	int rc = g_test_run();
	dm_test_rm_rf(tmpdir);
	g_free(tmpdir);
	return rc;
}
