"""heldout7: a seventh blind held-out set of invoice mails (50 invoices, 25 not).

Written from corpus/invoices/README.md, mailkit.py and the first two records of
heldout4.jsonl only (for the format).  Seeded: `python3 gen/heldout7.py` rewrites
corpus/invoices/heldout7.jsonl and runs check() on every record.

Names, situations and line items are written by hand below; the generator draws IBANs,
message ids and the hour a mail was sent, computes every amount (per VAT rate, deposits,
Swiss rounding) and every due date from the stated term, and prints them."""
import base64
import datetime as dt
import email
import email.policy
import json
import os
import random
import re
import sys
from email.header import Header
from email.utils import formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261203
rng = random.Random(SEED)
D = dt.date

# ---------------------------------------------------------------- identifiers

_BBAN = {"CH": ("d", 17), "AT": ("d", 16), "DK": ("d", 14), "IE": ("b", 14), "LU": ("d", 16)}


def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban(country, bank=None):
    if country == "NL" and bank:
        return iban_of("NL", bank + "".join(rng.choice("0123456789") for _ in range(10)))
    if country == "BE":  # national check: the last two digits are the first ten mod 97
        b10 = "%03d" % rng.randint(1, 299) + "".join(rng.choice("0123456789") for _ in range(7))
        return iban_of("BE", b10 + "%02d" % (int(b10) % 97 or 97))
    if country in ("NL", "DE", "GB"):
        return mk.iban(rng, country)
    kind, n = _BBAN[country]
    if kind == "b":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + "".join(rng.choice("0123456789") for _ in range(n))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(n))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def sp(i):
    return mk.iban_spaced(i)


def be_ogm(base10):
    """Belgian structured reference +++ddd/dddd/ddddd+++ from 10 digits."""
    c = int(base10) % 97 or 97
    s = "%s%02d" % (base10, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


rf = mk.rf


def rf_spaced(r):
    return " ".join(r[k:k + 4] for k in range(0, len(r), 4))


def nl_kenmerk(body15):
    """A 16-digit Dutch betalingskenmerk: check digit + 15 digits (weights 2,4,8,5,10,9,7,3,6,1)."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(ch) * w[k % 10] for k, ch in enumerate(reversed(body15)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return "%d%s" % (c, body15)


def qr_ref(body26):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body26:
        carry = t[(carry + int(ch)) % 10]
    return body26 + str((10 - carry) % 10)


def qr_spaced(r):
    return r[:2] + " " + " ".join(r[k:k + 5] for k in range(2, len(r), 5))


# ---------------------------------------------------------------- money, dates

def fmt_money(style):
    """A function printing cents as the layout does."""
    def f(c):
        neg = c < 0
        a = abs(c)
        if style == "nl":          # € 1.234,56
            s = "€ " + ("-" if neg else "") + mk.money(a, "nl")
        elif style == "nl-dash":   # € 1.234,-  when whole
            s = "€ " + ("-" if neg else "") + (mk.money(a, "nl")[:-3] + ",-" if a % 100 == 0 else mk.money(a, "nl"))
        elif style == "bare-nl":
            s = ("-" if neg else "") + mk.money(a, "nl")
        elif style == "de":        # 1.234,56 €
            s = ("-" if neg else "") + mk.money(a, "de") + " €"
        elif style == "de-eur":    # 1.234,56 EUR
            s = ("-" if neg else "") + mk.money(a, "de") + " EUR"
        elif style == "en-eur":    # €1,234.56
            s = ("-" if neg else "") + "€" + mk.money(a, "en")
        elif style == "eur-code":  # EUR 1,234.56
            s = "EUR " + ("-" if neg else "") + mk.money(a, "en")
        elif style == "gbp":
            s = ("-" if neg else "") + "£" + mk.money(a, "en")
        elif style == "usd":
            s = ("-" if neg else "") + "$" + mk.money(a, "en")
        elif style == "chf":       # CHF 1'234.55
            s = "CHF " + ("-" if neg else "") + mk.money(a, "ch")
        elif style == "bare-ch":
            s = ("-" if neg else "") + mk.money(a, "ch")
        elif style == "bare-en":
            s = ("-" if neg else "") + mk.money(a, "en")
        elif style == "dkk":       # DKK 12.500,00
            s = "DKK " + ("-" if neg else "") + mk.money(a, "nl")
        elif style == "be":        # 1.234,56 EUR (Flemish)
            s = ("-" if neg else "") + mk.money(a, "nl") + " EUR"
        else:
            raise ValueError(style)
        return s
    return f


def qty(q, lang):
    if float(q).is_integer():
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if lang in ("nl", "de") else s


def pct(r, lang):
    s = ("%g" % r)
    return (s.replace(".", ",") if lang in ("nl", "de") else s) + "%"


def half_up(x):
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def compute(inv):
    nets = {}
    for it in inv["items"]:
        n = half_up(it["q"] * it["p"] * (1 - it.get("disc", 0) / 100.0))
        it["net"] = n
        nets[it["r"]] = nets.get(it["r"], 0) + n
    vats = {r: half_up(n * r / 100.0) for r, n in nets.items()}
    net = sum(nets.values())
    total = net + sum(vats.values())
    rounding = 0
    if inv.get("round05"):
        r5 = half_up(total / 5.0) * 5
        rounding = r5 - total
        total = r5
    paid = sum(c for _, c in inv.get("paid", []))
    inv["nets"], inv["vats"], inv["net"], inv["total"] = nets, vats, net, total
    inv["rounding"], inv["due_amt"] = rounding, total - paid
    return inv


def add_days(d, n):
    return d + dt.timedelta(days=n)


def month_end(d):
    nxt = D(d.year + (d.month // 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a


# ---------------------------------------------------------------- PDF engine

def width(s, size):
    return len(s) * size * 0.5


def centre(p, y, s, size=9, bold=False):
    p.text(297.5 - width(s, size) / 2, y, s, size, bold)


def block(p, x, y, lines, size=9.5, lh=12.5, bold_first=False, align="left"):
    for k, ln in enumerate(lines):
        p.text(x, y + k * lh, ln, size, bold_first and k == 0, align)
    return y + len(lines) * lh


def kv(p, x, y, pairs, xv=None, size=8.5, lh=12, align_v="left", bold_label=False):
    xv = xv or x + 95
    for k, (a, b) in enumerate(pairs):
        p.text(x, y + k * lh, a, size, bold_label)
        p.text(xv, y + k * lh, b, size, False, align_v)
    return y + len(pairs) * lh


def header(p, inv, L):
    S = inv["seller"]
    h = L.get("head", "left")
    if h == "left":
        p.text(56, 62, S["name"], 16, True)
        block(p, 56, 76, S["lines"], 8, 10)
    elif h == "right":
        p.right(539, 62, S["name"], 16, True)
        for k, ln in enumerate(S["lines"]):
            p.right(539, 76 + 10 * k, ln, 8)
    elif h == "centre":
        centre(p, 58, S["name"], 17, True)
        centre(p, 72, "  ·  ".join(S["lines"][:3]), 7.5)
        if len(S["lines"]) > 3:
            centre(p, 82, "  ·  ".join(S["lines"][3:]), 7.5)
        p.rule(56, 90, 539, 90)
    elif h == "oneline":
        p.text(56, 48, S["name"], 11, True)
        p.text(56, 60, "  |  ".join(S["lines"]), 7)
        p.rule(56, 66, 539, 66)
    elif h == "band":
        p.text(56, 64, S["name"], 13, True)
        cols = S.get("cols") or [S["lines"][:2], S["lines"][2:4], S["lines"][4:]]
        x0 = max(300, 56 + width(S["name"], 13) + 20)
        for k, c in enumerate(cols):
            block(p, x0 + k * 80, 50, c, 7, 9)
        p.rule(56, 84, 539, 84)
    elif h == "none":
        pass


def footer(p, inv, L):
    S = inv["seller"]
    f = L.get("foot")
    if f == "three":
        cols = L["foot_cols"]
        p.rule(56, 768, 539, 768)
        for k, c in enumerate(cols):
            block(p, 56 + k * 165, 780, c, 7, 9)
    elif f == "line":
        centre(p, 808, L["foot_line"], 7)
    elif f == "two":
        cols = L["foot_cols"]
        p.rule(56, 772, 539, 772)
        for k, c in enumerate(cols):
            block(p, 56 + k * 250, 784, c, 7, 9)


def table(p, y, inv, L, items, f):
    cols = L["cols"]
    lang = inv.get("numlang", inv["lang"])
    p.rule(56, y - 11, 539, y - 11)
    for key, head, x, al in cols:
        p.text(x, y, head, 8, True, al)
    p.rule(56, y + 4, 539, y + 4)
    y += 17
    for it in items:
        vals = {
            "code": it.get("code", ""), "date": it.get("date", ""), "emp": it.get("emp", ""),
            "desc": it["d"], "qty": qty(it["q"], lang), "unit": it.get("unit", ""),
            "price": f(it["p"]) if L.get("price_money", True) else fmt_money(L["bare"])(it["p"]),
            "disc": pct(it.get("disc", 0), lang) if it.get("disc") else "",
            "vat": pct(it["r"], lang) if it["r"] or not L.get("vat_blank0") else "",
            "vatcode": L.get("vatcodes", {}).get(it["r"], ""),
            "amount": f(it["net"]) if L.get("amount_money", True) else fmt_money(L["bare"])(it["net"]),
            "gross": f(half_up(it["net"] * (1 + it["r"] / 100.0))),
            "vatamt": f(half_up(it["net"] * it["r"] / 100.0)),
        }
        for key, head, x, al in cols:
            if key == "desc" and it.get("sub"):
                p.text(x, y + 10, it["sub"], 7)
            p.text(x, y, vals[key], 8.5, False, al)
        y += 24 if it.get("sub") else 14
    p.rule(56, y - 6, 539, y - 6)
    return y + 6


def totals(p, y, inv, L, f):
    lang = inv.get("numlang", inv["lang"])
    lx, vx = L.get("tot_x", (360, 539))
    T = L["tot"]
    rows = []
    if T.get("sub"):
        rows.append((T["sub"], f(inv["net"]), False))
    for r in sorted(inv["nets"], reverse=True):
        if r == 0 and not T.get("show0"):
            continue
        lab = T["vat"].format(r=pct(r, lang), base=f(inv["nets"][r]))
        rows.append((lab, f(inv["vats"][r]), False))
    if inv["rounding"]:
        rows.append((T.get("round", "Rundung"), f(inv["rounding"]), False))
    rows.append((T["total"], f(inv["total"]), True))
    for lab, c in inv.get("paid", []):
        rows.append((lab, f(-c), False))
    if inv.get("paid"):
        rows.append((T["due"], f(inv["due_amt"]), True))
    longest = max(width(lab, 9) for lab, _, _ in rows)
    lx = min(lx, vx - 75 - longest)
    for lab, val, b in rows:
        if b:
            p.rule(lx, y - 10, vx, y - 10)
        p.text(lx, y, lab, 9, b)
        p.right(vx, y, val, 9, b)
        y += 14
    return y + 6


def vat_table(p, y, inv, L, f):
    lang = inv["lang"]
    hd = L["vat_table"]
    p.text(56, y, hd[0], 7.5, True)
    p.right(190, y, hd[1], 7.5, True)
    p.right(260, y, hd[2], 7.5, True)
    y += 11
    for r in sorted(inv["nets"], reverse=True):
        p.text(56, y, pct(r, lang), 7.5)
        p.right(190, y, f(inv["nets"][r]), 7.5)
        p.right(260, y, f(inv["vats"][r]), 7.5)
        y += 10
    return y + 6


def render(inv):
    """PDF pages of an invoice (or invoice-like document) from its layout config L."""
    L = inv["L"]
    f = fmt_money(L["money"])
    p = mk.Page()
    pages = [p]
    header(p, inv, L)
    if L.get("sender_line"):
        p.text(L.get("dx", 56), 140, L["sender_line"], 6.5)
        p.rule(L.get("dx", 56), 143, L.get("dx", 56) + width(L["sender_line"], 6.5), 143)
    dx, dy = L.get("dx", 56), L.get("dy", 160)
    if L.get("seller_beside"):
        block(p, 56, dy, L["seller_beside"], 9, 12)
    if L.get("dlabel"):
        p.text(dx, dy - 14, L["dlabel"], 8, True)
    if L.get("dalign") == "right":
        for k, ln in enumerate(inv["dblock"]):
            p.right(dx, dy + 12.5 * k, ln, 9.5)
        yend = dy + 12.5 * len(inv["dblock"])
    else:
        yend = block(p, dx, dy, inv["dblock"], L.get("dsize", 9.5), 12.5, L.get("dbold", False))
    if L.get("ship"):
        p.text(L["ship"][0], dy - 14, L["ship"][1], 8, True)
        block(p, L["ship"][0], dy, L["ship"][2], 9.5, 12.5)
    meta = L["meta"]
    m = L.get("meta_pos", "beside")
    ybot = yend
    if L.get("seller_beside"):
        ybot = max(ybot, dy + 12 * len(L["seller_beside"]))
    if L.get("ship"):
        ybot = max(ybot, dy + 12.5 * len(L["ship"][2]))
    if m in ("beside", "right", "box"):
        ybot = max(ybot, L.get("my", dy) + 12 * len(meta) + 8)
    ty = L.get("title_y", max(yend, dy + 60) + 30)
    if m == "beside":
        mx = L.get("mx", 330)
        kv(p, mx, dy, meta, mx + L.get("mw", 95), bold_label=L.get("mbold", False))
    elif m == "right":
        for k, (a, b) in enumerate(meta):
            p.text(L.get("mx", 380), L.get("my", dy) + 12 * k, a, 8.5, True)
            p.right(539, L.get("my", dy) + 12 * k, b, 8.5)
    elif m == "row":
        ry = ty + 26
        xs = L.get("row_x") or [56 + k * (483 // len(meta)) for k in range(len(meta))]
        p.rule(56, ry - 11, 539, ry - 11)
        for (a, b), x in zip(meta, xs):
            p.text(x, ry, a, 7.5, True)
            p.text(x, ry + 12, b, 9)
        p.rule(56, ry + 17, 539, ry + 17)
        ty_end = ry + 17
    elif m == "under":
        yy = kv(p, 56, ty + 22, meta, 56 + L.get("mw", 110))
        ty_end = yy - 6
    elif m == "box":
        bx, by = L.get("mx", 340), dy - 12
        h = 12 * len(meta) + 8
        p.rule(bx, by, 539, by)
        p.rule(bx, by + h, 539, by + h)
        p.rule(bx, by, bx, by + h)
        p.rule(539, by, 539, by + h)
        kv(p, bx + 6, by + 13, meta, bx + 90)
    if L.get("title_right"):
        p.right(539, ty, L["title"], 18, True)
    else:
        p.text(56, ty, L["title"], L.get("title_size", 18), True)
    y = ty + 40
    if m in ("row", "under"):
        y = ty_end + 34
    y = max(y, ybot + 34)
    for ln in L.get("intro", []):
        p.text(56, y, ln, 9)
        y += 12
    if L.get("intro"):
        y += 18
    items = inv["items"]
    split = L.get("split")
    if split:
        y = table(p, y, inv, L, items[:split], f)
        carry = sum(it["net"] for it in items[:split])
        p.text(360, y, L["carry"][0], 8.5, True)
        p.right(539, y, f(carry), 8.5, True)
        p.right(539, y + 20, L["cont"], 8)
        footer(p, inv, L)
        if L.get("pageno"):
            p.right(539, 820, L["pageno"].format(1, 2), 7)
        p = mk.Page()
        pages.append(p)
        p.text(56, 56, inv["seller"]["name"], 10, True)
        p.right(539, 56, L["p2head"], 8.5)
        p.rule(56, 62, 539, 62)
        p.text(360, 96, L["carry"][1], 8.5, True)
        p.right(539, 96, f(carry), 8.5, True)
        y = table(p, 130, inv, L, items[split:], f)
        if L.get("pageno"):
            p.right(539, 820, L["pageno"].format(2, 2), 7)
    else:
        y = table(p, y, inv, L, items, f)
    y = totals(p, y + 8, inv, L, f)
    if L.get("vat_table"):
        y = vat_table(p, y + 4, inv, L, f)
    for ln in L.get("pay", []):
        p.text(56, y + 10, ln, L.get("pay_size", 8.5))
        y += 12
    if L.get("paybox"):
        bx = L["paybox"]
        y += 22
        p.rule(56, y - 12, 539, y - 12)
        for k, (a, b) in enumerate(bx):
            p.text(62 + (k % 3) * 160, y + (k // 3) * 24, a, 7, True)
            p.text(62 + (k % 3) * 160, y + 11 + (k // 3) * 24, b, 8.5)
        y += 24 * ((len(bx) + 2) // 3)
        p.rule(56, y - 6, 539, y - 6)
    footer(p, inv, L)
    return pages


def pdf_text(pages):
    out = []
    for pg in pages:
        for it in sorted(pg.items, key=lambda t: (round(t["y"]), t["x"])):
            out.append(it["text"])
    return "\n".join(out)


# ---------------------------------------------------------------- records

def seller(name, lines, mail, country="NL", bank=None, bban=None, **kw):
    i = iban_of(country, bban) if bban else (iban(country, bank) if country else None)
    s = dict(name=name, lines=lines, mail=mail, iban=i)
    s.update(kw)
    return s


def it(d, q, p, r, **kw):
    x = dict(d=d, q=q, p=p, r=r)
    x.update(kw)
    return x


def new(**kw):
    inv = dict(kind="pdf", cur="EUR", paid=[], ref=None, credit=False, delay=0, business=True,
               extra_headers=[], cc=[])
    inv.update(kw)
    if inv["credit"]:
        for x in inv["items"]:
            x["p"] = -abs(x["p"])
    compute(inv)
    t = inv.get("term")
    if inv["credit"]:
        inv["due"] = None
    elif "due" in inv:
        pass
    elif t == "receipt":
        inv["due"] = inv["issue"]
    elif t == "monthend":
        inv["due"] = month_end(inv["issue"])
    else:
        inv["due"] = add_days(inv["issue"], t)
    inv.setdefault("iban", inv["seller"]["iban"])
    return inv


INVOICES = []


def invoice(fn):
    INVOICES.append(fn)
    return fn


NONINV = []


def noninv(fn):
    NONINV.append(fn)
    return fn


# ================================================================ Dutch invoices

@invoice
def nl_moneybird_beside():
    S = seller("Koffiebranderij Het Zwarte Goud", ["Molenstraat 14", "6811 GZ Arnhem", "KvK 71829304",
               "BTW NL002381945B71", "info@hetzwartegoud.nl"], "facturen@hetzwartegoud.nl")
    inv = new(lang="nl", tool="Moneybird", seller=S, number="2026-0418", issue=D(2026, 11, 16), term=14,
              dblock=["Bakkerij De Korenschoof", "eigenaar J. Smit", "Kerkstraat 3", "6851 AB Huissen"],
              debtor="Bakkerij De Korenschoof", rcpt="jan@korenschoof.nl", to_name="Jan Smit", delay=1,
              items=[it("Espresso blend 'Zwart Goud' 1 kg", 12, 2450, 9), it("Filterkoffie Ethiopië 1 kg", 6, 2190, 9),
                     it("Onderhoud espressomachine (arbeid)", 1.5, 6500, 21), it("Ontkalker 1 l", 2, 1495, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="none", seller_beside=[S["name"]] + S["lines"][:2] + [S["lines"][4]],
                    dx=330, dy=70, meta_pos="under", mw=110, title="Factuur", title_y=200,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Vervaldatum", mk.date(inv["due"], "dmy-")), ("Klantnummer", "1043")],
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 330, "right"),
                          ("price", "Prijs", 400, "right"), ("vat", "Btw", 440, "right"), ("amount", "Totaal", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r} over {base}", total="Totaal"),
                    pay=["We verzoeken u vriendelijk het bedrag van %s vóór %s over te maken op" % (f(inv["total"]), mk.date(inv["due"], "dmy-")),
                         "%s t.n.v. %s, onder vermelding van het factuurnummer." % (sp(S["iban"]), S["name"])],
                    foot="line", foot_line="Koffiebranderij Het Zwarte Goud · KvK 71829304 · BTW NL002381945B71 · IBAN " + sp(S["iban"]))
    inv["subject"] = "Factuur 2026-0418 van Koffiebranderij Het Zwarte Goud"
    inv["body"] = ("Beste Jan,\n\nHierbij ontvang je factuur 2026-0418 voor de bonen en het onderhoud van vorige week.\n"
                   "Je kunt de factuur ook online bekijken via de link in de bijlage.\n\nMet vriendelijke groet,\n\nKoffiebranderij Het Zwarte Goud\nMaarten Hol")
    inv["note"] = "Sender's block top left, the debtor top right at the same height; a trade name with 'eigenaar J. Smit'; 9 % and 21 %."
    return inv


@invoice
def nl_exact_twopage():
    S = seller("Veldhuis Technische Groothandel B.V.", ["Industrieweg 88", "7602 PK Almelo", "T 0546 812 300",
               "KvK 06078214", "BTW NL001823766B01"], "debiteuren@veldhuis-tg.nl", bank="RABO")
    items = [it("Kogellager 6204-2RS", 40, 385, 21, code="KL-6204", unit="st", disc=5),
             it("Kogellager 6205-2RS", 30, 412, 21, code="KL-6205", unit="st", disc=5),
             it("V-snaar SPA 1250", 12, 1875, 21, code="VS-1250", unit="st"),
             it("Hydrauliekolie HLP 46, 20 l", 6, 8950, 21, code="HO-46-20", unit="can"),
             it("Pakkingset RVS pomp type K", 4, 6340, 21, code="PK-RVS-K", unit="set", disc=10),
             it("Slangklem W4 20-32 mm", 100, 64, 21, code="SK-2032", unit="st"),
             it("Persluchtslang PU 8x5, rol 50 m", 2, 5490, 21, code="PL-85-50", unit="rol"),
             it("Snelkoppeling NW 7,2", 25, 478, 21, code="SN-72", unit="st"),
             it("Inspectie en afstelling pomp (uur)", 3.5, 8200, 21, code="ARB-SERV", unit="uur"),
             it("Voorrijkosten", 1, 4500, 21, code="VRK", unit="st"),
             it("Kabelbinder 300 mm (100 st)", 5, 895, 21, code="KB-300", unit="zak"),
             it("Afvoer oude olie", 1, 2750, 21, code="AFV-OL", unit="st")]
    inv = new(lang="nl", tool="Exact Online", seller=S, number="VF26004471", issue=D(2026, 11, 19), term=30,
              dblock=["Coöperatie Zuivelhoeve U.A.", "t.a.v. de crediteurenadministratie", "Postbus 112",
                      "7460 AC Rijssen"], debtor="Coöperatie Zuivelhoeve U.A.", rcpt="facturen@zuivelhoeve.nl",
              to_name="Crediteuren Zuivelhoeve", items=items, delay=1)
    f = fmt_money("bare-nl")
    inv["L"] = dict(money="bare-nl", head="band", dx=56, dy=150, sender_line="Veldhuis TG B.V. · Industrieweg 88 · 7602 PK Almelo",
                    meta_pos="right", mx=350, my=150,
                    meta=[("Factuur", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy-")), ("Debiteur", "20417"),
                          ("Uw referentie", "IO-26-3318")],
                    title="Factuur", title_y=250,
                    cols=[("code", "Artikel", 56, "left"), ("desc", "Omschrijving", 118, "left"), ("qty", "Aantal", 330, "right"),
                          ("unit", "Eenh.", 337, "left"), ("price", "Prijs", 410, "right"), ("disc", "Korting", 446, "right"),
                          ("vatcode", "Btw", 462, "left"), ("amount", "Bedrag EUR", 539, "right")],
                    vatcodes={21: "2"}, split=8, carry=("Transport", "Transport van pagina 1"), cont="z.o.z.",
                    p2head="Factuur VF26004471 · 19-11-2026 · pagina 2 van 2", pageno="Pagina {} van {}",
                    tot=dict(sub="Totaal excl. btw", vat="Btw-code 2: {r} over {base}", total="Totaal EUR"),
                    pay=["Betalingsconditie: 30 dagen netto", "Gelieve te betalen op %s (BIC RABONL2U) onder vermelding van %s." % (sp(S["iban"]), inv["number"])],
                    foot="three", foot_cols=[[S["name"], "Industrieweg 88", "7602 PK Almelo"],
                                              ["T 0546 812 300", "debiteuren@veldhuis-tg.nl", "www.veldhuis-tg.nl"],
                                              ["IBAN " + sp(S["iban"]), "KvK 06078214", "BTW NL001823766B01"]])
    inv["L"]["price_money"] = True
    inv["subject"] = "Factuur VF26004471"
    inv["body"] = ("Geachte relatie,\n\nIn de bijlage vindt u factuur VF26004471.\n\nMet vriendelijke groet,\n"
                   "Veldhuis Technische Groothandel B.V.\nAfdeling debiteuren\n\n"
                   "Dit bericht is automatisch verzonden vanuit Exact Online. Antwoorden op dit bericht worden gelezen.")
    inv["note"] = "Two pages: 12 lines with article codes, units, discounts and VAT codes; totals and the term only on page 2; amounts without currency sign."
    return inv


@invoice
def nl_eboekhouden_label():
    S = seller("Schoonmaakbedrijf Glans & Co", ["Nijverheidsweg 41", "4906 CM Oosterhout", "KvK 81255903", "BTW NL862410117B01"],
               "administratie@glansenco.nl")
    kenm = nl_kenmerk("000026011408337")
    inv = new(lang="nl", tool="e-Boekhouden", seller=S, number="F2026-1408", issue=D(2026, 11, 30), term=21,
              dblock=["VvE Parkflat Oosterhout", "p/a Beheer Brabantstad B.V.", "Postbus 3071", "4800 DB Breda"],
              debtor="VvE Parkflat Oosterhout", rcpt="vve-parkflat@beheerbrabantstad.nl", to_name="Beheer Brabantstad",
              ref=kenm, delay=2,
              items=[it("Schoonmaak trappenhuizen en galerijen november", 1, 68500, 21),
                     it("Glasbewassing entree en liftportalen", 1, 14500, 21),
                     it("Extra reiniging na lekkage kelderberging", 2.5, 4200, 21)])
    f = fmt_money("nl")
    kg = " ".join(kenm[k:k + 4] for k in range(0, 16, 4))
    inv["L"] = dict(money="nl", head="centre", dx=56, dy=170, dlabel="Factuur aan", meta_pos="beside", mx=340, mw=90,
                    meta=[("Factuurnummer", inv["number"]), ("Datum", mk.date(inv["issue"], "long")),
                          ("Betaaltermijn", "21 dagen"), ("Debiteurnr.", "D-0092")],
                    title="FACTUUR", title_y=270,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 340, "right"), ("price", "Tarief", 420, "right"),
                          ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Totaal exclusief btw", vat="Btw {r}", total="Totaal inclusief btw"),
                    pay=["Wij verzoeken u het totaalbedrag binnen 21 dagen over te maken naar %s" % sp(S["iban"]),
                         "ten name van Schoonmaakbedrijf Glans & Co, onder vermelding van betalingskenmerk %s." % kg],
                    foot="three", foot_cols=[["Schoonmaakbedrijf Glans & Co", "Nijverheidsweg 41", "4906 CM Oosterhout"],
                                              ["Tel. 0162 745 210", "administratie@glansenco.nl"],
                                              ["IBAN " + sp(S["iban"]), "KvK 81255903", "BTW NL862410117B01"]])
    inv["subject"] = "Factuur F2026-1408 VvE Parkflat Oosterhout"
    inv["body"] = ("Geachte heer, mevrouw,\n\nBijgaand ontvangt u de factuur voor de schoonmaakwerkzaamheden in november.\n"
                   "Wilt u bij betaling het betalingskenmerk gebruiken? Dan wordt uw betaling automatisch verwerkt.\n\n"
                   "Met vriendelijke groet,\n\nIlse Verhoeven\nSchoonmaakbedrijf Glans & Co")
    inv["note"] = "VvE billed p/a its managing agent (the agent's mailbox); 'Factuur aan' label; betalingskenmerk in groups of four; term only."
    return inv


@invoice
def nl_snelstart_deposit():
    S = seller("Keukenstudio Brinkman", ["Zuiderzeestraatweg 210", "8096 CJ Oldebroek", "KvK 05093388", "BTW NL001562883B47"],
               "verkoop@keukenstudiobrinkman.nl")
    inv = new(lang="nl", tool="SnelStart", seller=S, number="20260387", issue=D(2026, 11, 20), term=8,
              dblock=["V.O.F. Eetcafé 't Hoekje", "Dorpsstraat 1", "8085 AA Doornspijk"],
              debtor="V.O.F. Eetcafé 't Hoekje", rcpt="info@eetcafethoekje.nl", to_name="Eetcafé 't Hoekje",
              paid=[("Reeds betaald (aanbetaling 02-10-2026)", 250000)],
              items=[it("Bedrijfskeuken RVS werkbank 2400 mm", 1, 318000, 21), it("Afzuigkap met motor 2000 m3/u", 1, 244900, 21),
                     it("Montage en aansluiten (uren)", 14, 5800, 21), it("Afvoer oude keuken", 1, 27500, 21),
                     it("Lunch en koffie personeel opening (catering)", 1, 18500, 9)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=330, dy=150, meta_pos="row", title="Factuur", title_y=240,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Vervaldatum", mk.date(inv["due"], "dmy-")), ("Debiteurnummer", "12088"), ("Ordernummer", "O-26-0210")],
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 320, "right"), ("price", "Prijs", 395, "right"),
                          ("vat", "Btw %", 440, "right"), ("amount", "Totaal", 539, "right")],
                    tot=dict(sub="Totaal excl. btw", vat="Btw {r}", total="Totaal incl. btw", due="Nog te voldoen"),
                    vat_table=("Btw-tarief", "Grondslag", "Btw"),
                    pay=["Betaling binnen 8 dagen na factuurdatum op %s t.n.v. Keukenstudio Brinkman." % sp(S["iban"])],
                    foot="line", foot_line="Keukenstudio Brinkman · Zuiderzeestraatweg 210 · 8096 CJ Oldebroek · KvK 05093388")
    inv["subject"] = "Factuur 20260387"
    inv["body"] = ("Beste Gert en Wilma,\n\nDe keuken staat en draait, mooi om te zien zaterdag! Hierbij de eindfactuur; de aanbetaling van oktober is er al vanaf.\n\n"
                   "Groeten,\nHenk Brinkman\nKeukenstudio Brinkman\n06 - 41 88 20 37")
    inv["note"] = "Window on the right, a row of labels above values, two VAT rates with a grondslag table, a deposit already paid."
    return inv


@invoice
def nl_jortt_consumer():
    S = seller("Fietsmakerij Spaak", ["Oudegracht 277", "3511 PA Utrecht", "KvK 90114256"], "hallo@fietsmakerijspaak.nl")
    inv = new(lang="nl", tool="Jortt", seller=S, number="SPK-0392", issue=D(2026, 11, 24), term=14,
              dblock=["Dhr. R. van 't Hof", "Twijnstraat 40 bis", "3511 ZL Utrecht"], debtor="R. van 't Hof", business=False,
              rcpt="rvthof@ziggo.nl", to_name="Ruben van 't Hof",
              items=[it("Nieuwe achtervelg 28\" incl. montage", 1, 8900, 21), it("Buitenband Schwalbe Marathon", 2, 3495, 21),
                     it("Kettingset vervangen", 1, 4250, 21), it("Remkabels afstellen", 1, 1500, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="oneline", dx=56, dy=110, meta_pos="box", mx=340,
                    meta=[("Factuurnr.", inv["number"]), ("Datum", mk.date(inv["issue"], "long")), ("Te betalen vóór", mk.date(inv["due"], "long"))],
                    title="Factuur", title_y=200,
                    cols=[("desc", "Wat", 56, "left"), ("qty", "Aantal", 360, "right"), ("price", "Per stuk", 440, "right"),
                          ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="Totaal"),
                    pay=["Maak het bedrag over naar %s t.n.v. Fietsmakerij Spaak." % sp(S["iban"]), "Bedankt voor het vertrouwen!"])
    inv["subject"] = "Je factuur van Fietsmakerij Spaak (SPK-0392)"
    inv["body"] = ("Hoi Ruben,\n\nJe fiets is weer helemaal klaar voor de winter. In de bijlage zit de factuur.\n\nGroetjes,\nFemke – Fietsmakerij Spaak")
    inv["note"] = "One-line letterhead, a consumer with 'Dhr.' and 't' particle, dates in a ruled box to the right."
    return inv


@invoice
def nl_wefact_credit():
    S = seller("Webbureau Lindeboom", ["Stationsplein 6", "8011 CW Zwolle", "KvK 67711352", "BTW NL857109283B01"],
               "factuur@webbureaulindeboom.nl")
    inv = new(lang="nl", tool="WeFact", seller=S, number="CF-2026-008", issue=D(2026, 11, 26), credit=True,
              dblock=["Stichting Speeltuin De Kikkerpoel", "t.a.v. penningmeester mw. E. Tuinstra", "Boterbloemstraat 2",
                      "8043 KE Zwolle"], debtor="Stichting Speeltuin De Kikkerpoel", rcpt="penningmeester@dekikkerpoel.nl",
              to_name="Eelkje Tuinstra",
              items=[it("Creditering dubbel gefactureerde hosting 2027 (factuur F-2026-0431)", 1, 18000, 21),
                     it("Creditering domeinnaam dekikkerpoel.nl 2027", 1, 1250, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="right", dx=56, dy=160, meta_pos="beside", mx=340,
                    meta=[("Creditfactuurnummer", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy-")),
                          ("Betreft factuur", "F-2026-0431"), ("Debiteurnummer", "DB10077")],
                    mw=105, title="Creditfactuur", title_y=260,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 380, "right"), ("price", "Prijs", 450, "right"),
                          ("amount", "Totaal", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="{r} btw", total="Totaal"),
                    pay=["Het bedrag van %s storten wij binnen 5 werkdagen terug op uw rekening." % f(-inv["total"])],
                    foot="three", foot_cols=[["Webbureau Lindeboom", "Stationsplein 6, 8011 CW Zwolle"],
                                              ["factuur@webbureaulindeboom.nl", "038 - 202 44 10"],
                                              ["IBAN " + sp(S["iban"]), "BTW NL857109283B01"]])
    inv["iban"] = S["iban"]
    inv["subject"] = "Creditfactuur CF-2026-008"
    inv["body"] = ("Beste Eelkje,\n\nExcuses voor de dubbele factuur. Bijgaand de creditfactuur; het bedrag storten we terug.\n\n"
                   "Met vriendelijke groet,\nNiels Lindeboom")
    inv["note"] = "A creditfactuur with negative lines; the treasurer named in a t.a.v. line with mw.; IBAN only in the footer."
    return inv


@invoice
def nl_informer_couple():
    S = seller("Installatiebedrijf Dekker", ["Veilingweg 9", "2671 CM Naaldwijk", "KvK 27366541", "BTW NL001882730B22"],
               "administratie@dekker-installatie.nl")
    inv = new(lang="nl", tool="Informer", seller=S, number="2026/1127", issue=D(2026, 11, 13), term=14, business=False,
              dblock=["Dhr. M. El Idrissi en mevr. S. El Idrissi-Bakkali", "Hoogwerf 12", "2671 XR Naaldwijk"],
              debtor="M. El Idrissi en S. El Idrissi-Bakkali", rcpt="s.elidrissi@hotmail.com", to_name="Samira El Idrissi",
              name_parts=["M. El Idrissi", "S. El Idrissi-Bakkali"], delay=3,
              items=[it("Vervangen cv-ketel Intergas HRE 28/24", 1, 189500, 21), it("Montage, 6 uur", 6, 5750, 21),
                     it("Slimme thermostaat", 1, 21900, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=320, dy=150, dlabel="Factuuradres", meta_pos="under", mw=110,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Uw referentie", "ketel + thermostaat")],
                    title="Factuur", title_y=230,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 340, "right"), ("price", "Stukprijs", 420, "right"),
                          ("vat", "Btw", 455, "right"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="Te betalen"),
                    pay=["Wij verzoeken u vriendelijk het bedrag binnen 14 dagen na factuurdatum over te maken op",
                         "%s t.n.v. Installatiebedrijf Dekker." % sp(S["iban"])],
                    foot="line", foot_line="Installatiebedrijf Dekker · Veilingweg 9 · 2671 CM Naaldwijk · KvK 27366541 · BTW NL001882730B22")
    inv["subject"] = "Factuur 2026/1127"
    inv["body"] = ("Geachte heer en mevrouw El Idrissi,\n\nHierbij sturen wij u de factuur voor de nieuwe cv-ketel.\n"
                   "Vergeet u niet de garantie te registreren via de link op de ketel?\n\nMet vriendelijke groet,\nAnnemiek Dekker")
    inv["note"] = "A couple named one by one with Dhr. and mevr. (both dropped); mailed three days after the invoice date; term only."
    return inv


@invoice
def nl_twinfield_ubl():
    S = seller("Koudetechniek Brabant B.V.", ["Ekkersrijt 4102", "5692 DA Son", "KvK 17250091", "BTW NL805522971B01"],
               "debiteuren@koudetechniekbrabant.nl", bank="INGB")
    inv = new(lang="nl", tool="Twinfield", kind="pdf+ubl", seller=S, number="26-100522", issue=D(2026, 11, 18), term=30,
              dblock=["Van der Wiel Installatietechniek B.V.", "Afdeling Crediteuren", "BTW-nr. NL009117342B01",
                      "Kanaaldijk 17", "5683 CR Best"], debtor="Van der Wiel Installatietechniek B.V.",
              rcpt="inkoopfacturen@vanderwiel-it.nl", to_name="Crediteuren", delay=1,
              items=[it("Onderhoudscontract koelcellen Q4", 1, 145000, 21), it("Storing koelcel 3, spoedtoeslag", 1, 19500, 21),
                     it("Koudemiddel R449A (kg)", 4.5, 6200, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="right", dx=56, dy=150, meta_pos="row", title="Factuur", title_y=250,
                    row_x=[56, 160, 265, 370, 460],
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Vervaldatum", mk.date(inv["due"], "dmy-")), ("Relatienummer", "30118"), ("Uw ordernr.", "PO-77120")],
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 330, "right"), ("price", "Prijs", 410, "right"),
                          ("vat", "Btw", 450, "right"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Totaal exclusief btw", vat="Btw {r}", total="Totaal te betalen"),
                    pay=["Betaling: 30 dagen. IBAN %s, BIC INGBNL2A, o.v.v. factuurnummer." % sp(S["iban"])],
                    foot="three", foot_cols=[["Koudetechniek Brabant B.V.", "Ekkersrijt 4102", "5692 DA Son"],
                                              ["040 - 2 888 400", "debiteuren@koudetechniekbrabant.nl"],
                                              ["KvK 17250091", "BTW NL805522971B01", "Algemene voorwaarden: NVKL"]])
    inv["subject"] = "Factuur 26-100522 Koudetechniek Brabant B.V."
    inv["body"] = ("Geachte heer/mevrouw,\n\nBijgevoegd treft u onze factuur 26-100522 aan als PDF en als UBL-bestand.\n\n"
                   "Met vriendelijke groet,\nKoudetechniek Brabant B.V.")
    inv["note"] = "A department line and a VAT number under the company name; UBL with the same facts; 'o.v.v. factuurnummer' is no reference."
    return inv


@invoice
def nl_rompslomp_consumer():
    S = seller("Vertaalbureau Woordwijs", ["Hoogstraat 71", "3011 PR Rotterdam", "KvK 84417265", "BTW NL004023817B12"],
               "rekeningen@woordwijs-vertalingen.nl")
    inv = new(lang="nl", tool="Rompslomp", seller=S, number="2026-223", issue=D(2026, 11, 27), term=30, business=False,
              dblock=["Mevr. R. Sewdien-Ramcharan", "Mathenesserlaan 190c", "3014 HH Rotterdam"],
              debtor="R. Sewdien-Ramcharan", rcpt="rsewdien@gmail.com", to_name="Reshma Sewdien",
              items=[it("Beëdigde vertaling geboorteakte (Engels–Nederlands)", 1, 4950, 21),
                     it("Beëdigde vertaling diploma + cijferlijst", 1, 8900, 21), it("Legalisatie en verzendkosten", 1, 1250, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=56, dy=150, meta_pos="right", mx=370, my=150,
                    meta=[("Factuur", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy-")), ("Betaaltermijn", "30 dagen")],
                    title="Factuur", title_y=240,
                    cols=[("desc", "Omschrijving", 56, "left"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="Totaal"),
                    pay=["Gelieve het totaalbedrag binnen 30 dagen over te maken op %s" % sp(S["iban"]),
                         "t.n.v. Vertaalbureau Woordwijs o.v.v. het factuurnummer."],
                    foot="line", foot_line="Vertaalbureau Woordwijs · Hoogstraat 71 · 3011 PR Rotterdam · KvK 84417265")
    inv["subject"] = "Factuur 2026-223"
    inv["body"] = ("Beste mevrouw Sewdien,\n\nDe beëdigde vertalingen zijn vandaag per post verstuurd. In de bijlage vindt u de factuur.\n\n"
                   "Hartelijke groet,\nDaniëlle Vos\nVertaalbureau Woordwijs")
    inv["note"] = "Only description and amount columns; a Surinamese double surname with Mevr.; term in days only."
    return inv


@invoice
def nl_tellow_todisplay():
    S = seller("Fotostudio Lichtval", ["Vaartweg 32", "1211 JJ Hilversum", "KvK 80344129", "BTW NL003391822B34"],
               "studio@lichtval.nl")
    inv = new(lang="nl", tool="Tellow", seller=S, number="LV26-061", issue=D(2026, 11, 9), term=14,
              dblock=["Nguyen Trading B.V.", "t.a.v. mevr. T.L. Nguyen", "Hogehilweg 19", "1101 CB Amsterdam"],
              debtor="Nguyen Trading B.V.", rcpt="linh@nguyentrading.nl", to_name="Linh", delay=2,
              items=[it("Productfotografie webshop, dagdeel", 2, 47500, 21), it("Nabewerking per foto", 64, 450, 21),
                     it("Reiskosten", 1, 3800, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=56, dy=160, meta_pos="beside", mx=340,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Vervaldatum", mk.date(inv["due"], "dmy-"))], title="Factuur", title_y=255,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 330, "right"), ("price", "Prijs", 410, "right"),
                          ("vat", "Btw", 450, "right"), ("amount", "Totaal", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="Totaal te betalen"),
                    pay=["Graag betalen vóór %s op %s t.n.v. Fotostudio Lichtval." % (mk.date(inv["due"], "dmy-"), sp(S["iban"]))],
                    foot="two", foot_cols=[["Fotostudio Lichtval · Vaartweg 32 · 1211 JJ Hilversum", "KvK 80344129 · BTW NL003391822B34"],
                                            ["IBAN " + sp(S["iban"]), "studio@lichtval.nl"]])
    inv["subject"] = "Factuur LV26-061 – Fotostudio Lichtval"
    inv["body"] = ("Hi Linh,\n\nDank voor de fijne shoot! De foto's staan in de gedeelde map, en hierbij de factuur.\n\nLiefs,\nMarloes")
    inv["note"] = "To header shows only 'Linh'; the company with a t.a.v. contact; a Vietnamese surname."
    return inv


@invoice
def nl_gripp_hours():
    S = seller("Studio Kade", ["Veemkade 500", "1019 HE Amsterdam", "KvK 73009128", "BTW NL859552801B01"], "finance@studiokade.nl")
    inv = new(lang="nl", tool="Gripp", seller=S, number="SK-26-0194", issue=D(2026, 11, 30), term=30,
              dblock=["Stichting Cultuurhuis De Vonk", "t.a.v. Boekhouding", "Achterstraat 8", "2011 JV Haarlem"],
              debtor="Stichting Cultuurhuis De Vonk", rcpt="boekhouding@cultuurhuisdevonk.nl", to_name="Boekhouding De Vonk",
              paid=[("Voorschot (factuur SK-26-0150)", 300000)],
              items=[it("Conceptontwikkeling campagne", 18, 9500, 21, date="03-11", emp="A. Bakker"),
                     it("Art direction fotoshoot", 12, 9500, 21, date="10-11", emp="A. Bakker"),
                     it("Ontwerp affiches en flyers", 22.5, 8500, 21, date="12-11", emp="M. Soeters"),
                     it("Webdevelopment landingspagina", 16, 9000, 21, date="17-11", emp="Y. Kılıç"),
                     it("Projectmanagement", 8, 8000, 21, date="28-11", emp="J. de Ruiter")])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="band", dx=56, dy=150, meta_pos="beside", mx=340,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Project", "Winterprogramma 26/27"), ("Klantnummer", "K-1182")],
                    title="Factuur", title_y=245,
                    cols=[("date", "Datum", 56, "left"), ("emp", "Medewerker", 96, "left"), ("desc", "Activiteit", 176, "left"),
                          ("qty", "Uren", 390, "right"), ("price", "Tarief", 455, "right"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="Totaal", due="Te voldoen"),
                    pay=["Betalingstermijn 30 dagen. IBAN %s t.n.v. Studio Kade." % sp(S["iban"])],
                    foot="three", foot_cols=[["Studio Kade", "Veemkade 500", "1019 HE Amsterdam"],
                                              ["finance@studiokade.nl", "020 - 723 11 90"],
                                              ["IBAN " + sp(S["iban"]), "KvK 73009128", "BTW NL859552801B01"]])
    inv["subject"] = "Factuur SK-26-0194 | Winterprogramma 26/27"
    inv["body"] = ("Beste boekhouding,\n\nHierbij de factuur voor de uren van november aan de campagne Winterprogramma 26/27. "
                   "Het voorschot uit september is verrekend.\n\nGroet,\nJoris de Ruiter\nStudio Kade")
    inv["note"] = "Hours table with date and employee columns; an advance invoice subtracted; term only."
    return inv


@invoice
def nl_yuki_ubl_prepaid():
    S = seller("Betonboringen Hollands Midden", ["Goudsebaan 12", "2802 PD Gouda", "KvK 29044731", "BTW NL001299304B66"],
               "facturatie@betonboringen-hm.nl")
    inv = new(lang="nl", tool="Yuki", kind="pdf+ubl", seller=S, number="2026-00871", issue=D(2026, 11, 23), term=45,
              dblock=["Hollandse Bouwgroep C.V.", "Crediteurenadministratie", "Postbus 2250", "2800 BG Gouda"],
              debtor="Hollandse Bouwgroep C.V.", rcpt="crediteuren@hollandsebouwgroep.nl", to_name="Hollandse Bouwgroep",
              paid=[("Vooruitbetaald", 150000)], ref=nl_kenmerk("202600871004512"),
              items=[it("Kernboringen Ø 152 mm, projectnr. HB-2241", 38, 6400, 21), it("Zaagsnede wand 25 cm (m1)", 14.5, 11800, 21),
                     it("Afvoer puin (container)", 2, 29500, 21)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=56, dy=155, meta_pos="box", mx=330,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy-")),
                          ("Vervaldatum", mk.date(inv["due"], "dmy-")), ("Betalingskenmerk", inv["ref"])],
                    title="Factuur", title_y=250,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 330, "right"), ("price", "Eenheidsprijs", 420, "right"),
                          ("vat", "Btw", 455, "right"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Totaal excl. btw", vat="Btw {r}", total="Totaal incl. btw", due="Te betalen"),
                    pay=["Wij verzoeken u het te betalen bedrag vóór %s over te maken op %s" % (mk.date(inv["due"], "dmy-"), sp(S["iban"])),
                         "onder vermelding van betalingskenmerk %s." % inv["ref"]],
                    foot="line", foot_line="Betonboringen Hollands Midden · Goudsebaan 12 · 2802 PD Gouda · KvK 29044731 · BTW NL001299304B66")
    inv["subject"] = "Factuur 2026-00871"
    inv["body"] = ("Geachte heer/mevrouw,\n\nIn de bijlage vindt u factuur 2026-00871 (PDF en UBL) voor project HB-2241.\n\n"
                   "Met vriendelijke groet,\nAdministratie Betonboringen Hollands Midden")
    inv["note"] = "A C.V. with a department line; prepaid amount subtracted in PDF and UBL (PrepaidAmount); betalingskenmerk in the details box."
    return inv


@invoice
def nl_flemish_bv():
    S = seller("Elektro Vanhecke", ["Gentsesteenweg 212", "8500 Kortrijk", "BTW BE 0712.448.903", "RPR Gent, afdeling Kortrijk"],
               "boekhouding@elektrovanhecke.be", country="BE")
    ogm = be_ogm("0026114712")
    inv = new(lang="nl", tool="Word (Flemish)", seller=S, number="2026/0311", issue=D(2026, 11, 17), term=30,
              dblock=["Schrijnwerkerij Peeters BV", "Zandvoordestraat 44", "8400 Oostende", "BTW BE 0798.221.560"],
              debtor="Schrijnwerkerij Peeters BV", rcpt="info@schrijnwerkerijpeeters.be", to_name="Schrijnwerkerij Peeters",
              ref=ogm, delay=1,
              items=[it("Vernieuwen elektrische installatie werkplaats", 1, 384000, 21), it("Keuring AREI door erkend organisme", 1, 19500, 21)])
    f = fmt_money("be")
    inv["L"] = dict(money="be", head="left", dx=320, dy=150, meta_pos="under", mw=120,
                    meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", mk.date(inv["issue"], "dmy/")),
                          ("Vervaldag", mk.date(inv["due"], "dmy/")), ("Klantnummer", "KL-0458")],
                    title="FACTUUR", title_y=230,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Hoev.", 350, "right"), ("price", "Eenheidsprijs", 440, "right"),
                          ("amount", "Totaal excl.", 539, "right")],
                    tot=dict(sub="Totaal excl. btw", vat="Btw {r}", total="Totaal te betalen"),
                    pay=["Gelieve te betalen vóór de vervaldag op rekening %s (BIC GEBABEBB)" % sp(S["iban"]),
                         "met gestructureerde mededeling %s" % ogm],
                    foot="line", foot_line="Elektro Vanhecke BV · Gentsesteenweg 212 · 8500 Kortrijk · BTW BE 0712.448.903")
    inv["subject"] = "Factuur 2026/0311"
    inv["body"] = ("Beste Stijn,\n\nIn bijlage vind je de factuur voor de werken in de werkplaats. Het keuringsverslag volgt apart.\n\n"
                   "Met vriendelijke groeten,\nKoen Vanhecke\nElektro Vanhecke")
    inv["note"] = "Flemish: 'Vervaldag', a Belgian BV with its VAT number under the name, gestructureerde mededeling."
    return inv


@invoice
def nl_flemish_consumer():
    S = seller("Tuinaanleg Verstraete", ["Brugsesteenweg 9", "9800 Deinze", "BTW BE 0684.120.477"], "tuinaanleg.verstraete@telenet.be",
               country="BE")
    inv = new(lang="nl", tool="LibreOffice (Flemish)", seller=S, number="F26-077", issue=D(2026, 11, 21), term=15, business=False,
              dblock=["Mevrouw Ann D'hondt", "Kouter 18", "9800 Deinze"], debtor="Ann D'hondt", rcpt="ann.dhondt@skynet.be",
              to_name="Ann D'hondt", delay=2,
              items=[it("Snoeien haag en fruitbomen", 9, 4500, 6, sub="(woning ouder dan 10 jaar: 6% btw)"),
                     it("Afvoer groenafval", 1, 6500, 6), it("Nieuwe beukenhaag (plantgoed, 40 st.)", 40, 390, 21)])
    f = fmt_money("be")
    inv["L"] = dict(money="be", head="left", dx=330, dy=150, meta_pos="under", mw=100, title="Factuur",
                    title_y=225, meta=[("Nummer", inv["number"]), ("Datum", mk.date(inv["issue"], "long"))],
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 340, "right"), ("price", "Prijs", 410, "right"),
                          ("vat", "Btw", 450, "right"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Totaal excl. btw", vat="Btw {r} op {base}", total="Totaal"),
                    pay=["Betaling binnen de 15 dagen op rekeningnummer %s." % sp(S["iban"]),
                         "Vermeld bij betaling aub het factuurnummer. Dank u!"],
                    foot="line", foot_line="Tuinaanleg Verstraete – Pieter Verstraete – Brugsesteenweg 9, 9800 Deinze – BTW BE 0684.120.477")
    inv["subject"] = "factuur tuinwerken"
    inv["body"] = ("Dag mevrouw D'hondt,\n\nHierbij de factuur voor de werken van vorige week. De haag zal in het voorjaar mooi uitlopen.\n\n"
                   "Vriendelijke groeten,\nPieter Verstraete")
    inv["note"] = "Flemish letter, 6 % and 21 % VAT, 'Mevrouw' before a name with an apostrophe; the number is only in the PDF."
    return inv


@invoice
def nl_libreoffice_family():
    S = seller("Pianostemmer Jeroen Bos", ["Lindenlaan 3", "7231 CZ Warnsveld", "KvK 08133720", "Btw-id NL001554731B55"],
               "jeroen@pianostemmerbos.nl")
    inv = new(lang="nl", tool="LibreOffice Writer", seller=S, number="2026-41", issue=D(2026, 11, 11), term=14, business=False,
              dblock=["Fam. de Jong-Bouzid", "Kastanjelaan 57", "7207 AC Zutphen"], debtor="Fam. de Jong-Bouzid",
              rcpt="dejongbouzid@kpnmail.nl", to_name="Nadia de Jong",
              items=[it("Stemmen piano (Yamaha U1)", 1, 11500, 21), it("Regulatie mechaniek", 1.5, 6000, 21), it("Voorrijden", 1, 1750, 21)])
    f = fmt_money("nl-dash")
    inv["L"] = dict(money="nl-dash", head="left", dx=56, dy=160, meta_pos="under", mw=90, title="Nota",
                    title_y=230, meta=[("Notanummer", inv["number"]), ("Datum", "Warnsveld, " + mk.date(inv["issue"], "long"))],
                    cols=[("desc", "Werkzaamheden", 56, "left"), ("amount", "Bedrag", 539, "right")],
                    tot=dict(sub="Subtotaal", vat="btw {r}", total="Totaal"),
                    pay=["Graag binnen twee weken overmaken op %s ten name van J. Bos." % sp(S["iban"]),
                         "Met vriendelijke groet,", "", "Jeroen Bos"])
    inv["subject"] = "Nota stemmen piano"
    inv["body"] = ("Beste familie de Jong,\n\nFijn dat de piano weer zuiver klinkt. Bijgaand de nota.\nTot volgend jaar!\n\nJeroen Bos\npianostemmer")
    inv["note"] = "A Writer letter titled 'Nota', amounts as '€ 115,-', a household with a double surname; 'binnen twee weken' (14 days)."
    return inv


@invoice
def nl_gdocs_ghana():
    S = seller("Bijles & Huiswerkbegeleiding Slim", ["Van Welderenstraat 88", "6511 MS Nijmegen", "KvK 86620173"],
               "slim.bijles@gmail.com")
    inv = new(lang="nl", tool="Google Docs", seller=S, number="SLIM-2026-112", issue=D(2026, 12, 1), term=10, business=False,
              dblock=["Kwame Mensah-Boateng", "Tarweweg 221", "6534 AL Nijmegen"], debtor="Kwame Mensah-Boateng",
              rcpt="k.mensahboateng@outlook.com", to_name="Kwame Mensah-Boateng",
              items=[it("Bijles wiskunde B (Kofi), november", 8, 3750, 0), it("Examentraining online (toegang)", 1, 2900, 0)])
    f = fmt_money("nl")
    inv["L"] = dict(money="nl", head="left", dx=56, dy=170, dlabel="Factuur aan:", meta_pos="right", mx=380, my=170,
                    meta=[("Factuurnr.:", inv["number"]), ("Datum:", mk.date(inv["issue"], "dmy-")), ("Vervaldatum:", mk.date(inv["due"], "dmy-"))],
                    title="FACTUUR", title_y=255, title_right=True,
                    cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Lessen", 340, "right"), ("price", "Tarief", 430, "right"),
                          ("amount", "Totaal", 539, "right")], vat_blank0=True,
                    tot=dict(sub="Subtotaal", vat="Btw {r}", total="TOTAAL"),
                    pay=["Vrijgesteld van btw (art. 11 Wet OB, particulier onderwijs).",
                         "Betaling graag vóór de vervaldatum op %s t.n.v. Slim Bijles." % sp(S["iban"])],
                    foot="line", foot_line="Bijles & Huiswerkbegeleiding Slim · KvK 86620173 · slim.bijles@gmail.com")
    inv["subject"] = "Factuur november – bijles Kofi"
    inv["body"] = ("Hallo meneer Mensah-Boateng,\n\nHierbij de factuur voor de bijlessen van Kofi in november. Hij gaat echt vooruit!\n\n"
                   "Groetjes,\nSanne")
    inv["note"] = "Google Docs template: 'FACTUUR' right, 'Factuur aan:' label, VAT-exempt tutoring billed to a parent (Ghanaian double name)."
    return inv


@invoice
def nl_text_hovenier():
    S = seller("Hoveniersbedrijf Groenrijk", [], "groenrijk.hoveniers@gmail.com")
    inv = new(lang="nl", tool="typed in the mail", kind="body-text", seller=S, number="119", issue=D(2026, 11, 25), term=8,
              business=False, debtor="A.J.M. van der Linden", rcpt="ajm.vanderlinden@planet.nl", to_name="Toos van der Linden",
              items=[it("Bladruimen en afvoeren", 6, 4250, 21), it("Bestrating herstraten oprit (m2)", 18, 2850, 21),
                     it("Materiaal (zand, opsluitbanden)", 1, 13640, 21)])
    f = fmt_money("nl")
    n, v = inv["nets"][21], inv["vats"][21]
    inv["body"] = ("Geachte heer/mevrouw Van der Linden,\n\n"
                   "Hierbij, zoals afgesproken, de rekening voor de werkzaamheden bij u aan de Burgemeester Bloemersstraat.\n\n"
                   "FACTUUR nr. 119\n"
                   "Datum: %s\n"
                   "Aan: A.J.M. van der Linden, Burg. Bloemersstraat 14, 6666 AB Heteren\n\n"
                   "- bladruimen + afvoeren, 6 uur à € 42,50 ........ %s\n"
                   "- oprit herstraten, 18 m2 à € 28,50 ............ %s\n"
                   "- materiaal (zand, opsluitbanden) ............... %s\n"
                   "                                    subtotaal     %s\n"
                   "                                    btw 21%%       %s\n"
                   "                                    TOTAAL        %s\n\n"
                   "Graag binnen 8 dagen overmaken op %s t.n.v. Hoveniersbedrijf Groenrijk.\n\n"
                   "Met vriendelijke groet,\n\nWouter Kamps\nHoveniersbedrijf Groenrijk\nKvK 69011245 | BTW NL002876115B08\n06-24810976\n\n"
                   "Verstuurd vanaf mijn iPad") % (
        mk.date(inv["issue"], "dmy-"), f(inv["items"][0]["net"]), f(inv["items"][1]["net"]), f(inv["items"][2]["net"]),
        f(n), f(v), f(inv["total"]), sp(S["iban"]))
    inv["subject"] = "rekening tuin"
    inv["note"] = "Typed in the mail with dot leaders; subject 'rekening'; initials and 'van der'; 8 days."
    return inv


@invoice
def nl_text_bookkeeper():
    S = seller("Administratiekantoor Çelik", [], "info@celik-administratie.nl")
    inv = new(lang="nl", tool="typed in the mail", kind="body-text", seller=S, number="2026-0907", issue=D(2026, 11, 28), term=14,
              debtor="Autobedrijf Yılmaz & Zn.", rcpt="yilmazenzn.autos@gmail.com", to_name="Yılmaz & Zonen",
              items=[it("Verzorgen loonadministratie november (4 medewerkers)", 4, 2200, 21), it("Btw-aangifte Q3", 1, 17500, 21),
                     it("Jaarrekening 2025, restant", 1, 42500, 21)],
              paid=[("Reeds betaald voorschot jaarrekening", 25000)])
    f = fmt_money("nl")
    inv["body"] = ("Beste Ercan,\n\nHierbij mijn factuur voor november, ik stuur hem deze keer gewoon in de mail omdat mijn pakket eruit ligt.\n\n"
                   "Factuurnummer: 2026-0907\nFactuurdatum: %s\nDebiteur: Autobedrijf Yılmaz & Zn., Industrieweg 7, 3044 AS Rotterdam\n\n"
                   "Loonadministratie november, 4 x € 22,00: %s\nBtw-aangifte Q3: %s\nJaarrekening 2025 (restant): %s\n"
                   "Totaal excl. btw: %s\nBtw 21%%: %s\nTotaal incl. btw: %s\nAf: reeds betaald voorschot jaarrekening: %s\n"
                   "Nog te betalen: %s\n\n"
                   "Betalingstermijn 14 dagen, IBAN %s t.n.v. Administratiekantoor Çelik.\n\n"
                   "Groet,\nHatice Çelik\nAdministratiekantoor Çelik\nWestblaak 92, Rotterdam") % (
        mk.date(inv["issue"], "dmy-"), f(inv["items"][0]["net"]), f(inv["items"][1]["net"]), f(inv["items"][2]["net"]),
        f(inv["net"]), f(inv["vats"][21]), f(inv["total"]), f(25000), f(inv["due_amt"]), sp(S["iban"]))
    inv["subject"] = "Factuur november"
    inv["note"] = "Typed invoice with 'Debiteur:' line; Turkish names with dotless i; an advance subtracted; term only."
    return inv


def html_table(rows, cls=""):
    return "<table%s>%s</table>" % (cls, "".join("<tr>%s</tr>" % "".join(
        ("<td style=\"text-align:right\">%s</td>" % c[1:]) if c.startswith(">") else "<td>%s</td>" % c for c in r) for r in rows))


@invoice
def nl_html_kinderopvang():
    S = seller("Kinderopvang De Speelwolk", [], "facturatie@despeelwolk.nl")
    inv = new(lang="nl", tool="Kinderopvang portal (HTML)", kind="body-html", seller=S, number="KO-2026-12-0418",
              issue=D(2026, 12, 1), due=D(2026, 12, 28), business=False, debtor="Fam. Wiśniewski",
              rcpt="wisniewski.gezin@gmail.com", to_name="Agnieszka Wiśniewska", ref=rf("202612041800"),
              items=[it("Dagopvang Zofia, 2 dagen p/w (december)", 74.7, 1024, 0), it("Luierpakket", 1, 1200, 0)])
    f = fmt_money("nl")
    rows = [["Omschrijving", ">Uren", ">Uurtarief", ">Bedrag"],
            ["Dagopvang Zofia (2 dagen p/w)", ">74,7", ">€ 10,24", ">" + f(inv["items"][0]["net"])],
            ["Luierpakket", ">1", ">€ 12,00", ">" + f(1200)], ["<b>Totaal</b>", "", "", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body style=\"font-family:Arial\"><p>Beste ouder(s)/verzorger(s) van Zofia,</p>"
                   "<p>Hierbij ontvangt u de factuur voor de opvang in december 2026.</p>"
                   "<table><tr><td>Factuurnummer</td><td>KO-2026-12-0418</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr>"
                   "<tr><td>Aan</td><td>Fam. Wiśniewski, Lindelaan 4, 3431 EA Nieuwegein</td></tr>"
                   "<tr><td>Relatienummer</td><td>2041</td></tr></table><br>%s"
                   "<p>Het bedrag van %s wordt <b>niet</b> automatisch geïncasseerd. Graag overmaken vóór %s op %s t.n.v. "
                   "Stichting Kinderopvang De Speelwolk, met betalingskenmerk <b>%s</b>.</p>"
                   "<p>Vrijgesteld van btw. Vergeet niet de uren door te geven aan de Belastingdienst voor de kinderopvangtoeslag.</p>"
                   "<p>Met vriendelijke groet,<br>Team De Speelwolk<br>Lindelaan 2, Nieuwegein</p></body></html>") % (
        mk.date(inv["issue"], "dmy-"), html_table(rows), f(inv["total"]), mk.date(inv["due"], "long"), sp(S["iban"]),
        rf_spaced(inv["ref"]))
    inv["subject"] = "Factuur opvang december 2026"
    inv["note"] = "Childcare invoice in HTML to a Polish family; an RF reference in groups; due date in words; no VAT."
    return inv


@invoice
def nl_html_dierenkliniek():
    S = seller("Dierenspeciaalzaak De Hooiberg", [], "zakelijk@dehooiberg.nl")
    inv = new(lang="nl", tool="WeFact online factuur (HTML)", kind="body-html", seller=S, number="F-26-01933",
              issue=D(2026, 11, 12), term=30, debtor="Dierenkliniek Het Zuiden B.V.", rcpt="admin@dierenkliniekhetzuiden.nl",
              to_name="Dierenkliniek Het Zuiden", delay=1,
              items=[it("Hooi premium (20 kg baal)", 15, 1895, 9), it("Kattenbakkorrels 40 l", 24, 1149, 21),
                     it("Transportkooi medium", 4, 3450, 21)])
    f = fmt_money("nl")
    rows = [["Aantal", "Omschrijving", ">Prijs", ">Btw", ">Totaal"]] + [
        [">" + qty(x["q"], "nl"), x["d"], ">" + f(x["p"]), ">" + pct(x["r"], "nl"), ">" + f(x["net"])] for x in inv["items"]] + [
        ["", "Subtotaal", "", "", ">" + f(inv["net"])], ["", "Btw 9%", "", "", ">" + f(inv["vats"][9])],
        ["", "Btw 21%", "", "", ">" + f(inv["vats"][21])], ["", "<b>Totaal</b>", "", "", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body><div style=\"max-width:600px\"><h2>Factuur F-26-01933</h2>"
                   "<p>Geachte heer/mevrouw,</p><p>Hierbij ontvangt u factuur F-26-01933 van %s.</p>"
                   "<table><tr><td><b>Factuur aan</b><br>Dierenkliniek Het Zuiden B.V.<br>Klantnummer 40012<br>Zuidsingel 30<br>"
                   "3811 HB Amersfoort</td><td><b>Vervaldatum</b><br>%s</td></tr></table>%s"
                   "<p><a href=\"https://dehooiberg.wefact.nl/pay/8Qk2x\">Online betalen</a> of overmaken naar %s t.n.v. "
                   "De Hooiberg V.O.F. o.v.v. F-26-01933.</p>"
                   "<p style=\"font-size:11px;color:#888\">De Hooiberg V.O.F. · KvK 32094417 · BTW NL813204778B01</p>"
                   "</div></body></html>") % (mk.date(inv["issue"], "long"), mk.date(inv["due"], "long"), html_table(rows), sp(S["iban"]))
    inv["subject"] = "Factuur F-26-01933"
    inv["note"] = "Online-factuur HTML with 'Factuur aan' block and a customer number inside it; two VAT rates; pay link."
    return inv


# ================================================================ English invoices

@invoice
def en_xero_billto():
    S = seller("Northgate Acoustics Ltd", ["Unit 4, Kelham Works", "Sheffield S3 8RY", "VAT GB 318 4471 02", "Company no. 09982114"],
               "accounts@northgateacoustics.co.uk", country="GB", bban="NWBK60142248817302")
    inv = new(lang="en", tool="Xero", seller=S, number="INV-3317", issue=D(2026, 11, 18), term=30, cur="GBP",
              dblock=["Bramley & Lowe Architects Ltd", "Attn. Accounts Payable", "14 Paradise Square", "Sheffield S1 2DE"],
              debtor="Bramley & Lowe Architects Ltd", rcpt="ap@bramleylowe.co.uk", to_name="Priya Chauhan",
              mail_from="messaging-service@post.xero.com", reply_to="accounts@northgateacoustics.co.uk", delay=1,
              items=[it("Acoustic survey, open-plan office (day rate)", 2, 68000, 20),
                     it("Report and treatment specification", 1, 42000, 20), it("Sound level meter hire", 2, 3500, 20)])
    f = fmt_money("gbp")
    inv["L"] = dict(money="gbp", head="right", dx=56, dy=150, dlabel="BILL TO", meta_pos="beside", mx=330, mw=95, mbold=True,
                    meta=[("Invoice Number", inv["number"]), ("Invoice Date", mk.date(inv["issue"], "short-en")),
                          ("Due Date", mk.date(inv["due"], "short-en")), ("Reference", "BL-Kelham-Office")],
                    title="TAX INVOICE", title_y=250,
                    cols=[("desc", "Description", 56, "left"), ("qty", "Quantity", 330, "right"), ("price", "Unit Price", 410, "right"),
                          ("vat", "VAT", 450, "right"), ("amount", "Amount GBP", 539, "right")],
                    tot=dict(sub="Subtotal", vat="TOTAL VAT {r}", total="TOTAL GBP"),
                    pay=["Due Date: %s" % mk.date(inv["due"], "short-en")],
                    foot="three", foot_cols=[["Northgate Acoustics Ltd", "Unit 4, Kelham Works", "Sheffield S3 8RY"],
                                              ["Bank: NatWest", "Sort code 60-14-22  Account 48817302", "IBAN " + sp(S["iban"])],
                                              ["Registered in England 09982114", "VAT GB 318 4471 02"]])
    inv["subject"] = "Invoice INV-3317 from Northgate Acoustics Ltd for Bramley & Lowe Architects Ltd"
    inv["body"] = ("Hi Priya,\n\nHere's invoice INV-3317 for %s.\n\nThe amount outstanding of %s is due on %s.\n\n"
                   "View and pay your bill online: https://in.xero.com/Kx8RTp2v\n\nIf you have any questions, please let us know.\n\n"
                   "Thanks,\nNorthgate Acoustics Ltd") % (f(inv["total"]), f(inv["total"]), mk.date(inv["due"], "short-en"))
    inv["note"] = "Xero via the platform; To names a person while the invoice is to the company with 'Attn.'; bank details in a three-column footer."
    return inv


@invoice
def en_quickbooks_receipt():
    S = seller("Lakeshore Millwork Inc.", ["2210 W Fulton St", "Chicago, IL 60612", "(312) 555-0148"], "billing@lakeshoremillwork.com",
               country=None)
    inv = new(lang="en", tool="QuickBooks", seller=S, number="1058", issue=D(2026, 11, 30), term="receipt", cur="USD",
              dblock=["Greystone Property Partners LLC", "c/o Halvorsen Management", "455 N Cityfront Plaza Dr, Ste 900",
                      "Chicago, IL 60611"], debtor="Greystone Property Partners LLC", rcpt="payables@halvorsenmgmt.com",
              to_name="Halvorsen Management AP", mail_from="quickbooks@notification.intuit.com",
              reply_to="billing@lakeshoremillwork.com", paid=[("Deposit received", 400000)],
              items=[it("Custom oak reception desk, fabricated", 1, 985000, 0), it("Installation labor", 16, 8500, 0),
                     it("Delivery", 1, 27500, 0)])
    f = fmt_money("usd")
    inv["L"] = dict(money="usd", head="left", dx=56, dy=150, dlabel="BILL TO",
                    ship=(300, "SHIP TO", ["Greystone Tower lobby", "180 N LaSalle St", "Chicago, IL 60601"]),
                    meta_pos="row", title="INVOICE", title_y=235,
                    meta=[("INVOICE #", inv["number"]), ("DATE", inv["issue"].strftime("%m/%d/%Y")), ("DUE DATE", inv["issue"].strftime("%m/%d/%Y")),
                          ("TERMS", "Due on receipt")],
                    cols=[("desc", "DESCRIPTION", 56, "left"), ("qty", "QTY", 380, "right"), ("price", "RATE", 450, "right"),
                          ("amount", "AMOUNT", 539, "right")],
                    tot=dict(sub="SUBTOTAL", vat="TAX", total="TOTAL", due="BALANCE DUE"),
                    pay=["Pay by ACH: Wintrust Bank, routing 071925444, account 5530198821.", "Checks payable to Lakeshore Millwork Inc."])
    inv["iban"] = None
    inv["subject"] = "Invoice 1058 from Lakeshore Millwork Inc."
    inv["body"] = ("Dear Greystone Property Partners LLC,\n\nYour invoice is attached. Please remit payment at your earliest convenience.\n\n"
                   "Thank you for your business - we appreciate it very much.\n\nSincerely,\nLakeshore Millwork Inc.")
    inv["note"] = "QuickBooks: BILL TO with a c/o managing agent, SHIP TO beside it, 'Due on receipt', deposit subtracted, ACH only."
    return inv


@invoice
def en_zoho_paymentmade():
    S = seller("Kestrel Data Services", ["31 Albion Street", "Leeds LS1 5ES", "VAT Reg. GB 402 1183 77"], "finance@kestreldata.co.uk",
               country="GB")
    inv = new(lang="en", tool="Zoho Invoice", seller=S, number="KDS-00419", issue=D(2026, 11, 10), term=15, cur="GBP",
              dblock=["Sharma Krishnan Consulting LLP", "Attn: Ms Deepa Krishnan", "Level 3, 20 Wellington Place", "Leeds LS1 4AP"],
              debtor="Sharma Krishnan Consulting LLP", rcpt="deepa@sharmakrishnan.co.uk", to_name="Deepa Krishnan",
              mail_from="notifications@zohoinvoice.eu", reply_to="finance@kestreldata.co.uk",
              paid=[("Payment Made", 150000)],
              items=[it("Data warehouse migration – phase 2", 1, 380000, 20), it("Power BI dashboard licences (5 users, Nov)", 5, 850, 20)])
    f = fmt_money("gbp")
    inv["L"] = dict(money="gbp", head="left", dx=56, dy=160, dlabel="Bill To", meta_pos="right", mx=380, my=160,
                    meta=[("Invoice#", inv["number"]), ("Invoice Date", mk.date(inv["issue"], "dmy/")), ("Terms", "Net 15"),
                          ("Due Date", mk.date(inv["due"], "dmy/"))], title="INVOICE", title_right=True, title_y=120,
                    cols=[("desc", "Item & Description", 56, "left"), ("qty", "Qty", 360, "right"), ("price", "Rate", 430, "right"),
                          ("vat", "VAT", 470, "right"), ("amount", "Amount", 539, "right")],
                    tot=dict(sub="Sub Total", vat="VAT ({r})", total="Total", due="Balance Due"),
                    pay=["Bank transfer: Kestrel Data Services, IBAN %s" % sp(S["iban"]), "Thanks for your business."])
    inv["subject"] = "Invoice - KDS-00419 from Kestrel Data Services"
    inv["body"] = ("Dear Deepa Krishnan,\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below.\n"
                   "You can also choose to pay it online.\n\nINVOICE AMOUNT %s\nInvoice No. KDS-00419\nInvoice Date %s\nDue Date %s\n\n"
                   "VIEW INVOICE\n\nRegards,\nTom Whitfield\nKestrel Data Services") % (
        f(inv["total"]), mk.date(inv["issue"], "dmy/"), mk.date(inv["due"], "dmy/"))
    inv["note"] = "Zoho: the mail shows the invoice amount, the PDF a Payment Made line and Balance Due; 'Attn: Ms' contact; Net 15."
    return inv


@invoice
def en_freshbooks_chf():
    S = seller("Hannah Weiss Translations", ["Rue de la Servette 41", "1202 Genève", "CHE-288.417.903 TVA"], "hannah@weisstranslations.ch",
               country="CH")
    inv = new(lang="en", tool="FreshBooks", seller=S, number="0000147", issue=D(2026, 11, 26), term=30, cur="CHF", round05=True,
              dblock=["Atelier Rochat Sàrl", "Attn. Mme Camille Rochat", "Avenue de Morges 58", "1004 Lausanne"],
              debtor="Atelier Rochat Sàrl", rcpt="camille@atelier-rochat.ch", to_name="Camille Rochat",
              mail_from="noreply@freshbooks.com", reply_to="hannah@weisstranslations.ch",
              items=[it("Translation FR>EN, catalogue 2027 (words)", 7340, 21, 8.1), it("Proofreading, final layout (hours)", 2.5, 9500, 8.1)])
    f = fmt_money("chf")
    inv["L"] = dict(money="chf", head="left", dx=56, dy=160, dlabel="Billed To", meta_pos="beside", mx=250, mw=0,
                    meta=[("Date of Issue", ""), (mk.date(inv["issue"], "dmy/"), ""), ("Due Date", ""), (mk.date(inv["due"], "dmy/"), "")],
                    ship=(400, "Invoice Number", [inv["number"], "", "Amount Due (CHF)", f(inv["due_amt"])]),
                    title="Invoice", title_y=260,
                    cols=[("desc", "Description", 56, "left"), ("price", "Rate", 360, "right"), ("qty", "Qty", 430, "right"),
                          ("amount", "Line Total", 539, "right")],
                    tot=dict(sub="Subtotal", vat="MWST/TVA {r}", total="Total", round="Rounding"),
                    pay=["Please pay by bank transfer within 30 days to IBAN %s (PostFinance)." % sp(S["iban"])])
    inv["L"]["price_money"] = True
    inv["subject"] = "Hannah Weiss Translations sent you an invoice (0000147)"
    inv["body"] = ("Hannah Weiss Translations sent you an invoice (0000147) for %s that's due on %s.\n\n"
                   "View Invoice: https://my.freshbooks.com/#/link/Yw7hRk\n\nMessage from Hannah Weiss Translations:\n"
                   "Hi Camille, thanks again - the catalogue reads beautifully in English now. Best, Hannah") % (
        f(inv["due_amt"]), mk.date(inv["due"], "us"))
    inv["note"] = "FreshBooks: dates stacked under labels in a column, 'Amount Due (CHF)' beside them; a Sàrl with 'Attn. Mme'; a rounding line."
    return inv


@invoice
def en_wave_cic():
    S = seller("Oakfield Print Co.", ["12 Canal Street", "Manchester M1 3HE", "hello@oakfieldprint.co.uk"], "hello@oakfieldprint.co.uk",
               country="GB", bban="SRLG60837112043388")
    inv = new(lang="en", tool="Wave", seller=S, number="272", issue=D(2026, 11, 6), term=14, cur="GBP",
              dblock=["Riverside Community Kitchen CIC", "Jude O'Connell", "The Old Chapel, Hulme Street", "Manchester M15 6BZ"],
              debtor="Riverside Community Kitchen CIC", rcpt="jude@riversidekitchen.org.uk", to_name="Jude O'Connell", delay=3,
              items=[it("A5 flyers, 2,500, 350gsm silk", 1, 18900, 0), it("Recipe booklet, 24pp, 300 copies", 1, 64500, 0),
                     it("Design time", 3, 3500, 20)])
    f = fmt_money("gbp")
    inv["L"] = dict(money="gbp", head="right", dx=56, dy=175, dlabel="BILL TO", meta_pos="right", mx=360, my=175,
                    meta=[("Invoice Number:", inv["number"]), ("Invoice Date:", mk.date(inv["issue"], "us")),
                          ("Payment Due:", mk.date(inv["due"], "us")), ("Amount Due (GBP):", f(inv["due_amt"]))],
                    title="INVOICE", title_y=125, title_size=22,
                    cols=[("desc", "Items", 56, "left"), ("qty", "Quantity", 360, "right"), ("price", "Price", 440, "right"),
                          ("amount", "Amount", 539, "right")],
                    tot=dict(sub="Subtotal:", vat="VAT {r}:", total="Total:", show0=True),
                    pay=["Notes / Terms", "Printed matter is zero-rated. Bank: Starling, 60-83-71 12043388, IBAN %s" % sp(S["iban"])])
    inv["subject"] = "Invoice #272 from Oakfield Print Co."
    inv["body"] = ("Hi Jude,\n\nPlease find attached invoice #272. Lovely working with you on the booklet!\n\nCheers,\nRosa\nOakfield Print Co.")
    inv["note"] = "Wave: title above, the details right-aligned with 'Amount Due (GBP)'; zero-rated print and 20 % design; a CIC with a contact line; '#272' in the subject."
    return inv


CIUS = {"nl": "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0",
        "peppol": "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "xr": "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"}


def ubl(inv, supplier, customer, payment_id=None, credit=False, cius="nl"):
    cur = inv["cur"]

    def a(c):
        return "%.2f" % (c / 100.0)
    subs = "".join(
        "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"%s\">%s</cbc:TaxableAmount><cbc:TaxAmount currencyID=\"%s\">%s</cbc:TaxAmount>"
        "<cac:TaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
        "</cac:TaxCategory></cac:TaxSubtotal>" % (cur, a(inv["nets"][r]), cur, a(inv["vats"][r]), "S" if r else "Z", r)
        for r in sorted(inv["nets"]))
    lines = "".join(
        "<cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">%g</cbc:InvoicedQuantity>"
        "<cbc:LineExtensionAmount currencyID=\"%s\">%s</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s</cbc:Name>"
        "<cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
        "</cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID=\"%s\">%s</cbc:PriceAmount></cac:Price>"
        "</cac:InvoiceLine>" % (k + 1, x["q"], cur, a(x["net"]), x["d"].replace("&", "&amp;"), "S" if x["r"] else "Z", x["r"], cur, a(x["p"]))
        for k, x in enumerate(inv["items"]))
    paid = sum(c for _, c in inv["paid"])
    pm = ("<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>%s<cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID>"
          "</cac:PayeeFinancialAccount></cac:PaymentMeans>" % (
              "<cbc:PaymentID>%s</cbc:PaymentID>" % payment_id if payment_id else "", inv["iban"]))
    due = "<cbc:DueDate>%s</cbc:DueDate>" % inv["due"].isoformat() if inv["due"] else ""
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
            "<cbc:CustomizationID>%s</cbc:CustomizationID>"
            "<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>"
            "<cbc:ID>%s</cbc:ID><cbc:IssueDate>%s</cbc:IssueDate>%s<cbc:InvoiceTypeCode>%s</cbc:InvoiceTypeCode>"
            "<cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>"
            "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName>"
            "</cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
            "<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName>"
            "</cac:PartyLegalEntity><cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></cac:Party>"
            "</cac:AccountingCustomerParty>%s"
            "<cac:TaxTotal><cbc:TaxAmount currencyID=\"%s\">%s</cbc:TaxAmount>%s</cac:TaxTotal>"
            "<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"%s\">%s</cbc:LineExtensionAmount>"
            "<cbc:TaxExclusiveAmount currencyID=\"%s\">%s</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID=\"%s\">%s"
            "</cbc:TaxInclusiveAmount>%s<cbc:PayableAmount currencyID=\"%s\">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>%s</Invoice>\n") % (
        CIUS[cius], inv["number"], inv["issue"].isoformat(), due, "381" if credit else "380", cur,
        supplier.replace("&", "&amp;"), customer.replace("&", "&amp;"), inv["rcpt"], pm, cur, a(sum(inv["vats"].values())), subs,
        cur, a(inv["net"]), cur, a(inv["net"]), cur, a(inv["total"]),
        "<cbc:PrepaidAmount currencyID=\"%s\">%s</cbc:PrepaidAmount>" % (cur, a(paid)) if paid else "", cur, a(inv["due_amt"]), lines)


@invoice
def en_invoiceninja_pty():
    S = seller("Brightwater Software", ["Lower Baggot Street 88", "Dublin 2, D02 X285", "VAT IE 3418822LH"], "accounts@brightwater.ie",
               country="IE", bban="AIBK93115227640391")
    r = rf("BW2026118")
    inv = new(lang="en", tool="Invoice Ninja", kind="pdf+ubl", seller=S, number="BW-2026-118", issue=D(2026, 11, 19), term=30,
              dblock=["Kookaburra Digital Pty Ltd", "ABN 51 824 753 556", "Level 7, 55 Clarence Street", "Sydney NSW 2000", "Australia"],
              debtor="Kookaburra Digital Pty Ltd", rcpt="payables@kookaburradigital.com.au", to_name="Kookaburra Digital Payables",
              ref=r, delay=1,
              items=[it("API integration sprint 14 (fixed fee)", 1, 640000, 0), it("Support retainer, November", 1, 95000, 0)])
    f = fmt_money("en-eur")
    inv["L"] = dict(money="en-eur", head="left", dx=330, dy=70, dalign="right", meta_pos="under", mw=110,
                    meta=[("Invoice Number", inv["number"]), ("Invoice Date", mk.date(inv["issue"], "long", "en")),
                          ("Due Date", mk.date(inv["due"], "long", "en")), ("Balance Due", f(inv["due_amt"]))],
                    dx_fix=True, title="INVOICE", title_y=200,
                    cols=[("desc", "Item", 56, "left"), ("price", "Unit Cost", 380, "right"), ("qty", "Quantity", 440, "right"),
                          ("amount", "Line Total", 539, "right")],
                    tot=dict(sub="Subtotal", vat="VAT {r}", total="Total", show0=True),
                    pay=["Export of services outside the EU: VAT not applicable.",
                         "Please pay by SEPA transfer to IBAN %s (BIC AIBKIE2D), payment reference %s." % (sp(S["iban"]), rf_spaced(r))],
                    foot="line", foot_line="Brightwater Software Ltd · Lower Baggot Street 88, Dublin 2 · CRO 701822 · VAT IE 3418822LH")
    inv["L"]["dx"] = 539
    inv["ubl"] = ubl(inv, "Brightwater Software Ltd", "Kookaburra Digital Pty Ltd", r, cius="peppol")
    inv["subject"] = "New invoice BW-2026-118"
    inv["body"] = ("Dear Kookaburra Digital Pty Ltd,\n\nPlease find attached invoice BW-2026-118 (PDF and UBL).\n\n"
                   "Client portal: https://invoicing.brightwater.ie/client/invoice/hx72Pq\n\nKind regards,\nAoife Brennan\nBrightwater Software")
    inv["note"] = "The customer's block right-aligned at the top right with its ABN; VAT 0 % export; an RF payment reference in groups and in the UBL."
    return inv


@invoice
def en_harvest_llc():
    S = seller("Studio Verkade", ["Lange Voorhout 9", "2514 EA Den Haag", "The Netherlands", "VAT NL004418213B47"], "hello@studioverkade.nl", bank="ABNA")
    inv = new(lang="en", tool="Harvest", seller=S, number="2026-031", issue=D(2026, 11, 30), term=30, cur="USD",
              dblock=["Brightline Media LLC", "1450 Broadway, 21st Floor", "New York, NY 10018", "USA"],
              debtor="Brightline Media LLC", rcpt="ap@brightlinemedia.com", to_name="Brightline AP",
              items=[it("Motion design – Brand film v2 (11/02–11/13)", 46.5, 12500, 0, unit="Service"),
                     it("Storyboard revisions (11/16–11/20)", 9, 12500, 0, unit="Service"),
                     it("Stock footage licence", 1, 34900, 0, unit="Product")])
    f = fmt_money("usd")
    inv["L"] = dict(money="usd", head="left", dx=56, dy=170, dlabel="Invoice For", meta_pos="right", mx=360, my=170,
                    meta=[("Invoice ID", inv["number"]), ("Issue Date", inv["issue"].strftime("%m/%d/%Y")),
                          ("Due Date", inv["due"].strftime("%m/%d/%Y") + " (Net 30)"), ("Subject", "Brand film v2")],
                    title="Invoice", title_y=140,
                    cols=[("unit", "Item Type", 56, "left"), ("desc", "Description", 120, "left"), ("qty", "Quantity", 400, "right"),
                          ("price", "Unit Price", 470, "right"), ("amount", "Amount", 539, "right")],
                    tot=dict(sub="Amount", vat="Tax {r}", total="Amount Due"),
                    pay=["Wire transfer in USD to Studio Verkade, IBAN %s, BIC ABNANL2A." % sp(S["iban"]),
                         "Reverse charge / services supplied outside the EU."])
    inv["subject"] = "Invoice #2026-031 from Studio Verkade"
    inv["body"] = ("Hi Brightline team,\n\nHere is invoice 2026-031 for %s for the brand film work in November.\n"
                   "The detailed time report is included in the PDF.\n\nBest,\nLotte Verkade") % f(inv["total"])
    inv["note"] = "Harvest: an 'Item Type' column, MM/DD/YYYY with '(Net 30)', USD paid into a Dutch IBAN."
    return inv


@invoice
def en_bonsai_plc():
    S = seller("Mara Okonkwo Design", ["Flat 3, 27 Mare Street", "London E8 4RP"], "mara@okonkwodesign.co.uk", country="GB", bban="MONZ04000431872044")
    inv = new(lang="en", tool="Bonsai", seller=S, number="00024", issue=D(2026, 11, 16), term=21, cur="GBP",
              dblock=["Harrow & Finch PLC", "Marketing Department", "1 Finsbury Avenue", "London EC2M 2PF"],
              debtor="Harrow & Finch PLC", rcpt="invoices@harrowfinch.com", to_name="Harrow & Finch Invoices", delay=2,
              items=[it("Annual report 2026 – layout and typesetting", 1, 420000, 0), it("Infographics (12)", 12, 18500, 0)])
    f = fmt_money("gbp")
    inv["L"] = dict(money="gbp", head="none", seller_beside=["From", "Mara Okonkwo Design", "Flat 3, 27 Mare Street", "London E8 4RP",
                                                         "mara@okonkwodesign.co.uk"],
                    dx=330, dy=150, dlabel="To", meta_pos="under", mw=100, title="Invoice #00024", title_y=90,
                    meta=[("Issued", mk.date(inv["issue"], "long", "en")), ("Due", mk.date(inv["due"], "long", "en")),
                          ("Project", "Annual Report 2026")],
                    cols=[("desc", "Description", 56, "left"), ("qty", "Qty", 400, "right"), ("price", "Unit price", 470, "right"),
                          ("amount", "Total", 539, "right")],
                    tot=dict(sub="Subtotal", vat="VAT", total="Total due"),
                    pay=["Not VAT registered.", "Payment details: Mara Okonkwo, Monzo, sort code 04-00-04, account 31872044,",
                         "IBAN %s" % sp(S["iban"])])
    inv["subject"] = "Invoice #00024 from Mara Okonkwo Design"
    inv["body"] = ("Hi there,\n\nMara Okonkwo Design has sent you an invoice for %s, due %s.\n\n"
                   "Review and pay: https://app.hellobonsai.com/i/6a2c71f0\n\nMara") % (f(inv["total"]), mk.date(inv["due"], "long", "en"))
    inv["note"] = "Bonsai: 'From' block left and 'To' block right side by side; a department line under a PLC; '#' in the number."
    return inv


@invoice
def en_sage_twopage():
    S = seller("Corrib Stone & Tile Limited", ["Unit 9, Ballybrit Business Park", "Galway H91 P2DK", "VAT No. IE 9821733W"],
               "accounts@corribstone.ie", country="IE", bban="BOFI90533118822047",
               cols=[["Unit 9, Ballybrit", "Business Park"], ["Galway H91 P2DK", "T 091 772 400"], ["VAT No.", "IE 9821733W"]])
    items = [it("Limestone floor tile 600x600, honed (m2)", 84, 5650, 13.5, code="LS600H"),
             it("Porcelain wall tile 300x600 (m2)", 46, 3290, 13.5, code="PW3060"),
             it("Tile adhesive C2TE 20kg", 38, 1895, 23, code="ADH-C2"),
             it("Grout, flexible, 5kg", 14, 1240, 23, code="GR-FX5"),
             it("Levelling compound 25kg", 22, 2475, 23, code="LVL-25"),
             it("Edge trim, brushed steel 2.5m", 30, 1190, 23, code="TR-BS25"),
             it("Tanking kit, wet room", 2, 14500, 23, code="TNK-WR"),
             it("Fixing labour, floor (m2)", 84, 2800, 13.5, code="LAB-F"),
             it("Fixing labour, walls (m2)", 46, 3400, 13.5, code="LAB-W"),
             it("Delivery, Galway county", 2, 6500, 23, code="DEL-GY")]
    inv = new(lang="en", tool="Sage 50 (IE)", seller=S, number="SI-0007731", issue=D(2026, 11, 25), term=30,
              dblock=["O'Sullivan Joinery Limited", "FAO Mr Declan O'Sullivan", "Kilcolgan Road", "Oranmore, Co. Galway H91 X7C3"],
              debtor="O'Sullivan Joinery Limited", rcpt="declan@osullivanjoinery.ie", to_name="Declan O'Sullivan",
              paid=[("Less: payment on account", 500000)], items=items, delay=1)
    f = fmt_money("en-eur")
    inv["L"] = dict(money="bare-en", head="band", dx=56, dy=150, meta_pos="right", mx=360, my=150,
                    meta=[("Invoice No.", inv["number"]), ("Tax Date", mk.date(inv["issue"], "dmy/")), ("Account Ref", "OSUL001"),
                          ("Order No.", "CS-4410")],
                    title="SALES INVOICE", title_y=235,
                    cols=[("code", "Product", 56, "left"), ("desc", "Description", 110, "left"), ("qty", "Qty", 350, "right"),
                          ("price", "Unit Price", 410, "right"), ("vat", "VAT %", 450, "right"), ("amount", "Net", 539, "right")],
                    split=6, carry=("Carried forward", "Brought forward"), cont="continued overleaf",
                    p2head="Invoice SI-0007731 · Page 2 of 2", pageno="Page {} of {}",
                    tot=dict(sub="Total Net Amount", vat="Total VAT {r}", total="Invoice Total EUR", due="Balance Due EUR"),
                    pay=["Terms: strictly 30 days from invoice date.",
                         "Bank of Ireland, Eyre Square. IBAN %s  BIC BOFIIE2D" % sp(S["iban"])])
    inv["subject"] = "Invoice SI-0007731"
    inv["body"] = ("Hi Declan,\n\nAttached is our invoice for the Oranmore job. The payment on account you made in October has been taken off.\n\n"
                   "Regards,\nSiobhán Ní Fhlatharta\nAccounts\nCorrib Stone & Tile Limited\n091 772 400")
    inv["note"] = "Two pages, totals on page 2 with 13.5 % and 23 % VAT and a payment on account; 'FAO Mr' contact; amounts without currency sign."
    return inv


@invoice
def en_pages_couple():
    S = seller("Ellis Quartet", ["Jacob Obrechtstraat 58", "1071 KR Amsterdam", "KvK 77120458"], "bookings@ellisquartet.com")
    inv = new(lang="en", tool="Apple Pages", seller=S, number="EQ-26-19", issue=D(2026, 11, 2), term=14, business=False,
              dblock=["Mr and Mrs McAllister", "Keizersgracht 455-II", "1017 DK Amsterdam"], debtor="Mr and Mrs McAllister",
              rcpt="fiona.mcallister@icloud.com", to_name="Fiona McAllister", delay=4,
              paid=[("Booking deposit paid 14 June", 40000)],
              items=[it("String quartet, wedding ceremony and drinks reception (31 October)", 1, 145000, 0),
                     it("Travel, 2 cars", 1, 6400, 0)])
    f = fmt_money("en-eur")
    inv["L"] = dict(money="en-eur", head="centre", dx=56, dy=150, dlabel="Invoice to", meta_pos="right", mx=380, my=150,
                    meta=[("Invoice", inv["number"]), ("Date", mk.date(inv["issue"], "long", "en"))],
                    title="Invoice", title_y=240, title_size=24,
                    cols=[("desc", "Description", 56, "left"), ("amount", "Amount", 539, "right")],
                    tot=dict(vat="VAT {r}", total="Total", due="Remaining balance"),
                    pay=["VAT exempt (musical performance, art. 11 Wet OB).",
                         "Kindly transfer the remaining balance within 14 days to %s, Ellis Quartet." % sp(S["iban"]),
                         "Thank you so much for having us on your special day!"])
    inv["subject"] = "Invoice wedding music"
    inv["body"] = ("Dear Fiona and Callum,\n\nCongratulations again! It was a joy to play for you. Attached is the final invoice, minus your deposit.\n\n"
                   "Warm regards,\nEmma Ellis\nEllis Quartet")
    inv["note"] = "A Pages template in English from Amsterdam; 'Mr and Mrs McAllister' keeps the title (only a surname); deposit subtracted; 14 days."
    return inv


@invoice
def en_canva_dkk():
    S = seller("Nordlys Photography", ["Jægersborggade 14", "2200 København N", "CVR 41882203"], "hej@nordlysphoto.dk", country="DK", bban="34090011874402")
    inv = new(lang="en", tool="Canva", seller=S, number="NP-2611", issue=D(2026, 11, 20), term=10, cur="DKK",
              dblock=["Eleni Papadopoulou", "Østerbrogade 102, 3. tv.", "2100 København Ø"], debtor="Eleni Papadopoulou",
              business=False, rcpt="eleni.papadopoulou@gmail.com", to_name="Eleni Papadopoulou",
              paid=[("Deposit paid", 300000)],
              items=[it("Family portrait session (2 hrs)", 1, 480000, 25), it("Fine art prints 40x50", 3, 65000, 25)])
    f = fmt_money("dkk")
    inv["L"] = dict(money="dkk", head="centre", dx=56, dy=150, dlabel="BILLED TO:", meta_pos="right", mx=370, my=150,
                    meta=[("INVOICE NO.", inv["number"]), ("DATE", mk.date(inv["issue"], "long", "en")), ("DUE", mk.date(inv["due"], "long", "en"))],
                    title="INVOICE", title_y=240, title_size=26,
                    cols=[("desc", "ITEM", 56, "left"), ("qty", "QTY", 360, "right"), ("price", "PRICE", 450, "right"),
                          ("amount", "TOTAL", 539, "right")],
                    tot=dict(sub="SUBTOTAL", vat="MOMS {r}", total="TOTAL", due="AMOUNT DUE"),
                    pay=["PAYMENT INFORMATION", "Nordlys Photography · Danske Bank · reg. 3409 konto 11874402", "IBAN %s" % sp(S["iban"]),
                         "THANK YOU!"])
    inv["subject"] = "Invoice from your family session"
    inv["body"] = ("Hi Eleni,\n\nThank you for a lovely morning at Amager Strand! Your gallery is ready, and here is the invoice for the rest.\n\n"
                   "Have a great weekend,\nSigne\nNordlys Photography")
    inv["note"] = "A Canva design in English, DKK with moms 25 %, a Greek name, a deposit subtracted."
    return inv


@invoice
def en_sumup():
    S = seller("Tidewater Surf School", ["Boulevard Paulus Loot 3", "2042 AD Zandvoort", "KvK 62239010", "VAT NL001288914B02"],
               "office@tidewatersurf.nl")
    inv = new(lang="en", tool="SumUp Invoices", seller=S, number="2026-0158", issue=D(2026, 11, 4), term=7, business=True,
              dblock=["Meridian Consulting B.V.", "Attn. Chioma Eze, Office Manager", "Barbara Strozzilaan 201", "1083 HN Amsterdam"],
              debtor="Meridian Consulting B.V.", rcpt="office@meridianconsulting.nl", to_name="Chioma Eze",
              items=[it("Team day: surf lesson 2 hrs (per person)", 14, 4500, 21), it("Wetsuit & board hire", 14, 1000, 21),
                     it("Beach lunch (per person)", 14, 1850, 9)])
    f = fmt_money("en-eur")
    inv["L"] = dict(money="en-eur", head="left", dx=56, dy=160, dlabel="Customer", meta_pos="box", mx=340,
                    meta=[("Invoice no.", inv["number"]), ("Invoice date", mk.date(inv["issue"], "dmy/")),
                          ("Due date", mk.date(inv["due"], "dmy/"))], title="Invoice", title_y=260,
                    cols=[("desc", "Description", 56, "left"), ("qty", "Qty", 340, "right"), ("price", "Price", 410, "right"),
                          ("vat", "VAT", 450, "right"), ("amount", "Amount", 539, "right")],
                    tot=dict(sub="Net total", vat="VAT {r}", total="Total"),
                    pay=["Please pay within 7 days to %s (Tidewater Surf School)." % sp(S["iban"])],
                    foot="three", foot_cols=[["Tidewater Surf School", "Boulevard Paulus Loot 3", "2042 AD Zandvoort"],
                                              ["office@tidewatersurf.nl", "+31 23 571 88 02"],
                                              ["KvK 62239010", "VAT NL001288914B02", "IBAN " + sp(S["iban"])]])
    inv["subject"] = "Invoice 2026-0158 from Tidewater Surf School"
    inv["body"] = ("Hello Chioma,\n\nThanks again for bringing the Meridian crew - the waves cooperated! Invoice attached.\n\nBest,\nDaan\nTidewater Surf School")
    inv["note"] = "SumUp-style invoice in English from a Dutch business; 'Attn.' with a role after the name; 21 % and 9 %."
    return inv


@invoice
def en_text_tutor():
    S = seller("Rachel Goldberg", [], "rachel.goldberg.tutoring@gmail.com")
    inv = new(lang="en", tool="typed in the mail", kind="body-text", seller=S, number="RG-46", issue=D(2026, 11, 29), term="monthend",
              business=False, debtor="Priya Raghunathan", rcpt="priya.r@hotmail.com", to_name="Priya Raghunathan",
              items=[it("English tutoring (Arjun)", 7, 4000, 0)])
    f = fmt_money("en-eur")
    inv["body"] = ("Hi Priya,\n\nHope you're well! Here's my invoice for November.\n\n"
                   "INVOICE RG-46\nDate: %s\nTo: Mrs Priya Raghunathan\n\n"
                   "7 sessions English tutoring with Arjun (3, 5, 10, 12, 17, 19, 24 Nov) @ €40.00 = %s\n\n"
                   "Total: %s (no VAT, private tuition)\n\n"
                   "Payment by the end of the month please, to %s (R. Goldberg).\n\n"
                   "Arjun did really well on his essay this week btw.\n\nThanks!\nRachel\n\n"
                   "--\nRachel Goldberg | English tutor | Amstelveen") % (
        mk.date(inv["issue"], "long", "en"), f(inv["total"]), f(inv["total"]), sp(S["iban"]))
    inv["subject"] = "November invoice - Arjun"
    inv["note"] = "Typed invoice; 'Mrs' dropped from the name; 'by the end of the month' gives the last day of November."
    return inv


@invoice
def en_html_cowork():
    S = seller("The Yard Coworking", [], "billing@theyard.nl")
    inv = new(lang="en", tool="Nexudus (HTML)", kind="body-html", seller=S, number="YARD-11842", issue=D(2026, 12, 1), term=14,
              debtor="Menon Data Studio", rcpt="sid@menondata.studio", to_name="Siddharth Menon",
              items=[it("Dedicated desk – December 2026", 1, 32500, 21), it("Meeting room credits (hours)", 6, 1500, 21),
                     it("Locker", 1, 1500, 21)])
    f = fmt_money("en-eur")
    rows = [["Item", ">Qty", ">Price", ">Total"]] + [[x["d"], ">" + qty(x["q"], "en"), ">" + f(x["p"]), ">" + f(x["net"])] for x in inv["items"]] + [
        ["Subtotal", "", "", ">" + f(inv["net"])], ["VAT 21%", "", "", ">" + f(inv["vats"][21])],
        ["<b>Amount due</b>", "", "", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body><table width=\"100%%\"><tr><td><img src=\"cid:logo\" alt=\"The Yard\"></td>"
                   "<td style=\"text-align:right\">Invoice <b>YARD-11842</b><br>Issued %s<br>Due %s</td></tr></table>"
                   "<p>Hi Siddharth,</p><p>Your invoice for December is ready.</p>"
                   "<table><tr><td style=\"vertical-align:top\"><b>Billed to</b><br>Menon Data Studio<br>Siddharth Menon<br>"
                   "Customer no. C-0781<br>Tt. Vasumweg 150, Amsterdam</td>"
                   "<td style=\"vertical-align:top\"><b>From</b><br>The Yard Coworking B.V.<br>NDSM-Plein 29, Amsterdam<br>VAT NL862557301B01</td></tr></table>"
                   "%s<p>Please transfer within 14 days to IBAN %s (The Yard Coworking B.V.), or pay by card in the members' app.</p>"
                   "<p>Questions? Just reply to this e-mail.</p></body></html>") % (
        mk.date(inv["issue"], "short-en"), mk.date(inv["due"], "short-en"), html_table(rows), sp(S["iban"]))
    inv["subject"] = "Your invoice YARD-11842 from The Yard"
    inv["note"] = "HTML invoice with 'Billed to' and 'From' side by side; a sole trader's studio name above the person; customer number."
    return inv


@invoice
def en_html_hosting():
    S = seller("Cloudberry Hosting", [], "billing@cloudberryhosting.eu", country="LU")
    inv = new(lang="en", tool="WHMCS (HTML)", kind="body-html", seller=S, number="CB-208861", issue=D(2026, 11, 27), due=D(2026, 12, 11),
              debtor="Okafor Legal LLP", rcpt="it@okaforlegal.co.uk", to_name="IT Okafor Legal", ref="CB208861",
              items=[it("Managed VPS L (27/11/2026 - 26/12/2026)", 1, 8900, 0), it("Microsoft 365 Business Standard x 9", 9, 1170, 0),
                     it("Offsite backup 500 GB", 1, 1450, 0)])
    f = fmt_money("eur-code")
    rows = [["Description", ">Amount"]] + [[x["d"], ">" + f(x["net"])] for x in inv["items"]] + [
        ["VAT reverse charged (customer VAT GB 291 8834 05)", ">" + f(0)], ["<b>Total Due</b>", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body><p>Dear Okafor Legal LLP,</p><p>This is a notice that an invoice has been generated on %s.</p>"
                   "<p>Invoice #CB-208861<br>Amount Due: %s<br>Due Date: %s</p>%s"
                   "<p>Payment method: bank transfer. Beneficiary Cloudberry Hosting S.à r.l., IBAN %s. "
                   "Payment reference: CB208861</p>"
                   "<p>You can log in to our client area at https://my.cloudberryhosting.eu to view and pay the invoice online.</p>"
                   "<p>Cloudberry Hosting S.à r.l. · 12 rue Jean Engling, L-1466 Luxembourg</p></body></html>") % (
        mk.date(inv["issue"], "dmy/"), f(inv["total"]), mk.date(inv["due"], "dmy/"), html_table(rows), sp(S["iban"]))
    inv["subject"] = "Customer Invoice #CB-208861"
    inv["note"] = "WHMCS-style 'invoice has been generated' HTML; a labelled payment reference equal to the number without dash; reverse charge."
    return inv


# ================================================================ German invoices

DIN_FOOT = lambda a, b, c: dict(foot="three", foot_cols=[a, b, c])  # noqa: E731


@invoice
def de_lexoffice_ubl_skonto():
    S = seller("Metallbau Reinartz GmbH", ["Dieselstraße 17", "52353 Düren", "Tel. 02421 58 33 0"], "rechnungen@metallbau-reinartz.de",
               country="DE")
    inv = new(lang="de", tool="lexoffice", kind="pdf+ubl", seller=S, number="RE-2026-1184", issue=D(2026, 11, 24), term=30,
              dblock=["Hoff Landtechnik GmbH & Co. KG", "Buchhaltung", "Kölner Landstraße 240", "52351 Düren"],
              debtor="Hoff Landtechnik GmbH & Co. KG", rcpt="buchhaltung@hoff-landtechnik.de", to_name="Hoff Landtechnik Buchhaltung",
              delay=1,
              items=[it("Stahlbühne verzinkt 4,0 x 2,5 m inkl. Geländer", 1, 684000, 19), it("Montage vor Ort (Std.)", 12, 6900, 19),
                     it("Statische Berechnung", 1, 48000, 19)])
    f = fmt_money("de")
    sk = half_up(inv["total"] * 0.98)
    inv["L"] = dict(money="de", head="right", dx=56, dy=160, sender_line="Metallbau Reinartz GmbH · Dieselstraße 17 · 52353 Düren",
                    meta_pos="beside", mx=360, mw=85,
                    meta=[("Rechnungsnr.", inv["number"]), ("Kundennr.", "10233"), ("Datum", mk.date(inv["issue"], "dmy.")),
                          ("Leistungsdatum", "09.11.–13.11.2026"), ("Ihr Auftrag", "B-4471")],
                    title="Rechnung Nr. RE-2026-1184", title_size=14, title_y=260,
                    intro=["Sehr geehrte Damen und Herren,", "wir berechnen Ihnen für die ausgeführten Arbeiten:"],
                    cols=[("desc", "Bezeichnung", 56, "left"), ("qty", "Menge", 340, "right"), ("price", "Einzelpreis", 430, "right"),
                          ("amount", "Gesamtpreis", 539, "right")],
                    tot=dict(sub="Gesamtbetrag netto", vat="zzgl. Umsatzsteuer {r}", total="Gesamtbetrag brutto"),
                    pay=["Zahlungsbedingungen: Zahlung innerhalb von 10 Tagen mit 2 %% Skonto (%s)," % f(sk),
                         "innerhalb von 30 Tagen ohne Abzug.", "Mit freundlichen Grüßen", "Metallbau Reinartz GmbH"],
                    **DIN_FOOT(["Metallbau Reinartz GmbH", "Dieselstraße 17, 52353 Düren", "GF: Ralf Reinartz"],
                               ["Amtsgericht Düren HRB 6120", "USt-IdNr. DE287331904", "rechnungen@metallbau-reinartz.de"],
                               ["Sparkasse Düren", "IBAN " + sp(S["iban"]), "BIC SDUEDE33XXX"]))
    inv["ubl"] = ubl(inv, "Metallbau Reinartz GmbH", "Hoff Landtechnik GmbH & Co. KG", cius="xr")
    inv["subject"] = "Rechnung RE-2026-1184"
    inv["body"] = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-1184 als PDF sowie als XRechnung.\n\n"
                   "Mit freundlichen Grüßen\nMetallbau Reinartz GmbH\n\n-- \nDiese E-Mail wurde mit lexoffice versendet.")
    inv["note"] = "DIN 5008 with a sender line over the window; details block of five; Skonto and net 30 (due date from the net term); IBAN only in the three-column footer; XRechnung UBL."
    return inv


@invoice
def de_sevdesk_twopage():
    S = seller("Druckerei Albers", ["Hafenweg 26", "48155 Münster"], "buchhaltung@druckerei-albers.de", country="DE")
    items = [it("Jahresbericht 2026, 48 S., 4/4-fbg., 1.200 Ex.", 1, 486000, 7), it("Spendenflyer DIN lang, 10.000 Ex.", 1, 59800, 19),
             it("Plakate A1, 150 Ex.", 1, 31500, 19), it("Briefpapier 2.500 Bl.", 1, 18900, 19),
             it("Visitenkarten 8 x 250 St.", 8, 2450, 19), it("Roll-up 85 x 200 cm", 2, 12900, 19),
             it("Datencheck und Proof", 1, 6500, 19), it("Versand an 3 Standorte", 3, 2400, 19),
             it("Tischaufsteller A5", 40, 390, 19)]
    inv = new(lang="de", tool="sevDesk", seller=S, number="RE-1977", issue=D(2026, 11, 12), term=14, items=items,
              dblock=["Kinderhilfe Münsterland gGmbH", "z.Hd. Frau Aylin Demir", "Bohlweg 12", "48147 Münster"],
              debtor="Kinderhilfe Münsterland gGmbH", rcpt="a.demir@kinderhilfe-muensterland.de", to_name="Aylin Demir", delay=2)
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="left", dx=56, dy=160, sender_line="Druckerei Albers · Hafenweg 26 · 48155 Münster",
                    meta_pos="right", mx=370, my=160,
                    meta=[("Rechnungs-Nr.", inv["number"]), ("Rechnungsdatum", mk.date(inv["issue"], "dmy.")),
                          ("Kunden-Nr.", "1093"), ("Lieferdatum", "10.11.2026")],
                    title="Rechnung", title_y=260,
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Menge", 330, "right"), ("price", "Preis", 400, "right"),
                          ("vat", "USt.", 440, "right"), ("amount", "Betrag", 539, "right")],
                    split=5, carry=("Zwischensumme", "Übertrag"), cont="Fortsetzung auf Seite 2", p2head="Rechnung RE-1977 · Seite 2/2",
                    pageno="Seite {}/{}",
                    tot=dict(sub="Gesamtbetrag netto", vat="Umsatzsteuer {r}", total="Gesamtbetrag"),
                    pay=["Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf das unten genannte Konto."],
                    **DIN_FOOT(["Druckerei Albers", "Inh. Jens Albers", "Hafenweg 26, 48155 Münster"],
                               ["Tel. 0251 61 44 70", "buchhaltung@druckerei-albers.de", "USt-IdNr. DE301184552"],
                               ["Volksbank Münsterland Nord", "IBAN " + sp(S["iban"]), "BIC GENODEM1IBB"]))
    inv["subject"] = "Rechnung RE-1977 von Druckerei Albers"
    inv["body"] = ("Sehr geehrte Frau Demir,\n\nim Anhang finden Sie die Rechnung RE-1977 zu Ihrem Auftrag. Die Ware wurde am 10.11. ausgeliefert.\n\n"
                   "Mit freundlichen Grüßen\nJens Albers")
    inv["note"] = "Two pages with Übertrag; 7 % and 19 %; a gGmbH with 'z.Hd. Frau' contact; term in days; IBAN in the footer."
    return inv


@invoice
def de_billomat_abschlag():
    S = seller("Bauplanung Kessler", ["Am Stadtgraben 5", "79098 Freiburg"], "buero@bauplanung-kessler.de", country="DE")
    inv = new(lang="de", tool="Billomat", seller=S, number="RE-260412", issue=D(2026, 11, 27), term=21,
              dblock=["Heimwerk Schwarzwald UG (haftungsbeschränkt)", "Herrn Florian Weißhaar", "Talstraße 81", "79102 Freiburg"],
              debtor="Heimwerk Schwarzwald UG (haftungsbeschränkt)", rcpt="f.weisshaar@heimwerk-schwarzwald.de",
              to_name="Florian Weißhaar",
              paid=[("abzgl. 1. Abschlagsrechnung RE-260301 vom 02.09.2026", 595000),
                    ("abzgl. 2. Abschlagsrechnung RE-260355 vom 14.10.2026", 357000)],
              items=[it("Leistungsphasen 1–4 HOAI, Umbau Ladenlokal", 1, 1120000, 19), it("Nebenkosten pauschal 5 %", 1, 56000, 19)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="left", dx=56, dy=160, meta_pos="row", title="Schlussrechnung", title_y=245,
                    meta=[("Rechnungsnummer", inv["number"]), ("Datum", mk.date(inv["issue"], "long", "de")),
                          ("Kundennummer", "K-3307"), ("Projekt", "Ladenlokal Talstraße")],
                    cols=[("desc", "Bezeichnung", 56, "left"), ("qty", "Anzahl", 360, "right"), ("price", "Einzelpreis", 440, "right"),
                          ("amount", "Gesamt", 539, "right")],
                    tot=dict(sub="Nettobetrag", vat="zzgl. {r} USt.", total="Gesamtbetrag", due="Restforderung"),
                    tot_x=(250, 539),
                    pay=["Zahlbar innerhalb von 21 Tagen ohne Abzug auf %s (GLS Bank)." % sp(S["iban"])],
                    foot="line", foot_line="Bauplanung Kessler · Dipl.-Ing. Martin Kessler · Am Stadtgraben 5 · 79098 Freiburg · St.-Nr. 06469/21877")
    inv["subject"] = "Schlussrechnung RE-260412"
    inv["body"] = ("Hallo Herr Weißhaar,\n\nanbei die Schlussrechnung für das Ladenlokal, die beiden Abschläge sind abgezogen.\n\n"
                   "Viele Grüße\nMartin Kessler")
    inv["note"] = "Schlussrechnung less two Abschlagsrechnungen (gross); a UG (haftungsbeschränkt) with 'Herrn' contact; 21 days."
    return inv


@invoice
def de_fastbill_ek():
    S = seller("Kaffeerösterei Hanse", ["Speicherstadt, Kehrwieder 4", "20457 Hamburg"], "rechnung@kaffeeroesterei-hanse.de", country="DE")
    inv = new(lang="de", tool="FastBill", seller=S, number="2026-2215", issue=D(2026, 11, 5), term=14, delay=1,
              dblock=["Blumenhaus Sonnenschein e.K.", "Inh. Petra Lüdtke", "Mühlenkamp 31", "22303 Hamburg"],
              debtor="Blumenhaus Sonnenschein e.K.", rcpt="info@blumenhaus-sonnenschein.de", to_name="Petra Lüdtke",
              items=[it("Kaffee 'Elbsand' 1 kg", 8, 2290, 7), it("Espressotassen mit Logo", 24, 690, 19), it("Versandkosten", 1, 590, 19)])
    f = fmt_money("de-eur")
    inv["L"] = dict(money="de-eur", head="oneline", dx=340, dy=110, dlabel="Rechnungsempfänger", meta_pos="under", mw=110,
                    meta=[("Rechnungsnummer", inv["number"]), ("Rechnungsdatum", mk.date(inv["issue"], "dmy.")),
                          ("Fällig am", mk.date(inv["due"], "dmy."))], title="RECHNUNG", title_y=200,
                    cols=[("desc", "Artikel", 56, "left"), ("qty", "Menge", 330, "right"), ("price", "Einzel", 400, "right"),
                          ("vat", "MwSt.", 440, "right"), ("gross", "Gesamt brutto", 539, "right")],
                    tot=dict(sub="Summe netto", vat="MwSt. {r}", total="Rechnungsbetrag"),
                    pay=["Bitte überweisen Sie den Betrag bis zum %s auf IBAN %s." % (mk.date(inv["due"], "dmy."), sp(S["iban"]))],
                    foot="line", foot_line="Kaffeerösterei Hanse · Inh. Ole Brandt · USt-IdNr. DE298410337 · Haspa")
    inv["subject"] = "Ihre Rechnung 2026-2215"
    inv["body"] = ("Liebe Frau Lüdtke,\n\nvielen Dank für Ihre Bestellung! Im Anhang finden Sie Ihre Rechnung Nr. 2026-2215.\n\n"
                   "Viele Grüße aus der Speicherstadt\nOle Brandt")
    inv["note"] = "'Rechnungsempfänger' on the right; an e.K. with 'Inh.' line; gross line totals; 7 % and 19 %."
    return inv


@invoice
def de_debitoor_zu():
    S = seller("Goldschmiede Lenz", ["Kaufingerstraße 9", "80331 München"], "atelier@goldschmiede-lenz.de", country="DE")
    inv = new(lang="de", tool="Debitoor", seller=S, number="1093", issue=D(2026, 11, 14), term=7, business=False,
              dblock=["Frau Friederike zu Dohna", "Prinzregentenstraße 64", "81675 München"], debtor="Friederike zu Dohna",
              rcpt="f.zudohna@t-online.de", to_name="Friederike zu Dohna",
              items=[it("Umarbeitung Erbstück: Ring, Weißgold 750", 1, 68000, 19), it("Brillant 0,15 ct neu gefasst", 1, 42000, 19),
                     it("Gravur", 1, 3500, 19)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="right", dx=56, dy=160, meta_pos="under", mw=100,
                    meta=[("Rechnung Nr.", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy.")),
                          ("Zahlungsziel", "7 Tage")], title="Rechnung", title_y=235,
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Anz.", 360, "right"), ("price", "Preis", 440, "right"),
                          ("amount", "Summe", 539, "right")],
                    tot=dict(sub="Zwischensumme", vat="MwSt. {r}", total="Gesamt"),
                    pay=["Zahlbar innerhalb von 7 Tagen.", "Bankverbindung: Stadtsparkasse München, IBAN %s" % sp(S["iban"])],
                    foot="line", foot_line="Goldschmiede Lenz · Kaufingerstraße 9 · 80331 München · USt-IdNr. DE811902273")
    inv["subject"] = "Rechnung 1093"
    inv["body"] = ("Sehr geehrte Frau zu Dohna,\n\nes war mir eine Freude, das Erbstück Ihrer Großmutter neu zu gestalten. Anbei die Rechnung.\n\n"
                   "Herzliche Grüße\nClara Lenz\nGoldschmiede Lenz")
    inv["note"] = "A private customer with 'Frau' and the particle 'zu'; a plain four-digit number; 7 days."
    return inv


@invoice
def de_zervant_ohg():
    S = seller("Haustechnik Brenner", ["Augsburger Straße 120", "89231 Neu-Ulm"], "info@haustechnik-brenner.de", country="DE")
    inv = new(lang="de", tool="Zervant", seller=S, number="326", issue=D(2026, 11, 9), term=10,
              dblock=["Schreinerei Haas & Söhne OHG", "Gewerbestraße 7", "89250 Senden", "Kd.-Nr. 2041"],
              debtor="Schreinerei Haas & Söhne OHG", rcpt="buero@schreinerei-haas.de", to_name="Büro Schreinerei Haas", delay=1,
              items=[it("Absauganlage: Rohrleitungen erweitert", 1, 238000, 19), it("Anfahrt", 2, 3900, 19),
                     it("Kleinmaterial", 1, 8740, 19)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="band", dx=56, dy=150, dlabel="Rechnung an", meta_pos="box", mx=340,
                    meta=[("Rechnungsnummer", inv["number"]), ("Rechnungsdatum", mk.date(inv["issue"], "dmy.")),
                          ("Fälligkeitsdatum", mk.date(inv["due"], "dmy.")), ("Referenz", "Absaugung Halle 2")],
                    title="Rechnung", title_y=250,
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Menge", 320, "right"), ("unit", "Einheit", 330, "left"),
                          ("price", "à-Preis", 430, "right"), ("vat", "MwSt", 470, "right"), ("amount", "Summe", 539, "right")],
                    tot=dict(sub="Summe ohne MwSt.", vat="MwSt. {r}", total="Gesamtsumme"),
                    paybox=[("Empfänger", "Haustechnik Brenner"), ("IBAN", sp(S["iban"])), ("BIC", "BYLADEM1NUL"),
                            ("Fälligkeitsdatum", mk.date(inv["due"], "dmy.")), ("Zu zahlen", f(inv["total"])), ("Rechnungsnummer", inv["number"])],
                    foot="line", foot_line="Haustechnik Brenner · Inh. Markus Brenner · St.-Nr. 151/244/31007")
    for x in inv["items"]:
        x["unit"] = "pausch." if x["q"] == 1 else "x"
    inv["subject"] = "Rechnung 326 - Haustechnik Brenner"
    inv["body"] = ("Guten Tag,\n\nanbei erhalten Sie die Rechnung 326.\n\nMit freundlichen Grüßen\nMarkus Brenner\n\nGesendet mit Zervant")
    inv["note"] = "Zervant: 'Rechnung an' label, customer number under the OHG's address, a payment box of six fields."
    return inv


@invoice
def de_bexio_qr():
    S = seller("Gartenbau Zürcher AG", ["Seestrasse 190", "8810 Horgen", "CHE-109.422.871 MWST"], "buchhaltung@gartenbau-zuercher.ch",
               country="CH")
    q = qr_ref("00000000000000260118800451")
    inv = new(lang="de", numlang="en", tool="bexio", seller=S, number="RE-01188", issue=D(2026, 11, 20), term=30, cur="CHF", round05=True,
              dblock=["Immobilien Brunner AG", "Liegenschaftsverwaltung", "z.Hd. Herr Reto Brunner", "Bahnhofstrasse 44", "8001 Zürich"],
              debtor="Immobilien Brunner AG", rcpt="verwaltung@brunner-immo.ch", to_name="Reto Brunner", ref=q, delay=2,
              items=[it("Herbstpflege Liegenschaft Seefeld", 1, 184000, 8.1), it("Laubentsorgung (m3)", 6.5, 4800, 8.1),
                     it("Blumenzwiebeln (Stk.)", 350, 95, 2.6)])
    f = fmt_money("chf")
    inv["L"] = dict(money="chf", head="left", dx=340, dy=150, meta_pos="under", mw=110,
                    meta=[("Rechnungsnr.", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy.")), ("Zahlbar bis", mk.date(inv["due"], "dmy.")),
                          ("Kontakt", "Sandra Meier")], title="Rechnung RE-01188", title_size=14, title_y=240,
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Menge", 330, "right"), ("price", "Preis", 410, "right"),
                          ("vat", "MWST", 450, "right"), ("amount", "Total", 539, "right")],
                    tot=dict(sub="Total exkl. MWST", vat="MWST {r}", total="Total CHF", round="Rundungsdifferenz"),
                    pay=["Zahlbar innert 30 Tagen.", "", "Empfangsschein / Zahlteil", "Konto / Zahlbar an: %s" % sp(S["iban"]),
                         "Gartenbau Zürcher AG, Seestrasse 190, 8810 Horgen", "Referenz: %s" % qr_spaced(q), "Währung CHF   Betrag %s" % mk.money(inv["total"], "ch")])
    inv["subject"] = "Rechnung RE-01188 von Gartenbau Zürcher AG"
    inv["body"] = ("Grüezi Herr Brunner\n\nIm Anhang senden wir Ihnen die Rechnung RE-01188 für die Herbstpflege. Bitte verwenden Sie für die Zahlung den QR-Zahlteil.\n\n"
                   "Freundliche Grüsse\nSandra Meier\nGartenbau Zürcher AG")
    inv["note"] = "Swiss AG with department and 'z.Hd. Herr'; 8.1 % and 2.6 %; a rounding line; a QR reference (27 digits) printed in groups."
    return inv


@invoice
def de_banana_right():
    S = seller("Schreibbüro Ammann", ["Kirchgasse 3", "3011 Bern"], "ammann.schreibbuero@bluewin.ch", country="CH")
    inv = new(lang="de", numlang="en", tool="Banana Buchhaltung", seller=S, number="2026-48", issue=D(2026, 11, 30), term=20, cur="CHF", delay=1,
              dblock=["Velo-Werkstatt Aare GmbH", "Lorrainestrasse 15", "3013 Bern", "MWST-Nr. CHE-412.880.119"],
              debtor="Velo-Werkstatt Aare GmbH", rcpt="kontakt@velowerkstatt-aare.ch", to_name="Velo-Werkstatt Aare",
              items=[it("Buchhaltung Oktober/November", 7.5, 9000, 0), it("MWST-Abrechnung Q3", 1, 24000, 0)])
    f = fmt_money("bare-ch")
    inv["L"] = dict(money="bare-ch", head="left", dx=539, dalign="right", dy=160, meta_pos="under", mw=100,
                    meta=[("Rechnung Nr.", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy.")), ("Kunde", "1017")],
                    title="Rechnung", title_y=250,
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Menge", 380, "right"), ("price", "Preis CHF", 460, "right"),
                          ("amount", "Betrag CHF", 539, "right")],
                    tot=dict(total="Total Rechnung CHF"),
                    pay=["Nicht MWST-pflichtig (Umsatz unter CHF 100'000).", "Zahlbar innert 20 Tagen auf IBAN %s, Raiffeisen Bern." % sp(S["iban"])])
    inv["subject"] = "Rechnung 2026-48"
    inv["body"] = ("Guten Tag Herr Aebi\n\nAnbei meine Rechnung für die Buchhaltung Oktober und November.\n\nFreundliche Grüsse\nMonika Ammann")
    inv["note"] = "Banana: the customer's block right-aligned at the right with its MWST number; no VAT; amounts bare with apostrophes; 'innert 20 Tagen'."
    return inv


@invoice
def de_austria_kg():
    S = seller("Installationen Pichler", ["Hauptplatz 12", "4020 Linz", "UID ATU68422915"], "office@pichler-installationen.at", country="AT")
    inv = new(lang="de", tool="Registrierkasse/Word (AT)", seller=S, number="2026/0719", issue=D(2026, 11, 18), term=14,
              dblock=["Gasthof Zum Goldenen Hirschen KG", "UID: ATU57733102", "Marktplatz 4", "4070 Eferding"],
              debtor="Gasthof Zum Goldenen Hirschen KG", rcpt="gasthof@goldener-hirsch.at", to_name="Gasthof Goldener Hirsch",
              items=[it("Warmwasserboiler 300 l getauscht", 1, 214000, 20), it("Arbeitszeit Monteur (Std.)", 7, 7200, 20),
                     it("Fahrtkosten", 1, 4800, 20)])
    f = fmt_money("de-eur")
    inv["L"] = dict(money="de-eur", head="left", dx=56, dy=160, meta_pos="right", mx=370, my=160,
                    meta=[("Rechnungsnummer", inv["number"]), ("Rechnungsdatum", mk.date(inv["issue"], "dmy.")),
                          ("Leistungszeitraum", "November 2026")], title="RECHNUNG", title_y=250,
                    cols=[("desc", "Leistung", 56, "left"), ("qty", "Menge", 360, "right"), ("price", "EP netto", 440, "right"),
                          ("amount", "GP netto", 539, "right")],
                    tot=dict(sub="Summe netto", vat="+ {r} USt", total="Rechnungsbetrag"),
                    pay=["Zahlbar binnen 14 Tagen ohne Abzug.", "Raiffeisenlandesbank OÖ, IBAN %s, BIC RZOOAT2L" % sp(S["iban"])],
                    foot="line", foot_line="Installationen Pichler · Inh. Andreas Pichler · Hauptplatz 12 · 4020 Linz · FN 412882a")
    inv["subject"] = "Rechnung 2026/0719 – Boilertausch"
    inv["body"] = ("Grüß Gott,\n\nim Anhang die Rechnung für den Boilertausch. Danke für den Auftrag!\n\nMit freundlichen Grüßen\nAndreas Pichler")
    inv["note"] = "Austrian: a KG with its UID under the name; 20 %; 'binnen 14 Tagen'."
    return inv


@invoice
def de_odoo_ev():
    S = seller("Sporthaus Kramer GmbH", ["Karl-Liebknecht-Straße 140", "04275 Leipzig"], "buchhaltung@sporthaus-kramer.de", country="DE")
    inv = new(lang="de", tool="Odoo", seller=S, number="INV/2026/01423", issue=D(2026, 11, 17), term=30, delay=2,
              dblock=["Sportfreunde Lindenau e.V., Kundennr. 40088", "Abteilung Fußball", "Merseburger Straße 200", "04177 Leipzig"],
              debtor="Sportfreunde Lindenau e.V.", rcpt="kasse@sf-lindenau.de", to_name="Kassenwart SF Lindenau",
              items=[it("Trikotsatz Heim, 18 Stück, mit Beflockung", 1, 89100, 19), it("Trainingsbälle Größe 5", 20, 2495, 19),
                     it("Hütchen-Set 40 Stück", 3, 1990, 19)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="right", dx=56, dy=150, meta_pos="row", title="Rechnung INV/2026/01423", title_size=15, title_y=235,
                    meta=[("Rechnungsdatum", mk.date(inv["issue"], "dmy.")), ("Fälligkeitsdatum", mk.date(inv["due"], "dmy.")),
                          ("Herkunft", "S02871"), ("Kundenreferenz", "Saison 26/27")],
                    cols=[("desc", "Beschreibung", 56, "left"), ("qty", "Menge", 330, "right"), ("price", "Preis pro Einheit", 430, "right"),
                          ("vat", "Steuern", 470, "right"), ("amount", "Betrag", 539, "right")],
                    tot=dict(sub="Zwischensumme", vat="MwSt. {r}", total="Gesamt"),
                    pay=["Bitte verwenden Sie die folgende Mitteilung für Ihre Zahlung: INV/2026/01423",
                         "Zahlungsbedingungen: 30 Tage", "IBAN %s" % sp(S["iban"])])
    # Odoo's sentence asking for the invoice's own number is no labelled reference (README,
    # lines 1-89; settled in session 28 after this set's runs): labelled null.
    inv["ref"] = None
    inv["subject"] = "Sporthaus Kramer GmbH Rechnung (Ref INV/2026/01423)"
    inv["body"] = ("Sehr geehrte Damen und Herren,\n\nhier ist Ihre Rechnung INV/2026/01423 über %s von Sporthaus Kramer GmbH.\n"
                   "Bitte überweisen Sie den Betrag zeitnah.\n\nBei Fragen stehen wir Ihnen gerne zur Verfügung.\n\n--\nSporthaus Kramer GmbH") % f(inv["total"])
    inv["note"] = "Odoo: the customer number on the e.V.'s name line, a department under it; 'Mitteilung für Ihre Zahlung' labelled (the number)."
    return inv


@invoice
def de_dolibarr_credit():
    S = seller("Kartonagen Voigt GmbH", ["Am Güterbahnhof 3", "09111 Chemnitz"], "fibu@kartonagen-voigt.de", country="DE")
    inv = new(lang="de", tool="Dolibarr", seller=S, number="AV2611-0014", issue=D(2026, 11, 23), credit=True,
              dblock=["Umzüge Kowalczyk GmbH", "Frankenberger Straße 88", "09131 Chemnitz"], debtor="Umzüge Kowalczyk GmbH",
              rcpt="biuro@umzuege-kowalczyk.de", to_name="Umzüge Kowalczyk",
              items=[it("Rücknahme Umzugskartons 2-wellig (Retoure zu FA2610-0288)", 200, 165, 19),
                     it("Gutschrift Transportschaden Kleiderboxen", 15, 890, 19)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="left", dx=330, dy=90, dlabel="Empfänger", meta_pos="under", mw=120,
                    meta=[("Gutschrift Nr.", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy.")),
                          ("Bezug", "Rechnung FA2610-0288"), ("Kunden-Nr.", "CU2204-0091")], title="Gutschrift", title_y=190,
                    cols=[("desc", "Bezeichnung", 56, "left"), ("vat", "USt.", 330, "right"), ("price", "P.U. netto", 400, "right"),
                          ("qty", "Menge", 440, "right"), ("amount", "Summe netto", 539, "right")],
                    tot=dict(sub="Betrag netto", vat="Betrag USt. {r}", total="Betrag brutto"),
                    pay=["Der Betrag wird mit Ihrer nächsten Rechnung verrechnet."],
                    **DIN_FOOT(["Kartonagen Voigt GmbH", "Am Güterbahnhof 3, 09111 Chemnitz"],
                               ["HRB 31207 AG Chemnitz", "USt-IdNr. DE814229036"],
                               ["Sparkasse Chemnitz", "IBAN " + sp(S["iban"])]))
    inv["subject"] = "Gutschrift AV2611-0014"
    inv["body"] = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Gutschrift AV2611-0014 zur Retoure vom 19.11.\n\nMit freundlichen Grüßen\nKartonagen Voigt GmbH\nFinanzbuchhaltung")
    inv["note"] = "Dolibarr credit note (Gutschrift) with a VAT column first; 'Empfänger' block top right; offset against the next invoice."
    return inv


@invoice
def de_holded_family():
    S = seller("Ferienhaus Seeblick", ["Uferweg 8", "17192 Waren (Müritz)"], "buchung@ferienhaus-seeblick.de", country="DE")
    inv = new(lang="de", tool="Holded", seller=S, number="F260093", issue=D(2026, 11, 3), due=D(2026, 11, 17), business=False,
              dblock=["Familie Đặng", "Thi Hoa und Văn Minh Đặng", "Ostseeallee 12", "18107 Rostock"], debtor="Familie Đặng",
              rcpt="hoa.dang@web.de", to_name="Hoa Đặng", paid=[("Anzahlung erhalten", 25000)],
              items=[it("Ferienhaus Seeblick, 5 Nächte (26.–31.12.2026)", 5, 14500, 7), it("Endreinigung", 1, 7500, 19),
                     it("Bettwäsche-Paket", 4, 1500, 19), it("Kurtaxe (2 Erw., 5 Nächte)", 10, 250, 0)])
    f = fmt_money("de")
    inv["L"] = dict(money="de", head="left", dx=330, dy=150, dlabel="Kunde", meta_pos="under", mw=110,
                    meta=[("Rechnung", inv["number"]), ("Datum", mk.date(inv["issue"], "dmy.")), ("Fälligkeit", mk.date(inv["due"], "dmy."))],
                    title="Rechnung", title_y=235,
                    cols=[("desc", "Konzept", 56, "left"), ("price", "Preis", 330, "right"), ("qty", "Einheiten", 390, "right"),
                          ("vat", "MwSt.", 440, "right"), ("amount", "Gesamt", 539, "right")],
                    tot=dict(sub="Basis", vat="MwSt. {r}", total="Gesamt", due="Offener Betrag"),
                    pay=["Zahlungsart: Überweisung", "IBAN %s" % sp(S["iban"])])
    inv["subject"] = "Rechnung F260093 – Ferienhaus Seeblick"
    inv["body"] = ("Liebe Familie Đặng,\n\nwir freuen uns auf Sie zu Silvester! Anbei die Rechnung über den Restbetrag.\n\nHerzliche Grüße\nKatrin Möller")
    inv["note"] = "Holded: 'Konzept' column, price before units; three rates (7 %, 19 %, 0 % Kurtaxe); a Vietnamese family with diacritics; deposit."
    return inv


@invoice
def de_text_yildirim():
    S = seller("Malerbetrieb Vogt", [], "malerbetrieb.vogt@gmx.de", country="DE")
    inv = new(lang="de", tool="typed in the mail", kind="body-text", seller=S, number="26-118", issue=D(2026, 11, 26), term=14,
              business=False, debtor="Herr und Frau Yıldırım", rcpt="yildirim.familie@gmx.de", to_name="Emre Yıldırım",
              items=[it("Wohnzimmer und Flur streichen (Arbeitszeit, Std.)", 22, 5200, 19), it("Material", 1, 28640, 19)])
    f = fmt_money("de")
    lab = inv["items"][0]["net"]
    inv["body"] = ("Sehr geehrte Familie Yıldırım,\n\nwie besprochen hier meine Rechnung:\n\n"
                   "Rechnung Nr. 26-118 vom %s\nRechnungsempfänger: Herr und Frau Yıldırım, Lindenstraße 22, 44137 Dortmund\n\n"
                   "Streichen Wohnzimmer + Flur, 22 Std. x 52,00 €   %s\nMaterial (Farbe, Abdeckung, Spachtel)          %s\n"
                   "Netto                                           %s\nMwSt. 19 %%                                      %s\n"
                   "Gesamt                                          %s\n\n"
                   "Im Rechnungsbetrag enthaltene Arbeitskosten (§ 35a EStG): %s zzgl. MwSt.\n\n"
                   "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto %s (Sparkasse Dortmund).\n\n"
                   "Mit freundlichen Grüßen\nThomas Vogt\nMalermeister\nSt.-Nr. 314/5127/0893") % (
        mk.date(inv["issue"], "dmy."), f(lab), f(inv["items"][1]["net"]), f(inv["net"]), f(inv["vats"][19]), f(inv["total"]), f(lab),
        sp(S["iban"]))
    inv["subject"] = "Rechnung Malerarbeiten"
    inv["note"] = "Typed in the mail; 'Herr und Frau Yıldırım' keeps the forms (only a surname remains); the labour share printed as well."
    return inv


@invoice
def de_html_course():
    S = seller("Akademie Nordlicht", [], "rechnung@akademie-nordlicht.de", country="DE")
    inv = new(lang="de", tool="Kursportal (HTML)", kind="body-html", seller=S, number="AN-26-3391", issue=D(2026, 11, 23), term=14,
              business=False, debtor="Dr. Anna-Lena Müller-Lüdenscheidt", rcpt="alml@posteo.de", to_name="Anna-Lena Müller-Lüdenscheidt",
              ref="AN263391",
              items=[it("Online-Kurs 'Achtsam führen' (8 Module)", 1, 49000, 0), it("Begleitbuch", 1, 2490, 7)])
    f = fmt_money("de")
    rows = [["Position", ">Betrag"]] + [[x["d"], ">" + f(x["net"])] for x in inv["items"]] + [
        ["zzgl. 7 % MwSt. auf Begleitbuch", ">" + f(inv["vats"][7])],
        ["Kurs umsatzsteuerbefreit nach § 4 Nr. 21 UStG", ">" + f(0)], ["<b>Rechnungsbetrag</b>", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body><p>Sehr geehrte Frau Dr. Müller-Lüdenscheidt,</p><p>vielen Dank für Ihre Anmeldung. Hier ist Ihre Rechnung:</p>"
                   "<table><tr><td>Rechnungsnummer:</td><td>AN-26-3391</td></tr><tr><td>Rechnungsdatum:</td><td>%s</td></tr>"
                   "<tr><td>Rechnungsempfängerin:</td><td>Frau Dr. Anna-Lena Müller-Lüdenscheidt, Gartenstraße 7, 24103 Kiel</td></tr></table>%s"
                   "<p>Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN %s.<br>Verwendungszweck: <b>AN263391</b></p>"
                   "<p>Akademie Nordlicht GmbH · Holstenstraße 40 · 24103 Kiel · HRB 21044 KI</p></body></html>") % (
        mk.date(inv["issue"], "dmy."), html_table(rows), sp(S["iban"]))
    inv["subject"] = "Ihre Rechnung AN-26-3391"
    inv["note"] = "HTML course invoice; 'Frau Dr.' keeps Dr.; double surname; a Verwendungszweck without dashes; a VAT-exempt item."
    return inv


@invoice
def de_html_onlineshop_ch():
    S = seller("Teehaus Lindenblatt", [], "shop@teehaus-lindenblatt.ch", country="CH")
    inv = new(lang="de", tool="Shopify Kauf auf Rechnung (HTML)", kind="body-html", seller=S, number="CH-10472", issue=D(2026, 11, 28),
              term=30, cur="CHF", business=False, debtor="Sibylle Tschudin", rcpt="s.tschudin@bluewin.ch", to_name="Sibylle Tschudin",
              items=[it("Adventskalender Tee 2026", 2, 3490, 2.6), it("Teekanne Gusseisen 0,8 l", 1, 6900, 8.1), it("Versand", 1, 900, 8.1)])
    f = fmt_money("chf")
    rows = [["Artikel", ">Menge", ">Preis"]] + [[x["d"], ">" + qty(x["q"], "de"), ">" + f(x["net"])] for x in inv["items"]] + [
        ["Zwischensumme exkl. MWST", "", ">" + f(inv["net"])],
        ["zzgl. MWST 2.6 %", "", ">" + f(inv["vats"][2.6])], ["zzgl. MWST 8.1 %", "", ">" + f(inv["vats"][8.1])],
        ["<b>Total</b>", "", "><b>%s</b>" % f(inv["total"])]]
    inv["html"] = ("<html><body><h3>Rechnung CH-10472</h3><p>Grüezi Sibylle Tschudin</p><p>Danke für Ihre Bestellung vom %s. "
                   "Sie haben «Kauf auf Rechnung» gewählt.</p>%s<p>Rechnungsadresse: Sibylle Tschudin, Hirschmattstrasse 12, 6003 Luzern</p>"
                   "<p>Bitte bezahlen Sie den Betrag von %s innert 30 Tagen auf unser Konto IBAN %s (Teehaus Lindenblatt GmbH, Luzern).</p>"
                   "<p>Herzlich,<br>Ihr Teehaus Lindenblatt</p></body></html>") % (
        mk.date(inv["issue"], "dmy."), html_table(rows), f(inv["total"]), sp(S["iban"]))
    inv["subject"] = "Ihre Rechnung zur Bestellung CH-10472"
    inv["note"] = "Swiss shop 'Kauf auf Rechnung' in HTML, net prices plus VAT at 2.6 % and 8.1 %; 'innert 30 Tagen'."
    return inv


# ================================================================ not invoices

def doc(lang, seller_, dblock, items, L, cur="EUR", paid=(), round05=False):
    d = new(lang=lang, seller=seller_, dblock=dblock, items=items, cur=cur, paid=list(paid), due=None, round05=round05,
            number=None, issue=None)
    d["L"] = L
    return render(d), d


def N(**kw):
    r = dict(kind="none", pages=None, fname=None, html=None, body=None, extra_headers=[], delay=0, cc=[])
    r.update(kw)
    return r


@noninv
def nl_offerte_revisie():
    S = seller("Dakdekkersbedrijf Hogendoorn", ["Rijksstraatweg 77", "3956 CL Leersum", "KvK 30211450", "BTW NL001672210B03"],
               "offertes@hogendoorndaken.nl")
    pages, d = doc("nl", S, ["Dhr. en mevr. Ouwehand", "Darthuizerweg 5", "3956 NK Leersum"],
                   [it("Vervangen dakpannen achterzijde (m2)", 62, 4850, 21), it("Nieuwe dakgoot zink", 14, 6900, 21),
                    it("Steiger, 2 weken", 1, 118000, 21)],
                   dict(money="nl", head="left", dx=330, dy=150, meta_pos="under", mw=120, title="Offerte (herzien)", title_y=230,
                        meta=[("Offertenummer", "OF-2026-088 rev. 2"), ("Datum", "19-11-2026"), ("Geldig tot", "19-12-2026"),
                              ("Vervangt", "OF-2026-088 van 29-10-2026")],
                        cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 360, "right"), ("price", "Prijs", 440, "right"),
                              ("amount", "Bedrag", 539, "right")],
                        tot=dict(sub="Totaal excl. btw", vat="Btw {r}", total="Totaal offerte"),
                        pay=["Voor akkoord: graag deze offerte ondertekend retour. Na akkoord plannen wij de werkzaamheden in.",
                             "", "Handtekening opdrachtgever: ______________________"]))
    return N(lang="nl", tool="Word", why_not="A revised quote (offerte) awaiting signature; nothing is owed yet.",
             seller=S, rcpt="ouwehand.leersum@kpnmail.nl", to_name="Gerrit Ouwehand", day=D(2026, 11, 19),
             subject="Herziene offerte dakwerk (zonder zonnepanelen)", pages=pages, fname="Offerte_OF-2026-088_rev2.pdf",
             body=("Beste heer en mevrouw Ouwehand,\n\nZoals besproken heb ik de offerte aangepast: de zonnepanelen zijn eruit en de goot is erbij. "
                   "De nieuwe prijs staat in de bijlage.\n\nHoor graag of we mogen inplannen.\n\nGroet,\nBert Hogendoorn"),
             note="A revised offerte with totals incl. btw and a validity date; looks like an invoice layout.")


@noninv
def nl_opdrachtbevestiging():
    S = seller("Schildersbedrijf Kuijpers", [], "info@schilderskuijpers.nl")
    return N(lang="nl", tool="typed in the mail", why_not="An order confirmation with a price and a planned start; the invoice follows after the work.",
             seller=S, rcpt="m.vandenberg@ziggo.nl", to_name="M. van den Berg", day=D(2026, 11, 24), subject="Opdrachtbevestiging buitenschilderwerk",
             body=("Geachte heer Van den Berg,\n\nHartelijk dank voor uw akkoord op onze offerte OF-26-041. Hierbij bevestigen wij de opdracht:\n\n"
                   "Werkzaamheden: buitenschilderwerk kozijnen en boeidelen, Het Kerkeind 12, Bergeijk\n"
                   "Aanneemsom: € 6.480,00 incl. 21% btw\nStart: week 14 (onder voorbehoud van het weer)\n"
                   "Betaling: 30% na start werkzaamheden, 70% na oplevering (u ontvangt hiervoor facturen)\n\n"
                   "Met vriendelijke groet,\n\nRob Kuijpers\nSchildersbedrijf Kuijpers"),
             note="Order confirmation with an amount and payment terms; the invoices are announced for later.")


@noninv
def nl_proforma_douane():
    S = seller("Zeepziederij Het Wasbord", ["Ambachtsweg 3", "8331 MD Steenwijk", "KvK 64418790", "BTW NL855602119B01"],
               "orders@hetwasbord.nl")
    pages, d = doc("nl", S, ["Hansen Naturvarer AS", "Storgata 18", "0184 Oslo", "Noorwegen"],
                   [it("Handgemaakte zeep lavendel (doos 24)", 10, 7200, 0), it("Shampoobar (doos 24)", 6, 8400, 0)],
                   dict(money="nl", head="left", dx=330, dy=150, meta_pos="under", mw=120, title="PRO FORMA FACTUUR", title_y=230,
                        meta=[("Pro forma nr.", "PF-2026-019"), ("Datum", "27-11-2026"), ("Incoterm", "DAP Oslo"), ("HS-code", "3401.11")],
                        cols=[("desc", "Omschrijving", 56, "left"), ("qty", "Aantal", 360, "right"), ("price", "Prijs", 440, "right"),
                              ("amount", "Bedrag", 539, "right")],
                        tot=dict(sub="Totaal", vat="Btw {r}", total="Totale waarde"),
                        pay=["Pro forma, uitsluitend voor de douane. Dit is geen factuur; u ontvangt de factuur bij verzending.",
                             "Btw 0% - export buiten de EU."]))
    return N(lang="nl", tool="Excel", why_not="A pro forma for customs; it says itself it is not the invoice.", seller=S,
             rcpt="innkjop@hansennaturvarer.no", to_name="Hansen Naturvarer", day=D(2026, 11, 27), subject="Pro forma PF-2026-019 voor de douane",
             pages=pages, fname="ProForma_PF-2026-019.pdf",
             body="Hei Ingrid,\n\nHierbij de pro forma voor de douane (in het Nederlands, sorry – de Engelse versie volgt). De zending gaat maandag weg.\n\nGroet,\nMarijke",
             note="Pro forma with a total and numbers; export, no VAT.")


@noninv
def nl_betaalbevestiging():
    S = seller("Zorgboerderij De Hoge Es", [], "administratie@dehoge-es.nl")
    return N(lang="nl", tool="typed in the mail", why_not="Confirms a payment received for an earlier invoice; nothing is due.", seller=S,
             rcpt="wmo-facturen@gemeenteharderwijk.nl", to_name="Gemeente Harderwijk, team Wmo", day=D(2026, 11, 30),
             subject="Betaling ontvangen – factuur 2026-0912",
             body=("Geachte heer/mevrouw,\n\nWij hebben uw betaling van € 3.412,80 voor factuur 2026-0912 (dagbesteding oktober) op 27-11-2026 in goede orde ontvangen. "
                   "Hartelijk dank.\n\nMet vriendelijke groet,\nAdministratie Zorgboerderij De Hoge Es"),
             note="A payment confirmation citing an invoice number and amount.")


@noninv
def nl_eigen_herinnering():
    S = seller("Muziekschool De Toonladder", [], "administratie@detoonladder.nl")
    return N(lang="nl", tool="typed in the mail", why_not="The business's own reminder of an earlier invoice; the invoice itself was sent before.",
             seller=S, rcpt="j.kaya-vermeer@gmail.com", to_name="J. Kaya-Vermeer", day=D(2026, 12, 2),
             subject="Herinnering: lesgeld najaar (factuur 26-0431)",
             body=("Beste ouder/verzorger van Elif,\n\nVolgens onze administratie staat factuur 26-0431 van 1 oktober (lesgeld najaar, € 285,00) nog open. "
                   "Waarschijnlijk is dit aan uw aandacht ontsnapt.\n\nWilt u het bedrag binnen 7 dagen overmaken op " + sp(iban("NL")) + " "
                   "o.v.v. 26-0431? Heeft u inmiddels betaald, dan kunt u deze mail als niet verzonden beschouwen.\n\n"
                   "Met muzikale groet,\nAdministratie Muziekschool De Toonladder"),
             note="Own reminder with amount, IBAN and a new 7-day term.")


@noninv
def nl_rekeningoverzicht():
    S = seller("Groothandel Van Eijk Horeca", ["Energieweg 20", "5145 NW Waalwijk", "KvK 18022471"], "debiteuren@vaneijkhoreca.nl")
    p = mk.Page()
    p.text(56, 62, S["name"], 15, True)
    block(p, 56, 76, S["lines"], 8, 10)
    block(p, 330, 150, ["Lunchroom Bij Fatima", "t.a.v. F. Amrani", "Grotestraat 140", "5141 HB Waalwijk"])
    p.text(56, 240, "Rekeningoverzicht per 30-11-2026", 15, True)
    p.text(56, 262, "Debiteurnummer 30552", 9)
    rows = [("26-08811", "02-10-2026", "01-11-2026", 48220), ("26-09340", "16-10-2026", "15-11-2026", 31275),
            ("26-10102", "06-11-2026", "06-12-2026", 55990), ("26-10587", "20-11-2026", "20-12-2026", 27410)]
    f = fmt_money("nl")
    y = 300
    for k, h in enumerate(["Factuur", "Datum", "Vervaldatum", "Openstaand"]):
        p.text([56, 150, 250, 460][k], y, h, 8.5, True)
    y += 16
    for r in rows:
        p.text(56, y, r[0], 8.5)
        p.text(150, y, r[1], 8.5)
        p.text(250, y, r[2], 8.5)
        p.right(539, y, f(r[3]), 8.5)
        y += 13
    p.text(360, y + 8, "Totaal openstaand", 9, True)
    p.right(539, y + 8, f(sum(r[3] for r in rows)), 9, True)
    p.text(56, y + 40, "Dit overzicht is ter informatie. Vervallen posten graag per omgaande voldoen.", 8.5)
    return N(lang="nl", tool="Exact Online", why_not="A statement of account listing open invoices; no new invoice.", seller=S,
             rcpt="bijfatima@outlook.com", to_name="Fatima Amrani", day=D(2026, 12, 1), subject="Rekeningoverzicht debiteur 30552",
             pages=[p], fname="Rekeningoverzicht_30552.pdf",
             body="Geachte relatie,\n\nBijgaand ontvangt u een overzicht van de openstaande posten op uw rekening.\n\nMet vriendelijke groet,\nAfdeling debiteuren Van Eijk Horeca",
             note="Statement with four invoice numbers, due dates and a total open.")


@noninv
def nl_cadeaubon():
    S = seller("Restaurant De Waag Hoorn", [], "reserveren@dewaaghoorn.nl")
    return N(lang="nl", tool="webshop mail", why_not="Confirms a gift card already paid online; nothing is to be paid.", seller=S,
             rcpt="liesbeth.koning@hotmail.com", to_name="Liesbeth Koning", day=D(2026, 11, 29), subject="Je cadeaubon is onderweg! (bestelling 7741)",
             body=("Hoi Liesbeth,\n\nBedankt voor je bestelling! Je betaling met iDEAL van € 100,00 is gelukt.\n\n"
                   "Cadeaubon: € 100,00\nCode: WAAG-8KQ2-7HXD\nGeldig tot: 29-11-2027\nVoor: Pap & mam (met persoonlijk bericht)\n\n"
                   "De bon zit als PDF in de bijlage, klaar om te printen. Een btw-bon ontvang je bij besteding.\n\nTot snel aan de Roode Steen!\nDe Waag Hoorn"),
             note="Gift-card confirmation with an amount, order number and a code; paid by iDEAL.")


@noninv
def nl_incasso_doorgestuurd():
    S = seller("Bouwbedrijf Teunissen", [], "administratie@bouwbedrijfteunissen.nl")
    return N(lang="nl", tool="forwarded", why_not="A collection agency's letter addressed to the business, forwarded to its bookkeeper; the business is the debtor here.",
             seller=S, rcpt="esther@boekhoudpraktijk-veluwe.nl", to_name="Esther (boekhouder)", day=D(2026, 11, 25),
             subject="Fwd: Sommatie dossier 2026-44817 – Bouwbedrijf Teunissen",
             body=("Esther, kun jij even kijken? Volgens mij hebben we deze factuur van de steigerverhuur in september al betaald. Groet, Hans\n\n"
                   "---------- Doorgestuurd bericht ---------\nVan: Incassobureau Gerritsen & Partners <dossiers@gerritsen-incasso.nl>\n"
                   "Aan: administratie@bouwbedrijfteunissen.nl\nOnderwerp: Sommatie dossier 2026-44817\n\n"
                   "Geachte heer Teunissen,\n\nNamens onze opdrachtgever Steigerverhuur Oost B.V. sommeren wij u de vordering van € 2.904,00 "
                   "(factuur 26-3381) vermeerderd met buitengerechtelijke incassokosten ad € 390,40 binnen 14 dagen te voldoen op "
                   + sp(iban("NL")) + " o.v.v. dossiernummer 2026-44817.\n\nHoogachtend,\nIncassobureau Gerritsen & Partners"),
             note="Forwarded collection letter with amounts and an IBAN; the sender is the debtor.")


@noninv
def nl_prijswijziging():
    S = seller("Glasvezel Zuidwest (klantenservice)", [], "klantenservice@glasvezelzuidwest.nl")
    return N(lang="nl", tool="newsletter", why_not="Announces new prices from 1 January; no amount is billed.", seller=S,
             rcpt="info@tandartspraktijkvlissingen.nl", to_name="Tandartspraktijk Vlissingen", day=D(2026, 11, 20),
             subject="Nieuwe tarieven per 1 januari 2027",
             body=("Beste klant,\n\nPer 1 januari 2027 wijzigen onze tarieven. Voor uw abonnement Zakelijk 1 Gbit/s betekent dit:\n\n"
                   "Huidig maandbedrag: € 79,95 excl. btw\nNieuw maandbedrag: € 84,50 excl. btw\n\n"
                   "U hoeft niets te doen; het nieuwe bedrag wordt vanaf uw factuur van januari in rekening gebracht. "
                   "Bent u het niet eens met de wijziging, dan kunt u tot 31 december kosteloos opzeggen.\n\nMet vriendelijke groet,\nGlasvezel Zuidwest"),
             note="Price change letter with monthly amounts.")


@noninv
def nl_inkooporder():
    S = seller("Metaalbewerking Driessen", [], "verkoop@driessen-metaal.nl")
    return N(lang="nl", tool="forwarded", why_not="A purchase order received from a customer, forwarded internally to planning; the business will invoice later.",
             seller=S, rcpt="planning@driessen-metaal.nl", to_name="Planning", day=D(2026, 11, 26),
             subject="Fwd: Inkooporder PO-2026-77310",
             body=("Hoi Ruud, order van Agrotech binnen, graag inplannen voor week 50. Bevestiging stuur ik zelf. Mirjam\n\n"
                   "-----Oorspronkelijk bericht-----\nVan: inkoop@agrotech-systems.nl\nOnderwerp: Inkooporder PO-2026-77310\n\n"
                   "INKOOPORDER PO-2026-77310\nLeverancier: Metaalbewerking Driessen, crediteurnr. 80441\nDatum: 25-11-2026\n\n"
                   "Pos 10  Beugel RVS 316 tek. 44-102 rev C   200 st   € 14,80   € 2.960,00\n"
                   "Pos 20  Afdekplaat 3 mm gezet              80 st    € 22,15   € 1.772,00\n"
                   "Totaal excl. btw                                          € 4.732,00\n\n"
                   "Leverdatum: 11-12-2026. Factuur o.v.v. PO-nummer naar facturen@agrotech-systems.nl, betaling 60 dagen.\n\n"
                   "Met vriendelijke groet,\nInkoop Agrotech Systems B.V."),
             note="A customer's purchase order with a total and payment terms, forwarded to planning.")


@noninv
def en_quote():
    S = seller("Copperleaf Landscapes Ltd", ["Unit 2, Mill Lane", "Bristol BS3 4LX", "VAT GB 277 1930 14"], "office@copperleaf.co.uk",
               country="GB")
    pages, d = doc("en", S, ["Mrs J. Adeyemi-Clarke", "41 Ashley Down Road", "Bristol BS7 9JN"],
                   [it("Porcelain patio, 28 m2 supply & lay", 28, 9800, 20), it("Raised sleeper beds (3)", 3, 42000, 20),
                    it("Skip hire and waste removal", 1, 32500, 20)],
                   dict(money="gbp", head="right", dx=56, dy=150, meta_pos="right", mx=370, my=150,
                        meta=[("Quote No.", "Q-1187"), ("Date", "23 Nov 2026"), ("Valid until", "23 Jan 2027")],
                        title="QUOTATION", title_y=240,
                        cols=[("desc", "Description", 56, "left"), ("qty", "Qty", 380, "right"), ("price", "Unit", 450, "right"),
                              ("amount", "Total", 539, "right")],
                        tot=dict(sub="Subtotal", vat="VAT {r}", total="Quote total"),
                        pay=["A 25% deposit secures your start date once you accept. This is not a VAT invoice."]), cur="GBP")
    return N(lang="en", tool="Xero", why_not="A quotation with a validity date; nothing is owed until accepted.", seller=S,
             rcpt="jadeyemiclarke@gmail.com", to_name="Joy Adeyemi-Clarke", day=D(2026, 11, 23), subject="Quote Q-1187 from Copperleaf Landscapes Ltd",
             pages=pages, fname="Quote Q-1187.pdf",
             body="Hi Joy,\n\nThanks for showing us round the garden. Here's our quote Q-1187 - happy to talk through options.\n\nBest wishes,\nTom Harding\nCopperleaf Landscapes",
             note="Quote with VAT and total; 'not a VAT invoice'.")


@noninv
def en_booking():
    S = seller("Harbour Lights Cottages", [], "stay@harbourlightscottages.ie")
    return N(lang="en", tool="booking system", why_not="A booking confirmation: the deposit has been paid and the balance is due later, by card on the portal.",
             seller=S, rcpt="k.oconnor@eircom.net", to_name="Kieran O'Connor", day=D(2026, 11, 14), subject="Booking confirmed: Ref HLC-88213",
             body=("Dear Kieran,\n\nThank you for booking with Harbour Lights Cottages, Kinsale!\n\nBooking ref: HLC-88213\nCottage: Lighthouse View (sleeps 6)\n"
                   "Arrival: 27 March 2027, 4pm\nDeparture: 3 April 2027, 10am\n\nTotal price: €1,540.00\nDeposit paid: €400.00\n"
                   "Balance €1,140.00 will be charged to your card on file on 27 February 2027.\n\n"
                   "We look forward to welcoming you.\n\nSinéad & Pádraig"),
             note="Booking with total, deposit and balance; card charge later.")


@noninv
def en_receipt():
    S = seller("Greenhouse Physio", [], "reception@greenhousephysio.co.uk")
    return N(lang="en", tool="Cliniko", why_not="A receipt for a session paid at the clinic by card; nothing outstanding.", seller=S,
             rcpt="m.wojcik@gmail.com", to_name="Marta Wójcik", day=D(2026, 11, 18), subject="Your receipt from Greenhouse Physio",
             body=("Hi Marta,\n\nThanks for visiting today. Here is your receipt for your records (e.g. for your health insurer).\n\n"
                   "RECEIPT R-22910\nDate: 18/11/2026\nPatient: Marta Wójcik\nFollow-up physiotherapy (45 min) with Callum Reid  £65.00\n"
                   "Paid: Visa ending 4417  £65.00\nBalance: £0.00\n\nGreenhouse Physio, 9 Hope Street, Liverpool L1 9BH"),
             note="Receipt with 'Paid' and 'Balance: £0.00'.")


@noninv
def en_newsletter():
    S = seller("Fernwood Bakery Wholesale", [], "news@fernwoodbakery.co.uk")
    html = ("<html><body><h2>Christmas ordering is open!</h2><p>Dear Fernwood partner,</p><p>Our festive range is back. Trade prices:</p>"
            "<table><tr><td>Mince pies (tray of 24)</td><td>£18.00</td></tr><tr><td>Stollen loaf</td><td>£6.50</td></tr>"
            "<tr><td>Panettone 750g</td><td>£9.20</td></tr><tr><td><b>Sample box</b></td><td><b>£29.00</b></td></tr></table>"
            "<p>Order by 12 December for delivery before the 20th. Invoices as usual on your monthly account.</p>"
            "<p><a href=\"https://fernwoodbakery.co.uk/unsubscribe\">Unsubscribe</a></p></body></html>")
    return N(lang="en", tool="Mailchimp", why_not="A newsletter with trade prices; no amount is billed.", seller=S, rcpt="orders@thelittlecornercafe.co.uk",
             to_name="The Little Corner Cafe", day=D(2026, 11, 21), subject="Christmas ordering is open - festive trade prices", html=html,
             note="HTML newsletter with a price table and a bold 'Sample box' row.")


@noninv
def en_renewal():
    S = seller("Domainly", [], "renewals@domainly.eu")
    return N(lang="en", tool="registrar", why_not="A renewal notice: the card on file will be charged later and an invoice will follow then.", seller=S,
             rcpt="admin@woodandwhistle.co.uk", to_name="Wood & Whistle", day=D(2026, 12, 2), subject="Your domains renew in 30 days",
             body=("Hello,\n\nThe following services renew automatically on 1 January 2027:\n\n"
                   "woodandwhistle.co.uk - 1 year - £11.99\nwoodandwhistle.com - 1 year - £13.49\nEmail Pro (3 mailboxes) - 1 year - £54.00\n"
                   "Estimated total: £79.48 + VAT\n\nNo action is needed - we'll charge your card ending 0932 and send your invoice on the renewal date. "
                   "To cancel, visit your account before 31 December.\n\nDomainly"),
             note="Renewal notice with an estimated total.")


@noninv
def en_timesheet():
    S = seller("Kite & Key Staffing", [], "timesheets@kiteandkey.com")
    return N(lang="en", tool="Bullhorn", why_not="A timesheet for the client to approve; invoicing happens after approval.", seller=S,
             rcpt="r.mahlangu@hollowayfoods.com", to_name="Rudo Mahlangu", day=D(2026, 11, 27), subject="Timesheet for approval – week ending 22/11/2026",
             body=("Dear Rudo,\n\nPlease approve the timesheet below for our contractor.\n\nContractor: Anh Tran (Data Analyst)\nWeek ending: 22/11/2026\n"
                   "Mon 8.0 | Tue 8.0 | Wed 7.5 | Thu 8.0 | Fri 6.0   Total 37.5 hrs\nRate: €68.00/hr   Value: €2,550.00 excl. VAT\n\n"
                   "Approve: https://portal.kiteandkey.com/ts/approve/77Xe\nQuery: https://portal.kiteandkey.com/ts/query/77Xe\n\n"
                   "Once approved, this week will be included on your next invoice.\n\nKite & Key Staffing"),
             note="Timesheet with hours, rate and value; the invoice follows.")


@noninv
def en_paylink():
    S = seller("Maple Pottery Studio", [], "hello@maplepottery.nl")
    return N(lang="en", tool="Mollie payment link", why_not="A payment link for a workshop seat that is not yet booked; no invoice is issued with it.",
             seller=S, rcpt="yuki.tanaka.nl@gmail.com", to_name="Yuki Tanaka", day=D(2026, 11, 22), subject="Payment link for your wheel workshop seat",
             body=("Hi Yuki,\n\nGreat that you want to join the Saturday wheel-throwing workshop (13 December, 10:00-13:00)! "
                   "To reserve your seat, please pay via this link within 48 hours:\n\nhttps://payment-links.mollie.com/payment/8aWq3Rt\n"
                   "Amount: €65.00 (incl. clay, glazing and firing)\n\nIf the link expires the seat goes to the waiting list. "
                   "You'll get a receipt by e-mail after paying.\n\nLove,\nEmma\nMaple Pottery Studio, Utrecht"),
             note="A payment-request link with an amount and deadline.")


@noninv
def en_annual_overview():
    S = seller("Sunflower Childminding", [], "sunflowerchildminding@gmail.com")
    return N(lang="en", tool="typed in the mail", why_not="An annual overview of fees paid, for the parents' tax return; nothing is due.", seller=S,
             rcpt="obi.family@gmail.com", to_name="Chinedu and Ada Obi", day=D(2026, 12, 2), subject="2026 annual overview for your tax return",
             body=("Dear Chinedu and Ada,\n\nAs promised, here is the overview of childcare for Tobenna in 2026, for your childcare benefit / tax return.\n\n"
                   "Registered childminder: Grace Mensah, LRK no. 168493210\nChild: Tobenna Obi\nHours January-December 2026: 1,204\n"
                   "Hourly rate: €9.10\nTotal paid in 2026: €10,956.40\nOutstanding: €0.00\n\n"
                   "December's hours are included as planned; if anything changes I will send a corrected overview.\n\nWarm wishes,\nGrace"),
             note="Annual overview with a total paid and an LRK number.")


@noninv
def de_storno():
    S = seller("Tanzschule Rhythmus", [], "info@tanzschule-rhythmus.de", country="DE")
    return N(lang="de", tool="Kursverwaltung", why_not="Confirms a cancellation and a refund; nothing is to be paid.", seller=S,
             rcpt="k.nowak-berg@web.de", to_name="Katarzyna Nowak-Berg", day=D(2026, 11, 16), subject="Stornobestätigung Kurs Discofox Einsteiger",
             body=("Hallo Frau Nowak-Berg,\n\nhiermit bestätigen wir die Stornierung Ihrer Anmeldung:\n\nKurs: Discofox Einsteiger (Paar), Start 09.01.2027\n"
                   "Buchungsnummer: TR-26-5521\nKursgebühr: 189,00 €\nStornogebühr: 20,00 €\nErstattung: 169,00 € auf Ihr Konto DE…4410 innerhalb von 5 Werktagen\n\n"
                   "Schade, vielleicht sehen wir Sie ein anderes Mal!\n\nIhr Team der Tanzschule Rhythmus"),
             note="Cancellation confirmation with a fee and a refund.")


@noninv
def de_lieferschein():
    S = seller("Holzhandel Wagner GmbH", ["Sägewerkstraße 2", "87527 Sonthofen"], "versand@holzhandel-wagner.de", country="DE")
    p = mk.Page()
    p.text(56, 62, S["name"], 15, True)
    block(p, 56, 76, S["lines"], 8, 10)
    block(p, 56, 160, ["Zimmerei Hölzl GmbH & Co. KG", "Baustelle Oberstdorf, Haus Alpenrose", "Nebelhornstraße 19", "87561 Oberstdorf"])
    kv(p, 360, 160, [("Lieferschein-Nr.", "LS-264418"), ("Datum", "25.11.2026"), ("Auftrag", "AB-26-2201"), ("Kunden-Nr.", "7720")])
    p.text(56, 250, "Lieferschein", 16, True)
    y = 290
    for k, h in enumerate(["Pos.", "Artikel", "Menge", "Einheit"]):
        p.text([56, 90, 400, 450][k], y, h, 8.5, True)
    for k, (a, m, e) in enumerate([("KVH Fichte 60x120 mm, 13 m", "46", "Stk."), ("Dachlatten 30x50 mm", "1.200", "lfm"),
                                   ("OSB/3 Platten 22 mm", "64", "Stk.")]):
        y += 14
        p.text(56, y, str(k + 1), 8.5)
        p.text(90, y, a, 8.5)
        p.text(400, y, m, 8.5)
        p.text(450, y, e, 8.5)
    p.text(56, y + 40, "Ware in einwandfreiem Zustand erhalten:  ______________________   Die Rechnung erhalten Sie gesondert.", 8.5)
    return N(lang="de", tool="ERP", why_not="A delivery note with quantities and no prices; the invoice is sent separately.", seller=S,
             rcpt="buero@zimmerei-hoelzl.de", to_name="Zimmerei Hölzl", day=D(2026, 11, 25), subject="Lieferschein LS-264418",
             pages=[p], fname="Lieferschein_LS-264418.pdf",
             body="Sehr geehrte Damen und Herren,\n\nanbei der Lieferschein zur heutigen Lieferung auf die Baustelle Oberstdorf.\n\nMit freundlichen Grüßen\nVersand Holzhandel Wagner",
             note="Lieferschein PDF in an invoice-like layout without prices.")


@noninv
def de_spende():
    S = seller("Tierheim Sonnenhof e.V.", [], "spenden@tierheim-sonnenhof.de", country="DE")
    return N(lang="de", tool="Vereinssoftware", why_not="A donation receipt (Zuwendungsbestätigung) for the donor's tax return; nothing is owed.", seller=S,
             rcpt="h.albrecht@gmx.net", to_name="Heinz Albrecht", day=D(2026, 11, 28), subject="Ihre Zuwendungsbestätigung 2026",
             body=("Lieber Herr Albrecht,\n\nherzlichen Dank für Ihre Unterstützung! Anbei Ihre Bestätigung über Geldzuwendungen:\n\n"
                   "Name des Zuwendenden: Heinz Albrecht, Birkenweg 3, 37085 Göttingen\nBetrag der Zuwendung: 250,00 € (in Worten: zweihundertfünfzig Euro)\n"
                   "Tag der Zuwendung: 14.11.2026\nEs handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.\n\n"
                   "Wir sind wegen Förderung des Tierschutzes nach dem Freistellungsbescheid des Finanzamts Göttingen, StNr. 20/206/41177, vom 03.05.2025 "
                   "von der Körperschaftsteuer befreit.\n\nMit tierisch lieben Grüßen\nIhr Tierheim Sonnenhof e.V."),
             note="Zuwendungsbestätigung with an amount and a tax number.")


@noninv
def de_gutschrift_ankuendigung():
    S = seller("Werbetechnik Schulte", [], "buchhaltung@werbetechnik-schulte.de", country="DE")
    return N(lang="de", tool="typed in the mail", why_not="Announces a credit note that will follow; the credit note itself is not attached.", seller=S,
             rcpt="einkauf@autohaus-grabowski.de", to_name="Autohaus Grabowski Einkauf", day=D(2026, 11, 19),
             subject="AW: Reklamation Folierung – Rechnung 2026-0877",
             body=("Sehr geehrter Herr Grabowski,\n\nSie haben völlig recht, die zwei Fahrzeuge wurden doppelt berechnet. Wir erstellen Ihnen eine Gutschrift über "
                   "476,00 € brutto zur Rechnung 2026-0877; diese erhalten Sie in den nächsten Tagen per Post und E-Mail. Bitte zahlen Sie die Rechnung "
                   "bis dahin nur in Höhe von 2.142,00 €.\n\nEntschuldigen Sie den Fehler!\n\nMit freundlichen Grüßen\nSabine Schulte\n\n"
                   "> Von: einkauf@autohaus-grabowski.de\n> Auf der Rechnung 2026-0877 sind die Fahrzeuge 7 und 8 zweimal aufgeführt ..."),
             note="Credit-note announcement with amounts and an invoice number; a quoted complaint.")


@noninv
def de_rechnung_angekommen():
    S = seller("Übersetzungen Kaya", [], "info@uebersetzungen-kaya.de", country="DE")
    return N(lang="de", tool="typed in the mail", why_not="Asks whether an earlier invoice arrived; the invoice itself is not attached.", seller=S,
             rcpt="kreditoren@medtech-rheinland.de", to_name="Kreditorenbuchhaltung MedTech Rheinland", day=D(2026, 12, 1),
             subject="Ist meine Rechnung RE-2026-061 angekommen?",
             body=("Guten Tag,\n\nich wollte kurz nachfragen, ob meine Rechnung RE-2026-061 vom 30.10. (Übersetzung Gebrauchsanweisung, 1.428,00 €) bei Ihnen "
                   "angekommen ist. Im Kreditorenportal sehe ich sie noch nicht. Falls etwas fehlt (z. B. Bestellnummer), geben Sie mir gern Bescheid.\n\n"
                   "Viele Grüße\nSelin Kaya"),
             note="Asks about an earlier invoice, with its number, date and amount.")


@noninv
def de_lieferantenrechnung_weiter():
    S = seller("Friseursalon Haarmonie", [], "salon@haarmonie-bonn.de", country="DE")
    return N(lang="de", tool="forwarded", why_not="A supplier's invoice addressed to the business, forwarded to its tax adviser; the business owes it.",
             seller=S, rcpt="belege@stb-hoffmann-bonn.de", to_name="Steuerbüro Hoffmann Belege", day=D(2026, 11, 23),
             subject="WG: Ihre Rechnung 7730018822 von Friseurbedarf Klein",
             body=("Hallo Frau Hoffmann,\n\nanbei die Rechnung vom Großhändler für November zur Buchung. Bezahlt per Lastschrift.\n\nLG Jasmin\n\n"
                   "-------- Weitergeleitete Nachricht --------\nVon: rechnung@friseurbedarf-klein.de\nAn: salon@haarmonie-bonn.de\n\n"
                   "Rechnung Nr. 7730018822 vom 20.11.2026\nKunde: Friseursalon Haarmonie, Inh. Jasmin Becker\n"
                   "Farbe, Pflege, Zubehör lt. Lieferschein: 812,40 € netto, zzgl. 19 % USt 154,36 €, Gesamt 966,76 €\n"
                   "Der Betrag wird am 30.11.2026 von Ihrem Konto " + sp(iban("DE")) + " per SEPA-Lastschrift eingezogen."),
             note="A forwarded supplier bill with totals; the forwarding business is the debtor.")


@noninv
def de_saldenbestaetigung():
    S = seller("Elektrogroßhandel Brandl GmbH", [], "debitoren@brandl-elektro.de", country="DE")
    return N(lang="de", tool="DATEV", why_not="A balance confirmation request for the year-end audit; it bills nothing.", seller=S,
             rcpt="buchhaltung@elektro-oezdemir.de", to_name="Elektro Özdemir GmbH", day=D(2026, 12, 2),
             subject="Saldenbestätigung zum 30.11.2026 – Kd.-Nr. 44102",
             body=("Sehr geehrte Damen und Herren,\n\nim Rahmen unserer Abschlussprüfung bitten wir Sie, den folgenden Saldo zu bestätigen:\n\n"
                   "Kundennummer: 44102\nSaldo zu unseren Gunsten per 30.11.2026: 18.342,77 €\n\n"
                   "Bitte senden Sie das beigefügte Formular unterschrieben bis zum 15.12.2026 an unsere Wirtschaftsprüfer zurück. "
                   "Dies ist keine Zahlungsaufforderung.\n\nMit freundlichen Grüßen\nBuchhaltung Elektrogroßhandel Brandl GmbH"),
             note="Saldenbestätigung with a balance; 'keine Zahlungsaufforderung'.")


# ================================================================ mails, records, check

def qname(name):
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if re.search(r"[()<>@,;:\\\".\[\]]", name):
        return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
    return name


def attach_ubl(eml, xml, fname):
    b = re.search(r'boundary="([^"]+)"', eml).group(1)
    data = base64.encodebytes(xml.encode("utf-8")).decode("ascii")
    part = ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (b, fname, fname, data))
    end = "--%s--\n" % b
    k = eml.rindex(end)
    return eml[:k] + part + eml[k:]


def build_mail(r, d):
    S = r["seller"]
    to = addr(r["to_name"], r["rcpt"])
    extra = list(r.get("extra_headers", []))
    if r.get("reply_to"):
        extra.append("Reply-To: %s" % addr(S["name"], r["reply_to"]))
    if r.get("cc"):
        extra.append("Cc: %s" % ", ".join(r["cc"]))
    kind = r["kind"]
    text = r.get("body")
    html = r.get("html")
    pdf = r.get("pages") is not None
    eml = mk.mail(rng, S["mail"], qname(S["name"]), to, enc(r["subject"]), d, body_text=text, body_html=html, pdf=pdf,
                  extra_headers=extra)
    if r.get("ubl"):
        eml = attach_ubl(eml, r["ubl"], "%s.xml" % r["number"].replace("/", "-"))
    return eml


def make_invoice_record(rid, inv):
    if inv["kind"] in ("pdf", "pdf+ubl"):
        inv["pages"] = render(inv)
        inv.setdefault("fname", "Factuur_%s.pdf" % inv["number"].replace("/", "-") if inv["lang"] == "nl" else
                       ("Rechnung_%s.pdf" % inv["number"].replace("/", "-") if inv["lang"] == "de" else
                        "Invoice_%s.pdf" % inv["number"].replace("/", "-")))
    if inv["kind"] == "pdf+ubl" and "ubl" not in inv:
        inv["ubl"] = ubl(inv, inv["seller"]["name"], inv["debtor"], inv["ref"])
    d = add_days(inv["issue"], inv["delay"])
    eml = build_mail(inv, d)
    exp = mk.expected(inv["number"], inv["due_amt"], inv["total"], inv["issue"], inv["due"], inv["debtor"], inv["rcpt"],
                      inv["iban"], inv["business"], inv["lang"], inv["ref"], inv["cur"], inv["credit"])
    rec = mk.record(rid, inv["tool"], inv["lang"], inv["kind"],
                    {"mail_from": inv.get("mail_from", inv["seller"]["mail"]), "rcpt_to": [inv["rcpt"]] + inv["cc"]},
                    eml, inv.get("pages"), inv.get("fname"), exp, None, inv["note"])
    if inv.get("ubl"):
        rec["ubl"] = inv["ubl"]
    return rec


def make_non_record(rid, n):
    eml = build_mail(n, n["day"])
    return mk.record(rid, n["tool"], n["lang"], "none", {"mail_from": n["seller"]["mail"], "rcpt_to": [n["rcpt"]] + n["cc"]},
                     eml, n.get("pages"), n.get("fname"), None, n["why_not"], n["note"])


FAKE_PDF = ("Content-Type: application/pdf; name=\"x.pdf\"\nContent-Disposition: attachment; filename=\"x.pdf\"\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJSVFT0YK\n")


def mail_text(rec):
    eml = rec["eml"].replace("@@PDF@@\n", FAKE_PDF)
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    problems = []
    for ln in rec["eml"].split("\n\n", 1)[0].split("\n"):
        try:
            ln.encode("ascii")
        except UnicodeEncodeError:
            problems.append("non-ASCII header " + ln)
    texts = []
    for part in msg.walk():
        if part.defects:
            problems.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append("header defects %s %r" % (k, v.defects))
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    if msg["Subject"]:
        texts.append(str(msg["Subject"]))
    return "\n".join(texts), problems


DATE_STYLES = ["dmy-", "dmy.", "dmy/", "iso", "us", "short-en"]


def date_forms(d):
    out = [mk.date(d, s) for s in DATE_STYLES] + [mk.date(d, "long", l) for l in ("nl", "en", "de")]
    out.append(d.strftime("%m/%d/%Y"))
    return out


def money_forms(c):
    return [mk.money(abs(c), s) for s in ("nl", "en", "ch", "sp", "plain")]


IBAN_RE = re.compile(r"\b(?:NL|DE|BE|GB|CH|AT|IE|DK|LU)\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def check(records):
    bad = []
    for r in records:
        body, problems = mail_text(r)
        text = body
        if r.get("pdf"):
            text += "\n" + "\n".join(it["text"] for pg in r["pdf"]["pages"] for it in pg["items"])
        for m in IBAN_RE.finditer(text):
            if re.fullmatch(r"NL\d{9}B\d{2}", m.group(0)):
                continue  # a Dutch VAT number
            if not iban_ok(m.group(0)):
                # a shorter valid prefix (IBAN followed by other words) is fine
                s = m.group(0).replace(" ", "")
                if not any(iban_ok(s[:n]) for n in range(15, len(s))):
                    problems.append("bad IBAN-shaped string %s" % m.group(0))
        e = r["expected"]
        if e:
            flat = text.replace(" ", "")
            if e["number"] not in text:
                problems.append("number")
            for k in ("amount_due_cents", "amount_total_cents"):
                if not any(f in text for f in money_forms(e[k])):
                    problems.append(k)
            if not any(f in text for f in date_forms(D.fromisoformat(e["issue_date"]))):
                problems.append("issue date")
            parts = r.get("_name_parts") or [e["debtor_name"]]
            if not all(p in text for p in parts):
                problems.append("debtor name")
            if e["iban"] and (not iban_ok(e["iban"]) or e["iban"] not in flat):
                problems.append("iban")
            if e["payment_reference"] and e["payment_reference"].replace(" ", "") not in flat:
                problems.append("reference")
            if e["debtor_email"] != r["envelope"]["rcpt_to"][0]:
                problems.append("email")
            if e["credit_note"] != (e["amount_total_cents"] < 0):
                problems.append("credit sign")
            if r.get("ubl"):
                u = r["ubl"]
                for tag, val in (("cbc:ID", e["number"]), ("cbc:IssueDate", e["issue_date"])):
                    if "<%s>%s</%s>" % (tag, val, tag) not in u:
                        problems.append("ubl " + tag)
                if ">%.2f</cbc:PayableAmount>" % (e["amount_due_cents"] / 100.0) not in u:
                    problems.append("ubl payable")
                if e["iban"] and "<cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount>" % e["iban"] not in u:
                    problems.append("ubl iban")
        else:
            if r["kind"] != "none" or r["is_invoice"]:
                problems.append("non-invoice kind")
        if problems:
            bad.append((r["id"], problems))
    return bad


def main():
    items = [("i", f) for f in INVOICES] + [("n", f) for f in NONINV]
    order = list(range(len(items)))
    random.Random(SEED + 1).shuffle(order)
    records = []
    for k, j in enumerate(order):
        kind, fn = items[j]
        rid = "inv-hold7-%03d" % (k + 1)
        if kind == "i":
            inv = fn()
            rec = make_invoice_record(rid, inv)
            if inv.get("name_parts"):
                rec["_name_parts"] = inv["name_parts"]
        else:
            rec = make_non_record(rid, fn())
        records.append(rec)
    bad = check(records)
    for rid, p in bad:
        print("CHECK", rid, p)
    for r in records:
        r.pop("_name_parts", None)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout7.jsonl")
    mk.write(out, records)
    for r in records:
        e = r["expected"]
        if e:
            print("%s %-2s %-8s %-28s %-16s due %10s total %10s %s issue %s due %s | %s | ref %s | %s%s" % (
                r["id"], r["lang"], r["kind"], r["tool"][:28], e["number"], e["amount_due_cents"], e["amount_total_cents"],
                e["currency"], e["issue_date"], e["due_date"], e["debtor_name"], e["payment_reference"],
                "B" if e["business"] else "C", " CREDIT" if e["credit_note"] else ""))
        else:
            print("%s %-2s none     %-28s %s" % (r["id"], r["lang"], r["tool"][:28], r["why_not"]))
    print("records", len(records), "invoices", sum(1 for r in records if r["is_invoice"]), "check failures", len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
