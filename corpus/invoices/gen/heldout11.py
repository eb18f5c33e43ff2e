"""heldout11: the eleventh held-out set of invoice mails and non-invoices for dunmail.

Written from the brief alone (lines 1-70 of corpus/invoices/README.md, mailkit.py and two
records of heldout4.jsonl for the format). 50 invoices, 25 non-invoices; nl/en/de.
Amounts and dates are computed here and printed from those values. Seed 20261211.

Run:  python3 corpus/invoices/gen/heldout11.py   (writes corpus/invoices/heldout11.jsonl)
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import Page, money, date  # noqa: E402

import random  # noqa: E402

R = random.Random(20261211)
D = datetime.date
TD = datetime.timedelta
RECS = []


# ---------------------------------------------------------------- small helpers
def iban_any(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ib(country):
    if country == "AT":
        return iban_any("AT", digits(16))
    if country == "CH":
        return iban_any("CH", digits(17))
    return mk.iban(R, country)


def sp(i):
    return mk.iban_spaced(i)


def be_struct():
    base = int(digits(10))
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rf_ref(body):
    dg = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(dg) % 97, body)


def nl_kenmerk():
    """16-digit Dutch betalingskenmerk with its check digit in front."""
    body = digits(15)
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(body)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + body


def qr_ref(body26):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body26:
        carry = t[(carry + int(ch)) % 10]
    return body26 + str((10 - carry) % 10)


def grp(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def q(s):
    """RFC 2047 for a subject with non-ASCII characters."""
    if all(ord(c) < 128 for c in s):
        return s
    out = ""
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out += "_"
        elif c.isalnum() and b < 128:
            out += c
        else:
            out += "=%02X" % b
    return "=?utf-8?q?%s?=" % out


def addm(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def eom(d):
    return addm(D(d.year, d.month, 1), 1) - TD(days=1)


def calc(items, rounding="total"):
    """items: (desc, qty, unit_cents, rate). Returns net, {rate: (base, vat)}, total, line nets."""
    lines = [int(round(qty * unit)) for (_d, qty, unit, _r) in items]
    bases = {}
    for (it, ln) in zip(items, lines):
        bases[it[3]] = bases.get(it[3], 0) + ln
    vats = {r: (b, int(round(b * r / 100.0))) for r, b in sorted(bases.items())}
    net = sum(lines)
    total = net + sum(v for _b, v in vats.values())
    return net, vats, total, lines


def qty_s(q_, style):
    if float(q_).is_integer():
        return str(int(q_))
    s = ("%.2f" % q_).rstrip("0")
    return s.replace(".", ",") if style in ("nl", "de") else s


def rate_s(r, style):
    s = ("%g" % r)
    return (s.replace(".", ",") if style in ("nl", "de") else s) + " %" if style in ("nl", "de") else s + "%"


def hdrs(*pairs):
    return ["%s: %s" % p for p in pairs]


# ---------------------------------------------------------------- page builder
def page_std(L):
    """A one-page document from a layout description L. Returns the Page and the y after
    the last block. Keys: head (list of (text,size,bold)), head_x/head_align, sender_line,
    debtor (lines), debtor_xy, debtor_label, title, title_xy, title_size, meta (pairs),
    meta_xy, meta_vx (value x offset, or 'r' for right-aligned at 539), cols ((hdr,x,align)),
    rows, table_y, totals ((label,value,bold)), tot_x, after (lines), footer (columns)."""
    p = Page()
    hx = L.get("head_x", 56)
    hal = L.get("head_align", "left")
    y = L.get("head_y", 56)
    for (t, s, b) in L["head"]:
        p.text(hx, y, t, s, b, hal)
        y += s + 3
    if L.get("sender_line"):
        dx, dy = L.get("debtor_xy", (56, 150))
        p.text(dx, dy - 16, L["sender_line"], 6)
        p.rule(dx, dy - 13, dx + 230, dy - 13)
    dx, dy = L.get("debtor_xy", (56, 150))
    if L.get("debtor_label"):
        p.text(dx, dy, L["debtor_label"], 8, True)
        dy += 13
    for t in L["debtor"]:
        p.text(dx, dy, t, L.get("debtor_size", 10))
        dy += 13
    mx, my = L.get("meta_xy", (360, 150))
    vx = L.get("meta_vx", 95)
    if L.get("meta_title"):
        p.text(mx, my, L["meta_title"], 9, True)
        my += 13
    for (lab, val) in L.get("meta", []):
        p.text(mx, my, lab, L.get("meta_size", 9), L.get("meta_bold_label", False))
        if vx == "r":
            p.right(539, my, val, L.get("meta_size", 9))
        else:
            p.text(mx + vx, my, val, L.get("meta_size", 9))
        my += 13
    tx, ty = L.get("title_xy", (56, 250))
    if L.get("title"):
        p.text(tx, ty, L["title"], L.get("title_size", 15), True, L.get("title_align", "left"))
    for (k, t) in enumerate(L.get("subtitle", [])):
        p.text(56, ty + 16 + 12 * k, t, 9)
    y = L.get("table_y", 320)
    for (k, t) in enumerate(L.get("intro", [])):
        p.text(56, y - 26 + 12 * k - 12 * (len(L["intro"]) - 1), t, 9)
    cols = L["cols"]
    for (h, x, al) in cols:
        p.text(x, y, h, 8.5, True, al)
    if L.get("head_rule", True):
        p.rule(56, y + 4, 539, y + 4)
    if L.get("head_rule_top"):
        p.rule(56, y - 11, 539, y - 11)
    y += 17
    for row in L["rows"]:
        extra = 0
        for (cell, (h, x, al)) in zip(row, cols):
            if isinstance(cell, (list, tuple)):
                for k, c in enumerate(cell):
                    p.text(x, y + 11 * k, c, 9 if k == 0 else 7.5, False, al)
                extra = max(extra, 11 * (len(cell) - 1))
            else:
                p.text(x, y, cell, 9, False, al)
        y += 14 + extra
    p.rule(56, y - 6, 539, y - 6)
    y += 10
    tx2 = L.get("tot_x", 340)
    for (lab, val, b) in L.get("totals", []):
        if lab is None:
            p.rule(tx2, y - 9, 539, y - 9)
            continue
        p.text(tx2, y, lab, 10 if b else 9, b)
        p.right(539, y, val, 10 if b else 9, b)
        y += 14
    y += 18
    for t in L.get("after", []):
        if isinstance(t, tuple):
            p.text(56, y, t[0], 9, True)
        else:
            p.text(56, y, t, 9)
        y += 12
    fy = L.get("footer_y", 775)
    if L.get("footer_rule", True) and L.get("footer"):
        p.rule(56, fy - 11, 539, fy - 11)
    for (x, lines) in L.get("footer", []):
        for k, t in enumerate(lines):
            p.text(x, fy + 9 * k, t, 7)
    return p, y


# ---------------------------------------------------------------- records
N_INV = [0]
N_NON = [0]


def rid():
    return "inv-hold11-%03d" % (len(RECS) + 1)


def env(frm, to):
    return {"mail_from": frm, "rcpt_to": [to] if isinstance(to, str) else list(to)}


def ubl_xml(e, seller, supplier, customer, lines_net, vat_total, net, note_due=None):
    """A small UBL 2.1 invoice (or credit note) with the facts of @e; @seller is the supplier's name."""
    from xml.sax.saxutils import escape as X
    e = dict(e, debtor_name=X(e["debtor_name"]))
    cn = e["credit_note"]
    root = "CreditNote" if cn else "Invoice"
    cur = e["currency"]
    a = lambda c: "%.2f" % (abs(c) / 100.0)  # noqa: E731
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<%s xmlns="urn:oasis:names:specification:ubl:schema:xsd:%s-2" '
         'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">' % (root, root),
         "  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>",
         "  <cbc:ID>%s</cbc:ID>" % e["number"],
         "  <cbc:IssueDate>%s</cbc:IssueDate>" % e["issue_date"]]
    if e["due_date"] and not cn:
        x.append("  <cbc:DueDate>%s</cbc:DueDate>" % e["due_date"])
    x.append("  <cbc:%sTypeCode>%s</cbc:%sTypeCode>" % (root, "381" if cn else "380", root))
    x.append("  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>" % cur)
    x.append("  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>"
             "<cac:PostalAddress><cbc:CityName>%s</cbc:CityName><cac:Country><cbc:IdentificationCode>%s"
             "</cbc:IdentificationCode></cac:Country></cac:PostalAddress></cac:Party></cac:AccountingSupplierParty>"
             % (X(seller), supplier[0], supplier[1]))
    x.append("  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>"
             "<cac:PostalAddress><cbc:CityName>%s</cbc:CityName><cac:Country><cbc:IdentificationCode>%s"
             "</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"
             "<cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>"
             % (e["debtor_name"], customer[0], customer[1], e["debtor_email"]))
    if e["iban"]:
        x.append("  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"
                 + ("<cbc:PaymentID>%s</cbc:PaymentID>" % e["payment_reference"] if e["payment_reference"] else "")
                 + "<cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>"
                 % e["iban"])
    x.append('  <cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount></cac:TaxTotal>' % (cur, a(vat_total)))
    paid = abs(e["amount_total_cents"]) - abs(e["amount_due_cents"])
    x.append('  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>'
             '<cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount>'
             '<cbc:TaxInclusiveAmount currencyID="%s">%s</cbc:TaxInclusiveAmount>'
             % (cur, a(net), cur, a(net), cur, a(e["amount_total_cents"]))
             + ('<cbc:PrepaidAmount currencyID="%s">%s</cbc:PrepaidAmount>' % (cur, a(paid)) if paid else "")
             + '<cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>'
             % (cur, a(e["amount_due_cents"])))
    lt = "CreditNoteLine" if cn else "InvoiceLine"
    qt = "CreditedQuantity" if cn else "InvoicedQuantity"
    for k, (desc, ln) in enumerate(lines_net, 1):
        x.append('  <cac:%s><cbc:ID>%d</cbc:ID><cbc:%s unitCode="C62">1</cbc:%s>'
                 '<cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>'
                 '<cac:Item><cbc:Name>%s</cbc:Name></cac:Item></cac:%s>'
                 % (lt, k, qt, qt, cur, a(ln), X(desc), lt))
    x.append("</%s>" % root)
    return "\n".join(x) + "\n"


def add(tool, lang, kind, envelope, eml, pages=None, fname=None, exp=None, why=None, note=None, ubl=None,
        ubl_name=None):
    head, rest = eml.split("\n\n", 1)
    hl = []
    for line in head.split("\n"):
        if line.startswith(("From: ", "To: ", "Cc: ", "Reply-To: ")) and any(ord(c) > 127 for c in line):
            k, v = line.split(": ", 1)
            name, addr = v.rsplit(" <", 1)
            line = "%s: %s <%s" % (k, q(name), addr)
        hl.append(line)
    eml = "\n".join(hl) + "\n\n" + rest
    if ubl is not None:
        b = eml.split('boundary="', 1)[1].split('"', 1)[0]
        part = ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; "
                "filename=\"%s\"\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, ubl_name, ubl_name, ubl))
        eml = eml.replace("--%s--\n" % b, part + "--%s--\n" % b)
    r = mk.record(rid(), tool, lang, kind, envelope, eml, pages, fname, exp, why, note)
    if ubl is not None:
        r["ubl"] = ubl
        keys = list(r.keys())
        r = {k: r[k] for k in keys if k not in ("expected", "note")}
        r["expected"] = exp
        r["note"] = note
    RECS.append(r)
    return r


def tbl(items, lines, keys, m, st):
    rows = []
    for (it, ln) in zip(items, lines):
        desc, qty, unit, rate = it
        row = []
        for k in keys:
            row.append({"d": desc, "q": qty_s(qty, st), "u": m(unit), "r": rate_s(rate, st),
                        "n": m(ln), "g": m(ln + int(round(ln * rate / 100.0)))}[k])
        rows.append(row)
    return rows


def vat_lines(vats, fmt, m, st):
    return [(fmt % (rate_s(r, st).replace(" %", "%") if "%%" in fmt else rate_s(r, st)) if "%s" in fmt
             else fmt, m(v), False) for r, (b, v) in vats.items()]


def eur_nl(c):
    return "€ " + money(c, "nl")


def eur_de(c):
    return money(c, "de") + " €"


def eur_en(c):
    return "€" + money(c, "en")


def exp(number, due_c, tot_c, iss, due, name, email, iban_, debtor_business, lang, ref=None, cur="EUR", credit=False):
    """`debtor_business`: whether the debtor (the addressee) is a business -- True for a company, a sole
    trader billed as one, a public body, school, club, association, foundation, VvE or other legal
    person; False for a private person, couple, household or a private person's estate; None only for
    a German WEG. It is not the sender's name."""
    assert debtor_business in (True, False, None)
    return mk.expected(number, due_c, tot_c, iss, due, name, email, iban_, debtor_business, lang, ref, cur, credit)


# ================================================================ invoices, Dutch / Flemish
def nl_invoices():
    # 1 Teamleader Focus, Flemish, structured reference, debtor company + contact, window right
    iss = D(2026, 11, 23); due = iss + TD(days=30)
    biz = "Studio Vanhoutte BV"; iba = ib("BE"); ref = be_struct(); num = "2026 / 0214"
    items = [("Redesign etiketten 'Kromme Haring Tripel' (4 varianten)", 1, 186000, 21),
             ("Fotografie packshots, halve dag", 1, 52000, 21),
             ("Drukproeven en kleurcorrectie", 3, 7500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("STUDIO VANHOUTTE", 16, True), ("grafisch ontwerp & fotografie", 8, False)],
         "debtor_xy": (320, 140),
         "debtor": ["Brouwerij De Kromme Haring NV", "t.a.v. Jens Verstraeten - Marketing", "Kaaistraat 41",
                    "8900 Ieper", "België", "BTW BE 0457.318.226"],
         "title": "Factuur", "title_xy": (56, 250), "title_size": 20,
         "meta_xy": (56, 280), "meta_vx": 0, "meta": [],
         "cols": [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Eenheidsprijs", 410, "right"),
                  ("BTW", 450, "right"), ("Totaal excl.", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "nl"), "table_y": 345,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [(None, "", False), ("Te betalen", m(tot), True)],
         "after": ["Gelieve het totaalbedrag van %s te storten op rekening %s (BIC GEBABEBB)" % (m(tot), sp(iba)),
                   "met vermelding van de gestructureerde mededeling %s" % ref,
                   "uiterlijk op %s." % date(due, "dmy/")],
         "footer": [(56, ["Studio Vanhoutte BV", "Sint-Pietersnieuwstraat 112, 9000 Gent"]),
                    (250, ["BTW BE 0771.204.583", "RPR Gent"]), (420, ["IBAN " + sp(iba), "info@studiovanhoutte.be"])]}
    p, _ = page_std(L)
    # Teamleader puts the details in one header row under the title
    hx = [56, 160, 260, 360]
    for x, (lab, val) in zip(hx, [("Factuurnummer", num), ("Factuurdatum", date(iss, "dmy/")),
                                  ("Vervaldatum", date(due, "dmy/")), ("Klantnummer", "KL-0093")]):
        p.text(x, 280, lab, 7.5, True)
        p.text(x, 292, val, 9)
    body = ("Beste Jens,\n\nIn bijlage vind je factuur %s voor het redesign van jullie etiketten.\n"
            "Het bedrag van %s mag je overschrijven vóór %s.\n\nAlvast bedankt!\n\nMet vriendelijke groet,\n"
            "Lotte Vanhoutte\nStudio Vanhoutte BV\n" % (num, m(tot), date(due, "dmy/")))
    to = "jens.verstraeten@krommeharing.be"
    eml = mk.mail(R, "invoicing@focus-mail.teamleader.eu", "Studio Vanhoutte", "Jens Verstraeten <%s>" % to,
                  "Factuur %s van Studio Vanhoutte BV" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "Lotte Vanhoutte <lotte@studiovanhoutte.be>")))
    add("teamleader-focus", "nl", "pdf", env("bounces+tl8812@focus-mail.teamleader.eu", to), eml, [p],
        "Factuur_2026_0214.pdf",
        exp(num, tot, tot, iss, due, "Brouwerij De Kromme Haring NV", to, iba, True, "nl", ref),
        note="Flemish; number with ' / '; details in a header row; Belgian structured reference; platform sender, business in Reply-To.")

    # 2 Dexxter, Flemish sole trader, private person with 'Mevrouw', term in days
    iss = D(2026, 11, 18); due = iss + TD(days=14)
    biz = "Pieter Claeys Schrijnwerk"; iba = ib("BE"); ref = be_struct(); num = "F2026-047"
    items = [("Maatwerk boekenkast eik, 240 x 210 cm", 1, 238000, 6),
             ("Plaatsing ter plaatse", 6, 5200, 6), ("Verplaatsingskosten", 1, 3500, 6)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "nl") + " EUR"  # noqa: E731
    L = {"head": [("Pieter Claeys", 13, True), ("Schrijnwerk op maat", 9, False), ("Hoogstraat 9, 3560 Lummen", 8, False),
                  ("BTW BE 0688.431.902", 8, False)],
         "head_x": 539, "head_align": "right", "debtor_xy": (56, 150), "debtor_label": "Factuur aan",
         "debtor": ["Mevrouw Sofie Claes", "Diestersteenweg 212", "3510 Kermt"],
         "title": "FACTUUR %s" % num, "title_xy": (56, 250), "title_size": 14,
         "meta_xy": (360, 163), "meta_vx": "r",
         "meta": [("Factuurdatum", date(iss, "dmy-")), ("Vervaldag", date(due, "dmy-")),
                  ("Mededeling", ref)],
         "cols": [("Beschrijving", 56, "left"), ("Aantal", 340, "right"), ("Prijs", 420, "right"),
                  ("Bedrag", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "nl"), "table_y": 300,
         "totals": [("Subtotaal", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal", m(tot), True)],
         "after": ["Verlaagd btw-tarief van 6 % - renovatie van een woning ouder dan 10 jaar.",
                   "Betaling binnen 14 dagen na factuurdatum op %s" % sp(iba),
                   "met mededeling %s." % ref],
         "footer": [(56, ["Opgemaakt met Dexxter"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "sofie.claes@telenet.be"
    body = ("Beste mevrouw Claes,\n\nHierbij vindt u factuur %s ten bedrage van %s.\n"
            "U kunt de factuur ook online bekijken en betalen via onderstaande link.\n\n"
            "https://app.dexxter.be/pay/7fK2qLx9\n\nMet vriendelijke groeten,\nPieter Claeys\n" % (num, m(tot)))
    eml = mk.mail(R, "no-reply@dexxter.be", "Pieter Claeys Schrijnwerk", "<%s>" % to,
                  "Nieuwe factuur %s van Pieter Claeys Schrijnwerk" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "pieter@claeys-schrijnwerk.be")))
    add("dexxter", "nl", "pdf", env("no-reply@dexxter.be", to), eml, [p], "%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Sofie Claes", to, iba, False, "nl", ref),
        note="Flemish; 6% renovation VAT; 'Mevrouw' dropped from the debtor; due date printed and also 14 days; amounts 'x EUR'.")

    # 3 Yuki, pdf+ubl, department, betalingskenmerk
    iss = D(2026, 11, 30); due = iss + TD(days=30)
    biz = "Kroes Installatietechniek B.V."; iba = ib("NL"); ken = nl_kenmerk(); num = "VF26-01877"
    items = [("Periodiek onderhoud luchtbehandelingskast LBK-2", 1, 64500, 21),
             ("Filterset F7 compleet", 4, 8925, 21), ("Arbeid monteur (uur)", 5.5, 7450, 21),
             ("Voorrijkosten", 1, 4500, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "nl")  # noqa: E731
    L = {"head": [("Kroes Installatietechniek B.V.", 12, True), ("Industrieweg 18 | 7031 BK Wehl", 8, False),
                  ("T 0314 68 22 10 | administratie@kroes-it.nl", 8, False)],
         "sender_line": "Kroes Installatietechniek B.V. - Industrieweg 18 - 7031 BK Wehl",
         "debtor_xy": (56, 160),
         "debtor": ["Woonzorgcentrum Het Baken", "t.a.v. crediteurenadministratie", "Postbus 412",
                    "7000 AK Doetinchem"],
         "meta_xy": (340, 160), "meta_vx": 90,
         "meta": [("Factuurnummer", num), ("Factuurdatum", date(iss, "dmy-")), ("Debiteurnummer", "20455"),
                  ("Uw referentie", "PO 2026-3391"), ("Vervaldatum", date(due, "dmy-"))],
         "title": "Factuur", "title_xy": (56, 260),
         "cols": [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 400, "right"),
                  ("Btw", 440, "right"), ("Bedrag", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "nl"), "table_y": 300,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal te betalen EUR", m(tot), True)],
         "after": ["Wij verzoeken u het totaalbedrag vóór %s over te maken op" % date(due, "dmy-"),
                   "%s t.n.v. Kroes Installatietechniek B.V. onder vermelding van" % sp(iba),
                   "betalingskenmerk %s." % grp(ken)],
         "footer": [(56, ["KvK 09187342", "Btw NL 8165.92.331.B01"]), (250, ["IBAN " + sp(iba), "BIC RABONL2U"]),
                    (420, ["Op al onze leveringen zijn de", "Techniek NL-voorwaarden van toepassing"])]}
    p, _ = page_std(L)
    e = exp(num, tot, tot, iss, due, "Woonzorgcentrum Het Baken", "facturen@hetbaken-zorg.nl", iba, True, "nl", ken)
    u = ubl_xml(e, biz, ("Wehl", "NL"), ("Doetinchem", "NL"), list(zip([i[0] for i in items], lines)),
                sum(v for _b, v in vats.values()), net)
    body = ("Geachte heer/mevrouw,\n\nBijgaand ontvangt u factuur %s d.d. %s.\n"
            "De factuur is tevens als UBL-bestand bijgevoegd voor verwerking in uw administratie.\n\n"
            "Met vriendelijke groet,\n\nKroes Installatietechniek B.V.\nAdministratie\n" % (num, date(iss, "dmy-")))
    eml = mk.mail(R, "administratie@kroes-it.nl", "Kroes Installatietechniek B.V.",
                  "facturen@hetbaken-zorg.nl", "Factuur %s" % num, iss, body_text=body, pdf=True)
    add("yuki", "nl", "pdf+ubl", env("administratie@kroes-it.nl", "facturen@hetbaken-zorg.nl"), eml, [p],
        "Factuur_%s.pdf" % num, e, note="Window left with 't.a.v. crediteurenadministratie' and Postbus; 16-digit betalingskenmerk printed in groups; UBL attached.",
        ubl=u, ubl_name="%s.xml" % num)

    # 4 Tiime, ZZP, foundation, two VAT rates (9 / 21)
    iss = D(2026, 11, 26); due = iss + TD(days=21)
    biz = "Meike Dros Catering"; iba = ib("NL"); num = "2026-0063"
    items = [("Lunchbuffet vrijwilligersdag (45 pers.)", 45, 1450, 9),
             ("Koffie, thee en gebak", 45, 425, 9), ("Huur servies en statafels", 1, 12500, 21),
             ("Bediening 2 personen, 5 uur", 10, 3200, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Meike Dros Catering", 15, True)], "debtor_xy": (56, 120), "debtor_label": "Gefactureerd aan",
         "debtor": ["Stichting Buurtkracht Zuidwest", "Dhr. R. Amrani (coördinator)", "Escamplaan 310",
                    "2547 GC Den Haag"],
         "meta_xy": (330, 120), "meta_vx": "r", "meta_title": "Factuur",
         "meta": [("Nummer", num), ("Datum", date(iss, "long", "nl")), ("Vervaldatum", date(due, "long", "nl"))],
         "cols": [("Omschrijving", 56, "left"), ("Aantal", 320, "right"), ("Stukprijs", 390, "right"),
                  ("Btw", 430, "right"), ("Totaal", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "nl"), "table_y": 260,
         "totals": [("Subtotaal", m(net), False)] + [("Btw %s over %s" % (rate_s(r, "nl"), m(b)), m(v), False)
                                                     for r, (b, v) in vats.items()]
         + [("Totaal", m(tot), True)],
         "after": ["Betaal binnen 21 dagen op %s t.n.v. M. Dros o.v.v. het factuurnummer." % sp(iba)],
         "footer": [(56, ["Meike Dros Catering - Hoefkade 77 - 2526 CA Den Haag - KvK 74290153 - btw-id NL003154729B62"])]}
    p, _ = page_std(L)
    to = "info@buurtkrachtzuidwest.nl"
    body = ("Hallo,\n\nMeike Dros Catering heeft je een factuur gestuurd.\n\nFactuurnummer: %s\nBedrag: %s\n"
            "Te betalen vóór: %s\n\nDe factuur vind je in de bijlage.\n\n-- \nVerstuurd met Tiime\n"
            % (num, m(tot), date(due, "dmy/")))
    eml = mk.mail(R, "noreply@tiime.nl", "Meike Dros Catering", to, "Factuur %s - Meike Dros Catering" % num, iss,
                  body_text=body, pdf=True, extra_headers=hdrs(("Reply-To", "hallo@meikedros.nl")))
    add("tiime", "nl", "pdf", env("noreply@tiime.nl", to), eml, [p], "Factuur-%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Stichting Buurtkracht Zuidwest", to, iba, True, "nl"),
        note="Two VAT rates with their bases; foundation with a contact line under it; long Dutch dates; 'o.v.v. factuurnummer' is no reference.")

    # 5 Reeleezee, municipality, department, mailed 6 days after issue
    iss = D(2026, 11, 16); sent = D(2026, 11, 22); due = iss + TD(days=30)
    biz = "Groenvoorziening Tjallema"; iba = ib("NL"); num = "F-26-0319"
    items = [("Snoeien knotwilgen Trekweg (22 st.)", 22, 3850, 21),
             ("Afvoer snoeihout, per m3", 14, 1800, 21), ("Inzet hoogwerker, dagdeel", 2, 19500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Groenvoorziening Tjallema", 14, True), ("Hoornsterdyk 4, 8531 PK Lemmer", 8, False),
                  ("0514-561290 | info@tjallema-groen.nl", 8, False)],
         "debtor_xy": (340, 130),
         "debtor": ["Gemeente De Fryske Marren", "Afdeling Beheer Openbare Ruimte", "t.a.v. mw. J. Hoekstra",
                    "Postbus 101", "8500 AC Joure"],
         "title": "FACTUUR", "title_xy": (56, 245), "title_size": 16,
         "meta_xy": (56, 265), "meta_vx": 100,
         "meta": [("Factuurnummer:", num), ("Factuurdatum:", date(iss, "dmy-")), ("Inkoopordernr.:", "4500218733"),
                  ("Betalingstermijn:", "30 dagen")],
         "cols": [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 420, "right"),
                  ("Totaal", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "nl"), "table_y": 345,
         "totals": [("Totaal exclusief btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal inclusief btw", m(tot), True)],
         "after": ["Gelieve binnen 30 dagen na factuurdatum te voldoen op %s" % sp(iba),
                   "t.n.v. Groenvoorziening Tjallema onder vermelding van factuur- en inkoopordernummer."],
         "footer": [(56, ["KvK 01092874 | btw NL001734822B09 | IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "facturen@defryskemarren.nl"
    body = ("Geachte mevrouw Hoekstra,\n\nExcuus voor de late toezending: in de bijlage treft u onze factuur %s "
            "van %s voor het snoeiwerk aan de Trekweg.\nHet inkoopordernummer staat erop vermeld.\n\n"
            "Met vriendelijke groet,\nSietse Tjallema\n" % (num, date(iss, "long", "nl")))
    eml = mk.mail(R, "info@tjallema-groen.nl", "Groenvoorziening Tjallema", "Crediteuren <%s>" % to,
                  "Factuur %s / inkooporder 4500218733" % num, sent, body_text=body, pdf=True)
    add("reeleezee", "nl", "pdf", env("info@tjallema-groen.nl", to), eml, [p], "Factuur %s.pdf" % num,
        exp(num, tot, tot, iss, due, "Gemeente De Fryske Marren", to, iba, True, "nl"),
        note="Mailed six days after the issue date; municipality with department and contact; term only (30 days), due computed from the issue date.")

    # 6 Gekko, household, term in words
    iss = D(2026, 11, 27); due = iss + TD(days=14)
    biz = "Schildersbedrijf Wouters"; iba = ib("NL"); num = "20260158"
    items = [("Buitenschilderwerk kozijnen voorgevel", 1, 168000, 21),
             ("Houtrotherstel 3 plaatsen", 3, 8500, 21), ("Verf en materialen", 1, 21340, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Schildersbedrijf Wouters", 16, True), ("vakmanschap sinds 1987", 8, False)],
         "head_x": 539, "head_align": "right", "debtor_xy": (56, 140),
         "debtor": ["Fam. Vrolijk", "Lindelaan 22", "5271 AD Sint-Michielsgestel"],
         "title": "Factuur %s" % num, "title_xy": (56, 225), "title_size": 13,
         "subtitle": ["Datum: %s" % date(iss, "dmy-"), "Betreft: schilderwerk Lindelaan 22"],
         "meta": [],
         "cols": [("Omschrijving", 56, "left"), ("Bedrag", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 290,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal incl. btw", m(tot), True)],
         "after": ["Wij verzoeken u vriendelijk het totaalbedrag binnen veertien dagen over te maken",
                   "op rekeningnummer %s ten name van Schildersbedrijf Wouters." % sp(iba)],
         "footer": [(56, ["Schildersbedrijf Wouters | Eikenlaan 3 | 5271 BB Sint-Michielsgestel | KvK 16042288 | btw NL001922487B33"])]}
    p, _ = page_std(L)
    to = "fam.vrolijk@ziggo.nl"
    body = ("Beste familie Vrolijk,\n\nBedankt voor de opdracht! Hierbij ontvangt u de factuur voor het "
            "schilderwerk.\n\nMet vriendelijke groet,\nRuud Wouters\n\nDeze e-mail is verzonden met Gekko.\n")
    eml = mk.mail(R, "ruud@schilderwouters.nl", "Schildersbedrijf Wouters", "Familie Vrolijk <%s>" % to,
                  "Factuur %s" % num, iss, body_text=body, pdf=True)
    add("gekko", "nl", "pdf", env("ruud@schilderwouters.nl", to), eml, [p], "factuur-%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Fam. Vrolijk", to, iba, False, "nl"),
        note="Term in words ('binnen veertien dagen'), no due date printed; household debtor 'Fam.'; no meta block, date under the title.")

    # 7 Factuursturen.nl, pdf+ubl, RF reference, platform sender
    iss = D(2026, 11, 25); due = iss + TD(days=14)
    biz = "Vloerenhuis Bergsma"; iba = ib("NL"); num = "FS-2026-00412"
    rf = rf_ref("2600412" + digits(6))
    items = [("PVC visgraat 'Noorder Eik', m2", 46.5, 3495, 21), ("Ondervloer 1,5 mm, m2", 46.5, 395, 21),
             ("Leggen visgraatpatroon, m2", 46.5, 2250, 21), ("Plinten wit gegrond, m1", 38, 690, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Vloerenhuis Bergsma", 15, True), ("Zuiderdiep 140 - 9581 AL Musselkanaal", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Praktijk voor Mondzorg Stadskanaal", "Mevr. drs. L. Poelman", "Navolaan 14", "9501 HK Stadskanaal"],
         "meta_xy": (330, 140), "meta_vx": 95,
         "meta": [("Factuurnummer", num), ("Factuurdatum", date(iss, "dmy-")), ("Vervaldatum", date(due, "dmy-")),
                  ("Klantnummer", "1187"), ("Betalingskenmerk", grp(rf))],
         "title": "Factuur", "title_xy": (56, 240),
         "cols": [("Product", 56, "left"), ("Aantal", 320, "right"), ("Prijs", 390, "right"), ("Btw", 430, "right"),
                  ("Totaal", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "nl"), "table_y": 275,
         "totals": [("Subtotaal", m(net), False)] + vat_lines(vats, "%s btw", m, "nl") + [("Totaal", m(tot), True)],
         "after": ["Graag ontvangen wij het bedrag vóór %s op %s," % (date(due, "dmy-"), sp(iba)),
                   "onder vermelding van betalingskenmerk %s." % grp(rf)],
         "footer": [(56, ["KvK 02093318", "Btw NL001288391B44"]), (250, ["IBAN " + sp(iba)]),
                    (420, ["www.vloerenhuisbergsma.nl"])]}
    p, _ = page_std(L)
    to = "administratie@mondzorgstadskanaal.nl"
    e = exp(num, tot, tot, iss, due, "Praktijk voor Mondzorg Stadskanaal", to, iba, True, "nl", rf)
    u = ubl_xml(e, biz, ("Musselkanaal", "NL"), ("Stadskanaal", "NL"), list(zip([i[0] for i in items], lines)),
                sum(v for _b, v in vats.values()), net)
    body = ("Geachte mevrouw Poelman,\n\nIn de bijlage vindt u factuur %s.\n\nTe betalen: %s\nUiterste betaaldatum: %s\n\n"
            "Met vriendelijke groet,\nVloerenhuis Bergsma\n\n---\nDeze factuur is verzonden via Factuursturen.nl\n"
            % (num, m(tot), date(due, "dmy-")))
    eml = mk.mail(R, "facturen@factuursturen.nl", "Vloerenhuis Bergsma", "L. Poelman <%s>" % to,
                  "Factuur %s van Vloerenhuis Bergsma" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "info@vloerenhuisbergsma.nl")))
    add("factuursturen", "nl", "pdf+ubl", env("bounce@factuursturen.nl", to), eml, [p], "%s.pdf" % num, e,
        note="RF creditor reference printed in groups under the label 'Betalingskenmerk'; practice debtor with 'Mevr. drs.' contact; UBL attached.",
        ubl=u, ubl_name="%s.xml" % num)

    # 8 Minox, credit note
    iss = D(2026, 12, 1)
    biz = "Drukkerij Van Aalst"; iba = ib("NL"); num = "CF260014"; orig = "260388"
    items = [("Creditering misdruk flyers A5 (2.500 st.) - factuur %s" % orig, 1, -41250, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "nl")  # noqa: E731
    L = {"head": [("Drukkerij Van Aalst", 14, True), ("Ambachtsweg 6 - 4251 LX Werkendam", 8, False)],
         "debtor_xy": (56, 150),
         "debtor": ["Yogastudio Prana Gorinchem", "t.a.v. Marloes Timmer", "Arkelstraat 5", "4201 KA Gorinchem"],
         "meta_xy": (340, 150), "meta_vx": 90,
         "meta": [("Creditnota nr.", num), ("Datum", date(iss, "dmy-")), ("Betreft factuur", orig), ("Relatienr.", "D1044")],
         "title": "CREDITFACTUUR", "title_xy": (56, 245),
         "cols": [("Omschrijving", 56, "left"), ("Bedrag excl.", 440, "right"), ("Btw", 480, "right"),
                  ("Bedrag", 539, "right")],
         "rows": [[it[0], m(ln), rate_s(it[3], "nl"), m(ln)] for it, ln in zip(items, lines)], "table_y": 290,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal creditnota EUR", m(tot), True)],
         "after": ["Het bedrag van EUR %s storten wij binnen 8 dagen terug op uw rekening." % money(-tot, "nl"),
                   "Onze excuses voor het ongemak."],
         "footer": [(56, ["IBAN " + sp(iba) + " - KvK 23087411 - btw NL007842319B01"])]}
    p, _ = page_std(L)
    to = "marloes@pranagorinchem.nl"
    body = ("Beste Marloes,\n\nZoals telefonisch besproken hierbij de creditfactuur voor de misdrukte flyers.\n"
            "Het bedrag maken we deze week naar je over.\n\nGroet,\nHenk van Aalst\n")
    eml = mk.mail(R, "administratie@drukkerijvanaalst.nl", "Drukkerij Van Aalst", "Marloes Timmer <%s>" % to,
                  "Creditfactuur %s" % num, iss, body_text=body, pdf=True)
    add("minox", "nl", "pdf", env("administratie@drukkerijvanaalst.nl", to), eml, [p], "Creditfactuur_%s.pdf" % num,
        exp(num, tot, tot, iss, None, "Yogastudio Prana Gorinchem", to, iba, True, "nl", credit=True),
        note="Credit note (creditfactuur) with negative lines; refund announced, no due date; mentions the original invoice number.")

    # 9 Mollie invoicing, body-html with payment link
    iss = D(2026, 12, 2); due = iss + TD(days=7)
    biz = "Bloemenatelier Juni"; iba = ib("NL"); num = "JUNI-2026-118"
    items = [("Bloemwerk kerstdiner (12 tafelstukken)", 12, 3450, 9), ("Bezorging en opbouw", 1, 4500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    rows = "".join('<tr><td style="padding:6px 0">%s</td><td align="right">%s</td></tr>' % (it[0], m(ln))
                   for it, ln in zip(items, lines))
    vrows = "".join('<tr><td style="color:#666">Btw %s</td><td align="right" style="color:#666">%s</td></tr>'
                    % (rate_s(r, "nl"), m(v)) for r, (b, v) in vats.items())
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f6\">"
            "<table width=\"560\" align=\"center\" style=\"background:#fff;padding:24px\">"
            "<tr><td colspan=\"2\"><h2 style=\"margin:0\">Bloemenatelier Juni</h2>"
            "<p>Hoi Merel,</p><p>Je hebt een nieuwe factuur ontvangen van Bloemenatelier Juni.</p></td></tr>"
            "<tr><td>Factuurnummer</td><td align=\"right\"><b>%s</b></td></tr>"
            "<tr><td>Factuurdatum</td><td align=\"right\">%s</td></tr>"
            "<tr><td>Vervaldatum</td><td align=\"right\">%s</td></tr>"
            "<tr><td colspan=\"2\"><hr></td></tr>%s%s"
            "<tr><td><b>Totaal</b></td><td align=\"right\"><b>%s</b></td></tr>"
            "<tr><td colspan=\"2\" style=\"padding:20px 0\"><a href=\"https://pay.mollie.com/invoices/i_Xq83LpZ2\" "
            "style=\"background:#0a84ff;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px\">"
            "Betaal %s</a></td></tr>"
            "<tr><td colspan=\"2\" style=\"font-size:12px;color:#666\">Liever zelf overmaken? Gebruik IBAN %s "
            "t.n.v. Bloemenatelier Juni en vermeld %s.<br>Gefactureerd aan: Restaurant De Waterlelie, "
            "Oudegracht 201, 3511 NK Utrecht</td></tr>"
            "<tr><td colspan=\"2\" style=\"font-size:11px;color:#999\">Bloemenatelier Juni &middot; Twijnstraat 40 "
            "&middot; 3511 ZL Utrecht &middot; KvK 81277390 &middot; btw NL003571126B71<br>Verzonden via Mollie</td></tr>"
            "</table></body></html>" % (num, date(iss, "long", "nl"), date(due, "long", "nl"), rows, vrows, m(tot),
                                         m(tot), sp(iba), num))
    to = "merel@dewaterlelie-utrecht.nl"
    eml = mk.mail(R, "invoices@mollie.com", "Bloemenatelier Juni", "Merel Kamphuis <%s>" % to,
                  "Factuur %s van Bloemenatelier Juni" % num, iss, body_html=html,
                  extra_headers=hdrs(("Reply-To", "hallo@bloemenatelierjuni.nl")))
    add("mollie-invoicing", "nl", "body-html", env("bounces@mollie.com", to), eml, None, None,
        exp(num, tot, tot, iss, due, "Restaurant De Waterlelie", to, iba, True, "nl"),
        note="Invoice in the HTML body with a pay button; debtor named only in 'Gefactureerd aan' (greeting names the contact); 9%+21%.")

    # 10 Paramedical nota, private person, VAT exempt, due on receipt
    iss = D(2026, 11, 30); due = iss
    biz = "Fysiotherapie Stadspark"; iba = ib("NL"); num = "N-2026-2291"
    items = [("%s - Fysiotherapie (1000)" % date(D(2026, 11, k), "dmy-"), 1, 4150, 0) for k in (3, 10, 17, 24)]
    items.append(("%s - Toeslag aan huis (1200)" % date(D(2026, 11, 24), "dmy-"), 1, 2200, 0))
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Fysiotherapie Stadspark", 13, True), ("Parkweg 2a - 9725 AB Groningen - 050 311 4470", 8, False),
                  ("AGB-code praktijk 04-058812", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Dhr. B.J. Mulder", "Vondellaan 57", "9721 GH Groningen"],
         "meta_xy": (340, 140), "meta_vx": 80,
         "meta": [("Notanummer", num), ("Notadatum", date(iss, "dmy-")), ("Geboortedatum", "14-03-1951"),
                  ("Verzekeraar", "geen aanvullende dekking")],
         "title": "NOTA", "title_xy": (56, 235),
         "cols": [("Datum / prestatie", 56, "left"), ("Tarief", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 270,
         "totals": [("Totaal nota", m(tot), True)],
         "after": ["Vrijgesteld van btw op grond van art. 11 lid 1 sub g Wet OB.",
                   "Deze nota is niet (volledig) door uw zorgverzekeraar vergoed.",
                   "Wij verzoeken u het bedrag direct na ontvangst over te maken op %s" % sp(iba),
                   "t.n.v. Fysiotherapie Stadspark o.v.v. het notanummer."],
         "footer": [(56, ["KvK 01134578 - AGB 04-058812"])]}
    p, _ = page_std(L)
    to = "bjmulder51@kpnmail.nl"
    body = ("Geachte heer Mulder,\n\nIn de bijlage vindt u de nota voor de behandelingen in november.\n\n"
            "Met vriendelijke groet,\nSecretariaat Fysiotherapie Stadspark\n")
    eml = mk.mail(R, "secretariaat@fysiostadspark.nl", "Fysiotherapie Stadspark", to,
                  "Nota %s" % num, iss, body_text=body, pdf=True)
    add("paramedical-nota", "nl", "pdf", env("secretariaat@fysiostadspark.nl", to), eml, [p], "nota_%s.pdf" % num,
        exp(num, tot, tot, iss, due, "B.J. Mulder", to, iba, False, "nl"),
        note="A 'nota', not 'factuur'; VAT exempt; birth date looks like a date field; due 'direct na ontvangst' labelled as the issue date.")

    # 11 Lawyer's declaratie, two pages, betalingskenmerk, disbursements without VAT
    iss = D(2026, 11, 20); due = iss + TD(days=14)
    biz = "Hazelaar Ruijs Advocaten"; iba = ib("NL"); ken = nl_kenmerk(); num = "2026.1142"
    hours = [(D(2026, 10, 6), "Bespreking cliënt, intake huurgeschil", 1.5), (D(2026, 10, 9), "Bestuderen huurovereenkomst en correspondentie", 2.0),
             (D(2026, 10, 14), "Opstellen sommatiebrief", 1.2), (D(2026, 10, 22), "Telefoon wederpartij", 0.3),
             (D(2026, 10, 29), "Opstellen dagvaarding", 3.4), (D(2026, 11, 3), "Correspondentie cliënt", 0.4),
             (D(2026, 11, 12), "Voorbereiden en bijwonen mondelinge behandeling", 3.5)]
    rate = 24500
    uren = sum(h for _a, _b, h in hours)
    hon = int(round(uren * rate))
    kk = int(round(hon * 0.05))
    griffie = 8900
    items = [("Honorarium", 1, hon, 21), ("Kantoorkosten 5%", 1, kk, 21), ("Griffierecht", 1, griffie, 0)]
    net, vats, tot, lines = calc(items)
    vat21 = vats[21][1]
    m = eur_nl
    p1 = Page()
    p1.text(539, 56, "HAZELAAR RUIJS", 15, True, "right")
    p1.text(539, 70, "ADVOCATEN", 9, False, "right")
    p1.text(539, 84, "Maliesingel 31 - 3581 BH Utrecht", 8, False, "right")
    for k, t in enumerate(["Strikt vertrouwelijk", "Het bestuur van", "Vereniging van Eigenaars Gebouw Zonnehof",
                           "p/a Vesteda Beheer, mw. K. Doorn", "Zonnehof 1", "3811 BT Amersfoort"]):
        p1.text(56, 150 + 13 * k, t, 10)
    p1.text(56, 260, "Utrecht, %s" % date(iss, "long", "nl"), 10)
    for k, (a, b) in enumerate([("Declaratie", num), ("Dossier", "24-0817 VvE Zonnehof / Gerrits Bouw B.V."),
                                ("Behandelaar", "mr. S.A. Ruijs"), ("Periode", "1 oktober t/m 15 november 2026")]):
        p1.text(56, 290 + 14 * k, a, 10, k == 0)
        p1.text(160, 290 + 14 * k, b, 10, k == 0)
    y = 370
    p1.text(56, y, "Voor in bovengenoemde zaak verrichte werkzaamheden, conform bijgaande specificatie:", 10)
    y += 26
    for lab, val, b in [("Honorarium %s uur à %s" % (qty_s(uren, "nl"), m(rate)), m(hon), False),
                        ("Kantoorkosten 5%", m(kk), False), (None, None, None),
                        ("Subtotaal belast", m(hon + kk), False), ("Btw 21%", m(vat21), False),
                        ("Verschotten (onbelast): griffierecht rechtbank Midden-Nederland", m(griffie), False),
                        (None, None, None), ("Totaal declaratie", m(tot), True)]:
        if lab is None:
            p1.rule(360, y - 9, 539, y - 9)
            continue
        p1.text(56, y, lab, 10, b)
        p1.right(539, y, val, 10, b)
        y += 16
    y += 20
    for t in ["Wij verzoeken u vriendelijk het totaalbedrag binnen 14 dagen na declaratiedatum over te maken op",
              "Stichting Derdengelden is hiervoor NIET bestemd. Rekening kantoor: %s" % sp(iba),
              "onder vermelding van betalingskenmerk %s." % grp(ken),
              "Op onze dienstverlening zijn de algemene voorwaarden van Hazelaar Ruijs Advocaten van toepassing."]:
        p1.text(56, y, t, 9)
        y += 12
    p1.text(56, 790, "Hazelaar Ruijs Advocaten is een maatschap. KvK 30219944. Btw NL8102.77.419.B01.", 7)
    p1.text(539, 790, "pagina 1 van 2", 7, False, "right")
    p2 = Page()
    p2.text(56, 56, "Specificatie bij declaratie %s - dossier 24-0817" % num, 11, True)
    p2.text(56, 90, "Datum", 9, True); p2.text(130, 90, "Werkzaamheden", 9, True); p2.right(539, 90, "Uren", 9, True)
    p2.rule(56, 94, 539, 94)
    y = 110
    for a, b, h in hours:
        p2.text(56, y, date(a, "dmy-"), 9); p2.text(130, y, b, 9); p2.right(539, y, qty_s(h, "nl"), 9)
        y += 14
    p2.rule(56, y - 6, 539, y - 6)
    p2.text(130, y + 8, "Totaal uren", 9, True); p2.right(539, y + 8, qty_s(uren, "nl"), 9, True)
    p2.text(539, 790, "pagina 2 van 2", 7, False, "right")
    to = "vve.zonnehof@vesteda-beheer.nl"
    body = ("Geacht bestuur,\n\nBijgaand zend ik u onze declaratie %s inzake uw geschil met Gerrits Bouw B.V., "
            "met een specificatie van de bestede tijd.\n\nMet vriendelijke groet,\n\nmr. S.A. Ruijs\nadvocaat\n"
            "\nDit bericht is uitsluitend bestemd voor de geadresseerde.\n" % num)
    eml = mk.mail(R, "s.ruijs@hazelaarruijs.nl", "mr. S.A. Ruijs", "K. Doorn <%s>" % to,
                  "Declaratie %s - VvE Zonnehof / Gerrits Bouw" % num, iss, body_text=body, pdf=True)
    add("lawyer-declaratie", "nl", "pdf", env("s.ruijs@hazelaarruijs.nl", to), eml, [p1, p2], "Declaratie %s.pdf" % num,
        exp(num, tot, tot, iss, due, "Vereniging van Eigenaars Gebouw Zonnehof", to, iba, True, "nl", ken),
        note="Two pages (specification of hours on page 2); 'Declaratie'; VAT on fee + office costs, untaxed court fee; debtor block 'Het bestuur van' + p/a; the derdengelden sentence names no second IBAN.")

    # 12 Apple Pages, couple named by surname only
    iss = D(2026, 11, 21); due = iss + TD(days=10)
    biz = "Fotografie Linde Aerts"; iba = ib("NL"); num = "2026-29"
    items = [("Fotoreportage 25-jarig huwelijksfeest (4 uur)", 1, 78000, 21), ("Fotoboek 30x30, 40 pagina's", 1, 16500, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€" + money(c, "nl")  # noqa: E731
    L = {"head": [("Linde Aerts", 22, False), ("FOTOGRAFIE", 8, True)], "head_y": 70,
         "debtor_xy": (56, 170), "debtor_label": "FACTUUR VOOR",
         "debtor": ["Dhr. en mevr. Zandbergen", "Heuvelweg 3", "6561 CK Groesbeek"],
         "meta_xy": (330, 170), "meta_vx": 100, "meta_bold_label": True,
         "meta": [("FACTUURNUMMER", num), ("DATUM", date(iss, "long", "nl")), ("BETALEN VOOR", date(due, "long", "nl"))],
         "cols": [("OMSCHRIJVING", 56, "left"), ("BEDRAG", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 290, "head_rule_top": True,
         "totals": [("Subtotaal", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl") + [("TOTAAL", m(tot), True)],
         "after": ["Bedankt voor jullie vertrouwen!", "Graag overmaken naar %s t.n.v. L. Aerts." % sp(iba)],
         "footer": [(56, ["linde@lindeaerts.nl  ·  06 48 22 91 07  ·  KvK 80441207  ·  btw NL004188207B55"])],
         "footer_rule": False}
    p, _ = page_std(L)
    to = "h.zandbergen@hetnet.nl"
    body = "Hoi Hans en Ellen,\n\nWat een mooi feest was het! Hierbij de factuur, de foto's komen via WeTransfer.\n\nLiefs,\nLinde\n\nVerstuurd vanaf mijn iPad\n"
    eml = mk.mail(R, "linde@lindeaerts.nl", "Linde Aerts", "Hans Zandbergen <%s>" % to, "Factuur fotoreportage", iss,
                  body_text=body, pdf=True)
    add("apple-pages", "nl", "pdf", env("linde@lindeaerts.nl", to), eml, [p], "Factuur Zandbergen.pdf",
        exp(num, tot, tot, iss, due, "Dhr. en mevr. Zandbergen", to, iba, False, "nl"),
        note="Pages template with capitalised labels; couple by surname keeps its forms ('Dhr. en mevr. Zandbergen'); subject without number.")

    # 13 Phone-typed invoice in plain text
    iss = D(2026, 12, 1); due = iss + TD(days=8)
    biz = "Klussenbedrijf Ramon Pinas"; iba = ib("NL"); num = "2026-112"
    uren = 7; tarief = 4750; mat = 8640
    net = uren * tarief + mat; vat = int(round(net * 0.21)); tot = net + vat
    body = ("Hoi Anouk,\n\nHierbij de factuur voor het werk van zaterdag.\n\n"
            "FACTUUR %s\nDatum: %s\n\n"
            "Aan: A. Verbeek, Stationsstraat 19, Zutphen\n\n"
            "%d uur arbeid x %s = %s\nMateriaal (tegels, lijm, kit) = %s\n"
            "Subtotaal %s\nBtw 21%% %s\nTotaal %s\n\n"
            "Graag binnen 8 dagen overmaken op %s tnv R. Pinas.\n\n"
            "Groetjes Ramon\nKlussenbedrijf Ramon Pinas\nKvK 85530117 / btw NL004411980B12\n\nVerzonden vanaf mijn iPhone\n"
            % (num, date(iss, "dmy-"), uren, money(tarief, "nl"), money(uren * tarief, "nl"), money(mat, "nl"),
               money(net, "nl"), money(vat, "nl"), money(tot, "nl"), iba))
    to = "anouk.verbeek@gmail.com"
    eml = mk.mail(R, "ramonpinas.klussen@gmail.com", "Ramon Pinas", "Anouk <%s>" % to, "factuur", iss, body_text=body)
    add("phone-typed", "nl", "body-text", env("ramonpinas.klussen@gmail.com", to), eml, None, None,
        exp(num, tot, tot, iss, due, "A. Verbeek", to, iba, False, "nl"),
        note="Typed on a phone; amounts without currency sign; IBAN unspaced; subject just 'factuur'.")

    # 14 Sports club contribution invoice
    iss = D(2026, 12, 1); due = D(2027, 1, 31)
    biz = "Hockeyclub De Wielen"; iba = ib("NL"); num = "C27-0488"
    items = [("Contributie seizoen 2026-2027 - junior D (Sem)", 1, 27500, 0),
             ("Contributie seizoen 2026-2027 - junior F (Fenna)", 1, 21000, 0),
             ("Gezinskorting 2e kind", 1, -2100, 0), ("Bardienstafkoop", 1, 4000, 0)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Hockeyclub De Wielen", 14, True), ("Ledenadministratie - Sportpark De Wielen 1 - 8926 XA Leeuwarden", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Familie Van der Veen-Bosma", "Tjerk Hiddesstraat 12", "8913 CK Leeuwarden"],
         "meta_xy": (330, 140), "meta_vx": 105,
         "meta": [("Factuurnr.", num), ("Datum", date(iss, "dmy-")), ("Lidnummers", "10217 / 10388"),
                  ("Uiterste betaaldatum", date(due, "dmy-"))],
         "title": "Contributiefactuur 2026-2027", "title_xy": (56, 235), "title_size": 13,
         "cols": [("Omschrijving", 56, "left"), ("Bedrag", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 270,
         "totals": [("Totaal te betalen", m(tot), True)],
         "after": ["De contributie is vrijgesteld van btw (sportvrijstelling).",
                   "Betalen in termijnen? Neem contact op met de penningmeester.",
                   "Rekening %s t.n.v. Hockeyclub De Wielen o.v.v. factuurnummer en lidnummer." % sp(iba)],
         "footer": [(56, ["KvK 40003812 - ledenadministratie@hcdewielen.nl"])]}
    p, _ = page_std(L)
    to = "vdveen.bosma@ziggo.nl"
    body = ("Beste ouder/verzorger,\n\nHierbij ontvang je de contributiefactuur voor het seizoen 2026-2027.\n"
            "Graag betalen vóór %s.\n\nSportieve groet,\nLedenadministratie HC De Wielen\n" % date(due, "long", "nl"))
    eml = mk.mail(R, "ledenadministratie@hcdewielen.nl", "HC De Wielen Ledenadministratie", to,
                  "Contributie seizoen 2026-2027 (factuur %s)" % num, iss, body_text=body, pdf=True)
    add("sports-club", "nl", "pdf", env("ledenadministratie@hcdewielen.nl", to), eml, [p], "contributie_%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Familie Van der Veen-Bosma", to, iba, False, "nl"),
        note="Club contribution with a negative discount line; no VAT; member numbers beside the invoice number; far due date.")

    # 15 Landlord, business unit rent, RF reference
    iss = D(2026, 12, 1); due = D(2027, 1, 1)
    biz = "Vastgoed Oostermeer B.V."; iba = ib("NL"); num = "H2701-017"
    rf = rf_ref("HUUR17" + digits(4))
    items = [("Huur bedrijfsunit 17, Oostermeerweg (januari 2027)", 1, 142500, 21),
             ("Voorschot servicekosten", 1, 18500, 21), ("Parkeerplaats P-17", 1, 6000, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Vastgoed Oostermeer B.V.", 13, True), ("Postbus 2210 - 8203 AE Lelystad", 8, False)],
         "head_x": 539, "head_align": "right", "debtor_xy": (56, 150),
         "debtor": ["Bakkerij Wessels & Zn. V.O.F.", "Oostermeerweg 17-C", "8221 RB Lelystad"],
         "title": "Huurfactuur", "title_xy": (56, 240),
         "meta_xy": (56, 260), "meta_vx": 110,
         "meta": [("Factuurnummer", num), ("Datum", date(iss, "dmy-")), ("Huurperiode", "01-01-2027 t/m 31-01-2027"),
                  ("Contractnummer", "HC-2019-017"), ("Betalingskenmerk", rf)],
         "cols": [("Omschrijving", 56, "left"), ("Netto", 430, "right"), ("Btw", 470, "right"), ("Bruto", 539, "right")],
         "rows": tbl(items, lines, "dnrg", m, "nl"), "table_y": 345,
         "totals": [("Totaal netto", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl") + [("Te voldoen", m(tot), True)],
         "after": ["De huur is bij vooruitbetaling verschuldigd vóór of op de eerste dag van de huurperiode.",
                   "Huur belast met btw conform de optie belaste verhuur (art. 11 lid 1 sub b Wet OB).",
                   "Betaling op %s onder vermelding van het betalingskenmerk." % sp(iba)],
         "footer": [(56, ["KvK 39091427 | btw NL8141.22.930.B01 | IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "administratie@bakkerijwessels.nl"
    body = ("Geachte huurder,\n\nBijgaand de huurfactuur voor januari 2027 voor unit 17.\n\nMet vriendelijke groet,\n"
            "Vastgoed Oostermeer B.V.\nafdeling Huuradministratie\n")
    eml = mk.mail(R, "huuradministratie@oostermeer-vastgoed.nl", "Vastgoed Oostermeer", to,
                  "Huurfactuur januari 2027 - unit 17", iss, body_text=body, pdf=True)
    add("landlord-rent", "nl", "pdf", env("huuradministratie@oostermeer-vastgoed.nl", to), eml, [p],
        "Huurfactuur_%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Bakkerij Wessels & Zn. V.O.F.", to, iba, True, "nl", rf),
        note="Rent invoice paid in advance: due on the first day of the period (derived from the stated rule); period dates and a contract number near the invoice date; RF reference unspaced.")

    # 16 Accountable, Flemish, school, structured reference
    iss = D(2026, 11, 19); due = iss + TD(days=30)
    biz = "Jonas Peeters - Theaterworkshops"; iba = ib("BE"); ref = be_struct(); num = "2026-00031"
    items = [("Theaterworkshop 5de en 6de leerjaar (4 sessies)", 4, 26000, 21), ("Kilometervergoeding (4 x 38 km)", 152, 43, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€" + money(c, "nl")  # noqa: E731
    L = {"head": [("Jonas Peeters", 14, True), ("Theaterworkshops", 9, False), ("Tiensesteenweg 88, 3001 Heverlee", 8, False),
                  ("Ondernemingsnr. BE 0793.551.208", 8, False)],
         "debtor_xy": (330, 56), "debtor_label": "Klant",
         "debtor": ["Vrije Basisschool Sint-Jozef", "t.a.v. de directie", "Kerkstraat 2", "3020 Herent", "BE 0412.887.301"],
         "title": "Factuur %s" % num, "title_xy": (56, 200), "title_size": 16,
         "meta_xy": (56, 222), "meta_vx": 90,
         "meta": [("Factuurdatum", date(iss, "dmy/")), ("Vervaldatum", date(due, "dmy/")), ("Uw bestelbon", "2026/114")],
         "cols": [("Omschrijving", 56, "left"), ("Hoev.", 330, "right"), ("Eenheidsprijs", 420, "right"),
                  ("Totaal", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "nl"), "table_y": 300,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal incl. btw", m(tot), True)],
         "after": [("Betalingsinformatie"), "IBAN %s - BIC KREDBEBB" % sp(iba),
                   "Gestructureerde mededeling: %s" % ref],
         "footer": [(56, ["Factuur aangemaakt met Accountable"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "boekhouding@vbs-sintjozef-herent.be"
    body = ("Beste,\n\nJonas Peeters stuurt je een factuur.\n\nFactuur: %s\nBedrag: %s\nVervaldatum: %s\n\n"
            "Je vindt de factuur als PDF in bijlage.\n\nMet vriendelijke groeten,\nJonas Peeters\n" % (num, m(tot), date(due, "dmy/")))
    eml = mk.mail(R, "invoices@accountable.eu", "Jonas Peeters via Accountable", to, "Factuur %s" % num, iss,
                  body_text=body, pdf=True, extra_headers=hdrs(("Reply-To", "jonas@peeterstheater.be")))
    add("accountable", "nl", "pdf", env("invoices@accountable.eu", to), eml, [p], "%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Vrije Basisschool Sint-Jozef", to, iba, True, "nl", ref),
        note="Flemish; client block top right under 'Klant' with its VAT number; school debtor 't.a.v. de directie'; km allowance 152 x €0,43.")

    # 17 Google Sheets export, estate, end-of-month term
    iss = D(2026, 11, 12); due = eom(iss) + TD(days=0)
    due = eom(addm(iss, 1))
    biz = "Ontruimingen Hofstede"; iba = ib("NL"); num = "OH-2611"
    items = [("Ontruiming woning Lindenhof 31 (3-kamer)", 1, 145000, 21), ("Afvoer grofvuil container 10 m3", 1, 38500, 21),
             ("Bezemschoon opleveren", 1, 17500, 21), ("Opkoop inboedel (in mindering)", 1, -22000, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€ " + money(c, "nl")  # noqa: E731
    p = Page()
    # a spreadsheet grid: every cell on rules
    p.text(60, 60, "FACTUUR", 18, True)
    grid = [("Ontruimingen Hofstede", "Factuurnummer", num), ("Kerkewijk 44, 3904 JH Veenendaal", "Factuurdatum", date(iss, "dmy-")),
            ("KvK 77120934 / NL004066312B88", "Betaaltermijn", "einde volgende maand")]
    y = 100
    for a, b, c in grid:
        p.text(60, y, a, 9); p.text(330, y, b, 9, True); p.right(535, y, c, 9)
        p.rule(56, y + 5, 539, y + 5)
        y += 18
    y += 10
    p.text(60, y, "Klant", 9, True); y += 16
    for t in ["Erven J.H. van Rossum", "p/a mr. E.C. Bos, notaris", "Hoofdstraat 102", "3901 AN Veenendaal"]:
        p.text(60, y, t, 9); y += 14
    y += 14
    cols = [(60, "Omschrijving", "left"), (400, "Btw", "right"), (535, "Bedrag", "right")]
    for x, h, al in cols:
        p.text(x, y, h, 9, True, al)
    p.rule(56, y - 12, 539, y - 12); p.rule(56, y + 5, 539, y + 5)
    for x in (56, 340, 410, 539):
        p.rule(x, y - 12, x, y + 5 + 18 * len(items))
    y += 18
    for it, ln in zip(items, lines):
        p.text(60, y, it[0], 9); p.right(400, y, "21%", 9); p.right(535, y, m(ln), 9)
        p.rule(56, y + 5, 539, y + 5)
        y += 18
    y += 8
    for a, b, bold in [("Subtotaal", m(net), False), ("Btw 21%", m(vats[21][1]), False), ("TOTAAL", m(tot), True)]:
        p.text(345, y, a, 9, bold); p.right(535, y, b, 9, bold); p.rule(340, y + 5, 539, y + 5); y += 18
    y += 14
    for t in ["Betaling uiterlijk aan het einde van de maand volgend op de factuurmaand,",
              "op rekening %s t.n.v. Ontruimingen Hofstede." % iba]:
        p.text(60, y, t, 9); y += 13
    p.text(297, 815, "Blad1", 7)
    to = "notaris.bos@bosnotariaat.nl"
    body = ("Geachte mevrouw Bos,\n\nBijgevoegd de factuur voor de ontruiming van de woning van wijlen de heer Van Rossum, "
            "ten laste van de erven.\nDe opbrengst van de inboedel is in mindering gebracht.\n\n"
            "Met vriendelijke groet,\nGert Hofstede\n")
    eml = mk.mail(R, "gert@ontruimingenhofstede.nl", "Gert Hofstede", "mr. E.C. Bos <%s>" % to,
                  "Factuur ontruiming Lindenhof 31", iss, body_text=body, pdf=True)
    add("google-sheets", "nl", "pdf", env("gert@ontruimingenhofstede.nl", to), eml, [p], "Factuur OH-2611 - Blad1.pdf",
        exp(num, tot, tot, iss, due, "Erven J.H. van Rossum", to, iba, False, "nl"),
        note="Spreadsheet grid with cell rules and sheet name in the footer; estate debtor c/o notary; 'einde volgende maand' term (labelled as the last day of the following month); negative buy-out line.")

    # 18 LibreOffice Writer, private person without form of address, deposit subtracted
    iss = D(2026, 11, 28); due = iss + TD(days=14)
    biz = "Tuinontwerp Maas & Meijer"; iba = ib("NL"); num = "MM-2026-041"
    items = [("Tuinontwerp en beplantingsplan", 1, 95000, 21), ("Aanleg terras gebakken klinkers, 38 m2", 38, 8900, 21),
             ("Beplanting volgens plan", 1, 124080, 21), ("Arbeid hovenier, 3 dagen x 2 man", 6, 38000, 21)]
    net, vats, tot, lines = calc(items)
    dep = 250000
    due_c = tot - dep
    m = lambda c: money(c, "nl")  # noqa: E731
    L = {"head": [("Tuinontwerp Maas & Meijer", 16, True), ("Molenweg 7  ·  6085 NT Horn  ·  06-21887430", 8, False)],
         "head_y": 60, "debtor_xy": (56, 145),
         "debtor": ["Thijs Geurts", "Kapelstraat 58", "6081 BR Haelen"],
         "meta_xy": (350, 145), "meta_vx": 80,
         "meta": [("Factuur", num), ("Datum", date(iss, "dmy-")), ("Project", "Achtertuin Kapelstraat")],
         "title": "EINDFACTUUR", "title_xy": (56, 235), "title_size": 14,
         "cols": [("Omschrijving", 56, "left"), ("Aantal", 340, "right"), ("Prijs (€)", 430, "right"),
                  ("Totaal (€)", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "nl"), "table_y": 275,
         "totals": [("Totaal excl. btw", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal incl. btw", m(tot), False),
            ("Aanbetaling %s (factuur MM-2026-033)" % date(D(2026, 9, 15), "dmy-"), "-" + m(dep), False),
            (None, "", False), ("Nog te betalen", m(due_c), True)],
         "tot_x": 290,
         "after": ["Wij verzoeken u het restbedrag binnen 14 dagen over te maken op %s" % sp(iba),
                   "t.n.v. Maas & Meijer, o.v.v. het factuurnummer."],
         "footer": [(56, ["KvK 67231094   btw NL001955631B27   IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "thijs.geurts@outlook.com"
    body = "Beste Thijs,\n\nDe tuin is klaar! Bijgaand de eindfactuur, met de aanbetaling in mindering.\n\nGroet,\nBram Meijer\n"
    eml = mk.mail(R, "info@maasenmeijer-tuinen.nl", "Tuinontwerp Maas & Meijer", "Thijs Geurts <%s>" % to,
                  "Eindfactuur MM-2026-041", iss, body_text=body, pdf=True)
    add("libreoffice-writer", "nl", "pdf", env("info@maasenmeijer-tuinen.nl", to), eml, [p], "Eindfactuur MM-2026-041.pdf",
        exp(num, due_c, tot, iss, due, "Thijs Geurts", to, iba, False, "nl"),
        note="Final invoice with a deposit subtracted (the deposit invoice's number and date printed); amounts without currency sign, € in column headers.")

    # 19 SumUp Invoices
    iss = D(2026, 11, 29); due = iss + TD(days=14)
    biz = "Koffiebranderij Het Zwarte Paard"; iba = ib("NL"); num = "INV-00087"
    items = [("Huisblend 'Zwarte Paard' 1 kg bonen", 12, 2450, 9), ("Single origin Ethiopië 1 kg", 4, 3290, 9),
             ("Onderhoud espressomachine", 1, 8500, 21)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€" + money(c, "nl")  # noqa: E731
    L = {"head": [("Koffiebranderij Het Zwarte Paard", 12, True), ("Vismarkt 9, 4811 WE Breda", 8, False)],
         "debtor_xy": (56, 140), "debtor_label": "Factuur voor:",
         "debtor": ["Lunchroom Hoppe", "Ginnekenweg 144", "4818 JK Breda"],
         "meta_xy": (350, 140), "meta_vx": "r",
         "meta": [("Factuurnummer:", num), ("Factuurdatum:", date(iss, "dmy/")), ("Vervaldatum:", date(due, "dmy/"))],
         "title": "Factuur", "title_xy": (56, 230),
         "cols": [("Artikel", 56, "left"), ("Aantal", 320, "right"), ("Prijs", 390, "right"), ("Btw", 430, "right"),
                  ("Bedrag", 539, "right")],
         "rows": tbl(items, lines, "dqurg", m, "nl"), "table_y": 265,
         "totals": [("Subtotaal (excl. btw)", m(net), False)] + vat_lines(vats, "Btw %s", m, "nl")
         + [("Totaal verschuldigd", m(tot), True)],
         "after": ["Betaal online via de link in de e-mail of maak over naar:", "IBAN: %s" % sp(iba),
                   "Naam: Koffiebranderij Het Zwarte Paard"],
         "footer": [(56, ["KvK 81920377 · Btw-nummer NL003988012B19"])]}
    p, _ = page_std(L)
    to = "info@lunchroomhoppe.nl"
    body = ("Hallo,\n\nKoffiebranderij Het Zwarte Paard heeft je een factuur gestuurd van %s.\n\n"
            "Vervaldatum: %s\n\nFactuur bekijken en betalen: https://pay.sumup.com/b2b/inv/8ZkqW2\n\n"
            "Heb je vragen? Antwoord op deze e-mail.\n" % (m(tot), date(due, "dmy/")))
    eml = mk.mail(R, "no-reply@sumup.com", "Koffiebranderij Het Zwarte Paard", to,
                  "Factuur %s van Koffiebranderij Het Zwarte Paard" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "bestellen@hetzwartepaard.nl")))
    add("sumup-invoices", "nl", "pdf", env("no-reply@sumup.com", to), eml, [p], "Factuur-%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Lunchroom Hoppe", to, iba, True, "nl"),
        note="Line column shows amounts incl. VAT while the subtotal is excl.; 9% and 21%; platform sender, business in Reply-To.")

    # 20 Freelance journalist, copyright fee 9% + costs 21%
    iss = D(2026, 11, 24); due = iss + TD(days=30)
    biz = "Noor Bakhuizen, journalist"; iba = ib("NL"); num = "NB26-19"
    items = [("Reportage 'Boeren aan de dijk', 2.400 woorden - vergoeding auteursrecht (eenmalige publicatie)", 1, 96000, 9),
             ("Fotografie bij reportage, 6 beelden - auteursrecht", 6, 7500, 9),
             ("Reiskosten (treinkaartje Zwolle v.v.)", 1, 3840, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    L = {"head": [("Noor Bakhuizen", 13, True), ("journalist & fotograaf", 8, False), ("Ruysdaelkade 211-3, 1072 AW Amsterdam", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Uitgeverij Polderpers B.V.", "Redactie Land & Water", "t.a.v. crediteurenadministratie", "Postbus 5512",
                    "1007 AM Amsterdam"],
         "meta_xy": (350, 140), "meta_vx": 80,
         "meta": [("Factuurnummer", num), ("Datum", date(iss, "dmy-")), ("Opdrachtnr.", "LW-12/2026-07"),
                  ("Publicatie", "Land & Water nr. 12")],
         "title": "Factuur", "title_xy": (56, 240),
         "cols": [("Omschrijving", 56, "left"), ("Btw", 440, "right"), ("Bedrag", 539, "right")],
         "rows": [[it[0] if len(it[0]) < 70 else tuple(it[0].split(" - ", 1)), rate_s(it[3], "nl"), m(ln)]
                  for it, ln in zip(items, lines)], "table_y": 275,
         "totals": [("Subtotaal", m(net), False)] + [("Btw %s over %s" % (rate_s(r, "nl"), m(b)), m(v), False)
                                                     for r, (b, v) in vats.items()] + [("Totaal", m(tot), True)],
         "after": ["Het auteursrecht blijft bij de maker; publicatie is eenmalig in druk en online.",
                   "Graag binnen 30 dagen overmaken op %s t.n.v. N. Bakhuizen." % sp(iba)],
         "footer": [(56, ["KvK 71844036 - btw-id NL002917558B61 - lid NVJ"])]}
    p, _ = page_std(L)
    to = "crediteuren@polderpers.nl"
    body = ("Beste redactie,\n\nHierbij mijn factuur voor de reportage in nummer 12, met cc aan de eindredactie.\n\n"
            "Groet,\nNoor Bakhuizen\n")
    eml = mk.mail(R, "noor@bakhuizen.nu", "Noor Bakhuizen", "Crediteuren Polderpers <%s>" % to,
                  "Factuur %s - reportage Land & Water 12" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Cc", "eindredactie@landenwater.nl")))
    add("freelance-journalist", "nl", "pdf", env("noor@bakhuizen.nu", [to, "eindredactie@landenwater.nl"]), eml, [p],
        "Factuur %s Bakhuizen.pdf" % num,
        exp(num, tot, tot, iss, due, "Uitgeverij Polderpers B.V.", to, iba, True, "nl"),
        note="Copyright fee at 9% and costs at 21%; debtor with editorial department and AP line; term only (30 days); two recipients.")


# ================================================================ invoices, English
def en_invoices():
    # 21 FastSpring-like SaaS invoice (reseller), USD, no IBAN
    iss = D(2026, 11, 25); due = iss + TD(days=30)
    biz = "Tidemark Analytics"; num = "TDMK261125-8841-71203"
    items = [("Tidemark Pro - Annual subscription (25 seats)", 25, 28800, 0), ("Onboarding workshop (remote)", 1, 95000, 0)]
    net, vats, tot, lines = calc(items)
    tax = int(round(net * 0.0825)); tot = net + tax
    m = lambda c: "$" + money(c, "en")  # noqa: E731
    p = Page()
    p.text(56, 60, "Springwell Commerce, Inc.", 9, True)
    p.text(56, 72, "Authorized reseller and merchant of record for Tidemark Analytics", 8)
    p.text(56, 84, "401 Market Street, Suite 900, San Francisco, CA 94105, USA", 8)
    p.text(539, 60, "INVOICE", 22, True, "right")
    y = 130
    for lab, val in [("Invoice #", num), ("Order Reference", "TDMK261125-8841"), ("Invoice Date", date(iss, "us")),
                     ("Payment Terms", "Net 30"), ("Due Date", date(due, "us")), ("PO Number", "PO-77120")]:
        p.text(330, y, lab, 8.5, True); p.right(539, y, val, 8.5); y += 13
    p.text(56, 130, "Bill To", 8.5, True)
    for k, t in enumerate(["Harlow Freight Solutions LLC", "Attn: Accounts Payable", "1820 Industrial Pkwy",
                           "Fort Worth, TX 76106", "United States", "ap@harlowfreight.com"]):
        p.text(56, 144 + 12 * k, t, 9)
    y = 250
    for x, h, al in [(56, "Product", "left"), (360, "Qty", "right"), (450, "Unit Price", "right"), (539, "Amount", "right")]:
        p.text(x, y, h, 8.5, True, al)
    p.rule(56, y + 4, 539, y + 4); y += 18
    for it, ln in zip(items, lines):
        p.text(56, y, it[0], 9); p.right(360, y, qty_s(it[1], "en"), 9); p.right(450, y, m(it[2]), 9); p.right(539, y, m(ln), 9)
        y += 14
    p.rule(56, y - 6, 539, y - 6); y += 10
    for lab, val, b in [("Subtotal", m(net), False), ("Sales Tax (TX 8.25%)", m(tax), False), ("Total", m(tot), False),
                        ("Amount Paid", m(0), False), ("Amount Due (USD)", m(tot), True)]:
        p.text(340, y, lab, 10 if b else 9, b); p.right(539, y, val, 10 if b else 9, b); y += 14
    y += 20
    for t in ["Payment status: UNPAID. Pay online by card or ACH at https://springwell.store/pay/TDMK261125-8841",
              "Wire transfers: ABA routing 121000248, account 4471902236, Springwell Commerce Inc., reference the invoice #.",
              "Questions about your order? support@springwell.store. Product questions: hello@tidemark.io"]:
        p.text(56, y, t, 8); y += 12
    to = "ap@harlowfreight.com"
    body = ("Hello,\n\nThank you for your order from Tidemark Analytics. Your invoice is attached.\n\n"
            "Order: TDMK261125-8841\nAmount due: %s USD\nDue: %s\n\nPay now: https://springwell.store/pay/TDMK261125-8841\n\n"
            "This order is processed by Springwell Commerce, Inc., the authorized reseller and merchant of record.\n"
            % (m(tot), date(due, "us")))
    eml = mk.mail(R, "orders@springwell.store", "Tidemark Analytics", to,
                  "Your Tidemark Analytics invoice TDMK261125-8841-71203", iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "billing@tidemark.io")))
    add("saas-reseller", "en", "pdf", env("bounce-8841@springwell.store", to), eml, [p], "invoice_%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Harlow Freight Solutions LLC", to, None, True, "en", cur="USD"),
        note="Merchant-of-record SaaS invoice (unpaid, Net 30): USD, US sales tax, no IBAN (ABA/account only); 'Amount Paid $0.00'; the debtor, a US company, is a business.")

    # 22 Sage 50 (UK), GBP
    iss = D(2026, 11, 17); due = iss + TD(days=30)
    biz = "Pennine Valve & Pump Ltd"; iba = mk.iban(R, "GB"); num = "10742"
    items = [("VLV-50-SS 2\" stainless ball valve", 6, 8425, 20), ("PMP-CR3 centrifugal pump service kit", 2, 21990, 20),
             ("Carriage", 1, 1850, 20)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "en")  # noqa: E731
    L = {"head": [("Pennine Valve & Pump Ltd", 14, True), ("Unit 4, Calder Trading Estate, Huddersfield HD5 0RN", 8, False),
                  ("Tel 01484 530921  VAT Reg No GB 318 4471 26", 8, False)],
         "title": "INVOICE", "title_xy": (539, 56), "title_align": "right", "title_size": 16,
         "debtor_xy": (56, 140), "debtor_label": "Invoice Address",
         "debtor": ["Ashworth Dairy Co-operative Ltd", "FAO Purchase Ledger", "Holme Lane Farm", "Marsden", "HD7 6AA"],
         "meta_xy": (330, 140), "meta_vx": 95,
         "meta": [("Invoice No.", num), ("Invoice/Tax Date", date(iss, "dmy/")), ("Account Ref", "ASHDAIRY"),
                  ("Order No.", "AD/4471"), ("Your Ref", "J. Ashworth")],
         "cols": [("Product Code / Details", 56, "left"), ("Qty", 330, "right"), ("Unit Price", 400, "right"),
                  ("Net", 450, "right"), ("VAT", 490, "right"), ("Gross", 539, "right")],
         "rows": [[it[0], qty_s(it[1], "en"), m(it[2]), m(ln), m(int(round(ln * 0.2))), m(ln + int(round(ln * 0.2)))]
                  for it, ln in zip(items, lines)], "table_y": 260,
         "totals": [("Total Net Amount", m(net), False), ("Total VAT Amount", m(vats[20][1]), False),
                    ("Invoice Total  GBP", m(tot), True)],
         "after": ["Terms: strictly 30 days net.", "Please pay by BACS to Pennine Valve & Pump Ltd, sort code 60-17-21, account 39201184",
                   "IBAN %s, quoting the invoice number." % sp(iba)],
         "footer": [(56, ["Registered in England No. 04417820. Registered office as above."])]}
    p, _ = page_std(L)
    to = "purchaseledger@ashworthdairy.co.uk"
    body = "Please find attached invoice 10742.\n\nRegards\n\nAccounts\nPennine Valve & Pump Ltd\n"
    eml = mk.mail(R, "accounts@penninevalve.co.uk", "Accounts - Pennine Valve & Pump", to, "Invoice 10742 from Pennine Valve & Pump Ltd",
                  iss, body_text=body, pdf=True)
    add("sage-50", "en", "pdf", env("accounts@penninevalve.co.uk", to), eml, [p], "INV10742.pdf",
        exp(num, tot, tot, iss, due, "Ashworth Dairy Co-operative Ltd", to, iba, True, "en", cur="GBP"),
        note="Sage 50 layout: 'Invoice/Tax Date', 'Account Ref', net/VAT/gross per line; GBP; bare 5-digit number; term only ('strictly 30 days net').")

    # 23 Invoicely, USD, PayPal, no IBAN
    iss = D(2026, 11, 20); due = iss + TD(days=15)
    biz = "Sanne Hoogland Illustration"; num = "INV-0042"
    items = [("Children's book cover illustration", 1, 180000, 0), ("Interior spot illustrations", 8, 22500, 0),
             ("Rush fee", 1, 25000, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "$" + money(c, "en")  # noqa: E731
    L = {"head": [("Sanne Hoogland Illustration", 14, True), ("Utrecht, The Netherlands", 8, False), ("sanne@sannehoogland.art", 8, False)],
         "title": "Invoice", "title_xy": (539, 60), "title_align": "right", "title_size": 24,
         "debtor_xy": (56, 150), "debtor_label": "BILL TO",
         "debtor": ["Brightwater Kids Press", "Attn: Danielle Ortiz, Art Director", "88 Prospect Place", "Brooklyn, NY 11217", "USA"],
         "meta_xy": (360, 150), "meta_vx": "r",
         "meta": [("Invoice Number:", num), ("Date:", date(iss, "us")), ("Payment Due:", date(due, "us")),
                  ("Amount Due (USD):", m(tot))],
         "cols": [("Item", 56, "left"), ("Quantity", 360, "right"), ("Price", 450, "right"), ("Amount", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 270,
         "totals": [("Subtotal", m(net), False), ("Total", m(tot), False), ("Amount Due", m(tot), True)],
         "after": ["Notes: Payment via PayPal to sanne@sannehoogland.art (friends & family not accepted)",
                   "or via the 'Pay Now' button in the email. Reverse charge / outside scope of EU VAT."],
         "footer": [(56, ["Powered by Invoicely"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "danielle@brightwaterkids.com"
    body = ("Hi Danielle Ortiz,\n\nSanne Hoogland Illustration has sent you an invoice (INV-0042) for %s that's due on %s.\n\n"
            "View & Pay Invoice: https://sannehoogland.invoicely.com/i/INV-0042\n\nThank you for your business.\n" % (m(tot), date(due, "us")))
    eml = mk.mail(R, "notifications@invoicely.com", "Sanne Hoogland Illustration", "Danielle Ortiz <%s>" % to,
                  "Invoice INV-0042 from Sanne Hoogland Illustration", iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "sanne@sannehoogland.art")))
    add("invoicely", "en", "pdf", env("notifications@invoicely.com", to), eml, [p], "Invoice-INV-0042.pdf",
        exp(num, tot, tot, iss, due, "Brightwater Kids Press", to, None, True, "en", cur="USD"),
        note="USD, no IBAN (PayPal); 'Amount Due (USD)' in the meta block; debtor with 'Attn:' line; platform sender.")

    # 24 Hiveage, reverse charge, paid to date subtracted, mailed 4 days later
    iss = D(2026, 11, 13); sent = D(2026, 11, 17); due = iss + TD(days=14)
    biz = "Kade Nine Studio B.V."; iba = ib("NL"); num = "KN-0231"
    items = [("Website build - milestone 2 of 3 (frontend)", 1, 640000, 0), ("Content migration, 120 pages", 120, 1800, 0),
             ("Hosting setup & SSL", 1, 18000, 0)]
    net, vats, tot, lines = calc(items)
    paid = 200000; due_c = tot - paid
    m = lambda c: "€" + money(c, "en")  # noqa: E731
    L = {"head": [("Kade Nine Studio B.V.", 13, True), ("Veemkade 9, 1019 HZ Amsterdam, Netherlands", 8, False),
                  ("VAT NL862204118B01", 8, False)],
         "head_x": 539, "head_align": "right",
         "title": "INVOICE #%s" % num, "title_xy": (56, 56), "title_size": 15,
         "debtor_xy": (56, 140), "debtor_label": "Billed to",
         "debtor": ["Fenwick & Rowe Outdoor Ltd", "Marketing Department", "14 Quayside", "Newcastle upon Tyne NE1 3DE",
                    "United Kingdom", "VAT GB 741 2290 58"],
         "meta_xy": (340, 140), "meta_vx": "r",
         "meta": [("Issue date", date(iss, "short-en")), ("Due date", date(due, "short-en")), ("Currency", "EUR"),
                  ("Project", "FRO web relaunch")],
         "cols": [("Description", 56, "left"), ("Qty", 350, "right"), ("Rate", 440, "right"), ("Amount", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 270,
         "totals": [("Subtotal", m(net), False), ("VAT 0% (reverse charge)", m(0), False), ("Total", m(tot), False),
                    ("Paid to date", "-" + m(paid), False), ("Balance due", m(due_c), True)],
         "after": ["VAT reverse charged: customer to account for VAT (Art. 196 Directive 2006/112/EC).",
                   "Bank transfer: IBAN %s, BIC INGBNL2A, Kade Nine Studio B.V." % sp(iba)],
         "footer": [(56, ["Chamber of Commerce 81220934"])]}
    p, _ = page_std(L)
    to = "finance@fenwickrowe.co.uk"
    body = ("Hi Martha,\n\nPlease find invoice KN-0231 for milestone 2 attached (sorry it's a few days late). The deposit "
            "you paid in October has been deducted.\n\nBalance due: %s by %s\n\nView online: https://kadenine.hiveage.com/v/kn0231\n\n"
            "Best,\nJoost\n" % (m(due_c), date(due, "short-en")))
    eml = mk.mail(R, "joost@kadenine.studio", "Joost at Kade Nine", "Martha Reid <%s>" % to, "Invoice KN-0231 - FRO web relaunch",
                  sent, body_text=body, pdf=True, msgid_domain="hiveage.com")
    add("hiveage", "en", "pdf", env("joost@kadenine.studio", to), eml, [p], "KN-0231.pdf",
        exp(num, due_c, tot, iss, due, "Fenwick & Rowe Outdoor Ltd", to, iba, True, "en"),
        note="Paid to date subtracted (balance due < total); reverse charge 0%; sent four days after the issue date; number in the title '#KN-0231'.")

    # 25 Bookipi, UK trust, due on receipt
    iss = D(2026, 11, 26); due = iss
    biz = "Maren Visser Conservation"; iba = ib("NL"); num = "MV-2026-011"
    items = [("Condition survey, 14 maritime paintings", 14, 9500, 0), ("Written report with treatment proposals", 1, 65000, 0),
             ("Travel Rotterdam - Whitby (train/ferry)", 1, 31240, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "EUR " + money(c, "en")  # noqa: E731
    L = {"head": [("Maren Visser Conservation", 13, True), ("Painting conservator, Rotterdam NL", 8, False)],
         "debtor_xy": (56, 140), "debtor_label": "To:",
         "debtor": ["The Whitby Harbour Museum Trust", "c/o The Curator", "Pier Road", "Whitby YO21 3PU", "United Kingdom"],
         "meta_xy": (340, 140), "meta_vx": 85, "meta_title": "TAX INVOICE",
         "meta": [("Invoice No", num), ("Date", date(iss, "dmy/")), ("Terms", "Due on receipt")],
         "cols": [("Description", 56, "left"), ("Qty", 340, "right"), ("Unit price", 430, "right"), ("Total", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 270,
         "totals": [("Subtotal", m(net), False), ("VAT (reverse charge, 0%)", m(0), False), ("Balance Due", m(tot), True)],
         "after": ["Payment on receipt of this invoice to IBAN %s (BIC BUNQNL2A)." % sp(iba),
                   "Services supplied B2B to a UK charity: place of supply UK."],
         "footer": [(56, ["Made with Bookipi"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "curator@whitbyharbourmuseum.org.uk"
    body = ("Dear Alison,\n\nMany thanks again for having me in Whitby. Attached is my invoice MV-2026-011 for the condition survey.\n\n"
            "Kind regards,\nMaren Visser\n")
    eml = mk.mail(R, "maren@marenvisser-conservation.nl", "Maren Visser", "Alison Pryce <%s>" % to,
                  "Invoice MV-2026-011 - condition survey", iss, body_text=body, pdf=True)
    add("bookipi", "en", "pdf", env("maren@marenvisser-conservation.nl", to), eml, [p], "Invoice MV-2026-011.pdf",
        exp(num, tot, tot, iss, due, "The Whitby Harbour Museum Trust", to, iba, True, "en"),
        note="'Due on receipt' (due date labelled as the issue date); 'TAX INVOICE' heading in the meta block; UK trust debtor c/o the curator; 'EUR 1,234.56'.")

    # 26 Kashoo, US nonprofit, EUR
    iss = D(2026, 11, 23); due = iss + TD(days=30)
    biz = "Lemmens Sound & Light"; iba = ib("NL"); num = "0000178"
    items = [("PA system rental, 3 days", 3, 42000, 0), ("Lighting rig incl. operator, 3 days", 3, 56000, 0),
             ("Transport & setup", 1, 38500, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "en")  # noqa: E731
    L = {"head": [("Lemmens Sound & Light", 14, True), ("Spoorlaan 402, 5038 CG Tilburg, NL", 8, False)],
         "title": "Invoice", "title_xy": (56, 110), "title_size": 18,
         "debtor_xy": (56, 150), "debtor_label": "Bill to:",
         "debtor": ["Global Youth Choir Foundation, Inc.", "European Tour Office", "2200 Pennsylvania Ave NW, Suite 410",
                    "Washington, DC 20037, USA"],
         "meta_xy": (340, 110), "meta_vx": "r",
         "meta": [("Invoice #", num), ("Date", date(iss, "iso")), ("Due", date(due, "iso")), ("Terms", "Net 30"),
                  ("Currency", "EUR")],
         "cols": [("Description", 56, "left"), ("Qty", 350, "right"), ("Price", 440, "right"), ("Amount", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 250,
         "totals": [("Subtotal", m(net), False), ("VAT 0% - export of services", m(0), False), ("Total EUR", m(tot), True)],
         "after": ["Please wire EUR to IBAN %s, BIC RABONL2U, beneficiary Lemmens Sound & Light." % sp(iba),
                   "All bank charges for the account of the payer (OUR)."],
         "footer": [(56, ["KvK 17094412 - VAT NL001820944B76"])]}
    p, _ = page_std(L)
    to = "tour.office@globalyouthchoir.org"
    body = ("Hello,\n\nYou have a new invoice from Lemmens Sound & Light.\n\nInvoice #0000178\nTotal: EUR %s\nDue: %s\n\n"
            "The invoice is attached as a PDF.\n" % (m(tot), date(due, "iso")))
    eml = mk.mail(R, "no-reply@kashoo.com", "Lemmens Sound & Light", to, "Invoice #0000178 from Lemmens Sound & Light",
                  iss, body_text=body, pdf=True, extra_headers=hdrs(("Reply-To", "office@lemmens-sl.nl")))
    add("kashoo", "en", "pdf", env("no-reply@kashoo.com", to), eml, [p], "Invoice_0000178.pdf",
        exp(num, tot, tot, iss, due, "Global Youth Choir Foundation, Inc.", to, iba, True, "en"),
        note="Zero-padded invoice number; ISO dates; US nonprofit with office line; title above the debtor block on the left.")

    # 27 Translation agency, pdf+ubl, German company, reverse charge
    iss = D(2026, 11, 30); due = iss + TD(days=30)
    biz = "Lingowerk Translations B.V."; iba = ib("NL"); num = "LW26-3310"
    words = [("EN>DE product documentation 'Hydra X2' (job 26-8812)", 11840, 12), ("EN>FR idem (job 26-8813)", 11840, 13),
             ("DTP InDesign, 3 languages, per page", 3 * 24, 650)]
    items = [(a, n, u, 0) for a, n, u in words]
    items.append(("Project management", 1, 9500, 0))
    net, vats, tot, lines = calc(items)
    m = lambda c: "€ " + money(c, "en")  # noqa: E731
    L = {"head": [("LINGOWERK", 16, True), ("translations  ·  localisation  ·  DTP", 8, False),
                  ("Lingowerk Translations B.V., Stationsplein 45, 3818 LE Amersfoort", 8, False)],
         "debtor_xy": (56, 150),
         "debtor": ["Kessler Hydraulik GmbH", "Technische Redaktion", "z. Hd. Herrn Jan Weidner", "Am Hafen 7",
                    "47059 Duisburg", "Germany", "VAT DE 219 447 812"],
         "meta_xy": (340, 150), "meta_vx": 90,
         "meta": [("Invoice", num), ("Invoice date", date(iss, "long", "en")), ("Due date", date(due, "long", "en")),
                  ("Your PO", "4711-0932"), ("Client no.", "C-0417")],
         "cols": [("Service", 56, "left"), ("Units", 350, "right"), ("Rate", 430, "right"), ("Amount", 539, "right")],
         "rows": [[a, "%s words" % money(n * 100, "en")[:-3] if "job" in a else "%d pp." % n, m(u) if u >= 100 else "€ 0.%02d/w" % u,
                   m(ln)] for (a, n, u, _r), ln in zip(items[:-1], lines[:-1])]
         + [[items[-1][0], "1", m(items[-1][2]), m(lines[-1])]], "table_y": 290,
         "totals": [("Net total", m(net), False), ("VAT 0% - reverse charge", m(0), False), ("Total due", m(tot), True)],
         "after": ["Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC).",
                   "Please transfer to %s (BIC ABNANL2A) stating the invoice number." % sp(iba)],
         "footer": [(56, ["KvK 32144980", "VAT NL851190332B01"]), (260, ["ISO 17100 certified"]), (420, ["accounts@lingowerk.nl"])]}
    p, _ = page_std(L)
    to = "rechnungseingang@kessler-hydraulik.de"
    e = exp(num, tot, tot, iss, due, "Kessler Hydraulik GmbH", to, iba, True, "en")
    u = ubl_xml(e, biz, ("Amersfoort", "NL"), ("Duisburg", "DE"), list(zip([i[0] for i in items], lines)), 0, net)
    body = ("Dear Mr Weidner,\n\nPlease find attached our invoice LW26-3310 for jobs 26-8812 and 26-8813, as PDF and as a UBL "
            "e-invoice for your inbound invoice system.\n\nKind regards,\nAccounts Department\nLingowerk Translations\n")
    eml = mk.mail(R, "accounts@lingowerk.nl", "Lingowerk Accounts", to, "Invoice LW26-3310 / PO 4711-0932", iss,
                  body_text=body, pdf=True)
    add("translation-agency", "en", "pdf+ubl", env("accounts@lingowerk.nl", to), eml, [p], "LW26-3310.pdf", e,
        note="Per-word rates ('€ 0.12/w'); German debtor with 'z. Hd. Herrn' inside an English invoice; reverse charge; UBL attached.",
        ubl=u, ubl_name="LW26-3310_ubl.xml")

    # 28 Debitoor credit note
    iss = D(2026, 11, 27)
    biz = "Brasserie Supply Co. B.V."; iba = ib("NL"); num = "CN-0012"
    items = [("Return: 2 x cast-iron grill plate (invoice 1093)", 2, -8950, 21), ("Return: restocking fee", 1, 1500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_en
    L = {"head": [("Brasserie Supply Co.", 15, True), ("Kanaalweg 2, 3526 KL Utrecht", 8, False)],
         "title": "Credit Note", "title_xy": (56, 110), "title_size": 18,
         "debtor_xy": (56, 150),
         "debtor": ["The Lazy Lobster Ltd", "Harbour Street 3", "Ramsgate CT11 8HA", "United Kingdom"],
         "meta_xy": (340, 150), "meta_vx": 90,
         "meta": [("Credit note no.", num), ("Date", date(iss, "short-en")), ("Relates to invoice", "1093"),
                  ("Customer no.", "112")],
         "cols": [("Description", 56, "left"), ("Qty", 330, "right"), ("Unit price", 410, "right"), ("VAT", 450, "right"),
                  ("Amount", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "en"), "table_y": 250,
         "totals": [("Subtotal", m(net), False)] + vat_lines(vats, "VAT %s", m, "en") + [("Total credit", m(tot), True)],
         "after": ["This amount will be refunded to your account within 10 days."],
         "footer": [(56, ["Brasserie Supply Co. B.V. · KvK 69012234 · VAT NL857719045B01 · IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "accounts@lazylobster.co.uk"
    body = ("Dear customer,\n\nPlease find attached credit note CN-0012 from Brasserie Supply Co.\n\nKind regards,\nBrasserie Supply Co.\n\n"
            "Sent with Debitoor\n")
    eml = mk.mail(R, "noreply@debitoor.com", "Brasserie Supply Co.", to, "Credit note CN-0012 from Brasserie Supply Co.", iss,
                  body_text=body, pdf=True, extra_headers=hdrs(("Reply-To", "sales@brasseriesupply.nl")))
    add("debitoor", "en", "pdf", env("noreply@debitoor.com", to), eml, [p], "credit-note-CN-0012.pdf",
        exp(num, tot, tot, iss, None, "The Lazy Lobster Ltd", to, iba, True, "en", credit=True),
        note="Credit note with one negative and one positive line (restocking fee); refund announced; references invoice 1093.")

    # 29 Phone-typed, UK sole trader, GBP
    iss = D(2026, 11, 30); due = iss + TD(days=7)
    biz = "D. Hargreaves Plastering"; iba = mk.iban(R, "GB"); num = "118"
    a, b_, c = 68000, 14250, 6000
    tot = a + b_ + c
    body = ("Hi Mrs Okonkwo\n\nAs promised here's the invoice for the hallway and landing.\n\n"
            "INVOICE No 118\n%s\n\nTo: Grace Okonkwo, 27 Beech Grove, Sale M33 6PL\n\n"
            "Skim hallway, stairs & landing - £%s\nPatch repair around new sockets - £%s\nWaste removal - £%s\n\n"
            "TOTAL £%s (not VAT registered)\n\nPayment within 7 days please to:\nD Hargreaves\nSort code 20-44-91  Acc 63018842\n"
            "IBAN %s\n\nCheers\nDean\nD. Hargreaves Plastering\n07711 402938\n\nSent from my Galaxy\n"
            % (date(iss, "dmy/"), money(a, "en"), money(b_, "en"), money(c, "en"), money(tot, "en"), iba))
    to = "grace.okonkwo@btinternet.com"
    eml = mk.mail(R, "deanhargreaves.plastering@gmail.com", "Dean Hargreaves", to, "Invoice", iss, body_text=body)
    add("phone-typed", "en", "body-text", env("deanhargreaves.plastering@gmail.com", to), eml, None, None,
        exp(num, tot, tot, iss, due, "Grace Okonkwo", to, iba, False, "en", cur="GBP"),
        note="Typed on a phone: bare number '118', date on its own line, GBP with £, not VAT registered, sort code beside the IBAN.")

    # 30 Typed invoice in an HTML mail (Outlook)
    iss = D(2026, 12, 2); due = iss + TD(days=14)
    biz = "Clarke Data Consulting"; iba = ib("NL"); num = "CDC-2026-14"
    items = [("Power BI dashboard development, November", 22.5, 9500, 21), ("Licence pass-through (Power BI Pro, 5 users)", 5, 1310, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_en
    rows = "".join("<tr><td>%s</td><td align=right>%s</td><td align=right>%s</td><td align=right>%s</td></tr>"
                   % (it[0], qty_s(it[1], "en"), m(it[2]), m(ln)) for it, ln in zip(items, lines))
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body lang=EN-GB>"
            "<div class=WordSection1><p class=MsoNormal>Dear Mr de Wit,</p><p class=MsoNormal>Please see below my invoice for "
            "November. I have not attached a PDF &ndash; this e-mail is the invoice.</p>"
            "<p class=MsoNormal><b>INVOICE %s</b><br>Date: %s<br>Due: %s</p>"
            "<p class=MsoNormal>Bill to: Hollandia Cold Storage B.V., attn. Finance (Mr P. de Wit), Havenweg 88, 1951 AE Velsen</p>"
            "<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'><tr><th>Description</th><th>Qty</th>"
            "<th>Rate</th><th>Amount</th></tr>%s"
            "<tr><td colspan=3 align=right>Net</td><td align=right>%s</td></tr>"
            "<tr><td colspan=3 align=right>VAT 21%%</td><td align=right>%s</td></tr>"
            "<tr><td colspan=3 align=right><b>Total due</b></td><td align=right><b>%s</b></td></tr></table>"
            "<p class=MsoNormal>Payment to %s (Clarke Data Consulting), please.</p>"
            "<p class=MsoNormal>Kind regards,<br>Oliver Clarke<br>Clarke Data Consulting &middot; KvK 90120457 &middot; "
            "VAT NL004712998B04</p></div></body></html>"
            % (num, date(iss, "long", "en"), date(due, "long", "en"), rows, m(net), m(vats[21][1]), m(tot), sp(iba)))
    to = "finance@hollandiacold.nl"
    eml = mk.mail(R, "oliver@clarkedata.nl", "Oliver Clarke", "'Finance Hollandia' <%s>" % to, "Invoice CDC-2026-14 (November)",
                  iss, body_text=None, body_html=html)
    add("outlook-typed", "en", "body-html", env("oliver@clarkedata.nl", to), eml, None, None,
        exp(num, tot, tot, iss, due, "Hollandia Cold Storage B.V.", to, iba, True, "en"),
        note="Invoice typed into an Outlook HTML mail (MsoNormal markup), no attachment; debtor in a 'Bill to' sentence.")

    # 31 Apple Pages EN, couple by surname only
    iss = D(2026, 11, 22); due = iss + TD(days=14)
    biz = "Jazz Trio Kalverstraat"; iba = ib("NL"); num = "JT-1126"
    items = [("Live music, three sets (19:00-22:30)", 1, 135000, 21), ("Sound system", 1, 17500, 21), ("Travel", 1, 4500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_en
    L = {"head": [("Jazz Trio Kalverstraat", 20, False)], "head_y": 72,
         "debtor_xy": (56, 160), "debtor_label": "Billed To",
         "debtor": ["Mr and Mrs Whitfield", "Keizersgracht 611", "1017 DS Amsterdam"],
         "meta_xy": (330, 160), "meta_vx": "r",
         "meta": [("Invoice Number", num), ("Date of Issue", date(iss, "long", "en")), ("Due Date", date(due, "long", "en"))],
         "title": "Invoice Total  %s" % m(tot), "title_xy": (56, 260), "title_size": 13,
         "cols": [("Description", 56, "left"), ("Amount", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 300,
         "totals": [("Subtotal", m(net), False), ("VAT (21%)", m(vats[21][1]), False), ("Total", m(tot), True)],
         "after": ["Thank you for having us at your anniversary party!",
                   "Bank: %s - Jazz Trio Kalverstraat (R. Smit)" % sp(iba)],
         "footer": [(56, ["KvK 73301284  ·  VAT NL002233871B91  ·  bookings@jazztriokalverstraat.nl"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "ewhitfield@me.com"
    body = "Dear Emma and Robert,\n\nIt was a pleasure to play for you. Please find our invoice attached.\n\nWarm regards,\nRik Smit\n"
    eml = mk.mail(R, "bookings@jazztriokalverstraat.nl", "Rik Smit", "Emma Whitfield <%s>" % to, "Invoice - Whitfield anniversary",
                  iss, body_text=body, pdf=True)
    add("apple-pages", "en", "pdf", env("bookings@jazztriokalverstraat.nl", to), eml, [p], "Invoice Whitfield.pdf",
        exp(num, tot, tot, iss, due, "Mr and Mrs Whitfield", to, iba, False, "en"),
        note="Pages 'Billed To / Date of Issue / Invoice Total' template; couple by surname keeps 'Mr and Mrs'; total printed twice.")

    # 32 LibreOffice Writer EN, international school, Net 14
    iss = D(2026, 11, 30); due = iss + TD(days=14)
    biz = "Ines Moreau Tutoring"; iba = ib("NL"); num = "IM/2026/22"
    items = [("French tutoring, Grade 9 group (Nov), hours", 16, 5500, 0), ("Exam preparation materials", 1, 4800, 0)]
    net, vats, tot, lines = calc(items)
    m = eur_en
    L = {"head": [("Ines Moreau", 16, True), ("French tutor · Den Haag · ines.moreau@proton.me", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["The International School of Scheveningen", "Finance Office", "Duinweg 120", "2587 AD Den Haag"],
         "meta_xy": (360, 140), "meta_vx": 70,
         "meta": [("Invoice:", num), ("Date:", date(iss, "dmy/")), ("Terms:", "Net 14")],
         "title": "INVOICE", "title_xy": (56, 230),
         "cols": [("Description", 56, "left"), ("Qty", 360, "right"), ("Rate", 440, "right"), ("Total", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 265,
         "totals": [("TOTAL", m(tot), True)],
         "after": ["VAT exempt: private tuition (art. 11(1)(o) Wet OB).", "Please pay to %s, I. Moreau." % sp(iba)],
         "footer": [(56, ["KvK 87711902"])], "footer_rule": False}
    p, _ = page_std(L)
    to = "finance@isscheveningen.nl"
    body = "Dear Finance Office,\n\nAttached is my invoice for November.\n\nBest regards,\nInes Moreau\n"
    eml = mk.mail(R, "ines.moreau@proton.me", "Ines Moreau", to, "Invoice November - French tutoring", iss, body_text=body, pdf=True)
    add("libreoffice-writer", "en", "pdf", env("ines.moreau@proton.me", to), eml, [p], "invoice_nov.pdf",
        exp(num, tot, tot, iss, due, "The International School of Scheveningen", to, iba, True, "en"),
        note="Slashes in the number 'IM/2026/22'; 'Net 14' term only; VAT exempt tuition; school debtor with its finance office.")

    # 33 Google Sheets EN, Swiss customer, EUR
    iss = D(2026, 11, 24); due = iss + TD(days=30)
    biz = "Veldkamp Bike Parts"; iba = ib("NL"); num = "VBP-24112026"
    items = [("Carbon seatpost 27.2 x 350", 20, 6400, 0), ("Tubeless valve set (pair)", 100, 690, 0), ("Shipping DHL Express", 1, 8500, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "en")  # noqa: E731
    p = Page()
    rowsg = [("Veldkamp Bike Parts", "", "INVOICE"), ("Industrieweg 31, 7441 PK Nijverdal NL", "Invoice no", num),
             ("VAT NL003920011B20", "Date", date(iss, "iso")), ("", "Due", date(due, "iso"))]
    y = 60
    for a, b, c in rowsg:
        p.text(60, y, a, 10 if y == 60 else 9, y == 60); p.text(340, y, b, 9); p.right(535, y, c, 12 if c == "INVOICE" else 9, c == "INVOICE")
        y += 16
    y += 12
    p.text(60, y, "Ship & bill to", 9, True); y += 14
    for t in ["Velo Atelier Gerber GmbH", "Frau S. Gerber", "Bahnhofstrasse 18", "3600 Thun", "Switzerland"]:
        p.text(60, y, t, 9); y += 13
    y += 14
    for x, h, al in [(60, "Item", "left"), (330, "Qty", "right"), (420, "Unit EUR", "right"), (535, "Total EUR", "right")]:
        p.text(x, y, h, 9, True, al)
    p.rule(56, y - 12, 539, y - 12); p.rule(56, y + 5, 539, y + 5); y += 18
    for it, ln in zip(items, lines):
        p.text(60, y, it[0], 9); p.right(330, y, str(it[1]), 9); p.right(420, y, m(it[2]), 9); p.right(535, y, m(ln), 9)
        p.rule(56, y + 5, 539, y + 5); y += 18
    for a, b, bold in [("Subtotal", m(net), False), ("VAT 0% (export outside EU)", "0.00", False), ("TOTAL EUR", m(tot), True)]:
        p.text(345, y, a, 9, bold); p.right(535, y, b, 9, bold); p.rule(340, y + 5, 539, y + 5); y += 18
    y += 16
    for t in ["Payment 30 days by SEPA transfer to %s (BIC KNABNL2H)." % iba, "Goods remain our property until paid in full."]:
        p.text(60, y, t, 9); y += 13
    p.text(297, 815, "Invoice template", 7)
    to = "buchhaltung@velo-gerber.ch"
    body = "Hi Sabine,\n\nInvoice for the shipment that left today is attached. Tracking: JD014600008831274455.\n\nCheers,\nMark Veldkamp\n"
    eml = mk.mail(R, "mark@veldkampbikeparts.nl", "Mark Veldkamp", "Sabine Gerber <%s>" % to, "Invoice VBP-24112026",
                  iss, body_text=body, pdf=True)
    add("google-sheets", "en", "pdf", env("mark@veldkampbikeparts.nl", to), eml, [p], "Invoice template - Sheet1.pdf",
        exp(num, tot, tot, iss, due, "Velo Atelier Gerber GmbH", to, iba, True, "en"),
        note="Sheets export with date-based number and ISO dates; Swiss debtor with 'Frau' contact; 'Ship & bill to'; a long tracking number in the mail.")

    # 34 Teamleader Focus EN, Belgian business to UK client, structured reference
    iss = D(2026, 11, 19); due = iss + TD(days=21)
    biz = "Maes Event Technics BV"; iba = ib("BE"); ref = be_struct(); num = "2026 / 0388"
    items = [("LED wall 5 x 3 m incl. processor (2 days)", 2, 185000, 21), ("Technician, hours", 22, 6500, 21),
             ("Transport Antwerp - venue", 1, 42000, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_en
    L = {"head": [("MAES EVENT TECHNICS", 15, True)],
         "debtor_xy": (320, 110),
         "debtor": ["Northgate Conferences Ltd", "Attn. Priya Shah", "5 Wharf Road", "London N1 7GR", "United Kingdom"],
         "title": "Invoice", "title_xy": (56, 230), "title_size": 20, "meta": [],
         "cols": [("Description", 56, "left"), ("Qty", 330, "right"), ("Unit price", 410, "right"), ("VAT", 450, "right"),
                  ("Total excl.", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "en"), "table_y": 320,
         "totals": [("Total excl. VAT", m(net), False)] + vat_lines(vats, "VAT %s", m, "en") + [("Amount due", m(tot), True)],
         "after": ["Belgian VAT charged: event services at a venue in Antwerp (place of supply Belgium).",
                   "Please transfer %s to %s (BIC KREDBEBB)" % (m(tot), sp(iba)),
                   "with structured communication %s by %s." % (ref, date(due, "dmy/"))],
         "footer": [(56, ["Maes Event Technics BV", "Boomsesteenweg 690, 2610 Wilrijk"]), (250, ["VAT BE 0664.812.007", "RPR Antwerpen"]),
                    (420, ["IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    for x, (lab, val) in zip([56, 160, 260, 360], [("Invoice number", num), ("Invoice date", date(iss, "dmy/")),
                                                  ("Due date", date(due, "dmy/")), ("Customer no.", "C-1201")]):
        p.text(x, 260, lab, 7.5, True); p.text(x, 272, val, 9)
    to = "accounts@northgateconferences.co.uk"
    body = ("Dear Priya,\n\nPlease find attached invoice %s for the LED wall at the Antwerp summit.\n\nKind regards,\nTom Maes\n" % num)
    eml = mk.mail(R, "invoicing@focus-mail.teamleader.eu", "Maes Event Technics", "Northgate Accounts <%s>" % to,
                  "Invoice %s from Maes Event Technics BV" % num, iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "tom@maes-et.be")))
    add("teamleader-focus", "en", "pdf", env("bounces+tl2201@focus-mail.teamleader.eu", to), eml, [p], "Invoice_2026_0388.pdf",
        exp(num, tot, tot, iss, due, "Northgate Conferences Ltd", to, iba, True, "en", ref),
        note="English Teamleader layout with details in a header row; Belgian structured reference on an English invoice; UK client charged Belgian VAT.")

    # 35 Yuki EN, pdf+ubl, Irish company
    iss = D(2026, 11, 27); due = iss + TD(days=30)
    biz = "Dijkstra Agri Machines B.V."; iba = ib("NL"); ken = nl_kenmerk(); num = "VF26-02110"
    items = [("Spare parts mower conditioner (see packing list 88120)", 1, 318640, 0), ("Freight Rotterdam - Dublin", 1, 48500, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "en")  # noqa: E731
    L = {"head": [("Dijkstra Agri Machines B.V.", 12, True), ("Nijverheidsweg 12 | 8401 GW Gorredijk | NL", 8, False)],
         "debtor_xy": (56, 150),
         "debtor": ["Murphy & Daughters Farm Machinery Ltd", "Accounts Payable", "Unit 7 Ballymount Business Park",
                    "Dublin 12, D12 X2E7", "Ireland"],
         "meta_xy": (340, 150), "meta_vx": 90,
         "meta": [("Invoice number", num), ("Invoice date", date(iss, "dmy-")), ("Customer no.", "30877"),
                  ("Due date", date(due, "dmy-"))],
         "title": "Invoice", "title_xy": (56, 250),
         "cols": [("Description", 56, "left"), ("Quantity", 340, "right"), ("Price", 430, "right"), ("Amount", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "en"), "table_y": 290,
         "totals": [("Total excl. VAT", m(net), False), ("VAT 0% intra-Community supply", m(0), False),
                    ("Total amount due EUR", m(tot), True)],
         "after": ["Intra-Community supply, VAT reverse charged. Customer VAT IE 3318274KH.",
                   "Please pay before %s to %s, stating payment reference %s." % (date(due, "dmy-"), sp(iba), grp(ken))],
         "footer": [(56, ["CoC 01077412", "VAT NL8019.44.208.B01"]), (250, ["IBAN " + sp(iba), "BIC INGBNL2A"])]}
    p, _ = page_std(L)
    to = "ap@murphymachinery.ie"
    e = exp(num, tot, tot, iss, due, "Murphy & Daughters Farm Machinery Ltd", to, iba, True, "en", ken)
    u = ubl_xml(e, biz, ("Gorredijk", "NL"), ("Dublin", "IE"), list(zip([i[0] for i in items], lines)), 0, net)
    body = "Dear Sir/Madam,\n\nAttached you will find invoice VF26-02110 (PDF and UBL).\n\nKind regards,\nDijkstra Agri Machines B.V.\n"
    eml = mk.mail(R, "finance@dijkstra-agri.nl", "Dijkstra Agri Machines", to, "Invoice VF26-02110", iss, body_text=body, pdf=True)
    add("yuki", "en", "pdf+ubl", env("finance@dijkstra-agri.nl", to), eml, [p], "Invoice_VF26-02110.pdf", e,
        note="English Yuki invoice with a Dutch 16-digit payment reference called 'payment reference'; intra-Community 0%; UBL attached.",
        ubl=u, ubl_name="VF26-02110.xml")


# ================================================================ invoices, German / Austrian / Swiss
def de_invoices():
    # 36 easybill, Skonto
    iss = D(2026, 11, 24); due = iss + TD(days=30)
    biz = "Holzmanufaktur Brenner GmbH"; iba = ib("DE"); num = "RE-2026-1183"
    items = [("Empfangstresen Eiche massiv nach Zeichnung", 1, 486000, 19), ("Montage vor Ort (Std.)", 9, 6800, 19),
             ("Anfahrtspauschale", 1, 7500, 19)]
    net, vats, tot, lines = calc(items)
    sk = int(round(tot * 0.02))
    m = eur_de
    L = {"head": [("Holzmanufaktur Brenner GmbH", 13, True), ("Sägewerkstraße 4 · 83278 Traunstein", 8, False)],
         "head_x": 539, "head_align": "right",
         "sender_line": "Holzmanufaktur Brenner GmbH · Sägewerkstraße 4 · 83278 Traunstein", "debtor_xy": (56, 150),
         "debtor": ["Zahnarztpraxis Dr. Lechner & Kollegen", "z. Hd. Frau Anja Berger", "Maxplatz 9", "83278 Traunstein"],
         "meta_xy": (360, 150), "meta_vx": "r",
         "meta": [("Rechnungsnr.", num), ("Rechnungsdatum", date(iss, "dmy.")), ("Kundennr.", "K-10288"),
                  ("Lieferdatum", date(D(2026, 11, 20), "dmy."))],
         "title": "Rechnung", "title_xy": (56, 255),
         "intro": ["Sehr geehrte Frau Berger,", "wir berechnen Ihnen für unsere Leistungen:"],
         "cols": [("Pos.", 56, "left"), ("Bezeichnung", 80, "left"), ("Menge", 340, "right"), ("Einzelpreis", 430, "right"),
                  ("Gesamt", 539, "right")],
         "rows": [[str(k + 1)] + r for k, r in enumerate(tbl(items, lines, "dqun", m, "de"))], "table_y": 315,
         "totals": [("Nettobetrag", m(net), False)] + vat_lines(vats, "zzgl. %s USt.", m, "de")
         + [("Rechnungsbetrag", m(tot), True)],
         "after": ["Zahlungsbedingungen: innerhalb von 10 Tagen mit 2 %% Skonto (%s), 30 Tage netto." % m(tot - sk),
                   "Bitte überweisen Sie unter Angabe der Rechnungsnummer auf %s." % sp(iba)],
         "footer": [(56, ["Sitz Traunstein · HRB 21870", "GF: Alois Brenner"]), (250, ["USt-IdNr. DE297441820", "St.-Nr. 163/118/40233"]),
                    (420, ["Sparkasse Traunstein", "IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "verwaltung@praxis-lechner.de"
    body = ("Sehr geehrte Frau Berger,\n\nanbei erhalten Sie unsere Rechnung %s vom %s.\n\nMit freundlichen Grüßen\n"
            "Holzmanufaktur Brenner GmbH\n" % (num, date(iss, "dmy.")))
    eml = mk.mail(R, "rechnung@holz-brenner.de", "Holzmanufaktur Brenner GmbH", "Praxis Dr. Lechner <%s>" % to,
                  "Ihre Rechnung %s" % num, iss, body_text=body, pdf=True, msgid_domain="easybill.de")
    add("easybill", "de", "pdf", env("bounce@mail.easybill.de", to), eml, [p], "Rechnung_%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Zahnarztpraxis Dr. Lechner & Kollegen", to, iba, True, "de"),
        note="Skonto: 2% within 10 days or 30 days net; labelled due date = the net date and amount due = the full total; the Skonto amount is printed too.")

    # 37 Papierkram, private person with academic title, Verwendungszweck
    iss = D(2026, 11, 26); due = iss + TD(days=14)
    biz = "Lena Hartwig Webdesign"; iba = ib("DE"); num = "2026-0077"; vz = "RE 2026-0077 Amsel"
    items = [("Relaunch Praxis-Website (Pauschale)", 1, 240000, 19), ("Hosting 12 Monate", 12, 990, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Lena Hartwig", 16, True), ("Webdesign & Entwicklung", 9, False)],
         "sender_line": "Lena Hartwig · Gerberstr. 3 · 04105 Leipzig", "debtor_xy": (56, 150),
         "debtor": ["Herrn", "Dr. Felix Amsel", "Karl-Heine-Str. 90", "04229 Leipzig"],
         "meta_xy": (370, 130), "meta_vx": 80,
         "meta": [("Rechnung Nr.", num), ("Datum", date(iss, "dmy.")), ("Leistungszeitraum", "Okt.-Nov. 2026"),
                  ("Fällig am", date(due, "dmy."))],
         "title": "Rechnung Nr. %s" % num, "title_xy": (56, 250),
         "cols": [("Leistung", 56, "left"), ("Menge", 340, "right"), ("Preis", 430, "right"), ("Betrag", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "de"), "table_y": 290,
         "totals": [("Zwischensumme netto", m(net), False)] + vat_lines(vats, "Umsatzsteuer %s", m, "de")
         + [("Gesamtbetrag", m(tot), True)],
         "after": ["Bitte überweisen Sie den Betrag bis zum %s auf folgendes Konto:" % date(due, "dmy."),
                   "Lena Hartwig · GLS Bank · IBAN %s" % sp(iba), "Verwendungszweck: %s" % vz],
         "footer": [(56, ["Steuernummer 231/245/18832 · erstellt mit Papierkram"])]}
    p, _ = page_std(L)
    to = "f.amsel@web.de"
    body = ("Hallo Herr Dr. Amsel,\n\nim Anhang finden Sie die Rechnung %s über %s.\n\nViele Grüße\nLena Hartwig\n" % (num, m(tot)))
    eml = mk.mail(R, "mail@lenahartwig.de", "Lena Hartwig", "Dr. Felix Amsel <%s>" % to, "Rechnung %s" % num, iss,
                  body_text=body, pdf=True, msgid_domain="papierkram.de")
    add("papierkram", "de", "pdf", env("mail@lenahartwig.de", to), eml, [p], "Rechnung-%s.pdf" % num,
        exp(num, tot, tot, iss, due, "Dr. Felix Amsel", to, iba, False, "de", vz),
        note="'Herrn' on its own line above the name (dropped), academic title kept; Verwendungszweck in words labelled as printed.")

    # 38 Lexware Office, public body, pdf+ubl, Leitweg-ID
    iss = D(2026, 11, 25); due = iss + TD(days=30)
    biz = "Kraus Spielplatzbau e.K."; iba = ib("DE"); num = "RE0412"
    items = [("Prüfung Spielgeräte nach DIN EN 1176, 6 Anlagen", 6, 11500, 19), ("Austausch Kettenschaukel-Sitz", 4, 8900, 19),
             ("Fallschutzkies nachfüllen, t", 3.5, 6400, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Kraus Spielplatzbau e.K.", 13, True), ("Inh. Matthias Kraus · Am Bauhof 2 · 36037 Fulda", 8, False)],
         "sender_line": "Kraus Spielplatzbau e.K. · Am Bauhof 2 · 36037 Fulda", "debtor_xy": (56, 150),
         "debtor": ["Stadt Fulda", "Amt für Grünflächen und Friedhöfe", "Schlossstraße 1", "36037 Fulda"],
         "meta_xy": (360, 150), "meta_vx": 90,
         "meta": [("Rechnungsnr.", num), ("Rechnungsdatum", date(iss, "dmy.")), ("Leistungsdatum", "16.-19.11.2026"),
                  ("Leitweg-ID", "06631000-GRF-37"), ("Bestellnr.", "GF/2026/0881")],
         "title": "Rechnung", "title_xy": (56, 260),
         "intro": ["Sehr geehrte Damen und Herren,", "wir erlauben uns, folgende Leistungen in Rechnung zu stellen:"],
         "cols": [("Beschreibung", 56, "left"), ("Menge", 340, "right"), ("Einzelpreis", 430, "right"), ("Betrag", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "de"), "table_y": 320,
         "totals": [("Gesamtbetrag netto", m(net), False)] + vat_lines(vats, "zzgl. Umsatzsteuer %s", m, "de")
         + [("Gesamtbetrag brutto", m(tot), True)],
         "after": ["Zahlungsbedingungen: Zahlung innerhalb von 30 Tagen ab Rechnungseingang ohne Abzug.",
                   "Bankverbindung: VR Bank Fulda · IBAN %s · BIC GENODE51FUL" % sp(iba)],
         "footer": [(56, ["USt-IdNr. DE314887201 · Amtsgericht Fulda HRA 5521"])]}
    p, _ = page_std(L)
    to = "rechnungseingang@fulda.de"
    e = exp(num, tot, tot, iss, due, "Stadt Fulda", to, iba, True, "de")
    u = ubl_xml(e, biz, ("Fulda", "DE"), ("Fulda", "DE"), list(zip([i[0] for i in items], lines)), vats[19][1], net)
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung %s als PDF sowie als XRechnung (UBL).\n"
            "Leitweg-ID: 06631000-GRF-37\n\nMit freundlichen Grüßen\nMatthias Kraus\n" % num)
    eml = mk.mail(R, "info@kraus-spielplatzbau.de", "Kraus Spielplatzbau", to, "Rechnung %s - Bestellung GF/2026/0881" % num, iss,
                  body_text=body, pdf=True, msgid_domain="lexware.de")
    add("lexware-office", "de", "pdf+ubl", env("info@kraus-spielplatzbau.de", to), eml, [p], "Rechnung_%s.pdf" % num, e,
        note="Public body with Leitweg-ID and order number in the meta block; service-date range; 30 days 'ab Rechnungseingang' labelled from the issue date; UBL attached.",
        ubl=u, ubl_name="xrechnung_%s.xml" % num)

    # 39 WISO MeinBüro, couple by surname, Abschlag subtracted
    iss = D(2026, 11, 18); due = iss + TD(days=14)
    biz = "Sanitär Hoffmann"; iba = ib("DE"); num = "2026-10593"
    items = [("Badsanierung lt. Angebot A-2026-0412 - Schlussrechnung", 1, 1245000, 19), ("Mehrleistung: zusätzl. Handtuchheizkörper", 1, 48600, 19)]
    net, vats, tot, lines = calc(items)
    ab_net = 500000; ab_vat = int(round(ab_net * 0.19)); ab = ab_net + ab_vat
    due_c = tot - ab
    m = eur_de
    L = {"head": [("SANITÄR HOFFMANN", 15, True), ("Meisterbetrieb · Bahnhofstr. 61 · 32423 Minden", 8, False)],
         "debtor_xy": (56, 150),
         "debtor": ["Herr und Frau Kästner", "Weserglacis 14", "32423 Minden"],
         "meta_xy": (360, 150), "meta_vx": 90,
         "meta": [("Rechnungs-Nr.", num), ("Datum", date(iss, "dmy.")), ("Kunden-Nr.", "4471"), ("Bauvorhaben", "Weserglacis 14")],
         "title": "Schlussrechnung", "title_xy": (56, 240),
         "cols": [("Text", 56, "left"), ("Netto", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 280,
         "totals": [("Summe netto", m(net), False), ("MwSt. 19 %", m(vats[19][1]), False), ("Summe brutto", m(tot), False),
                    ("abzgl. Abschlagsrechnung 2026-10311 (netto %s + MwSt. %s)" % (m(ab_net), m(ab_vat)), "-" + m(ab), False),
                    (None, "", False), ("Restbetrag", m(due_c), True)],
         "tot_x": 140,
         "after": ["Zahlbar innerhalb 14 Tagen ohne Abzug.",
                   "Der Anteil der Lohnkosten (Arbeitskosten) beträgt %s brutto (§ 35a EStG)." % m(714000),
                   "Sparkasse Minden-Lübbecke · IBAN %s" % sp(iba)],
         "footer": [(56, ["Inh. Klaus Hoffmann · USt-IdNr. DE811290447 · Handwerkskammer OWL"])]}
    p, _ = page_std(L)
    to = "kaestner.minden@t-online.de"
    body = ("Sehr geehrte Familie Kästner,\n\nanbei unsere Schlussrechnung für Ihr neues Bad. Die Abschlagszahlung ist bereits "
            "abgezogen.\n\nMit freundlichen Grüßen\nKlaus Hoffmann\n\n-- erstellt mit WISO MeinBüro --\n")
    eml = mk.mail(R, "buero@sanitaer-hoffmann-minden.de", "Sanitär Hoffmann", to, q("Schlussrechnung 2026-10593 – Bad Kästner"),
                  iss, body_text=body, pdf=True)
    add("wiso-meinbuero", "de", "pdf", env("buero@sanitaer-hoffmann-minden.de", to), eml, [p], "Rechnung_2026-10593.pdf",
        exp(num, due_c, tot, iss, due, "Herr und Frau Kästner", to, iba, False, "de"),
        note="Schlussrechnung with an Abschlag (net + VAT) subtracted; § 35a labour-cost amount is a decoy; couple by surname keeps 'Herr und Frau'; RFC 2047 subject.")

    # 40 SAP-style ERP, many reference fields, mailed 3 days after issue
    iss = D(2026, 11, 20); sent = D(2026, 11, 23); due = iss + TD(days=14)
    biz = "Rheinmetallwerk Kessel AG"; iba = ib("DE"); num = "9400183377"
    items = [("Flanschwelle FW-220, Werkstoff 42CrMo4", 40, 8725, 19), ("Passfeder DIN 6885 A 12x8x50", 200, 118, 19),
             ("Prüfzeugnis 3.1 nach EN 10204", 1, 4500, 19)]
    net, vats, tot, lines = calc(items)
    m = lambda c: money(c, "de")  # noqa: E731
    p = Page()
    p.text(56, 50, "Rheinmetallwerk Kessel AG", 12, True)
    p.text(56, 62, "Werk Neuss · Hammfelddamm 20 · 41460 Neuss", 7)
    p.text(56, 128, "Rheinmetallwerk Kessel AG · Postfach 10 12 40 · 41412 Neuss", 6)
    for k, t in enumerate(["Brückner Antriebstechnik GmbH", "Kreditorenbuchhaltung", "Postfach 31 08", "58031 Hagen"]):
        p.text(56, 145 + 13 * k, t, 10)
    p.text(330, 128, "RECHNUNG", 13, True)
    y = 145
    for lab, val in [("Rechnungsnummer", num), ("Rechnungsdatum", date(iss, "dmy.")), ("Debitor", "0010044712"),
                     ("Ihre Bestellung", "4503318820 vom 02.10.2026"), ("Unser Auftrag", "0001288431"),
                     ("Lieferschein", "0080771204"), ("Lieferdatum", "19.11.2026"), ("Buchungskreis", "DE10"),
                     ("Zahlungsbedingung", "ZB14 - 14 Tage netto"), ("Ansprechpartner", "Fr. Nowak, Tel. -2241")]:
        p.text(330, y, lab, 7.5); p.text(430, y, val, 7.5); y += 10
    y = 285
    for x, h, al in [(56, "Pos", "left"), (80, "Material", "left"), (150, "Bezeichnung", "left"), (380, "Menge ME", "right"),
                     (450, "Preis/ME", "right"), (539, "Wert EUR", "right")]:
        p.text(x, y, h, 7.5, True, al)
    p.rule(56, y + 3, 539, y + 3); y += 14
    mats = ["100004471", "200018830", "900000012"]
    for k, (it, ln) in enumerate(zip(items, lines)):
        p.text(56, y, "%06d" % (10 * (k + 1)), 7.5); p.text(80, y, mats[k], 7.5); p.text(150, y, it[0], 7.5)
        p.right(380, y, "%s ST" % it[1], 7.5); p.right(450, y, m(it[2]), 7.5); p.right(539, y, m(ln), 7.5)
        y += 12
    p.rule(56, y - 4, 539, y - 4); y += 10
    for lab, val, b in [("Summe Positionen", m(net), False), ("MWST A1 19,00 %", m(vats[19][1]), False),
                        ("Endbetrag EUR", m(tot), True)]:
        p.text(360, y, lab, 8, b); p.right(539, y, val, 8, b); y += 12
    y += 16
    for t in ["Bitte bei Zahlung angeben: Rechnungsnummer %s / Debitor 0010044712" % num,
              "Zahlbar bis %s ohne Abzug. Es gelten unsere Allgemeinen Verkaufsbedingungen." % date(due, "dmy."),
              "Deutsche Bank AG · IBAN %s · BIC DEUTDEDDXXX" % sp(iba)]:
        p.text(56, y, t, 7.5); y += 10
    p.text(56, 800, "Vorstand: Dr. H. Kessel (Vors.), B. Aydin · AR-Vors.: P. Lindqvist · Sitz Neuss · HRB 1127 AG Neuss · USt-IdNr. DE119220471", 6)
    p.text(539, 812, "Seite 1 / 1", 6, False, "right")
    to = "kreditoren@brueckner-antrieb.de"
    body = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie Belege aus unserem System.\n\n"
            "Beleg: Rechnung %s\n\nDiese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.\n"
            "Rückfragen an debitoren@rmw-kessel.de\n" % num)
    eml = mk.mail(R, "sap-output@rmw-kessel.de", "RMW Kessel Debitorenbuchhaltung", to, "Rechnung %s" % num, sent,
                  body_text=body, pdf=True, extra_headers=hdrs(("Reply-To", "debitoren@rmw-kessel.de")))
    add("sap-erp", "de", "pdf", env("sap-output@rmw-kessel.de", to), eml, [p], "%s.PDF" % num,
        exp(num, tot, tot, iss, due, "Brückner Antriebstechnik GmbH", to, iba, True, "de"),
        note="ERP layout with ten reference fields (Debitor, Bestellung, Auftrag, Lieferschein, Buchungskreis) of similar length to the invoice number; mailed three days after the issue date.")

    # 41 Kostennote, Vorschuss subtracted
    iss = D(2026, 11, 16); due = iss + TD(days=14)
    biz = "Rechtsanwältin Dr. Carla Sommerfeld"; iba = ib("DE"); num = "KN 2026/0318"
    items = [("1,3 Geschäftsgebühr Nr. 2300 VV RVG (Gegenstandswert 18.400,00 €)", 1, 126490, 19),
             ("Pauschale für Post und Telekommunikation Nr. 7002 VV RVG", 1, 2000, 19),
             ("Dokumentenpauschale Nr. 7000 VV RVG (42 Seiten)", 1, 2100, 19)]
    net, vats, tot, lines = calc(items)
    vor = 59500; due_c = tot - vor
    m = eur_de
    L = {"head": [("Dr. Carla Sommerfeld", 13, True), ("Rechtsanwältin · Fachanwältin für Arbeitsrecht", 8, False),
                  ("Prinzregentenstr. 54 · 80538 München", 8, False)],
         "head_x": 539, "head_align": "right",
         "sender_line": "RAin Dr. Sommerfeld · Prinzregentenstr. 54 · 80538 München", "debtor_xy": (56, 150),
         "debtor": ["Frau", "Ingrid Pohl", "Leopoldstr. 212", "80804 München"],
         "meta_xy": (360, 150), "meta_vx": 75,
         "meta": [("Datum", date(iss, "dmy.")), ("Az.", "118/26 CS"), ("Rechnungsnr.", num), ("St.-Nr.", "144/219/60331")],
         "title": "Kostennote", "title_xy": (56, 250),
         "subtitle": ["in Sachen Pohl ./. Baumeister Logistik GmbH wegen Kündigungsschutz (außergerichtlich)"],
         "cols": [("Gebührentatbestand", 56, "left"), ("Betrag", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 300,
         "totals": [("Zwischensumme netto", m(net), False), ("19 % Umsatzsteuer Nr. 7008 VV RVG", m(vats[19][1]), False),
                    ("Gesamtbetrag", m(tot), False), ("abzüglich Vorschuss vom 02.09.2026", "-" + m(vor), False),
                    (None, "", False), ("noch zu zahlen", m(due_c), True)],
         "tot_x": 300,
         "after": ["Ich bitte um Ausgleich binnen 14 Tagen auf das Kanzleikonto", "IBAN %s (Stadtsparkasse München)," % sp(iba),
                   "Verwendungszweck: %s." % num.replace("KN ", "")],
         "footer": [(56, ["Kanzleikonto IBAN " + sp(iba) + " · USt-IdNr. DE301188742"])]}
    p, _ = page_std(L)
    to = "ingrid.pohl@gmx.de"
    body = ("Sehr geehrte Frau Pohl,\n\nin obiger Angelegenheit übersende ich Ihnen meine Kostennote. Den geleisteten Vorschuss "
            "habe ich berücksichtigt.\n\nMit freundlichen Grüßen\nDr. Carla Sommerfeld\nRechtsanwältin\n")
    eml = mk.mail(R, "kanzlei@ra-sommerfeld.de", "Kanzlei Dr. Sommerfeld", "Ingrid Pohl <%s>" % to,
                  "Ihre Angelegenheit 118/26 CS - Kostennote", iss, body_text=body, pdf=True)
    add("lawyer-kostennote", "de", "pdf", env("kanzlei@ra-sommerfeld.de", to), eml, [p], "Kostennote_118-26.pdf",
        exp(num, due_c, tot, iss, due, "Ingrid Pohl", to, iba, False, "de", num.replace("KN ", "")),
        note="RVG Kostennote: 'Frau' on its own line (dropped), Gegenstandswert in a line description, Vorschuss subtracted; Verwendungszweck is the number without its 'KN' prefix.")

    # 42 Freelance journalist, Honorar 7 % + Spesen 19 %, Verwendungszweck
    iss = D(2026, 11, 23); due = iss + TD(days=21)
    biz = "Jakob Engstler, freier Journalist"; iba = ib("DE"); num = "H-26-041"; vz = "H-26-041"
    items = [("Honorar Artikel 'Die letzten Fährleute der Elbe', 9.800 Zeichen (Einräumung einfacher Nutzungsrechte Print/Online)", 1, 78400, 7),
             ("Fotohonorar, 4 Bilder à 85,00 €", 4, 8500, 7), ("Reisekosten Bahn Hamburg-Glückstadt", 1, 2860, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Jakob Engstler", 13, True), ("Freier Journalist (DJV) · Ottenser Hauptstr. 31 · 22765 Hamburg", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Nordlicht Verlag GmbH & Co. KG", "Redaktion 'Küste'", "Honorarabteilung", "Speersort 1", "20095 Hamburg"],
         "meta_xy": (360, 140), "meta_vx": 80,
         "meta": [("Honorarrechnung", num), ("Datum", date(iss, "long", "de")), ("Erschienen in", "Küste 6/2026"),
                  ("Auftrag von", "Fr. Dierks")],
         "title": "Honorarrechnung", "title_xy": (56, 240),
         "cols": [("Leistung", 56, "left"), ("USt.", 450, "right"), ("Betrag", 539, "right")],
         "rows": [[(it[0].split(" (")[0], "(" + it[0].split(" (")[1]) if " (" in it[0] else it[0], rate_s(it[3], "de"), m(ln)]
                  for it, ln in zip(items, lines)], "table_y": 280,
         "totals": [("Summe netto", m(net), False)] + [("zzgl. %s USt. auf %s" % (rate_s(r, "de"), m(b)), m(v), False)
                                                       for r, (b, v) in vats.items()] + [("Rechnungsbetrag", m(tot), True)],
         "tot_x": 300,
         "after": ["Bitte überweisen Sie den Betrag innerhalb von drei Wochen auf mein Konto",
                   "IBAN %s (Hamburger Sparkasse), Verwendungszweck: %s." % (sp(iba), vz),
                   "Urheberrechtliche Nutzungsrechte werden erst mit vollständiger Zahlung eingeräumt."],
         "footer": [(56, ["Steuernummer 41/118/03377 · KSK-versichert"])]}
    p, _ = page_std(L)
    to = "honorare@nordlicht-verlag.de"
    body = "Liebe Frau Dierks,\n\nanbei meine Honorarrechnung für den Elbfähren-Text.\n\nBeste Grüße\nJakob Engstler\n"
    eml = mk.mail(R, "jakob@engstler-text.de", "Jakob Engstler", "Honorarabteilung <%s>" % to,
                  q("Honorarrechnung H-26-041 – Küste 6/2026"), iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Cc", "dierks@nordlicht-verlag.de")))
    add("freelance-journalist", "de", "pdf", env("jakob@engstler-text.de", [to, "dierks@nordlicht-verlag.de"]), eml, [p],
        "Honorarrechnung_H-26-041.pdf",
        exp(num, tot, tot, iss, due, "Nordlicht Verlag GmbH & Co. KG", to, iba, True, "de", vz),
        note="Honorar at 7% (copyright) and travel at 19%; 'innerhalb von drei Wochen' in words; unit price inside a description; Verwendungszweck equals the number.")

    # 43 Debitoor, Austria
    iss = D(2026, 11, 27); due = iss + TD(days=14)
    biz = "Alpenstrom Elektrotechnik OG"; iba = ib("AT"); num = "2026-214"
    items = [("E-Befund nach ÖVE/ÖNORM E 8001", 1, 38000, 20), ("Fehlerstromschutzschalter tauschen", 2, 9650, 20),
             ("Arbeitszeit Monteur", 3.5, 6800, 20)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€ " + money(c, "de")  # noqa: E731
    L = {"head": [("Alpenstrom Elektrotechnik OG", 13, True), ("Innrain 77 · 6020 Innsbruck · UID ATU71922804", 8, False)],
         "debtor_xy": (56, 140),
         "debtor": ["Pension Haus Bergfried", "z. H. Herrn Florian Gasser", "Dorfstraße 8", "6167 Neustift im Stubaital", "Österreich"],
         "meta_xy": (360, 140), "meta_vx": 80,
         "meta": [("Rechnung Nr.", num), ("Datum", date(iss, "dmy.")), ("Fällig", date(due, "dmy.")), ("Kunde", "10077")],
         "title": "Rechnung", "title_xy": (56, 240),
         "cols": [("Beschreibung", 56, "left"), ("Menge", 330, "right"), ("Preis", 410, "right"), ("USt.", 450, "right"),
                  ("Betrag", 539, "right")],
         "rows": tbl(items, lines, "dqurn", m, "de"), "table_y": 280,
         "totals": [("Zwischensumme", m(net), False)] + vat_lines(vats, "USt. %s", m, "de") + [("Gesamt", m(tot), True)],
         "after": ["Zahlungsziel: 14 Tage netto. Bankverbindung: Raiffeisen Landesbank Tirol,",
                   "IBAN %s, BIC RZTIAT22" % sp(iba)],
         "footer": [(56, ["FN 488120 s · Landesgericht Innsbruck · erstellt mit Debitoor"])]}
    p, _ = page_std(L)
    to = "info@haus-bergfried.at"
    body = ("Sehr geehrter Herr Gasser,\n\nanbei die Rechnung 2026-214 von Alpenstrom Elektrotechnik OG.\n\nMit freundlichen Grüßen\n"
            "Alpenstrom Elektrotechnik OG\n")
    eml = mk.mail(R, "noreply@debitoor.com", "Alpenstrom Elektrotechnik OG", "Florian Gasser <%s>" % to,
                  "Rechnung 2026-214 von Alpenstrom Elektrotechnik OG", iss, body_text=body, pdf=True,
                  extra_headers=hdrs(("Reply-To", "office@alpenstrom.at")))
    add("debitoor", "de", "pdf", env("noreply@debitoor.com", to), eml, [p], "Rechnung-2026-214.pdf",
        exp(num, tot, tot, iss, due, "Pension Haus Bergfried", to, iba, True, "de"),
        note="Austrian: AT IBAN, 20% USt, 'z. H. Herrn' contact, 'Fällig' label; platform sender.")

    # 44 Sage 50 Switzerland, CHF, QR reference
    iss = D(2026, 11, 30); due = iss + TD(days=30)
    biz = "Schreinerei Amrein AG"; iba = iban_any("CH", "30" + digits(3) + digits(12)); num = "24117"
    qref = qr_ref("00000000000" + "2411700" + digits(8))
    items = [("Einbauschrank Garderobe Nussbaum", 1, 684000, 8.1), ("Montage", 12, 9800, 8.1), ("Entsorgung Altmöbel", 1, 18000, 8.1)]
    net, vats, tot, lines = calc(items)
    tot_r = int(round(tot / 5.0)) * 5
    rnd = tot_r - tot
    m = lambda c: money(c, "ch")  # noqa: E731
    L = {"head": [("Schreinerei Amrein AG", 13, True), ("Hauptstrasse 41 · 6280 Hochdorf · CHE-114.882.301 MWST", 8, False)],
         "debtor_xy": (330, 130),
         "debtor": ["Wohnbaugenossenschaft Seetal", "Verwaltung", "Baldeggstrasse 3", "6280 Hochdorf"],
         "meta_xy": (56, 215), "meta_vx": 90,
         "meta": [("Rechnung Nr.", num), ("Datum", date(iss, "dmy.")), ("Ihre Referenz", "Whg. 3.2 / Hr. Wyss"),
                  ("Zahlbar bis", date(due, "dmy."))],
         "title": "Rechnung", "title_xy": (56, 200),
         "cols": [("Bezeichnung", 56, "left"), ("Menge", 340, "right"), ("Preis CHF", 430, "right"), ("Betrag CHF", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "de"), "table_y": 300,
         "totals": [("Total exkl. MWST", m(net), False), ("MWST 8.1 %", m(vats[8.1][1]), False), ("Rundung", m(rnd), False),
                    ("Total CHF", m(tot_r), True)],
         "after": ["Zahlbar innert 30 Tagen netto mit beiliegendem QR-Zahlteil."], "footer": []}
    p, _ = page_std(L)
    p.rule(0, 560, 595, 560)
    p.text(20, 580, "Empfangsschein", 11, True); p.text(200, 580, "Zahlteil", 11, True)
    y = 600
    for lab, val in [("Konto / Zahlbar an", sp(iba)), ("", "Schreinerei Amrein AG"), ("", "Hauptstrasse 41, 6280 Hochdorf"),
                     ("Referenz", "%s %s" % (qref[:2], grp(qref[2:], 5))), ("Zahlbar durch", "Wohnbaugenossenschaft Seetal"),
                     ("", "Baldeggstrasse 3, 6280 Hochdorf")]:
        if lab:
            p.text(370, y, lab, 6, True); y += 9
        p.text(370, y, val, 8); y += 11
    p.text(200, 760, "Währung", 6, True); p.text(250, 760, "Betrag", 6, True)
    p.text(200, 772, "CHF", 8); p.text(250, 772, m(tot_r).replace("'", " "), 8)
    p.text(20, 760, "Währung  CHF   Betrag  %s" % m(tot_r).replace("'", " "), 7)
    to = "verwaltung@wbg-seetal.ch"
    body = ("Grüezi Herr Wyss\n\nIm Anhang senden wir Ihnen die Rechnung Nr. %s für den Einbauschrank in der Wohnung 3.2.\n\n"
            "Freundliche Grüsse\nSchreinerei Amrein AG\nBuchhaltung\n" % num)
    eml = mk.mail(R, "buchhaltung@amrein-schreinerei.ch", "Schreinerei Amrein AG", to, "Rechnung %s" % num, iss, body_text=body, pdf=True)
    add("sage-50-ch", "de", "pdf", env("buchhaltung@amrein-schreinerei.ch", to), eml, [p], "Rechnung_%s.pdf" % num,
        exp(num, tot_r, tot_r, iss, due, "Wohnbaugenossenschaft Seetal", to, iba, True, "de", qref, cur="CHF"),
        note="Swiss: CHF with apostrophe thousands, 8.1% MWST, 5-Rappen rounding line, QR payment part with a 27-digit QR reference printed in groups (labelled without spaces); amount in the Zahlteil with spaces.")

    # 45 LibreOffice Writer, estate (Nachlass), mailed days after issue
    iss = D(2026, 11, 10); sent = D(2026, 11, 19); due = iss + TD(days=21)
    biz = "Haushaltsauflösungen Tewes"; iba = ib("DE"); num = "2026/113"
    items = [("Räumung Wohnung 2. OG links, ca. 72 m²", 1, 189000, 19), ("Entsorgung Sperrmüll, 3 Container", 3, 32000, 19),
             ("Anrechnung verwertbarer Gegenstände", 1, -35000, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Haushaltsauflösungen Tewes", 15, True), ("Inh. Rainer Tewes · Lange Reihe 8 · 38100 Braunschweig", 8, False)],
         "debtor_xy": (56, 145),
         "debtor": ["Nachlass Gertrud Wendt", "z. Hd. Testamentsvollstrecker", "RA Peter Lohmann", "Bohlweg 45", "38100 Braunschweig"],
         "meta_xy": (370, 145), "meta_vx": 70,
         "meta": [("Rechnung", num), ("Datum", date(iss, "dmy.")), ("Objekt", "Wendenstr. 31")],
         "title": "RECHNUNG", "title_xy": (56, 250),
         "cols": [("Leistung", 56, "left"), ("Anzahl", 350, "right"), ("Preis", 440, "right"), ("Summe", 539, "right")],
         "rows": tbl(items, lines, "dqun", m, "de"), "table_y": 285,
         "totals": [("Netto", m(net), False), ("MwSt 19%", m(vats[19][1]), False), ("Gesamtbetrag", m(tot), True)],
         "after": ["Zahlbar innerhalb von 21 Tagen nach Rechnungsdatum.", "Bankverbindung: %s (Volksbank BraWo)" % sp(iba)],
         "footer": [(56, ["Steuer-Nr. 14/140/22071"])]}
    p, _ = page_std(L)
    to = "lohmann@kanzlei-lohmann-bs.de"
    body = ("Sehr geehrter Herr Lohmann,\n\nentschuldigen Sie die späte Zusendung. Anbei unsere Rechnung für die Räumung "
            "der Wohnung von Frau Wendt (Nachlass).\n\nMit freundlichen Grüßen\nRainer Tewes\n")
    eml = mk.mail(R, "tewes.raeumung@gmx.de", "Rainer Tewes", "RA Peter Lohmann <%s>" % to, "Rechnung 2026/113 Nachlass Wendt",
                  sent, body_text=body, pdf=True)
    add("libreoffice-writer", "de", "pdf", env("tewes.raeumung@gmx.de", to), eml, [p], "Rechnung_2026-113.odt.pdf",
        exp(num, tot, tot, iss, due, "Nachlass Gertrud Wendt", to, iba, False, "de"),
        note="Estate debtor c/o the executor's lawyer; mailed nine days after the issue date; negative credit line for resaleable goods; term only.")

    # 46 Sports club (Verein), Beitragsrechnung, household
    iss = D(2026, 12, 1); due = D(2027, 1, 15)
    biz = "TSV Eichenau 1921 e.V."; iba = ib("DE"); num = "BR-2027-0612"; vz = "Mitgl. 0612/0613 Beitrag 2027"
    items = [("Jahresbeitrag 2027 Erwachsene (Murat Özdemir)", 1, 14400, 0), ("Jahresbeitrag 2027 Jugend (Elif Özdemir)", 1, 7200, 0),
             ("Abteilungsbeitrag Schwimmen", 1, 3600, 0), ("Familienrabatt", 1, -2400, 0)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("TSV Eichenau 1921 e.V.", 13, True), ("Geschäftsstelle · Sportplatzstr. 2 · 82223 Eichenau", 8, False)],
         "sender_line": "TSV Eichenau 1921 e.V. · Sportplatzstr. 2 · 82223 Eichenau", "debtor_xy": (56, 150),
         "debtor": ["Familie Özdemir", "Roggensteiner Allee 17", "82223 Eichenau"],
         "meta_xy": (360, 150), "meta_vx": 85,
         "meta": [("Rechnungs-Nr.", num), ("Datum", date(iss, "dmy.")), ("Mitglieds-Nr.", "0612, 0613")],
         "title": "Beitragsrechnung 2027", "title_xy": (56, 245),
         "cols": [("Position", 56, "left"), ("Betrag", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 280,
         "totals": [("Zu zahlen", m(tot), True)],
         "after": ["Mitgliedsbeiträge sind nicht umsatzsteuerbar.",
                   "Da uns für Sie kein SEPA-Lastschriftmandat vorliegt, bitten wir um Überweisung bis %s" % date(due, "dmy."),
                   "auf IBAN %s (Kreissparkasse) mit dem Verwendungszweck: %s" % (sp(iba), vz)],
         "footer": [(56, ["Vereinsregister AG München VR 40117 · als gemeinnützig anerkannt"])]}
    p, _ = page_std(L)
    to = "oezdemir.family@gmail.com"
    body = ("Liebe Familie Özdemir,\n\nanbei die Beitragsrechnung für 2027. Gern könnt ihr uns auch ein SEPA-Mandat erteilen, "
            "dann buchen wir künftig automatisch ab.\n\nSportliche Grüße\nGeschäftsstelle TSV Eichenau\n")
    eml = mk.mail(R, "geschaeftsstelle@tsv-eichenau.de", "TSV Eichenau Geschäftsstelle", "Familie Özdemir <%s>" % to,
                  q("Beitragsrechnung 2027 – TSV Eichenau"), iss, body_text=body, pdf=True)
    add("sports-club", "de", "pdf", env("geschaeftsstelle@tsv-eichenau.de", to), eml, [p], "Beitragsrechnung_2027_0612.pdf",
        exp(num, tot, tot, iss, due, "Familie Özdemir", to, iba, False, "de", vz),
        note="Club membership fee invoice to a household; mentions a SEPA mandate that does NOT exist (so it is a transfer invoice); Verwendungszweck in words.")

    # 47 Landlord, Gewerbemiete, Verwendungszweck
    iss = D(2026, 11, 25); due = D(2027, 1, 6)
    biz = "Grundstücksgesellschaft Hafenspeicher GbR"; iba = ib("DE"); num = "M-2027-01-07"; vz = "Miete 01/2027 Einheit 07"
    items = [("Nettokaltmiete Gewerbeeinheit 07 (Januar 2027)", 1, 218000, 19), ("Nebenkostenvorauszahlung", 1, 41000, 19),
             ("Stellplätze TG (2 x 65,00 €)", 2, 6500, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Grundstücksgesellschaft Hafenspeicher GbR", 12, True), ("c/o Verwaltung Brandt · Am Sandtorkai 5 · 20457 Hamburg", 8, False)],
         "debtor_xy": (56, 150),
         "debtor": ["Kaffeerösterei Kornblume GmbH", "Geschäftsführung", "Am Sandtorkai 5, Einheit 07", "20457 Hamburg"],
         "meta_xy": (360, 150), "meta_vx": 85,
         "meta": [("Rechnungsnr.", num), ("Datum", date(iss, "dmy.")), ("Mietvertrag", "vom 01.04.2023"), ("Zeitraum", "01.01.-31.01.2027")],
         "title": "Mietrechnung Januar 2027", "title_xy": (56, 245),
         "cols": [("Position", 56, "left"), ("Netto", 420, "right"), ("USt.", 460, "right"), ("Brutto", 539, "right")],
         "rows": tbl(items, lines, "dnrg", m, "de"), "table_y": 285,
         "totals": [("Summe netto", m(net), False), ("Umsatzsteuer 19 % (Option § 9 UStG)", m(vats[19][1]), False),
                    ("Summe brutto", m(tot), True)],
         "after": ["Die Miete ist gemäß § 4 des Mietvertrags spätestens am dritten Werktag des Monats fällig (%s)." % date(due, "dmy."),
                   "Konto: %s · Verwendungszweck: %s" % (sp(iba), vz)],
         "footer": [(56, ["GbR-Gesellschafter: H. Brandt, C. Brandt-Iversen · St.-Nr. 48/611/01928"])]}
    p, _ = page_std(L)
    to = "gf@kornblume-kaffee.de"
    body = "Sehr geehrte Damen und Herren,\n\nanbei die Mietrechnung für Januar 2027 (Einheit 07).\n\nMit freundlichen Grüßen\nHausverwaltung Brandt\n"
    eml = mk.mail(R, "mieten@verwaltung-brandt.de", "Hausverwaltung Brandt", to, "Mietrechnung Januar 2027 - Einheit 07", iss,
                  body_text=body, pdf=True)
    add("landlord-rent", "de", "pdf", env("mieten@verwaltung-brandt.de", to), eml, [p], "Mietrechnung_2027-01_E07.pdf",
        exp(num, tot, tot, iss, due, "Kaffeerösterei Kornblume GmbH", to, iba, True, "de", vz),
        note="Commercial rent with VAT option; due on the third working day (6 Jan 2027, printed; 1 Jan is a holiday); the number looks like a date; landlord administered c/o a property manager.")

    # 48 Phone-typed, private person
    iss = D(2026, 12, 2); due = iss + TD(days=10)
    biz = "Klavierstimmer Henning Sauer"; iba = ib("DE"); num = "R 2026-88"
    a, b_ = 12000, 3500
    tot = a + b_
    body = ("Hallo Frau Lindqvist,\n\nwie besprochen hier meine Rechnung:\n\nRechnung Nr. %s vom %s\n"
            "An: Birgit Lindqvist, Am Rosenhang 4, 79100 Freiburg\n\n"
            "Stimmung Klavier (Schimmel) ... %s EUR\nAnfahrt ... %s EUR\nGesamt: %s EUR\n\n"
            "Als Kleinunternehmer gem. § 19 UStG wird keine Umsatzsteuer berechnet.\n\n"
            "Bitte in den nächsten 10 Tagen überweisen an:\nHenning Sauer\nIBAN %s\n\nDanke & viele Grüße\nHenning Sauer\n"
            "Klavierstimmer\n\nVon meinem iPhone gesendet\n"
            % (num, date(iss, "dmy."), money(a, "de"), money(b_, "de"), money(tot, "de"), sp(iba)))
    to = "b.lindqvist@posteo.de"
    eml = mk.mail(R, "h.sauer.klavier@web.de", "Henning Sauer", to, "Rechnung Klavierstimmung", iss, body_text=body)
    add("phone-typed", "de", "body-text", env("h.sauer.klavier@web.de", to), eml, None, None,
        exp(num, tot, tot, iss, due, "Birgit Lindqvist", to, iba, False, "de"),
        note="Typed on a phone; Kleinunternehmer; dotted lines; 'in den nächsten 10 Tagen' term; number with a space 'R 2026-88'.")

    # 49 SumUp Invoices, Austria, body-html
    iss = D(2026, 11, 28); due = iss + TD(days=7)
    biz = "Hofbäckerei Pichler"; iba = ib("AT"); num = "RE-000231"
    items = [("Weihnachtsstollen 1 kg", 20, 1890, 10), ("Kekse gemischt 500 g", 30, 1250, 10), ("Zustellung", 1, 1500, 20)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "€ " + money(c, "de")  # noqa: E731
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" % (it[0], qty_s(it[1], "de"), m(ln))
                   for it, ln in zip(items, lines))
    vr = "".join("<tr><td colspan=\"2\">davon USt. %s</td><td align=\"right\">%s</td></tr>" % (rate_s(r, "de"), m(v))
                 for r, (b, v) in vats.items())
    html = ("<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif\"><div style=\"max-width:600px;margin:auto\">"
            "<p style=\"font-size:20px;font-weight:bold\">Hofbäckerei Pichler</p>"
            "<p>Grüß Gott!</p><p>Hofbäckerei Pichler hat Ihnen eine Rechnung über <b>%s</b> gesendet.</p>"
            "<table width=\"100%%\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            "<tr><td>Rechnungsnummer</td><td colspan=\"2\" align=\"right\">%s</td></tr>"
            "<tr><td>Rechnungsdatum</td><td colspan=\"2\" align=\"right\">%s</td></tr>"
            "<tr><td>Fälligkeitsdatum</td><td colspan=\"2\" align=\"right\">%s</td></tr>"
            "<tr><td>Rechnungsempfänger</td><td colspan=\"2\" align=\"right\">Gasthof Zur Linde, Linzer Straße 12, 4600 Wels</td></tr>"
            "<tr style=\"background:#f2f2f2\"><th align=\"left\">Artikel</th><th align=\"right\">Menge</th><th align=\"right\">Betrag</th></tr>"
            "%s<tr><td colspan=\"2\"><b>Gesamtbetrag (inkl. USt.)</b></td><td align=\"right\"><b>%s</b></td></tr>%s</table>"
            "<p><a href=\"https://pay.sumup.com/b2b/inv/Pk7Hq1\" style=\"background:#1a1a1a;color:#fff;padding:12px 24px\">Rechnung bezahlen</a></p>"
            "<p style=\"font-size:12px;color:#777\">Oder per Überweisung: IBAN %s · Verwendungszweck %s<br>"
            "Hofbäckerei Pichler · Stadtplatz 30 · 4600 Wels · UID ATU69902133</p></div></body></html>"
            % (m(tot), num, date(iss, "dmy."), date(due, "dmy."), rows, m(tot), vr, sp(iba), num))
    to = "kueche@gasthof-linde-wels.at"
    eml = mk.mail(R, "no-reply@sumup.com", "Hofbäckerei Pichler", to, q("Rechnung RE-000231 von Hofbäckerei Pichler"), iss,
                  body_html=html, extra_headers=hdrs(("Reply-To", "bestellung@hofbaeckerei-pichler.at")))
    add("sumup-invoices", "de", "body-html", env("no-reply@sumup.com", to), eml, None, None,
        exp(num, tot, tot, iss, due, "Gasthof Zur Linde", to, iba, True, "de", num),
        note="Austrian invoice in an HTML mail with gross prices and 'davon USt.' at 10% and 20%; Verwendungszweck equals the number; pay button.")

    # 50 Lexware Office, Rechnungskorrektur (credit note)
    iss = D(2026, 11, 30)
    biz = "Eventtechnik Sturm GmbH"; iba = ib("DE"); num = "RK-2026-0019"
    items = [("Storno Pos. 3 aus Rechnung RE-2026-0418: Nebelmaschine (nicht geliefert)", 1, -18500, 19),
             ("Preisminderung Bühnenlicht lt. Absprache", 1, -12000, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    L = {"head": [("Eventtechnik Sturm GmbH", 13, True), ("Gewerbepark 12 · 48155 Münster", 8, False)],
         "sender_line": "Eventtechnik Sturm GmbH · Gewerbepark 12 · 48155 Münster", "debtor_xy": (56, 150),
         "debtor": ["Stadtwerke Münster Event & Kultur gGmbH", "Abt. Veranstaltungen", "Frau Yasemin Kaya", "Hafenweg 46", "48155 Münster"],
         "meta_xy": (360, 150), "meta_vx": 95,
         "meta": [("Korrektur-Nr.", num), ("Datum", date(iss, "dmy.")), ("zu Rechnung", "RE-2026-0418"), ("Kundennr.", "10431")],
         "title": "Rechnungskorrektur", "title_xy": (56, 255),
         "cols": [("Bezeichnung", 56, "left"), ("Betrag netto", 539, "right")],
         "rows": [[it[0], m(ln)] for it, ln in zip(items, lines)], "table_y": 295,
         "totals": [("Summe netto", m(net), False), ("Umsatzsteuer 19 %", m(vats[19][1]), False), ("Gutschriftsbetrag", m(tot), True)],
         "after": ["Den Betrag erstatten wir Ihnen auf das uns bekannte Konto bzw. verrechnen ihn mit offenen Posten."],
         "footer": [(56, ["HRB 17733 AG Münster · USt-IdNr. DE288117023 · IBAN " + sp(iba)])]}
    p, _ = page_std(L)
    to = "y.kaya@swms-eventkultur.de"
    body = ("Sehr geehrte Frau Kaya,\n\nwie telefonisch besprochen erhalten Sie anbei die Rechnungskorrektur zu RE-2026-0418.\n\n"
            "Mit freundlichen Grüßen\nEventtechnik Sturm GmbH\n")
    eml = mk.mail(R, "buchhaltung@sturm-event.de", "Eventtechnik Sturm GmbH", "Yasemin Kaya <%s>" % to,
                  "Rechnungskorrektur RK-2026-0019 zu RE-2026-0418", iss, body_text=body, pdf=True, msgid_domain="lexware.de")
    add("lexware-office", "de", "pdf", env("buchhaltung@sturm-event.de", to), eml, [p], "Rechnungskorrektur_RK-2026-0019.pdf",
        exp(num, tot, tot, iss, None, "Stadtwerke Münster Event & Kultur gGmbH", to, iba, True, "de", credit=True),
        note="Credit note as 'Rechnungskorrektur' with 'Gutschriftsbetrag'; negative lines; refund or set-off announced; no due date.")


# ================================================================ non-invoices
def non(tool, lang, frm, frm_name, to, subject, d, body, why, note, pages=None, fname=None, html=False, extra=(),
        env_from=None, to_hdr=None):
    eml = mk.mail(R, frm, frm_name, to_hdr or to, q(subject), d, body_text=None if html else body,
                  body_html=body if html else None, pdf=pages is not None, extra_headers=extra)
    add(tool, lang, "none", env(env_from or frm, to), eml, pages, fname, None, why, note)


def simple_doc(head, debtor, title, meta, cols, rows, totals, after, footer):
    L = {"head": head, "debtor_xy": (56, 150), "debtor": debtor, "title": title, "title_xy": (56, 250),
         "meta_xy": (360, 150), "meta_vx": 85, "meta": meta, "cols": cols, "rows": rows, "table_y": 290,
         "totals": totals, "after": after, "footer": footer}
    return page_std(L)[0]


def nl_non():
    # N1 Gekko offerte
    d = D(2026, 11, 24)
    items = [("Stucwerk plafonds woonkamer en keuken, 48 m2", 48, 1650, 21), ("Sauswerk wanden 2 lagen, 112 m2", 112, 690, 21),
             ("Afdekken en opruimen", 1, 9500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    p = simple_doc([("Stukadoorsbedrijf Kemperman", 14, True), ("Wilhelminastraat 40 · 7101 CN Winterswijk", 8, False)],
                   ["Dhr. en mevr. Ten Dam", "Meddosestraat 9", "7101 MS Winterswijk"], "Offerte O-2026-071",
                   [("Offertedatum", date(d, "dmy-")), ("Geldig tot", date(d + TD(days=30), "dmy-")), ("Uw contact", "Erik Kemperman")],
                   [("Omschrijving", 56, "left"), ("Aantal", 360, "right"), ("Prijs", 440, "right"), ("Totaal", 539, "right")],
                   tbl(items, lines, "dqun", m, "nl"),
                   [("Totaal excl. btw", m(net), False), ("Btw 21%", m(vats[21][1]), False), ("Totaal incl. btw", m(tot), True)],
                   ["Uitvoering in overleg, naar verwachting week 4 of 5 van 2027.",
                    "Na akkoord ontvangt u bij oplevering de factuur; betaling binnen 14 dagen.",
                    "Voor akkoord: ______________________  datum: __________"],
                   [(56, ["KvK 08190331 · btw NL001283904B55 · IBAN " + sp(ib("NL"))])])
    non("gekko", "nl", "erik@kemperman-stuc.nl", "Stukadoorsbedrijf Kemperman", "tendam.ww@kpnmail.nl", "Offerte stucwerk Meddosestraat 9",
        d, "Beste meneer en mevrouw Ten Dam,\n\nZoals beloofd stuur ik u hierbij de offerte voor het stucwerk.\nLaat u maar weten of "
        "u akkoord gaat, dan plannen we het in.\n\nMet vriendelijke groet,\nErik Kemperman\n",
        "A quote (offerte) with a validity date and a sign-for-approval line; nothing is owed yet.",
        "Full totals table, payment term and an IBAN in the footer, like an invoice.", [p], "Offerte O-2026-071.pdf")

    # N2 Flemish booking confirmation (Teamleader)
    d = D(2026, 11, 20)
    non("teamleader-focus", "nl", "events@focus-mail.teamleader.eu", "Hoeve Ter Beken", "an.desmet@stadsbestuur-aalst.be",
        "Bevestiging van je reservatie - personeelsfeest 19/12/2026", d,
        "Beste An,\n\nBedankt voor je reservatie! Hierbij bevestigen we het volgende:\n\n"
        "Evenement: personeelsfeest Stad Aalst, dienst Cultuur\nDatum: zaterdag 19 december 2026, 18u tot 01u\n"
        "Aantal gasten: 85\nFormule: walking dinner + drankenforfait 5 uur\nPrijs per persoon: € 78,50 incl. btw\n"
        "Geraamd totaal: € 6.672,50 incl. btw\n\nDe definitieve factuur volgt na het evenement op basis van het werkelijke "
        "aantal gasten. Je hoeft nu dus nog niets te betalen.\nHet definitieve aantal geef je ons door tot 10 dagen voor het feest.\n\n"
        "Tot dan!\nElke Van Damme\nHoeve Ter Beken - Beekstraat 14, 9300 Aalst\n",
        "A booking confirmation with an estimated total; the invoice follows after the event.",
        "Flemish; price per person and an estimated total incl. btw; platform sender.",
        extra=hdrs(("Reply-To", "events@hoeveterbeken.be")), env_from="bounces+tl5521@focus-mail.teamleader.eu")

    # N3 Mollie payment received
    d = D(2026, 11, 28)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"560\" align=\"center\"><tr><td>"
            "<h2>Bedankt voor je betaling!</h2><p>Hoi Sanne,</p><p>We hebben je betaling van <b>€ 212,96</b> voor factuur "
            "<b>BA-2026-0412</b> in goede orde ontvangen op 28 november 2026.</p>"
            "<table><tr><td>Betaalmethode</td><td>iDEAL - ING</td></tr><tr><td>Transactie-ID</td><td>tr_Wb82JkQp1x</td></tr>"
            "<tr><td>Status</td><td>Betaald</td></tr></table>"
            "<p>Je hoeft verder niets te doen. Je factuur staat als betaald in ons systeem.</p>"
            "<p style=\"color:#888;font-size:12px\">Boekhoudatelier Brink &middot; Nieuwstad 12 &middot; 7201 NL Zutphen</p>"
            "</td></tr></table></body></html>")
    non("mollie-invoicing", "nl", "payments@mollie.com", "Boekhoudatelier Brink", "sanne.vd.berg@hotmail.com",
        "Betaling ontvangen voor factuur BA-2026-0412", d, html,
        "A confirmation that an invoice has been paid; nothing is owed.",
        "Amount, invoice number and 'factuur' in the subject; HTML from a payment platform.", html=True,
        extra=hdrs(("Reply-To", "info@boekhoudatelierbrink.nl")))

    # N4 own typed reminder
    d = D(2026, 12, 2)
    iba = ib("NL")
    non("typed", "nl", "marjolein@tekstbureau-veld.nl", "Marjolein Veld", "inkoop@hofmanlogistiek.nl",
        "Herinnering: factuur 2026-058 nog niet ontvangen", d,
        "Goedemiddag,\n\nBij het nalopen van mijn administratie zie ik dat factuur 2026-058 van 15 oktober 2026 (€ 1.452,00, "
        "vervallen op 14 november) nog openstaat.\nWilt u nagaan of de betaling onderweg is? Zo niet, dan ontvang ik het bedrag "
        "graag binnen 7 dagen op %s t.n.v. Tekstbureau Veld.\nMocht u al betaald hebben, dan kunt u deze mail als niet verzonden "
        "beschouwen.\n\nVriendelijke groet,\nMarjolein Veld\nTekstbureau Veld\n" % sp(iba),
        "A reminder about an invoice sent earlier; it is not a new invoice.",
        "Invoice number, amount, old due date, a new 7-day term and an IBAN, all in a typed mail.")

    # N5 Yuki openstaande posten (statement)
    d = D(2026, 11, 30)
    p = Page()
    p.text(56, 56, "Kroes Installatietechniek B.V.", 12, True)
    p.text(56, 68, "Industrieweg 18 | 7031 BK Wehl", 8)
    for k, t in enumerate(["Camping De Slingeborgh", "t.a.v. de administratie", "Slingeborgh 4", "7021 KD Zelhem"]):
        p.text(56, 150 + 13 * k, t, 10)
    p.text(56, 240, "Overzicht openstaande posten per %s" % date(d, "dmy-"), 13, True)
    p.text(56, 262, "Debiteurnummer 20871", 9)
    y = 295
    for x, h, al in [(56, "Factuur", "left"), (140, "Datum", "left"), (230, "Vervaldatum", "left"), (400, "Bedrag", "right"),
                     (470, "Betaald", "right"), (539, "Open", "right")]:
        p.text(x, y, h, 8.5, True, al)
    p.rule(56, y + 4, 539, y + 4); y += 17
    rows = [("VF26-01322", D(2026, 8, 29), 96800, 0), ("VF26-01590", D(2026, 10, 10), 245210, 100000), ("VF26-01744", D(2026, 11, 4), 38115, 0)]
    op = 0
    for n, dd, a, b in rows:
        for x, t, al in [(56, n, "left"), (140, date(dd, "dmy-"), "left"), (230, date(dd + TD(days=30), "dmy-"), "left"),
                         (400, money(a, "nl"), "right"), (470, money(b, "nl"), "right"), (539, money(a - b, "nl"), "right")]:
            p.text(x, y, t, 9, False, al)
        op += a - b; y += 14
    p.rule(56, y - 6, 539, y - 6)
    p.text(340, y + 8, "Totaal openstaand EUR", 10, True); p.right(539, y + 8, money(op, "nl"), 10, True)
    p.text(56, y + 40, "Wij verzoeken u de vervallen posten te voldoen. Heeft u inmiddels betaald, dan kunt u dit overzicht negeren.", 9)
    non("yuki", "nl", "administratie@kroes-it.nl", "Kroes Installatietechniek B.V.", "administratie@slingeborgh.nl",
        "Overzicht openstaande posten - debiteur 20871", d,
        "Geachte heer/mevrouw,\n\nBijgaand treft u een overzicht van de openstaande posten op uw debiteurnummer.\n\n"
        "Met vriendelijke groet,\nKroes Installatietechniek B.V.\n",
        "A statement of open items listing earlier invoices; not itself an invoice.",
        "Three invoice numbers, dates and a grand total open; partial payment column.", [p], "Openstaande_posten_20871.pdf")

    # N6 Factuursturen pro-forma
    d = D(2026, 11, 26)
    items = [("Zonnescherm knikarm 400 x 300 cm, RAL 7016", 1, 238000, 21), ("Motor + afstandsbediening", 1, 41500, 21)]
    net, vats, tot, lines = calc(items)
    m = eur_nl
    p = simple_doc([("Zonwering Brouwer", 14, True), ("Dorpsstraat 77 · 1689 EW Zwaag", 8, False)],
                   ["Stichting Dorpshuis De Kolk", "t.a.v. penningmeester", "Kolkweg 1", "1687 AB Wognum"], "PRO FORMA FACTUUR",
                   [("Nummer", "PF-2026-0033"), ("Datum", date(d, "dmy-"))],
                   [("Omschrijving", 56, "left"), ("Aantal", 360, "right"), ("Prijs", 440, "right"), ("Totaal", 539, "right")],
                   tbl(items, lines, "dqun", m, "nl"),
                   [("Subtotaal", m(net), False), ("Btw 21%", m(vats[21][1]), False), ("Totaal", m(tot), True)],
                   ["Dit is een pro-formafactuur ten behoeve van uw subsidieaanvraag en geen btw-factuur.",
                    "U hoeft dit bedrag niet te betalen; de factuur volgt na montage."],
                   [(56, ["KvK 37091288 · btw NL001902773B41"])])
    non("factuursturen", "nl", "facturen@factuursturen.nl", "Zonwering Brouwer", "penningmeester@dorpshuisdekolk.nl",
        "Pro forma factuur PF-2026-0033", d,
        "Geachte penningmeester,\n\nZoals gevraagd ontvangt u hierbij een pro-formafactuur voor de subsidieaanvraag.\n\n"
        "Met vriendelijke groet,\nZonwering Brouwer\n\n---\nVerzonden via Factuursturen.nl\n",
        "A pro-forma for a grant application; it says it need not be paid and the invoice follows.",
        "Titled 'PRO FORMA FACTUUR' with a full totals table; platform sender.", [p], "PF-2026-0033.pdf",
        extra=hdrs(("Reply-To", "info@zonweringbrouwer.nl")), env_from="bounce@factuursturen.nl")

    # N7 did you receive my invoice?
    d = D(2026, 12, 1)
    non("typed", "nl", "kees@keesfotografeert.nl", "Kees Oomen", "info@bloemenhuisdelinde.nl", "Factuur goed aangekomen?", d,
        "Hoi Ilse,\n\nKorte vraag: heb je mijn factuur van vorige week (2026-044, de productfoto's voor de webshop) goed ontvangen? "
        "Ik kreeg een melding dat de mail misschien in de spam beland is.\nLaat maar even weten, dan stuur ik hem anders nog een keer.\n\n"
        "Groetjes,\nKees\n",
        "Asks whether an earlier invoice arrived; no new invoice and no amount.",
        "Subject and body name 'factuur' and an invoice number.")

    # N8 SEPA direct-debit pre-notification
    d = D(2026, 12, 1)
    non("sports-club", "nl", "penningmeester@zwemclubdezeehond.nl", "ZC De Zeehond", "p.kuipers@planet.nl",
        "Vooraankondiging incasso contributie januari 2027", d,
        "Beste heer Kuipers,\n\nOp of rond 2 januari 2027 schrijven wij de contributie voor het eerste kwartaal van 2027 af van "
        "rekening NL** **** **** **12 34.\n\nBedrag: € 96,00\nMachtigingskenmerk: ZDZ-00418\nIncassant-ID: NL33ZZZ402918770000\n"
        "Omschrijving: Contributie Q1 2027 - lid 418\n\nU hoeft zelf niets te doen. Klopt er iets niet? Mail de penningmeester "
        "vóór 20 december.\n\nMet sportieve groet,\nPenningmeester ZC De Zeehond\n",
        "A direct-debit pre-notification: the club collects the amount itself; nothing to transfer.",
        "Amount, a mandate reference and a date; masked account number.")

    # N9 price-change notice (HTML)
    d = D(2026, 11, 25)
    html = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Geachte klant,</p>"
            "<p>Per <b>1 januari 2027</b> passen wij onze tarieven aan. Door de stijging van de cao-lonen in de schoonmaakbranche "
            "(+4,1%) en hogere kosten voor materialen stijgen onze tarieven met 4,8%.</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Dienst</th><th>2026</th><th>2027</th></tr>"
            "<tr><td>Kantoorschoonmaak per uur</td><td>€ 34,50</td><td>€ 36,15</td></tr>"
            "<tr><td>Glasbewassing per beurt</td><td>€ 145,00</td><td>€ 152,00</td></tr></table>"
            "<p>U ontvangt uw eerste factuur tegen het nieuwe tarief begin februari. Heeft u vragen, neem dan contact op met uw "
            "vaste contactpersoon.</p><p>Met vriendelijke groet,<br>Schoonmaakbedrijf Glans &amp; Co<br>Reeleezee-klantnr. 4471</p>"
            "</body></html>")
    non("reeleezee", "nl", "info@glansenco.nl", "Schoonmaakbedrijf Glans & Co", "facilitair@notariaat-westhove.nl",
        "Tariefaanpassing per 1 januari 2027", d, html,
        "A notice of new prices from next year; the next invoice will follow.",
        "Price table with euro amounts and 'factuur' in the text.", html=True)

    # N10 delivery note (pakbon) PDF
    d = D(2026, 11, 27)
    p = Page()
    p.text(56, 56, "Koffiebranderij Het Zwarte Paard", 12, True)
    p.text(56, 68, "Vismarkt 9, 4811 WE Breda", 8)
    p.text(56, 140, "Afleveradres", 8, True)
    for k, t in enumerate(["Hotel De Kroon", "t.a.v. inkoop F&B", "Haven 2", "4811 WP Breda"]):
        p.text(56, 153 + 13 * k, t, 10)
    p.text(56, 240, "PAKBON", 16, True)
    for k, (a, b) in enumerate([("Pakbonnummer", "PB-26-1190"), ("Datum", date(d, "dmy/")), ("Uw order", "HK-8812"), ("Colli", "3")]):
        p.text(330, 153 + 13 * k, a, 9); p.text(430, 153 + 13 * k, b, 9)
    y = 280
    for x, h, al in [(56, "Artikelnr.", "left"), (140, "Omschrijving", "left"), (420, "Besteld", "right"), (539, "Geleverd", "right")]:
        p.text(x, y, h, 8.5, True, al)
    p.rule(56, y + 4, 539, y + 4); y += 17
    for a, b, c, e_ in [("ZP-HB1", "Huisblend 1 kg bonen", "24", "24"), ("ZP-DEC", "Decaf Colombia 1 kg", "6", "4"),
                        ("ZP-CH", "Chai siroop 750 ml", "6", "6")]:
        p.text(56, y, a, 9); p.text(140, y, b, 9); p.right(420, y, c, 9); p.right(539, y, e_, 9); y += 14
    p.text(56, y + 20, "Nalevering 2 x Decaf volgt. De factuur ontvangt u apart per e-mail.", 9)
    p.text(56, y + 50, "Ontvangen in goede orde: ____________________", 9)
    non("sumup-invoices", "nl", "bestellen@hetzwartepaard.nl", "Koffiebranderij Het Zwarte Paard", "inkoop@hoteldekroon-breda.nl",
        "Pakbon PB-26-1190 bij uw order HK-8812", d,
        "Goedemorgen,\n\nVandaag leveren we uw bestelling. In de bijlage de pakbon. Let op: 2 kilo decaf wordt nageleverd.\n\n"
        "Groet,\nTeam Het Zwarte Paard\n",
        "A delivery note without prices; the invoice is sent separately.",
        "Numbers, dates and quantities only; says the invoice follows.", [p], "Pakbon_PB-26-1190.pdf")


def en_non():
    # N11 Invoicely estimate
    d = D(2026, 11, 23)
    items = [("Brand identity package (logo, palette, type)", 1, 320000, 0), ("Stationery design", 1, 65000, 0)]
    net, vats, tot, lines = calc(items)
    m = lambda c: "$" + money(c, "en")  # noqa: E731
    p = simple_doc([("Sanne Hoogland Illustration", 14, True), ("Utrecht, The Netherlands", 8, False)],
                   ["Copper Kettle Bakehouse", "Attn: Rosa Delgado", "412 Elm Street", "Portland, OR 97205", "USA"], "Estimate",
                   [("Estimate #", "EST-0019"), ("Date", date(d, "us")), ("Expires", date(d + TD(days=30), "us"))],
                   [("Item", 56, "left"), ("Qty", 360, "right"), ("Price", 440, "right"), ("Amount", 539, "right")],
                   tbl(items, lines, "dqun", m, "en"), [("Subtotal", m(net), False), ("Total", m(tot), True)],
                   ["A 40% deposit is invoiced upon acceptance of this estimate.", "Powered by Invoicely"], [])
    non("invoicely", "en", "notifications@invoicely.com", "Sanne Hoogland Illustration", "rosa@copperkettlebakehouse.com",
        "Estimate EST-0019 from Sanne Hoogland Illustration", d,
        "Hi Rosa Delgado,\n\nSanne Hoogland Illustration has sent you an estimate (EST-0019) for $3,850.00.\n\n"
        "View & Accept Estimate: https://sannehoogland.invoicely.com/e/EST-0019\n",
        "An estimate to accept; nothing is owed until it is accepted and invoiced.",
        "Same tool and business as an invoice in this set; totals and an expiry date.", [p], "Estimate-EST-0019.pdf",
        extra=hdrs(("Reply-To", "sanne@sannehoogland.art")))

    # N12 thank-you for payment (Sage user, typed)
    d = D(2026, 11, 26)
    non("sage-50", "en", "accounts@penninevalve.co.uk", "Accounts - Pennine Valve & Pump", "ap@calderbrew.co.uk",
        "Remittance received - thank you", d,
        "Good afternoon,\n\nThank you for your remittance advice and payment of £2,418.60 received today by BACS, which clears "
        "invoices 10688 and 10701 in full.\n\nYour account is now up to date.\n\nRegards\n\nSue Haigh\nCredit Control\nPennine Valve & Pump Ltd\n",
        "Thanks the customer for a payment; the account is settled.",
        "Amount with £ and two invoice numbers; 'Credit Control' signature.")

    # N13 subscription renewal notice (HTML)
    d = D(2026, 11, 29)
    html = ("<html><body style=\"font-family:-apple-system,Segoe UI,sans-serif\"><div style=\"max-width:520px;margin:auto\">"
            "<h3>Your Tidemark Pro plan renews soon</h3><p>Hi Jordan,</p>"
            "<p>This is a reminder that your annual <b>Tidemark Pro</b> subscription (10 seats) will renew automatically on "
            "<b>December 14, 2026</b>. Your card ending in 4242 will be charged <b>$3,456.00</b> (incl. tax).</p>"
            "<p>No action is needed. To change seats or cancel, visit <a href=\"https://app.tidemark.io/billing\">Billing settings</a> "
            "before the renewal date. An invoice will be emailed once the payment has been processed.</p>"
            "<p>Thanks,<br>The Tidemark team</p></div></body></html>")
    non("saas-reseller", "en", "billing@tidemark.io", "Tidemark Analytics", "jordan@brightlane.io", "Upcoming renewal: Tidemark Pro",
        d, html, "A notice of an upcoming automatic card charge; the invoice follows after payment.",
        "Amount and a date in the future; says an invoice will be emailed later.", html=True)

    # N14 forwarded supplier bill to the bookkeeper
    d = D(2026, 11, 24)
    non("forwarded", "en", "oliver@clarkedata.nl", "Oliver Clarke", "bookkeeping@numbersnest.nl", "Fwd: Your invoice INV-88213 from CloudRack Hosting",
        d, "Hi Femke,\n\nFor the November books - this one is paid by credit card already.\n\nOliver\n\n"
        "---------- Forwarded message ---------\nFrom: CloudRack Hosting <billing@cloudrack.example>\nDate: Mon, 23 Nov 2026\n"
        "Subject: Your invoice INV-88213 from CloudRack Hosting\nTo: oliver@clarkedata.nl\n\n"
        "Invoice INV-88213\nBilled to: Clarke Data Consulting\nVPS Medium (monthly) .... €24.00\nVAT 21% .... €5.04\nTotal .... €29.04\n"
        "Paid by Visa ending 0071 on 23 November 2026.\n",
        "A bill the business received from its own supplier, forwarded to its bookkeeper; the business is the debtor here.",
        "The forwarded text is an invoice with number, total and 'Billed to' the business itself.",
        to_hdr="Femke (Numbers Nest) <bookkeeping@numbersnest.nl>")

    # N15 credit-note announcement without the credit note
    d = D(2026, 11, 30)
    non("typed", "en", "sales@brasseriesupply.nl", "Brasserie Supply Co.", "orders@thegreenfig.co.uk", "Re: damaged pans - credit",
        d, "Hi Tom,\n\nSorry again about the two dented sauté pans. We will issue a credit note for €118.58 incl. VAT against "
        "invoice 1107 - you'll receive it from our accounts system early next week, and you can deduct it from your next payment.\n\n"
        "Best,\nDaan\nBrasserie Supply Co.\n",
        "Announces a credit note that has not been issued yet; no document with a number.",
        "Amount and an invoice number; the credit note itself comes later.")

    # N16 order confirmation (translation job)
    d = D(2026, 11, 26)
    non("translation-agency", "en", "projects@lingowerk.nl", "Lingowerk Projects", "j.weidner@kessler-hydraulik.de",
        "Order confirmation - job 26-9034 (EN>PL, 8,400 words)", d,
        "Dear Mr Weidner,\n\nThank you for your order. We confirm:\n\nJob: 26-9034\nLanguage pair: EN > PL\nWord count: 8,400 "
        "(after CAT analysis: 6,912 weighted words)\nRate: € 0.13 per weighted word\nEstimated fee: € 898.56 (excl. VAT, reverse charge)\n"
        "Delivery: 9 December 2026, 12:00 CET\nYour PO: 4711-1004\n\nThe invoice will be sent after delivery, together with the "
        "other jobs of this month.\n\nKind regards,\nAnnelies de Groot\nProject Manager\n",
        "An order confirmation with an estimated fee; the invoice follows after delivery.",
        "Job number, rate, amount and a PO number, like the agency's invoice.")

    # N17 deposit request that is not yet the invoice
    d = D(2026, 11, 27)
    iba = ib("NL")
    non("bookipi", "en", "maren@marenvisser-conservation.nl", "Maren Visser", "collections@harlingenmaritime.org",
        "Treatment of 'Harbour at dusk' - deposit before I start", d,
        "Dear Mr Hallworth,\n\nThank you for confirming the treatment. Before I order the materials I would like to ask for a "
        "deposit of 30%% of the estimate, i.e. EUR 1,350.00, to %s (M. Visser).\n\nPlease note this mail is not an invoice: "
        "the deposit and the balance will both appear on my invoice when the work is finished, and you can use it for your "
        "records then.\n\nWarm regards,\nMaren Visser\n" % sp(iba),
        "Asks for a deposit but states it is not an invoice; the invoice follows when the work is done.",
        "Amount, IBAN and a request to pay - only the explicit disclaimer keeps it from being an invoice.")

    # N18 voided invoice notice
    d = D(2026, 11, 21)
    non("invoicely", "en", "notifications@invoicely.com", "Sanne Hoogland Illustration", "danielle@brightwaterkids.com",
        "Invoice INV-0041 has been voided", d,
        "Hi Danielle Ortiz,\n\nSanne Hoogland Illustration has voided invoice INV-0041 ($2,050.00). You don't need to pay it.\n"
        "A corrected invoice (INV-0042) has been sent separately.\n\nQuestions? Reply to this email.\n",
        "Tells the customer an invoice was cancelled; nothing is owed by this mail.",
        "Invoice number and amount in subject and body; same debtor as an invoice in this set.",
        extra=hdrs(("Reply-To", "sanne@sannehoogland.art")))


def de_non():
    # N19 Kostenvoranschlag (WISO MeinBüro)
    d = D(2026, 11, 19)
    items = [("Austausch Gastherme (Brennwert 24 kW) inkl. Abgasanlage", 1, 612000, 19), ("Demontage und Entsorgung Altgerät", 1, 38000, 19),
             ("Arbeitszeit Monteur, ca.", 12, 6900, 19)]
    net, vats, tot, lines = calc(items)
    m = eur_de
    p = simple_doc([("SANITÄR HOFFMANN", 15, True), ("Meisterbetrieb · Bahnhofstr. 61 · 32423 Minden", 8, False)],
                   ["Herrn", "Günter Vahle", "Kuhlenstraße 8", "32427 Minden"], "Kostenvoranschlag Nr. KV-2026-0218",
                   [("Datum", date(d, "dmy.")), ("Kunden-Nr.", "4502"), ("Bindefrist", "4 Wochen")],
                   [("Leistung", 56, "left"), ("Menge", 360, "right"), ("EP", 440, "right"), ("GP", 539, "right")],
                   tbl(items, lines, "dqun", m, "de"),
                   [("Summe netto", m(net), False), ("MwSt. 19 %", m(vats[19][1]), False), ("Voraussichtliche Summe", m(tot), True)],
                   ["Dieser Kostenvoranschlag ist unverbindlich; Abweichungen bis 15 % bleiben vorbehalten.",
                    "Bei Auftragserteilung bitten wir um Ihre Unterschrift."], [(56, ["Inh. Klaus Hoffmann · USt-IdNr. DE811290447"])])
    non("wiso-meinbuero", "de", "buero@sanitaer-hoffmann-minden.de", "Sanitär Hoffmann", "g.vahle@t-online.de",
        "Kostenvoranschlag Gastherme", d,
        "Sehr geehrter Herr Vahle,\n\nwie besprochen erhalten Sie anbei unseren Kostenvoranschlag für den Austausch Ihrer Gastherme.\n\n"
        "Mit freundlichen Grüßen\nKlaus Hoffmann\n",
        "A non-binding cost estimate (Kostenvoranschlag); nothing is owed.",
        "Same business as an invoice in this set; totals labelled 'Voraussichtliche Summe'.", [p], "KV-2026-0218.pdf")

    # N20 Lieferschein
    d = D(2026, 11, 24)
    p = Page()
    p.text(56, 56, "Holzmanufaktur Brenner GmbH", 12, True)
    p.text(56, 68, "Sägewerkstraße 4 · 83278 Traunstein", 8)
    for k, t in enumerate(["Café Rosengarten", "Frau Anna Huber", "Ludwigstraße 14", "83278 Traunstein"]):
        p.text(56, 150 + 13 * k, t, 10)
    p.text(56, 240, "Lieferschein LS-2026-0871", 14, True)
    for k, (a, b) in enumerate([("Lieferdatum", date(d, "dmy.")), ("Auftrag", "AB-2026-0533"), ("Kundennr.", "K-10301")]):
        p.text(360, 150 + 13 * k, a, 9); p.text(450, 150 + 13 * k, b, 9)
    y = 280
    for x, h, al in [(56, "Pos.", "left"), (90, "Artikel", "left"), (539, "Menge", "right")]:
        p.text(x, y, h, 9, True, al)
    p.rule(56, y + 4, 539, y + 4); y += 17
    for k, (a, b) in enumerate([("Bistrotisch Eiche 70 x 70 cm", "6 Stk."), ("Sitzbank Eiche 180 cm, geölt", "2 Stk."),
                                ("Pflegeöl 0,75 l", "1 Dose")]):
        p.text(56, y, str(k + 1), 9); p.text(90, y, a, 9); p.right(539, y, b, 9); y += 14
    p.text(56, y + 24, "Ware vollständig und unbeschädigt erhalten:", 9)
    p.text(56, y + 50, "Datum / Unterschrift ______________________", 9)
    p.text(56, y + 74, "Die Rechnung erhalten Sie gesondert.", 9)
    non("lexware-office", "de", "rechnung@holz-brenner.de", "Holzmanufaktur Brenner GmbH", "info@cafe-rosengarten.de",
        "Lieferschein LS-2026-0871 zu Ihrem Auftrag AB-2026-0533", d,
        "Sehr geehrte Frau Huber,\n\nanbei der Lieferschein zur heutigen Lieferung.\n\nMit freundlichen Grüßen\nHolzmanufaktur Brenner\n",
        "A delivery note without prices; the invoice is sent separately.",
        "Sent from the billing address with a numbered document and a date.", [p], "Lieferschein_LS-2026-0871.pdf")

    # N21 own typed Zahlungserinnerung
    d = D(2026, 12, 2)
    iba = ib("DE")
    non("typed", "de", "mail@lenahartwig.de", "Lena Hartwig", "info@yogaraum-plagwitz.de", q("Kurze Erinnerung – Rechnung 2026-0061"), d,
        "Hallo Frau Reinhardt,\n\nsicher ist es im Trubel untergegangen: Meine Rechnung 2026-0061 vom 20.10.2026 über 856,80 € "
        "ist noch offen (fällig war sie am 03.11.2026).\nIch wäre Ihnen dankbar, wenn Sie den Betrag in den nächsten Tagen auf "
        "%s überweisen.\n\nFalls sich das mit Ihrer Zahlung überschnitten hat, betrachten Sie diese Mail bitte als gegenstandslos.\n\n"
        "Viele Grüße\nLena Hartwig\n" % sp(iba),
        "A friendly payment reminder about an earlier invoice; not a new invoice.",
        "Number, date, amount, old due date and IBAN all present; subject encoded.")

    # N22 Saldenbestätigung (ERP)
    d = D(2026, 11, 30)
    p = Page()
    p.text(56, 50, "Rheinmetallwerk Kessel AG", 12, True)
    p.text(56, 62, "Debitorenbuchhaltung · Hammfelddamm 20 · 41460 Neuss", 7)
    for k, t in enumerate(["Westfalen Pumpen GmbH", "Buchhaltung", "Am Lippeufer 8", "59071 Hamm"]):
        p.text(56, 145 + 13 * k, t, 10)
    p.text(56, 235, "Saldenbestätigung zum 30.11.2026", 13, True)
    p.text(56, 255, "Debitor 0010051180 · Buchungskreis DE10", 8)
    y = 285
    for x, h, al in [(56, "Beleg", "left"), (150, "Belegdatum", "left"), (260, "Fällig", "left"), (539, "Betrag EUR", "right")]:
        p.text(x, y, h, 8, True, al)
    p.rule(56, y + 3, 539, y + 3); y += 14
    bal = 0
    for n, dd, a in [("9400179920", D(2026, 10, 28), 1834722), ("9400181105", D(2026, 11, 6), 611840), ("1600022871", D(2026, 11, 12), -200000)]:
        p.text(56, y, n, 8); p.text(150, y, date(dd, "dmy."), 8); p.text(260, y, date(dd + TD(days=30), "dmy."), 8)
        p.right(539, y, money(a, "de"), 8); bal += a; y += 12
    p.rule(56, y - 4, 539, y - 4)
    p.text(330, y + 8, "Saldo zu unseren Gunsten", 9, True); p.right(539, y + 8, money(bal, "de"), 9, True)
    for k, t in enumerate(["Bitte bestätigen Sie uns den Saldo bis zum 15.12.2026 durch Rücksendung dieses Schreibens.",
                           "Dies ist keine Zahlungsaufforderung.", "Saldo bestätigt: ______________________  (Stempel/Unterschrift)"]):
        p.text(56, y + 40 + 13 * k, t, 8)
    non("sap-erp", "de", "sap-output@rmw-kessel.de", "RMW Kessel Debitorenbuchhaltung", "buchhaltung@westfalen-pumpen.de",
        "Saldenbestätigung Debitor 0010051180", d,
        "Sehr geehrte Damen und Herren,\n\nim Rahmen unseres Jahresabschlusses bitten wir um Bestätigung des beigefügten Saldos.\n\n"
        "Diese E-Mail wurde automatisch erzeugt.\n",
        "A balance confirmation request for the year-end audit; it says it is not a payment request.",
        "ERP document with invoice numbers, due dates and a balance; a payment (negative) among them.", [p], "SALDENBEST_0010051180.PDF",
        extra=hdrs(("Reply-To", "debitoren@rmw-kessel.de")))

    # N23 Preisanpassung (HTML, Austria)
    d = D(2026, 11, 26)
    html = ("<html><body style=\"font-family:Georgia,serif\"><p>Liebe Kundinnen und Kunden,</p>"
            "<p>ab <b>1. Jänner 2027</b> müssen wir unsere Preise leider anpassen. Mehl, Butter und Energie sind im vergangenen Jahr "
            "deutlich teurer geworden.</p><ul><li>Semmel: € 0,55 statt € 0,52</li><li>Bauernbrot 1 kg: € 5,40 statt € 5,10</li>"
            "<li>Zustellung pro Fahrt: € 18,00 statt € 15,00</li></ul>"
            "<p>Ihre Rechnungen erhalten Sie weiterhin wöchentlich per E-Mail. Danke für Ihre Treue!</p>"
            "<p>Herzlich,<br>Familie Pichler<br>Hofbäckerei Pichler, Wels</p></body></html>")
    non("sumup-invoices", "de", "bestellung@hofbaeckerei-pichler.at", "Hofbäckerei Pichler", "kueche@gasthof-linde-wels.at",
        "Preisanpassung ab 1. Jänner 2027", d, html,
        "A price-change notice; no amount is owed.",
        "Austrian ('Jänner'); prices in € and the word 'Rechnungen'.", html=True)

    # N24 Zahlungseingang bestätigt
    d = D(2026, 11, 27)
    non("easybill", "de", "rechnung@holz-brenner.de", "Holzmanufaktur Brenner GmbH", "verwaltung@praxis-lechner.de",
        "Zahlungseingang zu Rechnung RE-2026-1102", d,
        "Sehr geehrte Frau Berger,\n\nwir bestätigen den Eingang Ihrer Zahlung über 3.129,98 € zur Rechnung RE-2026-1102 am 26.11.2026. "
        "Die Rechnung ist damit vollständig beglichen (Skontoabzug 2 % berücksichtigt).\n\nVielen Dank!\n\n"
        "Mit freundlichen Grüßen\nHolzmanufaktur Brenner GmbH\n",
        "Confirms that a payment was received; the invoice is settled.",
        "Same sender and recipient as an invoice in this set; amount and invoice number.",
        env_from="bounce@mail.easybill.de")

    # N25 appointment confirmation with a no-show fee notice
    d = D(2026, 12, 1)
    non("paramedical", "de", "praxis@physio-am-dom.de", "Physiotherapie am Dom", "k.brandl@gmx.net", q("Terminbestätigung – Krankengymnastik"), d,
        "Guten Tag Herr Brandl,\n\nhiermit bestätigen wir Ihre Termine:\n\nDi, 08.12.2026, 07:30 Uhr\nDo, 10.12.2026, 07:30 Uhr\n"
        "Di, 15.12.2026, 07:30 Uhr\n\nBitte bringen Sie Ihre Verordnung und ein Handtuch mit. Termine, die nicht mindestens 24 Stunden "
        "vorher abgesagt werden, stellen wir mit 35,00 € privat in Rechnung.\n\nIhr Team der Physiotherapie am Dom\nDomplatz 3, 93047 Regensburg\n",
        "An appointment confirmation that mentions a possible no-show fee; nothing is invoiced.",
        "Dates, an amount and 'in Rechnung' stellen in the text.")


def check(recs):
    """Every record valid; every printed fact findable; UBL equal to `expected`."""
    import re
    import xml.etree.ElementTree as ET
    errs, warns = [], []
    keys = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
            "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]
    for r in recs:
        i = r["id"]
        for k in ("id", "tool", "lang", "kind", "is_invoice", "why_not", "envelope", "eml", "expected", "note"):
            if k not in r:
                errs.append((i, "missing " + k))
        if ("@@PDF@@" in r["eml"]) != ("pdf" in r):
            errs.append((i, "@@PDF@@ and pdf disagree"))
        if any(ord(c) > 127 for c in r["eml"].split("\n\n", 1)[0]):
            errs.append((i, "non-ASCII header"))
        texts = [r["eml"]]
        for pg in r.get("pdf", {}).get("pages", []):
            for it in pg["items"]:
                texts.append(it["text"])
                w = len(it["text"]) * it["size"] * 0.5
                if it["align"] == "left" and it["x"] + w > 575:
                    warns.append((i, "maybe too wide: " + it["text"][:40]))
        hay = "\n".join(texts)
        if r.get("ubl"):
            hay += r["ubl"]
        hay_ns = re.sub(r"\s", "", hay)
        e = r["expected"]
        if r["is_invoice"] != (e is not None) or (r["kind"] == "none") == r["is_invoice"]:
            errs.append((i, "label/kind mismatch"))
        if e is None:
            if not r["why_not"]:
                errs.append((i, "no why_not"))
            continue
        if sorted(e) != sorted(keys):
            errs.append((i, "expected keys"))
        # field types (README table): `business` says whether the debtor is a business (bool, None for a WEG)
        if e["business"] not in (True, False, None):
            errs.append((i, "business is not true/false/null"))
        if not isinstance(e["credit_note"], bool):
            errs.append((i, "credit_note not a boolean"))
        for k in ("amount_due_cents", "amount_total_cents"):
            if type(e[k]) is not int:
                errs.append((i, k + " not an integer"))
        for k in ("issue_date", "due_date"):
            if e[k] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e[k]):
                errs.append((i, k + " not an ISO date"))
        if e["language"] != r["lang"] or e["language"] not in ("nl", "en", "de"):
            errs.append((i, "language"))
        if not re.fullmatch(r"[A-Z]{3}", e["currency"]):
            errs.append((i, "currency"))
        for k in ("number", "debtor_name", "debtor_email"):
            if not isinstance(e[k], str) or not e[k]:
                errs.append((i, k + " not a string"))
        for k in ("payment_reference", "iban"):
            if e[k] is not None and not isinstance(e[k], str):
                errs.append((i, k + " not a string or null"))
        if e["number"] not in hay:
            errs.append((i, "number not printed"))
        for k in ("amount_due_cents", "amount_total_cents"):
            c = e[k]
            forms = set()
            for st in ("nl", "en", "ch", "plain", "de"):
                forms.add(money(c, st)); forms.add(money(abs(c), st))
            if not any(f in hay or f.replace("'", " ") in hay for f in forms):
                errs.append((i, k + " not printed"))
        d = datetime.date.fromisoformat(e["issue_date"])
        if not any(date(d, st, l) in hay for st in ("dmy-", "dmy.", "dmy/", "iso", "long", "us", "short-en")
                   for l in ("nl", "en", "de")):
            errs.append((i, "issue date not printed"))
        if e["debtor_name"] not in hay:
            errs.append((i, "debtor not printed"))
        if e["debtor_email"] not in r["envelope"]["rcpt_to"]:
            errs.append((i, "debtor email not a recipient"))
        if e["iban"]:
            ib_ = e["iban"]
            if int("".join(str(int(c, 36)) for c in ib_[4:] + ib_[:4])) % 97 != 1:
                errs.append((i, "IBAN checksum"))
            if ib_ not in hay and sp(ib_) not in hay:
                errs.append((i, "IBAN not printed"))
        if e["payment_reference"] and e["payment_reference"] not in hay and e["payment_reference"] not in hay_ns:
            errs.append((i, "reference not printed"))
        if e["credit_note"] != (e["amount_due_cents"] < 0):
            errs.append((i, "credit sign"))
        if r["kind"] == "pdf+ubl":
            ns = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
                  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"}
            x = ET.fromstring(r["ubl"].encode())
            g = lambda p: (x.find(p, ns).text if x.find(p, ns) is not None else None)  # noqa: E731
            pairs = [(g("cbc:ID"), e["number"]), (g("cbc:IssueDate"), e["issue_date"]), (g("cbc:DueDate"), e["due_date"]),
                     (g("cbc:DocumentCurrencyCode"), e["currency"]),
                     (g("cac:LegalMonetaryTotal/cbc:PayableAmount"), "%.2f" % (abs(e["amount_due_cents"]) / 100.0)),
                     (g("cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"), "%.2f" % (abs(e["amount_total_cents"]) / 100.0)),
                     (g("cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name"), e["debtor_name"]),
                     (g("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"), e["iban"]),
                     (g("cac:PaymentMeans/cbc:PaymentID"), e["payment_reference"])]
            for a, b in pairs:
                if a != b:
                    errs.append((i, "UBL %r != %r" % (a, b)))
            if r["ubl"] not in r["eml"]:
                errs.append((i, "UBL not attached in eml"))
    return errs, warns


def main():
    nl_invoices()
    en_invoices()
    de_invoices()
    nl_non()
    en_non()
    de_non()
    random.Random(20261211).shuffle(RECS)
    for k, r in enumerate(RECS, 1):
        r["id"] = "inv-hold11-%03d" % k
    errs, warns = check(RECS)
    for w in warns:
        print("warn", *w)
    for e in errs:
        print("ERROR", *e)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout11.jsonl")
    mk.write(os.path.normpath(out), RECS)
    print(len(RECS), "records")


if __name__ == "__main__":
    main()
