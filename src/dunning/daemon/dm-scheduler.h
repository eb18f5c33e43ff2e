/* dm-scheduler: which reminders are due, and getting them out exactly once.
 *
 * One pass (dm_scheduler_run), after the pass ingested the spool (so a reply of this pass
 * is applied, and the milter's copies of our own mail are counted, before anything goes):
 *   0. a reminder cut off mid-send (unknown) that the milter never saw within [sending]
 *      unseen_after seconds of the start of its own SMTP transaction never reached the
 *      MTA: it is cancelled and goes again (one the milter saw was confirmed by the
 *      ingest: it counts as sent); those seconds are counted on the monotonic clock
 *      while the machine has not restarted (dm_clock_monotonic), so a wall clock set
 *      forward does not make them pass early;
 *   1. invoices whose pause or hold has run out go back on the ladder (a hold nobody
 *      decided about within max_hold_days, too), and reminders that could
 *      not go out for DM_OUTBOX_STALE_DAYS are cancelled, to be written anew;
 *   2. for each open invoice that needs attention today (its next_action, kept by the ledger
 *      in an index and decided by dm_next_attention: the pass reads what is due, not the
 *      whole book) with no reminder still on its way whose next step is due
 *      today or earlier (the latest step only, once, however long dunmaild was down), and
 *      only while the send window is open (dm_send_window_release), the reminder is
 *      rendered (in the debtor's language, to its contact, for the amount still open)
 *      and committed to the outbox as pending — or, at a hand-over step, the invoice is
 *      marked handed over and the owner told — (invoice, step) is unique, so a
 *      second pass, a second process or a restart cannot queue it again;
 *   3. each pending row is moved to sending (committed, stamped with the clock read as
 *      that row's transaction begins), submitted over SMTP (one
 *      connection per pass, within the limits of dm-deliver.h), and moved to sent, back
 *      to pending (the server did not take it) or to failed (refused); in a dry run it
 *      becomes dry_run instead.
 * Before a pass after start-up, dm_scheduler_recover() turns rows left in "sending" into
 * "unknown": the MTA may have them, so they are resolved by step 0, never blindly resent.
 */
#pragma once
#include "common/dm-clock.h"
#include "common/dm-config.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-deliver.h"

/* Days a reminder may wait in the outbox (the mail server unreachable) before it is
 * cancelled and written anew, so it never goes out with a stale date or overdue count. */
#define DM_OUTBOX_STALE_DAYS 2

typedef struct {
	guint unseen;               /* cut off and never seen by the milter: written anew */
	guint resumed;
	guint queued;
	guint waiting;              /* due, but the send window is closed */
	guint handed_over;          /* invoices whose ladder reached its hand-over step */
	guint refreshed;            /* invoices whose next_action was decided anew */
	DmDeliverStats delivery;    /* the outbox rows sent, failed, deferred, cancelled */
} DmSchedulerStats;

gboolean dm_scheduler_recover(DmLedger *ledger, GDateTime *now, GError **error);

/* With @dry_run, everything is decided and logged, and the rows that would go are marked
 * dry_run instead of being handed to SMTP (a later real run sends them).  The invoices
 * are those whose next_action has come (dm-invoices.h), decided again first where they
 * changed, and all of them once the ladders changed.  Everything is decided at @now, the
 * pass's time; @clock is read as each outbox row's SMTP transaction begins. */
gboolean dm_scheduler_run(const DmConfig *config, DmLedger *ledger, DmClock *clock,
                          GDateTime *now, gboolean dry_run, DmSchedulerStats *stats,
                          GError **error);

/* The same pass over every open, paused and held invoice, as it was before the index: the
 * reference the tests compare dm_scheduler_run with, and the benchmark's "before". */
gboolean dm_scheduler_run_walking_all(const DmConfig *config, DmLedger *ledger,
                                      DmClock *clock, GDateTime *now, gboolean dry_run,
                                      DmSchedulerStats *stats, GError **error);

/* Only the first part of a pass: every next_action due by @now's day or changed decided
 * again (all of them when the ladders changed); stats->refreshed counts those that moved. */
gboolean dm_scheduler_refresh(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                              DmSchedulerStats *stats, GError **error);
