/* dm-plan-pass: the scheduler's pass over an invoice with a running payment plan — its
 * missed instalment marked (and the plan ended: the ladder resumes, or the invoice waits
 * for the owner, by [plan] on_missed), and its instalment reminder queued when due.
 *
 * The decisions are the engine's (dm-plan.h, dm_next_step); this writes them, each in one
 * short transaction, with its event.  Never twice: an instalment reminder holds its own
 * step in the outbox (dm_instalment_step), unique like a ladder step. */
#pragma once
#include "common/dm-config.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/ledger/dm-ledger.h"

/* Marks the instalment of @plan (running, of @inv) that is missed by @today, if any, and
 * ends the plan.  *@ended: it did (the invoice's ladder applies again); *@held: and the
 * invoice now waits for the owner. */
gboolean dm_plan_pass_missed(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
                             const DmPlan *plan, const GDate *today, const char *now_iso,
                             gboolean *ended, gboolean *held, GError **error);

/* Renders and queues the instalment reminder @next (dm_next_step's, next->instalment) of
 * @inv (its plan set) to its debtor as pending, with its event. */
gboolean dm_plan_pass_queue(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
                            const DmNextStep *next, GDateTime *now, const char *now_iso,
                            GError **error);
