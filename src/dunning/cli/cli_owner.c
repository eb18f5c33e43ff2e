/* cli_owner: the owner's decisions — reclassify a reply, resume, pause, resolve, write off
 * or record a payment on an invoice — and the list of corrections.  The decisions themselves are dm-owner.h's, shared with the digest
 * commands to come. */
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-corrections.h"
#include "dunning/owner/dm-owner.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
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

/* What one decision needs beyond the ledger and the time. */
typedef struct {
	gint64 reply_id;            /* reclassify */
	DmReplyClass klass;
	const GDate *date;
	const char *number;         /* the invoice verbs */
	const char *reason;         /* pause, writeoff */
	const GDate *until;         /* pause */
	gint64 amount_cents;        /* paid: 0 for everything open */
} Decision;

static gboolean
decide_reclassify(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
                  GError **error)
{
	const Decision *d = data;
	return dm_owner_reclassify(ledger, d->reply_id, d->klass, d->date, now, summary, error);
}

static gboolean
decide_resume(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
              GError **error)
{
	const Decision *d = data;
	return dm_owner_resume(ledger, d->number, now, summary, error);
}

static gboolean
decide_pause(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
             GError **error)
{
	const Decision *d = data;
	return dm_owner_pause(ledger, d->number, d->reason, d->until, now, summary, error);
}

static gboolean
decide_resolve(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
               GError **error)
{
	const Decision *d = data;
	return dm_owner_resolve(ledger, d->number, now, summary, error);
}

static gboolean
decide_writeoff(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
                GError **error)
{
	const Decision *d = data;
	return dm_owner_writeoff(ledger, d->number, d->reason, now, summary, error);
}

static gboolean
decide_paid(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
            GError **error)
{
	const Decision *d = data;
	return dm_owner_paid(ledger, d->number, d->amount_cents, d->date, now, summary, error);
}

int
dm_cli_reclassify(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *date_text = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
		  "The day the reply names: the promised day, the return day (YYYY-MM-DD)", "DATE" },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
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
	return dm_cli_run_decision(global, "reclassify", now_text, decide_reclassify, &d);
}

int
dm_cli_resume(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
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
	return dm_cli_run_decision(global, "resume", now_text, decide_resume, &d);
}

/* Reads the date of option @option of verb @verb into @out (@text NULL: left invalid);
 * FALSE after printing what was expected. */
static gboolean
option_date(const char *verb, const char *option, const char *text, GDate *out)
{
	g_date_clear(out, 1);
	if (!text || dm_date_parse_iso(text, out))
		return TRUE;
	g_autofree char *clean = dm_sanitize(text, 40);
	fprintf(stderr, "dunmail %s: %s '%s' is not a date (expected YYYY-MM-DD)\n", verb, option,
	        clean);
	return FALSE;
}

/* The one INVOICE argument of an invoice verb; FALSE after printing the usage error. */
static gboolean
one_invoice(const char *verb, int argc)
{
	if (argc == 2)
		return TRUE;
	fprintf(stderr, "dunmail %s: expected one INVOICE number\nTry 'dunmail %s --help'.\n",
	        verb, verb);
	return FALSE;
}

int
dm_cli_pause(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *reason = NULL, *until_text = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "reason", 'r', 0, G_OPTION_ARG_STRING, &reason,
		  "Why (required): shown in the timeline, the digest and 'dunmail invoices'", "TEXT" },
		{ "until", 'u', 0, G_OPTION_ARG_STRING, &until_text,
		  "Resume by itself on DATE (YYYY-MM-DD); without it, until 'dunmail resume'", "DATE" },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE --reason TEXT [--until DATE]",
	        "Stop the reminders of one invoice, with a reason, until a day or until you\n"
	        "resume it.",
	        "A reminder already queued for it is not sent. An open, paused or held invoice\n"
	        "can be paused (a new pause replaces the old one). With --until the ladder goes\n"
	        "on by itself on DATE; without it, 'dunmail resume INVOICE' puts it back.\n\n"
	        "Exit status: 0 paused, 1 no such invoice, 2 usage error, 3 failure (also: the\n"
	        "invoice is paid, written off, stopped or handed over).\n\n"
	        "Example: dunmail pause 2026-0042 --reason \"calling them\" --until 2026-12-15",
	        entries))
		return DM_EXIT_USAGE;
	if (!one_invoice("pause", argc))
		return DM_EXIT_USAGE;
	if (reason)
		g_strstrip(reason);
	if (!reason || !*reason) {
		fprintf(stderr, "dunmail pause: --reason is required (why the reminders stop)\n");
		return DM_EXIT_USAGE;
	}
	GDate until;
	if (!option_date("pause", "--until", until_text, &until))
		return DM_EXIT_USAGE;
	Decision d = { .number = argv[1], .reason = reason, .until = &until };
	return dm_cli_run_decision(global, "pause", now_text, decide_pause, &d);
}

int
dm_cli_resolve(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE",
	        "Mark the dispute of an invoice resolved: the hold or pause the dispute put on\n"
	        "it is lifted and the ladder goes on.",
	        "Only an invoice paused or held for a dispute can be resolved; 'dunmail resume'\n"
	        "lifts any other pause. The replies that waited for you on it leave the digest's\n"
	        "\"needs you\" section.\n\n"
	        "Exit status: 0 resolved, 1 no such invoice, 2 usage error, 3 failure (also: the\n"
	        "invoice has no dispute).\n\n"
	        "Example: dunmail resolve 2026-0042", entries))
		return DM_EXIT_USAGE;
	if (!one_invoice("resolve", argc))
		return DM_EXIT_USAGE;
	Decision d = { .number = argv[1] };
	return dm_cli_run_decision(global, "resolve", now_text, decide_resolve, &d);
}

int
dm_cli_writeoff(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *reason = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, "Why, for the timeline", "TEXT" },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE [--reason TEXT]",
	        "Write an invoice off: it is never reminded again, and stays in the ledger as\n"
	        "written_off.",
	        "A reminder already queued for it is not sent. A paid invoice cannot be written\n"
	        "off.\n\n"
	        "Exit status: 0 written off, 1 no such invoice, 2 usage error, 3 failure (also:\n"
	        "the invoice is paid or written off already).\n\n"
	        "Example: dunmail writeoff 2026-0042 --reason \"company bankrupt\"", entries))
		return DM_EXIT_USAGE;
	if (!one_invoice("writeoff", argc))
		return DM_EXIT_USAGE;
	if (reason && !*g_strstrip(reason))
		g_clear_pointer(&reason, g_free);
	Decision d = { .number = argv[1], .reason = reason };
	return dm_cli_run_decision(global, "writeoff", now_text, decide_writeoff, &d);
}

int
dm_cli_paid(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *amount_text = NULL, *date_text = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "amount", 'a', 0, G_OPTION_ARG_STRING, &amount_text,
		  "A part payment of AMOUNT (1250.00 or 1250,00); without it, paid in full", "AMOUNT" },
		{ "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
		  "The day it was paid (YYYY-MM-DD); without it, today", "DATE" },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE [--amount AMOUNT] [--date DATE]",
	        "Record a payment of an invoice: in full (the ladder ends) or in part (the\n"
	        "reminders name what is still open).",
	        "Each payment is kept with its day. A part payment lowers the open amount that\n"
	        "the next reminders, 'dunmail invoices' and the digest show; the payment that\n"
	        "makes up the rest makes the invoice paid. AMOUNT is in the invoice's currency,\n"
	        "with a decimal point or comma and no grouping (1250.00, 1250,5); more than is\n"
	        "open is refused.\n\n"
	        "Exit status: 0 recorded, 1 no such invoice, 2 usage error (also: more than is\n"
	        "open), 3 failure (also: the invoice is paid already).\n\n"
	        "Examples:\n"
	        "  dunmail paid 2026-0042\n"
	        "  dunmail paid 2026-0042 --amount 500.00 --date 2026-12-01", entries))
		return DM_EXIT_USAGE;
	if (!one_invoice("paid", argc))
		return DM_EXIT_USAGE;
	gint64 cents = 0;
	if (amount_text && !dm_money_parse(amount_text, G_GINT64_CONSTANT(100000000000), &cents)) {
		g_autofree char *clean = dm_sanitize(amount_text, 40);
		fprintf(stderr, "dunmail paid: --amount '%s' is not an amount (expected a positive "
		        "amount such as 500.00 or 500,00, without grouping)\n", clean);
		return DM_EXIT_USAGE;
	}
	GDate date;
	if (!option_date("paid", "--date", date_text, &date))
		return DM_EXIT_USAGE;
	Decision d = { .number = argv[1], .amount_cents = cents, .date = &date };
	return dm_cli_run_decision(global, "paid", now_text, decide_paid, &d);
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
