"""heldout13: a thirteenth held-out set, written around the SHAPE of the mail and of the
page (where the facts sit, what else rides along in the mail), not around tools or trades.

50 invoices and 25 non-invoices in Dutch (some Flemish), English and German (some
Austrian and Swiss).  Every amount and date is computed here and printed from the value.
Run: python3 corpus/invoices/gen/heldout13.py  (writes corpus/invoices/heldout13.jsonl)"""
import base64
import calendar
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

rng = random.Random(20261213)
D = datetime.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout13.jsonl")


# ---------------------------------------------------------------- numbers and codes
BANKCODE = {"Rabobank": "RABO", "ING": "INGB", "ABN AMRO": "ABNA", "Triodos Bank": "TRIO", "Triodos": "TRIO",
            "bunq": "BUNQ", "Knab": "KNAB", "SNS": "SNSB", "NatWest": "NWBK", "Barclays": "BARC", "Lloyds": "LOYD",
            "HSBC": "MIDL", "AIB": "AIBK", "Bank of Ireland": "BOFI"}


def iban_any(country, bank=None):
    code = BANKCODE.get(bank or "")
    if code and country in ("NL", "GB", "IE"):
        bban = code + "".join(rng.choice("0123456789") for _ in range(10 if country == "NL" else 14))
        d = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        return "%s%02d%s" % (country, 98 - int(d) % 97, bban)
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    if country == "AT":
        bban = "".join(rng.choice("0123456789") for _ in range(16))
    elif country == "CH":
        bban = "".join(rng.choice("0123456789") for _ in range(17))
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice("0123456789") for _ in range(14))
    else:
        raise ValueError(country)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def qr_iban():
    bban = str(rng.randint(30000, 31999)) + "".join(rng.choice("0123456789") for _ in range(12))
    digits = "".join(str(int(c, 36)) for c in bban + "CH00")
    return "CH%02d%s" % (98 - int(digits) % 97, bban)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rf_ref(body):
    d = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(d) % 97, body)


def ogm():
    base = int(digits(10))
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def qr_ref():
    s = digits(26)
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in s:
        carry = table[(carry + int(ch)) % 10]
    return s + str((10 - carry) % 10)


def groups(s, n=4, sep=" "):
    return sep.join(s[k:k + n] for k in range(0, len(s), n))


def qr_groups(s):
    return s[:2] + " " + " ".join(s[k:k + 5] for k in range(2, len(s), 5))


def eom(d):
    return D(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def enc(s):
    """RFC 2047 (Q) where the subject is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        b = ch.encode("utf-8")
        e = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "-.!*+/" else
                    ("_" if x == 32 else "=%02X" % x) for x in b)
        if len(cur) + len(e) > 45:
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    return "\n ".join("=?utf-8?q?%s?=" % w for w in words)


def fake_pdf(title):
    """A tiny but well-formed one-page PDF (terms, timesheet) as a literal attachment."""
    text = title.replace("(", "").replace(")", "")
    stream = "BT /F1 11 Tf 56 780 Td (%s) Tj ET" % text
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for k, o in enumerate(objs):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (k + 1, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[k:k + 76] for k in range(0, len(s), 76))


PNG_LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def part_pdf(name, title):
    return ("Content-Type: application/pdf; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n" % (name, name, b64(fake_pdf(title))))


def part_png(name):
    return ("Content-Type: image/png; name=\"%s\"\nContent-Disposition: inline; filename=\"%s\"\n"
            "Content-ID: <logo@dm>\nContent-Transfer-Encoding: base64\n\n%s\n" % (name, name, b64(PNG_LOGO)))


def part_vcf(name, vcard):
    return ("Content-Type: text/vcard; charset=utf-8; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (name, name, vcard))


def add_parts(eml, parts):
    """Append further attachment parts before the closing boundary."""
    last = eml.rstrip("\n").rsplit("\n", 1)
    b = last[1][:-2]
    return last[0] + "\n" + "".join("%s\n%s\n" % (b, p) for p in parts) + last[1] + "\n"


# ---------------------------------------------------------------- labels and formats
LB = {
    "nl": dict(inv="Factuur", cn="Creditnota", no="Factuurnummer", date="Factuurdatum",
               due="Vervaldatum", cust="Klantnummer", desc="Omschrijving", qty="Aantal",
               unit="Prijs", amt="Bedrag", net="Subtotaal", vat="Btw %s%%", total="Totaal",
               paid="Reeds betaald", todo="Te betalen", ref="Betalingskenmerk", vatid="Btw-id",
               coc="KvK", date_col="Datum", bank="Bank", term="Betalingstermijn"),
    "en": dict(inv="Invoice", cn="Credit note", no="Invoice number", date="Invoice date",
               due="Due date", cust="Customer no.", desc="Description", qty="Qty",
               unit="Unit price", amt="Amount", net="Subtotal", vat="VAT %s%%", total="Total",
               paid="Paid", todo="Amount due", ref="Payment reference", vatid="VAT no.",
               coc="Company no.", date_col="Date", bank="Bank", term="Terms"),
    "de": dict(inv="Rechnung", cn="Gutschrift", no="Rechnungsnummer", date="Rechnungsdatum",
               due="Fällig am", cust="Kundennummer", desc="Bezeichnung", qty="Menge",
               unit="Einzelpreis", amt="Gesamt", net="Nettobetrag", vat="USt. %s %%",
               total="Gesamtbetrag", paid="Bereits gezahlt", todo="Zahlbetrag",
               ref="Verwendungszweck", vatid="USt-IdNr.", coc="Amtsgericht", date_col="Datum",
               bank="Bank", term="Zahlungsziel"),
}
SYM = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF"}


def lb(m, k):
    return m.get("L", {}).get(k) or LB[m["lang"]][k]


def M(m, cents, bare=False):
    s = mk.money(cents, m["mfmt"])
    if bare:
        return s
    st = m["sym"]
    sym = SYM[m["cur"]]
    if st == "pre":
        return "%s %s" % (sym, s)
    if st == "tight":
        return "-" + sym + s[1:] if s.startswith("-") else sym + s
    if st == "post":
        return "%s %s" % (s, sym)
    if st == "code":
        return "%s %s" % (m["cur"], s)
    if st == "codepost":
        return "%s %s" % (s, m["cur"])
    return s


def DT(m, d, style=None):
    return mk.date(d, style or m["dfmt"], m["lang"])


def Q(m, q):
    if q == int(q):
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if m["mfmt"] in ("nl", "de", "sp") else s


def vatpct(m, r):
    s = ("%g" % r)
    return s.replace(".", ",") if m["mfmt"] in ("nl", "de", "sp") else s


def calc(m):
    for ln in m["lines"]:
        ln["a"] = int(round(ln["q"] * ln["u"]))
    m["net"] = sum(ln["a"] for ln in m["lines"])
    rates = {}
    for ln in m["lines"]:
        r = ln.get("r", m.get("rate", 21))
        rates[r] = rates.get(r, 0) + ln["a"]
    m["vats"] = [(r, base, int(round(base * r / 100.0))) for r, base in sorted(rates.items())]
    m["vat"] = sum(v for _, _, v in m["vats"])
    m["total"] = m["net"] + m["vat"]
    m["due_amt"] = m["total"] - m.get("paid", 0)
    i = m["issue"]
    if "due" in m:
        pass
    elif m.get("days") is not None:
        m["due"] = i + datetime.timedelta(days=m["days"])
    elif m.get("eom"):
        m["due"] = eom(i)
    else:
        m["due"] = None
    return m


def C(name, street, city, email, country, tel=None, web=None, vat=None, reg=None, bank=None,
      noiban=False, iban=None):
    c = dict(name=name, street=street, city=city, email=email, country=country, tel=tel, web=web,
             bank=bank)
    c["iban"] = None if noiban else (iban or iban_any(country, bank))
    if vat is None:
        vat = {"NL": "NL%sB01" % digits(9), "DE": "DE%s" % digits(9), "BE": "BE 0%s.%s.%s" % (
            digits(3), digits(3), digits(3)), "AT": "ATU%s" % digits(8),
            "CH": "CHE-%s.%s.%s MWST" % (digits(3), digits(3), digits(3)),
            "GB": "GB %s %s %s" % (digits(3), digits(4), digits(2)), "IE": "IE%s%sW" % (digits(7), "T")}[country]
    if country == "CH" and reg and reg.startswith("CHE-"):
        vat, reg = reg + " MWST", None
    c["vat"] = vat or None
    c["reg"] = reg
    return c


# ---------------------------------------------------------------- page pieces
def fields(m):
    """The detail fields (label, value) of an invoice."""
    f = [(lb(m, "no"), m["no"]), (lb(m, "date"), DT(m, m["issue"]))]
    f += m.get("pre_fields", [])
    if m.get("due_text"):
        f.append((lb(m, "term"), m["due_text"]))
    elif m["due"] is not None:
        f.append((lb(m, "due"), DT(m, m["due"])))
    if m.get("ref"):
        f.append((lb(m, "ref"), m.get("ref_print", m["ref"])))
    f += m.get("post_fields", [])
    return f


def head(p, m, style, W=595):
    c = m["c"]
    if style == "left":
        p.text(56, 58, c["name"], 14, True)
        y = 71
        for s in [c["street"] + " · " + c["city"], c.get("tel") or "", c["email"]]:
            if s:
                p.text(56, y, s, 8)
                y += 10
    elif style == "right":
        p.right(W - 56, 58, c["name"], 15, True)
        y = 72
        for s in [c["street"], c["city"], c.get("tel") or "", c["email"], c.get("web") or ""]:
            if s:
                p.right(W - 56, y, s, 8)
                y += 10
    elif style == "band":
        p.rule(0, 30, W, 30)
        p.rule(0, 76, W, 76)
        p.text(40, 50, c["name"], 13, True)
        p.text(40, 66, c["street"] + ", " + c["city"], 8)
        p.text(W / 2 - 20, 50, "T " + (c.get("tel") or "-"), 8)
        p.text(W / 2 - 20, 62, c["email"], 8)
        if c.get("web"):
            p.text(W / 2 - 20, 72, c["web"], 8)
        p.right(W - 40, 50, lb(m, "vatid") + " " + (c["vat"] or ""), 8)
        if c["iban"]:
            p.right(W - 40, 62, "IBAN " + mk.iban_spaced(c["iban"]), 8)
        if c.get("reg"):
            p.right(W - 40, 72, c["reg"], 8)
    p.text(56, 128, c["name"] + " · " + c["street"] + " · " + c["city"], 6) if style == "left" else None


def debtor(p, m, x, y, size=10):
    for s in m["dblock"]:
        p.text(x, y, s, size)
        y += size + 3
    return y


def table(p, m, y, x0=56, x1=539, dated=False, size=9, rows=None):
    cols = [x0]
    if dated:
        p.text(x0, y, lb(m, "date_col"), size, True)
        dx = x0 + 62
    else:
        dx = x0
    p.text(dx, y, lb(m, "desc"), size, True)
    p.right(x1 - 170, y, lb(m, "qty"), size, True)
    p.right(x1 - 80, y, lb(m, "unit"), size, True)
    p.right(x1, y, lb(m, "amt"), size, True)
    p.rule(x0, y + 4, x1, y + 4)
    y += 17
    for ln in (rows if rows is not None else m["lines"]):
        if dated:
            p.text(x0, y, DT(m, ln["d"], m.get("line_dfmt")), size)
        p.text(dx, y, ln["t"], size)
        p.right(x1 - 170, y, Q(m, ln["q"]) + (" " + ln["unit"] if ln.get("unit") else ""), size)
        p.right(x1 - 80, y, M(m, ln["u"], m.get("bare_lines", False)), size)
        p.right(x1, y, M(m, ln["a"], m.get("bare_lines", False)), size)
        y += size + 5
    p.rule(x0, y - size + 1, x1, y - size + 1)
    return y + 6


def totals(p, m, y, xl=330, xr=539, size=9):
    p.text(xl, y, lb(m, "net"), size)
    p.right(xr, y, M(m, m["net"]), size)
    y += size + 5
    for r, base, v in m["vats"]:
        if m.get("novat"):
            break
        lab = lb(m, "vat")
        p.text(xl, y, lab % vatpct(m, r) if "%s" in lab else lab, size)
        p.right(xr, y, M(m, v), size)
        y += size + 5
    p.rule(xl, y - size, xr, y - size)
    p.text(xl, y + 2, lb(m, "total"), size + 1, True)
    p.right(xr, y + 2, M(m, m["total"]), size + 1, True)
    y += size + 9
    if m.get("paid"):
        p.text(xl, y, m.get("paid_label", lb(m, "paid")), size)
        p.right(xr, y, M(m, -m["paid"]), size)
        y += size + 5
        p.text(xl, y + 2, lb(m, "todo"), size + 1, True)
        p.right(xr, y + 2, M(m, m["due_amt"]), size + 1, True)
        y += size + 9
    return y + 8


def lines_at(p, x, y, lines, size=9, bold=False, lead=None):
    for s in lines:
        if s:
            p.text(x, y, s, size, bold)
        y += lead or size + 4
    return y


def footer3(p, m, y=780, W=595, size=6.5):
    c = m["c"]
    a = [c["name"], c["street"], c["city"], c["email"]]
    b = [lb(m, "bank") + ": " + (c.get("bank") or "")] + (
        ["IBAN " + mk.iban_spaced(c["iban"])] if c["iban"] else []) + m.get("bic", [])
    cc = [lb(m, "vatid") + " " + (c["vat"] or "-")] + ([c["reg"]] if c.get("reg") else []) + (
        [c["tel"]] if c.get("tel") else [])
    p.rule(56, y - 10, W - 56, y - 10)
    lines_at(p, 56, y, a, size, lead=8.5)
    lines_at(p, 56 + (W - 112) / 3, y, b, size, lead=8.5)
    lines_at(p, 56 + 2 * (W - 112) / 3, y, cc, size, lead=8.5)


def footer_line(p, m, y=800, W=595):
    c = m["c"]
    bits = [c["name"]]
    if c["iban"]:
        bits.append("IBAN " + mk.iban_spaced(c["iban"]))
    if c["vat"]:
        bits.append(lb(m, "vatid") + " " + c["vat"])
    if c.get("reg"):
        bits.append(c["reg"])
    p.text(W / 2, y, " · ".join(bits), 7, align="center")


def fill(m, s):
    """Format a wording with the invoice's values."""
    v = dict(no=m.get("no", ""), total=M(m, m["total"]) if "total" in m else "",
             due_amt=M(m, m["due_amt"]) if "due_amt" in m else "",
             net=M(m, m["net"]) if "net" in m else "", vat=M(m, m["vat"]) if "vat" in m else "",
             issue=DT(m, m["issue"]) if m.get("issue") else "",
             duedate=DT(m, m["due"]) if m.get("due") else "",
             iban=mk.iban_spaced(m["c"]["iban"]) if m["c"].get("iban") else "",
             ref=m.get("ref_print", m.get("ref")) or "", cname=m["c"]["name"],
             paid=M(m, m.get("paid", 0)))
    v.update(m.get("vals", {}))
    return s.format(**v)


def paytext(p, m, y, x=56, size=9, lead=12):
    for s in m.get("pay", []):
        p.text(x, y, fill(m, s), size)
        y += lead
    return y


# ---------------------------------------------------------------- page shapes
def shape_std(m, head_style="left", dpos=(56, 150), details="box", title_y=250, W=595,
              dated=False, foot="line", pay=True, x0=56):
    p = mk.Page()
    head(p, m, head_style, W)
    debtor(p, m, *dpos)
    f = fields(m)
    title = m.get("title") or (lb(m, "cn") if m.get("credit") else lb(m, "inv"))
    y = title_y
    if details == "box":
        bx, by = W - 56 - 215, dpos[1] - 14
        p.rule(bx, by, W - 56, by)
        p.rule(bx, by + 16 * len(f) + 8, W - 56, by + 16 * len(f) + 8)
        p.rule(bx, by, bx, by + 16 * len(f) + 8)
        p.rule(W - 56, by, W - 56, by + 16 * len(f) + 8)
        for k, (a, b) in enumerate(f):
            p.text(bx + 8, by + 16 + 16 * k, a, 8.5)
            p.right(W - 64, by + 16 + 16 * k, b, 8.5, k == 0)
        p.text(x0, y, title, 16, True)
        y += 30
    elif details == "cells":
        p.text(x0, y, title, 16, True)
        y += 20
        w = (W - 56 - x0) / len(f)
        p.rule(x0, y, W - 56, y)
        p.rule(x0, y + 30, W - 56, y + 30)
        for k, (a, b) in enumerate(f):
            p.rule(x0 + k * w, y, x0 + k * w, y + 30)
            p.text(x0 + k * w + 5, y + 11, a, 7)
            p.text(x0 + k * w + 5, y + 24, b, 9, True)
        p.rule(W - 56, y, W - 56, y + 30)
        y += 56
    else:  # list under the title
        p.text(x0, y, title + ("" if details == "list-noinline" else " " + m["no"]), 15, True)
        y += 22
        off = max(120, int(4.6 * max(len(a) for a, _ in f)) + 12)
        for a, b in f:
            p.text(x0, y, a, 9)
            p.text(x0 + off, y, b, 9)
            y += 13
        y += 16
    if m.get("intro"):
        for s in m["intro"]:
            p.text(x0, y, fill(m, s), 9)
            y += 12
        y += 8
    y = table(p, m, y, x0, W - 56, dated)
    y = totals(p, m, y, W - 56 - 210, W - 56)
    if pay:
        paytext(p, m, y + 6, x0)
    if foot == "line":
        footer_line(p, m, 806, W)
    elif foot == "three":
        footer3(p, m, 770, W)
    return p


def S_box(m):
    return [shape_std(m, "right", (56, 165), "box", 290, foot="line")]


def S_cells(m):
    return [shape_std(m, "left", (330, 150), "cells", 250, foot="line")]


def S_landscape(m):
    p = shape_std(m, "left", (56, 120), "list", 200, W=842, foot="line")
    d = p.json()
    d["width"], d["height"] = 842, 595
    return [_Fixed(d)]


class _Fixed:
    def __init__(self, d):
        self.d = d

    def json(self):
        return self.d


def S_sidebar(m):
    p = mk.Page()
    c = m["c"]
    p.rule(190, 40, 190, 800)
    p.text(40, 60, c["name"], 11, True)
    y = lines_at(p, 40, 76, [c["street"], c["city"], c.get("tel") or "", c["email"]], 7.5, lead=10)
    y += 30
    p.text(40, y, m.get("side_title", "Payment"), 9, True)
    y += 14
    for a, b in m["side"]:
        p.text(40, y, fill(m, a), 7.5)
        p.text(40, y + 10, fill(m, b), 8, True)
        y += 26
    y += 20
    lines_at(p, 40, y, [lb(m, "vatid"), c["vat"] or "-"] + ([c["reg"]] if c.get("reg") else []), 7, lead=9)
    debtor(p, m, 210, 110)
    title = lb(m, "cn") if m.get("credit") else lb(m, "inv")
    p.text(210, 210, title, 18, True)
    y = 232
    for a, b in fields(m):
        p.text(210, y, a, 8.5)
        p.text(330, y, b, 8.5, True)
        y += 13
    y = table(p, m, y + 20, 210, 555)
    totals(p, m, y, 380, 555)
    return [p]


def S_long(m, first=32):
    p1 = mk.Page()
    head(p1, m, "left")
    debtor(p1, m, 56, 150)
    y = 240
    for a, b in fields(m):
        p1.text(340, y - 90, a, 8.5)
        p1.text(440, y - 90, b, 8.5)
        y += 12
    p1.text(56, 250, (m.get("title") or lb(m, "inv")) + " " + m["no"], 14, True)
    y = table(p1, m, 275, rows=m["lines"][:first], size=8)
    p1.right(539, 812, m.get("cont", "1/2"), 7)
    p2 = mk.Page()
    p2.text(56, 58, m["c"]["name"] + " — " + lb(m, "inv") + " " + m["no"], 8)
    p2.right(539, 58, m.get("cont2", "2/2"), 7)
    y = table(p2, m, 90, rows=m["lines"][first:], size=8)
    y = totals(p2, m, y + 4)
    paytext(p2, m, y + 6)
    footer3(p2, m, 770)
    return [p1, p2]


def S_cover(m):
    p = mk.Page()
    c = m["c"]
    p.text(56, 200, c["name"], 26, True)
    y = lines_at(p, 56, 300, [fill(m, s) for s in m["cover"]], 14, lead=22)
    lines_at(p, 56, 700, [c["street"], c["city"], c["email"], c.get("web") or ""], 9)
    return [p, shape_std(m, "right", (56, 150), "list", 260, foot="three", pay=True)]


def S_timesheet(m):
    p1 = shape_std(m, "left", (56, 150), "box", 260, foot="line")
    p2 = mk.Page()
    p2.text(56, 60, m["ts_title"], 13, True)
    p2.text(56, 76, fill(m, m["ts_sub"]), 8.5)
    y = 106
    for h in m["ts_head"]:
        pass
    xs = [56, 130, 470, 539]
    for k, h in enumerate(m["ts_head"]):
        (p2.right if k >= 2 else p2.text)(xs[k], y, h, 8.5, True)
    p2.rule(56, y + 4, 539, y + 4)
    y += 16
    tot = 0
    for d, what, hrs in m["ts_rows"]:
        p2.text(56, y, DT(m, d, "dmy-" if m["lang"] == "nl" else "dmy/" if m["lang"] == "en" else "dmy.") , 8.5)
        p2.text(130, y, what, 8.5)
        p2.right(539, y, Q(m, hrs), 8.5)
        tot += hrs
        y += 13
    p2.rule(56, y - 9, 539, y - 9)
    p2.text(130, y + 3, m["ts_total"], 8.5, True)
    p2.right(539, y + 3, Q(m, tot), 8.5, True)
    return [p1, p2]


def S_dated(m):
    return [shape_std(m, "left", (56, 150), "box", 270, dated=True, foot="line")]


def S_footer3(m):
    return [shape_std(m, "left", (56, 150), "list", 250, foot="three")]


def S_band(m):
    return [shape_std(m, "band", (56, 130), "box", 250, foot=None)]


def S_erp(m):
    p = mk.Page()
    c = m["c"]
    p.text(56, 50, c["name"], 12, True)
    p.text(56, 62, c["street"] + " | " + c["city"] + " | " + c["email"], 7)
    p.text(56, 100, c["name"] + ", " + c["street"] + ", " + c["city"], 6)
    debtor(p, m, 56, 116, 9.5)
    ef = m["erp"]
    y = 96
    for a, b in ef:
        p.text(350, y, fill(m, a), 7.5)
        p.right(539, y, fill(m, b), 7.5)
        y += 10
    title = lb(m, "cn") if m.get("credit") else lb(m, "inv")
    p.text(56, 240, title, 13, True)
    y = 262
    x = [56, 90, 170, 330, 380, 440, 480, 539]
    for k, h in enumerate(m["erp_head"]):
        (p.text if k < 3 else p.right)(x[k] if k < 3 else x[k + 1] if k < 7 else 539, y, h, 7.5, True)
    p.rule(56, y + 4, 539, y + 4)
    y += 14
    for k, ln in enumerate(m["lines"]):
        p.text(56, y, "%d" % ((k + 1) * 10), 7.5)
        p.text(90, y, ln["art"], 7.5)
        p.text(170, y, ln["t"], 7.5)
        p.right(380, y, Q(m, ln["q"]), 7.5)
        p.right(440, y, ln.get("unit", ""), 7.5)
        p.right(480, y, M(m, ln["u"], True), 7.5)
        p.right(539, y, M(m, ln["a"], True), 7.5)
        y += 11
    y = totals(p, m, y + 10, 340, 539, 8.5)
    paytext(p, m, y + 4, 56, 8)
    footer3(p, m, 780)
    return [p]


def S_attn(m):
    return [shape_std(m, "right", (56, 150), "list", 260, foot="line")]


def S_estate(m):
    return [shape_std(m, "left", (56, 150), "box", 280, foot="three")]


def S_rent(m):
    return [shape_std(m, "left", (56, 150), "list", 250, foot="three")]


def S_recur(m):
    return [shape_std(m, "right", (56, 150), "cells", 260, foot="line")]


def S_hero(m):
    p = mk.Page()
    c = m["c"]
    p.text(56, 60, c["name"], 16, True)
    p.right(539, 60, lb(m, "inv").upper(), 16, True)
    p.text(56, 110, m["hero_label"], 10)
    p.text(56, 140, M(m, m["due_amt"]), 30, True)
    p.text(56, 162, fill(m, m["hero_sub"]), 10)
    y = 210
    p.text(56, y, m.get("to_label", "Billed to"), 8, True)
    debtor(p, m, 56, y + 14, 9)
    p.text(330, y, m.get("from_label", "From"), 8, True)
    lines_at(p, 330, y + 14, [c["name"], c["street"], c["city"], c["email"]], 9, lead=12)
    y = 300
    for a, b in fields(m):
        p.text(56, y, a, 8.5)
        p.text(170, y, b, 8.5)
        y += 12
    y = table(p, m, y + 18)
    y = totals(p, m, y)
    paytext(p, m, y + 6)
    return [p]


def S_qr(m):
    p = shape_std(m, "left", (330, 150), "list", 250, foot=None, pay=True)
    c = m["c"]
    p.rule(0, 540, 595, 540)
    p.text(16, 560, "Empfangsschein", 11, True)
    p.text(190, 560, "Zahlteil", 11, True)
    def blk(x, y, lab, vals, size=8):
        p.text(x, y, lab, 6, True)
        y += 9
        for v in vals:
            p.text(x, y, v, size)
            y += 10
        return y + 4
    y = blk(16, 580, "Konto / Zahlbar an", [mk.iban_spaced(c["iban"]), c["name"], c["street"], c["city"]])
    if m.get("ref"):
        y = blk(16, y, "Referenz", [m["ref_print"]])
    y = blk(16, y, "Zahlbar durch", m["dblock"][-3:])
    p.text(16, 780, "Währung", 6, True)
    p.text(70, 780, "Betrag", 6, True)
    p.text(16, 790, "CHF", 8)
    p.text(70, 790, M(m, m["due_amt"], True), 8)
    p.rule(180, 540, 180, 842)
    p.rule(200, 590, 300, 590)
    p.rule(200, 690, 300, 690)
    p.rule(200, 590, 200, 690)
    p.rule(300, 590, 300, 690)
    p.text(250, 644, "[QR]", 8, align="center")
    p.text(200, 720, "Währung", 7, True)
    p.text(260, 720, "Betrag", 7, True)
    p.text(200, 732, "CHF", 9)
    p.text(260, 732, M(m, m["due_amt"], True), 9)
    y = blk(320, 580, "Konto / Zahlbar an", [mk.iban_spaced(c["iban"]), c["name"], c["street"], c["city"]], 9)
    if m.get("ref"):
        y = blk(320, y, "Referenz", [m["ref_print"]], 9)
    y = blk(320, y, "Zusätzliche Informationen", [fill(m, m["qr_info"])], 9)
    blk(320, y, "Zahlbar durch", m["dblock"][-3:], 9)
    return [p]


def S_kv(m):
    p = mk.Page()
    c = m["c"]
    p.text(56, 70, c["name"], 20, True)
    p.text(56, 86, m["c_tag"], 9)
    y = 140
    title = lb(m, "cn") if m.get("credit") else lb(m, "inv")
    p.text(56, y, title.upper(), 11, True)
    y += 24
    rows = m["kv"]
    for a, b in rows:
        p.text(56, y, fill(m, a), 9.5, True)
        p.text(210, y, fill(m, b), 9.5)
        y += 16
    y += 20
    lines_at(p, 56, 790, [c["street"] + " — " + c["city"] + " — " + c["email"] + (" — " + c["tel"] if c.get("tel") else ""),
                          lb(m, "vatid") + " " + (c["vat"] or "-") + ((" — " + c["reg"]) if c.get("reg") else "") +
                          ((" — IBAN " + mk.iban_spaced(c["iban"])) if c["iban"] else "")], 7.5)
    return [p]


def S_narrow(m):
    p = mk.Page()
    c = m["c"]
    x0, x1 = 180, 415
    p.text(297, 60, c["name"], 12, True, "center")
    lines_at(p, 297, 74, [], 8)
    for k, s in enumerate([c["street"], c["city"], c.get("tel") or "", c["vat"] or ""]):
        p.text(297, 74 + 10 * k, s, 7.5, align="center")
    y = 130
    title = lb(m, "cn") if m.get("credit") else lb(m, "inv")
    p.text(297, y, title.upper(), 11, True, "center")
    y += 20
    for a, b in fields(m):
        p.text(x0, y, a, 8)
        p.right(x1, y, b, 8)
        y += 11
    y += 6
    p.text(x0, y, m["narrow_to"], 8)
    y = debtor(p, m, x0, y + 11, 8) + 8
    p.rule(x0, y - 8, x1, y - 8)
    for ln in m["lines"]:
        p.text(x0, y, ln["t"], 8)
        y += 10
        p.text(x0 + 10, y, "%s x %s" % (Q(m, ln["q"]), M(m, ln["u"], True)), 8)
        p.right(x1, y, M(m, ln["a"], True), 8)
        y += 13
    p.rule(x0, y - 8, x1, y - 8)
    y = totals(p, m, y + 4, x0, x1, 8)
    for s in m.get("pay", []):
        p.text(297, y, fill(m, s), 7.5, align="center")
        y += 10
    return [p]


def S_letter(m):
    p = mk.Page()
    c = m["c"]
    p.text(56, 60, c["name"], 12, True)
    p.text(56, 73, c["street"] + " · " + c["city"], 8)
    p.text(56, 84, (c.get("tel") or "") + "  " + c["email"], 8)
    debtor(p, m, 56, 150)
    p.right(539, 230, fill(m, m["letter_place"]), 10)
    p.text(56, 262, fill(m, m["letter_subject"]), 10, True)
    y = 292
    for para in m["letter"]:
        for s in para:
            p.text(56, y, fill(m, s), 10)
            y += 14
        y += 10
    for s in m["letter_close"]:
        p.text(56, y, s, 10)
        y += 14
    footer_line(p, m, 806)
    return [p]


def S_sparse(m):
    p = mk.Page()
    y = 70
    for s in m["sparse"]:
        if s.startswith("#"):
            p.text(72, y, fill(m, s[1:]), 14, True)
            y += 22
        elif s == "":
            y += 12
        elif "\t" in s:
            a, b = s.split("\t")
            p.text(72, y, fill(m, a), 11)
            p.right(523, y, fill(m, b), 11)
            y += 16
        else:
            p.text(72, y, fill(m, s), 11)
            y += 16
    return [p]


def S_bilingual(m):
    return [shape_std(m, "right", (56, 150), "list-noinline", 250, foot="three")]


SHAPES = dict(box=S_box, cells=S_cells, landscape=S_landscape, sidebar=S_sidebar, letter=S_letter,
              long=S_long, cover=S_cover, timesheet=S_timesheet, dated=S_dated, footer3=S_footer3,
              band=S_band, sparse=S_sparse, erp=S_erp, attn=S_attn, estate=S_estate, rent=S_rent,
              recur=S_recur, hero=S_hero, qr=S_qr, kv=S_kv, bilingual=S_bilingual, narrow=S_narrow)


# ---------------------------------------------------------------- records
def L(t, q, u, **kw):
    d = dict(t=t, q=q, u=u)
    d.update(kw)
    return d


DEFAULTS = {"nl": dict(mfmt="nl", sym="pre", dfmt="dmy-", cur="EUR"),
            "en": dict(mfmt="en", sym="tight", dfmt="long", cur="EUR"),
            "de": dict(mfmt="de", sym="post", dfmt="dmy.", cur="EUR")}
RECORDS = []


def addr_hdr(s):
    """A To header with its display name RFC 2047-encoded where it is not ASCII."""
    if s.isascii() or "<" not in s:
        return s
    name, addr = s.rsplit("<", 1)
    return enc(name.strip().strip('"')) + " <" + addr


def dflt(m):
    for k, v in DEFAULTS[m["lang"]].items():
        m.setdefault(k, v)
    return m


def send(m, subject, text=None, html=None, pages=None, parts=(), extra_headers=()):
    c = m["c"]
    sd = m.get("sent") or m["issue"] + datetime.timedelta(days=m.get("delay", 0))
    eml = mk.mail(rng, m.get("from", c["email"]), enc(m.get("from_name", c["name"])), addr_hdr(m["to"]),
                  enc(subject), sd, body_text=text, body_html=html, pdf=bool(pages),
                  extra_headers=extra_headers)
    if parts:
        eml = add_parts(eml, list(parts))
    return eml


def inv(m):
    n = len(RECORDS) + 1
    for k, v in DEFAULTS[m["lang"]].items():
        m.setdefault(k, v)
    calc(m)
    pages = SHAPES[m["shape"]](m) if m.get("shape") else None
    html = fill(m, m["html"]) if m.get("html") else None
    text = fill(m, m["body"]) if m.get("body") is not None else None
    eml = send(m, fill(m, m["subject"]), text, html, pages, m.get("parts", ()), m.get("hdrs", ()))
    due = m["due_amt"]
    total = m["total"]
    e = mk.expected(m["no"], due, total, m["issue"], m["due"], m["dname"], m["rcpt"],
                    m["c"]["iban"], m["business"], m["lang"], m.get("ref"), m["cur"],
                    bool(m.get("credit")))
    kind = "pdf" if pages else ("body-html" if html else "body-text")
    r = mk.record("inv-hold13-%03d" % n, m["tool"], m["lang"], kind,
                  {"mail_from": m.get("from", m["c"]["email"]), "rcpt_to": [m["rcpt"]]}, eml,
                  pages, m.get("fname"), e, None, m["note"])
    r["_m"] = m
    RECORDS.append(r)


def non(m):
    n = len(RECORDS) + 1
    for k, v in DEFAULTS[m["lang"]].items():
        m.setdefault(k, v)
    if m.get("lines"):
        calc(m)
    else:
        m.setdefault("due", None)
    pages = m["pages"](m) if m.get("pages") else None
    text = fill(m, m["body"]) if m.get("body") is not None else None
    html = fill(m, m["html"]) if m.get("html") else None
    eml = send(m, fill(m, m["subject"]), text, html, pages, m.get("parts", ()), m.get("hdrs", ()))
    r = mk.record("inv-hold13-%03d" % n, m["tool"], m["lang"], "none",
                  {"mail_from": m.get("from", m["c"]["email"]), "rcpt_to": [m["rcpt"]]}, eml,
                  pages, m.get("fname"), None, m["why"], m["note"])
    RECORDS.append(r)


def invoices():
    # 1 de: details in a right-hand box, debtor in the left window; Skonto; Verwendungszweck
    c = C("Tischlerei Brandhorst", "Am Sieker Holz 9", "33607 Bielefeld", "buero@tischlerei-brandhorst.de",
          "DE", tel="0521 448120", reg="HWK Ostwestfalen-Lippe, Betr.-Nr. 31877", bank="Sparkasse Bielefeld")
    inv(dict(lang="de", tool="word-din5008", shape="box", c=c, no="R-2026-0187", issue=D(2026, 11, 16), days=30,
             dblock=["Frau Dr. Henrike Lammers", "Ravensberger Str. 41", "33602 Bielefeld"],
             dname="Dr. Henrike Lammers", business=False, rcpt="h.lammers@t-online.de",
             to="Henrike Lammers <h.lammers@t-online.de>", ref="R-2026-0187 Lammers",
             post_fields=[("Kundennr.", "2044"), ("Auftrag vom", "02.10.2026")],
             lines=[L("Einbauschrank Flur, Eiche geölt, nach Aufmaß", 1, 286000),
                    L("Schiebetüren mit Softclose", 2, 41500),
                    L("Montage vor Ort (Std.)", 7.5, 6200)], rate=19,
             pay=["Zahlbar innerhalb von 30 Tagen ohne Abzug bis {duedate}.",
                  "Bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto.",
                  "Bitte überweisen Sie unter Angabe von „{ref}“ auf IBAN {iban}."],
             subject="Ihre Rechnung {no}", fname="Rechnung_R-2026-0187.pdf",
             body="Sehr geehrte Frau Dr. Lammers,\n\nanbei erhalten Sie unsere Rechnung {no} für den Einbauschrank im Flur.\n"
                  "Vielen Dank für Ihren Auftrag!\n\nMit freundlichen Grüßen\nKlaus Brandhorst\nTischlermeister",
             note="DIN-5008 letter: facts in a ruled box on the right, window address left; Skonto offered, the full amount stays due in 30 days; Verwendungszweck in words."))

    # 2 nl: box right, debtor left window; T&C PDF beside the invoice; betalingskenmerk
    c = C("Schildersbedrijf Van Oirschot", "Ringbaan-Oost 212", "5013 CD Tilburg", "administratie@vanoirschotschilders.nl",
          "NL", tel="013 - 542 77 10", reg="KvK 61733802", bank="Rabobank")
    ref = digits(16)
    inv(dict(lang="nl", tool="snelstart-like", shape="box", c=c, no="2026-1143", issue=D(2026, 11, 23), days=30,
             dblock=["VvE De Lindenhof", "p/a Beheermij. Korvink", "Postbus 1180", "5004 BD Tilburg"],
             dname="VvE De Lindenhof", business=True, rcpt="vve.lindenhof@korvinkbeheer.nl",
             to="VvE De Lindenhof <vve.lindenhof@korvinkbeheer.nl>", ref=ref, ref_print=groups(ref),
             post_fields=[("Project", "Buitenschilderwerk blok B")],
             lines=[L("Buitenschilderwerk kozijnen en boeidelen blok B", 1, 1184000),
                    L("Houtrotherstel (epoxy), 14 plekken", 14, 3850),
                    L("Steigerhuur 3 weken", 3, 42000)],
             pay=["Wij verzoeken u het bedrag van {total} vóór {duedate} over te maken",
                  "op {iban} onder vermelding van betalingskenmerk {ref}.",
                  "Op al onze werkzaamheden zijn onze algemene voorwaarden van toepassing (bijgevoegd)."],
             subject="Factuur {no} - Buitenschilderwerk blok B", fname="Factuur 2026-1143.pdf",
             parts=[part_pdf("Algemene voorwaarden Van Oirschot 2026.pdf", "Algemene leverings- en betalingsvoorwaarden")],
             body="Geachte heer/mevrouw,\n\nIn de bijlage treft u factuur {no} aan voor het buitenschilderwerk van blok B.\n"
                  "Tevens sturen wij u onze algemene voorwaarden mee.\n\nMet vriendelijke groet,\n\nMarieke van Oirschot\nAdministratie",
             note="Two PDFs: the invoice and the general terms; VvE care of a managing agent; 16-digit betalingskenmerk printed in groups."))

    # 3 nl: debtor top right, details in a row of cells; body states amount and due date too
    c = C("Hoveniersbedrijf Groenrijk", "Hessenweg 18", "8028 PK Zwolle", "info@groenrijk-hoveniers.nl", "NL",
          tel="06 41 87 22 90", reg="KvK 70219584", bank="ING")
    inv(dict(lang="nl", tool="moneybird-like", shape="cells", c=c, no="GR-26-088", issue=D(2026, 11, 12), days=14,
             dblock=["Dhr. en mevr. Bosgra", "Zeven Alleetjes 6", "8011 CV Zwolle"],
             dname="Dhr. en mevr. Bosgra", business=False, rcpt="bosgra.thuis@ziggo.nl",
             to="bosgra.thuis@ziggo.nl",
             lines=[L("Snoeien leilinden (4 st.)", 4, 6500), L("Afvoer groenafval", 1, 4500),
                    L("Gazon verticuteren en bijzaaien (m²)", 85, 210, unit="m²")],
             pay=["Graag binnen 14 dagen overmaken op {iban} t.n.v. {cname}."],
             subject="Factuur GR-26-088 van Hoveniersbedrijf Groenrijk", fname="GR-26-088.pdf",
             body="Beste meneer en mevrouw Bosgra,\n\nHierbij de factuur voor het snoeiwerk en het gazon. Het totaalbedrag is {total},\n"
                  "graag te voldoen vóór {duedate}.\n\nGroet,\nJesse Hulst\nGroenrijk",
             note="Cells across the page hold number, date and due date; the mail body already states total and due date."))

    # 4 en (IE): cells row, personal note above a tool's template
    c = C("Corrib Copy & Design", "Unit 4, Liosban Business Park", "Galway H91 X2E6", "accounts@corribcopy.ie", "IE",
          tel="+353 91 770 214", reg="CRO 588214", bank="AIB")
    inv(dict(lang="en", tool="xero-like", shape="cells", c=c, no="INV-3318", issue=D(2026, 11, 27), days=30,
             dfmt="short-en", dblock=["Lough Mask Outdoor Centre Ltd", "Attn: Siobhán Ruane", "Tourmakeady", "Co. Mayo F12 RX46"],
             dname="Lough Mask Outdoor Centre Ltd", business=True, rcpt="siobhan@loughmaskoutdoors.ie",
             to="Siobhán Ruane <siobhan@loughmaskoutdoors.ie>", rate=23,
             L=dict(vat="VAT %s%%", ref="Reference"), post_fields=[("Reference", "Brochures 2027")],
             lines=[L("A5 brochures, 16pp, silk 150gsm", 2500, 58), L("Design amendments (hours)", 3, 5500),
                    L("Roll-up banner 850x2000", 2, 11900)],
             pay=["Please pay by bank transfer to IBAN {iban} (BIC AIBKIE2D), quoting {no}."],
             subject="Invoice INV-3318 from Corrib Copy & Design", fname="Invoice INV-3318.pdf",
             body="Hi Siobhán,\n\nThe brochures went out on the van this morning - hope the colour on the cover is what you hoped for.\n"
                  "Invoice below as usual. Any questions just shout.\n\nCiarán\n\n"
                  "------------------------------------------------------------\n"
                  "Dear Lough Mask Outdoor Centre Ltd,\n\nYour invoice INV-3318 for {total} is attached.\n"
                  "The amount outstanding of {due_amt} is due on {duedate}.\n\nThank you for your business.\n\n"
                  "Corrib Copy & Design",
             note="A personal note typed above the tool's standard mail; Irish VAT 23%; attention line in the address."))

    # 5 de: landscape page; equipment hire per day
    c = C("Veranstaltungstechnik Kessler", "Torgauer Str. 233", "04347 Leipzig", "dispo@vt-kessler.de", "DE",
          tel="0341 2418 770", reg="Amtsgericht Leipzig HRA 17412", bank="Leipziger Volksbank")
    inv(dict(lang="de", tool="excel-landscape", shape="landscape", c=c, no="VK-26/1204", issue=D(2026, 11, 30), days=14,
             dblock=["Kulturverein Zwischenraum e.V.", "Georg-Schwarz-Str. 10", "04177 Leipzig"],
             dname="Kulturverein Zwischenraum e.V.", business=True, rcpt="kasse@zwischenraum-leipzig.de",
             to="Kasse Zwischenraum <kasse@zwischenraum-leipzig.de>", rate=19,
             pre_fields=[("Veranstaltung", "Winterfest 27.–28.11.2026")],
             lines=[L("PA-System 2x Topteil, 2x Sub, Pult (Tage)", 2, 38000),
                    L("LED-Scheinwerfer Set 8 Stk. (Tage)", 2, 14500),
                    L("Techniker Auf- und Abbau (Std.)", 11, 4800),
                    L("Transport Pauschale", 1, 9000)],
             pay=["Zahlbar bis {duedate} ohne Abzug auf IBAN {iban}."],
             subject="Rechnung VK-26/1204 Winterfest", fname="VK-26-1204.pdf",
             body="Hallo zusammen,\n\ndanke für das schöne Fest! Im Anhang die Rechnung (Querformat, weil unsere Vorlage so ist).\n\nViele Grüße\nRonny Kessler",
             note="Landscape page (842 x 595); the table runs wide; number with a slash."))

    # 6 en (NL-based): two columns, payment in a sidebar; timesheet PDF beside the invoice
    c = C("Halden Translation Services", "Van Woustraat 144-2", "1073 LZ Amsterdam", "billing@haldentranslation.nl",
          "NL", tel="+31 6 2814 9077", reg="KvK 81422710", bank="bunq")
    inv(dict(lang="en", tool="invoice-ninja-like", shape="sidebar", c=c, no="HTS-2026-061", issue=D(2026, 11, 30),
             days=30, mfmt="en", sym="tight", dfmt="long",
             dblock=["Bluefin Biotech B.V.", "Finance department", "Pivot Park, Kloosterstraat 9", "5349 AB Oss"],
             dname="Bluefin Biotech B.V.", business=True, rcpt="finance@bluefinbiotech.nl",
             to="Bluefin Finance <finance@bluefinbiotech.nl>",
             pre_fields=[("PO number", "PO-77120")],
             lines=[L("Translation NL>EN, clinical SOPs (words)", 11400, 14),
                    L("Proofreading second linguist (hours)", 6, 6500),
                    L("Terminology list", 1, 12000)],
             side_title="PAYMENT DETAILS",
             side=[("Amount due", "{due_amt}"), ("Due date", "{duedate}"), ("Account holder", "{cname}"),
                   ("IBAN", "{iban}"), ("BIC", "BUNQNL2A"), ("Please quote", "{no} / PO-77120")],
             subject="Invoice HTS-2026-061 (PO-77120) + timesheet", fname="HTS-2026-061.pdf",
             parts=[part_pdf("Timesheet_November_Bluefin.pdf", "Timesheet November 2026 - Bluefin SOP project")],
             body="Dear Finance team,\n\nPlease find attached invoice HTS-2026-061 for the SOP translation under PO-77120,\n"
                  "together with the timesheet for the proofreading hours.\n\nKind regards,\nIngrid Halden",
             note="Payment block in a left sidebar beside the main column; a second PDF (timesheet) rides along; PO number."))

    # 7 nl: sidebar; forwarded by the business itself (FW: Factuur) to the same debtor
    c = C("Dierenkliniek De Hoefslag", "Laan van Zevenhuizen 301", "7325 AX Apeldoorn", "balie@dierenkliniekdehoefslag.nl",
          "NL", tel="055 - 521 30 44", reg="KvK 08174455", bank="Rabobank")
    m7 = dict(lang="nl", tool="outlook-forward", shape="sidebar", c=c, no="F26-04417", issue=D(2026, 11, 9), days=14,
              dblock=["Mevr. J. Terpstra", "Prins Hendriklaan 77", "7314 EB Apeldoorn"],
              dname="J. Terpstra", business=False, rcpt="jterpstra64@gmail.com",
              to="\"J. Terpstra\" <jterpstra64@gmail.com>", rate=21,
              post_fields=[("Patiënt", "Bommel (kat)")],
              lines=[L("Consult", 1, 4250), L("Tandsteen verwijderen onder narcose", 1, 18900),
                     L("Extractie gebitselement", 2, 3600), L("Pijnstilling Metacam 15 ml", 1, 2190)],
              side_title="BETALEN", delay=17,
              side=[("Te betalen", "{due_amt}"), ("Uiterlijk", "{duedate}"), ("IBAN", "{iban}"),
                    ("t.n.v.", "{cname}"), ("Omschrijving", "{no}")],
              subject="FW: Factuur F26-04417 Dierenkliniek De Hoefslag", fname="Factuur_F26-04417.pdf")
    m7["body"] = ("Beste mevrouw Terpstra,\n\nZoals vanochtend telefonisch besproken stuur ik u de factuur nog een keer door;\n"
                  "hij was bij u in de spam beland. Betalen mag nog tot het einde van de maand.\n\nMet vriendelijke groet,\nSandra\nbalie De Hoefslag\n\n"
                  "-----Oorspronkelijk bericht-----\nVan: Dierenkliniek De Hoefslag <balie@dierenkliniekdehoefslag.nl>\n"
                  "Verzonden: maandag 9 november 2026 16:12\nAan: jterpstra64@gmail.com\nOnderwerp: Factuur F26-04417 Dierenkliniek De Hoefslag\n\n"
                  "Geachte mevrouw Terpstra,\n\nBijgaand de factuur voor de behandeling van Bommel op 9-11-2026.\nWij verzoeken u het bedrag van {total} binnen 14 dagen te voldoen.\n\n"
                  "Met vriendelijke groet,\nDierenkliniek De Hoefslag")
    m7["note"] = "The business forwards its own invoice again to the same debtor 17 days later (FW:); still the invoice, due date as printed."
    inv(m7)

    # 8 de: letter-style, facts in sentences ("hiermit berechne ich")
    c = C("Dr. Sabine Rotermund – Übersetzungen", "Hammer Str. 118", "48153 Münster", "post@rotermund-uebersetzt.de",
          "DE", tel="0251 98 71 402", vat="", reg=None, bank="Sparkasse Münsterland Ost")
    inv(dict(lang="de", tool="word-letter", shape="letter", c=c, no="2026-094", issue=D(2026, 11, 25), days=14,
             dblock=["Frau", "Katrin Albers", "Kanalstraße 61", "48147 Münster"], dname="Katrin Albers", business=False,
             rcpt="katrin.albers@web.de", to="Katrin Albers <katrin.albers@web.de>", rate=19,
             lines=[L("Beglaubigte Übersetzung Geburtsurkunde PL>DE", 1, 6500), L("Beglaubigte Übersetzung Zeugnis", 1, 9800),
                    L("Beglaubigungsgebühr", 2, 500)],
             letter_place="Münster, {issue}", letter_subject="Rechnung Nr. {no}",
             letter=[["Sehr geehrte Frau Albers,"],
                     ["hiermit berechne ich Ihnen für die beglaubigten Übersetzungen Ihrer Geburtsurkunde und Ihres",
                      "Abschlusszeugnisses aus dem Polnischen (Lieferung am 24.11.2026) insgesamt {net} netto",
                      "zuzüglich 19 % Umsatzsteuer in Höhe von {vat}, zusammen also {total}."],
                     ["Ich bitte Sie, den Betrag bis zum {duedate} auf mein Konto bei der Sparkasse Münsterland Ost,",
                      "IBAN {iban}, unter Angabe der Rechnungsnummer zu überweisen."],
                     ["Für Ihr Vertrauen bedanke ich mich."]],
             letter_close=["Mit freundlichen Grüßen", "", "Dr. Sabine Rotermund", "Öffentlich bestellte und beeidigte Übersetzerin",
                           "Steuernummer 337/5129/4410"],
             subject="Rechnung Nr. 2026-094", fname="Rechnung 2026-094 Albers.pdf",
             body="Sehr geehrte Frau Albers,\n\nim Anhang finden Sie meine Rechnung für die Übersetzungen. Die Originale liegen zur Abholung bereit.\n\nMit freundlichen Grüßen\nSabine Rotermund",
             note="Letter: net, VAT, total and the due date sit in running sentences; 'Frau' on its own line above the name; no USt-IdNr., a Steuernummer."))

    # 9 nl: letter-style, mediator; due in words; mailed four days after the date
    c = C("Zwanenburg Mediation", "Oude Gracht 196", "3511 NR Utrecht", "pieter@zwanenburgmediation.nl", "NL",
          tel="030 - 231 88 40", reg="KvK 30219877", bank="Triodos Bank")
    inv(dict(lang="nl", tool="word-letter", shape="letter", c=c, no="2026/37", issue=D(2026, 11, 20), days=30, delay=4,
             dblock=["De heer H. Kooistra", "Biltstraat 402", "3572 BJ Utrecht"], dname="H. Kooistra", business=False,
             rcpt="hkooistra@xs4all.nl", to="Henk Kooistra <hkooistra@xs4all.nl>", rate=21,
             lines=[L("Mediationgesprekken", 3, 19500), L("Opstellen vaststellingsovereenkomst", 1, 27500)],
             letter_place="Utrecht, {issue}", letter_subject="Betreft: declaratie nr. {no} – mediation Kooistra/Smits",
             letter=[["Geachte heer Kooistra,"],
                     ["Hierbij breng ik u mijn werkzaamheden in rekening voor de drie mediationgesprekken in oktober en",
                      "november en het opstellen van de vaststellingsovereenkomst. Conform de afspraak draagt u de helft",
                      "van de kosten; uw deel bedraagt {net} exclusief btw, {vat} btw, in totaal {total}."],
                     ["Ik verzoek u vriendelijk dit bedrag binnen dertig dagen na dagtekening over te maken op",
                      "rekeningnummer {iban} ten name van P. Zwanenburg, onder vermelding van het declaratienummer."]],
             letter_close=["Met vriendelijke groet,", "", "mr. drs. P. Zwanenburg", "MfN-registermediator"],
             L=dict(no="Declaratienummer"),
             subject="Declaratie 2026/37", fname="Declaratie 2026-37.pdf",
             body="Geachte heer Kooistra,\n\nBijgaand mijn declaratie voor het traject. Excuses dat deze wat later komt dan afgesproken.\n\nMet vriendelijke groet,\nPieter Zwanenburg",
             note="Letter-style declaratie: total and term only in sentences ('binnen dertig dagen na dagtekening'); mailed 4 days after its date; number with a slash."))

    # 10 nl: long line table, totals on page 2; deposit deducted
    c = C("Installatiebedrijf Dijkhuis", "Haaksbergerstraat 380", "7545 GW Enschede", "facturatie@dijkhuis-installatie.nl",
          "NL", tel="053 - 476 20 10", reg="KvK 06088217", bank="ABN AMRO")
    mats = [("Koperen buis 15 mm (m)", 24, 690), ("Koperen buis 22 mm (m)", 18, 1120), ("Knelkoppeling 15 mm", 22, 245),
            ("Knelkoppeling 22 mm", 14, 390), ("Bocht 90° 15 mm", 16, 180), ("Bocht 90° 22 mm", 10, 295),
            ("T-stuk 22 mm", 6, 340), ("Kogelkraan 1/2\"", 4, 1250), ("Kogelkraan 3/4\"", 3, 1690),
            ("Radiatorkraan thermostatisch", 6, 3450), ("Voetventiel", 6, 1290), ("Radiator type 22 600x1000", 3, 21400),
            ("Radiator type 33 600x800", 2, 26800), ("Ophangset radiator", 5, 1150), ("Isolatie 15 mm (m)", 24, 155),
            ("Isolatie 22 mm (m)", 18, 210), ("Beugels met rubber 15 mm", 30, 95), ("Beugels met rubber 22 mm", 20, 120),
            ("Pluggen en schroeven (doos)", 2, 890), ("PVC afvoer 40 mm (m)", 12, 310), ("PVC bocht 40 mm", 8, 140),
            ("Sifon RVS", 2, 2890), ("Mengkraan keuken", 1, 18900), ("Boiler 80 l elektrisch", 1, 52400),
            ("Expansievat 18 l", 1, 5890), ("Inlaatcombinatie", 1, 7450), ("Vloerverwarmingsverdeler 6 groepen", 1, 48900),
            ("PE-RT buis 16 mm (m)", 240, 115), ("Randisolatie (rol)", 3, 1240), ("Tackerplaat (m²)", 36, 560),
            ("Tackernagels (doos)", 2, 1990), ("Pompgroep met mengventiel", 1, 39800), ("Ruimtethermostaat", 2, 8900),
            ("Kleine materialen", 1, 4500), ("Arbeid monteur (uur)", 46, 5950), ("Arbeid leerling (uur)", 30, 3400),
            ("Voorrijkosten", 6, 3500), ("Afvoer restmateriaal", 1, 6500)]
    inv(dict(lang="nl", tool="syntess-like", shape="long", c=c, no="24117", issue=D(2026, 11, 26), days=30,
             dblock=["Bakkerij Ter Horst", "t.a.v. dhr. M. ter Horst", "Marktstraat 5", "7511 GD Enschede"],
             dname="Bakkerij Ter Horst", business=True, rcpt="info@bakkerijterhorst.nl",
             to="Bakkerij Ter Horst <info@bakkerijterhorst.nl>", paid=500000, paid_label="Af: aanbetaling (factuur 24006)",
             post_fields=[("Werk", "Verbouwing woning boven winkel")],
             lines=[L(t, q, u) for t, q, u in mats],
             pay=["Wij verzoeken u het restant van {due_amt} binnen 30 dagen, vóór {duedate}, over te maken op",
                  "{iban} o.v.v. factuurnummer {no}."],
             cont="Blad 1 van 2 – vervolg op volgende blad", cont2="Blad 2 van 2",
             subject="Factuur 24117 verbouwing Marktstraat 5", fname="Factuur_24117.pdf",
             body="Goedemiddag,\n\nBijgevoegd onze eindfactuur voor de installatiewerkzaamheden aan de Marktstraat. De aanbetaling is hierop in mindering gebracht.\n\nMet vriendelijke groet,\nAdministratie Dijkhuis",
             note="38 material lines: page 1 is all table, the totals, the deposit deducted and the amount due come on page 2."))

    # 11 de: long table; Zweitschrift resent as a reminder copy; Verwendungszweck
    c = C("Druckerei Hollerbach GmbH", "Nürnberger Str. 92", "97076 Würzburg", "auftrag@druckerei-hollerbach.de", "DE",
          tel="0931 270 45-0", reg="Amtsgericht Würzburg HRB 9921", bank="Sparkasse Mainfranken")
    jobs = [("Flaschenetiketten Silvaner 2025, 0,75 l", 6000, 9), ("Rückenetiketten Silvaner", 6000, 6),
            ("Flaschenetiketten Müller-Thurgau", 4000, 9), ("Rückenetiketten Müller-Thurgau", 4000, 6),
            ("Flaschenetiketten Spätburgunder", 2500, 11), ("Rückenetiketten Spätburgunder", 2500, 6),
            ("Halsschleifen Goldfolie", 3000, 12), ("Preislisten A4 4-seitig", 800, 38), ("Weinkarte gefalzt", 1500, 24),
            ("Briefbogen 90 g", 2000, 7), ("Visitenkarten 4 Namen à 250", 4, 3900), ("Umschläge DIN lang bedruckt", 1000, 11),
            ("Präsentkarton-Banderolen", 1200, 18), ("Plakate A2", 50, 290), ("Flyer Hoffest DIN lang", 3000, 5),
            ("Eintrittsbänder Hoffest", 600, 14), ("Gutscheinkarten nummeriert", 500, 32), ("Aufkleber rund 40 mm", 5000, 3),
            ("Rollup 85x200 inkl. Kassette", 2, 11900), ("Tischaufsteller A6", 80, 145), ("Speisekarte Straußwirtschaft", 120, 260),
            ("Stempelkarten", 1000, 4), ("Bestellformulare Durchschreibesatz", 10, 1850), ("Lieferscheinblöcke", 10, 1650),
            ("Datenaufbereitung/Reinzeichnung (Std.)", 6, 7200), ("Andruck Etiketten", 1, 8500), ("Prägeklischee Logo", 1, 12400),
            ("Stanzform Halsschleife", 1, 18500), ("Verpackung und Palettierung", 1, 4500), ("Versand Spedition", 1, 11800),
            ("Korrekturabzüge", 3, 1500), ("Farbabstimmung HKS vor Ort", 1, 9500), ("Mustermappen", 5, 900),
            ("Express-Zuschlag Hoffest", 1, 6000)]
    ref11 = "RE 26-0733 KD 4471"
    inv(dict(lang="de", tool="druck-erp-zweitschrift", shape="long", c=c, no="26-0733", issue=D(2026, 10, 19), days=30,
             dblock=["Weingut Rösch KG", "Buchhaltung", "Am Rödelseer Tor 3", "97332 Volkach"],
             dname="Weingut Rösch KG", business=True, rcpt="buchhaltung@weingut-roesch.de",
             to="Weingut Rösch Buchhaltung <buchhaltung@weingut-roesch.de>", rate=19, ref=ref11, sent=D(2026, 12, 1),
             L=dict(no="Rechnung Nr."), pre_fields=[("Kunden-Nr.", "4471")],
             title="ZWEITSCHRIFT Rechnung",
             lines=[L(t, q, u) for t, q, u in jobs],
             pay=["ZWEITSCHRIFT – Original vom {issue}. Zahlbar bis {duedate} ohne Abzug.",
                  "IBAN {iban} · Verwendungszweck: {ref}"],
             cont="Seite 1 von 2", cont2="Seite 2 von 2",
             subject="Zweitschrift Rechnung 26-0733", fname="Zweitschrift_RE_26-0733.pdf",
             body="Sehr geehrte Damen und Herren,\n\nauf Ihre Nachfrage erhalten Sie anbei eine Zweitschrift unserer Rechnung 26-0733 vom 19.10.2026,\n"
                  "die Sie offenbar nicht erreicht hat. Der Betrag ist inzwischen fällig; wir bitten um kurzfristige Überweisung.\n\n"
                  "Mit freundlichen Grüßen\nDruckerei Hollerbach GmbH\nDebitorenbuchhaltung",
             note="Zweitschrift (duplicate) resent six weeks later as a reminder copy: labelled an invoice with the original's number, date and due date; totals on page 2."))

    # 12 en (UK): cover page; to an accounts-payable address; GBP with a GB IBAN
    c = C("Foxglove Research Ltd", "3 Portland Square", "Bristol BS2 8RR", "invoices@foxgloveresearch.co.uk", "GB",
          tel="0117 496 0321", reg="Registered in England & Wales no. 10482276", bank="NatWest")
    inv(dict(lang="en", tool="word-cover", shape="cover", c=c, no="FR-0219", issue=D(2026, 11, 24), days=30, cur="GBP",
             dfmt="long", mfmt="en", sym="tight", rate=20,
             dblock=["Meridian Housing Association", "Accounts Payable", "Temple Gate House", "Bristol BS1 6PL"],
             dname="Meridian Housing Association", business=True, rcpt="ap@meridianhousing.org.uk",
             to="Accounts Payable <ap@meridianhousing.org.uk>",
             cover=["Tenant Satisfaction Survey 2026", "Phase 2: fieldwork and reporting", "", "Invoice {no}",
                    "Prepared for Meridian Housing Association", "{issue}"],
             pre_fields=[("PO", "MHA-PO-55821")], L=dict(vat="VAT @ %s%%"),
             lines=[L("Fieldwork: 620 telephone interviews", 620, 1450), L("Data cleaning and weighting", 1, 185000),
                    L("Analysis and written report", 1, 320000), L("Board presentation (day)", 1, 95000)],
             pay=["Payment within 30 days, by {duedate}, to IBAN {iban}", "(sort code {sc}, account {acct}). Please quote {no} and the PO."],
             vals=dict(sc="-".join(c["iban"][k:k + 2] for k in (8, 10, 12)), acct=c["iban"][14:]),
             subject="Invoice FR-0219 / PO MHA-PO-55821", fname="Foxglove_Invoice_FR-0219.pdf",
             body="Dear Accounts Payable,\n\nPlease find attached our invoice FR-0219 for phase 2 of the tenant satisfaction survey (PO MHA-PO-55821).\n"
                  "The invoice has a cover page; the billing detail is on page 2.\n\nBest wishes,\nDr Rhian Gallagher\nFoxglove Research",
             note="Cover page first (project title, 'Invoice FR-0219', date) - the facts are on page 2; GBP; sent to ap@ of the association."))

    # 13 nl: cover page; body mentions the excl. btw figure; RF reference
    c = C("Studio Kade", "Katendrechtse Lagedijk 41", "3082 GE Rotterdam", "hallo@studiokade.nl", "NL",
          tel="010 - 742 18 55", web="studiokade.nl", reg="KvK 74410288", bank="ING")
    ref13 = rf_ref("2026" + digits(8))
    inv(dict(lang="nl", tool="indesign-cover", shape="cover", c=c, no="SK2026-041", issue=D(2026, 12, 1), days=21,
             dblock=["Stichting Havenfestival Rotterdam", "t.a.v. Bas Oudejans", "Maashaven ZZ 5", "3081 AE Rotterdam"],
             dname="Stichting Havenfestival Rotterdam", business=True, rcpt="bas@havenfestival.nl",
             to="Bas Oudejans <bas@havenfestival.nl>", ref=ref13, ref_print=groups(ref13),
             cover=["Huisstijl Havenfestival 2027", "Fase 1 en 2 — concept en uitwerking", "", "Factuur {no}", "{issue}"],
             lines=[L("Concept en moodboards", 1, 280000), L("Logo en beeldmerk, uitwerking", 1, 340000),
                    L("Huisstijlhandboek (pdf)", 1, 120000), L("Extra correctieronde", 4, 9500)],
             pay=["Betaling binnen 21 dagen (uiterlijk {duedate}) op {iban}", "met vermelding van het kenmerk {ref}."],
             subject="Factuur huisstijl Havenfestival", fname="StudioKade_Factuur_SK2026-041.pdf",
             body="Hoi Bas,\n\nZoals afgesproken de factuur voor fase 1 en 2 van de huisstijl: {net} excl. btw.\n"
                  "De pdf begint met een voorblad, de specificatie staat op pagina 2.\n\nTot volgende week!\nFemke\nStudio Kade",
             note="Body names the figure excl. btw, the PDF's total due is with 21% btw; cover page before the invoice; RF reference in groups."))

    # 14 nl: timesheet appended after the invoice page; advance deducted
    c = C("Vakwerk Montage R. Doornbos", "Industrieweg 14b", "9402 NP Assen", "r.doornbos@vakwerkmontage.nl", "NL",
          tel="06 - 19 44 82 07", reg="KvK 65127730", bank="Knab")
    ts = [(D(2026, 11, d), w, h) for d, w, h in [(2, "Stelwerk staalconstructie hal 2", 8), (3, "Stelwerk staalconstructie hal 2", 9),
          (4, "Dakplaten montage", 8.5), (5, "Dakplaten montage", 8.5), (6, "Kantplaatwerk", 6), (9, "Gevelbeplating", 9),
          (10, "Gevelbeplating", 9), (11, "Gevelbeplating", 7.5), (12, "Afkitten en opleveren", 5.5)]]
    hours = sum(h for _, _, h in ts)
    inv(dict(lang="nl", tool="excel-zzp", shape="timesheet", c=c, no="2026-052", issue=D(2026, 11, 16), days=14,
             dblock=["Bouwbedrijf Hoekstra & Zn. B.V.", "Crediteurenadministratie", "Kanaalweg 30", "9403 AK Assen"],
             dname="Bouwbedrijf Hoekstra & Zn. B.V.", business=True, rcpt="crediteuren@hoekstrabouw.nl",
             to="crediteuren@hoekstrabouw.nl", paid=150000, paid_label="Voorschot 30-10-2026",
             post_fields=[("Project", "Bedrijfshal Peelo 2")],
             lines=[L("Montage-uren volgens bijgevoegde urenstaat", hours, 5250), L("Reiskosten (km)", 9 * 46, 23)],
             pay=["Graag binnen 14 dagen overmaken op {iban} t.n.v. R. Doornbos."],
             ts_title="Urenstaat november 2026", ts_sub="R. Doornbos – project Bedrijfshal Peelo 2 – bij factuur {no}",
             ts_head=["Datum", "Werkzaamheden", "", "Uren"], ts_rows=ts, ts_total="Totaal uren",
             subject="factuur 2026-052 + urenstaat", fname="factuur 2026-052.pdf",
             body="Hallo,\n\nHierbij mijn factuur over de eerste twee weken van november, de urenstaat zit als tweede blad in de pdf.\nHet voorschot heb ik eraf gehaald.\n\nGr. Rienk Doornbos",
             note="Page 2 is a timesheet whose per-day dates and hours are not the invoice's; an advance is deducted from the total."))

    # 15 en (NL-based English): timesheet appended
    c = C("Kestrel IT Consulting", "Biltstraat 22", "3572 AJ Utrecht", "accounts@kestrel-it.nl", "NL",
          tel="+31 30 710 4421", reg="KvK 78881402", bank="ABN AMRO")
    ts = [(D(2026, 11, d), w, h) for d, w, h in [(2, "Azure tenant review", 6), (4, "Intune baseline", 7.5), (5, "Intune baseline", 8),
          (11, "Conditional access policies", 6.5), (12, "Pilot group rollout", 7), (18, "Documentation", 4), (19, "Handover workshop", 3.5)]]
    hours = sum(h for _, _, h in ts)
    inv(dict(lang="en", tool="harvest-like", shape="timesheet", c=c, no="KIT-1126", issue=D(2026, 11, 30), days=14,
             dfmt="dmy/", dblock=["Polderline Logistics B.V.", "Attn. Mr. J. Baptist", "Havenweg 8", "3542 DC Utrecht"],
             dname="Polderline Logistics B.V.", business=True, rcpt="invoices@polderline.nl", to="invoices@polderline.nl",
             L=dict(vat="VAT %s%%"), pre_fields=[("Period", "November 2026")],
             lines=[L("Consultancy hours (see timesheet)", hours, 11500)],
             pay=["Payment term 14 days. Please transfer {due_amt} to {iban} before {duedate}."],
             ts_title="Timesheet – November 2026", ts_sub="Kestrel IT Consulting for Polderline Logistics, attached to invoice {no}",
             ts_head=["Date", "Activity", "", "Hours"], ts_rows=ts, ts_total="Total hours",
             subject="Invoice KIT-1126 - November hours", fname="KIT-1126.pdf",
             body="Hello,\n\nAttached you'll find invoice KIT-1126 for November, including the timesheet as page 2.\n\nThanks,\nMarc de Wit\nKestrel IT Consulting",
             note="A timesheet page follows the invoice; its dates (2/11 .. 19/11) are not the invoice date; decimal hours."))

    # 16 de: services by day, a date per line; body states amount and due date
    c = C("Pfotenwerk Mobile Hundeschule", "Lister Meile 77", "30161 Hannover", "kontakt@pfotenwerk-hannover.de", "DE",
          tel="0176 2290 4418", vat="", bank="Hannoversche Volksbank")
    inv(dict(lang="de", tool="sevdesk-like", shape="dated", c=c, no="PW-2026-118", issue=D(2026, 11, 28), days=10,
             dblock=["Frau Ines Kowalczyk", "Podbielskistr. 154", "30177 Hannover"], dname="Ines Kowalczyk", business=False,
             rcpt="ines.kowalczyk@gmx.de", to="Ines Kowalczyk <ines.kowalczyk@gmx.de>", rate=0, novat=True,
             line_dfmt="dmy.",
             lines=[L("Einzeltraining Hausbesuch (Leinenführigkeit)", 1, 6500, d=D(2026, 11, 3)),
                    L("Einzeltraining Hausbesuch", 1, 6500, d=D(2026, 11, 10)),
                    L("Social Walk Gruppe", 1, 2500, d=D(2026, 11, 14)),
                    L("Einzeltraining Hausbesuch", 1, 6500, d=D(2026, 11, 17)),
                    L("Social Walk Gruppe", 1, 2500, d=D(2026, 11, 21)),
                    L("Einzeltraining mit Begegnungshund", 1, 7500, d=D(2026, 11, 26))],
             pay=["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                  "Bitte überweisen Sie {total} bis zum {duedate} auf IBAN {iban}."],
             subject="Rechnung PW-2026-118 – Training November", fname="Rechnung_PW-2026-118.pdf",
             body="Liebe Frau Kowalczyk,\n\nhier kommt die Rechnung für Lunas Training im November: {total}, zahlbar bis {duedate}.\nLuna macht richtig tolle Fortschritte!\n\nLiebe Grüße\nAnnika vom Pfotenwerk",
             note="Each line has its own service date (3.-26.11.); the invoice date is another; Kleinunternehmer, no VAT row; body repeats total and due date."))

    # 17 nl: per-day lines (courier rides)
    c = C("Koeriersdienst Snelwiel", "Oudegracht 12", "1811 CK Alkmaar", "planning@snelwiel.nl", "NL",
          tel="072 - 511 09 33", reg="KvK 37128844", bank="Rabobank")
    rides = [(2, "Spoedrit Alkmaar – Haarlem (medicatie)", 1, 4850), (4, "Dagroute huisartsen Noord", 1, 8900),
             (6, "Spoedrit Alkmaar – Amsterdam UMC", 1, 7900), (11, "Dagroute huisartsen Noord", 1, 8900),
             (13, "Avondrit Heerhugowaard", 1, 3650), (18, "Dagroute huisartsen Noord", 1, 8900),
             (20, "Wachttijd (kwartier)", 3, 1100), (25, "Dagroute huisartsen Noord", 1, 8900),
             (27, "Spoedrit Alkmaar – Den Helder", 1, 8450)]
    inv(dict(lang="nl", tool="wefact-like", shape="dated", c=c, no="SW-26-1170", issue=D(2026, 12, 1), days=14,
             dblock=["Apotheek De Gaper", "Laat 187", "1811 EH Alkmaar"], dname="Apotheek De Gaper", business=True,
             rcpt="administratie@apotheekdegaper.nl", to="Apotheek De Gaper <administratie@apotheekdegaper.nl>",
             line_dfmt="dmy-", post_fields=[("Periode", "november 2026")],
             lines=[L(t, q, u, d=D(2026, 11, d)) for d, t, q, u in rides],
             pay=["Betaling binnen 14 dagen op {iban} t.n.v. Koeriersdienst Snelwiel o.v.v. {no}."],
             subject="Factuur SW-26-1170 (ritten november)", fname="SW-26-1170.pdf",
             body="Beste collega's van De Gaper,\n\nIn de bijlage de verzamelfactuur van alle ritten in november.\n\nMet vriendelijke groet,\nPlanning Snelwiel",
             note="A collective invoice: every line dated in November, the invoice dated 1 December; wachttijd in quarters."))

    # 18 de: footer with bank, VAT and registration in three small columns; personal note above template
    c = C("Malermeister Jürgen Pohl", "Wolfhager Str. 306", "34128 Kassel", "rechnung@maler-pohl.de", "DE",
          tel="0561 88 27 31", reg="Handwerkskammer Kassel 0412877", bank="Kasseler Sparkasse")
    inv(dict(lang="de", tool="lexoffice-like", shape="footer3", c=c, no="RE-1492", issue=D(2026, 11, 19), days=14,
             dblock=["Hausverwaltung Sonnleitner GmbH", "Friedrich-Ebert-Str. 129", "34119 Kassel"],
             dname="Hausverwaltung Sonnleitner GmbH", business=True, rcpt="rechnungen@hv-sonnleitner.de",
             to="rechnungen@hv-sonnleitner.de", rate=19,
             post_fields=[("Objekt", "Goethestr. 48, Treppenhaus"), ("Ihr Auftrag", "Hr. Kämmerer, 28.10.2026")],
             lines=[L("Treppenhaus EG–3. OG spachteln und streichen (m²)", 212, 1480),
                    L("Handlauf schleifen und lackieren (lfm)", 38, 1900), L("Abdeckarbeiten, Schutzfolie", 1, 16000)],
             pay=["Zahlbar bis zum {duedate} ohne Abzug.", "Leistungszeitraum: 02.11.–13.11.2026"],
             subject="Rechnung RE-1492 von Malermeister Jürgen Pohl", fname="RE-1492.pdf",
             body="Hallo Herr Kämmerer,\n\nTreppenhaus ist fertig, die Mieter waren sehr geduldig. Rechnung anbei.\n\nJürgen Pohl\n\n"
                  "--\n\nSehr geehrte Damen und Herren,\n\nim Anhang finden Sie Ihre Rechnung RE-1492 vom {issue} über {total}.\n"
                  "Bitte begleichen Sie den Betrag bis zum {duedate}.\n\nMit freundlichen Grüßen\nMalermeister Jürgen Pohl\n\n"
                  "Diese E-Mail wurde mit lexoffice erstellt.",
             note="Bank, USt-IdNr. and registration sit only in a three-column footer; a personal line above the tool's template text."))

    # 19 nl-BE: footer three columns; credit note; sent to the debtor's bookkeeper
    c = C("Dakwerken Verstraete BV", "Meensesteenweg 415", "8800 Roeselare", "boekhouding@dakwerken-verstraete.be", "BE",
          tel="051 22 71 40", reg="RPR Gent, afdeling Kortrijk", bank="KBC")
    inv(dict(lang="nl", tool="exact-be-like", shape="footer3", c=c, no="CN26/0014", issue=D(2026, 11, 25), due=None,
             dblock=["Brasserie De Kroon BV", "Grote Markt 9", "8800 Roeselare"], dname="Brasserie De Kroon BV", business=True,
             rcpt="dossiers@accountancy-devos.be", to="Accountancy Devos <dossiers@accountancy-devos.be>", credit=True,
             L=dict(no="Creditnotanummer", date="Datum", vat="BTW %s%%", net="Maatstaf", vatid="BTW",
                    total="Totaal creditnota"),
             post_fields=[("Betreft factuur", "VF26/0388 van 14/10/2026")], dfmt="dmy/",
             lines=[L("Creditering: zinken goot niet geplaatst (lm)", 12, -6400), L("Creditering: stelling 1 dag", 1, -18000)],
             pay=["Dit bedrag wordt verrekend met uw volgende factuur of op verzoek teruggestort."],
             subject="Creditnota CN26/0014 - Brasserie De Kroon", fname="CN26-0014.pdf",
             body="Beste,\n\nIn bijlage de creditnota CN26/0014 voor uw klant Brasserie De Kroon BV, betreffende factuur VF26/0388.\n"
                  "Graag in te boeken in hun aankoopdagboek.\n\nMet vriendelijke groeten,\nLien Verstraete",
             note="Flemish credit note (negative) mailed to the debtor's accountant; the debtor is the brasserie; no due date."))

    # 20 en (IE): header band with creditor details; due on receipt; logo image beside the PDF
    c = C("Brightwater Events", "12 MacCurtain Street", "Cork T23 KX29", "hello@brightwaterevents.ie", "IE",
          tel="+353 21 455 9012", web="www.brightwaterevents.ie", reg="CRO 702315", bank="Bank of Ireland")
    inv(dict(lang="en", tool="wave-like", shape="band", c=c, no="BWE-0412", issue=D(2026, 11, 18), due=D(2026, 11, 18),
             due_text="Due on receipt", dblock=["Kinsale Sailing Club", "The Pier", "Kinsale, Co. Cork P17 CX88"],
             dname="Kinsale Sailing Club", business=True, rcpt="treasurer@kinsalesailing.ie",
             to="Club Treasurer <treasurer@kinsalesailing.ie>", rate=23, dfmt="long", L=dict(vat="VAT %s%%"),
             lines=[L("Annual prize-giving dinner - event management", 1, 165000), L("Marquee and furniture hire", 1, 98000),
                    L("Sound and lighting", 1, 42000)],
             pay=["Payment is due on receipt. Bank transfer to IBAN {iban}, reference {no}."],
             subject="Invoice BWE-0412 - Prize-giving dinner", fname="BWE-0412.pdf",
             parts=[part_png("brightwater-logo.png")],
             html="<html><body><p><img src=\"cid:logo@dm\" alt=\"Brightwater Events\"></p><p>Hi Dermot,</p>"
                  "<p>Thanks again for having us at the club. Our invoice BWE-0412 is attached.</p>"
                  "<p>Warm regards,<br>Orla Brennan<br>Brightwater Events</p></body></html>",
             note="Creditor details in a band across the top; 'Due on receipt' (due = issue date); an inline logo PNG besides the PDF; HTML-only body."))

    # 21 de-AT: header band; due in words; mailed three days after the date
    c = C("Installationen Gruber e.U.", "Wiener Straße 212", "8051 Graz", "office@gruber-installationen.at", "AT",
          tel="0316 68 41 20", reg="FN 412877 s, LG ZRS Graz", bank="Steiermärkische Sparkasse")
    inv(dict(lang="de", tool="at-handwerk", shape="band", c=c, no="2026-318", issue=D(2026, 11, 20), days=14, delay=3,
             due_text="binnen vierzehn Tagen netto",
             dblock=["Familie Wallner", "Ragnitzstraße 88", "8047 Graz"], dname="Familie Wallner", business=False,
             rcpt="wallner.graz@aon.at", to="Familie Wallner <wallner.graz@aon.at>", rate=20,
             L=dict(vat="zzgl. %s %% USt.", total="Rechnungsbetrag", vatid="UID", no="Rechnungs-Nr."),
             lines=[L("Tausch Gastherme (Gerät lt. Angebot 26-114)", 1, 342000), L("Abgasrohr Anpassung", 1, 28500),
                    L("Arbeitszeit Monteur (Std.)", 9, 7200), L("Entsorgung Altgerät", 1, 9500)],
             pay=["Zahlbar binnen vierzehn Tagen ab Rechnungsdatum ohne Abzug auf das angeführte Konto."],
             subject="Rechnung 2026-318 – Thermentausch", fname="Rechnung 2026-318.pdf",
             body="Sehr geehrte Familie Wallner,\n\nbitte entschuldigen Sie die späte Zusendung. Anbei unsere Rechnung für den Thermentausch.\n\nMit freundlichen Grüßen\nStefan Gruber",
             note="Austrian: the IBAN appears only in the header band; term in words ('binnen vierzehn Tagen'); mailed 3 days after its date."))

    # 22 nl: very sparse hand-made (Word)
    c = C("Naaiatelier Fien", "Hoogstraat 41", "5461 CX Veghel", "fien.naait@hotmail.com", "NL", vat="", bank="ING")
    inv(dict(lang="nl", tool="word-handmade", shape="sparse", c=c, no="12", issue=D(2026, 11, 21), days=14,
             dblock=["Sanne el Idrissi"], dname="Sanne el Idrissi", business=False, rcpt="sanne.elidrissi@outlook.com",
             to="Sanne <sanne.elidrissi@outlook.com>", rate=0, novat=True,
             lines=[L("Trouwjurk inkorten en innemen", 1, 14500), L("Sluier zoom", 1, 3500)],
             sparse=["#Factuur", "Naaiatelier Fien – Hoogstraat 41 Veghel", "", "Voor: Sanne el Idrissi",
                     "Datum: {issue}", "Factuurnummer: {no}", "", "Trouwjurk inkorten en innemen\t€ 145,00",
                     "Sluier zoom\t€ 35,00", "", "Totaal\t{total}", "",
                     "Graag binnen 2 weken overmaken op {iban} t.n.v. F. Verhoeven.",
                     "Geen btw (kleineondernemersregeling).", "", "Veel plezier op de grote dag!"],
             subject="factuur", fname="Factuur Sanne.pdf",
             body="Hoi Sanne,\n\nHierbij de factuur van de jurk. Hij zit je prachtig!\n\nLiefs, Fien",
             note="A Word page with a handful of lines, no table, no VAT; number '12'; the term '2 weken' only."))

    # 23 en: sparse hand-made (Pages); USD, no IBAN; resent as a "duplicate"
    c = C("Maya Okafor Illustration", "Weteringschans 98-3", "1017 XS Amsterdam", "studio@mayaokafor.com", "NL",
          vat="NL004417829B52", noiban=True)
    inv(dict(lang="en", tool="pages-handmade", shape="sparse", c=c, no="MO-26-09", issue=D(2026, 10, 30), days=30,
             cur="USD", sym="tight", mfmt="en", dfmt="us", sent=D(2026, 12, 2),
             dblock=["Tall Pines Press LLC"], dname="Tall Pines Press LLC", business=True, rcpt="payables@tallpinespress.com",
             to="payables@tallpinespress.com", rate=0, novat=True,
             lines=[L("Cover illustration 'The Salt Orchard'", 1, 240000), L("Chapter vignettes", 12, 9500)],
             vals=dict(l1="$2,400.00", l2="$1,140.00"),
             sparse=["#DUPLICATE — Invoice {no}", "Maya Okafor Illustration · Amsterdam · studio@mayaokafor.com", "",
                     "Bill to: Tall Pines Press LLC, Portland, Oregon", "Date: {issue}", "", "Cover illustration 'The Salt Orchard'\t{l1}",
                     "12 chapter vignettes @ $95.00\t{l2}", "", "Total (USD)\t{total}", "Due {duedate}", "",
                     "Payment via Wise USD account: routing 026073150, account 8313049921 (Maya Okafor).",
                     "VAT reverse charged / outside scope (export of services)."],
             subject="DUPLICATE invoice MO-26-09 (originally sent Oct 30)", fname="MO-26-09 duplicate.pdf",
             body="Hi there,\n\nI haven't seen payment for MO-26-09 yet, so here is a duplicate of the invoice in case the first one got lost.\n"
                  "It was due on {duedate}. Thank you!\n\nMaya",
             note="Duplicate copy resent as a gentle reminder: labelled an invoice (same number, date, due date); USD, no IBAN (US routing/account)."))

    # 24 de: dense ERP page with many reference fields; to rechnungseingang@; body names the net figure
    c = C("Hydraulik Bergner GmbH & Co. KG", "Gewerbering Süd 7", "49716 Meppen", "fibu@hydraulik-bergner.de", "DE",
          tel="05931 9377-0", reg="AG Osnabrück HRA 201774", bank="Emsländische Volksbank")
    m = dict(lang="de", tool="sage-erp", shape="erp", c=c, no="9026114", issue=D(2026, 11, 27), days=30, rate=19,
             dblock=["Landmaschinen Ostermann GmbH", "Kreditorenbuchhaltung", "Am Hafen 22", "26871 Papenburg"],
             dname="Landmaschinen Ostermann GmbH", business=True, rcpt="rechnungseingang@ostermann-landtechnik.de",
             to="rechnungseingang@ostermann-landtechnik.de",
             erp=[("Rechnungs-Nr.", "{no}"), ("Rechnungsdatum", "{issue}"), ("Kunden-Nr.", "D10388"), ("Auftrags-Nr.", "AB-61702"),
                  ("Lieferschein-Nr.", "LS-88214 v. 25.11.2026"), ("Ihre Bestellung", "4500018832"), ("Ihr Zeichen", "Hr. Tebben"),
                  ("Unser Zeichen", "WB/ks"), ("Kostenstelle", "Werkstatt 2"), ("Seite", "1 von 1")],
             erp_head=["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis", "Betrag"],
             lines=[L("Hydraulikschlauch 2SN DN12 (m)", 24, 1840, art="HS-2SN-12", unit="m"),
                    L("Pressarmatur DKOL 12L", 16, 690, art="PA-12L", unit="Stk"),
                    L("Zylinder-Dichtsatz 80/45", 4, 5870, art="DS-8045", unit="Satz"),
                    L("Hydrauliköl HLP 46, 20 l", 6, 7250, art="HLP46-20", unit="Kan"),
                    L("Kugelhahn 3-Wege G1/2", 3, 8960, art="KH3-12", unit="Stk"),
                    L("Prüfung und Druckprotokoll", 1, 12500, art="DL-PRF", unit="psch")],
             pay=["Zahlungsbedingungen: 10 Tage 2 % Skonto, 30 Tage netto. Fällig netto am {duedate}.",
                  "Bankverbindung: Emsländische Volksbank, IBAN {iban}. Bitte Rechnungs-Nr. angeben."],
             subject="Rechnung 9026114 zu Ihrer Bestellung 4500018832", fname="RE_9026114.pdf",
             body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung 9026114 zu Ihrer Bestellung 4500018832 über netto {net}.\n\n"
                  "Diese Nachricht wurde automatisch erstellt.\nHydraulik Bergner GmbH & Co. KG · Finanzbuchhaltung")
    m["note"] = "ERP page with ten reference fields (Kunden-, Auftrags-, Lieferschein-Nr., Ihre Bestellung, Zeichen); body gives the net figure, the PDF's total is gross; Skonto terms, 30 days net."
    inv(m)

    # 25 nl: dense ERP; personal note; betalingskenmerk
    c = C("Verpakkingen Noord B.V.", "Zernikelaan 40", "9351 VA Leek", "debiteuren@verpakkingennoord.nl", "NL",
          tel="0594 - 51 88 00", reg="KvK 02077419", bank="ABN AMRO")
    ref = "1" + digits(15)
    inv(dict(lang="nl", tool="afas-like", shape="erp", c=c, no="VF0091877", issue=D(2026, 11, 24), days=30,
             dblock=["Kaasboerderij De Eendracht V.O.F.", "Oostpolder 4", "9883 TB Oldehove"],
             dname="Kaasboerderij De Eendracht V.O.F.", business=True, rcpt="kaas@de-eendracht.nl",
             to="Kaasboerderij De Eendracht <kaas@de-eendracht.nl>", ref=ref, ref_print=groups(ref),
             erp=[("Factuurnummer", "{no}"), ("Factuurdatum", "{issue}"), ("Debiteurnummer", "200418"),
                  ("Ordernummer", "VO-774120"), ("Pakbon", "PB-551902"), ("Uw referentie", "Bestelling Jelle 18/11"),
                  ("Onze referentie", "Binnendienst / AdV"), ("Vervaldatum", "{duedate}"), ("Betalingskenmerk", "{ref}")],
             erp_head=["Regel", "Artikel", "Omschrijving", "Aantal", "Eenh.", "Prijs", "Bedrag"],
             lines=[L("Kaasdoos karton 1 kg, bedrukt", 1200, 42, art="KD-1000", unit="st"),
                    L("Vacuümzak 200x300 90 mu", 5000, 7, art="VZ-2030", unit="st"),
                    L("Etiketrol 'Boerenkaas' 500 st", 12, 1890, art="ER-BK500", unit="rol"),
                    L("Europallet statiegeld", 2, 1200, art="EP-STG", unit="st", r=0)],
             pay=["Betaling binnen 30 dagen onder vermelding van het betalingskenmerk. IBAN {iban}."],
             subject="Factuur VF0091877", fname="VF0091877.pdf",
             body="Hoi Jelle,\n\nDe dozen zijn gisteren geleverd, hier is de factuur. Fijne feestdagen alvast!\nAnnemiek\n\n"
                  "=====\nGeachte relatie,\n\nBijgaand ontvangt u factuur VF0091877.\nWij verzoeken u het totaalbedrag van {total} vóór {duedate} te voldoen onder vermelding van betalingskenmerk {ref}.\n\n"
                  "Met vriendelijke groet,\nVerpakkingen Noord B.V.",
             note="ERP page, nine reference fields; pallet deposit at 0% btw beside 21%; betalingskenmerk; a personal note above the system mail."))

    # 26 nl: debtor block with a location and a department; to facturen@
    c = C("Schoonmaakbedrijf Glans", "Europaweg 110", "6136 KV Sittard", "facturen@glansschoonmaak.nl", "NL",
          tel="046 - 458 19 90", reg="KvK 14066327", bank="Rabobank")
    inv(dict(lang="nl", tool="exact-online-like", shape="attn", c=c, no="G2026-3391", issue=D(2026, 11, 30), days=30,
             dblock=["Zorggroep Het Anker", "Locatie De Kempen", "t.a.v. afdeling Facilitaire Zaken", "Postbus 5402", "6130 PK Sittard"],
             dname="Zorggroep Het Anker", business=True, rcpt="facturen@zorggroephetanker.nl",
             to="facturen@zorggroephetanker.nl", post_fields=[("Inkoopordernr.", "IO-26-04471"), ("Contract", "SCH-2024-07")],
             lines=[L("Dagelijkse schoonmaak locatie De Kempen, november", 1, 684000),
                    L("Glasbewassing binnen en buiten", 1, 89000), L("Extra inzet na verbouwing (uur)", 14, 3450)],
             pay=["Wij verzoeken u vriendelijk {total} vóór {duedate} te voldoen op {iban}",
                  "onder vermelding van factuur- en inkoopordernummer."],
             subject="Factuur G2026-3391 | IO-26-04471", fname="G2026-3391.pdf",
             body="Geachte heer/mevrouw,\n\nHierbij ontvangt u factuur G2026-3391 inzake inkooporder IO-26-04471.\n\nMet vriendelijke groet,\nSchoonmaakbedrijf Glans\nFinanciële administratie",
             note="Debtor block with a location and a 't.a.v. afdeling'; sent to an invoice-processing address (facturen@)."))

    # 27 de: department and attention line; Abschlagszahlung deducted; Verwendungszweck
    c = C("Gerüstbau Tammen GmbH", "Larrelter Str. 51", "26723 Emden", "buchhaltung@geruestbau-tammen.de", "DE",
          tel="04921 58 70 30", reg="AG Aurich HRB 210447", bank="Sparkasse Emden")
    inv(dict(lang="de", tool="handwerk-software", shape="attn", c=c, no="SR-26-0412", issue=D(2026, 11, 26), days=21,
             title="Schlussrechnung", L=dict(no="Rechnungs-Nr.", paid="abzgl. Abschlagszahlung"),
             dblock=["Stadtwerke Emden GmbH", "Abteilung Netzbau", "z. Hd. Herrn Ubbo Janssen", "Friedrich-Ebert-Str. 20", "26725 Emden"],
             dname="Stadtwerke Emden GmbH", business=True, rcpt="rechnungen@stadtwerke-emden.de",
             to="Stadtwerke Emden Rechnungseingang <rechnungen@stadtwerke-emden.de>", rate=19, paid=800000,
             paid_label="abzgl. Abschlagsrechnung AR-26-0388 (bezahlt)", ref="SR-26-0412 / Best. 71-2209",
             pre_fields=[("Bestell-Nr.", "71-2209")],
             lines=[L("Fassadengerüst Umspannwerk West, Standzeit 6 Wochen (m²)", 640, 1390),
                    L("Gerüstverlängerung je Woche (m²)", 640 * 2, 95), L("Auf- und Abbau, Transport", 1, 310000)],
             pay=["Zahlbar innerhalb von 21 Tagen bis {duedate}.", "IBAN {iban} · Verwendungszweck: {ref}"],
             subject="Schlussrechnung SR-26-0412 Umspannwerk West", fname="Schlussrechnung_SR-26-0412.pdf",
             body="Sehr geehrter Herr Janssen,\n\nanbei unsere Schlussrechnung für das Gerüst am Umspannwerk West. Die Abschlagszahlung ist berücksichtigt.\n\nMit freundlichen Grüßen\nGerüstbau Tammen GmbH",
             note="Department and 'z. Hd.' in the address; a paid Abschlagsrechnung deducted; Verwendungszweck with order number."))

    # 28 nl: an estate, care of the notary; RF reference; mailed two days after its date
    c = C("Opgeruimd Woningontruiming", "Kanaaldijk 88", "5683 CR Best", "planning@opgeruimd-ontruiming.nl", "NL",
          tel="0499 - 39 12 77", reg="KvK 17288410", bank="Triodos Bank")
    ref = rf_ref(digits(10))
    inv(dict(lang="nl", tool="moneybird-like", shape="estate", c=c, no="OR-2026-0219", issue=D(2026, 11, 17), days=14, delay=2,
             dblock=["Nalatenschap van wijlen G.A. Brouwer", "p/a Notariskantoor Meijer & Kamp", "t.a.v. mr. E. Kamp",
                     "Stationsplein 3", "5611 AC Eindhoven"],
             dname="Nalatenschap van wijlen G.A. Brouwer", business=False, rcpt="e.kamp@meijerkamp-notarissen.nl",
             to="mr. E. Kamp <e.kamp@meijerkamp-notarissen.nl>", ref=ref, ref_print=ref,
             post_fields=[("Adres woning", "Nachtegaallaan 14, Best")],
             lines=[L("Ontruiming woning incl. zolder en schuur", 1, 185000), L("Containerhuur 20 m³", 2, 39500),
                    L("Bezemschoon opleveren", 1, 22500), L("Opbrengst inboedel (verrekend)", 1, -31000)],
             pay=["Betaling binnen 14 dagen op {iban} onder vermelding van {ref}."],
             subject="Factuur OR-2026-0219 ontruiming Nachtegaallaan 14", fname="OR-2026-0219.pdf",
             body="Geachte heer Kamp,\n\nZoals besproken richten wij de factuur aan de nalatenschap van de heer Brouwer, p/a uw kantoor.\n"
                  "De opbrengst van de inboedel is verrekend.\n\nMet vriendelijke groet,\nOpgeruimd Woningontruiming",
             note="The debtor is the estate, care of the notary who receives the mail; a negative line (proceeds) inside the invoice; RF reference; sent two days later."))

    # 29 de: a client care of his court-appointed guardian (Betreuerin)
    c = C("Sanitätshaus Lenz", "Bahnhofstr. 17", "35037 Marburg", "abrechnung@sanitaetshaus-lenz.de", "DE",
          tel="06421 16 92 20", reg="AG Marburg HRA 3841", bank="Sparkasse Marburg-Biedenkopf")
    inv(dict(lang="de", tool="sanitaets-software", shape="estate", c=c, no="2026-11-0774", issue=D(2026, 11, 11), days=30,
             dblock=["Herrn Karl-Heinz Sommer", "c/o Betreuerin Rechtsanwältin", "Dr. Anja Reuter", "Universitätsstr. 44", "35037 Marburg"],
             dname="Karl-Heinz Sommer", business=False, rcpt="kanzlei@ra-reuter-marburg.de",
             to="Kanzlei Dr. Reuter <kanzlei@ra-reuter-marburg.de>", rate=19,
             L=dict(vat="MwSt. %s %%"), post_fields=[("Versicherten-Nr.", "K220417983"), ("Leistungsdatum", "05.11.2026")],
             lines=[L("Eigenanteil Rollator Leichtgewicht (Aufzahlung)", 1, 8900, r=19),
                    L("Sitzkissen Antidekubitus (Privatleistung)", 1, 6400, r=19),
                    L("Zuzahlung gesetzlich Hilfsmittel", 1, 1000, r=0)],
             pay=["Bitte überweisen Sie den Betrag bis zum {duedate} auf IBAN {iban}.",
                  "Verwendungszweck bitte: Rechnungsnummer und Name des Betreuten."],
             subject="Rechnung 2026-11-0774 – Herr Karl-Heinz Sommer (Betreuung)", fname="Rechnung_2026-11-0774.pdf",
             body="Sehr geehrte Frau Dr. Reuter,\n\nals Betreuerin von Herrn Sommer übersenden wir Ihnen die Rechnung über den Eigenanteil für den Rollator und das Sitzkissen.\n\nMit freundlichen Grüßen\nSanitätshaus Lenz\nAbrechnung",
             note="The client is the debtor, care of his court-appointed guardian (a lawyer) who receives it; a 0% line beside 19%."))

    # 30 nl: rent for a period (quarter); mailed three days after its date
    c = C("Bedrijvencentrum De Werf B.V.", "Werfkade 2", "3311 JP Dordrecht", "verhuur@dewerf-dordrecht.nl", "NL",
          tel="078 - 613 40 02", reg="KvK 23099123", bank="ING")
    inv(dict(lang="nl", tool="huurbeheer", shape="rent", c=c, no="H27-0012", issue=D(2026, 12, 1), due=D(2027, 1, 1), delay=3,
             dblock=["Fietsenmakerij Spaak", "M. de Bruijn", "Werfkade 2, unit 14", "3311 JP Dordrecht"],
             dname="Fietsenmakerij Spaak", business=True, rcpt="spaak.fietsen@kpnmail.nl", to="spaak.fietsen@kpnmail.nl",
             title="Huurfactuur", pre_fields=[("Huurperiode", "01-01-2027 t/m 31-03-2027"), ("Object", "Unit 14 (86 m²)")],
             L=dict(due="Te voldoen vóór"),
             lines=[L("Huur bedrijfsruimte unit 14, 1e kwartaal 2027 (maanden)", 3, 112500),
                    L("Voorschot servicekosten (maanden)", 3, 14500), L("Parkeerplaats (maanden)", 3, 3500)],
             pay=["De huur is bij vooruitbetaling verschuldigd. Graag vóór {duedate} op {iban}",
                  "o.v.v. huurfactuur {no}. Deze factuur geldt tevens als huurnota voor uw administratie."],
             subject="Huurfactuur 1e kwartaal 2027 – unit 14", fname="Huurfactuur H27-0012.pdf",
             body="Beste heer De Bruijn,\n\nIn de bijlage de huurfactuur voor het eerste kwartaal van 2027.\n\nMet vriendelijke groet,\nDe Werf verhuur",
             note="Rent for a coming quarter, due before it starts; the period's dates are not the invoice date; mailed 3 days after its date."))

    # 31 de-CH: lease for a month, CHF
    c = C("Immobilien Aebischer AG", "Effingerstrasse 33", "3008 Bern", "verwaltung@aebischer-immo.ch", "CH",
          tel="031 382 44 10", reg="CHE-109.774.210", bank="Berner Kantonalbank")
    inv(dict(lang="de", tool="ch-immoverwaltung", shape="rent", c=c, no="MZ-2027-01-0417", issue=D(2026, 12, 2), due=D(2027, 1, 1),
             cur="CHF", mfmt="ch", sym="code", dfmt="dmy.",
             dblock=["Zahnarztpraxis Dr. Lukas Frei", "Marktgasse 50", "3011 Bern"], dname="Zahnarztpraxis Dr. Lukas Frei",
             business=True, rcpt="praxis@zahnarzt-frei.ch", to="praxis@zahnarzt-frei.ch", rate=8.1,
             title="Mietzinsrechnung", L=dict(vat="MWST %s %%", no="Rechnung Nr.", vatid="MWST-Nr."),
             pre_fields=[("Mietobjekt", "Marktgasse 50, 2. OG"), ("Periode", "Januar 2027")],
             lines=[L("Nettomietzins Praxisräume Januar 2027", 1, 486000), L("Akonto Nebenkosten Januar 2027", 1, 42000),
                    L("Einstellhallenplatz Nr. 7", 1, 22000)],
             pay=["Zahlbar im Voraus bis {duedate} auf IBAN {iban} (Berner Kantonalbank)."],
             subject="Mietzinsrechnung Januar 2027 – Marktgasse 50", fname="MZ-2027-01-0417.pdf",
             body="Grüezi Herr Dr. Frei\n\nIm Anhang erhalten Sie die Mietzinsrechnung für Januar 2027 (optierte Vermietung, mit MWST).\n\nFreundliche Grüsse\nImmobilien Aebischer AG\nBewirtschaftung",
             note="Swiss lease for January 2027, payable in advance; CHF with apostrophe thousands; MWST 8.1%."))

    # 32 en (IE): recurring monthly, names the period; due end of month
    c = C("Cloudberry Hosting", "Unit 9, Guinness Enterprise Centre", "Dublin 8 D08 E1W3", "billing@cloudberryhosting.ie", "IE",
          tel="+353 1 410 0633", reg="CRO 611908", bank="Bank of Ireland")
    inv(dict(lang="en", tool="whmcs-like", shape="recur", c=c, no="CB-202612-0088", issue=D(2026, 12, 1), eom=True,
             dfmt="dmy/", dblock=["Oakfield Dental Practice", "14 Main Street", "Naas, Co. Kildare W91 HX30"],
             dname="Oakfield Dental Practice", business=True, rcpt="practice@oakfielddental.ie",
             to="Oakfield Dental <practice@oakfielddental.ie>", rate=23, L=dict(vat="VAT %s%%"),
             pre_fields=[("Period", "01/12/2026 - 31/12/2026")],
             lines=[L("Managed server (monthly) - December 2026", 1, 8900), L("Microsoft 365 Business Standard (users)", 6, 1180),
                    L("Off-site backup 500 GB", 1, 2500)],
             pay=["Payment due by the end of the month ({duedate}). IBAN {iban}, reference {no}."],
             subject="Your Cloudberry invoice for December 2026", fname="CB-202612-0088.pdf",
             body="Hello Oakfield Dental Practice,\n\nYour monthly invoice for the period 01/12/2026 - 31/12/2026 is now available and attached.\n"
                  "Amount: {total}\nDue: end of month ({duedate})\n\nCloudberry Hosting billing",
             note="Monthly recurring invoice naming its period; due 'end of month'; the period dates differ from the invoice date."))

    # 33 nl: recurring monthly fee; a "kopie" resent as a reminder; betalingskenmerk
    c = C("Administratiekantoor Veldhuis", "Grotestraat 102", "7607 CP Almelo", "info@administratieveldhuis.nl", "NL",
          tel="0546 - 81 22 47", reg="KvK 44192308", bank="Rabobank")
    ref = digits(16)
    inv(dict(lang="nl", tool="twinfield-like", shape="recur", c=c, no="2026.10.078", issue=D(2026, 10, 31), days=14,
             sent=D(2026, 11, 30), title="KOPIE FACTUUR",
             dblock=["Klusbedrijf Rijnders", "Bornerbroeksestraat 311", "7601 BH Almelo"], dname="Klusbedrijf Rijnders",
             business=True, rcpt="info@klusbedrijfrijnders.nl", to="info@klusbedrijfrijnders.nl", ref=ref, ref_print=ref,
             pre_fields=[("Periode", "oktober 2026")],
             lines=[L("Maandabonnement administratie oktober 2026", 1, 19500), L("Loonadministratie (medewerkers)", 3, 1850)],
             pay=["KOPIE – Graag vóór {duedate} voldoen op {iban} met betalingskenmerk {ref}."],
             subject="Kopie factuur 2026.10.078 (oktober)", fname="KOPIE_2026.10.078.pdf",
             body="Beste Dennis,\n\nVolgens onze administratie staat de factuur van oktober nog open. Voor het gemak stuur ik je hierbij een kopie.\n"
                  "Mocht je al betaald hebben, dan kun je deze mail als niet verzonden beschouwen.\n\nGroet,\nMarleen Veldhuis",
             note="A KOPIE of October's monthly invoice resent a month later as a reminder: labelled an invoice with the original facts; betalingskenmerk."))

    # 34 en (NL-based): amount due as a hero figure; deposit paid; body states amount and due date
    c = C("Sprout Nutrition Coaching", "Laan van Meerdervoort 512", "2563 BG Den Haag", "hello@sproutnutrition.nl", "NL",
          reg="KvK 83001742", bank="Triodos")
    inv(dict(lang="en", tool="bonsai-like", shape="hero", c=c, no="SPR-0077", issue=D(2026, 11, 29), days=7,
             dblock=["Ms Laura Pienaar", "Obrechtstraat 220", "2517 VT Den Haag"], dname="Laura Pienaar", business=False,
             rcpt="laura.pienaar@icloud.com", to="Laura Pienaar <laura.pienaar@icloud.com>", paid=7500,
             paid_label="Deposit paid 02/11/2026", L=dict(vat="VAT %s%%"),
             hero_label="Amount due", hero_sub="due {duedate}", to_label="BILLED TO", from_label="FROM",
             lines=[L("12-week coaching programme", 1, 39000), L("Body composition scan", 2, 2500)],
             pay=["Pay by bank transfer to {iban} (Sprout Nutrition Coaching), reference {no}."],
             subject="Invoice SPR-0077 - {due_amt} due {duedate}", fname="Invoice-SPR-0077.pdf",
             body="Hi Laura,\n\nWell done on finishing the programme! Your final invoice is attached: {due_amt} is due by {duedate}\n"
                  "(your deposit of {paid} is already taken off).\n\nBest,\nNoor",
             note="The amount due as a large figure at the top (after a deposit); subject and body state amount due and date; VAT 21% on coaching."))

    # 35 en (UK): hero figure; GBP; no IBAN (sort code and account number)
    c = C("Dovetail Joinery", "Unit 3, Foss Islands Road", "York YO31 7UL", "jobs@dovetailjoinery.co.uk", "GB",
          tel="01904 622 819", vat="", noiban=True)
    inv(dict(lang="en", tool="quickbooks-like", shape="hero", c=c, no="1187", issue=D(2026, 11, 20), days=14, cur="GBP",
             dfmt="dmy/", dblock=["Mr and Mrs Ashworth", "22 Bishopthorpe Road", "York YO23 1JJ"], dname="Mr and Mrs Ashworth",
             business=False, rcpt="ashworths@btinternet.com", to="ashworths@btinternet.com", rate=0, novat=True,
             hero_label="Balance due", hero_sub="Please pay by {duedate}", to_label="Bill to", from_label="From",
             L=dict(no="Invoice no."),
             lines=[L("Oak staircase refurbishment - treads and spindles", 1, 286000), L("Newel post replacement", 1, 42000),
                    L("Materials (oak, fixings, finish)", 1, 61500)],
             pay=["Not VAT registered. Payment by BACS: sort code 20-45-77, account 53118804, ref 1187."],
             subject="Invoice 1187 from Dovetail Joinery", fname="Invoice_1187.pdf",
             body="Dear Mr and Mrs Ashworth,\n\nThank you for choosing Dovetail Joinery. Your invoice 1187 for {total} is attached; payment is due by {duedate}.\n\nKind regards,\nTom Halloran",
             note="Balance due in large type; GBP; no IBAN at all (UK sort code and account); not VAT registered."))

    # 36 de-CH: Swiss QR-bill payment part under the invoice; QR reference
    c = C("Velowerkstatt Rüegg GmbH", "Zürcherstrasse 145", "8406 Winterthur", "werkstatt@velo-rueegg.ch", "CH",
          tel="052 203 18 70", iban=qr_iban(), bank="Zürcher Kantonalbank")
    ref = qr_ref()
    inv(dict(lang="de", tool="bexio-like", shape="qr", c=c, no="R-26-1033", issue=D(2026, 11, 26), days=30, cur="CHF",
             mfmt="ch", sym="code", dblock=["Frau Corinne Baumgartner", "Römerstrasse 62", "8400 Winterthur"],
             dname="Corinne Baumgartner", business=False, rcpt="c.baumgartner@bluewin.ch", to="c.baumgartner@bluewin.ch",
             rate=8.1, ref=ref, ref_print=qr_groups(ref), L=dict(vat="MWST %s %%", ref="Referenz"),
             qr_info="Rechnung {no}",
             lines=[L("E-Bike Service gross", 1, 18900), L("Kette und Kassette ersetzt", 1, 12450), L("Bremsbeläge hinten", 1, 4800)],
             pay=["Zahlbar innert 30 Tagen mit dem untenstehenden QR-Zahlteil."],
             subject="Rechnung R-26-1033", fname="Rechnung R-26-1033.pdf",
             body="Grüezi Frau Baumgartner\n\nIhr Velo ist wieder fit! Im Anhang finden Sie die Rechnung mit QR-Einzahlungsschein.\n\nFreundliche Grüsse\nVelowerkstatt Rüegg",
             note="Swiss invoice with the QR-bill payment part (Empfangsschein/Zahlteil) at the bottom; QR-IBAN and 27-digit QR reference in groups; 'innert 30 Tagen'."))

    # 37 nl: no table, key-value rows; a vCard beside the PDF
    c = C("Fotografie Lotte Wiersma", "Tuinstraat 23", "8911 PT Leeuwarden", "lotte@lottewiersma.nl", "NL",
          tel="06 - 24 71 90 18", reg="KvK 69102774", bank="ING")
    inv(dict(lang="nl", tool="canva-invoice", shape="kv", c=c, no="LW-2026-31", issue=D(2026, 11, 28), days=14,
             dblock=["Trouwlocatie De Oude Pastorie"], dname="Trouwlocatie De Oude Pastorie", business=True,
             rcpt="events@oudepastorie-grou.nl", to="Events Oude Pastorie <events@oudepastorie-grou.nl>",
             c_tag="bruiloften · portret · interieur",
             lines=[L("Interieurfotografie", 1, 95000), L("Nabewerking", 1, 20000)],
             kv=[("Factuurnummer", "{no}"), ("Datum", "{issue}"), ("Aan", "Trouwlocatie De Oude Pastorie, Kerkstraat 2, 9001 AB Grou"),
                 ("Opdracht", "Interieurfotografie nieuwe website (30 beelden)"), ("Fotografie", "€ 950,00"),
                 ("Nabewerking", "€ 200,00"), ("Subtotaal", "{net}"), ("Btw 21%", "{vat}"), ("Totaal te betalen", "{total}"),
                 ("Betalen vóór", "{duedate}"), ("Rekening", "{iban} t.n.v. L. Wiersma")],
             subject="Factuur LW-2026-31 fotoshoot De Oude Pastorie", fname="LW-2026-31.pdf",
             parts=[part_vcf("Lotte Wiersma.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Lotte Wiersma\nORG:Fotografie Lotte Wiersma\n"
                             "TEL;TYPE=CELL:+31624719018\nEMAIL:lotte@lottewiersma.nl\nURL:https://lottewiersma.nl\nEND:VCARD")],
             body="Hoi Wietske,\n\nDe beelden staan in de WeTransfer van gisteren; hier is de factuur. Mijn contactkaart zit erbij voor jullie leveranciersbestand.\n\nGroetjes,\nLotte",
             note="No table: every fact a label-value row; a vCard attached besides the PDF."))

    # 38 de: key-value page; a Gutschrift (credit note) to a private customer
    c = C("Yogastudio Atempause", "Gutenbergstr. 40", "70176 Stuttgart", "hallo@atempause-yoga.de", "DE",
          tel="0711 2537 6610", vat="", bank="GLS Bank")
    inv(dict(lang="de", tool="eversports-like", shape="kv", c=c, no="GS-2026-009", issue=D(2026, 11, 22), due=None,
             dblock=["Miriam Vogt"], dname="Miriam Vogt", business=False, rcpt="miriam.vogt@posteo.de",
             to="Miriam Vogt <miriam.vogt@posteo.de>", rate=0, novat=True, credit=True, c_tag="Yoga · Pilates · Meditation",
             lines=[L("Kursausfall Vinyasa Do 19:00, 4 Termine", 4, -1800)],
             kv=[("Gutschrift-Nr.", "{no}"), ("Datum", "{issue}"), ("Für", "Miriam Vogt, Kundennr. 1142"),
                 ("Bezug", "Rechnung 2026-188 (10er-Karte Herbst)"), ("Grund", "4 ausgefallene Termine (Krankheit Lehrerin)"),
                 ("Gutschriftbetrag", "{total}"), ("Erstattung", "auf Ihr Konto innerhalb von 7 Tagen"),
                 ("Hinweis", "Kleinunternehmerin gem. § 19 UStG")],
             subject="Gutschrift GS-2026-009 – ausgefallene Kursstunden", fname="Gutschrift_GS-2026-009.pdf",
             body="Liebe Miriam,\n\nes tut uns leid, dass der Donnerstagskurs im November so oft ausfallen musste. Anbei deine Gutschrift; wir überweisen dir den Betrag in den nächsten Tagen.\n\nNamaste\nJule",
             note="Credit note (negative) laid out as label-value rows; the studio refunds it; the studio's IBAN only in the footer line."))

    # 39 nl-BE: bilingual labels (Factuur/Facture); structured communication +++
    c = C("Sanitair Janssens BV", "Chaussée de Ninove 512", "1070 Anderlecht", "facturatie@sanitair-janssens.be", "BE",
          tel="02 521 30 84", reg="RPR Brussel / RPM Bruxelles", bank="Belfius")
    ref = ogm()
    inv(dict(lang="nl", tool="bilingual-be", shape="bilingual", c=c, no="2026/0871", issue=D(2026, 11, 27), days=30, dfmt="dmy/",
             dblock=["Restaurant Het Zilveren Anker BV", "Dansaertstraat 88", "1000 Brussel"],
             dname="Restaurant Het Zilveren Anker BV", business=True, rcpt="boekhouding@zilverenanker.be",
             to="boekhouding@zilverenanker.be", ref=ref, ref_print=ref,
             title="FACTUUR / FACTURE",
             L=dict(no="Factuurnr. / N° facture", date="Datum / Date", due="Vervaldag / Échéance",
                    ref="Gestructureerde mededeling / Communication structurée", desc="Omschrijving / Description",
                    qty="Aantal / Qté", unit="Prijs / Prix", amt="Bedrag / Montant", net="Totaal excl. btw / Total HTVA",
                    vat="Btw / TVA %s%%", total="Totaal incl. btw / Total TVAC", vatid="Btw / TVA"),
             lines=[L("Vervanging boiler keuken / Remplacement boiler cuisine", 1, 168000), L("Ontkalking vaatwasinstallatie", 1, 24500),
                    L("Werkuren / Heures de travail", 6, 6200)],
             pay=["Te betalen op / À payer sur {iban} (BIC GKCCBEBB)", "met mededeling / avec communication {ref}"],
             subject="Factuur 2026/0871 - Sanitair Janssens", fname="Factuur_2026-0871.pdf",
             body="Beste,\n\nIn bijlage vindt u onze factuur 2026/0871. Gelieve bij betaling de gestructureerde mededeling te gebruiken.\n\nMet vriendelijke groeten / Cordialement,\nSanitair Janssens",
             note="Brussels invoice with Dutch/French labels side by side; the structured communication +++xxx/xxxx/xxxxx+++."))

    # 40 de: bilingual labels (Rechnung/Invoice); reverse charge; forwarded again by the business (WG:)
    c = C("Messebau Kranich GmbH", "Messeallee 14", "04356 Leipzig", "finanzen@messebau-kranich.de", "DE",
          tel="0341 678 2290", reg="Amtsgericht Leipzig HRB 38117", bank="Deutsche Bank")
    m40 = dict(lang="de", tool="outlook-forward", shape="bilingual", c=c, no="MK-26-0566", issue=D(2026, 11, 6), days=21,
               sent=D(2026, 12, 2), dblock=["Lindqvist Design AB", "Att. Karin Lindqvist", "Hornsgatan 71", "118 49 Stockholm", "Schweden / Sweden"],
               dname="Lindqvist Design AB", business=True, rcpt="karin@lindqvistdesign.se", to="Karin Lindqvist <karin@lindqvistdesign.se>",
               rate=0, novat=True, title="Rechnung / Invoice",
               L=dict(no="Rechnungs-Nr. / Invoice no.", date="Datum / Date", due="Fällig / Due", desc="Leistung / Service",
                      qty="Menge / Qty", unit="Preis / Price", amt="Betrag / Amount", net="Netto / Net",
                      total="Gesamt / Total"),
               post_fields=[("USt-IdNr. Kunde / Customer VAT", "SE556712334501")],
               lines=[L("Messestand 24 m², Möbel Design Fair Köln", 1, 1240000), L("Grafik und Druck Rückwand", 1, 186000),
                      L("Auf- und Abbau", 1, 210000)],
               pay=["Steuerschuldnerschaft des Leistungsempfängers / Reverse charge (Art. 196 VAT Directive)",
                    "IBAN {iban} · BIC DEUTDEDBLEG"],
               subject="WG: Rechnung / Invoice MK-26-0566", fname="MK-26-0566.pdf")
    m40["body"] = ("Dear Karin,\n\nas discussed on the phone, I am forwarding our invoice once more. It was due on {duedate};\n"
                   "we would appreciate payment this week.\n\nBest regards / Mit freundlichen Grüßen\nFranziska Weber\nFinanzen\n\n"
                   "-----Ursprüngliche Nachricht-----\nVon: Messebau Kranich GmbH <finanzen@messebau-kranich.de>\nGesendet: Freitag, 6. November 2026 11:20\n"
                   "An: Karin Lindqvist <karin@lindqvistdesign.se>\nBetreff: Rechnung / Invoice MK-26-0566\n\n"
                   "Dear Ms Lindqvist,\n\nplease find attached our invoice MK-26-0566 for your stand at the Design Fair.\n\nMessebau Kranich GmbH")
    m40["note"] = "German/English labels; reverse charge, no VAT; the business forwards its own invoice (WG:) to the same debtor after the due date - still the invoice."
    inv(m40)

    # 41 de: narrow till-style column; Verwendungszweck
    c = C("Schlüsseldienst Yılmaz", "Brackeler Hellweg 160", "44309 Dortmund", "service@schluessel-yilmaz.de", "DE",
          tel="0231 2201 8844", bank="Dortmunder Volksbank")
    inv(dict(lang="de", tool="mobile-pos", shape="narrow", c=c, no="24-3317", issue=D(2026, 11, 14), days=7,
             dblock=["Herr Bernd Ackermann", "Flughafenstr. 52", "44309 Dortmund"], dname="Bernd Ackermann", business=False,
             rcpt="b.ackermann@freenet.de", to="b.ackermann@freenet.de", rate=19, ref="24-3317 Ackermann", narrow_to="Kunde:",
             L=dict(no="Beleg-Nr.", date="Datum", net="Netto", vat="MwSt %s%%", total="SUMME", ref="Verw.-zweck"),
             lines=[L("Türöffnung Samstag", 1, 8900), L("Anfahrt", 1, 3500), L("Profilzylinder 30/35 inkl. 5 Schlüssel", 1, 5490)],
             pay=["Zahlung per Überweisung bis {duedate}", "IBAN {iban}", "Verwendungszweck: {ref}"],
             subject="Ihre Rechnung 24-3317", fname="Beleg_24-3317.pdf",
             body="Guten Tag Herr Ackermann,\n\nwie vor Ort besprochen erhalten Sie die Rechnung per E-Mail, da das Kartenterminal ausgefallen war.\n\nSchlüsseldienst Yılmaz",
             note="A till-receipt-shaped invoice in a narrow centred column; paid by transfer because the card terminal failed; Verwendungszweck."))

    # 42 nl: the invoice in the body as an HTML table
    c = C("Bloemsierkunst De Vlinder", "Voorstraat 71", "3311 ER Dordrecht", "info@bloemsierkunstdevlinder.nl", "NL",
          tel="078 - 614 02 33", reg="KvK 24377102", bank="ING")
    m = dict(lang="nl", tool="html-mail", c=c, no="V-26-0290", issue=D(2026, 11, 30), days=14,
             dname="Restaurant Vis & Vlam", business=True, rcpt="reserveren@visenvlam.nl", to="Restaurant Vis & Vlam <reserveren@visenvlam.nl>",
             rate=9, lines=[L("Tafelboeketten wekelijks (november, 4 weken x 12)", 48, 1250), L("Entreestuk wekelijks", 4, 8500),
                            L("Bezorging", 4, 750, r=21)],
             subject="Factuur V-26-0290 bloemwerk november")
    dflt(m)
    calc(m)
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" % (
        ln["t"], Q(m, ln["q"]), M(dict(m, sym="pre"), ln["u"]), M(dict(m, sym="pre"), ln["a"])) for ln in m["lines"])
    vr = "".join("<tr><td colspan=\"3\" align=\"right\">Btw %s%% over %s</td><td align=\"right\">%s</td></tr>" % (
        r, M(dict(m, sym="pre"), b), M(dict(m, sym="pre"), v)) for r, b, v in m["vats"])
    m["html"] = ("<html><body style=\"font-family:Arial\"><p>Beste Mehmet,</p><p>Hieronder de factuur voor het bloemwerk van november.</p>"
                 "<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
                 "<tr><td><b>Factuurnummer</b></td><td>{no}</td></tr><tr><td><b>Factuurdatum</b></td><td>{issue}</td></tr>"
                 "<tr><td><b>Klant</b></td><td>Restaurant Vis &amp; Vlam, Wijnstraat 140, Dordrecht</td></tr></table><br>"
                 "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Omschrijving</th><th>Aantal</th><th>Prijs</th><th>Bedrag</th></tr>"
                 + rows.replace("{", "{{").replace("}", "}}") + "<tr><td colspan=\"3\" align=\"right\">Subtotaal</td><td align=\"right\">{net}</td></tr>"
                 + vr + "<tr><td colspan=\"3\" align=\"right\"><b>Totaal</b></td><td align=\"right\"><b>{total}</b></td></tr></table>"
                 "<p>Graag overmaken vóór {duedate} op {iban} t.n.v. Bloemsierkunst De Vlinder, o.v.v. {no}.</p>"
                 "<p>Hartelijke groet,<br>Anouk<br>Bloemsierkunst De Vlinder</p></body></html>")
    m["body"] = ("Beste Mehmet,\n\nFactuur {no} ({issue}) - bloemwerk november\nTotaal {total}, graag vóór {duedate} op {iban}.\n\nGroet, Anouk")
    m["note"] = "Invoice only in the mail: an HTML table with a 9% and a 21% btw row (plain part a short summary); no PDF."
    inv(m)

    # 43 de: HTML table body
    c = C("Lernwerk Nachhilfe", "Sternstr. 23", "20357 Hamburg", "abrechnung@lernwerk-hamburg.de", "DE",
          tel="040 4318 2290", vat="", bank="Hamburger Sparkasse")
    m = dict(lang="de", tool="html-mail", c=c, no="LW-11-2026-044", issue=D(2026, 12, 1), days=14,
             dname="Familie Özdemir", business=False, rcpt="oezdemir.familie@gmail.com", to="Familie Özdemir <oezdemir.familie@gmail.com>",
             rate=0, novat=True, lines=[L("Einzelnachhilfe Mathe (Doppelstunden)", 7, 4200), L("Einzelnachhilfe Englisch", 3, 2400),
                                        L("Lernmaterial", 1, 1250)],
             subject="Rechnung November – Nachhilfe für Deniz")
    dflt(m)
    calc(m)
    rows = "".join("<tr><td>%s</td><td>%s</td><td style=\"text-align:right\">%s</td></tr>" % (ln["t"], Q(m, ln["q"]), M(m, ln["a"]))
                   for ln in m["lines"])
    m["html"] = ("<html><body><p>Liebe Familie Özdemir,</p><p>hier die Abrechnung der Nachhilfestunden von Deniz im November:</p>"
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\"><tr><th colspan=\"3\" style=\"text-align:left\">Rechnung Nr. {no} vom {issue}</th></tr>"
                 "<tr><th>Leistung</th><th>Anzahl</th><th>Betrag</th></tr>" + rows +
                 "<tr><td colspan=\"2\"><b>Summe</b></td><td style=\"text-align:right\"><b>{total}</b></td></tr></table>"
                 "<p>Bitte überweisen Sie den Betrag bis zum {duedate} auf unser Konto:<br>Lernwerk Nachhilfe, IBAN {iban}</p>"
                 "<p>Gemäß § 19 UStG wird keine Umsatzsteuer ausgewiesen.</p><p>Herzliche Grüße<br>Birte Hansen</p></body></html>")
    m["note"] = "HTML-only mail body with the invoice table; the debtor a family; no VAT (§ 19 UStG)."
    inv(m)

    # 44 nl: typed on a phone in a plain-text body
    c = C("Klusjesman Ruud", "Esdoornlaan 9", "6662 BA Elst", "ruudklust@gmail.com", "NL", vat="", bank="SNS")
    m = dict(lang="nl", tool="phone-typed", c=c, no="2026-27", issue=D(2026, 11, 29), days=14, from_name="Ruud",
             dname="Fam. Wijnands", business=False, rcpt="wijnands.elst@hetnet.nl", to="wijnands.elst@hetnet.nl",
             rate=0, novat=True, lines=[L("Schutting geplaatst (uur)", 11, 3800), L("Materiaal bouwmarkt", 1, 48735)],
             subject="Factuur schutting", vals=dict(h="11 uur x 38 = 418,00", mat="487,35"))
    m["body"] = ("Hoi fam Wijnands\n\nHierbij de rekening van de schutting\nvoor: Fam. Wijnands, Lindelaan 14 Elst\n\nfactuurnr {no}\ndatum {issue}\n\n{h}\nmateriaal (bonnetje gapp) {mat}\n"
                 "totaal {total}\n\ngraag binnen 2 weken op {iban} tnv R Peters\ngeen btw ik val onder de KOR\n\nbedankt en groetjes Ruud\n\nVerzonden vanaf mijn iPhone")
    m["note"] = "Typed on a phone: no PDF, lowercase labels, hours x rate written inline; the debtor 'Fam. Wijnands' from the greeting; term in weeks."
    m["mfmt"], m["sym"] = "nl", "pre"
    inv(m)

    # 45 en (NL-based English speaker): phone-typed body; due on receipt
    c = C("Ollie's Bike Repair", "Javastraat 61", "1094 HC Amsterdam", "ollie.bikes@gmail.com", "NL", vat="", bank="bunq")
    m = dict(lang="en", tool="phone-typed", c=c, no="OB-118", issue=D(2026, 12, 2), due=D(2026, 12, 2), from_name="Ollie",
             dname="Sam Whitford", business=False, rcpt="samwhitford@proton.me", to="Sam <samwhitford@proton.me>",
             rate=0, novat=True, dfmt="short-en", lines=[L("Full service", 1, 7500), L("New chain", 1, 2450), L("Brake pads front", 1, 1800)],
             subject="bike invoice", vals=dict(a="75.00", b="24.50", c="18.00"))
    m["body"] = ("hey Sam, bike's ready!\n\ninvoice {no} - {issue} - Sam Whitford\nfull service {a}\nnew chain {b}\nbrake pads front {c}\n----\ntotal {total}\n\n"
                 "pay on pickup or transfer now pls: {iban} (O. Brandt)\nthanks!\nOllie\n\nSent from my phone")
    m["note"] = "Typed on a phone; payable on receipt (due = issue); English from an Amsterdam repair shop, euro amounts with a point."
    inv(m)

    # 46 de: typed plain-text invoice in the body
    c = C("Klavierstimmer Matthias Kern", "Eichendorffstr. 8", "79102 Freiburg", "kern.klavier@web.de", "DE",
          tel="0761 70 44 19", vat="", bank="Volksbank Freiburg")
    m = dict(lang="de", tool="typed-body", c=c, no="MK 61/2026", issue=D(2026, 11, 23), days=14, from_name="Matthias Kern",
             dname="Musikschule Allegro e.V.", business=True, rcpt="verwaltung@musikschule-allegro.de",
             to="Musikschule Allegro Verwaltung <verwaltung@musikschule-allegro.de>", rate=19,
             lines=[L("Stimmung Flügel Saal", 1, 14000), L("Stimmung Klavier Raum 2 und 3", 2, 9500), L("Intonation Flügel (Std.)", 1.5, 7000)],
             subject="Rechnung Stimmung 20.11.")
    dflt(m)
    calc(m)
    m["body"] = ("Sehr geehrte Frau Bauer,\n\nfür die Stimmarbeiten am 20.11.2026 stelle ich in Rechnung:\n\n"
                 "Rechnung Nr. {no}\nDatum: {issue}\nAn: Musikschule Allegro e.V., Verwaltung, Wilhelmstr. 17, 79098 Freiburg\n\n" +
                 "".join("%-42s %12s\n" % (ln["t"], M(m, ln["a"])) for ln in m["lines"]) +
                 "%-42s %12s\n%-42s %12s\n%-42s %12s\n\n" % ("Summe netto", M(m, m["net"]), "zzgl. 19 % USt", M(m, m["vat"]), "Rechnungsbetrag", M(m, m["total"])) +
                 "Bitte überweisen Sie den Betrag bis {duedate} auf mein Konto\nIBAN {iban}\nVolksbank Freiburg\n\n"
                 "Steuernr. 06447/22019\n\nMit freundlichen Grüßen\nMatthias Kern\nKlavierbaumeister")
    m["note"] = "Plain-text invoice typed in the body in fixed-width columns; number with a space and a slash."
    inv(m)

    # 47 nl: typed plain-text invoice (pedicure); private debtor
    c = C("Pedicurepraktijk Voetenwerk", "Dorpsstraat 44", "1721 BG Broek op Langedijk", "voetenwerk@kpnmail.nl", "NL",
          vat="", reg="KvK 58211097", bank="Rabobank")
    m = dict(lang="nl", tool="typed-body", c=c, no="2026-0412", issue=D(2026, 11, 27), days=30, from_name="Pedicurepraktijk Voetenwerk",
             dname="A. Verhulst", business=False, rcpt="a.verhulst1950@gmail.com", to="\"A. Verhulst\" <a.verhulst1950@gmail.com>",
             rate=0, novat=True, lines=[L("Medische voetbehandeling aan huis", 3, 4200), L("Orthese op maat", 1, 3500)],
             subject="Nota voetbehandeling")
    dflt(m)
    calc(m)
    m["body"] = ("Geachte heer Verhulst,\n\nHierbij ontvangt u de nota voor de behandelingen aan huis.\n\n"
                 "NOTA\nNummer:  {no}\nDatum:   {issue}\nAan:     Dhr. A. Verhulst, Kerkpad 3, Broek op Langedijk\n\n"
                 "3x medische voetbehandeling a {u1}   {a1}\n1x orthese op maat                   {a2}\n"
                 "-------------------------------------------\nTotaal                              {total}\n\n"
                 "Vrijgesteld van btw (art. 11 lid 1 sub g Wet OB).\nGraag binnen 30 dagen overmaken op {iban} t.n.v. Pedicurepraktijk Voetenwerk.\n"
                 "Mogelijk vergoedt uw aanvullende verzekering een deel; bewaar deze nota.\n\nMet vriendelijke groet,\nIngrid Schouten")
    m["vals"] = dict(u1=M(m, 4200), a1=M(m, 12600), a2=M(m, 3500))
    m["note"] = "A 'nota' typed in the body; btw-exempt medical care; the reader must take 'Dhr. A. Verhulst' without the title."
    inv(m)

    # 48 nl-BE: landscape page; mailed a week after its date
    c = C("Feestverhuur Vandamme", "Kortrijksesteenweg 260", "8530 Harelbeke", "info@feestverhuur-vandamme.be", "BE",
          tel="056 71 22 09", reg="RPR Gent afd. Kortrijk", bank="Argenta")
    inv(dict(lang="nl", tool="excel-landscape", shape="landscape", c=c, no="FV-26-311", issue=D(2026, 11, 18), days=15, delay=7,
             dfmt="dmy/", dblock=["Chiro Sint-Pieter vzw", "t.a.v. de kassier", "Sint-Pietersplein 4", "8500 Kortrijk"],
             dname="Chiro Sint-Pieter vzw", business=True, rcpt="kas@chirosintpieter.be", to="kas@chirosintpieter.be",
             L=dict(due="Vervaldag", vat="BTW %s%%", vatid="BTW"),
             pre_fields=[("Evenement", "Spaghettiavond 14-15/11/2026")],
             lines=[L("Partytent 6x12 m incl. zijwanden", 1, 42000), L("Biertafelset (tafel + 2 banken)", 25, 900),
                    L("Heteluchtkanon", 2, 6500), L("Levering en ophaling", 1, 8500)],
             pay=["Gelieve te betalen binnen 15 dagen op {iban} met vermelding van het factuurnummer."],
             subject="Factuur FV-26-311 spaghettiavond", fname="FV-26-311.pdf",
             body="Dag kassier,\n\nWat later dan gepland, maar hier is de factuur van jullie spaghettiavond. Hopelijk was het een succes!\n\nMvg,\nDries Vandamme",
             note="Flemish, landscape page; 'Vervaldag' 15 days after a date a week older than the mail."))

    # 49 de-CH: QR payment part; SCOR (RF) reference
    c = C("Schreinerei Imhof AG", "Maihofstrasse 61", "6006 Luzern", "buchhaltung@schreinerei-imhof.ch", "CH",
          tel="041 420 33 18", reg="CHE-114.552.908", bank="Luzerner Kantonalbank")
    ref = rf_ref("IMH" + digits(9))
    inv(dict(lang="de", tool="abacus-like", shape="qr", c=c, no="30261187", issue=D(2026, 11, 24), days=30, cur="CHF", mfmt="ch",
             sym="code", dblock=["Hotel Alpenrose AG", "Direktion", "Seestrasse 12", "6354 Vitznau"], dname="Hotel Alpenrose AG",
             business=True, rcpt="kreditoren@alpenrose-vitznau.ch", to="kreditoren@alpenrose-vitznau.ch", rate=8.1,
             ref=ref, ref_print=groups(ref), L=dict(vat="MWST %s %%", ref="Referenz", vatid="MWST"),
             qr_info="Rechnung {no} / Zimmer 201-208",
             lines=[L("Einbauschränke Zimmer 201-208", 8, 238000), L("Nachttische Nussbaum", 16, 41500), L("Montage", 1, 184000)],
             pay=["Zahlbar innert 30 Tagen netto. Bitte verwenden Sie den QR-Zahlteil."],
             subject="Rechnung 30261187 Hotel Alpenrose", fname="30261187.pdf",
             body="Sehr geehrte Damen und Herren\n\nBeiliegend erhalten Sie unsere Rechnung 30261187 für die Möblierung der Zimmer 201–208.\n\nFreundliche Grüsse\nSchreinerei Imhof AG",
             note="Swiss invoice with QR-bill payment part and a creditor reference (SCOR, RF...) on a normal IBAN; CHF amounts with apostrophes."))

    # 50 nl: narrow column; a creditnota to a private customer (returned item)
    c = C("Fietsenwinkel Trapper", "Langestraat 18", "3603 AH Maarssen", "winkel@trapperfietsen.nl", "NL",
          tel="0346 - 55 12 80", reg="KvK 30144818", bank="ABN AMRO")
    inv(dict(lang="nl", tool="kassa-systeem", shape="narrow", c=c, no="C-26-0033", issue=D(2026, 11, 21), due=None,
             dblock=["Dhr. K. de Ruiter", "Bisonspoor 1002", "3605 KZ Maarssen"], dname="K. de Ruiter", business=False,
             rcpt="kderuiter@ziggo.nl", to="kderuiter@ziggo.nl", credit=True, narrow_to="Klant:",
             L=dict(no="Creditnr.", date="Datum", vat="Btw %s%%"), post_fields=[("Origineel", "F-26-1288 (07-11-2026)")],
             lines=[L("Retour fietstas Ortlieb (ongebruikt)", 1, -10700), L("Retour slot", 1, -2975)],
             pay=["Het bedrag wordt binnen 5 werkdagen teruggestort", "op uw rekening. IBAN winkel: {iban}"],
             subject="Creditnota C-26-0033", fname="Creditnota_C-26-0033.pdf",
             body="Beste meneer De Ruiter,\n\nHierbij de creditnota voor de geretourneerde artikelen. Het geld staat binnen 5 werkdagen op uw rekening.\n\nFietsenwinkel Trapper",
             note="A creditnota in a till-shaped narrow column; negative lines; refund promised; the shop's IBAN printed."))


def stamp(pages, text, x=300, y=420, size=40):
    d = pages[0]
    d.text(x, y, text, size, True, "center")
    return pages


def statement_page(m):
    p = mk.Page()
    head(p, m, "left")
    debtor(p, m, 56, 150)
    p.text(56, 250, m["st_title"], 15, True)
    y = lines_at(p, 56, 272, [fill(m, s) for s in m["st_sub"]], 9)
    y += 14
    hd = m["st_head"]
    xs = [56, 150, 250, 350, 440, 539]
    for k, h in enumerate(hd):
        (p.text if k < 3 else p.right)(xs[k] if k < 3 else xs[k + 1] if k + 1 < len(xs) else 539, y, h, 8.5, True)
    p.rule(56, y + 4, 539, y + 4)
    y += 16
    for row in m["st_rows"]:
        for k, v in enumerate(row):
            (p.text if k < 3 else p.right)(xs[k] if k < 3 else xs[k + 1] if k + 1 < len(xs) else 539, y, v, 8.5)
        y += 13
    p.rule(56, y - 9, 539, y - 9)
    for a, b in m["st_foot"]:
        p.text(300, y + 4, a, 9, True)
        p.right(539, y + 4, b, 9, True)
        y += 14
    y = paytext(p, m, y + 20)
    footer_line(p, m, 806)
    return [p]


def noninvoices():
    # 51 nl: a quote laid out exactly like an invoice
    c = C("Keukenstudio Maasland", "Industrieweg 51", "3144 CG Maassluis", "verkoop@keukenstudiomaasland.nl", "NL",
          tel="010 - 591 40 60", reg="KvK 27182934", bank="Rabobank")
    non(dict(lang="nl", tool="snelstart-like", c=c, pages=S_box, no="OF-26-0712", issue=D(2026, 11, 30), due=D(2026, 12, 30),
             title="Offerte", L=dict(no="Offertenummer", date="Offertedatum", due="Geldig tot"),
             dblock=["Dhr. en mevr. Karagöz", "Westlandseweg 33", "3131 GA Vlaardingen"], rcpt="karagoz.thuis@gmail.com",
             to="karagoz.thuis@gmail.com",
             lines=[L("Keuken 'Bergen' mat antraciet, 3,60 m + eiland", 1, 1189000), L("Inductiekookplaat met afzuiging", 1, 189500),
                    L("Composiet werkblad 12 mm", 1, 264000), L("Montage en aansluiten", 1, 145000)],
             pay=["Deze offerte is geldig tot {duedate}. Bij akkoord ontvangt u een aanbetalingsfactuur van 25%;",
                  "het restant wordt gefactureerd na oplevering. Betaling op {iban}."],
             subject="Offerte OF-26-0712 keuken Westlandseweg", fname="Offerte OF-26-0712.pdf",
             body="Beste meneer en mevrouw Karagöz,\n\nBedankt voor uw bezoek aan de showroom. In de bijlage vindt u de offerte voor uw nieuwe keuken.\n\nMet vriendelijke groet,\nDaan Verbeek\nKeukenstudio Maasland",
             why="A quote: same layout as their invoices (number, date, totals, IBAN) but nothing is owed until it is accepted.",
             note="Quote in the invoice template: right box with Offertenummer and 'Geldig tot', VAT totals, the IBAN."))

    # 52 de: order confirmation with a full totals block
    c = C("Polsterei Schwan", "Kieler Str. 212", "24539 Neumünster", "auftrag@polsterei-schwan.de", "DE",
          tel="04321 60 44 10", reg="AG Kiel HRA 7712 NM", bank="Förde Sparkasse")
    non(dict(lang="de", tool="lexoffice-like", c=c, pages=S_cells, no="AB-26-0391", issue=D(2026, 11, 25), due=None,
             title="Auftragsbestätigung", L=dict(no="Auftrags-Nr.", date="Datum"), rate=19,
             post_fields=[("Liefertermin", "KW 4/2027")],
             dblock=["Hotel Zur Eider GmbH", "Am Markt 3", "24768 Rendsburg"], rcpt="einkauf@hotel-eider.de", to="einkauf@hotel-eider.de",
             lines=[L("Neubezug Restaurantstühle, Stoff Kvadrat", 48, 16500), L("Neupolsterung Sitzbank 4,2 m", 1, 138000),
                    L("Abholung und Anlieferung", 1, 12000)],
             pay=["Vielen Dank für Ihren Auftrag. Die Rechnung erhalten Sie nach Lieferung; zahlbar 14 Tage nach Rechnungsdatum."],
             subject="Auftragsbestätigung AB-26-0391", fname="AB-26-0391.pdf",
             body="Sehr geehrte Damen und Herren,\n\nwir bestätigen Ihren Auftrag wie besprochen. Details siehe Anhang.\n\nMit freundlichen Grüßen\nPolsterei Schwan",
             why="An order confirmation: it shows a full totals block, but the invoice comes after delivery.",
             note="Auftragsbestätigung in the cell-row invoice template with Nettobetrag, USt and Gesamtbetrag."))

    # 53 en: pro-forma
    c = C("Harbour & Hive Ltd", "Unit 6, Albert Dock Trade Park", "Liverpool L3 4AF", "sales@harbourandhive.co.uk", "GB",
          tel="0151 709 2214", reg="Company no. 11823097", bank="Barclays")
    non(dict(lang="en", tool="sage-like", c=c, pages=S_footer3, no="PF-2026-118", issue=D(2026, 11, 26), days=7, cur="GBP",
             mfmt="en", sym="tight", dfmt="dmy/", title="PRO FORMA INVOICE", L=dict(no="Pro forma no.", due="Valid until", vat="VAT %s%%"), rate=0,
             dblock=["Bienenhof Aeschbacher GmbH", "Dorfstrasse 19", "3436 Zollbrück", "Switzerland"], rcpt="info@bienenhof-aeschbacher.ch",
             to="info@bienenhof-aeschbacher.ch",
             lines=[L("Langstroth hive bodies, cedar", 40, 4200), L("Frames, wired (box of 50)", 12, 3850), L("Carriage to CH (DAP)", 1, 38000)],
             pay=["This is a pro forma invoice for customs and prepayment purposes only; it is not a VAT invoice.",
                  "Goods ship on receipt of funds; the commercial invoice will accompany the consignment."],
             subject="Pro forma PF-2026-118 for your order", fname="ProForma_PF-2026-118.pdf",
             body="Dear Mr Aeschbacher,\n\nAs requested, please find our pro forma invoice for your order. Once the prepayment arrives we will ship.\n\nRegards,\nGemma Doyle\nHarbour & Hive",
             why="A pro-forma: it asks for prepayment but is not the invoice; the real invoice follows with the goods.",
             note="Pro forma with the full invoice look (footer with bank details, totals, a validity date)."))

    # 54 nl-BE: statement of account listing invoices
    c = C("Drukkerij Vanhoutte BV", "Brugsesteenweg 288", "8500 Kortrijk", "boekhouding@drukkerij-vanhoutte.be", "BE",
          tel="056 35 20 11", reg="RPR Gent afd. Kortrijk", bank="BNP Paribas Fortis")
    m = dict(lang="nl", tool="statement", c=c, pages=statement_page, issue=D(2026, 11, 30), dfmt="dmy/",
             dblock=["Bakkerij Devos-Lemmens", "Doorniksewijk 120", "8500 Kortrijk"], rcpt="bakkerij.devos@telenet.be",
             to="bakkerij.devos@telenet.be", st_title="Rekeninguittreksel", st_sub=["Toestand op {issue} – klantnr. 10422"],
             st_head=["Factuur", "Datum", "Vervaldag", "Bedrag", "Open"],
             st_rows=[["VF26/0611", "02/09/2026", "02/10/2026", "€ 486,20", "€ 486,20"],
                      ["VF26/0702", "07/10/2026", "06/11/2026", "€ 1.212,75", "€ 1.212,75"],
                      ["VF26/0790", "12/11/2026", "12/12/2026", "€ 318,00", "€ 318,00"]],
             st_foot=[("Totaal openstaand", "€ 2.016,95")],
             pay=["Gelieve de vervallen facturen te betalen op {iban} met vermelding van het factuurnummer.",
                  "Indien uw betaling onderweg is, mag u dit overzicht als nietig beschouwen."],
             subject="Rekeninguittreksel 30/11/2026", fname="Rekeninguittreksel_10422.pdf",
             body="Beste,\n\nIn bijlage het overzicht van de openstaande facturen op uw klantrekening.\n\nMet vriendelijke groeten,\nBoekhouding Drukkerij Vanhoutte",
             why="A statement of account listing three earlier invoices; it is no new invoice.",
             note="Flemish statement: a table of invoice numbers, dates, due dates and open amounts plus a total open.")
    non(m)

    # 55 nl: invoice copy stamped BETAALD (a receipt)
    c = C("Autoservice Kuipers", "Edisonstraat 7", "7006 RB Doetinchem", "werkplaats@autoservicekuipers.nl", "NL",
          tel="0314 - 36 40 21", reg="KvK 09188421", bank="Rabobank")
    non(dict(lang="nl", tool="autotaal-like", c=c, no="W26-2207", issue=D(2026, 11, 27), days=0,
             pages=lambda m: stamp(S_cells(m), "BETAALD 27-11-2026 (pin)", 300, 470, 30),
             dblock=["Mevr. D. Schuurman", "Keppelseweg 184", "7001 CK Doetinchem"], rcpt="d.schuurman@kpnplanet.nl",
             to="d.schuurman@kpnplanet.nl", L=dict(due="Betaald op"), post_fields=[("Kenteken", "R-118-KP")],
             lines=[L("APK keuring", 1, 3950), L("Remblokken voor vervangen", 1, 8900), L("Arbeid (uur)", 1.2, 7400)],
             pay=["Voldaan per pin op 27-11-2026. Bedankt voor uw bezoek!"],
             subject="Uw factuur W26-2207 (voldaan)", fname="W26-2207_betaald.pdf",
             body="Beste mevrouw Schuurman,\n\nZoals gevraagd aan de balie hierbij een kopie van de factuur voor uw administratie. Deze is al voldaan per pin.\n\nAutoservice Kuipers",
             why="A copy of an invoice already paid at the counter, stamped BETAALD: a receipt, nothing to chase.",
             note="Invoice copy with a large BETAALD stamp and 'Voldaan per pin'; an invoice number, totals and an IBAN are all there."))

    # 56 de: the business's own reminder with the original invoice attached
    c = C("Elektro Hoffmann & Sohn", "Bahnhofstr. 60", "36037 Fulda", "buero@elektro-hoffmann-fulda.de", "DE",
          tel="0661 90 21 77", reg="AG Fulda HRA 4412", bank="Sparkasse Fulda")
    non(dict(lang="de", tool="typed-reminder", c=c, pages=S_box, no="2026-0871", issue=D(2026, 10, 22), days=14, rate=19,
             sent=D(2026, 12, 1), dblock=["Herrn Uwe Breitenbach", "Leipziger Str. 130", "36037 Fulda"], rcpt="uwe.breitenbach@t-online.de",
             to="uwe.breitenbach@t-online.de",
             lines=[L("Austausch Unterverteilung Keller", 1, 86000), L("FI/LS-Schalter", 6, 5400), L("Arbeitszeit (Std.)", 5, 6800)],
             pay=["Zahlbar bis {duedate} ohne Abzug auf IBAN {iban}."],
             subject="Zahlungserinnerung zu Rechnung 2026-0871", fname="Rechnung_2026-0871.pdf",
             body="Sehr geehrter Herr Breitenbach,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung 2026-0871 vom 22.10.2026 über {total}\n"
                  "war am {duedate} fällig und ist noch offen. Die Rechnung hängen wir Ihnen zur Sicherheit noch einmal an.\n"
                  "Bitte überweisen Sie den Betrag innerhalb der nächsten 7 Tage.\n\nMit freundlichen Grüßen\nPetra Hoffmann",
             why="The business's own payment reminder; the original invoice rides along but the mail is the reminder, not a new invoice.",
             note="Zahlungserinnerung in the body with the original invoice PDF attached unchanged (no copy mark); labelled a reminder."))

    # 57 de-AT: cancellation announced, no document
    c = C("Reisebüro Steinacher GmbH", "Museumstraße 22", "6020 Innsbruck", "buchhaltung@steinacher-reisen.at", "AT",
          tel="0512 58 44 10", bank="Raiffeisen Landesbank Tirol")
    non(dict(lang="de", tool="typed", c=c, rcpt="office@bergschule-tirol.at", to="Bergschule Tirol <office@bergschule-tirol.at>",
             subject="Storno Rechnung 2026-2211", issue=D(2026, 12, 2),
             body="Sehr geehrte Damen und Herren,\n\nwie telefonisch besprochen stornieren wir unsere Rechnung 2026-2211 vom 18.11.2026 über EUR 3.480,00\n"
                  "(Busfahrt Bergschule, 12.–14.02.2027), da die Fahrt abgesagt wurde.\n"
                  "Die Stornorechnung schicken wir Ihnen nach Abschluss der Buchung gesondert zu; bitte überweisen Sie nichts.\n\n"
                  "Mit freundlichen Grüßen\nMag. Verena Steinacher",
             why="Announces a cancellation invoice without the document; nothing is charged.",
             note="Names an invoice number, date and amount, but only to cancel them; no attachment."))

    # 58 de-CH: delivery note with prices
    c = C("Getränke Zürcher Oberland AG", "Industriestrasse 14", "8620 Wetzikon", "versand@getraenke-zo.ch", "CH",
          tel="044 930 12 40", reg="CHE-105.882.190", bank="ZKB")
    non(dict(lang="de", tool="ch-erp", c=c, pages=S_dated, no="LS-5520918", issue=D(2026, 12, 1), due=None, cur="CHF",
             mfmt="ch", sym="code", rate=8.1, title="Lieferschein", L=dict(no="Lieferschein-Nr.", date="Lieferdatum", vat="MWST %s %%", vatid="MWST-Nr."),
             dblock=["Restaurant Sternen", "Bahnhofstrasse 3", "8340 Hinwil"], rcpt="sternen.hinwil@bluewin.ch", to="sternen.hinwil@bluewin.ch",
             line_dfmt="dmy.",
             lines=[L("Mineral mit Kohlensäure 24x0,5 l", 10, 1980, d=D(2026, 12, 1)), L("Apfelschorle 24x0,33 l", 6, 2640, d=D(2026, 12, 1)),
                    L("Lagerbier 20x0,5 l", 8, 3450, d=D(2026, 12, 1)), L("Leergut-Rücknahme", 1, -4200, d=D(2026, 12, 1))],
             pay=["Ware erhalten (Unterschrift): ______________________",
                  "Die Rechnung folgt monatlich als Sammelrechnung."],
             subject="Lieferschein LS-5520918", fname="LS-5520918.pdf",
             body="Guten Tag\n\nIm Anhang der Lieferschein zur heutigen Lieferung.\n\nFreundliche Grüsse\nVersand",
             why="A delivery note with prices; the invoice follows monthly as a collective invoice.",
             note="Lieferschein priced per line with MWST and a total; 'Rechnung folgt'."))

    # 59 nl: a price list
    c = C("Glazenwasserij Helder", "Ambachtsweg 3", "2222 AH Katwijk", "info@glazenwasserijhelder.nl", "NL",
          tel="071 - 402 77 18", reg="KvK 28440197", bank="ING")
    non(dict(lang="nl", tool="newsletter-pdf", c=c, rcpt="winkeliers@katwijk-centrum.nl", to="Winkeliersvereniging Katwijk <winkeliers@katwijk-centrum.nl>",
             issue=D(2026, 12, 1), subject="Tarieven glasbewassing 2027",
             body="Beste ondernemers,\n\nPer 1 januari 2027 gelden onze nieuwe tarieven:\n\n"
                  "Etalage tot 10 m², per beurt ........ € 18,50\nEtalage 10-25 m², per beurt ......... € 29,00\n"
                  "Bovenramen (ladder), per raam ........ € 4,25\nKozijnen reinigen, per strekkende m ... € 1,90\n\n"
                  "Alle prijzen excl. 21% btw. Bij een abonnement van 4 weken geven we 10% korting.\n"
                  "Wij factureren maandelijks achteraf.\n\nMet vriendelijke groet,\nRon Helder",
             why="A price list for next year; no supply has been charged.",
             note="Prices, VAT and billing terms, but no number, no total, no debtor."))

    # 60 en: newsletter with prices (HTML)
    c = C("The Kiln Room", "44 Gloucester Road", "Bristol BS7 8AE", "studio@thekilnroom.co.uk", "GB", bank="Monzo")
    non(dict(lang="en", tool="mailchimp-like", c=c, rcpt="pottery.members@thekilnroom.co.uk", to="Kiln Room members <pottery.members@thekilnroom.co.uk>",
             issue=D(2026, 11, 28), subject="Winter term is open – book your spot ❄",
             html="<html><body><h1>Winter term at The Kiln Room</h1><p>Hello makers!</p>"
                  "<table><tr><td>6-week wheel course</td><td>£195.00</td></tr><tr><td>Taster evening</td><td>£38.00</td></tr>"
                  "<tr><td>Open studio (10 visits)</td><td>£120.00</td></tr></table>"
                  "<p>Early-bird price until 15 December: 10% off. Book and pay online.</p>"
                  "<p><a href=\"https://thekilnroom.co.uk/book\">Book now</a></p><p style=\"font-size:10px\">You receive this because you are a member. Unsubscribe.</p></body></html>",
             why="A newsletter offering courses at listed prices; nobody has bought anything.",
             note="HTML newsletter from the billing address with a price table and 'Book and pay online'."))

    # 61 nl: an inbound supplier invoice forwarded to the bookkeeper
    sup = C("Groothandel Bouwmaat Noord", "Zuiderzeeweg 21", "1095 KJ Amsterdam", "facturen@bouwmaatnoord.nl", "NL",
            reg="KvK 33102774", bank="ING")
    m = dict(lang="nl", tool="forward-to-bookkeeper", c=sup, from_name="Timmerbedrijf Van der Kraan", from_="",
             pages=S_box, no="BN-8811204", issue=D(2026, 11, 20), days=30, sent=D(2026, 11, 27),
             dblock=["Timmerbedrijf Van der Kraan", "Javaplein 12", "1094 HX Amsterdam"],
             lines=[L("Multiplex berken 18 mm 250x122", 14, 6890), L("Constructiehout 45x95 (m)", 120, 385), L("Schroeven RVS (doos)", 6, 2250)],
             pay=["Betaling binnen 30 dagen op {iban} o.v.v. factuurnummer."],
             subject="FW: Factuur BN-8811204 Groothandel Bouwmaat Noord", fname="BN-8811204.pdf",
             rcpt="inkoop@administratiekantoor-zuid.nl", to="Administratiekantoor Zuid <inkoop@administratiekantoor-zuid.nl>",
             body="Hoi Marloes,\n\nKun jij deze inkoopfactuur inboeken? Is al betaald via de bank op 25/11.\n\nGr. Wouter\n\n"
                  "---------- Doorgestuurd bericht ---------\nVan: Groothandel Bouwmaat Noord <facturen@bouwmaatnoord.nl>\n"
                  "Datum: vr 20 nov 2026 om 07:02\nOnderwerp: Factuur BN-8811204\nAan: <info@timmerbedrijfvanderkraan.nl>\n\n"
                  "Geachte klant, bijgaand uw factuur.",
             why="A supplier's invoice to this business, forwarded to its bookkeeper: the business is the debtor here.",
             note="FW: of an inbound purchase invoice from the business's own address to its bookkeeper; the PDF is a full invoice, but not one this business issued.")
    m["from"] = "info@timmerbedrijfvanderkraan.nl"
    non(m)

    # 62 en: asking to confirm the billing address
    c = C("Northwind Signs Ltd", "Unit 2, Canal Wharf", "Leeds LS11 5PS", "accounts@northwindsigns.co.uk", "GB", bank="HSBC")
    non(dict(lang="en", tool="typed", c=c, rcpt="office@greenacre-vets.co.uk", to="Greenacre Vets <office@greenacre-vets.co.uk>",
             issue=D(2026, 11, 27), subject="Quick check – billing details before we invoice",
             body="Hi Priya,\n\nBefore we raise the invoice for the new fascia sign (quote Q-4410, £2,340.00 + VAT), could you confirm:\n\n"
                  "1. the company name and address the invoice should go to (Greenacre Veterinary Group Ltd or the Headingley branch?)\n"
                  "2. whether you need a PO number on it\n3. which email address invoices should be sent to\n\n"
                  "Many thanks,\nLeanne\nAccounts, Northwind Signs",
             why="Asks the customer to confirm billing details; the invoice has not been issued yet.",
             note="Mentions a quote number and an amount + VAT; no invoice."))

    # 63 nl: year-end overview for tax (jaaropgave kinderopvang)
    c = C("Kinderdagverblijf De Boomhut", "Vondellaan 6", "3521 GD Utrecht", "administratie@kdvdeboomhut.nl", "NL",
          reg="KvK 64471209 · LRK 138822051", bank="Rabobank")
    m = dict(lang="nl", tool="jaaropgave", c=c, pages=statement_page, issue=D(2026, 12, 2),
             dblock=["Mevr. R. Aydın en dhr. T. Bakker", "Kanaalweg 88", "3533 HG Utrecht"], rcpt="r.aydin.bakker@gmail.com",
             to="r.aydin.bakker@gmail.com", st_title="Jaaropgave kinderopvang 2026 (voorlopig)",
             st_sub=["Kind: Mila Bakker, geboren 14-03-2023", "Voor uw aanvraag kinderopvangtoeslag; opgesteld {issue}"],
             st_head=["Periode", "Opvangsoort", "Uren", "Uurprijs", "Bedrag"],
             st_rows=[["jan – jun", "Dagopvang", "1.040", "€ 10,25", "€ 10.660,00"], ["jul – dec", "Dagopvang", "1.008", "€ 10,25", "€ 10.332,00"]],
             st_foot=[("Totaal 2026", "€ 20.992,00"), ("Reeds betaald", "€ 20.992,00"), ("Openstaand", "€ 0,00")],
             pay=["Dit is geen factuur. Bewaar deze jaaropgave voor de Belastingdienst/Toeslagen."],
             subject="Jaaropgave 2026 kinderopvang Mila", fname="Jaaropgave_2026_Mila.pdf",
             body="Beste ouders,\n\nIn de bijlage vindt u alvast de voorlopige jaaropgave over 2026 voor de kinderopvangtoeslag.\nDe definitieve volgt in januari.\n\nTeam De Boomhut",
             why="A year-end overview of fees already invoiced and paid, for the tax office.",
             note="Table of hours and amounts with a year total, 'Reeds betaald' and 'Openstaand € 0,00'; says 'Dit is geen factuur'.")
    non(m)

    # 64 de: SEPA direct-debit pre-notification
    c = C("Fitnessstudio Kraftwerk Ost", "Frankfurter Allee 210", "10365 Berlin", "mitglieder@kraftwerk-ost.de", "DE", bank="Berliner Volksbank")
    non(dict(lang="de", tool="typed", c=c, rcpt="jonas.reimann@gmx.net", to="Jonas Reimann <jonas.reimann@gmx.net>", issue=D(2026, 11, 26),
             subject="Vorabinformation SEPA-Lastschrift Dezember",
             body="Hallo Jonas,\n\nwir ziehen den Mitgliedsbeitrag für Dezember 2026 in Höhe von 34,90 € am 01.12.2026 per SEPA-Lastschrift\n"
                  "von deinem Konto DE** **** **** **** **41 07 ein.\nMandatsreferenz: KWO-MG-20417 · Gläubiger-ID: DE98ZZZ00002290417\n\n"
                  "Du musst nichts weiter tun.\n\nSportliche Grüße\nDein Kraftwerk-Team",
             why="A direct-debit pre-notification: the amount is collected by the business itself, nothing to chase.",
             note="Amount, date, mandate reference and creditor ID; the customer's IBAN masked; no invoice."))

    # 65 en: credit-note announcement without the credit note
    c = C("Lantern Print Co.", "17 Baldwin Street", "Bristol BS1 1RU", "accounts@lanternprint.co.uk", "GB", bank="Lloyds")
    non(dict(lang="en", tool="typed", c=c, rcpt="hello@fernandthistle.co.uk", to="Fern & Thistle <hello@fernandthistle.co.uk>",
             issue=D(2026, 11, 30), subject="Re: Invoice LP-2291 - misprinted cards",
             body="Hi Hannah,\n\nSo sorry about the colour on the greetings cards. We'll reprint the 300 cards at no charge and\n"
                  "issue a credit note for £84.00 against invoice LP-2291 once the reprint has shipped.\n"
                  "No need to pay that part of LP-2291 in the meantime.\n\nBest,\nOwen\nLantern Print Co.",
             why="Announces a credit note that is not yet attached; no amount is charged.",
             note="Names an invoice number and a credit amount; 'Re:' thread."))

    # 66 en: thank-you for payment
    c = C("Greenway Gardens Design", "4 Mill Lane", "Cambridge CB2 1RX", "info@greenwaygardens.co.uk", "GB", bank="Starling")
    non(dict(lang="en", tool="freshbooks-like", c=c, rcpt="d.achebe@outlook.com", to="Daniel Achebe <d.achebe@outlook.com>",
             issue=D(2026, 11, 24), subject="Payment received - Invoice 0342",
             body="Hi Daniel,\n\nThank you! We've received your payment of £1,560.00 for invoice 0342 on 23 November 2026.\n\n"
                  "Invoice 0342 - Paid in full\nBalance remaining: £0.00\n\nKind regards,\nGreenway Gardens Design",
             why="A payment confirmation; the invoice is paid in full.",
             note="Invoice number, amount and date, all about a payment received."))

    # 67 nl-BE: order confirmation with a staged payment schedule
    c = C("Renovatie Callewaert BV", "Ieperstraat 77", "8970 Poperinge", "info@renovatie-callewaert.be", "BE",
          tel="057 33 48 19", reg="RPR Gent afd. Ieper", bank="KBC")
    non(dict(lang="nl", tool="word-letter", c=c, rcpt="vandenbussche.lien@telenet.be", to="vandenbussche.lien@telenet.be",
             issue=D(2026, 11, 23), subject="Opdrachtbevestiging renovatie badkamer",
             body="Beste Lien en Pieter,\n\nBedankt voor jullie akkoord op offerte 2026-118. Hierbij bevestigen wij de opdracht:\n\n"
                  "Totaal aanneming: € 18.400,00 excl. 6% btw (renovatie woning ouder dan 10 jaar)\n\n"
                  "Betalingsschijven:\n- 30% bij de start van de werken (voorschotfactuur volgt begin januari)\n"
                  "- 40% na plaatsing sanitair\n- 30% bij oplevering\n\nStart der werken: maandag 11 januari 2027.\n\n"
                  "Met vriendelijke groeten,\nBart Callewaert",
             why="An order confirmation with a payment schedule; each stage will be invoiced separately.",
             note="Flemish: contract sum, 6% VAT and staged percentages; 'voorschotfactuur volgt'."))

    # 68 nl: notice of a new bank account
    c = C("Bakkerij Hofman", "Hoofdstraat 50", "7811 EP Emmen", "administratie@bakkerijhofman.nl", "NL", bank="ING")
    non(dict(lang="nl", tool="typed", c=c, rcpt="inkoop@zorgcentrum-weidesteyn.nl", to="inkoop@zorgcentrum-weidesteyn.nl",
             issue=D(2026, 12, 1), subject="Wijziging rekeningnummer per 1 januari 2027",
             body="Geachte relatie,\n\nPer 1 januari 2027 wijzigt ons rekeningnummer. Wilt u betalingen vanaf die datum overmaken naar:\n\n"
                  "{iban} t.n.v. Bakkerij Hofman B.V.\n\nFacturen die u vóór 1 januari ontvangt kunt u nog op het oude nummer voldoen.\n"
                  "Let op: wij wijzigen dit nooit alleen per e-mail; bel bij twijfel 0591 - 61 22 08.\n\nMet vriendelijke groet,\nAnita Hofman",
             why="A notice of a new bank account; it charges nothing.",
             note="An IBAN and the word 'facturen' but no number, no amount."))

    # 69 en: price increase letter
    c = C("Beacon Bookkeeping", "21 High Street", "Guildford GU1 3DY", "hello@beaconbookkeeping.co.uk", "GB", bank="Metro Bank")
    non(dict(lang="en", tool="typed", c=c, rcpt="info@surreyhillsbikes.co.uk", to="Surrey Hills Bikes <info@surreyhillsbikes.co.uk>",
             issue=D(2026, 11, 25), subject="Your fees from January 2027",
             body="Dear Tom,\n\nI'm writing to let you know that from 1 January 2027 our monthly fee for bookkeeping and VAT returns\n"
                  "will rise from £185.00 to £199.00 + VAT. Your December invoice will still be at the current rate.\n\n"
                  "Thank you for your continued custom.\n\nKind regards,\nRachel Osei\nBeacon Bookkeeping",
             why="A fee increase announcement; no supply is charged.",
             note="Two monthly amounts, a date and 'invoice' in passing."))

    # 70 nl: confirmation of a payment arrangement
    c = C("Tandartspraktijk Oosterpark", "Oosterparkstraat 90", "1092 AN Amsterdam", "administratie@tandartsoosterpark.nl", "NL",
          reg="KvK 34229019", bank="ABN AMRO")
    non(dict(lang="nl", tool="typed", c=c, rcpt="y.benali@live.nl", to="Y. Benali <y.benali@live.nl>", issue=D(2026, 11, 26),
             subject="Bevestiging betalingsregeling nota 2026-30418",
             body="Beste mevrouw Benali,\n\nZoals telefonisch afgesproken bevestigen wij de betalingsregeling voor nota 2026-30418 (€ 1.140,00):\n\n"
                  "- 6 termijnen van € 190,00\n- telkens uiterlijk op de 1e van de maand, eerste termijn 1 december 2026\n"
                  "- overmaken op {iban} o.v.v. 2026-30418\n\nMet vriendelijke groet,\nAdministratie Tandartspraktijk Oosterpark",
             why="Confirms a payment plan for a nota already sent; no new invoice.",
             note="Instalment amounts, a first due date and an IBAN; the nota itself was mailed before."))

    # 71 en: out-of-office auto reply
    c = C("Hillcrest Accounting Services", "8 Castle Street", "Edinburgh EH2 3AT", "invoices@hillcrestaccounting.co.uk", "GB", bank="RBS")
    non(dict(lang="en", tool="auto-reply", c=c, rcpt="ap@lothianjoinery.co.uk", to="ap@lothianjoinery.co.uk", issue=D(2026, 12, 2),
             subject="Automatic reply: Remittance advice 2026-11", hdrs=["Auto-Submitted: auto-replied"],
             body="Thank you for your email. I am out of the office until Monday 7 December 2026 with limited access to email.\n\n"
                  "For invoice queries please call 0131 496 0770. Payments and remittances will be processed on my return.\n\nAlison Reid",
             why="An automatic out-of-office reply from the billing address.",
             note="Auto-Submitted header; mentions invoices and payments."))

    # 72 en: refund confirmation
    c = C("Pebble & Pine Homeware", "Unit 12, Riverside Works", "Sheffield S3 8EN", "orders@pebbleandpine.co.uk", "GB", bank="Barclays")
    non(dict(lang="en", tool="shopify-like", c=c, rcpt="amelia.hart@gmail.com", to="Amelia Hart <amelia.hart@gmail.com>", issue=D(2026, 11, 29),
             subject="Your refund for order #PP10428",
             body="Hi Amelia,\n\nWe've processed your return and refunded £45.00 to your Visa ending 4417.\n"
                  "Refunds usually appear within 5-10 working days.\n\nOrder #PP10428\nReturned: Linen table runner x1 - £45.00\n"
                  "Refund total: £45.00\n\nThanks for shopping with us,\nPebble & Pine",
             why="A refund confirmation: money goes back to the customer.",
             note="Order number, amounts and a total; nothing owed."))

    # 73 de: appointment confirmation with prices
    c = C("Physiotherapie am Stadtpark", "Stadtparkstr. 4", "90409 Nürnberg", "praxis@physio-stadtpark.de", "DE", bank="Sparkasse Nürnberg")
    non(dict(lang="de", tool="terminbestaetigung", c=c, rcpt="s.hartung@posteo.de", to="Sabine Hartung <s.hartung@posteo.de>", issue=D(2026, 11, 30),
             subject="Terminbestätigung Manuelle Therapie",
             body="Guten Tag Frau Hartung,\n\nhiermit bestätigen wir Ihre Termine (Selbstzahlerin):\n\n"
                  "Mo, 07.12.2026, 08:30 Uhr  Manuelle Therapie 30 min  42,00 €\nMo, 14.12.2026, 08:30 Uhr  Manuelle Therapie 30 min  42,00 €\n"
                  "Mo, 21.12.2026, 08:30 Uhr  Manuelle Therapie 30 min  42,00 €\n\n"
                  "Nicht 24 Stunden vorher abgesagte Termine stellen wir in Rechnung. Die Rechnung erhalten Sie nach der Behandlungsserie.\n\n"
                  "Ihr Praxisteam",
             why="An appointment confirmation with prices; the invoice follows after the treatment.",
             note="Dates and prices per line, 'stellen wir in Rechnung'; no invoice yet."))

    # 74 en: subscription renewal notice
    c = C("Fieldnote Software Ltd", "Pearse Street 180", "Dublin 2 D02 X285", "billing@fieldnote.app", "IE", bank="AIB")
    non(dict(lang="en", tool="saas-notice", c=c, rcpt="office@brennanarchitects.ie", to="office@brennanarchitects.ie", issue=D(2026, 12, 1),
             subject="Your Fieldnote Team plan renews on 1 January 2027",
             body="Hi there,\n\nThis is a reminder that your Fieldnote Team plan (5 seats) renews on 1 January 2027.\n"
                  "We will charge €540.00 (incl. VAT) to the card on file ending 0093. Your receipt and invoice will be emailed after the charge.\n\n"
                  "Want to change seats? Manage your plan in Settings > Billing.\n\nThe Fieldnote team",
             why="An upcoming card charge notice; the invoice is issued after the charge.",
             note="Amount, date and 'invoice' mentioned; nothing to pay by transfer."))

    # 75 de: balance confirmation request (Saldenbestätigung)
    c = C("Stahlhandel Wüstefeld GmbH", "Hafenstr. 33", "47119 Duisburg", "buchhaltung@stahl-wuestefeld.de", "DE", bank="Commerzbank")
    non(dict(lang="de", tool="saldenbestaetigung", c=c, rcpt="fibu@metallbau-terhorst.de", to="fibu@metallbau-terhorst.de", issue=D(2026, 12, 2),
             subject="Saldenbestätigung zum 30.11.2026",
             body="Sehr geehrte Damen und Herren,\n\nim Rahmen unserer Jahresabschlussprüfung bitten wir Sie, den folgenden Saldo zu bestätigen:\n\n"
                  "Kunden-Nr. 30417 – Saldo zu unseren Gunsten per 30.11.2026: 12.884,16 €\n(Rechnungen 26-4410, 26-4588, 26-4702)\n\n"
                  "Bitte senden Sie die Bestätigung oder Ihre Abweichungen bis zum 15.12.2026 direkt an unseren Prüfer.\n"
                  "Dies ist keine Zahlungsaufforderung.\n\nMit freundlichen Grüßen\nStahlhandel Wüstefeld GmbH\nBuchhaltung",
             why="A balance confirmation request for the auditors; it explicitly asks for no payment.",
             note="A balance, invoice numbers and a date; 'keine Zahlungsaufforderung'."))


def main():
    invoices()
    noninvoices()
    out = []
    for r in RECORDS:
        r.pop("_m", None)
        for pg in r.get("pdf", {}).get("pages", []):
            pg["items"] = [it for it in pg["items"] if it["text"].strip()]
        out.append(r)
    mk.write(OUT, out)
    print(len(out), "records")


if __name__ == "__main__":
    main()
