/* dm-mta-check: the checks of `dunmail check-config` that ask the mail system: which
 * milters Postfix runs before ours, and whether the SMTP server reminders go through
 * answers.  Only the CLI makes them (a program at start must not wait on the network).
 */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "common/dm-finding.h"

/* (transfer full) Postfix's parameter @name, expanded (`postconf -xh NAME`; postconf is
 * looked up in PATH), or NULL with @error when postconf is missing or fails. */
char *dm_postconf_get(const char *name, GError **error);

/* [mail] authserv_id set while @smtpd_milters (Postfix's smtpd_milters, NULL: unknown)
 * shows no DMARC or DKIM milter: a warning saying what a forged Authentication-Results
 * header could then do. */
void dm_config_check_authserv(const DmConfig *config, const char *smtpd_milters,
                              GPtrArray *findings);

/* Connects to [mail] smtp_url, reads the greeting, says EHLO and QUIT, each step within
 * @timeout_seconds; an error finding when any step fails.  smtps:// is checked up to
 * the TCP connection (the TLS handshake is left to the first reminder). */
void dm_config_check_smtp(const DmConfig *config, guint timeout_seconds, GPtrArray *findings);

/* TRUE when @smtp_url's host is a loopback address (127.0.0.0/8, ::1) or "localhost":
 * where a test sink may listen, and nothing reaches the world. */
gboolean dm_smtp_url_is_loopback(const char *smtp_url);
