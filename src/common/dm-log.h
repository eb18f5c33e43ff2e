/* dm-log: where dunmail-milter and dunmaild write their log lines, as a mail daemon does.
 *
 *   - standard error, "PROGRAM: warning: TEXT", when it is a terminal or when asked
 *     (-f, --foreground);
 *   - the journal, with GLib's structured fields, when systemd connected standard error
 *     to it ($JOURNAL_STREAM names it);
 *   - otherwise syslog's mail facility, tagged PROGRAM[PID], so the lines sit beside
 *     Postfix's in mail.log.
 *
 * Syslog lines are written in the format of syslog(3) (RFC 3164) to the datagram socket
 * /dev/log; $DM_SYSLOG_SOCKET names another socket, for the tests only.  When no syslog
 * daemon listens, the line goes to standard error instead, so nothing is lost.
 * INFO and DEBUG records are dropped unless G_MESSAGES_DEBUG is set, as GLib does.
 */
#pragma once
#include <glib.h>

typedef enum { DM_LOG_STDERR, DM_LOG_JOURNAL, DM_LOG_SYSLOG } DmLogTarget;

/* Installs the writer for the whole process (GLib allows one), early; a later call only
 * chooses the target again.  @program is the tag ("dunmail-milter"); @foreground forces
 * standard error.  Returns the target chosen. */
DmLogTarget dm_log_init(const char *program, gboolean foreground);

/* (transfer full) the syslog datagram for one record: "<PRI>Mmm dd hh:mm:ss PROGRAM[PID]:
 * TEXT", facility mail, severity from @level; exposed for the tests. */
char *dm_log_syslog_line(GLogLevelFlags level, const char *program, int pid, GDateTime *at,
                         const char *text);
