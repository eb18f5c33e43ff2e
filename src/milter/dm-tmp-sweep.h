/* dm-tmp-sweep: clears the spool's tmp/ of copies a crashed milter left behind.
 *
 * A spool copy in tmp/ becomes real only by its rename into new/ (doc/spool.md); one still
 * in tmp/ after its writer died is never read by anyone, and would stay for ever.  At
 * start-up dunmail-milter removes the regular files in tmp/ whose writer process is gone
 * (the pid is in the name, dm_spool_writer_name_pid) and any older than an hour: a second
 * milter sharing the spool may be writing younger ones right now (a message in flight is
 * bounded by the MTA's milter timeouts, minutes at most).
 *
 * A stale copy of billing mail is named before it goes: its envelope (the queue id,
 * sender and recipients) becomes a missed record (dm-missed.h).
 *
 * Diagnostics: each removal is logged (g_message); trouble (tmp/ unreadable, a file that
 * will not go) is a warning and never stops the program: a stale file costs disk, not mail.
 */
#pragma once
#include <glib.h>

/* Files in tmp/ older than this (by modification time) are left over from a crash. */
#define DM_TMP_STALE_SECONDS (60 * 60)

/* Removes the regular files in @spool_dir/tmp whose writer process is gone, or whose
 * modification time is more than @min_age seconds before @now (seconds since the epoch;
 * the caller's one clock).
 * Directories, symbolic links and other entries are left alone.  Returns how many files
 * were removed. */
guint dm_tmp_sweep(const char *spool_dir, gint64 now, gint64 min_age);
