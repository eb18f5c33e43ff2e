"""train_long: a training split about the long and the recurring invoice (the long20 round,
from heldout20's brief, without its firms or wordings), and the mails of the same senders
that are not invoices.

Invoices (nl incl. Flemish, en UK/IE/CA, de incl. Austria and Switzerland): two- and
three-page PDFs whose later pages repeat the number in a page header ("pagina 2 van 3",
"Seite 2/2", "Page 3 of 3"), carried subtotals at the foot and head of each page
("Over te dragen" / "Transport", "Carried forward" / "Brought forward", "Übertrag"), the
totals and the payment lines on the last page only; collective invoices over delivery notes
and work orders (verzamelfactuur, Sammelrechnung, statement invoice) whose notes' numbers
are not the invoice's; invoices for a coming period (rent in advance, an annual prepayment
for 2027, a quarter ahead); usage lines with minimums, caps and lines "not charged";
negative lines correcting last month's invoice; a Pfand outside VAT; a second attachment
beside the invoice (a timesheet or a Leistungsnachweis before it, a delivery note after it,
a CSV, a photo) under file names like "Rechnung.pdf" and "scan0042.pdf"; references labelled
(betalingskenmerk, RF, a Belgian structured communication, a Verwendungszweck with words)
and the invoice number asked back ("o.v.v. factuurnummer", "Mededeling: <number>", "Quote
… as your reference"), which is no payment reference; debtors as the organisation of the
address block; due dates "Zahlbar bis Monatsende", "innert 20 Tagen", "spätestens am".

Not invoices from the same senders: delivery notes, a timesheet and a Leistungsnachweis for
approval, a work report, a usage statement, a renewal reminder and a preview of the next
invoice with an estimated amount, a price-change notice, standing-order and contract
confirmations, a direct-debit schedule (incassoschema, Lastschriftplan), statements of
account listing invoices already sent.

Labels follow corpus/invoices/README.md and heldout20's calls (section "A twentieth held-out
set"). Written by hand for training (the reader's rules are tuned on it); seeded; run it to
write ../train-long.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, date_in, money_in, month_end, ogm  # noqa: E402

SEED = 20261204
rng = random.Random(SEED)
D = datetime.date


# Sellers: name, street and town, mailbox, country of the IBAN, VAT line.
SELLERS = {
    "schoon": ("Schoonmaakbedrijf Glansrijk", "Tolweg 17, 3741 LM Baarn", "facturen@glansrijk.nl", "NL",
               "KvK 70112834 · btw NL858112834B01"),
    "ict": ("Kantoorautomatisering Vliet", "Veerkade 8, 2272 AE Voorburg", "administratie@vliet-ict.nl", "NL",
            "KvK 64418820 · btw NL855644188B01"),
    "lift": ("Liftservice Oostland", "Dr. Nolenslaan 41, 6136 GM Sittard", "debiteuren@liftservice-oostland.nl",
             "NL", "KvK 14093371 · btw NL001409337B18"),
    "huur": ("Beleggingsmaatschappij Lindenhof", "Oude Gracht 210, 3511 NR Utrecht", "huur@lindenhof-vastgoed.nl",
             "NL", "KvK 30177425 · btw NL807177425B01"),
    "koerier": ("Trapkoeriers Haarlem", "Spaarnwouderstraat 5, 2011 KS Haarlem", "boekhouding@trapkoeriers.nl",
                "NL", "KvK 81190342 · btw NL862119034B01"),
    "hovenier": ("Hoveniersbedrijf De Bosrand", "Bosrandweg 3, 7231 PA Warnsveld", "info@debosrand-tuinen.nl", "NL",
                 "KvK 08123344 · btw NL001224466B55"),
    "linnen": ("Linnenservice Wittevrouw", "Molenstraat 66, 9300 Aalst", "boekhouding@wittevrouw.be", "BE",
               "BTW BE 0467.338.125"),
    "koffiebe": ("Koffieservice Mertens", "Brusselsesteenweg 410, 9050 Gentbrugge", "facturatie@koffiemertens.be",
                 "BE", "BTW BE 0812.640.377"),
    "boekhoud": ("Boekhoudkantoor Claeys & Vennoten", "Kouter 12, 8500 Kortrijk", "kantoor@claeys-boekhouding.be",
                 "BE", "BTW BE 0449.155.602"),
    "reinigung": ("Albrecht Gebäudedienste", "Heilbronner Straße 88, 70191 Stuttgart",
                  "rechnungswesen@albrecht-gebaeudedienste.de", "DE", "USt-IdNr. DE287551094"),
    "system": ("Kerber Systemhaus", "Am Hafen 14, 28217 Bremen", "faktura@kerber-systemhaus.de", "DE",
               "USt-IdNr. DE314770628"),
    "getraenk": ("Getränkevertrieb Sommerfeld", "Gutenbergstraße 3, 04178 Leipzig", "buchhaltung@sommerfeld-getraenke.de",
                 "DE", "USt-IdNr. DE271160493"),
    "winter": ("Hausbetreuung Pichlmayr", "Wiener Straße 140, 4020 Linz", "office@pichlmayr-hausbetreuung.at", "AT",
               "UID ATU59930218"),
    "lizenz": ("Softwarehaus Gratzl", "Annenstraße 29, 8020 Graz", "billing@gratzl-software.at", "AT",
               "UID ATU71204456"),
    "support": ("Brunner Informatik", "Bahnhofstrasse 71, 8400 Winterthur", "buchhaltung@brunner-informatik.ch", "CH",
                "MWST CHE-318.220.917"),
    "miete": ("Liegenschaften Imboden", "Kramgasse 19, 3011 Bern", "verwaltung@imboden-liegenschaften.ch", "CH",
              "MWST CHE-104.887.332"),
    "cleanuk": ("Brightwater Commercial Cleaning Ltd", "Unit 9, Tanner Row, York YO1 6JB",
                "accounts@brightwatercleaning.co.uk", "GB", "VAT Reg. GB 402 7713 18"),
    "hostuk": ("Northmoor Hosting", "14 Cornmarket, Derby DE1 2DG", "billing@northmoorhosting.co.uk", "GB",
               "VAT Reg. GB 377 1204 56"),
    "payroll": ("Ledgerline Payroll Bureau", "3 Quay Street, Galway H91 T2X4", "invoices@ledgerline.ie", "IE",
                "VAT IE 3388217QH"),
    "patrol": ("Corrib Patrol Services Ltd", "Unit 2, Ballybrit Business Park, Galway", "accounts@corribpatrol.ie",
               "IE", "VAT IE 9811207KH"),
    "books": ("Skaha Bookkeeping", "218 Main Street, Penticton BC V2A 5B2", "hello@skahabooks.ca", "CA",
              "GST 79214 3318 RT0001"),
}


def seller_iban(key):
    return mk.iban(rng, mk.iban_stand_in(SELLERS[key][3]))


# Words per language for the pages of a long document.
PAGE_WORDS = {
    "nl": {"page": "pagina %d van %d", "out": "Over te dragen", "in": "Transport", "no": "Factuurnummer"},
    "be": {"page": "pagina %d/%d", "out": "Over te dragen", "in": "Overgedragen", "no": "Factuur nr."},
    "en": {"page": "Page %d of %d", "out": "Carried forward", "in": "Brought forward", "no": "Invoice"},
    "de": {"page": "Seite %d von %d", "out": "Übertrag", "in": "Übertrag", "no": "Rechnung"},
    "ch": {"page": "Seite %d/%d", "out": "Zwischensumme / Übertrag", "in": "Übertrag", "no": "Rechnung Nr."},
}


def letterhead(p, key):
    name, addr, mailbox, _country, vat = SELLERS[key]
    p.text(56, 58, name, size=15, bold=True)
    p.text(56, 72, addr, size=8)
    p.text(56, 83, "%s · %s" % (mailbox, vat), size=8)


def footer(p, key, iban_):
    name, _addr, _mailbox, _country, vat = SELLERS[key]
    line = "%s · %s" % (name, vat)
    if iban_:
        line += " · IBAN %s" % mk.iban_spaced(iban_)
    p.text(56, 806, line, size=7)


def long_pdf(key, words, number, block, facts, title, lines, totals, terms, iban_, per_page=20, carry=True,
             heading=None):
    """The pages of a long document: letterhead, the debtor's block and the facts on page one;
    the lines @per_page a page, each later page headed by the number and its page count, the
    running sum carried at the foot and head of each page when @carry; totals and the terms'
    sentences on the last page only.  A line is (description, cents or None, shown text)."""
    w = PAGE_WORDS[words]
    chunks = [lines[k:k + per_page] for k in range(0, len(lines), per_page)] or [[]]
    pages = []
    running = 0
    cur_fmt = heading or (lambda c: str(c))
    for pn, chunk in enumerate(chunks, 1):
        p = mk.Page()
        if pn == 1:
            letterhead(p, key)
            for i, ln in enumerate(block):
                p.text(56, 140 + 13 * i, ln, size=10)
            for i, (lab, val) in enumerate(facts):
                p.text(340, 140 + 13 * i, lab, size=9)
                p.right(539, 140 + 13 * i, val, size=9)
            y = 140 + 13 * max(len(block), len(facts)) + 30
            p.text(56, y, title, size=16, bold=True)
            y += 26
        else:
            p.text(56, 50, SELLERS[key][0], size=9, bold=True)
            p.right(539, 50, "%s %s · %s" % (w["no"], number, w["page"] % (pn, len(chunks))), size=8)
            y = 90
            if carry:
                p.text(56, y, w["in"], size=9, bold=True)
                p.right(539, y, cur_fmt(running), size=9, bold=True)
                y += 20
        for desc, cents, shown in chunk:
            p.text(56, y, desc, size=9)
            if shown != "":
                p.right(539, y, shown if shown is not None else cur_fmt(cents), size=9)
            if cents:
                running += cents
            y += 14
        if pn < len(chunks):
            if carry:
                p.rule(56, y - 8, 539, y - 8)
                p.text(330, y + 6, w["out"], size=9, bold=True)
                p.right(539, y + 6, cur_fmt(running), size=9, bold=True)
            if pn == 1:
                p.right(539, 780, w["page"] % (pn, len(chunks)), size=8)
        else:
            p.rule(56, y - 8, 539, y - 8)
            y += 6
            for lab, amount, bold in totals:
                p.text(330, y, lab, size=9, bold=bold)
                p.right(539, y, amount, size=9, bold=bold)
                y += 14
            y += 18
            for ln in terms:
                p.text(56, y, ln.format(iban=mk.iban_spaced(iban_) if iban_ else ""), size=9)
                y += 13
            if len(chunks) > 1:
                p.right(539, 780, w["page"] % (pn, len(chunks)), size=8)
        footer(p, key, iban_)
        pages.append(p)
    return pages


def side_pdf(key, title, rows, note=None):
    """A one-page document beside an invoice (a timesheet, a delivery note): letterhead,
    title and rows of text."""
    p = mk.Page()
    letterhead(p, key)
    p.text(56, 140, title, size=15, bold=True)
    y = 170
    for left, right in rows:
        p.text(56, y, left, size=9)
        if right:
            p.right(539, y, right, size=9)
        y += 14
    if note:
        p.text(56, y + 20, note, size=9)
    return [p]


def vat_totals(lang, cur, net, rate, extra=(), labels=None):
    """The totals block: net, VAT at @rate per cent, lines outside VAT (@extra: label, cents),
    the total. Returns (rows, total_cents)."""
    vat = round(net * rate / 100)
    total = net + vat + sum(c for _l, c in extra)
    lab = labels or {"nl": ("Subtotaal", "Btw %s%%" % rate, "Totaal te betalen"),
                     "en": ("Net", "VAT %s%%" % rate, "Total due"),
                     "de": ("Nettobetrag", "USt. %s %%" % rate, "Rechnungsbetrag")}[lang]
    rows = [(lab[0], money_in(cur, lang, net), False), (lab[1], money_in(cur, lang, vat), False)]
    rows += [(l, money_in(cur, lang, c), False) for l, c in extra]
    rows.append((lab[2], money_in(cur, lang, total), True))
    return rows, total


def line(desc, cents, cur, lang):
    return (desc, cents, money_in(cur, lang, cents))


def free(desc, text):
    return (desc, None, text)


def invoice_record(rid, key, lang, to_name, to_mail, business, number, issue, subject, due, total, cur="EUR",
                   cover=None, body=None, pages=None, fname=None, reference=None, due_cents=None, pdf2=None,
                   pdf2_pages=None, pdf2_name=None, extra_parts=(), iban_=None, html=None, note=""):
    name, _addr, mailbox, _c, _v = SELLERS[key]
    to = "%s <%s>" % (to_name, to_mail)
    eml, kind = mk.mail_in_kind(rng, mailbox, name, to, subject, issue, cover, pages, html, body,
                                pdf2=pdf2, extra_parts=extra_parts)
    exp = mk.expected(number, total if due_cents is None else due_cents, total, issue, due, to_name, to_mail, iban_,
                      business, lang, reference=reference, currency=cur)
    return mk.record(rid, "long", lang, kind, {"mail_from": mailbox, "rcpt_to": [to_mail]}, eml, pages=pages,
                     pdf_filename=fname or ("%s.pdf" % number if pages else None), expected=exp, note=note,
                     pages2=pdf2_pages, pdf2_filename=pdf2_name)


def rf(base):
    """An ISO 11649 RF creditor reference for @base, printed in groups of four."""
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    ref = "RF%02d%s" % (98 - int(digits) % 97, base)
    return " ".join(ref[k:k + 4] for k in range(0, len(ref), 4)), ref


def kenmerk(base15):
    """A Dutch 16-digit betalingskenmerk: the check digit (weights 2,4,8,5,10,9,7,3,6,1 from
    the right, 11 minus the remainder mod 11) before @base15; printed in groups of four."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    total = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(base15)))
    check = {10: 1, 11: 0}.get(11 - total % 11, 11 - total % 11)
    ref = "%d%s" % (check, base15)
    return " ".join(ref[k:k + 4] for k in range(0, 16, 4)), ref


FAKE_JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
    bytes(rng.getrandbits(8) for _ in range(600)) + bytes([0xFF, 0xD9])


def build_invoices():
    out = []

    def rid():
        return "inv-long-%03d" % (len(out) + 1)

    # 1. nl: cleaning hours on two pages with the contract minimum topped up, carried subtotal.
    k, lang, cur = "schoon", "nl", "EUR"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "GR-2026-1187"
    lines = []
    for day in range(2, 31):
        if D(2026, 11, day).weekday() < 5:
            lines.append(line("%02d-11 Dagelijkse schoonmaak kantoorvloer 2,5 uur à € 31,40" % day, 7850, cur, lang))
    lines.append(line("Aanvulling tot contractminimum november (90 uur)", 31400, cur, lang))
    lines.append(free("Extra inzet 14-11 op verzoek (binnen contract)", "niet belast"))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "nl", n, ["Notariskantoor Ten Velde", "t.a.v. mevrouw A. Ruiters", "Brink 12",
                                  "3741 AL Baarn"],
                     [("Factuurnummer", n), ("Factuurdatum", date_in(lang, i)), ("Periode", "november 2026"),
                      ("Klantnummer", "K-0482")], "Factuur", lines, rows,
                     ["Wij verzoeken u het totaal binnen 14 dagen over te maken op {iban},",
                      "onder vermelding van het factuurnummer."], ib, per_page=14,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Notariskantoor Ten Velde", "administratie@tenvelde-notaris.nl", True, n,
                              i, "Factuur %s - schoonmaak november" % n, i + days(14), total, pages=pages, iban_=ib,
                              cover="Goedemorgen,\n\nHierbij de factuur over november.\n\nMet vriendelijke groet,\n"
                                    "Schoonmaakbedrijf Glansrijk",
                              note="two pages, 'Over te dragen'/'Transport', contract minimum, a line not charged; "
                                   "'onder vermelding van het factuurnummer' is no reference"))
    # 2. nl: IT seats, two pages, the number in the page header, a negative correction of last month.
    k = "ict"
    ib = seller_iban(k)
    i = D(2026, 12, 2)
    n = "VL26-0934"
    lines = []
    users = ["J. de Wit", "M. Kok", "S. Aydin", "R. Verbeek", "P. Haan", "L. Brouwer", "K. Smit", "E. Dijkman",
             "T. Post", "N. Yilmaz", "B. Mol", "F. Roos", "H. Jansen", "D. Peeters", "G. Sluis", "W. Bakker"]
    for u in users:
        lines.append(line("Werkplekbeheer december 2026 - %s" % u, 4250, cur, lang))
    lines.append(line("Microsoft 365 Business Standard, 16 licenties december", 18400, cur, lang))
    lines.append(line("Back-up Cloud 500 GB december", 3900, cur, lang))
    lines.append(line("Correctie factuur VL26-0871: 2 werkplekken te veel berekend", -8500, cur, lang))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "nl", n, ["Makelaardij Hofstede V.O.F.", "Postbus 118", "2270 AC Voorburg"],
                     [("Factuurnummer", n), ("Factuurdatum", date_in(lang, i)), ("Vervaldatum", date_in(lang, i + days(21))),
                      ("Periode", "december 2026")], "Factuur", lines, rows,
                     ["Betalingskenmerk: %s" % kenmerk("001228093415573")[0], "Graag overmaken naar {iban}."], ib,
                     per_page=12,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Makelaardij Hofstede V.O.F.", "crediteuren@hofstede-makelaars.nl", True,
                              n, i, "Uw factuur december %s" % n, i + days(21), total, pages=pages, iban_=ib,
                              reference=kenmerk("001228093415573")[1], fname="Factuur.pdf",
                              cover="Beste relatie,\n\nIn de bijlage de maandfactuur voor het beheer van december.\n\n"
                                    "Kantoorautomatisering Vliet",
                              note="two pages billed in advance for December; a negative correction of last month; "
                                   "a betalingskenmerk in groups"))
    # 3. nl: lift maintenance, annual prepayment for 2027.
    k = "lift"
    ib = seller_iban(k)
    i = D(2026, 11, 27)
    n = "LSO-261145"
    lines = [line("Onderhoudscontract Full Service 2027, lift A (Kone MonoSpace)", 286000, cur, lang),
             line("Onderhoudscontract Full Service 2027, lift B (Kone MonoSpace)", 286000, cur, lang),
             line("Alarmopvolging 24/7 jaar 2027", 42000, cur, lang),
             line("Vooruitbetalingskorting 3%", -18420, cur, lang)]
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "nl", n, ["VvE Parkflat Het Ravelijn", "p/a Vesteda Beheer B.V.", "Postbus 2244",
                                  "6201 EA Maastricht"],
                     [("Factuurnummer", n), ("Factuurdatum", date_in(lang, i)), ("Contractjaar", "2027")],
                     "Factuur jaarcontract 2027", lines, rows,
                     ["Te voldoen uiterlijk %s op {iban} o.v.v. %s." % (date_in(lang, D(2026, 12, 31), "long"), n),
                      "Tarieven 2028 worden in het najaar aangekondigd."], ib,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "VvE Parkflat Het Ravelijn", "ravelijn@vesteda-beheer.nl", True, n, i,
                              "Jaarfactuur onderhoud liften 2027", D(2026, 12, 31), total, pages=pages, iban_=ib,
                              cover="Geachte beheerder,\n\nBijgaand de jaarfactuur voor het onderhoud in 2027.\n\n"
                                    "Liftservice Oostland",
                              note="an annual prepayment for 2027 dated November 2026; a VvE care of its manager; "
                                   "'o.v.v. <number>' is no reference"))
    # 4. nl: office rent a month ahead, service costs advance, rent "uiterlijk op 1 januari".
    k = "huur"
    ib = seller_iban(k)
    i = D(2026, 12, 10)
    n = "HUUR-2026-12-044"
    lines = [line("Kale huur kantoorunit 2.04, januari 2027 (maand 14 van 60)", 245000, cur, lang),
             line("Voorschot servicekosten januari 2027", 31500, cur, lang),
             line("Parkeerplaatsen P-11 en P-12, januari 2027", 17000, cur, lang)]
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "nl", n, ["Adviesbureau Rijnstroom", "t.a.v. de heer P. Lodder", "Oude Gracht 210 unit 2.04",
                                  "3511 NR Utrecht"],
                     [("Factuurnummer", n), ("Datum", date_in(lang, i)), ("Huurovereenkomst", "LH-0211")],
                     "Huurfactuur januari 2027", lines, rows,
                     ["De huur is bij vooruitbetaling verschuldigd en dient uiterlijk op 1 januari 2027",
                      "op {iban} te zijn bijgeschreven. Mededeling: %s" % n], ib,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Adviesbureau Rijnstroom", "financien@rijnstroom-advies.nl", True, n, i,
                              "Huurfactuur januari 2027", D(2027, 1, 1), total, pages=pages, iban_=ib,
                              cover="Geachte huurder,\n\nIn de bijlage de huurfactuur voor januari.\n\nLindenhof",
                              note="rent for the coming month, due 'uiterlijk op 1 januari 2027'; a firm without a "
                                   "legal form but a trade name; 'Mededeling: <number>' is no reference"))
    # 5. nl: verzamelfactuur over rides, rides listed with their own numbers.
    k = "koerier"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "TK-V-2611-027"
    lines = []
    for r in range(1, 27):
        km = 3 + (r * 7) % 11
        lines.append(line("Rit R-%05d %02d-11 Centrum - %s, %d km" % (40210 + r * 3, 2 + r, ["Schalkwijk", "Noord",
                                                                                              "Waarderpolder"][r % 3],
                                                                        km), 650 + km * 95, cur, lang))
    lines.append(line("Wachttijd rit R-40261 (15 min)", 425, cur, lang))
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "nl", n, ["Apotheek Spaarnestad", "Gedempte Oude Gracht 77", "2011 GM Haarlem"],
                     [("Factuurnummer", n), ("Factuurdatum", date_in(lang, i)), ("Periode", "1 t/m 30 november 2026"),
                      ("Debiteurnr.", "3381")], "Verzamelfactuur november 2026", lines, rows,
                     ["Betaling binnen 30 dagen op {iban}.", "Vermeld bij betaling: %s" % n], ib, per_page=18,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Apotheek Spaarnestad", "inkoop@apotheekspaarnestad.nl", True, n, i,
                              "Verzamelfactuur november", i + days(30), total, pages=pages, iban_=ib,
                              cover="Hoi,\n\nDe verzamelfactuur van november zit in de bijlage.\n\nTrapkoeriers",
                              note="a collective invoice over 27 rides on two pages; the ride numbers are not its "
                                   "number; a pharmacy without a legal form"))
    # 6. nl: gardener, instalment 7 of 12, body text.
    k = "hovenier"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "2026-0412"
    net = 18500
    vat = round(net * 0.21)
    body = ("Aan: Fam. Hendriksen, Vordenseweg 19, 7231 PC Warnsveld\n\nBeste familie Hendriksen,\n\nHierbij de factuur voor het tuinonderhoud volgens het jaarcontract.\n\n"
            "Factuurnummer: %s\nFactuurdatum: %s\nOmschrijving: tuinonderhoud, termijn 7 van 12 (december 2026)\n"
            "Bedrag excl. btw: %s\nBtw 21%%: %s\nTotaal: %s\n\nWij schrijven het bedrag rond %s af van uw rekening "
            "(machtiging DB-0078).\nBetaalt u liever zelf? Gebruik dan {iban}.\n\nGroet,\nHoveniersbedrijf De Bosrand\n"
            "KvK 08123344") % (n, date_in(lang, i), money_in(cur, lang, net), money_in(cur, lang, vat),
                               money_in(cur, lang, net + vat), date_in(lang, D(2026, 12, 8), "long"))
    out.append(invoice_record(rid(), k, lang, "Fam. Hendriksen", "hendriksen.warnsveld@ziggo.nl", False, n, i,
                              "Factuur 2026-0412 tuinonderhoud december", D(2026, 12, 8), net + vat,
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib,
                              note="instalment 7 of 12 in a typed mail; a household; the debit's date"))
    # 7. be: verzamelfactuur over delivery notes, structured communication, three pages.
    k, lang = "linnen", "nl"
    ib = seller_iban(k)
    i = D(2026, 11, 30)
    n = "VF26/1130-018"
    lines = []
    for r in range(1, 40):
        lines.append(line("Leveringsbon LB-26-%05d van %02d/11: tafellinnen en keukendoeken" % (7700 + r * 2,
                                                                                              1 + (r % 29)),
                          1800 + (r * 37) % 900, cur, lang))
    lines.append(line("Verlies 6 servetten (leveringsbon LB-26-07744)", 2100, cur, lang))
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals(lang, cur, net, 21, labels=("Totaal excl. btw", "Btw 21%", "Te betalen"))
    ogm_ = ogm("0904511382")
    pages = long_pdf(k, "be", n, ["Brasserie Den Hert BV", "t.a.v. Sofie Van Acker", "Grote Markt 4", "9300 Aalst"],
                     [("Factuur nr.", n), ("Factuurdatum", mk.date(i, "dmy/")), ("Vervaldag", mk.date(D(2026, 12, 31),
                                                                                                    "dmy/")),
                      ("Klant", "BR-118")], "Verzamelfactuur november 2026", lines, rows,
                     ["Gelieve te betalen op {iban}", "met gestructureerde mededeling %s." % ogm_], ib, per_page=16,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Brasserie Den Hert BV", "boekhouding@denhert.be", True, n, i,
                              "Verzamelfactuur november - Wittevrouw", D(2026, 12, 31), total, pages=pages, iban_=ib,
                              reference=ogm_, fname="scan0042.pdf",
                              cover="Goeiemiddag,\n\nIn bijlage de verzamelfactuur voor november.\n\nMvg,\nWittevrouw",
                              note="a Flemish collective invoice over 39 delivery notes on three pages, 'pagina 2/3'; "
                                   "a structured communication; a scanner's file name"))
    # 8. be: coffee machine lease with counters and a minimum, Mededeling: number (no reference).
    k = "koffiebe"
    ib = seller_iban(k)
    i = D(2026, 12, 3)
    n = "KM-2026-3318"
    lines = [line("Huur koffieautomaat Jura X8, december 2026", 6900, cur, lang),
             free("Teller 1 november: 18.422 - teller 1 december: 19.006 = 584 koppen", ""),
             line("584 koppen à € 0,12", 7008, cur, lang),
             line("Aanvulling tot minimumafname 800 koppen (216 koppen)", 2592, cur, lang),
             line("Melkpoeder 10 x 500 g", 4450, cur, lang),
             free("Ontkalking (in contract inbegrepen)", "0,00")]
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 21)
    pages = long_pdf(k, "be", n, ["Architectenbureau Lootens", "Coupure Links 610", "9000 Gent"],
                     [("Factuur nr.", n), ("Datum", mk.date(i, "dmy/")), ("Btw klant", "BE 0698.221.450")],
                     "Factuur", lines, rows,
                     ["Te betalen binnen 30 dagen op {iban}.", "Mededeling: %s" % n], ib,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "Architectenbureau Lootens", "info@lootens-architecten.be", True, n, i,
                              "Factuur koffieservice december", i + days(30), total, pages=pages, iban_=ib,
                              cover="Beste,\n\nIn bijlage onze factuur.\n\nKoffieservice Mertens",
                              note="counters, a minimum top-up, a line included at 0,00; a firm without a legal form "
                                   "but with a VAT number; 'Mededeling: <number>' is no reference"))
    # 9. be: accountant's monthly forfait, body text, structured communication.
    k = "boekhoud"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "2026/1204"
    net = 39500
    vat = round(net * 0.21)
    ogm_ = ogm("1204260112")
    body = ("Aan: Schrijnwerkerij Desmet, Meensesteenweg 88, 8500 Kortrijk (BTW BE 0723.118.440)\n\nBeste Jeroen,\n\nHierbij onze factuur voor de maandelijkse forfait.\n\nFactuur: %s\nDatum: %s\n"
            "Forfait boekhouding en btw-aangiften december 2026: %s\nBtw 21%%: %s\nTotaal: %s\n\n"
            "Gelieve te betalen vóór %s op rekening {iban} met mededeling %s.\n\nVriendelijke groeten,\n"
            "Boekhoudkantoor Claeys & Vennoten") % (n, mk.date(i, "dmy/"), money_in(cur, lang, net),
                                                   money_in(cur, lang, vat), money_in(cur, lang, net + vat),
                                                   mk.date(D(2026, 12, 15), "dmy/"), ogm_)
    out.append(invoice_record(rid(), k, lang, "Schrijnwerkerij Desmet", "jeroen@desmet-schrijnwerk.be", True, n, i,
                              "Factuur forfait december", D(2026, 12, 15), net + vat,
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib, reference=ogm_,
                              note="a monthly forfait typed in the mail; a firm without a legal form but with a VAT "
                                   "number, its owner greeted; a structured communication"))
    # 10. de: Sammelrechnung over three buildings, two pages, Übertrag.
    k, lang = "reinigung", "de"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "AG-SR-2026-1142"
    lines = []
    for obj in ("Objekt Rotebühlstraße 40", "Objekt Tübinger Straße 12", "Objekt Marienplatz 3"):
        lines.append(free(obj, ""))
        lines.append(line("  Unterhaltsreinigung November, 21 Einsätze", 118000, cur, lang))
        lines.append(line("  Glasreinigung innen/außen", 24500, cur, lang))
        lines.append(line("  Treppenhausreinigung wöchentlich", 16800, cur, lang))
        lines.append(free("  Sonderreinigung nach Umzug (Angebot folgt separat)", "nicht berechnet"))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 19)
    pages = long_pdf(k, "de", n, ["WEG Hölderlinstraße 9-11", "c/o Hausverwaltung Brändle GmbH", "Olgastraße 55",
                                  "70182 Stuttgart"],
                     [("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, i)),
                      ("Leistungszeitraum", "01.11.-30.11.2026")], "Sammelrechnung November 2026", lines, rows,
                     ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf {iban}.",
                      "Verwendungszweck: %s WEG Hoelderlin" % n], ib, per_page=8,
                     heading=lambda c: money_in(cur, lang, c))
    out.append(invoice_record(rid(), k, lang, "WEG Hölderlinstraße 9-11", "weg-hoelderlin@braendle-hv.de", None, n, i,
                              "Sammelrechnung November 2026", i + days(14), total, pages=pages, iban_=ib,
                              reference="%s WEG Hoelderlin" % n,
                              cover="Sehr geehrte Damen und Herren,\n\nanbei die Sammelrechnung für November.\n\n"
                                    "Mit freundlichen Grüßen\nAlbrecht Gebäudedienste",
                              note="a Sammelrechnung over three objects on two pages, 'Übertrag'; a WEG c/o its "
                                   "manager; a Verwendungszweck with words, as printed"))
    # 11. de: Systemhaus three pages with ticket hours, a Leistungsnachweis PDF before the invoice.
    k = "system"
    ib = seller_iban(k)
    i = D(2026, 12, 2)
    n = "KS-RE-26-4471"
    lines = [line("Managed Service Pauschale Dezember 2026, 24 Arbeitsplätze", 172800, cur, lang)]
    tickets = []
    for t in range(1, 41):
        q = (t % 4 + 1) * 25
        tickets.append((t, q))
        lines.append(line("Ticket #%d vom %02d.11.: %s (%d,%02d Std. à 96,00 €)" % (
            88100 + t * 7, 1 + t % 28, ["Drucker", "VPN", "Outlook", "Firewall"][t % 4], q // 100, (q % 100) * 60 // 100),
            q * 96, cur, lang))
    lines.append(free("Kontingent 10 Std. (im Vertrag enthalten)", "-"))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 19)
    pages = long_pdf(k, "de", n, ["Steuerberatung Harms & Kollegen PartG mbB", "z. H. Frau Dr. Inga Harms",
                                  "Contrescarpe 44", "28203 Bremen"],
                     [("Rechnung Nr.", n), ("Datum", date_in(lang, i)), ("Kunden-Nr.", "20317")], "Rechnung", lines, rows,
                     ["Zahlbar bis Monatsende ohne Abzug auf {iban}.",
                      "Bitte geben Sie die Rechnungsnummer als Verwendungszweck an."], ib, per_page=17,
                     heading=lambda c: money_in(cur, lang, c))
    side = side_pdf(k, "Leistungsnachweis November 2026", [("Ticket #%d" % (88100 + t * 7), "%d Min." % (q * 60 // 100))
                                                           for t, q in tickets[:20]],
                    note="Bitte prüfen und freigeben.")
    out.append(invoice_record(rid(), k, lang, "Steuerberatung Harms & Kollegen PartG mbB", "kanzlei@harms-stb.de",
                              True, n, i, "Rechnung %s und Leistungsnachweis" % n, month_end(i), total, pages=pages,
                              iban_=ib, fname="Rechnung.pdf", pdf2="before", pdf2_pages=side,
                              pdf2_name="Leistungsnachweis_11-2026.pdf",
                              cover="Sehr geehrte Frau Dr. Harms,\n\nanbei der Leistungsnachweis und die Rechnung für "
                                    "November.\n\nViele Grüße\nKerber Systemhaus",
                              note="three pages, 'Seite 2 von 3'; a Leistungsnachweis PDF before the invoice named "
                                   "Rechnung.pdf; 'Zahlbar bis Monatsende'; the firm under 'z. H.' a person"))
    # 12. de: Getränke with Pfand outside VAT, delivery note PDF after it.
    k = "getraenk"
    ib = seller_iban(k)
    i = D(2026, 12, 4)
    n = "SG-260871"
    lines = [line("Lieferschein LS-55120 vom 02.12.: 12 Kisten Mineralwasser 12x0,7 l", 8280, cur, lang),
             line("Lieferschein LS-55120: 6 Kisten Apfelschorle 12x1,0 l", 6540, cur, lang),
             line("Lieferschein LS-55168 vom 03.12.: 4 Fässer Pils 30 l", 31600, cur, lang),
             line("Leergutrücknahme LS-55120: 10 Kisten", -330 * 10, cur, lang)]
    net = sum(c for _d, c, _s in lines)
    pfand = 18 * 330 + 4 * 3000
    rows, total = vat_totals(lang, cur, net, 19, extra=[("Pfand (nicht umsatzsteuerpflichtig)", pfand)])
    pages = long_pdf(k, "de", n, ["Café Lindwurm", "Inh. Katrin Oertel", "Karl-Liebknecht-Straße 60",
                                  "04275 Leipzig"],
                     [("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, i)),
                      ("USt-IdNr. Kunde", "DE301188264")], "Sammelrechnung", lines, rows,
                     ["Zahlbar innerhalb von 14 Tagen auf {iban}."], ib,
                     heading=lambda c: money_in(cur, lang, c))
    dn = side_pdf(k, "Lieferschein LS-55168", [("4 Fässer Pils 30 l", ""), ("Pfand 4 x 30,00 €", "")],
                  note="Ware erhalten: ____________")
    out.append(invoice_record(rid(), k, lang, "Café Lindwurm", "kontakt@cafe-lindwurm.de", True, n, i,
                              "Rechnung SG-260871", i + days(14), total, pages=pages, iban_=ib, pdf2="after",
                              pdf2_pages=dn, pdf2_name="scan_0117.pdf",
                              cover="Hallo Frau Oertel,\n\nanbei Rechnung und Lieferschein.\n\nSommerfeld",
                              note="a Pfand outside VAT and a return of crates; a delivery note PDF after the "
                                   "invoice; a café with a VAT number and no legal form"))
    # 13. at: Hausbetreuung with Winterdienst call-outs, RF reference, body HTML.
    k = "winter"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "HB-2026-0733"
    net = 24000 + 3 * 6500
    vat = round(net * 0.20)
    rf_ = rf("2026073300441")
    html = ("<p>Wohnungseigentümergemeinschaft Donaulände 8<br>z. H. Hausverwaltung Reischl<br>Hafenstraße 3, "
            "4020 Linz</p><p>Sehr geehrte Damen und Herren,</p><p>anbei unsere Rechnung für November.</p>"
            "<table><tr><td>Rechnungsnummer</td><td>%s</td></tr><tr><td>Rechnungsdatum</td><td>%s</td></tr>"
            "<tr><td>Hausbetreuung Pauschale November</td><td>240,00 €</td></tr>"
            "<tr><td>Winterdienst-Einsätze 18.11., 24.11., 29.11. à 65,00 €</td><td>195,00 €</td></tr>"
            "<tr><td>Netto</td><td>%s</td></tr><tr><td>USt. 20 %%</td><td>%s</td></tr>"
            "<tr><td><b>Gesamtbetrag</b></td><td><b>%s</b></td></tr></table>"
            "<p>Bitte überweisen Sie den Betrag spätestens am %s auf %s.<br>Zahlungsreferenz: %s</p>"
            "<p>Freundliche Grüße<br>Hausbetreuung Pichlmayr<br>UID ATU59930218</p>") % (
        n, date_in("de", i), money_in(cur, "de", net), money_in(cur, "de", vat), money_in(cur, "de", net + vat),
        date_in("de", D(2026, 12, 20)), mk.iban_spaced(ib), rf_[0])
    out.append(invoice_record(rid(), k, "de", "Wohnungseigentümergemeinschaft Donaulände 8",
                              "donaulaende8@hv-reischl.at", None, n, i, "Rechnung Hausbetreuung November",
                              D(2026, 12, 20), net + vat, html=html, iban_=ib, reference=rf_[1],
                              note="an Austrian WEG; 'spätestens am'; an RF reference in groups"))
    # 14. at: annual licence per seat for 2027, a quarter's price change announced.
    k = "lizenz"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "GS-2026-20931"
    lines = [line("Lizenz HausPlan Pro, Jahresabo 01.01.-31.12.2027, 8 Benutzer à 348,00 €", 278400, cur, "de"),
             line("Wartung und Updates 2027", 41760, cur, "de"),
             line("Rabatt Vorauszahlung 5 %", -16008, cur, "de")]
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals("de", cur, net, 20)
    pages = long_pdf(k, "de", n, ["Baumeister Lechner OG", "Herrn Ing. Paul Lechner", "Grazer Straße 7",
                                  "8200 Gleisdorf"],
                     [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i)), ("Laufzeit", "2027")],
                     "Rechnung Jahreslizenz 2027", lines, rows,
                     ["Fällig am %s. Bankverbindung {iban}." % date_in("de", D(2026, 12, 31)),
                      "Ab 01.07.2027 gilt ein Preis von 362,00 € je Benutzer."], ib,
                     heading=lambda c: money_in(cur, "de", c))
    out.append(invoice_record(rid(), k, "de", "Baumeister Lechner OG", "office@lechner-bau.at", True, n, i,
                              "Ihre Jahresrechnung 2027", D(2026, 12, 31), total, pages=pages, iban_=ib,
                              cover="Sehr geehrter Herr Ing. Lechner,\n\nim Anhang die Rechnung für 2027.\n\nGratzl",
                              note="an annual licence for 2027 with a prepayment discount; next year's price is a "
                                   "distractor"))
    # 15. ch: support subscription quarter ahead, CHF, "innert 20 Tagen", RF reference.
    k = "support"
    ib = seller_iban(k)
    i = D(2026, 12, 15)
    n = "BI-26-3390"
    lines = [line("Support-Abo Standard Q1 2027 (Januar–März)", 135000, "CHF", "de"),
             line("Remote-Monitoring 12 Geräte Q1 2027", 43200, "CHF", "de"),
             free("Vor-Ort-Einsätze Q4 2026 (im Abo enthalten)", "0.00")]
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals("de", "CHF", net, 8.1, labels=("Total exkl. MWST", "MWST 8.1 %", "Total CHF"))
    pages = long_pdf(k, "ch", n, ["Physiotherapie am Graben", "Frau Corinne Meili", "Marktgasse 22",
                                  "8400 Winterthur"],
                     [("Rechnung Nr.", n), ("Datum", date_in("de", i)), ("MWST-Nr. Kunde", "CHE-402.118.954")],
                     "Rechnung", lines, rows,
                     ["Zahlbar innert 20 Tagen netto auf {iban}.", "Referenz %s" % rf("3390202701")[0]], ib,
                     heading=lambda c: money_in("CHF", "de", c))
    out.append(invoice_record(rid(), k, "de", "Physiotherapie am Graben", "praxis@physio-graben.ch", True, n, i,
                              "Rechnung BI-26-3390 Support Q1 2027", i + days(20), total, cur="CHF", pages=pages,
                              iban_=ib, reference=rf("3390202701")[1],
                              cover="Grüezi Frau Meili\n\nIm Anhang die Rechnung für das erste Quartal.\n\nFreundliche "
                                    "Grüsse\nBrunner Informatik",
                              note="a quarter billed ahead; CHF; 'innert 20 Tagen'; a practice with a VAT number"))
    # 16. ch: Mietzins quarterly with Nebenkosten akonto, typed.
    k = "miete"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "MZ-2027-Q1-118"
    body = ("Kanzlei Wyss Rüegg\nKramgasse 19\n3011 Bern\n\nSehr geehrte Damen und Herren\n\nWir stellen Ihnen den Mietzins für das 1. Quartal 2027 in Rechnung.\n\n"
            "Rechnung Nr. %s\nDatum: %s\nMietobjekt: Gewerberaum 1. OG, Kramgasse 19\n"
            "Mietzins Januar bis März 2027: CHF 7'350.00\nNebenkosten akonto: CHF 960.00\nTotal: CHF 8'310.00\n\n"
            "Der Betrag ist spätestens am 31.12.2026 auf {iban} zu überweisen.\n\nFreundliche Grüsse\n"
            "Liegenschaften Imboden") % (n, date_in("de", i))
    out.append(invoice_record(rid(), k, "de", "Kanzlei Wyss Rüegg", "sekretariat@wyss-rueegg.ch", True, n, i,
                              "Mietzinsrechnung 1. Quartal 2027", D(2026, 12, 31), 831000, cur="CHF",
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib,
                              note="a quarter's rent ahead, typed, 'spätestens am'; a law office without a legal "
                                   "form word"))
    # 17. uk: evening cleans, two pages, "Page 2 of 2", a timesheet PDF before it.
    k, lang, cur = "cleanuk", "en", "GBP"
    ib = seller_iban(k)
    i = D(2026, 11, 30)
    n = "BWC-10482"
    lines = []
    for d in range(2, 28):
        if D(2026, 11, d).weekday() < 5:
            lines.append(line("%s evening clean, 3.0 hrs @ £18.50" % date_in("en", D(2026, 11, d), "short-en"), 5550, cur,
                              lang))
    lines.append(free("Additional hours 19 Nov (not charged - our error)", "£0.00"))
    lines.append(line("Washroom consumables, November", 4280, cur, lang))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, cur, net, 20)
    pages = long_pdf(k, "en", n, ["Harrowgate Dental Practice", "Attn: Practice Manager", "41 Bootham",
                                  "York YO30 7BT"],
                     [("Invoice No.", n), ("Invoice Date", date_in(lang, i)), ("Billing period", "November 2026")],
                     "INVOICE", lines, rows,
                     ["Payment terms: 30 days. Please pay to {iban}", "quoting %s as your reference." % n], ib,
                     per_page=12, heading=lambda c: money_in(cur, lang, c))
    ts = side_pdf(k, "Timesheet November 2026", [("Cleaner: D. Okafor", ""), ("Total hours", "60.0")],
                  note="Approved by client: signed 28/11/2026")
    out.append(invoice_record(rid(), k, lang, "Harrowgate Dental Practice", "manager@harrowgatedental.co.uk", True, n,
                              i, "Invoice BWC-10482 - November cleaning", i + days(30), total, cur=cur, pages=pages,
                              iban_=ib, pdf2="before", pdf2_pages=ts, pdf2_name="timesheet_nov.pdf",
                              cover="Hello,\n\nPlease find attached the signed timesheet and our invoice for "
                                    "November.\n\nRegards,\nBrightwater",
                              note="two pages with carried totals, a timesheet PDF before the invoice; 'quoting "
                                   "<number> as your reference' is no reference"))
    # 18. uk: hosting with a correction line, CSV usage attached, body text.
    k = "hostuk"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "NMH-2026-5512"
    body = ("Billed to: Kestrel Print Studio, 8 Friar Gate, Derby DE1 1BU\n\nHi Priti,\n\nYour invoice for December is below.\n\nInvoice number: %s\nInvoice date: %s\n"
            "Service term: 1 December 2026 - 31 December 2026\n\nManaged VPS (4 vCPU, 8 GB)    £64.00\n"
            "Bandwidth overage 112 GB @ £0.05    £5.60\nCredit: outage on invoice NMH-2026-5430    -£12.80\n"
            "Subtotal    £56.80\nVAT 20%%    £11.36\nTotal due    £68.16\n\nDue date: %s\nBank transfer to {iban} - "
            "please use the invoice number as reference.\n\nUsage for the month is in the attached CSV.\n\n"
            "Northmoor Hosting") % (n, date_in(lang, i), date_in(lang, D(2026, 12, 15)))
    csv = b"date,gb\n2026-11-01,3.4\n2026-11-02,4.1\n2026-11-03,5.0\n"
    out.append(invoice_record(rid(), k, lang, "Kestrel Print Studio", "priti@kestrelprint.co.uk", True, n, i,
                              "Northmoor Hosting invoice %s" % n, D(2026, 12, 15), 6816, cur=cur,
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib,
                              extra_parts=[("text/csv", "usage-2026-11.csv", csv)],
                              note="a negative correction of last month's invoice by number; a CSV beside the "
                                   "typed invoice; a studio without a legal form"))
    # 19. ie: payroll per run and per employee, minimum charge, three pages.
    k = "payroll"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "LPB-26-1203"
    lines = []
    for wk in range(44, 49):
        lines.append(line("Weekly payroll run week %d" % wk, 3500, "EUR", lang))
        for e in range(1, 9):
            lines.append(line("  Payslip employee %03d, week %d" % (e * 11, wk), 275, "EUR", lang))
    lines.append(free("Minimum monthly fee €150.00 (exceeded, not charged)", "-"))
    lines.append(line("Revenue PSR submissions (5)", 2500, "EUR", lang))
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, "EUR", net, 23)
    pages = long_pdf(k, "en", n, ["Claddagh Kitchen Ltd", "Attn: Eoin Mulryan", "12 Quay Lane", "Galway H91 K2P0"],
                     [("Invoice No.", n), ("Date", date_in(lang, i)), ("Period", "November 2026")], "Invoice", lines,
                     rows, ["Net 21 days. IBAN {iban}.", "Reference: %s" % n], ib, per_page=18,
                     heading=lambda c: money_in("EUR", lang, c))
    out.append(invoice_record(rid(), k, lang, "Claddagh Kitchen Ltd", "accounts@claddaghkitchen.ie", True, n, i,
                              "Payroll invoice November", i + days(21), total, pages=pages, iban_=ib,
                              cover="Hi Eoin,\n\nNovember's payroll invoice attached.\n\nLedgerline",
                              note="three pages of runs and payslips, 'Page 2 of 3'; 'Reference: <number>' is no "
                                   "payment reference"))
    # 20. ie: patrols quarterly in advance.
    k = "patrol"
    ib = seller_iban(k)
    i = D(2026, 12, 7)
    n = "CPS-4471"
    lines = [line("Mobile patrols Q1 2027, 3 visits per night x 90 nights", 405000, "EUR", lang),
             line("Alarm response call-outs Q4 2026 (4 @ €85.00)", 34000, "EUR", lang),
             free("Key holding (included)", "-")]
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals(lang, "EUR", net, 23)
    pages = long_pdf(k, "en", n, ["Atlantic Technological Park Management", "Finance Office", "Old Dublin Road",
                                  "Galway H91 DCH9"],
                     [("Invoice", n), ("Invoice date", date_in(lang, i)), ("Service period", "Q1 2027 (in advance)")],
                     "INVOICE", lines, rows, ["Payment due within 30 days to {iban}."], ib,
                     heading=lambda c: money_in("EUR", lang, c))
    out.append(invoice_record(rid(), k, lang, "Atlantic Technological Park Management", "finance@atpm.ie", True, n, i,
                              "Invoice CPS-4471 - Q1 2027 patrols", i + days(30), total, pages=pages, iban_=ib,
                              cover="Dear Finance team,\n\nPlease find attached our invoice for the coming quarter."
                                    "\n\nCorrib Patrol Services",
                              note="a quarter billed in advance; the organisation without a legal form"))
    # 21. ca: bookkeeper monthly, CAD, no IBAN, GST.
    k = "books"
    i = D(2026, 12, 1)
    n = "SB-0877"
    body = ("Bill to: Okanagan Cider Works, 1460 Glenmore Road, Kelowna BC V1V 1Z5\n\nHi Dana,\n\nHere's this month's invoice.\n\nInvoice %s\nDate: %s\nMonthly bookkeeping retainer "
            "(November 2026): $450.00\nGST 5%%: $22.50\nTotal: $472.50\n\nPayment is due within 15 days by "
            "Interac e-Transfer to pay@skahabooks.ca.\n\nThanks,\nMarta\nSkaha Bookkeeping · GST 79214 3318 "
            "RT0001") % (n, date_in("en", i, "us"))
    out.append(invoice_record(rid(), k, "en", "Okanagan Cider Works", "dana@okanagancider.ca", True, n, i,
                              "Invoice SB-0877", i + days(15), 47250, cur="CAD", body=body, iban_=None,
                              note="a Canadian retainer, a bare '$' with a GST number; no IBAN"))
    # 22. nl: window cleaner, four-weekly, HTML, betalingskenmerk.
    k = "schoon"
    ib = seller_iban(k)
    i = D(2026, 12, 4)
    n = "GR-2026-1203"
    html = ("<p>Bakkerij Vos en Zonen<br>Laanstraat 40<br>3743 BE Baarn</p><p>Beste klant,</p><p>Hierbij de factuur van de glasbewassing (ronde 13 van 13, 2026).</p>"
            "<table><tr><td>Factuurnummer</td><td>%s</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr>"
            "<tr><td>Glasbewassing binnen en buiten</td><td>€ 85,00</td></tr><tr><td>Btw 21%%</td><td>€ 17,85</td></tr>"
            "<tr><td>Totaal</td><td>€ 102,85</td></tr></table><p>Betalingskenmerk %s<br>"
            "Graag binnen 14 dagen op %s.</p><p>Schoonmaakbedrijf Glansrijk</p>") % (
        n, date_in("nl", i), kenmerk("012041203004411")[0], mk.iban_spaced(ib))
    out.append(invoice_record(rid(), k, "nl", "Bakkerij Vos en Zonen", "info@bakkerijvos.nl", True, n, i,
                              "Factuur glasbewassing", i + days(14), 10285, html=html, iban_=ib,
                              reference=kenmerk("012041203004411")[1],
                              note="a round 13 of 13 in HTML; a bakery named after its family, no legal form"))
    # 23. de: Kaffeevollautomat lease with minimum, photo attached, body text.
    k = "getraenk"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "SG-260840"
    body = ("Friseursalon Haarmonie\nKarl-Heine-Straße 21\n04229 Leipzig\n\nGuten Tag,\n\nanbei die Monatsrechnung für Ihren Kaffeevollautomaten.\n\nRechnungsnummer: %s\n"
            "Rechnungsdatum: %s\nAbrechnungszeitraum: 01.11.2026 - 30.11.2026\n\nMiete Kaffeevollautomat: 59,00 €\n"
            "Bezüge laut Zählerstand (412): 49,44 €\nMindestabnahme 600 Bezüge, Differenz 188: 22,56 €\n"
            "Netto: 131,00 €\nUSt. 19 %%: 24,89 €\nGesamtbetrag: 155,89 €\n\nZahlbar bis Monatsende auf {iban}.\n"
            "Foto des Zählerstands anbei.\n\nSommerfeld Getränkevertrieb") % (n, date_in("de", i))
    out.append(invoice_record(rid(), k, "de", "Friseursalon Haarmonie", "info@haarmonie-leipzig.de", True, n, i,
                              "Monatsrechnung Kaffeeautomat November", month_end(i), 15589,
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib,
                              extra_parts=[("image/jpeg", "IMG_2291.jpg", FAKE_JPEG)],
                              note="a lease with counter and minimum; 'Zahlbar bis Monatsende'; a photo beside it"))
    # 24. en uk: statement invoice over work orders, three pages.
    k = "cleanuk"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "BWC-10490"
    lines = []
    for wo in range(1, 45):
        lines.append(line("Work order WO-%05d: deep clean, unit %d" % (31200 + wo, wo), 3600 + (wo % 5) * 450, cur,
                          "en"))
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals("en", "GBP", net, 20)
    pages = long_pdf(k, "en", n, ["Minster Student Lets Ltd", "Attn: Accounts Payable", "5 Micklegate",
                                  "York YO1 6JH"],
                     [("Invoice No.", n), ("Date", date_in("en", i)), ("Account", "MSL01")],
                     "STATEMENT INVOICE", lines, rows,
                     ["Payment due by %s." % date_in("en", D(2026, 12, 31)), "Pay to {iban}."], ib, per_page=18,
                     heading=lambda c: money_in("GBP", "en", c))
    out.append(invoice_record(rid(), k, "en", "Minster Student Lets Ltd", "ap@minsterlets.co.uk", True, n, i,
                              "Statement invoice BWC-10490 (end of tenancy cleans)", D(2026, 12, 31), total, cur="GBP",
                              pages=pages, iban_=ib,
                              cover="Hello,\n\nAttached is the statement invoice for November's end-of-tenancy cleans."
                                    "\n\nBrightwater",
                              note="a statement invoice over 44 work orders on three pages; the work orders' numbers "
                                   "are not its number"))
    # 25. nl: consumer car-sharing? No: gym? A private lease km overrun, Flemish consumer.
    k = "koffiebe"
    ib = seller_iban(k)
    i = D(2026, 12, 2)
    n = "KM-2026-3325"
    ogm_ = ogm("3318202612")
    body = ("Lotte Wouters\nKoningin Fabiolalaan 12\n9000 Gent\n\nBeste mevrouw Wouters,\n\nIn bijlage uw factuur voor de koffiemachine thuis.\n\nFactuurnummer: %s\n"
            "Factuurdatum: %s\nHuur Jura E6 december 2026: € 24,79\nCapsules 3 x 60 stuks: € 49,59\n"
            "Btw 21%%: € 15,62\nTotaal: € 90,00\n\nGelieve te betalen binnen 15 dagen op {iban} met "
            "gestructureerde mededeling %s.\n\nKoffieservice Mertens") % (n, mk.date(i, "dmy/"), ogm_)
    out.append(invoice_record(rid(), k, "nl", "Lotte Wouters", "lotte.wouters@skynet.be", False, n, i,
                              "Factuur koffiemachine december", i + days(15), 9000,
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib, reference=ogm_,
                              note="a Flemish consumer lease, a structured communication in the typed mail"))
    # 26. en ie: lift? patrol monthly with a negative correction and price change announced.
    k = "patrol"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "CPS-4466"
    lines = [line("Static guarding November, 176 hrs @ €26.40", 464640, "EUR", "en"),
             # This seller prints a credit with the minus after the euro sign (mk.money_in puts it before).
             ("Correction to invoice CPS-4420 (hours overbilled)", -13200, "€-132.00"),
             free("From January 2027 the hourly rate is €27.10 (ERO increase).", "")]
    net = sum(c for _d, c, _s in lines if c)
    rows, total = vat_totals("en", "EUR", net, 23)
    pages = long_pdf(k, "en", n, ["Eyre Square Centre Management Ltd", "Attn: Ms Niamh Fahy",
                                  "Eyre Square", "Galway H91 XY72"],
                     [("Invoice", n), ("Invoice date", date_in("en", i)), ("Terms", "Net 30")], "Invoice", lines, rows,
                     ["Please remit to {iban}."], ib, heading=lambda c: money_in("EUR", "en", c))
    out.append(invoice_record(rid(), k, "en", "Eyre Square Centre Management Ltd", "accounts@eyresquarecentre.ie",
                              True, n, i, "Invoice CPS-4466", i + days(30), total, pages=pages, iban_=ib,
                              cover="Dear Niamh,\n\nAttached, November's invoice.\n\nCorrib Patrol",
                              note="a negative correction line; a price change announced on the invoice; 'Net 30'"))
    # 27. de: payroll per Abrechnung, body HTML, Verwendungszweck words.
    k = "reinigung"
    ib = seller_iban(k)
    i = D(2026, 12, 3)
    n = "AG-RE-2026-1150"
    html = ("<p>Yüksel Immobilien<br>Herrn Murat Yüksel<br>Königstraße 28<br>70173 Stuttgart</p><p>Guten Tag Herr Yüksel,</p><p>für die Büroreinigung im November berechnen wir:</p>"
            "<p>Rechnung %s vom %s<br>Leistungszeitraum 01.11.-30.11.2026<br>Büroreinigung 3x wöchentlich: 520,00 €"
            "<br>Mindermenge Dezember (Betriebsferien): im Vertrag enthalten<br>Netto 520,00 €<br>19 %% USt. 98,80 €"
            "<br><b>Gesamt 618,80 €</b></p><p>Zahlbar bis Monatsende auf %s,<br>Verwendungszweck: %s Yueksel "
            "Buero</p><p>Albrecht Gebäudedienste</p>") % (n, date_in("de", i), mk.iban_spaced(ib), n)
    out.append(invoice_record(rid(), k, "de", "Yüksel Immobilien", "info@yueksel-immobilien.de", True, n, i,
                              "Rechnung Büroreinigung November", month_end(i), 61880, html=html, iban_=ib,
                              reference="%s Yueksel Buero" % n,
                              note="'Zahlbar bis Monatsende' in HTML; a labelled Verwendungszweck with words"))
    # 28. nl: VvE gardening verzamelfactuur over werkbonnen, two pages.
    k, cur = "hovenier", "EUR"
    ib = seller_iban(k)
    i = D(2026, 11, 30)
    n = "2026-0409"
    lines = []
    for wb in range(1, 25):
        lines.append(line("Werkbon WB-%04d: maaien en blad ruimen, %d uur" % (3300 + wb, 1 + wb % 3),
                          (1 + wb % 3) * 4650, cur, "nl"))
    lines.append(line("Afvoer groenafval 6 m³", 13500, cur, "nl"))
    net = sum(c for _d, c, _s in lines)
    rows, total = vat_totals("nl", cur, net, 21)
    pages = long_pdf(k, "nl", n, ["Vereniging van Eigenaars De Hoge Veluwe II", "p/a Beheerburo Mentink",
                                  "Postbus 31", "7230 AA Warnsveld"],
                     [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i)), ("Vervaldatum", date_in("nl", i + days(30)))],
                     "Verzamelfactuur", lines, rows,
                     ["Betaalkenmerk: %s" % kenmerk("003121188400409")[0], "Rekening {iban}"], ib, per_page=15,
                     heading=lambda c: money_in(cur, "nl", c))
    out.append(invoice_record(rid(), k, "nl", "Vereniging van Eigenaars De Hoge Veluwe II", "vve@mentink-beheer.nl",
                              True, n, i, "Verzamelfactuur tuinonderhoud november", i + days(30), total, pages=pages,
                              iban_=ib, reference=kenmerk("003121188400409")[1],
                              cover="Geachte heer/mevrouw,\n\nBijgaand de verzamelfactuur.\n\nDe Bosrand",
                              note="a collective invoice over 24 work orders on two pages; a VvE p/a a manager"))
    # 29. en uk: hosting annual plan 2027 with discount, HTML, "Quote ... as your reference".
    k = "hostuk"
    ib = seller_iban(k)
    i = D(2026, 12, 3)
    n = "NMH-2026-5530"
    html = ("<p>Akintola &amp; Reyes Solicitors<br>FAO Mr Femi Akintola<br>22 Iron Gate<br>Derby DE1 3GP</p><p>Dear Mr Akintola,</p><p>Thank you for renewing. Your invoice:</p><table>"
            "<tr><td>Invoice</td><td>%s</td></tr><tr><td>Date</td><td>%s</td></tr>"
            "<tr><td>Business hosting, annual plan 1 Jan - 31 Dec 2027</td><td>£480.00</td></tr>"
            "<tr><td>Annual prepayment discount 10%%</td><td>-£48.00</td></tr><tr><td>VAT 20%%</td><td>£86.40</td></tr>"
            "<tr><td>Amount due</td><td>£518.40</td></tr></table><p>Due by %s. Pay to %s; quote %s as your "
            "reference.</p><p>Northmoor Hosting</p>") % (n, date_in("en", i), date_in("en", D(2026, 12, 31)),
                                                        mk.iban_spaced(ib), n)
    out.append(invoice_record(rid(), k, "en", "Akintola & Reyes Solicitors", "office@akintolareyes.co.uk", True, n, i,
                              "Your annual hosting invoice", D(2026, 12, 31), 51840, cur="GBP", html=html, iban_=ib,
                              note="an annual plan for 2027 with a discount line; 'quote <number> as your reference'"))
    # 30. ch: household cleaning subscription, typed, consumer, "innert 20 Tagen".
    k = "support"
    ib = seller_iban(k)
    i = D(2026, 12, 1)
    n = "BI-26-3371"
    body = ("Grüezi Familie Keller\n\nRechnung Nr. %s vom %s\n\nIT-Heimservice Abo Dezember 2026: CHF 49.00\n"
            "Fernwartung 2 PCs: CHF 18.00\nMWST 8.1 %%: CHF 5.43\nTotal: CHF 72.43\n\nZahlbar innert 20 Tagen auf "
            "{iban}.\n\nFreundliche Grüsse\nBrunner Informatik") % (n, date_in("de", i))
    out.append(invoice_record(rid(), k, "de", "Familie Keller", "keller.familie@bluewin.ch", False, n, i,
                              "Rechnung Dezember", i + days(20), 7243, cur="CHF",
                              body=body.format(iban=mk.iban_spaced(ib)), iban_=ib,
                              note="a Swiss household subscription, 'innert 20 Tagen'"))
    return out


def not_invoice(rid, key, lang, to, subject, body=None, pages=None, fname=None, why=""):
    name, _addr, mailbox, _c, _v = SELLERS[key]
    d = D(2026, 12, 1) + days(rng.randrange(10))
    eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=body, pdf=pages is not None)
    return mk.record(rid, "long-not", lang, "pdf" if pages else "none", {"mail_from": mailbox, "rcpt_to": [to]}, eml,
                     pages=pages, pdf_filename=fname, why_not=why, note=why)


def build_not_invoices(start):
    out = []

    def rid():
        return "inv-long-%03d" % (start + len(out) + 1)

    # Delivery note (de), PDF, with prices.
    dn = side_pdf("getraenk", "Lieferschein LS-55201", [("Datum 07.12.2026", ""), ("Kunde: Café Lindwurm", ""),
                                                        ("12 Kisten Mineralwasser", "82,80 €"),
                                                        ("Pfand 12 Kisten", "39,60 €")],
                  note="Die Berechnung erfolgt mit der Sammelrechnung zum Monatsende.")
    out.append(not_invoice(rid(), "getraenk", "de", "kontakt@cafe-lindwurm.de", "Lieferschein LS-55201", pages=dn,
                           fname="Lieferschein_LS-55201.pdf",
                           body="Hallo,\n\nanbei der Lieferschein zur heutigen Lieferung.\n\nSommerfeld",
                           why="a delivery note with prices; billed later in the collective invoice"))
    # Timesheet for approval (en), PDF.
    ts = side_pdf("cleanuk", "Timesheet - December week 1", [("Mon 30 Nov, 3.0 hrs", "£55.50"),
                                                             ("Tue 1 Dec, 3.0 hrs", "£55.50"),
                                                             ("Total this week", "£111.00")],
                  note="Please approve by reply; these hours will appear on the December invoice.")
    out.append(not_invoice(rid(), "cleanuk", "en", "manager@harrowgatedental.co.uk", "Timesheet for approval",
                           pages=ts, fname="timesheet_w49.pdf",
                           body="Hello,\n\nPlease approve the attached timesheet.\n\nBrightwater",
                           why="a timesheet sent for approval, with rates"))
    # Leistungsnachweis zur Freigabe, typed.
    out.append(not_invoice(rid(), "system", "de", "kanzlei@harms-stb.de", "Leistungsnachweis Dezember zur Freigabe",
                           body="Sehr geehrte Frau Dr. Harms,\n\nbitte geben Sie den folgenden Leistungsnachweis frei:"
                                "\n\nTicket #88412 Druckerwarteschlange 0,75 Std.\nTicket #88430 VPN-Zugang 1,50 Std."
                                "\nSumme 2,25 Std. à 96,00 € = 216,00 € netto\n\nDie Abrechnung erfolgt mit der "
                                "Monatsrechnung.\n\nViele Grüße\nKerber Systemhaus",
                           why="a Leistungsnachweis for approval with hours and a rate"))
    # Usage statement nl "Dit is geen factuur".
    out.append(not_invoice(rid(), "koerier", "nl", "inkoop@apotheekspaarnestad.nl", "Ritoverzicht t/m 15 december",
                           body="Hoi,\n\nTussenstand van de ritten deze maand: 14 ritten, samen 96 km, tot nu toe "
                                "€ 211,40 excl. btw.\nDit is geen factuur; de verzamelfactuur volgt begin januari."
                                "\n\nTrapkoeriers",
                           why="a usage statement mid-month, 'Dit is geen factuur'"))
    # Renewal reminder with amount (en).
    out.append(not_invoice(rid(), "hostuk", "en", "priti@kestrelprint.co.uk", "Your hosting renews on 1 January",
                           body="Hi Priti,\n\nYour Managed VPS renews automatically on 1 January 2027. The estimated "
                                "amount is £76.80 including VAT; the invoice will be issued on the renewal date.\n"
                                "Nothing to do now - to cancel, reply before 20 December.\n\nNorthmoor Hosting",
                           why="a renewal reminder with an estimated amount"))
    # Preview of next invoice (be).
    out.append(not_invoice(rid(), "koffiebe", "nl", "info@lootens-architecten.be", "Vooruitblik op uw januarifactuur",
                           body="Beste,\n\nVanaf januari stijgt de huur van uw Jura X8 naar € 74,00 per maand.\n"
                                "Uw volgende factuur zal er ongeveer zo uitzien:\nHuur koffieautomaat € 74,00\n"
                                "Minimumafname 800 koppen € 96,00\nGeschat totaal incl. btw € 205,70\n\n"
                                "U hoeft nu niets te betalen.\n\nKoffieservice Mertens",
                           why="a preview of next month's invoice with an estimated total"))
    # Price change notice (de).
    out.append(not_invoice(rid(), "reinigung", "de", "weg-hoelderlin@braendle-hv.de", "Preisanpassung ab 1. Januar 2027",
                           body="Sehr geehrte Damen und Herren,\n\naufgrund des neuen Tarifvertrags passen wir unsere "
                                "Stundensätze zum 01.01.2027 um 4,2 % an. Die Unterhaltsreinigung kostet dann "
                                "1.229,60 € netto im Monat.\n\nMit freundlichen Grüßen\nAlbrecht Gebäudedienste",
                           why="a price-change notice"))
    # Standing order confirmation (nl).
    out.append(not_invoice(rid(), "lift", "nl", "ravelijn@vesteda-beheer.nl", "Bevestiging onderhoudscontract 2027",
                           body="Geachte beheerder,\n\nHierbij bevestigen wij de verlenging van het onderhoudscontract "
                                "voor 2027 voor twee liften, tegen € 6.140,00 excl. btw per jaar. De jaarfactuur "
                                "ontvangt u separaat.\n\nLiftservice Oostland",
                           why="a contract confirmation with the year's price"))
    # Direct-debit schedule (nl).
    out.append(not_invoice(rid(), "hovenier", "nl", "hendriksen.warnsveld@ziggo.nl", "Incassoschema 2027",
                           body="Beste familie Hendriksen,\n\nVoor 2027 schrijven wij 12 termijnen van € 223,85 af, "
                                "telkens rond de 8e van de maand. Jaartotaal € 2.686,20.\nMachtigingskenmerk DB-0078, "
                                "incassant-ID NL44ZZZ081233440000.\n\nDe Bosrand",
                           why="a direct-debit schedule with a yearly total"))
    # Lastschriftplan (at).
    out.append(not_invoice(rid(), "lizenz", "de", "office@lechner-bau.at", "Ihr Lastschriftplan 2027",
                           body="Sehr geehrter Herr Ing. Lechner,\n\nwie vereinbart ziehen wir die Jahreslizenz 2027 in "
                                "vier Raten ein:\n15.01.2027 1.248,05 €\n15.04.2027 1.248,05 €\n15.07.2027 1.248,05 €\n"
                                "15.10.2027 1.248,05 €\nGläubiger-ID AT61ZZZ00000012345, Mandat GS-M-118.\n\n"
                                "Softwarehaus Gratzl",
                           why="a Lastschriftplan"))
    # Statement of account listing invoices already sent (en), PDF.
    st = side_pdf("patrol", "Statement of Account", [("Account: Eyre Square Centre Management Ltd", ""),
                                                     ("Statement date 4 December 2026", ""),
                                                     ("CPS-4420  1 November 2026", "€5,210.90"),
                                                     ("CPS-4466  1 December 2026", "€5,552.80"),
                                                     ("Payment received 20 November", "-€5,210.90"),
                                                     ("Balance", "€5,552.80")],
                  note="This statement is for information; please pay against the invoices listed.")
    out.append(not_invoice(rid(), "patrol", "en", "accounts@eyresquarecentre.ie", "Statement of account - December",
                           pages=st, fname="statement_ESCM.pdf",
                           body="Dear Niamh,\n\nPlease find your statement of account attached.\n\nCorrib Patrol",
                           why="a statement of account listing invoices already sent"))
    # Work report (be werkbon), typed.
    out.append(not_invoice(rid(), "linnen", "nl", "boekhouding@denhert.be", "Werkbon herstelling wasautomaat",
                           body="Beste Sofie,\n\nWerkbon WB-2218 van 03/12: herstelling deurrubber wasautomaat, "
                                "1,5 uur en onderdeel € 38,00. Valt onder het onderhoudscontract, dus niets te "
                                "betalen.\n\nMvg,\nWittevrouw",
                           why="a work report covered by the contract"))
    return out


def build():
    out = build_invoices()
    out += build_not_invoices(len(out))
    return out


def check(recs):
    mk.check_labels(recs)
    assert sum(r["is_invoice"] for r in recs) == 30
    assert sum(not r["is_invoice"] for r in recs) == 12
    for r in recs:
        e = r["expected"]
        if e and e["payment_reference"]:
            text = r["eml"] + str(r.get("pdf"))
            flat = text.replace(" ", "")
            assert e["payment_reference"].replace(" ", "") in flat, r["id"]


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-long.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
