/* cli_check_config: `dunmail check-config`, the administrator's `postfix check`: every
 * check dunmail can make of its configuration and surroundings, one line per finding. */
#include "dunning/cli/dm-cli.h"
#include "common/dm-config-check.h"
#include "common/dm-mta-check.h"
#include "dunning/send/dm-send-check.h"
#include "parser/reply/dm-reply-model.h"

#include <stdio.h>

#define SMTP_TIMEOUT_DEFAULT 5

/* What dunmaild needs beyond the file system: the ledger, the model, the domain list. */
static void
check_data(DmConfig *config, GPtrArray *findings)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, TRUE, &error);
	if (!ledger && g_error_matches(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND))
		dm_finding_add(findings, DM_FINDING_WARNING, "[ledger] database", NULL, "%s",
		               error->message);
	else if (!ledger && g_error_matches(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_VERSION))
		dm_finding_add(findings, DM_FINDING_WARNING, "[ledger] database", NULL, "%s",
		               error->message);
	else if (!ledger)
		dm_finding_add(findings, DM_FINDING_ERROR, "[ledger] database",
		               "check the path, its directory's owner and mode", "%s", error->message);
	g_clear_error(&error);
	g_autoptr(DmReplyModel) model = dm_reply_model_load(config->reply_model, &error);
	if (!model)
		dm_finding_add(findings, DM_FINDING_ERROR, "[replies] model",
		               "install it, or train one with dunmail train", "%s", error->message);
	g_clear_error(&error);
	if (!dm_config_load_shared_domains(config, &error))
		dm_finding_add(findings, DM_FINDING_ERROR, "[dunning] freemail_domains", NULL, "%s",
		               error->message);
}

int
dm_cli_check_config(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *mta_user = NULL;
	int timeout = SMTP_TIMEOUT_DEFAULT;
	gboolean offline = FALSE;
	GOptionEntry entries[] = {
		{ "mta-user", 0, 0, G_OPTION_ARG_STRING, &mta_user,
		  "The user the MTA connects to the milter as (default postfix)", "USER" },
		{ "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
		  "Seconds each step of the SMTP check may take (default 5)", "SECONDS" },
		{ "offline", 0, 0, G_OPTION_ARG_NONE, &offline,
		  "Neither connect to the SMTP server nor ask postconf", NULL },
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Check the configuration and what it names, like postfix check or opendkim -n:\n"
	        "every key valid and given once, sample values replaced, the spool, ledger and\n"
	        "socket directories present with their owners and modes, the socket reachable by\n"
	        "the MTA, the templates rendering, the ledger, model and domain list readable,\n"
	        "an authserv_id only where a DMARC or DKIM milter runs, and the SMTP server\n"
	        "answering (connect, EHLO, QUIT).",
	        "Prints one line per finding: 'error:' or 'warning:', where (FILE:LINE, [section]\n"
	        "key or a path), what is wrong and what to do. dunmaild and dunmail-milter make\n"
	        "the same checks at start where they apply (not the network ones); an error\n"
	        "stops them, a warning is logged.\n\n"
	        "Exit status: 0 no errors (warnings allowed), 2 usage error, 78 errors found.",
	        entries))
		return DM_EXIT_USAGE;
	if (argc > 1 || timeout < 1) {
		fprintf(stderr, "dunmail check-config: %s\n",
		        argc > 1 ? "unexpected argument" : "--timeout must be at least 1");
		return DM_EXIT_USAGE;
	}
	const char *path = global->config_path ? global->config_path : DM_CONFIG_DEFAULT_PATH;
	g_autoptr(GPtrArray) findings = dm_findings_new();
	g_autoptr(GError) error = NULL;
	g_autoptr(DmConfig) config = NULL;
	if (!dm_config_find_duplicates(path, findings, &error))
		dm_finding_add(findings, DM_FINDING_ERROR, path, NULL, "%s", error->message);
	else if (findings->len == 0 && !(config = dm_config_load(path, &error)))
		/* The message names the file and key already. */
		dm_finding_add(findings, DM_FINDING_ERROR, "configuration", NULL, "%s", error->message);
	if (config) {
		dm_config_check_samples(config, findings);
		dm_config_check_dirs(config, findings);
		dm_config_check_socket(config, mta_user ? mta_user : "postfix", findings);
		dm_send_check_templates(config, findings);
		check_data(config, findings);
	}
	if (config && !offline) {
		g_autofree char *milters = dm_postconf_get("smtpd_milters", NULL);
		dm_config_check_authserv(config, milters, findings);
		dm_config_check_smtp(config, (guint) timeout, findings);
	}
	for (guint i = 0; i < findings->len; i++) {
		g_autofree char *line = dm_finding_format(findings->pdata[i]);
		puts(line);
	}
	guint errors = dm_findings_errors(findings);
	fprintf(stderr, "dunmail: %s: %u error(s), %u warning(s)\n", path, errors,
	        findings->len - errors);
	return errors ? DM_EXIT_CONFIG : DM_EXIT_OK;
}
