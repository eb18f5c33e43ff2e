/* smtp_dsn: one SMTP transaction whose envelope asks for a delivery status notification.
 *
 * RFC 3461 puts the request in parameters after the addresses (MAIL FROM:<a> RET=HDRS,
 * RCPT TO:<b> NOTIFY=SUCCESS,FAILURE), and libcurl's SMTP API (as of 7.88) has no place
 * for them: it strips what follows the address's closing bracket badly, and Postfix
 * answers the result with 501.  So libcurl does what it does well — connect, greet, EHLO,
 * STARTTLS and AUTH (CURLOPT_CONNECT_ONLY) — and the transaction itself is spoken here
 * over its connection with curl_easy_send()/curl_easy_recv().  Only the 14-day letter
 * takes this path; every other message goes through libcurl's own transfer.
 */
#include "dunning/send/dm-smtp-dsn.h"
#include "dunning/send/dm-mailer.h"

#include <poll.h>
#include <string.h>

/* How long one reply may take: RFC 5321 4.5.3.2 asks clients to wait 5 minutes for MAIL,
 * RCPT and the end of DATA, which is also what the libcurl path allows a whole transfer. */
#define REPLY_TIMEOUT_MS (300 * 1000)

GString *
dm_smtp_dot_stuff(const char *data, gsize len)
{
	GString *out = g_string_sized_new(len + len / 64 + 8);
	gboolean line_start = TRUE;
	for (gsize i = 0; i < len; i++) {
		if (line_start && data[i] == '.')
			g_string_append_c(out, '.');
		g_string_append_c(out, data[i]);
		line_start = data[i] == '\n';
	}
	if (out->len == 0 || !g_str_has_suffix(out->str, "\r\n"))
		g_string_append(out, "\r\n");
	g_string_append(out, ".\r\n");
	return out;
}

gboolean
dm_smtp_ehlo_offers(const char *line, const char *keyword)
{
	/* "250-DSN" or "250 DSN", possibly followed by parameters. */
	if (strlen(line) < 4 || strncmp(line, "250", 3) != 0 || (line[3] != '-' && line[3] != ' '))
		return FALSE;
	gsize n = strlen(keyword);
	return g_ascii_strncasecmp(line + 4, keyword, n) == 0 &&
	       (line[4 + n] == '\0' || line[4 + n] == ' ' || line[4 + n] == '\r' ||
	        line[4 + n] == '\n');
}

typedef struct {
	CURL *curl;
	const char *url;
	gboolean offers_dsn;
	GString *in;                /* received, not yet consumed */
} Conn;

/* Watches the server's EHLO lines while libcurl connects. */
static int
on_debug(CURL *curl, curl_infotype type, char *data, size_t size, void *user)
{
	(void) curl;
	Conn *c = user;
	if (type != CURLINFO_HEADER_IN)
		return 0;
	g_autofree char *line = g_strndup(data, size);
	if (dm_smtp_ehlo_offers(line, "DSN"))
		c->offers_dsn = TRUE;
	return 0;
}

static gboolean
wait_socket(Conn *c, short events, int timeout_ms)
{
	curl_socket_t fd = CURL_SOCKET_BAD;
	if (curl_easy_getinfo(c->curl, CURLINFO_ACTIVESOCKET, &fd) != CURLE_OK ||
	    fd == CURL_SOCKET_BAD)
		return FALSE;
	struct pollfd p = { .fd = fd, .events = events };
	return poll(&p, 1, timeout_ms) > 0;
}

static gboolean
send_all(Conn *c, const char *data, gsize len, GError **error)
{
	gsize done = 0;
	while (done < len) {
		size_t n = 0;
		CURLcode rc = curl_easy_send(c->curl, data + done, len - done, &n);
		if (rc == CURLE_AGAIN) {
			if (!wait_socket(c, POLLOUT, REPLY_TIMEOUT_MS))
				goto broken;
			continue;
		}
		if (rc != CURLE_OK) {
			g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT, "smtp %s: %s",
			            c->url, curl_easy_strerror(rc));
			return FALSE;
		}
		done += n;
	}
	return TRUE;
broken:
	g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT,
	            "smtp %s: the connection stopped taking data", c->url);
	return FALSE;
}

/* Reads one whole reply (all its lines); its code in *@code (0 when none came: the
 * connection broke or timed out) and its last line in *@last (transfer full). */
static void
read_reply(Conn *c, int *code, char **last)
{
	*code = 0;
	*last = NULL;
	for (;;) {
		char *nl;
		while ((nl = memchr(c->in->str, '\n', c->in->len))) {
			gsize n = (gsize) (nl - c->in->str) + 1;
			g_autofree char *line = g_strndup(c->in->str, n);
			g_string_erase(c->in, 0, (gssize) n);
			g_strchomp(line);
			if (strlen(line) < 3 || !g_ascii_isdigit(line[0]))
				return;                 /* not SMTP: treat as no reply */
			if (line[3] != '-') {           /* the last line of the reply */
				*code = (int) g_ascii_strtoll(line, NULL, 10);
				*last = g_steal_pointer(&line);
				return;
			}
		}
		char buf[1024];
		size_t n = 0;
		CURLcode rc = curl_easy_recv(c->curl, buf, sizeof buf, &n);
		if (rc == CURLE_AGAIN) {
			if (!wait_socket(c, POLLIN, REPLY_TIMEOUT_MS))
				return;
			continue;
		}
		if (rc != CURLE_OK || n == 0)
			return;
		g_string_append_len(c->in, buf, (gssize) n);
	}
}

/* Sends @command and reads its reply; FALSE with @error of @kind_5xx for a 5xx, of
 * TRANSIENT for a 4xx or a broken connection. */
static gboolean
command(Conn *c, const char *command, int want, DmMailerError kind_5xx, GError **error)
{
	if (!send_all(c, command, strlen(command), error))
		return FALSE;
	int code;
	g_autofree char *last = NULL;
	read_reply(c, &code, &last);
	if (code == want)
		return TRUE;
	g_autofree char *sent = g_strndup(command, strcspn(command, "\r\n"));
	g_set_error(error, DM_MAILER_ERROR,
	            code >= 500 && code < 600 ? kind_5xx : DM_MAILER_ERROR_TRANSIENT,
	            "smtp %s: %s: %s", c->url, sent, last ? last : "no reply");
	return FALSE;
}

gboolean
dm_smtp_dsn_submit(CURL *curl, const char *url, const char *envelope_from,
                   const char *recipient, GBytes *message, gboolean *offered,
                   char **reply_250, GError **error)
{
	g_autoptr(GString) in = g_string_new(NULL);
	Conn c = { .curl = curl, .url = url, .in = in };
	*offered = FALSE;
	*reply_250 = NULL;
	curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
	curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, on_debug);
	curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &c);
	curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);    /* feeds on_debug only */
	char curl_err[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_err);
	CURLcode rc = curl_easy_perform(curl);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(curl, CURLOPT_DEBUGDATA, NULL);
	curl_easy_setopt(curl, CURLOPT_VERBOSE, 0L);
	if (rc != CURLE_OK) {
		g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_TRANSIENT, "smtp %s: %s%s%s",
		            url, curl_easy_strerror(rc), curl_err[0] ? ": " : "", curl_err);
		return FALSE;
	}
	*offered = c.offers_dsn;
	if (!c.offers_dsn)
		return FALSE;               /* nothing sent: the caller submits it without */

	g_autofree char *mail = g_strdup_printf("MAIL FROM:<%s> RET=HDRS\r\n", envelope_from);
	g_autofree char *rcpt = g_strdup_printf("RCPT TO:<%s> NOTIFY=SUCCESS,FAILURE\r\n",
	                                        recipient);
	/* A 5xx to MAIL FROM is our own configuration's problem (dm-mailer.h): retry. */
	if (!command(&c, mail, 250, DM_MAILER_ERROR_TRANSIENT, error) ||
	    !command(&c, rcpt, 250, DM_MAILER_ERROR_PERMANENT, error) ||
	    !command(&c, "DATA\r\n", 354, DM_MAILER_ERROR_TRANSIENT, error))
		return FALSE;
	gsize len = 0;
	const char *data = g_bytes_get_data(message, &len);
	g_autoptr(GString) stuffed = dm_smtp_dot_stuff(data, len);
	/* Until the final dot has gone the server cannot have taken the message; from then
	 * on a missing reply leaves it unknown (dm-mailer.h: never retried blindly). */
	gsize body = stuffed->len - 3;
	if (!send_all(&c, stuffed->str, body, error))
		return FALSE;
	g_autoptr(GError) late = NULL;
	if (!send_all(&c, stuffed->str + body, 3, &late)) {
		g_set_error(error, DM_MAILER_ERROR, DM_MAILER_ERROR_UNCERTAIN,
		            "%s, while the end of data went out", late->message);
		return FALSE;
	}
	int code;
	g_autofree char *last = NULL;
	read_reply(&c, &code, &last);
	if (code == 250) {
		*reply_250 = g_steal_pointer(&last);
		/* QUIT's answer changes nothing: the message is the server's now. */
		g_autoptr(GError) ignored = NULL;
		command(&c, "QUIT\r\n", 221, DM_MAILER_ERROR_TRANSIENT, &ignored);
		return TRUE;
	}
	g_set_error(error, DM_MAILER_ERROR,
	            code >= 500 && code < 600 ? DM_MAILER_ERROR_PERMANENT
	            : code >= 400 ? DM_MAILER_ERROR_TRANSIENT : DM_MAILER_ERROR_UNCERTAIN,
	            "smtp %s: end of data: %s", url, last ? last : "no reply");
	return FALSE;
}
