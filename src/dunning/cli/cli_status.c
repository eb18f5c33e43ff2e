/* cli_status: `dunmail status`, the administrator's glance — does dunmaild run, when did
 * the milter last see mail, what waits in the spool and the outbox, when the last digest
 * went. */
#include "dunning/cli/dm-cli.h"
#include "common/dm-clock.h"
#include "common/dm-milter-status.h"
#include "dunning/ledger/dm-daemon-lock.h"
#include "dunning/ledger/dm-digest-mark.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-sending-held.h"

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

/* What `dunmail status` knows, gathered once and printed as text or as JSON. */
typedef struct {
	char *lock_error;           /* the lock could not be asked; NULL otherwise */
	gboolean runs;
	long pid;                   /* > 0 when known */
	gboolean has_milter;
	char *milter_error;
	DmMilterStatus milter;
	guint new_files, work_files, bad_files;
	char *ledger_missing;       /* the ledger does not exist yet (why) */
	guint pending, unknown;
	char *digest_sent_at;       /* ISO 8601, NULL: never */
	char *digest_day;
	DmSendingHeld held;         /* since NULL: the last pass read the whole spool */
} Status;

static void
status_clear(Status *st)
{
	g_free(st->lock_error);
	g_free(st->milter_error);
	g_free(st->ledger_missing);
	g_free(st->digest_sent_at);
	g_free(st->digest_day);
	dm_sending_held_clear(&st->held);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Status, status_clear)

/* Fills @st; FALSE (the error printed) when the ledger exists but cannot be read. */
static gboolean
gather(const DmConfig *config, Status *st)
{
	g_autoptr(GError) error = NULL;
	if (!dm_daemon_lock_holder(config->database, &st->pid, &error)) {
		st->lock_error = g_strdup(error->message);
		g_clear_error(&error);
	} else {
		st->runs = st->pid != 0;
	}
	st->has_milter = dm_milter_status_read(config->spool_dir, &st->milter, &error);
	if (!st->has_milter) {
		st->milter_error = g_strdup(error->message);
		g_clear_error(&error);
	}
	st->new_files = count_dir(config->spool_dir, "new");
	st->work_files = count_dir(config->spool_dir, "work");
	st->bad_files = count_dir(config->spool_dir, "bad");

	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, TRUE, &error);
	if (!ledger && g_error_matches(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND)) {
		st->ledger_missing = g_strdup(error->message);
		return TRUE;
	}
	if (!ledger) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return FALSE;
	}
	st->pending = outbox_count(ledger, DM_OUTBOX_STATE_PENDING, &error);
	st->unknown = error ? 0 : outbox_count(ledger, DM_OUTBOX_STATE_UNKNOWN, &error);
	g_auto(DmDigestMark) mark = { 0 };
	if (!error)
		dm_ledger_digest_mark_get(ledger, &mark, &error);
	if (!error)
		dm_ledger_sending_held_get(ledger, &st->held, &error);
	if (error) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return FALSE;
	}
	st->digest_sent_at = g_strdup(mark.sent_at);
	st->digest_day = g_strdup(mark.day);
	return TRUE;
}

static void
print_text(const DmConfig *config, const Status *st)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	if (st->lock_error)
		printf("dunmaild:        unknown (%s)\n", st->lock_error);
	else if (st->runs && st->pid > 0)
		printf("dunmaild:        running (pid %ld)\n", st->pid);
	else
		printf("dunmaild:        %s\n", st->runs ? "running" : "not running");
	if (st->has_milter) {
		g_autofree char *started = when(st->milter.started, now, config->tz);
		g_autofree char *conn = when(st->milter.last_connect, now, config->tz);
		g_autofree char *mail = when(st->milter.last_mail, now, config->tz);
		printf("milter started:  %s\nMTA connected:   %s\nmilter saw mail: %s\n", started,
		       conn, mail);
	} else {
		printf("milter saw mail: unknown (%s)\n", st->milter_error);
	}
	printf("spool:           %u new, %u in work, %u set aside (%s/bad)\n", st->new_files,
	       st->work_files, st->bad_files, config->spool_dir);
	if (st->ledger_missing) {
		printf("ledger:          %s\n", st->ledger_missing);
		return;
	}
	printf("outbox:          %u pending, %u unknown (interrupted while sending; see the "
	       "digest)\n", st->pending, st->unknown);
	if (st->held.since) {
		g_autofree char *since = dm_clock_local_text(st->held.since, config->tz);
		printf("sending:         HELD since %s: the ingest did not complete (%s); nothing "
		       "goes out until a pass reads everything\n", since, st->held.why);
	} else {
		printf("sending:         goes on (the last pass read everything waiting)\n");
	}
	g_autoptr(GDateTime) digest_at = st->digest_sent_at
		? g_date_time_new_from_iso8601(st->digest_sent_at, NULL) : NULL;
	g_autofree char *digest = when(digest_at ? g_date_time_to_unix(digest_at) : 0, now,
	                               config->tz);
	printf("last digest:     %s%s%s\n", digest, st->digest_day ? ", for " : "",
	       st->digest_day ? st->digest_day : "");
}

/* "key": ISO 8601 UTC of unix time @t, or null when never (0). */
static void
json_time(JsonBuilder *b, const char *key, gint64 t)
{
	g_autoptr(GDateTime) d = t > 0 ? g_date_time_new_from_unix_utc(t) : NULL;
	g_autofree char *iso = d ? g_date_time_format(d, "%Y-%m-%dT%H:%M:%SZ") : NULL;
	dm_cli_json_string(b, key, iso);
}

static void
json_count(JsonBuilder *b, const char *key, guint n)
{
	json_builder_set_member_name(b, key);
	json_builder_add_int_value(b, n);
}

static void
print_json(const DmConfig *config, const Status *st)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "dunmaild");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "running");
	if (st->lock_error)
		json_builder_add_null_value(b);
	else
		json_builder_add_boolean_value(b, st->runs);
	dm_cli_json_int(b, "pid", st->pid > 0, st->pid);
	dm_cli_json_string(b, "error", st->lock_error);
	json_builder_end_object(b);

	json_builder_set_member_name(b, "milter");
	json_builder_begin_object(b);
	json_time(b, "started", st->has_milter ? st->milter.started : 0);
	json_time(b, "mta_connected", st->has_milter ? st->milter.last_connect : 0);
	json_time(b, "saw_mail", st->has_milter ? st->milter.last_mail : 0);
	dm_cli_json_string(b, "error", st->milter_error);
	json_builder_end_object(b);

	json_builder_set_member_name(b, "spool");
	json_builder_begin_object(b);
	dm_cli_json_string(b, "directory", config->spool_dir);
	json_count(b, "new", st->new_files);
	json_count(b, "work", st->work_files);
	json_count(b, "set_aside", st->bad_files);
	json_builder_end_object(b);

	dm_cli_json_string(b, "ledger_error", st->ledger_missing);
	json_builder_set_member_name(b, "outbox");
	if (st->ledger_missing) {
		json_builder_add_null_value(b);
	} else {
		json_builder_begin_object(b);
		json_count(b, "pending", st->pending);
		json_count(b, "unknown", st->unknown);
		json_builder_end_object(b);
	}
	json_builder_set_member_name(b, "sending_held");
	if (!st->held.since) {
		json_builder_add_null_value(b);
	} else {
		json_builder_begin_object(b);
		dm_cli_json_string(b, "since", st->held.since);
		dm_cli_json_string(b, "why", st->held.why);
		json_builder_end_object(b);
	}
	json_builder_set_member_name(b, "last_digest");
	json_builder_begin_object(b);
	dm_cli_json_string(b, "sent_at", st->digest_sent_at);
	dm_cli_json_string(b, "day", st->digest_day);
	json_builder_end_object(b);
	json_builder_end_object(b);
	dm_cli_print_json(json_builder_get_root(b));
}

int
dm_cli_status(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the same facts as one JSON object", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Say how dunmail is doing: whether dunmaild runs (it holds the lock beside the\n"
	        "ledger), when dunmail-milter last saw an MTA and mail (its status file in the\n"
	        "spool, written at most once a minute), what waits in the spool (new/, work/,\n"
	        "and bad/: set aside), the reminders waiting to go (pending) or whose sending\n"
	        "was interrupted (unknown: not resent automatically), whether sending is held\n"
	        "(a pass whose ingest did not complete sends nothing), and the last digest.",
	        "With --json, one object: {\"dunmaild\": {\"running\": true|false|null (unknown),\n"
	        "\"pid\", \"error\"}, \"milter\": {\"started\", \"mta_connected\", \"saw_mail\" (ISO\n"
	        "8601 UTC or null: never or unknown), \"error\"}, \"spool\": {\"directory\", \"new\",\n"
	        "\"work\", \"set_aside\"}, \"ledger_error\" (null, or why there is no ledger yet),\n"
	        "\"outbox\": {\"pending\", \"unknown\"} (null without a ledger), \"sending_held\":\n"
	        "{\"since\", \"why\"} (null while sending goes on), \"last_digest\": {\"sent_at\",\n"
	        "\"day\"}}; a member that does not apply is null.\n"
	        "Exit status: 0 dunmaild runs, 1 it does not, 3 failure, 78 configuration error.",
	        entries))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail status: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = dm_cli_config(global);
	if (!config)
		return DM_EXIT_CONFIG;
	g_auto(Status) st = { 0 };
	if (!gather(config, &st))
		return DM_EXIT_FAILURE;
	if (json)
		print_json(config, &st);
	else
		print_text(config, &st);
	return st.runs ? DM_EXIT_OK : DM_EXIT_NOTHING;
}
