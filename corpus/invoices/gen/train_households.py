"""train_households: a training split about the people billed (the households23 round, from
heldout23's brief, with its own firms, customers and wordings), and the mails from the same
firms to private persons that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): small firms
billing private persons, households and small bodies without an accounts department —
couples and families ("Dhr. en mevr. …", "Fam. …", "J. & M. …", "Herrn und Frau", "Eheleute",
"Mr & Mrs"), titles, initials, tussenvoegsels and particles ("mr. drs.", "Ir.", "Prof. Dr.
med.", "Mag."), a surname first, double and hyphenated surnames, names of many origins;
someone paying for someone else (a parent for a pupil, "p/a" a bewindvoerder, "c/o" a
Betreuungsverein, an estate care of a notary or solicitor, a landlord care of an agent, an
employer paying a course); an owners' association, a school, a sports club and a
Kleingartenverein; Postbus and Postfach, flat numbers ("3-hoog", "bus 3", "Whg. 4", "Flat 2",
"Top 7"), addresses abroad; address blocks with the window's return line above them, beside a
QR box, under a row of boxes, on the right; To headers with a nickname or another member of
the household.

Not invoices: a quote, an appointment confirmation with its price, a web-shop order paid
online, a card-payment receipt, a membership renewal by direct debit, a yearly statement for
the tax return, a deposit request before work starts, a price list, a direct-debit
pre-notification, a payment confirmation, the firm's own typed reminder, a newsletter with
prices, a credit-note announcement, a supplier's bill forwarded inside the firm, a school-trip
letter asking parents for a contribution.

Labels follow corpus/invoices/README.md lines 1-74 (forms of address dropped unless only a
surname would remain; academic titles and a household's word kept) and the calls settled in
later rounds: the person or body billed is the debtor over a t.a.v., c/o, p/a, z. Hd. line or
a guardian (a ward "p/a" a bewindvoerder or "c/o" a Betreuungsverein is the debtor); an estate
("Erven wijlen …", "Nachlass …", "Estate of the late …") is the debtor as printed, `business`
false; a parent billed for a pupil is the debtor, never the pupil; a name printed surname
first is the name as said ("Vries, de J." is `J. de Vries`); "Eheleute" and "Herrn und
Frau" drop like any form of address unless only a surname would remain; persons, couples,
households and estates are `business` false, an owners' association, a club, a school and
an employer true; `debtor_email` the envelope's recipient.  Written by hand for training
(the reader's rules are tuned on it); seeded; run it to write ../train-households.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, ogm  # noqa: E402

SEED = 20261206
rng = random.Random(SEED)
D = datetime.date


def eur(cents, lang):
    return mk.money_in("EUR", "nl" if lang == "be" else lang, cents)


def gbp(cents):
    return mk.money_in("GBP", "en", cents)


def chf(cents):
    return mk.money_in("CHF", "de", cents)


def vat(net, pct):
    return (net * pct + 50) // 100


# Firms: name, street, town line, mailbox, country of the IBAN, registration line.
FIRMS = {
    "veeg": ("Roetvrij Schoorsteenvegers", "Hanzeweg 18", "8061 RD Hasselt", "info@roetvrij-vegers.nl", "NL",
             "KvK 71230988 · btw NL002712309B61"),
    "piano": ("Pianostemmerij Oosterveld", "Brinkstraat 5", "7411 KP Deventer", "bram@pianostemmerij-oosterveld.nl",
              "NL", "KvK 55120873 · btw NL001551208B04"),
    "bijles": ("Huiswerkhuis Het Steigertje", "Torenlaan 44", "3742 CV Baarn", "administratie@hetsteigertje.nl",
               "NL", "KvK 68812340 · btw NL857881234B01"),
    "tuin": ("Hoveniersbedrijf Wilgenhof", "Polderdijk 9", "2631 PK Nootdorp", "facturen@wilgenhof-tuinen.nl", "NL",
             "KvK 27109812 · btw NL810910981B01"),
    "opvang": ("Kinderopvang De Vlinderboom", "Esdoornplein 2", "5613 HN Eindhoven", "ouders@vlinderboom.nl", "NL",
               "KvK 17229014 · btw NL819220140B01"),
    "loodgieter": ("Installatiebedrijf Kraan & Buis", "Spoorsingel 70", "6812 AW Arnhem",
                   "administratie@kraanenbuis.nl", "NL", "KvK 09128874 · btw NL809128874B01"),
    "steen": ("Steenhouwerij Het Gedenkteken", "Kerkpad 3", "4101 BK Culemborg", "info@hetgedenkteken.nl", "NL",
              "KvK 11098231 · btw NL001109823B02"),
    "kapper": ("Kapsalon Aan Huis Yvette", "Weidelanden 19", "8932 DM Leeuwarden", "yvette@kapperaanhuis.nl", "NL",
               "KvK 80123477"),
    "glazen": ("Glazenwasserij Helder Zicht", "Dokter Bakstraat 8", "1441 EG Purmerend", "info@helderzicht-glas.nl",
               "NL", "KvK 34877120 · btw NL003487712B01"),
    "bus": ("Touringcars Van Rijswijk", "Transportweg 12", "2991 LV Barendrecht", "boekingen@vanrijswijk-tours.nl",
            "NL", "KvK 24009871 · btw NL802400987B01"),
    "schrijn": ("Schrijnwerkerij Vandenbussche", "Ambachtenstraat 21", "8870 Izegem",
                "info@vandenbussche-schrijnwerk.be", "BE", "Ondernemingsnr. 0712.334.905 · btw BE 0712.334.905"),
    "dier": ("Dierenartsenpraktijk De Leiemeersen", "Leiestraat 102", "9000 Gent", "onthaal@leiemeersen-vet.be", "BE",
             "Ondernemingsnr. 0645.221.870 · btw BE 0645.221.870"),
    "tuinbe": ("Tuinaanleg Goossens", "Heidebaan 7", "2490 Balen", "facturatie@tuinaanleg-goossens.be", "BE",
               "Ondernemingsnr. 0534.118.702 · btw BE 0534.118.702"),
    "creche": ("Kinderdagverblijf Het Kabouterbos", "Kapelstraat 30", "3001 Heverlee", "administratie@kabouterbos.be",
               "BE", "Ondernemingsnr. 0823.555.107"),
    "window": ("Sparkle Bay Window Cleaning", "41 Marine Parade", "Whitley Bay NE26 1EN", "jobs@sparklebay.co.uk", "GB",
               "Sole trader · UTR 8812 33409"),
    "tutor": ("Brackenfield Tutors", "9 Elm Row", "Harrogate HG1 2PN", "office@brackenfieldtutors.co.uk", "GB",
              "Company No. 12098711"),
    "vet": ("Ashcombe Veterinary Surgery", "The Green", "Ashcombe, Devon EX7 0QB", "reception@ashcombevets.co.uk", "GB",
            "Company No. 08812345 · VAT Reg. GB 204 1187 22"),
    "firstaid": ("Lifeline First Aid Training Ltd", "Unit 6, Kelham Yard", "Sheffield S3 8RY",
                 "bookings@lifeline-firstaid.co.uk", "GB", "Company No. 10987612 · VAT Reg. GB 311 2298 04"),
    "clock": ("Penhallow Clock Repairs", "3 Chapel Street", "Penzance TR18 4AJ", "mark@penhallowclocks.co.uk", "GB",
              "Sole trader"),
    "bouncy": ("Jumping Jacks Party Hire", "Unit 2, Mill Lane", "Chelmsford CM2 6NR", "hello@jumpingjackshire.co.uk",
               "GB", "Company No. 11290876"),
    "roof": ("Carrigmore Roofing", "Main Street", "Bandon, Co. Cork P72 XW40", "office@carrigmoreroofing.ie", "IE",
             "VAT IE 3398127RH"),
    "pitch": ("Greenline Sports Surfaces Ltd", "Unit 14, Ballycoolin Business Park", "Dublin 15 D15 K2P9",
              "accounts@greenlinesports.ie", "IE", "CRO 598231 · VAT IE 9871120S"),
    "klavier": ("Klavierwerkstatt Lindqvist", "Gartenstraße 17", "79098 Freiburg", "stimmung@klavier-lindqvist.de",
                "DE", "Steuernr. 06401/12877"),
    "sanitaer": ("Sanitär Kowalczyk GmbH", "Industriestraße 40", "44147 Dortmund", "rechnung@kowalczyk-sanitaer.de",
                 "DE", "HRB 28871 Dortmund · USt-IdNr. DE312990871"),
    "tanz": ("Tanzschule Taktgefühl", "Marktplatz 2", "35037 Marburg", "kurse@tanzschule-taktgefuehl.de", "DE",
             "USt-IdNr. DE287711209"),
    "pflege": ("Haushaltshilfe Sonnenschein", "Bahnhofstraße 88", "49074 Osnabrück", "abrechnung@hh-sonnenschein.de",
               "DE", "Steuernr. 66/120/33871"),
    "raeum": ("Entrümpelung Brandtner", "Am Hafen 5", "48143 Münster", "info@entruempelung-brandtner.de", "DE",
              "Steuernr. 337/5021/4418"),
    "zaun": ("Zaunbau Petersen", "Dorfstraße 31", "24223 Schwentinental", "buero@zaunbau-petersen.de", "DE",
             "USt-IdNr. DE301223871"),
    "nachhilfe": ("Lernstudio Kopfsache", "Schillerstraße 9", "01069 Dresden", "eltern@lernstudio-kopfsache.de", "DE",
                  "Steuernr. 203/266/11083"),
    "kehrer": ("Rauchfangkehrermeister Pichler", "Hauptplatz 4", "3100 St. Pölten", "office@rauchfang-pichler.at", "AT",
               "UID ATU68120984"),
    "musik": ("Musikwerkstatt Alpenklang", "Kirchgasse 11", "6020 Innsbruck", "verwaltung@alpenklang-musik.at", "AT",
              "UID ATU71230877"),
    "maler": ("Malergeschäft Ammann AG", "Seestrasse 120", "8703 Erlenbach ZH", "buchhaltung@ammann-maler.ch", "CH",
              "CHE-112.908.331 MWST"),
    "schule": ("Basisschool De Regenboog", "Schoolstraat 4", "3811 MA Amersfoort", "administratie@bsderegenboog.nl",
               "NL", "Brin 12AB"),
}

IBANS = {k: mk.iban(rng, v[4]) for k, v in FIRMS.items()}

QR_WORDS = {"nl": "Scan & betaal", "be": "Scan om te betalen", "de": "Mit QR bezahlen", "en": "Scan to pay"}


def sheet(key, block, facts, title, lines, totals, notes, layout="window", lang="nl", label=None):
    """One A4 page: the firm's letterhead, the customer's block placed as @layout says —
    "window" (the return line above the block, facts in the right column), "right" (block in a
    right-hand window, facts on the left), "boxes" (a row of boxes above the block), "qr" (a
    QR box beside the block) —, then the lines, totals, notes and the footer."""
    name, street, town, mailbox, _c, reg = FIRMS[key]
    ib = mk.iban_spaced(IBANS[key])
    p = mk.Page()
    p.text(56, 54, name, size=14, bold=True)
    p.text(56, 68, "%s, %s · %s" % (street, town, mailbox), size=8)
    ret = "%s · %s · %s" % (name, street, town)
    if layout == "right":
        p.text(320, 126, ret, size=6)
        for i, ln in enumerate(block):
            p.text(320, 142 + 13 * i, ln, size=10)
        for i, (lab, val) in enumerate(facts):
            p.text(56, 142 + 13 * i, lab, size=8.5)
            p.text(150, 142 + 13 * i, val, size=8.5)
        y = 142 + 13 * max(len(block), len(facts)) + 30
    elif layout == "boxes":
        for col, (lab, val) in enumerate(facts):
            x = 56 + col * 122
            p.rule(x, 112, x + 114, 112)
            p.text(x, 122, lab, size=7)
            p.text(x, 134, val, size=9)
            p.rule(x, 140, x + 114, 140)
        p.text(56, 160, ret, size=6)
        for i, ln in enumerate(block):
            p.text(56, 176 + 13 * i, ln, size=10)
        y = 176 + 13 * len(block) + 30
    else:
        p.text(56, 126, ret, size=6)
        yb = 142
        if label:
            p.text(56, 142, label, size=7.5, bold=True)
            yb = 156
        for i, ln in enumerate(block):
            p.text(56, yb + 13 * i, ln, size=10)
        if layout == "qr":
            p.rule(250, 134, 310, 134)
            p.rule(250, 194, 310, 194)
            p.rule(250, 134, 250, 194)
            p.rule(310, 134, 310, 194)
            p.text(252, 204, QR_WORDS[lang], size=6.5)
        for i, (lab, val) in enumerate(facts):
            p.text(360, 142 + 13 * i, lab, size=8.5)
            p.right(539, 142 + 13 * i, val, size=8.5)
        y = max(yb + 13 * len(block), 142 + 13 * len(facts), 210 if layout == "qr" else 0) + 30
    p.text(56, y, title, size=15, bold=True)
    y += 24
    y = p.line_rows(y, lines)
    y = p.totals_notes(y, totals, notes, ib)
    p.text(56, 800, "%s · %s · IBAN %s" % (name, reg, ib), size=6.5)
    return [p]


def invoice(out, key, lang, debtor, rcpt, business, number, issue, subject, due, due_cents, total_cents,
            to_header=None, cover=None, pages=None, text=None, html=None, ref=None, cur="EUR", note="",
            pdf_name=None):
    name, _s, _t, mailbox, _c, _r = FIRMS[key]
    ib = mk.iban_spaced(IBANS[key])
    to = to_header or rcpt
    eml, kind = mk.mail_in_kind(rng, mailbox, name, to, subject, issue, cover, pages, html, text, ib)
    exp = mk.expected(number, due_cents, total_cents, issue, due, debtor, rcpt, IBANS[key], business,
                      "nl" if lang == "be" else lang, reference=ref, currency=cur)
    rid = "inv-hh-%03d" % (len(out) + 1)
    out.append(mk.record(rid, "households", "nl" if lang == "be" else lang, kind,
                         {"mail_from": mailbox, "rcpt_to": [rcpt]}, eml, pages=pages,
                         pdf_filename=pdf_name or ("%s.pdf" % number.replace("/", "-") if pages else None),
                         expected=exp, note=note))


def nl_totals(net, pct, lang="nl", due_label="Te betalen"):
    return [("Subtotaal", eur(net, lang), False), ("Btw %d%%" % pct, eur(vat(net, pct), lang), False),
            (due_label, eur(net + vat(net, pct), lang), True)]


def de_totals(net, pct, due_label="Rechnungsbetrag"):
    return [("Nettobetrag", eur(net, "de"), False), ("USt. %d %%" % pct, eur(vat(net, pct), "de"), False),
            (due_label, eur(net + vat(net, pct), "de"), True)]


def build_invoices():
    out = []

    # 1. nl chimney sweep: a couple by surname only, the window's return line above the block.
    i = D(2026, 11, 24)
    n = "RV-26-0412"
    net = 8900
    tot = net + vat(net, 21)
    invoice(out, "veeg", "nl", "Dhr. en mevr. Verbeek", "hverbeek58@ziggo.nl", False, n, i,
            "Factuur %s schoorsteen vegen" % n, i + days(14), tot, tot,
            cover="Beste meneer en mevrouw Verbeek,\n\nBedankt voor uw afspraak. In de bijlage vindt u de factuur "
                  "voor het vegen van de schoorsteen.\n\nMet vriendelijke groet,\nRoetvrij Schoorsteenvegers",
            pages=sheet("veeg", ["Dhr. en mevr. Verbeek", "Lindenhof 14", "8024 BK Zwolle"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Klantnummer", "3318")],
                        "Factuur",
                        [("Vegen rookkanaal open haard incl. veegcertificaat", eur(net, "nl"))],
                        nl_totals(net, 21),
                        ["Graag binnen 14 dagen overmaken op {iban} t.n.v. Roetvrij Schoorsteenvegers."]),
            note="a couple by surname only keeps its forms; the return line above the window")

    # 2. nl piano tuner: a household with a double surname on a street named Familielaan; block right.
    i = D(2026, 11, 26)
    n = "2026-118"
    net = 11500
    tot = net + vat(net, 21)
    invoice(out, "piano", "nl", "Fam. Jansen-Bouali", "thuis.jansenbouali@gmail.com", False, n, i,
            "Factuur stemmen piano", i + days(14), tot, tot,
            to_header="Jansen thuis <thuis.jansenbouali@gmail.com>",
            cover="Hallo,\n\nHierbij de factuur voor het stemmen van jullie Yamaha van afgelopen dinsdag.\n\n"
                  "Groet,\nBram Oosterveld",
            pages=sheet("piano", ["Fam. Jansen-Bouali", "Familielaan 22", "3702 CK Zeist"],
                        [("Factuur", n), ("Datum", mk.date_in("nl", i)), ("Vervaldatum", mk.date_in("nl", i + days(14)))],
                        "FACTUUR",
                        [("Stemmen piano (Yamaha U1), incl. voorrijkosten", eur(net, "nl"))],
                        nl_totals(net, 21, due_label="Totaal"),
                        ["Betaling op {iban} o.v.v. het factuurnummer."], layout="right"),
            note="a household's word kept; the street 'Familielaan' is no family")

    # 3. nl homework help: parents with joined initials billed for their son; flat on the 3rd floor.
    i = D(2026, 12, 1)
    n = "HS-2026-0917"
    tot = 34500
    invoice(out, "bijles", "nl", "J. & M. van den Broek-de Haan", "marloes.vdbroek@hotmail.com", False, n, i,
            "Factuur huiswerkbegeleiding december – Sem", i + days(14), tot, tot,
            to_header="Marloes <marloes.vdbroek@hotmail.com>",
            cover="Beste ouders van Sem,\n\nIn de bijlage de factuur voor de huiswerkbegeleiding in december.\n\n"
                  "Hartelijke groet,\nHuiswerkhuis Het Steigertje",
            pages=sheet("bijles", ["J. & M. van den Broek-de Haan", "Rozengracht 112-3 hoog", "1016 NH Amsterdam"],
                        [("Factuurnr.", n), ("Datum", mk.date_in("nl", i)), ("Leerling", "Sem van den Broek"),
                         ("Groep", "brugklas havo")],
                        "Factuur",
                        [("Huiswerkbegeleiding 4 middagen per week, december 2026", eur(tot, "nl"))],
                        [("Totaal (vrijgesteld van btw)", eur(tot, "nl"), True)],
                        ["Wij verzoeken u het bedrag binnen 14 dagen over te maken op {iban}."]),
            note="parents with initials joined by '&' and a double surname; the pupil in the facts; '3 hoog'")

    # 4. nl gardener: mr. drs. with initials and 'van der', a Postbus.
    i = D(2026, 11, 30)
    n = "WH260388"
    net = 64750
    tot = net + vat(net, 21)
    invoice(out, "tuin", "nl", "mr. drs. A.B. van der Linden", "ab.vanderlinden@kpnmail.nl", False, n, i,
            "Factuur WH260388 – snoeiwerk november", i + days(30), tot, tot,
            cover="Geachte heer Van der Linden,\n\nBijgaand treft u onze factuur aan voor het snoeien van de "
                  "leilindes en het afvoeren van het snoeiafval.\n\nMet vriendelijke groet,\nHoveniersbedrijf Wilgenhof",
            pages=sheet("tuin", ["mr. drs. A.B. van der Linden", "Postbus 118", "2260 AC Leidschendam"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Debiteurnr.", "10442"),
                         ("Werkadres", "Veursestraatweg 201")],
                        "Factuur",
                        [("Snoeien leilindes (6 st.), 7,5 uur à € 52,00", eur(39000, "nl")),
                         ("Afvoer snoeiafval", eur(25750, "nl"))],
                        nl_totals(net, 21),
                        ["Betalingstermijn 30 dagen na factuurdatum. IBAN {iban}."]),
            note="academic titles and initials kept; a Postbus; a work address in the facts")

    # 5. nl childcare: an engineer's title, To header 'Mama'; a QR box beside the block.
    i = D(2026, 11, 28)
    n = "VB-2026-12-0233"
    tot = 182412
    invoice(out, "opvang", "nl", "Ir. K. de Jong", "kdejong.thuis@gmail.com", False, n, i,
            "Factuur opvang december 2026 (Lotte)", D(2026, 12, 31), tot, tot,
            to_header="Mama <kdejong.thuis@gmail.com>",
            cover="Beste ouder,\n\nDe factuur voor de opvang van Lotte in december staat in de bijlage. Het "
                  "bedrag wordt niet automatisch geïncasseerd.\n\nKinderopvang De Vlinderboom",
            pages=sheet("opvang", ["Ir. K. de Jong", "Kastanjelaan 8", "5616 LZ Eindhoven"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Kind", "Lotte de Jong"),
                         ("Contract", "KDV 4 dagen")],
                        "Factuur kinderopvang",
                        [("Dagopvang december 2026, 17 dagen x 11 uur", eur(tot, "nl"))],
                        [("Totaal", eur(tot, "nl"), True)],
                        ["Te voldoen vóór 31-12-2026 op {iban} t.n.v. Kinderopvang De Vlinderboom."], layout="qr"),
            note="'Ir.' kept; the To header shows 'Mama'; a QR box beside the block")

    # 6. nl plumber: a landlord p/a his management office, the tenant's flat in the lines.
    i = D(2026, 12, 2)
    n = "KB-26-1174"
    net = 28640
    tot = net + vat(net, 21)
    invoice(out, "loodgieter", "nl", "P.J. Smit", "facturen@beheerwijnands.nl", False, n, i,
            "Factuur KB-26-1174 lekkage Steenstraat 31-II", i + days(14), tot, tot,
            cover="Geachte heer Smit,\n\nOp verzoek van uw huurder hebben wij de lekkage onder het aanrecht "
                  "verholpen. De factuur is bijgevoegd.\n\nMet vriendelijke groet,\nKraan & Buis",
            pages=sheet("loodgieter", ["P.J. Smit", "p/a Beheerkantoor Wijnands", "Postbus 2204", "6802 CE Arnhem"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)),
                         ("Werkadres", "Steenstraat 31-II"), ("Melding door", "huurder mevr. Doğan")],
                        "Factuur",
                        [("Lekkage afvoer keuken verholpen, 1,5 uur", eur(12600, "nl")),
                         ("Sifon en koppelingen", eur(4540, "nl")), ("Voorrijkosten", eur(11500, "nl"))],
                        nl_totals(net, 21),
                        ["Betaling binnen 14 dagen op {iban}, onder vermelding van het factuurnummer."]),
            note="a landlord 'p/a' his management office: he is the debtor; the tenant only in the facts")

    # 7. nl stonemason: the heirs of the late … p/a a notary.
    i = D(2026, 11, 27)
    n = "GT-2026-044"
    net = 215000
    tot = net + vat(net, 21)
    invoice(out, "steen", "nl", "Erven wijlen J.H. Bakker", "secretariaat@notarisvanloon.nl", False, n, i,
            "Factuur GT-2026-044 grafmonument", i + days(30), tot, tot,
            cover="Geachte heer Van Loon,\n\nZoals afgesproken sturen wij de factuur voor het grafmonument aan u, "
                  "ter afwikkeling van de nalatenschap.\n\nMet vriendelijke groet,\nSteenhouwerij Het Gedenkteken",
            pages=sheet("steen", ["Erven wijlen J.H. Bakker", "p/a Notariskantoor Van Loon", "Kerkstraat 40",
                                  "4101 BD Culemborg"],
                        [("Factuurnummer", n), ("Datum", mk.date_in("nl", i)), ("Dossier", "nalatenschap Bakker")],
                        "Factuur",
                        [("Staande steen hardsteen 100x60 cm, belettering", eur(185000, "nl")),
                         ("Plaatsing en fundering", eur(30000, "nl"))],
                        nl_totals(net, 21),
                        ["Gelieve binnen 30 dagen te voldoen op {iban}."]),
            note="an estate 'Erven wijlen' p/a a notary: the estate as printed, no business")

    # 8. nl hairdresser at home: a ward p/a her bewindvoerder.
    i = D(2026, 11, 30)
    n = "YV-112"
    tot = 8550
    invoice(out, "kapper", "nl", "T. Hoekstra-Visser", "post@bewindvoeringopkoers.nl", False, n, i,
            "Nota kapper november mevr. Hoekstra", i + days(14), tot, tot,
            cover="Goedemiddag,\n\nHierbij de nota voor het knippen van mevrouw Hoekstra in november (3 keer).\n\n"
                  "Groetjes,\nYvette",
            pages=sheet("kapper", ["Mevr. T. Hoekstra-Visser", "p/a Bewindvoering Op Koers", "Postbus 331",
                                   "8901 BC Leeuwarden"],
                        [("Notanummer", n), ("Datum", mk.date_in("nl", i)), ("Adres bezoek", "Zorgcentrum De Aak, app. 12")],
                        "Nota",
                        [("Knippen en föhnen aan huis, 3x à € 28,50", eur(tot, "nl"))],
                        [("Totaal", eur(tot, "nl"), True)],
                        ["Graag binnen 14 dagen op {iban} o.v.v. het notanummer."]),
            note="a ward 'p/a' her bewindvoerder is the debtor; a 'nota'; an apartment number in the facts")

    # 9. nl window cleaner, typed: an owners' association p/a its administrator.
    i = D(2026, 12, 1)
    n = "HZ-26-5521"
    net = 42000
    tot = net + vat(net, 21)
    invoice(out, "glazen", "nl", "VvE Parkzicht 12-48", "vve@dalenbeheer.nl", True, n, i,
            "Factuur HZ-26-5521 glasbewassing VvE Parkzicht", i + days(21), tot, tot,
            to_header="Van Dalen VvE-beheer <vve@dalenbeheer.nl>",
            text="Geachte beheerder,\n\nHierbij onze factuur voor het wassen van de gemeenschappelijke ramen en "
                 "trappenhuizen.\n\nFactuur aan:\nVvE Parkzicht 12-48\np/a Van Dalen VvE-beheer\nWesterstraat 9\n"
                 "1441 AR Purmerend\n\nFactuurnummer: %s\nFactuurdatum: %s\n\nGlasbewassing november 2026   %s\n"
                 "Btw 21%%                       %s\nTotaal                         %s\n\nBetaling binnen 21 dagen op "
                 "{iban} t.n.v. Glazenwasserij Helder Zicht.\n\nMet vriendelijke groet,\nGlazenwasserij Helder Zicht"
                 % (n, mk.date_in("nl", i), eur(net, "nl"), eur(vat(net, 21), "nl"), eur(tot, "nl")),
            note="a VvE p/a its administrator, typed in the mail")

    # 10. nl coach firm: a school billed for a class trip, the teacher's attention.
    i = D(2026, 11, 25)
    n = "R-2026-1408"
    net = 98000
    tot = net + vat(net, 9)
    invoice(out, "bus", "nl", "OBS De Wilgenhoek", "administratie@obsdewilgenhoek.nl", True, n, i,
            "Factuur R-2026-1408 excursie groep 8", i + days(30), tot, tot,
            cover="Beste juf Anouk,\n\nHierbij de factuur voor de bus naar het Rijksmuseum met groep 8. Wilt u hem "
                  "doorzetten naar de administratie?\n\nTouringcars Van Rijswijk",
            pages=sheet("bus", ["OBS De Wilgenhoek", "t.a.v. juf A. Brouwer (groep 8)", "Schoolpad 1",
                                "2992 XK Barendrecht"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Ritdatum", "18-11-2026")],
                        "Factuur",
                        [("Touringcar 50 personen, Barendrecht – Amsterdam v.v.", eur(net, "nl"))],
                        nl_totals(net, 9),
                        ["Betaling binnen 30 dagen op {iban}."]),
            note="a school billed for a class trip; a teacher's attention line under it")

    # 11. be joiner: a couple by a double surname only, OGM, the block right.
    i = D(2026, 11, 23)
    n = "2026/0311"
    net = 246000
    tot = net + vat(net, 6)
    ref = ogm("0311202677")
    invoice(out, "schrijn", "be", "Dhr. en Mevr. Vanhoutte-De Smet", "gert.vanhoutte@telenet.be", False, n, i,
            "Factuur 2026/0311 trap", i + days(30), tot, tot, ref=ref,
            cover="Beste,\n\nIn bijlage vindt u de factuur voor de plaatsing van de trap. Gelieve de gestructureerde "
                  "mededeling te gebruiken.\n\nMet vriendelijke groeten,\nSchrijnwerkerij Vandenbussche",
            pages=sheet("schrijn", ["Dhr. en Mevr. Vanhoutte-De Smet", "Rijksweg 55", "8710 Wielsbeke"],
                        [("Factuurnummer", n), ("Factuurdatum", mk.date_in("be", i)),
                         ("Vervaldag", mk.date_in("be", i + days(30))), ("Klant", "K-0871")],
                        "FACTUUR",
                        [("Eiken trap op maat, geplaatst", eur(net, "nl"))],
                        [("Maatstaf van heffing", eur(net, "nl"), False), ("Btw 6%", eur(vat(net, 6), "nl"), False),
                         ("Te betalen", eur(tot, "nl"), True)],
                        ["Btw 6% – woning ouder dan 10 jaar, privégebruik (verklaring klant).",
                         "Te betalen op {iban} met mededeling %s." % ref], layout="right", lang="be"),
            note="Flemish couple by double surname only; structured communication")

    # 12. be vet: a person with 'Mevrouw' and a 'bus' number, under boxes.
    i = D(2026, 12, 1)
    n = "F26-02210"
    net = 13220
    tot = net + vat(net, 21)
    invoice(out, "dier", "be", "Lieve Claes", "lieve.claes@skynet.be", False, n, i,
            "Uw factuur F26-02210 – Dierenartsenpraktijk De Leiemeersen", i + days(15), tot, tot,
            cover="Beste mevrouw Claes,\n\nIn bijlage de factuur voor de vaccinatie en controle van Bella.\n\n"
                  "Vriendelijke groeten,\nHet onthaal",
            pages=sheet("dier", ["Mevrouw Lieve Claes", "Kortrijksesteenweg 210 bus 3", "9830 Sint-Martens-Latem"],
                        [("Klantnummer", "C-11873"), ("Factuurnummer", n), ("Datum", mk.date_in("be", i)),
                         ("Patiënt", "Bella (hond)")],
                        "Factuur",
                        [("Consultatie en jaarlijkse vaccinatie", eur(8500, "nl")),
                         ("Ontwormingsmiddel", eur(4720, "nl"))],
                        nl_totals(net, 21, "be"),
                        ["Te betalen binnen 15 dagen op {iban}."], layout="boxes", lang="be"),
            note="'Mevrouw' dropped; 'bus 3'; the boxes above the block")

    # 13. be garden: the name surname first, as the firm's software prints it.
    i = D(2026, 11, 29)
    n = "TG-26-184"
    net = 87500
    tot = net + vat(net, 21)
    ref = ogm("2611841204")
    invoice(out, "tuinbe", "be", "J. de Vries", "jdevries.mol@gmail.com", False, n, i,
            "Factuur TG-26-184", i + days(30), tot, tot, ref=ref,
            cover="Beste meneer De Vries,\n\nHierbij de factuur voor de aanleg van de haag.\n\nTuinaanleg Goossens",
            pages=sheet("tuinbe", ["Vries, de J.", "Sluisstraat 18", "2400 Mol"],
                        [("Factuur", n), ("Datum", mk.date_in("be", i)), ("Vervaldatum", mk.date_in("be", i + days(30)))],
                        "Factuur",
                        [("Haagbeuk 80 m, geleverd en geplant", eur(62500, "nl")), ("Arbeid 2 man, 1 dag", eur(25000, "nl"))],
                        nl_totals(net, 21, "be"),
                        ["Overschrijving op {iban} met mededeling %s." % ref], lang="be"),
            note="the name surname first with the particle after it: read as said")

    # 14. be day care: a household with two surnames joined by a dash with spaces.
    i = D(2026, 11, 30)
    n = "KB/2026/1188"
    tot = 61200
    ref = ogm("2026118805")
    invoice(out, "creche", "be", "Fam. Wouters - De Clercq", "wouters.declercq@outlook.be", False, n, i,
            "Maandfactuur opvang november – Fam. Wouters - De Clercq", i + days(14), tot, tot, ref=ref,
            to_header="Jan & Els <wouters.declercq@outlook.be>",
            cover="Beste ouders,\n\nIn bijlage de maandfactuur voor de opvang van Mats in november.\n\nHet Kabouterbos",
            pages=sheet("creche", ["Fam. Wouters - De Clercq", "Naamsesteenweg 400", "3001 Heverlee"],
                        [("Factuurnummer", n), ("Datum", mk.date_in("be", i)), ("Kind", "Mats Wouters")],
                        "Maandfactuur",
                        [("Opvang november 2026, 18 dagen x € 34,00", eur(tot, "nl"))],
                        [("Te betalen", eur(tot, "nl"), True)],
                        ["Gelieve te betalen binnen 14 dagen op {iban} met mededeling %s." % ref], lang="be"),
            note="a household of two surnames; the To header shows 'Jan & Els'")

    # 15. en window cleaner, typed: Mr & Mrs with a surname only, a flat number.
    i = D(2026, 12, 1)
    n = "SB-2291"
    tot = 3600
    invoice(out, "window", "en", "Mr & Mrs O'Neill", "oneill.family@btinternet.com", False, n, i,
            "Invoice SB-2291 - window clean 28 Nov", i + days(7), tot, tot, cur="GBP",
            text="Hi both,\n\nThanks as always - invoice below for Friday's clean.\n\nINVOICE %s\nDate: %s\n\n"
                 "To:\nMr & Mrs O'Neill\nFlat 2, 17 Harbour View\nTynemouth NE30 4BX\n\nWindows inside and out, "
                 "conservatory roof   %s\nAmount due: %s\n\nPayment within 7 days please, to Sparkle Bay Window "
                 "Cleaning, IBAN {iban} (sort code in the footer of my texts).\n\nCheers,\nDean"
                 % (n, mk.date_in("en", i), gbp(tot), gbp(tot)),
            note="'Mr & Mrs' kept with a surname only; a flat number; typed")

    # 16. en tutor: a parent billed for a pupil; the pupil named in a 're:' line.
    i = D(2026, 11, 30)
    n = "BT-0931"
    tot = 28000
    invoice(out, "tutor", "en", "P. Okonkwo", "p.okonkwo@outlook.com", False, n, i,
            "Invoice BT-0931 - maths tuition (Chidi), November", i + days(14), tot, tot, cur="GBP",
            cover="Dear Mrs Okonkwo,\n\nPlease find attached the invoice for Chidi's maths tuition in November.\n\n"
                  "Kind regards,\nHelen Marsh\nBrackenfield Tutors",
            pages=sheet("tutor", ["Mrs P. Okonkwo", "14 Duchy Road", "Harrogate HG1 2ER"],
                        [("Invoice no.", n), ("Invoice date", mk.date_in("en", i)), ("Student", "Chidi Okonkwo (Y11)"),
                         ("Tutor", "H. Marsh")],
                        "Invoice",
                        [("GCSE maths tuition, 7 sessions x £40.00", gbp(tot))],
                        [("Total due", gbp(tot), True)],
                        ["Payment within 14 days by bank transfer to {iban}. Not VAT registered."]),
            note="a parent billed for a pupil; 'Mrs' dropped before initials")

    # 17. en vet: two persons named one by one, a title on the first.
    i = D(2026, 11, 26)
    n = "ASV-118723"
    net = 18400
    tot = net + vat(net, 20)
    invoice(out, "vet", "en", "Dr Rajinder Sandhu & Amy Cole", "amy.cole@icloud.com", False, n, i,
            "Your invoice ASV-118723 from Ashcombe Veterinary Surgery", i + days(14), tot, tot, cur="GBP",
            to_header="Amy <amy.cole@icloud.com>",
            cover="Dear Amy and Rajinder,\n\nThank you for bringing Pepper in. Your invoice is attached.\n\n"
                  "Ashcombe Veterinary Surgery",
            pages=sheet("vet", ["Dr Rajinder Sandhu & Ms Amy Cole", "Rose Cottage, Church Lane", "Ashcombe",
                                "Dawlish EX7 0PQ"],
                        [("Account", "AC-4471"), ("Invoice", n), ("Date", mk.date_in("en", i)),
                         ("Patient", "Pepper (cat)")],
                        "Invoice", [("Consultation", gbp(4800)), ("Dental scale and polish", gbp(13600))],
                        [("Subtotal", gbp(net), False), ("VAT 20%", gbp(vat(net, 20)), False),
                         ("Balance due", gbp(tot), True)],
                        ["Please pay within 14 days: {iban}."], layout="boxes", lang="en"),
            note="a couple named one by one; a UK house name; the account boxes above the block")

    # 18. en first-aid course: an employer paying for an employee's course.
    i = D(2026, 12, 2)
    n = "LFA-26-0619"
    net = 22500
    tot = net + vat(net, 20)
    invoice(out, "firstaid", "en", "Brightside Dental Ltd", "practice@brightsidedental.co.uk", True, n, i,
            "Invoice LFA-26-0619 - First Aid at Work, delegate J. Pike", i + days(30), tot, tot, cur="GBP",
            cover="Hello,\n\nAttached is the invoice for Jo Pike's place on the First Aid at Work course.\n\n"
                  "Lifeline First Aid Training",
            pages=sheet("firstaid", ["Brightside Dental Ltd", "FAO Practice Manager", "2 Abbey Street",
                                     "Rotherham S60 1QT"],
                        [("Invoice number", n), ("Invoice date", mk.date_in("en", i)), ("Delegate", "Ms Jo Pike"),
                         ("Course date", "24-26 Nov 2026")],
                        "INVOICE",
                        [("First Aid at Work (3 days), 1 delegate", gbp(net))],
                        [("Net", gbp(net), False), ("VAT @ 20%", gbp(vat(net, 20)), False), ("Total", gbp(tot), True)],
                        ["Terms: 30 days. Bank: {iban}."], lang="en"),
            note="an employer paying for an employee's course; the delegate in the facts")

    # 19. en clock repair: an estate care of solicitors.
    i = D(2026, 11, 24)
    n = "PCR/26/077"
    tot = 38500
    invoice(out, "clock", "en", "Estate of the late Arthur Penrose", "probate@trevithickrowe.co.uk", False, n, i,
            "Invoice PCR/26/077 - longcase clock", i + days(28), tot, tot, cur="GBP",
            cover="Dear Ms Rowe,\n\nAs discussed, the invoice for restoring the longcase clock is attached, addressed "
                  "to the estate.\n\nYours sincerely,\nMark Penhallow",
            pages=sheet("clock", ["Estate of the late Arthur Penrose", "c/o Trevithick & Rowe Solicitors",
                                  "12 Alverton Street", "Penzance TR18 2QW"],
                        [("Invoice", n), ("Date", mk.date_in("en", i)), ("Your ref", "AR/PEN/0412")],
                        "Invoice",
                        [("Overhaul of eight-day longcase movement", gbp(30000)), ("Collection and delivery", gbp(8500))],
                        [("Total due", gbp(tot), True)],
                        ["Payment within 28 days to {iban}, quoting the invoice number."], lang="en"),
            note="an estate c/o solicitors: the estate as printed")

    # 20. ie roofer: a couple by first names and an Irish surname, Eircode.
    i = D(2026, 11, 27)
    n = "CR-1187"
    net = 184000
    vat_ie = (net * 135 + 500) // 1000
    tot = net + vat_ie
    invoice(out, "roof", "en", "Seán & Áine Mac Giolla Phádraig", "aine.macgiolla@eircom.net", False, n, i,
            "Invoice CR-1187 - slating repairs", i + days(21), tot, tot,
            cover="Hi Áine,\n\nInvoice attached for the slating and the valley repair.\n\nThanks,\nColm\n"
                  "Carrigmore Roofing",
            pages=sheet("roof", ["Seán & Áine Mac Giolla Phádraig", "Cnoc na Gaoithe", "Ballinadee",
                                 "Co. Cork P72 HK31"],
                        [("Invoice No.", n), ("Date", mk.date_in("en", i)), ("Job", "Ballinadee")],
                        "INVOICE",
                        [("Replace 40 slates and re-line valley", eur(net, "en"))],
                        [("Subtotal", eur(net, "en"), False), ("VAT 13.5%", eur(vat_ie, "en"), False),
                         ("Total", eur(tot, "en"), True)],
                        ["Payment within 21 days to {iban}."], lang="en"),
            note="first names joined by '&' and an Irish surname of three words; Eircode; an Irish house name")

    # 21. ie pitch firm: a sports club c/o its treasurer.
    i = D(2026, 11, 30)
    n = "GSS-4410"
    net = 560000
    tot = net + vat(net, 23)
    invoice(out, "pitch", "en", "Kilbrack GAA Club", "treasurer.kilbrack@gmail.com", True, n, i,
            "Invoice GSS-4410 - pitch drainage", i + days(30), tot, tot,
            cover="Dear Declan,\n\nPlease find the invoice for the pitch drainage works attached, for the club's "
                  "committee.\n\nGreenline Sports Surfaces",
            pages=sheet("pitch", ["Kilbrack GAA Club", "c/o Mr Declan Foley, Treasurer", "Kilbrack, Co. Westmeath",
                                  "N91 X2C7"],
                        [("Invoice number", n), ("Invoice date", mk.date_in("en", i)), ("Project", "Pitch 1 drainage")],
                        "Invoice",
                        [("Sand-slit drainage, pitch 1", eur(net, "en"))],
                        [("Net", eur(net, "en"), False), ("VAT 23%", eur(vat(net, 23), "en"), False),
                         ("Total due", eur(tot, "en"), True)],
                        ["Terms 30 days. {iban}."], lang="en"),
            note="a sports club c/o its treasurer: the club")

    # 22. en party hire: a school's parent-teacher association, HTML.
    i = D(2026, 11, 23)
    n = "JJ-0884"
    tot = 19500
    invoice(out, "bouncy", "en", "Friends of Moulsham Infant School", "fomis.treasurer@gmail.com", True, n, i,
            "Invoice JJ-0884 - Christmas fair", i + days(14), tot, tot, cur="GBP",
            html="<p>Hi Claire,</p><p>Thanks for booking us for the Christmas fair!</p>"
                 "<table><tr><td><b>Invoice</b></td><td>%s</td></tr><tr><td>Date</td><td>%s</td></tr>"
                 "<tr><td>Bill to</td><td>Friends of Moulsham Infant School<br>c/o Mrs C. Dunmore (Treasurer)<br>"
                 "Princes Road<br>Chelmsford CM2 9DG</td></tr></table>"
                 "<p>Castle and slide hire, 1 day: %s<br><b>Total due: %s</b></p>"
                 "<p>Please pay within 14 days to IBAN {iban}.</p><p>Jumping Jacks Party Hire</p>"
                 % (n, mk.date_in("en", i), gbp(tot), gbp(tot)),
            note="a PTA c/o its treasurer, in HTML")

    # 23. de piano: 'Herrn und Frau' on its own line above a couple with a title.
    i = D(2026, 11, 25)
    n = "KL-2026-219"
    net = 14500
    tot = net + vat(net, 19)
    invoice(out, "klavier", "de", "Dr. Ansgar und Petra Hollweg", "hollweg@posteo.de", False, n, i,
            "Rechnung KL-2026-219 Klavierstimmung", i + days(14), tot, tot,
            cover="Sehr geehrte Frau Hollweg, sehr geehrter Herr Dr. Hollweg,\n\nanbei die Rechnung für die "
                  "Stimmung Ihres Flügels.\n\nMit freundlichen Grüßen\nKlavierwerkstatt Lindqvist",
            pages=sheet("klavier", ["Herrn und Frau", "Dr. Ansgar und Petra Hollweg", "Schwarzwaldstraße 131",
                                    "79117 Freiburg"],
                        [("Rechnungsnr.", n), ("Rechnungsdatum", mk.date_in("de", i)), ("Kundennr.", "2087")],
                        "Rechnung",
                        [("Stimmung Flügel (Bechstein B), inkl. Anfahrt", eur(net, "de"))],
                        de_totals(net, 19),
                        ["Zahlbar innerhalb von 14 Tagen auf {iban}."]),
            note="'Herrn und Frau' on its own line dropped; 'Dr.' kept")

    # 24. de plumber: 'Eheleute' with a surname only, a flat number; return line above.
    i = D(2026, 11, 30)
    n = "RE-26-08812"
    net = 41280
    tot = net + vat(net, 19)
    invoice(out, "sanitaer", "de", "Eheleute Schmidtke", "schmidtke.do@web.de", False, n, i,
            "Rechnung RE-26-08812", i + days(14), tot, tot,
            cover="Guten Tag,\n\nanbei erhalten Sie unsere Rechnung für die Reparatur der Therme.\n\n"
                  "Mit freundlichen Grüßen\nSanitär Kowalczyk GmbH",
            pages=sheet("sanitaer", ["Eheleute Schmidtke", "Hohe Straße 12, Whg. 4", "44139 Dortmund"],
                        [("Rechnungsnummer", n), ("Rechnungsdatum", mk.date_in("de", i)), ("Auftrag", "A-26-3318"),
                         ("Leistungsdatum", "27.11.2026")],
                        "Rechnung",
                        [("Reparatur Gastherme, 2 Std.", eur(17800, "de")), ("Zündelektrode", eur(6980, "de")),
                         ("Anfahrtspauschale", eur(16500, "de"))],
                        de_totals(net, 19),
                        ["Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {iban}.",
                         "Lohnanteil nach § 35a EStG: 356,00 € brutto."]),
            note="'Eheleute' with a surname only; 'Whg. 4' after the street")

    # 25. de dance school: a professor's full titles and a nobiliary particle; block right.
    i = D(2026, 11, 28)
    n = "TT-2026-0456"
    tot = 29800
    invoice(out, "tanz", "de", "Prof. Dr. med. Hans-Peter von Arnstedt", "hp.arnstedt@t-online.de", False, n, i,
            "Rechnung Tanzkurs Hochzeitspaket", i + days(14), tot, tot,
            cover="Sehr geehrter Herr Professor von Arnstedt,\n\nanbei Ihre Rechnung für das Hochzeitspaket (2 "
                  "Personen).\n\nHerzliche Grüße\nTanzschule Taktgefühl",
            pages=sheet("tanz", ["Herrn", "Prof. Dr. med. Hans-Peter von Arnstedt", "Am Richtsberg 4",
                                 "35039 Marburg"],
                        [("Rechnung Nr.", n), ("Datum", mk.date_in("de", i)), ("Kurs", "Hochzeitspaket")],
                        "Rechnung",
                        [("Hochzeitspaket, 5 Privatstunden für 2 Personen", eur(tot, "de"))],
                        [("Gesamtbetrag (inkl. 19 % USt.)", eur(tot, "de"), True)],
                        ["Zahlbar bis %s auf {iban}." % mk.date_in("de", i + days(14))], layout="right", lang="de"),
            note="'Herrn' on its own line; Prof. Dr. med. and 'von' kept")

    # 26. de home help: a client c/o a Betreuungsverein, Postfach.
    i = D(2026, 11, 30)
    n = "HS-11-2026-071"
    tot = 43200
    invoice(out, "pflege", "de", "Irmgard Lehmkuhl", "betreuung@btv-osnabrueck.de", False, n, i,
            "Rechnung November – Frau Lehmkuhl", i + days(14), tot, tot,
            cover="Sehr geehrte Frau Brinkmann,\n\nanbei die Rechnung für die Haushaltshilfe bei Frau Lehmkuhl im "
                  "November, wie besprochen an Sie als Betreuerin.\n\nMit freundlichen Grüßen\nHaushaltshilfe Sonnenschein",
            pages=sheet("pflege", ["Frau Irmgard Lehmkuhl", "c/o Betreuungsverein Osnabrück e.V.", "Postfach 1120",
                                   "49001 Osnabrück"],
                        [("Rechnungsnummer", n), ("Datum", mk.date_in("de", i)), ("Einsatzort", "Lotter Str. 60, App. 7")],
                        "Rechnung",
                        [("Haushaltshilfe November, 16 Std. à 27,00 €", eur(tot, "de"))],
                        [("Rechnungsbetrag", eur(tot, "de"), True)],
                        ["Umsatzsteuerfrei nach § 4 Nr. 16 UStG.", "Zahlbar innerhalb 14 Tagen auf {iban}."]),
            note="a client c/o her Betreuungsverein is the debtor; a Postfach")

    # 27. de house clearance: an estate with the executor's attention.
    i = D(2026, 11, 26)
    n = "EB-2026-1190"
    net = 186000
    tot = net + vat(net, 19)
    invoice(out, "raeum", "de", "Nachlass Wilhelm Große-Kathöfer", "kanzlei@notarin-reinke.de", False, n, i,
            "Rechnung EB-2026-1190 Haushaltsauflösung", i + days(14), tot, tot,
            cover="Sehr geehrte Frau Dr. Reinke,\n\nanbei die Rechnung für die Räumung der Wohnung Große-Kathöfer.\n\n"
                  "Mit freundlichen Grüßen\nEntrümpelung Brandtner",
            pages=sheet("raeum", ["Nachlass Wilhelm Große-Kathöfer", "z. Hd. Testamentsvollstreckerin",
                                  "Notarin Dr. Birgit Reinke", "Prinzipalmarkt 18", "48143 Münster"],
                        [("Rechnungs-Nr.", n), ("Datum", mk.date_in("de", i)), ("Objekt", "Wolbecker Str. 9, 3. OG")],
                        "Rechnung",
                        [("Räumung 3-Zimmer-Wohnung, besenrein", eur(net, "de"))],
                        de_totals(net, 19),
                        ["Zahlungsziel: 14 Tage netto. Bankverbindung: {iban}."]),
            note="an estate with the executor's attention under it: the estate")

    # 28. de fence: a Kleingartenverein with its treasurer's attention; typed.
    i = D(2026, 12, 2)
    n = "ZP-26-212"
    net = 128000
    tot = net + vat(net, 19)
    invoice(out, "zaun", "de", "Kleingartenverein Sonnenblick e.V.", "kasse@kgv-sonnenblick.de", True, n, i,
            "Rechnung ZP-26-212 Zaun Vereinsheim", i + days(30), tot, tot,
            text="Sehr geehrter Herr Kuhlmann,\n\nwie besprochen unsere Rechnung für den neuen Zaun am Vereinsheim.\n\n"
                 "Rechnungsempfänger:\nKleingartenverein Sonnenblick e.V.\nz. Hd. Kassenwart Herrn Kuhlmann\n"
                 "Am Sportplatz 2\n24223 Schwentinental\n\nRechnung Nr. %s vom %s\n\n42 m Doppelstabmattenzaun, "
                 "montiert   %s\nzzgl. 19 %% USt.   %s\nGesamtbetrag   %s\n\nZahlbar innerhalb von 30 Tagen auf "
                 "{iban}.\n\nMit freundlichen Grüßen\nZaunbau Petersen"
                 % (n, mk.date_in("de", i), eur(net, "de"), eur(vat(net, 19), "de"), eur(tot, "de")),
            note="an association with its treasurer's attention, typed")

    # 29. de tutoring: a name of another origin, the parent billed for the child; QR box.
    i = D(2026, 11, 30)
    n = "LK-2026-338"
    tot = 19200
    invoice(out, "nachhilfe", "de", "Nguyen Thi Lan", "nguyen.lan@gmx.de", False, n, i,
            "Rechnung Nachhilfe November (Minh)", i + days(10), tot, tot,
            to_header="Minh und Mama <nguyen.lan@gmx.de>",
            cover="Liebe Frau Nguyen,\n\nanbei die Rechnung für Minhs Nachhilfe im November.\n\n"
                  "Viele Grüße\nLernstudio Kopfsache",
            pages=sheet("nachhilfe", ["Frau Nguyen Thi Lan", "Prohliser Allee 21, Whg. 38", "01239 Dresden"],
                        [("Rechnungsnummer", n), ("Rechnungsdatum", mk.date_in("de", i)),
                         ("Schüler", "Minh Nguyen, Kl. 6")],
                        "Rechnung",
                        [("Mathematik Einzelunterricht, 8 x 60 Min. à 24,00 €", eur(tot, "de"))],
                        [("Summe", eur(tot, "de"), True)],
                        ["Gemäß § 4 Nr. 21 UStG umsatzsteuerfrei.", "Bitte bis %s überweisen: {iban}."
                         % mk.date_in("de", i + days(10))], layout="qr", lang="de"),
            note="a Vietnamese name in its own order; a parent billed for a child; QR box beside")

    # 30. at chimney sweep: a Magistra; an Austrian flat number ('Top 7').
    i = D(2026, 11, 27)
    n = "2026-1473"
    net = 6400
    tot = net + vat(net, 20)
    invoice(out, "kehrer", "de", "Mag. Eva Gruber", "eva.gruber@aon.at", False, n, i,
            "Rechnung Nr. 2026-1473 Kehrung", i + days(14), tot, tot,
            cover="Sehr geehrte Frau Mag. Gruber,\n\nanbei die Rechnung für die Kehrung und Überprüfung.\n\n"
                  "Mit freundlichen Grüßen\nRauchfangkehrermeister Pichler",
            pages=sheet("kehrer", ["Frau Mag. Eva Gruber", "Linzer Straße 44/2/7", "3100 St. Pölten"],
                        [("Rechnung Nr.", n), ("Datum", mk.date_in("de", i)), ("Kundennr.", "SP-10872")],
                        "Rechnung",
                        [("Kehrung Fang 1 und 2, Überprüfung Gastherme", eur(net, "de"))],
                        [("Netto", eur(net, "de"), False), ("20 % USt.", eur(vat(net, 20), "de"), False),
                         ("Gesamt", eur(tot, "de"), True)],
                        ["Zahlbar binnen 14 Tagen ohne Abzug auf {iban}."]),
            note="'Frau' dropped, 'Mag.' kept; Austrian door number in the street")

    # 31. at music school: a family with a double surname; boxes above.
    i = D(2026, 12, 1)
    n = "AK-26-0912"
    tot = 42000
    invoice(out, "musik", "de", "Familie Hofer-Gschwandtner", "hofer.gschwandtner@gmx.at", False, n, i,
            "Semesterrechnung Gitarre – Leonie Hofer", i + days(14), tot, tot,
            cover="Liebe Familie Hofer-Gschwandtner,\n\nanbei die Semesterrechnung für Leonies Gitarrenunterricht.\n\n"
                  "Musikwerkstatt Alpenklang",
            pages=sheet("musik", ["Familie Hofer-Gschwandtner", "Anichstraße 12, Top 7", "6020 Innsbruck"],
                        [("Rechnungsnr.", n), ("Datum", mk.date_in("de", i)), ("Schülerin", "Leonie Hofer")],
                        "Semesterrechnung",
                        [("Gitarre Einzelunterricht, Wintersemester 2026/27", eur(tot, "de"))],
                        [("Zu zahlen", eur(tot, "de"), True)],
                        ["Unecht umsatzsteuerbefreit. Zahlbar innerhalb 14 Tagen auf {iban}."], layout="boxes",
                        lang="de"),
            note="'Familie' kept with a double surname; 'Top 7'; the boxes above")

    # 32. ch painter: a Swiss couple by double surname, CHF.
    i = D(2026, 11, 30)
    n = "R-26-1881"
    net = 384000
    tot = net + (net * 81 + 500) // 1000
    invoice(out, "maler", "de", "Herr und Frau Brunner-Schätti", "brunner.schaetti@bluewin.ch", False, n, i,
            "Rechnung R-26-1881 Malerarbeiten", i + days(30), tot, tot, cur="CHF",
            cover="Grüezi Herr und Frau Brunner\n\nIm Anhang erhalten Sie unsere Rechnung für die Malerarbeiten im "
                  "Treppenhaus.\n\nFreundliche Grüsse\nMalergeschäft Ammann AG",
            pages=sheet("maler", ["Herr und Frau Brunner-Schätti", "Rebweg 7", "8706 Meilen"],
                        [("Rechnung", n), ("Datum", mk.date_in("de", i)), ("Objekt", "Rebweg 7, Treppenhaus")],
                        "Rechnung",
                        [("Malerarbeiten Treppenhaus gemäss Offerte O-26-0440", chf(net))],
                        [("Total exkl. MWST", chf(net), False), ("MWST 8.1 %", chf(tot - net), False),
                         ("Total inkl. MWST", chf(tot), True)],
                        ["Zahlbar innert 30 Tagen netto auf {iban}."]),
            note="a Swiss couple by double surname only keeps 'Herr und Frau'; CHF")
    return out


def not_invoice(out, key, lang, to, subject, body, why, pages=None, pdf_name=None, to_header=None):
    name, _s, _t, mailbox, _c, _r = FIRMS[key]
    eml = mk.mail(rng, mailbox, name, to_header or to, subject, D(2026, 12, 2),
                  body_text=body.replace("{iban}", mk.iban_spaced(IBANS[key])), pdf=pages is not None)
    out.append(mk.record("inv-hh-%03d" % (len(out) + 1), "households", "nl" if lang == "be" else lang, "none",
                         {"mail_from": mailbox, "rcpt_to": [to]}, eml, pages=pages, pdf_filename=pdf_name,
                         why_not=why, note=why))


def build_not_invoices(out):
    i = D(2026, 12, 2)
    net = 145000
    not_invoice(out, "veeg", "nl", "hverbeek58@ziggo.nl", "Offerte RV-O-26-088 rookkanaalvoering",
                "Beste meneer en mevrouw Verbeek,\n\nZoals beloofd onze offerte voor het plaatsen van een "
                "rvs-voering in uw schoorsteen. De offerte is 30 dagen geldig.\n\nRoetvrij Schoorsteenvegers",
                "a quote to a couple, with the window block", sheet(
                    "veeg", ["Dhr. en mevr. Verbeek", "Lindenhof 14", "8024 BK Zwolle"],
                    [("Offertenummer", "RV-O-26-088"), ("Datum", mk.date_in("nl", i)), ("Geldig tot", "01-01-2027")],
                    "Offerte", [("Rvs-voering 8 m, incl. montage", eur(net, "nl"))], nl_totals(net, 21, due_label="Totaal"),
                    ["Akkoord? Stuur deze offerte getekend retour."]), "Offerte-RV-O-26-088.pdf")
    not_invoice(out, "piano", "nl", "thuis.jansenbouali@gmail.com", "Bevestiging afspraak pianostemmen 9 december",
                "Hallo,\n\nHierbij bevestig ik de afspraak voor het stemmen van jullie piano op woensdag 9 december "
                "om 10.00 uur bij Fam. Jansen-Bouali, Familielaan 22 in Zeist. De kosten zijn € 139,15 incl. btw; de "
                "factuur stuur ik na afloop.\n\nGroet,\nBram Oosterveld",
                "an appointment confirmation with the price; the invoice follows")
    not_invoice(out, "tuin", "nl", "ab.vanderlinden@kpnmail.nl", "Uw bestelling #W-20877 bij Wilgenhof Tuinwinkel",
                "Beste mr. drs. A.B. van der Linden,\n\nBedankt voor uw bestelling in onze webwinkel.\n\n"
                "Bestelnummer: W-20877\n3x Taxus baccata 60-80 cm   € 74,85\nVerzendkosten   € 6,95\nTotaal   € 81,80\n"
                "Betaald met iDEAL op 2 december 2026.\n\nU ontvangt bericht zodra uw bestelling onderweg is.\n\n"
                "Hoveniersbedrijf Wilgenhof",
                "a web-shop order confirmation already paid with iDEAL")
    not_invoice(out, "dier", "be", "lieve.claes@skynet.be", "Uw betalingsbewijs – consultatie Bella",
                "Beste mevrouw Claes,\n\nHierbij het betalingsbewijs van uw bezoek vandaag.\n\nTicket 2026-12-02-0144\n"
                "Consultatie   € 52,00\nTotaal   € 52,00\nBetaald met Bancontact, kaart ****4471.\n\nNiets meer te "
                "betalen. Dank u en tot ziens!\nDierenartsenpraktijk De Leiemeersen",
                "a card-payment receipt, paid at the counter")
    not_invoice(out, "tanz", "de", "hp.arnstedt@t-online.de", "Verlängerung Ihrer Clubmitgliedschaft 2027",
                "Sehr geehrter Herr Prof. Dr. von Arnstedt,\n\nIhre Mitgliedschaft im Tanzclub verlängert sich zum "
                "1. Januar 2027 um ein Jahr. Der Jahresbeitrag von 240,00 € wird am 5. Januar 2027 per SEPA-"
                "Lastschrift von Ihrem Konto DE** **** **** **** **41 eingezogen (Mandatsreferenz TT-M-0456, "
                "Gläubiger-ID DE98ZZZ00000123456).\n\nMit freundlichen Grüßen\nTanzschule Taktgefühl",
                "a membership renewal collected by direct debit")
    not_invoice(out, "sanitaer", "de", "schmidtke.do@web.de", "Jahresübersicht 2026 für Ihre Steuererklärung",
                "Guten Tag,\n\nfür Ihre Steuererklärung senden wir Ihnen die Übersicht unserer Leistungen 2026 an "
                "Eheleute Schmidtke, Hohe Straße 12, Whg. 4, 44139 Dortmund:\n\nRE-26-03301 vom 12.03.2026   "
                "289,17 € (Lohnanteil 190,40 €)\nRE-26-08812 vom 30.11.2026   491,23 € (Lohnanteil 356,00 €)\n"
                "Summe Lohnanteile nach § 35a EStG: 546,40 €\n\nAlle Rechnungen sind bezahlt.\n\n"
                "Sanitär Kowalczyk GmbH",
                "a yearly overview for the tax return, all paid")
    not_invoice(out, "roof", "en", "aine.macgiolla@eircom.net", "Deposit before we start - extension roof",
                "Hi Áine,\n\nTo book you in for the first week of January we ask a 30% deposit of €2,150.00 on "
                "the quoted €7,166.00. Once the deposit is in we will order the slates; the invoice for the work "
                "follows on completion.\n\nThanks,\nColm\nCarrigmore Roofing",
                "a deposit request before the work starts")
    not_invoice(out, "window", "en", "oneill.family@btinternet.com", "Prices from January 2027",
                "Hi all,\n\nA quick note that from January my prices change slightly:\n\nTerraced house   £18.00\n"
                "Semi-detached   £22.00\nDetached   £28.00\nConservatory roof   £15.00\n\nYou don't need to do "
                "anything - same day, same time.\n\nCheers,\nDean\nSparkle Bay Window Cleaning",
                "a price list")
    not_invoice(out, "opvang", "nl", "kdejong.thuis@gmail.com", "Aankondiging incasso januari 2027",
                "Beste ouder,\n\nOp 28 december 2026 schrijven wij € 1.824,12 voor de opvang van Lotte in januari "
                "af van uw rekening NL** RABO **** **12 (machtigingskenmerk VB-0233, incassant-ID "
                "NL71ZZZ171229140000). U hoeft niets te doen.\n\nKinderopvang De Vlinderboom",
                "a direct-debit pre-notification", to_header="Mama <kdejong.thuis@gmail.com>")
    not_invoice(out, "klavier", "de", "hollweg@posteo.de", "Zahlungseingang Rechnung KL-2026-219",
                "Sehr geehrte Frau Hollweg, sehr geehrter Herr Dr. Hollweg,\n\nvielen Dank, Ihre Zahlung über "
                "172,55 € für die Rechnung KL-2026-219 ist bei uns eingegangen. Die Rechnung ist damit "
                "vollständig beglichen.\n\nMit freundlichen Grüßen\nKlavierwerkstatt Lindqvist",
                "a payment confirmation")
    not_invoice(out, "tutor", "en", "p.okonkwo@outlook.com", "Reminder: invoice BT-0877 for October",
                "Dear Mrs Okonkwo,\n\nJust a gentle reminder that invoice BT-0877 (£240.00) for Chidi's October "
                "tuition was due on 14 November and we have not yet received payment. Could you transfer it to "
                "{iban} when you get a moment?\n\nKind regards,\nHelen Marsh\nBrackenfield Tutors",
                "the firm's own typed reminder of an earlier invoice")
    not_invoice(out, "tuin", "nl", "ab.vanderlinden@kpnmail.nl", "Nieuwsbrief Wilgenhof – winteracties",
                "Beste tuinliefhebber,\n\nDeze winter snoeien wij uw fruitbomen voor € 45,00 per boom (excl. btw) "
                "en leveren wij haardhout voor € 95,00 per m³. Bestel vóór 20 december en ontvang 10% korting.\n\n"
                "Afmelden? Klik hier.\n\nHoveniersbedrijf Wilgenhof",
                "a newsletter with prices")
    not_invoice(out, "schrijn", "be", "gert.vanhoutte@telenet.be", "Creditnota volgt voor factuur 2026/0311",
                "Beste,\n\nWe hebben voor de trapleuning een verkeerde kleur geplaatst. Voor de factuur 2026/0311 "
                "maken we een creditnota op van € 212,00; u ontvangt die volgende week. Gelieve het bedrag van de "
                "factuur nog niet te betalen tot u de creditnota ontvangt.\n\nMet vriendelijke groeten,\n"
                "Schrijnwerkerij Vandenbussche",
                "a credit-note announcement without the credit note")
    not_invoice(out, "sanitaer", "de", "buchhaltung@kowalczyk-sanitaer.de", "WG: Rechnung 9904412 Großhandel",
                "Hallo Frau Demir,\n\nbitte die Großhandelsrechnung unten buchen und zahlen.\n\nGruß\nT. Kowalczyk\n\n"
                "-----Ursprüngliche Nachricht-----\nVon: Sanitär-Großhandel Rheinruhr GmbH\nBetreff: Rechnung "
                "9904412\n\nRechnung Nr. 9904412 vom 28.11.2026\nKunde: Sanitär Kowalczyk GmbH\nZündelektroden, "
                "Dichtungen   412,30 €\nzzgl. 19 % USt.   78,34 €\nGesamt   490,64 €\nZahlbar bis 12.12.2026.",
                "a supplier's bill forwarded inside the firm")
    not_invoice(out, "schule", "nl", "ouders.groep7@bsderegenboog.nl", "Schoolreis groep 7 – ouderbijdrage",
                "Beste ouders/verzorgers van groep 7,\n\nOp 14 mei 2027 gaat groep 7 op schoolreis naar het "
                "Openluchtmuseum. De bijdrage is € 32,50 per kind. Wilt u dit bedrag vóór 1 maart 2027 overmaken "
                "op {iban} t.n.v. Basisschool De Regenboog o.v.v. de naam van uw kind en 'schoolreis groep 7'?\n\n"
                "Met vriendelijke groet,\nJuf Saskia en meester Ruben",
                "a school-trip letter asking parents for a contribution")


def build():
    out = build_invoices()
    build_not_invoices(out)
    return out


def check(recs):
    """mailkit's checks, the counts, and each labelled reference printed."""
    mk.check_labels(recs)
    assert sum(r["is_invoice"] for r in recs) == 32 and len(recs) == 47, len(recs)
    mk.check_references_printed(recs)


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-households.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
