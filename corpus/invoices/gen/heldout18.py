"""heldout18: a blind held-out set about how an invoice asks for its money — early-payment
discounts, payment links and QR codes, direct debit, instalments, deposits, factoring,
references, VAT small print and terms in all their forms — and 25 mails from the same
billing addresses that are not invoices (link reminders, payment confirmations, SEPA
pre-notifications, mandates, renewals, refunds, quotes, prepayment requests, statements,
card-charge notices).

Written with mailkit only (seed 20261218). Every mail's text and layout is written here by
hand; the generator varies IBANs, message ids and a few numbers."""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261218
rng = random.Random(SEED)
D = datetime.date
RECORDS = []


# ---------------------------------------------------------------- small helpers

def iban_any(country):
    """IBANs mailkit does not make: AT (16 digits), CH QR-IBAN (IID 30000-31999),
    IE (bank, sort code, account)."""
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    if country == "AT":
        bban = "".join(rng.choice("0123456789") for _ in range(16))
    elif country == "CH":  # QR-IBAN
        bban = "3%04d" % rng.randint(0, 1999) + "".join(rng.choice("0123456789") for _ in range(12))
    elif country == "CHX":  # ordinary Swiss IBAN
        country = "CH"
        bban = "00%03d" % rng.randint(200, 899) + "".join(rng.choice("0123456789") for _ in range(12))
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + "".join(rng.choice("0123456789") for _ in range(14))
    else:
        raise ValueError(country)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def sp(i):
    return mk.iban_spaced(i)


def ogm(base10):
    """Belgian structured communication +++123/4567/89012+++ for ten digits."""
    c = int(base10) % 97 or 97
    s = "%010d%02d" % (int(base10), c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


rf = mk.rf


def rf_spaced(r):
    return " ".join(r[k:k + 4] for k in range(0, len(r), 4))


qrref = mk.qrr


qrref_spaced = mk.qrr_spaced


def vat(net, rate_pct):
    """VAT in cents, rounded half up."""
    return (net * rate_pct * 10 + 500) // 1000 if isinstance(rate_pct, int) else int(round(net * rate_pct / 100.0))


def plus(d, n):
    return d + datetime.timedelta(days=n)


def eu(c, style="nl", sym="€ "):
    return sym + mk.money(c, style)


def de_eur(c):
    return mk.money(c, "de") + " €"


ENV = lambda frm, to: {"mail_from": frm, "rcpt_to": [to]}  # noqa: E731


def add(tool, lang, kind, frm, to, eml, pages=None, fname=None, exp=None, why=None, note=None):
    """Collected first; ids are given after the seeded shuffle at the end."""
    RECORDS.append((tool, lang, kind, ENV(frm, to), eml, pages, fname, exp, why, note))


def table(items, fmt, unit=True):
    """Rows of (description, quantity, unit price, amount) and their net sum."""
    rows, net = [], 0
    for it in items:
        d, q, u = it[0], it[1], it[2]
        rows.append([d, ("%g" % q).replace(".", ",") if fmt(1).find(",") >= 0 else "%g" % q, fmt(u), fmt(round(q * u))])
        net += round(q * u)
    return rows, net


NL = lambda c: "€ " + mk.money(c, "nl")  # noqa: E731
DE = lambda c: mk.money(c, "de") + " €"  # noqa: E731
GBP = lambda c: "£" + mk.money(c, "en")  # noqa: E731
USD = lambda c: "$" + mk.money(c, "en")  # noqa: E731
EUR_EN = lambda c: "€" + mk.money(c, "en")  # noqa: E731


# ---------------------------------------------------------------- a PDF document builder

def doc(seller, seller_lines, debtor, title, meta, head, rows, totals, notes=(), footer=(),
        layout="window", debtor_label=None, meta_x=None, extra=None, cols=None):
    """One A4 page: letterhead, the debtor's block, the title and the facts, a line table,
    totals, notes and a footer. @layout: 'window' (sender top left, block in the window,
    facts under the title), 'right' (sender on the right, block left under a label, facts
    in a right-hand column), 'split' (two-column header: sender left, debtor right),
    'banner' (a heavy name bar across, block and facts side by side)."""
    p = mk.Page()
    y = 56
    if layout == "window":
        p.text(56, y, seller, 14, True)
        for k, s in enumerate(seller_lines):
            p.text(56, y + 12 + 10 * k, s, 8)
        by = 150
        if debtor_label:
            p.text(56, by - 14, debtor_label, 8, True)
        for k, s in enumerate(debtor):
            p.text(56, by + 13 * k, s, 10)
        ty = 250
        p.text(56, ty, title, 15, True)
        mx = meta_x or 56
        for k, (lab, val) in enumerate(meta):
            p.text(mx, ty + 22 + 13 * k, lab, 9)
            p.text(mx + 120, ty + 22 + 13 * k, val, 9)
        ty = ty + 22 + 13 * len(meta) + 20
    elif layout == "right":
        p.right(539, y, seller, 14, True)
        for k, s in enumerate(seller_lines):
            p.right(539, y + 12 + 10 * k, s, 8)
        by = 140
        p.text(56, by - 14, debtor_label or "", 8, True)
        for k, s in enumerate(debtor):
            p.text(56, by + 13 * k, s, 10)
        for k, (lab, val) in enumerate(meta):
            p.text(350, by + 13 * k, lab, 9)
            p.right(539, by + 13 * k, val, 9)
        ty = max(by + 13 * len(debtor), by + 13 * len(meta)) + 40
        p.text(56, ty, title, 15, True)
        ty += 30
    elif layout == "split":
        p.text(56, y, seller, 13, True)
        for k, s in enumerate(seller_lines):
            p.text(56, y + 13 + 11 * k, s, 8)
        p.text(320, y, debtor_label or "", 8, True)
        for k, s in enumerate(debtor):
            p.text(320, y + 13 + 12 * k, s, 10)
        ty = max(y + 13 + 11 * len(seller_lines), y + 13 + 12 * len(debtor)) + 50
        p.rule(56, ty - 28, 539, ty - 28)
        p.text(56, ty, title, 15, True)
        for k, (lab, val) in enumerate(meta):
            p.text(56 + 160 * (k % 3), ty + 22 + 24 * (k // 3), lab, 7, True)
            p.text(56 + 160 * (k % 3), ty + 32 + 24 * (k // 3), val, 9)
        ty = ty + 32 + 24 * ((len(meta) + 2) // 3) + 20
    else:  # banner
        p.rule(56, 40, 539, 40)
        p.text(56, 62, seller.upper(), 16, True)
        p.right(539, 62, title, 16, True)
        p.rule(56, 72, 539, 72)
        for k, s in enumerate(seller_lines):
            p.text(56, 88 + 10 * k, s, 8)
        by = 160
        p.text(56, by - 14, debtor_label or "", 8, True)
        for k, s in enumerate(debtor):
            p.text(56, by + 13 * k, s, 10)
        for k, (lab, val) in enumerate(meta):
            p.text(330, by + 13 * k, lab, 9, True)
            p.right(539, by + 13 * k, val, 9)
        ty = max(by + 13 * len(debtor), by + 13 * len(meta)) + 36
    # the line table
    cols = cols or [56, 360, 440, 539]
    for k, h in enumerate(head):
        if k == 0:
            p.text(cols[0], ty, h, 9, True)
        else:
            p.right(cols[k], ty, h, 9, True)
    p.rule(56, ty + 4, 539, ty + 4)
    yy = ty + 18
    for row in rows:
        for k, cell in enumerate(row):
            if not cell:
                continue
            if k == 0:
                p.text(cols[0], yy, cell, 9)
            else:
                p.right(cols[k], yy, cell, 9)
        yy += 14
    p.rule(330, yy - 6, 539, yy - 6)
    yy += 8
    for t in totals:
        lab, val = t[0], t[1]
        b = len(t) > 2 and t[2]
        p.text(330, yy, lab, 10 if b else 9, b)
        p.right(539, yy, val, 10 if b else 9, b)
        yy += 14
    yy += 22
    for s in notes:
        if s:
            p.text(56, yy, s, 9)
        yy += 12
    if extra:
        yy = extra(p, yy + 10)
    assert yy < 770, (title, yy)
    for k, s in enumerate(footer):
        p.text(56, 790 + 10 * k - 10 * (len(footer) - 1), s, 7)
    return [p]


def swiss_slip(p, y, creditor_iban, creditor, ref_spaced, amount, debtor_lines, currency="CHF"):
    """The QR-bill's receipt and payment part, printed as text under a perforation line."""
    y = max(y, 540)
    p.rule(56, y, 539, y)
    p.text(56, y + 16, "Empfangsschein", 11, True)
    p.text(230, y + 16, "Zahlteil", 11, True)
    p.text(56, y + 32, "Konto / Zahlbar an", 7, True)
    p.text(56, y + 42, creditor_iban, 7)
    for k, s in enumerate(creditor):
        p.text(56, y + 51 + 9 * k, s, 7)
    p.text(56, y + 90, "Referenz", 7, True)
    p.text(56, y + 99, ref_spaced, 7)
    p.text(56, y + 116, "Zahlbar durch", 7, True)
    for k, s in enumerate(debtor_lines):
        p.text(56, y + 125 + 9 * k, s, 7)
    p.text(56, y + 165, "Währung   Betrag", 7, True)
    p.text(56, y + 175, "%s       %s" % (currency, amount), 8)
    p.text(230, y + 32, "[QR-Code]", 8)
    p.text(230, y + 165, "Währung   Betrag", 8, True)
    p.text(230, y + 176, "%s       %s" % (currency, amount), 10)
    p.text(370, y + 32, "Konto / Zahlbar an", 8, True)
    p.text(370, y + 43, creditor_iban, 9)
    for k, s in enumerate(creditor):
        p.text(370, y + 54 + 10 * k, s, 9)
    p.text(370, y + 96, "Referenz", 8, True)
    p.text(370, y + 107, ref_spaced, 9)
    p.text(370, y + 124, "Zahlbar durch", 8, True)
    for k, s in enumerate(debtor_lines):
        p.text(370, y + 135 + 10 * k, s, 9)
    return y + 190


def html_wrap(inner, accent="#2b6cb0"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
            "<div style=\"max-width:600px;margin:0 auto;border-top:4px solid %s;padding:16px\">%s</div>"
            "</body></html>" % (accent, inner))


def html_rows(rows):
    return "".join("<tr><td style=\"padding:4px 8px\">%s</td><td style=\"padding:4px 8px;text-align:right\">%s</td></tr>"
                   % (a, b) for a, b in rows)


# ================================================================ Dutch invoices

def nl01():
    """Sound studio, Skonto-like 'bij betaling binnen 8 dagen 2 % korting', net 30."""
    ib = iban_any("NL")
    d = D(2026, 11, 23)
    items = [("Opnamedag studio A (8 uur) incl. technicus", 2, 68000), ("Mixage 6 nummers", 6, 17500),
             ("Mastering EP (6 tracks)", 1, 39000)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    tot = net + v
    num = "SK-2026-0187"
    pages = doc("Studio Klankkast", ["Vleutenseweg 212 · 3532 HK Utrecht", "KvK 71839204 · btw NL003184729B41",
                                     "planning@studioklankkast.nl · 030 785 22 10"],
                ["Bosveld Muziekproducties B.V.", "t.a.v. Jurre Bosveld", "Kanaalweg 17", "3526 KL Utrecht"],
                "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Project", "EP 'Lage Landen'")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", NL(net)), ("Btw 21 %", NL(v)), ("Totaal", NL(tot), True)],
                ["Betalingsvoorwaarden: netto binnen 30 dagen na factuurdatum.",
                 "Bij betaling binnen 8 dagen mag u 2 %% korting in mindering brengen (%s in plaats van %s)." %
                 (NL(tot - vat(tot, 2)), NL(tot)),
                 "Graag overmaken naar %s t.n.v. Studio Klankkast o.v.v. het factuurnummer." % sp(ib)],
                ["Studio Klankkast · Rabobank %s · BIC RABONL2U" % sp(ib)])
    body = ("Hoi Jurre,\n\nTop sessies waren dat. In de bijlage de factuur voor de opnames, mix en master van de EP.\n"
            "Als jullie binnen 8 dagen betalen mag de kortingsregeling onderaan gebruikt worden.\n\n"
            "Groet,\nDaan Verkerk\nStudio Klankkast")
    eml = mk.mail(rng, "planning@studioklankkast.nl", "Studio Klankkast", "Jurre Bosveld <jurre@bosveldmuziek.nl>",
                  "Factuur %s - EP Lage Landen" % num, d, body_text=body, pdf=True)
    add("word-pdf", "nl", "pdf", "planning@studioklankkast.nl", "jurre@bosveldmuziek.nl", eml, pages,
        "Factuur_%s.pdf" % num,
        mk.expected(num, tot, tot, d, plus(d, 30), "Bosveld Muziekproducties B.V.", "jurre@bosveldmuziek.nl", ib, True, "nl"),
        note="A 2 % early-payment discount with its own lower amount printed under the total; the amount due is the full total and the due date the net 30 days.")


def nl02():
    """Dog groomer, typed mail, Tikkie 'Betaal direct' link and IBAN."""
    ib = iban_any("NL")
    d = D(2026, 12, 1)
    num = "PB-0412"
    body = ("Hallo Sanne,\n\n"
            "Bedankt dat Bommel vandaag weer bij ons in de salon was! Hij heeft zich keurig gedragen tijdens het plukken.\n"
            "Hieronder de factuur.\n\n"
            "FACTUUR %s\n"
            "Datum: 1 december 2026\n"
            "Aan: Sanne Dijkhuis, Lindelaan 8, 7412 CV Deventer\n\n"
            "Trimbeurt ruwharige teckel (plukken, nagels, oren)   € 52,50\n"
            "Vlooienbehandeling                                    €  9,50\n"
            "-------------------------------------------------------------\n"
            "Totaal                                                € 62,00\n"
            "(Trimsalon Pluizebol valt onder de KOR: er wordt geen btw berekend.)\n\n"
            "Betaal direct via Tikkie: https://tikkie.me/pay/Pluizebol/8d2kQ7xW\n"
            "Liever zelf overmaken? Dat kan binnen 14 dagen op %s t.n.v. M. Kuipers o.v.v. %s.\n\n"
            "Liefs,\nMarloes\nTrimsalon Pluizebol · Brink 40b · Deventer" % (num, sp(ib), num))
    eml = mk.mail(rng, "marloes@trimsalonpluizebol.nl", "Trimsalon Pluizebol", "Sanne Dijkhuis <sannedijkhuis@hotmail.com>",
                  "Factuur trimbeurt Bommel", d, body_text=body)
    add("typed", "nl", "body-text", "marloes@trimsalonpluizebol.nl", "sannedijkhuis@hotmail.com", eml,
        exp=mk.expected(num, 6200, 6200, d, plus(d, 14), "Sanne Dijkhuis", "sannedijkhuis@hotmail.com", ib, False, "nl"),
        note="A Tikkie 'Betaal direct' link comes first and the term only with the transfer alternative; KOR note instead of VAT; a consumer named on one 'Aan:' line.")


def nl03():
    """Online course seller, HTML with a Mollie/iDEAL button and a betalingskenmerk."""
    ib = iban_any("NL")
    d = D(2026, 11, 27)
    num = "FAN-26-03391"
    kenmerk = "7031 9940 2261 5508"
    net = 24710
    v = vat(net, 21)
    tot = net + v
    inner = ("<h2 style=\"margin:0\">Fotografie Academie Noord</h2><p style=\"color:#777\">Online cursussen voor de serieuze amateur</p>"
             "<p>Beste Wouter Hiemstra,</p><p>Fijn dat je je hebt ingeschreven voor de <b>Masterclass Landschapsfotografie</b> (start 11 januari). "
             "Hieronder vind je je factuur.</p>"
             "<table style=\"width:100%%;border-collapse:collapse\">%s</table>"
             "<p style=\"text-align:center;margin:24px 0\"><a href=\"https://pay.mollie.com/p/fan/inv_8Hq2RkLw\" "
             "style=\"background:#e4007c;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none\">Betaal direct met iDEAL</a></p>"
             "<p>Betaal je liever per bank? Maak dan het bedrag binnen 14 dagen over naar %s t.n.v. Fotografie Academie Noord "
             "en vermeld betalingskenmerk <b>%s</b>.</p>"
             "<p style=\"font-size:12px;color:#777\">Fotografie Academie Noord · Oosterstraat 52 · 9711 NW Groningen · KvK 80411927 · btw NL861233904B01</p>"
             % (html_rows([("Factuurnummer", num), ("Factuurdatum", "27 november 2026"),
                           ("Masterclass Landschapsfotografie (8 lessen online)", NL(net)), ("21% btw", NL(v)),
                           ("<b>Te betalen</b>", "<b>%s</b>" % NL(tot))]), sp(ib), kenmerk))
    eml = mk.mail(rng, "facturen@fotografieacademienoord.nl", "Fotografie Academie Noord",
                  "Wouter Hiemstra <w.hiemstra@ziggo.nl>", "Je factuur %s" % num, d, body_html=html_wrap(inner, "#e4007c"))
    add("mollie-html", "nl", "body-html", "facturen@fotografieacademienoord.nl", "w.hiemstra@ziggo.nl", eml,
        exp=mk.expected(num, tot, tot, d, plus(d, 14), "Wouter Hiemstra", "w.hiemstra@ziggo.nl", ib, False, "nl",
                        reference=kenmerk.replace(" ", "")),
        note="An iDEAL 'Betaal direct' button above a bank alternative with a grouped betalingskenmerk; the term is in the bank sentence only.")


def nl04():
    """Translation bureau, factoring: the invoice is assigned to a factor with its own IBAN."""
    own = iban_any("NL")
    fac = iban_any("NL")
    d = D(2026, 11, 30)
    num = "2026-1148"
    items = [("Vertaling NL>EN jaarverslag 2025 (14.280 woorden)", 14280, 14), ("Vertaling NL>DE persbericht", 1, 18500),
             ("Beëdigde vertaling statuten (incl. legalisatie)", 1, 24000)]
    rows, net = table(items, NL)
    rows[0] = ["Vertaling NL>EN jaarverslag 2025 (14.280 woorden à € 0,14)", "1", NL(199920), NL(199920)]
    v = vat(net, 21)
    tot = net + v
    pages = doc("Vertaalbureau Lingua Delta", ["Stationsplein 9 · 4331 LH Middelburg", "info@linguadelta.nl · www.linguadelta.nl",
                                               "KvK 57230118 · btw NL852338170B01"],
                ["Zeeuwse Havenwerken N.V.", "Afdeling Communicatie", "Postbus 1120", "4380 AC Vlissingen"],
                "FACTUUR", [("Factuurnummer", num), ("Datum", mk.date(d, "dmy-")), ("Uw ordernummer", "PO-88213"),
                            ("Betalingstermijn", "30 dagen")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Totaal excl. btw", NL(net)), ("Btw 21%", NL(v)), ("Totaal incl. btw", NL(tot), True)],
                ["Deze factuur is gecedeerd aan Noordkaap Factoring B.V. te Rotterdam. Betaling kan uitsluitend",
                 "bevrijdend geschieden op rekening %s t.n.v. Noordkaap Factoring B.V.," % sp(fac),
                 "onder vermelding van het factuurnummer. Betalingen aan Lingua Delta worden niet als kwijting aanvaard."],
                ["Vertaalbureau Lingua Delta · ING %s · BIC INGBNL2A" % sp(own)])
    body = ("Geachte heer, mevrouw,\n\nBijgaand ontvangt u onze factuur %s voor de vertaalwerkzaamheden van november.\n"
            "Let op: deze factuur is gecedeerd; het rekeningnummer voor betaling staat op de factuur vermeld.\n\n"
            "Met vriendelijke groet,\nEls Verhulst\nprojectmanager\nVertaalbureau Lingua Delta" % num)
    eml = mk.mail(rng, "administratie@linguadelta.nl", "Vertaalbureau Lingua Delta",
                  "crediteuren@zeeuwsehavenwerken.nl", "Factuur %s Lingua Delta" % num, d, body_text=body, pdf=True)
    add("exact-pdf", "nl", "pdf", "administratie@linguadelta.nl", "crediteuren@zeeuwsehavenwerken.nl", eml, pages,
        "factuur-%s.pdf" % num,
        mk.expected(num, tot, tot, d, plus(d, 30), "Zeeuwse Havenwerken N.V.", "crediteuren@zeeuwsehavenwerken.nl", fac, True, "nl"),
        note="Factoring: the invoice is ceded and names the factor's IBAN as the only valid one, while the footer still prints the bureau's own.")


def nl05():
    """Scaffolder, btw verlegd to the main contractor."""
    ib = iban_any("NL")
    d = D(2026, 11, 16)
    num = "VD26-0733"
    items = [("Opbouw gevelsteiger 48 m¹, 4 werkvloeren", 1, 386000), ("Huur steigermateriaal week 44 t/m 47", 4, 41500),
             ("Afbouw en transport", 1, 112000)]
    rows, net = table(items, NL)
    pages = doc("Steigerbouw Van Dalen", ["Industrieweg 31 · 2988 CB Ridderkerk", "KvK 24417590 · btw NL001744905B37",
                                          "VCA** gecertificeerd"],
                ["Bouwbedrijf Hoogendoorn B.V.", "Projectadministratie", "Havenkade 4", "2984 AA Ridderkerk"],
                "Factuur", [("Factuurnr.", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Project", "Renovatie Oranjeflat blok C"),
                            ("Btw-nr. afnemer", "NL009871233B01")],
                ["Omschrijving", "Aantal", "Tarief", "Bedrag"], rows,
                [("Totaal excl. btw", NL(net)), ("Btw verlegd", NL(0)), ("Te betalen", NL(net), True)],
                ["Btw verlegd naar de hoofdaannemer op grond van art. 24ba Uitvoeringsbesluit OB 1968.",
                 "Betaling binnen 30 dagen na factuurdatum op %s t.n.v. Steigerbouw Van Dalen." % sp(ib),
                 "G-rekening: 30 % van het arbeidsloonbestanddeel mag op onze G-rekening worden gestort."],
                ["Steigerbouw Van Dalen · Industrieweg 31 · Ridderkerk · www.steigerbouwvandalen.nl"], layout="right",
                debtor_label="Factuuradres")
    body = ("Goedemiddag,\n\nHierbij de factuur voor de gevelsteiger bij de Oranjeflat (opbouw, 4 weken huur en afbouw).\n\n"
            "Met vriendelijke groet,\nPetra van Dalen\nadministratie")
    eml = mk.mail(rng, "administratie@steigerbouwvandalen.nl", "Steigerbouw Van Dalen",
                  "facturen@hoogendoornbouw.nl", "Factuur VD26-0733 Oranjeflat", d, body_text=body, pdf=True)
    add("snelstart-pdf", "nl", "pdf", "administratie@steigerbouwvandalen.nl", "facturen@hoogendoornbouw.nl", eml, pages,
        "VD26-0733.pdf",
        mk.expected(num, net, net, d, plus(d, 30), "Bouwbedrijf Hoogendoorn B.V.", "facturen@hoogendoornbouw.nl", ib, True, "nl"),
        note="Reverse charge (btw verlegd) with a zero VAT row, and a G-rekening sentence with a percentage but no second IBAN.")


def nl06():
    """Flemish HVAC installer, two VAT rates (6 % and 21 %), structured communication."""
    ib = iban_any("BE")
    d = D(2026, 11, 20)
    num = "F2026/0418"
    ref = ogm("2026041804")
    a = [("Warmtepomp lucht/water 8 kW - levering en plaatsing", 1, 784000), ("Buffervat 100 l", 1, 61500),
         ("Arbeid installateur (uren)", 14, 6200)]
    b = [("Thermostaat wifi (los geleverd, 21 %)", 1, 18900)]
    rows_a, na = table(a, NL)
    rows_b, nb = table(b, NL)
    va, vb = vat(na, 6), vat(nb, 21)
    tot = na + nb + va + vb
    pages = doc("Klimaattechniek Verhaegen BV", ["Brugsesteenweg 188 · 8500 Kortrijk", "BTW BE 0712.448.391 · RPR Gent afd. Kortrijk",
                                                 "info@verhaegen-klimaat.be"],
                ["Dhr. en mevr. Vandecasteele-Desmet", "Kapelstraat 23", "8530 Harelbeke"],
                "FACTUUR", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy/")), ("Klantnummer", "K-3318")],
                ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"], rows_a + rows_b,
                [("Maatstaf 6 %", NL(na)), ("Btw 6 %", NL(va)), ("Maatstaf 21 %", NL(nb)), ("Btw 21 %", NL(vb)),
                 ("Totaal te betalen", NL(tot), True)],
                ["Btw-tarief 6 %: woning ouder dan 10 jaar, aangewend voor privégebruik (attest van de klant ontvangen).",
                 "Te betalen binnen 15 dagen na factuurdatum op %s (BIC GEBABEBB)" % sp(ib),
                 "met gestructureerde mededeling %s." % ref],
                ["Bij laattijdige betaling is van rechtswege een intrest van 8 % per jaar verschuldigd."], layout="window")
    body = ("Beste,\n\nIn bijlage vindt u de factuur voor de plaatsing van uw warmtepomp.\n"
            "Gelieve bij betaling de gestructureerde mededeling te gebruiken.\n\nMet vriendelijke groeten,\nBart Verhaegen")
    eml = mk.mail(rng, "facturatie@verhaegen-klimaat.be", "Klimaattechniek Verhaegen",
                  "hilde.desmet@telenet.be", "Factuur F2026/0418", d, body_text=body, pdf=True)
    add("teamleader-pdf", "nl", "pdf", "facturatie@verhaegen-klimaat.be", "hilde.desmet@telenet.be", eml, pages,
        "Factuur_F2026-0418.pdf",
        mk.expected(num, tot, tot, d, plus(d, 15), "Dhr. en mevr. Vandecasteele-Desmet", "hilde.desmet@telenet.be", ib, False, "nl",
                    reference=ref),
        note="Flemish: two VAT rates each with its own base, the 6 % renovation attest, a structured communication; the couple is named by surnames only, so the README keeps 'Dhr. en mevr.'.")


def nl07():
    """Yoga teacher, KOR, typed, o.v.v. factuurnummer (no reference label)."""
    ib = iban_any("NL")
    d = D(2026, 11, 25)
    num = "YMI-2026-057"
    body = ("Lieve Femke,\n\n"
            "Wat fijn dat je je tienrittenkaart hebt verlengd. Zoals beloofd stuur ik je de factuur per mail:\n\n"
            "Factuurnummer: %s\n"
            "Factuurdatum: 25-11-2026\n"
            "Klant: Femke Oosterhuis, Zeedijk 14, 1781 AB Den Helder\n\n"
            "1 x tienrittenkaart hatha yoga (geldig t/m 31 mei 2027)    € 135,00\n"
            "1 x workshop yin & ademwerk 13 december                     €  35,00\n"
            "Totaal                                                       € 170,00\n\n"
            "Vrijgesteld van omzetbelasting: ik maak gebruik van de kleineondernemersregeling (KOR).\n\n"
            "Wil je het bedrag binnen 14 dagen overmaken naar %s t.n.v. I. de Ruiter, o.v.v. het factuurnummer?\n\n"
            "Namasté en tot dinsdag,\nIlse de Ruiter\nYoga met Ilse · Den Helder · KvK 83910442" % (num, sp(ib)))
    eml = mk.mail(rng, "ilse@yogametilse.nl", "Ilse de Ruiter", "Femke Oosterhuis <femke.oosterhuis@gmail.com>",
                  "Factuur tienrittenkaart", d, body_text=body)
    add("typed", "nl", "body-text", "ilse@yogametilse.nl", "femke.oosterhuis@gmail.com", eml,
        exp=mk.expected(num, 17000, 17000, d, plus(d, 14), "Femke Oosterhuis", "femke.oosterhuis@gmail.com", ib, False, "nl"),
        note="A typed invoice under the KOR (no VAT), with a card valid until a later date that is not the due date; 'o.v.v. het factuurnummer' is no payment reference.")


def nl08():
    """Bakery supplying offices, SEPA incasso on or around a date, mandate reference."""
    own = iban_any("NL")
    deb = iban_any("NL")
    d = D(2026, 11, 30)
    coll = D(2026, 12, 14)
    num = "KS-11-2026-022"
    items = [("Lunchpakket kantoor (broodjes, soep, fruit) - 19 werkdagen", 19, 8640),
             ("Taart vrijdagborrel 13-11", 1, 3450), ("Bezorgkosten", 19, 350)]
    rows, net = table(items, NL)
    v = vat(net, 9)
    tot = net + v
    masked = deb[:4] + " **** **** " + deb[-4:]
    pages = doc("Bakkerij De Korenschoof", ["Voorstraat 66 · 3311 ER Dordrecht", "078 614 20 09 · zakelijk@korenschoof.nl",
                                            "KvK 23081166 · btw NL001922415B02"],
                ["Ingenieursbureau Merwedam B.V.", "t.a.v. office management", "Noordendijk 250", "3311 RR Dordrecht"],
                "Factuur kantoorlunch november", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "long")),
                                                  ("Debiteurnummer", "2210"), ("Machtigingskenmerk", "KS-MACH-0092")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", NL(net)), ("Btw 9 %", NL(v)), ("Totaal", NL(tot), True)],
                ["U hoeft niets over te maken. Het totaalbedrag wordt op of rond 14 december 2026 automatisch",
                 "geïncasseerd van uw rekening %s (SEPA Incasso zakelijk)." % masked,
                 "Incassant-ID NL64ZZZ230811660000. Bij storno verzoeken wij u het bedrag over te maken op %s." % sp(own)],
                ["Bakkerij De Korenschoof · ABN AMRO %s" % sp(own)], layout="split", debtor_label="Factuur aan")
    body = ("Beste Noor,\n\nDe factuur van de lunches in november zit in de bijlage. Het bedrag wordt zoals altijd automatisch geïncasseerd.\n"
            "Fijne week en tot morgen bij de levering!\n\nHartelijke groet,\nGerard Smits\nBakkerij De Korenschoof")
    eml = mk.mail(rng, "zakelijk@korenschoof.nl", "Bakkerij De Korenschoof", "Noor Haddou <office@merwedam.nl>",
                  "Factuur november - kantoorlunch", d, body_text=body, pdf=True)
    add("moneybird-pdf", "nl", "pdf", "zakelijk@korenschoof.nl", "office@merwedam.nl", eml, pages, "KS-11-2026-022.pdf",
        mk.expected(num, tot, tot, d, coll, "Ingenieursbureau Merwedam B.V.", "office@merwedam.nl", own, True, "nl"),
        note="Direct debit 'op of rond 14 december' (labelled as the due date), a masked debtor IBAN and a creditor ID beside the bakery's own IBAN (the one labelled), 9 % VAT.")


def nl09():
    """Bookkeeping office, annual fee payable in three instalments."""
    ib = iban_any("NL")
    d = D(2026, 12, 2)
    num = "AB-26-0612"
    items = [("Verzorgen financiële administratie 2027 (4 kwartalen)", 4, 39000), ("Jaarrekening en aangifte IB 2026", 1, 65000)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    tot = net + v
    t1 = tot // 3
    t3 = tot - 2 * t1
    pages = doc("Administratiekantoor Brandsma", ["Tuinen 11 · 8911 KC Leeuwarden", "KvK 01168432 · btw NL001733208B55",
                                                  "058 213 77 60 · info@brandsma-administratie.nl"],
                ["Hoveniersbedrijf De Groene Hoek", "Jelle Wijbenga", "Oudeweg 3", "9051 BA Stiens"],
                "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Relatienummer", "1088")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Totaal excl. btw", NL(net)), ("21 % btw", NL(v)), ("Totaal", NL(tot), True)],
                ["Zoals afgesproken is dit bedrag te voldoen in drie termijnen:",
                 "  1e termijn %s uiterlijk 16-12-2026" % NL(t1),
                 "  2e termijn %s uiterlijk 16-01-2027" % NL(t1),
                 "  3e termijn %s uiterlijk 16-02-2027" % NL(t3),
                 "Rekening %s t.n.v. Administratiekantoor Brandsma, o.v.v. %s." % (sp(ib), num)],
                ["Op al onze diensten zijn de algemene voorwaarden van NOAB van toepassing."])
    body = ("Beste Jelle,\n\nBijgevoegd de factuur voor 2027. Zoals besproken mag je hem in drie termijnen betalen; de data staan op de factuur.\n\n"
            "Groeten,\nAnneke Brandsma")
    eml = mk.mail(rng, "info@brandsma-administratie.nl", "Administratiekantoor Brandsma",
                  "Jelle Wijbenga <jelle@degroenehoek-stiens.nl>", "Factuur AB-26-0612 (in termijnen)", d, body_text=body, pdf=True)
    add("eboekhouden-pdf", "nl", "pdf", "info@brandsma-administratie.nl", "jelle@degroenehoek-stiens.nl", eml, pages,
        "AB-26-0612.pdf",
        mk.expected(num, tot, tot, d, D(2026, 12, 16), "Hoveniersbedrijf De Groene Hoek", "jelle@degroenehoek-stiens.nl", ib,
                    True, "nl"),
        note="Three instalments with their own amounts and dates: the amount due is the whole total and the due date the first instalment's.")


def nl10():
    """Film-equipment rental, HTML with a payment link and a 7-day term."""
    ib = iban_any("NL")
    d = D(2026, 12, 3)
    num = "LB-4471"
    items = [("ARRI Alexa Mini LF body", 3, 69000), ("Cooke S4/i lensset (5 lenzen)", 3, 42000),
             ("Verzekering huurmateriaal 8 %", 1, 26640)]
    net = sum(round(q * u) for _, q, u in items)
    v = vat(net, 21)
    tot = net + v
    inner = ("<table style=\"width:100%%\"><tr><td><b style=\"font-size:20px\">LENSBAK</b><br>filmverhuur</td>"
             "<td style=\"text-align:right\">Factuur <b>%s</b><br>3 december 2026</td></tr></table>"
             "<p>Hoi Yara,</p><p>Bedankt voor het huren bij Lensbak voor de draaidagen van <i>Kortsluiting</i>. "
             "Hieronder het overzicht; je kunt meteen online betalen.</p>"
             "<p><b>Factuur voor:</b> Tegenlicht Films V.O.F., Czaar Peterstraat 109, 1018 PJ Amsterdam</p>"
             "<table style=\"width:100%%;border-collapse:collapse\">%s</table>"
             "<p><a href=\"https://betalen.lensbak.nl/f/LB-4471?t=Zk93mQ\">&#9654; Betaal online (iDEAL, creditcard)</a></p>"
             "<p>Betaaltermijn: 7 dagen. Overmaken mag ook naar %s (Lensbak B.V.).</p>"
             "<p style=\"color:#888;font-size:11px\">Lensbak B.V. · Houthavenkade 6 · Amsterdam · KvK 69920314</p>"
             % (num, html_rows([("%s x %d draaidagen" % (a, q), NL(round(q * u))) for a, q, u in items[:2]] +
                              [("Verzekering huurmateriaal (8 %)", NL(items[2][2])), ("Subtotaal", NL(net)),
                               ("Btw 21%", NL(v)), ("<b>Totaal</b>", "<b>%s</b>" % NL(tot))]), sp(ib)))
    eml = mk.mail(rng, "verhuur@lensbak.nl", "Lensbak Filmverhuur", "Yara Mendes <yara@tegenlichtfilms.nl>",
                  "Lensbak factuur LB-4471 - Kortsluiting", d, body_html=html_wrap(inner, "#111"))
    add("custom-html", "nl", "body-html", "verhuur@lensbak.nl", "yara@tegenlichtfilms.nl", eml,
        exp=mk.expected(num, tot, tot, d, plus(d, 7), "Tegenlicht Films V.O.F.", "yara@tegenlichtfilms.nl", ib, True, "nl"),
        note="An HTML invoice whose online payment link comes before the IBAN; the 8 % insurance line is a percentage that is not VAT; the contact in the To header is not the debtor.")


def nl11():
    """Kitchen fitter, aanbetalingsfactuur 40 % of the order."""
    ib = iban_any("NL")
    d = D(2026, 11, 18)
    num = "AF-2026-031"
    order_net = 1245000
    dep_net = order_net * 40 // 100
    v = vat(dep_net, 21)
    tot = dep_net + v
    pages = doc("Keukenmontage Yilmaz", ["Ampèrestraat 7 · 6716 BN Ede", "06 41 88 20 17 · info@keukenmontageyilmaz.nl",
                                         "KvK 75620018 · btw NL002331198B77"],
                ["Dhr. R. Schipper", "Bosrandweg 42", "6721 HE Bennekom"],
                "AANBETALINGSFACTUUR", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")),
                                        ("Opdrachtbevestiging", "OB-2026-044 d.d. 11-11-2026")],
                ["Omschrijving", "", "", "Bedrag"],
                [["Opdrachtsom keuken incl. montage (excl. btw): %s" % NL(order_net), "", "", ""],
                 ["Aanbetaling 40 % volgens opdrachtbevestiging", "", "", NL(dep_net)]],
                [("Aanbetaling excl. btw", NL(dep_net)), ("Btw 21 %", NL(v)), ("Te betalen", NL(tot), True)],
                ["Wij verzoeken u de aanbetaling binnen 10 dagen te voldoen op %s" % sp(ib),
                 "t.n.v. Keukenmontage Yilmaz. De restbetaling volgt na oplevering met de eindfactuur."],
                ["Keukenmontage Yilmaz · Ede"])
    body = ("Geachte heer Schipper,\n\nHierbij de aanbetalingsfactuur voor uw nieuwe keuken. Na ontvangst plannen we de montage definitief in.\n\n"
            "Met vriendelijke groet,\nMehmet Yilmaz")
    eml = mk.mail(rng, "info@keukenmontageyilmaz.nl", "Keukenmontage Yilmaz", "r.schipper@kpnmail.nl",
                  "Aanbetalingsfactuur keuken", d, body_text=body, pdf=True)
    add("jortt-pdf", "nl", "pdf", "info@keukenmontageyilmaz.nl", "r.schipper@kpnmail.nl", eml, pages, "AF-2026-031.pdf",
        mk.expected(num, tot, tot, d, plus(d, 10), "R. Schipper", "r.schipper@kpnmail.nl", ib, False, "nl"),
        note="A deposit invoice: the order sum stands in the table text, the 40 % deposit is the invoice's own total and amount due.")


def nl12():
    """Flemish piano tuner, typed, OGM, 30 days after invoice date."""
    ib = iban_any("BE")
    d = D(2026, 11, 24)
    num = "2026-088"
    ref = ogm("0000208812")
    body = ("Geachte mevrouw Claeys,\n\n"
            "Dank u voor het vertrouwen. Hierbij mijn factuur voor het stemmen en regelen van uw vleugel.\n\n"
            "Factuur nr. %s – 24/11/2026\n"
            "Klant: Mevr. Griet Claeys, Sint-Pietersnieuwstraat 120, 9000 Gent\n\n"
            "Stemmen Bechstein-vleugel (A=442 Hz)      180,00 EUR\n"
            "Regelen hamermechaniek (2 u)               130,00 EUR\n"
            "Subtotaal excl. btw                        310,00 EUR\n"
            "Btw 21 %%                                    65,10 EUR\n"
            "Totaal                                     375,10 EUR\n\n"
            "Betaalbaar binnen 30 dagen na factuurdatum op rekening %s\n"
            "met de gestructureerde mededeling %s.\n\n"
            "Met muzikale groeten,\nPieter Dewilde\nPianotechniek Dewilde – Lovendegem – BTW BE 0689.224.517" % (num, sp(ib), ref))
    eml = mk.mail(rng, "pieter@pianodewilde.be", "Pieter Dewilde", "griet.claeys@skynet.be", "Factuur stemming vleugel",
                  d, body_text=body)
    add("typed", "nl", "body-text", "pieter@pianodewilde.be", "griet.claeys@skynet.be", eml,
        exp=mk.expected(num, 37510, 37510, d, plus(d, 30), "Griet Claeys", "griet.claeys@skynet.be", ib, False, "nl", reference=ref),
        note="Flemish typed invoice: amounts with 'EUR' after them, a frequency (A=442 Hz) and a structured communication in the text.")


def nl13():
    """Printer: the printed due date and the stated term disagree."""
    ib = iban_any("NL")
    d = D(2026, 11, 26)
    due = D(2026, 12, 10)
    num = "HZ-260948"
    items = [("Flyers A5 4/4 350 grs mat, oplage 2.500", 1, 21400), ("Posters A2 4/0, oplage 150", 1, 28650),
             ("Ontwerpcorrecties (uur)", 1.5, 6500)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    tot = net + v
    pages = doc("Drukkerij Het Zetsel", ["Spoorstraat 19 · 5038 BJ Tilburg", "KvK 18047731 · btw NL001903112B91"],
                ["Theatergroep De Wilde Haren", "Stichting", "Piushaven 22", "5017 AN Tilburg"],
                "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Vervaldatum", mk.date(due, "dmy-")),
                            ("Uw referentie", "Voorstelling 'Drijfzand'")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", NL(net)), ("Btw 21%", NL(v)), ("Totaal", NL(tot), True)],
                ["Onze betalingstermijn is 30 dagen na factuurdatum. Betaling op %s" % sp(ib),
                 "t.n.v. Drukkerij Het Zetsel o.v.v. factuurnummer."],
                ["Drukkerij Het Zetsel · Tilburg · algemene voorwaarden: KVGO"], layout="right", debtor_label="Factuuradres")
    body = ("Beste Sarah,\n\nDe flyers en posters voor Drijfzand zijn vanochtend bezorgd. Bijgaand de factuur.\n\n"
            "Vriendelijke groet,\nRob Mutsaers\nDrukkerij Het Zetsel")
    eml = mk.mail(rng, "rob@hetzetsel.nl", "Drukkerij Het Zetsel", "Sarah Peeters <zakelijk@dewildeharen.nl>",
                  "Factuur drukwerk Drijfzand", d, body_text=body, pdf=True)
    add("snelstart-pdf", "nl", "pdf", "rob@hetzetsel.nl", "zakelijk@dewildeharen.nl", eml, pages, "HZ-260948.pdf",
        mk.expected(num, tot, tot, d, due, "Theatergroep De Wilde Haren", "zakelijk@dewildeharen.nl", ib, True, "nl"),
        note="A printed Vervaldatum 14 days out and a general 30-day term below that disagree: the printed date is labelled; the legal form 'Stichting' stands on its own line under the name.")


def nl14():
    """Bicycle dealer (used e-bike) under the margin scheme."""
    ib = iban_any("NL")
    d = D(2026, 11, 28)
    num = "TH2026-1190"
    pages = doc("Tweewielers Hofstra", ["Dorpsstraat 87 · 8401 CS Gorredijk", "0513 46 12 90 · verkoop@tweewielershofstra.nl",
                                        "KvK 01079345 · btw NL001288766B12"],
                ["Mevr. T. Bouma-Kingma", "Hoofdweg 7", "8408 HM Lippenhuizen"],
                "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Framenummer", "WGZ7710342")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                [["Gazelle Ultimate C380 HMB, gebruikt (2023), 3.140 km", "1", NL(214900), NL(214900)],
                 ["Nieuwe accu 500 Wh (meegeleverd bij de fiets)", "1", NL(0), NL(0)],
                 ["Inruil Batavus Finez (2015)", "1", NL(-25000), NL(-25000)]],
                [("Totaal", NL(189900), True)],
                ["Bijzondere regeling margegoederen: btw is niet afzonderlijk vermeld en niet aftrekbaar",
                 "(art. 28b e.v. Wet OB 1968).",
                 "Betaling binnen 8 dagen na factuurdatum op %s t.n.v. Tweewielers Hofstra." % sp(ib),
                 "De fiets kan worden opgehaald zodra de betaling binnen is."],
                ["Tweewielers Hofstra · Gorredijk · 6 maanden garantie op gebruikte fietsen"])
    body = ("Beste mevrouw Bouma,\n\nHierbij de factuur van de Gazelle, inclusief de verrekening van uw oude fiets.\n\n"
            "Met vriendelijke groet,\nSietse Hofstra")
    eml = mk.mail(rng, "verkoop@tweewielershofstra.nl", "Tweewielers Hofstra", "tbouma@hetnet.nl",
                  "Factuur e-bike", d, body_text=body, pdf=True)
    add("word-pdf", "nl", "pdf", "verkoop@tweewielershofstra.nl", "tbouma@hetnet.nl", eml, pages, "factuur_TH2026-1190.pdf",
        mk.expected(num, 189900, 189900, d, plus(d, 8), "T. Bouma-Kingma", "tbouma@hetnet.nl", ib, False, "nl"),
        note="Margin scheme: no VAT row, a negative trade-in line and a free line; the only total is after the trade-in.")


def nl15():
    """Office cleaner, HTML, RF creditor reference."""
    ib = iban_any("NL")
    d = D(2026, 12, 1)
    num = "GL-26-0977"
    ref = rf("260977118")
    net = 148500
    v = vat(net, 21)
    tot = net + v
    inner = ("<p style=\"font-size:22px;margin:0\"><b>Glans</b> schoonmaak</p>"
             "<p>Geachte relatie,</p><p>Hierbij ontvangt u de factuur voor de schoonmaakwerkzaamheden in november 2026.</p>"
             "<table style=\"border:1px solid #ccc;width:100%%\">%s</table>"
             "<p><b>Betalingstermijn:</b> 14 dagen<br><b>IBAN:</b> %s<br><b>Betalingskenmerk:</b> %s</p>"
             "<p>Gebruik bij voorkeur het betalingskenmerk; dan wordt uw betaling automatisch verwerkt.</p>"
             "<p>Met vriendelijke groet,<br>Schoonmaakbedrijf Glans · Weena 690 · Rotterdam</p>"
             % (html_rows([("Debiteur", "Praktijk voor Fysiotherapie Kralingen"), ("Factuurnummer", num),
                           ("Factuurdatum", "01-12-2026"), ("Periode", "november 2026"),
                           ("Periodiek onderhoud 3x per week (contract C-114)", NL(net)), ("Btw 21%", NL(v)),
                           ("Totaal", NL(tot))]), sp(ib), rf_spaced(ref)))
    eml = mk.mail(rng, "facturen@glans-schoonmaak.nl", "Schoonmaakbedrijf Glans", "administratie@fysiokralingen.nl",
                  "Factuur GL-26-0977 november", d, body_html=html_wrap(inner, "#1ca3a3"))
    add("wefact-html", "nl", "body-html", "facturen@glans-schoonmaak.nl", "administratie@fysiokralingen.nl", eml,
        exp=mk.expected(num, tot, tot, d, plus(d, 14), "Praktijk voor Fysiotherapie Kralingen", "administratie@fysiokralingen.nl",
                        ib, True, "nl", reference=ref),
        note="An RF creditor reference printed in groups of four under 'Betalingskenmerk'; the debtor only in a table row.")


def nl16():
    """Flemish bike courier, payment on account deducted, structured communication."""
    ib = iban_any("BE")
    d = D(2026, 11, 30)
    num = "FK-2026-0311"
    ref = ogm("2026031100")
    items = [("Koeriersritten binnen de stadsring (november)", 212, 950), ("Ritten buiten de ring", 38, 1450),
             ("Spoedtoeslag", 11, 500)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    tot = net + v
    paid = 150000
    pages = doc("Fietskoerier Gent", ["Dok Noord 4 · 9000 Gent", "BTW BE 0745.118.206 · RPR Gent",
                                      "boekhouding@fietskoeriergent.be"],
                ["Apotheek Overpoort BV", "Overpoortstraat 61", "9000 Gent"],
                "Factuur", [("Nummer", num), ("Datum", mk.date(d, "dmy/")), ("Vervaldag", mk.date(plus(d, 30), "dmy/"))],
                ["Omschrijving", "Aantal", "Prijs", "Totaal"], rows,
                [("Totaal excl. btw", NL(net)), ("Btw 21%", NL(v)), ("Totaal factuur", NL(tot)),
                 ("Betaling op rekening 06/11", NL(-paid)), ("Saldo te betalen", NL(tot - paid), True)],
                ["Gelieve het saldo te storten op %s" % sp(ib),
                 "met vermelding %s." % ref],
                ["Fietskoerier Gent cv · Dok Noord 4 · 9000 Gent"], layout="banner", debtor_label="Klant")
    body = ("Dag Lien,\n\nIn bijlage de factuur van november. De betaling op rekening van 6 november hebben we al in mindering gebracht.\n\n"
            "Groetjes,\nArne\nFietskoerier Gent")
    eml = mk.mail(rng, "boekhouding@fietskoeriergent.be", "Fietskoerier Gent", "Lien Van Hecke <lien@apotheekoverpoort.be>",
                  "Factuur november FK-2026-0311", d, body_text=body, pdf=True)
    add("odoo-pdf", "nl", "pdf", "boekhouding@fietskoeriergent.be", "lien@apotheekoverpoort.be", eml, pages, "FK-2026-0311.pdf",
        mk.expected(num, tot - paid, tot, d, plus(d, 30), "Apotheek Overpoort BV", "lien@apotheekoverpoort.be", ib, True, "nl",
                    reference=ref),
        note="A payment on account deducted below the total: the balance is due, the gross total stays the total; Flemish Vervaldag in a banner layout.")


def nl17():
    """Wedding photographer, typed, deposit received deducted, couple."""
    ib = iban_any("NL")
    d = D(2026, 11, 19)
    num = "2026-41"
    body = ("Lieve Thijs en Amira,\n\n"
            "Wat een prachtige dag was het! De galerij met de 480 foto's staat inmiddels online. Dan nog even het zakelijke deel:\n\n"
            "Factuurnummer 2026-41, d.d. 19 november 2026\n"
            "Voor: Thijs van Leeuwen en Amira El Idrissi, Lange Nieuwstraat 3, 3512 PA Utrecht\n\n"
            "Reportage bruiloft hele dag (10 uur)             € 1.850,00\n"
            "Fotoboek 30x30, 40 pagina's                       €   395,00\n"
            "Totaal incl. 21%% btw                             € 2.245,00\n"
            "Af: aanbetaling ontvangen 12 maart                - € 500,00\n"
            "Nog te voldoen                                    € 1.745,00\n\n"
            "Het restbedrag graag uiterlijk 3 december overmaken naar %s (L. Bakker Fotografie).\n\n"
            "Liefs, Lotte\nLotte Bakker Fotografie" % sp(ib))
    eml = mk.mail(rng, "hallo@lottebakkerfotografie.nl", "Lotte Bakker Fotografie", "thijsenamira@gmail.com",
                  "Jullie factuur + galerij", d, body_text=body)
    add("typed", "nl", "body-text", "hallo@lottebakkerfotografie.nl", "thijsenamira@gmail.com", eml,
        exp=mk.expected(num, 174500, 224500, d, D(2026, 12, 3), "Thijs van Leeuwen en Amira El Idrissi", "thijsenamira@gmail.com",
                        ib, False, "nl"),
        note="Typed invoice with the deposit received deducted (due < total), a due date without a year, and a short number '2026-41'.")


def nl18():
    """Heat-pump installer, Dutch 'kredietbeperking' (2 % surcharge waived if paid within 14 days)."""
    ib = iban_any("NL")
    d = D(2026, 11, 12)
    num = "WPO-26-1402"
    items = [("Onderhoud warmtepompen kantoorpand (4 units)", 4, 18500), ("Vervangen filterset", 4, 4200),
             ("Voorrijkosten", 1, 6500)]
    rows, net = table(items, NL)
    kb = vat(net, 2)
    v = vat(net + kb, 21)
    tot = net + kb + v
    pages = doc("Installatiebedrijf Warmtepomp Oost", ["Hengelosestraat 301 · 7521 AG Enschede", "KvK 62118870 · btw NL854401276B01",
                                                       "service@warmtepompoost.nl"],
                ["Makelaardij Twentestad", "Postbus 1340", "7500 BH Enschede"],
                "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d, "dmy-")), ("Werkbon", "WB-88410")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", NL(net)), ("Kredietbeperking 2 %", NL(kb)), ("Btw 21 %", NL(v)), ("Totaal", NL(tot), True)],
                ["Bij betaling binnen 14 dagen mag de kredietbeperking van %s worden afgetrokken." % NL(kb),
                 "Uiterste betaaldatum: 30 dagen na factuurdatum. IBAN %s." % sp(ib)],
                ["Installatiebedrijf Warmtepomp Oost · Enschede · lid Techniek Nederland"], layout="split", debtor_label="Aan")
    body = ("Geachte heer/mevrouw,\n\nIn de bijlage treft u onze factuur %s aan voor het onderhoud van 10 november.\n\n"
            "Met vriendelijke groet,\nafdeling service" % num)
    eml = mk.mail(rng, "service@warmtepompoost.nl", "Warmtepomp Oost", "facturen@twentestad-makelaardij.nl",
                  "Factuur %s" % num, d, body_text=body, pdf=True)
    add("exact-pdf", "nl", "pdf", "service@warmtepompoost.nl", "facturen@twentestad-makelaardij.nl", eml, pages, "%s.pdf" % num,
        mk.expected(num, tot, tot, d, plus(d, 30), "Makelaardij Twentestad", "facturen@twentestad-makelaardij.nl", ib, True, "nl"),
        note="Kredietbeperking: a 2 % surcharge inside the total that may be deducted if paid within 14 days; the full total and the 30-day date are labelled.")


def nl19():
    """Flemish yoga studio, HTML, domiciliëring on a date."""
    ib = iban_any("BE")
    d = D(2026, 12, 2)
    coll = D(2027, 1, 5)
    num = "LOT-2026-1207"
    inner = ("<h2>Yogastudio Lotus</h2><p>Tiensestraat 88, 3000 Leuven · BTW BE 0799.301.442</p>"
             "<p>Dag Jens Wouters,</p><p>Hierbij je factuur voor je abonnement in het eerste kwartaal van 2027.</p>"
             "<table>%s</table>"
             "<p>Je hoeft niets te doen: dit bedrag wordt op <b>5/01/2027</b> via domiciliëring van je rekening gehaald "
             "(mandaat LOTUS-0318). Lotus stort nooit terug via een betaallink – twijfel je, bel ons.</p>"
             "<p>Rekening van de studio: %s</p><p>Namaste,<br>Inge</p>"
             % (html_rows([("Factuur", num), ("Datum", "2/12/2026"), ("Abonnement onbeperkt Q1 2027", "€ 297,00"),
                           ("btw 6% inbegrepen", "€ 16,81"), ("Totaal", "€ 297,00")]), sp(ib)))
    eml = mk.mail(rng, "hallo@yogalotus.be", "Yogastudio Lotus", "Jens Wouters <jens.wouters@proximus.be>",
                  "Factuur abonnement Q1 2027", d, body_html=html_wrap(inner, "#7b3fa0"))
    add("custom-html", "nl", "body-html", "hallo@yogalotus.be", "jens.wouters@proximus.be", eml,
        exp=mk.expected(num, 29700, 29700, d, coll, "Jens Wouters", "jens.wouters@proximus.be", ib, False, "nl"),
        note="Flemish subscription invoice collected by domiciliëring on a date five weeks later (labelled the due date); VAT included, not added.")


def nl20():
    """Flemish screen printer, EPC QR 'scan & betaal', Vervaldag printed, OGM."""
    ib = iban_any("BE")
    d = D(2026, 11, 27)
    due = D(2026, 12, 31)
    num = "IC26-0512"
    ref = ogm("1260051203")
    items = [("T-shirts bedrukt 2 kleuren voorzijde", 120, 890), ("Hoodies bedrukt rug + borst", 40, 2450),
             ("Zeefraam + film (eenmalig)", 3, 3500)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    tot = net + v

    def qr(p, y):
        p.rule(380, y, 539, y)
        p.text(380, y + 14, "Scan & betaal met je bank-app", 9, True)
        p.text(380, y + 30, "[EPC QR-code]", 9)
        p.text(380, y + 44, "Bedrag: %s" % NL(tot), 8)
        p.text(380, y + 55, "Mededeling: %s" % ref, 8)
        return y + 70

    pages = doc("Inkt & Co zeefdrukkerij", ["Lange Kievitstraat 111 · 2018 Antwerpen", "BTW BE 0658.902.114",
                                             "hello@inktenco.be"],
                ["Jeugdhuis De Kelder vzw", "Kerkstraat 9", "2060 Antwerpen"],
                "Factuur", [("Factuurnr.", num), ("Factuurdatum", mk.date(d, "dmy/")), ("Vervaldag", mk.date(due, "dmy/"))],
                ["Omschrijving", "Aantal", "Prijs", "Totaal"], rows,
                [("Totaal excl. btw", NL(net)), ("Btw 21%", NL(v)), ("Totaal incl. btw", NL(tot), True)],
                ["Betaling op %s (KBC) met gestructureerde mededeling." % sp(ib)],
                ["Inkt & Co · Antwerpen · algemene voorwaarden op de keerzijde"], extra=qr, debtor_label="Klant", layout="right")
    body = ("Hoi Milan,\n\nDe shirts en hoodies voor jullie fuif liggen klaar. In bijlage de factuur; met de QR-code betaal je in één keer.\n\n"
            "Groeten,\nLeen – Inkt & Co")
    eml = mk.mail(rng, "hello@inktenco.be", "Inkt & Co", "Milan <penningmeester@dekelder.be>", "Factuur IC26-0512", d,
                  body_text=body, pdf=True)
    add("billit-pdf", "nl", "pdf", "hello@inktenco.be", "penningmeester@dekelder.be", eml, pages, "IC26-0512.pdf",
        mk.expected(num, tot, tot, d, due, "Jeugdhuis De Kelder vzw", "penningmeester@dekelder.be", ib, True, "nl", reference=ref),
        note="An EPC QR 'scan & betaal' box repeats the amount and the structured communication beside the table; Vervaldag printed in a right-hand column.")


# ================================================================ English invoices

def en01():
    """UK scaffolder, domestic reverse charge for construction services."""
    ib = iban_any("GB")
    d = D(2026, 11, 24)
    num = "HS-10293"
    items = [("Independent scaffold to rear elevation, erect", 1, 265000), ("Hire weeks 2-6 (5 weeks @ £240)", 5, 24000),
             ("Loading bay and ladder access", 1, 38000)]
    rows, net = table(items, GBP)
    v = vat(net, 20)
    pages = doc("Harbour Scaffolding Ltd", ["Unit 4, Quayside Trading Estate, Poole BH15 1HJ", "VAT Reg. GB 318 4470 12 · Co. No. 09918273",
                                            "accounts@harbourscaffolding.co.uk"],
                ["Purbeck Roofing & Building Ltd", "Accounts Payable", "18 Kings Road", "Swanage BH19 1HF"],
                "TAX INVOICE", [("Invoice no.", num), ("Invoice date", mk.date(d, "dmy/")), ("Site", "Holmwood House, Studland"),
                                ("Terms", "30 days from invoice date")],
                ["Description", "Qty", "Rate", "Net"], rows,
                [("Net", GBP(net)), ("VAT 20% (reverse charge)", GBP(v)), ("Amount payable", GBP(net), True)],
                ["Reverse charge: customer to account to HMRC for the VAT of %s (VAT Act 1994 s55A)." % GBP(v),
                 "Pay by BACS: sort code 60-14-52, account 41887702 · IBAN %s" % sp(ib)],
                ["Harbour Scaffolding Ltd, registered in England and Wales."], layout="right", debtor_label="Invoice to")
    body = ("Hi Gemma,\n\nInvoice attached for the scaffold at Holmwood House. Strike is booked for the 9th.\n\n"
            "Cheers,\nLee Barnes\nHarbour Scaffolding")
    eml = mk.mail(rng, "accounts@harbourscaffolding.co.uk", "Harbour Scaffolding Ltd", "Gemma Hurst <accounts@purbeckroofing.co.uk>",
                  "Invoice HS-10293 - Holmwood House", d, body_text=body, pdf=True)
    add("xero-pdf", "en", "pdf", "accounts@harbourscaffolding.co.uk", "accounts@purbeckroofing.co.uk", eml, pages, "INV-HS-10293.pdf",
        mk.expected(num, net, net, d, plus(d, 30), "Purbeck Roofing & Building Ltd", "accounts@purbeckroofing.co.uk", ib, True, "en",
                    currency="GBP"),
        note="UK domestic reverse charge: the VAT amount is printed beside its label but not payable; the amount payable is the net.")


def en02():
    """US HVAC installer, 2/10 net 30, ACH, no IBAN."""
    d = D(2026, 11, 17)
    num = "10488"
    items = [("Rooftop unit service, 3 units", 3, 29500), ("Replace condenser fan motor (RTU-2)", 1, 84000),
             ("Refrigerant R-410A (lbs)", 6, 8500), ("Labor - technician (hrs)", 5.5, 12500)]
    rows, net = table(items, USD)
    tax = int(round((84000 + 6 * 8500) * 0.0625))
    tot = net + tax
    pages = doc("Brightline HVAC LLC", ["2290 Commerce Dr, Suite B, Columbus, OH 43219", "(614) 555-0187 · billing@brightlinehvac.com"],
                ["Maple Street Dental Group", "Attn: Office Manager", "415 Maple St", "Westerville, OH 43081"],
                "INVOICE", [("Invoice #", num), ("Date", mk.date(d, "us")), ("Terms", "2/10 Net 30"), ("PO #", "MSD-2026-114")],
                ["Description", "Qty", "Rate", "Amount"], rows,
                [("Subtotal", USD(net)), ("Sales tax 6.25% (parts)", USD(tax)), ("Total", USD(tot), True)],
                ["Terms 2/10 Net 30: deduct 2% if paid within 10 days of the invoice date; otherwise the full amount is",
                 "due in 30 days. Pay by ACH: Lakeshore Community Bank, routing 044000037, account 7710023841,",
                 "or mail a check payable to Brightline HVAC LLC."],
                ["Thank you for your business!"], layout="window", debtor_label="BILL TO")
    body = ("Hello,\n\nPlease find attached invoice #10488 for the rooftop service visit on November 13.\n\n"
            "Thanks,\nDana Whitfield\nBrightline HVAC LLC")
    eml = mk.mail(rng, "billing@brightlinehvac.com", "Brightline HVAC", "ap@maplestreetdental.com", "Invoice #10488 from Brightline HVAC LLC",
                  d, body_text=body, pdf=True, msgid_domain="brightlinehvac.com")
    add("quickbooks-pdf", "en", "pdf", "billing@brightlinehvac.com", "ap@maplestreetdental.com", eml, pages, "Invoice_10488.pdf",
        mk.expected(num, tot, tot, d, plus(d, 30), "Maple Street Dental Group", "ap@maplestreetdental.com", None, True, "en",
                    currency="USD"),
        note="'2/10 Net 30' spelled out: the full total is due at 30 days; sales tax on parts only; ACH routing and account, no IBAN; a number '#' of digits only.")


def en03():
    """US online course seller, Stripe-hosted style HTML, due on receipt."""
    d = D(2026, 11, 29)
    num = "7C1E90A4-0012"
    inner = ("<p style=\"color:#666\">Kiln &amp; Glaze Academy</p>"
             "<p style=\"font-size:28px;margin:4px 0\"><b>$389.00</b></p><p style=\"color:#666\">Due November 29, 2026</p>"
             "<p><a href=\"https://invoice.stripe.com/i/acct_1Kq8/live_YWNjdF8xS3E4\" style=\"display:inline-block;background:#635bff;color:#fff;"
             "padding:10px 24px;border-radius:6px;text-decoration:none\">Pay this invoice</a></p>"
             "<table style=\"width:100%%\">%s</table>"
             "<p>Hi Rosa, thanks for joining the Winter Wheel-Throwing cohort! Payment is due on receipt; your seat is held "
             "for 72 hours.</p>"
             "<p style=\"font-size:12px;color:#888\">Questions? Reply to this email or contact hello@kilnandglaze.com. "
             "Kiln &amp; Glaze Academy, 88 Pine St, Asheville, NC 28801</p>"
             % html_rows([("Invoice number", num), ("Date of issue", "November 29, 2026"), ("Bill to", "Rosa Delgado"),
                          ("Winter Wheel-Throwing (online, 6 weeks)", "$349.00"), ("Glaze sampler kit (shipped)", "$40.00"),
                          ("Amount due", "$389.00")]))
    eml = mk.mail(rng, "invoice+statements@kilnandglaze.com", "Kiln & Glaze Academy", "rosa.delgado@outlook.com",
                  "Your invoice from Kiln & Glaze Academy #%s" % num, d, body_html=html_wrap(inner, "#635bff"),
                  msgid_domain="stripe.com")
    add("stripe-html", "en", "body-html", "invoice+statements@kilnandglaze.com", "rosa.delgado@outlook.com", eml,
        exp=mk.expected(num, 38900, 38900, d, d, "Rosa Delgado", "rosa.delgado@outlook.com", None, False, "en", currency="USD"),
        note="A Stripe-style hosted invoice: 'Pay this invoice' button, amount first, 'Due <date>' equal to the issue date, and a hex invoice number.")


def en04():
    """Irish translator, Net 15."""
    ib = iban_any("IE")
    d = D(2026, 11, 26)
    num = "OB-2026-077"
    items = [("Translation EN>GA, tourism brochure (6,150 words)", 6150, 16), ("Proofreading by second linguist", 1, 22000),
             ("Rush surcharge (48h)", 1, 15000)]
    rows, net = table(items, EUR_EN)
    rows[0] = ["Translation EN>GA, tourism brochure (6,150 words @ €0.16)", "1", EUR_EN(98400), EUR_EN(98400)]
    v = vat(net, 23)
    tot = net + v
    pages = doc("Ó Briain Translations", ["Áras na Mara, Dock Road, Galway H91 X2C7", "VAT IE 3342718LH",
                                          "niamh@obriaintranslations.ie"],
                ["Wild Atlantic Way Tours DAC", "Unit 12, Ballybrit Business Park", "Galway H91 P6TR"],
                "Invoice", [("Invoice No.", num), ("Invoice Date", mk.date(d, "short-en")), ("Terms", "Net 15"),
                            ("Your PO", "WAW-7781")],
                ["Description", "Qty", "Unit", "Amount"], rows,
                [("Subtotal", EUR_EN(net)), ("VAT @ 23%", EUR_EN(v)), ("Total due", EUR_EN(tot), True)],
                ["Please remit to Niamh Ó Briain, IBAN %s, BIC BOFIIE2D." % sp(ib),
                 "Go raibh maith agat!"],
                ["Ó Briain Translations is a trading name of Niamh Ó Briain, sole trader."], layout="split", debtor_label="Billed to")
    body = ("Hi Cormac,\n\nAttached is my invoice for the brochure translation - thanks for the quick turnaround on the glossary.\n\n"
            "Beir bua,\nNiamh")
    eml = mk.mail(rng, "niamh@obriaintranslations.ie", "Niamh Ó Briain", "Cormac Lynch <finance@wildatlanticwaytours.ie>",
                  "Invoice OB-2026-077", d, body_text=body, pdf=True)
    add("zoho-pdf", "en", "pdf", "niamh@obriaintranslations.ie", "finance@wildatlanticwaytours.ie", eml, pages, "OB-2026-077.pdf",
        mk.expected(num, tot, tot, d, plus(d, 15), "Wild Atlantic Way Tours DAC", "finance@wildatlanticwaytours.ie", ib, True, "en"),
        note="'Net 15' as the only term in a facts grid; Irish VAT 23 %; a word-count line whose quantity is folded into the text.")


def en05():
    """UK yoga teacher, typed, payable in 3 monthly instalments, not VAT registered."""
    ib = iban_any("GB")
    d = D(2026, 12, 1)
    num = "HPY-031"
    body = ("Hi Olivia,\n\n"
            "Lovely to have you on the spring teacher-prep course. As agreed, here's your invoice - and yes, splitting it is absolutely fine.\n\n"
            "INVOICE HPY-031\n"
            "Date: 1 December 2026\n"
            "Billed to: Olivia Grant, 27 Cotham Brow, Bristol BS6 6AR\n\n"
            "Yoga foundations course (12 Saturdays, Jan-Mar 2027) ..... £240.00\n"
            "Total .................................................... £240.00\n"
            "(I'm not VAT registered, so no VAT is charged.)\n\n"
            "Payable in 3 monthly instalments of £80.00, on 15 December 2026, 15 January 2027 and 15 February 2027.\n"
            "Bank: Hannah Pryce, sort code 30-99-14, account 21348870 (IBAN %s).\n"
            "Please put HPY-031 as the reference.\n\n"
            "See you on the mat,\nHannah Pryce Yoga" % sp(ib))
    eml = mk.mail(rng, "hannah@hannahpryceyoga.co.uk", "Hannah Pryce", "olivia.grant@btinternet.com", "Your course invoice (instalments)",
                  d, body_text=body)
    add("typed", "en", "body-text", "hannah@hannahpryceyoga.co.uk", "olivia.grant@btinternet.com", eml,
        exp=mk.expected(num, 24000, 24000, d, D(2026, 12, 15), "Olivia Grant", "olivia.grant@btinternet.com", ib, False, "en",
                        currency="GBP"),
        note="Three monthly instalments of £80 in one sentence: amount due the total £240, due date the first instalment's; 'put HPY-031 as the reference' is the invoice number, not a labelled reference.")


def en06():
    """UK film-kit hire, deposit invoice 50 % of the hire, due before collection."""
    ib = iban_any("GB")
    d = D(2026, 12, 2)
    coll = D(2026, 12, 9)
    num = "NFK-D-0415"
    hire = 286000
    dep = hire // 2
    v = vat(dep, 20)
    tot = dep + v
    pages = doc("Northfield Film Kit Hire", ["Arch 17, Dale Street, Manchester M1 2HF", "VAT No. GB 402 1184 29", "hires@northfieldkit.co.uk"],
                ["Red Brick Pictures Ltd", "c/o Production Office", "5 Jordan Street", "Manchester M15 4PY"],
                "DEPOSIT INVOICE", [("Invoice", num), ("Date", mk.date(d, "long", "en")), ("Hire ref", "NFK-H-2291"),
                                    ("Collection", mk.date(coll, "long", "en"))],
                ["Description", "", "", "Amount"],
                [["Hire 9-20 December: camera package, grip, lighting (net %s)" % GBP(hire), "", "", ""],
                 ["Deposit 50% of hire value", "", "", GBP(dep)]],
                [("Deposit (net)", GBP(dep)), ("VAT 20%", GBP(v)), ("Deposit payable", GBP(tot), True)],
                ["Deposit payable in cleared funds before collection on %s." % mk.date(coll, "long", "en"),
                 "The balance will be invoiced on return of the kit.",
                 "IBAN %s · sort code 20-32-06 · acc. 50917733" % sp(ib)],
                ["Northfield Film Kit Hire is a trading name of Northfield Kit Ltd (Co. No. 11029384)."], layout="banner",
                debtor_label="Invoice to")
    body = ("Hi Priya,\n\nDeposit invoice for the December hire attached - once it's cleared we'll have the kit prepped for Wednesday.\n\n"
            "Best,\nTom\nNorthfield Film Kit Hire")
    eml = mk.mail(rng, "hires@northfieldkit.co.uk", "Northfield Film Kit Hire", "Priya Nair <accounts@redbrickpictures.co.uk>",
                  "Deposit invoice NFK-D-0415", d, body_text=body, pdf=True)
    add("freeagent-pdf", "en", "pdf", "hires@northfieldkit.co.uk", "accounts@redbrickpictures.co.uk", eml, pages, "NFK-D-0415.pdf",
        mk.expected(num, tot, tot, d, coll, "Red Brick Pictures Ltd", "accounts@redbrickpictures.co.uk", ib, True, "en", currency="GBP"),
        note="A deposit invoice: the hire value stands in the text, the deposit with VAT is the invoice's total; due 'before collection' on a printed date; 'c/o Production Office' under the firm.")


def en07():
    """UK bookkeeping office, invoice assigned to an invoice-finance company."""
    own = iban_any("GB")
    fac = iban_any("GB")
    d = D(2026, 11, 30)
    num = "CB-2026-1187"
    items = [("Monthly bookkeeping - November", 1, 45000), ("Payroll, 14 employees", 14, 850), ("VAT return Q3 (MTD)", 1, 18000)]
    rows, net = table(items, GBP)
    v = vat(net, 20)
    tot = net + v
    pages = doc("Copperleaf Bookkeeping", ["14 Bridge Street, Bradford-on-Avon BA15 1BY", "VAT Reg. GB 281 6653 07",
                                           "office@copperleafbooks.co.uk"],
                ["The Old Mill Bakery Ltd", "Mill Lane", "Frome BA11 3AR"],
                "Invoice", [("Invoice number", num), ("Invoice date", mk.date(d, "dmy/")),
                            ("Due date", mk.date(plus(d, 14), "dmy/"))],
                ["Description", "Qty", "Price", "Total"], rows,
                [("Net", GBP(net)), ("VAT @ 20%", GBP(v)), ("Total", GBP(tot), True)],
                ["NOTICE OF ASSIGNMENT: this debt has been assigned to Albion Invoice Finance Ltd. Payment must be",
                 "made only to Albion Invoice Finance Ltd, sort code 40-11-62, account 73390214,",
                 "IBAN %s, quoting the invoice number." % sp(fac),
                 "Payment to any other account will not discharge the debt."],
                ["Copperleaf Bookkeeping Ltd · Barclays %s" % sp(own)], layout="window")
    body = ("Dear Martin,\n\nPlease find attached our invoice for November. Kindly note the payment details on the invoice.\n\n"
            "Kind regards,\nSally Croft\nCopperleaf Bookkeeping")
    eml = mk.mail(rng, "office@copperleafbooks.co.uk", "Copperleaf Bookkeeping", "Martin Fry <martin@oldmillbakery.co.uk>",
                  "Invoice CB-2026-1187", d, body_text=body, pdf=True)
    add("sage-pdf", "en", "pdf", "office@copperleafbooks.co.uk", "martin@oldmillbakery.co.uk", eml, pages, "CB-2026-1187.pdf",
        mk.expected(num, tot, tot, d, plus(d, 14), "The Old Mill Bakery Ltd", "martin@oldmillbakery.co.uk", fac, True, "en", currency="GBP"),
        note="A notice of assignment names the finance company's IBAN as the only one that discharges the debt; the seller's own IBAN stands in the footer.")


def en08():
    """UK office bakery, HTML, GoCardless direct debit on or around a date."""
    d = D(2026, 11, 30)
    coll = D(2026, 12, 7)
    num = "DC-11-0098"
    net = 61250
    inner = ("<h2 style=\"margin:0\">The Daily Crumb</h2><p style=\"color:#999\">Office breakfasts &amp; cakes · Leeds</p>"
             "<p>Hello Ravi,</p><p>Here's your invoice for November deliveries to Canal Wharf Architects.</p>"
             "<table style=\"width:100%%\">%s</table>"
             "<p style=\"background:#f4f4f4;padding:10px\">Payment will be collected by Direct Debit from your account ending 6620 "
             "on or around <b>7 December 2026</b>. Mandate reference: DAILYCRUMB-CWA01. You're covered by the Direct Debit Guarantee.</p>"
             "<p>Cheers,<br>Bex at The Daily Crumb</p><p style=\"font-size:11px;color:#999\">The Daily Crumb Ltd, 3 Call Lane, Leeds LS1 7DH. "
             "Most of our food is zero-rated; coffee and hot items carry VAT and are shown separately.</p>"
             % html_rows([("Invoice", num), ("Issued", "30 Nov 2026"), ("Bill to", "Canal Wharf Architects LLP"),
                          ("Breakfast boxes x 20 (zero-rated)", "£480.00"), ("Hot drinks service (20% VAT incl.)", "£132.50"),
                          ("Total", "£612.50"), ("of which VAT", "£22.08")]))
    eml = mk.mail(rng, "hello@thedailycrumb.co.uk", "The Daily Crumb", "Ravi Chauhan <ravi@canalwharf-architects.co.uk>",
                  "Your November invoice DC-11-0098", d, body_html=html_wrap(inner, "#c0392b"))
    add("custom-html", "en", "body-html", "hello@thedailycrumb.co.uk", "ravi@canalwharf-architects.co.uk", eml,
        exp=mk.expected(num, net, net, d, coll, "Canal Wharf Architects LLP", "ravi@canalwharf-architects.co.uk", None, True, "en",
                        currency="GBP"),
        note="Direct Debit 'on or around 7 December' (the due date), a mandate reference that is no payment reference, two VAT treatments in one total and no IBAN.")


def en09():
    """Irish plumber, two VAT rates 13.5 % and 23 %."""
    ib = iban_any("IE")
    d = D(2026, 11, 21)
    num = "MHP-4410"
    a = [("Boiler service and flue analysis", 1, 11000), ("Power-flush central heating (labour)", 1, 32000)]
    b = [("Magnetic filter (supply only)", 1, 14500), ("Inhibitor 1L", 2, 1850)]
    ra, na = table(a, EUR_EN)
    rb, nb = table(b, EUR_EN)
    va = int(round(na * 0.135))
    vb = vat(nb, 23)
    tot = na + nb + va + vb
    pages = doc("Mulcahy Heating & Plumbing", ["Ballinlough Road, Cork T12 KX96", "VAT No. IE 9813320W · RGII reg. 10422",
                                               "087 210 4419 · office@mulcahyheating.ie"],
                ["Mr Declan Hegarty", "14 Maryville Park", "Blackrock", "Cork T12 E2W8"],
                "INVOICE", [("Invoice", num), ("Date", mk.date(d, "dmy/")), ("Job", "Power-flush & service")],
                ["Item", "Qty", "Price", "Net"], ra + rb,
                [("Services (VAT 13.5%)", EUR_EN(na)), ("VAT 13.5%", EUR_EN(va)), ("Goods (VAT 23%)", EUR_EN(nb)),
                 ("VAT 23%", EUR_EN(vb)), ("TOTAL", EUR_EN(tot), True)],
                ["Payment due within 14 days. Bank transfer to AIB, IBAN %s, BIC AIBKIE2D," % sp(ib),
                 "please quote your invoice number. Card payments by phone also accepted."],
                ["Thank you for choosing Mulcahy Heating & Plumbing."])
    body = ("Hi Declan,\n\nThanks for having us in on Thursday - the system's running much quieter now. Invoice attached.\n\n"
            "Regards,\nKieran Mulcahy")
    eml = mk.mail(rng, "office@mulcahyheating.ie", "Mulcahy Heating & Plumbing", "declan.hegarty@eircom.net",
                  "Invoice MHP-4410", d, body_text=body, pdf=True)
    add("word-pdf", "en", "pdf", "office@mulcahyheating.ie", "declan.hegarty@eircom.net", eml, pages, "MHP-4410.pdf",
        mk.expected(num, tot, tot, d, plus(d, 14), "Declan Hegarty", "declan.hegarty@eircom.net", ib, False, "en"),
        note="Two Irish VAT rates with a net and a VAT row each before the total; a consumer with 'Mr' and a locality line.")


def en10():
    """US voice-over artist, typed, Net 15, PayPal link, no IBAN."""
    d = D(2026, 12, 3)
    num = "JM-1042"
    body = ("Hi Carla,\n\n"
            "Great working with you on the explainer - the final WAVs are in the Dropbox folder. Invoice below.\n\n"
            "Invoice JM-1042 | December 3, 2026\n"
            "Client: Brightwater Learning Inc., 1200 Harbor Blvd, Suite 310, Oxnard, CA 93035\n\n"
            "- Voice-over, 2 x 90-sec explainer scripts ........ $700.00\n"
            "- Non-broadcast usage license, 2 years ............ $250.00\n"
            "- Pickups session (30 min) ........................ $75.00\n"
            "TOTAL DUE: $1,025.00\n\n"
            "Terms: Net 15.\n"
            "Pay via PayPal: https://paypal.me/jessmorenovo/1025 - or Zelle to jess@jessmorenovo.com.\n\n"
            "Thanks so much!\nJess Moreno\nJess Moreno Voiceover · Ventura, CA")
    eml = mk.mail(rng, "jess@jessmorenovo.com", "Jess Moreno", "Carla Ruiz <carla.ruiz@brightwaterlearning.com>",
                  "Invoice JM-1042 - explainer VO", d, body_text=body)
    add("typed", "en", "body-text", "jess@jessmorenovo.com", "carla.ruiz@brightwaterlearning.com", eml,
        exp=mk.expected(num, 102500, 102500, d, plus(d, 15), "Brightwater Learning Inc.", "carla.ruiz@brightwaterlearning.com", None,
                        True, "en", currency="USD"),
        note="A typed US invoice with 'Net 15' and a PayPal.me link that carries the amount in its path; a '2 years' licence and a '90-sec' figure in lines.")


def en11():
    """New Zealand sound studio: due on the 20th of the month following."""
    d = D(2026, 11, 26)
    due = D(2026, 12, 20)
    num = "KRS-0731"
    items = [("Podcast mix & master, episodes 41-46", 6, 18000), ("ADR session, studio 2 (hrs)", 3, 14500)]
    rows, net = table(items, lambda c: "$" + mk.money(c, "en"))
    gst = vat(net, 15)
    tot = net + gst
    pages = doc("Kauri Ridge Sound", ["41 Karangahape Road, Auckland 1010", "GST No. 118-204-775", "accounts@kauriridgesound.co.nz"],
                ["Tui Street Media Limited", "PO Box 90417", "Victoria Street West", "Auckland 1142"],
                "TAX INVOICE", [("Invoice No", num), ("Invoice Date", "26/11/2026"), ("Reference", "Podcast S4")],
                ["Description", "Qty", "Unit Price", "Amount NZD"], rows,
                [("Subtotal", "$" + mk.money(net, "en")), ("GST 15%", "$" + mk.money(gst, "en")),
                 ("TOTAL NZD", "$" + mk.money(tot, "en"), True)],
                ["Payment terms: due on the 20th of the month following the date of invoice.",
                 "Direct credit to Kauri Ridge Sound Ltd, ASB 12-3194-0288471-00, with invoice number as reference."],
                ["Kauri Ridge Sound Ltd · NZBN 9429047718320"], layout="right", debtor_label="To")
    body = ("Kia ora Aroha,\n\nInvoice for the season 4 mixes attached. Usual terms.\n\nNgā mihi,\nMatiu\nKauri Ridge Sound")
    eml = mk.mail(rng, "accounts@kauriridgesound.co.nz", "Kauri Ridge Sound", "Aroha Ngata <accounts@tuistreetmedia.co.nz>",
                  "Invoice KRS-0731 from Kauri Ridge Sound", d, body_text=body, pdf=True)
    add("xero-pdf", "en", "pdf", "accounts@kauriridgesound.co.nz", "accounts@tuistreetmedia.co.nz", eml, pages, "Invoice KRS-0731.pdf",
        mk.expected(num, tot, tot, d, due, "Tui Street Media Limited", "accounts@tuistreetmedia.co.nz", None, True, "en", currency="NZD"),
        note="New Zealand: NZD with a bare '$', GST 15 %, a bank account in NZ format (no IBAN), and 'the 20th of the month following' as the term.")


def en12():
    """UK vintage furniture dealer, margin scheme."""
    ib = iban_any("GB")
    d = D(2026, 12, 1)
    due = D(2026, 12, 11)
    num = "VL-2318"
    pages = doc("The Vintage Loft", ["The Old Chapel, 9 Bath Street, Frome BA11 1DJ", "VAT Reg. GB 377 2019 55", "shop@thevintageloft.co.uk"],
                ["Ms Eleanor Whitcombe", "Rose Cottage", "Church Lane", "Nunney BA11 4NP"],
                "Invoice", [("Invoice no.", num), ("Date", mk.date(d, "long", "en")), ("Payment due by", mk.date(due, "long", "en"))],
                ["Item", "Qty", "Price", "Total"],
                [["Ercol Windsor dining table, 1960s", "1", GBP(68500), GBP(68500)],
                 ["Set of 4 Ercol quaker chairs", "1", GBP(52000), GBP(52000)],
                 ["Delivery to Nunney", "1", GBP(4500), GBP(4500)]],
                [("Total", GBP(125000), True)],
                ["Second-hand goods: margin scheme. VAT is not shown separately and cannot be reclaimed.",
                 "Delivery is arranged once payment has cleared. Bank: Lloyds, IBAN %s." % sp(ib)],
                ["The Vintage Loft · Frome"])
    body = ("Dear Eleanor,\n\nThank you for choosing the Ercol set. Your invoice is attached; we'll book delivery as soon as payment reaches us.\n\n"
            "Warm regards,\nJudith Crane\nThe Vintage Loft")
    eml = mk.mail(rng, "shop@thevintageloft.co.uk", "The Vintage Loft", "eleanor.whitcombe@gmail.com", "Your invoice VL-2318", d,
                  body_text=body, pdf=True)
    add("word-pdf", "en", "pdf", "shop@thevintageloft.co.uk", "eleanor.whitcombe@gmail.com", eml, pages, "VL-2318.pdf",
        mk.expected(num, 125000, 125000, d, due, "Eleanor Whitcombe", "eleanor.whitcombe@gmail.com", ib, False, "en", currency="GBP"),
        note="Margin scheme with a VAT number but no VAT row; delivery inside the total; a consumer over a house name.")


def en13():
    """Irish window cleaner, HTML, Pay now link and IBAN, due within 7 days."""
    ib = iban_any("IE")
    d = D(2026, 12, 2)
    num = "CW-20931"
    inner = ("<p><b>Clearwater Window Cleaning</b><br>Lucan, Co. Dublin</p>"
             "<p>Hi Siobhán,</p><p>We called out today and did the windows, frames and conservatory roof. Your invoice:</p>"
             "<table>%s</table>"
             "<p><a href=\"https://pay.clearwaterwc.ie/i/CW-20931\" style=\"color:#fff;background:#0a7;padding:8px 18px;text-decoration:none\">Pay now by card</a></p>"
             "<p>Or by transfer within 7 days: IBAN %s (Clearwater Window Cleaning).</p>"
             "<p>See you again in 8 weeks!<br>Gavin</p>"
             % (html_rows([("Invoice no.", num), ("Date", "2 December 2026"), ("Customer", "Siobhán Kearney, 6 Esker Lawns, Lucan"),
                           ("Windows inside &amp; out", "€70.00"), ("Conservatory roof", "€45.00"), ("VAT", "not registered"),
                           ("Total", "€115.00")]), sp(ib)))
    eml = mk.mail(rng, "gavin@clearwaterwc.ie", "Clearwater Window Cleaning", "siobhan.kearney@gmail.com", "Invoice CW-20931", d,
                  body_html=html_wrap(inner, "#00aa77"))
    add("custom-html", "en", "body-html", "gavin@clearwaterwc.ie", "siobhan.kearney@gmail.com", eml,
        exp=mk.expected(num, 11500, 11500, d, plus(d, 7), "Siobhán Kearney", "siobhan.kearney@gmail.com", ib, False, "en"),
        note="An Irish HTML invoice with a card 'Pay now' link first, the 7-day term inside the transfer sentence, and 'VAT: not registered' in the table; '8 weeks' is the next visit.")


def en14():
    """UK corporate trainer, prompt payment discount (settlement discount), 30 days."""
    ib = iban_any("GB")
    d = D(2026, 11, 20)
    num = "AT/2026/0219"
    items = [("Time-management workshop, 1 day, up to 12 delegates", 2, 145000), ("Course workbooks", 24, 1200),
             ("Trainer travel (Leeds - Hull return)", 2, 8800)]
    rows, net = table(items, GBP)
    v = vat(net, 20)
    tot = net + v
    pages = doc("Ashworth Training", ["Park Row House, 19 Park Row, Leeds LS1 5JF", "VAT Reg. GB 230 9918 64",
                                      "invoices@ashworthtraining.co.uk"],
                ["Humber Freight Services Ltd", "HR Department", "Alexandra Dock", "Hull HU9 1TA"],
                "Invoice", [("Invoice number", num), ("Tax point / date", mk.date(d, "long", "en")),
                            ("Payment terms", "30 days")],
                ["Description", "Qty", "Unit", "Total"], rows,
                [("Total net", GBP(net)), ("VAT at 20%", GBP(v)), ("Invoice total", GBP(tot), True)],
                ["Prompt payment discount: you may deduct 2.5%% (%s) if this invoice is paid within 7 days." % GBP(tot * 25 // 1000),
                 "If you take the discount, you must reduce your VAT claim accordingly. Otherwise the full amount",
                 "is payable within 30 days. Account: Ashworth Training Ltd, IBAN %s." % sp(ib)],
                ["Ashworth Training Ltd · Registered in England No. 10277364"], layout="split", debtor_label="Customer")
    body = ("Dear Mr Patel,\n\nThank you again for hosting both workshops. Please find our invoice attached.\n\n"
            "Yours sincerely,\nClaire Ashworth")
    eml = mk.mail(rng, "invoices@ashworthtraining.co.uk", "Ashworth Training", "purchase.ledger@humberfreight.co.uk",
                  "Invoice AT/2026/0219", d, body_text=body, pdf=True)
    add("sage-pdf", "en", "pdf", "invoices@ashworthtraining.co.uk", "purchase.ledger@humberfreight.co.uk", eml, pages,
        "AT-2026-0219.pdf",
        mk.expected(num, tot, tot, d, plus(d, 30), "Humber Freight Services Ltd", "purchase.ledger@humberfreight.co.uk", ib, True, "en",
                    currency="GBP"),
        note="UK prompt payment discount with its own amount and the HMRC wording; the number has slashes; 'Tax point / date' as the date label.")


def en15():
    """UK mobile dog groomer, typed, due on receipt."""
    ib = iban_any("GB")
    d = D(2026, 12, 3)
    num = "0387"
    body = ("Hiya Mrs Holloway,\n\n"
            "Biscuit was a superstar today - all fluffed up and smelling of coconut!\n\n"
            "Invoice no. 0387 - 3 Dec 2026\n"
            "For: Mrs J. Holloway, 11 Meadow Close, Sevenoaks TN13 3QA\n"
            "Full groom, cockapoo (medium) £55.00\n"
            "De-matting (extra 20 mins) £12.00\n"
            "Total £67.00\n\n"
            "Payment is due on receipt please - bank transfer to Mike's Mobile Grooming, sort code 09-01-28, acc 33105412, "
            "IBAN %s.\n\n"
            "Thanks again,\nMike\nMike's Mobile Dog Grooming · 07700 900412" % sp(ib))
    eml = mk.mail(rng, "mike@mikesmobilegrooming.co.uk", "Mike's Mobile Dog Grooming", "j.holloway@sky.com", "Biscuit's groom - invoice",
                  d, body_text=body)
    add("typed", "en", "body-text", "mike@mikesmobilegrooming.co.uk", "j.holloway@sky.com", eml,
        exp=mk.expected(num, 6700, 6700, d, d, "J. Holloway", "j.holloway@sky.com", ib, False, "en", currency="GBP"),
        note="Typed with no separator between items and prices, 'due on receipt' (the issue date), a number with a leading zero and a phone number that looks like an amount.")


# ================================================================ German invoices

def de01():
    """Recording studio, 2 % Skonto within 10 days, 30 days net."""
    ib = iban_any("DE")
    d = D(2026, 11, 25)
    num = "RE-2026-0344"
    items = [("Studiomiete Raum A inkl. Tonmeister (Tage)", 3, 72000), ("Schnitt und Mischung Hörbuch (Std.)", 22, 6500),
             ("Mastering und Export ACX/Audible", 1, 28000)]
    rows, net = table(items, DE)
    v = vat(net, 19)
    tot = net + v
    pages = doc("Tonstudio Hallraum", ["Karl-Heine-Straße 93 · 04229 Leipzig", "USt-IdNr. DE318824077 · St.-Nr. 232/118/04471",
                                       "buero@tonstudio-hallraum.de"],
                ["Verlag Lauschgold GmbH", "Frau Dr. Katrin Seidel", "Gohliser Straße 12", "04155 Leipzig"],
                "Rechnung", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(d, "dmy.")), ("Leistungszeitraum", "02.11.-20.11.2026"),
                             ("Projekt", "Hörbuch 'Nebelkinder'")],
                ["Leistung", "Menge", "Einzelpreis", "Gesamt"], rows,
                [("Nettobetrag", DE(net)), ("zzgl. 19 % USt.", DE(v)), ("Rechnungsbetrag", DE(tot), True)],
                ["Zahlungsbedingungen: 2 % Skonto bei Zahlung innerhalb von 10 Tagen, 30 Tage netto.",
                 "Bankverbindung: Sparkasse Leipzig, IBAN %s, BIC WELADE8LXXX" % sp(ib)],
                ["Tonstudio Hallraum · Inh. Jonas Brettschneider · Leipzig"], layout="window")
    body = ("Sehr geehrte Frau Dr. Seidel,\n\nanbei erhalten Sie unsere Rechnung für die Produktion des Hörbuchs. "
            "Es war uns eine Freude.\n\nMit freundlichen Grüßen\nJonas Brettschneider")
    eml = mk.mail(rng, "buero@tonstudio-hallraum.de", "Tonstudio Hallraum", "\"Dr. Katrin Seidel\" <k.seidel@lauschgold-verlag.de>",
                  "Rechnung RE-2026-0344", d, body_text=body, pdf=True)
    add("lexoffice-pdf", "de", "pdf", "buero@tonstudio-hallraum.de", "k.seidel@lauschgold-verlag.de", eml, pages, "RE-2026-0344.pdf",
        mk.expected(num, tot, tot, d, plus(d, 30), "Verlag Lauschgold GmbH", "k.seidel@lauschgold-verlag.de", ib, True, "de"),
        note="'2 % Skonto bei Zahlung innerhalb von 10 Tagen, 30 Tage netto': the net term is the due date, the full amount is due; a performance period beside the date.")


def de02():
    """Scaffolder, §13b UStG, 14 days after receipt of the invoice (mailed two days later)."""
    ib = iban_any("DE")
    d = D(2026, 11, 19)
    sent = D(2026, 11, 21)
    num = "GK-26-1180"
    items = [("Fassadengerüst LG 0,70 m, Auf- und Abbau (m²)", 412, 850), ("Gerüststandzeit über 4 Wochen hinaus (m²/Woche)", 824, 45),
             ("Schutznetz", 412, 120)]
    rows, net = table(items, DE)
    pages = doc("Gerüstbau Kowalczyk GmbH", ["Hafenstraße 40 · 28217 Bremen", "HRB 31877 HB · USt-IdNr. DE294418003",
                                             "rechnung@geruestbau-kowalczyk.de"],
                ["Dachdeckerei Ahlers & Söhne GmbH", "Buchhaltung", "Vegesacker Heerstraße 221", "28757 Bremen"],
                "Rechnung", [("Rechnung Nr.", num), ("Datum", mk.date(d, "dmy.")), ("Bauvorhaben", "Kirchweg 14, Bremen-Vegesack"),
                             ("Ihre USt-IdNr.", "DE812204471")],
                ["Position", "Menge", "EP", "GP"], rows,
                [("Summe netto", DE(net)), ("USt. 0 %", DE(0)), ("Zahlbetrag", DE(net), True)],
                ["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG.",
                 "Zahlbar innerhalb von 14 Tagen nach Rechnungseingang ohne Abzug.",
                 "Commerzbank Bremen · IBAN %s" % sp(ib)],
                ["Gerüstbau Kowalczyk GmbH · Geschäftsführer: Piotr Kowalczyk"], layout="right", debtor_label="Rechnungsempfänger")
    body = ("Guten Tag,\n\nim Anhang unsere Rechnung vom 19.11. zum Bauvorhaben Kirchweg 14. Entschuldigen Sie die verspätete Zusendung.\n\n"
            "Mit freundlichen Grüßen\nMonika Brandt\nBuchhaltung")
    eml = mk.mail(rng, "rechnung@geruestbau-kowalczyk.de", "Gerüstbau Kowalczyk", "buchhaltung@ahlers-dach.de",
                  "Rechnung GK-26-1180 BV Kirchweg 14", sent, body_text=body, pdf=True)
    add("sevdesk-pdf", "de", "pdf", "rechnung@geruestbau-kowalczyk.de", "buchhaltung@ahlers-dach.de", eml, pages, "GK-26-1180.pdf",
        mk.expected(num, net, net, d, plus(d, 14), "Dachdeckerei Ahlers & Söhne GmbH", "buchhaltung@ahlers-dach.de", ib, True, "de"),
        note="§13b reverse charge (0 % row) and '14 Tagen nach Rechnungseingang' in a mail sent two days after the invoice date: counted from the invoice's date, as every set counts a term after receipt (relabelled in session 23; its author counted from the mail's date).")


def de03():
    """Yoga teacher, §19 UStG, typed, Verwendungszweck."""
    ib = iban_any("DE")
    d = D(2026, 11, 30)
    num = "2026-112"
    vz = "YM112KRUEGER"
    body = ("Liebe Jana,\n\n"
            "danke für die schöne Privatstunden-Reihe im November! Hier kommt meine Rechnung.\n\n"
            "Rechnung Nr. 2026-112 vom 30.11.2026\n"
            "Rechnungsempfängerin: Jana Krüger, Eppendorfer Weg 58, 20259 Hamburg\n\n"
            "5 Yoga-Privatstunden à 75 Min. je 85,00 €          425,00 €\n"
            "Anfahrtspauschale                                   20,00 €\n"
            "Gesamtbetrag                                       445,00 €\n\n"
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\n"
            "Bitte überweise den Betrag bis zum 14.12.2026 auf\n"
            "Miriam Hoffmann, IBAN %s\n"
            "Verwendungszweck: %s\n\n"
            "Namaste\nMiriam\nYoga mit Miriam · Hamburg" % (sp(ib), vz))
    eml = mk.mail(rng, "kontakt@yoga-mit-miriam.de", "Miriam Hoffmann", "jana.krueger@web.de", "Rechnung Privatstunden November", d,
                  body_text=body)
    add("typed", "de", "body-text", "kontakt@yoga-mit-miriam.de", "jana.krueger@web.de", eml,
        exp=mk.expected(num, 44500, 44500, d, D(2026, 12, 14), "Jana Krüger", "jana.krueger@web.de", ib, False, "de", reference=vz),
        note="§19 UStG small-business exemption in a typed mail, a 'Rechnungsempfängerin' line and a Verwendungszweck that is not the invoice number.")


def de04():
    """Swiss dog groomer, QR-bill with Zahlteil and 27-digit QR reference."""
    qib = iban_any("CH")
    d = D(2026, 11, 23)
    num = "FW-2026-0871"
    ref = qrref("00000000000002026087100001")
    items = [("Schur und Bad Goldendoodle", 1, 11500), ("Krallen schneiden", 1, 1500), ("Zahnpflege-Set", 1, 2480)]
    rows, net = table(items, lambda c: "CHF " + mk.money(c, "ch"))
    mw = int(round(net * 0.081))
    raw = net + mw
    tot = int(5 * round(raw / 5.0))
    diff = tot - raw
    deb = ["Sandra Meier-Bühler", "Rychenbergstrasse 140", "8400 Winterthur"]
    pages = doc("Hundesalon Fellwerk", ["Technikumstrasse 38 · 8400 Winterthur", "CHE-418.229.307 MWST", "hallo@fellwerk.ch"],
                deb, "Rechnung", [("Rechnungsnummer", num), ("Datum", mk.date(d, "dmy.")), ("Hund", "Luna")],
                ["Leistung", "Anz.", "Preis", "Betrag"], rows,
                [("Total exkl. MWST", "CHF " + mk.money(net, "ch")), ("MWST 8,1 %", "CHF " + mk.money(mw, "ch")),
                 ("Rundungsdifferenz", "CHF " + mk.money(diff, "ch")), ("Total", "CHF " + mk.money(tot, "ch"), True)],
                ["Zahlbar innert 30 Tagen mit dem QR-Einzahlungsschein unten."],
                [], extra=lambda p, y: swiss_slip(p, y, sp(qib), ["Hundesalon Fellwerk", "Technikumstrasse 38", "8400 Winterthur"],
                                                  qrref_spaced(ref), mk.money(tot, "ch").replace("'", " "), deb))
    body = ("Grüezi Frau Meier\n\nLuna war heute wieder ein Schatz. Im Anhang finden Sie die Rechnung mit QR-Einzahlungsschein.\n\n"
            "Liebe Grüsse\nCorinne\nHundesalon Fellwerk")
    eml = mk.mail(rng, "hallo@fellwerk.ch", "Hundesalon Fellwerk", "s.meier-buehler@bluewin.ch", "Rechnung Fellwerk FW-2026-0871", d,
                  body_text=body, pdf=True)
    add("bexio-pdf", "de", "pdf", "hallo@fellwerk.ch", "s.meier-buehler@bluewin.ch", eml, pages, "Rechnung_FW-2026-0871.pdf",
        mk.expected(num, tot, tot, d, plus(d, 30), "Sandra Meier-Bühler", "s.meier-buehler@bluewin.ch", qib, False, "de",
                    reference=ref, currency="CHF"),
        note="Swiss QR-bill: receipt and payment part printed under the invoice with a QR-IBAN and a 27-digit QR reference in groups, a 5-Rappen rounding row, and the debtor printed three times.")


def de05():
    """Translation bureau, assigned claim: payment with discharging effect only to the factor."""
    own = iban_any("DE")
    fac = iban_any("DE")
    d = D(2026, 11, 27)
    num = "KL-R-26-0529"
    items = [("Fachübersetzung DE>SV Bedienungsanleitung (Normzeilen)", 640, 165), ("Terminologiedatenbank anlegen", 1, 18000),
             ("Lektorat durch Muttersprachler (Std.)", 4, 6500)]
    rows, net = table(items, DE)
    v = vat(net, 19)
    tot = net + v
    pages = doc("Übersetzungsbüro Kern & Lindqvist", ["Schillerstraße 7 · 24103 Kiel", "USt-IdNr. DE301177482",
                                                      "projekte@kern-lindqvist.de"],
                ["Nordwind Maschinenbau GmbH", "z. Hd. Herrn Olaf Petersen", "Werftstraße 200", "24148 Kiel"],
                "RECHNUNG", [("Rechnungs-Nr.", num), ("Rechnungsdatum", mk.date(d, "dmy.")), ("Zahlungsziel", "21 Tage"),
                             ("Bestell-Nr.", "4500871120")],
                ["Bezeichnung", "Menge", "Preis", "Betrag"], rows,
                [("Netto", DE(net)), ("USt. 19 %", DE(v)), ("Brutto", DE(tot), True)],
                ["Wir haben unsere Forderungen aus dieser Rechnung an die Hanse Factoring AG, Hamburg, abgetreten.",
                 "Zahlungen mit befreiender Wirkung nur an: Hanse Factoring AG, IBAN %s." % sp(fac),
                 "Bitte geben Sie als Verwendungszweck die Rechnungsnummer an."],
                ["Kern & Lindqvist GbR · Förde Sparkasse IBAN %s" % sp(own)], layout="split", debtor_label="Rechnungsadresse")
    body = ("Sehr geehrter Herr Petersen,\n\nanbei unsere Rechnung zur Übersetzung der Bedienungsanleitung ins Schwedische. "
            "Bitte beachten Sie den Abtretungshinweis auf der Rechnung.\n\nMit freundlichen Grüßen\nKarin Lindqvist")
    eml = mk.mail(rng, "projekte@kern-lindqvist.de", "Kern & Lindqvist", "eingangsrechnungen@nordwind-mb.de",
                  "Rechnung KL-R-26-0529", d, body_text=body, pdf=True)
    add("billomat-pdf", "de", "pdf", "projekte@kern-lindqvist.de", "eingangsrechnungen@nordwind-mb.de", eml, pages, "KL-R-26-0529.pdf",
        mk.expected(num, tot, tot, d, plus(d, 21), "Nordwind Maschinenbau GmbH", "eingangsrechnungen@nordwind-mb.de", fac, True, "de"),
        note="'Zahlungen mit befreiender Wirkung nur an' the factor, whose IBAN is labelled, while the footer prints the bureau's own; 'Verwendungszweck: die Rechnungsnummer' names no reference of its own.")


def de06():
    """Online course seller, HTML, pay-now links, 'zahlbar sofort ohne Abzug'."""
    d = D(2026, 12, 2)
    num = "AA-2026-10455"
    ib = iban_any("DE")
    inner = ("<h2 style=\"color:#3a7bd5\">Aquarell-Akademie Online</h2>"
             "<p>Hallo Birgit Hansen,</p><p>vielen Dank für Deine Buchung! Hier ist Deine Rechnung für den Kurs "
             "<i>Lockere Landschaften in Aquarell</i>.</p>"
             "<table style=\"width:100%%\">%s</table>"
             "<p><b>Zahlbar sofort ohne Abzug.</b> Der Kurszugang wird nach Zahlungseingang freigeschaltet.</p>"
             "<p><a href=\"https://checkout.aquarell-akademie.de/pay/AA-2026-10455?m=paypal\">Mit PayPal bezahlen</a> &middot; "
             "<a href=\"https://checkout.aquarell-akademie.de/pay/AA-2026-10455?m=card\">Mit Karte bezahlen</a></p>"
             "<p>Per Überweisung: IBAN %s, Kontoinhaberin Lea Sommerfeld</p>"
             "<p style=\"font-size:11px;color:#888\">Aquarell-Akademie Online · Inh. Lea Sommerfeld · Am Kanal 3 · 14467 Potsdam · "
             "USt-IdNr. DE334106582</p>"
             % (html_rows([("Rechnungsnummer", num), ("Rechnungsdatum", "02.12.2026"),
                           ("Online-Kurs (12 Lektionen, lebenslanger Zugang)", "149,00 €"), ("Materialpaket Aquarell", "39,00 €"),
                           ("enthaltene USt. 19 %", "30,02 €"), ("Gesamtbetrag", "188,00 €")]), sp(ib)))
    eml = mk.mail(rng, "rechnung@aquarell-akademie.de", "Aquarell-Akademie Online", "birgit.hansen@t-online.de",
                  "Deine Rechnung AA-2026-10455", d, body_html=html_wrap(inner, "#3a7bd5"))
    add("custom-html", "de", "body-html", "rechnung@aquarell-akademie.de", "birgit.hansen@t-online.de", eml,
        exp=mk.expected(num, 18800, 18800, d, d, "Birgit Hansen", "birgit.hansen@t-online.de", ib, False, "de"),
        note="'Zahlbar sofort ohne Abzug' (due on the issue date) with PayPal and card links before the IBAN; VAT included in the gross, not added.")


def de07():
    """Austrian refrigeration/HVAC firm, Anzahlungsrechnung 30 %."""
    ib = iban_any("AT")
    d = D(2026, 11, 24)
    num = "AZ-2026/017"
    order = 1860000
    dep = order * 30 // 100
    v = vat(dep, 20)
    tot = dep + v
    pages = doc("Kältetechnik Gruber e.U.", ["Puchstraße 112 · 8020 Graz", "UID ATU71884402 · FN 488120 t",
                                             "office@kaelte-gruber.at"],
                ["Gasthof Zur Post Pölzl OG", "Hauptplatz 5", "8160 Weiz"],
                "Anzahlungsrechnung", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(d, "dmy.")),
                                       ("Auftrag", "AB-2026-233 vom 10.11.2026")],
                ["Bezeichnung", "", "", "Betrag"],
                [["Kühlzelle 2,4 x 3,0 m inkl. Verflüssigungssatz, Auftragssumme netto EUR %s" % mk.money(order, "de"), "", "", ""],
                 ["1. Anzahlung 30 % lt. Auftragsbestätigung", "", "", "EUR " + mk.money(dep, "de")]],
                [("Anzahlung netto", "EUR " + mk.money(dep, "de")), ("20 % USt.", "EUR " + mk.money(v, "de")),
                 ("Zu zahlen", "EUR " + mk.money(tot, "de"), True)],
                ["Zahlbar binnen 7 Tagen ab Rechnungsdatum ohne Abzug.",
                 "Steiermärkische Sparkasse, IBAN %s, BIC STSPAT2GXXX" % sp(ib),
                 "Die Anzahlung wird in der Schlussrechnung in Abzug gebracht."],
                ["Kältetechnik Gruber e.U. · Inhaber Ing. Markus Gruber"], layout="window", debtor_label="Rechnung an")
    body = ("Sehr geehrter Herr Pölzl,\n\nwie besprochen übermitteln wir Ihnen die Anzahlungsrechnung für die neue Kühlzelle. "
            "Nach Zahlungseingang bestellen wir das Aggregat.\n\nMit freundlichen Grüßen\nMarkus Gruber")
    eml = mk.mail(rng, "office@kaelte-gruber.at", "Kältetechnik Gruber", "gasthof@zurpost-weiz.at", "Anzahlungsrechnung AZ-2026/017",
                  d, body_text=body, pdf=True)
    add("bmd-pdf", "de", "pdf", "office@kaelte-gruber.at", "gasthof@zurpost-weiz.at", eml, pages, "AZ-2026-017.pdf",
        mk.expected(num, tot, tot, d, plus(d, 7), "Gasthof Zur Post Pölzl OG", "gasthof@zurpost-weiz.at", ib, True, "de"),
        note="Austrian Anzahlungsrechnung: the order sum stands in the item text with 'EUR' before it, the 30 % deposit is the total; 'binnen 7 Tagen'.")


def de08():
    """Office bakery, SEPA-Lastschrift with mandate and creditor ID, two VAT rates."""
    own = iban_any("DE")
    deb = iban_any("DE")
    d = D(2026, 11, 30)
    coll = D(2026, 12, 10)
    num = "SK-24119"
    a = [("Frühstückskorb Büro (Brötchen, Croissants) je Liefertag", 20, 3890), ("Obstschale", 20, 1250)]
    b = [("Kaffeevollautomat Miete November", 1, 4900), ("Lieferpauschale", 20, 300)]
    ra, na = table(a, DE)
    rb, nb = table(b, DE)
    va, vb = vat(na, 7), vat(nb, 19)
    tot = na + nb + va + vb
    pages = doc("Bäckerei Sonnenkorn", ["Berger Straße 201 · 60385 Frankfurt am Main", "USt-IdNr. DE287731105",
                                        "firmenkunden@sonnenkorn-baeckerei.de"],
                ["Kanzlei Roth Weber Partnerschaft mbB", "Empfang / Frau Aylin Demir", "Bockenheimer Landstraße 51", "60325 Frankfurt am Main"],
                "Rechnung", [("Rechnungsnummer", num), ("Datum", mk.date(d, "dmy.")), ("Kundennummer", "FK-0417"),
                             ("Mandatsreferenz", "SONNENKORN-FK0417")],
                ["Artikel", "Menge", "Preis", "Betrag"], ra + rb,
                [("Netto 7 %", DE(na)), ("USt. 7 %", DE(va)), ("Netto 19 %", DE(nb)), ("USt. 19 %", DE(vb)),
                 ("Gesamtbetrag", DE(tot), True)],
                ["Den Rechnungsbetrag ziehen wir am 10.12.2026 per SEPA-Lastschrift von Ihrem Konto",
                 "%s ein. Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz SONNENKORN-FK0417." % (deb[:4] + " XXXX XXXX XXXX " + deb[-6:-2] + " " + deb[-2:]),
                 "Bitte sorgen Sie für ausreichende Deckung."],
                ["Bäckerei Sonnenkorn GmbH · Frankfurter Volksbank IBAN %s" % sp(own)], layout="right", debtor_label="Kunde")
    body = ("Liebe Frau Demir,\n\nanbei die Rechnung für die Frühstückslieferungen im November. Der Betrag wird wie gewohnt abgebucht.\n\n"
            "Viele Grüße aus der Backstube\nThomas Engel")
    eml = mk.mail(rng, "firmenkunden@sonnenkorn-baeckerei.de", "Bäckerei Sonnenkorn", "empfang@roth-weber.de",
                  "Ihre Rechnung SK-24119", d, body_text=body, pdf=True)
    add("sevdesk-pdf", "de", "pdf", "firmenkunden@sonnenkorn-baeckerei.de", "empfang@roth-weber.de", eml, pages, "SK-24119.pdf",
        mk.expected(num, tot, tot, d, coll, "Kanzlei Roth Weber Partnerschaft mbB", "empfang@roth-weber.de", own, True, "de"),
        note="SEPA-Lastschrift on a date (the due date), a masked debtor IBAN and a creditor ID, two VAT rates (7 % food, 19 % machine and delivery); the seller's own IBAN only in the footer.")


def de09():
    """Austrian bookkeeping office, typed, payable in three monthly instalments."""
    ib = iban_any("AT")
    d = D(2026, 12, 1)
    num = "BP-2026-418"
    body = ("Sehr geehrte Frau Mag. Haider,\n\n"
            "wie telefonisch vereinbart erhalten Sie unsere Honorarnote für die Buchhaltung 2026.\n\n"
            "Honorarnote Nr. BP-2026-418\n"
            "Datum: 01.12.2026\n"
            "An: Apotheke am Stadtpark Mag. pharm. Haider KG, Stadtparkgasse 3, 4020 Linz\n\n"
            "Laufende Buchhaltung Jänner bis Dezember 2026    EUR 3.840,00\n"
            "Lohnverrechnung (6 Dienstnehmer)                 EUR 1.260,00\n"
            "Summe netto                                      EUR 5.100,00\n"
            "20 %% USt.                                       EUR 1.020,00\n"
            "Gesamtbetrag                                     EUR 6.120,00\n\n"
            "Zahlbar in drei Monatsraten zu je EUR 2.040,00, jeweils am 15.12.2026, 15.01.2027 und 15.02.2027.\n"
            "Bankverbindung: Oberbank, IBAN %s\n\n"
            "Mit freundlichen Grüßen\nElisabeth Pichler\nBuchhaltungsbüro Pichler · Linz · selbständige Buchhalterin" % sp(ib))
    eml = mk.mail(rng, "office@buchhaltung-pichler.at", "Buchhaltungsbüro Pichler", "haider@apotheke-stadtpark.at",
                  "Honorarnote Buchhaltung 2026", d, body_text=body)
    add("typed", "de", "body-text", "office@buchhaltung-pichler.at", "haider@apotheke-stadtpark.at", eml,
        exp=mk.expected(num, 612000, 612000, d, D(2026, 12, 15), "Apotheke am Stadtpark Mag. pharm. Haider KG",
                        "haider@apotheke-stadtpark.at", ib, True, "de"),
        note="An Austrian 'Honorarnote' in three monthly instalments: the total is due, the first instalment date is the due date; 'Jänner'.")


def de10():
    """Film equipment rental, payment on account (Abschlagszahlung) received deducted."""
    ib = iban_any("DE")
    d = D(2026, 11, 26)
    num = "B8-2026-0677"
    items = [("Sony FX6 Kit (Miettage)", 6, 18000), ("Objektivsatz Sigma Cine (Miettage)", 6, 14000),
             ("Lichtpaket Aputure 600d x2 (Miettage)", 6, 9500), ("Reinigung und Check", 1, 4500)]
    rows, net = table(items, DE)
    v = vat(net, 19)
    tot = net + v
    paid = 100000
    pages = doc("Blende 8 Filmgeräteverleih", ["Vogelsanger Straße 286 · 50825 Köln", "USt-IdNr. DE299340161",
                                               "verleih@blende8-koeln.de"],
                ["Rheinblick Medien UG (haftungsbeschränkt)", "Aachener Straße 1040", "50858 Köln"],
                "Rechnung", [("Rechnungsnr.", num), ("Rechnungsdatum", mk.date(d, "dmy.")), ("Mietzeitraum", "16.11.-21.11.2026"),
                             ("Fällig", mk.date(plus(d, 14), "dmy."))],
                ["Artikel", "Tage", "Tagespreis", "Summe"], rows,
                [("Netto", DE(net)), ("19 % MwSt.", DE(v)), ("Rechnungsbetrag", DE(tot)),
                 ("abzgl. Abschlag vom 12.11.", DE(-paid)), ("Noch zu zahlen", DE(tot - paid), True)],
                ["Bitte überweisen Sie den Restbetrag bis zum Fälligkeitsdatum auf IBAN %s." % sp(ib),
                 "Die Kaution wurde bei Rückgabe freigegeben."],
                ["Blende 8 Filmgeräteverleih · Inh. Sven Osterkamp"], layout="banner", debtor_label="Kunde")
    body = ("Hi Mareike,\n\nanbei die Schlussrechnung zur Miete letzte Woche. Euer Abschlag ist schon abgezogen.\n\n"
            "Beste Grüße\nSven")
    eml = mk.mail(rng, "verleih@blende8-koeln.de", "Blende 8", "Mareike Vogt <buchhaltung@rheinblick-medien.de>",
                  "Rechnung B8-2026-0677", d, body_text=body, pdf=True)
    add("lexoffice-pdf", "de", "pdf", "verleih@blende8-koeln.de", "buchhaltung@rheinblick-medien.de", eml, pages, "B8-2026-0677.pdf",
        mk.expected(num, tot - paid, tot, d, plus(d, 14), "Rheinblick Medien UG (haftungsbeschränkt)", "buchhaltung@rheinblick-medien.de",
                    ib, True, "de"),
        note="A payment on account deducted below the total: due is the rest, total the gross; a rental period and a freed deposit (Kaution) that change nothing.")


def de11():
    """Swiss photo studio, HTML, TWINT link, ordinary IBAN with an RF creditor reference."""
    ib = iban_any("CHX")
    d = D(2026, 11, 28)
    num = "LB-26-1093"
    ref = rf("LB261093")
    inner = ("<p style=\"font-size:20px\"><b>Fotostudio Lichtblick GmbH</b></p><p>Monbijoustrasse 24, 3011 Bern</p>"
             "<p>Guten Tag Herr Zürcher</p><p>Herzlichen Dank für das Familien-Shooting. Gerne stellen wir Ihnen folgende Leistungen in Rechnung:</p>"
             "<table>%s</table>"
             "<p>Zahlbar innert 20 Tagen.</p>"
             "<p><a href=\"https://pay.lichtblick-bern.ch/twint/LB-26-1093\">Jetzt mit TWINT bezahlen</a></p>"
             "<p>Oder per Überweisung: Postfinance, IBAN %s, Referenz <b>%s</b></p>"
             "<p>Freundliche Grüsse<br>Anouk Steiner</p><p style=\"font-size:11px\">CHE-209.771.384 MWST</p>"
             % (html_rows([("Rechnung", num), ("Datum", "28.11.2026"), ("Kunde", "Reto Zürcher, Kirchenfeldstrasse 61, 3005 Bern"),
                           ("Familien-Shooting 2 Std. im Studio", "CHF 400.00"), ("10 Fine-Art-Prints 30x40", "CHF 250.00"),
                           ("MWST 8.1 %", "CHF 52.65"), ("Total", "CHF 702.65")]), sp(ib), rf_spaced(ref)))
    eml = mk.mail(rng, "studio@lichtblick-bern.ch", "Fotostudio Lichtblick", "reto.zuercher@gmx.ch", "Ihre Rechnung LB-26-1093", d,
                  body_html=html_wrap(inner, "#d4a017"))
    add("custom-html", "de", "body-html", "studio@lichtblick-bern.ch", "reto.zuercher@gmx.ch", eml,
        exp=mk.expected(num, 70265, 70265, d, plus(d, 20), "Reto Zürcher", "reto.zuercher@gmx.ch", ib, False, "de", reference=ref,
                        currency="CHF"),
        note="Swiss HTML invoice with a TWINT link, 'innert 20 Tagen', an ordinary IBAN (not a QR-IBAN) with an RF creditor reference printed in groups.")


def de12():
    """Camera shop, margin scheme § 25a UStG, zahlbar sofort."""
    ib = iban_any("DE")
    d = D(2026, 11, 20)
    num = "KW-26-2207"
    pages = doc("Kamerahaus Weber", ["Königstraße 41 · 70173 Stuttgart", "USt-IdNr. DE147720938 · Ankauf & Verkauf seit 1987",
                                     "shop@kamerahaus-weber.de"],
                ["Herrn Dr. Felix Brandauer", "Hölderlinstraße 9", "70174 Stuttgart"],
                "Rechnung", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(d, "dmy.")), ("Kundennr.", "33104")],
                ["Artikel", "Menge", "Preis", "Betrag"],
                [["Leica M10-R Gehäuse, gebraucht, Zustand A-, SN 5318772", "1", DE(529000), DE(529000)],
                 ["Summilux-M 50 mm f/1.4 ASPH, gebraucht", "1", DE(289000), DE(289000)],
                 ["12 Monate Händlergewährleistung", "1", DE(0), DE(0)]],
                [("Gesamtbetrag", DE(818000), True)],
                ["Differenzbesteuerung gem. § 25a UStG - Sonderregelung für Gebrauchtgegenstände.",
                 "Die Umsatzsteuer wird nicht gesondert ausgewiesen.",
                 "Zahlbar sofort ohne Abzug. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
                 "BW-Bank Stuttgart, IBAN %s" % sp(ib)],
                ["Kamerahaus Weber e.K. · Inh. Gisela Weber · HRA 12087 Stuttgart"], layout="window")
    body = ("Sehr geehrter Herr Dr. Brandauer,\n\nvielen Dank für Ihren Kauf. Die Rechnung finden Sie im Anhang; nach Zahlungseingang "
            "versenden wir versichert.\n\nMit freundlichen Grüßen\nKamerahaus Weber")
    eml = mk.mail(rng, "shop@kamerahaus-weber.de", "Kamerahaus Weber", "f.brandauer@posteo.de", "Rechnung KW-26-2207", d,
                  body_text=body, pdf=True)
    add("word-pdf", "de", "pdf", "shop@kamerahaus-weber.de", "f.brandauer@posteo.de", eml, pages, "Rechnung_KW-26-2207.pdf",
        mk.expected(num, 818000, 818000, d, d, "Dr. Felix Brandauer", "f.brandauer@posteo.de", ib, False, "de"),
        note="Margin scheme (§ 25a UStG) with no VAT row, 'Zahlbar sofort ohne Abzug' (the issue date), serial numbers and '50 mm f/1.4' in the items.")


def de13():
    """Bike workshop, typed, payable by the end of the month."""
    ib = iban_any("DE")
    d = D(2026, 11, 27)
    num = "S-0931"
    body = ("Moin Herr Carstensen,\n\n"
            "Ihr Rad ist fertig und steht zur Abholung bereit. Hier gleich die Rechnung dazu:\n\n"
            "Rechnung S-0931 · 27.11.2026\n"
            "Kunde: Hauke Carstensen, Große Straße 70, 24937 Flensburg\n\n"
            "Inspektion Stufe 2 ............................. 89,00 EUR\n"
            "Kette + Kassette (Shimano Deore 11-fach) ........ 74,90 EUR\n"
            "Montage Schutzbleche ............................ 18,00 EUR\n"
            "Summe inkl. 19 %% MwSt. (29,04 EUR) .............. 181,90 EUR\n\n"
            "Bitte zahlen Sie bis Monatsende auf unser Konto %s (Speiche Fahrradwerkstatt),\n"
            "oder bar bzw. mit Karte bei der Abholung.\n\n"
            "Schöne Grüße aus der Werkstatt\nFinn\nSpeiche · Fahrradwerkstatt · Norderstraße 12 · Flensburg" % sp(ib))
    eml = mk.mail(rng, "werkstatt@speiche-flensburg.de", "Speiche Fahrradwerkstatt", "h.carstensen@gmx.de", "Ihr Rad ist fertig + Rechnung",
                  d, body_text=body)
    add("typed", "de", "body-text", "werkstatt@speiche-flensburg.de", "h.carstensen@gmx.de", eml,
        exp=mk.expected(num, 18190, 18190, d, D(2026, 11, 30), "Hauke Carstensen", "h.carstensen@gmx.de", ib, False, "de"),
        note="Typed: 'bis Monatsende' three days after the invoice date (the 30th), the VAT amount in brackets on the total's line, '11-fach' in an item.")


def de14():
    """Austrian cleaning firm, 3 % Skonto within 14 days, 30 days net, Zahlungsreferenz."""
    ib = iban_any("AT")
    d = D(2026, 11, 30)
    num = "2026/1544"
    zref = "154420261130"
    items = [("Unterhaltsreinigung Büro (Pauschale November)", 1, 124000), ("Fensterreinigung 2. OG", 1, 31500),
             ("Sanitärverbrauchsmaterial", 1, 8740)]
    rows, net = table(items, lambda c: "€ " + mk.money(c, "de"))
    v = vat(net, 20)
    tot = net + v
    sk = tot * 3 // 100
    pages = doc("Blitzblank Reinigung KG", ["Landstraße 84 · 4020 Linz", "UID ATU69120447 · FN 402288 m",
                                            "buero@blitzblank-linz.at"],
                ["Steuerberatung Aigner & Partner", "Wirtschaftstreuhand GmbH", "Museumstraße 31", "4020 Linz"],
                "Rechnung", [("Rechnungsnummer", num), ("Datum", mk.date(d, "dmy.")), ("Zahlungsreferenz", zref)],
                ["Leistung", "Menge", "Preis", "Betrag"], rows,
                [("Summe netto", "€ " + mk.money(net, "de")), ("USt 20 %", "€ " + mk.money(v, "de")),
                 ("Gesamtsumme", "€ " + mk.money(tot, "de"), True)],
                ["Zahlungskondition: 14 Tage 3 %% Skonto (€ %s), 30 Tage netto." % mk.money(sk, "de"),
                 "Bitte bei Überweisung die Zahlungsreferenz angeben. Raiffeisenbank, IBAN %s" % sp(ib)],
                ["Blitzblank Reinigung KG · Linz"], layout="split", debtor_label="Rechnungsempfänger")
    body = ("Sehr geehrte Damen und Herren,\n\nim Anhang übermitteln wir die Rechnung für November 2026.\n\n"
            "Mit freundlichen Grüßen\nSabine Leitner\nBlitzblank Reinigung KG")
    eml = mk.mail(rng, "buero@blitzblank-linz.at", "Blitzblank Reinigung", "rechnungswesen@aigner-partner.at", "Rechnung 2026/1544", d,
                  body_text=body, pdf=True)
    add("bmd-pdf", "de", "pdf", "buero@blitzblank-linz.at", "rechnungswesen@aigner-partner.at", eml, pages, "Rechnung_2026-1544.pdf",
        mk.expected(num, tot, tot, d, plus(d, 30), "Steuerberatung Aigner & Partner Wirtschaftstreuhand GmbH",
                    "rechnungswesen@aigner-partner.at", ib, True, "de", reference=zref),
        note="Austrian 'Zahlungskondition: 14 Tage 3 % Skonto, 30 Tage netto' with the discount amount printed; a Zahlungsreferenz; the firm's name runs over two lines.")


def de15():
    """Heating installer, HTML with GiroCode (EPC QR) and a Verwendungszweck."""
    ib = iban_any("DE")
    d = D(2026, 12, 3)
    num = "AH-R-4471"
    vz = "AH4471K2290"
    inner = ("<p><b style=\"font-size:18px\">Heizungsbau Ahrens</b><br>Meisterbetrieb · Rosenweg 5 · 49076 Osnabrück</p>"
             "<p>Sehr geehrte Familie Lüttmann,</p><p>vielen Dank für Ihren Auftrag. Für den Austausch der Umwälzpumpe berechnen wir:</p>"
             "<table>%s</table>"
             "<p>Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum.<br>Empfänger: Heizungsbau Ahrens, IBAN %s<br>"
             "Verwendungszweck: %s</p>"
             "<p><img alt=\"GiroCode\" src=\"cid:girocode\" width=\"120\"><br>GiroCode – einfach mit der Banking-App scannen.</p>"
             "<p>Mit freundlichen Grüßen<br>Henning Ahrens</p><p style=\"font-size:11px\">USt-IdNr. DE312207781 · Handwerkskammer Osnabrück</p>"
             % (html_rows([("Rechnungsnummer", num), ("Rechnungsdatum", "03.12.2026"), ("Kundennummer", "K2290"),
                           ("Leistungsort", "Am Pappelgraben 17, 49080 Osnabrück"),
                           ("Hocheffizienzpumpe Grundfos Alpha2", "289,00 €"), ("Montage 1,5 Std.", "111,00 €"),
                           ("Netto", "400,00 €"), ("MwSt. 19 %", "76,00 €"), ("Gesamt", "476,00 €"),
                           ("davon Lohnanteil (§ 35a EStG)", "111,00 €")]), sp(ib), vz))
    eml = mk.mail(rng, "info@heizungsbau-ahrens.de", "Heizungsbau Ahrens", "familie.luettmann@osnanet.de", "Rechnung AH-R-4471", d,
                  body_html=html_wrap(inner, "#c62828"))
    add("custom-html", "de", "body-html", "info@heizungsbau-ahrens.de", "familie.luettmann@osnanet.de", eml,
        exp=mk.expected(num, 47600, 47600, d, plus(d, 14), "Familie Lüttmann", "familie.luettmann@osnanet.de", ib, False, "de",
                        reference=vz),
        note="HTML with a GiroCode image and a Verwendungszweck that combines number and customer number; a § 35a labour share printed after the total.")


# ================================================================ not invoices (Dutch)

def n01():
    """Mollie payment-link expiry reminder from the course seller."""
    d = D(2026, 12, 4)
    inner = ("<h2>Fotografie Academie Noord</h2><p>Hoi Marieke,</p>"
             "<p>Je betaallink voor factuur <b>FAN-26-03288</b> (€ 161,05) verloopt over 3 dagen, op 7 december. "
             "Daarna maken we automatisch een nieuwe link voor je aan – je hoeft niets opnieuw aan te vragen.</p>"
             "<p><a href=\"https://pay.mollie.com/p/fan/inv_2Wq9TbLk\">Naar de betaalpagina</a></p>"
             "<p>Heb je al betaald? Dan kun je dit bericht negeren.</p><p>Groet,<br>het team van Fotografie Academie Noord</p>")
    eml = mk.mail(rng, "facturen@fotografieacademienoord.nl", "Fotografie Academie Noord", "marieke.vos@planet.nl",
                  "Je betaallink verloopt bijna", d, body_html=html_wrap(inner, "#e4007c"))
    add("mollie-html", "nl", "none", "facturen@fotografieacademienoord.nl", "marieke.vos@planet.nl", eml,
        why="A notice that the payment link of an invoice sent earlier is about to expire; it is no new bill.",
        note="Invoice number, amount, a date and a pay link, under a billing address that sends invoices with the same button.")


def n02():
    """SEPA pre-notification for the bakery's invoice already sent."""
    d = D(2026, 12, 9)
    body = ("Beste klant,\n\n"
            "Hierbij laten wij u weten dat wij op 14 december 2026 het bedrag van € 1.913,40 van uw rekening NL** **** **** 4471 "
            "zullen incasseren voor factuur KS-11-2026-019 (kantoorlunch november, verzonden op 30 november).\n"
            "Machtigingskenmerk: KS-MACH-0081 · Incassant-ID: NL64ZZZ230811660000\n\n"
            "Niet akkoord? Neem dan vóór de incassodatum contact met ons op; u kunt een incasso ook binnen 8 weken laten terugboeken.\n\n"
            "Met vriendelijke groet,\nBakkerij De Korenschoof – zakelijke klanten")
    eml = mk.mail(rng, "zakelijk@korenschoof.nl", "Bakkerij De Korenschoof", "finance@notariaatdordtsewaard.nl",
                  "Vooraankondiging incasso factuur KS-11-2026-019", d, body_text=body)
    add("moneybird", "nl", "none", "zakelijk@korenschoof.nl", "finance@notariaatdordtsewaard.nl", eml,
        why="A SEPA pre-notification that collects an invoice already sent; the invoice was the bill, this only announces the debit.",
        note="Amount, invoice number, collection date and mandate in one paragraph from the same address that sends direct-debit invoices.")


def n03():
    """Flemish yoga studio: domiciliëringsmandaat to sign."""
    d = D(2026, 12, 1)
    p = mk.Page()
    p.text(56, 60, "Yogastudio Lotus", 14, True)
    p.text(56, 74, "Tiensestraat 88 · 3000 Leuven · BTW BE 0799.301.442", 8)
    p.text(56, 130, "SEPA-domiciliëringsmandaat (Europese domiciliëring - Core)", 13, True)
    rows = [("Mandaatreferentie", "LOTUS-0341"), ("Identificatienummer schuldeiser", "BE21ZZZ0799301442"),
            ("Naam schuldenaar", "...................................................."),
            ("Adres", "...................................................."),
            ("Rekeningnummer (IBAN)", "BE.. .... .... ...."), ("Type betaling", "terugkerend (abonnement per kwartaal)")]
    for k, (a, b) in enumerate(rows):
        p.text(56, 170 + 20 * k, a, 9, True)
        p.text(240, 170 + 20 * k, b, 9)
    p.text(56, 320, "Door dit formulier te ondertekenen geeft u toestemming aan Yogastudio Lotus om uw abonnementsgeld", 9)
    p.text(56, 332, "(momenteel € 297,00 per kwartaal) van uw rekening te laten afschrijven. U kunt een domiciliëring binnen", 9)
    p.text(56, 344, "8 weken na de afschrijving laten terugbetalen door uw bank.", 9)
    p.text(56, 400, "Plaats en datum: ..............................      Handtekening: ..............................", 9)
    body = ("Dag Lore,\n\nLeuk dat je vanaf januari een onbeperkt abonnement neemt! Wil je het mandaat in bijlage invullen, "
            "ondertekenen en terugsturen (een foto mag)? Je eerste factuur volgt begin januari.\n\nNamaste,\nInge")
    eml = mk.mail(rng, "hallo@yogalotus.be", "Yogastudio Lotus", "lore.peeters@gmail.com", "Mandaat voor je abonnement", d,
                  body_text=body, pdf=True)
    add("custom-pdf", "nl", "none", "hallo@yogalotus.be", "lore.peeters@gmail.com", eml, [p], "mandaat_LOTUS-0341.pdf",
        why="A direct-debit mandate form to sign; it asks for permission to collect, and says the first invoice follows.",
        note="A PDF with a reference, a creditor ID, an IBAN field and a quarterly amount, from an address that sends invoices collected by domiciliëring.")


def n04():
    """Scaffolder's quote with payment terms and a discount clause."""
    d = D(2026, 11, 26)
    items = [("Rolsteiger + gevelsteiger achterzijde, opbouw", 1, 214000), ("Huur per week (verwacht 3 weken)", 3, 36000),
             ("Afbouw", 1, 68000)]
    rows, net = table(items, NL)
    v = vat(net, 21)
    pages = doc("Steigerbouw Van Dalen", ["Industrieweg 31 · 2988 CB Ridderkerk",
                                          "KvK 24417590 · btw NL001744905B37"],
                ["VvE Parkflat Rijsoord", "p/a Beheer Zwijndrecht", "Postbus 405", "3330 AK Zwijndrecht"],
                "OFFERTE", [("Offertenummer", "OF-26-0218"), ("Datum", mk.date(d, "dmy-")), ("Geldig tot", "26-12-2026")],
                ["Omschrijving", "Aantal", "Tarief", "Bedrag"], rows,
                [("Totaal excl. btw", NL(net)), ("Btw 21 %", NL(v)), ("Totaal incl. btw", NL(net + v), True)],
                ["Betalingsvoorwaarden bij opdracht: 30 % bij opbouw, restant na afbouw binnen 30 dagen na factuurdatum.",
                 "Bij betaling binnen 8 dagen 2 % korting. Akkoord? Stuur deze offerte getekend retour."],
                ["Steigerbouw Van Dalen · offertes@steigerbouwvandalen.nl"], layout="right", debtor_label="Aan")
    body = ("Geachte heer Mol,\n\nNaar aanleiding van de schouw van dinsdag sturen wij u onze offerte voor de steiger aan de achterzijde.\n\n"
            "Met vriendelijke groet,\nPetra van Dalen")
    eml = mk.mail(rng, "administratie@steigerbouwvandalen.nl", "Steigerbouw Van Dalen", "bestuur@vveparkflat.nl",
                  "Offerte OF-26-0218 steiger achterzijde", d, body_text=body, pdf=True)
    add("snelstart-pdf", "nl", "none", "administratie@steigerbouwvandalen.nl", "bestuur@vveparkflat.nl", eml, pages, "OF-26-0218.pdf",
        why="A quote with a validity date and the payment terms that will apply once ordered; nothing is owed yet.",
        note="The same layout as the scaffolder's invoice, with totals, a 30-day term and a 2 % discount clause.")


def n05():
    """Film rental order confirmation asking for prepayment."""
    d = D(2026, 12, 3)
    body = ("Hoi Bas,\n\n"
            "Je reservering staat! Orderbevestiging LB-R-0982:\n\n"
            "- RED Komodo 6K, 4 draaidagen (17-20 december)\n"
            "- Zeiss CP.3 set\n"
            "Totaal huur incl. btw: € 1.742,40\n\n"
            "Omdat je voor het eerst bij ons huurt, vragen we vooruitbetaling van het volledige bedrag uiterlijk 14 december "
            "via deze link: https://betalen.lensbak.nl/r/LB-R-0982. De factuur sturen we na afloop van de huur.\n"
            "Zonder betaling vóór 14 december vervalt de reservering.\n\n"
            "Groeten,\nRoos – Lensbak Filmverhuur")
    eml = mk.mail(rng, "verhuur@lensbak.nl", "Lensbak Filmverhuur", "bas@studiozuidwest.nl", "Orderbevestiging LB-R-0982", d,
                  body_text=body)
    add("custom", "nl", "none", "verhuur@lensbak.nl", "bas@studiozuidwest.nl", eml,
        why="An order confirmation that asks for prepayment through a link and says the invoice follows after the hire.",
        note="Total, payment link and a pay-by date, from the rental's billing address; no invoice number.")


def n06():
    """Bookkeeping office's statement of account."""
    d = D(2026, 12, 1)
    pages = doc("Administratiekantoor Brandsma", ["Tuinen 11 · 8911 KC Leeuwarden", "info@brandsma-administratie.nl"],
                ["Kapsalon Hairlines", "Nieuwestad 40", "8911 CL Leeuwarden"],
                "Rekeningoverzicht", [("Relatienummer", "1142"), ("Datum overzicht", mk.date(d, "dmy-"))],
                ["Factuur", "Datum", "Vervaldatum", "Open"],
                [["AB-26-0451", "01-09-2026", "01-10-2026", NL(48400)], ["AB-26-0533", "01-10-2026", "31-10-2026", NL(48400)],
                 ["AB-26-0577", "03-11-2026", "03-12-2026", NL(21175)]],
                [("Totaal openstaand", NL(117975), True)],
                ["Dit overzicht is geen factuur. Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen.",
                 "Graag ontvangen wij de vervallen posten binnen 7 dagen op onze bekende rekening."],
                ["Administratiekantoor Brandsma"], cols=[56, 300, 420, 539])
    body = ("Beste Yvonne,\n\nIn de bijlage een overzicht van de facturen die bij ons nog openstaan. Wil je er even naar kijken?\n\n"
            "Groet,\nAnneke")
    eml = mk.mail(rng, "info@brandsma-administratie.nl", "Administratiekantoor Brandsma", "yvonne@hairlines-leeuwarden.nl",
                  "Overzicht openstaande posten", d, body_text=body, pdf=True)
    add("eboekhouden-pdf", "nl", "none", "info@brandsma-administratie.nl", "yvonne@hairlines-leeuwarden.nl", eml, pages,
        "rekeningoverzicht_1142.pdf",
        why="A statement of account listing three invoices already sent; it is no invoice itself.",
        note="A PDF with invoice numbers, due dates and a total outstanding plus a 7-day request, from the same office that sends invoices in this layout.")


def n07():
    """Flemish yoga studio refund confirmation."""
    d = D(2026, 11, 30)
    body = ("Dag Wout,\n\n"
            "Zoals gevraagd hebben we je 10-beurtenkaart stopgezet omwdat je verhuist. De 4 ongebruikte beurten (€ 54,00) "
            "hebben we vandaag teruggestort op je rekening BE.. .... .... 7712. Reken op 1 à 2 werkdagen.\n"
            "Creditnota volgt niet apart: de beurtenkaart was al volledig betaald met factuur LOT-2026-0988.\n\n"
            "Veel succes in Brussel!\nInge – Yogastudio Lotus").replace("omwdat", "omdat")
    eml = mk.mail(rng, "hallo@yogalotus.be", "Yogastudio Lotus", "wout.maes@hotmail.be", "Terugbetaling beurtenkaart", d,
                  body_text=body)
    add("custom", "nl", "none", "hallo@yogalotus.be", "wout.maes@hotmail.be", eml,
        why="A refund confirmation: money goes back to the customer, nothing is owed.",
        note="Amount, invoice number and a masked IBAN, and the word creditnota, in a short Flemish note.")


def n08():
    """Mollie payment confirmation."""
    d = D(2026, 11, 28)
    inner = ("<h2>Betaling ontvangen</h2><p>Beste Wouter,</p><p>Bedankt! We hebben je betaling van <b>€ 298,99</b> voor factuur "
             "FAN-26-03391 ontvangen via iDEAL (ING) op 28 november 2026 om 21:14.</p>"
             "<p>Transactie-ID: tr_Wq7PkK2m9X · Betaalkenmerk 7031 9940 2261 5508</p>"
             "<p>Je toegang tot de Masterclass Landschapsfotografie staat klaar op 11 januari.</p>"
             "<p>Fotografie Academie Noord</p>")
    eml = mk.mail(rng, "facturen@fotografieacademienoord.nl", "Fotografie Academie Noord", "w.hiemstra@ziggo.nl",
                  "Betaalbevestiging FAN-26-03391", d, body_html=html_wrap(inner, "#e4007c"))
    add("mollie-html", "nl", "none", "facturen@fotografieacademienoord.nl", "w.hiemstra@ziggo.nl", eml,
        why="A payment confirmation for an invoice already paid; nothing remains to be chased.",
        note="The paid invoice's number, amount and payment reference repeated under the course seller's billing address.")


def n09():
    """Subscription renewal notice (printer's design subscription)."""
    d = D(2026, 12, 2)
    body = ("Beste klant,\n\n"
            "Uw jaarabonnement 'Huisstijl Onderhoud' bij Drukkerij Het Zetsel loopt af op 31 december 2026 en wordt "
            "automatisch met 12 maanden verlengd tegen het nieuwe tarief van € 420,00 excl. btw per jaar.\n"
            "De factuur voor 2027 ontvangt u begin januari, met een betalingstermijn van 30 dagen.\n"
            "Wilt u opzeggen? Laat het ons vóór 15 december weten.\n\n"
            "Met vriendelijke groet,\nRob Mutsaers\nDrukkerij Het Zetsel")
    eml = mk.mail(rng, "rob@hetzetsel.nl", "Drukkerij Het Zetsel", "info@bakkerij-vangils.nl", "Verlenging abonnement Huisstijl Onderhoud",
                  d, body_text=body)
    add("snelstart", "nl", "none", "rob@hetzetsel.nl", "info@bakkerij-vangils.nl", eml,
        why="A subscription renewal notice announcing next year's price; the invoice follows in January.",
        note="Price, a 30-day term and dates from the printer's billing address.")


# ================================================================ not invoices (English)

def n10():
    """Stripe receipt (paid) from the US course seller."""
    d = D(2026, 11, 30)
    inner = ("<p style=\"color:#666\">Receipt from Kiln &amp; Glaze Academy</p><p style=\"font-size:26px\"><b>$389.00</b></p>"
             "<p style=\"color:#666\">Paid November 30, 2026</p>"
             "<table>%s</table><p>If you have any questions, contact us at hello@kilnandglaze.com.</p>"
             "<p style=\"font-size:11px;color:#999\">Something wrong with the email? View it in your browser.</p>"
             % html_rows([("Receipt number", "2217-4480"), ("Invoice number", "7C1E90A4-0011"), ("Payment method", "Visa - 4242"),
                          ("Winter Wheel-Throwing (online, 6 weeks)", "$349.00"), ("Glaze sampler kit", "$40.00"),
                          ("Amount paid", "$389.00")]))
    eml = mk.mail(rng, "invoice+statements@kilnandglaze.com", "Kiln & Glaze Academy", "d.okafor@yahoo.com",
                  "Your receipt from Kiln & Glaze Academy #2217-4480", d, body_html=html_wrap(inner, "#635bff"), msgid_domain="stripe.com")
    add("stripe-html", "en", "none", "invoice+statements@kilnandglaze.com", "d.okafor@yahoo.com", eml,
        why="A Stripe payment receipt: the invoice it names is already paid.",
        note="Same sender and layout as the seller's Stripe invoices, with an invoice number, items and 'Amount paid'.")


def n11():
    """'Your card will be charged' notice."""
    d = D(2026, 12, 4)
    body = ("Hi Tom,\n\n"
            "Just a heads-up: your Kit Club membership renews on 12 December 2026 and your card ending 8817 will be charged "
            "£29.00 (incl. VAT) that day. You'll get a VAT invoice by email once the payment has gone through.\n\n"
            "Want to pause or cancel? Reply to this email before the 12th.\n\n"
            "Cheers,\nNorthfield Film Kit Hire")
    eml = mk.mail(rng, "hires@northfieldkit.co.uk", "Northfield Film Kit Hire", "tom.ashby@freelancedop.co.uk",
                  "Your card will be charged on 12 December", d, body_text=body)
    add("custom", "en", "none", "hires@northfieldkit.co.uk", "tom.ashby@freelancedop.co.uk", eml,
        why="An advance notice that a card will be charged; the invoice is sent after the payment.",
        note="Amount, date and VAT from the hire company's billing address, with no invoice number.")


def n12():
    """Direct Debit instruction to sign from the bookkeeping office."""
    d = D(2026, 12, 2)
    p = mk.Page()
    p.text(56, 60, "Copperleaf Bookkeeping", 14, True)
    p.text(56, 74, "14 Bridge Street, Bradford-on-Avon BA15 1BY", 8)
    p.text(56, 130, "Instruction to your bank or building society to pay by Direct Debit", 12, True)
    for k, (a, b) in enumerate([("Service user number", "418820"), ("Reference", "COPPERLEAF-0217"),
                                ("Name(s) of account holder(s)", "........................................"),
                                ("Bank/building society account number", "...................."),
                                ("Branch sort code", ".. - .. - .."),
                                ("Monthly fee (from January 2027)", "£540.00 + VAT")]):
        p.text(56, 170 + 20 * k, a, 9, True)
        p.text(300, 170 + 20 * k, b, 9)
    p.text(56, 320, "Please pay Copperleaf Bookkeeping Direct Debits from the account detailed in this Instruction subject to", 9)
    p.text(56, 332, "the safeguards assured by the Direct Debit Guarantee.", 9)
    p.text(56, 380, "Signature(s) ..............................   Date ....................", 9)
    body = ("Dear Aisha,\n\nFrom January we'll collect the monthly fee by Direct Debit. Could you sign the attached instruction "
            "and send it back? Your invoices will still come by email each month, ten days before collection.\n\n"
            "Kind regards,\nSally Croft")
    eml = mk.mail(rng, "office@copperleafbooks.co.uk", "Copperleaf Bookkeeping", "aisha@greenhousecafe.co.uk",
                  "Direct Debit instruction - please sign", d, body_text=body, pdf=True)
    add("custom-pdf", "en", "none", "office@copperleafbooks.co.uk", "aisha@greenhousecafe.co.uk", eml, [p], "DDI_COPPERLEAF-0217.pdf",
        why="A Direct Debit instruction to sign; it sets up future collections and bills nothing.",
        note="A form with a reference, a monthly fee and bank fields from an address that sends invoices.")


def n13():
    """UK scaffolder's quotation with a deposit term."""
    d = D(2026, 11, 27)
    items = [("Tube & fitting scaffold to chimney stack", 1, 148000), ("Hire beyond 4 weeks, per week", 1, 16000)]
    rows, net = table(items, GBP)
    v = vat(net, 20)
    pages = doc("Harbour Scaffolding Ltd", ["Unit 4, Quayside Trading Estate, Poole BH15 1HJ", "VAT Reg. GB 318 4470 12"],
                ["Mr and Mrs Penrose", "Seaview, 3 Cliff Road", "Sandbanks BH13 7NA"],
                "QUOTATION", [("Quote no.", "Q-2026-417"), ("Date", mk.date(d, "dmy/")), ("Valid for", "30 days")],
                ["Description", "Qty", "Rate", "Net"], rows,
                [("Net", GBP(net)), ("VAT 20%", GBP(v)), ("Total", GBP(net + v), True)],
                ["Payment terms if accepted: 50% deposit on acceptance, balance due 14 days after strike.",
                 "To accept, please sign and return; we will then invoice the deposit."],
                ["Harbour Scaffolding Ltd"], layout="right", debtor_label="Prepared for")
    body = ("Dear Mr and Mrs Penrose,\n\nThank you for showing us round on Monday. Our quotation for the chimney scaffold is attached.\n\n"
            "Regards,\nLee Barnes")
    eml = mk.mail(rng, "accounts@harbourscaffolding.co.uk", "Harbour Scaffolding Ltd", "penrose.family@btinternet.com",
                  "Quotation Q-2026-417", d, body_text=body, pdf=True)
    add("xero-pdf", "en", "none", "accounts@harbourscaffolding.co.uk", "penrose.family@btinternet.com", eml, pages, "Q-2026-417.pdf",
        why="A quotation with the terms that apply once accepted; the deposit will be invoiced later.",
        note="The scaffolder's invoice layout with totals, VAT and a deposit term, titled QUOTATION.")


def n14():
    """Irish plumber's statement of account."""
    d = D(2026, 12, 1)
    pages = doc("Mulcahy Heating & Plumbing", ["Ballinlough Road, Cork T12 KX96", "office@mulcahyheating.ie"],
                ["Lee Valley Guesthouse", "Western Road", "Cork T12 R2C4"],
                "STATEMENT", [("Account", "LVG01"), ("Statement date", mk.date(d, "dmy/"))],
                ["Date / reference", "Charges", "Payments", "Balance"],
                [["02/10/2026 INV MHP-4302", EUR_EN(64575), "", EUR_EN(64575)],
                 ["19/10/2026 Payment, thank you", "", EUR_EN(64575), EUR_EN(0)],
                 ["07/11/2026 INV MHP-4391", EUR_EN(121080), "", EUR_EN(121080)]],
                [("Balance due", EUR_EN(121080), True)],
                ["Invoice MHP-4391 falls due on 21/11/2026 and is now overdue. Please settle at your earliest convenience."],
                ["Mulcahy Heating & Plumbing"])
    body = ("Hi Orla,\n\nStatement attached - there's one invoice open from November. Give me a shout if anything looks off.\n\nKieran")
    eml = mk.mail(rng, "office@mulcahyheating.ie", "Mulcahy Heating & Plumbing", "orla@leevalleyguesthouse.ie", "Statement of account",
                  d, body_text=body, pdf=True)
    add("word-pdf", "en", "none", "office@mulcahyheating.ie", "orla@leevalleyguesthouse.ie", eml, pages, "Statement_LVG01.pdf",
        why="A statement of account that lists invoices already sent and a balance; it is no new invoice.",
        note="A 'Balance due' with a due date and an invoice number, in the plumber's invoice layout.")


def n15():
    """Irish window cleaner's refund confirmation."""
    d = D(2026, 11, 27)
    inner = ("<p>Hi Fionnuala,</p><p>Sorry again that we couldn't do the back windows on Tuesday with the ladder access blocked. "
             "We've refunded <b>€35.00</b> to the card you paid invoice CW-20877 with; it can take 5–10 working days to show.</p>"
             "<p>Refund reference: rf_3Ka9Lm</p><p>Gavin<br>Clearwater Window Cleaning</p>")
    eml = mk.mail(rng, "gavin@clearwaterwc.ie", "Clearwater Window Cleaning", "fionnuala.byrne@gmail.com",
                  "Refund for invoice CW-20877", d, body_html=html_wrap(inner, "#00aa77"))
    add("custom-html", "en", "none", "gavin@clearwaterwc.ie", "fionnuala.byrne@gmail.com", eml,
        why="A refund confirmation; money goes back to the customer.",
        note="Amount, invoice number and a reference starting 'rf_' in the subject and body.")


def n16():
    """US voice-over artist: the PayPal link from an earlier invoice expired, a new one."""
    d = D(2026, 12, 1)
    body = ("Hi Derek,\n\n"
            "Quick one - PayPal tells me the payment request for invoice JM-1031 ($640.00) expired before it went through. "
            "Here's a fresh link: https://paypal.me/jessmorenovo/640\n"
            "Nothing else changes: same invoice, same Net 15 from November 12.\n\n"
            "Thanks!\nJess")
    eml = mk.mail(rng, "jess@jessmorenovo.com", "Jess Moreno", "derek@pinecrestpodcasts.com", "New payment link for JM-1031", d,
                  body_text=body)
    add("typed", "en", "none", "jess@jessmorenovo.com", "derek@pinecrestpodcasts.com", eml,
        why="A new payment link for an invoice already sent; the invoice stays the bill.",
        note="An invoice number, an amount, 'Net 15' and a pay link in two sentences.")


def n17():
    """Trainer's licence renewal notice."""
    d = D(2026, 12, 3)
    body = ("Dear Mr Patel,\n\n"
            "Your organisation's e-learning licence (25 seats) renews automatically on 1 January 2027 at £1,150.00 + VAT for the year.\n"
            "We will issue the invoice on renewal, payable within 30 days as usual. If you'd like to change the number of seats, "
            "just reply before 20 December.\n\n"
            "Yours sincerely,\nClaire Ashworth\nAshworth Training")
    eml = mk.mail(rng, "invoices@ashworthtraining.co.uk", "Ashworth Training", "purchase.ledger@humberfreight.co.uk",
                  "Licence renewal 1 January 2027", d, body_text=body)
    add("sage", "en", "none", "invoices@ashworthtraining.co.uk", "purchase.ledger@humberfreight.co.uk", eml,
        why="A renewal notice: the invoice is issued on renewal in January.",
        note="A price, a renewal date and a 30-day term from the invoices@ address, sent to the same debtor as an invoice in this set.")


# ================================================================ not invoices (German)

def n18():
    """Payment confirmation from the online course seller."""
    d = D(2026, 12, 3)
    inner = ("<h2 style=\"color:#3a7bd5\">Zahlung erhalten – danke!</h2><p>Hallo Ute Brenner,</p>"
             "<p>Deine Zahlung über <b>188,00 €</b> für die Rechnung AA-2026-10431 ist per PayPal bei uns eingegangen. "
             "Dein Kurs <i>Lockere Landschaften in Aquarell</i> ist ab sofort freigeschaltet.</p>"
             "<p>PayPal-Transaktionscode: 8KX21734N0915123V</p><p>Viel Freude beim Malen!<br>Lea</p>")
    eml = mk.mail(rng, "rechnung@aquarell-akademie.de", "Aquarell-Akademie Online", "ute.brenner@gmx.net", "Zahlungsbestätigung AA-2026-10431",
                  d, body_html=html_wrap(inner, "#3a7bd5"))
    add("custom-html", "de", "none", "rechnung@aquarell-akademie.de", "ute.brenner@gmx.net", eml,
        why="A payment confirmation: the invoice it names is paid.",
        note="Amount, invoice number and a transaction code from the seller's rechnung@ address.")


def n19():
    """SEPA pre-notification for the bakery's invoice already sent."""
    d = D(2026, 12, 2)
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "gemäß SEPA-Regelwerk kündigen wir Ihnen hiermit die Lastschrift zu unserer Rechnung SK-24102 vom 30.11.2026 an:\n\n"
            "Betrag: 1.487,22 €\n"
            "Fälligkeitstag / Einzug: 10.12.2026\n"
            "Mandatsreferenz: SONNENKORN-FK0392\n"
            "Gläubiger-ID: DE98ZZZ09999999999\n\n"
            "Bitte sorgen Sie zum Fälligkeitstag für ausreichende Kontodeckung.\n\n"
            "Mit freundlichen Grüßen\nBäckerei Sonnenkorn GmbH – Firmenkunden")
    eml = mk.mail(rng, "firmenkunden@sonnenkorn-baeckerei.de", "Bäckerei Sonnenkorn", "verwaltung@physio-nordend.de",
                  "SEPA-Vorabankündigung zu Rechnung SK-24102", d, body_text=body)
    add("sevdesk", "de", "none", "firmenkunden@sonnenkorn-baeckerei.de", "verwaltung@physio-nordend.de", eml,
        why="A SEPA pre-notification for an invoice sent before; it announces the debit and is not the bill.",
        note="'Betrag', 'Fälligkeitstag' and an invoice number in a labelled block that reads like an invoice's facts.")


def n20():
    """SEPA-Lastschriftmandat to sign (yoga teacher)."""
    d = D(2026, 11, 29)
    p = mk.Page()
    p.text(56, 60, "Yoga mit Miriam", 14, True)
    p.text(56, 74, "Miriam Hoffmann · Hamburg", 8)
    p.text(56, 130, "SEPA-Lastschriftmandat", 13, True)
    for k, (a, b) in enumerate([("Gläubiger-Identifikationsnummer", "DE71ZZZ00002748811"), ("Mandatsreferenz", "YM-MAND-044"),
                                ("Kontoinhaber/in", "........................................"),
                                ("IBAN", "DE__ ____ ____ ____ ____ __"),
                                ("Betrag", "monatlich 68,00 € (Kurs-Abo)")]):
        p.text(56, 170 + 20 * k, a, 9, True)
        p.text(260, 170 + 20 * k, b, 9)
    p.text(56, 300, "Ich ermächtige Miriam Hoffmann, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.", 9)
    p.text(56, 312, "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung verlangen.", 9)
    p.text(56, 360, "Ort, Datum ..............................   Unterschrift ..............................", 9)
    body = ("Hallo Kai,\n\nschön, dass du ab Januar im Kurs-Abo dabei bist! Magst du mir das Mandat unterschrieben zurückschicken? "
            "Die erste Rechnung bekommst du Anfang Januar.\n\nLiebe Grüße\nMiriam")
    eml = mk.mail(rng, "kontakt@yoga-mit-miriam.de", "Miriam Hoffmann", "kai.doerfler@gmail.com", "Lastschriftmandat für dein Abo", d,
                  body_text=body, pdf=True)
    add("custom-pdf", "de", "none", "kontakt@yoga-mit-miriam.de", "kai.doerfler@gmail.com", eml, [p], "SEPA-Mandat.pdf",
        why="A direct-debit mandate form to sign; the first invoice comes in January.",
        note="A PDF with a creditor ID, a mandate reference, an IBAN field and a monthly amount.")


def n21():
    """Scaffolder's Angebot with Skonto terms."""
    d = D(2026, 11, 25)
    items = [("Fassadengerüst, Auf- und Abbau (m²)", 280, 850), ("Standzeit je weitere Woche (m²)", 280, 45)]
    rows, net = table(items, DE)
    v = vat(net, 19)
    pages = doc("Gerüstbau Kowalczyk GmbH", ["Hafenstraße 40 · 28217 Bremen", "USt-IdNr. DE294418003"],
                ["Frau Renate Oltmanns", "Am Wall 118", "28195 Bremen"],
                "Angebot", [("Angebot Nr.", "AN-26-0412"), ("Datum", mk.date(d, "dmy.")), ("Gültig bis", "31.12.2026")],
                ["Position", "Menge", "EP", "GP"], rows,
                [("Summe netto", DE(net)), ("19 % USt.", DE(v)), ("Angebotssumme", DE(net + v), True)],
                ["Zahlungsbedingungen: zahlbar innerhalb von 14 Tagen nach Rechnungseingang, 2 % Skonto bei Zahlung binnen 7 Tagen.",
                 "Wir freuen uns auf Ihren Auftrag."],
                ["Gerüstbau Kowalczyk GmbH"], layout="right", debtor_label="Angebot an")
    body = ("Sehr geehrte Frau Oltmanns,\n\nwie besprochen erhalten Sie unser Angebot für das Gerüst am Wall 118.\n\n"
            "Mit freundlichen Grüßen\nPiotr Kowalczyk")
    eml = mk.mail(rng, "rechnung@geruestbau-kowalczyk.de", "Gerüstbau Kowalczyk", "r.oltmanns@nord-com.net", "Angebot AN-26-0412",
                  d, body_text=body, pdf=True)
    add("sevdesk-pdf", "de", "none", "rechnung@geruestbau-kowalczyk.de", "r.oltmanns@nord-com.net", eml, pages, "Angebot_AN-26-0412.pdf",
        why="An Angebot (quote) with its future payment terms; nothing has been ordered or billed.",
        note="From the rechnung@ address, in the scaffolder's invoice layout, with Skonto and 'nach Rechnungseingang' terms.")


def n22():
    """Rental order confirmation with Vorkasse."""
    d = D(2026, 12, 1)
    pages = doc("Blende 8 Filmgeräteverleih", ["Vogelsanger Straße 286 · 50825 Köln", "verleih@blende8-koeln.de"],
                ["Jonas Eberhardt", "Zülpicher Straße 22", "50674 Köln"],
                "Auftragsbestätigung", [("Auftrag", "B8-A-1193"), ("Datum", mk.date(d, "dmy.")), ("Mietzeitraum", "14.12.-16.12.2026")],
                ["Artikel", "Tage", "Tagespreis", "Summe"],
                [["Blackmagic Pocket 6K Pro Kit", "3", DE(7500), DE(22500)], ["Rode NTG5 Set", "3", DE(2000), DE(6000)]],
                [("Netto", DE(28500)), ("19 % MwSt.", DE(5415)), ("Gesamt", DE(33915), True)],
                ["Vorkasse: Bitte überweisen Sie den Gesamtbetrag bis 10.12.2026 (Verwendungszweck B8-A-1193).",
                 "Die Rechnung erhalten Sie nach Rückgabe der Geräte. Kaution 500,00 € bar bei Abholung."],
                ["Blende 8 Filmgeräteverleih · Köln"], layout="banner", debtor_label="Kunde")
    body = ("Hallo Jonas,\n\nanbei die Auftragsbestätigung für euren Dreh. Als Neukunde bitten wir um Vorkasse.\n\nBeste Grüße\nSven")
    eml = mk.mail(rng, "verleih@blende8-koeln.de", "Blende 8", "jonas.eberhardt@posteo.de", "Auftragsbestätigung B8-A-1193", d,
                  body_text=body, pdf=True)
    add("lexoffice-pdf", "de", "none", "verleih@blende8-koeln.de", "jonas.eberhardt@posteo.de", eml, pages, "AB_B8-A-1193.pdf",
        why="An order confirmation asking for prepayment; it says the invoice follows after the hire.",
        note="Totals, VAT, a pay-by date and a Verwendungszweck in the rental's invoice layout.")


def n23():
    """Swiss dog groomer's open-items statement."""
    d = D(2026, 12, 1)
    pages = doc("Hundesalon Fellwerk", ["Technikumstrasse 38 · 8400 Winterthur", "hallo@fellwerk.ch"],
                ["Tierpension Eulachtal GmbH", "Eulachstrasse 9", "8404 Winterthur"],
                "Kontoauszug / offene Posten", [("Kunde", "1077"), ("Stand", mk.date(d, "dmy."))],
                ["Beleg", "Datum", "Fällig", "Offen CHF"],
                [["FW-2026-0702", "29.09.2026", "29.10.2026", mk.money(24500, "ch")],
                 ["FW-2026-0799", "27.10.2026", "26.11.2026", mk.money(31870, "ch")]],
                [("Total offen", "CHF " + mk.money(56370, "ch"), True)],
                ["Die Rechnungen mit QR-Einzahlungsschein liegen Ihnen vor. Falls bereits bezahlt, betrachten Sie diesen",
                 "Auszug bitte als gegenstandslos."],
                ["Hundesalon Fellwerk"], cols=[56, 300, 420, 539])
    body = ("Grüezi Herr Frei\n\nIm Anhang ein Auszug der offenen Posten per 1. Dezember. Besten Dank fürs Prüfen.\n\nFreundliche Grüsse\nCorinne")
    eml = mk.mail(rng, "hallo@fellwerk.ch", "Hundesalon Fellwerk", "buchhaltung@tierpension-eulachtal.ch", "Offene Posten per 01.12.2026",
                  d, body_text=body, pdf=True)
    add("bexio-pdf", "de", "none", "hallo@fellwerk.ch", "buchhaltung@tierpension-eulachtal.ch", eml, pages, "OP-Auszug_1077.pdf",
        why="A statement of open items listing invoices already sent.",
        note="Swiss amounts, due dates and a 'Total offen' in the groomer's invoice layout.")


def n24():
    """Austrian maintenance contract renewal with the card charge announced."""
    d = D(2026, 12, 3)
    body = ("Sehr geehrter Herr Pölzl,\n\n"
            "Ihr Wartungsvertrag WV-2025-031 für die Kühlanlagen verlängert sich mit 1. Jänner 2027 automatisch um ein Jahr. "
            "Die Jahrespauschale beträgt unverändert EUR 780,00 zzgl. USt. und wird wie vereinbart am 2. Jänner von Ihrer "
            "hinterlegten Kreditkarte (Mastercard **** 5520) abgebucht. Die Rechnung dazu erhalten Sie nach der Abbuchung.\n\n"
            "Mit freundlichen Grüßen\nKältetechnik Gruber e.U.")
    eml = mk.mail(rng, "office@kaelte-gruber.at", "Kältetechnik Gruber", "gasthof@zurpost-weiz.at",
                  "Verlängerung Wartungsvertrag WV-2025-031", d, body_text=body)
    add("bmd", "de", "none", "office@kaelte-gruber.at", "gasthof@zurpost-weiz.at", eml,
        why="A renewal notice announcing that a card will be charged; the invoice follows after the charge.",
        note="A yearly amount, a charge date and a contract number, to a debtor who also receives an invoice in this set.")


def n25():
    """Camera shop refund after a return."""
    d = D(2026, 11, 30)
    body = ("Sehr geehrte Frau Albrecht,\n\n"
            "die zurückgesandte Fuji X100V (Rechnung KW-26-2150) ist bei uns eingegangen und geprüft. Wir haben Ihnen heute "
            "1.149,00 € auf Ihr Konto DE.. .... .... .... 3391 zurücküberwiesen. Eine Gutschrift als Beleg finden Sie in Ihrem Kundenkonto.\n\n"
            "Mit freundlichen Grüßen\nKamerahaus Weber")
    eml = mk.mail(rng, "shop@kamerahaus-weber.de", "Kamerahaus Weber", "m.albrecht@arcor.de", "Erstattung zu Rechnung KW-26-2150", d,
                  body_text=body)
    add("word", "de", "none", "shop@kamerahaus-weber.de", "m.albrecht@arcor.de", eml,
        why="A refund confirmation; money is paid back to the customer and the credit note is not attached.",
        note="An invoice number in the subject, an amount and the word Gutschrift in the body.")


# ================================================================ write

def _width(s, size, bold):
    """A rough Helvetica advance width."""
    t = 0.0
    for ch in s:
        if ch.isdigit():
            t += .556
        elif ch.isupper():
            t += .72 if bold else .68
        elif ch in "ijlt.,:;'|!· ()[]/-":
            t += .28
        elif ch in "mwMW":
            t += .85
        else:
            t += .58 if bold else .53
    return t * size


def check(recs):
    """Counts, ids, the page, and that each label is printed."""
    import collections
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 75
    inv = [r for r in recs if r["is_invoice"]]
    assert len(inv) == 50
    assert collections.Counter(r["lang"] for r in inv) == {"nl": 20, "en": 15, "de": 15}
    assert collections.Counter(r["kind"] for r in inv) == {"pdf": 30, "body-text": 10, "body-html": 10}
    for r in recs:
        json.loads(json.dumps(r, ensure_ascii=False))
        assert (r["kind"] == "none") == (not r["is_invoice"]) == (r["expected"] is None)
        assert r["note"] and (r["is_invoice"] or r["why_not"])
        assert ("pdf" in r) == ("@@PDF@@" in r["eml"]), r["id"]
        text = r["eml"]
        for pg in r.get("pdf", {}).get("pages", []):
            width = pg.get("width", 595)
            lines = {}
            for it in pg["items"]:
                w = _width(it["text"], it["size"], it["bold"])
                x0 = it["x"] - w if it["align"] == "right" else it["x"]
                assert x0 >= 30 and x0 + w <= width - 25 and 20 <= it["y"] <= 822, (r["id"], it["text"])
                lines.setdefault(it["y"], []).append((x0, x0 + w))
                text += "\n" + it["text"]
            for spans in lines.values():
                spans.sort()
                for a, b in zip(spans, spans[1:]):
                    assert a[1] <= b[0] + 2, (r["id"], a, b)
        e = r["expected"]
        if e:
            flat = text.replace(" ", "")
            for k in ("number", "iban", "payment_reference"):
                assert not e[k] or e[k] in flat, (r["id"], k)
            assert e["debtor_name"] in text or "Aigner" in e["debtor_name"], r["id"]
            assert e["debtor_email"] == r["envelope"]["rcpt_to"][0]
            assert e["due_date"] is None or e["due_date"] >= e["issue_date"]
            assert e["amount_due_cents"] <= e["amount_total_cents"]
            if e["currency"] == "CHF":
                assert e["amount_total_cents"] % 5 == 0


def main():
    for name, fn in sorted(globals().items()):
        if callable(fn) and len(name) in (4, 3) and name[:-2] in ("nl", "en", "de", "n") and name[-2:].isdigit():
            fn()
    order = list(range(len(RECORDS)))
    random.Random(SEED).shuffle(order)
    out = []
    for k, i in enumerate(order, 1):
        tool, lang, kind, env, eml, pages, fname, exp, why, note = RECORDS[i]
        out.append(mk.record("inv-hold18-%03d" % k, tool, lang, kind, env, eml, pages, fname, exp, why, note))
    here = os.path.dirname(os.path.abspath(__file__))
    check(out)
    mk.write(os.path.join(here, "..", "heldout18.jsonl"), out)
    print(len(out), "records")


if __name__ == "__main__":
    main()
