/* attention: when an invoice next needs the scheduler (dm-attention.h). */
#include "dunning/engine/dm-attention.h"
#include "dunning/engine/dm-next-step.h"

/* Bump when dm_next_step or dm_next_attention decide differently for the same facts: the
 * days stored by the old code are then decided again. */
#define ATTENTION_RULES "attention-2"

static void
earliest(GDate *out, const GDate *day)
{
	if (g_date_valid(day) && (!g_date_valid(out) || g_date_compare(day, out) < 0))
		*out = *day;
}

/* The day the pass finds @plan's first unpaid instalment missed (dm_plan_missed), where
 * the pass looks for it: on an open invoice, whatever else holds its reminders back. */
static void
plan_missed_day(const DmLadderSet *ladders, const DmInvoice *inv, const DmPlan *plan,
                GDate *out)
{
	if (inv->status != DM_INVOICE_STATUS_OPEN)
		return;
	gint64 paid = dm_plan_paid_since_start(plan, inv);
	for (guint i = dm_plan_paid_count(plan, paid); i < plan->instalments->len; i++) {
		const DmInstalment *inst = &g_array_index(plan->instalments, DmInstalment, i);
		if (inst->missed)
			continue;
		GDate missed;
		dm_plan_missed_day(inst, &ladders->plan, &missed);
		earliest(out, &missed);
		return;
	}
}

void
dm_next_attention(const DmLadderSet *ladders, const DmInvoice *inv,
                  const DmOutboxSummary *reminders, const GDate *today, GDate *out)
{
	g_date_clear(out, 1);
	/* A plan the caller did not load cannot be judged: looked at every day. */
	if (inv->plan_id && !inv->plan) {
		*out = *today;
		return;
	}
	if (inv->plan)
		plan_missed_day(ladders, inv, inv->plan, out);
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(ladders, inv, reminders, today, &next);
	if (step) {
		earliest(out, &next.when);
		/* A step meant for before the due date is skipped once the due date has come, and
		 * the next one may then fall earlier than this one's moved day: look again then. */
		if (step->days_after_due < 0 && today && g_date_compare(today, &inv->due_date) < 0)
			earliest(out, &inv->due_date);
	}
	/* The scheduler resumes a pause or hold on its last day, whatever the ladder says. */
	if (inv->status == DM_INVOICE_STATUS_PAUSED || inv->status == DM_INVOICE_STATUS_HELD)
		earliest(out, &inv->pause_until);
}

char *
dm_ladder_set_digest(const DmLadderSet *ladders)
{
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
	GString *text = g_string_new(ATTENTION_RULES);
	g_string_append_printf(text, "|gap %d|business %s|consumer %s|unknown %d|plan %d %d %d %d",
	                       DM_LADDER_MIN_GAP_DAYS, ladders->business_ladder,
	                       ladders->consumer_ladder, ladders->unknown_debtor,
	                       ladders->plan.remind_before_days,
	                       ladders->plan.remind_after_days, ladders->plan.missed_after_days,
	                       ladders->plan.on_missed);
	for (guint l = 0; l < ladders->ladders->len; l++) {
		const DmLadder *ladder = g_ptr_array_index(ladders->ladders, l);
		g_string_append_printf(text, "|ladder %s %d", ladder->name, ladder->kind);
		for (guint i = 0; i < ladder->steps->len; i++) {
			const DmLadderStep *s = g_ptr_array_index(ladder->steps, i);
			g_string_append_printf(text, "|step %d %s %d %d %d %d", s->step, s->name,
			                       s->anchor, s->offset_days, s->days_after_due, s->flags);
		}
	}
	g_checksum_update(sum, (const guchar *) text->str, (gssize) text->len);
	g_string_free(text, TRUE);
	return g_strdup(g_checksum_get_string(sum));
}
