"""train_numbers: a training split about numbers and amounts that look alike (the numbers27
round, written to the same brief as heldout27 with its own firms, customers and wordings, never
heldout27's records), and mails from the same firms that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland) on pages crowded
with numbers of which only one is the invoice's: customer, order, the debtor's PO, contract,
project, delivery note, dossier, case, licence plate, chassis, mileage, meter, ticket, article
numbers, KvK / HRB / VAT / Companies House, phones, postcodes, Eircodes, years, "page 1/2", an
RF or structured reference, an invoice corrected, numbers with letters, slashes, dots and
spaces ("2026 / 0147", "F-26.0093", "INV 0042 B"); amounts of which only one is due (subtotal,
VAT per rate, total, deposit or advance paid, open items of earlier invoices beside it, Skonto,
retention, rounding, an instalment against the contract's sum, a month's fee against the
year's, an account balance against this invoice, two currencies, unit price × quantity, "0,00"
lines, a credit applied); several dates (delivery, service period, order, letter, Skonto,
tax point, the next inspection). Mail texts carry numbers too (a ticket number in the subject,
"your reference", phone numbers in the signature).

Not invoices (same firms): statements, payment plans, quotes with totals, order
confirmations, a packing list, a meter reading, a price-change notice, a customer's
remittance advice, a pro forma, an annual tax overview (§ 35a EStG).

Labels follow corpus/invoices/README.md lines 1-89 and the later rounds' calls: the amount
due is this invoice's after deposits, advances, credits applied and retention, never an
account's balance of several invoices; the total is what the invoice calls its total
(before a deposit is taken off); with Skonto the full total and the net term; the Swiss
5-Rappen rounding is part of the total; an Abschlags- or termijnfactuur's total is the
instalment; a credit note is negative with no due date; a number as printed, with its
spaces. Written by hand for training (the reader's rules are tuned on it); seeded; run it to
write ../train-numbers.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days  # noqa: E402

SEED = 20261227
rng = random.Random(SEED)
D = datetime.date

# Sellers: key -> (name, street, town, mailbox, iban country, register facts, phone, web, person).
FIRMS = {
    "koel": ("Koeltechniek Brouwer B.V.", "Ecofactorij 21", "7325 WC Apeldoorn", "facturatie@brouwer-koeltechniek.nl",
             "NL", ["KvK 08211934", "BTW NL8092.11.934.B01"], "055 - 360 41 70", "www.brouwer-koeltechniek.nl",
             "Ilse Brouwer"),
    "garage": ("Autobedrijf Van Gelder", "Nijverheidsweg 7", "3771 ME Barneveld", "werkplaats@vangelder-auto.nl",
               "NL", ["KvK 09177420", "BTW NL001744205B44"], "0342 - 41 22 90", "www.vangelder-auto.nl",
               "Henk van Gelder"),
    "vertaal": ("Vertaalbureau Linde", "Oudegracht 214", "3511 NS Utrecht", "administratie@vertaalbureau-linde.nl",
                "NL", ["KvK 30221876", "Btw-id NL004412876B02"], "030 - 231 77 45", "www.vertaalbureau-linde.nl",
                "Marieke Linde"),
    "schrijn": ("Schrijnwerkerij Declercq BV", "Kortrijksesteenweg 512", "9000 Gent", "boekhouding@declercq-schrijnwerk.be",
                "BE", ["Ondernemingsnummer BE 0761.338.214", "RPR Gent"], "09 222 41 08", "www.declercq-schrijnwerk.be",
                "Wouter Declercq"),
    "hire": ("Tamar Plant Hire Ltd", "Unit 9, Cattedown Wharf", "Plymouth PL4 0SE", "accounts@tamarplanthire.co.uk",
             "GB", ["Registered in England 08812231", "VAT Reg. No. GB 412 7730 58"], "01752 660 415",
             "www.tamarplanthire.co.uk", "Sarah Penhale"),
    "print": ("Fernhill Print & Signs Ltd", "22 Kirkstall Road", "Leeds LS3 1JJ", "invoices@fernhillprint.co.uk", "GB",
              ["Company No. 10455287", "VAT No. GB 287 1199 40"], "0113 496 0172", "fernhillprint.co.uk",
              "Dev Mistry"),
    "shannon": ("Shannon Facility Services Ltd", "Dock Road", "Limerick V94 K2X3", "accounts@shannonfacility.ie", "IE",
                ["CRO 612904", "VAT IE 3388104LH"], "061 402 880", "shannonfacility.ie", "Aoife Moloney"),
    "kfz": ("Kfz-Meisterbetrieb Albrecht", "Weimarische Straße 41", "99099 Erfurt", "rechnung@kfz-albrecht.de", "DE",
            ["Steuernr. 151/224/10873", "USt-IdNr. DE318822041"], "0361 21 44 70", "www.kfz-albrecht.de",
            "Uwe Albrecht"),
    "ing": ("Ingenieurbüro Seidel GmbH", "Königsbrücker Straße 96", "01099 Dresden", "buchhaltung@ib-seidel.de", "DE",
            ["Amtsgericht Dresden HRB 41128", "USt-IdNr. DE277310458"], "0351 81 66 20-0", "www.ib-seidel.de",
            "Katrin Seidel"),
    "gruber": ("Elektro Gruber GmbH", "Wiener Straße 131", "4020 Linz", "office@elektro-gruber.at", "AT",
               ["FN 388412 m, LG Linz", "UID ATU67120348"], "+43 732 66 18 40", "www.elektro-gruber.at",
               "Stefan Gruber"),
    "zaugg": ("Holzbau Zaugg AG", "Gwattstrasse 44", "3604 Thun", "buchhaltung@holzbau-zaugg.ch", "CH",
              ["CHE-338.117.902 MWST"], "033 336 71 20", "www.holzbau-zaugg.ch", "Beat Zaugg"),
    "wendt": ("Hausmeisterservice Wendt", "Karl-Liebknecht-Straße 88", "04275 Leipzig", "service@hms-wendt.de", "DE",
              ["Steuernr. 231/260/44871"], "0341 30 81 552", "www.hms-wendt.de", "Ronny Wendt"),
}
IBANS = {k: mk.iban(rng, v[4]) for k, v in FIRMS.items()}
LANG_OF = {"koel": "nl", "garage": "nl", "vertaal": "nl", "schrijn": "be", "hire": "en", "print": "en",
           "shannon": "en", "kfz": "de", "ing": "de", "gruber": "de", "zaugg": "de", "wendt": "de"}
CUR_OF = {"hire": "GBP", "print": "GBP", "zaugg": "CHF"}


def cash(key, cents, cur=None):
    lang = LANG_OF[key]
    return mk.money_in(cur or CUR_OF.get(key, "EUR"), "nl" if lang == "be" else lang, cents)


def dt(key, d, style=None):
    return mk.date_in(LANG_OF[key], d, style)


def vat(cents, permille):
    """VAT rounded half up to the cent, as the tools print it."""
    return (cents * permille + 500) // 1000


def signature(key, person=None):
    name, street, town, _m, _c, reg, phone, web, who = FIRMS[key]
    return "\n".join([person or who, name, street + ", " + town, "T " + phone, web] + reg)


def letterhead(p, key):
    name, street, town, _m, _c, _r, phone, web, _w = FIRMS[key]
    p.text(56, 52, name, size=14, bold=True)
    p.text(56, 66, "%s · %s · T %s · %s" % (street, town, phone, web), size=8)


def footer(p, key, page_of=None):
    name, _s, _t, mailbox, _c, reg, _p, _w, _x = FIRMS[key]
    p.text(56, 788, "%s · %s · %s" % (name, " · ".join(reg), mailbox), size=6.5)
    p.text(56, 798, "IBAN %s" % mk.iban_spaced(IBANS[key]), size=6.5)
    if page_of:
        p.right(539, 798, page_of, size=6.5)


def doc(key, block, title, facts, head, rows, totals=(), notes=(), page_of=None, block_right=False, above=()):
    """One page: letterhead, the customer's window (left, or right with the facts left),
    the facts column, @above lines under the title, a table with a @head row, rows of a
    description and right-aligned columns, the totals (label, amount, bold) and notes
    ({iban} filled in)."""
    p = mk.Page()
    letterhead(p, key)
    name, street, town = FIRMS[key][:3]
    bx, fx = (330, 56) if block_right else (56, 330)
    p.text(bx, 126, "%s · %s · %s" % (name, street, town), size=6)
    for i, ln in enumerate(block):
        p.text(bx, 142 + 13 * i, ln, size=10)
    for i, (k, v) in enumerate(facts):
        p.text(fx, 142 + 13 * i, k, size=8.5)
        p.right(fx + 209, 142 + 13 * i, v, size=8.5)
    y = 142 + 13 * max(len(block), len(facts)) + 26
    p.text(56, y, title, size=16, bold=True)
    y += 22
    for ln in above:
        p.text(56, y, ln, size=8.5)
        y += 12
    y += 8
    if head:
        p.text(56, y, head[0], size=8, bold=True)
        for k, c in enumerate(head[1:]):
            p.right(539 - 70 * (len(head) - 2 - k), y, c, size=8, bold=True)
        y += 15
    y = p.line_rows(y, rows)
    if totals:
        y = p.totals_notes(y, list(totals), list(notes), mk.iban_spaced(IBANS[key]))
    else:
        for ln in notes:
            p.text(56, y + 10, ln.format(iban=mk.iban_spaced(IBANS[key])), size=8.5)
            y += 12
    footer(p, key, page_of)
    return p


OUT = []


def add(key, rcpts, to, subject, d, kind_args, exp=None, why_not=None, note="", tool="word-pdf", pdf_name=None):
    """One record: @kind_args is {"pages": [...], "cover": text} for a PDF, {"text": ...} or
    {"html": ...} for a body; @exp the labels (None for a non-invoice)."""
    name, _s, _t, mailbox = FIRMS[key][:4]
    lang = "nl" if LANG_OF[key] == "be" else LANG_OF[key]
    eml, kind = mk.mail_in_kind(rng, mailbox, name, to, subject, d, iban=mk.iban_spaced(IBANS[key]), **kind_args)
    if exp is None:
        kind = "none"
    rid = "inv-num-%03d" % (len(OUT) + 1)
    OUT.append(mk.record(rid, tool, lang, kind, {"mail_from": mailbox, "rcpt_to": rcpts}, eml,
                         pages=kind_args.get("pages"), pdf_filename=pdf_name, expected=exp, why_not=why_not,
                         note=note))


def exp(key, number, due, total, issue, due_date, debtor, email, business, reference=None, credit=False, cur=None):
    lang = "nl" if LANG_OF[key] == "be" else LANG_OF[key]
    return mk.expected(number, due, total, issue, due_date, debtor, email, IBANS[key], business, lang,
                       reference=reference, currency=cur or CUR_OF.get(key, "EUR"), credit=credit)


def qty_rows(key, items):
    """Rows of (description, quantity, unit price cents): description, quantity, unit price,
    line amount; returns (rows, net)."""
    rows, net = [], 0
    for desc, q, unit in items:
        line = round(q * unit)
        net += line
        qs = ("%g" % q).replace(".", "," if LANG_OF[key] != "en" else ".")
        rows.append((desc, qs, cash(key, unit), cash(key, line)))
    return rows, net


def cover(key, text):
    return text + "\n\n" + signature(key)


def build_invoices():
    # 1 koel: a window crowded with numbers; "2026 / 0147" among customer, order, PO, project and contract numbers.
    k, iss = "koel", D(2026, 11, 12)
    rows, net = qty_rows(k, [("Onderhoud koelcel (art. 70-118)", 2, 38500), ("Koudemiddel R449A per kg (art. 31-449)", 4, 6250),
                             ("Voorrijkosten", 1, 4500)])
    tax = vat(net, 210)
    p = doc(k, ["Bakkerij De Korenschoof B.V.", "t.a.v. crediteurenadministratie", "Dorpsstraat 88", "3781 BK Voorthuizen"],
            "FACTUUR", [("Klantnummer", "40118"), ("Factuurnummer", "2026 / 0147"), ("Factuurdatum", dt(k, iss)),
                        ("Uw ordernummer", "PO-4471-26"), ("Projectnummer", "P26-031"),
                        ("Onderhoudscontract", "C-2024-118"), ("Uitvoeringsdatum", dt(k, iss - days(6)))],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"), rows,
            [("Subtotaal", cash(k, net), False), ("BTW 21% over " + cash(k, net), cash(k, tax), False),
             ("Totaal", cash(k, net + tax), True)],
            ["Betaling binnen 14 dagen op {iban} o.v.v. factuurnummer en klantnummer 40118.",
             "Vragen? Bel 055 - 360 41 70 (ma-vr 8.00-17.00)."], page_of="Pagina 1/1")
    add(k, ["crediteuren@korenschoof.nl"], "Crediteuren Korenschoof <crediteuren@korenschoof.nl>",
        "Factuur 2026 / 0147 - uw order PO-4471-26", iss,
        {"pages": [p], "cover": cover(k, "Geachte heer, mevrouw,\n\nBijgaand factuur 2026 / 0147 voor het onderhoud "
                                          "van 6 november (uw order PO-4471-26).\n\nMet vriendelijke groet,")},
        exp(k, "2026 / 0147", net + tax, net + tax, iss, iss + days(14), "Bakkerij De Korenschoof B.V.",
            "crediteuren@korenschoof.nl", True), pdf_name="factuur-2026-0147.pdf",
        note="seven numbers in the facts column, article numbers in the lines, an amount in the VAT label")

    # 2 koel: a termijnfactuur — the contract sum and the earlier instalment printed beside this one.
    iss = D(2026, 11, 20)
    inst = 600000
    tax = vat(inst, 210)
    p = doc(k, ["Slagerij Hofman", "De heer J. Hofman", "Marktplein 3", "3881 BK Putten"], "TERMIJNFACTUUR",
            [("Factuurnummer", "F-26.0093"), ("Datum", dt(k, iss)), ("Debiteur", "40562"), ("Offerte", "OF-26-0211"),
             ("Project", "Nieuwe koelcel 2026-14")],
            ("Omschrijving", "Bedrag"),
            [("Aanneemsom installatie koelcel excl. btw: " + cash(k, 2400000), ""),
             ("Termijn 1 (gefactureerd met F-26.0041, voldaan): " + cash(k, 600000), ""),
             ("Termijn 2 van 4: 25% bij oplevering leidingwerk", cash(k, inst))],
            [("Totaal excl. btw", cash(k, inst), False), ("Btw 21%", cash(k, tax), False),
             ("Totaal deze termijn", cash(k, inst + tax), True)],
            ["Nog te factureren na deze termijn: " + cash(k, 1200000) + " excl. btw.",
             "Wij verzoeken u het bedrag van deze termijn binnen 30 dagen over te maken op {iban}."], page_of="1/1")
    add(k, ["info@slagerijhofman.nl"], "info@slagerijhofman.nl", "Termijnfactuur F-26.0093", iss,
        {"pages": [p], "cover": cover(k, "Beste heer Hofman,\n\nHierbij de factuur voor termijn 2.\n\nGroet,")},
        exp(k, "F-26.0093", inst + tax, inst + tax, iss, iss + days(30), "Slagerij Hofman", "info@slagerijhofman.nl",
            True), pdf_name="F-26.0093.pdf", note="the contract sum, the first instalment and the rest beside this one")

    # 3 garage: licence plate, mileage, work order, the next APK date, an advance paid for parts.
    k, iss = "garage", D(2026, 11, 9)
    rows, net = qty_rows(k, [("Distributieriem vervangen (arbeid, uur)", 3.5, 7200), ("Distributieset 530 0632 10", 1, 24895),
                             ("Waterpomp 538 0216 10", 1, 8940), ("Koelvloeistof G13, liter", 5, 690)])
    tax = vat(net, 210)
    paid = 20000
    p = doc(k, ["Dhr. R. Hakkert", "Esvelderweg 41", "3772 PB Barneveld"], "FACTUUR",
            [("Factuurnr.", "26-1187"), ("Datum", dt(k, iss)), ("Werkorder", "WO 26-3390"), ("Kenteken", "52-XKT-7"),
             ("Km-stand", "148.212"), ("Volgende APK", dt(k, D(2027, 10, 14))), ("Klantnr.", "7731")],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"), rows,
            [("Totaal excl. BTW", cash(k, net), False), ("BTW 21%", cash(k, tax), False),
             ("Totaal incl. BTW", cash(k, net + tax), True), ("Aanbetaling onderdelen (pin 02-11-2026)", "- " + cash(k, paid), False),
             ("Nog te voldoen", cash(k, net + tax - paid), True)],
            ["Graag binnen 8 dagen overmaken op {iban} o.v.v. factuurnummer 26-1187."])
    add(k, ["r.hakkert@kpnmail.nl"], "R. Hakkert <r.hakkert@kpnmail.nl>", "Uw factuur 26-1187 (52-XKT-7)", iss,
        {"pages": [p], "cover": cover(k, "Beste heer Hakkert,\n\nUw auto staat klaar. Bijgaand de factuur.\n\nGroeten,")},
        exp(k, "26-1187", net + tax - paid, net + tax, iss, iss + days(8), "R. Hakkert", "r.hakkert@kpnmail.nl", False),
        pdf_name="26-1187.pdf", note="plate, mileage, APK date, article numbers; an advance paid by pin")

    # 4 garage: typed in the mail, the plate and the work order in the subject.
    iss = D(2026, 11, 23)
    net = 16400 + 3850
    tax = vat(net, 210)
    text = ("Beste mevrouw Oosterhout,\n\nUw Polo (7-TNB-41) is klaar. Hieronder de factuur.\n\n"
            "Aan: mevr. S. Oosterhout, Brinkweg 3, 3774 KA Kootwijkerbroek\n"
            "Factuurnummer: 26-1203\nFactuurdatum: %s\nWerkorder: WO 26-3412\nKilometerstand: 92 540\n\n"
            "Kleine beurt  %s\nRuitenwisserbladen (2x %s)  %s\n\nTotaal excl. btw  %s\nBtw 21%%  %s\nTotaal  %s\n\n"
            "Graag binnen 14 dagen overmaken op {iban} onder vermelding van 26-1203.\n\nMet vriendelijke groet,\n\n%s"
            % (dt(k, iss), cash(k, 16400), cash(k, 1925), cash(k, 3850), cash(k, net), cash(k, tax), cash(k, net + tax),
               signature(k)))
    add(k, ["s.oosterhout@hetnet.nl"], "s.oosterhout@hetnet.nl", "7-TNB-41 klaar - werkorder WO 26-3412", iss,
        {"text": text}, exp(k, "26-1203", net + tax, net + tax, iss, iss + days(14), "S. Oosterhout",
                            "s.oosterhout@hetnet.nl", False), tool="typed",
        note="plate and work order in the subject, mileage with a space, unit price beside its line")

    # 5 vertaal: dossier, case number of the court, the client's reference, a betalingskenmerk.
    k, iss = "vertaal", D(2026, 11, 17)
    rows, net = qty_rows(k, [("Beëdigde vertaling NL-DE, woorden", 2340, 14), ("Beëdigingsverklaring", 1, 3500)])
    tax = vat(net, 210)
    p = doc(k, ["Hoekstra Stolk Advocaten", "t.a.v. mr. E. Stolk", "Postbus 8120", "3503 RC Utrecht"], "FACTUUR",
            [("Factuurnummer", "VL26-0418"), ("Factuurdatum", dt(k, iss)), ("Dossier", "2026-DOS-0218"),
             ("Uw kenmerk", "LIT/2026/338"), ("Zaaknummer", "C/16/551204 / HA ZA 26-411"), ("Geleverd", dt(k, iss - days(3)))],
            ("Omschrijving", "Aantal", "Tarief", "Bedrag"), rows,
            [("Subtotaal", cash(k, net), False), ("Btw 21%", cash(k, tax), False), ("Te betalen", cash(k, net + tax), True)],
            ["Betalingskenmerk: 1000 2045 8812 3409", "Betaling binnen 30 dagen na factuurdatum op {iban}."],
            page_of="Pagina 1 van 1")
    add(k, ["facturen@hoekstrastolk.nl"], "facturen@hoekstrastolk.nl", "Factuur VL26-0418 | uw kenmerk LIT/2026/338", iss,
        {"pages": [p], "cover": cover(k, "Geachte mr. Stolk,\n\nIn de bijlage de factuur voor de vertaling in dossier "
                                          "2026-DOS-0218.\n\nMet vriendelijke groet,")},
        exp(k, "VL26-0418", net + tax, net + tax, iss, iss + days(30), "Hoekstra Stolk Advocaten",
            "facturen@hoekstrastolk.nl", True, reference="1000204588123409"), pdf_name="VL26-0418.pdf",
        note="dossier, case and client numbers; 2340 words at 0,14")

    # 6 vertaal: a credit note naming the invoice it corrects.
    iss = D(2026, 11, 25)
    net = -7000
    tax = vat(net, 210)
    p = doc(k, ["Stichting Wereldwijs", "Lange Nieuwstraat 40", "3512 PK Utrecht"], "CREDITNOTA",
            [("Creditnota", "CN26-0012"), ("Datum", dt(k, iss)), ("Corrigeert factuur", "VL26-0377"),
             ("Factuurdatum origineel", dt(k, D(2026, 10, 28))), ("Dossier", "2026-DOS-0190")],
            ("Omschrijving", "Bedrag"),
            [("Spoedtoeslag ten onrechte berekend (factuur VL26-0377, regel 2)", cash(k, net))],
            [("Subtotaal", cash(k, net), False), ("Btw 21%", cash(k, tax), False), ("Totaal creditnota", cash(k, net + tax), True)],
            ["Het bedrag wordt verrekend met uw volgende factuur of op verzoek teruggestort."])
    add(k, ["administratie@wereldwijs.nl"], "administratie@wereldwijs.nl", "Creditnota CN26-0012 bij factuur VL26-0377",
        iss, {"pages": [p], "cover": cover(k, "Beste administratie,\n\nExcuses voor de fout: bijgaand de creditnota.\n\nGroet,")},
        exp(k, "CN26-0012", net + tax, net + tax, iss, None, "Stichting Wereldwijs", "administratie@wereldwijs.nl",
            True, credit=True), pdf_name="CN26-0012.pdf", note="a credit note naming the invoice it corrects")

    # 7 koel: a month's fee beside the year's, contract and period, HTML body.
    k, iss = "koel", D(2026, 12, 1)
    net = 8900
    tax = vat(net, 210)
    html = ("<html><body><p>Beste klant,</p><p>Hierbij de factuur voor uw servicecontract.</p>"
            "<table><tr><td>Factuur aan</td><td>IJssalon Venezia<br>Stationsplein 2<br>3818 LE Amersfoort</td></tr>"
            "<tr><td>Factuurnummer</td><td>2026 / 0162</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr>"
            "<tr><td>Contractnummer</td><td>SC-2025-044</td></tr><tr><td>Periode</td><td>01-12-2026 t/m 31-12-2026</td></tr>"
            "<tr><td>Contractwaarde per jaar</td><td>%s excl. btw</td></tr>"
            "<tr><td>Maandtermijn december</td><td>%s</td></tr><tr><td>Btw 21%%</td><td>%s</td></tr>"
            "<tr><td><b>Te betalen</b></td><td><b>%s</b></td></tr></table>"
            "<p>Graag voor %s overmaken op {iban}.</p><p>Met vriendelijke groet,<br>Ilse Brouwer<br>"
            "Koeltechniek Brouwer B.V.<br>T 055 - 360 41 70<br>KvK 08211934</p></body></html>"
            % (dt(k, iss), cash(k, 106800), cash(k, net), cash(k, tax), cash(k, net + tax), dt(k, iss + days(14))))
    add(k, ["info@venezia-ijs.nl"], "info@venezia-ijs.nl", "Factuur 2026 / 0162 servicecontract SC-2025-044", iss,
        {"html": html}, exp(k, "2026 / 0162", net + tax, net + tax, iss, iss + days(14), "IJssalon Venezia",
                            "info@venezia-ijs.nl", True), tool="html",
        note="the year's contract value beside the month's instalment")

    # 8 schrijn: order form, delivery note, the client's enterprise number, an advance invoiced earlier.
    k, iss = "schrijn", D(2026, 11, 18)
    rows, net = qty_rows(k, [("Binnendeur eik massief 83 cm", 4, 61500), ("Plaatsing per deur", 4, 9500),
                             ("Plinten eik, lopende meter", 28, 1450)])
    tax = vat(net, 60)
    adv = 150000
    ref = mk.ogm("2604418810")
    p = doc(k, ["Familie Vanhoutte", "Kouter 12", "9050 Gentbrugge"], "FACTUUR",
            [("Factuurnr.", "26/0215"), ("Factuurdatum", dt(k, iss, "dmy/")), ("Klantnr.", "3021"),
             ("Bestelbon", "1187 van 02/09/2026"), ("Leveringsbon", "LB 26/0440"), ("Werfadres", "Kouter 12, Gentbrugge")],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"), rows,
            [("Totaal excl. btw", cash(k, net), False), ("Btw 6% (renovatie woning > 10 jaar)", cash(k, tax), False),
             ("Totaal", cash(k, net + tax), True), ("Voorschot (factuur 26/0170)", "- " + cash(k, adv), False),
             ("Saldo te betalen", cash(k, net + tax - adv), True)],
            ["Te betalen binnen 15 dagen op {iban} met gestructureerde mededeling " + ref + "."], page_of="1/1")
    add(k, ["vanhoutte.gent@telenet.be"], "vanhoutte.gent@telenet.be", "Factuur 26/0215 - bestelbon 1187", iss,
        {"pages": [p], "cover": cover(k, "Goeiedag,\n\nIn bijlage onze eindfactuur, met aftrek van het voorschot.\n\nMvg,")},
        exp(k, "26/0215", net + tax - adv, net + tax, iss, iss + days(15), "Familie Vanhoutte", "vanhoutte.gent@telenet.be",
            False, reference=ref), pdf_name="factuur_26-0215.pdf",
        note="order form and delivery note numbers with slashes; an advance invoiced earlier")

    # 9 schrijn: typed, the quote's number as "uw referentie", a delivery date.
    iss = D(2026, 11, 27)
    net = 14 * 3428
    tax = vat(net, 210)
    ref = mk.ogm("2604419921")
    text = ("Beste mevrouw Peeters,\n\nHierbij onze factuur voor de trap.\n\n"
            "Factuur 26/0231 - %s\nKlant: An Peeters, Brugsesteenweg 77, 9940 Evergem\nUw referentie: offerte 26/112\n"
            "Datum levering: %s\n\nTraprenovatie, 14 treden x %s = %s\nBtw 21%%: %s\nTotaal: %s\n\n"
            "Gelieve te betalen voor %s op {iban} met mededeling %s.\n\nMet vriendelijke groeten,\n\n%s"
            % (dt(k, iss, "dmy/"), dt(k, iss - days(4), "dmy/"), cash(k, 3428), cash(k, net), cash(k, tax),
               cash(k, net + tax), dt(k, iss + days(14), "dmy/"), ref, signature(k)))
    add(k, ["an.peeters@skynet.be"], "an.peeters@skynet.be", "Factuur trap - uw offerte 26/112", iss, {"text": text},
        exp(k, "26/0231", net + tax, net + tax, iss, iss + days(14), "An Peeters", "an.peeters@skynet.be",
            False, reference=ref), tool="typed", note="the quote's number, a delivery date, 14 x unit price")

    # 10 vertaal: this invoice with the open items of earlier invoices listed beside it.
    k, iss = "vertaal", D(2026, 11, 30)
    rows, net = qty_rows(k, [("Vertaling EN-NL, woorden", 3150, 12), ("Eindredactie, uur", 1.5, 6500)])
    tax = vat(net, 210)
    p = doc(k, ["Uitgeverij Kompas & Co", "Vredenburgkade 11", "3511 WC Utrecht"], "FACTUUR",
            [("Factuurnummer", "VL26-0431"), ("Factuurdatum", dt(k, iss)), ("Vervaldatum", dt(k, iss + days(21))),
             ("Klantnummer", "K-0088"), ("Projectcode", "KOMPAS-ATLAS-3")],
            ("Omschrijving", "Aantal", "Tarief", "Bedrag"), rows,
            [("Subtotaal", cash(k, net), False), ("Btw 21%", cash(k, tax), False),
             ("Totaal deze factuur", cash(k, net + tax), True)],
            ["Openstaande posten op uw rekening (ter informatie):",
             "VL26-0352  %s  %s" % (dt(k, D(2026, 10, 14)), cash(k, 24200)),
             "VL26-0398  %s  %s" % (dt(k, D(2026, 11, 3)), cash(k, 55055)),
             "Totaal openstaand inclusief deze factuur: %s" % cash(k, 24200 + 55055 + net + tax),
             "Betaling op {iban}."])
    add(k, ["crediteuren@kompasenco.nl"], "crediteuren@kompasenco.nl", "Factuur VL26-0431", iss,
        {"pages": [p], "cover": cover(k, "Goedemiddag,\n\nBijgaand factuur VL26-0431. Wilt u ook de twee openstaande "
                                          "facturen nog even nakijken?\n\nHartelijke groet,")},
        exp(k, "VL26-0431", net + tax, net + tax, iss, iss + days(21), "Uitgeverij Kompas & Co",
            "crediteuren@kompasenco.nl", True), pdf_name="VL26-0431.pdf",
        note="open items of two earlier invoices and their sum with this one under the totals")

    # 11 garage: zero lines (discount, already paid) among the totals.
    k, iss = "garage", D(2026, 12, 2)
    rows, net = qty_rows(k, [("Winterbanden 205/55 R16 91H", 4, 8950), ("Montage en balanceren", 4, 1500),
                             ("Opslag zomerbanden seizoen 2026/2027", 1, 4500)])
    tax = vat(net, 210)
    p = doc(k, ["Loodgietersbedrijf Kamp V.O.F.", "Industrieweg 19", "3771 MD Barneveld"], "FACTUUR",
            [("Factuurnr.", "26-1241"), ("Datum", dt(k, iss)), ("Kenteken", "VZ-118-K"), ("Km-stand", "61.030"),
             ("Uw bestelnummer", "2026-118"), ("Klantnr.", "4410")],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"), rows,
            [("Subtotaal", cash(k, net), False), ("Korting", cash(k, 0), False), ("BTW 21%", cash(k, tax), False),
             ("Totaal", cash(k, net + tax), True), ("Reeds betaald", cash(k, 0), False),
             ("Te betalen", cash(k, net + tax), True)],
            ["Betalingstermijn 30 dagen. IBAN {iban}."])
    add(k, ["administratie@kamp-loodgieters.nl"], "administratie@kamp-loodgieters.nl", "Factuur 26-1241", iss,
        {"pages": [p], "cover": cover(k, "Goedemiddag,\n\nZie bijlage.\n\nGroet,")},
        exp(k, "26-1241", net + tax, net + tax, iss, iss + days(30), "Loodgietersbedrijf Kamp V.O.F.",
            "administratie@kamp-loodgieters.nl", True), pdf_name="26-1241.pdf",
        note="tyre size and season in the lines; 0,00 lines for discount and already paid")

    # 12 hire: account, contract, PO, delivery ticket, hire period and tax point.
    k, iss = "hire", D(2026, 11, 16)
    rows, net = qty_rows(k, [("3t forward tipping dumper, week", 2, 18500), ("1.5t mini excavator, week", 2, 21000),
                             ("Delivery & collection", 1, 9500)])
    tax = vat(net, 200)
    p = doc(k, ["Brunel Groundworks Ltd", "Accounts Payable", "14 Mayflower Court", "Plymouth PL6 8DX"], "INVOICE",
            [("Invoice No.", "TPH/26/1142"), ("Invoice date", dt(k, iss)), ("Tax point", dt(k, iss)),
             ("Account No.", "30041"), ("Hire contract", "HC-77812"), ("Your order no.", "4500018832"),
             ("Delivery ticket", "DT 55190"), ("Hire period", "02/11/2026 - 15/11/2026")],
            ("Description", "Qty", "Rate", "Amount"), rows,
            [("Net", cash(k, net), False), ("VAT @ 20%", cash(k, tax), False), ("Invoice total", cash(k, net + tax), True)],
            ["Payment due within 30 days of the invoice date. Sort code 60-17-21 / account {iban}.",
             "Site: Plot 4, Derriford Business Park, PL6 5WR. Hire desk 01752 660 415."], page_of="Page 1 of 1")
    add(k, ["ap@brunelgroundworks.co.uk"], "Brunel AP <ap@brunelgroundworks.co.uk>",
        "Invoice TPH/26/1142 - PO 4500018832", iss,
        {"pages": [p], "cover": cover(k, "Hello,\n\nPlease find attached our invoice against PO 4500018832.\n\nRegards,")},
        exp(k, "TPH/26/1142", net + tax, net + tax, iss, iss + days(30), "Brunel Groundworks Ltd",
            "ap@brunelgroundworks.co.uk", True), pdf_name="TPH-26-1142.pdf",
        note="a ten-digit PO, a contract, a delivery ticket, a sort code and a site postcode")

    # 13 hire: this invoice against the account's balance.
    iss = D(2026, 11, 30)
    rows, net = qty_rows(k, [("Tower light, week", 3, 12000)])
    tax = vat(net, 200)
    p = doc(k, ["Mrs Linda Trevithick", "Rose Cottage, Fore Street", "Saltash PL12 6JL"], "INVOICE",
            [("Invoice No.", "TPH/26/1198"), ("Date", dt(k, iss)), ("Account", "30577"), ("Contract", "HC-78120")],
            ("Description", "Qty", "Rate", "Amount"), rows,
            [("Subtotal", cash(k, net), False), ("VAT 20%", cash(k, tax), False), ("This invoice", cash(k, net + tax), True)],
            ["Account summary: previous balance %s, payments received %s, this invoice %s, account balance %s."
             % (cash(k, 240000), cash(k, -120000), cash(k, net + tax), cash(k, 120000 + net + tax)),
             "Terms: 14 days. Bank: {iban}."])
    add(k, ["linda.trevithick@btinternet.com"], "linda.trevithick@btinternet.com", "Your invoice TPH/26/1198", iss,
        {"pages": [p], "cover": cover(k, "Dear Mrs Trevithick,\n\nYour invoice is attached.\n\nKind regards,")},
        exp(k, "TPH/26/1198", net + tax, net + tax, iss, iss + days(14), "Linda Trevithick",
            "linda.trevithick@btinternet.com", False), pdf_name="TPH-26-1198.pdf",
        note="an account summary with a larger balance under this invoice's total")

    # 14 print: "INV 0042 B", a job number, a PO, a deposit taken off.
    k, iss = "print", D(2026, 11, 11)
    rows, net = qty_rows(k, [("A5 leaflets 170gsm silk, 5,000", 1, 23000), ("Artwork amends (proof P3)", 1, 4500)])
    tax = vat(net, 200)
    dep = 10000
    p = doc(k, ["Kirkstall Yoga Studio Ltd", "Unit 2, Abbey Mills", "Leeds LS5 3HP"], "INVOICE",
            [("Invoice", "INV 0042 B"), ("Date", dt(k, iss, "dmy/")), ("Job No.", "26-1180"), ("Your PO", "7731"),
             ("Customer", "KYS01")],
            ("Description", "Qty", "Unit", "Total"), rows,
            [("Subtotal", cash(k, net), False), ("VAT 20%", cash(k, tax), False), ("Total", cash(k, net + tax), True),
             ("Less deposit paid 28/10/2026", "-" + cash(k, dep), False), ("Balance due", cash(k, net + tax - dep), True)],
            ["Payment within 7 days to {iban}, quoting INV 0042 B."])
    add(k, ["hello@kirkstallyoga.co.uk"], "hello@kirkstallyoga.co.uk", "Invoice INV 0042 B - job 26-1180", iss,
        {"pages": [p], "cover": cover(k, "Hi Jo,\n\nLeaflets delivered this morning, invoice attached.\n\nCheers,")},
        exp(k, "INV 0042 B", net + tax - dep, net + tax, iss, iss + days(7), "Kirkstall Yoga Studio Ltd",
            "hello@kirkstallyoga.co.uk", True), pdf_name="INV-0042-B.pdf",
        note="a number with a space and a letter; a deposit taken off")

    # 15 print: typed, a ticket number in the subject, a phone number in the signature.
    iss = D(2026, 11, 19)
    net = 18500
    tax = vat(net, 200)
    text = ("Hi Mr Okafor,\n\nRe your ticket #44812 (banner reprint). The reprint went out today.\n\n"
            "INVOICE 26-0417\nDate: %s\nBill to: Okafor & Daughters Removals Ltd, 8 Wortley Road, Leeds LS12 4BE\n"
            "Your reference: order 118/26\n\n2 x PVC banner 3000 x 1000 mm @ %s = %s\nVAT 20%%: %s\nTotal due: %s\n\n"
            "Payment by %s please, to {iban}.\n\nThanks,\n\n%s\nMobile 07700 900 418"
            % (dt(k, iss), cash(k, 9250), cash(k, net), cash(k, tax), cash(k, net + tax), dt(k, iss + days(14)),
               signature(k)))
    add(k, ["accounts@okaforremovals.co.uk"], "accounts@okaforremovals.co.uk", "[Ticket #44812] Banner reprint - invoice",
        iss, {"text": text}, exp(k, "26-0417", net + tax, net + tax, iss, iss + days(14),
                                 "Okafor & Daughters Removals Ltd", "accounts@okaforremovals.co.uk", True),
        tool="typed", note="ticket number in the subject, banner sizes, a mobile number in the signature")

    # 16 shannon: a month's fee against the contract's annual value.
    k, iss = "shannon", D(2026, 11, 30)
    net = 120000
    tax = vat(net, 230)
    p = doc(k, ["Riverside Medical Centre", "Practice Manager", "O'Connell Avenue", "Limerick V94 RX82"], "INVOICE",
            [("Invoice No.", "SFS-26-0913"), ("Invoice Date", dt(k, iss)), ("Customer Ref", "RMC-02"),
             ("Contract", "SFS-C-2025-17"), ("Service period", "1 - 30 November 2026")],
            ("Description", "Amount"),
            [("Contract cleaning, November 2026 (annual contract value %s, billed monthly)" % cash(k, 1440000), cash(k, net))],
            [("Net", cash(k, net), False), ("VAT @ 23%", cash(k, tax), False), ("Total", cash(k, net + tax), True)],
            ["Previous invoice SFS-26-0851 paid - thank you.", "Payment terms 30 days. {iban}"])
    add(k, ["pm@riversidemedical.ie"], "pm@riversidemedical.ie", "Invoice SFS-26-0913 November", iss,
        {"pages": [p], "cover": cover(k, "Hi Gráinne,\n\nNovember's invoice attached.\n\nThanks,")},
        exp(k, "SFS-26-0913", net + tax, net + tax, iss, iss + days(30), "Riverside Medical Centre",
            "pm@riversidemedical.ie", True), pdf_name="SFS-26-0913.pdf",
        note="annual value in the line; an Eircode; the previous invoice named as paid")

    # 17 print: two currencies, the amount due in US dollars, sterling for information.
    k, iss = "print", D(2026, 11, 24)
    rows, net = qty_rows(k, [("Exhibition stand graphics, set", 2, 92000)])
    p = doc(k, ["Harbor Lane Coffee Co.", "410 Pearl Street", "Portland, ME 04101", "USA"], "INVOICE",
            [("Invoice", "FPS-26-0533"), ("Date", dt(k, iss)), ("Quote", "Q-26-0412"), ("Your PO", "HL-2026-77")],
            ("Description", "Qty", "Unit", "Total"),
            [(d, q, mk.money_in("USD", "en", 92000), mk.money_in("USD", "en", 184000)) for d, q, _u, _t in rows],
            [("Subtotal", mk.money_in("USD", "en", net), False), ("VAT 0% (export of goods)", mk.money_in("USD", "en", 0), False),
             ("Amount due (USD)", mk.money_in("USD", "en", net), True)],
            ["For information only: %s at 1.2648 USD/GBP." % cash(k, 145477),
             "Please pay in US dollars within 30 days to {iban}."])
    add(k, ["ap@harborlanecoffee.com"], "ap@harborlanecoffee.com", "Invoice FPS-26-0533", iss,
        {"pages": [p], "cover": cover(k, "Hi Dana,\n\nInvoice for the stand graphics attached.\n\nBest,")},
        exp(k, "FPS-26-0533", net, net, iss, iss + days(30), "Harbor Lane Coffee Co.", "ap@harborlanecoffee.com",
            True, cur="USD"), pdf_name="FPS-26-0533.pdf", note="USD due, sterling printed for information")

    # 18 hire: HTML body with a credit applied.
    k, iss = "hire", D(2026, 12, 3)
    rows, net = qty_rows(k, [("Road plate 2.4 x 1.2 m, week", 6, 1800), ("Traffic lights 2-way, week", 1, 14500)])
    tax = vat(net, 200)
    cred = 4500
    html = ("<html><body><p>Dear Accounts,</p><p>Please see your invoice below.</p>"
            "<p><b>Invoice TPH/26/1187</b><br>Date: %s<br>Account: 30211<br>Contract: HC-78002<br>"
            "Bill to: Harbourside Utilities Ltd, 3 Millbay Road, Plymouth PL1 3LF</p><table>"
            "<tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>%s</table>"
            "<p>Net %s<br>VAT 20%% %s<br>Invoice total %s<br>Credit applied (credit note TPH/26/C014) -%s<br>"
            "<b>Amount due %s</b></p><p>Due by %s. Bank {iban}.</p><p>Page 1 of 1</p>"
            "<p>Sarah Penhale<br>Tamar Plant Hire Ltd<br>01752 660 415</p></body></html>"
            % (dt(k, iss), "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows),
               cash(k, net), cash(k, tax), cash(k, net + tax), cash(k, cred), cash(k, net + tax - cred),
               dt(k, iss + days(30))))
    add(k, ["accounts@harboursideutilities.co.uk"], "accounts@harboursideutilities.co.uk", "Invoice TPH/26/1187", iss,
        {"html": html}, exp(k, "TPH/26/1187", net + tax - cred, net + tax, iss, iss + days(30),
                            "Harbourside Utilities Ltd", "accounts@harboursideutilities.co.uk", True),
        tool="html", note="a credit note's amount applied against the invoice total")

    # 19 hire: a valuation with retention and earlier valuations before VAT.
    iss = D(2026, 11, 27)
    gross, ret, prev = 1850000, 92500, 900000
    this = gross - ret - prev
    tax = vat(this, 200)
    p = doc(k, ["Moorview Homes Ltd", "Commercial Department", "Estover Close", "Plymouth PL6 7PL"],
            "INVOICE - VALUATION 3",
            [("Invoice No.", "TPH/26/1176"), ("Date", dt(k, iss)), ("Valuation date", dt(k, iss - days(2))),
             ("Project", "MH-0412 Plympton, 24 units"), ("Sub-contract", "SC/2026/08")],
            ("", "Amount"),
            [("Gross value of works to date", cash(k, gross)), ("Less retention 5%", "-" + cash(k, ret)),
             ("Less previously certified (valuations 1-2)", "-" + cash(k, prev))],
            [("Net this valuation", cash(k, this), False), ("VAT @ 20%", cash(k, tax), False),
             ("Total due this invoice", cash(k, this + tax), True)],
            ["Payment within 28 days of the valuation date to {iban}."])
    add(k, ["commercial@moorviewhomes.co.uk"], "commercial@moorviewhomes.co.uk", "Valuation 3 - TPH/26/1176", iss,
        {"pages": [p], "cover": cover(k, "Hello,\n\nValuation 3 attached.\n\nRegards,")},
        exp(k, "TPH/26/1176", this + tax, this + tax, iss, iss - days(2) + days(28), "Moorview Homes Ltd",
            "commercial@moorviewhomes.co.uk", True), pdf_name="TPH-26-1176.pdf",
        note="gross to date, retention and earlier valuations above this invoice's own net")

    # 20 shannon: a small typed invoice, number 118 among phone numbers, an Eircode and a house number.
    k, iss = "shannon", D(2026, 11, 21)
    text = ("Hi Declan,\n\nThanks for having us out to 14 Ennis Road. Invoice below.\n\n"
            "Invoice no. 118\nDate: %s\nTo: Declan Roche, 14 Ennis Road, Limerick V94 H2F6\n\n"
            "Window cleaning, 2 storey house, 22 windows  %s\nGutter clearing  %s\nTotal  %s\n\n"
            "Not registered for VAT. Please pay within 14 days to {iban}.\n\nAoife\nShannon Facility Services Ltd\n"
            "Mobile 087 441 2290 | Office 061 402 880"
            % (dt(k, iss), cash(k, 18000), cash(k, 20000), cash(k, 38000)))
    add(k, ["declan.roche@eircom.net"], "declan.roche@eircom.net", "Invoice 118", iss, {"text": text},
        exp(k, "118", 38000, 38000, iss, iss + days(14), "Declan Roche", "declan.roche@eircom.net", False),
        tool="typed", note="a three-digit invoice number among a house number, window count, Eircode and phones")

    # 21 print: an early settlement discount beside the full total.
    k, iss = "print", D(2026, 11, 26)
    rows, net = qty_rows(k, [("Vehicle livery, Transit LWB", 1, 84000), ("Fitting", 1, 12000)])
    tax = vat(net, 200)
    p = doc(k, ["Aire Valley Electrical Ltd", "5 Canal Wharf", "Shipley BD18 3LJ"], "INVOICE",
            [("Invoice", "FPS-26-0540"), ("Date", dt(k, iss)), ("Vehicle reg.", "YK73 HFD"), ("Job", "26-1214")],
            ("Description", "Qty", "Unit", "Total"), rows,
            [("Subtotal", cash(k, net), False), ("VAT 20%", cash(k, tax), False), ("Total", cash(k, net + tax), True)],
            ["Prompt payment discount: you may deduct %s if paid by %s." % (cash(k, 2400), dt(k, iss + days(10))),
             "Otherwise payment in full within 30 days to {iban}."])
    add(k, ["office@airevalleyelectrical.co.uk"], "office@airevalleyelectrical.co.uk", "Invoice FPS-26-0540 (YK73 HFD)",
        iss, {"pages": [p], "cover": cover(k, "Hello,\n\nInvoice for the van livery attached.\n\nRegards,")},
        exp(k, "FPS-26-0540", net + tax, net + tax, iss, iss + days(30), "Aire Valley Electrical Ltd",
            "office@airevalleyelectrical.co.uk", True), pdf_name="FPS-26-0540.pdf",
        note="a registration plate; a prompt-payment discount and its date beside the net term")

    # 22 kfz: Kennzeichen, FIN, Kilometerstand, Auftrag, sofort fällig.
    k, iss = "kfz", D(2026, 11, 13)
    rows, net = qty_rows(k, [("Inspektion nach Herstellervorgabe, AW", 12, 1150), ("Motoröl 5W-30, Liter", 4.5, 1890),
                             ("Ölfilter 03N 115 562", 1, 1460), ("Bremsflüssigkeit wechseln", 1, 4900)])
    tax = vat(net, 190)
    p = doc(k, ["Herrn", "Tobias Lehnert", "Am Stadtpark 17", "99096 Erfurt"], "RECHNUNG",
            [("Rechnungs-Nr.", "RE 26-0815"), ("Rechnungsdatum", dt(k, iss)), ("Leistungsdatum", dt(k, iss - days(1))),
             ("Kunden-Nr.", "10442"), ("Auftrags-Nr.", "A-26-3187"), ("Kennzeichen", "EF-KA 417"),
             ("FIN", "WVWZZZAUZKW123456"), ("km-Stand", "87.412"), ("Erstzulassung", "03/2019")],
            ("Bezeichnung", "Menge", "Preis", "Betrag"), rows,
            [("Nettobetrag", cash(k, net), False), ("19 % MwSt.", cash(k, tax), False),
             ("Rechnungsbetrag", cash(k, net + tax), True)],
            ["Zahlbar sofort ohne Abzug auf {iban}.", "Nächste HU: 03/2027"], page_of="Seite 1 von 1")
    add(k, ["t.lehnert@web.de"], "Tobias Lehnert <t.lehnert@web.de>", "Rechnung RE 26-0815 zu Auftrag A-26-3187", iss,
        {"pages": [p], "cover": cover(k, "Sehr geehrter Herr Lehnert,\n\nanbei die Rechnung zur Inspektion.\n\n"
                                          "Mit freundlichen Grüßen")},
        exp(k, "RE 26-0815", net + tax, net + tax, iss, iss, "Tobias Lehnert", "t.lehnert@web.de", False),
        pdf_name="RE_26-0815.pdf", note="nine facts, a FIN with digits, a part number, 4,5 litres")

    # 23 ing: an Abschlagsrechnung with contract sum, progress and earlier instalments.
    k, iss = "ing", D(2026, 11, 6)
    total_c, done, before = 8400000, 4620000, 3000000
    this = done - before
    tax = vat(this, 190)
    p = doc(k, ["Wohnbau Elbtal GmbH", "Technisches Büro", "Pirnaer Landstraße 30", "01237 Dresden"],
            "3. ABSCHLAGSRECHNUNG",
            [("Rechnungs-Nr.", "2026-118"), ("Datum", dt(k, iss)), ("Projekt-Nr.", "24-017"),
             ("Ihr Zeichen", "WE/Ha 2026-0311"), ("Leistungszeitraum", "01.10.2026 - 31.10.2026")],
            ("", "Betrag"),
            [("Auftragssumme netto", cash(k, total_c)), ("Leistungsstand 55 %", cash(k, done)),
             ("abzgl. 1. und 2. Abschlag (netto)", "-" + cash(k, before))],
            [("Abschlag netto", cash(k, this), False), ("zzgl. 19 % USt.", cash(k, tax), False),
             ("Zahlbetrag", cash(k, this + tax), True)],
            ["Zahlbar innerhalb von 30 Tagen nach Rechnungseingang auf {iban}."], page_of="Seite 1/1")
    add(k, ["rechnungen@wohnbau-elbtal.de"], "rechnungen@wohnbau-elbtal.de", "3. Abschlagsrechnung 2026-118, Projekt 24-017",
        iss, {"pages": [p], "cover": cover(k, "Sehr geehrte Damen und Herren,\n\nanbei unsere 3. Abschlagsrechnung.\n\n"
                                              "Mit freundlichen Grüßen")},
        exp(k, "2026-118", this + tax, this + tax, iss, iss + days(30), "Wohnbau Elbtal GmbH",
            "rechnungen@wohnbau-elbtal.de", True), pdf_name="AR3_2026-118.pdf",
        note="contract sum, progress and earlier instalments above this instalment; a year-shaped project number")

    # 24 gruber: Skonto beside the net term, two dates.
    k, iss = "gruber", D(2026, 11, 24)
    rows, net = qty_rows(k, [("Zählerkasten tauschen, Pauschale", 1, 98000), ("FI-Schutzschalter 40A", 2, 8900),
                             ("Montage, Std.", 4, 7800)])
    tax = vat(net, 200)
    tot = net + tax
    sk = (tot * 2 + 50) // 100
    p = doc(k, ["Bäckerei Haslinger OG", "Landstraße 61", "4020 Linz"], "RECHNUNG",
            [("Rechnungsnummer", "2026/11/0418"), ("Rechnungsdatum", dt(k, iss)), ("Lieferschein", "26-4471"),
             ("Ihre Bestellung vom", dt(k, D(2026, 10, 28))), ("Bestell-Nr.", "BH-0092"), ("Kunden-Nr.", "22031"),
             ("Ihre UID", "ATU71204455")],
            ("Bezeichnung", "Menge", "Preis", "Betrag"), rows,
            [("Nettobetrag", cash(k, net), False), ("USt. 20 %", cash(k, tax), False), ("Gesamtbetrag", cash(k, tot), True)],
            ["Zahlbar bis %s mit 2 %% Skonto (%s), das sind %s," % (dt(k, iss + days(10)), cash(k, sk), cash(k, tot - sk)),
             "oder bis %s netto ohne Abzug, auf {iban}." % dt(k, iss + days(30))])
    add(k, ["buchhaltung@haslinger-brot.at"], "buchhaltung@haslinger-brot.at", "Rechnung 2026/11/0418", iss,
        {"pages": [p], "cover": cover(k, "Sehr geehrte Damen und Herren,\n\nim Anhang unsere Rechnung.\n\n"
                                          "Mit freundlichen Grüßen")},
        exp(k, "2026/11/0418", tot, tot, iss, iss + days(30), "Bäckerei Haslinger OG", "buchhaltung@haslinger-brot.at",
            True), pdf_name="RE_2026-11-0418.pdf", note="a number shaped like a date; Skonto amount and the total after it")

    # 25 kfz: typed, an Anzahlung taken off, the Restbetrag due.
    k, iss = "kfz", D(2026, 11, 28)
    net = 47000
    tax = vat(net, 190)
    paid = 15000
    text = ("Sehr geehrte Frau Kowalczyk,\n\nIhr Fahrzeug (EF-MK 2208) ist fertig. Unsere Rechnung:\n\n"
            "Rechnung Nr. 26-0844\nDatum: %s\nAuftrag 3301 vom %s\nRechnungsempfänger: Frau Magdalena Kowalczyk, "
            "Gothaer Straße 5, 99094 Erfurt\n\nKupplung erneuert, komplett  %s\nzzgl. 19 %% MwSt.  %s\n"
            "Rechnungsbetrag  %s\nbereits angezahlt am %s  -%s\nRestbetrag  %s\n\n"
            "Bitte überweisen Sie den Restbetrag bis %s auf {iban}.\n\nMit freundlichen Grüßen\n\n%s\nFax 0361 21 44 79"
            % (dt(k, iss), dt(k, D(2026, 11, 20)), cash(k, net), cash(k, tax), cash(k, net + tax), dt(k, D(2026, 11, 20)),
               cash(k, paid), cash(k, net + tax - paid), dt(k, iss + days(10)), signature(k)))
    add(k, ["m.kowalczyk@gmx.de"], "m.kowalczyk@gmx.de", "Ihre Rechnung Nr. 26-0844 - Auftrag 3301", iss, {"text": text},
        exp(k, "26-0844", net + tax - paid, net + tax, iss, iss + days(10), "Magdalena Kowalczyk", "m.kowalczyk@gmx.de",
            False), tool="typed", note="an advance taken off; plate, order and fax numbers")

    # 26 ing: a correcting invoice that replaces an earlier one.
    k, iss = "ing", D(2026, 11, 19)
    net = 342000
    tax = vat(net, 190)
    p = doc(k, ["Stadtwerke Radebeul GmbH", "Kreditorenbuchhaltung", "Meißner Straße 120", "01445 Radebeul"], "RECHNUNG",
            [("Rechnungs-Nr.", "2026-131"), ("Datum", dt(k, iss)), ("ersetzt Rechnung", "2026-097 vom 14.10.2026"),
             ("Ihre Bestellnummer", "4700031812"), ("Projekt-Nr.", "25-044"), ("Leistungszeitraum", "09/2026")],
            ("Leistung", "Stunden", "Satz", "Betrag"),
            [("Tragwerksplanung Pumpwerk, Prüfstatik", "38", cash(k, 9000), cash(k, net))],
            [("Summe netto", cash(k, net), False), ("USt. 19 %", cash(k, tax), False), ("Gesamtbetrag", cash(k, net + tax), True)],
            ["Diese Rechnung ersetzt die Rechnung 2026-097 (falsche Bestellnummer); bitte buchen Sie diese aus.",
             "Zahlbar bis %s auf {iban}." % dt(k, iss + days(30))])
    add(k, ["kreditoren@stadtwerke-radebeul.de"], "kreditoren@stadtwerke-radebeul.de",
        "Rechnung 2026-131 (ersetzt 2026-097) - Bestellung 4700031812", iss,
        {"pages": [p], "cover": cover(k, "Sehr geehrte Damen und Herren,\n\nwie besprochen die korrigierte Rechnung.\n\n"
                                          "Mit freundlichen Grüßen")},
        exp(k, "2026-131", net + tax, net + tax, iss, iss + days(30), "Stadtwerke Radebeul GmbH",
            "kreditoren@stadtwerke-radebeul.de", True), pdf_name="RE_2026-131.pdf",
        note="the replaced invoice's number and date beside this one's")

    # 27 zaugg: CHF with a 5-Rappen rounding line and an RF reference.
    k, iss = "zaugg", D(2026, 11, 16)
    rows, net = qty_rows(k, [("Carport Lärche 3 x 5 m, Montage", 1, 684000), ("Dachrinne Kupfer, m", 5.5, 8630)])
    tax = vat(net, 81)
    raw = net + tax
    rounded = (raw + 2) // 5 * 5
    ref = mk.rf("2026118804")
    refp = " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
    p = doc(k, ["Herr und Frau", "Peter und Ruth Stucki", "Seestrasse 22", "3700 Spiez"], "RECHNUNG",
            [("Rechnung Nr.", "HZ-2026-0731"), ("Datum", dt(k, iss)), ("Kunden-Nr.", "5124"),
             ("Objekt", "Seestrasse 22, Parz. 1187"), ("Offerte", "O-26-0119")],
            ("Bezeichnung", "Menge", "Preis", "Betrag"), rows,
            [("Total exkl. MWST", cash(k, net), False), ("MWST 8.1 %", cash(k, tax), False),
             ("Rundung", cash(k, rounded - raw), False), ("Total inkl. MWST", cash(k, rounded), True)],
            ["Zahlbar innert 30 Tagen auf {iban}, Referenz " + refp + "."])
    add(k, ["stucki.spiez@bluewin.ch"], "stucki.spiez@bluewin.ch", "Rechnung HZ-2026-0731", iss,
        {"pages": [p], "cover": cover(k, "Grüezi Herr und Frau Stucki\n\nIn der Beilage unsere Rechnung.\n\n"
                                          "Freundliche Grüsse")},
        exp(k, "HZ-2026-0731", rounded, rounded, iss, iss + days(30), "Peter und Ruth Stucki", "stucki.spiez@bluewin.ch",
            False, reference=ref), pdf_name="HZ-2026-0731.pdf", note="a rounding line; plot number, RF reference")

    # 28 ing: HTML, a month's retainer beside the annual fee.
    k, iss = "ing", D(2026, 12, 1)
    net = 125000
    tax = vat(net, 190)
    html = ("<html><body><p>Sehr geehrte Damen und Herren,</p><p>anbei unsere Rechnung für Dezember.</p>"
            "<p>Rechnungsempfänger: Architekturbüro Noack &amp; Fritsche PartG mbB, Bautzner Straße 12, 01099 Dresden</p>"
            "<table><tr><td>Rechnungsnummer</td><td>2026-140</td></tr><tr><td>Rechnungsdatum</td><td>%s</td></tr>"
            "<tr><td>Rahmenvertrag</td><td>RV 2025/03</td></tr><tr><td>Leistungszeitraum</td><td>01.12.2026 - 31.12.2026</td></tr>"
            "<tr><td>Jahreshonorar laut Vertrag</td><td>%s netto</td></tr>"
            "<tr><td>Monatspauschale Dezember</td><td>%s</td></tr><tr><td>USt. 19 %%</td><td>%s</td></tr>"
            "<tr><td><b>Rechnungsbetrag</b></td><td><b>%s</b></td></tr></table>"
            "<p>Zahlbar innerhalb von 14 Tagen auf {iban}.</p><p>Katrin Seidel<br>Ingenieurbüro Seidel GmbH<br>"
            "Tel. 0351 81 66 20-0<br>HRB 41128</p></body></html>"
            % (dt(k, iss), cash(k, 1500000), cash(k, net), cash(k, tax), cash(k, net + tax)))
    add(k, ["buero@noack-fritsche.de"], "buero@noack-fritsche.de", "Rechnung 2026-140 / RV 2025/03", iss, {"html": html},
        exp(k, "2026-140", net + tax, net + tax, iss, iss + days(14), "Architekturbüro Noack & Fritsche PartG mbB",
            "buero@noack-fritsche.de", True), tool="html", note="the year's fee beside the month's")

    # 29 kfz: two pages, totals on the second, "Seite 1 von 2".
    k, iss = "kfz", D(2026, 12, 2)
    items = [("Bremsscheiben vorne 1K0 615 301 AA", 2, 6490), ("Bremsbeläge vorne", 1, 5890), ("Arbeitswerte", 14, 1150),
             ("Reifen 215/65 R16 C", 4, 11400), ("Reifenmontage", 4, 1600), ("Altreifenentsorgung", 4, 350),
             ("Scheibenwischer", 2, 1890), ("Klimaservice", 1, 8900)]
    rows, net = qty_rows(k, items)
    tax = vat(net, 190)
    facts = [("Rechnungs-Nr.", "RE 26-0902"), ("Datum", dt(k, iss)), ("Kunden-Nr.", "10087"), ("Kennzeichen", "EF-TB 1042"),
             ("Flotten-Nr.", "Wagen 12"), ("km-Stand", "214.880")]
    block = ["Taxi Brandt GmbH", "Fuhrparkleitung", "Nordhäuser Straße 63", "99089 Erfurt"]
    p1 = doc(k, block, "RECHNUNG", facts, ("Bezeichnung", "Menge", "Preis", "Betrag"), rows[:5],
             [("Übertrag", cash(k, sum(round(q * u) for _d, q, u in items[:5])),
               False)], [], page_of="Seite 1 von 2")
    p2 = doc(k, block, "RECHNUNG RE 26-0902 (Fortsetzung)", facts[:2], ("Bezeichnung", "Menge", "Preis", "Betrag"),
             rows[5:], [("Nettobetrag", cash(k, net), False), ("19 % MwSt.", cash(k, tax), False),
                        ("Rechnungsbetrag", cash(k, net + tax), True)],
             ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf {iban}.", "Nächste HU: 11/2028"], page_of="Seite 2 von 2")
    add(k, ["fuhrpark@taxi-brandt.de"], "fuhrpark@taxi-brandt.de", "Rechnung RE 26-0902 Wagen 12", iss,
        {"pages": [p1, p2], "cover": cover(k, "Guten Tag,\n\nanbei die Rechnung für Wagen 12.\n\nMit freundlichen Grüßen")},
        exp(k, "RE 26-0902", net + tax, net + tax, iss, iss + days(14), "Taxi Brandt GmbH", "fuhrpark@taxi-brandt.de", True),
        pdf_name="RE_26-0902.pdf", note="two pages, a carry-over at the foot of the first; tyre sizes and part numbers")

    # 30 gruber: a Teilrechnung beside the order's sum and the first part invoice.
    k, iss = "gruber", D(2026, 12, 4)
    order = 1240000
    part = 496000
    tax = vat(part, 200)
    p = doc(k, ["Gemeinde Leonding", "Bauamt", "Stadtplatz 1", "4060 Leonding"], "2. TEILRECHNUNG",
            [("Rechnungsnummer", "2026/12/0007"), ("Datum", dt(k, iss)), ("Auftrag", "GL-BA-2026/144"),
             ("Vergabe-Nr.", "VG 2026-031"), ("Baustelle", "Volksschule Hart, Zubau")],
            ("", "Betrag"),
            [("Auftragssumme netto", cash(k, order)), ("1. Teilrechnung 2026/10/0212 (bezahlt)", cash(k, 372000)),
             ("2. Teilrechnung: Leistungsstand 70 %", cash(k, part))],
            [("Netto", cash(k, part), False), ("USt. 20 %", cash(k, tax), False),
             ("Rechnungsbetrag brutto", cash(k, part + tax), True)],
            ["Zahlbar binnen 30 Tagen netto auf {iban}."])
    add(k, ["bauamt@leonding.gv.at"], "bauamt@leonding.gv.at", "2. Teilrechnung 2026/12/0007 - Auftrag GL-BA-2026/144",
        iss, {"pages": [p], "cover": cover(k, "Sehr geehrte Damen und Herren,\n\nanbei die 2. Teilrechnung.\n\n"
                                              "Mit freundlichen Grüßen")},
        exp(k, "2026/12/0007", part + tax, part + tax, iss, iss + days(30), "Gemeinde Leonding", "bauamt@leonding.gv.at",
            True), pdf_name="TR2_2026-12-0007.pdf", note="the order's sum and the first part invoice above this one")


def build_not_invoices():
    # Dutch and Flemish
    k = "vertaal"
    p = doc(k, ["Uitgeverij Kompas & Co", "Vredenburgkade 11", "3511 WC Utrecht"], "REKENINGOVERZICHT",
            [("Klantnummer", "K-0088"), ("Datum", "01-12-2026")], ("Factuur", "Datum", "Bedrag"),
            [("VL26-0352", "14-10-2026", cash(k, 24200)), ("VL26-0398", "03-11-2026", cash(k, 55055)),
             ("VL26-0431", "30-11-2026", cash(k, 51066))],
            [("Totaal openstaand", cash(k, 130321), True)], ["Dit is een overzicht; de facturen zelf zijn eerder verzonden."])
    add(k, ["crediteuren@kompasenco.nl"], "crediteuren@kompasenco.nl", "Rekeningoverzicht K-0088", D(2026, 12, 1),
        {"pages": [p], "cover": cover(k, "Goedemorgen,\n\nBijgaand het overzicht van uw openstaande posten.\n\nGroet,")},
        why_not="a statement of account listing three invoices", pdf_name="overzicht-K-0088.pdf")
    k = "garage"
    add(k, ["r.hakkert@kpnmail.nl"], "r.hakkert@kpnmail.nl", "Betalingsregeling factuur 26-1187", D(2026, 11, 20),
        {"text": "Beste heer Hakkert,\n\nZoals besproken kunt u factuur 26-1187 (%s) in drie termijnen betalen:\n\n"
                 "1e termijn %s voor 01-12-2026\n2e termijn %s voor 01-01-2027\n3e termijn %s voor 01-02-2027\n\n"
                 "Graag o.v.v. 26-1187 op {iban}.\n\n%s" % (cash(k, 60046), cash(k, 20016), cash(k, 20015),
                                                             cash(k, 20015), signature(k))},
        why_not="a payment plan for an invoice already sent")
    k = "koel"
    p = doc(k, ["IJssalon Venezia", "Stationsplein 2", "3818 LE Amersfoort"], "OFFERTE",
            [("Offertenummer", "OF-26-0244"), ("Datum", "25-11-2026"), ("Geldig tot", "25-12-2026")],
            ("Omschrijving", "Bedrag"), [("Vitrinekoeling vervangen", cash(k, 386000)), ("Montage", cash(k, 42000))],
            [("Totaal excl. btw", cash(k, 428000), False), ("Btw 21%", cash(k, 89880), False),
             ("Totaal", cash(k, 517880), True)], ["Graag uw akkoord per mail."])
    add(k, ["info@venezia-ijs.nl"], "info@venezia-ijs.nl", "Offerte OF-26-0244", D(2026, 11, 25),
        {"pages": [p], "cover": cover(k, "Beste klant,\n\nHierbij onze offerte.\n\nGroet,")},
        why_not="a quote with totals", pdf_name="OF-26-0244.pdf")
    add(k, ["crediteuren@korenschoof.nl"], "crediteuren@korenschoof.nl", "Prijswijziging servicecontract per 1 januari 2027",
        D(2026, 11, 28),
        {"text": "Geachte relatie,\n\nPer 1 januari 2027 wijzigen de tarieven van contract C-2024-118: het maandbedrag "
                 "gaat van %s naar %s excl. btw (indexatie CBS 3,4%%). U hoeft niets te doen; de nieuwe bedragen staan "
                 "op uw eerstvolgende factuur.\n\n%s" % (cash(k, 8900), cash(k, 9200), signature(k))},
        why_not="a price-change notice; nothing billed")
    k = "schrijn"
    p = doc(k, ["Familie Vanhoutte", "Kouter 12", "9050 Gentbrugge"], "PRO FORMA FACTUUR",
            [("Pro forma", "PF 26/018"), ("Datum", "02/09/2026"), ("Bestelbon", "1187")],
            ("Omschrijving", "Bedrag"), [("Voorschot 30% binnendeuren", cash(k, 141509))],
            [("Btw 6%", cash(k, 8491), False), ("Totaal", cash(k, 150000), True)],
            ["Dit is geen factuur. Na betaling ontvangt u de voorschotfactuur."])
    add(k, ["vanhoutte.gent@telenet.be"], "vanhoutte.gent@telenet.be", "Pro forma PF 26/018", D(2026, 9, 2),
        {"pages": [p], "cover": cover(k, "Goeiedag,\n\nIn bijlage de pro forma voor het voorschot.\n\nMvg,")},
        why_not="a pro forma for an advance", pdf_name="PF-26-018.pdf")
    # English
    k = "hire"
    add(k, ["ap@brunelgroundworks.co.uk"], "ap@brunelgroundworks.co.uk", "Statement - account 30041", D(2026, 11, 30),
        {"text": "Dear Accounts,\n\nStatement for account 30041 as at 30 November 2026:\n\nTPH/26/1098  19 Oct 2026  "
                 "%s\nTPH/26/1142  16 Nov 2026  %s\nPayment received 21 Nov 2026  -%s\nBalance  %s\n\n%s"
                 % (cash(k, 96000), cash(k, 168600), cash(k, 96000), cash(k, 168600), signature(k))},
        why_not="a statement of account")
    k = "print"
    p = doc(k, ["Kirkstall Yoga Studio Ltd", "Unit 2, Abbey Mills", "Leeds LS5 3HP"], "QUOTATION",
            [("Quote", "Q-26-0431"), ("Date", "20/11/2026"), ("Valid", "30 days")], ("Item", "Qty", "Unit", "Total"),
            [("A1 posters", "50", cash(k, 420), cash(k, 21000))],
            [("Subtotal", cash(k, 21000), False), ("VAT 20%", cash(k, 4200), False), ("Total", cash(k, 25200), True)],
            ["Reply to accept; an invoice follows delivery."])
    add(k, ["hello@kirkstallyoga.co.uk"], "hello@kirkstallyoga.co.uk", "Quote Q-26-0431 posters", D(2026, 11, 20),
        {"pages": [p], "cover": cover(k, "Hi Jo,\n\nQuote attached.\n\nCheers,")}, why_not="a quote with totals",
        pdf_name="Q-26-0431.pdf")
    add(k, ["accounts@okaforremovals.co.uk"], "accounts@okaforremovals.co.uk", "Order confirmation 26-1230",
        D(2026, 11, 27),
        {"text": "Hello,\n\nWe confirm your order 26-1230 (your ref. 121/26): 200 x A4 vinyl stickers at %s, total %s + "
                 "VAT, ready 4 December. An invoice will follow delivery.\n\n%s" % (cash(k, 95), cash(k, 19000),
                                                                                    signature(k))},
        why_not="an order confirmation")
    k = "shannon"
    p = doc(k, ["Riverside Medical Centre", "O'Connell Avenue", "Limerick V94 RX82"], "PACKING LIST",
            [("Delivery", "DN-26-2271"), ("Date", "2 December 2026"), ("Your PO", "RMC-PO-0931")],
            ("Item", "Qty"), [("Hand towel rolls, case of 6", "12"), ("Soap refill 800 ml", "24")], [],
            ["Goods received in good order: ____________"])
    add(k, ["pm@riversidemedical.ie"], "pm@riversidemedical.ie", "Packing list DN-26-2271", D(2026, 12, 2),
        {"pages": [p], "cover": cover(k, "Hi,\n\nPacking list for today's delivery attached.\n\nThanks,")},
        why_not="a packing list", pdf_name="DN-26-2271.pdf")
    # a customer's remittance advice sent to the business
    OUT.append(mk.record("inv-num-%03d" % (len(OUT) + 1), "remittance", "en", "none",
                         {"mail_from": "payables@moorviewhomes.co.uk", "rcpt_to": ["accounts@tamarplanthire.co.uk"]},
                         mk.mail(rng, "payables@moorviewhomes.co.uk", "Moorview Homes Payables",
                                 "accounts@tamarplanthire.co.uk", "Remittance advice - payment run 2026-48",
                                 D(2026, 12, 4),
                                 body_text="Remittance advice\n\nSupplier: Tamar Plant Hire Ltd (supplier no. V0412)\n"
                                           "Payment date: 04/12/2026\n\nTPH/26/1131  %s\nTPH/26/1176  %s\nTotal paid  %s\n\n"
                                           "Moorview Homes Ltd, Accounts Payable, 01752 700 300"
                                           % (cash("hire", 228000), cash("hire", 1029000), cash("hire", 1257000))),
                         why_not="a customer's remittance advice: a payment made, not a bill", note=""))
    # German
    k = "ing"
    p = doc(k, ["Wohnbau Elbtal GmbH", "Pirnaer Landstraße 30", "01237 Dresden"], "AUFTRAGSBESTÄTIGUNG",
            [("Auftrag", "AB-26-044"), ("Datum", "03.11.2026"), ("Ihr Zeichen", "WE/Ha 2026-0340")],
            ("Leistung", "Betrag"), [("Statik Tiefgarage, pauschal", cash(k, 1860000))],
            [("zzgl. 19 % USt.", cash(k, 353400), False), ("Auftragssumme brutto", cash(k, 2213400), True)],
            ["Abrechnung in Abschlägen nach Leistungsstand."])
    add(k, ["rechnungen@wohnbau-elbtal.de"], "rechnungen@wohnbau-elbtal.de", "Auftragsbestätigung AB-26-044",
        D(2026, 11, 3), {"pages": [p], "cover": cover(k, "Guten Tag,\n\nanbei unsere Auftragsbestätigung.\n\nMfG")},
        why_not="an order confirmation", pdf_name="AB-26-044.pdf")
    k = "gruber"
    p = doc(k, ["Bäckerei Haslinger OG", "Landstraße 61", "4020 Linz"], "LIEFERSCHEIN",
            [("Lieferschein", "26-4471"), ("Datum", "21.11.2026"), ("Bestell-Nr.", "BH-0092")],
            ("Artikel", "Menge"), [("FI-Schutzschalter 40A, Art. 5SV3344-6", "2"), ("Zählerkasten ZK-3", "1")], [],
            ["Ware erhalten: ____________"])
    add(k, ["buchhaltung@haslinger-brot.at"], "buchhaltung@haslinger-brot.at", "Lieferschein 26-4471", D(2026, 11, 21),
        {"pages": [p], "cover": cover(k, "Guten Tag,\n\nanbei der Lieferschein.\n\nMfG")}, why_not="a delivery note",
        pdf_name="LS-26-4471.pdf")
    k = "wendt"
    p = doc(k, ["Herrn", "Jürgen Pohl", "Zschochersche Straße 14", "04229 Leipzig"],
            "BESCHEINIGUNG NACH § 35a EStG 2026",
            [("Kunden-Nr.", "H-318"), ("Datum", "04.12.2026"), ("Jahr", "2026")],
            ("Rechnung", "Arbeitskosten"), [("R-26-0114 vom 12.03.2026", cash(k, 18400)),
                                             ("R-26-0290 vom 09.07.2026", cash(k, 22600))],
            [("Summe Arbeitskosten 2026", cash(k, 41000), True)],
            ["Alle Rechnungen wurden unbar bezahlt. Diese Bescheinigung dient Ihrer Steuererklärung."])
    add(k, ["juergen.pohl@t-online.de"], "juergen.pohl@t-online.de", "Jahresbescheinigung 2026 (§ 35a)", D(2026, 12, 4),
        {"pages": [p], "cover": cover(k, "Sehr geehrter Herr Pohl,\n\nanbei Ihre Jahresbescheinigung.\n\nMfG")},
        why_not="an annual tax overview of invoices already paid", pdf_name="35a-2026-H-318.pdf")
    add(k, ["juergen.pohl@t-online.de"], "juergen.pohl@t-online.de", "Zählerablesung 30.11.2026", D(2026, 11, 30),
        {"text": "Sehr geehrter Herr Pohl,\n\nbei der Ablesung am 30.11.2026 haben wir notiert:\n\nStromzähler Nr. "
                 "1ESY1160448812: 48.213 kWh\nWasserzähler Nr. 22-771904: 612,4 m³\n\nDie Werte gehen an Ihren "
                 "Versorger; Kosten entstehen Ihnen nicht.\n\n%s" % signature(k)},
        why_not="a meter reading")
    k = "kfz"
    add(k, ["m.kowalczyk@gmx.de"], "m.kowalczyk@gmx.de", "Ratenzahlung Rechnung 26-0811", D(2026, 11, 30),
        {"text": "Sehr geehrte Frau Kowalczyk,\n\nwie vereinbart zahlen Sie die Rechnung 26-0811 über %s in drei Raten:\n"
                 "1. Rate %s bis 15.12.2026\n2. Rate %s bis 15.01.2027\n3. Rate %s bis 15.02.2027\n\n"
                 "Bankverbindung {iban}, Verwendungszweck 26-0811.\n\n%s"
                 % (cash(k, 90000), cash(k, 30000), cash(k, 30000), cash(k, 30000), signature(k))},
        why_not="a payment plan (Ratenplan) for an invoice already sent")


def build():
    build_invoices()
    build_not_invoices()
    return OUT


def check(recs):
    """mailkit's checks and the counts."""
    mk.check_labels(recs)
    for r in recs:  # a reference printed in groups is labelled without its spaces
        e = r["expected"]
        if e and e["payment_reference"]:
            assert e["payment_reference"] in (r["eml"] + str(r.get("pdf"))).replace(" ", ""), r["id"]
    assert sum(r["is_invoice"] for r in recs) == 30 and len(recs) == 45, (len(recs), sum(r["is_invoice"] for r in recs))


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-numbers.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
