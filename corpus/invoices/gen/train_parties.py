"""train_parties: a training split about who bills whom — the parties on the page (the
parties25 round, written to the same brief as heldout25 with its own firms, customers and
wordings, never heldout25's records), and mails from the same firms that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): where the two
parties stand — the window block on the right, two columns "Van" / "Aan", "From" / "Bill to",
"Rechnungssteller" / "Rechnungsempfänger", a "Factuur aan" / "Invoice to" / "Rechnung an" box,
the debtor below the title or after the lines, a one-line "Klant:" among the details rows, a
typed invoice whose greeting names the debtor otherwise than its block; several parties (bill
to and ship to, a site or delivery address, "Leistungsort", "t.a.v.", "z. Hd.", "Attn:", "c/o",
"p/a", a firm's accounts-payable department, couples, an estate, a VvE, a foundation, a
municipality, schools, clubs, sole traders under a trading name, a branch of a chain); what
marks a business (the debtor's own VAT number, a reverse-charge line naming it, KvK, HRB,
Companies House, a Belgian ondernemingsnummer, a Swiss CHE-UID, legal forms) against private
persons, with the sender's own numbers in letterhead, footer and signature; names that look
like other things (a firm named after a town or a street, surnames that are common words —
De Bakker, Koch, Baker —, initials, titles Dr., Mag., Dipl.-Ing., mr.,
double-barrelled names, tussenvoegsels, capitals).

Not invoices (same firms): quotes, a delivery note, order confirmations, statements of
account, a customer-data form asking for the VAT number, a welcome mail with a customer
number, a pro forma, a card receipt, "please send us your billing details".

Labels follow corpus/invoices/README.md lines 1-89; where they leave room (as the later
rounds settled them): the debtor is the organisation over any t.a.v., Attn., z. Hd., c/o, p/a
or department line, and over a branch line; a person "c/o" someone is that person; a name
printed in capitals as printed; a trading-name line as printed ("… h.o.d.n. …", "… t/a …");
an estate as printed, `business` null; persons and households false, firms, clubs, schools,
foundations, a VvE and public bodies true; `debtor_email` the first envelope recipient.
Written by hand for training (the reader's rules are tuned on it); seeded; run it to write
../train-parties.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days  # noqa: E402

SEED = 20261225
rng = random.Random(SEED)
D = datetime.date

# Sellers: key -> (name, street, town, mailbox, iban country, own register facts, phone, web).
FIRMS = {
    "schilder": ("Schildersbedrijf Kwakernaak", "Hanzeweg 41", "8025 BJ Zwolle", "facturen@kwakernaak-schilders.nl",
                 "NL", ["KvK 61123987", "BTW NL001893412B55"], "038 - 421 60 12", "www.kwakernaak-schilders.nl"),
    "install": ("Installatietechniek Van Ooijen B.V.", "Ringbaan-Oost 230", "5013 CD Tilburg",
                "administratie@vanooijen-installatie.nl", "NL", ["KvK 18044712", "BTW-nr NL816044712B01"],
                "013 - 542 88 10", "www.vanooijen-installatie.nl"),
    "drukwerk": ("Drukkerij Het Zeepaard", "Havenkade 9", "1781 AB Den Helder", "orders@hetzeepaard.nl", "NL",
                 ["KvK 37712450", "Btw-id NL002417731B88"], "0223 - 61 44 20", "hetzeepaard.nl"),
    "dak": ("Dakwerken Verhaegen BV", "Tiensesteenweg 318", "3001 Heverlee", "info@verhaegen-dakwerken.be", "BE",
            ["Ondernemingsnummer 0688.412.907", "RPR Leuven"], "016 40 22 81", "www.verhaegen-dakwerken.be"),
    "joinery": ("Pennine Joinery Ltd", "Unit 3, Mytholm Works", "Hebden Bridge HX7 6DL", "accounts@penninejoinery.co.uk",
                "GB", ["Company No. 09318842", "VAT Reg. GB 229 4187 62"], "01422 842 190", "penninejoinery.co.uk"),
    "kestrel": ("Kestrel IT Services Ltd", "41 Magdalen Street", "Norwich NR3 1LQ", "billing@kestrel-it.co.uk", "GB",
                ["Registered in England No. 11872036", "VAT No. GB 331 0928 14"], "01603 771 402",
                "www.kestrel-it.co.uk"),
    "corrib": ("Corrib Landscapes Ltd", "Moycullen Road", "Galway H91 F6P2", "office@corriblandscapes.ie", "IE",
               ["CRO 641207", "VAT IE 3462218QH"], "091 555 812", "corriblandscapes.ie"),
    "elektro": ("Elektro Lindqvist GmbH", "Hastedter Heerstraße 77", "28207 Bremen", "rechnung@elektro-lindqvist.de",
                "DE", ["Amtsgericht Bremen HRB 30417", "USt-IdNr. DE284471093"], "0421 44 18 27-0",
                "www.elektro-lindqvist.de"),
    "reinigung": ("Gebäudeservice Fuchs e.K.", "Wilhelmshöher Allee 160", "34119 Kassel", "buero@fuchs-gebaeudeservice.de",
                  "DE", ["HRA 16208 Amtsgericht Kassel", "USt-IdNr. DE309877214"], "0561 70 91 33",
                  "fuchs-gebaeudeservice.de"),
    "tischler": ("Tischlerei Pfandl", "Ignaz-Harrer-Straße 38", "5020 Salzburg", "office@tischlerei-pfandl.at", "AT",
                 ["UID ATU68120477", "FN 401182 k"], "+43 662 43 18 90", "www.tischlerei-pfandl.at"),
    "sanitaer": ("Bühlmann Sanitär AG", "Baselstrasse 52", "6003 Luzern", "rechnungen@buehlmann-sanitaer.ch", "CH",
                 ["CHE-271.904.118 MWST", "Handelsregister des Kantons Luzern"], "041 240 19 70",
                 "www.buehlmann-sanitaer.ch"),
}
IBANS = {k: mk.iban(rng, v[4]) for k, v in FIRMS.items()}

WORDS = {
    "nl": {"title": "FACTUUR", "number": "Factuurnummer", "date": "Factuurdatum", "due": "Vervaldatum",
           "net": "Subtotaal", "vat": "BTW 21%", "total": "Totaal te betalen", "from": "Van", "to": "Aan",
           "box": "Factuur aan", "ship": "Afleveradres", "site": "Werkadres", "client": "Klant",
           "pay": "Graag voldaan vóór {due} op {iban} onder vermelding van het factuurnummer."},
    "be": {"title": "FACTUUR", "number": "Factuurnr.", "date": "Factuurdatum", "due": "Vervaldag",
           "net": "Totaal excl. btw", "vat": "Btw 21%", "total": "Te betalen", "from": "Van", "to": "Aan",
           "box": "Factuur aan", "ship": "Leveradres", "site": "Werfadres", "client": "Klant",
           "pay": "Te betalen vóór {due} op rekening {iban}."},
    "en": {"title": "INVOICE", "number": "Invoice no.", "date": "Date", "due": "Due date", "net": "Subtotal",
           "vat": "VAT @ 20%", "total": "Total due", "from": "From", "to": "Bill to", "box": "Invoice to",
           "ship": "Ship to", "site": "Site address", "client": "Customer",
           "pay": "Payment by {due} please, by bank transfer to {iban}."},
    "ie": {"title": "INVOICE", "number": "Invoice no.", "date": "Date", "due": "Due date", "net": "Subtotal",
           "vat": "VAT @ 13.5%", "total": "Total due", "from": "From", "to": "Bill to", "box": "Invoice to",
           "ship": "Deliver to", "site": "Site", "client": "Customer",
           "pay": "Payment by {due} please, by bank transfer to {iban}."},
    "xe": {"title": "INVOICE", "number": "Invoice no.", "date": "Invoice date", "due": "Due date",
           "net": "Net amount", "vat": "VAT 19 %", "total": "Amount due", "from": "From", "to": "Bill to",
           "box": "Invoice to", "ship": "Deliver to", "site": "Place of service", "client": "Customer",
           "pay": "Please transfer the amount by {due} to {iban}."},
    "de": {"title": "RECHNUNG", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "net": "Nettobetrag", "vat": "zzgl. 19 % USt.", "total": "Rechnungsbetrag", "from": "Rechnungssteller",
           "to": "Rechnungsempfänger", "box": "Rechnung an", "ship": "Lieferanschrift", "site": "Leistungsort",
           "client": "Kunde", "pay": "Bitte überweisen Sie den Rechnungsbetrag bis {due} auf {iban}."},
    "at": {"title": "RECHNUNG", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "net": "Netto", "vat": "USt. 20 %", "total": "Gesamtbetrag", "from": "Rechnungssteller",
           "to": "Rechnungsempfänger", "box": "Rechnung an", "ship": "Lieferadresse", "site": "Leistungsort",
           "client": "Kunde", "pay": "Zahlbar bis {due} auf {iban}."},
    "ch": {"title": "RECHNUNG", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "net": "Total exkl. MWST", "vat": "MWST 8.1 %", "total": "Total inkl. MWST", "from": "Rechnungssteller",
           "to": "Rechnungsempfänger", "box": "Rechnung an", "ship": "Lieferadresse", "site": "Leistungsort",
           "client": "Kunde", "pay": "Zahlbar bis {due} auf {iban}."},
}
VAT_PERMILLE = {"xe": 190, "nl": 210, "be": 210, "en": 200, "ie": 135, "de": 190, "at": 200, "ch": 81}
DATE_LANG = {"xe": "en", "nl": "nl", "be": "be", "en": "en", "ie": "en", "de": "de", "at": "de", "ch": "de"}
CUR = {"en": "GBP", "ch": "CHF"}


def cash(style, cents):
    return mk.money_in(CUR.get(style, "EUR"), "nl" if style == "be" else DATE_LANG[style], cents)


def letterhead(p, key, right=False):
    """The seller's name, address and phone at the top of the page."""
    name, street, town, _m, _c, _reg, phone, _w = FIRMS[key]
    x = 539 if right else 56
    p.text(x, 52, name, size=14, bold=True, align="right" if right else "left")
    p.text(x, 66, "%s · %s · T %s" % (street, town, phone), size=8, align="right" if right else "left")


def footer(p, key):
    """The seller's own register facts and account at the foot of the page."""
    name, _s, _t, mailbox, _c, reg, _p, web = FIRMS[key]
    p.text(56, 788, "%s · %s · %s · %s" % (name, " · ".join(reg), web, mailbox), size=6.5)
    p.text(56, 798, "IBAN %s" % mk.iban_spaced(IBANS[key]), size=6.5)


def lines_at(p, x, y, lines, size=10, bold_first=False):
    for i, ln in enumerate(lines):
        p.text(x, y + 13 * i, ln, size=size, bold=bold_first and i == 0)
    return y + 13 * len(lines)


def facts_at(p, x, y, facts):
    for i, (k, v) in enumerate(facts):
        p.text(x, y + 13 * i, k, size=8.5)
        p.right(x + 199, y + 13 * i, v, size=8.5)
    return y + 13 * len(facts)


def invoice_pdf(key, style, layout, block, number, issue, due, rows, second=None, debtor_facts=(),
                after_total=(), title=None):
    """One invoice page: @layout says where the debtor's @block stands —
    'window' (left window under the return line), 'right' (window on the right, facts left),
    'cols' (two headed columns: the seller's and the debtor's), 'box' (a headed box),
    'below' (under the title), 'after' (after the totals), 'row' (a one-line details row:
    @block is then the one name). @second is a further party (heading, lines) printed beside
    or below; @debtor_facts lines are added under the block (the debtor's own numbers);
    @after_total lines follow the totals (a reverse-charge note). Returns (pages, total)."""
    w = WORDS[style]
    dl = DATE_LANG[style]
    net = sum(c for _d, c in rows)
    tax = net * VAT_PERMILLE[style] // 1000 if not any("verlegd" in a or "reverse" in a.lower() or "Steuerschuldnerschaft"
                                                       in a or "medecontractant" in a for a in after_total) else 0
    total = net + tax
    facts = [(w["number"], number), (w["date"], mk.date_in(dl, issue)), (w["due"], mk.date_in(dl, due))]
    p = mk.Page()
    name, street, town = FIRMS[key][:3]
    block = list(block) + list(debtor_facts)
    if layout == "window":
        letterhead(p, key)
        p.text(56, 126, "%s · %s · %s" % (name, street, town), size=6)
        lines_at(p, 56, 142, block)
        facts_at(p, 340, 142, facts)
        y = 142 + 13 * max(len(block), len(facts)) + 28
        p.text(56, y, title or w["title"], size=16, bold=True)
        y += 26
    elif layout == "right":
        letterhead(p, key)
        p.text(330, 126, "%s · %s · %s" % (name, street, town), size=6)
        lines_at(p, 330, 142, block)
        facts_at(p, 56, 142, facts)
        y = 142 + 13 * max(len(block), len(facts)) + 28
        p.text(56, y, title or w["title"], size=16, bold=True)
        y += 26
    elif layout == "cols":
        p.text(56, 60, title or w["title"], size=18, bold=True)
        p.text(56, 100, w["from"], size=8.5, bold=True)
        p.text(330, 100, w["to"], size=8.5, bold=True)
        lines_at(p, 56, 116, [name, street, town, "T " + FIRMS[key][6]] + FIRMS[key][5], size=9)
        lines_at(p, 330, 116, block, size=9)
        y = 116 + 13 * max(len(block), 4 + len(FIRMS[key][5])) + 20
        y = facts_at(p, 56, y, facts) + 24
    elif layout == "box":
        letterhead(p, key, right=True)
        p.text(56, 128, w["box"], size=8.5, bold=True)
        p.rule(50, 116, 290, 116)
        lines_at(p, 56, 144, block)
        p.rule(50, 144 + 13 * len(block), 290, 144 + 13 * len(block))
        facts_at(p, 340, 144, facts)
        y = 144 + 13 * max(len(block), len(facts)) + 28
        p.text(56, y, title or w["title"], size=16, bold=True)
        y += 26
    elif layout == "below":
        letterhead(p, key)
        p.text(56, 110, title or w["title"], size=18, bold=True)
        y = lines_at(p, 56, 134, block)
        y = facts_at(p, 56, y + 14, facts) + 24
    elif layout == "after":
        letterhead(p, key)
        p.text(56, 110, title or w["title"], size=18, bold=True)
        y = facts_at(p, 56, 134, facts) + 24
    elif layout == "row":
        letterhead(p, key)
        p.text(56, 110, title or w["title"], size=18, bold=True)
        y = facts_at(p, 56, 134, facts[:2] + [(w["client"], block[0])] + [(k, v) for k, v in
                                                                             (ln.split(": ", 1) for ln in block[1:])]
                     + facts[2:]) + 24
    else:
        raise ValueError(layout)
    if second:
        head, slines = second
        if layout in ("window", "box", "right"):
            sx = 56 if layout == "right" else 340
            p.text(sx, y - 14, "", size=1)
            sy = y - 8
            p.text(sx, sy, head, size=8.5, bold=True)
            lines_at(p, sx, sy + 13, slines, size=9)
            y = sy + 13 * (len(slines) + 1) + 20
        else:
            p.text(56, y, head, size=8.5, bold=True)
            y = lines_at(p, 56, y + 13, slines, size=9) + 18
    y = p.line_rows(y, [(d, cash(style, c)) for d, c in rows])
    totals = [(w["net"], cash(style, net), False)]
    if tax:
        totals.append((w["vat"], cash(style, tax), False))
    totals.append((w["total"], cash(style, total), True))
    y = p.totals_notes(y, totals, list(after_total) + [w["pay"].format(due=mk.date_in(dl, due), iban="{iban}")],
                       mk.iban_spaced(IBANS[key]))
    if layout == "after":
        p.text(56, y + 16, {"nl": "Gefactureerd aan", "be": "Gefactureerd aan", "en": "Billed to", "ie": "Billed to",
                            "xe": "Billed to", "de": "Rechnungsempfänger", "at": "Rechnungsempfänger", "ch": "Rechnungsempfänger"}[style],
               size=8.5, bold=True)
        lines_at(p, 56, y + 30, block, size=9)
    footer(p, key)
    return [p], total


def doc_pdf(key, block, title, facts, rows, closing=(), style="nl", totals=None):
    """A page that is no invoice (quote, delivery note, order confirmation, statement, pro
    forma, form): letterhead, the customer's block, title, facts, rows and closing lines."""
    p = mk.Page()
    letterhead(p, key)
    lines_at(p, 56, 142, block)
    facts_at(p, 340, 142, facts)
    y = 142 + 13 * max(len(block), len(facts)) + 28
    p.text(56, y, title, size=16, bold=True)
    y = p.line_rows(y + 26, rows)
    if totals:
        y = p.totals_notes(y, totals, [], "")
    for ln in closing:
        p.text(56, y + 10, ln, size=8.5)
        y += 12
    footer(p, key)
    return [p]


def signature(key, person, role=None):
    name, street, town, mailbox, _c, reg, phone, web = FIRMS[key]
    out = [person] + ([role] if role else []) + [name, street + ", " + town, "T " + phone, web] + reg
    return "\n".join(out)


def rec(rid, key, tool, lang, kind, rcpts, eml, pages=None, pdf_name=None, exp=None, why_not=None, note=""):
    return mk.record(rid, tool, lang, kind, {"mail_from": FIRMS[key][3], "rcpt_to": rcpts}, eml, pages=pages,
                     pdf_filename=pdf_name, expected=exp, why_not=why_not, note=note)


COVER = {
    "nl": "Goedemiddag,\n\nIn de bijlage vindt u factuur {n}. Heeft u vragen, laat het ons gerust weten.\n\n"
          "Met vriendelijke groet,\n\n{sig}",
    "be": "Goeiedag,\n\nIn bijlage onze factuur {n}.\n\nMet vriendelijke groeten,\n\n{sig}",
    "en": "Hello,\n\nPlease find attached invoice {n}. Any questions, just reply to this email.\n\nKind regards,\n\n{sig}",
    "de": "Guten Tag,\n\nim Anhang erhalten Sie unsere Rechnung {n}.\n\nMit freundlichen Grüßen\n\n{sig}",
}
SUBJ = {"nl": "Factuur {n}", "be": "Factuur {n}", "en": "Invoice {n}", "de": "Rechnung {n}"}
PERSON = {"schilder": "Gerrit Kwakernaak", "install": "Monique van Ooijen", "drukwerk": "Sander Blom",
          "dak": "Pieter Verhaegen", "joinery": "Alison Greenwood", "kestrel": "Raj Patel",
          "corrib": "Niamh Walsh", "elektro": "Jens Lindqvist", "reinigung": "Tanja Fuchs",
          "tischler": "Florian Pfandl", "sanitaer": "Marco Bühlmann"}


def build_invoices():
    out = []

    def add(key, lang, style, layout, to, rcpts, block, debtor, business, number, issue, term, rows,
            second=None, debtor_facts=(), after_total=(), cover=None, subject=None, note="", tool="word-pdf",
            title=None):
        due = issue + days(term)
        pages, total = invoice_pdf(key, style, layout, block, number, issue, due, rows, second, debtor_facts,
                                   after_total, title)
        name, _s, _t, mailbox = FIRMS[key][:4]
        cl = "be" if style == "be" else ("en" if lang == "en" else lang)
        body = (cover or COVER[cl]).format(n=number, sig=signature(key, PERSON[key]))
        eml = mk.mail(rng, mailbox, name, to, (subject or SUBJ[cl]).format(n=number), issue, body_text=body,
                      pdf=True)
        exp = mk.expected(number, total, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          currency=CUR.get(style, "EUR"))
        out.append(rec("inv-part-%03d" % (len(out) + 1), key, tool, lang, "pdf", rcpts, eml, pages,
                       "%s.pdf" % number.replace("/", "-"), exp, note=note))

    def typed(key, lang, style, to, rcpts, subject, issue, term, text, number, rows, debtor, business, note=""):
        """An invoice typed in the mail: @text with {rows}, {net}, {vat}, {total}, {due}, {iban}, {sig}."""
        due = issue + days(term)
        net = sum(c for _d, c in rows)
        tax = net * VAT_PERMILLE[style] // 1000
        total = net + tax
        dl = DATE_LANG[style]
        body = text.format(rows="\n".join("%s  %s" % (d, cash(style, c)) for d, c in rows), net=cash(style, net),
                           vat=cash(style, tax), total=cash(style, total), due=mk.date_in(dl, due),
                           iban=mk.iban_spaced(IBANS[key]), sig=signature(key, PERSON[key]), n=number,
                           date=mk.date_in(dl, issue))
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, name, to, subject, issue, body_text=body)
        exp = mk.expected(number, total, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          currency=CUR.get(style, "EUR"))
        out.append(rec("inv-part-%03d" % (len(out) + 1), key, "typed", lang, "body-text", rcpts, eml, exp=exp,
                       note=note))

    # ---- Dutch and Flemish ---------------------------------------------------------------
    add("schilder", "nl", "nl", "right", "\"P. de Bakker\" <pdebakker@ziggo.nl>", ["pdebakker@ziggo.nl"],
        ["Dhr. P. de Bakker", "Korenbloemstraat 18", "8021 VR Zwolle"], "P. de Bakker", False, "2026-0412",
        D(2026, 11, 16), 14, [("Buitenschilderwerk kozijnen voorgevel", 148000), ("Materiaal (Sikkens Rubbol)", 21450)],
        note="window block on the right; a surname that is a trade (De Bakker); the sender's KvK and BTW in "
             "letterhead and footer")
    add("schilder", "nl", "nl", "cols", "penningmeester@hofjevanzonnebeek.nl", ["penningmeester@hofjevanzonnebeek.nl"],
        ["Stichting Vrienden van het Hofje van Zonnebeek", "t.a.v. de penningmeester", "Postbus 1022",
         "8001 BA Zwolle"], "Stichting Vrienden van het Hofje van Zonnebeek", True, "2026-0415", D(2026, 11, 18), 30,
        [("Schilderwerk poort en hekwerk", 96000), ("Herstel houtrot onderdorpel", 31500)],
        note="two columns Van / Aan; a foundation t.a.v. its treasurer")
    add("install", "nl", "nl", "box", "Van Dalen Vastgoedbeheer <facturen@vandalenbeheer.nl>",
        ["facturen@vandalenbeheer.nl"], ["VvE Parkflat Reeshof Zuid", "p/a Van Dalen Vastgoedbeheer",
                                         "Piushaven 12", "5017 AN Tilburg"], "VvE Parkflat Reeshof Zuid", True,
        "VO26-3318", D(2026, 11, 20), 30,
        [("Jaarlijks onderhoud cv-ketels gemeenschappelijke ruimten", 64000), ("Vervangen expansievat", 28900)],
        second=("Werkadres", ["Parkflat Reeshof Zuid, Bredaseweg 410", "5036 NK Tilburg"]),
        note="a 'Factuur aan' box; a VvE p/a its managing agent, the agent's mailbox; a work address beside it")
    add("install", "nl", "nl", "window", "Kapsalon Haarmonie <info@haarmonie-denhaag.nl>",
        ["info@haarmonie-denhaag.nl"], ["Kapsalon Haarmonie VOF", "Laan van Meerdervoort 212", "2563 AK Den Haag"],
        "Kapsalon Haarmonie VOF", True, "VO26-3324", D(2026, 11, 23), 14,
        [("Levering en montage close-in boiler 10 l", 41800), ("Arbeid 2,5 uur", 17250)],
        second=("Afleveradres", ["Haarmonie Scheveningen", "Keizerstraat 61", "2584 BG Den Haag"]),
        debtor_facts=["Uw btw-nr.: NL858120447B01"],
        note="bill-to and a delivery address of the salon's branch; the debtor's own btw number under its block")
    add("drukwerk", "nl", "nl", "below", "Gemeente Schagen - Team Inkoop <facturen@schagen.nl>", ["facturen@schagen.nl"],
        ["Gemeente Schagen", "t.a.v. Team Inkoop", "Postbus 8", "1740 AA Schagen"], "Gemeente Schagen", True,
        "ZP-26-1187", D(2026, 11, 24), 30, [("Folders Burendag 2027, A5, 2.500 stuks", 88500),
                                            ("Posters A2, 40 stuks", 23600)],
        debtor_facts=["Inkoopordernummer: 4500188312"],
        note="the debtor below the title; a municipality with its purchase order")
    add("drukwerk", "nl", "nl", "row", "\"J.W. van 't Zand\" <jwvantzand@hetnet.nl>", ["jwvantzand@hetnet.nl"],
        ["J.W. van 't Zand"], "J.W. van 't Zand", False, "ZP-26-1192", D(2026, 11, 25), 14,
        [("Rouwkaarten met envelop, 150 stuks", 31900), ("Ontwerp en zetwerk", 9500)],
        note="no address block: one 'Klant:' row among the details; initials and a tussenvoegsel with an apostrophe")
    typed("schilder", "nl", "nl", "Rob Zuidema <rob.zuidema@gmail.com>", ["rob.zuidema@gmail.com"],
          "Factuur 2026-0421 schilderwerk", D(2026, 11, 26), 14,
          "Beste Rob en Lieke,\n\nDank jullie wel voor de koffie de afgelopen week! Hierbij de factuur voor het "
          "binnenschilderwerk.\n\nFactuur 2026-0421\nFactuurdatum: {date}\n\nDe heer R. Zuidema en mevrouw L. "
          "Zuidema-Brink\nPotgieterstraat 7\n8012 BD Zwolle\n\n{rows}\n\nSubtotaal  {net}\nBTW 21%  {vat}\n"
          "Totaal  {total}\n\nGraag voldoen vóór {due} op {iban}.\n\nGroet,\n{sig}",
          "2026-0421", [("Plafonds en wanden woonkamer", 118000), ("Trapgat", 42500)],
          "R. Zuidema en L. Zuidema-Brink", False,
          note="typed invoice; the greeting names the couple by first names, the block by initials and forms")
    add("install", "nl", "nl", "window", "\"M. Koning\" <koningklussen@outlook.com>", ["koningklussen@outlook.com"],
        ["M. Koning h.o.d.n. Koning Klussen", "Schaapsdreef 3", "5044 PE Tilburg"], "M. Koning h.o.d.n. Koning Klussen",
        True, "VO26-3330", D(2026, 11, 26), 14, [("Levering 12 radiatorkranen en thermostaatknoppen", 26400)],
        debtor_facts=["KvK 92011845"],
        note="a sole trader under his trading name, with his own KvK number")
    add("drukwerk", "nl", "nl", "window", "Crediteuren Kaatsheuvel Logistiek <crediteuren@kaatsheuvel-logistiek.nl>",
        ["crediteuren@kaatsheuvel-logistiek.nl"], ["Crediteurenadministratie", "Kaatsheuvel Logistiek B.V.",
                                                    "Horst 18", "5171 RK Kaatsheuvel"],
        "Kaatsheuvel Logistiek B.V.", True, "ZP-26-1201", D(2026, 11, 30), 30,
        [("Vrachtbrieven doordrukset, 5.000 stuks", 74000), ("Magazijnetiketten, 20 rollen", 19800)],
        note="a firm named after its town, its accounts department on the line above")
    add("dak", "nl", "be", "window", "Brasserie Het Pakhuis <boekhouding@hetpakhuis-leuven.be>",
        ["boekhouding@hetpakhuis-leuven.be"], ["Brasserie Het Pakhuis BV", "Vaartkom 22", "3000 Leuven"],
        "Brasserie Het Pakhuis BV", True, "2026/0388", D(2026, 11, 19), 30,
        [("Herstelling platte dakbedekking keuken", 212000), ("Plaatsen dakkoepel 100x100", 87500)],
        debtor_facts=["Ondernemingsnr. BE 0745.218.604"],
        after_total=["Btw verlegd, medecontractant Brasserie Het Pakhuis BV, art. 20 KB nr. 1."],
        note="Flemish; the debtor's ondernemingsnummer; a reverse-charge line naming it")
    add("dak", "nl", "be", "box", "Els Vandenbroucke <els.vdbroucke@telenet.be>", ["els.vdbroucke@telenet.be"],
        ["Mevrouw Els Vandenbroucke", "Naamsesteenweg 140 bus 3", "3001 Heverlee"], "Els Vandenbroucke", False,
        "2026/0394", D(2026, 11, 27), 14, [("Vernieuwen zinken dakgoot", 146000), ("Stelling en afvoer", 32000)],
        second=("Werfadres", ["Vakantiewoning", "Duinenstraat 8, 8670 Koksijde"]),
        note="Flemish private client with a work site elsewhere; the sender's ondernemingsnummer in the footer")

    # ---- English ---------------------------------------------------------------------------
    add("joinery", "en", "en", "cols", "Baker & Finch LLP - Accounts <payables@bakerfinch.co.uk>",
        ["payables@bakerfinch.co.uk"], ["Baker & Finch LLP", "Accounts Payable", "9 Piece Hall Yard",
                                        "Halifax HX1 1RE"], "Baker & Finch LLP", True, "PJ-2291", D(2026, 11, 17),
        30, [("Oak reception desk, made to drawing BF-02", 284000), ("Fitting", 36000)],
        note="From / Bill to columns; a law firm LLP whose name opens with a surname that is a trade")
    add("joinery", "en", "en", "box", "Helen Marsh-Whitaker <h.marshwhitaker@btinternet.com>",
        ["h.marshwhitaker@btinternet.com"], ["Dr Helen Marsh-Whitaker", "Crow Nest Cottage", "Heptonstall",
                                             "Hebden Bridge HX7 7NB"], "Dr Helen Marsh-Whitaker", False, "PJ-2297",
        D(2026, 11, 20), 14, [("Sash window overhaul, 4 windows", 172000), ("Draught proofing", 28000)],
        second=("Site address", ["Flat 2, 14 Albert Road", "Todmorden OL14 5HQ"]),
        note="an Invoice to box with a doctor and a double-barrelled name; the work at her flat elsewhere")
    add("kestrel", "en", "en", "after", "Harbourside Arts <finance@harbourside-arts.org.uk>",
        ["finance@harbourside-arts.org.uk"], ["Harbourside Arts CIC", "The Granary, South Quay",
                                              "Great Yarmouth NR30 2RG"], "Harbourside Arts CIC", True, "K-40718",
        D(2026, 11, 18), 30, [("Managed IT support, November", 45000), ("Replacement switch, 24 port", 31900)],
        debtor_facts=["Company No. 12904418"],
        note="the debtor after the lines ('Billed to'); a CIC with its own company number; the sender's in the footer")
    add("kestrel", "en", "en", "window", "Pemberton & Lowe Solicitors <probate@pembertonlowe.co.uk>",
        ["probate@pembertonlowe.co.uk"], ["The Estate of the late Gerald Okafor", "c/o Pemberton & Lowe Solicitors",
                                          "2 Tombland", "Norwich NR3 1HA"],
        "The Estate of the late Gerald Okafor", None, "K-40722", D(2026, 11, 19), 30,
        [("Data recovery from laptop and two drives", 38000), ("Secure wipe and disposal", 6000)],
        note="an estate care of the solicitors who receive its post")
    add("kestrel", "en", "en", "right", "St Bride's Primary School <sbm@stbrides.norfolk.sch.uk>",
        ["sbm@stbrides.norfolk.sch.uk"], ["St Bride's C of E Primary School", "FAO: School Business Manager",
                                          "Church Lane", "Wymondham NR18 0PL"], "St Bride's C of E Primary School",
        True, "K-40730", D(2026, 11, 23), 30, [("Chromebooks, 15 units", 337500), ("Set-up and enrolment", 22500)],
        note="window block on the right; a school FAO its business manager")
    add("joinery", "en", "en", "window", "Jim Baker <treasurer@caldervalleycc.org.uk>",
        ["treasurer@caldervalleycc.org.uk"], ["Calder Valley Cycling Club", "Attn: Treasurer, Mr J. Baker",
                                              "c/o 5 Bank Terrace", "Mytholmroyd HX7 5DJ"], "Calder Valley Cycling Club",
        True, "PJ-2303", D(2026, 11, 24), 30, [("Bike racks for clubhouse, larch", 64000)],
        note="a club Attn its treasurer whose surname is Baker; c/o a house address")
    add("joinery", "en", "en", "window", "Brightwell Opticians Skipton <skipton@brightwellopticians.co.uk>",
        ["skipton@brightwellopticians.co.uk"], ["Brightwell Opticians Ltd", "Skipton branch", "41 High Street",
                                                "Skipton BD23 1JX"], "Brightwell Opticians Ltd", True, "PJ-2308",
        D(2026, 11, 27), 30, [("Display shelving, walnut, 6 bays", 258000)],
        debtor_facts=["Your VAT no.: GB 402 1187 36"],
        note="a branch of a chain; the chain's own VAT number under its block")
    add("corrib", "en", "ie", "box", "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>",
        ["siobhan.nibhriain@eircom.net"], ["Ms Siobhán Ní Bhriain", "Bóthar na Trá", "Salthill, Galway H91 X2T4"],
        "Siobhán Ní Bhriain", False, "CL-1147", D(2026, 11, 21), 21,
        [("Garden clearance and new lawn", 186000), ("Granite setts edging", 42000)],
        second=("Site", ["Holiday cottage, Roundstone, Co. Galway"]),
        cover="Dear Siobhán,\n\nThanks again for having us out to Roundstone. The invoice is attached.\n\n"
              "Kind regards,\n\n{sig}",
        note="Irish private client, a site elsewhere; the greeting by first name; the sender's CRO and VAT")
    add("corrib", "en", "ie", "cols", "Tom Fairweather <tom@fairweatherroofing.ie>", ["tom@fairweatherroofing.ie"],
        ["Fairweather Roofing", "Tom Fairweather", "Clifden Road, Oughterard", "Co. Galway H91 P8E3"],
        "Fairweather Roofing", True, "CL-1151", D(2026, 11, 24), 30, [("Skip hire and site tidy", 58000)],
        debtor_facts=["VAT No. IE 9813472W"],
        note="a sole trader's trade name over his own name, with his own VAT number")
    add("kestrel", "en", "en", "window", "David O'Connell-Hayes <doch@ntlworld.com>", ["doch@ntlworld.com"],
        ["MR DAVID O'CONNELL-HAYES", "17 UNTHANK ROAD", "NORWICH", "NR2 2PA"], "DAVID O'CONNELL-HAYES", False,
        "K-40741", D(2026, 11, 30), 14, [("Home broadband router set-up and mesh Wi-Fi", 16500)],
        note="a block in capitals, a double-barrelled name with an apostrophe")

    # ---- German, Austrian, Swiss ---------------------------------------------------------------
    add("elektro", "de", "de", "cols", "Koch Haustechnik <rechnungseingang@koch-haustechnik.de>",
        ["rechnungseingang@koch-haustechnik.de"], ["Koch Haustechnik GmbH & Co. KG", "Kreditorenbuchhaltung",
                                                   "Am Speicher XI 4", "28217 Bremen"],
        "Koch Haustechnik GmbH & Co. KG", True, "RE-26-7712", D(2026, 11, 17), 30,
        [("Elektroinstallation Neubau Lager, Abschlag 2", 840000), ("Prüfprotokoll DGUV V3", 24000)],
        debtor_facts=["USt-IdNr.: DE271884930"],
        note="Rechnungssteller / Rechnungsempfänger columns; Koch is a surname and a trade; the debtor's VAT id")
    add("elektro", "de", "de", "box", "Bernd Koch <bernd.koch@t-online.de>", ["bernd.koch@t-online.de"],
        ["Herrn Dipl.-Ing. Bernd Koch", "Parkallee 61", "28209 Bremen"], "Dipl.-Ing. Bernd Koch", False,
        "RE-26-7719", D(2026, 11, 19), 14, [("Wallbox 11 kW, geliefert und montiert", 139000),
                                            ("Zählerschrank erweitert", 48000)],
        second=("Leistungsort", ["Ferienhaus Koch, Deichstraße 12, 27476 Cuxhaven"]),
        note="a 'Rechnung an' box; a private engineer with Dipl.-Ing.; a Leistungsort elsewhere")
    add("reinigung", "de", "de", "window", "Musikschule Westend <verwaltung@musikschule-westend.de>",
        ["verwaltung@musikschule-westend.de"], ["Musikschule Westend e.V.", "z. Hd. Frau Weber", "Friedrich-Ebert-Str. 92",
                                                "34119 Kassel"], "Musikschule Westend e.V.", True, "FG-2026-318",
        D(2026, 11, 18), 14, [("Unterhaltsreinigung November", 68000), ("Fensterreinigung Saal", 21000)],
        note="a registered association z. Hd. a person")
    add("reinigung", "de", "de", "below", "Blumenhaus Lindner <info@blumenhaus-lindner.de>", ["info@blumenhaus-lindner.de"],
        ["Blumenhaus Lindner e.K.", "Inh. Sabine Lindner", "Königsplatz 3", "34117 Kassel"], "Blumenhaus Lindner e.K.",
        True, "FG-2026-322", D(2026, 11, 20), 14, [("Schaufensterreinigung, 4 Termine", 24000)],
        note="the debtor below the title; an e.K. with its owner on the next line")
    add("reinigung", "de", "de", "window", "Jana Brandt <jana.brandt@gmx.de>", ["jana.brandt@gmx.de"],
        ["Eheleute Jana und Tim Brandt", "Lange Straße 14", "34131 Kassel"], "Eheleute Jana und Tim Brandt", False,
        "FG-2026-329", D(2026, 11, 25), 7, [("Grundreinigung nach Umzug, 3-Zimmer-Wohnung", 39000)],
        second=("Leistungsort", ["Menzelstraße 7, 34121 Kassel (alte Wohnung)"]),
        note="a couple on one line with the household word; the old flat as the place of the work")
    add("tischler", "de", "at", "right", "Ingrid Pölzl-Haas <i.poelzl-haas@aon.at>", ["i.poelzl-haas@aon.at"],
        ["Frau Mag. Ingrid Pölzl-Haas", "Aignerstraße 55", "5026 Salzburg"], "Mag. Ingrid Pölzl-Haas", False,
        "2026-188", D(2026, 11, 18), 14, [("Einbauschrank Vorraum, Eiche geölt", 364000)],
        note="Austrian window on the right; Mag. and a double name; the sender's UID and FN in the footer")
    add("tischler", "de", "at", "window", "Gemeinde Anif - Bauamt <bauamt@anif.salzburg.at>",
        ["bauamt@anif.salzburg.at"], ["Gemeinde Anif", "z.Hd. Bauamt, Herrn Ing. Wallner", "Anifer Landesstraße 1",
                                      "5081 Anif"], "Gemeinde Anif", True, "2026-193", D(2026, 11, 23), 30,
        [("Sitzbänke Lärche für den Gemeindepark, 6 Stück", 258000)],
        debtor_facts=["UID ATU36912804"],
        note="an Austrian municipality z.Hd. a department and an engineer; its own UID")
    add("sanitaer", "de", "ch", "cols", "Atelier Rochat <compta@atelier-rochat.ch>", ["compta@atelier-rochat.ch"],
        ["Atelier Rochat Sàrl", "Rue du Marché 14", "2502 Biel/Bienne"], "Atelier Rochat Sàrl", True,
        "BS-26-0907", D(2026, 11, 19), 30, [("Ersatz Boiler 300 l inkl. Montage", 421000)],
        debtor_facts=["UID CHE-416.201.778"],
        note="Swiss columns; a Sàrl from the French-speaking part with its CHE-UID; the sender's CHE number")
    add("elektro", "en", "xe", "window", "Rheinkraft Logistics <ap@rheinkraft-logistics.nl>",
        ["ap@rheinkraft-logistics.nl"], ["Rheinkraft Logistics B.V.", "Attn: Accounts Payable", "Waalhaven Z.z. 40",
                                         "3089 JH Rotterdam", "Netherlands"], "Rheinkraft Logistics B.V.", True,
        "RE-26-7730", D(2026, 11, 27), 30, [("Electrical installation, loading bay lighting", 412000)],
        debtor_facts=["VAT ID: NL862104417B01"],
        after_total=["Reverse charge: VAT to be accounted for by the recipient, Rheinkraft Logistics B.V. "
                     "(NL862104417B01)."],
        cover="Dear Sir or Madam,\n\nplease find attached our invoice {n}.\n\nKind regards\n\n{sig}",
        subject="Invoice {n}",
        note="a German firm's English invoice to a Dutch B.V. under reverse charge naming it")
    return out


def build_not_invoices():
    out = []

    def add(key, lang, to, rcpts, subject, d, why, text=None, pages=None, pdf_name=None, html=None, tool="outlook"):
        name, _s, _t, mailbox = FIRMS[key][:4]
        if pages is not None:
            eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=text, pdf=True)
            kind = "none"
        else:
            eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=text, body_html=html)
            kind = "none"
        out.append(rec("inv-part-%03d" % (31 + len(out)), key, tool, lang, kind, rcpts, eml, pages, pdf_name,
                       why_not=why))

    sig = signature
    q = doc_pdf("schilder", ["Dhr. en mevr. Kerkhof", "Wipstrikkerallee 90", "8023 DW Zwolle"], "OFFERTE",
                [("Offertenummer", "OF-26-118"), ("Datum", "20-11-2026"), ("Geldig tot", "20-12-2026")],
                [("Buitenschilderwerk rondom", "€ 3.450,00"), ("BTW 21%", "€ 724,50")],
                ["Totaal € 4.174,50. Voor akkoord graag getekend retour."],
                totals=[("Totaal offerte", "€ 4.174,50", True)])
    add("schilder", "nl", "kerkhof.zwolle@kpnmail.nl", ["kerkhof.zwolle@kpnmail.nl"], "Offerte schilderwerk",
        D(2026, 11, 20), "a quote (offerte), nothing owed yet",
        text="Beste heer en mevrouw Kerkhof,\n\nZoals beloofd de offerte voor het buitenschilderwerk.\n\nGroet,\n"
             + sig("schilder", "Gerrit Kwakernaak"), pages=q, pdf_name="Offerte_OF-26-118.pdf")
    add("install", "nl", "info@bakkerijvisser.nl", ["info@bakkerijvisser.nl"], "Uw gegevens voor de facturatie",
        D(2026, 11, 21), "a customer-data form asking for the billing address and VAT number; no invoice",
        text="Geachte heer Visser,\n\nVoordat wij de eerste factuur kunnen sturen, hebben wij de volgende gegevens "
             "van Bakkerij Visser nodig:\n\nFactuuradres:\nKvK-nummer:\nBtw-nummer:\nE-mailadres voor facturen:\n"
             "Inkoopordernummer (indien van toepassing):\n\nU kunt deze mail eenvoudig beantwoorden.\n\n"
             "Met vriendelijke groet,\n" + sig("install", "Monique van Ooijen", "Administratie"))
    st = doc_pdf("drukwerk", ["Sportvereniging De Zwaluwen", "t.a.v. penningmeester", "Sportlaan 4",
                              "1782 GJ Den Helder"], "REKENINGOVERZICHT",
                 [("Klantnummer", "D-2208"), ("Datum", "30-11-2026")],
                 [("ZP-26-0944  12-09-2026", "€ 412,00"), ("ZP-26-1033  14-10-2026", "€ 188,76")],
                 ["Openstaand totaal € 600,76. Dit overzicht is geen factuur."],
                 totals=[("Openstaand", "€ 600,76", True)])
    add("drukwerk", "nl", "penningmeester@dezwaluwen-dh.nl", ["penningmeester@dezwaluwen-dh.nl"],
        "Rekeningoverzicht november", D(2026, 11, 30), "a statement of account listing invoices sent before",
        text="Beste penningmeester,\n\nBijgaand het overzicht van de openstaande posten.\n\n"
             + sig("drukwerk", "Sander Blom"), pages=st, pdf_name="Rekeningoverzicht.pdf")
    add("drukwerk", "nl", "m.hoekstra@live.nl", ["m.hoekstra@live.nl"], "Uw betaling bij Drukkerij Het Zeepaard",
        D(2026, 11, 28), "a card receipt for a payment at the counter",
        text="Bedankt voor uw aankoop!\n\nBon 77120\n28-11-2026 14:12\n\nVisitekaartjes 250 st.  € 39,95\n"
             "Totaal  € 39,95\nBetaald met pinpas (Maestro) ****4411\nBTW 21% inbegrepen: € 6,93\n\n"
             + sig("drukwerk", "Drukkerij Het Zeepaard"))
    add("dak", "nl", "jan.peeters@skynet.be", ["jan.peeters@skynet.be"], "Offerte dakwerken - bevestiging",
        D(2026, 11, 24), "an order confirmation (the quote accepted, work planned)",
        text="Beste heer Peeters,\n\nWij bevestigen de opdracht volgens offerte 2026/O-211 (€ 6.840,00 excl. "
             "btw). De werken zijn gepland in week 3. Een voorschotfactuur volgt bij de start van de werf.\n\n"
             "Met vriendelijke groeten,\n" + sig("dak", "Pieter Verhaegen", "Zaakvoerder"))
    add("joinery", "en", "office@marlowdental.co.uk", ["office@marlowdental.co.uk"], "Order confirmation PJ-O-518",
        D(2026, 11, 19), "an order confirmation with a deposit asked, no invoice",
        text="Dear Ms Okoro,\n\nThank you for your order. We confirm:\n\nOrder PJ-O-518\nBill to: Marlow Dental "
             "Practice Ltd\nDeliver to: 4 Bridge Gate, Hebden Bridge\n\nReception cabinetry  £4,200.00 + VAT\n\n"
             "A deposit invoice will follow once the drawings are signed off.\n\n"
             + sig("joinery", "Alison Greenwood"))
    pf = doc_pdf("kestrel", ["Northgate Veterinary Group Ltd", "Attn: Practice Manager", "8 Aylsham Road",
                             "Norwich NR3 2HF"], "PRO FORMA INVOICE",
                 [("Pro forma no.", "PF-0219"), ("Date", "20 November 2026")],
                 [("Laptops, 6 units", "£4,740.00"), ("VAT @ 20%", "£948.00")],
                 ["This is not a VAT invoice. A tax invoice will be issued on delivery."],
                 totals=[("Total", "£5,688.00", True)])
    add("kestrel", "en", "pm@northgatevets.co.uk", ["pm@northgatevets.co.uk"], "Pro forma PF-0219",
        D(2026, 11, 20), "a pro forma, asking for payment before delivery; the tax invoice follows",
        text="Hi Karen,\n\nPro forma attached as requested so you can raise the payment.\n\nRaj\n"
             + sig("kestrel", "Raj Patel"), pages=pf, pdf_name="PF-0219.pdf")
    add("kestrel", "en", "hello@copperkettlecafe.co.uk", ["hello@copperkettlecafe.co.uk"],
        "Welcome to Kestrel IT - your account details", D(2026, 11, 16),
        "a welcome mail with a customer number; nothing billed",
        text="Dear Copper Kettle Café,\n\nWelcome aboard! Your customer number is KC-3318. Invoices will be sent "
             "monthly to this address and are payable within 30 days.\n\nSupport: support@kestrel-it.co.uk\n\n"
             + sig("kestrel", "Raj Patel", "Director"))
    add("corrib", "en", "eoin.burke@gmail.com", ["eoin.burke@gmail.com"], "Billing details please",
        D(2026, 11, 22), "asks for the customer's billing details before the invoice is sent",
        text="Hi Eoin,\n\nThe job at Barna is finished. Before I send the invoice (€2,460.00 incl. VAT), could you "
             "send your billing details - is it to you personally or to Burke Dental Ltd, and if the company, its "
             "VAT number?\n\nThanks,\n" + sig("corrib", "Niamh Walsh"))
    add("joinery", "en", "accounts@greystonesbrewery.co.uk", ["accounts@greystonesbrewery.co.uk"],
        "Statement of account - November", D(2026, 11, 30), "a statement of account in the mail",
        text="Dear Accounts,\n\nStatement as at 30 November 2026 for Greystones Brewery Ltd:\n\nPJ-2204  "
             "12 Oct 2026  £1,860.00\nPJ-2251  2 Nov 2026  £720.00\nBalance outstanding  £2,580.00\n\n"
             "Kind regards,\n" + sig("joinery", "Alison Greenwood"))
    ls = doc_pdf("elektro", ["Koch Haustechnik GmbH & Co. KG", "Am Speicher XI 4", "28217 Bremen"], "LIEFERSCHEIN",
                 [("Lieferschein-Nr.", "LS-26-4410"), ("Datum", "16.11.2026")],
                 [("NYM-J 5x2,5 Ring 50 m", "4"), ("Unterverteilung 3-reihig", "1")],
                 ["Ware vollständig erhalten: ____________"])
    add("elektro", "de", "lager@koch-haustechnik.de", ["lager@koch-haustechnik.de"], "Lieferschein LS-26-4410",
        D(2026, 11, 16), "a delivery note",
        text="Guten Tag,\n\nanbei der Lieferschein zur heutigen Lieferung.\n\nMit freundlichen Grüßen\n"
             + sig("elektro", "Jens Lindqvist"), pages=ls, pdf_name="LS-26-4410.pdf")
    add("reinigung", "de", "einkauf@praxis-hollmann.de", ["einkauf@praxis-hollmann.de"], "Kundenstammdaten",
        D(2026, 11, 17), "a customer-data form asking for the VAT id and the billing address",
        text="Sehr geehrte Damen und Herren,\n\nfür die Anlage als Neukunde bitten wir um folgende Angaben:\n\n"
             "Firma / Rechnungsanschrift:\nUSt-IdNr.:\nHandelsregister (HRB/HRA):\nE-Mail für Rechnungen:\n"
             "Ansprechpartner Buchhaltung:\n\nVielen Dank!\n" + sig("reinigung", "Tanja Fuchs"))
    ab = doc_pdf("tischler", ["Herrn DI Martin Gschwandtner", "Moosstraße 120", "5020 Salzburg"],
                 "AUFTRAGSBESTÄTIGUNG", [("Auftrag", "AB-26-077"), ("Datum", "12.11.2026")],
                 [("Küche Esche massiv lt. Plan", "9.840,00 €"), ("USt. 20 %", "1.968,00 €")],
                 ["Anzahlung 30 % bei Auftragserteilung; die Rechnung folgt nach Montage."],
                 totals=[("Auftragssumme", "11.808,00 €", True)])
    add("tischler", "de", "m.gschwandtner@sbg.at", ["m.gschwandtner@sbg.at"], "Auftragsbestätigung AB-26-077",
        D(2026, 11, 12), "an order confirmation",
        text="Sehr geehrter Herr Gschwandtner,\n\nvielen Dank für Ihren Auftrag, anbei die Bestätigung.\n\n"
             "Mit freundlichen Grüßen\n" + sig("tischler", "Florian Pfandl"), pages=ab, pdf_name="AB-26-077.pdf")
    kv = doc_pdf("sanitaer", ["Stockwerkeigentümergemeinschaft Bireggstrasse 9", "c/o Immo Treuhand Pilatus AG",
                              "6005 Luzern"], "OFFERTE", [("Offerte", "OF-26-311"), ("Datum", "24.11.2026")],
                 [("Ersatz Steigleitungen", "CHF 18'400.00"), ("MWST 8.1 %", "CHF 1'490.40")],
                 ["Gültig 60 Tage."], totals=[("Total", "CHF 19'890.40", True)])
    add("sanitaer", "de", "verwaltung@immo-pilatus.ch", ["verwaltung@immo-pilatus.ch"], "Offerte Steigleitungen",
        D(2026, 11, 24), "a quote",
        text="Grüezi Frau Amstutz\n\nIn der Beilage unsere Offerte für die Steigleitungen.\n\nFreundliche Grüsse\n"
             + sig("sanitaer", "Marco Bühlmann"), pages=kv, pdf_name="Offerte_OF-26-311.pdf")
    add("reinigung", "de", "kontakt@zahnarzt-roemer.de", ["kontakt@zahnarzt-roemer.de"],
        "Ihre Zahlung – Beleg", D(2026, 11, 26), "a card receipt after payment on site",
        text="Zahlungsbeleg\n\nKartenzahlung (girocard) am 26.11.2026, 17:40\nBetrag: 145,00 €\nfür Sonderreinigung "
             "Praxisräume, bezahlt.\nTerminal-ID 51204418, Beleg-Nr. 0912\n\nVielen Dank!\n"
             + sig("reinigung", "Gebäudeservice Fuchs e.K."))
    return out


def build():
    return build_invoices() + build_not_invoices()


def check(recs):
    """mailkit's checks and the counts."""
    mk.check_labels(recs)
    assert sum(r["is_invoice"] for r in recs) == 30 and len(recs) == 45, (len(recs), sum(r["is_invoice"] for r in recs))


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-parties.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
