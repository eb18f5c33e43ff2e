/* test-dunning-mailer: a composed reminder read back with GMime (every header the design
 * requires, UTF-8 subject, CRLF), and submission to a real SMTP server — Postfix's
 * smtp-sink — accepting, refusing (5xx), deferring (4xx), hanging up, and absent. */
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-smtp-dsn.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-util.h"

#define SUBJECT "Herinnering: factuur 2026-0042 \xe2\x80\x94 caf\xc3\xa9"
#define BODY "Geachte heer De Vries,\n\nHet bedrag van \xe2\x82\xac 1.250,00 staat open.\n" \
             ".\nFrom here on a line that must survive.\n"

static DmConfig *
make_config(const char *smtp_url)
{
	DmConfig *c = dm_config_new_default();
	g_strfreev(c->billing_addresses);
	c->billing_addresses = g_new0(char *, 2);
	c->billing_addresses[0] = g_strdup("billing@acme.example");
	c->owner_address = g_strdup("owner@acme.example");
	c->from_name = g_strdup("Acme B.V.");
	if (smtp_url) {
		g_free(c->smtp_url);
		c->smtp_url = g_strdup(smtp_url);
	}
	return c;
}

static GBytes *
compose(const DmConfig *c, const char *message_id)
{
	g_autoptr(GPtrArray) refs = g_ptr_array_new();
	g_ptr_array_add(refs, "<inv-42@acme.example>");
	g_ptr_array_add(refs, "<dunmail.prev@acme.example>");
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_autoptr(GDateTime) date = g_date_time_new(tz, 2026, 11, 24, 12, 0, 0);
	DmMailSpec spec = {
		.kind = "reminder", .to_address = "klant@debtor.example", .to_name = "de Vries, Jan",
		.subject = SUBJECT, .body = BODY, .in_reply_to = "<inv-42@acme.example>",
		.references = refs, .date = date,
	};
	return dm_mailer_compose(c, &spec, message_id);
}

static void
test_message_id(void)
{
	g_autoptr(DmConfig) c = make_config(NULL);
	g_autofree char *a = dm_mailer_new_message_id(c);
	g_autofree char *b = dm_mailer_new_message_id(c);
	g_assert_true(g_str_has_prefix(a, "<dunmail."));
	g_assert_true(g_str_has_suffix(a, "@acme.example>"));
	g_assert_cmpstr(a, !=, b);
	g_assert_null(strpbrk(a, " \r\n"));
}

static void
test_compose(void)
{
	g_autoptr(DmConfig) c = make_config(NULL);
	g_autofree char *mid = dm_mailer_new_message_id(c);
	g_autoptr(GBytes) bytes = compose(c, mid);
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	g_assert_cmpuint(len, >, 0);

	/* CRLF everywhere, no bare CR or LF; 7-bit (no 8BITMIME assumed); lines <= 998. */
	gsize line_len = 0;
	for (gsize i = 0; i < len; i++) {
		if (data[i] == '\n') {
			g_assert_true(i > 0 && data[i - 1] == '\r');
			line_len = 0;
			continue;
		}
		if (data[i] == '\r')
			g_assert_true(i + 1 < len && data[i + 1] == '\n');
		g_assert_cmpint((guchar) data[i], <, 0x80);
		g_assert_cmpuint(++line_len, <=, 998);
	}

	g_autoptr(GError) err = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(data, len, &err);
	g_assert_no_error(err);
	g_assert_nonnull(msg);
	GMimeObject *obj = GMIME_OBJECT(msg);
	g_autofree char *from = dm_message_from_address(msg);
	g_autofree char *from_name = dm_message_from_name(msg);
	g_autofree char *to = dm_message_to_address(msg);
	g_autofree char *to_name = dm_message_to_name(msg);
	g_assert_cmpstr(from, ==, "billing@acme.example");
	g_assert_cmpstr(from_name, ==, "Acme B.V.");
	g_assert_cmpstr(to, ==, "klant@debtor.example");
	g_assert_cmpstr(to_name, ==, "de Vries, Jan");
	g_assert_cmpstr(g_mime_message_get_subject(msg), ==, SUBJECT);
	g_autofree char *id = dm_message_id(msg);
	g_assert_cmpstr(id, ==, mid);
	g_autoptr(GPtrArray) thread = dm_message_thread_ids(msg);
	g_assert_cmpuint(thread->len, >=, 2);
	gboolean has_inv = FALSE, has_prev = FALSE;
	for (guint i = 0; i < thread->len; i++) {
		has_inv |= strcmp(thread->pdata[i], "<inv-42@acme.example>") == 0;
		has_prev |= strcmp(thread->pdata[i], "<dunmail.prev@acme.example>") == 0;
	}
	g_assert_true(has_inv);
	g_assert_true(has_prev);
	g_assert_nonnull(strstr(g_mime_object_get_header(obj, "In-Reply-To"), "<inv-42@acme.example>"));
	g_assert_nonnull(strstr(g_mime_object_get_header(obj, "References"), "<inv-42@acme.example>"));
	g_assert_cmpstr(g_mime_object_get_header(obj, "Auto-Submitted"), ==, "auto-generated");
	g_assert_cmpstr(g_mime_object_get_header(obj, "X-Dunmail"), ==, "reminder");
	GDate day = dm_message_date(msg);
	g_autofree char *iso = dm_date_iso(&day);
	g_assert_cmpstr(iso, ==, "2026-11-24");
	g_autofree char *text = dm_message_text(msg);
	g_assert_nonnull(strstr(text, "\xe2\x82\xac 1.250,00"));
	g_assert_nonnull(strstr(text, "From here on a line that must survive."));
	/* The raw text must not carry a header the spec did not ask for twice. */
	g_assert_null(strstr(strstr(data, "Auto-Submitted:") + 1, "Auto-Submitted:"));
}

/* ---- submission ---- */

static void
submit_to(DmTestSink *sink, GError **error, gboolean *ok)
{
	g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d", sink ? sink->port : 1);
	g_autoptr(DmConfig) c = make_config(url);
	g_autofree char *mid = dm_mailer_new_message_id(c);
	g_autoptr(GBytes) bytes = compose(c, mid);
	*ok = dm_mailer_submit(c, NULL, "klant@debtor.example", bytes, error);
}

static void
test_submit_ok(void)
{
	DmTestSink *sink = dm_test_sink_start(0, NULL);
	g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	g_autoptr(DmConfig) c = make_config(url);
	g_autofree char *mid = dm_mailer_new_message_id(c);
	g_autoptr(GBytes) bytes = compose(c, mid);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_mailer_submit(c, NULL, "klant@debtor.example", bytes, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	const char *dump = got->pdata[0];
	g_assert_nonnull(strstr(dump, "X-Mail-Args: <billing@acme.example>"));
	g_assert_nonnull(strstr(dump, "X-Rcpt-Args: <klant@debtor.example>"));
	g_autofree char *mid_line = g_strdup_printf("Message-ID: %s", mid);
	g_assert_nonnull(strcasestr(dump, mid_line));
	g_assert_nonnull(strstr(dump, "Auto-Submitted: auto-generated"));
	g_assert_nonnull(strstr(dump, "In-Reply-To: <inv-42@acme.example>"));
	dm_test_sink_stop(sink);
}

/* One session, three messages.  The ordinary two share one connection; the 14-day
 * letter's DSN request (RFC 3461) goes on a connection of its own, with the parameters
 * exactly as the RFC writes them — a server stricter than smtp-sink (Postfix answers 501)
 * refuses anything after the address's closing bracket but the parameters. */
static void
test_session_reuse_and_dsn(void)
{
	DmTestSink *sink = dm_test_sink_start(0, NULL);
	g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	g_autoptr(DmConfig) c = make_config(url);
	g_autoptr(DmSmtpSession) s = dm_smtp_session_new(c);
	g_autofree char *dsn_queue_id = NULL;
	for (int i = 0; i < 3; i++) {
		g_autofree char *mid = dm_mailer_new_message_id(c);
		g_autoptr(GBytes) bytes = compose(c, mid);
		g_autoptr(GError) err = NULL;
		g_autofree char *queue_id = NULL;
		g_assert_true(dm_smtp_session_submit(s, NULL, "klant@debtor.example", bytes, i == 1,
		                                     &queue_id, &err));
		g_assert_no_error(err);
		if (i == 1)
			dsn_queue_id = g_steal_pointer(&queue_id);
	}
	g_assert_cmpuint(dm_smtp_session_connections(s), ==, 2);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, 3);
	g_assert_cmpuint(got->len, ==, 3);
	guint with_dsn = 0;
	for (guint i = 0; i < got->len; i++) {
		const char *dump = got->pdata[i];
		gboolean mail = strstr(dump, "X-Mail-Args: <billing@acme.example> RET=HDRS\n") != NULL;
		gboolean rcpt = strstr(dump, "X-Rcpt-Args: <klant@debtor.example> "
		                             "NOTIFY=SUCCESS,FAILURE\n") != NULL;
		g_assert_cmpint(mail, ==, rcpt);
		if (!mail) {
			g_assert_nonnull(strstr(dump, "X-Mail-Args: <billing@acme.example>\n"));
			g_assert_nonnull(strstr(dump, "X-Rcpt-Args: <klant@debtor.example>\n"));
		}
		/* The body came through whole, its dot-led line unstuffed again by the sink. */
		g_assert_nonnull(strstr(dump, "From here on a line that must survive."));
		with_dsn += mail;
	}
	g_assert_cmpuint(with_dsn, ==, 1);
	dm_test_sink_stop(sink);
}

/* A server that announces no DSN gets the letter without the request (and the log says
 * no proof of arrival will come), rather than a refused or held letter. */
static void
test_dsn_not_offered(void)
{
	static const char *const no_dsn[] = { "-N", NULL };
	DmTestSink *sink = dm_test_sink_start(0, no_dsn);
	g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	g_autoptr(DmConfig) c = make_config(url);
	g_autoptr(DmSmtpSession) s = dm_smtp_session_new(c);
	g_autofree char *mid = dm_mailer_new_message_id(c);
	g_autoptr(GBytes) bytes = compose(c, mid);
	g_autoptr(GError) err = NULL;
	dm_test_log_clear();
	g_assert_true(dm_smtp_session_submit(s, NULL, "klant@debtor.example", bytes, TRUE, NULL,
	                                     &err));
	g_assert_true(dm_test_logged("announces no DSN"));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	g_assert_nonnull(strstr(got->pdata[0], "X-Mail-Args: <billing@acme.example>\n"));
	dm_test_sink_stop(sink);
}

/* The DSN path's refusals mean what the ordinary path's mean (dm-mailer.h): a refused
 * recipient is final, a deferral is retried, nothing there at all is retried. */
static void
test_dsn_refusals(void)
{
	static const char *const refuse_rcpt[] = { "-f", "RCPT", NULL };
	static const char *const defer_rcpt[] = { "-r", "RCPT", NULL };
	static const struct {
		const char *const *opts;
		int code;
	} cases[] = {
		{ refuse_rcpt, DM_MAILER_ERROR_PERMANENT },
		{ defer_rcpt, DM_MAILER_ERROR_TRANSIENT },
		{ NULL, DM_MAILER_ERROR_TRANSIENT },    /* no server */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmTestSink *sink = cases[i].opts ? dm_test_sink_start(0, cases[i].opts) : NULL;
		g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d",
		                                       sink ? sink->port : dm_test_free_port());
		g_autoptr(DmConfig) c = make_config(url);
		g_autoptr(DmSmtpSession) s = dm_smtp_session_new(c);
		g_autofree char *mid = dm_mailer_new_message_id(c);
		g_autoptr(GBytes) bytes = compose(c, mid);
		g_autoptr(GError) err = NULL;
		g_assert_false(dm_smtp_session_submit(s, NULL, "klant@debtor.example", bytes, TRUE,
		                                      NULL, &err));
		g_assert_error(err, DM_MAILER_ERROR, cases[i].code);
		dm_test_sink_stop(sink);
	}
}

/* DATA's transparency (RFC 5321 4.5.2) and the EHLO keyword test. */
static void
test_dot_stuff_and_ehlo(void)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "a\r\n.b\r\n", "a\r\n..b\r\n.\r\n" },
		{ ".\r\n", "..\r\n.\r\n" },
		{ "no end", "no end\r\n.\r\n" },
		{ "", "\r\n.\r\n" },
		{ "x.y\r\n", "x.y\r\n.\r\n" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GString) got = dm_smtp_dot_stuff(cases[i].in, strlen(cases[i].in));
		g_assert_cmpstr(got->str, ==, cases[i].out);
	}
	g_assert_true(dm_smtp_ehlo_offers("250-DSN", "DSN"));
	g_assert_true(dm_smtp_ehlo_offers("250 dsn\r\n", "DSN"));
	g_assert_false(dm_smtp_ehlo_offers("250-DSNX", "DSN"));
	g_assert_false(dm_smtp_ehlo_offers("250-8BITMIME", "DSN"));
	g_assert_false(dm_smtp_ehlo_offers("220 DSN", "DSN"));
	g_assert_false(dm_smtp_ehlo_offers("25", "DSN"));
}

/* The queue id in the MTA's reply to DATA, as Postfix, Exim and Sendmail write it; none where a
 * reply names none or something that is no id. */
static void
test_queue_id(void)
{
	static const struct { const char *reply, *id; } cases[] = {
		{ "250 2.0.0 Ok: queued as 4ABC123", "4ABC123" },
		{ "250 2.0.0 Ok: queued as 4Xr9Kq1zB3z9t", "4Xr9Kq1zB3z9t" },
		{ "250 OK id=1tQ3xY-000Abc-2Z", "1tQ3xY-000Abc-2Z" },
		{ "250 2.0.0 6B21Gwmr012076 Message accepted for delivery", "6B21Gwmr012076" },
		{ "250 6B21Gwmr012076 Message accepted for delivery", "6B21Gwmr012076" },
		{ "250 2.0.0 <x> Message accepted for delivery", NULL },
		{ "250 2.0.0 6B21Gwmr012076 Message accepted for delivery later", NULL },
		{ "250 Message accepted for delivery", NULL },
		{ "250 2.0.0 Message accepted for delivery", NULL },
		{ "250 2.0.0 Ok", NULL },
		{ "250 2.0.0 Ok: queued as ", NULL },
		{ "250 2.0.0 Ok: queued as <script>", NULL },
		{ "", NULL },
		{ NULL, NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *id = dm_mailer_queue_id(cases[i].reply);
		g_assert_cmpstr(id, ==, cases[i].id);
	}
}

typedef struct {
	const char *name;
	const char *opts[3];
	DmMailerError expect;
} FailCase;

static const FailCase fail_cases[] = {
	{ "rcpt-5xx", { "-f", "RCPT", NULL }, DM_MAILER_ERROR_PERMANENT },
	{ "rcpt-4xx", { "-r", "RCPT", NULL }, DM_MAILER_ERROR_TRANSIENT },
	/* A refused MAIL FROM is our own configuration's problem, not the debtor's: hold the
	 * reminder and retry, never spend a ladder step on it. */
	{ "mail-5xx", { "-f", "MAIL", NULL }, DM_MAILER_ERROR_TRANSIENT },
	{ "data-end-5xx", { "-f", ".", NULL }, DM_MAILER_ERROR_PERMANENT },
	{ "data-end-4xx", { "-r", ".", NULL }, DM_MAILER_ERROR_TRANSIENT },
	{ "greeting-421", { "-Q", "CONNECT", NULL }, DM_MAILER_ERROR_TRANSIENT },
	/* Hung up before the data went out: nothing can have been delivered. */
	{ "hangup-at-rcpt", { "-q", "RCPT", NULL }, DM_MAILER_ERROR_TRANSIENT },
	/* The server took the whole message and hung up without a verdict: it may have it. */
	{ "hangup-after-data", { "-q", ".", NULL }, DM_MAILER_ERROR_UNCERTAIN },
};

static void
test_submit_fail(gconstpointer data)
{
	const FailCase *fc = data;
	DmTestSink *sink = dm_test_sink_start(0, fc->opts);
	g_autoptr(GError) err = NULL;
	gboolean ok = TRUE;
	submit_to(sink, &err, &ok);
	g_assert_false(ok);
	g_assert_nonnull(err);
	g_test_message("%s: %s", fc->name, err->message);
	g_assert_error(err, DM_MAILER_ERROR, (gint) fc->expect);
	g_assert_nonnull(strstr(err->message, "smtp://127.0.0.1:"));
	dm_test_sink_stop(sink);
}

static void
test_submit_nobody_listening(void)
{
	int port = dm_test_free_port();
	g_autofree char *url = g_strdup_printf("smtp://127.0.0.1:%d", port);
	g_autoptr(DmConfig) c = make_config(url);
	g_autofree char *mid = dm_mailer_new_message_id(c);
	g_autoptr(GBytes) bytes = compose(c, mid);
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_mailer_submit(c, NULL, "klant@debtor.example", bytes, &err));
	g_assert_error(err, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT);
	g_assert_nonnull(strstr(err->message, url));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	dm_parser_init();
	g_test_add_func("/mailer/message-id", test_message_id);
	g_test_add_func("/mailer/compose", test_compose);
	g_test_add_func("/mailer/submit/ok", test_submit_ok);
	g_test_add_func("/mailer/session/reuse-and-dsn", test_session_reuse_and_dsn);
	g_test_add_func("/mailer/dsn/not-offered", test_dsn_not_offered);
	g_test_add_func("/mailer/dsn/refusals", test_dsn_refusals);
	g_test_add_func("/mailer/dsn/dot-stuff-and-ehlo", test_dot_stuff_and_ehlo);
	g_test_add_func("/mailer/queue-id", test_queue_id);
	g_test_add_func("/mailer/submit/nobody-listening", test_submit_nobody_listening);
	for (gsize i = 0; i < G_N_ELEMENTS(fail_cases); i++) {
		g_autofree char *p = g_strconcat("/mailer/submit/", fail_cases[i].name, NULL);
		g_test_add_data_func(p, &fail_cases[i], test_submit_fail);
	}
	return g_test_run();
}
