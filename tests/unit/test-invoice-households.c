/* test-invoice-households: invoices to private persons, households and small bodies (the
 * households23 round), each rule on a small mail written for it and a near miss that must
 * not trigger it, as a table: the details column on the left of a window set on the right
 * goes on under a label no list knows ("Kurs", "Objekt"), whose cell is no name; a name
 * printed surname first in the block ("Vries, de J.") is the name as said; a double surname
 * with its particles ("Vanhoutte-De Smet") is a surname alone, so a couple's forms of address
 * stay before it; a person whose post goes "p/a" or "c/o" an office is not made a business
 * by that office's mailbox; a block handed to one of a household ("Fam. Janssen" / "t.a.v. de
 * ouders van Sem") is no organisation's; a To header calling the reader by kin ("Mama",
 * "Mum & Dad") names no debtor; a household's word on a line of its own is the name's
 * ("Familie" / "Van der Heijden-Ouali"); whom the invoice is about, in brackets on the
 * name's line or on a line under it ("re: …", "inzake …"), leaves the name the block's; "u." joins a couple's forms ("Hr. u. Fr. Huber");
 * and the shapes the round checked the reader already knew: a
 * household's word beside a street named like it ("Familielaan"), an estate "Erven wijlen"
 * care of a notary, the window's return line above the block, a client care of her
 * Betreuungsverein. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *to, *body;
	const char *debtor;                 /* "": none read */
	gboolean business;                  /* whether the debtor is read as a business */
} Case;

/* What every case's invoice carries below its block. */
#define FACTS_NL "\nFactuur\nFactuurnummer: 2026-0412\nFactuurdatum: 01-12-2026\nTotaal te betalen: € 121,00\n" \
	"Graag binnen 14 dagen overmaken op NL91 ABNA 0417 1643 00.\n"
#define FACTS_DE "\nRechnung\nRechnungsbetrag: 298,00 €\nZahlbar bis 15.12.2026 auf DE89 3704 0044 0532 0130 00.\n"

static const Case cases[] = {
	/* The details on the left go on under a label no list knows; the window is the right
	 * column, its postcode alone below the details. */
	{ "details-left-unknown-label-de", "hp.arnim@example.de",
	  "Tanzschule Taktvoll\nMarktplatz 2, 35037 Marburg\n\n"
	  "Rechnung Nr.\tTT-2026-0456\tHerrn\nDatum\t01.12.2026\tProf. Dr. med. Jan von Arnim\n"
	  "Kurs\tHochzeitspaket\tAm Richtsberg 4\n35039 Marburg\n" FACTS_DE,
	  "Prof. Dr. med. Jan von Arnim", FALSE },
	{ "details-left-two-unknown-labels-nl", "fam.bakker@example.nl",
	  "Muziekschool De Toonladder\nDorpsstraat 3, 1234 AB Ergens\n\n"
	  "Factuurnummer\t2026-0412\tFam. Bakker-Öztürk\nLeerling\tNoor\tHoefslag 7\nInstrument\tcello\t3451 AB Vleuten\n"
	  FACTS_NL,
	  "Fam. Bakker-Öztürk", FALSE },
	/* Near miss: the block on the left, the details beside it; the name is the block's. */
	{ "near-miss-block-left-details-right-nl", "r.sewdien@example.nl",
	  "Pianostemmer Oosterveld\nBrinkstraat 5, 7411 KP Deventer\n\n"
	  "Mevr. R. Sewdien\tFactuur\t2026-0412\nKerkstraat 1\tDatum\t01-12-2026\n7411 AB Deventer\n" FACTS_NL,
	  "R. Sewdien", FALSE },
	/* A customer file's order, surname first, the particle before the initials. */
	{ "surname-first-in-block-nl", "jdevries@example.nl",
	  "Tuinaanleg Goossens\nHeidebaan 7, 2490 Balen\n\nFactuur aan:\nVries, de J.\nSluisstraat 18\n2400 Mol\n" FACTS_NL,
	  "J. de Vries", FALSE },
	{ "surname-first-given-name-en", "g.okafor@example.co.uk",
	  "Brackenfield Tutors\n9 Elm Row, Harrogate HG1 2PN\n\nBill to:\nOkafor, Grace\n14 Duchy Road\nHarrogate HG1 2ER\n"
	  "\nInvoice\nInvoice no: BT-0931\nDate: 1 December 2026\nTotal due: £280.00\nPayment within 14 days.\n",
	  "Grace Okafor", FALSE },
	/* Near miss: a firm's legal form after the comma stays as printed. */
	{ "near-miss-legal-form-after-comma-en", "ap@example.com",
	  "Brackenfield Tutors\n9 Elm Row, Harrogate HG1 2PN\n\nBill to:\nFernhill Learning, Inc.\n14 Duchy Road\n"
	  "Harrogate HG1 2ER\n\nInvoice\nInvoice no: BT-0932\nDate: 1 December 2026\nTotal due: £280.00\n"
	  "Payment within 14 days.\n",
	  "Fernhill Learning, Inc.", TRUE },
	/* A couple by a double surname with its particle keeps its forms of address. */
	{ "couple-double-surname-with-particle-be", "gert@example.be",
	  "Schrijnwerkerij Vandenbussche\nAmbachtenstraat 21, 8870 Izegem\n\nFactuur aan:\nDhr. en Mevr. Vanhoutte-De Smet\n"
	  "Rijksweg 55\n8710 Wielsbeke\n" FACTS_NL,
	  "Dhr. en Mevr. Vanhoutte-De Smet", FALSE },
	/* Near miss: initials before a double surname; the form goes. */
	{ "near-miss-initials-double-surname-nl", "p.smit@example.nl",
	  "Schrijnwerkerij Vandenbussche\nAmbachtenstraat 21, 8870 Izegem\n\nFactuur aan:\nDhr. P. Smit-de Vries\n"
	  "Rijksweg 55\n8710 Wielsbeke\n" FACTS_NL,
	  "P. Smit-de Vries", FALSE },
	/* A landlord p/a his management office: the office's mailbox makes him no business. */
	{ "person-care-of-office-mailbox-nl", "facturen@beheerwijnands.example.nl",
	  "Installatiebedrijf Kraan & Buis\nSpoorsingel 70, 6812 AW Arnhem\n\nP.J. Smit\np/a Beheerkantoor Wijnands\n"
	  "Postbus 2204\n6802 CE Arnhem\n" FACTS_NL,
	  "P.J. Smit", FALSE },
	/* ... printed surname first, as a customer file sorts it (review24b). */
	{ "person-surname-first-care-of-office-mailbox-nl", "facturen@beheerwijnands.example.nl",
	  "Installatiebedrijf Kraan & Buis\nSpoorsingel 70, 6812 AW Arnhem\n\nVries, de J.\np/a Beheerkantoor Wijnands\n"
	  "Postbus 2204\n6802 CE Arnhem\n" FACTS_NL,
	  "J. de Vries", FALSE },
	/* Near miss: a firm's name with a comma is no surname first, and stays a business. */
	{ "near-miss-firm-name-with-comma-nl", "info@bakkerdewit.example.nl",
	  "Installatiebedrijf Kraan & Buis\nSpoorsingel 70, 6812 AW Arnhem\n\nBakker, de Wit Advocaten\n"
	  "Stationsplein 4\n3818 LE Amersfoort\n" FACTS_NL,
	  "Bakker, de Wit Advocaten", TRUE },
	/* Near misses: the same mailbox with no p/a line, and a firm p/a its office. */
	{ "near-miss-person-office-mailbox-nl", "facturen@smitbeheer.example.nl",
	  "Installatiebedrijf Kraan & Buis\nSpoorsingel 70, 6812 AW Arnhem\n\nP.J. Smit\nPostbus 2204\n6802 CE Arnhem\n"
	  FACTS_NL,
	  "P.J. Smit", TRUE },
	{ "near-miss-firm-care-of-office-nl", "facturen@beheerwijnands.example.nl",
	  "Installatiebedrijf Kraan & Buis\nSpoorsingel 70, 6812 AW Arnhem\n\nSmit Vastgoed B.V.\n"
	  "p/a Beheerkantoor Wijnands\nPostbus 2204\n6802 CE Arnhem\n" FACTS_NL,
	  "Smit Vastgoed B.V.", TRUE },
	/* A block handed to one of the household: the household owes, no organisation. */
	{ "household-attention-to-parents-nl", "janssen@example.nl",
	  "Huiswerkhuis Het Steigertje\nTorenlaan 44, 3742 CV Baarn\n\nFam. Janssen\nt.a.v. de ouders van Sem Janssen\n"
	  "Kerkstraat 4\n3811 AB Amersfoort\n" FACTS_NL,
	  "Fam. Janssen", FALSE },
	{ "person-attention-to-household-member-de", "mueller@example.de",
	  "Klavierwerkstatt Lindqvist\nGartenstraße 17, 79098 Freiburg\n\nHerrn Dr. Thomas Müller\n"
	  "z. Hd. Frau Petra Müller\nGartenweg 3\n79100 Freiburg\n\nRechnungsnummer: KL-2026-219\nDatum: 01.12.2026\n"
	  FACTS_DE,
	  "Dr. Thomas Müller", FALSE },
	/* Near miss: a name with no form of address handed to someone's attention is a firm's. */
	{ "near-miss-attention-under-two-surnames-nl", "kramer@example.nl",
	  "Huiswerkhuis Het Steigertje\nTorenlaan 44, 3742 CV Baarn\n\nKramer & Visser\nt.a.v. mw. E. Kramer\n"
	  "Kerkstraat 4\n3811 AB Amersfoort\n" FACTS_NL,
	  "Kramer & Visser", TRUE },
	/* A To header that calls the reader by kin ("Mama", "Mum & Dad") names no debtor: the
	 * typed invoice's greeting does. */
	{ "kin-in-to-header-nl", "Mama <karin.vos@example.nl>",
	  "Beste Karin,\n\nHierbij de factuur voor het klussen van vorige week.\n" FACTS_NL "\nGroet, Piet\n",
	  "Karin", FALSE },
	{ "kin-couple-in-to-header-en", "Mum & Dad <hendersons@example.co.uk>",
	  "Dear Fiona,\n\nThanks for having us in to fix the gutters.\n\nInvoice\nInvoice no: GW-0412\n"
	  "Date: 1 December 2026\nTotal due: £121.00\nPayment within 14 days please.\n",
	  "Fiona", FALSE },
	/* Near miss: a given name that begins like one is a name. */
	{ "near-miss-name-beginning-like-kin", "Mamadou Diallo <m.diallo@example.nl>",
	  "Hallo,\n\nHierbij de factuur voor het klussen van vorige week.\n" FACTS_NL "\nGroet, Piet\n",
	  "Mamadou Diallo", FALSE },
	/* A household's word on a line of its own above a surname with its particles. */
	{ "household-word-alone-above-name-nl", "vdheijden@example.nl",
	  "Bakkerij Zoet\nDorpsstraat 3, 1234 AB Ergens\n\nFamilie\nVan der Heijden-Ouali\nKerkstraat 4\n"
	  "3811 AB Amersfoort\n" FACTS_NL,
	  "Familie Van der Heijden-Ouali", FALSE },
	/* Near miss: a couple's forms on a line of their own go, the names under them stay. */
	{ "near-miss-forms-alone-above-names-de", "hollweg@example.de",
	  "Klavierwerkstatt Lindqvist\nGartenstraße 17, 79098 Freiburg\n\nHerrn und Frau\nDr. Ansgar und Petra Hollweg\n"
	  "Schwarzwaldstraße 131\n79117 Freiburg\n\nRechnungsnummer: KL-2026-219\nDatum: 01.12.2026\n" FACTS_DE,
	  "Dr. Ansgar und Petra Hollweg", FALSE },
	/* The same forms joined by "u.". */
	{ "forms-joined-by-u-alone-above-names-de", "hollweg@example.de",
	  "Klavierwerkstatt Lindqvist\nGartenstraße 17, 79098 Freiburg\n\nHerrn u. Frau\nDr. Ansgar und Petra Hollweg\n"
	  "Schwarzwaldstraße 131\n79117 Freiburg\n\nRechnungsnummer: KL-2026-219\nDatum: 01.12.2026\n" FACTS_DE,
	  "Dr. Ansgar und Petra Hollweg", FALSE },
	/* "u." joins an Austrian couple's short forms: with a surname alone they stay. */
	{ "short-forms-joined-by-u-at", "huber@example.at",
	  "Rauchfangkehrermeister Pichler\nHauptplatz 4, 3100 St. Pölten\n\nRechnung an:\nHr. u. Fr. Huber\n"
	  "Linzer Straße 44/2/7\n3100 St. Pölten\n\nRechnungsnummer: 2026-1473\nDatum: 27.11.2026\n" FACTS_DE,
	  "Hr. u. Fr. Huber", FALSE },
	/* Whom the invoice is about, said on the name's line in brackets or on a line under it:
	 * the parent's name stays the block's. */
	{ "remark-in-brackets-on-name-line-en", "dk@example.co.uk",
	  "Brackenfield Tutors · 9 Elm Row · Harrogate HG1 2PN\nMr D. Kowalski (re: Tomasz Kowalski)\n22 Orchard Road\n"
	  "Cambridge CB1 2AB\n\nInvoice\nInvoice no: BT-0933\nDate: 1 December 2026\nTotal due: £280.00\n"
	  "Payment within 14 days.\n",
	  "D. Kowalski", FALSE },
	{ "concerns-line-under-name-en", "dk@example.co.uk",
	  "Brackenfield Tutors · 9 Elm Row · Harrogate HG1 2PN\nMr D. Kowalski\nre: Tomasz Kowalski (Year 9)\n"
	  "22 Orchard Road\nCambridge CB1 2AB\n\nInvoice\nInvoice no: BT-0934\nDate: 1 December 2026\n"
	  "Total due: £280.00\nPayment within 14 days.\n",
	  "D. Kowalski", FALSE },
	{ "concerns-line-inzake-nl", "m.bakker@example.nl",
	  "Huiswerkhuis Het Steigertje\nTorenlaan 44, 3742 CV Baarn\n\nDhr. M. Bakker\ninzake Lotte Bakker\nKerkstraat 4\n"
	  "3811 AB Amersfoort\n" FACTS_NL,
	  "M. Bakker", FALSE },
	/* Near miss: a name beginning like the marker is the name. */
	{ "near-miss-name-beginning-like-re-en", "r.stone@example.co.uk",
	  "Brackenfield Tutors · 9 Elm Row · Harrogate HG1 2PN\nRebecca Stone\n22 Orchard Road\nCambridge CB1 2AB\n"
	  "\nInvoice\nInvoice no: BT-0935\nDate: 1 December 2026\nTotal due: £280.00\nPayment within 14 days.\n",
	  "Rebecca Stone", FALSE },
	/* A household's word, and a street named like one: the street is no household. */
	{ "household-word-nl", "janssen@example.nl",
	  "Pianostemmerij Oosterveld\nBrinkstraat 5, 7411 KP Deventer\n\nFactuur aan:\nFam. Janssen\nFamilielaan 3\n"
	  "3702 CK Zeist\n" FACTS_NL,
	  "Fam. Janssen", FALSE },
	{ "near-miss-street-named-familielaan-nl", "m.degroot@example.nl",
	  "Pianostemmerij Oosterveld\nBrinkstraat 5, 7411 KP Deventer\n\nFactuur aan:\nM. de Groot\nFamilielaan 3\n"
	  "3702 CK Zeist\n" FACTS_NL,
	  "M. de Groot", FALSE },
	/* An estate care of a notary: the estate, as printed, whatever the notary's mailbox. */
	{ "estate-care-of-notary-nl", "secretariaat@notarisvanloon.example.nl",
	  "Steenhouwerij Het Gedenkteken\nKerkpad 3, 4101 BK Culemborg\n\nErven wijlen J.H. Bakker\n"
	  "p/a Notariskantoor Van Loon\nKerkstraat 40\n4101 BD Culemborg\n" FACTS_NL,
	  "Erven wijlen J.H. Bakker", FALSE },
	/* The window's return line above the block is the sender's; the couple keeps its forms. */
	{ "return-line-above-block-nl", "verbeek@example.nl",
	  "Bakkerij Zoet\n\nBakkerij Zoet · Dorpsstraat 3 · 1234 AB Ergens\nDhr. en mevr. Verbeek\nLindenhof 14\n"
	  "8024 BK Zwolle\n" FACTS_NL,
	  "Dhr. en mevr. Verbeek", FALSE },
	/* An attention on the label's line with no organisation above it: the one it names
	 * owes (the child's parents); near miss: a person after the organisation's name. */
	{ "attention-on-label-line-nl", "bakker.sem@example.nl",
	  "Muziekschool De Toonladder\nMarktplein 3, 3781 BC Voorthuizen\n\n"
	  "Aan: t.a.v. de ouders van Sem Bakker, Lindeweg 8, 3781 GE Voorthuizen\n" FACTS_NL,
	  "de ouders van Sem Bakker", FALSE },
	{ "near-miss-attention-after-organisation-nl", "facturen@dewilg.example.nl",
	  "Muziekschool De Toonladder\nMarktplein 3, 3781 BC Voorthuizen\n\n"
	  "Aan: Stichting De Wilg, t.a.v. J. Bos, Lindeweg 8, 3781 GE Voorthuizen\n" FACTS_NL,
	  "Stichting De Wilg", TRUE },
	/* A couple's forms over a title and a surname stay: without them one is lost. */
	{ "couple-form-over-title-de", "mueller@example.de",
	  "Klavierbau Fenske\nLindenstraße 4 · 10969 Berlin\n\nHerrn und Frau Dr. Müller\nRüdesheimer Platz 7\n"
	  "14197 Berlin\n" FACTS_DE,
	  "Herrn und Frau Dr. Müller", FALSE },
	/* A flat or a floor after the house number leaves the line a street. */
	{ "flat-after-number-de", "hoa.nguyen@example.de",
	  "Umzüge Elbtal\nPieschener Allee 3 · 01067 Dresden\n\nRechnung an\nFrau Thi Hoa Nguyen\n"
	  "Leipziger Straße 120, 3. OG links\n01127 Dresden\n" FACTS_DE,
	  "Thi Hoa Nguyen", FALSE },
	{ "floor-after-number-nl", "m.degroot@example.nl",
	  "Pianostemmerij Oosterveld\nBrinkstraat 5, 7411 KP Deventer\n\nFactuur aan:\nM. de Groot\n"
	  "Keizersgracht 412 3-hoog\n1016 GC Amsterdam\n" FACTS_NL,
	  "M. de Groot", FALSE },
	/* A client care of her Betreuungsverein, a Postfach. */
	{ "client-care-of-betreuungsverein-de", "betreuung@btv.example.de",
	  "Haushaltshilfe Sonnenschein\nBahnhofstraße 88, 49074 Osnabrück\n\nFrau Irmgard Lehmkuhl\n"
	  "c/o Betreuungsverein Osnabrück e.V.\nPostfach 1120\n49001 Osnabrück\n\nRechnungsnummer: HS-11-071\n"
	  "Datum: 30.11.2026\n" FACTS_DE,
	  "Irmgard Lehmkuhl", FALSE },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail("Tue, 01 Dec 2026 10:00:00 +0100", c->to, "Factuur / Rechnung",
							   c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	g_assert_cmpstr(f->debtor_name ? f->debtor_name : "", ==, c->debtor);
	g_assert_cmpint(f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS, ==, c->business);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-households/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
