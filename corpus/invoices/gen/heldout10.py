"""heldout10: a tenth blind held-out set of invoice mails and mails that are not invoices.

Written without the reader's code and without the other sets' generators or records (only
corpus/invoices/README.md, mailkit.py and the first two records of heldout4.jsonl, for the
format).  Seeded; `python3 heldout10.py` writes ../heldout10.jsonl and runs check().
"""
import base64
import datetime as dt
import email
import email.policy
import os
import random
import re
import sys
from email.header import Header
from email.utils import formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261210
rng = random.Random(SEED)
D = dt.date

# ---------------------------------------------------------------- helpers


def _check_digits(bban, cc):
    digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return 98 - int(digits) % 97


def iban(cc):
    if cc in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, cc)
    n = {"AT": 16, "CH": 17, "NO": 11}.get(cc)
    if cc == "IE":
        bban = "AIBK" + "".join(rng.choice("0123456789") for _ in range(14))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(n))
    return "%s%02d%s" % (cc, _check_digits(bban, cc), bban)


def sortcode(i):
    return "%s-%s-%s" % (i[8:10], i[10:12], i[12:14]), i[14:22]


BANKNAME = {"NWBK": "NatWest", "BARC": "Barclays", "LOYD": "Lloyds", "MIDL": "HSBC"}


def IB(cc):
    return mk.iban_spaced(iban(cc))


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def be_structured():
    base = rng.randint(10 ** 9, 10 ** 10 - 1)
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rf_ref(body):
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, body)


def qr_ref(body26):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body26:
        carry = table[(carry + int(ch)) % 10]
    return body26 + str((10 - carry) % 10)


def qr_spaced(r):
    return r[:2] + " " + " ".join(r[i:i + 5] for i in range(2, len(r), 5))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    return formataddr((name, a)) if name else a


def rnd(x):
    return int((x + 0.5) // 1) if x >= 0 else -int((-x + 0.5) // 1)


LBL = {
    "nl": dict(desc="Omschrijving", qty="Aantal", unit="Eenheid", price="Prijs", vat="Btw", amt="Bedrag",
               art="Art.nr.", disc="Korting", date="Datum", hours="Uren", rate="Tarief",
               net="Subtotaal", vatrow="Btw {r}% over {b}", total="Totaal", due="Te betalen",
               num="Factuurnummer", idate="Factuurdatum", ddate="Vervaldatum", cust="Klantnummer",
               title="Factuur", credit="Creditfactuur", ref="Betalingskenmerk"),
    "en": dict(desc="Description", qty="Qty", unit="Unit", price="Unit price", vat="VAT", amt="Amount",
               art="Item", disc="Disc.", date="Date", hours="Hours", rate="Rate",
               net="Subtotal", vatrow="VAT {r}% on {b}", total="Total", due="Amount due",
               num="Invoice number", idate="Invoice date", ddate="Due date", cust="Customer no.",
               title="Invoice", credit="Credit note", ref="Payment reference"),
    "de": dict(desc="Bezeichnung", qty="Menge", unit="Einheit", price="Einzelpreis", vat="USt.", amt="Gesamt",
               art="Pos.", disc="Rabatt", date="Datum", hours="Std.", rate="Satz",
               net="Zwischensumme netto", vatrow="zzgl. {r} % USt. auf {b}", total="Gesamtbetrag",
               due="Zahlbetrag", num="Rechnungsnummer", idate="Rechnungsdatum", ddate="Fällig am",
               cust="Kundennummer", title="Rechnung", credit="Gutschrift", ref="Verwendungszweck"),
}

DEFAULTS = {
    "nl": dict(ms="nl", cf="€ {}", df="dmy-"),
    "en": dict(ms="en", cf="€{}", df="long"),
    "de": dict(ms="de", cf="{} €", df="dmy."),
}


class Sp(dict):
    """An invoice (or a priced non-invoice document): its facts, computed amounts and layout."""

    def __getattr__(self, k):
        return self[k]


def compute(sp):
    lines = []
    nets = {}
    for it in sp["items"]:
        desc, qty, unit, rate = it[:4]
        disc = it[4] if len(it) > 4 else 0
        amt = rnd(qty * unit * (100 - disc) / 100.0)
        lines.append((desc, qty, unit, rate, disc, amt))
        nets[rate] = nets.get(rate, 0) + amt
    sp["lines"] = lines
    gd = sp.get("gdisc", 0)
    discs = {r: rnd(n * gd / 100.0) for r, n in nets.items()} if gd else {}
    sp["net_gross_lines"] = sum(nets.values())
    sp["gdisc_amt"] = sum(discs.values())
    nets2 = {r: n - discs.get(r, 0) for r, n in nets.items()}
    sp["nets"] = nets2
    sp["net"] = sum(nets2.values())
    vats = {r: rnd(n * r / 100.0) for r, n in nets2.items()}
    sp["vats"] = vats
    tot = sp["net"] + sum(vats.values())
    sp["rounding"] = 0
    if sp.get("round05"):
        r5 = rnd(tot / 5.0) * 5
        sp["rounding"] = r5 - tot
        tot = r5
    sp["gross"] = tot
    # a final invoice names the whole job's gross and subtracts earlier instalments; a deposit the same
    sp["paid_total"] = sum(c for _, c in sp.get("paid", []))
    sp["total"] = tot
    sp["due_amt"] = tot - sp["paid_total"]
    issue = sp["issue"]
    t = sp.get("term")
    if sp.get("credit"):
        sp["due"] = None
    elif t == "receipt":
        sp["due"] = issue
    elif isinstance(t, int):
        sp["due"] = issue + dt.timedelta(days=t)
    elif isinstance(t, dt.date):
        sp["due"] = t
    else:
        sp["due"] = None
    return sp


def M(sp, cents, sym=True):
    if sym and cents < 0 and sp["cf"] in ("£{}", "${}", "€{}"):
        return "-" + sp["cf"].format(mk.money(-cents, sp["ms"]))
    s = mk.money(cents, sp["ms"])
    return sp["cf"].format(s) if sym else s


def Dt(sp, d, style=None):
    return mk.date(d, style or sp["df"], sp["lang"])


def pct(r, lang):
    if r == int(r):
        return "%d" % r
    s = "%.1f" % r
    return s.replace(".", ",") if lang != "en" else s


def centre(p, y, s, size=9, bold=False):
    w = len(s) * size * 0.5
    p.text(297.5 - w / 2, y, s, size, bold)


# ------------------------------------------------------------------ PDF layout


def table(sp, p, y, cols, lab, x0=56, x1=539, carry=None):
    """Draw the line table; cols is a list of keys.  Returns the y below the last line."""
    # column x positions: the description gets the room left over
    widths = {"art": 46, "date": 58, "qty": 42, "unit": 44, "price": 66, "disc": 44, "vat": 38,
              "amt": 72, "hours": 40, "rate": 56}
    rights = {"qty", "price", "disc", "vat", "amt", "hours", "rate"}
    fixed = sum(widths[c] for c in cols if c != "desc")
    dw = (x1 - x0) - fixed
    xs = {}
    x = x0
    for c in cols:
        w = dw if c == "desc" else widths[c]
        xs[c] = (x, x + w)
        x += w
    hdrsize = 8
    for c in cols:
        a, b = xs[c]
        t = lab.get(c, c)
        if c in rights:
            p.right(b - 4, y, t, hdrsize, True)
        else:
            p.text(a, y, t, hdrsize, True)
    p.rule(x0, y + 4, x1, y + 4)
    y += 17
    if carry is not None:
        p.text(xs["desc"][0], y, carry[0], 8)
        p.right(x1 - 4, y, carry[1], 8)
        y += 14
    for i, (desc, qty, unit, rate, disc, amt) in enumerate(sp["_rows"]):
        for c in cols:
            a, b = xs[c]
            if c == "desc":
                p.text(a, y, desc, 8.5)
            elif c == "art":
                p.text(a, y, sp.get("artno", lambda k: "%d" % (k + 1))(i + sp.get("_rowoff", 0)), 8.5)
            elif c == "date":
                p.text(a, y, sp["_rowdates"][i + sp.get("_rowoff", 0)], 8.5)
            elif c in ("qty", "hours"):
                q = ("%g" % qty)
                if sp["ms"] in ("nl", "de", "sp"):
                    q = q.replace(".", ",")
                p.right(b - 4, y, q, 8.5)
            elif c == "unit":
                p.text(a, y, sp.get("units", {}).get(i, sp.get("unit_word", "st.")), 8.5)
            elif c in ("price", "rate"):
                p.right(b - 4, y, M(sp, unit, sp.get("sym_in_table", False)), 8.5)
            elif c == "disc":
                p.right(b - 4, y, ("%d%%" % disc) if disc else "", 8.5)
            elif c == "vat":
                p.right(b - 4, y, pct(rate, "de" if sp["ms"] in ("nl", "de", "sp") else "en") + "%", 8.5)
            elif c == "amt":
                p.right(b - 4, y, M(sp, amt, sp.get("sym_in_table", False)), 8.5)
        y += 14
    return y


def totals_rows(sp):
    lab = sp["lab"]
    rows = []
    if sp.get("gdisc"):
        rows.append((lab["net"], M(sp, sp["net_gross_lines"]), False))
        rows.append((sp.get("gdisc_label", "%s %d%%" % (lab["disc"], sp["gdisc"])), M(sp, -sp["gdisc_amt"]), False))
        rows.append((sp.get("net2_label", lab["net"]), M(sp, sp["net"]), False))
    else:
        rows.append((lab["net"], M(sp, sp["net"]), False))
    for r in sorted(sp["vats"]):
        rows.append((lab["vatrow"].format(r=pct(r, "de" if sp["ms"] in ("nl", "de", "sp") else "en"), b=M(sp, sp["nets"][r])),
                     M(sp, sp["vats"][r]), False))
    if sp["rounding"]:
        rows.append((sp.get("round_label", "Rundung"), M(sp, sp["rounding"]), False))
    if sp.get("paid"):
        rows.append((sp.get("gross_label", lab["total"]), M(sp, sp["gross"]), True))
        for l, c in sp["paid"]:
            rows.append((l, M(sp, -c), False))
        rows.append((lab["due"], M(sp, sp["due_amt"]), True))
    else:
        rows.append((lab["total"], M(sp, sp["total"]), True))
    return rows


def render(sp):
    """A PDF invoice in the layout sp['L'] describes."""
    L = sp["L"]
    lab = sp["lab"]
    S = sp["s"]
    p = mk.Page()
    pages = [p]
    head = L.get("head", "L")
    # --- letterhead
    if head == "L":
        p.text(56, 58, S["name"], 15, True)
        y = 72
        for l in S["addr"]:
            p.text(56, y, l, 8)
            y += 10
    elif head == "R":
        p.right(539, 58, S["name"], 14, True)
        y = 72
        for l in S["addr"]:
            p.right(539, y, l, 8)
            y += 10
    elif head == "C":
        centre(p, 56, S["name"], 16, True)
        centre(p, 70, "  ·  ".join(S["addr"]), 8)
    elif head == "1":
        p.text(56, 52, S["name"], 12, True)
        p.text(56, 64, " | ".join(S["addr"]), 7)
    elif head == "band":
        p.rule(0, 30, 595, 30)
        p.text(56, 66, sp.get("title_text", lab["title"]).upper(), 26, True)
        p.right(539, 58, S["name"], 11, True)
        y = 70
        for l in S["addr"]:
            p.right(539, y, l, 8)
            y += 10
    # --- debtor block
    a = L.get("addr", ("win", 56))
    db = sp["dblock"]
    if a[0] == "win":
        x = a[1]
        y = 150
        if L.get("retline"):
            p.text(x, 138, L["retline"], 6)
            p.rule(x, 141, x + 220, 141)
        if L.get("addr_label"):
            p.text(x, y - 2, L["addr_label"], 7, True)
            y += 11
        for l in db:
            p.text(x, y, l, 10)
            y += 13
        ybot = y
    elif a[0] == "beside":  # at the sender's height, on the right
        y = 58
        if L.get("addr_label"):
            p.text(330, y, L["addr_label"], 8, True)
            y += 13
        for l in db:
            p.text(330, y, l, 9.5)
            y += 12
        ybot = y
    elif a[0] == "label":  # under a label, at (x, y)
        x, y = a[1], a[2]
        p.text(x, y, a[3], 8, True)
        y += 13
        for l in db:
            p.text(x, y, l, 9.5)
            y += 12
        ybot = y
    elif a[0] == "right":  # right-aligned at the right edge
        y = a[1]
        if a[2]:
            p.right(539, y, a[2], 8, True)
            y += 13
        for l in db:
            p.right(539, y, l, 9.5)
            y += 12
        ybot = y
    # second block beside the debtor's (ship to / Lieferanschrift / the sender's own)
    if L.get("second"):
        x, y0, label, lines = L["second"]
        p.text(x, y0, label, 8, True)
        yy = y0 + 13
        for l in lines:
            p.text(x, yy, l, 9.5)
            yy += 12
    if L.get("regs") == "under-debtor":
        yy = ybot + 6
        for l in S["regs"]:
            p.text(a[1] if a[0] in ("win", "label") else 330, yy, l, 7)
            yy += 9
        ybot = yy
    # --- title and meta
    meta = sp["meta"]
    m = L.get("meta", ("table", 360, 150))
    ty = L.get("title_y", 262)
    if head != "band":
        if L.get("title_pos") == "right":
            p.right(539, L.get("title_y", 60), sp.get("title_text", lab["title"]), 18, True)
        else:
            p.text(56, ty, sp.get("title_text", lab["title"]), 16, True)
    y = ty + 24
    if m[0] == "table":
        mx, my = m[1], m[2]
        for k, v in meta:
            p.text(mx, my, k, 8.5)
            p.text(mx + m[3] if len(m) > 3 else mx + 95, my, v, 8.5, k == meta[0][0])
            my += 12
    elif m[0] == "row":
        n = len(meta)
        w = (539 - 56) / n
        for i, (k, v) in enumerate(meta):
            p.text(56 + i * w, y, k, 7.5, True)
            p.text(56 + i * w, y + 12, v, 9)
        p.rule(56, y + 17, 539, y + 17)
        y += 34
    elif m[0] == "under":
        for k, v in meta:
            p.text(56, y, "%s: %s" % (k, v), 9)
            y += 12
        y += 6
    elif m[0] == "rightcol":  # stacked labels over values at the right
        my = m[1]
        for k, v in meta:
            p.right(539, my, k, 7.5, True)
            p.right(539, my + 10, v, 9)
            my += 24
    if L.get("intro"):
        for l in L["intro"]:
            p.text(56, y, l, 9)
            y += 12
        y += 6
    y = max(y, L.get("table_y", y))
    cols = L.get("cols", ["desc", "qty", "price", "amt"])
    clab = dict(lab)
    clab.update(L.get("clab", {}))
    rows = sp["lines"]
    split = L.get("split")
    if split:
        sp["_rows"] = rows[:split]
        y = table(sp, p, y, cols, clab)
        carried = sum(r[5] for r in rows[:split])
        p.rule(330, y - 8, 539, y - 8)
        p.text(330, y + 2, L["carry_label"], 8.5, True)
        p.right(535, y + 2, M(sp, carried), 8.5, True)
        if L.get("footer"):
            footer(sp, p)
        p.right(539, 800, L.get("page_label", "1/2").split("|")[0], 7)
        p = mk.Page()
        pages.append(p)
        p.text(56, 50, S["name"], 10, True)
        p.right(539, 50, "%s %s" % (lab["num"], sp["number_printed"]), 8)
        sp["_rows"] = rows[split:]
        sp["_rowoff"] = split
        y = table(sp, p, 90, cols, clab, carry=(L["carry_in"], M(sp, carried)))
        p.right(539, 800, L.get("page_label", "1/2|2/2").split("|")[1], 7)
    else:
        sp["_rows"] = rows
        y = table(sp, p, y, cols, clab)
    y += 6
    p.rule(320, y - 8, 539, y - 8)
    for l, v, b in sp.get("totals") or totals_rows(sp):
        p.text(320, y + 4, l, 9, b)
        p.right(535, y + 4, v, 9, b)
        y += 14
    y += 16
    for l in sp.get("notes", []):
        p.text(56, y, l, 8.5)
        y += 12
    if L.get("footer"):
        footer(sp, p)
    for extra in sp.get("extra_draw", []):
        extra(sp, p, y)
    return pages


def footer(sp, p):
    f = sp["L"]["footer"]
    if f == "3col":
        cols = sp["foot3"]
        p.rule(56, 770, 539, 770)
        for i, col in enumerate(cols):
            yy = 782
            for l in col:
                p.text(56 + i * 165, yy, l, 6.5)
                yy += 8
    elif f == "line":
        p.rule(56, 790, 539, 790)
        p.text(56, 800, "  ·  ".join(sp["foot1"]), 6.5)


def ubl(sp, exp):
    cur = exp["currency"]

    def a(c):
        return "%.2f" % (abs(c) / 100.0)
    root = "CreditNote" if exp["credit_note"] else "Invoice"
    ns = "urn:oasis:names:specification:ubl:schema:xsd:%s-2" % root
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<%s xmlns="%s" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">' % (root, ns),
         "  <cbc:CustomizationID>%s</cbc:CustomizationID>" % sp.get("ubl_cust", "urn:cen.eu:en16931:2017"),
         "  <cbc:ID>%s</cbc:ID>" % exp["number"],
         "  <cbc:IssueDate>%s</cbc:IssueDate>" % exp["issue_date"]]
    if exp["due_date"]:
        x.append("  <cbc:DueDate>%s</cbc:DueDate>" % exp["due_date"])
    x.append("  <cbc:%sTypeCode>%s</cbc:%sTypeCode>" % (root, "381" if exp["credit_note"] else "380", root))
    x.append("  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>" % cur)
    if sp.get("buyer_ref"):
        x.append("  <cbc:BuyerReference>%s</cbc:BuyerReference>" % sp["buyer_ref"])
    x += ["  <cac:AccountingSupplierParty><cac:Party>",
          "    <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>" % sp["s"]["name"].replace("&", "&amp;"),
          "    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" % sp["s"]["vatid"],
          "  </cac:Party></cac:AccountingSupplierParty>",
          "  <cac:AccountingCustomerParty><cac:Party>",
          "    <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>" % exp["debtor_name"].replace("&", "&amp;"),
          "    <cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact>" % exp["debtor_email"],
          "  </cac:Party></cac:AccountingCustomerParty>",
          "  <cac:PaymentMeans>", "    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"]
    if exp["payment_reference"]:
        x.append("    <cbc:PaymentID>%s</cbc:PaymentID>" % exp["payment_reference"])
    x += ["    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount>" % exp["iban"],
          "  </cac:PaymentMeans>",
          '  <cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>' % (cur, a(sum(sp["vats"].values())))]
    for r in sorted(sp["vats"]):
        x.append('    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="%s">%s</cbc:TaxableAmount>'
                 '<cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount><cac:TaxCategory><cbc:ID>%s</cbc:ID>'
                 '<cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>'
                 '</cac:TaxCategory></cac:TaxSubtotal>' % (cur, a(sp["nets"][r]), cur, a(sp["vats"][r]),
                                                         "S" if r else "Z", r))
    x.append("  </cac:TaxTotal>")
    x += ["  <cac:LegalMonetaryTotal>",
          '    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>' % (cur, a(sp["net"])),
          '    <cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount>' % (cur, a(sp["net"])),
          '    <cbc:TaxInclusiveAmount currencyID="%s">%s</cbc:TaxInclusiveAmount>' % (cur, a(sp["total"]))]
    if sp["paid_total"]:
        x.append('    <cbc:PrepaidAmount currencyID="%s">%s</cbc:PrepaidAmount>' % (cur, a(sp["paid_total"])))
    x.append('    <cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount>' % (cur, a(exp["amount_due_cents"])))
    x.append("  </cac:LegalMonetaryTotal>")
    for i, (desc, qty, unit, rate, disc, amt) in enumerate(sp["lines"]):
        tag = "CreditNoteLine" if exp["credit_note"] else "InvoiceLine"
        qt = "CreditedQuantity" if exp["credit_note"] else "InvoicedQuantity"
        x.append('  <cac:%s><cbc:ID>%d</cbc:ID><cbc:%s unitCode="C62">%g</cbc:%s>'
                 '<cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>'
                 '<cac:Item><cbc:Name>%s</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="%s">%s'
                 '</cbc:PriceAmount></cac:Price></cac:%s>' % (tag, i + 1, qt, qty, qt, cur, a(amt),
                                                            desc.replace("&", "&amp;"), cur, a(unit), tag))
    x.append("</%s>" % root)
    return "\n".join(x) + "\n"


def attach_xml(eml, xml, fname):
    """Insert a base64 XML part before the closing boundary of the mixed part."""
    m = re.search(r'boundary="([^"]+)"', eml)
    b = m.group(1)
    enc = base64.encodebytes(xml.encode("utf-8")).decode("ascii")
    part = ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n" % (b, fname, fname, enc))
    end = "--%s--\n" % b
    i = eml.rindex(end)
    return eml[:i] + part + eml[i:]


# ------------------------------------------------------------------ building records

RECS = []


def iban_bank(cc, bank, n):
    bban = bank + "".join(rng.choice("0123456789") for _ in range(n))
    return "%s%02d%s" % (cc, _check_digits(bban, cc), bban)


CUR_CC = ["NL"]


def S(name, addr_lines, email_, regs=(), cc="default", bic="", vatid="", bank=None):
    if cc == "default":
        cc = CUR_CC[0]
    if bank:
        ib = iban_bank(cc, bank, 10 if cc == "NL" else 14)
    else:
        ib = iban(cc) if cc else None
    return {"name": name, "addr": list(addr_lines), "email": email_, "regs": list(regs), "iban": ib,
            "bic": bic, "vatid": vatid or (regs[-1].split()[-1] if regs else "")}


def ctx(sp):
    c = {"num": sp["number_printed"], "amt": M(sp, sp["due_amt"]), "tot": M(sp, sp["total"]),
         "issue": Dt(sp, sp["issue"]), "due": Dt(sp, sp["due"]) if sp.get("due") else "",
         "iban": mk.iban_spaced(sp["s"]["iban"]) if sp["s"]["iban"] else "", "bic": sp["s"]["bic"],
         "ref": sp.get("ref_printed") or "", "sname": sp["s"]["name"], "net": M(sp, sp["net"]),
         "vat": M(sp, sum(sp["vats"].values())), "paid": M(sp, sp["paid_total"]),
         "tot_plain": M(sp, sp["total"], False), "amt_plain": M(sp, sp["due_amt"], False)}
    c.update(sp.get("ctx_extra") or {})
    c["skonto"] = mk.money(rnd(sp["total"] * 0.98), sp["ms"])
    if sp.get("kind") in ("body-text", "body-html"):
        c["lines"] = text_lines(sp)
        c["totals"] = text_totals(sp)
        c["hrows"] = html_rows(sp)
        c["htotals"] = html_totals(sp)
    return c


def text_lines(sp, w=44):
    out = []
    for desc, qty, unit, rate, disc, amt in sp["lines"]:
        q = "%g" % qty
        if sp["lang"] != "en":
            q = q.replace(".", ",")
        out.append("%-*s %5s x %10s  %12s" % (w, desc, q, M(sp, unit, False), M(sp, amt)))
    return "\n".join(out)


def text_totals(sp, w=58):
    return "\n".join("%-*s %14s" % (w, l, v) for l, v, b in (sp.get("totals") or totals_rows(sp)))


def html_rows(sp):
    return "\n".join("<tr><td>%s</td><td align=\"right\">%g</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                     % (d, q, M(sp, u), M(sp, a)) for d, q, u, r, di, a in sp["lines"])


def html_totals(sp):
    return "\n".join("<tr><td colspan=\"3\" align=\"right\">%s%s%s</td><td align=\"right\">%s%s%s</td></tr>"
                     % ("<b>" if b else "", l, "</b>" if b else "", "<b>" if b else "", v, "</b>" if b else "")
                     for l, v, b in (sp.get("totals") or totals_rows(sp)))


def inv(tool, lang, kind, s, dblock, name, rcpt, to, business, number, issue, items, subject, body,
        L=None, term=None, cur="EUR", ref=None, ref_printed=None, paid=(), credit=False, meta=None, notes=(),
        delay=0, note="", fname=None, expnum=None, iban_label=True, platform=None, cc=(), html=None,
        lab=None, totals=None, extra_headers=(), **kw):
    sp = Sp(tool=tool, lang=lang, kind=kind, s=s, dblock=dblock, items=items, issue=issue, term=term,
            number_printed=number, credit=credit, paid=list(paid), L=L or {}, **kw)
    sp.update(DEFAULTS[lang])
    for k in ("ms", "cf", "df"):
        if k in kw:
            sp[k] = kw[k]
    sp["lab"] = dict(LBL[lang])
    sp["lab"].update(lab or {})
    sp["ref_printed"] = ref_printed or ref
    sp["kind"] = kind
    compute(sp)
    if totals:
        sp["totals"] = totals(sp)
    c = ctx(sp)
    sp["meta"] = [(k, v.format(**c)) for k, v in (meta or [])]
    sp["notes"] = [n.format(**c) for n in notes]
    exp = mk.expected(expnum or number, sp["due_amt"], sp["total"], issue, sp["due"], name, rcpt[0],
                      s["iban"] if iban_label else None, business, lang, reference=ref, currency=cur, credit=credit)
    sent = issue + dt.timedelta(days=delay)
    frm_addr = platform[0] if platform else s["email"]
    frm_name = platform[1] if platform else s.get("from_name", s["name"])
    eh = list(extra_headers)
    if platform:
        eh.append("Reply-To: %s" % addr(hdr(s["name"]), s["email"]))
    if cc:
        eh.append("Cc: %s" % ", ".join(cc))
    bt = body.format(**c) if body is not None else None
    bh = html.format(**c) if html is not None else None
    pages = None
    if kind in ("pdf", "pdf+ubl"):
        pages = render(sp)
    eml = mk.mail(rng, frm_addr, hdr(frm_name), addr(hdr(to), rcpt[0]) if to else rcpt[0], hdr(subject.format(**c)),
                  sent, body_text=bt, body_html=bh, pdf=pages is not None, extra_headers=eh)
    ubl_x = None
    if kind == "pdf+ubl":
        ubl_x = ubl(sp, exp)
        eml = attach_xml(eml, ubl_x, kw.get("ubl_name", "%s.xml" % number.replace("/", "-")))
    rid = "inv-hold10-%03d" % (len(RECS) + 1)
    r = mk.record(rid, tool, lang, kind, {"mail_from": frm_addr, "rcpt_to": list(rcpt) + [x.split("<")[-1].rstrip(">") for x in cc if "@" in x and False]},
                  eml, pages=pages, pdf_filename=(fname or "{num}.pdf").format(**c).replace("/", "-") if pages else None,
                  expected=exp, note=note)
    if ubl_x:
        r["ubl"] = ubl_x
    r["_sp"] = sp
    RECS.append(r)
    return r


def non(tool, lang, sender_addr, sender_name, rcpt, to, subject, d, body, why, note="", html=None, doc=None,
        fname=None, extra_headers=()):
    """A mail that is not an invoice; doc, when given, is an Sp-like spec rendered as a PDF."""
    pages = None
    if doc is not None:
        pages = render(doc)
    eml = mk.mail(rng, sender_addr, hdr(sender_name), addr(hdr(to), rcpt[0]) if to else rcpt[0], hdr(subject), d,
                  body_text=body, body_html=html, pdf=pages is not None, extra_headers=extra_headers)
    rid = "inv-hold10-%03d" % (len(RECS) + 1)
    r = mk.record(rid, tool, lang, "none", {"mail_from": sender_addr, "rcpt_to": list(rcpt)}, eml, pages=pages,
                  pdf_filename=fname, expected=None, why_not=why, note=note)
    RECS.append(r)
    return r


def doc(lang, s, dblock, items, meta, title, L, notes=(), **kw):
    """A priced document that is not an invoice (quote, pro forma, statement, ...)."""
    sp = Sp(lang=lang, s=s, dblock=dblock, items=items, issue=kw.pop("issue", D(2026, 11, 20)), term=None,
            number_printed=kw.pop("number", ""), credit=False, paid=list(kw.pop("paid", [])), L=L, **kw)
    sp.update(DEFAULTS[lang])
    for k in ("ms", "cf", "df"):
        if k in kw:
            sp[k] = kw[k]
    sp["lab"] = dict(LBL[lang])
    sp["lab"].update(kw.get("lab", {}))
    sp["title_text"] = title
    compute(sp)
    if kw.get("totals"):
        sp["totals"] = kw["totals"](sp)
    c = ctx(sp)
    sp["meta"] = [(k, v.format(**c)) for k, v in meta]
    sp["notes"] = [n.format(**c) for n in notes]
    return sp


# ================================================================== invoices: Dutch (18)

def dutch():
    CUR_CC[0] = "NL"
    # 1 Moneybird: the debtor beside the sender at the top under "Factuur aan", the sender's own
    #   KvK and btw-id printed just under the debtor's block; To header names a first name only
    s = S("Studio Pluk", ["Oudegracht 214", "3511 NR Utrecht", "hallo@studiopluk.nl"],
          "facturen@studiopluk.nl", ["KvK 71429836", "Btw-id NL004512873B61"], bank="BUNQ")
    inv("moneybird", "nl", "pdf", s,
        ["Bakkerij Van 't Hoog V.O.F.", "t.a.v. Marloes van 't Hoog", "Voorstraat 61", "3231 BH Brielle"],
        "Bakkerij Van 't Hoog V.O.F.", ["marloes@bakkerijvanthoog.nl"], "Marloes", True, "2026-0147",
        D(2026, 11, 9),
        [("Logo-ontwerp en huisstijl", 1, 145000, 21), ("Ontwerp broodzakken (3 formaten)", 3, 18500, 21),
         ("Drukproeven", 1, 6250, 21)],
        "Factuur 2026-0147 van Studio Pluk",
        "Hoi Marloes,\n\nHierbij stuur ik je factuur 2026-0147 voor de nieuwe huisstijl en de broodzakken.\n"
        "Je kunt hem ook online bekijken en betalen: https://moneybird.com/1148392/online_invoices/8f2a1c\n\n"
        "Groetjes,\nFenna de Wilde\nStudio Pluk",
        L={"head": "L", "addr": ("beside",), "addr_label": "Factuur aan", "regs": "under-debtor",
           "meta": ("under",), "title_y": 200, "cols": ["desc", "qty", "price", "vat", "amt"], "footer": "line"},
        term=14, meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldatum", "{due}")],
        notes=["Wij verzoeken je vriendelijk het bedrag van {amt} vóór {due} over te maken op",
               "{iban} t.n.v. Studio Pluk, o.v.v. het factuurnummer."],
        foot1=["Studio Pluk", "bunq", "hallo@studiopluk.nl", "studiopluk.nl"], delay=1,
        note="Debtor beside the sender at the top; the sender's KvK and btw-id directly under the debtor's block; To names only 'Marloes'.")

    # 2 Exact Online with UBL: two pages, totals on page 2, "Transport" line, debtor number, t.a.v. after org
    s = S("Koeltechniek Van Dalen B.V.", ["Industrieweg 14", "4104 AM Culemborg", "Tel. 0345-512 880"],
          "debiteuren@vandalen-koeltechniek.nl", ["KvK 30214477", "BTW NL812214477B01"], bic="RABONL2U", bank="RABO")
    items = [("Onderhoud koelcel %d (contract 2026)" % k, 1, 28500, 21) for k in range(1, 7)] + \
            [("Vervangen verdamperventilator EC 450 mm", 2, 38940, 21), ("Koudemiddel R449A (kg)", 3.5, 6875, 21),
             ("Arbeid monteur (uur)", 6.5, 7450, 21), ("Voorrijkosten", 1, 4500, 21), ("Lekdichtheidscontrole F-gassen", 6, 3250, 21),
             ("Kleinmateriaal", 1, 2316, 21)]
    inv("exact-online", "nl", "pdf+ubl", s,
        ["Installatiebedrijf Brouwer & Zn. B.V.", "t.a.v. crediteurenadministratie", "Postbus 207", "4200 AE Gorinchem"],
        "Installatiebedrijf Brouwer & Zn. B.V.", ["facturen@brouwerenzonen.nl"], "Crediteuren Brouwer", True, "26300418",
        D(2026, 11, 16), items, "Factuur 26300418 Koeltechniek Van Dalen B.V.",
        "Geachte relatie,\n\nIn de bijlage treft u factuur 26300418 aan, ook als UBL-bestand voor uw boekhoudpakket.\n\n"
        "Met vriendelijke groet,\n\nKoeltechniek Van Dalen B.V.\nAfdeling debiteuren",
        L={"head": "R", "addr": ("win", 56), "meta": ("table", 56, 240, 95), "title_y": 228, "table_y": 320,
           "cols": ["art", "desc", "qty", "price", "vat", "amt"], "split": 9, "carry_label": "Transport",
           "carry_in": "Transport van pagina 1", "page_label": "Pagina 1 van 2|Pagina 2 van 2", "footer": "3col",
           "clab": {"art": "Code", "vat": "Btw%"}},
        term=30, meta=[("Factuur", "{num}"), ("Datum", "{issue}"), ("Debiteurnummer", "40117"), ("Uw referentie", "PO 2026-3381")],
        notes=["Betalingsconditie: binnen dertig dagen na factuurdatum.",
               "Wij verzoeken u het totaalbedrag over te maken onder vermelding van het factuurnummer."],
        foot3=[["Koeltechniek Van Dalen B.V.", "Industrieweg 14", "4104 AM Culemborg"],
               ["Rabobank", "IBAN {}".format(mk.iban_spaced(s["iban"])), "BIC RABONL2U"],
               ["KvK 30214477", "BTW NL812214477B01", "www.vandalen-koeltechniek.nl"]],
        artno=lambda k: "KT%03d" % (k * 7 + 11), ubl_cust="urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0",
        delay=2, fname="Factuur_{num}.pdf",
        note="Two pages; page 1 ends in 'Transport', totals and the term 'binnen dertig dagen' only on page 2; debtor number in a header table; UBL attached.")

    # 3 e-Boekhouden: consumer with initials and particle, 16-digit betalingskenmerk, header row
    s = S("Schildersbedrijf K. Mulder", ["Dorpsstraat 88", "1721 BD Broek op Langedijk"], "administratie@muldersschilders.nl",
          ["KvK 58120334", "Btw NL001934221B48"])
    bk = "".join(rng.choice("0123456789") for _ in range(16))
    inv("e-boekhouden", "nl", "pdf", s,
        ["Dhr. R.J. van der Linden", "Kerkelaan 3", "1724 EV Oudkarspel"], "R.J. van der Linden",
        ["rj.vanderlinden@ziggo.nl"], "R.J. van der Linden", False, "F2026-0311", D(2026, 11, 12),
        [("Schilderwerk kozijnen voorgevel (arbeid)", 22, 4850, 21), ("Verf en materialen", 1, 38712, 21),
         ("Houtrotreparatie 2 kozijnen", 1, 29500, 21)],
        "Factuur F2026-0311",
        "Beste heer Van der Linden,\n\nBijgaand de factuur voor het schilderwerk aan de voorgevel.\n"
        "Wilt u bij betaling het betalingskenmerk gebruiken? Dat scheelt ons veel zoekwerk.\n\n"
        "Met vriendelijke groet,\nKees Mulder",
        L={"head": "C", "addr": ("win", 56), "meta": ("row",), "title_y": 240, "cols": ["desc", "qty", "price", "amt"],
           "footer": "line", "clab": {"qty": "Aantal/uren"}},
        term=14, ref=bk, ref_printed=" ".join(bk[i:i + 4] for i in range(0, 16, 4)),
        meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldatum", "{due}"), ("Betalingskenmerk", "{ref}")],
        notes=["Graag het bedrag van {amt} vóór {due} overmaken op {iban}", "t.n.v. Schildersbedrijf K. Mulder, met betalingskenmerk {ref}."],
        foot1=["KvK 58120334", "Btw NL001934221B48", "administratie@muldersschilders.nl"],
        note="Consumer 'Dhr. R.J. van der Linden' (title dropped); 16-digit betalingskenmerk printed in groups; header row of labels.")

    # 4 SnelStart: Stichting p/a; dates in a header table beside the address; three VAT rates
    s = S("Smaak van Oost Catering", ["Javastraat 112", "1094 HL Amsterdam"], "boekhouding@smaakvanoost.nl",
          ["KvK 64410987", "BTW NL855610932B01"], bank="INGB")
    inv("snelstart", "nl", "pdf", s,
        ["Stichting Wijkcentrum De Driehoek", "p/a Postbus 94012", "1090 GA Amsterdam"],
        "Stichting Wijkcentrum De Driehoek", ["penningmeester@dedriehoek-oost.nl"], "Penningmeester De Driehoek", True,
        "V26-0583", D(2026, 11, 4),
        [("Lunchbuffet vrijwilligersdag (45 pers.)", 45, 1450, 9), ("Zaalinrichting en statafels", 1, 18500, 21),
         ("Kookworkshop jongeren (vrijgesteld)", 1, 45000, 0)],
        "Factuur V26-0583 Smaak van Oost",
        "Beste penningmeester,\n\nZie bijlage voor de factuur van de vrijwilligersdag van 31 oktober.\nDank voor de fijne samenwerking!\n\n"
        "Hartelijke groet,\nYasmina Bouali\nSmaak van Oost Catering",
        L={"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 85), "title_y": 250,
           "cols": ["desc", "qty", "price", "vat", "amt"], "footer": "3col"},
        term=21, meta=[("Factuurnr.", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldatum", "{due}"), ("Klantnr.", "1208")],
        lab={"vatrow": "Btw {r}% (grondslag {b})"},
        notes=["Betaling binnen 21 dagen op {iban} t.n.v. Smaak van Oost Catering."],
        foot3=[["Smaak van Oost Catering", "Javastraat 112", "1094 HL Amsterdam"], ["KvK 64410987", "BTW NL855610932B01"],
               ["ING Bank", "IBAN {}".format(mk.iban_spaced(s["iban"])), "BIC INGBNL2A"]],
        note="Three VAT rates (0, 9, 21 %), a Stichting with a p/a line, dates in a table beside the address.")

    # 5 Jortt: one-line letterhead, trade name over its owner, a deposit subtracted
    s = S("Atelier Wandwerk", ["Lange Nieuwstraat 9", "2011 RC Haarlem", "06 41 22 87 30", "KvK 80412275", "Btw NL003415522B88"],
          "mail@atelierwandwerk.nl", ["KvK 80412275", "Btw NL003415522B88"], bank="KNAB")
    inv("jortt", "nl", "pdf", s,
        ["Kapsalon Knip & Zo", "Inh. S. Öztürk", "Kruisweg 301", "2011 LE Haarlem"], "Kapsalon Knip & Zo",
        ["info@knipenzo-haarlem.nl"], "Selin Öztürk", True, "AW-2026-019", D(2026, 11, 18),
        [("Muurschildering salon, ontwerp", 1, 65000, 21), ("Muurschildering salon, uitvoering (3 dagen)", 3, 48000, 21),
         ("Anti-graffiti coating", 14, 1250, 21)],
        "Factuur AW-2026-019",
        "Hallo Selin,\n\nDe muur is af! In de bijlage vind je de eindfactuur; de aanbetaling van oktober heb ik er al vanaf gehaald.\n\n"
        "Liefs,\nJoost\nAtelier Wandwerk",
        L={"head": "1", "addr": ("label", 56, 110, "Klant"), "meta": ("table", 340, 110, 80), "title_y": 200,
           "cols": ["desc", "qty", "price", "amt"]},
        term=7, paid=[("Aanbetaling (factuur AW-2026-014)", 60000)],
        lab={"due": "Nog te betalen"},
        meta=[("Factuurnummer", "{num}"), ("Datum", "{issue}"), ("Betalen vóór", "{due}")],
        notes=["Binnen 7 dagen overmaken naar {iban} (Knab) t.n.v. Atelier Wandwerk."],
        note="Trade name above its owner line; a deposit of an earlier invoice subtracted; 'Nog te betalen'.")

    # 6 WeFact: a VvE p/a its manager, "Te betalen vóór" with an explicit date, payment box
    s = S("Liftservice Amstelland B.V.", ["Ampèreweg 7", "1171 AS Badhoevedorp"], "facturatie@liftservice-amstelland.nl",
          ["KvK 34188201", "BTW NL807322154B01"], bank="ABNA")
    inv("wefact", "nl", "pdf", s,
        ["VvE Parkflat Oostereiland", "p/a Domus Vastgoedbeheer B.V.", "Postbus 51200", "1007 EE Amsterdam"],
        "VvE Parkflat Oostereiland", ["vve-parkflat@domusbeheer.nl"], "Domus Vastgoedbeheer - VvE Parkflat", True,
        "F2026.1193", D(2026, 11, 20),
        [("Kwartaalonderhoud 2 liftinstallaties Q4", 2, 68500, 21), ("Storingsafhandeling 28-10 (buiten kantooruren)", 1, 34000, 21),
         ("Keuring Liftinstituut (doorbelast)", 2, 21450, 21)],
        "Uw factuur F2026.1193",
        "Geachte heer/mevrouw,\n\nHierbij ontvangt u factuur F2026.1193 voor VvE Parkflat Oostereiland.\n"
        "Het factuurbedrag van {tot} dient vóór {due} te zijn voldaan.\n\nMet vriendelijke groet,\nLiftservice Amstelland B.V.",
        L={"head": "R", "addr": ("win", 56), "meta": ("table", 56, 250, 100), "title_y": 236, "table_y": 310,
           "cols": ["qty", "desc", "price", "amt"], "footer": "line"},
        term=D(2026, 12, 18), meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Debiteurnummer", "DB10342"), ("Te betalen vóór", "{due}")],
        notes=["Gelieve het bedrag van {tot} vóór {due} over te maken op", "{iban} t.n.v. Liftservice Amstelland B.V. o.v.v. F2026.1193."],
        foot1=["KvK 34188201", "BTW NL807322154B01", "IBAN " + mk.iban_spaced(s["iban"])], delay=1,
        note="A VvE billed p/a its manager (B.V. on the second line); explicit 'Te betalen vóór' date.")

    # 7 Informer: termijnfactuur, an invoice of its own (instalment 2 of 3)
    s = S("Zonnewerk Installaties B.V.", ["Energieweg 41", "5145 NW Waalwijk"], "factuur@zonnewerk-installaties.nl",
          ["KvK 68124490", "BTW NL857420331B01"], bank="RABO")
    inv("informer", "nl", "pdf", s,
        ["Coöperatie Zonnedak Zuid U.A.", "t.a.v. het bestuur", "Markt 2", "5211 JV 's-Hertogenbosch"],
        "Coöperatie Zonnedak Zuid U.A.", ["bestuur@zonnedakzuid.nl"], "Bestuur Zonnedak Zuid", True, "2026-2207",
        D(2026, 11, 23), [("Termijn 2 van 3: 40% van aanneemsom € 38.400,00 (dak sporthal De Kruisberg)", 1, 1536000, 21)],
        "Termijnfactuur 2026-2207",
        "Geacht bestuur,\n\nConform de betalingsregeling in de overeenkomst sturen wij u hierbij de tweede termijnfactuur\n"
        "(montage panelen gereed). De derde termijn volgt na oplevering.\n\nMet vriendelijke groet,\nZonnewerk Installaties B.V.",
        L={"head": "L", "addr": ("win", 330), "addr_label": "Factuuradres", "meta": ("under",), "title_y": 250,
           "cols": ["desc", "amt"], "footer": "3col"},
        title_text="Termijnfactuur", term=14,
        meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Project", "ZD-26-014 Sporthal De Kruisberg")],
        notes=["Betaling binnen veertien dagen na factuurdatum op {iban} t.n.v. Zonnewerk Installaties B.V.",
               "Reeds gefactureerd: termijn 1 (30%) met factuur 2026-1984."],
        foot3=[["Zonnewerk Installaties B.V.", "Energieweg 41, Waalwijk"], ["IBAN " + mk.iban_spaced(s["iban"]), "BIC RABONL2U"],
               ["KvK 68124490", "BTW NL857420331B01"]],
        note="Termijnfactuur: the instalment is the total; the contract sum and the earlier term are printed but not subtracted; term in words.")

    # 8 Twinfield with UBL: the debtor's own VAT number under its name, an RF reference, stacked meta at the right
    s = S("Verhoef & De Graaf Accountants", ["Stationsplein 4", "3818 LE Amersfoort"], "debiteuren@verhoefdegraaf.nl",
          ["KvK 32119874", "BTW NL819002341B01"], bank="INGB")
    rf = rf_ref("26%07d" % rng.randint(0, 9999999))
    inv("twinfield", "nl", "pdf+ubl", s,
        ["Jansen Dakwerken C.V.", "BTW-nr. NL859012345B01", "Hogeweg 18", "3814 CE Amersfoort"],
        "Jansen Dakwerken C.V.", ["administratie@jansendakwerken.nl"], "Jansen Dakwerken", True, "FA26-04412",
        D(2026, 11, 25),
        [("Samenstellen jaarrekening 2025", 1, 185000, 21), ("IB-aangiften vennoten 2025", 2, 27500, 21),
         ("Loonadministratie okt-nov (6 medewerkers)", 12, 1850, 21)],
        "Factuur FA26-04412",
        "Geachte heer Jansen,\n\nBijgaand onze factuur FA26-04412 als pdf en UBL. Bij betaling graag het RF-kenmerk vermelden.\n\n"
        "Met vriendelijke groet,\nVerhoef & De Graaf Accountants",
        L={"head": "L", "addr": ("win", 56), "meta": ("rightcol", 130), "title_y": 262, "cols": ["desc", "qty", "price", "amt"],
           "footer": "line"},
        term=14, ref=rf, ref_printed=" ".join(rf[i:i + 4] for i in range(0, len(rf), 4)),
        meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldatum", "{due}"), ("Relatienummer", "JD0042")],
        notes=["Betaling onder vermelding van betalingskenmerk {ref}", "op {iban} ten name van Verhoef & De Graaf Accountants."],
        foot1=["KvK 32119874", "BTW NL819002341B01", "IBAN " + mk.iban_spaced(s["iban"])], delay=3,
        note="C.V. whose own BTW-nr. is the second line of its block; RF reference printed in groups (labelled without spaces); UBL.")

    # 9 Rompslomp: a couple named one by one, under "Factuur voor"
    s = S("Tuinontwerp Groenlust", ["Molenweg 12", "6871 AD Renkum", "groenlust.nl"], "info@groenlust.nl",
          ["KvK 76633190", "Btw-id NL003877205B14"], bank="ASNB")
    inv("rompslomp", "nl", "pdf", s,
        ["Dhr. T. Haddou en mevr. S. Haddou-El Amrani", "Bosrandweg 27", "6871 GK Renkum"],
        "T. Haddou en S. Haddou-El Amrani", ["samira.haddou@gmail.com"], "Samira Haddou", False, "2026-088",
        D(2026, 11, 13),
        [("Tuinontwerp achtertuin incl. beplantingsplan", 1, 89500, 21), ("Uitzetten ontwerp op locatie", 3, 6500, 21),
         ("Reiskosten (km)", 84, 23, 21)],
        "Factuur 2026-088 - Tuinontwerp Groenlust",
        "Beste Samira en Tarik,\n\nFijn dat jullie zo blij zijn met het ontwerp! Hierbij de factuur.\n\nGroene groet,\nMarieke Brinkman",
        L={"head": "L", "addr": ("label", 56, 150, "Factuur voor"), "meta": ("table", 340, 150, 80), "title_y": 236,
           "cols": ["desc", "qty", "price", "amt"]},
        term=14, meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldatum", "{due}")],
        notes=["Graag binnen 14 dagen overmaken naar {iban} t.n.v. Tuinontwerp Groenlust.",
               "KvK 76633190  ·  Btw-id NL003877205B14"],
        note="Couple named one by one with Dhr./mevr. (dropped); To names only the wife.")

    # 10 Tellow: a creditfactuur
    s = S("Drukkerij Het Zetwerk", ["Nijverheidsstraat 33", "7511 JM Enschede"], "facturen@hetzetwerk.nl",
          ["KvK 06082213", "BTW NL001245877B02"], bank="TRIO")
    inv("tellow", "nl", "pdf", s,
        ["Fotostudio Lichtval", "t.a.v. Ilse Verbeek", "Oldenzaalsestraat 150", "7514 DR Enschede"],
        "Fotostudio Lichtval", ["ilse@fotostudiolichtval.nl"], "Ilse Verbeek", True, "C2026-004", D(2026, 11, 27),
        [("Creditering: fotoboeken 30x30 met drukfout (factuur 2026-219)", 2, -6400, 21), ("Creditering verzendkosten", 1, -695, 21)],
        "Creditfactuur C2026-004",
        "Beste Ilse,\n\nExcuses nogmaals voor de drukfout. Bijgaand de creditfactuur; het bedrag storten we binnen vijf werkdagen terug.\n\n"
        "Groet,\nRuben\nDrukkerij Het Zetwerk",
        L={"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 95), "title_y": 250, "cols": ["desc", "qty", "price", "amt"],
           "footer": "line"},
        title_text="Creditfactuur", credit=True, lab={"total": "Totaal te crediteren"},
        meta=[("Creditnummer", "{num}"), ("Datum", "{issue}"), ("Betreft factuur", "2026-219")],
        notes=["Het creditbedrag van {tot} wordt teruggestort op het bij ons bekende rekeningnummer."],
        foot1=["Drukkerij Het Zetwerk", "KvK 06082213", "BTW NL001245877B02", "IBAN " + mk.iban_spaced(s["iban"])],
        note="Credit note: negative amounts, due null; the IBAN only in the footer.")

    # 11 Gripp: an hours table with dates; a department line before the organisation
    s = S("Tekstkamer", ["Wouter Hendriks", "Nieuwe Ebbingestraat 44", "9712 NL Groningen"], "wouter@tekstkamer.nl",
          ["KvK 69122038", "Btw NL002210443B33"], bank="RABO")
    hrs = [("Interviews klantcases", 6), ("Schrijven klantcases (3x)", 9.5), ("Webteksten productpagina's", 7.25),
           ("Feedbackronde en correcties", 2.5), ("Overleg en briefing", 1.5)]
    dts = ["02-11-2026", "05-11-2026", "10-11-2026", "16-11-2026", "19-11-2026"]
    inv("gripp", "nl", "pdf", s,
        ["Afdeling Marketing & Communicatie", "Bureau Noordelijk Licht B.V.", "t.a.v. Femke Huizinga", "Zuiderdiep 90",
         "9711 HM Groningen"],
        "Bureau Noordelijk Licht B.V.", ["f.huizinga@noordelijklicht.nl"], "Femke Huizinga", True, "TK-26-031", D(2026, 11, 30),
        [(d, h, 8500, 21) for d, h in hrs],
        "Factuur TK-26-031 (november)",
        "Hoi Femke,\n\nHierbij de urenfactuur over november. De urenspecificatie staat op de factuur zelf.\n\nGroet,\nWouter",
        L={"head": "R", "addr": ("win", 56), "meta": ("row",), "title_y": 250, "cols": ["date", "desc", "hours", "rate", "amt"]},
        _rowdates=dts, term=30,
        meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Project", "Klantcases 2026"), ("Betaaltermijn", "30 dagen")],
        notes=["Gelieve te betalen binnen 30 dagen op {iban} t.n.v. Tekstkamer (W. Hendriks)."],
        note="Hours table with a date column and decimal hours; department line above the B.V., contact below; term only as '30 dagen'.")

    # 12 Yuki, Flemish: BV/SRL with its enterprise number, a structured communication
    s = S("Elektro Vanhecke BV", ["Brugsesteenweg 212", "8500 Kortrijk", "BTW BE 0645.218.337"], "boekhouding@elektrovanhecke.be",
          ["RPR Gent afd. Kortrijk", "BTW BE 0645.218.337"], cc="BE", bic="GEBABEBB")
    sm = be_structured()
    inv("yuki", "nl", "pdf", s,
        ["Dewaele & Zonen BV/SRL", "Ondernemingsnr. BE 0712.345.678", "Industriepark Noord 8", "8800 Roeselare"],
        "Dewaele & Zonen BV/SRL", ["facturatie@dewaele-zonen.be"], "Dewaele & Zonen", True, "2026/00871", D(2026, 11, 6),
        [("Aansluiting nieuwe CNC-machine werkplaats", 1, 124000, 21), ("Kabel XVB 5G6 (m)", 46, 1185, 21),
         ("Werkuren elektricien", 11, 5600, 21)],
        "Factuur 2026/00871 Elektro Vanhecke",
        "Goedemiddag,\n\nIn bijlage vindt u onze factuur 2026/00871. Gelieve bij betaling de gestructureerde mededeling te gebruiken.\n\n"
        "Met vriendelijke groeten,\nAn Vanhecke",
        L={"head": "L", "addr": ("win", 330), "meta": ("table", 56, 236, 110), "title_y": 222, "table_y": 300,
           "cols": ["desc", "qty", "price", "vat", "amt"], "footer": "3col"},
        df="dmy/", term=30, ref=sm,
        meta=[("Factuurnummer", "{num}"), ("Factuurdatum", "{issue}"), ("Vervaldag", "{due}"), ("Klantnummer", "DEW-014")],
        lab={"vatrow": "BTW {r}% op {b}", "due": "Te betalen"},
        notes=["Gelieve {tot} te betalen op {iban} (BIC GEBABEBB)", "met gestructureerde mededeling {ref}."],
        foot3=[["Elektro Vanhecke BV", "Brugsesteenweg 212, 8500 Kortrijk"], ["BTW BE 0645.218.337", "RPR Gent afd. Kortrijk"],
               ["BNP Paribas Fortis", "IBAN " + mk.iban_spaced(s["iban"])]],
        note="Flemish; Belgian BV/SRL with its enterprise number under the name; structured communication kept as printed.")

    # 13 Flemish Word letter: an architect's ereloonnota to a private client with d'
    s = S("Architectenbureau Lut Claeys", ["Coupure Links 611", "9000 Gent", "lut@claeys-architect.be"], "lut@claeys-architect.be",
          ["BTW BE 0599.871.224"], cc="BE")
    inv("word-letter-be", "nl", "pdf", s,
        ["Mevrouw Godelieve D'hondt", "Sint-Pietersaalststraat 54", "9000 Gent"], "Godelieve D'hondt",
        ["godelieve.dhondt@telenet.be"], "Godelieve D'hondt", False, "2026/041", D(2026, 11, 10),
        [("Ereloon fase 2: bouwaanvraag (40% van totaal ereloon)", 1, 384000, 6), ("Forfaitaire kosten (plannen, kopies)", 1, 12500, 21)],
        "Ereloonnota 2026/041",
        "Beste mevrouw D'hondt,\n\nHierbij bezorg ik u de ereloonnota voor de tweede fase (indiening bouwaanvraag).\n\n"
        "Vriendelijke groeten,\nLut Claeys\narchitect",
        L={"head": "C", "addr": ("win", 330), "meta": ("under",), "title_y": 250, "cols": ["desc", "vat", "amt"]},
        title_text="Ereloonnota nr. 2026/041", df="long", term=30, lab={"vatrow": "BTW {r}% op {b}"},
        meta=[("Gent", "{issue}")],
        notes=["Te betalen binnen 30 dagen na datum van deze nota op rekening {iban},",
               "met vermelding van het notanummer. BTW 6%: renovatie privéwoning ouder dan 10 jaar."],
        note="Flemish Word letter, 'Ereloonnota'; two VAT rates (6 and 21 %); date 'Gent: 10 november 2026' in words.")

    # 14 Google Docs: a family, "Aan:" label, dates in a header table beside the address
    s = S("Huiswerkbegeleiding De Leerboom", ["Zevenwouden 120", "3524 CX Utrecht"], "info@deleerboom.nl",
          ["KvK 82230119"], bank="INGB")
    inv("google-docs", "nl", "pdf", s,
        ["Fam. Bakker-Çelik", "Amsterdamsestraatweg 407", "3551 CL Utrecht"], "Fam. Bakker-Çelik",
        ["e.bakker-celik@kpnmail.nl"], "Esra Bakker", False, "LB-1126-07", D(2026, 11, 28),
        [("Huiswerkbegeleiding Daan (groep 8), november", 12, 2250, 0), ("Examentraining rekenen", 2, 3500, 0)],
        "Factuur november huiswerkbegeleiding",
        "Beste familie Bakker-Çelik,\n\nIn de bijlage de factuur voor november. Vrijgesteld van btw (onderwijs).\n\nGroetjes,\nNadia\nDe Leerboom",
        L={"head": "L", "addr": ("label", 56, 140, "Aan:"), "meta": ("table", 330, 140, 90), "title_y": 230,
           "cols": ["desc", "qty", "price", "amt"]},
        lab={"vatrow": "Btw {r}% (vrijgesteld) over {b}"}, term=14,
        meta=[("Factuurnr.", "{num}"), ("Datum", "{issue}"), ("Uiterste betaaldatum", "{due}")],
        notes=["Graag overmaken op {iban} t.n.v. De Leerboom.", "Vrijgesteld van btw op grond van art. 11 lid 1 onderdeel o Wet OB."],
        delay=2, note="'Fam.' stays in the name; VAT-exempt tuition (0 % row); To names the mother.")

    # 15 LibreOffice letter: prose, the sum in a sentence, a notary N.V. with a 'mr.' contact
    s = S("Vertaalbureau Lingua Franca", ["Brink 17", "7411 BR Deventer"], "a.kuiper@linguafranca-vertalingen.nl",
          ["KvK 08142201", "Btw NL001788432B27"], bank="SNSB")
    inv("libreoffice-letter", "nl", "pdf", s,
        ["Ten Velde Oltmans Notarissen N.V.", "t.a.v. mr. J.W. Oltmans", "Grote Kerkhof 3", "7411 KT Deventer"],
        "Ten Velde Oltmans Notarissen N.V.", ["secretariaat@tenveldeoltmans.nl"], "Secretariaat Ten Velde Oltmans", True,
        "2026-57", D(2026, 11, 19),
        [("Beëdigde vertaling Duits-Nederlands akte van levering (11 pagina's)", 11, 4200, 21), ("Legalisatie en verzending", 1, 3850, 21)],
        "factuur 2026-57 vertaling akte",
        "Geachte heer Oltmans,\n\nHierbij zend ik u de factuur voor de beëdigde vertaling van de akte (uw dossier 26.0812).\n\n"
        "Met vriendelijke groet,\n\nAnneke Kuiper\nbeëdigd vertaler Duits",
        L={"head": "L", "addr": ("win", 56), "meta": ("under",), "title_y": 262,
           "intro": ["Deventer, {}".format(mk.date(D(2026, 11, 19), "long", "nl")), "",
                     "Betreft: factuur 2026-57, uw dossier 26.0812",
                     "Hierbij breng ik u de volgende werkzaamheden in rekening:"],
           "cols": ["desc", "amt"]},
        title_text="Factuur", term=30, lab={"vatrow": "21% btw", "net": "Totaal exclusief btw", "total": "Totaal inclusief btw"},
        meta=[("Factuurnummer", "{num}")],
        notes=["Ik verzoek u vriendelijk het bedrag van {tot} binnen dertig dagen over te maken op",
               "rekeningnummer {iban} ten name van A. Kuiper, onder vermelding van het factuurnummer.",
               "KvK 08142201 - btw-nummer NL001788432B27"],
        note="A letter in prose: date only as 'Deventer, 19 november 2026', term in words; N.V. with a 'mr.' contact.")

    # 16 typed in the mail: a window cleaner, term in words
    s = S("Glazenwasserij Van Beek", [], "r.vanbeek.glazenwasser@hotmail.com", ["KvK 52009871"], bank="RABO")
    inv("typed-mail", "nl", "body-text", s, [], "A. Ruigrok-Yıldız", ["a.ruigrok@xs4all.nl"], "A. Ruigrok", False,
        "2026-214", D(2026, 11, 26),
        [("Glasbewassing binnen en buiten", 1, 6500, 21), ("Dakkapel en serre", 1, 2250, 21)],
        "factuur glazenwassen nov",
        "Geachte mevr. A. Ruigrok-Yıldız,\n\nHierbij de factuur voor het glazenwassen van 24 november.\n\n"
        "Factuurnummer: {num}\nFactuurdatum: {issue}\n\n{lines}\n\n{totals}\n\n"
        "Graag betalen binnen veertien dagen op {iban} t.n.v. R. van Beek.\n\n"
        "Met vriendelijke groet,\nRonald van Beek\nGlazenwasserij Van Beek\nKvK 52009871 - btw NL001482233B71",
        term=14, lab={"vatrow": "btw {r}%"},
        note="Typed in the mail; 'mevr.' dropped from a double name with diacritics; term in words only.")

    # 17 typed in the mail: a freelance accompanist to a music school's treasurer
    s = S("Pianobegeleiding M. O'Neill-Vos", [], "marit@oneillvos.nl", [], bank="INGB")
    inv("typed-mail", "nl", "body-text", s, [], "Stichting Muziekschool Amstelland", ["penningmeester@muziekschool-amstelland.nl"],
        "Penningmeester Muziekschool Amstelland", True, "MOV-2026-12", D(2026, 12, 1),
        [("Begeleiding voorspeelavond 14 november", 1, 17500, 0), ("Repetities (uur)", 3, 4500, 0)],
        "Factuur MOV-2026-12",
        "Beste penningmeester,\n\nHierbij mijn factuur voor de voorspeelavond.\n\n"
        "FACTUUR {num}\nDatum: {issue}\n\nAan: Stichting Muziekschool Amstelland\nt.a.v. de penningmeester\nOude Dorpsstraat 5\n1181 HW Amstelveen\n\n"
        "{lines}\n\nTotaal: {tot}  (vrijgesteld van btw, KOR)\n\nBetaling binnen 30 dagen op {iban} t.n.v. M. O'Neill-Vos.\n\n"
        "Hartelijke groet,\nMarit O'Neill-Vos\nKvK 73340212",
        term=30,
        note="Typed; a sole trader's own name with O' as sender; the debtor under 'Aan:' with a t.a.v. line; KOR (no VAT).")

    # 18 HTML: a web shop's order on account to a practice (business), betalingskenmerk
    s = S("Medisch Magazijn Noord", ["Zernikepark 6", "9747 AN Groningen"], "orders@medischmagazijnnoord.nl",
          ["KvK 71992310", "BTW NL859312876B01"], bank="ABNA")
    bk2 = "3" + "".join(rng.choice("0123456789") for _ in range(15))
    inv("webshop-html", "nl", "body-html", s, [], "Fysiotherapie Van den Broek-Mulder", ["praktijk@fysiovdbroek.nl"],
        "Praktijk Van den Broek", True, "WS2026-18830", D(2026, 11, 17),
        [("Massagetafel papierrol 50 cm (6 st.)", 4, 2995, 21), ("Kinesiotape 5 cm, doos 6 rollen", 3, 4295, 21),
         ("Desinfectiedoekjes 200 st.", 10, 895, 21)],
        "Uw bestelling op rekening - factuur WS2026-18830", None,
        html=("<html><body style=\"font-family:Arial\"><h2>Bedankt voor uw bestelling!</h2>"
              "<p>Uw bestelling is verzonden. U heeft gekozen voor <b>betalen op rekening</b>; deze e-mail is uw factuur.</p>"
              "<table><tr><td>Factuurnummer</td><td>{num}</td></tr><tr><td>Factuurdatum</td><td>{issue}</td></tr>"
              "<tr><td>Bestelnummer</td><td>#118830</td></tr></table>"
              "<p><b>Factuuradres</b><br>Fysiotherapie Van den Broek-Mulder<br>t.a.v. J. van den Broek<br>Parkweg 12<br>9471 AC Zuidlaren</p>"
              "<table>{hrows}\n{htotals}</table>"
              "<p>Betaal binnen 14 dagen ({due}) op {iban} t.n.v. Medisch Magazijn Noord B.V.<br>"
              "Betalingskenmerk: <b>{ref}</b></p><p style=\"font-size:11px\">KvK 71992310 | BTW NL859312876B01</p></body></html>"),
        term=14, ref=bk2, ref_printed=" ".join(bk2[i:i + 4] for i in range(0, 16, 4)),
        note="HTML mail is the invoice ('betalen op rekening'); order number beside the invoice number; betalingskenmerk.")


# ================================================================== invoices: English (16)

def english():
    CUR_CC[0] = "NL"
    GBP = dict(ms="en", cf="£{}", cur="GBP")
    # 19 Xero: UK LLP, Attn line before the org, "within thirty days", sent by the platform
    s = S("Marlow Surveying Ltd", ["Unit 4, Riverside Court", "Marlow SL7 1TP", "VAT Reg. GB 318 2290 41"], "accounts@marlowsurveying.co.uk",
          ["Company No. 09877120", "VAT Reg. GB 318 2290 41"], cc="GB")
    inv("xero", "en", "pdf", s,
        ["Attn: Accounts Payable", "Hartley & Rowe LLP", "22 Station Road", "Henley-on-Thames", "RG9 1AT"],
        "Hartley & Rowe LLP", ["ap@hartleyrowe.co.uk"], "Hartley & Rowe Accounts", True, "INV-2291", D(2026, 11, 11),
        [("Measured building survey, 3 floors", 1, 186000, 20), ("CAD drawings (plans & elevations)", 1, 64000, 20),
         ("Site visit & travel", 2, 9500, 20)],
        "Invoice INV-2291 from Marlow Surveying Ltd for Hartley & Rowe LLP",
        "Dear Accounts Payable,\n\nHere's invoice INV-2291 for {tot}.\n\nThe amount outstanding of {amt} is due within thirty days.\n\n"
        "View and pay your bill online: https://in.xero.com/7hQk2LmP0\n\nIf you have any questions, please let us know.\n\nThanks,\nMarlow Surveying Ltd",
        L={"head": "R", "addr": ("win", 56), "meta": ("table", 56, 250, 90), "title_y": 236, "table_y": 310,
           "cols": ["desc", "qty", "price", "vat", "amt"], "footer": "line"},
        title_text="TAX INVOICE", term=30, lab={"vatrow": "Total VAT {r}%", "total": "TOTAL GBP", "vat": "VAT"},
        meta=[("Invoice Number", "{num}"), ("Invoice Date", "{issue}"), ("Reference", "Henley office refit")],
        notes=["Payment terms: within thirty days of the invoice date.", "Bank: {iban}  (%s, sort code %s)" % (BANKNAME[s["iban"][4:8]], sortcode(s["iban"])[0])],
        foot1=["Marlow Surveying Ltd", "Registered in England & Wales No. 09877120", "VAT Reg. GB 318 2290 41"],
        platform=("messaging-service@post.xero.com", "Marlow Surveying Ltd"), df="short-en", **GBP,
        note="Attn line above the LLP; the due date only as 'within thirty days'; Xero's Reference is not a payment reference.")

    # 20 QuickBooks: a US LLC, USD, deposit subtracted, ACH only (no IBAN)
    s = S("Pine & Porch Carpentry LLC", ["418 Elm Street", "Burlington, VT 05401", "(802) 555-0147"], "billing@pineandporch.com",
          ["EIN 84-2239107"], cc=None)
    inv("quickbooks", "en", "pdf", s,
        ["Cedar Ridge Outfitters LLC", "Attn: Dana McAllister", "90 Church St", "Burlington, VT 05401"],
        "Cedar Ridge Outfitters LLC", ["dana@cedarridgeoutfitters.com"], "Dana McAllister", True, "1087", D(2026, 11, 24),
        [("Custom display shelving, white oak", 6, 42500, 0), ("Checkout counter build & install", 1, 315000, 0),
         ("Finish hardware", 1, 38720, 0)],
        "Invoice 1087 from Pine & Porch Carpentry LLC",
        "Dear Dana McAllister,\n\nHere's your invoice! We appreciate your prompt payment.\n\nInvoice 1087\nBalance due {amt}\nDue {due}\n\n"
        "Thanks for your business!\nPine & Porch Carpentry LLC",
        L={"head": "L", "addr": ("label", 56, 150, "BILL TO"), "meta": ("table", 360, 150, 80), "title_y": 120,
           "title_pos": "right", "table_y": 240, "cols": ["date", "desc", "qty", "rate", "amt"],
           "second": (210, 150, "SHIP TO", ["Cedar Ridge Outfitters", "Store #2, 1 Main St", "Stowe, VT 05672"])},
        _rowdates=["11/03/2026", "11/12/2026", "11/12/2026"], title_text="INVOICE", df="us", term=15, ms="en", cf="${}",
        cur="USD", paid=[("Deposit received 10/20/2026", 150000)],
        lab={"vatrow": "Sales tax {r}%", "total": "TOTAL", "due": "BALANCE DUE", "rate": "RATE", "qty": "QTY", "amt": "AMOUNT",
             "desc": "DESCRIPTION", "date": "DATE"},
        totals=lambda sp: [("SUBTOTAL", M(sp, sp["net"]), False), ("TAX (exempt, resale cert. on file)", M(sp, 0), False),
                           ("TOTAL", M(sp, sp["total"]), True), ("DEPOSIT", M(sp, -sp["paid_total"]), False),
                           ("BALANCE DUE", M(sp, sp["due_amt"]), True)],
        meta=[("INVOICE #", "{num}"), ("DATE", "11/24/2026"), ("DUE DATE", "12/09/2026"), ("TERMS", "Net 15")],
        notes=["Pay by ACH: Green Mountain Community Bank, routing 011600033, account 4410223981."],
        platform=("quickbooks@notification.intuit.com", "Pine & Porch Carpentry LLC"), iban_label=False,
        fname="Invoice_1087_from_Pine_Porch_Carpentry_LLC.pdf",
        note="US LLC, USD, BILL TO / SHIP TO side by side, a deposit subtracted, ACH only (iban null); dates MM/DD/YYYY.")

    # 21 Zoho: English invoice in NOK from a Dutch studio to a Norwegian AS, reverse charge
    s = S("Northbound Motion B.V.", ["Weena 690", "3012 CN Rotterdam", "The Netherlands"], "billing@northboundmotion.nl",
          ["CoC 85122740", "VAT NL863310228B01"], bank="INGB")
    inv("zoho", "en", "pdf", s,
        ["Fjordlys Design AS", "Org.nr. 923 118 402 MVA", "Bryggen 11", "5003 Bergen", "Norway"],
        "Fjordlys Design AS", ["faktura@fjordlys.no"], "Fjordlys Design", True, "INV-000412", D(2026, 11, 3),
        [("Explainer animation 90 s", 1, 5400000, 0), ("Voice-over (Norwegian), licensed", 1, 850000, 0),
         ("Revision round 3 (extra)", 4, 95000, 0)],
        "Invoice - INV-000412 from Northbound Motion B.V.",
        "Dear Fjordlys Design,\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below.\n\n"
        "INVOICE AMOUNT: {tot}\n\nhttps://zohosecurepay.eu/inventory/northbound/secure?CInvoiceID=2-41ab\n\nRegards,\nNorthbound Motion B.V.",
        L={"head": "L", "addr": ("label", 56, 160, "Bill To"), "meta": ("rightcol", 72), "title_y": 46,
           "title_pos": "right", "table_y": 270, "cols": ["desc", "qty", "rate", "amt"], "footer": "line"},
        title_text="INVOICE", ms="sp", cf="NOK {}", cur="NOK", term=30, df="short-en",
        lab={"vatrow": "VAT {r}% (reverse charge)", "total": "Total", "due": "Balance Due"},
        meta=[("Invoice#", "{num}"), ("Invoice Date", "{issue}"), ("Terms", "Net 30"), ("Due Date", "{due}"), ("Balance Due", "{amt}")],
        notes=["VAT reverse charged - services to a customer outside the EU.", "Bank transfer: {iban}  BIC INGBNL2A"],
        foot1=["Northbound Motion B.V.", "CoC 85122740", "VAT NL863310228B01"],
        platform=("message-service@sender.zohoinvoice.eu", "Northbound Motion B.V."),
        note="NOK with a space as thousands separator ('NOK 62 300,00'); the buyer's org.nr. under its name; balance due in the stacked meta.")

    # 22 FreshBooks: CHF, a Swiss Sàrl, "Amount Due (CHF)" block at top, rounding
    s = S("Lakeside Language Services", ["Claire Dubois-Hartmann", "Rue du Lac 14", "1800 Vevey"], "claire@lakeside-language.ch",
          ["CHE-412.887.302 MWST"], cc="CH")
    inv("freshbooks", "en", "pdf", s,
        ["Alpenglow Retreats Sàrl", "c/o Fiduciaire Morand SA", "Avenue de la Gare 3", "1950 Sion"],
        "Alpenglow Retreats Sàrl", ["compta@alpenglow-retreats.ch"], "Alpenglow Retreats", True, "0000231", D(2026, 11, 14),
        [("Website translation FR > EN (words)", 4820, 22, 8.1), ("Brochure proofreading", 3, 9000, 8.1)],
        "Claire Dubois-Hartmann sent you an invoice (0000231)",
        "Claire Dubois-Hartmann sent you an invoice for CHF {tot_plain} that's due on {due}.\n\nView invoice: https://my.freshbooks.com/#/link/Qm81x\n\n"
        "Thanks,\nClaire",
        L={"head": "L", "addr": ("label", 56, 150, "Billed To"), "meta": ("table", 230, 150, 90), "title_y": 118,
           "table_y": 250, "cols": ["desc", "rate", "qty", "amt"],
           "second": (420, 150, "Amount Due (CHF)", [])},
        ms="ch", cf="CHF {}", cur="CHF", round05=True, term=21, df="dmy/",
        lab={"vatrow": "MWST {r}%", "total": "Total", "rate": "Rate", "qty": "Qty", "amt": "Line Total"},
        round_label="Rounding",
        meta=[("Date of Issue", "{issue}"), ("Invoice Number", "{num}"), ("Due Date", "{due}")],
        notes=["Please pay by bank transfer within 21 days: {iban} (PostFinance).", "CHE-412.887.302 MWST"],
        platform=("noreply@freshbooks.com", "Claire Dubois-Hartmann"),
        extra_draw=[lambda sp, p, y: p.right(539, 175, M(sp, sp["due_amt"], False), 20, True)],
        ctx_extra={},
        note="A Sàrl c/o its fiduciary; CHF with apostrophes, 8.1 % MWST and a 5-Rappen rounding line; the amount due large at the top right.")

    # 23 Sage: a CIC c/o a community office, two VAT rates (20 % and 0 %), GBP
    s = S("Tolland Print & Signs Ltd", ["5 Canal Wharf", "Leeds LS11 5PS"], "sales.ledger@tollandprint.co.uk",
          ["Reg. No. 07712044", "VAT No. GB 204 7781 92"], cc="GB")
    inv("sage", "en", "pdf", s,
        ["St Aidan's Community Kitchen CIC", "c/o Holbeck Community Hub", "Jenkinson Lawn", "Leeds LS11 9QX"],
        "St Aidan's Community Kitchen CIC", ["hello@staidanskitchen.org.uk"], "St Aidan's Kitchen", True, "SI-58214", D(2026, 11, 19),
        [("Pull-up banners 850 x 2000", 3, 8900, 20), ("Leaflets A5, 2,500 (charity, zero-rated)", 1, 21400, 0),
         ("Vinyl window graphics, fitted", 1, 32500, 20)],
        "Sales Invoice SI-58214",
        "Please find attached Sales Invoice SI-58214.\n\nKind regards\nSales Ledger\nTolland Print & Signs Ltd",
        L={"head": "L", "addr": ("win", 56), "addr_label": "Invoice Address", "meta": ("table", 350, 150, 85), "title_y": 262,
           "cols": ["art", "desc", "qty", "price", "vat", "amt"], "footer": "3col",
           "second": (350, 215, "Delivery Address", ["St Aidan's Kitchen", "Unit 2, Crosby Street", "Leeds LS11 7AB"]),
           "clab": {"art": "Code", "vat": "VAT %", "price": "Price", "amt": "Net"}},
        title_text="SALES INVOICE", term=30, df="dmy/", lab={"vatrow": "VAT @ {r}%"},
        artno=lambda k: ["BAN-850", "LF-A5", "VWG-01"][k],
        meta=[("Invoice No.", "{num}"), ("Tax Date", "{issue}"), ("Account Ref", "STAIDAN01"), ("Order No.", "email 09/11")],
        notes=["Terms: 30 days net.  Please quote invoice number with remittance."],
        foot3=[["Tolland Print & Signs Ltd", "5 Canal Wharf, Leeds"], ["Bank: %s  Sort code %s" % (BANKNAME[s["iban"][4:8]], sortcode(s["iban"])[0]), "IBAN " + mk.iban_spaced(s["iban"])],
               ["Reg. No. 07712044", "VAT No. GB 204 7781 92"]], **GBP,
        note="CIC c/o a community hub; invoice and delivery addresses side by side with different names; 20 % and 0 % lines.")

    # 24 HTML: an Irish caterer's invoice as a table in the mail, to a Ltd with Mc/O' names
    s = S("Ballybrack Kitchen Catering", ["14 Kilmantin Hill", "Wicklow A67 X2K8"], "orders@ballybrackkitchen.ie",
          ["VAT IE 3318824MH"], cc="IE")
    inv("html-typed", "en", "body-html", s, [], "O'Sullivan & McBride Ltd", ["accounts@osullivanmcbride.ie"],
        "Niamh McBride", True, "BK-2611-03", D(2026, 11, 21),
        [("Christmas lunch, 28 guests", 28, 3450, 13.5), ("Mulled wine & soft drinks", 1, 21000, 23),
         ("Staff & delivery", 1, 18000, 23)],
        "Invoice BK-2611-03 - Christmas lunch", None,
        html=("<html><body><p>Hi Niamh,</p><p>Thanks a million for having us on Friday, it was a great day. Invoice below.</p>"
              "<table border=\"1\" cellpadding=\"4\"><tr><td colspan=\"4\"><b>INVOICE {num}</b> &nbsp; Date: {issue}</td></tr>"
              "<tr><td colspan=\"4\">To: O'Sullivan &amp; McBride Ltd, Unit 9 Bray Business Park, Bray, Co. Wicklow</td></tr>"
              "{hrows}\n{htotals}</table>"
              "<p>Payment within 14 days please to {iban} (AIB), BIC AIBKIE2D.</p>"
              "<p>Cheers,<br>Orla Byrne<br>Ballybrack Kitchen Catering &middot; VAT IE 3318824MH</p></body></html>"),
        term=14, lab={"vatrow": "VAT {r}%"},
        note="HTML table typed by hand; 13.5 % and 23 % Irish VAT; '&amp;' in the debtor's name in HTML.")

    # 25 Invoice Ninja: a private client with a double name and Dr., "Paid to Date" and "Balance Due"
    s = S("Kaspar Vermeulen Web Development", ["Spoorsingel 30", "2613 BE Delft", "KvK 76902115", "VAT NL003499210B61"],
          "kaspar@vermeulen.dev", ["KvK 76902115", "VAT NL003499210B61"], bank="BUNQ")
    inv("invoice-ninja", "en", "pdf", s,
        ["Dr. Amara Okonkwo-Hughes", "Westvest 88", "2611 AZ Delft", "amara.oh@protonmail.com"],
        "Dr. Amara Okonkwo-Hughes", ["amara.oh@protonmail.com"], "Amara", False, "0093", D(2026, 11, 8),
        [("Personal website (portfolio & booking)", 1, 180000, 21), ("Hosting setup, 1 year", 1, 14400, 21)],
        "New invoice 0093 from Kaspar Vermeulen Web Development",
        "Hi Amara,\n\nPlease see the attached invoice 0093. The balance of {amt} is due by {due}.\n\n"
        "View invoice: https://invoicing.co/client/invitation/0093Ka\n\nKind regards,\nKaspar",
        L={"head": "L", "addr": ("right", 150, "Client"), "meta": ("table", 56, 150, 85), "title_y": 128, "table_y": 240,
           "cols": ["desc", "qty", "price", "amt"]},
        title_text="Invoice", term=14, paid=[("Paid to Date", 97800)], df="dmy-", gross_label="Total",
        lab={"due": "Balance Due", "vatrow": "VAT {r}%"},
        meta=[("Invoice Number", "{num}"), ("Invoice Date", "{issue}"), ("Due Date", "{due}"), ("Balance Due", "{amt}")],
        notes=["Bank transfer to {iban} (bunq) in the name of K. Vermeulen."],
        note="Client block at the right with the client's e-mail as its last line; half paid upfront ('Paid to Date'); dates dd-mm-yyyy in English.")

    # 26 Stripe: a hosted invoice to an Irish Limited, bank transfer to a virtual IBAN, due date stated
    s = S("Fieldnote Analytics B.V.", ["Keizersgracht 391", "1016 EJ Amsterdam", "Netherlands", "VAT NL862990311B01"],
          "billing@fieldnote.io", ["VAT NL862990311B01"], cc="IE")
    inv("stripe", "en", "pdf", s,
        ["Brightwave Media Limited", "Grand Canal Quay 4", "Dublin 2, D02 X210", "Ireland", "finance@brightwave.ie", "IE VAT IE9876543T"],
        "Brightwave Media Limited", ["finance@brightwave.ie"], None, True, "F8E21C07-0012", D(2026, 11, 30),
        [("Fieldnote Team plan (seats)", 12, 3900, 0), ("Data export add-on", 1, 14900, 0)],
        "Your invoice from Fieldnote Analytics B.V. #F8E21C07-0012",
        "Fieldnote Analytics B.V.\n\nInvoice #F8E21C07-0012\n{amt} due {due}\n\nPay this invoice: https://invoice.stripe.com/i/acct_1Q/live_YWNj\n\n"
        "Questions? Contact Fieldnote Analytics B.V. at billing@fieldnote.io",
        L={"head": "R", "addr": ("label", 56, 170, "Bill to"), "meta": ("table", 56, 110, 90), "title_y": 92, "table_y": 290,
           "cols": ["desc", "qty", "price", "amt"], "clab": {"price": "Unit price"},
           "second": (300, 170, "Ship to", ["Brightwave Media Limited", "Dublin, Ireland"])},
        title_text="Invoice", df="us", term=D(2026, 12, 30),
        lab={"vatrow": "VAT - Ireland ({r}% reverse charge) on {b}", "total": "Total", "due": "Amount due"},
        totals=lambda sp: [("Subtotal", M(sp, sp["net"]), False), ("VAT reverse charge", M(sp, 0), False),
                           ("Total", M(sp, sp["total"]), False), ("Amount due", M(sp, sp["due_amt"]), True)],
        meta=[("Invoice number", "{num}"), ("Date of issue", "{issue}"), ("Date due", "{due}")],
        notes=["{amt} due {due}", "Pay by bank transfer: IBAN {iban}, account holder Fieldnote Analytics B.V.",
               "Or pay online: https://invoice.stripe.com/i/acct_1Q/live_YWNj", "Reverse charge - VAT to be accounted for by the recipient."],
        platform=("invoice+statements@stripe.com", "Fieldnote Analytics B.V."), fname="Invoice-F8E21C07-0012.pdf",
        note="Stripe: the debtor block ends in its e-mail and its IE VAT number; a virtual IE IBAN; the To header has no display name.")

    # 27 Harvest: "Invoice For" / "From" columns, an Australian Pty Ltd with ABN, USD
    s = S("Mira Bosch Research", ["Mira Bosch", "Herengracht 12-2", "1015 BN Amsterdam", "VAT NL004128833B09"],
          "mira@mirabosch.com", ["VAT NL004128833B09"], bank="INGB")
    inv("harvest", "en", "pdf", s,
        ["Kestrel Research Pty Ltd", "ABN 51 824 753 556", "Level 3, 120 Collins Street", "Melbourne VIC 3000", "Australia"],
        "Kestrel Research Pty Ltd", ["accounts@kestrelresearch.com.au"], "Kestrel Accounts", True, "HV-2026-044", D(2026, 11, 2),
        [("User interviews (remote), 14 sessions", 14, 42000, 0), ("Synthesis & report", 18, 13500, 0),
         ("Participant incentives (pass-through)", 14, 5000, 0)],
        "Invoice HV-2026-044 from Mira Bosch Research",
        "Hi there,\n\nHere is invoice HV-2026-044 for {tot}, due {due}.\n\nYou can view it online at https://mirabosch.harvestapp.com/client/invoices/7c1e\n\n"
        "Thank you!\nMira",
        L={"head": "none", "addr": ("label", 56, 150, "Invoice For"), "meta": ("table", 360, 90, 80), "title_y": 90,
           "table_y": 260, "cols": ["desc", "qty", "price", "amt"],
           "second": (300, 150, "From", ["Mira Bosch Research", "Herengracht 12-2", "1015 BN Amsterdam", "VAT NL004128833B09"]),
           "clab": {"qty": "Quantity"}},
        title_text="INVOICE", ms="en", cf="${}", cur="USD", df="dmy/", term=30,
        lab={"vatrow": "VAT {r}% (outside scope, B2B export)", "total": "Amount Due"},
        totals=lambda sp: [("Subtotal", M(sp, sp["net"]), False), ("Amount Due", M(sp, sp["total"]), True)],
        meta=[("Invoice ID", "{num}"), ("Issue Date", "{issue}"), ("Due Date", "{due} (Net 30)"), ("Subject", "Kestrel UX study")],
        notes=["Payment by wire (USD account): {iban}, BIC INGBNL2A, Mira Bosch."],
        platform=("notifications@harvestapp.com", "Mira Bosch Research"),
        note="'Invoice For' and 'From' side by side (the sender's VAT number in the right column); ABN under the Pty Ltd; USD to a Dutch IBAN.")

    # 28 Bonsai: a couple, the client block at the top right, GBP
    s = S("Hollis Wedding Films", ["Jude Hollis", "7 Harbour Row", "Falmouth TR11 3PP"], "jude@holliswedding.film",
          ["UTR 61209 33871"], cc="GB")
    inv("bonsai", "en", "pdf", s,
        ["Thandiwe Mokoena & Lars Eriksen", "Flat 3, 41 Stokes Croft", "Bristol BS1 3QY"],
        "Thandiwe Mokoena & Lars Eriksen", ["thandi.mokoena@outlook.com"], "Thandi Mokoena", False, "00027", D(2026, 11, 16),
        [("Wedding film - full day package", 1, 210000, 0), ("Drone footage add-on", 1, 25000, 0), ("Extra travel (mileage)", 310, 45, 0)],
        "Invoice #00027 from Hollis Wedding Films",
        "Hi Thandi & Lars,\n\nYour film is nearly ready! Here's the invoice for the balance. Pay online or by bank transfer.\n\n"
        "https://app.hellobonsai.com/invoices/pay/27hwf\n\nJude",
        L={"head": "L", "addr": ("right", 150, "BILLED TO"), "meta": ("row",), "title_y": 236, "cols": ["desc", "qty", "price", "amt"]},
        title_text="Invoice #00027", term=10, paid=[("Booking retainer paid 02/05/2026", 60000)], df="dmy/",
        lab={"due": "Balance due", "total": "Total"}, gross_label="Total",
        totals=lambda sp: [("Subtotal", M(sp, sp["net"]), False), ("Total", M(sp, sp["total"]), True),
                           ("Booking retainer paid 02/05/2026", M(sp, -sp["paid_total"]), False), ("Balance due", M(sp, sp["due_amt"]), True)],
        meta=[("Invoice number", "{num}"), ("Issued", "{issue}"), ("Due", "{due}")],
        notes=["Not VAT registered.", "Bank transfer: {iban} (J. Hollis)"],
        platform=("notifications@hellobonsai.com", "Hollis Wedding Films"), expnum="00027", **GBP,
        note="Client block right-aligned at the top right; couple with '&'; a retainer subtracted; '#00027' in the title.")

    # 29 Canva: a template with big lettering, 'Mr and Mrs Abernethy' (surname only, keeps the title), two deposits
    s = S("Bloom & Bough Florals", ["The Old Dairy, Church Lane", "Ludlow SY8 1AW", "07700 900418"], "hello@bloomandbough.co.uk", [], cc="GB")
    inv("canva", "en", "pdf", s,
        ["Mr and Mrs Abernethy", "Orchard House", "Leominster HR6 8NZ"], "Mr and Mrs Abernethy", ["kate.abernethy@btinternet.com"],
        "Kate Abernethy", False, "BB-114", D(2026, 11, 5),
        [("Bridal bouquet & 4 bridesmaids", 1, 42000, 0), ("Buttonholes", 8, 1400, 0), ("Ceremony arch installation", 1, 65000, 0),
         ("Table centrepieces", 12, 3800, 0)],
        "Final invoice BB-114",
        "Dear Kate and Robert,\n\nWhat a beautiful day it was. Attached is the final invoice, with both deposits taken off.\n"
        "The balance is payable on receipt.\n\nWarmly,\nPoppy\nBloom & Bough Florals",
        L={"head": "band", "addr": ("label", 56, 130, "ISSUED TO:"), "meta": ("table", 360, 130, 80), "title_y": 230,
           "cols": ["desc", "qty", "price", "amt"],
           "second": (56, 200, "PAY TO:", ["Bloom & Bough Florals", "Account no. %s / sort code %s" % (sortcode(s["iban"])[1], sortcode(s["iban"])[0])])},
        title_text="Invoice", term="receipt", paid=[("Deposit 1 (booking)", 30000), ("Deposit 2 (May)", 50000)],
        totals=lambda sp: [("SUBTOTAL", M(sp, sp["total"]), False), ("LESS DEPOSITS PAID", M(sp, -sp["paid_total"]), False),
                           ("BALANCE", M(sp, sp["due_amt"]), True)],
        meta=[("INVOICE NO:", "{num}"), ("DATE:", "{issue}"), ("DUE:", "on receipt")],
        notes=["Payable on receipt. IBAN {iban}", "Thank you for letting us be part of your day!"],
        **GBP, note="Canva band; 'Mr and Mrs Abernethy' keeps its title (surname only); two deposits in one line; payable on receipt.")

    # 30 Pages: a two-page invoice, totals on page 2, "Invoice to" at the top right, a Ltd with a PO
    s = S("Studio Verhagen", ["Lotte Verhagen, architectural visualisation", "Jan van Goyenkade 8", "2311 BB Leiden"],
          "lotte@studioverhagen.nl", ["KvK 81122478", "VAT NL003998211B50"], bank="TRIO")
    items = [("Exterior still, view %d (4K)" % k, 1, 65000, 21) for k in range(1, 9)] + \
            [("Interior still, %s" % r, 1, 52000, 21) for r in ("atrium", "reception", "library", "cafe")] + \
            [("Fly-through animation, 45 s", 1, 240000, 21), ("Revisions (hours)", 6, 7500, 21)]
    inv("pages", "en", "pdf", s,
        ["Ferreira Lopes Architects Ltd", "Accounts Department", "3 Bell Yard", "London WC2A 2JR", "United Kingdom"],
        "Ferreira Lopes Architects Ltd", ["accounts@ferreiralopes.co.uk"], "Accounts - Ferreira Lopes", True, "SV-2026-17",
        D(2026, 11, 26), items, "Invoice SV-2026-17 - Kingsway library renders",
        "Dear all,\n\nPlease find attached my invoice SV-2026-17 for the Kingsway library renders (PO FLA-3390).\n\n"
        "Best regards,\nLotte Verhagen",
        L={"head": "L", "addr": ("right", 140, "Invoice to"), "meta": ("under",), "title_y": 250, "cols": ["desc", "qty", "price", "amt"],
           "split": 10, "carry_label": "Carried forward", "carry_in": "Brought forward", "page_label": "Page 1 of 2|Page 2 of 2"},
        title_text="Invoice", term=30, lab={"vatrow": "VAT {r}% (NL) on {b}"}, df="long",
        meta=[("Invoice no.", "{num}"), ("Date", "{issue}"), ("Your PO", "FLA-3390")],
        notes=["Payment within thirty days of the invoice date to {iban} (Triodos), L. Verhagen.",
               "KvK 81122478 · VAT NL003998211B50"],
        note="Two pages, totals and the term on page 2 ('Carried forward'); invoice-to block right-aligned with a department line after the Ltd.")

    # 31 Word with a letterhead + UBL: a Dutch rigging firm writing in English to a PLC, PaymentID
    s = S("Delta Rigging B.V.", ["Havenstraat 2", "3115 HC Schiedam", "The Netherlands"], "invoices@deltarigging.nl",
          ["CoC 24301187", "VAT NL009310442B01"], bank="ABNA")
    inv("word-letterhead", "en", "pdf+ubl", s,
        ["Harbourside Marine PLC", "FAO Purchase Ledger", "Quay House, Ocean Way", "Southampton SO14 3JZ", "United Kingdom"],
        "Harbourside Marine PLC", ["purchaseledger@harboursidemarine.co.uk"], "Purchase Ledger", True, "DR26-0715", D(2026, 11, 13),
        [("Wire rope 22 mm galvanised (m)", 220, 1890, 0), ("Swaged terminals & certification", 8, 8600, 0),
         ("Load test 25 t, on site", 1, 145000, 0)],
        "Invoice DR26-0715 / your order HM-PO-88120",
        "Dear Sir or Madam,\n\nPlease find attached invoice DR26-0715 in PDF and UBL format.\n\nYours faithfully,\n\nM. de Vries\nDelta Rigging B.V.",
        L={"head": "C", "addr": ("win", 56), "meta": ("table", 340, 150, 90), "title_y": 262, "cols": ["desc", "qty", "price", "vat", "amt"],
           "footer": "3col"},
        title_text="INVOICE", term=30, ref="DR260715", df="dmy.",
        lab={"vatrow": "VAT {r}% (reverse charge, Art. 196 VAT Dir.)"},
        meta=[("Invoice no.", "{num}"), ("Invoice date", "{issue}"), ("Due date", "{due}"), ("Your order", "HM-PO-88120")],
        notes=["Payment reference: DR260715", "Please pay {tot} to {iban}, BIC ABNANL2A, by {due}."],
        foot3=[["Delta Rigging B.V.", "Havenstraat 2, Schiedam"], ["ABN AMRO", "IBAN " + mk.iban_spaced(s["iban"])],
               ["CoC 24301187", "VAT NL009310442B01"]],
        note="English Word letter from NL with UBL; 'FAO Purchase Ledger' contact line; a labelled payment reference (the UBL PaymentID); dates dd.mm.yyyy.")

    # 32 typed in the mail: an Irish grinds tutor, 'payable on receipt'
    s = S("Eoin Fitzgerald", [], "eoin.fitzgerald.grinds@gmail.com", [], cc="IE")
    inv("typed-mail", "en", "body-text", s, [], "P. D'Souza", ["priya.dsouza@eircom.net"], "Priya D'Souza", False, "EF-26-19",
        D(2026, 11, 29), [("Leaving Cert maths grinds (Rohan), November", 8, 4000, 0)],
        "Grinds invoice - November",
        "Hi Priya,\n\nInvoice for Rohan's grinds this month below.\n\n"
        "INVOICE No. {num}\nDate: {issue}\nTo: Mrs P. D'Souza, 12 Seafield Road, Clontarf, Dublin 3\n\n{lines}\n\nTotal: {tot}\n\n"
        "Payable on receipt - bank transfer to {iban} (Eoin Fitzgerald) or Revolut.\n\nThanks a million,\nEoin",
        term="receipt",
        note="Typed; 'Mrs' dropped; a pupil named (the parent is the debtor); payable on receipt.")

    # 33 typed in the mail: a Dutch developer in English, the finance department line before the Ltd, hours
    s = S("Jelmer Dijkstra IT", ["Bolwerk 3", "8911 KA Leeuwarden"], "jelmer@dijkstra-it.nl", ["KvK 73319902", "VAT NL002219087B44"], bank="RABO")
    inv("typed-mail", "en", "body-text", s, [], "Greenleaf Foods Ltd", ["finance@greenleaffoods.co.uk"], "Finance", True, "2026-031",
        D(2026, 11, 30), [("Backend development, November (hours)", 46.5, 9500, 0), ("On-call weekend 21-22 Nov", 1, 40000, 0)],
        "Invoice 2026-031 (November)",
        "Hello,\n\nPlease find my invoice for November below.\n\nInvoice number: {num}\nInvoice date: {issue}\n\n"
        "Bill to:\nFinance Department\nGreenleaf Foods Ltd\n2 Maltings Yard, Ware SG12 9FT, UK\nVAT GB 288 1142 07\n\n"
        "{lines}\n\n{totals}\n\nVAT reverse charged (B2B, customer in the UK).\n"
        "Payment terms: 21 days. Bank: {iban} / BIC RABONL2U, J. Dijkstra.\n\nKind regards,\nJelmer Dijkstra\nKvK 73319902 | VAT NL002219087B44",
        term=21, lab={"vatrow": "VAT {r}%"},
        note="Typed; 'Finance Department' line before the Ltd, the customer's own VAT number under the address; term as '21 days'.")

    # 34 HTML: a B2B web shop's 'Net 30' invoice to a brewing company
    s = S("Hopline Supplies B.V.", ["Ambachtsweg 20", "6541 DA Nijmegen"], "trade@hopline.eu", ["CoC 71230998", "VAT NL858812240B01"], bank="INGB")
    inv("webshop-html", "en", "body-html", s, [], "MacAllister Brewing Co. Ltd", ["orders@macallisterbrewing.ie"],
        "Fergus MacAllister", True, "HL-INV-50291", D(2026, 11, 10),
        [("Citra T90 hop pellets, 5 kg", 6, 11800, 0), ("Maris Otter malt, 25 kg", 20, 4150, 0), ("Yeast US-05, 500 g", 4, 7400, 0)],
        "Invoice HL-INV-50291 for order #50291",
        None,
        html=("<html><body style=\"font-family:Helvetica\"><h1 style=\"font-size:20px\">Invoice HL-INV-50291</h1>"
              "<p>Hello Fergus, thank you for your trade order. Your goods have been shipped with DHL.</p>"
              "<table><tr><td><b>Invoice date</b></td><td>{issue}</td></tr><tr><td><b>Payment terms</b></td><td>Net 30</td></tr></table>"
              "<p><b>Billing address</b><br>MacAllister Brewing Co. Ltd<br>VAT IE 6388047V<br>Unit 5, Ballymount Industrial Estate<br>Dublin 12</p>"
              "<table>{hrows}\n{htotals}</table>"
              "<p>Intra-Community supply, VAT 0% (reverse charge).</p>"
              "<p>Please transfer the invoice amount to {iban} (BIC INGBNL2A) quoting the invoice number.</p></body></html>"),
        term=30, lab={"vatrow": "VAT {r}%"},
        note="Web shop HTML; 'Net 30' only; the buyer's VAT number under its name; 'quoting the invoice number' is not a reference.")


# ================================================================== invoices: German (16)

def german():
    CUR_CC[0] = "DE"
    # 35 lexoffice: DIN 5008 window with a return line, GmbH & Co. KG with z. Hd., Skonto
    s = S("Holzhandel Mayr GmbH", ["Gewerbestraße 4", "83022 Rosenheim", "Tel. 08031 40 92 0"], "buchhaltung@holzhandel-mayr.de",
          ["Amtsgericht Traunstein HRB 21455", "USt-IdNr. DE287711430"])
    inv("lexoffice", "de", "pdf", s,
        ["Schreinerei Huber GmbH & Co. KG", "z. Hd. Herrn Alois Huber", "Am Mühlbach 17", "83059 Kolbermoor"],
        "Schreinerei Huber GmbH & Co. KG", ["einkauf@schreinerei-huber.de"], "Alois Huber", True, "RE-2026-1184", D(2026, 11, 10),
        [("Eiche Leimholzplatte 40 mm, 3,0 x 1,2 m", 14, 18900, 19), ("Multiplex Birke 18 mm", 20, 6450, 19),
         ("Anlieferung mit Kran", 1, 9500, 19)],
        "Rechnung RE-2026-1184",
        "Sehr geehrter Herr Huber,\n\nanbei erhalten Sie unsere Rechnung RE-2026-1184 zu Ihrer Bestellung vom 03.11.2026.\n\n"
        "Mit freundlichen Grüßen\nHolzhandel Mayr GmbH\nBuchhaltung",
        L={"head": "R", "addr": ("win", 56), "retline": "Holzhandel Mayr GmbH · Gewerbestraße 4 · 83022 Rosenheim",
           "meta": ("table", 360, 150, 80), "title_y": 262, "cols": ["art", "desc", "qty", "price", "amt"], "footer": "3col"},
        term=30, meta=[("Rechnungs-Nr.", "{num}"), ("Rechnungsdatum", "{issue}"), ("Lieferdatum", "07.11.2026"), ("Kundennummer", "10388")],
        notes=["Zahlbar innerhalb von 30 Tagen ohne Abzug, bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto",
               "(Zahlbetrag dann {skonto} €). Bitte überweisen Sie auf das unten genannte Konto."],
        lab={"vatrow": "zzgl. Umsatzsteuer {r} %", "net": "Gesamtbetrag netto", "total": "Gesamtbetrag brutto"},
        ctx_extra=None,
        foot3=[["Holzhandel Mayr GmbH", "Gewerbestraße 4, 83022 Rosenheim", "Geschäftsführer: Florian Mayr"],
               ["Sparkasse Rosenheim-Bad Aibling", "IBAN " + mk.iban_spaced(s["iban"]), "BIC BYLADEM1ROS"],
               ["Amtsgericht Traunstein HRB 21455", "USt-IdNr. DE287711430"]], delay=1,
        note="DIN 5008 return line over the window; 'z. Hd. Herrn' contact; Skonto: the due date and amount are the net term's and the full one.")

    # 36 sevDesk: an Abschlagsrechnung (an invoice of its own) to a couple named one by one
    s = S("Badmanufaktur Lehmkuhl", ["Inh. Timo Lehmkuhl e.K.", "Hafenweg 9", "48155 Münster"], "rechnung@badmanufaktur-lehmkuhl.de",
          ["USt-IdNr. DE316620874"])
    inv("sevdesk", "de", "pdf", s,
        ["Herrn Dr. Jens Kessler", "und Frau Ayşe Ünal-Kessler", "Gievenbecker Weg 140", "48161 Münster"],
        "Dr. Jens Kessler und Ayşe Ünal-Kessler", ["jens.kessler@web.de"], "Jens Kessler", False, "AR-2026-031", D(2026, 11, 17),
        [("1. Abschlag: 35 % der Auftragssumme 24.600,00 € netto (Angebot AN-2026-112, Badsanierung OG)", 1, 861000, 19)],
        "1. Abschlagsrechnung AR-2026-031",
        "Guten Tag Herr Dr. Kessler, guten Tag Frau Ünal-Kessler,\n\nwie vereinbart erhalten Sie anbei die erste Abschlagsrechnung für die Badsanierung.\n\n"
        "Freundliche Grüße\nTimo Lehmkuhl",
        L={"head": "L", "addr": ("win", 56), "retline": "Badmanufaktur Lehmkuhl · Hafenweg 9 · 48155 Münster",
           "meta": ("table", 360, 150, 85), "title_y": 262, "cols": ["desc", "amt"], "footer": "line"},
        title_text="1. Abschlagsrechnung", term=14,
        meta=[("Rechnungsnr.", "{num}"), ("Datum", "{issue}"), ("Bauvorhaben", "Gievenbecker Weg 140")],
        lab={"total": "Abschlagsbetrag brutto", "net": "Abschlag netto", "vatrow": "USt. {r} %"},
        notes=["Zahlbar innerhalb von 14 Tagen ohne Abzug auf {iban}.",
               "Leistungen im Privathaushalt: Lohnanteil wird in der Schlussrechnung ausgewiesen (§ 35a EStG)."],
        foot1=["Badmanufaktur Lehmkuhl, Inh. Timo Lehmkuhl e.K.", "USt-IdNr. DE316620874", "Sparkasse Münsterland Ost"],
        note="Abschlagsrechnung: the instalment is the total; the couple named one by one over two lines ('Herrn Dr.' / 'und Frau').")

    # 37 Billomat: Schlussrechnung less two Abschläge (gross), dates in words
    s = S("Dachbau Reimers GmbH", ["Deichstraße 31", "25813 Husum"], "buchhaltung@dachbau-reimers.de",
          ["HRB 4410 FL", "USt-IdNr. DE812334109"])
    inv("billomat", "de", "pdf", s,
        ["Wohnbau Rheinblick GmbH", "Projektbuchhaltung", "Rheinuferstraße 8", "50996 Köln"],
        "Wohnbau Rheinblick GmbH", ["rechnungseingang@wohnbau-rheinblick.de"], "Rechnungseingang Wohnbau Rheinblick", True,
        "SR-2026-0077", D(2026, 11, 24),
        [("Dacheindeckung Tonziegel, Haus A-C (m²)", 1240, 6850, 19), ("Dachrinnen und Fallrohre Zink (lfm)", 310, 4200, 19),
         ("Gerüststellung, Standzeit 9 Wochen", 1, 1860000, 19), ("Regiestunden lt. Rapport", 42, 6200, 19)],
        "Schlussrechnung SR-2026-0077 BV Rheinblick",
        "Sehr geehrte Damen und Herren,\n\nanbei die Schlussrechnung für das Bauvorhaben Rheinblick, Häuser A bis C.\n"
        "Die beiden Abschlagszahlungen sind berücksichtigt.\n\nMit freundlichen Grüßen\nDachbau Reimers GmbH",
        L={"head": "L", "addr": ("win", 56), "meta": ("row",), "title_y": 250, "cols": ["art", "desc", "qty", "price", "amt"],
           "footer": "3col"},
        title_text="Schlussrechnung", term=30, df="long",
        paid=[("abzgl. 1. Abschlag AR-2026-0041", 5950000),
              ("abzgl. 2. Abschlag AR-2026-0058", 4165000)],
        gross_label="Gesamtleistung brutto", lab={"due": "Restforderung", "vatrow": "zzgl. {r} % USt."},
        meta=[("Rechnungsnummer", "{num}"), ("Rechnungsdatum", "{issue}"), ("Kunden-Nr.", "K-2210"), ("Bauvorhaben", "Rheinblick A-C")],
        notes=["Die Restforderung ist zahlbar innerhalb von 30 Tagen nach Rechnungsdatum auf {iban}.",
               "Sicherheitseinbehalt gemäß Vertrag: keiner vereinbart."],
        foot3=[["Dachbau Reimers GmbH", "Deichstraße 31, 25813 Husum", "GF: Hauke Reimers"], ["Nord-Ostsee Sparkasse", "IBAN " + mk.iban_spaced(s["iban"])],
               ["HRB 4410 FL", "USt-IdNr. DE812334109"]], delay=2,
        note="Schlussrechnung: the full job's gross less two Abschläge (gross) gives the Restforderung; a department line after the GmbH.")

    # 38 FastBill: 7 % and 19 %, UG (haftungsbeschränkt), the sender's USt-IdNr. just under the recipient block
    s = S("Lektorat Seitenweise", ["Dr. Hanna Brettschneider", "Körnerstraße 12", "04107 Leipzig"], "hanna@seitenweise-lektorat.de",
          ["Steuernr. 231/244/10875", "USt-IdNr. DE298114550"])
    inv("fastbill", "de", "pdf", s,
        ["Kreativagentur Blau UG (haftungsbeschränkt)", "Karl-Liebknecht-Str. 71", "04275 Leipzig"],
        "Kreativagentur Blau UG (haftungsbeschränkt)", ["hallo@kreativagentur-blau.de"], "Kreativagentur Blau", True, "2026-118",
        D(2026, 11, 20),
        [("Lektorat Imagebroschüre (Normseiten)", 36, 550, 19), ("Belegexemplare Fachbuch 'Marke & Sinn'", 5, 2490, 7),
         ("Korrekturlauf Website", 1, 24000, 19)],
        "Ihre Rechnung 2026-118",
        "Hallo zusammen,\n\nanbei meine Rechnung 2026-118. Vielen Dank für den schönen Auftrag!\n\nHerzliche Grüße\nHanna Brettschneider",
        L={"head": "R", "addr": ("win", 56), "regs": "under-debtor", "meta": ("table", 360, 150, 80), "title_y": 262,
           "cols": ["desc", "qty", "price", "vat", "amt"]},
        term=14, lab={"vatrow": "USt. {r} % auf {b}"},
        meta=[("Rechnungsnr.", "{num}"), ("Datum", "{issue}"), ("Leistungszeitraum", "Oktober 2026")],
        notes=["Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {iban} (GLS Bank).", "Verwendungszweck: 2026-118"],
        ref="2026-118",
        note="Two VAT rates (7 and 19 %); the sender's Steuernr. and USt-IdNr. printed just below the recipient's block; Verwendungszweck = number.")

    # 39 DATEV: a Steuerberater's Gebührenrechnung to a private person with 'zu', under "Rechnungsempfänger"
    s = S("Steuerberatung Lindemann & Partner mbB", ["Theaterstraße 5", "30159 Hannover"], "kanzlei@lindemann-stb.de",
          ["PR 1022 AG Hannover", "USt-IdNr. DE276009114"])
    inv("datev", "de", "pdf", s,
        ["Herrn", "Konstantin zu Dohna", "Am Lindener Berge 22", "30449 Hannover"], "Konstantin zu Dohna",
        ["k.zudohna@gmx.de"], "Konstantin zu Dohna", False, "2026/01492", D(2026, 11, 25),
        [("Einkommensteuererklärung 2025, § 24 Abs. 1 Nr. 1 StBVV (Gegenstandswert 84.210 €, 4/10)", 1, 51640, 19),
         ("Anlage V, 2 Objekte, § 27 StBVV", 2, 18450, 19), ("Post- und Telekommunikation, Nr. 7001 VV RVG analog", 1, 2000, 19)],
        "Gebührenrechnung 2026/01492",
        "Sehr geehrter Herr zu Dohna,\n\nanbei übersenden wir Ihnen unsere Gebührenrechnung für die Einkommensteuererklärung 2025.\n\n"
        "Mit freundlichen Grüßen\nLindemann & Partner",
        L={"head": "L", "addr": ("label", 56, 150, "Rechnungsempfänger"), "meta": ("table", 340, 150, 100), "title_y": 250,
           "cols": ["desc", "amt"], "footer": "3col"},
        title_text="Gebührenrechnung", term=10, lab={"vatrow": "Umsatzsteuer {r} %", "net": "Summe Gebühren und Auslagen"},
        meta=[("Rechnungs-Nr.", "{num}"), ("Datum", "{issue}"), ("Mandant", "40811"), ("Sachbearbeiter", "StB M. Ehlers")],
        notes=["Der Rechnungsbetrag ist innerhalb von 10 Tagen ohne Abzug zu zahlen.", "Bitte geben Sie bei Zahlung die Rechnungs-Nr. an."],
        foot3=[["Lindemann & Partner mbB", "Steuerberatungsgesellschaft", "PR 1022 AG Hannover"], ["Hannoversche Volksbank", "IBAN " + mk.iban_spaced(s["iban"])],
               ["USt-IdNr. DE276009114", "kanzlei@lindemann-stb.de"]],
        note="'Herrn' alone on the first line under 'Rechnungsempfänger'; particle 'zu'; 'innerhalb von 10 Tagen ohne Abzug'.")

    # 40 Collmex: e.K. with its owner line, a delivery address for another name beside the billing address
    s = S("Kaffeerösterei Brandhorst GmbH", ["Speicherstadt, Kehrwieder 4", "20457 Hamburg"], "faktura@brandhorst-kaffee.de",
          ["HRB 154301 Hamburg", "USt-IdNr. DE301442871"])
    inv("collmex", "de", "pdf", s,
        ["Getränke Vogt e.K.", "Inhaber Markus Vogt", "Bahnhofstraße 44", "21614 Buxtehude"], "Getränke Vogt e.K.",
        ["bestellung@getraenke-vogt.de"], "Markus Vogt", True, "400218", D(2026, 11, 12),
        [("Espresso Crema 1 kg, ganze Bohne", 24, 1890, 7), ("Filterkaffee Hausmischung 500 g", 40, 790, 7),
         ("Mehrwegkiste Pfand", 4, 1000, 19), ("Versandkosten Spedition", 1, 2900, 19)],
        "Rechnung 400218",
        "Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie die Rechnung 400218.\n\nMit freundlichen Grüßen\nKaffeerösterei Brandhorst",
        L={"head": "L", "addr": ("label", 56, 150, "Rechnungsanschrift"), "meta": ("row",), "title_y": 236, "table_y": 290,
           "cols": ["art", "desc", "qty", "price", "vat", "amt"], "footer": "line",
           "second": (300, 150, "Lieferanschrift", ["Café Deichblick", "c/o Getränke Vogt", "Am Hafen 2", "21635 Jork"])},
        term=14, artno=lambda k: ["ESP-1000", "FKH-500", "PF-KI", "VS"][k],
        meta=[("Rechnung", "{num}"), ("Datum", "{issue}"), ("Kunde", "10762"), ("Auftrag", "A-30118"), ("Zahlungsziel", "14 Tage netto")],
        lab={"vatrow": "MwSt. {r} % auf {b}"},
        notes=["Zahlungsbedingung: 14 Tage netto. Bankverbindung: Hamburger Sparkasse, {iban}"],
        foot1=["Kaffeerösterei Brandhorst GmbH", "HRB 154301 Hamburg", "USt-IdNr. DE301442871"],
        note="Billing and delivery addresses side by side with different names (a café c/o the e.K.); 7 % and 19 %.")

    # 41 orgaMAX: two pages, Übertrag, totals on page 2, an e.V. with a department line after it
    s = S("Sporthaus Tebbe OHG", ["Lange Straße 60", "32584 Löhne"], "rechnungen@sporthaus-tebbe.de",
          ["HRA 8812 Bad Oeynhausen", "USt-IdNr. DE125503391"])
    items = [("Trikot 'Blau-Weiß' Gr. %s" % g, n, 2495, 19) for g, n in (("XS", 4), ("S", 8), ("M", 12), ("L", 10), ("XL", 6), ("XXL", 2))] + \
            [("Shorts Gr. %s" % g, n, 1495, 19) for g, n in (("S", 10), ("M", 14), ("L", 12))] + \
            [("Tischtennisbälle 3*** (72 St.)", 3, 6990, 19), ("Netzgarnitur Turnier", 4, 4290, 19), ("Beflockung Vereinslogo", 42, 450, 19),
             ("Vereinsrabatt-Gutschein Herbst 2026", 1, -5000, 19)]
    inv("orgamax", "de", "pdf", s,
        ["Sportverein Blau-Weiß Löhne e.V.", "Abteilung Tischtennis", "z. Hd. Frau Gülşen Aydoğan", "Postfach 1122", "32572 Löhne"],
        "Sportverein Blau-Weiß Löhne e.V.", ["tischtennis@bw-loehne.de"], "Gülşen Aydoğan", True, "R26-1031", D(2026, 11, 27), items,
        "Rechnung R26-1031 Vereinsausstattung",
        "Hallo Frau Aydoğan,\n\nanbei die Rechnung über die neue Vereinsausstattung (2 Seiten).\n\nSportliche Grüße\nSporthaus Tebbe",
        L={"head": "R", "addr": ("win", 56), "meta": ("table", 360, 160, 80), "title_y": 262,
           "cols": ["art", "desc", "qty", "price", "amt"], "split": 9, "carry_label": "Übertrag",
           "carry_in": "Übertrag von Seite 1", "page_label": "Seite 1 von 2|Seite 2 von 2", "footer": "3col"},
        term=21, meta=[("Rechnungs-Nr.", "{num}"), ("Datum", "{issue}"), ("Kunden-Nr.", "20114"), ("Seite", "1/2")],
        lab={"vatrow": "zzgl. MwSt. {r} %"},
        notes=["Zahlbar innerhalb von 21 Tagen ab Rechnungsdatum ohne Abzug.", "Vielen Dank für Ihren Einkauf!"],
        foot3=[["Sporthaus Tebbe OHG", "Lange Straße 60, 32584 Löhne"], ["Sparkasse Herford", "IBAN " + mk.iban_spaced(s["iban"])],
               ["HRA 8812 Bad Oeynhausen", "USt-IdNr. DE125503391"]],
        note="Two pages, Übertrag, totals and the term on page 2; the e.V. over a department and a 'z. Hd. Frau' line; a negative voucher line.")

    # 42 SumUp Invoices (ex Debitoor), Austrian: a private client with 'Mag.', 20 %, "binnen 14 Tagen"
    s = S("Tischlerei Haider", ["Hauptplatz 7", "4020 Linz", "UID ATU68291044"], "office@tischlerei-haider.at", ["UID ATU68291044"], cc="AT")
    inv("sumup", "de", "pdf", s,
        ["Frau Mag. Theresa Pölzl", "Landstraße 88/4", "4020 Linz"], "Mag. Theresa Pölzl", ["theresa.poelzl@aon.at"],
        "Theresa Pölzl", False, "2026-0093", D(2026, 11, 11),
        [("Einbauschrank Vorzimmer, Eiche furniert", 1, 238000, 20), ("Montage (Std.)", 6, 5800, 20), ("Altmöbelentsorgung", 1, 9000, 20)],
        "Rechnung 2026-0093 von Tischlerei Haider",
        "Sehr geehrte Frau Mag. Pölzl,\n\nanbei erhalten Sie die Rechnung für den Einbauschrank. Wir bedanken uns für den Auftrag!\n\n"
        "Mit freundlichen Grüßen\nFranz Haider\n\n-- \nGesendet mit SumUp Rechnungen",
        L={"head": "L", "addr": ("right", 150, "Rechnung an"), "meta": ("table", 56, 150, 90), "title_y": 128, "table_y": 250,
           "cols": ["desc", "qty", "price", "amt"]},
        term=14, lab={"vatrow": "USt. {r} %", "total": "Gesamt"},
        meta=[("Rechnungsnr.", "{num}"), ("Rechnungsdatum", "{issue}"), ("Fälligkeitsdatum", "{due}")],
        notes=["Zahlbar binnen 14 Tagen auf {iban} (Raiffeisenlandesbank OÖ).", "UID ATU68291044"],
        note="Austrian; 'Frau' dropped, 'Mag.' kept; the recipient block right-aligned; the sender's UID in the letterhead.")

    # 43 Zervant: a Gutschrift (credit note) to a gGmbH
    s = S("Druckwerk Seidel", ["Bahnhofstraße 14", "82418 Murnau"], "info@druckwerk-seidel.de", ["St.-Nr. 117/214/50812", "USt-IdNr. DE321199874"])
    inv("zervant", "de", "pdf", s,
        ["Lebenshilfe Werkstätten Oberland gGmbH", "Verwaltung / Einkauf", "Am Weidmoos 3", "82418 Murnau am Staffelsee"],
        "Lebenshilfe Werkstätten Oberland gGmbH", ["einkauf@lh-werkstaetten-oberland.de"], "Einkauf Lebenshilfe Werkstätten", True,
        "G-2026-006", D(2026, 11, 26),
        [("Gutschrift zu Rechnung 2026-141: Flyer DIN lang, falscher Falz", 2000, -9, 19), ("Gutschrift Expresszuschlag", 1, -3500, 19)],
        "Gutschrift G-2026-006 zu Rechnung 2026-141",
        "Sehr geehrte Damen und Herren,\n\nwie telefonisch besprochen erhalten Sie anbei eine Gutschrift zur Rechnung 2026-141.\n"
        "Den Betrag überweisen wir Ihnen in den nächsten Tagen.\n\nMit freundlichen Grüßen\nStefanie Seidel",
        L={"head": "C", "addr": ("win", 56), "meta": ("table", 360, 150, 90), "title_y": 262, "cols": ["desc", "qty", "price", "amt"],
           "footer": "line"},
        title_text="Gutschrift", credit=True, lab={"total": "Gutschriftbetrag", "vatrow": "USt. {r} %"},
        meta=[("Gutschrift-Nr.", "{num}"), ("Datum", "{issue}"), ("zu Rechnung", "2026-141")],
        notes=["Der Betrag wird Ihrem Konto gutgeschrieben."],
        foot1=["Druckwerk Seidel", "USt-IdNr. DE321199874", "IBAN " + mk.iban_spaced(s["iban"])],
        note="Gutschrift (credit note) with negative lines; the gGmbH over a 'Verwaltung / Einkauf' line; due null.")

    # 44 bexio: CHF, a QR payment part with a QR reference, an AG with a Kreditoren line
    s = S("Elektro Baumgartner GmbH", ["Industriestrasse 19", "6300 Zug", "CHE-109.332.871 MWST"], "buchhaltung@elektro-baumgartner.ch",
          ["CHE-109.332.871 MWST"], cc=None)
    s["iban"] = iban_bank("CH", "30808", 12)
    qr = qr_ref("%026d" % rng.randint(10 ** 20, 10 ** 21))

    def zahlteil(sp, p, y):
        p.rule(0, 595, 595, 595)
        p.text(20, 615, "Empfangsschein", 11, True)
        p.text(190, 615, "Zahlteil", 11, True)
        p.text(360, 630, "Konto / Zahlbar an", 6, True)
        p.text(360, 640, mk.iban_spaced(sp["s"]["iban"]), 8)
        p.text(360, 650, "Elektro Baumgartner GmbH", 8)
        p.text(360, 660, "Industriestrasse 19, 6300 Zug", 8)
        p.text(360, 676, "Referenz", 6, True)
        p.text(360, 686, qr_spaced(sp["ref_printed"]), 8)
        p.text(360, 702, "Zahlbar durch", 6, True)
        p.text(360, 712, "Gebrüder Imhof AG", 8)
        p.text(360, 722, "Baarerstrasse 51, 6300 Zug", 8)
        p.text(190, 760, "Währung   Betrag", 6, True)
        p.text(190, 770, "CHF       " + M(sp, sp["due_amt"], False), 8)
    inv("bexio", "de", "pdf", s,
        ["Gebrüder Imhof AG", "Kreditorenbuchhaltung", "Baarerstrasse 51", "6300 Zug"], "Gebrüder Imhof AG",
        ["kreditoren@imhof-ag.ch"], "Kreditoren Imhof", True, "RE-10442", D(2026, 11, 18),
        [("Service Verteilkasten UV2", 1, 48000, 8.1), ("LED-Panel 62x62 ersetzt", 14, 8950, 8.1), ("Arbeit Elektromonteur (Std.)", 7.5, 11800, 8.1)],
        "Rechnung RE-10442 von Elektro Baumgartner GmbH",
        "Guten Tag\n\nIm Anhang erhalten Sie die Rechnung RE-10442 mit QR-Zahlteil.\n\nFreundliche Grüsse\nElektro Baumgartner GmbH",
        L={"head": "L", "addr": ("win", 330), "meta": ("under",), "title_y": 232, "cols": ["desc", "qty", "price", "amt"]},
        ms="ch", cf="CHF {}", cur="CHF", round05=True, term=20, ref=qr, ref_printed=qr, round_label="Rundungsdifferenz",
        lab={"vatrow": "MWST {r} % auf {b}", "total": "Total"},
        meta=[("Rechnungsnummer", "{num}"), ("Datum", "{issue}"), ("Zahlbar bis", "{due}")],
        notes=["Zahlbar innerhalb 20 Tagen netto. Bitte verwenden Sie den QR-Zahlteil."], extra_draw=[zahlteil],
        note="bexio with a QR payment part: a QR-IBAN and a 27-digit QR reference (labelled 'Referenz', kept without spaces); 8.1 % MWST; rounding.")

    # 45 Banana: a Swiss family, an Akontozahlung subtracted, rounding
    s = S("Gartenbau Zürcher", ["Dorfstrasse 40", "8344 Bäretswil"], "info@gartenbau-zuercher.ch", ["CHE-231.449.802 MWST"], cc="CH")
    inv("banana", "de", "pdf", s,
        ["Familie Rüegg-Schneider", "Im Grund 7", "8344 Bäretswil"], "Familie Rüegg-Schneider", ["ruegg-schneider@bluewin.ch"],
        "Martin Rüegg", False, "2026-212", D(2026, 11, 9),
        [("Heckenschnitt Thuja, 48 lfm", 48, 1450, 8.1), ("Baumpflege Nussbaum", 1, 68000, 8.1), ("Grüngutentsorgung", 1, 14500, 8.1)],
        "Rechnung 2026-212",
        "Grüezi Familie Rüegg-Schneider\n\nBesten Dank für den Auftrag. Die Akontozahlung vom September ist abgezogen.\n\nFreundliche Grüsse\nReto Zürcher",
        L={"head": "L", "addr": ("win", 330), "meta": ("table", 56, 150, 80), "title_y": 236, "cols": ["desc", "qty", "price", "amt"]},
        ms="ch", cf="{}", cur="CHF", round05=True, term=30, round_label="Rundung", df="dmy.",
        paid=[("Akontozahlung vom 12.09.2026", 50000)], lab={"vatrow": "MWST {r} %", "total": "Total CHF", "due": "Restbetrag CHF"},
        gross_label="Total CHF",
        meta=[("Rechnung Nr.", "{num}"), ("Datum", "{issue}"), ("Kunde", "Rüegg-Schneider")],
        notes=["Zahlbar innert 30 Tagen auf {iban} (Zürcher Kantonalbank).", "Beträge in CHF."],
        note="Banana: amounts without a currency sign, CHF in the labels; 'Familie' kept; an Akontozahlung subtracted; rounding line.")

    # 46 XRechnung (UBL) with a PDF: an AG, "z. Hd. Kreditorenbuchhaltung", a buyer reference, Verwendungszweck
    s = S("Windmess Nord GmbH", ["Am Kanal 3", "26721 Emden"], "rechnung@windmess-nord.de", ["HRB 210774 Aurich", "USt-IdNr. DE318877201"])
    inv("xrechnung", "de", "pdf+ubl", s,
        ["Nordlicht Energie AG", "z. Hd. Kreditorenbuchhaltung", "Postfach 10 04 41", "26004 Oldenburg"], "Nordlicht Energie AG",
        ["e-rechnung@nordlicht-energie.de"], None, True, "WMN-2026-0415", D(2026, 11, 23),
        [("LiDAR-Windmessung Standort Moorriem, Monat Oktober", 1, 742000, 19), ("Datenauswertung und Monatsbericht", 1, 86000, 19)],
        "XRechnung WMN-2026-0415",
        "Sehr geehrte Damen und Herren,\n\nanbei die Rechnung WMN-2026-0415 als XRechnung (UBL) mit Sichtbeleg im PDF-Format.\n\n"
        "Mit freundlichen Grüßen\nWindmess Nord GmbH",
        L={"head": "L", "addr": ("win", 56), "meta": ("table", 360, 150, 90), "title_y": 262, "cols": ["desc", "qty", "price", "amt"],
           "footer": "3col"},
        term=30, ref="WMN-2026-0415", buyer_ref="4500771203", ubl_cust="urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
        meta=[("Rechnungsnummer", "{num}"), ("Rechnungsdatum", "{issue}"), ("Fälligkeit", "{due}"), ("Ihre Bestell-Nr.", "4500771203")],
        lab={"vatrow": "Umsatzsteuer {r} %"},
        notes=["Zahlungsziel 30 Tage. Verwendungszweck: WMN-2026-0415"],
        foot3=[["Windmess Nord GmbH", "Am Kanal 3, 26721 Emden"], ["Sparkasse Emden", "IBAN " + mk.iban_spaced(s["iban"])],
               ["HRB 210774 Aurich", "USt-IdNr. DE318877201"]], delay=1, ubl_name="xrechnung_WMN-2026-0415.xml",
        note="XRechnung in UBL with a visual PDF; the To header has no display name; purchase order number is not the reference.")

    # 47 typed in the mail: a tradesman to a family, "innerhalb von 10 Tagen ohne Abzug"
    s = S("Malerbetrieb Ostendorf", [], "ostendorf.maler@t-online.de", [])
    inv("typed-mail", "de", "body-text", s, [], "Fam. Schulte-Bröring", ["schulte-broering@gmx.net"], "Birgit Schulte-Bröring", False,
        "2026-47", D(2026, 11, 30),
        [("Treppenhaus streichen (Lohn)", 14, 5200, 19), ("Material (Farbe, Abdeckung)", 1, 18640, 19)],
        "Rechnung Treppenhaus",
        "Guten Tag Frau Schulte-Bröring,\n\nhier wie besprochen die Rechnung für das Treppenhaus.\n\n"
        "RECHNUNG Nr. {num}\nDatum: {issue}\n\nAn: Fam. Schulte-Bröring, Kirchstraße 12, 48341 Altenberge\n\n"
        "{lines}\n\n{totals}\n\nDarin enthaltene Arbeitskosten (§ 35a EStG): 866,32 €\n\n"
        "Bitte zahlen Sie innerhalb von 10 Tagen ohne Abzug auf {iban} (Volksbank).\n\n"
        "Mit freundlichen Grüßen\nJürgen Ostendorf\nMalermeister\nSteuernr. 336/5012/1187",
        term=10, lab={"vatrow": "zzgl. {r} % MwSt."},
        note="Typed; 'Fam.' kept; term in words; the § 35a labour share printed (not an amount to pay).")

    # 48 typed in the mail, Austrian: "zahlbar sofort nach Erhalt", a KG with a z.Hd. line
    s = S("Kältetechnik Pichler", [], "pichler@kaeltetechnik-pichler.at", [], cc="AT")
    inv("typed-mail", "de", "body-text", s, [], "Alpenblick Gastro KG", ["buchhaltung@alpenblick-gastro.at"], "Alpenblick Buchhaltung", True,
        "P-26/118", D(2026, 12, 1),
        [("Notdienst Kühlhaus (Samstag)", 1, 18000, 20), ("Kompressor-Relais getauscht", 1, 7450, 20), ("Arbeitszeit (Std.)", 2.5, 7800, 20)],
        "Rechnung P-26/118 Notdienst",
        "Grüß Gott,\n\nanbei wie besprochen die Rechnung für den Notdiensteinsatz am Samstag.\n\n"
        "Rechnungsempfänger:\nAlpenblick Gastro KG\nz.Hd. Hr. Wolfgang Eder\nPromenade 4, 6100 Seefeld in Tirol\nUID ATU71123348\n\n"
        "Rechnung Nr. {num} vom {issue}\n\n{lines}\n\n{totals}\n\nZahlbar sofort nach Erhalt ohne Abzug.\nBankverbindung: {iban}\n\n"
        "Mit besten Grüßen\nHannes Pichler\nKältetechnik Pichler, Innsbruck - UID ATU69920137",
        term="receipt", lab={"vatrow": "zzgl. {r} % USt.", "total": "Rechnungsbetrag"},
        note="Typed, Austrian; the debtor's UID under its address; 'zahlbar sofort nach Erhalt' gives the issue date.")

    # 49 HTML: a dental supply shop's "Kauf auf Rechnung" to a practice
    s = S("Dentaldepot Westfalen GmbH", ["Hafenweg 22", "48155 Münster"], "shop@dentaldepot-westfalen.de", ["USt-IdNr. DE299014223"])
    inv("webshop-html", "de", "body-html", s, [], "Zahnarztpraxis Dr. Yılmaz & Kollegen", ["praxis@zahnarzt-yilmaz.de"],
        "Praxis Dr. Yılmaz", True, "RE2611-08812", D(2026, 11, 19),
        [("Einmalhandschuhe Nitril M, 10 x 100 St.", 3, 7490, 19), ("Abformmaterial A-Silikon 2 x 50 ml", 6, 2890, 19),
         ("Fachbuch Parodontologie (7 %)", 1, 8900, 7)],
        "Ihre Rechnung RE2611-08812 (Kauf auf Rechnung)", None,
        html=("<html><body><p>Guten Tag,</p><p>vielen Dank für Ihre Bestellung 118812. Sie haben <b>Kauf auf Rechnung</b> gewählt. "
              "Diese E-Mail ist Ihre Rechnung.</p>"
              "<table><tr><th align=\"left\">Rechnungsnummer</th><td>{num}</td></tr><tr><th align=\"left\">Rechnungsdatum</th><td>{issue}</td></tr>"
              "<tr><th align=\"left\">Fällig am</th><td>{due}</td></tr></table>"
              "<p><b>Rechnungsadresse</b><br>Zahnarztpraxis Dr. Yılmaz &amp; Kollegen<br>Kundennr. 55102<br>Warendorfer Str. 80<br>48145 Münster</p>"
              "<table>{hrows}\n{htotals}</table>"
              "<p>Bitte überweisen Sie den Betrag bis zum {due} auf {iban}.<br>Verwendungszweck: <b>{num}</b></p>"
              "<p style=\"color:#888\">Dentaldepot Westfalen GmbH · AG Münster HRB 17702 · USt-IdNr. DE299014223</p></body></html>"),
        term=14, ref="RE2611-08812", lab={"vatrow": "MwSt. {r} %"},
        note="HTML 'Kauf auf Rechnung'; a practice named after a doctor is a business; 7 % and 19 %; Verwendungszweck = number.")

    # 50 HTML: a photographer's invoice to an OHG, written as a simple table
    s = S("Fotografie Lene Albers", ["Marktstraße 3", "26122 Oldenburg"], "lene@albers-fotografie.de", ["USt-IdNr. DE341002287"])
    inv("html-typed", "de", "body-html", s, [], "Buchhandlung Weidemann OHG", ["info@buchhandlung-weidemann.de"], "Jan Weidemann", True,
        "LA-2026-061", D(2026, 11, 6),
        [("Fotoshooting Lesung 31.10. (3 Std.)", 3, 9500, 19), ("Bildbearbeitung, 40 Bilder", 40, 450, 19), ("Nutzungsrechte Web/Print 1 Jahr", 1, 25000, 19)],
        "Rechnung LA-2026-061",
        None,
        html=("<html><body><p>Hallo Herr Weidemann,</p><p>vielen Dank für den schönen Abend! Hier meine Rechnung:</p>"
              "<table width=\"520\"><tr><td><b>Rechnung {num}</b></td><td align=\"right\">Oldenburg, {issue}</td></tr>"
              "<tr><td colspan=\"2\">Buchhandlung Weidemann OHG<br>Inh. Jan und Kerstin Weidemann<br>Achternstraße 15<br>26122 Oldenburg</td></tr></table>"
              "<table width=\"520\">{hrows}\n{htotals}</table>"
              "<p>Zahlungsziel: 21 Tage. Bitte überweisen auf {iban} (Lene Albers).</p>"
              "<p>Viele Grüße<br>Lene Albers<br>USt-IdNr. DE341002287</p></body></html>"),
        term=21, df="long", lab={"vatrow": "zzgl. {r} % USt."},
        note="HTML letter; an OHG with an owners line under it; date 'Oldenburg, 6. November 2026'; term 'Zahlungsziel: 21 Tage'.")


# ================================================================== not invoices: Dutch (12)

def dutch_non():
    CUR_CC[0] = "NL"
    # n1 offerte with number, date, total, validity
    s = S("Keukenatelier Van Iersel", ["Bredaseweg 318", "5038 NK Tilburg"], "offerte@keukenatelier-vaniersel.nl", ["KvK 17220981", "BTW NL812009341B01"])
    d = doc("nl", s, ["Dhr. en mevr. Van Gorp", "Hoefstraat 41", "5014 NL Tilburg"],
            [("Keuken 'Ommen' eiken, 3,60 m incl. eiland", 1, 1489000, 21), ("Apparatuur (inductie, oven, vaatwasser)", 1, 412000, 21),
             ("Montage en afvoer oude keuken", 1, 145000, 21)],
            [("Offertenummer", "OF-2026-0388"), ("Datum", "{issue}"), ("Geldig tot", "19-12-2026")], "Offerte",
            {"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 85), "title_y": 262, "cols": ["desc", "amt"]},
            notes=["Bij akkoord: 30% aanbetaling bij opdracht, restant binnen 14 dagen na montage.",
                   "Deze offerte is 4 weken geldig. Akkoord? Onderteken en stuur hem terug."],
            issue=D(2026, 11, 21), number="OF-2026-0388", lab={"total": "Totaal offerte incl. btw"})
    non("word-letter", "nl", s["email"], "Keukenatelier Van Iersel", ["vangorp.tilburg@ziggo.nl"], "Fam. Van Gorp",
        "Offerte OF-2026-0388 nieuwe keuken", D(2026, 11, 21),
        "Beste meneer en mevrouw Van Gorp,\n\nFijn dat u langs kwam in de showroom. Zoals beloofd de offerte voor de eikenhouten keuken.\n"
        "Het bedrag is inclusief montage; de aanbetaling factureren we pas na uw akkoord.\n\nMet vriendelijke groet,\nBram van Iersel",
        "A quote (offerte) with a validity date: nothing is owed until it is accepted.", doc=d, fname="Offerte_OF-2026-0388.pdf",
        note="Totals, number, date and payment conditions like an invoice, but titled Offerte with 'Geldig tot'.")

    # n2 orderbevestiging web shop (HTML), invoice follows on delivery
    non("webshop-html", "nl", "bestellingen@fietsonderdelenhuis.nl", "Fietsonderdelenhuis", ["w.kramer@hetnet.nl"], "Wim Kramer",
        "Orderbevestiging #40188", D(2026, 11, 24), None,
        "An order confirmation; the invoice is sent when the order ships.",
        html=("<html><body><h2>Bedankt voor je bestelling, Wim!</h2><p>Ordernummer: <b>#40188</b> &middot; Besteldatum: 24-11-2026</p>"
              "<table><tr><td>Shimano Deore kettingset</td><td>€ 64,95</td></tr><tr><td>Remblokken set (2x)</td><td>€ 23,90</td></tr>"
              "<tr><td>Verzending</td><td>€ 0,00</td></tr><tr><td><b>Totaal (incl. btw)</b></td><td><b>€ 88,85</b></td></tr></table>"
              "<p>Je hebt gekozen voor <b>achteraf betalen via Riverty</b>. Je ontvangt na verzending een betaalverzoek van Riverty; "
              "betaal niet aan ons.</p><p>Fietsonderdelenhuis &middot; KvK 69912034</p></body></html>"),
        note="HTML order confirmation with a total; payment later via a pay-later provider.")

    # n3 pro-forma for a subsidy application
    s = S("Duurzaam Dak Isolatie B.V.", ["Koperslagersweg 9", "8253 PK Dronten"], "info@duurzaamdakisolatie.nl", ["KvK 85311290", "BTW NL863440912B01"], bank="RABO")
    d = doc("nl", s, ["Mevr. J. Hoekstra-Wiersma", "Singel 12", "8251 AA Dronten"],
            [("Dakisolatie PIR 120 mm, 62 m²", 62, 4850, 21), ("Vloerisolatie 48 m²", 48, 2675, 21)],
            [("Pro-formanummer", "PF-26-0117"), ("Datum", "{issue}")], "PRO FORMA FACTUUR",
            {"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 95), "title_y": 262, "cols": ["desc", "qty", "price", "amt"]},
            notes=["Dit is geen factuur. Deze pro-forma is bestemd voor uw ISDE-subsidieaanvraag.",
                   "De definitieve factuur volgt na uitvoering; betaal nog niets."], issue=D(2026, 11, 12), number="PF-26-0117")
    non("exact-online", "nl", s["email"], s["name"], ["jhoekstra@planet.nl"], "J. Hoekstra", "Pro forma PF-26-0117 voor ISDE-aanvraag",
        D(2026, 11, 12),
        "Geachte mevrouw Hoekstra,\n\nZoals gevraagd een pro-formafactuur voor uw subsidieaanvraag bij RVO. U hoeft deze niet te betalen.\n\n"
        "Met vriendelijke groet,\nDuurzaam Dak Isolatie B.V.", "A pro forma for a subsidy application; it states that it is not an invoice.",
        doc=d, fname="ProForma_PF-26-0117.pdf", note="Pro forma with amounts and a number; 'Dit is geen factuur' printed.")

    # n4 betalingsbevestiging
    non("typed-mail", "nl", "administratie@hoveniersbedrijfzwart.nl", "Hoveniersbedrijf Zwart", ["a.vermaat@kpnplanet.nl"], "A. Vermaat",
        "Betaling ontvangen - factuur 2026-0377", D(2026, 11, 27),
        "Beste heer Vermaat,\n\nHierbij bevestigen wij dat wij uw betaling van € 1.874,50 voor factuur 2026-0377 (d.d. 03-11-2026)\n"
        "op 26 november in goede orde hebben ontvangen. De factuur is daarmee volledig voldaan.\n\nBedankt en een fijne winter gewenst!\n\n"
        "Met vriendelijke groet,\nSandra Zwart\nHoveniersbedrijf Zwart\nIBAN " + IB("NL"),
        "A payment confirmation: the invoice it names is already paid.", note="Amount, number, date and an IBAN, all of a settled invoice.")

    # n5 the business's own friendly reminder
    non("typed-mail", "nl", "boekhouding@praktijkdezandloper.nl", "Praktijk De Zandloper", ["m.elkaddouri@gmail.com"], "Mohamed El Kaddouri",
        "Herinnering: factuur ZL-2026-212", D(2026, 11, 30),
        "Beste Mohamed,\n\nMisschien is het je ontschoten: factuur ZL-2026-212 van 29 oktober (€ 285,00, drie coachingsessies)\n"
        "staat bij ons nog open. De betaaltermijn is op 12 november verlopen.\n\nWil je het bedrag alsnog overmaken op " + IB("NL") + "\n"
        "t.n.v. Praktijk De Zandloper? Heb je al betaald, dan kun je deze mail als niet verzonden beschouwen.\n\nHartelijke groet,\nEsther Bos",
        "The business's own payment reminder about an invoice sent earlier; not a new invoice.",
        note="Reminder with amount, number, date and IBAN; dunmail must not chase it as a new invoice.")

    # n6 rekeningoverzicht (statement of account) as a PDF
    s = S("Groothandel Bloem & Blad B.V.", ["Veilingweg 4", "2671 ZK Naaldwijk"], "debiteuren@bloemenblad.nl", ["KvK 27112098", "BTW NL801122334B01"], bank="ABNA")
    d = doc("nl", s, ["Bloemsierkunst Anemoon", "t.a.v. Roos de Haan", "Kerkstraat 8", "2201 KL Noordwijk"],
            [("Factuur 26-10412 d.d. 06-10-2026 (vervallen)", 1, 48320, 0), ("Factuur 26-10877 d.d. 27-10-2026", 1, 31255, 0),
             ("Factuur 26-11203 d.d. 10-11-2026", 1, 27610, 0), ("Betaling 14-11-2026, dank u", 1, -48320, 0)],
            [("Klantnummer", "BB-0456"), ("Overzicht per", "{issue}")], "Rekeningoverzicht",
            {"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 85), "title_y": 262, "cols": ["desc", "amt"]},
            notes=["Dit overzicht is ter informatie. Openstaande posten betaalt u per factuur o.v.v. het factuurnummer."],
            issue=D(2026, 11, 30), totals=lambda sp: [("Openstaand saldo", M(sp, sp["net"]), True)])
    non("snelstart", "nl", s["email"], s["name"], ["roos@bloemsierkunst-anemoon.nl"], "Roos de Haan", "Rekeningoverzicht per 30-11-2026",
        D(2026, 11, 30),
        "Beste Roos,\n\nIn de bijlage je rekeningoverzicht per 30 november. Er staan nog twee facturen open.\n\nMet vriendelijke groet,\nAfdeling debiteuren\nBloem & Blad",
        "A statement of account listing earlier invoices and a payment; not a new claim.", doc=d, fname="Rekeningoverzicht_BB-0456.pdf",
        note="Statement with an open balance, invoice numbers, dates and a Totaal-like row.")

    # n7 a supplier's invoice forwarded to the bookkeeper
    non("forward", "nl", "info@bakkerijdemolen.nl", "Bakkerij De Molen", ["boekhouding@administratiekantoor-stam.nl"], "Administratiekantoor Stam",
        "Fwd: Factuur 3012884 Meelfabriek Oostland", D(2026, 11, 18),
        "Hoi Karin,\n\nDeze kwam vandaag binnen, kun je hem inboeken? Ik heb hem gisteren al betaald.\n\nGr. Henk\n\n"
        "---------- Doorgestuurd bericht ---------\nVan: Meelfabriek Oostland <facturen@meelfabriekoostland.nl>\nDatum: di 17 nov. 2026 om 09:12\n"
        "Onderwerp: Factuur 3012884\nAan: info@bakkerijdemolen.nl\n\nGeachte klant,\n\nHierbij ontvangt u factuur 3012884 d.d. 16-11-2026.\n"
        "Factuurbedrag: € 2.318,40\nVervaldatum: 30-11-2026\nIBAN: " + IB("NL") + "\n\nMet vriendelijke groet,\nMeelfabriek Oostland",
        "A supplier's invoice TO the business, forwarded to its bookkeeper; the business is the debtor here, not the creditor.",
        note="Forwarded bill with amount, due date and IBAN of another company.")

    # n8 "heb je mijn factuur ontvangen?"
    non("typed-mail", "nl", "joris@studioknal.nl", "Joris Hazelhoff", ["finance@omroepnoordholland-media.nl"], "Finance",
        "Re: factuur 2026-044?", D(2026, 12, 2),
        "Hoi,\n\nIk stuurde op 5 november factuur 2026-044 (€ 1.512,50, montage podcastserie) naar dit adres, maar ik zie hem nog\n"
        "niet terug in jullie portaal. Is hij goed aangekomen? Zo niet, dan stuur ik hem graag opnieuw.\n\nGroet,\nJoris Hazelhoff\nStudio Knal",
        "A question whether an earlier invoice arrived; the invoice itself is not attached.", note="Number, amount and date of an earlier invoice in the text.")

    # n9 prijswijziging per 1 januari
    non("newsletter", "nl", "nieuws@schoonmaakbedrijfhelder.nl", "Schoonmaakbedrijf Helder", ["facilitair@tandartspraktijkzuid.nl"], None,
        "Nieuwe tarieven per 1 januari 2027", D(2026, 11, 25),
        "Geachte relatie,\n\nPer 1 januari 2027 passen wij onze tarieven aan conform de cao-verhoging (4,1%).\n\n"
        "  Dienst                          2026        2027\n  Kantoorschoonmaak per uur       € 34,50     € 35,90\n"
        "  Glasbewassing per beurt         € 89,00     € 92,50\n  Sanitairpakket per maand        € 42,00     € 43,70\n\n"
        "Uw maandfactuur van januari wordt automatisch op de nieuwe tarieven gebaseerd. U hoeft niets te doen.\n\n"
        "Met vriendelijke groet,\nSchoonmaakbedrijf Helder B.V.\nKvK 34098122",
        "A price change notice; the new prices apply to future invoices.", note="Table of amounts in euro with years as column heads.")

    # n10 urenstaat ter goedkeuring
    non("gripp", "nl", "planning@detacheringvoortman.nl", "Voortman Detachering", ["h.vos@gemeente-waddinxveen.nl"], "H. Vos",
        "Urenstaat week 47 - ter goedkeuring", D(2026, 11, 23),
        "Beste heer Vos,\n\nHierbij de urenstaat van onze gedetacheerde medewerker P. Nguyen voor week 47, ter goedkeuring.\n\n"
        "  ma 16-11   8,0 uur\n  di 17-11   8,0 uur\n  wo 18-11   6,5 uur\n  do 19-11   8,0 uur\n  vr 20-11   4,0 uur\n  Totaal     34,5 uur x € 68,50 = € 2.363,25 excl. btw\n\n"
        "Graag vóór woensdag akkoord via de link: https://app.gripp.com/public/urenstaat/47-nguyen\n"
        "Na goedkeuring ontvangt u de factuur over de maand november.\n\nMet vriendelijke groet,\nLinda Voortman",
        "A timesheet sent for approval; the invoice follows after approval.", note="Hours times rate gives an amount like an invoice line.")

    # n11 annulering cursus + terugbetaling
    non("typed-mail", "nl", "inschrijving@kookstudiosmaakmakers.nl", "Kookstudio Smaakmakers", ["ilse.jacobs82@gmail.com"], "Ilse Jacobs",
        "Bevestiging annulering workshop Thais koken (boeking 6621)", D(2026, 11, 19),
        "Beste Ilse,\n\nJammer dat je er op 5 december niet bij kunt zijn. Hierbij bevestigen we de annulering van boeking 6621.\n\n"
        "Betaald: 2 x € 79,50 = € 159,00\nAnnuleringskosten (meer dan 14 dagen vooraf): € 15,00\nTerug te storten: € 144,00\n\n"
        "Het bedrag staat binnen 5 werkdagen op je rekening (eindigend op 4471).\n\nTot een volgende keer!\nKookstudio Smaakmakers",
        "A cancellation confirmation with a refund to the customer; nothing is owed to the business.",
        note="Amounts, a booking number and fees, but the money flows back to the customer.")

    # n12 aanbetalingsverzoek vakantiehuis (not an invoice, says so)
    non("typed-mail", "nl", "verhuur@boerderijdeheuvelrug.nl", "Vakantieboerderij De Heuvelrug", ["familie.smit@live.nl"], "Familie Smit",
        "Uw reservering 27-0034: aanbetaling", D(2026, 11, 26),
        "Beste familie Smit,\n\nWat leuk dat jullie in de meivakantie komen! Reservering 27-0034: 25 april t/m 2 mei 2027, 6 personen.\n\n"
        "Huursom: € 1.260,00\nToeristenbelasting: € 75,60\n\nOm de reservering vast te leggen vragen we een aanbetaling van 30% (€ 378,00),\n"
        "graag binnen 7 dagen op " + IB("NL") + " t.n.v. De Heuvelrug, o.v.v. 27-0034.\n"
        "Dit is geen factuur; de factuur voor het restant sturen we zes weken voor aankomst.\n\nHartelijke groet,\nGerda en Wim van Ommeren",
        "A deposit request confirming a booking; it says it is not an invoice and the invoice follows later.",
        note="Amount, a term, an IBAN and a number in the text, but explicitly 'Dit is geen factuur'.")


# ================================================================== not invoices: English (7)

def english_non():
    # e1 estimate as a PDF
    s = S("Greystone Roofing Ltd", ["12 Quarry Lane", "Bath BA2 4LT"], "office@greystoneroofing.co.uk", ["VAT No. GB 377 1202 55"], cc="GB")
    d = doc("en", s, ["Mr D. Okafor", "23 Widcombe Hill", "Bath BA2 6AA"],
            [("Strip and re-slate rear roof (natural slate)", 1, 685000, 20), ("Scaffolding, 3 weeks", 1, 120000, 20),
             ("New lead flashing to chimney", 1, 42000, 20)],
            [("Estimate No.", "EST-0912"), ("Date", "{issue}"), ("Valid for", "60 days")], "ESTIMATE",
            {"head": "L", "addr": ("win", 56), "meta": ("table", 340, 150, 80), "title_y": 262, "cols": ["desc", "amt"]},
            notes=["This is an estimate, not a VAT invoice. Prices held for 60 days.", "A 20% deposit is invoiced when you book a start date."],
            issue=D(2026, 11, 16), ms="en", cf="£{}", lab={"total": "Estimated total", "vatrow": "VAT {r}%"})
    non("sage", "en", s["email"], s["name"], ["dokafor@btinternet.com"], "David Okafor", "Your roofing estimate EST-0912", D(2026, 11, 16),
        "Dear Mr Okafor,\n\nThank you for having us round on Friday. Please find attached our estimate for the rear roof.\n\n"
        "Kind regards,\nSteve Marsh\nGreystone Roofing Ltd", "An estimate: a price offered for work not yet agreed.",
        doc=d, fname="Estimate_EST-0912.pdf", note="Totals, VAT and a number in a PDF titled ESTIMATE.")

    # e2 "your card will be charged"
    non("stripe", "en", "billing@plannerly.app", "Plannerly", ["ops@quaywaycoffee.ie"], None, "Your Plannerly subscription renews on December 9",
        D(2026, 12, 2),
        "Hi Quayway Coffee,\n\nThis is a reminder that your Plannerly Business plan (annual) renews on December 9, 2026.\n\n"
        "Amount: €588.00 (incl. VAT)\nPayment method: Visa ending 0934\n\nYour card will be charged automatically; you don't need to do anything.\n"
        "To change or cancel your plan, visit https://plannerly.app/settings/billing before the renewal date.\n\nThe Plannerly team",
        "A renewal notice: the card on file will be charged automatically; nothing to pay by transfer.", note="Amount and a date in the future.")

    # e3 receipt for a paid invoice
    non("xero", "en", "messaging-service@post.xero.com", "Ashdown Bookkeeping", ["tom@wrenandfinch.co.uk"], "Tom Wren",
        "Receipt for invoice INV-0388", D(2026, 11, 20),
        "Hi Tom,\n\nThank you for your payment of £720.00 towards invoice INV-0388.\n\nInvoice INV-0388 is now paid in full. "
        "A receipt is attached for your records.\n\nPayment date: 19 Nov 2026\nAmount paid: £720.00\nAmount outstanding: £0.00\n\n"
        "Thanks,\nAshdown Bookkeeping", "A payment receipt: the invoice is paid in full, nothing is outstanding.",
        extra_headers=["Reply-To: Ashdown Bookkeeping <accounts@ashdownbookkeeping.co.uk>"], note="'Amount outstanding: £0.00'.")

    # e4 delivery note
    non("typed-mail", "en", "dispatch@kilnandcloth.co.uk", "Kiln & Cloth", ["buying@thecornershop-hebden.co.uk"], "The Corner Shop",
        "Delivery note DN-2291 - your order PO-117", D(2026, 11, 13),
        "Hello,\n\nYour wholesale order left our studio today with DPD (tracking 15501234567890).\n\nDELIVERY NOTE DN-2291\n"
        "  24 x Stoneware mug, speckled\n  12 x Linen tea towel, sage\n   6 x Serving bowl, large\n\n"
        "Please check the goods on arrival. Your invoice (60 days terms) will follow from our accounts team at the end of the month.\n\n"
        "Best,\nMaya\nKiln & Cloth", "A delivery note listing goods sent; the invoice follows separately.", note="Quantities and a number, no prices.")

    # e5 credit-note announcement without the credit note
    non("typed-mail", "en", "accounts@brightlinesigns.ie", "Brightline Signs", ["finance@harbourgym.ie"], "Harbour Gym Finance",
        "Re: Invoice 5531 - credit to follow", D(2026, 11, 24),
        "Hi Aoife,\n\nApologies again about the faded lettering on the window. We'll issue a credit note of €185.00 against invoice 5531\n"
        "this week, and our accounts system will send it to you separately. No need to pay the €185.00 portion in the meantime.\n\n"
        "Regards,\nDeclan\nBrightline Signs", "Announces a credit note that is not attached.", note="Amount and invoice number, no document.")

    # e6 a payment-request link for a bill already agreed
    non("payment-link", "en", "no-reply@revolut.com", "Revolut Business", ["sam.whitfield@gmail.com"], "Sam Whitfield",
        "Harriet Cole requested £45.00", D(2026, 11, 28),
        "Harriet Cole (Cole Pilates) has requested £45.00 from you.\n\nNote: \"Mat class pack top-up\"\n\n"
        "Pay now: https://revolut.me/p/harcole/45gbp\n\nThis request expires in 7 days. Revolut never asks for your PIN.",
        "A payment-request link from a payment app; no invoice number, date or debtor details.", note="Amount and a payee name only.")

    # e7 a marketplace sale notice
    non("marketplace", "en", "transaction@etsy.com", "Etsy", ["shop@larkandlinen.co.uk"], "Lark and Linen",
        "You made a sale on Etsy! Order #3018844723", D(2026, 11, 22),
        "Congratulations, Lark and Linen!\n\nYou made a sale: Order #3018844723\nItem: Hand-printed linen napkins (set of 4) x 2\n"
        "Order total: £64.00\nBuyer: Priya N.\n\nShip by: 27 November 2026\n\nThe payment has been processed by Etsy Payments; "
        "funds will be deposited to your bank account.\n\nEtsy", "A marketplace sale notice to the seller; the buyer has already paid the platform.",
        note="Order number, amount, date.")


# ================================================================== not invoices: German (6)

def german_non():
    CUR_CC[0] = "DE"
    # g1 SEPA pre-notification
    non("typed-mail", "de", "abrechnung@coworking-schanze.de", "Coworking Schanze", ["moritz.keller@posteo.de"], "Moritz Keller",
        "Vorabankündigung SEPA-Lastschrift Dezember", D(2026, 11, 27),
        "Hallo Moritz,\n\nwir ziehen am 03.12.2026 den Beitrag für Deinen Fixdesk im Dezember per SEPA-Lastschrift ein:\n\n"
        "Betrag: 289,00 €\nMandatsreferenz: CWS-0412\nGläubiger-ID: DE98ZZZ09999999999\nKonto: " + IB("DE") + "\n\n"
        "Die Rechnung für Dezember findest Du wie immer im Mitgliederportal. Bitte sorge für ausreichende Deckung.\n\nViele Grüße\nDein Team der Coworking Schanze",
        "A direct-debit pre-notification; the amount is collected, and the invoice is in the portal.", note="Amount, a date, a mandate reference, the customer's own IBAN.")

    # g2 Stornobestätigung
    non("typed-mail", "de", "buchung@hotel-seeblick-plau.de", "Hotel Seeblick", ["a.hartung@hartung-consulting.de"], "Andreas Hartung",
        "Stornobestätigung Buchung 88213", D(2026, 11, 17),
        "Sehr geehrter Herr Hartung,\n\nhiermit bestätigen wir die kostenfreie Stornierung Ihrer Buchung 88213 (2 Doppelzimmer, 11.-13.12.2026).\n"
        "Der Reisepreis von 512,00 € wird Ihnen nicht berechnet; die Kreditkartengarantie wurde freigegeben.\n\nMit freundlichen Grüßen\nHotel Seeblick am Plauer See",
        "A cancellation confirmation: nothing will be charged.", note="A price and a booking number, cancelled free of charge.")

    # g3 a forwarded Grundsteuerbescheid
    non("forward", "de", "info@malerei-kruse.de", "Malerei Kruse", ["kanzlei@stb-hoffmann-partner.de"], "Kanzlei Hoffmann",
        "WG: Grundsteuerbescheid 2027 Werkstatt", D(2026, 11, 20),
        "Hallo Frau Hoffmann,\n\nanbei der Grundsteuerbescheid für die Werkstatt, der heute per Post kam (eingescannt, Auszug unten).\n"
        "Bitte prüfen Sie, ob der Betrag so stimmt.\n\nGruß\nRalf Kruse\n\n> Stadt Neumünster - Steuerabteilung\n> Grundsteuerbescheid für 2027, Aktenzeichen 30.112.448.9\n"
        "> Jahresbetrag: 1.184,00 €, fällig zu je 296,00 € am 15.02., 15.05., 15.08. und 15.11.2027\n> Bankverbindung der Stadtkasse: " + IB("DE") + "\n",
        "A tax assessment addressed to the business, forwarded to its tax adviser; the business is the one who owes.",
        note="Amounts, due dates and an IBAN of a municipality.")

    # g4 Rückerstattung
    non("shop", "de", "service@teeversand-ronnefeldt-hof.de", "Teehof Versand", ["s.yilmaz@outlook.de"], "Selin Yılmaz",
        "Ihre Rückerstattung zu Bestellung 20261144", D(2026, 11, 21),
        "Hallo Selin Yılmaz,\n\nIhre Rücksendung ist bei uns eingegangen. Wir haben Ihnen heute 47,80 € erstattet\n"
        "(Rechnung RE-20261144 vom 02.11.2026, 2 Artikel). Die Gutschrift erfolgt auf das ursprüngliche Zahlungsmittel (PayPal).\n\n"
        "Viele Grüße\nIhr Teehof-Team", "A refund confirmation; money goes back to the customer.", note="Invoice number, date and an amount of a refund.")

    # g5 newsletter with prices
    non("newsletter", "de", "newsletter@yogaraum-lindenau.de", "Yogaraum Lindenau", ["katrin.vogel@gmx.de"], None,
        "Neues Kursprogramm Januar bis März 2027", D(2026, 11, 29), None,
        "A newsletter with a price list; nobody is billed.",
        html=("<html><body><h1>Neues Kursprogramm 2027</h1><p>Liebe Yogis, ab Januar gibt es neue Kurse und eine neue Preisliste:</p>"
              "<table><tr><td>10er-Karte</td><td>135,00 €</td></tr><tr><td>Monatsabo</td><td>69,00 €</td></tr>"
              "<tr><td>Workshop Yin (3 Std.)</td><td>45,00 €</td></tr></table><p>Buchung ab 1. Dezember über die App.</p>"
              "<p><small>Yogaraum Lindenau · Merseburger Str. 90 · Leipzig · Abmelden</small></p></body></html>"),
        note="HTML newsletter with prices in a table.")

    # g6 Auftragsbestätigung as PDF
    s = S("Metallbau Schröder GmbH", ["Industriestraße 12", "49716 Meppen"], "auftrag@metallbau-schroeder.de", ["USt-IdNr. DE117722901"])
    d = doc("de", s, ["Gärtnerei Bunte GbR", "Moorweg 5", "49733 Haren"],
            [("Gewächshaus-Stahlunterbau verzinkt", 1, 1245000, 19), ("Montage vor Ort", 1, 218000, 19)],
            [("Auftragsnr.", "AB-26-0418"), ("Datum", "{issue}"), ("Liefertermin", "KW 5/2027")], "Auftragsbestätigung",
            {"head": "R", "addr": ("win", 56), "meta": ("table", 360, 150, 80), "title_y": 262, "cols": ["desc", "amt"]},
            notes=["Zahlungsbedingungen: 30 % Anzahlung nach Rechnungsstellung, Rest nach Montage innerhalb von 14 Tagen.",
                   "Die Rechnungen erhalten Sie gesondert."], issue=D(2026, 11, 10))
    non("lexoffice", "de", s["email"], s["name"], ["info@gaertnerei-bunte.de"], "Gärtnerei Bunte", "Auftragsbestätigung AB-26-0418",
        D(2026, 11, 10),
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Auftrag. Anbei unsere Auftragsbestätigung.\n\nMit freundlichen Grüßen\nMetallbau Schröder GmbH",
        "An order confirmation; invoices are sent separately.", doc=d, fname="AB-26-0418.pdf",
        note="Prices, VAT and payment conditions in a confirmation, not an invoice.")


# ================================================================== check and write

FAKE_PDF = ("Content-Type: application/pdf; name=\"x.pdf\"\nContent-Disposition: attachment; filename=\"x.pdf\"\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJSVFT0YK\n")


def record_text(r):
    import html as htmlmod
    eml = r["eml"].replace("@@PDF@@\n", FAKE_PDF)
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    defects = list(msg.defects)
    parts = []
    for part in msg.walk():
        defects += list(part.defects)
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    for k, v in msg.items():
        parts.append(str(v))
    text = "\n".join(parts)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", text)) + "\n" + text
    if r.get("pdf"):
        for pg in r["pdf"]["pages"]:
            text += "\n" + "\n".join(it["text"] for it in pg["items"])
    if r.get("ubl"):
        text += "\n" + r["ubl"]
    return text, defects, eml


def check(recs):
    errors = []
    spaced = re.compile(r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,3})?\b")
    for r in recs:
        rid = r["id"]
        text, defects, eml = record_text(r)
        if defects:
            errors.append((rid, "defects", defects))
        hdr_block = eml.split("\n\n", 1)[0]
        try:
            hdr_block.encode("ascii")
        except UnicodeEncodeError:
            errors.append((rid, "non-ascii header"))
        for cand in spaced.findall(text):
            c = cand.replace(" ", "")
            if c[:2] in ("NL", "DE", "BE", "GB", "IE", "AT", "CH", "NO") and not iban_ok(c):
                errors.append((rid, "bad iban-shaped string", cand))
        e = r["expected"]
        if e is None:
            continue
        sp = r["_sp"]
        flat = re.sub(r"\s+", " ", text)
        nospace = re.sub(r"\s+", "", text)
        if e["number"] not in text:
            errors.append((rid, "number", e["number"]))
        for key in ("amount_due_cents", "amount_total_cents"):
            s1 = mk.money(abs(e[key]), sp["ms"])
            if s1 not in text:
                errors.append((rid, key, s1))
        d = dt.date.fromisoformat(e["issue_date"])
        forms = [mk.date(d, st, e["language"]) for st in ("dmy-", "dmy.", "dmy/", "long", "us", "short-en", "iso")]
        forms.append(d.strftime("%m/%d/%Y"))
        if not any(f in text for f in forms):
            errors.append((rid, "issue date", e["issue_date"]))
        n = e["debtor_name"]
        if n not in flat:
            pieces = re.split(r" en | und | & ", n)
            if not all(p in flat for p in pieces):
                errors.append((rid, "debtor name", n))
        if e["iban"]:
            if not iban_ok(e["iban"]):
                errors.append((rid, "iban checksum", e["iban"]))
            if e["iban"] not in nospace:
                errors.append((rid, "iban missing", e["iban"]))
        if e["payment_reference"] and e["payment_reference"] not in nospace:
            errors.append((rid, "reference", e["payment_reference"]))
        if e["debtor_email"] != r["envelope"]["rcpt_to"][0]:
            errors.append((rid, "email"))
        if e["credit_note"] and (e["amount_due_cents"] >= 0 or e["due_date"] is not None):
            errors.append((rid, "credit sign"))
        if not e["credit_note"] and e["due_date"] and e["due_date"] < e["issue_date"]:
            errors.append((rid, "due before issue"))
        if r.get("ubl"):
            u = r["ubl"]
            for frag in ("<cbc:ID>%s</cbc:ID>" % e["number"], "<cbc:IssueDate>%s</cbc:IssueDate>" % e["issue_date"],
                         ">%.2f</cbc:PayableAmount>" % (abs(e["amount_due_cents"]) / 100.0), "<cbc:ID>%s</cbc:ID>" % e["iban"]):
                if frag not in u:
                    errors.append((rid, "ubl", frag))
            if e["payment_reference"] and "<cbc:PaymentID>%s</cbc:PaymentID>" % e["payment_reference"] not in u:
                errors.append((rid, "ubl paymentid"))
    return errors


def main():
    dutch()
    english()
    german()
    dutch_non()
    english_non()
    german_non()
    order = list(range(len(RECS)))
    rng.shuffle(order)
    recs = [RECS[i] for i in order]
    for k, r in enumerate(recs):
        r["id"] = "inv-hold10-%03d" % (k + 1)
    errs = check(recs)
    for e in errs:
        print("CHECK:", e)
    out = []
    for r in recs:
        r = dict(r)
        r.pop("_sp", None)
        out.append(r)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout10.jsonl")
    mk.write(path, out)
    print("wrote %d records (%d invoices), %d check errors" % (len(out), sum(1 for r in out if r["is_invoice"]), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
