/* smtp-clock: an SMTP client for bench/ that times transactions or holds sessions open.
 *
 *   smtp-clock time PORT FROM TO FILE COUNT
 *       One connection to 127.0.0.1:PORT; sends FILE COUNT times, one transaction after
 *       the other, and times each from MAIL FROM to the 250 after the final dot.  Prints
 *       one JSON object: count, p50_us, p90_us, p99_us, max_us, mean_us.
 *   smtp-clock hold PORT FROM TO FILE SESSIONS
 *       Opens SESSIONS connections and takes each to RCPT TO, prints "held N" and waits
 *       for a line on stdin (the caller reads the milter's memory meanwhile); then sends
 *       FILE on every session and ends them all at once, so that the MTA and its milters
 *       see SESSIONS messages end together; prints "delivered N" (N accepted with 250).
 *
 * Plain blocking sockets and no SMTP library: the figure must be the server's time, not
 * a client runtime's.  FILE is sent with LF turned into CRLF and leading dots doubled.
 * Errors go to stderr with exit status 1; a usage error is status 2. */
#include <glib.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>     /* exit, qsort */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct {
	int fd;
	char buf[4096];
	gsize len;
} Conn;

static void G_GNUC_NORETURN G_GNUC_PRINTF(1, 2)
die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("smtp-clock: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static void
send_all(Conn *c, const char *data, gsize len)
{
	while (len > 0) {
		ssize_t n = write(c->fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			die("write: %s", g_strerror(errno));
		data += n;
		len -= (gsize)n;
	}
}

/* The code of the next reply, its continuation lines ("250-") skipped. */
static int
reply(Conn *c)
{
	for (;;) {
		char *nl = memchr(c->buf, '\n', c->len);
		if (nl != NULL) {
			gsize line = (gsize)(nl - c->buf) + 1;
			gboolean last = line >= 4 && c->buf[3] != '-';
			int code = line >= 4 && g_ascii_isdigit(c->buf[0]) && g_ascii_isdigit(c->buf[1]) &&
			           g_ascii_isdigit(c->buf[2])
			           ? (c->buf[0] - '0') * 100 + (c->buf[1] - '0') * 10 + (c->buf[2] - '0')
			           : 0;
			memmove(c->buf, nl + 1, c->len - line);
			c->len -= line;
			if (last)
				return code;
			continue;
		}
		if (c->len == sizeof c->buf)
			die("reply line longer than %zu bytes", sizeof c->buf);
		ssize_t n = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			die("connection closed while waiting for a reply");
		c->len += (gsize)n;
	}
}

static void
command(Conn *c, int want, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static void
command(Conn *c, int want, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *line = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	send_all(c, line, strlen(line));
	int got = reply(c);
	if (got != want)
		die("'%.*s' answered %d, expected %d", (int)strcspn(line, "\r"), line, got, want);
}

static void
conn_open(Conn *c, int port)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((guint16)port) };
	int one = 1;

	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	c->len = 0;
	c->fd = socket(AF_INET, SOCK_STREAM, 0);
	if (c->fd < 0 || connect(c->fd, (struct sockaddr *)&sa, sizeof sa) != 0)
		die("connect 127.0.0.1:%d: %s", port, g_strerror(errno));
	/* Commands are small writes each waiting for an answer: Nagle would add 40 ms. */
	setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (reply(c) != 220)
		die("no 220 greeting on port %d", port);
	command(c, 250, "EHLO clock.example\r\n");
}

/* (transfer full) FILE as SMTP DATA: CRLF line ends, leading dots doubled, no final dot. */
static GString *
load_data(const char *path)
{
	g_autofree char *text = NULL;
	g_autoptr(GError) error = NULL;
	gsize len;

	if (!g_file_get_contents(path, &text, &len, &error))
		die("%s", error->message);
	GString *out = g_string_sized_new(len + len / 32);
	gboolean bol = TRUE;
	for (gsize i = 0; i < len; i++) {
		if (bol && text[i] == '.')
			g_string_append_c(out, '.');
		if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
			g_string_append_c(out, '\r');
		g_string_append_c(out, text[i]);
		bol = text[i] == '\n';
	}
	if (!bol)
		g_string_append(out, "\r\n");
	return out;
}

static void
envelope(Conn *c, const char *from, const char *to)
{
	command(c, 250, "MAIL FROM:<%s>\r\n", from);
	command(c, 250, "RCPT TO:<%s>\r\n", to);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The @q quantile of sorted @v (nearest rank). */
static double
quantile(const double *v, guint n, double q)
{
	guint rank = (guint)(q * n + 0.999999);
	return v[CLAMP(rank, 1, n) - 1];
}

static int
run_time(int port, const char *from, const char *to, const GString *data, guint count)
{
	g_autofree double *us = g_new(double, count);
	double sum = 0;
	Conn c;

	conn_open(&c, port);
	for (guint i = 0; i < count; i++) {
		gint64 t0 = g_get_monotonic_time();
		envelope(&c, from, to);
		command(&c, 354, "DATA\r\n");
		send_all(&c, data->str, data->len);
		command(&c, 250, ".\r\n");
		us[i] = (double)(g_get_monotonic_time() - t0);
		sum += us[i];
	}
	command(&c, 221, "QUIT\r\n");
	close(c.fd);
	qsort(us, count, sizeof *us, cmp_double);
	printf("{\"count\": %u, \"p50_us\": %.0f, \"p90_us\": %.0f, \"p99_us\": %.0f, "
	       "\"max_us\": %.0f, \"mean_us\": %.0f}\n", count, quantile(us, count, 0.5),
	       quantile(us, count, 0.9), quantile(us, count, 0.99), us[count - 1], sum / count);
	return 0;
}

static int
run_hold(int port, const char *from, const char *to, const GString *data, guint sessions)
{
	g_autofree Conn *conns = g_new0(Conn, sessions);
	char line[64];
	guint delivered = 0;

	for (guint i = 0; i < sessions; i++) {
		conn_open(&conns[i], port);
		envelope(&conns[i], from, to);
	}
	printf("held %u\n", sessions);
	fflush(stdout);
	if (fgets(line, sizeof line, stdin) == NULL)
		die("stdin closed before the go-ahead");
	for (guint i = 0; i < sessions; i++) {
		command(&conns[i], 354, "DATA\r\n");
		send_all(&conns[i], data->str, data->len);
	}
	/* Every message ends only now, one right after the other. */
	for (guint i = 0; i < sessions; i++)
		send_all(&conns[i], ".\r\n", 3);
	for (guint i = 0; i < sessions; i++) {
		if (reply(&conns[i]) == 250)
			delivered++;
		send_all(&conns[i], "QUIT\r\n", 6);
		close(conns[i].fd);
	}
	printf("delivered %u\n", delivered);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc != 7 || (strcmp(argv[1], "time") != 0 && strcmp(argv[1], "hold") != 0)) {
		fprintf(stderr, "usage: %s time|hold PORT FROM TO FILE COUNT\n", argv[0]);
		return 2;
	}
	guint64 port = 0, n = 0;
	if (!g_ascii_string_to_unsigned(argv[2], 10, 1, 65535, &port, NULL) ||
	    !g_ascii_string_to_unsigned(argv[6], 10, 1, 10000000, &n, NULL)) {
		fprintf(stderr, "%s: PORT must be 1-65535 and COUNT a positive number\n", argv[0]);
		return 2;
	}
	g_autoptr(GString) data = load_data(argv[5]);
	if (strcmp(argv[1], "time") == 0)
		return run_time((int)port, argv[3], argv[4], data, (guint)n);
	return run_hold((int)port, argv[3], argv[4], data, (guint)n);
}
