/* dm-milter-status: the small file in which dunmail-milter says when it started, when an
 * MTA last connected and when it last saw mail, for `dunmail status`.
 *
 * "<spool>/milter.status", "Key: ISO-8601-UTC" lines (Started, Last-Connect, Last-Mail;
 * "-" for never).  The milter writes it from a thread of its own, never in an MTA's time:
 * at start, at once for the first connect and the first mail, then at most once a minute
 * (write to a temporary file, rename), so a busy server pays one small write a minute.
 */
#pragma once
#include <glib.h>

#define DM_MILTER_STATUS_FILE "milter.status"

typedef struct {
	gint64 started;             /* unix seconds; 0: never / unknown */
	gint64 last_connect;
	gint64 last_mail;
} DmMilterStatus;

/* (transfer full) the file's text for @status. */
char *dm_milter_status_format(const DmMilterStatus *status);
/* Reads "<@spool_dir>/milter.status"; FALSE with @error when it is missing or unreadable. */
gboolean dm_milter_status_read(const char *spool_dir, DmMilterStatus *out, GError **error);
/* Writes it, atomically (temporary file, rename). */
gboolean dm_milter_status_write(const char *spool_dir, const DmMilterStatus *status,
                                GError **error);
