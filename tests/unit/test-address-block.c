/* test-address-block: the debtor's address block in invoice text — after a label, or the
 * first letter-window block that is not the sender's (a contact line after it, its name
 * repeated in the footer, a one-line return address, the letterhead's numbers above it) —
 * and what the block says of the debtor's kind; a payment slip addressed to the sender
 * leaves the window to be read. */
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-business.h"
#include "parser/mime/dm-message.h"

static const struct {
	const char *name, *text, *want;
	gboolean business;
} cases[] = {
	{ "nl-window-under-letterhead",
	  "Acme BV\nKeizersgracht 100\n1015 AA Amsterdam\nKvK 12345678 - BTW NL001234567B01\n"
	  "Drukkerij De Letterbak B.V.\nt.a.v. mevrouw P. Jansen\nIndustrieweg 12\n3542 AD Utrecht\nFACTUUR\n"
	  "Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. Acme BV.\n",
	  "Drukkerij De Letterbak B.V.", TRUE },
	/* left32: a shop's trading name over the legal person that owns it: the legal person
	 * owes (nl, de, en).  Near misses: a legal person over its trading name stays, and a
	 * legal person named after c/o is the post's reader, not the debtor. */
	{ "left32-trading-name-over-legal-person-nl",
	  "Groothandel Meelhuis\nHavenweg 3 \u00b7 1781 AC Den Helder\nLunchroom Het Anker\nAnker Horeca B.V.\n"
	  "Kanaalweg 12\n1782 BK Den Helder\nFactuur\n",
	  "Anker Horeca B.V.", TRUE },
	{ "left32-trading-name-over-legal-person-de",
	  "Kaffeer\u00f6sterei Pohl \u00b7 Am Markt 2 \u00b7 04109 Leipzig\nCaf\u00e9 Sonnenseite\nSonnenseite Gastro GmbH\n"
	  "Lindenstra\u00dfe 8\n04105 Leipzig\nRechnung\n",
	  "Sonnenseite Gastro GmbH", TRUE },
	{ "left32-trading-name-over-legal-person-en",
	  "Ashdown Brewing Co. Ltd \u00b7 Unit 4, Mill Lane \u00b7 Lewes BN7 2AA\nThe Crown and Anchor\nCrown Inns Limited\n"
	  "12 High Street\nLewes BN7 1XE\nINVOICE\n",
	  "Crown Inns Limited", TRUE },
	{ "left32-legal-person-over-trading-name-nl",
	  "Groothandel Meelhuis\nHavenweg 3 \u00b7 1781 AC Den Helder\nAnker Horeca B.V.\nLunchroom Het Anker\n"
	  "Kanaalweg 12\n1782 BK Den Helder\nFactuur\n",
	  "Anker Horeca B.V.", TRUE },
	/* left32: an owners' association's bill names the owner billed under "Owner:" (en, de),
	 * below the association's own name and its manager's c/o line. */
	{ "left32-owner-label-en",
	  "Maple Ridge Owners Association\nc/o Keystone Property Management, 410 Elm St, Suite 2, Plano, TX 75023\n"
	  "Invoice #MR-27Q1-0041\nInvoice date: December 5, 2026\nOwner: Priya and Tom Castellano\n"
	  "Property: 22 Maple Ridge Ct (Account 0041)\nQuarterly assessment\t$540.00\n",
	  "Priya and Tom Castellano", FALSE },
	{ "left32-owner-label-de",
	  "WEG Lindenhof 4\nc/o Hausverwaltung Krug GmbH, Bahnhofstra\u00dfe 9, 90402 N\u00fcrnberg\nHausgeldabrechnung 2026\n"
	  "Eigent\u00fcmerin: Sabine Hoffmann\nWohnung 3, 2. OG\nNachzahlung\t212,40 \u20ac\n",
	  "Sabine Hoffmann", FALSE },
	/* review32a: a sole trader's own letterhead names its owner ("Owner: …"); the customer's
	 * block below is the debtor. */
	{ "review32a-sender-owner-line-en",
	  "Brightside Window Cleaning\nOwner: Dave Rowntree\n14 Mill Lane\nLeeds LS6 2AB\nT 0113 496 0321\ninfo@brightside.example\n"
	  "Invoice\nMrs Karen Holt\n7 Oak Grove\nLeeds LS8 1QT\nTotal\t\u00a345.00\n",
	  "Mrs Karen Holt", FALSE },
	/* left34: an Austrian address numbers house, staircase and door ("Rennweg 71/2/14"):
	 * a street line, so the window above it is read (titles "DI", "Mag." in the name). */
	{ "left34-austrian-door-number",
	  "Elektro Gruber GmbH\nWiener Stra\u00dfe 8 | 4020 Linz\nElektro Gruber GmbH \u00b7 Wiener Stra\u00dfe 8 \u00b7 4020 Linz\n"
	  "Herrn DI Markus Steiner\tRechnungs-Nr.:\t2026/0311\nLandstra\u00dfer Hauptstra\u00dfe 12/3/7\tDatum:\t01.12.2026\n"
	  "1030 Wien\nRECHNUNG\n", "Herrn DI Markus Steiner", FALSE },
	{ "left34-austrian-door-number-top",
	  "Tischlerei Moser\nHauptplatz 2 \u00b7 8010 Graz\nFrau MMag. Julia Pichler\nLeonhardstra\u00dfe 40/2/Top 5\n8010 Graz\n"
	  "RECHNUNG\n", "Frau MMag. Julia Pichler", FALSE },
	/* left35: a house, staircase and door number after slashes reads like a date
	 * ("Mariahilfer Straße 88/3/12": day 88; "Landstraße 7/3/18": 7 March 2018 by its
	 * shape), or its parts are named ("5/Stiege 2/Tür 14", "12, Stiege 3, Tür 11"): a street
	 * line all the same, the block read above it (at); a Dutch house number with its
	 * addition ("Kerkstraat 12-3") likewise (nl). */
	{ "left35-austrian-door-two-digits",
	  "Installateur Berger\nGumpendorfer Stra\u00dfe 20 | 1060 Wien\n"
	  "Frau Mag. Karin Leitner\tRechnungs-Nr.:\t2026/0415\nMariahilfer Stra\u00dfe 88/3/12\tDatum:\t03.11.2026\n"
	  "1060 Wien\nRECHNUNG\n", "Frau Mag. Karin Leitner", FALSE },
	{ "left35-austrian-door-date-shaped",
	  "Installateur Berger\nGumpendorfer Stra\u00dfe 20 | 1060 Wien\n"
	  "Herrn Dr. Paul Wimmer\tRechnungs-Nr.:\t2026/0416\nLandstra\u00dfe 7/3/18\tDatum:\t03.11.2026\n"
	  "4020 Linz\nRECHNUNG\n", "Herrn Dr. Paul Wimmer", FALSE },
	{ "left35-austrian-stiege-tuer-slashes",
	  "Installateur Berger\nGumpendorfer Stra\u00dfe 20 | 1060 Wien\nFrau Sabine Huber\nRennbahnweg 5/Stiege 2/T\u00fcr 14\n"
	  "1220 Wien\nRECHNUNG\n", "Frau Sabine Huber", FALSE },
	{ "left35-austrian-stiege-tuer-commas",
	  "Installateur Berger\nGumpendorfer Stra\u00dfe 20 | 1060 Wien\nHerrn Josef Gruber\nWagramer Stra\u00dfe 12, Stiege 3, T\u00fcr 11\n"
	  "1220 Wien\nRECHNUNG\n", "Herrn Josef Gruber", FALSE },
	{ "left35-dutch-house-number-addition",
	  "Schildersbedrijf Vos\nMarktweg 3 | 3811 AB Amersfoort\nMevr. L. de Graaf\tFactuurnummer:\t2026-0415\n"
	  "Kerkstraat 12-3\tFactuurdatum:\t03-11-2026\n3811 CV Amersfoort\nFACTUUR\n", "Mevr. L. de Graaf", FALSE },
	{ "left35-austrian-door-one-line",
	  "Rechnung\n\nFrau Sabine Huber, Rennweg 71/2/14, 1030 Wien\n\nBetrag 100,00 EUR\n", "Frau Sabine Huber", FALSE },
	/* Near misses: a place and a date, or a date after a word that names no street, above
	 * the postcode line is no street: no block of a name above it is read as the debtor's. */
	{ "left35-place-and-date-no-street",
	  "Installateur Berger\nFrau Sabine Huber\nWien, 7/3/18\n1220 Wien\nRECHNUNG\n", NULL, FALSE },
	{ "left35-date-after-word-no-street",
	  "Installateur Berger\nFrau Sabine Huber\nStand 7/3/18\n1220 Wien\nRECHNUNG\n", NULL, FALSE },
	{ "sender-with-contact-lines",
	  "Studio Noord\nOudegracht 2\n3511 NS Utrecht\nT 030 - 231 88 40\ninfo@studionoord.nl\n"
	  "Sophie Maas\nLange Nieuwstraat 8\n3512 PH Utrecht\nFactuur\n", "Sophie Maas", FALSE },
	{ "de-return-line-and-footer",
	  "Holzmann GmbH · Landsberger Straße 402 · 81241 München\nFrau Claudia Neumann\nGoethestraße 20\n"
	  "60313 Frankfurt am Main\nRechnung\nMit freundlichen Grüßen\nHolzmann GmbH\nLandsberger Straße 402\n81241 München\n",
	  "Frau Claudia Neumann", FALSE },
	/* The window's name again as the value of a mandate form's field on page 2, also in
	 * the PDF reader's pairing of that line with the next ("Naam: X: Adres: …"): a value,
	 * not the sender's name printed twice (misses32 round). */
	{ "nl-window-name-again-in-mandate-form",
	  "Fysio Oost B.V.\nMarkt 4 · 7901 BE Hoogeveen\nKlaverhof Bouw & Zn. B.V.\tFactuurnummer\t4471\n"
	  "t.a.v. P&O\tFactuurdatum\t02-12-2026\nDorpsstraat 2\n7902 AC Hoogeveen\nFactuur\n"
	  "Fysio Oost B.V. · KvK 65528109\nDoorlopende machtiging SEPA\nNaam: Klaverhof Bouw & Zn. B.V.\n"
	  "Adres: Dorpsstraat 2, 7902 AC Hoogeveen\n"
	  "Naam: Klaverhof Bouw & Zn. B.V.: Adres: Dorpsstraat 2, 7902 AC Hoogeveen\n",
	  "Klaverhof Bouw & Zn. B.V.", TRUE },
	/* The window's name again at the head of a delivery address set beside it, under its
	 * heading: the goods' place, not the sender's name printed twice (misses32 round). */
	{ "de-window-name-again-under-delivery-heading",
	  "Rösterei Amsel AG\nIndustriestrasse 8 · 6300 Zug\nPraxisgemeinschaft Lindenhof\tLieferadresse\tRechnungsnummer R-77\n"
	  "Administration\tPraxisgemeinschaft Lindenhof\tRechnungsdatum\t01.12.2026\nSeestrasse 4\tTeeküche 2. OG\n"
	  "6300 Zug\tSeestrasse 4\n6300 Zug\nRechnung\nRösterei Amsel AG · CHE-109.882.145 MWST\n",
	  "Praxisgemeinschaft Lindenhof", TRUE },
	{ "labelled-same-line", "Invoice INV-7\nBill to: Harbour Lane Joinery Ltd, 4 Quay St, Bristol BS1 4DJ\n",
	  "Harbour Lane Joinery Ltd", TRUE },
	{ "labelled-below", "Factuuradres\nGemeente Oosterweide\nPostbus 12\n7900 AA Oosterweide\n",
	  "Gemeente Oosterweide", TRUE },
	/* A payment slip's section printed on the payer label's line, in the next column: a
	 * heading, never the payer (the Swiss QR-bill's receipt beside its payment part). */
	{ "qr-bill-section-beside-payer-de",
	  "Referenz\tReferenz\nZahlbar durch\tZusätzliche Informationen\nFrau Corinne Baumgartner\tRechnung R-26-1033\n"
	  "Römerstrasse 62\tZahlbar durch\n8400 Winterthur\tFrau Corinne Baumgartner\n",
	  "Frau Corinne Baumgartner", FALSE },
	{ "slip-section-beside-payer-en",
	  "Payable by\tAdditional information\nHarbour Lane Joinery Ltd\tInvoice INV-7\n4 Quay St\tPayable by\n"
	  "Bristol BS1 4DJ\tHarbour Lane Joinery Ltd\n",
	  "Harbour Lane Joinery Ltd", TRUE },
	{ "debtor-vat-in-block", "Acme\nKerkstraat 1\n1000 AA Amsterdam\nT 020 123 45 67\nJ. de Vries Advies\nMarkt 1\n5211 AB Den Bosch\nBTW-nr: NL381851839B57\n",
	  "J. de Vries Advies", FALSE /* the VAT line follows the postcode: not in the block */ },
	{ "care-of-is-no-business", "Eigentümergemeinschaft Rosenstraße\nc/o Hausverwaltung Lindenhof\nLindenstraße 2\n70173 Stuttgart\n",
	  "Eigentümergemeinschaft Rosenstraße", FALSE },
	{ "us-state-zip", "Bill to\nJordan Miller\n812 Elm Ave\nAustin, TX 78701\n", "Jordan Miller", FALSE },
	/* A row of the details with a date written in words and no colon ("Issued 26 November
	 * 2026") stands right above the window: the block starts under it. */
	{ "date-row-in-words-above-window",
	  "Oxford Piano & Harpsichord Workshop\nInvoice number OPH/2611/4\nIssued 26 November 2026\n"
	  "Prof. Helen Ashworth-Brown\nThe Old Rectory\nChurch Lane, Cumnor\nOxford OX2 9QE\nTotal payable: £606.00\n",
	  "Prof. Helen Ashworth-Brown", FALSE },
	/* Near miss: an organisation with a whole date in its name is still a name. */
	{ "organisation-with-date-in-name",
	  "Drukkerij Van Dam\nIndustrieweg 8, 7311 AB Apeldoorn\n"
	  "Stichting Herdenking 4 mei 1945\nt.a.v. de penningmeester\nMarktplein 3\n7311 LC Apeldoorn\n"
	  "Factuurnummer\t2026-412\n", "Stichting Herdenking 4 mei 1945", TRUE },
	/* Near miss: a name with a year of its founding is still a name. */
	{ "founding-year-is-no-date",
	  "Invoice 2026-14\nIssued 26 November 2026\nHadley Wanderers 1921\n14 Park Road\nOxford OX2 9QE\n",
	  "Hadley Wanderers 1921", FALSE },
	/* The details column on the left under a bill's Dutch name ("Nota nr."), the window
	 * in the right column. */
	{ "nota-details-left-window-right",
	  "Pianostemmerij Noorderlicht\nOude Boteringestraat 9a, 9712 GD Groningen\nKvK 70022916\n"
	  "Nota nr.\t2026/088\tJ. & M. van den Berg-de Wit\nDatum\t03-11-2026\tKeizersgracht 412 3-hoog\n"
	  "Uw klantcode\tBERG04\t1016 GC Amsterdam\nNota\n", "J. & M. van den Berg-de Wit", FALSE },
	/* "Nota" alone before its number labels the row too; near miss: a firm whose name
	 * begins with it ("Nota Bene Design") is the block on the left, details beside. */
	{ "nota-alone-details-left-window-right",
	  "Pianostemmerij Noorderlicht\nOude Boteringestraat 9a, 9712 GD Groningen\nKvK 70022916\n"
	  "Nota\t2026/089\tFam. Hoekstra-Bakker\nDatum\t03-11-2026\tVismarkt 21\n"
	  "Uw klantcode\tHOEK02\t9712 CB Groningen\n", "Fam. Hoekstra-Bakker", FALSE },
	{ "nota-bene-firm-block-left-details-beside",
	  "Vertaalbureau Talent\nStationsweg 4, 3511 ED Utrecht\n"
	  "Nota Bene Design\tFactuurnummer\t2026-223\nOudegracht 112\tFactuurdatum\t20-11-2026\n3511 AX Utrecht\n",
	  "Nota Bene Design", TRUE },
	/* Near miss: a notary's office is a name, its block on the left with the details beside. */
	{ "notary-block-left-details-beside",
	  "Acme BV · Kerkstraat 1 · 1000 AA Amsterdam\nNotariskantoor De Wit\tFactuur\t2026-223\n"
	  "Hoofdstraat 12\tDatum\t03-11-2026\n1234 AB Ergens\n", "Notariskantoor De Wit", TRUE },
	/* An English "No." alone labels the details row beside a right-hand window; near miss:
	 * a firm whose name begins with "No" keeps its block. */
	{ "no-label-details-left-window-right",
	  "Invoice\nClare Coast Landscaping\nBallyvaughan, Co. Clare H91 C2E8\nVAT No. IE 9876512K\n"
	  "No.\tCCL-1049\tScoil Bhr\u00edde National School\nDate\t14 October 2026\tAttn: The Principal\n"
	  "Due date\t13 November 2026\tLahinch Road\nEnnistymon, Co. Clare\nDescription\tQty\tRate\tTotal\n"
	  "Clare Coast Landscaping \u00b7 065 707 3381\n",
	  "Scoil Bhr\u00edde National School", TRUE },
	{ "no-limits-firm-block-left",
	  "Acme Ltd \u00b7 1 High St \u00b7 Leeds LS1 1AA\nNo Limits Ltd\tInvoice\tINV-9\n4 Quay St\tDate\t3 March 2026\n"
	  "Bristol BS1 4DJ\n", "No Limits Ltd", TRUE },
	/* The Flemish addressee's label, the address after commas. */
	{ "bestemmeling-label-be", "Ereloonnota 2026-061\nDatum: 23/11/2026\n"
	  "Bestemmeling: Tom Wouters en Lien Janssens, Kapelstraat 14, 2540 Hove\n",
	  "Tom Wouters en Lien Janssens", FALSE },
	/* A role joined by a slash to the debtor's label: the pupil is the one billed; the role
	 * alone names whom the service was for, and the label above the block wins. */
	{ "role-slash-debtor-label-nl",
	  "Autorijschool Vooruit\nHoofdweg 77, 9681 AC Midwolda\nFactuurnummer: AV 2611-22\n"
	  "Leerling / debiteur: Mevr. Nguyen Thi Lan\nAdres: Zuiderstraat 3a, 9679 BK Scheemda\n",
	  "Mevr. Nguyen Thi Lan", FALSE },
	{ "debtor-slash-role-label-de", "Rechnung 2026-118\nSchuldner / Mieter: Herr Piotr Nowak\nGartenweg 4\n04109 Leipzig\n",
	  "Herr Piotr Nowak", FALSE },
	{ "role-alone-is-not-the-debtor",
	  "Autorijschool Vooruit\nHoofdweg 77, 9681 AC Midwolda\nFactuur aan: Fam. Bakker\nLeerling: Sem Bakker\n"
	  "Factuurnummer: AV 2611-23\n", "Fam. Bakker", FALSE },
	/* A trade's accreditation ends the letterhead, right above the window (nl, en, de). */
	{ "accreditation-line-above-window-nl",
	  "Autobedrijf Zandbergen\nNijverheidsweg 5\n3771 ME Barneveld\nwerkplaats@autozandbergen.nl\n"
	  "RDW-erkenning APK 48213\nMevr. G. Terpstra-Blom\nKapelweg 90\n3773 BJ Barneveld\nWerkplaatsfactuur\n",
	  "Mevr. G. Terpstra-Blom", FALSE },
	{ "registration-line-above-window-en",
	  "Harbour Vets\n2 Quay Road\nBristol BS1 4DJ\nhello@harbourvets.co.uk\nRegistration no. 4471\nMrs H. Carter\n9 Mill Lane\n"
	  "Bristol BS3 1AA\nInvoice\n", "Mrs H. Carter", FALSE },
	{ "registration-line-above-window-de",
	  "Kfz-Meisterbetrieb Ott\nWerkstraße 3\n80331 München\ninfo@kfz-ott.de\nZulassungsnummer 0815\nFrau Lena Ott\n"
	  "Goethestraße 20\n60313 Frankfurt am Main\nRechnung\n", "Frau Lena Ott", FALSE },
	/* A regulator's register number after a bare "Reg." and a Belgian syndic's licence
	 * number end the letterhead too. */
	{ "regulator-reg-line-above-window-en",
	  "Little Oaks Nursery\nMill Road, Naas, Co. Kildare W91 X2C4\nTusla Reg. TU2020KE117\nAoife Doyle\n"
	  "12 Abbey Lane\nNaas, Co. Kildare\nInvoice\nLittle Oaks Nursery Ltd · CRO 611290\n", "Aoife Doyle", FALSE },
	{ "biv-line-above-window-nl",
	  "Syndicus Claes BV\nBrusselsesteenweg 40\n9050 Gentbrugge\nBIV 504.221\nMevrouw An Peeters\n"
	  "Veldstraat 3 bus 2\n9000 Gent\nFactuur\nSyndicus Claes BV · btw BE 0712.555.101\n", "Mevrouw An Peeters", FALSE },
	/* Near misses: "Reg" and "Biv" starting a name's word are no registration. */
	{ "reg-starting-a-name-is-a-name",
	  "Harbour Vets\n2 Quay Road\nBristol BS1 4DJ\nhello@harbourvets.co.uk\nRegina Morton\n9 Mill Lane\n"
	  "Bristol BS3 1AA\nInvoice\n", "Regina Morton", FALSE },
	{ "biv-starting-a-word-is-a-name",
	  "Syndicus Claes BV\nBrusselsesteenweg 40\n9050 Gentbrugge\nT 09 222 33 44\nScouts Bivakgroep Gent\n"
	  "Veldstraat 3\n9000 Gent\nFactuur\n", "Scouts Bivakgroep Gent", TRUE },
	/* A VAT row that holds no number says the sender charges none: the debtor is no
	 * business by it.  Near miss: the row with a number is the debtor's registration. */
	{ "vat-not-registered-row-no-registration",
	  "Invoice no.\tCW-20118\nCustomer\tAisling Walsh, 14 Esker Road, Lucan\nGutters cleared\t€90.00\n"
	  "VAT\tnot registered\nTotal\t€90.00\n", "Aisling Walsh", FALSE },
	{ "vat-row-with-number-is-registration",
	  "Invoice no.\tCW-20118\nCustomer\tAisling Walsh Design, 14 Esker Road, Lucan\nGutters cleared\t€90.00\n"
	  "VAT\tIE 6388047V\nTotal\t€90.00\n", "Aisling Walsh Design", TRUE },
	/* A trade name over its owner's name in the window, under a letterhead whose address
	 * is one line: the trade name is the debtor. */
	{ "trade-name-over-owner-under-one-line-letterhead",
	  "Hanne Vogt Keramik\nTöpferweg 8, 79098 Freiburg\nMika Roth Floristik\tRechnungsnummer\tHV-2027-011\n"
	  "Mika Roth\tRechnungsdatum\t02.03.2027\nSchusterstraße 4\n79098 Freiburg\nRechnung\n"
	  "12 Schalen, handgedreht.\nRechnungsbetrag\t380,00 €\nHanne Vogt Keramik | post@hannevogt.example\n", "Mika Roth Floristik",
	  TRUE /* a craft traded under its maker's name */ },
	/* A line addressing a child's parents names no one: the parents are named under it;
	 * near miss: a club's name with "ouders" in it stays the name. */
	{ "parents-of-child-line-nl",
	  "Hockeyclub De Meeuwen\nSportlaan 4, 2242 AB Wassenaar · leden@hcdemeeuwen.example\n"
	  "Aan de ouder(s)/verzorger(s) van Noor Visser\nPeter en Ilse Visser\nRozenlaan 12\n2242 CD Wassenaar\n"
	  "Contributie seizoen 2026-2027\nTotaal\t€ 240,00\n", "Peter en Ilse Visser", FALSE },
	{ "parents-of-child-line-en",
	  "Riverside Swim Club\n2 Mill Road, Bristol BS1 4DJ · fees@riversideswim.example\n"
	  "To the parent/guardian of Amy Hall\nJames Hall\n14 Elm Grove\nBristol BS3 1AA\nInvoice\n", "James Hall", FALSE },
	{ "near-miss-parents-association-name",
	  "Drukkerij Letterzetter\nKade 2, 2242 AB Wassenaar · info@letterzetter.example\n"
	  "Oudervereniging De Regenboog\nSchoolstraat 1\n2242 CD Wassenaar\nFactuur\nTotaal\t€ 90,00\n",
	  "Oudervereniging De Regenboog", TRUE },
	/* An Austrian register number under a letterhead's one-line address ends it too. */
	{ "fn-line-under-one-line-letterhead-at",
	  "Sanitär Pichler e.U.\nGrazer Straße 40, 8010 Graz\nFN 398112 t, LG ZRS Graz\nFamilie Moser\tRechnungs-Nr.\t2026-411\n"
	  "Leechgasse 12\nRechnungsdatum\t02.12.2026\n8010 Graz\nRechnung\nArbeitszeit\t3\t€ 68,00\t€ 204,00\n",
	  "Familie Moser", FALSE },
	/* Near miss: the debtor's own street and postcode on one line under its label stay its block. */
	{ "labelled-name-over-one-line-address",
	  "Hanne Vogt Keramik\nTöpferweg 8\n79098 Freiburg\npost@hannevogt.example\n\nRechnung an\nMika Roth\n"
	  "Schusterstraße 4, 79098 Freiburg\n", "Mika Roth", FALSE },
	/* The Dutch formal address alone on its line above the names. */
	{ "weledelgeboren-line-then-names",
	  "Notariskantoor Van Lier\nGinnekenweg 212 · 4835 NH Breda\nfacturen@vanlier.nl\n"
	  "De weledelgeboren heer en mevrouw\nH.J. ten Brink en A. ten Brink-Oosterveld\nMastbosstraat 4\n"
	  "4813 GT Breda\nDeclaratie\n", "H.J. ten Brink en A. ten Brink-Oosterveld", FALSE },
	/* An Irish town with its county ends the block; "Co." there is no company. */
	{ "town-and-county-line",
	  "BILL TO\tInvoice\t88214\nMs Siobhán Ní Fhlatharta\tDate\t26 Nov 2026\n7 Ard na Gréine\n"
	  "Oranmore, Co. Galway\nTreatment\tFee\n", "Ms Siobhán Ní Fhlatharta", FALSE },
	/* A bare "Nummer" beside the label is the details column's, not the name. */
	{ "label-beside-bare-nummer",
	  "TO\tNummer\tCR2026-0031\nBakkerij Vos & Dochters\tDatum\t19-11-2026\nt.a.v. Ingrid Vos\n"
	  "Markt 19\n5481 HD Schijndel\n", "Bakkerij Vos & Dochters", TRUE },
	/* A title alone on its line is no name: the name is on the next. */
	{ "title-line-then-name", "Velowerkstatt Rütli GmbH\nLorrainestrasse 15\n3013 Bern\nT 031 332 18 40\n"
	  "Frau\nCorinne Gasser\nSchänzlistrasse 41\n3013 Bern\nRechnung\n", "Corinne Gasser", FALSE },
	/* A country line ends the sender's block above; a customer code is no name. */
	{ "country-above-window", "Bloembollen B.V.\tChamber of Commerce 28061337\nVAT NL805527113B01\nHeereweg 301\tIBAN NL94 ABNA 0621 9377 45\n"
	  "2161 BJ Lisse\tBIC ABNANL2A\nThe Netherlands\nFenwick Garden Centres Ltd\n"
	  "Purchase Ledger\nMoor Lane Nurseries\nHexham NE46 1RE\nInvoice\nCustomer: UK-0093\n", "Fenwick Garden Centres Ltd", TRUE },
	{ "no-block", "Factuur 2026-0042\nTotaal te betalen € 1.250,00\n", NULL, FALSE },
	/* The sender's return address on one line, separated by dashes, stands right above the
	 * window: it ends the walk up, and the name below it is the debtor's although the
	 * sender's own name above it comes back in the footer. */
	{ "nl-dash-return-line-above-window", "Tennisclub De Linde\nSecretariaat - Lindelaan 4 - 6701 AB Wageningen\n"
	  "Familie Hoekstra-Yilmaz\tFactuurnr.\tT27-0112\nBeukenlaan 9\tDatum\t01-12-2026\n6703 CD Wageningen\n"
	  "Contributiefactuur 2027\nTotaal\t€ 310,00\nRekening NL45 INGB 5719 7643 57 t.n.v. Tennisclub De Linde\n",
	  "Familie Hoekstra-Yilmaz", FALSE },
	/* The sender's name, its tagline under it, then the window's person by a form of
	 * address: the block starts at the person. */
	{ "nl-tagline-then-addressed-person", "Stukadoorsbedrijf Van Dam\nmeer dan 30 jaar vakwerk\nDhr. en mevr. Kramer\n"
	  "Molenweg 14\n4191 NB Geldermalsen\nFactuur 2026-311\nTotaal\t€ 1.412,00\n"
	  "Graag overmaken t.n.v. Stukadoorsbedrijf Van Dam.\n", "Dhr. en mevr. Kramer", FALSE },
	/* A practice's care-provider code (AGB) is a letterhead line: no name. */
	{ "nl-agb-line-above-window", "Logopedie Het Anker\nHavenstraat 1 - 1271 AB Huizen\nAGB-code 24-123456\n"
	  "Mevr. C. Kuipers\tNotanummer\tL-2026-417\nBrinklaan 88\tNotadatum\t30-11-2026\n1272 KL Huizen\n"
	  "NOTA\nLogopedie Het Anker, AGB 24-123456\n", "Mevr. C. Kuipers", FALSE },
	/* "Bill to:" with the details column's label beside it: the block starts below. */
	{ "label-row-with-details-label", "Rivera Audio\nInvoice\tInvoice #\t0000311\nBill to:\tTerms\tNet 30\n"
	  "Lakeshore Theatre Company Inc.\tCurrency\tUSD\n118 Main Street\nBurlington, VT 05401\n",
	  "Lakeshore Theatre Company Inc.", TRUE },
	/* A registration line ends the letterhead above the window: it is no name. */
	{ "swiss-uid-line-above-window", "Atelier Graf Grafik & Web\nKramgasse 44\n3011 Bern\nrechnung@ateliergraf.ch\n"
	  "CHE-476.682.413 MWST\nLea Brunner\nGartenstrasse 5\n3007 Bern\nBern, 30. März 2026\nRechnung RE-06586\n",
	  "Lea Brunner", FALSE },
	/* A details row of a registration number set beside the block is passed over. */
	{ "tax-number-row-beside-block", "Lektorat Federleicht · Kirchplatz 64 · 65183 Wiesbaden\n"
	  "Rechnungsdatum\t28.04.2026\nFahrschule Gerlach\nSteuernummer\t260/270/92878\nAnja Schuster\n"
	  "Gartenweg 55\n65183 Wiesbaden\nRechnung Nr. 2026-024\n", "Fahrschule Gerlach",
	  TRUE /* a school by its ending ("Fahrschule") is an organisation */ },
	/* "Voor" alone above the block labels it; it is no name. */
	{ "label-voor-alone", "Lichtvang Fotografie\nFACTUURNR.\tDATUM\nLV-362\t1 november 2026\nVOOR\n"
	  "Daan Smulders\nKapelstraat 3a\n5591 HC Heeze\n", "Daan Smulders", FALSE },
	/* A person above the organisation in a block is its contact: the organisation owes. */
	{ "person-above-organisation", "Bill to:\nPriya Nair\nMarlowe Property Services Ltd\n9 Canal Wharf\nLeeds LS11 5PS\n",
	  "Marlowe Property Services Ltd", TRUE },
	/* An attention line inside a window block does not end the walk up to its name. */
	{ "attention-inside-window", "Freya Jones Photography\nStation Road 158\nDerby DE1 7HF\ninvoices@fjp.co.uk\n"
	  "Crown Systems Group\nAttn: George Hall\nVictoria Road 21\nBrighton BN1 5BZ\nTax Invoice\n"
	  "Attn: George Hall: Victoria Road 21\n", "Crown Systems Group", TRUE },
	/* A PDF line printed again as "label: value" is not the name coming back (the sender's sign). */
	{ "pair-line-is-no-repeat", "Meadow Ltd · Queen Street 1 · Leeds LS1 1AA\nSummit Partners LLP\nStation Road 197\n"
	  "Sheffield S15 5BH\nInvoice\nSummit Partners LLP: Station Road 197\n", "Summit Partners LLP", TRUE },
	/* A department names no one: the organisation above or below it owes, and is a business. */
	{ "department-on-top", "Bill to:\nAccounts Payable\nMarlow Estates\n12 Kings Road\nReading RG1 3AA\n",
	  "Marlow Estates", TRUE },
	{ "department-below-name", "Rechnungsempfänger:\nStadtwerke Kiel\nAbteilung Einkauf\nHafenstraße 3\n24103 Kiel\n",
	  "Stadtwerke Kiel", TRUE },
	{ "department-in-window", "Acme BV · Keizersgracht 1 · 1015 AA Amsterdam\nGemeente Zuidhorn\nAfdeling Financiën\n"
	  "Postbus 3\n9800 AA Zuidhorn\nFactuur\n", "Gemeente Zuidhorn", TRUE },
	/* Near miss: a street with the word in it is no department. */
	{ "department-street-no-department", "Bill to\nJordan Miller\n12 Department Street\nAustin, TX 78701\n",
	  "Jordan Miller", FALSE },
	/* The label in the second column of its row, the block under it. */
	{ "second-column-label", "Acme Supplies BV\tFactuur aan:\nKeizersgracht 1\tBakkerij Jansen\n"
	  "1015 AA Amsterdam\tDorpsstraat 4\nKvK 12345678\t5211 AB Den Bosch\nFactuur\n", "Bakkerij Jansen", TRUE },
	{ "second-column-label-same-cell", "Van: Acme Supplies BV\tAan: Pieter Smit\nKeizersgracht 1\tLaan 4\n"
	  "1015 AA Amsterdam\t5211 AB Den Bosch\n", "Pieter Smit", FALSE },
	/* The label alone on its row over the second column; the sender's block on the left. */
	{ "label-over-second-column", "Factuur aan:\nAcme Supplies BV\tBakkerij Jansen\nKeizersgracht 1\tDorpsstraat 4\n"
	  "1015 AA Amsterdam\t5211 AB Den Bosch\ninfo@acme.nl\n\nFactuur\nAcme Supplies BV · KvK 12345678\n",
	  "Bakkerij Jansen", TRUE },
	/* Near miss: the block on the left, the invoice's details on the right. */
	{ "label-over-first-column", "Factuur aan:\nSophie Maas\tFactuurnummer 2026-1\nDorpsstraat 4\tDatum 12-03-2026\n"
	  "5211 AB Den Bosch\n", "Sophie Maas", FALSE },
	/* Near miss: a table's column header is no label when no address stands under it. */
	{ "column-header-no-block", "Datum\tKlant\tBedrag\n12-03-2026\tproject Noord\t€ 100,00\n", NULL, FALSE },
	/* A couple or a family: the salutation line alone is no name. */
	{ "couple-consumer", "Holzbau Kern GmbH · Am Hang 2 · 87435 Kempten\nEheleute\nAnna und Peter Berg\nLindenweg 4\n"
	  "80331 München\nRechnung\n", "Anna und Peter Berg", FALSE },
	/* A surname alone under its form of address keeps it, or no name is left; a full name
	 * under one does not (near miss above). */
	/* The debtor named again under a QR bill's "Zahlbar durch" is still the debtor; near
	 * miss: the sender's name repeated in its footer is the sender's. */
	{ "qr-slip-payer-repeats-debtor", "Gartenbau Zaugg\nDorfstrasse 51 · 3073 Gümligen\nMWST CHE-506.149.963 MWST\n"
	  "STWEG Melchenbühlweg 12-16\nc/o Verwaltung Aebi Treuhand\nThunstrasse 95\n3006 Bern\nRechnung\n"
	  "Empfangsschein\nZahlbar durch\nRechnung 2026-381\nSTWEG Melchenbühlweg 12-16\n3006 Bern\n",
	  "STWEG Melchenbühlweg 12-16", TRUE /* its manager reads its post: c/o */ },
	/* misses35: the receipt and the payment part of a QR bill set side by side, so the
	 * payment part's "Zahlbar durch" shares a row with the receipt's street: the debtor the
	 * payment part names under it (and the receipt under its own) is still the window's
	 * debtor, not a name the sender repeats (de, en).  Near miss above: the sender's name in
	 * its footer. */
	{ "misses35-qr-payer-label-beside-receipt-street-de",
	  "Lektorat Frei · Gerbergasse 9 · 4001 Basel\nKlinik Rheinblick AG\tRechnung\t2026-0712\nEinkauf\tDatum\t03.12.2026\n"
	  "Uferweg 11\n79539 Lörrach\nDeutschland\nRechnung\nTotal\tEUR 1'200.00\n"
	  "Empfangsschein\tZahlteil\tKonto / Zahlbar an\nZahlbar durch\nRechnung 2026-0712\nKlinik Rheinblick AG\n"
	  "Uferweg 11\tZahlbar durch\nDE-79539 Lörrach\nKlinik Rheinblick AG\nUferweg 11\nDE-79539 Lörrach\n",
	  "Klinik Rheinblick AG", TRUE },
	{ "misses35-qr-payer-label-beside-receipt-street-en",
	  "Lakeside Translations · Seestrasse 4 · 8002 Zürich\nHarbour Lane Joinery Ltd\tInvoice\t2026-0713\nFinance\tDate\t03.12.2026\n"
	  "4 Quay St\nBristol BS1 4DJ\nUnited Kingdom\nInvoice\nTotal\tGBP 800.00\n"
	  "Receipt\tPayment part\tAccount / Payable to\nPayable by\nInvoice 2026-0713\nHarbour Lane Joinery Ltd\n"
	  "4 Quay St\tPayable by\nBristol BS1 4DJ\nHarbour Lane Joinery Ltd\n4 Quay St\nBristol BS1 4DJ\n",
	  "Harbour Lane Joinery Ltd", TRUE },
	{ "footer-repeats-sender", "Gartenbau Zaugg AG\nDorfstrasse 51\n3073 Gümligen\nRechnung\nTotal CHF 100.00\n"
	  "Zahlbar innert 30 Tagen\nGartenbau Zaugg AG\n", NULL, FALSE },
	{ "couple-surname-only", "Schreinerei Bachmeier · Mühlweg 3 · 83026 Rosenheim\nHerrn und Frau\nHuber\n"
	  "Kaiserstraße 22\n83022 Rosenheim\nRechnung\n", "Herrn und Frau Huber", FALSE },
	{ "mr-mrs-surname-only", "Hall & Sons Joinery · 2 Mill Lane · Leeds LS1 4AB\nMr and Mrs\nAbernethy\n"
	  "12 Park Road\nLeeds LS6 2AB\nInvoice\n", "Mr and Mrs Abernethy", FALSE },
	/* A heading beside the label, or under it, without a colon is no name. */
	{ "ship-to-heading-below-label", "Harbor Lane Books · 5 Pier St · Portland, ME 04101\nBILL TO\nSHIP TO\n"
	  "Jennifer Walsh\n41 Oak Lane\nAustin, TX 78701\nInvoice\n", "Jennifer Walsh", FALSE },
	{ "details-heading-below-label", "Factuur aan\nDetails\nZorggroep De Linde\nPostbus 12\n7400 AA Deventer\n",
	  "Zorggroep De Linde", TRUE /* a care group: "-groep" names an organisation */ },
	/* A titled person under an untitled name is a contact there: an organisation. */
	{ "titled-contact-below-name", "Haarwerk Groothandel · Industrieweg 2 · 3542 AD Utrecht\nFactuur aan:\n"
	  "Kapsalon Knip & Kleur\nMevrouw S. Yilmaz\nMarktstraat 4\n3511 AB Utrecht\n", "Kapsalon Knip & Kleur", TRUE },
	/* Near miss: the titled person is the name itself. */
	{ "titled-name-alone", "Haarwerk Groothandel · Industrieweg 2 · 3542 AD Utrecht\nFactuur aan:\n"
	  "Mevrouw S. Yilmaz\nMarktstraat 4\n3511 AB Utrecht\n", "Mevrouw S. Yilmaz", FALSE },
	{ "frau-dr-line", "Holzbau Kern GmbH · Am Hang 2 · 87435 Kempten\nFrau Dr.\nAnna Berg\nLindenweg 4\n"
	  "80331 München\nRechnung\n", "Anna Berg", FALSE },
	/* The letter greets the debtor its window names: no repeat that makes it the sender's. */
	{ "greeted-name-no-repeat", "Malermeister Jörg Thalheim · Lindenstraße 8 · 85221 Dachau\n"
	  "Familie Brückner\tRechnungsnummer\t2026-118\nKundennummer\tK-2291\nAm Mühlbach 14\n"
	  "Rechnungsdatum\t17.03.2026\n85221 Dachau\nRechnung Nr. 2026-118\nSehr geehrte Familie Brückner,\n",
	  "Familie Brückner", FALSE },
	/* The details column printed a label and its value as rows of their own between the
	 * block's lines; a payment slip names the customer again under its label. */
	{ "details-rows-between-block-lines", "INVOICE\nGlenmoor Holiday Cottages\tInvoice Date\tStonechat Web Studio\n"
	  "Attention: Fiona Rennie\t16 Mar 2026\t2 Chapel Row\nGlenmoor Farm\tKeswick\nInvoice Number\n"
	  "Braithwaite\tCumbria CA12 5DP\nSWS-0107\nKeswick CA12 5TL\nReference\nWebsite go-live\n"
	  "PAYMENT ADVICE\tCustomer\tGlenmoor Holiday Cottages\n", "Glenmoor Holiday Cottages", TRUE },
	/* The sender's contact in the details column beside the window is not the block's. */
	{ "contact-in-details-column", "Holzwerk Brandt · Mühlenweg 3 · 49076 Osnabrück\tRechnungsnr.\t2026-112\n"
	  "Kundennr.\t2088\nPetra und Jan Lorenz\nDatum\t04.11.2026\nHeger-Tor-Wall 19\n"
	  "Leistungsdatum\tKW 44-45/2026\n49078 Osnabrück\nIhr Ansprechpartner\tStefan Brandt\n"
	  "buero@holzwerk-brandt.de\nSchlussrechnung Nr. 2026-112\n", "Petra und Jan Lorenz", FALSE },
	/* Near miss: a contact line right under the postcode is still the sender's. */
	{ "contact-under-postcode", "Holzwerk Brandt\nMühlenweg 3\n49076 Osnabrück\nbuero@holzwerk-brandt.de\n",
	  NULL, FALSE },
	/* A label and its value aligned by spaces, as a text mail or an HTML table prints them. */
	{ "label-value-by-spaces", "Invoice 1184\nBill to  Jordan Miller\n4410 W 32nd Ave\nDenver, CO 80212\n",
	  "Jordan Miller", FALSE },
	/* A role's caption above the window ("Eigenaar", a vet's owner of the patient) is no
	 * name, and the titled person under it no contact: a consumer. */
	{ "role-caption-above-window", "Dierenkliniek De Linde\nLindeweg 2 · 3831 AB Leusden · 033 494 11 22\n"
	  "Eigenaar\nMevr. C. Roelofs-van Dijk\nHamersveldseweg 71\n3833 GN Leusden\nNota\n",
	  "Mevr. C. Roelofs-van Dijk", FALSE },
	{ "role-caption-above-window-de", "Tierarztpraxis Sommer · Hauptstr. 4 · 80331 München\nTierhalterin\n"
	  "Mieterin\nAnna Berg\nLindenweg 4\n80331 München\nRechnung\n", "Anna Berg", FALSE },
	/* A sentence of the mail above the window is no name. */
	{ "sentence-above-window", "Muziekschool Crescendo\nMolenstraat 15 · 7411 HL Deventer\n"
	  "Hierbij ontvangt u de eerste termijnfactuur voor de lessen van Sophie.\nDhr. M. de Haan\n"
	  "Brinkgreverweg 112\n7413 AG Deventer\n", "Dhr. M. de Haan", FALSE },
	{ "sentence-above-window-en", "Harbor Lane Books · 5 Pier St · Portland, ME 04101\n"
	  "Please find attached your invoice for the spring term\nJennifer Walsh\n41 Oak Lane\nAustin, TX 78701\n",
	  "Jennifer Walsh", FALSE },
	/* A narrow cell wrapped the name over two lines: a household's word on a line of its
	 * own, a couple at the word that joins them, a firm at its "en"; read whole. */
	{ "household-word-wrapped-in-cell", "Malerbetrieb Krause\tLindenstraße 12 | 33602 Bielefeld\n"
	  "Rechnungsnummer\tF2026.333\nKundin\tFamilie\nRüegg-Schneider\nRechnungsdatum\t07.11.2026\nRECHNUNG\n",
	  "Familie Rüegg-Schneider", FALSE },
	/* A surname alone under a label, the window naming the household with its word beside
	 * it (misses28); near misses: the window names another household, a given name with
	 * the surname under the label. */
	{ "household-word-in-window-de",
	  "Gartenpflege Vogt\nRechnung Nr.\t2027-014\tFamilie Ammann-Keller\nDatum\t02.03.2027\tSeeweg 3\n"
	  "Kunde\tAmmann-Keller\t8610 Uster\nRechnung\n",
	  "Familie Ammann-Keller", FALSE },
	{ "household-word-other-name-de",
	  "Gartenpflege Vogt\nRechnung Nr.\t2027-015\tFamilie Baumann\nDatum\t02.03.2027\tSeeweg 3\n"
	  "Kunde\tAmmann-Keller\t8610 Uster\nRechnung\n",
	  "Ammann-Keller", FALSE },
	{ "couple-wrapped-at-join", "Rechnungsnummer\tINV-A/0058\nKundin\tDr. Jens Kessler\nund Ayşe Ünal-Kessler\n"
	  "Rechnungsdatum\t20.11.2026\nRECHNUNG\n", "Dr. Jens Kessler und Ayşe Ünal-Kessler", FALSE },
	{ "header-cells-wrapped", "Druckhaus Elbufer\tAm Sandtorkai 5 | 20457 Hamburg\nKunde\tKundennummer\n"
	  "Familie\tKD-16944\nRüegg-Schneider\nRechnungsnummer\tVR 2026/038\nRECHNUNG\n", "Familie Rüegg-Schneider", FALSE },
	{ "firm-wrapped-at-en", "Factuurnummer\tF-2026-683-B\nKlant\tJansen en\nZonen B.V.\nFactuurdatum\t18-11-2026\n",
	  "Jansen en Zonen B.V.", TRUE },
	/* Near misses: a whole name with its street below, a couple's name with a row below. */
	{ "cell-name-street-below", "Kunde\tFamilie Özdemir\nSchillerstraße 31\n24768 Rendsburg\n", "Familie Özdemir", FALSE },
	{ "cell-couple-row-below", "Klant\tJan en Marieke Hoogendoorn\nFactuurdatum\t18-11-2026\n",
	  "Jan en Marieke Hoogendoorn", FALSE },
	/* A label no list knows over a date ("Verzonden", "Versandt", "Shipped") is a details
	 * row right above the block, never its name. */
	{ "unlisted-label-beside-date", "Factuur 2026-0071\nFactuurdatum\t03-12-2026\n"
	  "Bestelling\t#1093\nVerzonden\t02-12-2026\nLisa Meijer\nBergstraat 44\n6881 AG Velp\n", "Lisa Meijer", FALSE },
	{ "unlisted-label-beside-date-de", "Rechnung 2026-118\nVersandt\t28.11.2026\n"
	  "Jonas Weber\nLindenweg 7\n79098 Freiburg\n", "Jonas Weber", FALSE },
	{ "unlisted-label-beside-date-en", "Invoice 3311\nShipped\t2 December 2026\n"
	  "Aoife Brennan\n14 Mill Lane\nKilkenny R95 X2Y4\n", "Aoife Brennan", FALSE },
	/* A field's caption between a label and the block is passed over. */
	{ "field-row-under-label", "Wielen & Zo\nKoemarkt 6\n1441 DB Purmerend\n0299 43 55 21\nFactuur aan\n"
	  "Factuurnummer\tWZ-2026-0712\nPriya Ramdin\tFactuurdatum\t2026-11-05\nGorslaan 40\tVervaldatum\t2026-11-12\n"
	  "1441 RH Purmerend\n", "Priya Ramdin", FALSE },
	/* The window on the right, the invoice's details on the left of each row. */
	{ "window-right-of-details", "Dakwerken Peeters BV\nKempischesteenweg 311\n3500 Hasselt\n011 27 40 18\n"
	  "Factuurnr.\t2026/0214\tMevrouw Els Vandenbroucke\nFactuurdatum\t10/11/2026\tSint-Truidersteenweg 88\n"
	  "Vervaldag\t10/12/2026\t3500 Hasselt\nKlant\tK0871\nFactuur\n", "Mevrouw Els Vandenbroucke", FALSE },
	/* Billed "p/a" its manager: the association owes, not the manager. */
	{ "per-adres-manager", "Installatiebedrijf Post & Zn. · Kanaal Noord 310 · 7323 AN Apeldoorn\n"
	  "Factuurnummer\t20265521\tJ. Smit\nFactuurdatum\t03-11-2026\tp/a Kastanje Vastgoedbeheer B.V.\n"
	  "Vervaldatum\t03-12-2026\tPostbus 305\nKlantnummer\t3071\t7300 AH Apeldoorn\n", "J. Smit", FALSE },
	{ "per-adres-vve", "Installatiebedrijf Post & Zn. · Kanaal Noord 310 · 7323 AN Apeldoorn\n"
	  "VvE Residentie Koningslaan\np/a Kastanje Vastgoedbeheer B.V.\nPostbus 305\n7300 AH Apeldoorn\nFactuur\n",
	  "VvE Residentie Koningslaan", TRUE },
	/* German "bei" before the name whose letterbox takes the post: the tenant owes, not the
	 * agency nor the host. */
	{ "bei-agency", "Elbblick Immobilien · Hafenweg 9 · 01067 Dresden\n"
	  "Herrn Jonas Riedel\nbei Elbblick Immobilienverwaltung\nHafenweg 9\n01067 Dresden\nRechnung\n",
	  "Herrn Jonas Riedel", FALSE },
	{ "bei-host", "Elbblick Immobilien · Hafenweg 9 · 01067 Dresden\n"
	  "Frau Mira Olbrich\nbei Albrecht\nKastanienweg 3\n01099 Dresden\nRechnung\n",
	  "Frau Mira Olbrich", FALSE },
	/* Near miss: a firm whose name opens with "Bei" is named in full. */
	{ "bei-in-a-firms-name", "Elbblick Immobilien · Hafenweg 9 · 01067 Dresden\n"
	  "Bei Lin Trading GmbH\nKastanienweg 3\n01099 Dresden\nRechnung\n",
	  "Bei Lin Trading GmbH", TRUE },
	/* A Swedish postcode, an "Att:" line. */
	{ "swedish-postcode-att", "Lindqvist Illustration\nMaja Lindqvist · Skånegatan 47 · 116 37 Stockholm · Sweden\n"
	  "Bokförlaget Måsen AB\nAtt: Henrik Sjöberg\nGötgatan 22\n118 46 Stockholm\nInvoice\n",
	  "Bokförlaget Måsen AB", TRUE },
	/* A city line that ends in its country after a comma ends the block; a legal form
	 * after a comma is the name's. */
	{ "city-comma-country", "Studio Kamergeel\nPrinsengracht 781\n1017 JZ Amsterdam\nThe Netherlands\n"
	  "Tanaka Shoten Co., Ltd.\nAttn. Mr. Hiroshi Tanaka\n2-14-7 Kuramae, Taito-ku\nTokyo 111-0051, Japan\n"
	  "Amsterdam, September 14, 2026\nINVOICE KG-2026-040\nStudio Kamergeel · Prinsengracht 781\n",
	  "Tanaka Shoten Co., Ltd.", TRUE },
	/* A typed invoice's debtor on one line, its address after commas. */
	{ "one-line-address", "Hallo Frau Lindqvist,\nRechnung Nr. 20260815 vom 15. August 2026\n"
	  "Kaffeerösterei Falkenberg UG (haftungsbeschränkt), Speicherstraße 3, 28217 Bremen (HRB 54531 B)\n"
	  "Rechnungsbetrag: 571,20 EUR\n", "Kaffeerösterei Falkenberg UG (haftungsbeschränkt)", TRUE },
	/* The word the typed line addresses the debtor with is no part of the name. */
	{ "one-line-address-after-an", "Liebe Frau Dr. Demir,\nRechnung Nr. 2026-11 vom 29.11.2026\n"
	  "an Frau Dr. Ayla Demir, Gellertstraße 19, 04103 Leipzig\nSumme 152,00 €\n", "Frau Dr. Ayla Demir", FALSE },
	/* Near misses: the sender's one-line address its text names again; a list of words. */
	{ "one-line-address-sender", "Lektorat Seitenwind, Am Deich 4, 28199 Bremen\nRechnung 12\n"
	  "Bitte überweisen an Lektorat Seitenwind\n", NULL, FALSE },
	{ "one-line-no-address", "Beratung, Lektorat, Satz\nRechnung 12\n", NULL, FALSE },
	/* A foreign city line of any shape above its country line ends the block. */
	{ "city-line-above-country", "INVOICE\nHoshizora Publishing Co., Ltd.\nAttention: Yuki Tanabe\n"
	  "3-14-2 Kanda Jimbocho\nChiyoda-ku, Tokyo 101-0051\nJapan\nInvoice Date\t11 Mar 2026\n",
	  "Hoshizora Publishing Co., Ltd.", TRUE },
	/* Near miss: a telephone number above a country line is the sender's letterhead. */
	{ "phone-above-country", "Wren & Moss Illustration Ltd\n+44 117 496 0123\nUnited Kingdom\nInvoice\n", NULL, FALSE },
	/* A credit note's reference to its invoice, beside the window, is passed over. */
	{ "credit-reference-beside-window", "Lumen Eventtechnik UG · Deutz-Mülheimer Str. 183 · 51063 Köln\n"
	  "Kranich & Partner Kommunikation GmbH\tKorrektur-Nr.\tRK-2026-0012\nzur Rechnung\tRE-2026-0377\n"
	  "Buchhaltung\nvom\t06.03.2026\nHansaring 61\nDatum\t20.03.2026\n50670 Köln\n",
	  "Kranich & Partner Kommunikation GmbH", TRUE },
	{ "comma-legal-form-after-label", "Invoice 88\nBill to: Fernhill Outdoor, Inc., 41 Oak Lane, Austin, TX 78701\n",
	  "Fernhill Outdoor, Inc.", TRUE },
	/* Near miss: a details row's caption beside the window (a birth date) is passed over,
	 * not taken for the end of the block. */
	{ "caption-row-inside-window", "Physiotherapie am Rosengarten · Rosengartenweg 3 · 67547 Worms\n"
	  "Frau\tRechnungs-Nr.\tPR-2026-0931\nSabine Kühnel-Oberdorf\tRechnungsdatum\t06.11.2026\n"
	  "Mainzer Straße 112\tPatientin\tsiehe Anschrift\nGeburtsdatum\t14.03.1968\n67547 Worms\nPrivatrechnung\n",
	  "Sabine Kühnel-Oberdorf", FALSE },
	/* A label that ends its row heads the last cells of the rows below, which count fewer
	 * cells than the letterhead's row beside it. */
	{ "label-ending-its-row", "Invoice\nNorthwind\tTools,\tInc.\tBill to\n"
	  "12 Main St\tSaltmarsh Brewing Cooperative\nPortland, OR 97204\tAttn: Accounts Payable\n"
	  "United States\t40 Wharf Rd\nbilling@northwind.example\tAstoria, OR 97103\n",
	  "Saltmarsh Brewing Cooperative", TRUE },
	/* Below a label that ends its row, the block goes on in rows of one cell once the
	 * left column (the invoice's date) has ended, up to its postcode line. */
	{ "label-ending-row-left-column-ended", "INVOICE NO. KB-044\tTO\n12 May 2026\tWillow & Reed Books Limited\n"
	  "8 Merrion Row\nDublin 2\nD02 X285\nCover artwork\t€900.00\n", "Willow & Reed Books Limited", TRUE },
	/* A department with its mailbox in brackets above the organisation, a faculty below. */
	{ "finance-office-above-university", "Invoice No:\tQ-17\tTo:\nDate:\t3 May 2026\tFinance Office (Accounts Payable)\n"
	  "Your ref:\tPO 77\tUniversity of Eastmoor\nFaculty of Arts\nEastmoor EM2 7QP\n", "University of Eastmoor", TRUE },
	{ "accounts-team-above-company", "Bill to:\nAccounts Team\nGreyfriars Dental Care\n2 Abbey Lane\nChester CH1 2HU\n",
	  "Greyfriars Dental Care", TRUE },
	/* Near miss: a school that is the debtor itself, its street below it. */
	{ "school-of-as-the-name", "Bill to:\nSchool of Dance Arts\n4 Mill Lane\nYork YO1 7HH\n", "School of Dance Arts",
	  TRUE /* a school's word, not a department's */ },
	/* The letterhead's row carries the title in its second cell: the walk up from the
	 * postcode stops below it, past the details rows set between the block's lines. */
	{ "title-beside-letterhead", "Dentalbedarf Rhein GmbH\tRECHNUNG\nRechnungsnummer\t40112\n"
	  "Zahnarztpraxis Dr. Selin Yıldırım-Berg\nZahlungsbedingung\t14 Tage netto\nFachzahnärztin für Kieferorthopädie\n"
	  "Fälligkeitsdatum\t20.05.2026\nKönigsallee 12\n40212 Düsseldorf\nDentalbedarf Rhein GmbH\tIBAN DE02 3005 0110 1008 4019 55\n",
	  "Zahnarztpraxis Dr. Selin Yıldırım-Berg", TRUE },
	/* The window right of the details, whose column ends before the block's: its city
	 * line alone below, with an Australian state and postcode. */
	{ "right-window-city-alone", "Studio Klei\nOudegracht 12\n3511 AR Utrecht\nbilling@studioklei.example\n"
	  "Invoice Number\t0211\tWattle & Gum Pty Ltd\nPO Number\tWG-118\tAttn: Finance\n"
	  "Invoice Date\t2026-05-02\tLevel 3, 40 King Street\nMelbourne VIC 3000\nDue Date\t2026-05-16\nAustralia\n",
	  "Wattle & Gum Pty Ltd", TRUE },
	{ "canadian-postal-code", "Bill to:\nMaple Lane Bakery Inc.\n88 Queen St W\nToronto, ON M5H 2M9\n",
	  "Maple Lane Bakery Inc.", TRUE },
	/* A "Factuur" with its number after it is the details column's caption beside the
	 * block's first line, no letterhead's title: the line is the debtor's. */
	{ "number-caption-beside-name", "Vertaalbureau Woordwijs\nHoogstraat 71\n3011 PR Rotterdam\nKvK 84417265\n"
	  "Mevr. R. Sewdien-Ramcharan\tFactuur\t2026-223\nMathenesserlaan 190c\tDatum\t27-11-2026\n"
	  "3014 HH Rotterdam\tBetaaltermijn\t30 dagen\nFactuur\n"
	  "Vertaalbureau Woordwijs · Hoogstraat 71 · 3011 PR Rotterdam\n", "Mevr. R. Sewdien-Ramcharan", FALSE },
	/* A tax rate's line read with a one-line block is no registration number of the
	 * debtor's; a Community Interest Company's "CIC" is a legal form. */
	{ "tax-rate-line-no-registration", "Rechnungsempfängerin:\tFrau Dr. Anna-Lena Müller, Gartenstraße 7, 24103 Kiel\n"
	  "Position\tBetrag\nBegleitbuch\t24,90 €\nzzgl. 7 % MwSt. auf Begleitbuch\t1,74 €\n",
	  "Frau Dr. Anna-Lena Müller", FALSE },
	{ "community-interest-company", "BILL TO\nRiverside Community Kitchen CIC\tInvoice Number:\t272\n"
	  "The Old Chapel, Hulme Street\tPayment Due:\tNovember 20, 2026\nManchester M15 6BZ\n",
	  "Riverside Community Kitchen CIC", TRUE },
	/* The customer's number after a comma on the name's line is no part of the name. */
	{ "field-after-comma-on-name-line", "Sporthaus Kramer GmbH · Karl-Liebknecht-Straße 140 · 04275 Leipzig\n"
	  "Sportfreunde Lindenau e.V., Kundennr. 40088\nAbteilung Fußball\nMerseburger Straße 200\n04177 Leipzig\n"
	  "Rechnung INV/2026/01423\n", "Sportfreunde Lindenau e.V.", TRUE },
	/* A party written on one line under its label, its street and town after commas: the
	 * name ends at the first comma (names27 round).  Near miss: a comma inside the name
	 * with no street and town after it ("Smith, Jones & Co") keeps it whole. */
	{ "one-line-party-under-label", "Factuur 26-114\nFactuurdatum: 02/12/2026\n\nKlant:\n"
	  "Harmonie Sint-Cecilia vzw, Dorpsstraat 14, 2460 Kasterlee\nOndernemingsnummer 0418.227.640\n",
	  "Harmonie Sint-Cecilia vzw", TRUE },
	{ "one-line-party-under-label-uk", "INVOICE 4471\nBill to:\nDrovers Arms Ltd, 3 Bridge Street, Settle BD24 9JP\n"
	  "\nBeer line cleaning\t£84.00\n", "Drovers Arms Ltd", TRUE },
	/* The town written without its postcode after the street, as a party typed on one
	 * line often is: the name ends at the comma too. */
	{ "one-line-party-town-without-postcode", "Factuur 26-115\nFactuurdatum: 02/12/2026\n\nKlant:\n"
	  "Bakkerij Jansen, Hoofdstraat 2, Utrecht\n\nBrood en banket\t€ 45,00\n", "Bakkerij Jansen", TRUE },
	{ "one-line-party-town-without-postcode-de", "Rechnung 26-116\nRechnungsdatum: 02.12.2026\n\nKunde:\n"
	  "Gasthaus Sonne KG, Marktplatz 3, Tübingen\n\nWeinlieferung\t845,00 €\n", "Gasthaus Sonne KG", TRUE },
	{ "comma-inside-name-kept", "INVOICE 4472\nBill to:\nSmith, Jones & Partners LLP\n3 Bridge Street\n"
	  "Settle BD24 9JP\n", "Smith, Jones & Partners LLP", TRUE },
	/* An Irish address that ends in a Dublin postal district, no Eircode, beside the
	 * details column (names27 round). */
	{ "dublin-postal-district", "Liffey Signs Ltd · 5 Capel Street · Dublin 1 · VAT IE 3318842KH\n"
	  "Harold's Cross Pharmacy Ltd\tInvoice Number\tLS-2210\n14 Harold's Cross Road\tInvoice Date\t3 Dec 2026\n"
	  "Dublin 6W\tReference\tShop sign\nTAX INVOICE\n", "Harold's Cross Pharmacy Ltd", TRUE },
	/* A customer's code of capitals on the "Customer" row under the window is a details
	 * row: the window's block is the debtor (names27 round).  Near miss: a name of two
	 * words in capitals on the row is a name. */
	{ "capitals-code-beside-label", "Kingfisher Cleaning Ltd · 2 Mill Yard · Reading RG1 8LS\n"
	  "Orchard Vets LLP\tInvoice No.\tKC-4410\n12 Castle Street\tDate\t02/12/2026\n"
	  "Reading RG1 7SB\tTerms\t30 days\nCustomer\tORCVET\nINVOICE\n", "Orchard Vets LLP", TRUE },
	{ "capitals-name-beside-label", "INVOICE 4473\nCustomer\tHOLLIS FARMS LTD\nCattle grid repair\t£310.00\n",
	  "HOLLIS FARMS LTD", TRUE },
	/* Near miss: a customer known by one word of capitals ("HEMA", "IKEA", "KPN") on the
	 * label's row, no other block on the page: its name, not a code. */
	{ "capitals-name-alone-on-label-row", "Factuur 2026-51\nFactuurdatum: 01-12-2026\nKlant: HEMA\n\n"
	  "Schoonmaak filiaal Utrecht\t€ 450,00\n", "HEMA", FALSE },
	{ "capitals-name-beside-label-no-window", "INVOICE 4480\nDate\t1 Dec 2026\nCustomer\tIKEA\nPO\t55120\n\n"
	  "Forklift service\t£450.00\n", "IKEA", FALSE },
	/* A firm whose name begins with a label's compound ("Projektbau", "Lieferservice"), on
	 * the row beside the details under "Rechnung an": its name, not a details row passed
	 * over for its street (names27 round).  Near miss: the label with its value. */
	{ "firm-named-like-label", "Elektro Brandl GmbH · Werkstraße 3 · 90411 Nürnberg\n\n"
	  "Rechnung an\tRechnungs-Nr.\tRE-2026-0412\nProjektbau Lindner GmbH\tDatum\t01.12.2026\n"
	  "Hauptstraße 12\tKunden-Nr.\t10044\n90402 Nürnberg\n\nRECHNUNG\n", "Projektbau Lindner GmbH", TRUE },
	{ "firm-named-like-label-nl", "Schilders Oost · Dorpsweg 3 · 7461 AB Rijssen\n\n"
	  "Factuur aan\tFactuurnummer\t2026-118\nKlantenservice Tijink B.V.\tDatum\t01-12-2026\n"
	  "Industrieweg 4\tKlantnummer\t2031\n7461 PK Rijssen\n\nFACTUUR\n", "Klantenservice Tijink B.V.", TRUE },
	/* A title set apart in two cells ("TAX<TAB>INVOICE") is no name over the window. */
	{ "tax-title-over-window", "TAX\tINVOICE\nOlwen Pryce\tInvoice Number\tTregaron Timber Ltd\n"
	  "3 Mill Lane\tINV-0417\tStation Yard\nAberaeron SA46 0BU\tLampeter SA48 7HE\tInvoice Date\n",
	  "Olwen Pryce", FALSE },
	/* A label alone over the details column, the block's first line in the last cell of
	 * a details row and its other lines alone below, as Pages and Numbers print them. */
	{ "label-over-block-beside-details", "Studio Noordlicht\nVeemkade 3\n1019 HD Amsterdam\nClient\n"
	  "Invoice date\t20 November 2026\nTerms\tPayable on receipt\tWattle Media Pty Ltd\nc/o Ms Jane Roe\n"
	  "Level 3, 88 George St\nSydney NSW 2000, Australia\nABN 41 622 019 384\nInvoice\n",
	  "Wattle Media Pty Ltd", TRUE },
	{ "label-over-block-beside-details-nl", "Klussenbedrijf Smit\nMolenstraat 8 | 7461 BK Rijssen\nKlant\n"
	  "Factuurdatum\t20-11-2026\nBetalingskenmerk\t5019 0266 0214 3317\tBouwbedrijf De Vries V.O.F.\n"
	  "Debiteurnummer 10233\nSchuttersveld 19\n7462 AR Rijssen\nFactuur\n", "Bouwbedrijf De Vries V.O.F.", TRUE },
	/* An Irish address with no Eircode ends in its county, which is no organisation ("Co."). */
	{ "irish-county-ends-block", "Burren Stoneworks\nMain Street\nBallyvaughan, Co. Clare H91 X2P4\nBILL TO\n"
	  "Invoice date\t17 Nov 2026\nDue date\t1 Dec 2026\tAoife Byrne\nFanore Road\nLisdoonvarna\nCo. Clare\n"
	  "Invoice\n", "Aoife Byrne", FALSE },
	/* The county in Irish, with its article, above the Eircode: no organisation ("Co."). */
	{ "irish-county-in-irish", "Corrib Web Studio\nPhone 091 562 400\n"
	  "Bia Bhlasta Teo.\nAn Spidéal\nCo. na Gaillimhe\nH91 K8P2\nInvoice\n", "Bia Bhlasta Teo.", TRUE },
	/* Near miss: a firm "& Co." under a person's line is the organisation that owes. */
	{ "irish-firm-and-co", "Corrib Web Studio\nPhone 091 562 400\n"
	  "Aoife Byrne\nByrne & Co.\nShop Street\nGalway H91 E2T6\nInvoice\n", "Byrne & Co.", TRUE },
	/* Near miss: one word in the details row's last cell is a value; the block is below. */
	{ "details-value-beside-label", "Client\nInvoice date\t20 Nov 2026\tPaid\nJordan Miller\n4410 W 32nd Ave\n"
	  "Denver, CO 80212\n", "Jordan Miller", FALSE },
	/* Below a name on the label's row, the details table's rows and the sender's footer
	 * are no part of the block: the sender's VAT number there says nothing of the debtor. */
	{ "label-row-then-details-rows", "Your invoice:\nInvoice number\t2026.0125\nBill to\tGrace Hill\n"
	  "Total\t£6,369.60\nIBAN\tGB82 MIDL 1083 6733 0318 21\nHarrow Joinery · VAT reg. GB574 4838 16\n",
	  "Grace Hill", FALSE },
	{ "label-row-then-debtor-vat-row", "Factuur aan\tBakkerij Jansen\nBTW-nummer\tNL805527113B01\nDorpsstraat 4\n",
	  "Bakkerij Jansen", TRUE },
	/* The sender's column of details read in between the window's lines: its VAT number
	 * below the name is passed over and no part of the block; the street line with a
	 * name before its number is no organisation above the person. */
	{ "sidebar-lines-inside-window", "Clare Whitfield Editing\nHerengracht 12\n2511 EH Den Haag\n+31 6 4419 2087\n"
	  "clare@whitfield.example\nKvK 75633021\nDr. Hiroshi Sato\nVAT NL002987612B14\nFaculty Club, Kaiserstraat 2\n"
	  "2311 GP Leiden\nInvoice\n", "Dr. Hiroshi Sato", FALSE },
	/* Near miss: the letterhead's numbers line right above the name still ends the walk. */
	{ "numbers-line-above-name", "Acme BV\nKerkstraat 1\n1000 AA Amsterdam\ninfo@acme.example\nKvK 12345678\n"
	  "Sophie Maas\nLange Nieuwstraat 8\n3512 PH Utrecht\nFactuur\n", "Sophie Maas", FALSE },
	/* No label: the block beside the sender's in the letterhead's rows, the left one the
	 * sender's (its name in the footer), the right one the debtor's. */
	{ "block-beside-sender", "Wróbel Translations\tKowalski & Lis Sp. z o.o.\nLaan van Meerdervoort 188\t"
	  "ul. Piotrkowska 120\n2517 BH Den Haag\t90-006 Łódź, Poland\nInvoice number\tInvoice date\n"
	  "Payable to Wróbel Translations, IBAN NL91 ABNA 0417 1643 00\n", "Kowalski & Lis Sp. z o.o.", TRUE },
	/* Near miss: the left block is the debtor's, the right one the sender's. */
	{ "block-left-of-sender", "Sophie Maas\tAcme BV\nLange Nieuwstraat 8\tKerkstraat 1\n3512 PH Utrecht\t"
	  "1000 AA Amsterdam\nFactuur\nAcme BV · KvK 12345678\n", "Sophie Maas", FALSE },
	/* A contact person's line and an administration's are the organisation's. */
	{ "contact-person-line", "Klant\nYogastudio Ruimte\nContactpersoon Noor el Amrani\nOude Gracht 277\n"
	  "3511 PA Utrecht\n", "Yogastudio Ruimte", TRUE },
	{ "contact-person-line-en", "Bill to:\nRiver Room\nContact person: Jo Hart\n4 Mill Lane\nYork YO1 7HH\n",
	  "River Room", TRUE },
	{ "verwaltung-line", "Spielgeräte Krämer\nAuf der Heide 17\n33649 Bielefeld\ninfo@spielgeraete.example\nKita Regenbogen\tRechnungsnummer\t7\n"
	  "Verwaltung\tRechnungsdatum\t19.11.2026\nStapenhorststraße 64\n33615 Bielefeld\nRechnung\n",
	  "Kita Regenbogen", TRUE },
	/* Near miss: a company named "Contact …" is no contact line. */
	{ "contact-company-name", "Bill to:\nContact Energy Ltd\n4 Mill Lane\nYork YO1 7HH\n", "Contact Energy Ltd", TRUE },
	/* The letterhead's row right above the window, no blank line between: the sender's name
	 * (its one-line address beside it, the name again in the footer) is not the block's. */
	{ "letterhead-row-above-window", "Schilderwerken Bos\tDorpsstraat 4 | 6711 AB Ede\nFam. van Dijk-Çelik\n"
	  "Lindelaan 9\n6712 CD Ede\nFactuur\nSchilderwerken Bos · KvK 12345678\n", "Fam. van Dijk-Çelik", FALSE },
	/* Near miss: the sender's own block, its owner under its trade name, is no debtor's. */
	{ "owner-under-senders-name", "Hausmeisterservice Brandt\nUwe Brandt\nKieler Straße 88\n24768 Rendsburg\n"
	  "Hausmeisterservice Brandt · Kieler Straße 88\nRechnung\n", NULL, FALSE },
	/* A customer's number above the name, the owner ("Inh.") and a club's board below or
	 * above it: the firm and the club owe. */
	{ "owner-line-customer-number-above", "Tischlerei Wagner\nHauptstraße 4\n72379 Hechingen\n"
	  "Kunde 100238\tRechnungsnummer\t1046\nSchreinerei Mohr e.K.\tRechnungsdatum\t27.11.2026\n"
	  "Inh. Karl Mohr\tFällig am\t27.12.2026\nKirchgasse 9\n72401 Haigerloch\nRECHNUNG\n"
	  "Tischlerei Wagner · USt-IdNr. DE198442317\n",
	  "Schreinerei Mohr e.K.", TRUE },
	{ "board-line-above-club", "Druckerei Sand\tAm Sande 1 | 21335 Lüneburg\nVorstand / Kasse\tRechnungsnummer\t7\n"
	  "Chor der Altstadt e.V.\tRechnungsdatum\t14.11.2026\nMarkt 1\n21335 Lüneburg\nDruckerei Sand · IBAN DE77\n",
	  "Chor der Altstadt e.V.", TRUE },
	{ "penningmeester-line", "Klant\nPenningmeester\nHockeyclub De Uil\nSportlaan 2\n3811 AB Amersfoort\n",
	  "Hockeyclub De Uil", TRUE },
	/* A person by initials under a name that is not one: the name is an organisation's. */
	{ "initials-person-below", "Klant\nKapsalon De Schaar\nR. van der Berg\nStationsweg 3\n3811 NA Amersfoort\n",
	  "Kapsalon De Schaar", TRUE },
	/* Near misses: a couple over two lines, and a person by initials on top. */
	{ "couple-two-lines", "Klant\nJan Smit\nM. Smit\nStationsweg 3\n3811 NA Amersfoort\n", "Jan Smit", FALSE },
	{ "initials-person-on-top", "Klant\nA. Bakker\nP. de Wit\nStationsweg 3\n3811 NA Amersfoort\n", "A. Bakker", FALSE },
	/* The debtor's block in the right column runs longer than the sender's beside it; the
	 * details rows below are no telephone numbers. */
	{ "right-column-longer-than-senders", "Drukkerij Letterzetter\nHavenkade 18\tStichting Vrienden van het Hospice\n"
	  "1601 AB Enkhuizen\tKerkplein 2\n3811 AB Amersfoort\nFactuurnummer\tF-2026-593-B\nFactuurdatum\t25-11-2026\n"
	  "Drukkerij Letterzetter · KvK 12345678\n", "Stichting Vrienden van het Hospice", TRUE },
	/* A customer's or VAT number after a comma on the name's line is not the name's. */
	{ "vat-after-comma-on-name", "Bill to:\nPinecrest Outdoor Ltd, VAT GB 287 6611 04\nUnit 4, Dale Park\nSheffield S9 2RS\n",
	  "Pinecrest Outdoor Ltd", TRUE },
	{ "customer-number-after-comma", "Quayside Print\tHarbour Road 1 | Bristol BS1 5TY\n"
	  "Müller Kältetechnik GmbH, Kd.-Nr. 4711\nHafenstraße 2\n20457 Hamburg\nQuayside Print · VAT GB1\n",
	  "Müller Kältetechnik GmbH", TRUE },
	/* An owners' association named after its building, c/o its managing agent. */
	{ "owners-association-street-name", "Arslan\tGewerbering 7 | 79108 Freiburg\nWEG Lindenallee 12\n"
	  "c/o Immobilienverwaltung Schulte GmbH\nBahnhofstraße 8\n48143 Münster\nArslan · USt-IdNr. DE123456789\n",
	  "WEG Lindenallee 12", FALSE /* its kind is unknown: business.c */ },
	/* A typed invoice: the document's word before the name on its one-line address. */
	{ "typed-factuur-voor", "Factuurnummer F-2026-8\nFactuur voor Fam. Jansen-El Amrani, Hoefslag 7, 3451 AB Vleuten\n",
	  "Fam. Jansen-El Amrani", FALSE },
	/* A typed one-line address naming the person, then the company: the company owes. */
	{ "one-line-person-then-company", "Invoice 2026/0607\nTo: Sarah O'Neill, Brightwater Studio, 5 Canal Wharf, Leeds LS11 5PS\n",
	  "Brightwater Studio", TRUE },
	{ "typed-person-then-company", "Factuur 2026-8\nFactuur voor Marieke de Boer, Groenland Hoveniers B.V., Industrieweg 3, "
	  "3401 MA IJsselstein\n", "Groenland Hoveniers B.V.", TRUE },
	/* Near miss: the managing agent after "c/o" is no organisation that owes. */
	{ "one-line-care-of", "Rechnung an: WEG Lindenallee 12, c/o Verwaltung Schulte GmbH, Bahnhofstraße 8, 48143 Münster\n",
	  "WEG Lindenallee 12", FALSE },
	/* A public body's name over two lines, the second carrying on with a joining word,
	 * its reference box's rows between, and its departments: the body owes. */
	{ "name-carries-on-with-box", "Drukkerij Van Acker bv\nKortrijksesteenweg 212 · 8530 Harelbeke\n"
	  "IVAGO-West, Intergemeentelijke Vereniging\nBestelbonnummer\tBB 2026-1432\nvoor Afvalbeheer\n"
	  "Dienst\tCommunicatie\nDienst Boekhouding\nPathoekeweg 40\n8000 Brugge\nFactuur\n",
	  "IVAGO-West, Intergemeentelijke Vereniging voor Afvalbeheer", TRUE },
	{ "name-carries-on-two-departments", "Drukkerij Van Acker bv\nKortrijksesteenweg 212 · 8530 Harelbeke\n\n"
	  "Intergemeentelijke Vereniging\nvoor Afvalbeheer\nDienst Communicatie\nDienst Boekhouding\n"
	  "Pathoekeweg 40\n8000 Brugge\nFactuur\n",
	  "Intergemeentelijke Vereniging voor Afvalbeheer", TRUE },
	/* A Dutch agency whose name opens with "Dienst" is the one who owes, not a department
	 * ("Dienst Justitiële Inrichtingen", "Dienst Uitvoering Onderwijs"); near miss: a
	 * Flemish city's department in one word under the city still reads the post. */
	{ "agency-named-dienst", "Bouwbedrijf Jansen B.V.\nIndustrieweg 4 · 3542 AD Utrecht\n\n"
	  "Dienst Justitiële Inrichtingen\nPostbus 30132\n2500 GC Den Haag\nFactuur\n",
	  "Dienst Justitiële Inrichtingen", FALSE /* the block alone names no kind; the mailbox may */ },
	{ "agency-named-dienst-with-unit", "Bouwbedrijf Jansen B.V.\nIndustrieweg 4 · 3542 AD Utrecht\n\n"
	  "Dienst Uitvoering Onderwijs\nAfdeling Inkoop\nPostbus 30205\n9700 AE Groningen\nFactuur\n",
	  "Dienst Uitvoering Onderwijs", TRUE },
	{ "agency-named-dienst-three-words", "Bouwbedrijf Jansen B.V.\nIndustrieweg 4 · 3542 AD Utrecht\n\n"
	  "Dienst Thuiszorg Utrecht\nLaan van Nieuw Guinea 12\n3531 JK Utrecht\nFactuur\n",
	  "Dienst Thuiszorg Utrecht", FALSE },
	{ "agency-named-dienst-one-word-alone", "Bouwbedrijf Jansen B.V.\nIndustrieweg 4 · 3542 AD Utrecht\n\n"
	  "Dienst Wegverkeer\nPostbus 777\n9640 AW Veendam\nFactuur\n",
	  "Dienst Wegverkeer", FALSE },
	{ "near-miss-city-department-dienst", "Bouwbedrijf Jansen B.V.\nIndustrieweg 4 · 3542 AD Utrecht\n\n"
	  "Stad Gent\nDienst Financiën\nBotermarkt 1\n9000 Gent\nFactuur\n",
	  "Stad Gent", TRUE },
	/* An Austrian builder's box of references between the block's lines: a subcontract,
	 * the building project ("BV", Bauvorhaben), the site manager. */
	{ "builder-box-between-lines-at", "Fliesen\tHadžić\nFliesenleger-Meisterbetrieb · Salzburg\n"
	  "Baumeister Hofer GmbH\nSubauftrag\tSA-2026-077\nRechnungseingang\nBV\tWohnanlage Aigen\n"
	  "Alpenstraße 48\nBauleiter\tIng. Florian Gruber\n5020 Salzburg\nTeilrechnung Nr. 3/2026\n",
	  "Baumeister Hofer GmbH", TRUE },
	/* Near miss: a Dutch legal form wrapped onto a line of its own, no value beside it, is
	 * the name's end, not the building project's label. */
	{ "legal-form-wrapped-nl", "Schildersbedrijf Kok · Dorpsstraat 3 · 3451 BC Vleuten\n\n"
	  "Van den Heuvel\nBV\nIndustrieweg 4\n3542 AD Utrecht\nFactuur\n",
	  "Van den Heuvel BV", TRUE },
	/* The sender's tax number abbreviated ("Steuernr.") right above the window ends the
	 * letterhead; the client below, care of her Betreuungsbüro, owes. */
	{ "steuernr-above-window-de", "Mobile Fußpflege Sonja Petrović\nUlmenstraße 8 · 44137 Dortmund\n"
	  "Steuernr. 314/5092/1178\nFrau Hannelore Brandt\tRechnungsnr.\tFP-26-219\n"
	  "c/o Betreuungsbüro Kessler\tDatum\t25.11.2026\nPostfach 10 22 41\n44022 Dortmund\nRechnung\n",
	  "Frau Hannelore Brandt", FALSE },
	/* A typed mail's only address: the back office's attention, then its organisation. */
	{ "attention-line-only", "FAO Finance, Eastfield Community Health NHS Trust\n\nInvoice KN-112 - 1 December 2026\n"
	  "Amount due: £289.40\n", "Eastfield Community Health NHS Trust", TRUE },
	/* Near miss: a person at the attention is no organisation. */
	{ "attention-line-person", "FAO Finance, Sarah Bell\n\nInvoice KN-113\nAmount due: £89.40\n", NULL, FALSE },
	/* The debtor over its representative: the estate, the ward, the firm, never the one
	 * who receives its post. */
	{ "estate-over-executor-de", "Malerbetrieb Krause\tLindenstraße 12 | 33602 Bielefeld\nNachlass Erwin Haller\n"
	  "z. Hd. Testamentsvollstrecker\nRA Dr. Stefan Kolb\nKanzleistraße 4\n33602 Bielefeld\nRechnung\n",
	  "Nachlass Erwin Haller", FALSE },
	{ "ward-over-guardian-firm-nl", "Drukkerij De Letterzetter\tHavenkade 18 | 1601 AB Enkhuizen\nMevr. J. Hoekstra\n"
	  "p/a bewindvoerder\nBewindvoering Noord B.V.\nPostbus 412\n9700 AK Groningen\nFactuur\n",
	  "Mevr. J. Hoekstra", FALSE },
	{ "estate-with-heir-contact-de", "Malerbetrieb Krause\tLindenstraße 12 | 33602 Bielefeld\nErbengemeinschaft Ursula Kranz\n"
	  "z. Hd. Herrn Martin Kranz\nGoethestraße 15\n34119 Kassel\nRechnung\nMalerbetrieb Krause · IBAN DE12\n",
	  "Erbengemeinschaft Ursula Kranz", FALSE },
	/* Near miss: a firm's contact person makes it no less a firm. */
	{ "firm-with-contact-nl", "Schilderwerken Bos\tDorpsstraat 4 | 6711 AB Ede\nBouwbedrijf Kok B.V.\nt.a.v. dhr. M. Kok\n"
	  "Industrieweg 14\n3401 MA IJsselstein\nFactuur\nSchilderwerken Bos · IBAN NL12\n", "Bouwbedrijf Kok B.V.", TRUE },
	/* Near miss: a person and the street: the person. */
	{ "one-line-person-then-street", "Invoice 2026/0607\nTo: Sarah O'Neill, 5 Canal Wharf, Leeds LS11 5PS\n",
	  "Sarah O'Neill", FALSE },
	/* Near miss: a street without a number right above the postcode line is no block. */
	{ "street-without-number-is-no-name", "Hartley & Co\nChurch Street\nLewes BN7 2AB\nHartley & Co · VAT GB1\n",
	  NULL, FALSE },
	/* A note of the letter or a line that addresses the name stands above it in the window
	 * and names no one (nl, en, de). */
	{ "note-line-above-window-de", "Malerbetrieb Krause · Lindenstraße 12 · 33602 Bielefeld\nPersönlich/Vertraulich\n"
	  "Herrn Dr. Tobias Rehm\nEichendorffstraße 14\n91054 Erlangen\nRechnung\n", "Herrn Dr. Tobias Rehm", FALSE },
	{ "note-line-above-window-en", "Fernside Joinery · 4 Mill Yard · Leeds LS2 7QT\nPrivate & Confidential\nMrs Joanne Pike\n"
	  "17 Westbourne Road\nSheffield S10 2QT\nInvoice\n", "Mrs Joanne Pike", FALSE },
	{ "note-line-above-window-nl", "Schilderwerken Bos · Dorpsstraat 4 · 6711 AB Ede\nVertrouwelijk\nDhr. M. Hendriks\n"
	  "Wilhelminastraat 41\n6524 AL Nijmegen\nFactuur\n", "Dhr. M. Hendriks", FALSE },
	{ "an-die-above-public-body", "Malerbetrieb Krause · Lindenstraße 12 · 33602 Bielefeld\nAn die\nStadtverwaltung Kamen\n"
	  "Rathausplatz 1\n59174 Kamen\nRechnung\n", "Stadtverwaltung Kamen", TRUE },
	{ "bestuur-above-club", "Schilderwerken Bos · Dorpsstraat 4 · 6711 AB Ede\nAan het bestuur van\n"
	  "Tennisvereniging De Lobbers\nSportlaan 9\n7241 GL Lochem\nFactuur\n", "Tennisvereniging De Lobbers", TRUE },
	/* An office reads the post for the organisation: below the name, above it, or alone under
	 * a payment slip's label, where the window's block names the debtor. */
	{ "office-below-name-de", "Schreinerei Imhof AG · Maihofstrasse 61 · 6006 Luzern\nHotel Seeblick AG\nDirektion\n"
	  "Seestrasse 21\n6353 Weggis\nRechnung\n", "Hotel Seeblick AG", TRUE },
	{ "office-above-name-en", "Fernside Joinery · 4 Mill Yard · Leeds LS2 7QT\nThe Directors\nLismore Joinery Ltd\n"
	  "Unit 7, Ballymount Road\nDublin 12 D12 X2K7\nInvoice\n", "Lismore Joinery Ltd", TRUE },
	{ "slip-payer-office-alone", "Schreinerei Imhof AG · Maihofstrasse 61 · 6006 Luzern\nHotel Alpenrose AG\nDirektion\n"
	  "Seestrasse 12\n6354 Vitznau\nRechnung 30261187\nGesamtbetrag\tCHF 29'749.12\nZahlbar durch\nDirektion\n"
	  "Seestrasse 12\n6354 Vitznau\n", "Hotel Alpenrose AG", TRUE },
	/* Near miss: a public body's unit named after what it serves, alone above its street, is
	 * its name. */
	{ "unit-for-is-a-name", "Invoice to:\nDepartment for Education\n20 Great Smith Street\nLondon SW1P 3BT\n",
	  "Department for Education", TRUE },
	/* A small return line whose baseline falls between the name and the street. */
	{ "return-line-between-name-and-street", "Veranstaltungstechnik Kessler\nTorgauer Str. 233 · 04347 Leipzig\n"
	  "dispo@vt-kessler.de\nKulturverein Zwischenraum e.V.\nVeranstaltungstechnik Kessler · Torgauer Str. 233 · 04347 Leipzig\n"
	  "Georg-Schwarz-Str. 10\n04177 Leipzig\nRechnung VK-26/1204\n", "Kulturverein Zwischenraum e.V.", TRUE },
	/* An attention after the name on its line, after a comma or a dash. */
	{ "attention-after-name-label", "Bill to:\nPennine Climbing Wall Ltd, Attn: Accounts Payable\nMill 3, Dean Clough\n"
	  "Halifax HX3 5AX\n", "Pennine Climbing Wall Ltd", TRUE },
	{ "attention-after-name-window", "Schilderwerken Bos · Dorpsstraat 4 · 6711 AB Ede\n"
	  "Bouwbedrijf Van Veen B.V. - t.a.v. crediteurenadministratie\nNijverheidsweg 12\n3771 ME Barneveld\nFactuur\n",
	  "Bouwbedrijf Van Veen B.V.", TRUE },
	/* Names with figures: a club's founding year, a firm's figure first. */
	{ "club-with-founding-year", "Malerbetrieb Krause · Lindenstraße 12 · 33602 Bielefeld\nSV Blau-Weiß Hollage 1925\n"
	  "Am Sportplatz 4\n49134 Wallenhorst\nRechnung\n", "SV Blau-Weiß Hollage 1925", TRUE },
	{ "figure-opens-firm", "Fernside Joinery · 4 Mill Yard · Leeds LS2 7QT\n3D Print Hub Ltd\nUnit 2, Riverside Works\n"
	  "Leeds LS10 1NE\nInvoice\n", "3D Print Hub Ltd", TRUE },
	/* A block in capitals, its town too. */
	{ "capitals-town", "Druckhaus Elbufer · Am Sandtorkai 5 · 20457 Hamburg\nMÜLLER BAUSTOFFE GMBH\nPOSTFACH 12 34\n"
	  "90402 NÜRNBERG\nRECHNUNG\n", "MÜLLER BAUSTOFFE GMBH", TRUE },
	/* The payer's label over a beneficiary's printed first; alone, a client's label is read. */
	{ "payer-label-after-beneficiary", "Leistungsempfänger:\nMia Schubert\nRechnungsempfänger:\nFrau Anke Schubert\n"
	  "Lerchenweg 4\n04229 Leipzig\n", "Frau Anke Schubert", FALSE },
	{ "client-label-alone", "Client:\nOscar Reid\n14 Ash Grove\nLeeds LS6 2NQ\n", "Oscar Reid", FALSE },
	/* The details column interleaved with a ward's block: its due date's row ("Fällig am") is
	 * no line of the block, the guardian's lines below the "c/o" are the representative's. */
	{ "ward-block-with-due-row-between", "Sanitätshaus Lenz · Bahnhofstr. 17 · 35037 Marburg\n"
	  "Herrn Karl-Heinz Sommer\tRechnungsnummer\t2026-11-0774\nc/o Betreuerin Rechtsanwältin\n"
	  "Rechnungsdatum\t11.11.2026\nDr. Anja Reuter\nFällig am\t11.12.2026\nUniversitätsstr. 44\n"
	  "35037 Marburg\tVersicherten-Nr.\tK220417983\nLeistungsdatum\t05.11.2026\nRechnung\n",
	  "Herrn Karl-Heinz Sommer", FALSE },
	/* A Swiss owners' association c/o its manager under a return line written with commas. */
	{ "stweg-under-comma-return-line", "Grünwerk Gartenbau GmbH\ninfo@gruenwerk-gartenbau.ch\n"
	  "Grünwerk Gartenbau GmbH, Riedstrasse 9, 6030 Ebikon\nSTWEG Seeblick\nc/o Immo Treuhand Meier AG\n"
	  "Pilatusstrasse 30\n6003 Luzern\nRechnung Gartenunterhalt\n", "STWEG Seeblick", TRUE },
	{ "uk-return-line-between-name-and-street", "Quayside Print Ltd\nbilling@quaysideprint.co.uk\nMr Callum Fraser\n"
	  "Quayside Print Ltd · 12 Harbour Road · Bristol BS1 5TY\n8 Marchmont Crescent\nEdinburgh EH9 1HN\nInvoice\n",
	  "Mr Callum Fraser", FALSE },
	/* Near miss: a floor before the street is the street's line, no name. */
	{ "level-line-is-street", "Acme Pty Ltd\nPhone 03 9000 0000\nLevel 5, 1 Collins St\nMelbourne VIC 3000\nInvoice\n",
	  NULL, FALSE },
	/* Near misses: a street named after an organisation is a street (the reviewer's). */
	{ "street-am-landratsamt", "Acme GmbH\nTelefon 089 123456\nAm Landratsamt 4\n83022 Rosenheim\nRechnung\n", NULL, FALSE },
	{ "street-hospital-road", "Acme Ltd\nPhone 020 7946 0000\n12 Hospital Road\nLondon E1 6AN\nInvoice\n", NULL, FALSE },
	{ "street-community-drive", "Acme Ltd\nPhone 020 7946 0000\n5 Community Drive\nLeeds LS1 4AP\nInvoice\n", NULL, FALSE },
	/* The one the service was for, printed again in the details beside the window ("Patientin
	 * <TAB>…"): the window's name repeated there is the addressee's, no sender's. */
	{ "de-patient-beside-window",
	  "Praxis Dr. Huber · Hauptplatz 3 · 4020 Linz\nFrau\tHonorarnote Nr.\tHN 2026/77\n"
	  "Mag. Eva Lindner\tDatum\t02.12.2026\nPatientin\tMag. Eva Lindner\nLandstraße 12\n4020 Linz\nHonorarnote\n",
	  "Mag. Eva Lindner", FALSE },
	{ "nl-pupil-beside-window",
	  "Muziekschool Vos · Markt 3 · 1000 AA Amsterdam\nSem Bakker\tFactuurdatum\t02-12-2026\nLeerling\tSem Bakker\n"
	  "Kade 4\n1011 AB Amsterdam\nFactuur\n", "Sem Bakker", FALSE },
	/* Near misses: the sender's name repeated under the practitioner's or the teacher's
	 * label is the sender's still. */
	{ "nl-therapist-repeats-sender",
	  "Anna Vos\nMarkt 3\n1000 AA Amsterdam\nDhr. P. Smit\nKade 4\n1011 AB Amsterdam\nFactuur\nTherapeut\tAnna Vos\n",
	  "Dhr. P. Smit", FALSE },
	/* One name over two lines: an organisation's words alone below its name, a person over
	 * the name traded under; near miss: a contact above a firm's name stays its contact. */
	{ "two-line-firm-name",
	  "Acme BV · Kerkstraat 1 · 1000 AA Amsterdam\nNorthern Counties Housing\nAssociation Ltd\nGallowgate House\n"
	  "Newcastle NE1 4SD\nInvoice\n", "Northern Counties Housing Association Ltd", TRUE },
	{ "person-trading-as", "Bill to:\nMark Evans\nt/a Evans Roofing\n3 Bridge Street\nSwansea SA1 3LT\n",
	  "Mark Evans t/a Evans Roofing", TRUE },
	{ "near-miss-contact-above-firm", "Bill to:\nPriya Nair\nMarlowe Property Services Ltd\n14 Quay Street\n"
	  "Leeds LS1 4DJ\n", "Marlowe Property Services Ltd", TRUE },
	{ "en-tutor-repeats-sender",
	  "Laura Finch\n2 Mill Lane\nYork YO1 7HH\nMrs J. Hale\n8 Bootham\nYork YO30 7BW\nInvoice\nTutor\tLaura Finch\n",
	  "Mrs J. Hale", FALSE },
	/* The whole address on the customer's line of a bill typed in a mail: the lines under
	 * it are the bill's ("Btw 6%", "(geen btw, KOR)"), no part of the debtor's block; near
	 * miss: the customer's own VAT number under it is. */
	{ "one-line-address-tax-line-below",
	  "Factuur nr 2027/031\nKlant: Koen Claes, Tiensesteenweg 12, 3001 Heverlee\nWerk: € 300,00 excl. btw\n"
	  "Btw 6%: € 18,00\nTe betalen: € 318,00\n", "Koen Claes", FALSE },
	{ "one-line-address-no-vat-below",
	  "factuurnr: 27-008\naan: Mirjam Smits, Lindelaan 5 Gouda\nwerk: heg snoeien\nbedrag: € 260,00\n(geen btw, KOR)\n",
	  "Mirjam Smits", FALSE },
	{ "one-line-address-customer-vat-below",
	  "Invoice number: KT-7\nCustomer: Solvik Maritime, Strandkaien 14, 5013 Bergen, Norway\n"
	  "Customer VAT: NO 982 114 607 MVA\nTerms: Net 30\n", "Solvik Maritime", TRUE },
	/* A unit or suite before a building's name is the premises, never a name; near miss: a
	 * firm named with a number, no comma after it. */
	{ "premises-line-is-street", "Acme Ltd\nPhone 020 7946 0000\nUnit 7, The Enterprise Centre\nEnnis, Co. Clare V95 X2R1\n"
	  "Invoice\n", NULL, FALSE },
	{ "firm-named-unit-number", "Bill to:\nUnit 4 Studios Ltd\n12 Mill Lane\nLeeds LS1 1AA\n", "Unit 4 Studios Ltd", TRUE },
	/* A registration's label over its number, a column printed line by line: the number
	 * below is the label's, a registration still; near miss: "KvK" over no number. */
	{ "registration-label-over-number", "Bill to:\nJan Visser\nKerkstraat 4\n3511 AB Utrecht\nKvK-nummer:\n61234567\n",
	  "Jan Visser", TRUE },
	{ "registration-label-amount-below", "Bill to:\nJan Visser\nKerkstraat 4\n3511 AB Utrecht\nBTW:\n120.00\n",
	  "Jan Visser", FALSE },
	{ "registration-label-no-number", "Bill to:\nJan Visser\nKerkstraat 4\n3511 AB Utrecht\nBTW:\nvrijgesteld\n",
	  "Jan Visser", FALSE },
};

static void
test_block(gconstpointer data)
{
	guint i = GPOINTER_TO_UINT(data);
	DmAddressBlock b;
	gboolean found = dm_address_block_find(cases[i].text, NULL, &b);
	g_assert_cmpint(found, ==, cases[i].want != NULL);
	g_assert_cmpstr(b.name, ==, cases[i].want);
	g_autofree char *why = NULL;
	if (found)
		g_assert_cmpint(dm_debtor_block_is_business(b.block, b.name, b.attention, &why), ==,
				cases[i].business);
	dm_address_block_clear(&b);
}

/* A couple named one by one, one person a line: the second is the block's partner; a
 * name wrapped over two lines is read whole and says so. */
static void
test_couple_and_run_on(void)
{
	static const struct {
		const char *text, *name, *partner;
		gboolean run_on;
	} couples[] = {
		{ "Acme BV · Kerkstraat 1 · 1000 AA Amsterdam\nDhr. R. Bakker\nMevr. L. Bakker-Visser\nPopulierenlaan 40\n"
		  "6713 AB Ede\nFactuur\n", "Dhr. R. Bakker", "Mevr. L. Bakker-Visser", FALSE },
		{ "Bill to:\nMs Niamh O'Sullivan\n& Mr Kofi Mensah\n12 Hollybank Road\nSheffield S7 2LB\n",
		  "Ms Niamh O'Sullivan & Mr Kofi Mensah", NULL, TRUE },
		{ "Kunde\tKundennummer\nKrüger\tKD-65537\n& Partner\nRechnungsnummer\t00223/26\n", "Krüger & Partner",
		  NULL, TRUE },
		/* left34: a letter and its invoice in one PDF, the window printed on each page with
		 * the letterhead above it: one window printed twice, not a name the text repeats as
		 * a sender repeats its own.  Couples named on one line, over two lines at the
		 * joining word, by first names joined by "&" (nl, de, en), beside the details. */
		{ "Schilderwerken Bos\nDorpsstraat 4 | 6711 AB Ede\nDhr. P. Verbeek en mevr. J. Verbeek-de Groot\n"
		  "Kerkstraat 12\n6712 AC Ede\nGeachte heer en mevrouw Verbeek,\nbijgaand onze factuur.\nPagina 1 van 2\n"
		  "Schilderwerken Bos\nDorpsstraat 4 | 6711 AB Ede\nDhr. P. Verbeek en mevr. J. Verbeek-de Groot\t"
		  "Factuurnummer:\t2026-071\nKerkstraat 12\tFactuurdatum:\t02-12-2026\n6712 AC Ede\tVervaldatum:\t"
		  "16-12-2026\nFACTUUR\nSchilderwerken Bos \u00b7 IBAN NL91 ABNA 0417 1643 00\n",
		  "Dhr. P. Verbeek en mevr. J. Verbeek-de Groot", NULL, FALSE },
		{ "Malerei Kunz\nBergstra\u00dfe 3 | 79100 Freiburg\nHerrn Lukas Reiter und\nFrau Anna Reiter\nMozartweg 5\n"
		  "79098 Freiburg\nSehr geehrte Frau Reiter, sehr geehrter Herr Reiter,\nanbei die Rechnung.\nSeite 1 von 2\n"
		  "Malerei Kunz\nBergstra\u00dfe 3 | 79100 Freiburg\nHerrn Lukas Reiter und\tRechnung Nr.:\t2026-088\n"
		  "Frau Anna Reiter\tDatum:\t01.12.2026\nMozartweg 5\tZahlbar bis:\t15.12.2026\n79098 Freiburg\nRECHNUNG\n",
		  "Herrn Lukas Reiter und", "Frau Anna Reiter", FALSE },
		{ "Keane Joinery\nUnit 2, Ballymount | Dublin 12\nDeclan & Orla Fitzgerald\n14 Cypress Grove\nTempleogue\n"
		  "Dublin 6W\nDear Declan and Orla,\nPlease find our invoice enclosed.\nPage 1 of 2\n"
		  "Keane Joinery\nUnit 2, Ballymount | Dublin 12\nDeclan & Orla Fitzgerald\tInvoice no.\tKJ-26-112\n"
		  "14 Cypress Grove\tDate\t1 December 2026\nTempleogue\nDublin 6W\nINVOICE\n",
		  "Declan & Orla Fitzgerald", NULL, FALSE },
		/* Near misses: the sender's own block printed on each page, its name in its foot
		 * too, is no debtor's; nor is a name the text prints again elsewhere. */
		{ "Keane Joinery\nUnit 2, Ballymount\nDublin 12\nPage 1 of 2\nKeane Joinery\nUnit 2, Ballymount\nDublin 12\n"
		  "Mrs Aine Walsh\n3 Orwell Road\nDublin 6\nINVOICE\n", "Mrs Aine Walsh", NULL, FALSE },
		/* review33b: the sender's block printed on each page under the same tagline, its
		 * name nowhere else, is no window printed again: the debtor is the block below it. */
		{ "Meisterbetrieb seit 1987\nMalerei Kunz\nBergstra\u00dfe 3\n79100 Freiburg\nHerrn Lukas Reiter\nMozartweg 5\n"
		  "79098 Freiburg\nRECHNUNG\nRechnung Nr.: 2026-088\nSeite 1 von 2\nMeisterbetrieb seit 1987\nMalerei Kunz\n"
		  "Bergstra\u00dfe 3\n79100 Freiburg\nPos. 2\tMalerarbeiten\t400,00 \u20ac\n",
		  "Herrn Lukas Reiter", NULL, FALSE },
		/* Near misses: a contact under a firm, an owner under a trade, a street under a person. */
		{ "Bill to:\nHarrow & Vale Ltd\nEmily Carter\nUnit 3, Canal Wharf\nLeeds LS11 5PS\n", "Harrow & Vale Ltd",
		  NULL, FALSE },
		{ "Acme GmbH · Hauptstr. 1 · 10115 Berlin\nSchreinerei Holzwurm\nInh. Peter Lang\nGewerbestraße 5\n"
		  "79108 Freiburg\nRechnung\n", "Schreinerei Holzwurm", NULL, FALSE },
		{ "Bill to:\nMrs Hannah Osei\n41 Beech Avenue\nYork YO24 4AQ\n", "Mrs Hannah Osei", NULL, FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(couples); i++) {
		DmAddressBlock b;
		g_assert_true(dm_address_block_find(couples[i].text, NULL, &b));
		g_assert_cmpstr(b.name, ==, couples[i].name);
		g_assert_cmpstr(b.partner, ==, couples[i].partner);
		g_assert_cmpint(b.run_on, ==, couples[i].run_on);
		dm_address_block_clear(&b);
	}
}

/* The To header's person printed as the debtor's contact keeps the block's organisation. */
static void
test_contact(void)
{
	const char *doc = "Camping Het Zwanenmeer V.O.F.\nt.a.v. Els Hoekstra\nMeerdijk 11\n8531 PH Lemmer\n"
			  "Priya Nair\tInvoice number\tINV-1\nMarlowe Property Services Ltd\n";
	g_assert_true(dm_address_block_names_contact(doc, "Els Hoekstra", "Camping Het Zwanenmeer V.O.F."));
	g_assert_true(dm_address_block_names_contact(doc, "Priya Nair", "Marlowe Property Services Ltd"));
	/* A consumer's name standing as the block's first line is the debtor, not a contact. */
	g_assert_false(dm_address_block_names_contact("Sarah Collins\n9 Church View\nTruro TR1 2HB\n",
						      "Sarah Collins", "Harbour Lane Joinery Ltd"));
	/* Below the organisation, after a title, the street after a comma. */
	g_assert_true(dm_address_block_names_contact("Messebau Rheinland GmbH\nHerr Sebastian Kühn, Industriestr. 40\n",
						     "Sebastian Kühn", "Messebau Rheinland GmbH"));
	/* After a department and a title. */
	g_assert_true(dm_address_block_names_contact("Alpenglanz Tourismus GmbH\nMarketing, Frau Elisabeth Hörl\n",
						     "Elisabeth Hörl", "Alpenglanz Tourismus GmbH"));
	/* A PDF's "label: value" pair line is no line of its own. */
	g_assert_false(dm_address_block_names_contact("Codevlinder B.V.: Molengraaffsingel 12\nDrukwerk Claes BV: Mechelsesteenweg 211\n",
						      "Drukwerk Claes BV", "Codevlinder B.V."));
	g_assert_false(dm_address_block_names_contact(NULL, "Els Hoekstra", NULL));
	/* The managing agent the post goes to ("c/o", "p/a") and an association's office holder
	 * read the debtor's mail: neither owes. */
	g_assert_true(dm_address_block_names_contact("WEG Am Kirchberg 4\nc/o Hausverwaltung Lenz KG, Bucher Str. 12\n",
						     "Hausverwaltung Lenz", "WEG Am Kirchberg 4"));
	/* The representative named below a line of its role, or on it. */
	g_assert_true(dm_address_block_names_contact("Herrn Walter Brenner\nvertreten durch Betreuerin\nSabine Albers\n"
						     "Am Markt 7\n", "Sabine Albers", "Herrn Walter Brenner"));
	g_assert_true(dm_address_block_names_contact("Erven H. van der Laan\nt.a.v. notaris mr. P. Bosman\n",
						     "mr. P. Bosman", "Erven H. van der Laan"));
	g_assert_true(dm_address_block_names_contact("VvE Parkzicht\np/a Beheer Plus B.V.\n", "Beheer Plus B.V.",
						     "VvE Parkzicht"));
	g_assert_true(dm_address_block_names_contact("Friends of Hollin Park\nTreasurer: Grace Okafor\n", "Grace Okafor",
						     "Friends of Hollin Park"));
	/* Near miss: the agent named in a sentence is no contact line. */
	g_assert_false(dm_address_block_names_contact("Wij werken samen met Beheer Plus B.V. in Utrecht.\n",
						      "Beheer Plus B.V.", "VvE Parkzicht"));
	/* A greeting names the reader, not the debtor. */
	g_assert_false(dm_address_block_prints_name("Hallo Herr Mahler,\nanbei die Rechnung.\n", "Herr Mahler"));
	g_assert_false(dm_address_block_prints_name("Dear Priya Nair,\n", "Priya Nair"));
	g_assert_true(dm_address_block_prints_name("Bill to: Priya Nair\n", "Priya Nair"));
	g_assert_false(dm_address_block_names_contact(doc, "Nobody Here", NULL));
}

static gboolean
is_sender(const char *name, gconstpointer data)
{
	return g_strcmp0(name, data) == 0;
}

/* A payment slip addressed to the sender ("PAYMENT ADVICE / To: Tregaron Timber Ltd") is
 * passed over, and the debtor's unlabelled window block above it read as on any letter. */
static void
test_slip_to_sender(void)
{
	const char *text = "TAX\tINVOICE\nFenwick & Rowe Surveyors Ltd\tInvoice Date\tTregaron Timber Ltd\n"
			   "Attention: Gareth Rowe\t4 Mar 2026\tStation Yard\n14 Bridge Street\tLampeter\n"
			   "Invoice Number\nCardigan\tSA48 7HE\nINV-0418\nCardigan SA43 1HY\n"
			   "Total GBP\t1,250.00\nPAYMENT ADVICE\tCustomer\tFenwick & Rowe Surveyors Ltd\n"
			   "To: Tregaron Timber Ltd\nStation Yard\nLampeter\nSA48 7HE\tDue Date\t18 Mar 2026\n";
	DmAddressBlockOwn own = { is_sender, "Tregaron Timber Ltd" };
	DmAddressBlock b;
	g_assert_true(dm_address_block_find(text, &own, &b));
	g_assert_cmpstr(b.name, ==, "Fenwick & Rowe Surveyors Ltd");
	g_assert_cmpstr(b.rule, ==, "window");
	g_assert_true(b.attention);
	dm_address_block_clear(&b);
	/* Near miss: without the sender's name to tell, the slip's label is the block. */
	g_assert_true(dm_address_block_find(text, NULL, &b));
	g_assert_cmpstr(b.name, ==, "Tregaron Timber Ltd");
	dm_address_block_clear(&b);
}

/* A company's register number closes the letterhead ("Company no. 10477213"): never the
 * debtor's name when the letterhead's own name is passed over (the mailbox names the debtor
 * then, header_name.c). */
static void
test_company_number_letterhead(void)
{
	const char *text = "Invoice\nMarlowe Research Ltd\tLakeshore Analytics Inc.\n"
			   "Suite 2, 2 Kingsway, London WC2B 6AA Attn: Accounts Payable\n"
			   "Company no. 10477213\t200 West Adams Street, Suite 900\nChicago, IL 60606, USA\n"
			   "Invoice #\tDate\nMR-2027-019\t8 March 2027\n";
	DmAddressBlockOwn own = { is_sender, "Marlowe Research Ltd" };
	DmAddressBlock b;
	gboolean found = dm_address_block_find(text, &own, &b);
	g_assert_false(found && g_str_has_prefix(b.name, "Company no."));
	dm_address_block_clear(&b);
}

static gboolean
begins_sender(const char *name, gconstpointer data)
{
	g_autofree char *folded = g_utf8_casefold(name, -1);
	return strlen(folded) >= 5 && g_str_has_prefix(data, folded);
}

/* The sender's name as a logo prints it, right on top of the window (no return line), is
 * passed over when the line under it names the debtor by itself. */
static void
test_logo_over_window(void)
{
	static const struct {
		const char *text, *sender, *want;
	} logos[] = {
		{ "Dorpsstraat 4\n6711 AB Ede\nSCHILDERWERKEN\tBOS\nMevr. C. van 't Hof\nDuinweg 17\n2202 BN Noordwijk\n"
		  "Factuurnummer\t00709/26\n", "schilderwerken bos", "Mevr. C. van 't Hof" },
		{ "Gewerbering 7\n79108 Freiburg\nKÄLTETECHNIK\tARSLAN\nBrauhaus Am Markt\nHerr Tobias Ederer\n"
		  "Marktplatz 3\n83022 Rosenheim\nRechnungsnummer\tINV-A/0793\n", "kältetechnik arslan", "Brauhaus Am Markt" },
		/* Near misses: the sender's own block, its legal form or its address on one line
		 * under its name, is no debtor's. */
		{ "Liebe Frau Gerber\nAtelier Nadja Bühler\nEinzelfirma\nSpalenberg 38\n4051 Basel\nRechnung\n",
		  "atelier nadja bühler", NULL },
		{ "Bouwbedrijf Kooistra\nIndustrieweg 14, 8401 AB Gorredijk\nDakwerken\nKerkstraat 1\n1234 AB Ergens\n",
		  "bouwbedrijf kooistra", NULL },
		/* Near misses: the sender's letterhead block (its firm or its owner under its
		 * logo) above the debtor's is the sender's; the debtor's block is below it. */
		{ "Bakkerij Jansen\nJansen Brood B.V.\nDorpsstraat 4\n6711 AB Ede\n\nMevr. A. de Boer\nKerkstraat 1\n"
		  "1234 AB Ergens\n\nFactuur\n", "bakkerij jansen", "Mevr. A. de Boer" },
		{ "Pritchard Plumbing\nPritchard Heating Services Ltd\n12 Mill Lane\nYork YO1 7HH\n\nMrs J. Hale\n"
		  "8 Bootham\nYork YO30 7BW\n\nInvoice\n", "pritchard plumbing", "Mrs J. Hale" },
		{ "Advocatenkantoor De Vries\nmr. J. de Vries\nKeizersgracht 1\n1015 AA Amsterdam\n\nMevr. A. de Boer\n"
		  "Kerkstraat 1\n1234 AB Ergens\n\nFactuur\n", "advocatenkantoor de vries", "Mevr. A. de Boer" },
		{ "Praxis Dr. Roth\nFrau Dr. med. Jana Roth\nHauptstraße 5\n79108 Freiburg\n\nHerrn Thomas Weber\n"
		  "Lindenweg 3\n79110 Freiburg\n\nRechnung\n", "praxis dr. roth", "Herrn Thomas Weber" },
		{ "Fietsenmaker Jansen\nDhr. P. Jansen\nDorpsstraat 4\n6711 AB Ede\n\nMevr. A. de Boer\nKerkstraat 1\n"
		  "1234 AB Ergens\n\nFactuur\n", "fietsenmaker jansen", "Mevr. A. de Boer" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(logos); i++) {
		DmAddressBlockOwn own = { begins_sender, logos[i].sender };
		DmAddressBlock b;
		gboolean found = dm_address_block_find(logos[i].text, &own, &b);
		g_assert_cmpint(found, ==, logos[i].want != NULL);
		g_assert_cmpstr(b.name, ==, logos[i].want);
		dm_address_block_clear(&b);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/address-block/", cases[i].name, NULL);
		g_test_add_data_func(path, GUINT_TO_POINTER(i), test_block);
	}
	g_test_add_func("/address-block/contact", test_contact);
	g_test_add_func("/address-block/couple-and-run-on", test_couple_and_run_on);
	g_test_add_func("/address-block/slip-to-sender", test_slip_to_sender);
	g_test_add_func("/address-block/company-number-letterhead", test_company_number_letterhead);
	g_test_add_func("/address-block/logo-over-window", test_logo_over_window);
	return g_test_run();
}
