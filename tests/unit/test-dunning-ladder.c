/* test-dunning-ladder: dm_next_step over the built-in ladders — one row per situation:
 * the first step, each step after the last, the minimum gap after a late send, catching
 * up after downtime, the hand-over that ends the ladder — and the invoice's and debtor's
 * states (paused, held, excluded, written off, paid, debtor paused, consumer), each with
 * the reason dm_next_step gives and its words (dm_next_step_text); and what the send
 * window adds to them (dm_next_step_release). */
#include "common/dm-clock.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/engine/dm-next-step.h"

#include <string.h>

static DmLadderSet *ladders;

typedef struct {
	const char *name;
	const char *due;
	int last_step;
	const char *last_sent;      /* NULL: none */
	int expect_step;            /* 0: nothing will be sent */
	const char *expect_when;
} Case;

/* The business ladder: reminder due+7, second due+21, formal notice due+35, hand-over
 * 14 days after the formal notice went. */
static const Case cases[] = {
	{ "first-reminder", "2026-11-16", 0, NULL, 1, "2026-11-23" },
	{ "second-on-time", "2026-11-16", 1, "2026-11-23", 2, "2026-12-07" },
	{ "third-on-time", "2026-11-16", 2, "2026-12-07", 3, "2026-12-21" },
	{ "hand-over-after-notice", "2026-11-16", 3, "2026-12-21", 4, "2027-01-04" },
	{ "hand-over-counts-from-late-notice", "2026-11-16", 3, "2026-12-30", 4, "2027-01-13" },
	{ "ladder-done", "2026-11-16", 4, "2027-01-04", 0, NULL },
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

static void
set_date(GDate *d, const char *iso)
{
	g_date_clear(d, 1);
	if (iso)
		g_assert_true(dm_date_parse_iso(iso, d));
}

/* @step is step @expect_step on @expect_when, or (0) none with when cleared. */
static void
assert_step(const DmLadderStep *step, const DmNextStep *next, int expect_step,
            const char *expect_when)
{
	if (expect_step == 0) {
		g_assert_null(step);
		g_assert_false(g_date_valid(&next->when));
		g_assert_cmpint(next->outcome, !=, DM_NEXT_SCHEDULED);
		return;
	}
	g_assert_nonnull(step);
	g_assert_cmpint(next->outcome, ==, DM_NEXT_SCHEDULED);
	g_assert_cmpint(step->step, ==, expect_step);
	g_autofree char *got = dm_date_iso(&next->when);
	g_assert_cmpstr(got, ==, expect_when);
}

static void
test_next(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;     /* the rows are the business ladder's */
	set_date(&inv->due_date, c->due);
	DmOutboxSummary reminders = { .last_step = c->last_step };
	set_date(&reminders.last_sent, c->last_sent);
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(ladders, inv, &reminders, NULL, &next);
	assert_step(step, &next, c->expect_step, c->expect_when);
	g_assert_cmpstr(next.ladder->name, ==, "business");
}

/* The built-in ladders as the README documents them. */
static void
test_defaults(void)
{
	static const struct {
		const char *ladder;
		const char *names[6];
		int days[6];
		DmStepFlags flags[6];
	} want[] = {
		{ "business", { "reminder", "second_reminder", "formal_notice", "hand_over" },
		  { 7, 21, 35, 49 },
		  { 0, 0, DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST | DM_STEP_FINAL_NOTICE,
		    DM_STEP_HAND_OVER } },
		{ "consumer", { "reminder", "second_reminder", "fourteen_day_letter",
		                "collection_notice", "hand_over" },
		  { 7, 21, 35, 50, 64 },
		  { 0, 0, DM_STEP_FOURTEEN_DAY | DM_STEP_FINAL_NOTICE,
		    DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST, DM_STEP_HAND_OVER } },
	};
	g_assert_cmpstr(ladders->business_ladder, ==, "business");
	g_assert_cmpstr(ladders->consumer_ladder, ==, "consumer");
	for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
		const DmLadder *l = dm_ladder_set_find(ladders, want[i].ladder);
		g_assert_nonnull(l);
		guint n = 0;
		while (n < G_N_ELEMENTS(want[i].names) && want[i].names[n])
			n++;
		g_assert_cmpuint(l->steps->len, ==, n);
		for (guint j = 0; j < n; j++) {
			const DmLadderStep *s = dm_ladder_step(l, (int) j + 1);
			g_assert_cmpint(s->step, ==, (int) j + 1);
			g_assert_cmpstr(s->name, ==, want[i].names[j]);
			g_assert_cmpint(s->days_after_due, ==, want[i].days[j]);
			g_assert_cmpint(s->flags, ==, want[i].flags[j]);
			g_assert_true((s->template_name == NULL) == ((s->flags & DM_STEP_HAND_OVER) != 0));
		}
		g_assert_null(dm_ladder_step(l, 0));
		g_assert_null(dm_ladder_step(l, (int) n + 1));
	}
	g_assert_cmpint(dm_ladder_set_find(ladders, "consumer")->kind, ==, DM_LADDER_CONSUMER);
}

typedef struct {
	const char *name;
	DmInvoiceStatus status;
	const char *pause_until;    /* NULL: none */
	const char *pause_reason;
	int last_step;
	const char *last_sent;      /* NULL: none */
	gboolean in_flight;
	/* the debtor's settings */
	gboolean excluded;
	const char *debtor_paused_until;
	DmDebtorKind kind;
	const char *ladder;
	const char *today;          /* NULL: not given */
	/* expected */
	int expect_step;            /* 0: nothing will be sent */
	const char *expect_when;
	DmNextOutcome expect_outcome;
	const char *expect_text;    /* a part of dm_next_step_text's words */
} NextCase;

static const NextCase next_cases[] = {
	{ "open-first", DM_INVOICE_STATUS_OPEN, NULL, NULL, 0, NULL, FALSE, FALSE, NULL, 0, NULL,
	  NULL, 1, "2026-11-23", DM_NEXT_SCHEDULED,
	  "reminder on 2026-11-23 — due 2026-11-16 + 7 days" },
	{ "open-late-first-keeps-gap", DM_INVOICE_STATUS_OPEN, NULL, NULL, 1, "2026-12-05", FALSE,
	  FALSE, NULL, 0, NULL, NULL, 2, "2026-12-12", DM_NEXT_SCHEDULED,
	  "second reminder on 2026-12-12 — due 2026-11-16 + 21 days, moved 5 days to keep 7 "
	  "days after the last reminder" },
	{ "one-at-a-time", DM_INVOICE_STATUS_OPEN, NULL, NULL, 1, "2026-11-23", TRUE, FALSE, NULL,
	  0, NULL, NULL, 0, NULL, DM_NEXT_IN_FLIGHT, "still on its way" },
	{ "hand-over-from-previous", DM_INVOICE_STATUS_OPEN, NULL, NULL, 3, "2026-12-21", FALSE,
	  FALSE, NULL, 0, NULL, NULL, 4, "2027-01-04", DM_NEXT_SCHEDULED,
	  "hand over on 2027-01-04 — last reminder 2026-12-21 + 14 days; then no more automatic mail" },
	{ "ladder-done", DM_INVOICE_STATUS_OPEN, NULL, NULL, 4, "2027-01-04", FALSE, FALSE, NULL, 0,
	  NULL, NULL, 0, NULL, DM_NEXT_LADDER_DONE, "the business ladder is done" },
	{ "handed-over-ends-the-ladder", DM_INVOICE_STATUS_HANDED_OVER, NULL, "hand_over", 3,
	  "2026-12-21", FALSE, FALSE, NULL, 0, NULL, NULL, 0, NULL, DM_NEXT_HANDED_OVER,
	  "handed over to you" },
	{ "paused-for-the-owner", DM_INVOICE_STATUS_PAUSED, NULL, "dispute", 0, NULL, FALSE, FALSE,
	  NULL, 0, NULL, NULL, 0, NULL, DM_NEXT_WAITING_OWNER, "paused (dispute) until you decide" },
	{ "paused-until-later", DM_INVOICE_STATUS_PAUSED, "2026-12-04", "promise_to_pay", 0, NULL,
	  FALSE, FALSE, NULL, 0, NULL, NULL, 1, "2026-12-04", DM_NEXT_SCHEDULED,
	  "moved 11 days by the pause (promise_to_pay) until 2026-12-04" },
	{ "paused-until-earlier", DM_INVOICE_STATUS_PAUSED, "2026-11-20", "promise_to_pay", 0,
	  NULL, FALSE, FALSE, NULL, 0, NULL, NULL, 1, "2026-11-23", DM_NEXT_SCHEDULED,
	  "reminder on 2026-11-23 — due 2026-11-16 + 7 days" },
	{ "held-until", DM_INVOICE_STATUS_HELD, "2026-11-30", "sender not verified", 0, NULL, FALSE,
	  FALSE, NULL, 0, NULL, NULL, 1, "2026-11-30", DM_NEXT_SCHEDULED,
	  "moved 7 days by the hold (sender not verified) until 2026-11-30" },
	{ "stopped", DM_INVOICE_STATUS_STOPPED, NULL, NULL, 0, NULL, FALSE, FALSE, NULL, 0, NULL,
	  NULL, 0, NULL, DM_NEXT_CLOSED, "nothing: stopped" },
	{ "paid", DM_INVOICE_STATUS_PAID, NULL, NULL, 1, "2026-11-23", FALSE, FALSE, NULL, 0, NULL,
	  NULL, 0, NULL, DM_NEXT_CLOSED, "nothing: paid" },
	{ "written-off", DM_INVOICE_STATUS_WRITTEN_OFF, NULL, NULL, 1, "2026-11-23", FALSE, FALSE,
	  NULL, 0, NULL, NULL, 0, NULL, DM_NEXT_CLOSED, "nothing: written_off" },
	{ "debtor-excluded", DM_INVOICE_STATUS_OPEN, NULL, NULL, 0, NULL, FALSE, TRUE, NULL, 0,
	  NULL, NULL, 0, NULL, DM_NEXT_EXCLUDED, "excluded" },
	{ "debtor-paused", DM_INVOICE_STATUS_OPEN, NULL, NULL, 0, NULL, FALSE, FALSE, "2026-12-01",
	  0, NULL, NULL, 1, "2026-12-01", DM_NEXT_SCHEDULED,
	  "moved 8 days because the debtor is paused (holiday) until 2026-12-01" },
	{ "debtor-pause-over", DM_INVOICE_STATUS_OPEN, NULL, NULL, 0, NULL, FALSE, FALSE,
	  "2026-11-01", 0, NULL, NULL, 1, "2026-11-23", DM_NEXT_SCHEDULED, "+ 7 days" },
	/* A consumer: the 14-day letter third, and costs only after its term. */
	{ "consumer-letter", DM_INVOICE_STATUS_OPEN, NULL, NULL, 2, "2026-12-07", FALSE, FALSE,
	  NULL, DM_DEBTOR_KIND_CONSUMER, NULL, NULL, 3, "2026-12-21", DM_NEXT_SCHEDULED,
	  "fourteen day letter on 2026-12-21" },
	{ "consumer-costs-after-term", DM_INVOICE_STATUS_OPEN, NULL, NULL, 3, "2026-12-21", FALSE,
	  FALSE, NULL, DM_DEBTOR_KIND_CONSUMER, NULL, NULL, 4, "2027-01-05", DM_NEXT_SCHEDULED,
	  "collection notice on 2027-01-05 — last reminder 2026-12-21 + 15 days" },
	/* A consumer's own ladder must be a consumer ladder: a business one is not taken. */
	{ "consumer-not-on-business-ladder", DM_INVOICE_STATUS_OPEN, NULL, NULL, 3, "2026-12-21",
	  FALSE, FALSE, NULL, DM_DEBTOR_KIND_CONSUMER, "business", NULL, 4, "2027-01-05",
	  DM_NEXT_SCHEDULED, "collection notice" },
	{ "business-own-ladder", DM_INVOICE_STATUS_OPEN, NULL, NULL, 2, "2026-12-07", FALSE, FALSE,
	  NULL, DM_DEBTOR_KIND_BUSINESS, "consumer", NULL, 3, "2026-12-21", DM_NEXT_SCHEDULED,
	  "fourteen day letter" },
};

static void
test_next_step(gconstpointer data)
{
	const NextCase *c = data;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->status = c->status;
	set_date(&inv->due_date, "2026-11-16");
	set_date(&inv->pause_until, c->pause_until);
	inv->pause_reason = g_strdup(c->pause_reason);
	inv->debtor.excluded = c->excluded;
	set_date(&inv->debtor.paused_until, c->debtor_paused_until);
	inv->debtor.pause_reason = g_strdup(c->debtor_paused_until ? "holiday" : NULL);
	/* The invoice reads a business; a row's debtor setting (kind) wins over that. */
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;
	inv->debtor.kind = c->kind;
	inv->debtor.ladder = g_strdup(c->ladder);
	DmOutboxSummary reminders = { .last_step = c->last_step, .in_flight = c->in_flight };
	set_date(&reminders.last_sent, c->last_sent);
	GDate today;
	set_date(&today, c->today);
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(ladders, inv, &reminders,
	                                        c->today ? &today : NULL, &next);
	assert_step(step, &next, c->expect_step, c->expect_when);
	g_assert_cmpint(next.outcome, ==, c->expect_outcome);
	g_autofree char *text = dm_next_step_text(&next);
	if (!strstr(text, c->expect_text))
		g_test_fail_printf("'%s' does not contain '%s'", text, c->expect_text);
}

/* The structure behind the words: base, offset, each adjustment in order. */
static void
test_reason_fields(void)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	set_date(&inv->due_date, "2026-03-12");
	inv->status = DM_INVOICE_STATUS_PAUSED;
	set_date(&inv->pause_until, "2026-04-05");
	inv->pause_reason = g_strdup("promise_to_pay");
	set_date(&inv->debtor.paused_until, "2026-04-08");
	DmOutboxSummary reminders = { .last_step = 1 };
	set_date(&reminders.last_sent, "2026-03-30");
	DmNextStep next;
	g_assert_nonnull(dm_next_step(ladders, inv, &reminders, NULL, &next));
	g_autofree char *base = dm_date_iso(&next.base);
	g_autofree char *planned = dm_date_iso(&next.planned);
	g_assert_cmpstr(base, ==, "2026-03-12");
	g_assert_cmpint(next.offset_days, ==, 21);
	g_assert_cmpstr(planned, ==, "2026-04-02");
	/* The gap moves it to 04-06; the invoice's pause until 04-05 then moves nothing; the
	 * debtor's pause until 04-08 does. */
	g_assert_cmpuint(next.n_adjustments, ==, 2);
	g_assert_cmpint(next.adjustments[0].kind, ==, DM_ADJUST_MIN_GAP);
	g_assert_cmpint(next.adjustments[0].days, ==, 4);
	g_autofree char *gap = dm_date_iso(&next.adjustments[0].until);
	g_assert_cmpstr(gap, ==, "2026-04-06");
	g_assert_cmpint(next.adjustments[1].kind, ==, DM_ADJUST_DEBTOR_PAUSE);
	g_assert_cmpint(next.adjustments[1].days, ==, 2);
	/* The send window (timing) may add its own after this function. */
	GDate monday;
	set_date(&monday, "2026-04-10");
	dm_next_step_adjust(&next, DM_ADJUST_SEND_WINDOW, &monday, NULL);
	g_autofree char *when = dm_date_iso(&next.when);
	g_assert_cmpstr(when, ==, "2026-04-10");
	g_autofree char *text = dm_next_step_text(&next);
	g_assert_nonnull(strstr(text, "into the send window"));
	g_assert_cmpstr(dm_adjust_kind_name(DM_ADJUST_SEND_WINDOW), ==, "send_window");
	g_assert_cmpstr(dm_next_outcome_name(DM_NEXT_SCHEDULED), ==, "scheduled");
}

/* dm_next_step_release: the send window answers only for the delay from the later of the
 * step's day and today; a late step says since when it is due.  The first reminder of an
 * invoice due 2026-03-16 is due on Monday 2026-03-23 (the business ladder: due + 7); the
 * Dutch window opens Monday to Friday, 09:00-17:00. */
typedef struct {
	const char *name;
	const char *due;            /* the invoice's due date */
	const char *now;            /* Europe/Amsterdam */
	const char *expect_go;      /* when it goes, local */
	const char *expect_text;    /* in the words */
	const char *refuse_text;    /* (nullable) not in them */
	int window_days;            /* the window's adjustment (0: none) */
} Release;

static const Release releases[] = {
	/* Due Monday, seen Tuesday 10:00: late, not moved by the window. */
	{ "late-inside", "2026-03-16", "2026-03-24T10:00:00", "2026-03-24T10:00:00",
	  "reminder due since 2026-03-23 — due 2026-03-16 + 7 days, inside the send window",
	  "moved", 0 },
	/* Due Monday, seen Tuesday 07:00: the window opens at 09:00 the same day. */
	{ "late-before-opening", "2026-03-16", "2026-03-24T07:00:00", "2026-03-24T09:00:00",
	  "due since 2026-03-23 — due 2026-03-16 + 7 days, inside the send window", "moved", 0 },
	/* Due on Saturday 03-28, seen Friday: Monday 09:00. */
	{ "weekend", "2026-03-21", "2026-03-27T10:00:00", "2026-03-30T09:00:00",
	  "reminder on 2026-03-30 — due 2026-03-21 + 7 days, moved to Monday 09:00 by the "
	  "send window", "due since", 2 },
	/* Due Friday 03-27, seen Saturday: late, and the window moves it from Saturday (2 days,
	 * not 3). */
	{ "late-weekend", "2026-03-20", "2026-03-28T11:00:00", "2026-03-30T09:00:00",
	  "reminder due since 2026-03-27 — due 2026-03-20 + 7 days, moved to Monday 09:00 "
	  "by the send window", NULL, 2 },
	/* Due on a future working day: it goes when the window opens that day. */
	{ "future-inside", "2026-03-25", "2026-03-24T10:00:00", "2026-04-01T09:00:00",
	  "reminder on 2026-04-01 — due 2026-03-25 + 7 days, inside the send window",
	  "moved", 0 },
	/* Due on Saturday 04-04 before Easter: Monday 04-06 is a Dutch public holiday. */
	{ "easter", "2026-03-28", "2026-03-31T10:00:00", "2026-04-07T09:00:00",
	  "moved to Tuesday 09:00 by the send window", NULL, 3 },
};

static void
test_release(gconstpointer data)
{
	const Release *c = data;
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_autoptr(GDateTime) now = g_date_time_new_from_iso8601(c->now, tz);
	g_assert_nonnull(now);
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	set_date(&inv->due_date, c->due);
	DmOutboxSummary reminders = { 0 };
	GDate today = dm_clock_date(now);
	DmNextStep next;
	g_assert_nonnull(dm_next_step(ladders, inv, &reminders, &today, &next));
	DmSendWindow w = dm_send_window_default(DM_COUNTRY_NL, tz);
	g_autoptr(GDateTime) go = dm_next_step_release(&next, &w, now);
	g_assert_nonnull(go);
	g_autoptr(GDateTime) want = g_date_time_new_from_iso8601(c->expect_go, tz);
	g_assert_true(g_date_time_equal(go, want));
	g_autofree char *text = dm_next_step_text(&next);
	if (!strstr(text, c->expect_text))
		g_test_fail_printf("'%s' does not contain '%s'", text, c->expect_text);
	if (c->refuse_text && strstr(text, c->refuse_text))
		g_test_fail_printf("'%s' contains '%s'", text, c->refuse_text);
	int days = 0;
	for (guint i = 0; i < next.n_adjustments; i++)
		if (next.adjustments[i].kind == DM_ADJUST_SEND_WINDOW)
			days = next.adjustments[i].days;
	g_assert_cmpint(days, ==, c->window_days);
}

/* A step meant for before the due date (due-3) is sent before it, and skipped once the
 * due date has come (an invoice recorded late, or dunmaild down). */
static void
test_before_due(void)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	static const char conf[] =
		"[ladder early]\nsteps = heads_up, reminder, second_reminder\n"
		"[step heads_up]\nafter = due-3\ntemplate = reminder\n";
	g_assert_true(g_key_file_load_from_data(kf, conf, -1, G_KEY_FILE_NONE, NULL));
	g_autoptr(DmLadderSet) set = dm_ladder_set_new_default();
	g_autoptr(GError) error = NULL;
	g_assert_true(dm_ladder_set_load(set, kf, "t.conf", "early", NULL, &error));
	g_assert_no_error(error);
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;     /* on business_ladder = early */
	set_date(&inv->due_date, "2026-11-16");
	DmOutboxSummary reminders = { 0 };
	g_date_clear(&reminders.last_sent, 1);
	GDate today;
	set_date(&today, "2026-11-10");
	DmNextStep next;
	const DmLadderStep *s = dm_next_step(set, inv, &reminders, &today, &next);
	g_assert_cmpstr(s->name, ==, "heads_up");
	g_autofree char *when = dm_date_iso(&next.when);
	g_assert_cmpstr(when, ==, "2026-11-13");
	g_autofree char *text = dm_next_step_text(&next);
	g_assert_nonnull(strstr(text, "due 2026-11-16 - 3 days"));

	set_date(&today, "2026-11-16");
	s = dm_next_step(set, inv, &reminders, &today, &next);
	g_assert_cmpstr(s->name, ==, "reminder");
	g_assert_cmpint(s->step, ==, 2);
	g_assert_cmpint(next.adjustments[0].kind, ==, DM_ADJUST_SKIPPED_BEFORE_DUE);
	g_autofree char *text2 = dm_next_step_text(&next);
	g_assert_nonnull(strstr(text2, "heads_up skipped"));
}

static void
test_kind(void)
{
	const DmDebtorKind U = DM_DEBTOR_KIND_UNSET, B = DM_DEBTOR_KIND_BUSINESS,
	                   C = DM_DEBTOR_KIND_CONSUMER;
	/* Nobody said: the configured default, whichever it is. */
	g_assert_cmpint(dm_debtor_kind_effective(U, U, C), ==, C);
	g_assert_cmpint(dm_debtor_kind_effective(U, U, B), ==, B);
	/* The invoice's reading over the default; the owner's setting over both. */
	g_assert_cmpint(dm_debtor_kind_effective(U, C, B), ==, C);
	g_assert_cmpint(dm_debtor_kind_effective(U, B, C), ==, B);
	g_assert_cmpint(dm_debtor_kind_effective(B, C, C), ==, B);
	g_assert_cmpint(dm_debtor_kind_effective(C, B, B), ==, C);
	g_assert_cmpint(dm_ladder_set_unknown_kind(ladders), ==, C);
}

/* The steps an invoice of @kind goes through, each sent on its day, as "name@date"
 * joined by spaces; *@letter_day and *@costs_day get the day of the 14-day letter and of
 * the first step that claims costs ("" when none). */
static char *
walk(const DmLadderSet *set, DmDebtorKind kind, const char **ladder_name, char **letter_day,
     char **costs_day)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	set_date(&inv->due_date, "2026-11-16");
	inv->debtor_kind = kind;
	DmOutboxSummary reminders = { 0 };
	g_date_clear(&reminders.last_sent, 1);
	GString *steps = g_string_new(NULL);
	*letter_day = g_strdup("");
	*costs_day = g_strdup("");
	DmNextStep next;
	const DmLadderStep *step;
	while ((step = dm_next_step(set, inv, &reminders, NULL, &next))) {
		g_autofree char *day = dm_date_iso(&next.when);
		g_string_append_printf(steps, "%s%s@%s", steps->len ? " " : "", step->name, day);
		if ((step->flags & DM_STEP_FOURTEEN_DAY) && !**letter_day) {
			g_free(*letter_day);
			*letter_day = g_strdup(day);
		}
		if ((step->flags & DM_STEP_CLAIMS_COSTS) && !**costs_day) {
			g_free(*costs_day);
			*costs_day = g_strdup(day);
		}
		reminders.last_step = step->step;
		reminders.last_sent = next.when;
	}
	*ladder_name = next.ladder->name;
	return g_string_free(steps, FALSE);
}

/* A consumer gets the 14-day letter, and costs are claimed only after its term (the day
 * after it arrived + 14 days: 15 days after an e-mail); a business gets no such letter and
 * its costs with the formal notice.  An unknown debtor goes as [dunning]
 * default_debtor_kind says: as a consumer unless set otherwise. */
static void
test_kind_chooses_ladder(void)
{
	g_autoptr(DmLadderSet) business_default = dm_ladder_set_new_default();
	business_default->unknown_debtor = DM_LADDER_BUSINESS;
	static const struct {
		const char *name;
		gboolean default_business;
		DmDebtorKind kind;
		const char *ladder;
		const char *letter;         /* "": none */
		const char *costs;
	} rows[] = {
		{ "consumer", FALSE, DM_DEBTOR_KIND_CONSUMER, "consumer", "2026-12-21", "2027-01-05" },
		{ "consumer-default-business", TRUE, DM_DEBTOR_KIND_CONSUMER, "consumer", "2026-12-21",
		  "2027-01-05" },
		{ "business", FALSE, DM_DEBTOR_KIND_BUSINESS, "business", "", "2026-12-21" },
		{ "unknown", FALSE, DM_DEBTOR_KIND_UNSET, "consumer", "2026-12-21", "2027-01-05" },
		{ "unknown-default-business", TRUE, DM_DEBTOR_KIND_UNSET, "business", "", "2026-12-21" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		const char *ladder = NULL;
		g_autofree char *letter = NULL, *costs = NULL;
		g_autofree char *steps = walk(rows[i].default_business ? business_default : ladders,
		                              rows[i].kind, &ladder, &letter, &costs);
		g_test_message("%s: %s", rows[i].name, steps);
		g_assert_cmpstr(ladder, ==, rows[i].ladder);
		g_assert_cmpstr(letter, ==, rows[i].letter);
		g_assert_cmpstr(costs, ==, rows[i].costs);
		if (*letter) {
			GDate l, c;
			set_date(&l, letter);
			set_date(&c, costs);
			g_assert_cmpint(g_date_days_between(&l, &c), >=, 15);
		}
	}
}

/* What `dunmail show` says of the kind: which applies and why. */
static void
test_kind_text(void)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	g_autofree char *unknown = dm_invoice_debtor_kind_text(ladders, inv);
	g_assert_cmpstr(unknown, ==, "unknown: nothing in the invoice says; the default (consumer) applies");
	inv->debtor_kind = DM_DEBTOR_KIND_CONSUMER;
	inv->debtor_kind_why = g_strdup("addressed as \"Dhr.\" (\"Dhr. P. de Boer\")");
	g_autofree char *consumer = dm_invoice_debtor_kind_text(ladders, inv);
	g_assert_cmpstr(consumer, ==, "consumer: addressed as \"Dhr.\" (\"Dhr. P. de Boer\")");
	inv->debtor.kind = DM_DEBTOR_KIND_BUSINESS;
	g_autofree char *owner = dm_invoice_debtor_kind_text(ladders, inv);
	g_assert_true(g_str_has_prefix(owner, "business: set by the owner (dunmail debtor); the "
	                                      "invoice read consumer: addressed as"));
	/* A row from before the reason was kept. */
	inv->debtor.kind = DM_DEBTOR_KIND_UNSET;
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;
	g_clear_pointer(&inv->debtor_kind_why, g_free);
	g_autofree char *old = dm_invoice_debtor_kind_text(ladders, inv);
	g_assert_cmpstr(old, ==, "business: as the invoice reads");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	ladders = dm_ladder_set_new_default();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/ladder/next/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_next);
	}
	g_test_add_func("/ladder/defaults", test_defaults);
	g_test_add_func("/ladder/kind", test_kind);
	g_test_add_func("/ladder/kind-chooses-ladder", test_kind_chooses_ladder);
	g_test_add_func("/ladder/kind-text", test_kind_text);
	g_test_add_func("/ladder/before-due", test_before_due);
	g_test_add_func("/next-step/reason-fields", test_reason_fields);
	for (gsize i = 0; i < G_N_ELEMENTS(releases); i++) {
		g_autofree char *p = g_strdup_printf("/next-step/release/%s", releases[i].name);
		g_test_add_data_func(p, &releases[i], test_release);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(next_cases); i++) {
		g_autofree char *p = g_strconcat("/next-step/", next_cases[i].name, NULL);
		g_test_add_data_func(p, &next_cases[i], test_next_step);
	}
	int rc = g_test_run();
	dm_ladder_set_free(ladders);
	return rc;
}
