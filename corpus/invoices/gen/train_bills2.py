"""train_bills2: a second training split around the life of a bill (issue 17): the bills
heldout16's misses were made of, in this file's own firms and wordings, and the mails near
them that are not bills.

Invoices (nl incl. Flemish, en, de): a corrected or revised invoice with its own number that
replaces an earlier one (the cover note says the old one lapses: "komt daarmee te
vervallen", "ist damit gegenstandslos", "please disregard"); a correction with a negative
total that is paid back (a credit note); a bill of late-payment interest and collection
costs of its own, whose cover note names the late invoice, its larger amount and its old
due date first; a service-cost or Nebenkosten settlement with a balance to pay headed only
"nota" or "Abrechnung"; rent for a quarter in advance with the annual rent beside it; a
total labelled with its due date ("Total due 1 March 2027"); a homeowners' association or
syndic billing an owner (VvE-bijdrage, Hausgeld, provisie) with the building's budget
beside the share; an invoice number printed only in the title; a deposit invoice with the
package price printed first; a firm that is a person's name ("Ilse Brandt Keramik").

Not invoices: a receipt for a deposit ("wij bevestigen de ontvangst"), a confirmation of a
termination that names the last paid invoice, a statement of account, a price notice, the
business's own reminder, a pro forma, a refund that promises the money back "binnen 5
werkdagen".

Labels follow corpus/invoices/README.md: a correction's amount is its new total; a
settlement's total is the year's costs and its due the balance; a credit note's amounts are
negative.

Seeded: run it to write ../train-bills2.jsonl; check() finds each label's number, IBAN and
amounts in the text."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in, days, money_in, ogm_drawn  # noqa: E402

SEED = 20261204
rng = random.Random(SEED)
D = datetime.date


def money(lang, cents, cur=None):
    """In @cur, or else in pounds for an English bill and in euros for the others."""
    return money_in(cur or ("GBP" if lang == "en" else "EUR"), lang, cents)


def render_pdf(lang, seller, block, title, rows, lines, amounts, foot, iban_, cur=None, under_seller=None):
    p = mk.Page()
    p.text(60, 56, seller[0], size=14, bold=True)
    p.text(60, 70, "%s, %s" % (seller[1], seller[2]), size=8)
    if under_seller:
        p.text(60, 82, under_seller, size=8)
    for i, ln in enumerate(block):
        p.text(60, 136 + 13 * i, ln, size=10)
    y = 136
    for lab, val in rows:
        p.text(330, y, lab, size=9)
        p.right(536, y, val, size=9)
        y += 13
    y = max(y, 136 + 13 * len(block)) + 28
    p.text(60, y, title, size=15, bold=True)
    y += 24
    for ln in lines:
        p.text(60, y, ln.format(iban=mk.iban_spaced(iban_)), size=9)
        y += 13
    y += 8
    p.rule(60, y - 10, 536, y - 10)
    for lab, cents, bold in amounts:
        p.text(60, y, lab, size=9, bold=bold)
        p.right(536, y, money(lang, cents, cur) if isinstance(cents, int) else cents, size=9, bold=bold)
        y += 14
    y += 14
    for ln in foot:
        p.text(60, y, ln.format(iban=mk.iban_spaced(iban_)), size=9)
        y += 13
    p.text(60, 806, "%s | %s | IBAN %s" % (seller[0], seller[3], mk.iban_spaced(iban_)), size=7)
    return [p]


CLOSE = {"nl": "Met vriendelijke groet,", "be": "Met vriendelijke groeten,", "de": "Viele Grüße",
         "en": "Best wishes,"}


def render_text(lang, seller, block, title, rows, lines, amounts, foot, iban_, intro, cur=None):
    out = intro.split("\n") + [""] + [title.upper()]
    out += ["%s: %s" % (lab, val) for lab, val in rows] + [""] + block + [""]
    out += [ln.format(iban=mk.iban_spaced(iban_)) for ln in lines]
    if amounts:
        out.append("")
    for lab, cents, _ in amounts:
        out.append("%-48s %14s" % (lab, money(lang, cents, cur) if isinstance(cents, int) else cents))
    out += [""] + [ln.format(iban=mk.iban_spaced(iban_)) for ln in foot]
    out += ["", CLOSE[lang], seller[0], "%s, %s" % (seller[1], seller[2])]
    return "\n".join(out)


# Sellers: (name, street, town, mailbox, country)
S = {
    "tuin": ("Hoveniersbedrijf Groenrijk", "Polderweg 18", "3831 KE Leusden", "administratie@groenrijk-hoveniers.nl", "NL"),
    "vve": ("VvE Parkflat Oosterhout", "p/a Beheer Zuidwal, Zuidwal 3", "4901 AA Oosterhout", "vve@beheerzuidwal.nl", "NL"),
    "verhuur": ("Bedrijfshuisvesting Maasoever B.V.", "Kaaistraat 40", "5211 AB 's-Hertogenbosch", "huur@maasoever-vastgoed.nl", "NL"),
    "drukker": ("Drukkerij Het Zetwerk", "Grafische Weg 6", "7007 HP Doetinchem", "facturen@hetzetwerk.nl", "NL"),
    "syndic": ("Syndicus Dewaele & Co", "Brugsesteenweg 210", "8500 Kortrijk", "beheer@syndicusdewaele.be", "BE"),
    "elektro": ("Elektro Van Acker BV", "Industriepark 4", "9880 Aalter", "boekhouding@vanacker-elektro.be", "BE"),
    "keramik": ("Ilse Brandt Keramik", "Töpferweg 3", "79098 Freiburg", "post@ilsebrandt-keramik.de", "DE"),
    "software": ("Kontor Software GmbH", "Hafenstraße 17", "28217 Bremen", "buchhaltung@kontor-software.de", "DE"),
    "weg": ("WEG Lindenhof 12-16", "c/o Verwaltung Hessler, Marktgasse 5", "35037 Marburg", "weg@verwaltung-hessler.de", "DE"),
    "gewerbe": ("Gewerbepark Ost Verwaltungs GmbH", "Ringstraße 88", "01139 Dresden", "miete@gewerbepark-ost.de", "DE"),
    "events": ("Larkspur Events Ltd", "4 Mill Yard", "Lewes BN7 2AX", "bookings@larkspurevents.co.uk", "GB"),
    "landlord": ("Albion Quay Estates Ltd", "Quay House, 2 Water Street", "Liverpool L2 0RG", "rents@albionquay.co.uk", "GB"),
    "mgmt": ("Thornfield Court Residents Ltd", "c/o Keystone Block Management, 7 Hope Street", "Leeds LS1 3BE", "thornfield@keystoneblock.co.uk", "GB"),
    "design": ("Pike & Wren Design", "Studio 2, 31 Ropewalk", "Nottingham NG1 5DU", "studio@pikeandwren.co.uk", "GB"),
    "nursery": ("Little Acorns Nursery", "12 Orchard Rise", "Galway H91 C2X4", "fees@littleacorns.ie", "GB"),
}


def inv(lang, seller, block, name, business, email, title, number, rows, lines, amounts, foot, due_cents,
        total_cents, due_date, subject, kind="pdf", cover=None, intro=None, credit=False, reference=None,
        cur=None, under_seller=None, note=""):
    return dict(lang=lang, seller=S[seller], block=block, name=name, business=business, email=email, title=title,
                number=number, rows=rows, lines=lines, amounts=amounts, foot=foot, due_cents=due_cents,
                total_cents=total_cents, due_date=due_date, subject=subject, kind=kind, cover=cover, intro=intro,
                credit=credit, reference=reference, cur=cur, under_seller=under_seller, note=note)


def invoices():
    out = []
    # 1. nl revised invoice: the earlier one lapses ("komt daarmee te vervallen").
    i = D(2027, 1, 12)
    old, n = "2027-0031", "2027-0047"
    net, vat = 124000, 26040
    out.append(inv("nl", "tuin", ["Fam. Jansen-Verhoef", "Heiligenbergerweg 71", "3816 AK Amersfoort"],
                   "Fam. Jansen-Verhoef", False, "jansenverhoef@ziggo.nl", "Herziene factuur", n,
                   [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i)), ("In plaats van factuur", old)],
                   ["Snoeiwerk en afvoer groenafval, 2 man x 8 uur (was: 3 man)."],
                   [("Subtotaal", net, False), ("Btw 21%", vat, False), ("Totaal", net + vat, True)],
                   ["Graag binnen 14 dagen overmaken op {iban} onder vermelding van %s." % n],
                   net + vat, net + vat, i + days(14), "Herziene factuur %s" % n,
                   cover="Beste familie Jansen,\n\nOp factuur %s stond per abuis een derde hovenier. "
                         "Die factuur komt daarmee te vervallen; in de bijlage vindt u de juiste factuur.\n\n"
                         "Met vriendelijke groet,\nHoveniersbedrijf Groenrijk" % old,
                   note="a revised invoice: the old one lapses ('komt daarmee te vervallen'), not an invoice announced"))
    # 2. de corrected invoice naming the earlier one in the cover note.
    i = D(2027, 1, 19)
    old, n = "KS-2026-1187", "KS-2027-0024"
    net = 89000
    out.append(inv("de", "software", ["Steuerkanzlei Rohde & Kamps", "Am Wall 140", "28195 Bremen"],
                   "Steuerkanzlei Rohde & Kamps", True, "kanzlei@rohde-kamps.de", "Korrigierte Rechnung", n,
                   [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i)), ("Korrektur zu", old)],
                   ["Lizenz Kontor Praxis, 5 Arbeitsplätze, 01.01.2027 - 31.12.2027."],
                   [("Nettobetrag", net, False), ("zzgl. 19 % USt.", 16910, False), ("Rechnungsbetrag", net + 16910, True)],
                   ["Zahlbar bis %s auf {iban}." % date_in("de", i + days(21))],
                   net + 16910, net + 16910, i + days(21), "Korrigierte Rechnung %s" % n,
                   cover="Guten Tag Herr Rohde,\n\nunsere Rechnung %s vom 05.01.2027 wies sieben statt fünf "
                         "Arbeitsplätze aus und ist damit gegenstandslos. Im Anhang die berichtigte Rechnung.\n\n"
                         "Viele Grüße\nKontor Software GmbH" % old,
                   note="a corrected invoice: the cover note cites 'unsere Rechnung X vom date'"))
    # 3. en revised invoice, body text.
    i = D(2027, 2, 3)
    old, n = "PW-0412", "PW-0419"
    out.append(inv("en", "design", ["Hollis Brewing Co Ltd", "Unit 9, Trent Wharf", "Nottingham NG2 3DX"],
                   "Hollis Brewing Co Ltd", True, "accounts@hollisbrewing.co.uk", "Revised invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i)), ("Replaces", old)],
                   ["Label artwork, three seasonal cans (the fourth was cancelled)."],
                   [("Net", 165000, False), ("VAT @ 20%", 33000, False), ("Total", 198000, True)],
                   ["Payment within 30 days to IBAN {iban}."],
                   198000, 198000, i + days(30), "Revised invoice %s (replaces %s)" % (n, old), kind="text",
                   intro="Hi Sam,\n\nOur invoice %s of 27 January still had four cans on it, so please disregard it; "
                         "the revised invoice is set out below." % old,
                   note="a revised invoice in the body; the old one named in the cover note"))
    # 4. de correction with a negative total, paid back: a credit note.
    i = D(2027, 2, 8)
    n = "KR-2027-003"
    out.append(inv("de", "keramik", ["Café Kornblume", "Inh. Paula Senger", "Wiehre 12", "79100 Freiburg"],
                   "Café Kornblume", True, "hallo@cafe-kornblume.de", "Rechnungskorrektur", n,
                   [("Nr.", n), ("Datum", date_in("de", i)), ("zu Rechnung", "2027-0009")],
                   ["12 Becher Serie Moos wurden nicht geliefert und werden gutgeschrieben."],
                   [("12 x Becher Moos à -18,00 €", -21600, False), ("USt. 19 %", -4104, False),
                    ("Gesamt", -25704, True)],
                   ["Den Betrag erstatten wir auf Ihr Konto."],
                   -25704, -25704, None, "Rechnungskorrektur %s" % n, credit=True,
                   cover="Liebe Paula,\n\nanbei die Rechnungskorrektur für die fehlenden Becher. Das Geld überweise "
                         "ich Dir diese Woche zurück.\n\nViele Grüße\nIlse",
                   note="a correction with a negative total and money paid back: a credit note, not a refund mail"))
    # 5. nl interest and collection costs on their own, the late invoice's amount first.
    i = D(2027, 1, 25)
    n = "RC-2027-002"
    out.append(inv("nl", "drukker", ["Uitgeverij Boekwerk B.V.", "Molenstraat 3", "6711 HM Ede"],
                   "Uitgeverij Boekwerk B.V.", True, "crediteuren@boekwerk.nl", "Nota rente en kosten", n,
                   [("Notanummer", n), ("Datum", date_in("nl", i))],
                   ["Wettelijke handelsrente over € 8.460,00 van 15-11-2026 t/m 12-01-2027."],
                   [("Rente 10,15% (58 dagen)", 13644, False), ("Vergoeding incassokosten", 40000, False),
                    ("Totaal (geen btw)", 53644, True)],
                   ["Wij verzoeken u dit binnen 14 dagen over te maken op {iban}."],
                   53644, 53644, i + days(14), "Nota %s - rente op factuur 2026-1190" % n, kind="text",
                   intro="Geachte heer, mevrouw,\n\nUw betaling van factuur 2026-1190 van € 8.460,00 (vervaldatum "
                         "14-11-2026) kwam op 12 januari binnen. Daarom brengen wij rente en incassokosten in rekening.",
                   note="an interest bill of its own; the late invoice's number and larger amount come first"))
    # 6. en statutory interest invoice, the old due date stated first.
    i = D(2027, 2, 10)
    n = "LE-1077"
    out.append(inv("en", "events", ["Brightwater Conferences Ltd", "21 Marine Parade", "Brighton BN2 1TL"],
                   "Brightwater Conferences Ltd", True, "finance@brightwaterconf.co.uk", "Invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i))],
                   ["Late payment interest and compensation on invoice LE-0981 (£4,200.00)."],
                   [("Interest at 12.25% for 34 days", 4793, False), ("Fixed compensation", 7000, False),
                    ("Total (no VAT)", 11793, True)],
                   ["Please pay within 14 days to IBAN {iban}."],
                   11793, 11793, i + days(14), "Invoice %s - late payment interest on LE-0981" % n, kind="text",
                   intro="Dear Finance Team,\n\nThank you for paying invoice LE-0981, which was due on 31 December "
                         "2026 and reached us on 3 February. As the Act allows, we now charge interest and a fixed sum.",
                   note="an interest invoice whose cover note says the old invoice 'was due on'"))
    # 7. de Zinsrechnung: the old due date ('fällig am') before the new one ('bis zum').
    i = D(2027, 1, 14)
    n = "ZI-2027-01"
    due = i + days(14)
    out.append(inv("de", "gewerbe", ["Autohaus Berger GmbH", "Meißner Straße 60", "01127 Dresden"],
                   "Autohaus Berger GmbH", True, "rechnung@autohaus-berger.de", "Zinsrechnung", n,
                   [("Nummer", n), ("Datum", date_in("de", i))],
                   ["Verzugszinsen auf Miete Dezember 2026 (5.950,00 €), 21 Tage."],
                   [("Verzugszinsen 9 Prozentpunkte über Basiszins", 3085, False), ("Pauschale", 4000, False),
                    ("Summe", 7085, True)],
                   ["Bitte zahlen Sie bis zum %s auf {iban}." % date_in("de", due)],
                   7085, 7085, due, "Zinsrechnung %s" % n, kind="text",
                   intro="Sehr geehrte Damen und Herren,\n\ndie Miete für Dezember (5.950,00 €, fällig am 03.12.2026) "
                         "ging erst am 24.12.2026 ein. Wir berechnen Ihnen daher:",
                   note="an interest bill: the old rent's due date comes first, the bill's own is 'bis zum'"))
    # 8. nl service-cost settlement, headed "nota", no invoice word.
    i = D(2027, 3, 1)
    n = "AFR26-0318"
    out.append(inv("nl", "verhuur", ["Mevr. A. Koster", "Kaaistraat 40-12", "5211 AB 's-Hertogenbosch"],
                   "A. Koster", False, "a.koster@kpnmail.nl", "Afrekening servicekosten 2026", n,
                   [("Notanummer", n), ("Datum", date_in("nl", i)), ("Periode", "01-01-2026 t/m 31-12-2026")],
                   ["Uw aandeel in de servicekosten van het complex."],
                   [("Schoonmaak en verlichting", 41260, False), ("Lift en installaties", 27310, False),
                    ("Totale kosten 2026", 68570, False), ("Voorschotten betaald (12 x € 50,00)", -60000, False),
                    ("Nog te betalen", 8570, True)],
                   ["Wij verzoeken u het nog te betalen bedrag binnen 30 dagen over te maken op {iban}."],
                   8570, 68570, i + days(30), "Afrekening servicekosten 2026",
                   cover="Geachte mevrouw Koster,\n\nBijgaand de afrekening van de servicekosten over 2026. "
                         "De voorschotten waren iets te laag.\n\nMet vriendelijke groet,\nMaasoever Vastgoed",
                   note="a settlement with a balance to pay, headed 'nota', no invoice word"))
    # 9. de Nebenkosten settlement with a Nachzahlung, numbered, no "Rechnung" word.
    i = D(2027, 3, 8)
    n = "NK-2026-0044"
    out.append(inv("de", "weg", ["Herrn", "Jakob Ullrich", "Lindenhof 14", "35037 Marburg"],
                   "Jakob Ullrich", False, "jakob.ullrich@web.de", "Betriebskostenabrechnung 2026", n,
                   [("Abrechnungs-Nr.", n), ("Datum", date_in("de", i)), ("Zeitraum", "01.01.2026 - 31.12.2026")],
                   ["Wohnung 3, 74 m² von 412 m² Wohnfläche."],
                   [("Ihr Anteil an den Kosten", 218840, False), ("abzüglich Vorauszahlungen", -204000, False),
                    ("Nachzahlung", 14840, True)],
                   ["Bitte überweisen Sie die Nachzahlung bis %s auf {iban}." % date_in("de", i + days(30))],
                   14840, 218840, i + days(30), "Betriebskostenabrechnung 2026 - Wohnung 3",
                   cover="Sehr geehrter Herr Ullrich,\n\nim Anhang erhalten Sie die Abrechnung 2026 mit einer "
                         "Nachzahlung.\n\nMit freundlichen Grüßen\nVerwaltung Hessler",
                   note="a Nebenkosten settlement with a Nachzahlung: an invoice without the word Rechnung"))
    # 10. en quarter's rent in advance, the annual rent beside it; total labelled with its date.
    i = D(2027, 3, 1)
    n = "AQ/24/0912"
    due = D(2027, 3, 25)
    out.append(inv("en", "landlord", ["Merrow Architects LLP", "Second Floor, 2 Water Street", "Liverpool L2 0RG"],
                   "Merrow Architects LLP", True, "office@merrowarchitects.co.uk", "VAT INVOICE", n,
                   [("Invoice no.", n), ("Tax point", date_in("en", i, "dmy/"))],
                   ["Rent 25/03/2027 to 23/06/2027 (annual rent £46,000)"],
                   [("Rent for the quarter", 1150000, False), ("Service charge on account", 142000, False),
                    ("VAT @ 20%", 258400, False), ("Total due 25 March 2027", 1550400, True)],
                   ["Payable on the quarter day to IBAN {iban}."],
                   1550400, 1550400, due, "Rent invoice %s - March quarter" % n,
                   cover="Dear Sirs,\n\nPlease find attached our invoice for the March quarter.\n\n"
                         "Yours faithfully,\nAlbion Quay Estates Ltd",
                   note="quarter's rent with the annual rent beside it; the total's label carries its due date"))
    # 11. en service charge with the total labelled by its date, body text.
    i = D(2027, 2, 15)
    n = "TC-27-031"
    due = D(2027, 3, 1)
    out.append(inv("en", "mgmt", ["Mr and Mrs Okonkwo", "Flat 31, Thornfield Court", "Leeds LS6 2QA"],
                   "Mr and Mrs Okonkwo", False, "okonkwo.family@outlook.com", "Service charge invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i)), ("Leaseholder", "Flat 31")],
                   ["Half-yearly service charge, 1 March - 31 August 2027 (budget £64,000, your share 1.75%)."],
                   [("Service charge", 56000, False), ("Reserve fund", 14000, False),
                    ("Total due 1 March 2027", 70000, True)],
                   ["Pay to IBAN {iban} quoting TC-27-031."],
                   70000, 70000, due, "Thornfield Court - service charge %s" % n, kind="text",
                   intro="Dear leaseholder,\n\nThe half-yearly service charge for your flat is below.",
                   note="a residents' company billing a leaseholder couple; total labelled with its date"))
    # 12. nl VvE bijdrage to an owner, the building's budget beside the share.
    i = D(2027, 1, 4)
    n = "VVE-27-014"
    out.append(inv("nl", "vve", ["Dhr. R. Smits", "Parklaan 14", "4901 HG Oosterhout"],
                   "R. Smits", False, "r.smits@hetnet.nl", "Factuur servicekosten Q1 2027", n,
                   [("Factuurnummer", n), ("Datum", date_in("nl", i)), ("Appartementsrecht", "14")],
                   ["Begroting VvE 2027: € 38.400,00; uw breukdeel 1/32."],
                   [("Bijdrage exploitatie Q1", 21000, False), ("Reservefonds Q1", 9000, False),
                    ("Te betalen", 30000, True)],
                   ["Te voldoen vóór %s op {iban} t.n.v. VvE Parkflat Oosterhout." % date_in("nl", i + days(28))],
                   30000, 30000, i + days(28), "VvE Parkflat - servicekosten eerste kwartaal 2027",
                   cover="Geachte heer Smits,\n\nIn de bijlage de bijdrage voor het eerste kwartaal.\n\n"
                         "Met vriendelijke groet,\nBeheer Zuidwal namens de VvE",
                   note="an owners' association billing an owner: the budget beside the share"))
    # 13. be syndic's provision call, the number only in the title, a registration number under the seller.
    i = D(2027, 3, 20)
    n = "PV-2027/0088"
    ref = ogm_drawn(rng)
    out.append(inv("be", "syndic", ["Dhr. Wout Lambrecht", "Doorniksewijk 55 bus 3", "8500 Kortrijk"],
                   "Wout Lambrecht", False, "wout.lambrecht@telenet.be", "Provisie-oproep %s" % n, n,
                   [("Datum", date_in("be", i)), ("Gebouw", "Residentie Leieboord"), ("Kavel", "3.2 - 64/1000")],
                   ["Werkingsbudget 2e kwartaal 2027: € 15.000,00; uw aandeel 64/1000."],
                   [("Werkingsprovisie", 96000, False), ("Reservefonds", 32000, False), ("Te betalen", 128000, True)],
                   ["Te betalen vóór %s op {iban} met mededeling %s." % (date_in("be", i + days(21)), ref)],
                   128000, 128000, i + days(21), "Residentie Leieboord - provisie 2e kwartaal",
                   cover="Geachte heer Lambrecht,\n\nIn bijlage de provisie-oproep voor het tweede kwartaal.\n\n"
                         "Met vriendelijke groeten,\nSyndicus Dewaele & Co", reference=ref,
                   under_seller="BIV 509.227",
                   note="a syndic's provision: the number only in the title, a BIV number under the seller"))
    # 14. de Hausgeld from a WEG to an owner.
    i = D(2027, 1, 2)
    n = "HG-2027-16"
    out.append(inv("de", "weg", ["Frau", "Renate Vollmer", "Lindenhof 16", "35037 Marburg"],
                   "Renate Vollmer", False, "r.vollmer@gmx.de", "Rechnung Hausgeld 1. Quartal 2027", n,
                   [("Rechnungsnummer", n), ("Datum", date_in("de", i)), ("Einheit", "WE 16")],
                   ["Wirtschaftsplan 2027 (Gesamt 52.800,00 €), Ihr Anteil 21/1000."],
                   [("Hausgeld Januar bis März", 27720, False), ("Erhaltungsrücklage", 9000, False),
                    ("Gesamt", 36720, True)],
                   ["Bitte bis %s auf {iban} überweisen." % date_in("de", i + days(14))],
                   36720, 36720, i + days(14), "Hausgeld 1. Quartal 2027 %s" % n,
                   cover="Sehr geehrte Frau Vollmer,\n\nanbei das Hausgeld für das erste Quartal.\n\n"
                         "Mit freundlichen Grüßen\nVerwaltung Hessler",
                   note="a homeowners' association billing an owner"))
    # 15. en deposit invoice with the package price first.
    i = D(2027, 2, 1)
    n = "LE-D-0207"
    out.append(inv("en", "events", ["Ella Marsh & Josh Keane", "8 Priory Crescent", "Lewes BN7 1HP"],
                   "Ella Marsh & Josh Keane", False, "ella.marsh@gmail.com", "Deposit invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i)), ("Event", "Wedding, 14 August 2027")],
                   ["Full package price: £6,400.00. A 30% deposit secures the date."],
                   [("Deposit (30% of £6,400.00)", 192000, False), ("Amount payable now", 192000, True)],
                   ["Please pay within 7 days to IBAN {iban}."],
                   192000, 192000, i + days(7), "Deposit invoice %s" % n,
                   cover="Dear Ella and Josh,\n\nAttached is the deposit invoice for your wedding.\n\n"
                         "Best wishes,\nLarkspur Events",
                   note="a deposit invoice with the package price printed before the share"))
    # 16. de monthly commercial rent with an advance and VAT, due the third working day.
    i = D(2027, 1, 20)
    n = "GM-2027-02-11"
    due = D(2027, 2, 3)
    out.append(inv("de", "gewerbe", ["Ingenieurbüro Falk & Söhne", "Ringstraße 88, Halle B", "01139 Dresden"],
                   "Ingenieurbüro Falk & Söhne", True, "buero@falk-soehne.de", "Rechnung Miete Februar 2027", n,
                   [("Rechnungsnummer", n), ("Datum", date_in("de", i)), ("Fällig am", date_in("de", due))],
                   ["Gewerbemiete Halle B, 01.02.2027 - 28.02.2027 (Option zur USt.)."],
                   [("Grundmiete netto", 240000, False), ("Nebenkostenvorauszahlung netto", 38000, False),
                    ("USt. 19 %", 52820, False), ("Monatsmiete brutto", 330820, True)],
                   ["Zahlung bis zum dritten Werktag des Monats auf {iban}."],
                   330820, 330820, due, "Miete Februar 2027 %s" % n,
                   cover="Sehr geehrte Damen und Herren,\n\nanbei die Mietrechnung für Februar.\n\n"
                         "Mit freundlichen Grüßen\nGewerbepark Ost",
                   note="commercial rent: the net advance and VAT add up to the gross rent"))
    # 17. de firm that is a person's name.
    i = D(2027, 2, 22)
    n = "IB-2027-008"
    out.append(inv("de", "keramik", ["Jonte Albers Floristik", "Jonte Albers", "Kaiser-Joseph-Straße 9", "79098 Freiburg"],
                   "Jonte Albers Floristik", True, "laden@albers-floristik.de", "Rechnung", n,
                   [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i))],
                   ["20 Vasen Serie Ton, handgedreht."],
                   [("Nettobetrag", 64000, False), ("USt. 19 %", 12160, False), ("Rechnungsbetrag", 76160, True)],
                   ["Zahlbar innerhalb von 14 Tagen auf {iban}."],
                   76160, 76160, i + days(14), "Rechnung %s" % n,
                   cover="Hallo Jonte,\n\nanbei die Rechnung für die Vasen.\n\nViele Grüße\nIlse",
                   note="a firm named after its owner: the firm's line is the debtor, not the owner's"))
    # 18. nl a name with a customer number after it.
    i = D(2027, 1, 8)
    n = "ZW-27-0031"
    out.append(inv("nl", "drukker", ["Slagerij Hofman (KL-2207)", "Dorpsstraat 4", "7011 AB Gaanderen"],
                   "Slagerij Hofman", True, "info@slagerijhofman.nl", "Factuur", n,
                   [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i))],
                   ["500 flyers A5 en 200 visitekaartjes."],
                   [("Subtotaal", 18600, False), ("Btw 21%", 3906, False), ("Totaal", 22506, True)],
                   ["Betaling binnen 30 dagen op {iban}; bij betaling binnen 8 dagen 2% korting."],
                   22506, 22506, i + days(30), "Factuur %s" % n,
                   cover="Beste heer Hofman,\n\nBijgaand de factuur voor het drukwerk.\n\nMet vriendelijke groet,\n"
                         "Drukkerij Het Zetwerk",
                   note="a debtor name followed by a customer number in brackets"))
    # 19. en nursery fees less a state subsidy, a registration number beside the parent's name.
    i = D(2027, 1, 22)
    n = "LA-0207"
    due = D(2027, 2, 1)
    out.append(inv("en", "nursery", ["Aoife Kearney", "Reg. ECCE 44817", "3 Seamount Drive", "Salthill, Galway"],
                   "Aoife Kearney", False, "aoife.kearney@gmail.com", "Invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i)), ("Child", "Niamh Kearney")],
                   ["Full day care, February 2027."],
                   [("Monthly fee", 98000, False), ("National subsidy", -21500, False), ("Total payable", 76500, True)],
                   ["Collected by direct debit on %s from your account. Our IBAN {iban}." % date_in("en", due)],
                   76500, 76500, due, "Nursery fees February 2027 - %s" % n, cur="EUR",
                   cover="Dear Aoife,\n\nPlease find February's invoice attached.\n\nBest wishes,\nLittle Acorns",
                   note="a fee less a state subsidy; a registration number under the parent's name"))
    # 20. be final invoice deducting the deposit invoice.
    i = D(2027, 2, 17)
    n = "F27/0061"
    total = 1484000
    out.append(inv("be", "elektro", ["Dhr. en Mevr. Peeters-Claes", "Stationsstraat 81", "9880 Aalter"],
                   "Dhr. en Mevr. Peeters-Claes", False, "peeters.claes@skynet.be", "Eindfactuur", n,
                   [("Factuurnr.", n), ("Factuurdatum", date_in("be", i))],
                   ["Elektrische installatie woning, keuring inbegrepen."],
                   [("Totaal werken excl. btw", 1400000, False), ("Btw 6%", 84000, False),
                    ("Totaal incl. btw", total, False), ("Min voorschotfactuur V27/0008", -445200, False),
                    ("Saldo te betalen", total - 445200, True)],
                   ["Te betalen binnen 30 dagen op {iban}."],
                   total - 445200, total, i + days(30), "Eindfactuur %s" % n,
                   cover="Geachte heer en mevrouw Peeters,\n\nIn bijlage onze eindfactuur; het voorschot is "
                         "in mindering gebracht.\n\nMet vriendelijke groeten,\nElektro Van Acker",
                   note="a final invoice that deducts the deposit invoice"))
    # 21. nl voorschotnota with the contract price printed first.
    i = D(2027, 3, 3)
    n = "VN-2027-05"
    out.append(inv("nl", "tuin", ["Camping De Vlinder B.V.", "t.a.v. de heer De Boer", "Heideweg 20", "3881 LK Putten"],
                   "Camping De Vlinder B.V.", True, "boekhouding@campingdevlinder.nl", "Voorschotnota", n,
                   [("Notanummer", n), ("Datum", date_in("nl", i))],
                   ["Aanneemsom aanleg speelweide € 31.460,00 incl. btw."],
                   [("Eerste termijn 25%", 786500, False), ("Te voldoen", 786500, True)],
                   ["Graag voor %s op {iban}." % date_in("nl", i + days(14))],
                   786500, 786500, i + days(14), "Voorschotnota %s" % n,
                   cover="Beste heer De Boer,\n\nHierbij de voorschotnota voor de speelweide.\n\n"
                         "Met vriendelijke groet,\nGroenrijk",
                   note="a deposit note with the contract sum printed first"))
    # 22. en corrected invoice, PDF, with a negative line but a positive total.
    i = D(2027, 3, 10)
    n = "PW-0431"
    out.append(inv("en", "design", ["Ms Harriet Lowe", "14 Mapperley Road", "Nottingham NG3 5AS"],
                   "Harriet Lowe", False, "harriet.lowe@btinternet.com", "Corrected invoice", n,
                   [("Invoice no.", n), ("Date", date_in("en", i)), ("Corrects", "PW-0428")],
                   ["Wedding stationery, 60 invitations (not 80)."],
                   [("Invitations 60 x £4.50", 27000, False), ("Envelopes", 3600, False), ("Total", 30600, True)],
                   ["Payable within 14 days to IBAN {iban}."],
                   30600, 30600, i + days(14), "Corrected invoice %s" % n,
                   cover="Hi Harriet,\n\nOur invoice PW-0428 of 2 March counted 80 invitations; please ignore it. "
                         "The corrected invoice is attached.\n\nBest,\nPike & Wren",
                   note="a corrected invoice whose cover note tells the reader to ignore the old one"))
    return out


# Not invoices: (lang, seller, subject, body) written as the business types them.
NOT_INVOICES = [
    ("nl", "tuin", "Ontvangstbevestiging aanbetaling tuinaanleg",
     "Beste heer Vos,\n\nHierbij bevestigen wij de ontvangst van uw aanbetaling van € 2.500,00 voor de aanleg van "
     "uw tuin (factuur 2027-0012). De werkzaamheden beginnen op 8 maart.\n\nMet vriendelijke groet,\nGroenrijk",
     "a receipt for a deposit"),
    ("be", "elektro", "Bevestiging ontvangst voorschot",
     "Geachte mevrouw Wouters,\n\nWij hebben uw voorschot van EUR 3.180,00 (voorschotfactuur V27/0011) goed "
     "ontvangen. Het saldo wordt gefactureerd na de keuring.\n\nMet vriendelijke groeten,\nElektro Van Acker",
     "a receipt for a deposit"),
    ("de", "software", "Bestätigung Ihrer Kündigung",
     "Guten Tag Frau Lorenz,\n\nhiermit bestätigen wir die Kündigung Ihres Vertrags zum 30.06.2027. Die "
     "Jahresrechnung KS-2027-0102 (1.428,00 €) ist beglichen; die Nutzung bis Vertragsende ist damit abgedeckt. "
     "Eine Schlussrechnung erhalten Sie nicht.\n\nIhr Kontor-Team",
     "a termination confirmation naming the last paid invoice"),
    ("en", "mgmt", "Confirmation of your notice to end the parking licence",
     "Dear Mr Patel,\n\nWe confirm that your parking licence for bay 12 ends on 30 April 2027. Invoice TC-27-019 "
     "(£180.00) covers the licence to that date, so there is nothing further to pay.\n\nKeystone Block Management",
     "a termination confirmation"),
    ("nl", "verhuur", "Overzicht openstaande posten per 31 januari",
     "Geachte relatie,\n\nVolgens onze administratie staan de volgende facturen open:\n\nFactuur 2026-0877 van "
     "01-12-2026   € 2.117,50\nFactuur 2027-0012 van 01-01-2027   € 2.117,50\n\nTotaal openstaand: € 4.235,00\n\n"
     "Met vriendelijke groet,\nMaasoever Vastgoed", "a statement of open items"),
    ("de", "gewerbe", "Anpassung der Nebenkostenvorauszahlung ab April 2027",
     "Sehr geehrte Damen und Herren,\n\nnach der Abrechnung 2026 passen wir Ihre monatliche Vorauszahlung an:\n\n"
     "bisher   380,00 €\nab 01.04.2027   445,00 €\n\nDie Miete wird ab April entsprechend berechnet.\n\n"
     "Mit freundlichen Grüßen\nGewerbepark Ost", "a notice of a new monthly advance"),
    ("en", "landlord", "Rent review - new rent from 25 March 2027",
     "Dear Sirs,\n\nFollowing the rent review under clause 5 of the lease, the annual rent rises from £44,000 to "
     "£46,000 from the March quarter day. Your next quarterly invoice will show the new rent.\n\n"
     "Albion Quay Estates Ltd", "a rent review notice"),
    ("en", "design", "Invoice PW-0401 - just a nudge",
     "Hi Tom,\n\nJust a nudge on invoice PW-0401 for £960.00 - it was due on 15 February and I haven't seen it "
     "come in yet. Could you take a look?\n\nThanks,\nPike & Wren", "the business's own reminder"),
    ("de", "keramik", "Proforma-Rechnung Messestand",
     "Hallo Herr Wirth,\n\nwie gewünscht die Proforma-Rechnung für den Zoll:\n\nPROFORMA-RECHNUNG PF-2027-02\n"
     "30 Teller Serie Moos   540,00 €\nGesamt   540,00 €\n\nDie Ware wird nicht berechnet; sie geht nach der "
     "Messe zurück.\n\nViele Grüße\nIlse Brandt", "a pro forma invoice"),
    ("nl", "drukker", "Terugbetaling dubbele betaling",
     "Beste mevrouw Aydin,\n\nU heeft factuur ZW-27-0014 twee keer betaald. Het dubbel betaalde bedrag van "
     "€ 312,18 storten wij binnen 5 werkdagen terug op uw rekening.\n\nMet vriendelijke groet,\nHet Zetwerk",
     "a refund of a double payment"),
    ("be", "syndic", "Verslag algemene vergadering en budget 2027",
     "Geachte mede-eigenaars,\n\nIn bijlage het verslag van de algemene vergadering. Het goedgekeurde budget 2027 "
     "bedraagt € 60.000,00; de provisie-oproepen volgen per kwartaal.\n\nMet vriendelijke groeten,\n"
     "Syndicus Dewaele & Co", "minutes and a budget; the provision calls follow"),
]


def build():
    records = []
    for k, s in enumerate(invoices(), 1):
        lang, seller = s["lang"], s["seller"]
        lab = "nl" if lang == "be" else lang
        iban_ = mk.iban(rng, seller[4] if seller[4] != "GB" or s["cur"] != "EUR" else "NL")
        issue = None
        # the issue date is the one printed in the rows ("Datum", "Date", "Tax point")
        for lab_, val in s["rows"]:
            if lab_ in ("Factuurdatum", "Datum", "Date", "Rechnungsdatum", "Tax point"):
                issue = val
                break
        issue_d = parse_printed(lang, issue)
        if s["kind"] == "pdf":
            eml = mk.mail(rng, seller[3], seller[0], "%s <%s>" % (s["name"], s["email"]), s["subject"], issue_d,
                          body_text=s["cover"], pdf=True)
            pages = render_pdf(lang, seller, s["block"], s["title"], s["rows"], s["lines"], s["amounts"], s["foot"],
                               iban_, s["cur"], s["under_seller"])
            fname = "%s.pdf" % s["number"].replace("/", "-")
        else:
            body = render_text(lang, seller, s["block"], s["title"], s["rows"], s["lines"], s["amounts"], s["foot"],
                               iban_, s["intro"], s["cur"])
            eml = mk.mail(rng, seller[3], seller[0], "%s <%s>" % (s["name"], s["email"]), s["subject"], issue_d,
                          body_text=body)
            pages, fname = None, None
        cur = s["cur"] or ("GBP" if lang == "en" else "EUR")
        exp = mk.expected(s["number"], s["due_cents"], s["total_cents"], issue_d, s["due_date"], s["name"],
                          s["email"], iban_, s["business"], lab, reference=s["reference"], currency=cur,
                          credit=s["credit"])
        records.append(mk.record("inv-bills2-%03d" % k, "bills2", lab, "pdf" if pages else "body-text",
                                 {"mail_from": seller[3], "rcpt_to": [s["email"]]}, eml, pages=pages,
                                 pdf_filename=fname, expected=exp, note=s["note"]))
    for j, (lang, seller_key, subject, body, why) in enumerate(NOT_INVOICES, len(records) + 1):
        seller = S[seller_key]
        d = D(2027, 1, 5) + days(rng.randrange(60))
        to = "klant%d@example.net" % j
        eml = mk.mail(rng, seller[3], seller[0], to, subject, d, body_text=body)
        records.append(mk.record("inv-bills2-%03d" % j, "bills2-not", "nl" if lang == "be" else lang, "none",
                                 {"mail_from": seller[3], "rcpt_to": [to]}, eml, why_not=why, note=why))
    return records


def parse_printed(lang, s):
    """The date a row prints, back to a date."""
    if lang == "en" and not s[0:2].isdigit() or (lang == "en" and " " in s):
        dd, mon, yy = s.split()
        return D(int(yy), mk.MONTHS["en"].index(mon) + 1, int(dd))
    for sep in "-./":
        if sep in s:
            dd, mm, yy = s.split(sep)
            return D(int(yy), int(mm), int(dd))
    raise ValueError(s)


if __name__ == "__main__":
    recs = build()
    mk.check_labels(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-bills2.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
