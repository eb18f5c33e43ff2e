/* cli_common: option parsing, configuration, ledger and JSON helpers shared by the verbs. */
#include "dunning/cli/dm-cli.h"
#include "common/dm-clock.h"
#include "dunning/ledger/dm-ledger-clock.h"
#include "dunning/engine/dm-plan.h"
#include "dunning/owner/dm-owner.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

gboolean
dm_cli_options(DmCliGlobal *global, int *argc, char ***argv, const char *usage,
               const char *summary, const char *description, GOptionEntry *entries)
{
	g_autofree char *config_path = NULL;
	GOptionEntry common[] = {
		{ "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		  "Read the configuration from FILE (default " DM_CONFIG_DEFAULT_PATH ")", "FILE" },
		G_OPTION_ENTRY_NULL
	};
	/* --help says "Usage: dunmail VERB ...", not the bare verb. */
	g_autofree char *prgname = g_strdup_printf("dunmail %s", (*argv)[0]);
	g_set_prgname(prgname);
	g_autoptr(GOptionContext) ctx = g_option_context_new(usage);
	g_option_context_set_summary(ctx, summary);
	if (description)
		g_option_context_set_description(ctx, description);
	if (entries)
		g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_add_main_entries(ctx, common, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, argc, argv, &error)) {
		fprintf(stderr, "dunmail: %s\nTry 'dunmail %s --help'.\n", error->message, (*argv)[0]);
		return FALSE;
	}
	if (config_path) {
		g_free(global->config_path);
		global->config_path = g_steal_pointer(&config_path);
	}
	return TRUE;
}

gboolean
dm_cli_list_options(DmCliGlobal *global, int *argc, char ***argv, const char *summary,
                    const char *json_contract, gboolean *json)
{
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, json, "Print the list as a JSON array", NULL },
		G_OPTION_ENTRY_NULL
	};
	g_autofree char *description = g_strconcat(
		"Exit status: 0 some listed, 1 none, 2 usage error, 3 failure.\n\n", json_contract, NULL);
	return dm_cli_options(global, argc, argv, "", summary, description, entries);
}

DmConfig *
dm_cli_config(DmCliGlobal *global)
{
	g_autoptr(GError) error = NULL;
	DmConfig *config = dm_config_load(global->config_path ? global->config_path
	                                                      : DM_CONFIG_DEFAULT_PATH, &error);
	if (!config)
		fprintf(stderr, "dunmail: %s\n", error->message);
	return config;
}

/* The configuration of a verb over the ledger, whose views and decisions name the
 * ladder's steps: every step's template must exist, as dunmaild checks at start. */
static DmConfig *
ledger_verb_config(DmCliGlobal *global)
{
	g_autoptr(DmConfig) config = dm_cli_config(global);
	g_autoptr(GError) error = NULL;
	if (config && !dm_config_check_templates(config, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return NULL;
	}
	return g_steal_pointer(&config);
}

/* The ledger is 0640 dunmail:dunmail (it names debtors and amounts), so a user outside
 * the group gets SQLite's bare "unable to open"; say which file and what to do. */
static gboolean
ledger_permitted(const char *database, gboolean write)
{
	const char *path = g_str_has_prefix(database, "sqlite:") ? database + strlen("sqlite:")
	                                                         : database;
	if (access(path, write ? R_OK | W_OK : R_OK) == 0 || errno != EACCES)
		return TRUE;
	fprintf(stderr, "dunmail: cannot %s %s: %s — run as root or as %s\n",
	        write ? "write" : "read", path, g_strerror(EACCES),
	        write ? "user dunmail" : "a member of group dunmail");
	return FALSE;
}

DmLedger *
dm_cli_ledger(const DmConfig *config, gboolean write)
{
	g_autoptr(GError) error = NULL;
	if (!ledger_permitted(config->database, write))
		return NULL;
	DmLedger *ledger = dm_ledger_open(config->database, !write, &error);
	if (!ledger)
		fprintf(stderr, "dunmail: %s\n", error->message);
	return ledger;
}

int
dm_cli_open(DmCliGlobal *global, int argc, char **argv, gboolean write, DmConfig **config,
            DmLedger **ledger)
{
	if (argc > 1) {
		fprintf(stderr, "dunmail %s: unexpected argument '%s'\nTry 'dunmail %s --help'.\n",
		        argv[0], argv[1], argv[0]);
		return DM_EXIT_USAGE;
	}
	*config = ledger_verb_config(global);
	if (!*config)
		return DM_EXIT_CONFIG;
	*ledger = dm_cli_ledger(*config, write);
	if (!*ledger) {
		g_clear_pointer(config, dm_config_free);
		return DM_EXIT_FAILURE;
	}
	return DM_EXIT_OK;
}

int
dm_cli_open_at(DmCliGlobal *global, const char *now_text, gboolean write, DmConfig **config,
               GDateTime **now, DmLedger **ledger)
{
	*config = ledger_verb_config(global);
	if (!*config)
		return DM_EXIT_CONFIG;
	g_autoptr(GError) error = NULL;
	*now = dm_clock_now(now_text, (*config)->tz, &error);
	if (!*now) {
		fprintf(stderr, "dunmail: --now: %s\n", error->message);
		return DM_EXIT_USAGE;
	}
	*ledger = dm_cli_ledger(*config, write);
	if (!*ledger)
		return DM_EXIT_FAILURE;
	/* A verb that writes as of --now (a simulated day) is refused on a live ledger, like
	 * dunmaild's --now: what it writes would be dated in another time. */
	DmClockUse use = { .simulated = now_text != NULL && write };
	if (use.simulated && !dm_ledger_clock_get(*ledger, TRUE, TRUE, &use.ledger, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	if (dm_ledger_clock_refusal(&use)) {
		fprintf(stderr, "dunmail: %s: this ledger is live (not made with --now): a verb that "
		        "changes it takes the real clock; --now is for tests and demos\n",
		        (*config)->database);
		return DM_EXIT_USAGE;
	}
	return DM_EXIT_OK;
}

void
dm_cli_print_json(JsonNode *node)
{
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_pretty(gen, TRUE);
	json_generator_set_root(gen, node);
	g_autofree char *text = json_generator_to_data(gen, NULL);
	puts(text);
	json_node_unref(node);
}

void
dm_cli_json_int(JsonBuilder *b, const char *key, gboolean has, gint64 value)
{
	json_builder_set_member_name(b, key);
	if (has)
		json_builder_add_int_value(b, value);
	else
		json_builder_add_null_value(b);
}

void
dm_cli_json_string(JsonBuilder *b, const char *key, const char *value)
{
	json_builder_set_member_name(b, key);
	if (value)
		json_builder_add_string_value(b, value);
	else
		json_builder_add_null_value(b);
}

void
dm_cli_json_date(JsonBuilder *b, const char *key, const GDate *d)
{
	g_autofree char *iso = dm_date_iso(d);
	dm_cli_json_string(b, key, iso);
}

int
dm_cli_decision_failed(const char *verb, const GError *error)
{
	fprintf(stderr, "dunmail %s: %s\n", verb, error->message);
	/* A plan that does not add up, or whose days are not in order, is a usage error. */
	if (error->domain == DM_PLAN_ERROR)
		return DM_EXIT_USAGE;
	if (error->domain != DM_OWNER_ERROR)
		return DM_EXIT_FAILURE;
	switch (error->code) {
	case DM_OWNER_ERROR_NO_REPLY:
	case DM_OWNER_ERROR_NO_INVOICE:
		return DM_EXIT_NOTHING;
	case DM_OWNER_ERROR_AMOUNT:
	case DM_OWNER_ERROR_VALUE:
		return DM_EXIT_USAGE;
	default:
		return DM_EXIT_FAILURE;
	}
}

int
dm_cli_run_decision(DmCliGlobal *global, const char *verb, const char *now_text,
                    DmCliDecideFunc decide, gconstpointer data)
{
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, TRUE, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autofree char *summary = NULL;
	if (!decide(ledger, data, now, &summary, &error))
		return dm_cli_decision_failed(verb, error);
	puts(summary);
	return DM_EXIT_OK;
}
