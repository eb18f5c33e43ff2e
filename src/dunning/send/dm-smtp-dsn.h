/* dm-smtp-dsn: an SMTP transaction with a delivery status notification request
 * (RFC 3461), which libcurl's SMTP API cannot send (smtp_dsn.c says why).  Used by
 * dm_smtp_session_submit() for the 14-day letter; errors are DM_MAILER_ERROR's. */
#pragma once
#include <curl/curl.h>
#include <glib.h>

/* Submits @message over @curl, a fresh easy handle the caller set up for its URL (@url,
 * for messages), TLS and AUTH: MAIL FROM:<@envelope_from> RET=HDRS, RCPT TO:<@recipient>
 * NOTIFY=SUCCESS,FAILURE.  *@offered says whether the server announced DSN in its EHLO;
 * when it did not, nothing was sent and FALSE comes back without an error.  On success
 * the server's reply to the end of DATA in *@reply_250 (transfer full). */
gboolean dm_smtp_dsn_submit(CURL *curl, const char *url, const char *envelope_from,
                            const char *recipient, GBytes *message, gboolean *offered,
                            char **reply_250, GError **error);

/* (transfer full) @data (CRLF line ends) as DATA carries it: a dot doubled at the start
 * of each line (RFC 5321 4.5.2), ending in CRLF "." CRLF. */
GString *dm_smtp_dot_stuff(const char *data, gsize len);

/* Does EHLO reply line @line ("250-DSN", "250 DSN") announce @keyword? */
gboolean dm_smtp_ehlo_offers(const char *line, const char *keyword);
