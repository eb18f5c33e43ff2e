/* cli_address: `dunmail address ADDRESS [--ok]` — whether a debtor's address is marked
 * failing, and the owner's word that it takes mail again (dm-failing.h). */
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-failing.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"

#include <stdio.h>

/* Clears @address's mark and records who did; the caller reports. */
static gboolean
clear(DmLedger *ledger, const char *address, GDateTime *now, gboolean *was, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autofree char *detail = g_strdup_printf("%s no longer marked as failing: you said it "
	                                          "takes mail (dunmail address --ok)", address);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_address_clear_failing(ledger, address, was, error) ||
	    (*was && !dm_ledger_event_said(ledger, 0, now_iso, DM_EVENT_ADDRESS_OK, detail,
	                                   dm_words("address_ok", "address", address, NULL),
	                                   error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

int
dm_cli_address(DmCliGlobal *global, int argc, char **argv)
{
	gboolean ok = FALSE;
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		{ "ok", 0, 0, G_OPTION_ARG_NONE, &ok,
		  "The address takes mail again: clear its failing mark", NULL },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "ADDRESS",
	        "Say whether a debtor's address is marked failing, or clear the mark (--ok).",
	        "A hard bounce proven to answer one of dunmail's own reminders (its VERP tag or\n"
	        "its Message-ID) marks the address failing: no reminder goes to it, for any\n"
	        "invoice, and the digest says which were held back. A later report that mail to\n"
	        "it was delivered clears the mark, or you do, with --ok, once the debtor has\n"
	        "fixed the mailbox.\n\n"
	        "Exit status: 0 failing (without --ok) or cleared, 1 not marked failing,\n"
	        "2 usage error, 3 failure.\n\n"
	        "Example: dunmail address boekhouding@klant.nl --ok", entries))
		return DM_EXIT_USAGE;
	g_autofree char *address = argc == 2 ? dm_address_normalize(argv[1]) : NULL;
	if (!address) {
		fprintf(stderr, "dunmail address: expected one e-mail ADDRESS\n"
		        "Try 'dunmail address --help'.\n");
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, ok, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autofree char *clean = dm_sanitize(address, 254);
	if (ok) {
		gboolean was = FALSE;
		if (!clear(ledger, address, now, &was, &error)) {
			fprintf(stderr, "dunmail: %s\n", error->message);
			return DM_EXIT_FAILURE;
		}
		printf(was ? "%s: no longer marked failing; reminders to it resume\n"
		           : "%s: was not marked failing\n", clean);
		return was ? DM_EXIT_OK : DM_EXIT_NOTHING;
	}
	gboolean failing = FALSE;
	g_autofree char *since = NULL;
	if (!dm_ledger_address_failing(ledger, address, &failing, &since, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	if (failing)
		printf("%s: failing since %s; no reminders go to it\n", clean, since);
	else
		printf("%s: not marked failing\n", clean);
	return failing ? DM_EXIT_OK : DM_EXIT_NOTHING;
}
