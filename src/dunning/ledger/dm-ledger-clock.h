/* dm-ledger-clock: whether a ledger runs on the real clock (a live ledger) or on the
 * simulated one of `--now` (tests and demos), and the one rule that keeps a simulated
 * clock from mailing the world or writing future events into a live ledger.
 *
 * The ledger's meta table says which ("clock" = "live" or "simulated"), recorded by the
 * first program that writes it: a ledger created by `dunmaild --once --now` (or a CLI
 * verb with --now) is simulated, any other is live.  A ledger from before this key that
 * already holds events counts as live: nobody can tell, and live is the safe answer.
 */
#pragma once
#include <glib.h>
#include "dunning/ledger/dm-ledger.h"

typedef enum { DM_LEDGER_CLOCK_LIVE, DM_LEDGER_CLOCK_SIMULATED } DmLedgerClock;

/* The kind of @ledger.  When it is not recorded yet and @record is TRUE, records it:
 * simulated when @simulated (this program runs with --now) and the ledger holds no event
 * yet, live otherwise.  Without @record an unrecorded ledger reads as live. */
gboolean dm_ledger_clock_get(DmLedger *ledger, gboolean simulated, gboolean record,
                             DmLedgerClock *kind_out, GError **error);

typedef struct {
	DmLedgerClock ledger;       /* what dm_ledger_clock_get said */
	gboolean simulated;         /* --now given */
	gboolean future;            /* --now is later than the real clock */
	gboolean dry_run;           /* nothing is sent (decisions are recorded as dry_run) */
	gboolean test_sink;         /* --test-sink given and the SMTP URL is loopback */
} DmClockUse;

/* NULL when @use may go ahead, else (transfer none) why not, for the error message:
 * a simulated clock on a live ledger only with --dry-run or --test-sink, and a time not
 * in the future (no future-dated event ever enters a live ledger). */
const char *dm_ledger_clock_refusal(const DmClockUse *use);
