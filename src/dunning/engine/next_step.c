/* next_step: the next reminder of one invoice, its day and the reason for that day
 * (dm-next-step.h). */
#include "dunning/engine/dm-next-step.h"
#include "dunning/engine/dm-cost-dates.h"
#include "common/dm-clock.h"
#include "common/dm-language.h"
#include "common/dm-money.h"

static const char *const outcome_names[] = {
	[DM_NEXT_SCHEDULED] = "scheduled",
	[DM_NEXT_LADDER_DONE] = "ladder_done",
	[DM_NEXT_HANDED_OVER] = "handed_over",
	[DM_NEXT_EXCLUDED] = "excluded",
	[DM_NEXT_IN_FLIGHT] = "in_flight",
	[DM_NEXT_WAITING_OWNER] = "waiting_for_owner",
	[DM_NEXT_CLOSED] = "closed",
	[DM_NEXT_PLAN_WAITING] = "plan_waiting",
};

static const char *const adjust_names[] = {
	[DM_ADJUST_MIN_GAP] = "min_gap",
	[DM_ADJUST_FOURTEEN_DAY_TERM] = "fourteen_day_term",
	[DM_ADJUST_INVOICE_PAUSE] = "invoice_paused",
	[DM_ADJUST_HOLD] = "held",
	[DM_ADJUST_DEBTOR_PAUSE] = "debtor_paused",
	[DM_ADJUST_SKIPPED_BEFORE_DUE] = "skipped_before_due",
	[DM_ADJUST_SEND_WINDOW] = "send_window",
};

const char *
dm_next_outcome_name(DmNextOutcome outcome)
{
	g_return_val_if_fail(outcome > 0 && (gsize) outcome < G_N_ELEMENTS(outcome_names), NULL);
	return outcome_names[outcome];
}

const char *
dm_adjust_kind_name(DmAdjustKind kind)
{
	g_return_val_if_fail(kind > 0 && (gsize) kind < G_N_ELEMENTS(adjust_names), NULL);
	return adjust_names[kind];
}

static void
add(DmNextStep *out, DmAdjustKind kind, const GDate *until, int days, const char *reason)
{
	g_return_if_fail(out->n_adjustments < DM_NEXT_MAX_ADJUSTMENTS);
	DmAdjustment *a = &out->adjustments[out->n_adjustments++];
	a->kind = kind;
	a->until = *until;
	a->days = days;
	a->reason = reason;
}

void
dm_next_step_adjust(DmNextStep *out, DmAdjustKind kind, const GDate *until, const char *reason)
{
	g_return_if_fail(out->outcome == DM_NEXT_SCHEDULED && g_date_valid(until));
	if (g_date_compare(until, &out->when) <= 0)
		return;
	add(out, kind, until, g_date_days_between(&out->when, until), reason);
	out->when = *until;
}

/* The 14-day letter was among the steps already sent on @ladder. */
static gboolean
letter_sent(const DmLadder *ladder, int last_step)
{
	for (int i = 1; i <= last_step; i++) {
		const DmLadderStep *s = dm_ladder_step(ladder, i);
		if (s && (s->flags & DM_STEP_FOURTEEN_DAY))
			return TRUE;
	}
	return FALSE;
}

/* Whether the invoice's state lets the ladder go on; if not, out->outcome says why. */
static gboolean
may_go_on(const DmInvoice *inv, const DmOutboxSummary *reminders, DmNextStep *out)
{
	out->status = inv->status;
	out->status_reason = inv->pause_reason;
	gboolean waiting = inv->status == DM_INVOICE_STATUS_PAUSED ||
	                   inv->status == DM_INVOICE_STATUS_HELD;
	if (inv->status == DM_INVOICE_STATUS_HANDED_OVER)
		out->outcome = DM_NEXT_HANDED_OVER;
	else if (waiting && !g_date_valid(&inv->pause_until))
		out->outcome = DM_NEXT_WAITING_OWNER;
	else if (inv->status != DM_INVOICE_STATUS_OPEN && !waiting)
		out->outcome = DM_NEXT_CLOSED;
	else if (inv->debtor.excluded)
		out->outcome = DM_NEXT_EXCLUDED;
	else if (reminders->in_flight)
		out->outcome = DM_NEXT_IN_FLIGHT;   /* the next waits until this one went */
	else
		return TRUE;
	return FALSE;
}

/* The pauses that move any step later: the invoice's own (with a day) and its debtor's. */
static void
wait_for_pauses(const DmInvoice *inv, DmNextStep *out)
{
	if (inv->status == DM_INVOICE_STATUS_PAUSED || inv->status == DM_INVOICE_STATUS_HELD)
		dm_next_step_adjust(out, inv->status == DM_INVOICE_STATUS_HELD ? DM_ADJUST_HOLD
		                                                              : DM_ADJUST_INVOICE_PAUSE,
		                    &inv->pause_until, inv->pause_reason);
	if (g_date_valid(&inv->debtor.paused_until))
		dm_next_step_adjust(out, DM_ADJUST_DEBTOR_PAUSE, &inv->debtor.paused_until,
		                    inv->debtor.pause_reason);
}

/* The names of the two instalment reminders, as steps. */
static char before_name[] = "instalment_reminder";
static char after_name[] = "instalment_overdue";
static char instalment_template[] = "instalment";

/* The next reminder of @inv's running plan, in place of the ladder's step. */
static const DmLadderStep *
plan_step(const DmLadderSet *ladders, const DmInvoice *inv, const GDate *today,
          DmNextStep *out)
{
	const DmPlan *plan = inv->plan;
	gint64 paid = dm_plan_paid_since_start(plan, inv);
	out->currency = inv->currency;
	if (!dm_plan_next(plan, &ladders->plan, paid, today, &out->plan_next)) {
		out->outcome = DM_NEXT_PLAN_WAITING;
		guint first = dm_plan_paid_count(plan, paid);
		if (first < plan->instalments->len) {
			out->plan_next.instalment = &g_array_index(plan->instalments, DmInstalment, first);
			dm_plan_missed_day(out->plan_next.instalment, &ladders->plan, &out->plan_next.when);
		}
		return NULL;
	}
	const DmPlanNext *n = &out->plan_next;
	gboolean before = n->phase == DM_INSTALMENT_BEFORE;
	out->instalment = TRUE;
	out->plan_step = (DmLadderStep) {
		.step = dm_instalment_step(n->instalment->id, n->phase),
		.name = before ? before_name : after_name,
		.template_name = instalment_template,
		.anchor = DM_STEP_FROM_DUE,
		.offset_days = n->offset_days,
		.days_after_due = g_date_days_between(&inv->due_date, &n->when),
	};
	out->step = &out->plan_step;
	out->anchor = DM_STEP_FROM_DUE;
	out->base = n->instalment->due;
	out->offset_days = n->offset_days;
	out->planned = out->when = n->when;
	wait_for_pauses(inv, out);
	return out->step;
}

const DmLadderStep *
dm_next_step(const DmLadderSet *ladders, const DmInvoice *inv, const DmOutboxSummary *reminders,
             const GDate *today, DmNextStep *out)
{
	*out = (DmNextStep) { .outcome = DM_NEXT_SCHEDULED };
	g_date_clear(&out->late_since, 1);
	g_date_clear(&out->release_day, 1);
	g_date_clear(&out->base, 1);
	g_date_clear(&out->planned, 1);
	g_date_clear(&out->when, 1);
	out->ladder = dm_ladder_for(ladders, inv);
	if (!may_go_on(inv, reminders, out))
		return NULL;
	if (inv->plan && inv->plan->state == DM_PLAN_STATE_RUNNING)
		return plan_step(ladders, inv, today, out);

	int index = reminders->last_step + 1;
	const DmLadderStep *step = dm_ladder_step(out->ladder, index);
	/* A friendly "due in three days" is wrong once the due date has come: go on with the
	 * first step meant for after it. */
	while (step && step->days_after_due < 0 && today && g_date_valid(today) &&
	       g_date_compare(today, &inv->due_date) >= 0) {
		add(out, DM_ADJUST_SKIPPED_BEFORE_DUE, &inv->due_date, 0, step->name);
		step = dm_ladder_step(out->ladder, ++index);
	}
	if (!step) {
		out->outcome = DM_NEXT_LADDER_DONE;
		out->step = dm_ladder_step(out->ladder, (int) out->ladder->steps->len);
		return NULL;
	}
	out->step = step;

	const GDate *last = &reminders->last_sent;
	gboolean have_last = reminders->last_step > 0 && g_date_valid(last);
	if (step->anchor == DM_STEP_FROM_PREVIOUS && have_last) {
		out->anchor = DM_STEP_FROM_PREVIOUS;
		out->base = *last;
		out->offset_days = step->offset_days;
	} else {
		/* Counted from the due date; a step after a previous one that never went (it was
		 * skipped) keeps its planned day along the ladder. */
		out->anchor = DM_STEP_FROM_DUE;
		out->base = inv->due_date;
		out->offset_days = step->days_after_due;
	}
	out->planned = out->base;
	if (out->offset_days >= 0)
		g_date_add_days(&out->planned, (guint) out->offset_days);
	else
		g_date_subtract_days(&out->planned, (guint) -out->offset_days);
	out->when = out->planned;

	if (have_last) {
		GDate earliest = *last;
		g_date_add_days(&earliest, DM_LADDER_MIN_GAP_DAYS);
		dm_next_step_adjust(out, DM_ADJUST_MIN_GAP, &earliest, NULL);
	}
	if (have_last && out->ladder->kind == DM_LADDER_CONSUMER &&
	    (step->flags & DM_STEP_CLAIMS_COSTS) && letter_sent(out->ladder, reminders->last_step)) {
		/* An e-mail arrives the day it is sent: no delivery days. */
		GDate earliest;
		dm_cost_dates_nl_consumer(last, 0, &earliest);
		dm_next_step_adjust(out, DM_ADJUST_FOURTEEN_DAY_TERM, &earliest, NULL);
	}
	wait_for_pauses(inv, out);
	return step;
}

GDateTime *
dm_next_step_release(DmNextStep *next, const DmSendWindow *w, GDateTime *now)
{
	g_return_val_if_fail(next->outcome == DM_NEXT_SCHEDULED && g_date_valid(&next->when),
	                     NULL);
	GDateTime *release = dm_send_window_release(w, &next->when, now);
	if (!release)
		return NULL;
	g_autoptr(GDateTime) local_now = g_date_time_to_timezone(now, w->tz);
	g_autoptr(GDateTime) local = g_date_time_to_timezone(release, w->tz);
	GDate today = dm_clock_date(local_now);
	next->released = TRUE;
	next->release_day = dm_clock_date(local);
	next->release_minute = g_date_time_get_hour(local) * 60 + g_date_time_get_minute(local);
	/* A late step was not moved by the window: it waited for nothing but this pass. */
	if (g_date_compare(&next->when, &today) < 0) {
		next->late_since = next->when;
		next->when = today;
	}
	dm_next_step_adjust(next, DM_ADJUST_SEND_WINDOW, &next->release_day, "the send window");
	return release;
}

/* ", moved to Monday 09:00 by the send window" (@a the window's adjustment of @next). */
static void
window_text(GString *s, const DmNextStep *next, const DmAdjustment *a)
{
	g_autofree char *weekday = dm_language_weekday_name("en", g_date_get_weekday(&a->until));
	g_string_append_printf(s, ", moved to %s", weekday);
	if (a->days >= 7) {
		g_autofree char *day = dm_date_iso(&a->until);
		g_string_append_printf(s, " %s", day);
	}
	g_string_append_printf(s, " %02d:%02d by the send window", next->release_minute / 60,
	                       next->release_minute % 60);
}

/* One adjustment of @next in words, after "moved N days " or on its own. */
static void
adjustment_text(GString *s, const DmNextStep *next, const DmAdjustment *a)
{
	g_autofree char *day = dm_date_iso(&a->until);
	const char *why = a->reason ? a->reason : "no reason given";
	if (a->kind == DM_ADJUST_SKIPPED_BEFORE_DUE) {
		g_string_append_printf(s, ", %s skipped (meant for before the due date, %s)",
		                       a->reason, day);
		return;
	}
	if (a->kind == DM_ADJUST_SEND_WINDOW && next->released) {
		window_text(s, next, a);
		return;
	}
	g_string_append_printf(s, ", moved %d day%s ", a->days, a->days == 1 ? "" : "s");
	switch (a->kind) {
	case DM_ADJUST_MIN_GAP:
		g_string_append_printf(s, "to keep %d days after the last reminder",
		                       DM_LADDER_MIN_GAP_DAYS);
		break;
	case DM_ADJUST_FOURTEEN_DAY_TERM:
		g_string_append(s, "until the 14-day letter's term has run out");
		break;
	case DM_ADJUST_INVOICE_PAUSE:
		g_string_append_printf(s, "by the pause (%s) until %s", why, day);
		break;
	case DM_ADJUST_HOLD:
		g_string_append_printf(s, "by the hold (%s) until %s", why, day);
		break;
	case DM_ADJUST_DEBTOR_PAUSE:
		g_string_append_printf(s, "because the debtor is paused (%s) until %s", why, day);
		break;
	case DM_ADJUST_SEND_WINDOW:
		g_string_append(s, "into the send window");
		break;
	default:
		g_assert_not_reached();
	}
}

/* Every adjustment of @next in words; and, once the send window was applied without
 * moving the step to another day, that it goes inside it. */
static void
adjustments_text(GString *s, const DmNextStep *next)
{
	gboolean moved_by_window = FALSE;
	for (guint i = 0; i < next->n_adjustments; i++) {
		adjustment_text(s, next, &next->adjustments[i]);
		moved_by_window |= next->adjustments[i].kind == DM_ADJUST_SEND_WINDOW;
	}
	if (next->released && !moved_by_window)
		g_string_append(s, ", inside the send window");
}

/* "nothing until instalment 2 of 3 …": every reminder of the plan went. */
static char *
plan_waiting_text(const DmNextStep *next)
{
	const DmInstalment *inst = next->plan_next.instalment;
	if (!inst)
		return g_strdup("nothing: every instalment of the payment plan is paid");
	g_autofree char *amount = dm_money_format(inst->amount_cents, next->currency, "en");
	g_autofree char *due = dm_date_iso(&inst->due);
	g_autofree char *missed = dm_date_iso(&next->plan_next.when);
	return g_strdup_printf("nothing until instalment %d of %u (%s, due %s) is paid: its "
	                       "reminders went; unpaid, it counts as missed on %s", inst->number,
	                       next->plan_next.count, amount, due, missed);
}

char *
dm_next_step_text(const DmNextStep *next)
{
	switch (next->outcome) {
	case DM_NEXT_SCHEDULED:
		break;
	case DM_NEXT_LADDER_DONE:
		return g_strdup_printf("nothing: the %s ladder is done", next->ladder->name);
	case DM_NEXT_HANDED_OVER:
		return g_strdup("nothing: handed over to you (no more automatic mail)");
	case DM_NEXT_EXCLUDED:
		return g_strdup("nothing: the debtor is excluded from reminders");
	case DM_NEXT_IN_FLIGHT:
		return g_strdup("nothing yet: the last reminder is still on its way");
	case DM_NEXT_WAITING_OWNER:
		return g_strdup_printf("nothing: %s (%s) until you decide",
		                       dm_invoice_status_name(next->status),
		                       next->status_reason ? next->status_reason : "no reason given");
	case DM_NEXT_CLOSED:
		return g_strdup_printf("nothing: %s", dm_invoice_status_name(next->status));
	case DM_NEXT_PLAN_WAITING:
		return plan_waiting_text(next);
	}
	if (next->instalment) {
		GString *s = g_string_new(NULL);
		g_autofree char *text = dm_plan_next_text(&next->plan_next, next->currency);
		g_string_append(s, text);
		adjustments_text(s, next);
		return g_string_free(s, FALSE);
	}
	g_autofree char *label = dm_ladder_step_label(next->step);
	gboolean late = g_date_valid(&next->late_since);
	g_autofree char *when = dm_date_iso(late ? &next->late_since : &next->when);
	g_autofree char *base = dm_date_iso(&next->base);
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "%s %s %s — %s %s %c %d days", label, late ? "due since" : "on",
	                       when, next->anchor == DM_STEP_FROM_DUE ? "due" : "last reminder",
	                       base, next->offset_days < 0 ? '-' : '+', ABS(next->offset_days));
	adjustments_text(s, next);
	if (next->step->flags & DM_STEP_HAND_OVER)
		g_string_append(s, "; then no more automatic mail");
	return g_string_free(s, FALSE);
}
