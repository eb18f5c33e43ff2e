/* mailer: compose with GMime, submit with libcurl's SMTP.
 *
 * The submission is an ordinary SMTP client session to the configured URL — normally the
 * local Postfix — so reminders pass the same MTA (and the same milter) as the owner's mail.
 */
#include "dunning/send/dm-mailer.h"
#include "dunning/send/dm-smtp-dsn.h"
#include "common/dm-message-id.h"
#include "common/dm-mta-check.h"
#include "common/dm-sanitize.h"

#include <curl/curl.h>
#include "parser/mime/dm-message.h"
#include <string.h>

G_DEFINE_QUARK(dm-mailer-error-quark, dm_mailer_error)

char *
dm_mailer_new_message_id(const DmConfig *config)
{
	return dm_message_id_new(config->billing_addresses[0]);
}

/* (transfer full) a text/@subtype part holding @text. */
static GMimeTextPart *
text_part(const char *subtype, const char *text)
{
	GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
	g_mime_text_part_set_text(part, text);    /* picks the charset */
	/* Quoted-printable: libcurl does not announce 8BITMIME, so 8bit would be a violation. */
	g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
	return part;
}

GBytes *
dm_mailer_compose(const DmConfig *config, const DmMailSpec *spec, const char *message_id)
{
	dm_parser_init();           /* GMime must be initialised; idempotent */
	g_autoptr(GMimeMessage) msg = g_mime_message_new(TRUE);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, config->from_name,
	                           config->billing_addresses[0]);
	g_autofree char *to_name = spec->to_name ? dm_sanitize(spec->to_name, 200) : NULL;
	g_autofree char *subject = dm_sanitize(spec->subject, 400);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, to_name, spec->to_address);
	if (spec->reply_to)
		g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_REPLY_TO, config->from_name,
		                           spec->reply_to);
	g_mime_message_set_subject(msg, subject, "utf-8");
	g_mime_message_set_date(msg, spec->date);
	/* GMime wants the id without brackets. */
	g_autofree char *bare = g_strndup(message_id + 1, strlen(message_id) - 2);
	g_mime_message_set_message_id(msg, bare);

	GMimeObject *obj = GMIME_OBJECT(msg);
	if (spec->in_reply_to)
		g_mime_object_set_header(obj, "In-Reply-To", spec->in_reply_to, NULL);
	if (spec->references && spec->references->len > 0) {
		g_autoptr(GString) refs = g_string_new(NULL);
		for (guint i = 0; i < spec->references->len; i++)
			g_string_append_printf(refs, "%s%s", i ? " " : "",
			                       (const char *) g_ptr_array_index(spec->references, i));
		g_mime_object_set_header(obj, "References", refs->str, NULL);
	}
	g_mime_object_set_header(obj, "Auto-Submitted", "auto-generated", NULL);
	g_mime_object_set_header(obj, "X-Dunmail", spec->kind, NULL);

	g_autoptr(GMimeTextPart) part = text_part("plain", spec->body);
	if (spec->html) {
		/* Plain text first: a client shows the last alternative it can render. */
		g_autoptr(GMimeMultipart) alt = g_mime_multipart_new_with_subtype("alternative");
		g_autoptr(GMimeTextPart) html = text_part("html", spec->html);
		g_mime_multipart_add(alt, GMIME_OBJECT(part));
		g_mime_multipart_add(alt, GMIME_OBJECT(html));
		g_mime_message_set_mime_part(msg, GMIME_OBJECT(alt));
	} else {
		g_mime_message_set_mime_part(msg, GMIME_OBJECT(part));
	}

	GMimeFormatOptions *fmt = g_mime_format_options_clone(g_mime_format_options_get_default());
	g_mime_format_options_set_newline_format(fmt, GMIME_NEWLINE_FORMAT_DOS);
	g_autofree char *text = g_mime_object_to_string(obj, fmt);
	g_mime_format_options_free(fmt);
	gsize len = strlen(text);
	return g_bytes_new_take(g_steal_pointer(&text), len);
}

typedef struct {
	const char *data;
	gsize len, pos;
} Upload;

static size_t
read_upload(char *buf, size_t size, size_t nitems, void *user)
{
	Upload *up = user;
	size_t n = MIN(size * nitems, up->len - up->pos);
	memcpy(buf, up->data + up->pos, n);
	up->pos += n;
	return n;
}

/* What a failed session means for the outbox.
 *   - a 5xx for the recipient or for the message itself is final: the debtor's server
 *     will not take it;
 *   - a 5xx before that (MAIL FROM, AUTH, TLS) is our own configuration's problem: hold
 *     the reminder and retry, so a misconfiguration never uses up a ladder step;
 *   - a 4xx, no connection, or a break before the data went out: retry;
 *   - a break after the data went out: it may have been delivered, so never retry. */
static DmMailerError
classify_failure(CURLcode rc, long code, const char *curl_err, gsize sent)
{
	gboolean at_rcpt = g_str_has_prefix(curl_err, "RCPT failed");
	if (code >= 500 && code < 600 && (at_rcpt || sent > 0))
		return DM_MAILER_ERROR_PERMANENT;
	if ((code >= 400 && code < 600) || sent == 0 || rc == CURLE_COULDNT_CONNECT ||
	    rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_UNSUPPORTED_PROTOCOL ||
	    rc == CURLE_LOGIN_DENIED || rc == CURLE_USE_SSL_FAILED)
		return DM_MAILER_ERROR_TRANSIENT;
	return DM_MAILER_ERROR_UNCERTAIN;
}

/* One SMTP client for a pass: libcurl keeps the connection of an easy handle open after
 * a transfer and takes it up for the next one to the same URL, so a pass opens one
 * connection however many messages it hands over. */
struct DmSmtpSession {
	const DmConfig *config;
	CURL *curl;
	guint connections;          /* connections opened, for the log and the tests */
	char last_250[256];         /* the server's last 250 line of the current transfer */
};

DmSmtpSession *
dm_smtp_session_new(const DmConfig *config)
{
	static gsize curl_ready;
	if (g_once_init_enter(&curl_ready)) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		g_once_init_leave(&curl_ready, 1);
	}
	DmSmtpSession *s = g_new0(DmSmtpSession, 1);
	s->config = config;
	s->curl = curl_easy_init();     /* NULL (no memory) fails each submit, transiently */
	return s;
}

void
dm_smtp_session_free(DmSmtpSession *s)
{
	if (!s)
		return;
	if (s->curl)
		curl_easy_cleanup(s->curl);     /* says QUIT on the open connection */
	g_free(s);
}

guint
dm_smtp_session_connections(const DmSmtpSession *s)
{
	return s->connections;
}

/* Keeps the server's 250 lines: the last one of a transfer answers the end of DATA and
 * names the queue id ("250 2.0.0 Ok: queued as 4ABC123"). */
static int
on_debug(CURL *curl, curl_infotype type, char *data, size_t size, void *user)
{
	(void) curl;
	DmSmtpSession *s = user;
	if (type != CURLINFO_HEADER_IN || size < 4 || memcmp(data, "250 ", 4) != 0)
		return 0;
	size_t n = MIN(size, sizeof s->last_250 - 1);
	memcpy(s->last_250, data, n);
	s->last_250[n] = '\0';
	g_strchomp(s->last_250);
	return 0;
}

#define QUEUE_ID_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._"

/* Sendmail: "250 2.0.0 6B21Gwmr012076 Message accepted for delivery": the word before the
 * fixed text, when the reply is exactly that shape (code, optional status, id, text). */
static char *
sendmail_queue_id(const char *reply)
{
	static const char tail[] = " Message accepted for delivery";
	const char *end = strstr(reply, tail);
	if (!end || end[strlen(tail)] != '\0')
		return NULL;
	const char *start = end;
	while (start > reply && start[-1] != ' ')
		start--;
	gsize n = (gsize) (end - start);
	if (start == reply || n == 0 || n > 64 || strspn(start, QUEUE_ID_CHARS) != n)
		return NULL;
	/* Sendmail's ids hold letters; a status code ("2.0.0") is no id. */
	gboolean letter = FALSE;
	for (gsize i = 0; i < n; i++)
		letter |= g_ascii_isalpha(start[i]);
	if (!letter)
		return NULL;
	return g_strndup(start, n);
}

char *
dm_mailer_queue_id(const char *reply)
{
	/* Postfix: "queued as 4ABC123"; Exim: "OK id=1abc-000..."; Sendmail: the word before
	 * "Message accepted for delivery". */
	static const char *const marks[] = { "queued as ", "id=" };
	for (gsize i = 0; reply && i < G_N_ELEMENTS(marks); i++) {
		const char *at = strstr(reply, marks[i]);
		if (!at)
			continue;
		at += strlen(marks[i]);
		gsize n = strspn(at, QUEUE_ID_CHARS);
		if (n > 0 && n <= 64)
			return g_strndup(at, n);
	}
	return reply ? sendmail_queue_id(reply) : NULL;
}

/* The CURLOPT_USE_SSL level of [mail] smtp_starttls.  A password never goes in the
 * clear, so AUTH makes STARTTLS required.  "try" means: where the wire leaves this
 * machine.  On loopback there is nothing to protect, and a stock Debian Postfix offers
 * STARTTLS with its self-signed snakeoil certificate, which fails verification: trying
 * it there would hold every reminder for good. */
static long
tls_level(const DmConfig *config)
{
	if (config->smtp_user || g_strcmp0(config->smtp_starttls, "required") == 0)
		return (long) CURLUSESSL_ALL;
	if (g_strcmp0(config->smtp_starttls, "no") == 0 ||
	    dm_smtp_url_is_loopback(config->smtp_url))
		return (long) CURLUSESSL_NONE;
	return (long) CURLUSESSL_TRY;
}

/* What every connection to config->smtp_url needs: the URL, TLS, AUTH, time limits. */
static void
set_connection(CURL *curl, const DmConfig *config)
{
	curl_easy_setopt(curl, CURLOPT_URL, config->smtp_url);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	if (config->smtp_user) {
		curl_easy_setopt(curl, CURLOPT_USERNAME, config->smtp_user);
		curl_easy_setopt(curl, CURLOPT_PASSWORD, config->smtp_password);
	}
	curl_easy_setopt(curl, CURLOPT_USE_SSL, tls_level(config));
	if (config->smtp_ca_file)
		curl_easy_setopt(curl, CURLOPT_CAINFO, config->smtp_ca_file);
}

/* The 14-day letter on a connection of its own, asking for a DSN (dm-smtp-dsn.h).
 * *@sent: TRUE when it went, or when it failed (then with @error); FALSE when the server
 * offers no DSN and nothing was sent — the caller then sends it the ordinary way. */
static gboolean
submit_with_dsn(DmSmtpSession *s, const char *envelope_from, const char *recipient,
                GBytes *message, char **queue_id, gboolean *sent, GError **error)
{
	*sent = TRUE;
	CURL *curl = curl_easy_init();
	if (!curl) {
		g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT, "smtp: out of memory");
		return FALSE;
	}
	set_connection(curl, s->config);
	gboolean offered = FALSE;
	g_autofree char *reply = NULL;
	g_autoptr(GError) err = NULL;
	gboolean ok = dm_smtp_dsn_submit(curl, s->config->smtp_url, envelope_from, recipient,
	                                 message, &offered, &reply, &err);
	long connects = 0;
	curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
	s->connections += (guint) connects;
	curl_easy_cleanup(curl);
	if (ok) {
		if (queue_id)
			*queue_id = dm_mailer_queue_id(reply);
		return TRUE;
	}
	if (err) {
		g_propagate_error(error, g_steal_pointer(&err));
		return FALSE;
	}
	g_warning("smtp %s announces no DSN: the letter to %s goes without a request for a "
	          "delivery notification, so no proof of arrival will come back",
	          s->config->smtp_url, recipient);
	*sent = FALSE;
	return FALSE;
}

gboolean
dm_smtp_session_submit(DmSmtpSession *s, const char *envelope_from, const char *recipient,
                       GBytes *message, gboolean request_dsn, char **queue_id,
                       GError **error)
{
	const DmConfig *config = s->config;
	if (queue_id)
		*queue_id = NULL;
	if (!s->curl) {
		g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT, "smtp: out of memory");
		return FALSE;
	}
	const char *from_address = envelope_from ? envelope_from : config->billing_addresses[0];
	if (request_dsn) {
		gboolean sent;
		gboolean ok = submit_with_dsn(s, from_address, recipient, message, queue_id, &sent,
		                              error);
		if (sent)
			return ok;
	}
	CURL *curl = s->curl;
	/* Two statements: in one initializer the order of the zero-fill and the length
	 * store is unspecified (C11 6.7.9p23), and clang does zero the length last. */
	gsize len = 0;
	const char *data = g_bytes_get_data(message, &len);
	Upload up = { .data = data, .len = len };
	g_autofree char *from = g_strdup_printf("<%s>", from_address);
	g_autofree char *rcpt = g_strdup_printf("<%s>", recipient);
	struct curl_slist *rcpts = curl_slist_append(NULL, rcpt);
	char curl_err[CURL_ERROR_SIZE] = "";
	s->last_250[0] = '\0';

	set_connection(curl, config);
	curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpts);
	curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
	curl_easy_setopt(curl, CURLOPT_READDATA, &up);
	curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t) up.len);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_err);
	curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, on_debug);
	curl_easy_setopt(curl, CURLOPT_DEBUGDATA, s);
	curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);    /* feeds on_debug only */

	CURLcode rc = curl_easy_perform(curl);
	long code = 0, connects = 0;
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
	s->connections += (guint) connects;
	/* The list and the buffer die here: the handle must not point at them any more. */
	curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, NULL);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(curl, CURLOPT_READDATA, NULL);
	curl_slist_free_all(rcpts);
	if (rc == CURLE_OK) {
		if (queue_id)
			*queue_id = dm_mailer_queue_id(s->last_250);
		return TRUE;
	}
	DmMailerError kind = classify_failure(rc, code, curl_err, up.pos);
	g_set_error(error, DM_MAILER_ERROR, kind,
	            "smtp %s: %s%s%s (last reply %ld)", config->smtp_url, curl_easy_strerror(rc),
	            curl_err[0] ? ": " : "", curl_err, code);
	return FALSE;
}

gboolean
dm_mailer_submit(const DmConfig *config, const char *envelope_from, const char *recipient,
                 GBytes *message, GError **error)
{
	g_autoptr(DmSmtpSession) s = dm_smtp_session_new(config);
	return dm_smtp_session_submit(s, envelope_from, recipient, message, FALSE, NULL, error);
}
