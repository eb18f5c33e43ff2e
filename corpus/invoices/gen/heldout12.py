"""heldout12: a twelfth held-out set, built around trades and sectors (not invoicing
tools): each invoice is written the way that trade bills — its own lines, units, terms,
references and habits — and each non-invoice is a mail those trades really send from
their billing address.  Seed 20261212.  Amounts and dates are computed here and printed
from those values.  Usage: python3 gen/heldout12.py [out.jsonl]"""
import base64
import datetime
import email.header
import os
import random
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261212
rng = random.Random(SEED)
D = datetime.date
TD = datetime.timedelta
RECS = []


# ---------------------------------------------------------------- helpers
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode()


def iban(country):
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    bban = {"CH": lambda: "".join(rng.choice("0123456789") for _ in range(17)),
            "AT": lambda: "".join(rng.choice("0123456789") for _ in range(16)),
            "IE": lambda: rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice("0123456789") for _ in range(14))}[country]()
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def nl_kenmerk():
    """A 16-digit Dutch betalingskenmerk with its leading check digit (weights 2,4,8,5,10,9,7,3,6,1)."""
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(15))
        w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
        s = sum(int(c) * w[i % 10] for i, c in enumerate(reversed(body)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return str(c) + body


def rf_ref(base):
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, base)


def ogm():
    n = rng.randint(10 ** 9, 10 ** 10 - 1)
    c = n % 97 or 97
    s = "%010d%02d" % (n, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def qr_ref(base26):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in base26:
        carry = t[(carry + int(ch)) % 10]
    return base26 + str((10 - carry) % 10)


def qr_spaced(r):
    return r[:2] + " " + " ".join(r[k:k + 5] for k in range(2, 27, 5))


def groups(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def fm(c, f):
    """Money as the record prints it."""
    if f == "nl":
        return "€ " + mk.money(c, "nl")
    if f == "de":
        return mk.money(c, "de") + " €"
    if f == "eur":
        return "EUR " + mk.money(c, "de")
    if f == "gbp":
        return ("-£" if c < 0 else "£") + mk.money(abs(c), "en")
    if f == "usd":
        return ("-$" if c < 0 else "$") + mk.money(abs(c), "en")
    if f == "eur-en":
        return ("-€" if c < 0 else "€") + mk.money(abs(c), "en")
    if f == "chf":
        return "CHF " + mk.money(c, "ch")
    return mk.money(c, {"nl0": "nl", "de0": "de", "en0": "en", "ch0": "ch"}[f])


def qty(q, lang):
    s = ("%g" % q)
    return s.replace(".", ",") if lang in ("nl", "de") else s


def calc(lines, incl=False):
    """lines: (desc, qty, unit, unit_cents, rate). Returns per-line nets, net, vat by rate, total."""
    nets = [round(q * p) for (_, q, _, p, _) in lines]
    by = {}
    for (l, n) in zip(lines, nets):
        by[l[4]] = by.get(l[4], 0) + n
    if incl:
        total = sum(nets)
        vat = {r: round(v - v / (1 + r / 100.0)) for r, v in by.items()}
        return nets, total - sum(vat.values()), vat, total, by
    vat = {r: round(v * r / 100.0) for r, v in by.items()}
    net = sum(nets)
    return nets, net, vat, net + sum(vat.values()), by


def month_end(d, n=0):
    y, m = d.year, d.month + n
    while m > 12:
        y, m = y + 1, m - 12
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return D(ny, nm, 1) - TD(days=1)


def lrows(lines, nets, lang, f, unit=True, pricef=None):
    out = []
    for (l, n) in zip(lines, nets):
        q = qty(l[1], lang) + ((" " + l[2]) if unit and l[2] else "")
        out.append((l[0], q, fm(l[3], pricef or f), fm(n, f)))
    return out


# ---------------------------------------------------------------- PDF layouts
def build_pdf(style, seller, addr, title, meta, cols, rows, totals, notes=(), footer=(),
              split=None, cont=("Transport", "Transport"), pagefmt=None, ret=None, after_rows=()):
    """style: 'nl' (sender right, window left), 'din' (return line + window left, info block
    right), 'en' (big title right, bill-to left), 'ch' (window right), 'plain' (typed letter)."""
    pages = []
    p = mk.Page()
    pages.append(p)

    def head(p):
        if style == "nl":
            p.text(56, 60, seller[0], 16, True)
            y = 52
            for s in seller[1:]:
                p.right(539, y, s, 8)
                y += 10
            return 140
        if style == "en":
            p.text(56, 60, seller[0], 14, True)
            y = 74
            for s in seller[1:]:
                p.text(56, y, s, 8)
                y += 10
            p.right(539, 62, title, 20, True)
            return max(y + 30, 150)
        if style == "plain":
            p.text(297, 60, seller[0], 14, True, "center")
            y = 74
            for s in seller[1:]:
                p.text(297, y, s, 9, False, "center")
                y += 11
            p.rule(56, y, 539, y)
            return y + 40
        # din / ch
        p.right(539, 56, seller[0], 13, True)
        y = 68
        for s in seller[1:]:
            p.right(539, y, s, 8)
            y += 10
        return 150

    y0 = head(p)
    ax = 330 if style == "ch" else 56
    y = y0
    if style in ("din", "ch") and ret:
        p.text(ax, y - 12, ret, 6)
        p.rule(ax, y - 9, ax + 200, y - 9)
    if style == "en":
        p.text(56, y, "BILL TO" if pagefmt != "to" else "TO", 8, True)
        y += 13
    for s in addr:
        p.text(ax, y, s, 10)
        y += 13
    # meta block
    if style in ("din",):
        my = y0
        for (k, v) in meta:
            p.text(370, my, k, 8)
            p.right(539, my, v, 8)
            my += 11
        y = max(y, my) + 30
        p.text(56, y, title, 14, True)
        y += 22
    elif style == "en":
        my = y0
        for (k, v) in meta:
            p.text(340, my, k, 9, True)
            p.right(539, my, v, 9)
            my += 13
        y = max(y, my) + 25
    elif style == "ch":
        y = max(y, y0 + 60) + 25
        p.text(56, y, title, 14, True)
        y += 20
        for (k, v) in meta:
            p.text(56, y, k, 9)
            p.text(170, y, v, 9)
            y += 12
        y += 10
    else:  # nl, plain
        y += 30
        p.text(56, y, title, 15, True)
        y += 22
        for (k, v) in meta:
            p.text(56, y, k, 9)
            p.text(180, y, v, 9)
            y += 12
        y += 12

    def table_head(p, y):
        for (h, x, al) in cols:
            p.text(x, y, h, 8, True, al)
        p.rule(56, y + 4, 539, y + 4)
        return y + 17

    y = table_head(p, y)
    sub = 0
    for i, r in enumerate(rows):
        if split is not None and i == split:
            p.text(56, y + 6, cont[0], 9, True)
            p.rule(56, y - 6, 539, y - 6)
            p.right(539, 805, (pagefmt or "Pagina {} van {}").format(1, 2), 7)
            p = mk.Page()
            pages.append(p)
            p.text(56, 56, seller[0], 10, True)
            p.right(539, 56, title, 10, True)
            y = 100
            y = table_head(p, y)
            p.text(56, y, cont[1], 9, True)
            y += 16
        first = r[0]
        rest_w = 0
        if len(cols) > 1:
            nx, nal = cols[1][1], cols[1][2]
            room = (nx - len(r[1]) * 4.5 if nal == "right" else nx) - cols[0][1] - 10
        else:
            room = 480
        wrapped = textwrap.wrap(first, max(20, int(room / 4.5))) if len(first) * 4.5 > room else [first]
        for (c, (h, x, al)) in zip((wrapped[0],) + tuple(r[1:]), cols):
            p.text(x, y, c, 9, False, al)
        for w in wrapped[1:]:
            y += 11
            p.text(cols[0][1] + 8, y, w, 9)
        y += 14
    for s in after_rows:
        p.text(56, y, s, 8)
        y += 11
    p.rule(56, y - 6, 539, y - 6)
    y += 10
    lx = 330
    for (k, v, b) in totals:
        lx = min(lx, int(539 - len(v) * 5.5 - 14 - len(k) * 5.2))
    lx = max(lx, 150)
    for (k, v, b) in totals:
        p.text(lx, y, k, 9 if not b else 10, b)
        p.right(539, y, v, 9 if not b else 10, b)
        y += 14 if not b else 16
    y += 18
    for s in notes:
        p.text(56, y, s, 9)
        y += 12
    fy = 790 - 9 * (len(footer) - 1)
    p.rule(56, fy - 12, 539, fy - 12)
    for s in footer:
        p.text(297, fy, s, 7, False, "center")
        fy += 9
    if split is not None:
        p.right(539, 805, (pagefmt or "Pagina {} van {}").format(2, 2), 7)
    return pages


def letter_pdf(seller, addr, title, paras, footer=(), style="nl", meta=(), table=None):
    """A letter-like document (quotes, reports, schedules): paragraphs and an optional table."""
    p = mk.Page()
    p.text(56, 60, seller[0], 14, True)
    yy = 52
    for s in seller[1:]:
        p.right(539, yy, s, 8)
        yy += 10
    y = 150
    for s in addr:
        p.text(56, y, s, 10)
        y += 13
    y += 25
    p.text(56, y, title, 14, True)
    y += 20
    for (k, v) in meta:
        p.text(56, y, k, 9)
        p.text(180, y, v, 9)
        y += 12
    y += 10
    if table:
        cols, rows = table
        for (h, x, al) in cols:
            p.text(x, y, h, 8, True, al)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
        for r in rows:
            for (c, (h, x, al)) in zip(r, cols):
                p.text(x, y, c, 9, r is rows[-1] and len(rows) > 1 and c == r[-1] and False, al)
            y += 14
        y += 10
    for para in paras:
        if para == "":
            y += 8
            continue
        p.text(56, y, para, 9)
        y += 12
    fy = 790 - 9 * (len(footer) - 1)
    for s in footer:
        p.text(297, fy, s, 7, False, "center")
        fy += 9
    return [p]


# ---------------------------------------------------------------- UBL
def ubl(number, issue, due, cur, seller, seller_vat, buyer, iban_, ref, lines, nets, vat, net,
        total, prepaid=0, credit=False, order=None, buyer_ref=None, note=None):
    from xml.sax.saxutils import escape as xe
    seller, buyer = xe(seller), xe(buyer)
    note = xe(note) if note else note
    order = xe(order) if order else order
    buyer_ref = xe(buyer_ref) if buyer_ref else buyer_ref
    lines = [(xe(l[0]),) + tuple(l[1:]) for l in lines]
    root = "CreditNote" if credit else "Invoice"
    ns = "urn:oasis:names:specification:ubl:schema:xsd:%s-2" % root
    sign = -1 if credit else 1
    a = lambda c: "%.2f" % (sign * c / 100.0)  # noqa: E731
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<%s xmlns="%s" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">' % (root, ns),
         "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>",
         "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>",
         "  <cbc:ID>%s</cbc:ID>" % number, "  <cbc:IssueDate>%s</cbc:IssueDate>" % issue.isoformat()]
    if due and not credit:
        x.append("  <cbc:DueDate>%s</cbc:DueDate>" % due.isoformat())
    x.append("  <cbc:%sTypeCode>%s</cbc:%sTypeCode>" % (root, "381" if credit else "380", root))
    if note:
        x.append("  <cbc:Note>%s</cbc:Note>" % note)
    x.append("  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>" % cur)
    if buyer_ref:
        x.append("  <cbc:BuyerReference>%s</cbc:BuyerReference>" % buyer_ref)
    if order:
        x.append("  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>" % order)
    x += ["  <cac:AccountingSupplierParty><cac:Party>",
          "    <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>" % seller,
          "    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" % seller_vat,
          "    <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>" % seller,
          "  </cac:Party></cac:AccountingSupplierParty>",
          "  <cac:AccountingCustomerParty><cac:Party>",
          "    <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>" % buyer,
          "  </cac:Party></cac:AccountingCustomerParty>"]
    if iban_:
        x += ["  <cac:PaymentMeans>", "    <cbc:PaymentMeansCode>%s</cbc:PaymentMeansCode>" % ("58" if iban_ else "1")]
        if ref:
            x.append("    <cbc:PaymentID>%s</cbc:PaymentID>" % ref)
        x += ["    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount>" % iban_,
              "  </cac:PaymentMeans>"]
    x.append('  <cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>' % (cur, a(sum(vat.values()))))
    for r in sorted(vat):
        base = sum(n for (l, n) in zip(lines, nets) if l[4] == r)
        x.append('    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="%s">%s</cbc:TaxableAmount>'
                 '<cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount><cac:TaxCategory><cbc:ID>%s</cbc:ID>'
                 '<cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>'
                 % (cur, a(base), cur, a(vat[r]), "S" if r else "Z", r))
    x.append("  </cac:TaxTotal>")
    x += ["  <cac:LegalMonetaryTotal>",
          '    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>' % (cur, a(net)),
          '    <cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount>' % (cur, a(net)),
          '    <cbc:TaxInclusiveAmount currencyID="%s">%s</cbc:TaxInclusiveAmount>' % (cur, a(total))]
    if prepaid:
        x.append('    <cbc:PrepaidAmount currencyID="%s">%s</cbc:PrepaidAmount>' % (cur, a(prepaid)))
    x += ['    <cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount>' % (cur, a(total - prepaid)),
          "  </cac:LegalMonetaryTotal>"]
    tag = "CreditNoteLine" if credit else "InvoiceLine"
    qtag = "CreditedQuantity" if credit else "InvoicedQuantity"
    for i, (l, n) in enumerate(zip(lines, nets), 1):
        x += ["  <cac:%s><cbc:ID>%d</cbc:ID>" % (tag, i),
              '    <cbc:%s unitCode="%s">%g</cbc:%s>' % (qtag, {"h": "HUR", "st": "C62", "m2": "MTK", "km": "KMT", "d": "DAY", "mnd": "MON", "w": "C62"}.get(l[2], "C62"), l[1], qtag),
              '    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>' % (cur, a(n)),
              "    <cac:Item><cbc:Name>%s</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%g</cbc:Percent>"
              "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>" % (l[0], "S" if l[4] else "Z", l[4]),
              '    <cac:Price><cbc:PriceAmount currencyID="%s">%.2f</cbc:PriceAmount></cac:Price>' % (cur, l[3] / 100.0),
              "  </cac:%s>" % tag]
    x.append("</%s>" % root)
    return "\n".join(x) + "\n"


def attach_xml(eml, xml, fname):
    b = eml.split('multipart/mixed; boundary="', 1)[1].split('"', 1)[0]
    b64 = base64.b64encode(xml.encode("utf-8")).decode()
    part = ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (b, fname, fname, "\n".join(b64[k:k + 76] for k in range(0, len(b64), 76))))
    tail = "--%s--\n" % b
    assert eml.endswith(tail)
    return eml[:-len(tail)] + part + tail


def fix_headers(eml):
    """RFC 2047 for non-ASCII display names in From/To/Reply-To."""
    head, rest = eml.split("\n\n", 1)
    out = []
    for h in head.split("\n"):
        try:
            h.encode("ascii")
        except UnicodeEncodeError:
            k, v = h.split(": ", 1)
            if k in ("From", "To", "Reply-To") and "<" in v:
                name, addr = v.rsplit("<", 1)
                name = name.strip().strip('"')
                h = "%s: %s <%s" % (k, email.header.Header(name, "utf-8").encode(), addr)
        out.append(h)
    return "\n".join(out) + "\n\n" + rest


def add(tool, lang, kind, env_from, rcpt, eml, pages=None, fname=None, exp=None, why=None, note=None, ubl_xml=None):
    eml = fix_headers(eml)
    r = mk.record(None, tool, lang, kind, {"mail_from": env_from, "rcpt_to": [rcpt] if isinstance(rcpt, str) else rcpt},
                  eml, pages, fname, exp, why, note)
    if ubl_xml:
        r["ubl"] = ubl_xml
    RECS.append(r)
    return r


def vat_rows(vat, by, lang, f, label=None):
    out = []
    for r in sorted(vat):
        if label:
            out.append((label(r, by[r]), fm(vat[r], f), False))
        else:
            out.append(({"nl": "btw %g%% over %s", "de": "MwSt. %g %% auf %s", "en": "VAT %g%% on %s"}[lang] % (r, fm(by[r], f)), fm(vat[r], f), False))
    return out


COLS_NL = [("Omschrijving", 56, "left"), ("Aantal", 350, "right"), ("Prijs", 445, "right"), ("Bedrag", 539, "right")]
COLS_DE = [("Bezeichnung", 56, "left"), ("Menge", 350, "right"), ("Einzelpreis", 445, "right"), ("Gesamt", 539, "right")]
COLS_EN = [("Description", 56, "left"), ("Qty", 350, "right"), ("Rate", 445, "right"), ("Amount", 539, "right")]


# ================================================================ INVOICES — Dutch (NL)
def inv_loodgieter():
    ib = iban("NL")
    issue, sent = D(2026, 11, 24), D(2026, 11, 26)
    due = issue + TD(days=14)
    L = [("Arbeid monteur (werkbon WB-4471, 19-11)", 2.5, "uur", 6250, 21),
         ("Voorrijkosten Zwolle e.o.", 1, "", 3500, 21),
         ("Sifon 32 mm chroom", 1, "st", 1895, 21),
         ("Knelkoppeling 15 mm messing", 4, "st", 340, 21),
         ("Flexibele aansluitslang 30 cm", 2, "st", 725, 21),
         ("Klein materiaal / afdichting", 1, "", 450, 21)]
    nets, net, vat, tot, by = calc(L)
    num = "2026-0913"
    pages = build_pdf("nl", ["Loodgietersbedrijf Van der Meulen", "Schuurmanstraat 8", "8011 KL Zwolle",
                             "038 - 421 77 90", "info@vandermeulen-loodgieter.nl"],
                      ["Dhr. R. Kooistra", "Assendorperstraat 117", "8012 DE Zwolle"],
                      "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")),
                                  ("Werkbon", "WB-4471"), ("Klantnummer", "K1288"), ("Werkadres", "Assendorperstraat 117")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Subtotaal", fm(net, "nl"), False), ("21% btw", fm(vat[21], "nl"), False),
                       ("Totaal te betalen", fm(tot, "nl"), True)],
                      ["Lekkage onder keukenblok verholpen, sifon vervangen, afvoer doorgespoten.",
                       "Wij verzoeken u het bedrag binnen 14 dagen over te maken op %s" % mk.iban_spaced(ib),
                       "onder vermelding van het factuurnummer."],
                      ["Loodgietersbedrijf Van der Meulen · KvK 05088213 · btw NL001877245B72 · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Beste meneer Kooistra,\n\nHierbij de factuur voor de reparatie van vorige week donderdag.\n"
            "Mocht de afvoer toch weer gaan pruttelen, bel gerust.\n\nGroet,\nGerrit van der Meulen\n06-51 82 40 13\n")
    eml = mk.mail(rng, "info@vandermeulen-loodgieter.nl", "Loodgietersbedrijf Van der Meulen",
                  "r.kooistra@ziggo.nl", "Factuur 2026-0913 reparatie afvoer", sent, body_text=body, pdf=True)
    add("plumber job sheet", "nl", "pdf", "info@vandermeulen-loodgieter.nl", "r.kooistra@ziggo.nl", eml, pages,
        "Factuur_2026-0913.pdf",
        mk.expected(num, tot, tot, issue, due, "R. Kooistra", "r.kooistra@ziggo.nl", ib, False, "nl"),
        note="Plumber's invoice from a job sheet: the werkbon number WB-4471 and customer number are not the invoice number; mailed two days after issue.")


def inv_elektra_nen():
    ib = iban("NL")
    issue = D(2026, 11, 18)
    due = issue + TD(days=30)
    L = [("Inspectie elektrische installatie NEN 3140 (laagspanning)", 1, "", 68500, 21),
         ("Thermografisch onderzoek verdeelinrichtingen (4 st.)", 4, "st", 4750, 21),
         ("Isolatieweerstandsmeting eindgroepen", 38, "st", 650, 21),
         ("Inspectierapport + SCIOS-registratie", 1, "", 9500, 21),
         ("Vervangen aardlekschakelaar 30 mA (defect bij test)", 1, "st", 14800, 21)]
    nets, net, vat, tot, by = calc(L)
    num = "F26-00412"
    po = "4500117782"
    rf = rf_ref("2600412")
    pages = build_pdf("nl", ["Van Dijk Elektrotechniek B.V.", "Industrieweg 41", "3542 AD Utrecht",
                             "T 030 - 241 60 00", "facturen@vandijk-elektro.nl", "KvK 30176645"],
                      ["Wonen Midden-Utrecht", "t.a.v. afdeling Vastgoedbeheer / crediteuren",
                       "Postbus 8120", "3503 RC Utrecht"],
                      "FACTUUR", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")),
                                  ("Uw inkoopordernummer", po), ("Object", "Wijkcentrum De Speeldoos, Kanaalweg 20"),
                                  ("Inspectiedatum", "10-11-2026")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, "nl"), False), ("btw 21%", fm(vat[21], "nl"), False),
                       ("Totaal incl. btw", fm(tot, "nl"), True)],
                      ["Betalingsconditie: 30 dagen netto.",
                       "Betalingsreferentie: %s — uw inkoopordernummer staat alleen ter informatie vermeld." % groups(rf),
                       "Het inspectierapport (NEN 3140, 14 bevindingen, 2 ernstig) is als aparte bijlage verzonden."],
                      ["Van Dijk Elektrotechniek B.V. · Industrieweg 41 · 3542 AD Utrecht · btw NL8170.22.451.B01",
                       "IBAN %s · BIC %s · Op al onze leveringen zijn de ALIB 2019 van toepassing" % (mk.iban_spaced(ib), ib[4:8] + "NL2U")])
    x = ubl(num, issue, due, "EUR", "Van Dijk Elektrotechniek B.V.", "NL817022451B01", "Wonen Midden-Utrecht", ib, rf,
            L, nets, vat, net, tot, order=po)
    body = ("Geachte heer, mevrouw,\n\nIn de bijlage ontvangt u factuur %s voor de NEN 3140-inspectie van wijkcentrum De Speeldoos.\n"
            "De factuur is tevens als UBL bijgevoegd.\n\nMet vriendelijke groet,\n\nSandra Mulder\nAdministratie Van Dijk Elektrotechniek B.V.\n" % num)
    eml = mk.mail(rng, "facturen@vandijk-elektro.nl", "Van Dijk Elektrotechniek B.V.",
                  "Crediteurenadministratie <facturen@wonenmiddenutrecht.nl>",
                  "Factuur %s - inspectie NEN 3140 - PO %s" % (num, po), issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "F26-00412.xml")
    add("electrician NEN 3140 inspection", "nl", "pdf+ubl", "facturen@vandijk-elektro.nl", "facturen@wonenmiddenutrecht.nl", eml,
        pages, "F26-00412.pdf",
        mk.expected(num, tot, tot, issue, due, "Wonen Midden-Utrecht", "facturen@wonenmiddenutrecht.nl", ib, True, "nl", reference=rf),
        note="Housing corporation with department line; an RF creditor reference (printed in groups) is the payment reference, the PO number in subject and meta is not; term '30 dagen netto'.",
        ubl_xml=x)


def inv_dakdekker_termijn():
    ib = iban("NL")
    issue, sent = D(2026, 11, 16), D(2026, 11, 20)
    due = issue + TD(days=8)
    contract = 1865000  # excl. btw
    t1 = round(contract * 0.30)
    t2 = round(contract * 0.40)
    vat2 = round(t2 * 0.21)
    tot = t2 + vat2
    num = "2026-1187"
    f = "nl"
    pages = build_pdf("nl", ["Dakdekkersbedrijf Hoekstra & Zn.", "Vaartweg 3", "8401 AB Gorredijk",
                             "0513 - 46 12 88", "administratie@hoekstradaken.nl"],
                      ["Dhr. en mevr. Bosma", "Hegedyk 14", "9001 XK Grou"],
                      "Termijnfactuur", [("Factuurnummer", num), ("Datum", mk.date(issue, "long")),
                                         ("Project", "Vernieuwen dakbedekking woonhuis + aanbouw"),
                                         ("Offerte", "OFF-2026-0342 d.d. 4 augustus 2026"), ("Termijn", "2e termijn van 3")],
                      [("Omschrijving", 56, "left"), ("%", 400, "right"), ("Bedrag excl. btw", 539, "right")],
                      [("Aanneemsom volgens opdrachtbevestiging", "", fm(contract, f)),
                       ("1e termijn bij aanvang werk (gefactureerd 2026-1042)", "30%", fm(t1, f)),
                       ("2e termijn na aanbrengen isolatie en dakbeschot", "40%", fm(t2, f)),
                       ("3e termijn bij oplevering (volgt)", "30%", fm(contract - t1 - t2, f))],
                      [("Deze termijn excl. btw", fm(t2, f), False), ("btw 21%", fm(vat2, f), False),
                       ("Te voldoen deze termijn", fm(tot, f), True)],
                      ["Reeds gefactureerd: 1e termijn %s excl. btw (voldaan 02-10-2026)." % fm(t1, f),
                       "Betaling binnen 8 dagen na factuurdatum op %s t.n.v. Hoekstra & Zn." % mk.iban_spaced(ib)],
                      ["KvK 01045872 · btw NL001623311B05 · Aangesloten bij Bouwgarant · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Beste meneer en mevrouw Bosma,\n\nHet dakbeschot en de isolatie liggen erop, dus hierbij zoals afgesproken de tweede termijnfactuur.\n"
            "Volgende week beginnen we met de pannen.\n\nMet vriendelijke groet,\nJelle Hoekstra\n")
    eml = mk.mail(rng, "administratie@hoekstradaken.nl", "Hoekstra & Zn. Dakdekkers", "fam.bosma@hetnet.nl",
                  "2e termijnfactuur dak Hegedyk 14", sent, body_text=body, pdf=True)
    add("roofer progress billing", "nl", "pdf", "administratie@hoekstradaken.nl", "fam.bosma@hetnet.nl", eml, pages,
        "Termijnfactuur_2026-1187.pdf",
        mk.expected(num, tot, tot, issue, due, "Dhr. en mevr. Bosma", "fam.bosma@hetnet.nl", ib, False, "nl"),
        note="Progress invoice '2e termijn van 3': the contract sum and the other instalments are printed; only this term (plus 21% btw) is due. Couple keeps its forms (only a surname).")


def inv_fysio():
    ib = iban("NL")
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    dates = ["03-11-2026", "10-11-2026", "17-11-2026", "24-11-2026", "26-11-2026"]
    L = [("Zitting fysiotherapie (code 1000) %s" % d, 1, "", 4150, 0) for d in dates[:4]] + \
        [("Toeslag behandeling aan huis (code 1200) %s" % dates[4], 1, "", 1850, 0),
         ("Zitting fysiotherapie (code 1000) %s" % dates[4], 1, "", 4150, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "N-26-3308"
    pages = build_pdf("nl", ["Fysiotherapie Oosterpark", "Linnaeusstraat 52", "1092 CM Amsterdam",
                             "020 - 665 31 02", "nota@fysio-oosterpark.nl", "AGB 04-028193"],
                      ["Mevrouw J.M. Siregar", "Eerste van Swindenstraat 9-III", "1093 GA Amsterdam"],
                      "Nota", [("Notanummer", num), ("Notadatum", mk.date(issue, "dmy-")),
                               ("Patiënt", "J.M. Siregar, geb. 12-04-1961"), ("Verzekerde", "geen aanvullende dekking (zelfbetaler)"),
                               ("Verwijzing", "DTF, diagnosecode 1935")],
                      [("Behandeling", 56, "left"), ("Tarief", 539, "right")],
                      [(l[0], fm(n, "nl")) for (l, n) in zip(L, nets)],
                      [("Totaal", fm(tot, "nl"), True)],
                      ["Fysiotherapie is vrijgesteld van btw (art. 11 lid 1 sub g Wet OB).",
                       "U kunt deze nota zelf bij uw zorgverzekeraar indienen als u alsnog aanvullend verzekerd blijkt.",
                       "Gelieve binnen 30 dagen te voldoen op %s t.n.v. Fysiotherapie Oosterpark." % mk.iban_spaced(ib)],
                      ["Fysiotherapie Oosterpark · KvK 34228710 · Lid KNGF · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Beste mevrouw Siregar,\n\nBijgaand ontvangt u de nota over de behandelingen in november. Omdat u geen aanvullende\n"
            "verzekering heeft, declareren wij niet bij uw zorgverzekeraar maar bij u rechtstreeks.\n\n"
            "Met vriendelijke groet,\nBaliemedewerker Fysiotherapie Oosterpark\n")
    eml = mk.mail(rng, "nota@fysio-oosterpark.nl", "Fysiotherapie Oosterpark", "Mw. J. Siregar <jm.siregar@gmail.com>",
                  "Uw nota fysiotherapie november", issue, body_text=body, pdf=True)
    add("physiotherapist patient nota", "nl", "pdf", "nota@fysio-oosterpark.nl", "jm.siregar@gmail.com", eml, pages,
        "Nota_N-26-3308.pdf",
        mk.expected(num, tot, tot, issue, due, "J.M. Siregar", "jm.siregar@gmail.com", ib, False, "nl"),
        note="A 'nota' to a self-paying patient, VAT-exempt, treatment dates and codes per line; patient's birth date and AGB code are not references.")


def inv_dierenarts():
    ib = iban("NL")
    issue = D(2026, 11, 27)
    due = issue
    L = [("Consult spoed (buiten praktijkuren)", 1, "", 8950, 21),
         ("Röntgenopname 2 richtingen", 1, "", 11200, 21),
         ("Sedatie kat < 5 kg", 1, "", 4625, 21),
         ("Metacam 0,5 mg/ml orale susp. 15 ml", 1, "fl", 1890, 9),
         ("Renal dieetvoer 1,5 kg", 2, "zak", 2495, 9)]
    nets, net, vat, tot, by = calc(L)
    num = "2611-0457"
    f = "nl"
    pages = build_pdf("nl", ["Dierenkliniek De Linge", "Stationsweg 22a", "4191 KK Geldermalsen",
                             "0345 - 57 40 40", "balie@dierenkliniek-delinge.nl"],
                      ["Fam. Wijnberg", "Meester Dekkerstraat 6", "4191 BA Geldermalsen"],
                      "Factuur", [("Factuurnr.", num), ("Datum", mk.date(issue, "dmy-")),
                                  ("Patiënt", "Moos (kat, EKH, ♂ gecastreerd)"), ("Chipnr.", "528140000813264"),
                                  ("Klantnr.", "10774")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, f), False)] + vat_rows(vat, by, "nl", f) +
                      [("Totaal", fm(tot, f), True)],
                      ["Betaling: direct na ontvangst van deze factuur.",
                       "Wij hebben uw pinbetaling niet kunnen verwerken (storing); u kunt overmaken op %s." % mk.iban_spaced(ib),
                       "Vermeld het factuurnummer en de naam van uw dier."],
                      ["Dierenkliniek De Linge B.V. · KvK 11054329 · btw NL8143.97.760.B01 · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Beste familie Wijnberg,\n\nOmdat de pinautomaat gisteravond tijdens de spoedconsult storing had, sturen we de factuur\n"
            "per mail. Hopelijk gaat het alweer beter met Moos!\n\nHartelijke groet,\nLieke, balie Dierenkliniek De Linge\n")
    eml = mk.mail(rng, "balie@dierenkliniek-delinge.nl", "Dierenkliniek De Linge", "wijnberg.thuis@kpnmail.nl",
                  "Factuur spoedconsult Moos", issue, body_text=body, pdf=True)
    add("veterinary bill", "nl", "pdf", "balie@dierenkliniek-delinge.nl", "wijnberg.thuis@kpnmail.nl", eml, pages,
        "factuur_2611-0457.pdf",
        mk.expected(num, tot, tot, issue, due, "Fam. Wijnberg", "wijnberg.thuis@kpnmail.nl", ib, False, "nl"),
        note="Vet bill with 21% (treatment) and 9% (medicines, diet food); due 'direct na ontvangst' = issue date; the chip number is not a reference.")


def inv_rijschool():
    ib = iban("NL")
    issue = D(2026, 12, 1)
    due = issue + TD(days=14)
    L = [("Lespakket B 'Compleet' (20 lessen van 60 min)", 1, "", 129500, 21),
         ("Tussentijdse toets (TTT)", 1, "", 22500, 21),
         ("Praktijkexamen B incl. CBR-kosten", 1, "", 30900, 21)]
    nets, net, vat, tot, by = calc(L, incl=True)
    dep = 30000
    due_amt = tot - dep
    num = "RS-2026-188"
    body = ("Hoi Daan,\n\nHierbij de factuur voor je lespakket, zoals besproken bij de intake.\n\n"
            "FACTUUR %s\nDatum: %s\n\nAan: Daan Verbeek\nKlaverstraat 31\n5643 GE Eindhoven\n\n"
            "%s  %s\n%s  %s\n%s  %s\n"
            "--------------------------------------------------\n"
            "Totaal (incl. 21%% btw %s)  %s\n"
            "Aanbetaling ontvangen 12-11-2026  -%s\n"
            "Nog te betalen  %s\n\n"
            "Graag binnen 14 dagen overmaken naar %s t.n.v. Rijschool Stuurvast,\n"
            "met vermelding van het factuurnummer. In termijnen betalen? Laat het even weten.\n\n"
            "Je eerste les staat op dinsdag 8 december om 16:00, ik haal je op bij school.\n\n"
            "Groetjes,\nMarloes Peeters\nRijschool Stuurvast – KvK 17291148\n06-22 18 71 90\n") % (
        num, mk.date(issue, "dmy-"), L[0][0], fm(nets[0], "nl"), L[1][0], fm(nets[1], "nl"), L[2][0], fm(nets[2], "nl"),
        fm(sum(vat.values()), "nl"), fm(tot, "nl"), fm(dep, "nl0"), fm(due_amt, "nl"), mk.iban_spaced(ib))
    eml = mk.mail(rng, "marloes@rijschoolstuurvast.nl", "Rijschool Stuurvast", "Daan Verbeek <daanverbeek07@gmail.com>",
                  "Factuur lespakket " + num, issue, body_text=body)
    add("driving school lesson package", "nl", "body-text", "marloes@rijschoolstuurvast.nl", "daanverbeek07@gmail.com", eml,
        exp=mk.expected(num, due_amt, tot, issue, due, "Daan Verbeek", "daanverbeek07@gmail.com", ib, False, "nl"),
        note="Typed invoice in the mail to a pupil; prices include VAT; a deposit already received is subtracted; the first-lesson date is not a due date.")


def inv_bijles():
    ib = iban("NL")
    issue = D(2026, 12, 2)
    due = issue + TD(days=14)
    ken = nl_kenmerk()
    L = [("Bijles wiskunde B (Sem)", 6, "uur", 3950, 0), ("Huiswerkbegeleiding (Sem)", 8, "uur", 2200, 0),
         ("Examentraining proefwerk", 1.5, "uur", 3950, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "BB-112604"
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>\n" % (
        l[0], qty(l[1], "nl"), fm(l[3], "nl"), fm(n, "nl")) for (l, n) in zip(L, nets))
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Beste familie El Idrissi,</p>\n<p>Hieronder vindt u het urenoverzicht en de factuur van Bijlesbureau Brainwave over <b>november 2026</b>.</p>\n"
            "<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr><td>Factuurnummer</td><td>%s</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr>"
            "<tr><td>Leerling</td><td>Sem El Idrissi (havo 5)</td></tr><tr><td>Contractnummer</td><td>C-2025-0871</td></tr></table>\n"
            "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse;margin-top:12px\">\n"
            "<tr><th>Omschrijving</th><th>Uren</th><th>Uurtarief</th><th>Bedrag</th></tr>\n%s"
            "<tr><td colspan=\"3\"><b>Totaal (vrijgesteld van btw, art. 11 lid 1 o Wet OB)</b></td><td align=\"right\"><b>%s</b></td></tr></table>\n"
            "<p>Wilt u het totaalbedrag v&oacute;&oacute;r <b>%s</b> overmaken naar <b>%s</b> t.n.v. Brainwave Bijles B.V.,<br>"
            "met het betalingskenmerk <b>%s</b>?</p>\n"
            "<p>De gegeven lessen kunt u altijd terugzien in het ouderportaal.</p>\n"
            "<p>Met vriendelijke groet,<br>Team Brainwave<br>Bijlesbureau Brainwave · Oudegracht 180 · Utrecht · KvK 62117390</p>\n"
            "</body></html>") % (num, mk.date(issue, "long"), rows, fm(tot, "nl"), mk.date(due, "long"), mk.iban_spaced(ib), groups(ken))
    eml = mk.mail(rng, "facturatie@brainwave-bijles.nl", "Bijlesbureau Brainwave", "Familie El Idrissi <elidrissi.fam@outlook.com>",
                  "Factuur november 2026 - Sem", issue, body_html=html)
    add("tutoring bureau monthly hours", "nl", "body-html", "facturatie@brainwave-bijles.nl", "elidrissi.fam@outlook.com", eml,
        exp=mk.expected(num, tot, tot, issue, due, "Familie El Idrissi", "elidrissi.fam@outlook.com", ib, False, "nl", reference=ken),
        note="HTML invoice with monthly hours; 16-digit betalingskenmerk printed in groups; contract number is not a reference; debtor named as 'familie' in the salutation and To only.")


def inv_kinderopvang():
    ib = iban("NL")
    issue = D(2026, 11, 25)
    due = D(2026, 12, 1)
    L = [("Dagopvang Kikker, 2 dagen/week, 52 weken — december", 1, "", 212695, 0),
         ("Extra opvangdag 13-11-2026 (ruildag niet beschikbaar)", 1, "", 11059, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "202612-04417"
    pages = build_pdf("nl", ["Kinderopvang De Boomhut", "Postbus 2240", "3800 CE Amersfoort",
                             "klantenservice@deboomhut-opvang.nl", "LRK 178223914"],
                      ["Dhr. T. Ouali en mevr. S. Ouali-de Bruin", "Vlasakker 41", "3824 BJ Amersfoort"],
                      "Factuur december 2026", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")),
                                                ("Kind", "Yara Ouali (geb. 2024)"), ("Contract", "DO-2-KIK-0091"),
                                                ("Uurtarief 2026", "€ 10,24 (max. uurprijs toeslag: € 10,25)")],
                      [("Omschrijving", 56, "left"), ("Uren", 400, "right"), ("Bedrag", 539, "right")],
                      [(L[0][0], "207,71", fm(nets[0], "nl0")), (L[1][0], "10,80", fm(nets[1], "nl0"))],
                      [("Totaal", fm(tot, "nl"), True)],
                      ["Het totaalbedrag wordt op of rond 1 december 2026 automatisch afgeschreven van uw rekening",
                       "NL** **** **** **37 42 (machtiging M-0091).",
                       "Bewaar deze factuur voor uw aanvraag kinderopvangtoeslag. Kinderopvang is vrijgesteld van btw."],
                      ["Stichting Kinderopvang De Boomhut · KvK 41190388 · IBAN %s · Incassant-ID NL73ZZZ411903880000" % mk.iban_spaced(ib)])
    body = ("Beste ouder/verzorger,\n\nIn de bijlage vindt u de factuur voor december 2026. Het bedrag wordt automatisch\n"
            "geïncasseerd. Vragen? Neem contact op met onze klantenservice.\n\nMet vriendelijke groet,\nKinderopvang De Boomhut\n")
    eml = mk.mail(rng, "klantenservice@deboomhut-opvang.nl", "Kinderopvang De Boomhut", "t.ouali@hotmail.com",
                  "Uw factuur december 2026", issue, body_text=body, pdf=True)
    add("daycare monthly fee", "nl", "pdf", "klantenservice@deboomhut-opvang.nl", "t.ouali@hotmail.com", eml, pages,
        "Factuur_202612-04417.pdf",
        mk.expected(num, tot, tot, issue, due, "T. Ouali en S. Ouali-de Bruin", "t.ouali@hotmail.com", ib, False, "nl"),
        note="Daycare invoice collected by direct debit 'op of rond 1 december' (due date = that date); the masked account is the parent's, the IBAN in the footer the daycare's; hourly rate and toeslag cap are amounts that are not totals.")


def inv_catering():
    ib = iban("NL")
    issue = D(2026, 12, 2)
    due = issue + TD(days=14)
    L = [("Walking dinner 6 gangen, 85 personen", 85, "p.p.", 4250, 9),
         ("Drankenarrangement 4 uur (bier, wijn, fris)", 85, "p.p.", 2450, 21),
         ("Bediening (4 medewerkers x 7 uur)", 28, "uur", 3950, 21),
         ("Huur statafels incl. rok", 10, "st", 1450, 21),
         ("Nagekomen: extra rondje port / bitterballen", 1, "", 16500, 9)]
    nets, net, vat, tot, by = calc(L)
    dep = 250000
    num = "CAT-2026-0611"
    f = "nl"
    pages = build_pdf("nl", ["Smaakmakers Catering", "Kanaalweg 14", "2903 LS Capelle aan den IJssel",
                             "010 - 458 90 60", "administratie@smaakmakerscatering.nl"],
                      ["Voerman Logistiek B.V.", "t.a.v. mevrouw E. Groenendijk (HR)", "Rivium Boulevard 201",
                       "2909 LK Capelle aan den IJssel"],
                      "Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")),
                                  ("Evenement", "Personeelsfeest 27 november 2026"), ("Locatie", "Loods 4, Rivium"),
                                  ("Uw referentie", "Kerstborrel HR / kostenplaats 4400")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Subtotaal", fm(net, f), False)] + vat_rows(vat, by, "nl", f) +
                      [("Totaal", fm(tot, f), True), ("Aanbetaling 30-09-2026 (factuur CAT-2026-0488)", "-" + fm(dep, f), False),
                       ("Nog te voldoen", fm(tot - dep, f), True)],
                      ["Betaling binnen 14 dagen na factuurdatum op %s." % mk.iban_spaced(ib),
                       "Bedankt voor de fijne samenwerking — tot de volgende editie!"],
                      ["Smaakmakers Catering V.O.F. · KvK 24449012 · btw NL854120334B01 · IBAN %s" % mk.iban_spaced(ib)])
    x = ubl(num, issue, due, "EUR", "Smaakmakers Catering V.O.F.", "NL854120334B01", "Voerman Logistiek B.V.", ib, None,
            L, nets, vat, net, tot, prepaid=dep, buyer_ref="Kerstborrel HR / kostenplaats 4400")
    body = ("Beste Esther,\n\nDank nog voor het leuke feest! In de bijlage de eindfactuur, met de aanbetaling al verrekend.\n"
            "Het UBL-bestand zit er ook bij voor jullie boekhouding.\n\nHartelijke groet,\nRuud Smit\nSmaakmakers Catering\n")
    eml = mk.mail(rng, "administratie@smaakmakerscatering.nl", "Smaakmakers Catering", "Esther Groenendijk <e.groenendijk@voerman-logistiek.nl>",
                  "Eindfactuur personeelsfeest 27-11", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "CAT-2026-0611.xml")
    add("caterer event invoice", "nl", "pdf+ubl", "administratie@smaakmakerscatering.nl", "e.groenendijk@voerman-logistiek.nl", eml,
        pages, "Factuur CAT-2026-0611.pdf",
        mk.expected(num, tot - dep, tot, issue, due, "Voerman Logistiek B.V.", "e.groenendijk@voerman-logistiek.nl", ib, True, "nl"),
        note="Event catering with 9% (food) and 21% (drinks, staff, hire); a deposit invoiced earlier is subtracted; 'Uw referentie' is a cost centre, not a payment reference.",
        ubl_xml=x)


def inv_schoonmaak():
    ib = iban("NL")
    issue = D(2026, 12, 1)
    due = issue + TD(days=30)
    ken = nl_kenmerk()
    L = [("Dagelijkse schoonmaak volgens contract SC-0219, december", 1, "mnd", 298400, 21),
         ("Glasbewassing buitenzijde (kwartaal)", 1, "", 41500, 21),
         ("Meerwerk 19-11: schoonmaak na lekkage gymzaal", 3.5, "uur", 3650, 21)]
    nets, net, vat, tot, by = calc(L)
    num = "80412679"
    f = "nl"
    pages = build_pdf("en", ["Glansrijk Facilitair B.V.", "Energieweg 7, 6541 CX Nijmegen", "T 024 - 378 22 00",
                             "debiteuren@glansrijk.nl", "KvK 09150227 · btw NL809943761B01"],
                      ["Stichting Openbaar Onderwijs Rijk van Nijmegen", "OBS De Akker", "t.a.v. financiële administratie",
                       "Postbus 31075", "6503 CB Nijmegen"],
                      "FACTUUR", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")), ("Vervaldatum", mk.date(due, "dmy-")),
                                  ("Debiteurnr.", "D-2210"), ("Contract", "SC-0219")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Netto", fm(net, f), False), ("BTW 21%", fm(vat[21], f), False), ("Te betalen", fm(tot, f), True)],
                      ["Gelieve het bedrag vóór de vervaldatum over te maken op %s" % mk.iban_spaced(ib),
                       "onder vermelding van betalingskenmerk %s." % groups(ken)],
                      ["Glansrijk Facilitair B.V. · Energieweg 7 · 6541 CX Nijmegen · IBAN %s · BIC INGBNL2A" % mk.iban_spaced(ib)],
                      pagefmt="to")
    x = ubl(num, issue, due, "EUR", "Glansrijk Facilitair B.V.", "NL809943761B01", "Stichting Openbaar Onderwijs Rijk van Nijmegen", ib, ken,
            L, nets, vat, net, tot)
    body = ("Geachte relatie,\n\nBijgevoegd treft u factuur %s aan, zowel als PDF als in UBL-formaat.\n\n"
            "Met vriendelijke groet,\nAfdeling Debiteuren\nGlansrijk Facilitair B.V.\n\n"
            "Dit is een automatisch verzonden bericht. Reageren kan via debiteuren@glansrijk.nl.\n" % num)
    eml = mk.mail(rng, "noreply@glansrijk.nl", "Glansrijk Facilitair B.V.", "administratie@soo-rvn.nl",
                  "Factuur %s van Glansrijk Facilitair B.V." % num, issue, body_text=body, pdf=True,
                  extra_headers=["Reply-To: debiteuren@glansrijk.nl"])
    eml = attach_xml(eml, x, "%s.xml" % num)
    add("cleaning company monthly contract", "nl", "pdf+ubl", "bounce@glansrijk.nl", "administratie@soo-rvn.nl", eml, pages,
        "%s.pdf" % num,
        mk.expected(num, tot, tot, issue, due, "Stichting Openbaar Onderwijs Rijk van Nijmegen", "administratie@soo-rvn.nl", ib, True, "nl", reference=ken),
        note="School foundation with school and department lines below the legal name; monthly contract plus extra work; betalingskenmerk in groups; sent from noreply with Reply-To.",
        ubl_xml=x)


def inv_groothandel():
    ib = iban("NL")
    issue = D(2026, 11, 20)
    due = issue + TD(days=8)
    items = [("Hertog Jan pils fust 20 L", 3, "fust", 6890, 21), ("Statiegeld fust 20 L", 3, "st", 3000, 0),
             ("Brand Weizen 24x30cl krat", 2, "krat", 2615, 21), ("Statiegeld krat + 24 fl.", 2, "st", 390, 0),
             ("Spa rood 24x25cl", 4, "krat", 1420, 9), ("Statiegeld krat + 24 fl.", 4, "st", 390, 0),
             ("Coca-Cola 24x20cl glas", 3, "krat", 1790, 9), ("Statiegeld krat + 24 fl.", 3, "st", 390, 0),
             ("Fever-Tree tonic 24x20cl", 1, "doos", 2780, 9), ("Appelsap troebel 12x1 L", 2, "doos", 1596, 9),
             ("Huiswijn rood Tempranillo 6x75cl", 4, "doos", 3150, 21), ("Huiswijn wit Verdejo 6x75cl", 4, "doos", 3090, 21),
             ("Jonge jenever 1 L", 3, "fl", 1395, 21), ("Beerenburg 1 L", 2, "fl", 1480, 21),
             ("Bitterballen rundvlees 100 st", 3, "ds", 1960, 9), ("Frituurvet vloeibaar 10 L", 2, "can", 2340, 9),
             ("Koffiebonen espresso 1 kg", 6, "kg", 1875, 9), ("Koffiemelk cups 240 st", 2, "ds", 890, 9),
             ("Suikersticks 1000 st", 1, "ds", 1150, 9), ("Servetten 33x33 wit 500 st", 2, "pak", 1245, 21),
             ("Retour statiegeld fust 20 L", -2, "st", 3000, 0), ("Retour statiegeld krat + 24 fl.", -7, "st", 390, 0),
             ("Pallet (Euro) statiegeld", 1, "st", 1250, 0), ("Bezorgkosten < € 500,-", 0, "", 0, 21)]
    items = items[:-1]
    nets, net, vat, tot, by = calc(items)
    num = "VF2611-20087"
    f = "nl"
    cols = [("Art.nr / omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 400, "right"), ("btw", 440, "right"), ("Bedrag", 539, "right")]
    rows = [("%05d %s" % (31000 + 37 * i, l[0]), "%d %s" % (l[1], l[2]), fm(l[3], "nl0"), "%d%%" % l[4], fm(n, "nl0"))
            for i, (l, n) in enumerate(zip(items, nets))]
    pages = build_pdf("nl", ["Drankenhandel Brouwer & Koster", "Handelsweg 88", "1521 NH Wormerveer",
                             "075 - 640 12 12", "verkoop@brouwerkoster.nl"],
                      ["Eetcafé De Zwaan", "Dhr. K. Meijer", "Zaanweg 12", "1521 DM Wormerveer"],
                      "Verkoopfactuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")),
                                         ("Pakbon", "PB-88214 (rit 3, di 17-11)"), ("Debiteur", "2087")],
                      cols, rows,
                      [("Totaal excl. btw", fm(net, f), False),
                       ("btw 9%% over %s" % fm(by[9], f), fm(vat[9], f), False),
                       ("btw 21%% over %s" % fm(by[21], f), fm(vat[21], f), False),
                       ("statiegeld (geen btw) %s" % fm(by[0], f), "", False),
                       ("Te betalen", fm(tot, f), True)],
                      ["Betalingstermijn 8 dagen. Fusten en kratten blijven eigendom van Brouwer & Koster.",
                       "IBAN %s o.v.v. factuurnummer." % mk.iban_spaced(ib)],
                      ["Brouwer & Koster Dranken B.V. · KvK 35021456 · btw NL801456223B01 · Leveringsvoorwaarden KHN/GDH"],
                      split=14, cont=("Transport naar pagina 2", "Transport van pagina 1"))
    body = ("Geachte klant,\n\nHierbij ontvangt u de factuur van de levering van dinsdag 17 november.\n\n"
            "Met vriendelijke groet,\nBrouwer & Koster Dranken\nOrders voor donderdag graag vóór woensdag 12:00 doorgeven.\n")
    eml = mk.mail(rng, "verkoop@brouwerkoster.nl", "Brouwer & Koster Dranken", "Eetcafé De Zwaan <info@eetcafedezwaan.nl>",
                  "Factuur VF2611-20087", issue, body_text=body, pdf=True)
    add("drinks wholesaler with deposits", "nl", "pdf", "verkoop@brouwerkoster.nl", "info@eetcafedezwaan.nl", eml, pages,
        "VF2611-20087.pdf",
        mk.expected(num, tot, tot, issue, due, "Eetcafé De Zwaan", "info@eetcafedezwaan.nl", ib, True, "nl"),
        note="Two-page wholesaler invoice with 22 lines, statiegeld charged and returned (negative lines, no VAT), 9% and 21% VAT, a carried-over 'Transport'.")


def inv_garage_apk():
    ib = iban("NL")
    issue = D(2026, 11, 23)
    due = issue + TD(days=8)
    L = [("APK-keuring personenauto benzine", 1, "", 4495, 21),
         ("Afmeldkosten RDW", 1, "", 0, 21),
         ("Remblokken voor (set)", 1, "set", 6450, 21),
         ("Remschijven voor (2 st)", 2, "st", 5275, 21),
         ("Arbeid remmen voor", 1.4, "uur", 7900, 21),
         ("Ruitenwisserbladen set", 1, "set", 2995, 21),
         ("Milieutoeslag", 1, "", 450, 21)]
    L = [l for l in L if l[3]]
    nets, net, vat, tot, by = calc(L)
    num = "31276"
    f = "nl"
    pages = build_pdf("nl", ["Autobedrijf Zandbergen", "Nijverheidsweg 5", "3771 ME Barneveld",
                             "0342 - 41 52 00", "werkplaats@autozandbergen.nl", "RDW-erkenning APK 48213"],
                      ["Mevr. G. Terpstra-Blom", "Kapelweg 90", "3773 BJ Barneveld"],
                      "Werkplaatsfactuur", [("Factuurnummer", num), ("Datum", mk.date(issue, "dmy-")),
                                            ("Kenteken", "K-718-RV"), ("Merk/type", "Toyota Yaris 1.5 Hybrid"),
                                            ("Km-stand", "94.212"), ("Werkorder", "WO-26-1930")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, f), False), ("btw 21%", fm(vat[21], f), False),
                       ("Totaal", fm(tot, f), True)],
                      ["APK goedgekeurd tot 23-11-2027. Advies: achterbanden binnen 6 maanden vervangen (2,8 mm).",
                       "Betaling binnen 8 dagen op %s, kenteken vermelden a.u.b." % mk.iban_spaced(ib)],
                      ["Autobedrijf Zandbergen · KvK 08145523 · btw NL001274558B88 · BOVAG-lid · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Goedemiddag mevrouw Terpstra,\n\nUw Yaris is klaar en goedgekeurd. Omdat u de auto na sluitingstijd ophaalt,\n"
            "sturen we de factuur per mail. Sleutel ligt in de sleutelkluis, code via sms.\n\nGroet,\nWerkplaats Autobedrijf Zandbergen\n")
    eml = mk.mail(rng, "werkplaats@autozandbergen.nl", "Autobedrijf Zandbergen", "g.terpstra@planet.nl",
                  "Factuur APK + remmen K-718-RV", issue, body_text=body, pdf=True)
    add("garage repair with APK", "nl", "pdf", "werkplaats@autozandbergen.nl", "g.terpstra@planet.nl", eml, pages,
        "werkplaatsfactuur_31276.pdf",
        mk.expected(num, tot, tot, issue, due, "G. Terpstra-Blom", "g.terpstra@planet.nl", ib, False, "nl"),
        note="Garage invoice with APK, parts and labour; licence plate, mileage and work order in the header; a short numeric invoice number.")


def inv_notaris():
    ib = iban("NL")
    issue, sent = D(2026, 11, 12), D(2026, 11, 17)
    due = issue + TD(days=14)
    L = [("Honorarium testamenten (2 st.), incl. levenstestament", 1, "", 129000, 21),
         ("Inschrijving Centraal Testamentenregister (2x)", 2, "", 890, 0),
         ("Inschrijving Centraal Levenstestamentenregister (2x)", 2, "", 1150, 0),
         ("Kantoorkosten en afschriften", 1, "", 4500, 21)]
    nets, net, vat, tot, by = calc(L)
    num = "2026.1544/NV"
    f = "nl"
    rows = [(l[0], fm(n, "nl0")) for (l, n) in zip(L, nets)]
    pages = build_pdf("plain", ["Notariskantoor Van Lier Brouwer", "Ginnekenweg 212 · 4835 NH Breda · 076 - 522 40 00",
                                "facturen@vanlierbrouwer-notarissen.nl"],
                      ["De weledelgeboren heer en mevrouw", "H.J. ten Brink en A. ten Brink-Oosterveld", "Mastbosstraat 4",
                       "4813 GT Breda"],
                      "Declaratie", [("Declaratienummer", num), ("Datum", mk.date(issue, "long")),
                                     ("Dossier", "2026.1544 Ten Brink – testamenten"), ("Notaris", "mr. N.A. van Lier")],
                      [("Omschrijving", 56, "left"), ("Bedrag", 539, "right")], rows,
                      [("Honorarium en kosten (btw-belast)", fm(by[21], f), False), ("btw 21%", fm(vat[21], f), False),
                       ("Verschotten (niet btw-belast)", fm(by[0], f), False), ("Totaal verschuldigd", fm(tot, f), True)],
                      ["Wij verzoeken u het totaalbedrag binnen veertien dagen te voldoen op kwaliteitsrekening",
                       "%s onder vermelding van het dossiernummer 2026.1544." % mk.iban_spaced(ib)],
                      ["Op de dienstverlening zijn de algemene voorwaarden van het notariaat van toepassing · KvK 20158876 · btw NL8092.31.744.B01"])
    body = ("Geachte heer en mevrouw Ten Brink,\n\nNaar aanleiding van het passeren van uw testamenten op 11 november jl. treft u bijgaand\n"
            "onze declaratie aan. De afschriften van de akten ontvangt u per post.\n\nMet vriendelijke groet,\n\n"
            "mr. N.A. van Lier\nnotaris\n")
    eml = mk.mail(rng, "facturen@vanlierbrouwer-notarissen.nl", "Notariskantoor Van Lier Brouwer", "hj.tenbrink@xs4all.nl",
                  "Declaratie dossier 2026.1544", sent, body_text=body, pdf=True)
    add("notary's costs", "nl", "pdf", "facturen@vanlierbrouwer-notarissen.nl", "hj.tenbrink@xs4all.nl", eml, pages,
        "Declaratie_2026.1544.pdf",
        mk.expected(num, tot, tot, issue, due, "H.J. ten Brink en A. ten Brink-Oosterveld", "hj.tenbrink@xs4all.nl", ib, False, "nl"),
        note="Notary's 'declaratie' with VAT-bearing fee and VAT-free disbursements; 'veertien dagen' in words; the payment is asked with the dossier number (not labelled as a betalingskenmerk); sent five days after its date.")


def inv_vertaling_gemeente():
    ib = iban("NL")
    issue = D(2026, 11, 26)
    due = issue + TD(days=30)
    L = [("Vertaling NL>EN 'Omgevingsvisie Hart van Delfland' (nieuwe woorden)", 11842, "woorden", 13, 21),
         ("Fuzzy matches 75-99% (50% tarief)", 3310, "woorden", 6.5, 21),
         ("Revisie door tweede vertaler", 5.5, "uur", 6500, 21),
         ("Spoedtoeslag 20% (levering < 5 werkdagen)", 1, "", 0, 21)]
    base = round(11842 * 13) + round(3310 * 6.5)
    L[3] = ("Spoedtoeslag 20% (levering < 5 werkdagen)", 1, "", round(base * 0.20), 21)
    nets, net, vat, tot, by = calc(L)
    num = "2026-077"
    po = "IO-2026-03318"
    f = "nl"
    rows = [(L[0][0], "11.842", "€ 0,13", fm(nets[0], "nl0")), (L[1][0], "3.310", "€ 0,065", fm(nets[1], "nl0")),
            (L[2][0], "5,5 uur", "€ 65,00", fm(nets[2], "nl0")), (L[3][0], "", "", fm(nets[3], "nl0"))]
    pages = build_pdf("nl", ["Taalhuis Verwoerd", "vertaler NL-EN-DE (beëdigd, Wbtv 210488)", "Oude Delft 77", "2611 BD Delft",
                             "annemiek@taalhuisverwoerd.nl"],
                      ["Gemeente Midden-Delfland", "Afdeling Ruimtelijke Ontwikkeling", "Postbus 1", "2650 AA Schipluiden"],
                      "Factuur", [("Factuurnummer", num), ("Datum", mk.date(issue, "dmy-")),
                                  ("Inkoopordernummer", po), ("Contactpersoon", "dhr. B. Hoogenboom"),
                                  ("Woordtelling", "CAT-analyse 18-11-2026")],
                      [("Omschrijving", 56, "left"), ("Aantal", 350, "right"), ("Tarief", 445, "right"), ("Bedrag", 539, "right")], rows,
                      [("Subtotaal", fm(net, f), False), ("btw 21%", fm(vat[21], f), False), ("Totaal", fm(tot, f), True)],
                      ["Betaling binnen 30 dagen op %s t.n.v. A.M. Verwoerd h.o.d.n. Taalhuis Verwoerd," % mk.iban_spaced(ib),
                       "onder vermelding van het factuurnummer en uw inkoopordernummer."],
                      ["KvK 71236655 · btw-id NL002318844B34 · IBAN %s" % mk.iban_spaced(ib)])
    x = ubl(num, issue, due, "EUR", "Taalhuis Verwoerd", "NL002318844B34", "Gemeente Midden-Delfland", ib, None,
            L, nets, vat, net, tot, order=po)
    body = ("Geachte heer Hoogenboom,\n\nDe Engelse vertaling van de omgevingsvisie heeft u vorige week ontvangen; bijgaand de factuur\n"
            "(PDF en UBL, conform de eisen van de gemeente) met het inkoopordernummer erop vermeld.\n\n"
            "Met vriendelijke groet,\nAnnemiek Verwoerd\nTaalhuis Verwoerd\n")
    eml = mk.mail(rng, "annemiek@taalhuisverwoerd.nl", "Annemiek Verwoerd | Taalhuis Verwoerd", "facturen@middendelfland.nl",
                  "Factuur 2026-077 vertaling omgevingsvisie (IO-2026-03318)", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "factuur-2026-077.xml")
    add("translator per word", "nl", "pdf+ubl", "annemiek@taalhuisverwoerd.nl", "facturen@middendelfland.nl", eml, pages,
        "factuur-2026-077.pdf",
        mk.expected(num, tot, tot, issue, due, "Gemeente Midden-Delfland", "facturen@middendelfland.nl", ib, True, "nl"),
        note="Per-word translation for a municipality: word counts and a half-cent rate, rush surcharge; the inkoopordernummer is asked to be quoted but is not a payment reference.",
        ubl_xml=x)


def inv_hosting_credit():
    ib = iban("NL")
    issue = D(2026, 11, 19)
    L = [("Creditering Managed VPS 'Pro 8' (nov 2026 - okt 2027), dubbel gefactureerd op 2026110412", -1, "", 118800, 21),
         ("Creditering SSL-certificaat wildcard *.bakkerijvos.nl", -1, "", 8900, 21)]
    nets, net, vat, tot, by = calc(L)
    num = "CR2026-0031"
    f = "nl"
    pages = build_pdf("en", ["Kwartelnet Hosting", "Bolwerk 3, 5211 RX 's-Hertogenbosch", "support@kwartelnet.nl",
                             "KvK 52209817 · btw NL850331267B01"],
                      ["Bakkerij Vos & Dochters", "t.a.v. Ingrid Vos", "Markt 19", "5481 HD Schijndel"],
                      "CREDITFACTUUR", [("Nummer", num), ("Datum", mk.date(issue, "dmy-")),
                                        ("Betreft factuur", "2026110412"), ("Klantnummer", "KW-04417")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Subtotaal", fm(net, f), False), ("btw 21%", fm(vat[21], f), False), ("Totaal creditering", fm(tot, f), True)],
                      ["Het gecrediteerde bedrag storten wij binnen 5 werkdagen terug op uw rekening.",
                       "Excuses voor de dubbele facturatie bij het overzetten van uw pakket."],
                      ["Kwartelnet Hosting B.V. · IBAN %s · BIC RABONL2U" % mk.iban_spaced(ib)], pagefmt="to")
    body = ("Beste Ingrid,\n\nZoals telefonisch besproken: de VPS stond twee keer op de jaarfactuur. Bijgaand de creditfactuur;\n"
            "het bedrag maken we deze week naar jullie over.\n\nGroet,\nBas\nKwartelnet Hosting\n")
    eml = mk.mail(rng, "support@kwartelnet.nl", "Kwartelnet Hosting", "Ingrid Vos <ingrid@bakkerijvos.nl>",
                  "Creditfactuur CR2026-0031 (dubbele VPS)", issue, body_text=body, pdf=True)
    add("hosting company credit note", "nl", "pdf", "support@kwartelnet.nl", "ingrid@bakkerijvos.nl", eml, pages,
        "CR2026-0031.pdf",
        mk.expected(num, tot, tot, issue, None, "Bakkerij Vos & Dochters", "ingrid@bakkerijvos.nl", ib, True, "nl", credit=True),
        note="Credit note (negative) for a double-billed annual VPS; refers to the original invoice number; the business refunds, so there is no due date.")


# ================================================================ INVOICES — Flemish (BE)
def inv_be_verwarming():
    ib = iban("BE")
    issue = D(2026, 11, 20)
    due = issue + TD(days=15)
    ref = ogm()
    L = [("Jaarlijks onderhoud condensatieketel + verbrandingsattest", 1, "", 14500, 6),
         ("Vervangen expansievat 18 l", 1, "st", 8950, 6),
         ("Werkuren technieker", 1.25, "u", 5800, 6),
         ("Verplaatsing", 1, "", 2900, 6)]
    nets, net, vat, tot, by = calc(L)
    num = "2026/0847"
    f = "nl"
    pages = build_pdf("nl", ["Verwarming Claeys BV", "Brugsesteenweg 402", "8800 Roeselare", "051 20 14 88",
                             "facturatie@claeys-verwarming.be", "BTW BE 0642.118.305"],
                      ["Mevrouw Nathalie Vandenbussche", "Kerkstraat 17", "8870 Izegem"],
                      "FACTUUR", [("Factuurnr.", num), ("Factuurdatum", mk.date(issue, "dmy/")),
                                  ("Vervaldag", mk.date(due, "dmy/")), ("Klantnr.", "C-11903"),
                                  ("Gestructureerde mededeling", ref)],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, f), False), ("Btw 6%", fm(vat[6], f), False), ("Te betalen", fm(tot, f), True)],
                      ["Btw 6%: renovatie van een privéwoning ouder dan 10 jaar. Bij gebrek aan schriftelijke betwisting",
                       "binnen acht dagen na ontvangst wordt de klant geacht te hebben verklaard dat (i) de werken worden",
                       "verricht aan een woning waarvan de eerste ingebruikneming heeft plaatsgevonden in een kalenderjaar",
                       "dat ten minste tien jaar voorafgaat aan de datum van de eerste factuur (...).",
                       "Gelieve te betalen op %s met de gestructureerde mededeling." % mk.iban_spaced(ib)],
                      ["Verwarming Claeys BV · RPR Gent afd. Kortrijk · IBAN %s · BIC GEBABEBB" % mk.iban_spaced(ib)])
    body = ("Beste mevrouw Vandenbussche,\n\nIn bijlage vindt u de factuur voor het onderhoud van uw ketel. Het verbrandingsattest\n"
            "werd ter plaatse afgegeven.\n\nMet vriendelijke groeten,\nVerwarming Claeys\n")
    eml = mk.mail(rng, "facturatie@claeys-verwarming.be", "Verwarming Claeys", "n.vandenbussche@telenet.be",
                  "Factuur 2026/0847", issue, body_text=body, pdf=True)
    add("heating engineer boiler service", "nl", "pdf", "facturatie@claeys-verwarming.be", "n.vandenbussche@telenet.be", eml, pages,
        "Factuur_2026-0847.pdf",
        mk.expected(num, tot, tot, issue, due, "Nathalie Vandenbussche", "n.vandenbussche@telenet.be", ib, False, "nl", reference=ref),
        note="Flemish heating engineer, 6% renovation VAT with the legal attest wording; Belgian structured communication +++…+++; 'Vervaldag' given.")


def inv_be_schrijnwerker():
    ib = iban("BE")
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    ref = ogm()
    L = [("Maatwerk dressing slaapkamer 1 (eik fineer)", 1, "", 486000, 6),
         ("Binnendeuren massief tubespaan, geschilderd", 5, "st", 41500, 6),
         ("Plaatsing en afwerking", 26, "u", 5200, 6),
         ("Meerwerk: extra schuifladen dressing", 4, "st", 9500, 6)]
    nets, net, vat, tot, by = calc(L)
    vs = 300000
    vs_incl = vs + round(vs * 0.06)
    num = "F2026-0198"
    f = "nl"
    pages = build_pdf("nl", ["Schrijnwerkerij De Smedt", "Ambachtenlaan 9", "2260 Westerlo", "014 54 33 21",
                             "info@desmedt-schrijnwerk.be", "BTW BE 0776.402.119"],
                      ["Dhr. en Mevr. Peeters - Van Looy", "Boerenkrijglaan 33", "2260 Westerlo"],
                      "EINDFACTUUR", [("Factuur", num), ("Datum", mk.date(issue, "dmy/")), ("Project", "Binnenschrijnwerk renovatie"),
                                      ("Offerte", "O-2026-0044"), ("Vervaldatum", mk.date(due, "dmy/"))],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, f), False), ("Btw 6%", fm(vat[6], f), False), ("Totaal incl. btw", fm(tot, f), True),
                       ("Min voorschotfactuur VF2026-0071 (incl. btw)", "-" + fm(vs_incl, f), False), ("Saldo te betalen", fm(tot - vs_incl, f), True)],
                      ["Gelieve het saldo binnen 30 dagen over te schrijven op %s" % mk.iban_spaced(ib),
                       "met vermelding van %s." % ref],
                      ["Schrijnwerkerij De Smedt BV · RPR Antwerpen afd. Turnhout · IBAN %s" % mk.iban_spaced(ib)])
    x = ubl(num, issue, due, "EUR", "Schrijnwerkerij De Smedt BV", "BE0776402119", "Peeters - Van Looy", ib, ref,
            L, nets, vat, net, tot, prepaid=vs_incl)
    body = ("Beste Koen en Els,\n\nAlles is geplaatst, hierbij de eindfactuur met het voorschot in mindering gebracht.\n"
            "De factuur zit er ook als e-factuur (UBL) bij.\n\nGroeten,\nWim De Smedt\n")
    eml = mk.mail(rng, "info@desmedt-schrijnwerk.be", "Schrijnwerkerij De Smedt", "koen.peeters@skynet.be",
                  "Eindfactuur F2026-0198", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "F2026-0198.xml")
    add("joinery final invoice", "nl", "pdf+ubl", "info@desmedt-schrijnwerk.be", "koen.peeters@skynet.be", eml, pages,
        "F2026-0198.pdf",
        mk.expected(num, tot - vs_incl, tot, issue, due, "Peeters - Van Looy", "koen.peeters@skynet.be", ib, False, "nl", reference=ref),
        note="Flemish 'eindfactuur' minus an advance invoice (incl. VAT); couple addressed 'Dhr. en Mevr.' with a double surname (forms dropped since a name remains); OGM reference.",
        ubl_xml=x)


def inv_be_fotograaf():
    ib = iban("BE")
    issue = D(2026, 11, 9)
    due = D(2026, 11, 30)
    L = [("Reportage 'Hele dag' (10 u) huwelijk 17/10/2026", 1, "", 245000, 21),
         ("Tweede fotograaf (6 u)", 1, "", 54000, 21),
         ("Fine-art album 30x30, 60 pagina's", 1, "", 68000, 21),
         ("Ouderalbums 20x20 (2 st.)", 2, "", 16500, 21)]
    nets, net, vat, tot, by = calc(L, incl=True)
    paid = 100000
    num = "2026-031"
    f = "nl"
    pages = build_pdf("plain", ["Lotte Van Damme Fotografie", "Sint-Pietersnieuwstraat 88 · 9000 Gent · +32 479 12 40 88",
                                "hallo@lottevandamme.be · BTW BE 0734.551.862"],
                      ["Jana Maes & Pieter Goossens", "Tweebruggenstraat 41", "9000 Gent"],
                      "Factuur — saldo huwelijksreportage", [("Factuurnummer", num), ("Datum", mk.date(issue, "long")),
                                                           ("Huwelijksdatum", "17 oktober 2026")],
                      [("Omschrijving", 56, "left"), ("Bedrag incl. btw", 539, "right")],
                      [(l[0], fm(n, f)) for (l, n) in zip(L, nets)],
                      [("Totaal incl. 21% btw", fm(tot, f), False), ("waarvan btw", fm(vat[21], f), False),
                       ("Reeds betaald: reservatievoorschot", "-" + fm(paid, f), False),
                       ("Saldo", fm(tot - paid, f), True)],
                      ["Het saldo betaal je uiterlijk op 30 november 2026, zodat ik de albums kan laten drukken.",
                       "Rekeningnummer %s — vermeld '2026-031 Maes Goossens'." % mk.iban_spaced(ib)],
                      ["Bedankt om mij jullie dag toe te vertrouwen ♥"])
    body = ("Hey Jana en Pieter!\n\nDe online galerij staat klaar (link en wachtwoord in mijn vorige mail) en ik heb\n"
            "jullie albumkeuze goed ontvangen. Hierbij de factuur voor het saldo.\n\nLiefs,\nLotte\n")
    eml = mk.mail(rng, "hallo@lottevandamme.be", "Lotte Van Damme Fotografie", "jana.maes@gmail.com",
                  "Factuur saldo fotografie 17/10", issue, body_text=body, pdf=True)
    add("wedding photographer balance", "nl", "pdf", "hallo@lottevandamme.be", "jana.maes@gmail.com", eml, pages,
        "factuur-2026-031.pdf",
        mk.expected(num, tot - paid, tot, issue, due, "Jana Maes & Pieter Goossens", "jana.maes@gmail.com", ib, False, "nl"),
        note="Photographer's balance invoice with prices incl. VAT, the booking deposit subtracted; due date written in words; the payment line is a free text, not a labelled reference.")


def inv_be_verhuur():
    ib = iban("BE")
    issue = D(2026, 11, 24)
    due = issue + TD(days=10)
    ref = ogm()
    L = [("Partytent 6x12 m incl. opbouw/afbraak", 1, "", 48000, 21),
         ("Biertafelsets (tafel + 2 banken)", 20, "", 900, 21),
         ("Heater op gas incl. fles", 3, "", 4500, 21),
         ("Schade: gescheurd zijpaneel tent", 1, "", 12500, 21)]
    nets, net, vat, tot, by = calc(L)
    waarborg = 25000
    num = "VH26-0312"
    lines = "\n".join("  %-46s %12s" % (l[0], fm(n, "nl")) for (l, n) in zip(L, nets))
    body = ("Dag Stijn,\n\nDe tent is terug binnen, bedankt. Helaas was één zijpaneel gescheurd; dat rekenen we aan\n"
            "en we verrekenen het met de waarborg. Hieronder de factuur.\n\n"
            "FACTUUR %s — %s\n"
            "Aan: Chiro Sint-Jan Berchem vzw, t.a.v. Stijn Wouters (kas), Driekoningenstraat 140, 2600 Berchem\n"
            "Ondernemingsnr. klant: 0451.880.213\n\n%s\n"
            "  ----------------------------------------------------------\n"
            "  %-46s %12s\n  %-46s %12s\n  %-46s %12s\n"
            "  %-46s %12s\n  %-46s %12s\n\n"
            "Te betalen binnen 10 dagen op %s met mededeling %s.\n\n"
            "Groetjes,\nFeestverhuur Kempenland\nBoshoek 2, 2200 Herentals · BTW BE 0598.337.410\n") % (
        num, mk.date(issue, "dmy/"), lines, "Totaal excl. btw", fm(net, "nl"), "Btw 21%", fm(vat[21], "nl"),
        "Totaal", fm(tot, "nl"), "Waarborg betaald bij reservatie", "-" + fm(waarborg, "nl"), "Saldo", fm(tot - waarborg, "nl"),
        mk.iban_spaced(ib), ref)
    eml = mk.mail(rng, "verhuur@feestverhuurkempenland.be", "Feestverhuur Kempenland", "kas@chirosintjan.be",
                  "Factuur VH26-0312 tent + schade", issue, body_text=body)
    add("event-equipment rental with damage deposit", "nl", "body-text", "verhuur@feestverhuurkempenland.be", "kas@chirosintjan.be", eml,
        exp=mk.expected(num, tot - waarborg, tot, issue, due, "Chiro Sint-Jan Berchem vzw", "kas@chirosintjan.be", ib, True, "nl", reference=ref),
        note="Typed Flemish rental invoice to a youth association: a damage charge, the deposit (waarborg) offset against it; OGM reference after 'mededeling'.")


def inv_be_saas():
    ib = iban("BE")
    issue = D(2026, 12, 1)
    due = issue + TD(days=30)
    ref = ogm()
    L = [("Planado Pro jaarlicentie (01/01/2027 - 31/12/2027), 12 gebruikers", 12, "gebr.", 28800, 21),
         ("Module Onderhoudscontracten", 1, "", 42000, 21),
         ("Korting meerjarig contract -10%", 1, "", -(round(12 * 28800 + 42000) // 10), 21)]
    nets, net, vat, tot, by = calc(L)
    num = "INV-BE-2026-01733"
    f = "nl"
    pages = build_pdf("en", ["Planado NV", "Kortrijksesteenweg 1120, 9051 Gent", "billing@planado.be", "BTW BE 0711.204.558"],
                      ["Technieken Gevaert BV", "t.a.v. boekhouding", "Industriepark Noord 14", "9100 Sint-Niklaas", "BTW BE 0460.318.772"],
                      "FACTUUR", [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy/")), ("Vervaldag", mk.date(due, "dmy/")),
                                  ("Klant-ID", "TG-88120"), ("Abonnement", "SUB-2025-0412")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Subtotaal", fm(net, f), False), ("Btw 21%", fm(vat[21], f), False), ("Totaal te betalen", fm(tot, f), True)],
                      ["Gestructureerde mededeling: %s" % ref, "IBAN %s · BIC KREDBEBB" % mk.iban_spaced(ib),
                       "Deze factuur werd ook via Peppol verstuurd naar 0208:0460318772."],
                      ["Planado NV · RPR Gent · Algemene voorwaarden: planado.be/voorwaarden"], pagefmt="to")
    x = ubl(num, issue, due, "EUR", "Planado NV", "BE0711204558", "Technieken Gevaert BV", ib, ref, L, nets, vat, net, tot,
            buyer_ref="SUB-2025-0412")
    body = ("Beste klant,\n\nUw jaarfactuur voor Planado Pro staat klaar. U vindt de PDF en het UBL-bestand in bijlage.\n\n"
            "Factuurnummer: %s\nBedrag: %s\nVervaldag: %s\n\nVriendelijke groeten,\nHet Planado-team\n") % (
        num, fm(tot, "nl"), mk.date(due, "dmy/"))
    eml = mk.mail(rng, "billing@planado.be", "Planado", "boekhouding@gevaert-technieken.be",
                  "Uw factuur %s" % num, issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "%s.xml" % num)
    add("SaaS annual subscription", "nl", "pdf+ubl", "billing@planado.be", "boekhouding@gevaert-technieken.be", eml, pages,
        "%s.pdf" % num,
        mk.expected(num, tot, tot, issue, due, "Technieken Gevaert BV", "boekhouding@gevaert-technieken.be", ib, True, "nl", reference=ref),
        note="Flemish SaaS annual licence with a multi-year discount line; subscription ID and customer ID are not references; OGM in the payment block.", ubl_xml=x)


# ================================================================ INVOICES — English
def inv_uk_builder_final():
    ib = iban("GB")
    issue = D(2026, 11, 13)
    due = issue + TD(days=30)
    contract, variations = 18645000, 1287450
    final = contract + variations
    retention = round(final * 0.025)
    prev = 17420000
    this_net = final - retention - prev
    vat = round(this_net * 0.20)
    tot = this_net + vat
    num = "HBL-1146"
    f = "gbp"
    rows = [("Contract sum (JCT Minor Works 2016)", "", fm(contract, f)),
            ("Variations agreed (VO1-VO9, schedule attached)", "", fm(variations, f)),
            ("Final account value", "", fm(final, f)),
            ("Less retention 2.5% (released at end of 12-month defects period)", "", "-" + fm(retention, f)),
            ("Less valuations 1-5 previously certified and paid", "", "-" + fm(prev, f))]
    pages = build_pdf("en", ["Harcourt Build Ltd", "Unit 6, Millfield Trading Estate", "Chesterfield S41 9QB",
                             "accounts@harcourtbuild.co.uk", "VAT Reg. GB 318 2291 40"],
                      ["Peak Valley Housing Association", "Attn: Development Team (Ms R. Okafor)", "3 Corporation Street",
                       "Chesterfield S40 1LA"],
                      "INVOICE", [("Invoice no.", num), ("Date", mk.date(issue, "dmy/")), ("Valuation", "No. 6 — Final account"),
                                  ("Project", "6 x bungalows, Brampton Lane"), ("Your order", "PVHA-CAP-0391")],
                      [("Description", 56, "left"), ("", 350, "right"), ("Amount", 539, "right")], rows,
                      [("Net amount this invoice", fm(this_net, f), False), ("VAT @ 20%", fm(vat, f), False),
                       ("Total due this invoice", fm(tot, f), True)],
                      ["Payment terms: 30 days from date of invoice, per contract clause 4.8.",
                       "Retention of %s will be invoiced separately on the issue of the Certificate of Making Good." % fm(retention, f),
                       "BACS: Harcourt Build Ltd · sort code 20-45-77 · IBAN %s" % mk.iban_spaced(ib)],
                      ["Harcourt Build Ltd · Registered in England & Wales no. 08871245 · Registered office as above"])
    body = ("Dear Rachel,\n\nPlease find attached our final account invoice for Brampton Lane, together with the variations\n"
            "schedule your QS asked for. Retention is shown as withheld.\n\nKind regards,\n\nDave Harcourt\nHarcourt Build Ltd\n")
    eml = mk.mail(rng, "accounts@harcourtbuild.co.uk", "Harcourt Build Accounts", "Rachel Okafor <r.okafor@peakvalleyha.org.uk>",
                  "Brampton Lane - final account invoice HBL-1146", issue, body_text=body, pdf=True)
    add("builder final account with retention", "en", "pdf", "accounts@harcourtbuild.co.uk", "r.okafor@peakvalleyha.org.uk", eml, pages,
        "HBL-1146 Final Account.pdf",
        mk.expected(num, tot, tot, issue, due, "Peak Valley Housing Association", "r.okafor@peakvalleyha.org.uk", ib, True, "en", currency="GBP"),
        note="UK final account: contract sum, variations and final account value are printed, retention and earlier valuations deducted before VAT; only 'Total due this invoice' is this invoice's amount. PO is not a payment reference.")


def inv_ie_dentist():
    ib = iban("IE")
    issue = D(2026, 11, 26)
    due = issue
    L = [("Examination & scale and polish", 1, "", 9500, 0), ("Composite filling UR6 (2 surfaces)", 1, "", 14000, 0),
         ("Periapical x-ray", 2, "", 2500, 0)]
    nets, net, vat, tot, by = calc(L)
    paid = 5000
    num = "88214"
    f = "eur-en"
    pages = build_pdf("en", ["Riverside Dental Practice", "14 Quay Street, Galway H91 X2C6", "Tel 091 56 2210",
                             "accounts@riversidedental.ie"],
                      ["Ms Siobhán Ní Fhlatharta", "7 Ard na Gréine", "Oranmore, Co. Galway"],
                      "STATEMENT & INVOICE", [("Invoice", num), ("Date", mk.date(issue, "short-en")), ("Patient no.", "P-03318")],
                      [("Treatment", 56, "left"), ("Tooth", 350, "right"), ("Fee", 539, "right")],
                      [(L[0][0], "", fm(nets[0], f)), (L[1][0], "UR6", fm(nets[1], f)), (L[2][0] + " x2", "", fm(nets[2], f))],
                      [("Total fees", fm(tot, f), False), ("Paid on the day (card)", "-" + fm(paid, f), False),
                       ("Balance due", fm(tot - paid, f), True)],
                      ["Payment is due on receipt. Dental treatment is exempt from VAT.",
                       "Pay by bank transfer to IBAN %s (BIC AIBKIE2D), quoting your patient number." % mk.iban_spaced(ib),
                       "Keep this invoice for your Med 2 tax relief claim."],
                      ["Riverside Dental Practice · Dr Ciarán Moloney BDS · Dental Council reg. 4471"])
    body = ("Dear Siobhán,\n\nThank you for attending today. Please find attached your invoice; the balance after your\n"
            "payment on the day is payable on receipt.\n\nKind regards,\nReception, Riverside Dental\n")
    eml = mk.mail(rng, "accounts@riversidedental.ie", "Riverside Dental Practice", "siobhan.nifhlatharta@eircom.net",
                  subj("Your invoice from Riverside Dental – 26 Nov"), issue, body_text=body, pdf=True)
    add("dentist invoice to private patient", "en", "pdf", "accounts@riversidedental.ie", "siobhan.nifhlatharta@eircom.net", eml, pages,
        "invoice_88214.pdf",
        mk.expected(num, tot - paid, tot, issue, due, "Siobhán Ní Fhlatharta", "siobhan.nifhlatharta@eircom.net", ib, False, "en"),
        note="Irish dentist: titled 'Statement & Invoice', part paid by card on the day, balance payable on receipt (due = issue date); patient number is asked to be quoted but not labelled as a reference.")


def inv_us_dev_sprint():
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    L = [("Sprint 14 (Nov 2 - Nov 13): checkout API, Stripe webhooks", 72, "hrs", 14500, 0),
         ("Sprint 15 (Nov 16 - Nov 27): admin dashboard, CSV export", 64.5, "hrs", 14500, 0),
         ("Code review / release support", 6, "hrs", 14500, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "1042"
    po = "PO-77213"
    f = "usd"
    pages = build_pdf("en", ["Ortega Software LLC", "2210 Alder St, Suite 4", "Portland, OR 97205", "billing@ortegasoftware.dev",
                             "EIN 84-3317205"],
                      ["Cascade Outfitters, Inc.", "Accounts Payable", "1400 NW Johnson St", "Portland, OR 97209"],
                      "INVOICE", [("Invoice #", num), ("Date", mk.date(issue, "us")), ("Terms", "Net 30"),
                                  ("Due", mk.date(due, "us")), ("PO #", po)],
                      [("Description", 56, "left"), ("Hours", 350, "right"), ("Rate", 445, "right"), ("Amount", 539, "right")],
                      [(l[0], qty(l[1], "en"), fm(l[3], f), fm(n, f)) for (l, n) in zip(L, nets)],
                      [("Subtotal", fm(net, f), False), ("Sales tax", fm(0, f), False), ("Balance due", fm(tot, f), True)],
                      ["Please reference PO-77213 on your remittance advice.",
                       "ACH: Columbia Bank · routing 123006800 · account 4402 1187 09",
                       "Checks payable to Ortega Software LLC at the address above."],
                      ["Thank you for your business!"])
    body = ("Hi AP team,\n\nAttached is invoice #1042 for sprints 14 and 15 against PO-77213. Time logs are in the shared\n"
            "Jira board if needed. Let me know if anything is missing for approval.\n\nThanks,\nMarisol Ortega\nOrtega Software LLC\n")
    eml = mk.mail(rng, "billing@ortegasoftware.dev", "Marisol Ortega", "ap@cascadeoutfitters.com",
                  "Invoice #1042 - PO-77213 - Sprints 14-15", issue, body_text=body, pdf=True)
    add("freelance developer sprint on PO", "en", "pdf", "billing@ortegasoftware.dev", "ap@cascadeoutfitters.com", eml, pages,
        "Ortega_Invoice_1042.pdf",
        mk.expected(num, tot, tot, issue, due, "Cascade Outfitters, Inc.", "ap@cascadeoutfitters.com", None, True, "en", currency="USD"),
        note="US freelancer invoice on a purchase order; no IBAN (ACH routing/account); PO to be quoted on remittance is not a payment reference; a bare four-digit invoice number.")


def inv_uk_saas_dd():
    ib = iban("GB")
    issue = D(2026, 12, 1)
    due = D(2026, 12, 8)
    L = [("Rotaly Team plan — annual (08 Dec 2026 – 07 Dec 2027)", 1, "", 114000, 20),
         ("Additional locations", 2, "", 18000, 20)]
    nets, net, vat, tot, by = calc(L)
    num = "RT-2026-118204"
    f = "gbp"
    pages = build_pdf("en", ["Rotaly Ltd", "Floor 3, 21 Great Ancoats Street", "Manchester M4 5AE", "billing@rotaly.co.uk",
                             "VAT GB 402 1187 55"],
                      ["The Copper Kettle Tearooms", "Helen Broadbent", "12 Market Place", "Hebden Bridge HX7 8AA"],
                      "TAX INVOICE", [("Invoice number", num), ("Invoice date", mk.date(issue, "long", "en")),
                                      ("Account", "ACC-55190"), ("Payment", "Direct Debit")],
                      [("Description", 56, "left"), ("Qty", 350, "right"), ("Unit price", 445, "right"), ("Amount", 539, "right")],
                      [(l[0], str(l[1]), fm(l[3], f), fm(n, f)) for (l, n) in zip(L, nets)],
                      [("Subtotal", fm(net, f), False), ("VAT 20%", fm(vat[20], f), False), ("Total", fm(tot, f), True)],
                      ["This amount will be collected by Direct Debit on or just after %s from the account" % mk.date(due, "long", "en"),
                       "ending ••••4471 (Rotaly Ltd, SUN 448821). No action is needed.",
                       "Paying from abroad? Our IBAN is %s." % mk.iban_spaced(ib)],
                      ["Rotaly Ltd · Company no. 11920418"])
    body = ("Hi Helen,\n\nYour Rotaly Team plan renews on 8 December 2026. Your invoice is attached.\n\n"
            "Amount: %s\nCollected by Direct Debit on: %s\n\nManage billing: https://app.rotaly.co.uk/billing\n\n"
            "— The Rotaly team\n") % (fm(tot, f), mk.date(due, "long", "en"))
    eml = mk.mail(rng, "billing@rotaly.co.uk", "Rotaly", "helen@copperkettlehebden.co.uk",
                  "Your Rotaly invoice RT-2026-118204", issue, body_text=body, pdf=True)
    add("SaaS annual subscription (direct debit)", "en", "pdf", "bounces+118204@mail.rotaly.co.uk", "helen@copperkettlehebden.co.uk",
        eml, pages, "RT-2026-118204.pdf",
        mk.expected(num, tot, tot, issue, due, "The Copper Kettle Tearooms", "helen@copperkettlehebden.co.uk", ib, True, "en", currency="GBP"),
        note="Annual SaaS renewal collected by Direct Debit: due date = the stated collection date; a masked debtor account and a SUN appear; the IBAN is offered for foreign payers.")


def inv_uk_haulier():
    ib = iban("GB")
    issue, sent = D(2026, 11, 30), D(2026, 12, 2)
    # "30 days EOM": 30 days from the last day of the invoice's month (corpus/invoices/README.md's
    # conventions; relabelled from the end of the next month in issue 8's due-date round).
    due = month_end(issue, 0) + TD(days=30)
    legs = [("27/11 Leicester DC → Rotterdam (Maasvlakte) CMR 0418832, 24 plt", 1, "", 168000, 0),
            ("28/11 Rotterdam → Venlo backload CMR 0418847, 18 plt", 1, "", 74000, 0),
            ("Waiting time Rotterdam (2.5 h over 2 h free)", 2.5, "h", 4500, 0),
            ("Eurotunnel / ferry crossing Harwich–Hoek", 1, "", 41500, 0)]
    nets0 = [round(q * p) for (_, q, _, p, _) in legs]
    fuel = round((nets0[0] + nets0[1]) * 0.118)
    L = legs + [("Fuel surcharge 11.8% on freight (index Nov 2026)", 1, "", fuel, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "SFL/26/3391"
    f = "gbp"
    pages = build_pdf("en", ["Stanforth Freight Ltd", "Unit 12, Magna Park", "Lutterworth LE17 4XN", "invoices@stanforth-freight.co.uk",
                             "VAT GB 211 4096 73"],
                      ["Brinkley Home Goods Ltd", "Purchase Ledger", "Meridian Business Park", "Leicester LE19 1WP"],
                      "INVOICE", [("Invoice No", num), ("Tax point", mk.date(issue, "dmy/")), ("Account", "BRI001"),
                                  ("Your ref", "Shipment 2611-B"), ("Terms", "30 days EOM")],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Net", fm(net, f), False), ("VAT 0% (international transport)", fm(0, f), False), ("Invoice total", fm(tot, f), True)],
                      ["Terms: payment 30 days end of month following invoice. All business is carried out under RHA Conditions",
                       "of Carriage 2020 and, for international legs, the CMR Convention.",
                       "Bank: Lloyds · sort code 30-96-12 · IBAN %s" % mk.iban_spaced(ib)],
                      ["Stanforth Freight Ltd · Reg. no. 06119024 · O-licence OF1129874"])
    body = ("Good afternoon,\n\nPlease find attached invoice SFL/26/3391 for shipment 2611-B. Signed CMRs attached to the POD portal.\n\n"
            "Regards,\nCredit Control\nStanforth Freight Ltd\n")
    eml = mk.mail(rng, "invoices@stanforth-freight.co.uk", "Stanforth Freight Ltd", "purchase.ledger@brinkleyhome.co.uk",
                  "Invoice SFL/26/3391 - Shipment 2611-B", sent, body_text=body, pdf=True)
    add("haulier freight invoice", "en", "pdf", "invoices@stanforth-freight.co.uk", "purchase.ledger@brinkleyhome.co.uk", eml, pages,
        "SFL-26-3391.pdf",
        mk.expected(num, tot, tot, issue, due, "Brinkley Home Goods Ltd", "purchase.ledger@brinkleyhome.co.uk", ib, True, "en", currency="GBP"),
        note="Freight with CMR numbers, waiting time and a fuel surcharge percentage; zero-rated; '30 days EOM' read as 30 days after the end of the invoice month (%s); 'Tax point' labels the date; mailed two days later." % due.isoformat())


def inv_au_photographer():
    issue = D(2026, 11, 28)
    due = D(2027, 1, 16)
    L = [("Wedding collection 'Golden Hour' (8 hrs)", 1, "", 480000, 10),
         ("Engagement session", 1, "", 55000, 10), ("Travel Byron Bay (return, 2 days)", 1, "", 38000, 10)]
    nets, net, vat, tot, by = calc(L, incl=True)
    ret = 150000
    num = "INV-0219"
    f = "usd"
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#333\">\n"
            "<div style=\"max-width:560px;margin:auto\">\n<p style=\"font-size:12px;color:#888\">Sent via Snapbook on behalf of Saltwater &amp; Sage Photography</p>\n"
            "<h2>Invoice %s</h2>\n<p>Hi Chloe &amp; Tom,</p>\n<p>Only 7 weeks to go! Here's the invoice for the remaining balance of your wedding package.</p>\n"
            "<table width=\"100%%\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
            "<tr><td>Issued</td><td>%s</td></tr><tr><td>Billed to</td><td>Chloe Rennick &amp; Tom Abernethy</td></tr>\n%s"
            "<tr><td><b>Total (AUD, incl. GST)</b></td><td align=\"right\"><b>%s</b></td></tr>\n"
            "<tr><td>Includes GST</td><td align=\"right\">%s</td></tr>\n"
            "<tr><td>Retainer paid 14 Feb 2026</td><td align=\"right\">-%s</td></tr>\n"
            "<tr><td><b>Balance due %s</b></td><td align=\"right\"><b>%s</b></td></tr></table>\n"
            "<p>The balance is due two weeks before the wedding. Pay by card with the button below, or by bank transfer:<br>"
            "BSB 062-517 · Account 1088 4420 · Saltwater &amp; Sage Photography</p>\n"
            "<p><a href=\"https://pay.snapbook.io/i/9xq2LrT\" style=\"background:#2a6f6f;color:#fff;padding:10px 18px\">Pay %s</a></p>\n"
            "<p>Cheers,<br>Mia<br>Saltwater &amp; Sage Photography · ABN 51 824 753 556</p>\n</div></body></html>") % (
        num, mk.date(issue, "long", "en"),
        "".join("<tr><td>%s</td><td align=\"right\">%s</td></tr>\n" % (l[0], fm(n, f)) for (l, n) in zip(L, nets)),
        fm(tot, f), fm(vat[10], f), fm(ret, f), mk.date(due, "long", "en"), fm(tot - ret, f), fm(tot - ret, f))
    eml = mk.mail(rng, "notifications@snapbook.io", "Saltwater & Sage Photography via Snapbook",
                  "Chloe Rennick <chloe.rennick@outlook.com.au>", "Invoice INV-0219 from Saltwater & Sage Photography", issue,
                  body_html=html, extra_headers=["Reply-To: Mia Castellano <hello@saltwaterandsage.com.au>"], msgid_domain="snapbook.io")
    add("wedding photographer balance (platform)", "en", "body-html", "bounce-7731@snapbook.io", "chloe.rennick@outlook.com.au", eml,
        exp=mk.expected(num, tot - ret, tot, issue, due, "Chloe Rennick & Tom Abernethy", "chloe.rennick@outlook.com.au", None, False, "en", currency="AUD"),
        note="Australian photographer's balance sent by a booking platform (business in Reply-To); AUD with '$' only; GST-inclusive; retainer subtracted; BSB/account, no IBAN.")


def inv_ie_consultancy():
    ib = iban("IE")
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    L = [("Consultancy day rate — Senior consultant (M. Doyle)", 9, "days", 95000, 23),
         ("Consultancy day rate — Analyst (A. Brennan)", 6, "days", 62000, 23),
         ("Travel: Dublin–Castlebar mileage 2 x 2 trips (1,208 km @ €0.4382)", 1, "", 52935, 23),
         ("Subsistence: overnight allowance (4 nights @ €147.75)", 4, "", 14775, 23)]
    nets, net, vat, tot, by = calc(L)
    num = "LC-2026-0093"
    po = "MCC-PO-260771"
    f = "eur-en"
    pages = build_pdf("en", ["Lismore Consulting Ltd", "27 Fitzwilliam Place, Dublin 2, D02 T292", "accounts@lismoreconsulting.ie",
                             "VAT IE 3512447KH"],
                      ["Mayo County Council", "Finance Section — Accounts Payable", "Áras an Chontae", "The Mall, Castlebar, Co. Mayo"],
                      "INVOICE", [("Invoice no.", num), ("Invoice date", mk.date(issue, "dmy/")), ("PO number", po),
                                  ("Contract", "Digital services review, Lot 2"), ("Period", "November 2026")],
                      [("Description", 56, "left"), ("Qty", 350, "right"), ("Rate", 445, "right"), ("Amount", 539, "right")],
                      [(l[0], qty(l[1], "en") + (" " + l[2] if l[2] else ""), fm(l[3], f) if l[1] != 1 else "", fm(n, f)) for (l, n) in zip(L, nets)],
                      [("Total ex VAT", fm(net, f), False), ("VAT @ 23%", fm(vat[23], f), False), ("Total due", fm(tot, f), True)],
                      ["Payment within 30 days in accordance with the Prompt Payment of Accounts Act.",
                       "Bank: AIB, IBAN %s, BIC AIBKIE2D. Please quote the invoice number." % mk.iban_spaced(ib)],
                      ["Lismore Consulting Ltd · CRO 688120 · Directors: M. Doyle, F. Kinsella"])
    x = ubl(num, issue, due, "EUR", "Lismore Consulting Ltd", "IE3512447KH", "Mayo County Council", ib, None, L, nets, vat, net, tot, order=po)
    body = ("Dear Accounts Payable,\n\nPlease find attached invoice LC-2026-0093 (PDF and PEPPOL UBL) for November's work on\n"
            "the digital services review. Timesheets approved by Ms Gallagher are included.\n\nKind regards,\nFiona Kinsella\nLismore Consulting\n")
    eml = mk.mail(rng, "accounts@lismoreconsulting.ie", "Lismore Consulting Accounts", "accountspayable@mayococo.ie",
                  "Invoice LC-2026-0093 / PO MCC-PO-260771", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "LC-2026-0093.xml")
    add("consultancy day rates with travel", "en", "pdf+ubl", "accounts@lismoreconsulting.ie", "accountspayable@mayococo.ie", eml,
        pages, "LC-2026-0093.pdf",
        mk.expected(num, tot, tot, issue, due, "Mayo County Council", "accountspayable@mayococo.ie", ib, True, "en"),
        note="Irish consultancy to a county council: day rates, mileage and subsistence (rates inside the descriptions), PO number not a payment reference.", ubl_xml=x)


def inv_uk_garage():
    ib = iban("GB")
    issue = D(2026, 11, 25)
    due = issue + TD(days=7)
    L = [("MOT test class 4", 1, "", 5485, 0), ("Front brake pads (pair)", 1, "", 4850, 20),
         ("Nearside rear tyre 205/55 R16 91V", 1, "", 8900, 20), ("Tyre disposal fee", 1, "", 250, 20),
         ("Labour", 1.5, "hrs", 7200, 20)]
    nets, net, vat, tot, by = calc(L)
    num = "W-48817"
    f = "gbp"
    pages = build_pdf("en", ["Penrose Motors", "Station Yard, Truro TR1 3HH", "01872 271 440", "office@penrosemotors.co.uk",
                             "VAT Reg No 902 4471 18"],
                      ["Mr and Mrs Trevithick", "Rosewarne Cottage", "Ladock, Truro TR2 4PN"],
                      "INVOICE", [("Invoice", num), ("Date", mk.date(issue, "dmy/")), ("Reg", "WK17 XFP"), ("Mileage", "68,410")],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Parts & labour (VATable)", fm(by[20], f), False), ("VAT @ 20%", fm(vat[20], f), False),
                       ("MOT fee (outside the scope of VAT)", fm(by[0], f), False), ("TOTAL", fm(tot, f), True)],
                      ["MOT pass certificate no. 7731 0284 4419. Advisory: offside rear tyre close to limit.",
                       "Payment within 7 days please: Penrose Motors, sort code 60-02-24, IBAN %s." % mk.iban_spaced(ib)],
                      ["Penrose Motors is a trading name of A. J. Penrose Ltd, reg. 04418871"])
    body = ("Hello Mr Trevithick,\n\nThe Golf passed its MOT — brake pads and one tyre replaced as agreed on the phone.\n"
            "Invoice attached. You can collect any time until 5:30.\n\nThanks,\nSteve\nPenrose Motors\n")
    eml = mk.mail(rng, "office@penrosemotors.co.uk", "Penrose Motors", "jtrevithick@btinternet.com",
                  "Invoice W-48817 - WK17 XFP MOT and brakes", issue, body_text=body, pdf=True)
    add("garage repair with MOT", "en", "pdf", "office@penrosemotors.co.uk", "jtrevithick@btinternet.com", eml, pages,
        "Invoice_W-48817.pdf",
        mk.expected(num, tot, tot, issue, due, "Mr and Mrs Trevithick", "jtrevithick@btinternet.com", ib, False, "en", currency="GBP"),
        note="UK garage: MOT fee outside VAT beside 20% parts and labour; the MOT certificate number is not a reference; couple keeps 'Mr and Mrs' (only a surname).")


def inv_uk_music_teacher():
    issue = D(2026, 12, 3)
    due = D(2027, 1, 11)
    lessons = 11
    rate = 2400
    book = 895
    tot = lessons * rate + book
    num = "SP-2027-SPR-07"
    body = ("Dear Mrs Adeyemi,\n\nPlease find below the invoice for Tobi's piano lessons next term.\n\n"
            "INVOICE %s          Date: %s\n\n"
            "To: Funmi Adeyemi\n     42 Grantchester Road, Cambridge CB3 9ED\n\n"
            "Spring term 2027: %d x 30-minute lessons @ %s ..... %s\n"
            "Grade 3 piano exam pieces book ....................... %s\n"
            "TOTAL ................................................ %s\n\n"
            "Fees are payable in advance, by the first lesson of term (Monday %s).\n"
            "Bank transfer to: Susan Parrish, sort code 09-01-28, account 21047730, reference TOBI SPR.\n"
            "A term's notice is needed to stop lessons (see my terms sent in September).\n\n"
            "Best wishes,\nSusan Parrish LRSM\nPiano & theory teacher\n07712 448 019\n") % (
        num, mk.date(issue, "dmy/"), lessons, fm(rate, "gbp"), fm(lessons * rate, "gbp"), fm(book, "gbp"), fm(tot, "gbp"),
        mk.date(due, "long", "en"))
    eml = mk.mail(rng, "susan.parrish.piano@gmail.com", "Susan Parrish", "funmi.adeyemi@yahoo.co.uk",
                  "Tobi - piano lessons spring term invoice", issue, body_text=body)
    add("music teacher term fee", "en", "body-text", "susan.parrish.piano@gmail.com", "funmi.adeyemi@yahoo.co.uk", eml,
        exp=mk.expected(num, tot, tot, issue, due, "Funmi Adeyemi", "funmi.adeyemi@yahoo.co.uk", None, False, "en", currency="GBP",
                        reference="TOBI SPR"),
        note="Typed term-fee invoice from a sole teacher: due by the first lesson (a date), UK sort code and account, no IBAN; 'reference TOBI SPR' is a labelled payment reference.")


def inv_uk_translator():
    ib = iban("GB")
    issue = D(2026, 11, 27)
    due = issue + TD(days=14)
    L = [("Translation DE>EN: share purchase agreement (Jobs 26-211)", 8420, "words", 12, 0),
         ("Certification statement + sworn copy", 1, "", 3500, 0),
         ("Urgent delivery surcharge (48 h)", 1, "", 20208, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "KW-2026-112"
    f = "gbp"
    rows = [(L[0][0], "8,420 words", "£0.12/word", fm(nets[0], f)), (L[1][0], "1", fm(3500, f), fm(nets[1], f)),
            (L[2][0] + " — 20%", "", "", fm(nets[2], f))]
    pages = build_pdf("plain", ["Katrin Weller MITI", "German–English legal translation · 8 Elm Row, Edinburgh EH7 4AA",
                                "katrin@wellertranslations.co.uk · +44 7700 914 552"],
                      ["Fairlie Munro LLP", "FAO: Accounts / ref. JMD/0447/12", "Quartermile Two", "2 Lister Square",
                       "Edinburgh EH3 9GL"],
                      "Invoice", [("Invoice no.", num), ("Date", mk.date(issue, "long", "en")), ("Your reference", "JMD/0447/12"),
                                  ("Payment due", "within 14 days")],
                      [("Item", 56, "left"), ("Volume", 350, "right"), ("Rate", 445, "right"), ("Amount", 539, "right")], rows,
                      [("Total", fm(tot, f), True)],
                      ["Not VAT registered. Please pay by bank transfer to K. Weller,",
                       "IBAN %s (sort code 40-11-62, account 71203394), quoting the invoice number." % mk.iban_spaced(ib)],
                      ["Thank you for your custom."])
    body = ("Dear Jamie,\n\nAttached is my invoice for the SPA translation delivered on Wednesday. Certified copy posted today.\n\n"
            "Best regards,\nKatrin\n")
    eml = mk.mail(rng, "katrin@wellertranslations.co.uk", "Katrin Weller", "Jamie Drummond <jdrummond@fairliemunro.co.uk>",
                  "Invoice KW-2026-112 (your ref JMD/0447/12)", issue, body_text=body, pdf=True)
    add("translator per word", "en", "pdf", "katrin@wellertranslations.co.uk", "jdrummond@fairliemunro.co.uk", eml, pages,
        "Invoice KW-2026-112.pdf",
        mk.expected(num, tot, tot, issue, due, "Fairlie Munro LLP", "jdrummond@fairliemunro.co.uk", ib, True, "en", currency="GBP"),
        note="Scottish sole-trader translator, per-word rate, not VAT registered; the client's matter reference is not a payment reference; term 'within 14 days'.")


def inv_us_landscaping():
    issue = D(2026, 11, 16)
    due = issue + TD(days=15)
    L = [("Fall cleanup — leaf removal, common areas (3 visits)", 3, "", 68500, 0),
         ("Gutter clearing, clubhouse", 1, "", 29000, 0),
         ("Winterize irrigation system (blowout, 14 zones)", 1, "", 42500, 0),
         ("Mulch top-up, entrance beds (6 cu yd installed)", 6, "", 9800, 0)]
    nets, net, vat, tot, by = calc(L)
    tax = round(net * 0.0)
    num = "24-1187"
    f = "usd"
    rows = "".join("<tr><td>%s</td><td style=\"text-align:right\">%s</td></tr>\n" % (l[0], fm(n, f)) for (l, n) in zip(L, nets))
    html = ("<html><body>\n<table width=\"600\" style=\"font-family:Georgia,serif\">\n"
            "<tr><td><h1 style=\"color:#3b6e2a\">Greenbriar Lawn &amp; Landscape</h1>4410 Old Hickory Blvd · Nashville, TN 37218 · (615) 555-0142</td></tr>\n"
            "<tr><td><p><b>INVOICE %s</b><br>Date: %s<br>Terms: Net 15</p>\n"
            "<p><b>Bill to:</b><br>Willow Creek Homeowners Association<br>c/o Parkline Community Management<br>PO Box 110457<br>Nashville, TN 37222</p>\n"
            "<p>Service address: Willow Creek subdivision, common areas &amp; clubhouse</p></td></tr>\n"
            "<tr><td><table width=\"100%%\" border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">\n"
            "<tr><th align=\"left\">Service</th><th>Amount</th></tr>\n%s"
            "<tr><td><b>Total due</b></td><td style=\"text-align:right\"><b>%s</b></td></tr></table></td></tr>\n"
            "<tr><td><p>Payment due by %s. Make checks payable to Greenbriar Lawn &amp; Landscape LLC, or pay online at greenbriarlawn.com/pay.<br>"
            "A 1.5%% monthly finance charge applies to balances over 30 days.</p>\n<p>Thank you — see you in spring for the first mow!</p></td></tr>\n"
            "</table></body></html>") % (num, mk.date(issue, "us"), rows, fm(tot, f), mk.date(due, "us"))
    eml = mk.mail(rng, "office@greenbriarlawn.com", "Greenbriar Lawn & Landscape", "Parkline Community Management <ap@parklinecm.com>",
                  "Invoice 24-1187 - Willow Creek HOA fall services", issue, body_html=html)
    add("landscaper seasonal maintenance", "en", "body-html", "office@greenbriarlawn.com", "ap@parklinecm.com", eml,
        exp=mk.expected(num, tot, tot, issue, due, "Willow Creek Homeowners Association", "ap@parklinecm.com", None, True, "en", currency="USD"),
        note="US landscaper's HTML invoice to an HOA care of its management company (the mail goes to the manager); Net 15; no IBAN (check / online); a finance-charge percentage.")


def inv_uk_print_credit():
    ib = iban("GB")
    issue = D(2026, 11, 24)
    L = [("Credit: 500 x A5 flyers 350gsm silk (job 26-1932, misregistered colour)", -1, "", 8900, 20),
         ("Credit: delivery charge", -1, "", 950, 20)]
    nets, net, vat, tot, by = calc(L)
    num = "CN-00278"
    f = "gbp"
    pages = build_pdf("en", ["InkWell Print Studio", "5 Cheapside, Bristol BS2 8EH", "accounts@inkwellprint.co.uk", "VAT GB 284 6617 09"],
                      ["Bristol Community Choir", "Treasurer: Mr Owen Pryce", "11 Sydenham Hill", "Bristol BS6 5SL"],
                      "CREDIT NOTE", [("Credit note", num), ("Date", mk.date(issue, "short-en")), ("Against invoice", "INV-05516"),
                                      ("Job", "26-1932")],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Net", fm(net, f), False), ("VAT 20%", fm(vat[20], f), False), ("Total credit", fm(tot, f), True)],
                      ["This credit has been applied to your account; it will be offset against invoice INV-05516.",
                       "Reprint (job 26-1940) supplied free of charge."],
                      ["InkWell Print Studio Ltd · Company 09412284 · IBAN %s" % mk.iban_spaced(ib)])
    body = ("Hi Owen,\n\nSorry again about the flyers. Here's the credit note for the first batch — the reprint is on us.\n\n"
            "Cheers,\nNadia\nInkWell Print Studio\n")
    eml = mk.mail(rng, "accounts@inkwellprint.co.uk", "InkWell Print Studio", "treasurer@bristolcommunitychoir.org.uk",
                  "Credit note CN-00278 for job 26-1932", issue, body_text=body, pdf=True)
    add("print shop credit note", "en", "pdf", "accounts@inkwellprint.co.uk", "treasurer@bristolcommunitychoir.org.uk", eml, pages,
        "CN-00278.pdf",
        mk.expected(num, tot, tot, issue, None, "Bristol Community Choir", "treasurer@bristolcommunitychoir.org.uk", ib, True, "en",
                    currency="GBP", credit=True),
        note="Print shop credit note (negative) to a choir (an association) for a misprinted job; offset against the original invoice, so no due date.")


def inv_ie_farm():
    ib = iban("IE")
    issue = D(2026, 11, 29)
    due = issue + TD(days=14)
    L = [("Mixed salad leaves (kg)", 6, "kg", 1400, 0), ("Rainbow chard (bunch)", 12, "", 350, 0),
         ("Heritage carrots (kg)", 15, "kg", 320, 0), ("Kale cavolo nero (kg)", 4, "kg", 900, 0),
         ("Free-range eggs (tray of 30)", 5, "", 1150, 0), ("Edible flowers (punnet)", 6, "", 600, 13.5),
         ("Cut flowers, table posies", 10, "", 450, 13.5)]
    nets, net, vat, tot, by = calc(L)
    num = "BHF-W48-07"
    f = "eur-en"
    pages = build_pdf("en", ["Ballyhale Farm", "Ballyhale, Co. Kilkenny R95 K2X7", "orders@ballyhalefarm.ie", "VAT IE 9734412T"],
                      ["Little Fox Bistro", "attn: Chef Darragh Quinlan", "22 Parliament Street", "Kilkenny R95 YH20"],
                      "INVOICE", [("Invoice", num), ("Date", mk.date(issue, "dmy/")), ("Delivery", "Week 48 (Tue 24 & Fri 27 Nov)"),
                                  ("Docket nos.", "4471, 4490")],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Subtotal", fm(net, f), False), ("VAT 0%% on %s" % fm(by[0], f), fm(0, f), False),
                       ("VAT 13.5%% on %s" % fm(by[13.5], f), fm(vat[13.5], f), False), ("Total", fm(tot, f), True)],
                      ["Weekly invoice for both deliveries. Payment within 14 days to IBAN %s." % mk.iban_spaced(ib),
                       "Crates: 6 out, 4 returned — 2 still with you (no charge while we get them back!)"],
                      ["Ballyhale Farm · Sinéad & Rory Walsh"])
    body = ("Hi Darragh,\n\nWeek 48 invoice attached. Cavolo nero is finishing up, plenty of chard and carrots for December.\n\n"
            "Sinéad\nBallyhale Farm\n")
    eml = mk.mail(rng, "orders@ballyhalefarm.ie", "Ballyhale Farm", "darragh@littlefoxbistro.ie",
                  "Ballyhale Farm invoice wk 48", issue, body_text=body, pdf=True)
    add("farm weekly delivery to restaurant", "en", "pdf", "orders@ballyhalefarm.ie", "darragh@littlefoxbistro.ie", eml, pages,
        "BHF-W48-07.pdf",
        mk.expected(num, tot, tot, issue, due, "Little Fox Bistro", "darragh@littlefoxbistro.ie", ib, True, "en"),
        note="Irish farm's weekly invoice to a restaurant: two deliveries with docket numbers, 0% and 13.5% VAT, crate count in the notes.")


def inv_uk_cleaning():
    ib = iban("GB")
    issue = D(2026, 12, 1)
    due = issue + TD(days=14)
    L = [("Contract cleaning — December 2026 (5 evenings/week)", 1, "", 138000, 20),
         ("Clinical waste bin exchange (4 bins)", 4, "", 1850, 20),
         ("Consumables: hand towels & soap, as supplied", 1, "", 6420, 20)]
    nets, net, vat, tot, by = calc(L)
    num = "SPK-10482"
    f = "gbp"
    pages = build_pdf("en", ["Sparkwell Commercial Cleaning", "Unit 3, Harbour Road", "Belfast BT3 9DT", "accounts@sparkwell.co.uk"],
                      ["Ormeau Dental Care Ltd", "Practice Manager", "301 Ormeau Road", "Belfast BT7 3GL"],
                      "INVOICE", [("Invoice", num), ("Date", mk.date(issue, "short-en")), ("Contract", "SW-C-0088"),
                                  ("Due date", mk.date(due, "short-en"))],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Subtotal", fm(net, f), False), ("VAT 20%", fm(vat[20], f), False), ("Amount due", fm(tot, f), True)],
                      ["Please pay by the due date to Sparkwell Cleaning Ltd, IBAN %s, reference SPK-10482." % mk.iban_spaced(ib)],
                      ["Sparkwell Cleaning Ltd · NI company no. NI641288 · VAT GB 318 0041 22"])
    body = ("Dear Practice Manager,\n\nPlease find your December invoice attached.\n\nKind regards,\nAccounts — Sparkwell Commercial Cleaning\n")
    eml = mk.mail(rng, "accounts@sparkwell.co.uk", "Sparkwell Commercial Cleaning", "manager@ormeaudentalcare.co.uk",
                  "December invoice SPK-10482", issue, body_text=body, pdf=True)
    add("cleaning company monthly contract", "en", "pdf", "accounts@sparkwell.co.uk", "manager@ormeaudentalcare.co.uk", eml, pages,
        "SPK-10482.pdf",
        mk.expected(num, tot, tot, issue, due, "Ormeau Dental Care Ltd", "manager@ormeaudentalcare.co.uk", ib, True, "en", currency="GBP",
                    reference=None),
        note="Monthly cleaning contract to a dental practice (Belfast); 'reference SPK-10482' in the payment sentence asks for the invoice's own number, so no reference is labelled (relabelled in session 28).")


def inv_us_rental():
    issue = D(2026, 11, 23)
    due = issue + TD(days=10)
    L = [("Staging 24' x 16' with skirting (weekend rate)", 1, "", 115000, 0),
         ("PA system, 2 mics, operator 5 hrs", 1, "", 68000, 0),
         ("Folding chairs", 250, "", 225, 0),
         ("Delivery, setup & strike", 1, "", 38500, 0),
         ("Damage: 6 chairs bent (replacement cost)", 6, "", 3400, 0)]
    nets, net, vat, tot, by = calc(L)
    tax = round(net * 0.0925)
    gross = net + tax
    dep = 50000
    num = "EVR-30917"
    f = "usd"
    pages = build_pdf("en", ["Stagecraft Event Rentals", "880 Industrial Pkwy", "Hayward, CA 94544", "billing@stagecraftrentals.com"],
                      ["Lincoln Elementary PTA", "Attn: Treasurer", "1120 Oak Ave", "San Leandro, CA 94577"],
                      "INVOICE", [("Invoice #", num), ("Date", mk.date(issue, "us")), ("Event", "Winter Carnival, Nov 21"),
                                  ("Order #", "Q-4418"), ("Terms", "Net 10")],
                      COLS_EN, lrows(L, nets, "en", "en0", unit=False),
                      [("Subtotal", fm(net, f), False), ("Sales tax 9.25%", fm(tax, f), False), ("Total", fm(gross, f), True),
                       ("Less security deposit held", "-" + fm(dep, f), False), ("Balance due", fm(gross - dep, f), True)],
                      ["Your $500.00 security deposit has been applied against the damage charge and this balance.",
                       "Pay by check or at stagecraftrentals.com/pay (card fee 3%)."],
                      ["Stagecraft Event Rentals LLC · CA Seller's Permit 102-448812"])
    body = ("Hi there,\n\nThanks for renting with Stagecraft for the Winter Carnival! Your final invoice is attached; on return we\n"
            "found 6 chairs that were bent, so the replacement cost is on the invoice and the deposit is applied.\n\n"
            "Best,\nRenee — Stagecraft Event Rentals\n")
    eml = mk.mail(rng, "billing@stagecraftrentals.com", "Stagecraft Event Rentals", "treasurer@lincolnpta.org",
                  "Invoice EVR-30917 - Winter Carnival", issue, body_text=body, pdf=True)
    add("event rental with damage deposit", "en", "pdf", "billing@stagecraftrentals.com", "treasurer@lincolnpta.org", eml, pages,
        "EVR-30917.pdf",
        mk.expected(num, gross - dep, gross, issue, due, "Lincoln Elementary PTA", "treasurer@lincolnpta.org", None, True, "en", currency="USD"),
        note="US event rental: damage charge, sales tax, security deposit applied against the balance; no IBAN; Order # is not a reference.")


# ================================================================ INVOICES — German (DE)
def inv_de_steuerberater():
    ib = iban("DE")
    issue, sent = D(2026, 11, 10), D(2026, 11, 16)
    due = issue + TD(days=14)
    L = [("Einkommensteuererklärung 2025, § 24 Abs. 1 Nr. 1 StBVV, Gegenstandswert 71.480 €, 3/10 aus 1.253,00 €", 1, "", 37590, 19),
         ("Ermittlung Einkünfte Vermietung (Anlage V), § 27 StBVV, Gegenstandswert 14.200 €, 5/20 aus 783,00 €", 1, "", 19575, 19),
         ("Anlage Kind (2x), § 24 Abs. 1 Nr. 1 StBVV, Zeitgebühr § 13 StBVV 0,75 Std. à 65,00 €", 1, "", 4875, 19),
         ("Post- und Telekommunikationspauschale § 16 StBVV", 1, "", 2000, 19)]
    nets, net, vat, tot, by = calc(L)
    num = "2026/0731"
    f = "de"
    rows = []
    for (l, n) in zip(L, nets):
        a, b = (l[0].split(", ", 1) + [""])[:2]
        rows.append((a, fm(n, "de0")))
        if b:
            rows.append(("     " + b, ""))
    pages = build_pdf("din", ["Steuerberatung Hallmann", "Dipl.-Kfm. Jörg Hallmann · Steuerberater", "Lindenallee 14 · 48147 Münster",
                              "Tel. 0251 38 44 10", "kanzlei@stb-hallmann.de"],
                      ["Herrn", "Dr. Benedikt Overmann", "Wolbecker Str. 211", "48155 Münster"],
                      "Gebührenrechnung", [("Rechnungs-Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("Mandant", "20417"),
                                           ("Veranlagungszeitraum", "2025")],
                      [("Leistung / Berechnung", 56, "left"), ("Betrag", 539, "right")], rows,
                      [("Summe netto", fm(net, f), False), ("zzgl. 19 % USt.", fm(vat[19], f), False), ("Rechnungsbetrag", fm(tot, f), True)],
                      ["Die Gebühren wurden nach der Steuerberatervergütungsverordnung (StBVV) berechnet.",
                       "Zahlbar ohne Abzug innerhalb von 14 Tagen nach Rechnungsdatum.",
                       "Verwendungszweck: RE 2026/0731 Mdt 20417"],
                      ["Bankverbindung: Sparkasse Münsterland Ost · IBAN %s · BIC WELADED1MST" % mk.iban_spaced(ib),
                       "USt-IdNr. DE287744190 · Mitglied der Steuerberaterkammer Westfalen-Lippe"],
                      ret="Steuerberatung Hallmann · Lindenallee 14 · 48147 Münster")
    body = ("Sehr geehrter Herr Dr. Overmann,\n\nanbei erhalten Sie unsere Gebührenrechnung für die Erstellung Ihrer\n"
            "Einkommensteuererklärung 2025. Der Bescheid ist inzwischen eingegangen und wurde geprüft.\n\n"
            "Mit freundlichen Grüßen\nJörg Hallmann\nSteuerberater\n")
    eml = mk.mail(rng, "kanzlei@stb-hallmann.de", "Steuerberatung Hallmann", "b.overmann@web.de",
                  subj("Gebührenrechnung 2026/0731 – ESt 2025"), sent, body_text=body, pdf=True)
    add("tax adviser fee note (StBVV)", "de", "pdf", "kanzlei@stb-hallmann.de", "b.overmann@web.de", eml, pages,
        "Gebuehrenrechnung_2026-0731.pdf",
        mk.expected(num, tot, tot, issue, due, "Dr. Benedikt Overmann", "b.overmann@web.de", ib, False, "de",
                    reference="RE 2026/0731 Mdt 20417"),
        note="Steuerberater's Gebührenrechnung by StBVV: Gegenstandswerte and full-fee amounts inside the lines are not totals; a Verwendungszweck in words; sent six days after its date.")


def inv_de_architekt():
    ib = iban("DE")
    issue = D(2026, 11, 23)
    due = issue + TD(days=21)
    honorar = 6234000
    lph = [("LPH 1 Grundlagenermittlung", 2, 100), ("LPH 2 Vorplanung", 7, 100), ("LPH 3 Entwurfsplanung", 15, 100),
           ("LPH 4 Genehmigungsplanung", 3, 100), ("LPH 5 Ausführungsplanung", 25, 60), ("LPH 6 Vorbereitung der Vergabe", 10, 40),
           ("LPH 7 Mitwirkung bei der Vergabe", 4, 0), ("LPH 8 Objektüberwachung", 32, 0), ("LPH 9 Objektbetreuung", 2, 0)]
    rows = []
    earned = 0
    for (name, pct, done) in lph:
        v = round(honorar * pct / 100 * done / 100)
        earned += v
        rows.append((name, "%d %%" % pct, "%d %%" % done, fm(v, "de0")))
    nk = round(earned * 0.05)
    rows.append(("Nebenkosten pauschal 5 % (§ 14 HOAI)", "", "", fm(nk, "de0")))
    extra = [("Besondere Leistung: Bestandsaufnahme / Aufmaß", "", "", fm(184000, "de0")),
             ("Besondere Leistung: Energieberatung GEG-Nachweis", "", "", fm(96000, "de0"))]
    rows += extra
    earned_all = earned + nk + 184000 + 96000
    prev = [("Abschlagsrechnung Nr. 1 vom 14.04.2026", 1180000), ("Abschlagsrechnung Nr. 2 vom 31.07.2026", 1620000)]
    for (t, v) in prev:
        rows.append(("abzgl. " + t + " (netto)", "", "", "-" + fm(v, "de0")))
    this_net = earned_all - sum(v for (_, v) in prev)
    vat = round(this_net * 0.19)
    tot = this_net + vat
    num = "AR-3-2026-017"
    f = "de"
    pages = build_pdf("din", ["Architekturbüro Sandner + Wolff", "Freie Architekten BDA", "Hohe Straße 51 · 01069 Dresden",
                              "buero@sandner-wolff.de", "USt-IdNr. DE311248870"],
                      ["Herrn und Frau", "Jonas und Miriam Kessler", "Bautzner Landstraße 88", "01324 Dresden"],
                      "3. Abschlagsrechnung nach § 15 HOAI", [("Rechnungs-Nr.", num), ("Datum", mk.date(issue, "dmy.")),
                                                               ("Projekt", "EFH Kessler, Neubau"), ("Projekt-Nr.", "2025-14"),
                                                               ("Vertrag vom", "03.02.2026")],
                      [("Leistungsphase", 56, "left"), ("Anteil", 330, "right"), ("erbracht", 410, "right"), ("Honorar netto", 539, "right")],
                      rows,
                      [("Summe erbrachte Leistungen netto", fm(earned_all, f), False),
                       ("abzgl. bisherige Abschläge netto", "-" + fm(sum(v for (_, v) in prev), f), False),
                       ("Abschlag netto", fm(this_net, f), False), ("zzgl. 19 % USt.", fm(vat, f), False),
                       ("Zahlbetrag", fm(tot, f), True)],
                      ["Honorargrundlage: anrechenbare Kosten 486.500 € (Kostenberechnung), Honorarzone III, Basishonorarsatz,",
                       "Honorar 100 %% = %s netto. Zahlbar innerhalb von 21 Tagen auf IBAN %s." % (fm(honorar, f), mk.iban_spaced(ib))],
                      ["Sandner + Wolff Architekten PartGmbB · AG Dresden PR 412 · Ostsächsische Sparkasse Dresden · IBAN %s" % mk.iban_spaced(ib)],
                      split=9, cont=("Übertrag auf Seite 2", "Übertrag von Seite 1"), pagefmt="Seite {} von {}",
                      ret="Sandner + Wolff · Hohe Straße 51 · 01069 Dresden")
    body = ("Sehr geehrte Frau Kessler, sehr geehrter Herr Kessler,\n\nanbei unsere 3. Abschlagsrechnung; die Ausführungsplanung ist zu\n"
            "etwa 60 % abgeschlossen, die Ausschreibungen für Rohbau und Dach laufen.\n\nMit freundlichen Grüßen\n"
            "Katharina Sandner\nArchitektin\n")
    eml = mk.mail(rng, "buero@sandner-wolff.de", "Sandner + Wolff Architekten", "Miriam Kessler <miriam.kessler@gmx.de>",
                  subj("3. Abschlagsrechnung EFH Kessler (Projekt 2025-14)"), issue, body_text=body, pdf=True)
    add("architect HOAI progress invoice", "de", "pdf", "buero@sandner-wolff.de", "miriam.kessler@gmx.de", eml, pages,
        "AR-3-2026-017.pdf",
        mk.expected(num, tot, tot, issue, due, "Jonas und Miriam Kessler", "miriam.kessler@gmx.de", ib, False, "de"),
        note="Two-page HOAI Abschlagsrechnung: percentages per Leistungsphase, the 100% fee and anrechenbare Kosten are not totals; earlier Abschläge deducted before VAT; couple 'Herrn und Frau' with first names (forms dropped).")


def inv_de_werkstatt_skonto():
    ib = iban("DE")
    issue = D(2026, 11, 26)
    due = issue + TD(days=30)
    L = [("Hauptuntersuchung HU nach § 29 StVZO inkl. AU (Prüforganisation)", 1, "", 16200, 19),
         ("Bremsflüssigkeit wechseln, 12 AW", 12, "AW", 1190, 19), ("Bremsflüssigkeit DOT 4, 1 l", 1, "l", 1890, 19),
         ("Querlenker vorne links ersetzen, 18 AW", 18, "AW", 1190, 19), ("Querlenker VL (Teile-Nr. 1K0 407 151 BC)", 1, "St", 14650, 19),
         ("Achsvermessung", 1, "", 8900, 19), ("Altteileentsorgung/Kleinmaterial", 1, "", 690, 19)]
    nets, net, vat, tot, by = calc(L)
    sk = round(tot * 0.02)
    num = "R 26-11843"
    f = "de"
    pages = build_pdf("din", ["Kfz-Meisterbetrieb Rüdiger Pohl", "Gewerbestraße 7 · 73760 Ostfildern", "Tel. 0711 34 18 77",
                              "rechnung@kfz-pohl.de"],
                      ["Frau", "Sabine Lechner", "Im Kirchtal 15", "73760 Ostfildern"],
                      "Rechnung", [("Rechnung", num), ("Datum", mk.date(issue, "dmy.")), ("Auftrag", "A-7712"),
                                   ("Kennzeichen", "ES-SL 418"), ("Fahrzeug", "VW Golf VII Variant"), ("km-Stand", "128.455")],
                      COLS_DE, lrows(L, nets, "de", "de0"),
                      [("Nettobetrag", fm(net, f), False), ("MwSt. 19 %", fm(vat[19], f), False), ("Rechnungsbetrag", fm(tot, f), True)],
                      ["Zahlbar innerhalb von 7 Tagen mit 2 %% Skonto (%s) oder innerhalb von 30 Tagen netto." % fm(tot - sk, f),
                       "Nächste HU: 11/2028. Bitte geben Sie bei Überweisung die Rechnungsnummer an."],
                      ["Kfz-Meisterbetrieb Rüdiger Pohl e.K. · Kreissparkasse Esslingen · IBAN %s · St.-Nr. 59/312/40177" % mk.iban_spaced(ib)],
                      ret="Kfz Pohl · Gewerbestraße 7 · 73760 Ostfildern")
    body = ("Guten Tag Frau Lechner,\n\nIhr Golf hat die HU ohne Mängel bestanden. Die Rechnung finden Sie im Anhang.\n\n"
            "Viele Grüße\nIhr Team von Kfz Pohl\n")
    eml = mk.mail(rng, "rechnung@kfz-pohl.de", "Kfz Pohl", "sabine.lechner@t-online.de", "Ihre Rechnung R 26-11843",
                  issue, body_text=body, pdf=True)
    add("garage repair with HU/TÜV", "de", "pdf", "rechnung@kfz-pohl.de", "sabine.lechner@t-online.de", eml, pages,
        "Rechnung_R26-11843.pdf",
        mk.expected(num, tot, tot, issue, due, "Sabine Lechner", "sabine.lechner@t-online.de", ib, False, "de"),
        note="Garage with HU/AU, Arbeitswerte (AW) and parts; Skonto offer: the due date is the net term (30 days) and the amount the full amount, not the Skonto amount.")


def inv_de_spedition():
    ib = iban("DE")
    issue = D(2026, 11, 27)
    due = issue + TD(days=30)
    L = [("Komplettladung Duisburg → Wrocław, 13,6 lfm, CMR 2611-0447", 1, "", 124000, 19),
         ("Teilladung Duisburg → Poznań, 6 Pal., CMR 2611-0452", 1, "", 54000, 19),
         ("Dieselzuschlag 14,5 % (Dieselfloater Nov.)", 1, "", round((124000 + 54000) * 0.145), 19),
         ("Maut DE (Toll Collect)", 1, "", 16880, 19), ("Avisierung/Standgeld 1 Std.", 1, "", 4500, 19)]
    nets, net, vat, tot, by = calc(L)
    num = "SR-2026-08814"
    po = "BE-4410-2611"
    f = "de"
    pages = build_pdf("din", ["Rheinland Cargo GmbH", "Hafenstraße 120 · 47119 Duisburg", "Tel. 0203 80 41 0",
                              "fakturierung@rheinland-cargo.de", "USt-IdNr. DE814332061"],
                      ["Hüttner Stahlhandel GmbH", "Kreditorenbuchhaltung", "Kruppstraße 41", "45128 Essen"],
                      "Rechnung", [("Rechnungs-Nr.", num), ("Rechnungsdatum", mk.date(issue, "dmy.")), ("Leistungsdatum", "24.-25.11.2026"),
                                   ("Ihre Bestellung", po), ("Kunden-Nr.", "11092")],
                      COLS_DE, lrows(L, nets, "de", "de0", unit=False),
                      [("Summe netto", fm(net, f), False), ("USt. 19 %", fm(vat[19], f), False), ("Gesamtbetrag", fm(tot, f), True)],
                      ["Es gelten die ADSp 2017. Zahlungsziel: 30 Tage netto ab Rechnungsdatum.",
                       "Bitte überweisen Sie unter Angabe der Rechnungsnummer auf IBAN %s." % mk.iban_spaced(ib)],
                      ["Rheinland Cargo GmbH · HRB 21877 Duisburg · Geschäftsführer: M. Kaya · Commerzbank Duisburg · IBAN %s" % mk.iban_spaced(ib)],
                      ret="Rheinland Cargo GmbH · Hafenstraße 120 · 47119 Duisburg")
    x = ubl(num, issue, due, "EUR", "Rheinland Cargo GmbH", "DE814332061", "Hüttner Stahlhandel GmbH", ib, None, L, nets, vat, net, tot,
            order=po)
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung %s als PDF sowie als XRechnung (UBL).\n"
            "Die unterschriebenen CMR-Frachtbriefe stehen im Kundenportal.\n\nMit freundlichen Grüßen\nFakturierung\nRheinland Cargo GmbH\n") % num
    eml = mk.mail(rng, "fakturierung@rheinland-cargo.de", "Rheinland Cargo Fakturierung", "kreditoren@huettner-stahl.de",
                  "Rechnung SR-2026-08814 / Bestellung BE-4410-2611", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "SR-2026-08814_xrechnung.xml")
    add("haulier freight invoice", "de", "pdf+ubl", "fakturierung@rheinland-cargo.de", "kreditoren@huettner-stahl.de", eml, pages,
        "SR-2026-08814.pdf",
        mk.expected(num, tot, tot, issue, due, "Hüttner Stahlhandel GmbH", "kreditoren@huettner-stahl.de", ib, True, "de"),
        note="German freight invoice with CMR numbers, diesel surcharge and toll; the Bestellnummer (also in the subject and the UBL OrderReference) is not a payment reference.", ubl_xml=x)


def inv_de_echeck():
    ib = iban("DE")
    issue = D(2026, 11, 17)
    due = issue + TD(days=14)
    L = [("Prüfung ortsveränderlicher Betriebsmittel DGUV V3 / E-CHECK", 146, "St", 390, 19),
         ("Prüfung ortsfester Anlagen (Wohnanlage, 3 Treppenhäuser)", 1, "psch", 42000, 19),
         ("Prüfplaketten und Prüfprotokoll", 1, "psch", 3500, 19),
         ("Anfahrt", 2, "", 3900, 19)]
    nets, net, vat, tot, by = calc(L)
    num = "2026-1193"
    vz = "RE 2026-1193 / Obj. 08"
    f = "de"
    pages = build_pdf("din", ["Elektro Brandl GmbH", "Innungsfachbetrieb", "Landsberger Str. 302 · 80687 München",
                              "buchhaltung@elektro-brandl.de"],
                      ["Isar-Hausverwaltung Schrader GmbH", "z. Hd. Frau Weigl", "WEG Fürstenrieder Str. 60-64",
                       "Ganghoferstraße 29", "80339 München"],
                      "Rechnung E-CHECK", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(issue, "dmy.")),
                                           ("Prüfdatum", "09./10.11.2026"), ("Objekt", "08 – WEG Fürstenrieder Str."),
                                           ("Kundennummer", "40081")],
                      COLS_DE, lrows(L, nets, "de", "de0"),
                      [("Netto", fm(net, f), False), ("19 % MwSt.", fm(vat[19], f), False), ("Brutto", fm(tot, f), True)],
                      ["Zahlbar bis %s ohne Abzug." % mk.date(due, "dmy."),
                       "Verwendungszweck: %s" % vz, "Nächste Prüfung fällig: 11/2027."],
                      ["Elektro Brandl GmbH · HRB 188214 München · Stadtsparkasse München · IBAN %s · BIC SSKMDEMMXXX" % mk.iban_spaced(ib)],
                      ret="Elektro Brandl GmbH · Landsberger Str. 302 · 80687 München")
    body = ("Sehr geehrte Frau Weigl,\n\nanbei die Rechnung für den E-CHECK in der WEG Fürstenrieder Straße. Die Prüfprotokolle\n"
            "schicken wir Ihnen gesondert.\n\nFreundliche Grüße\nBuchhaltung Elektro Brandl\n")
    eml = mk.mail(rng, "buchhaltung@elektro-brandl.de", "Elektro Brandl GmbH", "weigl@isar-hv-schrader.de",
                  "Rechnung 2026-1193 E-CHECK WEG Fürstenrieder Str.".replace("ü", "ue"), issue, body_text=body, pdf=True)
    add("electrician E-Check inspection", "de", "pdf", "buchhaltung@elektro-brandl.de", "weigl@isar-hv-schrader.de", eml, pages,
        "RE_2026-1193.pdf",
        mk.expected(num, tot, tot, issue, due, "Isar-Hausverwaltung Schrader GmbH", "weigl@isar-hv-schrader.de", ib, True, "de", reference=vz),
        note="E-CHECK/DGUV V3 inspection billed to a property manager for a WEG (owners' association) object; the addressee is the Hausverwaltung; Verwendungszweck labelled.")


def inv_de_pfand_gutschrift():
    ib = iban("DE")
    issue = D(2026, 11, 30)
    L = [("Leergut-Rücknahme Kasten 20x0,5 l (Pfand 3,10 €)", -24, "Ka", 310, 19),
         ("Leergut-Rücknahme Kasten 24x0,33 l (Pfand 3,42 €)", -10, "Ka", 342, 19),
         ("Leergut-Rücknahme KEG 30 l (Pfand 30,00 €)", -6, "St", 3000, 19),
         ("Rücknahme Europalette (Pfand 15,00 €)", -2, "St", 1500, 19)]
    nets, net, vat, tot, by = calc(L)
    num = "GS-26-00412"
    f = "de"
    pages = build_pdf("din", ["Getränke Vogt GmbH & Co. KG", "Getränkefachgroßhandel", "Am Güterbahnhof 3 · 34117 Kassel",
                              "buchhaltung@getraenke-vogt.de"],
                      ["Gasthaus Zur Linde", "Inh. Martina Schüler", "Dorfstraße 2", "34225 Baunatal"],
                      "Gutschrift (Rechnungskorrektur)", [("Gutschrift-Nr.", num), ("Datum", mk.date(issue, "dmy.")),
                                                          ("zu Rechnung", "VR-26-11870"), ("Kunden-Nr.", "3318")],
                      COLS_DE, lrows(L, nets, "de", "de0"),
                      [("Netto", fm(net, f), False), ("USt. 19 %", fm(vat[19], f), False), ("Gutschriftbetrag", fm(tot, f), True)],
                      ["Der Gutschriftbetrag wird mit Ihrer nächsten Rechnung verrechnet.",
                       "Leergut laut Rücknahmebeleg Fahrer (Tour 4, 27.11.2026)."],
                      ["Getränke Vogt GmbH & Co. KG · Kasseler Sparkasse · IBAN %s" % mk.iban_spaced(ib)],
                      ret="Getränke Vogt · Am Güterbahnhof 3 · 34117 Kassel")
    body = ("Hallo Frau Schüler,\n\nanbei die Gutschrift für das zurückgenommene Leergut vom Freitag.\n\nViele Grüße\nBuchhaltung Getränke Vogt\n")
    eml = mk.mail(rng, "buchhaltung@getraenke-vogt.de", "Getränke Vogt Buchhaltung", "info@gasthaus-linde-baunatal.de",
                  subj("Gutschrift GS-26-00412 Leergut"), issue, body_text=body, pdf=True)
    add("wholesaler deposit credit note", "de", "pdf", "buchhaltung@getraenke-vogt.de", "info@gasthaus-linde-baunatal.de", eml, pages,
        "Gutschrift_GS-26-00412.pdf",
        mk.expected(num, tot, tot, issue, None, "Gasthaus Zur Linde", "info@gasthaus-linde-baunatal.de", ib, True, "de", credit=True),
        note="Gutschrift (invoice correction) for returned empties and pallets (Pfand); negative; offset against the next invoice, no due date; the owner line 'Inh.' is not the debtor name.")


def inv_de_getraenke_lastschrift():
    ib = iban("DE")
    issue = D(2026, 12, 1)
    due = D(2026, 12, 8)
    L = [("Pils 20x0,5 l", 12, "Ka", 1649, 19), ("Pfand Kasten 20x0,5 l", 12, "Ka", 310, 19),
         ("Apfelschorle 12x0,7 l", 8, "Ka", 899, 19), ("Pfand Kasten 12x0,7 l", 8, "Ka", 330, 19),
         ("Mineralwasser medium 12x0,7 l", 10, "Ka", 599, 19), ("Pfand Kasten 12x0,7 l", 10, "Ka", 330, 19),
         ("Kartoffelchips 40x25 g", 2, "Kt", 1480, 7), ("Salzbrezeln 20x100 g", 2, "Kt", 1190, 7)]
    nets, net, vat, tot, by = calc(L)
    num = "VR-26-12014"
    f = "de"
    pages = build_pdf("din", ["Getränke Vogt GmbH & Co. KG", "Getränkefachgroßhandel", "Am Güterbahnhof 3 · 34117 Kassel",
                              "buchhaltung@getraenke-vogt.de"],
                      ["TSV Wolfsanger 1911 e.V.", "Vereinsheim / Abt. Fußball", "Am Sportplatz 1", "34125 Kassel"],
                      "Rechnung", [("Rechnungs-Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("Lieferschein", "LS-88412"),
                                   ("Kunden-Nr.", "4107")],
                      COLS_DE, lrows(L, nets, "de", "de0"),
                      [("Netto", fm(net, f), False)] + vat_rows(vat, by, "de", f) + [("Rechnungsbetrag", fm(tot, f), True)],
                      ["Der Rechnungsbetrag wird am %s per SEPA-Lastschrift von Ihrem Konto DE** **** **** **** **56 12" % mk.date(due, "dmy."),
                       "eingezogen (Mandatsreferenz TSV-4107, Gläubiger-ID DE44ZZZ00001187720)."],
                      ["Getränke Vogt GmbH & Co. KG · Kasseler Sparkasse · IBAN %s" % mk.iban_spaced(ib)],
                      ret="Getränke Vogt · Am Güterbahnhof 3 · 34117 Kassel")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihre Rechnung VR-26-12014. Der Betrag wird per Lastschrift eingezogen.\n\n"
            "Mit freundlichen Grüßen\nGetränke Vogt\n")
    eml = mk.mail(rng, "buchhaltung@getraenke-vogt.de", "Getränke Vogt Buchhaltung", "kassenwart@tsv-wolfsanger.de",
                  "Rechnung VR-26-12014", issue, body_text=body, pdf=True)
    add("drinks wholesaler with Pfand (direct debit)", "de", "pdf", "buchhaltung@getraenke-vogt.de", "kassenwart@tsv-wolfsanger.de", eml,
        pages, "Rechnung_VR-26-12014.pdf",
        mk.expected(num, tot, tot, issue, due, "TSV Wolfsanger 1911 e.V.", "kassenwart@tsv-wolfsanger.de", ib, True, "de"),
        note="Drinks delivery to a sports club with Pfand lines, 19% and 7%; SEPA direct debit on a stated date (= due date); the Mandatsreferenz is not a payment reference; the masked IBAN is the club's.")


# ================================================================ INVOICES — Austria
def inv_at_installateur():
    ib = iban("AT")
    issue = D(2026, 11, 19)
    due = issue + TD(days=14)
    L = [("Monteurstunden lt. Regiebericht Nr. 2207 (Helfer 2,0 Std., Monteur 3,5 Std.)", 1, "", 0, 20),
         ("Monteur", 3.5, "Std.", 7400, 20), ("Helfer", 2, "Std.", 5200, 20),
         ("Thermostatbatterie Brause Aufputz", 1, "Stk.", 21890, 20), ("Eckventil 1/2\" mit Filter", 2, "Stk.", 1460, 20),
         ("Kleinmaterial, Dichtmittel", 1, "psch.", 1200, 20), ("Fahrtkostenpauschale Zone 2", 1, "", 3800, 20)]
    L = L[1:]
    nets, net, vat, tot, by = calc(L)
    num = "RE-2611-0388"
    f = "eur"
    pages = build_pdf("din", ["Installationen Gruber GmbH", "Gas · Wasser · Heizung", "Wiener Straße 78 · 4020 Linz",
                              "Tel. +43 732 66 41 20", "office@gruber-installationen.at"],
                      ["Frau", "Mag. Theresa Hinterleitner", "Kapuzinerstraße 19/7", "4020 Linz"],
                      "Rechnung", [("Rechnungs-Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("Regiebericht", "2207 vom 12.11.2026"),
                                   ("Kunden-Nr.", "K-5512")],
                      COLS_DE, lrows(L, nets, "de", "de0"),
                      [("Summe netto", fm(net, f), False), ("zzgl. 20 % USt.", fm(vat[20], f), False), ("Gesamtbetrag", fm(tot, f), True)],
                      ["Zahlbar binnen 14 Tagen ohne Abzug auf IBAN %s (Raiffeisenlandesbank OÖ)." % mk.iban_spaced(ib),
                       "Wir danken für Ihren Auftrag."],
                      ["Installationen Gruber GmbH · FN 288401 t · LG Linz · UID ATU64118209"],
                      ret="Installationen Gruber GmbH · Wiener Straße 78 · 4020 Linz")
    body = ("Sehr geehrte Frau Mag. Hinterleitner,\n\nim Anhang übermitteln wir Ihnen die Rechnung zum Tausch der Brausebatterie.\n\n"
            "Mit freundlichen Grüßen\nSilvia Gruber\nBüro\n")
    eml = mk.mail(rng, "office@gruber-installationen.at", "Installationen Gruber GmbH", "t.hinterleitner@aon.at",
                  subj("Rechnung RE-2611-0388 – Brausebatterie"), issue, body_text=body, pdf=True)
    add("plumber (Installateur) from a Regiebericht", "de", "pdf", "office@gruber-installationen.at", "t.hinterleitner@aon.at", eml, pages,
        "RE-2611-0388.pdf",
        mk.expected(num, tot, tot, issue, due, "Mag. Theresa Hinterleitner", "t.hinterleitner@aon.at", ib, False, "de"),
        note="Austrian Installateur billing hours from a Regiebericht (its number is not the invoice number); 20% USt; 'binnen 14 Tagen'; Austrian academic title 'Mag.' kept in the name.")


def inv_at_zahnarzt():
    ib = iban("AT")
    issue = D(2026, 11, 24)
    due = issue + TD(days=14)
    L = [("Mundhygiene (professionelle Zahnreinigung)", 1, "", 11000, 0),
         ("Kunststofffüllung 2-flächig, Zahn 25", 1, "", 16500, 0),
         ("Keramik-Inlay Zahn 36 (inkl. Labor)", 1, "", 78000, 0)]
    nets, net, vat, tot, by = calc(L)
    kasse = 5280
    num = "HN 2026/1452"
    f = "eur"
    pages = build_pdf("din", ["Dr. med. dent. Elisabeth Moser", "Zahnärztin · Wahlzahnärztin", "Herrengasse 8 · 8010 Graz",
                              "ordination@zahnarzt-moser.at"],
                      ["Herrn", "DI Florian Aigner", "Elisabethstraße 44", "8010 Graz"],
                      "Honorarnote", [("Honorarnote Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("Patient", "DI Florian Aigner"),
                                      ("SV-Nr.", "1412 040385"), ("Behandlungszeitraum", "21.10.–19.11.2026")],
                      [("Leistung", 56, "left"), ("Honorar", 539, "right")], [(l[0], fm(n, f)) for (l, n) in zip(L, nets)],
                      [("Honorar gesamt", fm(tot, f), True)],
                      ["Ärztliche Leistungen sind gemäß § 6 Abs. 1 Z 19 UStG von der Umsatzsteuer befreit.",
                       "Bitte reichen Sie diese Honorarnote zur Kostenrückerstattung bei Ihrer Krankenkasse ein",
                       "(voraussichtlicher Kassenersatz ca. %s)." % fm(kasse, f),
                       "Zahlbar binnen 14 Tagen auf IBAN %s, BIC STSPAT2GXXX." % mk.iban_spaced(ib)],
                      ["Ordination Dr. Elisabeth Moser · Herrengasse 8 · 8010 Graz"],
                      ret="Dr. E. Moser · Herrengasse 8 · 8010 Graz")
    body = ("Sehr geehrter Herr DI Aigner,\n\nanbei Ihre Honorarnote. Die Rückerstattung durch die ÖGK beantragen Sie bitte selbst.\n\n"
            "Freundliche Grüße\nOrdination Dr. Moser\n")
    eml = mk.mail(rng, "ordination@zahnarzt-moser.at", "Ordination Dr. Moser", "florian.aigner@gmx.at", "Honorarnote",
                  issue, body_text=body, pdf=True)
    add("dentist Honorarnote to private patient", "de", "pdf", "ordination@zahnarzt-moser.at", "florian.aigner@gmx.at", eml, pages,
        "Honorarnote_2026-1452.pdf",
        mk.expected(num, tot, tot, issue, due, "DI Florian Aigner", "florian.aigner@gmx.at", ib, False, "de"),
        note="Austrian Wahlzahnärztin's Honorarnote, VAT-exempt; an expected health-insurance refund amount is printed but not deducted; SV number is not a reference; 'DI' is kept as an academic title.")


def inv_at_baumeister():
    ib = iban("AT")
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    L = [("Baumeisterarbeiten lt. Leistungsverzeichnis, Positionen 01–14", 1, "", 38420000, 20),
         ("Nachtrag N1: Zusätzliche Drainage", 1, "", 1864000, 20),
         ("Nachtrag N2: Regiearbeiten lt. Regieberichten", 1, "", 621500, 20),
         ("Abzug 3 % Nachlass lt. Vergabe", 1, "", -round((38420000 + 1864000 + 621500) * 0.03), 20)]
    nets, net, vat, tot, by = calc(L)
    teil = 32400000 + round(32400000 * 0.20)
    hrl = round(tot * 0.03)
    due_amt = tot - teil - hrl
    num = "SR-2026-044"
    f = "eur"
    pages = build_pdf("din", ["Baumeister Leitner Bau GmbH", "Gewerbepark 4 · 6300 Wörgl", "buchhaltung@leitnerbau.at",
                              "UID ATU57003318 · FN 221870 v"],
                      ["Marktgemeinde Kirchbichl", "Bauamt", "Kirchbichler Straße 10", "6322 Kirchbichl"],
                      "Schlussrechnung", [("Rechnungs-Nr.", num), ("Datum", mk.date(issue, "dmy.")),
                                          ("Bauvorhaben", "Bauhof Kirchbichl, Zubau"), ("Auftrag", "GZ 851-2/2025"),
                                          ("Fertigstellung", "06.11.2026")],
                      COLS_DE, lrows(L, nets, "de", "de0", unit=False),
                      [("Summe netto", fm(net, f), False), ("20 % USt.", fm(vat[20], f), False),
                       ("Schlussrechnungssumme brutto", fm(tot, f), True),
                       ("abzgl. Teilrechnungen 1–4 (brutto, bezahlt)", "-" + fm(teil, f), False),
                       ("abzgl. 3 % Haftrücklass (Bankgarantie möglich)", "-" + fm(hrl, f), False),
                       ("Zahlbetrag", fm(due_amt, f), True)],
                      ["Zahlungsziel 30 Tage netto gemäß ÖNORM B 2110. Der Haftrücklass wird nach Ablauf der",
                       "Gewährleistungsfrist (3 Jahre) bzw. gegen Bankgarantie freigegeben.",
                       "Bankverbindung: Sparkasse Kufstein · IBAN %s" % mk.iban_spaced(ib)],
                      ["Baumeister Leitner Bau GmbH · Landesgericht Innsbruck"],
                      ret="Leitner Bau GmbH · Gewerbepark 4 · 6300 Wörgl")
    x = ubl(num, issue, due, "EUR", "Baumeister Leitner Bau GmbH", "ATU57003318", "Marktgemeinde Kirchbichl", ib, None, L, nets, vat, net, tot,
            prepaid=teil + hrl, order="GZ 851-2/2025", note="Abzüglich Teilrechnungen und 3 % Haftrücklass")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei übermitteln wir die Schlussrechnung für den Zubau Bauhof (PDF und e-Rechnung).\n\n"
            "Mit freundlichen Grüßen\nLeitner Bau GmbH – Buchhaltung\n")
    eml = mk.mail(rng, "buchhaltung@leitnerbau.at", "Leitner Bau Buchhaltung", "bauamt@kirchbichl.tirol.gv.at",
                  "Schlussrechnung SR-2026-044 Bauhof", issue, body_text=body, pdf=True)
    eml = attach_xml(eml, x, "SR-2026-044.xml")
    add("builder final account with retention (Haftrücklass)", "de", "pdf+ubl", "buchhaltung@leitnerbau.at", "bauamt@kirchbichl.tirol.gv.at",
        eml, pages, "SR-2026-044.pdf",
        mk.expected(num, due_amt, tot, issue, due, "Marktgemeinde Kirchbichl", "bauamt@kirchbichl.tirol.gv.at", ib, True, "de"),
        note="Austrian Schlussrechnung to a municipality: the total is the full Schlussrechnungssumme; paid Teilrechnungen and a 3% Haftrücklass are deducted after VAT to give the Zahlbetrag (UBL PrepaidAmount carries both).", ubl_xml=x)


def inv_at_nachhilfe():
    ib = iban("AT")
    issue = D(2026, 12, 1)
    due = D(2026, 12, 10)
    L = [("Einzelnachhilfe Mathematik (à 50 Min.)", 7, "", 3200, 0), ("Gruppenkurs Englisch (à 90 Min.)", 4, "", 1900, 0)]
    nets, net, vat, tot, by = calc(L)
    num = "LW-2611-219"
    html = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">\n<p>Liebe Familie Pichler,</p>\n"
            "<p>anbei die Abrechnung für <b>November 2026</b> (Leonie, 3. Klasse AHS):</p>\n"
            "<table border=\"0\" cellpadding=\"4\">\n<tr><td>Rechnungsnummer:</td><td>%s</td></tr>\n<tr><td>Datum:</td><td>%s</td></tr>\n</table>\n"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr><th>Leistung</th><th>Einheiten</th><th>Preis</th><th>Summe</th></tr>\n%s"
            "<tr><td colspan=\"3\"><b>Gesamt</b></td><td align=\"right\"><b>%s</b></td></tr>\n</table>\n"
            "<p>Umsatzsteuerbefreit gemäß § 6 Abs. 1 Z 11 lit. a UStG.</p>\n"
            "<p>Bitte überweisen Sie den Betrag bis <b>%s</b> auf unser Konto<br>IBAN: %s<br>Verwendungszweck: <b>%s</b></p>\n"
            "<p>Liebe Grüße<br>Lernwerkstatt Donaustadt<br>Wagramer Straße 142, 1220 Wien</p>\n</body></html>") % (
        num, mk.date(issue, "dmy."),
        "".join("<tr><td>%s</td><td align=\"right\">%d</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>\n" % (
            l[0], l[1], fm(l[3], "eur"), fm(n, "eur")) for (l, n) in zip(L, nets)),
        fm(tot, "eur"), mk.date(due, "dmy."), mk.iban_spaced(ib), "LW-2611-219 Pichler")
    eml = mk.mail(rng, "abrechnung@lernwerkstatt-donaustadt.at", "Lernwerkstatt Donaustadt", "Familie Pichler <pichler.family@chello.at>",
                  subj("Abrechnung November – Leonie"), issue, body_html=html)
    add("tutoring institute monthly hours", "de", "body-html", "abrechnung@lernwerkstatt-donaustadt.at", "pichler.family@chello.at", eml,
        exp=mk.expected(num, tot, tot, issue, due, "Familie Pichler", "pichler.family@chello.at", ib, False, "de",
                        reference="LW-2611-219 Pichler"),
        note="Viennese tutoring institute's HTML 'Abrechnung' to a family; exempt; due by a date; Verwendungszweck with number and name.")


# ================================================================ INVOICES — Switzerland
def inv_ch_consulting():
    ib = iban("CH")
    issue = D(2026, 11, 30)
    due = issue + TD(days=30)
    qr = qr_ref("00000000000000000261104471"[:0] + "21000000000313947143000901"[:26])
    L = [("Beratung Senior Consultant (Tagessatz)", 7, "Tage", 180000, 8.1),
         ("Beratung Consultant (Tagessatz)", 4.5, "Tage", 135000, 8.1),
         ("Workshop-Moderation Halbtag", 1, "", 95000, 8.1),
         ("Spesen: Bahn 1. Kl. Zürich–Chur retour (3x)", 3, "", 15400, 8.1),
         ("Spesen: Übernachtung Chur (2x)", 2, "", 18900, 8.1)]
    nets, net, vat, tot, by = calc(L)
    rnd = (tot + 2) // 5 * 5 - tot
    num = "2026-0384"
    f = "chf"
    pages = build_pdf("ch", ["Alpstein Advisory AG", "Bahnhofstrasse 61 · 8001 Zürich", "finanzen@alpstein-advisory.ch",
                             "MWST CHE-412.887.301 MWST"],
                      ["Rhätische Werke AG", "Kreditorenbuchhaltung", "Frau S. Caduff", "Grabenstrasse 15", "7000 Chur"],
                      "Rechnung", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(issue, "dmy.")),
                                   ("Projekt", "Strategie 2030 (Ihre Bestellung 4503318)"), ("Leistungszeitraum", "November 2026")],
                      [("Leistung", 56, "left"), ("Menge", 350, "right"), ("Ansatz", 445, "right"), ("Betrag CHF", 539, "right")],
                      lrows(L, nets, "de", "ch0"),
                      [("Total exkl. MWST", fm(net, f), False), ("MWST 8,1 %", fm(vat[8.1], f), False),
                       ("Rundung", mk.money(rnd, "ch"), False), ("Total inkl. MWST", fm(tot + rnd, f), True)],
                      ["Zahlbar innert 30 Tagen netto. Bitte verwenden Sie den QR-Einzahlungsschein.",
                       "Konto / Zahlbar an: %s · Alpstein Advisory AG" % mk.iban_spaced(ib),
                       "Referenz: %s" % qr_spaced(qr)],
                      ["Alpstein Advisory AG · Bahnhofstrasse 61 · 8001 Zürich · UID CHE-412.887.301"],
                      ret="Alpstein Advisory AG, Bahnhofstrasse 61, 8001 Zürich")
    body = ("Sehr geehrte Frau Caduff\n\nIm Anhang erhalten Sie unsere Rechnung für die Beratungsleistungen im November.\n\n"
            "Freundliche Grüsse\nReto Giger\nAlpstein Advisory AG\n")
    eml = mk.mail(rng, "finanzen@alpstein-advisory.ch", "Alpstein Advisory AG", "kreditoren@rhaetische-werke.ch",
                  subj("Rechnung 2026-0384 – Strategie 2030"), issue, body_text=body, pdf=True)
    add("consultancy day rates with expenses", "de", "pdf", "finanzen@alpstein-advisory.ch", "kreditoren@rhaetische-werke.ch", eml, pages,
        "Rechnung_2026-0384.pdf",
        mk.expected(num, tot + rnd, tot + rnd, issue, due, "Rhätische Werke AG", "kreditoren@rhaetische-werke.ch", ib, True, "de",
                    reference=qr, currency="CHF"),
        note="Swiss consultancy (address window right): day rates and Spesen, 8.1% MWST, rounding to 5 Rappen, QR reference (27 digits, printed in groups); the order number is not a reference.")


def inv_ch_garten():
    ib = iban("CH")
    issue = D(2026, 11, 20)
    due = issue + TD(days=30)
    qr = qr_ref("00000000000000220400118826")
    L = [("Gartenunterhalt Saison 2026 lt. Vertrag (pauschal)", 1, "", 624000, 8.1),
         ("Heckenschnitt Thuja, 86 m, inkl. Entsorgung", 86, "m", 1450, 8.1),
         ("Laubräumung Herbst (2 Einsätze)", 14, "Std.", 7200, 8.1),
         ("Winterschutz Kübelpflanzen Dachterrasse", 1, "", 28500, 8.1)]
    nets, net, vat, tot, by = calc(L)
    rnd = (tot + 2) // 5 * 5 - tot
    num = "24.11.0318"
    f = "chf"
    pages = build_pdf("ch", ["Grünwerk Gartenbau GmbH", "Riedstrasse 9 · 6030 Ebikon", "info@gruenwerk-gartenbau.ch", "MWST-Nr. CHE-103.522.876"],
                      ["STWEG Seeblick", "c/o Immo Treuhand Meier AG", "Pilatusstrasse 30", "6003 Luzern"],
                      "Rechnung Gartenunterhalt", [("Rechnung Nr.", num), ("Datum", mk.date(issue, "long", "de")),
                                                   ("Objekt", "Seeblickweg 4-8, Meggen"), ("Vertrag", "GU-118")],
                      [("Leistung", 56, "left"), ("Menge", 350, "right"), ("Preis", 445, "right"), ("Total", 539, "right")],
                      lrows(L, nets, "de", "ch0"),
                      [("Zwischentotal", fm(net, f), False), ("MWST 8,1 %", fm(vat[8.1], f), False),
                       ("Rundungsdifferenz", mk.money(rnd, "ch"), False), ("Rechnungsbetrag", fm(tot + rnd, f), True)],
                      ["Zahlungsfrist 30 Tage. Konto %s, Referenz %s." % (mk.iban_spaced(ib), qr_spaced(qr))],
                      ["Grünwerk Gartenbau GmbH · Ebikon"], ret="Grünwerk Gartenbau GmbH, Riedstrasse 9, 6030 Ebikon")
    body = ("Grüezi Herr Meier\n\nIm Anhang die Jahresrechnung Gartenunterhalt für die STWEG Seeblick. Besten Dank für den Auftrag.\n\n"
            "Freundliche Grüsse\nLukas Bucher\nGrünwerk Gartenbau\n")
    eml = mk.mail(rng, "info@gruenwerk-gartenbau.ch", "Grünwerk Gartenbau", "buchhaltung@immo-meier.ch",
                  "Rechnung 24.11.0318 STWEG Seeblick", issue, body_text=body, pdf=True)
    add("landscaper seasonal maintenance", "de", "pdf", "info@gruenwerk-gartenbau.ch", "buchhaltung@immo-meier.ch", eml, pages,
        "Rechnung_24.11.0318.pdf",
        mk.expected(num, tot + rnd, tot + rnd, issue, due, "STWEG Seeblick", "buchhaltung@immo-meier.ch", ib, True, "de", reference=qr, currency="CHF"),
        note="Swiss gardener's season invoice to a condominium owners' association (STWEG) care of its property manager; the invoice number looks like a date; QR reference.")


def inv_ch_tierarzt():
    ib = iban("CH")
    issue = D(2026, 11, 27)
    due = issue + TD(days=20)
    L = [("Konsultation inkl. Allgemeinuntersuchung", 1, "", 7500, 8.1), ("Impfung DHPPi + L4", 1, "", 6800, 8.1),
         ("Zahnsteinentfernung in Narkose", 1, "", 38500, 8.1), ("Antibiotikum Tabletten 20 Stk.", 1, "", 4260, 2.6),
         ("Diätfutter Dental 4 kg", 1, "", 6890, 2.6)]
    nets, net, vat, tot, by = calc(L, incl=True)
    num = "TP-88120"
    f = "chf"
    pages = build_pdf("ch", ["Kleintierpraxis am Aareufer", "Dr. med. vet. Corinne Bühler", "Aarstrasse 12 · 3005 Bern", "praxis@tierpraxis-aareufer.ch"],
                      ["Herr", "Matthias Zbinden", "Kirchbergstrasse 3", "3400 Burgdorf"],
                      "Rechnung", [("Rechnung", num), ("Datum", mk.date(issue, "dmy.")), ("Patient", "Balu, Labrador, männl."),
                                   ("Kunden-Nr.", "2208")],
                      [("Leistung", 56, "left"), ("MWST", 420, "right"), ("Betrag inkl. MWST", 539, "right")],
                      [(l[0], "%g %%" % l[4], mk.money(n, "ch")) for (l, n) in zip(L, nets)],
                      [("Total inkl. MWST", fm(tot, f), True), ("enthaltene MWST 8,1 %", mk.money(vat[8.1], "ch"), False),
                       ("enthaltene MWST 2,6 %", mk.money(vat[2.6], "ch"), False)],
                      ["Zahlbar innert 20 Tagen. IBAN %s, Kleintierpraxis am Aareufer, Bern." % mk.iban_spaced(ib)],
                      ["MWST-Nr. CHE-287.001.554 MWST"], ret="Kleintierpraxis am Aareufer, Aarstrasse 12, 3005 Bern")
    body = ("Guten Tag Herr Zbinden\n\nBalu hat die Narkose gut überstanden. Anbei die Rechnung.\n\nFreundliche Grüsse\nPraxisteam am Aareufer\n")
    eml = mk.mail(rng, "praxis@tierpraxis-aareufer.ch", "Kleintierpraxis am Aareufer", "m.zbinden@bluewin.ch", "Rechnung Balu",
                  issue, body_text=body, pdf=True)
    add("veterinary bill", "de", "pdf", "praxis@tierpraxis-aareufer.ch", "m.zbinden@bluewin.ch", eml, pages, "Rechnung_TP-88120.pdf",
        mk.expected(num, tot, tot, issue, due, "Matthias Zbinden", "m.zbinden@bluewin.ch", ib, False, "de", currency="CHF"),
        note="Swiss vet: prices incl. MWST at 8.1% and 2.6% (medicines, food), amounts without currency per line; 'innert 20 Tagen'.")


def inv_ch_uebersetzer():
    ib = iban("CH")
    issue = D(2026, 12, 2)
    due = issue + TD(days=30)
    words = 6240
    rate = 28  # Rappen
    amt = words * rate
    lek = 12000
    net = amt + lek
    num = "Ü-2026-57"
    body = ("Bonjour Madame Rochat\n\nWie vereinbart anbei – direkt in dieser Mail – meine Rechnung für die Übersetzung\n"
            "Ihres Jahresberichts (FR > DE).\n\n"
            "RECHNUNG Nr. %s\nDatum: %s\n\n"
            "Rechnungsadresse:\nCaisse de pension Romandie Immobilier\nRue du Simplon 18\n1006 Lausanne\n\n"
            "Übersetzung FR>DE, %s Wörter à CHF 0.28 ........ CHF %s\n"
            "Lektorat Zweitperson, pauschal ..................... CHF %s\n"
            "Total ............................................. CHF %s\n\n"
            "Nicht MWST-pflichtig (Umsatz unter CHF 100'000).\n"
            "Zahlbar innert 30 Tagen auf:\nIBAN %s\nLautend auf: Nadine Kälin, Übersetzungen, 8400 Winterthur\n\n"
            "Merci vielmals und beste Grüsse\nNadine Kälin\n") % (
        num, mk.date(issue, "dmy."), mk.money(words * 100, "ch")[:-3], mk.money(amt, "ch"), mk.money(lek, "ch"), mk.money(net, "ch"),
        mk.iban_spaced(ib))
    eml = mk.mail(rng, "n.kaelin@kaelin-uebersetzungen.ch", "Nadine Kälin", "comptabilite@cp-romandie.ch",
                  subj("Rechnung Ü-2026-57 Übersetzung Jahresbericht"), issue, body_text=body)
    add("translator per word", "de", "body-text", "n.kaelin@kaelin-uebersetzungen.ch", "comptabilite@cp-romandie.ch", eml,
        exp=mk.expected(num, net, net, issue, due, "Caisse de pension Romandie Immobilier", "comptabilite@cp-romandie.ch", ib, True, "de",
                        currency="CHF"),
        note="Swiss translator's typed invoice in German to a French-speaking client (French greeting); per-word rate in Rappen; not VAT registered; CHF with apostrophes; non-ASCII invoice number.")


# ================================================================ NOT INVOICES
def nonrec(tool, lang, frm, frm_name, to, subject, d, why, note, body=None, html=None, pages=None, fname=None,
           env_from=None, extra=()):
    eml = mk.mail(rng, frm, frm_name, to, subj(subject), d, body_text=body, body_html=html, pdf=pages is not None,
                  extra_headers=list(extra))
    rcpt = to.split("<")[-1].rstrip(">")
    add(tool, lang, "none", env_from or frm, rcpt, eml, pages, fname, None, why, note)


def non_nl():
    ib = iban("NL")
    # N1 offerte
    L = [("Sloopwerk en afvoer oude badkamer", 1, "", 185000, 21), ("Leidingwerk water/afvoer", 1, "", 142000, 21),
         ("Inloopdouche compleet (materiaal)", 1, "", 238000, 21), ("Hangtoilet + inbouwreservoir", 1, "", 89500, 21),
         ("Montage sanitair", 16, "uur", 6250, 21)]
    nets, net, vat, tot, by = calc(L)
    pages = letter_pdf(["Loodgietersbedrijf Van der Meulen", "Schuurmanstraat 8", "8011 KL Zwolle", "info@vandermeulen-loodgieter.nl"],
                       ["Mevr. P. Hendriks", "Thomas a Kempisstraat 40", "8021 BM Zwolle"], "Offerte OF-26-118",
                       ["Totaal excl. btw %s — btw 21%% %s — totaal incl. btw %s" % (fm(net, "nl"), fm(vat[21], "nl"), fm(tot, "nl")), "",
                        "Deze offerte is 30 dagen geldig. Uitvoering in overleg, naar verwachting week 6-7 2027.",
                        "Bij akkoord ontvangen wij graag deze offerte getekend retour. Betaling: 30% bij opdracht, rest na oplevering.", "",
                        "Voor akkoord: ______________________   Datum: ____________"],
                       meta=[("Offertedatum", "30-11-2026"), ("Geldig tot", "30-12-2026"), ("Betreft", "Renovatie badkamer 1e verdieping")],
                       table=([("Omschrijving", 56, "left"), ("Bedrag", 539, "right")], [(l[0], fm(n, "nl0")) for (l, n) in zip(L, nets)]))
    nonrec("plumber", "nl", "info@vandermeulen-loodgieter.nl", "Loodgietersbedrijf Van der Meulen", "p.hendriks@home.nl",
           "Offerte badkamerrenovatie", D(2026, 11, 30),
           "A quotation valid for 30 days, to be signed for acceptance; nothing is owed yet.",
           "Quote with full totals incl. VAT and a payment schedule for later.",
           body="Beste mevrouw Hendriks,\n\nZoals beloofd de offerte voor uw nieuwe badkamer. Vragen? Bel gerust.\n\nGroet,\nGerrit van der Meulen\n",
           pages=pages, fname="Offerte_OF-26-118.pdf")
    # N2 opnamerapport dak
    body = ("Beste heer Dijkstra,\n\nBedankt dat we vrijdag op het dak mochten kijken. Hieronder het opnamerapport.\n\n"
            "OPNAMERAPPORT  Dakinspectie Leeuwarderweg 62, Sneek — 27-11-2026\n\n"
            "Bevindingen:\n- Bitumen dakbedekking aanbouw (ca. 24 m²): blazen en scheuren, levensduur verstreken.\n"
            "- Loodslabben schoorsteen: los aan noordzijde, lekkagegevaar.\n- Dakgoot voorzijde: verstopt, 1 beugel gebroken.\n\n"
            "Geschatte kosten (indicatief, excl. btw):\n  Vernieuwen dakbedekking aanbouw  € 2.350 – € 2.800\n"
            "  Herstel loodwerk schoorsteen      € 380\n  Goot reinigen + beugel            € 145\n\n"
            "Inspectie en rapport zijn kosteloos. Wilt u een definitieve offerte? Dan maken we die op basis van dit rapport.\n\n"
            "Met vriendelijke groet,\nJelle Hoekstra\nDakdekkersbedrijf Hoekstra & Zn.\n")
    nonrec("roofer", "nl", "administratie@hoekstradaken.nl", "Hoekstra & Zn. Dakdekkers", "w.dijkstra@kpnplanet.nl",
           "Opnamerapport dak Leeuwarderweg 62", D(2026, 11, 30),
           "A site-visit report with indicative cost ranges; the inspection is free and no amount is charged.",
           "Cost estimates in euros and a date; explicitly free inspection.", body=body)
    # N3 afspraakbevestiging
    html = ("<html><body><p>Beste meneer Bakker,</p><p>Hierbij bevestigen wij uw afspraak voor een <b>intake</b> bij Fysiotherapie Oosterpark:</p>"
            "<table><tr><td>Datum</td><td>dinsdag 8 december 2026</td></tr><tr><td>Tijd</td><td>09:30</td></tr>"
            "<tr><td>Therapeut</td><td>Sanne de Wit</td></tr><tr><td>Tarief intake (zelfbetaler)</td><td>€ 52,50</td></tr></table>"
            "<p>Bent u aanvullend verzekerd, dan declareren wij rechtstreeks bij uw verzekeraar. Zo niet, dan ontvangt u na afloop een nota.</p>"
            "<p>Verhinderd? Afmelden kan tot 24 uur van tevoren; daarna brengen wij de afspraak in rekening.</p>"
            "<p>Met vriendelijke groet,<br>Fysiotherapie Oosterpark</p></body></html>")
    nonrec("physiotherapist", "nl", "nota@fysio-oosterpark.nl", "Fysiotherapie Oosterpark", "k.bakker1958@gmail.com",
           "Bevestiging afspraak 8 december", D(2026, 12, 2),
           "An appointment confirmation that states the fee; the nota follows after the visit.",
           "Fee and a date in a table; a no-show charge clause.", html=html)
    # N4 werkbon
    pages = letter_pdf(["Van Dijk Elektrotechniek B.V.", "Industrieweg 41", "3542 AD Utrecht", "planning@vandijk-elektro.nl"],
                       ["Wonen Midden-Utrecht", "Vastgoedbeheer", "Kanaalweg 20 (wijkcentrum)"], "Werkbon WB-26-2291",
                       ["Uitgevoerd: vervangen noodverlichtingsarmaturen gang 1e verd. (6 st.), test noodverlichting.",
                        "Gebruikte materialen: 6x armatuur LED 3 uur autonoom, bevestigingsmateriaal.",
                        "Uren: 2 monteurs, 08:00-11:30.", "",
                        "Dit is geen factuur. Na aftekening wordt dit werk gefactureerd op uw inkoopordernummer 4500117790.", "",
                        "Handtekening opdrachtgever: ____________________"],
                       meta=[("Datum uitvoering", "01-12-2026"), ("Monteur", "R. Öztürk"), ("Order", "4500117790")])
    nonrec("electrician", "nl", "planning@vandijk-elektro.nl", "Van Dijk Elektrotechniek planning", "vastgoed@wonenmiddenutrecht.nl",
           "Werkbon WB-26-2291 ter aftekening", D(2026, 12, 1),
           "A work order/job sheet sent for signature; it says it is not an invoice and invoicing follows.",
           "Job sheet with hours and materials but no prices.",
           body="Goedemiddag,\n\nGraag de bijgevoegde werkbon aftekenen en retour sturen, dan kunnen wij factureren.\n\nPlanning Van Dijk Elektrotechniek\n",
           pages=pages, fname="Werkbon_WB-26-2291.pdf")
    # N5 eigen herinnering
    body = ("Beste mevrouw Smulders,\n\nUit onze administratie blijkt dat factuur 2026-0877 van 14 oktober 2026 (snoeiwerk en\n"
            "afvoer groenafval) ad € 612,15 nog openstaat. Wellicht is het u ontschoten.\n\n"
            "Wilt u het bedrag binnen 7 dagen overmaken op %s t.n.v. Hoveniersbedrijf Groenrijk?\n"
            "Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\n"
            "Met vriendelijke groet,\nMarco Verhagen\nHoveniersbedrijf Groenrijk, Tilburg\n") % mk.iban_spaced(ib)
    nonrec("landscaper", "nl", "administratie@hoveniergroenrijk.nl", "Hoveniersbedrijf Groenrijk", "a.smulders@onsbrabantnet.nl",
           "Herinnering factuur 2026-0877", D(2026, 12, 2),
           "The business's own first payment reminder for an earlier invoice; not an invoice itself.",
           "Invoice number, amount, IBAN and a 7-day term — all of an earlier invoice.", body=body)
    # N6 betalingsregeling
    rows = [("Termijn %d" % i, mk.date(D(2027, i, 1), "dmy-"), fm(21500 if i < 6 else 18420, "nl")) for i in range(1, 7)]
    pages = letter_pdf(["Tandartspraktijk Lindenhof", "Lindelaan 3", "7511 JB Enschede", "administratie@tandartslindenhof.nl"],
                       ["Dhr. M. Yildiz", "Deurningerstraat 120", "7514 BL Enschede"], "Betalingsregeling",
                       ["Zoals besproken kunt u de nota's N-2026-4410 en N-2026-4452 (samen € 1.259,20) in zes termijnen voldoen.",
                        "De termijnen worden niet apart gefactureerd; bij niet tijdig betalen vervalt de regeling.", "",
                        "Graag voor akkoord ondertekend retour."],
                       meta=[("Datum", "02-12-2026"), ("Patiëntnr.", "11870")],
                       table=([("Termijn", 56, "left"), ("Uiterlijk", 250, "left"), ("Bedrag", 539, "right")], rows))
    nonrec("dentist", "nl", "administratie@tandartslindenhof.nl", "Tandartspraktijk Lindenhof", "m.yildiz@hotmail.nl",
           "Uw betalingsregeling", D(2026, 12, 2),
           "An instalment schedule for invoices already sent; it creates no new claim.",
           "Six dated amounts and two earlier nota numbers.",
           body="Beste heer Yildiz,\n\nIn de bijlage de afgesproken betalingsregeling.\n\nMet vriendelijke groet,\nAdministratie Tandartspraktijk Lindenhof\n",
           pages=pages, fname="Betalingsregeling_11870.pdf")
    # N7 doorgestuurde leveranciersfactuur
    sup_ib = iban("NL")
    L = [("Koperbuis 15 mm, 5 m", 20, "st", 2185, 21), ("Knelfittingen 15 mm, 50 st", 4, "ds", 3890, 21)]
    nets, net, vat, tot, by = calc(L)
    pages = build_pdf("nl", ["Technische Groothandel Sanitec", "Zutphenseweg 55", "7418 AH Deventer", "debiteuren@sanitec-groothandel.nl"],
                      ["Loodgietersbedrijf Van der Meulen", "Schuurmanstraat 8", "8011 KL Zwolle"], "Factuur",
                      [("Factuurnummer", "SV2611-4471"), ("Factuurdatum", "25-11-2026"), ("Klantnr.", "VDM-001")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Subtotaal", fm(net, "nl"), False), ("btw 21%", fm(vat[21], "nl"), False), ("Totaal", fm(tot, "nl"), True)],
                      ["Betaling binnen 30 dagen op %s." % mk.iban_spaced(sup_ib)], ["Sanitec B.V. · KvK 38001277"])
    body = ("Hoi Ans,\n\nHierbij de factuur van Sanitec voor de inkoop van november, voor de boekhouding.\nIs al betaald via de bank.\n\n"
            "Gerrit\n\n---------- Doorgestuurd bericht ---------\nVan: Sanitec <debiteuren@sanitec-groothandel.nl>\n"
            "Datum: 25 november 2026\nOnderwerp: Factuur SV2611-4471\nAan: info@vandermeulen-loodgieter.nl\n\n"
            "Geachte klant, bijgaand uw factuur.\n")
    nonrec("plumber", "nl", "info@vandermeulen-loodgieter.nl", "Loodgietersbedrijf Van der Meulen", "Ans Kuipers <ans@kuipersadministratie.nl>",
           "Fwd: Factuur SV2611-4471", D(2026, 12, 1),
           "A supplier's invoice to the business, forwarded to its bookkeeper; the business is the debtor, not the creditor.",
           "A full invoice PDF inside — addressed to the sender itself.", body=body, pages=pages, fname="SV2611-4471.pdf")


def non_be():
    ib = iban("BE")
    # N8 pro-forma
    L = [("Voorschot 40% keukeninstallatie volgens bestelbon BB-2026-118", 1, "", 612000, 6)]
    nets, net, vat, tot, by = calc(L)
    pages = build_pdf("nl", ["Keukens Verbeke", "Gentsesteenweg 210", "9300 Aalst", "info@keukensverbeke.be", "BTW BE 0455.201.774"],
                      ["Dhr. en Mevr. Claes", "Molenstraat 8", "9320 Erembodegem"], "PRO FORMA",
                      [("Pro forma nr.", "PF-2026-044"), ("Datum", "01/12/2026"), ("Bestelbon", "BB-2026-118")],
                      COLS_NL, lrows(L, nets, "nl", "nl0"),
                      [("Totaal excl. btw", fm(net, "nl"), False), ("Btw 6%", fm(vat[6], "nl"), False), ("Totaal", fm(tot, "nl"), True)],
                      ["Dit is geen factuur. Na ontvangst van het voorschot op %s wordt de voorschotfactuur opgemaakt" % mk.iban_spaced(ib),
                       "en wordt uw keuken in productie genomen."], ["Keukens Verbeke BV · RPR Gent afd. Dendermonde"])
    nonrec("kitchen fitter", "nl", "info@keukensverbeke.be", "Keukens Verbeke", "claes.erembodegem@telenet.be",
           "Pro forma voorschot keuken", D(2026, 12, 1),
           "A pro-forma asking for a deposit; it says it is not an invoice, the deposit invoice follows on receipt.",
           "Looks exactly like an invoice: number, amounts, VAT, IBAN.", body="Beste,\n\nIn bijlage de pro forma voor het voorschot.\n\nMvg,\nKeukens Verbeke\n",
           pages=pages, fname="ProForma_PF-2026-044.pdf")
    # N9 kasticket bancontact
    body = ("Beste klant,\n\nBedankt voor uw bezoek aan Bandencentrale Lemmens. Hieronder uw betalingsbewijs.\n\n"
            "BETALINGSBEWIJS  KT-2026-11-3381\nDatum: 28/11/2026 10:42\nKenteken: 1-KXW-418\n\n"
            "4x winterband 205/55 R16   4 x € 96,00   € 384,00\nMontage + balanceren       4 x € 12,50   €  50,00\n"
            "Wissel zomer/winter opslag                 €  35,00\nTotaal incl. 21% btw                        € 469,00\n\n"
            "Betaald met Bancontact  **** 4410   € 469,00\nSaldo                                       €   0,00\n\n"
            "Wenst u een factuur op naam van uw bedrijf? Antwoord op deze mail met uw ondernemingsnummer.\n\n"
            "Bandencentrale Lemmens · Hasseltsesteenweg 91, 3800 Sint-Truiden\n")
    nonrec("tyre centre", "nl", "kassa@banden-lemmens.be", "Bandencentrale Lemmens", "jef.vanhamme@proximus.be",
           "Uw betalingsbewijs KT-2026-11-3381", D(2026, 11, 28),
           "A receipt after a card payment on site; balance zero, nothing to pay.",
           "Totals and VAT with 'Betaald met Bancontact' and a zero balance.", body=body)
    # N10 tariefwijziging
    html = ("<html><body><p>Beste ouders,</p><p>Vanaf <b>1 januari 2027</b> passen wij onze dagprijzen aan volgens de index:</p>"
            "<ul><li>Volle dag: van € 36,80 naar € 38,10</li><li>Halve dag: van € 22,10 naar € 22,90</li><li>Maaltijdtoeslag: ongewijzigd € 3,20</li></ul>"
            "<p>Voor gezinnen met een inkomenstarief verandert er niets: dat wordt berekend door Kind en Gezin. "
            "De maandfactuur van januari (verzonden begin februari) vermeldt de nieuwe prijzen.</p>"
            "<p>Vragen? Kom gerust langs bij de onthaalbalie.</p><p>Hartelijke groeten,<br>Kinderdagverblijf 't Speelvogeltje vzw, Mechelen</p></body></html>")
    nonrec("daycare", "nl", "facturatie@speelvogeltje.be", "'t Speelvogeltje", "ouders-kikkers@speelvogeltje.be",
           "Nieuwe dagprijzen vanaf 1 januari 2027", D(2026, 12, 1),
           "A tariff change letter announcing new prices; no amount is charged.",
           "Euro amounts and a date; sent to a parents' list.", html=html)


def non_en():
    ib = iban("GB")
    # N11 statement
    rows = [("SFL/26/2904", "30/09/2026", "31/10/2026", fm(248811, "gbp"), fm(0, "gbp")),
            ("SFL/26/3127", "31/10/2026", "30/11/2026", fm(301245, "gbp"), fm(301245, "gbp")),
            ("SFL/26/3391", "30/11/2026", "31/12/2026", fm(349884, "gbp"), fm(349884, "gbp"))]
    pages = letter_pdf(["Stanforth Freight Ltd", "Unit 12, Magna Park", "Lutterworth LE17 4XN", "creditcontrol@stanforth-freight.co.uk"],
                       ["Brinkley Home Goods Ltd", "Purchase Ledger", "Meridian Business Park", "Leicester LE19 1WP"], "Statement of Account",
                       ["Balance outstanding: %s, of which overdue: %s." % (fm(651129, "gbp"), fm(301245, "gbp")), "",
                        "Please note invoice SFL/26/3127 is now overdue. Remittance advice to creditcontrol@stanforth-freight.co.uk.",
                        "Bank: IBAN %s" % mk.iban_spaced(ib)],
                       meta=[("Account", "BRI001"), ("Statement date", "03/12/2026")],
                       table=([("Invoice", 56, "left"), ("Date", 160, "left"), ("Due", 250, "left"), ("Amount", 440, "right"), ("Open", 539, "right")], rows))
    nonrec("haulier", "en", "creditcontrol@stanforth-freight.co.uk", "Stanforth Freight Credit Control", "purchase.ledger@brinkleyhome.co.uk",
           "Statement of account - BRI001 - December 2026", D(2026, 12, 3),
           "A statement of account listing earlier invoices and their open balance.",
           "Invoice numbers, due dates and an overdue total; no new invoice.",
           body="Good morning,\n\nPlease find your account statement attached.\n\nRegards,\nCredit Control\n", pages=pages, fname="Statement_BRI001.pdf")
    # N12 paid in full
    body = ("Dear Rachel,\n\nJust to confirm we received Peak Valley's payment of £43,102.14 yesterday against invoice HBL-1146.\n"
            "The Brampton Lane account is now paid in full apart from the retention (£4,973.33), which we'll invoice when the\n"
            "Certificate of Making Good is issued in November 2027.\n\nMany thanks,\nDave Harcourt\nHarcourt Build Ltd\n")
    nonrec("builder", "en", "accounts@harcourtbuild.co.uk", "Harcourt Build Accounts", "Rachel Okafor <r.okafor@peakvalleyha.org.uk>",
           "Brampton Lane - payment received, thank you", D(2026, 12, 3),
           "A paid-in-full confirmation; the retention will be invoiced in a year.",
           "Amounts, an invoice number and a future invoicing note.", body=body)
    # N13 DD pre-notification
    html = ("<html><body><p>Hi Declan,</p><p>This is advance notice of your upcoming Direct Debit for <b>Hostwell Pro Hosting</b>.</p>"
            "<table><tr><td>Amount</td><td>€221.40</td></tr><tr><td>Collection date</td><td>on or after 14 December 2026</td></tr>"
            "<tr><td>Mandate reference</td><td>HW-MND-004471</td></tr><tr><td>Creditor ID</td><td>IE22ZZZ361144</td></tr>"
            "<tr><td>Account</td><td>IE** AIBK **** **** **12 90</td></tr></table>"
            "<p>Your invoice will be available in the client area on the collection date.</p><p>Hostwell Ltd, Cork</p></body></html>")
    nonrec("hosting company", "en", "billing@hostwell.ie", "Hostwell Billing", "declan@moranjoinery.ie",
           "Upcoming Direct Debit - Hostwell Pro Hosting", D(2026, 12, 3),
           "A SEPA direct-debit pre-notification; the invoice follows on the collection date.",
           "Amount, date and a masked IBAN; mandate and creditor IDs.", html=html)
    # N14 confirm receipt
    body = ("Hi Dana,\n\nCould you confirm you received invoice #1039 ($14,210.00, sent Oct 30 against PO-77102)?\n"
            "It's showing as unpaid on our side and I want to make sure it didn't get stuck in the approval queue.\n"
            "Happy to resend the PDF if needed.\n\nThanks so much,\nMarisol\nOrtega Software LLC\n")
    nonrec("freelance developer", "en", "billing@ortegasoftware.dev", "Marisol Ortega", "Dana Whitfield <dwhitfield@cascadeoutfitters.com>",
           "Invoice #1039 - did it come through?", D(2026, 12, 2),
           "A question whether an earlier invoice arrived; nothing new is billed.",
           "Invoice number, PO and amount of an earlier invoice in a short note.", body=body)
    # N15 delivery note
    rows = [("Mixed salad leaves", "6 kg"), ("Rainbow chard", "12 bunches"), ("Free-range eggs", "3 trays"), ("Edible flowers", "6 punnets")]
    pages = letter_pdf(["Ballyhale Farm", "Ballyhale, Co. Kilkenny", "orders@ballyhalefarm.ie"],
                       ["Little Fox Bistro", "22 Parliament Street", "Kilkenny"], "Delivery docket 4502",
                       ["Received in good condition: ____________  Crates out: 3  Crates returned: 2", "",
                        "Prices as per weekly price list; invoiced weekly on Sunday."],
                       meta=[("Delivery date", "Tue 1 Dec 2026"), ("Driver", "Rory")],
                       table=([("Item", 56, "left"), ("Quantity", 539, "right")], rows))
    nonrec("farm", "en", "orders@ballyhalefarm.ie", "Ballyhale Farm", "darragh@littlefoxbistro.ie",
           "Delivery docket 4502 - Tue 1 Dec", D(2026, 12, 1),
           "A delivery docket without prices; the farm invoices weekly.",
           "Quantities and a docket number that later invoices refer to.",
           body="Hi Darragh, docket for today's drop attached. Sinéad\n", pages=pages, fname="docket_4502.pdf")
    # N16 contract renewal
    body = ("G'day Priya,\n\nYour office cleaning agreement with BrightSpark Cleaning (agreement BSC-0412) ends on 31 January 2027.\n"
            "We'd love to keep looking after you. The renewal terms for 2027:\n\n"
            "  - 3 cleans per week, same scope as now\n  - Monthly fee: $1,480.00 + GST (up from $1,420.00, CPI adjustment)\n"
            "  - 12-month term, 30 days' notice\n\n"
            "If you're happy, just reply 'renew' and we'll send the new agreement to sign via DocuSign. Invoices continue monthly\n"
            "in arrears as now.\n\nCheers,\nJason Tran\nBrightSpark Cleaning Pty Ltd · ABN 33 610 448 902 · Parramatta NSW\n")
    nonrec("cleaning company", "en", "accounts@brightsparkcleaning.com.au", "BrightSpark Cleaning", "priya@kapoorlegal.com.au",
           "Your cleaning agreement renewal for 2027", D(2026, 12, 2),
           "A contract renewal offer stating next year's fee; no amount is due.",
           "Monthly fee with GST and dates.", body=body)
    # N17 credit-note announcement
    body = ("Hi Owen,\n\nThanks for sending the photos — you're right, the colours on the second batch of posters (job 26-1987)\n"
            "are off as well. We'll credit the full £142.80 for that job; the credit note will come from our accounts system\n"
            "in the next couple of days and will be set against invoice INV-05561. No need to pay that invoice meanwhile.\n\n"
            "Cheers,\nNadia\nInkWell Print Studio\n")
    nonrec("print shop", "en", "accounts@inkwellprint.co.uk", "InkWell Print Studio", "treasurer@bristolcommunitychoir.org.uk",
           "Re: poster colours - credit coming", D(2026, 12, 2),
           "Announces a credit note without being one; the credit note follows.",
           "An amount, a job and an invoice number in a reply mail.", body=body)


def non_de():
    ib = iban("DE")
    # N18 Fahrschule Terminabsage
    body = ("Hallo Lena,\n\nschade, dass du deine Fahrstunde am Donnerstag (03.12., 15:30 Uhr) so kurzfristig absagen musstest.\n"
            "Laut unserem Ausbildungsvertrag berechnen wir bei Absage unter 24 Stunden eine Ausfallgebühr von 58,00 €\n"
            "(eine Fahrstunde à 45 Min.). Sie wird mit deiner nächsten Rechnung verrechnet, du musst jetzt nichts überweisen.\n\n"
            "Neuer Termin: Montag, 07.12., 16:15 Uhr, Treffpunkt wie immer an der Schule.\n\nViele Grüße\nFahrschule Kurvenreich, Frank Ebert\n")
    nonrec("driving school", "de", "buero@fahrschule-kurvenreich.de", "Fahrschule Kurvenreich", "lena.hofmann2008@web.de",
           "Absage Fahrstunde 03.12. – Ausfallgebühr", D(2026, 12, 3),
           "A cancellation notice that announces a fee to be added to the next invoice; nothing is payable now.",
           "A fee amount and dates; says explicitly no transfer is needed.", body=body)
    # N19 Mietvertrag
    rows = [("Bühne 6x4 m", "1", "390,00 €"), ("Stehtische inkl. Husse", "12", "8,50 €"), ("Lichtset LED", "1", "145,00 €")]
    pages = letter_pdf(["Eventtechnik Hanse GmbH", "Billstraße 104", "20539 Hamburg", "vermietung@eventtechnik-hanse.de"],
                       ["Kulturverein Ottensen e.V.", "Frau Dr. Ilka Marquardt", "Große Rainstraße 12", "22765 Hamburg"], "Mietvertrag MV-26-0871",
                       ["Mietzeitraum: 11.12.2026 (Anlieferung) bis 13.12.2026 (Abholung).",
                        "Kaution: 500,00 €, zahlbar bis 09.12.2026; Rückzahlung nach mängelfreier Rückgabe.",
                        "Die Rechnung über die Miete erhalten Sie nach Veranstaltungsende.", "",
                        "Bitte unterschreiben Sie den Vertrag und senden Sie ihn bis 07.12.2026 zurück.", "",
                        "Ort, Datum, Unterschrift Mieter: ____________________________"],
                       meta=[("Datum", "02.12.2026"), ("Veranstaltung", "Winterfest Ottensen")],
                       table=([("Mietgegenstand", 56, "left"), ("Anzahl", 400, "right"), ("Mietpreis/Tag", 539, "right")], rows))
    nonrec("event-equipment rental", "de", "vermietung@eventtechnik-hanse.de", "Eventtechnik Hanse", "vorstand@kulturverein-ottensen.de",
           "Mietvertrag MV-26-0871 Winterfest", D(2026, 12, 2),
           "A rental contract to sign with a refundable deposit; the rental invoice follows after the event.",
           "Prices, a Kaution with a payment date; rent itself not yet billed.",
           body="Sehr geehrte Frau Dr. Marquardt,\n\nanbei der Mietvertrag zur Unterschrift.\n\nMit freundlichen Grüßen\nEventtechnik Hanse\n",
           pages=pages, fname="Mietvertrag_MV-26-0871.pdf")
    # N20 warranty
    body = ("Sehr geehrter Herr Kowalczyk,\n\nvielen Dank für Ihre Meldung vom 24.11. zur Undichtigkeit am Dachfenster (Rechnung 2025-0412 vom\n"
            "18.06.2025). Die Arbeiten liegen innerhalb der Gewährleistungsfrist nach VOB/B. Unser Monteur sieht sich\n"
            "den Schaden am Mittwoch, 09.12., zwischen 8 und 10 Uhr an. Liegt ein Ausführungsmangel vor, ist die Reparatur\n"
            "für Sie selbstverständlich kostenfrei.\n\nMit freundlichen Grüßen\nDachdeckerei Lorenz GmbH\nKundendienst\n")
    nonrec("roofer", "de", "service@dachdeckerei-lorenz.de", "Dachdeckerei Lorenz", "p.kowalczyk@freenet.de",
           "Ihre Gewährleistungsanfrage Dachfenster", D(2026, 11, 27),
           "An answer to a warranty claim; repair free of charge if it is a defect.",
           "Refers to an old invoice number and date.", body=body)
    # N21 Vergütungsvereinbarung
    body = ("Sehr geehrte Frau Albers,\n\nwie besprochen übernehmen wir ab dem Geschäftsjahr 2027 die laufende Finanzbuchhaltung und die\n"
            "Lohnabrechnung für Ihr Café. Anbei die Vergütungsvereinbarung nach § 4 StBVV:\n\n"
            "  Finanzbuchhaltung monatlich: Pauschale 285,00 € zzgl. USt.\n  Lohnabrechnung: 24,00 € je Mitarbeiter/Monat zzgl. USt.\n"
            "  Jahresabschluss: nach StBVV, Abrechnung nach Fertigstellung\n\n"
            "Die Vergütung wird monatlich abgerechnet und per SEPA-Lastschrift eingezogen; das Mandat liegt bei.\n"
            "Bitte beide Dokumente unterschrieben zurücksenden.\n\nMit freundlichen Grüßen\nJörg Hallmann\nSteuerberater\n")
    nonrec("tax adviser", "de", "kanzlei@stb-hallmann.de", "Steuerberatung Hallmann", "cafe.albers@t-online.de",
           "Vergütungsvereinbarung ab 2027", D(2026, 12, 1),
           "A fee agreement to sign for future work; nothing has been billed.",
           "Monthly amounts, direct debit wording and StBVV references.", body=body)
    # N22 AT Musikschule Anmeldung
    html = ("<html><body><p>Liebe Frau Steinbauer,</p><p>wir bestätigen die Anmeldung von <b>Jakob</b> zum Gitarrenunterricht "
            "(Einzelunterricht 30 Min., Lehrer Mag. Haas) ab dem Sommersemester 2027.</p>"
            "<p>Das Schulgeld beträgt <b>€ 312,00 pro Semester</b>. Die Vorschreibung erhalten Sie Anfang Februar; "
            "bitte erst nach Erhalt einzahlen.</p><p>Stundenplan und Instrumentenverleih besprechen wir beim ersten Termin.</p>"
            "<p>Mit musikalischen Grüßen<br>Musikschule Wienerwald<br>Hauptstraße 31, 3002 Purkersdorf</p></body></html>")
    nonrec("music school", "de", "sekretariat@musikschule-wienerwald.at", "Musikschule Wienerwald", "k.steinbauer@a1.net",
           "Anmeldebestätigung Gitarre – Jakob Steinbauer", D(2026, 12, 2),
           "A registration confirmation stating the term fee; the payment demand (Vorschreibung) follows in February.",
           "Austrian: a fee per semester and the word 'Vorschreibung' for the bill to come.", html=html)
    # N23 AT Übergabeprotokoll
    pages = letter_pdf(["Baumeister Leitner Bau GmbH", "Gewerbepark 4", "6300 Wörgl", "bauleitung@leitnerbau.at"],
                       ["Marktgemeinde Kirchbichl", "Bauamt", "6322 Kirchbichl"], "Übernahmeprotokoll gem. ÖNORM B 2110",
                       ["Bauvorhaben: Bauhof Kirchbichl, Zubau. Übernahme am 06.11.2026 ohne wesentliche Mängel.",
                        "Geringfügige Mängel: Silikonfuge Sanitärraum, Abdeckblech Attika Nordseite — Behebung bis 30.11.2026 (erledigt).",
                        "Beginn der Gewährleistungsfrist: 06.11.2026. Die Schlussrechnung wird gesondert gelegt.", "",
                        "Für den AG: ____________________   Für den AN: ____________________"],
                       meta=[("Protokoll Nr.", "ÜP-2026-044"), ("Datum", "06.11.2026")])
    nonrec("builder", "de", "bauleitung@leitnerbau.at", "Leitner Bau Bauleitung", "bauamt@kirchbichl.tirol.gv.at",
           "Übernahmeprotokoll Bauhof Kirchbichl (unterfertigt)", D(2026, 11, 26),
           "A signed handover protocol; the final invoice is sent separately.",
           "Construction document from the billing side with dates and a project number, no amounts.",
           body="Sehr geehrte Damen und Herren,\n\nanbei das unterfertigte Übernahmeprotokoll zu Ihren Unterlagen.\n\nMit freundlichen Grüßen\nIng. Markus Leitner\n",
           pages=pages, fname="UEP-2026-044.pdf")
    # N24 CH bank change
    chib = iban("CH")
    body = ("Sehr geehrte Kundin, sehr geehrter Kunde\n\nPer 1. Januar 2027 wechseln wir unsere Bankverbindung. Bitte verwenden Sie für\n"
            "Zahlungen ab diesem Datum ausschliesslich:\n\n  Zürcher Kantonalbank\n  IBAN %s\n  lautend auf Grünwerk Gartenbau GmbH, Ebikon\n\n"
            "Rechnungen mit QR-Einzahlungsschein vom Dezember sind noch auf das bisherige Konto zu bezahlen. Daueraufträge bitten\n"
            "wir Sie anzupassen. Es entstehen Ihnen keine Kosten.\n\nFreundliche Grüsse\nGrünwerk Gartenbau GmbH\n") % mk.iban_spaced(chib)
    nonrec("landscaper", "de", "info@gruenwerk-gartenbau.ch", "Grünwerk Gartenbau", "buchhaltung@immo-meier.ch",
           "Neue Bankverbindung ab 1. Januar 2027", D(2026, 12, 1),
           "A notice of a new bank account; no amount is billed.",
           "A valid Swiss IBAN and a date, no amount.", body=body)
    # N25 CH Betreuungskosten-Bescheinigung
    rows = [("Januar–Juli 2026 (3 Tage/Woche)", fm(1596000, "chf")), ("August–Dezember 2026 (4 Tage/Woche)", fm(1480000, "chf")),
            ("abzüglich Betreuungsgutscheine Stadt", "-" + fm(612000, "chf")), ("Bezahlte Betreuungskosten 2026", fm(2464000, "chf"))]
    pages = letter_pdf(["Kita Sonnenstrahl", "Gerechtigkeitsgasse 21", "3011 Bern", "verwaltung@kita-sonnenstrahl.ch"],
                       ["Familie Mühlemann-Roth", "Brunnadernstrasse 77", "3006 Bern"], "Bescheinigung Drittbetreuungskosten 2026",
                       ["Wir bestätigen, dass für Noah Mühlemann (geb. 14.05.2022) im Jahr 2026 die obigen Betreuungskosten",
                        "in Rechnung gestellt und bezahlt wurden. Zur Vorlage bei der Steuerverwaltung.", "",
                        "Dezember 2026 ist per Einzug bereits beglichen. Es bestehen keine offenen Posten."],
                       meta=[("Datum", "03.12.2026"), ("Kind", "Noah Mühlemann")],
                       table=([("Zeitraum", 56, "left"), ("Betrag", 539, "right")], rows))
    nonrec("daycare", "de", "verwaltung@kita-sonnenstrahl.ch", "Kita Sonnenstrahl", "r.muehlemann@bluewin.ch",
           "Steuerbescheinigung Betreuungskosten 2026", D(2026, 12, 3),
           "An annual certificate of childcare costs paid, for the tax return; nothing is owed.",
           "CHF totals and 'in Rechnung gestellt' wording; no open items.",
           body="Liebe Familie Mühlemann\n\nIm Anhang die Bescheinigung für Ihre Steuererklärung.\n\nHerzliche Grüsse\nKita Sonnenstrahl\n",
           pages=pages, fname="Bescheinigung_2026_Muehlemann.pdf")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout12.jsonl")
    for name in sorted(k for k in globals() if k.startswith("inv_")):
        globals()[name]()
    non_nl()
    non_be()
    non_en()
    non_de()
    order = random.Random(SEED + 1)
    order.shuffle(RECS)
    for i, r in enumerate(RECS, 1):
        r["id"] = "inv-hold12-%03d" % i
        # keep the key order of mailkit.record
    mk.write(out, RECS)
    print(len(RECS), "records ->", out)


if __name__ == "__main__":
    main()
