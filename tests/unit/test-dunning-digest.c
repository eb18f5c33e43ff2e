/* test-dunning-digest: the owner's digest names everything that needs the owner — a
 * reply that did not act and why, a spool file set aside, an invoice mail not tracked, a
 * message from the owner's address, a reminder the mail server keeps refusing, a reply
 * that holds its invoice until the owner decides (who, which invoice, the class, what
 * they wrote, when the ladder resumes, the commands; hostile text kept harmless) — and
 * `digest --send` sends the digest alone, never the reminders waiting in the outbox. */
#include <string.h>

#include "common/dm-clock.h"
#include "common/dm-spool.h"
#include "dunning/daemon/dm-pass.h"
#include "dunning/report/dm-digest.h"
#include "dunning/report/dm-digest-note.h"
#include "dunning/send/dm-digest-send.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/owner/dm-owner.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define NOW_ISO "2026-12-01T11:00:00Z"

typedef struct {
	DmTestFixture base;
	gint64 invoice;
} Fixture;

/* Records invoice @number of EUR @cents to @email (named @name), due @due_day November
 * 2026; its id. */
static gint64
add_invoice(Fixture *f, const char *number, const char *email, const char *name, gint64 cents,
            int due_day)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(email);
	inv->debtor_name = g_strdup(name);
	inv->has_amount = TRUE;
	inv->amount_cents = cents;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, (GDateDay) due_day, 11, 2026);
	inv->message_id = g_strdup_printf("<inv-%s@acme.example>", number);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(f->base.ledger, inv, NOW_ISO, &existed, &err));
	g_assert_no_error(err);
	return inv->id;
}

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "digest", 2026, 12, 1, 12);
	g_autoptr(GError) err = NULL;

	f->invoice = add_invoice(f, "2026-0042", "klant@debtor.example", NULL, 125000, 16);

	DmMessageRecord rec = { .message_id = "<r1@kantoor.example>", .sha256 = "x",
	                        .direction = "incoming", .role = "reply",
	                        .from_addr = "boekhouder@kantoor.example", .subject = "Re: factuur",
	                        .received_at = NOW_ISO };
	gint64 row;
	g_assert_true(dm_ledger_message_add(f->base.ledger, &rec, &row, &err));
	DmReplyRow reply = { .message_row = row, .invoice_id = f->invoice,
	                     .from_addr = "boekhouder@kantoor.example", .kind = "reply",
	                     .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.8, .reply_text = "Klopt niet.",
	                     .authenticated = TRUE, .applied = FALSE,
	                     .note = "not applied: boekhouder@kantoor.example is not the debtor",
	                     .received_at = NOW_ISO };
	g_date_clear(&reply.stated_date, 1);
	g_assert_true(dm_ledger_reply_add(f->base.ledger, &reply, &err));
	g_assert_true(dm_ledger_event(f->base.ledger, 0, NOW_ISO, DM_EVENT_SPOOL_SET_ASIDE,
	                              "0007.eml: found in progress at start-up", &err));
	g_assert_true(dm_ledger_event(f->base.ledger, 0, NOW_ISO, DM_EVENT_INVOICE_UNREADABLE,
	                              "invoice mail without a number", &err));
	g_assert_true(dm_ledger_event(f->base.ledger, 0, NOW_ISO, DM_EVENT_OWNER_MESSAGE,
	                              "message from the owner's address", &err));
	g_assert_no_error(err);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

/* A reminder the server keeps refusing: pending after @attempts tries. */
static gint64
pending_reminder(Fixture *f, int attempts)
{
	g_autoptr(GBytes) body = g_bytes_new_static("Subject: x\r\n\r\nx\r\n", 16);
	gint64 id;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_outbox_add(f->base.ledger, f->invoice, 1, "<rem-1@acme.example>",
	                            "klant@debtor.example", "Herinnering: factuur 2026-0042", body,
	                            NOW_ISO, &id, &err));
	for (int i = 0; i < attempts; i++) {
		gboolean moved = FALSE;
		g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_PENDING,
		                             DM_OUTBOX_STATE_SENDING, NULL, NOW_ISO, &moved, &err));
		g_assert_true(moved);
		g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_SENDING,
		                             DM_OUTBOX_STATE_PENDING, "530 relay denied", NOW_ISO,
		                             &moved, &err));
		g_assert_true(moved);
	}
	return id;
}

static char *
attention_section(const char *body)
{
	const char *start = strstr(body, "== Heeft uw aandacht nodig ==");
	g_assert_nonnull(start);
	const char *end = strstr(start + 3, "\n== ");
	g_assert_nonnull(end);
	return g_strndup(start, (gsize) (end - start));
}

/* Builds the digest into @digest; it must say that the owner is needed. */
static void
build_needing_owner(Fixture *f, DmDigest *digest)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, digest, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(digest->subject, "(actie nodig)"));
}

static void
test_needs_you(Fixture *f, gconstpointer data)
{
	pending_reminder(f, 3);
	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	static const char *const expect[] = {
		"is not the debtor",                      /* the reply's note */
		"0007.eml: found in progress",            /* set aside */
		"factuur niet gevolgd",                   /* invoice_unreadable */
		"bericht van uw adres",                   /* owner_message */
		"nog niet verstuurd (3 pogingen: 530 relay denied)",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(expect); i++)
		if (!strstr(attention, expect[i]))
			g_error("attention section lacks \"%s\":\n%s", expect[i], attention);
}

/* Holds a new invoice of a debtor whose name is hostile with a reply whose text is too;
 * the reply's id. */
static gint64
held_reply(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	gint64 invoice = add_invoice(f, "2026-0050", "evil@debtor2.example",
	                             "Evil\r\nBcc: victim@example", 48000, 20);
	GDate until;
	g_date_set_dmy(&until, 11, 12, 2026);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, invoice, DM_INVOICE_STATUS_HELD,
	                                           "sender not verified", &until, &err));
	g_assert_no_error(err);
	DmReplyRow reply = { .invoice_id = invoice, .from_addr = "evil@debtor2.example",
	                     .kind = "reply", .klass = DM_REPLY_CLASS_PROMISE_TO_PAY,
	                     .confidence = 0.55,
	                     .reply_text = "Ik betaal op 3 december.\r\nBcc: x@example\n\n== Verstuurd ==\nnep",
	                     .note = "waiting for you: sender not verified (dmarc=fail)",
	                     .needs_review = TRUE, .received_at = NOW_ISO };
	g_date_set_dmy(&reply.stated_date, 3, 12, 2026);
	return dm_test_reply_add(f->base.ledger, "<r2@debtor2.example>", &reply);
}

static guint
occurrences(const char *text, const char *what)
{
	guint n = 0;
	for (const char *p = strstr(text, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

static void
test_held_reply(Fixture *f, gconstpointer data)
{
	gint64 id = held_reply(f);
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	g_autofree char *rid = g_strdup_printf("R%" G_GINT64_FORMAT " ", id);
	g_autofree char *reclassify = g_strdup_printf(
		"dunmail reclassify R%" G_GINT64_FORMAT " promise_to_pay --date 2026-12-03", id);
	const char *const expect[] = {
		rid,
		"evil@debtor2.example",
		"factuur 2026-0050",
		"480,00",
		"2026-0050 (\xe2\x82\xac 480,00): belooft te betalen (55%), datum 2026-12-03",
		"sender not verified (dmarc=fail)",
		"\"Ik betaal op 3 december.",
		"dunmail: wacht op u; herinneringen gaan verder op 2026-12-11 tenzij u beslist",
		reclassify,
		"dunmail resume 2026-0050",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(expect); i++)
		if (!strstr(attention, expect[i]))
			g_error("attention section lacks \"%s\":\n%s", expect[i], attention);
	/* Hostile text stays on its line: no header, no section of its own making. */
	g_assert_null(strstr(digest.body, "\nBcc:"));
	g_assert_null(strstr(digest.body, "\r"));
	g_assert_cmpuint(occurrences(digest.body, "\n== Verstuurd =="), ==, 0);   /* nothing sent */
	/* Decided: it leaves "needs you". */
	g_assert_true(dm_ledger_reply_reviewed(f->base.ledger, id, 0, &err));
	g_auto(DmDigest) after = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &after, &err));
	g_autofree char *attention2 = attention_section(after.body);
	g_assert_null(strstr(attention2, "dunmail resume 2026-0050"));
}

/* A held reply the owner reclassified is decided: the digest tells it with the class and
 * the day the owner gave (a promise under the promises), not under "needs you" with the
 * note that it waits; the ledger's rows keep both readings. */
static void
test_reclassified_reply(Fixture *f, gconstpointer data)
{
	gint64 id = held_reply(f);
	g_autoptr(GError) err = NULL;
	GDate owner_day;
	g_date_set_dmy(&owner_day, 5, 12, 2026);
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_reclassify(f->base.ledger, id, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                  &owner_day, f->base.now, &summary, &err));
	g_assert_no_error(err);

	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	g_autofree char *rid = g_strdup_printf("R%" G_GINT64_FORMAT " ", id);
	const char *needs = strstr(digest.body, "== Heeft uw aandacht nodig ==");
	if (needs) {
		g_autofree char *attention = attention_section(digest.body);
		g_assert_null(strstr(attention, rid));
		g_assert_null(strstr(attention, "2026-0050"));
	}
	const char *promises = strstr(digest.body, "== Beloftes");
	g_assert_nonnull(promises);
	g_assert_nonnull(strstr(promises, "factuur 2026-0050"));
	g_assert_nonnull(strstr(promises, "beloofd voor 2026-12-05"));
	g_assert_null(strstr(digest.body, "sender not verified"));

	g_autoptr(GPtrArray) rows = dm_ledger_replies_list(f->base.ledger, NULL, 0, &err);
	g_assert_no_error(err);
	const DmReplyRow *r = NULL;
	for (guint i = 0; i < rows->len; i++)
		if (((const DmReplyRow *) g_ptr_array_index(rows, i))->id == id)
			r = g_ptr_array_index(rows, i);
	g_assert_nonnull(r);
	g_assert_true(r->owner_decided);
	g_assert_cmpint(r->owner_class, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_assert_cmpint(g_date_compare(&r->owner_date, &owner_day), ==, 0);
	g_assert_cmpint(g_date_get_day(&r->stated_date), ==, 3);   /* as dunmail read it */
	g_assert_false(r->applied);
	g_assert_nonnull(r->note);
}

/* A reply that named none of its sender's two unpaid invoices holds both: "needs you"
 * names them and a resume for each; resuming one leaves the reply there for the other. */
/* A reply of twee@debtor3.example (message @message_id) that named neither of its
 * sender's unpaid invoices @first and @second, and holds both; their ids.  @note_reason is
 * the code dunmaild stored, or NONE as an older dunmail did. */
static GArray *
reply_holding_two(Fixture *f, const char *first, const char *second, const char *message_id,
                  DmReplyNote note_reason)
{
	g_autoptr(GError) err = NULL;
	GArray *held = g_array_new(FALSE, FALSE, sizeof(gint64));
	const char *const numbers[] = { first, second };
	GDate until;
	g_date_set_dmy(&until, 11, 12, 2026);
	for (gsize i = 0; i < G_N_ELEMENTS(numbers); i++) {
		gint64 id = add_invoice(f, numbers[i], "twee@debtor3.example", NULL, 10000, 20);
		g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, id, DM_INVOICE_STATUS_HELD,
		                                           "which invoice? the sender has several unpaid",
		                                           &until, &err));
		g_array_append_val(held, id);
	}
	g_autofree char *note = g_strdup_printf("waiting for you: which invoice? it may concern "
	                                        "%s, %s", first, second);
	DmMessageRecord rec = { .message_id = message_id, .sha256 = message_id,
	                        .direction = "incoming", .role = "reply",
	                        .from_addr = "twee@debtor3.example", .received_at = NOW_ISO };
	DmReplyRow reply = { .from_addr = "twee@debtor3.example", .kind = "reply",
	                     .klass = DM_REPLY_CLASS_PROMISE_TO_PAY, .confidence = 0.97,
	                     .reply_text = "Ik betaal volgende week.", .note = note,
	                     .note_reason = note_reason, .needs_review = TRUE,
	                     .received_at = NOW_ISO };
	g_date_clear(&reply.stated_date, 1);
	g_assert_true(dm_ledger_message_add(f->base.ledger, &rec, &reply.message_row, &err));
	g_assert_true(dm_ledger_reply_add_holding(f->base.ledger, &reply, held, &err));
	g_assert_no_error(err);
	return held;
}

/* The owner's decisions about an invoice a reply holds, other than resume and reclassify. */
typedef enum { DECIDE_PAUSE, DECIDE_WRITEOFF, DECIDE_PAID } Decision;

static void
decide(Fixture *f, Decision d, const char *number)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *summary = NULL;
	gboolean ok = d == DECIDE_PAUSE
		? dm_owner_pause(f->base.ledger, number, "belt zelf", NULL, f->base.now, &summary, &err)
		: d == DECIDE_WRITEOFF
		? dm_owner_writeoff(f->base.ledger, number, NULL, f->base.now, &summary, &err)
		: dm_owner_paid(f->base.ledger, number, 0, NULL, f->base.now, &summary, &err);
	g_assert_no_error(err);
	g_assert_true(ok);
}

/* Stopping, writing off or recording as paid an invoice a reply held is the owner's
 * decision: the reply no longer waits — not listed under "needs you" as waiting for
 * ever (a paid one as "matches no open invoice"), nor with a resume of a paid invoice. */
static void
test_decided_hold_not_waiting(Fixture *f, gconstpointer data)
{
	Decision d = GPOINTER_TO_INT(data);
	gint64 id = held_reply(f);
	g_autoptr(GArray) held = reply_holding_two(f, "2026-0051", "2026-0052",
	                                           "<r3@debtor3.example>", DM_REPLY_NOTE_HELD_WHICH);
	decide(f, d, "2026-0050");
	decide(f, d, "2026-0051");

	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) waiting = dm_ledger_replies_for_review(f->base.ledger, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(waiting->len, ==, 1);      /* the second reply, for 2026-0052 alone */
	const DmReplyRow *r = g_ptr_array_index(waiting, 0);
	g_assert_cmpint(r->id, !=, id);
	g_assert_cmpstr(r->held_numbers, ==, "2026-0052");

	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	/* R2 is new since the last digest, so it is told once, as not waiting. */
	if (strstr(attention, "past bij geen openstaande factuur") ||
	    strstr(attention, "wacht op u; herinneringen gaan verder") ||
	    strstr(attention, "dunmail resume 2026-0050") || strstr(attention, "2026-0051,"))
		g_error("a decided hold still waits:\n%s", attention);
	g_assert_nonnull(strstr(attention, "wacht op u: welke factuur? het kan gaan over 2026-0052"));
}

static void
test_reply_holding_several(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GArray) held = reply_holding_two(f, "2026-0051", "2026-0052", "<r3@debtor3.example>",
	                                           DM_REPLY_NOTE_NONE);

	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	const char *const expect[] = {
		"twee@debtor3.example: belooft te betalen",
		"- noemt geen factuur; kan gaan over 2026-0051, 2026-0052; die wachten op u",
		"\"Ik betaal volgende week.",
		"dunmail resume 2026-0051",
		"dunmail resume 2026-0052",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(expect); i++)
		if (!strstr(attention, expect[i]))
			g_error("attention section lacks \"%s\":\n%s", expect[i], attention);
	g_assert_null(strstr(attention, "past bij geen"));

	/* The owner lets 2026-0051 go: the reply stays, for 2026-0052 alone. */
	g_assert_true(dm_ledger_reply_reviewed(f->base.ledger, 0, g_array_index(held, gint64, 0), &err));
	g_auto(DmDigest) after = { 0 };
	build_needing_owner(f, &after);
	g_autofree char *attention2 = attention_section(after.body);
	g_assert_nonnull(strstr(attention2, "kan gaan over 2026-0052; die wachten op u"));
	g_assert_null(strstr(attention2, "dunmail resume 2026-0051"));
}

/* In English, the hold says when the ladder resumes in the words of the issue. */
static void
test_held_reply_en(Fixture *f, gconstpointer data)
{
	held_reply(f);
	g_free(f->base.config->language);
	f->base.config->language = g_strdup("en");
	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, NULL));
	g_assert_nonnull(strstr(digest.body, "== Needs you =="));
	g_assert_nonnull(strstr(digest.body, "waiting for you; resumes on 2026-12-11 unless you decide"));
	g_assert_nonnull(strstr(digest.body, "invoice 2026-0050"));
}

/* The replies of a ledger where dunmaild stored its reasons as codes: one held from an
 * unverified sender, one from a stranger to the debtor, one that names none of its
 * sender's two unpaid invoices. */
static void
coded_replies(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	GDate until;
	g_date_set_dmy(&until, 11, 12, 2026);
	gint64 held = add_invoice(f, "2026-0070", "olaf@debtor2.example", "Overig BV", 48000, 20);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, held, DM_INVOICE_STATUS_HELD,
	                                           "sender not verified", &until, &err));
	DmReplyRow unverified = { .invoice_id = held, .from_addr = "olaf@debtor2.example",
	                          .kind = "reply", .klass = DM_REPLY_CLASS_PROMISE_TO_PAY,
	                          .confidence = 0.99, .reply_text = "Ik betaal op 31 december.",
	                          .note = "waiting for you: sender not verified (no aligned pass from "
	                                  "mx.acme.example for debtor2.example)",
	                          .note_reason = DM_REPLY_NOTE_HELD_UNVERIFIED,
	                          .needs_review = TRUE, .received_at = NOW_ISO };
	g_date_set_dmy(&unverified.stated_date, 31, 12, 2026);
	dm_test_reply_add(f->base.ledger, "<c1@debtor2.example>", &unverified);

	gint64 open = add_invoice(f, "2026-0071", "klant@debtor4.example", "Klant4 BV", 10000, 20);
	DmReplyRow stranger = { .invoice_id = open, .from_addr = "boekhouder@kantoor.example",
	                        .kind = "reply", .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.9,
	                        .reply_text = "Klopt niet.", .authenticated = TRUE,
	                        .note = "not applied: boekhouder@kantoor.example is not the debtor of "
	                                "invoice 2026-0071 (klant@debtor4.example)",
	                        .note_reason = DM_REPLY_NOTE_NOT_DEBTOR, .received_at = NOW_ISO };
	g_date_clear(&stranger.stated_date, 1);
	dm_test_reply_add(f->base.ledger, "<c2@kantoor.example>", &stranger);

	g_autoptr(GArray) holds = reply_holding_two(f, "2026-0072", "2026-0073",
	                                            "<c3@debtor3.example>", DM_REPLY_NOTE_HELD_WHICH);
	g_assert_no_error(err);
}

/* Only the coded replies: the fixture's reply of an older dunmail keeps its English. */
static void
setup_coded(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "digest", 2026, 12, 1, 12);
	coded_replies(f);
}

/* The notes dunmaild stores with a reply are in the owner's language, in the text and the
 * HTML: a Dutch or German digest holds none of the English note. */
static void
test_notes_in_owner_language(Fixture *f, gconstpointer data)
{
	static const struct { const char *lang, *held, *stranger, *which, *html; } langs[] = {
		{ "nl",
		  "wacht op u: afzender niet geverifieerd (geen geslaagde DMARC-, DKIM- of SPF-controle "
		  "voor debtor2.example)",
		  "niet toegepast: boekhouder@kantoor.example is niet de debiteur van factuur 2026-0071 "
		  "(Klant4 BV <klant@debtor4.example>)",
		  "wacht op u: welke factuur? het kan gaan over 2026-0072, 2026-0073",
		  "wacht op u: afzender niet geverifieerd" },
		{ "en",
		  "waiting for you: sender not verified (no DMARC, DKIM or SPF pass for debtor2.example)",
		  "not applied: boekhouder@kantoor.example is not the debtor of invoice 2026-0071 "
		  "(Klant4 BV <klant@debtor4.example>)",
		  "waiting for you: which invoice? it may concern 2026-0072, 2026-0073",
		  "waiting for you: sender not verified" },
		{ "de",
		  "wartet auf Sie: Absender nicht verifiziert (keine bestandene DMARC-, DKIM- oder "
		  "SPF-Pr\xc3\xbc" "fung f\xc3\xbcr debtor2.example)",
		  "nicht angewandt: boekhouder@kantoor.example ist nicht der Schuldner der Rechnung "
		  "2026-0071 (Klant4 BV <klant@debtor4.example>)",
		  "wartet auf Sie: welche Rechnung? Sie kann 2026-0072, 2026-0073 betreffen",
		  "wartet auf Sie: Absender nicht verifiziert" },
	};
	/* The English notes as dunmaild wrote them, and their words. */
	static const char *const english[] = { "waiting for you", "not applied", "not verified",
	                                       "is not the debtor", "which invoice", "may concern",
	                                       "no aligned pass" };
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++) {
		g_free(f->base.config->language);
		f->base.config->language = g_strdup(langs[i].lang);
		g_auto(DmDigest) digest = { 0 };
		g_autoptr(GError) err = NULL;
		g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
		g_assert_no_error(err);
		const char *const expect[] = { langs[i].held, langs[i].stranger, langs[i].which };
		for (gsize j = 0; j < G_N_ELEMENTS(expect); j++)
			if (!strstr(digest.body, expect[j]))
				g_error("the %s digest lacks \"%s\":\n%s", langs[i].lang, expect[j], digest.body);
		g_assert_nonnull(strstr(digest.html, langs[i].html));
		g_assert_null(strstr(digest.body, "no aligned pass"));
		if (strcmp(langs[i].lang, "en") == 0)
			continue;
		for (gsize j = 0; j < G_N_ELEMENTS(english); j++)
			if (strstr(digest.body, english[j]) || strstr(digest.html, english[j]))
				g_error("the %s digest holds \"%s\":\n%s", langs[i].lang, english[j], digest.body);
	}
	/* Worded from the reply as it stands: once 2026-0072 is let go, the note no longer
	 * names it (the English note dunmaild wrote still does). */
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) first = dm_ledger_invoice_by_number(f->base.ledger, "2026-0072", &err);
	g_assert_true(dm_ledger_reply_reviewed(f->base.ledger, 0, first->id, &err));
	g_assert_no_error(err);
	g_auto(DmDigest) after = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &after, &err));
	g_assert_nonnull(strstr(after.body, "wartet auf Sie: welche Rechnung? Sie kann 2026-0073 betreffen"));
	g_assert_null(strstr(after.body, "2026-0072"));
	/* The owner lets 2026-0070 go: its reply, new to this digest, is told as not applied. */
	g_autofree char *summary = NULL;
	g_assert_true(dm_owner_resume(f->base.ledger, "2026-0070", f->base.now, &summary, &err));
	g_auto(DmDigest) resumed = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &resumed, &err));
	g_assert_nonnull(strstr(resumed.body, "nicht angewandt: Absender nicht verifiziert"));
	g_assert_null(strstr(resumed.body, "wartet auf Sie: Absender"));
}

/* A reply held because its class and its own day disagree says which way, in the
 * owner's language, and the code survives the ledger's name for it. */
static void
test_date_notes(void)
{
	static const struct { DmReplyNote note; const char *lang, *want; } rows[] = {
		{ DM_REPLY_NOTE_HELD_PAST_PROMISE, "en",
		  "waiting for you: read as a promise, but for a day before the message" },
		{ DM_REPLY_NOTE_HELD_PAST_PROMISE, "nl",
		  "wacht op u: gelezen als belofte, maar voor een dag v\xc3\xb3\xc3\xb3r het bericht" },
		{ DM_REPLY_NOTE_HELD_PAST_PROMISE, "de",
		  "wartet auf Sie: als Zusage gelesen, aber f\xc3\xbcr einen Tag vor der Nachricht" },
		{ DM_REPLY_NOTE_HELD_FUTURE_PAYMENT, "en",
		  "waiting for you: read as paid, but on a day after the message" },
		{ DM_REPLY_NOTE_HELD_FUTURE_PAYMENT, "nl",
		  "wacht op u: gelezen als betaald, maar op een dag na het bericht" },
		{ DM_REPLY_NOTE_HELD_FUTURE_PAYMENT, "de",
		  "wartet auf Sie: als bezahlt gelesen, aber an einem Tag nach der Nachricht" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		DmReplyRow r = { .note = (char *) "waiting for you: ...", .note_reason = rows[i].note,
		                 .needs_review = TRUE };
		g_autofree char *note = dm_digest_reply_note(rows[i].lang, &r, NULL);
		g_assert_cmpstr(note, ==, rows[i].want);
		DmReplyNote back = DM_REPLY_NOTE_NONE;
		g_assert_true(dm_reply_note_from_name(dm_reply_note_name(rows[i].note), &back));
		g_assert_cmpint(back, ==, rows[i].note);
	}
}

/* A note of an older dunmail (no code) is shown as it was written. */
static void
test_old_note_as_written(Fixture *f, gconstpointer data)
{
	held_reply(f);
	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	g_assert_nonnull(strstr(attention, "waiting for you: sender not verified (dmarc=fail)"));
	g_assert_nonnull(strstr(attention, "not applied: boekhouder@kantoor.example is not the debtor"));
}

/* The same reminder tried only once is not yet the owner's business. */
static void
test_first_retry_is_quiet(Fixture *f, gconstpointer data)
{
	pending_reminder(f, 1);
	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, NULL));
	g_autofree char *attention = attention_section(digest.body);
	g_assert_null(strstr(attention, "nog niet verstuurd"));
}

static void
test_send_sends_only_the_digest(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = dm_test_sink_start(0, NULL);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	gint64 reminder = pending_reminder(f, 0);
	g_autoptr(GError) err = NULL;
	g_auto(DmDigest) sent = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &sent, &err));
	g_assert_true(dm_digest_send(f->base.config, f->base.ledger, f->base.now, sent.subject, sent.body, sent.html, &sent.mark,
	                             &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	g_assert_nonnull(strstr(g_ptr_array_index(got, 0), "X-Dunmail: digest"));
	g_autoptr(GPtrArray) pending = dm_outbox_list(f->base.ledger, f->invoice, DM_OUTBOX_STATE_PENDING, &err);
	g_assert_cmpuint(pending->len, ==, 1);
	g_assert_cmpint(((DmOutboxItem *) pending->pdata[0])->id, ==, reminder);
	/* A digest covers what came since the last one: the next one starts afresh. */
	gboolean due = TRUE;
	g_assert_true(dm_digest_due(f->base.config, f->base.ledger, f->base.now, &due, &err));
	g_assert_false(due);
	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, NULL));
	g_assert_null(strstr(digest.body, "0007.eml"));
	dm_test_sink_stop(sink);
}

/* The digest rows in the outbox. */
static guint
digests_queued(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(f->base.ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	guint n = 0;
	for (guint i = 0; i < rows->len; i++)
		n += ((DmOutboxItem *) rows->pdata[i])->kind == DM_OUTBOX_KIND_DIGEST;
	return n;
}

/* The digest as `dunmail digest --send` sends it. */
static gboolean
cli_send(Fixture *f, GError **error)
{
	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, NULL));
	return dm_digest_send(f->base.config, f->base.ledger, f->base.now, digest.subject, digest.body,
	                      digest.html, &digest.mark, error);
}

/* dunmaild's pass, with its daily digest. */
static void
daemon_pass(Fixture *f)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_spool_ensure_dirs(f->base.config->spool_dir, &err));
	g_autoptr(DmClock) clock = dm_clock_new_running_from(f->base.now);
	DmPassOptions options = { .digest = TRUE, .clock = clock };
	g_assert_true(dm_pass_run(f->base.config, f->base.ledger, f->base.now, &options, &err));
	g_assert_no_error(err);
}

static DmTestSink *
start_sink(Fixture *f)
{
	DmTestSink *sink = dm_test_sink_start(0, NULL);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	return sink;
}

static guint
digests_received(DmTestSink *sink, guint want)
{
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, want);
	guint n = 0;
	for (guint i = 0; i < got->len; i++)
		n += strstr(g_ptr_array_index(got, i), "X-Dunmail: digest") != NULL;
	return n;
}

/* `dunmail digest --send` first: the daemon's pass that day sends no second digest. */
static void
test_cli_then_pass(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = start_sink(f);
	g_autoptr(GError) err = NULL;
	g_assert_true(cli_send(f, &err));
	g_assert_no_error(err);
	daemon_pass(f);
	g_assert_cmpuint(digests_queued(f), ==, 1);
	g_assert_cmpuint(digests_received(sink, 2), ==, 1);
	dm_test_sink_stop(sink);
}

/* The pass first: `dunmail digest --send` the same day is refused, saying when. */
static void
test_pass_then_cli(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = start_sink(f);
	daemon_pass(f);
	g_assert_cmpuint(digests_queued(f), ==, 1);
	g_autoptr(GError) err = NULL;
	g_assert_false(cli_send(f, &err));
	g_assert_error(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS);
	g_assert_cmpstr(err->message, ==, "the digest for 2026-12-01 was already queued at " NOW_ISO);
	g_assert_cmpuint(digests_queued(f), ==, 1);
	g_assert_cmpuint(digests_received(sink, 2), ==, 1);
	dm_test_sink_stop(sink);
}

/* What is new is told by ids, not times: a reply that a pass begun before the last digest
 * commits after it carries the earlier time, and must still reach the next digest. */
static void
test_late_commit_not_lost(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = dm_test_sink_start(0, NULL);
	g_free(f->base.config->smtp_url);
	f->base.config->smtp_url = g_strdup_printf("smtp://127.0.0.1:%d", sink->port);
	g_autoptr(GError) err = NULL;
	g_auto(DmDigest) first = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &first, &err));
	g_assert_true(dm_digest_send(f->base.config, f->base.ledger, f->base.now, first.subject, first.body,
	                             first.html, &first.mark, &err));
	g_assert_no_error(err);
	/* Stamped an hour before the digest was queued, committed after it. */
	DmMessageRecord rec = { .message_id = "<late@debtor.example>", .sha256 = "y",
	                        .direction = "incoming", .role = "reply",
	                        .from_addr = "klant@debtor.example", .subject = "Re: factuur",
	                        .received_at = "2026-12-01T10:00:00Z" };
	gint64 row;
	g_assert_true(dm_ledger_message_add(f->base.ledger, &rec, &row, &err));
	DmReplyRow reply = { .message_row = row, .invoice_id = f->invoice,
	                     .from_addr = "klant@debtor.example", .kind = "reply",
	                     .klass = DM_REPLY_CLASS_PROMISE_TO_PAY, .confidence = 0.9,
	                     .reply_text = "Ik betaal vrijdag.", .authenticated = TRUE,
	                     .received_at = "2026-12-01T10:00:00Z" };
	g_date_clear(&reply.stated_date, 1);
	g_assert_true(dm_ledger_reply_add(f->base.ledger, &reply, &err));
	g_autoptr(GDateTime) tomorrow = g_date_time_add_days(f->base.now, 1);
	g_auto(DmDigest) next = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, tomorrow, &next, &err));
	g_assert_no_error(err);
	g_assert_nonnull(strstr(next.body, "Ik betaal vrijdag."));
	g_assert_null(strstr(next.body, "Klopt niet."));     /* told in the first one */
	dm_test_sink_stop(sink);
}

/* Invoice numbers are the sender's text (a UBL <cbc:ID>): each hostile character stays out
 * of the digest, whose lines the owner reads and answers. */
static void
test_hostile_numbers(Fixture *f, gconstpointer data)
{
	static const char *const hostile[] = { "\r\n", "\n", "\xe2\x80\xa8", "\xe2\x80\xa9",
	                                       "\xc2\x85", "\xe2\x80\xae", "\xe2\x81\xa6",
	                                       "\x1b" };
	for (gsize i = 0; i < G_N_ELEMENTS(hostile); i++) {
		g_autofree char *number = g_strdup_printf("H%zu%sX", i, hostile[i]);
		g_autofree char *email = g_strdup_printf("h%zu@debtor.example", i);
		add_invoice(f, number, email, "Jan", 1000, 1);
	}
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	for (gsize i = 0; i < G_N_ELEMENTS(hostile); i++) {
		g_autofree char *raw = g_strdup_printf("H%zu%sX", i, hostile[i]);
		/* Line breaks fold to a space (the line stays one); the other characters show as
		 * '?'. */
		g_autofree char *shown = g_strdup_printf(i < 2 ? "H%zu X" : "H%zu?X", i);
		g_assert_null(strstr(digest.body, raw));
		g_assert_nonnull(strstr(digest.body, shown));
	}
	for (gsize i = 2; i < G_N_ELEMENTS(hostile); i++)
		g_assert_null(strstr(digest.body, hostile[i]));
}

/* A reply from @email about @invoice of class @klass, stated date @day December 2026 (0:
 * none), recorded now. */
static gint64
reply_of(Fixture *f, gint64 invoice, const char *email, DmReplyClass klass, int day,
         const char *text, const char *message_id)
{
	DmReplyRow reply = { .invoice_id = invoice, .from_addr = (char *) email, .kind = "reply",
	                     .klass = klass, .confidence = 0.9, .reply_text = (char *) text,
	                     .authenticated = TRUE, .applied = TRUE, .received_at = NOW_ISO };
	g_date_clear(&reply.stated_date, 1);
	if (day)
		g_date_set_dmy(&reply.stated_date, (GDateDay) day, 12, 2026);
	return dm_test_reply_add(f->base.ledger, message_id, &reply);
}

/* The section of @body titled @title, up to the next; NULL when it is left out. */
static char *
section(const char *body, const char *title)
{
	g_autofree char *head = g_strdup_printf("== %s ==", title);
	const char *start = strstr(body, head);
	if (!start)
		return NULL;
	const char *end = strstr(start + 3, "\n== ");
	return end ? g_strndup(start, (gsize) (end - start)) : g_strdup(start);
}

/* A hold that ran out by itself is told in the owner's language with its invoice, not
 * with the English detail of its event (which `dunmail show` keeps). */
static void
test_hold_expired(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 invoice = add_invoice(f, "2026-0090", "laat@debtor8.example", "Laat BV", 15000, 20);
	g_assert_true(dm_ledger_event(f->base.ledger, invoice, NOW_ISO, DM_EVENT_HOLD_EXPIRED,
	                              "hold (sender not verified) ended without your decision: back "
	                              "on the ladder", &err));
	g_assert_no_error(err);
	static const struct { const char *lang, *line; } langs[] = {
		{ "nl", "niet beslist, herinneringen hervat: factuur 2026-0090, Laat BV <laat@debtor8.example>" },
		{ "de", "nicht entschieden, Erinnerungen fortgesetzt: Rechnung 2026-0090, Laat BV" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++) {
		g_free(f->base.config->language);
		f->base.config->language = g_strdup(langs[i].lang);
		g_auto(DmDigest) digest = { 0 };
		g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
		g_assert_no_error(err);
		g_assert_nonnull(strstr(digest.body, langs[i].line));
		g_assert_null(strstr(digest.body, "ended without your decision"));
		g_assert_null(strstr(digest.html, "ended without your decision"));
	}
}

/* Every command the digest offers is one the CLI accepts for the invoice as it stands:
 * resolve only for a dispute (a question's pause is lifted with resume), resume only for
 * a held or paused invoice (a stopped one refuses it). */
static void
test_commands_fit_the_state(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	gint64 asked = add_invoice(f, "2026-0080", "vraag@debtor5.example", NULL, 20000, 20);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, asked, DM_INVOICE_STATUS_PAUSED,
	                                           "question", NULL, &err));
	reply_of(f, asked, "vraag@debtor5.example", DM_REPLY_CLASS_QUESTION, 0,
	         "Waarom staat het voorrijden er twee keer op?", "<q@debtor5.example>");
	gint64 stopped = add_invoice(f, "2026-0081", "weg@debtor6.example", NULL, 30000, 20);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, stopped, DM_INVOICE_STATUS_STOPPED,
	                                           "bounce", NULL, &err));
	gint64 disputed = add_invoice(f, "2026-0082", "nee@debtor7.example", NULL, 40000, 20);
	g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, disputed, DM_INVOICE_STATUS_PAUSED,
	                                           "dispute", NULL, &err));
	g_assert_no_error(err);

	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	g_autofree char *attention = attention_section(digest.body);
	static const char *const offered[] = { "dunmail resume 2026-0080", "dunmail writeoff 2026-0081",
	                                       "dunmail resolve 2026-0082", "dunmail resume 2026-0082" };
	static const char *const refused[] = { "dunmail resolve 2026-0080", "dunmail resume 2026-0081",
	                                       "dunmail resolve 2026-0081" };
	for (gsize i = 0; i < G_N_ELEMENTS(offered); i++)
		if (!strstr(attention, offered[i]))
			g_error("attention section lacks \"%s\":\n%s", offered[i], attention);
	for (gsize i = 0; i < G_N_ELEMENTS(refused); i++)
		if (strstr(attention, refused[i]))
			g_error("attention section offers \"%s\", which the CLI refuses:\n%s", refused[i],
			        attention);
	/* What the CLI says to those. */
	g_autofree char *summary = NULL;
	g_assert_false(dm_owner_resolve(f->base.ledger, "2026-0080", f->base.now, &summary, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
	g_clear_error(&err);
	g_assert_false(dm_owner_resume(f->base.ledger, "2026-0081", f->base.now, &summary, &err));
	g_assert_error(err, DM_OWNER_ERROR, DM_OWNER_ERROR_STATE);
}

/* A debtor's name and reply holding markup, line breaks, U+2028 and U+202E: in the HTML
 * part it is text (escaped), on one line, the bidi override neutralised; the HTML has no
 * script, no style block, no class, no remote resource. */
static void
test_html_hostile(Fixture *f, gconstpointer data)
{
	gint64 invoice = add_invoice(f, "2026-0060", "x@evil.example",
	                             "<script>alert('name')</script>\r\nBcc: v@example", 9900, 20);
	reply_of(f, invoice, "x@evil.example", DM_REPLY_CLASS_DISPUTE, 0,
	         "<img src=x onerror=alert(1)>\r\n<b>bold</b>\xe2\x80\xa8" "next \xe2\x80\xae" "txet",
	         "<h@evil.example>");
	g_auto(DmDigest) digest = { 0 };
	build_needing_owner(f, &digest);
	const char *html = digest.html;
	g_assert_nonnull(html);
	g_assert_nonnull(strstr(html, "&lt;script&gt;alert(&apos;name&apos;)&lt;/script&gt;"));
	g_assert_nonnull(strstr(html, "&lt;img src=x onerror=alert(1)&gt;"));
	g_assert_nonnull(strstr(html, "&lt;b&gt;bold&lt;/b&gt;"));
	static const char *const never[] = { "<script", "<img", "<b>", "<style", "class=", "src=\"",
	                                     "http:", "https:", "\r", "\xe2\x80\xa8", "\xe2\x80\xae",
	                                     "\nBcc:" };
	for (gsize i = 0; i < G_N_ELEMENTS(never); i++) {
		if (strstr(html, never[i]))
			g_error("the HTML holds \"%s\"", never[i]);
		if (i >= 8 && strstr(digest.body, never[i]))
			g_error("the text holds \"%s\"", never[i]);
	}
	/* Each line of text is one element: the name's CR/LF did not start a new one. */
	g_assert_nonnull(strstr(html, "&lt;/script&gt; Bcc: v@example &lt;x@evil.example&gt;"));
}

/* Mailed, the digest is multipart/alternative: the text, then the same as HTML. */
static void
test_multipart(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = start_sink(f);
	g_autoptr(GError) err = NULL;
	g_assert_true(cli_send(f, &err));
	g_assert_no_error(err);
	g_autoptr(GPtrArray) got = dm_test_sink_messages(sink, 1);
	g_assert_cmpuint(got->len, ==, 1);
	const char *mail = g_ptr_array_index(got, 0);
	const char *alt = strstr(mail, "multipart/alternative");
	const char *plain = alt ? strstr(alt, "text/plain") : NULL;
	const char *html = plain ? strstr(plain, "text/html") : NULL;
	g_assert_nonnull(html);
	g_assert_nonnull(strstr(mail, "Content-Transfer-Encoding: quoted-printable"));
	dm_test_sink_stop(sink);
}

/* The sections of issue 9: promises (a broken one with the commands), a payment claim
 * waiting for the bank, automatic replies on a line each, and the receivables at a
 * glance with DSO. */
static void
test_sections(Fixture *f, gconstpointer data)
{
	gint64 kept = add_invoice(f, "2026-0070", "a@debtor3.example", "Aap BV", 10000, 25);
	gint64 broken = add_invoice(f, "2026-0071", "b@debtor4.example", NULL, 20000, 10);
	gint64 claimed = add_invoice(f, "2026-0072", "c@debtor5.example", NULL, 30000, 5);
	reply_of(f, kept, "a@debtor3.example", DM_REPLY_CLASS_PROMISE_TO_PAY, 15, "Betaal op 15/12", "<p1@x>");
	reply_of(f, broken, "b@debtor4.example", DM_REPLY_CLASS_PROMISE_TO_PAY, 1, "Morgen!", "<p2@x>");
	reply_of(f, claimed, "c@debtor5.example", DM_REPLY_CLASS_PAID, 0, "Is betaald", "<p3@x>");
	DmReplyRow ooo = { .invoice_id = kept, .from_addr = "a@debtor3.example", .kind = "auto_reply",
	                   .klass = DM_REPLY_CLASS_OTHER, .confidence = 1, .reply_text = "Afwezig",
	                   .received_at = NOW_ISO };
	g_date_set_dmy(&ooo.stated_date, 7, 12, 2026);
	dm_test_reply_add(f->base.ledger, "<ooo@x>", &ooo);
	g_autoptr(GDateTime) later = g_date_time_add_days(f->base.now, 1);
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, later, &digest, &err));
	g_assert_no_error(err);
	g_autofree char *promises = section(digest.body, "Beloftes, gebroken beloftes en gemiste termijnen");
	g_assert_nonnull(promises);
	g_assert_nonnull(strstr(promises, "Aap BV <a@debtor3.example>, factuur 2026-0070"));
	g_assert_nonnull(strstr(promises, "beloofd voor 2026-12-15"));
	g_assert_null(strstr(promises, "GEBROKEN: Aap"));
	g_assert_nonnull(strstr(promises, "GEBROKEN: b@debtor4.example, factuur 2026-0071"));
	g_assert_nonnull(strstr(promises, "> dunmail pause 2026-0071 --reason"));
	g_autofree char *claims = section(digest.body, "Betaald volgens de klant, wacht op de bank");
	g_assert_nonnull(claims);
	g_assert_nonnull(strstr(claims, "> dunmail paid 2026-0072"));
	g_autofree char *auto_replies = section(digest.body, "Automatische antwoorden");
	g_assert_nonnull(auto_replies);
	g_assert_nonnull(strstr(auto_replies, "- a@debtor3.example 2026-0070: terug op 2026-12-07\n"));
	g_assert_null(strstr(auto_replies, "Afwezig"));            /* collapsed: no excerpt */
	g_autofree char *glance = section(digest.body, "In een oogopslag");
	g_assert_nonnull(glance);
	g_assert_nonnull(strstr(glance, "Open (EUR): \xe2\x82\xac 1.850,00"));
	g_assert_nonnull(strstr(glance, "1-30 dagen"));
	g_assert_nonnull(strstr(glance, "DSO: "));
	/* The HTML has the same, the aging as table cells whose width is the bar. */
	g_assert_nonnull(strstr(digest.html, "GEBROKEN: b@debtor4.example"));
	g_assert_nonnull(strstr(digest.html, "width:100%;background:#c0504d"));
}

/* A quiet day is a few lines: nothing new, so only the glance and what goes out. */
static void
test_quiet_day(Fixture *f, gconstpointer data)
{
	DmTestSink *sink = start_sink(f);
	g_autoptr(GError) err = NULL;
	g_assert_true(cli_send(f, &err));
	g_assert_no_error(err);
	dm_test_sink_stop(sink);
	g_autoptr(GDateTime) later = g_date_time_add_days(f->base.now, 1);
	g_auto(DmDigest) quiet = { 0 };
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, later, &quiet, &err));
	g_assert_null(strstr(quiet.subject, "actie nodig"));
	g_assert_null(strstr(quiet.body, "Heeft uw aandacht nodig"));
	g_assert_cmpuint(occurrences(quiet.body, "\n"), <=, 16);
}

/* The owner's language: English and German headings and words. */
static void
test_languages(Fixture *f, gconstpointer data)
{
	static const struct { const char *lang, *needs, *glance, *subject; } langs[] = {
		{ "en", "== Needs you ==", "== At a glance ==", "dunmail: digest of 2026-12-01 (action needed)" },
		{ "de", "== Braucht Sie ==", "== Auf einen Blick ==",
		  "dunmail: \xc3\x9c" "bersicht vom 2026-12-01 (Handlung n\xc3\xb6tig)" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++) {
		g_free(f->base.config->language);
		f->base.config->language = g_strdup(langs[i].lang);
		g_auto(DmDigest) digest = { 0 };
		g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, NULL));
		g_assert_cmpstr(digest.subject, ==, langs[i].subject);
		g_assert_nonnull(strstr(digest.body, langs[i].needs));
		g_assert_nonnull(strstr(digest.body, langs[i].glance));
		g_autofree char *lang_attr = g_strdup_printf("<html lang=\"%s\">", langs[i].lang);
		g_assert_nonnull(strstr(digest.html, lang_attr));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	dm_parser_init();
	g_test_add("/digest/needs-you", Fixture, NULL, setup, test_needs_you, teardown);
	g_test_add("/digest/hostile-numbers", Fixture, NULL, setup, test_hostile_numbers,
	           teardown);
	g_test_add("/digest/held-reply", Fixture, NULL, setup, test_held_reply, teardown);
	g_test_add("/digest/reclassified-reply", Fixture, NULL, setup, test_reclassified_reply,
	           teardown);
	g_test_add("/digest/held-reply-en", Fixture, NULL, setup, test_held_reply_en, teardown);
	g_test_add("/digest/reply-holding-several", Fixture, NULL, setup, test_reply_holding_several,
	           teardown);
	g_test_add("/digest/decided-hold/pause", Fixture, GINT_TO_POINTER(DECIDE_PAUSE), setup,
	           test_decided_hold_not_waiting, teardown);
	g_test_add("/digest/decided-hold/writeoff", Fixture, GINT_TO_POINTER(DECIDE_WRITEOFF), setup,
	           test_decided_hold_not_waiting, teardown);
	g_test_add("/digest/decided-hold/paid", Fixture, GINT_TO_POINTER(DECIDE_PAID), setup,
	           test_decided_hold_not_waiting, teardown);
	g_test_add("/digest/first-retry-is-quiet", Fixture, NULL, setup, test_first_retry_is_quiet, teardown);
	g_test_add("/digest/send-sends-only-the-digest", Fixture, NULL, setup,
	           test_send_sends_only_the_digest, teardown);
	g_test_add("/digest/once-a-day/cli-then-pass", Fixture, NULL, setup, test_cli_then_pass,
	           teardown);
	g_test_add("/digest/once-a-day/pass-then-cli", Fixture, NULL, setup, test_pass_then_cli,
	           teardown);
	g_test_add("/digest/late-commit-not-lost", Fixture, NULL, setup, test_late_commit_not_lost,
	           teardown);
	g_test_add("/digest/html-hostile", Fixture, NULL, setup, test_html_hostile, teardown);
	g_test_add("/digest/multipart", Fixture, NULL, setup, test_multipart, teardown);
	g_test_add("/digest/sections", Fixture, NULL, setup, test_sections, teardown);
	g_test_add("/digest/quiet-day", Fixture, NULL, setup, test_quiet_day, teardown);
	g_test_add("/digest/languages", Fixture, NULL, setup, test_languages, teardown);
	g_test_add("/digest/hold-expired", Fixture, NULL, setup, test_hold_expired, teardown);
	g_test_add("/digest/commands-fit-the-state", Fixture, NULL, setup,
	           test_commands_fit_the_state, teardown);
	g_test_add("/digest/notes-in-owner-language", Fixture, NULL, setup_coded,
	           test_notes_in_owner_language, teardown);
	g_test_add_func("/digest/date-notes", test_date_notes);
	g_test_add("/digest/old-note-as-written", Fixture, NULL, setup, test_old_note_as_written,
	           teardown);
	return g_test_run();
}
