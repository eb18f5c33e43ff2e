/* dm-daemon-lock: one dunmaild per ledger (here, beside the ledger, so that `dunmail status`
 * can ask whether one runs).
 *
 * dunmaild is the single writer of its ledger (DESIGN.md); two of them would ingest the
 * same spool and could both send a reminder.  At start it takes an exclusive lock on a
 * file beside the ledger, "<database>.lock", held for the life of the process and let go
 * by the kernel when it ends however it ends; a second dunmaild finds it taken and stops.
 *
 * Diagnostics: DM_DAEMON_LOCK_ERROR_HELD names the lock file and the holder's pid; G_IO_ERROR
 * when the lock file cannot be opened.  Reported by the caller, once.
 */
#pragma once
#include <glib.h>

#define DM_DAEMON_LOCK_ERROR (dm_daemon_lock_error_quark())
GQuark dm_daemon_lock_error_quark(void);
typedef enum { DM_DAEMON_LOCK_ERROR_HELD = 1 } DmDaemonLockError;

/* (transfer full) "<the ledger's canonical location>.lock" (dm_ledger_canonical_location), or
 * NULL with @error when @database names no ledger this dunmail knows. */
char *dm_daemon_lock_path(const char *database, GError **error);

/* Takes the lock for @database.  Returns the descriptor that holds it (keep it open for
 * the life of the process; closing it lets the lock go), or -1 with @error. */
int dm_daemon_lock_take(const char *database, GError **error);

/* Whether a dunmaild holds the lock of @database, without taking it (`dunmail status`):
 * *@pid_out is its pid, -1 when held but the pid is unknown, 0 when free. */
gboolean dm_daemon_lock_holder(const char *database, long *pid_out, GError **error);
