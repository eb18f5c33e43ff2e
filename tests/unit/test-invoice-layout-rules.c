/* test-invoice-layout-rules: the text readers' rules for how invoices are laid out, each on
 * a small mail written for it and on a near miss that must not match, as a table: deduction
 * lines (earlier part invoices taken off the total), a Skonto line that is no deduction, a
 * term "payable at once", a letter's place-and-date line, the debtor's block under a label
 * in a second column; and the debtor's address when the To header names no recipient and
 * an archive copy of the business's own goes in Bcc.  Each case also names the rule
 * `dunmail parse --explain` must show. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-debtor.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"

typedef struct {
	const char *name, *subject, *body;
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *issue, *due;            /* "" : none read; NULL: not checked */
	const char *debtor;                 /* NULL: not checked */
	const char *explain;                /* a line of --explain must hold it; NULL: none */
	const char *not_explained;          /* no line may hold it; NULL: not checked */
} Case;

static const Case cases[] = {
	{ "deductions-two", "Schlussrechnung SR-2026-014",
	  "Schlussrechnung Nr. SR-2026-014\nRechnungsdatum: 10.03.2026\n"
	  "Gesamtbetrag brutto: 23.800,00 €\n"
	  "abzüglich Abschlagsrechnung Nr. 1 vom 15.01.2026: -5.950,00 €\n"
	  "abzüglich Abschlagsrechnung Nr. 2 vom 12.02.2026: -5.950,00 €\n"
	  "Zahlbar innerhalb von 14 Tagen.\n",
	  1190000, 2380000, "2026-03-10", NULL, NULL, "amount_due: body, rule deductions", NULL },
	{ "deductions-english-retainer", "Invoice 7731",
	  "Invoice number: 7731\nInvoice date: 2 March 2026\nTotal: £4,200.00\n"
	  "Less: retainer invoice R-12 paid 10 February 2026   -£1,000.00\nPayment within 30 days.\n",
	  320000, 420000, "2026-03-02", "2026-04-01", NULL, "rule deductions", NULL },
	/* Near miss: a Skonto line takes nothing off the amount due, and its term is not the
	 * due date's. */
	{ "skonto-is-no-deduction", "Rechnung 2026-101",
	  "Rechnung Nr. 2026-101\nRechnungsdatum: 02.03.2026\nGesamtbetrag: 1.190,00 €\n"
	  "Bei Zahlung innerhalb von 8 Tagen abzüglich 2 % Skonto: 1.166,20 €\n"
	  "Zahlbar innerhalb von 8 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.\n",
	  119000, 119000, "2026-03-02", "2026-04-01", NULL, "payment term of 30 days", "rule deductions" },
	{ "payable-at-once", "Invoice INV-3301",
	  "Invoice INV-3301\nInvoice date: 4 March 2026\nTotal: £480.00\nTerms: Due on receipt\n",
	  48000, 48000, "2026-03-04", "2026-03-04", NULL, "due_date: body, rule payable-at-once", NULL },
	/* Near miss: "receipt" in another sense sets no due date. */
	{ "receipt-is-not-a-term", "Invoice INV-3302",
	  "Invoice INV-3302\nInvoice date: 4 March 2026\nAmount due: £480.00\n"
	  "A receipt for your deposit was sent on receipt of payment.\n",
	  48000, -1, "2026-03-04", "", NULL, NULL, "payable-at-once" },
	{ "letter-date", "Factuur 2026-044",
	  "Utrecht, 12 maart 2026\n\nFactuur 2026-044\nTotaal te betalen: € 350,00\n"
	  "Graag binnen 14 dagen overmaken.\n",
	  35000, -1, "2026-03-12", "2026-03-26", NULL, "issue_date: body, rule letter-date", NULL },
	{ "letter-date-austrian", "Honorarnote 2026/01",
	  "Wien, am 3. Jänner 2026\n\nHonorarnote Nr. 2026/01\nHonorar: EUR 1.200,00\nZu zahlen: EUR 1.200,00\n"
	  "Zahlbar binnen 14 Tagen.\n",
	  120000, -1, "2026-01-03", "2026-01-17", NULL, "rule letter-date", NULL },
	/* Near miss: a place with a period after it is no letter date. */
	{ "letter-date-period-no-date", "Factuur 2026-045",
	  "Rotterdam, 10 maart 2026 t/m 14 maart 2026\n\nFactuur 2026-045\nTotaal te betalen: € 350,00\n",
	  35000, -1, "", NULL, NULL, NULL, "letter-date" },
	/* A number in the cell after a bare "Nummer" label. */
	{ "number-cell-tab", "Uw factuur van Acme",
	  "Nummer\t99240\nDatum\t19 augustus 2026\n\nVerkoopfactuur\nTotaalbedrag\t€ 1.007,93\n",
	  100793, -1, "2026-08-19", NULL, NULL, "number: body, line \"Nummer", NULL },
	{ "label-in-second-column", "Factuur 2026-046",
	  "Acme Supplies BV\tFactuur aan:\nKeizersgracht 1\tBakkerij Jansen\n"
	  "1015 AA Amsterdam\tDorpsstraat 4\nKvK 12345678\t5211 AB Den Bosch\n\n"
	  "Factuur 2026-046\nTotaal te betalen: € 99,00\n",
	  9900, -1, NULL, NULL, "Bakkerij Jansen", "debtor_name: body, rule address-block-label-in-column", NULL },
};

static GMimeMessage *
mail_to(const char *to, const char *subject, const char *body)
{
	g_autofree char *raw = g_strdup_printf(
		"From: Acme <billing@acme.example>\r\nTo: %s\r\nSubject: %s\r\n"
		"Date: Fri, 20 Mar 2026 10:00:00 +0100\r\nMessage-ID: <r@acme.example>\r\n"
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s", to, subject, body);
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	return msg;
}

static GMimeMessage *
mail(const char *subject, const char *body)
{
	return mail_to("ap@debtor.example", subject, body);
}

static void
assert_date(const char *field, const GDate *got, const char *want)
{
	if (!want)
		return;
	char buf[16] = "";
	if (g_date_valid(got))
		dm_date_to_buf(got, buf);
	if (strcmp(buf, want) != 0)
		g_error("%s: want \"%s\", got \"%s\"", field, want, buf);
}

static gboolean
explained(const DmInvoiceFacts *f, const char *needle)
{
	for (guint i = 0; i < f->explain->len; i++)
		if (strstr(g_ptr_array_index(f->explain, i), needle))
			return TRUE;
	return FALSE;
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = mail(c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_true(f->is_invoice);
	if (c->due_cents >= 0)
		g_assert_cmpint(f->amount_cents, ==, c->due_cents);
	if (c->total_cents >= 0)
		g_assert_cmpint(f->amount_total_cents, ==, c->total_cents);
	assert_date("issue_date", &f->issue_date, c->issue);
	assert_date("due_date", &f->due_date, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
	if (c->explain && !explained(f, c->explain))
		g_error("no --explain line holds \"%s\"", c->explain);
	if (c->not_explained && explained(f, c->not_explained))
		g_error("an --explain line holds \"%s\"", c->not_explained);
}

/* (transfer full) the address dm_invoice_choose_debtor picks from @rcpts (NULL-ended) for a
 * mail from billing@acme.example whose To header names no one; @rule: an explain line must
 * (or, FALSE, must not) name the rule not-own-domain. */
static char *
debtor_of(const char *const *rcpts, gboolean rule)
{
	const char *raw = "From: Acme <billing@acme.example>\r\nTo: undisclosed-recipients:;\r\n"
			  "Subject: Factuur 2026-050\r\nDate: Fri, 20 Mar 2026 10:00:00 +0100\r\n"
			  "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
			  "Factuur 2026-050\nTotaal te betalen: € 99,00\n";
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_autoptr(GPtrArray) list = g_ptr_array_new();
	for (guint i = 0; rcpts[i]; i++)
		g_ptr_array_add(list, (gpointer) rcpts[i]);
	dm_invoice_choose_debtor(f, msg, list);
	g_assert_cmpint(explained(f, "rule not-own-domain"), ==, rule);
	return g_strdup(f->debtor_email);
}

static void
test_not_own_domain(void)
{
	const char *archive_first[] = { "archief@acme.example", "jan@klant.example", NULL };
	g_autofree char *a = debtor_of(archive_first, TRUE);
	g_assert_cmpstr(a, ==, "jan@klant.example");
	/* Near misses: the debtor first needs no rule; the archive alone is all there is. */
	const char *debtor_first[] = { "jan@klant.example", "archief@acme.example", NULL };
	g_autofree char *b = debtor_of(debtor_first, FALSE);
	g_assert_cmpstr(b, ==, "jan@klant.example");
	const char *only_own[] = { "archief@acme.example", NULL };
	g_autofree char *c = debtor_of(only_own, FALSE);
	g_assert_cmpstr(c, ==, "archief@acme.example");
}

/* The To header's person as the block's first line, an organisation with no legal form
 * below: the organisation owes.  A couple's second name below is no organisation. */
static void
test_contact_above_organisation(void)
{
	g_autoptr(GMimeMessage) msg = mail_to("Priya Nair <priya@hlj.example>", "Invoice INV-88",
		"Bill to:\nPriya Nair\nKestrel & Finch\n9 Canal Wharf\nLeeds LS11 5PS\n\n"
		"Invoice INV-88\nAmount due: £120.00\n");
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_cmpstr(f->debtor_name, ==, "Kestrel & Finch");
	g_assert_true(f->business);
	g_assert_true(explained(f, "debtor_name: rule contact-above-organisation"));

	g_autoptr(GMimeMessage) couple = mail_to("Jan Smit <jan@smit.example>", "Factuur 2026-090",
		"Factuur aan:\nJan Smit\nMarie Smit\nKerkstraat 1\n1234 AB Plaats\n\n"
		"Factuur 2026-090\nTotaal te betalen: € 80,00\n");
	g_autoptr(DmInvoiceFacts) g = dm_invoice_extract(couple);
	g_assert_cmpstr(g->debtor_name, ==, "Jan Smit");
	g_assert_false(g->business);
	g_assert_false(explained(g, "contact-above-organisation"));

	/* Nor is a field's label that a layout set on the row below the name. */
	g_autoptr(GMimeMessage) label = mail_to("Hr. M. Yilmaz <m.yilmaz@example.nl>", "Factuur 2026-00201",
		"Hr. M. Yilmaz\nFactuurnr.\tFactuur 2026-00201\nRembrandtlaan 33\n3723 BG Bilthoven\n\n"
		"Totaal te betalen: € 80,00\n");
	g_autoptr(DmInvoiceFacts) h = dm_invoice_extract(label);
	g_assert_cmpstr(h->debtor_name, ==, "Hr. M. Yilmaz");
	g_assert_false(explained(h, "contact-above-organisation"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/invoice-layout/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/invoice-layout/debtor-not-own-domain", test_not_own_domain);
	g_test_add_func("/invoice-layout/contact-above-organisation", test_contact_above_organisation);
	return g_test_run();
}
