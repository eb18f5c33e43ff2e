/* mta_check: the checks that ask the mail system (dm-mta-check.h). */
#include "common/dm-mta-check.h"

#include <gio/gio.h>
#include <string.h>

#define SMTP_LINE_MAX 1024

char *
dm_postconf_get(const char *name, GError **error)
{
	const char *argv[] = { "postconf", "-xh", name, NULL };
	g_autofree char *out = NULL, *err = NULL;
	int status = 0;
	if (!g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
	                  &status, error))
		return NULL;
	if (!g_spawn_check_wait_status(status, error)) {
		g_prefix_error(error, "postconf -xh %s: %s: ", name, err ? g_strstrip(err) : "");
		return NULL;
	}
	return g_strdup(g_strstrip(out));
}

void
dm_config_check_authserv(const DmConfig *c, const char *smtpd_milters, GPtrArray *findings)
{
	if (!c->authserv_id || !smtpd_milters)
		return;
	/* Sockets are named after the program on every packaging we know of
	 * (local:/run/opendkim/opendkim.sock, inet:localhost:8893 is the exception). */
	g_autofree char *lower = g_ascii_strdown(smtpd_milters, -1);
	if (strstr(lower, "dmarc") || strstr(lower, "dkim") || strstr(lower, "8891") ||
	    strstr(lower, "8893"))
		return;
	dm_finding_add(findings, DM_FINDING_WARNING, "[mail] authserv_id",
	               "run OpenDMARC (and OpenDKIM) before dunmail in smtpd_milters, or remove "
	               "authserv_id",
	               "'%s' is set but Postfix's smtpd_milters (%s) shows no DMARC or DKIM milter: "
	               "nothing removes an Authentication-Results header a stranger writes with "
	               "this id, so a forged 'dmarc=pass' would let their reply pause or stop "
	               "dunning", c->authserv_id, *smtpd_milters ? smtpd_milters : "empty");
}

/* Reads one SMTP reply (its continuation lines too); FALSE unless its code is @want. */
static gboolean
smtp_expect(GDataInputStream *in, const char *want, char **last, GError **error)
{
	for (;;) {
		g_free(*last);
		gsize len = 0;
		*last = g_data_input_stream_read_line(in, &len, NULL, error);
		if (!*last) {
			if (error && !*error)
				g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED,
				                    "the server closed the connection");
			return FALSE;
		}
		g_strchomp(*last);
		if (len < 3 || len > SMTP_LINE_MAX || strncmp(*last, want, 3) != 0) {
			g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "expected %s, got '%.80s'",
			            want, *last);
			return FALSE;
		}
		if ((*last)[3] != '-')
			return TRUE;
	}
}

static gboolean
smtp_dialogue(GSocketConnection *conn, GError **error)
{
	GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
	g_autoptr(GDataInputStream) in =
		g_data_input_stream_new(g_io_stream_get_input_stream(G_IO_STREAM(conn)));
	g_data_input_stream_set_newline_type(in, G_DATA_STREAM_NEWLINE_TYPE_ANY);
	g_autofree char *line = NULL;
	g_autofree char *ehlo = g_strdup_printf("EHLO %s\r\n", g_get_host_name());
	if (!smtp_expect(in, "220", &line, error)) {
		g_prefix_error(error, "greeting: ");
		return FALSE;
	}
	if (!g_output_stream_write_all(out, ehlo, strlen(ehlo), NULL, NULL, error) ||
	    !smtp_expect(in, "250", &line, error)) {
		g_prefix_error(error, "EHLO: ");
		return FALSE;
	}
	if (!g_output_stream_write_all(out, "QUIT\r\n", 6, NULL, NULL, error) ||
	    !smtp_expect(in, "221", &line, error)) {
		g_prefix_error(error, "QUIT: ");
		return FALSE;
	}
	return TRUE;
}

void
dm_config_check_smtp(const DmConfig *c, guint timeout_seconds, GPtrArray *findings)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GUri) uri = g_uri_parse(c->smtp_url, G_URI_FLAGS_NONE, &error);
	gboolean tls = g_str_has_prefix(c->smtp_url, "smtps:");
	if (uri && !g_uri_get_host(uri))
		g_set_error_literal(&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "no host");
	if (error) {
		dm_finding_add(findings, DM_FINDING_ERROR, "[mail] smtp_url",
		               "write smtp://HOST[:PORT]", "'%s': %s", c->smtp_url, error->message);
		return;
	}
	int port = g_uri_get_port(uri);
	if (port < 0)
		port = tls ? 465 : 25;
	g_autoptr(GSocketClient) client = g_socket_client_new();
	g_socket_client_set_timeout(client, timeout_seconds);
	g_autoptr(GSocketConnection) conn = g_socket_client_connect_to_host(
		client, g_uri_get_host(uri), (guint16) port, NULL, &error);
	if (conn && !tls)
		smtp_dialogue(conn, &error);
	if (error)
		dm_finding_add(findings, DM_FINDING_ERROR, "[mail] smtp_url",
		               "start the MTA or correct the URL: reminders and the digest go there",
		               "%s: %s", c->smtp_url, error->message);
}

gboolean
dm_smtp_url_is_loopback(const char *smtp_url)
{
	g_autoptr(GUri) uri = g_uri_parse(smtp_url, G_URI_FLAGS_NONE, NULL);
	const char *host = uri ? g_uri_get_host(uri) : NULL;
	if (!host)
		return FALSE;
	if (g_ascii_strcasecmp(host, "localhost") == 0)
		return TRUE;
	g_autoptr(GInetAddress) addr = g_inet_address_new_from_string(host);
	return addr && g_inet_address_get_is_loopback(addr);
}
