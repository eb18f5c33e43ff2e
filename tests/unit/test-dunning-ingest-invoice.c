/* test-dunning-ingest-invoice: what dunmaild records of an invoice mail beyond the
 * skeleton's fields, on a temporary spool and ledger — the parser's facts stored on the
 * invoice row with their sources; a credit note lowering the open amount of the invoice
 * it names (with an event; under a payment plan, its instalments from the last
 * backwards), or only recorded and shown when it names none we know, never chased; a message from the billing address that is no invoice recorded with its reason;
 * two sources that disagree recorded as an event; a copy of an invoice sent again recorded
 * once. */
#include <string.h>

#include "common/dm-spool.h"
#include "dunning/daemon/dm-ingest.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/report/dm-digest.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

typedef struct {
	DmTestFixture base;
	guint n;                    /* spool files written, for their names */
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	dm_test_fixture_setup(&f->base, "ingest-inv", 2026, 11, 24, 12);
	dm_test_log_clear();
}

static void
teardown(Fixture *f, gconstpointer data)
{
	dm_test_fixture_teardown(&f->base);
}

/* Spools @body (headers and text, LF) as outgoing mail to @rcpt, and ingests it. */
static void
send_mail(Fixture *f, const char *rcpt, const char *message)
{
	g_autofree char *name = g_strdup_printf("%04u-mail", ++f->n);
	dm_test_spool_message(f->base.config->spool_dir, name, DM_DIRECTION_OUTGOING,
	                      "billing@acme.example", rcpt, message);
	(void) dm_test_ingest(f->base.config, f->base.ledger, f->base.now);
}

static char *
message(const char *id, const char *subject, const char *body)
{
	return g_strdup_printf("From: Acme B.V. <billing@acme.example>\n"
	                       "To: Jan de Vries <klant@debtor.example>\n"
	                       "Subject: %s\nDate: Tue, 20 Oct 2026 10:00:00 +0200\n"
	                       "Message-ID: <%s@acme.example>\nMIME-Version: 1.0\n"
	                       "Content-Type: text/plain; charset=utf-8\n\n%s", subject, id, body);
}

static const char invoice_body[] =
	"Beste Jan,\n\nFactuurnummer: 2026-0042\nFactuurdatum: 17-10-2026\n"
	"Uw btw-nummer: NL123456789B01\n"
	"Totaal te betalen: € 1.250,00\nVervaldatum: 16-11-2026\n"
	"Graag overmaken naar NL91 ABNA 0417 1643 00 o.v.v. betalingskenmerk 1234 5678 9012 3456.\n";

static void
send_invoice(Fixture *f)
{
	g_autofree char *m = message("inv-42", "Factuur 2026-0042", invoice_body);
	send_mail(f, "klant@debtor.example", m);
}

/* The same invoice sent again as a copy, as the debtor asked. */
static void
send_copy(Fixture *f)
{
	g_autofree char *body = g_strconcat("Beste Jan,\n\nZoals gevraagd hierbij nogmaals de factuur.\n\n",
					    invoice_body, NULL);
	g_autofree char *copy = message("inv-42-copy", "Kopie van factuur 2026-0042", body);
	send_mail(f, "klant@debtor.example", copy);
}

static void
send_credit(Fixture *f, const char *id, const char *number, const char *ref, const char *amount)
{
	g_autofree char *subject = g_strdup_printf("Creditnota %s", number);
	g_autofree char *refline = ref ? g_strdup_printf("Correctie op factuur %s.\n", ref) : g_strdup("");
	g_autofree char *body = g_strdup_printf("Creditnota %s\n%sDatum: 20-10-2026\nTotaal: € %s\n",
	                                        number, refline, amount);
	g_autofree char *m = message(id, subject, body);
	send_mail(f, "klant@debtor.example", m);
}

static GPtrArray *
events(Fixture *f, gint64 invoice, const char *kind_name)
{
	DmEventKind kind;
	g_assert_true(dm_event_kind_from_name(kind_name, &kind));
	GPtrArray *ev = dm_ledger_events_list(f->base.ledger, invoice, NULL, kind, NULL);
	g_assert_nonnull(ev);
	return ev;
}

/* (transfer full) the text of the digest in @language. */
static char *
digest_in(Fixture *f, const char *language)
{
	g_free(f->base.config->language);
	f->base.config->language = g_strdup(language);
	g_auto(DmDigest) digest = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_digest_build(f->base.config, f->base.ledger, f->base.now, &digest, &err));
	g_assert_no_error(err);
	return g_steal_pointer(&digest.body);
}

/* @digest holds @phrase (the assertion message shows both when it does not). */
static void
assert_says(const char *digest, const char *phrase)
{
	if (!strstr(digest, phrase))
		g_assert_cmpstr(digest, ==, phrase);
}

static DmInvoice *
invoice(Fixture *f, const char *number)
{
	g_autoptr(GError) err = NULL;
	DmInvoice *inv = dm_ledger_invoice_by_number(f->base.ledger, number, &err);
	g_assert_no_error(err);
	g_assert_nonnull(inv);
	return inv;
}

/* The facts the parser read are on the invoice row, each with its source. */
static void
test_facts_stored(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpint(inv->debtor_kind, ==, DM_DEBTOR_KIND_BUSINESS);
	g_assert_nonnull(inv->debtor_kind_why);
	g_assert_cmpstr(inv->iban, ==, "NL91ABNA0417164300");
	g_assert_nonnull(inv->payment_reference);
	g_assert_true(inv->has_total);
	g_assert_cmpint(inv->amount_total_cents, ==, 125000);
	g_assert_false(inv->credit_note);
	g_assert_cmpint(inv->credited_cents, ==, 0);
	g_assert_cmpstr(inv->debtor_name, ==, "Jan de Vries");
	g_assert_nonnull(inv->field_sources);
	g_assert_nonnull(strstr(inv->field_sources, "number=body"));
	g_assert_nonnull(strstr(inv->field_sources, "debtor_email=envelope"));
	g_assert_nonnull(strstr(inv->field_sources, "business=text"));
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_OPEN);
}

/* A credit note naming a known invoice lowers its open amount, with an event on that
 * invoice; the credit note itself is recorded stopped (never chased). */
static void
test_credit_lowers_open(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	send_credit(f, "cn-7", "CN-2026-0007", "2026-0042", "250,00");
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpint(inv->credited_cents, ==, 25000);
	g_assert_cmpint(dm_invoice_open_cents(inv), ==, 100000);
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_OPEN);
	g_autoptr(GPtrArray) ev = events(f, inv->id, "credited");
	g_assert_cmpuint(ev->len, ==, 1);
	const DmEvent *e = ev->pdata[0];
	g_assert_nonnull(strstr(e->detail, "CN-2026-0007"));
	g_assert_nonnull(strstr(e->detail, "1.000,00"));

	g_autoptr(DmInvoice) cn = invoice(f, "CN-2026-0007");
	g_assert_true(cn->credit_note);
	g_assert_cmpstr(cn->credit_reference, ==, "2026-0042");
	g_assert_cmpint(cn->amount_cents, ==, -25000);
	g_assert_cmpint(cn->status, ==, DM_INVOICE_STATUS_STOPPED);

	/* Crediting the rest leaves nothing open: the reminders stop. */
	send_credit(f, "cn-8", "CN-2026-0008", "2026-0042", "1.000,00");
	g_autoptr(DmInvoice) after = invoice(f, "2026-0042");
	g_assert_cmpint(dm_invoice_open_cents(after), ==, 0);
	g_assert_cmpint(after->status, ==, DM_INVOICE_STATUS_STOPPED);
	g_assert_cmpstr(after->pause_reason, ==, "credited in full");
}

/* A credit note that arrives before the invoice it names waits: recorded with nothing
 * lowered, then applied when the invoice is recorded (once: a third mail changes nothing). */
static void
test_credit_before_invoice(Fixture *f, gconstpointer data)
{
	send_credit(f, "cn-early", "CN-2026-0009", "2026-0042", "250,00");
	g_autoptr(DmInvoice) cn = invoice(f, "CN-2026-0009");
	g_autoptr(GPtrArray) unmatched = events(f, cn->id, "credit_unmatched");
	g_assert_cmpuint(unmatched->len, ==, 1);

	send_invoice(f);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpint(inv->credited_cents, ==, 25000);
	g_assert_cmpint(dm_invoice_open_cents(inv), ==, 100000);
	g_autoptr(GPtrArray) ev = events(f, inv->id, "credited");
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_nonnull(strstr(((const DmEvent *) ev->pdata[0])->detail, "CN-2026-0009"));

	/* The invoice sent again is no new invoice: the credit is not taken twice. */
	send_invoice(f);
	g_autoptr(DmInvoice) again = invoice(f, "2026-0042");
	g_assert_cmpint(again->credited_cents, ==, 25000);
}

/* A credit note on an invoice under a running payment plan lowers the plan's unpaid
 * instalments from the last backwards, said in the credited event; crediting what is
 * left ends the plan. */
static void
test_credit_under_plan(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_autoptr(GArray) inst = g_array_new(FALSE, TRUE, sizeof(DmInstalment));
	static const gint64 amounts[] = { 41666, 41666, 41668 };
	for (int i = 0; i < 3; i++) {
		DmInstalment n = { .number = i + 1, .amount_cents = amounts[i] };
		g_date_set_dmy(&n.due, 1, (GDateMonth) (i + 1), 2027);
		g_array_append_val(inst, n);
	}
	g_autoptr(GError) err = NULL;
	gint64 plan_id = 0;
	g_assert_true(dm_ledger_plan_add(f->base.ledger, inv->id, 0, inst, "2026-11-24T10:00:00Z",
	                                 &plan_id, &err));
	g_assert_no_error(err);

	send_credit(f, "cn-11", "CN-2026-0011", "2026-0042", "500,00");
	g_autoptr(DmPlan) plan = dm_ledger_plan_get(f->base.ledger, plan_id, &err);
	g_assert_no_error(err);
	static const gint64 lowered[] = { 41666, 33334, 0 };
	for (int i = 0; i < 3; i++)
		g_assert_cmpint(g_array_index(plan->instalments, DmInstalment, i).amount_cents, ==,
		                lowered[i]);
	g_autoptr(GPtrArray) ev = events(f, inv->id, "credited");
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) ev->pdata[0])->detail;
	g_assert_nonnull(strstr(detail, "instalment 2 of 3 from € 416,66 to € 333,34"));
	g_assert_nonnull(strstr(detail, "instalment 3 of 3 from € 416,68 to € 0,00"));
	g_assert_null(strstr(detail, "instalment 1 of 3"));
	g_autoptr(DmInvoice) during = invoice(f, "2026-0042");
	g_assert_cmpint(during->plan_id, ==, plan_id);
	g_assert_cmpint(during->status, ==, DM_INVOICE_STATUS_OPEN);

	/* What is left credited too: nothing to pay, the plan is done. */
	send_credit(f, "cn-12", "CN-2026-0012", "2026-0042", "750,00");
	g_autoptr(DmInvoice) after = invoice(f, "2026-0042");
	g_assert_cmpint(dm_invoice_open_cents(after), ==, 0);
	g_assert_cmpint(after->status, ==, DM_INVOICE_STATUS_STOPPED);
	g_assert_cmpint(after->plan_id, ==, 0);
	g_autoptr(DmPlan) ended = dm_ledger_plan_get(f->base.ledger, plan_id, &err);
	g_assert_cmpint(ended->state, ==, DM_PLAN_STATE_DONE);
	for (int i = 0; i < 3; i++)
		g_assert_cmpint(g_array_index(ended->instalments, DmInstalment, i).amount_cents, >=, 0);
}

/* A credit note naming no invoice we know is recorded and shown, lowers nothing. */
static void
test_credit_unmatched(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	send_credit(f, "cn-9", "CN-2026-0009", "2025-0999", "250,00");
	send_credit(f, "cn-10", "CN-2026-0010", NULL, "100,00");
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpint(inv->credited_cents, ==, 0);
	g_autoptr(DmInvoice) cn = invoice(f, "CN-2026-0009");
	g_assert_cmpint(cn->status, ==, DM_INVOICE_STATUS_STOPPED);
	g_autoptr(GPtrArray) ev = events(f, 0, "credit_unmatched");
	g_assert_cmpuint(ev->len, ==, 2);
	g_assert_nonnull(strstr(((DmEvent *) ev->pdata[0])->detail, "not in the ledger"));
	g_assert_nonnull(strstr(((DmEvent *) ev->pdata[1])->detail, "names no invoice"));
	/* The digest words why in the owner's language; `dunmail show` keeps the English. */
	g_autofree char *nl = digest_in(f, "nl");
	assert_says(nl, "creditnota CN-2026-0009 aan klant@debtor.example voor factuur 2025-0999: noemt "
	                "een factuur die dunmail niet kent");
	assert_says(nl, "creditnota CN-2026-0010 aan klant@debtor.example: noemt geen factuur");
	g_assert_null(strstr(nl, "credit note"));
	g_autofree char *de = digest_in(f, "de");
	assert_says(de, "Gutschrift CN-2026-0010 an klant@debtor.example: nennt keine Rechnung");
}

/* A quote from the billing address is no invoice: nothing to chase, and the owner can see
 * that it was seen and why it was not taken. */
static void
test_not_invoice_recorded(Fixture *f, gconstpointer data)
{
	g_autofree char *m = message("q-12", "Offerte 2026-Q-12 nieuwe website",
	                             "Beste Jan,\n\nOffertenummer: 2026-Q-12\n"
	                             "Totaal: € 4.500,00 excl. BTW\nDeze offerte is 30 dagen geldig.\n");
	send_mail(f, "klant@debtor.example", m);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 0);
	g_autoptr(GPtrArray) ev = events(f, 0, "not_invoice");
	g_assert_cmpuint(ev->len, ==, 1);
	const char *detail = ((DmEvent *) ev->pdata[0])->detail;
	g_assert_nonnull(strstr(detail, "<q-12@acme.example>"));
	g_assert_nonnull(strstr(detail, "quote"));
	/* In the owner's language, the reader's reason too: its kind and where it found it. */
	g_autofree char *nl = digest_in(f, "nl");
	assert_says(nl, "geen factuur, niet gevolgd: bericht <q-12@acme.example>, onderwerp \"Offerte "
	                "2026-Q-12 nieuwe website\": een offerte: het onderwerp zegt \"Offerte\"");
	g_assert_null(strstr(nl, "not an invoice, not chased"));
}

/* A copy of an invoice sent again ("Kopie van factuur …", "hierbij nogmaals de factuur")
 * is read as the invoice it is, and the ledger knows it by its number and debtor: recorded
 * once, its first message kept for threading, chased once; the log says it was seen. */
static void
test_copy_resent(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	dm_test_log_clear();
	send_copy(f);
	g_assert_true(dm_test_logged("invoice 2026-0042 to klant@debtor.example was recorded before; not added again"));
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 1);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpstr(inv->message_id, ==, "<inv-42@acme.example>");
	g_autoptr(GPtrArray) recorded = events(f, inv->id, "invoice_recorded");
	g_assert_cmpuint(recorded->len, ==, 1);
	/* Read as an invoice, not as the business's own reminder. */
	g_autoptr(GPtrArray) refused = events(f, 0, "not_invoice");
	g_assert_cmpuint(refused->len, ==, 0);
	/* The owner wrote to the debtor: the next reminder waits, as after any mail of theirs. */
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_PAUSED);
	g_autoptr(GPtrArray) wrote = events(f, inv->id, "owner_wrote");
	g_assert_cmpuint(wrote->len, ==, 1);
}

/* The business's typed second reminder names the invoice again ("Wij verzoeken u nogmaals
 * de factuur … te voldoen") under the invoice's own subject: a reminder, not a copy — the
 * owner wrote, so the invoice waits, and nothing is recorded twice (review of fix16). */
static void
test_typed_reminder_pauses(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	g_autofree char *body = g_strconcat("Beste Jan,\n\nDe vervaldatum is verstreken. Wij verzoeken u "
	                                    "nogmaals de factuur binnen 7 dagen te voldoen.\n\n", invoice_body, NULL);
	g_autofree char *m = message("rem-42", "Factuur 2026-0042", body);
	send_mail(f, "klant@debtor.example", m);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpstr(inv->pause_reason, ==, "you wrote to the debtor yourself");
	g_autoptr(GPtrArray) refused = events(f, 0, "not_invoice");
	g_assert_cmpuint(refused->len, ==, 1);
}

/* A copy sent to another address of the debtor (its accounts department) is the same
 * invoice: no second row, no second ladder (review of fix16). */
static void
test_copy_other_address(Fixture *f, gconstpointer data)
{
	send_invoice(f);
	g_autofree char *body = g_strconcat("Beste Jan,\n\nZoals gevraagd hierbij nogmaals de factuur.\n\n",
	                                    invoice_body, NULL);
	g_autofree char *m = message("inv-42-copy", "Kopie van factuur 2026-0042", body);
	send_mail(f, "crediteuren@debtor.example", m);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(f->base.ledger, NULL, DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(all->len, ==, 1);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpstr(inv->debtor_email, ==, "klant@debtor.example");
}

/* The copy alone (its first mail sent before dunmail was installed) is the invoice: it is
 * recorded and chased. */
static void
test_copy_alone_recorded(Fixture *f, gconstpointer data)
{
	send_copy(f);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0042");
	g_assert_cmpstr(inv->message_id, ==, "<inv-42-copy@acme.example>");
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_OPEN);
}

/* The body says another amount than the attached UBL: the UBL's is recorded, and the
 * disagreement is an event on the invoice. */
static void
test_disagreement_event(Fixture *f, gconstpointer data)
{
	static const char msg[] =
		"From: Acme B.V. <billing@acme.example>\nTo: <ap@debtor.example>\n"
		"Subject: Factuur 2026-0050\nDate: Tue, 20 Oct 2026 10:00:00 +0200\n"
		"Message-ID: <inv-50@acme.example>\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
		"--b\nContent-Type: text/plain; charset=utf-8\n\n"
		"Factuur 2026-0050\nTotaal te betalen: € 1.205,00\n"
		"--b\nContent-Type: application/xml\n"
		"Content-Disposition: attachment; filename=\"2026-0050.xml\"\n\n"
		"<?xml version=\"1.0\"?>\n"
		"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
		"xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
		"xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
		"<cbc:ID>2026-0050</cbc:ID><cbc:IssueDate>2026-10-17</cbc:IssueDate>"
		"<cbc:DueDate>2026-11-16</cbc:DueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
		"<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">1250.00</cbc:PayableAmount>"
		"</cac:LegalMonetaryTotal></Invoice>\n--b--\n";
	send_mail(f, "ap@debtor.example", msg);
	g_autoptr(DmInvoice) inv = invoice(f, "2026-0050");
	g_assert_cmpint(inv->amount_cents, ==, 125000);
	g_autoptr(GPtrArray) ev = events(f, inv->id, "sources_disagree");
	g_assert_cmpuint(ev->len, ==, 1);
	g_assert_cmpstr(((DmEvent *) ev->pdata[0])->detail, ==,
	                "invoice 2026-0050: amount_due: ubl says 1250.00, body says 1205.00; kept ubl");
	/* The digest words the reader's line from its parts. */
	g_autofree char *nl = digest_in(f, "nl");
	assert_says(nl, "bronnen van een factuur spreken elkaar tegen: factuur 2026-0050, te betalen "
	                "bedrag: de UBL zegt 1250.00, de mailtekst zegt 1205.00; aangehouden: de UBL");
	g_autofree char *de = digest_in(f, "de");
	assert_says(de, "Rechnung 2026-0050, f\xc3\xa4lliger Betrag: die UBL sagt 1250.00, der Mailtext "
	                "sagt 1205.00; behalten: die UBL");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	dm_test_log_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/ingest-invoice/facts-stored", test_facts_stored);
	ADD("/ingest-invoice/credit-lowers-open", test_credit_lowers_open);
	ADD("/ingest-invoice/credit-before-invoice", test_credit_before_invoice);
	ADD("/ingest-invoice/credit-unmatched", test_credit_unmatched);
	ADD("/ingest-invoice/credit-under-plan", test_credit_under_plan);
	ADD("/ingest-invoice/not-invoice-recorded", test_not_invoice_recorded);
	ADD("/ingest-invoice/disagreement-event", test_disagreement_event);
	ADD("/ingest-invoice/copy-resent", test_copy_resent);
	ADD("/ingest-invoice/typed-reminder-pauses", test_typed_reminder_pauses);
	ADD("/ingest-invoice/copy-other-address", test_copy_other_address);
	ADD("/ingest-invoice/copy-alone-recorded", test_copy_alone_recorded);
	return g_test_run();
}
