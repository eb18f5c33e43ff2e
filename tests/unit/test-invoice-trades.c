/* test-invoice-trades: the rules the building trades' invoices asked for (heldout36's
 * misses), each on a small mail written for it and a near miss that must not change, as a
 * table: an Abschlag's earlier Abschlag taken off the net above the VAT is no deduction
 * from the gross total; a net amount payable after a tax deduction (RCT, CIS) is the amount
 * due; the final date for payment beside a due date (UK Construction Act) is the due date;
 * a final or part invoice's title above the window is no name; a billing address's
 * Flemish label, and a customer's number on its label's row heads no block of
 * description lines; a sole trader's free-mail mailbox that spells the firm names the
 * sender's own address line, never the debtor's. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name;
	const char *from;                   /* NULL: Acme <billing@acme.example> */
	const char *to, *subject, *body;
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *debtor;                 /* NULL: not checked */
	const char *kind;                   /* "business", "consumer", "unknown"; NULL: not checked */
} Case;

#define NL_TO "Fam. Oosterhuis <oosterhuis@example.nl>"

static const Case cases[] = {
	/* A cumulative Abschlag takes the earlier Abschlag off the work to date, net, and
	 * charges VAT on the rest: the Rechnungsbetrag below the VAT is what is due (de, nl,
	 * en). */
	{ "earlier-part-off-the-net-de", NULL, "Miriam Scholz <m.scholz@example.de>", "2. Abschlagsrechnung Nr. 26-0318",
	  "2. Abschlagsrechnung\nRechnung Nr. 26-0318\nDatum: 24.11.2026\n"
	  "Leistungsstand lt. Aufmaß\t96.480,00 €\n"
	  "abzüglich 1. Abschlagsrechnung Nr. 26-0244 vom 18.09.2026 (netto)\t-41.200,00 €\n"
	  "Abschlag netto\t55.280,00 €\nzzgl. 19 % MwSt.\t10.503,20 €\nRechnungsbetrag\t65.783,20 €\n"
	  "Zahlbar innerhalb von 21 Tagen.\n",
	  6578320, 6578320, NULL, NULL, NULL },
	{ "earlier-part-off-the-net-nl", NULL, NL_TO, "Termijnfactuur 2026-0412",
	  "Factuur 2026-0412\nFactuurdatum: 20-11-2026\n"
	  "Uitgevoerd werk tot heden\t€ 40.000,00\nVerminderd met termijnfactuur 2026-0377\t€ -10.000,00\n"
	  "Subtotaal\t€ 30.000,00\nBtw 21%\t€ 6.300,00\nTotaal\t€ 36.300,00\n",
	  3630000, 3630000, NULL, NULL, NULL },
	{ "earlier-part-off-the-net-en", NULL, "Dan Ellis <dan@example.co.uk>", "Invoice INV-2210",
	  "Invoice INV-2210\nDate: 20 November 2026\n"
	  "Work to date\t£40,000.00\nLess progress invoice INV-2170\t-£10,000.00\n"
	  "Net\t£30,000.00\nVAT 20%\t£6,000.00\nInvoice total\t£36,000.00\n",
	  3600000, 3600000, NULL, NULL, NULL },
	/* Near misses: below the gross total, the earlier Abschlag (gross) is still taken off;
	 * and above the VAT with no VAT line between (the whole written gross) too. */
	{ "near-miss-earlier-part-below-the-total", NULL, "Miriam Scholz <m.scholz@example.de>", "Schlussrechnung 26-0400",
	  "Schlussrechnung\nRechnung Nr. 26-0400\nDatum: 24.11.2026\n"
	  "Leistung netto\t100.000,00 €\nzzgl. 19 % MwSt.\t19.000,00 €\nRechnungsbetrag\t119.000,00 €\n"
	  "abzüglich 1. Abschlagsrechnung Nr. 26-0244 (brutto)\t-59.500,00 €\n",
	  5950000, 11900000, NULL, NULL, NULL },
	{ "near-miss-earlier-part-no-vat-between", NULL, "Miriam Scholz <m.scholz@example.de>", "Schlussrechnung 26-0401",
	  "Schlussrechnung\nRechnung Nr. 26-0401\nDatum: 24.11.2026\n"
	  "Leistung\t1.000,00 €\nabzüglich Anzahlung vom 02.10.2026\t-400,00 €\nGesamtbetrag\t1.000,00 €\n"
	  "Kleinunternehmer gemäß § 19 UStG.\n",
	  60000, 100000, NULL, NULL, NULL },
	/* The amount the customer pays once a tax deduction is off ("NET PAYABLE" after "Less
	 * RCT deducted", "Net payable" after "Less CIS"): the amount due; the total stays the
	 * invoice's. */
	{ "net-payable-after-rct", NULL, "Brennan Contractors <accounts@example.ie>", "Invoice INV-0617",
	  "INVOICE\nInvoice Number\tINV-0617\nInvoice Date\t11 Nov 2026\n"
	  "Subtotal\t21,976.20\nVAT (reverse charge)\t0.00\nTOTAL EUR\t21,976.20\n"
	  "Less RCT deducted at 20%\t-4,395.24\nNET PAYABLE EUR\t17,580.96\n",
	  1758096, 2197620, NULL, NULL, NULL },
	{ "net-payable-after-cis", NULL, "Ashworth Build <payables@example.co.uk>", "Invoice 1043",
	  "INVOICE 1043\nDate: 11 Nov 2026\n"
	  "Labour\t£2,000.00\nMaterials\t£500.00\nTotal\t£2,500.00\n"
	  "Less CIS deduction 20% on labour\t-£400.00\nNet payable\t£2,100.00\n",
	  210000, 250000, NULL, NULL, NULL },
	/* Near miss: a net amount before VAT is no amount due. */
	{ "near-miss-net-amount", NULL, "Ashworth Build <payables@example.co.uk>", "Invoice 1044",
	  "INVOICE 1044\nDate: 11 Nov 2026\nNet amount\t£2,500.00\nVAT 20%\t£500.00\nTotal\t£3,000.00\n",
	  300000, 300000, NULL, NULL, NULL },
	/* UK Construction Act: the payer is late after the final date for payment, not after
	 * the "due date" the sum falls due on. */
	{ "final-date-for-payment", NULL, "Ashworth Build <payables@example.co.uk>", "Invoice SI-0764",
	  "TAX INVOICE\nInvoice No.\tSI-0764\nTax point\t25 Nov 2026\nDue date\t2 Dec 2026\n"
	  "Final date for payment\t23 Dec 2026\nAmount due\t£31,889.35\n",
	  3188935, -1, "2026-12-23", NULL, NULL },
	/* Near miss: a due date alone stays the due date. */
	{ "near-miss-due-date-alone", NULL, "Ashworth Build <payables@example.co.uk>", "Invoice SI-0765",
	  "TAX INVOICE\nInvoice No.\tSI-0765\nTax point\t25 Nov 2026\nDue date\t2 Dec 2026\n"
	  "Amount due\t£1,889.35\nThe final payment of the contract is due on practical completion.\n",
	  188935, -1, "2026-12-02", NULL, NULL },
	/* A final or part invoice's title set above the window is no name (nl, de). */
	{ "final-invoice-title-above-window-nl", NULL, NL_TO, "Factuur 2026-0073",
	  "Bouwbedrijf Tromp\nNijverheidsweg 8\n1693 AM Wervershoof\ninfo@bouwbedrijftromp.example\n\n"
	  "Eindafrekening\nFam. Oosterhuis\tFactuur\t2026-0073\nDorpsstraat 56\tDatum\t23-11-2026\n"
	  "1693 AC Wervershoof\tVervaldatum\t07-12-2026\n\nTotaal incl. btw\t47.497,95\n",
	  -1, -1, NULL, "Fam. Oosterhuis", "consumer" },
	{ "final-invoice-title-above-window-de", NULL, "Tobias Scholz <t.scholz@example.de>", "Rechnung 26-0400",
	  "Bauunternehmung Krämer GmbH\nPacelliallee 9\n36043 Fulda\nTelefon 0661 90 41 20\n\n"
	  "Schlussrechnung\nTobias Scholz\tRechnung Nr.\t26-0400\nEichenzeller Straße 41\tDatum\t24.11.2026\n"
	  "36043 Fulda\n\nRechnungsbetrag\t11.900,00 €\n",
	  -1, -1, NULL, "Tobias Scholz", NULL },
	/* Near miss: a firm whose name begins with a word of bills is still a name. */
	{ "near-miss-firm-named-for-bills", NULL, "Anna Vos <anna@example.nl>", "Factuur 2026-0074",
	  "Bouwbedrijf Tromp\nNijverheidsweg 8\n1693 AM Wervershoof\ninfo@bouwbedrijftromp.example\n\n"
	  "Afrekenpunt Noord B.V.\tFactuur\t2026-0074\nDorpsstraat 58\tDatum\t23-11-2026\n"
	  "1693 AC Wervershoof\tVervaldatum\t07-12-2026\n\nTotaal incl. btw\t1.210,00\n",
	  -1, -1, NULL, "Afrekenpunt Noord B.V.", NULL },
	/* A Flemish billing address's label ("Facturatieadres") heads the debtor's block; a
	 * customer's number on "Klant"'s row makes it a details row, never the label of the
	 * description below it. */
	{ "facturatieadres", NULL, "Jef Claes <jef.claes@example.be>", "Factuur 2026/188",
	  "Bouwonderneming Verhaegen BV\nFACTUUR\nBattelsesteenweg 155, 2800 Mechelen\n"
	  "facturatie@verhaegen-bouw.example · 015 41 77 20\nFacturatieadres\n"
	  "Jef Claes en Lien Wouters\tFactuurnummer\t2026/188\nKempenarestraat 19\tFactuurdatum\t30/10/2026\n"
	  "2860 Sint-Katelijne-Waver\tVervaldatum\t29/11/2026\nKlant\tK-0427\nOmschrijving\tBedrag\n"
	  "Renovatie en uitbreiding woning Kempenarestraat 19\n"
	  "Vorderingsstaat nr. 2 (periode oktober 2026), zie bijlage\t20.070,00\nTotaal\t€ 21.274,20\n",
	  2127420, -1, "2026-11-29", "Jef Claes en Lien Wouters", NULL },
	{ "customer-number-row-heads-no-description", NULL, "Jef Claes <jef.claes@example.be>", "Factuur 2026/189",
	  "Bouwonderneming Verhaegen BV\nFACTUUR\nBattelsesteenweg 155, 2800 Mechelen\n"
	  "facturatie@verhaegen-bouw.example · 015 41 77 20\nFactuurnummer\t2026/189\n"
	  "Klant\tK-0427\nOmschrijving\tBedrag\nRenovatie en uitbreiding woning Kempenarestraat 19\n"
	  "Vorderingsstaat nr. 3\t20.070,00\nTotaal\t€ 21.274,20\n",
	  2127420, -1, NULL, "Jef Claes", NULL },
	/* Near miss: the customer's address under such a row is still the debtor's block. */
	{ "near-miss-customer-number-row-over-address", NULL, "Jef Claes <jef.claes@example.be>", "Factuur 2026/190",
	  "Bouwonderneming Verhaegen BV\nFACTUUR\nBattelsesteenweg 155, 2800 Mechelen\n"
	  "facturatie@verhaegen-bouw.example · 015 41 77 20\nFactuurnummer\t2026/190\n"
	  "Klant\tK-0427\nLien Wouters\nKempenarestraat 19\n2860 Sint-Katelijne-Waver\n"
	  "Totaal\t€ 1.274,20\n",
	  127420, -1, NULL, "Lien Wouters", NULL },
	/* A sole trader on free mail names the mailbox for the firm (fliesen.kaya@…): the
	 * firm's own address line in the signature is no debtor's. */
	{ "free-mail-mailbox-spells-the-firm", "Emre Kaya <fliesen.kaya@gmail.com>", "Susanne Brandt <s.brandt@gmx.net>",
	  "Rechnung Fliesenarbeiten",
	  "Hallo Frau Brandt,\n\nhier meine Rechnung:\n\nRechnung Nr. 2026-14\nDatum: 12.10.2026\n\n"
	  "Gesamtbetrag: 1.380,00 €\n\nBitte überweisen Sie den Betrag bis zum 26.10.2026.\n\n"
	  "Viele Grüße\nEmre Kaya\nFliesen Kaya, Hagenstraße 8, 44139 Dortmund\n",
	  138000, -1, "2026-10-26", "Susanne Brandt", NULL },
	/* Near miss: a one-line address of another firm is still the debtor's. */
	{ "near-miss-free-mail-other-firm", "Emre Kaya <fliesen.kaya@gmail.com>", "Buchhaltung <rechnung@example.de>",
	  "Rechnung Fliesenarbeiten",
	  "Rechnung an: Kaffeerösterei Falkenberg UG, Speicherstraße 3, 28217 Bremen\n\n"
	  "Rechnung Nr. 2026-15\nDatum: 12.10.2026\n\nGesamtbetrag: 1.380,00 €\n\n"
	  "Viele Grüße\nEmre Kaya\n",
	  138000, -1, NULL, "Kaffeerösterei Falkenberg UG", NULL },
	/* The details column beside the window runs at another pitch: one of its rows
	 * ("Stundenzettel<TAB>Nr. 4411") falls between the block's lines with the left cell
	 * empty, and is passed over like the details rows beside the name. */
	{ "details-row-inside-window", "Elektro Vogt e.K. <info@elektro-vogt.example>",
	  "Hausverwaltung Tiedemann <buchhaltung@hv-tiedemann.example>", "Rechnung R-26-00517",
	  "Elektro Vogt e.K. · Am Dobben 41 · 28203 Bremen\n"
	  "WEG Hollerallee 27\tRechnungs-Nr.\tR-26-00517\nc/o Hausverwaltung Tiedemann GmbH\tRechnungsdatum\t21.10.2026\n"
	  "Frau Ulrike Peters\tObjekt\tHollerallee 27\nStundenzettel\tNr. 4411\nParkallee 102\n28209 Bremen\n"
	  "Rechnung\nRechnungsbetrag\t1.184,29 \u20ac\n",
	  118429, -1, NULL, "WEG Hollerallee 27", NULL },
	/* Near miss: the block's name beside a value, no details column above it, stays. */
	{ "near-miss-name-beside-value", "Elektro Vogt e.K. <info@elektro-vogt.example>",
	  "Ulrike Peters <u.peters@example.de>", "Rechnung R-26-00518",
	  "Elektro Vogt e.K. · Am Dobben 41 · 28203 Bremen\n"
	  "Peters\tNr. 4411\nParkallee 102\n28209 Bremen\nRechnung R-26-00518\nRechnungsbetrag\t1.184,29 \u20ac\n",
	  118429, -1, NULL, "Peters", NULL },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	const char *from = c->from ? c->from : "Acme <billing@acme.example>";
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail_from(from, "Fri, 27 Nov 2026 10:00:00 +0100", c->to,
								c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	dm_test_assert_kind(f, TRUE);
	dm_test_assert_read(f, NULL, c->due_cents, c->total_cents, NULL, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
	if (c->kind)
		g_assert_cmpstr(dm_invoice_debtor_kind_name(f->debtor_kind), ==, c->kind);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/invoice-trades/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
