/* ledger_clock: a live ledger never meets a simulated clock (dm-ledger-clock.h). */
#include "dunning/ledger/dm-ledger-clock.h"
#include "dunning/ledger/dm-ledger-sql.h"

#include <string.h>

#define CLOCK_KEY "clock"

gboolean
dm_ledger_clock_get(DmLedger *ledger, gboolean simulated, gboolean record,
                    DmLedgerClock *kind_out, GError **error)
{
	g_autofree char *value = NULL;
	if (!dm_ledger_meta_get(ledger, CLOCK_KEY, &value, error))
		return FALSE;
	if (value) {
		*kind_out = strcmp(value, "simulated") == 0 ? DM_LEDGER_CLOCK_SIMULATED
		                                            : DM_LEDGER_CLOCK_LIVE;
		return TRUE;
	}
	*kind_out = DM_LEDGER_CLOCK_LIVE;
	if (!record)
		return TRUE;
	gint64 events = 0;
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT EXISTS (SELECT 1 FROM events)", error);
	if (!st || !dm_sql_first_int64(st, "look for events", &events, error))
		return FALSE;
	if (simulated && events == 0)
		*kind_out = DM_LEDGER_CLOCK_SIMULATED;
	return dm_ledger_meta_set(ledger, CLOCK_KEY,
	                          *kind_out == DM_LEDGER_CLOCK_SIMULATED ? "simulated" : "live",
	                          error);
}

const char *
dm_ledger_clock_refusal(const DmClockUse *use)
{
	if (!use->simulated || use->ledger == DM_LEDGER_CLOCK_SIMULATED)
		return NULL;
	/* A dry run records its decisions too (dry_run rows and events), so it may not run
	 * ahead of the real clock either. */
	if ((use->dry_run || use->test_sink) && !use->future)
		return NULL;
	if (use->dry_run || use->test_sink)
		return "--now is later than the real clock, and no future-dated event may enter a "
		       "live ledger, not even a dry run's: 'dunmail forecast --days N' shows what "
		       "would go out when";
	return "--now is for tests and demos, and this ledger is live (it was not created with "
	       "--now): 'dunmail forecast --days N' shows what would go out when; --dry-run or "
	       "--test-sink (smtp_url on loopback) run a day not later than today";
}
