/* plan: the owner's payment plans applied to the ledger (dm-owner-plan.h). */
#include "dunning/owner/dm-owner-plan.h"
#include "dunning/owner/dm-owner.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-plans.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

/* A debtor's request for a plan pauses the invoice with the class's name (dm_policy). */
#define ARRANGEMENT_REASON "arrangement"

/* The invoice @number, read in the caller's transaction; NULL with @error when none. */
static DmInvoice *
invoice_for(DmLedger *ledger, const char *number, GError **error)
{
	DmInvoice *inv = dm_ledger_invoice_by_number(ledger, number, error);
	if (!inv && error && !*error)
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE,
		            "no invoice numbered '%s' (dunmail invoices lists them)", number);
	return inv;
}

static gboolean
may_have_plan(const DmInvoice *inv, GError **error)
{
	gboolean ok = inv->status == DM_INVOICE_STATUS_OPEN ||
	              inv->status == DM_INVOICE_STATUS_PAUSED ||
	              inv->status == DM_INVOICE_STATUS_HELD;
	if (!ok) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE, "invoice %s is %s: only an "
		            "open, paused or held invoice can be paid in instalments", inv->number,
		            dm_invoice_status_name(inv->status));
		return FALSE;
	}
	if (!inv->has_amount) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE, "invoice %s has no known "
		            "amount to split into instalments", inv->number);
		return FALSE;
	}
	return TRUE;
}

/* (transfer full) "3 instalments: 2026-04-01 €83.33, 2026-05-01 €83.33, 2026-06-01 €83.34" */
static char *
instalments_text(GArray *instalments, const char *currency)
{
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "%u instalment%s: ", instalments->len,
	                       instalments->len == 1 ? "" : "s");
	for (guint i = 0; i < instalments->len; i++) {
		const DmInstalment *inst = &g_array_index(instalments, DmInstalment, i);
		g_autofree char *day = dm_date_iso(&inst->due);
		g_autofree char *amount = dm_money_format(inst->amount_cents, currency, "en");
		g_string_append_printf(s, "%s%s %s", i ? ", " : "", day, amount);
	}
	return g_string_free(s, FALSE);
}

/* Lifts the hold for the owner that this plan answers; *@lifted says whether it did. */
static gboolean
end_hold(DmLedger *ledger, const DmInvoice *inv, gboolean *lifted, GError **error)
{
	*lifted = inv->status == DM_INVOICE_STATUS_HELD ||
	          (inv->status == DM_INVOICE_STATUS_PAUSED &&
	           g_strcmp0(inv->pause_reason, ARRANGEMENT_REASON) == 0);
	if (!*lifted)
		return TRUE;
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_OPEN, NULL, NULL,
	                                    error) &&
	       dm_ledger_reply_reviewed(ledger, 0, inv->id, error);
}

gboolean
dm_owner_plan_create(DmLedger *ledger, const char *number, const DmPlanRequest *request,
                     const char *actor, GDateTime *now, char **summary, GError **error)
{
	g_return_val_if_fail(number && request && actor, FALSE);
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	GDate today = dm_clock_date(now);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autoptr(DmInvoice) inv = invoice_for(ledger, number, error);
	g_autoptr(GArray) instalments = NULL;
	if (!inv || !may_have_plan(inv, error) ||
	    !(instalments = dm_plan_build(request, dm_invoice_open_cents(inv), inv->currency,
	                                  &today, error))) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_autofree char *list = instalments_text(instalments, inv->currency);
	gboolean replaces = inv->plan_id != 0, lifted = FALSE;
	gint64 plan_id = 0;
	if ((replaces && !dm_ledger_plan_end(ledger, inv->plan_id, DM_PLAN_STATE_CANCELLED, now_iso,
	                                     error)) ||
	    !dm_ledger_plan_add(ledger, inv->id, inv->paid_cents, instalments, now_iso, &plan_id,
	                        error) ||
	    !end_hold(ledger, inv, &lifted, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_autofree char *detail = g_strdup_printf(
		"payment plan %s by %s: %s; its instalment reminders replace the ladder%s",
		replaces ? "changed" : "agreed", actor, list,
		lifted ? " (the hold for your decision ends)" : "");
	if (!dm_ledger_event(ledger, inv->id, now_iso,
	                     replaces ? DM_EVENT_PLAN_CHANGED : DM_EVENT_PLAN_CREATED, detail,
	                     error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*summary = g_strdup_printf("invoice %s: %s", inv->number, detail);
	return TRUE;
}

gboolean
dm_owner_plan_cancel(DmLedger *ledger, const char *number, const char *actor, GDateTime *now,
                     char **summary, GError **error)
{
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	g_autoptr(DmInvoice) inv = invoice_for(ledger, number, error);
	if (inv && !inv->plan_id)
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE,
		            "invoice %s has no running payment plan to cancel", inv->number);
	g_autofree char *detail = inv ? g_strdup_printf(
		"payment plan cancelled by %s: back on the ladder, from the step where it was",
		actor) : NULL;
	if (!inv || !inv->plan_id ||
	    !dm_ledger_plan_end(ledger, inv->plan_id, DM_PLAN_STATE_CANCELLED, now_iso, error) ||
	    !dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_PLAN_CANCELLED, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*summary = g_strdup_printf("invoice %s: %s", inv->number, detail);
	return TRUE;
}

gboolean
dm_owner_plan_payment(DmLedger *ledger, const DmInvoice *inv, gint64 amount_cents,
                      gboolean paid_in_full, const char *now_iso, GError **error)
{
	if (!inv->plan_id)
		return TRUE;
	g_autoptr(DmPlan) plan = dm_ledger_plan_get(ledger, inv->plan_id, error);
	if (!plan)
		return error == NULL || *error == NULL;
	gint64 before = dm_plan_paid_since_start(plan, inv);
	guint was = dm_plan_paid_count(plan, before);
	guint now_paid = dm_plan_paid_count(plan, before + amount_cents);
	if (paid_in_full)
		now_paid = plan->instalments->len;
	for (guint i = was; i < now_paid; i++) {
		const DmInstalment *inst = &g_array_index(plan->instalments, DmInstalment, i);
		g_autofree char *amount = dm_money_format(inst->amount_cents, inv->currency, "en");
		g_autofree char *day = dm_date_iso(&inst->due);
		g_autofree char *detail = g_strdup_printf("instalment %d of %u (%s, due %s) paid",
		                                          inst->number, plan->instalments->len,
		                                          amount, day);
		if (!dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_INSTALMENT_PAID, detail,
		                     error))
			return FALSE;
	}
	return !paid_in_full ||
	       dm_ledger_plan_end(ledger, plan->id, DM_PLAN_STATE_DONE, now_iso, error);
}
