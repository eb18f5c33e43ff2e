/* test-dunning-ingest-unread: a reply set aside unread (found in work/ a second time, the
 * case that never parses it) holds the invoice its envelope or thread headers tie it to —
 * by its In-Reply-To, by the VERP address of a reminder it came back to, by its sender —
 * "waiting for you" in the digest with `dunmail resume`; one tied to nothing, or outgoing
 * mail, holds nothing and is only named.  Retried, the same message holds and is named
 * once; one already read is a duplicate.  The thread headers are read by a line scan
 * bounded by the header block. */
#include <string.h>

#include "common/dm-spool.h"
#include "common/dm-verp.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/daemon/dm-ingest-unread.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/report/dm-digest.h"
#include "dunning/send/dm-verp-secret.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define DATA "tests/data/dunning/"
#define INVOICE_MID "<inv-2026-0042@acme.example>"

typedef struct {
	DmTestFixture base;
	gint64 invoice;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_setup(&f->base, "unread", 2026, 11, 24, 12);
	f->invoice = dm_test_invoice_42_full(f->base.ledger, INVOICE_MID);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_test_fixture_teardown(&f->base);
}

/* Puts @message (LF line ends; from @mail_from to @rcpt) in work/ as found there a second time, and
 * runs the start-up recovery, which sets it aside unread. */
static void
set_aside_unread(Fixture *f, DmDirection direction, const char *mail_from, const char *rcpt,
                 const char *message)
{
	g_autoptr(GString) bytes = dm_test_spool_bytes(direction, mail_from, rcpt, message);
	g_autofree char *path = g_build_filename(f->base.config->spool_dir, "work",
	                                         "0001-reply" DM_INGEST_RETRY_SUFFIX, NULL);
	g_assert_true(g_file_set_contents(path, bytes->str, (gssize) bytes->len, NULL));
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_recover(f->base.config, f->base.ledger, f->base.now, &st, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(st.set_aside, ==, 1);
}

static DmInvoiceStatus
status(Fixture *f)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, NULL);
	g_assert_nonnull(inv);
	return inv->status;
}

/* The set-aside events, of the invoice when @invoice > 0, else of none. */
static guint
set_aside_events(Fixture *f, gint64 invoice)
{
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, invoice, NULL,
	                                                DM_EVENT_SPOOL_SET_ASIDE, NULL);
	g_assert_nonnull(ev);
	guint n = 0;
	for (guint i = 0; i < ev->len; i++)
		n += ((DmEvent *) ev->pdata[i])->invoice_id == invoice;
	return n;
}

static char *
digest_text(Fixture *f)
{
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	return g_strdup(digest.body);
}

/* Held, with the file named in its timeline and the digest offering to resume it. */
static void
assert_held(Fixture *f)
{
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_HELD);
	g_assert_cmpuint(set_aside_events(f, f->invoice), ==, 1);
	g_assert_cmpuint(set_aside_events(f, 0), ==, 0);
	g_autofree char *digest = digest_text(f);
	g_assert_nonnull(strstr(digest, "0001-reply"));
	/* In the owner's language (Dutch here); `dunmail show` keeps the English. */
	g_assert_nonnull(strstr(digest, "het kan een antwoord zijn over 2026-0042"));
	g_assert_nonnull(strstr(digest, "dunmail resume 2026-0042"));
	g_assert_true(dm_test_logged("held for you"));
}

/* Its In-Reply-To names the invoice's mail: held, whoever sent it. */
static void
test_by_thread(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "reply-dispute-nl.eml", &raw, NULL, NULL));
	set_aside_unread(f, DM_DIRECTION_INCOMING, "boekhouder@kantoor.example",
	                 "billing@acme.example", raw);
	assert_held(f);
}

/* No thread headers, but the debtor's own address: each unpaid invoice of it is held. */
static void
test_by_sender(Fixture *f, gconstpointer data)
{
	(void) data;
	set_aside_unread(f, DM_DIRECTION_INCOMING, "klant@debtor.example", "billing@acme.example",
	                 "From: <klant@debtor.example>\nSubject: betaling\n\nBetaald.\n");
	assert_held(f);
}

/* A bounce (the null sender) to the VERP address of a reminder for the invoice. */
static void
test_by_verp(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	gint64 row = 0;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<r1@acme.example>",
	                            "klant@debtor.example", "Herinnering", body,
	                            "2026-11-20T09:00:00Z", &row, &err));
	g_autofree char *secret = NULL;
	g_assert_true(dm_verp_secret_ensure(f->base.config, f->base.ledger, &secret, &err));
	g_assert_no_error(err);
	g_autofree char *verp = dm_verp_address("billing@acme.example", row, secret);
	set_aside_unread(f, DM_DIRECTION_INCOMING, "", verp,
	                 "From: MAILER-DAEMON@mx.debtor.example\nSubject: Undelivered\n\nx\n");
	assert_held(f);
}

/* A stranger's message that names no thread of ours holds nothing: named in the digest
 * only; so is an outgoing message set aside. */
static void
test_tied_to_nothing(Fixture *f, gconstpointer data)
{
	(void) data;
	set_aside_unread(f, DM_DIRECTION_INCOMING, "iemand@elders.example", "billing@acme.example",
	                 "From: <iemand@elders.example>\nIn-Reply-To: <other@elders.example>\n"
	                 "Subject: vraag\n\nIn-Reply-To: " INVOICE_MID "\n");
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpuint(set_aside_events(f, 0), ==, 1);
	g_autofree char *digest = digest_text(f);
	g_assert_nonnull(strstr(digest, "0001-reply"));
	g_assert_null(strstr(digest, "dunmail resume"));

	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "reply-dispute-nl.eml", &raw, NULL, NULL));
	set_aside_unread(f, DM_DIRECTION_OUTGOING, "billing@acme.example", "klant@debtor.example",
	                 raw);
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpuint(set_aside_events(f, 0), ==, 2);
}

/* The day invoice 2026-0042 resumes by itself, as "YYYY-MM-DD". */
static char *
resume_day(Fixture *f)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(f->base.ledger, f->invoice, NULL);
	g_assert_nonnull(inv);
	g_assert_true(g_date_valid(&inv->pause_until));
	char day[16];
	g_date_strftime(day, sizeof day, "%Y-%m-%d", &inv->pause_until);
	return g_strdup(day);
}

/* Retried twice, days later — put back from bad/ where it is read again, and set aside
 * again — the same reply holds its invoice once: no later resume day, no second event,
 * the digest names it once, and each retry says so in the log. */
static void
test_retried_twice(Fixture *f, gconstpointer data)
{
	(void) data;
	static const char name[] = "0001-reply" DM_INGEST_RETRY_SUFFIX;
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "reply-dispute-nl.eml", &raw, NULL, NULL));
	set_aside_unread(f, DM_DIRECTION_INCOMING, "klant@debtor.example", "billing@acme.example",
	                 raw);
	assert_held(f);
	g_autofree char *day = resume_day(f);
	g_autofree char *bad = g_build_filename(f->base.config->spool_dir, "bad", name, NULL);
	g_autofree char *work = g_build_filename(f->base.config->spool_dir, "work", name, NULL);
	for (int retry = 1; retry <= 2; retry++) {
		g_autoptr(GDateTime) later = g_date_time_add_days(f->base.now, 2);
		g_date_time_unref(f->base.now);
		f->base.now = g_steal_pointer(&later);
		dm_test_log_clear();
		g_assert_cmpint(g_rename(bad, work), ==, 0);
		DmIngestStats st = { 0 };
		g_autoptr(GError) err = NULL;
		g_assert_true(dm_ingest_recover(f->base.config, f->base.ledger, f->base.now, &st, &err));
		g_assert_no_error(err);
		g_assert_cmpuint(st.set_aside, ==, 1);
		g_assert_true(g_file_test(bad, G_FILE_TEST_IS_REGULAR));
		g_assert_true(dm_test_logged("set aside before as 0001-reply"));
		g_assert_false(dm_test_logged("held for you"));
		g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_HELD);
		g_autofree char *again = resume_day(f);
		g_assert_cmpstr(again, ==, day);
		g_assert_cmpuint(set_aside_events(f, f->invoice), ==, 1);
		g_assert_cmpuint(set_aside_events(f, 0), ==, 0);
		g_autofree char *digest = digest_text(f);
		const char *at = strstr(digest, "0001-reply");
		g_assert_nonnull(at);
		g_assert_null(strstr(at + 1, "0001-reply"));
	}
}

/* The same bytes as a message the ledger has already ingested, set aside this time (here:
 * no message a parser can find, 0 bytes) are the duplicate they are: removed, holding
 * nothing and named nowhere, as ingestion treats a copy it can read. */
static void
test_ingested_then_unreadable(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(GError) err = NULL;
	g_autofree char *empty = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	                                                     (const guchar *) "", 0);
	DmMessageRecord rec = { .message_id = "", .sha256 = empty, .direction = "incoming",
	                        .role = "other", .received_at = "2026-11-24T09:00:00Z" };
	gint64 row = 0;
	g_assert_true(dm_ledger_message_add(f->base.ledger, &rec, &row, &err));
	g_assert_no_error(err);
	dm_test_spool_message(f->base.config->spool_dir, "0002-reply", DM_DIRECTION_INCOMING,
	                      "klant@debtor.example", "billing@acme.example", "");
	DmIngestStats st = dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
	g_assert_cmpuint(st.duplicates, ==, 1);
	g_assert_cmpuint(st.set_aside, ==, 0);
	g_assert_true(dm_test_logged("spool 0002-reply: its message was already ingested"));
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpuint(set_aside_events(f, f->invoice), ==, 0);
	g_assert_cmpuint(set_aside_events(f, 0), ==, 0);
	g_autofree char *bad = g_build_filename(f->base.config->spool_dir, "bad", NULL);
	g_assert_cmpuint(dm_test_count_files(bad), ==, 0);

	/* Without that row the same file is set aside, holding what it is tied to. */
	dm_test_spool_message(f->base.config->spool_dir, "0003-reply", DM_DIRECTION_INCOMING,
	                      "klant@debtor.example", "billing@acme.example", "");
	dm_test_ledger_sql(f->base.config->database, "DELETE FROM messages");
	st = dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
	g_assert_cmpuint(st.set_aside, ==, 1);
	g_assert_cmpint(status(f), ==, DM_INVOICE_STATUS_HELD);
}

/* The thread scan: both headers, folded lines, CRLF or LF; nothing after the header
 * block; at most @max ids; nothing of other headers. */
static void
test_thread_ids(void)
{
	static const char msg[] =
		"Subject: <not@this>\r\n"
		"In-Reply-To: <a@x>\r\n"
		"references: <b@x>\n"
		"\t<c@x> <d@x>\r\n"
		"X-Other: <e@x>\r\n"
		" <f@x>\r\n"
		"\r\n"
		"References: <g@x>\r\n";
	g_autoptr(GPtrArray) ids = dm_ingest_unread_thread_ids(msg, sizeof msg - 1, 50);
	g_assert_cmpuint(ids->len, ==, 4);
	static const char *const want[] = { "<a@x>", "<b@x>", "<c@x>", "<d@x>" };
	for (guint i = 0; i < ids->len; i++)
		g_assert_cmpstr(ids->pdata[i], ==, want[i]);
	g_autoptr(GPtrArray) two = dm_ingest_unread_thread_ids(msg, sizeof msg - 1, 2);
	g_assert_cmpuint(two->len, ==, 2);
	g_autoptr(GPtrArray) cut = dm_ingest_unread_thread_ids(msg, 25, 50);
	g_assert_cmpuint(cut->len, ==, 0);           /* "<a@x>" is not whole within 25 bytes */
	g_autoptr(GPtrArray) none = dm_ingest_unread_thread_ids("", 0, 50);
	g_assert_cmpuint(none->len, ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	dm_test_log_init();
	g_test_add("/ingest-unread/by-thread", Fixture, NULL, setup, test_by_thread, teardown);
	g_test_add("/ingest-unread/by-sender", Fixture, NULL, setup, test_by_sender, teardown);
	g_test_add("/ingest-unread/by-verp", Fixture, NULL, setup, test_by_verp, teardown);
	g_test_add("/ingest-unread/tied-to-nothing", Fixture, NULL, setup, test_tied_to_nothing,
	           teardown);
	g_test_add("/ingest-unread/retried-twice", Fixture, NULL, setup, test_retried_twice,
	           teardown);
	g_test_add("/ingest-unread/ingested-then-unreadable", Fixture, NULL, setup,
	           test_ingested_then_unreadable, teardown);
	g_test_add_func("/ingest-unread/thread-ids", test_thread_ids);
	return g_test_run();
}
