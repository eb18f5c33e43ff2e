/* cli_owner: the owner's decisions — reclassify a reply, resume a held invoice — and the
 * list of corrections.  The decisions themselves are dm-owner.h's, shared with the digest
 * commands to come. */
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-corrections.h"
#include "dunning/owner/dm-owner.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"

#include <stdio.h>

/* (transfer full) "dispute, promise_to_pay, ..." for the error that lists the classes. */
static char *
class_list(void)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (int k = DM_REPLY_CLASS_OTHER; k <= DM_REPLY_CLASS_BOUNCE; k++) {
		const char *name = dm_reply_class_name((DmReplyClass) k);
		if (name)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", name);
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* The exit status for a failed decision (DM_OWNER_ERROR: what was asked cannot be done;
 * anything else: the ledger failed); the error printed once, naming the verb. */
static int
decision_failed(const char *verb, const GError *error)
{
	fprintf(stderr, "dunmail %s: %s\n", verb, error->message);
	if (error->domain != DM_OWNER_ERROR)
		return DM_EXIT_FAILURE;
	return error->code == DM_OWNER_ERROR_STATE ? DM_EXIT_FAILURE : DM_EXIT_NOTHING;
}

/* What one decision needs beyond the ledger and the time. */
typedef struct {
	gint64 reply_id;            /* reclassify */
	DmReplyClass klass;
	const GDate *date;
	const char *number;         /* resume */
} Decision;

typedef gboolean (*DecideFunc)(DmLedger *ledger, const Decision *d, GDateTime *now,
                               char **summary, GError **error);

static gboolean
decide_reclassify(DmLedger *ledger, const Decision *d, GDateTime *now, char **summary,
                  GError **error)
{
	return dm_owner_reclassify(ledger, d->reply_id, d->klass, d->date, now, summary, error);
}

static gboolean
decide_resume(DmLedger *ledger, const Decision *d, GDateTime *now, char **summary,
              GError **error)
{
	return dm_owner_resume(ledger, d->number, now, summary, error);
}

/* Loads the configuration and --now, opens the ledger for writing, takes the decision and
 * prints what was done; the exit status. */
static int
run_decision(DmCliGlobal *global, const char *verb, const char *now_text, DecideFunc decide,
             const Decision *d)
{
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, TRUE, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autofree char *summary = NULL;
	if (!decide(ledger, d, now, &summary, &error))
		return decision_failed(verb, error);
	puts(summary);
	return DM_EXIT_OK;
}

int
dm_cli_reclassify(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *date_text = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
		  "The day the reply names: the promised day, the return day (YYYY-MM-DD)", "DATE" },
		DM_CLI_NOW_ENTRY(now_text),
		{ NULL }
	};
	g_autofree char *classes = class_list();
	g_autofree char *description = g_strdup_printf(
		"REPLY is the reply's id as the digest and 'dunmail replies' show it (R12).\n"
		"CLASS is one of: %s.\n\n"
		"The correction is kept with the reply's text and the class dunmail had given\n"
		"('dunmail corrections' lists them; a locally trained model learns from them).\n"
		"The class applies to the reply's invoice at once, as a verified reply dunmail\n"
		"understood would: a dispute pauses it until you resolve it, a promise waits\n"
		"until DATE + 3 days (a week when no DATE is given), paid waits 14 days for the\n"
		"bank statement, other lifts the hold and the ladder goes on. A paid or stopped\n"
		"invoice does not change. Without --date no day is assumed: the date dunmail read\n"
		"is not reused (the digest's suggested command carries it).\n\n"
		"Exit status: 0 recorded, 1 no such reply, 2 usage error, 3 failure.\n\n"
		"Example: dunmail reclassify R12 promise_to_pay --date 2026-12-03", classes);
	if (!dm_cli_options(global, &argc, &argv, "REPLY CLASS",
	        "Correct how dunmail read a reply, and apply the right class to its invoice.",
	        description, entries))
		return DM_EXIT_USAGE;
	if (argc != 3) {
		fprintf(stderr, "dunmail reclassify: expected REPLY and CLASS (e.g. R12 dispute)\n"
		        "Try 'dunmail reclassify --help'.\n");
		return DM_EXIT_USAGE;
	}
	gint64 reply_id = 0;
	if (!dm_reply_short_id_parse(argv[1], &reply_id)) {
		g_autofree char *clean = dm_sanitize(argv[1], 40);
		fprintf(stderr, "dunmail reclassify: '%s' is no reply id (expected R followed by "
		        "a number, as 'dunmail replies' shows)\n", clean);
		return DM_EXIT_USAGE;
	}
	DmReplyClass klass;
	if (!dm_reply_class_from_name(argv[2], &klass)) {
		g_autofree char *clean = dm_sanitize(argv[2], 40);
		fprintf(stderr, "dunmail reclassify: unknown class '%s' (expected one of: %s)\n",
		        clean, classes);
		return DM_EXIT_USAGE;
	}
	GDate date;
	g_date_clear(&date, 1);
	if (date_text && !dm_date_parse_iso(date_text, &date)) {
		g_autofree char *clean = dm_sanitize(date_text, 40);
		fprintf(stderr, "dunmail reclassify: --date '%s' is not a date (expected "
		        "YYYY-MM-DD)\n", clean);
		return DM_EXIT_USAGE;
	}
	Decision d = { .reply_id = reply_id, .klass = klass, .date = &date };
	return run_decision(global, "reclassify", now_text, decide_reclassify, &d);
}

int
dm_cli_resume(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		DM_CLI_NOW_ENTRY(now_text),
		{ NULL }
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE",
	        "Put a held or paused invoice back on the ladder: its next reminder goes when\n"
	        "it is due.",
	        "Use it when a reply that held the invoice needs no change to the dunning, or\n"
	        "when a dispute or question is settled. The replies that waited for you on this\n"
	        "invoice leave the digest's \"needs you\" section.\n\n"
	        "Exit status: 0 resumed, 1 no such invoice, 2 usage error, 3 failure (also: the\n"
	        "invoice is open, paid or stopped, so there is nothing to resume).\n\n"
	        "Example: dunmail resume 2026-0042", entries))
		return DM_EXIT_USAGE;
	if (argc != 2) {
		fprintf(stderr, "dunmail resume: expected one INVOICE number\n"
		        "Try 'dunmail resume --help'.\n");
		return DM_EXIT_USAGE;
	}
	Decision d = { .number = argv[1] };
	return run_decision(global, "resume", now_text, decide_resume, &d);
}

int
dm_cli_corrections(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	if (!dm_cli_list_options(global, &argc, &argv,
	        "List your corrections of how dunmail read replies ('dunmail reclassify'),\n"
	        "oldest first: the reply, its text, the class dunmail gave and yours.",
	        "JSON: an array of {\"reply\", \"invoice\", \"original_class\", \"class\",\n"
	        "\"date\", \"at\", \"reply_text\"}", &json))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open(global, argc, argv, FALSE, &config, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) list = dm_ledger_corrections_list(ledger, &error);
	if (!list) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_autoptr(JsonBuilder) b = json ? json_builder_new() : NULL;
	if (b)
		json_builder_begin_array(b);
	for (guint i = 0; i < list->len; i++) {
		DmCorrection *c = g_ptr_array_index(list, i);
		g_autofree char *rid = dm_reply_short_id(c->reply_id);
		if (b) {
			json_builder_begin_object(b);
			dm_cli_json_string(b, "reply", rid);
			dm_cli_json_string(b, "invoice", c->invoice_number);
			dm_cli_json_string(b, "original_class", dm_reply_class_name(c->original));
			dm_cli_json_string(b, "class", dm_reply_class_name(c->corrected));
			dm_cli_json_date(b, "date", &c->date);
			dm_cli_json_string(b, "at", c->at);
			dm_cli_json_string(b, "reply_text", c->reply_text);
			json_builder_end_object(b);
			continue;
		}
		g_autofree char *text = dm_sanitize_oneline(c->reply_text, 100);
		g_autofree char *at = dm_clock_local_text(c->at, config->tz);
		g_autofree char *day = dm_date_iso(&c->date);
		printf("%s  %-6s %-12s %s -> %s%s%s\n    \"%s\"\n", at, rid,
		       c->invoice_number ? c->invoice_number : "-", dm_reply_class_name(c->original),
		       dm_reply_class_name(c->corrected), day ? ", date " : "", day ? day : "", text);
	}
	if (b) {
		json_builder_end_array(b);
		dm_cli_print_json(json_builder_get_root(b));
	}
	return list->len ? DM_EXIT_OK : DM_EXIT_NOTHING;
}
