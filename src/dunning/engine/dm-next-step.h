/* dm-next-step: the one function that says what an invoice's next reminder is, when, and
 * why (dm_next_step), and the why in words (dm_next_step_text) for `dunmail show`.
 *
 * The reason is structured: the day the step is counted from (the due date, or the day
 * the step before it went) and its offset, then each adjustment that moved it later, in
 * the order applied.  Pure: no I/O, no clock but @today. */
#pragma once
#include "dunning/engine/dm-calendar.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/engine/dm-plan.h"
#include "dunning/ledger/dm-ledger-types.h"

/* What the decision came to. */
typedef enum {
	DM_NEXT_SCHEDULED = 1,      /* a step on a day: step and when are set */
	DM_NEXT_LADDER_DONE,        /* every step went */
	DM_NEXT_HANDED_OVER,        /* the hand-over step was reached: no more automatic mail */
	DM_NEXT_EXCLUDED,           /* the debtor is excluded: never reminded */
	DM_NEXT_IN_FLIGHT,          /* a reminder is still on its way: one at a time */
	DM_NEXT_WAITING_OWNER,      /* paused or held with no end date: the owner decides */
	DM_NEXT_CLOSED,             /* paid, written off or stopped */
	DM_NEXT_PLAN_WAITING,       /* a payment plan runs and each reminder went: it waits for
	                             * the payment, or for the day the instalment is missed */
} DmNextOutcome;

/* What moved a step later than its planned day. */
typedef enum {
	DM_ADJUST_MIN_GAP = 1,      /* at least DM_LADDER_MIN_GAP_DAYS after the last reminder */
	DM_ADJUST_FOURTEEN_DAY_TERM,/* a consumer's costs only after the 14-day letter's term */
	DM_ADJUST_INVOICE_PAUSE,    /* the invoice is paused (a promise, a dispute…) until a day */
	DM_ADJUST_HOLD,             /* a reply holds the invoice for the owner until a day */
	DM_ADJUST_DEBTOR_PAUSE,     /* the debtor is paused until a day */
	DM_ADJUST_SKIPPED_BEFORE_DUE,   /* a step meant for before the due date, which passed */
	DM_ADJUST_SEND_WINDOW,      /* moved into the send window (working days and hours) */
} DmAdjustKind;

typedef struct {
	DmAdjustKind kind;
	GDate until;                /* the day it moved the step to (SKIPPED: the due date) */
	int days;                   /* how many days later that is (SKIPPED: 0) */
	const char *reason;         /* (nullable) (transfer none) the pause's reason, the
	                             * skipped step's name; valid as long as the invoice */
} DmAdjustment;

#define DM_NEXT_MAX_ADJUSTMENTS 8

typedef struct {
	DmNextOutcome outcome;
	const DmLadder *ladder;     /* (transfer none) the ladder the invoice follows */
	const DmLadderStep *step;   /* (nullable) SCHEDULED: the step; LADDER_DONE: the last */
	DmStepAnchor anchor;        /* what the step is counted from ... */
	GDate base;                 /* ... that day (the due date, the previous step's day) */
	int offset_days;            /* ... and how far from it */
	GDate planned;              /* base + offset */
	guint n_adjustments;
	DmAdjustment adjustments[DM_NEXT_MAX_ADJUSTMENTS];
	GDate when;                 /* SCHEDULED: the day it is due; invalid otherwise */
	DmInvoiceStatus status;     /* the invoice's, for the outcomes that stop on it */
	const char *status_reason;  /* (nullable) (transfer none) its pause reason */
	/* While a payment plan runs (inv->plan), its reminders replace the ladder: */
	gboolean instalment;        /* SCHEDULED: the step is an instalment reminder */
	DmPlanNext plan_next;       /* SCHEDULED: which; PLAN_WAITING: the first unpaid
	                             * instalment, and in .when the day it counts as missed */
	DmLadderStep plan_step;     /* the step returned for it: its name, its template
	                             * ("instalment") and its outbox step (dm_instalment_step) */
	const char *currency;       /* (transfer none) the invoice's, for the plan's words */
	/* Set by dm_next_step_release, for the words: */
	gboolean released;          /* the send window was applied */
	GDate late_since;           /* the step's own day, when it had passed; else invalid */
	GDate release_day;          /* the local day it goes ... */
	int release_minute;         /* ... and the minute of that day */
} DmNextStep;

/* The next step of @inv on its ladder in @ladders, given the summary of its reminders
 * (dm_ledger_invoices_foreach reads both in one statement), with the reason in *@out.
 * When @inv->plan is set and running, the next instalment reminder instead (timed by
 * ladders->plan): the step returned is then out->plan_step, valid as long as *@out.
 * @today (nullable) lets a step meant for before the due date be skipped once the due
 * date has come.  Returns the step (transfer none) or NULL when none will be sent; *@out
 * says why either way. */
const DmLadderStep *dm_next_step(const DmLadderSet *ladders, const DmInvoice *inv,
                                 const DmOutboxSummary *reminders, const GDate *today,
                                 DmNextStep *out);

/* Adds an adjustment that moved the step to @until (later than out->when): for the send
 * window, which timing decides after this function. */
void dm_next_step_adjust(DmNextStep *out, DmAdjustKind kind, const GDate *until,
                         const char *reason);

/* (transfer full) when the step of @next (SCHEDULED) goes, seen at @now through the send
 * window @w (dm_send_window_release); NULL when the window never opens.  Records the
 * window's part in *@next for dm_next_step_text: a step whose day has passed is late
 * ("due since …", and next->when becomes today), and the window answers only for the
 * delay from the later of the step's day and today: "inside the send window", or "moved
 * to Monday 09:00 by the send window".  The one computation of `dunmail forecast` and
 * `dunmail show`. */
GDateTime *dm_next_step_release(DmNextStep *next, const DmSendWindow *w, GDateTime *now);

/* (transfer full) the decision in words: "second reminder on 2026-04-02 — due 2026-03-12
 * + 21 days, moved 3 days by the pause (promise_to_pay) until 2026-04-02", or "nothing:
 * the debtor is excluded". */
char *dm_next_step_text(const DmNextStep *next);

/* (transfer none) names for JSON: "scheduled", "ladder_done" …; "min_gap" … */
const char *dm_next_outcome_name(DmNextOutcome outcome);
const char *dm_adjust_kind_name(DmAdjustKind kind);
