/* test-invoice-wrap: the mail around the invoice (the wrap24 round), each rule on a small
 * mail written for it and a near miss that must not trigger it: a sending service's footer
 * under the invoice ("Gesendet mit …", "Powered by …") carries the service's VAT number,
 * which makes the debtor no business, while a second VAT number labelled as the customer's
 * still does; the footer is cut only from a line of its own in the mail's last half, so a
 * phone's "Verstuurd vanaf mijn iPhone" and goods "verzonden via PostNL" near the top are
 * no footer. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-service-footer.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *to, *body;
	gboolean business;                  /* whether the debtor is read as a business */
} Case;

/* A German designer's typed invoice to a private customer, her own VAT number printed. */
#define INVOICE_DE "Lena Voigt Grafikdesign\nRosenthaler Straße 40, 10178 Berlin\nUSt-IdNr. DE330981276\n\n" \
	"Michael Hoffmann\nKastanienallee 12\n10435 Berlin\n\nRechnung\nRechnungsnummer: LV-2026-033\n" \
	"Rechnungsdatum: 29.11.2026\nLogo und Visitenkarten\t480,00 €\nUSt. 19 %\t91,20 €\n" \
	"Rechnungsbetrag: 571,20 €\nZahlbar bis 13.12.2026 auf DE89 3704 0044 0532 0130 00.\n"
#define INVOICE_EN "Greenbank Bookkeeping Services\n3 Mill Lane, Ludlow SY8 1BB\nVAT GB 301 7782 15\n\n" \
	"Bill to:\nJane Pryce\n8 Corve Street\nLudlow SY8 1DA\n\nINVOICE\nInvoice No.: GB-2026-0150\n" \
	"Invoice date: 1 December 2026\nAmount due: £180.00\nPlease pay within 14 days.\n"

static const Case cases[] = {
	{ "tool-footer-vat-de", "m.hoffmann@example.de",
	  INVOICE_DE "\nGesendet mit Rechnungsfix. Rechnungsfix GmbH, Amtsgericht Hamburg HRB 170221, "
	  "USt-IdNr. DE309912845. Impressum | Datenschutz\n", FALSE },
	{ "tool-footer-powered-by-en", "jane.pryce@example.co.uk",
	  INVOICE_EN "\nPowered by Stripe. Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2. "
	  "VAT IE 3206488LH\n", FALSE },
	{ "tool-footer-sent-on-behalf-nl", "m.koster@example.nl",
	  "Netwijs Systeembeheer\nKanaalweg 30, 2903 LS Capelle aan den IJssel\nBTW NL001945510B77\n\n"
	  "M. Koster\nRozenlaan 18\n2902 BH Capelle aan den IJssel\n\nFactuur\nFactuurnummer: NW26-0874\n"
	  "Factuurdatum: 03-11-2026\nTotaal te betalen: € 157,30\nGraag binnen 14 dagen op NL91 ABNA 0417 1643 00.\n"
	  "\nDeze e-mail is verzonden via Factuurwijs namens Netwijs Systeembeheer. Factuurwijs B.V., "
	  "BTW NL858811204B01\n", FALSE },
	/* The payment provider's imprint under a tool's mail. */
	{ "payment-provider-footer-nl", "s.bos@example.nl",
	  "Netwijs Systeembeheer\nKanaalweg 30, 2903 LS Capelle aan den IJssel\nBTW NL001945510B77\n\n"
	  "S. Bos\nEsdoornlaan 4\n2903 AB Capelle aan den IJssel\n\nFactuur\nFactuurnummer: NW26-0931\n"
	  "Factuurdatum: 30-11-2026\nTotaal te betalen: € 145,20\nGraag binnen 14 dagen op NL91 ABNA 0417 1643 00.\n"
	  "\nBetalingen worden verwerkt door Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam, KvK 30204462, "
	  "btw NL815839091B01.\n", FALSE },
	{ "invoice-sent-using-en", "r.penrose@example.co.uk",
	  INVOICE_EN "\nThis invoice was sent using Invoicely. Invoicely Ltd, 10 Queen Street Place, London EC4R 1BE. "
	  "VAT Reg. GB 998 1223 40.\n", FALSE },
	/* Near miss: the second VAT number is the customer's own, above any footer. */
	{ "near-miss-customer-vat-de", "m.hoffmann@example.de",
	  INVOICE_DE "Ihre USt-IdNr.: DE309912845\n\nMit freundlichen Grüßen\nLena Voigt\n\nGesendet mit Rechnungsfix.\n",
	  TRUE },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail("Tue, 01 Dec 2026 10:00:00 +0100", c->to, "Rechnung / invoice",
							   c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	g_assert_cmpint(f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS, ==, c->business);
}

/* Where the footer is cut, and where nothing is. */
static void
test_cut(void)
{
	g_autofree char *a = dm_service_footer_cut("Hallo,\nanbei die Rechnung.\nViele Grüße\n"
						   "Gesendet mit Rechnungsfix. USt-IdNr. DE309912845\n");
	g_assert_cmpstr(a, ==, "Hallo,\nanbei die Rechnung.\nViele Grüße\n");
	g_autofree char *b = dm_service_footer_cut("Hi,\nplease find the invoice attached.\nThanks\n"
						   "This email was sent by Invoicely on behalf of Greenbank.\n");
	g_assert_cmpstr(b, ==, "Hi,\nplease find the invoice attached.\nThanks\n");
	g_autofree char *b2 = dm_service_footer_cut("Hallo,\nanbei die Rechnung.\nGruß\n"
						    "Zahlungen werden abgewickelt über PayPal (Europe) S.à r.l.\n");
	g_assert_cmpstr(b2, ==, "Hallo,\nanbei die Rechnung.\nGruß\n");
	g_autofree char *b3 = dm_service_footer_cut("Hi,\nplease find the invoice attached.\nThanks\n"
						    "Invoice sent with Zoho Invoice. VAT GB 123 4567 89\n");
	g_assert_cmpstr(b3, ==, "Hi,\nplease find the invoice attached.\nThanks\n");
	/* Near misses: a phone's line, goods sent by a carrier near the top, "sent with" inside
	 * a sentence. */
	const char *phone = "Hoi Erik,\nhierbij de factuur.\nGroet,\nJolanda\n\nVerstuurd vanaf mijn iPhone\n";
	g_autofree char *c = dm_service_footer_cut(phone);
	g_assert_cmpstr(c, ==, phone);
	const char *carrier = "Verzonden via PostNL op 27-11.\nFactuur 2026-0412\nTotaal: € 121,00\nGraag binnen 14 "
			      "dagen overmaken.\nMet vriendelijke groet,\nTuinontwerp De Vlinderhof\n";
	g_autofree char *d = dm_service_footer_cut(carrier);
	g_assert_cmpstr(d, ==, carrier);
	const char *inside = "Dear Jane,\nthe invoice is attached.\nThe boxes were sent with DPD yesterday.\n";
	g_autofree char *e = dm_service_footer_cut(inside);
	g_assert_cmpstr(e, ==, inside);
	g_assert_null(dm_service_footer_cut(NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-wrap/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/invoice-wrap/footer-cut", test_cut);
	return g_test_run();
}
