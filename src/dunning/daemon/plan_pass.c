/* plan_pass: a running payment plan in the scheduler's pass (dm-plan-pass.h). */
#include "dunning/daemon/dm-plan-pass.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/send/dm-instalment.h"
#include "dunning/send/dm-mailer.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

/* The reason a missed instalment holds its invoice with, when [plan] on_missed = hold. */
#define MISSED_REASON "instalment missed"

gboolean
dm_plan_pass_missed(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
                    const DmPlan *plan, const GDate *today, const char *now_iso,
                    gboolean *ended, gboolean *held, GError **error)
{
	const DmPlanTiming *timing = &config->ladders->plan;
	*ended = *held = FALSE;
	const DmInstalment *missed = dm_plan_missed(plan, timing,
	                                            dm_plan_paid_since_start(plan, inv), today);
	if (!missed)
		return TRUE;
	gboolean hold = timing->on_missed == DM_PLAN_MISSED_HOLD;
	g_autofree char *amount = dm_money_format(missed->amount_cents, inv->currency, "en");
	g_autofree char *open = dm_money_format(dm_invoice_open_cents(inv), inv->currency, "en");
	g_autofree char *due = dm_date_iso(&missed->due);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	g_autofree char *detail = g_strdup_printf(
		"instalment %d of %u (%s, due %s) missed: unpaid %d days after its day; the payment "
		"plan ends and %s", missed->number, plan->instalments->len, amount, due,
		timing->missed_after_days,
		hold ? "the invoice waits for you ('dunmail plan' for a new plan, 'dunmail resume' "
		       "for the ladder)"
		     : "the ladder resumes on what is open, from the step where it was");
	g_message("invoice %s: %s (%s open)", number, detail, open);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_instalment_missed(ledger, missed->id, now_iso, error) ||
	    !dm_ledger_plan_end(ledger, plan->id, DM_PLAN_STATE_MISSED, now_iso, error) ||
	    (hold && !dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_HELD,
	                                           MISSED_REASON, NULL, error)) ||
	    !dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_INSTALMENT_MISSED, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*ended = TRUE;
	*held = hold;
	return TRUE;
}

gboolean
dm_plan_pass_queue(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
                   const DmNextStep *next, GDateTime *now, const char *now_iso, GError **error)
{
	g_return_val_if_fail(next->instalment && inv->plan, FALSE);
	GDate today = dm_clock_date(now);
	DmReminderContext ctx = dm_reminder_context_for(config, NULL, inv, &today);
	DmRendered r;
	if (!dm_instalment_render(&ctx, inv, inv->plan, &next->plan_next, &r, error))
		return FALSE;
	const char *to = inv->debtor.contact ? inv->debtor.contact : inv->debtor_email;
	g_autoptr(GPtrArray) refs = g_ptr_array_new();
	g_ptr_array_add(refs, inv->message_id);
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	DmMailSpec spec = {
		.kind = "reminder", .to_address = to, .to_name = inv->debtor_name,
		.subject = r.subject, .body = r.text, .html = r.html, .in_reply_to = inv->message_id,
		.references = refs, .date = now,
	};
	g_autoptr(GBytes) message = dm_mailer_compose(config, &spec, message_id);
	g_autofree char *why = dm_next_step_text(next);
	g_autofree char *detail = g_strdup_printf("%s (%s) queued for %s, message %s",
	                                          next->plan_step.name, why, to, message_id);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	gboolean ok = dm_ledger_begin(ledger, error);
	ok = ok && dm_outbox_add(ledger, inv->id, next->plan_step.step, message_id, to, r.subject,
	                         message, now_iso, NULL, error) &&
	     dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_REMINDER_QUEUED, detail, error) &&
	     dm_ledger_commit(ledger, error);
	dm_rendered_clear(&r);
	if (!ok) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_message("invoice %s: %s", number, detail);
	return TRUE;
}
