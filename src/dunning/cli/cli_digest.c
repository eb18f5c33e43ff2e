/* cli_digest: print or send the owner's digest. */
#include "dunning/cli/dm-cli.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-digest-send.h"
#include "common/dm-clock.h"

#include <stdio.h>

int
dm_cli_digest(DmCliGlobal *global, int argc, char **argv)
{
	gboolean send = FALSE;
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		{ "send", 0, 0, G_OPTION_ARG_NONE, &send,
		  "Send it to the owner now (through the outbox, like dunmaild's daily digest)", NULL },
		{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
		  "Take TIME as the current time (YYYY-MM-DD or ISO 8601)", "TIME" },
		{ NULL }
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Print the owner's digest: what needs the owner, the replies received and what\n"
	        "dunmail did about them, what was sent, what goes out next, who is late.",
	        "It covers everything since the last digest was sent. Without --send it only\n"
	        "prints (and changes nothing). Exit status: 0 done, 2 usage error, 3 failure.",
	        entries))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail digest: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = dm_cli_config(global);
	if (!config)
		return DM_EXIT_CONFIG;
	g_autoptr(GError) error = NULL;
	g_autoptr(GDateTime) now = dm_clock_now(now_text, config->tz, &error);
	if (!now) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmLedger) ledger = dm_cli_ledger(config, send);
	if (!ledger)
		return DM_EXIT_FAILURE;
	g_auto(DmDigest) digest = { 0 };
	if (!dm_digest_build(config, ledger, now, &digest, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	printf("Subject: %s\n\n%s", digest.subject, digest.body);
	if (send) {
		if (!dm_digest_send(config, ledger, now, digest.subject, digest.body, &digest.mark,
		                    &error)) {
			fprintf(stderr, "dunmail: digest not sent: %s\n", error->message);
			return DM_EXIT_FAILURE;
		}
		fprintf(stderr, "dunmail: digest sent to %s\n", config->owner_address);
	}
	return DM_EXIT_OK;
}
