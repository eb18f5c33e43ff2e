/* dm-scheduler: which reminders are due, and getting them out exactly once.
 *
 * One pass (dm_scheduler_run):
 *   1. invoices whose pause has run out go back on the ladder, and reminders that could
 *      not go out for DM_OUTBOX_STALE_DAYS are cancelled, to be written anew;
 *   2. for each open invoice with no reminder still on its way whose next step is due
 *      today or earlier, the reminder is
 *      rendered and committed to the outbox as pending — (invoice, step) is unique, so a
 *      second pass, a second process or a restart cannot queue it again;
 *   3. each pending row is moved to sending (committed), submitted over SMTP, and moved
 *      to sent, back to pending (the server did not take it) or to failed (refused).
 * Before a pass after start-up, dm_scheduler_recover() turns rows left in "sending" into
 * "unknown": the MTA may have them, so they are never resent automatically.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/dm-invoices.h"
#include "dunning/dm-ladder.h"
#include "dunning/dm-ledger.h"
#include "dunning/dm-outbox.h"

/* Days a reminder may wait in the outbox (the mail server unreachable) before it is
 * cancelled and written anew, so it never goes out with a stale date or overdue count. */
#define DM_OUTBOX_STALE_DAYS 2

typedef struct {
	guint resumed;
	guint queued;
	guint sent;
	guint failed;
	guint deferred;
	guint cancelled;
} DmSchedulerStats;

/* The next step for @inv and the day it is due, or NULL when none will be sent (paid,
 * stopped, paused without a resume date, ladder done). */
const DmLadderStep *dm_scheduler_next_step(DmLedger *ledger, const DmInvoice *inv, GDate *when);

gboolean dm_scheduler_recover(DmLedger *ledger, GDateTime *now, GError **error);

/* With @dry_run, nothing is written or sent: the reminders that would go are logged. */
gboolean dm_scheduler_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                          gboolean dry_run, DmSchedulerStats *stats, GError **error);

/* Submits one pending outbox row @it and moves it on (sent, pending again, failed or
 * unknown); a reminder whose invoice is no longer open is cancelled instead. */
gboolean dm_scheduler_deliver(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                              GDateTime *now, DmSchedulerStats *stats, GError **error);

/* Submits every pending outbox row (reminders and digests). */
gboolean dm_scheduler_flush(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                            DmSchedulerStats *stats, GError **error);
