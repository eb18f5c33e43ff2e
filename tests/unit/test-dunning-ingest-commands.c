/* test-dunning-ingest-commands: the owner's reply to a digest through dunmaild's ingest —
 * with the digest's token the lines run (quoted lines and the signature do not), the
 * answer is a confirmation in the outbox listing each line's outcome, and the message is
 * no debtor reply; a line sent again for the same digest is "already done"; a forged
 * From, a stranger, an expired or altered token change nothing and leave a
 * commands_refused event for the digest; the Authentication-Results path obeys a verified
 * reply that names the digest by In-Reply-To; a decision and the mark that it was done
 * are one transaction. */
#include <string.h>

#include "common/dm-clock.h"
#include "common/dm-command-token.h"
#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define SECRET "0123456789abcdef-test-secret"
#define DIGEST_ID "<dunmail.digest1@acme.example>"

typedef struct {
	DmTestFixture base;
	gint64 digest;
	guint files;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "ingest-cmd", 2026, 12, 2, 9);
	f->base.config->verp_secret = g_strdup(SECRET);
	g_autoptr(GError) err = NULL;
	dm_test_invoice_42(f->base.ledger, "<inv42@acme.example>");
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_assert_true(dm_outbox_add_digest(f->base.ledger, "2026-12-01", DIGEST_ID, "owner@acme.example",
	                                   "digest", body, "2026-12-01T07:00:00Z", &f->digest, &err));
	g_assert_no_error(err);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

/* (transfer full) the Reply-To of digest @id, expiring @days after 2026-12-01. */
static char *
token(gint64 id, int days, const char *secret)
{
	GDate exp;
	g_date_clear(&exp, 1);
	g_date_set_dmy(&exp, 1, 12, 2026);
	g_date_add_days(&exp, (guint) days);
	return dm_command_token_address("billing@acme.example", id, &exp, secret);
}

/* Spools a message from @from to @rcpt with @headers (extra, may be "") and @body, then
 * ingests it. */
static void
deliver(Fixture *f, const char *from, const char *rcpt, const char *headers, const char *body)
{
	g_autofree char *name = g_strdup_printf("%04u-cmd", ++f->files);
	g_autofree char *msg = g_strdup_printf(
		"%sFrom: Owner <%s>\nTo: %s\nSubject: Re: dunmail: digest\n"
		"Message-ID: <owner%u.%p@acme.example>\nDate: Wed, 02 Dec 2026 08:30:00 +0100\n"
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s", headers, from,
		rcpt, f->files, (void *) f, body);
	dm_test_spool_message(f->base.config->spool_dir, name, DM_DIRECTION_INCOMING, from, rcpt, msg);
	dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
}

static DmInvoiceStatus
status(Fixture *f)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	return inv->status;
}

/* (transfer full) the text of the confirmations queued, in order, joined. */
static char *
confirmations(Fixture *f, guint *n)
{
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_ANY, NULL);
	g_autoptr(GString) s = g_string_new(NULL);
	*n = 0;
	for (guint i = 0; i < rows->len; i++) {
		const DmOutboxItem *it = g_ptr_array_index(rows, i);
		if (it->kind != DM_OUTBOX_KIND_CONFIRMATION)
			continue;
		(*n)++;
		g_assert_cmpstr(it->recipient, ==, "owner@acme.example");
		g_autoptr(GBytes) body = dm_outbox_body(f->base.ledger, it->id, NULL);
		g_string_append_len(s, g_bytes_get_data(body, NULL), (gssize) g_bytes_get_size(body));
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static guint
events(Fixture *f, DmEventKind kind)
{
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, kind, NULL);
	return ev->len;
}

static guint
replies(Fixture *f)
{
	g_autoptr(GPtrArray) r = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	return r->len;
}

static void
test_token(Fixture *f, gconstpointer data)
{
	g_autofree char *rcpt = token(f->digest, 14, SECRET);
	deliver(f, "owner@acme.example", rcpt, "In-Reply-To: " DIGEST_ID "\n",
	        "2026-0042 stop disputed by phone\n"
	        "frobnicate 2026-0042\n"
	        "\n"
	        "--\n"
	        "2026-0042 paid\n"
	        "\n"
	        "On Tue, 1 Dec 2026 dunmail wrote:\n"
	        "> 2026-0042 writeoff\n");
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpuint(replies(f), ==, 0);
	guint n;
	g_autofree char *text = confirmations(f, &n);
	g_assert_cmpuint(n, ==, 1);
	g_assert_nonnull(strstr(text, "Subject: dunmail: uw opdrachten (1 gedaan, 1 niet)"));
	g_assert_nonnull(strstr(text, "gedaan: invoice 2026-0042: paused by the owner"));
	g_assert_nonnull(strstr(text, "niet begrepen: a line starts with"));
	g_assert_null(strstr(text, "writeoff"));
	g_assert_null(strstr(text, "> 2026-0042 paid"));
	g_assert_nonnull(strstr(text, "In-Reply-To: <owner1."));
	/* in the digest's thread, and answerable the same way */
	g_assert_nonnull(strstr(text, "References: " DIGEST_ID));
	g_assert_nonnull(strstr(text, "Reply-To: \"Acme B.V.\""));
	g_assert_nonnull(strstr(text, "<billing+dmc-1-20261215-"));
	g_assert_cmpuint(events(f, DM_EVENT_PAUSED), ==, 1);

	/* The same line in a new reply to the same digest: not done again. */
	dm_test_log_clear();
	deliver(f, "owner@acme.example", rcpt, "", "2026-0042 stop disputed by phone\n");
	g_autofree char *again = confirmations(f, &n);
	g_assert_cmpuint(n, ==, 2);
	g_assert_nonnull(strstr(again, "al gedaan op: 2026-12-02"));
	g_assert_cmpuint(events(f, DM_EVENT_PAUSED), ==, 1);
}

static void
test_refused(Fixture *f, gconstpointer data)
{
	g_autofree char *good = token(f->digest, 14, SECRET);
	g_autofree char *other = token(f->digest, 14, "another-secret-0123456789");
	g_autofree char *expired = token(f->digest, 0, SECRET);
	g_autofree char *in_reply = g_strdup("In-Reply-To: " DIGEST_ID "\n");
	const struct {
		const char *from, *rcpt, *headers, *why;
	} cases[] = {
		{ "owner@acme.example", "billing@acme.example", in_reply, "carries no token" },
		{ "owner@acme.example", other, "", "not one dunmail made" },
		{ "owner@acme.example", expired, "", "expired on 2026-12-01" },
		{ "klant@debtor.example", good, "", "not from the owner" },
		{ "klant@debtor.example", "billing@acme.example", in_reply, "not from the owner" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		deliver(f, cases[i].from, cases[i].rcpt, cases[i].headers, "2026-0042 writeoff\n");
		g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_OPEN);
		g_assert_cmpuint(events(f, DM_EVENT_COMMANDS_REFUSED), ==, i + 1);
		g_assert_true(dm_test_logged(cases[i].why));
	}
	guint n;
	g_autofree char *text = confirmations(f, &n);
	g_assert_cmpuint(n, ==, 0);
	g_assert_cmpuint(replies(f), ==, 0);
}

static void
test_authres(Fixture *f, gconstpointer data)
{
	deliver(f, "owner@acme.example", "billing@acme.example",
	        "Authentication-Results: mx.acme.example; dmarc=pass header.from=acme.example\n"
	        "In-Reply-To: " DIGEST_ID "\nReferences: " DIGEST_ID "\n",
	        "2026-0042 writeoff bankrupt\n");
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_WRITTEN_OFF);
	/* Our own authserv-id only: a stranger's header proves nothing. */
	deliver(f, "owner@acme.example", "billing@acme.example",
	        "Authentication-Results: mx.evil.example; dmarc=pass header.from=acme.example\n"
	        "In-Reply-To: " DIGEST_ID "\n", "2026-0042 resume\n");
	g_assert_cmpuint(events(f, DM_EVENT_COMMANDS_REFUSED), ==, 1);
	/* The owner's mail that answers no digest stays what it was: read, not acted on. */
	deliver(f, "owner@acme.example", "billing@acme.example",
	        "Authentication-Results: mx.acme.example; dmarc=pass header.from=acme.example\n",
	        "2026-0042 resume\n");
	g_assert_cmpuint(events(f, DM_EVENT_OWNER_MESSAGE), ==, 1);
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_WRITTEN_OFF);
}

/* When the mark that a command was done cannot be written (the disk full, say), the
 * decision is undone with it and the mail goes back to new/: tried again, the command is
 * obeyed once.  Committed apart, "2026-0042 paid 250" could be recorded twice. */
static void
test_decision_and_mark_atomic(Fixture *f, gconstpointer data)
{
	dm_test_ledger_sql(f->base.config->database, "CREATE TRIGGER no_mark BEFORE INSERT ON digest_commands "
	              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
	g_autofree char *rcpt = token(f->digest, 14, SECRET);
	g_autofree char *msg = g_strdup_printf(
		"From: Owner <owner@acme.example>\nTo: %s\nSubject: Re: dunmail: digest\n"
		"In-Reply-To: " DIGEST_ID "\nMessage-ID: <owner-atomic@acme.example>\n"
		"Date: Wed, 02 Dec 2026 08:30:00 +0100\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\n\n2026-0042 stop disputed by phone\n", rcpt);
	dm_test_spool_message(f->base.config->spool_dir, "0001-cmd", DM_DIRECTION_INCOMING,
	                      "owner@acme.example", rcpt, msg);
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_ingest_spool(f->base.config, f->base.ledger, dm_test_reply_model(), f->base.now, &st, &err));
	g_assert_nonnull(strstr(err->message, "disk is full"));
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_OPEN);       /* undone with its mark */
	g_assert_cmpuint(events(f, DM_EVENT_OWNER_COMMAND), ==, 0);

	dm_test_ledger_sql(f->base.config->database, "DROP TRIGGER no_mark");
	dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpuint(events(f, DM_EVENT_OWNER_COMMAND), ==, 2);   /* the line's, the reply's */
	guint n;
	g_autofree char *text = confirmations(f, &n);
	g_assert_cmpuint(n, ==, 1);
	g_assert_nonnull(strstr(text, "(1 gedaan, 0 niet)"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	g_test_add("/ingest-commands/token", Fixture, NULL, setup, test_token, teardown);
	g_test_add("/ingest-commands/refused", Fixture, NULL, setup, test_refused, teardown);
	g_test_add("/ingest-commands/authres", Fixture, NULL, setup, test_authres, teardown);
	g_test_add("/ingest-commands/decision-and-mark-one-transaction", Fixture, NULL, setup,
	           test_decision_and_mark_atomic, teardown);
	return g_test_run();
}
