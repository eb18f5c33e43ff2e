/* test-dunning-ingest: spool -> ledger on a temporary spool and ledger.  Spool files are
 * written here as the milter writes them (envelope block + the message with CRLF) from the
 * messages in tests/data/dunning/.  Covers: an invoice recorded once however often it is
 * spooled; garbage set aside; a verified dispute pausing the invoice and an unverified one
 * holding it for the owner (never shortening a stronger pause); a promise beyond the
 * horizon holding, and an out-of-office's return day within and beyond it; our own
 * reminder confirmed; recovery of work/ after a crash; a PDF that costs
 * poppler more than the parse budget set aside while the pass goes on, and the ledger's
 * write lock free while a file is parsed; a parse stopped from outside (the OOM killer)
 * tried again, while the pass goes on, and set aside at the third stop; and, through dunmaild's pass, a reply spooled
 * before a pass applied before that pass sends anything. */
#include <signal.h>
#include <string.h>

#include "common/dm-clock.h"
#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/owner/dm-owner.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#include <sqlite3.h>

#define DATA "tests/data/dunning/"

typedef struct {
	DmTestFixture base;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "ingest", 2026, 11, 24, 12);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

static char *
spool_sub(Fixture *f, const char *sub)
{
	return g_build_filename(f->base.config->spool_dir, sub, NULL);
}

/* (transfer full) the bytes of a spool file holding @eml (LF turned into CRLF). */
static GString *
spool_bytes(DmDirection direction, const char *mail_from, const char *rcpt, const char *eml)
{
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(eml, &raw, NULL, NULL));
	return dm_test_spool_bytes(direction, mail_from, rcpt, raw);
}

static void
put_file(Fixture *f, const char *sub, const char *name, const char *data, gsize len)
{
	g_autofree char *dir = spool_sub(f, sub);
	g_autofree char *path = g_build_filename(dir, name, NULL);
	g_assert_true(g_file_set_contents(path, data, (gssize) len, NULL));
}

static void
spool(Fixture *f, const char *sub, const char *name, DmDirection direction,
      const char *mail_from, const char *rcpt, const char *eml)
{
	g_autoptr(GString) s = spool_bytes(direction, mail_from, rcpt, eml);
	put_file(f, sub, name, s->str, s->len);
}

static void
spool_invoice(Fixture *f, const char *name)
{
	spool(f, "new", name, DM_DIRECTION_OUTGOING, "billing@acme.example", "klant@debtor.example",
	      DATA "invoice-nl.eml");
}

static DmIngestStats
ingest(Fixture *f)
{
	return dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
}

static guint
count_events(Fixture *f, gint64 invoice, const char *kind_name)
{
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name(kind_name, &kind));
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, invoice, NULL, kind, NULL);
	g_assert_nonnull(ev);
	return ev->len;
}

static void
assert_spool_empty(Fixture *f, const char *sub)
{
	g_autofree char *dir = spool_sub(f, sub);
	g_assert_cmpuint(dm_test_count_files(dir), ==, 0);
}

static void
test_invoice(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.ingested, ==, 1);
	g_assert_cmpuint(st.invoices, ==, 1);
	g_assert_cmpuint(st.duplicates, ==, 0);
	g_assert_cmpuint(st.set_aside, ==, 0);
	assert_spool_empty(f, "new");
	assert_spool_empty(f, "work");
	assert_spool_empty(f, "bad");

	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, &err);
	g_assert_cmpuint(all->len, ==, 1);
	DmInvoice *inv = all->pdata[0];
	g_assert_cmpstr(inv->number, ==, "2026-0042");
	g_assert_cmpstr(inv->debtor_email, ==, "klant@debtor.example");
	g_assert_true(inv->has_amount);
	g_assert_cmpint(inv->amount_cents, ==, 125000);
	g_assert_cmpstr(inv->currency, ==, "EUR");
	g_autofree char *due = dm_date_iso(&inv->due_date);
	g_assert_cmpstr(due, ==, "2026-11-16");
	g_autofree char *issue = dm_date_iso(&inv->issue_date);
	g_assert_cmpstr(issue, ==, "2026-10-17");
	g_assert_cmpstr(inv->message_id, ==, "<inv-2026-0042@acme.example>");
	g_assert_cmpstr(inv->source, ==, "body");
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
	g_assert_cmpstr(inv->subject, ==, "Factuur 2026-0042");
	g_assert_cmpuint(count_events(f, inv->id, "invoice_recorded"), ==, 1);
	g_assert_true(dm_test_logged("invoice 2026-0042 to klant@debtor.example"));

	/* The very same file again: recognised, removed, nothing new. */
	spool_invoice(f, "0002-invoice-again");
	DmIngestStats st2 = ingest(f);
	g_assert_cmpuint(st2.duplicates, ==, 1);
	g_assert_cmpuint(st2.ingested, ==, 0);
	g_assert_cmpuint(st2.invoices, ==, 0);
	assert_spool_empty(f, "new");
	assert_spool_empty(f, "work");
	g_autoptr(GPtrArray) all2 = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, &err);
	g_assert_cmpuint(all2->len, ==, 1);
	g_assert_cmpuint(count_events(f, inv->id, "invoice_recorded"), ==, 1);
}

/* The same invoice in other bytes (e.g. resent with another header): a new message, but
 * the invoice is not recorded twice. */
static void
test_invoice_resent(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	ingest(f);
	g_autoptr(GString) s = spool_bytes(DM_DIRECTION_OUTGOING, "billing@acme.example",
	                                   "klant@debtor.example", DATA "invoice-nl.eml");
	g_autoptr(GString) changed = g_string_new(NULL);
	gsize body = strstr(s->str, "\n\n") - s->str + 2;
	g_string_append_len(changed, s->str, (gssize) body);
	g_string_append(changed, "X-Resent: yes\r\n");
	g_string_append_len(changed, s->str + body, (gssize) (s->len - body));
	put_file(f, "new", "0002-resent", changed->str, changed->len);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.ingested, ==, 1);
	g_assert_cmpuint(st.duplicates, ==, 0);
	g_assert_cmpuint(st.invoices, ==, 0);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 1);
	g_assert_cmpuint(count_events(f, 0, "invoice_recorded"), ==, 1);
}

typedef struct {
	const char *name;
	const char *content;
	const char *why;            /* in the event's detail */
} BadCase;

static const BadCase bad_cases[] = {
	{ "garbage", "hello, this is no spool file\n", "not a spool file" },
	{ "empty", "", "not a spool file" },
	{ "no-envelope-end", DM_SPOOL_MAGIC "\nDirection: incoming\n", "no end of envelope" },
	{ "no-direction", DM_SPOOL_MAGIC "\nDirection: sideways\nMail-From: a@b.example\n\n"
	  "From: a@b.example\r\nSubject: x\r\n\r\nhi\r\n", "no direction" },
};

static void
test_bad_file(Fixture *f, gconstpointer data)
{
	const BadCase *bc = data;
	put_file(f, "new", bc->name, bc->content, strlen(bc->content));
	spool_invoice(f, "zzzz-good-one-after");       /* one bad file never stops the pass */
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.set_aside, ==, 1);
	g_assert_cmpuint(st.ingested, ==, 1);
	assert_spool_empty(f, "new");
	assert_spool_empty(f, "work");
	g_autofree char *bad = spool_sub(f, "bad");
	g_autoptr(GPtrArray) names = dm_test_list_dir(bad);
	g_assert_cmpuint(names->len, ==, 1);
	g_assert_cmpstr(names->pdata[0], ==, bc->name);
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, DM_EVENT_SPOOL_SET_ASIDE, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) ev->pdata[0])->detail;
	g_assert_nonnull(strstr(detail, bc->name));
	if (!strstr(detail, bc->why))
		g_test_fail_printf("event detail \"%s\" lacks \"%s\"", detail, bc->why);
	g_assert_true(dm_test_logged("set aside"));
}

/* Spools @eml from tests/data/dunning with each @from[i] replaced by @to[i]. */
static void
spool_edited(Fixture *f, const char *name, DmDirection direction, const char *mail_from,
             const char *rcpt, const char *eml, const char *const *from, const char *const *to)
{
	g_autofree char *text = NULL;
	g_assert_true(g_file_get_contents(eml, &text, NULL, NULL));
	for (gsize i = 0; from[i]; i++) {
		g_auto(GStrv) parts = g_strsplit(text, from[i], -1);
		g_free(text);
		text = g_strjoinv(to[i], parts);
	}
	g_autofree char *path = g_build_filename(f->base.dir, name, NULL);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	spool(f, "new", name, direction, mail_from, rcpt, path);
}

static DmReplyRow *
only_reply(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_ledger_replies_list(f->base.ledger, NULL, 0, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(rows->len, ==, 1);
	return g_ptr_array_steal_index(rows, 0);
}

static void
test_dispute_verified(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-nl.eml");
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.ingested, ==, 2);
	g_assert_cmpuint(st.invoices, ==, 1);
	g_assert_cmpuint(st.replies, ==, 1);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_nonnull(inv);

	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, inv->id);
	g_assert_cmpstr(r->invoice_number, ==, "2026-0042");
	g_assert_cmpstr(r->from_addr, ==, "klant@debtor.example");
	g_assert_cmpstr(r->kind, ==, "reply");
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "dispute");
	g_assert_true(r->authenticated);
	g_assert_true(r->applied);
	g_assert_nonnull(strstr(r->reply_text, "niet eens"));
	g_assert_null(strstr(r->reply_text, "> Beste Jan"));

	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	g_assert_cmpstr(inv->pause_reason, ==, "dispute");
	g_assert_false(g_date_valid(&inv->pause_until));
	g_assert_cmpuint(count_events(f, inv->id, "reply_applied"), ==, 1);
	g_assert_true(dm_test_logged("matched by thread"));
}

/* Our X-Dunmail header alone does not make a message ours (DESIGN: the header and a
 * Message-ID we recorded): a debtor's dispute that carries it, a reminder sent back with
 * "redirect" and a line added, is still read and applied. */
static void
test_stray_own_header_is_read(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	g_autofree char *reply = NULL;
	gsize len = 0;
	g_assert_true(g_file_get_contents(DATA "reply-dispute-nl.eml", &reply, &len, NULL));
	g_autofree char *marked = g_strconcat("X-Dunmail: reminder\n", reply, NULL);
	g_autofree char *path = g_build_filename(f->base.dir, "marked.eml", NULL);
	g_assert_true(g_file_set_contents(path, marked, -1, NULL));
	spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", path);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.replies, ==, 1);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "dispute");
	g_assert_true(r->applied);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	g_assert_true(dm_test_logged("carries X-Dunmail but message"));
}

/* DESIGN: an unverified reply never acts by itself, and is never ignored either: it
 * holds the invoice for the owner, at most [replies] max_hold_days (10 by default). */
static void
test_dispute_unverified_holds(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-foreign-authserv.eml");
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.replies, ==, 1);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, inv->id);
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "dispute");
	g_assert_false(r->authenticated);
	g_assert_false(r->applied);
	g_assert_true(r->needs_review);
	g_assert_nonnull(strstr(r->note, "waiting for you: sender not verified"));
	g_assert_cmpint(r->note_reason, ==, DM_REPLY_NOTE_HELD_UNVERIFIED);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "held");
	g_assert_cmpstr(inv->pause_reason, ==, "sender not verified");
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	g_assert_cmpstr(until, ==, "2026-12-04");       /* 2026-11-24 + 10 */
	g_assert_cmpuint(count_events(f, inv->id, "reply_applied"), ==, 0);
	g_assert_cmpuint(count_events(f, inv->id, "reply_held"), ==, 1);
	g_assert_true(dm_test_logged("invoice 2026-0042 held (sender not verified) until 2026-12-04"));
	/* The owner reads why in the digest's language, not dunmaild's English note. */
	g_free(f->base.config->language);
	f->base.config->language = g_strdup("de");
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(digest.body, "wartet auf Sie: Absender nicht verifiziert"));
	g_assert_null(strstr(digest.body, "waiting for you"));
	g_assert_null(strstr(digest.body, "not verified"));
}

/* A hold never shortens a stronger state: after a verified dispute, an unverified reply
 * leaves the invoice paused until the owner decides, and still waits for the owner. */
static void
test_unverified_after_dispute_keeps_pause(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-nl.eml");
	spool(f, "new", "0003-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-foreign-authserv.eml");
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	g_assert_cmpstr(inv->pause_reason, ==, "dispute");
	g_assert_false(g_date_valid(&inv->pause_until));
	g_autoptr(GPtrArray) waiting = dm_ledger_replies_for_review(f->base.ledger, NULL);
	g_assert_cmpuint(waiting->len, ==, 1);
	g_assert_false(((DmReplyRow *) waiting->pdata[0])->authenticated);
}

/* A verified out-of-office holds the ladder until the day its writer is back; one back
 * beyond [replies] horizon_days holds for the owner instead (issue 6, point 9). */
static void
test_autoreply_horizon(Fixture *f, gconstpointer data)
{
	const char *last_day = data;
	spool_invoice(f, "0001-invoice");
	g_autofree char *away = g_strdup_printf("Ik ben met vakantie tot en met %s en lees mijn "
	                                        "mail niet.", last_day);
	const char *from[] = { "Subject: Re: Factuur 2026-0042",
	                       "Ik ben het niet eens met deze factuur. Er zijn tien uren gerekend maar er is\n"
	                       "maar vier uur gewerkt, dat klopt dus niet.", NULL };
	const char *to[] = { "Subject: Afwezig: Re: Factuur 2026-0042\nAuto-Submitted: auto-replied",
	                     away, NULL };
	spool_edited(f, "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	             "billing@acme.example", DATA "reply-dispute-nl.eml", from, to);
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "auto_reply");
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	if (strstr(last_day, "2099")) {
		g_assert_false(r->applied);
		g_assert_true(r->needs_review);
		g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "held");
		g_assert_cmpstr(inv->pause_reason, ==, "date beyond the horizon");
		g_assert_cmpstr(until, ==, "2026-12-04");       /* 2026-11-24 + 10 */
	} else {
		/* Away through Thursday 3 December: back Friday the 4th, held a day more. */
		g_assert_true(r->applied);
		g_assert_false(r->needs_review);
		g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
		g_assert_cmpstr(until, ==, "2026-12-05");
	}
}

/* A verified, confident promise acts by itself within the horizon; the same promise for
 * a day beyond [replies] horizon_days holds for the owner instead.  A promise for a vague
 * time ("volgende week") names no day, yet holds the invoice until that time's end as a
 * stated day would: written on Tuesday 24 November, next week ends on Friday 4 December. */
static void
test_promise_horizon(Fixture *f, gconstpointer data)
{
	const char *day = data;
	gboolean vague = !g_ascii_isdigit(day[0]);
	spool_invoice(f, "0001-invoice");
	/* A promise the model reads with confidence: the horizon is the point here. */
	g_autofree char *promise = g_strdup_printf("Excuses voor de vertraging. Ik maak het bedrag "
	                                           "%s%s over.", vague ? "" : "op ", day);
	const char *from[] = { "Ik ben het niet eens met deze factuur. Er zijn tien uren gerekend maar er is\n"
	                       "maar vier uur gewerkt, dat klopt dus niet.", NULL };
	const char *to[] = { promise, NULL };
	spool_edited(f, "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	             "billing@acme.example", DATA "reply-dispute-nl.eml", from, to);
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "promise_to_pay");
	g_assert_true(r->authenticated);
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	if (strstr(day, "2099")) {
		g_assert_false(r->applied);
		g_assert_true(r->needs_review);
		g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "held");
		g_assert_cmpstr(inv->pause_reason, ==, "date beyond the horizon");
		g_assert_cmpstr(until, ==, "2026-12-04");
	} else {
		g_assert_true(r->applied);
		g_assert_false(r->needs_review);
		g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
		g_autofree char *stated = dm_date_iso(&r->stated_date);
		g_assert_cmpstr(stated, ==, vague ? "2026-12-04" : "2026-12-03");
		/* The day + 3 days' grace. */
		g_assert_cmpstr(until, ==, vague ? "2026-12-07" : "2026-12-06");
	}
}

/* A reply about nothing we know: recorded for the owner, nothing changed. */
static void
test_reply_unmatched(Fixture *f, gconstpointer data)
{
	spool(f, "new", "0001-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-nl.eml");
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.replies, ==, 1);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, 0);
	g_assert_false(r->applied);
	g_assert_cmpuint(count_events(f, 0, "reply_recorded"), ==, 1);
}

/* Spools invoices 2026-0042 and 2026-0043 to klant@debtor.example, then a reply of
 * klant's that names neither: no thread headers, no number, with @subject_extra
 * headers. */
static void
spool_two_and_unthreaded_reply(Fixture *f, const char *subject_extra)
{
	spool_invoice(f, "0001-invoice");
	static const char *const inv_from[] = { "2026-0042", NULL };
	static const char *const inv_to[] = { "2026-0043", NULL };
	spool_edited(f, "0002-invoice", DM_DIRECTION_OUTGOING, "billing@acme.example",
	             "klant@debtor.example", DATA "invoice-nl.eml", inv_from, inv_to);
	g_autofree char *subject = g_strdup_printf("Subject: Re: uw factuur%s", subject_extra);
	const char *from[] = { "Subject: Re: Factuur 2026-0042",
	                       "In-Reply-To: <inv-2026-0042@acme.example>\n",
	                       "References: <inv-2026-0042@acme.example>\n", NULL };
	const char *to[] = { subject, "", "", NULL };
	spool_edited(f, "0003-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	             "billing@acme.example", DATA "reply-dispute-nl.eml", from, to);
	g_assert_cmpuint(ingest(f).replies, ==, 1);
}

static void
assert_status(Fixture *f, const char *number, const char *status, const char *reason)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, number, NULL);
	g_assert_nonnull(inv);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, status);
	g_assert_cmpstr(inv->pause_reason, ==, reason);
}

/* Issue 6, point 1: a person's reply that names none of the sender's several unpaid
 * invoices holds each of them for the owner — never only listed while every ladder runs
 * on — and the owner's decisions lift those holds: resume one at a time, or reclassify
 * the reply for all it still holds. */
static void
test_unmatched_reply_holds_each(Fixture *f, gconstpointer data)
{
	spool_two_and_unthreaded_reply(f, "");
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, 0);
	g_assert_false(r->applied);
	g_assert_true(r->needs_review);
	g_assert_cmpstr(r->held_numbers, ==, "2026-0042, 2026-0043");
	g_assert_nonnull(strstr(r->note, "waiting for you: which invoice? it may concern "
	                                 "2026-0042, 2026-0043"));
	g_assert_cmpint(r->note_reason, ==, DM_REPLY_NOTE_HELD_WHICH);
	const char *why = "which invoice? the sender has several unpaid";
	assert_status(f, "2026-0042", "held", why);
	assert_status(f, "2026-0043", "held", why);
	g_autoptr(DmInvoice) a = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autofree char *until = dm_date_iso(&a->pause_until);
	g_assert_cmpstr(until, ==, "2026-12-04");       /* 2026-11-24 + max_hold_days 10 */
	g_assert_cmpuint(count_events(f, a->id, "reply_held"), ==, 1);

	/* The owner lets one go: the reply still waits, for the other. */
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_resume(f->base.ledger, "2026-0042", f->base.now, &summary, &err));
	g_assert_no_error(err);
	assert_status(f, "2026-0042", "open", NULL);
	g_autoptr(DmReplyRow) still = only_reply(f);
	g_assert_true(still->needs_review);
	g_assert_cmpstr(still->held_numbers, ==, "2026-0043");

	/* ... and calls the reply "other": the last hold is lifted, nothing waits. */
	g_autofree char *said = NULL;
	g_assert_true(dm_owner_reclassify(f->base.ledger, r->id, DM_REPLY_CLASS_OTHER, NULL, f->base.now,
	                                  &said, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(said, "invoice 2026-0043 open"));
	assert_status(f, "2026-0043", "open", NULL);
	g_autoptr(DmReplyRow) done = only_reply(f);
	g_assert_false(done->needs_review);
	g_assert_null(done->held_numbers);
}

/* The owner's class for such a reply applies to each invoice it holds. */
static void
test_unmatched_reply_reclassified(Fixture *f, gconstpointer data)
{
	spool_two_and_unthreaded_reply(f, "");
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_autoptr(GError) err = NULL;
	g_autofree char *said = NULL;
	g_assert_true(dm_owner_reclassify(f->base.ledger, r->id, DM_REPLY_CLASS_DISPUTE, NULL, f->base.now,
	                                  &said, &err));
	g_assert_no_error(err);
	assert_status(f, "2026-0042", "paused", "dispute");
	assert_status(f, "2026-0043", "paused", "dispute");
	g_autoptr(GPtrArray) waiting = dm_ledger_replies_for_review(f->base.ledger, NULL);
	g_assert_cmpuint(waiting->len, ==, 0);
}

/* An out-of-office its headers give away holds nothing when it names no invoice: a
 * machine's message, not a person's. */
static void
test_unmatched_auto_reply_holds_nothing(Fixture *f, gconstpointer data)
{
	spool_two_and_unthreaded_reply(f, "\nAuto-Submitted: auto-replied");
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, 0);
	g_assert_cmpstr(r->kind, ==, "auto_reply");
	g_assert_false(r->needs_review);
	g_assert_null(r->held_numbers);
	assert_status(f, "2026-0042", "open", NULL);
	assert_status(f, "2026-0043", "open", NULL);
}

/* Our own reminder, seen passing the MTA: the outbox row is confirmed, and it is never
 * taken for an invoice although it names one. */
static void
test_own_message_confirmed(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "invoice-nl.eml", &raw, NULL, NULL));
	/* Our own header and Message-ID on the same text. */
	g_autoptr(GString) own = g_string_new("X-Dunmail: reminder\n");
	g_string_append(own, raw);
	g_autofree char *own_text = g_string_free(g_steal_pointer(&own), FALSE);
	g_autofree char *swapped = NULL;
	{
		g_auto(GStrv) parts = g_strsplit(own_text, "<inv-2026-0042@acme.example>", 2);
		swapped = g_strjoinv("<dunmail.r1@acme.example>", parts);
	}
	g_autofree char *eml = g_build_filename(f->base.dir, "own.eml", NULL);
	g_assert_true(g_file_set_contents(eml, swapped, -1, NULL));
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	gint64 row;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_outbox_add(f->base.ledger, inv->id, 1, "<dunmail.r1@acme.example>",
	                            "klant@debtor.example", "Herinnering", body,
	                            "2026-11-24T10:00:00Z", &row, &err));
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, "x", &moved, &err) && moved);
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT,
	                             NULL, "x", &moved, &err) && moved);

	spool(f, "new", "0002-own", DM_DIRECTION_OUTGOING, "billing@acme.example",
	      "klant@debtor.example", eml);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.confirmed, ==, 1);
	g_assert_cmpuint(st.invoices, ==, 0);
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, inv->id, DM_OUTBOX_STATE_CONFIRMED, &err);
	g_assert_cmpuint(rows->len, ==, 1);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 1);
}

/* The owner writing to the billing address is not a debtor's reply. */
static void
test_owner_mail(Fixture *f, gconstpointer data)
{
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "reply-dispute-nl.eml", &raw, NULL, NULL));
	g_auto(GStrv) parts = g_strsplit(raw, "From: Jan de Vries <klant@debtor.example>", 2);
	g_autofree char *text = g_strjoinv("From: Owner <owner@acme.example>", parts);
	g_autofree char *eml = g_build_filename(f->base.dir, "owner.eml", NULL);
	g_assert_true(g_file_set_contents(eml, text, -1, NULL));
	spool(f, "new", "0001-owner", DM_DIRECTION_INCOMING, "owner@acme.example",
	      "billing@acme.example", eml);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.ingested, ==, 1);
	g_assert_cmpuint(st.replies, ==, 0);
	g_autoptr(GPtrArray) rows = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	g_assert_cmpuint(rows->len, ==, 0);
}

/* Writes @text (LF line ends) to a file in the fixture's directory; its path. */
static char *
eml_file(Fixture *f, const char *name, const char *text)
{
	char *path = g_build_filename(f->base.dir, name, NULL);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

/* The owner mails the debtor personally from the billing address (no invoice, not ours):
 * the debtor's open invoice waits owner_mail_wait_days, with an event saying why. */
static void
test_owner_wrote_personally(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	ingest(f);
	g_autofree char *eml = eml_file(f, "personal.eml",
		"From: Acme BV <billing@acme.example>\nTo: Jan de Vries <klant@debtor.example>\n"
		"Subject: Even bellen?\nMessage-ID: <personal-1@acme.example>\n"
		"Date: Tue, 24 Nov 2026 10:00:00 +0100\n\n"
		"Hoi Jan,\n\nZullen we morgen even bellen over de planning van het project?\n\nPiet\n");
	spool(f, "new", "0002-personal", DM_DIRECTION_OUTGOING, "billing@acme.example",
	      "klant@debtor.example", eml);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.ingested, ==, 1);
	g_assert_cmpuint(st.invoices, ==, 0);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	GDate want = dm_clock_date(f->base.now);
	g_date_add_days(&want, 7);
	g_assert_cmpint(g_date_compare(&inv->pause_until, &want), ==, 0);
	g_assert_cmpuint(count_events(f, inv->id, "owner_wrote"), ==, 1);
	/* One reason for every such pause, which the digest words; the event names the debtor. */
	g_assert_cmpstr(inv->pause_reason, ==, "you wrote to the debtor yourself");
	g_autoptr(GPtrArray) wrote = dm_ledger_events_list(f->base.ledger, inv->id, NULL,
	                                                   DM_EVENT_OWNER_WROTE, NULL);
	const DmEvent *told = g_ptr_array_index(wrote, 0);
	g_assert_nonnull(strstr(told->detail, "you wrote to klant@debtor.example"));

	/* Switched off: a second debtor's invoice stays open. */
	f->base.config->owner_mail_wait_days = 0;
	g_autofree char *eml2 = eml_file(f, "personal2.eml",
		"From: Acme BV <billing@acme.example>\nTo: klant@debtor.example\n"
		"Subject: Nog een vraag\nMessage-ID: <personal-2@acme.example>\n\nHoi Jan, nog een vraag.\n");
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, inv->id, DM_INVOICE_STATUS_OPEN, NULL,
	                                           NULL, &err));
	spool(f, "new", "0003-personal", DM_DIRECTION_OUTGOING, "billing@acme.example",
	      "klant@debtor.example", eml2);
	ingest(f);
	g_autoptr(DmInvoice) again = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_cmpstr(dm_invoice_status_name(again->status), ==, "open");
	g_assert_cmpuint(count_events(f, inv->id, "owner_wrote"), ==, 1);
}

/* A kill mid-parse of the milter's copy of our own reminder: at start-up the copy is
 * recognised by its Message-ID alone and confirms the row, instead of being set aside
 * (where the proof would be lost and the reminder would go twice). */
static void
test_own_copy_found_in_work(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_autoptr(GError) err = NULL;
	gint64 row;
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_add(f->base.ledger, inv->id, 1, "<dunmail.w1@acme.example>",
	                            "klant@debtor.example", "Herinnering", body,
	                            "2026-11-24T10:00:00Z", &row, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_UNKNOWN,
	                             NULL, "x", &moved, &err) && moved);
	g_autofree char *eml = eml_file(f, "own.eml",
		"X-Dunmail: reminder\nFrom: Acme BV <billing@acme.example>\nTo: klant@debtor.example\n"
		"Subject: Herinnering\nMessage-ID: <dunmail.w1@acme.example>\n\nx\n");
	spool(f, "work", "0002-own", DM_DIRECTION_OUTGOING, "billing@acme.example",
	      "klant@debtor.example", eml);
	DmIngestStats st = { 0 };
	g_assert_true(dm_ingest_recover(f->base.config, f->base.ledger, f->base.now, &st, &err));
	g_assert_no_error(err);
	g_assert_cmpuint(st.set_aside, ==, 0);
	g_assert_cmpuint(st.confirmed, ==, 1);
	assert_spool_empty(f, "work");
	assert_spool_empty(f, "bad");
	g_autoptr(DmOutboxItem) it = dm_outbox_get(f->base.ledger, row, NULL);
	g_assert_cmpstr(dm_outbox_state_name(it->state), ==, "confirmed");
}

static void
test_recover(Fixture *f, gconstpointer data)
{
	/* Recorded, but the process stopped before removing it from work/. */
	spool_invoice(f, "0001-invoice");
	ingest(f);
	spool(f, "work", "0001-invoice", DM_DIRECTION_OUTGOING, "billing@acme.example",
	      "klant@debtor.example", DATA "invoice-nl.eml");
	/* Claimed but never recorded: dunmaild stopped while reading it.  One more try. */
	spool(f, "work", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-nl.eml");
	/* Not even a spool file: it gets its try too, and the reading sets it aside. */
	put_file(f, "work", "0003-junk", "junk", 4);
	/* Found in work/ a second time: maybe the file that stops us.  Set aside unread. */
	spool(f, "work", "0004-reply" DM_INGEST_RETRY_SUFFIX, DM_DIRECTION_INCOMING,
	      "klant@debtor.example", "billing@acme.example", DATA "reply-dispute-nl.eml");

	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ingest_recover(f->base.config, f->base.ledger, f->base.now, &st, &err));
	g_assert_no_error(err);
	assert_spool_empty(f, "work");
	g_assert_cmpuint(st.retried, ==, 2);
	g_assert_cmpuint(st.set_aside, ==, 1);
	g_autofree char *newdir = spool_sub(f, "new");
	g_autoptr(GPtrArray) back = dm_test_list_dir(newdir);
	g_assert_cmpuint(back->len, ==, 2);
	g_assert_cmpstr(back->pdata[0], ==, "0002-reply" DM_INGEST_RETRY_SUFFIX);
	g_assert_cmpstr(back->pdata[1], ==, "0003-junk" DM_INGEST_RETRY_SUFFIX);
	g_autofree char *bad = spool_sub(f, "bad");
	g_autoptr(GPtrArray) names = dm_test_list_dir(bad);
	g_assert_cmpuint(names->len, ==, 1);
	g_assert_cmpstr(names->pdata[0], ==, "0004-reply" DM_INGEST_RETRY_SUFFIX);
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, DM_EVENT_SPOOL_SET_ASIDE, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_nonnull(strstr(((DmEvent *) ev->pdata[0])->detail, "0004-reply"));
	g_assert_nonnull(strstr(((DmEvent *) ev->pdata[0])->detail, "in progress at start-up twice"));
	/* Nothing was parsed during recovery: no reply yet, the invoice still open. */
	g_autoptr(GPtrArray) none = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	g_assert_cmpuint(none->len, ==, 0);

	/* The retried reply is read by the next pass like any other; the junk is set aside. */
	DmIngestStats next = ingest(f);
	g_assert_cmpuint(next.replies, ==, 1);
	g_assert_cmpuint(next.set_aside, ==, 1);
	assert_spool_empty(f, "new");
	g_autoptr(GPtrArray) replies = dm_ledger_replies_list(f->base.ledger, NULL, 0, NULL);
	g_assert_cmpuint(replies->len, ==, 1);
}

/* A verified sender who is not the debtor (the reminder was forwarded to a bookkeeper)
 * holds the thread, but does not change the dunning: the owner is told why. */
static void
test_thread_stranger_not_applied(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	static const char *const from[] = { "klant@debtor.example", "header.from=debtor.example", NULL };
	static const char *const to[] = { "boekhouder@kantoor.example", "header.from=kantoor.example", NULL };
	spool_edited(f, "0002-reply", DM_DIRECTION_INCOMING, "boekhouder@kantoor.example",
	             "billing@acme.example", DATA "reply-dispute-nl.eml", from, to);
	ingest(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, inv->id);
	g_assert_cmpstr(dm_reply_class_name(r->klass), ==, "dispute");
	g_assert_true(r->authenticated);
	g_assert_false(r->applied);
	g_assert_nonnull(r->note);
	g_assert_nonnull(strstr(r->note, "is not the debtor"));
	g_assert_cmpint(r->note_reason, ==, DM_REPLY_NOTE_NOT_DEBTOR);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
}

/* In the thread of 2026-0042, "factuur 2026-0043 klopt niet" is about 2026-0043. */
static void
test_number_beats_thread(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	static const char *const inv_from[] = { "2026-0042", NULL };
	static const char *const inv_to[] = { "2026-0043", NULL };
	spool_edited(f, "0002-invoice", DM_DIRECTION_OUTGOING, "billing@acme.example",
	             "klant@debtor.example", DATA "invoice-nl.eml", inv_from, inv_to);
	static const char *const from[] = { "Ik ben het niet eens met deze factuur.",
	                                    "Subject: Re: Factuur 2026-0042", NULL };
	static const char *const to[] = { "Ik ben het niet eens met factuur 2026-0043.",
	                                  "Subject: Re: uw factuur", NULL };
	spool_edited(f, "0003-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	             "billing@acme.example", DATA "reply-dispute-nl.eml", from, to);
	DmIngestStats st = ingest(f);
	g_assert_cmpuint(st.invoices, ==, 2);
	g_autoptr(DmInvoice) a = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_autoptr(DmInvoice) b = dm_ledger_invoice_by_number(f->base.ledger, "2026-0043", NULL);
	g_assert_nonnull(b);
	g_autoptr(DmReplyRow) r = only_reply(f);
	g_assert_cmpint(r->invoice_id, ==, b->id);
	g_assert_true(r->applied);
	g_assert_cmpstr(dm_invoice_status_name(a->status), ==, "open");
	g_assert_cmpstr(dm_invoice_status_name(b->status), ==, "paused");
	g_assert_true(dm_test_logged("in the thread of another invoice"));
}

/* Breaks the ledger under dunmaild's feet: @sql run on the SQLite file beside it. */
static void
break_ledger(Fixture *f, const char *sql)
{
	dm_test_ledger_sql(f->base.config->database, sql);
}

/* (transfer full) a one-page PDF that costs poppler's text extraction ~20 s of CPU here
 * (measured: 10,000 short words, each drawn at one of seven rotations, 450 KB): the
 * text layout of rotated words is far worse than linear. */
static GString *
hostile_pdf(void)
{
	static const char *const rot[] = { "0.955 0.296 -0.296 0.955", "0.454 0.891 -0.891 0.454",
	                                   "-0.323 0.946 -0.946 -0.323", "-0.857 0.516 -0.516 -0.857",
	                                   "-0.967 -0.256 0.256 -0.967", "-0.490 -0.872 0.872 -0.490",
	                                   "0.284 -0.959 0.959 0.284" };
	g_autoptr(GString) content = g_string_new("BT /F1 2 Tf\n");
	for (guint i = 0; i < 10000; i++)
		g_string_append_printf(content, "%s %u %u Tm (ab) Tj\n", rot[i % G_N_ELEMENTS(rot)],
		                       (i * 37) % 600, (i * 53) % 780);
	g_string_append(content, "ET");
	g_autofree char *stream = g_strdup_printf("<< /Length %" G_GSIZE_FORMAT " >>\nstream\n%s\nendstream",
	                                          content->len, content->str);
	const char *objs[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		stream,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
		"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
	};
	GString *pdf = g_string_new("%PDF-1.4\n");
	gsize offsets[G_N_ELEMENTS(objs)];
	for (gsize i = 0; i < G_N_ELEMENTS(objs); i++) {
		offsets[i] = pdf->len;
		g_string_append_printf(pdf, "%" G_GSIZE_FORMAT " 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	gsize xref = pdf->len;
	g_string_append_printf(pdf, "xref\n0 %" G_GSIZE_FORMAT "\n0000000000 65535 f \n",
	                       G_N_ELEMENTS(objs) + 1);
	for (gsize i = 0; i < G_N_ELEMENTS(objs); i++)
		g_string_append_printf(pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
	g_string_append_printf(pdf, "trailer\n<< /Size %" G_GSIZE_FORMAT " /Root 1 0 R >>\n"
	                       "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", G_N_ELEMENTS(objs) + 1, xref);
	return pdf;
}

/* Spools, as new/@name, an outgoing invoice mail with the hostile PDF attached. */
static void
spool_hostile_invoice(Fixture *f, const char *name)
{
	g_autoptr(GString) pdf = hostile_pdf();
	g_autofree char *b64 = g_base64_encode((const guchar *) pdf->str, pdf->len);
	g_autoptr(GString) eml = g_string_new(
		"From: Acme B.V. <billing@acme.example>\nTo: Jan de Vries <klant@debtor.example>\n"
		"Subject: Factuur 2026-0099\nDate: Sat, 17 Oct 2026 10:00:00 +0200\n"
		"Message-ID: <inv-2026-0099@acme.example>\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
		"Content-Type: text/plain; charset=utf-8\n\nZie de bijlage.\n--b\n"
		"Content-Type: application/pdf; name=\"factuur.pdf\"\n"
		"Content-Disposition: attachment; filename=\"factuur.pdf\"\n"
		"Content-Transfer-Encoding: base64\n\n");
	for (gsize i = 0, n = strlen(b64); i < n; i += 76)
		g_string_append_printf(eml, "%.76s\n", b64 + i);
	g_string_append(eml, "--b--\n");
	g_autofree char *path = g_build_filename(f->base.dir, "hostile.eml", NULL);
	g_assert_true(g_file_set_contents(path, eml->str, (gssize) eml->len, NULL));
	spool(f, "new", name, DM_DIRECTION_OUTGOING, "billing@acme.example", "klant@debtor.example",
	      path);
}

/* One file over the parse budget: set aside with the reason, for the digest, and the
 * invoice spooled after it is recorded in the same pass. */
static void
test_over_budget_set_aside(Fixture *f, gconstpointer data)
{
	f->base.config->parse_time_limit = 1;
	spool_hostile_invoice(f, "0001-hostile");
	spool_invoice(f, "0002-invoice");
	gint64 started = g_get_monotonic_time();
	DmIngestStats st = ingest(f);
	/* Stopped at the budget (1 s CPU, 7 s by the clock), not after poppler's ~20 s. */
	g_assert_cmpint(g_get_monotonic_time() - started, <, 12 * G_USEC_PER_SEC);
	g_assert_cmpuint(st.set_aside, ==, 1);
	g_assert_cmpuint(st.ingested, ==, 1);
	g_assert_cmpuint(st.invoices, ==, 1);
	g_autofree char *bad = spool_sub(f, "bad");
	g_autoptr(GPtrArray) names = dm_test_list_dir(bad);
	g_assert_cmpuint(names->len, ==, 1);
	g_assert_cmpstr(names->pdata[0], ==, "0001-hostile");
	assert_spool_empty(f, "new");
	assert_spool_empty(f, "work");
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, DM_EVENT_SPOOL_SET_ASIDE, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) ev->pdata[0])->detail;
	g_assert_nonnull(strstr(detail, "0001-hostile"));
	/* By CPU, or by the wall clock when the machine is too busy to give it the CPU. */
	if (!strstr(detail, "parse exceeded 1 s CPU") && !strstr(detail, "parse exceeded 7 s (wall clock)"))
		g_test_fail_printf("event detail \"%s\" names no budget", detail);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_nonnull(inv);
	g_assert_null(dm_ledger_invoice_by_number(f->base.ledger, "2026-0099", NULL));
}

typedef struct {
	Fixture *f;
	DmIngestStats stats;
	gboolean ok;
} IngestRun;

static gpointer
ingest_thread(gpointer data)
{
	IngestRun *run = data;
	g_autoptr(GError) err = NULL;
	run->ok = dm_ingest_spool(run->f->base.config, run->f->base.ledger, dm_test_reply_model(),
	                          run->f->base.now, &run->stats, &err);
	return NULL;
}

/* While a file is parsed, no write transaction is open: another connection takes the
 * ledger's write lock without waiting (busy timeout 0) in the middle of a slow parse. */
static void
test_parse_outside_transaction(Fixture *f, gconstpointer data)
{
	f->base.config->parse_time_limit = 1;
	spool_hostile_invoice(f, "0001-hostile");
	IngestRun run = { .f = f };
	GThread *t = g_thread_new("ingest", ingest_thread, &run);
	g_autofree char *work = spool_sub(f, "work");
	g_autofree char *claimed = g_build_filename(work, "0001-hostile", NULL);
	for (int i = 0; i < 2000 && !g_file_test(claimed, G_FILE_TEST_EXISTS); i++)
		g_usleep(1000);
	g_assert_true(g_file_test(claimed, G_FILE_TEST_EXISTS));
	g_usleep(300 * 1000);     /* well into poppler's work on the PDF */
	g_assert_true(g_file_test(claimed, G_FILE_TEST_EXISTS));
	sqlite3 *other = NULL;
	g_assert_cmpint(sqlite3_open(f->base.config->database, &other), ==, SQLITE_OK);
	sqlite3_busy_timeout(other, 0);
	int rc = sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	g_assert_cmpint(rc, ==, SQLITE_OK);
	g_thread_join(t);
	g_assert_true(run.ok);
	g_assert_cmpuint(run.stats.set_aside, ==, 1);
}

/* The pid of a child of this process (the parse child), waiting up to 10 s for one. */
static pid_t
wait_for_child(void)
{
	for (int i = 0; i < 10000; i++) {
		g_autoptr(GDir) proc = g_dir_open("/proc", 0, NULL);
		const char *n;
		while (proc && (n = g_dir_read_name(proc))) {
			g_autofree char *path = g_build_filename("/proc", n, "stat", NULL);
			g_autofree char *stat = NULL;
			if (!g_ascii_isdigit(n[0]) || !g_file_get_contents(path, &stat, NULL, NULL))
				continue;
			/* "pid (comm) state ppid ...": comm may hold spaces, so read after the ')'. */
			const char *after = strrchr(stat, ')');
			char state;
			int ppid;
			if (after && sscanf(after + 1, " %c %d", &state, &ppid) == 2 && ppid == getpid())
				return (pid_t) g_ascii_strtoll(n, NULL, 10);
		}
		g_usleep(1000);
	}
	g_assert_not_reached();
}

/* A parse stopped from outside (the kernel's OOM killer) is most likely not the file's
 * fault, and must not hold up the rest: the file goes back to new/ with the stop counted
 * on its name and the invoice after it is read in the same pass; the third stop sets it
 * aside with an event, so the OOM killer does not fire every minute for ever. */
static void
test_stopped_from_outside(Fixture *f, gconstpointer data)
{
	f->base.config->parse_time_limit = 60;      /* poppler's ~20 s on it: stopped long before */
	spool_hostile_invoice(f, "0001-hostile");
	spool_invoice(f, "0002-invoice");
	g_autofree char *newdir = spool_sub(f, "new");
	g_autofree char *bad = spool_sub(f, "bad");
	for (guint stop = 1; stop <= DM_INGEST_STOPPED_TRIES; stop++) {
		IngestRun run = { .f = f };
		GThread *t = g_thread_new("ingest", ingest_thread, &run);
		g_assert_cmpint(kill(wait_for_child(), SIGKILL), ==, 0);
		g_thread_join(t);
		g_assert_true(run.ok);
		g_assert_cmpuint(run.stats.invoices, ==, stop == 1 ? 1 : 0);
		assert_spool_empty(f, "work");
		g_autoptr(GPtrArray) waiting = dm_test_list_dir(newdir);
		g_autoptr(GPtrArray) aside = dm_test_list_dir(bad);
		if (stop < DM_INGEST_STOPPED_TRIES) {
			g_autofree char *expect = g_strdup_printf("0001-hostile.stopped-%u", stop);
			g_assert_cmpuint(run.stats.stopped, ==, 1);
			g_assert_cmpuint(waiting->len, ==, 1);
			g_assert_cmpstr(waiting->pdata[0], ==, expect);
			g_assert_cmpuint(aside->len, ==, 0);
		} else {
			g_assert_cmpuint(run.stats.set_aside, ==, 1);
			g_assert_cmpuint(waiting->len, ==, 0);
			g_assert_cmpuint(aside->len, ==, 1);
		}
	}
	g_autoptr(GPtrArray) ev = dm_ledger_events_list(f->base.ledger, 0, NULL, DM_EVENT_SPOOL_SET_ASIDE, NULL);
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) ev->pdata[0])->detail;
	if (!strstr(detail, "parser stopped from outside (signal 9") || !strstr(detail, "3 times"))
		g_test_fail_printf("event detail \"%s\" does not say it was stopped 3 times", detail);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_nonnull(inv);
}

/* A ledger failure is not the message's fault: the file goes back to new/ for the next
 * pass, not to work/ (where the next start-up would set it aside unread). */
static void
test_ledger_failure_gives_file_back(Fixture *f, gconstpointer data)
{
	break_ledger(f, "DROP TABLE events");
	spool_invoice(f, "0001-invoice");
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_ingest_spool(f->base.config, f->base.ledger, dm_test_reply_model(), f->base.now, &st, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL);
	assert_spool_empty(f, "work");
	assert_spool_empty(f, "bad");
	g_autofree char *newdir = spool_sub(f, "new");
	g_assert_cmpuint(dm_test_count_files(newdir), ==, 1);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 0);     /* rolled back whole */
}

/* A reply whose thread cannot be looked up (the ledger fails) is not "matched by
 * sender" or "no invoice": its ingest fails, the file goes back for the next pass, and
 * nothing is recorded about it. */
static void
test_match_lookup_error_fails_ingest(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	DmIngestStats first = ingest(f);
	g_assert_cmpuint(first.invoices, ==, 1);
	/* The thread lookup reads the outbox (a reply may answer a reminder). */
	break_ledger(f, "ALTER TABLE outbox RENAME TO outbox_gone");
	spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
	      "billing@acme.example", DATA "reply-dispute-nl.eml");
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_ingest_spool(f->base.config, f->base.ledger, dm_test_reply_model(), f->base.now, &st, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL);
	g_assert_nonnull(strstr(err->message, "outbox"));
	g_clear_error(&err);
	g_autofree char *newdir = spool_sub(f, "new");
	g_assert_cmpuint(dm_test_count_files(newdir), ==, 1);
	g_autoptr(GPtrArray) replies = dm_ledger_replies_list(f->base.ledger, NULL, 0, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(replies->len, ==, 0);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", &err);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
}

/* A bad file whose set-aside the ledger cannot record stays out of bad/: there the digest
 * would never name it.  It goes back to new/, and the pass fails, to try again. */
static void
test_set_aside_needs_its_event(Fixture *f, gconstpointer data)
{
	break_ledger(f, "DROP TABLE events");
	put_file(f, "new", "garbage", "hello, this is no spool file\n", 29);
	DmIngestStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_ingest_spool(f->base.config, f->base.ledger, dm_test_reply_model(), f->base.now, &st, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL);
	assert_spool_empty(f, "bad");
	assert_spool_empty(f, "work");
	g_autofree char *newdir = spool_sub(f, "new");
	g_assert_cmpuint(dm_test_count_files(newdir), ==, 1);
	g_assert_cmpuint(st.set_aside, ==, 0);
}

/* One pass of dunmaild at f->base.now (a dry run: nothing reaches SMTP; a reminder decided is
 * still written to the outbox, marked as rehearsed). */
static void
pass(Fixture *f)
{
	g_autoptr(DmClock) clock = dm_clock_new_running_from(f->base.now);
	DmPassOptions opt = { .dry_run = TRUE, .reply_model = dm_test_reply_model(),
	                      .clock = clock };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_pass_run(f->base.config, f->base.ledger, f->base.now, &opt, &err));
	g_assert_no_error(err);
}

/* Reminders written for invoice 2026-0042, in any state. */
static guint
reminders_of_invoice(Fixture *f)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	g_assert_nonnull(inv);
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, inv->id, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	return rows->len;
}

/* Issue 7 point 5: a reply ingested in the same pass is applied before anything is sent.
 * Invoice 2026-0042 (due 2026-11-16) has its first reminder due on 11-23; on 11-24 a
 * verified dispute lies in the spool when the pass starts: the pass pauses the invoice
 * and writes no reminder.  (@data non-NULL: the control, no reply — the reminder goes.) */
static void
test_pass_reply_before_send(Fixture *f, gconstpointer data)
{
	spool_invoice(f, "0001-invoice");
	ingest(f);
	if (!data)
		spool(f, "new", "0002-reply", DM_DIRECTION_INCOMING, "klant@debtor.example",
		      "billing@acme.example", DATA "reply-dispute-nl.eml");
	pass(f);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(f->base.ledger, "2026-0042", NULL);
	if (data) {
		g_assert_cmpuint(reminders_of_invoice(f), ==, 1);
		g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "open");
		return;
	}
	g_assert_cmpuint(reminders_of_invoice(f), ==, 0);
	g_assert_cmpstr(dm_invoice_status_name(inv->status), ==, "paused");
	g_assert_cmpstr(inv->pause_reason, ==, "dispute");
	/* and it holds: the next pass sends nothing either */
	pass(f);
	g_assert_cmpuint(reminders_of_invoice(f), ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	dm_parser_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/ingest/invoice", test_invoice);
	ADD("/ingest/owner-wrote-personally", test_owner_wrote_personally);
	ADD("/ingest/own-copy-found-in-work", test_own_copy_found_in_work);
	ADD("/ingest/invoice-resent", test_invoice_resent);
	ADD("/ingest/dispute-verified", test_dispute_verified);
	ADD("/ingest/pass/reply-applied-before-send", test_pass_reply_before_send);
	g_test_add("/ingest/pass/no-reply-reminder-goes", Fixture, "control", setup,
	           test_pass_reply_before_send, teardown);
	ADD("/ingest/dispute-unverified-holds", test_dispute_unverified_holds);
	ADD("/ingest/unverified-after-dispute-keeps-pause", test_unverified_after_dispute_keeps_pause);
	g_test_add("/ingest/promise-within-horizon-acts", Fixture, "3 december 2026", setup,
	           test_promise_horizon, teardown);
	g_test_add("/ingest/promise-beyond-horizon-holds", Fixture, "1 maart 2099", setup,
	           test_promise_horizon, teardown);
	g_test_add("/ingest/promise-vague-holds-until-its-end", Fixture, "volgende week", setup,
	           test_promise_horizon, teardown);
	g_test_add("/ingest/autoreply-within-horizon-waits", Fixture, "donderdag 3 december",
	           setup, test_autoreply_horizon, teardown);
	g_test_add("/ingest/autoreply-beyond-horizon-holds", Fixture, "27 februari 2099", setup,
	           test_autoreply_horizon, teardown);
	ADD("/ingest/reply-unmatched", test_reply_unmatched);
	ADD("/ingest/unmatched-reply-holds-each", test_unmatched_reply_holds_each);
	ADD("/ingest/unmatched-reply-reclassified", test_unmatched_reply_reclassified);
	ADD("/ingest/unmatched-auto-reply-holds-nothing", test_unmatched_auto_reply_holds_nothing);
	ADD("/ingest/own-message-confirmed", test_own_message_confirmed);
	ADD("/ingest/owner-mail", test_owner_mail);
	ADD("/ingest/recover", test_recover);
	ADD("/ingest/ledger-failure-gives-file-back", test_ledger_failure_gives_file_back);
	ADD("/ingest/set-aside-needs-its-event", test_set_aside_needs_its_event);
	ADD("/ingest/match-lookup-error-fails-ingest", test_match_lookup_error_fails_ingest);
	ADD("/ingest/thread-stranger-not-applied", test_thread_stranger_not_applied);
	ADD("/ingest/number-beats-thread", test_number_beats_thread);
	ADD("/ingest/over-budget-set-aside", test_over_budget_set_aside);
	ADD("/ingest/stopped-from-outside", test_stopped_from_outside);
	ADD("/ingest/stray-own-header-is-read", test_stray_own_header_is_read);
	ADD("/ingest/parse-outside-transaction", test_parse_outside_transaction);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
		g_autofree char *p = g_strconcat("/ingest/bad/", bad_cases[i].name, NULL);
		g_test_add(p, Fixture, &bad_cases[i], setup, test_bad_file, teardown);
	}
	return g_test_run();
}
