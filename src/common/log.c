/* log: standard error, the journal or syslog's mail facility (dm-log.h). */
#include "common/dm-log.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

static struct {
	char *program;
	DmLogTarget target;
	int fd;                 /* the syslog socket, -1 until the first line */
	GMutex lock;            /* libmilter's callbacks log from many threads */
} log_state = { .fd = -1 };

static int
severity(GLogLevelFlags level)
{
	if (level & G_LOG_LEVEL_ERROR)
		return LOG_ERR;
	if (level & G_LOG_LEVEL_CRITICAL)
		return LOG_CRIT;
	if (level & G_LOG_LEVEL_WARNING)
		return LOG_WARNING;
	if (level & G_LOG_LEVEL_MESSAGE)
		return LOG_NOTICE;
	if (level & G_LOG_LEVEL_INFO)
		return LOG_INFO;
	return LOG_DEBUG;
}

char *
dm_log_syslog_line(GLogLevelFlags level, const char *program, int pid, GDateTime *at,
                   const char *text)
{
	/* RFC 3164's timestamp: English month, day padded with a space. */
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	                                      "Aug", "Sep", "Oct", "Nov", "Dec" };
	return g_strdup_printf("<%d>%s %2d %02d:%02d:%02d %s[%d]: %s", LOG_MAIL | severity(level),
	                       months[g_date_time_get_month(at) - 1],
	                       g_date_time_get_day_of_month(at), g_date_time_get_hour(at),
	                       g_date_time_get_minute(at), g_date_time_get_second(at), program, pid,
	                       text);
}

static const char *
label(GLogLevelFlags level)
{
	if (level & G_LOG_LEVEL_ERROR)
		return "fatal: ";
	if (level & G_LOG_LEVEL_CRITICAL)
		return "bug: ";
	if (level & G_LOG_LEVEL_WARNING)
		return "warning: ";
	return "";
}

static void
to_stderr(GLogLevelFlags level, const char *text)
{
	/* One fputs per line: lines of several threads never interleave. */
	g_autofree char *line = g_strdup_printf("%s: %s%s\n", log_state.program, label(level), text);
	fputs(line, stderr);
	fflush(stderr);
}

/* FALSE when no syslog daemon takes the line. */
static gboolean
to_syslog(GLogLevelFlags level, const char *text)
{
	g_autoptr(GDateTime) now = g_date_time_new_now_local();
	g_autofree char *line = dm_log_syslog_line(level, log_state.program, (int) getpid(), now,
	                                           text);
	g_mutex_lock(&log_state.lock);
	gboolean sent = FALSE;
	for (int attempt = 0; attempt < 2 && !sent; attempt++) {
		if (log_state.fd < 0) {
			const char *path = g_getenv("DM_SYSLOG_SOCKET");
			struct sockaddr_un addr = { .sun_family = AF_UNIX };
			g_strlcpy(addr.sun_path, path ? path : "/dev/log", sizeof addr.sun_path);
			log_state.fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
			if (log_state.fd >= 0 &&
			    connect(log_state.fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
				close(log_state.fd);
				log_state.fd = -1;
			}
		}
		if (log_state.fd < 0)
			break;
		sent = send(log_state.fd, line, strlen(line), MSG_NOSIGNAL) >= 0;
		if (!sent) {        /* the syslog daemon restarted: reconnect once */
			close(log_state.fd);
			log_state.fd = -1;
		}
	}
	g_mutex_unlock(&log_state.lock);
	return sent;
}

static GLogWriterOutput
writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
	if ((level & (G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG)) && !g_getenv("G_MESSAGES_DEBUG"))
		return G_LOG_WRITER_HANDLED;
	if (log_state.target == DM_LOG_JOURNAL)
		return g_log_writer_journald(level, fields, n_fields, data);
	const char *text = "";
	for (gsize i = 0; i < n_fields; i++)
		if (strcmp(fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
			text = fields[i].value;
	if (log_state.target == DM_LOG_SYSLOG && to_syslog(level, text))
		return G_LOG_WRITER_HANDLED;
	to_stderr(level, text);
	return G_LOG_WRITER_HANDLED;
}

DmLogTarget
dm_log_init(const char *program, gboolean foreground)
{
	g_free(log_state.program);
	log_state.program = g_strdup(program);
	if (foreground || isatty(STDERR_FILENO))
		log_state.target = DM_LOG_STDERR;
	else if (g_getenv("JOURNAL_STREAM") && g_log_writer_is_journald(STDERR_FILENO))
		log_state.target = DM_LOG_JOURNAL;
	else
		log_state.target = DM_LOG_SYSLOG;
	/* GLib takes one writer per process; a second call only changes the target. */
	static gsize installed = 0;
	if (g_once_init_enter(&installed)) {
		g_log_set_writer_func(writer, NULL, NULL);
		g_once_init_leave(&installed, 1);
	}
	return log_state.target;
}
