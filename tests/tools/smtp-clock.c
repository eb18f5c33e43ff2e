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
 *   smtp-clock stream PORT SESSIONS SEED KIND:COUNT:FROM:TO:FILE...
 *       One mixed stream: COUNT messages of each KIND (FILE, from FROM to TO) in one list,
 *       shuffled with SEED (the same seed gives the same order), sent by SESSIONS
 *       concurrent sessions that each take the next message of the list until it is
 *       done, so that every kind is spread over every session and the stream ends when the
 *       list does.  Each message is one SMTP connection, as smtp-source sends by default.
 *       Prints one JSON object: messages, sessions, seed, seconds (until the last 250) and
 *       kinds (how many of each were sent).
 *   smtp-clock order SEED KIND:COUNT:FROM:TO:FILE...
 *       Prints the kinds in the order that stream would send them, one a line; sends
 *       nothing and reads no FILE.
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

/* One message, from MAIL FROM to the 250 after the final dot. */
static void
transaction(Conn *c, const char *from, const char *to, const GString *data)
{
	envelope(c, from, to);
	command(c, 354, "DATA\r\n");
	send_all(c, data->str, data->len);
	command(c, 250, ".\r\n");
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
		transaction(&c, from, to, data);
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

/* ---- stream: one mixed list, shared by every session ---- */

#define COUNT_MAX 10000000

typedef struct {
	char *name;
	guint count;
	char *from, *to, *file;
	GString *data;           /* NULL until the stream loads it */
	gint sent;               /* atomic */
} Kind;

typedef struct {
	int port;
	Kind *kinds;
	guint n_kinds;
	guint *order;            /* per message, its kind's index: the shuffled list */
	guint total;
	gint next;               /* atomic: the next message of the list to take */
} Stream;

static const char *program = "smtp-clock";

static void G_GNUC_NORETURN G_GNUC_PRINTF(1, 2)
usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", program);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: %s time|hold PORT FROM TO FILE COUNT\n"
	        "       %s stream PORT SESSIONS SEED KIND:COUNT:FROM:TO:FILE...\n"
	        "       %s order SEED KIND:COUNT:FROM:TO:FILE...\n", program, program, program);
	exit(2);
}

static guint64
number(const char *text, guint64 min, guint64 max, const char *what)
{
	guint64 v = 0;
	if (!g_ascii_string_to_unsigned(text, 10, min, max, &v, NULL))
		usage("%s must be a number from %" G_GUINT64_FORMAT " to %" G_GUINT64_FORMAT
		      ", not \"%s\"", what, min, max, text);
	return v;
}

/* Reads KIND:COUNT:FROM:TO:FILE (FILE last, so that it may hold a colon). */
static void
kind_parse(Kind *k, const char *spec)
{
	g_auto(GStrv) f = g_strsplit(spec, ":", 5);

	if (g_strv_length(f) != 5 || f[0][0] == '\0' || f[2][0] == '\0' || f[3][0] == '\0'
	    || f[4][0] == '\0')
		usage("\"%s\" is not KIND:COUNT:FROM:TO:FILE", spec);
	for (const char *p = f[0]; *p != '\0'; p++)
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_')
			usage("KIND \"%s\" must be letters, digits, - and _ (it names a JSON field)",
			      f[0]);
	k->count = (guint)number(f[1], 0, COUNT_MAX, "a kind's COUNT");
	k->name = g_strdup(f[0]);
	k->from = g_strdup(f[2]);
	k->to = g_strdup(f[3]);
	k->file = g_strdup(f[4]);
}

/* The list: each kind's messages, shuffled (Fisher-Yates) with @seed. */
static void
stream_init(Stream *s, guint32 seed, char **specs, guint n_specs)
{
	g_autoptr(GRand) rng = g_rand_new_with_seed(seed);
	guint64 total = 0;
	guint at = 0;

	s->kinds = g_new0(Kind, n_specs);
	s->n_kinds = n_specs;
	for (guint i = 0; i < n_specs; i++) {
		kind_parse(&s->kinds[i], specs[i]);
		total += s->kinds[i].count;
	}
	if (total == 0 || total > COUNT_MAX)
		usage("the kinds' COUNTs must add up to 1 to %d", COUNT_MAX);
	s->total = (guint)total;
	s->order = g_new(guint, s->total);
	for (guint i = 0; i < n_specs; i++)
		for (guint j = 0; j < s->kinds[i].count; j++)
			s->order[at++] = i;
	for (guint i = s->total - 1; i > 0; i--) {
		guint j = (guint)g_rand_int_range(rng, 0, (gint32)i + 1);
		guint t = s->order[i];
		s->order[i] = s->order[j];
		s->order[j] = t;
	}
}

static void
stream_clear(Stream *s)
{
	for (guint i = 0; i < s->n_kinds; i++) {
		Kind *k = &s->kinds[i];
		g_free(k->name);
		g_free(k->from);
		g_free(k->to);
		g_free(k->file);
		if (k->data != NULL)
			g_string_free(k->data, TRUE);
	}
	g_clear_pointer(&s->kinds, g_free);
	g_clear_pointer(&s->order, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Stream, stream_clear)

/* One session: takes the next message of the list and sends it on a connection of its
 * own, until the list is done. */
static gpointer
stream_session(gpointer data)
{
	Stream *s = data;

	for (;;) {
		guint i = (guint)g_atomic_int_add(&s->next, 1);
		Kind *k;
		Conn c;

		if (i >= s->total)
			return NULL;
		k = &s->kinds[s->order[i]];
		conn_open(&c, s->port);
		transaction(&c, k->from, k->to, k->data);
		command(&c, 221, "QUIT\r\n");
		close(c.fd);
		g_atomic_int_inc(&k->sent);
	}
}

static int
run_stream(Stream *s, guint sessions, guint32 seed)
{
	g_autofree GThread **threads = g_new(GThread *, sessions);
	gint64 t0;

	for (guint i = 0; i < s->n_kinds; i++)
		s->kinds[i].data = load_data(s->kinds[i].file);
	t0 = g_get_monotonic_time();
	for (guint i = 0; i < sessions; i++)
		threads[i] = g_thread_new("session", stream_session, s);
	for (guint i = 0; i < sessions; i++)
		g_thread_join(threads[i]);
	printf("{\"messages\": %u, \"sessions\": %u, \"seed\": %u, \"seconds\": %.3f, \"kinds\": {",
	       s->total, sessions, seed, (double)(g_get_monotonic_time() - t0) / G_USEC_PER_SEC);
	for (guint i = 0; i < s->n_kinds; i++)
		printf("%s\"%s\": %d", i > 0 ? ", " : "", s->kinds[i].name,
		       g_atomic_int_get(&s->kinds[i].sent));
	printf("}}\n");
	return 0;
}

static int
run_order(const Stream *s)
{
	for (guint i = 0; i < s->total; i++)
		printf("%s\n", s->kinds[s->order[i]].name);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	g_auto(Stream) stream = { 0 };

	if (strcmp(mode, "time") == 0 || strcmp(mode, "hold") == 0) {
		if (argc != 7)
			usage("%s takes 5 arguments", mode);
		int port = (int)number(argv[2], 1, 65535, "PORT");
		guint n = (guint)number(argv[6], 1, COUNT_MAX, "COUNT");
		g_autoptr(GString) data = load_data(argv[5]);
		if (strcmp(mode, "time") == 0)
			return run_time(port, argv[3], argv[4], data, n);
		return run_hold(port, argv[3], argv[4], data, n);
	}
	if (strcmp(mode, "stream") == 0) {
		if (argc < 6)
			usage("stream takes PORT SESSIONS SEED and at least one kind");
		stream.port = (int)number(argv[2], 1, 65535, "PORT");
		guint sessions = (guint)number(argv[3], 1, 1000, "SESSIONS");
		guint32 seed = (guint32)number(argv[4], 0, G_MAXUINT32, "SEED");
		stream_init(&stream, seed, argv + 5, (guint)argc - 5);
		return run_stream(&stream, sessions, seed);
	}
	if (strcmp(mode, "order") == 0) {
		if (argc < 4)
			usage("order takes SEED and at least one kind");
		stream_init(&stream, (guint32)number(argv[2], 0, G_MAXUINT32, "SEED"), argv + 3,
		            (guint)argc - 3);
		return run_order(&stream);
	}
	usage("unknown mode \"%s\"", mode);
}
