/* test-dunning-owner-invoice: the owner's decisions about an invoice and a debtor (pause,
 * resolve, writeoff, paid, debtor settings), each with good and bad input, each leaving
 * its event — and the scheduler honouring each state: a paused, written-off, paid,
 * excluded or debtor-paused invoice gets no reminder; a part payment's remaining amount
 * is what the reminder names; resume and resolve put it back; the debtor's contact and
 * language are used; the hand-over step ends the automatic ladder.
 *
 * The SMTP server is a closed port: a queued reminder stays pending with its message, which
 * is what these tests read. */
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/owner/dm-owner.h"
#include "dunning/owner/dm-owner-debtor.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define DEBTOR "klant@debtor.example"

typedef struct {
	DmTestFixture base;
	gint64 invoice;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_setup(&f->base, "owner-inv", 2026, 11, 24, 12);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", dm_test_free_port());
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup("2026-0042");
	inv->debtor_email = g_strdup(DEBTOR);
	inv->has_amount = TRUE;
	inv->amount_cents = 125000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->issue_date, 17, 10, 2026);
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->language = g_strdup("nl");
	inv->message_id = g_strdup("<inv-2026-0042@acme.example>");
	/* Read as a business: these tests follow the business ladder. */
	inv->debtor_kind = DM_DEBTOR_KIND_BUSINESS;
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(f->base.ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
	g_assert_no_error(err);
	f->invoice = inv->id;
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_teardown(&f->base);
}

static GDateTime *
at(Fixture *f, int y, int m, int d)
{
	return g_date_time_new(f->base.tz, y, m, d, 12, 0, 0);
}

/* Runs the scheduler on that day; the number of reminders it queued. */
static guint
run_on(Fixture *f, int y, int m, int d)
{
	g_autoptr(GDateTime) now = at(f, y, m, d);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, now, FALSE, &st, &err));
	g_assert_no_error(err);
	return st.queued;
}

static DmInvoice *
invoice(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	DmInvoice *inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, &err);
	g_assert_no_error(err);
	return inv;
}

static guint
events(Fixture *f, DmEventKind kind, gint64 invoice_id)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, invoice_id, NULL, kind, &err);
	g_assert_no_error(err);
	return ev->len;
}

/* The text of the last queued reminder, and its recipient in *@to. */
static char *
last_reminder(Fixture *f, char **to)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, f->invoice, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(rows->len, >, 0);
	DmOutboxItem *it = rows->pdata[rows->len - 1];
	if (to)
		*to = g_strdup(it->recipient);
	g_autoptr(GBytes) body = dm_outbox_body(f->base.ledger, it->id, &err);
	gsize n;
	const char *data = g_bytes_get_data(body, &n);
	g_autoptr(GMimeMessage) msg = dm_message_parse(data, n, NULL);
	return dm_message_text(msg);
}

static void
test_pause(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	GDate until;
	g_date_set_dmy(&until, 10, 12, 2026);
	g_assert_true(dm_owner_pause(f->base.ledger, "2026-0042", "calling them", &until, now, &summary,
	                             &err));
	g_assert_no_error(err);
	g_assert_cmpstr(summary, ==, "invoice 2026-0042: paused by the owner (calling them) until "
	                "2026-12-10");
	g_assert_cmpuint(events(f, DM_EVENT_PAUSED, f->invoice), ==, 1);
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpstr(inv->pause_reason, ==, "calling them");
	/* No reminder while paused, the first one when the pause runs out. */
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
	g_assert_cmpuint(run_on(f, 2026, 12, 9), ==, 0);
	g_assert_cmpuint(run_on(f, 2026, 12, 10), ==, 1);

	/* Unknown invoice; a written-off one cannot be paused. */
	g_autofree char *s2 = NULL;
	g_assert_false(dm_owner_pause(f->base.ledger, "2026-9999", "x", NULL, now, &s2, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE);
	g_clear_error(&err);
	g_assert_true(dm_owner_writeoff(f->base.ledger, "2026-0042", NULL, now, &s2, &err));
	g_clear_pointer(&s2, g_free);
	g_assert_false(dm_owner_pause(f->base.ledger, "2026-0042", "x", NULL, now, &s2, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
}

static void
test_pause_until_resumed(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL, *s2 = NULL;
	g_assert_true(dm_owner_pause(f->base.ledger, "2026-0042", "talks", NULL, now, &s, &err));
	g_assert_nonnull(strstr(s, "until you resume it"));
	g_assert_cmpuint(run_on(f, 2027, 1, 20), ==, 0);
	g_assert_true(dm_owner_resume(f->base.ledger, "2026-0042", now, &s2, &err));
	g_assert_cmpuint(run_on(f, 2027, 1, 20), ==, 1);
}

static void
test_resolve(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL;
	/* Not disputed: nothing to resolve. */
	g_assert_false(dm_owner_resolve(f->base.ledger, "2026-0042", now, &s, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
	g_assert_nonnull(strstr(err->message, "no dispute to resolve"));
	g_clear_error(&err);
	/* A dispute (as a reply's policy pauses it) holds it; resolve puts it back. */
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAUSED,
	                                           "dispute", NULL, &err));
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
	g_assert_true(dm_owner_resolve(f->base.ledger, "2026-0042", now, &s, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(s, ==, "invoice 2026-0042: dispute resolved by the owner: back on the ladder");
	g_assert_cmpuint(events(f, DM_EVENT_DISPUTE_RESOLVED, f->invoice), ==, 1);
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 1);
}

static void
test_writeoff(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL, *s2 = NULL;
	g_assert_true(dm_owner_writeoff(f->base.ledger, "2026-0042", "bankrupt", now, &s, &err));
	g_assert_cmpstr(s, ==, "invoice 2026-0042: written off by the owner (bankrupt): never "
	                "reminded again");
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_WRITTEN_OFF);
	g_assert_cmpuint(events(f, DM_EVENT_WRITTEN_OFF, f->invoice), ==, 1);
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
	g_assert_cmpuint(run_on(f, 2027, 3, 1), ==, 0);
	g_assert_false(dm_owner_writeoff(f->base.ledger, "2026-0042", NULL, now, &s2, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
}

static void
test_paid_in_part_then_full(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL, *s2 = NULL, *s3 = NULL;
	GDate on;
	g_date_set_dmy(&on, 18, 11, 2026);
	g_assert_true(dm_owner_paid(f->base.ledger, "2026-0042", 50000, &on, now, &s, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(s, ==, "invoice 2026-0042: part payment of €500.00 on 2026-11-18 recorded "
	                "by the owner; €750.00 still open");
	g_assert_cmpuint(events(f, DM_EVENT_PAYMENT, f->invoice), ==, 1);
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpint(inv->paid_cents, ==, 50000);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_OPEN);
	/* The reminder names what is still open. */
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 1);
	g_autofree char *text = last_reminder(f, NULL);
	g_assert_nonnull(strstr(text, "open \xe2\x82\xac 750,00"));
	/* More than is open is refused, and nothing is written. */
	g_assert_false(dm_owner_paid(f->base.ledger, "2026-0042", 80000, NULL, now, &s2, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_AMOUNT);
	g_assert_nonnull(strstr(err->message, "€800.00 is more than the €750.00 still open"));
	g_clear_error(&err);
	/* The rest: paid in full, the ladder ends. */
	g_assert_true(dm_owner_paid(f->base.ledger, "2026-0042", 0, NULL, now, &s3, &err));
	g_assert_nonnull(strstr(s3, "paid in full on 2026-11-20 (€750.00)"));
	g_autoptr(DmInvoice) paid = invoice(f);
	g_assert_cmpint(paid->status, ==, DM_INVOICE_STATUS_PAID);
	g_assert_cmpint(paid->paid_cents, ==, 125000);
	g_assert_cmpuint(events(f, DM_EVENT_PAID, f->invoice), ==, 1);
	g_assert_cmpuint(run_on(f, 2026, 12, 30), ==, 0);
	g_autofree char *s4 = NULL;
	g_assert_false(dm_owner_paid(f->base.ledger, "2026-0042", 0, NULL, now, &s4, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
}

static void
test_paid_exactly_open(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL;
	g_assert_true(dm_owner_paid(f->base.ledger, "2026-0042", 125000, NULL, now, &s, &err));
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_PAID);
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
}

static gboolean
set_debtor(Fixture *f, const DmDebtorChange *c, char **summary, GError **error)
{
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	DmDebtorSettings s = { 0 };
	gboolean ok = dm_owner_debtor(f->base.ledger, f->base.config->ladders, DEBTOR, c, now, &s, summary,
	                              error);
	dm_debtor_settings_clear(&s);
	return ok;
}

static void
test_debtor_contact_language(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL;
	DmDebtorChange c = { .language = "en", .contact = "ap@debtor.example",
	                     .kind = DM_DEBTOR_KIND_BUSINESS, .set_credit_limit = TRUE,
	                     .credit_limit_cents = 500000 };
	g_assert_true(set_debtor(f, &c, &s, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(s, ==, "debtor " DEBTOR " set by the owner: language en, business, contact "
	                "ap@debtor.example, credit limit 5000.00");
	g_assert_cmpuint(events(f, DM_EVENT_DEBTOR_SETTINGS, 0), ==, 1);
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 1);
	g_autofree char *to = NULL;
	g_autofree char *text = last_reminder(f, &to);
	g_assert_cmpstr(to, ==, "ap@debtor.example");
	g_assert_nonnull(strstr(text, "Dear"));         /* the English template */
	/* Reading them back: the others stay when one changes. */
	DmDebtorChange only = { .exclude = 1 };
	g_autofree char *s2 = NULL;
	g_assert_true(set_debtor(f, &only, &s2, &err));
	gint64 id;
	DmDebtorSettings got = { 0 };
	g_assert_true(dm_ledger_debtor_get(f->base.ledger, DEBTOR, &id, &got, &err));
	g_assert_cmpstr(got.language, ==, "en");
	g_assert_cmpstr(got.contact, ==, "ap@debtor.example");
	g_assert_true(got.excluded);
	g_assert_cmpint(got.credit_limit_cents, ==, 500000);
	dm_debtor_settings_clear(&got);
}

static void
test_debtor_excluded(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL, *s2 = NULL;
	DmDebtorChange ex = { .exclude = 1 };
	g_assert_true(set_debtor(f, &ex, &s, &err));
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
	g_assert_cmpuint(run_on(f, 2027, 2, 24), ==, 0);
	DmDebtorChange in = { .exclude = -1 };
	g_assert_true(set_debtor(f, &in, &s2, &err));
	g_assert_cmpuint(run_on(f, 2027, 2, 24), ==, 1);
}

static void
test_debtor_paused(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL;
	GDate until;
	g_date_set_dmy(&until, 1, 12, 2026);
	DmDebtorChange p = { .pause_until = &until, .pause_reason = "holiday" };
	g_assert_true(set_debtor(f, &p, &s, &err));
	g_assert_cmpuint(run_on(f, 2026, 11, 24), ==, 0);
	g_assert_cmpuint(run_on(f, 2026, 11, 30), ==, 0);
	g_assert_cmpuint(run_on(f, 2026, 12, 1), ==, 1);
}

static void
test_debtor_bad_ladder(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autofree char *s = NULL;
	DmDebtorChange c = { .ladder = "nope" };
	g_assert_false(set_debtor(f, &c, &s, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_VALUE);
	g_clear_error(&err);
	DmDebtorChange c2 = { .ladder = "business", .kind = DM_DEBTOR_KIND_CONSUMER };
	g_assert_false(set_debtor(f, &c2, &s, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_VALUE);
	g_assert_nonnull(strstr(err->message, "not for consumers"));
	g_clear_error(&err);
	/* Nothing was written. */
	g_assert_cmpuint(events(f, DM_EVENT_DEBTOR_SETTINGS, 0), ==, 0);
	/* Reading an unknown debtor. */
	DmDebtorChange none = { 0 };
	g_autoptr(GDateTime) now = at(f, 2026, 11, 20);
	DmDebtorSettings got = { 0 };
	g_assert_false(dm_owner_debtor(f->base.ledger, f->base.config->ladders, "nobody@x.example", &none,
	                               now, &got, &s, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE);
	dm_debtor_settings_clear(&got);
}

/* The business ladder to its end: three reminders, then the hand-over — no mail, the
 * invoice handed over, an event — and nothing after. */
static void
test_hand_over(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	static const int days[][3] = { { 2026, 11, 23 }, { 2026, 12, 7 }, { 2026, 12, 21 } };
	for (gsize i = 0; i < G_N_ELEMENTS(days); i++) {
		g_assert_cmpuint(run_on(f, days[i][0], days[i][1], days[i][2]), ==, 1);
		/* The server is down: pretend it went, so the next step may come. */
		g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, f->invoice,
		                                           DM_OUTBOX_STATE_PENDING, &err);
		DmOutboxItem *it = rows->pdata[0];
		gboolean moved;
		g_autofree char *iso = g_strdup_printf("%04d-%02d-%02dT11:00:00Z", days[i][0],
		                                       days[i][1], days[i][2]);
		g_assert_true(dm_outbox_move(f->base.ledger, it->id, DM_OUTBOX_STATE_PENDING,
		                             DM_OUTBOX_STATE_SENT, NULL, iso, &moved, &err));
	}
	g_assert_cmpuint(run_on(f, 2027, 1, 3), ==, 0);
	g_autoptr(GDateTime) now = at(f, 2027, 1, 4);
	DmSchedulerStats st = { 0 };
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	g_assert_true(dm_scheduler_run(f->base.config, f->base.ledger, clock, now, FALSE, &st, &err));
	g_assert_cmpuint(st.queued, ==, 0);
	g_assert_cmpuint(st.handed_over, ==, 1);
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_HANDED_OVER);
	g_assert_cmpuint(events(f, DM_EVENT_HANDED_OVER, f->invoice), ==, 1);
	g_assert_cmpuint(run_on(f, 2027, 3, 1), ==, 0);
	g_autoptr(GPtrArray) all = dm_outbox_list(f->base.ledger, f->invoice, DM_OUTBOX_STATE_ANY, &err);
	g_assert_cmpuint(all->len, ==, 3);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	dm_parser_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/owner/pause", test_pause);
	ADD("/owner/pause-until-resumed", test_pause_until_resumed);
	ADD("/owner/resolve", test_resolve);
	ADD("/owner/writeoff", test_writeoff);
	ADD("/owner/paid-in-part-then-full", test_paid_in_part_then_full);
	ADD("/owner/paid-exactly-open", test_paid_exactly_open);
	ADD("/owner/debtor-contact-language", test_debtor_contact_language);
	ADD("/owner/debtor-excluded", test_debtor_excluded);
	ADD("/owner/debtor-paused", test_debtor_paused);
	ADD("/owner/debtor-bad-ladder", test_debtor_bad_ladder);
	ADD("/owner/hand-over", test_hand_over);
	return g_test_run();
}
