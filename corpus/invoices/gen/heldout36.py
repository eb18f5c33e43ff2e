#!/usr/bin/env python3
"""heldout36: a blind held-out set of invoice mails from construction, installation and the
building trades — builders, aannemers, installers, painters, roofers, tilers, kitchen
fitters, carpenters, landscapers, Handwerksbetriebe, Bauunternehmen, UK and Irish
tradespeople — to households and to main contractors: termijnfacturen, Abschlags- and
Akontorechnungen, interim applications, final accounts with the instalments subtracted,
retention, variations, reverse charge for subcontracting (btw verlegd, § 13b UStG, § 19 Abs. 1a
öUStG, UK domestic reverse charge, Irish RCT and CIS deductions), the G-rekening beside the
ordinary account, § 35a labour costs, Skonto, deposits, day-work sheets; and 25 mails from the
same addresses that are not invoices.

Written blind (see the heldout36 section of corpus/invoices/README.md for what its author read
and the labelling calls). Run: python3 corpus/invoices/gen/heldout36.py  [--map]
Writes corpus/invoices/heldout36.jsonl, byte-identical on every run."""
import datetime
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mailkit as mk  # noqa: E402

SEED = 20261236
OUT = os.path.join(os.path.dirname(HERE), "heldout36.jsonl")
D = datetime.date
W_EM = 0.56


# ---------------------------------------------------------------- amounts

def r0(x):
    """@x (a Decimal of cents) rounded half up to whole cents."""
    return int(Decimal(x).quantize(Decimal(1), ROUND_HALF_UP))


def amt(qty, price):
    """A line's amount: @qty (a string or int) times @price cents, rounded half up."""
    return r0(Decimal(str(qty)) * price)


def pct(base, rate):
    """@rate per cent of @base cents, rounded half up."""
    return r0(Decimal(base) * Decimal(str(rate)) / 100)


def vat_held(gross, rate):
    """The VAT a gross amount with VAT included holds at @rate, rounded half up."""
    return gross - r0(Decimal(gross) * 100 / (100 + Decimal(str(rate))))


def vat_by_rate(lines):
    """{rate: net} of @lines (dicts with 'amount' and 'rate') and {rate: VAT}."""
    nets = {}
    for ln in lines:
        nets[ln["rate"]] = nets.get(ln["rate"], 0) + ln["amount"]
    return nets, {r: pct(n, r) for r, n in nets.items()}


def L(desc, qty, unit, price, rate=None):
    """A line: description, quantity, unit, unit price in cents, VAT rate."""
    return {"desc": desc, "qty": str(qty), "unit": unit, "price": price, "amount": amt(qty, price),
            "rate": rate}


def qs(q, st):
    """A quantity written in money style @st (decimal comma in nl/de)."""
    s = str(q)
    return s.replace(".", ",") if st in ("nl", "de") else s


def m(c, st):
    return mk.money(c, st)


def ml(c, cur, lang):
    return mk.money_in(cur, lang, c)


# ---------------------------------------------------------------- people and headers

SPECIALS = set('.,()<>@;:"[]')


def who(name, email):
    """A From/To header value: the display name (quoted when it holds specials, encoded when
    it is not ASCII) and the address."""
    if not name:
        return email
    try:
        name.encode("ascii")
        if SPECIALS & set(name):
            name = '"%s"' % name
    except UnicodeEncodeError:
        name = mk.header_words(name)
    return "%s <%s>" % (name, email)


def send(rid, tool, lang, rng, frm, frm_name, to_name, rcpt, subj, d, exp=None, why=None, note=None,
         text=None, html=None, pages=None, fname=None, pages2=None, fname2=None, pdf2="after",
         to_header=None):
    """The record of one mail: the body @text and/or @html, the PDF @pages (and a second PDF
    @pages2 before or after it), the label @exp or the reason @why it is no invoice."""
    sender_name = frm_name
    try:
        frm_name.encode("ascii")
        if SPECIALS & set(frm_name):
            sender_name = '"%s"' % frm_name
    except UnicodeEncodeError:
        sender_name = mk.header_words(frm_name)
    eml = mk.mail(rng, frm, sender_name, to_header or who(to_name, rcpt), mk.header_words(subj), d,
                  body_text=text, body_html=html, pdf=pages is not None,
                  pdf2=pdf2 if pages2 is not None else None)
    if exp is None:
        kind = "none"
    elif pages is not None:
        kind = "pdf"
    elif html is not None:
        kind = "body-html"
    else:
        kind = "body-text"
    return mk.record(rid, tool, lang, kind, {"mail_from": frm, "rcpt_to": [rcpt]}, eml, pages=pages,
                     pdf_filename=fname, expected=exp, why_not=why, note=note, pages2=pages2,
                     pdf2_filename=fname2)


# ---------------------------------------------------------------- pages

def sheet(style, seller, to, title, meta, head, rows, totals=(), intro=(), notes=(), foot=(),
          tot_x=330, colw=70, ret=None, to_label=None, title_size=14, note_size=8.5, gap=16):
    """One A4 page in one of five looks:
    din  — a German letter: name top left, contact lines top right, return line over the
           address window, the details block right of it;
    nl   — a Dutch tool's page: name top left, seller block top right, the title, the
           customer left and the details right;
    en   — an English invoice: seller top left, the title top right, "Bill to" and the details;
    word — a letterhead typed in a word processor: name, seller lines, a rule, the letter;
    ch   — a Swiss letter: the address window on the right, the details on the left.
    @head is the table's header (description, then the right-aligned columns, @colw apart
    ending at 539); a row is [description, column…] ("**" before a description makes it
    bold; a row of one item is a line of text); @totals are (label, amount, bold) with the
    label at @tot_x; @notes follow, @foot sits at the bottom."""
    p = mk.Page()
    name, lines = seller["name"], seller["lines"]
    if style == "din":
        p.text(56, 62, name, 14, True)
        y = 50
        for ln in lines:
            p.right(539, y, ln, 7.5)
            y += 10
        p.text(56, 140, ret or (name + " · " + seller["addr"]), 7)
        y = 158
        for ln in to:
            p.text(56, y, ln, 10)
            y += 13
        my = 158
        for lab, val in meta:
            p.text(360, my, lab, 8.5)
            p.right(539, my, val, 8.5)
            my += 12
        y = max(y, my, 236) + 30
        p.text(56, y, title, title_size, True)
        y += 22
    elif style == "nl":
        p.text(56, 66, name, 16, True)
        y = 52
        for ln in lines:
            p.right(539, y, ln, 8)
            y += 10
        ty = max(y, 120) + 28
        p.text(56, ty, title, 18, True)
        y = ty + 28
        for ln in to:
            p.text(56, y, ln, 10)
            y += 13
        my = ty + 28
        for lab, val in meta:
            p.text(340, my, lab, 9)
            p.text(440, my, val, 9)
            my += 12
        y = max(y, my) + 26
    elif style == "en":
        p.text(56, 56, name, 13, True)
        y = 70
        for ln in lines:
            p.text(56, y, ln, 8)
            y += 10
        if 56 + len(name) * 13 * 0.7 < 529 - len(title) * 20 * 0.75:
            p.right(539, 60, title, 20, True)
        else:
            y = max(y, 96) + 18
            p.right(539, y, title, 20, True)
        y = max(y, 110) + 26
        if to_label:
            p.text(56, y, to_label, 9, True)
            y += 13
        my = y
        for ln in to:
            p.text(56, y, ln, 9.5)
            y += 12
        for lab, val in meta:
            p.text(340, my, lab, 9, True)
            p.right(539, my, val, 9)
            my += 12
        y = max(y, my) + 26
    elif style == "word":
        p.text(56, 60, name, 16, True)
        y = 74
        for ln in lines:
            p.text(56, y, ln, 8.5)
            y += 11
        p.rule(56, y - 4, 539, y - 4)
        y = max(y + 30, 140)
        for ln in to:
            p.text(56, y, ln, 10)
            y += 13
        my = max(y + 14, 200)
        for lab, val in meta:
            p.text(56, my, lab, 9)
            p.text(170, my, val, 9)
            my += 12
        y = my + 16
        p.text(56, y, title, title_size, True)
        y += 22
    elif style == "ch":
        p.text(56, 56, name, 13, True)
        y = 70
        for ln in lines:
            p.text(56, y, ln, 8)
            y += 10
        p.text(330, 138, ret or (name + ", " + seller["addr"]), 6.5)
        y = 154
        for ln in to:
            p.text(330, y, ln, 10)
            y += 13
        my = max(y, 150) + 24
        for lab, val in meta:
            p.text(56, my, lab, 9)
            p.text(160, my, val, 9)
            my += 12
        y = my + 18
        p.text(56, y, title, title_size, True)
        y += 22
    else:
        raise ValueError(style)
    for ln in intro:
        p.text(56, y, ln, 9)
        y += 12
    if intro:
        y += 10
    if head:
        n = len(head) - 1
        xs = [539 - colw * (n - 1 - k) for k in range(n)]
        p.text(56, y, head[0], 8.5, True)
        for x, h in zip(xs, head[1:]):
            if h:
                p.right(x, y, h, 8.5, True)
        p.rule(56, y + 5, 539, y + 5)
        y += 18
        for row in rows:
            desc = row[0]
            bold = desc.startswith("**")
            desc = desc[2:] if bold else desc
            if desc:
                p.text(56, y, desc, 8.5, bold)
            for x, c in zip(xs, row[1:]):
                if c:
                    p.right(x, y, c, 8.5, bold)
            y += 13
        y += 8
    if totals:
        p.rule(tot_x if tot_x > 56 else 56, y - 9, 539, y - 9)
        y += 6
        for lab, a, bold in totals:
            p.text(tot_x, y, lab, 9, bold)
            if a:
                p.right(539, y, a, 9, bold)
            y += 13
        y += 4
    y += gap
    for ln in notes:
        if ln:
            p.text(56, y, ln, note_size)
        y += 12
    fy = 812 - 10 * len(foot)
    for ln in foot:
        p.text(56, fy, ln, 7)
        fy += 10
    return p


def table_rows(lines, st, unit_col=True, rate_col=False, pct_sign="%"):
    """The rows of a line table for @lines in money style @st: description, quantity (with the
    unit, or the unit in a column of its own), [VAT rate,] unit price, amount."""
    rows = []
    for ln in lines:
        q = qs(ln["qty"], st)
        row = [ln["desc"]]
        if unit_col:
            row += [q, ln["unit"]]
        else:
            row += [(q + " " + ln["unit"]).strip()]
        if rate_col:
            row += ["%s %s" % (ln["rate"], pct_sign)]
        row += [m(ln["price"], st), m(ln["amount"], st)]
        rows.append(row)
    return rows


def betalingskenmerk(base15):
    """A Dutch 16-digit betalingskenmerk: the check digit (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1
    from the right, 11 minus the remainder modulo 11; 10 gives 1 and 11 gives 0) before the
    15 digits @base15."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(base15)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + base15


def bk_ok(ref):
    return len(ref) == 16 and betalingskenmerk(ref[1:]) == ref


def spaced4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


# ================================================================ Dutch and Flemish invoices

def nl_termijn2(rid, rng):
    """NL e-Boekhouden PDF: termijnfactuur 2 van 4 of an extension, the aanneemsom and the schema printed."""
    d, ib = D(2026, 10, 12), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Gerritsen Bouw", "addr": "Industrieweg 31, 7324 AD Apeldoorn",
              "lines": ["Aannemersbedrijf Gerritsen Bouw", "Industrieweg 31", "7324 AD Apeldoorn",
                        "055 521 40 88 · factuur@gerritsenbouw.nl", "KvK 08163472",
                        "Btw NL001947263B01", "IBAN " + mk.iban_spaced(ib)]}
    contract = 8640000
    net = pct(contract, 30)
    vat = pct(net, 21)
    tot = net + vat
    no = "2026-0184"
    to = ["Dhr. R. Bakker en mevr. L. Bakker-Smit", "Kastanjelaan 14", "7316 AB Apeldoorn"]
    page = sheet("nl", seller, to, "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)),
                  ("Vervaldatum", mk.date_in("nl", due)), ("Project", "P26-007 aanbouw")],
                 ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                 [["Aanbouw woning Kastanjelaan 14, aanneemsom € %s excl. btw" % m(contract, "nl")],
                  ["Termijn 2 van 4: gereedkomen ruwbouw aanbouw (30%)", "1", m(net, "nl"), m(net, "nl")]],
                 [("Subtotaal", m(net, "nl"), False), ("Btw 21%", m(vat, "nl"), False),
                  ("Totaal te betalen", ml(tot, "EUR", "nl"), True)],
                 notes=["Termijnschema volgens de aannemingsovereenkomst van 14 juli 2026:",
                        "  termijn 1 (10%) bij opdracht, gefactureerd op 3 augustus 2026 (2026-0151)",
                        "  termijn 2 (30%) gereedkomen ruwbouw, deze factuur",
                        "  termijn 3 (40%) wind- en waterdicht; termijn 4 (20%) bij oplevering",
                        "",
                        "Wij verzoeken u het bedrag binnen 14 dagen over te maken op %s" % mk.iban_spaced(ib),
                        "t.n.v. Gerritsen Bouw, onder vermelding van het factuurnummer."],
                 foot=["Op al onze werkzaamheden zijn de UAV 2012 en onze algemene voorwaarden van toepassing."])
    text = ("Geachte heer en mevrouw Bakker,\n\nHierbij ontvangt u factuur %s voor de tweede termijn van de "
            "aanbouw aan de Kastanjelaan. U vindt de factuur als PDF in de bijlage.\n\nMet vriendelijke groet,\n\n"
            "Henk Gerritsen\nGerritsen Bouw\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "R. Bakker en L. Bakker-Smit", "r.bakker.apd@ziggo.nl", ib, False, "nl")
    return send(rid, "e-boekhouden", "nl", rng, "factuur@gerritsenbouw.nl", "Gerritsen Bouw",
                "R. Bakker", "r.bakker.apd@ziggo.nl", "Factuur %s van Gerritsen Bouw" % no, d, exp=exp,
                text=text, pages=[page], fname="Factuur_%s.pdf" % no,
                note="Termijn 2 of 4 at 30% of an aanneemsom printed excl. btw; the schema lists the other terms.")


def nl_eindafrekening(rid, rng):
    """NL Moneybird PDF: eindafrekening of a verbouwing with meerwerk and minderwerk, three terms subtracted."""
    d, ib = D(2026, 11, 23), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Bouwbedrijf Tromp", "addr": "Nijverheidsweg 8, 1693 AM Wervershoof",
              "lines": ["Nijverheidsweg 8", "1693 AM Wervershoof", "info@bouwbedrijftromp.nl",
                        "KvK 37104482 · btw NL809114253B01", "IBAN " + mk.iban_spaced(ib)]}
    lines = [L("Aanneemsom verbouwing keuken en badkamer (offerte O-2026-031)", 1, "", 3850000),
             L("Meerwerk 1: zes extra wandcontactdozen keuken", 6, "st", 8500),
             L("Meerwerk 2: elektrische vloerverwarming badkamer", 1, "", 124000),
             L("Minderwerk 1: tegelwerk toilet vervallen", 1, "", -68000),
             L("Verrekening stelpost sanitair (stelpost € 2.500,00, besteed € 2.184,50)", 1, "", -31550)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    term = pct(3850000, 30)
    term_gross = term + pct(term, 21)
    paid = 3 * term_gross
    rest = tot - paid
    no = "2026-0073"
    rows = [[x["desc"], qs(x["qty"], "nl") + (" " + x["unit"] if x["unit"] else ""), m(x["amount"], "nl")]
            for x in lines]
    page = sheet("nl", seller, ["Fam. Oosterhuis", "Dorpsstraat 56", "1693 AC Wervershoof"], "Eindafrekening",
                 [("Factuur", no), ("Datum", mk.date_in("nl", d)), ("Vervaldatum", mk.date_in("nl", due)),
                  ("Klantnummer", "1042")],
                 ["Omschrijving", "Aantal", "Bedrag"], rows,
                 [("Totaal excl. btw", m(net, "nl"), False), ("21% btw", m(vat, "nl"), False),
                  ("Totaal incl. btw", m(tot, "nl"), True),
                  ("Termijn 1 (factuur 2026-0041)", m(-term_gross, "nl"), False),
                  ("Termijn 2 (factuur 2026-0057)", m(-term_gross, "nl"), False),
                  ("Termijn 3 (factuur 2026-0066)", m(-term_gross, "nl"), False),
                  ("Nog te voldoen", ml(rest, "EUR", "nl"), True)],
                 tot_x=300, colw=90,
                 notes=["De termijnen 1 t/m 3 (elk 30% van de aanneemsom, incl. btw) zijn door u voldaan.",
                        "Wij verzoeken u het restant vóór %s over te maken op %s t.n.v. Bouwbedrijf Tromp."
                        % (mk.date_in("nl", due), mk.iban_spaced(ib))])
    text = ("Beste familie Oosterhuis,\n\nDe verbouwing is opgeleverd en hierbij sturen wij u de eindafrekening "
            "(factuur %s). Het meer- en minderwerk is verrekend en de drie betaalde termijnen zijn in mindering "
            "gebracht.\n\nJe kunt de factuur bekijken en downloaden als PDF in de bijlage.\n\nMet vriendelijke groet,\n"
            "Bouwbedrijf Tromp\n" % no)
    exp = mk.expected(no, rest, tot, d, due, "Fam. Oosterhuis", "oosterhuis.wervershoof@kpnmail.nl", ib, False, "nl")
    return send(rid, "moneybird", "nl", rng, "facturen@bouwbedrijftromp.nl", "Bouwbedrijf Tromp",
                "Fam. Oosterhuis", "oosterhuis.wervershoof@kpnmail.nl",
                "Factuur %s van Bouwbedrijf Tromp" % no, d, exp=exp, text=text, pages=[page],
                fname="factuur-%s.pdf" % no,
                note="Final account: contract sum, meerwerk, minderwerk, a stelpost settled; three terms incl. btw subtracted.")


def nl_grekening_tegels(rid, rng):
    """NL SnelStart PDF: tiler subcontractor, btw verlegd, part to the G-rekening and the rest to the ordinary IBAN."""
    d, ib, gib = D(2026, 10, 30), mk.iban(rng, "NL"), mk.iban(rng, "NL")
    due = d + mk.days(30)
    seller = {"name": "Tegelzetbedrijf Aksoy", "addr": "Kanaalweg 17, 3526 KL Utrecht",
              "lines": ["Tegelzetbedrijf Aksoy v.o.f.", "Kanaalweg 17, 3526 KL Utrecht", "Tel. 030 - 288 61 40",
                        "administratie@aksoytegels.nl", "KvK 61740025", "Btw NL854317902B01"]}
    lines = [L("Wandtegels badkamers bouwnummers 9 t/m 16", "186.4", "m²", 2850),
             L("Vloertegels badkamers en toiletten", "72.8", "m²", 3100),
             L("Kitwerk sanitair per bouwnummer", 8, "st", 4500),
             L("Regiewerk herstel wandtegels bnr. 11 (bon 0412)", 12, "uur", 4850)]
    net = sum(x["amount"] for x in lines)
    g = pct(net, 35)
    no = "20260412"
    rows = table_rows(lines, "nl", unit_col=True)
    page = sheet("din", seller, ["Bouwcombinatie Rijnland B.V.", "t.a.v. crediteurenadministratie",
                                 "Postbus 2190", "3500 GD Utrecht"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Debiteurnummer", "10077"),
                  ("Uw ordernummer", "IO-2417-031")],
                 ["Omschrijving", "Aantal", "Eenheid", "Prijs", "Bedrag"], rows,
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw verlegd", m(0, "nl"), False),
                  ("Totaal", ml(net, "EUR", "nl"), True)],
                 intro=["Project 2417: 24 appartementen Leidse Rijn, tegelwerk in onderaanneming, oktober 2026"],
                 colw=62, ret="Tegelzetbedrijf Aksoy · Kanaalweg 17 · 3526 KL Utrecht",
                 notes=["Btw verlegd (art. 24ba Uitvoeringsbesluit OB 1968). Btw-nummer afnemer: NL803562917B01.",
                        "",
                        "Betaling binnen 30 dagen na factuurdatum, als volgt (Wet ketenaansprakelijkheid):",
                        "  %s (35%%) op onze G-rekening %s" % (ml(g, "EUR", "nl"), mk.iban_spaced(gib)),
                        "  %s op rekening %s" % (ml(net - g, "EUR", "nl"), mk.iban_spaced(ib)),
                        "beide t.n.v. Tegelzetbedrijf Aksoy v.o.f., o.v.v. het factuurnummer."],
                 foot=["Tegelzetbedrijf Aksoy v.o.f. · KvK 61740025 · loonheffingennummer 8543.17.902.L01"])
    text = ("Geachte heer/mevrouw,\n\nBijgaand ontvangt u factuur %s.\n\nMet vriendelijke groet,\n\n"
            "Tegelzetbedrijf Aksoy v.o.f.\n" % no)
    exp = mk.expected(no, net, net, d, due, "Bouwcombinatie Rijnland B.V.", "facturen@bouwcombinatie-rijnland.nl",
                      ib, True, "nl")
    return send(rid, "snelstart", "nl", rng, "administratie@aksoytegels.nl", "Tegelzetbedrijf Aksoy v.o.f.",
                "Bouwcombinatie Rijnland B.V.", "facturen@bouwcombinatie-rijnland.nl", "Factuur %s" % no, d,
                exp=exp, text=text, pages=[page], fname="Factuur %s.pdf" % no,
                note="Btw verlegd; 35% to the G-rekening, the rest to the ordinary account: the ordinary IBAN is labelled.")


def nl_cv_ketel(rid, rng):
    """NL King PDF: CV-ketel replaced at a household, materials and hours, a betalingskenmerk in groups."""
    d, ib = D(2026, 11, 5), mk.iban(rng, "NL")
    due = d + mk.days(14)
    ref = betalingskenmerk("%015d" % rng.randrange(10 ** 14, 10 ** 15))
    seller = {"name": "Brouwer Installatietechniek", "addr": "Ceintuurbaan 77, 8024 AA Zwolle",
              "lines": ["Ceintuurbaan 77 · 8024 AA Zwolle", "038 - 453 12 90", "info@brouwer-installatie.nl",
                        "KvK 05072311 · btw NL001562874B03"]}
    lines = [L("HR-combiketel 28 kW CW4, incl. ophangbeugel", 1, "st", 184500),
             L("Rookgasafvoer concentrisch 80/125 set", 1, "st", 16840),
             L("Montagemateriaal (koppelingen, kranen, beugels)", 1, "post", 9475),
             L("Demontage en afvoer oude ketel", 1, "st", 9500),
             L("Arbeid monteur 4 en 5 november", "7.5", "uur", 6250),
             L("Voorrijkosten", 1, "x", 3500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "261107"
    page = sheet("din", seller, ["Mevr. S. Hendriks-Polat", "Thorbeckegracht 9", "8011 VM Zwolle"], "FACTUUR",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Klantnummer", "4518"),
                  ("Werkbon", "WB 26-0933")],
                 ["Omschrijving", "Aantal", "Eenh.", "Prijs", "Totaal"], table_rows(lines, "nl"),
                 [("Subtotaal", m(net, "nl"), False), ("BTW 21%", m(vat, "nl"), False),
                  ("Te betalen", ml(tot, "EUR", "nl"), True)],
                 colw=60, ret="Brouwer Installatietechniek, Ceintuurbaan 77, 8024 AA Zwolle",
                 notes=["Gelieve het bedrag binnen 14 dagen over te maken op %s" % mk.iban_spaced(ib),
                        "t.n.v. Brouwer Installatietechniek, onder vermelding van",
                        "betalingskenmerk %s." % spaced4(ref),
                        "",
                        "Op de ketel geldt 2 jaar volledige garantie en 10 jaar fabrieksgarantie op de warmtewisselaar."],
                 foot=["Brouwer Installatietechniek · Rabobank %s · KvK 05072311" % mk.iban_spaced(ib)])
    text = ("Beste mevrouw Hendriks,\n\nIn de bijlage vindt u de factuur voor de vervanging van uw cv-ketel. "
            "Wilt u bij betaling het betalingskenmerk vermelden?\n\nMet vriendelijke groet,\n\nAnneke Brouwer\n"
            "Brouwer Installatietechniek\n")
    exp = mk.expected(no, tot, tot, d, due, "S. Hendriks-Polat", "s.hendrikspolat@hotmail.com", ib, False, "nl",
                      reference=ref)
    return send(rid, "king", "nl", rng, "info@brouwer-installatie.nl", "Brouwer Installatietechniek",
                "S. Hendriks-Polat", "s.hendrikspolat@hotmail.com", "Factuur %s" % no, d, exp=exp, text=text,
                pages=[page], fname="F%s.pdf" % no,
                note="Boiler replacement with hours and materials; betalingskenmerk printed in groups of four.")


def nl_elektra_retentie(rid, rng):
    """NL Exact Online PDF: electrical subcontractor, termijn 3 van 5, btw verlegd, 5% retentie withheld."""
    d, ib = D(2026, 12, 1), mk.iban(rng, "NL")
    due = d + mk.days(30)
    seller = {"name": "Smits Elektrotechniek B.V.", "addr": "De Run 4410, 5503 LC Veldhoven",
              "lines": ["De Run 4410", "5503 LC Veldhoven", "T 040 - 254 18 00", "debiteuren@smits-elektro.nl",
                        "KvK 17203988", "BTW NL812009456B01", "IBAN " + mk.iban_spaced(ib)]}
    contract = 6475000
    net = pct(contract, 20)
    ret = pct(net, 5)
    no = "26700318"
    page = sheet("nl", seller, ["Bouwbedrijf Hereijgers B.V.", "Afdeling crediteuren", "Meerheide 112",
                                "5521 DZ Eersel"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Uw referentie", "OA 24-118"),
                  ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Bedrag"],
                 [["Nieuwbouw kinderdagverblijf De Boomhut, Veldhoven: elektrotechnische installatie"],
                  ["conform onderaannemingsovereenkomst OA 24-118, contractsom € %s" % m(contract, "nl")],
                  ["Termijn 3 van 5: installatie 1e verdieping gereed (20%)", m(net, "nl")]],
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw verlegd", m(0, "nl"), False),
                  ("Factuurtotaal", m(net, "nl"), True),
                  ("Inhouding retentie 5%", m(-ret, "nl"), False),
                  ("Te betalen", ml(net - ret, "EUR", "nl"), True)],
                 notes=["Btw verlegd naar afnemer, btw-nummer NL005126773B01.",
                        "De ingehouden retentie wordt vrijgegeven na de oplevering (art. 8 van de overeenkomst).",
                        "Betaling binnen 30 dagen op %s." % mk.iban_spaced(ib)])
    text = ("Geachte heer, mevrouw,\n\nIn de bijlage treft u onze factuur %s aan.\n\nMet vriendelijke groet,\n\n"
            "Smits Elektrotechniek B.V.\nDebiteurenadministratie\n" % no)
    exp = mk.expected(no, net - ret, net, d, due, "Bouwbedrijf Hereijgers B.V.", "inkoopfacturen@hereijgers.nl",
                      ib, True, "nl")
    return send(rid, "exact-online", "nl", rng, "debiteuren@smits-elektro.nl", "Smits Elektrotechniek B.V.",
                "Bouwbedrijf Hereijgers B.V.", "inkoopfacturen@hereijgers.nl",
                "Factuur %s - Smits Elektrotechniek B.V." % no, d, exp=exp, text=text, pages=[page],
                fname="%s.pdf" % no,
                note="Termijn 3 of 5 (20% of a contract sum), btw verlegd, 5% retentie subtracted: due below total.")


def nl_keuken_aanbetaling(rid, rng):
    """NL Gripp PDF: kitchen fitted at a household, the deposit paid at the order subtracted."""
    d, ib = D(2026, 10, 8), mk.iban(rng, "NL")
    due = d + mk.days(8)
    seller = {"name": "Keukenmakerij Noordhout", "addr": "Havenstraat 3, 9712 HT Groningen",
              "lines": ["Havenstraat 3, 9712 HT Groningen", "050 - 311 72 45 · keukens@noordhout.nl",
                        "KvK 02119834 · BTW NL001298845B02 · IBAN " + mk.iban_spaced(ib)]}
    lines = [L("Keuken 'Essen mat' volgens ontwerp K-2026-044", 1, "", 1428000),
             L("Inbouwapparatuur (oven, inductie, vaatwasser, koelkast)", 1, "", 396500),
             L("Werkblad composiet 20 mm incl. uitsparingen", 1, "", 214000),
             L("Montage, 2 monteurs", 16, "uur", 5500),
             L("Aansluiten water en elektra", 1, "", 24500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    dep = 780000
    no = "2026-0139"
    page = sheet("en", seller, ["Dhr. J.P. Mulders", "Helperpark 212", "9723 ZB Groningen"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Vervaldatum", mk.date_in("nl", due)),
                  ("Project", "K-2026-044")],
                 ["Omschrijving", "Aantal", "Tarief", "Bedrag"], table_rows(lines, "nl", unit_col=False),
                 [("Subtotaal", m(net, "nl"), False), ("BTW 21%", m(vat, "nl"), False),
                  ("Totaal", m(tot, "nl"), True), ("Aanbetaling ontvangen 3 sep 2026", m(-dep, "nl"), False),
                  ("Openstaand", ml(tot - dep, "EUR", "nl"), True)],
                 to_label="Factuur aan",
                 notes=["De aanbetaling is gefactureerd met factuur 2026-0112 en op 3 september 2026 ontvangen.",
                        "Graag het openstaande bedrag binnen 8 dagen overmaken op %s." % mk.iban_spaced(ib)])
    text = ("Beste Jan-Peter,\n\nHierbij ontvang je factuur %s voor de levering en montage van je nieuwe keuken. "
            "De aanbetaling is al verrekend.\n\nNogmaals dank voor de opdracht en veel kookplezier!\n\nGroet,\n"
            "Wouter de Haan\nKeukenmakerij Noordhout\n" % no)
    exp = mk.expected(no, tot - dep, tot, d, due, "J.P. Mulders", "jp.mulders@gmail.com", ib, False, "nl")
    return send(rid, "gripp", "nl", rng, "keukens@noordhout.nl", "Keukenmakerij Noordhout", "Jan-Peter Mulders",
                "jp.mulders@gmail.com", "Factuur %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Factuur %s.pdf" % no,
                note="Kitchen supply and fit; a deposit invoiced and paid before, subtracted.")


def nl_zon_aanbetaling(rid, rng):
    """NL Moneybird PDF: deposit before ordering solar panels, 0% btw, the quote's sum printed."""
    d, ib = D(2026, 10, 20), mk.iban(rng, "NL")
    due = d + mk.days(7)
    seller = {"name": "ZonneDak Twente", "addr": "Haaksbergerstraat 240, 7545 GK Enschede",
              "lines": ["Haaksbergerstraat 240", "7545 GK Enschede", "planning@zonnedaktwente.nl",
                        "KvK 71130422", "btw NL858993120B01", "IBAN " + mk.iban_spaced(ib)]}
    quote = 648000
    dep = pct(quote, 40)
    no = "ZDT-2026-0091"
    page = sheet("nl", seller, ["Dhr. en mevr. Oldenkamp", "Lonnekerweg 31", "7542 AA Enschede"], "Factuur",
                 [("Factuurnummer", no), ("Datum", mk.date_in("nl", d)), ("Vervaldatum", mk.date_in("nl", due)),
                  ("Offerte", "OFF-2026-208")],
                 ["Omschrijving", "Btw", "Bedrag"],
                 [["Aanbetaling 40% zonnestroomsysteem 12 x 440 Wp met omvormer,", "0%", m(dep, "nl")],
                  ["volgens offerte OFF-2026-208 van € %s" % m(quote, "nl")]],
                 [("Subtotaal", m(dep, "nl"), False), ("Btw 0% (nultarief zonnepanelen woning)", m(0, "nl"), False),
                  ("Totaal", ml(dep, "EUR", "nl"), True)], tot_x=280, colw=80,
                 notes=["Na ontvangst van de aanbetaling bestellen wij de panelen en plannen wij de montage.",
                        "Het restant (60%) factureren wij na oplevering van het systeem.",
                        "Betaal binnen 7 dagen op %s t.n.v. ZonneDak Twente." % mk.iban_spaced(ib)])
    text = ("Beste heer en mevrouw Oldenkamp,\n\nFijn dat u voor ZonneDak Twente heeft gekozen! Hierbij de factuur "
            "voor de aanbetaling. Zodra deze binnen is, bestellen we de panelen.\n\nJe kunt de factuur bekijken en "
            "downloaden als PDF in de bijlage.\n\nMet zonnige groet,\nRoel Nijhuis\nZonneDak Twente\n")
    exp = mk.expected(no, dep, dep, d, due, "Dhr. en mevr. Oldenkamp", "oldenkamp.enschede@ziggo.nl", ib, False, "nl")
    return send(rid, "moneybird", "nl", rng, "planning@zonnedaktwente.nl", "ZonneDak Twente", "Fam. Oldenkamp",
                "oldenkamp.enschede@ziggo.nl", "Factuur %s van ZonneDak Twente" % no, d, exp=exp, text=text,
                pages=[page], fname="factuur-%s.pdf" % no,
                note="Deposit invoice (40%) before materials are ordered; 0% btw; the quote's sum printed beside it.")


def nl_warmtepomp_werkbon(rid, rng):
    """NL Tradecount, two PDFs: a hybrid heat pump invoiced with its signed werkbon beside it."""
    d, ib = D(2026, 11, 12), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Klimaattechniek Van Leeuwen", "addr": "Vanadiumweg 11, 3812 PX Amersfoort",
              "lines": ["Vanadiumweg 11", "3812 PX Amersfoort", "033 - 472 05 63", "administratie@vanleeuwen-klimaat.nl",
                        "KvK 32118476 · btw NL001835520B01"]}
    hours = [("9 nov", "Monteur A. Visser", "7.5"), ("9 nov", "Leerling T. Smit", "7.5"),
             ("10 nov", "Monteur A. Visser", "4"), ("10 nov", "Leerling T. Smit", "4")]
    h = sum(Decimal(x[2]) for x in hours)
    lines = [L("Hybride warmtepomp 5 kW (buiten- en binnenunit)", 1, "st", 435000),
             L("Montageframe en trillingsdempers buitenunit", 1, "st", 18900),
             L("Leidingwerk en koudemiddel", 1, "post", 42000),
             L("Elektra: aparte groep in meterkast", 1, "st", 16500),
             L("Arbeid volgens werkbon WB-26-0722", str(h), "uur", 6400)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "F2026-0455"
    to = ["Mevr. I. Kramer-de Wit", "Utrechtseweg 188", "3818 ET Amersfoort"]
    page = sheet("din", seller, to, "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Debiteur", "D-2291"),
                  ("Werkbon", "WB-26-0722")],
                 ["Omschrijving", "Aantal", "Eenheid", "Prijs", "Bedrag"], table_rows(lines, "nl"),
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw 21%", m(vat, "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)], colw=62,
                 notes=["Betalingsconditie: binnen 14 dagen na factuurdatum op %s" % mk.iban_spaced(ib),
                        "t.n.v. Klimaattechniek Van Leeuwen.",
                        "De ISDE-subsidie vraagt u zelf aan bij RVO; de meldcode staat op de bijgevoegde werkbon."],
                 foot=["Klimaattechniek Van Leeuwen · IBAN %s · KvK 32118476" % mk.iban_spaced(ib)])
    wb = sheet("din", seller, to, "Werkbon WB-26-0722",
               [("Datum uitvoering", "9 en 10 nov 2026"), ("Adres", "Utrechtseweg 188")],
               ["Datum", "Medewerker", "Uren"], [[a, b, qs(c, "nl")] for a, b, c in hours] +
               [["**Totaal uren", "", qs(str(h), "nl")]],
               intro=["Werkzaamheden: plaatsen hybride warmtepomp, aansluiten op cv en elektra, inregelen.",
                      "Meldcode ISDE: KA26631. Materiaal volgens factuur."],
               colw=120, notes=["Werk opgeleverd en in bedrijf gesteld.", "",
                                "Handtekening klant: I. Kramer-de Wit            Handtekening monteur: A. Visser"])
    text = ("Geachte mevrouw Kramer,\n\nHierbij ontvangt u de factuur voor het plaatsen van de hybride warmtepomp, "
            "met de getekende werkbon.\n\nMet vriendelijke groet,\n\nKlimaattechniek Van Leeuwen\n")
    exp = mk.expected(no, tot, tot, d, due, "I. Kramer-de Wit", "ikramer.dewit@planet.nl", ib, False, "nl")
    return send(rid, "tradecount", "nl", rng, "administratie@vanleeuwen-klimaat.nl", "Klimaattechniek Van Leeuwen",
                "I. Kramer-de Wit", "ikramer.dewit@planet.nl", "Factuur %s" % no, d, exp=exp, text=text,
                pages=[page], fname="Factuur_%s.pdf" % no, pages2=[wb], fname2="Werkbon_WB-26-0722.pdf",
                pdf2="after", note="Invoice and the signed werkbon as a second PDF; hours in the invoice from the werkbon.")


def nl_schilder_9_21(rid, rng):
    """NL Word PDF: painter, labour at 9% and materials at 21%, a term of 30 days."""
    d, ib = D(2026, 10, 16), mk.iban(rng, "NL")
    due = d + mk.days(30)
    seller = {"name": "Schildersbedrijf Koster", "addr": "",
              "lines": ["Zijlweg 142 · 2015 BJ Haarlem · 06 - 41 88 27 30 · info@koster-schilders.nl",
                        "KvK 34219870 · btw NL001762390B88 · IBAN " + mk.iban_spaced(ib)]}
    lines = [L("Buitenschilderwerk kozijnen, ramen en boeiboorden (arbeid)", 46, "uur", 4850, 9),
             L("Verf, grondverf, kit en schuurmateriaal", 1, "", 61240, 21),
             L("Steigerhuur achtergevel, 1 week", 1, "", 28500, 21)]
    nets, vats = vat_by_rate(lines)
    net = sum(nets.values())
    tot = net + sum(vats.values())
    no = "2026-47"
    rows = [[x["desc"], qs(x["qty"], "nl"), "%d%%" % x["rate"], m(x["amount"], "nl")] for x in lines]
    page = sheet("word", seller, ["Dhr. M. El Idrissi", "Kleverparkweg 61", "2023 CD Haarlem"], "FACTUUR " + no,
                 [("Datum:", mk.date_in("nl", d, "long")), ("Betreft:", "buitenschilderwerk Kleverparkweg 61")],
                 ["Omschrijving", "Aantal", "Btw", "Bedrag"], rows,
                 [("Totaal excl. btw", m(net, "nl"), False),
                  ("Btw 9% over " + m(nets[9], "nl"), m(vats[9], "nl"), False),
                  ("Btw 21% over " + m(nets[21], "nl"), m(vats[21], "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)], tot_x=300, colw=75,
                 notes=["Arbeidsloon schilderwerk aan een woning ouder dan twee jaar valt onder het verlaagde tarief.",
                        "Graag betaling binnen 30 dagen na factuurdatum op rekening %s" % mk.iban_spaced(ib),
                        "t.n.v. Schildersbedrijf Koster, onder vermelding van het factuurnummer.",
                        "", "Met vriendelijke groet,", "Ruud Koster"])
    text = ("Beste meneer El Idrissi,\n\nBijgaand de factuur voor het buitenschilderwerk. Bedankt voor de "
            "opdracht en de koffie!\n\nMet vriendelijke groet,\nRuud Koster\nSchildersbedrijf Koster\n06 - 41 88 27 30\n")
    exp = mk.expected(no, tot, tot, d, due, "M. El Idrissi", "m.elidrissi@outlook.com", ib, False, "nl")
    return send(rid, "word", "nl", rng, "info@koster-schilders.nl", "Schildersbedrijf Koster", "M. El Idrissi",
                "m.elidrissi@outlook.com", "Factuur 2026-47 buitenschilderwerk", d, exp=exp, text=text,
                pages=[page], fname="Factuur 2026-47 El Idrissi.pdf",
                note="Two VAT rates (9% labour, 21% materials) each with its base printed in the label.")


def nl_vve_dak(rid, rng):
    """NL SnelStart PDF: roofer repairs a leak for a VvE, billed care of its managing agent."""
    d, ib = D(2026, 11, 17), mk.iban(rng, "NL")
    due = d + mk.days(30)
    seller = {"name": "Dakdekkersbedrijf Zonneveld", "addr": "Spaanse Polder, Van Helmontstraat 22, 3029 AB Rotterdam",
              "lines": ["Van Helmontstraat 22", "3029 AB Rotterdam", "010 - 415 22 80", "facturatie@zonneveld-daken.nl",
                        "KvK 24407719", "BTW NL001440876B01"]}
    lines = [L("Lekkage opsporen, dakbedekking plaatselijk herstellen", 12, "uur", 5850),
             L("Bitumineuze dakbedekking APP 2-laags", 14, "m²", 3875),
             L("Hemelwaterafvoer vervangen incl. uitloop", 1, "st", 18600),
             L("Hoogwerker incl. transport", 1, "dag", 24500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "20260871"
    page = sheet("din", seller, ["VvE Beatrixstraat 112-148", "p/a Van Os Vastgoedbeheer", "Postbus 8841",
                                 "3009 AV Rotterdam"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Relatienummer", "20391"),
                  ("Uw opdracht", "VOB-26-1187")],
                 ["Omschrijving", "Aantal", "Eenheid", "Prijs", "Bedrag"], table_rows(lines, "nl"),
                 [("Subtotaal", m(net, "nl"), False), ("BTW 21%", m(vat, "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)], colw=62,
                 intro=["Betreft: daklekkage portiek 124-130, uitgevoerd op 10 en 11 november 2026"],
                 ret="Dakdekkersbedrijf Zonneveld · Van Helmontstraat 22 · 3029 AB Rotterdam",
                 notes=["Betalingstermijn 30 dagen. IBAN %s t.n.v. Dakdekkersbedrijf Zonneveld." % mk.iban_spaced(ib)],
                 foot=["Lid van Dakmerk · garantie op reparaties 1 jaar"])
    text = ("Geachte heer/mevrouw,\n\nBijgaand ontvangt u factuur %s.\n\nMet vriendelijke groet,\n\n"
            "Dakdekkersbedrijf Zonneveld\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "VvE Beatrixstraat 112-148", "facturen@vanos-vastgoedbeheer.nl", ib,
                      True, "nl")
    return send(rid, "snelstart", "nl", rng, "facturatie@zonneveld-daken.nl", "Dakdekkersbedrijf Zonneveld",
                "Van Os Vastgoedbeheer", "facturen@vanos-vastgoedbeheer.nl", "Factuur %s" % no, d, exp=exp,
                text=text, pages=[page], fname="Factuur %s.pdf" % no,
                note="A VvE (a vereniging) billed care of its managing agent; the mail goes to the agent.")


def nl_hovenier_getypt(rid, rng):
    """NL typed in the mail: a landscaper's invoice for a terrace, o.v.v. factuurnummer."""
    d, ib = D(2026, 12, 4), mk.iban(rng, "NL")
    due = d + mk.days(14)
    lines = [L("bestrating terras keramische tegels 60x60", 32, "m²", 4200),
             L("grondwerk en ophogen met straatzand", 1, "", 38500),
             L("afvoer grond en oude tegels (container)", 1, "", 29500),
             L("heesters en vaste planten", 1, "", 21640)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "2026-031"
    body = "\n".join("- %s: %s%s" % (x["desc"], ("%s m² à € %s = " % (x["qty"], m(x["price"], "nl")))
                                   if x["unit"] else "", "€ " + m(x["amount"], "nl")) for x in lines)
    text = ("Hoi Sanne,\n\nDe tuin is klaar, hopelijk genieten jullie ervan! Hierbij de factuur.\n\n"
            "FACTUUR %s\nDatum: %s\n\n%s\n\nTotaal excl. btw: € %s\nbtw 21%%: € %s\nTotaal: € %s\n\n"
            "Wil je het bedrag binnen 14 dagen overmaken op %s t.n.v. Hoveniersbedrijf Groenrijk, o.v.v. het "
            "factuurnummer?\n\nGroeten,\nTim Veldman\nHoveniersbedrijf Groenrijk\nBrinkstraat 4, 3781 GC Voorthuizen\n"
            "KvK 73021184 | btw NL002261874B45\n" % (no, mk.date_in("nl", d), body, m(net, "nl"), m(vat, "nl"),
                                                      m(tot, "nl"), mk.iban_spaced(ib)))
    exp = mk.expected(no, tot, tot, d, due, "Sanne de Boer", "sannedeboer88@gmail.com", ib, False, "nl")
    return send(rid, "typed", "nl", rng, "tim@groenrijk-tuinen.nl", "Tim Veldman | Groenrijk", "Sanne de Boer",
                "sannedeboer88@gmail.com", "Factuur tuin", d, exp=exp, text=text,
                note="Typed in the mail; the debtor named only in the To header and the greeting's first name.")


def nl_timmerman_urenstaat(rid, rng):
    """NL Moneybird, two PDFs: a self-employed carpenter to a builder, btw verlegd, the urenstaat attached."""
    d, ib = D(2026, 11, 16), mk.iban(rng, "NL")
    due = d + mk.days(21)
    weeks = [("Week 44", "40"), ("Week 45", "38"), ("Week 46", "40")]
    h = sum(int(x[1]) for x in weeks)
    lines = [L("Timmerwerk project Wielewaal, weken 44 t/m 46", h, "uur", 4600),
             L("Klein materiaal (schroeven, kit, purschuim)", 1, "", 8630)]
    net = sum(x["amount"] for x in lines)
    no = "2026-0057"
    seller = {"name": "Timmerwerken R. Jansen", "addr": "Molenweg 5, 6871 BC Renkum",
              "lines": ["Molenweg 5", "6871 BC Renkum", "06 - 22 31 89 04", "rjansen.timmerwerken@gmail.com",
                        "KvK 80331472", "btw-id NL004318875B61", "IBAN " + mk.iban_spaced(ib)]}
    to = ["Bouwbedrijf Ter Horst B.V.", "t.a.v. de uitvoerder, dhr. G. Wolters", "Kerkstraat 40", "6871 AH Renkum"]
    page = sheet("nl", seller, to, "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Aantal", "Prijs", "Bedrag"], table_rows(lines, "nl", unit_col=False),
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw verlegd", "", False),
                  ("Totaal", ml(net, "EUR", "nl"), True)],
                 notes=["Btw verlegd. Btw-nummer opdrachtgever NL009412378B01.",
                        "Urenstaat weken 44-46 bijgevoegd, afgetekend door de uitvoerder.",
                        "Eenmanszaak zonder personeel: geen loonheffing verschuldigd, geen G-rekening."])
    us = sheet("nl", seller, to, "Urenstaat",
               [("Project", "Wielewaal"), ("Periode", "week 44 t/m 46")],
               ["Week", "Uren"], [[a, b] for a, b in weeks] + [["**Totaal", str(h)]],
               notes=["Voor akkoord uitvoerder: G. Wolters, 13-11-2026"])
    text = ("Hoi Gert,\n\nHierbij mijn factuur over week 44 t/m 46 en de afgetekende urenstaat.\n\n"
            "Je kunt de factuur bekijken en downloaden als PDF in de bijlage.\n\nGroet,\nRob Jansen\n")
    exp = mk.expected(no, net, net, d, due, "Bouwbedrijf Ter Horst B.V.", "administratie@terhorstbouw.nl", ib, True,
                      "nl")
    return send(rid, "moneybird", "nl", rng, "rjansen.timmerwerken@gmail.com", "Timmerwerken R. Jansen",
                "Bouwbedrijf Ter Horst", "administratie@terhorstbouw.nl", "Factuur %s van Timmerwerken R. Jansen" % no,
                d, exp=exp, text=text, pages=[page], fname="factuur-%s.pdf" % no, pages2=[us],
                fname2="urenstaat-wk44-46.pdf", pdf2="after",
                note="Self-employed carpenter to a builder: btw verlegd, hours from the urenstaat (second PDF).")


def nl_stukadoor_meerwerk(rid, rng):
    """NL King PDF: a plasterer's invoice for meerwerk only, to a couple named one by one."""
    d, ib = D(2026, 11, 9), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Stukadoorsbedrijf Pieters", "addr": "Europalaan 93, 3526 KS Utrecht",
              "lines": ["Europalaan 93 · 3526 KS Utrecht", "030 - 289 44 12", "info@pieters-stucwerk.nl",
                        "KvK 30228761 · btw NL001128735B01"]}
    lines = [L("Plafonds sausklaar stucen (extra ruimte zolder)", 38, "m²", 1450),
             L("Hoekbeschermers aanbrengen", 24, "m1", 420),
             L("Extra uren uitvlakken wanden trapgat", 6, "uur", 4500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "261214"
    page = sheet("din", seller, ["Dhr. E. van der Linden en mevr. K. Mahabier", "Biltstraat 301",
                                 "3572 AW Utrecht"], "FACTUUR MEERWERK",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Klantnummer", "2203"),
                  ("Opdracht", "MW-03 d.d. 02-11-2026")],
                 ["Omschrijving", "Aantal", "Eenh.", "Prijs", "Totaal"], table_rows(lines, "nl"),
                 [("Subtotaal", m(net, "nl"), False), ("BTW 21%", m(vat, "nl"), False),
                  ("Te betalen", ml(tot, "EUR", "nl"), True)], colw=60,
                 intro=["Meerwerk bovenop de aanneming stucwerk (factuur 261102), volgens uw akkoord per e-mail."],
                 notes=["Betaling binnen 14 dagen op %s t.n.v. Stukadoorsbedrijf Pieters." % mk.iban_spaced(ib)],
                 foot=["Stukadoorsbedrijf Pieters · Utrecht · IBAN %s" % mk.iban_spaced(ib)])
    text = ("Beste Erik en Kavita,\n\nZoals besproken hierbij de aparte factuur voor het meerwerk op zolder.\n\n"
            "Met vriendelijke groet,\n\nDennis Pieters\n")
    exp = mk.expected(no, tot, tot, d, due, "E. van der Linden en K. Mahabier", "erik.vanderlinden@xs4all.nl", ib,
                      False, "nl")
    return send(rid, "king", "nl", rng, "info@pieters-stucwerk.nl", "Stukadoorsbedrijf Pieters", "Erik van der Linden",
                "erik.vanderlinden@xs4all.nl", "Factuur meerwerk %s" % no, d, exp=exp, text=text, pages=[page],
                fname="F%s.pdf" % no, note="A meerwerk invoice of its own, the main invoice's number printed beside it.")


def nl_loodgieter_spoed(rid, rng):
    """NL Exact Online PDF: an emergency plumbing call-out at a household."""
    d, ib = D(2026, 12, 3), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Loodgietersbedrijf Van Rijn", "addr": "Fahrenheitstraat 512, 2561 DK Den Haag",
              "lines": ["Fahrenheitstraat 512", "2561 DK Den Haag", "070 - 363 08 19", "administratie@vanrijn-loodgieters.nl",
                        "KvK 27174410", "BTW NL001284461B01", "IBAN " + mk.iban_spaced(ib)]}
    lines = [L("Spoedtoeslag buiten kantoortijd (zaterdag)", 1, "", 7500),
             L("Lekkende waterleiding keuken opzoeken en herstellen", "2.5", "uur", 6800),
             L("Koperen knelkoppelingen en buis 15 mm", 1, "", 3790),
             L("Voorrijkosten", 1, "", 4250)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "26100093"
    page = sheet("nl", seller, ["Dhr. K. Oyelaran", "Laan van Meerdervoort 455", "2563 AV Den Haag"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Uw referentie", "werkbon 88213"),
                  ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Aantal", "Prijs", "Bedrag"], table_rows(lines, "nl", unit_col=False),
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw 21%", m(vat, "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)],
                 notes=["Wij verzoeken u vriendelijk het bedrag vóór de vervaldatum over te maken op",
                        "%s t.n.v. Loodgietersbedrijf Van Rijn." % mk.iban_spaced(ib)])
    text = ("Geachte heer, mevrouw,\n\nIn de bijlage treft u onze factuur %s aan.\n\nMet vriendelijke groet,\n\n"
            "Loodgietersbedrijf Van Rijn\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "K. Oyelaran", "k.oyelaran@gmail.com", ib, False, "nl")
    return send(rid, "exact-online", "nl", rng, "administratie@vanrijn-loodgieters.nl", "Loodgietersbedrijf Van Rijn",
                "K. Oyelaran", "k.oyelaran@gmail.com", "Factuur %s - Loodgietersbedrijf Van Rijn" % no, d,
                exp=exp, text=text, pages=[page], fname="%s.pdf" % no,
                note="Emergency call-out; a werkbon number as 'Uw referentie' (no payment reference).")


def nl_grondwerk_grekening(rid, rng):
    """NL e-Boekhouden PDF: paving subcontractor, btw verlegd, the wage part to the G-rekening first in the text."""
    d, ib, gib = D(2026, 12, 4), mk.iban(rng, "NL"), mk.iban(rng, "NL")
    due = d + mk.days(30)
    seller = {"name": "Bulut Grond- en Straatwerk B.V.", "addr": "Transportweg 14, 2742 RH Waddinxveen",
              "lines": ["Transportweg 14", "2742 RH Waddinxveen", "0182 - 63 14 70", "facturen@bulut-straatwerk.nl",
                        "KvK 29042287", "Btw NL815533079B01"]}
    lines = [L("Betonstraatstenen leggen parkeerterrein, keperverband", 640, "m²", 1280),
             L("Opsluitbanden zetten in schraal beton", 180, "m1", 740),
             L("Shovel met machinist", 16, "uur", 7250)]
    net = sum(x["amount"] for x in lines)
    g = pct(net, 40)
    no = "2026-1108"
    page = sheet("nl", seller, ["Koopmans Infra B.V.", "Crediteurenadministratie", "Goudse Schouw 3",
                                "2411 NW Bodegraven"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Project", "KI-2611 Gouwepark"),
                  ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Aantal", "Prijs", "Bedrag"], table_rows(lines, "nl", unit_col=False),
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw verlegd", m(0, "nl"), False),
                  ("Totaal te betalen", ml(net, "EUR", "nl"), True)],
                 notes=["Btw verlegd naar Koopmans Infra B.V., btw-nummer NL812204519B01.",
                        "Periode: week 45 t/m 47 2026.",
                        "",
                        "Loonkostenbestanddeel 40%%: %s te voldoen op G-rekening %s." % (ml(g, "EUR", "nl"),
                                                                                        mk.iban_spaced(gib)),
                        "Restant %s te voldoen op %s." % (ml(net - g, "EUR", "nl"), mk.iban_spaced(ib)),
                        "Betaling binnen 30 dagen na factuurdatum."])
    text = ("Geachte heer/mevrouw,\n\nHierbij ontvangt u factuur %s van Bulut Grond- en Straatwerk B.V.\n\n"
            "Let op: een deel van het bedrag dient op onze G-rekening te worden betaald, zie de factuur.\n\n"
            "Met vriendelijke groet,\n\nSerkan Bulut\n" % no)
    exp = mk.expected(no, net, net, d, due, "Koopmans Infra B.V.", "crediteuren@koopmansinfra.nl", ib, True, "nl")
    return send(rid, "e-boekhouden", "nl", rng, "facturen@bulut-straatwerk.nl", "Bulut Grond- en Straatwerk B.V.",
                "Koopmans Infra", "crediteuren@koopmansinfra.nl", "Factuur %s" % no, d, exp=exp, text=text,
                pages=[page], fname="Factuur_%s.pdf" % no,
                note="G-rekening IBAN printed first, the ordinary account second; the ordinary IBAN is labelled.")


def nl_laatste_termijn(rid, rng):
    """NL Exact Online PDF: the last term (5%) after the maintenance period, to a dental practice."""
    d, ib = D(2026, 10, 22), mk.iban(rng, "NL")
    due = d + mk.days(14)
    seller = {"name": "Bouwbedrijf Van Kampen", "addr": "Minervum 7120, 4817 ZN Breda",
              "lines": ["Minervum 7120", "4817 ZN Breda", "T 076 - 571 30 00", "debiteuren@vankampenbouw.nl",
                        "KvK 20091835", "BTW NL004733218B01", "IBAN " + mk.iban_spaced(ib)]}
    contract = 14860000
    net = pct(contract, 5)
    vat = pct(net, 21)
    tot = net + vat
    no = "26700455"
    page = sheet("nl", seller, ["Tandartspraktijk Zuidhof B.V.", "t.a.v. mw. drs. E. Zuidhof", "Ginnekenweg 140",
                                "4818 JK Breda"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Uw referentie", "verbouwing praktijk"),
                  ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Bedrag"],
                 [["Verbouwing praktijkruimte Ginnekenweg 140, aanneemsom € %s" % m(contract, "nl")],
                  ["Termijn 5 (slottermijn 5%) na afloop onderhoudstermijn, opgeleverd 14-07-2026", m(net, "nl")]],
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw 21%", m(vat, "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)],
                 notes=["De onderhoudstermijn van drie maanden is verstreken; de gemelde punten zijn afgehandeld.",
                        "Betaling binnen 14 dagen op %s." % mk.iban_spaced(ib)])
    text = ("Geachte mevrouw Zuidhof,\n\nIn de bijlage treft u onze factuur %s aan voor de slottermijn.\n\n"
            "Met vriendelijke groet,\n\nBouwbedrijf Van Kampen\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Tandartspraktijk Zuidhof B.V.", "administratie@tandartszuidhof.nl",
                      ib, True, "nl")
    return send(rid, "exact-online", "nl", rng, "debiteuren@vankampenbouw.nl", "Bouwbedrijf Van Kampen",
                "E. Zuidhof", "administratie@tandartszuidhof.nl", "Factuur %s - Bouwbedrijf Van Kampen" % no, d,
                exp=exp, text=text, pages=[page], fname="%s.pdf" % no,
                note="The retained last 5% invoiced after the maintenance period; contract sum printed beside it.")


def nl_kozijnen_incl(rid, rng):
    """NL WeFact PDF: second term on delivery of window frames, prices including btw."""
    d, ib = D(2026, 10, 28), mk.iban(rng, "NL")
    due = d + mk.days(8)
    seller = {"name": "De Wit Kozijnen", "addr": "Hemkade 21, 1506 PR Zaandam",
              "lines": ["Hemkade 21", "1506 PR Zaandam", "075 - 612 09 44", "verkoop@dewitkozijnen.nl",
                        "KvK 35118790 · btw NL001399106B01"]}
    order = 1895000
    gross = pct(order, 40)
    vat = vat_held(gross, 21)
    no = "F-26-0217"
    page = sheet("nl", seller, ["Mevr. T. Bos-Verhoef", "Oostzijde 318", "1502 BN Zaandam"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("nl", d)), ("Debiteurnummer", "DB10931"),
                  ("Vervaldatum", mk.date_in("nl", due))],
                 ["Omschrijving", "Bedrag incl. btw"],
                 [["Levering en montage kunststof kozijnen, opdracht 26-0188 (€ %s incl. btw)" % m(order, "nl")],
                  ["2e termijn 40%: bij levering van de kozijnen op de bouwplaats", m(gross, "nl")]],
                 [("Totaal incl. btw", ml(gross, "EUR", "nl"), True), ("Waarvan btw 21%", m(vat, "nl"), False)],
                 colw=100,
                 notes=["1e termijn (50%) bij opdracht is voldaan; 3e termijn (10%) na montage.",
                        "U wordt verzocht het bedrag binnen 8 dagen te voldoen op %s t.n.v. De Wit Kozijnen."
                        % mk.iban_spaced(ib)],
                 foot=["IBAN %s · KvK 35118790" % mk.iban_spaced(ib)])
    text = ("Geachte mevrouw Bos,\n\nHierbij ontvangt u factuur %s voor de tweede termijn.\n\nMet vriendelijke groet,\n"
            "De Wit Kozijnen\n\nDeze e-mail is verzonden met WeFact.\n" % no)
    exp = mk.expected(no, gross, gross, d, due, "T. Bos-Verhoef", "tbosverhoef@hetnet.nl", ib, False, "nl")
    return send(rid, "wefact", "nl", rng, "verkoop@dewitkozijnen.nl", "De Wit Kozijnen", "T. Bos-Verhoef",
                "tbosverhoef@hetnet.nl", "Factuur %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Factuur-%s.pdf" % no,
                note="Term 2 of 3 as 40% of an order sum incl. btw; the btw it holds printed below the total.")


def be_vorderingsstaat(rid, rng):
    """BE Teamleader, two PDFs: vorderingsstaat 2 of a renovation at 6%, a structured communication."""
    d, ib = D(2026, 10, 30), mk.iban(rng, "BE")
    due = d + mk.days(30)
    ogm = mk.ogm_drawn(rng)
    seller = {"name": "Bouwonderneming Verhaegen BV", "addr": "Battelsesteenweg 155, 2800 Mechelen",
              "lines": ["Battelsesteenweg 155, 2800 Mechelen", "BTW BE 0712.548.306 · RPR Antwerpen, afd. Mechelen",
                        "facturatie@verhaegen-bouw.be · 015 41 77 20", "Erkend aannemer klasse 2"]}
    posts = [("Afbraakwerken", 485000, 100, 100), ("Ruwbouw en metselwerk uitbouw", 2140000, 40, 100),
             ("Dakwerken plat dak", 975000, 0, 60), ("Buitenschrijnwerk", 1230000, 0, 0),
             ("Elektriciteit", 690000, 0, 20)]
    this = [pct(c, cum) - pct(c, prev) for _, c, prev, cum in posts]
    net = sum(this)
    vat = pct(net, 6)
    tot = net + vat
    no = "2026/188"
    to = ["Jef Claes en Lien Wouters", "Kempenarestraat 19", "2860 Sint-Katelijne-Waver"]
    page = sheet("en", seller, to, "FACTUUR",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("be", d)), ("Vervaldatum", mk.date_in("be", due)),
                  ("Klant", "K-0427")], ["Omschrijving", "Bedrag"],
                 [["Renovatie en uitbreiding woning Kempenarestraat 19"],
                  ["Vorderingsstaat nr. 2 (periode oktober 2026), zie bijlage", m(net, "nl")]],
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw 6%", m(vat, "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)], to_label="Facturatieadres",
                 notes=["Btw 6%: renovatie van een privéwoning ouder dan 10 jaar, op verklaring van de klant",
                        "(KB nr. 20, tabel A, rubriek XXXI).",
                        "Gelieve te betalen binnen 30 dagen na factuurdatum op %s" % mk.iban_spaced(ib),
                        "met de gestructureerde mededeling %s." % ogm])
    rows = [[n, m(c, "nl"), "%d%%" % prev, "%d%%" % cum, m(t, "nl")] for (n, c, prev, cum), t in zip(posts, this)]
    vs = sheet("en", seller, to, "VORDERINGSSTAAT 2",
               [("Periode", "oktober 2026"), ("Bij factuur", no)],
               ["Post", "Aanneming", "Vorige", "Cumul", "Deze staat"], rows + [["**Totaal deze staat", "", "", "",
                                                                                 m(net, "nl")]],
               notes=["Bedragen excl. btw. Opgemaakt door Kris Verhaegen, nagezien door de architect op 28/10/2026."])
    text = ("Beste Jef en Lien,\n\nIn bijlage vinden jullie factuur %s met vorderingsstaat nr. 2.\n\n"
            "Met vriendelijke groeten,\nKris Verhaegen\nBouwonderneming Verhaegen BV\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Jef Claes en Lien Wouters", "jef.claes@telenet.be", ib, False, "nl",
                      reference=ogm)
    return send(rid, "teamleader", "nl", rng, "facturatie@verhaegen-bouw.be", "Bouwonderneming Verhaegen BV",
                "Jef Claes", "jef.claes@telenet.be", "Factuur %s - vorderingsstaat 2" % no, d, exp=exp, text=text,
                pages=[page], fname="Factuur 2026-188.pdf", pages2=[vs], fname2="Vorderingsstaat 2.pdf",
                pdf2="after", note="Flemish progress statement at 6%: the contract amounts and cumulative figures are on the second PDF.")


def be_medecontractant(rid, rng):
    """BE Billit PDF: roofing subcontractor to a builder, btw verlegd (medecontractant), 30 dagen einde maand."""
    d, ib = D(2026, 11, 10), mk.iban(rng, "BE")
    due = mk.month_end(d + mk.days(30))
    seller = {"name": "Dakwerken Goossens BV", "addr": "Mechelsesteenweg 288, 2500 Lier",
              "lines": ["Tel. 03 480 12 66", "boekhouding@goossens-dakwerken.be", "BTW BE 0687.219.443"]}
    lines = [L("EPDM-dakbedekking 1,2 mm volledig verkleefd", 86, "m²", 4650),
             L("Isolatie PIR 120 mm", 86, "m²", 2480),
             L("Dakrandprofielen aluminium", 38, "m", 1820),
             L("Regiewerk aansluiting lichtkoepels", 6, "u", 5200)]
    net = sum(x["amount"] for x in lines)
    no = "F2026-0388"
    page = sheet("din", seller, ["Bouwbedrijf Vandenbroucke NV", "Boomsesteenweg 41", "2630 Aartselaar"], "Factuur",
                 [("Factuurnummer", no), ("Factuurdatum", mk.date_in("be", d)), ("Klantnummer", "C0219"),
                  ("Werf", "Schoolstraat Duffel")],
                 ["Omschrijving", "Aantal", "Eenh.", "Prijs", "Totaal"], table_rows(lines, "nl"),
                 [("Totaal excl. btw", m(net, "nl"), False), ("Btw", "verlegd", False),
                  ("Te betalen", ml(net, "EUR", "nl"), True)], colw=64,
                 ret="Dakwerken Goossens BV · Mechelsesteenweg 288 · 2500 Lier",
                 notes=["Verlegging van heffing - medecontractant (art. 20 KB nr. 1). Btw klant: BE 0459.120.871.",
                        "Bij gebrek aan schriftelijke betwisting binnen een maand na ontvangst wordt de klant geacht",
                        "te erkennen dat hij belastingplichtige is die periodieke btw-aangiften indient.",
                        "",
                        "Betalingsvoorwaarden: 30 dagen einde maand.",
                        "Rekening %s, mededeling: %s." % (mk.iban_spaced(ib), no)])
    text = ("Beste,\n\nIn bijlage vindt u factuur %s van Dakwerken Goossens BV.\n\nMet vriendelijke groeten,\n"
            "Dakwerken Goossens BV\n\n--\nVerstuurd via Billit\n" % no)
    exp = mk.expected(no, net, net, d, due, "Bouwbedrijf Vandenbroucke NV", "aankoop@vandenbroucke-bouw.be", ib, True,
                      "nl")
    return send(rid, "billit", "nl", rng, "boekhouding@goossens-dakwerken.be", "Dakwerken Goossens BV", "",
                "aankoop@vandenbroucke-bouw.be", "Factuur %s" % no, d, exp=exp, text=text, pages=[page],
                fname="%s.pdf" % no,
                note="Belgian medecontractant reverse charge; '30 dagen einde maand' runs to the end of the month after 30 days.")


def be_laadpaal(rid, rng):
    """BE Odoo PDF: an electrician installs a charging point at a household, a structured communication."""
    d, ib = D(2026, 12, 8), mk.iban(rng, "BE")
    due = d + mk.days(15)
    ogm = mk.ogm_drawn(rng)
    seller = {"name": "Elektriciteitswerken Jacobs BV", "addr": "Kempische Steenweg 402, 3500 Hasselt",
              "lines": ["Kempische Steenweg 402", "3500 Hasselt", "info@jacobs-elektro.be", "BE0733.612.054"]}
    lines = [L("Laadpaal 11 kW met vaste kabel", 1, "st", 109500),
             L("Voedingskabel XVB 5G6", 18, "m", 940),
             L("Differentieelschakelaar 30 mA type A", 1, "st", 14800),
             L("Installatie en aansluiting", 5, "u", 5500),
             L("Keuring AREI door erkend organisme", 1, "st", 14500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    tot = net + vat
    no = "INV/2026/00214"
    page = sheet("en", seller, ["Nathalie Peeters", "Genkersteenweg 77", "3500 Hasselt", "België"], "Factuur " + no,
                 [("Factuurdatum:", mk.date_in("be", d)), ("Vervaldatum:", mk.date_in("be", due)), ("Bron:", "S00187")],
                 ["Beschrijving", "Hoeveelheid", "Eenheidsprijs", "Btw", "Bedrag"],
                 [[x["desc"], "%s %s" % (qs(x["qty"], "nl"), x["unit"]), m(x["price"], "nl"), "21%",
                   ml(x["amount"], "EUR", "nl")] for x in lines],
                 [("Subtotaal", ml(net, "EUR", "nl"), False), ("Btw 21%", ml(vat, "EUR", "nl"), False),
                  ("Totaal", ml(tot, "EUR", "nl"), True)], colw=78,
                 notes=["Gelieve de volgende mededeling te gebruiken voor uw betaling: %s" % ogm,
                        "Op dit rekeningnummer: %s" % mk.iban_spaced(ib),
                        "Betalingstermijn: 15 dagen"],
                 foot=["info@jacobs-elektro.be · www.jacobs-elektro.be · BTW BE0733.612.054"])
    text = ("Beste Nathalie Peeters,\n\nHier is uw factuur %s voor een bedrag van %s van Elektriciteitswerken Jacobs BV.\n"
            "Gelieve de betaling uit te voeren zo snel als mogelijk met de volgende mededeling: %s.\n\n"
            "Aarzel niet om ons te contacteren als u vragen heeft.\n\n--\nElektriciteitswerken Jacobs BV\n"
            % (no, ml(tot, "EUR", "nl"), ogm))
    exp = mk.expected(no, tot, tot, d, due, "Nathalie Peeters", "nathalie.peeters@skynet.be", ib, False, "nl",
                      reference=ogm)
    return send(rid, "odoo", "nl", rng, "info@jacobs-elektro.be", "Elektriciteitswerken Jacobs BV", "Nathalie Peeters",
                "nathalie.peeters@skynet.be", "Elektriciteitswerken Jacobs BV Factuur (Ref %s)" % no, d, exp=exp,
                text=text, pages=[page], fname="Factuur_INV_2026_00214.pdf",
                note="Odoo's Flemish invoice: a structured communication (labelled, as printed) and a term of 15 days.")


# ================================================================ Dutch and Flemish non-invoices

def nlx_offerte(rid, rng):
    """NL Moneybird PDF, not an invoice: an offerte for a dormer with a term schedule and a validity date."""
    d = D(2026, 10, 5)
    ib = mk.iban(rng, "NL")
    seller = {"name": "Bouwbedrijf Tromp", "addr": "",
              "lines": ["Nijverheidsweg 8", "1693 AM Wervershoof", "info@bouwbedrijftromp.nl",
                        "KvK 37104482 · btw NL809114253B01", "IBAN " + mk.iban_spaced(ib)]}
    lines = [L("Dakkapel 3,6 m prefab incl. kozijnen en HR++ glas", 1, "", 1148000),
             L("Steiger en afvoer sloopafval", 1, "", 86000),
             L("Binnenafwerking gipsplaat en vensterbanken", 1, "", 129500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    no = "2026-O-052"
    page = sheet("nl", seller, ["Dhr. B. Schouten", "Tuinstraat 7", "1619 BD Andijk"], "Offerte",
                 [("Offertenummer", no), ("Datum", mk.date_in("nl", d)), ("Geldig tot", mk.date_in("nl", d + mk.days(30)))],
                 ["Omschrijving", "Bedrag"], [[x["desc"], m(x["amount"], "nl")] for x in lines],
                 [("Totaal excl. btw", m(net, "nl"), False), ("21% btw", m(vat, "nl"), False),
                  ("Totaal incl. btw", ml(net + vat, "EUR", "nl"), True)],
                 notes=["Betalingsschema bij opdracht: 30% bij opdracht, 60% bij plaatsing, 10% bij oplevering.",
                        "De termijnen worden gefactureerd; betaling binnen 14 dagen na factuurdatum.",
                        "Voor akkoord kunt u deze offerte online ondertekenen."])
    text = ("Beste heer Schouten,\n\nHierbij ontvangt u onze offerte %s voor de dakkapel. Je kunt de offerte bekijken "
            "en online accepteren via de link in deze e-mail.\n\nMet vriendelijke groet,\nBouwbedrijf Tromp\n" % no)
    return send(rid, "moneybird", "nl", rng, "facturen@bouwbedrijftromp.nl", "Bouwbedrijf Tromp", "B. Schouten",
                "b.schouten.andijk@gmail.com", "Offerte %s van Bouwbedrijf Tromp" % no, d,
                why="An offerte: a price offered until a date, with the terms to be invoiced later; nothing is owed.",
                text=text, pages=[page], fname="offerte-%s.pdf" % no,
                note="Quote with totals, an IBAN and a payment schedule.")


def nlx_betalingsschema(rid, rng):
    """NL Word PDF, not an invoice: the betalingsschema sent with a building contract."""
    d = D(2026, 11, 2)
    ib = mk.iban(rng, "NL")
    contract = 11250000
    gross = contract + pct(contract, 21)
    terms = [("1", "bij ondertekening aannemingsovereenkomst", 10), ("2", "gereedkomen fundering", 20),
             ("3", "ruwbouw gereed (wind- en waterdicht)", 35), ("4", "afbouw gereed", 30), ("5", "bij oplevering", 5)]
    seller = {"name": "Gerritsen Bouw", "addr": "",
              "lines": ["Industrieweg 31 · 7324 AD Apeldoorn · 055 521 40 88 · factuur@gerritsenbouw.nl",
                        "KvK 08163472 · IBAN " + mk.iban_spaced(ib)]}
    page = sheet("word", seller, ["Dhr. en mevr. Schipper", "Regentesselaan 40", "7316 AD Apeldoorn"],
                 "Betalingsschema", [("Datum:", mk.date_in("nl", d, "long")), ("Project:", "P26-019 verbouwing woonboerderij")],
                 ["Termijn en moment", "", "Deel", "Bedrag incl. btw"],
                 [["Termijn %s: %s" % (t, w), "", "%d%%" % p, m(pct(gross, p), "nl")] for t, w, p in terms] +
                 [["**Aanneemsom incl. 21% btw", "", "100%", m(gross, "nl")]],
                 colw=100,
                 notes=["Bij het bereiken van elk moment ontvangt u van ons een termijnfactuur.",
                        "Betaling van een termijnfactuur binnen 14 dagen na factuurdatum."])
    text = ("Beste heer en mevrouw Schipper,\n\nHartelijk dank voor de getekende aannemingsovereenkomst. Hierbij "
            "het betalingsschema dat daarbij hoort. De eerste termijnfactuur ontvangt u later deze week.\n\n"
            "Met vriendelijke groet,\n\nHenk Gerritsen\nGerritsen Bouw\n")
    return send(rid, "word", "nl", rng, "factuur@gerritsenbouw.nl", "Gerritsen Bouw", "Fam. Schipper",
                "schipper.apeldoorn@kpnmail.nl", "Betalingsschema verbouwing P26-019", d,
                why="A payment schedule sent with the contract: each term will be invoiced when it is reached.",
                text=text, pages=[page], fname="Betalingsschema P26-019.pdf",
                note="Amounts per term and the contract sum incl. btw; the first term invoice is announced.")


def nlx_opleveringsrapport(rid, rng):
    """NL Word PDF, not an invoice: an opleveringsrapport with restpunten; the final account will follow."""
    d = D(2026, 10, 29)
    seller = {"name": "Bouwbedrijf Van Kampen", "addr": "",
              "lines": ["Minervum 7120 · 4817 ZN Breda · T 076 - 571 30 00 · info@vankampenbouw.nl"]}
    rows = [["1", "Kitnaad douchewand badkamer 1e verdieping opnieuw", "Van Kampen", "13-11"],
            ["2", "Deur berging sluit niet, afstellen", "Van Kampen", "13-11"],
            ["3", "Beschadiging vensterbank woonkamer herstellen", "schilder", "20-11"],
            ["4", "Ontbrekende afdekplaat wandcontactdoos hal", "elektra", "13-11"]]
    page = sheet("word", seller, ["Dhr. A. Demirci", "Burgemeester Kerstenslaan 12", "4837 BM Breda"],
                 "Proces-verbaal van oplevering",
                 [("Datum oplevering:", mk.date_in("nl", d, "long")), ("Werk:", "uitbouw en renovatie woning")],
                 ["Restpunt", "", "Door", "Gereed"], [["%s. %s" % (a, b), "", c, e] for a, b, c, e in rows],
                 colw=70,
                 notes=["Het werk is op bovengenoemde datum opgeleverd met de genoemde restpunten.",
                        "De onderhoudstermijn van drie maanden gaat in op de datum van oplevering.",
                        "De eindafrekening met het meer- en minderwerk ontvangt u na afhandeling van de restpunten.",
                        "", "Voor akkoord opdrachtgever: A. Demirci          Voor akkoord aannemer: P. van Kampen"])
    text = ("Beste heer Demirci,\n\nHierbij het proces-verbaal van de oplevering van vandaag, met de vier "
            "restpunten. Wij plannen die in de komende twee weken in.\n\nMet vriendelijke groet,\n\n"
            "Peter van Kampen\nBouwbedrijf Van Kampen\n")
    return send(rid, "word", "nl", rng, "info@vankampenbouw.nl", "Bouwbedrijf Van Kampen", "A. Demirci",
                "a.demirci@ziggo.nl", "Proces-verbaal oplevering uitbouw", d,
                why="A completion report with snagging points; the final invoice is only announced.",
                text=text, pages=[page], fname="PV oplevering Demirci.pdf", note="Opleveringsrapport; no amounts.")


def nlx_planning(rid, rng):
    """NL typed, not an invoice: a subcontractor's planning mail to the site manager."""
    d = D(2026, 11, 13)
    text = ("Hoi Marco,\n\nHierbij de planning voor het tegelwerk in blok B:\n\n"
            "- week 47: bouwnummers 17 t/m 20 wanden badkamers\n"
            "- week 48: bouwnummers 21 t/m 24 wanden badkamers\n"
            "- week 49: vloeren en kitwerk bnr. 17 t/m 24\n\n"
            "We werken met 3 man. Graag de badkamers stofvrij en met gestelde kozijnen, anders schuift het op.\n"
            "Onze factuur over oktober (20260412) is vorige week verstuurd; november factureren we zoals afgesproken "
            "aan het einde van de maand.\n\nGroet,\nMurat Aksoy\nTegelzetbedrijf Aksoy v.o.f.\n06 - 51 40 72 18\n")
    return send(rid, "typed", "nl", rng, "administratie@aksoytegels.nl", "Tegelzetbedrijf Aksoy v.o.f.", "Marco Bosman",
                "m.bosman@bouwcombinatie-rijnland.nl", "Planning tegelwerk blok B week 47-49", d,
                why="A planning mail; it mentions an invoice sent before and the next one to come, but bills nothing.",
                text=text, note="Invoice number of an earlier invoice named in passing.")


def nlx_onderhoud(rid, rng):
    """NL King HTML, not an invoice: a boiler service reminder with a price."""
    d = D(2026, 10, 19)
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Beste heer Wolthuis,</p>"
            "<p>Volgens onze gegevens is uw cv-ketel (Remeha Tzerra, geplaatst in 2019) toe aan de jaarlijkse "
            "onderhoudsbeurt. Regelmatig onderhoud houdt uw ketel zuinig en veilig en is een voorwaarde voor de "
            "fabrieksgarantie.</p>"
            "<table><tr><td>Onderhoudsbeurt incl. voorrijkosten</td><td>€ 119,00 incl. btw</td></tr>"
            "<tr><td>Met onderhoudscontract (per jaar)</td><td>€ 98,00 incl. btw</td></tr></table>"
            "<p><a href=\"https://afspraak.brouwer-installatie.nl/?k=4781\">Plan direct uw afspraak</a> "
            "of bel 038 - 453 12 90.</p><p>De factuur ontvangt u na het onderhoud.</p>"
            "<p>Met vriendelijke groet,<br>Brouwer Installatietechniek</p></body></html>")
    return send(rid, "king", "nl", rng, "info@brouwer-installatie.nl", "Brouwer Installatietechniek", "J. Wolthuis",
                "jwolthuis@home.nl", "Uw cv-ketel is toe aan onderhoud", d,
                why="A service reminder with a price; the invoice follows after the visit.", html=html,
                note="Prices and a booking link, no invoice.")


def nlx_leveranciersfactuur(rid, rng):
    """NL forwarded, not an invoice: a carpenter forwards his timber merchant's bill (to him) to his bookkeeper."""
    d = D(2026, 11, 20)
    ib = mk.iban(rng, "NL")
    lines = [L("Vuren geschaafd 44x70 mm, 4,2 m", 24, "st", 1189),
             L("OSB/3 18 mm 2440x1220", 12, "pl", 2965),
             L("Schroeven 5x80 torx, doos 200", 6, "ds", 1425)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 21)
    seller = {"name": "Houthandel Van Dam B.V.", "addr": "Industrieweg 60, 6871 AS Renkum",
              "lines": ["Industrieweg 60", "6871 AS Renkum", "verkoop@houthandelvandam.nl",
                        "KvK 09012774 · btw NL001177803B01"]}
    page = sheet("din", seller, ["Timmerwerken R. Jansen", "Molenweg 5", "6871 BC Renkum"], "Factuur",
                 [("Factuurnummer", "7730129"), ("Datum", mk.date_in("nl", d)), ("Klantnummer", "31177")],
                 ["Omschrijving", "Aantal", "Eenh.", "Prijs", "Bedrag"], table_rows(lines, "nl"),
                 [("Subtotaal", m(net, "nl"), False), ("BTW 21%", m(vat, "nl"), False),
                  ("Totaal", ml(net + vat, "EUR", "nl"), True)], colw=60,
                 notes=["Betaling binnen 30 dagen op %s t.n.v. Houthandel Van Dam B.V." % mk.iban_spaced(ib)])
    text = ("Hoi Ellen,\n\nHierbij de inkoopfactuur van de houthandel voor project Wielewaal, voor de administratie. "
            "Ik heb hem vanmiddag al betaald.\n\nGroet,\nRob\n\n---------- Doorgestuurd bericht ---------\n"
            "Van: Houthandel Van Dam B.V. <verkoop@houthandelvandam.nl>\nDatum: %s\nOnderwerp: Factuur 7730129\n"
            "Aan: rjansen.timmerwerken@gmail.com\n\nGeachte klant,\n\nIn de bijlage vindt u factuur 7730129.\n"
            % mk.date_in("nl", d))
    return send(rid, "forwarded", "nl", rng, "rjansen.timmerwerken@gmail.com", "Rob Jansen", "Ellen Boekhoorn",
                "ellen@boekhoorn-administraties.nl", "Fwd: Factuur 7730129", d,
                why="A supplier's bill addressed to the sender's own firm, forwarded to his bookkeeper: he is the debtor.",
                text=text, pages=[page], fname="Factuur_7730129.pdf",
                note="A complete invoice PDF, but billed to the sending business itself.")


def nlx_prijsverhoging(rid, rng):
    """NL typed, not an invoice: a notice of price increases for heat pumps and materials."""
    d = D(2026, 12, 1)
    text = ("Beste relatie,\n\nDe inkoopprijzen van warmtepompen, koper en leidingmateriaal zijn dit jaar opnieuw "
            "gestegen. Wij zijn genoodzaakt onze prijzen per 1 januari 2027 aan te passen:\n\n"
            "- warmtepompen en toebehoren: + 4%\n- koper- en leidingmateriaal: + 7%\n"
            "- uurtarief monteur: van € 64,00 naar € 67,50 excl. btw\n\n"
            "Offertes die u vóór 31 december 2026 ondertekent, voeren wij uit tegen de oude prijzen. Lopende "
            "opdrachten worden gefactureerd zoals afgesproken.\n\nMet vriendelijke groet,\n\n"
            "Klimaattechniek Van Leeuwen\nVanadiumweg 11, 3812 PX Amersfoort\n")
    return send(rid, "typed", "nl", rng, "administratie@vanleeuwen-klimaat.nl", "Klimaattechniek Van Leeuwen",
                "Vastgoed Eemland B.V.", "inkoop@vastgoedeemland.nl", "Prijsaanpassing per 1 januari 2027", d,
                why="A notice of new prices from next year; nothing is billed.", text=text,
                note="Prices and an hourly rate in the text.")


def nlx_werkbon(rid, rng):
    """NL Tradecount PDF, not an invoice: a werkbon of a repair sent for the customer's records; invoice follows."""
    d = D(2026, 11, 26)
    seller = {"name": "Klimaattechniek Van Leeuwen", "addr": "Vanadiumweg 11, 3812 PX Amersfoort",
              "lines": ["Vanadiumweg 11", "3812 PX Amersfoort", "033 - 472 05 63", "administratie@vanleeuwen-klimaat.nl"]}
    page = sheet("din", seller, ["Dhr. F. Hoogland", "Leusderweg 52", "3817 KC Amersfoort"], "Werkbon WB-26-0811",
                 [("Datum", mk.date_in("nl", d)), ("Monteur", "A. Visser"), ("Storing", "E-melding F28")],
                 ["Uitgevoerde werkzaamheden en materiaal", "Aantal"],
                 [["Ontstekingselektrode vervangen", "1"], ["Sifon gereinigd, ketel bijgevuld tot 1,8 bar", ""],
                  ["Arbeid (uur)", "1,5"], ["Voorrijden", "1"]], colw=90,
                 notes=["Ketel werkt weer naar behoren.", "De factuur van deze werkzaamheden ontvangt u binnenkort per e-mail.",
                        "", "Handtekening klant: F. Hoogland"])
    text = ("Beste heer Hoogland,\n\nIn de bijlage vindt u de getekende werkbon van het bezoek van vandaag. "
            "De factuur volgt.\n\nMet vriendelijke groet,\n\nKlimaattechniek Van Leeuwen\n")
    return send(rid, "tradecount", "nl", rng, "administratie@vanleeuwen-klimaat.nl", "Klimaattechniek Van Leeuwen",
                "F. Hoogland", "f.hoogland@upcmail.nl", "Werkbon WB-26-0811", d,
                why="A signed work order of a repair; the invoice is announced to follow.", text=text, pages=[page],
                fname="Werkbon_WB-26-0811.pdf", note="Hours and parts without prices.")


def nlx_be_openstaand(rid, rng):
    """BE Teamleader PDF, not an invoice: an overview of open invoices (statement) to a client."""
    d = D(2026, 12, 10)
    ib = mk.iban(rng, "BE")
    seller = {"name": "Bouwonderneming Verhaegen BV", "addr": "",
              "lines": ["Battelsesteenweg 155, 2800 Mechelen", "BTW BE 0712.548.306",
                        "facturatie@verhaegen-bouw.be · 015 41 77 20"]}
    items = [("2026/141", D(2026, 9, 12), 1846500), ("2026/167", D(2026, 10, 10), 2117000),
             ("2026/201", D(2026, 11, 14), 905400)]
    page = sheet("en", seller, ["VME Residentie Dijlezicht", "p/a Syndicus Immo Nijs", "Vijfhoek 2", "2800 Mechelen"],
                 "REKENINGUITTREKSEL",
                 [("Datum", mk.date_in("be", d)), ("Klant", "K-0388")],
                 ["Factuur", "Datum", "Vervaldatum", "Openstaand"],
                 [[n, mk.date_in("be", x), mk.date_in("be", x + mk.days(30)), m(a, "nl")] for n, x, a in items],
                 [("Totaal openstaand", ml(sum(a for _, _, a in items), "EUR", "nl"), True)], colw=85,
                 notes=["Gelieve de vervallen facturen te betalen op %s met vermelding van het factuurnummer."
                        % mk.iban_spaced(ib), "Heeft u intussen betaald? Dan mag u dit overzicht als nietig beschouwen."])
    text = ("Geachte,\n\nIn bijlage vindt u een overzicht van de openstaande facturen op uw klantrekening.\n\n"
            "Met vriendelijke groeten,\nBouwonderneming Verhaegen BV\n")
    return send(rid, "teamleader", "nl", rng, "facturatie@verhaegen-bouw.be", "Bouwonderneming Verhaegen BV",
                "Syndicus Immo Nijs", "boekhouding@immonijs.be", "Overzicht openstaande facturen", d,
                why="A statement of account listing three earlier invoices; it bills nothing new.", text=text,
                pages=[page], fname="Rekeninguittreksel K-0388.pdf", note="Flemish statement with a total and an IBAN.")


def nlx_meerwerkofferte(rid, rng):
    """NL typed, not an invoice: a meerwerk offer asking for the customer's go-ahead by mail."""
    d = D(2026, 10, 30)
    text = ("Beste Erik en Kavita,\n\nZoals gevraagd onze prijs voor het extra stucwerk op zolder (meerwerk MW-03):\n\n"
            "- plafonds sausklaar, ca. 38 m² à € 14,50\n- hoekbeschermers, ca. 24 m1 à € 4,20\n"
            "- uitvlakken wanden trapgat, ca. 6 uur à € 45,00\n\nIndicatie totaal ca. € 920,00 excl. btw, "
            "verrekening op basis van werkelijke hoeveelheden.\n\nAls jullie akkoord zijn, hoor ik het graag per mail; "
            "dan nemen we het mee in de week van 2 november. De factuur volgt na uitvoering.\n\n"
            "Met vriendelijke groet,\nDennis Pieters\nStukadoorsbedrijf Pieters\n")
    return send(rid, "typed", "nl", rng, "info@pieters-stucwerk.nl", "Stukadoorsbedrijf Pieters", "Erik van der Linden",
                "erik.vanderlinden@xs4all.nl", "Meerwerk zolder: prijsopgave", d,
                why="A price offer for extra work awaiting the customer's agreement; the invoice follows after the work.",
                text=text, note="Unit prices and an indicative total.")


# ================================================================ English invoices (UK, Ireland)

def sortcode(rng):
    return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)), \
        "%08d" % rng.randrange(10 ** 7, 10 ** 8)


def uk_stage_xero(rid, rng):
    """UK Xero PDF: a builder's stage payment 2 of 4 on an extension, contract sum printed, sort code only."""
    d = D(2026, 10, 15)
    due = d + mk.days(14)
    sc, acc = sortcode(rng)
    contract = 6240000
    net = pct(contract, 30)
    vat = pct(net, 20)
    tot = net + vat
    no = "INV-2231"
    seller = {"name": "Hartley & Sons Building Ltd", "addr": "",
              "lines": ["Unit 4, Kirkstall Industrial Park", "Leeds LS5 3BT", "accounts@hartleybuild.co.uk",
                        "VAT No. GB 284 6613 09"]}
    page = sheet("en", seller, ["Mr & Mrs D. Fletcher", "22 Otley Old Road", "Leeds", "LS16 6HB"], "TAX INVOICE",
                 [("Invoice Date", mk.date_in("en", d, "short-en")), ("Invoice Number", no),
                  ("Reference", "Fletcher extension"), ("Due Date", mk.date_in("en", due, "short-en"))],
                 ["Description", "Quantity", "Unit Price", "VAT", "Amount GBP"],
                 [["Single-storey rear extension, contract sum £%s + VAT" % m(contract, "en")],
                  ["Stage 2 of 4: walls to wall plate (30%)", "1.00", m(net, "en"), "20%", m(net, "en")]],
                 [("Subtotal", m(net, "en"), False), ("TOTAL VAT 20%", m(vat, "en"), False),
                  ("TOTAL GBP", m(tot, "en"), True)], colw=62, to_label="",
                 notes=["Due Date: %s" % mk.date_in("en", due, "short-en"),
                        "Bank transfer to Hartley & Sons Building Ltd, sort code %s, account %s." % (sc, acc),
                        "", "PAYMENT ADVICE",
                        "To: Hartley & Sons Building Ltd, Unit 4, Kirkstall Industrial Park, Leeds LS5 3BT",
                        "Customer: Mr & Mrs D. Fletcher   Invoice Number: %s   Amount Due: %s" % (no, m(tot, "en")),
                        "Due Date: %s   Amount Enclosed: ______" % mk.date_in("en", due, "short-en")],
                 foot=["Registered in England & Wales No. 07741326"])
    text = ("Hi Dan,\n\nHere's invoice %s for £%s.\n\nThe amount outstanding of £%s is due on %s.\n\n"
            "View your bill online: https://in.xero.com/Lq7bWz3kPj2\n\nFrom your online bill you can print a PDF, "
            "export a CSV, or create a free login and view your outstanding bills.\n\nIf you have any questions, "
            "please let us know.\n\nThanks,\nHartley & Sons Building Ltd\n"
            % (no, m(tot, "en"), m(tot, "en"), mk.date_in("en", due, "short-en")))
    exp = mk.expected(no, tot, tot, d, due, "D. Fletcher", "dan.fletcher@btinternet.com", None, False, "en",
                      currency="GBP")
    return send(rid, "xero", "en", rng, "accounts@hartleybuild.co.uk", "Hartley & Sons Building Ltd", "Dan Fletcher",
                "dan.fletcher@btinternet.com", "Invoice %s from Hartley & Sons Building Ltd for Mr & Mrs D. Fletcher" % no,
                d, exp=exp, text=text, pages=[page], fname="Invoice %s.pdf" % no,
                note="Stage 2 of 4 at 30% of a contract sum; a payment advice slip; sort code and account only.")


def uk_cis_brick(rid, rng):
    """UK QuickBooks PDF: bricklayer subcontractor, domestic reverse charge and a CIS deduction from labour."""
    d = D(2026, 10, 31)
    due = d + mk.days(30)
    sc, acc = sortcode(rng)
    labour, mats = 684000, 41260
    net = labour + mats
    vat = pct(net, 20)
    cis = pct(labour, 20)
    no = "1186"
    seller = {"name": "J. Okafor Brickwork Ltd", "addr": "",
              "lines": ["14 Foundry Lane", "Birmingham B18 6QJ", "+44 121 554 0871", "accounts@okaforbrickwork.co.uk",
                        "VAT Registration No. 318 5507 26", "UTR 42817 66390"]}
    page = sheet("en", seller, ["Penrose Construction Ltd", "Accounts Payable", "Penrose House, 90 Hagley Road",
                                "Birmingham B16 8LU"], "INVOICE",
                 [("INVOICE NO.", no), ("DATE", mk.date_in("en", d, "dmy/")), ("DUE DATE", mk.date_in("en", due, "dmy/")),
                  ("TERMS", "Net 30")],
                 ["ACTIVITY", "QTY", "RATE", "AMOUNT"],
                 [["Labour: facing brickwork plots 12-15, Moseley Gate (w/e 30/10)", "1", m(labour, "en"), m(labour, "en")],
                  ["Materials: mortar, wall ties, DPC", "1", m(mats, "en"), m(mats, "en")]],
                 [("SUBTOTAL", m(net, "en"), False), ("VAT 20% (reverse charge)", m(0, "en"), False),
                  ("TOTAL", m(net, "en"), True), ("Less CIS deduction 20% of labour", "-" + m(cis, "en"), False),
                  ("BALANCE DUE", ml(net - cis, "GBP", "en"), True)], to_label="BILL TO", tot_x=300,
                 notes=["Reverse charge: customer to account to HMRC for the VAT of £%s (VAT Act 1994 s55A)." % m(vat, "en"),
                        "CIS: please deduct at 20% from the labour element only and send us a payment and deduction statement.",
                        "Pay by BACS to J. Okafor Brickwork Ltd, sort code %s, account %s." % (sc, acc)])
    text = ("Dear Penrose Construction Ltd,\n\nHere's your invoice! We appreciate your prompt payment.\n\n"
            "Thanks for your business!\nJ. Okafor Brickwork Ltd\n")
    exp = mk.expected(no, net - cis, net, d, due, "Penrose Construction Ltd", "ap@penroseconstruction.co.uk", None,
                      True, "en", currency="GBP")
    return send(rid, "quickbooks", "en", rng, "accounts@okaforbrickwork.co.uk", "J. Okafor Brickwork Ltd",
                "Penrose Construction Ltd", "ap@penroseconstruction.co.uk",
                "Invoice %s from J. Okafor Brickwork Ltd" % no, d, exp=exp, text=text, pages=[page],
                fname="Invoice_%s_from_J_Okafor_Brickwork_Ltd.pdf" % no,
                note="Domestic reverse charge (VAT printed in a note only) and a 20% CIS deduction from labour: due below total.")


def uk_application3_sage(rid, rng):
    """UK Sage PDF: M&E subcontractor's Application for Payment No. 3 as a tax invoice: cumulative valuation,
    retention, previous applications, reverse charge, a due date and a final date for payment."""
    d = D(2026, 11, 25)
    due_date = D(2026, 12, 2)
    final = D(2026, 12, 23)
    ib = mk.iban(rng, "GB")
    works, variations = 8425000, 391800
    gross = works + variations
    ret = pct(gross, 5)
    prev = 5187025
    this = gross - ret - prev
    no = "SI-0764"
    seller = {"name": "Calder Valley Mechanical Ltd", "addr": "",
              "lines": ["Mytholm Works, Hebden Bridge HX7 6DL", "T 01422 842 660 · accounts@caldervalleymech.co.uk",
                        "VAT Reg No. GB 917 2204 58"]}
    page = sheet("en", seller, ["Ashworth Build Ltd", "Commercial Department", "Riverside Court, Dean Clough",
                                "Halifax HX3 5AX"], "TAX INVOICE",
                 [("Invoice No.", no), ("Tax point", mk.date_in("en", d, "short-en")), ("Application No.", "3"),
                  ("Order No.", "AB/2219/M&E"), ("Due date", mk.date_in("en", due_date, "short-en")),
                  ("Final date for payment", mk.date_in("en", final, "short-en"))],
                 ["Application for Payment No. 3, valuation to 20 Nov 2026", "£"],
                 [["Contract works to date (breakdown attached to our covering email)", m(works, "en")],
                  ["Variations to date (VO1-VO4)", m(variations, "en")],
                  ["**Gross valuation", m(gross, "en")],
                  ["Less retention 5%", "-" + m(ret, "en")],
                  ["Less previously applied (Applications 1-2)", "-" + m(prev, "en")]],
                 [("Net amount this application", m(this, "en"), False),
                  ("VAT 20% reverse charge", m(0, "en"), False), ("Amount due", ml(this, "GBP", "en"), True)],
                 to_label="To", tot_x=290, colw=90,
                 notes=["Project 2219: Marsden Mill apartments, mechanical installation.",
                        "Reverse charge: customer to account to HMRC for the VAT (domestic reverse charge for",
                        "construction services). Gross payment status under CIS: no deduction to be made.",
                        "Payment by BACS: Calder Valley Mechanical Ltd, IBAN %s." % mk.iban_spaced(ib)])
    text = ("Dear Sirs,\n\nPlease find attached our Application for Payment No. 3 for Marsden Mill (invoice %s), valued "
            "to 20 November. The breakdown of works to date is the same format as before.\n\nKind regards,\n\n"
            "Sarah Whitworth\nCommercial Manager\nCalder Valley Mechanical Ltd\n" % no)
    exp = mk.expected(no, this, this, d, final, "Ashworth Build Ltd", "payables@ashworthbuild.co.uk",
                      ib, True, "en", currency="GBP")
    return send(rid, "sage", "en", rng, "accounts@caldervalleymech.co.uk", "Calder Valley Mechanical Ltd",
                "Ashworth Build Payables", "payables@ashworthbuild.co.uk",
                "Marsden Mill - Application No. 3 / Invoice %s" % no, d, exp=exp, text=text, pages=[page],
                fname="SI-0764 Application 3.pdf",
                note="Cumulative valuation: the amount of this application is total and due; 'Due date' and "
                     "'Final date for payment' both printed, the final date labelled.")


def uk_tradify_consumer_unit(rid, rng):
    """UK Tradify, HTML cover with the PDF: an electrician's consumer unit upgrade at a household."""
    d = D(2026, 12, 5)
    due = d + mk.days(7)
    ib = mk.iban(rng, "GB")
    lines = [L("Consumer unit 18th Edition, 14-way, metal clad", 1, "", 18450),
             L("RCBO 32A/30mA type A", 10, "", 3850),
             L("Labour: replace consumer unit, test circuits", 9, "hrs", 4500),
             L("EICR and certificate", 1, "", 16000),
             L("Building control notification (Part P)", 1, "", 3500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 20)
    tot = net + vat
    no = "INV-0388"
    seller = {"name": "KW Electrical Services", "addr": "",
              "lines": ["Kieran Walsh t/a KW Electrical Services", "7 Beech Grove, Reading RG2 7HS",
                        "07712 408 931 · office@kwelectrical.co.uk", "VAT No. GB 402 7739 15 · NICEIC Approved Contractor"]}
    page = sheet("en", seller, ["Ms Priya Chauhan", "41 Northcourt Avenue", "Reading RG2 7HQ"], "Tax Invoice",
                 [("Invoice #", no), ("Issued", mk.date_in("en", d, "dmy/")), ("Due", mk.date_in("en", due, "dmy/")),
                  ("Job", "J-1129 Consumer unit")],
                 ["Description", "Qty", "Unit price", "Amount"],
                 [[x["desc"], x["qty"], m(x["price"], "en"), m(x["amount"], "en")] for x in lines],
                 [("Subtotal", m(net, "en"), False), ("VAT 20%", m(vat, "en"), False),
                  ("Total", ml(tot, "GBP", "en"), True)], to_label="Invoice to",
                 notes=["Payment terms: 7 days.", "Bank transfer: KW Electrical Services, IBAN %s" % mk.iban_spaced(ib),
                        "Your Electrical Installation Certificate will be emailed once payment is received."])
    html = ("<html><body><div style=\"max-width:600px;font-family:Helvetica,Arial\">"
            "<p>Hi Priya,</p><p>Thanks for choosing KW Electrical Services. Please find attached invoice %s for the "
            "consumer unit upgrade.</p><p><b>Total: £%s</b><br>Due: %s</p>"
            "<p><a href=\"https://go.tradifyhq.com/inv/7f31c0a2\" style=\"background:#1e88e5;color:#fff;padding:8px 14px\">"
            "View Invoice</a></p><p>Kind regards,<br>Kieran Walsh<br>KW Electrical Services</p></div></body></html>"
            % (no, m(tot, "en"), mk.date_in("en", due, "dmy/")))
    exp = mk.expected(no, tot, tot, d, due, "Priya Chauhan", "priya.chauhan@outlook.com", ib, False, "en",
                      currency="GBP")
    return send(rid, "tradify", "en", rng, "office@kwelectrical.co.uk", "KW Electrical Services", "Priya Chauhan",
                "priya.chauhan@outlook.com", "Invoice %s from KW Electrical Services" % no, d, exp=exp, html=html,
                pages=[page], fname="Invoice-%s.pdf" % no,
                note="Tradify's HTML cover with total and due date above the PDF.")


def uk_servicem8_plumber(rid, rng):
    """UK ServiceM8 HTML: a sole-trader plumber not VAT registered, sort code and account in the body."""
    d = D(2026, 10, 19)
    due = d + mk.days(14)
    sc, acc = sortcode(rng)
    lines = [L("Attend no hot water call-out", 1, "", 6500),
             L("Replace diverter valve (Worcester Greenstar)", 1, "", 9840),
             L("Labour", "1.5", "hrs", 5000)]
    tot = sum(x["amount"] for x in lines)
    no = "1463"
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">£%s</td></tr>"
                   % (x["desc"], x["qty"], m(x["amount"], "en")) for x in lines)
    html = ("<html><body><table width=\"100%%\" style=\"font-family:Arial\"><tr><td><h2>Dunmore Plumbing &amp; "
            "Heating</h2><p>Invoice #%s<br>Job address: 6 Wentworth Close, Sheffield S10 4LF</p></td></tr></table>"
            "<p>Hi Alan,</p><p>Thanks for having us out. Your invoice is below.</p>"
            "<table style=\"font-family:Arial;border-collapse:collapse\">"
            "<tr><th align=\"left\">Item</th><th>Qty</th><th>Amount</th></tr>%s"
            "<tr><td colspan=\"2\"><b>Total</b></td><td align=\"right\"><b>£%s</b></td></tr></table>"
            "<p>Invoice date: %s<br>Payment terms: due within 14 days<br>Not VAT registered</p>"
            "<p>Bank transfer: Dunmore Plumbing &amp; Heating<br>Sort code %s &nbsp; Account %s<br>"
            "Please use %s as the reference.</p>"
            "<p><a href=\"https://go.servicem8.com/inv/9c44e2\">View invoice online</a></p>"
            "<p>Cheers,<br>Lee Dunmore</p></body></html>"
            % (no, rows, m(tot, "en"), mk.date_in("en", d), sc, acc, no))
    exp = mk.expected(no, tot, tot, d, due, "Alan Greaves", "alan.greaves@gmail.com", None, False, "en",
                      currency="GBP")
    return send(rid, "servicem8", "en", rng, "lee@dunmoreplumbing.co.uk", "Dunmore Plumbing & Heating",
                "Alan Greaves", "alan.greaves@gmail.com", "Invoice #%s from Dunmore Plumbing & Heating" % no, d,
                exp=exp, html=html,
                note="HTML only; no VAT; sort code and account; the debtor's surname only in the To header.")


def uk_roofer_word(rid, rng):
    """UK Word PDF: a sole-trader roofer, not VAT registered, a labelled payment reference, sort code only."""
    d = D(2026, 11, 2)
    due = d + mk.days(14)
    sc, acc = sortcode(rng)
    lines = [L("Strip and re-bed ridge tiles, 11 m", 1, "", 64000),
             L("Replace slipped and broken concrete tiles", 20, "", 850),
             L("Clear and reseal valley gutter", 1, "", 18500),
             L("Scaffold tower hire and erection (3 days)", 1, "", 21000)]
    tot = sum(x["amount"] for x in lines)
    no = "0212"
    ref = "HOLLOWAY12"
    seller = {"name": "Pete Marsh Roofing", "addr": "",
              "lines": ["3 Chapel Row, Canterbury CT2 8JU  |  07831 205 116  |  pete@marshroofing.co.uk"]}
    page = sheet("word", seller, ["Mrs Joan Holloway", "Orchard Cottage, Mill Lane", "Bridge", "Canterbury CT4 5AB"],
                 "INVOICE", [("Invoice No:", no), ("Date:", mk.date_in("en", d))],
                 ["Work carried out", "Qty", "Price", "Total"],
                 [[x["desc"], x["qty"], "£" + m(x["price"], "en"), "£" + m(x["amount"], "en")] for x in lines],
                 [("Total due", "£" + m(tot, "en"), True)],
                 notes=["Not VAT registered.", "Payment within 14 days of the invoice date please, by bank transfer to:",
                        "P. Marsh, sort code %s, account no. %s" % (sc, acc), "Payment reference: %s" % ref, "",
                        "All workmanship guaranteed for 5 years. Thank you for your custom."], colw=70)
    text = ("Dear Mrs Holloway,\n\nPlease find attached my invoice for the work on the roof last week.\n\n"
            "Many thanks,\nPete Marsh\nPete Marsh Roofing\n")
    exp = mk.expected(no, tot, tot, d, due, "Joan Holloway", "joan.holloway@talktalk.net", None, False, "en",
                      reference=ref, currency="GBP")
    return send(rid, "word", "en", rng, "pete@marshroofing.co.uk", "Pete Marsh Roofing", "Joan Holloway",
                "joan.holloway@talktalk.net", "Invoice 0212 - roof repairs", d, exp=exp, text=text, pages=[page],
                fname="Invoice 0212 Holloway.pdf",
                note="A 'Payment reference' field that is not the invoice number (labelled); no IBAN.")


def uk_painter_typed(rid, rng):
    """UK typed in the mail: a painter and decorator's short invoice, sort code and account."""
    d = D(2026, 11, 27)
    due = d + mk.days(14)
    sc, acc = sortcode(rng)
    lab, mats = 132000, 32000
    tot = lab + mats
    text = ("Hi Tom,\n\nAll finished at yours - hope you're happy with it. Here's the invoice:\n\n"
            "INVOICE 27\nDate: %s\n\nDecorating: hall, stairs and landing, 2 coats walls, woodwork glossed\n"
            "Labour (6 days): £%s\nMaterials (Dulux trade, caulk, filler): £%s\nTOTAL: £%s\n\n"
            "I'm not VAT registered. Payment within 14 days please to G. Pruitt, sort code %s, account %s.\n\n"
            "Cheers,\nGary Pruitt\nPruitt Decorating\n07940 511 203\n"
            % (mk.date_in("en", d, "dmy/"), m(lab, "en"), m(mats, "en"), m(tot, "en"), sc, acc))
    exp = mk.expected("27", tot, tot, d, due, "Tom Ashby", "tom.ashby@icloud.com", None, False, "en", currency="GBP")
    return send(rid, "typed", "en", rng, "gary@pruittdecorating.co.uk", "Gary Pruitt", "Tom Ashby",
                "tom.ashby@icloud.com", "Invoice - hall stairs and landing", d, exp=exp, text=text,
                note="Typed; the number 27 alone; the debtor named in the To header.")


def uk_final_account_xero(rid, rng):
    """UK Xero PDF: final account of an extension for a household with variations, the stage payments subtracted."""
    d = D(2026, 12, 9)
    due = d + mk.days(14)
    sc, acc = sortcode(rng)
    ib = mk.iban(rng, "GB")
    contract = 4890000
    var = [("V1 additional steel beam to kitchen opening", 134000), ("V2 upgrade to aluminium bifold doors", 218500),
           ("V3 omit provisional sum for downlights", -62000)]
    net = contract + sum(v for _, v in var)
    vat = pct(net, 20)
    tot = net + vat
    stage = pct(contract, 30)
    stage_g = stage + pct(stage, 20)
    paid = 3 * stage_g
    no = "INV-2247"
    seller = {"name": "Hartley & Sons Building Ltd", "addr": "",
              "lines": ["Unit 4, Kirkstall Industrial Park", "Leeds LS5 3BT", "accounts@hartleybuild.co.uk",
                        "VAT No. GB 284 6613 09"]}
    rows = [["Contract sum, two-storey side extension", "1.00", m(contract, "en"), "20%", m(contract, "en")]]
    rows += [[t, "1.00", m(v, "en"), "20%", m(v, "en")] for t, v in var]
    page = sheet("en", seller, ["Dr Nadia Rahman", "9 Weetwood Lane", "Leeds", "LS16 5NT"], "TAX INVOICE",
                 [("Invoice Date", mk.date_in("en", d, "short-en")), ("Invoice Number", no),
                  ("Reference", "Final account"), ("Due Date", mk.date_in("en", due, "short-en"))],
                 ["Description", "Quantity", "Unit Price", "VAT", "Amount GBP"], rows,
                 [("Subtotal", m(net, "en"), False), ("TOTAL VAT 20%", m(vat, "en"), False),
                  ("TOTAL GBP", m(tot, "en"), True), ("Less Payments", "-" + m(paid, "en"), False),
                  ("AMOUNT DUE GBP", m(tot - paid, "en"), True)], colw=62,
                 notes=["Payments received: INV-2105, INV-2134 and INV-2168, stages 1-3 (30% each, incl. VAT).",
                        "Bank: Hartley & Sons Building Ltd, sort code %s, account %s, IBAN %s" % (sc, acc,
                                                                                             mk.iban_spaced(ib))])
    text = ("Hi Nadia,\n\nHere's invoice %s for £%s.\n\nThe amount outstanding of £%s is due on %s.\n\n"
            "View your bill online: https://in.xero.com/Tz2mQx8rVa1\n\nIf you have any questions, please let us know.\n\n"
            "Thanks,\nHartley & Sons Building Ltd\n"
            % (no, m(tot, "en"), m(tot - paid, "en"), mk.date_in("en", due, "short-en")))
    exp = mk.expected(no, tot - paid, tot, d, due, "Dr Nadia Rahman", "n.rahman@doctors.org.uk", ib, False, "en",
                      currency="GBP")
    return send(rid, "xero", "en", rng, "accounts@hartleybuild.co.uk", "Hartley & Sons Building Ltd", "Dr Nadia Rahman",
                "n.rahman@doctors.org.uk", "Invoice %s from Hartley & Sons Building Ltd for Dr Nadia Rahman" % no, d,
                exp=exp, text=text, pages=[page], fname="Invoice %s.pdf" % no,
                note="Final account with additions and an omission; three stage payments incl. VAT subtracted.")


def uk_kitchen_deposit(rid, rng):
    """UK QuickBooks PDF: a kitchen fitter's 40% deposit invoice before ordering, due on receipt."""
    d = D(2026, 10, 6)
    ib = mk.iban(rng, "GB")
    est = 1435000
    net = pct(est, 40)
    vat = pct(net, 20)
    tot = net + vat
    no = "3309"
    seller = {"name": "Oakline Kitchens Ltd", "addr": "",
              "lines": ["The Old Sawmill, Stroud GL5 3JX", "01453 761 220", "hello@oaklinekitchens.co.uk",
                        "VAT Registration No. 226 9014 77"]}
    page = sheet("en", seller, ["Mr Samuel Osei", "Rodborough House, 12 Butterrow Hill", "Stroud GL5 3TT"], "INVOICE",
                 [("INVOICE NO.", no), ("DATE", mk.date_in("en", d, "dmy/")), ("DUE DATE", mk.date_in("en", d, "dmy/")),
                  ("TERMS", "Due on receipt")],
                 ["ACTIVITY", "QTY", "RATE", "AMOUNT"],
                 [["Deposit 40%: kitchen supply and fit per estimate 1172", "1", m(net, "en"), m(net, "en")],
                  ["(estimate total £%s + VAT)" % m(est, "en")]],
                 [("SUBTOTAL", m(net, "en"), False), ("VAT @ 20%", m(vat, "en"), False),
                  ("BALANCE DUE", ml(tot, "GBP", "en"), True)], to_label="BILL TO",
                 notes=["Cabinets and appliances are ordered on receipt of this deposit; lead time 6-8 weeks.",
                        "Balance invoiced on completion of fitting.",
                        "Bank transfer: Oakline Kitchens Ltd, IBAN %s (BIC LOYDGB21)" % mk.iban_spaced(ib)])
    text = ("Dear Samuel Osei,\n\nHere's your invoice! We appreciate your prompt payment.\n\n"
            "Thanks for your business!\nOakline Kitchens Ltd\n")
    exp = mk.expected(no, tot, tot, d, d, "Samuel Osei", "sam.osei@gmail.com", ib, False, "en", currency="GBP")
    return send(rid, "quickbooks", "en", rng, "hello@oaklinekitchens.co.uk", "Oakline Kitchens Ltd", "Samuel Osei",
                "sam.osei@gmail.com", "Invoice %s from Oakline Kitchens Ltd" % no, d, exp=exp, text=text, pages=[page],
                fname="Invoice_%s_from_Oakline_Kitchens_Ltd.pdf" % no,
                note="Deposit invoice before materials are ordered; 'Due on receipt' gives the issue date.")


def uk_retention_release(rid, rng):
    """UK Sage PDF: invoice for the first half of the retention released at practical completion, reverse charge."""
    d = D(2026, 12, 10)
    due = d + mk.days(30)
    ib = mk.iban(rng, "GB")
    final = 14638000
    rel = pct(final, "2.5")
    no = "SI-0781"
    seller = {"name": "Calder Valley Mechanical Ltd", "addr": "",
              "lines": ["Mytholm Works, Hebden Bridge HX7 6DL", "T 01422 842 660 · accounts@caldervalleymech.co.uk",
                        "VAT Reg No. GB 917 2204 58"]}
    page = sheet("en", seller, ["Ashworth Build Ltd", "Commercial Department", "Riverside Court, Dean Clough",
                                "Halifax HX3 5AX"], "TAX INVOICE",
                 [("Invoice No.", no), ("Invoice date", mk.date_in("en", d, "short-en")), ("Order No.", "AB/2143/M&E"),
                  ("Terms", "30 days")],
                 ["Description", "£"],
                 [["Project 2143: Sowerby Bridge health centre, mechanical services"],
                  ["Release of retention, first moiety (2.5%) on practical completion (certified 27 Nov 2026)",
                   m(rel, "en")],
                  ["Agreed final account value £%s" % m(final, "en")]],
                 [("Net", m(rel, "en"), False), ("VAT 20% reverse charge", m(0, "en"), False),
                  ("Invoice total", ml(rel, "GBP", "en"), True)], to_label="To", colw=90,
                 notes=["Reverse charge: customer to account to HMRC for the VAT.",
                        "The second moiety falls due at the end of the 12-month defects period.",
                        "Payment within 30 days to Calder Valley Mechanical Ltd, IBAN %s." % mk.iban_spaced(ib)])
    text = ("Dear Sirs,\n\nFollowing practical completion at Sowerby Bridge, please find attached our invoice %s for the "
            "release of the first half of the retention.\n\nKind regards,\n\nSarah Whitworth\nCommercial Manager\n"
            "Calder Valley Mechanical Ltd\n" % no)
    exp = mk.expected(no, rel, rel, d, due, "Ashworth Build Ltd", "payables@ashworthbuild.co.uk", ib, True, "en",
                      currency="GBP")
    return send(rid, "sage", "en", rng, "accounts@caldervalleymech.co.uk", "Calder Valley Mechanical Ltd",
                "Ashworth Build Payables", "payables@ashworthbuild.co.uk",
                "Sowerby Bridge - retention release invoice %s" % no, d, exp=exp, text=text, pages=[page],
                fname="SI-0781 Retention release.pdf",
                note="Retention money released at practical completion as an invoice; final account value printed.")


def ie_rct_drylining(rid, rng):
    """IE Xero PDF: drylining subcontractor, VAT reverse charge, an RCT deduction at 20% printed, net payable."""
    d = D(2026, 11, 11)
    due = d + mk.days(30)
    ib = mk.iban(rng, "IE")
    lines = [L("Metal stud partitions, board and skim, Block C", 412, "m2", 3850),
             L("MF ceilings, levels 1-2", 186, "m2", 2920),
             L("Fire-stopping and access panels", 1, "", 68300)]
    net = sum(x["amount"] for x in lines)
    rct = pct(net, 20)
    no = "INV-0617"
    seller = {"name": "Moran Drylining Ltd", "addr": "",
              "lines": ["Unit 12, Ballybrit Business Park", "Galway H91 K2F3", "accounts@morandrylining.ie",
                        "VAT No. IE 3481207QH"]}
    page = sheet("en", seller, ["Brennan Contractors Ltd", "Finance Office", "Tuam Road", "Galway H91 E6P0"], "INVOICE",
                 [("Invoice Date", mk.date_in("en", d, "short-en")), ("Invoice Number", no),
                  ("Reference", "Knocknacarra Phase 2"), ("Due Date", mk.date_in("en", due, "short-en"))],
                 ["Description", "Quantity", "Unit Price", "Amount EUR"], table_rows(lines, "en", unit_col=False),
                 [("Subtotal", m(net, "en"), False), ("VAT (reverse charge)", m(0, "en"), False),
                  ("TOTAL EUR", m(net, "en"), True), ("Less RCT deducted at 20%", "-" + m(rct, "en"), False),
                  ("NET PAYABLE EUR", m(net - rct, "en"), True)], tot_x=300,
                 notes=["VAT on construction services: reverse charge, principal contractor to account for VAT at 13.5%.",
                        "RCT: deduction rate 20% per our Revenue deduction authorisation; please pay the net amount.",
                        "Bank: AIB, Moran Drylining Ltd, IBAN %s" % mk.iban_spaced(ib)])
    text = ("Hi there,\n\nHere's invoice %s for €%s.\n\nThe amount outstanding of €%s is due on %s.\n\n"
            "View your bill online: https://in.xero.com/Rk4nPw0sYd7\n\nThanks,\nMoran Drylining Ltd\n"
            % (no, m(net, "en"), m(net - rct, "en"), mk.date_in("en", due, "short-en")))
    exp = mk.expected(no, net - rct, net, d, due, "Brennan Contractors Ltd", "accounts@brennancontractors.ie", ib, True,
                      "en")
    return send(rid, "xero", "en", rng, "accounts@morandrylining.ie", "Moran Drylining Ltd", "Brennan Contractors",
                "accounts@brennancontractors.ie", "Invoice %s from Moran Drylining Ltd" % no, d, exp=exp, text=text,
                pages=[page], fname="Invoice %s.pdf" % no,
                note="Irish RCT deduction printed on the invoice with a net payable; VAT reverse charge.")


def ie_stage_sage(rid, rng):
    """IE Sage PDF: a builder's stage payment on an extension at 13.5% VAT for a couple."""
    d = D(2026, 10, 14)
    due = d + mk.days(14)
    ib = mk.iban(rng, "IE")
    net = 2400000
    vat = pct(net, "13.5")
    tot = net + vat
    no = "1094"
    seller = {"name": "Keane Building & Renovations Ltd", "addr": "",
              "lines": ["Ballincollig Business Park, Co. Cork P31 XW42", "021 487 3310 · office@keanebuilding.ie",
                        "VAT Reg. IE 9731486K"]}
    page = sheet("en", seller, ["Ciarán and Aoife Byrne", "Ardrum House, Inniscarra", "Co. Cork P31 FT62"],
                 "INVOICE",
                 [("Invoice No.", no), ("Date", mk.date_in("en", d)), ("Account", "BYR001")],
                 ["Description", "Net", "VAT %", "VAT"],
                 [["Stage payment 2: extension roof on and weathertight", m(net, "en"), "13.5", m(vat, "en")]],
                 [("Total net", m(net, "en"), False), ("Total VAT", m(vat, "en"), False),
                  ("Invoice total", ml(tot, "EUR", "en"), True)], to_label="Invoice to",
                 notes=["Terms: strictly 14 days from invoice date.",
                        "Please pay by EFT to Keane Building & Renovations Ltd, IBAN %s, BIC BOFIIE2D." % mk.iban_spaced(ib),
                        "Stage 3 (first fix and plastering) will be invoiced on completion."])
    text = ("Dear Ciarán and Aoife,\n\nPlease find attached invoice %s for stage 2 of your extension.\n\n"
            "Kind regards,\nMáire Keane\nKeane Building & Renovations Ltd\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Ciarán and Aoife Byrne", "aoife.byrne@eircom.net", ib, False, "en")
    return send(rid, "sage", "en", rng, "office@keanebuilding.ie", "Keane Building & Renovations Ltd",
                "Aoife Byrne", "aoife.byrne@eircom.net", "Invoice %s - stage payment 2" % no, d, exp=exp, text=text,
                pages=[page], fname="Invoice %s.pdf" % no, note="Irish 13.5% construction VAT; a couple as printed.")


def ie_qbo_electrician(rid, rng):
    """IE QuickBooks HTML: an electrician's invoice with the facts and a Review and pay button in the body."""
    d = D(2026, 11, 20)
    due = d + mk.days(14)
    ib = mk.iban(rng, "IE")
    lines = [L("Rewire kitchen circuits and install 6 double sockets", 1, "", 68000),
             L("LED downlights supplied and fitted", 8, "", 3400),
             L("Safe Electric certificate", 1, "", 9000)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, "13.5")
    tot = net + vat
    no = "2051"
    rows = "".join("<tr><td>%s</td><td>%s</td><td align=\"right\">€%s</td></tr>" % (x["desc"], x["qty"],
                                                                                   m(x["amount"], "en")) for x in lines)
    html = ("<html><body style=\"font-family:Arial\"><div style=\"max-width:560px\">"
            "<p style=\"font-size:18px\">Nolan Electrical Services</p>"
            "<p>INVOICE %s DETAILS</p><p style=\"font-size:28px\">€%s</p>"
            "<p>Due %s</p><p><a href=\"https://connect.intuit.com/t/scs-v1-8b21e\" style=\"background:#2ca01c;"
            "color:#fff;padding:10px 24px\">Review and pay</a></p>"
            "<p>Dear Siobhán Kelly,</p><p>Here's your invoice! We appreciate your prompt payment.</p>"
            "<table>%s<tr><td colspan=\"2\">Subtotal</td><td align=\"right\">€%s</td></tr>"
            "<tr><td colspan=\"2\">VAT 13.5%%</td><td align=\"right\">€%s</td></tr>"
            "<tr><td colspan=\"2\"><b>Balance due</b></td><td align=\"right\"><b>€%s</b></td></tr></table>"
            "<p>Invoice date: %s. Terms: Net 14.<br>Or pay by bank transfer to IBAN %s.</p>"
            "<p>Thanks for your business!<br>Nolan Electrical Services<br>Unit 3, Baldoyle Industrial Estate, Dublin 13"
            "<br>VAT IE 6388215R</p></div></body></html>"
            % (no, m(tot, "en"), mk.date_in("en", due, "dmy/"), rows, m(net, "en"), m(vat, "en"), m(tot, "en"),
               mk.date_in("en", d, "dmy/"), mk.iban_spaced(ib)))
    exp = mk.expected(no, tot, tot, d, due, "Siobhán Kelly", "siobhan.kelly@gmail.com", ib, False, "en")
    return send(rid, "quickbooks", "en", rng, "accounts@nolanelectrical.ie", "Nolan Electrical Services",
                "Siobhán Kelly", "siobhan.kelly@gmail.com", "Invoice %s from Nolan Electrical Services" % no, d,
                exp=exp, html=html, note="QuickBooks' hosted mail with the facts in the HTML; 13.5% VAT.")


def ie_tiler_typed(rid, rng):
    """IE typed in the mail: a sole-trader tiler not registered for VAT, IBAN, 7 days."""
    d = D(2026, 12, 11)
    due = d + mk.days(7)
    ib = mk.iban(rng, "IE")
    lab, adh = 148000, 26500
    tot = lab + adh
    no = "118"
    text = ("Hi Declan,\n\nThanks again for the work. Invoice below for the en-suite and utility.\n\n"
            "Invoice No. %s\nDate: %s\n\nTiling en-suite walls and floor, utility floor: €%s\n"
            "Adhesive, grout, trims, levelling compound: €%s\nTotal: €%s\n\n"
            "Not registered for VAT. Payment within 7 days to IBAN %s (Shane Brady).\n\n"
            "Thanks a million,\nShane\nBrady Tiling, Navan, Co. Meath\n087 214 5530\n"
            % (no, mk.date_in("en", d, "dmy/"), m(lab, "en"), m(adh, "en"), m(tot, "en"), mk.iban_spaced(ib)))
    exp = mk.expected(no, tot, tot, d, due, "Declan Murphy", "declanmurphy@yahoo.ie", ib, False, "en")
    return send(rid, "typed", "en", rng, "bradytiling@gmail.com", "Shane Brady", "Declan Murphy",
                "declanmurphy@yahoo.ie", "Invoice 118", d, exp=exp, text=text,
                note="Typed; the IBAN in a sentence; the debtor named in the To header.")


def ie_carpentry_rct0(rid, rng):
    """IE Word PDF: carpentry subcontractor's valuation invoice, RCT rate 0% noted, VAT reverse charge."""
    d = D(2026, 11, 6)
    due = d + mk.days(30)
    ib = mk.iban(rng, "IE")
    lines = [L("First fix: stud walls, roof carcassing, window boards (units 1-6)", 1, "", 1864000),
             L("Second fix: doors hung, skirting and architrave (units 1-3)", 1, "", 792000),
             L("Dayworks per signed sheets 14-17", 31, "hrs", 4200)]
    net = sum(x["amount"] for x in lines)
    no = "2026-031"
    seller = {"name": "Fitzgerald Carpentry Ltd", "addr": "",
              "lines": ["Coolcotts, Wexford Y35 C8N2 · 053 914 2208 · accounts@fitzgeraldcarpentry.ie",
                        "VAT No. IE 4120883TH · C2/RCT registered"]}
    page = sheet("word", seller, ["Quinlan Construction Ltd", "Attn: Quantity Surveyor", "Drinagh Business Park",
                                  "Wexford Y35 R2X6"], "INVOICE - VALUATION No. 2",
                 [("Invoice No:", no), ("Date:", mk.date_in("en", d)), ("Site:", "Rosslare Road, 6 houses")],
                 ["Description", "Qty", "Rate", "Amount"],
                 [[x["desc"], x["qty"], m(x["price"], "en"), m(x["amount"], "en")] for x in lines],
                 [("Total (ex VAT)", "€" + m(net, "en"), False), ("VAT", "reverse charge", False),
                  ("Amount due", "€" + m(net, "en"), True)], colw=70,
                 notes=["VAT reverse charge: principal contractor to account for VAT (Section 16 VATCA 2010).",
                        "RCT: Revenue deduction authorisation at 0% on file; no deduction to be made.",
                        "Payment within 30 days to IBAN %s, Fitzgerald Carpentry Ltd." % mk.iban_spaced(ib)])
    text = ("Hi Colm,\n\nAttached is our valuation no. 2 / invoice %s for Rosslare Road. Daywork sheets were signed "
            "off by your site foreman.\n\nRegards,\nNiall Fitzgerald\n" % no)
    exp = mk.expected(no, net, net, d, due, "Quinlan Construction Ltd", "qs@quinlanconstruction.ie", ib, True, "en")
    return send(rid, "word", "en", rng, "accounts@fitzgeraldcarpentry.ie", "Fitzgerald Carpentry Ltd", "Colm Quinlan",
                "qs@quinlanconstruction.ie", "Valuation 2 / Invoice %s - Rosslare Road" % no, d, exp=exp, text=text,
                pages=[page], fname="Invoice 2026-031.pdf",
                note="RCT at 0% noted only (no deduction), reverse charge: total is due.")


# ================================================================ English non-invoices

def ukx_tradify_quote(rid, rng):
    """UK Tradify PDF, not an invoice: an electrician's quote with a deposit on acceptance."""
    d = D(2026, 11, 16)
    lines = [L("EV charger 7.4 kW tethered, supplied and fitted", 1, "", 89500),
             L("SWA cable run 14 m and isolator", 1, "", 21000),
             L("Earth rod and testing", 1, "", 9500)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 20)
    seller = {"name": "KW Electrical Services", "addr": "",
              "lines": ["Kieran Walsh t/a KW Electrical Services", "7 Beech Grove, Reading RG2 7HS",
                        "07712 408 931 · office@kwelectrical.co.uk", "VAT No. GB 402 7739 15"]}
    page = sheet("en", seller, ["Mr Harvey Lind", "3 Shinfield Rise", "Reading RG2 9BE"], "Quote",
                 [("Quote #", "Q-0412"), ("Date", mk.date_in("en", d, "dmy/")),
                  ("Valid until", mk.date_in("en", d + mk.days(30), "dmy/"))],
                 ["Description", "Qty", "Amount"], [[x["desc"], x["qty"], m(x["amount"], "en")] for x in lines],
                 [("Subtotal", m(net, "en"), False), ("VAT 20%", m(vat, "en"), False),
                  ("Total", ml(net + vat, "GBP", "en"), True)], to_label="Quote for",
                 notes=["A 25% deposit is payable on acceptance; we will send a deposit invoice.",
                        "Balance on completion. Accept online via the link in our email."])
    html = ("<html><body><p>Hi Harvey,</p><p>Thanks for your enquiry. Please find attached quote Q-0412 for the EV "
            "charger installation, total £%s.</p><p><a href=\"https://go.tradifyhq.com/q/51a9\">View and accept "
            "quote</a></p><p>Kind regards,<br>Kieran Walsh</p></body></html>" % m(net + vat, "en"))
    return send(rid, "tradify", "en", rng, "office@kwelectrical.co.uk", "KW Electrical Services", "Harvey Lind",
                "harvey.lind@gmail.com", "Quote Q-0412 from KW Electrical Services", d,
                why="A quote awaiting acceptance; the deposit invoice is only announced.", html=html, pages=[page],
                fname="Quote-Q-0412.pdf", note="Quote with VAT totals and a validity date.")


def ukx_cis_statement(rid, rng):
    """UK Xero PDF, not an invoice: the builder (as contractor) sends its roofing subcontractor a CIS payment
    and deduction statement."""
    d = D(2026, 11, 6)
    gross, mats = 860000, 142000
    ded = pct(gross - mats, 20)
    seller = {"name": "Hartley & Sons Building Ltd", "addr": "",
              "lines": ["Unit 4, Kirkstall Industrial Park", "Leeds LS5 3BT", "accounts@hartleybuild.co.uk",
                        "Employer's PAYE reference 120/HB44817", "Contractor UTR 53318 04427"]}
    page = sheet("en", seller, ["Ridgeway Roofing Ltd", "18 Moor Road", "Leeds LS10 2DF",
                                "Subcontractor UTR 71204 38815", "Verification no. V4471829402"],
                 "CIS Statement",
                 [("Tax month ending", "5 Nov 2026"), ("Date", mk.date_in("en", d, "short-en"))],
                 ["Payment and deduction statement", "£"],
                 [["Gross amount paid (excl. VAT)", m(gross, "en")], ["Less cost of materials", m(mats, "en")],
                  ["Amount liable to deduction", m(gross - mats, "en")],
                  ["Amount deducted (20%)", m(ded, "en")], ["**Amount payable", m(gross - ded, "en")]],
                 colw=90, to_label="Subcontractor",
                 notes=["Payment made by BACS on 3 Nov 2026 against your invoices RR-1187 and RR-1193.",
                        "Keep this statement: you will need it to claim the deduction against your tax."])
    text = ("Hi Jo,\n\nPlease find attached your CIS payment and deduction statement for the tax month ending "
            "5 November.\n\nThanks,\nAccounts\nHartley & Sons Building Ltd\n")
    return send(rid, "xero", "en", rng, "accounts@hartleybuild.co.uk", "Hartley & Sons Building Ltd", "Jo Ridgeway",
                "accounts@ridgewayroofing.co.uk", "CIS statement - tax month ending 5 November 2026", d,
                why="A CIS payment and deduction statement: it reports a payment the sender made, nothing is owed to it.",
                text=text, pages=[page], fname="CIS Statement Nov 2026.pdf",
                note="Amounts paid and deducted; invoice numbers of the subcontractor.")


def ukx_retention_reminder(rid, rng):
    """UK typed, not an invoice: the firm's own reminder to release retention at the end of the defects period."""
    d = D(2026, 12, 3)
    text = ("Dear Mark,\n\nThe 12-month defects liability period at Todmorden Road (your project 2061) ended on "
            "30 November 2026. All defects notified to us were closed out in September.\n\n"
            "Under clause 4.18 of the subcontract the second moiety of retention, £2,910.00, is now due for release. "
            "We invoiced it on 1 December as SI-0698 (copy on file with your accounts team).\n\n"
            "Could you please confirm it will be included in the next payment run?\n\n"
            "Kind regards,\n\nSarah Whitworth\nCommercial Manager\nCalder Valley Mechanical Ltd\n01422 842 660\n")
    return send(rid, "typed", "en", rng, "accounts@caldervalleymech.co.uk", "Sarah Whitworth", "Mark Ashworth",
                "m.ashworth@ashworthbuild.co.uk", "Todmorden Road - release of retention", d,
                why="The firm's own reminder about retention already invoiced (SI-0698); it chases, it does not bill.",
                text=text, note="Amount, invoice number and a due event, but a reminder.")


def ukx_variation_quote(rid, rng):
    """UK typed, not an invoice: a variation quotation asking for written instruction before work starts."""
    d = D(2026, 11, 4)
    text = ("Hi Nadia,\n\nAs discussed on site, here is our price for the extra roof light over the kitchen:\n\n"
            "Variation quotation VQ-07\n- trim opening in flat roof and install 1000x2000 fixed roof light: £1,120.00\n"
            "- plasterboard reveals and decoration: £360.00\nTotal £1,480.00 + VAT (£1,776.00)\n\n"
            "This will be added to the final account as V4. Please confirm in writing if you'd like us to go ahead; "
            "we need two weeks' notice to order the unit.\n\nBest regards,\nMatt Hartley\nHartley & Sons Building Ltd\n")
    return send(rid, "typed", "en", rng, "accounts@hartleybuild.co.uk", "Matt Hartley", "Dr Nadia Rahman",
                "n.rahman@doctors.org.uk", "Variation quote VQ-07 - roof light", d,
                why="A variation quotation waiting for the client's instruction; it will be billed in the final account.",
                text=text, note="Prices with VAT and a reference number.")


def ukx_completion_cert(rid, rng):
    """UK Word PDF, not an invoice: a kitchen completion and handover sign-off; balance invoice to follow."""
    d = D(2026, 12, 2)
    seller = {"name": "Oakline Kitchens Ltd", "addr": "",
              "lines": ["The Old Sawmill, Stroud GL5 3JX  |  01453 761 220  |  hello@oaklinekitchens.co.uk"]}
    page = sheet("word", seller, ["Mr Samuel Osei", "Rodborough House, 12 Butterrow Hill", "Stroud GL5 3TT"],
                 "Completion and Handover Certificate",
                 [("Job:", "1172 kitchen supply and fit"), ("Completed:", mk.date_in("en", d))],
                 ["Checklist", "OK"],
                 [["Cabinets, doors and drawers aligned", "yes"], ["Worktops sealed, joints filled", "yes"],
                  ["Appliances installed and tested", "yes"], ["Gas hob connected (Gas Safe cert. attached)", "yes"],
                  ["Snag: replacement plinth for sink unit on order", "open"]], colw=70,
                 notes=["Warranty: 10 years on cabinets, 2 years on installation from the completion date.",
                        "Your balance invoice will follow separately.", "",
                        "Signed for Oakline Kitchens: R. Tanner        Customer: S. Osei"])
    text = ("Dear Samuel,\n\nThank you for choosing Oakline. Attached is the signed completion and handover certificate "
            "with your warranty details. The replacement plinth will be fitted next week.\n\nKind regards,\n"
            "Rachel Tanner\nOakline Kitchens Ltd\n")
    return send(rid, "word", "en", rng, "hello@oaklinekitchens.co.uk", "Oakline Kitchens Ltd", "Samuel Osei",
                "sam.osei@gmail.com", "Your kitchen - completion certificate", d,
                why="A completion and handover certificate; it only announces the balance invoice.", text=text,
                pages=[page], fname="Completion certificate 1172.pdf", note="No amounts.")


def ukx_statement(rid, rng):
    """UK QuickBooks PDF, not an invoice: a subcontractor's statement of account to the main contractor."""
    d = D(2026, 12, 1)
    items = [("1142", D(2026, 9, 30), 598240), ("1163", D(2026, 10, 16), 441860), ("1186", D(2026, 10, 31), 588460)]
    bal = 0
    rows = []
    for n, x, a in items:
        bal += a
        rows.append([mk.date_in("en", x, "dmy/") + "  Invoice #" + n, m(a, "en"), m(bal, "en")])
    rows.append([mk.date_in("en", D(2026, 11, 14), "dmy/") + "  Payment received", "-" + m(598240, "en"),
                 m(bal - 598240, "en")])
    seller = {"name": "J. Okafor Brickwork Ltd", "addr": "",
              "lines": ["14 Foundry Lane", "Birmingham B18 6QJ", "accounts@okaforbrickwork.co.uk"]}
    page = sheet("en", seller, ["Penrose Construction Ltd", "Accounts Payable", "Penrose House, 90 Hagley Road",
                                "Birmingham B16 8LU"], "Statement",
                 [("DATE", mk.date_in("en", d, "dmy/")), ("TOTAL DUE", "£" + m(bal - 598240, "en"))],
                 ["DESCRIPTION", "AMOUNT", "BALANCE"], rows, to_label="TO", colw=80,
                 notes=["Amounts shown before CIS deductions where applicable.",
                        "Please remit any overdue balance at your earliest convenience."])
    text = ("Dear Penrose Construction Ltd,\n\nYour statement is attached. Please remit payment at your earliest "
            "convenience.\n\nThank you for your business - we appreciate it very much.\n\nSincerely,\n"
            "J. Okafor Brickwork Ltd\n")
    return send(rid, "quickbooks", "en", rng, "accounts@okaforbrickwork.co.uk", "J. Okafor Brickwork Ltd",
                "Penrose Construction Ltd", "ap@penroseconstruction.co.uk", "Statement from J. Okafor Brickwork Ltd",
                d, why="A statement of account listing earlier invoices and a payment; it bills nothing new.", text=text,
                pages=[page], fname="Statement_Penrose_Construction_Ltd.pdf", note="Statement with a balance due.")


def iex_service_reminder(rid, rng):
    """IE typed, not an invoice: annual heat pump service reminder with a price."""
    d = D(2026, 10, 23)
    text = ("Dear Róisín,\n\nYour air-to-water heat pump was installed by us in October 2025 and is due its annual "
            "service. Keeping the service up to date keeps your 5-year manufacturer warranty valid.\n\n"
            "Service price: €165.00 incl. VAT (filter clean, refrigerant check, controls and cylinder check).\n\n"
            "Reply to this email or call 01 839 4417 to book a slot in November. We'll invoice after the visit.\n\n"
            "Kind regards,\nNolan Electrical Services\nUnit 3, Baldoyle Industrial Estate, Dublin 13\n")
    return send(rid, "typed", "en", rng, "accounts@nolanelectrical.ie", "Nolan Electrical Services", "Róisín Daly",
                "roisin.daly@gmail.com", "Your heat pump service is due", d,
                why="A service reminder with a price; the invoice follows the visit.", text=text,
                note="Price, warranty and a booking request.")


def iex_estimate(rid, rng):
    """IE Word PDF, not an invoice: a builder's estimate for an attic conversion with stage payments."""
    d = D(2026, 11, 27)
    lines = [L("Attic conversion: floor, stairs, dormer to rear", 1, "", 3150000),
             L("Velux roof windows x3", 1, "", 285000), L("Insulation, slabbing and skim", 1, "", 412000),
             L("Electrics and heating to new room", 1, "", 238000)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, "13.5")
    seller = {"name": "Keane Building & Renovations Ltd", "addr": "",
              "lines": ["Ballincollig Business Park, Co. Cork P31 XW42  |  office@keanebuilding.ie", "VAT Reg. IE 9731486K"]}
    page = sheet("word", seller, ["Ms Gráinne Walsh", "14 Model Farm Road", "Cork T12 H2K8"], "ESTIMATE E-0233",
                 [("Date:", mk.date_in("en", d)), ("Valid for:", "60 days")],
                 ["Description", "Amount"], [[x["desc"], m(x["amount"], "en")] for x in lines],
                 [("Total ex VAT", "€" + m(net, "en"), False), ("VAT 13.5%", "€" + m(vat, "en"), False),
                  ("Total incl. VAT", "€" + m(net + vat, "en"), True)], colw=90,
                 notes=["Stage payments: 20% on starting, 40% at dormer weathertight, 40% on completion.",
                        "Planning exemption to be confirmed by the client's engineer. Prices exclude fire cert."])
    text = ("Dear Gráinne,\n\nThanks for meeting us last week. Please find attached our estimate for the attic "
            "conversion. Happy to go through it any time.\n\nKind regards,\nMáire Keane\n")
    return send(rid, "word", "en", rng, "office@keanebuilding.ie", "Keane Building & Renovations Ltd", "Gráinne Walsh",
                "grainne.walsh@gmail.com", "Estimate E-0233 - attic conversion", d,
                why="An estimate with a validity period; the stage payments are invoiced later.", text=text,
                pages=[page], fname="Estimate E-0233.pdf", note="Estimate with VAT and a payment schedule.")


# ================================================================ German, Austrian and Swiss invoices

def de_maler_35a_skonto(rid, rng):
    """DE lexoffice PDF: a painter at a household, § 35a labour costs and Skonto 2 % in 10 days, 30 days net."""
    d = D(2026, 10, 9)
    due = d + mk.days(30)
    ib = mk.iban(rng, "DE")
    lines = [L("Wände und Decken spachteln, grundieren, 2x streichen", "142.5", "m²", 1180),
             L("Türen und Zargen schleifen und lackieren", 6, "Stk", 6800),
             L("Material: Dispersionsfarbe, Lack, Abdeckmaterial", 1, "psch", 38640),
             L("Abdeck- und Schutzarbeiten", 4, "Std", 5200)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 19)
    tot = net + vat
    lab = 196000
    skonto = pct(tot, 2)
    no = "RE-2026-0391"
    seller = {"name": "Malerbetrieb Hofmann GmbH", "addr": "Zeller Straße 64 · 97082 Würzburg",
              "lines": ["Zeller Straße 64", "97082 Würzburg", "Tel. 0931 41 72 90", "rechnung@maler-hofmann.de",
                        "USt-IdNr. DE318204775"]}
    page = sheet("din", seller, ["Frau", "Katharina Lindner", "Frankfurter Straße 12", "97082 Würzburg"], "Rechnung",
                 [("Rechnungsnr.", no), ("Rechnungsdatum", mk.date_in("de", d)), ("Kundennr.", "10388"),
                  ("Leistungszeitraum", "28.09.-06.10.2026")],
                 ["Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamt"], table_rows(lines, "de"),
                 [("Summe netto", m(net, "de") + " €", False), ("zzgl. Umsatzsteuer 19 %", m(vat, "de") + " €", False),
                  ("Gesamtbetrag", ml(tot, "EUR", "de"), True)], colw=64,
                 intro=["Renovierung Wohnzimmer und Flur, Frankfurter Straße 12"],
                 notes=["Zahlungsbedingungen: innerhalb von 10 Tagen mit 2 %% Skonto (%s, Zahlbetrag %s)"
                        % (ml(skonto, "EUR", "de"), ml(tot - skonto, "EUR", "de")),
                        "oder innerhalb von 30 Tagen ohne Abzug.",
                        "Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG:",
                        "%s netto zzgl. %s USt = %s."
                        % (ml(lab, "EUR", "de"), ml(pct(lab, 19), "EUR", "de"), ml(lab + pct(lab, 19), "EUR", "de"))],
                 foot=["Malerbetrieb Hofmann GmbH · Sitz Würzburg · HRB 11873 · Geschäftsführer Jens Hofmann",
                       "Sparkasse Mainfranken · IBAN %s · BIC BYLADEM1SWU" % mk.iban_spaced(ib)])
    text = ("Sehr geehrte Frau Lindner,\n\nanbei erhalten Sie die Rechnung %s.\n\nBei Fragen stehen wir Ihnen gerne "
            "zur Verfügung.\n\nMit freundlichen Grüßen\nMalerbetrieb Hofmann GmbH\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Katharina Lindner", "k.lindner@web.de", ib, False, "de")
    return send(rid, "lexoffice", "de", rng, "rechnung@maler-hofmann.de", "Malerbetrieb Hofmann GmbH",
                "Katharina Lindner", "k.lindner@web.de", "Rechnung %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Rechnung_%s.pdf" % no,
                note="Skonto amount and discounted sum printed; § 35a labour costs printed; due after 30 days, full amount.")


def de_trockenbau_13b(rid, rng):
    """DE sevDesk PDF: drywall subcontractor to a builder, § 13b reverse charge, exemption certificate noted."""
    d = D(2026, 11, 3)
    due = d + mk.days(30)
    ib = mk.iban(rng, "DE")
    lines = [L("Ständerwand CW 75, doppelt beplankt, inkl. Dämmung", "86.4", "m²", 4150),
             L("Deckenbekleidung GK an Unterkonstruktion", "54.2", "m²", 3800),
             L("Revisionsöffnungen 300x300", 6, "Stk", 6400),
             L("Regiestunden lt. Stundenzettel Nr. 77-79", 8, "Std", 4900)]
    net = sum(x["amount"] for x in lines)
    no = "RE-1312"
    seller = {"name": "Trockenbau Nowak GmbH", "addr": "Torgauer Straße 233 · 04347 Leipzig",
              "lines": ["Torgauer Straße 233", "04347 Leipzig", "buero@trockenbau-nowak.de", "Tel. 0341 245 81 30",
                        "St.-Nr. 232/118/05524"]}
    page = sheet("din", seller, ["Hentschel Bau GmbH", "Buchhaltung", "Maximilianallee 4", "04129 Leipzig"], "Rechnung",
                 [("Rechnungs-Nr.", no), ("Datum", mk.date_in("de", d)), ("Kunden-Nr.", "1021"),
                  ("Ihr Auftrag", "HB-26-117")],
                 ["Pos. / Beschreibung", "Menge", "Einheit", "Preis", "Betrag"], table_rows(lines, "de"),
                 [("Nettobetrag", m(net, "de") + " €", False), ("Umsatzsteuer", "0,00 €", False),
                  ("Rechnungsbetrag", ml(net, "EUR", "de"), True)], colw=62,
                 intro=["BV Bürogebäude Prager Straße 20, Leipzig · Leistungszeitraum Oktober 2026"],
                 notes=["Steuerschuldnerschaft des Leistungsempfängers (§ 13b Abs. 2 Nr. 4 UStG).",
                        "USt-IdNr. Leistungsempfänger: DE141552906.",
                        "Eine gültige Freistellungsbescheinigung nach § 48b EStG liegt Ihnen vor.",
                        "Zahlbar innerhalb von 30 Tagen ohne Abzug."],
                 foot=["Trockenbau Nowak GmbH · Amtsgericht Leipzig HRB 39227 · GF Piotr Nowak",
                       "Volksbank Leipzig · IBAN %s" % mk.iban_spaced(ib)])
    text = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung %s.\n\nMit freundlichen Grüßen\n"
            "Piotr Nowak\nTrockenbau Nowak GmbH\n" % no)
    exp = mk.expected(no, net, net, d, due, "Hentschel Bau GmbH", "rechnungseingang@hentschel-bau.de", ib, True, "de")
    return send(rid, "sevdesk", "de", rng, "buero@trockenbau-nowak.de", "Trockenbau Nowak GmbH", "Hentschel Bau GmbH",
                "rechnungseingang@hentschel-bau.de", "Rechnung %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Rechnung_%s.pdf" % no, note="§ 13b reverse charge: the net is the total; the IBAN only in the foot.")


def de_abschlag2_kumuliert(rid, rng):
    """DE Streit V.1 PDF: 2. Abschlagsrechnung of a house shell, cumulative (work to date less the first), a
    Verwendungszweck in words."""
    d = D(2026, 11, 24)
    due = d + mk.days(21)
    ib = mk.iban(rng, "DE")
    cum, prev = 9648000, 4120000
    net = cum - prev
    vat = pct(net, 19)
    tot = net + vat
    no = "26-0318"
    vz = "AR 26-0318 Scholz"
    seller = {"name": "Bauunternehmung Krämer GmbH & Co. KG", "addr": "Pacelliallee 9 · 36043 Fulda",
              "lines": ["Pacelliallee 9", "36043 Fulda", "Telefon 0661 90 41 20", "buchhaltung@kraemer-bau.de"]}
    page = sheet("din", seller, ["Eheleute", "Tobias und Miriam Scholz", "Eichenzeller Straße 41", "36043 Fulda"],
                 "2. Abschlagsrechnung",
                 [("Rechnung Nr.", no), ("Datum", mk.date_in("de", d)), ("Projekt", "2611 EFH Scholz"),
                  ("Aufmaß vom", "20.11.2026")],
                 ["Leistung", "Betrag"],
                 [["Neubau Einfamilienhaus, Am Rosengarten 7, Fulda-Haimbach"],
                  ["Auftragssumme netto lt. Bauvertrag vom 03.06.2026: %s €" % m(18650000, "de")],
                  ["Erd-, Maurer- und Betonarbeiten, Leistungsstand lt. Aufmaß", m(cum, "de") + " €"],
                  ["abzüglich 1. Abschlagsrechnung Nr. 26-0244 vom 18.09.2026 (netto)", "-" + m(prev, "de") + " €"]],
                 [("Abschlag netto", m(net, "de") + " €", False), ("zzgl. 19 % MwSt.", m(vat, "de") + " €", False),
                  ("Rechnungsbetrag", ml(tot, "EUR", "de"), True)], colw=90,
                 notes=["Zahlbar innerhalb von 21 Tagen nach Zugang der Rechnung (§ 632a BGB).",
                        "Bankverbindung: Sparkasse Fulda, IBAN %s" % mk.iban_spaced(ib),
                        "Verwendungszweck: %s" % vz],
                 foot=["Bauunternehmung Krämer GmbH & Co. KG · AG Fulda HRA 5120 · USt-IdNr. DE112470338"])
    text = ("Sehr geehrte Frau Scholz, sehr geehrter Herr Scholz,\n\nanbei erhalten Sie die 2. Abschlagsrechnung "
            "für Ihr Bauvorhaben.\n\nMit freundlichen Grüßen\n\nBauunternehmung Krämer\nBuchhaltung\n")
    exp = mk.expected(no, tot, tot, d, due, "Tobias und Miriam Scholz", "miriam.scholz@t-online.de", ib, False, "de",
                      reference=vz)
    return send(rid, "streit", "de", rng, "buchhaltung@kraemer-bau.de", "Bauunternehmung Krämer GmbH & Co. KG",
                "Miriam Scholz", "miriam.scholz@t-online.de", "2. Abschlagsrechnung Nr. %s" % no, d, exp=exp,
                text=text, pages=[page], fname="AR_%s.pdf" % no,
                note="Cumulative: the work to date and the first invoice are neither total nor due; term from receipt.")


def de_shk_schluss(rid, rng):
    """DE pds PDF: Schlussrechnung of a heat pump with two Abschlagszahlungen subtracted and § 35a labour costs."""
    d = D(2026, 11, 30)
    due = d + mk.days(14)
    ib = mk.iban(rng, "DE")
    lines = [L("Luft-Wasser-Wärmepumpe 10 kW monoblock", 1, "Stk", 1148000),
             L("Pufferspeicher 300 l", 1, "Stk", 164000),
             L("Hydraulik, Rohrleitungen, Dämmung", 1, "psch", 231500),
             L("Heizkörper tauschen (Typ 22)", 4, "Stk", 48600),
             L("Elektroanschluss Wärmepumpe", 1, "psch", 69000),
             L("Montage", 62, "Std", 6850),
             L("Inbetriebnahme und Einweisung", 1, "psch", 38000)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 19)
    tot = net + vat
    a1, a2 = 800000, 950000
    lab = 62 * 6850 + 38000
    no = "SR-2026-0127"
    seller = {"name": "Haustechnik Brandl GmbH", "addr": "Straubinger Straße 88 · 93055 Regensburg",
              "lines": ["Straubinger Straße 88", "93055 Regensburg", "Tel. 0941 79 33 10", "rechnung@brandl-haustechnik.de",
                        "USt-IdNr. DE259114870"]}
    page = sheet("din", seller, ["Herrn", "Dr. Jens Albrecht", "Kumpfmühler Straße 15", "93051 Regensburg"],
                 "Schlussrechnung",
                 [("Rechnungsnummer", no), ("Datum", mk.date_in("de", d)), ("Kunde", "K-20931"),
                  ("Auftrag", "AB-2026-0061")],
                 ["Pos. Bezeichnung", "Menge", "Einh.", "EP €", "GP €"], table_rows(lines, "de"),
                 [("Summe netto", m(net, "de"), False), ("MwSt. 19 %", m(vat, "de"), False),
                  ("Gesamtbetrag brutto", m(tot, "de"), True),
                  ("abzgl. 1. Abschlag (AR-2026-0088 vom 04.09.2026)", "-" + m(a1, "de"), False),
                  ("abzgl. 2. Abschlag (AR-2026-0102 vom 02.10.2026)", "-" + m(a2, "de"), False),
                  ("Restbetrag", ml(tot - a1 - a2, "EUR", "de"), True)], colw=62, tot_x=250,
                 notes=["Die Abschlagszahlungen sind brutto ausgewiesen und bei uns eingegangen.",
                        "Lohnkosten gem. § 35a EStG (Montage, Inbetriebnahme): %s netto, %s brutto."
                        % (ml(lab, "EUR", "de"), ml(lab + pct(lab, 19), "EUR", "de")),
                        "Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN %s." % mk.iban_spaced(ib)],
                 foot=["Haustechnik Brandl GmbH · AG Regensburg HRB 14422 · Raiffeisenbank Regensburg"])
    text = ("Sehr geehrter Herr Dr. Albrecht,\n\nnach Abnahme Ihrer neuen Heizungsanlage übersenden wir Ihnen "
            "anbei unsere Schlussrechnung %s.\n\nMit freundlichen Grüßen\nHaustechnik Brandl GmbH\n" % no)
    exp = mk.expected(no, tot - a1 - a2, tot, d, due, "Dr. Jens Albrecht", "jens.albrecht@gmx.de", ib, False, "de")
    return send(rid, "pds", "de", rng, "rechnung@brandl-haustechnik.de", "Haustechnik Brandl GmbH", "Dr. Jens Albrecht",
                "jens.albrecht@gmx.de", "Schlussrechnung %s" % no, d, exp=exp, text=text, pages=[page],
                fname="%s.pdf" % no,
                note="Schlussrechnung: gross total, two gross Abschläge subtracted, § 35a labour costs printed.")


def de_elektro_regie_weg(rid, rng):
    """DE Label Software, two PDFs: day-work invoice for a WEG care of its manager, with the Stundenlohnzettel."""
    d = D(2026, 10, 21)
    due = d + mk.days(14)
    ib = mk.iban(rng, "DE")
    lines = [L("Elektromeister", "3.5", "Std", 7200), L("Elektrogeselle", 7, "Std", 5800),
             L("FI/LS-Schalter 1p+N B16 30 mA", 4, "Stk", 5480), L("Mantelleitung NYM-J 3x1,5", 50, "m", 112),
             L("Klein- und Befestigungsmaterial", 1, "psch", 2400), L("Anfahrt", 1, "psch", 3800)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 19)
    tot = net + vat
    no = "R-26-00517"
    seller = {"name": "Elektro Vogt e.K.", "addr": "Am Dobben 41 · 28203 Bremen",
              "lines": ["Am Dobben 41", "28203 Bremen", "Tel. 0421 70 18 44", "info@elektro-vogt.de",
                        "USt-IdNr. DE207715633"]}
    to = ["WEG Hollerallee 27", "c/o Hausverwaltung Tiedemann GmbH", "Frau Ulrike Peters", "Parkallee 102",
          "28209 Bremen"]
    page = sheet("din", seller, to, "Rechnung",
                 [("Rechnungs-Nr.", no), ("Rechnungsdatum", mk.date_in("de", d)), ("Objekt", "Hollerallee 27"),
                  ("Stundenzettel", "Nr. 4411")],
                 ["Regiearbeiten lt. Stundenlohnzettel", "Menge", "Einh.", "Preis", "Betrag"], table_rows(lines, "de"),
                 [("Nettobetrag", m(net, "de") + " €", False), ("USt. 19 %", m(vat, "de") + " €", False),
                  ("Rechnungsbetrag", ml(tot, "EUR", "de"), True)], colw=62,
                 intro=["Treppenhausbeleuchtung und Unterverteilung Keller instand gesetzt am 13.10.2026"],
                 notes=["Zahlbar innerhalb von 14 Tagen netto.",
                        "Die Arbeitskosten (Meister, Geselle, Anfahrt) betragen %s netto." % ml(25200 + 40600 + 3800, "EUR", "de")],
                 foot=["Elektro Vogt e.K. · Inh. Henning Vogt · Die Sparkasse Bremen · IBAN %s" % mk.iban_spaced(ib)])
    slz = sheet("din", seller, to, "Stundenlohnzettel Nr. 4411",
                [("Datum", "13.10.2026"), ("Objekt", "Hollerallee 27")],
                ["Tätigkeit / Material", "Meister", "Geselle", "Menge"],
                [["Fehlersuche Treppenhausbeleuchtung", "2,0", "2,0", ""],
                 ["Tausch FI/LS-Schalter Unterverteilung Keller", "1,5", "3,0", "4 Stk"],
                 ["Leitung Kellerflur neu verlegt", "", "2,0", "50 m"],
                 ["**Summe Stunden", "3,5", "7,0", ""]], colw=70,
                notes=["Arbeiten ausgeführt und anerkannt:", "",
                       "Hausmeister i.A. der Verwaltung: K. Dröge            Monteur: L. Behrens"])
    text = ("Sehr geehrte Frau Peters,\n\nanbei erhalten Sie unsere Rechnung %s für die Regiearbeiten in der "
            "Hollerallee 27 sowie den unterschriebenen Stundenlohnzettel.\n\nMit freundlichen Grüßen\nElektro Vogt e.K.\n"
            % no)
    exp = mk.expected(no, tot, tot, d, due, "WEG Hollerallee 27", "buchhaltung@hv-tiedemann.de", ib, None, "de")
    return send(rid, "label", "de", rng, "info@elektro-vogt.de", "Elektro Vogt e.K.", "Hausverwaltung Tiedemann",
                "buchhaltung@hv-tiedemann.de", "Rechnung %s - Hollerallee 27" % no, d, exp=exp, text=text,
                pages=[page], fname="Rechnung_%s.pdf" % no, pages2=[slz], fname2="Stundenlohnzettel_4411.pdf",
                pdf2="after", note="A WEG care of its property manager (business null); the signed day-work sheet attached.")


def de_abschlag3_13b_einbehalt(rid, rng):
    """DE lexoffice PDF: carpenter subcontractor's 3. Abschlagsrechnung, § 13b, 5 % Sicherheitseinbehalt deducted."""
    d = D(2026, 11, 6)
    due = d + mk.days(21)
    ib = mk.iban(rng, "DE")
    lines = [L("Abbund und Aufrichten Dachstuhl Haus B", 1, "psch", 1864000),
             L("Zwischensparrendämmung 200 mm", 312, "m²", 2450),
             L("Dampfbremse verkleben", 312, "m²", 760),
             L("Dachüberstände Traufe und Ortgang", 96, "lfm", 2380)]
    net = sum(x["amount"] for x in lines)
    sek = pct(net, 5)
    no = "AR-2026-034"
    seller = {"name": "Zimmerei Ostermann GmbH", "addr": "Zwickauer Straße 310 · 09116 Chemnitz",
              "lines": ["Zwickauer Straße 310", "09116 Chemnitz", "Tel. 0371 33 40 90", "rechnung@zimmerei-ostermann.de",
                        "USt-IdNr. DE814402217"]}
    page = sheet("din", seller, ["Richter Generalbau GmbH", "Rechnungsprüfung", "Annaberger Straße 73",
                                 "09111 Chemnitz"], "3. Abschlagsrechnung",
                 [("Rechnungsnr.", no), ("Rechnungsdatum", mk.date_in("de", d)), ("Ihre Bestellnr.", "RG-4471-07"),
                  ("Leistung", "01.-31.10.2026")],
                 ["Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamt"], table_rows(lines, "de"),
                 [("Summe netto", m(net, "de") + " €", False), ("Umsatzsteuer 0 %", "0,00 €", False),
                  ("Rechnungsbetrag", m(net, "de") + " €", True),
                  ("abzgl. 5 % Sicherheitseinbehalt (§ 17 VOB/B)", "-" + m(sek, "de") + " €", False),
                  ("Zahlbetrag", ml(net - sek, "EUR", "de"), True)], colw=64, tot_x=260,
                 intro=["BV Mehrfamilienhaus Parkstraße 9, Chemnitz, Haus B: Zimmerer- und Dämmarbeiten"],
                 notes=["Steuerschuldnerschaft des Leistungsempfängers gem. § 13b UStG.",
                        "Zahlbar innerhalb von 21 Tagen nach Rechnungseingang.",
                        "Bankverbindung: Commerzbank Chemnitz, IBAN %s" % mk.iban_spaced(ib)],
                 foot=["Zimmerei Ostermann GmbH · Amtsgericht Chemnitz HRB 21876 · Geschäftsführer Falk Ostermann"])
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung %s.\n\nMit freundlichen Grüßen\n"
            "Zimmerei Ostermann GmbH\n" % no)
    exp = mk.expected(no, net - sek, net, d, due, "Richter Generalbau GmbH", "rechnungen@richter-generalbau.de", ib,
                      True, "de")
    return send(rid, "lexoffice", "de", rng, "rechnung@zimmerei-ostermann.de", "Zimmerei Ostermann GmbH",
                "Richter Generalbau GmbH", "rechnungen@richter-generalbau.de", "Rechnung %s" % no, d, exp=exp,
                text=text, pages=[page], fname="Rechnung_%s.pdf" % no,
                note="§ 13b; a 5% security retention deducted under the total: the Zahlbetrag is due.")


def de_nachtrag_bautraeger(rid, rng):
    """DE sevDesk PDF: a roofer's invoice for Nachtrag NA 03 (extra roof windows) to a developer."""
    d = D(2026, 12, 7)
    due = d + mk.days(14)
    ib = mk.iban(rng, "DE")
    lines = [L("Dachflächenfenster 78x140 Klapp-Schwing", 4, "Stk", 61200),
             L("Eindeckrahmen für Ziegel", 4, "Stk", 14800),
             L("Einbau inkl. Anschluss Dampfbremse", 4, "Stk", 19500),
             L("Schneefanggitter verzinkt", 18, "m", 3650)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 19)
    tot = net + vat
    no = "2026-1187"
    seller = {"name": "Dachdeckerei Lorenz GmbH", "addr": "Wolfhager Straße 201 · 34127 Kassel",
              "lines": ["Wolfhager Straße 201", "34127 Kassel", "Tel. 0561 88 14 60", "buchhaltung@dach-lorenz.de"]}
    page = sheet("din", seller, ["Weserbogen Wohnbau GmbH", "Technische Abteilung", "Holländische Straße 36",
                                 "34127 Kassel"], "Rechnung Nr. %s" % no,
                 [("Datum", mk.date_in("de", d)), ("Kundennummer", "30412"), ("Nachtrag", "NA 03 vom 12.10.2026")],
                 ["Bezeichnung", "Menge", "Einheit", "Preis", "Gesamt"], table_rows(lines, "de"),
                 [("Netto", m(net, "de") + " €", False), ("19 % USt.", m(vat, "de") + " €", False),
                  ("Brutto", ml(tot, "EUR", "de"), True)], colw=62,
                 intro=["BV Stadthäuser Weserbogen, Haus 3 und 4: Nachtrag NA 03 zusätzliche Dachfenster",
                        "(Hauptauftrag Dach abgerechnet mit Schlussrechnung 2026-1090)"],
                 notes=["Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf unser Konto",
                        "IBAN %s (Kasseler Bank)." % mk.iban_spaced(ib)],
                 foot=["Dachdeckerei Lorenz GmbH · Meisterbetrieb · AG Kassel HRB 7720 · USt-IdNr. DE113882914"])
    text = ("Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie unsere Rechnung %s zum Nachtrag NA 03.\n\n"
            "Mit freundlichen Grüßen\nDachdeckerei Lorenz GmbH\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Weserbogen Wohnbau GmbH", "eingangsrechnungen@weserbogen-wohnbau.de", ib,
                      True, "de")
    return send(rid, "sevdesk", "de", rng, "buchhaltung@dach-lorenz.de", "Dachdeckerei Lorenz GmbH",
                "Weserbogen Wohnbau GmbH", "eingangsrechnungen@weserbogen-wohnbau.de",
                "Rechnung %s - Nachtrag NA 03" % no, d, exp=exp, text=text, pages=[page], fname="Rechnung-%s.pdf" % no,
                note="Invoice for a Nachtrag; the main contract's Schlussrechnung number printed beside it.")


def de_fliesen_typed(rid, rng):
    """DE typed in the mail: a tiler under the small-business rule (§ 19 UStG), a date to pay by, Verwendungszweck."""
    d = D(2026, 10, 12)
    due = D(2026, 10, 26)
    ib = mk.iban(rng, "DE")
    lines = [("Gäste-WC: Wand- und Bodenfliesen verlegt, 14 m²", 72800), ("Fugen und Silikon", 14500),
             ("Untergrund ausgleichen, Abdichtung Spritzbereich", 38600), ("Fliesenkleber, Fugenmörtel, Schienen", 12100)]
    tot = sum(a for _, a in lines)
    no = "2026-14"
    vz = "Rechnung 2026-14"
    body = "\n".join("- %s: %s €" % (t, m(a, "de")) for t, a in lines)
    text = ("Hallo Frau Brandt,\n\nvielen Dank für den Auftrag! Hier meine Rechnung:\n\nRechnung Nr. %s\n"
            "Datum: %s\nLeistung: Fliesenarbeiten Gäste-WC, ausgeführt 5.-9. Oktober 2026\n\n%s\n\n"
            "Gesamtbetrag: %s €\n\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\n"
            "Bitte überweisen Sie den Betrag bis zum %s auf:\nEmre Kaya, IBAN %s\nVerwendungszweck: %s\n\n"
            "Viele Grüße\nEmre Kaya\nFliesen Kaya, Hagenstraße 8, 44139 Dortmund\nTel. 0176 22 41 87 09\n"
            % (no, mk.date_in("de", d), body, m(tot, "de"), mk.date_in("de", due), mk.iban_spaced(ib), vz))
    exp = mk.expected(no, tot, tot, d, due, "Susanne Brandt", "susanne.brandt@gmx.net", ib, False, "de", reference=vz)
    return send(rid, "typed", "de", rng, "fliesen.kaya@gmail.com", "Emre Kaya", "Susanne Brandt",
                "susanne.brandt@gmx.net", "Rechnung Fliesenarbeiten Gäste-WC", d, exp=exp, text=text,
                note="Typed; Kleinunternehmer without VAT; a Verwendungszweck in words holding the number.")


def de_pv_anzahlung(rid, rng):
    """DE Word PDF: deposit invoice (30 %) for a PV system before the material is ordered, 0 % (§ 12 Abs. 3 UStG)."""
    d = D(2026, 11, 4)
    ib = mk.iban(rng, "DE")
    order = 2186000
    dep = pct(order, 30)
    no = "AZ-2026-071"
    seller = {"name": "Solartechnik Baumgartner GmbH", "addr": "",
              "lines": ["Kufsteiner Straße 55 · 83022 Rosenheim · Tel. 08031 35 90 77 · info@solar-baumgartner.de",
                        "Amtsgericht Traunstein HRB 24410 · USt-IdNr. DE296604183"]}
    page = sheet("word", seller, ["Familie Huber", "Am Sonnenhang 3", "83101 Rohrdorf"], "Anzahlungsrechnung",
                 [("Rechnungsnummer:", no), ("Datum:", mk.date_in("de", d)), ("Auftrag:", "AB-2026-118 vom 02.11.2026")],
                 ["Leistung", "USt.", "Betrag"],
                 [["Anzahlung 30 % auf Photovoltaikanlage 11,2 kWp mit Speicher 10 kWh", "0 %", m(dep, "de") + " €"],
                  ["Auftragssumme lt. Auftragsbestätigung: %s €" % m(order, "de")]],
                 [("Nettobetrag", m(dep, "de") + " €", False), ("Umsatzsteuer 0 %", "0,00 €", False),
                  ("Zu zahlen", ml(dep, "EUR", "de"), True)], colw=80,
                 notes=["Nullsteuersatz nach § 12 Abs. 3 UStG (Lieferung und Installation einer PV-Anlage auf einem",
                        "Wohngebäude).",
                        "Zahlbar sofort nach Erhalt ohne Abzug. Nach Zahlungseingang bestellen wir das Material;",
                        "die Montage ist für KW 50 geplant. Die Schlussrechnung folgt nach Inbetriebnahme.",
                        "Bankverbindung: VR Bank Rosenheim-Chiemsee, IBAN %s" % mk.iban_spaced(ib)])
    text = ("Liebe Familie Huber,\n\nwie besprochen erhalten Sie anbei die Anzahlungsrechnung für Ihre PV-Anlage. "
            "Sobald die Zahlung eingegangen ist, bestellen wir Module und Speicher.\n\nSonnige Grüße\n"
            "Andreas Baumgartner\n")
    exp = mk.expected(no, dep, dep, d, d, "Familie Huber", "huber.rohrdorf@t-online.de", ib, False, "de")
    return send(rid, "word", "de", rng, "info@solar-baumgartner.de", "Solartechnik Baumgartner GmbH", "Familie Huber",
                "huber.rohrdorf@t-online.de", "Anzahlungsrechnung %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Anzahlungsrechnung %s.pdf" % no,
                note="Deposit before ordering; 0% VAT; 'zahlbar sofort' gives the issue date; order sum printed.")


def at_teilrechnung_rc(rid, rng):
    """AT BMD PDF: facade subcontractor's 2. Teilrechnung, reverse charge for Bauleistungen (§ 19 Abs. 1a UStG),
    10 % Deckungsrücklass deducted, 2 % Skonto in 14 days or 30 days net."""
    d = D(2026, 10, 27)
    due = d + mk.days(30)
    ib = mk.iban(rng, "AT")
    lines = [L("WDVS-Fassade EPS-F 16 cm inkl. Armierung und Putz", 612, "m²", 4250),
             L("Fensterlaibungen gedämmt und verputzt", 148, "lfm", 1880),
             L("Gerüstvorhaltung Oktober", 1, "psch", 292760)]
    net = sum(x["amount"] for x in lines)
    dr = pct(net, 10)
    no = "2026/0218"
    seller = {"name": "Schwarz Fassaden GmbH", "addr": "Wiener Straße 131 · 4020 Linz",
              "lines": ["Wiener Straße 131", "4020 Linz", "Tel. +43 732 34 18 90", "office@schwarz-fassaden.at",
                        "UID ATU68142209", "FN 402118 g, LG Linz"]}
    page = sheet("din", seller, ["Hinterleitner Bau GmbH", "Buchhaltung / Rechnungsprüfung", "Industriezeile 28",
                                 "4020 Linz"], "2. Teilrechnung",
                 [("Rechnungsnummer", no), ("Rechnungsdatum", mk.date_in("de", d)), ("Ihre Bestellung", "HB-26-0912"),
                  ("Ihre UID", "ATU57331104")],
                 ["Leistung", "Menge", "Einh.", "EP", "Betrag"], table_rows(lines, "de"),
                 [("Summe netto", "€ " + m(net, "de"), False), ("USt", "€ 0,00", False),
                  ("Rechnungsbetrag", "€ " + m(net, "de"), True),
                  ("abzüglich 10 % Deckungsrücklass", "€ -" + m(dr, "de"), False),
                  ("Zahlbetrag", "€ " + m(net - dr, "de"), True)], colw=62, tot_x=280,
                 intro=["Bauvorhaben: Wohnanlage Auwiesen, Stiege 2 · Leistungszeitraum 01.-24.10.2026"],
                 notes=["Übergang der Steuerschuld gemäß § 19 Abs. 1a UStG (Bauleistungen); die Umsatzsteuer",
                        "schuldet der Leistungsempfänger.",
                        "Zahlungskondition: 14 Tage 2 % Skonto, 30 Tage netto.",
                        "Bankverbindung: Oberbank Linz, IBAN %s, BIC OBKLAT2L" % mk.iban_spaced(ib)])
    text = ("Sehr geehrte Damen und Herren,\n\nin der Beilage übermitteln wir Ihnen unsere 2. Teilrechnung Nr. %s "
            "für das Bauvorhaben Wohnanlage Auwiesen.\n\nMit freundlichen Grüßen\nSchwarz Fassaden GmbH\n" % no)
    exp = mk.expected(no, net - dr, net, d, due, "Hinterleitner Bau GmbH", "rechnungen@hinterleitner-bau.at", ib, True,
                      "de")
    return send(rid, "bmd", "de", rng, "office@schwarz-fassaden.at", "Schwarz Fassaden GmbH", "Hinterleitner Bau GmbH",
                "rechnungen@hinterleitner-bau.at", "2. Teilrechnung %s - WA Auwiesen" % no, d, exp=exp, text=text,
                pages=[page], fname="TR2_2026-0218.pdf",
                note="Austrian reverse charge; Deckungsrücklass deducted; Skonto term beside the 30-day net term.")


def at_bad_schluss(rid, rng):
    """AT Word PDF: an installer's Schlussrechnung for a bathroom, a deposit subtracted, 20 % USt."""
    d = D(2026, 10, 13)
    due = d + mk.days(14)
    ib = mk.iban(rng, "AT")
    lines = [L("Demontage Altbestand und Entsorgung", 1, "pausch.", 48000),
             L("Bodengleiche Dusche mit Rinne und Glaswand", 1, "Stk", 186000),
             L("Wand-WC mit Vorwandelement", 1, "Stk", 74500),
             L("Waschtisch mit Unterschrank und Armatur", 1, "Stk", 92800),
             L("Installationsmaterial", 1, "pausch.", 41260),
             L("Arbeitszeit Installateur", 38, "Std", 6400)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 20)
    tot = net + vat
    anz = 500000
    no = "SR 2026/0147"
    seller = {"name": "Haustechnik Wimmer GmbH", "addr": "",
              "lines": ["Conrad-von-Hötzendorf-Straße 94 · 8010 Graz · Tel. 0316 47 22 15 · office@wimmer-haustechnik.at",
                        "UID ATU69920144 · FN 431552 p, LG für ZRS Graz"]}
    page = sheet("word", seller, ["Herrn", "Ing. Markus Leitner", "Petersgasse 61", "8010 Graz"], "SCHLUSSRECHNUNG",
                 [("Rechnungsnummer:", no), ("Rechnungsdatum:", mk.date_in("de", d)),
                  ("Leistungszeitraum:", "21.09. bis 09.10.2026")],
                 ["Leistung", "Menge", "Einh.", "Einzelpreis", "Gesamt"], table_rows(lines, "de"),
                 [("Summe netto", "€ " + m(net, "de"), False), ("zzgl. 20 % USt", "€ " + m(vat, "de"), False),
                  ("Gesamtbetrag", "€ " + m(tot, "de"), True),
                  ("abzgl. Anzahlung 15.09.2026 (Re. 2026/0112)", "€ -" + m(anz, "de"), False),
                  ("Offener Betrag", "€ " + m(tot - anz, "de"), True)], colw=64, tot_x=240,
                 notes=["Zahlbar binnen 14 Tagen ohne Abzug auf unser Konto bei der Steiermärkischen Sparkasse,",
                        "IBAN %s." % mk.iban_spaced(ib), "Wir danken für Ihren Auftrag!"])
    text = ("Sehr geehrter Herr Ing. Leitner,\n\nanbei übermitteln wir Ihnen die Schlussrechnung für die "
            "Badsanierung.\n\nMit freundlichen Grüßen\nHaustechnik Wimmer GmbH\n")
    exp = mk.expected(no, tot - anz, tot, d, due, "Ing. Markus Leitner", "markus.leitner@aon.at", ib, False, "de")
    return send(rid, "word", "de", rng, "office@wimmer-haustechnik.at", "Haustechnik Wimmer GmbH", "Markus Leitner",
                "markus.leitner@aon.at", "Schlussrechnung Badsanierung", d, exp=exp, text=text, pages=[page],
                fname="Schlussrechnung SR 2026-0147.pdf",
                note="Austrian final invoice, a deposit subtracted; 'Ing.' kept as a title.")


def at_tischler_skonto(rid, rng):
    """AT FreeFinance PDF: a joiner's fitted kitchen for a household, 3 % Skonto in 8 days or 30 days net."""
    d = D(2026, 12, 2)
    due = d + mk.days(30)
    ib = mk.iban(rng, "AT")
    lines = [L("Küchenzeile Eiche geölt nach Aufmaß, 4,2 lfm", 1, "Stk", 784000),
             L("Arbeitsplatte Massivholz mit Ausschnitten", 1, "Stk", 168000),
             L("Hochschrank mit Einbaukühlschrank-Nische", 1, "Stk", 146500),
             L("Lieferung und Montage", 14, "Std", 5800)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 20)
    tot = net + vat
    sk = pct(tot, 3)
    no = "2026-0093"
    seller = {"name": "Tischlerei Eder", "addr": "Alpenstraße 48 · 5020 Salzburg",
              "lines": ["Tischlermeister Florian Eder", "Alpenstraße 48, 5020 Salzburg", "tischlerei@eder-moebel.at",
                        "UID ATU63310582"]}
    page = sheet("din", seller, ["Frau Mag. Julia Reiter", "Nonntaler Hauptstraße 22", "5020 Salzburg"], "Rechnung",
                 [("Rechnung Nr.", no), ("Datum", mk.date_in("de", d)), ("Kunden-Nr.", "KD-0188"),
                  ("Lieferdatum", "27.11.2026")],
                 ["Bezeichnung", "Menge", "Einheit", "Preis", "Summe"], table_rows(lines, "de"),
                 [("Netto", "€ " + m(net, "de"), False), ("20 % USt", "€ " + m(vat, "de"), False),
                  ("Gesamt", "€ " + m(tot, "de"), True)], colw=64,
                 notes=["Zahlbar innerhalb von 8 Tagen mit 3 %% Skonto (€ %s) oder innerhalb von 30 Tagen netto."
                        % m(sk, "de"),
                        "Salzburger Sparkasse · IBAN %s" % mk.iban_spaced(ib)])
    text = ("Sehr geehrte Frau Mag. Reiter,\n\nanbei erhalten Sie unsere Rechnung Nr. %s.\n\nWir freuen uns, dass "
            "Ihnen die Küche gefällt!\n\nMit freundlichen Grüßen\nFlorian Eder\n\n-- \nErstellt mit FreeFinance\n" % no)
    exp = mk.expected(no, tot, tot, d, due, "Mag. Julia Reiter", "julia.reiter@gmx.at", ib, False, "de")
    return send(rid, "freefinance", "de", rng, "tischlerei@eder-moebel.at", "Tischlerei Eder", "Julia Reiter",
                "julia.reiter@gmx.at", "Rechnung %s" % no, d, exp=exp, text=text, pages=[page],
                fname="Rechnung_%s.pdf" % no, note="Skonto amount printed; the 30-day net term and full amount labelled.")


def ch_akonto1(rid, rng):
    """CH bexio PDF: 1. Akontorechnung under a Werkvertrag for a timber extension, prices incl. 8.1 % MWST."""
    d = D(2026, 10, 5)
    due = d + mk.days(30)
    ib = mk.iban(rng, "CH")
    contract = 12480000
    gross = pct(contract, 30)
    vat = vat_held(gross, "8.1")
    no = "RE-00734"
    seller = {"name": "Holzbau Amstutz AG", "addr": "Kirchbergstrasse 120, 3400 Burgdorf",
              "lines": ["Kirchbergstrasse 120", "3400 Burgdorf", "034 422 61 80 · info@amstutz-holzbau.ch",
                        "CHE-113.842.507 MWST"]}
    page = sheet("ch", seller, ["Herr und Frau", "Stefan und Claudia Gerber", "Oberdorfstrasse 14", "3422 Kirchberg BE"],
                 "1. Akontorechnung",
                 [("Rechnung Nr.", no), ("Datum", mk.date_in("de", d)), ("Projekt", "Anbau Holzelementbau"),
                  ("Werkvertrag", "vom 18.09.2026")],
                 ["Bezeichnung", "Betrag CHF"],
                 [["Werkpreis gemäss Werkvertrag vom 18.09.2026, inkl. MWST: CHF %s" % m(contract, "ch")],
                  ["1. Akontozahlung 30 % bei Baubeginn", m(gross, "ch")]],
                 [("Total inkl. MWST", ml(gross, "CHF", "de"), True),
                  ("enthaltene MWST 8.1 %", m(vat, "ch"), False)], colw=90,
                 notes=["Zahlbar innert 30 Tagen netto.",
                        "Bank: Berner Kantonalbank, IBAN %s, zugunsten Holzbau Amstutz AG" % mk.iban_spaced(ib),
                        "Weitere Akontozahlungen gemäss Zahlungsplan: 30 % Aufrichte, 30 % Dach dicht, 10 % Abnahme."])
    text = ("Guten Tag Herr und Frau Gerber\n\nIm Anhang finden Sie die 1. Akontorechnung %s zum Werkvertrag.\n\n"
            "Freundliche Grüsse\nHolzbau Amstutz AG\n" % no)
    exp = mk.expected(no, gross, gross, d, due, "Stefan und Claudia Gerber", "gerber.kirchberg@bluewin.ch", ib, False,
                      "de", currency="CHF")
    return send(rid, "bexio", "de", rng, "info@amstutz-holzbau.ch", "Holzbau Amstutz AG", "Claudia Gerber",
                "gerber.kirchberg@bluewin.ch", "Rechnung %s von Holzbau Amstutz AG" % no, d, exp=exp, text=text,
                pages=[page], fname="Rechnung %s.pdf" % no,
                note="Swiss Akonto 1 of 4, VAT included; the contract's price printed above; 'Herr und Frau' dropped.")


def ch_schluss_akonto_rf(rid, rng):
    """CH Abacus PDF: plumbing Schlussrechnung to a general contractor, discount, Akontos subtracted, RF reference."""
    d = D(2026, 12, 14)
    due = d + mk.days(30)
    ib = mk.iban(rng, "CH")
    items = [("Sanitärinstallationen gemäss Werkvertrag W-2611", 8640000),
             ("Nachtrag 1: zusätzliche Waschtische UG", 426000),
             ("Regiearbeiten gemäss Rapporten 101-108", 318550)]
    sub = sum(a for _, a in items)
    rab = pct(sub, 2)
    net = sub - rab
    vat = pct(net, "8.1")
    tot = net + vat
    ak = [("1. Akonto (RE 2026-5312)", 3000000), ("2. Akonto (RE 2026-5390)", 3000000), ("3. Akonto (RE 2026-5477)", 2000000)]
    paid = sum(a for _, a in ak)
    ref = mk.rf("2026556100")
    no = "2026-5561"
    seller = {"name": "Sanitär Hänni AG", "addr": "Gwattstrasse 44, 3604 Thun",
              "lines": ["Gwattstrasse 44, 3604 Thun", "033 336 72 10 · buchhaltung@haenni-sanitaer.ch",
                        "MWST-Nr. CHE-105.338.921 MWST"]}
    page = sheet("ch", seller, ["Bürki Generalunternehmung AG", "Abteilung Finanzen", "Bernstrasse 5", "3600 Thun"],
                 "Schlussrechnung",
                 [("Rechnung", no), ("Datum", mk.date_in("de", d)), ("Objekt", "Überbauung Lachenpark"),
                  ("Ihre Referenz", "BGU 2611 / Herr Zaugg")],
                 ["Bezeichnung", "CHF"], [[t, m(a, "ch")] for t, a in items],
                 [("Zwischentotal", m(sub, "ch"), False), ("Rabatt 2 %", "-" + m(rab, "ch"), False),
                  ("Total exkl. MWST", m(net, "ch"), False), ("MWST 8.1 %", m(vat, "ch"), False),
                  ("Total Schlussrechnung inkl. MWST", m(tot, "ch"), True)] +
                 [("abzüglich " + t, "-" + m(a, "ch"), False) for t, a in ak] +
                 [("Restbetrag zu unseren Gunsten", ml(tot - paid, "CHF", "de"), True)], colw=90, tot_x=240,
                 notes=["Der Garantierückbehalt von 5 % wird durch die beiliegende Solidarbürgschaft abgelöst (SIA 118).",
                        "Zahlbar innert 30 Tagen rein netto.",
                        "IBAN %s, Referenz %s" % (mk.iban_spaced(ib), spaced4(ref))])
    text = ("Sehr geehrter Herr Zaugg\n\nBeiliegend erhalten Sie unsere Schlussrechnung %s für das Objekt Lachenpark "
            "sowie die Solidarbürgschaft für die Garantiefrist.\n\nFreundliche Grüsse\n\nSanitär Hänni AG\nBuchhaltung\n"
            % no)
    exp = mk.expected(no, tot - paid, tot, d, due, "Bürki Generalunternehmung AG", "kreditoren@buerki-gu.ch", ib, True,
                      "de", reference=ref, currency="CHF")
    return send(rid, "abacus", "de", rng, "buchhaltung@haenni-sanitaer.ch", "Sanitär Hänni AG", "Kreditoren BGU",
                "kreditoren@buerki-gu.ch", "Schlussrechnung %s Lachenpark" % no, d, exp=exp, text=text, pages=[page],
                fname="Schlussrechnung_%s.pdf" % no,
                note="Swiss final invoice: discount, VAT, three Akontos subtracted; RF reference in groups.")


def ch_regie_rapport(rid, rng):
    """CH Word, two PDFs: a painter's day-work invoice to a property manager with the signed Regierapport, the
    total rounded to 5 Rappen."""
    d = D(2026, 11, 18)
    due = d + mk.days(30)
    ib = mk.iban(rng, "CH")
    lines = [L("Maler", 14, "Std", 8600), L("Hilfsarbeiter", 6, "Std", 6800),
             L("Material Dispersion, Grundierung", 1, "psch", 18640), L("Kleinmaterial", 1, "psch", 2400)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, "8.1")
    raw = net + vat
    tot = int((Decimal(raw) / 5).quantize(Decimal(1), ROUND_HALF_UP)) * 5
    no = "26-1033"
    seller = {"name": "Malergeschäft Brunner GmbH", "addr": "Tribschenstrasse 61, 6005 Luzern",
              "lines": ["Tribschenstrasse 61 · 6005 Luzern · 041 360 28 44 · info@brunner-maler.ch",
                        "CHE-298.410.776 MWST"]}
    to = ["Immobilien Meier & Partner AG", "Bewirtschaftung", "Pilatusstrasse 18", "6003 Luzern"]
    rows = [[x["desc"], qs(x["qty"], "ch") + " " + x["unit"], m(x["price"], "ch"), m(x["amount"], "ch")] for x in lines]
    page = sheet("ch", seller, to, "Rechnung Nr. " + no,
                 [("Datum", mk.date_in("de", d)), ("Liegenschaft", "Bireggstrasse 8"), ("Rapport", "Nr. 2214")],
                 ["Regiearbeiten Treppenhaus nach Wasserschaden", "Menge", "Ansatz", "Betrag"], rows,
                 [("Total exkl. MWST", m(net, "ch"), False), ("MWST 8.1 %", m(vat, "ch"), False),
                  ("Rundung", m(tot - raw, "ch"), False), ("Total CHF", m(tot, "ch"), True)], colw=80,
                 notes=["Zahlbar innert 30 Tagen netto auf IBAN %s (Luzerner Kantonalbank)." % mk.iban_spaced(ib),
                        "Der unterzeichnete Regierapport liegt bei."])
    rap = sheet("ch", seller, to, "Regierapport Nr. 2214",
                [("Datum", "10.11.-12.11.2026"), ("Objekt", "Bireggstrasse 8, Treppenhaus")],
                ["Arbeit", "Maler", "Hilfsarb."],
                [["Wasserflecken isolieren, Decke 2. OG", "5.0", "2.0"], ["Wände Treppenhaus 2.-3. OG streichen", "9.0", "4.0"],
                 ["**Total Stunden", "14.0", "6.0"]], colw=70,
                notes=["Material: Dispersion 15 l, Isoliergrund 5 l, Abdeckmaterial.", "",
                       "Visum Hauswart: R. Kaufmann           Visum Maler: D. Brunner"])
    text = ("Grüezi Frau Stadelmann\n\nIm Anhang die Rechnung für die Regiearbeiten an der Bireggstrasse 8 und der "
            "visierte Regierapport.\n\nFreundliche Grüsse\nDaniel Brunner\nMalergeschäft Brunner GmbH\n")
    exp = mk.expected(no, tot, tot, d, due, "Immobilien Meier & Partner AG", "kreditoren@meier-partner-immo.ch", ib,
                      True, "de", currency="CHF")
    return send(rid, "word", "de", rng, "info@brunner-maler.ch", "Malergeschäft Brunner GmbH", "Sandra Stadelmann",
                "kreditoren@meier-partner-immo.ch", "Rechnung 26-1033 Bireggstrasse 8", d, exp=exp, text=text,
                pages=[page], fname="Rechnung 26-1033.pdf", pages2=[rap], fname2="Regierapport 2214.pdf", pdf2="after",
                note="Swiss day-work invoice, total rounded to 5 Rappen (the rounded total labelled); Regierapport attached.")


# ================================================================ German, Austrian and Swiss non-invoices

def dex_kostenvoranschlag(rid, rng):
    """DE Streit V.1 PDF, not an invoice: a Kostenvoranschlag for a double garage."""
    d = D(2026, 10, 26)
    lines = [L("Baustelleneinrichtung", 1, "psch", 85000), L("Aushub und Streifenfundamente", 1, "psch", 412000),
             L("Bodenplatte C25/30, 36 m²", 36, "m²", 9800), L("Mauerwerk KS 17,5 cm", 58, "m²", 8900)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 19)
    seller = {"name": "Bauunternehmung Krämer GmbH & Co. KG", "addr": "Pacelliallee 9 · 36043 Fulda",
              "lines": ["Pacelliallee 9", "36043 Fulda", "Telefon 0661 90 41 20", "info@kraemer-bau.de"]}
    page = sheet("din", seller, ["Herrn", "Volker Stumpf", "Leipziger Straße 70", "36037 Fulda"], "Kostenvoranschlag",
                 [("KV-Nr.", "KV-26-0091"), ("Datum", mk.date_in("de", d)), ("Bindefrist", "4 Wochen")],
                 ["Leistung", "Menge", "Einh.", "EP", "GP"], table_rows(lines, "de"),
                 [("Summe netto", m(net, "de") + " €", False), ("MwSt. 19 %", m(vat, "de") + " €", False),
                  ("Gesamtsumme", ml(net + vat, "EUR", "de"), True)], colw=62,
                 notes=["Unverbindlicher Kostenvoranschlag; Abweichungen bis 15 % vorbehalten.",
                        "Zahlungsweise bei Auftrag: Abschlagsrechnungen nach Baufortschritt, zahlbar binnen 14 Tagen."])
    text = ("Sehr geehrter Herr Stumpf,\n\nwie besprochen erhalten Sie anbei unseren Kostenvoranschlag für die "
            "Doppelgarage.\n\nMit freundlichen Grüßen\nBauunternehmung Krämer\n")
    return send(rid, "streit", "de", rng, "info@kraemer-bau.de", "Bauunternehmung Krämer GmbH & Co. KG", "Volker Stumpf",
                "v.stumpf@gmx.de", "Kostenvoranschlag KV-26-0091 Doppelgarage", d,
                why="A cost estimate; payment terms only for a later order.", text=text, pages=[page],
                fname="KV-26-0091.pdf", note="Estimate with a total and payment terms.")


def dex_nachtragsangebot(rid, rng):
    """DE sevDesk PDF, not an invoice: a Nachtragsangebot asking for a written order before the work."""
    d = D(2026, 11, 19)
    lines = [L("Zusätzliche Vorsatzschalen Installationsschächte", "38.5", "m²", 3650),
             L("Brandschutzbekleidung Stahlträger F90", 24, "lfm", 8800)]
    net = sum(x["amount"] for x in lines)
    seller = {"name": "Trockenbau Nowak GmbH", "addr": "Torgauer Straße 233 · 04347 Leipzig",
              "lines": ["Torgauer Straße 233", "04347 Leipzig", "buero@trockenbau-nowak.de", "Tel. 0341 245 81 30"]}
    page = sheet("din", seller, ["Hentschel Bau GmbH", "Bauleitung Herr Kessler", "Maximilianallee 4", "04129 Leipzig"],
                 "Nachtragsangebot NA-07",
                 [("Datum", mk.date_in("de", d)), ("Zu Auftrag", "HB-26-117"), ("Gültig bis", mk.date_in("de", d + mk.days(21)))],
                 ["Leistung", "Menge", "Einh.", "EP", "GP"], table_rows(lines, "de"),
                 [("Angebotssumme netto", ml(net, "EUR", "de"), True)], colw=62,
                 notes=["Abrechnung nach Aufmaß; Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG).",
                        "Wir bitten um schriftliche Beauftragung vor Ausführung (§ 2 Abs. 6 VOB/B)."])
    text = ("Sehr geehrter Herr Kessler,\n\nanbei unser Nachtragsangebot NA-07 für die zusätzlichen Vorsatzschalen "
            "und die Brandschutzbekleidung. Bitte um kurze Rückmeldung.\n\nMit freundlichen Grüßen\nPiotr Nowak\n")
    return send(rid, "sevdesk", "de", rng, "buero@trockenbau-nowak.de", "Trockenbau Nowak GmbH", "Kessler, Hentschel Bau",
                "bauleitung@hentschel-bau.de", "Nachtragsangebot NA-07 zu HB-26-117", d,
                why="A supplementary offer for extra work awaiting a written order.", text=text, pages=[page],
                fname="Nachtragsangebot_NA-07.pdf", note="Offer with a net sum.")


def dex_abnahmeprotokoll(rid, rng):
    """DE Word PDF, not an invoice: an Abnahmeprotokoll of a heating system; the final invoice follows."""
    d = D(2026, 11, 26)
    seller = {"name": "Haustechnik Brandl GmbH", "addr": "",
              "lines": ["Straubinger Straße 88 · 93055 Regensburg · Tel. 0941 79 33 10 · info@brandl-haustechnik.de"]}
    page = sheet("word", seller, ["Herrn Dr. Jens Albrecht", "Kumpfmühler Straße 15", "93051 Regensburg"],
                 "Abnahmeprotokoll",
                 [("Auftrag:", "AB-2026-0061 Luft-Wasser-Wärmepumpe"), ("Abnahme am:", mk.date_in("de", d))],
                 ["Prüfpunkt", "Ergebnis"],
                 [["Wärmepumpe und Speicher in Betrieb, Heizkurve eingestellt", "i.O."],
                  ["Hydraulischer Abgleich durchgeführt (Protokoll anbei)", "i.O."],
                  ["Dämmung Rohrleitungen Heizraum", "i.O."],
                  ["Restarbeit: Abdeckung Wanddurchführung außen fehlt", "offen"]], colw=90,
                 notes=["Die Leistung wird abgenommen. Die Gewährleistungsfrist beginnt mit dem heutigen Tag.",
                        "Die Schlussrechnung erhalten Sie in den nächsten Tagen gesondert.", "",
                        "Auftraggeber: Dr. J. Albrecht          Auftragnehmer: M. Brandl"])
    text = ("Sehr geehrter Herr Dr. Albrecht,\n\nanbei das gemeinsam unterschriebene Abnahmeprotokoll von heute. Die "
            "fehlende Abdeckung bringen wir nächste Woche an.\n\nMit freundlichen Grüßen\nMarkus Brandl\n")
    return send(rid, "word", "de", rng, "info@brandl-haustechnik.de", "Haustechnik Brandl GmbH", "Dr. Jens Albrecht",
                "jens.albrecht@gmx.de", "Abnahmeprotokoll Wärmepumpe", d,
                why="An acceptance record; the final invoice is only announced.", text=text, pages=[page],
                fname="Abnahmeprotokoll_AB-2026-0061.pdf", note="No amounts.")


def dex_preisanpassung(rid, rng):
    """DE typed, not an invoice: a roofer announces a price adjustment under a material price clause."""
    d = D(2026, 11, 12)
    text = ("Sehr geehrte Damen und Herren,\n\ndie Hersteller von Dachziegeln und Dämmstoffen haben zum 1. Januar 2027 "
            "Preiserhöhungen von 6 bis 9 % angekündigt. Für die noch nicht ausgeführten Leistungen an den Häusern 5 "
            "und 6 (Auftrag vom 14.04.2026) machen wir daher von der vereinbarten Stoffpreisgleitklausel Gebrauch:\n\n"
            "- Tondachziegel: + 7,5 %\n- Zwischensparrendämmung: + 6,0 %\n\n"
            "Die Mehrkosten weisen wir in den betreffenden Abschlagsrechnungen gesondert aus. Die Lohnpreise bleiben "
            "unverändert.\n\nMit freundlichen Grüßen\nDachdeckerei Lorenz GmbH\nThomas Lorenz\n")
    return send(rid, "typed", "de", rng, "buchhaltung@dach-lorenz.de", "Dachdeckerei Lorenz GmbH",
                "Weserbogen Wohnbau GmbH", "technik@weserbogen-wohnbau.de", "Materialpreisanpassung ab 01.01.2027", d,
                why="A notice of a material price increase; the costs will be billed in later invoices.", text=text,
                note="Percentages, no amount billed.")


def atx_angebot(rid, rng):
    """AT FreeFinance PDF, not an invoice: a joiner's Angebot for a wardrobe with a deposit on order."""
    d = D(2026, 10, 20)
    lines = [L("Einbauschrank Dachschräge, Esche weiß geölt", 1, "Stk", 412000),
             L("Lieferung und Montage", 8, "Std", 5800)]
    net = sum(x["amount"] for x in lines)
    vat = pct(net, 20)
    seller = {"name": "Tischlerei Eder", "addr": "Alpenstraße 48 · 5020 Salzburg",
              "lines": ["Tischlermeister Florian Eder", "Alpenstraße 48, 5020 Salzburg", "tischlerei@eder-moebel.at"]}
    page = sheet("din", seller, ["Herrn", "DI Thomas Auer", "Gaisbergstraße 9", "5020 Salzburg"], "Angebot",
                 [("Angebot Nr.", "A-2026-0061"), ("Datum", mk.date_in("de", d)), ("Gültig bis", mk.date_in("de", d + mk.days(30)))],
                 ["Bezeichnung", "Menge", "Einheit", "Preis", "Summe"], table_rows(lines, "de"),
                 [("Netto", "€ " + m(net, "de"), False), ("20 % USt", "€ " + m(vat, "de"), False),
                  ("Angebotssumme", "€ " + m(net + vat, "de"), True)], colw=64,
                 notes=["Bei Auftragserteilung 40 % Anzahlung, Rest nach Montage.",
                        "Lieferzeit ca. 6 Wochen ab Auftrag."])
    text = ("Sehr geehrter Herr DI Auer,\n\nanbei unser Angebot für den Einbauschrank.\n\nMit freundlichen Grüßen\n"
            "Florian Eder\n\n-- \nErstellt mit FreeFinance\n")
    return send(rid, "freefinance", "de", rng, "tischlerei@eder-moebel.at", "Tischlerei Eder", "Thomas Auer",
                "thomas.auer@sbg.at", "Angebot A-2026-0061", d, why="An offer valid until a date; nothing ordered yet.",
                text=text, pages=[page], fname="Angebot_A-2026-0061.pdf", note="Austrian offer with totals.")


def atx_wartung(rid, rng):
    """AT HTML, not an invoice: a heat pump maintenance reminder with a flat price."""
    d = D(2026, 11, 9)
    html = ("<html><body style=\"font-family:Verdana\"><p>Sehr geehrte Frau Koller,</p>"
            "<p>Ihre Wärmepumpe (installiert im November 2024) ist zur jährlichen Wartung fällig. Die Wartung ist "
            "Voraussetzung für die verlängerte Herstellergarantie von 5 Jahren.</p>"
            "<p>Wartungspauschale: <b>€ 189,00</b> inkl. 20 % USt, Anfahrt im Stadtgebiet Graz inklusive.</p>"
            "<p><a href=\"https://termine.wimmer-haustechnik.at/wartung?id=WP-2291\">Wartungstermin online buchen</a></p>"
            "<p>Die Rechnung erhalten Sie nach dem Termin.</p>"
            "<p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Haustechnik Wimmer GmbH</p></body></html>")
    return send(rid, "html-mail", "de", rng, "office@wimmer-haustechnik.at", "Haustechnik Wimmer GmbH", "Brigitte Koller",
                "b.koller@gmx.at", "Wartungserinnerung Wärmepumpe", d,
                why="A maintenance reminder with a price; the invoice follows the visit.", html=html,
                note="Price and a booking link.")


def chx_zahlungsplan(rid, rng):
    """CH bexio PDF, not an invoice: the Zahlungsplan sent with a Werkvertrag."""
    d = D(2026, 10, 1)
    contract = 9860000
    plan = [("1. Akonto bei Baubeginn", 30), ("2. Akonto nach Aufrichte", 30), ("3. Akonto Dach dicht", 30),
            ("Schlusszahlung nach Abnahme", 10)]
    seller = {"name": "Holzbau Amstutz AG", "addr": "Kirchbergstrasse 120, 3400 Burgdorf",
              "lines": ["Kirchbergstrasse 120", "3400 Burgdorf", "034 422 61 80 · info@amstutz-holzbau.ch"]}
    page = sheet("ch", seller, ["Frau", "Regula Hofer", "Lyssachstrasse 3", "3400 Burgdorf"], "Zahlungsplan",
                 [("Werkvertrag", "vom 28.09.2026"), ("Objekt", "Aufstockung Lyssachstrasse 3"),
                  ("Werkpreis", "CHF " + m(contract, "ch"))],
                 ["Zahlung", "Anteil", "Betrag CHF"],
                 [[t, "%d %%" % p, m(pct(contract, p), "ch")] for t, p in plan] +
                 [["**Werkpreis inkl. MWST", "100 %", m(contract, "ch")]], colw=90,
                 notes=["Jede Zahlung wird mit einer Akontorechnung angefordert, zahlbar innert 30 Tagen.",
                        "Ein Garantierückbehalt von 5 % kann durch eine Solidarbürgschaft abgelöst werden."])
    text = ("Guten Tag Frau Hofer\n\nBesten Dank für die Unterzeichnung des Werkvertrags. Im Anhang finden Sie den "
            "Zahlungsplan. Die erste Akontorechnung folgt bei Baubeginn.\n\nFreundliche Grüsse\nHolzbau Amstutz AG\n")
    return send(rid, "bexio", "de", rng, "info@amstutz-holzbau.ch", "Holzbau Amstutz AG", "Regula Hofer",
                "regula.hofer@bluewin.ch", "Zahlungsplan zum Werkvertrag", d,
                why="A payment schedule for a contract; each instalment will be requested by its own invoice.",
                text=text, pages=[page], fname="Zahlungsplan Hofer.pdf", note="Amounts per instalment and the contract price.")


# ================================================================ the set

BUILDERS = [
    nl_termijn2, nl_eindafrekening, nl_grekening_tegels, nl_cv_ketel, nl_elektra_retentie, nl_keuken_aanbetaling,
    nl_zon_aanbetaling, nl_warmtepomp_werkbon, nl_schilder_9_21, nl_vve_dak, nl_hovenier_getypt,
    nl_timmerman_urenstaat, nl_stukadoor_meerwerk, nl_loodgieter_spoed, nl_grondwerk_grekening, nl_laatste_termijn,
    nl_kozijnen_incl, be_vorderingsstaat, be_medecontractant, be_laadpaal,
    nlx_offerte, nlx_betalingsschema, nlx_opleveringsrapport, nlx_planning, nlx_onderhoud, nlx_leveranciersfactuur,
    nlx_prijsverhoging, nlx_werkbon, nlx_be_openstaand, nlx_meerwerkofferte,
    uk_stage_xero, uk_cis_brick, uk_application3_sage, uk_tradify_consumer_unit, uk_servicem8_plumber, uk_roofer_word,
    uk_painter_typed, uk_final_account_xero, uk_kitchen_deposit, uk_retention_release, ie_rct_drylining,
    ie_stage_sage, ie_qbo_electrician, ie_tiler_typed, ie_carpentry_rct0,
    ukx_tradify_quote, ukx_cis_statement, ukx_retention_reminder, ukx_variation_quote, ukx_completion_cert,
    ukx_statement, iex_service_reminder, iex_estimate,
    de_maler_35a_skonto, de_trockenbau_13b, de_abschlag2_kumuliert, de_shk_schluss, de_elektro_regie_weg,
    de_abschlag3_13b_einbehalt, de_nachtrag_bautraeger, de_fliesen_typed, de_pv_anzahlung, at_teilrechnung_rc,
    at_bad_schluss, at_tischler_skonto, ch_akonto1, ch_schluss_akonto_rf, ch_regie_rapport,
    dex_kostenvoranschlag, dex_nachtragsangebot, dex_abnahmeprotokoll, dex_preisanpassung, atx_angebot, atx_wartung,
    chx_zahlungsplan,
]


def build():
    """Every record, in an order drawn from the seed, numbered inv-hold36-001 …; returns (records, names)."""
    rng = random.Random(SEED)
    order = list(BUILDERS)
    rng.shuffle(order)
    recs, names = [], []
    for k, b in enumerate(order, 1):
        recs.append(b("inv-hold36-%03d" % k, rng))
        names.append(b)
    return recs, names


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ogm_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return s.startswith("+++") and s.endswith("+++") and len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def rf_ok(s):
    t = s[4:] + s[:4]
    return s.startswith("RF") and int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def boxes_ok(rid, page):
    """Every item non-empty and inside the page; no two items' boxes (width 0.56 em, 0.62 em when bold, 0.70
    em in capitals; height from 0.8 em above the baseline to 0.2 em below) overlapping."""
    w, h = page.get("width", 595), page.get("height", 842)
    boxes = []
    for it in page["items"]:
        assert it["text"].strip(), (rid, it)
        em = W_EM
        if it["bold"] or it["text"].isupper():
            em = 0.75 if it["text"].isupper() else 0.68
        wd = len(it["text"]) * it["size"] * em
        x0 = it["x"] - wd if it["align"] == "right" else it["x"]
        x1 = x0 + wd
        assert 20 <= x0 and x1 <= w - 20 and it["size"] <= it["y"] <= h - 10, (rid, it["text"], x0, x1)
        boxes.append((x0, x1, it["y"] - 0.8 * it["size"], it["y"] + 0.2 * it["size"], it["text"]))
    for a in range(len(boxes)):
        for b in range(a + 1, len(boxes)):
            p, q = boxes[a], boxes[b]
            if p[0] < q[1] and q[0] < p[1] and p[2] < q[3] and q[2] < p[3]:
                raise AssertionError((rid, "overlap", p[4], q[4]))


FIELDS = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
          "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]


def check(recs):
    mk.check_labels(recs)
    mk.check_references_printed(recs)
    count = {}
    for r in recs:
        json.loads(json.dumps(r, ensure_ascii=False))
        key = (r["lang"], r["is_invoice"])
        count[key] = count.get(key, 0) + 1
        e = r["expected"]
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        assert ("@@PDF2@@" in r["eml"]) == ("pdf2" in r), r["id"]
        rc = r["envelope"]["rcpt_to"][0]
        assert rc in r["eml"], r["id"]
        assert r["is_invoice"] == (e is not None) and (r["kind"] == "none") == (e is None), r["id"]
        for k in ("pdf", "pdf2"):
            for pg in r.get(k, {"pages": []})["pages"]:
                boxes_ok(r["id"], pg)
        if e is None:
            continue
        assert list(e) == FIELDS, r["id"]
        assert e["debtor_email"] == rc and e["language"] == r["lang"], r["id"]
        assert e["iban"] is None or iban_ok(e["iban"]), r["id"]
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            assert ogm_ok(ref), r["id"]
        if ref and ref.startswith("RF"):
            assert rf_ok(ref), r["id"]
        if ref and ref.isdigit() and len(ref) == 16:
            assert bk_ok(ref), r["id"]
        assert 0 < e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert "2026-10-01" <= e["issue_date"] <= "2026-12-31", r["id"]
        assert e["currency"] in ("EUR", "GBP", "CHF"), r["id"]
    want = {("nl", True): 20, ("nl", False): 10, ("en", True): 15, ("en", False): 8, ("de", True): 15,
            ("de", False): 7}
    assert count == want, count


def main():
    recs, names = build()
    check(recs)
    if "--map" in sys.argv:
        for r, b in zip(recs, names):
            print("%s  %-28s %s" % (r["id"], b.__name__, " ".join(b.__doc__.split())))
        return
    mk.write(OUT, recs)


if __name__ == "__main__":
    main()
