/* cli_status: `dunmail status`, the administrator's glance — does dunmaild run, when did
 * the milter last see mail, what waits in the spool and the outbox, when the last digest
 * went. */
#include "dunning/cli/dm-cli.h"
#include "common/dm-milter-status.h"
#include "dunning/ledger/dm-daemon-lock.h"
#include "dunning/ledger/dm-digest-mark.h"
#include "dunning/ledger/dm-outbox.h"

#include <stdio.h>

static guint
count_dir(const char *spool, const char *sub)
{
	g_autofree char *dir = g_build_filename(spool, sub, NULL);
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	guint n = 0;
	while (d && g_dir_read_name(d))
		n++;
	return n;
}

/* "2026-12-01 09:14 (3 min ago)" in the configured zone, or "never". */
static char *
when(gint64 t, gint64 now, GTimeZone *tz)
{
	if (t <= 0)
		return g_strdup("never");
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(t);
	g_autoptr(GDateTime) local = g_date_time_to_timezone(utc, tz);
	g_autofree char *text = g_date_time_format(local, "%Y-%m-%d %H:%M");
	gint64 ago = now - t;
	return ago < 120 ? g_strdup_printf("%s (%" G_GINT64_FORMAT " s ago)", text, ago)
	     : ago < 7200 ? g_strdup_printf("%s (%" G_GINT64_FORMAT " min ago)", text, ago / 60)
	     : g_strdup_printf("%s (%" G_GINT64_FORMAT " h ago)", text, ago / 3600);
}

static guint
outbox_count(DmLedger *ledger, DmOutboxState state, GError **error)
{
	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, 0, state, error);
	return rows ? rows->len : 0;
}

int
dm_cli_status(DmCliGlobal *global, int argc, char **argv)
{
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Say how dunmail is doing: whether dunmaild runs (it holds the lock beside the\n"
	        "ledger), when dunmail-milter last saw an MTA and mail (its status file in the\n"
	        "spool, written at most once a minute), what waits in the spool (new/, work/,\n"
	        "and bad/: set aside), the reminders waiting to go (pending) or whose sending\n"
	        "was interrupted (unknown: not resent automatically), and the last digest.",
	        "Exit status: 0 dunmaild runs, 1 it does not, 3 failure, 78 configuration error.",
	        NULL))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail status: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = dm_cli_config(global);
	if (!config)
		return DM_EXIT_CONFIG;
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_autoptr(GError) error = NULL;
	long pid = 0;
	gboolean runs = FALSE;
	if (!dm_daemon_lock_holder(config->database, &pid, &error)) {
		printf("dunmaild:        unknown (%s)\n", error->message);
		g_clear_error(&error);
	} else if (pid != 0) {
		runs = TRUE;
		if (pid > 0)
			printf("dunmaild:        running (pid %ld)\n", pid);
		else
			printf("dunmaild:        running\n");
	} else {
		printf("dunmaild:        not running\n");
	}

	DmMilterStatus ms;
	if (dm_milter_status_read(config->spool_dir, &ms, &error)) {
		g_autofree char *started = when(ms.started, now, config->tz);
		g_autofree char *conn = when(ms.last_connect, now, config->tz);
		g_autofree char *mail = when(ms.last_mail, now, config->tz);
		printf("milter started:  %s\nMTA connected:   %s\nmilter saw mail: %s\n", started,
		       conn, mail);
	} else {
		printf("milter saw mail: unknown (%s)\n", error->message);
		g_clear_error(&error);
	}
	printf("spool:           %u new, %u in work, %u set aside (%s/bad)\n",
	       count_dir(config->spool_dir, "new"), count_dir(config->spool_dir, "work"),
	       count_dir(config->spool_dir, "bad"), config->spool_dir);

	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, TRUE, &error);
	if (!ledger && g_error_matches(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND)) {
		printf("ledger:          %s\n", error->message);
		return runs ? DM_EXIT_OK : DM_EXIT_NOTHING;
	}
	if (!ledger) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	guint pending = outbox_count(ledger, DM_OUTBOX_STATE_PENDING, &error);
	guint unknown = error ? 0 : outbox_count(ledger, DM_OUTBOX_STATE_UNKNOWN, &error);
	g_auto(DmDigestMark) mark = { 0 };
	if (!error)
		dm_ledger_digest_mark_get(ledger, &mark, &error);
	if (error) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	printf("outbox:          %u pending, %u unknown (interrupted while sending; see the "
	       "digest)\n", pending, unknown);
	g_autoptr(GDateTime) digest_at = mark.sent_at ? g_date_time_new_from_iso8601(mark.sent_at, NULL)
	                                              : NULL;
	g_autofree char *digest = when(digest_at ? g_date_time_to_unix(digest_at) : 0, now,
	                               config->tz);
	printf("last digest:     %s%s%s\n", digest, mark.day ? ", for " : "", mark.day ? mark.day : "");
	return runs ? DM_EXIT_OK : DM_EXIT_NOTHING;
}
