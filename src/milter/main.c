/* dunmail-milter: the program.  Reads the configuration, prepares the spool, opens the
 * milter socket, drops root, and hands control to libmilter (smfi_main).
 *
 * Start-up errors (usage, configuration, socket, privileges) print one line on stderr and
 * exit non-zero: 2 usage, 78 configuration (EX_CONFIG), 71 system (EX_OSERR; also when
 * libmilter's loop itself fails).  Stale copies in the spool's tmp/ are swept at start-up,
 * with a warning at worst (dm-tmp-sweep.h).  Once running, trouble with one message is a
 * warning in the log and the mail goes on (see callbacks.c).  It always runs in the
 * foreground: systemd (contrib/systemd) supervises it.  There is no reload: libmilter
 * stops on SIGHUP like on SIGTERM, so restart instead.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib.h>
#include <libmilter/mfapi.h>

#include "common/dm-config.h"
#include "common/dm-config-check.h"
#include "common/dm-log.h"
#include "common/dm-spool.h"
#include "milter/dm-milter-callbacks.h"
#include "milter/dm-mta-seen.h"
#include "milter/dm-missed.h"
#include "milter/dm-tmp-sweep.h"

#ifndef DM_VERSION
#define DM_VERSION "0.1"
#endif

#define EXIT_USAGE 2
#define EXIT_OSERR 71
#define EXIT_CONFIG 78
#define MTA_TIMEOUT_SECONDS 120

static const char *program = "dunmail-milter";

static G_GNUC_NORETURN G_GNUC_PRINTF(2, 3) void
die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s: %s\n", program, msg);
	/* Freed by hand: exit() never returns, so g_autofree would not run, and a leak
	 * checker at exit (make check SAN=1) would count the message as lost. */
	g_free(msg);
	exit(status);
}

/* The filesystem path of a unix: / local: socket, or NULL for inet sockets. */
static const char *
unix_socket_path(const char *conn)
{
	if (g_str_has_prefix(conn, "unix:"))
		return conn + 5;
	if (g_str_has_prefix(conn, "local:"))
		return conn + 6;
	if (strchr(conn, ':') == NULL)
		return conn;           /* libmilter takes a bare path as a unix socket */
	return NULL;
}

/* TRUE when something answers on the unix socket @path: a milter running there. */
static gboolean
socket_answers(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path)
		return FALSE;           /* libmilter refuses such a path itself */
	memcpy(sa.sun_path, path, strlen(path) + 1);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return FALSE;
	gboolean answered = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
	close(fd);
	return answered;
}

typedef struct {
	char *name;
	uid_t uid;
	gid_t gid;
} Account;

static gboolean
lookup_user(const char *name, Account *out)
{
	struct passwd pw, *res = NULL;
	char buf[4096];

	if (getpwnam_r(name, &pw, buf, sizeof buf, &res) != 0 || res == NULL)
		return FALSE;
	out->name = g_strdup(pw.pw_name);
	out->uid = pw.pw_uid;
	out->gid = pw.pw_gid;
	return TRUE;
}

static gboolean
lookup_group(const char *name, gid_t *gid)
{
	struct group gr, *res = NULL;
	char buf[4096];

	if (getgrnam_r(name, &gr, buf, sizeof buf, &res) != 0 || res == NULL)
		return FALSE;
	*gid = gr.gr_gid;
	return TRUE;
}

/* Hands the spool directories to the milter's user when root made them (or left them to
 * root): otherwise the unprivileged milter could not write a single message. */
static void
give_spool_to(const char *root, const Account *user)
{
	static const char *subdirs[] = { "", "tmp", "new", "work", "bad" };

	for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
		g_autofree char *dir = g_build_filename(root, subdirs[i], NULL);
		struct stat st;
		if (lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == 0
		    && chown(dir, user->uid, user->gid) != 0)
			die(EXIT_OSERR, "%s: cannot give to user %s: %s", dir, user->name,
			    g_strerror(errno));
	}
}

/* Drops root for good, in one checked sequence; any failure is fatal. */
static void
drop_privileges(const Account *user)
{
	if (initgroups(user->name, user->gid) != 0)
		die(EXIT_OSERR, "initgroups(%s): %s", user->name, g_strerror(errno));
	if (setgid(user->gid) != 0)
		die(EXIT_OSERR, "setgid(%u): %s", (unsigned)user->gid, g_strerror(errno));
	if (setuid(user->uid) != 0)
		die(EXIT_OSERR, "setuid(%u): %s", (unsigned)user->uid, g_strerror(errno));
	if (getuid() != user->uid || geteuid() != user->uid || getgid() != user->gid
	    || (user->uid != 0 && setuid(0) == 0))
		die(EXIT_OSERR, "could not drop privileges to %s", user->name);
}

static void
open_socket(const DmConfig *config, const char *conn, const Account *user)
{
	const char *path = unix_socket_path(conn);
	mode_t old;
	int rc;

	if (smfi_setconn((char *)conn) != MI_SUCCESS)
		die(EXIT_CONFIG, "%s: [milter] socket: cannot use \"%s\"",
		    config->path != NULL ? config->path : "(defaults)", conn);
	/* libmilter removes the socket file before it binds, whoever listens on it: a second
	 * dunmail-milter (started by hand to debug, say) would take the path from the running
	 * one, and on its exit leave the MTA with nothing to connect to, its billing mail
	 * passing unseen.  A socket that answers is someone's. */
	if (path != NULL && socket_answers(path))
		die(EXIT_OSERR, "%s: a milter is already listening there; not taking it over "
		    "(stop it first, or give this one another [milter] socket)", path);
	/* 0660 from the first moment: only our user and the MTA's group may connect. */
	old = umask(0117);
	rc = smfi_opensocket(true);      /* true: remove a stale unix socket first */
	umask(old);
	if (rc != MI_SUCCESS)
		die(EXIT_OSERR, "cannot open milter socket %s (does its directory exist? is "
		    "another dunmail-milter running?)", conn);

	if (path != NULL && (user != NULL || config->milter_socket_group != NULL)) {
		uid_t uid = user != NULL ? user->uid : (uid_t)-1;
		gid_t gid = user != NULL ? user->gid : (gid_t)-1;
		if (config->milter_socket_group != NULL
		    && !lookup_group(config->milter_socket_group, &gid))
			die(EXIT_CONFIG, "%s: [milter] socket_group: no group \"%s\"",
			    config->path != NULL ? config->path : "(defaults)",
			    config->milter_socket_group);
		if (chown(path, uid, gid) != 0)
			die(EXIT_OSERR, "%s: chown: %s", path, g_strerror(errno));
	}
}

int
main(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	g_autofree char *socket_override = NULL;
	gboolean foreground = FALSE, version = FALSE;
	GOptionEntry entries[] = {
		{ "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		  "Read the configuration from FILE (default " DM_CONFIG_DEFAULT_PATH ")", "FILE" },
		{ "socket", 's', 0, G_OPTION_ARG_STRING, &socket_override,
		  "Listen on SOCKET instead of [milter] socket (unix:/path or inet:port@host)",
		  "SOCKET" },
		{ "foreground", 'f', 0, G_OPTION_ARG_NONE, &foreground,
		  "Log to standard error (it always stays in the foreground)", NULL },
		{ "version", 'V', 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	g_autoptr(GOptionContext) octx = NULL;
	g_autoptr(GError) error = NULL;
	DmConfig *config;           /* never freed: see the end of main */
	Account user = { 0 };
	gboolean have_user = FALSE;
	struct smfiDesc desc;
	const char *conn;
	int rc;

	octx = g_option_context_new("- spool invoices and replies as they pass the MTA");
	g_option_context_set_summary(octx,
		"dunmail-milter watches mail passing Postfix or Sendmail through the milter "
		"protocol.\nIt copies two kinds of message into the spool for dunmaild: outgoing "
		"mail from a\nbilling address, submitted by an authenticated user, an originating "
		"daemon or an\ninternal client (candidate invoices); and incoming mail to a billing "
		"address from\noutside (candidate replies). Everything else is accepted at once.");
	g_option_context_set_description(octx,
		"It never rejects, delays or changes mail because of its own trouble: a spool "
		"failure\nis logged and the mail goes on. It may add a Message-ID header to an "
		"outgoing\nmessage that lacks one, so that replies can be threaded to it.\n\n"
		"It runs in the foreground and logs to the journal under systemd, to standard error\n"
		"on a terminal or with -f, and otherwise to syslog's mail facility, beside Postfix's\n"
		"lines in mail.log. Started as root, it\n"
		"opens the socket, then becomes [milter] user. There is no reload: SIGHUP stops it\n"
		"like SIGTERM; restart it to read a changed configuration.\n\n"
		"Exit status: 0 after a clean stop, 2 usage error, 78 configuration error,\n"
		"71 system error (socket, privileges, spool, or the milter loop failing).");
	g_option_context_add_main_entries(octx, entries, NULL);
	if (!g_option_context_parse(octx, &argc, &argv, &error)) {
		fprintf(stderr, "%s: %s\n(try --help)\n", program, error->message);
		return EXIT_USAGE;
	}
	if (version) {
		printf("%s %s\n", program, DM_VERSION);
		return 0;
	}
	if (argc > 1) {
		fprintf(stderr, "%s: unexpected argument \"%s\"\n(try --help)\n", program, argv[1]);
		return EXIT_USAGE;
	}
	dm_log_init(program, foreground);

	config = dm_config_load(config_path != NULL ? config_path : DM_CONFIG_DEFAULT_PATH,
	                        &error);
	if (config == NULL)
		die(EXIT_CONFIG, "%s", error->message);     /* the message names the file */
	conn = socket_override != NULL ? socket_override : config->milter_socket;

	if (config->milter_user != NULL) {
		if (!lookup_user(config->milter_user, &user))
			die(EXIT_CONFIG, "%s: [milter] user: no user \"%s\"",
			    config->path != NULL ? config->path : "(defaults)", config->milter_user);
		have_user = TRUE;
		if (getuid() != 0 && getuid() != user.uid)
			die(EXIT_OSERR, "must start as root or as user %s ([milter] user)", user.name);
	}

	if (!dm_spool_ensure_dirs(config->spool_dir, &error))
		die(EXIT_OSERR, "spool: %s", error->message);
	/* The checks of `dunmail check-config` that concern the milter: a socket Postfix
	 * cannot reach lets mail flow on unseen, with only a warning in Postfix's log, so
	 * say it here too.  Only said: the MTA may not be Postfix (Sendmail connects as
	 * root), and the milter must never be the reason mail is not seen at all. */
	{
		g_autoptr(GPtrArray) findings = dm_findings_new();
		dm_config_check_samples(config, findings);
		if (socket_override == NULL)
			dm_config_check_socket(config, "postfix", findings);
		for (guint i = 0; i < findings->len; i++)
			((DmFinding *)findings->pdata[i])->level = DM_FINDING_WARNING;
		g_free(dm_findings_log(findings));
	}
	if (have_user && getuid() == 0)
		give_spool_to(config->spool_dir, &user);

	dm_milter_set_config(config);
	dm_milter_describe(&desc);
	if (smfi_register(desc) != MI_SUCCESS)
		die(EXIT_OSERR, "smfi_register failed");
	smfi_settimeout(MTA_TIMEOUT_SECONDS);
	open_socket(config, conn, have_user ? &user : NULL);

	if (have_user && getuid() == 0)
		drop_privileges(&user);
	/* After the drop, like the sweep, which may record what it finds there: the fallback
	 * directory is made with the milter's own rights, for dunmaild (same user) to read. */
	g_autofree char *fallback = dm_config_missed_fallback(config);
	dm_missed_init(fallback);
	/* After the drop: the sweep needs no more than the milter's own rights on tmp/. */
	dm_tmp_sweep(config->spool_dir, g_get_real_time() / G_USEC_PER_SEC,
	             DM_TMP_STALE_SECONDS);
	dm_mta_seen_start(config->spool_dir, config->no_mta_warning, conn);
	g_message("listening on %s, spool %s, %u billing address(es)", conn, config->spool_dir,
	          g_strv_length(config->billing_addresses));

	rc = smfi_main();
	/* The configuration is deliberately not freed.  smfi_main returns once the listener
	 * stops, but libmilter's session threads are detached and may still be running
	 * callbacks, which read the configuration (dm_milter_set_config); freeing it here
	 * would be a use after free.  The process exits now and the kernel takes it all. */
	if (rc != MI_SUCCESS)
		die(EXIT_OSERR, "the milter loop failed: smfi_main returned an error while "
		    "serving %s (libmilter logs the cause to syslog)", conn);
	g_message("stopped");
	g_free(user.name);
	return 0;
}
