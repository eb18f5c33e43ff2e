"""heldout8: the eighth blind held-out set of invoice mails (50 invoices, 25 non-invoices).

Written by an author who saw only corpus/invoices/README.md, mailkit.py and the first two
records of heldout4.jsonl (for the format), never the reader's code or the other generators.
Seeded: `python3 corpus/invoices/gen/heldout8.py` writes corpus/invoices/heldout8.jsonl and
runs check() on what it wrote.

Every invoice is a hand-written spec (seller, debtor as printed, lines, terms, deposits,
layout); the amounts and dates are computed here and then printed by a small layout engine
whose options (letterhead, where the debtor block stands, where the dates stand, the line
table's columns, the totals, the footer, one or two pages) make the layouts."""
import base64
import datetime
import email
import email.policy
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261203
rng = random.Random(SEED)
D = datetime.date

# ---------------------------------------------------------------- small helpers


def iban(country, bank=None):
    """A random IBAN of @country (any of the lengths below) with valid check digits."""
    spec = {"NL": ("B4", 10), "DE": ("", 18), "BE": ("", 12), "GB": ("B4", 14), "AT": ("", 16),
            "CH": ("", 17), "PL": ("", 24), "IE": ("B4", 14), "LU": ("", 16), "FR": ("", 23)}
    pre, n = spec[country]
    if pre == "B4" and bank:
        pass
    elif pre == "B4":
        bank = rng.choice({"NL": ["ABNA", "RABO", "INGB", "TRIO", "BUNQ", "KNAB", "SNSB", "ASNB", "RBRB"],
                           "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
                           "IE": ["AIBK", "BOFI"]}[country])
    else:
        bank = ""
    bban = bank + "".join(rng.choice("0123456789") for _ in range(n))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def gb_iban(bank, sort, acc):
    bban = bank + sort.replace("-", "") + acc
    digits = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(digits) % 97, bban)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def enc(s):
    """An RFC 2047 encoded word when @s is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?utf-8?b?%s?=" % base64.b64encode(s.encode("utf-8")).decode()


def addr(name, mail):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r'[.,()<>@;:"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', ''), mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc(name), mail)


def last_of_month(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - datetime.timedelta(days=1)


def structured(base10):
    """A Belgian structured reference +++123/4567/89012+++ from a 10-digit number."""
    m = int(base10) % 97 or 97
    s = "%010d%02d" % (int(base10), m)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


rf = mk.rf


# ---------------------------------------------------------------- amounts

def compute(inv):
    """Lines -> per-rate net and VAT, the total, what was paid, what is due."""
    rows = []
    net_by_rate = {}
    for i, ln in enumerate(inv["lines"]):
        desc, qty, unit, rate = ln[:4]
        disc = ln[4] if len(ln) > 4 else 0
        amt = int(round(qty * unit * (100 - disc) / 100.0))
        rows.append({"desc": desc, "qty": qty, "unit": unit, "rate": rate, "disc": disc, "amount": amt,
                     "extra": dict(ln[5] if len(ln) > 5 else {}, pos=i + 1)})
        net_by_rate[rate] = net_by_rate.get(rate, 0) + amt
    net = sum(net_by_rate.values())
    disc_total = 0
    if inv.get("discount_pct"):
        # an invoice discount over everything, split over the rates
        for r in list(net_by_rate):
            d = int(round(net_by_rate[r] * inv["discount_pct"] / 100.0))
            disc_total += d
            net_by_rate[r] -= d
    vat_by_rate = {r: int(round(v * r / 100.0)) for r, v in net_by_rate.items()}
    if inv.get("round5"):
        pre = net - disc_total + sum(vat_by_rate.values())
        inv["rounding"] = int(round(pre / 5.0)) * 5 - pre
    total = net - disc_total + sum(vat_by_rate.values()) + inv.get("rounding", 0)
    sign = -1 if inv.get("credit") else 1
    paid = sum(p[1] for p in inv.get("paid", []))
    inv.update(rows=rows, net=net, disc_total=disc_total, net_by_rate=net_by_rate,
               vat_by_rate=vat_by_rate, total=total * sign, due_amt=(total - paid) * sign,
               vat=sum(vat_by_rate.values()) * sign)


def due_date(inv):
    t = inv.get("term")
    if inv.get("credit"):
        return None
    if t == "receipt":
        return inv["issue"]
    if t == "eom":
        return last_of_month(inv["issue"])
    if isinstance(t, int):
        return inv["issue"] + datetime.timedelta(days=t)
    if isinstance(t, D):
        return t
    raise ValueError(t)


# ---------------------------------------------------------------- the layout engine

LBL = {
    "nl": {"num": "Factuurnummer", "date": "Factuurdatum", "due": "Vervaldatum", "cust": "Klantnummer",
           "ref": "Betalingskenmerk", "period": "Periode", "yourref": "Uw referentie", "vat_cust": "Uw btw-nr.",
           "order": "Ordernummer", "sub": "Subtotaal", "disc": "Korting {p}%", "vat": "Btw {r}%",
           "vat0": "Btw verlegd", "total": "Totaal", "due_amt": "Te betalen", "desc": "Omschrijving",
           "qty": "Aantal", "price": "Prijs", "amount": "Bedrag", "rate": "Btw", "unit_name": "Eenheid",
           "disc_col": "Korting", "art": "Artikel", "pos": "Nr.", "date_col": "Datum", "who": "Medewerker",
           "hours": "Uren", "carry": "Transport", "page2": "Factuur {n} - pagina 2 van 2", "from": "Van"},
    "en": {"num": "Invoice number", "date": "Invoice date", "due": "Due date", "cust": "Customer ID",
           "ref": "Payment reference", "period": "Period", "yourref": "Your reference", "vat_cust": "Your VAT no.",
           "order": "PO number", "sub": "Subtotal", "disc": "Discount {p}%", "vat": "VAT {r}%",
           "vat0": "VAT reverse charged", "total": "Total", "due_amt": "Amount due", "desc": "Description",
           "qty": "Qty", "price": "Unit price", "amount": "Amount", "rate": "VAT", "unit_name": "Unit",
           "disc_col": "Disc.", "art": "Item", "pos": "#", "date_col": "Date", "who": "Staff",
           "hours": "Hours", "carry": "Carried forward", "page2": "Invoice {n} - page 2 of 2", "from": "From"},
    "de": {"num": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Fällig am", "cust": "Kundennummer",
           "ref": "Verwendungszweck", "period": "Leistungszeitraum", "yourref": "Ihre Bestellung",
           "vat_cust": "Ihre USt-IdNr.", "order": "Auftragsnummer", "sub": "Summe netto", "disc": "Rabatt {p} %",
           "vat": "zzgl. USt. {r} %", "vat0": "Steuerschuldnerschaft des Leistungsempfängers",
           "total": "Gesamtbetrag", "due_amt": "Zahlbetrag", "desc": "Bezeichnung", "qty": "Menge",
           "price": "Einzelpreis", "amount": "Gesamt", "rate": "USt.", "unit_name": "Einheit",
           "disc_col": "Rabatt", "art": "Art.-Nr.", "pos": "Pos.", "date_col": "Datum", "who": "Mitarbeiter",
           "hours": "Std.", "carry": "Übertrag", "page2": "Rechnung {n} - Seite 2 von 2", "from": "Von"},
}


def M(inv, c):
    style, pat = inv["L"]["money"]
    if c < 0 and inv["lang"] == "en" and not pat.startswith("{"):
        return "-" + pat.format(mk.money(-c, style))
    return pat.format(mk.money(c, style))


def DT(inv, d):
    st = inv["L"].get("date", {"nl": "dmy-", "de": "dmy.", "en": "long"}[inv["lang"]])
    if st == "dmy.short":
        return d.strftime("%d.%m.%y")
    return mk.date(d, st, inv["lang"])


def lab(inv, key):
    return inv["L"].get("lab", {}).get(key, LBL[inv["lang"]][key])


def fill(inv, s):
    sel = inv["seller"]
    return s.format(due=M(inv, inv["due_amt"]), total=M(inv, inv["total"]), iban=mk.iban_spaced(sel["iban"]),
                    iban_raw=sel["iban"], bic=sel.get("bic", ""), number=inv["number"], ref=inv.get("ref") or "",
                    duedate=DT(inv, inv["due"]) if inv.get("due") else "", seller=sel["name"],
                    date=DT(inv, inv["issue"]), debtor=inv["debtor_name"])


def meta_pairs(inv):
    out = []
    for k in inv["L"].get("meta", ["num", "date", "cust"]):
        if isinstance(k, tuple):
            out.append((k[0], fill(inv, k[1])))
            continue
        v = {"num": inv["number"], "date": DT(inv, inv["issue"]),
             "due": DT(inv, inv["due"]) if inv.get("due") else None, "cust": inv.get("cust"),
             "ref": inv.get("ref"), "period": inv.get("period"), "yourref": inv.get("yourref"),
             "vat_cust": inv.get("vat_cust"), "order": inv.get("order")}[k]
        if v:
            out.append((lab(inv, k), v))
    return out


def totals_rows(inv):
    L = inv["L"]
    rows = []
    sg = -1 if inv.get("credit") else 1
    if not L.get("no_sub"):
        rows.append((lab(inv, "sub"), inv["net"] * sg, False))
    if inv.get("discount_pct"):
        rows.append((lab(inv, "disc").format(p=inv["discount_pct"]), -inv["disc_total"] * sg, False))
        if L.get("sub_after_disc"):
            rows.append((L["sub_after_disc"], (inv["net"] - inv["disc_total"]) * sg, False))
    for r in sorted(inv["vat_by_rate"], reverse=True):
        if r == 0 and inv.get("reverse"):
            rows.append((lab(inv, "vat0"), 0, False))
            continue
        if r == 0 and L.get("hide_zero_vat"):
            continue
        base = inv["net_by_rate"][r]
        lbl = lab(inv, "vat").format(r=("%g" % r).replace(".", "," if inv["lang"] != "en" else "."))
        if L.get("vat_base"):
            lbl += L["vat_base"].format(b=M(inv, base * sg))
        rows.append((lbl, inv["vat_by_rate"][r] * sg, False))
    if inv.get("rounding"):
        rows.append((L.get("round_label", "Rundungsdifferenz"), inv["rounding"], False))
    if inv.get("paid"):
        rows.append((lab(inv, "total"), inv["total"], True))
        for plabel, pc in inv["paid"]:
            rows.append((fill(inv, plabel), -pc, False))
        rows.append((lab(inv, "due_amt"), inv["due_amt"], True))
    else:
        rows.append((L.get("total_label", lab(inv, "total")), inv["total"], True))
        if L.get("also_due"):
            rows.append((lab(inv, "due_amt"), inv["due_amt"], True))
    return rows


def cell(inv, row, key):
    if key == "desc":
        return row["desc"]
    if key == "qty":
        q = row["qty"]
        s = ("%g" % q)
        return s.replace(".", ",") if inv["lang"] != "en" else s
    if key == "price":
        return M(inv, row["unit"]) if not inv["L"].get("plain_cells") else mk.money(row["unit"], inv["L"]["money"][0])
    if key == "amount":
        c = row["amount"] * (-1 if inv.get("credit") else 1)
        return M(inv, c) if not inv["L"].get("plain_cells") else mk.money(c, inv["L"]["money"][0])
    if key == "rate":
        return ("%g%%" % row["rate"]).replace(".", ",")
    if key == "disc":
        return ("%g%%" % row["disc"]) if row["disc"] else ""
    return str(row["extra"].get(key, ""))


def letterhead(inv, pg):
    L, sel = inv["L"], inv["seller"]
    h = L.get("head", "left")
    lines = sel["lines"]
    if h == "left":
        pg.text(56, 62, sel["name"], 16, True)
        for i, s in enumerate(lines):
            pg.text(56, 76 + 10 * i, s, 8)
    elif h == "right":
        pg.right(539, 62, sel["name"], 15, True)
        for i, s in enumerate(lines):
            pg.right(539, 76 + 10 * i, s, 8)
    elif h == "center":
        pg.text(297 - len(sel["name"]) * 4.2, 60, sel["name"], 16, True)
        s = " | ".join(lines)
        pg.text(max(40, 297 - len(s) * 2.0), 76, s, 8)
        pg.rule(56, 84, 539, 84)
    elif h == "bar":
        pg.text(56, 40, " · ".join([sel["name"]] + lines), 8, True)
        pg.rule(56, 46, 539, 46)
    elif h == "sidebar":
        pg.text(56, 70, sel["name"], 20, True)
        for i, s in enumerate(lines + sel.get("side", [])):
            pg.text(420, 110 + 11 * i, s, 8)
    elif h == "boxed":
        pg.rule(56, 40, 539, 40)
        pg.rule(56, 95, 539, 95)
        pg.text(66, 62, sel["name"], 14, True)
        for i, s in enumerate(lines):
            pg.right(529, 58 + 10 * i, s, 8)


def debtor_block(inv, pg):
    L = inv["L"]
    pos = L.get("deb", "win-left")
    dl = inv["debtor_lines"]
    label = L.get("deb_label")
    x, y = {"win-left": (56, 160), "win-right": (330, 160), "label-left": (56, 170), "label-right": (330, 170),
            "beside-sender": (330, 62), "cols": (300, 170), "low-left": (56, 200)}[pos]
    if L.get("ret"):
        pg.text(x, y - 16, " · ".join([inv["seller"]["name"]] + inv["seller"]["lines"][:2]), 6.5)
        pg.rule(x, y - 13, x + 220, y - 13)
    if pos == "cols":
        pg.text(56, y, lab(inv, "from"), 8, True)
        for i, s in enumerate([inv["seller"]["name"]] + inv["seller"]["lines"][:2]):
            pg.text(56, y + 14 + 12 * i, s, 9)
    if label:
        pg.text(x, y, label, 8, True)
        y += 14
    for i, s in enumerate(dl):
        pg.text(x, y + 12.5 * i, s, 10 if pos != "beside-sender" else 9)
    return y + 12.5 * len(dl)


def meta_block(inv, pg, deb_bottom):
    L = inv["L"]
    m = L.get("metapos", "right")
    pairs = meta_pairs(inv)
    if m == "right":
        for i, (k, v) in enumerate(pairs):
            pg.text(360, 160 + 13 * i, k, 8.5)
            pg.right(539, 160 + 13 * i, v, 8.5)
        return max(deb_bottom, 160 + 13 * len(pairs))
    if m == "left":
        for i, (k, v) in enumerate(pairs):
            pg.text(56, 160 + 13 * i, k, 8.5, True)
            pg.text(150, 160 + 13 * i, v, 8.5)
        return max(deb_bottom, 160 + 13 * len(pairs))
    if m == "row":
        y = deb_bottom + 30
        w = 483.0 / max(1, len(pairs))
        pg.rule(56, y - 10, 539, y - 10)
        for i, (k, v) in enumerate(pairs):
            pg.text(56 + w * i, y, k, 7.5, True)
            pg.text(56 + w * i, y + 12, v, 9)
        pg.rule(56, y + 17, 539, y + 17)
        return y + 20
    if m == "under":
        return deb_bottom  # printed under the title
    if m == "box":
        y0 = 150
        pg.rule(350, y0 - 12, 539, y0 - 12)
        for i, (k, v) in enumerate(pairs):
            pg.text(356, y0 + 13 * i, k, 8)
            pg.right(533, y0 + 13 * i, v, 8, True)
        pg.rule(350, y0 + 13 * len(pairs) - 6, 539, y0 + 13 * len(pairs) - 6)
        return max(deb_bottom, y0 + 13 * len(pairs))
    raise ValueError(m)


def footer(inv, pg):
    L, sel = inv["L"], inv["seller"]
    f = L.get("foot", "three")
    if f == "three":
        pg.rule(56, 772, 539, 772)
        cols = [[sel["name"]] + sel["lines"][:2],
                sel.get("bankcol", ["IBAN " + mk.iban_spaced(sel["iban"]), "BIC " + sel.get("bic", "")]),
                sel.get("regs", [])]
        for c, xs in enumerate((56, 230, 400)):
            for i, s in enumerate(cols[c]):
                pg.text(xs, 784 + 9 * i, s, 7)
    elif f == "line":
        s = " · ".join([sel["name"]] + sel.get("regs", []) + ["IBAN " + mk.iban_spaced(sel["iban"])])
        pg.text(56, 800, s, 6.5)
    elif f == "regs":
        s = " · ".join([sel["name"]] + sel.get("regs", []))
        pg.text(56, 800, s, 6.5)


def table_head(inv, pg, y):
    for key, x, al in inv["L"]["cols"]:
        key = "disc_col" if key == "disc" else key
        pg.text(x, y, lab(inv, key) if key in LBL["nl"] else inv["L"].get("lab", {}).get(key, key), 8.5, True, al)
    pg.rule(56, y + 4, 539, y + 4)
    return y + 17


def table_rows(inv, pg, y, rows):
    for r in rows:
        for key, x, al in inv["L"]["cols"]:
            v = cell(inv, r, key)
            if v:
                pg.text(x, y, v, 8.5, False, al)
        y += 14
        for sub in r["extra"].get("sub", []):
            pg.text(inv["L"]["cols"][0][1] + (0 if inv["L"]["cols"][0][0] == "desc" else 0), y - 2, sub, 7.5)
            y += 11
    return y


def render(inv):
    L = inv["L"]
    pages = [mk.Page()]
    pg = pages[0]
    letterhead(inv, pg)
    bottom = debtor_block(inv, pg)
    bottom = meta_block(inv, pg, bottom)
    y = max(bottom + 40, L.get("title_y", 0))
    pg.text(56, y, fill(inv, L.get("title", {"nl": "Factuur", "en": "Invoice", "de": "Rechnung"}[inv["lang"]])), L.get("title_size", 15), True)
    y += 8
    if L.get("metapos") == "under":
        for k, v in meta_pairs(inv):
            y += 13
            pg.text(56, y, "%s: %s" % (k, v) if not L.get("under_tab") else k, 9)
            if L.get("under_tab"):
                pg.text(170, y, v, 9)
    for s in L.get("intro", []):
        y += 13
        pg.text(56, y, fill(inv, s), 9)
    y += 26
    y = table_head(inv, pg, y)
    rows = inv["rows"]
    if L.get("pages") == 2:
        cut = L.get("cut", len(rows) // 2 + 1)
        y = table_rows(inv, pg, y, rows[:cut])
        carry = sum(r["amount"] for r in rows[:cut])
        pg.rule(380, y - 8, 539, y - 8)
        pg.text(380, y + 4, lab(inv, "carry"), 8.5, True)
        pg.right(539, y + 4, M(inv, carry), 8.5, True)
        footer(inv, pg)
        pg = mk.Page()
        pages.append(pg)
        pg.text(56, 50, inv["seller"]["name"], 9, True)
        pg.right(539, 50, lab(inv, "page2").format(n=inv["number"]), 8)
        pg.rule(56, 56, 539, 56)
        y = 80
        y = table_head(inv, pg, y)
        pg.text(56, y, lab(inv, "carry"), 8.5)
        pg.right(539, y, M(inv, carry), 8.5)
        y += 14
        y = table_rows(inv, pg, y, rows[cut:])
    else:
        y = table_rows(inv, pg, y, rows)
    y += 6
    pg.rule(330, y - 8, 539, y - 8)
    lx = L.get("tot_x", 330)
    for label, c, bold in totals_rows(inv):
        y += 4 if bold else 0
        pg.text(lx, y, label, 9 if not bold else 10, bold)
        pg.right(539, y, M(inv, c), 9 if not bold else 10, bold)
        y += 14
    y += 14
    for s in L.get("pay", []):
        pg.text(56, y, fill(inv, s), 9)
        y += 12
    footer(inv, pg)
    for p in pages:
        p.items = [i for i in p.items if i["text"].strip()]
    return pages


# ---------------------------------------------------------------- mail bodies

def typed_lines(inv, width=58):
    out = []
    for r in inv["rows"]:
        left = r["desc"] if r["qty"] == 1 else "%s (%s x %s)" % (r["desc"], cell(inv, r, "qty"), M(inv, r["unit"]))
        amt = M(inv, r["amount"] * (-1 if inv.get("credit") else 1))
        out.append(left + " " * max(2, width - len(left) - len(amt)) + amt)
    return "\n".join(out)


def typed_totals(inv, width=58):
    out = []
    for label, c, bold in totals_rows(inv):
        a = M(inv, c)
        out.append(label + " " * max(2, width - len(label) - len(a)) + a)
    return "\n".join(out)


def html_invoice(inv, before, after):
    L = inv["L"]
    th = "".join('<th style="text-align:%s;padding:4px 8px;border-bottom:1px solid #999">%s</th>'
                 % ("left" if al == "left" else "right", lab(inv, k) if k in LBL["nl"] else L.get("lab", {}).get(k, k))
                 for k, x, al in L["cols"])
    trs = ""
    for r in inv["rows"]:
        trs += "<tr>" + "".join('<td style="text-align:%s;padding:4px 8px">%s</td>'
                                % ("left" if al == "left" else "right", cell(inv, r, k)) for k, x, al in L["cols"]) + "</tr>\n"
    n = len(L["cols"])
    for label, c, bold in totals_rows(inv):
        b1, b2 = ("<strong>", "</strong>") if bold else ("", "")
        trs += '<tr><td colspan="%d" style="text-align:right;padding:4px 8px">%s%s%s</td>' \
               '<td style="text-align:right;padding:4px 8px">%s%s%s</td></tr>\n' % (n - 1, b1, label, b2, b1, M(inv, c), b2)
    meta = "".join("<tr><td style=\"padding:2px 12px 2px 0;color:#555\">%s</td><td>%s</td></tr>" % (k, v)
                   for k, v in meta_pairs(inv))
    return ('<!DOCTYPE html>\n<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            + fill(inv, before) + '\n<table style="margin:12px 0">' + meta + '</table>\n'
            + '<table style="border-collapse:collapse;min-width:520px">\n<tr>' + th + '</tr>\n' + trs + '</table>\n'
            + fill(inv, after) + '\n</body></html>')


COVER = {
    "nl": ["{greet}\n\nIn de bijlage vind je factuur {number}. Alvast bedankt voor de betaling!\n\n{sign}",
           "{greet}\n\nHierbij ontvangt u de factuur voor de geleverde werkzaamheden (zie bijlage).\nHet bedrag van {due} zien wij graag binnen de gestelde termijn tegemoet.\n\nMet vriendelijke groet,\n{sign}",
           "{greet}\n\nBijgaand stuur ik je factuur {number}. Vragen? Bel of mail gerust.\n\nGroetjes,\n{sign}",
           "{greet}\n\nU ontvangt als bijlage factuur {number} d.d. {date}.\n\nMet vriendelijke groet,\n\n{sign}\n\n--\nDeze e-mail is uitsluitend bestemd voor de geadresseerde."],
    "en": ["{greet}\n\nPlease find attached invoice {number}. Thanks for your business!\n\nBest,\n{sign}",
           "{greet}\n\nAttached is our invoice {number} for {due}. Let me know if anything is unclear.\n\nKind regards,\n{sign}",
           "{greet}\n\nInvoice {number} is attached as a PDF.\n\nCheers,\n{sign}"],
    "de": ["{greet}\n\nanbei erhalten Sie unsere Rechnung {number}.\n\nMit freundlichen Grüßen\n{sign}",
           "{greet}\n\nim Anhang finden Sie die Rechnung Nr. {number} vom {date} über {due}.\nVielen Dank für Ihren Auftrag!\n\nFreundliche Grüße\n{sign}",
           "{greet}\n\nvielen Dank für die gute Zusammenarbeit. Die Rechnung liegt als PDF bei.\n\nBeste Grüße\n{sign}"],
}

UBL_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"')


def ubl(inv):
    cur = inv["currency"]
    a = lambda c: "%.2f" % (c / 100.0)  # noqa: E731
    paid = sum(p[1] for p in inv.get("paid", []))
    cat = lambda r: "AE" if (r == 0 and inv.get("reverse")) else "S"  # noqa: E731
    taxes = "".join(
        '<cac:TaxSubtotal><cbc:TaxableAmount currencyID="{c}">{b}</cbc:TaxableAmount><cbc:TaxAmount currencyID="{c}">{t}</cbc:TaxAmount>'
        '<cac:TaxCategory><cbc:ID>{k}</cbc:ID><cbc:Percent>{r:g}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>'
        .format(c=cur, b=a(inv["net_by_rate"][r]), t=a(inv["vat_by_rate"][r]), r=r, k=cat(r)) for r in sorted(inv["vat_by_rate"]))
    lines = "".join(
        '<cac:InvoiceLine><cbc:ID>{i}</cbc:ID><cbc:InvoicedQuantity unitCode="C62">{q:g}</cbc:InvoicedQuantity>'
        '<cbc:LineExtensionAmount currencyID="{c}">{amt}</cbc:LineExtensionAmount><cac:Item><cbc:Name>{d}</cbc:Name>'
        '<cac:ClassifiedTaxCategory><cbc:ID>{k}</cbc:ID><cbc:Percent>{r:g}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>'
        '<cac:Price><cbc:PriceAmount currencyID="{c}">{p}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>'
        .format(i=i + 1, k=cat(r["rate"]), q=r["qty"], c=cur, amt=a(r["amount"]), d=r["desc"].replace("&", "&amp;"), r=r["rate"], p=a(r["unit"]))
        for i, r in enumerate(inv["rows"]))
    ref = inv.get("ref") or inv["number"]
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice %s>\n'
         '<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n'
         '<cbc:ID>%s</cbc:ID>\n<cbc:IssueDate>%s</cbc:IssueDate>\n<cbc:DueDate>%s</cbc:DueDate>\n'
         '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>\n'
         '<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>'
         '<cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>\n'
         '<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>'
         '<cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>\n'
         '<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>%s</cbc:PaymentID>'
         '<cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n'
         '<cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>%s</cac:TaxTotal>\n'
         '<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="{c}">%s</cbc:LineExtensionAmount>'
         '<cbc:TaxExclusiveAmount currencyID="{c}">%s</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="{c}">%s</cbc:TaxInclusiveAmount>'
         '<cbc:PrepaidAmount currencyID="{c}">%s</cbc:PrepaidAmount><cbc:PayableAmount currencyID="{c}">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
         '%s\n</Invoice>\n') % (
        UBL_NS, inv["number"], inv["issue"].isoformat(), inv["due"].isoformat(), cur,
        inv["seller"]["name"].replace("&", "&amp;"), inv["seller"]["name"].replace("&", "&amp;"),
        inv["debtor_name"].replace("&", "&amp;"), inv["email"], ref, inv["seller"]["iban"], cur, a(inv["vat"]), taxes,
        a(inv["net"]), a(inv["net"] - inv["disc_total"]), a(inv["total"]), a(paid), a(inv["due_amt"]), lines)
    return x.replace("{c}", cur)


def attach_xml(eml, xml, name):
    b = re.search(r'boundary="([^"]+)"', eml).group(1)
    data = base64.b64encode(xml.encode("utf-8")).decode()
    body = "\n".join(data[i:i + 76] for i in range(0, len(data), 76))
    part = ('--%s\nContent-Type: application/xml; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s\n' % (b, name, name, body))
    return eml.replace("--%s--\n" % b, part + "--%s--\n" % b)


# ---------------------------------------------------------------- building records

RECORDS = []
STATS = []


def build(inv):
    inv.setdefault("currency", "EUR")
    compute(inv)
    inv["due"] = due_date(inv)
    sel = inv["seller"]
    lang = inv["lang"]
    kind = inv["kind"]
    sent = inv["issue"] + datetime.timedelta(days=inv.get("delay", 0))
    ctx = dict(greet=inv.get("greet", {"nl": "Beste klant,", "en": "Hello,", "de": "Sehr geehrte Damen und Herren,"}[lang]),
               sign=sel.get("sign", sel["name"]))
    pages = None
    body_text = body_html = None
    if kind in ("pdf", "pdf+ubl"):
        pages = render(inv)
        g = ctx["greet"]
        formal = any(w in g for w in ("Geachte", "Sehr geehrte", "Dear Sir", "Grüß Gott", "Geachte,"))
        pool = {"nl": [1, 3] if formal else [0, 2], "en": [0, 1, 2], "de": [0, 1] if formal else [2]}[lang]
        tmpl = inv.get("body") or COVER[lang][rng.choice(pool)]
        body_text = fill(inv, tmpl.replace("{greet}", ctx["greet"]).replace("{sign}", ctx["sign"]))
    elif kind == "body-text":
        body_text = fill(inv, inv["body"].replace("{greet}", ctx["greet"]).replace("{sign}", ctx["sign"])
                         .replace("{lines}", typed_lines(inv).replace("{", "{{").replace("}", "}}"))
                         .replace("{totals}", typed_totals(inv).replace("{", "{{").replace("}", "}}")))
    elif kind == "body-html":
        body_html = html_invoice(inv, inv["html_before"], inv["html_after"])
        if inv.get("with_text"):
            body_text = fill(inv, inv["with_text"])
    extra = list(inv.get("headers", []))
    if inv.get("reply_to"):
        extra.append("Reply-To: %s" % inv["reply_to"])
    if inv.get("cc"):
        extra.append("Cc: %s" % inv["cc"])
    eml = mk.mail(rng, inv.get("from_addr", sel["email"]), enc(inv.get("from_name", sel["name"])),
                  inv.get("to_header") or addr(inv.get("to_name"), inv["email"]), enc(fill(inv, inv["subject"])), sent,
                  body_text=body_text, body_html=body_html, pdf=pages is not None, extra_headers=extra)
    ubl_x = None
    if kind == "pdf+ubl":
        ubl_x = ubl(inv)
        eml = attach_xml(eml, ubl_x, "%s.xml" % re.sub(r"[^A-Za-z0-9-]", "_", inv["number"]))
    env = {"mail_from": inv.get("mail_from", sel["email"]), "rcpt_to": [inv["email"]] + inv.get("rcpt_extra", [])}
    exp = mk.expected(inv["number"], inv["due_amt"], inv["total"], inv["issue"], inv["due"], inv["debtor_name"],
                      inv["email"], None if inv.get("no_iban") else sel["iban"], inv["business"], lang,
                      reference=inv.get("ref_label", inv.get("ref")), currency=inv["currency"], credit=bool(inv.get("credit")))
    rid = "inv-hold8-%03d" % (len(RECORDS) + 1)
    r = mk.record(rid, inv["tool"], lang, kind, env, eml, pages=pages,
                  pdf_filename=fill(inv, inv.get("pdf_name", "Factuur_{number}.pdf")) if pages else None,
                  expected=exp, note=inv["note"])
    if ubl_x:
        r["ubl"] = ubl_x
    RECORDS.append(r)
    STATS.append({"id": rid, "tool": inv["tool"], "layout": inv["layout"], "lang": lang, "kind": kind,
                  "business": inv["business"], "currency": inv["currency"], "credit": bool(inv.get("credit")),
                  "paid": bool(inv.get("paid")), "term": inv.get("term_words", str(inv.get("term"))),
                  "variant": inv.get("variant", "")})
    return r


def nonin(tool, lang, sender, sender_name, rcpt, to_name, subject, d, why, note, body_text=None, body_html=None,
          pdf_inv=None, pdf_name=None, mail_from=None, extra=()):
    pages = None
    if pdf_inv is not None:
        pdf_inv.setdefault("currency", "EUR")
        pdf_inv["lang"] = lang
        compute(pdf_inv)
        pdf_inv["due"] = None
        pages = render(pdf_inv)
    eml = mk.mail(rng, sender, enc(sender_name), addr(to_name, rcpt), enc(subject), d, body_text=body_text,
                  body_html=body_html, pdf=pages is not None, extra_headers=list(extra))
    rid = "inv-hold8-%03d" % (len(RECORDS) + 1)
    r = mk.record(rid, tool, lang, "none", {"mail_from": mail_from or sender, "rcpt_to": [rcpt]}, eml, pages=pages,
                  pdf_filename=pdf_name, why_not=why, note=note)
    RECORDS.append(r)
    STATS.append({"id": rid, "tool": tool, "layout": "non-invoice", "lang": lang, "kind": "none"})
    return r


# ---------------------------------------------------------------- the invoices

def S(name, lines, email, country, regs=(), bic="", sign=None, side=(), bankcol=None):
    bank = bic[:4] if bic and country in ("NL", "GB", "IE") and bic[4:6] == country else None
    return {"name": name, "lines": list(lines), "email": email, "iban": iban(country, bank), "regs": list(regs),
            "bic": bic, "sign": sign or name, "side": list(side), **({"bankcol": bankcol} if bankcol else {})}


def day(m, d):
    return D(2026, m, d)


def invoices_nl():
    # 1 Moneybird: "Factuur aan" label on the left, details at the right, three-column footer
    sel = S("Studio Hazelaar", ["Oudegracht 214", "3511 NS Utrecht", "hallo@studiohazelaar.nl"],
            "facturen@studiohazelaar.nl", "NL", ["KvK 71823094", "Btw NL002318456B71"], "BUNQNL2A", "Noor Hazelaar")
    build(dict(tool="moneybird", layout="moneybird-label-left", lang="nl", kind="pdf", seller=sel, issue=day(11, 16), delay=1,
               number="2026-0142", debtor_name="Stichting Buurtkracht Overvecht", business=True,
               debtor_lines=["Stichting Buurtkracht Overvecht", "t.a.v. mevr. F. El Idrissi", "Gambiadreef 12", "3564 BA Utrecht"],
               email="f.elidrissi@buurtkracht-overvecht.nl", to_name="Fatima El Idrissi", term=14, term_words="binnen veertien dagen",
               lines=[("Ontwerp jaarverslag 2025 (uren)", 24, 7250, 21), ("Infographics, 6 stuks", 6, 4500, 21),
                      ("Drukwerkbegeleiding", 1, 15000, 21)],
               L=dict(head="right", deb="label-left", deb_label="Factuur aan", metapos="right", money=("nl", "€ {}"),
                      meta=["num", "date", "due"], cols=[("desc", 56, "left"), ("qty", 360, "right"), ("price", 440, "right"),
                                                         ("amount", 539, "right")],
                      pay=["Wij verzoeken je het bedrag binnen veertien dagen over te maken naar {iban}",
                           "t.n.v. {seller}, onder vermelding van het factuurnummer."], foot="three"),
               subject="Factuur {number} van Studio Hazelaar", greet="Hoi Fatima,",
               note="Debtor under 'Factuur aan' with a t.a.v. line naming a person with a title; To names the contact; term in words."))

    # 2 Exact Online: window right, a ruled row of details, eight columns, 9 % and 21 %, line discounts
    sel = S("Groothandel Vermeer & Kok B.V.", ["Industrieweg 41", "8304 AD Emmeloord", "T 0527 61 20 90"],
            "debiteuren@vermeerkok.nl", "NL", ["KvK 39071122", "BTW NL807263115B01"], "RABONL2U",
            "Afdeling debiteuren Vermeer & Kok")
    build(dict(tool="exact-online", layout="exact-eight-columns", lang="nl", kind="pdf", seller=sel, issue=day(11, 9), delay=2,
               number="VF26011873", debtor_name="Coöperatie Zuivelhoeve Noord U.A.", business=True, cust="20417",
               debtor_lines=["Coöperatie Zuivelhoeve Noord U.A.", "Afdeling Inkoop", "Postbus 77", "9200 AB Drachten"],
               email="inkoop@zuivelhoeve-noord.nl", to_name="Inkoop Zuivelhoeve", term=30, term_words="binnen dertig dagen",
               yourref="IO-26-5531",
               lines=[("Kaasdoek 40x60 (pak 50)", 12, 1895, 21, 5, {"art": "KD4060", "unit_name": "pak"}),
                      ("Stremsel vloeibaar 5 l", 8, 6450, 9, 0, {"art": "ST0500", "unit_name": "can"}),
                      ("Zuursel mesofiel DVS", 20, 2190, 9, 10, {"art": "ZM0110", "unit_name": "zakje"}),
                      ("Kaasvorm Gouda 12 kg", 6, 4875, 21, 0, {"art": "KV1200", "unit_name": "st"}),
                      ("Bezorgkosten", 1, 3500, 21, 0, {"art": "VRACHT", "unit_name": "st"})],
               L=dict(head="left", deb="win-right", metapos="row", money=("nl", "{}"), plain_cells=True,
                      meta=["num", "date", "cust", "yourref", ("Valuta", "EUR")],
                      lab={"art": "Artikel", "unit_name": "Eenh.", "total": "Totaal EUR"},
                      cols=[("art", 56, "left"), ("desc", 110, "left"), ("qty", 318, "right"), ("unit_name", 326, "left"),
                            ("price", 405, "right"), ("disc", 440, "right"), ("rate", 475, "right"), ("amount", 539, "right")],
                      vat_base=" over {b}",
                      pay=["Betalingsconditie: binnen dertig dagen na factuurdatum.",
                           "Gelieve te betalen op {iban} ({bic}) onder vermelding van {number}."], foot="line"),
               subject="Factuur VF26011873 - Groothandel Vermeer & Kok B.V.", greet="Geachte heer/mevrouw,",
               note="Eight columns with article code, unit, line discount %, VAT per line; two rates with their bases; department line after the co-operative."))

    # 3 e-Boekhouden: "Klant" label right, debtor number under the name, details left, betalingskenmerk
    sel = S("Klussenbedrijf Harmsen", ["Molenstraat 8", "7461 BK Rijssen", "06 41 22 83 09"],
            "administratie@klussenbedrijfharmsen.nl", "NL", ["KvK 60912334", "Btw-id NL001882194B53"], "INGBNL2A", "Gert Harmsen")
    kenmerk = "5019 0266 0214 3317"
    build(dict(tool="e-boekhouden", layout="eboekhouden-klant-right", lang="nl", kind="pdf", seller=sel, issue=day(11, 20),
               number="F2026-214", debtor_name="Van 't Hek Installatietechniek V.O.F.", business=True,
               debtor_lines=["Van 't Hek Installatietechniek V.O.F.", "Debiteurnummer 10233", "Schuttersveld 19", "7462 AR Rijssen"],
               email="info@vanthek-installatie.nl", to_name="R. van 't Hek", term=14, term_words="binnen 14 dagen",
               ref=kenmerk, ref_label=kenmerk.replace(" ", ""),
               lines=[("Onderaanneming: sleuven frezen woning Borgstraat", 11.5, 5250, 21),
                      ("Huur sleuvenfrees", 2, 4500, 21), ("Afvoer puin", 1, 6500, 21)],
               L=dict(head="center", deb="label-right", deb_label="Klant", metapos="left", money=("nl", "€ {}"),
                      meta=["num", "date", "ref"], cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"),
                                                        ("amount", 539, "right")],
                      lab={"qty": "Uren/st."},
                      pay=["Gelieve het totaalbedrag binnen 14 dagen over te maken op rekening {iban}",
                           "met vermelding van betalingskenmerk {ref}."], foot="line"),
               subject="Factuur F2026-214", greet="Hallo Rick,",
               note="Debtor number printed under the name; particle van 't in a V.O.F.; 16-digit betalingskenmerk in groups."))

    # 4 SnelStart: window right, date table at the left beside it, two VAT rates (painting labour 9 %)
    sel = S("Schildersbedrijf De Kwast", ["Hoofdstraat 112", "2171 AV Sassenheim", "0252 21 44 90"],
            "info@schildersbedrijfdekwast.nl", "NL", ["KvK 28093417", "Btw NL815522093B01"], "RABONL2U", "Jeroen Kwast")
    build(dict(tool="snelstart", layout="snelstart-dates-left", lang="nl", kind="pdf", seller=sel, issue=day(11, 12), delay=1,
               number="26-0388", debtor_name="Dhr. en mevr. Wouters", business=False, cust="1872",
               debtor_lines=["Dhr. en mevr. Wouters", "Parklaan 3", "2171 CR Sassenheim"],
               email="wouters.parklaan@ziggo.nl", to_name="Annelies Wouters", term=8, term_words="binnen 8 dagen",
               lines=[("Arbeidsloon buitenschilderwerk kozijnen", 38, 5200, 9), ("Verf en grondverf Sikkens", 1, 41280, 21),
                      ("Steiger huur 1 week", 1, 27500, 21), ("Hout rot reparatie Repair Care", 1, 18650, 21)],
               L=dict(head="left", deb="win-right", metapos="left", money=("nl", "€ {}"),
                      meta=["date", "num", "cust", "due"], cols=[("desc", 56, "left"), ("qty", 360, "right"),
                                                                 ("price", 440, "right"), ("rate", 475, "right"),
                                                                 ("amount", 539, "right")],
                      title="FACTUUR",
                      pay=["Betaling binnen 8 dagen na factuurdatum op {iban} t.n.v. Schildersbedrijf De Kwast."], foot="three"),
               subject="Factuur 26-0388 schilderwerk Parklaan 3", greet="Beste meneer en mevrouw Wouters,",
               note="A couple named by surname only keeps its forms of address; 9 % labour and 21 % materials; dates beside the window on the left."))

    # 5 Jortt: one-line letterhead, a termijnfactuur (a share of the contract sum), a VvE p/a its manager
    sel = S("Bouwbedrijf Okkerse", ["Nijverheidsweg 6", "4431 NA 's-Gravenpolder", "088 402 11 70"],
            "facturatie@bouwbedrijf-okkerse.nl", "NL", ["KvK 22049871", "btw NL003122765B08"], "ABNANL2A", "Marco Okkerse")
    build(dict(tool="jortt", layout="jortt-termijn", lang="nl", kind="pdf", seller=sel, issue=day(11, 25), delay=2,
               number="OKK-2026-078", debtor_name="VvE Parkflat Zuiderhout", business=True,
               debtor_lines=["VvE Parkflat Zuiderhout", "p/a Van Dijk Vastgoedbeheer B.V.", "Stationsplein 2", "4461 HP Goes"],
               email="vve-beheer@vandijkvastgoed.nl", to_name="Van Dijk Vastgoedbeheer", term=21,
               term_words="binnen 21 dagen na factuurdatum",
               lines=[("Termijn 2 van 4: 30% van aanneemsom € 86.400,00 (gevelrenovatie)", 1, 2592000, 21)],
               L=dict(head="bar", deb="win-left", metapos="right", money=("nl", "€ {}"),
                      meta=["num", "date", ("Project", "P-2611 Gevelrenovatie")], title="Termijnfactuur",
                      cols=[("desc", 56, "left"), ("amount", 539, "right")],
                      pay=["Wij verzoeken u vriendelijk het bedrag van {due} binnen 21 dagen na factuurdatum",
                           "over te maken op {iban} t.n.v. Bouwbedrijf Okkerse o.v.v. {number}."], foot="none"),
               subject="Termijnfactuur OKK-2026-078 VvE Parkflat Zuiderhout", greet="Geachte heer Van Dijk,",
               note="A termijnfactuur for 30 % of the contract sum: the contract sum is printed but is not the total; VvE p/a its manager."))

    # 6 WeFact: two pages, totals on page 2, debtor is a sole trader's trade name with an owner line
    sel = S("Webhosting Polder", ["Zuivelweg 3", "1619 BH Andijk", "support@webhostingpolder.nl"],
            "facturen@webhostingpolder.nl", "NL", ["KvK 64028836", "BTW NL855639021B01"], "KNABNL2H")
    lines = [("Webhosting Pro %s (12 mnd)" % d, 1, 8400, 21) for d in
             ["bakkerijtenhave.nl", "tenhave-taarten.nl", "broodabonnement.nl"]]
    lines += [("Domeinregistratie .nl %s" % d, 1, 995, 21) for d in
              ["bakkerijtenhave.nl", "tenhave-taarten.nl", "broodabonnement.nl", "tenhave.shop"]]
    lines += [("SSL-certificaat wildcard", 1, 6900, 21), ("Zakelijke mailbox 10 GB", 6, 1800, 21),
              ("Migratie webshop (uren)", 3.5, 7500, 21), ("Back-up extra 30 dagen", 12, 250, 21),
              ("Spamfilter per domein", 4, 600, 21), ("Telefonische ondersteuning", 1, 0, 21)]
    build(dict(tool="wefact", layout="wefact-two-pages", lang="nl", kind="pdf", seller=sel, issue=day(11, 2),
               number="F26-01207", debtor_name="Bakkerij Ten Have", business=True, cust="DB00412",
               debtor_lines=["Bakkerij Ten Have", "Inh. M.J. ten Have", "Kerkstraat 27", "1611 KM Bovenkarspel"],
               email="marieke@bakkerijtenhave.nl", to_name="Marieke ten Have", term=14, term_words="Te betalen voor (printed date)",
               lines=lines,
               L=dict(head="right", deb="win-left", metapos="right", money=("nl", "€ {}"), pages=2, cut=9,
                      meta=["num", "date", "cust", "due"], lab={"cust": "Debiteurnummer", "due": "Te betalen voor"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Wij verzoeken u het totaalbedrag vóór {duedate} over te maken naar {iban}",
                           "ten name van Webhosting Polder, onder vermelding van factuurnummer {number}."], foot="line"),
               subject="Nieuwe factuur F26-01207", greet="Beste Marieke,",
               note="Two pages: page 1 ends with a Transport line, totals on page 2; sole trader's trade name above an 'Inh.' line."))

    # 7 Informer: a kitchen fitter's invoice less a deposit; an academic title kept in the name
    sel = S("Keukenmakerij Van Dalen", ["Ambachtsweg 14", "3953 BZ Maarsbergen", "0343 43 19 20"],
            "verkoop@keukenmakerijvandalen.nl", "NL", ["KvK 30271955", "BTW NL001572936B02"], "RABONL2U", "Erik van Dalen")
    tot_lines = [("Maatwerk keuken eiken fineer, volgens offerte O-26-031", 1, 1240000, 21),
                 ("Composiet werkblad 3 m", 1, 189000, 21), ("Inbouwapparatuur Bosch (set)", 1, 312500, 21),
                 ("Montage 3 dagen, 2 personen", 48, 5800, 21)]
    build(dict(tool="informer", layout="informer-deposit", lang="nl", kind="pdf", seller=sel, issue=day(11, 18), delay=1,
               number="20260411", debtor_name="drs. A.C. van der Linden-Ouali", business=False, cust="K-0981",
               debtor_lines=["Mevrouw drs. A.C. van der Linden-Ouali", "Burgemeester Grothestraat 44", "3761 CR Soest"],
               email="annecvdlinden@gmail.com", to_name="Anne van der Linden", term=14, term_words="binnen 14 dagen",
               lines=tot_lines, paid=[("Reeds voldaan: aanbetaling d.d. 02-10-2026", 600000)],
               L=dict(head="left", deb="win-right", metapos="left", money=("nl", "€ {}"), tot_x=250,
                      meta=["num", "date", "cust"], lab={"due_amt": "Nog te betalen", "total": "Totaal incl. btw"},
                      cols=[("desc", 56, "left"), ("qty", 390, "right"), ("price", 465, "right"), ("amount", 539, "right")],
                      pay=["Het restant van {due} dient binnen 14 dagen te worden voldaan op {iban}."], foot="three"),
               subject="Factuur 20260411 keuken", greet="Geachte mevrouw Van der Linden,",
               note="Deposit paid earlier subtracted; 'Mevrouw' dropped but 'drs.' kept; double surname with an Arabic name."))

    # 8 Twinfield with UBL: a C.V. with a crediteurenadministratie line, an RF reference
    sel = S("Technisch Adviesbureau Brink", ["Stationsweg 90", "9401 KW Assen", "www.tabrink.nl"],
            "facturen@tabrink.nl", "NL", ["KvK 04077315", "BTW NL809911342B01"], "ABNANL2A")
    ref = rf("260931")
    build(dict(tool="twinfield", layout="twinfield-ubl-rf", lang="nl", kind="pdf+ubl", seller=sel, issue=day(11, 27), delay=3,
               number="26-0931", debtor_name="Hoogendijk & Zn. C.V.", business=True, ref=ref,
               debtor_lines=["Hoogendijk & Zn. C.V.", "t.a.v. crediteurenadministratie", "Havenkade 5", "9401 LH Assen"],
               email="crediteuren@hoogendijk-zn.nl", to_name=None, term=30, term_words="30 dagen",
               lines=[("Constructieve berekening hal 3", 1, 285000, 21), ("Tekenwerk Revit", 16, 8500, 21),
                      ("Bouwplaatsbezoek", 2, 19500, 21)],
               L=dict(head="left", deb="win-left", metapos="box", money=("nl", "EUR {}"),
                      meta=["num", "date", "due", "ref"], lab={"ref": "Referentie"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Betalen met structured creditor reference {ref} op {iban}."], foot="three"),
               subject="Factuur 26-0931", body="Geachte relatie,\n\nBijgaand ontvangt u factuur {number} (PDF en UBL).\n\nMet vriendelijke groet,\nTechnisch Adviesbureau Brink",
               note="RF creditor reference as the payment reference, also the UBL PaymentID; To header is a bare address."))

    # 9 Rompslomp: a Belgian BV/SRL, reverse charge, the debtor's VAT number under the name
    sel = S("Vormgeving Bakker", ["Nieuwstad 61", "7201 NN Zutphen", "06 2934 1177"],
            "tim@vormgevingbakker.nl", "NL", ["KvK 81144920", "Btw-id NL004431876B29"], "TRIONL2U", "Tim Bakker")
    build(dict(tool="rompslomp", layout="rompslomp-reverse-be", lang="nl", kind="pdf", seller=sel, issue=day(11, 4),
               number="2026-047", debtor_name="Brouwerij De Vlaamse Kroon BV/SRL", business=True, reverse=True,
               debtor_lines=["Brouwerij De Vlaamse Kroon BV/SRL", "BTW BE 0712.448.391", "Brusselsesteenweg 240",
                             "9090 Melle", "België"],
               email="boekhouding@vlaamsekroon.be", to_name="Boekhouding Vlaamse Kroon", term=30, term_words="binnen 30 dagen",
               lines=[("Etiketontwerp Kroon Tripel en Kroon Blond", 1, 165000, 0),
                      ("Aanpassingen na proefdruk (uren)", 5, 6500, 0)],
               L=dict(head="left", deb="label-left", deb_label="Factuuradres", metapos="right", money=("nl", "€ {}"),
                      meta=["num", "date", "due"],
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Btw verlegd naar de afnemer (art. 196 Btw-richtlijn).",
                           "Graag binnen 30 dagen betalen op {iban} (BIC {bic})."], foot="regs"),
               subject="Factuur 2026-047", greet="Beste Lotte,",
               note="Belgian BV/SRL billed by a Dutch freelancer, reverse charge, the debtor's BTW number printed under its name."))

    # 10 Tellow: a family as the debtor, one-line bank footer
    sel = S("Fotografie Lisa Mulder", ["Vinkenlaan 4", "3861 ES Nijkerk"], "lisa@fotografielisamulder.nl", "NL",
            ["KvK 77120948"], "INGBNL2A", "Lisa Mulder")
    build(dict(tool="tellow", layout="tellow-family", lang="nl", kind="pdf", seller=sel, issue=day(11, 23),
               number="LM-2026-031", debtor_name="Familie Ramdin", business=False, discount_pct=10,
               debtor_lines=["Familie Ramdin", "Wittenburg 18", "3862 KX Nijkerk"],
               email="s.ramdin@hotmail.com", to_name="Sunita Ramdin", term=14, term_words="binnen 14 dagen",
               lines=[("Familieshoot op locatie (1,5 uur)", 1, 29500, 21), ("Extra bewerkte foto's", 10, 1500, 21),
                      ("Fotoalbum 30x30 linnen", 1, 12900, 21)],
               L=dict(head="left", deb="win-left", metapos="right", money=("nl", "€ {}"), meta=["num", "date"],
                      lab={"disc": "Korting vaste klant {p}%"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Wil je het bedrag binnen 14 dagen overmaken naar {iban} t.n.v. L. Mulder?", "Dank je wel!"],
                      foot="line"),
               subject="Factuur familieshoot", greet="Hoi Sunita,",
               note="'Familie' is part of the name; number only in the PDF, the subject has none."))

    # 11 Gripp: hours with date and employee columns, department line BEFORE the organisation
    sel = S("Kloppend Hart Communicatie B.V.", ["Vismarkt 22", "9712 CB Groningen", "050 311 28 40"],
            "finance@kloppendhart.nl", "NL", ["KvK 68110223", "BTW NL857390117B01"], "ABNANL2A")
    hrs = [("Interviews medewerkers", day(10, 6), "S. Visser", 6, 9500), ("Copy magazine", day(10, 9), "S. Visser", 7.5, 9500),
           ("Vormgeving magazine", day(10, 13), "D. Kramer", 12, 8500), ("Correctieronde", day(10, 20), "D. Kramer", 3, 8500),
           ("Projectleiding", day(10, 27), "M. Oosting", 4, 11000)]
    build(dict(tool="gripp", layout="gripp-dept-first", lang="nl", kind="pdf", seller=sel, issue=day(11, 3), delay=1,
               number="KH-260812", debtor_name="Hanze Mobiliteit N.V.", business=True, order="4500-22931",
               debtor_lines=["Afdeling Communicatie", "Hanze Mobiliteit N.V.", "Postbus 1120", "9701 BC Groningen"],
               email="facturen@hanzemobiliteit.nl", to_name="Facturen Hanze Mobiliteit", term=30, term_words="binnen 30 dagen",
               period="oktober 2026",
               lines=[(d, h, p, 21, 0, {"date_col": dd.strftime("%d-%m"), "who": w}) for d, dd, w, h, p in hrs],
               L=dict(head="right", deb="win-left", metapos="right", money=("nl", "€ {}"),
                      meta=["num", "date", "order", "period"], lab={"order": "Inkoopordernr.", "qty": "Uren", "price": "Tarief"},
                      cols=[("date_col", 56, "left"), ("who", 100, "left"), ("desc", 175, "left"), ("qty", 390, "right"),
                            ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Betaling binnen 30 dagen op {iban}, o.v.v. factuurnummer en inkoopordernummer."], foot="three"),
               subject="Factuur KH-260812 (PO 4500-22931)", greet="Geachte crediteurenadministratie,",
               note="Hours table with date and employee columns; the department line stands above the N.V."))

    # 12 Yuki with UBL: a Stichting, 16-digit betalingskenmerk as PaymentID, details in a box
    sel = S("Groenvoorziening Het Veld", ["Dorpsstraat 143", "6674 AG Herveld", "0488 45 13 22"],
            "administratie@groenhetveld.nl", "NL", ["KvK 09183366", "BTW NL819021345B01"], "RABONL2U")
    kenm = "7004 1182 2026 1203"
    build(dict(tool="yuki", layout="yuki-ubl-box", lang="nl", kind="pdf+ubl", seller=sel, issue=day(11, 30), delay=1,
               number="V-2026-1203", debtor_name="Stichting Zorgboerderij De Zonnehoeve", business=True, cust="D1047",
               ref=kenm, ref_label=kenm.replace(" ", ""),
               debtor_lines=["Stichting Zorgboerderij De Zonnehoeve", "t.a.v. de penningmeester", "Linge 9", "6673 DM Andelst"],
               email="penningmeester@dezonnehoeve.nl", to_name="Penningmeester De Zonnehoeve", term=14,
               term_words="binnen 14 dagen",
               lines=[("Snoeien fruitbomen boomgaard", 14, 4800, 21), ("Afvoer snoeihout (m3)", 6, 2250, 21),
                      ("Aanplant haagbeuk 80-100 cm", 120, 295, 9)],
               L=dict(head="center", deb="win-left", metapos="box", money=("nl", "€ {}"),
                      meta=["num", "date", "cust", "ref"],
                      cols=[("desc", 56, "left"), ("qty", 370, "right"), ("price", 440, "right"), ("rate", 480, "right"),
                            ("amount", 539, "right")],
                      pay=["Wij verzoeken u vriendelijk het bedrag binnen 14 dagen te voldoen op {iban}",
                           "onder vermelding van het betalingskenmerk {ref}."], foot="three"),
               subject="Factuur V-2026-1203 Groenvoorziening Het Veld",
               note="Betalingskenmerk in groups of four, also the UBL PaymentID; 9 % plants and 21 % work; t.a.v. a role."))

    # 13 Visma eAccounting: a "Klant" box with the customer number beside the name, trade name with owner
    sel = S("Bandenservice Oost", ["Europaweg 201", "7336 AL Apeldoorn", "055 760 44 10"],
            "facturen@bandenservice-oost.nl", "NL", ["KvK 57211390", "Btw NL852330781B01"], "INGBNL2A")
    build(dict(tool="visma-eaccounting", layout="visma-klant-box", lang="nl", kind="pdf", seller=sel, issue=day(11, 11),
               number="10562", debtor_name="Autobedrijf Yılmaz", business=True, cust="1094",
               debtor_lines=["Klant: Autobedrijf Yılmaz          Klantnr. 1094", "Eigenaar: H. Yılmaz", "Handelsweg 7",
                             "7332 BD Apeldoorn"],
               email="info@autobedrijfyilmaz.nl", to_name="Hakan Yılmaz", term=14, term_words="Betaling binnen 14 dagen",
               lines=[("Michelin Alpin 6 205/55 R16", 8, 11200, 21), ("Montage en balanceren", 8, 1450, 21),
                      ("Bandenopslag seizoen", 2, 3500, 21), ("Milieuheffing banden", 8, 250, 21)],
               L=dict(head="left", deb="label-left", metapos="right", money=("nl", "{}"), plain_cells=True,
                      meta=["num", "date", "due"], lab={"total": "Totaal EUR"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Betalingsvoorwaarden: betaling binnen 14 dagen", "Bankrekening: {iban}"], foot="three"),
               subject="Factuur 10562 van Bandenservice Oost", greet="Beste Hakan,",
               note="Customer number on the same line as the name inside a 'Klant:' box; owner line under a trade name; amounts without a currency sign."))

    # 14 AFAS: formal letter, debtor number and order number under the address, term in the text only
    sel = S("Schoonmaakbedrijf Zilverglans B.V.", ["Laan van Westenenk 501", "7334 DT Apeldoorn"],
            "debiteurenbeheer@zilverglans.nl", "NL", ["KvK 08122497", "BTW NL009871224B01"], "ABNANL2A", "Debiteurenbeheer")
    build(dict(tool="afas", layout="afas-letter", lang="nl", kind="pdf", seller=sel, issue=day(12, 1), delay=1,
               number="2026009117", debtor_name="Kinderopvang Het Rode Kruid B.V.", business=True, cust="40118",
               order="PO-7781",
               debtor_lines=["Kinderopvang Het Rode Kruid B.V.", "T.a.v. Financiële administratie", "Zwolseweg 300",
                             "7315 GN Apeldoorn", "", "Debiteur 40118 · Uw ordernummer PO-7781"],
               email="financien@hetrodekruid.nl", to_name="Financiële administratie", term=30,
               term_words="betaling binnen dertig dagen na factuurdatum",
               period="november 2026",
               lines=[("Dagelijkse schoonmaak locatie Zwolseweg", 1, 218000, 21), ("Dagelijkse schoonmaak locatie Kanaal Noord", 1, 164000, 21),
                      ("Glasbewassing (kwartaal)", 1, 38500, 21), ("Extra reiniging na verbouwing", 9, 3850, 21)],
               L=dict(head="right", deb="win-left", ret=True, metapos="under", under_tab=True, money=("nl", "€ {}"),
                      meta=["num", "date", "period"], title="Factuur",
                      intro=["Geachte heer, mevrouw,", "Hierbij brengen wij u de volgende werkzaamheden in rekening:"],
                      cols=[("desc", 56, "left"), ("qty", 390, "right"), ("price", 465, "right"), ("amount", 539, "right")],
                      pay=["Wij verzoeken u het verschuldigde bedrag binnen dertig dagen na factuurdatum over te maken",
                           "op rekeningnummer {iban} ten name van Schoonmaakbedrijf Zilverglans B.V.",
                           "", "Met vriendelijke groet,", "Schoonmaakbedrijf Zilverglans B.V."], foot="regs"),
               subject="Factuur 2026009117", greet="Geachte heer, mevrouw,",
               body="Geachte heer, mevrouw,\n\nIn de bijlage treft u factuur {number} aan voor de schoonmaakwerkzaamheden over november 2026.\n\nMet vriendelijke groet,\n\nAfdeling Debiteurenbeheer\nSchoonmaakbedrijf Zilverglans B.V.\n\nDit bericht is automatisch verzonden vanuit AFAS Profit.",
               note="A letter: return line above the window, debtor and order numbers on a line under the address; term only in words."))

    # 15 LibreOffice letter, Flemish: a consumer with d', a structured reference
    sel = S("Schrijnwerkerij Claeys BV", ["Kortrijksestraat 58", "8500 Kortrijk", "BTW BE 0644.201.377"],
            "info@schrijnwerkerijclaeys.be", "BE", ["RPR Gent afd. Kortrijk", "BTW BE 0644.201.377"], "GKCCBEBB", "Pieter Claeys")
    sref = structured("2026004170")
    build(dict(tool="libreoffice", layout="libreoffice-flemish-letter", lang="nl", kind="pdf", seller=sel, issue=day(11, 26), delay=2,
               number="2026/0417", debtor_name="L. D'Hondt", business=False, ref=sref,
               debtor_lines=["Mevrouw L. D'Hondt", "Gentsesteenweg 12 bus 3", "8530 Harelbeke"],
               email="lien.dhondt@telenet.be", to_name="Lien D'Hondt", term=30, term_words="binnen de 30 dagen",
               lines=[("Maatkast slaapkamer eik, geplaatst", 1, 386000, 6), ("Schuifdeuren met spiegel", 2, 41500, 6),
                      ("Verplaatsing", 1, 4500, 6)],
               L=dict(head="sidebar", deb="win-left", metapos="under", under_tab=True, money=("nl", "€ {}"),
                      meta=[("Kortrijk,", "{date}"), "num"], lab={"num": "Factuur nr.", "vat": "BTW {r}%"},
                      title="FACTUUR", title_y=280,
                      cols=[("desc", 56, "left"), ("qty", 390, "right"), ("price", 465, "right"), ("amount", 539, "right")],
                      pay=["Btw 6% - woning ouder dan 10 jaar, attest van de klant ontvangen.",
                           "Te betalen binnen de 30 dagen op rekening {iban}",
                           "met de gestructureerde mededeling {ref}."], foot="none"),
               subject="Factuur 2026/0417 Schrijnwerkerij Claeys", greet="Beste mevrouw D'Hondt,",
               body="{greet}\n\nZoals beloofd vindt u in bijlage de factuur voor de kast en de schuifdeuren.\nHet was een plezier om bij u te werken!\n\nMet vriendelijke groeten,\nPieter Claeys",
               note="Flemish letter: sender in a right-hand column, 6 % renovation VAT, structured reference kept as printed; d' in the name."))

    # 17 Odoo, Flemish: a creditnota to an NV, negative amounts, the invoice it corrects named
    sel = S("Verpakkingen Desmet NV", ["Industriepark Noord 12", "8800 Roeselare", "BTW BE 0455.318.902"],
            "boekhouding@desmet-verpakkingen.be", "BE", ["RPR Gent afd. Kortrijk", "BTW BE 0455.318.902"], "KREDBEBB")
    build(dict(tool="odoo", layout="odoo-creditnota-be", lang="nl", kind="pdf", seller=sel, issue=day(11, 19),
               number="RCRED/2026/0036", debtor_name="Verhaeghe Logistics NV", business=True, credit=True,
               debtor_lines=["Verhaeghe Logistics NV", "Afdeling Aankoop", "Ter Reigerie 4", "8800 Roeselare", "BE 0419.772.160"],
               email="aankoop@verhaeghe-logistics.be", to_name="Aankoop Verhaeghe", term=None,
               lines=[("Retour: kartonnen dozen 600x400x400 (beschadigd)", 400, 138, 21),
                      ("Prijscorrectie stretchfolie volgens afspraak", 1, 8600, 21)],
               L=dict(head="left", deb="win-right", metapos="under", under_tab=True, money=("nl", "{} €"),
                      meta=["date", ("Oorsprong", "FACT/2026/1187")], lab={"date": "Datum creditnota", "vat": "BTW {r}%",
                                                                               "total": "Totaal"},
                      title="Creditnota RCRED/2026/0036",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Dit bedrag wordt verrekend met uw volgende factuur of teruggestort op uw rekening."],
                      foot="line"),
               subject="Creditnota RCRED/2026/0036 - Verpakkingen Desmet NV", greet="Geachte,",
               body="Geachte,\n\nIn bijlage vindt u de creditnota RCRED/2026/0036 betreffende factuur FACT/2026/1187.\n\nMet vriendelijke groeten,\nBoekhouding Desmet",
               pdf_name="Creditnota_RCRED_2026_0036.pdf",
               note="Flemish credit note: negative amounts with the euro sign after, the original invoice named; the footer prints the seller's IBAN."))

    # 18 typed in the mail: a piano tuner, a consumer with a Turkish name
    sel = S("Pianostemmer Wessels", [], "h.wessels@pianostemmerwessels.nl", "NL", [], "", "Hans Wessels")
    build(dict(tool="typed-mail", layout="typed-nl-tuner", lang="nl", kind="body-text", seller=sel, issue=day(11, 21),
               number="2026-88", debtor_name="A. Çelik", business=False, debtor_lines=[],
               email="aysecelik74@kpnmail.nl", to_name="Ayşe Çelik", term=14, term_words="binnen 14 dagen",
               lines=[("Stemmen vleugel Yamaha C3", 1, 13500, 21), ("Intonatie hamers (uur)", 1.5, 6000, 21),
                      ("Voorrijkosten", 1, 2500, 21)],
               L=dict(money=("nl", "€ {}")),
               subject="Factuur stemmen vleugel",
               body="Beste mevrouw Çelik,\n\nDank u wel voor de koffie zaterdag! Hierbij de factuur, zoals afgesproken per mail.\n\n"
                    "FACTUUR 2026-88\nDatum: {date}\nAan: A. Çelik, Emmalaan 5, 7522 HK Enschede\n\n{lines}\n{totals}\n\n"
                    "Graag binnen 14 dagen overmaken op {iban} t.n.v. H. Wessels.\n\nMet muzikale groet,\nHans Wessels\nPianostemmer - 06 1820 4471\nKvK 52230977",
               note="Invoice typed in the mail with a VAT line; the number only in the body; consumer name with ç."))

    # 19 typed in the mail: a tutor to a couple named one by one, less an advance
    sel = S("Bijles Rekenhulp", [], "rekenhulp.sanne@gmail.com", "NL", [], "", "Sanne de Bruin")
    build(dict(tool="typed-mail", layout="typed-nl-tutor-advance", lang="nl", kind="body-text", seller=sel, issue=day(11, 30),
               number="RH-26-19", debtor_name="R. Bos en S. Bos-Kaya", business=False, debtor_lines=[],
               email="bos-kaya@outlook.com", to_name="Serpil Bos-Kaya", term=10, term_words="binnen tien dagen",
               lines=[("Bijles wiskunde Emre, november", 8, 3250, 0)], paid=[("Voorschot oktober", 10000)],
               L=dict(money=("nl", "€ {}"), no_sub=True, hide_zero_vat=True, lab={"due_amt": "Nog over te maken"}),
               subject="Nota bijles november",
               body="Hoi Serpil en Rob,\n\nHierbij de nota voor de bijlessen van Emre in november.\n\n"
                    "Nota nr. RH-26-19 - {date}\nVoor: dhr. R. Bos en mevr. S. Bos-Kaya\n\n{lines}\n{totals}\n\n"
                    "(vrijgesteld van btw, art. 11 lid 1 sub o Wet OB)\n\nWillen jullie het binnen tien dagen overmaken naar {iban} (S. de Bruin)?\n\n"
                    "Groetjes,\nSanne",
               note="Typed 'nota' to a couple named one by one: both forms dropped; an advance subtracted; VAT-exempt tutoring."))

    # 20 HTML: a coffee roaster's wholesale order on account to a v.o.f., 9 % and 21 %
    sel = S("Branderij Zwarte Parel", ["Veemarkt 3", "5038 CV Tilburg"], "orders@zwarteparel.coffee", "NL",
            ["KvK 74018823", "BTW NL859902716B01"], "RABONL2U")
    build(dict(tool="webshop-html", layout="html-wholesale-nl", lang="nl", kind="body-html", seller=sel, issue=day(11, 24),
               number="ZP-F-26-0571", debtor_name="Eetcafé De Gouden Leeuw v.o.f.", business=True, cust="HR-118",
               debtor_lines=[], email="bestellingen@goudenleeuw-breda.nl", to_name="Eetcafé De Gouden Leeuw",
               term=14, term_words="binnen 14 dagen",
               lines=[("Espresso Blend Zwarte Parel 1 kg", 12, 2390, 9), ("Decaf Colombia 1 kg", 2, 2650, 9),
                      ("Chai siroop 750 ml", 4, 1195, 9), ("Melkkan RVS 600 ml", 2, 1895, 21)],
               L=dict(money=("nl", "€ {}"), meta=["num", "date", "cust", "due"],
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("price", 0, "right"), ("rate", 0, "right"),
                            ("amount", 0, "right")]),
               subject="Factuur ZP-F-26-0571 - bestelling op rekening",
               html_before="<p>Beste Gouden Leeuw-team,</p><p>Bedankt voor je bestelling op rekening. Hieronder de factuur.</p>"
                           "<p><strong>Factuur aan:</strong><br>Eetcafé De Gouden Leeuw v.o.f.<br>Grote Markt 19<br>4811 XP Breda</p>",
               html_after="<p>Betaal binnen 14 dagen (uiterlijk {duedate}) op <strong>{iban}</strong> t.n.v. Branderij Zwarte Parel, "
                          "o.v.v. {number}.</p><p>Branderij Zwarte Parel · KvK 74018823 · BTW NL859902716B01</p>",
               note="HTML invoice on account with 9 % coffee and 21 % equipment; 'Factuur aan' block inside the HTML."))

    # 21 HTML: a pet hotel to a family with van 't
    sel = S("Dierenpension De Hondenmand", ["Heideweg 22", "5521 PL Eersel"], "info@dehondenmand.nl", "NL",
            ["KvK 17088213"], "SNSBNL2A")
    build(dict(tool="html-mail", layout="html-pet-hotel", lang="nl", kind="body-html", seller=sel, issue=day(11, 6),
               number="DH26-0304", debtor_name="Fam. Van 't Veer", business=False,
               debtor_lines=[], email="vantveer.gezin@gmail.com", to_name="Jolanda van 't Veer", term=7,
               term_words="binnen 7 dagen",
               lines=[("Logeren Bobbie (labrador), 27-10 t/m 04-11", 9, 2850, 21), ("Logeren Mies (kat)", 9, 1600, 21),
                      ("Uitlaatservice extra", 3, 750, 21)],
               L=dict(money=("nl", "€ {}"), meta=["num", "date"], lab={"total": "Totaal te betalen"},
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("price", 0, "right"), ("amount", 0, "right")]),
               subject="Factuur logeerpartij Bobbie en Mies",
               html_before="<p>Beste familie Van 't Veer,</p><p>Bobbie en Mies waren weer heerlijke logés! Hierbij de factuur.</p>"
                           "<p>Fam. Van 't Veer<br>Kempenlaan 80<br>5521 AE Eersel</p>",
               html_after="<p>Graag binnen 7 dagen overmaken naar {iban} t.n.v. Dierenpension De Hondenmand.</p><p>Lieve groet,<br>Marloes</p>",
               with_text="Beste familie Van 't Veer,\n\nBobbie en Mies waren weer heerlijke logés! Factuur {number}: {total}, graag binnen 7 dagen op {iban}.\n\nLieve groet,\nMarloes",
               note="HTML with a text alternative; 'Fam.' is part of the name; van 't capitalised after Fam."))


def invoices_en():
    # E1 Stripe invoice: sent by Stripe, "Bill to", amount due headline, pay online and by bank transfer
    sel = S("Tidewell Software B.V.", ["Keizersgracht 520", "1017 EK Amsterdam", "Netherlands"], "billing@tidewell.io", "IE",
            ["VAT NL864001223B01"], "STPEIE21")
    build(dict(tool="stripe", layout="stripe-invoice", lang="en", kind="pdf", seller=sel, issue=day(11, 1),
               number="A8F3C2E1-0014", debtor_name="Kettle & Finch Ltd", business=True,
               debtor_lines=["Kettle & Finch Ltd", "Unit 4, Baltic Triangle", "Liverpool L1 0AH", "United Kingdom",
                             "accounts@kettleandfinch.co.uk", "GB VAT 318 4402 19"],
               email="accounts@kettleandfinch.co.uk", to_name=None, term=15, term_words="due date printed (Net 15)",
               lines=[("Tidewell Team plan (Nov 1 - Dec 1, 2026)", 14, 1900, 0), ("Extra storage 100 GB", 2, 500, 0)],
               reverse=True,
               L=dict(head="left", deb="label-left", deb_label="Bill to", metapos="right", money=("en", "€{}"),
                      date="us", meta=["num", "date", "due"], title="{due} due {duedate}", title_size=17,
                      lab={"num": "Invoice number", "date": "Date of issue", "vat0": "VAT (0%, reverse charge)",
                           "due_amt": "Amount due"}, also_due=True,
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Pay online: https://invoice.stripe.com/i/acct_1Nx2Tidewell/live_YWNjdF8xTngyVGlk",
                           "Or pay by bank transfer: IBAN {iban}  BIC {bic}  (Stripe Payments Europe)",
                           "Reverse charge: the customer accounts for VAT under Article 196 of Directive 2006/112/EC."],
                      foot="regs"),
               mail_from="invoice+statements@stripe.com", from_addr="invoice+statements@stripe.com",
               from_name="Tidewell Software B.V.", reply_to="billing@tidewell.io",
               subject="Your invoice from Tidewell Software B.V. #{number}",
               body="Tidewell Software B.V.\n\nInvoice #{number}\n\n{due}\nDue {duedate}\n\nPay this invoice:\nhttps://invoice.stripe.com/i/acct_1Nx2Tidewell/live_YWNjdF8xTngyVGlk\n\nQuestions? Contact Tidewell Software B.V. at billing@tidewell.io.\n\nPowered by Stripe",
               pdf_name="Invoice-{number}.pdf",
               note="Stripe: envelope from Stripe, the amount and due date as the headline, US dates, an IE virtual IBAN, reverse charge."))

    # E2 Wave: GBP, a details column with "Amount Due (GBP)", a Ltd named Mc..., sort code and IBAN
    sel = S("Hollis Print & Sign", ["12 Tanner Row", "York YO1 6JB", "01904 660 218"], "hello@hollisprint.co.uk", "GB",
            ["VAT Reg. GB 402 1187 63"], "", "Dan Hollis",
            bankcol=["Bank: NatWest", "Sort code 60-16-13  Acc 48201937"])
    sel["iban"] = gb_iban("NWBK", "60-16-13", "48201937")
    build(dict(tool="wave", layout="wave-details-gbp", lang="en", kind="pdf", seller=sel, issue=day(11, 13), currency="GBP",
               number="INV-1047", debtor_name="McAllister & Daughters Ltd", business=True, order="PO 2231",
               debtor_lines=["McAllister & Daughters Ltd", "Attn. Fiona McAllister", "3 Micklegate", "York YO1 6JH"],
               email="fiona@mcallisterdaughters.co.uk", to_name="Fiona", term=30, term_words="within thirty days",
               lines=[("Shop fascia, dibond 3000x600", 1, 68000, 20), ("Window vinyl lettering", 1, 14500, 20),
                      ("Fitting (2 fitters, half day)", 1, 22000, 20)],
               L=dict(head="right", deb="label-left", deb_label="BILL TO", metapos="right", money=("en", "£{}"),
                      date="us", meta=["num", "order", "date", "due", ("Amount Due (GBP)", "{due}")],
                      lab={"num": "Invoice Number:", "order": "P.O./S.O. Number:", "date": "Invoice Date:",
                           "due": "Payment Due:"}, title="INVOICE",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Notes / Terms", "Payment within thirty days, please. Bank transfer to IBAN {iban}",
                           "(sort code 60-16-13, account 48201937). Thank you!"], foot="three"),
               mail_from="hello@hollisprint.co.uk",
               subject="Invoice INV-1047 from Hollis Print & Sign", greet="Hi Fiona,",
               body="Hi Fiona,\n\nHollis Print & Sign has sent you an invoice for {due} GBP.\nDue: {duedate}\n\nView invoice attached.\n\nThanks,\nDan",
               note="Wave: 'Amount Due (GBP)' in the details column; To header gives a first name only; Attn. line under the Ltd."))

    # E3 Invoice Ninja: Irish consumer with O', "Paid to Date" and "Balance Due", bill to on the right
    sel = S("Burren Stoneworks", ["Main Street", "Ballyvaughan, Co. Clare H91 X2P4", "065 707 7412"],
            "accounts@burrenstoneworks.ie", "IE", ["VAT IE 3391028FH"], "AIBKIE2D", "Ciarán Hehir")
    build(dict(tool="invoice-ninja", layout="ninja-bill-right-paid", lang="en", kind="pdf", seller=sel, issue=day(11, 17), delay=1,
               number="0197", debtor_name="Siobhán O'Connell", business=False,
               debtor_lines=["Siobhán O'Connell", "Fanore Road", "Ballyvaughan", "Co. Clare"],
               email="siobhan.oconnell@eircom.net", to_name="Siobhán O'Connell", term=14, term_words="Net 14",
               lines=[("Limestone patio 28 m2, supply and lay", 28, 14500, 13.5), ("Dry stone wall repair (days)", 2.5, 38000, 13.5),
                      ("Skip hire", 1, 29000, 23)],
               paid=[("Paid to Date", 200000)],
               L=dict(head="left", deb="label-right", deb_label="BILL TO", metapos="left", money=("en", "€{}"),
                      date="short-en", meta=["num", "date", "due"], lab={"num": "Invoice #", "due_amt": "Balance Due",
                                                                          "vat": "VAT {r}%"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Terms: Net 14. Please pay by bank transfer to {iban} (BIC {bic})."], foot="three"),
               subject="Invoice 0197 from Burren Stoneworks", greet="Dear Siobhán,",
               note="Invoice Ninja: 'Paid to Date' deposit and 'Balance Due'; Irish 13.5 % and 23 %; name with O' and a fada."))

    # E5 Sage: GBP, the finance department before a CIC, many columns, term in words
    sel = S("Pennine Joinery Ltd", ["Unit 7, Calder Mills", "Hebden Bridge HX7 8AD", "01422 844 120"],
            "accounts@penninejoinery.co.uk", "GB", ["Company No. 08812455", "VAT GB 172 4419 06"], "", "Accounts",
            bankcol=["Lloyds Bank  Sort 30-94-57", "Account 21984411"])
    sel["iban"] = gb_iban("LOYD", "30-94-57", "21984411")
    build(dict(tool="sage", layout="sage-dept-cic", lang="en", kind="pdf", seller=sel, issue=day(11, 10), currency="GBP", delay=2,
               number="SI-20418", debtor_name="Ashgrove Housing CIC", business=True, cust="ASH001",
               debtor_lines=["Finance Department", "Ashgrove Housing CIC", "48 Station Parade", "Todmorden OL14 5AA"],
               email="finance@ashgrovehousing.org.uk", to_name="Ashgrove Finance", term=30, term_words="within thirty days",
               yourref="Order 7712",
               lines=[("Sash window refurbishment", 6, 34500, 20, 0, {"art": "SW-REF"}),
                      ("Draught proofing kit", 6, 4200, 20, 0, {"art": "DP-KIT"}),
                      ("Front door, hardwood, fitted", 1, 128000, 20, 5, {"art": "FD-HW"}),
                      ("Disposal of old frames", 1, 9500, 20, 0, {"art": "DISP"})],
               L=dict(head="boxed", deb="win-left", metapos="box", money=("en", "£{}"), date="dmy/",
                      meta=["num", "date", "cust", "yourref"], lab={"num": "Invoice No.", "date": "Invoice/Tax Date",
                                                                     "cust": "Account Ref", "yourref": "Customer Order No.",
                                                                     "sub": "Total Net Amount", "vat": "Total VAT Amount",
                                                                     "total": "INVOICE TOTAL"},
                      cols=[("art", 56, "left"), ("desc", 115, "left"), ("qty", 330, "right"), ("price", 400, "right"),
                            ("disc", 440, "right"), ("rate", 480, "right"), ("amount", 539, "right")],
                      pay=["Terms: strictly within thirty days of the invoice date.",
                           "BACS: Lloyds Bank, sort code 30-94-57, account 21984411 - IBAN {iban}"], foot="three"),
               subject="Pennine Joinery Ltd - Invoice SI-20418", greet="Dear Sir/Madam,",
               note="Sage layout with product codes, a discount column and a boxed letterhead; department line above the CIC."))

    # E6 Harvest: USD hours, an LLP with Attn., paid by wire to an IBAN
    sel = S("Marlowe Research", ["Prinsengracht 771", "1017 JZ Amsterdam", "The Netherlands"], "invoices@marlowe-research.nl",
            "NL", ["KvK 80244190", "VAT NL003998211B45"], "INGBNL2A", "Eva Marlowe")
    hrs = [("User interviews (round 2)", day(10, 5), 12), ("Synthesis workshop", day(10, 14), 6),
           ("Report and readout", day(10, 22), 9.5)]
    build(dict(tool="harvest", layout="harvest-hours-usd", lang="en", kind="pdf", seller=sel, issue=day(11, 5), currency="USD",
               number="2026-031", debtor_name="Bellweather Partners LLP", business=True, reverse=True,
               debtor_lines=["Bellweather Partners LLP", "Attn: Accounts Payable", "401 Congress Ave, Suite 1540",
                             "Austin, TX 78701", "USA"],
               email="ap@bellweatherpartners.com", to_name="Accounts Payable", term=14, term_words="Payment within 14 days",
               lines=[(d, h, 16500, 0, 0, {"date_col": dd.strftime("%m/%d/%Y")}) for d, dd, h in hrs],
               L=dict(head="left", deb="cols", deb_label="Invoice For", metapos="row", money=("en", "${}"), date="us",
                      meta=["num", "date", "due", ("Subject", "Q4 discovery research")],
                      lab={"num": "Invoice ID", "date": "Issue Date", "vat0": "VAT 0% (export of services)",
                           "qty": "Hours", "price": "Rate"},
                      cols=[("date_col", 56, "left"), ("desc", 120, "left"), ("qty", 390, "right"), ("price", 460, "right"),
                            ("amount", 539, "right")],
                      pay=["Payment within 14 days by wire transfer in USD to {iban} (SWIFT {bic}), Marlowe Research."],
                      foot="regs"),
               subject="Invoice 2026-031 from Marlowe Research", greet="Hi there,",
               note="Harvest: 'From' and 'Invoice For' in two columns, an hours table with dates, USD paid to a Dutch IBAN."))

    # E7 Bonsai: PLN, a Polish Sp. z o.o., an interpreter billing from the Netherlands
    sel = S("Magdalena Wróbel Translations", ["Laan van Meerdervoort 188", "2517 BH Den Haag"], "magda@wrobel-translations.eu",
            "PL", ["KvK 85510392", "VAT NL005120983B88"], "BREXPLPW", "Magdalena Wróbel")
    build(dict(tool="bonsai", layout="bonsai-pln", lang="en", kind="pdf", seller=sel, issue=day(11, 6), currency="PLN", delay=1,
               number="MW-0063", debtor_name="Nowak & Wiśniewski Sp. z o.o.", business=True, reverse=True,
               debtor_lines=["Nowak & Wiśniewski Sp. z o.o.", "ul. Piotrkowska 120", "90-006 Łódź, Poland", "NIP PL7251893340"],
               email="faktury@nowakwisniewski.pl", to_name="Katarzyna Nowak", term=21, term_words="payable within 21 days",
               lines=[("Interpreting, supplier audit Eindhoven (days)", 2, 280000, 0), ("Translation of audit report (words)", 6400, 38, 0),
                      ("Travel costs (flat)", 1, 42000, 0)],
               L=dict(head="left", deb="beside-sender", metapos="row", money=("sp", "{} zł"),
                      date="long", meta=["num", "date", "due"], lab={"vat0": "VAT reverse charge (0%)", "total": "Total (PLN)"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Payable within 21 days to IBAN {iban} (mBank, SWIFT {bic}).",
                           "Reverse charge - VAT to be accounted for by the recipient."], foot="none", title_y=260),
               subject="Invoice MW-0063 - audit interpreting", greet="Dear Katarzyna,",
               note="Bonsai: the debtor block at the top right where the sender usually stands; PLN with a space as thousands separator."))

    # E8 Google Docs: GBP, "Mr and Mrs Thompson" keep the forms, invoice details under the title
    sel = S("Cotswold Garden Care", ["Rose Cottage, Chipping Norton OX7 5QA", "07700 912 408"], "cotswoldgardencare@gmail.com",
            "GB", [], "", "Will Ashby",
            bankcol=["Starling Bank", "Sort code 60-83-71  Acc 22019948"])
    sel["iban"] = gb_iban("SRLG", "60-83-71", "22019948")
    build(dict(tool="google-docs", layout="gdocs-title-first", lang="en", kind="pdf", seller=sel, issue=day(11, 28),
               currency="GBP", number="CGC-112", debtor_name="Mr and Mrs Thompson", business=False,
               debtor_lines=["Mr and Mrs Thompson", "The Old Rectory", "Church Lane", "Great Tew OX7 4AH"],
               email="thompsons.oldrectory@btinternet.com", to_name="Gill Thompson", term=14,
               term_words="Payment due within 14 days",
               lines=[("Autumn tidy and leaf clearance (hours)", 14, 2200, 0), ("Hedge cutting, yew and beech", 1, 18000, 0),
                      ("Green waste removal", 2, 3500, 0)],
               L=dict(head="bar", deb="low-left", deb_label="Invoice to:", metapos="right", money=("en", "£{}"),
                      date="long", meta=["num", "date"], lab={"num": "Invoice no."}, hide_zero_vat=True, no_sub=True,
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Payment due within 14 days. Bank: Starling, sort code 60-83-71, account 22019948",
                           "(IBAN {iban}). Not VAT registered.", "", "Many thanks, Will"], foot="none"),
               subject="Invoice - autumn garden work", greet="Dear Mrs Thompson,",
               note="Couple with surname only keeps 'Mr and Mrs'; not VAT registered; sort code and IBAN."))

    # E9 Pages: a Pty Ltd client, payable on receipt, a deposit already received
    sel = S("Noordlicht Film", ["Veemkade 356", "1019 HD Amsterdam", "KvK 69021183"], "jasper@noordlichtfilm.nl", "NL",
            ["KvK 69021183", "VAT NL002455190B67"], "ABNANL2A", "Jasper Noorlander")
    build(dict(tool="pages", layout="pages-receipt-deposit", lang="en", kind="pdf", seller=sel, issue=day(11, 20),
               number="NF-2026-22", debtor_name="Koala Creek Media Pty Ltd", business=True, reverse=True,
               debtor_lines=["Koala Creek Media Pty Ltd", "c/o Ms Hannah Wirth", "Level 3, 88 Cumberland St",
                             "The Rocks NSW 2000, Australia", "ABN 41 622 019 384"],
               email="hannah@koalacreekmedia.com.au", to_name="Hannah Wirth", term="receipt", term_words="payable on receipt",
               lines=[("Camera crew, Amsterdam shoot (days)", 3, 185000, 0), ("Drone footage and permits", 1, 62000, 0),
                      ("Edit and colour grade", 1, 240000, 0)],
               paid=[("Less deposit received 14 Oct", 250000)],
               L=dict(head="left", deb="label-right", deb_label="Client", metapos="left", money=("en", "EUR {}"), date="long",
                      meta=["num", "date", ("Terms", "Payable on receipt")], lab={"vat0": "VAT 0% (services outside the EU)",
                                                                                    "due_amt": "Balance payable"},
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["This invoice is payable on receipt. Bank: ABN AMRO, IBAN {iban}, BIC {bic}."], foot="none"),
               subject="Invoice NF-2026-22 Amsterdam shoot", greet="Hi Hannah,",
               note="Pages document; c/o a person at the Pty Ltd; payable on receipt gives the issue date; deposit subtracted."))

    # E11 Word with a letterhead column: an academic consumer with a double surname
    sel = S("Clare Whitfield Editing", ["Herengracht 12", "2511 EH Den Haag"], "clare@whitfieldediting.com", "NL",
            ["KvK 75633021", "VAT NL002987612B14"], "RABONL2U", "Clare Whitfield",
            side=["+31 6 4419 2087", "clare@whitfieldediting.com", "KvK 75633021", "VAT NL002987612B14"])
    build(dict(tool="word", layout="word-sidebar-en", lang="en", kind="pdf", seller=sel, issue=day(11, 14), delay=3,
               number="CW/26/044", debtor_name="Dr. Hiroshi Tanaka-Berg", business=False,
               debtor_lines=["Dr. Hiroshi Tanaka-Berg", "Faculty Club, Kaiserstraat 2", "2311 GP Leiden"],
               email="h.tanakaberg@gmail.com", to_name="Hiroshi", term=30, term_words="within thirty days",
               lines=[("Copy-editing of monograph manuscript (words)", 96000, 2, 21), ("Index preparation", 1, 65000, 21)],
               L=dict(head="sidebar", deb="win-left", metapos="under", under_tab=True, money=("en", "€{}"), date="long",
                      meta=["date", "num"], lab={"date": "Date", "num": "Invoice"}, title="Invoice", title_y=270,
                      cols=[("desc", 56, "left"), ("qty", 330, "right"), ("price", 380, "right"), ("amount", 539, "right")],
                      pay=["I would be grateful if you could settle this invoice within thirty days",
                           "by transfer to {iban} (Rabobank), quoting the invoice number.", "", "With best wishes,",
                           "Clare Whitfield"], foot="none"),
               subject="Invoice for the manuscript edit", greet="Dear Hiroshi,",
               note="Word letter with the sender's details in a right-hand column; word rate of 2 cents; Dr. kept."))

    # E12 Zoho Books: a credit note in GBP to a PLC, no bank details
    sel = S("Brightline Events Ltd", ["5 Wharf Road", "London N1 7RW"], "accounts@brightline-events.co.uk", "GB",
            ["Company 10447281", "VAT GB 291 7734 50"], "")
    build(dict(tool="zoho-books", layout="zoho-credit-note", lang="en", kind="pdf", seller=sel, issue=day(11, 24),
               currency="GBP", number="CN-00027", debtor_name="Pemberton & Hale PLC", business=True, credit=True, no_iban=True,
               debtor_lines=["Pemberton & Hale PLC", "Events Team", "1 King William Street", "London EC4N 7AR"],
               email="events@pembertonhale.com", to_name="Events Team - Pemberton & Hale", term=None,
               lines=[("Cancelled breakout room, 12 Nov (per invoice INV-01311)", 1, 95000, 20),
                      ("Catering, 18 covers not served", 18, 2450, 20)],
               L=dict(head="right", deb="label-left", deb_label="Bill To", metapos="right", money=("en", "£{}"), date="short-en",
                      meta=["date", ("Ref#", "INV-01311")], lab={"date": "Credit Date", "total": "Credit Remaining"},
                      title="CREDIT NOTE  # CN-00027",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["The credit will be applied to your next invoice."], foot="regs"),
               mail_from="message-service@sender.zohobooks.eu", from_name="Brightline Events Ltd",
               reply_to="accounts@brightline-events.co.uk",
               subject="Credit Note - CN-00027 from Brightline Events Ltd", greet="Dear Events Team,",
               body="Dear Events Team,\n\nThank you for your business. Your credit note CN-00027 can be viewed, printed and downloaded as PDF from the link below.\n\nCREDIT AMOUNT\n{total}\n\nRegards,\nBrightline Events Ltd",
               pdf_name="CN-00027.pdf",
               note="A credit note sent by Zoho: negative amounts, 'Credit Remaining', no bank details (iban null)."))

    # E13 Odoo in English with UBL: a Limited, "Please use the following communication", two rates
    sel = S("Dutch Harbour Instruments B.V.", ["Marconistraat 16", "3029 AK Rotterdam", "Netherlands"],
            "accounting@dh-instruments.nl", "NL", ["CoC 24377120", "VAT NL008812644B01"], "ABNANL2A")
    build(dict(tool="odoo", layout="odoo-en-ubl", lang="en", kind="pdf+ubl", seller=sel, issue=day(11, 10),
               number="INV/2026/00871", debtor_name="Cardiff Bay Robotics Limited", business=True, ref="INV/2026/00871",
               debtor_lines=["Cardiff Bay Robotics Limited", "Purchasing", "Unit 2, Porth Teigr Way", "Cardiff CF10 4GA",
                             "United Kingdom", "VAT: GB 334 1928 70"],
               email="purchasing@cardiffbayrobotics.co.uk", to_name="Purchasing", term=30, term_words="30 Days",
               lines=[("Ultrasonic flow sensor UFS-40", 4, 68500, 0), ("Calibration certificate", 4, 9500, 0)],
               reverse=True,
               L=dict(head="left", deb="win-right", metapos="row", money=("en", "€ {}"),
                      date="dmy/", meta=["date", "due", ("Source", "S00412"), ("Payment terms", "30 Days")],
                      lab={"date": "Invoice Date", "vat0": "VAT 0% (intra-community / export)", "sub": "Untaxed Amount"},
                      title="Invoice INV/2026/00871",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Please use the following communication for your payment: INV/2026/00871",
                           "on this account: {iban} - Dutch Harbour Instruments B.V."], foot="three"),
               subject="Dutch Harbour Instruments B.V. Invoice (Ref INV/2026/00871)", greet="Dear Purchasing,",
               body="Dear Purchasing,\n\nHere is your invoice INV/2026/00871 amounting in {total} from Dutch Harbour Instruments B.V. Please remit payment at your earliest convenience.\nPlease use the following communication for your payment: INV/2026/00871.\n\nDo not hesitate to contact us if you have any questions.\n\n--\nAccounting",
               pdf_name="Invoice_INV_2026_00871.pdf",
               note="Odoo in English with a UBL file; the communication label makes the number the payment reference (as heldout7's Odoo)."))

    # E14 typed in the mail: a dog walker, a consumer with Mc- and a double surname
    sel = S("Paws on the Canal", [], "pawsonthecanal@gmail.com", "NL", [], "", "Becky Lawson")
    build(dict(tool="typed-mail", layout="typed-en-dogwalker", lang="en", kind="body-text", seller=sel, issue=day(12, 1),
               number="POC-58", debtor_name="J. McKenzie-Osei", business=False, debtor_lines=[],
               email="jmckosei@protonmail.com", to_name="Jo McKenzie-Osei", term=7, term_words="within 7 days",
               lines=[("Group walks, November", 17, 1800, 0), ("Solo walk (vet day)", 1, 2500, 0)],
               L=dict(money=("en", "€{}"), no_sub=True, hide_zero_vat=True, lab={"total": "Total due"}),
               subject="November walks - invoice POC-58",
               body="Hi Jo,\n\nHope Biscuit's paw is all healed! Here's the invoice for November.\n\n"
                    "INVOICE POC-58\nDate: {date}\nBilled to: J. McKenzie-Osei, Ruysdaelkade 71-2, Amsterdam\n\n{lines}\n{totals}\n\n"
                    "No VAT charged (KOR small business scheme).\nPlease transfer within 7 days to {iban} (R. Lawson). Thanks!!\n\nBecky\nPaws on the Canal",
               note="English invoice typed in a mail in Amsterdam; 'Total due'; small business scheme, no VAT."))

    # E15 typed in the mail: a Zurich tutor in CHF to a couple
    sel = S("Zurich Maths Coaching", [], "oliver@zurichmathscoaching.ch", "CH", [], "", "Oliver Grant")
    build(dict(tool="typed-mail", layout="typed-en-chf", lang="en", kind="body-text", seller=sel, issue=day(11, 27),
               currency="CHF", number="ZMC-2026-41", debtor_name="Rahul and Meera Iyer", business=False, debtor_lines=[],
               email="meera.iyer@bluewin.ch", to_name="Meera Iyer", term=10, term_words="payable within 10 days",
               lines=[("IB Maths HL sessions for Arjun, November", 6, 11000, 0), ("Mock exam marking", 1, 6000, 0)],
               L=dict(money=("ch", "CHF {}"), no_sub=True, hide_zero_vat=True),
               subject="Invoice ZMC-2026-41 (November)",
               body="Dear Meera and Rahul,\n\nPlease find the invoice for Arjun's November sessions below.\n\n"
                    "Invoice ZMC-2026-41, dated {date}\nTo: Rahul and Meera Iyer, Seefeldstrasse 140, 8008 Zürich\n\n{lines}\n{totals}\n\n"
                    "Payable within 10 days to {iban} (Oliver Grant, ZKB). Not subject to VAT (turnover below CHF 100'000).\n\nBest regards,\nOliver",
               note="Typed English invoice in CHF with apostrophe thousands; a couple named by first names with one surname."))

    # E16 HTML: a US vet supplier, USD, due on receipt, ACH only
    sel = S("Prairie Vet Supply LLC", ["2100 W 6th St", "Lawrence, KS 66049"], "billing@prairievetsupply.com", "GB", [], "")
    build(dict(tool="html-mail", layout="html-us-ach", lang="en", kind="body-html", seller=sel, issue=day(11, 9), currency="USD",
               number="PVS-88412", debtor_name="Oakridge Veterinary Clinic Inc.", business=True, no_iban=True, cust="C-2290",
               debtor_lines=[], email="office@oakridgevetclinic.com", to_name="Oakridge Vet - Front Office",
               term="receipt", term_words="Due on receipt",
               lines=[("Nitrile exam gloves M (case)", 6, 5499, 8.95), ("Suture kit 3-0 (box of 12)", 3, 8900, 8.95),
                      ("Shipping", 1, 2400, 0)],
               L=dict(money=("en", "${}"), date="us", meta=["num", "date", "cust", ("Terms", "Due on receipt")],
                      lab={"vat": "Sales tax {r}%", "total": "Total due (USD)"}, hide_zero_vat=True,
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("price", 0, "right"), ("amount", 0, "right")]),
               subject="Invoice PVS-88412 from Prairie Vet Supply",
               html_before="<h2>Invoice PVS-88412</h2><p>Bill to: <b>Oakridge Veterinary Clinic Inc.</b>, 915 Oak Ridge Rd, Manhattan, KS 66502</p>",
               html_after="<p>Terms: <b>Due on receipt</b>. Pay by ACH: Commerce Bank, routing 101000019, account 4471902285.</p>"
                          "<p>Thank you for your order!<br>Prairie Vet Supply LLC</p>",
               note="US HTML invoice: sales tax on part of the lines, due on receipt, ACH only (iban null)."))

    # E17 HTML (SumUp invoices): an Irish wholesaler to a Limited pub
    sel = S("Atlantic Seafood Wholesale", ["Unit 9, Ros a' Mhíl Pier", "Co. Galway"], "orders@atlanticseafood.ie", "IE",
            ["VAT IE 6388124RA"], "BOFIIE2D")
    build(dict(tool="sumup", layout="html-sumup-ie", lang="en", kind="body-html", seller=sel, issue=day(11, 16),
               number="I-2026-0539", debtor_name="The Salty Dog Bar Limited", business=True, debtor_lines=[],
               email="kitchen@saltydogbar.ie", to_name="Declan (Salty Dog)", term=14, term_words="14 days",
               lines=[("Atlantic hake fillets (kg)", 18, 1690, 0), ("Rope mussels (kg)", 25, 420, 0),
                      ("Polystyrene boxes", 6, 250, 23)],
               L=dict(money=("en", "€{}"), meta=["num", "date", "due"],
                      lab={"vat": "VAT {r}%"}, hide_zero_vat=True,
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("price", 0, "right"), ("rate", 0, "right"),
                            ("amount", 0, "right")]),
               subject="Invoice I-2026-0539 from Atlantic Seafood Wholesale",
               html_before="<p>Hi Declan,</p><p>Please see your invoice below.</p><p><b>Customer</b><br>The Salty Dog Bar Limited<br>Quay Street, Galway</p>",
               html_after="<p>Please pay by {duedate} to IBAN {iban} (BIC {bic}).</p><p>Atlantic Seafood Wholesale - sent with SumUp Invoices</p>",
               note="HTML invoice under a 'Customer' heading; 0 % fish and 23 % packaging; To display name is a person's nickname."))


def invoices_de():
    # G1 lexoffice: a 2nd Abschlagsrechnung (a share of the order sum) to a GmbH & Co. KG
    sel = S("Holzbau Riedl GmbH", ["Gewerbering 11", "83301 Traunreut", "Tel. 08669 90 44 0"], "buchhaltung@holzbau-riedl.de",
            "DE", ["Amtsgericht Traunstein HRB 21977", "USt-IdNr. DE287441903"], "BYLADEM1TST", "Buchhaltung Holzbau Riedl")
    build(dict(tool="lexoffice", layout="lexoffice-abschlag", lang="de", kind="pdf", seller=sel, issue=day(11, 13), delay=1,
               number="AR-2026-0118", debtor_name="Schreinerei Albrecht GmbH & Co. KG", business=True, cust="10492",
               debtor_lines=["Schreinerei Albrecht GmbH & Co. KG", "z. Hd. Herrn Tobias Albrecht", "Am Mühlbach 5",
                             "83278 Traunstein"],
               email="t.albrecht@schreinerei-albrecht.de", to_name="Tobias Albrecht", term=10,
               term_words="innerhalb von 10 Tagen ohne Abzug",
               lines=[("2. Abschlag gem. Zahlungsplan: 40 % der Auftragssumme 148.500,00 € netto (Hallenanbau)", 1, 5940000, 19)],
               L=dict(head="left", deb="win-left", ret=True, metapos="right", money=("de", "{} €"), date="dmy.",
                      meta=["num", "date", "cust", ("Bauvorhaben", "Hallenanbau Nord")], lab={"num": "Rechnungsnr.",
                                                                                               "total": "Abschlagsbetrag brutto"},
                      title="2. Abschlagsrechnung",
                      intro=["Sehr geehrter Herr Albrecht,", "gemäß Bauvertrag vom 14.07.2026 stellen wir Ihnen folgenden Abschlag in Rechnung:"],
                      cols=[("pos", 56, "left"), ("desc", 80, "left"), ("amount", 539, "right")],
                      pay=["Bitte überweisen Sie den Betrag innerhalb von 10 Tagen ohne Abzug auf das Konto",
                           "{iban} (BIC {bic}). Die Schlussrechnung folgt nach Abnahme."], foot="three"),
               subject="Ihre Abschlagsrechnung AR-2026-0118", greet="Sehr geehrter Herr Albrecht,",
               note="An Abschlagsrechnung is an invoice: its total is the instalment, not the order sum printed in the line."))

    # G2 sevDesk: a Schlussrechnung less two Abschläge; a consumer with "zu" and a double name
    sel = S("Dachdeckerei Kühn", ["Lindenallee 40", "53173 Bonn", "0228 93 44 71"], "rechnung@dachdeckerei-kuehn.de", "DE",
            ["St.-Nr. 206/5120/3317", "USt-IdNr. DE301228754"], "COLSDE33", "Martin Kühn")
    build(dict(tool="sevdesk", layout="sevdesk-schluss", lang="de", kind="pdf", seller=sel, issue=day(11, 27), delay=1,
               number="RE-1094", debtor_name="Dr. Konstantin zu Salm-Reifferscheidt", business=False, cust="2217",
               debtor_lines=["Herrn", "Dr. Konstantin zu Salm-Reifferscheidt", "Rheinallee 8", "53173 Bonn"],
               email="k.salm-reifferscheidt@t-online.de", to_name="Konstantin zu Salm-Reifferscheidt", term=14,
               term_words="Zahlungsziel 14 Tage",
               lines=[("Neueindeckung Satteldach, Schiefer", 186, 14200, 19), ("Dachrinnen Kupfer inkl. Montage", 32, 8900, 19),
                      ("Gerüststellung", 1, 340000, 19), ("Entsorgung Altmaterial", 1, 124000, 19)],
               paid=[("abzgl. 1. Abschlagsrechnung RE-1021 vom 02.09.2026", 1200000),
                     ("abzgl. 2. Abschlagsrechnung RE-1057 vom 09.10.2026", 1000000)],
               L=dict(head="right", deb="win-left", ret=True, metapos="right", money=("de", "{} €"), date="dmy.", tot_x=250,
                      meta=["num", "date", "cust", ("Leistungsdatum", "09.11.2026")], lab={"total": "Gesamtbetrag brutto",
                                                                                             "due_amt": "Noch zu zahlen"},
                      title="Schlussrechnung Nr. RE-1094",
                      cols=[("pos", 56, "left"), ("desc", 80, "left"), ("qty", 360, "right"), ("price", 450, "right"),
                            ("amount", 539, "right")],
                      pay=["Zahlbar innerhalb von 14 Tagen auf {iban}. Verwendungszweck: {number}.",
                           "Der Anteil der Arbeitskosten (§ 35a EStG) beträgt 18.420,00 €."], foot="three"),
               ref="RE-1094",
               subject="Schlussrechnung RE-1094 - Dach Rheinallee 8", greet="Sehr geehrter Herr Dr. zu Salm-Reifferscheidt,",
               note="Schlussrechnung: the whole job's total less two Abschlagsrechnungen; 'Herrn' on its own line; 'zu' and a double name."))

    # G3 Billomat: a Rabatt column, an OHG z. Hd. a person, Skonto
    sel = S("Papier & Werbung Lorenz", ["Bahnhofstraße 3", "97070 Würzburg"], "rechnungen@pw-lorenz.de", "DE",
            ["USt-IdNr. DE276600418", "HRA 4471 AG Würzburg"], "BYLADEM1SWU", "Sabine Lorenz")
    build(dict(tool="billomat", layout="billomat-rabatt-skonto", lang="de", kind="pdf", seller=sel, issue=day(11, 4), delay=2,
               number="RE20260387", debtor_name="Müller & Söhne OHG", business=True, cust="KD-0711",
               debtor_lines=["Müller & Söhne OHG", "z. Hd. Frau Petra Lange", "Semmelstraße 44", "97070 Würzburg"],
               email="p.lange@mueller-soehne-wue.de", to_name="Petra Lange", term=30,
               term_words="30 Tage netto, 8 Tage 2 % Skonto",
               lines=[("Briefbogen 2-farbig, 120 g (1.000 St.)", 5, 18900, 19, 10),
                      ("Visitenkarten 4/4 (250 St.)", 8, 3900, 19, 0),
                      ("Imagebroschüre A4, 16 S. (500 St.)", 1, 148000, 19, 5),
                      ("Satz und Gestaltung (Std.)", 6, 6800, 19, 0)],
               L=dict(head="left", deb="win-left", ret=True, metapos="right", money=("de", "{} €"), date="dmy.",
                      meta=["num", "date", "cust", ("Lieferdatum", "30.10.2026")],
                      cols=[("desc", 56, "left"), ("qty", 330, "right"), ("price", 400, "right"), ("disc", 445, "right"),
                            ("rate", 480, "right"), ("amount", 539, "right")],
                      lab={"disc": "Rabatt"},
                      pay=["Zahlbar innerhalb von 30 Tagen netto. Bei Zahlung innerhalb von 8 Tagen gewähren wir 2 % Skonto.",
                           "Bankverbindung: Sparkasse Mainfranken, IBAN {iban}"], foot="three"),
               subject="Rechnung RE20260387", greet="Sehr geehrte Frau Lange,",
               note="Per-line Rabatt column; Skonto: the due date is the net term's and the amount the full one; z. Hd. a contact."))

    # G4 FastBill: two pages with totals on page 2, a gGmbH
    sel = S("Spielgeräte Krämer", ["Auf der Heide 17", "33649 Bielefeld"], "info@spielgeraete-kraemer.de", "DE",
            ["USt-IdNr. DE814772031"], "SPBIDE3BXXX")
    items = [("Sandspielzeug-Set Kita (Karton)", 4, 3450), ("Bobbycar classic rot", 6, 5990), ("Laufrad 12 Zoll", 4, 8900),
             ("Bauklötze Buche 120 tlg.", 3, 11900), ("Kriechtunnel 3 m", 2, 7450), ("Schaukelpferd Holz", 1, 18900),
             ("Turnmatten 200x100 cm", 6, 9900), ("Sitzsäcke Kinder", 8, 4490), ("Kinderstühle Buche H 31", 16, 5800),
             ("Gruppentisch halbrund", 2, 27500), ("Aufbewahrungsregal 3x3", 2, 34900), ("Montage Spielhaus", 1, 64000)]
    build(dict(tool="fastbill", layout="fastbill-two-pages", lang="de", kind="pdf", seller=sel, issue=day(11, 19),
               number="2026-1311", debtor_name="Kita Sonnenschein gGmbH", business=True, cust="5021",
               debtor_lines=["Kita Sonnenschein gGmbH", "Verwaltung", "Stapenhorststraße 64", "33615 Bielefeld"],
               email="verwaltung@kita-sonnenschein-bi.de", to_name="Verwaltung Kita Sonnenschein", term=14,
               term_words="innerhalb von 14 Tagen",
               lines=[(d, q, p, 19) for d, q, p in items],
               L=dict(head="left", deb="win-left", metapos="right", money=("de", "{} €"), date="dmy.", pages=2, cut=8,
                      meta=["num", "date", "cust", "due"],
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Bitte begleichen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf {iban}."], foot="line"),
               subject="Rechnung 2026-1311", greet="Sehr geehrte Damen und Herren,",
               note="Two pages with an Übertrag line; totals only on page 2; gGmbH with an 'Verwaltung' line under it."))

    # G5 DATEV: a tax adviser's fee invoice (StBVV), "Rechnungsempfänger" label, sofort fällig
    sel = S("Steuerberatung Hofmann & Partner mbB", ["Karlstraße 22", "76133 Karlsruhe"], "kanzlei@stb-hofmann.de", "DE",
            ["PR 700412 AG Mannheim", "USt-IdNr. DE199887311"], "KARSDE66XXX", "Kanzlei Hofmann & Partner")
    build(dict(tool="datev", layout="datev-stbvv", lang="de", kind="pdf", seller=sel, issue=day(11, 5), delay=2,
               number="2026/00891", debtor_name="Jürgen Weiß", business=False, cust="10317",
               debtor_lines=["Herrn", "Jürgen Weiß", "Kaiserallee 91", "76185 Karlsruhe"],
               email="juergen.weiss@web.de", to_name="Jürgen Weiß", term="receipt", term_words="sofort ohne Abzug",
               lines=[("Einkommensteuererklärung 2025", 1, 62140, 19, 0, {"sub": ["§ 24 Abs. 1 Nr. 1 StBVV, 4/10, Gegenstandswert 71.300 €"]}),
                      ("Anlage V (2 Objekte), § 27 StBVV, Zeitgebühr 3,5 Std.", 3.5, 5500, 19),
                      ("Post- und Telekommunikationspauschale, § 16 StBVV", 1, 2000, 19)],
               L=dict(head="right", deb="label-left", deb_label="Rechnungsempfänger", metapos="right", money=("de", "{} EUR"),
                      date="dmy.", meta=["num", "date", ("Mandant", "10317")], lab={"total": "Rechnungsbetrag"},
                      title="Rechnung (Gebührennote)",
                      cols=[("desc", 56, "left"), ("qty", 400, "right"), ("amount", 539, "right")],
                      pay=["Der Rechnungsbetrag ist sofort ohne Abzug fällig.",
                           "Bankverbindung: Sparkasse Karlsruhe, IBAN {iban}, BIC {bic}"], foot="three"),
               subject="Gebührenrechnung 2026/00891", greet="Sehr geehrter Herr Weiß,",
               note="DATEV fee note under 'Rechnungsempfänger' with 'Herrn' on its own line; sofort fällig gives the issue date."))

    # G6 Collmex: an e.K. with "Inh." line, customer number beside the name, due date printed
    sel = S("Elektrogroßhandel Brandt", ["Hafenstraße 31", "28217 Bremen"], "buchhaltung@eg-brandt.de", "DE",
            ["HRA 28110 HB", "USt-IdNr. DE277013498"], "SBREDE22XXX")
    build(dict(tool="collmex", layout="collmex-kdnr-beside", lang="de", kind="pdf", seller=sel, issue=day(11, 23),
               number="4100277", debtor_name="Weber Elektrotechnik e.K.", business=True, cust="11833",
               debtor_lines=["Weber Elektrotechnik e.K.                    Kunde 11833", "Inh. Markus Weber", "Vegesacker Heerstr. 12",
                             "28757 Bremen"],
               email="info@weber-elektrotechnik.de", to_name="Markus Weber", term=14, term_words="Zahlbar bis (date printed)",
               lines=[("NYM-J 3x1,5 mm² (Ring 100 m)", 10, 6490, 19, 0, {"art": "100315"}),
                      ("Schalterprogramm Gira E2 Wechsel", 40, 712, 19, 0, {"art": "GE2-106"}),
                      ("FI/LS 16A 30mA", 12, 4380, 19, 0, {"art": "FILS16"}),
                      ("Unterverteiler 3-reihig", 2, 11950, 19, 0, {"art": "UV3R"})],
               L=dict(head="bar", deb="win-left", metapos="left", money=("de", "{}"), plain_cells=True, date="dmy.",
                      meta=[], lab={"total": "Rechnungsbetrag EUR", "sub": "Nettobetrag"},
                      title="Rechnung 4100277 vom {date}",
                      cols=[("art", 56, "left"), ("desc", 120, "left"), ("qty", 380, "right"), ("price", 460, "right"),
                            ("amount", 539, "right")],
                      pay=["Zahlbar bis {duedate} ohne Abzug.", "Bankverbindung: Sparkasse Bremen, {iban}"], foot="regs"),
               subject="Rechnung 4100277", greet="Sehr geehrte Damen und Herren,",
               note="Customer number on the name line; 'Inh.' line under the e.K.; number and date only in the title line."))

    # G7 orgaMAX, Austrian: a KG, 20 % and 10 %, "binnen 14 Tagen", UID under the name
    sel = S("Fleischerei Gruber", ["Hauptplatz 6", "4190 Bad Leonfelden", "Tel. 07213 62 14"], "office@fleischerei-gruber.at",
            "AT", ["FN 412776 g LG Linz", "UID ATU69028114"], "RZOOAT2L", "Resi Gruber")
    build(dict(tool="orgamax", layout="orgamax-at", lang="de", kind="pdf", seller=sel, issue=day(11, 30), delay=1,
               number="2026-0722", debtor_name="Gasthof Zur Post Huber KG", business=True, cust="2041",
               debtor_lines=["Gasthof Zur Post Huber KG", "UID ATU57110392", "Marktplatz 1", "4180 Zwettl an der Rodl"],
               email="kueche@gasthof-post-huber.at", to_name="Küche Gasthof Post", term=14, term_words="binnen 14 Tagen",
               lines=[("Rindfleisch Tafelspitz (kg)", 14.5, 2890, 10), ("Selchwürstel (kg)", 8, 1450, 10),
                      ("Speck geräuchert (kg)", 6.2, 1980, 10), ("Lieferpauschale", 1, 1500, 20)],
               L=dict(head="center", deb="win-left", metapos="right", money=("de", "€ {}"), date="dmy.",
                      meta=["num", "date", "cust", ("Lieferschein", "LS-26-1488")], lab={"vat": "USt. {r} %",
                                                                                         "total": "Rechnungsbetrag"},
                      cols=[("desc", 56, "left"), ("qty", 370, "right"), ("price", 440, "right"), ("rate", 480, "right"),
                            ("amount", 539, "right")],
                      pay=["Zahlbar binnen 14 Tagen ohne Abzug auf {iban} (Raiffeisenbank Region Bad Leonfelden).",
                           "Vielen Dank für Ihren Einkauf!"], foot="three"),
               subject="Rechnung 2026-0722 Fleischerei Gruber", greet="Grüß Gott,",
               note="Austrian: 10 % food and 20 % delivery, the debtor's UID under its name, 'binnen 14 Tagen'."))

    # G8 bexio, Swiss: a Sàrl z.Hd. a person, CHF with 8.1 %, rounding to 5 Rappen, innert 30 Tagen
    sel = S("Schreinerei Baumgartner AG", ["Industriestrasse 14", "3600 Thun"], "buchhaltung@schreinerei-baumgartner.ch",
            "CH", ["CHE-108.442.912 MWST"], "", "Buchhaltung")
    build(dict(tool="bexio", layout="bexio-chf-rounding", lang="de", kind="pdf", seller=sel, issue=day(11, 12), currency="CHF",
               number="RE-00931", debtor_name="Atelier Rüegg Sàrl", business=True, round5=True,
               debtor_lines=["Atelier Rüegg Sàrl", "z.Hd. Frau Noémie Rüegg", "Rue de la Gare 7", "2502 Biel/Bienne"],
               email="noemie@atelier-ruegg.ch", to_name="Noémie Rüegg", term=30, term_words="innert 30 Tagen",
               lines=[("Werkbank Esche massiv 220 cm", 2, 248000, 8.1), ("Wandregal System, Montage inkl.", 1, 131460, 8.1),
                      ("Transport Thun-Biel", 1, 18000, 8.1)],
               L=dict(head="right", deb="win-left", metapos="under", under_tab=True, money=("ch", "{}"), plain_cells=True,
                      date="dmy.", meta=["date", "due", ("Kontakt", "Reto Baumgartner")], lab={"vat": "MWST {r}%",
                                                                                             "total": "Total CHF",
                                                                                             "due": "Zahlbar bis"},
                      round_label="Rundungsdifferenz", title="Rechnung RE-00931",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Zahlbar innert 30 Tagen netto. IBAN {iban}, Schreinerei Baumgartner AG, 3600 Thun"], foot="regs"),
               subject="Rechnung RE-00931", greet="Sehr geehrte Frau Rüegg,",
               note="Swiss bexio: 8.1 % VAT, a 5-Rappen rounding line counted in the total; Sàrl from Biel/Bienne."))

    # G9 Banana, Swiss: "Herr und Frau Baumann" keep their forms; CHF, a QR-style payment part in text
    sel = S("Gartenbau Stöckli", ["Dorfstrasse 55", "6210 Sursee"], "info@gartenbau-stoeckli.ch", "CH",
            ["CHE-311.902.448 MWST"], "", "Urs Stöckli")
    build(dict(tool="banana", layout="banana-zahlteil", lang="de", kind="pdf", seller=sel, issue=day(11, 7), currency="CHF",
               number="2026-214", debtor_name="Herr und Frau Baumann", business=False, round5=True,
               debtor_lines=["Herr und Frau Baumann", "Chäppelimatt 3", "6210 Sursee"],
               email="baumann.sursee@gmx.ch", to_name="Heidi Baumann", term=20, term_words="innert 20 Tagen",
               lines=[("Rasen vertikutieren und nachsäen (m²)", 240, 185, 8.1), ("Heckenschnitt Thuja (Std.)", 7, 8800, 8.1),
                      ("Grüngutabfuhr", 1, 9500, 8.1)],
               L=dict(head="left", deb="win-right", metapos="left", money=("ch", "CHF {}"), date="dmy.",
                      meta=["num", "date", ("Objekt", "Chäppelimatt 3")], lab={"num": "Rechnung Nr.", "vat": "MWST {r}%",
                                                                                 "total": "Total"},
                      round_label="Rundung",
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Zahlbar innert 20 Tagen.", "", "Zahlteil - Konto / Zahlbar an: {iban}, Gartenbau Stöckli, 6210 Sursee",
                           "Zahlbar durch: Herr und Frau Baumann, Chäppelimatt 3, 6210 Sursee    Betrag {due}"], foot="none"),
               subject="Rechnung 2026-214 Gartenarbeiten", greet="Grüezi Frau Baumann,",
               body="Grüezi Frau Baumann\n\nIm Anhang die Rechnung für die Gartenarbeiten im Oktober. Herzlichen Dank!\n\nFreundliche Grüsse\nUrs Stöckli",
               note="Banana: window on the right with details at the left, a payment part in text; 'Herr und Frau' kept as only a surname follows."))

    # G11 Zervant: an e.V. with a department line, a Verwendungszweck made of member number and number
    sel = S("Tanzstudio Leila Haddad", ["Königstraße 72", "70173 Stuttgart"], "kontakt@tanzstudio-haddad.de", "DE",
            ["St.-Nr. 93041/22817"], "SOLADEST600", "Leila Haddad")
    build(dict(tool="zervant", layout="zervant-ev-dept", lang="de", kind="pdf", seller=sel, issue=day(11, 2),
               number="R-0159", debtor_name="Turnverein Eintracht Kirchheim e.V.", business=True, ref="R-0159 TVE Tanz",
               debtor_lines=["Turnverein Eintracht Kirchheim e.V.", "Abteilung Tanz - Kassenwartin", "Postfach 12 04",
                             "73230 Kirchheim unter Teck"],
               email="kasse-tanz@tve-kirchheim.de", to_name="Kassenwartin TVE Tanz", term=21,
               term_words="innerhalb von 21 Tagen ab Rechnungsdatum",
               lines=[("Übungsleitung Hip-Hop Jugend, Oktober (Std.)", 9, 4500, 0), ("Workshop Choreografie", 1, 22000, 0)],
               L=dict(head="right", deb="label-left", deb_label="Rechnung an", metapos="right", money=("de", "{} €"), date="dmy.",
                      meta=["num", "date", "due"], hide_zero_vat=True, no_sub=True,
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                           "Bitte überweisen Sie den Betrag innerhalb von 21 Tagen ab Rechnungsdatum auf {iban}.",
                           "Verwendungszweck: {ref}"], foot="regs"),
               subject="Rechnung R-0159", greet="Liebe Gabi,",
               note="Kleinunternehmerin; the department and role line under the e.V.; a Verwendungszweck in words and number."))

    # G12 XRechnung in UBL syntax: an AG, a Leitweg-ID, 30 days
    sel = S("IT-Service Lindner GmbH", ["Schillerstraße 8", "79312 Emmendingen"], "rechnung@it-lindner.de", "DE",
            ["HRB 701992 AG Freiburg", "USt-IdNr. DE318744201"], "GENODE61EMM")
    build(dict(tool="xrechnung", layout="xrechnung-ag", lang="de", kind="pdf+ubl", seller=sel, issue=day(11, 16), delay=1,
               number="RE-26-00412", debtor_name="Stadtwerke Emmendingen AG", business=True, ref="RE-26-00412",
               debtor_lines=["Stadtwerke Emmendingen AG", "Rechnungseingang", "Am Gaswerk 4", "79312 Emmendingen"],
               email="rechnungseingang@sw-emmendingen.de", to_name="Rechnungseingang Stadtwerke", term=30,
               term_words="innerhalb von 30 Tagen",
               lines=[("Wartungsvertrag Server Q4 2026", 1, 186000, 19), ("Firewall-Lizenz Verlängerung 12 Monate", 1, 94000, 19),
                      ("Vor-Ort-Einsatz (Std.)", 5, 9800, 19)],
               L=dict(head="left", deb="win-left", ret=True, metapos="right", money=("de", "{} €"), date="dmy.",
                      meta=["num", "date", "due", ("Leitweg-ID", "08316012-00412-75"), ("Bestellnummer", "BE-2026-3317")],
                      cols=[("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")],
                      pay=["Zahlbar innerhalb von 30 Tagen auf {iban} (Volksbank Breisgau Nord).",
                           "Verwendungszweck: {ref}. Die XRechnung (UBL) ist beigefügt."], foot="three"),
               subject="XRechnung RE-26-00412", greet="Sehr geehrte Damen und Herren,",
               note="PDF with an XRechnung in UBL syntax; a Leitweg-ID and order number in the details; Verwendungszweck = the number."))

    # G13 typed in the mail: a piano teacher to an academic consumer with a Turkish double name
    sel = S("Klavierunterricht Mareike Stein", [], "mareike.stein@posteo.de", "DE", [], "", "Mareike Stein")
    build(dict(tool="typed-mail", layout="typed-de-teacher", lang="de", kind="body-text", seller=sel, issue=day(11, 29),
               number="2026-11", debtor_name="Dr. Ayşe Demir-Schubert", business=False, debtor_lines=[],
               email="demir-schubert@gmx.de", to_name="Ayşe Demir-Schubert", term=14, term_words="innerhalb von 14 Tagen",
               lines=[("Klavierunterricht Lina, 45 Min., November", 4, 3800, 0)],
               L=dict(money=("de", "{} €"), no_sub=True, hide_zero_vat=True, lab={"total": "Summe"}),
               subject="Rechnung Klavierunterricht November",
               body="Liebe Frau Dr. Demir-Schubert,\n\nhier die Rechnung für Linas Unterricht im November:\n\n"
                    "Rechnung Nr. 2026-11 vom {date}\nan Frau Dr. Ayşe Demir-Schubert, Gellertstraße 19, 04103 Leipzig\n\n{lines}\n{totals}\n\n"
                    "Umsatzsteuerbefreit nach § 4 Nr. 21 UStG.\nBitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {iban} (M. Stein).\n\n"
                    "Viele Grüße\nMareike Stein",
               note="Typed German invoice; 'Frau' dropped, 'Dr.' kept; a name with ş and a double surname."))

    # G14 typed in the mail, Austrian: a handyman to an Ing.
    sel = S("Hausbetreuung Pichler & Wimmer OG", [], "office@hb-pw.at", "AT", [], "", "Stefan Wimmer")
    build(dict(tool="typed-mail", layout="typed-at-handyman", lang="de", kind="body-text", seller=sel, issue=day(11, 18),
               number="HB 26/188", debtor_name="Ing. Wolfgang Pichler", business=False, debtor_lines=[],
               email="w.pichler@aon.at", to_name="Wolfgang Pichler", term=10, term_words="binnen 10 Tagen",
               lines=[("Winterdienst-Bereitschaft Dezember bis Februar", 1, 36000, 20), ("Laub entfernen Dachrinne (Std.)", 2.5, 4200, 20)],
               L=dict(money=("de", "€ {}"), lab={"sub": "Netto", "vat": "20 % USt.", "total": "Gesamt"}),
               subject="Rechnung HB 26/188",
               body="Sehr geehrter Herr Ing. Pichler,\n\nwie besprochen die Rechnung per Mail:\n\n"
                    "RECHNUNG HB 26/188\nDatum: {date}\nRechnungsempfänger: Ing. Wolfgang Pichler, Hietzinger Kai 131, 1130 Wien\n\n{lines}\n{totals}\n\n"
                    "Zahlbar binnen 10 Tagen auf {iban}.\n\nMit besten Grüßen\nStefan Wimmer\nHausbetreuung Pichler & Wimmer OG\nUID ATU76120034",
               note="Austrian typed invoice; 'Ing.' kept as a title; the debtor shares a surname with the seller's name."))

    # G15 HTML: a wine merchant's order on account, 19 % and 7 %, a GmbH with a customer number
    sel = S("Weinhandlung Kessler", ["Domgasse 4", "55116 Mainz"], "bestellung@weinhandlung-kessler.de", "DE",
            ["USt-IdNr. DE266188104"], "MVBMDE55")
    build(dict(tool="webshop-html", layout="html-kauf-auf-rechnung-de", lang="de", kind="body-html", seller=sel, issue=day(11, 25),
               number="WK-R-26-1177", debtor_name="Brauhaus am Markt GmbH", business=True, cust="K4412",
               debtor_lines=[], email="einkauf@brauhaus-am-markt.de", to_name="Einkauf Brauhaus", term=14,
               term_words="innerhalb von 14 Tagen",
               lines=[("Riesling trocken 2024, 0,75 l", 36, 890, 19), ("Spätburgunder 2022, 0,75 l", 24, 1290, 19),
                      ("Traubensaft rot 1 l", 24, 390, 7), ("Olivenöl 0,5 l", 12, 1150, 7)],
               L=dict(money=("de", "{} €"), meta=["num", "date", "cust"], lab={"vat": "MwSt. {r} %", "total": "Rechnungsbetrag"},
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("price", 0, "right"), ("rate", 0, "right"),
                            ("amount", 0, "right")]),
               subject="Ihre Rechnung WK-R-26-1177 (Kauf auf Rechnung)",
               html_before="<p>Guten Tag,</p><p>vielen Dank für Ihre Bestellung auf Rechnung.</p>"
                           "<p><b>Rechnungsempfänger</b><br>Brauhaus am Markt GmbH<br>Liebfrauenplatz 9<br>55116 Mainz</p>",
               html_after="<p>Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf IBAN {iban} "
                          "(Mainzer Volksbank). Verwendungszweck: {number}</p><p>Weinhandlung Kessler · Domgasse 4 · 55116 Mainz</p>",
               ref="WK-R-26-1177",
               note="HTML 'Kauf auf Rechnung' with 19 % and 7 %; 'Rechnungsempfänger' block in the HTML; Verwendungszweck = number."))

    # G16 HTML: a dog school to an unmarried couple named one by one
    sel = S("Hundeschule Pfotenglück", ["Am Stadtpark 2", "24937 Flensburg"], "info@pfotenglueck-flensburg.de", "DE",
            ["St.-Nr. 15/213/40877"], "NOLADE21SPL")
    build(dict(tool="html-mail", layout="html-dogschool-couple", lang="de", kind="body-html", seller=sel, issue=day(11, 10),
               number="PG-2026-093", debtor_name="Lena Schäfer und Jonas Krüger", business=False, debtor_lines=[],
               email="lena.schaefer@posteo.de", to_name="Lena Schäfer", term=7, term_words="innerhalb von 7 Tagen",
               lines=[("Welpenkurs 8 Einheiten (Hündin Mila)", 1, 19000, 19), ("Einzelstunde Leinenführigkeit", 1, 5500, 19)],
               L=dict(money=("de", "{} €"), meta=["num", "date"], lab={"vat": "zzgl. MwSt. {r} %"},
                      cols=[("desc", 0, "left"), ("qty", 0, "right"), ("amount", 0, "right")]),
               subject="Rechnung Welpenkurs Mila",
               html_before="<p>Hallo Lena, hallo Jonas,</p><p>schön, dass ihr mit Mila dabei wart! Hier eure Rechnung:</p>"
                           "<p>Rechnung an: Frau Lena Schäfer und Herrn Jonas Krüger, Norderstraße 61, 24939 Flensburg</p>",
               html_after="<p>Bitte überweist den Betrag innerhalb von 7 Tagen auf {iban}.</p><p>Wuffige Grüße<br>Anke</p>",
               note="HTML invoice to an unmarried couple named with Frau/Herrn: both forms dropped."))


# ---------------------------------------------------------------- the non-invoices

def NP(seller, number, issue, debtor_lines, lines, L, **kw):
    d = dict(seller=seller, number=number, issue=issue, debtor_lines=debtor_lines, debtor_name=debtor_lines[0],
             lines=lines, L=L)
    d.update(kw)
    return d


COLS4 = [("desc", 56, "left"), ("qty", 380, "right"), ("price", 460, "right"), ("amount", 539, "right")]


def non_invoices():
    # nl 1: offerte from a kitchen fitter (Gripp-like), with a validity date and 'binnen 14 dagen' in its terms
    sel = S("Installatiebedrijf Veenstra", ["Kanaalweg 30", "8401 JM Gorredijk"], "offerte@veenstra-installatie.nl", "NL",
            ["KvK 01099823"], "RABONL2U")
    nonin("gripp", "nl", sel["email"], sel["name"], "t.dijkstra@planet.nl", "T. Dijkstra", "Offerte OF-26-0211 warmtepomp",
          day(11, 9), "An offerte (quote) with a validity period; nothing is owed until it is accepted.",
          "Quote with totals, VAT and payment terms that would apply after acceptance.",
          body_text="Beste meneer Dijkstra,\n\nNaar aanleiding van ons bezoek stuur ik u hierbij de offerte voor de hybride warmtepomp.\n"
                    "De offerte is 30 dagen geldig. Akkoord? Dan kunt u hem digitaal tekenen via de link in de PDF.\n\nMet vriendelijke groet,\nJelle Veenstra",
          pdf_inv=NP(sel, "OF-26-0211", day(11, 9), ["Dhr. T. Dijkstra", "Hoofdstraat 71", "8401 BT Gorredijk"],
                     [("Hybride warmtepomp 4 kW incl. binnendeel", 1, 389000, 21), ("Montage en inbedrijfstelling", 1, 95000, 21),
                      ("ISDE-subsidie wordt door u aangevraagd", 1, 0, 21)],
                     dict(head="left", deb="win-left", metapos="right", money=("nl", "€ {}"), title="Offerte OF-26-0211",
                          meta=[("Offertedatum", "{date}"), ("Geldig tot", "09-12-2026")], cols=COLS4,
                          lab={"total": "Totaal offerte"},
                          pay=["Betalingsvoorwaarden na opdracht: 40% bij aanvang, restant binnen 14 dagen na oplevering.",
                               "Voor akkoord: ______________________"], foot="three")),
          pdf_name="Offerte_OF-26-0211.pdf")

    # nl 2: order confirmation of a furniture web shop, invoice follows on delivery
    nonin("webshop-html", "nl", "service@meubelmakerij-hout.nl", "Meubelmakerij Hout & Zo", "k.bouzid@gmail.com", "Karim Bouzid",
          "Orderbevestiging #HZ-40921", day(11, 14), "An order confirmation; the invoice follows on delivery.",
          "Webshop order confirmation with totals, VAT and 'betaling op factuur na levering'.",
          body_html="<p>Hoi Karim,</p><p>Bedankt voor je bestelling! We gaan voor je aan de slag.</p>"
                    "<table><tr><td>Eettafel eiken 220x100</td><td>€ 1.349,00</td></tr><tr><td>Bank 'Nova' 3-zits, stof Olijf</td>"
                    "<td>€ 1.895,00</td></tr><tr><td>Bezorging en montage</td><td>€ 79,00</td></tr>"
                    "<tr><td><b>Totaal (incl. 21% btw)</b></td><td><b>€ 3.323,00</b></td></tr></table>"
                    "<p>Betaalmethode: <b>op factuur na levering</b>. De factuur ontvang je nadat alles bezorgd is; levertijd 6-8 weken.</p>"
                    "<p>Groet,<br>Team Hout &amp; Zo</p>")

    # nl 3: pro-forma for a prepayment abroad
    sel = S("Scheepsbeslag Terpstra", ["Werfweg 2", "8861 LX Harlingen"], "verkoop@scheepsbeslag-terpstra.nl", "NL",
            ["KvK 01177342", "BTW NL001455802B01"], "INGBNL2A")
    nonin("word", "nl", sel["email"], sel["name"], "orders@sjohandel.no", "Sjøhandel Bergen", "Pro forma factuur PF-2026-017",
          day(11, 20), "A pro forma invoice for a prepayment before shipping; the real invoice follows.",
          "Pro forma with an IBAN, amounts and 'graag vooruitbetaling binnen 7 dagen'.",
          body_text="Geachte heer Lindqvist,\n\nBijgaand de pro forma factuur voor uw bestelling. Na ontvangst van de vooruitbetaling verzenden wij de goederen;\n"
                    "de definitieve factuur ontvangt u bij verzending.\n\nMet vriendelijke groet,\nWillem Terpstra",
          pdf_inv=NP(sel, "PF-2026-017", day(11, 20), ["Sjøhandel Bergen AS", "Bryggen 14", "5003 Bergen", "Noorwegen"],
                     [("Ankerlier RVS 12 V", 2, 124000, 0), ("Kettingstopper 10 mm", 4, 8900, 0)],
                     dict(head="left", deb="win-left", metapos="right", money=("nl", "€ {}"), title="PRO FORMA FACTUUR",
                          meta=[("Nummer", "PF-2026-017"), ("Datum", "{date}")], cols=COLS4, hide_zero_vat=False,
                          lab={"vat": "Btw {r}% (export)"},
                          pay=["Dit is geen factuur. Graag vooruitbetaling binnen 7 dagen op {iban}.",
                               "De factuur volgt bij verzending."], foot="line")),
          pdf_name="Proforma_PF-2026-017.pdf")

    # nl 4: payment confirmation
    nonin("moneybird", "nl", "facturen@tuinarchitectuur-elst.nl", "Tuinarchitectuur Elst", "h.vermeulen@xs4all.nl",
          "Henk Vermeulen", "Betaling ontvangen voor factuur 2026-0311", day(11, 22),
          "A confirmation that an invoice was paid; nothing is owed.",
          "Names the invoice number, amount and IBAN of the original invoice.",
          body_text="Beste Henk,\n\nWe hebben je betaling van € 1.127,50 voor factuur 2026-0311 in goede orde ontvangen.\n"
                    "De factuur staat nu op 'betaald'. Dank je wel!\n\nMet groet,\nTuinarchitectuur Elst\n" + mk.iban_spaced(iban("NL")))

    # nl 5: the business's own reminder
    nonin("typed-mail", "nl", "info@dakdekker-mol.nl", "Dakdekkersbedrijf Mol", "administratie@vve-havenzicht.nl",
          "VvE Havenzicht", "Herinnering factuur 26-118", day(11, 25),
          "The business's own payment reminder for an invoice sent earlier; dunmail must not chase it as a new invoice.",
          "Reminder quoting number, amount, IBAN and a new term.",
          body_text="Geachte heer, mevrouw,\n\nVolgens onze administratie staat factuur 26-118 van 14 oktober 2026 ad € 4.356,00 nog open.\n"
                    "Waarschijnlijk is deze aan uw aandacht ontsnapt. Wij verzoeken u het bedrag alsnog binnen 7 dagen over te maken\n"
                    "op " + mk.iban_spaced(iban("NL")) + " t.n.v. Dakdekkersbedrijf Mol.\n\nIs de betaling inmiddels onderweg, dan kunt u deze herinnering als niet verzonden beschouwen.\n\n"
                    "Met vriendelijke groet,\nAnita Mol")

    # nl 6: statement of account
    sel = S("Drukkerij Van Wijngaarden", ["Ambachtsstraat 9", "2801 ML Gouda"], "debiteuren@drukkerijvw.nl", "NL",
            ["KvK 29011870"], "ABNANL2A")
    st = NP(sel, "Overzicht", day(11, 30), ["Reisbureau Zonnig B.V.", "Crediteurenadministratie", "Markt 40", "2801 JJ Gouda"],
            [("Factuur 26-0802 d.d. 02-09-2026", 1, 121000, 0), ("Factuur 26-0955 d.d. 07-10-2026", 1, 48400, 0),
             ("Factuur 26-1101 d.d. 12-11-2026", 1, 96800, 0)],
            dict(head="left", deb="win-left", metapos="right", money=("nl", "€ {}"), title="Rekeningoverzicht per 30-11-2026",
                 meta=[("Klantnummer", "3390"), ("Datum", "{date}")], cols=[("desc", 56, "left"), ("amount", 539, "right")],
                 no_sub=True, hide_zero_vat=True, lab={"total": "Totaal openstaand"},
                 pay=["Dit overzicht is geen factuur. Heeft u vragen over een post, neem dan contact met ons op."], foot="line"))
    nonin("snelstart", "nl", sel["email"], sel["name"], "crediteuren@reisbureauzonnig.nl", "Crediteuren Reisbureau Zonnig",
          "Rekeningoverzicht november 2026", day(11, 30), "A statement of account listing open invoices; it is not itself an invoice.",
          "Three open invoices and a 'Totaal openstaand'.",
          body_text="Geachte relatie,\n\nBijgaand treft u het overzicht van de openstaande posten aan.\n\nMet vriendelijke groet,\nDebiteurenadministratie",
          pdf_inv=st, pdf_name="Rekeningoverzicht_3390.pdf")

    # nl 7: "did you get my invoice?"
    nonin("typed-mail", "nl", "femke@tekstbureau-woordwerk.nl", "Femke Jansen | Woordwerk", "m.schouten@gemeentemuseum-delft.nl",
          "Margriet Schouten", "Re: factuur oktober", day(11, 17), "Asks whether an earlier invoice arrived; no new invoice is attached.",
          "Mentions invoice number and amount in passing.",
          body_text="Hoi Margriet,\n\nKorte vraag: heb je mijn factuur WW-2026-044 van oktober (€ 1.815,00) ontvangen? Ik zie hem nog niet terug\n"
                    "en wil zeker weten dat hij niet in een spamfilter is blijven hangen. Zo niet, dan stuur ik hem graag opnieuw.\n\n"
                    "Groetjes,\nFemke")

    # nl 8: price change letter
    nonin("word", "nl", "info@glazenwasserij-helder.nl", "Glazenwasserij Helder", "info@tandartspraktijkdemaas.nl",
          "Tandartspraktijk De Maas", "Tariefwijziging per 1 januari 2027", day(11, 26),
          "Announces new prices from January; nothing is billed.",
          "Table of old and new prices incl. btw.",
          body_text="Geachte klant,\n\nPer 1 januari 2027 passen wij onze tarieven aan in verband met de cao-verhoging van 4,2%.\n\n"
                    "Glasbewassing praktijkpand (per beurt)   oud € 96,00   nieuw € 100,00\nKozijnen reinigen (per beurt)           oud € 45,00   nieuw € 47,00\n\n"
                    "Alle bedragen excl. 21% btw. U hoeft niets te doen; de nieuwe prijzen staan op de factuur van januari.\n\n"
                    "Met vriendelijke groet,\nGlazenwasserij Helder")

    # nl 9: direct-debit pre-notification
    nonin("wefact", "nl", "facturen@sportschool-flow.nl", "Sportschool Flow", "d.vanleeuwen@gmail.com", "Daan van Leeuwen",
          "Aankondiging incasso december", day(11, 27),
          "A SEPA direct-debit pre-notification: the amount will be collected, nothing has to be paid by transfer.",
          "Amount, collection date, mandate reference and creditor ID.",
          body_text="Beste Daan,\n\nOp of rond 3 december 2026 schrijven wij € 34,95 af van je rekening NL** **** **** **12 34 voor je lidmaatschap (december).\n"
                    "Machtigingskenmerk: FLOW-00781 - Incassant ID: NL72ZZZ612345670000\n\nJe hoeft zelf niets te doen.\n\nSportieve groet,\nSportschool Flow")

    # nl 10: a supplier bill forwarded to the bookkeeper
    sel = S("Energiedirect Groen B.V.", ["Postbus 4412", "3006 AK Rotterdam"], "nota@energiedirectgroen.nl", "NL",
            ["KvK 62119034"], "INGBNL2A")
    fw = NP(sel, "73300184471", day(11, 15), ["Bakkerij Ten Have", "Kerkstraat 27", "1611 KM Bovenkarspel"],
            [("Stroom november (kWh)", 2940, 27, 21), ("Vastrecht en netbeheer", 1, 6210, 21)],
            dict(head="right", deb="win-left", metapos="right", money=("nl", "€ {}"), title="Jaarnota / maandnota november",
                 meta=[("Notanummer", "73300184471"), ("Datum", "{date}")], cols=COLS4,
                 pay=["Het bedrag wordt op of na 29-11-2026 automatisch afgeschreven."], foot="line"))
    nonin("forward", "nl", "marieke@bakkerijtenhave.nl", "Marieke ten Have", "administratie@boekhoudkantoor-schagen.nl",
          "Boekhoudkantoor Schagen", "Fwd: Uw nota van Energiedirect Groen", day(11, 16),
          "A supplier's bill addressed to the business, forwarded to its bookkeeper; the business is the debtor, not the creditor.",
          "Forwarded energy bill with a PDF; the sender is the debtor.",
          body_text="Hoi Gerda,\n\nDeze is voor de administratie (wordt geïncasseerd).\n\nGroet, Marieke\n\n---------- Doorgestuurd bericht ----------\n"
                    "Van: Energiedirect Groen <nota@energiedirectgroen.nl>\nOnderwerp: Uw nota van Energiedirect Groen\n\nBeste klant, in de bijlage vindt u uw nota.",
          pdf_inv=fw, pdf_name="nota_73300184471.pdf")

    # en 1: timesheet for approval
    nonin("harvest", "en", "notifications@harvestapp.com", "Marlowe Research (via Harvest)", "ap@bellweatherpartners.com",
          "Accounts Payable", "Timesheet for approval: November 2026", day(11, 30),
          "A timesheet sent for approval before invoicing; no amount is billed yet.",
          "Hours and a rate give a computable amount, but it asks for approval.",
          body_text="Hi,\n\nEva Marlowe submitted hours for your approval:\n\nProject: Q4 discovery research\nPeriod: Nov 1 - Nov 30, 2026\n"
                    "Hours: 31.5 (billable rate $165.00/h)\n\nApprove or reject: https://marlowe.harvestapp.com/approve/8812\n\n"
                    "Once approved, an invoice will be created and sent separately.\n\n- Harvest",
          mail_from="notifications@harvestapp.com")

    # en 2: subscription's "your card will be charged"
    nonin("stripe", "en", "billing@planlytics.app", "Planlytics", "ops@greenhouse-studio.co.uk", "Greenhouse Studio Ops",
          "Your subscription renews on 8 December", day(12, 1),
          "An upcoming-charge notice for a card subscription; payment is automatic and no invoice is issued yet.",
          "Plan, price, VAT and the card's last digits.",
          body_text="Hi there,\n\nThis is a reminder that your Planlytics Business plan renews on 8 December 2026.\n\n"
                    "Amount: £240.00 + VAT £48.00 = £288.00\nPayment method: Visa ending 4417\n\n"
                    "Your card will be charged automatically - there is nothing you need to do. Your invoice will be emailed after the payment.\n\n"
                    "Manage your subscription: https://planlytics.app/billing\n\nThe Planlytics team")

    # en 3: refund confirmation
    nonin("shopify", "en", "orders@northlight-candles.co.uk", "Northlight Candles", "emily.hart@gmail.com", "Emily Hart",
          "Refund processed for order #4419", day(11, 19),
          "A refund confirmation: money goes back to the customer.",
          "Amounts and an order number; nothing is owed.",
          body_text="Hi Emily,\n\nWe've processed your refund of £36.50 for order #4419 (Amber & Oud candle, 2 x £18.25).\n"
                    "It will appear on your card ending 0921 within 5-10 working days.\n\nSorry the jar arrived cracked!\n\nWarmly,\nNorthlight Candles")

    # en 4: payment-request link for a workshop seat
    nonin("mollie", "en", "hello@clayandkiln.nl", "Clay & Kiln Studio", "r.okafor@gmail.com", "Rita Okafor",
          "Payment link for your wheel-throwing course", day(11, 12),
          "A payment-request link to book a course place; the booking is only made once paid, no invoice is issued.",
          "A link, an amount and 'pay before'.",
          body_text="Hi Rita,\n\nGreat that you want to join the Thursday wheel-throwing course (8 sessions from 7 January)!\n"
                    "To reserve your spot, please pay €245.00 via this link before 20 November:\nhttps://www.mollie.com/checkout/select-method/7Qx2Lp9KdW\n\n"
                    "You'll get a receipt after payment. Spots are not reserved until paid.\n\nSee you at the wheel,\nInge - Clay & Kiln")

    # en 5: marketplace sale notice
    nonin("etsy", "en", "transaction@etsy.com", "Etsy", "shop@wildfernprints.ie", "Wild Fern Prints",
          "You made a sale on Etsy! Ship by Nov 27", day(11, 23),
          "A marketplace sale notice to the seller; the buyer has already paid the platform.",
          "Order total, fees and buyer's name.",
          body_text="Congratulations, Wild Fern Prints!\n\nYou sold 2 items to Marguerite Lefèvre.\n\nOrder #3318802741\n"
                    "Botanical print A3 'Hart's-tongue fern' x2 - €58.00\nShipping - €6.50\nOrder total: €64.50\n\n"
                    "The buyer has paid. Ship by November 27. Etsy fees will appear in your Payment account.\n\nEtsy",
          mail_from="transaction@etsy.com")

    # en 6: newsletter with prices
    nonin("mailchimp", "en", "news@brewlab-supplies.com", "BrewLab Supplies", "taproom@hopsandhollows.co.uk", "Hops & Hollows",
          "Winter price list + 10% off malt until Friday", day(11, 11),
          "A newsletter with prices and a discount code; no order or debt.",
          "Prices, a 'Total' in a bundle offer, an invoice-like table.",
          body_html="<h1>Winter is coming - so is stout season</h1><table><tr><th>Product</th><th>Price</th></tr>"
                    "<tr><td>Maris Otter 25 kg</td><td>£38.90</td></tr><tr><td>Roasted barley 5 kg</td><td>£14.20</td></tr>"
                    "<tr><td>US-05 yeast (10 pack)</td><td>£29.00</td></tr><tr><td><b>Stout bundle total</b></td><td><b>£74.61</b> (10% off)</td></tr></table>"
                    "<p>Use code STOUT10 at checkout. Prices excl. VAT.</p><p><a href='https://brewlab-supplies.com/unsubscribe'>Unsubscribe</a></p>")

    # en 7: renewal notice for a domain and hosting, no invoice yet
    nonin("whmcs", "en", "billing@fjordhost.io", "FjordHost", "it@kingsbridge-dental.co.uk", "Kingsbridge Dental IT",
          "Upcoming renewal: kingsbridge-dental.co.uk", day(11, 18),
          "A renewal notice ahead of the renewal date; the invoice is generated later.",
          "Product, renewal date and price.",
          body_text="Dear Kingsbridge Dental,\n\nThe following services are due for renewal on 18 December 2026:\n\n"
                    "  kingsbridge-dental.co.uk (domain, 1 year)     £11.99\n  Business Hosting M (annual)                  £179.00\n\n"
                    "An invoice will be generated 14 days before the renewal date. To cancel, log in to the client area.\n\nFjordHost Billing")

    # en 8: card receipt
    nonin("square", "en", "receipts@messaging.squareup.com", "The Little Framer", "jamal.reid@outlook.com", "Jamal Reid",
          "Receipt from The Little Framer", day(11, 21),
          "A receipt for a payment already made by card.",
          "Totals with VAT, card digits, 'Paid'.",
          body_text="The Little Framer\n\nCustom frame, oak 50x70           £145.00\nMuseum glass upgrade              £38.00\n"
                    "Total                             £183.00\nincl. VAT (20%)                   £30.50\n\nPaid with Mastercard ending 7781\n21 Nov 2026 14:12\n\nReceipt #5Lk2-88Qa\n\nThank you!",
          mail_from="receipts@messaging.squareup.com")

    # de 1: Lieferschein with a PDF
    sel = S("Kaffeerösterei Albers", ["Hafenweg 19", "48155 Münster"], "versand@roesterei-albers.de", "DE",
            ["USt-IdNr. DE299311845"], "WELADED1MST")
    ls = NP(sel, "LS-26-3390", day(11, 16), ["Café Kleiner Prinz", "Jüdefelderstraße 12", "48143 Münster"],
            [("Espresso Hausmischung 1 kg", 10, 0, 7), ("Filterkaffee Guatemala 1 kg", 4, 0, 7)],
            dict(head="left", deb="win-left", metapos="right", money=("de", "{} €"), title="Lieferschein LS-26-3390", date="dmy.",
                 meta=[("Lieferdatum", "{date}"), ("Auftrag", "AB-26-1175")], cols=[("desc", 56, "left"), ("qty", 380, "right")],
                 no_sub=True, hide_zero_vat=True, lab={"total": "Positionen"},
                 pay=["Die Rechnung erhalten Sie separat zum Monatsende.", "Ware erhalten: ____________________"], foot="line"))
    nonin("lexoffice", "de", sel["email"], sel["name"], "bestellung@cafe-kleiner-prinz.de", "Café Kleiner Prinz",
          "Lieferschein LS-26-3390", day(11, 16), "A delivery note without prices; the invoice follows at month end.",
          "Delivery note PDF; its only 'total' line is a count.",
          body_text="Hallo zusammen,\n\nanbei der Lieferschein zur heutigen Lieferung.\n\nViele Grüße\nVersand Albers",
          pdf_inv=ls, pdf_name="Lieferschein_LS-26-3390.pdf")

    # de 2: cancellation confirmation
    nonin("typed-mail", "de", "info@ferienhof-sonnleitn.at", "Ferienhof Sonnleitn", "f.reisinger@gmx.at", "Franziska Reisinger",
          "Stornobestätigung Buchung 2026-211", day(11, 8),
          "Confirms a cancelled booking and the cancellation fee policy; no invoice.",
          "Mentions amounts (booking value, fee 0 €) and a booking number.",
          body_text="Liebe Frau Reisinger,\n\nhiermit bestätigen wir die Stornierung Ihrer Buchung 2026-211 (Appartement Enzian, 27.12.2026-03.01.2027, 1.190,00 €).\n"
                    "Da Sie mehr als 30 Tage vor Anreise storniert haben, fallen keine Stornogebühren an.\n"
                    "Eine Anzahlung wurde noch nicht geleistet.\n\nWir hoffen, Sie ein anderes Mal begrüßen zu dürfen!\n\nHerzliche Grüße\nFamilie Leitner")

    # de 3: credit-note announcement
    nonin("sevdesk", "de", "rechnung@dachdeckerei-kuehn.de", "Dachdeckerei Kühn", "hv@hausverwaltung-roemer.de",
          "Hausverwaltung Römer", "Gutschrift zu Rechnung RE-1062", day(11, 24),
          "Announces a credit note that will follow; the credit note itself is not attached.",
          "Names an amount and an invoice number.",
          body_text="Sehr geehrte Frau Römer,\n\nwie telefonisch besprochen erstellen wir Ihnen zu Rechnung RE-1062 eine Gutschrift über 412,34 €\n"
                    "für die nicht ausgeführte Kaminabdeckung. Die Gutschrift erhalten Sie in den nächsten Tagen mit separater Post.\n\n"
                    "Mit freundlichen Grüßen\nMartin Kühn")

    # de 4: a tax assessment forwarded to the tax adviser
    nonin("forward", "de", "info@fotostudio-lichtblick.de", "Fotostudio Lichtblick", "kanzlei@stb-hofmann.de",
          "Kanzlei Hofmann & Partner", "WG: Bescheid über Umsatzsteuer 2025", day(11, 20),
          "A tax assessment addressed to the business, forwarded to its tax adviser; the business owes the tax office, it bills no one.",
          "Forwarded Bescheid with a Nachzahlung, an IBAN of the Finanzamt and a due date.",
          body_text="Hallo Herr Hofmann,\n\nanbei der USt-Bescheid, der heute kam. Stimmt der so? Die Nachzahlung kommt mir hoch vor.\n\nGruß\nSvenja Roth\n\n"
                    "-----Ursprüngliche Nachricht-----\nFinanzamt Karlsruhe-Durlach - Bescheid für 2025 über Umsatzsteuer\n"
                    "Festgesetzt werden: 14.227,00 €; abzüglich Vorauszahlungen 12.900,00 €; Nachzahlung 1.327,00 €\n"
                    "Fällig am 21.12.2026. Bitte zahlen Sie unter Angabe der Steuernummer 35010/48812 auf " + mk.iban_spaced(iban("DE")) + ".")

    # de 5: deposit request for a holiday flat booking, not an invoice
    nonin("typed-mail", "de", "buchung@haus-duenenblick.de", "Haus Dünenblick", "familie.ostermann@web.de", "Familie Ostermann",
          "Ihre Reservierung 11.-18.07.2027 - Bitte Anzahlung", day(11, 28),
          "A deposit request to secure a reservation; the invoice comes at departure.",
          "Amount, IBAN, a date to pay by - but explicitly not the invoice.",
          body_text="Liebe Familie Ostermann,\n\nwir freuen uns, Ihre Reservierung der Wohnung 'Strandhafer' vom 11.07. bis 18.07.2027 vorzumerken (Gesamtpreis 1.365,00 €).\n"
                    "Damit die Reservierung verbindlich wird, überweisen Sie bitte bis zum 12.12.2026 eine Anzahlung von 30 % (409,50 €) auf\n"
                    + mk.iban_spaced(iban("DE")) + " (Inh. Hanna Petersen). Die Rechnung über den Aufenthalt erhalten Sie bei Abreise.\n\n"
                    "Herzliche Grüße von der Küste\nHanna Petersen")

    # de 6: booking confirmation for a seminar
    nonin("html-mail", "de", "anmeldung@akademie-nordlicht.de", "Akademie Nordlicht", "b.aksoy@praxis-aksoy.de", "Dr. Burak Aksoy",
          "Anmeldebestätigung: Seminar Praxisführung (Nr. 27-014)", day(11, 4),
          "A registration confirmation with the fee; the invoice is sent four weeks before the seminar.",
          "Fee with VAT in an HTML table.",
          body_html="<p>Sehr geehrter Herr Dr. Aksoy,</p><p>vielen Dank für Ihre Anmeldung.</p><table><tr><td>Seminar</td><td>Praxisführung kompakt, 12.-13.03.2027</td></tr>"
                    "<tr><td>Teilnahmegebühr</td><td>690,00 € zzgl. 19 % MwSt.</td></tr><tr><td>Gesamt</td><td>821,10 €</td></tr></table>"
                    "<p>Die Rechnung erhalten Sie ca. vier Wochen vor Seminarbeginn.</p><p>Ihr Team der Akademie Nordlicht</p>")

    # de 7: an Angebot from a Swiss plumber in CHF
    sel = S("Sanitär Hürlimann GmbH", ["Bahnhofstrasse 9", "8840 Einsiedeln"], "offerten@huerlimann-sanitaer.ch", "CH",
            ["CHE-401.228.117 MWST"], "")
    an = NP(sel, "OF-2026-0388", day(11, 10), ["Herr und Frau Kälin", "Birchliweg 4", "8840 Einsiedeln"],
            [("Badewanne ersetzen durch bodenebene Dusche", 1, 748000, 8.1), ("Plattenarbeiten (Drittfirma)", 1, 312000, 8.1)],
            dict(head="right", deb="win-right", metapos="left", money=("ch", "CHF {}"), title="Offerte Nr. OF-2026-0388", date="dmy.",
                 meta=[("Datum", "{date}"), ("Gültig bis", "31.01.2027")], cols=COLS4, lab={"vat": "MWST {r}%", "total": "Total Offerte"},
                 pay=["Zahlungskonditionen bei Auftrag: 30 % Anzahlung, Rest innert 30 Tagen nach Abschluss.",
                      "Wir danken für Ihre Anfrage."], foot="regs"))
    nonin("bexio", "de", sel["email"], sel["name"], "kaelin.einsiedeln@bluewin.ch", "Ruth Kälin", "Offerte OF-2026-0388 Badumbau",
          day(11, 10), "An Angebot/Offerte (quote); nothing is owed before the order.",
          "Swiss quote in CHF with VAT and payment conditions.",
          body_text="Grüezi Frau Kälin\n\nBesten Dank für die Besichtigung. Im Anhang unsere Offerte für den Badumbau.\n\nFreundliche Grüsse\nPius Hürlimann",
          pdf_inv=an, pdf_name="Offerte_OF-2026-0388.pdf")


# ---------------------------------------------------------------- check and write

TITLES = r"\b(Herrn|Herr|Frau|Mrs\.?|Mr\.?|Ms\.?|Dhr\.|mevr\.|Mevrouw|mevrouw|dhr\.)\s+"


def all_text(r):
    parts = [r["eml"]]
    msg = email.message_from_string(r["eml"].replace("@@PDF@@", ""), policy=email.policy.default)
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            parts.append(p.get_content())
        parts.append(str(p.get("Subject", "")))
    if r.get("pdf"):
        for pg in r["pdf"]["pages"]:
            parts.append("\n".join(i["text"] for i in pg["items"]))
    if r.get("ubl"):
        parts.append(r["ubl"])
    return "\n".join(parts)


def amount_forms(c):
    c = abs(c)
    return {mk.money(c, s) for s in ("nl", "en", "ch", "sp", "plain", "de")}


def date_forms(d, lang):
    out = {mk.date(d, s, lang) for s in ("dmy-", "dmy.", "dmy/", "iso", "long", "us", "short-en")}
    out.add(d.strftime("%m/%d/%Y"))
    return out


def check(records):
    problems = []
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        pdf_part = ("Content-Type: application/pdf; name=\"x.pdf\"\nContent-Disposition: attachment; filename=\"x.pdf\"\n"
                    "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")
        raw = r["eml"].replace("@@PDF@@\n", pdf_part)
        msg = email.message_from_string(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                problems.append((r["id"], "defects %s" % p.defects))
        for line in r["eml"].split("\n\n", 1)[0].split("\n"):
            try:
                line.encode("ascii")
            except UnicodeEncodeError:
                problems.append((r["id"], "non-ASCII header " + line))
        if ("@@PDF@@" in r["eml"]) != ("pdf" in r):
            problems.append((r["id"], "pdf slot mismatch"))
        txt = all_text(r)
        for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", txt):
            cand = m.group(1).replace(" ", "")
            if "ZZZ" in cand:  # a SEPA creditor identifier, not an IBAN
                continue
            if re.match(r"^(NL|DE|BE|GB|AT|CH|PL|IE|LU|FR)\d\d", cand) and len(cand) >= 15 and not iban_ok(cand):
                # allow a trailing word glued by the regex: try shorter prefixes of the plausible lengths
                if not any(iban_ok(cand[:n]) for n in (16, 18, 20, 21, 22, 28)):
                    problems.append((r["id"], "bad IBAN-shaped " + m.group(1)))
        e = r["expected"]
        if e is None:
            continue
        flat = txt.replace(" ", "")
        if e["number"] not in txt:
            problems.append((r["id"], "number"))
        for k in ("amount_due_cents", "amount_total_cents"):
            if not any(f in txt for f in amount_forms(e[k])):
                problems.append((r["id"], k))
        if not any(f in txt for f in date_forms(D.fromisoformat(e["issue_date"]), e["language"])):
            problems.append((r["id"], "issue date"))
        detitled = re.sub(TITLES, "", txt)
        if e["debtor_name"] not in txt and e["debtor_name"] not in detitled:
            problems.append((r["id"], "debtor name " + e["debtor_name"]))
        if e["iban"]:
            if not iban_ok(e["iban"]) or e["iban"] not in flat:
                problems.append((r["id"], "iban"))
        if e["payment_reference"] and e["payment_reference"].replace(" ", "") not in flat:
            problems.append((r["id"], "reference"))
        if e["debtor_email"] not in r["envelope"]["rcpt_to"]:
            problems.append((r["id"], "email"))
        if e["credit_note"] and (e["amount_due_cents"] >= 0 or e["due_date"] is not None):
            problems.append((r["id"], "credit sign"))
        if r.get("ubl"):
            u = r["ubl"]
            for tag, val in (("cbc:ID", e["number"]), ("cbc:IssueDate", e["issue_date"]), ("cbc:DueDate", e["due_date"]),
                             ("cbc:PayableAmount currencyID=\"%s\"" % e["currency"], "%.2f" % (e["amount_due_cents"] / 100.0))):
                if "<%s>%s<" % (tag, val) not in u:
                    problems.append((r["id"], "ubl " + tag))
    return problems


def main():
    invoices_nl()
    invoices_en()
    invoices_de()
    non_invoices()
    order = list(range(len(RECORDS)))
    random.Random(SEED + 1).shuffle(order)
    recs, stats = [], []
    for n, i in enumerate(order):
        r = RECORDS[i]
        r["id"] = "inv-hold8-%03d" % (n + 1)
        stats.append(dict(STATS[i], id=r["id"]))
        recs.append(r)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout8.jsonl")
    mk.write(out, recs)
    probs = check(recs)
    for p in probs:
        print("CHECK", *p)
    print("%d records, %d problems" % (len(recs), len(probs)))
    return recs, stats


if __name__ == "__main__":
    recs, stats = main()
    if "-v" in sys.argv:
        for r, s in zip(recs, stats):
            e = r["expected"]
            if e:
                print(r["id"], s["lang"], s["kind"], s["tool"], s["layout"], e["number"], e["amount_due_cents"],
                      e["amount_total_cents"], e["currency"], e["issue_date"], e["due_date"], repr(e["debtor_name"]),
                      e["debtor_email"], e["payment_reference"], e["iban"], e["business"], e["credit_note"], s["term"])
            else:
                print(r["id"], s["lang"], "none", s["tool"], r["why_not"][:60])
