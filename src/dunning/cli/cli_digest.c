/* cli_digest: print or send the owner's digest. */
#include "dunning/cli/dm-cli.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-digest-send.h"

#include <stdio.h>

int
dm_cli_digest(DmCliGlobal *global, int argc, char **argv)
{
	gboolean send = FALSE;
	g_autofree char *now_text = NULL;
	g_autofree char *html_path = NULL;
	GOptionEntry entries[] = {
		{ "html", 0, 0, G_OPTION_ARG_FILENAME, &html_path,
		  "Also write the digest's HTML part to FILE (to look at it in a browser)", "FILE" },
		{ "send", 0, 0, G_OPTION_ARG_NONE, &send,
		  "Send it to the owner now (through the outbox, like dunmaild's daily digest)", NULL },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Print the owner's digest: what needs the owner (with the command that answers\n"
	        "each item), promises, payment claims, bounces, automatic replies, what was sent\n"
	        "and goes out next, and the receivables at a glance (aging, DSO, signals).",
	        "It covers everything since the last digest was sent, in the language of\n"
	        "[dunning] language (nl, en, de); mailed, it is text and HTML (multipart/\n"
	        "alternative). Without --send it only prints the text (and changes nothing).\n"
	        "Exit status: 0 done, 2 usage error, 3 failure.",
	        entries))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail digest: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, send, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_auto(DmDigest) digest = { 0 };
	if (!dm_digest_build(config, ledger, now, &digest, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	printf("Subject: %s\n\n%s", digest.subject, digest.body);
	if (html_path && !g_file_set_contents(html_path, digest.html, -1, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	if (send) {
		if (!dm_digest_send(config, ledger, now, digest.subject, digest.body, digest.html,
		                    &digest.mark, &error)) {
			fprintf(stderr, "dunmail: digest not sent: %s\n", error->message);
			return DM_EXIT_FAILURE;
		}
		fprintf(stderr, "dunmail: digest sent to %s\n", config->owner_address);
	}
	return DM_EXIT_OK;
}
