/* test-machine-mail: dm_machine_mail on one message per row — the senders and headers
 * systems really send with (carriers, shops, booking and survey tools, newsletters, a
 * no-reply accounts-payable system), and the people who must not pass for one (a role
 * mailbox, a name that holds the letters of "notify", a reply through a firm's shared
 * mailbox run as a list, a forwarded newsletter); then what the analysis does with it: a
 * machine's mail read as an intent never acts alone, read as other it still does. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-machine-mail.h"
#include "parser/reply/dm-reply.h"
#include "test-dunning-util.h"
#include "test-reply-message.h"

#include <string.h>

typedef struct {
	const char *from;
	const char *headers;        /* more header lines, each ending in \n */
	const char *subject;
	const char *which;          /* what @which should say; NULL: no machine's mail */
} Row;

static const Row rows[] = {
	/* No-reply mailboxes, however their separators run. */
	{ "noreply@carrier.example", "", "Je pakket komt eraan!", "From: noreply@carrier.example" },
	{ "no-reply@shop.example", "", "Ihre Bestellung", "From: no-reply@shop.example" },
	{ "No_Reply@Shop.example", "", "Order shipped", "From: no_reply@shop.example" },
	{ "noreply.finance@council.example", "", "Remittance advice",
	  "From: noreply.finance@council.example" },
	{ "noreply-creditors@charity.example", "", "Your plan",
	  "From: noreply-creditors@charity.example" },
	{ "do-not-reply@bank.example", "", "Payment sent", "From: do-not-reply@bank.example" },
	{ "donotreply@tickets.example", "", "Booking", "From: donotreply@tickets.example" },
	{ "ne-pas-repondre@impots.example", "", "Avis", "From: ne-pas-repondre@impots.example" },
	{ "niet-beantwoorden@gemeente.example", "", "Afspraak",
	  "From: niet-beantwoorden@gemeente.example" },
	/* Even when it answers something: a system's acknowledgement is still a system's. */
	{ "noreply@ap-portal.example", "In-Reply-To: <reminder-1@acme.example>\n",
	  "Re: Herinnering: factuur 2026-0042", "From: noreply@ap-portal.example" },
	/* Notification and newsletter senders, in the mailbox or the domain. */
	{ "notifications@booking.example", "", "Reservation confirmed",
	  "From: notifications@booking.example" },
	{ "pkginfo@ups-notify.example", "", "Your package is on the way!",
	  "From: pkginfo@ups-notify.example" },
	{ "newsletter@solar.example", "", "Newsletter März", "From: newsletter@solar.example" },
	{ "nieuwsbrief@bloemen.example", "", "Nieuwsbrief februari",
	  "From: nieuwsbrief@bloemen.example" },
	{ "service@mailer.webshop.example", "", "Status", "From: service@mailer.webshop.example" },
	/* People, and mailboxes people type from. */
	{ "jan@debtor.example", "", "Re: Herinnering", NULL },
	{ "info@debtor.example", "", "Re: Herinnering", NULL },
	{ "accounts@debtor.example", "", "factuur", NULL },
	{ "hello@studio.example", "", "factuur", NULL },
	{ "renotifyer@debtor.example", "", "factuur", NULL },   /* "notify" inside a word */
	/* Bulk headers on mail that answers nothing: a newsletter, a survey. */
	{ "events@academy.example", "List-Unsubscribe: <mailto:unsub@academy.example>\n",
	  "Gratis webinar", "List-Unsubscribe, not a reply" },
	{ "team@survey.example", "Feedback-ID: 123:campaign:survey\n", "Hoe tevreden bent u?",
	  "Feedback-ID, not a reply" },
	{ "club@club.example", "List-Id: <leden.club.example>\n", "Nieuwjaarsborrel",
	  "List-Id, not a reply" },
	{ "office@shop.example", "Precedence: bulk\n", "Winter sale", "Precedence, not a reply" },
	{ "office@shop.example", "Precedence: (mass mail) List\n", "Winter sale",
	  "Precedence, not a reply" },
	/* The same headers on a person's answer through a list: it answers our mail. */
	{ "jan@debtor.example",
	  "List-Id: <crediteuren.debtor.example>\nList-Unsubscribe: <mailto:x@debtor.example>\n"
	  "In-Reply-To: <reminder-1@acme.example>\n", "Re: Herinnering", NULL },
	{ "jan@debtor.example", "List-Id: <crediteuren.debtor.example>\n"
	  "References: <reminder-1@acme.example>\n", "Herinnering", NULL },
	/* Its subject says so, in the client's language, after a gateway's tag. */
	{ "jan@debtor.example", "List-Id: <c.debtor.example>\n", "AW: Zahlungserinnerung", NULL },
	{ "jan@debtor.example", "List-Id: <c.debtor.example>\n", "Antw: factuur", NULL },
	{ "jan@debtor.example", "List-Id: <c.debtor.example>\n", "[EXT] RE: Reminder", NULL },
	{ "jan@debtor.example", "List-Id: <c.debtor.example>\n", "Re[2]: Reminder", NULL },
	{ "jan@debtor.example", "List-Id: <c.debtor.example>\n", "SV: Påminnelse", NULL },
	/* A person forwarding a newsletter has written something of their own. */
	{ "jan@debtor.example", "List-Unsubscribe: <mailto:u@shop.example>\n",
	  "Fwd: Winter sale", NULL },
	{ "jan@debtor.example", "List-Unsubscribe: <mailto:u@shop.example>\n", "WG: Newsletter",
	  NULL },
	/* A word before a colon is no prefix unless it is one; a tag left open is none. */
	{ "office@shop.example", "List-Unsubscribe: <mailto:u@shop.example>\n",
	  "Reminder: your booking", "List-Unsubscribe, not a reply" },
	{ "office@shop.example", "List-Unsubscribe: <mailto:u@shop.example>\n",
	  "[EXT RE: booking", "List-Unsubscribe, not a reply" },
	{ "office@shop.example", "List-Unsubscribe: <mailto:u@shop.example>\n", "",
	  "List-Unsubscribe, not a reply" },
	/* Precedence that is no bulk, or no bulk header at all. */
	{ "office@shop.example", "Precedence: first-class\n", "Winter sale", NULL },
	{ "office@shop.example", "", "Winter sale", NULL },
};

static void
test_rows(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		const Row *r = &rows[i];
		g_autoptr(GMimeMessage) msg = dm_test_plain_message(r->from, r->headers, r->subject, "Hallo.");
		g_autofree char *which = NULL;
		gboolean got = dm_machine_mail(msg, &which);
		const char *want = r->which;
		if (got != (want != NULL) || g_strcmp0(which, want) != 0)
			g_error("row %zu (%s, %s%s): got %d \"%s\", want \"%s\"", i, r->from, r->headers,
			        r->subject, got, which ? which : "(null)", want ? want : "(null)");
		g_assert_cmpint(dm_machine_mail(msg, NULL), ==, got);
	}
}

/* No From at all, and a From that is no address: no machine's by the sender. */
static void
test_no_sender(void)
{
	static const char raw[] = "To: billing@acme.example\nSubject: x\n\nBetaald.\n";
	g_autoptr(GError) error = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_autofree char *which = NULL;
	g_assert_false(dm_machine_mail(msg, &which));
	g_assert_null(which);
	g_autoptr(GMimeMessage) m2 = dm_test_plain_message("undisclosed-recipients:;", "", "x",
	                                                   "Betaald.");
	g_assert_false(dm_machine_mail(m2, NULL));
}

/* What the analysis does with it, by the shipped model. */
static void
test_analysis(void)
{
	static const char promise[] = "Ik betaal de factuur morgen.";
	const DmReplyModel *model = dm_test_reply_model();
	/* A person's promise acts by itself. */
	g_autoptr(GMimeMessage) m1 = dm_test_plain_message("jan@debtor.example", "", "Re: factuur",
	                                                   promise);
	g_autoptr(DmReplyAnalysis) a1 = dm_reply_analyze(m1, model);
	g_assert_cmpint(a1->klass, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_assert_true(a1->confident);
	g_assert_null(a1->machine_mail);
	/* The same words from a no-reply sender wait for the owner, and say why. */
	g_autoptr(GMimeMessage) m2 = dm_test_plain_message("noreply@carrier.example", "", "Je pakket",
	                                                   promise);
	g_autoptr(DmReplyAnalysis) a2 = dm_reply_analyze(m2, model);
	g_assert_cmpint(a2->klass, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_assert_false(a2->confident);
	g_assert_cmpstr(a2->machine_mail, ==, "From: noreply@carrier.example");
	gboolean said = FALSE;
	for (guint i = 0; i < a2->explain->len; i++)
		said |= g_str_has_prefix(g_ptr_array_index(a2->explain, i), "machine mail: From: ");
	g_assert_true(said);
	/* A newsletter by its headers alone, the same. */
	g_autoptr(GMimeMessage) m3 = dm_test_plain_message("office@shop.example",
	                                                   "List-Unsubscribe: <mailto:u@shop.example>\n",
	                                                   "Winter sale", promise);
	g_autoptr(DmReplyAnalysis) a3 = dm_reply_analyze(m3, model);
	g_assert_false(a3->confident);
	g_assert_cmpstr(a3->machine_mail, ==, "List-Unsubscribe, not a reply");
	/* Read as other it changes nothing, and may say so by itself. */
	g_autoptr(GMimeMessage) m4 = dm_test_plain_message(
		"nieuwsbrief@shop.example", "", "Nieuwsbrief maart",
		"Nieuwsbrief maart\n\nDeze maand 20 % korting op alle tuinmeubelen. Bekijk ons "
		"aanbod in de webshop.\n\nAfmelden voor deze nieuwsbrief");
	g_autoptr(DmReplyAnalysis) a4 = dm_reply_analyze(m4, model);
	g_assert_cmpint(a4->klass, ==, DM_REPLY_CLASS_OTHER);
	g_assert_nonnull(a4->machine_mail);
	g_assert_cmpint(a4->confident, ==, a4->confidence >= dm_reply_model_threshold(model));
	/* A machine's automatic answer is an automatic answer, not held as machine mail. */
	g_autoptr(GMimeMessage) m5 = dm_test_plain_message("noreply@debtor.example",
	                                                   "Auto-Submitted: auto-replied\n",
	                                                   "Afwezig",
	                                                   "Ik ben afwezig tot en met 10 april.");
	g_autoptr(DmReplyAnalysis) a5 = dm_reply_analyze(m5, model);
	g_assert_cmpint(a5->kind, ==, DM_REPLY_KIND_AUTO_REPLY);
	g_assert_null(a5->machine_mail);
	/* A one-click answer is a person's click, whatever list it passed through. */
	g_autoptr(GMimeMessage) m6 = dm_test_plain_message("jan@debtor.example",
	                                                   "List-Id: <crediteuren.debtor.example>\n",
	                                                   "[dunmail:paid 2026-0042]", "");
	g_autoptr(DmReplyAnalysis) a6 = dm_reply_analyze(m6, model);
	g_assert_cmpstr(a6->matched_rule, ==, "answer_tag");
	g_assert_true(a6->confident);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/machine-mail/rows", test_rows);
	g_test_add_func("/machine-mail/no-sender", test_no_sender);
	g_test_add_func("/machine-mail/analysis", test_analysis);
	return g_test_run();
}
