/* ledger-gen: a generated ledger for the scheduler benchmark and its test (ledger-gen.h). */
#include "ledger-gen.h"
#include "common/dm-clock.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/engine/dm-plan.h"

#include <stdio.h>
#include <unistd.h>

#define INVOICES_PER_DEBTOR 20

typedef struct {
	DmLedger *ledger;
	const DmBenchLedgerSpec *spec;
	GRand *rand;
	GBytes *body;
	DmBenchLedgerCounts *counts;
	guint n;                    /* the invoice being written */
} Gen;

static GDate
day_from(const GDate *base, int days)
{
	GDate d = *base;
	if (days >= 0)
		g_date_add_days(&d, (guint) days);
	else
		g_date_subtract_days(&d, (guint) -days);
	return d;
}

static char *
at_nine(const GDate *day)
{
	g_autofree char *iso = dm_date_iso(day);
	return g_strconcat(iso, "T09:00:00Z", NULL);
}

/* A reminder of step @step sent (or left in @state) on @day. */
static gboolean
reminder(Gen *g, const DmInvoice *inv, int step, const GDate *day, DmOutboxState state,
         GError **error)
{
	g_autofree char *now = at_nine(day);
	g_autofree char *mid = g_strdup_printf("<gen%u-%d@bench.example>", g->n, step);
	gint64 id = 0;
	if (!dm_outbox_add(g->ledger, inv->id, step, mid, inv->debtor_email, "Herinnering",
	                   g->body, now, &id, error))
		return FALSE;
	g->counts->reminders++;
	gboolean moved;
	switch (state) {
	case DM_OUTBOX_STATE_PENDING:
		return TRUE;
	case DM_OUTBOX_STATE_SENT:
		return dm_outbox_move(g->ledger, id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
		                      NULL, now, &moved, error) &&
		       dm_outbox_move(g->ledger, id, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT,
		                      NULL, now, &moved, error);
	default:
		return dm_outbox_move(g->ledger, id, DM_OUTBOX_STATE_PENDING, state, "generated",
		                      now, &moved, error);
	}
}

/* Steps 1..@steps sent on their planned days after @due (the built-in ladders: due+7,
 * due+21, due+35). */
static gboolean
sent_on_plan(Gen *g, const DmInvoice *inv, int steps, GError **error)
{
	static const int planned[] = { 7, 21, 35 };
	for (int s = 1; s <= steps && s <= 3; s++) {
		GDate day = day_from(&inv->due_date, planned[s - 1]);
		if (!reminder(g, inv, s, &day, DM_OUTBOX_STATE_SENT, error))
			return FALSE;
	}
	return TRUE;
}

static gboolean
set_status(Gen *g, const DmInvoice *inv, DmInvoiceStatus status, const char *reason,
           int until_days, GError **error)
{
	GDate until;
	if (until_days == G_MININT)
		g_date_clear(&until, 1);
	else
		until = day_from(&g->spec->today, until_days);
	return dm_ledger_invoice_set_status(g->ledger, inv->id, status, reason, &until, error);
}

static int
pick(Gen *g, int lo, int hi)
{
	return g_rand_int_range(g->rand, lo, hi + 1);
}

/* The realistic mix: the invoice's history given its due date so far. */
static gboolean
realistic(Gen *g, DmInvoice *inv, gboolean due_today, GError **error)
{
	const GDate *today = &g->spec->today;
	double q = g_rand_double(g->rand);
	int age = g_date_days_between(&inv->due_date, today);
	if (due_today) {
		g->counts->due++;
		if (age == 21)
			return sent_on_plan(g, inv, 1, error);  /* due+21: the second reminder */
		if (q < 0.9)
			return TRUE;                            /* due+7: the first */
		/* a promise that ends today: resumed, and its first reminder goes */
		return set_status(g, inv, DM_INVOICE_STATUS_PAUSED, "promise_to_pay", 0, error);
	}
	if (q < 0.15) {
		GDate paid_on = day_from(today, -pick(g, 1, 30));
		return dm_ledger_payment_add(g->ledger, inv->id, inv->amount_cents, &paid_on,
		                             "2026-01-01T00:00:00Z", error) &&
		       set_status(g, inv, DM_INVOICE_STATUS_PAID, NULL, G_MININT, error);
	}
	/* The steps an invoice of this age has had, on plan; none due today. */
	int steps = age >= 35 ? 3 : age >= 21 ? 2 : age >= 7 ? 1 : 0;
	if (!sent_on_plan(g, inv, steps, error))
		return FALSE;
	if (age >= 35 && q < 0.21)
		return set_status(g, inv, DM_INVOICE_STATUS_HANDED_OVER, "hand_over", G_MININT, error);
	if (q < 0.18)
		return set_status(g, inv, DM_INVOICE_STATUS_PAUSED, "promise_to_pay", pick(g, 1, 60),
		                  error);
	if (q < 0.19)
		return set_status(g, inv, DM_INVOICE_STATUS_HELD, "question", pick(g, 1, 14), error);
	if (q < 0.20)
		return set_status(g, inv, DM_INVOICE_STATUS_PAUSED, "dispute", G_MININT, error);
	return TRUE;
}

/* A payment plan (random mix): two to four instalments around today, some of them paid
 * on their day, some with their reminder before the day sent. */
static gboolean
random_plan(Gen *g, DmInvoice *inv, GError **error)
{
	const GDate *today = &g->spec->today;
	int n = pick(g, 2, 4);
	DmPlanEvery every = { DM_PLAN_EVERY_DAY, pick(g, 7, 30) };
	GDate from = day_from(today, pick(g, -25, 20));
	g_autofree GDate *dates = g_new(GDate, n);
	g_autofree gint64 *amounts = g_new(gint64, n);
	dm_plan_dates(&from, n, &every, dates);
	dm_plan_split(inv->amount_cents, n, amounts);
	g_autoptr(GArray) instalments = g_array_new(FALSE, TRUE, sizeof(DmInstalment));
	for (int i = 0; i < n; i++) {
		DmInstalment inst = { .number = i + 1, .due = dates[i], .amount_cents = amounts[i] };
		g_array_append_val(instalments, inst);
	}
	GDate agreed = day_from(&from, -pick(g, 1, 10));
	g_autofree char *at = at_nine(&agreed);
	gint64 plan_id;
	if (!dm_ledger_plan_add(g->ledger, inv->id, 0, instalments, at, &plan_id, error))
		return FALSE;
	for (guint i = 0; i < instalments->len; i++) {
		const DmInstalment *inst = &g_array_index(instalments, DmInstalment, i);
		if (g_date_compare(&inst->due, today) >= 0)
			break;
		double r = g_rand_double(g->rand);
		GDate before = day_from(&inst->due, -3);
		if (r < 0.4 && !dm_ledger_payment_add(g->ledger, inv->id, inst->amount_cents,
		                                      &inst->due, at, error))
			return FALSE;
		if (r >= 0.4 && r < 0.7 &&
		    !reminder(g, inv, dm_instalment_step(inst->id, DM_INSTALMENT_BEFORE), &before,
		              DM_OUTBOX_STATE_SENT, error))
			return FALSE;
	}
	return TRUE;
}

/* The random mix: anything, consistent or not. */
static gboolean
random_history(Gen *g, DmInvoice *inv, GError **error)
{
	const GDate *today = &g->spec->today;
	int steps = pick(g, 0, 4);
	int day = 7;
	for (int s = 1; s <= steps; s++) {
		GDate on = day_from(&inv->due_date, day + pick(g, -3, 10));
		if (g_date_compare(&on, today) >= 0)
			break;
		double r = g_rand_double(g->rand);
		DmOutboxState state = s < steps || r < 0.7 ? DM_OUTBOX_STATE_SENT
		                    : r < 0.8 ? DM_OUTBOX_STATE_PENDING
		                    : r < 0.9 ? DM_OUTBOX_STATE_CANCELLED : DM_OUTBOX_STATE_DRY_RUN;
		if (!reminder(g, inv, s, &on, state, error))
			return FALSE;
		day += 14;
	}
	if (g_rand_double(g->rand) < 0.2 && !random_plan(g, inv, error))
		return FALSE;
	double q = g_rand_double(g->rand);
	if (q < 0.10)
		return set_status(g, inv, DM_INVOICE_STATUS_PAUSED, "promise_to_pay", pick(g, -5, 20),
		                  error);
	if (q < 0.15)
		return set_status(g, inv, DM_INVOICE_STATUS_HELD, "question", pick(g, -3, 10), error);
	if (q < 0.18)
		return set_status(g, inv, DM_INVOICE_STATUS_PAUSED, "dispute", G_MININT, error);
	if (q < 0.23)
		return set_status(g, inv, DM_INVOICE_STATUS_PAID, NULL, G_MININT, error);
	if (q < 0.25)
		return set_status(g, inv, DM_INVOICE_STATUS_HANDED_OVER, "hand_over", G_MININT, error);
	return TRUE;
}

/* Settings for every tenth debtor (random) or hundredth (realistic). */
static gboolean
debtor_settings(Gen *g, guint d, gint64 debtor_id, GError **error)
{
	DmDebtorSettings s = { 0 };
	g_date_clear(&s.paused_until, 1);
	guint kind = g->spec->random_history ? (guint) pick(g, 0, 3) : d / 100 % 2;
	if (kind == 0)
		s.excluded = TRUE;
	else if (kind == 1) {
		s.paused_until = day_from(&g->spec->today, g->spec->random_history ? pick(g, -5, 20) : 30);
		s.pause_reason = g_strdup("owner");
	} else if (kind == 2)
		s.kind = DM_DEBTOR_KIND_CONSUMER;
	else
		s.ladder = g_strdup("consumer");
	gboolean ok = dm_ledger_debtor_settings_set(g->ledger, debtor_id, &s,
	                                            "2026-01-01T00:00:00Z", error);
	dm_debtor_settings_clear(&s);
	return ok;
}

static gboolean
one_invoice(Gen *g, guint n_debtors, GError **error)
{
	const DmBenchLedgerSpec *spec = g->spec;
	gboolean due_today = !spec->random_history &&
	                     g_rand_double(g->rand) < spec->due_share;
	guint d = (guint) g_rand_int_range(g->rand, 0, (gint32) n_debtors);
	guint every = spec->random_history ? 10 : 100;
	if (due_today && d % every == 0)
		d = (d + 1) % n_debtors;    /* a debtor with settings might not be due */
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup_printf("B%07u", g->n);
	inv->debtor_email = g_strdup_printf("ap%u@debtor%u.example", d, d % 997);
	inv->debtor_name = g_strdup_printf("Debtor %u B.V.", d);
	inv->has_amount = TRUE;
	inv->amount_cents = pick(g, 5000, 500000);
	inv->currency = g_strdup("EUR");
	if (spec->random_history)
		inv->due_date = day_from(&spec->today, pick(g, -120, 30));
	else if (due_today)
		inv->due_date = day_from(&spec->today, g_rand_double(g->rand) < 0.9 ? -7 : -21);
	else {
		/* Spread over a year, never on a day that makes a step due today. */
		int offset;
		do
			offset = pick(g, -48, 358);
		while (offset == -7 || offset == -21 || offset == -35);
		inv->due_date = day_from(&spec->today, offset);
	}
	inv->issue_date = day_from(&inv->due_date, -30);
	inv->language = g_strdup("nl");
	inv->source = g_strdup("body");
	inv->message_id = g_strdup_printf("<inv%u@acme.example>", g->n);
	inv->subject = g_strdup_printf("Factuur B%07u", g->n);
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;
	gboolean existed;
	g_autofree char *created = at_nine(&inv->issue_date);
	if (!dm_ledger_invoice_add(g->ledger, inv, created, &existed, error))
		return FALSE;
	if (d % every == 0 && g->n < n_debtors &&
	    !debtor_settings(g, d, inv->debtor_id, error))
		return FALSE;
	return spec->random_history ? random_history(g, inv, error) : realistic(g, inv, due_today, error);
}

gboolean
dm_bench_ledger_fill(DmLedger *ledger, const DmBenchLedgerSpec *spec,
                     DmBenchLedgerCounts *counts, GError **error)
{
	*counts = (DmBenchLedgerCounts) { 0 };
	static const char body[] = "Subject: Herinnering\r\n\r\nEen herinnering.\r\n";
	Gen g = { .ledger = ledger, .spec = spec, .rand = g_rand_new_with_seed(spec->seed),
	          .body = g_bytes_new_static(body, sizeof body - 1), .counts = counts };
	guint n_debtors = spec->invoices / INVOICES_PER_DEBTOR + 1;
	gboolean ok = dm_ledger_prepare_bulk(ledger, error) && dm_ledger_begin(ledger, error);
	/* A big book takes a minute or more (1M: about 80 s): say how far it is on a terminal. */
	gboolean progress = spec->invoices >= 100000 && isatty(STDERR_FILENO);
	for (g.n = 0; ok && g.n < spec->invoices; g.n++) {
		ok = one_invoice(&g, n_debtors, error);
		if (progress && (g.n + 1) % 50000 == 0)
			fprintf(stderr, "\rgenerating the ledger: %u of %u invoices", g.n + 1,
			        (guint) spec->invoices);
	}
	if (progress)
		fputc('\n', stderr);
	if (ok)
		ok = dm_ledger_commit(ledger, error);
	else
		dm_ledger_rollback(ledger);
	g_rand_free(g.rand);
	g_bytes_unref(g.body);
	return ok;
}
