/* test-dunning-ladder: the fixed ladder and dm_ladder_next — one row per situation: the
 * first step, each step after the last, the minimum gap after a late send, the end — and
 * dm_next_step, a pure function of an invoice and the summary of its reminders. */
#include "common/dm-clock.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/engine/dm-next-step.h"

typedef struct {
	const char *name;
	const char *due;
	int last_step;
	const char *last_sent;      /* NULL: none; "" : an invalid GDate */
	int expect_step;            /* 0: the ladder is done */
	const char *expect_when;
} Case;

static const Case cases[] = {
	{ "first-reminder", "2026-11-16", 0, NULL, 1, "2026-11-23" },
	{ "first-invalid-last-sent", "2026-11-16", 0, "", 1, "2026-11-23" },
	{ "second-on-time", "2026-11-16", 1, "2026-11-23", 2, "2026-12-07" },
	{ "third-on-time", "2026-11-16", 2, "2026-12-07", 3, "2026-12-21" },
	{ "ladder-done", "2026-11-16", 3, "2026-12-21", 0, NULL },
	{ "beyond-ladder", "2026-11-16", 7, "2026-12-21", 0, NULL },
	/* A late first reminder pushes the second out to keep the gap. */
	{ "second-min-gap", "2026-11-16", 1, "2026-12-05", 2, "2026-12-12" },
	{ "third-min-gap", "2026-11-16", 2, "2026-12-20", 3, "2026-12-27" },
	{ "gap-exactly-met", "2026-11-16", 1, "2026-11-30", 2, "2026-12-07" },
	/* Catching up after a long outage: one step, then a gap — never several at once. */
	{ "catch-up-first", "2026-06-01", 0, NULL, 1, "2026-06-08" },
	{ "catch-up-second", "2026-06-01", 1, "2027-01-10", 2, "2027-01-17" },
	{ "catch-up-third", "2026-06-01", 2, "2027-01-17", 3, "2027-01-24" },
	{ "year-boundary", "2026-12-31", 0, NULL, 1, "2027-01-07" },
	{ "leap-day", "2028-02-25", 0, NULL, 1, "2028-03-03" },
};

/* @step is step @expect_step on @expect_when, or (0) none with @when cleared. */
static void
assert_step(const DmLadderStep *step, const GDate *when, int expect_step,
            const char *expect_when)
{
	if (expect_step == 0) {
		g_assert_null(step);
		g_assert_false(g_date_valid(when));
		return;
	}
	g_assert_nonnull(step);
	g_assert_cmpint(step->step, ==, expect_step);
	g_autofree char *got = dm_date_iso(when);
	g_assert_cmpstr(got, ==, expect_when);
}

static void
test_next(gconstpointer data)
{
	const Case *c = data;
	GDate due, last, when;
	g_assert_true(dm_date_parse_iso(c->due, &due));
	g_date_clear(&last, 1);
	if (c->last_sent && *c->last_sent)
		g_assert_true(dm_date_parse_iso(c->last_sent, &last));
	g_date_set_dmy(&when, 1, 1, 2000);
	const DmLadderStep *step = dm_ladder_next(&due, c->last_step, c->last_sent ? &last : NULL,
	                                          &when);
	assert_step(step, &when, c->expect_step, c->expect_when);
}

static void
test_steps(void)
{
	static const struct { int step; const char *name; int days; } want[] = {
		{ 1, "reminder", 7 }, { 2, "second_reminder", 21 }, { 3, "formal_notice", 35 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
		const DmLadderStep *s = dm_ladder_step(want[i].step);
		g_assert_nonnull(s);
		g_assert_cmpint(s->step, ==, want[i].step);
		g_assert_cmpstr(s->name, ==, want[i].name);
		g_assert_cmpstr(s->template_name, ==, want[i].name);
		g_assert_cmpint(s->days_after_due, ==, want[i].days);
	}
	g_assert_null(dm_ladder_step(0));
	g_assert_null(dm_ladder_step(4));
	g_assert_null(dm_ladder_step(-1));
	/* Each step at least the minimum gap after the one before. */
	for (int i = 2; dm_ladder_step(i); i++)
		g_assert_cmpint(dm_ladder_step(i)->days_after_due - dm_ladder_step(i - 1)->days_after_due,
		                >=, DM_LADDER_MIN_GAP_DAYS);
}

typedef struct {
	const char *name;
	DmInvoiceStatus status;
	const char *pause_until;    /* NULL: none */
	int last_step;
	const char *last_sent;      /* NULL: none */
	gboolean in_flight;
	int expect_step;            /* 0: nothing will be sent */
	const char *expect_when;
} NextCase;

static const NextCase next_cases[] = {
	{ "open-first", DM_INVOICE_STATUS_OPEN, NULL, 0, NULL, FALSE, 1, "2026-11-23" },
	{ "open-after-first", DM_INVOICE_STATUS_OPEN, NULL, 1, "2026-11-23", FALSE, 2, "2026-12-07" },
	{ "open-late-first-keeps-gap", DM_INVOICE_STATUS_OPEN, NULL, 1, "2026-12-05", FALSE, 2,
	  "2026-12-12" },
	{ "one-at-a-time", DM_INVOICE_STATUS_OPEN, NULL, 1, "2026-11-23", TRUE, 0, NULL },
	{ "ladder-done", DM_INVOICE_STATUS_OPEN, NULL, 3, "2026-12-21", FALSE, 0, NULL },
	{ "paused-for-the-owner", DM_INVOICE_STATUS_PAUSED, NULL, 0, NULL, FALSE, 0, NULL },
	{ "paused-until-later", DM_INVOICE_STATUS_PAUSED, "2026-12-04", 0, NULL, FALSE, 1,
	  "2026-12-04" },
	{ "paused-until-earlier", DM_INVOICE_STATUS_PAUSED, "2026-11-20", 0, NULL, FALSE, 1,
	  "2026-11-23" },
	{ "stopped", DM_INVOICE_STATUS_STOPPED, NULL, 0, NULL, FALSE, 0, NULL },
	{ "paid", DM_INVOICE_STATUS_PAID, NULL, 1, "2026-11-23", FALSE, 0, NULL },
};

static void
test_next_step(gconstpointer data)
{
	const NextCase *c = data;
	DmInvoice inv = { .status = c->status };
	g_assert_true(dm_date_parse_iso("2026-11-16", &inv.due_date));
	g_date_clear(&inv.pause_until, 1);
	if (c->pause_until)
		g_assert_true(dm_date_parse_iso(c->pause_until, &inv.pause_until));
	DmOutboxSummary reminders = { .last_step = c->last_step, .in_flight = c->in_flight };
	g_date_clear(&reminders.last_sent, 1);
	if (c->last_sent)
		g_assert_true(dm_date_parse_iso(c->last_sent, &reminders.last_sent));
	GDate when;
	g_date_set_dmy(&when, 1, 1, 2000);
	const DmLadderStep *step = dm_next_step(&inv, &reminders, &when);
	assert_step(step, &when, c->expect_step, c->expect_when);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/ladder/next/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_next);
	}
	g_test_add_func("/ladder/steps", test_steps);
	for (gsize i = 0; i < G_N_ELEMENTS(next_cases); i++) {
		g_autofree char *p = g_strconcat("/next-step/", next_cases[i].name, NULL);
		g_test_add_data_func(p, &next_cases[i], test_next_step);
	}
	return g_test_run();
}
