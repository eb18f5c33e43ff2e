/* test-dunning-util: helpers shared by the test-dunning-* programs (header only, every
 * function static inline so a program that uses part of it compiles without warnings):
 *   - temporary directories and their removal;
 *   - a log writer that keeps every line, so tests can assert on them and g_warning()
 *     from the code under test is an expected outcome rather than a test abort;
 *   - Postfix's smtp-sink on a free loopback port, dumping each message to a directory;
 *   - the shipped reply model, and its probabilities for a text;
 *   - a reply recorded in a ledger with the message it came in;
 *   - a `dunmail` verb run as its command line would run it.
 */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-model.h"
#include "test-util.h"
#include <glib/gstdio.h>
#include <arpa/inet.h>
#include <sqlite3.h>
#include <errno.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define DM_TEST_SMTP_SINK "/usr/sbin/smtp-sink"

/* (transfer full) the reply model `make` builds: $BUILD/replies.model (build-san's under
 * SAN=1, as tests/run sets BUILD). */
static inline char *
dm_test_reply_model_path(void)
{
	const char *build = g_getenv("BUILD");
	return g_build_filename(build && *build ? build : "build", "replies.model", NULL);
}

/* (transfer none) the reply model of dm_test_reply_model_path(), loaded once for the
 * program (dunmaild too loads it once); a missing model fails the test. */
static inline const DmReplyModel *
dm_test_reply_model(void)
{
	static DmReplyModel *model;
	if (!model) {
		g_autofree char *path = dm_test_reply_model_path();
		g_autoptr(GError) err = NULL;
		model = dm_reply_model_load(path, &err);
		g_assert_no_error(err);
	}
	return model;
}

/* The shipped model's probabilities (@probs, DM_REPLY_N_CLASSES entries) for @text read
 * as of Monday 23 November 2026; returns the most probable class. */
static inline DmReplyClass
dm_test_reply_probs(const char *text, double *probs)
{
	GDate ref;
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	const DmReplyModel *m = dm_test_reply_model();
	g_autoptr(GArray) f = dm_reply_features(text, &ref, dm_reply_model_bits(m), NULL);
	dm_reply_model_predict(m, f, probs);
	int best = DM_REPLY_CLASS_OTHER;
	for (int c = 0; c < DM_REPLY_N_CLASSES; c++)
		if (probs[c] > probs[best])
			best = c;
	return (DmReplyClass) best;
}

/* (transfer full) the configuration the dunning tests share: billing@acme.example,
 * owner@acme.example, our authserv-id mx.acme.example, the repository's templates, and
 * the spool and ledger inside @dir. */
static inline DmConfig *
dm_test_config_new(const char *dir)
{
	DmConfig *c = dm_config_new_default();
	g_strfreev(c->billing_addresses);
	c->billing_addresses = g_strsplit("billing@acme.example", ",", -1);
	c->owner_address = g_strdup("owner@acme.example");
	c->from_name = g_strdup("Acme B.V.");
	c->authserv_id = g_strdup("mx.acme.example");
	g_free(c->templates_dir);
	c->templates_dir = g_strdup("templates");
	g_free(c->spool_dir);
	c->spool_dir = g_build_filename(dir, "spool", NULL);
	g_free(c->reply_model);
	c->reply_model = dm_test_reply_model_path();
	g_free(c->database);
	c->database = g_build_filename(dir, "ledger.sqlite", NULL);
	return c;
}

static inline int
dm_test_compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* (transfer full) sorted names of the files in @dir (none when it does not exist). */
static inline GPtrArray *
dm_test_list_dir(const char *dir)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *n;
	while (d && (n = g_dir_read_name(d)))
		g_ptr_array_add(names, g_strdup(n));
	g_ptr_array_sort(names, dm_test_compare_names);
	return names;
}

static inline guint
dm_test_count_files(const char *dir)
{
	g_autoptr(GPtrArray) names = dm_test_list_dir(dir);
	return names->len;
}

/* ---- replies ---- */

/* Records @row with a new incoming message @message_id from its sender (row->message_row
 * is set); the reply's id. */
static inline gint64
dm_test_reply_add(DmLedger *ledger, const char *message_id, DmReplyRow *row)
{
	g_autoptr(GError) err = NULL;
	DmMessageRecord rec = { .message_id = message_id, .sha256 = message_id,
	                        .direction = "incoming", .role = "reply",
	                        .from_addr = row->from_addr, .received_at = row->received_at };
	g_assert_true(dm_ledger_message_add(ledger, &rec, &row->message_row, &err));
	g_assert_true(dm_ledger_reply_add(ledger, row, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) all = dm_ledger_replies_list(ledger, NULL, 0, &err);
	gint64 newest = 0;
	for (guint i = 0; i < all->len; i++)
		newest = MAX(newest, ((DmReplyRow *) all->pdata[i])->id);
	return newest;
}

/* ---- log capture ---- */

static GPtrArray *dm_test_log_lines;   /* "LEVEL: message" */

static inline GLogWriterOutput
dm_test_log_writer(GLogLevelFlags level, const GLogField *fields, gsize n, gpointer user)
{
	const char *msg = NULL;
	for (gsize i = 0; i < n; i++)
		if (strcmp(fields[i].key, "MESSAGE") == 0)
			msg = fields[i].value;
	const char *lv = (level & G_LOG_LEVEL_ERROR) ? "ERROR"
	               : (level & G_LOG_LEVEL_CRITICAL) ? "CRITICAL"
	               : (level & G_LOG_LEVEL_WARNING) ? "WARNING"
	               : (level & G_LOG_LEVEL_MESSAGE) ? "MESSAGE" : "INFO";
	if (level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
		return G_LOG_WRITER_HANDLED;
	g_autofree char *line = g_strdup_printf("%s: %s", lv, msg ? msg : "");
	if (g_test_verbose())
		g_printerr("# log %s\n", line);
	g_ptr_array_add(dm_test_log_lines, g_steal_pointer(&line));
	/* A critical is a programming error in the code under test: never swallow it. */
	if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
		g_test_fail_printf("unexpected log line: %s: %s", lv, msg ? msg : "");
	return G_LOG_WRITER_HANDLED;
}

static inline void
dm_test_log_init(void)
{
	dm_test_log_lines = g_ptr_array_new_with_free_func(g_free);
	g_log_set_writer_func(dm_test_log_writer, NULL, NULL);
}

static inline void
dm_test_log_clear(void)
{
	g_ptr_array_set_size(dm_test_log_lines, 0);
}

/* TRUE when a captured line contains @part. */
static inline gboolean
dm_test_logged(const char *part)
{
	for (guint i = 0; i < dm_test_log_lines->len; i++)
		if (strstr(g_ptr_array_index(dm_test_log_lines, i), part))
			return TRUE;
	return FALSE;
}

/* ---- smtp-sink ---- */

/* Sinks still running, so that a failed assertion (abort) does not leave them behind. */
#define DM_TEST_MAX_SINKS 8
static volatile pid_t dm_test_live_sinks[DM_TEST_MAX_SINKS];

static inline void
dm_test_kill_sinks(int sig)
{
	for (int i = 0; i < DM_TEST_MAX_SINKS; i++)
		if (dm_test_live_sinks[i] > 0)
			kill(dm_test_live_sinks[i], SIGTERM);
	signal(sig, SIG_DFL);
	raise(sig);
}

static inline void
dm_test_track_sink(pid_t pid, pid_t replace)
{
	static gboolean handlers;
	if (!handlers) {
		signal(SIGABRT, dm_test_kill_sinks);
		signal(SIGSEGV, dm_test_kill_sinks);
		signal(SIGTRAP, dm_test_kill_sinks);
		signal(SIGBUS, dm_test_kill_sinks);
		handlers = TRUE;
	}
	for (int i = 0; i < DM_TEST_MAX_SINKS; i++)
		if (dm_test_live_sinks[i] == replace) {
			dm_test_live_sinks[i] = pid;
			return;
		}
	g_assert_not_reached();
}

typedef struct {
	GPid pid;
	int port;
	char *dir;                 /* the dump directory (owned by nobody when we are root) */
} DmTestSink;

/* A TCP port on 127.0.0.1 that was free a moment ago. */
static inline int
dm_test_free_port(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	g_assert_cmpint(fd, >=, 0);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	g_assert_cmpint(bind(fd, (struct sockaddr *) &sin, sizeof sin), ==, 0);
	socklen_t len = sizeof sin;
	g_assert_cmpint(getsockname(fd, (struct sockaddr *) &sin, &len), ==, 0);
	close(fd);
	return ntohs(sin.sin_port);
}

static inline gboolean
dm_test_port_open(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons((guint16) port),
	                           .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	gboolean ok = connect(fd, (struct sockaddr *) &sin, sizeof sin) == 0;
	close(fd);
	return ok;
}

/* Starts smtp-sink on @port (0: a free one) with extra options @opts (NULL-terminated,
 * may be NULL), dumping each message into a fresh directory. */
static inline DmTestSink *
dm_test_sink_start(int port, const char *const *opts)
{
	g_assert_true(g_file_test(DM_TEST_SMTP_SINK, G_FILE_TEST_IS_EXECUTABLE));
	DmTestSink *s = g_new0(DmTestSink, 1);
	s->port = port ? port : dm_test_free_port();
	s->dir = g_dir_make_tmp("dm-sink-XXXXXX", NULL);
	g_assert_nonnull(s->dir);
	g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(argv, g_strdup(DM_TEST_SMTP_SINK));
	if (geteuid() == 0) {
		/* smtp-sink refuses to run as root: it drops to -u, who must write the dumps. */
		struct passwd *pw = getpwnam("nobody");
		g_assert_nonnull(pw);
		g_assert_cmpint(chown(s->dir, pw->pw_uid, pw->pw_gid), ==, 0);
		g_ptr_array_add(argv, g_strdup("-u"));
		g_ptr_array_add(argv, g_strdup("nobody"));
	}
	g_ptr_array_add(argv, g_strdup("-d"));
	g_ptr_array_add(argv, g_strconcat(s->dir, "/%M.", NULL));
	for (const char *const *o = opts; o && *o; o++)
		g_ptr_array_add(argv, g_strdup(*o));
	g_ptr_array_add(argv, g_strdup_printf("127.0.0.1:%d", s->port));
	g_ptr_array_add(argv, g_strdup("10"));
	g_ptr_array_add(argv, NULL);
	g_autoptr(GError) err = NULL;
	g_assert_true(g_spawn_async(NULL, (char **) argv->pdata, NULL,
	                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
	                            G_SPAWN_STDERR_TO_DEV_NULL,
	                            NULL, NULL, &s->pid, &err));
	g_assert_no_error(err);
	dm_test_track_sink(s->pid, 0);
	for (int i = 0; i < 300 && !dm_test_port_open(s->port); i++)
		g_usleep(10 * 1000);
	g_assert_true(dm_test_port_open(s->port));
	return s;
}

/* Stops the sink (ours, by its pid) and removes its directory. */
static inline void
dm_test_sink_stop(DmTestSink *s)
{
	if (!s)
		return;
	if (s->pid > 0) {
		kill(s->pid, SIGTERM);
		waitpid(s->pid, NULL, 0);
		dm_test_track_sink(0, s->pid);
		g_spawn_close_pid(s->pid);
	}
	dm_test_rm_rf(s->dir);
	g_free(s->dir);
	g_free(s);
}

/* (transfer full) of char*: the dumps received so far, oldest name first.  A dump is
 * complete when smtp-sink answered the final "."; waits briefly for at least @want. */
static inline GPtrArray *
dm_test_sink_messages(DmTestSink *s, guint want)
{
	for (int i = 0; i < 100 && dm_test_count_files(s->dir) < want; i++)
		g_usleep(10 * 1000);
	g_autoptr(GPtrArray) names = dm_test_list_dir(s->dir);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < names->len; i++) {
		g_autofree char *p = g_build_filename(s->dir, g_ptr_array_index(names, i), NULL);
		char *text = NULL;
		if (g_file_get_contents(p, &text, NULL, NULL))
			g_ptr_array_add(out, text);
	}
	return out;
}

/* (transfer full) a spool file holding @message (LF line ends, turned into CRLF), with
 * the envelope the milter would write for one recipient. */
static inline GString *
dm_test_spool_bytes(DmDirection direction, const char *mail_from, const char *rcpt,
                    const char *message)
{
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = direction;
	env->mail_from = g_strdup(mail_from);
	g_ptr_array_add(env->rcpt_to, g_strdup(rcpt));
	env->client_addr = g_strdup(direction == DM_DIRECTION_OUTGOING ? "127.0.0.1" : "203.0.113.5");
	env->queue_id = g_strdup("4ABCDE");
	env->received_at = g_strdup("2026-11-24T10:00:00Z");
	GString *out = g_string_new(NULL);
	dm_envelope_write(env, out);
	for (const char *p = message; *p; p++) {
		if (*p == '\n')
			g_string_append_c(out, '\r');
		g_string_append_c(out, *p);
	}
	return out;
}

/* Writes dm_test_spool_bytes() of @message as spool file @name in @spool_dir's new/. */
static inline void
dm_test_spool_message(const char *spool_dir, const char *name, DmDirection direction,
                      const char *mail_from, const char *rcpt, const char *message)
{
	g_autoptr(GString) out = dm_test_spool_bytes(direction, mail_from, rcpt, message);
	g_autofree char *path = g_build_filename(spool_dir, "new", name, NULL);
	g_assert_true(g_file_set_contents(path, out->str, (gssize) out->len, NULL));
}

/* Runs @sql on the SQLite ledger file @database from a connection of its own: to break
 * the ledger under dunmaild's feet (a table dropped, a trigger that fails a write). */
static inline void
dm_test_ledger_sql(const char *database, const char *sql)
{
	sqlite3 *db = NULL;
	g_assert_cmpint(sqlite3_open(database, &db), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
}

/* Invoice 2026-0042 to klant@debtor.example, due 16 November 2026, Message-ID
 * @message_id: what every test invoice below has. */
static inline DmInvoice *
dm_test_invoice_42_new(const char *message_id)
{
	DmInvoice *inv = dm_invoice_new();
	inv->number = g_strdup("2026-0042");
	inv->debtor_email = g_strdup("klant@debtor.example");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup(message_id);
	return inv;
}

/* Records @inv in @ledger as sent on 17 October 2026; its id. */
static inline gint64
dm_test_invoice_record(DmLedger *ledger, DmInvoice *inv)
{
	gboolean existed;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_add(ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
	g_assert_no_error(err);
	return inv->id;
}

/* Records invoice 2026-0042 as dm_test_invoice_42_new() makes it; its id. */
static inline gint64
dm_test_invoice_42(DmLedger *ledger, const char *message_id)
{
	g_autoptr(DmInvoice) inv = dm_test_invoice_42_new(message_id);
	return dm_test_invoice_record(ledger, inv);
}

/* Records invoice 2026-0042 with all a reminder letter needs besides: 1,250.00 EUR,
 * issued 17 October, in Dutch, to a business (the business ladder), debtor Jan de Vries,
 * subject "Factuur 2026-0042"; its id. */
static inline gint64
dm_test_invoice_42_full(DmLedger *ledger, const char *message_id)
{
	g_autoptr(DmInvoice) inv = dm_test_invoice_42_new(message_id);
	inv->debtor_name = g_strdup("Jan de Vries");
	inv->has_amount = TRUE;
	inv->amount_cents = 125000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->issue_date, 17, 10, 2026);
	inv->language = g_strdup("nl");
	inv->source = g_strdup("body");
	inv->subject = g_strdup("Factuur 2026-0042");
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;
	return dm_test_invoice_record(ledger, inv);
}

/* Makes the milter "proven" in @ledger: a digest row it once confirmed, so that its
 * silence about a reminder cut off mid-send may mean it never reached the server
 * (dm-scheduler.h, step 0). */
static inline void
dm_test_milter_proven(DmLedger *ledger)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("Subject: d\r\n\r\nd\r\n", 17);
	gint64 row = 0;
	gboolean moved = FALSE, confirmed = FALSE;
	g_assert_true(dm_outbox_add_digest(ledger, "2026-11-20", "<dunmail.digest@acme.example>",
	                                   "owner@acme.example", "digest", body,
	                                   "2026-11-20T07:00:00Z", &row, &err));
	g_assert_true(dm_outbox_move(ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, "2026-11-20T07:00:00Z", &moved, &err));
	g_assert_true(dm_outbox_confirm(ledger, "<dunmail.digest@acme.example>", &confirmed, &err));
	g_assert_no_error(err);
	g_assert_true(confirmed);
}

/* One ingestion pass over @config's spool, which must succeed; its counts. */
static inline DmIngestStats
dm_test_ingest(const DmConfig *config, DmLedger *ledger, GDateTime *now)
{
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_spool(config, ledger, dm_test_reply_model(), now, &st, &err));
	g_assert_no_error(err);
	return st;
}

/* Runs verb @fn as `dunmail VERB -c @conf ARGS…`, ARGS the NULL-terminated @ap; its exit
 * status, stdout flushed (for g_test_trap_assert_stdout). */
static inline int
dm_test_cli_run_v(const char *conf, DmCliVerb fn, const char *verb, va_list ap)
{
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	g_ptr_array_add(args, (char *) verb);
	g_ptr_array_add(args, "-c");
	g_ptr_array_add(args, (char *) conf);
	for (const char *a; (a = va_arg(ap, const char *));)
		g_ptr_array_add(args, (char *) a);
	g_ptr_array_add(args, NULL);
	/* GOptionContext may permute the vector: give it a copy. */
	g_auto(GStrv) argv = g_strdupv((char **) args->pdata);
	g_autofree char **view = g_memdup2(argv, sizeof(char *) * args->len);
	DmCliGlobal global = { 0 };
	int rc = fn(&global, (int) args->len - 1, view);
	g_free(global.config_path);
	fflush(stdout);
	return rc;
}

/* dm_test_cli_run_v with the NULL-terminated arguments after @verb. */
static inline int
dm_test_cli_run(const char *conf, DmCliVerb fn, const char *verb, ...)
{
	va_list ap;
	va_start(ap, verb);
	int rc = dm_test_cli_run_v(conf, fn, verb, ap);
	va_end(ap);
	return rc;
}
