"""train_parties2: the second parties' split (the names27 round): more of the kinds of party
that heldout25 and heldout26 left to be read, in new shapes, with this round's own firms,
customers and wordings (never those sets' records), and mails from the same firms that are
not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): a party on one
line with its street and town ("Klant: Name, Street 2, 1234 AB Town", "Customer: …",
"Kunde: …") in a details row and typed in the mail; names broken across lines after a
particle or an article ("Stichting Beheer der" / "…", "Förderverein der" / "…", "Mevr. A.C.
van den" / "Boogaard", "Frau Regula von" / "Wattenwyl-Imhof", "Friends of the" / "…");
Irish, UK, Swiss and Austrian legal forms after a name the To header gives without them (CLG,
DAC, CIO, LLP, GesmbH, OG); a department beside the name ("… - Accounts", "… – Administratie")
in the To header and on the block's line, a department line under the name ("Bauverwaltung");
a customer code beside the block ("Customer ref<TAB>HARBK1", "Klantcode FYSLZ"); an Irish
private person over a townland and "Co. …"; payment-reference labels with a value of their
own (betalingskenmerk, structured communication, RF, Payment reference, Verwendungszweck) and
without one ("Please use the following reference when paying:" over the invoice number), and
Odoo's "Gebruik de volgende mededeling voor uw betaling: …" holding the invoice number or a
structured communication.

Not invoices (same firms): balance confirmations as a PDF and typed (saldobevestiging,
balance confirmation, Saldenbestätigung), statements of open items, mails naming an invoice's
number and amount that bill nothing (an invoice sent to the wrong company and to be replaced,
"which invoice is this payment for?", a payment without a reference asked about).

Labels follow corpus/invoices/README.md lines 1-89 and the calls later rounds settled: the
organisation over a department or a code; a name broken over lines joined with one space; a
person's form of address dropped; a legal form printed after the name kept; the townland is
an address line, not the debtor; `payment_reference` null where the label's value is the
invoice's own number, the value (groups without spaces, a structured communication as
printed) where it is a reference of its own; Odoo's "communication for your payment" holding
the invoice's number null (a sentence asking for the number; settled in session 28).  Seeded; run it to write
../train-parties2.jsonl.  It borrows train_parties' page layouts (its firms are its own)."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
import train_parties as tp  # noqa: E402
from mailkit import days  # noqa: E402

SEED = 20261227
rng = random.Random(SEED)
D = datetime.date

# Sellers: key -> (name, street, town, mailbox, iban country, own register facts, phone, web).
FIRMS = {
    "tuin": ("Hoveniersbedrijf Groenewoud", "Nijverheidsweg-Noord 61", "3812 PM Amersfoort",
             "facturen@groenewoud-tuinen.nl", "NL", ["KvK 52218830", "BTW NL002196604B71"], "033 - 460 18 22",
             "www.groenewoud-tuinen.nl"),
    "vloer": ("Vloerenhuis De Eik B.V.", "Hanzeweg 8", "7418 AW Deventer", "administratie@vloerenhuisdeeik.nl", "NL",
              ["KvK 08177245", "BTW-nr NL812244907B01"], "0570 - 62 41 09", "vloerenhuisdeeik.nl"),
    "schrijn": ("Schrijnwerkerij Vandamme BV", "Gistelse Steenweg 212", "8200 Brugge", "boekhouding@vandamme-hout.be",
                "BE", ["Ondernemingsnummer 0751.208.443", "RPR Gent, afdeling Brugge"], "050 38 14 77",
                "www.vandamme-hout.be"),
    "harrow": ("Harrowgate Electrical Ltd", "Unit 9, Kirkstall Trade Park", "Leeds LS5 3BT",
               "accounts@harrowgate-electrical.co.uk", "GB", ["Company No. 10428817", "VAT Reg. GB 284 5519 03"],
               "0113 278 4410", "harrowgate-electrical.co.uk"),
    "shannon": ("Shannon Office Supplies Ltd", "Dock Road", "Limerick V94 R2C8", "billing@shannonoffice.ie", "IE",
                ["CRO 582144", "VAT IE 3318842KH"], "061 412 880", "www.shannonoffice.ie"),
    "burren": ("Burren Web Studio", "Parnell Street", "Ennis V95 K4T1", "hello@burrenweb.ie", "IE",
               ["VAT IE 4102857LA"], "065 682 1190", "burrenweb.ie"),
    "maler": ("Malerbetrieb Kessler GmbH", "Nürnberger Straße 112", "97076 Würzburg", "rechnung@maler-kessler.de", "DE",
              ["Amtsgericht Würzburg HRB 11872", "USt-IdNr. DE267710438"], "0931 27 40 91", "www.maler-kessler.de"),
    "moser": ("Elektrotechnik Moser OG", "Wiener Straße 131", "4020 Linz", "buchhaltung@moser-elektro.at", "AT",
              ["UID ATU71204419", "FN 455208 t"], "+43 732 66 19 40", "www.moser-elektro.at"),
    "gisler": ("Gisler Haustechnik GmbH", "Gotthardstrasse 40", "6460 Altdorf UR", "rechnung@gisler-haustechnik.ch",
               "CH", ["CHE-318.772.046 MWST", "Handelsregister des Kantons Uri"], "041 870 22 15",
               "www.gisler-haustechnik.ch"),
}
# The page layouts are train_parties': its tables learn this round's firms beside its own.
tp.FIRMS.update(FIRMS)
IBANS = {k: mk.iban(rng, v[4]) for k, v in FIRMS.items()}
tp.IBANS.update(IBANS)
PERSON = {"tuin": "Wouter Groenewoud", "vloer": "Ilse ter Horst", "schrijn": "Bram Vandamme",
          "harrow": "Gemma Holroyd", "shannon": "Ciarán Hayes", "burren": "Orla Considine",
          "maler": "Stefan Kessler", "moser": "Christina Moser", "gisler": "Reto Gisler"}
COVER = dict(tp.COVER)
SUBJ = dict(tp.SUBJ)


def extra_fact(pages, layout, row, label, value):
    """A further details row (a customer code) at @row of the details column of @layout."""
    x, y = {"right": (56, 142), "window": (340, 142), "box": (340, 144)}[layout]
    pages[0].text(x, y + 13 * row, label, size=8.5)
    pages[0].right(x + 199, y + 13 * row, value, size=8.5)


def build_invoices():
    out = []

    def add(key, lang, style, layout, to, rcpts, block, debtor, business, number, issue, term, rows,
            second=None, debtor_facts=(), after_total=(), cover=None, subject=None, note="", tool="word-pdf",
            reference=None, code=None):
        due = issue + days(term)
        pages, total = tp.invoice_pdf(key, style, layout, block, number, issue, due, rows, second, debtor_facts,
                                      after_total)
        if code:
            extra_fact(pages, layout, 3, *code)
        if layout == "row":
            # the one-line party is longer than the details column: it starts after its label
            # (right-aligned, it ran back over the label)
            for it in pages[0].items:
                if it["text"] == block[0]:
                    it.update(x=150, align="left")
        name, _s, _t, mailbox = FIRMS[key][:4]
        cl = "be" if style == "be" else ("en" if lang == "en" else lang)
        body = (cover or COVER[cl]).format(n=number, sig=tp.signature(key, PERSON[key]))
        eml = mk.mail(rng, mailbox, name, to, (subject or SUBJ[cl]).format(n=number), issue, body_text=body,
                      pdf=True)
        exp = mk.expected(number, total, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          reference=reference, currency=tp.CUR.get(style, "EUR"))
        out.append(tp.rec("inv-prt2-%03d" % (len(out) + 1), key, tool, lang, "pdf", rcpts, eml, pages,
                          "%s.pdf" % number.replace("/", "-"), exp, note=note))

    def typed(key, lang, style, to, rcpts, subject, issue, term, text, number, rows, debtor, business, note="",
              reference=None):
        """An invoice typed in the mail: @text with {rows}, {net}, {vat}, {total}, {due}, {iban}, {sig}, {date}."""
        due = issue + days(term)
        net = sum(c for _d, c in rows)
        tax = net * tp.VAT_PERMILLE[style] // 1000
        total = net + tax
        dl = tp.DATE_LANG[style]
        body = text.format(rows="\n".join("%s  %s" % (d, tp.cash(style, c)) for d, c in rows),
                           net=tp.cash(style, net), vat=tp.cash(style, tax), total=tp.cash(style, total),
                           due=mk.date_in(dl, due), iban=mk.iban_spaced(IBANS[key]),
                           sig=tp.signature(key, PERSON[key]), n=number, date=mk.date_in(dl, issue))
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, name, to, subject, issue, body_text=body)
        exp = mk.expected(number, total, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          reference=reference, currency=tp.CUR.get(style, "EUR"))
        out.append(tp.rec("inv-prt2-%03d" % (len(out) + 1), key, "typed", lang, "body-text", rcpts, eml, exp=exp,
                          note=note))

    # ---- Dutch and Flemish ---------------------------------------------------------------
    add("tuin", "nl", "nl", "row", "penningmeester@tvdelobbers.nl", ["penningmeester@tvdelobbers.nl"],
        ["Tennisvereniging De Lobbers, Sportlaan 12, 3818 GE Amersfoort"], "Tennisvereniging De Lobbers", True,
        "GW-2026-211", D(2026, 11, 17), 30, [("Snoeiwerk haag rondom park, 180 m", 86000), ("Afvoer groenafval", 14500)],
        note="no block: the club, its street and its town on one 'Klant' row")
    typed("tuin", "nl", "nl", "Bakkerij Van Ginkel <info@bakkerijvanginkel.nl>", ["info@bakkerijvanginkel.nl"],
          "Factuur GW-2026-214", D(2026, 11, 19), 14,
          "Beste Jeroen,\n\nHierbij de factuur voor het onderhoud van de binnenplaats.\n\nFactuurnummer: {n}\n"
          "Factuurdatum: {date}\nKlant: Bakkerij Van Ginkel VOF, Langestraat 41, 3811 AC Amersfoort\n"
          "Klantcode: GINKEL1\n\n{rows}\n\nSubtotaal: {net}\nBTW 21%: {vat}\nTotaal: {total}\n\n"
          "Graag voldaan vóór {due} op {iban} o.v.v. het factuurnummer.\n\nGroet,\n\n{sig}",
          "GW-2026-214", [("Onderhoud binnenplaats, 2 beurten", 31000), ("Plantenbakken opnieuw beplant", 9850)],
          "Bakkerij Van Ginkel VOF", True,
          note="typed: the firm, its street and town on one 'Klant:' line, a customer code of capitals below")
    add("tuin", "nl", "nl", "window", "Stichting Gemeenschappelijke Tuinen <penningmeester@tuinenleusden.nl>",
        ["penningmeester@tuinenleusden.nl"], ["Stichting Beheer der", "Gemeenschappelijke Tuinen Leusden",
                                              "t.a.v. de penningmeester", "Groeneweg 3", "3831 PA Leusden"],
        "Stichting Beheer der Gemeenschappelijke Tuinen Leusden", True, "GW-2026-219", D(2026, 11, 24), 30,
        [("Beplanting border oostzijde", 124000), ("Boomverzorging 3 eiken", 57500)],
        note="a foundation's name broken after 'der' in the window")
    add("vloer", "nl", "nl", "right", "\"A.C. van den Boogaard\" <acvdboogaard@kpnmail.nl>",
        ["acvdboogaard@kpnmail.nl"], ["Mevr. A.C. van den", "Boogaard", "Brinkgreverweg 140", "7413 AJ Deventer"],
        "A.C. van den Boogaard", False, "DE-26-4418", D(2026, 11, 18), 14,
        [("PVC-vloer visgraat woonkamer, 38 m²", 214000), ("Egaliseren ondervloer", 38000)],
        note="a person's name broken after 'van den' in a narrow window on the right")
    add("vloer", "nl", "nl", "box", "Woonzorg Het Baken - Administratie <administratie@woonzorghetbaken.nl>",
        ["administratie@woonzorghetbaken.nl"], ["Woonzorg Het Baken B.V.", "Financiële administratie",
                                                "Postbus 412", "7400 AK Deventer"], "Woonzorg Het Baken B.V.", True,
        "DE-26-4421", D(2026, 11, 20), 30, [("Marmoleum gangen 2e etage, 64 m²", 288000)],
        note="the To header's name with its department after a dash; the block's department under the firm")
    add("vloer", "nl", "nl", "cols", "info@fysioleusdenzuid.nl", ["info@fysioleusdenzuid.nl"],
        ["Fysiotherapie Leusden-Zuid", "Klantcode FYSLZ", "Hamersveldseweg 80", "3833 GT Leusden"],
        "Fysiotherapie Leusden-Zuid", True, "DE-26-4425", D(2026, 11, 23), 30,
        [("Sportvloer oefenzaal, 42 m²", 336000)],
        note="a customer code of capitals under the name in the 'Aan' column")
    add("vloer", "nl", "nl", "window", "Kinderdagverblijf Het Vlindertje <administratie@kdvhetvlindertje.nl>",
        ["administratie@kdvhetvlindertje.nl"], ["Kinderdagverblijf Het Vlindertje B.V.", "Oranjestraat 9",
                                                "7411 HB Deventer"], "Kinderdagverblijf Het Vlindertje B.V.", True,
        "INV/2026/00187", D(2026, 11, 25), 14, [("Vinyl speelruimte, 26 m²", 146000)],
        after_total=["Gebruik de volgende mededeling voor uw betaling: INV/2026/00187"], tool="odoo",
        cover="Beste Kinderdagverblijf Het Vlindertje,\n\nHierbij uw factuur {n}.\n\nAarzel niet om contact met "
              "ons op te nemen als u vragen heeft.\n\n{sig}",
        note="Odoo's 'use the following communication' holding the invoice's own number: a sentence asking for "
             "the number, no labelled reference (null, as heldout26's -044; settled in session 28)")
    add("tuin", "nl", "nl", "window", "Tom van Lienden <tvanlienden@xs4all.nl>", ["tvanlienden@xs4all.nl"],
        ["Dhr. T. van Lienden", "Utrechtseweg 211", "3818 EK Amersfoort"], "T. van Lienden", False, "GW-2026-226",
        D(2026, 11, 26), 14, [("Bestrating oprit, 36 m²", 198000), ("Afvoer oude tegels", 22000)],
        after_total=["Betalingskenmerk: 7012 4455 8890 3317"], reference="7012445588903317",
        note="a labelled betalingskenmerk of its own, printed in groups")
    typed("schrijn", "nl", "be", "Speelpleinwerking Sint-Kruis <kas@speelpleinsintkruis.be>",
          ["kas@speelpleinsintkruis.be"], "Factuur 2026/0318", D(2026, 11, 18), 30,
          "Dag Evelien,\n\nHier de factuur voor de nieuwe kasten in het lokaal.\n\nFactuur 2026/0318\n"
          "Factuurdatum: {date}\nKlant: VZW Speelpleinwerking Sint-Kruis, Kerkstraat 7, 8310 Brugge\n\n{rows}\n\n"
          "Totaal excl. btw: {net}\nBtw 21%: {vat}\nTe betalen: {total}\n\nTe betalen vóór {due} op {iban}.\n"
          "Gestructureerde mededeling: " + mk.ogm("3180412207") + "\n\nGroetjes,\n{sig}",
          "2026/0318", [("Opbergkasten multiplex, 4 stuks", 188000)], "VZW Speelpleinwerking Sint-Kruis", True,
          reference=mk.ogm("3180412207"),
          note="Flemish typed invoice: the vzw, its street and town on one 'Klant:' line; a structured communication")
    add("schrijn", "nl", "be", "window", "Apotheek Claeys <boekhouding@apotheekclaeys.be>",
        ["boekhouding@apotheekclaeys.be"], ["Apotheek Claeys BV", "Markt 22", "8000 Brugge"], "Apotheek Claeys BV",
        True, "2026/0324", D(2026, 11, 21), 30, [("Toonbank eik op maat", 412000)],
        debtor_facts=["Ondernemingsnummer 0712.334.508"],
        after_total=["Gebruik de volgende mededeling voor uw betaling: " + mk.ogm("3240087715")], tool="odoo",
        reference=mk.ogm("3240087715"),
        note="Odoo's 'use the following communication' holding a structured communication: that is the reference")
    add("vloer", "nl", "nl", "cols", "secretariaat@vriendenstadsmuseum.nl", ["secretariaat@vriendenstadsmuseum.nl"],
        ["Stichting Vrienden van", "het Stadsmuseum Harderwijk", "Donkerstraat 4", "3841 CC Harderwijk"],
        "Stichting Vrienden van het Stadsmuseum Harderwijk", True, "DE-26-4430", D(2026, 11, 27), 30,
        [("Eiken plankenvloer expositiezaal, 55 m²", 467500)],
        note="a foundation's name broken after 'van' in the 'Aan' column")
    # ---- English: UK and Ireland -----------------------------------------------------------
    add("shannon", "en", "ie", "window", "Ballinakill Community Development <office@ballinakillcdp.ie>",
        ["office@ballinakillcdp.ie"], ["Ballinakill Community Development CLG", "The Old School House",
                                       "Ballinakill", "Co. Laois R32 H6K3"],
        "Ballinakill Community Development CLG", True, "SOS-26-1902", D(2026, 11, 17), 30,
        [("Office chairs, 8 units", 124000), ("Filing cabinets, 2 units", 39800)],
        note="an Irish company limited by guarantee, the To header's name without its CLG")
    add("burren", "en", "ie", "right", "Pádraig Ó Loingsigh <padraigol@eircom.net>", ["padraigol@eircom.net"],
        ["Mr Pádraig Ó Loingsigh", "Cloonfad", "Ennis, Co. Clare"], "Pádraig Ó Loingsigh", False, "BWS-0412",
        D(2026, 11, 18), 14, [("Website for holiday cottage, 5 pages", 95000)],
        note="a private person over a townland and 'Ennis, Co. Clare': the townland is an address line")
    add("shannon", "en", "ie", "box", "Kerry Coast Tours <accounts@kerrycoasttours.ie>",
        ["accounts@kerrycoasttours.ie"], ["Kerry Coast Tours DAC", "Accounts Department", "The Mall",
                                          "Tralee, Co. Kerry V92 E7X4"], "Kerry Coast Tours DAC", True,
        "SOS-26-1911", D(2026, 11, 20), 30, [("Printer toner, 12 cartridges", 71400), ("A4 paper, 40 reams", 19600)],
        note="an Irish designated activity company with its accounts department below")
    add("burren", "en", "ie", "window", "Siobhán Ní Bhriain <siobhan.nibhriain@gmail.com>",
        ["siobhan.nibhriain@gmail.com"], ["Ms Siobhán Ní Bhriain", "Knockaderry", "Co. Limerick V94 X2K7"],
        "Siobhán Ní Bhriain", False, "BWS-0417", D(2026, 11, 24), 14, [("Online shop set-up", 68000)],
        note="a person over a townland and a county with an Eircode")
    add("harrow", "en", "en", "row", "The Old Bell Inn <landlord@oldbellthirsk.co.uk>",
        ["landlord@oldbellthirsk.co.uk"], ["The Old Bell Inn, 14 Market Place, Thirsk YO7 1HL"], "The Old Bell Inn",
        True, "HE-26-0871", D(2026, 11, 16), 30, [("EICR, whole premises", 42000), ("Emergency lighting repair", 18500)],
        note="no block: the inn, its street and its town on one 'Customer' row")
    add("harrow", "en", "en", "window", "Aldwick Surgery - Accounts <accounts@aldwicksurgery.co.uk>",
        ["accounts@aldwicksurgery.co.uk"], ["Aldwick Surgery - Accounts", "12 Church Lane", "Leeds LS16 5DR"],
        "Aldwick Surgery", True, "HE-26-0874", D(2026, 11, 18), 30, [("LED panel lighting, waiting room", 136000)],
        note="the department after a dash on the block's name line and in the To header")
    add("harrow", "en", "en", "right", "accounts@harbourkitchen.co.uk", ["accounts@harbourkitchen.co.uk"],
        ["Harbour Kitchen Ltd", "2 Quayside", "Leeds LS1 4BR"], "Harbour Kitchen Ltd", True, "HE-26-0880",
        D(2026, 11, 20), 30, [("Extraction fan rewired", 54000)], code=("Customer ref", "HARBK1"),
        note="a customer code of capitals among the details beside the block")
    add("harrow", "en", "en", "window", "Friends of Wharfedale Woods <treasurer@wharfedalewoods.org.uk>",
        ["treasurer@wharfedalewoods.org.uk"], ["Friends of the", "Wharfedale Woods CIO", "c/o 7 Otley Road",
                                               "Leeds LS16 6AA"], "Friends of the Wharfedale Woods CIO", True,
        "HE-26-0886", D(2026, 11, 23), 30, [("Solar lighting, visitor hut", 98000)],
        note="a charitable incorporated organisation's name broken after 'of the'")
    add("harrow", "en", "en", "window", "Dr Amelia Frost <amelia.frost@btinternet.com>",
        ["amelia.frost@btinternet.com"], ["Dr Amelia Frost", "9 Grove Lane", "Leeds LS6 2AP"], "Dr Amelia Frost",
        False, "HE-26-0889", D(2026, 11, 24), 14, [("Consumer unit replacement", 61000)],
        after_total=["Payment reference: HE-55821"], reference="HE-55821",
        note="a labelled payment reference of its own beside the invoice number")
    add("shannon", "en", "ie", "window", "Thornbury & Hale <accounts@thornburyhale.ie>",
        ["accounts@thornburyhale.ie"], ["Thornbury & Hale LLP", "18 O'Connell Street", "Limerick V94 P8W2"],
        "Thornbury & Hale LLP", True, "SOS-26-1925", D(2026, 11, 26), 30, [("Shredder, office size", 48900)],
        after_total=["Please use the following reference when paying:", "SOS-26-1925"],
        note="a 'use the following reference' label over the invoice's own number: no reference of its own")
    typed("harrow", "en", "en", "Greenside Bowls Club <treasurer@greensidebowls.org.uk>",
          ["treasurer@greensidebowls.org.uk"], "Invoice HE-26-0893", D(2026, 11, 27), 30,
          "Hello Margaret,\n\nInvoice for the floodlight repair below.\n\nInvoice no: {n}\nDate: {date}\n"
          "Bill to: Greenside Bowls Club, 2 Park Road, Ilkley LS29 9DB\n\n{rows}\n\nSubtotal: {net}\n"
          "VAT @ 20%: {vat}\nTotal due: {total}\n\nPlease pay by {due} to {iban}.\n\nThanks,\n{sig}",
          "HE-26-0893", [("Floodlight lamp and ballast replaced", 38500)], "Greenside Bowls Club", True,
          note="typed: the club, its street and its town on one 'Bill to:' line")
    # ---- German, Austrian, Swiss -------------------------------------------------------------
    add("maler", "de", "de", "row", "Praxis Dr. Hofmann <praxis@dr-hofmann-wuerzburg.de>",
        ["praxis@dr-hofmann-wuerzburg.de"], ["Praxis Dr. Lena Hofmann, Sanderstraße 12, 97070 Würzburg"],
        "Praxis Dr. Lena Hofmann", True, "MK-2026-0512", D(2026, 11, 17), 14,
        [("Wartezimmer gestrichen, 48 m²", 96000), ("Lackierarbeiten Türen", 24000)],
        note="no block: the practice, its street and its town on one 'Kunde' row")
    add("maler", "de", "de", "window", "Förderverein Grundschule am Hubland <kasse@foerderverein-hubland.de>",
        ["kasse@foerderverein-hubland.de"], ["Förderverein der", "Grundschule am Hubland e.V.", "z. Hd. Kassenwart",
                                             "Am Hubland 20", "97074 Würzburg"],
        "Förderverein der Grundschule am Hubland e.V.", True, "MK-2026-0517", D(2026, 11, 19), 30,
        [("Wandbild Pausenhalle, Entwurf und Ausführung", 184000)],
        note="an association's name broken after 'der' in the window")
    add("moser", "de", "at", "window", "Bäckerei Weinzierl <office@baeckerei-weinzierl.at>",
        ["office@baeckerei-weinzierl.at"], ["Bäckerei Weinzierl GesmbH", "Hauptplatz 9", "4040 Linz"],
        "Bäckerei Weinzierl GesmbH", True, "2026-0934", D(2026, 11, 18), 14,
        [("Elektroinstallation Backstube, Starkstromanschluss", 214000)],
        note="an Austrian GesmbH, the To header's name without its legal form")
    add("moser", "de", "at", "right", "Hofer & Lang <office@hoferlang.at>", ["office@hoferlang.at"],
        ["Hofer & Lang OG", "Steuerberatung", "Landstraße 49", "4020 Linz"], "Hofer & Lang OG", True,
        "2026-0941", D(2026, 11, 23), 14, [("Netzwerkverkabelung Büro, 12 Dosen", 168000)],
        debtor_facts=["UID ATU69120338"],
        note="an Austrian OG with its trade under the name; its own UID")
    add("gisler", "de", "ch", "window", "Gemeinde Flüelen <bauverwaltung@flueelen.ch>", ["bauverwaltung@flueelen.ch"],
        ["Gemeinde Flüelen", "Bauverwaltung", "Dorfstrasse 1", "6454 Flüelen"], "Gemeinde Flüelen", True,
        "GH-26-1207", D(2026, 11, 20), 30, [("Ersatz Warmwasserspeicher Schulhaus", 612000)],
        note="a Swiss municipality with its department on the next line")
    add("gisler", "de", "ch", "right", "Regula von Wattenwyl <r.vonwattenwyl@bluewin.ch>",
        ["r.vonwattenwyl@bluewin.ch"], ["Frau Regula von", "Wattenwyl-Imhof", "Seedorferstrasse 9", "6460 Altdorf UR"],
        "Regula von Wattenwyl-Imhof", False, "GH-26-1211", D(2026, 11, 24), 30,
        [("Entkalkung Boiler, Service", 42000)],
        note="a person's double name broken after 'von' in a narrow window")
    add("maler", "de", "de", "right", "Autohaus Brehm <buchhaltung@autohaus-brehm.de>",
        ["buchhaltung@autohaus-brehm.de"], ["Autohaus Brehm GmbH", "Buchhaltung", "Mergentheimer Str. 88",
                                            "97084 Würzburg"], "Autohaus Brehm GmbH", True, "MK-2026-0523",
        D(2026, 11, 25), 30, [("Ausstellungsraum gestrichen, 220 m²", 352000)], code=("Kunde", "BREHMAU"),
        note="a customer code of capitals among the details beside the block; its department below it")
    add("maler", "de", "de", "window", "Tobias Ebner <tobias.ebner@web.de>", ["tobias.ebner@web.de"],
        ["Herrn Tobias Ebner", "Frankenstraße 31", "97078 Würzburg"], "Tobias Ebner", False, "MK-2026-0529",
        D(2026, 11, 26), 14, [("Treppenhaus gestrichen", 128000)],
        after_total=["Verwendungszweck: EB-2026-318"], reference="EB-2026-318",
        note="a labelled Verwendungszweck of its own")
    return out


def build_not_invoices():
    out = []

    def add(key, lang, to, rcpts, subject, d, why, text, pages=None, pdf_name=None):
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=text, pdf=pages is not None)
        out.append(tp.rec("inv-prt2-%03d" % (31 + len(out)), key, "outlook", lang, "none", rcpts, eml, pages,
                          pdf_name, why_not=why))

    sig = tp.signature
    sb = tp.doc_pdf("vloer", ["Woonzorg Het Baken B.V.", "Financiële administratie", "Postbus 412",
                              "7400 AK Deventer"], "SALDOBEVESTIGING",
                    [("Debiteurnummer", "20418"), ("Peildatum", "30-11-2026")],
                    [("DE-26-4302  02-10-2026  factuur", "€ 1.742,40"), ("DE-26-4388  06-11-2026  factuur", "€ 3.484,80")],
                    ["Wilt u het saldo bevestigen door dit formulier getekend terug te sturen?",
                     "Akkoord saldo: ____________   Handtekening: ____________"],
                    totals=[("Saldo in ons voordeel", "€ 5.227,20", True)])
    add("vloer", "nl", "administratie@woonzorghetbaken.nl", ["administratie@woonzorghetbaken.nl"],
        "Saldobevestiging per 30-11-2026", D(2026, 12, 1), "a balance confirmation asking the customer to confirm "
        "the open balance; it bills nothing",
        "Geachte heer, mevrouw,\n\nIn verband met de jaarafsluiting vragen wij u het bijgevoegde saldo te "
        "bevestigen.\n\nMet vriendelijke groet,\n" + sig("vloer", "Ilse ter Horst"), sb, "Saldobevestiging_20418.pdf")
    add("tuin", "nl", "info@bakkerijvanginkel.nl", ["info@bakkerijvanginkel.nl"], "Factuur GW-2026-214",
        D(2026, 11, 21), "says an invoice went to the wrong name and will be replaced; nothing billed by this mail",
        "Beste Jeroen,\n\nFactuur GW-2026-214 van € 494,14 is per abuis op naam van Van Ginkel Vastgoed gezet. "
        "Wilt u deze factuur als niet verzonden beschouwen? U ontvangt morgen een gecorrigeerde factuur met een "
        "nieuw nummer.\n\nExcuses voor het ongemak,\n" + sig("tuin", "Wouter Groenewoud"))
    add("tuin", "nl", "tvanlienden@xs4all.nl", ["tvanlienden@xs4all.nl"], "Uw betaling van € 250,00",
        D(2026, 11, 28), "asks which invoice a payment belongs to",
        "Beste heer Van Lienden,\n\nWij ontvingen op 27-11-2026 € 250,00 van u zonder omschrijving. Bij ons staan "
        "de facturen GW-2026-198 (€ 250,00) en GW-2026-226 (€ 2.637,80) op uw naam. Kunt u laten weten voor welke "
        "factuur deze betaling bedoeld is?\n\nMet vriendelijke groet,\n" + sig("tuin", "Wouter Groenewoud"))
    add("schrijn", "nl", "boekhouding@apotheekclaeys.be", ["boekhouding@apotheekclaeys.be"],
        "Overzicht openstaande facturen", D(2026, 11, 30), "a list of open items typed in the mail",
        "Goeiedag,\n\nOp vraag van jullie boekhouder het overzicht van de openstaande posten:\n\n"
        "2026/0281  14/10/2026  € 1.210,00\n2026/0324  21/11/2026  € 4.985,20\nTotaal open  € 6.195,20\n\n"
        "Met vriendelijke groeten,\n" + sig("schrijn", "Bram Vandamme"))
    add("vloer", "nl", "acvdboogaard@kpnmail.nl", ["acvdboogaard@kpnmail.nl"], "Betalingskenmerk factuur DE-26-4418",
        D(2026, 11, 19), "answers a question about the payment reference of an invoice sent before",
        "Beste mevrouw Van den Boogaard,\n\nU vroeg welk kenmerk u bij de betaling van factuur DE-26-4418 "
        "(€ 2.589,40) moet vermelden: het factuurnummer is voldoende, een apart betalingskenmerk is er niet.\n\n"
        "Met vriendelijke groet,\n" + sig("vloer", "Ilse ter Horst"))
    bc = tp.doc_pdf("harrow", ["Harbour Kitchen Ltd", "Accounts Payable", "2 Quayside", "Leeds LS1 4BR"],
                    "BALANCE CONFIRMATION", [("Account", "HARBK1"), ("As at", "30 November 2026")],
                    [("HE-26-0801  12 Oct 2026  Invoice", "£1,218.00"), ("HE-26-0880  20 Nov 2026  Invoice", "£648.00")],
                    ["Please confirm that the balance agrees with your ledger and return a signed copy to our auditors."],
                    style="en", totals=[("Balance due to us", "£1,866.00", True)])
    add("harrow", "en", "accounts@harbourkitchen.co.uk", ["accounts@harbourkitchen.co.uk"],
        "Audit - balance confirmation request", D(2026, 12, 1), "a balance confirmation for the auditors",
        "Dear Accounts Payable,\n\nOur auditors ask us to confirm balances with our customers. Please check the "
        "attached and sign it if it agrees.\n\nMany thanks,\n" + sig("harrow", "Gemma Holroyd"), bc,
        "Balance_confirmation_HARBK1.pdf")
    add("shannon", "en", "office@ballinakillcdp.ie", ["office@ballinakillcdp.ie"],
        "Invoice SOS-26-1902 - sent to the wrong address", D(2026, 11, 18),
        "says an invoice was addressed wrongly and will be reissued; it bills nothing itself",
        "Hi all,\n\nInvoice SOS-26-1902 (€2,020.98) went out addressed to Ballinakill Sports Club instead of "
        "Ballinakill Community Development CLG. Please ignore it - a corrected invoice will follow under a new "
        "number.\n\nSorry about that,\n" + sig("shannon", "Ciarán Hayes"))
    add("burren", "en", "padraigol@eircom.net", ["padraigol@eircom.net"], "Payment received - which invoice?",
        D(2026, 11, 30), "asks which invoice a payment is for",
        "Hi Pádraig,\n\nA transfer of €500.00 reached us today with no reference. You have two invoices with us, "
        "BWS-0388 (€500.00) and BWS-0412 (€1,168.50) - could you tell me which one it is for?\n\nThanks,\n"
        + sig("burren", "Orla Considine"))
    add("harrow", "en", "landlord@oldbellthirsk.co.uk", ["landlord@oldbellthirsk.co.uk"], "Your account with us",
        D(2026, 11, 30), "a statement of the account typed in the mail",
        "Dear Mr Pickering,\n\nAccount summary as at 30 November 2026:\n\nHE-26-0790  5 Oct 2026  £516.00\n"
        "HE-26-0871  16 Nov 2026  £726.00\nPayment 20 Oct 2026  -£516.00\nBalance  £726.00\n\n"
        "Kind regards,\n" + sig("harrow", "Gemma Holroyd"))
    add("shannon", "en", "accounts@kerrycoasttours.ie", ["accounts@kerrycoasttours.ie"],
        "Please confirm balance as at 30/11/2026", D(2026, 12, 2), "a balance confirmation typed in the mail",
        "Dear Accounts,\n\nAs part of our year-end we would be grateful if you could confirm the balance on your "
        "account with us:\n\nSOS-26-1911  20 Nov 2026  €1,120.00\nBalance as at 30/11/2026  €1,120.00\n\n"
        "Please reply to confirm or let us know of any difference. This is not a request for payment.\n\n"
        "Regards,\n" + sig("shannon", "Ciarán Hayes"))
    sd = tp.doc_pdf("maler", ["Autohaus Brehm GmbH", "Buchhaltung", "Mergentheimer Str. 88", "97084 Würzburg"],
                    "Saldenabstimmung", [("Kundennummer", "BREHMAU"), ("Stichtag", "30.11.2026")],
                    [("MK-2026-0440  08.10.2026  Rechnung", "2.094,40 €"), ("MK-2026-0523  25.11.2026  Rechnung", "4.188,80 €")],
                    ["Wir bitten Sie, den Saldo zu prüfen und uns die Übereinstimmung zu bestätigen."],
                    style="de", totals=[("Saldo zu unseren Gunsten", "6.283,20 €", True)])
    add("maler", "de", "buchhaltung@autohaus-brehm.de", ["buchhaltung@autohaus-brehm.de"],
        "Saldenabstimmung zum 30.11.2026", D(2026, 12, 1), "a balance confirmation (Saldenabstimmung)",
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Saldenabstimmung zum Stichtag mit der Bitte um "
        "Bestätigung.\n\nMit freundlichen Grüßen\n" + sig("maler", "Stefan Kessler"), sd, "Saldenabstimmung.pdf")
    add("moser", "de", "office@hoferlang.at", ["office@hoferlang.at"], "Saldenbestätigung", D(2026, 12, 2),
        "a balance confirmation typed in the mail",
        "Sehr geehrte Damen und Herren,\n\nzum Jahresabschluss bitten wir um Bestätigung des folgenden Saldos:\n\n"
        "Rechnung 2026-0941 vom 23.11.2026  2.016,00 €\nSaldo per 30.11.2026  2.016,00 €\n\nBitte bestätigen Sie "
        "uns den Saldo kurz per E-Mail.\n\nMit freundlichen Grüßen\n" + sig("moser", "Christina Moser"))
    add("maler", "de", "tobias.ebner@web.de", ["tobias.ebner@web.de"], "Ihre Rechnung MK-2026-0529",
        D(2026, 11, 27), "says an invoice went to the wrong name and will be replaced",
        "Sehr geehrter Herr Ebner,\n\nunsere Rechnung MK-2026-0529 über 1.523,20 € ist versehentlich auf Ihren "
        "Vermieter ausgestellt worden. Bitte betrachten Sie sie als gegenstandslos; eine berichtigte Rechnung "
        "folgt in den nächsten Tagen.\n\nMit freundlichen Grüßen\n" + sig("maler", "Stefan Kessler"))
    add("gisler", "de", "r.vonwattenwyl@bluewin.ch", ["r.vonwattenwyl@bluewin.ch"], "Zahlungseingang",
        D(2026, 11, 30), "asks which invoice a payment is for",
        "Grüezi Frau von Wattenwyl\n\nWir haben CHF 420.00 ohne Angabe erhalten. Offen sind bei uns die "
        "Rechnungen GH-26-1102 (CHF 420.00) und GH-26-1211 (CHF 454.00). Für welche Rechnung ist die Zahlung "
        "bestimmt?\n\nFreundliche Grüsse\n" + sig("gisler", "Reto Gisler"))
    op = tp.doc_pdf("gisler", ["Gemeinde Flüelen", "Bauverwaltung", "Dorfstrasse 1", "6454 Flüelen"],
                    "Offene Posten", [("Kunde", "FLUE01"), ("Datum", "30.11.2026")],
                    [("GH-26-1015  02.10.2026", "CHF 1'840.00"), ("GH-26-1207  20.11.2026", "CHF 6'615.72")],
                    ["Diese Aufstellung dient Ihrer Information."],
                    totals=[("Total offen", "CHF 8'455.72", True)])
    add("gisler", "de", "bauverwaltung@flueelen.ch", ["bauverwaltung@flueelen.ch"], "Offene Posten per 30.11.2026",
        D(2026, 11, 30), "a list of open items",
        "Grüezi\n\nIn der Beilage die Liste der offenen Posten.\n\nFreundliche Grüsse\n" + sig("gisler", "Reto Gisler"),
        op, "Offene_Posten.pdf")
    return out


def build():
    return build_invoices() + build_not_invoices()


# mailkit's checks and the counts (30 invoices, 15 not), as train_parties has them.
check = tp.check


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-parties2.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
