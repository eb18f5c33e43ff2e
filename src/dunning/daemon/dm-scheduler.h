/* dm-scheduler: which reminders are due, and getting them out exactly once.
 *
 * One pass (dm_scheduler_run):
 *   1. invoices whose pause or hold has run out go back on the ladder (a hold nobody
 *      decided about within max_hold_days, too), and reminders that could
 *      not go out for DM_OUTBOX_STALE_DAYS are cancelled, to be written anew;
 *   2. for each open invoice with no reminder still on its way whose next step is due
 *      today or earlier, the reminder is
 *      rendered (in the debtor's language, to its contact, for the amount still open)
 *      and committed to the outbox as pending — or, at a hand-over step, the invoice is
 *      marked handed over and the owner told — (invoice, step) is unique, so a
 *      second pass, a second process or a restart cannot queue it again;
 *   3. each pending row is moved to sending (committed), submitted over SMTP, and moved
 *      to sent, back to pending (the server did not take it) or to failed (refused).
 * Before a pass after start-up, dm_scheduler_recover() turns rows left in "sending" into
 * "unknown": the MTA may have them, so they are never resent automatically.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-deliver.h"

/* Days a reminder may wait in the outbox (the mail server unreachable) before it is
 * cancelled and written anew, so it never goes out with a stale date or overdue count. */
#define DM_OUTBOX_STALE_DAYS 2

typedef struct {
	guint resumed;
	guint queued;
	guint handed_over;          /* invoices whose ladder reached its hand-over step */
	DmDeliverStats delivery;    /* the outbox rows sent, failed, deferred, cancelled */
} DmSchedulerStats;

gboolean dm_scheduler_recover(DmLedger *ledger, GDateTime *now, GError **error);

/* With @dry_run, nothing is written or sent: the reminders that would go are logged. */
gboolean dm_scheduler_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                          gboolean dry_run, DmSchedulerStats *stats, GError **error);
