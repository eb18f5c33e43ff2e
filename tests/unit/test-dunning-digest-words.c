/* test-dunning-digest-words: the digest speaks the owner's language all through — over a
 * ledger with every kind of event the digest shows (recorded with their words, as
 * dunmaild and dunmail record them), invoices paused, stopped and handed over for every
 * reason dunmail writes, and outbox rows that need the owner, a Dutch, an English and a
 * German digest each hold the phrases of a table and no word of the English that reached
 * them before; an event or pause of an older dunmail is shown as written; the reasons the
 * reply policy writes are all worded, and so is every kind of mail the invoice reader
 * judges no invoice and every place it finds that; a disagreement's parts become its
 * words. */
#include <string.h>

#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest-disagreement.h"
#include "dunning/daemon/dm-ingest-not-invoice.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/report/dm-digest.h"
#include "dunning/report/dm-digest-words.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

#define NOW_ISO "2026-12-01T11:00:00Z"

typedef struct {
	DmTestFixture base;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "digest-words", 2026, 12, 1, 12);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

/* Records invoice @number of EUR 480,00 to @email, due 20 November 2026, as @status for
 * @reason (until @until_day December when > 0); its id. */
static gint64
invoice_in(Fixture *f, const char *number, const char *email, DmInvoiceStatus status,
           const char *reason, int until_day)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(email);
	inv->has_amount = TRUE;
	inv->amount_cents = 48000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, 20, 11, 2026);
	inv->message_id = g_strdup_printf("<inv-%s@acme.example>", number);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(f->base.ledger, inv, NOW_ISO, &existed, &err));
	GDate until;
	g_date_clear(&until, 1);
	if (until_day > 0)
		g_date_set_dmy(&until, (GDateDay) until_day, 12, 2026);
	if (status != DM_INVOICE_STATUS_OPEN)
		g_assert_true(dm_ledger_invoice_set_status(f->base.ledger, inv->id, status, reason,
		                                           &until, &err));
	g_assert_no_error(err);
	return inv->id;
}

static void
event(Fixture *f, gint64 invoice_id, DmEventKind kind, GVariant *words)
{
	g_autoptr(GError) err = NULL;
	/* The English detail is `dunmail show`'s; the digest must not need it. */
	g_assert_true(dm_ledger_event_said(f->base.ledger, invoice_id, NOW_ISO, kind,
	                                   "English detail for dunmail show", words, &err));
	g_assert_no_error(err);
}

/* Step @step's outbox row of @invoice_id moved from pending to @state (failed, unknown)
 * for @why. */
static void
outbox_row(Fixture *f, gint64 invoice_id, int step, const char *message_id, DmOutboxState state,
           const char *why)
{
	g_autoptr(GBytes) body = g_bytes_new_static("Subject: x\r\n\r\nx\r\n", 16);
	g_autoptr(GError) err = NULL;
	gint64 id;
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_add(f->base.ledger, invoice_id, step, message_id, "klant@debtor.example",
	                            "Herinnering: factuur 2026-0101", body, NOW_ISO, &id, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_PENDING,
	                             DM_OUTBOX_STATE_SENDING, NULL, NOW_ISO, &moved, &err));
	g_assert_true(dm_outbox_move(f->base.ledger, id, DM_OUTBOX_STATE_SENDING, state,
	                             why, NOW_ISO, &moved, &err));
	g_assert_no_error(err);
}

/* Every state the digest tells of an invoice, for every reason dunmail writes, and every
 * kind of event it shows, with the parameters their recorders give them. */
static void
every_kind(Fixture *f)
{
	gint64 disputed = invoice_in(f, "2026-0101", "klant@debtor.example", DM_INVOICE_STATUS_PAUSED,
	                             "dispute", 0);
	gint64 bounced = invoice_in(f, "2026-0102", "weg@debtor2.example", DM_INVOICE_STATUS_STOPPED,
	                            "bounce", 0);
	invoice_in(f, "2026-0103", "laat@debtor3.example", DM_INVOICE_STATUS_HANDED_OVER,
	           "fourteen_day_letter", 0);
	invoice_in(f, "2026-0104", "vraag@debtor4.example", DM_INVOICE_STATUS_PAUSED, "question", 0);
	invoice_in(f, "2026-0105", "zelf@debtor5.example", DM_INVOICE_STATUS_PAUSED,
	           "you wrote to the debtor yourself", 0);
	invoice_in(f, "2026-0106", "regeling@debtor6.example", DM_INVOICE_STATUS_PAUSED,
	           "arrangement", 0);
	gint64 promised = invoice_in(f, "2026-0107", "belofte@debtor7.example",
	                             DM_INVOICE_STATUS_PAUSED, "promise_to_pay", 20);
	gint64 held = invoice_in(f, "2026-0108", "onzeker@debtor8.example", DM_INVOICE_STATUS_HELD,
	                         "not understood with confidence", 11);

	/* A reply waiting on a promise's pause: what dunmail did names the pause. */
	DmReplyRow waiting = { .invoice_id = promised, .from_addr = "belofte@debtor7.example",
	                       .kind = "reply", .klass = DM_REPLY_CLASS_PROMISE_TO_PAY,
	                       .confidence = 0.6, .reply_text = "Ik betaal zo snel mogelijk.",
	                       .authenticated = TRUE, .note = "waiting for you: not understood",
	                       .note_reason = DM_REPLY_NOTE_HELD_UNSURE, .needs_review = TRUE,
	                       .received_at = NOW_ISO };
	g_date_clear(&waiting.stated_date, 1);
	dm_test_reply_add(f->base.ledger, "<w1@debtor7.example>", &waiting);

	event(f, 0, DM_EVENT_OWNER_MESSAGE, dm_words("owner_message", "to", "billing@acme.example",
	                                             "subject", "Vraagje", NULL));
	event(f, 0, DM_EVENT_INVOICE_UNREADABLE,
	      dm_words("invoice_no_number", "message", "<u1@acme.example>", "subject", "Factuur", NULL));
	event(f, held, DM_EVENT_SPOOL_SET_ASIDE,
	      dm_words("set_aside", "name", "0007-reply", "aside", "over_budget", "numbers",
	               "2026-0108", NULL));
	event(f, 0, DM_EVENT_NOT_INVOICE,
	      dm_words("not_invoice_unread", "message", "<n1@acme.example>", "subject", "Nieuwsbrief",
	               NULL));
	/* Messages the invoice reader judged no invoice, for reasons found in each place. */
	static const struct {
		DmNotInvoiceKind kind;
		DmNotInvoiceWhere where;
		const char *evidence, *rule, *subject;
	} refused[] = {
		{ DM_NOT_INVOICE_QUOTE, DM_NOT_INVOICE_IN_SUBJECT, "Offerte", NULL, "Offerte OF-2026-014" },
		{ DM_NOT_INVOICE_RECEIPT, DM_NOT_INVOICE_IN_PDF_TITLE, "Quittung", NULL, "Ihre Zahlung" },
		{ DM_NOT_INVOICE_USER_RULE, DM_NOT_INVOICE_IN_USER_RULE, "Interne Kopie", "dunmail.rules:3", "Kopie" },
		{ DM_NOT_INVOICE_NO_INVOICE_WORD, DM_NOT_INVOICE_IN_BODY_TEXT, NULL, NULL, "Hallo" },
		{ DM_NOT_INVOICE_AUTOMATIC_REPLY, DM_NOT_INVOICE_IN_HEADER, "Auto-Submitted", NULL, "Afwezig" },
		{ DM_NOT_INVOICE_REPLY_WITHOUT_INVOICE, DM_NOT_INVOICE_IN_NOTHING, NULL, NULL, "Re: Factuur" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(refused); i++) {
		g_autoptr(DmNotInvoiceReason) why = dm_not_invoice_reason_new(refused[i].kind, refused[i].where,
		                                                              refused[i].evidence, refused[i].rule);
		g_autofree char *id = g_strdup_printf("<r%zu@acme.example>", i + 1);
		event(f, 0, DM_EVENT_NOT_INVOICE, dm_ingest_not_invoice_words(id, refused[i].subject, why));
	}
	g_autoptr(DmInvoiceDisagreement) amount = dm_invoice_disagreement_new(
		DM_INVOICE_FIELD_AMOUNT_DUE, "ubl", "1250.00", "body", "1205.00");
	event(f, disputed, DM_EVENT_SOURCES_DISAGREE, dm_ingest_disagreement_words("2026-0101", amount));
	g_autoptr(DmInvoiceDisagreement) iban = dm_invoice_disagreement_new(
		DM_INVOICE_FIELD_IBAN, "rules", "NL91ABNA0417164300", "another source", "NL20INGB0001234567");
	event(f, disputed, DM_EVENT_SOURCES_DISAGREE, dm_ingest_disagreement_words("2026-0101", iban));
	event(f, 0, DM_EVENT_CREDIT_UNMATCHED,
	      dm_words("credit_unmatched", "number", "CN-7", "to", "klant@debtor.example",
	               "reference", "2025-0999", "credit", "not_in_ledger", NULL));
	event(f, 0, DM_EVENT_HANDED_OVER,
	      dm_words("handed_over", "step", "fourteen_day_letter", "open", "\xe2\x82\xac 480,00", NULL));
	event(f, disputed, DM_EVENT_REMINDER_BLOCKED,
	      dm_words("reminder_blocked", "step", "second_reminder", "to", "klant@debtor.example",
	               "since", "2026-11-28T09:00:00Z", NULL));
	event(f, disputed, DM_EVENT_SEND_UNSEEN,
	      dm_words("send_unseen", "step", "2", "to", "klant@debtor.example", "message",
	               "<rem-2@acme.example>", "at", "2026-11-30T08:00:00Z", "seconds", "900", NULL));
	event(f, disputed, DM_EVENT_ADDRESS_CHANGE,
	      dm_words("address_change", "from", "klant@debtor.example", "to", "nieuw@debtor.example",
	               "debtor", "klant@debtor.example", NULL));
	event(f, 0, DM_EVENT_MAIL_MISSED,
	      dm_words("mail_missed", "what", "sent", "from", "billing@acme.example", "rcpt",
	               "klant@debtor.example", "more", "2", "at", "2026-11-30T10:00:00Z", "queue",
	               "4XyZ", "missed", "spool_failed", "why", "not spooled: cannot write tmp/x: No space left on device",
	               "reminder", "12", NULL));
	event(f, 0, DM_EVENT_MAIL_MISSED,
	      dm_words("mail_missed_unreadable", "path", "missed/1.2.3", "why", "truncated", NULL));
	event(f, 0, DM_EVENT_COMMANDS_REFUSED,
	      dm_words("commands_refused", "from", "owner@acme.example", "message", "<c1@acme.example>",
	               "subject", "Re: overzicht", "refusal", "token_expired", "sender",
	               "owner@acme.example", "expired", "2026-11-20", "domain", "acme.example", NULL));
	event(f, bounced, DM_EVENT_BOUNCE_FAILED,
	      dm_words("bounce", "delivery", "failed", "failed", "weg@debtor2.example", "answers",
	               "reminder", "recipient", "weg@debtor2.example", "invoice", "2026-0102", "status",
	               "stopped", "failing", "marked", "counted", "sent", NULL));
	event(f, disputed, DM_EVENT_DELIVERED,
	      dm_words("bounce", "delivery", "delivered", "failed", "klant@debtor.example", "answers",
	               "reminder", "recipient", "klant@debtor.example", "failing", "cleared", NULL));
	event(f, 0, DM_EVENT_BOUNCE_UNPROVEN,
	      dm_words("bounce", "delivery", "failed", "failed", "iemand@debtor9.example", NULL));
	event(f, 0, DM_EVENT_ADDRESS_OK, dm_words("address_ok", "address", "weg@debtor2.example", NULL));
	/* A hold that ran out on an invoice paid since: told by its words. */
	event(f, 0, DM_EVENT_HOLD_EXPIRED, dm_words("hold_expired", "pause", "sender not verified", NULL));

	/* The mail server's answer is its own; dunmail's reason is worded. */
	outbox_row(f, disputed, 1, "<rem-f@acme.example>", DM_OUTBOX_STATE_FAILED,
	           "550 5.1.1 mailbox unavailable");
	outbox_row(f, disputed, 2, "<rem-u@acme.example>", DM_OUTBOX_STATE_UNKNOWN, "interrupted");
}

/* (transfer full) what the owner reads of @text: the command lines left out (they are the
 * CLI's syntax, the same in every language), and of @html the text between the tags. */
static char *
readable(const char *text, gboolean html)
{
	g_autoptr(GRegex) drop = g_regex_new(html ? "<div[^>]*background:#f1f3f5[^>]*>[^<]*</div>|<[^>]*>"
	                                          : "(?m)^\\s*> .*$", 0, 0, NULL);
	return g_regex_replace_literal(drop, text, -1, 0, "", 0, NULL);
}

static void
build(Fixture *f, const char *language, DmDigest *digest)
{
	g_free(f->base.config->language);
	f->base.config->language = g_strdup(language);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, digest, &err));
	g_assert_no_error(err);
}

/* The phrases each language must hold: one or more per event, pause and outbox state. */
static const struct {
	const char *lang;
	const char *const phrases[40];
} expected[] = {
	{ "nl", {
	  "bericht van uw adres: aan billing@acme.example, onderwerp \"Vraagje\": gelezen, niets mee gedaan",
	  "factuur niet gevolgd: factuurmail zonder nummer: bericht <u1@acme.example>, onderwerp \"Factuur\"",
	  "0007-reply: het lezen kostte meer tijd of geheugen dan toegestaan; het kan een antwoord zijn "
	  "over 2026-0108, dat op u wacht tot u het gelezen hebt",
	  "geen factuur, niet gevolgd: bericht <n1@acme.example>, onderwerp \"Nieuwsbrief\": niets erin "
	  "leest als een factuur",
	  "factuur 2026-0101, te betalen bedrag: de UBL zegt 1250.00, de mailtekst zegt 1205.00; "
	  "aangehouden: de UBL",
	  "factuur 2026-0101, IBAN: uw regelbestand zegt NL91ABNA0417164300, een andere bron zegt "
	  "NL20INGB0001234567; aangehouden: uw regelbestand",
	  "geen factuur, niet gevolgd: bericht <r1@acme.example>, onderwerp \"Offerte OF-2026-014\": "
	  "een offerte: het onderwerp zegt \"Offerte\"",
	  "onderwerp \"Ihre Zahlung\": een betalingsbewijs: al betaald: een titelregel van de pdf zegt "
	  "\"Quittung\"",
	  "onderwerp \"Kopie\": uw eigen regel: dunmail.rules:3 vond \"Interne Kopie\"",
	  "onderwerp \"Hallo\": geen factuurwoord (factuur, invoice, Rechnung): in de mailtekst",
	  "onderwerp \"Afwezig\": een automatisch antwoord: kopregel Auto-Submitted",
	  "onderwerp \"Re: Factuur\": een antwoord (Re:) zonder eigen factuur: geen nummer en bedrag",
	  "creditnota CN-7 aan klant@debtor.example voor factuur 2025-0999: noemt een factuur die "
	  "dunmail niet kent",
	  "laatste stap: veertiendagenbrief; \xe2\x82\xac 480,00 staat open, vorder het zelf in",
	  "tweede herinnering niet verstuurd: klant@debtor.example werkt niet sinds 2026-11-28T09:00:00Z",
	  "stap 2 aan klant@debtor.example (bericht <rem-2@acme.example>) werd afgebroken",
	  "klant@debtor.example schrijft dat het adres niet meer gelezen wordt en noemt nieuw@debtor.example",
	  "verstuurde mail van <billing@acme.example> aan <klant@debtor.example> en 2 anderen",
	  "het was herinnering 12 (volgens de tag van de envelop) en telt als verstuurd",
	  "niet gelezen door dunmail: de milter kon het niet in de spool schrijven (schijf vol of spool "
	  "defect?); het was herinnering 12",
	  "een record van de milter dat niet te lezen is (missed/1.2.3: truncated)",
	  "het token verliep op 2026-11-20 en de afzender is niet geverifieerd (geen geslaagde DMARC-, "
	  "DKIM- of SPF-controle voor acme.example)",
	  "melding van onbestelbaarheid voor weg@debtor2.example, antwoord op onze herinnering aan "
	  "weg@debtor2.example; factuur 2026-0102: herinneringen gestopt; adres gemarkeerd als niet "
	  "werkend; het versturen was afgebroken en telt als verstuurd",
	  "ontvangstbevestiging voor klant@debtor.example, antwoord op onze herinnering aan "
	  "klant@debtor.example; adres niet langer gemarkeerd als niet werkend",
	  "weg@debtor2.example niet langer gemarkeerd als niet werkend",
	  "wachten (afzender niet geverifieerd) afgelopen zonder uw beslissing",
	  "2026-0101 klant@debtor.example (\xe2\x82\xac 480,00): gepauzeerd tot u beslist (betwist)",
	  "2026-0102 weg@debtor2.example (\xe2\x82\xac 480,00): gestopt (onbestelbaar)",
	  "geen automatische herinneringen meer (veertiendagenbrief)",
	  "gepauzeerd tot u beslist (u schreef de debiteur zelf)",
	  "factuur gepauzeerd (belofte te betalen) tot 2026-12-20",
	  "wacht op u: niet met zekerheid begrepen",
	  ": onzeker: het versturen werd afgebroken (dunmaild stopte tijdens het versturen)",
	  ": mislukt (550 5.1.1 mailbox unavailable)" } },
	{ "en", {
	  "message from your address: to billing@acme.example, subject \"Vraagje\": read, not acted on",
	  "invoice not tracked: invoice mail without a number: message <u1@acme.example>",
	  "0007-reply: reading it took more time or memory than allowed; it may be a reply about "
	  "2026-0108",
	  "message <n1@acme.example>, subject \"Nieuwsbrief\": nothing in it reads as an invoice",
	  "invoice 2026-0101, amount due: the UBL says 1250.00, the mail's text says 1205.00; kept the UBL",
	  "invoice 2026-0101, IBAN: your rule file says NL91ABNA0417164300, another source says "
	  "NL20INGB0001234567; kept your rule file",
	  "message <r1@acme.example>, subject \"Offerte OF-2026-014\": quote: the subject says \"Offerte\"",
	  "subject \"Ihre Zahlung\": receipt: already paid: the PDF's title line says \"Quittung\"",
	  "subject \"Kopie\": your own rule: dunmail.rules:3 matched \"Interne Kopie\"",
	  "subject \"Hallo\": no invoice word (factuur, invoice, Rechnung): in the body's text",
	  "subject \"Afwezig\": automatic reply: header Auto-Submitted",
	  "subject \"Re: Factuur\": a reply (Re:) that sets out no invoice of its own",
	  "credit note CN-7 to klant@debtor.example for invoice 2025-0999: it names an invoice not in "
	  "the ledger",
	  "last step: 14-day letter; \xe2\x82\xac 480,00 is open, collect it yourself",
	  "second reminder not sent: klant@debtor.example is failing since 2026-11-28T09:00:00Z",
	  "step 2 to klant@debtor.example (message <rem-2@acme.example>) was cut off",
	  "klant@debtor.example writes that the address is no longer read and names nieuw@debtor.example",
	  "mail sent from <billing@acme.example> to <klant@debtor.example> and 2 more",
	  "it was reminder 12 (its envelope's tag says so), which counts as sent",
	  "was not read by dunmail: the milter could not write it to the spool (disk full or spool broken?)",
	  "a record of the milter that cannot be read (missed/1.2.3: truncated)",
	  "its token expired on 2026-11-20 and the sender is not verified (no DMARC, DKIM or SPF pass "
	  "for acme.example)",
	  "hard bounce for weg@debtor2.example, answers our reminder to weg@debtor2.example; invoice "
	  "2026-0102: reminders stopped; address marked as failing",
	  "delivery report for klant@debtor.example",
	  "weg@debtor2.example no longer marked as failing",
	  "hold (sender not verified) ended without your decision",
	  "2026-0101 klant@debtor.example (\xe2\x82\xac" "480.00): paused until you decide (disputed)",
	  "2026-0102 weg@debtor2.example (\xe2\x82\xac" "480.00): stopped (bounced)",
	  "no more automatic reminders (14-day letter)",
	  "paused until you decide (you wrote to the debtor yourself)",
	  "invoice paused (promise to pay) until 2026-12-20",
	  "waiting for you: not understood with confidence",
	  ": uncertain: its sending was cut off (dunmaild stopped while sending it)",
	  ": failed (550 5.1.1 mailbox unavailable)" } },
	{ "de", {
	  "Nachricht von Ihrer Adresse: an billing@acme.example, Betreff \"Vraagje\": gelesen, nichts "
	  "damit getan",
	  "Rechnung nicht verfolgt: Rechnungsmail ohne Nummer: Nachricht <u1@acme.example>",
	  "0007-reply: das Lesen brauchte mehr Zeit oder Speicher als erlaubt; es kann eine Antwort zu "
	  "2026-0108 sein",
	  "Nachricht <n1@acme.example>, Betreff \"Nieuwsbrief\": nichts darin liest sich als Rechnung",
	  "Rechnung 2026-0101, f\xc3\xa4lliger Betrag: die UBL sagt 1250.00, der Mailtext sagt 1205.00; "
	  "behalten: die UBL",
	  "Rechnung 2026-0101, IBAN: Ihre Regeldatei sagt NL91ABNA0417164300, eine andere Quelle sagt "
	  "NL20INGB0001234567; behalten: Ihre Regeldatei",
	  "Nachricht <r1@acme.example>, Betreff \"Offerte OF-2026-014\": ein Angebot: der Betreff sagt "
	  "\"Offerte\"",
	  "Betreff \"Ihre Zahlung\": eine Quittung: bereits bezahlt: eine Titelzeile des PDF sagt \"Quittung\"",
	  "Betreff \"Kopie\": Ihre eigene Regel: dunmail.rules:3 fand \"Interne Kopie\"",
	  "Betreff \"Hallo\": kein Rechnungswort (factuur, invoice, Rechnung): im Mailtext",
	  "Betreff \"Afwezig\": eine automatische Antwort: Kopfzeile Auto-Submitted",
	  "Betreff \"Re: Factuur\": eine Antwort (Re:) ohne eigene Rechnung",
	  "Gutschrift CN-7 an klant@debtor.example f\xc3\xbcr Rechnung 2025-0999: nennt eine Rechnung, "
	  "die dunmail nicht kennt",
	  "letzter Schritt: 14-Tage-Brief; \xe2\x82\xac 480,00 offen",
	  "zweite Erinnerung nicht gesendet: klant@debtor.example funktioniert seit "
	  "2026-11-28T09:00:00Z nicht",
	  "Stufe 2 an klant@debtor.example (Nachricht <rem-2@acme.example>) wurde am",
	  "klant@debtor.example schreibt, die Adresse werde nicht mehr gelesen, und nennt "
	  "nieuw@debtor.example",
	  "gesendete Mail von <billing@acme.example> an <klant@debtor.example> und 2 weitere",
	  "es war Erinnerung 12 (laut Tag des Umschlags) und gilt als gesendet",
	  "von dunmail nicht gelesen: der Milter konnte sie nicht in den Spool schreiben (Platte voll oder "
	  "Spool defekt?)",
	  "ein Eintrag des Milters, der nicht lesbar ist (missed/1.2.3: truncated)",
	  "ihr Token lief am 2026-11-20 ab, und der Absender ist nicht verifiziert (keine bestandene "
	  "DMARC-, DKIM- oder SPF-Pr\xc3\xbc" "fung f\xc3\xbcr acme.example)",
	  "Unzustellbarkeitsmeldung f\xc3\xbcr weg@debtor2.example, Antwort auf unsere Erinnerung "
	  "an weg@debtor2.example; Rechnung 2026-0102: Erinnerungen gestoppt; Adresse als fehlerhaft "
	  "markiert; ihr Versand war abgebrochen und gilt als gesendet",
	  "Zustellbest\xc3\xa4tigung f\xc3\xbcr klant@debtor.example",
	  "weg@debtor2.example nicht mehr als fehlerhaft markiert",
	  "Warten (Absender nicht verifiziert) ohne Ihre Entscheidung beendet",
	  "2026-0101 klant@debtor.example (\xe2\x82\xac 480,00): pausiert, bis Sie entscheiden (bestritten)",
	  "2026-0102 weg@debtor2.example (\xe2\x82\xac 480,00): gestoppt (unzustellbar)",
	  "keine automatischen Erinnerungen mehr (14-Tage-Brief)",
	  "pausiert, bis Sie entscheiden (Sie schrieben dem Schuldner selbst)",
	  "Rechnung pausiert (Zahlungszusage) bis 2026-12-20",
	  "wartet auf Sie: nicht sicher verstanden",
	  ": unsicher: der Versand wurde abgebrochen (dunmaild wurde beim Versand gestoppt)",
	  ": fehlgeschlagen (550 5.1.1 mailbox unavailable)" } },
};

/* English that reached the Dutch and German digests before: event details, pause reasons,
 * outbox states, the reply's class tag. */
static const char *const english[] = {
	"dispute", "promise_to_pay", "question)", "arrangement)", "waiting", "paused", " sent",
	"not sent", "failing", " says ", "kept ", "credit note", "invoice ", "subject ", "message ",
	"reminder", "read, not acted on", "hard bounce", "writes that", "no longer", "cut off",
	"uncertain", "failed", "not verified", "yourself", "names no invoice", "collect it",
	"marked", "was not read", "counts as", "its token", "nothing was run", "delivery report",
	"step ", "fourteen_day_letter", "bounce)", "unknown (", "interrupted", "English detail",
	"not spooled", "No space", "quote", "subject says", "header ", "user rule", "matched",
	"no invoice word", "a reply", "kept the", "the first source", "another source", "rule file",
};

static void
test_every_kind_in_three_languages(Fixture *f, gconstpointer data)
{
	every_kind(f);
	for (gsize i = 0; i < G_N_ELEMENTS(expected); i++) {
		g_auto(DmDigest) digest = { 0 };
		build(f, expected[i].lang, &digest);
		g_autofree char *text = readable(digest.body, FALSE);
		g_autofree char *html = readable(digest.html, TRUE);
		g_assert_nonnull(strstr(html, "0007-reply"));     /* the HTML's text, not nothing */
		for (gsize j = 0; j < G_N_ELEMENTS(expected[i].phrases) && expected[i].phrases[j]; j++)
			if (!strstr(text, expected[i].phrases[j]))
				g_assert_cmpstr(digest.body, ==, expected[i].phrases[j]);   /* says both */
		if (strcmp(expected[i].lang, "en") == 0)
			continue;
		for (gsize j = 0; j < G_N_ELEMENTS(english); j++)
			if (strstr(text, english[j]) || strstr(html, english[j]))
				g_assert_cmpstr(english[j], ==, text);   /* says the word and the digest */
	}
}

/* An event and a pause of a dunmail before 19 have no words: shown as written. */
static void
test_older_ledger_as_written(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	invoice_in(f, "2026-0201", "oud@debtor.example", DM_INVOICE_STATUS_PAUSED,
	           "you wrote to oud@debtor.example yourself on 2026-11-20", 0);
	g_assert_true(dm_ledger_event(f->base.ledger, 0, NOW_ISO, DM_EVENT_OWNER_MESSAGE,
	                              "message from the owner's address to billing@acme.example, "
	                              "subject \"x\": read, not acted on", &err));
	/* A not_invoice event of a dunmail before the parts: the reader's English line; one
	 * naming a kind this dunmail has no words for: the same. */
	g_assert_true(dm_ledger_event_said(f->base.ledger, 0, NOW_ISO, DM_EVENT_NOT_INVOICE, "detail",
	                                   dm_words("not_invoice", "message", "<o1@acme.example>", "subject",
	                                            "Offerte", "reason", "quote: the subject says \"Offerte\"",
	                                            NULL), &err));
	g_assert_true(dm_ledger_event_said(f->base.ledger, 0, NOW_ISO, DM_EVENT_NOT_INVOICE, "detail",
	                                   dm_words("not_invoice", "message", "<o2@acme.example>", "subject",
	                                            "Lastschrift", "reason", "a new kind: the subject says \"x\"",
	                                            "not_invoice", "a_new_kind", "found_in", "subject",
	                                            "evidence", "x", NULL), &err));
	/* A record of a milter before the Missed: key: its technical reason as written. */
	g_assert_true(dm_ledger_event_said(f->base.ledger, 0, NOW_ISO, DM_EVENT_MAIL_MISSED, "detail",
	                                   dm_words("mail_missed", "what", "billing", "from", "a@acme.example",
	                                            "rcpt", "b@debtor.example", "at", "2026-11-30T10:00:00Z",
	                                            "queue", "5AbC", "why", "not spooled: disk full", NULL),
	                                   &err));
	/* A code of a newer dunmail: its detail as written too. */
	g_assert_true(dm_ledger_event_said(f->base.ledger, 0, NOW_ISO, DM_EVENT_NOT_INVOICE,
	                                   "a newer reason", dm_words("not_yet_known", "key", "value", NULL), &err));
	g_assert_no_error(err);
	g_auto(DmDigest) digest = { 0 };
	build(f, "nl", &digest);
	g_assert_nonnull(strstr(digest.body, "bericht van uw adres: message from the owner's address "
	                                     "to billing@acme.example, subject \"x\": read, not acted on"));
	g_assert_nonnull(strstr(digest.body, "gepauzeerd tot u beslist (you wrote to "
	                                     "oud@debtor.example yourself on 2026-11-20)"));
	g_assert_nonnull(strstr(digest.body, "geen factuur, niet gevolgd: a newer reason"));
	g_assert_nonnull(strstr(digest.body, "queue-ID 5AbC, niet gelezen door dunmail (not spooled: disk full)"));
	g_assert_nonnull(strstr(digest.body, "bericht <o1@acme.example>, onderwerp \"Offerte\": quote: the "
	                                     "subject says \"Offerte\""));
	g_assert_nonnull(strstr(digest.body, "bericht <o2@acme.example>, onderwerp \"Lastschrift\": a new "
	                                     "kind: the subject says \"x\""));
}

/* Words survive the ledger whatever a stranger wrote: quotes, backslashes, line breaks,
 * braces and brackets of the templates, bytes that are not UTF-8. */
static void
test_hostile_words(Fixture *f, gconstpointer data)
{
	static const char subject[] = "it's \"{to}\" [x] \\ \n\r\t\xff end";
	event(f, 0, DM_EVENT_OWNER_MESSAGE, dm_words("owner_message", "to", "billing@acme.example",
	                                             "subject", subject, NULL));
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) events = dm_ledger_events_after(f->base.ledger, 0, &err);
	g_assert_no_error(err);
	const DmEvent *ev = g_ptr_array_index(events, 0);
	g_assert_nonnull(ev->words);
	const char *back = NULL;
	g_assert_true(g_variant_lookup(ev->words, "subject", "&s", &back));
	g_autofree char *valid = g_utf8_make_valid(subject, -1);
	g_assert_cmpstr(back, ==, valid);
	/* A parameter's value is never read as a template. */
	g_autofree char *said = dm_digest_words("nl", ev->words);
	g_assert_nonnull(strstr(said, "\"{to}\" [x]"));
	g_auto(DmDigest) digest = { 0 };
	build(f, "nl", &digest);
	g_assert_nonnull(strstr(digest.body, "onderwerp \"it's \"{to}\" [x] \\ "));
	g_assert_nonnull(strstr(digest.html, "{to}"));
}

/* Every pause reason the reply policy writes has words; so has every step name. */
static void
test_policy_reasons_worded(void)
{
	GDate today, far, soon;
	g_date_set_dmy(&today, 1, 12, 2026);
	g_date_set_dmy(&far, 1, 12, 2027);
	g_date_set_dmy(&soon, 5, 12, 2026);
	DmPolicyLimits limits = { .horizon_days = 60, .max_hold_days = 14 };
	DmPolicyReply base = { .kind = DM_REPLY_KIND_REPLY, .confident = TRUE, .verified = TRUE,
	                       .speaks_for_debtor = TRUE };
	g_autoptr(GPtrArray) reasons = g_ptr_array_new();
	for (int klass = DM_REPLY_CLASS_DISPUTE; klass <= DM_REPLY_CLASS_BOUNCE; klass++) {
		DmPolicyDecision d;
		dm_policy_for_reply((DmReplyClass) klass, &soon, &today, &d);
		if (d.changes && d.reason)
			g_ptr_array_add(reasons, (gpointer) d.reason);
	}
	/* Each way a reply holds its invoice. */
	DmPolicyReply holds[5];
	for (int i = 0; i < 5; i++) {
		holds[i] = base;
		holds[i].klass = DM_REPLY_CLASS_PROMISE_TO_PAY;
		holds[i].stated = soon;
	}
	holds[0].several = TRUE;
	holds[1].verified = FALSE;
	holds[2].confident = FALSE;
	holds[3].stated = far;
	holds[4].klass = DM_REPLY_CLASS_AUTO_REPLY;
	g_date_clear(&holds[4].stated, 1);
	for (int i = 0; i < 5; i++) {
		DmPolicyDecision d;
		dm_policy_decide(&holds[i], &today, &limits, &d);
		g_assert_true(d.changes);
		g_ptr_array_add(reasons, (gpointer) d.reason);
	}
	DmPolicyDecision unread;
	dm_policy_for_unread(&today, &limits, &unread);
	g_ptr_array_add(reasons, (gpointer) unread.reason);
	for (guint i = 0; i < reasons->len; i++) {
		const char *reason = g_ptr_array_index(reasons, i);
		if (!dm_digest_word("nl", "pause", reason) || !dm_digest_word("de", "pause", reason))
			g_error("the pause reason \"%s\" has no words", reason);
	}
	g_assert_cmpuint(reasons->len, >=, 11);
}

/* A disagreement's parts become its words as they are, each value on one line whatever
 * the debtor wrote in it: commas and "says" stay inside a value. */
static void
test_disagreement_parts(void)
{
	g_autoptr(DmInvoiceDisagreement) d = dm_invoice_disagreement_new(
		DM_INVOICE_FIELD_DEBTOR_NAME, "pdf", "Jansen, de Vries says\nZn", "facturx", "Jansen BV");
	g_autoptr(GVariant) w = g_variant_ref_sink(dm_ingest_disagreement_words("2026-0042", d));
	const char *const keys[] = { "code", "number", "field", "kept", "ours", "other", "theirs" };
	const char *const want[] = { "sources_disagree", "2026-0042", "debtor_name", "pdf",
	                             "Jansen, de Vries says Zn", "facturx", "Jansen BV" };
	for (gsize k = 0; k < G_N_ELEMENTS(keys); k++) {
		const char *v = NULL;
		g_assert_true(g_variant_lookup(w, keys[k], "&s", &v));
		g_assert_cmpstr(v, ==, want[k]);
	}
	g_autofree char *nl = dm_digest_words("nl", w);
	g_assert_cmpstr(nl, ==, "factuur 2026-0042, naam van de debiteur: de pdf zegt Jansen, de Vries says "
	                        "Zn, de Factur-X zegt Jansen BV; aangehouden: de pdf");
}

/* Code @code of kind @kind has words in English, and in Dutch and German that are not the
 * English. */
static void
assert_worded(const char *kind, const char *code)
{
	static const char *const langs[] = { "nl", "de" };
	const char *en = dm_digest_word("en", kind, code);
	if (!en)
		g_error("%s \"%s\" has no words", kind, code);
	for (gsize l = 0; l < G_N_ELEMENTS(langs); l++) {
		const char *said = dm_digest_word(langs[l], kind, code);
		if (!said || strcmp(said, en) == 0)
			g_error("%s \"%s\" has no %s words", kind, code, langs[l]);
	}
}

/* Every kind of mail the invoice reader judges no invoice, and every place it finds that,
 * has words in Dutch, English and German: a new rule without words fails here; so has
 * every cause of a missed mail.  The
 * event keeps the reader's English line beside the parts, for a dunmail without them. */
static void
test_not_invoice_kinds_worded(void)
{
	for (int k = 0; k < DM_NOT_INVOICE_N_KINDS; k++) {
		const char *code = dm_not_invoice_kind_code((DmNotInvoiceKind) k);
		assert_worded("not_invoice", code);
		/* The kinds' codes are distinct: each is worded apart. */
		for (int j = 0; j < k; j++)
			g_assert_cmpstr(code, !=, dm_not_invoice_kind_code((DmNotInvoiceKind) j));
	}
	for (int w = DM_NOT_INVOICE_IN_NOTHING + 1; w < DM_NOT_INVOICE_N_WHERE; w++)
		assert_worded("found_in", dm_not_invoice_where_code((DmNotInvoiceWhere) w));
	/* So is every cause the milter gives for mail it did not spool (dm-spool.h). */
	static const char *const causes[] = { DM_MISSED_TOO_BIG, DM_MISSED_SPOOL_FAILED, DM_MISSED_STOPPED };
	for (gsize i = 0; i < G_N_ELEMENTS(causes); i++)
		assert_worded("missed", causes[i]);
	/* The event keeps the English line beside the parts. */
	g_autoptr(DmNotInvoiceReason) why = dm_not_invoice_reason_new(DM_NOT_INVOICE_QUOTE, DM_NOT_INVOICE_IN_SUBJECT,
	                                                              "Offerte", NULL);
	g_autoptr(GVariant) w = g_variant_ref_sink(dm_ingest_not_invoice_words("<q@x>", "Offerte 7", why));
	const char *reason = NULL;
	g_assert_true(g_variant_lookup(w, "reason", "&s", &reason));
	g_assert_cmpstr(reason, ==, "quote: the subject says \"Offerte\"");
}

/* A parameter missing: "?" in its place, and an optional part that needs it left out. */
static void
test_missing_parameters(void)
{
	g_autoptr(GVariant) w = g_variant_ref_sink(dm_words("credit_unmatched", "number", "CN-1",
	                                                    "credit", "no_reference", NULL));
	g_autofree char *said = dm_digest_words("nl", w);
	g_assert_cmpstr(said, ==, "creditnota CN-1 aan ?: noemt geen factuur");
	g_assert_null(dm_digest_words("nl", NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	g_test_add("/digest-words/every-kind-in-three-languages", Fixture, NULL, setup,
	           test_every_kind_in_three_languages, teardown);
	g_test_add("/digest-words/older-ledger-as-written", Fixture, NULL, setup,
	           test_older_ledger_as_written, teardown);
	g_test_add("/digest-words/hostile-words", Fixture, NULL, setup, test_hostile_words, teardown);
	g_test_add_func("/digest-words/policy-reasons-worded", test_policy_reasons_worded);
	g_test_add_func("/digest-words/disagreement-parts", test_disagreement_parts);
	g_test_add_func("/digest-words/not-invoice-kinds-worded", test_not_invoice_kinds_worded);
	g_test_add_func("/digest-words/missing-parameters", test_missing_parameters);
	return g_test_run();
}
