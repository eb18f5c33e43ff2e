/* test-dunning-outbox: the outbox state machine — a step is queued once, a row moves
 * only from the state named, confirmation, listing. */
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define NOW "2026-11-24T11:00:00Z"

typedef struct {
	DmTestFixture base;
	gint64 invoice;
	gint64 invoice2;
	GBytes *body;
} Fixture;

static gint64
add_invoice(DmLedger *l, const char *number, const char *msgid)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup("klant@debtor.example");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup(msgid);
	gboolean existed;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_add(l, inv, NOW, &existed, &err));
	g_assert_no_error(err);
	return inv->id;
}

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "outbox", 2026, 11, 24, 12);
	f->invoice = add_invoice(f->base.ledger, "2026-0042", "<inv-42@acme.example>");
	f->invoice2 = add_invoice(f->base.ledger, "2026-0043", "<inv-43@acme.example>");
	/* A blob with a NUL inside: the body is bytes, not a C string. */
	static const char raw[] = "Subject: x\r\n\r\nA\0B\r\n";
	f->body = g_bytes_new_static(raw, sizeof raw - 1);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	g_bytes_unref(f->body);
	dm_test_fixture_teardown(&f->base);
}

/* dm_outbox_move, for the tests: TRUE when the row moved, and never an error. */
static gboolean
move(Fixture *f, gint64 id, DmOutboxState from, DmOutboxState to, const char *error_text,
     const char *now)
{
	g_autoptr(GError) err = NULL;
	gboolean moved = -1;
	g_assert_true(dm_outbox_move(f->base.ledger, id, from, to, error_text, now, &moved, &err));
	g_assert_no_error(err);
	g_assert_true(moved == TRUE || moved == FALSE);
	return moved;
}

static gboolean
confirm(Fixture *f, const char *message_id)
{
	g_autoptr(GError) err = NULL;
	gboolean confirmed = -1;
	g_assert_true(dm_outbox_confirm(f->base.ledger, message_id, &confirmed, &err));
	g_assert_no_error(err);
	return confirmed == TRUE;
}

static DmOutboxItem *
only_row(Fixture *f, gint64 id)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = rows->pdata[i];
		if (it->id == id)
			return g_ptr_array_steal_index(rows, i);
	}
	g_assert_not_reached();
}

static void
test_add_once(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 id = 0;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<dunmail.1@acme.example>",
	                            "klant@debtor.example", "Herinnering", f->body, NOW, &id, &err));
	g_assert_no_error(err);
	g_assert_cmpint(id, >, 0);

	g_autoptr(DmOutboxItem) it = only_row(f, id);
	g_assert_cmpint(it->invoice_id, ==, f->invoice);
	g_assert_cmpint(it->step, ==, 1);
	g_assert_cmpstr(it->message_id, ==, "<dunmail.1@acme.example>");
	g_assert_cmpstr(it->recipient, ==, "klant@debtor.example");
	g_assert_cmpstr(it->subject, ==, "Herinnering");
	/* The listing carries no body (DmOutboxItem has none); it is read where it is sent. */
	g_autoptr(GBytes) body = dm_outbox_body(f->base.ledger, id, &err);
	g_assert_no_error(err);
	g_assert_true(g_bytes_equal(body, f->body));
	g_assert_cmpint(it->kind, ==, DM_OUTBOX_KIND_REMINDER);
	g_assert_null(it->day);
	g_assert_cmpint(it->state, ==, DM_OUTBOX_STATE_PENDING);
	g_assert_cmpint(it->attempts, ==, 0);
	g_assert_null(it->last_error);
	g_assert_cmpstr(it->created_at, ==, NOW);
	g_assert_null(it->sent_at);

	/* The same (invoice, step) again, even with another Message-ID: refused. */
	gint64 id2 = -1;
	g_assert_false(dm_outbox_add(f->base.ledger, f->invoice, 1, "<dunmail.2@acme.example>",
	                             "klant@debtor.example", "Herinnering", f->body, NOW, &id2, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS);
	g_assert_cmpint(id2, ==, -1);
	g_clear_error(&err);
	/* The same Message-ID for another step: refused too. */
	g_assert_false(dm_outbox_add(f->base.ledger, f->invoice, 2, "<dunmail.1@acme.example>",
	                             "klant@debtor.example", "Tweede", f->body, NOW, NULL, &err));
	g_assert_nonnull(err);
	g_clear_error(&err);
	/* Another step, or the same step of another invoice: fine. */
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 2, "<dunmail.3@acme.example>",
	                            "klant@debtor.example", "Tweede", f->body, NOW, NULL, &err));
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice2, 1, "<dunmail.4@acme.example>",
	                            "klant@debtor.example", "Herinnering", f->body, NOW, NULL, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_cmpuint(rows->len, ==, 3);
	/* A row that is not there has no body, and says so. */
	g_autoptr(GBytes) none = dm_outbox_body(f->base.ledger, 9999, &err);
	g_assert_null(none);
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND);
}

/* Digests have no invoice: one per owner and day, however many days. */
static void
test_digests(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-11-24", "<dunmail.d1@acme.example>",
	                                   "owner@acme.example", "Digest 1", f->body, NOW, NULL, &err));
	g_assert_no_error(err);
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-11-25", "<dunmail.d2@acme.example>",
	                                   "owner@acme.example", "Digest 2", f->body,
	                                   "2026-11-25T07:00:00Z", NULL, &err));
	g_assert_no_error(err);
	/* The same day again: refused, saying when the first was queued. */
	g_assert_false(dm_outbox_add_digest(f->base.ledger, "2026-11-24", "<dunmail.d3@acme.example>",
	                                    "owner@acme.example", "Digest 3", f->body,
	                                    "2026-11-24T18:00:00Z", NULL, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS);
	g_assert_cmpstr(err->message, ==, "the digest for 2026-11-24 was already queued at " NOW);
	g_clear_error(&err);
	g_autofree char *queued = NULL, *not_queued = NULL;
	g_assert_true(dm_outbox_digest_queued(f->base.ledger, "owner@acme.example", "2026-11-25",
	                                      &queued, &err));
	g_assert_cmpstr(queued, ==, "2026-11-25T07:00:00Z");
	g_assert_true(dm_outbox_digest_queued(f->base.ledger, "owner@acme.example", "2026-11-26",
	                                      &not_queued, &err));
	g_assert_null(not_queued);
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(rows->len, ==, 2);
	DmOutboxItem *first = rows->pdata[0];
	g_assert_cmpint(first->invoice_id, ==, 0);
	g_assert_cmpint(first->kind, ==, DM_OUTBOX_KIND_DIGEST);
	g_assert_cmpstr(first->day, ==, "2026-11-24");
}

static void
test_move(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 id;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<dunmail.1@acme.example>",
	                            "klant@debtor.example", "Herinnering", f->body, NOW, &id, &err));
	g_assert_true(move(f, id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_no_error(err);
	/* Not in "pending" any more: not moved, and no error. */
	g_assert_false(move(f, id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_no_error(err);
	{
		g_autoptr(DmOutboxItem) it = only_row(f, id);
		g_assert_cmpint(it->state, ==, DM_OUTBOX_STATE_SENDING);
		g_assert_cmpint(it->attempts, ==, 1);
	}
	/* A transient failure: back to pending with the reason; attempts counted. */
	g_assert_true(move(f, id, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_PENDING, "421 try later",
	                   NOW));
	g_assert_true(move(f, id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_true(move(f, id, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT, NULL,
	                   "2026-11-24T11:00:05Z"));
	g_assert_no_error(err);
	{
		g_autoptr(DmOutboxItem) it = only_row(f, id);
		g_assert_cmpint(it->state, ==, DM_OUTBOX_STATE_SENT);
		g_assert_cmpint(it->attempts, ==, 2);
		g_assert_cmpstr(it->last_error, ==, "421 try later");
		g_assert_cmpstr(it->sent_at, ==, "2026-11-24T11:00:05Z");
	}
	/* No such row: not moved, without an error. */
	g_assert_false(move(f, 9999, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_no_error(err);
}

static void
test_confirm(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 a, b, c;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<a@acme.example>", "k@d.example", "A",
	                            f->body, NOW, &a, &err));
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 2, "<b@acme.example>", "k@d.example", "B",
	                            f->body, NOW, &b, &err));
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 3, "<c@acme.example>", "k@d.example", "C",
	                            f->body, NOW, &c, &err));
	g_assert_true(move(f, a, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_true(move(f, a, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT, NULL, NOW));
	g_assert_true(move(f, b, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));

	g_assert_true(confirm(f, "<a@acme.example>"));
	g_assert_no_error(err);
	/* The milter's copy may overtake our SMTP client's "sent". */
	g_assert_true(confirm(f, "<b@acme.example>"));
	/* A pending row was never handed to the MTA: not confirmed. */
	g_assert_false(confirm(f, "<c@acme.example>"));
	g_assert_false(confirm(f, "<a@acme.example>"));   /* again */
	g_assert_false(confirm(f, "<unknown@acme.example>"));
	g_assert_no_error(err);

	g_autoptr(DmOutboxItem) ia = only_row(f, a);
	g_autoptr(DmOutboxItem) ib = only_row(f, b);
	g_autoptr(DmOutboxItem) ic = only_row(f, c);
	g_assert_cmpint(ia->state, ==, DM_OUTBOX_STATE_CONFIRMED);
	g_assert_cmpint(ib->state, ==, DM_OUTBOX_STATE_CONFIRMED);
	g_assert_nonnull(ib->sent_at);
	g_assert_cmpint(ic->state, ==, DM_OUTBOX_STATE_PENDING);
}

static void
test_list(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 a, b, c;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<a@x>", "k@d.example", "A", f->body,
	                            NOW, &a, &err));
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice2, 1, "<b@x>", "k@d.example", "B", f->body,
	                            NOW, &b, &err));
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-11-24", "<c@x>", "o@acme.example", "C",
	                                   f->body, NOW, &c, &err));
	g_assert_true(move(f, b, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED, NULL, NOW));

	g_autoptr(GPtrArray) pending = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_PENDING, &err);
	g_assert_cmpuint(pending->len, ==, 2);
	g_assert_cmpint(((DmOutboxItem *) pending->pdata[0])->id, ==, a);   /* oldest first */
	g_assert_cmpint(((DmOutboxItem *) pending->pdata[1])->id, ==, c);
	g_autoptr(GPtrArray) cancelled = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_CANCELLED, &err);
	g_assert_cmpuint(cancelled->len, ==, 1);
	g_autoptr(GPtrArray) of2 = dm_outbox_list(f->base.ledger, f->invoice2, DM_OUTBOX_STATE_ANY, &err);
	g_assert_cmpuint(of2->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) of2->pdata[0])->id, ==, b);
	g_autoptr(GPtrArray) of2p = dm_outbox_list(f->base.ledger, f->invoice2, DM_OUTBOX_STATE_PENDING, &err);
	g_assert_cmpuint(of2p->len, ==, 0);
	g_autoptr(GPtrArray) sent = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_SENT, &err);
	g_assert_nonnull(sent);
	g_assert_cmpuint(sent->len, ==, 0);
	g_assert_no_error(err);
}

/* The digest reads only what it speaks of: reminders sent since the last digest and those
 * that need the owner, not every reminder ever sent. */
static void
test_for_digest(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	const char *since = "2026-11-20T00:00:00Z";
	struct { int step; gint64 invoice; DmOutboxState to; int tries; const char *at; gboolean told; } rows[] = {
		{ 1, 0, DM_OUTBOX_STATE_SENT, 1, "2026-11-19T10:00:00Z", FALSE },   /* before */
		{ 2, 0, DM_OUTBOX_STATE_CONFIRMED, 1, "2026-11-21T10:00:00Z", TRUE },
		{ 3, 0, DM_OUTBOX_STATE_PENDING, 1, NOW, FALSE },                  /* first retry */
		{ 1, 1, DM_OUTBOX_STATE_PENDING, 3, NOW, TRUE },                   /* third */
		{ 2, 1, DM_OUTBOX_STATE_FAILED, 1, NOW, TRUE },
		{ 3, 1, DM_OUTBOX_STATE_CANCELLED, 0, NOW, FALSE },
	};
	gint64 ids[G_N_ELEMENTS(rows)];
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_autofree char *mid = g_strdup_printf("<dunmail.fd%zu@acme.example>", i);
		gint64 inv = rows[i].invoice ? f->invoice2 : f->invoice;
		g_assert_true(dm_outbox_add(f->base.ledger, inv, rows[i].step, mid, "klant@debtor.example",
		                            "Herinnering", f->body, NOW, &ids[i], &err));
		for (int t = 0; t < rows[i].tries; t++) {
			g_assert_true(move(f, ids[i], DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL,
			                   rows[i].at));
			DmOutboxState next = rows[i].to == DM_OUTBOX_STATE_CONFIRMED ? DM_OUTBOX_STATE_SENT
			                   : t + 1 < rows[i].tries || rows[i].to == DM_OUTBOX_STATE_PENDING
			                   ? DM_OUTBOX_STATE_PENDING : rows[i].to;
			g_assert_true(move(f, ids[i], DM_OUTBOX_STATE_SENDING, next, "451 try later",
			                   rows[i].at));
		}
		if (rows[i].to == DM_OUTBOX_STATE_CONFIRMED)
			g_assert_true(confirm(f, mid));
		if (rows[i].to == DM_OUTBOX_STATE_CANCELLED)
			g_assert_true(move(f, ids[i], DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED,
			                   NULL, NOW));
	}
	/* A digest on its way is not news; one that was refused is (the owner never saw it). */
	gint64 digest_pending, digest_failed;
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-11-24", "<dunmail.dg@acme.example>",
	                                   "owner@acme.example", "Digest", f->body, NOW,
	                                   &digest_pending, &err));
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-11-23", "<dunmail.df@acme.example>",
	                                   "owner@acme.example", "Digest", f->body, NOW,
	                                   &digest_failed, &err));
	g_assert_true(move(f, digest_failed, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING, NULL, NOW));
	g_assert_true(move(f, digest_failed, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_FAILED,
	                   "552 mailbox full", NOW));
	g_autoptr(GPtrArray) got = dm_outbox_for_digest(f->base.ledger, since, 3, &err);
	g_assert_no_error(err);
	GString *want = g_string_new(NULL), *have = g_string_new(NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
		if (rows[i].told)
			g_string_append_printf(want, "%" G_GINT64_FORMAT " ", ids[i]);
	g_string_append_printf(want, "%" G_GINT64_FORMAT " ", digest_failed);
	for (guint i = 0; i < got->len; i++)
		g_string_append_printf(have, "%" G_GINT64_FORMAT " ", ((DmOutboxItem *) got->pdata[i])->id);
	g_assert_cmpstr(have->str, ==, want->str);
	g_string_free(want, TRUE);
	g_string_free(have, TRUE);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/outbox/add-once", test_add_once);
	ADD("/outbox/digests", test_digests);
	ADD("/outbox/move", test_move);
	ADD("/outbox/confirm", test_confirm);
	ADD("/outbox/list", test_list);
	ADD("/outbox/for-digest", test_for_digest);
	return g_test_run();
}
