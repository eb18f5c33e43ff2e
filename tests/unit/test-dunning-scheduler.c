/* test-dunning-scheduler: the ladder applied to a ledger and the outbox delivered to a
 * real SMTP server (smtp-sink): not before the day, exactly once on the day, never for a
 * paused invoice, none while a reply holds the invoice for the owner and the ladder back
 * by itself when the hold runs out (the reply no longer waiting), nothing in a dry run, never again after a crash mid-send, and retried
 * after the server was down; a letter for several invoices not sent once a reply paused
 * one of them; nothing to an address a proven hard bounce marked failing
 * (said once in the timeline), and the step goes once the mark is cleared. */
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/owner/dm-owner.h"
#include "dunning/owner/dm-owner-plan.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#include <sqlite3.h>

#define INVOICE_MID "<inv-2026-0042@acme.example>"

typedef struct {
	DmTestFixture base;
	DmTestSink *sink;
	gint64 invoice;
} Fixture;

static void
set_smtp_port(Fixture *f, int port)
{
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", port);
}

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "sched", 2026, 11, 24, 12);
	if (!data) {
		f->sink = dm_test_sink_start(0, NULL);
		set_smtp_port(f, f->sink->port);
	}

	/* Read as a business (these tests follow the business ladder; a consumer's is
	 * test-dunning-ladder's and test-dunning-cli-kind's). */
	f->invoice = dm_test_invoice_42_full(f->base.ledger, INVOICE_MID);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_sink_stop(f->sink);
	dm_test_fixture_teardown(&f->base);
}

static GDateTime *
day(Fixture *f, int y, int m, int d)
{
	return g_date_time_new(f->base.tz, y, m, d, 12, 0, 0);
}

static DmSchedulerStats
run_on(Fixture *f, int y, int m, int d, gboolean dry)
{
	g_autoptr(GDateTime) now = day(f, y, m, d);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, now, dry, &st, &err));
	g_assert_no_error(err);
	return st;
}

/* The outbox rows in state @state_name (all when NULL). */
static GPtrArray *
outbox(Fixture *f, const char *state_name)
{
	g_autoptr(GError) err = NULL;
	DmOutboxState state = DM_OUTBOX_STATE_ANY;
	g_assert_true(!state_name || dm_outbox_state_from_name(state_name, &state));
	GPtrArray *rows = dm_outbox_list(f->base.ledger, 0, state, &err);
	g_assert_no_error(err);
	return rows;
}

static guint
sink_count(Fixture *f)
{
	return f->sink ? dm_test_count_files(f->sink->dir) : 0;
}

static guint
count_events(Fixture *f, const char *kind_name)
{
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name(kind_name, &kind));
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, f->invoice, NULL, kind, &err);
	g_assert_no_error(err);
	return ev->len;
}

/* The invoice and its next step, as the scheduler sees them. */
static const DmLadderStep *
next_step(Fixture *f, GDate *when)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, &err);
	DmOutboxSummary reminders;
	g_assert_true(dm_ledger_invoice_summary(f->base.ledger, f->invoice, &reminders, &err));
	g_assert_no_error(err);
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(f->base.config->ladders, inv, &reminders, NULL, &next);
	*when = next.when;
	return step;
}

/* Adds invoice @number of @email due on @due_iso, recorded at @created; its id. */
static gint64
add_invoice(Fixture *f, const char *number, const char *email, const char *due_iso,
            const char *created)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(email);
	inv->debtor_name = g_strdup("Jan de Vries");
	inv->has_amount = TRUE;
	inv->amount_cents = 10000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->issue_date, 1, 10, 2026);
	g_assert_true(dm_date_parse_iso(due_iso, &inv->due_date));
	inv->language = g_strdup("nl");
	inv->source = g_strdup("body");
	inv->message_id = g_strdup_printf("<inv-%s@acme.example>", number);
	inv->subject = g_strdup(number);
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;     /* as the fixture's invoice */
	gboolean existed;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_add(f->base.ledger, inv, created, &existed, &err));
	g_assert_no_error(err);
	return inv->id;
}

/* Records that step @step of @invoice went out at @at. */
static void
sent_before(Fixture *f, gint64 invoice, int step, const char *at)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *mid = g_strdup_printf("<old.%" G_GINT64_FORMAT ".%d@acme.example>",
	                                       invoice, step);
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	gint64 id;
	gboolean moved;
	g_assert_true(dm_outbox_add(f->base.ledger, invoice, step, mid, "x@debtor.example", "old", body,
	                            at, &id, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_PENDING,
	                             DM_OUTBOX_STATE_SENDING, NULL, at, &moved, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT,
	                             NULL, at, &moved, &err));
	g_assert_no_error(err);
}

/* Three invoices of one debtor due the same day at steps 1, 2 and 3 make one letter at
 * step 3 listing all three, threaded to the newest invoice; another debtor gets its own
 * letter; each invoice's history has the letter, its own step and the sending; the next pass sends
 * nothing more. */
static void
test_one_letter_per_debtor(Fixture *f, gconstpointer data)
{
	gint64 b = add_invoice(f, "2026-0050", "klant@debtor.example", "2026-11-02",
	                       "2026-10-20T08:00:00Z");
	gint64 c = add_invoice(f, "2026-0060", "klant@debtor.example", "2026-10-13",
	                       "2026-09-10T08:00:00Z");
	add_invoice(f, "2026-0070", "other@debtor2.example", "2026-11-10", "2026-10-10T08:00:00Z");
	sent_before(f, b, 1, "2026-11-09T10:00:00Z");
	sent_before(f, c, 1, "2026-10-20T10:00:00Z");
	sent_before(f, c, 2, "2026-11-03T10:00:00Z");

	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 2);
	g_assert_cmpuint(st.delivery.sent, ==, 2);
	g_assert_cmpuint(sink_count(f), ==, 2);

	g_autoptr(GPtrArray) rows = outbox(f, "sent");
	DmOutboxItem *letter = NULL;
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		if (strcmp(it->recipient, "klant@debtor.example") == 0 && g_str_has_prefix(it->message_id, "<dunmail."))
			letter = it;
	}
	g_assert_nonnull(letter);
	g_assert_cmpint(letter->step, ==, 3);
	g_assert_cmpint(letter->invoice_id, ==, b);      /* the newest invoice mail */
	g_assert_cmpstr(letter->subject, ==,
	                "Aanmaning: facturen 2026-0050, 2026-0042, 2026-0060");
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = dm_outbox_body(f->base.ledger, letter->id, &err);
	g_autofree char *text = g_strndup(g_bytes_get_data(body, NULL), g_bytes_get_size(body));
	g_assert_nonnull(strstr(text, "In-Reply-To: <inv-2026-0050@acme.example>"));

	gint64 ids[] = { b, f->invoice, c };
	int own_steps[] = { 2, 1, 3 };
	for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
		g_autoptr(GPtrArray) mine = dm_outbox_list(f->base.ledger, ids[i], DM_OUTBOX_STATE_ANY, &err);
		gboolean found = FALSE;
		for (guint j = 0; j < mine->len; j++)
			found |= ((DmOutboxItem *) g_ptr_array_index(mine, j))->id == letter->id;
		g_assert_true(found);
		DmOutboxSummary sum;
		g_assert_true(dm_ledger_invoice_summary(f->base.ledger, ids[i], &sum, &err));
		g_assert_cmpint(sum.last_step, ==, own_steps[i]);
		g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, ids[i], NULL,
		                                                DM_EVENT_REMINDER_QUEUED, &err);
		g_assert_cmpuint(ev->len, ==, 1);
		/* Sending is in every covered invoice's timeline, not only the lead's. */
		g_autoptr(GPtrArray) sent = dm_ledger_events_list(f->base.ledger, ids[i], NULL,
		                                                  DM_EVENT_SENT, &err);
		g_assert_cmpuint(sent->len, >=, 1);
	}

	/* Never twice: the next passes send nothing. */
	DmSchedulerStats again = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(again.queued, ==, 0);
	DmSchedulerStats next_day = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(next_day.queued, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 2);
}

/* [dunning] country picks whose law the letter's costs follow: on EUR 1,250 against a
 * business the formal notice claims the WIK scale's EUR 187.50 under Dutch law and the
 * flat EUR 40 Pauschale under German law. */
static void
test_country_costs(Fixture *f, gconstpointer data)
{
	static const struct { const char *country, *claim, *not_claim; } cases[] = {
		{ "nl", "Incassokosten: =E2=82=AC 187,50", "=E2=82=AC 40,00" },
		{ "de", "Incassokosten: =E2=82=AC 40,00", "187,50" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		if (i > 0) {            /* a fresh ledger for the next country */
			teardown(f, data);
			setup(f, data);
		}
		g_free(f->base.config->country);
		f->base.config->country = g_strdup(cases[i].country);
		sent_before(f, f->invoice, 1, "2026-11-23T10:00:00Z");
		sent_before(f, f->invoice, 2, "2026-12-07T10:00:00Z");
		DmSchedulerStats st = run_on(f, 2026, 12, 21, FALSE);
		g_assert_cmpuint(st.delivery.sent, ==, 1);
		g_autoptr(GPtrArray) rows = outbox(f, "sent");
		DmOutboxItem *letter = NULL;
		for (guint j = 0; j < rows->len; j++)
			if (((DmOutboxItem *) g_ptr_array_index(rows, j))->step == 3)
				letter = g_ptr_array_index(rows, j);
		g_assert_nonnull(letter);
		g_autoptr(GError) err = NULL;
		g_autoptr(GBytes) body = dm_outbox_body(f->base.ledger, letter->id, &err);
		g_autofree char *text = g_strndup(g_bytes_get_data(body, NULL), g_bytes_get_size(body));
		g_assert_nonnull(strstr(text, cases[i].claim));
		g_assert_null(strstr(text, cases[i].not_claim));
	}
}

/* combined_step = lowest: the letter is written at the lowest step among the invoices. */
static void
test_combined_lowest(Fixture *f, gconstpointer data)
{
	gint64 c = add_invoice(f, "2026-0060", "klant@debtor.example", "2026-10-13",
	                       "2026-09-10T08:00:00Z");
	sent_before(f, c, 1, "2026-10-20T10:00:00Z");
	g_free(f->base.config->combined_step);
	f->base.config->combined_step = g_strdup("lowest");
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 1);
	g_autoptr(GPtrArray) rows = outbox(f, "sent");
	DmOutboxItem *it = g_ptr_array_index(rows, rows->len - 1);
	g_assert_cmpint(it->step, ==, 1);
	g_assert_true(g_str_has_prefix(it->subject, "Herinnering: facturen"));
}

static void
test_not_yet(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = run_on(f, 2026, 11, 20, FALSE);
	g_assert_cmpuint(st.queued, ==, 0);
	g_assert_cmpuint(st.delivery.sent, ==, 0);
	g_autoptr(GPtrArray) rows = outbox(f, NULL);
	g_assert_cmpuint(rows->len, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);

	/* The day before the step is still too early. */
	DmSchedulerStats st2 = run_on(f, 2026, 11, 22, FALSE);
	g_assert_cmpuint(st2.queued, ==, 0);
}

static void
test_reminder_sent_once(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	g_assert_cmpuint(st.delivery.deferred + st.delivery.failed, ==, 0);

	g_autoptr(GPtrArray) rows = outbox(f, NULL);
	g_assert_cmpuint(rows->len, ==, 1);
	DmOutboxItem *it = rows->pdata[0];
	g_assert_cmpstr(dm_outbox_state_name(it->state), ==, "sent");
	g_assert_cmpint(it->step, ==, 1);
	g_assert_cmpint(it->invoice_id, ==, f->invoice);
	g_assert_cmpint(it->attempts, ==, 1);
	g_assert_cmpstr(it->recipient, ==, "klant@debtor.example");
	g_assert_cmpstr(it->sent_at, ==, "2026-11-24T11:00:00Z");
	g_assert_nonnull(strstr(it->subject, "2026-0042"));

	g_autoptr(GPtrArray) got = dm_test_sink_messages(f->sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	const char *dump = got->pdata[0];
	g_assert_nonnull(strstr(dump, "X-Rcpt-Args: <klant@debtor.example>"));
	g_assert_nonnull(strstr(dump, "In-Reply-To: " INVOICE_MID));
	g_assert_nonnull(strstr(dump, "References: " INVOICE_MID));
	g_assert_nonnull(strstr(dump, "Auto-Submitted: auto-generated"));
	g_autofree char *mid = g_strdup_printf("Message-Id: %s", it->message_id);
	g_assert_nonnull(strcasestr(dump, mid));
	/* The message the sink got is the one the outbox keeps for a retry. */
	gsize blen;
	g_autoptr(GBytes) kept = dm_outbox_body(f->base.ledger, it->id, NULL);
	g_assert_nonnull(kept);
	const char *body = g_bytes_get_data(kept, &blen);
	g_autoptr(GMimeMessage) msg = dm_message_parse(body, blen, NULL);
	g_assert_nonnull(msg);
	g_autofree char *text = dm_message_text(msg);
	g_assert_nonnull(strstr(text, "\xe2\x82\xac 1.250,00"));
	g_assert_nonnull(strstr(text, "16 november 2026"));
	g_assert_cmpuint(count_events(f, "reminder_queued"), ==, 1);
	g_assert_cmpuint(count_events(f, "sent"), ==, 1);

	/* Again the same day, and the next: nothing more. */
	DmSchedulerStats st2 = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st2.queued + st2.delivery.sent, ==, 0);
	DmSchedulerStats st3 = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(st3.queued + st3.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 1);
	g_autoptr(GPtrArray) rows2 = outbox(f, NULL);
	g_assert_cmpuint(rows2->len, ==, 1);

	/* The next step on its day: the second reminder, threaded the same way. */
	GDate when;
	const DmLadderStep *next = next_step(f, &when);
	g_assert_nonnull(next);
	g_assert_cmpint(next->step, ==, 2);
	g_autofree char *when_iso = dm_date_iso(&when);
	g_assert_cmpstr(when_iso, ==, "2026-12-07");
	DmSchedulerStats st4 = run_on(f, 2026, 12, 7, FALSE);
	g_assert_cmpuint(st4.delivery.sent, ==, 1);
	g_autoptr(GPtrArray) got2 = dm_test_sink_messages(f->sink, 2);
	g_assert_cmpuint(got2->len, ==, 2);
}

/* A run long after the due date sends one step, not the whole ladder. */
static void
test_catch_up(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = run_on(f, 2027, 3, 1, FALSE);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	DmSchedulerStats st2 = run_on(f, 2027, 3, 2, FALSE);
	g_assert_cmpuint(st2.queued, ==, 0);
	DmSchedulerStats st3 = run_on(f, 2027, 3, 8, FALSE);
	g_assert_cmpuint(st3.queued, ==, 1);
	g_autoptr(GPtrArray) rows = outbox(f, "sent");
	g_assert_cmpuint(rows->len, ==, 2);
}

static void
test_paused(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAUSED,
	                                           "dispute", NULL,
	                                           &err));
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued + st.delivery.sent + st.resumed, ==, 0);
	GDate when;
	g_assert_null(next_step(f, &when));
	g_assert_false(g_date_valid(&when));
	DmSchedulerStats st2 = run_on(f, 2027, 6, 1, FALSE);
	g_assert_cmpuint(st2.queued, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_autoptr(GPtrArray) rows = outbox(f, NULL);
	g_assert_cmpuint(rows->len, ==, 0);
}

static void
test_pause_expires(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	GDate until;
	g_date_clear(&until, 1);
	g_date_set_dmy(&until, 30, 11, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAUSED,
	                                           "promise_to_pay", &until, &err));
	GDate when;
	const DmLadderStep *next = next_step(f, &when);
	g_assert_nonnull(next);
	g_autofree char *w = dm_date_iso(&when);
	g_assert_cmpstr(w, ==, "2026-11-30");

	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued + st.resumed, ==, 0);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 30, FALSE);
	g_assert_cmpuint(st2.resumed, ==, 1);
	g_assert_cmpuint(st2.delivery.sent, ==, 1);
	g_autoptr(DmInvoice) after = dm_ledger_invoice_get(f->base.ledger, f->invoice, NULL);
	g_assert_cmpstr(dm_invoice_status_name(after->status), ==, "open");
	g_assert_cmpuint(count_events(f, "resumed"), ==, 1);
}

/* Records a reply to the fixture's invoice that waits for the owner; its id. */
static gint64
add_waiting_reply(Fixture *f)
{
	DmReplyRow row = { .invoice_id = f->invoice, .from_addr = "klant@debtor.example",
	                   .kind = "reply", .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.9,
	                   .reply_text = "Klopt niet.", .received_at = "2026-11-24T11:00:00Z",
	                   .needs_review = TRUE };
	g_date_clear(&row.stated_date, 1);
	return dm_test_reply_add(f->base.ledger, "<r1@debtor.example>", &row);
}

/* A hold (an unverified reply on 24 November, max_hold_days 10): no reminder while it
 * lasts, although the first one is due on the 23rd; on 4 December nobody has decided, so
 * the ladder resumes by itself, and the reply leaves "needs you". */
static void
test_hold_then_resume(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	GDate until;
	g_date_clear(&until, 1);
	g_date_set_dmy(&until, 4, 12, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_HELD,
	                                           "sender not verified", &until, &err));
	gint64 reply = add_waiting_reply(f);
	GDate when;
	g_assert_nonnull(next_step(f, &when));
	g_autofree char *w = dm_date_iso(&when);
	g_assert_cmpstr(w, ==, "2026-12-04");

	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued + st.resumed + st.delivery.sent, ==, 0);
	DmSchedulerStats st2 = run_on(f, 2026, 12, 3, FALSE);
	g_assert_cmpuint(st2.queued + st2.resumed + st2.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_autoptr(DmInvoice) held = dm_ledger_invoice_get(f->base.ledger, f->invoice, NULL);
	g_assert_cmpstr(dm_invoice_status_name(held->status), ==, "held");

	DmSchedulerStats st3 = run_on(f, 2026, 12, 4, FALSE);
	g_assert_cmpuint(st3.resumed, ==, 1);
	g_assert_cmpuint(st3.delivery.sent, ==, 1);
	g_autoptr(DmInvoice) after = dm_ledger_invoice_get(f->base.ledger, f->invoice, NULL);
	g_assert_cmpstr(dm_invoice_status_name(after->status), ==, "open");
	g_assert_cmpuint(count_events(f, "hold_expired"), ==, 1);
	g_assert_cmpuint(count_events(f, "resumed"), ==, 0);
	g_assert_true(dm_test_logged("ended without your decision"));
	g_autoptr(DmReplyRow) r = dm_ledger_reply_get(f->base.ledger, reply, &err);
	g_assert_false(r->needs_review);
}

/* The listing by status finds held invoices, and a held invoice without a resume day
 * (never written by the policy, but possible by hand) waits for ever, like a pause. */
static void
test_hold_without_day(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_HELD,
	                                           "by hand", NULL, &err));
	GDate when;
	g_assert_null(next_step(f, &when));
	DmSchedulerStats st = run_on(f, 2027, 6, 1, FALSE);
	g_assert_cmpuint(st.queued + st.resumed, ==, 0);
	g_autoptr(GPtrArray) held = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_HELD, &err);
	g_assert_cmpuint(held->len, ==, 1);
}

/* A dry run decides and logs, marks the row dry_run and hands nothing to SMTP; it does
 * not decide the same step again at the next pass; and a later real run, seeing that
 * nothing went, sends the step. */
static void
test_dry_run(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = run_on(f, 2026, 11, 24, TRUE);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.rehearsed, ==, 1);
	g_assert_cmpuint(st.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_autoptr(GPtrArray) rows = outbox(f, "dry_run");
	g_assert_cmpuint(rows->len, ==, 1);
	g_assert_cmpuint(count_events(f, "dry_run"), ==, 1);
	g_assert_true(dm_test_logged("dry run: would send reminder for invoice 2026-0042"));

	DmSchedulerStats st2 = run_on(f, 2026, 11, 25, TRUE);
	g_assert_cmpuint(st2.queued + st2.delivery.rehearsed, ==, 0);
	g_autoptr(GPtrArray) all = outbox(f, NULL);
	g_assert_cmpuint(all->len, ==, 1);

	DmSchedulerStats st3 = run_on(f, 2026, 11, 26, FALSE);
	g_assert_cmpuint(st3.queued, ==, 1);
	g_assert_cmpuint(st3.delivery.sent, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 1);
	g_autoptr(GPtrArray) sent = outbox(f, "sent");
	g_assert_cmpuint(sent->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) sent->pdata[0])->step, ==, 1);
}

/* Queues step 1 of the invoice as @message_id at @at; its outbox row id. */
static gint64
queue_step_one(Fixture *f, const char *message_id, const char *at)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("Subject: x\r\n\r\nx\r\n", 17);
	gint64 row = 0;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, message_id, "klant@debtor.example",
	                            "Herinnering", body, at, &row, &err));
	g_assert_no_error(err);
	return row;
}

/* Found "sending" after a crash: the MTA may have it — unknown.  Where the milter was
 * never seen to confirm our own mail, its silence proves nothing: never sent again. */
static void
test_recover_sending(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 row = queue_step_one(f, "<dunmail.crash@acme.example>", "2026-11-23T11:00:00Z");
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, "x", &moved, &err));
	g_assert_true(moved);
	g_autoptr(GDateTime) now = day(f, 2026, 11, 24);
	g_assert_true(dm_scheduler_recover(f->base.ledger, now, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) unknown = outbox(f, "unknown");
	g_assert_cmpuint(unknown->len, ==, 1);
	g_assert_cmpstr(((DmOutboxItem *) unknown->pdata[0])->last_error, ==, "interrupted");
	g_assert_cmpuint(count_events(f, "send_interrupted"), ==, 1);
	g_assert_true(dm_test_logged("the milter's copy will show"));

	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued + st.delivery.sent, ==, 0);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 30, FALSE);
	g_assert_cmpuint(st2.queued + st2.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_autoptr(GPtrArray) still = outbox(f, "unknown");
	g_assert_cmpuint(still->len, ==, 1);
	g_autoptr(GPtrArray) all = outbox(f, NULL);
	g_assert_cmpuint(all->len, ==, 1);

	/* Recovery with nothing left in "sending" does nothing. */
	g_assert_true(dm_scheduler_recover(f->base.ledger, now, &err));
	g_assert_cmpuint(count_events(f, "send_interrupted"), ==, 1);
}

/* Step 1 cut off mid-send at @at (its row recovered to unknown); its row id. */
static gint64
interrupted_at(Fixture *f, const char *message_id, const char *at)
{
	g_autoptr(GError) err = NULL;
	gint64 row = queue_step_one(f, message_id, at);
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, at, &moved, &err));
	g_autoptr(GDateTime) now = day(f, 2026, 11, 24);
	g_assert_true(dm_scheduler_recover(f->base.ledger, now, &err));
	g_assert_no_error(err);
	return row;
}

/* Cut off, and the milter never saw it within unseen_after: it never reached the end of
 * DATA, so it is cancelled (with the reason) and the step goes again, once. */
static void
test_unseen_goes_again(Fixture *f, gconstpointer data)
{
	dm_test_milter_proven(f->base.ledger);
	gint64 row = interrupted_at(f, "<dunmail.cut@acme.example>", "2026-11-24T10:00:00Z");
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);      /* 12:00 local: 1 h later */
	g_assert_cmpuint(st.unseen, ==, 1);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 1);
	g_autoptr(DmOutboxItem) old = dm_outbox_get(f->base.ledger, row, NULL);
	g_assert_cmpstr(dm_outbox_state_name(old->state), ==, "cancelled");
	g_assert_cmpuint(count_events(f, "send_unseen"), ==, 1);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(st2.unseen + st2.queued + st2.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 1);
}

/* Cut off, but the milter's copy came in (the ingest confirms it): it counts as sent and
 * never goes again. */
static void
test_seen_counts_as_sent(Fixture *f, gconstpointer data)
{
	dm_test_milter_proven(f->base.ledger);
	gint64 row = interrupted_at(f, "<dunmail.seen@acme.example>", "2026-11-24T10:00:00Z");
	gboolean confirmed = FALSE;
	g_assert_true(dm_outbox_confirm(f->base.ledger, "<dunmail.seen@acme.example>", &confirmed, NULL));
	g_assert_true(confirmed);
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.unseen + st.queued + st.delivery.sent, ==, 0);
	g_autoptr(DmOutboxItem) it = dm_outbox_get(f->base.ledger, row, NULL);
	g_assert_cmpstr(dm_outbox_state_name(it->state), ==, "confirmed");
	g_assert_cmpuint(sink_count(f), ==, 0);
}

/* Within the safe interval the milter's copy may still be on its way: wait. */
static void
test_unseen_waits_for_interval(Fixture *f, gconstpointer data)
{
	dm_test_milter_proven(f->base.ledger);
	interrupted_at(f, "<dunmail.recent@acme.example>", "2026-11-24T10:58:00Z");
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);      /* 11:00 UTC: 2 min later */
	g_assert_cmpuint(st.unseen + st.queued + st.delivery.sent, ==, 0);
	g_autoptr(GPtrArray) unknown = outbox(f, "unknown");
	g_assert_cmpuint(unknown->len, ==, 1);
}

static DmSchedulerStats
run_at(Fixture *f, int y, int m, int d, int hour, int minute)
{
	g_autoptr(GDateTime) now = g_date_time_new(f->base.tz, y, m, d, hour, minute, 0);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, now, FALSE, &st, &err));
	g_assert_no_error(err);
	return st;
}

/* A clock whose every reading is ten minutes after the one before: a pass whose SMTP
 * transactions each take that long (a slow relay). */
typedef struct {
	GDateTime *start;
	int readings;
} SlowClock;

static GDateTime *
slow_clock_read(gpointer data)
{
	SlowClock *c = data;
	return g_date_time_add_minutes(c->start, 10 * c->readings++);
}

/* Three letters due (the fixture's debtor and two others), sent by one pass that starts
 * at 10:00 on 24 November over the slow clock; its counts. */
static DmSchedulerStats
slow_pass_of_three(Fixture *f)
{
	add_invoice(f, "2026-0043", "b@second.example", "2026-11-16", "2026-10-17T08:00:00Z");
	add_invoice(f, "2026-0044", "c@third.example", "2026-11-16", "2026-10-17T08:00:00Z");
	g_autoptr(GDateTime) start = g_date_time_new(f->base.tz, 2026, 11, 24, 10, 0, 0);
	SlowClock slow = { .start = start };
	g_autoptr(DmClock) clock = dm_clock_new_with(slow_clock_read, &slow);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, start, FALSE, &st, &err));
	g_assert_no_error(err);
	return st;
}

/* The outbox row of @f's reminder to @recipient. */
static DmOutboxItem *
row_to(Fixture *f, const char *recipient)
{
	g_autoptr(GPtrArray) rows = outbox(f, NULL);
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = rows->pdata[i];
		if (g_strcmp0(it->recipient, recipient) == 0)
			return g_ptr_array_steal_index(rows, i);
	}
	g_assert_not_reached();
}

/* In a long pass each reminder is stamped when its own SMTP transaction begins, not when
 * the pass began: the last of three, begun 20 minutes into the pass and cut off, is not
 * taken for unseen 25 minutes after the pass began (5 after it went to the server, the
 * milter's copy may still be on its way) — stamped with the pass's start it was, and went
 * twice; 16 minutes after its own start it is, and goes again once. */
static void
test_unseen_counts_from_own_transaction(Fixture *f, gconstpointer data)
{
	f->base.config->tick_seconds = 86400;       /* a pass may take the three 30 minutes */
	dm_test_milter_proven(f->base.ledger);
	DmSchedulerStats st = slow_pass_of_three(f);
	g_autoptr(GError) err = NULL;
	g_assert_cmpuint(st.delivery.sent, ==, 3);
	g_assert_cmpuint(sink_count(f), ==, 3);

	/* Stamped in the order they went, ten minutes apart, each with its own reading. */
	g_autoptr(GPtrArray) rows = outbox(f, "sent");
	g_assert_cmpuint(rows->len, ==, 3);
	static const char *const stamps[] = { "2026-11-24T09:00:00Z", "2026-11-24T09:10:00Z",
	                                      "2026-11-24T09:20:00Z" };
	for (guint i = 0; i < rows->len; i++) {
		const DmOutboxItem *it = rows->pdata[i];
		g_assert_cmpstr(it->sending_at, ==, stamps[i]);
		g_assert_cmpstr(it->sent_at, ==, stamps[i]);
	}
	const DmOutboxItem *last = rows->pdata[2];
	g_autofree char *recipient = g_strdup(last->recipient);
	/* Cut off after its data went out: the milter's copy decides. */
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, last->id, DM_OUTBOX_STATE_SENT,
	                             DM_OUTBOX_STATE_UNKNOWN, "interrupted", NULL, &moved, &err));
	g_assert_true(moved);

	DmSchedulerStats early = run_at(f, 2026, 11, 24, 10, 25);
	g_assert_cmpuint(early.unseen + early.queued + early.delivery.sent, ==, 0);
	g_autoptr(DmOutboxItem) waiting = row_to(f, recipient);
	g_assert_cmpstr(dm_outbox_state_name(waiting->state), ==, "unknown");
	g_assert_cmpuint(sink_count(f), ==, 3);

	DmSchedulerStats late = run_at(f, 2026, 11, 24, 10, 36);
	g_assert_cmpuint(late.unseen, ==, 1);
	g_assert_cmpuint(late.queued, ==, 1);
	g_assert_cmpuint(late.delivery.sent, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 4);
}

/* A clock whose wall and monotonic readings the test sets apart: NTP setting a virtual
 * machine's clock hours forward moves the first and not the second. */
typedef struct {
	GDateTime *wall;
	gint64 mono;                /* µs */
} JumpClock;

static GDateTime *
jump_clock_read(gpointer data)
{
	return g_date_time_ref(((JumpClock *) data)->wall);
}

static gint64
jump_clock_mono(gpointer data)
{
	return ((JumpClock *) data)->mono;
}

/* Sets @c to @hour:@minute on 24 November and @mono_seconds on its monotonic clock. */
static void
jump_to(Fixture *f, JumpClock *c, int hour, int minute, gint64 mono_seconds)
{
	g_clear_pointer(&c->wall, g_date_time_unref);
	c->wall = g_date_time_new(f->base.tz, 2026, 11, 24, hour, minute, 0);
	c->mono = mono_seconds * G_TIME_SPAN_SECOND;
}

/* One scheduler pass at @c's wall time, over @c on @timeline; its counts. */
static DmSchedulerStats
run_jumping(Fixture *f, JumpClock *c, const char *timeline)
{
	g_autoptr(DmClock) clock = dm_clock_new_with(jump_clock_read, c);
	dm_clock_set_monotonic(clock, jump_clock_mono, timeline);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, c->wall, FALSE, &st, &err));
	g_assert_no_error(err);
	return st;
}

/* Sends step 1 at 10:00 on 24 November over @c (monotonic 1,000 s on "boot-a") and cuts
 * it off after its data went out: its row, unknown. */
static DmOutboxItem *
cut_off_at_ten(Fixture *f, JumpClock *c)
{
	dm_test_milter_proven(f->base.ledger);
	jump_to(f, c, 10, 0, 1000);
	DmSchedulerStats st = run_jumping(f, c, "boot-a");
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	g_autoptr(GPtrArray) rows = outbox(f, "sent");
	g_assert_cmpuint(rows->len, ==, 1);
	DmOutboxItem *row = g_ptr_array_steal_index(rows, 0);
	g_assert_cmpstr(row->sending_timeline, ==, "boot-a");
	g_assert_cmpint(row->sending_mono, ==, 1000 * G_TIME_SPAN_SECOND);
	gboolean moved = FALSE;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_outbox_move(f->base.ledger, row->id, DM_OUTBOX_STATE_SENT,
	                             DM_OUTBOX_STATE_UNKNOWN, "interrupted", NULL, &moved, &err));
	g_assert_true(moved);
	return row;
}

/* The wall clock jumps three hours forward a minute after a reminder was cut off: by the
 * wall clock it is far older than unseen_after, but only a minute has passed and the
 * milter's copy may still be on its way, so it waits; once unseen_after has passed on the
 * monotonic clock it is taken for unseen and goes again, once. */
static void
test_unseen_not_aged_by_clock_jump(Fixture *f, gconstpointer data)
{
	JumpClock c = { 0 };
	g_autoptr(DmOutboxItem) row = cut_off_at_ten(f, &c);
	jump_to(f, &c, 13, 1, 1000 + 60);
	DmSchedulerStats early = run_jumping(f, &c, "boot-a");
	g_assert_cmpuint(early.unseen + early.queued + early.delivery.sent, ==, 0);
	g_autoptr(DmOutboxItem) waiting = dm_outbox_get(f->base.ledger, row->id, NULL);
	g_assert_cmpstr(dm_outbox_state_name(waiting->state), ==, "unknown");
	g_assert_cmpuint(sink_count(f), ==, 1);

	/* 899 s on the monotonic clock: still within the interval. */
	jump_to(f, &c, 13, 1, 1000 + 899);
	DmSchedulerStats still = run_jumping(f, &c, "boot-a");
	g_assert_cmpuint(still.unseen + still.queued + still.delivery.sent, ==, 0);

	jump_to(f, &c, 13, 1, 1000 + 900);
	DmSchedulerStats late = run_jumping(f, &c, "boot-a");
	g_assert_cmpuint(late.unseen, ==, 1);
	g_assert_cmpuint(late.delivery.sent, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 2);
	DmSchedulerStats after = run_jumping(f, &c, "boot-a");
	g_assert_cmpuint(after.unseen + after.queued + after.delivery.sent, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 2);
	g_date_time_unref(c.wall);
}

/* The monotonic clock counts for nothing across a restart of the machine (it starts again
 * at every boot): on another timeline a row is aged by the wall clock, as before (the
 * restart ended whatever the MTA and the milter had in flight). */
static void
test_unseen_other_boot_by_wall_clock(Fixture *f, gconstpointer data)
{
	JumpClock c = { 0 };
	g_autoptr(DmOutboxItem) row = cut_off_at_ten(f, &c);
	jump_to(f, &c, 10, 14, 5);                 /* a new boot: its clock starts again */
	DmSchedulerStats early = run_jumping(f, &c, "boot-b");
	g_assert_cmpuint(early.unseen + early.queued + early.delivery.sent, ==, 0);
	jump_to(f, &c, 10, 15, 65);
	DmSchedulerStats late = run_jumping(f, &c, "boot-b");
	g_assert_cmpuint(late.unseen, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 2);
	g_date_time_unref(c.wall);
}

/* A slow server: each letter takes ten minutes.  A pass hands reminders over for one
 * [daemon] tick (60 s) at most, the first always: the other two wait for the next pass,
 * which reads the spool first (a reply that came in meanwhile holds its letter), and go
 * then. */
static void
test_pass_hands_over_for_one_tick(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = slow_pass_of_three(f);
	g_assert_cmpuint(st.queued, ==, 3);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	g_assert_cmpuint(st.delivery.waiting, ==, 2);
	g_assert_true(dm_test_logged("2 reminders wait for the next pass, which reads the spool "
	                             "first"));
	g_assert_cmpuint(sink_count(f), ==, 1);
	DmSchedulerStats next = run_at(f, 2026, 11, 24, 10, 1);
	g_assert_cmpuint(next.queued, ==, 0);
	g_assert_cmpuint(next.delivery.sent, ==, 2);
	g_assert_cmpuint(sink_count(f), ==, 3);
}

/* Due on a Saturday (2026-11-28, due + 12), it waits for Monday 09:00 local; not at
 * 08:59, not on Sunday, not on 2026-12-25 (Christmas, a Friday) for a later step. */
static void
test_send_window(Fixture *f, gconstpointer data)
{
	DmSchedulerStats sat = run_at(f, 2026, 11, 28, 12, 0);
	g_assert_cmpuint(sat.queued, ==, 0);
	g_assert_cmpuint(sat.waiting, ==, 1);
	g_assert_cmpuint(run_at(f, 2026, 11, 29, 12, 0).queued, ==, 0);
	g_assert_cmpuint(run_at(f, 2026, 11, 30, 8, 59).queued, ==, 0);
	g_assert_cmpuint(run_at(f, 2026, 11, 30, 17, 0).queued, ==, 0);
	DmSchedulerStats mon = run_at(f, 2026, 11, 30, 9, 0);
	g_assert_cmpuint(mon.queued, ==, 1);
	g_assert_cmpuint(mon.delivery.sent, ==, 1);
	/* Step 2 due 2026-12-07 (due + 21); step 3 due + 35 = 2026-12-21.  Skip to a late
	 * step on Christmas: closed, and Boxing Day (Saturday) too; Monday the 28th opens. */
	g_assert_cmpuint(run_at(f, 2026, 12, 7, 10, 0).delivery.sent, ==, 1);
	g_assert_cmpuint(run_at(f, 2026, 12, 25, 10, 0).queued, ==, 0);
	g_assert_cmpuint(run_at(f, 2026, 12, 26, 10, 0).queued, ==, 0);
	g_assert_cmpuint(run_at(f, 2026, 12, 28, 10, 0).queued, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 3);
}

/* After a long gap (dunmaild down for weeks, all three steps overdue), one step goes,
 * the next only after the minimum gap: never every missed step at once. */
static void
test_long_gap_one_step(Fixture *f, gconstpointer data)
{
	DmSchedulerStats st = run_at(f, 2027, 2, 1, 10, 0);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	for (int d = 2; d <= 5; d++)
		g_assert_cmpuint(run_at(f, 2027, 2, d, 10, 0).queued, ==, 0);
	g_autoptr(GPtrArray) sent = outbox(f, "sent");
	g_assert_cmpuint(sent->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) sent->pdata[0])->step, ==, 1);
}

/* Limits per pass and per recipient domain: the rest waits for the next pass; one SMTP
 * connection carries a pass.  (smtp-sink names no queue id: test-kill.sh checks the one
 * Postfix gives, test-dunning-mailer the reading of the reply.) */
static void
test_limits_and_one_connection(Fixture *f, gconstpointer data)
{
	static const char *const debtors[] = { "a@one.example", "b@one.example", "c@one.example",
	                                       "d@two.example" };
	for (gsize i = 0; i < G_N_ELEMENTS(debtors); i++) {
		g_autoptr(DmInvoice) inv = dm_invoice_new();
		inv->number = g_strdup_printf("L-%zu", i);
		inv->debtor_email = g_strdup(debtors[i]);
		g_date_set_dmy(&inv->issue_date, 17, 10, 2026);
		g_date_set_dmy(&inv->due_date, 16, 11, 2026);
		inv->language = g_strdup("nl");
		inv->message_id = g_strdup_printf("<inv-l%zu@acme.example>", i);
		gboolean existed;
		g_assert_true(dm_ledger_invoice_add(f->base.ledger, inv, "2026-10-17T08:00:00Z", &existed, NULL));
	}
	f->base.config->max_per_pass = 3;
	f->base.config->max_per_domain = 2;
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 5);
	g_assert_cmpuint(st.delivery.sent, ==, 3);
	g_assert_cmpuint(st.delivery.waiting, ==, 2);
	g_assert_cmpuint(st.delivery.connections, ==, 1);
	g_autoptr(GPtrArray) sent = outbox(f, "sent");
	guint one = 0;
	for (guint i = 0; i < sent->len; i++) {
		DmOutboxItem *it = sent->pdata[i];
		one += g_str_has_suffix(it->recipient, "@one.example");
	}
	g_assert_cmpuint(one, ==, 2);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st2.delivery.sent, ==, 2);
	g_assert_cmpuint(sink_count(f), ==, 5);
}

/* The server is down: the row goes back to pending and goes out once it is up. */
static void
test_smtp_down(Fixture *f, gconstpointer data)
{
	int port = dm_test_free_port();
	set_smtp_port(f, port);
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 1);
	g_assert_cmpuint(st.delivery.deferred, ==, 1);
	g_assert_cmpuint(st.delivery.sent + st.delivery.failed, ==, 0);
	{
		g_autoptr(GPtrArray) pending = outbox(f, "pending");
		g_assert_cmpuint(pending->len, ==, 1);
		DmOutboxItem *it = pending->pdata[0];
		g_assert_cmpint(it->attempts, ==, 1);
		g_assert_nonnull(it->last_error);
		g_assert_null(it->sent_at);
	}
	g_assert_true(dm_test_logged("will retry"));

	f->sink = dm_test_sink_start(port, NULL);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st2.queued, ==, 0);
	g_assert_cmpuint(st2.delivery.sent, ==, 1);
	g_autoptr(GPtrArray) sent = outbox(f, "sent");
	g_assert_cmpuint(sent->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) sent->pdata[0])->attempts, ==, 2);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(f->sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
}

/* A pending reminder for an invoice paused meanwhile is cancelled, not sent; a dry run
 * cancels it too, inside its batch transaction, and never marks it dry_run. */
static void
cancel_pending(Fixture *f, gboolean dry)
{
	int port = dm_test_free_port();
	set_smtp_port(f, port);
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.delivery.deferred, ==, 1);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAUSED,
	                                           "dispute", NULL, NULL));
	f->sink = dm_test_sink_start(port, NULL);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 25, dry);
	g_assert_cmpuint(st2.delivery.cancelled, ==, 1);
	g_assert_cmpuint(st2.delivery.sent, ==, 0);
	g_assert_cmpuint(st2.delivery.rehearsed, ==, 0);
	g_autoptr(GPtrArray) cancelled = outbox(f, "cancelled");
	g_assert_cmpuint(cancelled->len, ==, 1);
	g_autoptr(GPtrArray) rehearsed = outbox(f, "dry_run");
	g_assert_cmpuint(rehearsed->len, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_assert_cmpuint(count_events(f, "reminder_cancelled"), ==, 1);
}

static void
test_cancel_pending(Fixture *f, gconstpointer data)
{
	cancel_pending(f, FALSE);
}

static void
test_cancel_pending_dry(Fixture *f, gconstpointer data)
{
	cancel_pending(f, TRUE);
}

/* The cancelled reminder never went out, so when the pause ends the debtor gets that
 * step (the first reminder), not the second. */
static void
test_cancelled_step_goes_after_pause(Fixture *f, gconstpointer data)
{
	int port = dm_test_free_port();
	set_smtp_port(f, port);
	run_on(f, 2026, 11, 24, FALSE);                 /* queued, server down: deferred */
	GDate until;
	g_date_clear(&until, 1);
	g_date_set_dmy(&until, 1, 12, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAUSED,
	                                           "promise_to_pay",
	                                           &until, NULL));
	f->sink = dm_test_sink_start(port, NULL);
	DmSchedulerStats st = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(st.delivery.cancelled, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 0);

	DmSchedulerStats st2 = run_on(f, 2026, 12, 1, FALSE);  /* the promise lapsed */
	g_assert_cmpuint(st2.resumed, ==, 1);
	g_assert_cmpuint(st2.queued, ==, 1);
	g_assert_cmpuint(st2.delivery.sent, ==, 1);
	g_autoptr(GPtrArray) sent = outbox(f, "sent");
	g_assert_cmpuint(sent->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) sent->pdata[0])->step, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 1);
}

/* With the mail server down for weeks, the ladder does not stack up reminders behind
 * the first: when it is back, the debtor gets one reminder, written that day. */
static void
test_server_down_for_weeks(Fixture *f, gconstpointer data)
{
	int port = dm_test_free_port();
	set_smtp_port(f, port);
	run_on(f, 2026, 11, 23, FALSE);
	run_on(f, 2026, 12, 7, FALSE);          /* step 2's day */
	run_on(f, 2026, 12, 21, FALSE);         /* step 3's day */
	{
		g_autoptr(GPtrArray) pending = outbox(f, "pending");
		g_assert_cmpuint(pending->len, ==, 1);
		g_assert_cmpint(((DmOutboxItem *) pending->pdata[0])->step, ==, 1);
		g_assert_true(g_str_has_prefix(((DmOutboxItem *) pending->pdata[0])->created_at,
		                               "2026-12-21"));
	}
	g_assert_cmpuint(count_events(f, "reminder_stale"), ==, 2);
	f->sink = dm_test_sink_start(port, NULL);
	DmSchedulerStats st = run_on(f, 2026, 12, 22, FALSE);
	g_assert_cmpuint(st.delivery.sent, ==, 1);
	g_assert_cmpuint(sink_count(f), ==, 1);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(f->sink, 1);
	g_assert_nonnull(strstr(g_ptr_array_index(got, 0), "Herinnering: factuur 2026-0042"));
}

/* One letter for two invoices of a debtor waits in the outbox (the mail server was down);
 * meanwhile a reply pauses the one it is not threaded to ("0043 is paid").  The letter
 * does not go asking for it: it is cancelled, and the next pass's letter is for 0042
 * alone. */
static void
test_combined_letter_held_by_reply(Fixture *f, gconstpointer data)
{
	gint64 other = add_invoice(f, "2026-0043", "klant@debtor.example", "2026-11-16",
	                           "2026-10-10T08:00:00Z");
	int port = dm_test_free_port();
	set_smtp_port(f, port);
	DmSchedulerStats down = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(down.queued, ==, 1);
	g_assert_cmpuint(down.delivery.deferred, ==, 1);
	GDate until;
	g_date_set_dmy(&until, 10, 12, 2026);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, other, DM_INVOICE_STATUS_PAUSED,
	                                           "paid, says the debtor", &until, &err));
	g_assert_no_error(err);

	f->sink = dm_test_sink_start(port, NULL);
	DmSchedulerStats up = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(up.delivery.cancelled, ==, 1);
	g_assert_cmpuint(up.delivery.sent, ==, 0);
	DmSchedulerStats next = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(next.queued, ==, 1);
	g_assert_cmpuint(next.delivery.sent, ==, 1);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(f->sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	g_assert_nonnull(strstr(got->pdata[0], "2026-0042"));
	g_assert_null(strstr(got->pdata[0], "2026-0043"));
}

/* A refusal (5xx) is final: failed, and not tried again. */
static void
test_refused(Fixture *f, gconstpointer data)
{
	static const char *const opts[] = { "-f", "RCPT", NULL };
	f->sink = dm_test_sink_start(0, opts);
	set_smtp_port(f, f->sink->port);
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.delivery.failed, ==, 1);
	g_autoptr(GPtrArray) failed = outbox(f, "failed");
	g_assert_cmpuint(failed->len, ==, 1);
	g_assert_nonnull(((DmOutboxItem *) failed->pdata[0])->last_error);
	DmSchedulerStats st2 = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(st2.queued + st2.delivery.sent + st2.delivery.failed, ==, 0);
	g_assert_cmpuint(count_events(f, "send_failed"), ==, 1);
}

/* Ways the ledger cannot say whether a reminder's invoice is still open. */
static const struct {
	const char *name;
	const char *sql;            /* run on the SQLite file beside the ledger */
	DmLedgerError code;
	const char *error_part;
} unreadable[] = {
	/* A connection without foreign_keys, as a hand-repair would use. */
	{ "invoice-missing", "DELETE FROM invoices", DM_LEDGER_ERROR_CORRUPT, "is missing" },
	{ "status-unknown", "UPDATE invoices SET status = 'archived'", DM_LEDGER_ERROR_CORRUPT,
	  "'archived'" },
	{ "table-gone", "DROP TABLE invoices", DM_LEDGER_ERROR_SQL, "no such table" },
};

/* A reminder whose invoice cannot be read is neither sent nor cancelled: it stays pending
 * and the error is reported (the pass stops), so that it goes once the ledger is whole. */
static void
test_unreadable_invoice_keeps_reminder(Fixture *f, gconstpointer data)
{
	for (gsize i = 0; i < G_N_ELEMENTS(unreadable); i++) {
		g_test_message("case %s", unreadable[i].name);
		if (i > 0) {
			teardown(f, data);
			setup(f, data);
		}
		g_autoptr(GError) err = NULL;
		gint64 row = queue_step_one(f, "<dunmail.r1@acme.example>", "2026-11-24T11:00:00Z");
		sqlite3 *db = NULL;
		g_assert_cmpint(sqlite3_open(f->base.config->database, &db), ==, SQLITE_OK);
		g_assert_cmpint(sqlite3_exec(db, unreadable[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
		sqlite3_close(db);

		g_autoptr(GDateTime) now = day(f, 2026, 11, 24);
		DmDeliverStats st = { 0 };
		g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
		DmDeliverOptions opts = { .reminders = TRUE, .clock = clock };
		g_assert_false(dm_deliver_pending(f->base.config, f->base.ledger, &opts, &st, &err));
		g_assert_error(err, DM_LEDGER_ERROR, (int) unreadable[i].code);
		g_assert_nonnull(strstr(err->message, unreadable[i].error_part));
		g_assert_nonnull(strstr(err->message, "left pending"));
		g_assert_cmpuint(st.cancelled + st.sent, ==, 0);
		g_autoptr(GPtrArray) pending = outbox(f, "pending");
		g_assert_cmpuint(pending->len, ==, 1);
		g_assert_cmpint(((DmOutboxItem *) pending->pdata[0])->id, ==, row);
		g_assert_cmpuint(sink_count(f), ==, 0);
	}
}

/* A row another process claimed between our listing and our claim (dunmaild beside
 * `dunmail digest --send`) is theirs to send: skipped, not an error, not sent twice. */
static void
test_claimed_elsewhere(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	queue_step_one(f, "<dunmail.r1@acme.example>", "2026-11-24T11:00:00Z");
	g_autoptr(GPtrArray) listed = outbox(f, "pending");
	g_assert_cmpuint(listed->len, ==, 1);
	const DmOutboxItem *it = listed->pdata[0];
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, it->id, DM_OUTBOX_STATE_PENDING,
	                             DM_OUTBOX_STATE_SENDING, NULL, "2026-11-24T11:00:01Z", &moved, &err));
	g_assert_true(moved);
	g_autoptr(GDateTime) now = day(f, 2026, 11, 24);
	DmDeliverStats st = { 0 };
	g_assert_true(dm_deliver_one(f->base.config, f->base.ledger, it, now, &st, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(st.elsewhere, ==, 1);
	g_assert_cmpuint(st.sent + st.failed + st.deferred + st.cancelled, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
}

/* An address a hard bounce (of another invoice's reminder) marked failing gets no
 * reminder: one event says why, however many passes run; cleared, the step goes. */
static void
test_failing_address(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_address_set_failing(f->base.ledger, "klant@debtor.example",
	                                            "2026-11-20T09:00:00Z", 0, "550 5.1.1", &err));
	g_assert_no_error(err);
	DmSchedulerStats st = run_on(f, 2026, 11, 24, FALSE);
	g_assert_cmpuint(st.queued, ==, 0);
	DmSchedulerStats again = run_on(f, 2026, 11, 25, FALSE);
	g_assert_cmpuint(again.queued, ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_assert_cmpuint(count_events(f, "reminder_blocked"), ==, 1);
	g_assert_true(dm_test_logged("klant@debtor.example is failing since"));

	gboolean was = FALSE;
	g_assert_true(dm_ledger_address_clear_failing(f->base.ledger, "klant@debtor.example", &was,
	                                              &err));
	g_assert_true(was);
	DmSchedulerStats after = run_on(f, 2026, 11, 26, FALSE);
	g_assert_cmpuint(after.queued, ==, 1);
	g_assert_cmpuint(after.delivery.sent, ==, 1);
	/* Clearing twice: nothing was marked the second time. */
	g_assert_true(dm_ledger_address_clear_failing(f->base.ledger, "klant@debtor.example", &was,
	                                              &err));
	g_assert_false(was);
}


/* Agrees a plan of two instalments, on 1 and 15 December, for the invoice (1250.00 open),
 * on 17 November; the reminders come 3 days before and after, missed 10 days after. */
static void
agree_plan(Fixture *f)
{
	g_autoptr(GArray) dates = g_array_new(FALSE, FALSE, sizeof(GDate));
	GDate d;
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, 1, 12, 2026);
	g_array_append_val(dates, d);
	g_date_set_dmy(&d, 15, 12, 2026);
	g_array_append_val(dates, d);
	DmPlanRequest r = { .dates = dates };
	g_autoptr(GDateTime) now = day(f, 2026, 11, 17);
	g_autofree char *summary = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_owner_plan_create(f->base.ledger, "2026-0042", &r, "the owner", now, &summary,
	                                   &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(summary, "2 instalments: 2026-12-01 €625.00, 2026-12-15 €625.00"));
}

/* While a plan runs its reminders replace the ladder, each once: none on the ladder's day,
 * the one before the first instalment, the one after it when unpaid. */
static void
test_plan_reminders(Fixture *f, gconstpointer data)
{
	agree_plan(f);
	g_assert_cmpuint(count_events(f, "plan_created"), ==, 1);
	run_on(f, 2026, 11, 23, FALSE);     /* the ladder's reminder day: not while the plan runs */
	g_assert_cmpuint(sink_count(f), ==, 0);
	run_on(f, 2026, 11, 30, FALSE);     /* 28 November (a Saturday) was 3 days before */
	g_assert_cmpuint(sink_count(f), ==, 1);
	run_on(f, 2026, 11, 30, FALSE);
	run_on(f, 2026, 12, 1, FALSE);
	g_assert_cmpuint(sink_count(f), ==, 1);
	run_on(f, 2026, 12, 4, FALSE);      /* unpaid 3 days after its day */
	g_assert_cmpuint(sink_count(f), ==, 2);
	run_on(f, 2026, 12, 4, FALSE);
	g_assert_cmpuint(sink_count(f), ==, 2);
	g_autoptr(GPtrArray) rows = outbox(f, NULL);
	g_assert_cmpuint(rows->len, ==, 2);
	DmOutboxItem *after = g_ptr_array_index(rows, 1);
	g_assert_cmpint(after->step, <, 0);
	g_assert_nonnull(strstr(after->subject, "Termijn 1 van 2 voor factuur 2026-0042 is nog niet "
	                        "betaald"));
	/* The ladder was never touched: its first step is still to come. */
	DmOutboxSummary summary;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_summary(f->base.ledger, f->invoice, &summary, &err));
	g_assert_cmpint(summary.last_step, ==, 0);
}

/* A payment pays the instalments in order: the first paid, no reminder after its day and
 * none missed; the second's reminder before its day goes. */
static void
test_plan_paid(Fixture *f, gconstpointer data)
{
	agree_plan(f);
	g_autoptr(GDateTime) now = day(f, 2026, 12, 2);
	g_autofree char *summary = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_owner_paid(f->base.ledger, "2026-0042", 70000, NULL, now, &summary, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(count_events(f, "instalment_paid"), ==, 1);
	run_on(f, 2026, 12, 4, FALSE);
	run_on(f, 2026, 12, 11, FALSE);
	g_assert_cmpuint(sink_count(f), ==, 0);
	g_assert_cmpuint(count_events(f, "instalment_missed"), ==, 0);
	run_on(f, 2026, 12, 14, FALSE);     /* 12 December (a Saturday) was 3 days before */
	g_assert_cmpuint(sink_count(f), ==, 1);
	g_autofree char *summary2 = NULL;
	g_assert_true(dm_owner_paid(f->base.ledger, "2026-0042", 0, NULL, now, &summary2, &err));
	g_assert_cmpuint(count_events(f, "instalment_paid"), ==, 2);
	g_autoptr(DmPlan) plan = dm_ledger_plan_latest(f->base.ledger, f->invoice, &err);
	g_assert_cmpint(plan->state, ==, DM_PLAN_STATE_DONE);
}

/* Unpaid 10 days after its day the instalment is missed: an event, the digest lists it
 * with the command to act, and the ladder resumes ([plan] on_missed = resume) on what is
 * open — or, with on_missed = hold, the invoice waits for the owner. */
static void
test_plan_missed(Fixture *f, gconstpointer data)
{
	gboolean hold = g_str_has_suffix(g_test_get_path(), "-hold");
	f->base.config->ladders->plan.on_missed = hold ? DM_PLAN_MISSED_HOLD : DM_PLAN_MISSED_RESUME;
	agree_plan(f);
	run_on(f, 2026, 11, 30, FALSE);
	run_on(f, 2026, 12, 4, FALSE);
	run_on(f, 2026, 12, 10, FALSE);
	g_assert_cmpuint(count_events(f, "instalment_missed"), ==, 0);
	g_assert_cmpuint(sink_count(f), ==, 2);
	run_on(f, 2026, 12, 11, FALSE);
	run_on(f, 2026, 12, 11, FALSE);
	g_assert_cmpuint(count_events(f, "instalment_missed"), ==, 1);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, &err);
	g_assert_cmpint(inv->plan_id, ==, 0);
	g_assert_cmpint(inv->status, ==, hold ? DM_INVOICE_STATUS_HELD : DM_INVOICE_STATUS_OPEN);
	/* Resumed: the ladder's step where it was (the first) goes now; held: nothing. */
	g_assert_cmpuint(sink_count(f), ==, hold ? 2 : 3);
	g_autoptr(GDateTime) now = day(f, 2026, 12, 11);
	DmDigest digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, now, &digest, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(digest.body, "gemiste termijnen"));
	g_assert_nonnull(strstr(digest.body, "TERMIJN GEMIST: Jan de Vries <klant@debtor.example>, "
	                        "factuur 2026-0042: termijn 1/2"));
	g_assert_nonnull(strstr(digest.body, "dunmail plan 2026-0042 --show"));
	g_assert_true((strstr(digest.body, "dunmail resume 2026-0042") != NULL) == hold);
	dm_digest_clear(&digest);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	dm_parser_init();
	static const int no_sink = 1;
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
#define ADD_NO_SINK(path, fn) g_test_add(path, Fixture, &no_sink, setup, fn, teardown)
	ADD("/scheduler/plan-reminders", test_plan_reminders);
	ADD("/scheduler/plan-paid", test_plan_paid);
	ADD("/scheduler/plan-missed-resume", test_plan_missed);
	ADD("/scheduler/plan-missed-hold", test_plan_missed);
	ADD("/scheduler/one-letter-per-debtor", test_one_letter_per_debtor);
	ADD("/scheduler/combined-lowest", test_combined_lowest);
	ADD("/scheduler/country-costs", test_country_costs);
	ADD("/scheduler/not-yet", test_not_yet);
	ADD("/scheduler/reminder-sent-once", test_reminder_sent_once);
	ADD("/scheduler/catch-up", test_catch_up);
	ADD("/scheduler/paused", test_paused);
	ADD_NO_SINK("/scheduler/cancel-pending-dry", test_cancel_pending_dry);
	ADD("/scheduler/pause-expires", test_pause_expires);
	ADD("/scheduler/hold-then-resume", test_hold_then_resume);
	ADD("/scheduler/hold-without-day", test_hold_without_day);
	ADD("/scheduler/dry-run", test_dry_run);
	ADD("/scheduler/failing-address", test_failing_address);
	ADD("/scheduler/recover-sending", test_recover_sending);
	ADD("/scheduler/unseen-goes-again", test_unseen_goes_again);
	ADD("/scheduler/seen-counts-as-sent", test_seen_counts_as_sent);
	ADD("/scheduler/unseen-waits-for-interval", test_unseen_waits_for_interval);
	ADD("/scheduler/unseen-counts-from-own-transaction", test_unseen_counts_from_own_transaction);
	ADD("/scheduler/unseen-not-aged-by-clock-jump", test_unseen_not_aged_by_clock_jump);
	ADD("/scheduler/unseen-other-boot-by-wall-clock", test_unseen_other_boot_by_wall_clock);
	ADD("/scheduler/pass-hands-over-for-one-tick", test_pass_hands_over_for_one_tick);
	ADD("/scheduler/send-window", test_send_window);
	ADD("/scheduler/long-gap-one-step", test_long_gap_one_step);
	ADD("/scheduler/limits-and-one-connection", test_limits_and_one_connection);
	ADD("/scheduler/unreadable-invoice-keeps-reminder", test_unreadable_invoice_keeps_reminder);
	ADD("/scheduler/claimed-elsewhere", test_claimed_elsewhere);
	ADD_NO_SINK("/scheduler/smtp-down", test_smtp_down);
	ADD_NO_SINK("/scheduler/cancel-pending", test_cancel_pending);
	ADD_NO_SINK("/scheduler/refused", test_refused);
	ADD_NO_SINK("/scheduler/server-down-for-weeks", test_server_down_for_weeks);
	ADD_NO_SINK("/scheduler/combined-letter-held-by-reply", test_combined_letter_held_by_reply);
	ADD_NO_SINK("/scheduler/cancelled-step-goes-after-pause", test_cancelled_step_goes_after_pause);
	return g_test_run();
}
