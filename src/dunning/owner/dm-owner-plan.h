/* dm-owner-plan: the owner's payment plans — "2026-0042 pays in 3 monthly instalments from
 * 1 April" — agreed, replaced, cancelled, and the payments counted against them.  One
 * entry point per decision for the CLI (`dunmail plan`) and the commands in a reply to the
 * digest ("2026-0042 plan 3 monthly from 2026-04-01") alike.
 *
 * Agreeing a plan ends the hold a debtor's request for one put on the invoice (the reply
 * class "arrangement" waits for the owner: this is the owner's answer), and any other hold
 * for the owner; a pause with another reason (a dispute) stays, and the plan's reminders
 * wait for it.
 *
 * Diagnostics: DM_OWNER_ERROR (no such invoice, an invoice that cannot have a plan: paid,
 * written off, stopped, handed over, no amount; no plan to cancel), DM_PLAN_ERROR for a
 * request that makes no plan (dm-plan.h: names the option and what was expected),
 * DM_LEDGER_ERROR from the ledger; nothing is written then. */
#pragma once
#include <glib.h>
#include "dunning/engine/dm-plan.h"
#include "dunning/ledger/dm-ledger.h"

/* Agrees payment plan @request on invoice @number (replacing a running one), as @actor
 * says it ("the owner", "the owner by mail"), at @now.  *@summary (transfer full) says
 * what was done, with the instalments. */
gboolean dm_owner_plan_create(DmLedger *ledger, const char *number,
                              const DmPlanRequest *request, const char *actor, GDateTime *now,
                              char **summary, GError **error);

/* Cancels invoice @number's running plan: the ladder applies again, from its step. */
gboolean dm_owner_plan_cancel(DmLedger *ledger, const char *number, const char *actor,
                              GDateTime *now, char **summary, GError **error);

/* Counts a payment of @amount_cents on @inv (as it was before it) against its running
 * plan: an event for each instalment it pays in full, and the plan done when @paid_in_full.
 * In the caller's transaction (dm_owner_paid's); nothing when no plan runs. */
gboolean dm_owner_plan_payment(DmLedger *ledger, const DmInvoice *inv, gint64 amount_cents,
                               gboolean paid_in_full, const char *now_iso, GError **error);
