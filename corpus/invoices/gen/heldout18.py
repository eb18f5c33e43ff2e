"""heldout18: a blind held-out set about how an invoice asks for its money — early-payment
discounts, payment links and QR codes, direct debit, instalments, deposits, factoring,
references, VAT small print and terms in all their forms — and 25 mails from the same
billing addresses that are not invoices (link reminders, payment confirmations, SEPA
pre-notifications, mandates, renewals, refunds, quotes, prepayment requests, statements,
card-charge notices).

Written with mailkit only (seed 20261218). Every mail's text and layout is written here by
hand; the generator varies IBANs, message ids and a few numbers."""
import datetime
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


def rf(ref):
    digits = "".join(str(int(c, 36)) for c in ref + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, ref)


def rf_spaced(r):
    return " ".join(r[k:k + 4] for k in range(0, len(r), 4))


def qrref(base26):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in base26:
        carry = table[(carry + int(ch)) % 10]
    return base26 + str((10 - carry) % 10)


def qrref_spaced(r):
    return r[:2] + " " + " ".join(r[k:k + 5] for k in range(2, 27, 5))


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
                 "Bij betaling binnen 8 dagen mag u 2 % korting in mindering brengen (%s in plaats van %s)." %
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
            "Totaal incl. 21% btw                              € 2.245,00\n"
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
