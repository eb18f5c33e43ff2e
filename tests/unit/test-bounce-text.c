/* test-bounce-text: the words of free-form delivery reports (bounce_text.c), one row per
 * way an MTA writes them — written for these tests in each MTA's shape, not copied from
 * any corpus — and the near misses that must not read as one: a delay is no failure, a
 * code in the returned headers is not the report's, an address the report's own sender
 * or addressee holds is not the failed one, a quoted MTA sentence is a person's. */
#include <string.h>

#include "parser/reply/dm-bounce-text.h"
#include "parser/reply/dm-bounce-recipient.h"
#include "parser/reply/dm-bounce-message-id.h"
#include "parser/reply/dm-bounce-mdn.h"
#include "parser/mime/dm-message.h"
#include "test-util.h"

typedef struct {
	const char *subject, *text;
	DmBounceKind expect;
} KindCase;

static const KindCase kind_cases[] = {
	/* Hard failures: a 5.x.x or 5yz code, or no code at all. */
	{ "failure notice", "Hi. This is the qmail-send program at mx.example.nl.\n"
	  "<jan@klant.example>:\nRemote host said: 550 5.1.1 no such user\n", DM_BOUNCE_FAILED },
	{ "Undeliverable: Herinnering", "Your message did not reach some or all of the "
	  "intended recipients.\n   jan@klant.example\n   The recipient name is not recognized\n",
	  DM_BOUNCE_FAILED },
	{ NULL, "Die Nachricht konnte nicht an alle Empfänger zugestellt werden.\n"
	  "jan@klant.example: Postfach unbekannt\n", DM_BOUNCE_FAILED },
	{ "Onbestelbaar: Factuur 2026-0012", "Uw bericht kon niet worden bezorgd bij\n"
	  "jan@klant.example\n", DM_BOUNCE_FAILED },
	{ "Non remis : Relance", "Votre message n'a pas pu être remis à jan@klant.example.\n",
	  DM_BOUNCE_FAILED },
	{ "メールエラー通知", "以下のアドレスへの送信に失敗しました。\njan@klant.example\n",
	  DM_BOUNCE_FAILED },
	{ "Ваше сообщение не доставлено", "К сожалению, Ваше письмо не может быть доставлено.\n",
	  DM_BOUNCE_FAILED },
	/* A 5yz code wins over the words of an expiry. */
	{ "Mail delivery failed", "retry timeout exceeded\n550 5.7.1 refused\n", DM_BOUNCE_FAILED },
	/* Expiries: the server gave up retrying, or its only codes are temporary. */
	{ "Mail delivery failed: returning message to sender",
	  "This message was created automatically by mail delivery software.\n\nA message that "
	  "you sent could not be delivered to one or more of its\nrecipients. This is a "
	  "permanent error. The following address(es) failed:\n\n  jan@klant.example\n"
	  "    retry timeout exceeded\n", DM_BOUNCE_EXPIRED },
	{ "failure notice", "Hi. This is the qmail-send program at mx.example.nl.\n"
	  "<jan@klant.example>:\nSorry, I couldn't connect. (#4.4.1)\nI'm not going to try "
	  "again; this message has been in the queue too long.\n", DM_BOUNCE_EXPIRED },
	{ "Returned mail: Cannot send message for 5 days", "----- Transcript of session follows "
	  "-----\njan@klant.example... Deferred: Connection timed out\n", DM_BOUNCE_EXPIRED },
	{ "Undelivered Mail", "Unable to deliver message after multiple retries, giving up.\n",
	  DM_BOUNCE_EXPIRED },
	/* A server never reached (no 5.x.x code from the far side): the sender retried for
	 * days, however final its words ("failed permanently"); an expiry. */
	{ "Delivery Status Notification (Failure)", "Delivery to the following recipient failed "
	  "permanently:\n     jan@klant.example\nTechnical details of permanent failure:\nThe "
	  "recipient server did not accept our requests to connect.\n[klant.example 192.0.2.4: "
	  "socket error]\n", DM_BOUNCE_EXPIRED },
	{ "Mail delivery failed", "A message that you sent could not be delivered to one or more "
	  "of its recipients. This is a permanent error.\njan@klant.example: host is unreachable\n",
	  DM_BOUNCE_EXPIRED },
	{ "Undeliverable: Herinnering", "Delivery has failed to these recipients or groups:\n"
	  "jan@klant.example\nCould not connect to mx.klant.example: no route to host\n",
	  DM_BOUNCE_EXPIRED },
	{ "Onbestelbaar: Herinnering", "Uw bericht kon niet worden bezorgd bij jan@klant.example."
	  "\nDe verbinding met de server is mislukt.\n", DM_BOUNCE_EXPIRED },
	{ "Unzustellbar: Mahnung", "Die Nachricht konnte nicht zugestellt werden.\nDie Verbindung "
	  "zum Server ist fehlgeschlagen.\n", DM_BOUNCE_EXPIRED },
	{ "Non remis : Relance", "Votre message n'a pas pu être remis.\nConnexion au serveur "
	  "refusée.\n", DM_BOUNCE_EXPIRED },
	/* X.4.7 is "delivery time expired" whatever its class. */
	{ "Returned mail", "jan@klant.example: 5.4.7 delivery time expired\n", DM_BOUNCE_EXPIRED },
	/* Near misses: the far side answered with a permanent code, or DNS said the domain does
	 * not exist; "retry" said in passing; a 5.4.x that is not 5.4.7. */
	{ "Undeliverable", "Connection refused by the first host; the second said:\n"
	  "550 5.1.1 <jan@klant.example>: user unknown\n", DM_BOUNCE_FAILED },
	{ "Mail delivery failed", "jan@klant.example: Host or domain name not found. Name service "
	  "error for name=klant.example type=MX\n", DM_BOUNCE_FAILED },
	{ "Delivery Status Notification (Failure)", "The address jan@klant.example does not exist."
	  " Please check it and retry; the server will not retry it for you.\n",
	  DM_BOUNCE_FAILED },
	{ NULL, "Uw bericht is niet afgeleverd bij jan@klant.example: onbekende gebruiker. "
	  "Probeer het later opnieuw met een ander adres.\n", DM_BOUNCE_FAILED },
	{ "Returned mail", "jan@klant.example: 550 5.4.1 recipient address rejected\n",
	  DM_BOUNCE_FAILED },
	{ "Returned mail", "jan@klant.example: 5.4.70 unknown routing\n", DM_BOUNCE_FAILED },
	/* A temporary code in the returned headers below is not the report's. */
	{ "failure notice", "Unknown user: jan@klant.example\n\n--- Below this line is a copy "
	  "of the message.\n\nReceived: by mx (421 4.4.1 x)\nMessage-ID: <a@b.example>\n"
	  "From: x@y.example\n", DM_BOUNCE_FAILED },
	/* Delays: the server keeps trying, whatever else it says. */
	{ "Delivery Status Notification (Delay)", "Delivery to the following recipient has been "
	  "delayed:\n  jan@klant.example\n", DM_BOUNCE_DELAYED },
	{ "Warning: message 1abc-22 delayed 24 hours", "A message that you sent has not yet been "
	  "delivered to one or more of its recipients.\n", DM_BOUNCE_DELAYED },
	{ NULL, "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
	  "The mail system will continue delivery attempts.\n", DM_BOUNCE_DELAYED },
	/* "Not yet delivered" and "delayed" in Dutch, German, French. */
	{ NULL, "Uw bericht is nog niet afgeleverd bij jan@klant.example. De server blijft het "
	  "proberen.\n", DM_BOUNCE_DELAYED },
	{ NULL, "Ihre Nachricht konnte noch nicht zugestellt werden.\n", DM_BOUNCE_DELAYED },
	{ NULL, "La remise de votre message a été retardée: il n'a pas encore été remis.\n",
	  DM_BOUNCE_DELAYED },
	{ NULL, "De bezorging van uw bericht aan jan@klant.example is vertraagd.\n",
	  DM_BOUNCE_DELAYED },
	/* Exchange Online's routing codes: an expiry when the line says the message expired
	 * in the queue, a failure when it refuses the address or the route. */
	{ "Undeliverable: Herinnering", "Delivery has failed to these recipients or groups:\n\n"
	  "Remote server returned '550 5.4.316 Message expired, connection refused'\n",
	  DM_BOUNCE_EXPIRED },
	{ "Undeliverable: Herinnering", "Delivery has failed to these recipients or groups:\n\n"
	  "Remote server returned '550 5.4.1 Recipient address rejected: Access denied'\n",
	  DM_BOUNCE_FAILED },
	{ "Undeliverable: Herinnering", "Delivery has failed to these recipients or groups:\n\n"
	  "Remote server returned '554 5.4.14 Hop count exceeded - possible mail loop'\n",
	  DM_BOUNCE_FAILED },
	/* Near misses: a report that says nothing of a failure. */
	{ "Your subscription", "Thank you for subscribing to our newsletter.\n", DM_BOUNCE_NONE },
	{ NULL, "", DM_BOUNCE_NONE },
};

static void
test_kind(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(kind_cases); i++) {
		const KindCase *c = &kind_cases[i];
		const char *rule = NULL;
		DmBounceKind got = dm_bounce_text_kind(c->subject, c->text, &rule);
		if (got != c->expect)
			g_error("kind case %zu (%s): got %d (rule %s), want %d", i,
			        c->subject ? c->subject : "no subject", got, rule ? rule : "-", c->expect);
		g_assert_true((got == DM_BOUNCE_NONE) == (rule == NULL));
	}
}

typedef struct {
	const char *text, *mta;     /* mta NULL: no MTA's opening */
} MtaCase;

static const MtaCase mta_cases[] = {
	{ "Hi. This is the qmail-send program at mail.example.nl.\nI'm afraid ...", "qmail" },
	{ "This message was created automatically by mail delivery software.\n", "exim" },
	{ "This is the mail system at host smtp.example.de.\n\nI'm sorry ...", "postfix" },
	{ "The original message was received at Mon, 7 Dec 2026 10:00:01 +0100\n", "sendmail" },
	{ "Delivery has failed to these recipients or groups:\n\njan@klant.example\n", "exchange" },
	{ "Your message did not reach some or all of the intended recipients.\n", "exchange" },
	{ "Delivery to the following recipient failed permanently:\n\n   jan@klant.example\n",
	  "gmail" },
	{ "Sorry, we were unable to deliver your message to the following address.\n", "yahoo" },
	{ "Your message\n\n  Subject: Herinnering\n\nwas not delivered to:\n\n  jan@klant.example\n",
	  "domino" },
	{ "The message that you sent was undeliverable to the following:\n\tjan@klant.example\n",
	  "groupwise" },
	{ "This is a delivery status notification from mx.example, running the Courier mail "
	  "server, version 1.1.\n", "courier" },
	{ "    --- The following addresses had delivery problems ---\n", "mcafee" },
	/* A provider's preamble before the MTA's own words. */
	{ "Message from mail.example.jp.\nUnable to deliver message to the following "
	  "address(es).\n", "qmail" },
	/* Near misses: quoted by a person, said in passing, or far down a long message. */
	{ "Zie hieronder:\n> Hi. This is the qmail-send program at mx.example.nl.\n", NULL },
	{ "Our mail server said: this is the mail system at host x, it is broken.\n", NULL },
	{ "Beste,\n\nWe hebben uw herinnering ontvangen en gaan betalen.\n", NULL },
};

static void
test_mta(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(mta_cases); i++) {
		const char *mta = NULL;
		gboolean found = dm_bounce_text_mta(mta_cases[i].text, &mta);
		if (g_strcmp0(mta, mta_cases[i].mta) != 0 || found != (mta_cases[i].mta != NULL))
			g_error("mta case %zu: got %s, want %s", i, mta ? mta : "none",
			        mta_cases[i].mta ? mta_cases[i].mta : "none");
	}
	/* The opening must stand near the start: a long letter that pastes it is a person's. */
	GString *late = g_string_new(NULL);
	while (late->len < 4096)
		g_string_append(late, "Wij hebben uw mail gelezen en komen er op terug.\n");
	g_string_append(late, "This is the mail system at host x.example.\n");
	const char *mta = NULL;
	g_assert_false(dm_bounce_text_mta(late->str, &mta));
	g_string_free(late, TRUE);
}

typedef struct {
	const char *text, *expect;
} RecipientCase;

static const RecipientCase recipient_cases[] = {
	{ "<jan@klant.example>:\nRemote host said: 550 no such user\n", "jan@klant.example" },
	{ "The following address(es) failed:\n\n  Jan@Klant.Example\n    mailbox is full\n",
	  "jan@klant.example" },
	{ "did not reach the following recipient(s):\n\njan@klant.example on Mon, 7 Dec 2026\n",
	  "jan@klant.example" },
	{ "Unknown user: jan@klant.example\n", "jan@klant.example" },
	{ "  MAIL FROM: boekhouding@leverancier.example\n  RCPT TO: jan@klant.example\n",
	  "jan@klant.example" },
	{ "There was an error delivering your mail to <jan@klant.example>.\n",
	  "jan@klant.example" },
	{ "The following recipients returned permanent errors: jan@klant.example. Reason: x\n",
	  "jan@klant.example" },
	/* The report's own sender and addressee are never the failed recipient. */
	{ "Sent by <mailer-daemon@mx.example> to <boekhouding@leverancier.example>:\n"
	  "jan@klant.example: user unknown\n", "jan@klant.example" },
	/* An address only in the returned headers is not listed by the report. */
	{ "Sorry, it failed.\n\nReceived: from x\nMessage-ID: <1@x.example>\n"
	  "To: jan@klant.example\n", NULL },
	{ "No address here.\n", NULL },
	/* An HTML report's table, as its text gives it: the cell after a label. */
	{ "Uw bericht is niet afgeleverd.\nOntvanger\tjan@klant.example\nReden\t550 5.1.1\n",
	  "jan@klant.example" },
	/* Domino's German labels. */
	{ "Ihr Dokument:\tHerinnering\nwurde nicht zugestellt an:   Jan@Klant.Example\n",
	  "jan@klant.example" },
	/* Several failed, each once, in the report's order; the sender never among them. */
	{ "The following address(es) failed:\n\n  piet@klant.example\n  jan@klant.example\n"
	  "  piet@klant.example\nRCPT TO: <boekhouding+dm-4-ab@leverancier.example>\n",
	  "piet@klant.example, jan@klant.example" },
	/* A message-ID in <> under its label is no address (near miss). */
	{ "Bericht-ID\t<dunmail.4.1@leverancier.example>\nMessage-ID: <dunmail.4.2@leverancier.example>\n"
	  "Niet afgeleverd.\n", NULL },
};

/* (transfer full) the addresses dm_bounce_text_recipients lists in @text, joined by
 * ", ", or NULL for none. */
static char *
recipients_listed(const char *text, const char *const *not_these)
{
	g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func(g_free);
	dm_bounce_text_recipients(text, not_these, got);
	if (got->len == 0)
		return NULL;
	g_ptr_array_add(got, NULL);
	return g_strjoinv(", ", (char **) got->pdata);
}

static void
test_recipient(void)
{
	const char *const not_these[] = { "boekhouding@leverancier.example", NULL };
	for (gsize i = 0; i < G_N_ELEMENTS(recipient_cases); i++) {
		g_autofree char *got = recipients_listed(recipient_cases[i].text, not_these);
		if (g_strcmp0(got, recipient_cases[i].expect) != 0)
			g_error("recipient case %zu: got %s, want %s", i, got ? got : "none",
			        recipient_cases[i].expect ? recipient_cases[i].expect : "none");
	}
}

typedef struct {
	const char *text, *id, *to;
} ReturnedCase;

static const ReturnedCase returned_cases[] = {
	/* qmail: below the report, the whole message */
	{ "<jan@klant.example>:\n550 no such user\n\n--- Below this line is a copy of the "
	  "message.\n\nReturn-Path: <boekhouding@leverancier.example>\nReceived: (qmail 1 "
	  "invoked by uid 8); 7 Dec 2026\nMessage-ID: <dunmail.1f.2@leverancier.example>\n"
	  "To: Jan <jan@klant.example>\nSubject: Herinnering\n\nGeachte heer,\n",
	  "<dunmail.1f.2@leverancier.example>", "jan@klant.example" },
	/* Exim: folded headers, Message-Id spelled its way, a To of two addresses */
	{ "------ This is a copy of the message, including all the headers. ------\n\n"
	  "Received: from x by y with local\n\t(envelope-from <a@b.example>)\n"
	  "Message-Id: <E1abc-0001@leverancier.example>\nTo: a@klant.example, b@klant.example\n"
	  "\nbody\n", "<E1abc-0001@leverancier.example>", NULL },
	/* Zoho writes no space after the colon */
	{ "A message could not be delivered.\nReceived:from mail.example by mx\n"
	  "Message-ID:<17.zoho@leverancier.example>\nDate:Mon, 7 Dec 2026\n",
	  "<17.zoho@leverancier.example>", NULL },
	/* Near misses: a Message-ID without any other header of a message; none at all */
	{ "Reporting-MTA: dns; mx.example\nMessage-ID: <x@y.example>\n\nAction: failed\n",
	  NULL, NULL },
	{ "Your message could not be delivered.\n", NULL, NULL },
};

static void
test_returned(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(returned_cases); i++) {
		g_autofree char *id = NULL;
		g_autofree char *to = NULL;
		gboolean found = dm_bounce_text_returned(returned_cases[i].text, &id, &to);
		if (found != (returned_cases[i].id != NULL) || g_strcmp0(id, returned_cases[i].id) ||
		    g_strcmp0(to, returned_cases[i].to))
			g_error("returned case %zu: got %s / %s, want %s / %s", i, id ? id : "none",
			        to ? to : "none", returned_cases[i].id ? returned_cases[i].id : "none",
			        returned_cases[i].to ? returned_cases[i].to : "none");
	}
}

/* Hostile text of @size bytes: every line a header or an address candidate. */
static GString *
hostile_report(gsize size)
{
	GString *s = g_string_new(NULL);
	while (s->len < size)
		g_string_append(s, "X-A: <a@b.example>\n\tMessage-ID: <\n5.5.5 550 a@b.cd:\n");
	return s;
}

static void
read_report(const GString *s)
{
	const char *rule, *mta;
	dm_bounce_text_kind("failure notice", s->str, &rule);
	dm_bounce_text_mta(s->str, &mta);
	g_autofree char *r = recipients_listed(s->str, NULL);
	g_autofree char *id = NULL;
	g_autofree char *to = NULL;
	dm_bounce_text_returned(s->str, &id, &to);
}

/* Hostile text must cost in proportion to its size. */
static void
test_hostile(void)
{
	dm_test_assert_linear(hostile_report, read_report, 128 * 1024);
}

/* A message-ID under a label of its own is the returned message's; not one in a sentence. */
static void
test_labelled_id(void)
{
	g_autofree char *cell = dm_bounce_text_labelled_id("Ontvanger\tjan@klant.example\n"
							   "Bericht-ID\t<dunmail.4.1@leverancier.example>\n");
	g_assert_cmpstr(cell, ==, "<dunmail.4.1@leverancier.example>");
	g_autofree char *colon = dm_bounce_text_labelled_id("Original Message ID: <a.1@leverancier.example>\n");
	g_assert_cmpstr(colon, ==, "<a.1@leverancier.example>");
	g_autofree char *sentence = dm_bounce_text_labelled_id("Your mail <a.1@leverancier.example> failed.\n");
	g_assert_null(sentence);
}

/* The one test of an ID's shape, for a returned part's Message-ID, a report's
 * In-Reply-To and a notification's Original-Message-ID alike. */
static void
test_message_id(void)
{
	static const struct { const char *value, *expect; } cases[] = {
		{ "<dm.7.1@leverancier.example>", "<dm.7.1@leverancier.example>" },
		{ "  <dm.7.1@leverancier.example>  ", "<dm.7.1@leverancier.example>" },
		{ "dm.7.1@leverancier.example", "<dm.7.1@leverancier.example>" },
		{ "<zonder-apenstaartje>", NULL },
		{ "", NULL },
		{ NULL, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *id = dm_bounce_message_id(cases[i].value);
		g_assert_cmpstr(id, ==, cases[i].expect);
	}
	g_autofree char *long_local = g_strnfill(260, 'a');
	g_autofree char *too_long = g_strdup_printf("<%s@leverancier.example>", long_local);
	g_autofree char *none = dm_bounce_message_id(too_long);
	g_assert_null(none);

	/* A notification's Original-Message-ID passes the same test. */
	DmBounceMdn mdn = { 0 };
	dm_bounce_mdn_read("Reporting-UA: mail.klant.example; Dovecot\n"
	                   "Final-Recipient: rfc822; jan@klant.example\n"
	                   "Original-Message-ID: <dm.7.1@leverancier.example>\n"
	                   "Disposition: automatic-action/MDN-sent-automatically; deleted\n", &mdn);
	g_assert_cmpstr(mdn.message_id, ==, "<dm.7.1@leverancier.example>");
	g_assert_cmpstr(mdn.recipient, ==, "jan@klant.example");
	g_assert_true(mdn.deleted_automatically);
	dm_bounce_mdn_clear(&mdn);
	dm_bounce_mdn_read("Original-Message-ID: <geen id>\n", &mdn);
	g_assert_null(mdn.message_id);
	dm_bounce_mdn_clear(&mdn);
}

/* An MTA's transcript of a session for its own postmaster is no report; Sendmail's
 * transcript in a report to the sender is one. */
static void
test_session_transcript(void)
{
	g_assert_true(dm_bounce_text_session_transcript(
		"Transcript of session follows.\n\n Out: 220 mx.dakdekker.example ESMTP\n"
		" In:  MAIL FROM:<>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<facturen+dm-9-00@dakdekker.example>\n"
		" Out: 550 5.7.1 Recipient address rejected\n"));
	g_assert_false(dm_bounce_text_session_transcript(
		"   ----- Transcript of session follows -----\n... while talking to mx.klant.example.:\n"
		">>> RCPT To:<jan@klant.example>\n<<< 550 5.1.1 User unknown\n"));
	/* A heading alone, or chat lines alone, is not the notice. */
	g_assert_false(dm_bounce_text_session_transcript("Transcript of session follows.\n"
	                                                 "550 5.1.1 jan@klant.example\n"));
	g_assert_false(dm_bounce_text_session_transcript(NULL));
}

/* Of the failed addresses, the one the returned message was written to. */
static void
test_recipient_choose(void)
{
	g_autoptr(GPtrArray) failed = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func(g_free);
	g_assert_null(dm_bounce_recipient_choose(failed, written, "jan@klant.example", TRUE));
	g_ptr_array_add(failed, g_strdup("boekhouding@klant.example"));
	g_ptr_array_add(failed, g_strdup("jan@klant.example"));
	g_ptr_array_add(written, g_strdup("jan@klant.example"));
	g_ptr_array_add(written, g_strdup("boekhouding@klant.example"));
	/* Both failed: the To, wherever the report lists it. */
	g_autofree char *to = dm_bounce_recipient_choose(failed, written, "jan@klant.example", FALSE);
	g_assert_cmpstr(to, ==, "jan@klant.example");
	/* No single To (two of them): the first failed one written to. */
	g_autofree char *first = dm_bounce_recipient_choose(failed, written, NULL, FALSE);
	g_assert_cmpstr(first, ==, "boekhouding@klant.example");
	/* Only a forward's target failed, and the report says so: the address written to. */
	g_autoptr(GPtrArray) forward = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(forward, g_strdup("jan.prive@thuis.example"));
	g_autofree char *origin = dm_bounce_recipient_choose(forward, written, "jan@klant.example", TRUE);
	g_assert_cmpstr(origin, ==, "jan@klant.example");
	/* Near misses: no word of a forward (a list, a Bcc); nothing known of the returned
	 * message: the report's own first. */
	g_autofree char *unsaid = dm_bounce_recipient_choose(forward, written, "jan@klant.example", FALSE);
	g_assert_cmpstr(unsaid, ==, "jan.prive@thuis.example");
	g_autofree char *alone = dm_bounce_recipient_choose(forward, NULL, NULL, TRUE);
	g_assert_cmpstr(alone, ==, "jan.prive@thuis.example");
	g_assert_true(dm_bounce_text_forwarded("This message was forwarded by the mailbox of jan@"));
	g_assert_true(dm_bounce_text_forwarded("  lager@x.example\n    (generated from einkauf@x.example)"));
	g_assert_false(dm_bounce_text_forwarded("550 5.1.1 user unknown"));
	/* Near miss: the word in the body of the returned reminder ("please forward it to
	 * your bookkeeper") says nothing of the way the mail went. */
	g_assert_false(dm_bounce_text_forwarded(
		"This message was created automatically by mail delivery software.\n\n"
		"A message that you sent could not be delivered to one or more of its recipients.\n"
		"  boekhouding@klant.example\n    mailbox unavailable\n\n"
		"------ This is a copy of the message, including all the headers. ------\n\n"
		"From: facturen@leverancier.example\nTo: jan@klant.example\n"
		"Subject: Herinnering factuur 2026-88\nMessage-ID: <dm.88.1@leverancier.example>\n\n"
		"Beste Jan,\nWilt u deze herinnering forwarden naar uw boekhouding?\n"));
	/* ... but a header of the returned block does ("X-Forwarded-To", an SRS sender). */
	g_assert_true(dm_bounce_text_forwarded(
		"A message that you sent could not be delivered.\n  jan.prive@thuis.example\n\n"
		"------ This is a copy of the message, including all the headers. ------\n\n"
		"Return-Path: <SRS0=ab12=XY=leverancier.example=facturen@klant.example>\n"
		"From: facturen@leverancier.example\nTo: jan@klant.example\n"
		"Message-ID: <dm.88.1@leverancier.example>\n\nBeste Jan,\n"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/bounce-text/kind", test_kind);
	g_test_add_func("/bounce-text/mta", test_mta);
	g_test_add_func("/bounce-text/recipient", test_recipient);
	g_test_add_func("/bounce-text/returned", test_returned);
	g_test_add_func("/bounce-text/hostile", test_hostile);
	g_test_add_func("/bounce-text/labelled-id", test_labelled_id);
	g_test_add_func("/bounce-text/recipient-choose", test_recipient_choose);
	g_test_add_func("/bounce-text/message-id", test_message_id);
	g_test_add_func("/bounce-text/session-transcript", test_session_transcript);
	return g_test_run();
}
