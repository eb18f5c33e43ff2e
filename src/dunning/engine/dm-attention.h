/* dm-attention: the next day an invoice needs the scheduler's attention, given its facts.
 *
 * The scheduler asks dm_next_step about the invoices due today only; this function says,
 * for each invoice, from which day on it must be asked, and the ledger keeps that day in
 * an index (dm_ledger_next_action_refresh).  It never decides a step: it is built on
 * dm_next_step and errs early — a day too early costs one more look, a day too late
 * would be a reminder missed.  Whatever else comes to need attention on a day joins
 * here, with the earliest day winning: a running payment plan's next instalment reminder
 * (through dm_next_step) and the day its first unpaid instalment counts as missed.
 *
 * Pure: no I/O, no clock but @today. */
#pragma once
#include "dunning/engine/dm-ladder.h"
#include "dunning/ledger/dm-ledger-types.h"

/* The day in *@out from which @inv needs attention: its next step's day (under a running
 * plan, its next instalment reminder's), the day its pause or hold runs out (the scheduler
 * then resumes it), or the day the plan's first unpaid instalment counts as missed,
 * whichever comes first; invalid when nothing will happen until something changes
 * (closed, handed over, excluded, a reminder in flight, waiting for the owner, the ladder
 * done).  An invoice that names a plan (plan_id) must come with it loaded (inv->plan);
 * without it the answer is @today: looked at every day. */
void dm_next_attention(const DmLadderSet *ladders, const DmInvoice *inv,
                       const DmOutboxSummary *reminders, const GDate *today, GDate *out);

/* (transfer full) a digest of everything dm_next_attention reads besides the invoice:
 * the ladders, their steps, the plans' timing ([plan]) and this code's rules.  When it changes, every stored day is
 * decided again. */
char *dm_ladder_set_digest(const DmLadderSet *ladders);
