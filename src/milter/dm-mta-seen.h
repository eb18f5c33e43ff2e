/* dm-mta-seen: what the milter knows of its MTA — a warning when none has connected a
 * while after start (a socket Postfix cannot reach fails silently otherwise), and the
 * status file (common/dm-milter-status.h) saying when it last saw mail.
 *
 * Called from libmilter's threads; the notes only take a short mutex.  A thread of its own
 * writes the file, at most once a minute (at once for the first connect and the first
 * mail).  A status file that cannot be written is a warning, once: mail goes on.
 */
#pragma once
#include <glib.h>

/* Records the start and starts the thread that writes the file and, when
 * @warn_after_seconds > 0, warns when no MTA connected within that time (naming @socket). */
void dm_mta_seen_start(const char *spool_dir, int warn_after_seconds, const char *socket);
/* An MTA connected / began a message (MAIL FROM). */
void dm_mta_seen_connect(void);
void dm_mta_seen_mail(void);
