"""heldout9: a ninth blind held-out set of invoice mails (50 invoices, 25 non-invoices).

Written without reading the reader's code or the other sets' generators and records (only
corpus/invoices/README.md, mailkit.py and the first two records of heldout4.jsonl, for the
format).  Seeded; run it to write ../heldout9.jsonl, then check() runs over what it wrote.

Every invoice is a spec (seller, debtor block as printed, lines, terms, layout knobs); the
amounts and dates are computed here and then printed.  The layout knobs are combined per
tool so that each record has its own arrangement of letterhead, debtor block, details,
line table, totals and footer."""
import base64
import datetime
import email
import email.policy
import email.utils
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261209
rng = random.Random(SEED)
D = datetime.date

# ---------------------------------------------------------------- helpers

BBAN = {"NL": None, "DE": None, "BE": None, "GB": None,
        "AT": lambda r: "".join(r.choice("0123456789") for _ in range(16)),
        "CH": lambda r: "".join(r.choice("0123456789") for _ in range(17)),
        "CZ": lambda r: "2010" + "".join(r.choice("0123456789") for _ in range(16)),
        "IE": lambda r: "AIBK" + "93" + "".join(r.choice("0123456789") for _ in range(12))}


def iban(country):
    if BBAN.get(country) is None:
        return mk.iban(rng, country)
    bban = BBAN[country](rng)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


def addr(name, a):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset="utf-8")


def plus(d, n):
    return d + datetime.timedelta(days=n)


def month_end(d):
    nx = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nx - datetime.timedelta(days=1)


rf = mk.rf


def bestruct(ten):
    """A Belgian structured communication +++ddd/dddd/ddddd+++ (10 digits + mod 97)."""
    k = int(ten) % 97 or 97
    d = ten + "%02d" % k
    return "+++%s/%s/%s+++" % (d[:3], d[3:7], d[7:])


def betk(fifteen):
    """A Dutch 16-digit betalingskenmerk: a weighted mod-11 check digit before 15 digits."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    tot = sum(int(ch) * w[i] for i, ch in enumerate(reversed(fifteen)))
    c = 11 - tot % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + fifteen


def creditor_id(cc, nat):
    """A SEPA creditor identifier: cc, check digits, business code ZZZ, national id."""
    digits = "".join(str(int(ch, 36)) for ch in nat + cc + "00")
    return "%s%02dZZZ%s" % (cc, 98 - int(digits) % 97, nat)


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


AT_MONTHS = ["Jänner"] + mk.MONTHS["de"][1:]


def fdate(d, style, lang):
    if style == "at-long":
        return "%d. %s %d" % (d.day, AT_MONTHS[d.month - 1], d.year)
    if style == "us-num":
        return d.strftime("%m/%d/%Y")
    if style == "long-nl-day":
        days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        return "%s %s" % (days[d.weekday()], mk.date(d, "long", "nl"))
    return mk.date(d, style, lang)


def fm(c, cur, style):
    """Money with its currency sign as the tool prints it."""
    if style == "nl":
        sym = {"EUR": "€ ", "GBP": "£ ", "USD": "$ "}.get(cur, cur + " ")
        return sym + mk.money(c, "nl")
    if style == "nl-dash":  # € 1.250,-
        s = mk.money(c, "nl")
        return "€ " + (s[:-3] + ",-" if s.endswith(",00") else s)
    if style == "en":
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}.get(cur)
        return (sym + mk.money(c, "en")) if sym else (mk.money(c, "en") + " " + cur)
    if style == "en-code":
        return mk.money(c, "en") + " " + cur
    if style == "de":
        return mk.money(c, "de") + " " + {"EUR": "€"}.get(cur, cur)
    if style == "de-eur":
        return mk.money(c, "de") + " EUR"
    if style == "ch":
        return "CHF " + mk.money(c, "ch")
    if style == "cz":
        return mk.money(c, "sp") + " Kč"
    if style == "bare-nl":
        return mk.money(c, "nl")
    if style == "bare-en":
        return mk.money(c, "en")
    raise ValueError(style)


L = {
    "nl": dict(inv="FACTUUR", cn="CREDITFACTUUR", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               cust="Klantnummer", desc="Omschrijving", qty="Aantal", unit="Eenheid", price="Prijs",
               disc="Korting", vat="Btw", amount="Bedrag", art="Art.nr.", sub="Subtotaal",
               vatof="Btw %s%% over %s", total="Totaal", due_amt="Te betalen", carried="Transport",
               page="Pagina %d van %d", to="Factuur aan", ref="Betalingskenmerk", date_col="Datum",
               hours="Uren", rate="Tarief"),
    "en": dict(inv="INVOICE", cn="CREDIT NOTE", no="Invoice number", date="Invoice date", due="Due date",
               cust="Customer no.", desc="Description", qty="Qty", unit="Unit", price="Unit price",
               disc="Disc.", vat="VAT", amount="Amount", art="Item", sub="Subtotal",
               vatof="VAT %s%% on %s", total="Total", due_amt="Amount due", carried="Carried forward",
               page="Page %d of %d", to="Bill to", ref="Payment reference", date_col="Date",
               hours="Hours", rate="Rate"),
    "de": dict(inv="RECHNUNG", cn="RECHNUNGSKORREKTUR", no="Rechnungsnummer", date="Rechnungsdatum",
               due="Fällig am", cust="Kundennummer", desc="Bezeichnung", qty="Menge", unit="Einheit",
               price="Einzelpreis", disc="Rabatt", vat="USt.", amount="Gesamt", art="Art.-Nr.",
               sub="Zwischensumme netto", vatof="zzgl. %s%% USt. auf %s", total="Gesamtbetrag",
               due_amt="Zahlbetrag", carried="Übertrag", page="Seite %d von %d", to="Rechnungsempfänger",
               ref="Verwendungszweck", date_col="Datum", hours="Std.", rate="Satz"),
}


def pct(r):
    s = ("%g" % r)
    return s


# ---------------------------------------------------------------- amounts

def rnd(x):
    """Half up, as invoicing tools round (not Python's half even)."""
    from decimal import Decimal, ROUND_HALF_UP
    return int(Decimal(repr(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compute(sp):
    """Net per line, VAT per rate, total, amount due; all in cents."""
    rows = []
    for ln in sp["lines"]:
        desc, qty, price, rate = ln[:4]
        disc = ln[4] if len(ln) > 4 else 0
        gross_net = rnd(qty * price)
        net = gross_net - rnd(gross_net * disc / 100)
        rows.append(dict(desc=desc, qty=qty, price=price, rate=rate, disc=disc, net=net,
                         extra=ln[5] if len(ln) > 5 else {}))
    by = {}
    for r in rows:
        by.setdefault(r["rate"], 0)
        by[r["rate"]] += r["net"]
    discount = 0
    if sp.get("discount_pct"):
        for k in by:
            d = rnd(by[k] * sp["discount_pct"] / 100)
            by[k] -= d
            discount += d
    net = sum(by.values())
    vats = [(k, by[k], rnd(by[k] * k / 100)) for k in sorted(by, reverse=True)]
    total = net + sum(v for _, _, v in vats)
    rounding = 0
    if sp.get("round5"):
        rounded = rnd(total / 5.0) * 5
        rounding = rounded - total
        total = rounded
    paid = sum(c for _, c in sp.get("paid", []))
    sign = -1 if sp.get("credit") else 1
    return dict(rows=rows, net=net + discount, discount=discount, net_after=net, vats=vats,
                total=total, rounding=rounding, paid=paid, due=total - paid, sign=sign)


# ---------------------------------------------------------------- PDF layout engine

def text_width(s, size):
    return len(s) * size * 0.5


def letterhead(p, sp, style):
    s = sp["seller"]
    if style == "left":
        p.text(56, 62, s["name"], 15, True)
        y = 76
        for a in s["addr"]:
            p.text(56, y, a, 8)
            y += 10
    elif style == "right":
        p.right(539, 62, s["name"], 15, True)
        y = 76
        for a in s["addr"]:
            p.right(539, y, a, 8)
            y += 10
    elif style == "center":
        p.text(297 - text_width(s["name"], 16) / 2, 60, s["name"], 16, True)
        line = " · ".join(s["addr"])
        p.text(297 - text_width(line, 8) / 2, 74, line, 8)
        p.rule(56, 82, 539, 82)
    elif style == "oneline":
        p.text(56, 50, s["name"], 10, True)
        p.text(56 + text_width(s["name"], 10) + 12, 50, " | ".join(s["addr"]), 7.5)
        p.rule(56, 56, 539, 56)
    elif style == "logo-right":  # a logo word on the right, address small on the left
        p.right(539, 66, s.get("logo", s["name"]).upper(), 20, True)
        p.text(56, 60, s["name"], 9, True)
        y = 71
        for a in s["addr"]:
            p.text(56, y, a, 8)
            y += 10


def debtor_block(p, sp, style, y0=150):
    lines = sp["block"]
    lab = sp.get("block_label")
    if style in ("window-left", "label-left"):
        x = 56
    elif style in ("window-right", "label-right"):
        x = 320
    elif style == "top-right":
        y = 60
        if lab:
            p.right(539, y, lab, 8, True)
            y += 12
        for ln in lines:
            p.right(539, y, ln, 9)
            y += 11
        return y
    else:
        raise ValueError(style)
    y = y0
    if style in ("window-left", "window-right") and sp.get("return_line"):
        p.text(x, y - 16, sp["return_line"], 6.5)
        p.rule(x, y - 13, x + 230, y - 13)
    if lab:
        p.text(x, y, lab, 8, True)
        y += 13
    for ln in lines:
        p.text(x, y, ln, 10)
        y += 13
    for ln in sp.get("block_after", []):
        p.text(x, y + 4, ln, 8)
        y += 11
    return y


def meta_items(sp, c):
    lab = L[sp["lang"]]
    out = [(sp.get("no_label", lab["no"]), sp["number"]),
           (sp.get("date_label", lab["date"]), fdate(sp["issue"], sp["dstyle"], sp["lang"]))]
    if sp.get("due_shown"):
        out.append((sp.get("due_label", lab["due"]), fdate(sp["due"], sp["dstyle"], sp["lang"])))
    out += sp.get("meta_extra", [])
    return out


def meta(p, sp, c, style, y0):
    items = meta_items(sp, c)
    if style == "list-right":
        y = y0
        for k, v in items:
            p.text(340, y, k, 9)
            p.right(539, y, v, 9, k == items[0][0])
            y += 13
        return y
    if style == "table-beside":  # a ruled box of labels and values beside the window
        y = y0
        p.rule(330, y - 11, 539, y - 11)
        for k, v in items:
            p.text(336, y, k, 8.5)
            p.text(440, y, v, 8.5, k == items[0][0])
            p.rule(330, y + 4, 539, y + 4)
            y += 15
        p.rule(330, y0 - 11, 330, y - 11)
        p.rule(434, y0 - 11, 434, y - 11)
        p.rule(539, y0 - 11, 539, y - 11)
        return y
    if style == "row":
        y = y0
        p.rule(56, y - 12, 539, y - 12)
        n = len(items)
        w = 483.0 / n
        for i, (k, v) in enumerate(items):
            p.text(56 + i * w, y, k, 7.5, True)
            p.text(56 + i * w, y + 13, v, 9)
        p.rule(56, y + 19, 539, y + 19)
        return y + 30
    if style == "under-title":
        y = y0
        for k, v in items:
            p.text(56, y, k + ":", 9)
            p.text(170, y, v, 9)
            y += 12
        return y
    if style == "inline":  # "Factuur 2026-041 · 12 november 2026"
        p.text(56, y0, "   ·   ".join("%s %s" % kv for kv in items), 8.5)
        return y0 + 14
    raise ValueError(style)


COLS = {
    "simple": [("desc", 56, "l"), ("qty", 360, "r"), ("price", 450, "r"), ("amount", 539, "r")],
    "vatcol": [("desc", 56, "l"), ("qty", 330, "r"), ("price", 400, "r"), ("vat", 450, "r"), ("amount", 539, "r")],
    "many": [("art", 56, "l"), ("desc", 100, "l"), ("qty", 300, "r"), ("unit", 306, "l"), ("price", 390, "r"),
             ("disc", 425, "r"), ("vat", 460, "r"), ("amount", 539, "r")],
    "hours": [("date_col", 56, "l"), ("desc", 120, "l"), ("hours", 380, "r"), ("rate", 450, "r"), ("amount", 539, "r")],
    "nums": [("pos", 56, "l"), ("desc", 80, "l"), ("qty", 340, "r"), ("unit", 346, "l"), ("price", 450, "r"),
             ("amount", 539, "r")],
}


def table(p, sp, c, cols, y0, rows=None, style="rules"):
    lab = L[sp["lang"]]
    mst = sp["mstyle_cell"]
    y = y0
    spec = COLS[cols]
    if style == "band":
        p.rule(56, y - 10, 539, y - 10)
        p.rule(56, y + 4, 539, y + 4)
    for key, x, al in spec:
        h = {"pos": "Pos.", "date_col": lab["date_col"]}.get(key, lab.get(key, key))
        h = sp.get("col_names", {}).get(key, h)
        (p.text if al == "l" else p.right)(x, y, h, 8, True)
    if style == "rules":
        p.rule(56, y + 4, 539, y + 4)
    y += 17
    rows = c["rows"] if rows is None else rows
    for i, r in enumerate(rows):
        for key, x, al in spec:
            e = r["extra"]
            if key == "desc":
                v = r["desc"]
            elif key == "qty" or key == "hours":
                v = ("%g" % r["qty"]).replace(".", "," if sp["lang"] != "en" else ".")
            elif key in ("price", "rate"):
                v = fm(r["price"], sp["cur"], mst)
            elif key == "amount":
                v = fm(r["net"] * c["sign"], sp["cur"], mst)
            elif key == "vat":
                v = pct(r["rate"]) + "%"
            elif key == "disc":
                v = (pct(r["disc"]) + "%") if r["disc"] else ""
            elif key == "pos":
                v = str(c["rows"].index(r) + 1)
            elif key == "unit":
                v = e.get("unit", {"nl": "st", "en": "pc", "de": "Stk."}[sp["lang"]])
            else:
                v = e.get(key, "")
            if v:
                (p.text if al == "l" else p.right)(x, y, v, 8.5)
        for sub in r["extra"].get("sub", []):
            y += 11
            p.text(spec[1][1] if spec[0][0] in ("art", "pos", "date_col") else 56, y, sub, 7.5)
        y += 14
    p.rule(56, y - 8, 539, y - 8)
    return y


def totals(p, sp, c, y, x_lab=360):
    lab = L[sp["lang"]]
    mst = sp["mstyle"]
    g = c["sign"]
    tl = sp.get("tot_labels", {})
    y += 6
    rows = []
    rows.append((tl.get("sub", lab["sub"]), fm(g * c["net"], sp["cur"], mst), False))
    if c["discount"]:
        rows.append((tl.get("disc", "%s %s%%" % (lab["disc"], pct(sp["discount_pct"]))),
                     fm(-g * c["discount"], sp["cur"], mst), False))
        rows.append((tl.get("net", {"nl": "Totaal excl. btw", "en": "Net", "de": "Netto nach Rabatt"}[sp["lang"]]),
                     fm(g * c["net_after"], sp["cur"], mst), False))
    for rate, base, v in c["vats"]:
        if "vatfmt" in tl:
            k = tl["vatfmt"] % pct(rate)
        else:
            k = lab["vatof"] % (pct(rate), fm(g * base, sp["cur"], mst))
        rows.append((k, fm(g * v, sp["cur"], mst), False))
    if c["rounding"]:
        rows.append((tl.get("round", "Rundungsdifferenz"), fm(g * c["rounding"], sp["cur"], mst), False))
    rows.append((tl.get("total", lab["total"]), fm(g * c["total"], sp["cur"], mst), not c["paid"]))
    for k, v in sp.get("paid", []):
        rows.append((k, fm(-v, sp["cur"], mst), False))
    if c["paid"]:
        rows.append((tl.get("due", lab["due_amt"]), fm(c["due"], sp["cur"], mst), True))
    need = max(len(k) * 9 * 0.52 + len(v) * 9 * 0.52 for k, v, _ in rows) + 14
    x_lab = min(x_lab, 539 - need)
    for k, v, b in rows:
        p.text(x_lab, y, k, 9, b)
        p.right(539, y, v, 9, b)
        if b:
            p.rule(x_lab, y - 11, 539, y - 11)
        y += 14
    return y


def footer(p, sp, style):
    s = sp["seller"]
    if style == "3col":
        p.rule(56, 770, 539, 770)
        cols = [[s["name"]] + s["addr"], s["ids"], s["bank"]]
        for i, col in enumerate(cols):
            yy = 782
            for ln in col:
                p.text(56 + i * 165, yy, ln, 7)
                yy += 9
    elif style == "line":
        line = "  ·  ".join(s["ids"] + s["bank"])
        p.rule(56, 790, 539, 790)
        p.text(56, 802, line, 6.5)
    elif style == "block":
        yy = 770
        for ln in s["ids"] + s["bank"]:
            p.text(56, yy, ln, 7.5)
            yy += 10
    elif style == "none":
        pass


def para(p, y, lines, size=9, x=56):
    for ln in lines:
        if ln:
            p.text(x, y, ln, size)
        y += size + 4
    return y


def build_pdf(sp, c):
    """The document, from the spec's layout knobs."""
    lay = sp["layout"]
    lab = L[sp["lang"]]
    pages = [mk.Page()]
    p = pages[0]
    letterhead(p, sp, lay.get("head", "left"))
    bstyle = lay.get("block", "window-left")
    y_top = lay.get("block_y", 150)
    if bstyle == "beside-sender":
        s = sp["seller"]
        p.text(56, 130, lay.get("from_label", "Van"), 8, True)
        yy = 143
        for ln in [s["name"]] + s["addr"] + s.get("ids_near", []):
            p.text(56, yy, ln, 9)
            yy += 11
        p.text(300, 130, sp.get("block_label") or lab["to"], 8, True)
        yb = 143
        for ln in sp["block"]:
            p.text(300, yb, ln, 9)
            yb += 11
        for ln in sp.get("block_after", []):
            p.text(300, yb + 3, ln, 8)
            yb += 10
        yb = max(yy, yb) + 10
    else:
        yb = debtor_block(p, sp, bstyle, y_top)
        if sp["seller"].get("ids_near") and lay.get("ids_under_block"):
            yy = yb + 6
            for ln in sp["seller"]["ids_near"]:
                p.text(56 if bstyle != "window-right" else 320, yy, ln, 7)
                yy += 9
            yb = yy
    mstyle = lay.get("meta", "list-right")
    title = sp.get("title", lab["cn"] if sp.get("credit") else lab["inv"])
    if mstyle in ("list-right", "table-beside"):
        ym = meta(p, sp, c, mstyle, y_top + lay.get("meta_dy", 0))
        y = max(ym, yb) + 24
        p.text(56, y, title + (" " + sp["number"] if lay.get("num_in_title") else ""), 15, True)
        y += 26
    else:
        y = max(yb, 200) + 24
        p.text(56, y, title + (" " + sp["number"] if lay.get("num_in_title") else ""), 15, True)
        y += 24
        y = meta(p, sp, c, mstyle, y + (12 if mstyle == "row" else 0)) + 10
    y = para(p, y, sp.get("intro", []))
    if sp.get("intro"):
        y += 8
    rows = c["rows"]
    split = lay.get("split")
    if split:
        y = table(p, sp, c, lay.get("cols", "simple"), y, rows[:split], lay.get("tstyle", "rules"))
        carried = sum(r["net"] for r in rows[:split]) * c["sign"]
        p.text(360, y, lab["carried"], 9, True)
        p.right(539, y, fm(carried, sp["cur"], sp["mstyle_cell"]), 9, True)
        p.right(539, 760, lab["page"] % (1, 2), 7)
        footer(p, sp, lay.get("foot", "3col"))
        p = mk.Page()
        pages.append(p)
        p.text(56, 60, sp["seller"]["name"], 9, True)
        p.right(539, 60, "%s %s · %s" % (title.capitalize() if sp["lang"] != "de" else title.capitalize(),
                                        sp["number"], fdate(sp["issue"], sp["dstyle"], sp["lang"])), 8)
        p.rule(56, 66, 539, 66)
        y = 96
        p.text(360, y, lab["carried"], 9)
        p.right(539, y, fm(carried, sp["cur"], sp["mstyle_cell"]), 9)
        y += 20
        y = table(p, sp, c, lay.get("cols", "simple"), y, rows[split:], lay.get("tstyle", "rules"))
    else:
        y = table(p, sp, c, lay.get("cols", "simple"), y, None, lay.get("tstyle", "rules"))
    y = totals(p, sp, c, y)
    y += 16
    fv = fmt_vars(sp, c)
    y = para(p, y, [ln.format(**fv) for ln in sp.get("outro", [])])
    if split:
        p.right(539, 760, lab["page"] % (2, 2), 7)
    footer(p, sp, lay.get("foot", "3col"))
    return pages


# ---------------------------------------------------------------- UBL

def ubl(sp, c):
    cur = sp["cur"]
    a = lambda x: "%.2f" % (x / 100.0)  # noqa: E731
    g = c["sign"]
    root = "CreditNote" if sp.get("credit") else "Invoice"
    lines = []
    for i, r in enumerate(c["rows"]):
        lines.append(
            "  <cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">%g</cbc:InvoicedQuantity>"
            "<cbc:LineExtensionAmount currencyID=\"%s\">%s</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s</cbc:Name>"
            "<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID>"
            "</cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID=\"%s\">%s"
            "</cbc:PriceAmount></cac:Price></cac:InvoiceLine>"
            % (i + 1, r["qty"], cur, a(r["net"]), r["desc"].replace("&", "&amp;"), r["rate"], cur, a(r["price"])))
    subs = "".join(
        "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"%s\">%s</cbc:TaxableAmount><cbc:TaxAmount currencyID=\"%s\">%s"
        "</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT"
        "</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>" % (cur, a(b), cur, a(v), k)
        for k, b, v in c["vats"])
    due = "  <cbc:DueDate>%s</cbc:DueDate>\n" % sp["due"].isoformat() if sp.get("due") and not sp.get("credit") else ""
    pid = "<cbc:PaymentID>%s</cbc:PaymentID>" % sp["reference"] if sp.get("reference") else ""
    x = """<?xml version="1.0" encoding="UTF-8"?>
<%s xmlns="urn:oasis:names:specification:ubl:schema:xsd:%s-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
%s  <cbc:%sTypeCode>%s</cbc:%sTypeCode>
  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName><cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>%s<cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>%s</cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="%s">%s</cbc:TaxInclusiveAmount><cbc:PrepaidAmount currencyID="%s">%s</cbc:PrepaidAmount><cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>
%s
</%s>
""" % (root, root, sp["number"], sp["issue"].isoformat(), due, root if root == "CreditNote" else "Invoice",
       "381" if sp.get("credit") else "380", root if root == "CreditNote" else "Invoice", cur,
       sp["seller"]["name"].replace("&", "&amp;"), sp["debtor_name"].replace("&", "&amp;"), sp["email"], pid,
       sp["iban"], cur, a(sum(v for _, _, v in c["vats"])), subs, cur, a(c["net_after"]), cur, a(c["net_after"]),
       cur, a(c["total"]), cur, a(c["paid"]), cur, a(c["due"]), "\n".join(lines), root)
    if g < 0:
        pass  # a UBL CreditNote carries positive amounts
    return x


def attach_ubl(eml, xml, fname):
    b = re.search(r'boundary="([^"]+)"', eml).group(1)
    part = ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (
                b, fname, fname,
                "\n".join(base64.b64encode(xml.encode()).decode()[i:i + 76]
                          for i in range(0, len(base64.b64encode(xml.encode())), 76))))
    end = "--%s--\n" % b
    assert eml.endswith(end)
    return eml[: -len(end)] + part + end


# ---------------------------------------------------------------- specs

def seller(name, addr, mail_, country, ids, bic=None, bank_label=None, logo=None, ids_near=None, iban_=None):
    i = iban_ or iban(country)
    if country == "NL" and bic:  # the BIC of the bank in the IBAN
        bic = {"ABNA": "ABNANL2A", "RABO": "RABONL2U", "INGB": "INGBNL2A", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A",
               "KNAB": "KNABNL2H", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21"}[i[4:8]]
    bl = bank_label or {"NL": "IBAN", "BE": "IBAN"}.get(country, "IBAN")
    bank = ["%s %s" % (bl, mk.iban_spaced(i))]
    if bic:
        bank.append("BIC %s" % bic)
    return dict(name=name, addr=addr, email=mail_, country=country, ids=ids, bank=bank, iban=i, logo=logo, bic=bic,
                ids_near=ids_near or [])


def S(**kw):
    sp = dict(kind="pdf", cur="EUR", business=True, credit=False, paid=[], lines=[], layout={},
              dstyle="dmy-", mstyle="nl", mstyle_cell=None, due_shown=False, reference=None, delay=0,
              meta_extra=[], outro=[], intro=[])
    sp.update(kw)
    if sp["mstyle_cell"] is None:
        sp["mstyle_cell"] = sp["mstyle"]
    sp["iban"] = sp["seller"]["iban"] if sp.get("iban", True) is not None else None
    t = sp.get("term")
    if sp.get("credit"):
        sp["due"] = None
    elif isinstance(t, int):
        sp["due"] = plus(sp["issue"], t)
    elif t == "receipt":
        sp["due"] = sp["issue"]
    elif t == "month-end":
        sp["due"] = month_end(sp["issue"])
    elif isinstance(t, datetime.date):
        sp["due"] = t
    else:
        raise ValueError(t)
    return sp


SPECS = []
N = SPECS.append

# ===== Dutch invoices (20)

s = seller("Groenrijk Hoveniers B.V.", ["Laan van Nieuw-Oost-Indië 31", "2593 BP Den Haag"], "facturen@groenrijkhoveniers.nl",
           "NL", ["KvK 71844025", "Btw NL858902331B01"], "RABONL2U", ids_near=["KvK 71844025 · btw NL858902331B01"])
N(S(lang="nl", tool="moneybird", seller=s, number="2026-0318", issue=D(2026, 11, 16), term=14,
    block_label="Factuur aan", block=["Coöperatie Zorgboerderij De Hoge Weide U.A.", "t.a.v. Marieke Jongbloed",
                                      "Hogeweg 4", "3774 JL Kootwijkerbroek"],
    block_after=["Btw-nummer klant: NL861230447B01"],
    debtor_name="Coöperatie Zorgboerderij De Hoge Weide U.A.", email="administratie@dehogeweide.nl",
    to_name="Marieke Jongbloed",
    lines=[("Snoeiwerk leilindes (12 st.)", 1, 64000, 21), ("Aanplant beukenhaag, 40 m", 40, 1895, 21),
           ("Plantmateriaal: Fagus sylvatica 125-150", 160, 385, 9), ("Afvoer groenafval", 2, 7500, 21)],
    layout=dict(head="logo-right", block="label-left", meta="list-right", cols="vatcol", foot="3col", ids_under_block=True),
    outro=["Wij verzoeken u het totaalbedrag binnen veertien dagen over te maken op {iban_s}", "onder vermelding van het factuurnummer."],
    seller_logo="groenrijk", note="Label 'Factuur aan' with a t.a.v. line and the customer's btw-nummer under the block; the seller's KvK/btw printed just under it; 9% and 21%; term in words."))
SPECS[-1]["seller"]["logo"] = "Groenrijk"

s = seller("Accountantskantoor Veldhuis & Ter Horst", ["Stationsplein 8", "7511 JD Enschede"], "debiteuren@veldhuis-terhorst.nl",
           "NL", ["KvK 08123457", "BTW-id NL001845292B45"], "INGBNL2A")
N(S(lang="nl", tool="exact-online", kind="pdf+ubl", seller=s, number="VF26004712", issue=D(2026, 11, 12), term=30,
    due_shown=True, block=["Crediteurenadministratie", "Stichting Kinderopvang 't Hummeltje", "Postbus 1140",
                           "7500 BC Enschede"],
    debtor_name="Stichting Kinderopvang 't Hummeltje", email="crediteuren@hummeltje-kinderopvang.nl",
    to_name="Crediteuren 't Hummeltje", reference=betk("500470000147120"),
    meta_extra=[("Debiteurnr.", "40215"), ("Uw referentie", "PO-2026-118")],
    lines=[("Samenstellen jaarrekening 2025", 1, 385000, 21), ("Loonadministratie okt. 2026 (38 medewerkers)", 38, 1450, 21),
           ("Aangifte omzetbelasting Q3", 1, 29500, 21)],
    layout=dict(head="right", block="window-left", meta="table-beside", cols="simple", foot="3col"),
    outro=["Betalingskenmerk: {ref_g4}", "Gelieve het bedrag vóór de vervaldatum over te maken op {iban_s}",
           "t.n.v. Accountantskantoor Veldhuis & Ter Horst, met vermelding van het betalingskenmerk."],
    note="Department line above the foundation's name in the window; a ruled table of details beside it (Debiteurnr., Uw referentie is not the payment reference); betalingskenmerk in groups; UBL."))

s = seller("Schilders- en Afwerkingsbedrijf P. Kramer", ["Ambachtsweg 17", "3771 MG Barneveld"], "p.kramer@kramerschilders.nl",
           "NL", ["KvK 30194826", "Btw-id NL002186744B57"], "RABONL2U")
N(S(lang="nl", tool="e-boekhouden", seller=s, number="F2026-141", issue=D(2026, 11, 20), term=14, business=False,
    block=["Dhr. R.J. van 't Hof", "Burgemeester Baron van Nagellstraat 52", "3771 LM Barneveld"],
    debtor_name="R.J. van 't Hof", email="rj.vanthof@kpnmail.nl", to_name="Ruud van 't Hof", delay=2,
    lines=[("Schilderwerk kozijnen voorzijde (arbeid)", 22, 4850, 9), ("Verf en materialen", 1, 31275, 21),
           ("Steigerhuur 1 week", 1, 18500, 21)],
    layout=dict(head="center", block="window-right", block_y=160, meta="row", cols="vatcol", foot="3col"),
    outro=["Betaling binnen veertien dagen na factuurdatum op rekening {iban_s}",
           "t.n.v. P. Kramer, o.v.v. het factuurnummer."],
    note="Private person with the particle van 't; window on the right; 9% on labour (renovation of a home) and 21% on materials; three-column footer with the bank."))

s = seller("Van Beek Technische Groothandel B.V.", ["Industrieweg 112", "5683 CB Best"], "debiteuren@vanbeek-tg.nl",
           "NL", ["KvK 17082291", "BTW NL805512744B01"], "ABNANL2A")
N(S(lang="nl", tool="snelstart", seller=s, number="202611583", issue=D(2026, 11, 18), term=30, due_shown=True,
    block=["Van der Meulen Installatietechniek V.O.F.", "Inkoopadministratie", "Kanaaldijk 9a", "5683 CX Best"],
    debtor_name="Van der Meulen Installatietechniek V.O.F.", email="inkoop@vdmeulen-installatie.nl",
    to_name="Inkoop Van der Meulen",
    meta_extra=[("Klantnummer", "10877"), ("Pakbon", "PB-58114")],
    lines=[("Kopersnelkoppeling 15 mm", 120, 342, 21, 12, {"art": "KS1515", "unit": "st"}),
           ("Kogelkraan 1/2\" messing", 24, 1190, 21, 12, {"art": "KK0012", "unit": "st"}),
           ("Isolatieschaal 22x13 mm", 60, 279, 21, 0, {"art": "IS2213", "unit": "m"}),
           ("Radiatorafsluiter thermostatisch", 10, 2450, 21, 8, {"art": "RT3040", "unit": "st"}),
           ("Montagekit vloerverwarming", 2, 18900, 21, 5, {"art": "MV0200", "unit": "set"})],
    layout=dict(head="left", block="window-left", meta="list-right", cols="many", foot="line"),
    outro=["Betalingsconditie: 30 dagen netto.", "Bankrekening {iban_s}"],
    note="A wholesaler's table with eight columns (art.nr., unit, discount % per line); department after the V.O.F.'s name."))

s = seller("Dakdekkersbedrijf Hofstede", ["Reigerstraat 3", "8251 DK Dronten"], "info@hofstededaken.nl", "NL",
           ["KvK 62014880", "Btw NL001934857B22"], "INGBNL2A")
N(S(lang="nl", tool="jortt", seller=s, number="2026-77", issue=D(2026, 11, 24), term=8, business=False, due_shown=True,
    block=["Fam. Öztürk-de Wit", "Ganzenbloemstraat 21", "8253 GE Dronten"],
    debtor_name="Fam. Öztürk-de Wit", email="ozturkdewit@ziggo.nl", to_name="Selin Öztürk",
    lines=[("Vervangen dakpannen achterzijde (arbeid)", 14, 5200, 21), ("Dakpannen Tuile du Nord, rood", 85, 310, 21),
           ("Hoogwerker halve dag", 1, 17500, 21)],
    layout=dict(head="oneline", block="top-right", meta="table-beside", meta_dy=40, cols="simple", foot="block"),
    outro=["Graag binnen 8 dagen betalen op {iban_s} t.n.v. Dakdekkersbedrijf Hofstede."],
    note="A family with a double surname at the top right; dates in a ruled box; the one-line letterhead carries the address only."))

s = seller("Praktijkinrichting Zorgmeubel B.V.", ["De Run 5420", "5504 DG Veldhoven"], "finance@zorgmeubel.nl", "NL",
           ["KvK 17223540", "Btw NL815603221B01"], "ABNANL2A")
N(S(lang="nl", tool="wefact", seller=s, number="F26-01937", issue=D(2026, 11, 10), term=21, due_shown=True,
    block=["Tandartspraktijk Dijkhuis & Nguyen", "T.a.v. mw. T.H. Nguyen", "Hoofdstraat 201", "3971 KL Driebergen-Rijsenburg"],
    block_after=["Debiteurnummer: DB-2291"],
    debtor_name="Tandartspraktijk Dijkhuis & Nguyen", email="praktijk@dijkhuisnguyen.nl", to_name="T.H. Nguyen",
    lines=[("Behandelstoel Sirona Intego (demo)", 1, 1240000, 21), ("Behandellamp LED", 1, 189500, 21),
           ("Instrumentenkast 120 cm", 2, 154000, 21), ("Sterilisatiewand op maat", 1, 412000, 21),
           ("Montage en aansluiten", 6, 8750, 21), ("Afvoer oude inventaris", 1, 35000, 21),
           ("Hygiëne-instructie team", 2, 9500, 21)],
    layout=dict(head="right", block="window-left", meta="list-right", cols="simple", split=4, foot="3col"),
    outro=["Wij verzoeken u het bedrag van {due_amt} vóór {due_d} te voldoen op {iban_s}", "o.v.v. F26-01937."],
    note="Two pages: page 1 ends on a 'Transport' line, totals on page 2; the debtor number under the block."))

s = seller("Bouwbedrijf Kuipers & Zn. B.V.", ["Nijverheidsweg 40", "3341 LJ Hendrik-Ido-Ambacht"], "facturatie@kuipersbouw.nl",
           "NL", ["KvK 24181590", "Btw NL003298114B01", "G-rekening NL"], "INGBNL2A")
N(S(lang="nl", tool="informer", seller=s, number="24-1107", issue=D(2026, 11, 13), term=30, due_shown=True,
    block=["Gebr. Smit Vastgoed C.V.", "p/a Smit Beheer B.V.", "Zwijndrechtseweg 12", "3311 AS Dordrecht"],
    debtor_name="Gebr. Smit Vastgoed C.V.", email="boekhouding@smitbeheer.nl", to_name="Boekhouding Smit Beheer",
    title="TERMIJNFACTUUR",
    meta_extra=[("Project", "Herbestemming pakhuis De Zeehond"), ("Termijn", "2 van 4")],
    intro=["Conform aanneemovereenkomst d.d. 2 juli 2026 (aanneemsom € 486.000,00 excl. btw) brengen wij u",
           "hierbij de tweede termijn in rekening: gereedkomen ruwbouw."],
    lines=[("Termijn 2: gereedkomen ruwbouw (25% van de aanneemsom)", 1, 12150000, 21)],
    layout=dict(head="left", block="window-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Betalingstermijn: 30 dagen.", "Gelieve {due_amt} over te maken op {iban_s} o.v.v. 24-1107."],
    note="A termijnfactuur is an invoice of its own (the instalment is its total); a C.V. billed p/a its managing B.V."))

s = seller("Hotelservice Noord B.V.", ["Westerhaven 10", "9718 AC Groningen"], "billing@hotelservicenoord.nl", "NL",
           ["KvK 02093377", "VAT NL856740018B01"], "RABONL2U")
N(S(lang="nl", tool="twinfield", kind="pdf+ubl", seller=s, number="HSN-2026-00483", issue=D(2026, 11, 19), term=14,
    due_shown=True, reference=rf("1202600483"),
    block=["Hotel De Gouden Leeuw N.V.", "Afdeling Inkoop", "Grote Markt 2", "9711 LV Groningen"],
    debtor_name="Hotel De Gouden Leeuw N.V.", email="inkoop@goudenleeuw-groningen.nl", to_name="Afd. Inkoop",
    meta_extra=[("Relatienummer", "20417")],
    lines=[("Linnenverhuur november (kamers 1-48)", 1, 628400, 21), ("Wasserij tafellinnen", 310, 185, 21),
           ("Schoonmaakmiddelen (kwartaallevering)", 1, 41260, 21), ("Koffie en thee, horecaverpakking", 1, 23480, 9)],
    layout=dict(head="logo-right", block="window-left", meta="row", cols="vatcol", foot="3col"),
    outro=["Betaal binnen 14 dagen met referentie {ref_g4}", "op {iban_s} (BIC {bic})."],
    note="Row of labels above values; an RF reference; N.V. with the department line after the name; UBL with PaymentID."))
SPECS[-1]["seller"]["logo"] = "HSN"

s = seller("Haarstudio Lotte", ["Kerkstraat 44", "3811 CV Amersfoort"], "lotte@haarstudiolotte.nl", "NL",
           ["KvK 81299014", "Btw-id NL004455120B12"], None)
N(S(lang="nl", tool="rompslomp", seller=s, number="HL-0046", issue=D(2026, 11, 26), term=30, due_shown=True,
    block=["Kapsalon Knipperlicht", "L. de Rijk", "Utrechtseweg 7", "3811 NA Amersfoort"],
    debtor_name="Kapsalon Knipperlicht", email="knipperlicht@outlook.com", to_name="Linda de Rijk",
    lines=[("Stoelhuur week 44 t/m 47", 4, 11500, 21), ("Verkoop producten (Olaplex, doorberekend)", 1, 8630, 21)],
    layout=dict(head="oneline", block="beside-sender", from_label="Van", meta="under-title", cols="simple", foot="line"),
    block_label="Klant",
    outro=["Te betalen binnen 30 dagen op {iban_s}."],
    note="A sole trader's trade name above the owner's name; the block under 'Klant' on the right."))

s = seller("Drukwerkbureau Papier & Pixel", ["Kalverstraat 201", "1012 XC Amsterdam"], "admin@papierenpixel.nl", "NL",
           ["KvK 68001455", "Btw NL857221405B01"], "INGBNL2A")
N(S(lang="nl", tool="tellow", seller=s, number="CR-2026-004", issue=D(2026, 11, 27), credit=True,
    block=["Drukkerij Van Dalen BV", "t.a.v. de heer M. van Dalen", "Postbus 3321", "1001 AH Amsterdam"],
    debtor_name="Drukkerij Van Dalen BV", email="mvandalen@drukkerijvandalen.nl", to_name="M. van Dalen",
    meta_extra=[("Betreft factuur", "2026-211 van 14-10-2026")],
    lines=[("Creditering misdruk folders A5 (oplage 5.000)", 1, 64500, 21), ("Creditering spoedtoeslag", 1, 9500, 21)],
    layout=dict(head="left", block="window-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Het creditbedrag wordt binnen 5 werkdagen teruggestort op uw rekening.",
           "Onze bankgegevens: {iban_s}"],
    note="Credit note for a misprint: negative amounts, the earlier invoice named in the details; a title in the t.a.v. line."))

s = seller("Studio Vormgevers Rijnmond", ["Van Nelleweg 1", "3044 BC Rotterdam"], "finance@studiovormgevers.nl", "NL",
           ["KvK 74512908", "Btw NL859911736B01"], "TRIONL2U")
N(S(lang="nl", tool="gripp", seller=s, number="2026-1462", issue=D(2026, 11, 30), term=30, due_shown=True,
    block=["Stichting Muziekschool Amersfoort", "afdeling Financiën", "Zonnehof 8", "3811 ND Amersfoort"],
    debtor_name="Stichting Muziekschool Amersfoort", email="financien@muziekschoolamersfoort.nl",
    to_name="Financiën Muziekschool", meta_extra=[("Project", "P-0931"), ("Klantnummer", "C-0387")],
    lines=[("Concept en huisstijl", 32, 9500, 21, 0, {"date_col": "okt."}), ("Webdesign (12 templates)", 46, 9500, 21, 0, {"date_col": "okt./nov."}),
           ("Front-end ontwikkeling", 58, 8750, 21, 0, {"date_col": "nov."}), ("Projectmanagement", 12, 8000, 21, 0, {"date_col": "nov."})],
    discount_pct=10, tot_labels={"disc": "Korting culturele instelling 10%"},
    paid=[("Reeds gefactureerd voorschot (2026-1198)", 605000)],
    layout=dict(head="left", block="window-right", meta="row", cols="hours", foot="3col"),
    outro=["Te betalen: {due_amt} uiterlijk {due_d} op {iban_s} o.v.v. 2026-1462."],
    note="Hours table; a 10% discount before VAT; an earlier advance invoice subtracted below the total."))

s = seller("Elektro Vanhoutte BV", ["Brugsesteenweg 188", "8500 Kortrijk"], "boekhouding@elektro-vanhoutte.be", "BE",
           ["Ondernemingsnr. BE 0712.445.903", "RPR Gent, afdeling Kortrijk"], "GEBABEBB")
N(S(lang="nl", tool="yuki", seller=s, number="2026/0877", issue=D(2026, 11, 17), term=30, dstyle="dmy/",
    reference=bestruct("0877202611"),
    block=["Vanhoutte & Zonen BV/SRL", "Zandvoordestraat 40", "8400 Oostende"],
    block_after=["Btw: BE 0458.127.336"], block_label="Klant",
    debtor_name="Vanhoutte & Zonen BV/SRL", email="aankoop@vanhoutte-zonen.be", to_name="Aankoop Vanhoutte & Zonen",
    lines=[("Elektrische keuring AREI nieuw magazijn", 1, 48000, 21), ("Plaatsing verlichting LED-armaturen", 36, 6400, 21),
           ("Kabel XVB 3G2,5", 220, 185, 21)],
    layout=dict(head="left", block="label-right", meta="list-right", meta_dy=70, cols="simple", foot="3col"),
    outro=["Gelieve te betalen binnen 30 dagen na factuurdatum", "met gestructureerde mededeling {ref}",
           "op rekening {iban_s}."],
    note="Flemish: a BV/SRL with a name like the seller's own; 'Klant' label on the right; the client's btw number under it; structured reference."))

s = seller("Vertaalbureau Maes", ["Meir 74 bus 3", "2000 Antwerpen"], "sofie@vertaalbureaumaes.be", "BE",
           ["BTW BE 0799.612.403"], "KREDBEBB")
N(S(lang="nl", tool="word-letterhead", seller=s, number="VM/26/061", issue=D(2026, 11, 23), term=15, business=False,
    block=["Mevrouw Annelies D'hondt", "Kasteeldreef 3", "9831 Sint-Martens-Latem"],
    debtor_name="Annelies D'hondt", email="annelies.dhondt@telenet.be", to_name="Annelies D'hondt", mstyle="nl-dash",
    dstyle="long",
    intro=["Betreft: beëdigde vertaling huwelijksakte en geboorteakten (Nederlands-Spaans)."],
    lines=[("Beëdigde vertaling, 3 akten", 3, 6500, 21), ("Legalisatie rechtbank (kosten derden)", 3, 2000, 21)],
    layout=dict(head="center", block="window-right", meta="under-title", cols="simple", foot="line"),
    outro=["Te betalen binnen de vijftien dagen op {iban_s}.", "Met vriendelijke groeten,", "Sofie Maes"],
    note="A Flemish Word letter with 'Mevrouw' before a d'-name (dropped) and amounts written € 195,-."))

s = seller("Ramdin Bookkeeping & Belastingadvies", ["Laan van Meerdervoort 540", "2563 BN Den Haag"],
           "anand@ramdinbelastingadvies.nl", "NL", ["KvK 90133251", "btw NL005112784B86"], None)
N(S(lang="nl", tool="google-docs", seller=s, number="2026-112", issue=D(2026, 11, 11), term=14, business=False,
    block=["Priya Ramdin-Mahabier", "Escamplaan 1180", "2547 EV Den Haag"], block_label="Klant:",
    debtor_name="Priya Ramdin-Mahabier", email="priya.mahabier@gmail.com", to_name="Priya",
    lines=[("Aangifte inkomstenbelasting 2025 (incl. box 3)", 1, 27500, 21), ("Aanvraag huurtoeslag 2027", 1, 4500, 21)],
    layout=dict(head="left", block="label-left", meta="list-right", cols="simple", foot="none"),
    outro=["Betalen binnen 14 dagen naar {iban_s}.", "KvK 90133251 · btw NL005112784B86"],
    note="A Google Docs invoice to a relative-named client with a double surname; no footer; To header only a first name."))

s = seller("Liv & Lens Fotografie", ["Nieuwe Gracht 19", "2011 NB Haarlem"], "hallo@livenlens.nl", "NL",
           ["KvK 85077123", "BTW NL004830277B39"], None)
N(S(lang="nl", tool="canva", seller=s, number="LL-2026-029", issue=D(2026, 11, 14), term=14, business=False, due_shown=True,
    block=["Sanne de Graaf & Youssef El Amrani", "Zijlweg 88", "2013 DJ Haarlem"], block_label="VOOR",
    debtor_name="Sanne de Graaf & Youssef El Amrani", email="sanne.degraaf@hotmail.com", to_name="Sanne & Youssef",
    lines=[("Bruidsreportage hele dag (10 uur)", 1, 189000, 21), ("Fotoalbum 30x30, 40 pagina's", 1, 42500, 21),
           ("Reiskosten Texel (veerboot + km)", 1, 13800, 21)],
    paid=[("Aanbetaling voldaan 3 mei", 50000)],
    layout=dict(head="logo-right", block="label-left", meta="list-right", cols="simple", foot="block", num_in_title=False),
    tot_labels={"due": "NOG TE BETALEN"},
    outro=["Fijn als het resterende bedrag vóór {due_d} binnen is op {iban_s}"],
    note="Canva: a couple named one by one with an ampersand; deposit already paid subtracted."))
SPECS[-1]["seller"]["logo"] = "Liv & Lens"

s = seller("Pianostemmer Jelle Wiersma", ["Oude Ebbingestraat 60", "9712 HL Groningen"], "jelle@wiersmapiano.nl", "NL",
           ["KvK 41011773", "btw NL001227418B05"], None)
N(S(lang="nl", tool="libreoffice-letter", seller=s, number="2026-38", issue=D(2026, 11, 25), term=30, business=False,
    block=["Familie Van den Broek", "p/a Zorgcentrum De Dilgt, kamer 214", "Dilgtweg 1", "9751 NG Haren"],
    debtor_name="Familie Van den Broek", email="w.vandenbroek@home.nl", to_name="Wim van den Broek",
    dstyle="long", intro=["Haren, stemming vleugel Bechstein in de recreatiezaal (op uw verzoek)."],
    lines=[("Stemmen en intoneren vleugel", 1, 14500, 21), ("Vervangen twee snaren", 2, 2250, 21), ("Voorrijkosten", 1, 2500, 21)],
    layout=dict(head="left", block="window-left", block_y=170, meta="under-title", cols="simple", foot="block"),
    outro=["Ik verzoek u vriendelijk het bedrag binnen dertig dagen over te maken op {iban_s}", "t.n.v. J. Wiersma.",
           "Met muzikale groet, Jelle Wiersma"],
    note="A family billed p/a a care home; the household word stays in the name; term in words."))

# body-text / body-html (nl)
s = seller("Bas Ouwehand Tuinonderhoud", ["Rietveldlaan 3", "3417 XM Montfoort"], "bas@ouwehandtuinen.nl", "NL",
           ["KvK 60922417", "btw-id NL001620334B44"], None)
N(S(lang="nl", tool="typed-mail", kind="body-text", seller=s, number="2026-095", issue=D(2026, 11, 21), term=14,
    business=False, block=["C.M. de Jong-Haverkamp"], debtor_name="C.M. de Jong-Haverkamp",
    email="cm.dejong-haverkamp@planet.nl", to_name="Carla de Jong",
    lines=[("Blad ruimen en afvoeren", 5.5, 4200, 21), ("Heg snoeien (beukenhaag achter)", 3, 4200, 21),
           ("Groenafval container", 1, 6500, 21)],
    note="Typed in the mail: hours as 5,5; 'binnen veertien dagen'; initials with a double surname.",
    body="""Beste mevrouw De Jong,

Hierbij de factuur voor het tuinwerk van afgelopen week.

Factuur 2026-095
Datum: {issue_d}
Aan: C.M. de Jong-Haverkamp, Heerenstraat 14, 3417 HC Montfoort

- Blad ruimen en afvoeren, 5,5 uur à € 42,00 = {l0}
- Heg snoeien (beukenhaag achter), 3 uur à € 42,00 = {l1}
- Groenafval container = {l2}

Subtotaal: {net}
Btw 21%: {vat0}
Totaal: {total_amt}

Wilt u het bedrag binnen veertien dagen overmaken op {iban_s} t.n.v. B. Ouwehand?

Groet,
Bas Ouwehand
Ouwehand Tuinonderhoud | KvK 60922417 | btw NL001620334B44
06-41882910"""))

s = seller("IJsselstroom ICT", ["Havenkade 2", "8011 BB Zwolle"], "robin@ijsselstroom-ict.nl", "NL",
           ["KvK 77301845", "BTW NL003998120B08"], None)
N(S(lang="nl", tool="typed-mail", kind="body-text", seller=s, number="ISI-26-052", issue=D(2026, 12, 1), term="month-end",
    block=["Bakkerij Het Wapen van Delft V.O.F."], debtor_name="Bakkerij Het Wapen van Delft V.O.F.",
    email="info@wapenvandelft-bakkerij.nl", to_name="Gert-Jan",
    lines=[("Nieuwe kassa-pc geïnstalleerd + data overgezet", 1, 24500, 21), ("Zebra bonprinter", 1, 31900, 21),
           ("Maandbeheer december", 1, 4500, 21)],
    note="A Dutch IT man typing a short bill to a V.O.F. addressed by first name; due 'voor het einde van de maand'.",
    body="""Hoi Gert-Jan,

Zoals besproken de rekening voor de kassa. Factuurnummer ISI-26-052, datum {issue_d}.

Debiteur: Bakkerij Het Wapen van Delft V.O.F., Voldersgracht 2, Delft

  Nieuwe kassa-pc geïnstalleerd + data overgezet   {l0}
  Zebra bonprinter                                  {l1}
  Maandbeheer december                              {l2}
                                                   --------
  excl. btw                                         {net}
  btw 21%                                           {vat0}
  totaal                                            {total_amt}

Graag voor het einde van de maand betalen op {iban_s} (IJsselstroom ICT).

Groeten,
Robin Kalkman
IJsselstroom ICT · KvK 77301845 · BTW NL003998120B08"""))

s = seller("Brandsma Catering & Events", ["Oosterkade 12", "8911 KG Leeuwarden"], "facturen@brandsmacatering.nl", "NL",
           ["KvK 01172934", "btw NL816627041B01"], "RABONL2U")
N(S(lang="nl", tool="html-mail", kind="body-html", seller=s, number="BCE-26-3310", issue=D(2026, 11, 28), term=10,
    due_shown=True, reference=betk("331020261128000"),
    block=["Notariskantoor Hiemstra & Visser N.V.", "t.a.v. mevr. drs. K. Hiemstra"],
    debtor_name="Notariskantoor Hiemstra & Visser N.V.", email="secretariaat@hiemstravisser-notarissen.nl",
    to_name="Secretariaat Hiemstra & Visser",
    lines=[("Lunchbuffet 'Friesland' (p.p.)", 42, 2450, 9), ("Drankenarrangement (p.p.)", 42, 850, 21),
           ("Bediening 2 personen x 4 uur", 8, 3800, 21)],
    note="HTML table mail from a caterer; a drs. contact under the N.V.; 9% and 21%; betalingskenmerk labelled.",
    html=True))

s = seller("Sportschool Fit4U", ["Marktplein 3", "5211 GS 's-Hertogenbosch"], "administratie@fit4u-denbosch.nl", "NL",
           ["KvK 56210338", "btw NL852300418B01"], "INGBNL2A")
N(S(lang="nl", tool="html-mail", kind="body-html", seller=s, number="F4U-112704", issue=D(2026, 12, 2), term=7,
    business=False, due_shown=True,
    block=["H. Demir"], debtor_name="H. Demir", email="hakan.demir93@hotmail.nl", to_name="Hakan Demir",
    meta_extra=[("Lidnummer", "4471")],
    lines=[("Personal training 10-rittenkaart", 1, 45000, 21), ("Fitnessabonnement december", 1, 3495, 21)],
    paid=[("Reeds betaald via pin (20-11)", 10000)],
    note="A gym's HTML invoice: a member number, a partial card payment subtracted; sole-member consumer.",
    html=True))

# ===== English invoices (15)

s = seller("Pennant Surveying Ltd", ["Unit 4, Canal Wharf", "Leeds LS11 5PS"], "accounts@pennantsurveying.co.uk", "GB",
           ["Company no. 09822314", "VAT GB 318 4420 96"], None)
N(S(lang="en", tool="xero", seller=s, number="INV-2231", issue=D(2026, 11, 12), term=30, cur="GBP", mstyle="en",
    dstyle="short-en", due_shown=True, platform="xero",
    block=["Hallworth & Pryce LLP", "Attn: Accounts Payable", "18 Park Row", "Leeds LS1 5JF"],
    debtor_name="Hallworth & Pryce LLP", email="ap@hallworthpryce.co.uk", to_name="Accounts Payable",
    meta_extra=[("Reference", "HP/Dilaps/Wellington St")],
    lines=[("Schedule of dilapidations, 22 Wellington St", 1, 185000, 20), ("Measured survey, 3 floors", 1, 96000, 20),
           ("Site visits (mileage)", 84, 45, 20)],
    paid=[("Less Amount Paid", 100000)],
    tot_labels={"sub": "Subtotal", "vatfmt": "TOTAL VAT %s%%", "total": "TOTAL GBP", "due": "AMOUNT DUE GBP"},
    layout=dict(head="right", block="window-left", meta="list-right", cols="vatcol", foot="3col"),
    outro=["Due Date: {due_d}", "Please pay by bank transfer to Pennant Surveying Ltd, {iban_s}", "(sort code {sort})."],
    note="Xero from the platform: 'Less Amount Paid' after the total; Attn line; the customer's Reference is not a payment reference."))

s = seller("Silverline Timber Co.", ["2200 Industrial Way", "Eugene, OR 97402"], "billing@silverlinetimber.com", "GB",
           ["EIN 93-2817764"], None)
N(S(lang="en", tool="quickbooks", seller=s, number="1187", issue=D(2026, 11, 18), term=30, cur="USD", mstyle="en",
    dstyle="us-num", due_shown=True, platform="quickbooks", iban=None,
    block=["Redwood Canyon Outfitters, Inc.", "Purchasing Dept.", "415 River Rd", "Bend, OR 97701"], block_label="BILL TO",
    debtor_name="Redwood Canyon Outfitters, Inc.", email="purchasing@redwoodcanyon.com", to_name="Dana Whitfield",
    meta_extra=[("TERMS", "Net 30")], no_label="INVOICE #", date_label="DATE", due_label="DUE DATE",
    lines=[("Cedar display shelving, custom", 6, 42500, 0), ("White oak counter top 12ft", 2, 118000, 0),
           ("Delivery & install", 1, 35000, 0)],
    tot_labels={"vatfmt": "SALES TAX %s%%", "total": "TOTAL", "sub": "SUBTOTAL"},
    layout=dict(head="left", block="label-left", meta="list-right", cols="simple", foot="none"),
    outro=["Pay by ACH: Umpqua Bank, routing 123006800, account 48120077193.", "Questions? billing@silverlinetimber.com"],
    note="QuickBooks in USD, Oregon (no sales tax), ACH only: iban null; MM/DD/YYYY; Net 30."))
SPECS[-1]["seller"]["bank"] = ["Umpqua Bank", "Routing 123006800"]
SPECS[-1]["iban"] = None

s = seller("Cairn Web Studio", ["14 Eyre Square", "Galway H91 F2X9", "Ireland"], "hello@cairnweb.ie", "IE",
           ["VAT IE 3471829LH"], "AIBKIE2D")
N(S(lang="en", tool="zoho", seller=s, number="INV-000214", issue=D(2026, 11, 20), term=15, mstyle="en",
    dstyle="short-en", due_shown=True, business=False, platform="zoho",
    block=["Niamh O'Connor", "Ballyloughane Rd 22", "Renmore, Galway"], block_label="Bill To",
    debtor_name="Niamh O'Connor", email="niamh.oconnor@gmail.com", to_name="Niamh O'Connor",
    lines=[("Personal portfolio website (Squarespace) set-up", 1, 95000, 23), ("Photo edit for gallery (60 images)", 60, 450, 23),
           ("Domain + email, 1 year", 1, 6900, 23)],
    paid=[("Payment Made", 40000)], tot_labels={"vatfmt": "VAT (%s%%)", "due": "Balance Due"},
    layout=dict(head="logo-right", block="label-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Terms: payment within 15 days.", "Bank: AIB, {iban_s}, BIC AIBKIE2D"],
    note="Zoho: Irish O'-name, a private person's portfolio site (consumer); 'Payment Made' subtracted."))
SPECS[-1]["seller"]["logo"] = "cairn"

s = seller("Wren & Ash Bookkeeping", ["3 Castle Street", "Totnes TQ9 5NU"], "wren@wrenandash.co.uk", "GB",
           ["Company no. 12904451"], None)
N(S(lang="en", tool="freshbooks", seller=s, number="0000093", issue=D(2026, 11, 26), term=30, cur="GBP", mstyle="en",
    dstyle="long", platform="freshbooks",
    block=["Greenleaf Futures CIC", "c/o The Exchange", "Fore Street", "Totnes TQ9 5RP"], block_label="Billed To",
    debtor_name="Greenleaf Futures CIC", email="treasurer@greenleaffutures.org.uk", to_name="Jo Treasurer",
    lines=[("Monthly bookkeeping (Nov)", 1, 28000, 0), ("Grant report for Lottery funding", 4.5, 3800, 0)],
    tot_labels={"vatfmt": "VAT %s%%"},
    layout=dict(head="left", block="label-right", block_y=140, meta="under-title", cols="hours", foot="block"),
    outro=["Payment is due within thirty days of the invoice date.", "Bank transfer: {iban_s} (Wren & Ash Bookkeeping)",
           "Not VAT registered."],
    note="FreshBooks: a community interest company c/o its office; a not-VAT-registered seller (0%); term in words."))

s = seller("Dale & Moor Dental Lab Limited", ["Moor Lane Business Park", "Lancaster LA1 3PQ"], "ledger@dalemoorlab.co.uk",
           "GB", ["Registered in England 07721046", "VAT Reg. GB 114 2937 58"], None)
N(S(lang="en", tool="sage", seller=s, number="SI-50882", issue=D(2026, 11, 13), term="month-end", cur="GBP",
    mstyle="en", dstyle="dmy/",
    block=["Harbour Lane Dental Practice Ltd", "The Practice Manager", "2 Harbour Lane", "Morecambe LA4 4DB"],
    block_after=["Account No: HLD001"],
    debtor_name="Harbour Lane Dental Practice Ltd", email="manager@harbourlanedental.co.uk", to_name="Practice Manager",
    lines=[("Zirconia crown", 4, 9500, 0), ("Implant abutment, custom", 2, 16500, 0), ("Night guard", 1, 7200, 0),
           ("Courier (collection Mon/Thu)", 8, 650, 20)],
    tot_labels={"vatfmt": "VAT %s%%"},
    layout=dict(head="left", block="window-left", meta="table-beside", cols="vatcol", foot="line"),
    outro=["Terms: payment by the end of the month of invoice.", "BACS to {iban_s}, quoting account HLD001."],
    note="Sage: a role line under the Ltd; dental work VAT-exempt with a 20% courier line; due at month's end."))

s = seller("Pine & Quill Editing", ["88 Harlow Ave", "Asheville, NC 28801"], "maggie@pineandquill.com", "GB", [], None)
N(S(lang="en", tool="wave", seller=s, number="0042", issue=D(2026, 11, 17), term="receipt", cur="USD", mstyle="en",
    dstyle="us", due_shown=False, business=False, platform="wave", iban=None,
    block=["Dr. Amara Okonkwo-Reyes", "1190 Sycamore Ct", "Durham, NC 27705"], block_label="Bill to",
    debtor_name="Dr. Amara Okonkwo-Reyes", email="amara.okonkwo.reyes@duke-alumni.org", to_name="Amara",
    meta_extra=[("Payment Due", "On receipt")], no_label="Invoice Number",
    lines=[("Developmental edit, memoir manuscript (92,000 words)", 92, 1400, 0), ("Style sheet", 1, 7500, 0)],
    tot_labels={"vatfmt": "Tax %s%%", "total": "Amount Due (USD)"},
    layout=dict(head="right", block="label-left", meta="list-right", cols="simple", foot="none"),
    outro=["Payable on receipt. Pay online with card or bank (ACH) via the link in the email."],
    note="Wave in USD, 'On receipt': due date = issue date; an academic title with a double-barrelled name; no IBAN."))
SPECS[-1]["seller"]["bank"] = []

s = seller("Noordzee Data Consultancy B.V.", ["Wilhelminakade 91", "3072 AP Rotterdam", "The Netherlands"],
           "invoices@noordzeedata.nl", "NL", ["CoC 80044712", "VAT NL861554012B01"], "BUNQNL2A")
N(S(lang="en", tool="invoice-ninja", seller=s, number="2026-0119", issue=D(2026, 11, 23), term=30, mstyle="en",
    dstyle="iso", due_shown=True,
    block=["Bright Pixel Pty Ltd", "Level 3, 41 George Street", "Brisbane QLD 4000", "Australia"], block_label="Client",
    block_after=["ABN 51 824 753 556"],
    debtor_name="Bright Pixel Pty Ltd", email="accounts@brightpixel.com.au", to_name="Liam Tran",
    lines=[("Data pipeline audit (fixed fee)", 1, 420000, 0), ("Dashboard migration", 18, 11000, 0)],
    tot_labels={"vatfmt": "VAT %s%% (export of services)"},
    layout=dict(head="logo-right", block="label-right", meta="list-right", meta_dy=-0, cols="simple", foot="3col"),
    outro=["Payment terms: 30 days. Please pay by SWIFT transfer to {iban_s}, BIC {bic}.",
           "VAT not applicable - services supplied outside the EU."],
    note="A Dutch B.V. invoicing an Australian Pty Ltd in English, ABN under the name; client block at the right next to the details."))
SPECS[-1]["seller"]["logo"] = "noordzee data"
# the debtor block at the right collides with list-right details: move details below
SPECS[-1]["layout"].update(meta="row")

s = seller("Tidewise Labs B.V.", ["Keizersgracht 520", "1017 EK Amsterdam"], "billing@tidewise.io", "NL",
           ["KvK 86110923", "VAT NL864012777B01"], None)
N(S(lang="en", tool="stripe", seller=s, number="A1B7C0D2-0006", issue=D(2026, 11, 29), term=14, mstyle="en",
    dstyle="us", due_shown=True, platform="stripe",
    block=["Nordlicht Analytics GmbH", "Speicherstadt, Am Sandtorkai 5", "20457 Hamburg", "Germany", "DE 318 774 520"],
    block_label="Bill to",
    debtor_name="Nordlicht Analytics GmbH", email="buchhaltung@nordlicht-analytics.de", to_name="Nordlicht Analytics",
    no_label="Invoice number", date_label="Date of issue", due_label="Date due",
    lines=[("Tidewise Growth plan (Dec 1 - Dec 31, 2026)", 1, 49000, 0), ("Extra seats x 7", 7, 2900, 0)],
    tot_labels={"vatfmt": "VAT (%s%% reverse charge)", "total": "Total", "due": "Amount due"},
    layout=dict(head="oneline", block="label-left", meta="list-right", cols="simple", foot="none"),
    outro=["{due_amt} due {due_d}", "Pay online: https://invoice.stripe.com/i/acct_1Nq0T/live_YWNjdF8x",
           "Or bank transfer: {iban_s} (Tidewise Labs B.V.)", "Reverse charge: VAT to be accounted for by the recipient."],
    note="Stripe-style invoice: number with a hex prefix, the client's VAT number as the last line of the block, reverse charge."))

s = seller("Rowan Blake Design", ["Studio 9, 41 Mill Lane", "Bristol BS3 4AX"], "rowan@rowanblake.design", "GB",
           ["UTR 48120 77653"], None)
N(S(lang="en", tool="bonsai", seller=s, number="RB-0077", issue=D(2026, 11, 16), term=30, cur="GBP", mstyle="en",
    dstyle="long",
    block=["McAllister & Doyle Ltd", "Marketing team - Fiona McAllister", "7 Queen Square", "Bristol BS1 4JQ"],
    block_label="To",
    debtor_name="McAllister & Doyle Ltd", email="fiona@mcallisterdoyle.co.uk", to_name="Fiona McAllister",
    lines=[("Brand refresh - discovery workshop", 1, 60000, 0), ("Logo and identity system", 1, 240000, 0),
           ("Brand guidelines PDF", 1, 80000, 0)],
    tot_labels={"vatfmt": "VAT %s%%"},
    layout=dict(head="left", block="top-right", meta="under-title", cols="simple", foot="block"),
    outro=["Payment due within thirty days.", "Bank: {iban_s}, sort code {sort}, acc {acc}",
           "Not VAT registered."],
    note="Bonsai: Mc- and ampersand company at the top right with a team-and-person line."))

s = seller("Kateřina Dvořáková Illustration", ["Korunní 810/104", "101 00 Praha 10", "Czech Republic"],
           "katerina@dvorakova-ilustrace.cz", "CZ", ["IČO 08812450", "DIČ CZ9156201234"], "FIOBCZPP")
N(S(lang="en", tool="pages", seller=s, number="2026-017", issue=D(2026, 11, 19), term=21, cur="CZK", mstyle="cz",
    dstyle="long",
    block=["Vltava Books s.r.o.", "Editorial dept. / Mr Tomáš Hrubý", "Vodičkova 36", "110 00 Praha 1"],
    debtor_name="Vltava Books s.r.o.", email="redakce@vltavabooks.cz", to_name="Tomáš Hrubý",
    lines=[("Cover illustration 'The River Year'", 1, 2800000, 0), ("Interior spot illustrations", 14, 180000, 0)],
    tot_labels={"vatfmt": "VAT %s%% (not VAT payer)"}, reference="2026017",
    layout=dict(head="left", block="window-right", meta="under-title", cols="simple", foot="3col"),
    outro=["Please pay within 21 days to {iban_s} (Fio banka).", "Variable symbol: 2026017"],
    note="Pages in CZK ('28 000,00 Kč'); a Czech s.r.o. with an editorial line; the labelled variable symbol is the payment reference."))

s = seller("Alder Ridge Consulting LLP", ["Bramley House", "22 Bridge Street", "Cambridge CB2 1UF"],
           "finance@alderridge.co.uk", "GB", ["LLP no. OC418812", "VAT GB 287 6611 04"], None)
N(S(lang="en", tool="harvest", seller=s, number="AR-1209", issue=D(2026, 11, 30), term=30, cur="GBP", mstyle="en",
    dstyle="dmy/", due_shown=True,
    block=["Accounts Payable", "Thornbury Housing Association Limited", "Castle House, 5 Mill Road", "Thornbury BS35 2AA"],
    debtor_name="Thornbury Housing Association Limited", email="payables@thornburyha.org.uk", to_name="Payables",
    meta_extra=[("PO number", "THA-PO-7720")],
    lines=[("Stock condition survey - block A", 1, 320000, 20), ("Stock condition survey - block B", 1, 320000, 20),
           ("Fire risk assessment review", 14, 9500, 20), ("Tenant liaison sessions", 6, 8500, 20),
           ("Report drafting", 22, 9500, 20), ("Board presentation", 1, 65000, 20), ("Travel", 1, 18640, 20),
           ("Printing, bound copies", 12, 1850, 20)],
    tot_labels={"vatfmt": "VAT %s%%"},
    layout=dict(head="right", block="window-left", meta="list-right", cols="simple", split=5, foot="line"),
    outro=["Payment terms: 30 days from the date of invoice.", "Bank details: Alder Ridge Consulting LLP, {iban_s}"],
    note="Two pages, totals on page 2; 'Accounts Payable' line before the Limited's name."))

s = seller("Lindqvist & Bos Advisory B.V.", ["Herengracht 300", "1016 CE Amsterdam"], "ar@lindqvistbos.com", "NL",
           ["CoC 69923018", "VAT NL857640119B01"], "ABNANL2A")
N(S(lang="en", tool="moneybird", kind="pdf+ubl", seller=s, number="LB-2026-0288", issue=D(2026, 11, 24), term=30,
    mstyle="en", dstyle="long", due_shown=True, reference=rf("0288202611"),
    block=["Kestrel Logistics PLC", "Group Finance - Shared Service Centre", "1 Wharf Road", "Manchester M17 1AB",
           "United Kingdom"],
    debtor_name="Kestrel Logistics PLC", email="ssc.invoices@kestrellogistics.co.uk", to_name="SSC Invoices",
    meta_extra=[("Your PO", "KL-4500119823")],
    lines=[("Advisory retainer November 2026", 1, 850000, 0), ("Transfer pricing memo", 1, 275000, 0)],
    tot_labels={"vatfmt": "VAT %s%% (reverse charge)"},
    layout=dict(head="logo-right", block="window-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Please pay {due_amt} by {due_d} to {iban_s}, quoting payment reference {ref_g4}."],
    note="An English Moneybird invoice to a PLC's shared service centre, with a UBL file carrying the RF reference."))
SPECS[-1]["seller"]["logo"] = "L&B"

s = seller("Paws & Strolls", ["12 Hazel Grove", "Harrogate HG1 4RD"], "tom@pawsandstrolls.co.uk", "GB", [], None)
N(S(lang="en", tool="typed-mail", kind="body-text", seller=s, number="PS-311", issue=D(2026, 11, 30), term=7, cur="GBP",
    mstyle="en", dstyle="dmy/", business=False, block=["Mr & Mrs Fitzgerald"], debtor_name="Mr & Mrs Fitzgerald",
    email="fitzgeraldfamily@btinternet.com", to_name="Clare Fitzgerald",
    lines=[("Dog walks (1 hr), 2-27 Nov", 19, 1500, 0), ("Weekend home visits", 4, 1200, 0)],
    note="A dog walker types the bill; couple known only by surname keep their titles; 7 days.",
    body="""Hi Clare,

Here's November's invoice for Bramble's walks.

INVOICE PS-311 ({issue_d})
To: Mr & Mrs Fitzgerald, 9 Duchy Road, Harrogate

Dog walks (1 hr), 2-27 Nov: 19 x £15.00 = {l0}
Weekend home visits: 4 x £12.00 = {l1}

TOTAL DUE: {total_amt}

Payment within 7 days please, to Paws & Strolls, {iban_s} (or sort code {sort}, acc {acc}).

Thanks so much, Bramble was a star as ever!
Tom"""))

s = seller("Marit Jansen Motion", ["Czaar Peterstraat 120", "1018 PR Amsterdam"], "marit@maritjansen.studio", "NL",
           ["KvK 82210990", "VAT NL004981237B21"], "X")
N(S(lang="en", tool="typed-mail", kind="body-text", seller=s, number="MJ-2026-24", issue=D(2026, 11, 27), term=14,
    cur="USD", mstyle="en", dstyle="long", block=["Lumen Studio LLC"], debtor_name="Lumen Studio LLC", email="ap@lumenstudio.co",
    to_name="Jess Park",
    lines=[("Animated explainer, 60 sec", 1, 480000, 0), ("Two revision rounds", 2, 35000, 0)],
    note="A Dutch animator in English to a US LLC in USD, paid to a Dutch IBAN; 'within 14 days'.",
    body="""Hey Jess,

Great working with you all on the explainer! Invoice below, PDF to follow for your records if you need it.

Invoice no.: MJ-2026-24
Date: {issue_d}
Billed to: Lumen Studio LLC, 550 Bryant St, San Francisco, CA 94107

Animated explainer, 60 sec ........ {l0}
Two revision rounds ............... {l1}
Total (USD, VAT reverse-charged / outside EU scope) .. {total_amt}

Please transfer within 14 days to Marit Jansen Motion, {iban_s}, BIC {bic}. Wise works fine too.

Cheers,
Marit
KvK 82210990 | VAT NL004981237B21"""))

s = seller("The Linen Loft", ["Unit 2, Ballymount Retail Park", "Dublin 24"], "orders@thelinenloft.ie", "IE",
           ["VAT IE 9843127W"], None)
N(S(lang="en", tool="shop-html", kind="body-html", seller=s, number="LL-10472", issue=D(2026, 11, 22), term=10,
    business=False, due_shown=True, mstyle="en", dstyle="long",
    block=["Siobhán Ní Bhriain"], debtor_name="Siobhán Ní Bhriain", email="siobhan.nibhriain@eircom.net",
    to_name="Siobhán Ní Bhriain", meta_extra=[("Order", "#10472")],
    lines=[("Stonewashed linen duvet cover, king", 1, 16900, 23), ("Pillowcases, pair", 2, 3900, 23),
           ("Delivery", 1, 695, 23)],
    note="A shop's 'pay by bank transfer' order invoice in HTML; Irish name with fadas; VAT 23% added on the subtotal; the order number beside the invoice number.",
    html=True))

# ===== German invoices (15)

s = seller("Metallbau Reinhardt GmbH", ["Gewerbering 14", "71229 Leonberg"], "rechnung@metallbau-reinhardt.de", "DE",
           ["Amtsgericht Stuttgart HRB 731244", "USt-IdNr. DE287114930", "Geschäftsführer: Uwe Reinhardt"], "SOLADES1LBG",
           ids_near=["USt-IdNr. DE287114930"])
N(S(lang="de", tool="lexoffice", seller=s, number="RE-2026-0611", issue=D(2026, 11, 16), term=14, mstyle="de",
    dstyle="dmy.", due_shown=False, return_line="Metallbau Reinhardt GmbH · Gewerbering 14 · 71229 Leonberg",
    block=["Müller & Söhne GmbH & Co. KG", "z. Hd. Frau Annette Koch", "Einkauf", "Hanns-Klemm-Str. 5", "71034 Böblingen"],
    debtor_name="Müller & Söhne GmbH & Co. KG", email="einkauf@mueller-soehne.de", to_name="Annette Koch",
    meta_extra=[("Kundennummer", "10412"), ("Lieferdatum", "06.11.2026")],
    lines=[("Treppengeländer Edelstahl, 14 lfm", 14, 28900, 19), ("Montage vor Ort", 16, 6800, 19),
           ("Fachbuch Geländerbau (Beigabe auf Wunsch)", 1, 4990, 7)],
    layout=dict(head="right", block="window-left", meta="list-right", cols="vatcol", foot="3col", ids_under_block=True),
    outro=["Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum ohne Abzug auf {iban_s}."],
    note="DIN-style window with return line; z. Hd. and a department under the GmbH & Co. KG; 19% and 7%; seller's USt-IdNr right under the window."))

s = seller("Holzbau Kessler GmbH", ["Sägewerkstraße 2", "79199 Kirchzarten"], "buchhaltung@holzbau-kessler.de", "DE",
           ["HRB 700412 Freiburg", "USt-IdNr. DE814229603"], "GENODE61DRS")
N(S(lang="de", tool="sevdesk", seller=s, number="AR-2026-0093", issue=D(2026, 11, 20), term=10, mstyle="de", dstyle="dmy.",
    due_shown=True, title="3. ABSCHLAGSRECHNUNG",
    block=["Wohnbau Schwarzwald GmbH", "Bauleitung Herr Dipl.-Ing. Frank Albiez", "Bertoldstraße 48", "79098 Freiburg im Breisgau"],
    debtor_name="Wohnbau Schwarzwald GmbH", email="rechnungseingang@wohnbau-schwarzwald.de", to_name="Frank Albiez",
    meta_extra=[("Bauvorhaben", "MFH Kappler Str. 11"), ("Auftrag vom", "12.05.2026")],
    intro=["Gemäß Zahlungsplan berechnen wir den 3. Abschlag (Dachstuhl gerichtet, 20 % der Auftragssumme netto 412.500,00 €)."],
    lines=[("3. Abschlag: Abbund und Richten Dachstuhl", 1, 8250000, 19)],
    layout=dict(head="left", block="window-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Zahlbar innerhalb von 10 Tagen ohne Abzug auf {iban_s}."],
    note="An Abschlagsrechnung is an invoice of its own: its total is the instalment; Dipl.-Ing. contact under the GmbH."))

s = seller("KFZ-Elektrik Brandl", ["Am Anger 7", "84028 Landshut"], "info@kfz-brandl.de", "DE",
           ["Steuernr. 132/245/70118", "USt-IdNr. DE301277458"], "BYLADEM1LAH")
N(S(lang="de", tool="billomat", seller=s, number="R-26-0457", issue=D(2026, 11, 25), term=14, mstyle="de", dstyle="long",
    due_shown=True, title="SCHLUSSRECHNUNG",
    block=["Autohaus Brenner OHG", "Frau Petra Brenner", "Münchener Str. 92", "84034 Landshut"],
    debtor_name="Autohaus Brenner OHG", email="p.brenner@autohaus-brenner.de", to_name="Petra Brenner",
    meta_extra=[("Projekt", "Ladeinfrastruktur Werkstatt"), ("Kunden-Nr.", "K-2088")],
    lines=[("Wallbox 22 kW inkl. Lastmanagement", 6, 148000, 19), ("Unterverteilung und Zuleitung", 1, 684000, 19),
           ("Tiefbau Kabelgraben 38 m", 38, 8500, 19), ("Inbetriebnahme und Abnahme", 1, 42000, 19)],
    paid=[("abzgl. 1. Abschlag R-26-0322 vom 02.09.2026", 714000), ("abzgl. 2. Abschlag R-26-0401 vom 14.10.2026", 595000)],
    tot_labels={"due": "Restbetrag"},
    layout=dict(head="logo-right", block="window-left", meta="list-right", cols="nums", foot="line"),
    outro=["Bitte überweisen Sie den Restbetrag innerhalb von 14 Tagen auf {iban_s}."],
    note="A Schlussrechnung less two Abschläge (gross); a person line under the OHG."))
SPECS[-1]["seller"]["logo"] = "BRANDL"

s = seller("Spielraum Möbelwerkstatt", ["Alte Weberei 3", "09112 Chemnitz"], "rechnung@spielraum-moebel.de", "DE",
           ["Inh. Jörg Lehmann", "USt-IdNr. DE329817440"], None)
N(S(lang="de", tool="fastbill", seller=s, number="2026-1088", issue=D(2026, 11, 18), term=10, mstyle="de-eur", dstyle="dmy.",
    block=["Kita Sonnenschein gGmbH", "Verwaltung", "Zschopauer Str. 140", "09126 Chemnitz"], block_label="Rechnung an",
    block_after=["Ihre Kundennummer: 30077"],
    debtor_name="Kita Sonnenschein gGmbH", email="verwaltung@kita-sonnenschein-chemnitz.de", to_name="Kita Verwaltung",
    lines=[("Garderobenbank Birke, 8 Haken", 4, 38900, 19), ("Kinderstuhl stapelbar", 24, 6450, 19),
           ("Lieferung und Aufbau", 1, 12000, 19)],
    discount_pct=5, tot_labels={"disc": "Rabatt Kita 5 %"},
    layout=dict(head="left", block="label-right", meta="row", cols="simple", foot="3col"),
    outro=["Zahlungsbedingungen: innerhalb von 10 Tagen ohne Abzug.", "Bankverbindung: {iban_s} (Sparkasse Chemnitz)"],
    note="gGmbH with a Verwaltung line and customer number; discount before VAT; 'innerhalb von 10 Tagen ohne Abzug'."))

s = seller("Steuerkanzlei Dr. Albers & Kollegen", ["Schlossstraße 30", "24103 Kiel"], "kanzlei@albers-steuer.de", "DE",
           ["USt-IdNr. DE266730121", "Steuerberaterkammer Schleswig-Holstein"], "NOLADE21KIE")
N(S(lang="de", tool="datev", seller=s, number="2026/01744", issue=D(2026, 11, 11), term=14, mstyle="de", dstyle="dmy.",
    business=False, title="Gebührenrechnung",
    block=["Herrn und Frau", "Klaus und Ingrid von Ahlefeldt", "Düsternbrooker Weg 64", "24105 Kiel"],
    debtor_name="Klaus und Ingrid von Ahlefeldt", email="k.v.ahlefeldt@t-online.de", to_name="Klaus v. Ahlefeldt",
    meta_extra=[("Mandanten-Nr.", "20519")],
    intro=["Gebührenrechnung nach der Steuerberatervergütungsverordnung (StBVV)"],
    lines=[("Einkommensteuererklärung 2025", 1, 68640, 19, 0, {"sub": ["§ 24 Abs. 1 Nr. 1 StBVV, Gegenstandswert 84.300 €, 4/10"]}),
           ("Anlage V (2 Objekte), § 27 StBVV", 2, 19800, 19), ("Post- und Telekommunikation, Nr. 7002 VV RVG", 1, 2000, 19)],
    layout=dict(head="center", block="window-left", meta="table-beside", cols="simple", foot="3col"),
    outro=["Der Rechnungsbetrag ist innerhalb von 14 Tagen zur Zahlung fällig.", "{iban_s} · Förde Sparkasse"],
    note="A DATEV Gebührenrechnung to a couple with 'Herrn und Frau' on its own line and the von-particle."))

s = seller("Tischlerei Wagenknecht", ["Hauptstraße 41", "72379 Hechingen"], "office@tischlerei-wagenknecht.de", "DE",
           ["USt-IdNr. DE198442317"], "SOLADES1BAL")
N(S(lang="de", tool="collmex", seller=s, number="1046", issue=D(2026, 11, 27), term=30, mstyle="de", dstyle="dmy.",
    due_shown=True,
    block=["Schreinerei Kübler e.K.", "Inh. Markus Kübler", "Kirchgasse 9", "72401 Haigerloch"], block_label="Kunde 100238",
    debtor_name="Schreinerei Kübler e.K.", email="kuebler@schreinerei-kuebler.de", to_name="Markus Kübler",
    lines=[("Lohnzuschnitt Eiche massiv 40 mm", 18.5, 6200, 19), ("Kantenanleimen", 64, 380, 19),
           ("CNC-Fräsen Frontplatten", 6, 9500, 19), ("Oberflächenbehandlung Öl", 22, 1450, 19),
           ("Plattenmaterial MDF 19 mm", 12, 4190, 19), ("Lieferung Haigerloch", 1, 6500, 19),
           ("Kleinteile, Beschläge Blum", 1, 18730, 19), ("Verpackungsmaterial", 1, 1500, 19)],
    layout=dict(head="left", block="label-left", meta="list-right", cols="nums", split=5, foot="line"),
    outro=["Zahlbar bis {due_d} ohne Abzug.", "Bankverbindung: Sparkasse Zollernalb, {iban_s}"],
    note="Collmex over two pages (Übertrag, totals on page 2); the customer number in the block's label; e.K. with an Inh. line."))

s = seller("EventTech Rhein-Main GmbH", ["Hanauer Landstr. 186", "60314 Frankfurt am Main"], "rechnung@eventtech-rm.de", "DE",
           ["HRB 109223 AG Frankfurt", "USt-IdNr. DE315002847"], "HELADEF1822")
N(S(lang="de", tool="orgamax", seller=s, number="RK-2026-019", issue=D(2026, 11, 24), credit=True, mstyle="de", dstyle="dmy.",
    title="RECHNUNGSKORREKTUR (GUTSCHRIFT)",
    block=["Hofmann Veranstaltungstechnik UG (haftungsbeschränkt)", "Lagerhaus 3", "Am Hafen 12", "63067 Offenbach am Main"],
    debtor_name="Hofmann Veranstaltungstechnik UG (haftungsbeschränkt)", email="buero@hofmann-vt.de",
    to_name="Jan Hofmann",
    meta_extra=[("zu Rechnung", "RE-2026-0788 vom 03.11.2026")],
    lines=[("Gutschrift: 2 Moving Heads defekt geliefert (Mietabzug)", 2, 18500, 19),
           ("Gutschrift Transportpauschale anteilig", 1, 6000, 19)],
    layout=dict(head="right", block="window-left", meta="list-right", cols="simple", foot="3col"),
    outro=["Den Betrag überweisen wir Ihnen auf Ihr bekanntes Konto.", "Unsere Bankverbindung: {iban_s}"],
    note="orgaMAX Rechnungskorrektur: negative amounts; a UG (haftungsbeschränkt) with a warehouse line under it."))

s = seller("Käserei-Bedarf Zaugg AG", ["Industriestrasse 22", "3052 Zollikofen"], "debitoren@zaugg-bedarf.ch", "CH",
           ["UID CHE-114.902.338 MWST"], "POFICHBE")
N(S(lang="de", tool="bexio", seller=s, number="RE-08841", issue=D(2026, 11, 19), term=30, cur="CHF", mstyle="ch",
    dstyle="dmy.", round5=True,
    block=["Fromagerie Blanc Sàrl", "Route de la Gruyère 14", "1637 Charmey"], block_label="Rechnungsadresse",
    debtor_name="Fromagerie Blanc Sàrl", email="compta@fromagerie-blanc.ch", to_name="Compta Fromagerie Blanc",
    meta_extra=[("Kunden-Nr.", "K-3301"), ("Ihr Kontakt", "Beat Zaugg")],
    lines=[("Käsetücher Baumwolle 80x80", 40, 690, 8.1), ("Labextrakt flüssig 1 l", 6, 3415, 2.6),
           ("Reinigungsmittel alkalisch 20 kg", 3, 8940, 8.1), ("Thermometer digital", 2, 4795, 8.1)],
    tot_labels={"vatfmt": "MWST %s%%", "round": "Rundung"}, col_names={"vat": "MWST"},
    layout=dict(head="logo-right", block="label-left", meta="list-right", cols="vatcol", foot="3col"),
    outro=["Zahlbar innert 30 Tagen netto.", "IBAN {iban_s}"],
    note="bexio in CHF to a Romandie Sàrl written in German; MWST 2.6% and 8.1%; 5-Rappen rounding line."))
SPECS[-1]["seller"]["logo"] = "zaugg"

s = seller("Gärtnerei Imhof", ["Dorfstrasse 61", "6212 St. Erhard"], "imhof.gaertnerei@bluewin.ch", "CH",
           ["UID CHE-276.448.190"], None)
N(S(lang="de", tool="banana", seller=s, number="2026-214", issue=D(2026, 11, 26), term=30, cur="CHF", mstyle="ch",
    dstyle="dmy.", business=False, round5=True,
    block=["Familie Studer-Käslin", "Chärnsmatt 7", "6210 Sursee"],
    debtor_name="Familie Studer-Käslin", email="studer.kaeslin@gmx.ch", to_name="Brigitte Studer",
    lines=[("Herbstschnitt Obstbäume", 7.5, 7800, 8.1), ("Rosen 'Gloria Dei'", 12, 1890, 2.6),
           ("Rindenmulch 3 m3", 3, 6400, 2.6), ("Entsorgung", 1, 4500, 8.1)],
    paid=[("Akontozahlung vom 02.10.2026", 30000)],
    tot_labels={"vatfmt": "MWST %s%%", "round": "Rundung", "due": "Zu bezahlen"}, col_names={"vat": "MWST"},
    layout=dict(head="left", block="window-right", meta="under-title", cols="vatcol", foot="block"),
    outro=["Zahlbar innert 30 Tagen.", "Konto: Raiffeisenbank Sursee, IBAN {iban_s}"],
    note="Banana: a family with a double name; two Swiss VAT rates, rounding; an Akontozahlung subtracted."))

s = seller("Lektorat Mag. Johanna Pichler", ["Mariahilfer Straße 88/12", "1070 Wien"], "office@lektorat-pichler.at", "AT",
           ["UID ATU71230568"], "BKAUATWW")
N(S(lang="de", tool="word-letter-at", seller=s, number="HN 2026/48", issue=D(2026, 11, 30), term=14, mstyle="de",
    dstyle="at-long", business=False, title="Honorarnote",
    block=["Frau", "Mag. Theresa Kößler-Huber", "Schönbrunner Straße 201/4", "1120 Wien"],
    debtor_name="Mag. Theresa Kößler-Huber", email="t.koessler-huber@aon.at", to_name="Theresa Kößler",
    intro=["Für das Lektorat Ihrer Dissertation (Einreichung am 15. Jänner 2027) erlaube ich mir zu verrechnen:"],
    lines=[("Lektorat Dissertation, 312 Normseiten", 312, 450, 20), ("Formatierung nach Zitierrichtlinie", 1, 18000, 20)],
    layout=dict(head="right", block="window-left", meta="under-title", cols="simple", foot="line"),
    outro=["Zahlbar binnen 14 Tagen ohne Abzug auf {iban_s}.", "Mit besten Grüßen, Johanna Pichler"],
    note="An Austrian Honorarnote ('Jänner' in the text, 'binnen 14 Tagen', UID); 'Frau' on its own line, Mag. kept as an academic title."))

s = seller("Kassenwart-Service Vereinsdruck", ["Am Sande 17", "21335 Lüneburg"], "service@vereinsdruck-lg.de", "DE",
           ["USt-IdNr. DE276118845"], "NOLADE21LBG")
N(S(lang="de", tool="sumup-invoices", seller=s, number="SI-2026-0127", issue=D(2026, 11, 14), term=21, mstyle="de",
    dstyle="dmy.", due_shown=True, reference="SI20260127",
    block=["Vorstand / Kasse", "Verein der Freunde des Museums Lüneburg e.V.", "Willy-Brandt-Str. 1", "21335 Lüneburg"],
    debtor_name="Verein der Freunde des Museums Lüneburg e.V.", email="kasse@museumsfreunde-lg.de",
    to_name="Kasse Museumsfreunde",
    lines=[("Mitgliederzeitschrift Heft 2/2026, 1.200 Ex.", 1200, 118, 7), ("Versand Infopost", 1150, 62, 19),
           ("Satz und Korrektur", 1, 29000, 19)],
    layout=dict(head="oneline", block="window-left", meta="list-right", cols="vatcol", foot="3col"),
    outro=["Verwendungszweck: SI20260127", "Bitte überweisen Sie bis {due_d} auf {iban_s}."],
    note="SumUp (ex-Debitoor) layout: the board line before the e.V.; 7% printed matter and 19% postage; Verwendungszweck."))

s = seller("Kaltenbach Automation GmbH", ["Robert-Bosch-Str. 9", "76646 Bruchsal"], "invoice@kaltenbach-automation.de", "DE",
           ["HRB 231880 Mannheim", "USt-IdNr. DE281550933"], "BWBKDE6S")
N(S(lang="de", tool="odoo", kind="pdf+ubl", seller=s, number="RE/2026/00912", issue=D(2026, 11, 23), term=30, mstyle="de",
    dstyle="dmy.", due_shown=True, reference="RE/2026/00912",
    block=["Kraftwerk Nord AG", "Kreditorenbuchhaltung", "Postfach 20 04 11", "20207 Hamburg"],
    block_after=["USt-IdNr.: DE114872209"],
    debtor_name="Kraftwerk Nord AG", email="rechnungseingang@kraftwerk-nord.de", to_name="Kreditoren KWN",
    meta_extra=[("Ihre Bestellung", "4500882190"), ("Leitweg-ID", "n/a")],
    lines=[("SPS-Programmierung Kesselsteuerung", 64, 11500, 19), ("Inbetriebnahme vor Ort (2 Techniker)", 24, 9800, 19),
           ("Reisekosten pauschal", 1, 86000, 19)],
    layout=dict(head="left", block="window-left", meta="list-right", cols="vatcol", foot="3col"),
    outro=["Bitte verwenden Sie die folgende Mitteilung für Ihre Zahlung: RE/2026/00912",
           "Zahlungsbedingungen: 30 Tage netto · {iban_s}"],
    note="Odoo with an XRechnung-like UBL; the AG's own USt-IdNr under the block; department line after the AG."))

s = seller("Hausmeisterservice Yıldız", ["Nordring 40", "90409 Nürnberg"], "info@hausmeister-yildiz.de", "DE",
           ["Steuernr. 241/273/50116"], None)
N(S(lang="de", tool="typed-mail", kind="body-text", seller=s, number="2026-071", issue=D(2026, 11, 28), term=10,
    mstyle="de", dstyle="dmy.", reference="Rechnung 2026-071 WEG Am Kirchberg",
    block=["WEG Am Kirchberg 4"], debtor_name="WEG Am Kirchberg 4", email="verwaltung@hv-lenz.de",
    business=None,  # a German WEG: null (README labelling choices; relabelled in session 28)
    to_name="Hausverwaltung Lenz",
    lines=[("Winterdienst-Bereitschaft November", 1, 9500, 19), ("Treppenhausreinigung 4x", 4, 4500, 19),
           ("Laub entfernen Innenhof", 2.5, 3800, 19)],
    note="Typed: a WEG c/o its property manager (the WEG is the debtor, the manager's mailbox the address); Verwendungszweck in words.",
    body="""Sehr geehrte Frau Lenz,

anbei meine Rechnung für November.

Rechnung Nr. 2026-071 vom {issue_d}
Rechnungsempfänger: WEG Am Kirchberg 4
c/o Hausverwaltung Lenz KG, Bucher Str. 12, 90419 Nürnberg

Winterdienst-Bereitschaft November        {l0}
Treppenhausreinigung 4x à 45,00 €         {l1}
Laub entfernen Innenhof 2,5 Std.          {l2}
Summe netto                               {net}
zzgl. 19 % MwSt.                          {vat0}
Gesamt                                    {total_amt}

Bitte überweisen Sie den Betrag innerhalb von 10 Tagen auf {iban_s}.
Verwendungszweck: Rechnung 2026-071 WEG Am Kirchberg

Mit freundlichen Grüßen
Emre Yıldız
Hausmeisterservice Yıldız, Nordring 40, 90409 Nürnberg
Steuernr. 241/273/50116"""))

s = seller("Musikunterricht Lea Amstutz", ["Bahnhofstrasse 5", "3600 Thun"], "lea.amstutz@bluewin.ch", "CH", [], None)
N(S(lang="de", tool="typed-mail", kind="body-text", seller=s, number="14/2026", issue=D(2026, 11, 30), term=30, cur="CHF",
    mstyle="ch", dstyle="dmy.", business=False,
    block=["Herr Brügger"], debtor_name="Herr Brügger", email="bruegger.family@hispeed.ch", to_name="M. Brügger",
    lines=[("Cellounterricht Jonas, 8 Lektionen à 45 Min.", 8, 6500, 0)],
    note="A Swiss music teacher bills a parent known only as 'Herr Brügger' (title kept); CHF; pupil named in the line.",
    body="""Grüezi Herr Brügger

Anbei die Rechnung fürs Herbstquartal.

Rechnung 14/2026, Thun, {issue_d}
An: Herr Brügger, Seestrasse 118, 3600 Thun

Cellounterricht Jonas, 8 Lektionen à 45 Min. à CHF 65.00
Total {total_amt}

Zahlbar innert 30 Tagen auf IBAN {iban_s} (Lea Amstutz).
Nicht MWST-pflichtig.

Freundliche Grüsse
Lea Amstutz"""))

s = seller("Teeladen Grünblatt", ["Kaiserstraße 61", "76133 Karlsruhe"], "shop@gruenblatt-tee.de", "DE",
           ["Inh. Sabine Fuchs e.K.", "HRA 705118 Mannheim", "USt-IdNr. DE330918275"], None)
N(S(lang="de", tool="shop-html", kind="body-html", seller=s, number="GB-2026-5530", issue=D(2026, 11, 21), term=10,
    business=False, due_shown=False, mstyle="de", dstyle="dmy.", reference="GB20265530",
    block=["Zoë Nakamura-Schulz"], debtor_name="Zoë Nakamura-Schulz", email="zoe.nakamura@posteo.de",
    to_name="Zoë Nakamura-Schulz", meta_extra=[("Bestellnummer", "100-5530")],
    lines=[("Sencha Fukamushi 250 g", 2, 1890, 7), ("Teekanne Tokoname", 1, 5900, 19), ("Versand DHL", 1, 495, 19)],
    note="A tea shop's 'Kauf auf Rechnung' in HTML to a consumer with a diaeresis and Japanese-German name; 7% and 19%.",
    html=True))


# ---------------------------------------------------------------- invoice mails

PLATFORM = {
    "xero": ("messaging-service@post.xero.com", "%s via Xero", "post.xero.com"),
    "quickbooks": ("quickbooks@notification.intuit.com", "%s via QuickBooks", "notification.intuit.com"),
    "zoho": ("message-service@sender.zohoinvoice.eu", "%s", "zohoinvoice.eu"),
    "freshbooks": ("mailer@freshbooks.com", "%s via FreshBooks", "freshbooks.com"),
    "wave": ("invoicing@waveapps.com", "%s (via Wave)", "waveapps.com"),
    "stripe": ("invoice+statements@stripe.com", "%s", "stripe.com"),
}


def fmt_vars(sp, c):
    m = lambda x: fm(x, sp["cur"], sp["mstyle"])  # noqa: E731
    v = dict(number=sp["number"], issue_d=fdate(sp["issue"], sp["dstyle"], sp["lang"]),
             due_d=fdate(sp["due"], sp["dstyle"], sp["lang"]) if sp["due"] else "",
             iban_s=mk.iban_spaced(sp["iban"]) if sp["iban"] else "", total_amt=m(c["sign"] * c["total"]),
             due_amt=m(c["sign"] * c["due"]), net=m(c["net_after"]), seller=sp["seller"]["name"],
             ref=sp["reference"] or "", ref_g4=g4(sp["reference"] or ""), bic=sp["seller"].get("bic") or "",
             sort="", acc="")
    if sp["iban"] and sp["iban"].startswith("GB"):
        b = sp["iban"]
        v["sort"] = "%s-%s-%s" % (b[8:10], b[10:12], b[12:14])
        v["acc"] = b[14:22]
    for i, r in enumerate(c["rows"]):
        v["l%d" % i] = m(r["net"])
    for i, (_, _, x) in enumerate(c["vats"]):
        v["vat%d" % i] = m(x)
    return v


def salute(sp):
    n = sp["to_name"]
    first = n.split()[0] if n else ""
    lang = sp["lang"]
    if not sp["business"] and lang == "nl":
        return rng.choice(["Beste %s," % first, "Goedendag,", "Beste %s," % n])
    if lang == "nl":
        return rng.choice(["Geachte heer/mevrouw,", "Beste relatie,", "Goedemiddag,", "Beste %s," % first])
    if lang == "en":
        return rng.choice(["Dear %s," % first, "Hi %s," % first, "Hello,", "Dear Sir or Madam,"])
    return rng.choice(["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo %s," % first])


COVER = {
    "nl": ["{sal}\n\nIn de bijlage vindt u factuur {number}. Heeft u vragen over deze factuur, neem dan gerust contact met ons op.\n\nMet vriendelijke groet,\n\n{seller}",
           "{sal}\n\nBijgaand ontvangt u onze factuur {number} d.d. {issue_d}.\nWij danken u voor de opdracht.\n\nMet vriendelijke groet,\nAdministratie {seller}",
           "{sal}\n\nHierbij stuur ik je de factuur voor de afgelopen werkzaamheden (zie pdf).\n\nGroetjes,\n{seller}",
           "{sal}\n\nU ontvangt hierbij de factuur met nummer {number}. Wij verzoeken u vriendelijk deze binnen de gestelde termijn te voldoen.\n\nDit bericht is automatisch verzonden; antwoorden op dit adres worden wel gelezen.\n\n{seller}"],
    "en": ["{sal}\n\nPlease find attached invoice {number}.\n\nKind regards,\n{seller}",
           "{sal}\n\nThanks again for the work this month. Your invoice is attached - let me know if anything looks off.\n\nBest,\n{seller}",
           "{sal}\n\nAttached is our invoice {number} dated {issue_d}. Any queries, just reply to this email.\n\nMany thanks,\nAccounts team\n{seller}"],
    "de": ["{sal}\n\nanbei erhalten Sie unsere Rechnung {number} als PDF.\n\nMit freundlichen Grüßen\n{seller}",
           "{sal}\n\nvielen Dank für Ihren Auftrag. Im Anhang finden Sie die Rechnung {number} vom {issue_d}.\n\nFreundliche Grüße\n\n{seller}\n\n--\nDiese E-Mail wurde aus unserer Buchhaltungssoftware versendet.",
           "{sal}\n\nim Anhang die Rechnung. Bei Fragen melden Sie sich gern.\n\nBeste Grüße\n{seller}"],
}

PLAT_BODY = {
    "xero": "Hi {first},\n\nHere's invoice {number} for {due_amt}.\n\nThe amount outstanding of {due_amt} is due on {due_d}.\n\nView your bill online: https://in.xero.com/Rk2Tq8vWz0\n\nFrom your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\nIf you have any questions, please let us know.\n\nThanks,\n{seller}",
    "quickbooks": "Dear {first},\n\nHere's your invoice! We appreciate your prompt payment.\n\nThanks for your business!\n{seller}\n\nInvoice {number} details are attached.",
    "zoho": "Dear {first},\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.\n\nINVOICE AMOUNT  {total_amt}\nInvoice No. {number}\n\nRegards,\n{seller}",
    "freshbooks": "{seller} sent you an invoice ({number}).\n\nView Invoice: https://my.freshbooks.com/#/link/invoice/k8h2v\n\nThe PDF is attached.\n\nPowered by FreshBooks",
    "wave": "Hi {first},\n\n{seller} has sent you an invoice for {total_amt}.\n\nView and pay invoice: https://next.waveapps.com/i/2c8e1a\n\nThanks,\nMaggie",
    "stripe": "{seller}\n\nInvoice {number}\n\n{due_amt} due {due_d}\n\nPay this invoice: https://invoice.stripe.com/i/acct_1Nq0T/live_YWNjdF8x\n\nQuestions? Contact {seller} at {email}.",
}

SUBJ = {
    "nl": ["Factuur {number}", "Factuur {number} van {seller}", "{seller} - factuur {number}", "Uw factuur {number}"],
    "en": ["Invoice {number}", "Invoice {number} from {seller}", "{seller}: invoice {number}"],
    "de": ["Rechnung {number}", "Ihre Rechnung {number}", "Rechnung {number} von {seller}"],
}


def html_invoice(sp, c, v):
    lang = sp["lang"]
    m = lambda x: fm(x, sp["cur"], sp["mstyle"])  # noqa: E731
    T = {"nl": ("Factuur", "Omschrijving", "Aantal", "Bedrag", "Subtotaal", "Btw", "Totaal", "Te betalen"),
         "en": ("Invoice", "Item", "Qty", "Amount", "Subtotal", "VAT", "Total", "Balance due"),
         "de": ("Rechnung", "Artikel", "Menge", "Betrag", "Zwischensumme", "MwSt.", "Gesamtsumme", "Offener Betrag")}[lang]
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" % (
        r["desc"], ("%g" % r["qty"]).replace(".", ","), m(r["net"])) for r in c["rows"])
    tot = "<tr><td colspan=\"2\">%s</td><td align=\"right\">%s</td></tr>" % (T[4], m(c["net_after"]))
    for rate, base, x in c["vats"]:
        tot += "<tr><td colspan=\"2\">%s %s%%</td><td align=\"right\">%s</td></tr>" % (T[5], pct(rate), m(x))
    tot += "<tr><td colspan=\"2\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (T[6], m(c["total"]))
    for k, x in sp["paid"]:
        tot += "<tr><td colspan=\"2\">%s</td><td align=\"right\">%s</td></tr>" % (k, m(-x))
    if sp["paid"]:
        tot += "<tr><td colspan=\"2\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (T[7], m(c["due"]))
    meta = [("%snummer" % T[0] if lang != "en" else "Invoice no.", sp["number"]),
            ({"nl": "Factuurdatum", "en": "Date", "de": "Rechnungsdatum"}[lang], v["issue_d"])]
    if sp["due_shown"]:
        meta.append(({"nl": "Vervaldatum", "en": "Due date", "de": "Fällig am"}[lang], v["due_d"]))
    meta += sp["meta_extra"]
    metah = "".join("<tr><td>%s</td><td><b>%s</b></td></tr>" % kv for kv in meta)
    block = "<br>".join(sp["block"])
    s = sp["seller"]
    if lang == "nl":
        intro = ("<p>Geachte relatie,</p><p>Hartelijk dank voor uw opdracht. Hieronder vindt u de factuur.</p>" if sp["business"]
                 else "<p>Hoi %s,</p><p>Hieronder vind je de factuur voor je aankoop aan de balie. Vragen? Loop gerust even binnen.</p>"
                 % sp["to_name"].split()[0])
        pay = "<p>Wij verzoeken u het bedrag van <b>%s</b> %s over te maken op <b>%s</b> t.n.v. %s%s.</p>" % (
            m(c["due"]), "uiterlijk " + v["due_d"] if sp["due_shown"] else "binnen %d dagen" % (sp["due"] - sp["issue"]).days,
            v["iban_s"], s["name"], (", o.v.v. betalingskenmerk <b>%s</b>" % " ".join(
                sp["reference"][i:i + 4] for i in range(0, len(sp["reference"]), 4))) if sp["reference"] else "")
        to = "Factuuradres"
    elif lang == "en":
        intro = "<p>Hi %s,</p><p>Thanks for your order! As you chose <b>pay by bank transfer</b>, here is your invoice.</p>" % sp["to_name"].split()[0]
        pay = "<p>Please transfer <b>%s</b> by %s to <b>%s</b> (%s), quoting your order number.</p>" % (
            m(c["due"]), v["due_d"], v["iban_s"], s["name"])
        to = "Billing address"
    else:
        intro = "<p>Liebe Kundin, lieber Kunde,</p><p>vielen Dank für Ihren Einkauf auf Rechnung. Ihre Ware ist heute an DHL übergeben worden.</p>"
        pay = ("<p>Bitte überweisen Sie den Rechnungsbetrag von <b>%s</b> innerhalb von %d Tagen ohne Abzug auf <b>%s</b>.<br>"
               "Verwendungszweck: <b>%s</b></p>" % (m(c["due"]), (sp["due"] - sp["issue"]).days, v["iban_s"], sp["reference"]))
        to = "Rechnungsadresse"
    foot = "<p style=\"font-size:11px;color:#777\">%s · %s<br>%s</p>" % (s["name"], " · ".join(s["addr"]), " · ".join(s["ids"]))
    return ("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif\">%s<h2>%s %s</h2>"
            "<table>%s</table><p><b>%s</b><br>%s</p><table width=\"600\" cellpadding=\"4\"><tr><th align=\"left\">%s</th>"
            "<th align=\"right\">%s</th><th align=\"right\">%s</th></tr>%s%s</table>%s%s</body></html>" % (
                intro, T[0], sp["number"], metah, to, block, T[1], T[2], T[3], rows, tot, pay, foot))


def invoice_record(i, sp):
    c = compute(sp)
    v = fmt_vars(sp, c)
    lang = sp["lang"]
    s = sp["seller"]
    delay = sp["delay"] or (rng.choice([0, 0, 0, 1, 2, 3]) if sp["kind"].startswith("pdf") else 0)
    send = plus(sp["issue"], delay)
    plat = sp.get("platform")
    v["first"] = sp["to_name"].split()[0]
    v["email"] = s["email"]
    if plat:
        env_from, disp, dom = PLATFORM[plat]
        from_addr, from_name = env_from, disp % s["name"]
        extra = ["Reply-To: %s" % addr(s["name"], s["email"])]
        body = PLAT_BODY[plat].format(**v)
    else:
        env_from = from_addr = s["email"]
        from_name = s["name"]
        dom = None
        extra = []
        v["sal"] = salute(sp)
        body = rng.choice(COVER[lang]).format(**v)
    subject = rng.choice(SUBJ[lang]).format(**v)
    if sp.get("credit"):
        subject = {"nl": "Creditfactuur {number}", "de": "Rechnungskorrektur {number} zu RE-2026-0788"}[lang].format(**v)
    to = addr(sp["to_name"], sp["email"])
    pages = fname = None
    html = None
    if sp["kind"] == "body-text":
        body = sp["body"].format(**v)
    elif sp["kind"] == "body-html":
        html = html_invoice(sp, c, v)
        body = re.sub(r"<[^>]+>", " ", html.replace("<br>", "\n").replace("</tr>", "\n").replace("</p>", "\n\n"))
        body = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in body.split("\n"))
        body = re.sub(r"\n{3,}", "\n\n", body).strip()
    else:
        pages = build_pdf(sp, c)
        fname = {"nl": "Factuur_%s.pdf", "en": "Invoice_%s.pdf", "de": "Rechnung_%s.pdf"}[lang] % re.sub(r"[^A-Za-z0-9-]", "_", sp["number"])
        if sp.get("credit"):
            fname = {"nl": "Creditfactuur_%s.pdf", "de": "Rechnungskorrektur_%s.pdf"}[lang] % sp["number"]
        if plat == "stripe":
            fname = "Invoice-%s.pdf" % sp["number"]
    eml = mk.mail(rng, from_addr, enc(from_name) if not plat else enc(from_name), to, enc(subject), send,
                  body_text=body, body_html=html, pdf=pages is not None, extra_headers=extra,
                  msgid_domain=dom)
    ubl_xml = None
    if sp["kind"] == "pdf+ubl":
        ubl_xml = ubl(sp, c)
        eml = attach_ubl(eml, ubl_xml, re.sub(r"[^A-Za-z0-9-]", "_", sp["number"]) + ".xml")
    exp = mk.expected(sp["number"], c["sign"] * c["due"], c["sign"] * c["total"], sp["issue"], sp["due"],
                      sp["debtor_name"], sp["email"], sp["iban"], sp["business"], lang, sp["reference"], sp["cur"],
                      sp["credit"])
    rec = mk.record("inv-hold9-%03d" % i, sp["tool"], lang, sp["kind"], {"mail_from": env_from, "rcpt_to": [sp["email"]]},
                    eml, pages, fname, exp, None, sp["note"])
    if ubl_xml:
        rec["ubl"] = ubl_xml
    rec["_c"] = c
    rec["_sp"] = sp
    return rec


# ---------------------------------------------------------------- non-invoices

def doc(s, block, title, meta_, rows, tots, outro, head="left", money_col=True):
    p = mk.Page()
    letterhead(p, {"seller": s}, head)
    y = 150
    for ln in block:
        p.text(56, y, ln, 10)
        y += 13
    ym = 150
    for k, v in meta_:
        p.text(340, ym, k, 9)
        p.right(539, ym, v, 9)
        ym += 13
    y = max(y, ym) + 24
    p.text(56, y, title, 15, True)
    y += 28
    for r in rows:
        p.text(56, y, r[0], 9, r is rows[0])
        if len(r) > 1:
            p.right(539, y, r[1], 9, r is rows[0])
        if len(r) > 2:
            p.right(420, y, r[2], 9, r is rows[0])
        y += 14
    p.rule(56, y - 8, 539, y - 8)
    y += 6
    for k, v in tots:
        p.text(360, y, k, 9)
        p.right(539, y, v, 9)
        y += 14
    y += 14
    para(p, y, outro)
    p.rule(56, 790, 539, 790)
    p.text(56, 802, "  ·  ".join(s["ids"] + s["bank"]), 6.5)
    return [p]


NON = []


def nonrec(lang, tool, sender, sender_name, to_name, to_addr, subject, body, why, note, date_, pages=None, fname=None,
           html=None, env_from=None, extra=()):
    body = body.replace("{IBAN_DE}", mk.iban_spaced(iban("DE"))).replace("{IBAN_NL}", mk.iban_spaced(iban("NL")))
    body = body.replace("{CID}", creditor_id("NL", "401237150000"))
    NON.append(dict(lang=lang, tool=tool, sender=sender, sender_name=sender_name, to=addr(to_name, to_addr), rcpt=to_addr,
                    subject=subject, body=body, why=why, note=note, date=date_, pages=pages, fname=fname, html=html,
                    env_from=env_from or sender, extra=list(extra)))


def build_nons():
    # --- nl (10)
    s = seller("Keukenatelier Vos & Dekker", ["Zuiderhavenweg 6", "1771 PK Wieringerwerf"], "offertes@vosdekker-keukens.nl",
               "NL", ["KvK 37102846", "btw NL001834006B47"], "RABONL2U")
    nonrec("nl", "snelstart", s["email"], s["name"], "Ilse Groeneveld", "ilse.groeneveld@quicknet.nl",
           "Offerte OF-2026-0187 keukenrenovatie",
           "Beste mevrouw Groeneveld,\n\nZoals beloofd na ons bezoek van dinsdag: in de bijlage onze offerte voor de renovatie van uw keuken. "
           "De offerte is 30 dagen geldig. Als u akkoord bent, kunt u de offerte getekend retour sturen; daarna ontvangt u een aanbetalingsfactuur van 30%.\n\n"
           "Met vriendelijke groet,\nMarco Dekker",
           "A quote to be signed for approval; the deposit invoice would follow only after acceptance.",
           "Offerte with totals, btw and 'akkoord voor opdracht' signature line.", D(2026, 11, 17),
           doc(s, ["Mevr. I. Groeneveld", "Dijkweg 40", "1777 AE Hippolytushoef"], "OFFERTE",
               [("Offertenummer", "OF-2026-0187"), ("Datum", "17-11-2026"), ("Geldig tot", "17-12-2026")],
               [("Omschrijving", "Bedrag"), ("Keukenblok eiken fineer, 3,60 m", "€ 8.940,00"), ("Composiet werkblad", "€ 2.180,00"),
                ("Inbouwapparatuur (Bosch)", "€ 3.655,00"), ("Montage en aansluiten", "€ 1.450,00")],
               [("Totaal excl. btw", "€ 16.225,00"), ("Btw 21%", "€ 3.407,25"), ("Totaal incl. btw", "€ 19.632,25")],
               ["Voor akkoord: ______________________  Datum: __________",
                "Betalingsvoorwaarden na opdracht: 30% aanbetaling, 70% na oplevering binnen 14 dagen."]),
           "Offerte_OF-2026-0187.pdf")
    nonrec("nl", "restaurant-mail", "reserveringen@dewaagdeventer.nl", "Restaurant De Waag", "Femke Hulshof",
           "f.hulshof@adviesgroep-salland.nl", "Bevestiging groepsreservering vrijdag 11 december",
           "Beste Femke,\n\nBedankt voor je reservering! Hierbij bevestigen we:\n\n"
           "Datum: vrijdag 11 december 2026, 18.30 uur\nAantal personen: 26\nArrangement: Kerstdiner 4 gangen à € 54,50 p.p.\n"
           "Drankarrangement: € 22,00 p.p.\nGeschatte totaalprijs: € 1.989,00 incl. btw\n\n"
           "Na afloop ontvang je de factuur op naam van Adviesgroep Salland B.V. Wijzigingen in het aantal personen graag uiterlijk 4 december doorgeven.\n\n"
           "Tot dan!\nTeam De Waag\nBrink 48, Deventer",
           "A booking confirmation with an estimated price; the invoice follows after the event.",
           "Group dinner booking with per-person prices and an estimated total for a B.V.", D(2026, 11, 20))
    nonrec("nl", "ideal-confirmation", "no-reply@verhuur-dekorenbloem.nl", "Verhuurbedrijf De Korenbloem", "Pieter Westra",
           "pieter.westra@xs4all.nl", "Betaling ontvangen - factuur 2026-4410",
           "Beste Pieter Westra,\n\nWe hebben uw iDEAL-betaling van € 347,60 voor factuur 2026-4410 in goede orde ontvangen op 24 november 2026.\n\n"
           "Openstaand saldo: € 0,00\n\nBedankt! De partytent wordt zaterdag om 9.00 uur bezorgd.\n\nVerhuurbedrijf De Korenbloem\nIBAN {IBAN_NL}",
           "A payment confirmation: the invoice is already paid.", "Names an invoice number, an amount and an IBAN, balance zero.",
           D(2026, 11, 24))
    s = seller("Installatiebedrijf Brouwer", ["Veilingweg 22", "2651 BE Berkel en Rodenrijs"], "administratie@brouwer-installatie.nl",
               "NL", ["KvK 27160034"], None)
    nonrec("nl", "own-reminder", s["email"], "Administratie Brouwer", "Dhr. A. Koç", "a.koc@kocvastgoed.nl",
           "Herinnering: factuur 2026-0811 nog niet voldaan",
           "Geachte heer Koç,\n\nVolgens onze administratie staat factuur 2026-0811 van 8 oktober 2026 ad € 1.288,65 nog open. "
           "De vervaldatum (22 oktober) is inmiddels verstreken.\n\nWilt u het bedrag binnen 7 dagen overmaken op {IBAN_NL} o.v.v. 2026-0811? "
           "Heeft u al betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nJolanda Brouwer\nInstallatiebedrijf Brouwer",
           "The business's own payment reminder about an invoice sent earlier, not a new invoice.",
           "Reminder with number, amount, IBAN and a new 7-day term.", D(2026, 11, 26))
    nonrec("nl", "incasso-notice", "ledenadministratie@tennisclubdelinde.nl", "T.C. De Linde", "Marloes van Os",
           "marloesvanos@gmail.com", "Aankondiging incasso contributie 2027",
           "Beste Marloes,\n\nOp of rond 2 januari 2027 schrijven wij de contributie 2027 van € 215,00 af van rekening NL** **** **** **41 93, "
           "op basis van de SEPA-machtiging die je bij inschrijving hebt afgegeven.\n\nIncassant-ID: {CID}\nKenmerk machtiging: TCL-0388\n\n"
           "Je hoeft niets te doen. Wil je de incasso laten terugboeken, dan kan dat tot 8 weken na afschrijving via je bank.\n\nSportieve groet,\nPenningmeester T.C. De Linde",
           "A direct-debit pre-notification: the club collects the fee itself, nothing to transfer.",
           "Amount, due-like date, creditor ID and mandate reference, but paid by direct debit.", D(2026, 12, 1))
    s = seller("Schoonmaakbedrijf Helder B.V.", ["Tielweg 3", "2803 PK Gouda"], "klantenservice@helderschoonmaak.nl", "NL",
               ["KvK 29047712", "btw NL009224810B01"], "INGBNL2A")
    nonrec("nl", "word-letter", s["email"], s["name"], "Facilitair Bureau", "facilitair@ambachtschool-gouda.nl",
           "Tariefaanpassing per 1 januari 2027",
           "Geachte relatie,\n\nIn de bijlage treft u onze brief over de tariefaanpassing per 1 januari 2027. "
           "Door de cao-verhoging in de schoonmaakbranche stijgen onze uurtarieven met 4,2%.\n\nMet vriendelijke groet,\nHelder Schoonmaak",
           "A price change letter; no amount is owed.", "New hourly rates in a small table with old and new prices and btw.", D(2026, 11, 19),
           doc(s, ["Stichting Ambachtschool Gouda", "t.a.v. Facilitair Bureau", "Burgemeester Martenssingel 90", "2806 AA Gouda"],
               "Tariefaanpassing 2027", [("Datum", "19 november 2026"), ("Contractnr.", "HC-2211")],
               [("Dienst", "Nieuw", "Huidig"), ("Dagelijkse schoonmaak (per uur)", "€ 36,45", "€ 34,98"),
                ("Glasbewassing (per beurt)", "€ 412,00", "€ 395,00"), ("Vloeronderhoud (per m²)", "€ 1,87", "€ 1,79")],
               [], ["Alle bedragen exclusief 21% btw. Uw maandfactuur van januari wordt op basis van deze tarieven opgesteld."]),
           "Tariefaanpassing_2027.pdf")
    nonrec("nl", "marketplace", "noreply@marktplaats.nl", "Marktplaats", "Kringloop De Tweede Ronde", "verkoop@detweederonde.nl",
           "Je artikel is verkocht: Eiken boekenkast 2 m",
           "Hoi Kringloop De Tweede Ronde,\n\nGoed nieuws! Je artikel 'Eiken boekenkast 2 m' is verkocht via Gelijk Oversteken voor € 145,00.\n\n"
           "Koper: J. Bouzid\nBetaling: de koper heeft betaald, het bedrag (€ 145,00 min € 2,50 servicekosten) wordt na ontvangst van het artikel "
           "uitbetaald op NL** **** **** 7720.\nVerzendwijze: ophalen\n\nBekijk je verkoop in Mijn Marktplaats.\n\nGroetjes,\nMarktplaats",
           "A marketplace sale notice: the buyer has paid the platform; nobody is being invoiced.",
           "Amounts, fees and a masked account in a platform mail to the business's address.", D(2026, 11, 22))
    s = seller("Bouwmaterialen Tjoelker", ["Zuiderkade 11", "8601 AZ Sneek"], "expeditie@tjoelker-bouw.nl", "NL",
               ["KvK 01099884"], None)
    nonrec("nl", "pakbon", s["email"], "Expeditie Tjoelker", "Timmerbedrijf Hoekstra", "werkplaats@timmerbedrijfhoekstra.nl",
           "Pakbon levering 27-11 (order 558120)",
           "Goedemiddag,\n\nBijgaand de pakbon van de levering van vandaag op de bouwplaats Oosterdijk. De factuur volgt aan het eind van de maand via onze administratie.\n\nMvg,\nExpeditie Tjoelker",
           "A delivery note without prices; the invoice follows.", "Pakbon with article numbers and quantities, signed for receipt.",
           D(2026, 11, 27),
           doc(s, ["Timmerbedrijf Hoekstra V.O.F.", "Bouwplaats Oosterdijk 4", "8601 BS Sneek"], "PAKBON",
               [("Pakbonnummer", "PB-558120"), ("Leverdatum", "27-11-2026"), ("Uw order", "558120")],
               [("Artikel", "Aantal"), ("Vuren 38x89 geschaafd 4,8 m", "60"), ("OSB3 plaat 18 mm", "24"), ("Spax schroeven 5x70 (doos)", "6")],
               [], ["Ontvangen in goede staat: ______________  (handtekening)"]), "Pakbon_PB-558120.pdf")
    nonrec("nl", "gripp-urenstaat", "projecten@codeklaar.nl", "Codeklaar", "Joost Verbeek", "j.verbeek@zuidasvastgoed.nl",
           "Urenoverzicht november ter goedkeuring",
           "Hoi Joost,\n\nHierbij het urenoverzicht van november voor project Portaal 2.0:\n\n"
           "  Backend (Mehmet)     61,5 uur\n  Frontend (Eline)     48,0 uur\n  PM (Ruben)           9,0 uur\n  Totaal              118,5 uur x € 92,50 = € 10.961,25 excl. btw\n\n"
           "Wil je de uren voor 5 december goedkeuren via de link? Daarna maken wij de factuur op.\n\nhttps://codeklaar.gripp.com/public/hours/7f1e2\n\nGroet,\nRuben de Haas\nCodeklaar",
           "A timesheet sent for approval; the invoice is made after approval.", "Hours times rate with a total excl. btw.",
           D(2026, 12, 1))
    nonrec("nl", "webshop-order", "bestellingen@fietsonderdelenshop.nl", "Fietsonderdelenshop.nl", "M. Hoogendoorn",
           "m.hoogendoorn@fietsenmakerijhoogendoorn.nl", "Orderbevestiging #FO-774120",
           "Beste M. Hoogendoorn,\n\nBedankt voor je bestelling! We gaan ermee aan de slag.\n\nOrdernummer: FO-774120\n"
           "2x Shimano Deore kettingblad 32T   € 59,90\n10x Schwalbe binnenband 28\"      € 49,50\nVerzending                        € 0,00\n"
           "Totaal (incl. btw)               € 109,40\nBetaalwijze: op rekening (zakelijk)\n\n"
           "De factuur ontvang je per e-mail zodra je bestelling is verzonden.\n\nFietsonderdelenshop.nl",
           "An order confirmation; the invoice is sent separately when the order ships.",
           "'Op rekening' order with a total, payment method named, no invoice number.", D(2026, 11, 18))
    # --- en (8)
    s = seller("Fernhill Web Co.", ["2 Brewery Yard", "Stroud GL5 1BG"], "hello@fernhillweb.co.uk", "GB", ["Company no. 13370812"], None)
    nonrec("en", "google-docs", s["email"], s["name"], "Rachel Obi", "rachel@obi-physio.co.uk", "Website estimate - Obi Physio",
           "Hi Rachel,\n\nLovely to chat on Tuesday. As promised, here's our estimate for the new site. It's valid for 30 days; if you're happy to go ahead, "
           "just reply and we'll send a 50% deposit invoice to get you in the diary.\n\nBest,\nOwen",
           "An estimate; nothing is due until accepted and invoiced.", "Estimate PDF with a total and VAT and payment stages.",
           D(2026, 11, 18),
           doc(s, ["Obi Physiotherapy Ltd", "Rachel Obi", "15 Lansdown", "Stroud GL5 1BB"], "ESTIMATE",
               [("Estimate #", "EST-0091"), ("Date", "18 Nov 2026"), ("Valid until", "18 Dec 2026")],
               [("Item", "Amount"), ("Design (6 page templates)", "£1,800.00"), ("Build & booking integration", "£2,400.00"),
                ("Copywriting", "£650.00")],
               [("Subtotal", "£4,850.00"), ("VAT 20%", "£970.00"), ("Total", "£5,820.00")],
               ["Payment stages: 50% deposit on acceptance, 50% on launch."]), "Estimate_EST-0091.pdf")
    s = seller("Hartwell Audio Ltd", ["Unit 7, Meadow Ind. Est.", "Norwich NR6 6BT"], "sales@hartwellaudio.co.uk", "GB",
               ["VAT GB 902 1187 45"], None)
    nonrec("en", "sage", s["email"], s["name"], "Lars Eriksen", "lars@fjordsound.no", "Pro forma PF-2291 - payment in advance",
           "Dear Lars,\n\nPlease find attached our pro forma invoice for the two monitor pairs. As this is your first order, we ask for payment in advance; "
           "once funds clear we'll ship and issue the commercial invoice.\n\nBest regards,\nSophie Hartwell",
           "A pro forma requesting advance payment; the commercial invoice follows on shipping.",
           "Titled 'PRO FORMA INVOICE' with bank details and a total.", D(2026, 11, 23),
           doc(s, ["Fjord Sound AS", "Lars Eriksen", "Strandgaten 19", "5013 Bergen, Norway"], "PRO FORMA INVOICE",
               [("Pro forma no.", "PF-2291"), ("Date", "23/11/2026")],
               [("Description", "Amount"), ("HA-8 studio monitors (pair) x 2", "£3,180.00"), ("Shipping DDP", "£240.00")],
               [("Total (zero-rated export)", "£3,420.00")],
               ["This is not a VAT invoice. Bank: " + mk.iban_spaced(iban("GB"))]), "ProForma_PF-2291.pdf")
    nonrec("en", "receipt", "studio@claybornceramics.com", "Clayborn Ceramics", "Hannah Quist", "hannah.quist@gmail.com",
           "Your receipt from Clayborn Ceramics #1209-5561",
           "Receipt #1209-5561\nPaid 20 November 2026 · Visa •••• 4412\n\nWheel-throwing course (6 weeks)   €240.00\nClay & firing                      €36.00\n"
           "VAT included (21%)                 €47.90\nAmount paid                        €276.00\n\nThanks for booking, see you Thursday!\nClayborn Ceramics, Amsterdam",
           "A card receipt for a payment already made.", "Receipt with 'Amount paid' and a card.", D(2026, 11, 20))
    s = seller("Pemberton Print Finishing Ltd", ["Cable Street 40", "Manchester M4 5JL"], "credit.control@pembertonpf.co.uk",
               "GB", ["Company no. 04188213"], None)
    nonrec("en", "sage-statement", s["email"], "Credit Control - Pemberton", "Accounts", "accounts@northernleafpress.co.uk",
           "Statement of account - November 2026",
           "Good afternoon,\n\nPlease find your November statement attached. Invoices INV-10233 and INV-10291 show as outstanding; if these have been paid, please send remittance.\n\nKind regards,\nCredit Control",
           "A statement of account listing invoices already sent.", "Statement with an aged balance and two open invoices.",
           D(2026, 11, 30),
           doc(s, ["Northern Leaf Press Ltd", "Accounts", "8 Tib Lane", "Manchester M2 4JB"], "STATEMENT",
               [("Account", "NLP004"), ("Statement date", "30/11/2026")],
               [("Date / Reference", "Balance", "Amount"), ("14/10/2026 INV-10233", "£1,104.00", "£1,104.00"),
                ("05/11/2026 INV-10291", "£2,010.00", "£906.00"), ("12/11/2026 Payment - thank you", "£1,560.00", "-£450.00")],
               [("Current", "£906.00"), ("30 days", "£654.00"), ("Total due", "£1,560.00")], ["Remit to " + mk.iban_spaced(iban("GB"))]),
           "Statement_NLP004_Nov2026.pdf")
    nonrec("en", "typed-mail", "mike@mcgraneelectrical.ie", "Mike McGrane", "Orla Byrne", "orla@byrnebuilders.ie",
           "did you get my invoice?",
           "Hi Orla,\n\nJust checking you got invoice 318 I sent on the 9th for the Rathmines job (€2,460.00)? Haven't seen it come through and wanted "
           "to make sure it didn't land in spam. Can resend if needed.\n\nCheers,\nMike\n\nMcGrane Electrical\n087 441 2298",
           "A question whether an earlier invoice arrived; no new invoice.", "Names invoice number and amount casually.", D(2026, 11, 25))
    nonrec("en", "newsletter", "news@coastalcoffee.co", "Coastal Coffee Roasters", None, "orders@harbourcafe-whitby.co.uk",
           "Black Friday wholesale prices - 3 days only",
           "WHOLESALE BLACK FRIDAY\n\nDear partner café,\n\nFrom Friday to Sunday our wholesale beans are 15% off:\n\n"
           "  House Espresso 6kg    £96.00  ->  £81.60\n  Single Origin 6kg     £132.00 ->  £112.20\n  Decaf 3kg             £54.00  ->  £45.90\n\n"
           "Order in the trade portal; your usual 30-day account terms apply.\n\nCoastal Coffee Roasters · Unsubscribe",
           "A newsletter with prices; nothing is owed.", "Prices, a discount and 'account terms' mentioned.", D(2026, 11, 26),
           extra=["List-Unsubscribe: <mailto:unsubscribe@coastalcoffee.co>"])
    nonrec("en", "renewal", "renewals@hostcraft.net", "Hostcraft", "Daniel Weiss", "admin@weiss-architects.com",
           "Your domain weiss-architects.com renews in 30 days",
           "Hi Daniel,\n\nYour domain weiss-architects.com and the Business Mail plan (5 mailboxes) renew on 30 December 2026.\n\n"
           "Renewal amount: $189.00 (1 year)\nPayment method: Mastercard ending 7712 (auto-renew ON)\n\n"
           "No action is needed. To change your plan or turn off auto-renew, visit your dashboard.\n\nThe Hostcraft team",
           "A renewal notice; the card will be charged automatically later.", "Future charge with an amount and date.", D(2026, 11, 30))
    nonrec("en", "payment-link", "no-reply@paypal.com", "PayPal", "Greta Holm", "greta.holm@holmtranslations.se",
           "Request for payment from Edgewater Yoga Retreats",
           "Edgewater Yoga Retreats sent you a request for payment.\n\nAmount requested: €450.00 EUR\nNote from Edgewater Yoga Retreats: "
           "\"Balance for the Algarve retreat, 14-21 March. Thanks!\"\n\nPay now: https://www.paypal.com/request/2Xk8u\n\n"
           "Requests are not invoices. PayPal will never ask for your password by email.",
           "A payment-request link from a payment platform; the retreat sent no invoice document.",
           "Amount and a pay link, no number, no invoice document.", D(2026, 11, 21), env_from="service@intl.paypal.com")
    # --- de (7)
    nonrec("de", "venue-mail", "events@gut-hohenfelde.de", "Gut Hohenfelde Eventlocation", "Lisa Brandt und Tobias Reuter",
           "lisa.brandt@web.de", "Ihre Reservierung für den 12.06.2027 - Reservierungsgebühr",
           "Liebe Frau Brandt, lieber Herr Reuter,\n\nwir freuen uns sehr, Ihre Hochzeit am 12. Juni 2027 auf Gut Hohenfelde auszurichten! "
           "Damit wir den Termin verbindlich für Sie blocken, bitten wir um eine Reservierungsgebühr von 1.500,00 € bis zum 10.12.2026 auf "
           "{IBAN_DE} (Verwendungszweck: Hochzeit Brandt 12.06.).\n\n"
           "Die Gebühr wird mit der Endabrechnung verrechnet. Eine Rechnung über die Gesamtleistung erhalten Sie nach der Feier.\n\nHerzliche Grüße\nKatharina Lüders",
           "A reservation fee request for a booking; no invoice has been issued (the invoice comes after the event).",
           "Amount, due date, IBAN and a Verwendungszweck in a booking mail.", D(2026, 11, 26))
    nonrec("de", "credit-announcement", "buchhaltung@weinkontor-mosel.de", "Weinkontor Mosel", "Herr Schäfer",
           "einkauf@ratskeller-trier.de", "Gutschrift zu Rechnung 2026-3318 folgt",
           "Sehr geehrter Herr Schäfer,\n\nwie telefonisch besprochen erhalten Sie für die sechs Flaschen mit Korkschmecker (Riesling Spätlese 2022) "
           "eine Gutschrift über 89,40 € brutto. Die Gutschrift wird in den nächsten Tagen von unserer Buchhaltung erstellt und Ihnen separat zugesandt.\n\n"
           "Mit freundlichen Grüßen\nWeinkontor Mosel",
           "A credit-note announcement; the credit note itself is not attached.", "Amount and invoice number of a coming credit.",
           D(2026, 11, 23))
    nonrec("de", "refund", "service@radsport-kaiser.de", "Radsport Kaiser", "Dennis Wolff", "dennis.wolff@gmx.net",
           "Erstattung zu Ihrer Retoure 44120",
           "Hallo Herr Wolff,\n\nIhre Rücksendung (Retoure 44120) ist bei uns eingegangen. Wir haben 129,95 € auf Ihr Konto DE** **** **** **** **08 17 "
           "erstattet; die Gutschrift sollte in 2-3 Werktagen sichtbar sein.\n\nViele Grüße\nIhr Radsport-Kaiser-Team",
           "A refund confirmation: money is paid back to the customer.", "Amount and masked account of a refund.", D(2026, 11, 19))
    nonrec("de", "subscription", "billing@cloudsafe.de", "CloudSafe", "Kanzlei Weber", "it@kanzlei-weber-partner.de",
           "Ihre Karte wird am 01.12.2026 belastet",
           "Hallo,\n\nIhr Abonnement 'CloudSafe Business 2 TB' verlängert sich am 01.12.2026 automatisch.\n\n"
           "Betrag: 23,80 € (20,00 € zzgl. 19 % USt.)\nZahlungsmittel: Visa •••• 3301\n\nDie Rechnung stellen wir Ihnen nach der Abbuchung im Kundenkonto bereit.\n\nIhr CloudSafe-Team",
           "A 'your card will be charged' notice; the invoice comes after the charge.", "Amount with VAT split and a charge date.",
           D(2026, 11, 28))
    nonrec("de", "forwarded-bill", "buero@malerbetrieb-ostertag.de", "Malerbetrieb Ostertag", "Steuerbüro Kraus",
           "belege@steuerbuero-kraus.de", "WG: Ihre Rechnung 8001224510 von Stadtwerke Ulm",
           "Hallo Frau Kraus,\n\nanbei die Stromrechnung für die Werkstatt zur Buchung. Wird per Lastschrift eingezogen.\n\nGruß\nBernd Ostertag\n\n"
           "---------- Weitergeleitete Nachricht ----------\nVon: Stadtwerke Ulm <rechnung@swu-kunden.de>\nDatum: 25.11.2026\nBetreff: Ihre Rechnung 8001224510\n\n"
           "Sehr geehrter Herr Ostertag,\n\nanbei Ihre Rechnung für den Abrechnungszeitraum Oktober 2026.\nRechnungsbetrag: 412,66 €\nFälligkeit: 10.12.2026 (Lastschrift)\n\nIhre Stadtwerke Ulm",
           "A supplier's bill to the business, forwarded to its tax office; the business owes it, it does not bill anyone.",
           "Forwarded utility bill with an amount and due date.", D(2026, 11, 26))
    nonrec("de", "forwarded-tax", "info@physio-lindner.de", "Physiotherapie Lindner", "Herr Dr. Vogt", "vogt@stb-vogt.de",
           "Fwd: Gewerbesteuerbescheid 2025",
           "Hallo Herr Dr. Vogt,\n\nheute kam der Gewerbesteuerbescheid, siehe Anhang. Stimmt der so? Die Nachzahlung von 1.842,00 € ist bis 21.12. fällig.\n\nViele Grüße\nSandra Lindner",
           "A tax assessment forwarded to the adviser; an authority's demand on the business, not its invoice.",
           "A Bescheid PDF with an amount, a due date and the city's IBAN.", D(2026, 11, 27),
           doc(seller("Stadt Regensburg - Steueramt", ["D.-Martin-Luther-Str. 1", "93047 Regensburg"], "steueramt@regensburg.de", "DE",
                      ["Stadtkasse Regensburg"], None),
               ["Physiotherapie Lindner", "Sandra Lindner", "Gesandtenstr. 8", "93047 Regensburg"], "Bescheid über Gewerbesteuer 2025",
               [("Steuernummer", "GW 04/112/77120"), ("Datum", "23.11.2026")],
               [("Festsetzung", "Betrag"), ("Festgesetzte Gewerbesteuer 2025", "4.842,00 €"), ("abzgl. Vorauszahlungen", "-3.000,00 €")],
               [("Nachzahlung", "1.842,00 €")], ["Fällig am 21.12.2026.", "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats", "Widerspruch erhoben werden."]),
           "Gewerbesteuerbescheid_2025.pdf")
    nonrec("de", "cancellation", "kundenservice@werbetechnik-sauer.at", "Werbetechnik Sauer", "Frau Mag. Brunner",
           "office@brunner-immobilien.at", "Stornobestätigung Auftrag AB-26-0412",
           "Sehr geehrte Frau Mag. Brunner,\n\nhiermit bestätigen wir die Stornierung Ihres Auftrags AB-26-0412 (Leuchtschild Fassade, 2.940,00 € netto) "
           "vom 12. November. Da noch keine Fertigung begonnen hatte, entstehen Ihnen keine Kosten; eine Rechnung wird nicht gestellt.\n\n"
           "Mit freundlichen Grüßen\nWerbetechnik Sauer GmbH, Linz",
           "A cancellation confirmation; no costs and no invoice.", "Austrian, names an order and an amount.", D(2026, 11, 18))


def non_records(start):
    out = []
    for k, n in enumerate(NON):
        eml = mk.mail(rng, n["sender"], enc(n["sender_name"]), n["to"], enc(n["subject"]), n["date"], body_text=n["body"],
                      body_html=n["html"], pdf=n["pages"] is not None, extra_headers=n["extra"])
        out.append(mk.record("inv-hold9-%03d" % (start + k), n["tool"], n["lang"], "none",
                             {"mail_from": n["env_from"], "rcpt_to": [n["rcpt"]]}, eml, n["pages"], n["fname"], None,
                             n["why"], n["note"]))
    return out


# ---------------------------------------------------------------- check

STUB = ("Content-Type: application/pdf; name=\"x.pdf\"\nContent-Disposition: attachment; filename=\"x.pdf\"\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def rec_text(r):
    t = r["eml"]
    for pg in (r.get("pdf") or {}).get("pages", []):
        t += "\n" + "\n".join(it["text"] for it in pg["items"])
    return t + "\n" + (r.get("ubl") or "")


def check(records):
    errs = []
    ids = set()
    for r in records:
        json.loads(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False))
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["kind"] in ("body-text", "body-html", "pdf", "pdf+ubl", "none")
        assert r["is_invoice"] == (r["expected"] is not None)
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        eml = r["eml"].replace("@@PDF@@\n", STUB)
        msg = email.message_from_string(eml, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append((r["id"], "defects", part.defects))
        head = eml.split("\n\n", 1)[0]
        try:
            head.encode("ascii")
        except UnicodeEncodeError:
            errs.append((r["id"], "non-ascii header"))
        str(msg["subject"]), str(msg["to"]), str(msg["from"])
        t = rec_text(r)
        for m_ in IBAN_RE.finditer(t):
            cand = m_.group(1).replace(" ", "")
            if cand[:2] in ("NL", "DE", "BE", "GB", "AT", "CH", "CZ", "IE") and 15 <= len(cand) <= 24 and cand[2:4].isdigit():
                if cand[4:7] != "ZZZ" and not iban_ok(cand):
                    errs.append((r["id"], "bad iban-shaped", cand))
        e = r["expected"]
        if e is None:
            continue
        sp = r["_sp"]
        c = r["_c"]
        if e["number"] not in t:
            errs.append((r["id"], "number"))
        for k in ("amount_due_cents", "amount_total_cents"):
            x = abs(e[k])
            if not any(mk.money(x, st) in t for st in ("nl", "en", "de", "ch", "sp", "plain")) and not (
                    x % 100 == 0 and mk.money(x, "nl")[:-3] + ",-" in t):
                errs.append((r["id"], k, x))
        d = datetime.date.fromisoformat(e["issue_date"])
        if not any(fdate(d, st, e["language"]) in t for st in
                   ("dmy-", "dmy.", "dmy/", "iso", "long", "us", "short-en", "at-long", "us-num")):
            errs.append((r["id"], "issue date"))
        if e["debtor_name"] not in t:
            errs.append((r["id"], "debtor"))
        if e["iban"]:
            if not iban_ok(e["iban"]):
                errs.append((r["id"], "iban checksum"))
            if e["iban"] not in t and mk.iban_spaced(e["iban"]) not in t:
                errs.append((r["id"], "iban not printed"))
        if e["payment_reference"] and e["payment_reference"].replace(" ", "") not in t.replace(" ", ""):
            errs.append((r["id"], "reference"))
        if isinstance(sp.get("term"), int) and not e["credit_note"]:
            assert e["due_date"] == plus(sp["issue"], sp["term"]).isoformat()
        assert c["due"] == c["total"] - c["paid"]
        assert (e["amount_due_cents"] < 0) == e["credit_note"]
        if r.get("ubl"):
            u = r["ubl"]
            assert "<cbc:ID>%s</cbc:ID>" % e["number"] in u
            assert "<cbc:IssueDate>%s</cbc:IssueDate>" % e["issue_date"] in u
            assert ">%.2f</cbc:PayableAmount>" % (abs(e["amount_due_cents"]) / 100.0) in u
            assert e["iban"] in u
            if e["payment_reference"]:
                assert "<cbc:PaymentID>%s</cbc:PaymentID>" % e["payment_reference"] in u
    for x in errs:
        print("CHECK:", x)
    return not errs


def main():
    build_nons()
    inv = [invoice_record(0, sp) for sp in SPECS]
    non = non_records(0)
    allr = inv + non
    rng.shuffle(allr)
    for k, r in enumerate(allr):
        r["id"] = "inv-hold9-%03d" % (k + 1)
    ok = check(allr)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout9.jsonl")
    for r in allr:
        r.pop("_c", None)
        r.pop("_sp", None)
    mk.write(out, allr)
    # the computed figures, printed
    for r in allr:
        e = r["expected"]
        if e:
            print("%s %s %-10s %-18s %-16s due %10d total %10d %s %s %s iss %s due %s | %s | ref %s | %s" % (
                r["id"], r["lang"], r["kind"], r["tool"], e["number"], e["amount_due_cents"], e["amount_total_cents"],
                e["currency"], "B" if e["business"] else "C", "CN" if e["credit_note"] else "  ", e["issue_date"],
                e["due_date"], e["debtor_name"], e["payment_reference"], e["iban"]))
        else:
            print("%s %s none       %-18s %s" % (r["id"], r["lang"], r["tool"], r["why_not"][:70]))
    print("check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
