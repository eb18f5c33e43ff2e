/* dm-cli: the verbs of the dunmail command.  Each takes the arguments after the verb and
 * the global options, prints its result, and returns the exit status:
 * 0 success, 1 nothing found, 2 usage error, 3 failure, 78 configuration error. */
#pragma once
#include <glib.h>
#include <json-glib/json-glib.h>
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

enum { DM_EXIT_OK = 0, DM_EXIT_NOTHING = 1, DM_EXIT_USAGE = 2, DM_EXIT_FAILURE = 3,
       DM_EXIT_CONFIG = 78 };

typedef struct {
	char *config_path;          /* -c, before or after the verb */
} DmCliGlobal;

typedef int (*DmCliVerb)(DmCliGlobal *global, int argc, char **argv);

int dm_cli_parse(DmCliGlobal *global, int argc, char **argv);
int dm_cli_classify(DmCliGlobal *global, int argc, char **argv);
int dm_cli_invoices(DmCliGlobal *global, int argc, char **argv);
int dm_cli_show(DmCliGlobal *global, int argc, char **argv);
int dm_cli_replies(DmCliGlobal *global, int argc, char **argv);
int dm_cli_digest(DmCliGlobal *global, int argc, char **argv);
int dm_cli_train(DmCliGlobal *global, int argc, char **argv);
int dm_cli_costs(DmCliGlobal *global, int argc, char **argv);
int dm_cli_reclassify(DmCliGlobal *global, int argc, char **argv);
int dm_cli_resume(DmCliGlobal *global, int argc, char **argv);
int dm_cli_address(DmCliGlobal *global, int argc, char **argv);
int dm_cli_corrections(DmCliGlobal *global, int argc, char **argv);
int dm_cli_forecast(DmCliGlobal *global, int argc, char **argv);
int dm_cli_check_config(DmCliGlobal *global, int argc, char **argv);
int dm_cli_import(DmCliGlobal *global, int argc, char **argv);
int dm_cli_status(DmCliGlobal *global, int argc, char **argv);
int dm_cli_pause(DmCliGlobal *global, int argc, char **argv);
int dm_cli_resolve(DmCliGlobal *global, int argc, char **argv);
int dm_cli_writeoff(DmCliGlobal *global, int argc, char **argv);
int dm_cli_paid(DmCliGlobal *global, int argc, char **argv);
int dm_cli_plan(DmCliGlobal *global, int argc, char **argv);
int dm_cli_debtor(DmCliGlobal *global, int argc, char **argv);
int dm_cli_aging(DmCliGlobal *global, int argc, char **argv);
int dm_cli_dso(DmCliGlobal *global, int argc, char **argv);
int dm_cli_debtor_report(DmCliGlobal *global, int argc, char **argv);
int dm_cli_report(DmCliGlobal *global, int argc, char **argv);

/* The --now option of the verbs that act or report as of a time (simulations, tests). */
#define DM_CLI_NOW_ENTRY(var)                                                          \
	{ "now", 0, 0, G_OPTION_ARG_STRING, &(var),                                        \
	  "Take TIME as the current time (YYYY-MM-DD or ISO 8601)", "TIME" }

/* Shared by the verbs (cli_common.c). */

/* Parses a verb's options: @entries plus -c/--config.  Prints the error and returns FALSE
 * on a usage error.  @usage is "VERB ARGS", @summary the verb's --help text. */
gboolean dm_cli_options(DmCliGlobal *global, int *argc, char ***argv, const char *usage,
                        const char *summary, const char *description, GOptionEntry *entries);
/* dm_cli_options for a listing verb without arguments: --json (into *@json) and the
 * listings' exit statuses, then @json_contract, in its --help. */
gboolean dm_cli_list_options(DmCliGlobal *global, int *argc, char ***argv, const char *summary,
                             const char *json_contract, gboolean *json);
/* Loads the configuration named by -c (or the default); prints the error on failure. */
DmConfig *dm_cli_config(DmCliGlobal *global);
/* Opens the ledger; prints the error on failure. */
DmLedger *dm_cli_ledger(const DmConfig *config, gboolean write);
/* The usual start of a ledger verb: no arguments left after the options, then the
 * configuration and the ledger.  Returns DM_EXIT_OK with both set, or the exit status
 * (the error already printed). */
int dm_cli_open(DmCliGlobal *global, int argc, char **argv, gboolean write,
                DmConfig **config, DmLedger **ledger);
/* The start of a verb that acts or reports as of --now (@now_text, NULL: the clock): the
 * configuration, the time and the ledger.  DM_EXIT_OK with all three set, or the exit
 * status (the error already printed; the caller's g_autoptr frees what was set). */
int dm_cli_open_at(DmCliGlobal *global, const char *now_text, gboolean write,
                   DmConfig **config, GDateTime **now, DmLedger **ledger);
/* Prints @node as pretty JSON on stdout, with a final newline. Takes ownership of @node. */
void dm_cli_print_json(JsonNode *node);
/* Adds "key": "YYYY-MM-DD" or null. */
void dm_cli_json_date(JsonBuilder *b, const char *key, const GDate *d);
/* Adds "key": @value when @has, else null. */
void dm_cli_json_int(JsonBuilder *b, const char *key, gboolean has, gint64 value);
/* Adds "key": string or null. */
void dm_cli_json_string(JsonBuilder *b, const char *key, const char *value);

/* A decision the owner takes on the ledger as of @now (dm-owner.h, dm-owner-plan.h), with
 * @data the verb's arguments; *@summary (transfer full) says what was done. */
typedef gboolean (*DmCliDecideFunc)(DmLedger *ledger, gconstpointer data, GDateTime *now,
                                    char **summary, GError **error);
/* Every decision verb's sequence: the configuration, --now (@now_text), the ledger opened
 * for writing, @decide, and its summary printed.  Returns the exit status (a failure
 * printed once, naming @verb: dm_cli_decision_failed). */
int dm_cli_run_decision(DmCliGlobal *global, const char *verb, const char *now_text,
                        DmCliDecideFunc decide, gconstpointer data);
/* Prints "dunmail VERB: MESSAGE" and returns the exit status of a failed decision: 1 no
 * such reply or invoice, 2 a value the owner got wrong (an amount, a setting, a plan that
 * does not add up: DM_PLAN_ERROR), 3 anything else (a state the decision does not apply
 * to, the ledger failing). */
int dm_cli_decision_failed(const char *verb, const GError *error);
