/* test-dunning-payment-plan: the pure decisions of payment plans (dm-plan.h) and how
 * dm_next_step speaks of them — the split to the cent (the remainder on the last
 * instalment), days along the calendar (31 January + 1 month), week and N-day plans,
 * requests that make no plan, the instalments a payment covers in order, a credit note's
 * reduction spread over the unpaid instalments from the last backwards, the reminders
 * before and after an instalment's day (each once), and the day an instalment is missed. */
#include <string.h>

#include "dunning/engine/dm-next-step.h"
#include "dunning/engine/dm-plan.h"
#include "common/dm-clock.h"

static GDate
day(const char *iso)
{
	GDate d;
	g_date_clear(&d, 1);
	g_assert_true(dm_date_parse_iso(iso, &d));
	return d;
}

static void
test_split(void)
{
	static const struct {
		gint64 total;
		int n;
		gint64 first, last;
	} cases[] = {
		{ 25000, 3, 8333, 8334 },       /* 250.00 in 3: 83.33, 83.33, 83.34 */
		{ 10000, 3, 3333, 3334 },
		{ 10000, 4, 2500, 2500 },       /* even: no remainder */
		{ 101, 2, 50, 51 },
		{ 7, 7, 1, 1 },
		{ 999999, 120, 8333, 8372 },    /* the remainder (39) all on the last */
		{ 12345, 1, 12345, 12345 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		gint64 out[120];
		dm_plan_split(cases[i].total, cases[i].n, out);
		gint64 sum = 0;
		for (int k = 0; k < cases[i].n; k++) {
			sum += out[k];
			if (k < cases[i].n - 1)
				g_assert_cmpint(out[k], ==, cases[i].first);
		}
		g_assert_cmpint(out[cases[i].n - 1], ==, cases[i].last);
		g_assert_cmpint(sum, ==, cases[i].total);
	}
}

static void
test_dates(void)
{
	static const struct {
		const char *from;
		const char *every;
		const char *days[4];
	} cases[] = {
		/* Each counted from the first: February's clamp does not carry into March. */
		{ "2026-01-31", "month", { "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30" } },
		{ "2028-01-31", "monthly", { "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30" } },
		{ "2026-11-30", "month", { "2026-11-30", "2026-12-30", "2027-01-30", "2027-02-28" } },
		{ "2026-12-29", "week", { "2026-12-29", "2027-01-05", "2027-01-12", "2027-01-19" } },
		{ "2026-02-20", "2-weeks", { "2026-02-20", "2026-03-06", "2026-03-20", "2026-04-03" } },
		{ "2026-02-20", "14 days", { "2026-02-20", "2026-03-06", "2026-03-20", "2026-04-03" } },
		{ "2026-08-31", "3-months", { "2026-08-31", "2026-11-30", "2027-02-28", "2027-05-31" } },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmPlanEvery every;
		g_assert_true(dm_plan_every_parse(cases[i].every, &every));
		GDate from = day(cases[i].from), out[4];
		dm_plan_dates(&from, 4, &every, out);
		for (int k = 0; k < 4; k++) {
			g_autofree char *got = dm_date_iso(&out[k]);
			g_assert_cmpstr(got, ==, cases[i].days[k]);
		}
	}
	static const char *const bad[] = { "day", "daily", "0-days", "fortnight", "", "3",
	                                   "-2-weeks", "2_weeks", "400-days" };
	for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
		DmPlanEvery every;
		g_assert_false(dm_plan_every_parse(bad[i], &every));
	}
}

/* Requests that make no plan: each error names the option and what was expected. */
static void
test_build_refused(void)
{
	GDate today = day("2026-03-01");
	g_autoptr(GArray) amounts = g_array_new(FALSE, FALSE, sizeof(gint64));
	gint64 a[] = { 10000, 14000 };
	g_array_append_vals(amounts, a, 2);
	g_autoptr(GArray) dates = g_array_new(FALSE, FALSE, sizeof(GDate));
	GDate d[] = { day("2026-05-01"), day("2026-04-01"), day("2026-06-01") };
	g_array_append_vals(dates, d, 3);
	g_autoptr(GArray) two_dates = g_array_new(FALSE, FALSE, sizeof(GDate));
	GDate d2[] = { day("2026-04-01"), day("2026-05-01") };
	g_array_append_vals(two_dates, d2, 2);
	struct {
		DmPlanRequest r;
		gint64 open;
		const char *message;
	} cases[] = {
		{ { .amounts = amounts, .dates = two_dates }, 25000,
		  "*--amounts: the amounts add up to €240.00, not the €250.00 open*" },
		{ { .amounts = amounts, .dates = dates }, 24000, "*--amounts names 2 instalments and --dates 3*" },
		{ { .dates = dates }, 24000, "*--dates: instalment 2 (2026-04-01) is not after instalment 1*" },
		{ { .instalments = 3 }, 24000, "*--from: expected the first instalment's day*" },
		{ { .instalments = 0 }, 24000, "*--instalments: expected how many*" },
		{ { .instalments = 500 }, 24000, "*--instalments: 500 is more than 120*" },
		{ { .instalments = 3, .dates = two_dates }, 24000, "*--instalments 3 does not match the 2 dates*" },
		{ { .instalments = 2 }, 0, "*nothing is open*" },
		{ { .instalments = 5 }, 3, "*cannot be paid in 5 instalments*" },
	};
	g_date_clear(&cases[3].r.from, 1);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		if (!g_date_valid(&cases[i].r.from) && i != 3)
			cases[i].r.from = day("2026-04-01");
		g_autoptr(GError) err = NULL;
		g_autoptr(GArray) got = dm_plan_build(&cases[i].r, cases[i].open, "EUR", &today, &err);
		g_assert_null(got);
		g_assert_error(err, DM_PLAN_ERROR, DM_PLAN_ERROR_REQUEST);
		if (!g_pattern_match_simple(cases[i].message, err->message))
			g_error("case %zu: %s", i, err->message);
	}
	/* A first day before today. */
	DmPlanRequest past = { .instalments = 2, .from = day("2026-02-01") };
	g_autoptr(GError) err = NULL;
	g_assert_null(dm_plan_build(&past, 1000, "EUR", &today, &err));
	g_assert_true(g_pattern_match_simple("*--from: instalment 1 falls on 2026-02-01, before today*",
	                                     err->message));
}

static void
test_build(void)
{
	GDate today = day("2026-03-01");
	DmPlanRequest r = { .instalments = 3, .every = { DM_PLAN_EVERY_MONTH, 1 },
	                    .from = day("2026-03-31") };
	g_autoptr(GError) err = NULL;
	g_autoptr(GArray) got = dm_plan_build(&r, 25000, "EUR", &today, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(got->len, ==, 3);
	DmInstalment *last = &g_array_index(got, DmInstalment, 2);
	g_assert_cmpint(last->number, ==, 3);
	g_assert_cmpint(last->amount_cents, ==, 8334);
	g_autofree char *second = dm_date_iso(&g_array_index(got, DmInstalment, 1).due);
	g_assert_cmpstr(second, ==, "2026-04-30");
	/* Explicit amounts with dates from --from and --every. */
	g_autoptr(GArray) amounts = g_array_new(FALSE, FALSE, sizeof(gint64));
	gint64 a[] = { 10000, 15000 };
	g_array_append_vals(amounts, a, 2);
	DmPlanRequest mixed = { .amounts = amounts, .every = { DM_PLAN_EVERY_WEEK, 1 },
	                        .from = day("2026-03-02") };
	g_autoptr(GArray) weekly = dm_plan_build(&mixed, 25000, "EUR", &today, &err);
	g_assert_no_error(err);
	g_autofree char *w2 = dm_date_iso(&g_array_index(weekly, DmInstalment, 1).due);
	g_assert_cmpstr(w2, ==, "2026-03-09");
	g_assert_cmpint(g_array_index(weekly, DmInstalment, 1).amount_cents, ==, 15000);
}

/* A plan of 100.00, 150.00 on 1 April and 1 May (instalment ids 7 and 8). */
static DmPlan *
sample_plan(void)
{
	DmPlan *plan = dm_plan_new();
	plan->id = 3;
	plan->paid_at_start_cents = 500;
	DmInstalment a = { .id = 7, .number = 1, .due = day("2026-04-01"), .amount_cents = 10000 };
	DmInstalment b = { .id = 8, .number = 2, .due = day("2026-05-01"), .amount_cents = 15000 };
	g_array_append_val(plan->instalments, a);
	g_array_append_val(plan->instalments, b);
	return plan;
}

static void
test_paid_in_order(void)
{
	g_autoptr(DmPlan) plan = sample_plan();
	static const struct {
		gint64 paid;
		guint count;
		gint64 of_second;
	} cases[] = {
		{ 0, 0, 0 }, { 9999, 0, 0 }, { 10000, 1, 0 }, { 12000, 1, 2000 }, { 25000, 2, 15000 },
		{ 30000, 2, 15000 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_assert_cmpuint(dm_plan_paid_count(plan, cases[i].paid), ==, cases[i].count);
		g_assert_cmpint(dm_plan_paid_of(plan, 1, cases[i].paid), ==, cases[i].of_second);
	}
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->paid_cents = 10500;    /* 5.00 before the plan, 100.00 under it */
	g_assert_cmpint(dm_plan_paid_since_start(plan, inv), ==, 10000);
}

/* A credit spread over the unpaid instalments from the last backwards, never below what
 * was paid of one (nor zero); what no unpaid instalment can take is given back. */
static void
test_credit(void)
{
	static const struct {
		const char *name;
		gint64 amounts[3];
		gint64 paid, credit;
		gint64 want[3];
		gint64 left;
	} cases[] = {
		{ "the last gives it all", { 8333, 8333, 8334 }, 0, 5000, { 8333, 8333, 3334 }, 0 },
		{ "the last, then the one before", { 8333, 8333, 8334 }, 0, 10000,
		  { 8333, 6667, 0 }, 0 },
		{ "a paid instalment keeps its amount", { 8333, 8333, 8334 }, 8333, 16667,
		  { 8333, 0, 0 }, 0 },
		{ "a part-paid one keeps what was paid", { 8333, 8333, 8334 }, 10000, 12000,
		  { 8333, 4667, 0 }, 0 },
		{ "down to what was paid of it", { 8333, 8333, 8334 }, 10000, 20000,
		  { 8333, 1667, 0 }, 5000 },
		{ "more than is unpaid", { 8333, 8333, 8334 }, 8333, 20000, { 8333, 0, 0 }, 3333 },
		{ "nothing credited", { 100, 200, 300 }, 0, 0, { 100, 200, 300 }, 0 },
		{ "everything paid", { 100, 200, 300 }, 600, 50, { 100, 200, 300 }, 50 },
	};
	for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
		g_autoptr(DmPlan) plan = dm_plan_new();
		for (int i = 0; i < 3; i++) {
			DmInstalment n = { .id = i + 1, .number = i + 1, .due = day("2026-04-01"),
			                   .amount_cents = cases[c].amounts[i] };
			g_date_add_months(&n.due, (guint) i);
			g_array_append_val(plan->instalments, n);
		}
		gint64 got[3];
		gint64 left = dm_plan_credit(plan, cases[c].paid, cases[c].credit, got);
		g_test_message("%s", cases[c].name);
		for (int i = 0; i < 3; i++)
			g_assert_cmpint(got[i], ==, cases[c].want[i]);
		g_assert_cmpint(left, ==, cases[c].left);
		/* What the plan asks less is what the credit gave, less what it gave back. */
		gint64 before = 0, after = 0;
		for (int i = 0; i < 3; i++) {
			before += cases[c].amounts[i];
			after += got[i];
		}
		g_assert_cmpint(before - after, ==, cases[c].credit - left);
	}
}

static void
test_step_codes(void)
{
	for (gint64 id = 1; id < 100000; id = id * 3 + 1)
		for (int ph = 0; ph < 2; ph++) {
			int step = dm_instalment_step(id, (DmInstalmentPhase) ph);
			g_assert_cmpint(step, <, 0);
			gint64 back;
			DmInstalmentPhase phase;
			g_assert_true(dm_instalment_step_parse(step, &back, &phase));
			g_assert_cmpint(back, ==, id);
			g_assert_cmpint(phase, ==, ph);
		}
	gint64 id;
	DmInstalmentPhase phase;
	g_assert_false(dm_instalment_step_parse(3, &id, &phase));   /* a ladder's step */
	g_assert_false(dm_instalment_step_parse(0, &id, &phase));
}

static const DmPlanTiming timing = { .remind_before_days = 3, .remind_after_days = 2,
                                     .missed_after_days = 7,
                                     .on_missed = DM_PLAN_MISSED_RESUME };

/* The next reminder, day by day, as reminders go and payments come. */
static void
test_next(void)
{
	struct {
		const char *today;
		gint64 paid;
		gboolean before1, after1, before2;
		int number;             /* 0: none left */
		DmInstalmentPhase phase;
		const char *when;
		int skipped;
	} cases[] = {
		{ "2026-03-01", 0, 0, 0, 0, 1, DM_INSTALMENT_BEFORE, "2026-03-29", 0 },
		{ "2026-03-30", 0, 1, 0, 0, 1, DM_INSTALMENT_AFTER, "2026-04-03", 0 },
		/* The day came before the reminder went: no "due in three days" any more. */
		{ "2026-04-01", 0, 0, 0, 0, 1, DM_INSTALMENT_AFTER, "2026-04-03", 1 },
		{ "2026-04-04", 0, 1, 1, 0, 2, DM_INSTALMENT_BEFORE, "2026-04-28", 0 },
		/* Paid: no reminder after its day, the next instalment's before it. */
		{ "2026-04-01", 10000, 1, 0, 0, 2, DM_INSTALMENT_BEFORE, "2026-04-28", 0 },
		{ "2026-04-29", 10000, 1, 0, 1, 2, DM_INSTALMENT_AFTER, "2026-05-03", 0 },
		{ "2026-05-10", 25000, 1, 1, 1, 0, 0, NULL, 0 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(DmPlan) plan = sample_plan();
		DmInstalment *a = &g_array_index(plan->instalments, DmInstalment, 0);
		DmInstalment *b = &g_array_index(plan->instalments, DmInstalment, 1);
		a->reminded_before = cases[i].before1;
		a->reminded_after = cases[i].after1;
		b->reminded_before = cases[i].before2;
		GDate today = day(cases[i].today);
		DmPlanNext next;
		gboolean found = dm_plan_next(plan, &timing, cases[i].paid, &today, &next);
		g_assert_cmpint(found, ==, cases[i].number != 0);
		if (!found)
			continue;
		g_assert_cmpint(next.instalment->number, ==, cases[i].number);
		g_assert_cmpint(next.phase, ==, cases[i].phase);
		g_autofree char *when = dm_date_iso(&next.when);
		g_assert_cmpstr(when, ==, cases[i].when);
		g_assert_cmpint(next.skipped_before, ==, cases[i].skipped);
	}
	/* No reminder before the day when remind_before_days is 0. */
	DmPlanTiming after_only = timing;
	after_only.remind_before_days = 0;
	g_autoptr(DmPlan) plan = sample_plan();
	GDate today = day("2026-03-01");
	DmPlanNext next;
	g_assert_true(dm_plan_next(plan, &after_only, 0, &today, &next));
	g_assert_cmpint(next.phase, ==, DM_INSTALMENT_AFTER);
}

static void
test_missed(void)
{
	static const struct {
		const char *today;
		gint64 paid;
		gboolean first_marked;
		int missed;             /* the instalment's number; 0: none */
	} cases[] = {
		{ "2026-04-07", 0, FALSE, 0 },      /* day + 6: not yet */
		{ "2026-04-08", 0, FALSE, 1 },      /* day + 7 */
		{ "2026-04-08", 9999, FALSE, 1 },   /* a part is not the instalment */
		{ "2026-04-08", 10000, FALSE, 0 },  /* paid */
		{ "2026-05-08", 10000, FALSE, 2 },
		{ "2026-05-07", 0, TRUE, 0 },       /* the first marked already: never twice */
		{ "2026-05-08", 0, TRUE, 2 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(DmPlan) plan = sample_plan();
		g_array_index(plan->instalments, DmInstalment, 0).missed = cases[i].first_marked;
		GDate today = day(cases[i].today);
		const DmInstalment *m = dm_plan_missed(plan, &timing, cases[i].paid, &today);
		g_assert_cmpint(m ? m->number : 0, ==, cases[i].missed);
	}
}

/* dm_next_step with a running plan: the instalment reminder, in words, instead of the
 * ladder's step; a paused invoice's pause still moves it. */
static void
test_next_step(void)
{
	g_autoptr(DmLadderSet) ladders = dm_ladder_set_new_default();
	ladders->plan = timing;
	g_autoptr(DmPlan) plan = sample_plan();
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup("2026-0042");
	inv->has_amount = TRUE;
	inv->amount_cents = 25500;
	inv->paid_cents = 500;
	inv->currency = g_strdup("EUR");
	inv->due_date = day("2026-02-01");
	inv->plan_id = plan->id;
	inv->plan = plan;
	DmOutboxSummary none = { 0 };
	g_date_clear(&none.last_sent, 1);
	GDate today = day("2026-04-20");
	g_array_index(plan->instalments, DmInstalment, 0).reminded_before = TRUE;
	inv->paid_cents += 10000;
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(ladders, inv, &none, &today, &next);
	g_assert_nonnull(step);
	g_assert_true(next.instalment);
	g_assert_cmpint(step->step, ==, dm_instalment_step(8, DM_INSTALMENT_BEFORE));
	g_assert_cmpstr(step->template_name, ==, "instalment");
	g_autofree char *text = dm_next_step_text(&next);
	g_assert_cmpstr(text, ==, "instalment 2 of 2, €150.00 due 2026-05-01: reminder on "
	                "2026-04-28 — 3 days before");

	/* Every reminder went: it waits, and says until when. */
	g_array_index(plan->instalments, DmInstalment, 1).reminded_before = TRUE;
	g_array_index(plan->instalments, DmInstalment, 1).reminded_after = TRUE;
	g_assert_null(dm_next_step(ladders, inv, &none, &today, &next));
	g_assert_cmpint(next.outcome, ==, DM_NEXT_PLAN_WAITING);
	g_autofree char *waiting = dm_next_step_text(&next);
	g_assert_cmpstr(waiting, ==, "nothing until instalment 2 of 2 (€150.00, due 2026-05-01) "
	                "is paid: its reminders went; unpaid, it counts as missed on 2026-05-08");

	/* A plan no longer running: the ladder again. */
	plan->state = DM_PLAN_STATE_MISSED;
	step = dm_next_step(ladders, inv, &none, &today, &next);
	g_assert_nonnull(step);
	g_assert_false(next.instalment);
	g_assert_cmpint(step->step, >, 0);

	/* A pause until a day moves the instalment reminder. */
	plan->state = DM_PLAN_STATE_RUNNING;
	g_array_index(plan->instalments, DmInstalment, 1).reminded_after = FALSE;
	inv->status = DM_INVOICE_STATUS_PAUSED;
	inv->pause_reason = g_strdup("promise_to_pay");
	inv->pause_until = day("2026-05-06");
	step = dm_next_step(ladders, inv, &none, &today, &next);
	g_assert_nonnull(step);
	g_autofree char *paused = dm_next_step_text(&next);
	g_assert_cmpstr(paused, ==, "instalment 2 of 2, €150.00 due 2026-05-01: reminder of the "
	                "unpaid instalment on 2026-05-03 — 2 days after, moved 3 days by the pause "
	                "(promise_to_pay) until 2026-05-06");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/payment-plan/split", test_split);
	g_test_add_func("/payment-plan/dates", test_dates);
	g_test_add_func("/payment-plan/build", test_build);
	g_test_add_func("/payment-plan/build-refused", test_build_refused);
	g_test_add_func("/payment-plan/paid-in-order", test_paid_in_order);
	g_test_add_func("/payment-plan/credit", test_credit);
	g_test_add_func("/payment-plan/step-codes", test_step_codes);
	g_test_add_func("/payment-plan/next", test_next);
	g_test_add_func("/payment-plan/missed", test_missed);
	g_test_add_func("/payment-plan/next-step", test_next_step);
	return g_test_run();
}
