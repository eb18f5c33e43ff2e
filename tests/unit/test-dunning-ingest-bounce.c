/* test-dunning-ingest-bounce: delivery reports through dm_ingest_spool, on a temporary
 * spool and ledger.  A bounce acts only with proof that it answers our own mail — the
 * VERP tag of the address it came back to, or the Message-ID of its returned headers —
 * whatever its DMARC result; a proven hard failure stops the invoice, marks the address
 * failing and alerts the owner; an expiry or a delay is shown and changes nothing; a
 * forged report (a wrong tag, a Message-ID we never sent) changes nothing; a human reply
 * whose subject says "not delivered" is a reply; a proven report settles a reminder whose
 * sending was cut off as sent.  And the other automatic answer that
 * matters: "no longer works here, write to X" shows X to the owner, changing nothing. */
#include <string.h>

#include "common/dm-clock.h"
#include "common/dm-verp.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define DATA "tests/data/dunning/"
#define SECRET "test-verp-secret-0123456789"
#define REMINDER_ID "<dunmail.reminder.1@acme.example>"

typedef struct {
	DmTestFixture base;
	gint64 invoice_id, outbox_id;
} Fixture;

static DmIngestStats
ingest(Fixture *f)
{
	return dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
}

/* An invoice to klant@debtor.example and its first reminder, sent. */
static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "bounce", 2026, 11, 24, 12);
	f->base.config->verp_secret = g_strdup(SECRET);
	g_autoptr(GError) err = NULL;
	dm_test_log_clear();

	g_autofree char *invoice = NULL;
	g_assert_true(g_file_get_contents(DATA "invoice-nl.eml", &invoice, NULL, NULL));
	dm_test_spool_message(f->base.config->spool_dir, "0001-invoice", DM_DIRECTION_OUTGOING,
	                      "billing@acme.example", "klant@debtor.example", invoice);
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_nonnull(inv);
	f->invoice_id = inv->id;
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_assert_true(dm_outbox_add(f->base.ledger, inv->id, 1, REMINDER_ID, "klant@debtor.example",
	                            "Herinnering factuur 2026-0042", body, "2026-11-23T09:00:00Z",
	                            &f->outbox_id, &err));
	g_assert_no_error(err);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

typedef struct {
	const char *name;
	const char *action, *status, *diag;
	gboolean verp;              /* sent back to our VERP address (else to billing@) */
	gboolean forge_tag;         /* ... with a tag whose MAC is wrong */
	gboolean our_id;            /* the returned headers carry our reminder's Message-ID */
	const char *expect_status;  /* the invoice's status afterwards */
	const char *expect_event;
	gboolean expect_failing;    /* klant@debtor.example marked failing */
} Case;

static const Case cases[] = {
	{ "hard-by-verp", "failed", "5.1.1", "550 5.1.1 User unknown", TRUE, FALSE, FALSE,
	  "stopped", "bounce_failed", TRUE },
	{ "hard-by-message-id", "failed", "5.1.1", "550 5.1.1 User unknown", FALSE, FALSE, TRUE,
	  "stopped", "bounce_failed", TRUE },
	{ "hard-unproven", "failed", "5.1.1", "550 5.1.1 User unknown", FALSE, FALSE, FALSE,
	  "open", "bounce_unproven", FALSE },
	{ "hard-forged-tag", "failed", "5.1.1", "550 5.1.1 User unknown", TRUE, TRUE, FALSE,
	  "open", "bounce_unproven", FALSE },
	{ "expired-by-verp", "failed", "4.4.1", "connection timed out (gave up after 5 days)",
	  TRUE, FALSE, FALSE, "open", "bounce_expired", FALSE },
	{ "delayed-by-verp", "delayed", "4.4.1", "connection timed out, will retry", TRUE,
	  FALSE, FALSE, "open", "bounce_delayed", FALSE },
};

/* (transfer full) the envelope recipient a report comes back to for @c. */
static char *
report_rcpt(Fixture *f, const Case *c)
{
	if (!c->verp)
		return g_strdup("billing@acme.example");
	g_autofree char *good = dm_verp_address("billing@acme.example", f->outbox_id, SECRET);
	if (!c->forge_tag)
		return g_steal_pointer(&good);
	/* Right row, made-up MAC: what a stranger who saw one of our addresses could try. */
	return g_strdup_printf("billing+dm-%" G_GINT64_FORMAT "-0123456789abcdef0123@acme.example",
	                       f->outbox_id);
}

/* Spools the report of case @c, as dm_ingest_spool will find it. */
static void
spool_report(Fixture *f, const Case *c)
{
	g_autofree char *rcpt = report_rcpt(f, c);
	g_autofree char *tmpl = NULL;
	g_assert_true(g_file_get_contents(DATA "bounce-template.eml", &tmpl, NULL, NULL));
	g_autoptr(GString) msg = g_string_new(tmpl);
	g_string_replace(msg, "@VERP@", rcpt, 0);
	g_string_replace(msg, "@ACTION@", c->action, 0);
	g_string_replace(msg, "@STATUS@", c->status, 0);
	g_string_replace(msg, "@DIAG@", c->diag, 0);
	g_string_replace(msg, "@RETURNED_ID@", c->our_id ? REMINDER_ID : "<someone.else@x.example>", 0);
	dm_test_spool_message(f->base.config->spool_dir, "0002-report", DM_DIRECTION_INCOMING, "", rcpt,
	                      msg->str);
}

static void
test_report(Fixture *f, gconstpointer data)
{
	const Case *c = data;
	spool_report(f, c);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.replies, ==, 1);

	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice_id, NULL);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, c->expect_status);
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name(c->expect_event, &kind));
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, kind, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	gboolean failing;
	g_assert_true(dm_ledger_address_failing(f->base.ledger, "klant@debtor.example", &failing, NULL,
	                                        NULL));
	g_assert_cmpint(failing, ==, c->expect_failing);

	g_autoptr(GPtrArray) rows = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	g_assert_cmpuint(rows->len, ==, 1);
	DmReplyRow *r = g_ptr_array_index(rows, 0);
	/* A real bounce fails DMARC; with proof that does not matter. */
	g_assert_false(r->authenticated);
	g_assert_cmpint(r->applied, ==, c->expect_failing);
	g_assert_cmpint(r->invoice_id, ==, f->invoice_id);
	if (c->expect_failing)
		g_assert_true(dm_test_logged("klant@debtor.example marked as failing"));
	else
		g_assert_nonnull(r->note);
}

/* The reminder's sending was cut off (unknown) and the milter has no copy; a report that
 * comes back to its VERP address proves the mail server had it: it counts as sent, so
 * it is never judged unseen and sent again — and the milter is not thereby "proven". */
static void
test_report_settles_unknown(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, f->outbox_id, DM_OUTBOX_STATE_PENDING,
	                             DM_OUTBOX_STATE_SENDING, NULL, "2026-11-24T10:00:00Z", &moved,
	                             &err));
	g_assert_true(dm_outbox_move(f->base.ledger, f->outbox_id, DM_OUTBOX_STATE_SENDING,
	                             DM_OUTBOX_STATE_UNKNOWN, "interrupted", "2026-11-24T10:00:00Z",
	                             &moved, &err));
	g_assert_no_error(err);
	spool_report(f, &cases[5]);                /* delayed, back to its VERP address */
	ingest(f);
	g_autoptr(DmOutboxItem) it = dm_outbox_get(f->base.ledger, f->outbox_id, &err);
	g_assert_no_error(err);
	g_assert_cmpstr(dm_outbox_state_name(it->state), ==, "sent");
	g_assert_cmpstr(it->sent_at, ==, "2026-11-24T11:00:00Z");
	gboolean proven = TRUE;
	g_assert_true(dm_outbox_milter_proven(f->base.ledger, &proven, &err));
	g_assert_false(proven);
	g_assert_true(dm_test_logged("it counts as sent"));
}

/* A debtor's reply whose subject says "not delivered" is a reply, not a bounce: it goes
 * the reply's way (here: unverified, so shown and not applied) and stops nothing. */
static void
test_human_not_delivered(Fixture *f, gconstpointer data)
{
	g_autofree char *text = NULL;
	g_assert_true(g_file_get_contents("tests/data/replies/reply-goods-not-delivered.eml", &text,
	                                  NULL, NULL));
	dm_test_spool_message(f->base.config->spool_dir, "0002-reply", DM_DIRECTION_INCOMING,
	                      "jan@debtor.example", "billing@acme.example", text);
	ingest(f);
	g_autoptr(GPtrArray) rows = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	g_assert_cmpuint(rows->len, ==, 1);
	DmReplyRow *r = g_ptr_array_index(rows, 0);
	g_assert_cmpstr(r->kind, ==, "reply");
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice_id, NULL);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), !=, "stopped");
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name("bounce_unproven", &kind));
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, kind, NULL);
	g_assert_cmpuint(ev->len, ==, 0);
}

/* "No longer works here, write to X": the owner sees X in the digest, beside the invoice;
 * the debtor's address stays as it was. */
static void
test_new_address(Fixture *f, gconstpointer data)
{
	const char *text =
		"From: Jan de Vries <klant@debtor.example>\n"
		"To: billing@acme.example\n"
		"Subject: Automatisch antwoord: Herinnering factuur 2026-0042\n"
		"Date: Tue, 24 Nov 2026 09:00:00 +0100\n"
		"Message-ID: <auto.1@debtor.example>\n"
		"Auto-Submitted: auto-replied\n"
		"MIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\n"
		"\n"
		"Jan de Vries is niet meer werkzaam bij De Vries Bouw. Voor vragen over facturen\n"
		"kunt u mailen naar administratie@debtor.example.\n";
	dm_test_spool_message(f->base.config->spool_dir, "0002-auto", DM_DIRECTION_INCOMING,
	                      "klant@debtor.example", "billing@acme.example", text);
	ingest(f);
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name("address_change", &kind));
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, kind, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	DmEvent *e = g_ptr_array_index(ev, 0);
	g_assert_cmpint(e->invoice_id, ==, f->invoice_id);
	g_assert_nonnull(strstr(e->detail, "administratie@debtor.example"));
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice_id, NULL);
	g_assert_cmpstr(inv->debtor_email, ==, "klant@debtor.example");

	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(digest.body, "nieuw adres"));
	g_assert_nonnull(strstr(digest.body, "administratie@debtor.example"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	dm_test_log_init();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/ingest-bounce/", cases[i].name, NULL);
		g_test_add(p, Fixture, &cases[i], setup, test_report, teardown);
	}
	g_test_add("/ingest-bounce/report-settles-unknown", Fixture, NULL, setup,
	           test_report_settles_unknown, teardown);
	g_test_add("/ingest-bounce/human-not-delivered", Fixture, NULL, setup,
	           test_human_not_delivered, teardown);
	g_test_add("/ingest-autoreply/new-address", Fixture, NULL, setup, test_new_address,
	           teardown);
	return g_test_run();
}
