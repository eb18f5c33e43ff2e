"""heldout6: a sixth blind held-out set of invoice mails (50 invoices, 25 mails from a
billing address that are not invoices), written without reading the reader's code or the
other sets' generators and records.  Seeded; run it to write ../heldout6.jsonl.

    python3 corpus/invoices/gen/heldout6.py

Amounts and dates are computed here and then printed; check() runs on every write."""
import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import random
import re
import sys
from email.header import Header
from email.utils import formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import Page  # noqa: E402

SEED = 6062026
rng = random.Random(SEED)
D = dt.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout6.jsonl")


# ---------------------------------------------------------------- identifiers

def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mkiban(country):
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    if country == "AT":
        return iban_of("AT", digits(16))
    if country == "CH":
        return iban_of("CH", "00" + digits(3) + digits(12))
    if country == "QRCH":
        return iban_of("CH", "30" + digits(3) + digits(12))
    if country == "IE":
        return iban_of("IE", rng.choice(["AIBK", "BOFI"]) + digits(14))
    raise ValueError(country)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def be_structured():
    base = int(digits(10))
    c = base % 97 or 97
    s = "%010d%02d" % (base, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rf_ref(core):
    d_ = "".join(str(int(c, 36)) for c in core + "RF00")
    return "RF%02d%s" % (98 - int(d_) % 97, core)


def qr_ref():
    body = digits(26)
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body:
        carry = table[(carry + int(ch)) % 10]
    return body + str((10 - carry) % 10)


def qr_spaced(r):
    return r[:2] + " " + " ".join(r[k:k + 5] for k in range(2, 27, 5))


def betalingskenmerk():
    """16 digits, the first a check digit over the other 15 (weights 2,4,8,5,10,9,7,3,6,1...)."""
    body = digits(15)
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    s = sum(int(c) * w[k] for k, c in enumerate(reversed(body)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + body


def grp4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


# ---------------------------------------------------------------- money

SYM = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "NOK": "kr", "JPY": "¥"}


def num(c, style):
    if style == "jpy":
        return "{:,}".format(abs(c))
    return mk.money(abs(c), style)


def fm(c, fmt, cur="EUR"):
    """Amount as printed; fmt: nl (€ 1.234,56), nl0 (€1.234,56), de (1.234,56 €),
    deeur (1.234,56 EUR), en (£1,234.56), encode (GBP 1,234.56), ch (CHF 1'234.55),
    chplain (1'234.55), plainnl (1.234,56), plainen (1,234.56), jpy (¥123,456), nok (NOK 12 345,00)."""
    neg = "-" if c < 0 else ""
    s = SYM.get(cur, cur)
    if fmt == "nl":
        return "%s%s %s" % (neg, s, num(c, "nl")) if cur == "EUR" else "%s%s %s" % (neg, cur, num(c, "nl"))
    if fmt == "nl0":
        return "%s%s%s" % (neg, s, num(c, "nl"))
    if fmt == "nlneg":  # € -1.234,56
        return "%s %s%s" % (s, neg, num(c, "nl"))
    if fmt == "de":
        return "%s%s %s" % (neg, num(c, "de"), s)
    if fmt == "deeur":
        return "%s%s %s" % (neg, num(c, "de"), cur)
    if fmt == "en":
        return "%s%s%s" % (neg, s, num(c, "en"))
    if fmt == "encode":
        return "%s%s %s" % (neg, cur, num(c, "en"))
    if fmt == "ch":
        return "%sCHF %s" % (neg, num(c, "ch"))
    if fmt == "chplain":
        return neg + num(c, "ch")
    if fmt == "plainnl":
        return neg + num(c, "nl")
    if fmt == "plainen":
        return neg + num(c, "en")
    if fmt == "jpy":
        return "%s¥%s" % (neg, num(c, "jpy"))
    if fmt == "nok":
        return "%sNOK %s" % (neg, num(c, "sp"))
    raise ValueError(fmt)


def rnd(x):
    """Round half up to whole cents."""
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def calc(lines, paid=0, rounding=0):
    """lines: (desc, qty, unit_cents, vat_rate).  Returns dict with line amounts, net,
    VAT per rate, total, paid and due (all positive; a credit note negates later)."""
    rows = []
    base = {}
    for desc, q, p, v in lines:
        a = rnd(q * p)
        rows.append((desc, q, p, v, a))
        base[v] = base.get(v, 0) + a
    vat = {r: rnd(b * r / 100.0) for r, b in base.items()}
    net = sum(base.values())
    total = net + sum(vat.values()) + rounding
    return {"rows": rows, "base": base, "vat": vat, "net": net, "total": total,
            "paid": paid, "due": total - paid, "rounding": rounding}


def qty(q, lang):
    if float(q).is_integer():
        return "%d" % q
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if lang in ("nl", "de") else s


def pct(r, lang):
    if lang == "ch":
        return qty(r, "en") + " %"
    s = qty(r, lang)
    return s + " %" if lang != "en" else s + "%"


# ---------------------------------------------------------------- headers

def dn(name):
    """A display name for a header: RFC 2047 when not ASCII, quoted when it needs it."""
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"%s"' % name.replace('"', '\\"')
    return name


def addr(name, a):
    return "%s <%s>" % (dn(name), a) if name else a


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def add_part(eml, part):
    """Put one more MIME part (e.g. the UBL file) before the closing boundary."""
    b = re.search(r'boundary="([^"]+)"', eml).group(1)
    end = "--%s--\n" % b
    assert eml.endswith(end)
    return eml[:-len(end)] + "--%s\n%s\n" % (b, part) + end


def xml_part(xml, filename):
    b64 = base64.encodebytes(xml.encode("utf-8")).decode("ascii")
    return ("Content-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s" % (filename, filename, b64.rstrip("\n")))


# ---------------------------------------------------------------- PDF helpers

def block(p, x, y, lines, size=10, lead=13, bold_first=False):
    for k, s in enumerate(lines):
        if s:
            p.text(x, y + k * lead, s, size, bold_first and k == 0)
    return y + len(lines) * lead


def kv(p, x, y, pairs, dx=95, size=9, lead=13, right_x=None, bold_labels=False):
    for k, (a, b) in enumerate(pairs):
        p.text(x, y + k * lead, a, size, bold_labels)
        if right_x:
            p.right(right_x, y + k * lead, b, size)
        else:
            p.text(x + dx, y + k * lead, b, size)
    return y + len(pairs) * lead


def table(p, y, cols, rows, size=9, lead=14, rule=True, head_bold=True, x0=56, x1=539, rule_top=False):
    """cols: (header, x, align); rows: lists of strings (None leaves a cell empty)."""
    if rule_top:
        p.rule(x0, y - 11, x1, y - 11)
    for h, x, al in cols:
        p.text(x, y, h, size, head_bold, al)
    if rule:
        p.rule(x0, y + 4, x1, y + 4)
    y += lead + 2
    for r in rows:
        for (h, x, al), cell in zip(cols, r):
            if cell is not None:
                p.text(x, y, cell, size, False, al)
        y += lead
    return y


def wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


def para(p, x, y, s, n=95, size=9, lead=12):
    for k, line in enumerate(wrap(s, n)):
        p.text(x, y + k * lead, line, size)
    return y + len(wrap(s, n)) * lead


def pdf_text(pages):
    return "\n".join(it["text"] for pg in pages for it in pg.items)


def ddate(d, style, lang):
    if style == "us-num":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "dm.y":  # 3.11.2026
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "d-m-y":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    if style == "at-long":
        m = mk.MONTHS["de"][d.month - 1].replace("Januar", "Jänner")
        return "%d. %s %d" % (d.day, m, d.year)
    if style == "jp":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "short-nl":
        return "%d %s %d" % (d.day, mk.MONTHS["nl"][d.month - 1][:3], d.year)
    if style == "en-ord":
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "%d%s %s %d" % (d.day, sfx, mk.MONTHS["en"][d.month - 1], d.year)
    return mk.date(d, style, lang)


# ---------------------------------------------------------------- invoices

class V:
    """One invoice: its facts, computed amounts and dates; a layout prints it."""

    def __init__(self, **kw):
        self.__dict__.update(kw)
        if getattr(self, "rounding", 0) == "ch":
            t0 = calc(self.lines)["total"]
            self.rounding = rnd(t0 / 5.0) * 5 - t0
        self.c = calc(self.lines, 0, getattr(self, "rounding", 0))
        if callable(self.paid):
            self.paid = self.paid(self.c["total"])
        self.c = calc(self.lines, self.paid, getattr(self, "rounding", 0))
        self.sign = -1 if self.credit else 1
        self.sent = self.issue + dt.timedelta(days=self.delay)
        if self.due is None and self.term is not None:
            self.due = self.issue + dt.timedelta(days=self.term)
        if self.credit:
            self.due = None

    def m(self, c, fmt=None):
        return fm(self.sign * c, fmt or self.fmt, self.cur)


def totals(p, y, v, lab, xl=330, xr=539, size=9, lead=14, fmt=None, rule=True, bold_total=True):
    """lab: sub, vat (with %s for the rate), total, paid, due; None leaves a row out."""
    c = v.c
    if rule:
        p.rule(xl, y - 10, xr, y - 10)
    if lab.get("sub"):
        p.text(xl, y, lab["sub"], size)
        p.right(xr, y, v.m(c["net"], fmt), size)
        y += lead
    for r in sorted(c["vat"], reverse=True):
        if lab.get("vat") is None or getattr(v, "novat", False):
            break
        t = lab["vat"] % pct(r, "ch" if v.cur == "CHF" else v.lang) if "%s" in lab["vat"] else lab["vat"]
        if lab.get("vat_base"):
            t += lab["vat_base"] % v.m(c["base"][r], fmt)
        p.text(xl, y, t, size)
        p.right(xr, y, v.m(c["vat"][r], fmt), size)
        y += lead
    if c["rounding"]:
        p.text(xl, y, lab.get("round", "Rundung"), size)
        p.right(xr, y, v.m(c["rounding"], fmt), size)
        y += lead
    p.text(xl, y, lab["total"], size + (1 if bold_total else 0), bold_total)
    p.right(xr, y, v.m(c["total"], fmt), size + (1 if bold_total else 0), bold_total)
    y += lead
    if c["paid"]:
        p.text(xl, y, lab["paid"], size)
        p.right(xr, y, fm(-v.sign * c["paid"], fmt or v.fmt, v.cur), size)
        y += lead
        if rule:
            p.rule(xl, y - 10, xr, y - 10)
        p.text(xl, y, lab["due"], size + 1, True)
        p.right(xr, y, v.m(c["due"], fmt), size + 1, True)
        y += lead
    return y


def plain(v, c):
    if v.cur == "JPY":
        return ("-" if v.sign < 0 else "") + num(c, "jpy")
    return fm(v.sign * c, "plainnl" if v.lang != "en" else "plainen")


def line_rows(v, cols, fmt=None, vatfmt=None):
    """cells per row for keys: desc, qty, unit, vat, amount."""
    out = []
    for desc, q, pr, r, a in v.c["rows"]:
        row = []
        for k in cols:
            row.append({"desc": desc, "qty": qty(q, "en" if v.cur == "CHF" else v.lang), "unit": v.m(pr, fmt),
                        "vat": (vatfmt or "%s") % pct(r, "ch" if v.cur == "CHF" else v.lang), "amount": v.m(a, fmt),
                        "unitn": plain(v, pr), "amountn": plain(v, a)}[k])
        out.append(row)
    return out


def footer(p, v, cols, y=790, size=7):
    """Footer columns of lines at the page bottom."""
    for x, lines in cols:
        for k, s in enumerate(lines):
            p.text(x, y + k * 9, s, size)


# ---------------------------------------------------------------- layouts (Dutch)

def L_rompslomp(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 17, True)
    block(p, 539 - 150, 50, [s["street"], s["city"], s["phone"], s["email"]], 8, 10)
    p.text(56, 175, "Factuur", 22, True)
    p.text(56, 210, "Factuur aan", 8, True)
    block(p, 56, 224, v.to, 10, 13)
    p.text(330, 210, "Factuurgegevens", 8, True)
    kv(p, 330, 224, [("Factuurnummer", v.number), ("Factuurdatum", ddate(v.issue, "dmy-", "nl")),
                     ("Vervaldatum", ddate(v.due, "dmy-", "nl"))], dx=85)
    y = table(p, 320, [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 400, "right"),
                       ("Btw", 450, "right"), ("Totaal", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "vat", "amount"]), rule_top=True)
    y = totals(p, y + 20, v, {"sub": "Subtotaal", "vat": "Btw %s", "total": "Totaal",
                              "paid": v.paid_label, "due": "Openstaand"})
    y = para(p, 56, y + 25, "Wij verzoeken u vriendelijk het openstaande bedrag van %s vóór %s over te "
             "maken op %s t.n.v. %s, onder vermelding van het factuurnummer."
             % (v.m(v.c["due"]), ddate(v.due, "dmy-", "nl"), mk.iban_spaced(s["iban"]), s["holder"]))
    footer(p, v, [(56, [s["name"], "KvK " + s["kvk"]]), (230, ["Btw-id " + s["btw"], "IBAN " + mk.iban_spaced(s["iban"])]),
                  (420, [s["web"]])])
    body = ("%s,\n\nIn de bijlage vindt u factuur %s voor %s.\n\nMet vriendelijke groet,\n\n%s\n%s\n%s"
            % (v.greet, v.number, v.about, s["who"], s["name"], s["phone"]))
    return dict(pages=[p], fn="Factuur %s.pdf" % v.number, body=body,
                subject="Factuur %s van %s" % (v.number, s["name"]))


def L_tellow(v):
    s, p = v.s, Page()
    p.text(539, 62, s["name"], 14, True, "right")
    block(p, 539, 76, [], 8)
    for k, t in enumerate([s["street"], s["city"], s["email"], "KvK: " + s["kvk"], "Btw: " + s["btw"]]):
        p.right(539, 76 + k * 10, t, 8)
    block(p, 56, 150, v.to, 10, 13)
    p.text(56, 250, "FACTUUR " + v.number, 14, True)
    p.text(56, 268, "Datum: " + ddate(v.issue, "long", "nl"), 9)
    p.text(250, 268, "Betalingstermijn: %d dagen" % v.term, 9)
    y = table(p, 305, [("Omschrijving", 56, "left"), ("Uren/aantal", 340, "right"), ("Tarief", 420, "right"),
                       ("Bedrag", 539, "right")], line_rows(v, ["desc", "qty", "unit", "amount"]))
    y = totals(p, y + 18, v, {"sub": "Totaal excl. btw", "vat": "Btw %s", "total": "Totaal incl. btw"})
    y = para(p, 56, y + 30, "Graag ontvang ik het totaalbedrag binnen %d dagen na factuurdatum op rekeningnummer "
             "%s ten name van %s. Vermeld bij de betaling het factuurnummer." % (v.term, mk.iban_spaced(s["iban"]), s["holder"]))
    p.text(56, 800, "Deze factuur is gemaakt met Tellow", 7)
    body = ("%s\n\nHierbij stuur ik je de factuur voor %s. Je vindt hem als pdf in de bijlage.\n\n"
            "Groetjes,\n%s\n\n--\n%s | %s" % (v.greet, v.about, s["who"], s["name"], s["phone"]))
    return dict(pages=[p], fn="factuur-%s.pdf" % v.number.lower(), body=body,
                subject="Factuur %s" % v.number)


def L_gripp(v):
    s, p = v.s, Page()
    p.rule(0, 30, 595, 30)
    p.text(56, 70, s["name"].upper(), 15, True)
    p.text(56, 84, "%s  ·  %s  ·  %s" % (s["street"], s["city"], s["web"]), 8)
    # window with a debtor number beside the name
    block(p, 56, 150, v.to, 10, 13)
    p.right(539, 150, "Debiteurnr. %s" % v.debno, 9)
    p.text(56, 245, "Factuur", 18, True)
    hdr = [("Factuurnummer", 56), ("Datum", 170), ("Project", 260), ("Uw referentie", 400)]
    vals = [v.number, ddate(v.issue, "dmy-", "nl"), v.project, v.yourref]
    for (h, x), val in zip(hdr, vals):
        p.text(x, 270, h, 8, True)
        p.text(x, 283, val, 9)
    p.rule(56, 290, 539, 290)
    cols = [("Datum", 56, "left"), ("Medewerker", 115, "left"), ("Omschrijving", 200, "left"),
            ("Uren", 400, "right"), ("Tarief", 460, "right"), ("Bedrag", 539, "right")]
    rows = []
    for (desc, q, pr, r, a), (d_, who) in zip(v.c["rows"], v.hours):
        rows.append([d_, who, desc, qty(q, "nl"), v.m(pr), v.m(a)])
    y = table(p, 315, cols, rows, size=8, lead=13)
    y = totals(p, y + 18, v, {"sub": "Totaal exclusief btw", "vat": "Btw %s", "total": "Totaal inclusief btw"})
    y = para(p, 56, y + 28, "Wij verzoeken u het totaalbedrag binnen %d dagen na factuurdatum over te maken op "
             "IBAN %s (BIC %s) t.n.v. %s, o.v.v. het factuurnummer." % (v.term, s["iban"], s["bic"], s["holder"]))
    footer(p, v, [(56, ["KvK %s" % s["kvk"], "Btw %s" % s["btw"]]), (300, [s["email"], s["phone"]])])
    body = ("%s,\n\nBijgaand de factuur voor de werkzaamheden van %s aan het project \"%s\".\n"
            "Een urenspecificatie staat op de factuur zelf.\n\nMocht u vragen hebben, laat het gerust weten.\n\n"
            "Met vriendelijke groet,\n\n%s\nProjectmanager | %s\nT %s\n"
            % (v.greet, v.period, v.project, s["who"], s["name"], s["phone"]))
    return dict(pages=[p], fn="%s.pdf" % v.number, body=body, subject="Factuur %s - %s" % (v.number, v.project))


def L_wefact(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 15, True)
    for k, t in enumerate([s["street"], s["city"], "Tel. " + s["phone"], s["email"]]):
        p.text(56, 74 + k * 10, t, 8)
    for k, t in enumerate(["KvK-nummer: " + s["kvk"], "Btw-nummer: " + s["btw"], "IBAN: " + s["iban"], "BIC: " + s["bic"]]):
        p.right(539, 74 + k * 10, t, 8)
    block(p, 56, 160, v.to, 10, 13)
    title = "Creditfactuur" if v.credit else "Factuur"
    p.text(56, 260, title, 16, True)
    pairs = [("Factuurnummer:", v.number), ("Factuurdatum:", ddate(v.issue, "dmy-", "nl")),
             ("Debiteurnummer:", v.debno)]
    if v.credit:
        pairs.append(("Betreft factuur:", v.orig))
    else:
        pairs.append(("Vervaldatum:", ddate(v.due, "dmy-", "nl")))
    kv(p, 330, 250, pairs, dx=95)
    y = table(p, 325, [("Aantal", 56, "left"), ("Omschrijving", 100, "left"), ("Prijs per stuk", 400, "right"),
                       ("Bedrag", 539, "right")], line_rows(v, ["qty", "desc", "unit", "amount"]))
    y = totals(p, y + 18, v, {"sub": "Subtotaal", "vat": "%s btw", "total": "Totaal"})
    if v.credit:
        y = para(p, 56, y + 30, "Het bedrag van deze creditfactuur wordt binnen 5 werkdagen teruggestort op het "
                 "rekeningnummer waarvan wij uw betaling hebben ontvangen.")
    else:
        p.rule(56, y + 20, 539, y + 20)
        p.text(56, y + 36, "Te betalen voor %s" % ddate(v.due, "dmy-", "nl"), 10, True)
        y = para(p, 56, y + 52, "Maak het bedrag van %s over op %s t.n.v. %s onder vermelding van "
                 "betalingskenmerk %s." % (v.m(v.c["due"]), s["iban"], s["holder"], v.ref_printed))
    if v.credit:
        body = ("%s,\n\nZoals besproken hebben wij factuur %s gecrediteerd. In de bijlage vindt u "
                "creditfactuur %s.\n\nMet vriendelijke groet,\n\n%s\n%s" % (v.greet, v.orig, v.number, s["who"], s["name"]))
        sub = "Creditfactuur %s" % v.number
    else:
        body = ("%s,\n\nBijgaand ontvangt u factuur %s. Wij verzoeken u het bedrag van %s voor %s te "
                "voldoen.\n\nU kunt de factuur ook online bekijken in ons klantenpaneel.\n\nMet vriendelijke groet,\n\n"
                "%s\n%s" % (v.greet, v.number, v.m(v.c["due"]), ddate(v.due, "dmy-", "nl"), s["who"], s["name"]))
        sub = "Factuur %s" % v.number
    return dict(pages=[p], fn="%s %s.pdf" % (title, v.number), body=body, subject=sub)


def L_snelstart(v):
    s, p = v.s, Page()
    p.text(300, 56, s["name"], 14, True)
    block(p, 300, 70, [s["street"], s["city"], "Telefoon " + s["phone"], s["email"]], 8, 10)
    p.text(56, 80, "FACTUUR", 20, True)
    block(p, 56, 160, v.to, 10, 13)
    # boxed details
    p.rule(330, 150, 539, 150)
    p.rule(330, 216, 539, 216)
    p.rule(330, 150, 330, 216)
    p.rule(539, 150, 539, 216)
    kv(p, 338, 164, [("Factuurnummer", v.number), ("Factuurdatum", ddate(v.issue, "dmy-", "nl")),
                     ("Relatienummer", v.debno), ("Betalingsconditie", v.cond), ("Leverdatum", ddate(v.deliv, "dmy-", "nl"))],
       dx=95, size=8, lead=12)
    y = table(p, 270, [("Artikelcode", 56, "left"), ("Omschrijving", 125, "left"), ("Aantal", 350, "right"),
                       ("Prijs", 410, "right"), ("Btw", 450, "right"), ("Bedrag", 539, "right")],
              [[code] + r for code, r in zip(v.codes, line_rows(v, ["desc", "qty", "unitn", "vat", "amountn"]))],
              size=8, lead=13)
    y += 15
    p.text(56, y, "Btw-specificatie", 8, True)
    y2 = y + 13
    p.text(56, y2, "Grondslag", 8)
    p.text(140, y2, "Btw %", 8)
    p.text(200, y2, "Btw-bedrag", 8)
    for k, r in enumerate(sorted(v.c["vat"])):
        p.text(56, y2 + 13 * (k + 1), fm(v.c["base"][r], "plainnl"), 8)
        p.text(140, y2 + 13 * (k + 1), qty(r, "nl"), 8)
        p.text(200, y2 + 13 * (k + 1), fm(v.c["vat"][r], "plainnl"), 8)
    totals(p, y, v, {"sub": "Totaal excl. btw", "vat": "Btw %s", "total": "Te betalen"}, fmt="nl")
    para(p, 56, 700, "Betaling binnen %d dagen na factuurdatum op %s t.n.v. %s. Op al onze leveringen zijn "
         "onze algemene voorwaarden van toepassing." % (v.term, mk.iban_spaced(s["iban"]), s["holder"].rstrip(".")), size=8)
    footer(p, v, [(56, ["KvK " + s["kvk"], "Btw " + s["btw"]]), (300, ["IBAN " + mk.iban_spaced(s["iban"]), "BIC " + s["bic"]])])
    body = ("Geachte relatie,\n\nIn de bijlage treft u factuur %s aan.\n\nMet vriendelijke groet,\n%s\n\n"
            "Dit bericht is automatisch verzonden vanuit SnelStart." % (v.number, s["name"]))
    return dict(pages=[p], fn="Factuur_%s.pdf" % v.number, body=body, subject="Factuur %s" % v.number)


def L_informer(v):
    s, p = v.s, Page()
    p.text(56, 56, s["name"], 13, True)
    p.text(56, 70, "%s, %s" % (s["street"], s["city"]), 8)
    p.text(56, 230, "Factuur", 15, True)
    # Informer: the details on the left, the address on the right, under a label
    kv(p, 56, 150, [("Factuurnummer", v.number), ("Datum", ddate(v.issue, "dmy-", "nl")),
                    ("Klantnummer", v.debno)], dx=85)
    p.text(320, 140, "Factuuradres", 8, True)
    block(p, 320, 154, v.to, 10, 13)
    y = table(p, 270, [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 400, "right"),
                       ("Totaal", 470, "right"), ("Btw", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "amount", "vat"]))
    y = totals(p, y + 20, v, {"sub": "Subtotaal", "vat": "Btw %s over", "vat_base": " %s", "total": "Totaal te betalen"})
    y = para(p, 56, y + 30, "Betaaltermijn: %s. Gelieve het totaalbedrag over te maken naar %s t.n.v. %s "
             "o.v.v. factuurnummer %s." % (v.cond, mk.iban_spaced(s["iban"]), s["holder"], v.number))
    footer(p, v, [(56, [s["email"], s["phone"]]), (300, ["KvK " + s["kvk"], "Btw " + s["btw"]])])
    body = ("%s\n\nHartelijk dank voor uw bezoek. Bijgaand sturen wij u de factuur %s.\n\n"
            "Met vriendelijke groet,\n%s\n%s" % (v.greet, v.number, s["who"], s["name"]))
    return dict(pages=[p], fn="Factuur-%s.pdf" % v.number, body=body, subject="Uw factuur %s" % v.number)


def L_eboek(v):
    s, p = v.s, Page()
    p.text(297, 52, s["name"], 14, True, "left")
    p.text(297, 66, "%s | %s | %s" % (s["street"], s["city"], s["phone"]), 8)
    block(p, 56, 140, [s["name"] + " · " + s["street"] + " · " + s["city"]], 6)
    p.rule(56, 143, 280, 143)
    # the debtor's name with its number beside it on the same line
    p.text(56, 160, v.to[0], 10)
    p.text(240, 160, "(deb.nr. %s)" % v.debno, 8)
    block(p, 56, 173, v.to[1:], 10, 13)
    p.text(56, 260, "Factuur %s" % v.number, 14, True)
    kv(p, 56, 280, [("Factuurdatum", ddate(v.issue, "long", "nl")), ("Vervaldatum", ddate(v.due, "long", "nl")),
                    ("Betalingskenmerk", v.ref_printed)], dx=110)
    y = table(p, 340, [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Stukprijs", 400, "right"),
                       ("Btw", 450, "right"), ("Bedrag", 539, "right")], line_rows(v, ["desc", "qty", "unit", "vat", "amount"]))
    y = totals(p, y + 20, v, {"sub": "Totaal exclusief btw", "vat": "Btw %s", "total": "Totaal"})
    para(p, 56, y + 30, "Wilt u bij betaling het betalingskenmerk vermelden? Wij verzoeken u het bedrag uiterlijk "
         "op de vervaldatum over te maken op %s (BIC %s) ten name van %s." % (mk.iban_spaced(s["iban"]), s["bic"], s["holder"]))
    footer(p, v, [(56, ["KvK " + s["kvk"] + " · Btw " + s["btw"] + " · " + s["email"]])])
    body = ("%s\n\nHierbij ontvangt u onze factuur %s, met het betalingskenmerk %s.\n\n"
            "Vriendelijke groeten,\n%s\n%s\n" % (v.greet, v.number, v.ref_printed, s["who"], s["name"]))
    return dict(pages=[p], fn="Factuur_%s.pdf" % v.number, body=body, subject="Factuur %s" % v.number)


def L_libre_be(v):
    """A Flemish LibreOffice Writer letter: place and date, 'Aan', structured reference."""
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 12, True)
    block(p, 56, 74, [s["street"], s["city"], ("GSM " if s["phone"].startswith("04") else "Tel. ") + s["phone"], "Ondernemingsnr. " + s["kvk"], "BTW " + s["btw"]], 9, 11)
    p.text(330, 150, "Aan:", 9)
    block(p, 330, 164, v.to, 10, 13)
    p.text(56, 260, "%s, %s" % (s["place"], ddate(v.issue, "long", "nl")), 10)
    p.text(56, 290, "FACTUUR nr. %s" % v.number, 12, True)
    p.text(56, 310, v.intro, 10)
    y = 335
    for desc, q, pr, r, a in v.c["rows"]:
        p.text(70, y, "- %s" % desc, 10)
        p.right(539, y, v.m(a), 10)
        y += 14
    y += 10
    y = totals(p, y, v, {"sub": "Totaal excl. BTW", "vat": "BTW %s", "total": "Totaal incl. BTW",
                         "paid": v.paid_label, "due": "Saldo te betalen"}, xl=300, size=10, lead=15)
    y += 20
    p.text(56, y, "Vervaldag: %s" % ddate(v.due, "dmy/", "nl"), 10)
    p.text(56, y + 15, "Gelieve te storten op rekening %s (BIC %s)" % (mk.iban_spaced(s["iban"]), s["bic"]), 10)
    p.text(56, y + 30, "met gestructureerde mededeling %s" % v.ref_printed, 10)
    if v.note_vat:
        para(p, 56, y + 55, v.note_vat, n=100, size=8)
    p.text(56, 780, "Met vriendelijke groeten,", 10)
    p.text(56, 795, s["who"], 10)
    return dict(pages=[p], fn="factuur %s.pdf" % v.number, body=v.body, subject=v.subject)


def L_jortt(v):
    s, p = v.s, Page()
    p.text(56, 50, "%s   %s   %s   %s" % (s["name"], s["street"] + ", " + s["city"], s["email"], s["phone"]), 8)
    p.rule(56, 56, 539, 56)
    p.text(56, 110, "Factuur", 26, True)
    p.text(56, 150, "Aan", 8, True)
    block(p, 56, 163, v.to, 10, 13)
    p.text(300, 150, "Factuurnummer", 8, True)
    p.text(300, 163, v.number, 10)
    p.text(420, 150, "Datum", 8, True)
    p.text(420, 163, ddate(v.issue, "short-nl", "nl"), 10)
    p.text(300, 185, "Betaaltermijn", 8, True)
    p.text(300, 198, "%d dagen" % v.term, 10)
    y = table(p, 270, [("Omschrijving", 56, "left"), ("Aantal", 340, "right"), ("Bedrag", 420, "right"),
                       ("Totaal", 539, "right")], line_rows(v, ["desc", "qty", "unit", "amount"]))
    y = totals(p, y + 18, v, {"sub": "Subtotaal", "vat": "Btw %s", "total": "Totaal"})
    para(p, 56, y + 25, "Betaal binnen %d dagen op %s t.n.v. %s o.v.v. %s." % (v.term, s["iban"], s["holder"], v.number))
    footer(p, v, [(56, ["KvK %s  ·  Btw-id %s" % (s["kvk"], s["btw"])])], y=810)
    body = ("%s,\n\nHierbij de factuur voor %s. Alvast bedankt!\n\n%s" % (v.greet, v.about, s["who"]))
    return dict(pages=[p], fn="Factuur %s.pdf" % v.number, body=body, subject="Factuur %s" % v.number)


def L_moneybird(v):
    s, p = v.s, Page()
    p.right(539, 60, s["name"], 16, True)
    for k, t in enumerate([s["street"], s["city"], s["email"], s["web"]]):
        p.right(539, 76 + k * 10, t, 8)
    block(p, 56, 150, v.to, 10, 13)
    p.text(56, 245, v.title, 18, True)
    lab = v.labels
    kv(p, 56, 270, [(lab[0], v.number), (lab[1], ddate(v.issue, v.dstyle, v.lang)), (lab[2], ddate(v.due, v.dstyle, v.lang))], dx=100)
    y = table(p, 330, [(lab[3], 56, "left"), (lab[4], 320, "right"), (lab[5], 400, "right"), (lab[6], 450, "right"),
                       (lab[7], 539, "right")], line_rows(v, ["desc", "qty", "unit", "vat", "amount"]))
    y = totals(p, y + 18, v, v.tlab)
    y = para(p, 56, y + 30, v.paytext)
    footer(p, v, [(56, [s["name"], "KvK " + s["kvk"]]), (230, ["IBAN " + s["iban"], "BIC " + s["bic"]]),
                  (420, [("BTW " if v.lang == "nl" else "VAT ") + s["btw"]])])
    out = dict(pages=[p], fn="%s %s.pdf" % (v.fnword, v.number), body=v.body, subject=v.subject,
               html=getattr(v, "html", None))
    if v.kind == "pdf+ubl":
        out.update(ubl=ubl(v, s["name"], v.debtor_name), ublfn="%s %s.xml" % (v.fnword, v.number))
    return out


def ubl(v, supplier_name, customer_name, paymeans="58"):
    c = v.c
    cur = v.cur
    a = lambda x: "%.2f" % (x / 100.0)
    taxsubs = "".join(
        "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"{cur}\">{b}</cbc:TaxableAmount>"
        "<cbc:TaxAmount currencyID=\"{cur}\">{t}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"
        "<cbc:Percent>{r}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>"
        "</cac:TaxSubtotal>".format(cur=cur, b=a(c["base"][r]), t=a(c["vat"][r]), r=qty(r, "en"))
        for r in sorted(c["base"]))
    lines = "".join(
        "<cac:InvoiceLine><cbc:ID>{n}</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">{q}</cbc:InvoicedQuantity>"
        "<cbc:LineExtensionAmount currencyID=\"{cur}\">{amt}</cbc:LineExtensionAmount><cac:Item><cbc:Name>{d}</cbc:Name>"
        "<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>{r}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID>"
        "</cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID=\"{cur}\">{pr}"
        "</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n".format(
            n=k + 1, q=qty(q, "en"), cur=cur, amt=a(am), d=html.escape(desc), r=qty(r, "en"), pr=a(pr))
        for k, (desc, q, pr, r, am) in enumerate(c["rows"]))
    pid = "<cbc:PaymentID>%s</cbc:PaymentID>" % v.ref if v.ref else ""
    prepaid = "<cbc:PrepaidAmount currencyID=\"%s\">%s</cbc:PrepaidAmount>" % (cur, a(c["paid"])) if c["paid"] else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0</cbc:CustomizationID>
<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
<cbc:ID>{num}</cbc:ID>
<cbc:IssueDate>{iss}</cbc:IssueDate>
<cbc:DueDate>{due}</cbc:DueDate>
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>
<cbc:BuyerReference>{bref}</cbc:BuyerReference>
<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>{sup}</cbc:Name></cac:PartyName><cac:PartyTaxScheme><cbc:CompanyID>{btw}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyLegalEntity><cbc:RegistrationName>{sup}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>{cus}</cbc:Name></cac:PartyName><cac:PartyLegalEntity><cbc:RegistrationName>{cus}</cbc:RegistrationName></cac:PartyLegalEntity><cac:Contact><cbc:ElectronicMail>{mail}</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>{pm}</cbc:PaymentMeansCode>{pid}<cac:PayeeFinancialAccount><cbc:ID>{iban}</cbc:ID><cbc:Name>{holder}</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount currencyID="{cur}">{vat}</cbc:TaxAmount>{taxsubs}</cac:TaxTotal>
<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="{cur}">{net}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="{cur}">{net}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="{cur}">{tot}</cbc:TaxInclusiveAmount>{prepaid}<cbc:PayableAmount currencyID="{cur}">{due}a</cbc:PayableAmount></cac:LegalMonetaryTotal>
{lines}</Invoice>
""".replace("{due}a", a(c["due"])).format(
        num=v.number, iss=v.issue.isoformat(), due=v.due.isoformat(), cur=cur, bref=html.escape(v.bref),
        sup=html.escape(supplier_name), btw=v.s["btw"].replace(" ", "").replace(".", ""), cus=html.escape(customer_name),
        mail=v.rcpt, pm=paymeans, pid=pid, iban=v.s["iban"], holder=html.escape(v.s["holder"]),
        vat=a(sum(c["vat"].values())), taxsubs=taxsubs, net=a(c["net"]), tot=a(c["total"]), prepaid=prepaid, lines=lines)


def L_yuki(v):
    s, p = v.s, Page()
    p.text(56, 58, s["name"], 14, True)
    p.text(56, 72, s["tag"], 8)
    block(p, 400, 58, [s["street"], s["city"], s["phone"], s["email"]], 8, 10)
    block(p, 56, 150, v.to, 10, 13)
    p.text(56, 250, "Factuur", 16, True)
    p.text(56, 275, "Factuurnr.", 8, True)
    p.text(150, 275, "Factuurdatum", 8, True)
    p.text(250, 275, "Vervaldatum", 8, True)
    p.text(350, 275, "Betalingskenmerk", 8, True)
    p.text(56, 288, v.number, 9)
    p.text(150, 288, ddate(v.issue, "dmy-", "nl"), 9)
    p.text(250, 288, ddate(v.due, "dmy-", "nl"), 9)
    p.text(350, 288, v.ref_printed, 9)
    y = table(p, 330, [("Omschrijving", 56, "left"), ("Periode", 260, "left"), ("Aantal", 370, "right"),
                       ("Tarief", 440, "right"), ("Bedrag", 539, "right")],
              [[r[0], v.period, r[1], r[2], r[3]] for r in line_rows(v, ["desc", "qty", "unit", "amount"])])
    y = totals(p, y + 18, v, {"sub": "Netto", "vat": "Btw %s", "total": "Totaal EUR"}, fmt="plainnl")
    para(p, 56, y + 30, "Wij verzoeken u het bedrag van %s uiterlijk %s over te maken op %s t.n.v. %s onder "
         "vermelding van het betalingskenmerk. De factuur is ook als UBL-bestand bijgevoegd."
         % (v.m(v.c["due"], "nl"), ddate(v.due, "long", "nl"), mk.iban_spaced(s["iban"]), s["holder"]))
    footer(p, v, [(56, ["KvK %s  ·  btw %s  ·  %s" % (s["kvk"], s["btw"], s["web"])])], y=805)
    body = ("%s\n\nIn de bijlage vindt u factuur %s (pdf en UBL) over %s.\n\nMet vriendelijke groet,\n\n%s\n%s\n\n"
            "Dit bericht is verstuurd via Yuki." % (v.greet, v.number, v.period, s["who"], s["name"]))
    return dict(pages=[p], fn="Factuur_%s.pdf" % v.number, body=body, subject="Factuur %s %s" % (v.number, s["name"]),
                ubl=ubl(v, s["name"], v.debtor_name, "30"), ublfn="Factuur_%s.xml" % v.number)


def L_exact(v):
    s, p = v.s, Page()
    p.text(56, 56, s["name"], 12, True)
    p.text(56, 68, s["street"] + "  " + s["city"], 8)
    block(p, 320, 140, v.to, 10, 13)
    p.text(56, 240, "Factuur", 14, True)
    labs = ["Factuurnummer", "Factuurdatum", "Debiteur", "Uw ordernummer", "Vervaldatum"]
    vals = [v.number, ddate(v.issue, "dmy-", "nl"), v.debno, v.yourref, ddate(v.due, "dmy-", "nl")]
    for k, (l_, val) in enumerate(zip(labs, vals)):
        p.text(56 + k * 97, 262, l_, 7, True)
        p.text(56 + k * 97, 275, val, 9)
    p.rule(56, 266, 539, 266)
    y = table(p, 310, [("Code", 56, "left"), ("Omschrijving", 110, "left"), ("Aantal", 350, "right"),
                       ("Prijs", 410, "right"), ("Btw-code", 460, "right"), ("Bedrag", 539, "right")],
              [[c_] + r for c_, r in zip(v.codes, line_rows(v, ["desc", "qty", "unitn", "vat", "amountn"], vatfmt="H %s"))],
              size=8)
    y = totals(p, y + 18, v, {"sub": "Totaal excl. btw", "vat": "Btw %s", "total": "Totaal incl. btw",
                              "paid": v.paid_label, "due": "Te betalen"}, fmt="nl")
    para(p, 56, y + 30, "Betaling: %s. Betalingskenmerk: %s. IBAN %s, BIC %s." % (v.cond, v.ref_printed, s["iban"], s["bic"]), size=8)
    footer(p, v, [(56, ["KvK %s" % s["kvk"], "Btw %s" % s["btw"]]), (300, [s["email"], s["web"]])])
    body = ("%s\n\nBijgevoegd vindt u factuur %s. De factuur is ook als UBL-bestand bijgevoegd, zodat u hem direct in uw "
            "boekhouding kunt inlezen.\n\nMet vriendelijke groet,\n%s\nAfdeling Debiteuren\n%s" % (v.greet, v.number, s["who"], s["name"]))
    return dict(pages=[p], fn="%s.pdf" % v.number, body=body, subject="Factuur %s" % v.number,
                ubl=ubl(v, s["name"], v.debtor_name), ublfn="%s.xml" % v.number)


# ---------------------------------------------------------------- layouts (English)

def L_xero(v):
    s, p = v.s, Page()
    p.text(56, 70, "TAX INVOICE", 20, True)
    block(p, 56, 100, v.to, 9, 12)
    kv(p, 300, 100, [("Invoice Date", ""), ("", ddate(v.issue, "short-en", "en")), ("Invoice Number", ""), ("", v.number),
                     ("Reference", ""), ("", v.yourref), ("VAT Number", ""), ("", s["btw"])], dx=0, size=8, lead=11)
    block(p, 420, 100, [s["name"], s["street"], s["city"], s["country"]], 8, 11)
    y = table(p, 230, [("Description", 56, "left"), ("Quantity", 330, "right"), ("Unit Price", 400, "right"),
                       ("VAT", 450, "right"), ("Amount GBP", 539, "right")],
              line_rows(v, ["desc", "qty", "unitn", "vat", "amountn"]))
    y = totals(p, y + 16, v, {"sub": "Subtotal", "vat": "TOTAL VAT %s", "total": "TOTAL GBP", "paid": "Less Amount Paid",
                              "due": "AMOUNT DUE GBP"}, fmt="plainen")
    p.text(56, y + 30, "Due Date: %s" % ddate(v.due, "long", "en"), 10, True)
    para(p, 56, y + 46, "Bank transfer to %s, sort code %s, account %s (IBAN %s). Please quote the invoice number."
         % (s["holder"], s["sort"], s["acct"], mk.iban_spaced(s["iban"])))
    # payment advice
    p.rule(56, 640, 539, 640)
    p.text(56, 660, "PAYMENT ADVICE", 12, True)
    block(p, 56, 676, ["To: " + s["name"], s["street"], s["city"]], 8, 10)
    kv(p, 300, 676, [("Customer", v.debtor_name), ("Invoice Number", v.number), ("Amount Due", v.m(v.c["due"], "plainen")),
                     ("Due Date", ddate(v.due, "short-en", "en")), ("Amount Enclosed", "")], dx=90, size=8, lead=11)
    footer(p, v, [(56, ["Company Registration No: %s. Registered Office: %s, %s." % (s["kvk"], s["street"], s["city"])])], y=810)
    body = ("Hi %s,\n\nHere's invoice %s for %s.\n\nThe amount outstanding of %s is due on %s.\n\n"
            "View and pay your bill online: https://in.xero.com/%s\n\nFrom your online bill you can print a PDF, "
            "export a CSV, or create a free login and view your outstanding bills.\n\nIf you have any questions, "
            "please let us know.\n\nThanks,\n%s" % (v.hi, v.number, v.m(v.c["due"], "en"), v.m(v.c["due"], "en"),
                                                    ddate(v.due, "short-en", "en"),
                                                    "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24)),
                                                    s["name"]))
    return dict(pages=[p], fn="Invoice %s.pdf" % v.number, body=body,
                subject="Invoice %s from %s for %s" % (v.number, s["name"], v.debtor_name),
                platform=("messaging-service@post.xero.com", s["name"]))


def L_qbo(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 13, True)
    block(p, 56, 74, [s["street"], s["city"], s["country"], s["email"]], 8, 10)
    p.right(539, 60, "INVOICE", 22, True)
    p.text(56, 160, "BILL TO", 8, True)
    block(p, 56, 173, v.to, 9, 12)
    kv(p, 380, 160, [("INVOICE #", v.number), ("DATE", ddate(v.issue, "us-num", "en")), ("DUE DATE", ddate(v.due, "us-num", "en")),
                     ("TERMS", v.cond)], dx=75, size=8, lead=12, bold_labels=True)
    y = table(p, 270, [("DATE", 56, "left"), ("ACTIVITY", 120, "left"), ("QTY", 380, "right"), ("RATE", 450, "right"),
                       ("AMOUNT", 539, "right")],
              [[ddate(d_, "us-num", "en")] + r for d_, r in zip(v.actdates, line_rows(v, ["desc", "qty", "unitn", "amountn"]))],
              size=8)
    c = v.c
    y += 16
    for lab, val in [("SUBTOTAL", c["net"]), ("TAX", sum(c["vat"].values())), ("TOTAL", c["total"]),
                     ("PAYMENT", -c["paid"])]:
        p.text(380, y, lab, 8, True)
        p.right(539, y, fm(val, "plainen"), 9)
        y += 13
    p.rule(380, y - 9, 539, y - 9)
    p.text(380, y + 4, "BALANCE DUE", 9, True)
    p.right(539, y + 4, fm(c["due"], "en", "USD"), 13, True)
    para(p, 56, y + 40, "Wire transfer (USD): %s, IBAN %s, BIC %s. International transfers: please select OUR for "
         "bank charges." % (s["holder"], mk.iban_spaced(s["iban"]), s["bic"]), size=8)
    body = ("Dear %s,\n\nPlease review the attached invoice. Feel free to contact us if you have any questions.\n\n"
            "Have a great day,\n%s\n\n----\nInvoice %s\nBalance due: $%s\nDue date: %s\n\n[Review and pay]\n\n"
            "Powered by QuickBooks" % (v.hi, s["name"], v.number, num(c["due"], "en"), ddate(v.due, "us-num", "en")))
    return dict(pages=[p], fn="Invoice_%s_from_%s.pdf" % (v.number, s["name"].replace(" ", "_")), body=body,
                subject="Invoice %s from %s" % (v.number, s["name"]),
                platform=("quickbooks@notification.intuit.com", s["name"]))


def L_zoho(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 14, True)
    block(p, 56, 75, [s["street"], s["city"], s["country"], "VAT " + s["btw"]], 8, 10)
    p.right(539, 62, "INVOICE", 24, False)
    p.right(539, 80, "# " + v.number, 9, True)
    p.right(539, 105, "Balance Due", 8)
    p.right(539, 120, v.m(v.c["due"], v.fmt), 13, True)
    p.text(56, 150, "Bill To", 8)
    block(p, 56, 163, v.to, 9, 12, bold_first=True)
    kv(p, 380, 163, [("Invoice Date :", ddate(v.issue, "short-en", "en")), ("Terms :", v.cond),
                     ("Due Date :", ddate(v.due, "short-en", "en")), ("P.O.# :", v.yourref)], dx=80, size=8, lead=12)
    y = table(p, 270, [("#", 56, "left"), ("Item & Description", 75, "left"), ("Qty", 380, "right"), ("Rate", 450, "right"),
                       ("Amount", 539, "right")],
              [[str(k + 1)] + r for k, r in enumerate(line_rows(v, ["desc", "qty", "unitn", "amountn"]))], size=8, rule_top=True)
    c = v.c
    y = totals(p, y + 16, v, {"sub": "Sub Total", "vat": "Tax (%s)", "total": "Total", "paid": "Payment Made",
                              "due": "Balance Due"}, xl=360, fmt=v.fmt)
    para(p, 56, y + 25, "Notes: Thank you for the business. Bank: %s, IBAN %s, SWIFT %s." % (s["bank"], s["iban"], s["bic"]), size=8)
    body = ("Dear %s,\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from "
            "the link below. You can also choose to pay it online.\n\n"
            "INVOICE AMOUNT  %s\n\nInvoice No: %s\nInvoice Date: %s\nDue Date: %s\n\n[ VIEW INVOICE ]\n\nRegards,\n%s\n%s"
            % (v.hi, v.m(c["due"], v.fmt), v.number, ddate(v.issue, "short-en", "en"), ddate(v.due, "short-en", "en"),
               s["who"], s["name"]))
    return dict(pages=[p], fn="INV-%s.pdf" % v.number, body=body, subject="Invoice - %s from %s" % (v.number, s["name"]),
                platform=("message-service@sender.zohoinvoice.com", s["name"]))


def L_freshbooks(v):
    s, p = v.s, Page()
    p.rule(0, 20, 595, 20)
    p.text(56, 70, s["name"], 16, True)
    block(p, 400, 60, [s["street"], s["city"], s["country"], s["phone"]], 8, 10)
    p.text(56, 130, "Billed To", 8, True)
    block(p, 56, 143, v.to, 9, 12)
    p.text(230, 130, "Date of Issue", 8, True)
    p.text(230, 143, ddate(v.issue, "dmy/", "en"), 9)
    p.text(230, 165, "Due Date", 8, True)
    p.text(230, 178, ddate(v.due, "dmy/", "en"), 9)
    p.text(340, 130, "Invoice Number", 8, True)
    p.text(340, 143, v.number, 9)
    p.text(340, 165, "Reference", 8, True)
    p.text(340, 178, v.yourref, 9)
    p.right(539, 130, "Amount Due (%s)" % v.cur, 8, True)
    p.right(539, 150, v.m(v.c["due"], "en"), 18, True)
    y = table(p, 240, [("Description", 56, "left"), ("Rate", 360, "right"), ("Qty", 420, "right"), ("Line Total", 539, "right")],
              line_rows(v, ["desc", "unit", "qty", "amount"]))
    y = totals(p, y + 16, v, {"sub": "Subtotal", "vat": "VAT (%s)", "total": "Total", "paid": "Amount Paid",
                              "due": "Amount Due (%s)" % v.cur}, fmt="en")
    para(p, 56, y + 30, "Terms: payment within 30 days by bank transfer to %s, sort code %s, account %s, IBAN %s." %
         (s["holder"], s["sort"], s["acct"], mk.iban_spaced(s["iban"])))
    body = ("%s sent you an invoice (%s) for %s that's due on %s.\n\n%s\n\n[View Invoice]\n\n"
            "Sent using FreshBooks" % (s["name"], v.number, v.m(v.c["due"], "en"), ddate(v.due, "long", "en"), v.msg))
    return dict(pages=[p], fn="Invoice_%s.pdf" % v.number, body=body,
                subject="%s sent you an invoice (%s)" % (s["name"], v.number),
                platform=("noreply@freshbooks.com", s["name"]))


def L_sage(v):
    s, p = v.s, Page()
    p.text(56, 55, s["name"], 14, True)
    block(p, 56, 70, [s["street"], s["city"], "Tel: " + s["phone"], "VAT Reg No: " + s["btw"]], 8, 10)
    p.right(539, 55, "Invoice", 18, True)
    p.text(56, 150, "Invoice Address", 8, True)
    block(p, 56, 163, v.to, 9, 12)
    p.text(300, 150, "Delivery Address", 8, True)
    block(p, 300, 163, v.ship, 9, 12)
    hdr = [("Invoice No.", v.number), ("Invoice Date", ddate(v.issue, "dmy/", "en")), ("Account Ref.", v.debno),
           ("Your Order No.", v.yourref), ("Payment Terms", v.cond)]
    for k, (h, val) in enumerate(hdr):
        p.text(56 + k * 97, 250, h, 7, True)
        p.text(56 + k * 97, 262, val, 8)
    p.rule(56, 254, 539, 254)
    y = table(p, 300, [("Quantity", 56, "left"), ("Details", 110, "left"), ("Unit Price", 380, "right"), ("VAT %", 430, "right"),
                       ("Net Amount", 539, "right")],
              [[r[0], r[1], r[2], qty(v.c["rows"][k][3], "en"), r[3]] for k, r in enumerate(line_rows(v, ["qty", "desc", "unitn", "amountn"]))],
              size=8)
    y = totals(p, y + 18, v, {"sub": "Total Net Amount", "vat": "Total VAT Amount", "total": "INVOICE TOTAL"}, fmt="en")
    para(p, 56, y + 30, "Please pay by BACS to %s, sort code %s, account no. %s (IBAN %s), quoting account ref. %s." %
         (s["holder"], s["sort"], s["acct"], s["iban"], v.debno), size=8)
    footer(p, v, [(56, ["Registered in England and Wales No. %s" % s["kvk"]])], y=810)
    return dict(pages=[p], fn="INV%s.pdf" % v.number, body=v.body, subject=v.subject)


def L_wave(v):
    s, p = v.s, Page()
    p.right(539, 60, "INVOICE", 24, True)
    p.right(539, 80, s["name"], 10, True)
    for k, t in enumerate([s["street"], s["city"], s["country"], s["phone"], s["web"]]):
        p.right(539, 93 + k * 10, t, 8)
    p.rule(56, 160, 539, 160)
    p.text(56, 178, "BILL TO", 8, True)
    block(p, 56, 191, v.to, 9, 12)
    kv(p, 330, 178, [("Invoice Number:", v.number), ("Invoice Date:", ddate(v.issue, "us", "en")),
                     ("Payment Due:", ddate(v.due, "us", "en")), ("Amount Due (%s):" % v.cur, v.m(v.c["due"], "en"))],
       dx=100, size=8, lead=13, bold_labels=True)
    y = table(p, 290, [("Items", 56, "left"), ("Quantity", 360, "right"), ("Price", 440, "right"), ("Amount", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "amount"]), rule_top=True)
    y = totals(p, y + 16, v, {"sub": "Subtotal:", "vat": "VAT %s:", "total": "Total:", "paid": "Payment on %s:" % v.paidwhen,
                              "due": "Amount Due (%s):" % v.cur}, fmt="en")
    para(p, 56, y + 30, "Notes / Terms: Bank transfer to %s, IBAN %s, BIC %s." % (s["holder"], s["iban"], s["bic"]), size=8)
    body = ("%s\n\n------\nInvoice #%s\nAmount due: %s %s\nDue on: %s\n\n[View invoice]\n\n%s\n\nThis invoice was sent "
            "using Wave." % (v.msg, v.number, v.m(v.c["due"], "en"), v.cur, ddate(v.due, "us", "en"), s["name"]))
    return dict(pages=[p], fn="Invoice_%s.pdf" % v.number, body=body, subject="Invoice #%s from %s" % (v.number, s["name"]),
                platform=("no-reply@waveapps.com", s["name"]))


def L_ninja(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 15, True)
    block(p, 56, 76, [s["street"], s["city"], s["email"]], 8, 10)
    p.rule(56, 130, 539, 130)
    kv(p, 56, 150, [("Invoice Number", v.number), ("PO Number", v.yourref), ("Invoice Date", ddate(v.issue, "iso", "en")),
                    ("Due Date", ddate(v.due, "iso", "en")), ("Balance Due", v.m(v.c["due"], "encode"))], dx=90, size=9, lead=13)
    block(p, 330, 150, v.to, 9, 12, bold_first=True)
    y = table(p, 260, [("Item", 56, "left"), ("Description", 130, "left"), ("Unit Cost", 380, "right"), ("Quantity", 440, "right"),
                       ("Line Total", 539, "right")],
              [[it] + r for it, r in zip(v.codes, line_rows(v, ["desc", "unit", "qty", "amount"], fmt="encode"))], size=8)
    y = totals(p, y + 16, v, {"sub": "Subtotal", "vat": "VAT %s", "total": "Total", "paid": "Paid to Date",
                              "due": "Balance Due"}, fmt="encode")
    para(p, 56, y + 30, "Terms: %s. Pay to %s, IBAN %s, BIC %s." % (v.cond, s["holder"], mk.iban_spaced(s["iban"]), s["bic"]), size=8)
    body = ("Dear %s,\n\nTo view your invoice for %s, click the link below.\n\nhttps://%s/client/invoice/%s\n\n"
            "%s\n\n--\nSent with Invoice Ninja" % (v.hi, v.m(v.c["due"], "encode"), s["web"],
                                                   "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)),
                                                   s["who"]))
    return dict(pages=[p], fn="invoice_%s.pdf" % v.number, body=body, subject="Invoice %s from %s" % (v.number, s["name"]))


def L_pages(v):
    """An Apple Pages template: big name, thin rules, everything left, totals at the bottom."""
    s, p = v.s, Page()
    p.text(56, 90, s["name"], 28, False)
    p.text(56, 110, "%s · %s · %s" % (s["street"], s["city"], s["email"]), 8)
    p.text(56, 170, "INVOICE NO. %s" % v.number, 9, True)
    p.text(56, 184, ddate(v.issue, "long", "en"), 9)
    p.text(300, 170, "TO", 9, True)
    block(p, 300, 184, v.to, 9, 12)
    y = 280
    p.rule(56, y - 14, 539, y - 14)
    for desc, q, pr, r, a in v.c["rows"]:
        p.text(56, y, desc, 9)
        p.right(539, y, v.m(a, "en"), 9)
        y += 16
    p.rule(56, y - 8, 539, y - 8)
    y = totals(p, y + 10, v, {"sub": "SUBTOTAL", "vat": "VAT @ %s", "total": "TOTAL DUE"}, xl=360, fmt="en", rule=False)
    y = para(p, 56, y + 40, "Payment is due within %d days. Bank: %s, IBAN %s, BIC %s. Thank you!" %
             (v.term, s["bank"], mk.iban_spaced(s["iban"]), s["bic"]))
    return dict(pages=[p], fn="%s Invoice %s.pdf" % (s["short"], v.number), body=v.body, subject=v.subject)


def L_canva(v):
    s, p = v.s, Page()
    p.text(297, 80, s["name"].upper(), 24, True, "center")
    p.text(297, 98, s["tag"], 9, False, "center")
    p.text(56, 150, "INVOICE TO:", 9, True)
    block(p, 56, 164, v.to, 10, 13)
    p.right(539, 150, "INVOICE NO: %s" % v.number, 9, True)
    p.right(539, 164, "DATE: %s" % ddate(v.issue, "dmy.", "en"), 9)
    p.right(539, 178, "EVENT: %s" % v.event, 9)
    y = table(p, 250, [("DESCRIPTION", 56, "left"), ("QTY", 360, "right"), ("PRICE", 440, "right"), ("TOTAL", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "amount"], fmt="en"), lead=18)
    y = totals(p, y + 20, v, {"sub": "SUB-TOTAL", "vat": "VAT %s", "total": "GRAND TOTAL", "paid": "DEPOSIT PAID",
                              "due": "BALANCE DUE"}, fmt="en", lead=16)
    p.text(56, y + 30, "PAYMENT INFO", 10, True)
    block(p, 56, y + 45, ["Account name: " + s["holder"], "IBAN: " + s["iban"], "Balance due by: " + ddate(v.due, "dmy.", "en")], 9, 12)
    p.text(297, 800, "THANK YOU FOR CHOOSING %s" % s["name"].upper(), 10, True, "center")
    return dict(pages=[p], fn="%s.pdf" % v.number, body=v.body, subject=v.subject)


def L_sumup(v):
    s, p = v.s, Page()
    p.text(56, 60, s["name"], 13, True)
    block(p, 56, 74, [s["street"], s["city"], "VAT no. " + s["btw"]], 8, 10)
    p.text(56, 150, "Customer", 8, True)
    block(p, 56, 163, v.to, 9, 12)
    p.text(330, 150, "Invoice", 16, True)
    kv(p, 330, 170, [("Invoice no.", v.number), ("Invoice date", ddate(v.issue, "dmy.", "en")),
                     ("Delivery date", ddate(v.deliv, "dmy.", "en")), ("Payment terms", v.cond)], dx=85, size=8, lead=12)
    y = table(p, 270, [("Product", 56, "left"), ("Qty", 330, "right"), ("Unit price", 400, "right"), ("VAT", 450, "right"),
                       ("Amount", 539, "right")], line_rows(v, ["desc", "qty", "unit", "vat", "amount"], fmt="en"))
    y = totals(p, y + 16, v, {"sub": "Total excl. VAT", "vat": "VAT %s", "total": "Total"}, fmt="en")
    para(p, 56, y + 30, "Please pay %s by %s to IBAN %s (BIC %s)." % (v.m(v.c["due"], "en"), ddate(v.due, "dmy.", "en"),
                                                                     s["iban"], s["bic"]), size=9)
    p.text(56, 810, "Created with SumUp Invoices (formerly Debitoor)", 6)
    body = ("Dear customer,\n\nPlease find attached invoice no. %s.\n\nKind regards,\n%s\n" % (v.number, s["name"]))
    return dict(pages=[p], fn="Invoice-%s.pdf" % v.number, body=body, subject="Invoice no. %s from %s" % (v.number, s["name"]))


def L_zervant(v):
    s, p = v.s, Page()
    p.text(56, 56, s["name"], 12, True)
    p.right(539, 56, v.title, 16, True)
    block(p, 56, 140, v.to, 10, 13)
    lab = v.labels
    kv(p, 330, 120, [(lab[0], v.number), (lab[1], ddate(v.issue, v.dstyle, v.lang)), (lab[2], v.cond),
                     (lab[3], ddate(v.due, v.dstyle, v.lang)), (lab[4], v.yourref)], dx=95, size=8, lead=12)
    y = table(p, 260, [(lab[5], 56, "left"), (lab[6], 330, "right"), (lab[7], 410, "right"), (lab[8], 460, "right"),
                       (lab[9], 539, "right")], line_rows(v, ["desc", "qty", "unit", "vat", "amount"]))
    y = totals(p, y + 16, v, v.tlab)
    para(p, 56, y + 30, v.paytext, size=8)
    footer(p, v, [(56, [s["name"], s["street"], s["city"]]), (230, [s["phone"], s["email"]]),
                  (400, ["IBAN " + s["iban"], "BIC " + s["bic"], s["btw"]])], y=780)
    return dict(pages=[p], fn="%s_%s.pdf" % (v.fnword, v.number), body=v.body, subject=v.subject)


def L_typed(v):
    """An invoice typed in the mail body (text)."""
    return dict(pages=None, body=v.body, subject=v.subject)


def L_html(v):
    return dict(pages=None, body=v.body, html=v.html, subject=v.subject)


# ---------------------------------------------------------------- layouts (German)

def din_head(p, s, v, window_lines, ret=True, name=True):
    if name:
        p.text(56, 50, s["name"], 15, True)
    if ret:
        p.text(56, 128, "%s · %s · %s" % (s["name"], s["street"], s["city"]), 6)
    block(p, 56, 145, window_lines, 10, 12.5)


def L_lexoffice(v):
    s, p = v.s, Page()
    din_head(p, s, v, v.to)
    kv(p, 360, 130, [("Rechnungsnr.", v.number), ("Kundennr.", v.debno), ("Rechnungsdatum", ddate(v.issue, "dmy.", "de")),
                     ("Leistungsdatum", v.leist), ("Ihr Ansprechpartner", s["who"])], dx=95, size=8, lead=12)
    p.text(56, 270, "Rechnung Nr. %s" % v.number, 13, True)
    y = para(p, 56, 295, v.intro, size=9)
    y = table(p, y + 20, [("Pos.", 56, "left"), ("Bezeichnung", 85, "left"), ("Menge", 340, "right"), ("Einzelpreis", 420, "right"),
                          ("Gesamtpreis", 539, "right")],
              [[str(k + 1)] + r for k, r in enumerate(line_rows(v, ["desc", "qty", "unit", "amount"], fmt="de"))])
    y = totals(p, y + 16, v, {"sub": "Gesamtbetrag netto", "vat": "zzgl. Umsatzsteuer %s", "total": "Gesamtbetrag brutto",
                              "paid": v.paid_label, "due": "Noch zu zahlen"}, fmt="de")
    y = para(p, 56, y + 25, v.payline, size=9)
    footer(p, v, [(56, [s["name"], s["street"], s["city"]]), (200, ["Tel. " + s["phone"], s["email"], s["web"]]),
                  (340, [s["bank"], "IBAN " + mk.iban_spaced(s["iban"]), "BIC " + s["bic"]]),
                  (470, ["USt-IdNr. " + s["btw"], s["kvk"]])], y=785)
    return dict(pages=[p], fn="Rechnung_%s.pdf" % v.number, body=v.body, subject="Rechnung %s" % v.number)


def L_sevdesk(v):
    s, p = v.s, Page()
    p.right(539, 55, s["name"], 14, True)
    block(p, 400, 70, [s["street"], s["city"], s["phone"]], 8, 10)
    din_head(p, s, v, v.to, name=False)
    p.text(56, 250, "Rechnung", 18, True)
    kv(p, 360, 150, [("Rechnungs-Nr.:", v.number), ("Rechnungsdatum:", ddate(v.issue, "dmy.", "de")),
                     ("Lieferdatum:", ddate(v.deliv, "dmy.", "de")), ("Ihre Kundennummer:", v.debno)], dx=95, size=8, lead=12)
    y = para(p, 56, 275, v.intro)
    y = table(p, y + 18, [("Pos.", 56, "left"), ("Beschreibung", 85, "left"), ("Menge", 330, "right"), ("Einzelpreis", 410, "right"),
                          ("USt.", 450, "right"), ("Gesamt", 539, "right")],
              [[str(k + 1)] + r for k, r in enumerate(line_rows(v, ["desc", "qty", "unit", "vat", "amount"], fmt="deeur"))], size=8)
    y = totals(p, y + 16, v, {"sub": "Gesamtbetrag (netto)", "vat": "Umsatzsteuer %s", "total": "Gesamtbetrag (brutto)"}, fmt="deeur")
    y = para(p, 56, y + 25, v.payline)
    footer(p, v, [(56, [s["name"], "Geschäftsführung: " + s["who"], s["kvk"]]), (300, [s["bank"], "IBAN " + s["iban"], "BIC " + s["bic"]]),
                  (450, ["USt-ID " + s["btw"]])], y=785)
    return dict(pages=[p], fn="RE-%s.pdf" % v.number, body=v.body, subject=v.subject)


def L_billomat(v):
    s, p = v.s, Page()
    p.text(56, 66, s["tag"], 8)
    din_head(p, s, v, v.to)
    p.text(56, 255, v.title, 15, True)
    hd = [("Rechnungsnummer", v.number), ("Kundennummer", v.debno), ("Datum", ddate(v.issue, "long", "de")), ("Seite", "1/1")]
    for k, (h, val) in enumerate(hd):
        p.text(56 + k * 120, 275, h, 7, True)
        p.text(56 + k * 120, 287, val, 9)
    y = para(p, 56, 315, v.intro)
    y = table(p, y + 15, [("Pos", 56, "left"), ("Artikel / Leistung", 85, "left"), ("Menge", 340, "right"), ("Preis", 420, "right"),
                          ("Betrag", 539, "right")],
              [[str(k + 1)] + r for k, r in enumerate(line_rows(v, ["desc", "qty", "unit", "amount"], fmt="de"))])
    y = totals(p, y + 16, v, {"sub": "Nettobetrag", "vat": "USt. %s", "total": "Gesamtbetrag", "paid": v.paid_label,
                              "due": "Zahlbetrag"}, fmt="de")
    y = para(p, 56, y + 25, v.payline)
    footer(p, v, [(56, [s["name"], s["street"], s["city"]]), (250, [s["bank"], "IBAN " + mk.iban_spaced(s["iban"])]),
                  (420, ["St.-Nr. " + s["kvk"], "USt-IdNr. " + s["btw"]])], y=785)
    return dict(pages=[p], fn="%s.pdf" % v.number, body=v.body, subject=v.subject)


def L_fastbill(v):
    s, p = v.s, Page()
    p.right(539, 50, s["name"], 12, True)
    p.right(539, 62, "%s | %s" % (s["street"], s["city"]), 8)
    din_head(p, s, v, v.to, name=False)
    p.text(56, 250, v.title, 15, True)
    pairs = [("Nummer", v.number), ("Datum", ddate(v.issue, "dmy.", "de")), ("Kunden-Nr.", v.debno)]
    if v.credit:
        pairs.append(("zu Rechnung", v.orig))
    kv(p, 380, 150, pairs, dx=70, size=9, lead=13)
    y = para(p, 56, 275, v.intro)
    y = table(p, y + 18, [("Leistung", 56, "left"), ("Anzahl", 340, "right"), ("Einzelpreis", 420, "right"), ("Summe", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "amount"], fmt="de"))
    y = totals(p, y + 16, v, {"sub": "Zwischensumme", "vat": "MwSt. %s", "total": "Gesamt"}, fmt="de")
    y = para(p, 56, y + 25, v.payline)
    footer(p, v, [(56, [s["name"] + " · " + s["kvk"] + " · USt-IdNr. " + s["btw"] + " · " + s["bank"] + " · IBAN " + s["iban"]])], y=805)
    return dict(pages=[p], fn="%s_%s.pdf" % (v.fnword, v.number), body=v.body, subject=v.subject)


def qr_part(p, v, y0=560):
    """A Swiss QR-bill payment part (receipt on the left, payment part on the right)."""
    s = v.s
    p.rule(0, y0, 595, y0)
    p.rule(175, y0, 175, 842)
    p.text(14, y0 + 20, "Empfangsschein", 11, True)
    block(p, 14, y0 + 40, ["Konto / Zahlbar an", qr_ibanp(s["iban"]), s["name"], s["city"]], 7, 9)
    block(p, 14, y0 + 90, ["Referenz", qr_spaced(v.ref)], 7, 9)
    block(p, 14, y0 + 115, ["Zahlbar durch"] + v.to[:1] + v.to[-1:], 7, 9)
    p.text(14, y0 + 160, "Währung   Betrag", 7, True)
    p.text(14, y0 + 172, "CHF       %s" % fm(v.c["due"], "chplain").replace("'", " "), 9)
    p.text(190, y0 + 20, "Zahlteil", 11, True)
    p.text(190, y0 + 160, "Währung   Betrag", 8, True)
    p.text(190, y0 + 172, "CHF       %s" % fm(v.c["due"], "chplain").replace("'", " "), 10)
    block(p, 330, y0 + 30, ["Konto / Zahlbar an", qr_ibanp(s["iban"]), s["name"], s["street"], s["city"], "",
                            "Referenz", qr_spaced(v.ref), "", "Zahlbar durch"] + v.to, 8, 10)


def qr_ibanp(i):
    return mk.iban_spaced(i)


def L_bexio(v):
    s, p = v.s, Page()
    p.text(56, 50, s["name"], 13, True)
    p.text(56, 62, "%s, %s · %s" % (s["street"], s["city"], s["web"]), 8)
    block(p, 340, 120, v.to, 10, 12.5)
    p.text(56, 210, "%s, %s" % (s["place"], ddate(v.issue, "long", "de")), 9)
    p.text(56, 235, "Rechnung %s" % v.number, 14, True)
    kv(p, 56, 252, [("Rechnungsdatum", ddate(v.issue, "dmy.", "de")), ("Zahlbar bis", ddate(v.due, "dmy.", "de")),
                    ("MWST-Nr.", s["btw"])], dx=95, size=8, lead=11)
    y = table(p, 310, [("Pos.", 56, "left"), ("Beschreibung", 85, "left"), ("Anzahl", 330, "right"), ("Preis", 410, "right"),
                       ("MWST", 450, "right"), ("Total", 539, "right")],
              [[str(k + 1)] + r for k, r in enumerate(line_rows(v, ["desc", "qty", "unit", "vat", "amount"], fmt="chplain"))], size=8)
    totals(p, y + 12, v, {"sub": "Total exkl. MWST", "vat": "MWST %s", "round": "Rundungsdifferenz", "total": "Total CHF"},
           fmt="chplain", size=8, lead=12)
    qr_part(p, v)
    body = ("Grüezi %s\n\nIm Anhang finden Sie die Rechnung %s über CHF %s. Der Einzahlungsschein mit QR-Code ist "
            "auf der Rechnung.\n\nFreundliche Grüsse\n%s\n%s\n\n--\nDiese E-Mail wurde mit bexio versendet."
            % (v.hi, v.number, num(v.c["due"], "ch"), s["who"], s["name"]))
    return dict(pages=[p], fn="Rechnung %s.pdf" % v.number, body=body, subject="Rechnung %s" % v.number)


def L_banana(v):
    s, p = v.s, Page()
    block(p, 56, 50, [s["name"], s["street"], s["city"], s["phone"], s["email"]], 9, 11, bold_first=True)
    block(p, 340, 130, v.to, 10, 12.5)
    p.text(56, 230, "Rechnung", 15, True)
    kv(p, 56, 250, [("Rechnung Nr:", v.number), ("Datum:", ddate(v.issue, "dmy.", "de")), ("Kunde Nr:", v.debno),
                    ("Zahlungsbedingung:", v.cond)], dx=100, size=9, lead=12)
    y = table(p, 330, [("Beschreibung", 56, "left"), ("Menge", 340, "right"), ("Preis", 420, "right"), ("Betrag CHF", 539, "right")],
              line_rows(v, ["desc", "qty", "unit", "amount"], fmt="chplain"), rule_top=True)
    y = totals(p, y + 14, v, {"sub": "Total Netto", "vat": "MWST %s", "round": "Rundung", "total": "Total Rechnung CHF"},
               fmt="chplain")
    para(p, 56, y + 25, "Bitte überweisen Sie den Betrag innert %d Tagen auf IBAN %s, %s, zugunsten %s. Zahlungszweck: "
         "Rechnung %s." % (v.term, mk.iban_spaced(s["iban"]), s["bank"], s["holder"], v.number))
    p.text(56, 810, "MWST-Nr. %s" % s["btw"], 7)
    return dict(pages=[p], fn="Rechnung_%s.pdf" % v.number, body=v.body, subject=v.subject)


def L_word_at(v):
    """An Austrian Word letter: place and date right, 'Betreff', Honorar, Jänner."""
    s, p = v.s, Page()
    p.text(297, 50, s["name"], 14, True, "center")
    p.text(297, 64, "%s · %s · Tel. %s · %s" % (s["street"], s["city"], s["phone"], s["email"]), 8, False, "center")
    p.rule(56, 72, 539, 72)
    block(p, 56, 140, v.to, 11, 14)
    p.right(539, 230, "%s, am %s" % (s["place"], ddate(v.issue, "at-long", "de")), 10)
    p.text(56, 265, "Betreff: RECHNUNG Nr. %s" % v.number, 11, True)
    y = para(p, 56, 290, v.intro, n=90, size=10, lead=13)
    y += 10
    for desc, q, pr, r, a in v.c["rows"]:
        p.text(56, y, desc, 10)
        p.right(539, y, v.m(a, "nl"), 10)
        y += 15
    y = totals(p, y + 12, v, {"sub": "Summe netto", "vat": "zzgl. %s USt.", "total": "Rechnungsbetrag"},
               fmt="nl", xl=300, size=10, lead=15)
    y = para(p, 56, y + 25, v.payline, n=90, size=10, lead=13)
    p.text(56, y + 30, "Mit freundlichen Grüßen", 10)
    p.text(56, y + 70, s["who"], 10)
    footer(p, v, [(56, ["UID: %s  ·  %s  ·  IBAN %s  ·  BIC %s" % (s["btw"], s["bank"], mk.iban_spaced(s["iban"]), s["bic"])])], y=805)
    return dict(pages=[p], fn="Rechnung %s.pdf" % v.number, body=v.body, subject=v.subject)


def L_sage_de(v):
    """Sage (Deutschland) with an XRechnung in UBL syntax."""
    s, p = v.s, Page()
    din_head(p, s, v, v.to)
    kv(p, 360, 130, [("Rechnung", v.number), ("Datum", ddate(v.issue, "dmy.", "de")), ("Kunde", v.debno),
                     ("Leitweg-ID / Bestellung", v.bref)], dx=110, size=8, lead=12)
    p.text(56, 265, "Rechnung %s" % v.number, 14, True)
    y = table(p, 300, [("Art.-Nr.", 56, "left"), ("Bezeichnung", 110, "left"), ("Menge", 340, "right"), ("E-Preis", 410, "right"),
                       ("USt", 450, "right"), ("G-Preis", 539, "right")],
              [[c_] + r for c_, r in zip(v.codes, line_rows(v, ["desc", "qty", "unitn", "vat", "amountn"]))], size=8)
    y = totals(p, y + 16, v, {"sub": "Warenwert netto", "vat": "USt %s", "total": "Rechnungsbetrag EUR"}, fmt="plainnl")
    y = para(p, 56, y + 25, v.payline)
    footer(p, v, [(56, [s["name"], s["kvk"]]), (250, [s["bank"], "IBAN " + s["iban"], "BIC " + s["bic"]]), (430, ["USt-IdNr. " + s["btw"]])], y=785)
    return dict(pages=[p], fn="Rechnung_%s.pdf" % v.number, body=v.body, subject=v.subject,
                ubl=ubl(v, s["name"], v.debtor_name).replace("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0",
                                                           "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"),
                ublfn="xrechnung_%s.xml" % v.number)


# ---------------------------------------------------------------- building records

RECORDS = []


def n_id():
    return "inv-hold6-%03d" % (len(RECORDS) + 1)


BANKS = {"ABNA": ("ABNANL2A", "ABN AMRO"), "RABO": ("RABONL2U", "Rabobank"), "INGB": ("INGBNL2A", "ING"),
         "TRIO": ("TRIONL2U", "Triodos Bank"), "BUNQ": ("BUNQNL2A", "bunq"), "KNAB": ("KNABNL2H", "Knab"),
         "SNSB": ("SNSBNL2A", "SNS"), "ASNB": ("ASNBNL21", "ASN Bank"), "NWBK": ("NWBKGB2L", "NatWest"),
         "BARC": ("BARCGB22", "Barclays"), "LOYD": ("LOYDGB2L", "Lloyds Bank"), "MIDL": ("MIDLGB22", "HSBC UK"),
         "AIBK": ("AIBKIE2D", "AIB"), "BOFI": ("BOFIIE2D", "Bank of Ireland")}


def fix_bank(s):
    """The BIC and bank name follow the IBAN's bank code (NL, GB)."""
    code = s["iban"][4:8]
    if s["iban"][:2] in ("NL", "GB", "IE") and code in BANKS:
        s["bic"] = BANKS[code][0]
        if s["bank"]:
            s["bank"] = BANKS[code][1]
        if s["iban"][:2] == "GB":
            s["sort"] = "%s-%s-%s" % (s["iban"][8:10], s["iban"][10:12], s["iban"][12:14])
            s["acct"] = s["iban"][14:22]


def inv(layout, **kw):
    kw.setdefault("credit", False)
    kw.setdefault("due", None)
    kw.setdefault("term", None)
    kw.setdefault("delay", 0)
    kw.setdefault("ref", None)
    kw.setdefault("paid", 0)
    kw.setdefault("cur", "EUR")
    kw.setdefault("cc", ())
    fix_bank(kw["s"])
    v = V(**kw)
    for k in ("paytext", "payline", "body", "subject", "html", "intro", "msg"):
        if callable(getattr(v, k, None)):
            setattr(v, k, getattr(v, k)(v))
    out = layout(v)
    s = v.s
    sender, sname = s["email"], s["name"]
    env_from = sender
    extra = []
    if out.get("platform"):
        env_from, _n = out["platform"]
        extra.append("Reply-To: %s" % addr(sname, sender))
    if v.cc:
        extra.append("Cc: %s" % ", ".join(v.cc))
    pages = out.get("pages")
    eml = mk.mail(rng, sender, dn(sname), addr(v.to_name, v.rcpt), subj(out["subject"]), v.sent,
                  body_text=out.get("body"), body_html=out.get("html"), pdf=pages is not None, extra_headers=extra)
    if out.get("platform"):
        eml = eml.replace("From: %s <%s>" % (dn(sname), sender), "From: %s <%s>" % (dn(sname + " via " + v.tool), env_from), 1) \
            if v.tool in ("FreshBooks", "Wave") else eml
    if out.get("ubl"):
        eml = add_part(eml, xml_part(out["ubl"], out["ublfn"]))
    exp = mk.expected(v.number, v.sign * v.c["due"], v.sign * v.c["total"], v.issue, v.due, v.debtor_name, v.rcpt,
                      v.iban, v.business, v.lang, reference=v.ref, currency=v.cur, credit=v.credit)
    r = mk.record(n_id(), v.tool, v.lang, v.kind, {"mail_from": env_from, "rcpt_to": [v.rcpt] + list(getattr(v, "cc_env", []))},
                  eml, pages=pages, pdf_filename=out.get("fn"), expected=exp, note=v.note)
    if out.get("ubl"):
        r["ubl"] = out["ubl"]
    r["_v"] = v
    RECORDS.append(r)
    return v


def non(tool, lang, kind_pdf, sender, sname, to_name, rcpt, subject, d, body, why, note, pages=None, fn=None, html_=None,
        extra=()):
    eml = mk.mail(rng, sender, dn(sname), addr(to_name, rcpt), subj(subject), d, body_text=body, body_html=html_,
                  pdf=pages is not None, extra_headers=extra)
    r = mk.record(n_id(), tool, lang, "none", {"mail_from": sender, "rcpt_to": [rcpt]}, eml, pages=pages, pdf_filename=fn,
                  expected=None, why_not=why, note=note)
    RECORDS.append(r)


def seller(name, street, city, email, ib="NL", **kw):
    s = dict(name=name, street=street, city=city, email=email, phone="", web="", kvk="", btw="", bic="", who="",
             holder=name, bank="", country="", tag="", place="", sort="", acct="", short=name.split()[0])
    s.update(kw)
    s["iban"] = kw.get("iban") or mkiban(ib)
    if ib == "GB" and not kw.get("sort"):
        s["sort"] = "%s-%s-%s" % (s["iban"][8:10], s["iban"][10:12], s["iban"][12:14])
        s["acct"] = s["iban"][14:22]
    return s


def LINK(n):
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


def Dd(m, d, y=2026):
    return D(y, m, d)


# ================================================================ the invoices: Dutch

def dutch():
    s = seller("Studio Lichtval", "Tweede Jan Steenstraat 41", "1073 VM Amsterdam", "sanne@studiolichtval.nl",
               phone="06 41 87 22 09", web="www.studiolichtval.nl", kvk="81240557", btw="NL003512877B42", who="Sanne Mulder",
               holder="S. Mulder h.o.d.n. Studio Lichtval")
    inv(L_rompslomp, tool="Rompslomp", lang="nl", kind="pdf", s=s,
        to=["Stichting Buurtwerk De Pijp", "t.a.v. mw. F. Bouzid", "Ferdinand Bolstraat 112-H", "1072 LM Amsterdam"],
        to_name="Fatima Bouzid", debtor_name="Stichting Buurtwerk De Pijp", rcpt="f.bouzid@buurtwerkdepijp.nl", business=True,
        number="2026-0058", issue=Dd(11, 9), delay=1, term=14, fmt="nl", paid_label="Reeds betaald",
        lines=[("Fotografie buurtfeest 24 oktober (per uur)", 4, 9500, 21), ("Nabewerking en selectie, 120 beelden", 1, 14500, 21),
               ("Reiskosten", 1, 1850, 21)],
        greet="Beste Fatima", about="de fotografie van het buurtfeest op 24 oktober", iban=s["iban"],
        note="Rompslomp: 'Factuur aan' and 'Factuurgegevens' side by side; a t.a.v. line with 'mw.' under a Stichting.")

    s = seller("Dakwerken Hoekstra", "Nijverheidsweg 18", "3045 PK Rotterdam", "facturen@dakwerkenhoekstra.nl",
               phone="010 462 18 80", web="dakwerkenhoekstra.nl", kvk="24319077", btw="NL812633201B01", who="Gerrit Hoekstra",
               holder="Dakwerken Hoekstra")
    inv(L_rompslomp, tool="Rompslomp", lang="nl", kind="pdf", s=s,
        to=["VvE Parkflat Zuid", "p/a Van Dijk Vastgoedbeheer B.V.", "Postbus 4410", "3006 AK Rotterdam"],
        to_name="Van Dijk Vastgoedbeheer - VvE-administratie", debtor_name="VvE Parkflat Zuid",
        rcpt="vve-administratie@vandijkvastgoed.nl", business=True,
        number="2026-0311", issue=Dd(11, 16), delay=2, term=30, fmt="nl", paid_label="Reeds betaald (voorschot 30%)",
        paid=lambda tot: rnd(tot * 0.3),
        lines=[("Vervangen bitumineuze dakbedekking blok B (m²)", 312, 4250, 21), ("Afvoer- en stortkosten", 1, 68000, 21),
               ("Hoogwerker (per dag)", 3, 24500, 21)],
        greet="Geachte heer/mevrouw", about="de vervanging van de dakbedekking van blok B", iban=s["iban"],
        note="The debtor is the VvE; the p/a line names its manager (a B.V.) and the mail goes to the manager. 30% deposit already paid: 'Openstaand' is the amount due.")

    s = seller("Klusbedrijf Jeroen Bakker", "Weimarstraat 302", "2562 HT Den Haag", "info@klusbedrijfbakker.nl",
               phone="06 28 11 45 70", kvk="69011234", btw="NL001874562B33", who="Jeroen", holder="J. Bakker")
    inv(L_tellow, tool="Tellow", lang="nl", kind="pdf", s=s,
        to=["Dhr. R.S. Ramdin", "Van Ostadestraat 18", "2526 EX Den Haag"], to_name="Ravi Ramdin", debtor_name="R.S. Ramdin",
        rcpt="ravi.ramdin@ziggo.nl", business=False, number="F2026-112", issue=Dd(11, 20), delay=0, term=14, fmt="nl0",
        lines=[("Plaatsen binnendeur incl. afhangen", 2, 8500, 21), ("Arbeid (uur)", 6.5, 4800, 21),
               ("Materiaal: scharnieren, deurkruk, kit", 1, 6340, 21)],
        greet="Hoi Ravi,", about="het afhangen van de twee binnendeuren van vorige week", iban=s["iban"],
        note="Tellow ZZP layout: letterhead right, window left with 'Dhr.' and two initials of a Surinamese-Hindustani name; term only.")

    s = seller("Bureau Noordkaap", "Oude Ebbingestraat 61", "9712 HG Groningen", "administratie@bureaunoordkaap.nl",
               phone="050 313 90 44", web="www.bureaunoordkaap.nl", kvk="02091877", btw="NL853190226B01", bic="RABONL2U",
               who="Marleen Dijkstra", holder="Bureau Noordkaap B.V.")
    s["iban"] = mkiban("NL")
    inv(L_gripp, tool="Gripp", lang="nl", kind="pdf", s=s,
        to=["Zorggroep Noorderlicht N.V.", "Afdeling Communicatie", "t.a.v. mevrouw drs. L. Hoekstra-Nijboer", "Postbus 3021",
            "9701 DA Groningen"], to_name="Crediteurenadministratie Zorggroep Noorderlicht", debtor_name="Zorggroep Noorderlicht N.V.",
        rcpt="crediteuren@zorggroepnoorderlicht.nl", business=True, number="F-26-0734", issue=Dd(11, 2), delay=1, term=30,
        fmt="nl", debno="20417", project="Campagne werving zorgpersoneel", yourref="PO-2026-0881", period="oktober",
        hours=[("06-10", "MD"), ("13-10", "RB"), ("20-10", "RB"), ("27-10", "MD")],
        lines=[("Strategiesessie en briefing", 3, 11500, 21), ("Conceptontwikkeling campagne", 14, 9500, 21),
               ("Ontwerp posters en social posts", 22.5, 8500, 21), ("Projectmanagement", 6, 9500, 21)],
        greet="Beste mevrouw Hoekstra", iban=s["iban"],
        note="Gripp: department line and a t.a.v. with 'drs.' and a double surname under an N.V.; 'Debiteurnr.' printed right of the window on the company line; 'Uw referentie' is a PO, not a payment reference.")

    s = seller("Schoonmaakbedrijf Glansrijk B.V.", "Marconistraat 7", "3029 AE Rotterdam", "debiteuren@glansrijk.nl",
               phone="010 227 30 15", web="www.glansrijk.nl", kvk="58302911", btw="NL852991730B01", who="Demi Verbeek",
               tag="Schoonmaak · Glasbewassing · Sanitair", holder="Glansrijk B.V.")
    kenm = betalingskenmerk()
    inv(L_yuki, tool="Yuki", lang="nl", kind="pdf+ubl", s=s,
        to=["Vereniging Tennispark Kralingen", "t.a.v. de penningmeester", "Kralingseweg 140", "3062 CG Rotterdam"],
        to_name="Penningmeester TPK", debtor_name="Vereniging Tennispark Kralingen", rcpt="penningmeester@tpkralingen.nl",
        business=True, number="26110482", issue=Dd(11, 30), delay=1, term=14, fmt="nl", period="november 2026",
        ref=kenm, ref_printed=grp4(kenm), bref="contract 2024-17",
        lines=[("Schoonmaak clubhuis en kleedkamers (wekelijks)", 4, 18600, 21), ("Glasbewassing buitenzijde", 1, 9500, 21),
               ("Sanitaire middelen", 1, 3725, 21)],
        greet="Geachte penningmeester,", iban=s["iban"],
        note="Yuki: a row of four labels above values (number, date, due date, betalingskenmerk in groups of four); UBL with PaymentID; debtor is a Vereniging, the addressee its treasurer.")

    s = seller("Staalbouw Twente B.V.", "Bedrijvenpark Twente 212", "7602 KK Almelo", "facturatie@staalbouwtwente.nl",
               phone="0546 81 22 00", web="www.staalbouwtwente.nl", kvk="06088412", btw="NL009412877B01", bic="ABNANL2A",
               who="Ingrid ter Horst", holder="Staalbouw Twente B.V.")
    s["iban"] = mkiban("NL")
    rf = rf_ref("26110388")
    inv(L_exact, tool="Exact Online", lang="nl", kind="pdf+ubl", s=s,
        to=["Bouwbedrijf Öztürk & Zn. B.V.", "t.a.v. Crediteurenadministratie", "Industrieweg 41", "7461 ZZ Rijssen"],
        to_name="Bouwbedrijf Öztürk & Zn.", debtor_name="Bouwbedrijf Öztürk & Zn. B.V.", rcpt="facturen@ozturkbouw.nl",
        business=True, number="26110388", issue=Dd(11, 12), delay=0, term=30, fmt="nl", cond="30 dagen netto",
        debno="104733", yourref="PRJ 2207 / hal Enter", codes=["ST-HEA", "ST-MON", "ST-TRN"], ref=rf,
        ref_printed=" ".join(rf[k:k + 4] for k in range(0, len(rf), 4)), bref="PRJ 2207",
        paid_label="Af: termijn 1 (factuur 26100251)", paid=lambda tot: rnd(tot * 0.4),
        lines=[("Staalconstructie HEA 200, geleverd en gemonteerd (kg)", 8640, 265, 21), ("Montage op locatie (uur)", 96, 6200, 21),
               ("Transport en kraan", 1, 185000, 21)],
        greet="Geachte heer/mevrouw,", iban=s["iban"],
        note="Exact Online: a ruled row of five labels (incl. 'Uw ordernummer'), VAT code per line, a first instalment deducted; RF reference printed in groups; UBL with PrepaidAmount; the company name has a Turkish letter and '& Zn.'.")

    s = seller("Webhosting Veluwe", "Stationsplein 3", "3818 LE Amersfoort", "facturen@webhostingveluwe.nl",
               phone="033 700 41 90", kvk="67721456", btw="NL002265718B44", bic="INGBNL2A", who="Team Webhosting Veluwe",
               holder="Webhosting Veluwe")
    s["iban"] = mkiban("NL")
    inv(L_wefact, tool="WeFact", lang="nl", kind="pdf", s=s, credit=True,
        to=["Kwekerij Van 't Hoog", "t.a.v. dhr. B. van 't Hoog", "Tuinbouwweg 12", "2671 MP Naaldwijk"],
        to_name="Bram van 't Hoog", debtor_name="Kwekerij Van 't Hoog", rcpt="bram@kwekerijvanthoog.nl", business=True,
        number="CF2026-0009", orig="F2026-1193", issue=Dd(11, 24), delay=0, fmt="nl", debno="DB10288",
        lines=[("Webhostingpakket Plus, 01-01-2027 t/m 31-12-2027 (opgezegd)", 1, 17900, 21),
               ("Extra mailbox 10 GB (opgezegd)", 2, 1200, 21)],
        greet="Beste Bram", iban=s["iban"],
        note="WeFact creditfactuur for a cancelled renewal: negative amounts, no due date; the seller's IBAN in the header is the only bank detail; debtor a trade name with an apostrophe particle.")

    kenm2 = betalingskenmerk()
    inv(L_wefact, tool="WeFact", lang="nl", kind="pdf", s=s,
        to=["Dhr. A. el Idrissi", "Soestdijkseweg Zuid 220", "3721 AL Bilthoven"], to_name="Abdelkader el Idrissi",
        debtor_name="A. el Idrissi", rcpt="a.elidrissi@hotmail.com", business=False, number="F2026-1241",
        issue=Dd(11, 27), delay=0, term=14, fmt="nl", debno="DB10417", ref=kenm2, ref_printed=kenm2,
        lines=[("Domeinnaam elidrissi-fotografie.nl (1 jaar)", 1, 995, 21), ("Webhostingpakket Basis (12 maanden)", 1, 8900, 21),
               ("Eenmalige installatie WordPress", 1, 2500, 21)],
        greet="Geachte heer El Idrissi", iban=s["iban"],
        note="WeFact: 'Te betalen voor' with a betalingskenmerk; a Moroccan name with the lower-case particle 'el'.")

    s = seller("Groothandel De Vries Verpakkingen B.V.", "Transportweg 24", "2742 RH Waddinxveen", "administratie@devriesverpakkingen.nl",
               phone="0182 63 07 70", kvk="29034418", btw="NL806512993B01", bic="RABONL2U", holder="De Vries Verpakkingen B.V.")
    s["iban"] = mkiban("NL")
    inv(L_snelstart, tool="SnelStart", lang="nl", kind="pdf", s=s,
        to=["Toko Wing Hing B.V.", "t.a.v. de heer W.K. Chan", "Kruiskade 44", "3012 EH Rotterdam"], to_name="Toko Wing Hing",
        debtor_name="Toko Wing Hing B.V.", rcpt="inkoop@tokowinghing.nl", business=True, number="202611457",
        issue=Dd(11, 18), delay=1, term=30, fmt="nl", cond="30 dagen netto", debno="30871", deliv=Dd(11, 17),
        codes=["BX-2030", "BK-750", "ZK-4060", "FL-PLA"],
        lines=[("Maaltijdbak kraft 750 ml (doos à 300)", 6, 3890, 21), ("Deksel PP voor 750 ml (doos à 300)", 6, 2150, 21),
               ("Zakken papier 40x60 (bundel à 250)", 4, 2675, 21), ("Stretchfolie 23 mu", 2, 1495, 21)],
        greet="", iban=s["iban"],
        note="SnelStart: title left, letterhead right, a ruled box of details beside the window, article codes, a btw-specificatie table and net amounts without currency in the lines.")

    s = seller("Erik Lammers Pianoservice", "Kruisstraat 51", "5612 CG Eindhoven", "erik@lammerspiano.nl",
               phone="06 51 90 33 27", kvk="17221903", btw="NL001744925B97", who="Erik Lammers", holder="E.J. Lammers")
    inv(L_informer, tool="Informer", lang="nl", kind="pdf", s=s,
        to=["Fam. Nowak-Kowalczyk", "Hertog Hendriklaan 9", "5623 LE Eindhoven"], to_name="Agnieszka Nowak",
        debtor_name="Fam. Nowak-Kowalczyk", rcpt="agnieszka.nowak@gmail.com", business=False, number="2026-139",
        issue=Dd(11, 5), delay=0, term=14, fmt="nl", debno="0412", cond="14 dagen na factuurdatum",
        lines=[("Stemmen vleugel (Yamaha C3)", 1, 13500, 21), ("Vervangen hamerkopvilt, 2 stuks", 2, 2250, 21),
               ("Voorrijkosten", 1, 2500, 21)],
        greet="Beste familie Nowak-Kowalczyk,", iban=s["iban"],
        note="Informer: details on the left and 'Factuuradres' on the right; a Polish household ('Fam.') with a double surname.")

    s = seller("Boomverzorging Van Rijn", "Molenweg 4a", "3941 ZJ Doorn", "info@boomverzorgingvanrijn.nl",
               phone="0343 41 72 08", kvk="30219987", btw="NL001523378B06", bic="RABONL2U", who="Wouter van Rijn",
               holder="Boomverzorging Van Rijn")
    s["iban"] = mkiban("NL")
    kenm3 = betalingskenmerk()
    inv(L_eboek, tool="e-Boekhouden", lang="nl", kind="pdf", s=s,
        to=["Hoveniersbedrijf De Wilde Wingerd V.O.F.", "Beukenlaan 27", "3981 GD Bunnik"], to_name="De Wilde Wingerd",
        debtor_name="Hoveniersbedrijf De Wilde Wingerd V.O.F.", rcpt="post@dewildewingerd.nl", business=True,
        number="F260219", issue=Dd(10, 30), delay=3, term=21, fmt="nl", debno="1047", ref=kenm3, ref_printed=kenm3,
        lines=[("Kroonreductie eik, Beukenlaan 3 (opdracht via u)", 1, 48500, 21), ("Rooien en afvoeren 2 coniferen", 2, 16500, 21),
               ("Stobbenfrezen", 2, 6000, 21)],
        greet="Beste Pieter en Marloes,", iban=s["iban"],
        note="e-Boekhouden: '(deb.nr. 1047)' on the name line of the window; due date printed in words; mailed three days after the invoice date.")

    s = seller("Schrijnwerkerij Dirk Verhaegen", "Mechelsesteenweg 188", "2500 Lier", "dirk@schrijnwerkerijverhaegen.be",
               ib="BE", phone="0476 21 88 30", kvk="0712.455.902", btw="BE0712.455.902", bic="GEBABEBB",
               who="Dirk Verhaegen", place="Lier")
    ref = be_structured()
    inv(L_libre_be, tool="LibreOffice Writer", lang="nl", kind="pdf", s=s,
        to=["Brouwerij 't Pakhuis BV", "t.a.v. mevrouw Ine Claes", "Vlaamse Kaai 76", "2000 Antwerpen"], to_name="Ine Claes",
        debtor_name="Brouwerij 't Pakhuis BV", rcpt="ine.claes@pakhuis.be", business=True, number="2026/044",
        issue=Dd(11, 13), delay=1, term=30, fmt="nl", ref=ref, ref_printed=ref, paid_label="", note_vat="",
        intro="Voor de volgende werken in uw proeflokaal:",
        lines=[("Toog in massief eiken, 6,4 m, op maat gemaakt en geplaatst", 1, 684000, 21),
               ("Wandrek voor flessen, gelakt", 1, 124500, 21), ("Verplaatsing en plaatsing (2 dagen)", 1, 38000, 21)],
        subject="factuur toog proeflokaal",
        body="Dag Ine,\n\nIn bijlage vind je de factuur voor de toog en het flessenrek. Het was een plezier om eraan te werken,\n"
             "en proficiat met de heropening!\n\nMet vriendelijke groeten,\nDirk\n\n--\nSchrijnwerkerij Dirk Verhaegen\n0476 21 88 30",
        iban=s["iban"],
        note="A Flemish LibreOffice letter: 'Aan:' block on the right, place and date, 'Vervaldag', a gestructureerde mededeling; BE IBAN.")

    s = seller("Bouwonderneming Van Hecke BV", "Industrieweg 112", "9032 Wondelgem", "boekhouding@vanhecke-bouw.be",
               ib="BE", phone="09 226 41 70", kvk="0467.208.113", btw="BE0467.208.113", bic="KREDBEBB",
               who="Annelies Van Hecke", place="Wondelgem")
    ref = be_structured()
    inv(L_libre_be, tool="LibreOffice Writer", lang="nl", kind="pdf", s=s,
        to=["Dhr. J. Peeters en Mevr. E. Wouters", "Kortrijksesteenweg 310", "9000 Gent"], to_name="Jan Peeters",
        debtor_name="J. Peeters en E. Wouters", rcpt="jan.peeters@telenet.be", business=False, number="F26/0187",
        issue=Dd(11, 23), delay=2, term=15, fmt="nl", ref=ref, ref_printed=ref,
        paid_label="Reeds betaald: voorschotfactuur F26/0121", paid=1500000,
        note_vat="Btw-tarief 6 %: renovatie van een privéwoning ouder dan 10 jaar, bestemd voor bewoning (verklaring van de "
                 "afnemer ontvangen). Bij gebrek aan schriftelijke betwisting binnen de maand na ontvangst wordt de afnemer geacht "
                 "te erkennen dat de voorwaarden voor het verlaagd tarief vervuld zijn.",
        intro="Eindfactuur renovatie badkamer en keuken, Kortrijksesteenweg 310:",
        lines=[("Afbraak en afvoer bestaande badkamer en keuken", 1, 385000, 6), ("Sanitair en tegelwerk badkamer", 1, 1478000, 6),
               ("Keukeninstallatie, aansluitingen en plaatsing", 1, 1126000, 6), ("Schilderwerken", 1, 296000, 6)],
        subject="Eindfactuur F26/0187 - renovatie Kortrijksesteenweg",
        body="Geachte heer Peeters, geachte mevrouw Wouters,\n\nIn bijlage onze eindfactuur voor de renovatiewerken. Het voorschot "
             "van 15.000 euro werd in mindering gebracht.\n\nMet vriendelijke groeten,\n\nAnnelies Van Hecke\nadministratie\n"
             "Bouwonderneming Van Hecke BV",
        iban=s["iban"],
        note="Flemish final invoice to a couple with their own surnames (titles dropped), 6% renovation VAT with its legal text, a deposit invoice deducted, structured reference.")

    s = seller("Nina Hoekman Illustratie", "Lange Nieuwstraat 3", "3512 PA Utrecht", "hallo@ninahoekman.nl",
               phone="06 13 57 24 68", kvk="74221870", btw="NL002871904B52", who="Nina", holder="N.M. Hoekman")
    inv(L_jortt, tool="Jortt", lang="nl", kind="pdf", s=s,
        to=["Yılmaz Naaiatelier", "t.a.v. A. Yılmaz", "Kanaalstraat 88", "3531 CM Utrecht"], to_name="Ayse Yilmaz",
        debtor_name="Yılmaz Naaiatelier", rcpt="info@yilmaznaaiatelier.nl", business=True, number="NH-2026-031",
        issue=Dd(11, 26), delay=0, term=30, fmt="nl",
        lines=[("Logo en huisstijl (vast bedrag)", 1, 65000, 21), ("Illustratie etalageraam", 1, 32000, 21),
               ("Drukklaar maken visitekaartjes", 1, 7500, 21)],
        greet="Hoi Ayşe", about="het logo, de etalage-illustratie en de visitekaartjes", iban=s["iban"],
        note="Jortt: one-line letterhead, 'Aan' block with a trade name and a Turkish personal name in the t.a.v. line.")

    s = seller("Hondenschool Pootje Baden", "Kadoelenweg 301", "1035 RC Amsterdam", "info@pootjebaden.nl",
               phone="06 33 48 19 22", web="www.pootjebaden.nl", kvk="85520193", btw="NL004118266B71", bic="BUNQNL2A",
               holder="Hondenschool Pootje Baden")
    s["iban"] = mkiban("NL")
    v_mb = dict(title="Factuur", labels=["Factuurnummer", "Factuurdatum", "Vervaldatum", "Omschrijving", "Aantal", "Prijs", "Btw",
                                         "Totaal"], dstyle="dmy-", fnword="Factuur",
                tlab={"sub": "Subtotaal", "vat": "%s btw", "total": "Totaal"})
    inv(L_moneybird, tool="Moneybird", lang="nl", kind="pdf", s=s,
        to=["K. Mensah-Asante", "Bijlmerdreef 1045", "1103 TX Amsterdam"], to_name="Kofi Mensah-Asante",
        debtor_name="K. Mensah-Asante", rcpt="kofi.mensah.asante@outlook.com", business=False, number="2026-0390",
        issue=Dd(11, 19), delay=0, term=14, fmt="nl",
        lines=[("Puppycursus 'Basis' (8 lessen)", 1, 16500, 21), ("Privéles aan huis", 1, 4500, 21)],
        paytext=lambda v: ("Betaal eenvoudig online via iDEAL: https://moneybird.com/p/%s of maak %s over naar %s t.n.v. %s "
                           "onder vermelding van factuurnummer %s." % (LINK(20), v.m(v.c["due"]), v.s["iban"], v.s["holder"], v.number)),
        body=lambda v: ("Beste Kofi,\n\nBedankt voor het meedoen met de puppycursus, Lobo deed het super!\n\n"
                        "Hierbij ontvang je factuur %s. Je kunt de factuur direct online betalen via de link in de factuur.\n\n"
                        "Met vriendelijke groet,\nEsther\nHondenschool Pootje Baden" % v.number),
        subject=lambda v: "Factuur %s van Hondenschool Pootje Baden" % v.number, iban=s["iban"],
        note="Moneybird consumer invoice with an online payment link beside the IBAN; a Ghanaian double-barrelled name with initials.",
        **v_mb)

    # --- typed in the mail
    s = seller("Tuinonderhoud Gijs Smeets", "Kerkstraat 9", "6191 JE Beek", "gijs.smeets.tuinen@gmail.com")
    def body_hovenier(v):
        c = v.c
        return ("Goedemiddag mevrouw De Boer,\n\nZoals afgesproken hierbij de rekening voor het najaarsonderhoud.\n\n"
                "FACTUUR %s\nDatum: %s\n\nAan: Mw. J.C. de Boer-van Rijn\n     Op de Vos 14\n     6191 KR Beek\n\n"
                "- snoeien haag en heesters, 7 uur a %s       %s\n"
                "- blad ruimen + afvoer groenafval              %s\n"
                "                                   ----------\n"
                "subtotaal                                %s\n"
                "btw 21%%                                  %s\n"
                "totaal                                   %s\n\n"
                "Graag binnen 14 dagen overmaken op %s t.n.v. G.H. Smeets ovv het factuurnummer.\n\n"
                "Fijne feestdagen alvast (beetje vroeg, ik weet het ;-))\n\nGijs Smeets\nTuinonderhoud | 06-14 20 77 81\n"
                "KvK 77410928 | btw NL003920411B88"
                % (v.number, ddate(v.issue, "d-m-y", "nl"), v.m(c["rows"][0][2], "nl"), v.m(c["rows"][0][4], "nl"),
                   v.m(c["rows"][1][4], "nl"), v.m(c["net"], "nl"), v.m(c["vat"][21], "nl"), v.m(c["total"], "nl"), s["iban"]))
    inv(L_typed, tool="typed in the mail", lang="nl", kind="body-text", s=s, to=[], to_name="",
        debtor_name="J.C. de Boer-van Rijn", rcpt="jc.deboer@kpnmail.nl", business=False, number="2026-047",
        issue=Dd(11, 28), delay=0, term=14, fmt="nl",
        lines=[("snoeien", 7, 4250, 21), ("blad ruimen", 1, 9500, 21)], body=body_hovenier,
        subject="rekening tuinonderhoud", iban=s["iban"],
        note="A gardener's bill typed in a plain mail from a Gmail address, 'Aan: Mw.' with a double surname (title dropped); term only.")

    s = seller("Koen Verstraeten ICT", "Van Limburg Stirumstraat 8", "3581 VP Utrecht", "koen@verstraeten-ict.nl")
    def body_ict(v):
        c = v.c
        rows = "\n".join("  %-46s %5s  %10s" % (d_, qty(q, "nl"), v.m(a, "nl0")) for d_, q, p_, r_, a in c["rows"])
        return ("Beste Henk en Rekha,\n\nHierbij mijn factuur voor november. Ik stuur hem deze keer even in de mail omdat mijn "
                "boekhoudpakket eruit ligt, hoop dat dat geen probleem is.\n\n"
                "Factuurnummer: %s\nFactuurdatum: %s\n"
                "Aan: Huisartsenpraktijk Van der Meer & Soekhlal\n     Julianaweg 140, 3581 LE Utrecht\n\n"
                "%s\n\n  Totaal excl. btw                                    %s\n  Btw 21%%                                            %s\n"
                "  Totaal incl. btw                                    %s\n\n"
                "Betaling graag binnen 30 dagen op NL%s (K.P. Verstraeten), onder vermelding van het factuurnummer.\n\n"
                "Groet,\nKoen\n\n--\nKoen Verstraeten ICT | KvK 60112875 | btw NL001902334B15\n"
                % (v.number, ddate(v.issue, "long", "nl"), rows, v.m(c["net"], "nl0"), v.m(c["vat"][21], "nl0"),
                   v.m(c["total"], "nl0"), s["iban"][2:]))
    inv(L_typed, tool="typed in the mail", lang="nl", kind="body-text", s=s, to=[], to_name="Praktijkmanager",
        debtor_name="Huisartsenpraktijk Van der Meer & Soekhlal", rcpt="praktijkmanager@hapvandermeer.nl", business=True,
        number="KV-2611", issue=Dd(11, 30), delay=1, term=30, fmt="nl0",
        lines=[("Maandelijks beheer werkplekken (6 stuks)", 6, 3500, 21), ("Storing printer balie opgelost (uur)", 1.5, 7500, 21),
               ("Vervangen SSD spreekkamer 2, incl. materiaal", 1, 14900, 21)],
        body=body_ict, subject="Factuur november (KV-2611)", iban=s["iban"],
        note="An ICT freelancer's invoice typed in the mail because his tool is down; the IBAN written as 'NL' plus the rest; a practice named after two doctors, one Surinamese-Hindustani.")

    s = seller("Bijles Nadia Haddou", "Prins Bernhardlaan 77", "2405 VV Alphen aan den Rijn", "nadia.bijles@gmail.com")
    def body_bijles(v):
        c = v.c
        return ("Beste meneer Baldewsingh,\n\nHierbij de nota voor de bijlessen wiskunde van Anjali in november.\n\n"
                "Nota %s (%s)\nt.n.v. Dhr. R. Baldewsingh\n\n"
                "%s lessen x %s = %s\n(vrijgesteld van btw, art. 11 lid 1 sub o Wet OB)\n\n"
                "Wilt u het bedrag binnen 7 dagen overmaken naar %s t.n.v. N. Haddou? Onder vermelding van: %s Anjali\n\n"
                "Anjali gaat echt vooruit, de laatste toets een 7,2!\n\nGroetjes,\nNadia Haddou\n"
                % (v.number, ddate(v.issue, "dmy-", "nl"), qty(c["rows"][0][1], "nl"), v.m(c["rows"][0][2], "nl"),
                   v.m(c["total"], "nl"), mk.iban_spaced(s["iban"]), v.number))
    inv(L_typed, tool="typed in the mail", lang="nl", kind="body-text", s=s, to=[], to_name="R. Baldewsingh",
        debtor_name="R. Baldewsingh", rcpt="r.baldewsingh@planet.nl", business=False, number="BL-26-23",
        issue=Dd(12, 1), delay=0, term=7, fmt="nl", lines=[("bijles wiskunde", 4, 3250, 0)],
        body=body_bijles, subject="nota bijles november", iban=s["iban"],
        note="A tutor's VAT-exempt nota typed in the mail, addressed to the parent (the pupil named); 'Onder vermelding van' the number and the child's name is not a labelled payment reference.")

    # --- HTML
    s = seller("Koffiebranderij De Zwarte Parel", "Zuiderkade 15", "1948 NG Beverwijk", "bestellingen@dezwarteparel.nl",
               kvk="72019384", btw="NL859200413B01", holder="De Zwarte Parel B.V.")
    def html_koffie(v):
        c = v.c
        rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" %
                       (html.escape(d_), qty(q, "nl"), v.m(a, "nl")) for d_, q, p_, r_, a in c["rows"])
        return ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Beste Fatima,</p>"
                "<p>Bedankt voor je bestelling op rekening! Hieronder de factuur; de koffie is vandaag verzonden met PostNL.</p>"
                "<h2>Factuur %s</h2><table cellpadding=\"4\"><tr><td><b>Factuurdatum</b></td><td>%s</td></tr>"
                "<tr><td><b>Bestelnummer</b></td><td>#%s</td></tr><tr><td><b>Factuuradres</b></td><td>Lunchroom Zoet &amp; Zout<br>"
                "t.a.v. F. Amrani<br>Breestraat 61<br>1941 EH Beverwijk</td></tr></table>"
                "<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th align=\"left\">Product</th><th>Aantal</th>"
                "<th align=\"right\">Bedrag</th></tr>%s"
                "<tr><td colspan=\"2\">Subtotaal (excl. btw)</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"2\">Btw 9%%</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"2\">Btw 21%%</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"2\"><b>Totaal</b></td><td align=\"right\"><b>%s</b></td></tr></table>"
                "<p>Betaal binnen 14 dagen op <b>%s</b> t.n.v. %s, onder vermelding van factuurnummer %s.</p>"
                "<p>Hartelijke groet,<br>Team De Zwarte Parel</p><p style=\"font-size:11px;color:#888\">KvK 72019384 · btw "
                "NL859200413B01</p></body></html>"
                % (v.number, ddate(v.issue, "long", "nl"), v.order, rows, v.m(c["net"], "nl"), v.m(c["vat"][9], "nl"),
                   v.m(c["vat"][21], "nl"), v.m(c["total"], "nl"), mk.iban_spaced(s["iban"]), s["holder"], v.number))
    def text_koffie(v):
        return ("Beste Fatima,\n\nBedankt voor je bestelling op rekening! Factuur %s, totaal %s, te betalen binnen 14 dagen "
                "op %s.\n\nTeam De Zwarte Parel" % (v.number, v.m(v.c["total"], "nl"), mk.iban_spaced(s["iban"])))
    inv(L_html, tool="web shop (HTML)", lang="nl", kind="body-html", s=s, to=[], to_name="Lunchroom Zoet & Zout",
        debtor_name="Lunchroom Zoet & Zout", rcpt="info@zoetenzout-beverwijk.nl", business=True, number="ZP-F-2026-0877",
        order="10482", issue=Dd(11, 25), delay=0, term=14, fmt="nl",
        lines=[("Espresso blend 'Nachtwacht' 1 kg", 6, 2450, 9), ("Decaf Colombia 500 g", 2, 1395, 9),
               ("Barista melkkan 600 ml", 1, 1895, 21)],
        html=html_koffie, body=text_koffie, subject="Je factuur ZP-F-2026-0877 (bestelling #10482)", iban=s["iban"],
        note="A roaster's web-shop HTML invoice on account with 9% and 21%; the order number with '#' beside the invoice number; debtor a lunchroom's trade name with a t.a.v. line.")

    s = seller("Dansschool Sway", "Weena 620", "3012 CN Rotterdam", "administratie@dansschoolsway.nl",
               kvk="63820146", holder="Dansschool Sway")
    def html_dans(v):
        c = v.c
        return ("<!DOCTYPE html><html><body><table width=\"600\" style=\"font-family:Helvetica\"><tr><td>"
                "<p style=\"font-size:20px\"><b>Dansschool Sway</b></p><p>Hoi Priya,</p>"
                "<p>Hier is je factuur voor het lesseizoen winter 2026/27.</p>"
                "<table width=\"100%%\"><tr><td>Factuur</td><td align=\"right\">%s</td></tr>"
                "<tr><td>Datum</td><td align=\"right\">%s</td></tr><tr><td>Naam</td><td align=\"right\">Priya Ramcharan</td></tr>"
                "<tr><td>%s</td><td align=\"right\">%s</td></tr><tr><td>%s</td><td align=\"right\">%s</td></tr>"
                "<tr><td><b>Te betalen</b></td><td align=\"right\"><b>%s</b></td></tr>"
                "<tr><td>Uiterlijk betalen op</td><td align=\"right\">%s</td></tr></table>"
                "<p><a href=\"https://pay.mollie.com/p/%s\" style=\"background:#111;color:#fff;padding:10px\">Betaal met iDEAL</a></p>"
                "<p>Liever zelf overmaken? Dat kan naar %s t.n.v. Dansschool Sway, betalingskenmerk %s.</p>"
                "<p>Bedragen zijn inclusief 21%% btw (%s).</p><p>Tot op de dansvloer!<br>Dansschool Sway</p></td></tr></table>"
                "</body></html>" % (v.number, ddate(v.issue, "dmy-", "nl"), html.escape(c["rows"][0][0]), v.m(rnd(c["rows"][0][4] * 1.21), "nl"),
                                    html.escape(c["rows"][1][0]), v.m(rnd(c["rows"][1][4] * 1.21), "nl"), v.m(c["total"], "nl"),
                                    ddate(v.due, "dmy-", "nl"), LINK(10), s["iban"], v.ref_printed, v.m(c["vat"][21], "nl")))
    kenm = betalingskenmerk()
    inv(L_html, tool="Mollie payment mail (HTML)", lang="nl", kind="body-html", s=s, to=[], to_name="Priya Ramcharan",
        debtor_name="Priya Ramcharan", rcpt="priya.ramcharan@gmail.com", business=False, number="SW26-1530",
        issue=Dd(11, 21), delay=0, due=Dd(12, 5), fmt="nl", ref=kenm, ref_printed=kenm,
        lines=[("Salsa beginners (12 lessen)", 1, 14876, 21), ("Inschrijfgeld", 1, 1240, 21)],
        html=html_dans, body=lambda v: "Hoi Priya, hier is je factuur %s. Open deze mail in HTML om te betalen." % v.number,
        subject="Je factuur van Dansschool Sway", iban=s["iban"],
        note="A dance school's HTML invoice with a Mollie pay button and a betalingskenmerk; prices include VAT (net computed back); a fixed due date.")



# ================================================================ the invoices: English

def english():
    s = seller("Hartley & Sons Surveyors Ltd", "14 Corn Street", "Bristol BS1 1HT", "accounts@hartleysurveyors.co.uk", ib="GB",
               country="United Kingdom", btw="GB 318 4471 20", kvk="08812345", holder="Hartley & Sons Surveyors Ltd")
    inv(L_xero, tool="Xero", lang="en", kind="pdf", s=s,
        to=["Harbour & Finch Ltd", "Attn: Accounts Payable", "Unit 4 Quayside Park", "Bristol", "BS1 6UH"],
        to_name="Accounts Payable", debtor_name="Harbour & Finch Ltd", rcpt="ap@harbourfinch.co.uk", business=True,
        number="INV-2291", issue=Dd(11, 10), delay=0, due=Dd(12, 10), cur="GBP", fmt="en", yourref="Dilapidations, 3rd floor",
        paid=60000, hi="Accounts Payable",
        lines=[("Schedule of dilapidations, third floor offices", 1, 185000, 20), ("Site visit and photographic record", 2, 32500, 20),
               ("Negotiation with landlord's surveyor (hours)", 3.5, 14000, 20)],
        iban=s["iban"], note="Xero TAX INVOICE: the debtor block top left under the title with an 'Attn:' line, the seller block right; a part payment ('Less Amount Paid'); a payment advice slip repeating the amount due; sent by the platform.")

    s = seller("Northlight Data Ltd", "2 Leonard Circus", "London EC2A 4DQ", "billing@northlightdata.co.uk", ib="GB",
               country="United Kingdom", bic="BARCGB22", holder="Northlight Data Ltd")
    inv(L_qbo, tool="QuickBooks", lang="en", kind="pdf", s=s,
        to=["Brightwater Analytics LLC", "Attn: Dana Whitfield", "1200 Pearl St, Suite 300", "Boulder, CO 80302", "USA"],
        to_name="Dana Whitfield", debtor_name="Brightwater Analytics LLC", rcpt="dana@brightwateranalytics.com", business=True,
        number="1087", issue=Dd(11, 3), delay=1, term=30, cond="Net 30", cur="USD", fmt="en",
        actdates=[Dd(10, 14), Dd(10, 28), Dd(11, 2)], paid=500000, hi="Dana",
        lines=[("Data pipeline build (milestone 2)", 1, 960000, 0), ("Dashboard design, hours", 18, 15000, 0),
               ("Cloud hosting pass-through, October", 1, 41280, 0)],
        iban=s["iban"], note="QuickBooks: a UK business billing a US LLC in USD, dates MM/DD/YYYY, 'Net 30', a deposit as 'PAYMENT', balance due; wire details with a GB IBAN; sent by Intuit with the business in Reply-To.")

    s = seller("Vermeer Flower Bulbs B.V.", "Heereweg 318", "2161 BR Lisse", "export@vermeerbulbs.nl", country="The Netherlands",
               btw="NL861227304B01", bank="Rabobank", bic="RABONL2U", who="Joost Vermeer")
    inv(L_zoho, tool="Zoho Invoice", lang="en", kind="pdf", s=s,
        to=["Tanaka Garden Co., Ltd.", "Attn: Mr. Hiroshi Tanaka", "2-14-7 Kamimeguro, Meguro-ku", "Tokyo 153-0051", "Japan"],
        to_name="Hiroshi Tanaka", debtor_name="Tanaka Garden Co., Ltd.", rcpt="h.tanaka@tanakagarden.co.jp", business=True,
        number="VFB-000612", issue=Dd(10, 19), delay=1, term=30, cond="Net 30", cur="JPY", fmt="jpy", yourref="TG-2026-118",
        hi="Mr. Tanaka",
        lines=[("Tulip bulbs 'Queen of Night' 12/+, per 1,000", 4, 38000, 0), ("Tulip bulbs 'Angelique' 12/+, per 1,000", 3, 41500, 0),
               ("Phytosanitary certificate", 1, 9500, 0), ("Air freight handling Schiphol", 1, 42000, 0)],
        iban=s["iban"], note="Zoho Invoice in JPY (no decimals, '¥'), export at 0%: amounts in yen; 'Co., Ltd.' with a comma inside the name; an 'Attn: Mr.' contact; the P.O. number is the customer's.")

    s = seller("Amelia Croft Design", "Studio 9, Hope Mill, 113 Pollard Street", "Manchester M4 7JA", "amelia@ameliacroft.design",
               ib="GB", country="United Kingdom", phone="07700 914 226", holder="Amelia Croft")
    inv(L_freshbooks, tool="FreshBooks", lang="en", kind="pdf", s=s,
        to=["Okafor & Bell LLP", "Attn: Chinwe Okafor", "18 King Street", "Manchester M2 4LQ"], to_name="Chinwe Okafor",
        debtor_name="Okafor & Bell LLP", rcpt="c.okafor@okaforbell.law", business=True, number="0000143",
        issue=Dd(11, 17), delay=0, term=30, cur="GBP", fmt="en", yourref="Website refresh", paid=75000,
        msg="Hi Chinwe, here's the invoice for the website refresh. The 50% upfront is already taken off. Thanks! Amelia",
        lines=[("Website design (6 templates)", 1, 180000, 0), ("Copy editing, hours", 4, 4500, 0), ("Stock photography licences", 3, 2800, 0)],
        novat=True, iban=s["iban"], note="FreshBooks: 'Billed To' block beside date and number columns, an upfront payment already made, a sole trader not registered for VAT (no VAT line); sent by FreshBooks.")

    s = seller("Pennine Heating Services Ltd", "Unit 7, Kirkstall Industrial Park", "Leeds LS5 3BF", "office@penninehs.co.uk",
               ib="GB", phone="0113 274 9810", btw="GB 284 1177 63", kvk="06127733", holder="Pennine Heating Services Ltd")
    inv(L_sage, tool="Sage", lang="en", kind="pdf", s=s,
        to=["Dr Aisling McCarthy", "c/o Hollis & Wray Property Management", "3 Park Square East", "Leeds LS1 2NE"],
        ship=["Flat 2", "27 Cardigan Road", "Leeds LS6 1LJ"], to_name="Hollis & Wray - maintenance",
        debtor_name="Dr Aisling McCarthy", rcpt="maintenance@holliswray.co.uk", business=False, number="40218",
        issue=Dd(11, 11), delay=1, term=30, cond="30 days", cur="GBP", fmt="en", debno="MCCA002", yourref="HW-JOB-7781",
        lines=[("Annual boiler service and gas safety certificate (CP12)", 1, 9500, 20), ("Replace expansion vessel 8L", 1, 14500, 20),
               ("Labour (hours)", 1.5, 5500, 20)],
        subject="Invoice 40218 - 27 Cardigan Road, Flat 2",
        body="Good morning,\n\nPlease find attached our invoice 40218 for the boiler service at Flat 2, 27 Cardigan Road, on behalf of "
             "Dr McCarthy. The gas safety certificate follows in a separate email.\n\nKind regards\n\nJoanne Platt\nAccounts\n"
             "Pennine Heating Services Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee.",
        iban=s["iban"], note="Sage 50 layout with invoice and delivery addresses: the landlord (a doctor, private) 'c/o' her letting agent, whose mailbox receives it; a row of labels incl. 'Account Ref.' and 'Your Order No.'.")

    s = seller("Atlantic Drone Surveys", "Unit 3, Galway Technology Park", "Parkmore, Galway H91 E2KX", "hello@atlanticdrone.ie",
               ib="IE", country="Ireland", phone="+353 91 774 210", web="atlanticdrone.ie", bic="AIBKIE2D",
               holder="Atlantic Drone Surveys")
    inv(L_wave, tool="Wave", lang="en", kind="pdf", s=s,
        to=["Lakeshore Pottery Inc.", "88 Queen St E", "Toronto ON M5C 1S1", "Canada"], to_name="Lakeshore Pottery",
        debtor_name="Lakeshore Pottery Inc.", rcpt="office@lakeshorepottery.ca", business=True, number="00072",
        issue=Dd(11, 6), delay=0, term=15, cur="USD", fmt="en", paid=80000, paidwhen="October 30, 2026",
        msg="Hi there, thanks again for having us out at the Kinsale warehouse. Invoice attached - the deposit you paid is deducted. Cheers, Ciarán",
        lines=[("Aerial survey of roof and facade, Kinsale site", 1, 240000, 0), ("3D model and orthophoto export", 1, 65000, 0)],
        novat=True, iban=s["iban"], note="Wave: title and seller block right, 'BILL TO' left with details as bold labels beside it; a Canadian Inc. billed in USD by an Irish firm with an IE IBAN; a payment made on a date shown as a deduction; zero-rated service (no VAT line).")

    s = seller("Pixelwerf", "Oudegracht 224", "3511 NT Utrecht", "billing@pixelwerf.dev", web="pixelwerf.invoicing.co",
               bic="INGBNL2A", who="Thijs de Wit", holder="Pixelwerf V.O.F.")
    s["iban"] = mkiban("NL")
    inv(L_ninja, tool="Invoice Ninja", lang="en", kind="pdf", s=s,
        to=["Kookaburra Digital Pty Ltd", "Attn: Finance", "Level 5, 12 Bridge Street", "Sydney NSW 2000", "Australia"],
        to_name="Kookaburra Digital Finance", debtor_name="Kookaburra Digital Pty Ltd", rcpt="finance@kookaburradigital.com.au",
        business=True, number="0147", issue=Dd(11, 25), delay=0, term=14, cond="Net 14", fmt="encode", yourref="KD-PO-3390",
        codes=["DEV", "DEV", "QA"], paid=300000, hi="Finance team",
        lines=[("Mobile app sprint 7 (fixed price)", 1, 620000, 0), ("Change requests (hours)", 11, 9500, 0),
               ("Test round on devices", 1, 48000, 0)],
        iban=s["iban"], note="Invoice Ninja: details left and client right, amounts as 'EUR 1,234.56', 'Paid to Date' subtracted; an Australian Pty Ltd billed outside the EU (VAT 0%).")

    s = seller("Orla Brennan Illustration", "Apt 4, 19 Mountjoy Square", "Dublin 1, D01 K2Y7", "orla@orlabrennan.ie", ib="IE",
               bank="AIB", bic="AIBKIE2D", short="OrlaBrennan")
    inv(L_pages, tool="Apple Pages", lang="en", kind="pdf", s=s,
        to=["Fox & Fern Publishing Limited", "21 Fitzwilliam Place", "Dublin 2", "D02 T292"], to_name="Fox & Fern Publishing",
        debtor_name="Fox & Fern Publishing Limited", rcpt="accounts@foxandfern.ie", business=True, number="OB-019",
        issue=Dd(11, 4), delay=2, term=30, fmt="en",
        lines=[("Cover illustration, 'The Salt Road' (incl. print rights)", 1, 120000, 23), ("Six chapter vignettes", 6, 9500, 23)],
        subject="Invoice OB-019 - The Salt Road",
        body="Hi Deirdre,\n\nAttached is my invoice for the Salt Road cover and the vignettes. Lovely working with you on this one!\n\n"
             "All the best,\nOrla\n\nSent from my iPad",
        iban=s["iban"], note="An Apple Pages template: a large name, 'INVOICE NO.' and date left, 'TO' block right, no column headers; term in a sentence; mailed two days later from an iPad.")

    s = seller("Wild Bloom Events", "Czaar Peterstraat 118", "1018 PR Amsterdam", "hello@wildbloomevents.nl", bic="BUNQNL2A",
               tag="floral design for weddings & events", holder="Wild Bloom Events")
    s["iban"] = mkiban("NL")
    inv(L_canva, tool="Canva", lang="en", kind="pdf", s=s,
        to=["Priya & Arjun Sharma", "Haarlemmerweg 412", "1014 BM Amsterdam"], to_name="Priya Sharma",
        debtor_name="Priya & Arjun Sharma", rcpt="priya.arjun.wedding@gmail.com", business=False, number="WB-2026-27",
        issue=Dd(11, 2), delay=0, due=Dd(11, 30), fmt="en", event="Wedding, 21 November 2026", paid=50000,
        lines=[("Mandap flowers (marigold & rose garlands)", 1, 185000, 21), ("Bridal bouquet", 1, 18500, 21),
               ("Table arrangements", 14, 4200, 21), ("Set-up and clearing", 1, 22000, 21)],
        subject="Your final invoice - Wild Bloom Events 🌸",
        body="Dear Priya and Arjun,\n\nCongratulations once more - it was such a joy to do the flowers for your wedding!\n\n"
             "Please find the final invoice attached. Your deposit of €500 has already been taken off, so the balance is what's left.\n\n"
             "Warmly,\nLotte\nWild Bloom Events",
        iban=s["iban"], note="A Canva template with capitals everywhere, a couple as the debtor, a deposit paid and the balance due by a date (EUR in English from Amsterdam).")

    s = seller("Greenway Bike Works", "41 Stoneybatter", "Dublin 7, D07 Y2C3", "info@greenwaybikes.ie", ib="IE",
               btw="IE 3344576UH", bic="BOFIIE2D")
    inv(L_sumup, tool="SumUp Invoices (Debitoor)", lang="en", kind="pdf", s=s,
        to=["Accra Spice Kitchen Ltd", "attn. Kwame Boateng", "5 Capel Street", "Dublin 1"], to_name="Kwame Boateng",
        debtor_name="Accra Spice Kitchen Ltd", rcpt="kwame@accraspicekitchen.ie", business=True, number="207",
        issue=Dd(11, 14), delay=0, term=14, cond="14 days net", fmt="en", deliv=Dd(11, 12),
        lines=[("Cargo bike service (delivery fleet)", 3, 8500, 23), ("Brake pads, hydraulic", 6, 1890, 23),
               ("Tyre Schwalbe Marathon 20\"", 2, 3450, 23)],
        iban=s["iban"], note="SumUp Invoices (formerly Debitoor): 'Customer' block left, invoice details right, delivery date; a Ghanaian contact under an Irish Ltd; only a three-digit number.")

    s = seller("Studio Ravnsborg", "Spaarne 92", "2011 CL Haarlem", "post@studioravnsborg.nl", btw="NL001963550B29",
               bic="RABONL2U", phone="+31 6 2884 1093")
    s["iban"] = mkiban("NL")
    inv(L_zervant, tool="Zervant", lang="en", kind="pdf", s=s,
        to=["Fjordlys Design AS", "v/ Ingrid Solberg", "Møllergata 12", "0179 Oslo", "Norway"], to_name="Ingrid Solberg",
        debtor_name="Fjordlys Design AS", rcpt="faktura@fjordlys.no", business=True, number="1041", cur="NOK", fmt="nok",
        issue=Dd(11, 18), delay=1, term=21, cond="21 days net", yourref="Ingrid Solberg", title="INVOICE",
        labels=["Invoice number", "Invoice date", "Terms of payment", "Due date", "Our/your reference", "Description", "Qty",
                "Unit price", "VAT", "Total"], dstyle="dmy.", fnword="Invoice",
        tlab={"sub": "Total excl. VAT", "vat": "VAT %s", "total": "Total to pay"},
        lines=[("Textile pattern collection 'Nordlys' (8 designs)", 8, 420000, 0), ("Licence, 2 years, Nordic market", 1, 1250000, 0)],
        paytext=lambda v: "VAT reverse charged (services to a business outside the EU). Please pay %s by %s to IBAN %s, BIC %s, "
                          "quoting invoice number %s." % (v.m(v.c["due"]), ddate(v.due, "dmy.", "en"), v.s["iban"], v.s["bic"], v.number),
        subject="Invoice 1041 from Studio Ravnsborg",
        body="Hei Ingrid,\n\nPlease find attached invoice 1041 for the Nordlys collection and the licence, in NOK as agreed.\n\n"
             "Best regards,\nMaaike Ravnsborg\nStudio Ravnsborg",
        iban=s["iban"], note="Zervant in English, amounts in NOK ('NOK 12 345,00' with space groups); a Norwegian AS with a 'v/' contact line; reverse charge.")

    s = seller("Brugman Legal Translations", "Javastraat 42", "2585 AP Den Haag", "invoices@brugmantranslations.nl",
               kvk="65540218", btw="NL001834265B08", bic="ABNANL2A", web="brugmantranslations.nl", holder="M.E. Brugman")
    s["iban"] = mkiban("NL")
    inv(L_moneybird, tool="Moneybird (English, UBL)", lang="en", kind="pdf+ubl", s=s,
        to=["Northwind Robotics B.V.", "Attn. Finance Department", "Torenallee 20", "5617 BC Eindhoven"], to_name="Finance",
        debtor_name="Northwind Robotics B.V.", rcpt="invoices@northwindrobotics.com", business=True, number="2026-0211",
        issue=Dd(11, 27), delay=0, term=30, fmt="en", bref="NWR-PO-55120", title="Invoice",
        labels=["Invoice number", "Invoice date", "Due date", "Description", "Qty", "Price", "VAT", "Amount"], dstyle="long",
        fnword="Invoice", tlab={"sub": "Subtotal", "vat": "VAT %s", "total": "Total"},
        lines=[("Sworn translation, shareholders' agreement NL>EN (words)", 8420, 14, 21), ("Certification and apostille handling", 1, 6500, 21),
               ("Rush surcharge 25%", 1, 29470, 21)],
        paytext=lambda v: "Please transfer %s by %s to %s (%s), stating invoice number %s. An e-invoice (UBL) is attached."
                          % (v.m(v.c["due"]), ddate(v.due, "long", "en"), v.s["iban"], v.s["holder"], v.number),
        subject=lambda v: "Invoice %s from Brugman Legal Translations" % v.number,
        body=lambda v: "Dear Sir/Madam,\n\nPlease find attached invoice %s (PDF and UBL) for the translation of the shareholders' "
                       "agreement. PO number: NWR-PO-55120.\n\nKind regards,\nMarieke Brugman" % v.number,
        iban=s["iban"], note="Moneybird in English with a UBL file: a Dutch B.V. addressed with 'Attn. Finance Department'; a per-word price of 0.14 over 8,420 words; the PO is the buyer reference, not a payment reference.")

    s = seller("D. Nolan Electrical", "", "", "declan.nolan.electrical@gmail.com", ib="IE")
    def body_nolan(v):
        c = v.c
        return ("Hi Mr McGuinness,\n\nThanks for having me out on Tuesday. Details below for the work done.\n\n"
                "INVOICE No. %s     Date: %s\n\nTo: Mr D. McGuinness, 14 Seafield Crescent, Clontarf, Dublin 3\n\n"
                "Replace consumer unit (10-way, RCBO)      %s\nLabour 5 hrs @ %s                  %s\n"
                "Cert. of compliance (Safe Electric)     %s\n\nSub-total   %s\nVAT 13.5%%   %s\nTOTAL       %s\n\n"
                "Payment within 10 days please to:\nDeclan Nolan  IBAN %s  BIC %s\n\n"
                "Any problems with the new board just ring me.\n\nDeclan Nolan\nRECI Registered Electrical Contractor\n087 331 4562"
                % (v.number, ddate(v.issue, "en-ord", "en"), v.m(c["rows"][0][4], "en"), v.m(c["rows"][1][2], "en"),
                   v.m(c["rows"][1][4], "en"), v.m(c["rows"][2][4], "en"), v.m(c["net"], "en"), v.m(c["vat"][13.5], "en"),
                   v.m(c["total"], "en"), mk.iban_spaced(s["iban"]), s["bic"]))
    inv(L_typed, tool="typed in the mail", lang="en", kind="body-text", s=s, to=[], to_name="Donal McGuinness",
        debtor_name="D. McGuinness", rcpt="donal.mcguinness@eircom.net", business=False, number="1128",
        issue=Dd(11, 26), delay=0, term=10, fmt="en",
        lines=[("consumer unit", 1, 38500, 13.5), ("labour", 5, 6000, 13.5), ("cert", 1, 9000, 13.5)],
        body=body_nolan, subject="Invoice - consumer unit Seafield Crescent", iban=s["iban"],
        note="An Irish electrician's invoice typed in the mail, the date as '26th November 2026', 13.5% VAT, 'Mr' dropped from 'Mr D. McGuinness'.")

    s = seller("Solent Sailing Academy", "Shamrock Quay, William Street", "Southampton SO14 5QL", "bookings@solentsailing.co.uk", ib="GB")
    def html_sail(v):
        c = v.c
        rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td></tr>" % (html.escape(d_), v.m(rnd(a * 1.2), "en"))
                       for d_, q, p_, r_, a in c["rows"])
        return ("<html><body style=\"font-family:Georgia,serif\"><h1 style=\"color:#0b3d6b\">Solent Sailing Academy</h1>"
                "<p>Dear Hamish,</p><p>Thank you for sailing with us. Here is your invoice for the RYA Day Skipper practical.</p>"
                "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th colspan=\"2\" align=\"left\">"
                "INVOICE %s &mdash; %s</th></tr><tr><td colspan=\"2\">Hamish MacLeod<br>7 Braid Crescent<br>Edinburgh EH10 6AX</td></tr>"
                "%s<tr><td>of which VAT at 20%%</td><td align=\"right\">%s</td></tr>"
                "<tr><td><b>Total due</b></td><td align=\"right\"><b>%s</b></td></tr></table>"
                "<p>Payment is due within 7 days. Bank transfer: Solent Sailing Academy, sort code %s, account %s "
                "(IBAN %s).</p><p>Fair winds,<br>Tom Ashdown<br>Chief Instructor</p></body></html>"
                % (v.number, ddate(v.issue, "long", "en"), rows, v.m(c["vat"][20], "en"), v.m(c["total"], "en"),
                   s["sort"], s["acct"], mk.iban_spaced(s["iban"])))
    inv(L_html, tool="HTML mail (sailing school)", lang="en", kind="body-html", s=s, to=[], to_name="Hamish MacLeod",
        debtor_name="Hamish MacLeod", rcpt="hamish.macleod@btinternet.com", business=False, number="SSA-4471",
        issue=Dd(11, 8), delay=0, term=7, cur="GBP", fmt="en",
        lines=[("RYA Day Skipper practical, 5 days", 1, 57500, 20), ("Foul weather gear hire", 1, 3750, 20)],
        html=html_sail, body=lambda v: "Dear Hamish, your invoice %s is below (HTML)." % v.number,
        subject="Your invoice SSA-4471", iban=s["iban"],
        note="A sailing school's HTML table with VAT-inclusive prices and 'of which VAT'; a Scottish 'Mac' surname; GBP, sort code and IBAN.")

    s = seller("Hive & Harbour Coworking", "Piet Heinkade 55", "1019 GM Amsterdam", "community@hiveharbour.nl",
               btw="NL862214009B01", holder="Hive & Harbour B.V.")
    def html_cowork(v):
        c = v.c
        rows = "".join("<tr><td style=\"padding:4px 12px\">%s</td><td style=\"padding:4px 12px\" align=\"right\">%s</td>"
                       "<td style=\"padding:4px 12px\" align=\"right\">%s</td></tr>" % (html.escape(d_), qty(q, "en"), v.m(a, "en"))
                       for d_, q, p_, r_, a in c["rows"])
        return ("<html><body><div style=\"max-width:640px;font-family:Inter,Arial\"><p>Hi Lumen Labs team,</p>"
                "<p>Your monthly invoice is ready. It will also appear in your member portal.</p>"
                "<div style=\"background:#f4f1ea;padding:16px\"><p><b>Invoice</b> %s<br><b>Issued</b> %s<br><b>Due</b> %s</p>"
                "<p><b>Billed to</b><br>Lumen Labs B.V.<br>Attn. Sofia Ramírez<br>KvK 88123077</p></div>"
                "<table style=\"border-collapse:collapse;width:100%%\"><tr><th align=\"left\">Item</th><th>Qty</th>"
                "<th align=\"right\">Amount</th></tr>%s<tr><td colspan=\"2\">Subtotal</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"2\">VAT 21%%</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"2\"><b>Total</b></td><td align=\"right\"><b>%s</b></td></tr></table>"
                "<p>Please pay by bank transfer to %s (Hive &amp; Harbour B.V.) using reference <b>%s</b>.</p>"
                "<p>See you in the kitchen,<br>The Hive &amp; Harbour crew</p></div></body></html>"
                % (v.number, ddate(v.issue, "short-en", "en"), ddate(v.due, "short-en", "en"), rows, v.m(c["net"], "en"),
                   v.m(c["vat"][21], "en"), v.m(c["total"], "en"), mk.iban_spaced(s["iban"]), v.ref))
    inv(L_html, tool="HTML mail (coworking platform)", lang="en", kind="body-html", s=s, to=[], to_name="Sofia Ramírez",
        debtor_name="Lumen Labs B.V.", rcpt="sofia@lumenlabs.io", business=True, number="HH-26-1204",
        issue=Dd(12, 1), delay=0, due=Dd(12, 8), fmt="en", ref="HH261204LUMEN",
        lines=[("Dedicated desks, December", 3, 34500, 21), ("Meeting room credits (hours)", 6, 2500, 21),
               ("Locker", 2, 1500, 21)],
        html=html_cowork, body=lambda v: "Hi Lumen Labs team, your invoice %s is ready in the member portal." % v.number,
        subject="Your Hive & Harbour invoice for December", iban=s["iban"],
        note="A coworking platform's HTML invoice: 'Billed to' with an 'Attn.' contact and a KvK number, 'using reference' labelled (set as payment reference), a fixed due date.")



# ================================================================ the invoices: German

def german():
    s = seller("Elektro Sauer GmbH", "Kaufbeurer Straße 61", "87437 Kempten (Allgäu)", "buchhaltung@elektro-sauer.de", ib="DE",
               phone="0831 512 66 0", web="www.elektro-sauer.de", btw="DE287441903", kvk="HRB 9931 Kempten", bank="Sparkasse Allgäu",
               bic="BYLADEM1ALG", who="Franziska Sauer")
    inv(L_lexoffice, tool="lexoffice", lang="de", kind="pdf", s=s,
        to=["Autohaus Brenner GmbH & Co. KG", "z. Hd. Frau Petra Sommer", "Industriestraße 14", "87437 Kempten"],
        to_name="Petra Sommer", debtor_name="Autohaus Brenner GmbH & Co. KG", rcpt="p.sommer@autohaus-brenner.de", business=True,
        number="RE-2026-0518", issue=Dd(11, 19), delay=1, term=14, fmt="de", debno="10233", leist="Oktober - November 2026",
        paid_label="abzüglich Abschlagsrechnung RE-2026-0431 vom 02.10.2026", paid=1190000,
        intro="Sehr geehrte Frau Sommer,\nfür die Installation der Ladeinfrastruktur auf Ihrem Kundenparkplatz berechnen wir Ihnen:",
        payline="Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie bei der Überweisung die Rechnungsnummer an.",
        lines=[("Wallbox 22 kW, inkl. Montage", 6, 189000, 19), ("Zuleitung NYY-J 5x16 (m)", 85, 2450, 19),
               ("Unterverteilung mit FI/LS", 1, 142000, 19), ("Elektromeister (Std.)", 26, 7800, 19)],
        body="Sehr geehrte Frau Sommer,\n\nanbei erhalten Sie unsere Schlussrechnung RE-2026-0518. Die Abschlagszahlung ist bereits "
             "berücksichtigt.\n\nMit freundlichen Grüßen\n\nFranziska Sauer\nElektro Sauer GmbH\n\nElektro Sauer GmbH · Sitz Kempten · "
             "HRB 9931 · Geschäftsführer: Anton Sauer",
        iban=s["iban"], note="lexoffice DIN 5008: GmbH & Co. KG with 'z. Hd. Frau' in the window; a Schlussrechnung less an Abschlag; 'Noch zu zahlen'.")

    s = seller("Kunstschreinerei Wimmer", "Seestraße 40", "83684 Tegernsee", "info@schreinerei-wimmer.de", ib="DE",
               phone="08022 271 93", web="schreinerei-wimmer.de", btw="DE813002744", kvk="Steuernr. 139/221/40118",
               bank="Raiffeisenbank Tegernseer Tal", bic="GENODEF1TEG", who="Michael Wimmer")
    inv(L_lexoffice, tool="lexoffice", lang="de", kind="pdf", s=s,
        to=["Herrn", "Maximilian von und zu Hirschberg", "Schlossweg 3", "83700 Rottach-Egern"], to_name="Maximilian v. Hirschberg",
        debtor_name="Maximilian von und zu Hirschberg", rcpt="m.hirschberg@t-online.de", business=False, number="2026-117",
        issue=Dd(11, 12), delay=0, due=Dd(11, 26), fmt="de", debno="K-0988", leist="November 2026", paid_label="",
        intro="Sehr geehrter Herr von und zu Hirschberg,\nvielen Dank für Ihren Auftrag. Wir stellen Ihnen folgende Leistungen in Rechnung:",
        payline="Bitte überweisen Sie den Rechnungsbetrag bis zum 26.11.2026. Im Rechnungsbetrag sind Lohnkosten in Höhe von "
                "1.840,00 € (netto) enthalten (§ 35a EStG).",
        lines=[("Restaurierung Bauernschrank (Eiche, um 1820)", 1, 184000, 19), ("Beschläge, handgeschmiedet", 4, 3800, 19),
               ("Abholung und Lieferung", 1, 9500, 19)],
        body="Sehr geehrter Herr von und zu Hirschberg,\n\nanbei die Rechnung für die Restaurierung Ihres Bauernschranks. "
             "Es war eine Freude, an diesem Stück zu arbeiten.\n\nMit freundlichen Grüßen aus Tegernsee\nMichael Wimmer",
        iban=s["iban"], note="lexoffice with 'Herrn' on its own line above a noble name with two particles ('von und zu'); a fixed due date; § 35a labour share.")

    s = seller("Cloudkontor GmbH", "Am Sandtorkai 48", "20457 Hamburg", "rechnung@cloudkontor.de", ib="DE", phone="040 609 448 10",
               btw="DE318877042", kvk="HRB 162044 Hamburg", bank="Hamburger Sparkasse", bic="HASPDEHHXXX", who="Nils Petersen")
    inv(L_sevdesk, tool="sevDesk", lang="de", kind="pdf", s=s,
        to=["Datenwerk UG (haftungsbeschränkt)", "Buchhaltung", "Schanzenstraße 7", "20357 Hamburg"], to_name="Datenwerk Buchhaltung",
        debtor_name="Datenwerk UG (haftungsbeschränkt)", rcpt="buchhaltung@datenwerk-hh.de", business=True, number="RE-1962",
        issue=Dd(11, 2), delay=0, term=30, fmt="deeur", debno="1140", deliv=Dd(10, 31),
        intro="Vielen Dank für Ihren Auftrag. Wir berechnen Ihnen für den Leistungszeitraum Oktober 2026:",
        payline=lambda v: "Zahlungsbedingungen: Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 %% Skonto (%s), "
                          "ansonsten zahlbar innerhalb von 30 Tagen ohne Abzug bis zum %s."
                          % (fm(v.c["total"] - rnd(v.c["total"] * 0.02), "deeur"), ddate(v.due, "dmy.", "de")),
        lines=[("Managed Kubernetes Cluster (3 Nodes)", 1, 89000, 19), ("Backup-Speicher 2 TB", 2, 4900, 19),
               ("Support-Stunden", 3.25, 9800, 19)],
        subject="Ihre Rechnung RE-1962 von Cloudkontor GmbH",
        body="Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie Ihre Rechnung RE-1962 vom 02.11.2026.\n\n"
             "Mit freundlichen Grüßen\nCloudkontor GmbH\n\n--\nDiese E-Mail wurde mit sevDesk versendet.",
        iban=s["iban"], note="sevDesk: a UG (haftungsbeschränkt) with a 'Buchhaltung' line; Skonto for 7 days with the reduced amount printed, net due in 30 days (the due date and the full amount are labelled).")

    s = seller("Kaffeerösterei Hansen & Töchter", "Hanauer Landstraße 190", "60314 Frankfurt am Main", "rechnung@hansen-roestet.de",
               ib="DE", btw="DE299018553", kvk="045 231 77820", bank="Frankfurter Volksbank",
               tag="Spezialitätenkaffee seit 1998")
    inv(L_billomat, tool="Billomat", lang="de", kind="pdf", s=s,
        to=["Feinkost Demir e.K.", "Inh. Serkan Demir", "Berger Straße 201", "60385 Frankfurt am Main"], to_name="Serkan Demir",
        debtor_name="Feinkost Demir e.K.", rcpt="einkauf@feinkost-demir.de", business=True, number="RE10482", title="Rechnung",
        issue=Dd(11, 16), delay=2, term=14, fmt="de", debno="KD-2207", paid_label="abzgl. Anzahlung vom 28.10.2026", paid=50000,
        intro="Sehr geehrter Herr Demir, wir erlauben uns, folgende Lieferung zu berechnen:",
        payline="Bitte zahlen Sie den offenen Betrag innerhalb von 14 Tagen nach Rechnungsdatum.",
        lines=[("Espresso 'Sachsenhausen', 1 kg", 40, 2390, 7), ("Filterkaffee Äthiopien Guji, 1 kg", 25, 2690, 7),
               ("Siebträger-Reinigungstabletten", 6, 1290, 19)],
        subject="Rechnung RE10482",
        body="Guten Tag Herr Demir,\n\nim Anhang erhalten Sie die Rechnung RE10482 zu Ihrer Bestellung vom 27.10. Ihre Anzahlung haben wir "
             "abgezogen.\n\nViele Grüße\nLena Hansen",
        iban=s["iban"], note="Billomat: a row of header columns (number, customer no., date in words, page), an e.K. with an 'Inh.' line, 7% and 19%, an Anzahlung deducted; mailed two days after the invoice date.")

    s = seller("Ingenieurbüro Kessler & Partner", "Königsallee 92a", "40212 Düsseldorf", "rechnung@ib-kessler.de", ib="DE",
               btw="DE812660417", kvk="PR 2281 AG Essen", bank="Commerzbank", bic="COBADEFFXXX")
    inv(L_fastbill, tool="FastBill", lang="de", kind="pdf", s=s, title="Rechnung", fnword="Rechnung",
        to=["Rheinauen Metallbau AG", "Abteilung Rechnungsprüfung", "Postfach 10 22 45", "40013 Düsseldorf"],
        to_name="Rechnungseingang Rheinauen Metallbau", debtor_name="Rheinauen Metallbau AG", rcpt="rechnungseingang@rheinauen-metallbau.de",
        business=True, number="2026-0893", issue=Dd(10, 28), delay=0, term=30, fmt="de", debno="4410",
        intro="Statische Berechnung Hallenerweiterung, Bestellung 4500218834 vom 14.09.2026:",
        payline="Zahlungsziel: 30 Tage netto. Bitte geben Sie bei Zahlung Ihre Bestellnummer und unsere Rechnungsnummer an.",
        lines=[("Tragwerksplanung Leistungsphase 4", 1, 1120000, 19), ("Prüfstatik-Abstimmung (Std.)", 12, 11500, 19)],
        subject="Rechnung 2026-0893 / Bestellung 4500218834",
        body="Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung 2026-0893 zu Ihrer Bestellung 4500218834.\n\n"
             "Mit freundlichen Grüßen\nIngenieurbüro Kessler & Partner\n\nDiese Nachricht wurde mit FastBill versendet.",
        iban=s["iban"], note="FastBill: an AG with a department line and a Postfach; 'Zahlungsziel: 30 Tage netto'; the order number is not a payment reference.")

    s = seller("Sprachschule Lingua Viva", "Kaiser-Joseph-Straße 241", "79098 Freiburg im Breisgau", "verwaltung@linguaviva.de", ib="DE",
               btw="DE274001392", kvk="HRA 7012 Freiburg", bank="Sparkasse Freiburg")
    inv(L_fastbill, tool="FastBill", lang="de", kind="pdf", s=s, credit=True, title="Gutschrift (Stornorechnung)", fnword="Gutschrift",
        to=["Frau Dr. Henrike von Stetten", "Am Mühlbach 7", "79100 Freiburg"], to_name="Henrike von Stetten",
        debtor_name="Dr. Henrike von Stetten", rcpt="henrike.vonstetten@web.de", business=False, number="GS-2026-014",
        orig="2026-0371", issue=Dd(11, 23), delay=0, fmt="de", debno="2209",
        intro="Hiermit stornieren wir die Rechnung 2026-0371 wegen Ausfall des Kurses:",
        payline="Der Betrag wird Ihnen in den nächsten Tagen auf das Konto erstattet, von dem Ihre Zahlung einging.",
        lines=[("Italienisch B1 Intensiv (Kurs 26-IT-08), storniert", 1, 39000, 0)],
        subject="Gutschrift zu Ihrer Rechnung 2026-0371",
        body="Liebe Frau Dr. von Stetten,\n\nwie telefonisch besprochen fällt der Kurs leider aus. Anbei die Gutschrift über den "
             "vollen Betrag.\n\nHerzliche Grüße\nGiulia Ferraro\nSprachschule Lingua Viva",
        novat=True, iban=s["iban"], note="FastBill Gutschrift (Stornorechnung) for a cancelled course: negative amounts, no due date; 'Frau Dr.' with 'von' (title dropped, Dr. kept); the footer carries the school's IBAN; VAT-exempt education (no VAT line).")

    s = seller("Aeschlimann Gebäudetechnik AG", "Mattenstrasse 12", "3073 Gümligen", "debitoren@aeschlimann-gt.ch", ib="QRCH",
               btw="CHE-114.382.990 MWST", web="aeschlimann-gt.ch", who="Beat Aeschlimann", place="Gümligen")
    qrr = qr_ref()
    inv(L_bexio, tool="bexio", lang="de", kind="pdf", s=s,
        to=["Atelier Rossier Sàrl", "z.Hd. Herr Luc Rossier", "Zentralstrasse 31", "2502 Biel/Bienne"], to_name="Luc Rossier",
        debtor_name="Atelier Rossier Sàrl", rcpt="luc@atelier-rossier.ch", business=True, number="RE-26-00871", cur="CHF",
        issue=Dd(11, 20), delay=0, term=30, fmt="chplain", ref=qrr, rounding="ch", hi="Herr Rossier",
        lines=[("Wartung Lüftungsanlage Atelier", 1, 48500, 8.1), ("Filtersatz F7", 2, 8935, 8.1), ("Anfahrt Pauschale", 1, 6500, 8.1)],
        iban=s["iban"], note="bexio with a Swiss QR-bill payment part: a Sàrl in Biel with 'z.Hd. Herr', a QR-IBAN and a 27-digit QR reference printed in groups, MWST 8.1%, a Rundungsdifferenz.")

    s = seller("Gartenbau Arnold", "Klausenstrasse 88", "6463 Bürglen UR", "buero@gartenbau-arnold.ch", ib="CH",
               phone="041 870 22 18", btw="CHE-301.774.215 MWST", bank="Urner Kantonalbank", holder="Gartenbau Arnold, Bürglen")
    inv(L_banana, tool="Banana Buchhaltung", lang="de", kind="pdf", s=s,
        to=["Herr und Frau Gisler", "Dorfstrasse 21", "6460 Altdorf"], to_name="Gisler", debtor_name="Herr und Frau Gisler",
        rcpt="gisler.altdorf@bluewin.ch", business=False, number="2026-088", cur="CHF", issue=Dd(11, 9), delay=3, term=30,
        fmt="chplain", debno="312", cond="innert 30 Tagen netto", rounding="ch", ref="Rechnung 2026-088",
        lines=[("Heckenschnitt Thuja, 42 m", 1, 61000, 8.1), ("Laubentsorgung (Mulde 3 m³)", 1, 18500, 8.1),
               ("Gärtner Stunden", 4.5, 7200, 8.1)],
        subject="Rechnung Nr. 2026-088",
        body="Grüezi Herr und Frau Gisler\n\nIm Anhang die Rechnung für die Arbeiten im Garten. Besten Dank für den Auftrag.\n\n"
             "Freundliche Grüsse\nToni Arnold",
        iban=s["iban"], note="Banana Accounting print: sender block top left, window right with 'Herr und Frau Gisler' (kept: only the surname would remain), 'innert 30 Tagen', CHF with a rounding line; a labelled 'Zahlungszweck: Rechnung 2026-088' (kept as printed, like a Verwendungszweck); mailed three days later.")

    s = seller("Architekturbüro DI Katharina Huber", "Sporgasse 27", "8010 Graz", "office@huber-architektur.at", ib="AT",
               phone="+43 316 821 447", btw="ATU71822094", bank="Steiermärkische Sparkasse", bic="STSPAT2GXXX", who="DI Katharina Huber",
               place="Graz")
    inv(L_word_at, tool="Word (Austria)", lang="de", kind="pdf", s=s,
        to=["Familie Auer-Pichler", "Ragnitzstraße 88", "8047 Graz"], to_name="Thomas Auer", debtor_name="Familie Auer-Pichler",
        rcpt="t.auer@gmx.at", business=False, number="14/2026", issue=Dd(11, 27), delay=1, term=14, fmt="nl",
        intro="Für die Planung und Einreichung Ihres Zubaus (Wintergarten) erlaube ich mir, wie vereinbart zu verrechnen:",
        payline="Der Rechnungsbetrag ist binnen 14 Tagen ab Rechnungsdatum ohne Abzug auf das unten angeführte Konto zu überweisen.",
        lines=[("Entwurfsplanung Zubau Wintergarten", 1, 240000, 20), ("Einreichplanung und Baubeschreibung", 1, 180000, 20),
               ("Behördenwege, Fahrtkosten", 1, 12000, 20)],
        subject="Honorarnote / Rechnung 14/2026",
        body="Liebe Familie Auer-Pichler,\n\nanbei übermittle ich Ihnen die Rechnung für die Planung des Wintergartens. Die Einreichung ist "
             "beim Magistrat eingelangt.\n\nMit besten Grüßen\nKatharina Huber",
        iban=s["iban"], note="An Austrian architect's Word letter: a household ('Familie') with a double name, 20% USt, 'binnen 14 Tagen', amounts as '€ 2.400,00', a UID and AT IBAN in the footer; number with a slash.")

    s = seller("Druckerei Wellmann GmbH", "Carl-Miele-Straße 30", "33332 Gütersloh", "rechnungen@druckerei-wellmann.de", ib="DE",
               btw="DE124553019", kvk="HRB 3340 Gütersloh", bank="Volksbank Bielefeld-Gütersloh", bic="GENODEM1GTL")
    inv(L_sage_de, tool="Sage 50 (XRechnung)", lang="de", kind="pdf+ubl", s=s,
        to=["Brandt Maschinenbau GmbH", "Einkauf", "z. Hd. Herrn Tobias Ernst", "Gewerbering 9", "33334 Gütersloh"],
        to_name="Rechnungseingang Brandt", debtor_name="Brandt Maschinenbau GmbH", rcpt="eingangsrechnung@brandt-maschinenbau.de",
        business=True, number="RE-2026-4471", issue=Dd(11, 24), delay=0, term=30, fmt="plainnl", debno="22018", bref="BM-2026-1190",
        ref="RE-2026-4471", codes=["KAT-A4", "PRS-08", "VS-PAL"],
        payline="Zahlbar innerhalb von 30 Tagen ohne Abzug. Verwendungszweck: RE-2026-4471",
        lines=[("Produktkatalog A4, 48 Seiten, 4/4-farbig", 2500, 184, 19), ("Pressbeilage Messe", 800, 62, 19),
               ("Versand auf Palette", 1, 8900, 19)],
        subject="Rechnung RE-2026-4471 (XRechnung)",
        body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-4471 als PDF sowie als XRechnung (UBL).\n\n"
             "Mit freundlichen Grüßen\nBuchhaltung Druckerei Wellmann",
        iban=s["iban"], note="Sage 50 with an XRechnung in UBL syntax: department line and 'z. Hd. Herrn' under a GmbH; unit prices in cents (1,84 and 0,62) times thousands of copies; a labelled Verwendungszweck (PaymentID).")

    s = seller("Physio & Co. Praxisbedarf", "Benrather Straße 6", "40213 Düsseldorf", "service@physio-praxisbedarf.de", ib="DE",
               phone="0211 302 877 0", btw="DE331405226", bic="DUSSDEDDXXX")
    inv(L_zervant, tool="Zervant", lang="de", kind="pdf", s=s, title="RECHNUNG",
        to=["Praxis Dr. Emine Aydın-Krause", "Fachärztin für Orthopädie", "Luegallee 71", "40545 Düsseldorf"],
        to_name="Praxis Dr. Aydin-Krause", debtor_name="Praxis Dr. Emine Aydın-Krause", rcpt="praxis@aydin-krause.de", business=True,
        number="10377", issue=Dd(11, 5), delay=0, term=14, fmt="de", cond="14 Tage netto", yourref="Frau Kühn",
        labels=["Rechnungsnummer", "Rechnungsdatum", "Zahlungsbedingung", "Fälligkeitsdatum", "Ihre Referenz", "Beschreibung",
                "Menge", "Einzelpreis", "MwSt.", "Gesamt"], dstyle="dmy.", fnword="Rechnung",
        tlab={"sub": "Summe netto", "vat": "MwSt. %s", "total": "Zu zahlen"},
        lines=[("Therapieliege elektrisch, 3-teilig", 1, 189000, 19), ("Kinesiotape 5 cm, 6er-Pack", 10, 3190, 19),
               ("Lieferung und Aufbau", 1, 12000, 19)],
        paytext=lambda v: "Bitte überweisen Sie den Betrag von %s bis zum %s auf das Konto IBAN %s (BIC %s)."
                          % (v.m(v.c["due"]), ddate(v.due, "dmy.", "de"), v.s["iban"], v.s["bic"]),
        subject="Rechnung 10377",
        body="Guten Tag Frau Kühn,\n\nanbei die Rechnung zur Lieferung der Therapieliege. Vielen Dank!\n\nBeste Grüße\nPhysio & Co.",
        iban=s["iban"], note="Zervant in German: a practice named after the doctor (a business) with a Turkish double name and a specialty line; the 'Ihre Referenz' is a person.")

    s = seller("Schreinerei Gmür", "Hauptstrasse 14", "8840 Einsiedeln", "info@schreinerei-gmuer.ch", ib="CH")
    def body_gmuer(v):
        c = v.c
        return ("Grüezi mitenand\n\nWie besprochen schicke ich euch die Rechnung gleich per Mail, das geht am schnellsten.\n\n"
                "RECHNUNG Nr. %s vom %s\nReto und Martina Kälin, Birchliweg 5, 8840 Einsiedeln\n\n"
                "Einbauschrank Eiche, Korridor           CHF %s\nMontage 1 Tag (2 Mann)                  CHF %s\n"
                "---------------------------------------------\nTotal exkl. MWST                        CHF %s\n"
                "MWST 8.1%%                               CHF %s\nRundung                                 CHF %s\n"
                "Total                                   CHF %s\n\nZahlbar innert 20 Tagen auf %s (Schreinerei Gmür, Einsiedeln).\n\n"
                "Freundliche Grüsse\nRuedi Gmür\nSchreinerei Gmür · MWST CHE-105.662.380\n"
                % (v.number, ddate(v.issue, "dmy.", "de"), num(c["rows"][0][4], "ch"), num(c["rows"][1][4], "ch"), num(c["net"], "ch"),
                   num(c["vat"][8.1], "ch"), fm(c["rounding"], "chplain"), num(c["total"], "ch"), mk.iban_spaced(s["iban"])))
    inv(L_typed, tool="typed in the mail (Swiss)", lang="de", kind="body-text", s=s, to=[], to_name="Martina Kälin",
        debtor_name="Reto und Martina Kälin", rcpt="martina.kaelin@gmx.ch", business=False, number="26-041", cur="CHF",
        issue=Dd(11, 30), delay=0, term=20, fmt="ch", rounding="ch",
        lines=[("Einbauschrank", 1, 486000, 8.1), ("Montage", 1, 128000, 8.1)],
        body=body_gmuer, subject="Rechnung Einbauschrank", iban=s["iban"],
        note="A Swiss joiner's bill typed in the mail ('Grüezi mitenand', no ß), a couple with one surname, CHF with a rounding line, 'innert 20 Tagen'.")

    s = seller("Nachhilfe Jonas Albrecht", "", "", "jonas.albrecht.nachhilfe@posteo.de", ib="DE")
    def body_nachhilfe(v):
        c = v.c
        return ("Hallo Frau Petrović,\n\nhier wie jeden Monat die Abrechnung für Lukas:\n\nRechnung Nr. %s\nDatum: %s\n"
                "Rechnungsempfängerin: Svetlana Petrović, Tulpenweg 12, 04159 Leipzig\n\n"
                "Nachhilfe Mathe/Physik, November: %s Doppelstunden à %s = %s\n\n"
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\n"
                "Bitte innerhalb von 14 Tagen überweisen an:\nJonas Albrecht\nIBAN: %s\nVerwendungszweck: Nachhilfe %s Lukas\n\n"
                "Viele Grüße\nJonas Albrecht\n\nPS: Am 22.12. fällt die Stunde aus, holen wir im Januar nach."
                % (v.number, ddate(v.issue, "dm.y", "de"), qty(c["rows"][0][1], "de"), v.m(c["rows"][0][2], "de"),
                   v.m(c["total"], "de"), mk.iban_spaced(s["iban"]), v.number))
    inv(L_typed, tool="typed in the mail", lang="de", kind="body-text", s=s, to=[], to_name="Svetlana Petrovic",
        debtor_name="Svetlana Petrović", rcpt="s.petrovic@freenet.de", business=False, number="2026-11",
        issue=Dd(11, 29), delay=1, term=14, fmt="de", ref="Nachhilfe 2026-11 Lukas",
        lines=[("Doppelstunde", 7, 4500, 0)], novat=True, body=body_nachhilfe, subject="Abrechnung Nachhilfe November",
        iban=s["iban"], note="A Kleinunternehmer tutor's bill typed in the mail to a mother ('Rechnungsempfängerin'), the pupil named; a labelled Verwendungszweck in words (kept as printed).")

    s = seller("Grünkern Naturwaren Großhandel", "Alte Messe 6", "04103 Leipzig", "shop@gruenkern-grosshandel.de", ib="DE",
               btw="DE301447712", holder="Grünkern Naturwaren GmbH")
    def html_gruenkern(v):
        c = v.c
        rows = "".join("<tr><td>%s</td><td align=\"center\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                       % (html.escape(d_), qty(q, "de"), v.m(p_, "de"), v.m(a, "de")) for d_, q, p_, r_, a in c["rows"])
        return ("<html><body style=\"font-family:Verdana;font-size:13px\"><p>Hallo liebes Team vom Bioladen Grünkorn,</p>"
                "<p>vielen Dank für Ihre Bestellung per Kauf auf Rechnung. Hier ist Ihre Rechnung:</p>"
                "<table cellspacing=\"0\" cellpadding=\"5\" border=\"0\"><tr><td><b>Rechnungsnummer:</b></td><td>%s</td></tr>"
                "<tr><td><b>Rechnungsdatum:</b></td><td>%s</td></tr><tr><td><b>Bestellnummer:</b></td><td>%s</td></tr>"
                "<tr><td><b>Rechnungsadresse:</b></td><td>Bioladen Grünkorn OHG<br>Karl-Heine-Straße 44<br>04229 Leipzig</td></tr>"
                "<tr><td><b>Fällig am:</b></td><td>%s</td></tr></table><br>"
                "<table cellspacing=\"0\" cellpadding=\"5\" border=\"1\"><tr><th>Artikel</th><th>Menge</th><th>Einzelpreis</th>"
                "<th>Summe</th></tr>%s<tr><td colspan=\"3\">Netto</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"3\">zzgl. 7%% MwSt.</td><td align=\"right\">%s</td></tr>"
                "<tr><td colspan=\"3\"><b>Rechnungsbetrag</b></td><td align=\"right\"><b>%s</b></td></tr></table>"
                "<p>Bitte überweisen Sie den Rechnungsbetrag bis zum Fälligkeitsdatum auf unser Konto:<br>Grünkern Naturwaren GmbH"
                "<br>IBAN %s<br>Verwendungszweck: %s</p><p>Ihr Team von Grünkern</p></body></html>"
                % (v.number, ddate(v.issue, "dmy.", "de"), v.order, ddate(v.due, "dmy.", "de"), rows, v.m(c["net"], "de"),
                   v.m(c["vat"][7], "de"), v.m(c["total"], "de"), mk.iban_spaced(s["iban"]), v.ref))
    inv(L_html, tool="web shop (HTML)", lang="de", kind="body-html", s=s, to=[], to_name="Bioladen Grünkorn",
        debtor_name="Bioladen Grünkorn OHG", rcpt="bestellung@bioladen-gruenkorn.de", business=True, number="GK-R-2026-3318",
        order="B-88412", issue=Dd(11, 17), delay=0, term=14, fmt="de", ref="GK-R-2026-3318",
        lines=[("Haferflocken Großblatt 5 kg", 6, 1180, 7), ("Linsen rot 2,5 kg", 8, 890, 7), ("Dinkelmehl Type 630, 25 kg", 2, 3450, 7)],
        html=html_gruenkern, body=lambda v: "Ihre Rechnung %s (Kauf auf Rechnung) - bitte HTML-Ansicht öffnen." % v.number,
        subject="Ihre Rechnung GK-R-2026-3318 zur Bestellung B-88412", iban=s["iban"],
        note="A wholesaler's 'Kauf auf Rechnung' HTML mail with 'Fällig am' and a Verwendungszweck equal to the number; an OHG whose name is close to the seller's.")

    s = seller("Ruderverein Wiking Berlin e.V.", "Wannseebadweg 21", "14129 Berlin", "kasse@rv-wiking.de", ib="DE",
               holder="Ruderverein Wiking Berlin e.V.")
    def html_verein(v):
        c = v.c
        return ("<html><body><p>Sehr geehrter Herr Dr. O'Connor,</p><p>anbei erhalten Sie die Beitragsrechnung für das Jahr 2027.</p>"
                "<table style=\"border:1px solid #ccc\" cellpadding=\"6\"><tr><td>Rechnungs-Nr.</td><td>%s</td></tr>"
                "<tr><td>Datum</td><td>%s</td></tr><tr><td>Mitglied</td><td>Herr Dr. Jürgen O'Connor (Mitgliedsnr. 1187)</td></tr>"
                "<tr><td>%s</td><td align=\"right\">%s</td></tr><tr><td>%s</td><td align=\"right\">%s</td></tr>"
                "<tr><td><b>Gesamt</b></td><td align=\"right\"><b>%s</b></td></tr></table>"
                "<p>Der Beitrag ist nach § 4 Nr. 22 b UStG umsatzsteuerfrei.</p><p>Bitte überweisen Sie den Betrag bis zum "
                "<b>%s</b> auf das Vereinskonto IBAN %s.<br>Verwendungszweck: <b>%s</b></p>"
                "<p>Mit sportlichen Grüßen<br>Karin Lehmkuhl<br>Kassenwartin</p>"
                "<p style=\"font-size:10px;color:#777\">Versendet mit easyVerein</p></body></html>"
                % (v.number, ddate(v.issue, "dmy.", "de"), html.escape(c["rows"][0][0]), v.m(c["rows"][0][4], "de"),
                   html.escape(c["rows"][1][0]), v.m(c["rows"][1][4], "de"), v.m(c["total"], "de"), ddate(v.due, "dmy.", "de"),
                   mk.iban_spaced(s["iban"]), v.ref))
    inv(L_html, tool="easyVerein (HTML)", lang="de", kind="body-html", s=s, to=[], to_name="Dr. Jürgen O'Connor",
        debtor_name="Dr. Jürgen O'Connor", rcpt="j.oconnor@charite-mail.de", business=False, number="BR-2027-1187",
        issue=Dd(12, 1), delay=0, due=Dd(1, 15, 2027), fmt="de", ref="Beitrag 2027 Mitglied 1187",
        lines=[("Mitgliedsbeitrag 2027 (Vollmitglied)", 1, 34000, 0), ("Bootshallenplatz Einer", 1, 9500, 0)], novat=True,
        html=html_verein, body=lambda v: "Beitragsrechnung %s - bitte HTML-Ansicht verwenden." % v.number,
        subject="Beitragsrechnung 2027", iban=s["iban"],
        note="A rowing club's HTML membership invoice (easyVerein) to 'Herr Dr.' with an O' surname (title dropped, Dr. kept); VAT-exempt; a fixed due date in the next year; the Verwendungszweck in words.")



# ================================================================ not invoices

def doc_pdf(head, addr_lines, title, pairs, cols, rows, sums, after, size=9):
    """A plain business document (quote, pro-forma, statement, delivery note ...)."""
    p = Page()
    p.text(56, 56, head[0], 14, True)
    for k, h in enumerate(head[1:]):
        p.text(56, 70 + k * 10, h, 8)
    block(p, 330, 140, addr_lines, 10, 13)
    p.text(56, 245, title, 15, True)
    y = kv(p, 56, 268, pairs, dx=110)
    y = table(p, y + 25, cols, rows, size=size)
    y += 10
    for lab, val, bold in sums:
        p.text(330, y, lab, size, bold)
        p.right(539, y, val, size, bold)
        y += 14
    y += 15
    for s_ in after:
        y = para(p, 56, y, s_) + 6
    return [p]


def nonvoices():
    # ----- Dutch (10)
    pg = doc_pdf(["Studio Lichtval", "Tweede Jan Steenstraat 41, 1073 VM Amsterdam", "KvK 81240557 · Btw NL003512877B42"],
                 ["Bakkerij Het Zuiden B.V.", "t.a.v. dhr. M. Yıldız", "Van Woustraat 190", "1073 NA Amsterdam"], "Offerte 2026-O-021",
                 [("Offertedatum", "16-11-2026"), ("Geldig tot", "16-12-2026")],
                 [("Omschrijving", 56, "left"), ("Aantal", 380, "right"), ("Prijs", 460, "right"), ("Totaal", 539, "right")],
                 [["Productfotografie nieuwe broodlijn (dagdeel)", "2", "€ 425,00", "€ 850,00"],
                  ["Nabewerking 40 beelden", "1", "€ 220,00", "€ 220,00"]],
                 [("Subtotaal", "€ 1.070,00", False), ("Btw 21%", "€ 224,70", False), ("Totaal", "€ 1.294,70", True)],
                 ["Deze offerte is 30 dagen geldig. Na akkoord plannen we de shoot in. Facturatie na oplevering, betaling binnen 14 dagen."])
    non("Rompslomp", "nl", True, "sanne@studiolichtval.nl", "Studio Lichtval", "Murat Yıldız", "murat@bakkerijhetzuiden.nl",
        "Offerte 2026-O-021 productfotografie", Dd(11, 16),
        "Hoi Murat,\n\nLeuk je vorige week te spreken! Zoals beloofd de offerte voor de productfoto's van de nieuwe broodlijn.\n"
        "Laat maar weten of het zo goed is, dan plannen we een datum.\n\nGroet,\nSanne", "An offerte (quote) with a validity date; nothing is owed yet.",
        "Quote with totals, VAT and a payment term for the later invoice.", pages=pg, fn="Offerte 2026-O-021.pdf")

    pg = doc_pdf(["Groothandel De Vries Verpakkingen B.V.", "Transportweg 24, 2742 RH Waddinxveen", "KvK 29034418"],
                 ["Cafetaria 't Hoekje", "Dorpsstraat 3", "2742 AB Waddinxveen"], "PRO FORMA FACTUUR",
                 [("Pro-formanummer", "PF-26-0094"), ("Datum", "24-11-2026"), ("Klantnummer", "30912")],
                 [("Omschrijving", 56, "left"), ("Aantal", 380, "right"), ("Prijs", 460, "right"), ("Bedrag", 539, "right")],
                 [["Frietbakjes A12 (doos à 1000)", "10", "32,50", "325,00"], ["Vorkjes hout (doos à 5000)", "2", "41,00", "82,00"]],
                 [("Totaal excl. btw", "€ 407,00", False), ("Btw 21%", "€ 85,47", False), ("Totaal", "€ 492,47", True)],
                 ["Dit is geen factuur. Als nieuwe klant vragen wij vooruitbetaling: na ontvangst van € 492,47 op NL%s "
                  "wordt de bestelling uitgeleverd en ontvangt u de definitieve factuur." % mkiban("NL")[2:]])
    non("SnelStart", "nl", True, "administratie@devriesverpakkingen.nl", "De Vries Verpakkingen", "Cafetaria 't Hoekje",
        "info@cafetariathoekje.nl", "Pro forma factuur PF-26-0094", Dd(11, 24),
        "Geachte heer/mevrouw,\n\nBijgaand de pro forma factuur voor uw eerste bestelling. Na ontvangst van de betaling leveren wij "
        "binnen twee werkdagen.\n\nMet vriendelijke groet,\nDe Vries Verpakkingen B.V.",
        "A pro-forma asking for prepayment; it says itself it is not an invoice, the real one follows.", "'PRO FORMA FACTUUR' with an IBAN and amount.",
        pages=pg, fn="ProForma_PF-26-0094.pdf")

    non("Moneybird", "nl", False, "info@pootjebaden.nl", "Hondenschool Pootje Baden", "Lieke Brouwer", "lieke.brouwer@gmail.com",
        "Betaling ontvangen voor factuur 2026-0371", Dd(11, 20),
        "Beste Lieke,\n\nWe hebben je betaling van € 165,00 voor factuur 2026-0371 in goede orde ontvangen. Bedankt!\n\n"
        "Factuur: 2026-0371\nBetaald op: 19-11-2026\nOpenstaand bedrag: € 0,00\n\nTot bij de volgende les,\nHondenschool Pootje Baden",
        "A payment confirmation: the invoice is paid, nothing is owed.", "Invoice number, amount and 'Openstaand bedrag: € 0,00'.")

    non("typed reminder", "nl", False, "info@klusbedrijfbakker.nl", "Klusbedrijf Jeroen Bakker", "", "w.vanleeuwen@casema.nl",
        "Herinnering factuur F2026-098", Dd(11, 30),
        "Beste meneer Van Leeuwen,\n\nIk zag dat factuur F2026-098 van 21 oktober (€ 612,50) nog openstaat. Misschien is het erbij "
        "ingeschoten? Zou u het bedrag deze week nog willen overmaken op NL%s t.n.v. J. Bakker?\n\nAls het al betaald is, dan "
        "kunt u dit bericht als niet verzonden beschouwen.\n\nGroet,\nJeroen Bakker" % mkiban("NL")[2:],
        "The business's own payment reminder about an invoice sent earlier; not a new invoice.", "Number, date, amount and IBAN of the old invoice in a reminder.")

    non("Tikkie", "nl", False, "info@eetcafedegoudenleeuw.nl", "Eetcafé De Gouden Leeuw", "Sander Post", "sander.post@hotmail.com",
        "Betaalverzoek borrel zaterdag", Dd(11, 23),
        "Hoi Sander,\n\nNog even het bedrag voor de borrel van zaterdag (18 personen, bitterballen en 3 rondjes). Via dit Tikkie is het "
        "zo geregeld:\n\nhttps://tikkie.me/pay/%s\n\nBedrag: € 284,50\nOmschrijving: borrel 21-11 Sander\nGeldig tot 7 december\n\n"
        "Dank je wel en tot snel!\nHarm - De Gouden Leeuw" % LINK(12),
        "A Tikkie payment request link, not an invoice document (no invoice number, no VAT).", "An amount, a description and a deadline.")

    pg = doc_pdf(["Kinderopvang De Speeltuin B.V.", "Laan van Meerdervoort 455, 2563 AS Den Haag", "LRK 189204771"],
                 ["Dhr. O. Mahabier", "Mevr. S. Mahabier-Jankie", "Escamplaan 812", "2547 EZ Den Haag"], "Jaaropgave kinderopvang 2026",
                 [("Kind", "Devika Mahabier"), ("Registratienummer LRK", "189204771"), ("Periode", "01-01-2026 t/m 31-12-2026")],
                 [("Opvangsoort", 56, "left"), ("Uren", 380, "right"), ("Uurprijs", 460, "right"), ("Bedrag", 539, "right")],
                 [["Dagopvang", "1.728", "€ 10,25", "€ 17.712,00"]],
                 [("Totaal betaald in 2026", "€ 17.712,00", True)],
                 ["Deze jaaropgave heeft u nodig voor de definitieve vaststelling van uw kinderopvangtoeslag. U hoeft niets te betalen."])
    non("jaaropgave", "nl", True, "administratie@despeeltuin-kdv.nl", "Kinderopvang De Speeltuin", "O. Mahabier",
        "o.mahabier@ziggo.nl", "Jaaropgave 2026 Devika", Dd(12, 1),
        "Beste ouders,\n\nIn de bijlage vindt u de jaaropgave 2026 voor de Belastingdienst. Bewaar deze goed.\n\n"
        "Hartelijke groet,\nAdministratie De Speeltuin", "An annual statement for the childcare allowance: a summary of what was paid.",
        "Amounts, a total and a Surinamese couple's names; 'U hoeft niets te betalen'.", pages=pg, fn="Jaaropgave_2026.pdf")

    non("typed question", "nl", False, "hallo@ninahoekman.nl", "Nina Hoekman", "Ayşe Yılmaz", "info@yilmaznaaiatelier.nl",
        "Re: factuur ontvangen?", Dd(12, 2),
        "Hoi Ayşe,\n\nIk stuurde vorige week factuur NH-2026-031 voor het logo, maar ik weet niet zeker of hij goed is aangekomen "
        "(mijn mail deed raar). Heb je hem ontvangen? Anders stuur ik hem nog een keer.\n\nGroetjes,\nNina",
        "A 'did you receive my invoice?' question, without the invoice attached.", "Mentions an invoice number.")

    non("cancellation", "nl", False, "reserveringen@hotelduinzicht.nl", "Hotel Duinzicht", "Familie Groenewegen",
        "m.groenewegen@xs4all.nl", "Annulering reservering DZ-44812", Dd(11, 18),
        "Beste familie Groenewegen,\n\nHierbij bevestigen wij de annulering van uw reservering DZ-44812 (2 kamers, 27-29 december).\n\n"
        "Reeds betaald: € 380,00\nAnnuleringskosten (25%%): € 95,00\nTerug te storten: € 285,00\n\nHet bedrag wordt binnen 10 werkdagen "
        "teruggestort op NL%s.\n\nMet vriendelijke groet,\nReceptie Hotel Duinzicht" % mkiban("NL")[2:],
        "A cancellation confirmation with a refund to the customer; nothing is owed.", "Amounts and an IBAN (the customer's).")

    pg = doc_pdf(["Groothandel De Vries Verpakkingen B.V.", "Transportweg 24, 2742 RH Waddinxveen"],
                 ["Toko Wing Hing B.V.", "Kruiskade 44", "3012 EH Rotterdam"], "PAKBON 202611457",
                 [("Leverdatum", "17-11-2026"), ("Ordernummer", "ORD-26-5520"), ("Aantal colli", "18")],
                 [("Artikelcode", 56, "left"), ("Omschrijving", 140, "left"), ("Besteld", 460, "right"), ("Geleverd", 539, "right")],
                 [["BX-2030", "Maaltijdbak kraft 750 ml", "6", "6"], ["BK-750", "Deksel PP 750 ml", "6", "6"],
                  ["ZK-4060", "Zakken papier 40x60", "4", "4"], ["FL-PLA", "Stretchfolie 23 mu", "2", "2"]],
                 [], ["Controleer de goederen bij ontvangst. De factuur volgt separaat per e-mail.", "Handtekening ontvanger: ..............."])
    non("SnelStart", "nl", True, "logistiek@devriesverpakkingen.nl", "De Vries Verpakkingen - Logistiek", "Toko Wing Hing",
        "inkoop@tokowinghing.nl", "Pakbon levering 17-11-2026", Dd(11, 17),
        "Geachte relatie,\n\nBijgaand de pakbon van uw levering van vandaag.\n\nMet vriendelijke groet,\nLogistiek De Vries Verpakkingen",
        "A delivery note (pakbon): no prices, the invoice follows separately.", "Carries the same number as the later invoice.",
        pages=pg, fn="Pakbon_202611457.pdf")

    non("typed arrangement", "nl", False, "facturen@dakwerkenhoekstra.nl", "Dakwerken Hoekstra", "Kees Mulder",
        "kees.mulder61@kpnplanet.nl", "Betalingsregeling factuur 2026-0244", Dd(11, 26),
        "Beste heer Mulder,\n\nZoals telefonisch afgesproken bevestig ik hierbij de betalingsregeling voor factuur 2026-0244 "
        "(totaal € 2.460,00):\n\n- 1e termijn € 820,00 uiterlijk 1 december 2026\n- 2e termijn € 820,00 uiterlijk 1 januari 2027\n"
        "- 3e termijn € 820,00 uiterlijk 1 februari 2027\n\nGraag overmaken op NL%s o.v.v. 2026-0244.\n\nMet vriendelijke groet,\n"
        "Gerrit Hoekstra" % mkiban("NL")[2:],
        "Confirms a payment plan for an invoice sent earlier; it is not itself an invoice.", "Instalments with dates, amounts and an IBAN.")

    # ----- English (8)
    pg = doc_pdf(["Pennine Heating Services Ltd", "Unit 7, Kirkstall Industrial Park, Leeds LS5 3BF", "VAT Reg No: GB 284 1177 63"],
                 ["Mr & Mrs Okonkwo", "19 Weetwood Lane", "Leeds LS16 5NP"], "Estimate E-1172",
                 [("Estimate date", "12/11/2026"), ("Valid for", "30 days")],
                 [("Description", 56, "left"), ("Qty", 380, "right"), ("Unit", 460, "right"), ("Total", 539, "right")],
                 [["Worcester Bosch 8000 30kW combi boiler", "1", "£2,350.00", "£2,350.00"],
                  ["Removal of old boiler and flush", "1", "£380.00", "£380.00"], ["Labour (days)", "2", "£420.00", "£840.00"]],
                 [("Net", "£3,570.00", False), ("VAT 20%", "£714.00", False), ("Estimate total", "£4,284.00", True)],
                 ["This is an estimate, not a VAT invoice. To accept, reply to this email; a 20% deposit invoice will follow."])
    non("Sage", "en", True, "office@penninehs.co.uk", "Pennine Heating Services Ltd", "Chidi Okonkwo", "chidi.okonkwo@gmail.com",
        "Estimate E-1172 - new boiler", Dd(11, 12),
        "Dear Mr and Mrs Okonkwo,\n\nThank you for having us round. Please find our estimate for the boiler replacement attached.\n\n"
        "Kind regards\nJoanne Platt\nPennine Heating Services Ltd", "An estimate, valid for 30 days; nothing is owed until accepted.",
        "Totals, VAT and a deposit mentioned.", pages=pg, fn="Estimate E-1172.pdf")

    non("web shop (HTML)", "en", False, "orders@wildbloomevents.nl", "Wild Bloom Events", "Grace Mensah", "grace.mensah@outlook.com",
        "Order confirmed: #WB-5581", Dd(11, 27), "Thank you for your order #WB-5581.",
        "An order confirmation paid by card at checkout; no amount is outstanding.", "Item table, VAT, 'Paid with Visa'.",
        html_="<html><body><h2>Thanks for your order, Grace!</h2><p>Order #WB-5581 &middot; 27 November 2026</p>"
              "<table><tr><td>Advent wreath, dried flowers</td><td>€ 64.00</td></tr><tr><td>Delivery Amsterdam</td><td>€ 7.50</td></tr>"
              "<tr><td>Total (incl. 21% VAT € 12.41)</td><td><b>€ 71.50</b></td></tr></table>"
              "<p>Paid with Visa ending 4471. Delivery on 3 December between 10:00 and 14:00.</p><p>Wild Bloom Events</p></body></html>")

    non("Stripe receipt", "en", False, "receipts@hiveharbour.nl", "Hive & Harbour Coworking", "", "tom.vdberg@protonmail.com",
        "Your receipt from Hive & Harbour #2218-4410", Dd(11, 15),
        "Hive & Harbour Coworking\n\nReceipt #2218-4410\n\nAmount paid   €29.00\nDate paid     15 Nov 2026\nPayment method  Mastercard - 8812\n\n"
        "Day pass (1x)   €23.97\nVAT 21%         €5.03\nAmount paid     €29.00\n\nIf you have any questions, contact us at community@hiveharbour.nl.",
        "A card receipt: already paid.", "Amount, VAT and a receipt number.")

    pg = doc_pdf(["Hartley & Sons Surveyors Ltd", "14 Corn Street, Bristol BS1 1HT"],
                 ["Harbour & Finch Ltd", "Attn: Accounts Payable", "Unit 4 Quayside Park", "Bristol BS1 6UH"], "Statement of Account",
                 [("Statement date", "30 Nov 2026"), ("Account", "HARB001")],
                 [("Date", 56, "left"), ("Reference", 130, "left"), ("Debit", 400, "right"), ("Credit", 470, "right"),
                  ("Balance", 539, "right")],
                 [["01 Oct 2026", "Balance brought forward", "", "", "0.00"], ["14 Oct 2026", "INV-2240", "1,140.00", "", "1,140.00"],
                  ["03 Nov 2026", "Payment - thank you", "", "1,140.00", "0.00"], ["10 Nov 2026", "INV-2291", "3,588.00", "", "3,588.00"],
                  ["21 Nov 2026", "Payment", "", "600.00", "2,988.00"]],
                 [("Current", "2,988.00", False), ("30 days", "0.00", False), ("Amount due", "£2,988.00", True)],
                 ["This statement lists invoices already sent to you. Please contact us if your records differ."])
    non("Xero", "en", True, "accounts@hartleysurveyors.co.uk", "Hartley & Sons Surveyors Ltd", "Accounts Payable", "ap@harbourfinch.co.uk",
        "Statement from Hartley & Sons Surveyors Ltd", Dd(12, 1),
        "Hi Accounts Payable,\n\nPlease find attached your statement as at 30 Nov 2026.\n\nThanks,\nHartley & Sons Surveyors Ltd",
        "A statement of account summarising invoices already sent.", "An 'Amount due' line and invoice numbers.",
        pages=pg, fn="Statement HARB001.pdf")

    non("newsletter", "en", False, "news@solentsailing.co.uk", "Solent Sailing Academy", "", "hamish.macleod@btinternet.com",
        "2027 course dates are out - early bird prices inside", Dd(11, 29),
        "SOLENT SAILING ACADEMY - WINTER NEWSLETTER\n\nHi sailors,\n\nOur 2027 calendar is live! Book before 31 January for early-bird "
        "prices:\n\n  Competent Crew (5 days)      £545  (early bird £495)\n  Day Skipper practical        £575  (early bird £525)\n"
        "  Coastal Skipper              £695  (early bird £640)\n\nAll prices include VAT. Gift vouchers available from £50.\n\n"
        "Fair winds,\nTom\n\nUnsubscribe | Manage preferences",
        "A newsletter with prices; nobody owes anything.", "Price table with VAT, from the same sender as an invoice in this set.")

    non("renewal notice", "en", False, "billing@pixelwerf.dev", "Pixelwerf", "Kookaburra Digital Finance", "finance@kookaburradigital.com.au",
        "Your support plan renews on 1 January 2027", Dd(12, 1),
        "Hi Finance team,\n\nA heads-up: your Pixelwerf support plan (Business, 20 hours/month) renews automatically on 1 January 2027 "
        "for another 12 months at EUR 1,450.00 per month (excl. VAT).\n\nNo action is needed if you'd like to continue. To change or "
        "cancel, reply before 15 December. The first invoice for 2027 will be sent on 1 January.\n\nCheers,\nThijs",
        "A renewal notice; the invoice will come later.", "A monthly amount and a date.")

    non("timesheet", "en", False, "billing@northlightdata.co.uk", "Northlight Data Ltd", "Dana Whitfield", "dana@brightwateranalytics.com",
        "Timesheet for approval - November 2026", Dd(11, 30),
        "Hi Dana,\n\nBefore I raise the November invoice, could you approve the hours below?\n\n  Week 45   Dashboard iteration      11.0 h\n"
        "  Week 46   Pipeline monitoring       6.5 h\n  Week 47   Stakeholder workshop      8.0 h\n  Week 48   Bug fixes                 4.5 h\n"
        "  Total                              30.0 h  x $150 = $4,500.00\n\nOnce approved I'll send the invoice (Net 30 as usual).\n\n"
        "Thanks,\nOwen\nNorthlight Data Ltd",
        "A timesheet to approve; the invoice follows after approval.", "Hours, a rate and a total in USD.")

    non("trial ending", "en", False, "hello@greenwaybikes.ie", "Greenway Bike Works", "Kwame Boateng", "kwame@accraspicekitchen.ie",
        "Your fleet care trial ends in 3 days", Dd(11, 28),
        "Hi Kwame,\n\nYour free 30-day Fleet Care trial ends on 1 December 2026. After that, the plan continues at €49.00 per bike per "
        "month (incl. VAT) for your 3 cargo bikes, billed monthly in advance.\n\nWant to keep it? Do nothing. Not for you? Cancel any "
        "time in your account before 1 December.\n\nGreenway Bike Works",
        "A trial-ending notice; billing starts later, with its own invoice.", "A price per month and a date.")

    # ----- German (7)
    pg = doc_pdf(["Elektro Sauer GmbH", "Kaufbeurer Straße 61 · 87437 Kempten (Allgäu)"],
                 ["Herrn", "Dr. Wolfgang Schneider-Ilić", "Am Stadtweiher 9", "87435 Kempten"], "Kostenvoranschlag KV-2026-0212",
                 [("Datum", "09.11.2026"), ("Gültig bis", "09.12.2026")],
                 [("Leistung", 56, "left"), ("Menge", 380, "right"), ("EP", 460, "right"), ("GP", 539, "right")],
                 [["Wallbox 11 kW inkl. Montage", "1", "1.690,00 €", "1.690,00 €"], ["Zuleitung (m)", "25", "24,50 €", "612,50 €"]],
                 [("Netto", "2.302,50 €", False), ("USt 19 %", "437,48 €", False), ("Summe", "2.739,98 €", True)],
                 ["Dieser Kostenvoranschlag ist unverbindlich. Abweichungen von bis zu 15 % bleiben vorbehalten."])
    non("lexoffice", "de", True, "buchhaltung@elektro-sauer.de", "Elektro Sauer GmbH", "Dr. Wolfgang Schneider-Ilić",
        "w.schneider-ilic@gmx.de", "Kostenvoranschlag Wallbox", Dd(11, 9),
        "Sehr geehrter Herr Dr. Schneider-Ilić,\n\nanbei wie besprochen unser Kostenvoranschlag.\n\nMit freundlichen Grüßen\nFranziska Sauer",
        "A Kostenvoranschlag (estimate), not binding; nothing is owed.", "Totals with USt.", pages=pg, fn="KV-2026-0212.pdf")

    non("booking confirmation", "de", False, "buchung@linguaviva.de", "Sprachschule Lingua Viva", "Mehmet Kaya", "mehmet.kaya@web.de",
        "Buchungsbestätigung Italienisch A2 (26-IT-11)", Dd(11, 10),
        "Lieber Herr Kaya,\n\nwir bestätigen Ihre Anmeldung:\n\nKurs: Italienisch A2 Abendkurs (26-IT-11)\nBeginn: 12.01.2027, "
        "dienstags 18:30-20:00\nKursgebühr: 320,00 € (umsatzsteuerfrei)\n\nDie Rechnung erhalten Sie zwei Wochen vor Kursbeginn.\n\n"
        "Herzliche Grüße\nSprachschule Lingua Viva", "A booking confirmation; the invoice follows before the course.", "A fee and dates.")

    non("price change", "de", False, "rechnung@cloudkontor.de", "Cloudkontor GmbH", "Datenwerk Buchhaltung", "buchhaltung@datenwerk-hh.de",
        "Preisanpassung ab 01.01.2027", Dd(11, 20),
        "Sehr geehrte Damen und Herren,\n\nzum 01.01.2027 passen wir unsere Preise an gestiegene Energie- und Rechenzentrumskosten an:\n\n"
        "Managed Kubernetes Cluster (3 Nodes): 890,00 EUR -> 945,00 EUR / Monat\nBackup-Speicher je TB: 49,00 EUR -> 52,00 EUR / Monat\n\n"
        "Alle Preise zzgl. 19 % USt. Ihnen steht ein Sonderkündigungsrecht bis 31.12.2026 zu.\n\nMit freundlichen Grüßen\nCloudkontor GmbH",
        "A price change announcement; nothing is billed.", "Old and new prices per month.")

    non("credit note announcement", "de", False, "rechnung@hansen-roestet.de", "Kaffeerösterei Hansen & Töchter", "Serkan Demir",
        "einkauf@feinkost-demir.de", "Ihre Reklamation - Gutschrift folgt", Dd(11, 25),
        "Guten Tag Herr Demir,\n\ndanke für die Fotos der beschädigten Säcke. Wir schreiben Ihnen die 4 kg Espresso 'Sachsenhausen' "
        "(95,60 € netto) gut. Die Gutschrift erhalten Sie mit separater Post bzw. per Mail von unserer Buchhaltung in den nächsten Tagen und "
        "sie wird mit der nächsten Rechnung verrechnet.\n\nViele Grüße\nLena Hansen",
        "Announces a credit note; the credit note itself is not attached.", "An amount to be credited.")

    non("forwarded supplier bill", "de", False, "rechnungen@druckerei-wellmann.de", "Druckerei Wellmann GmbH", "Steuerbüro Kranefeld",
        "belege@stb-kranefeld.de", "WG: Ihre Rechnung 7004418823 von Papier Union", Dd(11, 21),
        "Hallo Frau Kranefeld,\n\nzur Info und für die Buchhaltung. Ist per Lastschrift bezahlt.\n\nGruß\nMartin Wellmann\n\n"
        "-------- Weitergeleitete Nachricht --------\nVon: Papier Union GmbH <rechnung@papierunion.de>\nAn: Druckerei Wellmann GmbH\n"
        "Betreff: Ihre Rechnung 7004418823\n\nSehr geehrte Kundin, sehr geehrter Kunde,\n\nanbei Ihre Rechnung 7004418823 vom 19.11.2026 "
        "über 4.812,36 EUR (Bilderdruckpapier 135 g, 3 Paletten). Der Betrag wird am 29.11.2026 von Ihrem Konto DE%s eingezogen.\n\n"
        "Ihre Papier Union" % mkiban("DE")[2:],
        "The business forwards a bill it received from its own supplier to its tax adviser; nobody owes the business anything.",
        "An invoice number, an amount and an IBAN of the business itself.")

    pg = doc_pdf(["Ruderverein Wiking Berlin e.V.", "Wannseebadweg 21 · 14129 Berlin", "Steuernummer 27/661/55012 · Freistellungsbescheid FA für Körperschaften I"],
                 ["Herrn", "Dr. Jürgen O'Connor", "Argentinische Allee 40", "14163 Berlin"], "Zuwendungsbestätigung",
                 [("Art der Zuwendung", "Geldzuwendung"), ("Tag der Zuwendung", "14.10.2026"), ("Betrag", "250,00 €")],
                 [("Zweck", 56, "left"), ("Betrag", 539, "right")], [["Förderung des Jugendruderns (Bootskauf)", "250,00 €"]],
                 [("Summe", "250,00 €", True)],
                 ["Bestätigung über Geldzuwendungen im Sinne des § 10b EStG. Es wird bestätigt, dass die Zuwendung nur zur Förderung des "
                  "Sports verwendet wird. In Worten: zweihundertfünfzig Euro."])
    non("donation receipt", "de", True, "kasse@rv-wiking.de", "Ruderverein Wiking Berlin e.V.", "Dr. Jürgen O'Connor",
        "j.oconnor@charite-mail.de", "Ihre Zuwendungsbestätigung 2026", Dd(11, 30),
        "Lieber Jürgen,\n\nvielen Dank für Deine Spende für das neue Jugendboot! Anbei die Zuwendungsbestätigung für das Finanzamt.\n\n"
        "Sportliche Grüße\nKarin", "A donation receipt for the tax office; the money was given already.", "An amount with a date and a club's tax details.",
        pages=pg, fn="Zuwendungsbestaetigung_2026.pdf")

    non("order confirmation", "de", False, "info@schreinerei-gmuer.ch", "Schreinerei Gmür", "Familie Zgraggen", "zgraggen.fam@bluewin.ch",
        "Auftragsbestätigung Küchenfronten", Dd(11, 19),
        "Grüezi Familie Zgraggen\n\nBesten Dank für den Auftrag. Hiermit bestätigen wir:\n\n12 Küchenfronten Esche geölt, Masse gemäss "
        "Aufnahme vom 14.11.\nPreis pauschal CHF 3'850.00 exkl. MWST\nMontage: KW 3/2027\n\nDie Rechnung folgt nach der Montage, zahlbar "
        "innert 30 Tagen.\n\nFreundliche Grüsse\nRuedi Gmür", "An order confirmation; the invoice follows after the work.",
        "A price and a payment term for the future invoice.")


# ================================================================ check and write

DATE_STYLES = ["dmy-", "dmy.", "dmy/", "iso", "long", "us", "short-en", "us-num", "dm.y", "d-m-y", "at-long", "jp", "short-nl", "en-ord"]
PDF_PART = ("Content-Type: application/pdf; name=\"x.pdf\"\nContent-Disposition: attachment; filename=\"x.pdf\"\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")


def mail_text(eml):
    msg = email.message_from_bytes(eml.replace("@@PDF@@\n", PDF_PART).encode("utf-8"), policy=email.policy.default)
    defects = list(msg.defects)
    out = []
    for part in msg.walk():
        defects += part.defects
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    hdr = eml.split("\n\n", 1)[0]
    return "\n".join(out), defects, hdr, msg


def check():
    problems = []
    seen_ids = set()
    for r in RECORDS:
        rid = r["id"]
        assert rid not in seen_ids
        seen_ids.add(rid)
        body, defects, hdr, msg = mail_text(r["eml"])
        if defects:
            problems.append((rid, "defects", defects))
        try:
            hdr.encode("ascii")
        except UnicodeEncodeError:
            problems.append((rid, "non-ascii header"))
        if ("@@PDF@@" in r["eml"]) != ("pdf" in r):
            problems.append((rid, "pdf slot mismatch"))
        text = body + "\n" + (pdf_text([_P(pg) for pg in r["pdf"]["pages"]]) if "pdf" in r else "")
        flat = re.sub(r"\s+", " ", text)
        nospace = re.sub(r"\s+", "", text)
        for m_ in re.findall(r"\b(?:NL|DE|BE|GB|AT|CH|IE)\d\d(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
            if not iban_ok(m_.replace(" ", "")):
                problems.append((rid, "bad IBAN-shaped string", m_))
        e = r["expected"]
        if not r["is_invoice"]:
            continue
        v = r["_v"]
        if e["number"] not in text:
            problems.append((rid, "number", e["number"]))
        for k in ("amount_due_cents", "amount_total_cents"):
            c = abs(e[k])
            forms = [num(c, st) for st in ("nl", "en", "ch", "sp", "plain")] + ([num(c, "jpy")] if e["currency"] == "JPY" else [])
            if not any(f in text for f in forms):
                problems.append((rid, k, c))
        iss = D.fromisoformat(e["issue_date"])
        if not any(ddate(iss, st, e["language"]) in text for st in DATE_STYLES):
            problems.append((rid, "issue date", e["issue_date"]))
        nm = e["debtor_name"]
        if nm not in flat:
            toks = [t_ for t_ in nm.split() if t_ not in ("en", "und", "and", "&")]
            if all(t_ in flat for t_ in toks):
                print("  (name by tokens)", rid, nm)
            else:
                problems.append((rid, "debtor name", nm))
        if e["iban"]:
            if not iban_ok(e["iban"]) or e["iban"] not in nospace:
                problems.append((rid, "iban", e["iban"]))
        if e["payment_reference"] and e["payment_reference"].replace(" ", "") not in nospace:
            problems.append((rid, "reference", e["payment_reference"]))
        if e["credit_note"] != (e["amount_due_cents"] < 0) or (e["credit_note"] and e["due_date"]):
            problems.append((rid, "credit"))
        if e["amount_due_cents"] != v.sign * (v.c["total"] - v.c["paid"]):
            problems.append((rid, "due arithmetic"))
        if v.term is not None and not v.credit and D.fromisoformat(e["due_date"]) != v.issue + dt.timedelta(days=v.term):
            problems.append((rid, "term"))
        if e["debtor_email"] != r["envelope"]["rcpt_to"][0]:
            problems.append((rid, "email"))
        if r["kind"] == "pdf+ubl":
            x = r["ubl"]
            for tag, val in [("cbc:ID", e["number"]), ("cbc:IssueDate", e["issue_date"]), ("cbc:DueDate", e["due_date"]),
                             ("cbc:PayableAmount", "%.2f" % (e["amount_due_cents"] / 100.0))]:
                if not re.search(r"<%s[^>]*>%s</%s>" % (tag, re.escape(val), tag), x):
                    problems.append((rid, "ubl", tag))
            if e["payment_reference"] and "<cbc:PaymentID>%s</cbc:PaymentID>" % e["payment_reference"] not in x:
                problems.append((rid, "ubl PaymentID"))
            if "<cbc:ID>%s</cbc:ID>" % e["iban"] not in x:
                problems.append((rid, "ubl iban"))
            import xml.dom.minidom
            xml.dom.minidom.parseString(x.encode("utf-8"))
            if r["ubl"] not in base64.b64decode("".join(
                    [p_.get_payload() for p_ in msg.walk() if p_.get_content_type() == "application/xml"])).decode("utf-8"):
                problems.append((rid, "ubl not attached"))
    return problems


class _P:
    def __init__(self, pg):
        self.items = pg["items"]


def main():
    dutch()
    for f in ("english", "german", "nonvoices"):
        if f in globals():
            globals()[f]()
    order = list(range(len(RECORDS)))
    random.Random(SEED + 1).shuffle(order)
    RECORDS[:] = [RECORDS[k] for k in order]
    for k, r in enumerate(RECORDS):
        r["id"] = "inv-hold6-%03d" % (k + 1)
    probs = check()
    for p_ in probs:
        print("PROBLEM", p_)
    out = []
    for r in RECORDS:
        r = dict(r)
        r.pop("_v", None)
        out.append(r)
    mk.write(OUT, out)
    v_ = [r for r in out if r["is_invoice"]]
    print("%d records, %d invoices, %d problems -> %s" % (len(out), len(v_), len(probs), os.path.normpath(OUT)))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
