/* test-dunning-owner: the owner's decisions on a temporary ledger — reclassify records
 * the correction with the reply's text and both classes and applies the class to the
 * invoice at once (a hold lifted first), resume puts a held invoice back on the ladder,
 * and what cannot be done fails with nothing written; the reply's short id. */
#include "common/dm-clock.h"
#include "dunning/ledger/dm-corrections.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/owner/dm-owner.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

typedef struct {
	DmTestFixture base;
	gint64 invoice;
	gint64 reply;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "owner", 2026, 11, 26, 9);
	g_autoptr(GError) err = NULL;

	f->invoice = dm_test_invoice_42(f->base.ledger, "<inv@acme.example>");
	GDate until;
	g_date_set_dmy(&until, 4, 12, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_HELD,
	                                           "sender not verified", &until, &err));
	DmReplyRow row = { .invoice_id = f->invoice, .from_addr = "klant@debtor.example",
	                   .kind = "reply", .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.55,
	                   .reply_text = "Ik betaal op 3 december.", .needs_review = TRUE,
	                   .received_at = "2026-11-24T10:00:00Z" };
	g_date_clear(&row.stated_date, 1);
	f->reply = dm_test_reply_add(f->base.ledger, "<r@debtor.example>", &row);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
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
events(Fixture *f, DmEventKind kind)
{
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, f->invoice, NULL, kind, NULL);
	return ev->len;
}

static gboolean
waiting(Fixture *f)
{
	g_autoptr(DmReplyRow) r = dm_ledger_reply_get(f->base.ledger, f->reply, NULL);
	return r->needs_review;
}

/* The owner reads the "dispute" as a promise for 3 December: recorded, and the invoice
 * waits until then + 3 days instead of being held. */
static void
test_reclassify(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	GDate date;
	g_date_set_dmy(&date, 3, 12, 2026);
	g_assert_true(dm_owner_reclassify(f->base.ledger, f->reply, DM_REPLY_CLASS_PROMISE_TO_PAY, &date,
	                                  f->base.now, &summary, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(summary, "dispute (0.55) -> promise_to_pay, date 2026-12-03"));
	g_assert_nonnull(strstr(summary, "invoice 2026-0042 paused (promise_to_pay) until 2026-12-06"));
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	g_assert_cmpstr(until, ==, "2026-12-06");
	g_assert_false(waiting(f));
	g_assert_cmpuint(events(f, DM_EVENT_RECLASSIFIED), ==, 1);

	g_autoptr(GPtrArray) list = dm_ledger_corrections_list(f->base.ledger, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(list->len, ==, 1);
	DmCorrection *c = list->pdata[0];
	g_assert_cmpint(c->reply_id, ==, f->reply);
	g_assert_cmpstr(c->invoice_number, ==, "2026-0042");
	g_assert_cmpstr(c->reply_text, ==, "Ik betaal op 3 december.");
	g_assert_cmpint(c->original, ==, DM_REPLY_CLASS_DISPUTE);
	g_assert_cmpint(c->corrected, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_autofree char *d = dm_date_iso(&c->date);
	g_assert_cmpstr(d, ==, "2026-12-03");
	g_assert_cmpstr(c->at, ==, "2026-11-26T08:00:00Z");
}

/* "Other": nothing to act on, so the hold is lifted and the ladder goes on. */
static void
test_reclassify_other_lifts_hold(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_reclassify(f->base.ledger, f->reply, DM_REPLY_CLASS_OTHER, NULL, f->base.now,
	                                  &summary, &err));
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
	g_assert_false(g_date_valid(&inv->pause_until));
	g_assert_null(inv->pause_reason);
}

/* A paid invoice stays paid; the correction is still kept for training. */
static void
test_reclassify_paid_invoice(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, f->invoice, DM_INVOICE_STATUS_PAID,
	                                           NULL, NULL, &err));
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_reclassify(f->base.ledger, f->reply, DM_REPLY_CLASS_DISPUTE, NULL, f->base.now,
	                                  &summary, &err));
	g_assert_nonnull(strstr(summary, "unchanged: paid"));
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paid");
	g_autoptr(GPtrArray) list = dm_ledger_corrections_list(f->base.ledger, &err);
	g_assert_cmpuint(list->len, ==, 1);
}

static void
test_reclassify_unknown_reply(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	g_assert_false(dm_owner_reclassify(f->base.ledger, f->reply + 100, DM_REPLY_CLASS_DISPUTE, NULL,
	                                   f->base.now, &summary, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_REPLY);
	g_assert_nonnull(strstr(err->message, "no reply R"));
	g_autoptr(GPtrArray) list = dm_ledger_corrections_list(f->base.ledger, NULL);
	g_assert_cmpuint(list->len, ==, 0);
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "held");
}

static void
test_resume(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_resume(f->base.ledger, "2026-0042", f->base.now, &summary, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(summary, "was held (sender not verified) until 2026-12-04"));
	g_autoptr(DmInvoice) inv = invoice(f);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
	g_assert_false(waiting(f));
	g_assert_cmpuint(events(f, DM_EVENT_RESUMED), ==, 1);

	/* Open now: nothing to resume, nothing written. */
	g_autofree char *again = NULL;
	g_assert_false(dm_owner_resume(f->base.ledger, "2026-0042", f->base.now, &again, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
	g_assert_cmpuint(events(f, DM_EVENT_RESUMED), ==, 1);
	g_clear_error(&err);
	g_assert_false(dm_owner_resume(f->base.ledger, "1999-0001", f->base.now, &again, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE);
}

typedef struct {
	const char *text;
	gboolean ok;
	gint64 id;
} ShortIdCase;

static void
test_short_id(void)
{
	static const ShortIdCase cases[] = {
		{ "R12", TRUE, 12 }, { "r7", TRUE, 7 }, { "12", TRUE, 12 }, { "R", FALSE, 0 },
		{ "R0", FALSE, 0 }, { "R-3", FALSE, 0 }, { "R12x", FALSE, 0 }, { "", FALSE, 0 },
		{ "2026-0042", FALSE, 0 }, { "R99999999999999999999", FALSE, 0 }, { "R +1", FALSE, 0 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		gint64 id = 0;
		if (dm_reply_short_id_parse(cases[i].text, &id) != cases[i].ok || id != cases[i].id)
			g_test_fail_printf("\"%s\": expected %d/%" G_GINT64_FORMAT ", got %" G_GINT64_FORMAT,
			                   cases[i].text, cases[i].ok, cases[i].id, id);
	}
	g_autofree char *s = dm_reply_short_id(42);
	g_assert_cmpstr(s, ==, "R42");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/owner/reclassify", test_reclassify);
	ADD("/owner/reclassify-other-lifts-hold", test_reclassify_other_lifts_hold);
	ADD("/owner/reclassify-paid-invoice", test_reclassify_paid_invoice);
	ADD("/owner/reclassify-unknown-reply", test_reclassify_unknown_reply);
	ADD("/owner/resume", test_resume);
	g_test_add_func("/owner/short-id", test_short_id);
	return g_test_run();
}
