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

/* Shared by the verbs (cli_common.c). */

/* Parses a verb's options: @entries plus -c/--config.  Prints the error and returns FALSE
 * on a usage error.  @usage is "VERB ARGS", @summary the verb's --help text. */
gboolean dm_cli_options(DmCliGlobal *global, int *argc, char ***argv, const char *usage,
                        const char *summary, const char *description, GOptionEntry *entries);
/* Loads the configuration named by -c (or the default); prints the error on failure. */
DmConfig *dm_cli_config(DmCliGlobal *global);
/* Opens the ledger; prints the error on failure. */
DmLedger *dm_cli_ledger(const DmConfig *config, gboolean write);
/* The usual start of a ledger verb: no arguments left after the options, then the
 * configuration and the ledger.  Returns DM_EXIT_OK with both set, or the exit status
 * (the error already printed). */
int dm_cli_open(DmCliGlobal *global, int argc, char **argv, gboolean write,
                DmConfig **config, DmLedger **ledger);
/* Prints @node as pretty JSON on stdout, with a final newline. Takes ownership of @node. */
void dm_cli_print_json(JsonNode *node);
/* Adds "key": "YYYY-MM-DD" or null. */
void dm_cli_json_date(JsonBuilder *b, const char *key, const GDate *d);
/* Adds "key": string or null. */
void dm_cli_json_string(JsonBuilder *b, const char *key, const char *value);
