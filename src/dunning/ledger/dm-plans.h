/* dm-plans: payment plans and their instalments in the ledger (schema migration 9).
 *
 * A running plan is named by its invoice (invoices.plan_id); when it stops running it
 * keeps its rows (state cancelled, missed or done) and the invoice no longer names it.
 * Which instalment reminders went is read from the outbox (their negative steps,
 * dm_instalment_step), so it is as exact as "a step goes once". */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* Records a running plan of invoice @invoice_id with @instalments (of DmInstalment:
 * number, due and amount; their ids are set) and makes it the invoice's plan; its id in
 * *@plan_id.  @paid_at_start_cents: the invoice's payments so far.  The caller holds the
 * transaction. */
gboolean dm_ledger_plan_add(DmLedger *ledger, gint64 invoice_id, gint64 paid_at_start_cents,
                            GArray *instalments, const char *now, gint64 *plan_id,
                            GError **error);

/* (transfer full) (nullable) plan @plan_id with its instalments and which of their
 * reminders went; NULL without @error when there is none. */
DmPlan *dm_ledger_plan_get(DmLedger *ledger, gint64 plan_id, GError **error);

/* (transfer full) (nullable) the newest plan of invoice @invoice_id, running or not. */
DmPlan *dm_ledger_plan_latest(DmLedger *ledger, gint64 invoice_id, GError **error);

/* @inv as the engine should see it: when it names a running plan, *@copy is @inv (shallow)
 * with ->plan set to it, *@plan owns the plan and *@with points to *@copy; else *@with is
 * @inv.  FALSE with @error when the plan cannot be read. */
gboolean dm_ledger_plan_attach(DmLedger *ledger, const DmInvoice *inv, DmInvoice *copy,
                               DmPlan **plan, const DmInvoice **with, GError **error);

/* Ends plan @plan_id with @state (not running): the invoice no longer names it, so its
 * ladder applies again from the step where it was. */
gboolean dm_ledger_plan_end(DmLedger *ledger, gint64 plan_id, DmPlanState state,
                            const char *now, GError **error);

/* Sets the amount of instalment @instalment_id to @cents (>= 0): a credit note lowered it
 * (dm_plan_credit).  The caller holds the transaction. */
gboolean dm_ledger_instalment_set_amount(DmLedger *ledger, gint64 instalment_id, gint64 cents,
                                         GError **error);

/* Marks instalment @instalment_id missed at @now. */
gboolean dm_ledger_instalment_missed(DmLedger *ledger, gint64 instalment_id, const char *now,
                                     GError **error);

/* A missed instalment as the digest lists it. */
typedef struct {
	char *invoice_number;
	char *debtor_email;
	char *debtor_name;          /* (nullable) */
	char *currency;             /* (nullable) */
	DmInvoiceStatus status;     /* the invoice's now */
	int number;
	int count;                  /* the plan's instalments */
	gint64 amount_cents;
	GDate due;
	char *missed_at;
} DmMissedInstalment;

void dm_missed_instalment_free(DmMissedInstalment *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmMissedInstalment, dm_missed_instalment_free)

/* (transfer full) of DmMissedInstalment*: instalments marked missed at or after @since,
 * of invoices still neither paid nor written off, oldest first. */
GPtrArray *dm_ledger_instalments_missed_since(DmLedger *ledger, const char *since,
                                              GError **error);
