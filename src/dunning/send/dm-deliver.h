/* dm-deliver: getting outbox rows out exactly once.
 *
 * Each pending row is moved to sending (committed), submitted over SMTP, and moved to
 * sent, back to pending (the server did not take it), to failed (refused) or to unknown
 * (the connection broke after the data went out).  A reminder whose invoice is no longer
 * open by then is cancelled instead.  Shared by dunmaild's pass and `dunmail digest --send`.
 * A row sent costs two commits: "sending" before its SMTP transaction (the guarantee),
 * "sent" with the MTA's queue id after it.  A dry run hands nothing to SMTP, so it marks
 * its rows dry_run many to a commit.
 */
#pragma once
#include "common/dm-clock.h"
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-outbox.h"

typedef struct {
	guint sent;
	guint failed;
	guint deferred;
	guint cancelled;
	guint elsewhere;            /* claimed or moved on by another process meanwhile */
	guint rehearsed;            /* dry run: decided, marked dry_run, not handed to SMTP */
	guint waiting;              /* left pending: outside the window or over a limit */
	guint connections;          /* SMTP connections opened */
} DmDeliverStats;

typedef struct {
	gboolean reminders;         /* reminders may go now (inside the send window) */
	gboolean dry_run;           /* mark rows dry_run instead of handing them to SMTP */
	DmClock *clock;             /* read as each row's SMTP transaction begins: its stamps */
} DmDeliverOptions;

/* Submits one pending outbox row @it and moves it on (sent, pending again, failed or
 * unknown); a reminder whose invoice is no longer open is cancelled instead.  Under
 * [daemon] dry_run the row becomes dry_run instead of going to SMTP.  @now is the moment
 * its SMTP transaction begins (its sending_at). */
gboolean dm_deliver_one(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                        GDateTime *now, DmDeliverStats *stats, GError **error);

/* Submits the pending outbox rows over one SMTP connection: digests always, reminders
 * when @options->reminders, at most [sending] max_per_pass reminders and max_per_domain to
 * one recipient domain, and for one [daemon] tick at most (a reply that comes in while a
 * slow server takes them is read by the next pass first); the rest stays pending for the
 * next pass.  The 14-day letter
 * asks for a DSN; the MTA's queue id is recorded on each row sent.  Each row is stamped
 * with @options->clock read as its own transaction begins, never with the pass's start. */
gboolean dm_deliver_pending(const DmConfig *config, DmLedger *ledger,
                            const DmDeliverOptions *options, DmDeliverStats *stats,
                            GError **error);
