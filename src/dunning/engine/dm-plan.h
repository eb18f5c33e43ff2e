/* dm-plan: payment plans, decided — the instalments a request makes (amounts split to the
 * cent, dates along a calendar), which instalments the payments cover, the next instalment
 * reminder and its reason, and when an instalment counts as missed.
 *
 * While a plan runs, its instalment reminders replace the invoice's ladder (dm_next_step
 * asks dm_plan_next).  Pure: no I/O, no clock but the day passed in.
 *
 * Diagnostics: a request that cannot make a plan is DM_PLAN_ERROR naming the option that
 * is wrong and what was expected ("--amounts: the amounts add up to EUR 240.00, not the
 * EUR 250.00 open"); the caller reports it. */
#pragma once
#include <glib.h>
#include "common/dm-ladder-config.h"
#include "dunning/ledger/dm-ledger-types.h"

#define DM_PLAN_ERROR (dm_plan_error_quark())
GQuark dm_plan_error_quark(void);
typedef enum {
	DM_PLAN_ERROR_REQUEST,      /* the request contradicts itself or the invoice */
} DmPlanError;

/* The most instalments one plan may have: ten years of months. */
#define DM_PLAN_MAX_INSTALMENTS 120

typedef enum {
	DM_PLAN_EVERY_MONTH = 1,
	DM_PLAN_EVERY_WEEK,
	DM_PLAN_EVERY_DAY,
} DmPlanUnit;

/* How far apart the instalments lie: @count units. */
typedef struct {
	DmPlanUnit unit;
	int count;
} DmPlanEvery;

/* Reads "month", "monthly", "week", "weekly", "N-days", "N-weeks", "N-months" (also with a
 * space, "14 days"; "day" alone is refused: nobody pays daily).  FALSE when it is none. */
gboolean dm_plan_every_parse(const char *text, DmPlanEvery *out);

/* What the owner asks for (`dunmail plan`, or a command in a reply to the digest):
 * either @instalments with @every from @from, or explicit @amounts and/or @dates.
 *   - amounts: given (they must add up to what is open), else what is open split evenly;
 *   - dates: given (strictly later one by one), else @from and every @every after it;
 *   - the count: the lists' length (both lists: the same length), else @instalments. */
typedef struct {
	int instalments;            /* 0: from the lists */
	DmPlanEvery every;          /* unit 0: a month */
	GDate from;                 /* the first instalment's day; invalid: with @dates only */
	GArray *amounts;            /* (nullable) of gint64 cents */
	GArray *dates;              /* (nullable) of GDate */
} DmPlanRequest;

/* Splits @total cents into @n instalments: @total / @n each, and the remainder of that
 * division on the LAST one, so that the sum is exactly @total and the debtor pays the
 * same amount every time until the last.  @out has @n slots; @n >= 1. */
void dm_plan_split(gint64 total, int n, gint64 *out);

/* The @n days from @from every @every: each counted from @from itself (@from + k months),
 * never from the day before it, so 31 January, +1 month and +2 months are 28 (or 29)
 * February and 31 March, not 28 March. */
void dm_plan_dates(const GDate *from, int n, const DmPlanEvery *every, GDate *out);

/* (transfer full) of DmInstalment (number, due, amount set; ids 0): the instalments
 * @request makes of @open_cents in @currency (for the messages), or NULL with @error.
 * @today: a plan whose first instalment lies before it is refused. */
GArray *dm_plan_build(const DmPlanRequest *request, gint64 open_cents, const char *currency,
                      const GDate *today, GError **error);

/* How many of @plan's instalments, in order, @paid_cents (paid since the plan began)
 * covers in full. */
guint dm_plan_paid_count(const DmPlan *plan, gint64 paid_cents);

/* What of instalment @index (0..) @paid_cents covers: 0 .. its amount. */
gint64 dm_plan_paid_of(const DmPlan *plan, guint index, gint64 paid_cents);

/* A later credit note takes @credit_cents (>= 0) off an invoice under @plan: the
 * reduction is spread over the unpaid instalments from the last backwards — the last one
 * gives up what of it is unpaid, then the one before it, and so on — so the debtor keeps
 * paying the agreed amounts and is done sooner.  No instalment drops below what was paid
 * of it (@paid_cents: paid since the plan began, paying the instalments in order), so
 * none below zero.  @amounts (one per instalment, in order) receives the new amounts;
 * returns what of the credit no unpaid instalment could take (the credit was more than
 * the plan still asks). */
gint64 dm_plan_credit(const DmPlan *plan, gint64 paid_cents, gint64 credit_cents,
                      gint64 *amounts);

/* The payments since @plan began, for @inv (its invoice). */
gint64 dm_plan_paid_since_start(const DmPlan *plan, const DmInvoice *inv);

/* Which of an instalment's two reminders. */
typedef enum {
	DM_INSTALMENT_BEFORE = 0,   /* "instalment 2 is due on …" */
	DM_INSTALMENT_AFTER = 1,    /* "instalment 2 was due on … and is not paid yet" */
} DmInstalmentPhase;

/* The outbox step of instalment @instalment_id's reminder @phase: negative, so that it is
 * never one of a ladder's steps (1..) and the outbox's "one step once" covers it. */
int dm_instalment_step(gint64 instalment_id, DmInstalmentPhase phase);
/* TRUE when @step is an instalment reminder's step, with its parts. */
gboolean dm_instalment_step_parse(int step, gint64 *instalment_id, DmInstalmentPhase *phase);

/* The next instalment reminder of a running plan. */
typedef struct {
	const DmInstalment *instalment;     /* (transfer none) into the plan */
	guint count;                /* the plan's number of instalments */
	DmInstalmentPhase phase;
	int offset_days;            /* from the instalment's day: -before or +after */
	GDate when;
	int skipped_before;         /* reminders before a day that had come, not sent */
} DmPlanNext;

/* The earliest reminder of @plan not yet sent, among its unpaid instalments that are not
 * missed: the one before an instalment's day (not once that day has come, @today), the one
 * after it.  FALSE when none is left (every reminder went: the plan waits for the payment
 * or for the day it counts as missed). */
gboolean dm_plan_next(const DmPlan *plan, const DmPlanTiming *timing, gint64 paid_cents,
                      const GDate *today, DmPlanNext *out);

/* (transfer none) (nullable) the first unpaid instalment not yet marked missed whose day +
 * timing->missed_after_days has come by @today: the one the pass marks missed now. */
const DmInstalment *dm_plan_missed(const DmPlan *plan, const DmPlanTiming *timing,
                                   gint64 paid_cents, const GDate *today);

/* The day instalment @inst counts as missed (its day + timing->missed_after_days). */
void dm_plan_missed_day(const DmInstalment *inst, const DmPlanTiming *timing, GDate *out);

/* (transfer full) "instalment 2 of 3, EUR 150.00 due 2026-05-01: reminder on 2026-04-28 —
 * 3 days before" (the amount in @currency). */
char *dm_plan_next_text(const DmPlanNext *next, const char *currency);

/* (transfer full) one line per instalment: "2  2026-05-01  EUR 150.00  paid" (due, open,
 * missed), for `dunmail plan --show` and the timeline. */
char *dm_plan_table(const DmPlan *plan, gint64 paid_cents, const char *currency);
