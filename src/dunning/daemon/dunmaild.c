/* dunmaild: the single writer of the ledger.  Ingests the milter's spool, runs the
 * scheduler, sends reminders and the daily digest.  Restartable at any moment: see
 * dm-ingest.h and dm-scheduler.h for why nothing is lost or sent twice. */
#include "common/dm-clock.h"
#include "common/dm-config.h"
#include "common/dm-config-check.h"
#include "common/dm-log.h"
#include "common/dm-mta-check.h"
#include "common/dm-spool.h"
#include "dunning/ledger/dm-daemon-lock.h"
#include "dunning/daemon/dm-ingest.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-ledger-clock.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/send/dm-send-check.h"
#include "parser/mime/dm-message.h"

#include <errno.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>

#define EXIT_USAGE 2
#define EXIT_CONFIG 78      /* EX_CONFIG */
#define EXIT_FAILURE_RUN 3

typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	DmPassOptions options;
	GMainLoop *loop;
	gboolean failed;
} Daemon;

/* The checks of `dunmail check-config` that apply to dunmaild (not the network ones):
 * warnings are logged, errors returned as one text, so that a missing template stops the
 * start rather than the first reminder. */
static char *
start_checks(const DmConfig *config)
{
	g_autoptr(GPtrArray) findings = dm_findings_new();
	dm_config_check_samples(config, findings);
	dm_config_check_dirs(config, findings);
	dm_send_check_templates(config, findings);
	return dm_findings_log(findings);
}

static gboolean
on_tick(gpointer user)
{
	Daemon *d = user;
	g_autoptr(GError) error = NULL;
	g_autoptr(GDateTime) now = dm_clock_read(d->options.clock);
	if (!dm_pass_run(d->config, d->ledger, now, &d->options, &error))
		/* Trouble with the ledger or the spool: keep the daemon up, try again next tick. */
		g_warning("pass failed, retrying in %d s: %s", d->config->tick_seconds, error->message);
	return G_SOURCE_CONTINUE;
}

static gboolean
on_signal(int fd, G_GNUC_UNUSED GIOCondition condition, gpointer user)
{
	Daemon *d = user;
	struct signalfd_siginfo info;
	while (read(fd, &info, sizeof info) == (ssize_t) sizeof info)
		;
	g_message("signal received, stopping after the current pass");
	g_main_loop_quit(d->loop);
	return G_SOURCE_REMOVE;
}

/* SIGTERM and SIGINT arrive through a signalfd the main loop reads, not through
 * g_unix_signal_add: that starts GLib's worker thread, and a thread that holds a lock (an
 * allocator's, GType's) at the moment a parse child is forked leaves the child waiting
 * for it for ever (seen under AddressSanitizer, whose allocator is not fork-safe).  A
 * process with one thread forks safely.  The parse child unblocks them again. */
static int
signals_fd(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	if (sigprocmask(SIG_BLOCK, &set, NULL) != 0)
		return -1;
	return signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

int
main(int argc, char **argv)
{
	g_autofree char *config_path = NULL, *now_text = NULL;
	gboolean once = FALSE, dry_run = FALSE, digest = FALSE, version = FALSE, test_sink = FALSE;
	gboolean foreground = FALSE;
	GOptionEntry entries[] = {
		{ "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		  "Read the configuration from FILE (default " DM_CONFIG_DEFAULT_PATH ")", "FILE" },
		{ "once", '1', 0, G_OPTION_ARG_NONE, &once,
		  "Do one pass (ingest the spool, send what is due) and exit", NULL },
		{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
		  "Take TIME as the current time (YYYY-MM-DD or ISO 8601); with --once only", "TIME" },
		{ "digest", 0, 0, G_OPTION_ARG_NONE, &digest,
		  "With --once: also send the daily digest if it is due", NULL },
		{ "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
		  "As [daemon] dry_run = true: ingest and decide everything, log each reminder that "
		  "would go and mark its outbox row dry_run, hand nothing to SMTP", NULL },
		{ "test-sink", 0, 0, G_OPTION_ARG_NONE, &test_sink,
		  "Say that [mail] smtp_url is a test sink (it must be on loopback): lets --now "
		  "run on a live ledger, at a time not later than the real clock", NULL },
		{ "foreground", 'f', 0, G_OPTION_ARG_NONE, &foreground,
		  "Log to standard error (it always stays in the foreground)", NULL },
		{ "version", 'V', 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- dunning daemon of dunmail");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx,
		"dunmaild reads the messages dunmail-milter spools (invoices going out, replies\n"
		"coming in), records them in the ledger, and sends reminders for overdue invoices\n"
		"through the configured SMTP server, threaded to the invoice. Once a day, at\n"
		"[daemon] digest_hour, it sends the owner a digest.");
	g_option_context_set_description(ctx,
		"Without --once it runs in the foreground (for systemd) and does a pass every\n"
		"[daemon] tick seconds; SIGTERM or SIGINT stop it after the current pass.\n"
		"It logs to the journal under systemd, to standard error on a terminal or with -f,\n"
		"and otherwise to syslog's mail facility, beside Postfix's lines in mail.log.\n"
		"It may be stopped at any moment: a spooled message is never lost, and a reminder\n"
		"whose sending was interrupted counts as sent when dunmail-milter saw it pass the\n"
		"mail server, and goes again when the milter did not see it within [sending]\n"
		"unseen_after seconds of the start of its own SMTP transaction.\n\n"
		"A pass whose ingest did not read everything waiting (the ledger locked, a spool\n"
		"file it could not claim or whose reading was stopped, a record in missed/ it\n"
		"could not file) sends nothing, neither reminders nor the digest; the next pass\n"
		"tries again, and 'dunmail status' shows sending as held meanwhile; a hold that\n"
		"lasts [daemon] held_notice_hours sends the owner one short notice, once.\n\n"
		"Reminders go out only inside the send window ([sending] days, hours, holidays),\n"
		"over one SMTP connection per pass, within [sending] max_per_pass and\n"
		"max_per_domain; a dry run (--dry-run or [daemon] dry_run) marks them dry_run\n"
		"instead, so a later real run still sends them.\n\n"
		"Only one dunmaild runs per ledger: it holds a lock on <database>.lock, and a\n"
		"second one (--once and --dry-run included) stops with exit status 78, naming the\n"
		"pid of the first.\n\n"
		"Exit status: 0 success, 2 usage error, 3 the pass failed, 78 configuration error\n"
		"(or another dunmaild already runs on the ledger).\n\n"
		"A simulated clock never mails the world: --now is for tests and demos. The ledger\n"
		"records whether it was created with --now; on a live one (any other) --now is\n"
		"refused unless TIME is not later than the real clock and either --dry-run is\n"
		"given or --test-sink says smtp_url is a test sink on loopback (exit status 2);\n"
		"'dunmail forecast' shows what would go out in the coming days.\n\n"
		"Examples:\n"
		"  dunmaild -c /etc/dunmail/dunmail.conf\n"
		"  dunmaild --dry-run                  # try dunmail out: decide, send nothing\n"
		"  dunmaild --once --now 2026-12-01     # simulate a day (tests, demos)");
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "dunmaild: %s\nTry 'dunmaild --help'.\n", error->message);
		return EXIT_USAGE;
	}
	if (version) {
		puts("dunmaild " DM_VERSION);
		return 0;
	}
	if (argc > 1) {
		fprintf(stderr, "dunmaild: unexpected argument '%s'\n", argv[1]);
		return EXIT_USAGE;
	}
	dm_log_init("dunmaild", foreground);
	if (now_text && !once) {
		fprintf(stderr, "dunmaild: --now needs --once (a daemon runs on the real clock)\n");
		return EXIT_USAGE;
	}

	g_autoptr(DmConfig) config = dm_config_load(config_path ? config_path : DM_CONFIG_DEFAULT_PATH, &error);
	if (!config) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_CONFIG;
	}
	if (dry_run)
		config->dry_run = TRUE;
	if (!dm_config_load_shared_domains(config, &error)) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_CONFIG;
	}
	/* Loaded once, here: every parse child is a fork and reads it without loading. */
	g_autoptr(DmReplyModel) model = dm_reply_model_load(config->reply_model, &error);
	if (!model) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_CONFIG;
	}
	/* The user's invoice rules, the same way: a bad line stops the start, naming file
	 * and line, rather than invoices being misread later without a word. */
	g_autoptr(DmRuleFile) invoice_rules = NULL;
	if (config->invoice_rules && !(invoice_rules = dm_invoice_rules_load(config->invoice_rules, &error))) {
		fprintf(stderr, "dunmaild: [invoices] rules: %s\n", error->message);
		return EXIT_CONFIG;
	}
	/* --now's clock runs on from TIME: a message that goes out late in a long pass is
	 * stamped with its own time, on the simulated clock as on the real one. */
	g_autoptr(DmClock) clock = dm_clock_new(now_text, config->tz, &error);
	if (!clock) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_USAGE;
	}
	g_autoptr(GDateTime) now = dm_clock_read(clock);
	/* The ledger names debtors and amounts: what we create (ledger, its WAL, the lock,
	 * spool directories) is for user dunmail and its group only (0640, 0750). */
	umask(0027);
	/* Held until we exit (a dry run writes its decisions too). */
	int lock_fd = -1;
	if ((lock_fd = dm_daemon_lock_take(config->database, &error)) < 0) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_CONFIG;
	}
	dm_parser_init();
	if (!dm_spool_ensure_dirs(config->spool_dir, &error)) {
		fprintf(stderr, "dunmaild: spool: %s\n", error->message);
		return EXIT_CONFIG;
	}
	/* Among them every template rendered once with sample values: a typo in a user's
	 * template is a start-up error naming file and line, never a reminder that fails at
	 * 9:00. */
	g_autofree char *config_errors = start_checks(config);
	if (config_errors) {
		fprintf(stderr, "dunmaild: %s\n(dunmail check-config lists every finding)\n",
		        config_errors);
		return EXIT_CONFIG;
	}
	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, FALSE, &error);
	if (!ledger) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_FAILURE_RUN;
	}

	if (now_text) {
		DmClockUse use = { .simulated = TRUE, .dry_run = config->dry_run,
		                   .future = g_date_time_to_unix(now) >
		                             g_get_real_time() / G_USEC_PER_SEC + 60 };
		if (test_sink && !dm_smtp_url_is_loopback(config->smtp_url)) {
			fprintf(stderr, "dunmaild: --test-sink: %s: [mail] smtp_url %s is not on "
			        "loopback, so it is no test sink\n", config->path, config->smtp_url);
			return EXIT_USAGE;
		}
		use.test_sink = test_sink;
		const char *why = NULL;
		if (!dm_ledger_clock_get(ledger, TRUE, TRUE, &use.ledger, &error)) {
			fprintf(stderr, "dunmaild: %s\n", error->message);
			return EXIT_FAILURE_RUN;
		}
		if ((why = dm_ledger_clock_refusal(&use))) {
			fprintf(stderr, "dunmaild: %s: %s\n", config->database, why);
			return EXIT_USAGE;
		}
	} else if (!dm_ledger_clock_get(ledger, FALSE, TRUE, &(DmLedgerClock) { 0 },
	                                            &error)) {
		fprintf(stderr, "dunmaild: %s\n", error->message);
		return EXIT_FAILURE_RUN;
	}

	Daemon d = { .config = config, .ledger = ledger,
	             .options = { .dry_run = config->dry_run, .digest = !once || digest,
	                          .reply_model = model, .invoice_rules = invoice_rules,
	                          .clock = clock } };
	/* Recovery belongs to start-up: only then can "sending" or work/ mean "interrupted". */
	DmIngestStats recovered = { 0 };
	if (!dm_scheduler_recover(ledger, now, &error) ||
	    !dm_ingest_recover(config, ledger, now, &recovered, &error)) {
		fprintf(stderr, "dunmaild: recovery: %s\n", error->message);
		return EXIT_FAILURE_RUN;
	}

	if (once) {
		if (!dm_pass_run(config, ledger, now, &d.options, &error)) {
			fprintf(stderr, "dunmaild: %s\n", error->message);
			return EXIT_FAILURE_RUN;
		}
		return 0;
	}

	g_message("dunmaild " DM_VERSION " started: ledger %s, spool %s, pass every %d s",
	          config->database, config->spool_dir, config->tick_seconds);
	d.loop = g_main_loop_new(NULL, FALSE);
	int signals = signals_fd();
	if (signals < 0) {
		fprintf(stderr, "dunmaild: signalfd: %s\n", g_strerror(errno));
		return EXIT_FAILURE_RUN;
	}
	g_unix_fd_add(signals, G_IO_IN, on_signal, &d);
	on_tick(&d);
	g_timeout_add_seconds((guint) config->tick_seconds, on_tick, &d);
	g_main_loop_run(d.loop);
	g_main_loop_unref(d.loop);
	g_message("dunmaild stopped");
	return 0;
}
