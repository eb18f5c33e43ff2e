/* dunmail: the owner's command line.  Reads the ledger directly (SQLite WAL) and writes
 * through the same ledger functions dunmaild uses. */
#include "dunning/cli/dm-cli.h"

#include <stdio.h>
#include <string.h>

static const struct {
	const char *name;
	DmCliVerb run;
	const char *summary;
} verbs[] = {
	{ "parse",    dm_cli_parse,    "read the invoice facts from one message file" },
	{ "classify", dm_cli_classify, "read one reply: kind, class, date, new text" },
	{ "invoices", dm_cli_invoices, "list the invoices dunmail tracks" },
	{ "show",     dm_cli_show,     "one invoice: facts, timeline, replies, next step" },
	{ "forecast", dm_cli_forecast, "the reminders that would go out in the next days, and why" },
	{ "replies",  dm_cli_replies,  "list the replies received and how they were read" },
	{ "digest",   dm_cli_digest,   "print the owner's digest, or --send it" },
	{ "costs",    dm_cli_costs,    "statutory collection costs, compensation and interest" },
	{ "reclassify", dm_cli_reclassify, "correct a reply's class and apply it (R12 dispute)" },
	{ "resume",   dm_cli_resume,   "put a held or paused invoice back on the ladder" },
	{ "pause",    dm_cli_pause,    "stop an invoice's reminders, with a reason (--until DATE)" },
	{ "resolve",  dm_cli_resolve,  "an invoice's dispute is resolved: back on the ladder" },
	{ "writeoff", dm_cli_writeoff, "write an invoice off: never reminded again" },
	{ "paid",     dm_cli_paid,     "record a payment of an invoice, in full or in part" },
	{ "plan",     dm_cli_plan,     "agree, show or cancel an invoice's payment plan" },
	{ "debtor",   dm_cli_debtor,   "one debtor: its report, or its settings (language, kind ...)" },
	{ "address",  dm_cli_address,  "is a debtor's address failing? --ok clears it" },
	{ "corrections", dm_cli_corrections, "list your corrections of replies' classes" },
	{ "aging",    dm_cli_aging,    "unpaid invoices by days past due, per currency and debtor" },
	{ "dso",      dm_cli_dso,      "days sales outstanding, and 30 days earlier" },
	{ "report",   dm_cli_report,   "the receivables overview as one HTML page (--html FILE)" },
	{ "train",    dm_cli_train,    "train the reply classifier on a labelled corpus" },
	{ "check-config", dm_cli_check_config, "check the configuration and what it names" },
	{ "import",   dm_cli_import,   "read past mail (.eml, Maildir, mbox) into dunmail" },
	{ "status",   dm_cli_status,   "does dunmaild run, when the milter last saw mail, backlog" },
};

static void
usage(FILE *out)
{
	fprintf(out,
		"Usage: dunmail [-c FILE] VERB [OPTIONS] [ARGS]\n\n"
		"dunmail follows up unpaid invoices from inside the mail server. This command is\n"
		"the owner's view of it: what was invoiced, what debtors replied, what goes next.\n\n"
		"Verbs:\n");
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++)
		fprintf(out, "  %-12s %s\n", verbs[i].name, verbs[i].summary);
	fprintf(out,
		"\nOptions:\n"
		"  -c, --config FILE   configuration file (default " DM_CONFIG_DEFAULT_PATH ")\n"
		"  -V, --version       print the version\n"
		"  -h, --help          this text; 'dunmail VERB --help' for a verb\n\n"
		"Exit status: 0 success, 1 nothing found, 2 usage error, 3 failure,\n"
		"78 configuration error.\n\n"
		"Examples:\n"
		"  dunmail parse invoice.eml --json\n"
		"  dunmail invoices\n"
		"  dunmail show 2026-0042\n"
		"  dunmail digest --send\n"
		"  dunmail reclassify R12 promise_to_pay --date 2026-12-03\n"
		"  dunmail resume 2026-0042\n"
		"  dunmail paid 2026-0042 --amount 500.00 --date 2026-12-01\n"
		"  dunmail plan 2026-0042 --instalments 3 --every month --from 2026-04-01\n"
		"  dunmail debtor jan@example.nl --consumer --language en\n"
		"  dunmail check-config\n"

		"  dunmail aging --csv > aging.csv\n"
		"  dunmail report --html overview.html\n");
}

int
main(int argc, char **argv)
{
	DmCliGlobal global = { 0 };
	int i = 1;
	/* Global options stand before the verb; the verbs accept -c too. */
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return DM_EXIT_OK;
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			puts("dunmail " DM_VERSION);
			return DM_EXIT_OK;
		} else if ((strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0) && i + 1 < argc) {
			g_free(global.config_path);
			global.config_path = g_strdup(argv[++i]);
		} else if (g_str_has_prefix(a, "--config=")) {
			g_free(global.config_path);
			global.config_path = g_strdup(a + strlen("--config="));
		} else {
			fprintf(stderr, "dunmail: unknown option '%s'\nTry 'dunmail --help'.\n", a);
			g_free(global.config_path);
			return DM_EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage(stderr);
		g_free(global.config_path);
		return DM_EXIT_USAGE;
	}
	int status = -1;
	for (gsize v = 0; v < G_N_ELEMENTS(verbs); v++)
		if (strcmp(argv[i], verbs[v].name) == 0) {
			status = verbs[v].run(&global, argc - i, argv + i);
			break;
		}
	if (status < 0) {
		fprintf(stderr, "dunmail: unknown verb '%s'\nTry 'dunmail --help'.\n", argv[i]);
		status = DM_EXIT_USAGE;
	}
	g_free(global.config_path);
	return status;
}
