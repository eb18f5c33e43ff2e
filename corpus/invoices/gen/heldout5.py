#!/usr/bin/env python3
"""heldout5: a fifth blind held-out set of invoice mails (50 invoices, 25 mails from a
billing address that are not invoices), written by an author who saw only the README,
mailkit.py and the first two records of heldout4.jsonl (for the format).

Run:  python3 corpus/invoices/gen/heldout5.py   (writes corpus/invoices/heldout5.jsonl)

Every amount is computed here from the lines (VAT per rate, deposits subtracted) and then
printed; every due date given as a term is computed from the issue date; check() runs on
every write and stops if a record's facts are not in its mail or PDF."""
import base64
import datetime
import email
import email.policy
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from email.header import Header
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit  # noqa: E402
from mailkit import Page  # noqa: E402

SEED = 20261202
rng = random.Random(SEED)
D = datetime.date

# --------------------------------------------------------------------------- numbers

IBAN_SHAPE = {"NL": "AAAA0000000000", "DE": "000000000000000000", "BE": "000000000000",
              "GB": "AAAA00000000000000", "CH": "00000000000000000", "AT": "0000000000000000",
              "IE": "AAAA00000000000000", "SE": "00000000000000000000", "LU": "000AAAAAAAAAAAAA"}


def iban(country, bankcode=None):
    bban = ""
    for c in IBAN_SHAPE[country]:
        bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A" else rng.choice("0123456789")
    if country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "BUNQ", "KNAB", "SNSB", "ASNB", "RBRB"]) + bban[4:]
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + bban[4:]
    if country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + bban[4:]
    if bankcode:
        bban = bankcode + bban[4:]
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def sp4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def rf_ref(base):
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, base)


def betalingskenmerk(body15):
    """A 16-digit Dutch betalingskenmerk: check digit (weighted mod 11) first."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(d) * w[i % 10] for i, d in enumerate(reversed(body15)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + body15


def be_structured(ten):
    c = int(ten) % 97 or 97
    s = ten + "%02d" % c
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rnd(x):
    return int(Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------- formats

MON = mailkit.MONTHS
SYM = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "SEK": "kr", "JPY": "¥"}


def grp(units, sep):
    return "{:,}".format(units).replace(",", sep)


def fmt(c, mf, cur="EUR", sym=True):
    """Amount @c (cents; yen for JPY) in money format @mf."""
    neg = c < 0
    c = abs(c)
    u, f = divmod(c, 100)
    s = {
        "nl": lambda: grp(u, ".") + ",%02d" % f,
        "nl-": lambda: grp(u, ".") + (",-" if f == 0 else ",%02d" % f),
        "en": lambda: grp(u, ",") + ".%02d" % f,
        "ch": lambda: grp(u, "'") + ".%02d" % f,
        "sp": lambda: grp(u, " ") + ",%02d" % f,
        "plain": lambda: "%d,%02d" % (u, f),
        "jpy": lambda: grp(c, ","),
    }
    kind, _, pos = mf.partition(":")
    n = s[kind]()
    if neg:
        n = "-" + n
    if not sym:
        return n
    # pos: 'pre' symbol before with space, 'pre0' before without space, 'suf' after,
    # 'code' ISO code before, 'codesuf' ISO code after
    pos = pos or "pre"
    y = SYM[cur]
    if pos == "pre":
        return "%s %s" % (y, n)
    if pos == "pre0":
        return "%s%s" % (y, n) if not neg else "-%s%s" % (y, n[1:])
    if pos == "suf":
        return "%s %s" % (n, y)
    if pos == "code":
        return "%s %s" % (cur, n)
    if pos == "codesuf":
        return "%s %s" % (n, cur)
    raise ValueError(pos)


def fd(d, style, lang="nl"):
    if style == "dmyy":
        return "%d-%d-%02d" % (d.day, d.month, d.year % 100)
    if style == "d-m-y":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    if style == "d.m.y":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "%d%s %s %d" % (d.day, suf, MON["en"][d.month - 1], d.year)
    if style == "longm":  # Austrian
        m = MON["de"][d.month - 1].replace("Januar", "Jänner")
        return "%d. %s %d" % (d.day, m, d.year)
    return mailkit.date(d, style, lang)


def add_days(d, n):
    return d + datetime.timedelta(days=n)


def month_end(d):
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


# --------------------------------------------------------------------------- mail

def hdr_addr(name, addr):
    if not name:
        return addr
    if all(ord(ch) < 128 for ch in name):
        if re.search(r'[,.()"@:;]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def hdr_list(v):
    """A raw To/Cc value with its display names encoded where they are not ASCII."""
    if all(ord(ch) < 128 for ch in v):
        return v
    return re.sub(r'("?)([^<>,"]*[^\x00-\x7f][^<>,"]*?)\1\s*<([^>]+)>',
                  lambda m: "%s <%s>" % (Header(m.group(2).strip(), "utf-8").encode(), m.group(3)), v)


def hdr_text(s):
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8", maxlinelen=900).encode()


def build_mail(sender, sender_name, to, subject, sent, text=None, html=None, pdf=False,
               ubl=None, ubl_name=None, cc=None, reply_to=None, envelope_from=None,
               extra=(), msgid_domain=None):
    """@to is the raw To header value (may be malformed); names are encoded here."""
    b = "----=_hd5_%08x" % rng.getrandbits(32)
    h = ["From: %s" % hdr_addr(sender_name, sender), "To: %s" % hdr_list(to)]
    if cc:
        h.append("Cc: %s" % hdr_list(cc))
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h += ["Subject: %s" % hdr_text(subject), "Date: %s" % mailkit.rfc2822(sent, rng),
          "Message-ID: <%016x.%s@%s>" % (rng.getrandbits(64), "hd5", msgid_domain or sender.split("@")[1]),
          "MIME-Version: 1.0"]
    h += list(extra)
    parts = []
    if text is not None:
        parts.append("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text.rstrip("\n") + "\n")
    if html is not None:
        parts.append("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + html.rstrip("\n") + "\n")
    if len(parts) == 1 and not pdf and not ubl:
        return "\n".join(h) + "\n" + parts[0]
    if len(parts) == 2:
        b2 = b + "_alt"
        parts = ["Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b2 + "".join(
            "--%s\n%s\n" % (b2, p) for p in parts) + "--%s--\n" % b2]
    out = "\n".join(h) + "\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n" % b
    for p in parts:
        out += "--%s\n%s\n" % (b, p)
    if pdf:
        out += "--%s\n@@PDF@@\n" % b
    if ubl:
        enc = base64.encodebytes(ubl.encode("utf-8")).decode("ascii")
        out += ("--%s\nContent-Type: application/xml; name=\"%s\"\nContent-Disposition: attachment; "
                "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n" % (b, ubl_name, ubl_name, enc))
    out += "--%s--\n" % b
    return out


# --------------------------------------------------------------------------- documents

VOC = {
    "nl": dict(number="Factuurnummer", date="Factuurdatum", due="Vervaldatum", cust="Klantnummer",
               ref="Betalingskenmerk", desc="Omschrijving", qty="Aantal", unit="Prijs", total="Bedrag",
               vatcol="BTW", sub="Subtotaal", vat="BTW {r}%", tot="Totaal", paid="Reeds betaald",
               todo="Te betalen", title="Factuur", date_col="Datum", hours="Uren", rate="Tarief"),
    "en": dict(number="Invoice number", date="Invoice date", due="Due date", cust="Customer no.",
               ref="Reference", desc="Description", qty="Qty", unit="Unit price", total="Amount",
               vatcol="VAT", sub="Subtotal", vat="VAT {r}%", tot="Total", paid="Less amount paid",
               todo="Amount due", title="Invoice", date_col="Date", hours="Hours", rate="Rate"),
    "de": dict(number="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", cust="Kundennummer",
               ref="Verwendungszweck", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", total="Gesamt",
               vatcol="USt.", sub="Zwischensumme netto", vat="zzgl. USt. {r} %", tot="Gesamtbetrag",
               paid="abzgl. Anzahlung", todo="Zahlbetrag", title="Rechnung", date_col="Datum",
               hours="Std.", rate="Satz"),
}


def pct(r, lang):
    s = ("%g" % r)
    return s.replace(".", ",") if lang in ("nl", "de") else s


def compute(inv):
    """Line totals, VAT per rate, total, paid, due; all in cents (yen for JPY)."""
    rows = []
    base = {}
    for ln in inv["lines"]:
        desc, qty, unit, rate = ln[:4]
        amt = rnd(Decimal(str(qty)) * Decimal(str(unit)))
        rows.append((ln, amt))
        base[rate] = base.get(rate, 0) + amt
    net = sum(a for _, a in rows)
    vat = {r: rnd(Decimal(b) * Decimal(str(r)) / 100) for r, b in base.items()}
    if inv.get("incl"):  # prices include VAT (consumer web shop): VAT is the share inside
        vat = {r: rnd(Decimal(b) * Decimal(str(r)) / (100 + Decimal(str(r)))) for r, b in base.items()}
        total = net
    else:
        total = net + sum(vat.values())
    paid = sum(c for _, c in inv.get("paid", []))
    inv["_rows"], inv["_net"], inv["_base"], inv["_vat"] = rows, net, base, vat
    inv["_total"], inv["_paid"], inv["_due_amt"] = total, paid, total - paid
    return inv


PROTECT = re.compile(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?|RF\d\d(?: [A-Z0-9]{1,4})+|\d{4} \d{4} \d{4} \d{4}")


def wrap(text, width, size):
    """Split @text into lines of at most @width points; never inside an IBAN or a reference."""
    maxc = int(width / (size * 0.5))
    if len(text) <= maxc:
        return [text]
    prot = text
    for m in PROTECT.finditer(text):
        prot = prot[:m.start()] + m.group(0).replace(" ", "\x00") + prot[m.end():]
    lines, cur = [], ""
    for w in prot.split(" "):
        if cur and len(cur) + 1 + len(w) > maxc:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return [ln.replace("\x00", " ") for ln in lines]


def render(doc, L):
    """@doc: seller, deb (lines), deb_label, title, details [(l, v)], cols [(key, header, x, align)],
    rows [[cells]], totals [(l, v, bold)], pay [lines], notes [lines], footer [lines].
    @L: layout options."""
    p = Page()
    s = doc["seller"]
    head = L.get("head", "left")
    fs = L.get("font", 9)
    if head == "left":
        p.text(56, 62, s["name"], 17, True)
        y = 76
        for ln in s["addr"]:
            p.text(56, y, ln, 8)
            y += 10
    elif head == "right":
        p.right(539, 62, s["name"], 16, True)
        y = 76
        for ln in s["addr"]:
            p.right(539, y, ln, 8)
            y += 10
        if L.get("logo"):
            p.text(56, 70, L["logo"], 26, True)
    elif head == "center":
        w = len(s["name"]) * 15 * 0.55
        p.text(int(297 - w / 2), 60, s["name"], 15, True)
        line = "  ·  ".join(s["addr"])
        p.text(int(297 - len(line) * 8 * 0.24), 74, line, 8)
        p.rule(56, 82, 539, 82)
    elif head == "oneline":
        p.text(56, 48, s["name"], 11, True)
        p.text(56, 60, "  |  ".join(s["addr"]), 7)
        p.rule(56, 66, 539, 66)
    elif head == "band":
        p.text(56, 66, s["name"], 20, True)
        if s.get("tagline"):
            p.text(56, 80, s["tagline"], 8)
        y = 50
        for ln in s["addr"]:
            p.right(539, y, ln, 8)
            y += 10
        p.rule(56, 92, 539, 92)
    # debtor
    win = L.get("win", "left")
    wx = 56 if win == "left" else 320
    wy = L.get("wy", 150)
    if L.get("retline"):
        rl = L["retline"] if isinstance(L["retline"], str) else doc["seller"].get(
            "retline", " · ".join([doc["seller"]["name"]] + doc["seller"]["addr"][:2]))
        p.text(wx, wy - 14, rl, 6)
        p.rule(wx, wy - 11, wx + 220, wy - 11)
    if doc.get("deb_label"):
        p.text(wx, wy - 2, doc["deb_label"], 8, True)
        wy += 12
    y = wy
    for ln in doc["deb"]:
        p.text(wx, y, ln, 10)
        y += 13
    deb_end = y
    for bx, by, blab, blines in doc.get("blocks", []):
        p.text(bx, by, blab, 8, True)
        for k, ln in enumerate(blines):
            p.text(bx, by + 13 + 12 * k, ln, 9.5)
    # details
    det = L.get("det", "beside")
    title = doc["title"]
    ty = L.get("ty", 262)
    if det == "beside":
        ox = 330 if win == "left" else 56
        vx = ox + L.get("vdx", 95)
        y = L.get("dy", 150)
        if L.get("title_beside"):
            p.text(ox, y - 18, title, 16, True)
        for l, v in doc["details"]:
            p.text(ox, y, l, 8.5)
            p.text(vx, y, v, 8.5, L.get("vbold", False))
            y += 12
        if not L.get("title_beside"):
            p.text(56, ty, title, 18, True)
        top = max(ty + 26, y + 20, deb_end + 30)
    elif det == "box":
        ox = 330 if win == "left" else 56
        y0 = L.get("dy", 140)
        h = 12 * len(doc["details"]) + 10
        p.rule(ox - 6, y0 - 10, ox + 215, y0 - 10)
        p.rule(ox - 6, y0 + h - 10, ox + 215, y0 + h - 10)
        p.rule(ox - 6, y0 - 10, ox - 6, y0 + h - 10)
        p.rule(ox + 215, y0 - 10, ox + 215, y0 + h - 10)
        y = y0 + 2
        for l, v in doc["details"]:
            p.text(ox, y, l, 8.5, True)
            p.right(ox + 208, y, v, 8.5)
            y += 12
        p.text(56, ty, title, 16, True)
        top = max(ty + 26, y0 + h + 20, deb_end + 30)
    elif det == "row":
        p.text(56, ty - 22, title, 16, True)
        n = len(doc["details"])
        step = (483) / n
        p.rule(56, ty - 8, 539, ty - 8)
        for i, (l, v) in enumerate(doc["details"]):
            p.text(int(56 + i * step), ty + 2, l, 7.5, True)
            p.text(int(56 + i * step), ty + 15, v, 9)
        p.rule(56, ty + 21, 539, ty + 21)
        top = ty + 46
    elif det == "under":
        p.text(56, ty, title, 16, True)
        y = ty + 20
        for l, v in doc["details"]:
            p.text(56, y, l, 9)
            p.text(56 + L.get("vdx", 110), y, v, 9)
            y += 12
        top = y + 16
    elif det == "inline":
        p.text(56, ty, title, 15, True)
        p.text(56, ty + 18, L.get("sep", "   ").join("%s %s" % lv for lv in doc["details"]), 8.5)
        top = ty + 44
    elif det == "letter":
        p.right(539, L.get("placey", 238), doc["place_date"], 10)
        y = L.get("placey", 238) + 26
        for ln in doc["letter"]:
            p.text(56, y, ln.lstrip("*"), 10, ln.startswith("*"))
            y += 14
        top = y + 10
    else:
        raise ValueError(det)
    for ln in doc.get("pre", []):
        p.text(56, top, ln, fs)
        top += 12
    if doc.get("pre"):
        top += 6
    # table
    y = top
    cols = doc["cols"]
    for key, hd, x, al in cols:
        p.text(x, y, hd, 8.5, True, al)
    if L.get("grid"):
        p.rule(56, y - 11, 539, y - 11)
    p.rule(56, y + 4, 539, y + 4)
    y += 17
    xs = [c[2] for c in cols]
    for row in doc["rows"]:
        extra = 0
        for ci, ((key, hd, x, al), cell) in enumerate(zip(cols, row)):
            if cell == "":
                continue
            if key == "desc":
                nxt = [xx for xx in xs if xx > x]
                room = (min(nxt) - x - 55) if nxt else (539 - x)
                parts = wrap(cell, room, fs)
                for k, part in enumerate(parts):
                    p.text(x, y + 11 * k, part, fs, False, al)
                extra = max(extra, 11 * (len(parts) - 1))
            else:
                p.text(x, y, cell, fs, False, al)
        y += extra
        if L.get("grid"):
            p.rule(56, y + 4, 539, y + 4)
        y += 14 if not L.get("tight") else 12
    if not L.get("grid"):
        p.rule(56, y - 6, 539, y - 6)
    y += 8
    tx = L.get("tx", 350)
    for l, v, bold in doc["totals"]:
        tx = min(tx, int(539 - (len(l) + len(v)) * fs * 0.55 - 12))
    for l, v, bold in doc["totals"]:
        if l == "---":
            p.rule(tx, y - 9, 539, y - 9)
            continue
        p.text(tx, y, l, fs, bold)
        p.right(539, y, v, fs, bold)
        y += 13
    y += 14
    if L.get("paybox"):
        h = 13 * sum(len(wrap(ln, 465, fs)) for ln in doc["pay"]) + 10
        p.rule(56, y - 12, 539, y - 12)
        p.rule(56, y + h - 12, 539, y + h - 12)
        p.rule(56, y - 12, 56, y + h - 12)
        p.rule(539, y - 12, 539, y + h - 12)
        y += 2
        for ln in doc["pay"]:
            for part in wrap(ln, 465, fs):
                p.text(64, y, part, fs)
                y += 13
        y += 14
    else:
        for ln in doc["pay"]:
            for part in wrap(ln, 480, fs):
                p.text(56, y, part, fs)
                y += 13
        y += 8
    for ln in doc.get("notes", []):
        for part in wrap(ln, 480, 8):
            p.text(56, y, part, 8)
            y += 11
    # slip (Xero payment advice) or footer
    if doc.get("slip"):
        sy = max(y + 20, 660)
        p.rule(56, sy - 14, 539, sy - 14)
        p.text(56, sy, "PAYMENT ADVICE", 12, True)
        yy = sy + 16
        for ln in doc["slip"][0]:
            p.text(56, yy, ln, 8.5)
            yy += 11
        yy = sy + 16
        for l, v in doc["slip"][1]:
            p.text(320, yy, l, 8.5, True)
            p.right(539, yy, v, 8.5)
            yy += 12
    fy = 790
    if doc.get("footer"):
        p.rule(56, fy - 10, 539, fy - 10)
        if not isinstance(doc["footer"][0], str):
            cw = 483 / len(doc["footer"])
            for i, col in enumerate(doc["footer"]):
                yy = fy
                for ln in col:
                    p.text(int(56 + i * cw), yy, ln, 6.5)
                    yy += 8.5
        else:
            yy = fy
            for ln in doc["footer"]:
                p.text(56, yy, ln, 6.5)
                yy += 9
    return p


COLSETS = {
    "dqut": [("desc", "desc", 56, "left"), ("qty", "qty", 350, "right"), ("unit", "unit", 440, "right"),
             ("total", "total", 539, "right")],
    "qdut": [("qty", "qty", 56, "left"), ("desc", "desc", 92, "left"), ("unit", "unit", 440, "right"),
             ("total", "total", 539, "right")],
    "dquvt": [("desc", "desc", 56, "left"), ("qty", "qty", 310, "right"), ("unit", "unit", 385, "right"),
              ("vat", "vatcol", 440, "right"), ("total", "total", 539, "right")],
    "ddhrt": [("date", "date_col", 56, "left"), ("desc", "desc", 112, "left"), ("qty", "hours", 370, "right"),
              ("unit", "rate", 445, "right"), ("total", "total", 539, "right")],
    "dt": [("desc", "desc", 56, "left"), ("total", "total", 539, "right")],
    "qd": [("qty", "qty", 56, "left"), ("desc", "desc", 100, "left")],
    "pdqut": [("pos", "pos", 56, "left"), ("desc", "desc", 84, "left"), ("qty", "qty", 340, "right"),
              ("unit", "unit", 435, "right"), ("total", "total", 539, "right")],
}


def qtyfmt(q, lang):
    if q == int(q):
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if lang in ("nl", "de") else s


def unitfmt(u, mf, cur, sym):
    if u == int(u):
        return fmt(int(u), mf, cur, sym)
    s = fmt(int(u * 10), mf.replace("jpy", "en"), cur, sym)  # tenths of a cent: one more digit
    m = re.search(r"(\d)([.,])(\d)(\d)", s)
    return s[:m.start()] + "0" + m.group(2) + m.group(1) + m.group(3) + m.group(4) + s[m.end():]


def make_doc(inv, L):
    """The document of an invoice (or a non-invoice in invoice shape), labels resolved."""
    lang = inv["lang"]
    v = dict(VOC[lang])
    v["pos"] = {"nl": "Nr.", "en": "#", "de": "Pos."}[lang]
    v.update(L.get("voc", {}))
    v.update(inv.get("voc", {}))
    mf, cur = inv["mf"], inv.get("cur", "EUR")
    M = lambda c, sym=True: fmt(c, mf, cur, sym)  # noqa: E731
    df = inv["df"]
    F = lambda d: fd(d, df, lang)  # noqa: E731
    cols = [(k, v[h], x, a) for k, h, x, a in COLSETS[L.get("cols", "dqut")]]
    rows = []
    line_sym = L.get("line_sym", False)
    for i, (ln, amt) in enumerate(inv["_rows"]):
        desc, qty, unit, rate = ln[:4]
        extra = ln[4] if len(ln) > 4 else {}
        row = []
        for k, _, _, _ in cols:
            row.append({"desc": desc, "qty": qtyfmt(qty, lang), "unit": unitfmt(unit, mf, cur, line_sym),
                        "total": M(amt, line_sym), "vat": pct(rate, lang) + "%",
                        "date": extra.get("date", ""), "pos": str(i + 1)}[k])
        rows.append(row)
    totals = []
    tot_style = L.get("totals", "std")
    if inv.get("nototals"):
        pass
    elif inv.get("novat"):
        totals.append((v["tot"], M(inv["_total"]), True))
    elif inv.get("incl"):
        totals.append((v["tot"], M(inv["_total"]), True))
        for r, a in sorted(inv["_vat"].items()):
            totals.append((v.get("incl_vat", "waarvan BTW {r}%").format(r=pct(r, lang)), M(a), False))
    else:
        totals.append((v["sub"], M(inv["_net"]), False))
        for r, a in sorted(inv["_vat"].items()):
            if inv.get("hide0") and r == 0:
                continue
            lab = v["vat"].format(r=pct(r, lang))
            if L.get("vat_base"):
                lab += " " + v.get("over", "over") + " " + M(inv["_base"][r], False)
            totals.append((inv.get("vat_label", {}).get(r, lab), M(a), False))
        if tot_style == "rule":
            totals.append(("---", "", False))
        totals.append((v["tot"], M(inv["_total"]), True))
    for lab, c in inv.get("paid", []):
        totals.append((lab, M(-c), False))
    if inv.get("paid"):
        totals.append((v["todo"], M(inv["_due_amt"]), True))
    doc = dict(seller=inv["seller"], deb=inv["deb"], deb_label=inv.get("deb_label", L.get("deb_label")),
               title=inv.get("title", v["title"]), cols=cols, rows=rows, totals=totals,
               details=[], pay=[], notes=inv.get("notes", []), footer=inv["seller"].get("footer"),
               pre=inv.get("pre", []), blocks=inv.get("blocks", []))
    ctx = inv["_ctx"]
    for item in inv.get("details", L.get("details", [])):
        lab, val = item
        doc["details"].append((v.get(lab, lab), val.format(**ctx) if "{" in val else val))
    doc["pay"] = [ln.format(**ctx) for ln in inv.get("pay", L.get("pay", []))]
    doc["notes"] = [ln.format(**ctx) for ln in doc["notes"]]
    if inv.get("slip"):
        doc["slip"] = ([ln.format(**ctx) for ln in inv["slip"][0]],
                       [(a, b.format(**ctx)) for a, b in inv["slip"][1]])
    if inv.get("letter"):
        doc["letter"] = [ln.format(**ctx) for ln in inv["letter"]]
        doc["place_date"] = inv["place_date"].format(**ctx)
    return doc


def ubl_xml(inv):
    """A UBL 2.1 invoice with the same facts as the PDF."""
    cur = inv.get("cur", "EUR")
    a = lambda c: "%d.%02d" % divmod(c, 100) if c >= 0 else "-%d.%02d" % divmod(-c, 100)  # noqa: E731
    s = inv["seller"]
    lines = []
    for i, (ln, amt) in enumerate(inv["_rows"]):
        desc, qty, unit, rate = ln[:4]
        lines.append("""  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>%s</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="%s">%s</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>""" % (i + 1, "HUR" if ln[4:] and ln[4].get("hours") else "C62", ("%g" % qty), cur, a(amt),
                           desc.replace("&", "&amp;"), "AE" if rate == 0 and inv.get("reverse") else ("S" if rate else "Z"),
                           rate, cur, a(unit)))
    sub = "".join("""
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="%s">%s</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>""" % (cur, a(inv["_base"][r]), cur, a(inv["_vat"][r]), "AE" if r == 0 and inv.get("reverse") else ("S" if r else "Z"), r)
        for r in sorted(inv["_base"]))
    prepaid = ('\n    <cbc:PrepaidAmount currencyID="%s">%s</cbc:PrepaidAmount>' % (cur, a(inv["_paid"]))) if inv["_paid"] else ""
    pid = ("\n    <cbc:PaymentID>%s</cbc:PaymentID>" % inv["ref"]) if inv.get("ref") else ""
    cust = inv["ubl_customer"]
    return """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>%s</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
  <cbc:DueDate>%s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>%s
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>
      <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>%s
      <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>
      <cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>%s
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>%s</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount>%s
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="%s">%s</cbc:TaxInclusiveAmount>%s
    <cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
%s
</Invoice>
""" % (inv.get("ubl_custom", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"),
       inv["number"], inv["issue"].isoformat(), inv["due"].isoformat(), cur,
       ("\n  <cbc:BuyerReference>%s</cbc:BuyerReference>" % inv["buyer_ref"]) if inv.get("buyer_ref") else "",
       s["name"].replace("&", "&amp;"), s["vat"], s.get("legal", s["name"]).replace("&", "&amp;"),
       cust["name"].replace("&", "&amp;"),
       ("\n      <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" % cust["vat"]) if cust.get("vat") else "",
       cust["name"].replace("&", "&amp;"), inv["email"], pid, inv["iban"], inv.get("term_text") or "",
       cur, a(sum(inv["_vat"].values())), sub,
       cur, a(inv["_net"]), cur, a(inv["_net"]), cur, a(inv["_total"]), prepaid, cur, a(inv["_due_amt"]),
       "\n".join(lines))


def ctx_of(inv):
    lang = inv["lang"]
    mf, cur = inv["mf"], inv.get("cur", "EUR")
    M = lambda c, sym=True: fmt(c, mf, cur, sym)  # noqa: E731
    F = lambda d: fd(d, inv["df"], lang)  # noqa: E731
    c = dict(total=M(inv["_total"]), due_amt=M(inv["_due_amt"]), net=M(inv["_net"]),
             n_total=M(inv["_total"], False), n_due_amt=M(inv["_due_amt"], False), n_net=M(inv["_net"], False),
             number=inv["number"], issue=F(inv["issue"]), due=F(inv["due"]) if inv.get("due") else "",
             iban=sp4(inv["iban"]) if inv.get("iban") else "", iban0=inv.get("iban") or "",
             bic=inv["seller"].get("bic", ""), ref=inv.get("ref_print", ""), seller=inv["seller"]["name"],
             holder=inv["seller"].get("holder", inv["seller"]["name"]), term=inv.get("term_text", ""),
             debtor=inv.get("debtor_name", ""))
    for r, a in inv["_vat"].items():
        k = ("%g" % r).replace(".", "_")
        c["vat" + k] = M(a)
        c["n_vat" + k] = M(a, False)
        c["base" + k] = M(inv["_base"][r])
    for i, (ln, amt) in enumerate(inv["_rows"]):
        c["l%d" % (i + 1)] = M(amt)
        c["n_l%d" % (i + 1)] = M(amt, False)
        c["u%d" % (i + 1)] = unitfmt(ln[2], mf, cur, True)
        c["n_u%d" % (i + 1)] = unitfmt(ln[2], mf, cur, False)
    for i, (lab, a) in enumerate(inv.get("paid", [])):
        c["paid%d" % (i + 1)] = M(a)
        c["n_paid%d" % (i + 1)] = M(a, False)
    if inv.get("skonto"):
        c["skonto"] = M(inv["_total"] - rnd(Decimal(inv["_total"]) * inv["skonto"] / 100))
    c.update(inv.get("ctx", {}))
    return c


def fill(t, ctx):
    return t.format(**ctx) if t else t


INVOICES = []
NONINV = []


def I(**kw):  # noqa: E743
    INVOICES.append(kw)


def N(**kw):
    kw.setdefault("seller", kw.pop("sender", None))
    NONINV.append(kw)


def finish(inv):
    compute(inv)
    iss = inv["issue"]
    if inv.get("credit"):
        inv["due"] = None
    elif "term" in inv:
        t = inv["term"]
        inv["due"] = month_end(iss) if t == "eom" else add_days(iss, t)
    inv["_ctx"] = ctx_of(inv)
    return inv


def html_invoice(inv, L, intro, outro, style="app"):
    """An HTML body carrying the whole invoice as tables (a shop's or a platform's mail)."""
    doc = make_doc(inv, L)
    font, shade = {"shop": ("Arial,Helvetica,sans-serif", "#f2f2f2"),
                   "app": ("Helvetica,Arial,sans-serif", "#eaf1f8"),
                   "plain": ("Calibri,Arial,sans-serif", "#ffffff")}[style]
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title></head>' % doc["title"],
         '<body style="margin:0;padding:0;font-family:%s;font-size:14px;color:#222">' % font,
         '<table width="600" cellpadding="0" cellspacing="0" align="center" style="border-collapse:collapse">',
         '<tr><td style="padding:18px 20px;background:%s"><strong style="font-size:20px">%s</strong><br>'
         '<span style="font-size:12px">%s</span></td></tr>' % (shade, doc["seller"]["name"], " &middot; ".join(doc["seller"]["addr"])),
         '<tr><td style="padding:16px 20px">%s</td></tr>' % intro]
    if doc["deb"]:
        h.append('<tr><td style="padding:4px 20px"><table cellpadding="2"><tr><td valign="top" style="padding-right:40px">'
                 + ('<b>%s</b><br>' % doc["deb_label"] if doc.get("deb_label") else "")
                 + "<br>".join(doc["deb"]) + '</td><td valign="top"><table cellpadding="2">'
                 + "".join('<tr><td style="color:#666">%s</td><td><b>%s</b></td></tr>' % lv for lv in doc["details"])
                 + '</table></td></tr></table></td></tr>')
    h.append('<tr><td style="padding:12px 20px"><table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:13px">')
    h.append('<tr style="background:%s">' % shade + "".join(
        '<th align="%s">%s</th>' % (al, hd) for _, hd, _, al in doc["cols"]) + '</tr>')
    for row in doc["rows"]:
        h.append('<tr style="border-bottom:1px solid #ddd">' + "".join(
            '<td align="%s">%s</td>' % (al, cell) for (_, _, _, al), cell in zip(doc["cols"], row)) + '</tr>')
    n = len(doc["cols"])
    for lab, val, bold in doc["totals"]:
        if lab == "---":
            continue
        t = '<tr><td colspan="%d" align="right">%s</td><td align="right">%s</td></tr>' % (n - 1, lab, val)
        h.append(t.replace('">%s<' % lab, '"><b>%s</b><' % lab).replace('">%s</td></tr>' % val, '"><b>%s</b></td></tr>' % val) if bold else t)
    h.append('</table></td></tr>')
    if doc["pay"]:
        h.append('<tr><td style="padding:8px 20px">' + "<br>".join(doc["pay"]) + '</td></tr>')
    h.append('<tr><td style="padding:12px 20px 24px">%s</td></tr>' % outro)
    if doc.get("footer"):
        h.append('<tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #ddd">%s</td></tr>'
                 % "<br>".join(x if isinstance(x, str) else " · ".join(x) for x in doc["footer"]))
    h.append('</table></body></html>')
    return "\n".join(h)


NLBIC = {"ABNA": "ABNANL2A", "RABO": "RABONL2U", "INGB": "INGBNL2A", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A",
         "KNAB": "KNABNL2H", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21", "RBRB": "RBRBNL21"}


def S(name, addr, email, country="NL", bank=None, footer=None, **kw):
    s = dict(name=name, addr=addr, email=email, country=country)
    s["iban"] = bank if bank is not None else iban(country, kw.pop("bankcode", None))
    s.update(kw)
    if country == "NL" and s["iban"]:
        s["bic"] = NLBIC[s["iban"][4:8]]
    if footer == "nl":
        s["footer"] = ["%s · %s" % (name, " · ".join(addr[:2])),
                       "KvK %s · BTW %s · IBAN %s · BIC %s" % (s["kvk"], s["vat"], sp4(s["iban"]), s["bic"])]
    elif footer == "nl-cols":
        s["footer"] = [[name] + addr[:2], ["KvK " + s["kvk"], "Btw-id " + s["vat"]],
                       ["IBAN " + sp4(s["iban"]), "BIC " + s["bic"]], [email, s.get("web", "")]]
    elif footer == "de-cols":
        s["footer"] = [[name] + s.get("postal", addr[:2]), [s.get("reg", ""), "USt-IdNr.: " + s["vat"] if s.get("vat") else "Steuernr.: " + s["stnr"]],
                       [s.get("bankname", "Bank"), "IBAN: " + sp4(s["iban"]), "BIC: " + s["bic"]],
                       ["Tel. " + s.get("tel", ""), email]]
    elif footer == "en":
        s["footer"] = ["%s · %s" % (name, ", ".join(addr)), "%s · IBAN %s · BIC %s" % (s.get("reg", ""), sp4(s["iban"]), s["bic"])]
    elif footer:
        s["footer"] = footer
    return s


def kvk():
    return "%08d" % rng.randint(10000000, 99999999)


def nlvat():
    return "NL%09dB%02d" % (rng.randint(1, 999999999), rng.choice([1, 1, 1, 2]))


def devat():
    return "DE%09d" % rng.randint(100000000, 999999999)


# ---------------------------------------------------------------- layouts (PDF)

L = {}
L["moneybird"] = dict(head="right", win="left", det="beside", dy=150, ty=270, cols="dqut",
                      details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}")],
                      pay=["We verzoeken je vriendelijk het bedrag van {due_amt} vóór {due} over te maken op",
                           "{iban} ten name van {holder}, onder vermelding van factuurnummer {number}."])
L["moneybird-credit"] = dict(L["moneybird"], details=[("Creditfactuurnummer", "{number}"), ("date", "{issue}"),
                                                      ("Betreft factuur", "{orig}")],
                             pay=["Het bedrag van {total} wordt binnen 5 werkdagen teruggestort op je rekening."])
L["moneybird-label"] = dict(head="left", win="left", deb_label="Factuur aan", det="box", dy=150, ty=275, cols="dquvt")
L["exact"] = dict(head="left", win="right", wy=160, det="row", ty=292, cols="dquvt", totals="rule",
                  voc=dict(number="Factuur", date="Datum", cust="Debiteur", vatcol="BTW%", unit="Prijs/st"))
L["eboekhouden"] = dict(head="center", win="left", wy=140, det="beside", dy=140, ty=250, cols="qdut",
                        voc=dict(unit="Stukprijs", title="FACTUUR"))
L["snelstart"] = dict(head="band", win="right", wy=150, det="box", dy=150, ty=262, cols="pdqut", vat_base=True,
                      voc=dict(vat="BTW hoog {r}%", over="over"))
L["jortt"] = dict(head="oneline", win="left", wy=120, det="beside", dy=122, title_beside=True, cols="dqut", ty=200,
                  voc=dict(todo="Nog te betalen"))
L["wefact"] = dict(head="left", win="left", det="beside", dy=150, ty=262, cols="dquvt", paybox=True,
                   voc=dict(due="Te betalen voor"))
L["informer"] = dict(head="right", win="right", wy=160, deb_label="Factuuradres", det="under", ty=262, vdx=100,
                     cols="dquvt", voc=dict(date="Datum", number="Factuurnr."))
L["twinfield"] = dict(head="left", win="left", det="row", ty=275, cols="pdqut", footcols=True, totals="rule")
L["word-nl"] = dict(head="left", win="left", wy=150, det="letter", placey=235, cols="dqut")
L["word-nl-right"] = dict(head="right", win="left", wy=158, det="letter", placey=240, cols="dt")
L["excel-nl"] = dict(head="left", win="left", wy=140, det="under", ty=235, vdx=95, cols="qdut", grid=True,
                     line_sym=True, tight=True)
L["aannemer"] = dict(head="band", win="left", wy=140, det="beside", dy=140, ty=255, cols="dt", tx=300,
                     voc=dict(title="EINDFACTUUR"))
L["be"] = dict(head="left", win="right", wy=160, det="box", dy=160, ty=262, cols="dquvt", paybox=True,
               voc=dict(vatcol="Btw", vat="Btw {r}%", sub="Totaal excl. btw", tot="Totaal incl. btw",
                        due="Vervaldag", number="Factuurnr."))
L["praktijk"] = dict(head="center", win="left", wy=140, deb_label="Eigenaar", det="under", ty=235, cols="ddhrt",
                     voc=dict(title="Nota", hours="Aantal", rate="Prijs", number="Notanummer", date="Notadatum"))
L["xero"] = dict(head="right", win="left", wy=150, det="beside", dy=150, ty=128, cols="dquvt",
                 voc=dict(title="TAX INVOICE", number="Invoice Number", date="Invoice Date", due="Due Date",
                          vat="TOTAL VAT {r}%", tot="TOTAL GBP", sub="Subtotal", vatcol="VAT"))
L["quickbooks"] = dict(head="left", win="left", wy=165, deb_label="BILL TO", det="box", dy=150, ty=130,
                       cols="ddhrt", voc=dict(title="INVOICE", number="INVOICE #", date="DATE", due="DUE DATE",
                                              tot="TOTAL", paid="PAYMENT RECEIVED", todo="BALANCE DUE",
                                              hours="QTY", rate="RATE", total="AMOUNT", desc="ACTIVITY",
                                              date_col="DATE", vat="SALES TAX ({r}%)", sub="SUBTOTAL"))
L["zoho"] = dict(head="left", win="left", wy=175, deb_label="Bill To", det="beside", dy=175, title_beside=True,
                 cols="pdqut", voc=dict(title="INVOICE", number="Invoice#", date="Invoice Date", due="Due Date",
                                        tot="Total", paid="Payment Made", todo="Balance Due", pos="#",
                                        desc="Item & Description", unit="Rate"))
L["freshbooks"] = dict(head="right", win="left", wy=150, deb_label="Billed To", det="row", ty=250, cols="dqut",
                       voc=dict(title="Invoice", number="Invoice Number", date="Date of Issue", due="Due Date",
                                tot="Total", todo="Amount Due (CHF)", unit="Rate", total="Line Total"))
L["word-en"] = dict(head="center", win="left", wy=140, det="under", ty=232, vdx=110, cols="dqut")
L["word-jp"] = dict(head="left", win="right", wy=150, det="letter", placey=238, cols="dt", tx=300)
L["canva"] = dict(head="center", win="left", wy=150, deb_label="INVOICE TO", det="beside", dy=150, ty=128,
                  cols="dqut", voc=dict(title="INVOICE", number="Invoice No.", date="Date", due="Due",
                                        tot="TOTAL", todo="BALANCE DUE", paid="Deposit received"))
L["lexoffice"] = dict(head="right", win="left", wy=158, retline=True, det="beside", dy=158, vdx=90, ty=275,
                      cols="pdqut", footcols=True,
                      voc=dict(number="Rechnungsnr.", date="Rechnungsdatum", cust="Kundennr.", title="Rechnung"))
L["sevdesk"] = dict(head="left", win="left", wy=160, retline=True, det="box", dy=150, ty=272, cols="pdqut",
                    footcols=True, voc=dict(number="Rechnungs-Nr.", date="Datum", cust="Kunden-Nr.",
                                            sub="Summe netto", vat="Umsatzsteuer {r} %", tot="Rechnungsbetrag"))
L["billomat"] = dict(head="right", win="left", wy=160, retline=True, det="row", ty=280, cols="pdqut", footcols=True,
                     voc=dict(number="Rechnungs-Nr.", date="Datum", cust="Kunden-Nr.", due="Zahlbar bis",
                              sub="Nettobetrag", vat="MwSt. {r} %", tot="Bruttobetrag", paid="abzgl. Anzahlung",
                              todo="Offener Betrag"))
L["word-de"] = dict(head="center", win="left", wy=150, retline=True, det="letter", placey=235, cols="dqut")
L["excel-ch"] = dict(head="left", win="right", wy=130, det="under", ty=230, vdx=95, cols="qdut", grid=True,
                     tight=True, voc=dict(number="Rechnung Nr.", date="Datum", unit="Preis", total="Betrag",
                                          sub="Total exkl. MWST", vat="MWST {r} %", tot="Total inkl. MWST",
                                          qty="Anz."))
L["praxis"] = dict(head="band", win="left", wy=150, retline=True, det="beside", dy=150, ty=262, cols="ddhrt",
                   voc=dict(title="Privatrechnung", hours="Anz.", rate="Betrag", date_col="Datum",
                            desc="Leistung", tot="Rechnungsbetrag"))
L["twinfield-en"] = dict(L["twinfield"])
L["exact-en"] = dict(L["exact"], voc=dict(number="Invoice", date="Date", cust="Customer", vatcol="VAT%",
                                          unit="Price", total="Amount"))


# ================================================================ invoices: Dutch

s = S("Studio Vlasblom", ["Oudegracht 212", "3511 NS Utrecht", "06 41 27 88 03"], "facturen@studiovlasblom.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl", holder="Studio Vlasblom")
I(lang="nl", tool="moneybird", kind="pdf", L="moneybird", seller=s,
  deb=["Bakkerij Van Oosten B.V.", "t.a.v. mevrouw S. Groeneveld", "Kerkstraat 14", "3581 RB Utrecht"],
  debtor_name="Bakkerij Van Oosten B.V.", business=True, email="administratie@bakkerijvanoosten.nl",
  to="Bakkerij Van Oosten administratie <administratie@bakkerijvanoosten.nl>",
  number="2026-0187", issue=D(2026, 10, 19), sent=0, term=14, mf="nl:pre", df="dmy-",
  lines=[("Huisstijl: logo-ontwerp en 3 varianten", 1, 145000, 21),
         ("Verpakkingsontwerp broodzakken (2 formaten)", 2, 38500, 21),
         ("Drukbegeleiding (uren)", 3.5, 8500, 21)],
  subject="Factuur 2026-0187 van Studio Vlasblom",
  body="""Beste Sandra,

In de bijlage vind je factuur 2026-0187 voor het ontwerp van de nieuwe huisstijl en de broodzakken.
De drukproeven van Drukkerij Smit liggen er overigens strak uit, ik ben er blij mee!

Wil je de factuur doorzetten naar jullie administratie?

Hartelijke groet,
Eline Vlasblom
Studio Vlasblom | grafisch ontwerp
06 41 27 88 03""",
  pdf_filename="Factuur 2026-0187.pdf",
  note="Moneybird: logo right, details beside the window, 'vóór' due date in the payment sentence; t.a.v. contact under the company; hours as 3,5.")

s = S("Vertaalbureau Linguaduct", ["Zuidersingel 41", "8911 AV Leeuwarden", "058 213 44 90"],
      "administratie@linguaduct.nl", kvk=kvk(), vat=nlvat(), bic="INGBNL2A", footer="nl")
I(lang="nl", tool="moneybird", kind="pdf", L="moneybird-credit", seller=s, credit=True,
  deb=["Dijkstra & Zonen Installatietechniek B.V.", "Afdeling Crediteuren", "Postbus 1120", "8900 CC Leeuwarden"],
  debtor_name="Dijkstra & Zonen Installatietechniek B.V.", business=True, email="crediteuren@dijkstra-zonen.nl",
  to="crediteuren@dijkstra-zonen.nl", number="CR-2026-004", issue=D(2026, 11, 9), sent=0, mf="nl:pre", df="long",
  ctx=dict(orig="2026-0311"), title="Creditfactuur",
  lines=[("Creditering vertaling handleiding WP-8 NL>DE, vervallen deel (2150 woorden à € 0,14)", 1, -30100, 21),
         ("Creditering spoedtoeslag", 1, -4500, 21)],
  subject="Creditfactuur CR-2026-004 (betreft factuur 2026-0311)",
  body="""Geachte heer/mevrouw,

Zoals telefonisch besproken met de heer Dijkstra crediteren wij het deel van de vertaling van de handleiding WP-8 dat is komen te vervallen, plus de spoedtoeslag. In de bijlage treft u creditfactuur CR-2026-004, die betrekking heeft op factuur 2026-0311.

Het bedrag storten wij binnen 5 werkdagen terug.

Met vriendelijke groet,

Hylke de Vries
Vertaalbureau Linguaduct""",
  pdf_filename="Creditfactuur CR-2026-004.pdf",
  note="Moneybird creditfactuur: negative lines and totals, refers to the original invoice number (a second number in the details), no due date.")

s = S("Koeltechniek Brabant B.V.", ["Ekkersrijt 4102", "5692 DA Son en Breugel", "0499 47 31 00"],
      "facturatie@koeltechniekbrabant.nl", kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl-cols",
      web="www.koeltechniekbrabant.nl", legal="Koeltechniek Brabant B.V.")
bk = betalingskenmerk("%015d" % rng.randint(10 ** 13, 10 ** 15 - 1))
I(lang="nl", tool="exact-online", kind="pdf+ubl", L="exact", seller=s,
  deb=["Restaurant De Gouden Karper V.O.F.", "Markt 3", "5211 JV 's-Hertogenbosch"],
  debtor_name="Restaurant De Gouden Karper V.O.F.", business=True, email="boekhouding@goudenkarper.nl",
  to="boekhouding@goudenkarper.nl", number="26700418", issue=D(2026, 9, 28), sent=1, term=30,
  term_text="30 dagen na factuurdatum", mf="nl:pre", df="dmy-", ref=bk, ref_print=sp4(bk),
  details=[("number", "{number}"), ("date", "{issue}"), ("cust", "20114"), ("Uw referentie", "Storing koelcel 22-9"),
           ("Pagina", "1 van 1")],
  lines=[("Storingsdienst koelcel, voorrijkosten", 1, 7500, 21), ("Arbeid monteur (uur)", 2.5, 7850, 21),
         ("Verdamperventilator EC 230V", 1, 31240, 21), ("Koudemiddel R449A (kg)", 1.8, 9600, 21)],
  pay=["Betalingsconditie: {term}", "Gelieve te betalen op {iban} (BIC {bic}) onder vermelding van",
       "betalingskenmerk {ref}."],
  ubl_customer=dict(name="Restaurant De Gouden Karper V.O.F.", vat="NL861092345B01"),
  subject="Factuur 26700418 Koeltechniek Brabant B.V.",
  body="""Geachte relatie,

Bijgaand ontvangt u factuur 26700418 als PDF-bestand en als UBL-bestand voor uw boekhoudpakket.

Met vriendelijke groet,

Koeltechniek Brabant B.V.
Financiële administratie

Dit bericht is automatisch verzonden vanuit Exact Online.""",
  pdf_filename="26700418.pdf", ubl_name="26700418.xml",
  note="Exact Online: ruled row of labels above values, only a term ('30 dagen na factuurdatum'), 16-digit betalingskenmerk printed in groups, UBL with PaymentID; sent a day after the invoice date.")

s = S("Transportbedrijf Hoekstra B.V.", ["Industrieweg 17", "9206 AM Drachten", "0512 52 10 10"],
      "facturen@hoekstra-transport.nl", kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl-cols",
      web="hoekstra-transport.nl")
I(lang="nl", tool="exact-online", kind="pdf", L="exact", seller=s,
  deb=["Tuincentrum Het Groene Hart B.V.", "t.a.v. crediteurenadministratie", "Zuidelijke Rondweg 2",
       "2411 GA Bodegraven", "KvK 28064117"],
  debtor_name="Tuincentrum Het Groene Hart B.V.", business=True, email="facturen@groenehart-tuincentrum.nl",
  to="Het Groene Hart - Inkoop <inkoop@groenehart-tuincentrum.nl>",
  number="26100982", issue=D(2026, 11, 13), sent=0, term=21, mf="nl:pre", df="dmyy",
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("cust", "10388"),
           ("Orderdatum", "{od}")], ctx=dict(od="4-11-26"),
  lines=[("Rit Drachten - Bodegraven, oplegger 13,6 m (9-11)", 1, 68500, 21),
         ("Rit Drachten - Bodegraven, oplegger 13,6 m (11-11)", 1, 68500, 21),
         ("Wachturen laadadres", 1.5, 6250, 21), ("Tolheffing / MauT n.v.t.", 1, 0, 21),
         ("Brandstoftoeslag 7,5%", 1, 10275, 21)],
  pay=["Betaling binnen 21 dagen op {iban} o.v.v. het factuurnummer.",
       "Op al onze diensten zijn de AVC 2002 van toepassing."],
  subject="Factuur 26100982",
  body="""Geachte heer, mevrouw,

Bijgaand ontvangt u factuur 26100982.

Met vriendelijke groet,

Transportbedrijf Hoekstra B.V.""",
  pdf_filename="Factuur_26100982.pdf",
  note="Exact Online with dates as d-m-yy ('13-11-26', due printed), an order date in the row of details, a zero line, 'o.v.v. het factuurnummer' (no payment reference); debtor's KvK under the address; the To header names the purchasing mailbox, the envelope the invoice mailbox from the debtor card (debtor_email is the envelope's).")

s = S("Schildersbedrijf Kok", ["Provincialeweg 120", "1506 MD Zaandam", "075 612 40 55"], "info@schilderkok.nl",
      kvk=kvk(), vat=nlvat(), bic="INGBNL2A", footer="nl")
bk = betalingskenmerk("%015d" % rng.randint(10 ** 13, 10 ** 15 - 1))
I(lang="nl", tool="e-boekhouden", kind="pdf", L="eboekhouden", seller=s,
  deb=["J. van der Berg en M. Smit", "Populierenlaan 7", "1506 TK Zaandam"],
  debtor_name="J. van der Berg en M. Smit", business=False, email="marleen.smit71@ziggo.nl",
  to="marleen.smit71@ziggo.nl", number="F2026-0093", issue=D(2026, 10, 2), sent=2, term=14, mf="nl:pre",
  df="d-m-y", term_text="binnen 14 dagen", ref=bk, ref_print=bk,
  details=[("number", "{number}"), ("date", "{issue}"), ("Betalingskenmerk", "{ref}")],
  lines=[("Buitenschilderwerk kozijnen en dakgoten, arbeid", 46, 5250, 21),
         ("Materiaal (Sikkens Rubbol, grondverf, kit)", 1, 38760, 21),
         ("Steigerhuur 1 week", 1, 27500, 21)],
  pay=["Wij verzoeken u vriendelijk het totaalbedrag binnen 14 dagen na factuurdatum over te maken naar",
       "rekeningnummer {iban} t.n.v. {holder} onder vermelding van betalingskenmerk {ref}."],
  subject="Factuur F2026-0093 - Schildersbedrijf Kok",
  body="""Beste meneer Van der Berg en mevrouw Smit,

Het schilderwerk aan de buitenkant zit erop! Fijn dat het weer meezat.
In de bijlage vindt u de factuur. Vragen? Bel gerust.

Met vriendelijke groet,
Ruud Kok
Schildersbedrijf Kok
075 612 40 55""",
  pdf_filename="Factuur F2026-0093.pdf",
  note="e-Boekhouden centred letterhead; consumer couple with two surnames on one line ('J. van der Berg en M. Smit'); due date only as 'binnen 14 dagen na factuurdatum'; 16-digit betalingskenmerk unspaced; mailed 2 days later.")

s = S("Cateringbedrijf Smaakmakers", ["Havenstraat 9", "4811 BW Breda", "076 520 71 13"], "boekhouding@smaakmakers-breda.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
bk = betalingskenmerk("%015d" % rng.randint(10 ** 13, 10 ** 15 - 1))
I(lang="nl", tool="e-boekhouden", kind="pdf", L="eboekhouden", seller=s,
  deb=["Stichting Kunstkwartier Breda", "t.a.v. dhr. R. El Amrani", "Boschstraat 22", "4811 GH Breda"],
  debtor_name="Stichting Kunstkwartier Breda", business=True, email="r.elamrani@kunstkwartierbreda.nl",
  to="R. El Amrani <r.elamrani@kunstkwartierbreda.nl>", number="2026-412", issue=D(2026, 11, 20), sent=0,
  term=30, mf="nl:pre", df="long", ref=bk, ref_print=sp4(bk),
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("Betalingskenmerk", "{ref}")],
  lines=[("Lunchbuffet opening expositie (80 personen)", 80, 1850, 9),
         ("Borrelarrangement 2 uur", 80, 1275, 9), ("Wijn en bier (afgenomen)", 1, 41300, 21),
         ("Bediening (3 personen x 5 uur)", 15, 3400, 21)],
  pay=["Gelieve het bedrag vóór de vervaldatum over te maken op {iban} t.n.v. {holder},",
       "onder vermelding van het betalingskenmerk."],
  subject="Factuur 2026-412 catering opening 'Licht & Lijn'",
  body="""Beste Rachid,

Dank voor de fijne samenwerking bij de opening van 'Licht & Lijn' afgelopen zaterdag. Hierbij de factuur; ik heb hem ook even in cc naar jullie financiële mailbox gestuurd zodat hij niet blijft liggen.

Groetjes,
Nadia Verbeek
Smaakmakers catering""",
  cc="financien@kunstkwartierbreda.nl",
  rcpt=["r.elamrani@kunstkwartierbreda.nl", "financien@kunstkwartierbreda.nl"],
  pdf_filename="Factuur 2026-412.pdf",
  note="e-Boekhouden with 9% and 21%, dates in words; the contact in To, the finance mailbox in Cc: debtor_email is the envelope's first recipient (the contact); a 't.a.v. dhr.' line under the foundation.")

s = S("Installatiebedrijf Post & Zn.", ["Kanaal Noord 310", "7323 AN Apeldoorn", "055 521 08 66"],
      "administratie@post-installatie.nl", kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl-cols",
      tagline="Loodgieterswerk · CV · Dakwerk", web="post-installatie.nl")
I(lang="nl", tool="snelstart", kind="pdf", L="snelstart", seller=s,
  deb=["VvE Residentie Koningslaan", "p/a Kastanje Vastgoedbeheer B.V.", "Postbus 305", "7300 AH Apeldoorn"],
  debtor_name="VvE Residentie Koningslaan", business=True, email="facturen@kastanjebeheer.nl",
  to="Kastanje Vastgoedbeheer - facturen <facturen@kastanjebeheer.nl>", number="20265521", issue=D(2026, 11, 3),
  sent=0, term=30, mf="nl:pre", df="dmy-",
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("cust", "3071"), ("Werkbon", "WB-8812")],
  lines=[("Lekkage standleiding hal B opsporen en verhelpen", 1, 18500, 21),
         ("Arbeid 2 monteurs", 7, 6150, 21), ("Koperen buis 22 mm en fittingen", 1, 14322, 21),
         ("Hoogwerker dagtarief", 1, 24500, 21)],
  pay=["Betaling binnen 30 dagen op {iban} t.n.v. Installatiebedrijf Post & Zn. o.v.v. factuurnummer."],
  subject="Factuur 20265521 - VvE Residentie Koningslaan (WB-8812)",
  body="""Geachte heer, mevrouw,

Hierbij ontvangt u de factuur voor de werkzaamheden aan de standleiding in hal B van VvE Residentie Koningslaan (werkbon WB-8812).

Met vriendelijke groet,

Installatiebedrijf Post & Zn.
administratie""",
  pdf_filename="F20265521.pdf",
  note="SnelStart: window on the right, details in a ruled box on the left, VAT line with its base ('BTW hoog 21% over ...'); the debtor is a VvE 'p/a' its property manager, whose mailbox gets the mail.")

k = kvk()
s = S("Anouk Meijer Fotografie", ["Spoorlaan 55", "5038 CB Tilburg", "hallo@anoukmeijer.nl", "KvK " + k],
      "hallo@anoukmeijer.nl", kvk=k, vat=nlvat(), bic="BUNQNL2A", footer="nl")
I(lang="nl", tool="jortt", kind="pdf", L="jortt", seller=s,
  deb=["Mevr. L. Bakker-de Wit", "Bisschop Bekkersweg 18", "5017 GB Tilburg"],
  debtor_name="L. Bakker-de Wit", business=False, email="lotte.bakkerdewit@gmail.com",
  to="Lotte <lotte.bakkerdewit@gmail.com>", number="2026-058", issue=D(2026, 10, 12), sent=1, term=14,
  term_text="binnen 14 dagen", mf="nl:pre", df="long",
  details=[("number", "{number}"), ("date", "{issue}")],
  paid=[("Aanbetaling (factuur 2026-021)", 45000)],
  lines=[("Bruiloftsreportage 'Heel de dag' (10 uur)", 1, 148760, 21),
         ("Fotoalbum 30x30 linnen, 40 pagina's", 1, 28099, 21),
         ("Extra uur (tot 00:30)", 1, 14876, 21)],
  pay=["Graag het resterende bedrag van {due_amt} binnen 14 dagen overmaken naar {iban}",
       "t.n.v. A. Meijer, o.v.v. {number}. Dank je wel!"],
  subject="Factuur 2026-058",
  body="""Hoi Lotte,

Wat een prachtige dag was het! Jullie online galerij staat klaar (link volgt in een aparte mail) en het album is besteld.

Hierbij de eindfactuur. De aanbetaling heb ik er al vanaf gehaald.

Liefs,
Anouk""",
  pdf_filename="Factuur-2026-058.pdf",
  note="Jortt: one-line letterhead, title beside the window, deposit of an earlier invoice subtracted ('Nog te betalen'); 'Mevr.' dropped from the hyphenated name; due date only as a term.")

s = S("Cloudwijs Hosting", ["Stationsplein 8", "3818 LE Amersfoort", "033 303 90 20"], "billing@cloudwijs.nl",
      kvk=kvk(), vat=nlvat(), bic="KNABNL2H", footer="nl")
rf = rf_ref("2026" + "%07d" % rng.randint(0, 9999999))
I(lang="nl", tool="wefact", kind="pdf", L="wefact", seller=s,
  deb=["Mr. De Lange & Partners Advocaten", "t.a.v. de administratie", "Utrechtseweg 77", "3818 EB Amersfoort"],
  debtor_name="Mr. De Lange & Partners Advocaten", business=True, email="administratie@delange-advocaten.nl",
  to="administratie@delange-advocaten.nl", number="CW26-01544", issue=D(2026, 11, 1), sent=0, term=14,
  mf="nl:pre", df="dmy-", ref=rf, ref_print=sp4(rf),
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("Debiteurnummer", "DB10093")],
  lines=[("Managed hosting 'Business' (01-11-2026 t/m 31-10-2027)", 12, 3495, 21),
         ("Domeinnaam delange-advocaten.nl (1 jaar)", 1, 995, 21),
         ("Microsoft 365 Business Standard (6 gebruikers, november)", 6, 1170, 21),
         ("SSL-certificaat OV (1 jaar)", 1, 8900, 21)],
  pay=["Te betalen: {due_amt} vóór {due}", "Rekening: {iban} t.n.v. Cloudwijs Hosting",
       "Betalingskenmerk: {ref}"],
  subject="Factuur CW26-01544",
  body="""Geachte heer, mevrouw,

In de bijlage vindt u factuur CW26-01544 van Cloudwijs Hosting.

U kunt uw facturen ook bekijken in ons klantenpaneel: https://mijn.cloudwijs.nl

Met vriendelijke groet,
Cloudwijs Hosting
Support: 033 303 90 20""",
  pdf_filename="CW26-01544.pdf",
  note="WeFact: payment box with 'Te betalen voor' and an RF creditor reference printed in groups (labelled 'Betalingskenmerk'); a law firm whose name starts with 'Mr.' (part of the name, not a title).")

s = S("Trimsalon & Pension Kwispel", ["Boerderijweg 4", "7635 NT Lattrop", "0541 22 19 08"], "info@kwispel-lattrop.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
I(lang="nl", tool="informer", kind="pdf", L="informer", seller=s,
  deb=["Mevr. A.M. van 't Hoff-Brouwer", "Bentheimerstraat 61", "7573 CX Oldenzaal"],
  debtor_name="A.M. van 't Hoff-Brouwer", business=False, email="amvanthoff@kpnmail.nl",
  to="\"A.M. van 't Hoff\" <amvanthoff@kpnmail.nl>", number="2026-0391", issue=D(2026, 8, 24), sent=0, term=8,
  mf="nl:pre", df="dmy-", details=[("number", "{number}"), ("date", "{issue}"), ("Klantnr.", "K-211")],
  lines=[("Pension 2 honden (Bobby en Guus), 16-8 t/m 24-8", 16, 1850, 21),
         ("Medicatie toedienen", 8, 250, 21), ("Trimbeurt Bobby (kort)", 1, 4500, 21)],
  pay=["Wij verzoeken u het bedrag binnen 8 dagen over te maken op {iban}",
       "t.n.v. {seller} onder vermelding van het factuurnummer."],
  subject="Factuur pension Bobby en Guus",
  body="""Goedemiddag mevrouw Van 't Hoff,

Bobby en Guus zijn vanmorgen weer fris en vrolijk opgehaald. Bijgaand de factuur van hun logeerpartij.

Met vriendelijke groet,
Henk en Ans Schuttert
Trimsalon & Pension Kwispel""",
  pdf_filename="factuur_2026-0391.pdf",
  note="Informer: 'Factuuradres' label above the window on the right, 'Mevr.' on the name line; 'van 't Hoff-Brouwer' with an apostrophe prefix; term 'binnen 8 dagen'; 16 nights = 2 dogs x 8.")

s = S("Brouwer & Visser Accountants", ["Nieuwstad 64", "7201 NT Zutphen", "0575 51 33 00"],
      "facturen@brouwervisser.nl", kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl-cols",
      web="brouwervisser.nl", legal="Brouwer & Visser Accountants B.V.")
bk = betalingskenmerk("%015d" % rng.randint(10 ** 13, 10 ** 15 - 1))
I(lang="nl", tool="twinfield", kind="pdf+ubl", L="twinfield", seller=s,
  deb=["Hendriks Metaalbewerking B.V.", "Ir. Gerard Hendriks", "Mercuriusweg 11", "7202 BX Zutphen"],
  debtor_name="Hendriks Metaalbewerking B.V.", business=True, email="gerard@hendriksmetaal.nl",
  to="gerard@hendriksmetaal.nl", number="2026-10-0318", issue=D(2026, 10, 31), sent=2, term=14,
  term_text="14 dagen", mf="nl:pre", df="dmy-", ref=bk, ref_print=bk,
  details=[("number", "{number}"), ("date", "{issue}"), ("Betalingstermijn", "14 dagen"), ("cust", "D0457"),
           ("Betalingskenmerk", "{ref}")],
  lines=[("Samenstellen jaarrekening 2025", 1, 285000, 21), ("Aangifte vennootschapsbelasting 2025", 1, 62500, 21),
         ("Loonadministratie oktober (14 medewerkers)", 14, 1850, 21), ("Advies herinvesteringsreserve", 1.5, 14500, 21)],
  pay=["Wij verzoeken u het verschuldigde bedrag binnen de termijn over te maken op {iban}",
       "ten name van Brouwer & Visser Accountants B.V. met vermelding van het betalingskenmerk."],
  ubl_customer=dict(name="Hendriks Metaalbewerking B.V.", vat="NL812055119B01"),
  subject="Factuur 2026-10-0318 Brouwer & Visser Accountants",
  body="""Beste Gerard,

Bijgaand onze factuur 2026-10-0318, als PDF en als e-factuur (UBL).

Met vriendelijke groet,

Brouwer & Visser Accountants
Debiteurenadministratie""",
  pdf_filename="Factuur 2026-10-0318.pdf", ubl_name="Factuur 2026-10-0318.xml",
  note="Twinfield with UBL: a row of details with 'Betalingstermijn 14 dagen' (no due date), betalingskenmerk in the row and in the UBL PaymentID; a contact with 'Ir.' under the company; mailed two days later; four-column footer with the sender's KvK, VAT and IBAN.")

s = S("Tuinontwerp Marieke Hofstede", ["Soestdijkseweg Zuid 190", "3721 AJ Bilthoven", "06 22 91 47 30"],
      "marieke@hofstedetuinontwerp.nl", kvk=kvk(), vat=nlvat(), bic="ASNBNL21", footer="nl")
I(lang="nl", tool="word", kind="pdf", L="word-nl", seller=s,
  deb=["Dhr. K. Özdemir", "Lindelaan 3", "3722 BC Bilthoven"],
  debtor_name="K. Özdemir", business=False, email="kaan.ozdemir@outlook.com",
  to="kaan.ozdemir@outlook.com", number="2026-17", issue=D(2026, 3, 1), sent=1, term=14, term_text="binnen 14 dagen",
  mf="nl-:code", df="long", place_date="Bilthoven, {issue}",
  letter=["*Betreft: factuur 2026-17", "", "Geachte heer Özdemir,", "",
          "Hierbij breng ik u de volgende werkzaamheden voor uw tuin aan de Lindelaan in rekening:"],
  lines=[("Tuinontwerp incl. 2 overleggen en schetsontwerp", 1, 85000, 21),
         ("Beplantingsplan met plantlijst", 1, 35000, 21)],
  pay=["Ik verzoek u vriendelijk het totaalbedrag van {total} binnen 14 dagen over te maken op",
       "rekening {iban} t.n.v. M. Hofstede, onder vermelding van het factuurnummer.", "",
       "Met vriendelijke groet,", "", "Marieke Hofstede"],
  subject="factuur tuinontwerp",
  body="""Beste meneer Özdemir,

Zoals beloofd hierbij de factuur voor het ontwerp. Ik hoor graag wanneer de hovenier kan beginnen, dan stem ik dat met hem af.

Groet,
Marieke

--
Tuinontwerp Marieke Hofstede
06 22 91 47 30""",
  pdf_filename="factuur 2026-17 Ozdemir.pdf",
  note="Word letter: window with 'Dhr.' and no label, place and date in words ('Bilthoven, 1 maart 2026'), 'Betreft: factuur 2026-17' instead of a number field, amounts as 'EUR 1.452,-', term only in the closing sentence.")

s = S("Dekker IT-advies", ["Jeroen Dekker", "Weverstraat 12", "6862 DL Oosterbeek", "06 50 13 77 24"],
      "jeroen@dekker-it.nl", kvk=kvk(), vat=nlvat(), bic="INGBNL2A", footer="nl")
I(lang="nl", tool="word", kind="pdf", L="word-nl-right", seller=s,
  deb=["Stichting Wijkcentrum De Boog", "Mevrouw T. Hazelaar, coördinator", "Kerkpad 2", "6862 AA Oosterbeek"],
  debtor_name="Stichting Wijkcentrum De Boog", business=True, email="info@wijkcentrumdeboog.nl",
  to="Wijkcentrum De Boog <info@wijkcentrumdeboog.nl>", number="DIT-2026-009", issue=D(2026, 11, 23), sent=0,
  term=30, term_text="30 dagen na factuurdatum", mf="nl-:pre", df="long", place_date="Oosterbeek, {issue}",
  letter=["*Factuur DIT-2026-009", "", "Beste Tineke,", "",
          "Volgens afspraak (offerte van 2 oktober) factureer ik de migratie als volgt:"],
  lines=[("Migratie mail en bestanden naar Microsoft 365 (vaste prijs)", 1, 150000, 21),
         ("Instructiemiddag vrijwilligers + handleiding", 1, 50000, 21)],
  pay=["Betaling graag binnen 30 dagen na factuurdatum op {iban} t.n.v. J. Dekker.", "",
       "Met vriendelijke groet,", "Jeroen Dekker"],
  subject="Factuur migratie Microsoft 365",
  body="""Hoi Tineke,

Bijgaand de factuur voor de migratie. Goed dat alles nu draait! Mocht er nog iets haperen met de gedeelde agenda, laat het even weten.

Groeten,
Jeroen""",
  pdf_filename="Factuur_DIT-2026-009.pdf",
  note="Word letter, letterhead on the right, table of description and amount only, amounts as '€ 2.420,-'; a contact with her role under the foundation; term '30 dagen na factuurdatum'.")

s = S("Hoogendoorn Tent- en Feestverhuur", ["Nijverheidsweg 6", "2215 MH Voorhout", "0252 21 47 10"],
      "verhuur@hoogendoorn-feest.nl", kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
I(lang="nl", tool="excel", kind="pdf", L="excel-nl", seller=s,
  deb=["S.V. Oranje Wit '58", "t.a.v. de penningmeester", "Sportlaan 1", "2215 RK Voorhout"],
  debtor_name="S.V. Oranje Wit '58", business=True, email="penningmeester@svoranjewit58.nl",
  to="penningmeester svow <penningmeester@svoranjewit58.nl>", number="V-2026-118", issue=D(2026, 9, 7), sent=3,
  term=30, term_text="binnen 30 dagen", mf="sp:pre", df="dmy-",
  details=[("FACTUURNR.", "{number}"), ("DATUM", "{issue}"), ("HUURPERIODE", "4-9 t/m 7-9-2026")],
  voc=dict(qty="Aantal", desc="Omschrijving", unit="Per stuk", total="Totaal", sub="Totaal excl. BTW",
           vat="BTW {r}%", tot="TOTAAL"),
  title="FACTUUR",
  lines=[("Partytent 10x20 m incl. op- en afbouw", 1, 129500, 21), ("Statafels met rok", 12, 1250, 21),
         ("Bierbanksets", 20, 900, 21), ("Heater gas", 4, 3500, 21), ("Transport", 1, 9500, 21)],
  pay=["Graag binnen 30 dagen betalen op {iban} o.v.v. factuurnummer.", "Bedankt voor het huren!"],
  subject="factuur tent jubileum",
  body="""Beste penningmeester,

Hierbij de factuur van de tent en toebehoren voor het jubileumweekend. Alles is weer netjes retour gekomen, dank daarvoor.

Met vriendelijke groet,
Kees Hoogendoorn
Hoogendoorn Tent- en Feestverhuur""",
  pdf_filename="Factuur V-2026-118.pdf",
  note="Excel grid with upper-case labels and the euro sign in the cell, amounts with a space as thousands separator ('€ 1 295,00'); a club with an apostrophe year as debtor; mailed three days after the invoice date.")

s = S("Glazenwasserij W. Koster", ["Vinkenstraat 3", "1621 KR Hoorn"], "wimkoster.glazenwasser@hetnet.nl",
      kvk=kvk(), bic="INGBNL2A")
I(lang="nl", tool="typed", kind="body-text", seller=s,
  debtor_name="J. Visscher", business=False, email="jvisscher55@hotmail.com", to="jvisscher55@hotmail.com",
  number="2026-1043", issue=D(2026, 10, 30), sent=0, term=14, term_text="binnen 14 dagen", mf="nl:pre", df="d-m-y",
  novat=True, lines=[("Ramen buiten rondom, 4x (aug-okt)", 4, 2750, 0), ("Dakkapel en serredak", 1, 3500, 0)],
  subject="Rekening glazenwassen",
  body="""Beste mevrouw Visscher,

Hierbij de rekening voor het glazenwassen tot en met oktober.

Factuur nr. {number}
Datum: {issue}
Aan: J. Visscher, Grote Oost 118, Hoorn

4x ramen buiten rondom a € 27,50      {l1}
1x dakkapel en serredak              {l2}
                                   ----------
Totaal                               {total}

Geen btw in verband met de kleineondernemersregeling.

Graag binnen 14 dagen overmaken op {iban} t.n.v. W. Koster o.v.v. het factuurnummer.

Vriendelijke groet,
Wim Koster
06-21338790
KvK {kvk}""", ctx=dict(kvk=s["kvk"]),
  note="Typed in the mail by a sole trader; 'Aan:' line inside the text, no VAT (KOR), total under a dashed line, term only.")

s = S("Bijles Femke", ["Femke Jacobs", "Sterrenlaan 14", "5631 KA Eindhoven"], "bijlesfemke@gmail.com", kvk=kvk(), bic="TRIONL2U")
I(lang="nl", tool="typed", kind="body-text", seller=s,
  debtor_name="I. Vermeulen", business=False, email="ilse.vermeulen@upcmail.nl", to="Ilse Vermeulen <ilse.vermeulen@upcmail.nl>",
  number="BF-26-044", issue=D(2026, 11, 1), sent=0, due=D(2026, 11, 15), mf="nl:pre", df="long", novat=True,
  lines=[("Bijles wiskunde B Daan, 4 lessen van 1,5 uur", 6, 3250, 0), ("Oefententamen + nakijken", 1, 1500, 0)],
  subject="Factuur bijles Daan oktober",
  body="""Hoi Ilse,

Hier de factuur voor de bijles van Daan in oktober. Hij gaat echt vooruit, de laatste toets was een 6,8!

---------------------------------
FACTUUR {number}
Datum: {issue}

Aan: mw. I. Vermeulen (ouder van Daan Vermeulen)

Bijles wiskunde B, 4 x 1,5 uur = 6 uur x € 32,50     {l1}
Oefententamen + nakijken                             {l2}

Totaal te betalen: {total}
(vrijgesteld van btw, art. 11 lid 1 sub o Wet OB)

Graag betalen vóór 15 november 2026 op {iban} t.n.v. F. Jacobs.
---------------------------------

Groetjes,
Femke Jacobs
KvK {kvk}""", ctx=dict(kvk=s["kvk"]),
  note="Tutor's invoice typed between dashed lines; billed to the parent ('mw. I. Vermeulen (ouder van Daan Vermeulen)'): the pupil is not the debtor; explicit due date without a label.")

s = S("Koffiebranderij Ten Bosch", ["Hoogstraat 40", "6701 BK Wageningen", "0317 42 18 80"], "orders@tenboschkoffie.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
I(lang="nl", tool="webshop-html", kind="body-html", seller=s,
  deb=["Lunchroom Bij Fenna", "Fenna Stokman", "Markt 21", "6701 CX Wageningen"], deb_label="Factuuradres",
  debtor_name="Lunchroom Bij Fenna", business=True, email="info@bijfenna.nl", to="Lunchroom Bij Fenna <info@bijfenna.nl>",
  number="TB-F-26-0871", issue=D(2026, 11, 16), sent=0, term=14, mf="nl:pre0", df="dmy-",
  details=[("Factuurnummer", "{number}"), ("Bestelnummer", "#10482"), ("Factuurdatum", "{issue}"),
           ("Betaalmethode", "Op rekening (14 dagen)")],
  lines=[("Espresso blend 'Gelders Goud' 1 kg bonen", 6, 2295, 9), ("Single origin Ethiopië Guji 1 kg", 2, 2895, 9),
         ("Barista melkkan 600 ml", 1, 1895, 21), ("Verzendkosten", 1, 695, 21)],
  pay=["Betaal {total} binnen 14 dagen na factuurdatum op {iban} t.n.v. Koffiebranderij Ten Bosch,",
       "o.v.v. factuurnummer {number}."],
  html_intro="Beste Fenna,<br><br>Bedankt voor je bestelling! Je hebt gekozen voor betalen op rekening. Hieronder vind je je factuur.",
  html_outro="Met koffiegroet,<br>Team Ten Bosch",
  subject="Je factuur TB-F-26-0871 bij Koffiebranderij Ten Bosch",
  note="Web shop mail with the invoice as HTML tables: an order number beside the invoice number, coffee at 9% and goods at 21%, term inside 'Op rekening (14 dagen)' and the payment sentence.")

s = S("Muziekschool Crescendo", ["Molenstraat 15", "7411 HL Deventer", "0570 61 02 30"], "administratie@crescendo-deventer.nl",
      kvk=kvk(), bic="INGBNL2A", footer="nl", vat="n.v.t.")
bk = betalingskenmerk("%015d" % rng.randint(10 ** 13, 10 ** 15 - 1))
I(lang="nl", tool="html", kind="body-html", seller=s,
  deb=["Dhr. M. de Haan", "Brinkgreverweg 112", "7413 AG Deventer"],
  debtor_name="M. de Haan", business=False, email="mdehaan@xs4all.nl", to="mdehaan@xs4all.nl",
  number="2026-3307", issue=D(2026, 9, 1), sent=0, due=D(2026, 9, 30), mf="nl:pre", df="dmy-", novat=True,
  ref=bk, ref_print=sp4(bk),
  details=[("Factuurnummer", "{number}"), ("Factuurdatum", "{issue}"), ("Leerling", "Sophie de Haan"),
           ("Uiterste betaaldatum", "{due}"), ("Betalingskenmerk", "{ref}")],
  lines=[("Lesgeld viool, 30 min. individueel, seizoen 2026-2027 (1e termijn van 2)", 1, 42500, 0),
         ("Huur instrument (3/4 viool), sept-jan", 5, 1200, 0)],
  pay=["Wilt u het bedrag vóór {due} overmaken op {iban} t.n.v. Stichting Muziekschool Crescendo",
       "onder vermelding van het betalingskenmerk? Lesgeld is vrijgesteld van btw."],
  html_intro="Geachte heer De Haan,<br><br>Hierbij ontvangt u de eerste termijnfactuur voor de lessen van Sophie.",
  html_outro="Met vriendelijke groet,<br><br>Administratie Muziekschool Crescendo",
  subject="Factuur lesgeld Sophie de Haan - 1e termijn",
  note="HTML invoice of a music school billed to the parent (pupil named as 'Leerling'), VAT exempt, betalingskenmerk, an 'Uiterste betaaldatum'; '1e termijn van 2' is not a deposit.")

s = S("Wielen & Zo", ["Koemarkt 6", "1441 DB Purmerend", "0299 43 55 21"], "werkplaats@wielenenzo.nl",
      kvk=kvk(), vat=nlvat(), bic="SNSBNL2A", footer="nl")
I(lang="nl", tool="moneybird", kind="pdf", L="moneybird-label", seller=s,
  deb=["Priya Ramdin", "Gorslaan 40", "1441 RH Purmerend"],
  debtor_name="Priya Ramdin", business=False, email="priya.ramdin@icloud.com", to="Priya Ramdin <priya.ramdin@icloud.com",
  number="WZ-2026-0712", issue=D(2026, 11, 5), sent=0, term=7, mf="nl:pre", df="iso",
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("Fiets", "Gazelle Ultimate C8")],
  lines=[("Onderhoudsbeurt groot e-bike", 1, 8900, 21), ("Kettingset + cassette Shimano", 1, 6450, 21),
         ("Remblokjes voor en achter", 2, 1995, 21), ("Arbeid extra (uur)", 0.75, 5400, 21)],
  pay=["Betaal vóór {due} op {iban} o.v.v. {number}. Vragen? Bel ons op 0299 43 55 21."],
  subject="Factuur WZ-2026-0712 van Wielen & Zo",
  body="""Hallo Priya,

Je fiets is klaar en staat voor je klaar in de winkel. De factuur vind je in de bijlage; je kunt ook betalen bij het ophalen.

Groet,
Wielen & Zo werkplaats""",
  pdf_filename="Factuur WZ-2026-0712.pdf",
  note="Moneybird template variant: 'Factuur aan' label above the block, details in a ruled box, ISO dates, VAT per line; 'je kunt ook betalen bij het ophalen' does not make it a receipt; the To header lacks its closing '>' (the envelope is right).")

s = S("Keukenstudio Van Dam", ["Westkolk 2", "8261 JB Kampen", "038 331 90 44"], "verkoop@keukenstudiovandam.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl-cols", tagline="Keukens · Werkbladen · Inbouwapparatuur",
      web="keukenstudiovandam.nl")
I(lang="nl", tool="snelstart", kind="pdf", L="snelstart", seller=s,
  deb=["S. de Vries-Hoogland", "IJsselkade 9", "8261 AC Kampen"],
  debtor_name="S. de Vries-Hoogland", business=False, email="sdevrieshoogland@gmail.com",
  to="sdevrieshoogland@gmail.com", number="20260388", issue=D(2026, 10, 27), sent=1, term=10, mf="nl:pre", df="dmy-",
  details=[("number", "{number}"), ("date", "{issue}"), ("due", "{due}"), ("cust", "1204"), ("Order", "O-2026-117")],
  voc=dict(paid="Reeds ontvangen aanbetaling", todo="Restant te voldoen"),
  paid=[("Reeds ontvangen aanbetaling", 300000)],
  lines=[("Keuken 'Lissabon' mat antraciet, volgens tekening 117-C", 1, 785000, 21),
         ("Composiet werkblad 38 mm incl. uitsparingen", 1, 162500, 21),
         ("Inductiekookplaat met afzuiging", 1, 129900, 21), ("Montage en afvoer oude keuken", 1, 85000, 21)],
  pay=["Het restant graag vóór de vervaldatum voldoen op {iban} o.v.v. factuurnummer."],
  subject="Eindfactuur keuken O-2026-117",
  body="""Beste mevrouw De Vries,

Wat mooi dat de keuken er nu in staat! Bijgaand de eindfactuur; de aanbetaling van september is verrekend.

Met vriendelijke groet,
Gerrit van Dam
Keukenstudio Van Dam""",
  pdf_filename="20260388.pdf",
  note="SnelStart layout with a deposit received ('Reeds ontvangen aanbetaling', 'Restant te voldoen'); consumer with a hyphenated surname and no title.")

s = S("Bouwbedrijf Gebr. Mulder", ["Ambachtsweg 21", "3771 MG Barneveld", "0342 41 20 70"], "administratie@gebrmulder.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl-cols", tagline="Nieuwbouw · Verbouw · Renovatie",
      web="gebrmulder.nl")
I(lang="nl", tool="word", kind="pdf", L="aannemer", seller=s,
  deb=["Dhr. H.J. ten Brink en mevr. A. ten Brink-Oosterveld", "Schoutenweg 44", "3772 PB Barneveld"],
  debtor_name="H.J. ten Brink en A. ten Brink-Oosterveld", name_printed="Dhr. H.J. ten Brink en mevr. A. ten Brink-Oosterveld", business=False, email="hj.tenbrink@kpnplanet.nl",
  to="hj.tenbrink@kpnplanet.nl", number="2026-E-031", issue=D(2026, 11, 17), sent=0, term=8, term_text="binnen 8 dagen",
  mf="nl:pre", df="dmy-",
  details=[("number", "{number}"), ("date", "{issue}"), ("Project", "Aanbouw keuken Schoutenweg 44"),
           ("Aanneemsom", "€ 48.500,00 excl. btw")],
  voc=dict(paid="Af:", todo="Nog te voldoen"),
  paid=[("Af: 1e termijn (factuur 2026-T-088)", 1760550), ("Af: 2e termijn (factuur 2026-T-102)", 1760550)],
  lines=[("Aanneemsom aanbouw volgens overeenkomst d.d. 12-5-2026", 1, 4850000, 21),
         ("Meerwerk 1: extra dakraam Velux GGL", 1, 124000, 21),
         ("Meerwerk 2: vloerverwarming aanbouw", 1, 218500, 21),
         ("Minderwerk: tegelwerk door opdrachtgever zelf", 1, -96000, 21)],
  pay=["Wij verzoeken u het restant binnen 8 dagen over te maken op {iban} t.n.v. Bouwbedrijf Gebr. Mulder",
       "onder vermelding van het factuurnummer."],
  subject="Eindafrekening aanbouw Schoutenweg 44",
  body="""Geachte heer en mevrouw Ten Brink,

Bijgaand ontvangt u de eindafrekening van de aanbouw. Hierin zijn het meer- en minderwerk en de twee eerder gefactureerde termijnen verwerkt.

Wij wensen u veel woonplezier!

Met vriendelijke groet,
Jan Mulder
Bouwbedrijf Gebr. Mulder""",
  pdf_filename="Eindfactuur 2026-E-031.pdf",
  note="Contractor's final invoice ('EINDFACTUUR'): contract sum, extra and less work (a negative line), two earlier instalments subtracted; a couple with titles and a hyphenated wife's name on one line; the contract sum also printed in the details.")

be_iban = iban("BE")
s = S("Dakwerken Peeters BV", ["Kempischesteenweg 311", "3500 Hasselt", "011 27 40 18"], "boekhouding@dakwerkenpeeters.be",
      country="BE", bank=be_iban, vat="BE 0712.448.391", bic="GKCCBEBB",
      footer=["Dakwerken Peeters BV · Kempischesteenweg 311 · 3500 Hasselt · RPR Antwerpen, afdeling Hasselt",
              "Ondernemingsnr. BE 0712.448.391 · IBAN " + sp4(be_iban) + " · BIC GKCCBEBB"])
sref = be_structured("%010d" % rng.randint(10 ** 8, 10 ** 10 - 1))
I(lang="nl", tool="word", kind="pdf", L="be", seller=s,
  deb=["Mevrouw Els Vandenbroucke", "Sint-Truidersteenweg 88", "3500 Hasselt"],
  debtor_name="Els Vandenbroucke", business=False, email="els.vandenbroucke@telenet.be", to="els.vandenbroucke@telenet.be",
  number="2026/0214", issue=D(2026, 11, 10), sent=0, term=30, mf="nl:pre", df="dmy/", ref=sref, ref_print=sref,
  details=[("number", "{number}"), ("Factuurdatum", "{issue}"), ("due", "{due}"), ("Klant", "K0871")],
  lines=[("Vernieuwen zinken dakgoot voorgevel (14 m)", 14, 6800, 6),
         ("Herstellen leien dak achterkant, arbeid", 9, 5200, 6), ("Materiaal leien en haken", 1, 31250, 6)],
  vat_label={6: "Btw 6% (woning > 10 jaar)"},
  pay=["Gelieve {total} te betalen vóór {due} op {iban}", "met gestructureerde mededeling {ref}"],
  notes=["Btw 6%: renovatie van een privéwoning ouder dan 10 jaar, gebruikt als woning. Bij gebrek aan",
         "schriftelijke betwisting binnen 8 dagen wordt de factuur als aanvaard beschouwd."],
  subject="Factuur 2026/0214 Dakwerken Peeters",
  body="""Beste mevrouw Vandenbroucke,

In bijlage vindt u onze factuur voor de herstelling van de dakgoot en het leien dak.

Met vriendelijke groeten,
Stijn Peeters
Dakwerken Peeters BV""",
  pdf_filename="Factuur 2026-0214.pdf",
  note="Flemish invoice: 'Vervaldag', slashed dates, BE IBAN, 6% VAT with a legal attestation, a gestructureerde mededeling (kept as printed); 'Mevrouw' dropped from the name.")

s = S("Tekstbureau Woordwaardig", ["Annelies Kramer", "Spijkerstraat 201", "6828 DH Arnhem"], "annelies@woordwaardig.nl",
      kvk=kvk(), vat=nlvat(), bic="KNABNL2H")
I(lang="nl", tool="typed", kind="body-text", seller=s,
  debtor_name="Marketingbureau Pluk B.V.", business=True, email="facturen@plukmarketing.nl",
  to="\"Pluk - facturen\" <facturen@plukmarketing.nl>", number="2026-031", issue=D(2026, 11, 3), sent=0,
  term=30, term_text="binnen 30 dagen", mf="nl:pre", df="long",
  lines=[("Webteksten 'Over ons' en 6 dienstpagina's (klant Verhoeven Bouw)", 1, 96000, 21),
         ("SEO-check en meta-omschrijvingen", 1, 18000, 21), ("Extra correctieronde (uren)", 1.5, 7000, 21)],
  subject="Factuur 2026-031 webteksten Verhoeven Bouw",
  body="""Hallo Joost,

De teksten voor Verhoeven Bouw zijn goedgekeurd, dus hierbij mijn factuur. Ik heb hem even direct in de mail gezet, de PDF-generator van mijn boekhoudprogramma doet raar vandaag.

FACTUUR 2026-031
Datum: {issue}

Aan:
Marketingbureau Pluk B.V.
t.a.v. Joost Hermans
Wilhelminastraat 9
6524 AJ Nijmegen
BTW-nr. NL863114022B01

Webteksten 'Over ons' + 6 dienstpagina's              {l1}
SEO-check en meta-omschrijvingen                      {l2}
Extra correctieronde 1,5 uur x € 70,00                {l3}

Subtotaal                                             {net}
21% btw                                               {vat21}
Totaal                                                {total}

Betalen binnen 30 dagen op {iban} t.n.v. Tekstbureau Woordwaardig.
KvK {kvk} | btw {vat}

Groet,
Annelies Kramer
Tekstbureau Woordwaardig""", ctx=dict(kvk=s["kvk"], vat=s["vat"]),
  note="Invoice typed in the mail because the PDF did not work; debtor block with 't.a.v.' and the debtor's own VAT number; the sender's KvK and VAT at the bottom; term only.")

s = S("Dierenkliniek De Linde", ["Lindeweg 2", "3831 AB Leusden", "033 494 11 22"], "balie@dierenkliniekdelinde.nl",
      kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl")
I(lang="nl", tool="word", kind="pdf", L="praktijk", seller=s,
  deb=["Mevr. C. Roelofs-van Dijk", "Hamersveldseweg 71", "3833 GN Leusden"],
  debtor_name="C. Roelofs-van Dijk", business=False, email="c.roelofs-vandijk@ziggo.nl", to="c.roelofs-vandijk@ziggo.nl",
  number="N26-05517", issue=D(2026, 11, 12), sent=0, term=14, term_text="binnen 14 dagen", mf="nl:pre", df="dmy-",
  details=[("number", "{number}"), ("date", "{issue}"), ("Patiënt", "Boris (hond, labrador, 9 jr)"),
           ("Dierenarts", "drs. P. Rietveld")],
  lines=[("Consult", 1, 4250, 21, {"date": "05-11"}), ("Echo buik", 1, 9500, 21, {"date": "05-11"}),
         ("Bloedonderzoek uitgebreid (lab)", 1, 11800, 21, {"date": "05-11"}),
         ("Controleconsult", 1, 2900, 21, {"date": "12-11"}), ("Metacam 2,5 mg/ml 30 ml", 1, 2465, 9, {"date": "12-11"})],
  pay=["Gelieve deze nota binnen 14 dagen te voldoen op {iban} t.n.v. Dierenkliniek De Linde o.v.v. het notanummer."],
  subject="Nota Dierenkliniek De Linde - Boris",
  body="""Geachte mevrouw Roelofs,

Hierbij ontvangt u de nota voor de behandeling van Boris. Wij hopen dat het goed met hem gaat.

Met vriendelijke groet,
Dierenkliniek De Linde
Balie""",
  pdf_filename="Nota N26-05517.pdf",
  note="Veterinary 'Nota' with the owner under 'Eigenaar' and the patient (a dog) in the details, dated lines, 21% and 9%; 'notanummer' instead of factuurnummer; the vet's 'drs.' is not the debtor.")

s = S("Zeilmakerij Noord", ["Haven 18", "1601 GN Enkhuizen", "0228 31 52 60"], "info@zeilmakerijnoord.nl",
      kvk=kvk(), vat=nlvat(), bic="INGBNL2A", footer="nl")
rf = rf_ref("ZN" + "%06d" % rng.randint(0, 999999))
I(lang="nl", tool="informer", kind="pdf", L="informer", seller=s,
  deb=["Watersportvereniging De Kaag", "Ledenadministratie / bootbeheer", "Julianalaan 2", "2159 LA Kaag"],
  debtor_name="Watersportvereniging De Kaag", business=True, email="bootbeheer@wsvdekaag.nl",
  to="undisclosed-recipients:;", number="2026-0266", issue=D(2026, 10, 8), sent=4, term=30,
  term_text="30 dagen na factuurdatum", mf="nl:codesuf", df="dmy-", ref=rf, ref_print=rf,
  details=[("number", "{number}"), ("date", "{issue}"), ("Betalingskenmerk", "{ref}")],
  lines=[("Grootzeil Valk reparatie, naden opnieuw gestikt", 3, 14500, 21),
         ("Fok nieuw, Dacron 220 g", 1, 98000, 21), ("Sailcover op maat, Sunbrella", 2, 41000, 21)],
  pay=["Betaling 30 dagen na factuurdatum op {iban} onder vermelding van betalingskenmerk {ref}."],
  subject="Factuur zeilen Valk-vloot",
  body="""Beste bootbeheer,

Bijgaand de factuur voor de zeilen van de Valken. De zeilen kunnen vanaf maandag worden opgehaald in de loods.

Met vriendelijke groet,
Dirk Stam
Zeilmakerij Noord""",
  pdf_filename="Factuur_2026-0266.pdf",
  note="Informer layout with amounts as '1.234,56 EUR' and an RF reference unspaced; To header 'undisclosed-recipients:;' (sent by Bcc), only the envelope names the club; mailed four days late.")


# ================================================================ invoices: English

gb = iban("GB")
s = S("Harbour Lane Joinery Ltd", ["Unit 4, Feeder Road", "Bristol BS2 0SB", "0117 972 4410"],
      "accounts@harbourlanejoinery.co.uk", country="GB", bank=gb, bic=gb[4:8] + "GB2L",
      footer=["Harbour Lane Joinery Ltd · Registered in England and Wales No. 09814522 · VAT No. GB 318 4471 90",
              "Bank: Sort code %s-%s-%s · Account %s · IBAN %s" % (gb[8:10], gb[10:12], gb[12:14], gb[14:], sp4(gb))])
I(lang="en", tool="xero", kind="pdf", L="xero", seller=s, cur="GBP",
  deb=["Oakfield Property Management Ltd", "Attention: Accounts Payable", "27 Queen Square", "Bristol BS1 4ND"],
  debtor_name="Oakfield Property Management Ltd", business=True, email="ap@oakfieldpm.co.uk",
  to="ap@oakfieldpm.co.uk", number="INV-2291", issue=D(2026, 11, 12), sent=0, term=30, mf="en:pre0", df="short-en",
  details=[("date", "{issue}"), ("number", "{number}"), ("Reference", "PO 55871 - Flat 3 sash windows"),
           ("VAT Number", "GB 318 4471 90")],
  lines=[("Sash window refurbishment, Flat 3, 14 Clifton Vale (labour)", 22, 3800, 20),
         ("Draught-proofing kit and parting beads", 4, 4650, 20), ("Glass replacement, 1 pane 4mm", 1, 13500, 20),
         ("Scaffold tower hire (1 week)", 1, 9500, 20)],
  pay=["Due Date: {due}", "Payment by bank transfer to Harbour Lane Joinery Ltd, sort code %s-%s-%s," % (gb[8:10], gb[10:12], gb[12:14]),
       "account %s (IBAN {iban}). Please quote {number}." % gb[14:]],
  slip=(["Harbour Lane Joinery Ltd", "Unit 4, Feeder Road", "Bristol BS2 0SB"],
        [("Customer", "Oakfield Property Management Ltd"), ("Invoice Number", "{number}"),
         ("Amount Due", "{due_amt}"), ("Due Date", "{due}"), ("Amount Enclosed", "")]),
  via="messaging-service@post.xero.com", reply_to="accounts@harbourlanejoinery.co.uk",
  subject="Invoice INV-2291 from Harbour Lane Joinery Ltd for Oakfield Property Management Ltd",
  body="""Hi Accounts Payable,

Here's invoice INV-2291 for £{n_total} GBP.

The amount outstanding of £{n_due_amt} GBP is due on {due}.

View your bill online: https://in.xero.com/Zk82fQm1Xa7c

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Harbour Lane Joinery Ltd""",
  pdf_filename="Invoice INV-2291.pdf",
  note="Xero: 'TAX INVOICE' title, customer PO in 'Reference' (not a payment reference), GBP with sort code and IBAN, a payment advice slip repeating the amount and due date; sent by the platform with the business in Reply-To.")

s = S("Lough Derg Digital Ltd", ["The Old Mill, Main Street", "Killaloe, Co. Clare V94 X2T1", "+353 61 376 220"],
      "hello@loughdergdigital.ie", country="IE",
      footer=["Lough Derg Digital Ltd · Registered in Ireland No. 688214 · VAT IE 3761144WH"])
I(lang="en", tool="xero", kind="pdf", L="xero", seller=s, credit=True, iban_none=True,
  deb=["Brennan's Bakery Ltd", "12 Bridge Street", "Nenagh, Co. Tipperary"],
  debtor_name="Brennan's Bakery Ltd", business=True, email="orla@brennansbakery.ie", to="Orla Brennan <orla@brennansbakery.ie>",
  number="CN-0042", issue=D(2026, 10, 21), sent=0, mf="en:pre0", df="short-en",
  voc=dict(title="CREDIT NOTE", tot="TOTAL EUR", vat="TOTAL VAT {r}%"),
  details=[("Date", "{issue}"), ("Credit Note Number", "{number}"), ("Reference", "INV-0388"),
           ("VAT Number", "IE 3761144WH")],
  lines=[("Website care plan - refund for September (site offline 11 days)", 1, -9500, 23),
         ("Goodwill credit", 1, -2500, 23)],
  pay=["This credit has been applied to your account. No payment is required."],
  via="messaging-service@post.xero.com", reply_to="hello@loughdergdigital.ie",
  subject="Credit Note CN-0042 from Lough Derg Digital Ltd for Brennan's Bakery Ltd",
  body="""Hi Orla,

Here's credit note CN-0042 for {total} EUR.

Sorry again about the outage in September, this covers the care plan for that month plus a little extra.

View your credit note online: https://in.xero.com/p4RmT0oQ8vYs

Thanks,
Lough Derg Digital Ltd""",
  pdf_filename="Credit Note CN-0042.pdf",
  note="Xero credit note in EUR: negative total, 'Reference INV-0388' is the credited invoice, no bank details (iban null), due date null.")

s = S("Pine Ridge Landscaping LLC", ["418 Route 100", "Stowe, VT 05672", "(802) 555-0143", "billing@pineridgevt.com"],
      "billing@pineridgevt.com", country="US", bank="")
I(lang="en", tool="quickbooks", kind="pdf", L="quickbooks", seller=s, cur="USD", iban_none=True, hide0=True,
  deb=["Maple Street Dental, PLLC", "Dr. Renee Castillo", "77 Maple Street", "Morrisville, VT 05661"],
  blocks=[(230, 165, "SHIP TO", ["Maple Street Dental", "77 Maple Street", "Morrisville, VT 05661"])],
  debtor_name="Maple Street Dental, PLLC", business=True, email="office@maplestreetdental.com",
  to="office@maplestreetdental.com", number="1187", issue=D(2026, 10, 15), sent=0, term=30, term_text="Net 30",
  mf="en:pre0", df="mdy/",
  details=[("number", "{number}"), ("date", "{issue}"), ("TERMS", "Net 30")],
  paid=[("PAYMENT RECEIVED", 150000)],
  lines=[("Fall cleanup, beds and lawn (crew of 3)", 18, 6500, 0, {"date": "10/06/2026"}),
         ("Mulch, dark brown (cu yd)", 6, 5200, 6, {"date": "10/06/2026"}),
         ("Perennials, mixed (1 gal)", 24, 1450, 6, {"date": "10/07/2026"}),
         ("Snow stake installation", 1, 19500, 0, {"date": "10/14/2026"})],
  pay=["Pay by ACH: Northfield Savings Bank, routing 011601074, account 4402817739.",
       "Checks payable to Pine Ridge Landscaping LLC. Thank you for your business!"],
  via="quickbooks@notification.intuit.com", reply_to="billing@pineridgevt.com",
  subject="Invoice 1187 from Pine Ridge Landscaping LLC",
  body="""Dear Maple Street Dental, PLLC,

Here's your invoice! We appreciate your prompt payment.

Thanks for your business!
Pine Ridge Landscaping LLC

----------------------------------------------
INVOICE 1187 DETAILS
Balance due: ${n_due_amt}
Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-8b1f3e""",
  pdf_filename="Invoice_1187_from_Pine_Ridge_Landscaping_LLC.pdf",
  note="QuickBooks in USD: BILL TO with the dentist as contact and a SHIP TO block beside it, MM/DD/YYYY, 'TERMS Net 30' without a due date, sales tax on the materials only, a payment received subtracted, ACH only (iban null), sent by the platform.")

s = S("Brightwave Analytics B.V.", ["Wilhelminakade 91", "3072 AP Rotterdam", "The Netherlands", "VAT NL865530201B01"],
      "finance@brightwave-analytics.com", kvk=kvk(), vat="NL865530201B01", bankcode="INGB",
      footer=["Brightwave Analytics B.V. · Chamber of Commerce 71840552 · VAT NL865530201B01",
              "Bank: ING · IBAN {iban} · BIC INGBNL2A"])
s["footer"][1] = s["footer"][1].replace("{iban}", sp4(s["iban"]))
I(lang="en", tool="zoho", kind="pdf", L="zoho", seller=s, reverse=True,
  deb=["Kessler Logistik GmbH", "Hafenstraße 30", "28217 Bremen", "Germany", "VAT DE287741905"],
  debtor_name="Kessler Logistik GmbH", business=True, email="kreditoren@kessler-logistik.de",
  to="kreditoren@kessler-logistik.de", number="INV-000318", issue=D(2026, 11, 2), sent=0, term=15, term_text="Net 15",
  mf="en:pre0", df="dmy/",
  details=[("number", "{number}"), ("date", "{issue}"), ("Terms", "Net 15"), ("P.O.#", "4500098123")],
  voc=dict(vat="VAT {r}% (reverse charge)"),
  paid=[("Payment Made", 400000)],
  lines=[("Route optimisation dashboard - phase 2 (fixed fee)", 1, 960000, 0),
         ("Data engineering, hours (October)", 26, 11500, 0), ("Cloud hosting pass-through (October)", 1, 41280, 0)],
  pay=["Bank details: ING Bank, IBAN {iban}, BIC {bic}", "Please quote the invoice number with your payment."],
  notes=["VAT reverse charged: intra-EU supply of services, art. 196 Directive 2006/112/EC."],
  via="message-service@sender.zohoinvoice.eu", reply_to="finance@brightwave-analytics.com",
  subject="Invoice - INV-000318 from Brightwave Analytics B.V.",
  body="""Dear Kessler Logistik GmbH,

Thank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.

INVOICE AMOUNT: €{n_total}
Balance due: €{n_due_amt}

https://zohosecurepay.eu/invoice/brightwave/secure?CInvoiceID=2-7c41b0

Regards,
Finance team
Brightwave Analytics B.V.""",
  pdf_filename="INV-000318.pdf",
  note="Zoho: title beside the block, 'Net 15' only, reverse charge (0% line shown), 'Payment Made' already paid so Balance Due < Total; the debtor's VAT number under its address; 'quote the invoice number' is not a labelled reference.")

ch = iban("CH")
s = S("Alpenglow Studio GmbH", ["Josefstrasse 214", "8005 Zürich", "Switzerland"], "studio@alpenglow.ch", country="CH",
      bank=ch, bic="ZKBKCHZZ80A",
      footer=["Alpenglow Studio GmbH · UID CHE-431.208.775 MWST · Zürcher Kantonalbank · IBAN " + sp4(ch)])
I(lang="en", tool="freshbooks", kind="pdf", L="freshbooks", seller=s, cur="CHF",
  deb=["Helvetic Trails AG", "Marketing, Ms. Chiara Bianchi", "Bahnhofplatz 5", "3011 Bern"],
  debtor_name="Helvetic Trails AG", business=True, email="chiara.bianchi@helvetictrails.ch",
  to="Chiara Bianchi <chiara.bianchi@helvetictrails.ch>", number="0000061", issue=D(2026, 11, 18), sent=0, term=30,
  mf="ch:code", df="dmy/",
  details=[("date", "{issue}"), ("number", "{number}"), ("due", "{due}"), ("todo", "{due_amt}")],
  voc=dict(sub="Subtotal", vat="MWST {r}%"),
  lines=[("Brand film 'Via Alpina' - shooting days", 3, 185000, 8.1), ("Drone operator incl. permits", 1, 96000, 8.1),
         ("Edit, grade and sound mix", 1, 420000, 8.1), ("Cut-downs for social (6 x 15s)", 6, 35000, 8.1)],
  pay=["Please pay by bank transfer to Alpenglow Studio GmbH, Zürcher Kantonalbank,", "IBAN {iban}, BIC {bic}."],
  via="noreply@freshbooks.com", reply_to="studio@alpenglow.ch",
  subject="Alpenglow Studio GmbH sent you an invoice (0000061)",
  body="""Alpenglow Studio GmbH sent you an invoice.

Invoice 0000061
Amount Due: CHF {n_due_amt}
Due Date: {due}

Hi Chiara, here is the invoice for the Via Alpina film. It was a pleasure working with you and the team! - Luca

View Invoice: https://my.freshbooks.com/#/link/a9c3e17f22

Powered by FreshBooks""",
  pdf_filename="Alpenglow Studio GmbH Invoice 0000061.pdf",
  note="FreshBooks in CHF ('CHF 12'345.00'), a row of details with 'Amount Due (CHF)' as a field, Swiss VAT 8.1%, contact with her department under the company; sent by the platform.")

se = iban("SE")
s = S("Lindqvist Illustration", ["Maja Lindqvist", "Skånegatan 47", "116 37 Stockholm", "Sweden"], "maja@lindqvistillustration.se",
      country="SE", bank=se, bic="SWEDSESS",
      footer=["Lindqvist Illustration · Org.nr 870412-4461 · Momsreg.nr SE870412446101 · Godkänd för F-skatt",
              "IBAN " + sp4(se) + " · BIC SWEDSESS"])
I(lang="en", tool="word", kind="pdf", L="word-en", seller=s, cur="SEK",
  deb=["Bokförlaget Måsen AB", "Att: Henrik Sjöberg", "Götgatan 22", "118 46 Stockholm"],
  debtor_name="Bokförlaget Måsen AB", business=True, email="henrik.sjoberg@masenforlag.se",
  to="henrik.sjoberg@masenforlag.se", number="2026-23", issue=D(2026, 10, 26), sent=1, term=30,
  term_text="Payment within 30 days", mf="sp:suf", df="iso",
  details=[("Invoice no.", "{number}"), ("Invoice date", "{issue}"), ("Your reference", "Henrik Sjöberg"),
           ("Payment terms", "30 days net")],
  voc=dict(vat="VAT (moms) {r}%", tot="Total to pay"),
  lines=[("Cover illustration 'Sommaren vid Bryggan' incl. 2 rounds of changes", 1, 1850000, 25),
         ("Inside vignettes, black and white", 14, 95000, 25), ("Usage rights print + e-book, 5 years", 1, 600000, 25)],
  pay=["Payment within 30 days to IBAN {iban} (BIC {bic}), or bankgiro 5521-0847.",
       "Please mark the payment with the invoice number."],
  subject="Invoice 2026-23 - cover and vignettes",
  body="""Hi Henrik,

Attached is my invoice for the cover and the vignettes. Wonderful to hear the book goes to print in December!

Best wishes,
Maja

Maja Lindqvist Illustration
+46 70 442 18 93""",
  pdf_filename="Lindqvist_Invoice_2026-23.pdf",
  note="Word document in English from Sweden: SEK amounts as '23 125,00 kr', ISO dates, 'Att:' contact, 'Your reference' is a person, 'Payment within 30 days' and '30 days net' (no due date); bankgiro beside the IBAN.")

s = S("Studio Kamergeel", ["Prinsengracht 781", "1017 JZ Amsterdam", "The Netherlands"], "ruben@kamergeel.studio",
      kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl")
s["footer"] = [s["footer"][0], s["footer"][1].replace("KvK", "CoC").replace("BTW", "VAT")]
I(lang="en", tool="word", kind="pdf", L="word-jp", seller=s, cur="JPY", hide0=True,
  deb=["Tanaka Shoten Co., Ltd.", "Attn. Mr. Hiroshi Tanaka", "2-14-7 Kuramae, Taito-ku", "Tokyo 111-0051, Japan"],
  debtor_name="Tanaka Shoten Co., Ltd.", business=True, email="h.tanaka@tanaka-shoten.co.jp",
  to="h.tanaka@tanaka-shoten.co.jp", number="KG-2026-040", issue=D(2026, 9, 14), sent=0, term=30,
  term_text="within 30 days of the invoice date", mf="jpy:pre0", df="us", place_date="Amsterdam, {issue}",
  letter=["*INVOICE KG-2026-040", "", "Dear Mr. Tanaka,", "",
          "As agreed in our quotation of July 3, I invoice the packaging design for the new tea range:"],
  voc=dict(sub="Subtotal", tot="Total (JPY)"),
  lines=[("Packaging design 'Kuramae Blend', 4 SKUs", 4, 220000, 0), ("Logo refresh and style sheet", 1, 310000, 0),
         ("Print supervision (remote), 2 sessions", 2, 45000, 0)],
  pay=["VAT: service outside the scope of Dutch VAT (place of supply Japan).",
       "Payment within 30 days of the invoice date in JPY to {iban} (BIC {bic}),",
       "account holder R. Smit / Studio Kamergeel, reference {number}.", "", "Kind regards,", "Ruben Smit"],
  subject="Invoice KG-2026-040 (packaging design)",
  body="""Dear Mr. Tanaka,

Thank you again for the wonderful collaboration. Please find attached my invoice for the packaging design, in Japanese yen as agreed.

Kind regards,
Ruben Smit
Studio Kamergeel, Amsterdam""",
  pdf_filename="Invoice KG-2026-040.pdf",
  note="JPY invoice (amounts in yen, no decimals: '¥1,280,000') as a Word letter with US-style date; 'reference KG-2026-040' in the payment sentence is the invoice number, not labelled as a payment reference field; no VAT line.")

s = S("Van Rijn Maritime Consultancy B.V.", ["Scheepmakershaven 17", "3011 VB Rotterdam", "+31 10 204 88 10"],
      "invoices@vanrijnmaritime.nl", kvk=kvk(), vat=nlvat(), bic="ABNANL2A", web="vanrijnmaritime.nl",
      legal="Van Rijn Maritime Consultancy B.V.")
s["footer"] = [[s["name"]] + s["addr"][:2], ["CoC " + s["kvk"], "VAT " + s["vat"]],
               ["IBAN " + sp4(s["iban"]), "BIC " + s["bic"]], [s["email"], s["web"]]]
rf = rf_ref("VRM" + "%08d" % rng.randint(0, 99999999))
I(lang="en", tool="twinfield", kind="pdf+ubl", L="twinfield-en", seller=s, reverse=True,
  deb=["Nordic Ferry Lines A/S", "Accounts Payable", "Havnegade 39", "1058 København K", "Denmark"],
  debtor_name="Nordic Ferry Lines A/S", business=True, email="ap.invoices@nordicferrylines.dk",
  to="\"AP Invoices\" <ap.invoices@nordicferrylines.dk>", number="2026-11-0052", issue=D(2026, 11, 20), sent=0,
  term=30, mf="en:pre0", df="long",
  details=[("Invoice", "{number}"), ("Date", "{issue}"), ("Due date", "{due}"), ("Customer", "C2208"),
           ("Payment reference", "{ref}")],
  ref=rf, ref_print=rf, buyer_ref="PO-DK-77310",
  voc=dict(vat="VAT {r}% (reverse charge)", pos="Line"),
  lines=[("Ballast water management audit, MV Skagen Star", 1, 640000, 0),
         ("Travel days (2) and report", 2, 95000, 0), ("Travel expenses as per receipts", 1, 131245, 0)],
  pay=["Please pay to {iban} (BIC {bic}) quoting payment reference {ref}.",
       "VAT reverse charged to the recipient, art. 196 Council Directive 2006/112/EC."],
  ubl_customer=dict(name="Nordic Ferry Lines A/S", vat="DK29417703"),
  subject="Invoice 2026-11-0052 - Van Rijn Maritime Consultancy",
  body="""Dear Sir or Madam,

Please find attached invoice 2026-11-0052 in PDF and UBL format (PO-DK-77310).

Kind regards,
Accounts department
Van Rijn Maritime Consultancy B.V.""",
  pdf_filename="Invoice 2026-11-0052.pdf", ubl_name="Invoice_2026-11-0052.xml",
  note="Twinfield in English with UBL: row of details with an RF 'Payment reference', reverse charge to a Danish company; the UBL BuyerReference (the customer's PO) is not the payment reference.")

s = S("Delta Precision Parts B.V.", ["De Run 5410", "5504 DE Veldhoven", "+31 40 253 70 00"], "ar@deltaprecision.nl",
      kvk=kvk(), vat=nlvat(), bankcode="RABO", web="deltaprecision.nl", legal="Delta Precision Parts B.V.")
s["footer"] = [[s["name"]] + s["addr"][:2], ["CoC " + s["kvk"], "VAT " + s["vat"]],
               ["IBAN " + sp4(s["iban"]), "BIC " + s["bic"]], [s["email"], s["web"]]]
I(lang="en", tool="exact-online", kind="pdf+ubl", L="exact-en", seller=s, footcols=True,
  deb=["Brainport Automation B.V.", "Attn. Procurement - Ms. F. Yilmaz", "High Tech Campus 12", "5656 AE Eindhoven"],
  debtor_name="Brainport Automation B.V.", business=True, email="invoices@brainport-automation.com",
  to="invoices@brainport-automation.com", number="26800077", issue=D(2026, 11, 24), sent=0, term=30,
  term_text="30 days net", mf="en:pre", df="dmy-", ref="26800077", ref_print="26800077",
  details=[("number", "{number}"), ("date", "{issue}"), ("cust", "40019"), ("Your order", "BA-PO-2026-1183"),
           ("Payment terms", "30 days net")],
  paid=[("Less: advance payment 14-10-2026", 500000)],
  voc=dict(paid="Advance", todo="Balance due"),
  lines=[("Machined aluminium housing DPP-4410 rev C", 120, 8650, 21), ("Anodising, black, type II", 120, 1240, 21),
         ("First article inspection report", 1, 45000, 21), ("Packaging and transport", 1, 18500, 21)],
  pay=["Payment terms: {term}. Payment reference: {ref}", "Bank: Rabobank, IBAN {iban}, BIC {bic}"],
  ubl_customer=dict(name="Brainport Automation B.V.", vat="NL858612007B01"),
  subject="Invoice 26800077 Delta Precision Parts B.V.",
  body="""Dear customer,

Please find attached invoice 26800077 (PDF and UBL).

Kind regards,
Delta Precision Parts B.V.
Accounts receivable

This e-mail was sent from Exact Online.""",
  pdf_filename="26800077.pdf", ubl_name="26800077.xml",
  note="Exact Online in English with UBL: an advance payment subtracted (PrepaidAmount), '30 days net' only, 'Payment reference' labelled and equal to the invoice number; the customer's order number in the details; an 'Attn.' contact with her department.")

s = S("Paws About Town", ["Gemma Hollis", "9 Chapel Allerton Road", "Leeds LS7 3LE"], "gemma@pawsabouttown.co.uk",
      country="GB", bank="")
I(lang="en", tool="typed", kind="body-text", seller=s, cur="GBP", iban_none=True, novat=True,
  debtor_name="Grace Okafor", business=False, email="grace.okafor@btinternet.com", to="grace.okafor@btinternet.com",
  number="PAT-0931", issue=D(2026, 11, 27), sent=0, term=7, term_text="within 7 days", mf="en:pre0", df="ord",
  lines=[("Group walks for Biscuit, 1 hour (Mon-Fri, 2-27 Nov)", 19, 1400, 0), ("Solo walk Saturday 14 Nov", 1, 1800, 0),
         ("Home visits while you were away (21-22 Nov)", 4, 1200, 0)],
  subject="November invoice - Biscuit",
  body="""Hi Grace,

Hope you had a lovely time in Lagos! Biscuit was a star as always (he's made friends with a very large Newfoundland).

Here's November:

INVOICE PAT-0931
Date: {issue}
To: Grace Okafor, 31 Roundhay Mount, Leeds LS8

19 x group walk @ £14.00 ........ {l1}
1 x solo walk (Sat) ............. {l2}
4 x home visit @ £12.00 ......... {l3}
TOTAL ........................... {total}

Payment within 7 days please, to:
Gemma Hollis
Sort code 40-47-84  Account 61093358

Not VAT registered.

Thanks!
Gemma x
Paws About Town""",
  note="UK dog walker typing the invoice in the mail; GBP, sort code and account only (iban null), 'within 7 days' term, ordinal date ('27th November 2026').")

s = S("Kite & Key Localization", ["Overtoom 141", "1054 HG Amsterdam"], "billing@kiteandkey.com", kvk=kvk(),
      vat=nlvat(), bankcode="BUNQ")
s["footer"] = ["Kite & Key Localization · CoC %s · VAT %s · IBAN %s" % (s["kvk"], s["vat"], sp4(s["iban"]))]
I(lang="en", tool="html", kind="body-html", seller=s,
  deb=["Polderpixel Games B.V.", "Attn. Finance", "Jaarbeursplein 6", "3521 AL Utrecht"], deb_label="Bill to",
  debtor_name="Polderpixel Games B.V.", business=True, email="finance@polderpixel.games",
  to="Finance <finance@polderpixel.games>, \"Sven (producer)\" <sven@polderpixel.games>",
  rcpt=["finance@polderpixel.games", "sven@polderpixel.games"],
  number="KK-26-0219", issue=D(2026, 11, 25), sent=0, term=30, term_text="Net 30", mf="en:pre0", df="us",
  details=[("Invoice", "{number}"), ("Issued", "{issue}"), ("Terms", "Net 30"), ("Project", "Tidewater - DE/FR/ES")],
  lines=[("Translation EN>DE, in-game text (words)", 18400, 11, 21), ("Translation EN>FR, in-game text (words)", 18400, 11, 21),
         ("Translation EN>ES, in-game text (words)", 18400, 10, 21), ("LQA testing, hours", 12, 4500, 21)],
  pay=["Please transfer {total} to IBAN {iban} (bunq, BIC {bic}), referencing {number}."],
  html_intro="Hi there,<br><br>Thanks for trusting us with Tidewater! Below is the invoice for the German, French and Spanish localization. Sven, copying you so you know it's been sent.",
  html_outro="Best,<br>Noor Haddad<br>Kite &amp; Key Localization",
  subject="Invoice KK-26-0219 - Tidewater localization",
  note="HTML invoice in English from an Amsterdam agency to a Dutch company: per-word prices in cents (18400 x € 0.11), 'Net 30' only, two recipients (finance first in the envelope).")

gb2 = iban("GB")
s = S("Rosie Hart Photography", ["Trewartha Barn", "St Agnes, Cornwall TR5 0RT"], "rosie@rosiehartphoto.co.uk",
      country="GB", bank=gb2, bic=gb2[4:8] + "GB2L")
I(lang="en", tool="canva", kind="pdf", L="canva", seller=s, cur="GBP", novat=True,
  deb=["Emma Clarke & Tom Reilly", "Flat 2, 18 Lemon Street", "Truro TR1 2LS"],
  debtor_name="Emma Clarke & Tom Reilly", business=False, email="emmaclarke.tomreilly@gmail.com",
  to="emmaclarke.tomreilly@gmail.com", number="RH-2027-004", issue=D(2026, 11, 30), sent=0, due=D(2027, 4, 17),
  mf="en:pre0", df="long",
  details=[("number", "{number}"), ("date", "{issue}"), ("Wedding date", "1 May 2027"), ("due", "{due}")],
  paid=[("Deposit received (booking fee)", 50000)],
  lines=[("Full day wedding coverage (10 hrs)", 1, 185000, 0), ("Second shooter", 1, 35000, 0),
         ("Engagement shoot", 1, 25000, 0), ("Heirloom album 12x12", 1, 42000, 0)],
  pay=["Balance payable by {due} (two weeks before the wedding).",
       "Bank transfer: Rosie Hart, sort code %s-%s-%s, account %s, IBAN {iban}." % (gb2[8:10], gb2[10:12], gb2[12:14], gb2[14:]),
       "Not VAT registered."],
  subject="Your wedding invoice (balance) - Rosie Hart Photography",
  body="""Hi Emma and Tom!

Five months to go!! I'm so excited for your day at Trevenna. As promised, here's the balance invoice so you can plan ahead - no rush, it's not due until mid April.

Lots of love,
Rosie x""",
  pdf_filename="RH-2027-004 Emma & Tom.pdf",
  note="Canva-made invoice for a couple ('Emma Clarke & Tom Reilly'), deposit received subtracted, due date months ahead and a wedding date in the details (not the due date), GBP, no VAT.")

ie = iban("IE", "AIBK")
s = S("Aoife Brennan Editorial", ["14 Lower Rathmines Road", "Dublin 6, D06 R2X9"], "aoife@brennaneditorial.ie",
      country="IE", bank=ie, bic=ie[4:8] + "IE2D")
I(lang="en", tool="typed", kind="body-text", seller=s, novat=True,
  debtor_name="Harlow & Finch Publishing Ltd", business=True, email="accounts@harlowfinch.co.uk",
  to="Accounts <accounts@harlowfinch.co.uk>", cc="\"Priya Nair\" <priya.nair@harlowfinch.co.uk>",
  rcpt=["accounts@harlowfinch.co.uk", "priya.nair@harlowfinch.co.uk"],
  number="AB-114", issue=D(2026, 11, 3), sent=0, term=30, term_text="payable within 30 days", mf="en:pre0", df="ord",
  lines=[("Structural edit, 'The Salt Road' (94,000 words)", 1, 235000, 0), ("Editorial report and call", 1, 30000, 0)],
  subject="Invoice AB-114 - The Salt Road structural edit",
  body="""Dear Accounts team,

Please find my invoice below for the structural edit of The Salt Road (commissioned by Priya Nair, cc'd).

INVOICE NO: AB-114
DATE: {issue}

BILL TO:
Harlow & Finch Publishing Ltd
Attn: Priya Nair, Editorial
40 Great Sutton Street
London EC1V 0DX

Structural edit, The Salt Road (94,000 words)     {l1}
Editorial report and follow-up call              {l2}

TOTAL DUE: {total}

Terms: payable within 30 days.
Bank: AIB, Aoife Brennan, IBAN {iban}, BIC {bic}
(Not registered for VAT.)

With thanks,
Aoife Brennan""",
  note="Irish freelance editor typing the invoice in the mail to a London publisher, EUR, 'BILL TO' with 'Attn:' a person under the company, 'payable within 30 days', ordinal date.")


# ================================================================ invoices: German

s = S("Schreinerei Albrecht GmbH", ["Hofackerstraße 12", "79110 Freiburg im Breisgau", "Tel. 0761 893 120"],
      "rechnung@schreinerei-albrecht.de", country="DE", vat=devat(), bic="SOLADES1FRB", bankname="Sparkasse Freiburg",
      reg="Amtsgericht Freiburg HRB 714402", tel="0761 893 120", footer="de-cols")
I(lang="de", tool="lexoffice", kind="pdf", L="lexoffice", seller=s,
  deb=["Weingut Kiefer GbR", "z. Hd. Frau Annette Kiefer", "Bahnhofstraße 7", "79235 Vogtsburg im Kaiserstuhl"],
  debtor_name="Weingut Kiefer GbR", business=True, email="buero@weingut-kiefer.de", to="buero@weingut-kiefer.de",
  number="RE-2026-0389", issue=D(2026, 11, 11), sent=1, term=14, term_text="zahlbar innerhalb von 14 Tagen netto",
  mf="nl:suf", df="dmy.",
  details=[("number", "{number}"), ("cust", "10233"), ("date", "{issue}"), ("Lieferdatum", "06.11.2026"),
           ("Ihr Ansprechpartner", "Markus Albrecht")],
  title="Rechnung Nr. RE-2026-0389",
  pre=["Sehr geehrte Frau Kiefer,", "vielen Dank für Ihren Auftrag. Wir stellen Ihnen folgende Leistungen in Rechnung:"],
  lines=[("Verkostungstresen Eiche massiv, geölt, nach Zeichnung", 1, 486000, 19),
         ("Wandregal für 120 Flaschen, Eiche", 2, 114500, 19), ("Montage vor Ort (Std.)", 6, 6800, 19),
         ("Anfahrt", 1, 4500, 19)],
  pay=["Zahlungsbedingungen: {term}.", "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer",
       "auf das unten genannte Konto. Mit freundlichen Grüßen, Markus Albrecht"],
  subject="Rechnung RE-2026-0389 der Schreinerei Albrecht GmbH",
  body="""Sehr geehrte Frau Kiefer,

anbei erhalten Sie unsere Rechnung RE-2026-0389. Wir wünschen Ihnen viel Freude mit dem neuen Verkostungstresen!

Mit freundlichen Grüßen
Markus Albrecht

Schreinerei Albrecht GmbH
Hofackerstraße 12, 79110 Freiburg im Breisgau""",
  pdf_filename="Rechnung_RE-2026-0389.pdf",
  note="lexoffice DIN 5008: return-address line above the window, 'z. Hd. Frau' contact under a GbR, info block with a delivery date (not the invoice date), term 'zahlbar innerhalb von 14 Tagen netto' only, IBAN only in the three-column footer.")

s = S("Hausmeisterservice Brandt", ["Uwe Brandt", "Kieler Straße 88", "24768 Rendsburg"], "info@hausmeister-brandt.de",
      postal=["Kieler Straße 88", "24768 Rendsburg"], retline="Hausmeisterservice Brandt · Kieler Straße 88 · 24768 Rendsburg",
      country="DE", stnr="19/227/03114", bic="NOLADE21RDB", bankname="Sparkasse Mittelholstein",
      tel="04331 77 21 05",
      footer="de-cols")
I(lang="de", tool="lexoffice", kind="pdf", L="lexoffice", seller=s,
  deb=["Herrn", "Matthias Schäfer-Yıldız", "Am Stadtsee 3", "24768 Rendsburg"],
  debtor_name="Matthias Schäfer-Yıldız", business=False, email="m.schaefer-yildiz@web.de", to="m.schaefer-yildiz@web.de",
  number="2026-212", issue=D(2026, 10, 29), sent=0, term=14, mf="nl:suf", df="dmy.",
  details=[("number", "{number}"), ("date", "{issue}"), ("Leistungszeitraum", "Oktober 2026"), ("due", "{due}")],
  title="Rechnung",
  pre=["Sehr geehrter Herr Schäfer-Yıldız,", "für die Arbeiten an Ihrem Haus berechne ich Ihnen:"],
  lines=[("Laub entfernen, Dachrinnen reinigen (Std.)", 5, 4200, 19), ("Hecke schneiden inkl. Grünschnittabfuhr", 1, 18500, 19),
         ("Entsorgungspauschale Grünschnitt", 1, 3500, 19)],
  notes=["Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: 395,00 € netto (470,05 € brutto)."],
  pay=["Bitte überweisen Sie den Betrag bis zum {due} auf das unten genannte Konto.", "Vielen Dank!"],
  subject="Rechnung 2026-212 Hausmeisterservice Brandt",
  body="""Guten Tag Herr Schäfer-Yıldız,

im Anhang die Rechnung für Oktober. Die Dachrinnen waren wirklich voll - beim nächsten Mal würde ich ein Laubschutzgitter empfehlen.

Viele Grüße
Uwe Brandt
Hausmeisterservice Brandt
Tel. 04331 77 21 05""",
  pdf_filename="Rechnung 2026-212.pdf",
  note="lexoffice with 'Herrn' on its own line above a hyphenated name with a Turkish dotless ı; a Leistungszeitraum and 'Fällig am' in the info block; § 35a labour share printed (not the amount due); Steuernummer instead of a USt-IdNr.")

s = S("Druckerei Weiland KG", ["Gutenbergring 21", "48155 Münster", "Tel. 0251 61 44 00"], "buchhaltung@druckerei-weiland.de",
      country="DE", vat=devat(), bic="WELADED1MST", bankname="Sparkasse Münsterland Ost",
      reg="Amtsgericht Münster HRA 9932", tel="0251 61 44 00", footer="de-cols")
I(lang="de", tool="sevdesk", kind="pdf", L="sevdesk", seller=s,
  deb=["Brauhaus am Markt GmbH & Co. KG", "Einkauf", "Prinzipalmarkt 38", "48143 Münster"],
  debtor_name="Brauhaus am Markt GmbH & Co. KG", business=True, email="einkauf@brauhaus-am-markt.de",
  to="einkauf@brauhaus-am-markt.de", number="RE-10772", issue=D(2026, 11, 19), sent=0, term=30,
  term_text="Zahlbar innerhalb von 30 Tagen netto", mf="nl:suf", df="dmy.",
  details=[("number", "{number}"), ("cust", "K-4410"), ("date", "{issue}"), ("Auftrag", "A-2026-611")],
  title="Rechnung RE-10772",
  lines=[("Bierdeckel 4/4-farbig, rund 107 mm (Stück)", 25000, 3.2, 19), ("Speisekarten A4, 300 g, laminiert", 200, 245, 19),
         ("Plakate A1 Herbstfest", 40, 690, 19), ("Satz und Reinzeichnung", 1, 19500, 19)],
  skonto=2, pay=["{term}. Bei Zahlung innerhalb von 8 Tagen gewähren wir 2 % Skonto (Zahlbetrag dann {skonto}).",
       "Bitte geben Sie bei der Überweisung die Rechnungsnummer an."],
  subject="Ihre Rechnung RE-10772 von Druckerei Weiland KG",
  body="""Sehr geehrte Damen und Herren,

im Anhang finden Sie Ihre Rechnung RE-10772 vom 19.11.2026.

Mit freundlichen Grüßen
Druckerei Weiland KG

-- 
Gesendet mit sevDesk""",
  pdf_filename="RE-10772.pdf",
  note="sevDesk with Skonto: due date from the net term (30 days) and the full amount; a fractional unit price (0,032 € per beer mat, printed as 0,03 €) makes the line total the check; a department ('Einkauf') under the company.")

s = S("IT-Service Bergmann", ["Jana Bergmann", "Lindenallee 4", "04177 Leipzig"], "rechnung@it-bergmann.de",
      country="DE", postal=["Lindenallee 4", "04177 Leipzig"], retline="IT-Service Bergmann · Lindenallee 4 · 04177 Leipzig",
      vat=devat(), bic="GENODEF1LVB", bankname="Leipziger Volksbank", tel="0341 259 63 30",
      footer="de-cols", legal="Jana Bergmann IT-Service")
I(lang="de", tool="sevdesk", kind="pdf+ubl", L="sevdesk", seller=s,
  deb=["Förderverein Grundschule Am Park e.V.", "Kassenwart Herr T. Nguyen", "Parkstraße 20", "04105 Leipzig"],
  debtor_name="Förderverein Grundschule Am Park e.V.", business=True, email="kasse@foerderverein-gs-ampark.de",
  to="kasse@foerderverein-gs-ampark.de", number="2026-0087", issue=D(2026, 11, 26), sent=0, due=D(2026, 12, 10),
  mf="nl:suf", df="dmy.", ref="RG 2026-0087 FV Am Park", ref_print="RG 2026-0087 FV Am Park",
  ubl_custom="urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
  details=[("number", "{number}"), ("cust", "K-031"), ("date", "{issue}"), ("Fällig am", "{due}")],
  title="Rechnung 2026-0087",
  lines=[("Notebook 14\" refurbished, inkl. Einrichtung", 6, 31900, 19), ("WLAN-Access-Point Ubiquiti U6+", 2, 14900, 19),
         ("Einrichtung Schulnetz (Std.)", 4.5, 6500, 19)],
  pay=["Bitte überweisen Sie den Betrag bis zum {due} an IBAN {iban} (BIC {bic}).",
       "Verwendungszweck: {ref}"],
  ubl_customer=dict(name="Förderverein Grundschule Am Park e.V."),
  subject="Rechnung 2026-0087 (XRechnung anbei)",
  body="""Hallo Herr Nguyen,

anbei die Rechnung für die Notebooks und das WLAN als PDF und zusätzlich als XRechnung (UBL), wie vom Verein gewünscht.

Viele Grüße
Jana Bergmann
IT-Service Bergmann""",
  pdf_filename="Rechnung_2026-0087.pdf", ubl_name="xrechnung_2026-0087.xml",
  note="sevDesk with an XRechnung in UBL syntax; Verwendungszweck with words and the number ('RG 2026-0087 FV Am Park'), also the UBL PaymentID; a club treasurer ('Kassenwart Herr ...') under the e.V.")

s = S("Treppenbau Richter", ["Gewerbepark Süd 9", "09599 Freiberg", "Tel. 03731 20 40 60"], "buero@treppenbau-richter.de",
      country="DE", vat=devat(), bic="DRESDEFF870", bankname="Commerzbank Freiberg", reg="Inh. Falk Richter",
      tel="03731 20 40 60", footer="de-cols")
I(lang="de", tool="billomat", kind="pdf", L="billomat", seller=s,
  deb=["Herrn und Frau", "Jens und Katrin Lehmann", "Am Wasserturm 15", "09599 Freiberg"],
  debtor_name="Jens und Katrin Lehmann", business=False, email="katrin.lehmann@gmx.de", to="katrin.lehmann@gmx.de",
  number="RE1042", issue=D(2026, 3, 1), sent=2, term=14, term_text="zahlbar innerhalb von 14 Tagen", mf="nl:suf", df="long",
  title="Schlussrechnung",
  details=[("number", "{number}"), ("date", "{issue}"), ("cust", "KD0388"), ("Angebot", "AN0361")],
  paid=[("abzgl. Anzahlung vom 12. Januar 2026", 420000)],
  lines=[("Wangentreppe Buche, viertelgewendelt, 14 Steigungen", 1, 748000, 19),
         ("Edelstahlgeländer mit Handlauf Buche", 1, 186000, 19), ("Montage", 1, 95000, 19)],
  pay=["Den offenen Betrag von {due_amt} bitten wir {term} auf unser Konto zu überweisen:",
       "IBAN {iban}, BIC {bic}, Commerzbank Freiberg."],
  subject="Schlussrechnung RE1042 Treppe Am Wasserturm 15",
  body="""Sehr geehrte Familie Lehmann,

anbei erhalten Sie die Schlussrechnung für Ihre neue Treppe. Die Anzahlung ist bereits abgezogen.

Mit freundlichen Grüßen
Falk Richter
Treppenbau Richter""",
  pdf_filename="Schlussrechnung_RE1042.pdf",
  note="Billomat: a row of header columns with the date in words ('1. März 2026'), 'Herrn und Frau' on its own line over the couple's names, a Schlussrechnung less an Anzahlung ('Offener Betrag'), term only; mailed two days later.")

s = S("Eventtechnik Krüger", ["Lüner Rennbahn 14", "21339 Lüneburg", "Tel. 04131 700 85 0"], "buchhaltung@eventtechnik-krueger.de",
      country="DE", vat=devat(), bic="NOLADE21LBG", bankname="Sparkasse Lüneburg", reg="Inh. Sören Krüger",
      tel="04131 700 85 0", footer="de-cols")
I(lang="de", tool="billomat", kind="pdf", L="billomat", seller=s, credit=True,
  deb=["Lüneburg Marketing e.V.", "Veranstaltungen", "Rathaus, Am Markt 1", "21335 Lüneburg"],
  debtor_name="Lüneburg Marketing e.V.", business=True, email="veranstaltungen@lueneburg-marketing.de",
  to="veranstaltungen@lueneburg-marketing.de", number="ST0017", issue=D(2026, 10, 14), sent=0, mf="nl:suf", df="long",
  title="Stornorechnung",
  details=[("Storno-Nr.", "{number}"), ("date", "{issue}"), ("cust", "KD0211"), ("zu Rechnung", "RE0698")],
  lines=[("Storno: Bühne 8x6 m, Lichttechnik (Veranstaltung abgesagt)", 1, -238000, 19),
         ("Storno: Tontechnik inkl. Techniker", 1, -96000, 19)],
  pay=["Der Betrag wird Ihnen innerhalb von 7 Tagen auf Ihr Konto erstattet.",
       "Die Rechnung RE0698 ist damit vollständig storniert."],
  subject="Stornorechnung ST0017 zu Rechnung RE0698",
  body="""Sehr geehrte Damen und Herren,

wie besprochen stornieren wir die Rechnung RE0698 für das abgesagte Lichterfest. Anbei die Stornorechnung.

Mit freundlichen Grüßen
Sören Krüger
Eventtechnik Krüger""",
  pdf_filename="Stornorechnung_ST0017.pdf",
  note="Billomat Stornorechnung: negative amounts, its own number (ST0017) and the cancelled invoice's number (RE0698) both printed; no due date; IBAN only in the footer.")

s = S("Yoga & Atem – Lisa Hartmann", ["Hohenzollernring 54", "50672 Köln", "0176 344 90 218"], "lisa@yoga-und-atem.de",
      country="DE", stnr="217/5093/1144", bic="COLSDE33XXX")
vz = "Rechnung 2026-14 Gellert"
I(lang="de", tool="word", kind="pdf", L="word-de", seller=s, novat=True,
  deb=["Frau", "Petra Gellert-Nowak", "Brüsseler Straße 9", "50674 Köln"],
  debtor_name="Petra Gellert-Nowak", business=False, email="petra.gellert@t-online.de", to="petra.gellert@t-online.de",
  number="2026-14", issue=D(2026, 11, 2), sent=0, term=14, term_text="zahlbar innerhalb von 14 Tagen", mf="nl:codesuf",
  df="long", ref=vz, ref_print=vz, place_date="Köln, den {issue}",
  letter=["*Rechnung Nr. 2026-14", "", "Liebe Frau Gellert-Nowak,", "",
          "für die Einzelstunden im Oktober erlaube ich mir, wie folgt zu berechnen:"],
  lines=[("Yoga-Einzelstunde (60 Min.), 5., 12., 19., 26. Oktober", 4, 7500, 0),
         ("Atemtherapie-Sitzung (90 Min.), 22. Oktober", 1, 11000, 0)],
  pay=["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerin).",
       "Der Betrag ist {term} auf folgendes Konto: IBAN {iban}, Sparkasse KölnBonn.",
       "Verwendungszweck: {ref}", "", "Namaste und herzliche Grüße", "Lisa Hartmann"],
  subject="Rechnung Oktober",
  body="""Liebe Petra,

anbei meine Rechnung für den Oktober. Danke für die schönen Stunden, bis Donnerstag!

Herzlich
Lisa

Yoga & Atem – Lisa Hartmann
Hohenzollernring 54, 50672 Köln
Steuernummer 217/5093/1144""",
  pdf_filename="Rechnung_2026-14.pdf",
  note="Word letter of a Kleinunternehmerin: 'Frau' on its own line, place and date in words, amounts as '410,00 EUR', no VAT (§ 19 UStG), a Verwendungszweck with the number and a name; dates inside the line descriptions.")

ch2 = iban("CH")
s = S("Malergeschäft Bühler", ["Technikumstrasse 31", "8400 Winterthur", "052 212 48 90"], "info@maler-buehler.ch",
      country="CH", bank=ch2, bic="RAIFCH22",
      footer=["Malergeschäft Bühler · Technikumstrasse 31 · 8400 Winterthur · MWST-Nr. CHE-109.771.452 MWST",
              "Raiffeisenbank Winterthur · IBAN " + sp4(ch2)])
I(lang="de", tool="excel", kind="pdf", L="excel-ch", seller=s, cur="CHF",
  deb=["Immobilien Frei AG", "Bewirtschaftung, Herr R. Keller", "Stadthausstrasse 12", "8400 Winterthur"],
  debtor_name="Immobilien Frei AG", business=True, email="kreditoren@frei-immobilien.ch",
  to="Kreditoren Frei Immobilien <kreditoren@frei-immobilien.ch>", number="2026-157", issue=D(2026, 10, 30), sent=0,
  term=30, term_text="zahlbar innert 30 Tagen netto", mf="ch:code", df="dmy.",
  vat_label={8.1: "MWST 8.1 %"},
  details=[("Rechnung Nr.", "{number}"), ("Datum", "{issue}"), ("Objekt", "MFH Wülflingerstr. 80, Whg. 2.1"),
           ("Ihre Ref.", "R. Keller")],
  title="RECHNUNG",
  lines=[("Wände und Decken streichen, 3.5-Zimmer-Wohnung", 1, 384000, 8.1), ("Türen und Zargen lackieren", 7, 14500, 8.1),
         ("Abdeckmaterial und Kleinmaterial", 1, 16850, 8.1), ("Zuschlag Mieterwechsel (Wochenende)", 1, 25000, 8.1)],
  pay=["Zahlungskondition: {term}.", "Bitte überweisen auf {iban}, Raiffeisenbank Winterthur, zugunsten Malergeschäft Bühler."],
  subject="Rechnung 2026-157 Wülflingerstrasse 80",
  body="""Grüezi Herr Keller

Im Anhang sende ich Ihnen die Rechnung für die Malerarbeiten an der Wülflingerstrasse 80, Wohnung 2.1. Die Wohnung ist bereit für die Übergabe.

Freundliche Grüsse
Peter Bühler
Malergeschäft Bühler""",
  pdf_filename="Rechnung 2026-157.pdf",
  note="Swiss Excel sheet: CHF amounts as 'CHF 4'612.67', MWST 8.1%, 'zahlbar innert 30 Tagen netto', the property in 'Objekt' and a contact as 'Ihre Ref.' (not a payment reference); window on the right.")

s = S("Sanitär Wolff", ["Meisterbetrieb", "Bergstraße 61", "64646 Heppenheim"], "info@sanitaer-wolff.de", country="DE",
      vat=devat(), bic="HELADEF1HEP")
I(lang="de", tool="typed", kind="body-text", seller=s,
  debtor_name="Gabriele Schmitt", business=False, email="gabi.schmitt@arcor.de", to="gabi.schmitt@arcor.de",
  number="W-26-318", issue=D(2026, 11, 24), sent=0, term=10, term_text="zahlbar innerhalb von 10 Tagen ohne Abzug",
  mf="nl:suf", df="d.m.y",
  lines=[("Arbeitszeit Monteur", 2.5, 6400, 19), ("Anfahrtspauschale", 1, 3900, 19),
         ("Spülkasten-Reparaturset Geberit", 1, 4780, 19), ("Eckventil 1/2\" verchromt", 2, 1290, 19)],
  subject="Rechnung W-26-318 Reparatur WC",
  body="""Sehr geehrte Frau Schmitt,

wie telefonisch angekündigt, hier unsere Rechnung für die Reparatur vom Montag:

RECHNUNG Nr. W-26-318
Datum: {issue}
Rechnungsempfänger: Frau Gabriele Schmitt, Lorscher Str. 14, 64646 Heppenheim

2,5 Std. Arbeitszeit Monteur à 64,00 €        {n_l1} €
Anfahrtspauschale                             {n_l2} €
Spülkasten-Reparaturset Geberit               {n_l3} €
2 St. Eckventil 1/2" verchromt à 12,90 €      {n_l4} €
-----------------------------------------------------
Netto                                         {n_net} €
19 % MwSt.                                    {n_vat19} €
Gesamt                                        {n_total} €

Der Betrag ist {term}.
Bankverbindung: Sparkasse Starkenburg, IBAN {iban}
Lohnkosten i.S.d. § 35a EStG: 199,00 € netto

Mit freundlichen Grüßen
Thomas Wolff
Sanitär Wolff - Meisterbetrieb
USt-IdNr. {vat}""", ctx=dict(vat=s["vat"]),
  note="Plumber's bill typed in the mail with 'Rechnungsempfänger: Frau ...' in one line, 'zahlbar innerhalb von 10 Tagen ohne Abzug', euro sign after each amount, date as '24.11.2026' (no leading zeros kept: d.m.y), § 35a labour share.")

s = S("Teehaus Grünblatt", ["Schnoor 21", "28195 Bremen"], "shop@teehaus-gruenblatt.de", country="DE", vat=devat(),
      bic="SBREDE22XXX")
s["footer"] = ["Teehaus Grünblatt GmbH · Schnoor 21 · 28195 Bremen · HRB 33019 HB · USt-IdNr. " + s["vat"]]
vz = "2026-RE-55812"
I(lang="de", tool="webshop-html", kind="body-html", seller=s, incl=True,
  deb=["Jonas Weber", "Elsasser Straße 40", "28211 Bremen"], deb_label="Rechnungsadresse",
  debtor_name="Jonas Weber", business=False, email="jonas.weber93@gmx.net", to="jonas.weber93@gmx.net",
  number=vz, issue=D(2026, 11, 28), sent=0, term=14, mf="nl:suf", df="dmy.", ref=vz, ref_print=vz,
  details=[("Rechnungsnummer", "{number}"), ("Bestellnummer", "GB-481207"), ("Rechnungsdatum", "{issue}"),
           ("Zahlungsart", "Kauf auf Rechnung")],
  voc=dict(qty="Anzahl", desc="Artikel", unit="Preis", total="Summe", tot="Gesamtsumme (inkl. MwSt.)",
           incl_vat="enthaltene MwSt. {r} %"),
  lines=[("Ostfriesen Blatt Broken, 500 g", 2, 1490, 7), ("Sencha Uji Bio, 100 g", 1, 1290, 7),
         ("Teekanne Glas 1,2 l mit Stövchen", 1, 3490, 19), ("Versand DHL", 1, 495, 19)],
  pay=["Zahlungsziel: 14 Tage ab Rechnungsdatum.", "Bitte überweisen Sie {total} an IBAN {iban} (BIC {bic}).",
       "Verwendungszweck: {ref}"],
  html_intro="Hallo Jonas Weber,<br><br>vielen Dank für Ihre Bestellung bei Teehaus Grünblatt! Sie haben <b>Kauf auf Rechnung</b> gewählt. Ihre Rechnung finden Sie unten.",
  html_outro="Herzliche Grüße aus dem Schnoor<br>Ihr Teehaus-Grünblatt-Team",
  subject="Ihre Rechnung 2026-RE-55812 - Teehaus Grünblatt",
  note="Web shop 'Kauf auf Rechnung' as HTML: consumer prices including VAT (7% and 19% shown as 'enthaltene MwSt.'), 'Zahlungsziel: 14 Tage ab Rechnungsdatum', Verwendungszweck = invoice number; an order number beside it.")

at = iban("AT")
s = S("Grafik & Web Mayrhofer e.U.", ["Linzer Gasse 27", "5020 Salzburg", "+43 662 87 31 40"], "office@mayrhofer-design.at",
      country="AT", bank=at, bic="SPSBATSSXXX")
s["footer"] = ["Grafik & Web Mayrhofer e.U. · FN 498123 x · LG Salzburg · UID ATU71944208 · IBAN " + sp4(at)]
I(lang="de", tool="html", kind="body-html", seller=s,
  deb=["Tischlerei Gruber GmbH", "z. H. Frau Mag. Eva Gruber", "Gewerbestraße 5", "5071 Wals-Siezenheim", "UID ATU69211745"],
  deb_label="Rechnung an",
  debtor_name="Tischlerei Gruber GmbH", business=True, email="buchhaltung@tischlerei-gruber.at",
  to="buchhaltung@tischlerei-gruber.at", number="2026/004", issue=D(2026, 1, 19), sent=0, term=14,
  term_text="zahlbar binnen 14 Tagen", mf="nl:pre", df="longm", ref="2026/004 Gruber", ref_print="2026/004 Gruber",
  details=[("Rechnungsnummer", "{number}"), ("Rechnungsdatum", "{issue}"), ("Leistungszeitraum", "Dezember 2025 – Jänner 2026")],
  voc=dict(vat="USt. {r} %", sub="Summe netto", tot="Rechnungsbetrag", unit="Einzelpreis"),
  lines=[("Relaunch Website tischlerei-gruber.at (Pauschale)", 1, 320000, 20), ("Fotoshooting Werkstatt (halber Tag)", 1, 48000, 20),
         ("Hosting & Wartung Jänner–Dezember 2026", 12, 2900, 20)],
  pay=["Der Rechnungsbetrag ist {term} auf IBAN {iban}, BIC {bic} (Salzburger Sparkasse).",
       "Verwendungszweck: {ref}"],
  html_intro="Sehr geehrte Frau Mag. Gruber,<br><br>anbei – bzw. gleich unten in dieser Mail – meine Rechnung für den Website-Relaunch. Es hat viel Freude gemacht!",
  html_outro="Beste Grüße aus Salzburg<br>Florian Mayrhofer",
  subject="Rechnung 2026/004 Website-Relaunch",
  note="Austrian invoice as an HTML table: 'Jänner' in the date, 'zahlbar binnen 14 Tagen', 20% USt, a contact with 'Mag.' under the GmbH and the debtor's UID; Verwendungszweck with number and name.")

s = S("Physiotherapie am Rosengarten", ["Privatpraxis Dr. Henrike Saal", "Rosengartenweg 3", "67547 Worms"],
      "abrechnung@physio-rosengarten.de", country="DE", postal=["Rosengartenweg 3", "67547 Worms"], stnr="44/180/44912", bic="MALADE51WOR",
      bankname="Sparkasse Worms-Alzey-Ried", tel="06241 50 60 70", footer="de-cols", tagline="Privatpraxis für Physiotherapie und Osteopathie",
      retline="Physiotherapie am Rosengarten · Rosengartenweg 3 · 67547 Worms")
I(lang="de", tool="word", kind="pdf", L="praxis", seller=s, novat=True,
  deb=["Frau", "Sabine Kühnel-Oberdorf", "Mainzer Straße 112", "67547 Worms"],
  debtor_name="Sabine Kühnel-Oberdorf", business=False, email="s.kuehnel-oberdorf@posteo.de", to="s.kuehnel-oberdorf@posteo.de",
  number="PR-2026-0931", issue=D(2026, 11, 6), sent=0, due=D(2026, 12, 4), mf="nl:suf", df="dmy.",
  details=[("Rechnungs-Nr.", "{number}"), ("Rechnungsdatum", "{issue}"), ("Patientin", "siehe Anschrift"), ("Geburtsdatum", "14.03.1968"),
           ("Diagnose", "M54.16 Lumbalgie"), ("Zahlbar bis", "{due}")],
  lines=[("Krankengymnastik (KG), 25 Min.", 6, 3680, 0, {"date": "Okt."}), ("Manuelle Therapie (MT)", 4, 4290, 0, {"date": "Okt."}),
         ("Wärmetherapie Fango", 6, 1450, 0, {"date": "Okt."}), ("Hausbesuchspauschale", 1, 2300, 0, {"date": "27.10."})],
  pay=["Umsatzsteuerfrei gemäß § 4 Nr. 14 UStG.",
       "Bitte überweisen Sie den Rechnungsbetrag bis zum {due} auf IBAN {iban}.",
       "Diese Rechnung können Sie bei Ihrer privaten Krankenversicherung bzw. Beihilfe einreichen."],
  subject="Ihre Rechnung PR-2026-0931",
  body="""Sehr geehrte Frau Kühnel-Oberdorf,

anbei erhalten Sie die Rechnung für Ihre Behandlungen im Oktober zur Vorlage bei Ihrer Krankenversicherung.

Mit freundlichen Grüßen
Ihr Team der Physiotherapie am Rosengarten""",
  pdf_filename="Rechnung_PR-2026-0931.pdf",
  note="Private practice bill: 'Frau' on its own line, the patient (same person) with birth date and diagnosis in the details, VAT exempt, 'Zahlbar bis' date; the practice owner's 'Dr.' is in the sender's block, not the debtor's.")


# ================================================================ not invoices

s = S("Loodgietersbedrijf Bos", ["Dorpsstraat 41", "2761 AD Zevenhuizen", "0180 63 11 90"], "offertes@loodgieterbos.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
N(lang="nl", tool="moneybird", sender=s, to="Fam. Verschoor <r.verschoor@kpnmail.nl>", email="r.verschoor@kpnmail.nl",
  subject="Offerte OF-2026-077 nieuwe badkamer",
  body="""Beste familie Verschoor,

Dank voor het prettige gesprek van dinsdag. Zoals beloofd stuur ik u hierbij de offerte voor de nieuwe badkamer. Bij akkoord vragen wij een aanbetaling van 30%; daarvoor ontvangt u dan een aparte factuur.

De offerte is 30 dagen geldig.

Met vriendelijke groet,
Arjan Bos
Loodgietersbedrijf Bos""",
  doc=dict(L="moneybird", deb=["Fam. Verschoor", "Zuidplasweg 9", "2761 BG Zevenhuizen"], number="OF-2026-077",
           issue=D(2026, 11, 18), mf="nl:pre", df="dmy-", title="Offerte",
           details=[("Offertenummer", "{number}"), ("Offertedatum", "{issue}"), ("Geldig tot", "18-12-2026")],
           lines=[("Sloopwerk bestaande badkamer en afvoer puin", 1, 145000, 21), ("Inloopdouche met glazen wand, compleet", 1, 268000, 21),
                  ("Hangtoilet Geberit + inbouwreservoir", 1, 89500, 21), ("Tegelwerk wand en vloer (m²)", 28, 7500, 21)],
           pay=["Deze offerte is geldig tot 18-12-2026. Bij akkoord: 30% aanbetaling, restant na oplevering.",
                "Voor akkoord: ______________________  Datum: ____________"]),
  pdf_filename="Offerte OF-2026-077.pdf",
  why_not="An offerte (quote) valid for 30 days; nothing is owed until it is accepted.",
  note="Quote in the Moneybird invoice layout with VAT totals and the word 'aanbetaling'; a signature line for acceptance.")

s = S("Bloembollenkwekerij Zonneveld", ["Zilkerduinweg 190", "2114 AM Vogelenzang", "023 584 71 44"], "export@zonneveldbulbs.nl",
      kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl-cols", web="zonneveldbulbs.nl")
N(lang="nl", tool="exact-online", sender=s, to="Inkoop Tuinwereld Oost <inkoop@tuinwereld-oost.nl>", email="inkoop@tuinwereld-oost.nl",
  subject="Pro forma factuur PF26-0031 (vooruitbetaling)",
  body="""Geachte heer Wolters,

Zoals afgesproken ontvangt u hierbij een pro forma factuur voor de voorjaarsbestelling. Na ontvangst van uw vooruitbetaling plannen wij de levering in; de definitieve factuur ontvangt u bij aflevering.

Met vriendelijke groet,

Bloembollenkwekerij Zonneveld
Verkoop binnenland""",
  doc=dict(L="exact", deb=["Tuinwereld Oost B.V.", "t.a.v. de heer B. Wolters", "Hengelosestraat 500", "7521 AN Enschede"],
           number="PF26-0031", issue=D(2026, 11, 20), mf="nl:pre", df="dmy-", title="PRO FORMA FACTUUR",
           details=[("Pro forma nr.", "{number}"), ("Datum", "{issue}"), ("Debiteur", "20561"), ("Levering", "week 4 2027")],
           lines=[("Tulp 'Ballerina' maat 12/+ (kisten à 250)", 40, 3250, 9), ("Narcis 'Tête-à-Tête' (kisten à 500)", 30, 2875, 9),
                  ("Allium 'Purple Sensation' (kisten à 200)", 15, 2640, 9), ("Pallet en transport", 2, 8500, 21)],
           pay=["Dit is geen factuur. Na ontvangst van de vooruitbetaling op {iban} volgt de definitieve factuur.",
                "Btw wordt verantwoord op de definitieve factuur."]),
  pdf_filename="Proforma PF26-0031.pdf",
  why_not="A pro forma invoice asking for prepayment; the real invoice follows on delivery (the document says 'Dit is geen factuur').",
  note="Pro forma in the Exact layout with totals, VAT and an IBAN.")

s = S("Verfwinkel Kleurrijk", ["Steenstraat 33", "6828 CJ Arnhem"], "bestellingen@kleurrijk-verf.nl", kvk=kvk(), vat=nlvat(), bic="INGBNL2A")
s["footer"] = ["Verfwinkel Kleurrijk · KvK %s · btw %s" % (s["kvk"], s["vat"])]
spec = dict(lang="nl", seller=s, deb=["Schildersbedrijf Gerritsen", "Mr. D.U. Stikkerstraat 10", "6842 CW Arnhem"],
            deb_label="Afleveradres", number="KR-88214", issue=D(2026, 11, 26), mf="nl:pre0", df="dmy-", title="Orderbevestiging",
            details=[("Bestelnummer", "{number}"), ("Besteldatum", "{issue}"), ("Betaalwijze", "Op rekening"),
                     ("Verwachte levering", "vrijdag 27 november")],
            voc=dict(qty="Aantal", desc="Product", unit="Prijs", total="Totaal"),
            lines=[("Sikkens Rubbol BL Satura 2,5 L RAL 9010", 8, 8995, 21), ("Flexa Strak in de Lak grondverf 2,5 L", 4, 5495, 21),
                   ("Afplaktape Tesa 50 m", 12, 695, 21)], pay=[])
N(lang="nl", tool="webshop-html", kind="none", sender=s, to="info@schildersbedrijfgerritsen.nl",
  email="info@schildersbedrijfgerritsen.nl", subject="Bevestiging van je bestelling KR-88214",
  html_spec=spec, html_intro="Hoi Schildersbedrijf Gerritsen,<br><br>Bedankt voor je bestelling! We gaan er direct mee aan de slag. Omdat je op rekening bestelt, ontvang je de factuur na levering per mail.",
  html_outro="Vragen over je bestelling? Bel 026 442 18 09.<br><br>Groetjes,<br>Team Kleurrijk",
  why_not="An order confirmation; the mail says the invoice follows after delivery.",
  note="HTML order confirmation with a full price table, VAT and 'Op rekening'.")

s = S("Praktijk voor Logopedie Sterk", ["Groenestraat 201", "6531 HJ Nijmegen"], "administratie@logopediesterk.nl", kvk=kvk(), bic="RABONL2U")
N(lang="nl", tool="moneybird", sender=s, to="Mevr. Y. Bulut <yasemin.bulut@hotmail.nl>", email="yasemin.bulut@hotmail.nl",
  subject="Betaling ontvangen voor factuur 2026-0455",
  body="""Beste mevrouw Bulut,

Bedankt voor uw betaling! Wij hebben op 24-11-2026 het bedrag van € 186,00 ontvangen voor factuur 2026-0455.

Factuur: 2026-0455
Factuurdatum: 10-11-2026
Betaald bedrag: € 186,00
Openstaand: € 0,00

U hoeft verder niets te doen.

Met vriendelijke groet,
Praktijk voor Logopedie Sterk""",
  why_not="A payment confirmation ('Bedankt voor uw betaling'): the invoice has been paid, nothing is owed.",
  note="Receipt with invoice number, invoice date and amount, 'Openstaand: € 0,00'.")

s = S("Klusbedrijf Demir", ["Kanaalweg 8", "3526 KL Utrecht"], "info@klusbedrijfdemir.nl", kvk=kvk(), bic="INGBNL2A")
N(lang="nl", tool="typed", sender=s, to="tjalling.hoekstra@gmail.com", email="tjalling.hoekstra@gmail.com",
  subject="Herinnering factuur 2026-112",
  body="""Beste meneer Hoekstra,

Volgens mijn administratie staat factuur 2026-112 van 2 oktober nog open. Het gaat om € 1.348,60 voor het plaatsen van de schuifpui; de betaaltermijn van 14 dagen is inmiddels verstreken (16 oktober).

Wilt u het bedrag binnen 7 dagen overmaken op %s t.n.v. Klusbedrijf Demir? Mocht u al betaald hebben, dan kunt u deze mail als niet verzonden beschouwen.

De oorspronkelijke factuur stuur ik nog een keer mee als u dat wilt, laat het maar weten.

Met vriendelijke groet,
Mehmet Demir
Klusbedrijf Demir
06 18 44 20 91""" % sp4(s["iban"]),
  why_not="The business's own payment reminder for an invoice sent earlier; chasing it again as a new invoice would double the claim.",
  note="Typed reminder with number, amount, original and due date, IBAN and a new 7-day term.")

s = S("Hovenier Groen & Zo", ["Molenweg 12", "8051 AA Hattem", "038 444 12 87"], "administratie@groenenzo.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
N(lang="nl", tool="e-boekhouden", sender=s, to="\"J. Tuinman\" <j.tuinman@hattemnet.nl>", email="j.tuinman@hattemnet.nl",
  subject="Overzicht openstaande facturen",
  body="""Geachte heer Tuinman,

In de bijlage treft u een overzicht van de facturen die volgens onze administratie nog openstaan. Wilt u dit controleren? Als er iets niet klopt horen wij het graag.

Met vriendelijke groet,
Administratie Groen & Zo""",
  doc=dict(L="eboekhouden", Lx=dict(cols="dt"), deb=["Dhr. J. Tuinman", "Veldweg 3", "8051 KT Hattem"], number="", issue=D(2026, 11, 30),
           mf="nl:pre", df="dmy-", title="Rekeningoverzicht", novat=True,
           details=[("Datum", "{issue}"), ("Klantnummer", "0192"), ("Periode", "t/m 30-11-2026")],
           voc=dict(qty="", desc="Factuur", unit="", total="Openstaand", tot="Totaal openstaand"),
           lines=[("2026-0341 d.d. 12-08-2026 (vervallen 26-08-2026)", 1, 32670, 0),
                  ("2026-0402 d.d. 16-09-2026 (vervallen 30-09-2026)", 1, 18150, 0),
                  ("2026-0477 d.d. 21-10-2026 (vervallen 04-11-2026)", 1, 54087, 0)],
           pay=["Wij verzoeken u het openstaande saldo over te maken op {iban} o.v.v. de factuurnummers."]),
  pdf_filename="Rekeningoverzicht Tuinman.pdf",
  why_not="A statement of account listing three earlier invoices; each was already sent and is owed on its own.",
  note="Statement in the e-Boekhouden invoice layout with a total and an IBAN.")

s = S("Fietskoeriers Stadsrit", ["Vismarkt 4", "9712 CA Groningen"], "boekhouding@stadsrit.nl", kvk=kvk(), vat=nlvat(), bic="TRIONL2U")
N(lang="nl", tool="forward", sender=s, to="Mirjam - Cijferwerk <mirjam@cijferwerk-administratie.nl>", email="mirjam@cijferwerk-administratie.nl",
  subject="Fwd: Uw factuur van Vodafone Business - november 2026",
  body="""Hoi Mirjam,

Hierbij de telefoonrekening van november voor de boekhouding. Wordt automatisch afgeschreven dus hoeft niet betaald.

Groet,
Sanne

---------- Doorgestuurd bericht ---------
Van: Vodafone Business <noreply@business.vodafone.nl>
Datum: ma 23 nov 2026 om 06:12
Onderwerp: Uw factuur van Vodafone Business - november 2026
Aan: <boekhouding@stadsrit.nl>

Beste klant,

Uw nieuwe factuur staat klaar.

Klantnaam: Fietskoeriers Stadsrit
Klantnummer: 1.2287.44910
Factuurnummer: 4419283377
Factuurdatum: 23-11-2026
Totaalbedrag: € 187,43
Wij schrijven dit bedrag rond 30-11-2026 af van uw rekening NL** **** **** **37 12.

Bekijk uw factuur in Mijn Vodafone Business.

Met vriendelijke groet,
Vodafone Business""",
  why_not="A supplier's bill addressed TO the business (its phone bill), forwarded to its bookkeeper; the business owes it, it does not claim it.",
  note="Forwarded Vodafone bill with invoice number, date, total; the customer is the sending business itself.")

s = S("Drukwerkdeal Oost", ["Nijverheidsstraat 14", "7511 JM Enschede"], "nieuws@drukwerkdealoost.nl", kvk=kvk(), vat=nlvat(), bic="RABONL2U")
N(lang="nl", tool="newsletter-html", sender=s, to="info@bakkerijhulshof.nl", email="info@bakkerijhulshof.nl",
  subject="Decemberdeals: visitekaartjes vanaf € 19,95 en 15% op kalenders",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Decemberdeals</title></head>
<body style="margin:0;background:#f6f6f6;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#d4002a;color:#fff;padding:20px;font-size:24px;font-weight:bold">Drukwerkdeal Oost – Decemberdeals!</td></tr>
<tr><td style="padding:20px">Beste klant,<br><br>Het is bijna kerst! Bestel vóór 15 december en je drukwerk is er gegarandeerd op tijd. Onze prijzen deze maand:</td></tr>
<tr><td style="padding:0 20px"><table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr style="background:#eee"><th align="left">Product</th><th align="right">Oplage</th><th align="right">Prijs excl. btw</th><th align="right">Incl. 21% btw</th></tr>
<tr><td>Visitekaartjes 350 g mat</td><td align="right">250</td><td align="right">€ 16,49</td><td align="right">€ 19,95</td></tr>
<tr><td>Kerstkaarten A6 dubbel incl. enveloppen</td><td align="right">100</td><td align="right">€ 61,90</td><td align="right">€ 74,90</td></tr>
<tr><td>Bureaukalender 2027</td><td align="right">50</td><td align="right">€ 185,12</td><td align="right">€ 224,00</td></tr>
<tr><td><b>Totaal als je alles bestelt</b></td><td></td><td align="right">€ 263,51</td><td align="right"><b>€ 318,85</b></td></tr>
</table></td></tr>
<tr><td style="padding:20px">Gebruik kortingscode <b>KERST15</b> voor 15% extra op kalenders. Betalen kan met iDEAL of op factuur (zakelijke klanten).<br><br><a href="https://www.drukwerkdealoost.nl/deals">Bekijk alle deals</a></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999">Drukwerkdeal Oost · Nijverheidsstraat 14 · 7511 JM Enschede · KvK KVKNR<br>Je ontvangt deze mail omdat je klant bij ons bent. <a href="https://www.drukwerkdealoost.nl/afmelden">Afmelden</a></td></tr>
</table></body></html>""".replace("KVKNR", s["kvk"]),
  why_not="A newsletter with a price table; no order was placed and nothing is owed.",
  note="Marketing mail with prices, VAT, a 'Totaal' row and 'op factuur' in the text.")

s = S("Administratiekantoor Veldhuis", ["Stationsweg 31", "7941 HC Meppel"], "facturatie@veldhuis-administratie.nl", kvk=kvk(), vat=nlvat(), bic="RABONL2U")
N(lang="nl", tool="typed", sender=s, to="kapsalon.lotus@gmail.com", email="kapsalon.lotus@gmail.com",
  subject="Creditnota factuur 2026-0561",
  body="""Beste Linda,

Je hebt helemaal gelijk: op factuur 2026-0561 hebben we de loonstroken voor oktober twee keer gerekend (2 x € 78,00 excl. btw). Excuses daarvoor!

Ik maak vandaag een creditnota van € 94,38 (incl. btw) voor je aan. Die ontvang je morgen in een aparte mail; je kunt hem verrekenen met de eerstvolgende factuur, of we storten het bedrag terug als je dat liever hebt.

Met vriendelijke groet,
Karin Veldhuis
Administratiekantoor Veldhuis""",
  why_not="Announces a credit note that is sent separately; this mail itself is neither the credit note nor an invoice.",
  note="Mentions an invoice number and a credit amount incl. VAT, no document attached.")

s = S("Vertaalburo Talent", ["Tolsteegsingel 2", "3582 AC Utrecht"], "ingrid@vertaalburotalent.nl", kvk=kvk(), bic="INGBNL2A")
N(lang="nl", tool="typed", sender=s, to="crediteuren@hollandpharma.nl", email="crediteuren@hollandpharma.nl",
  subject="Factuur 2026-088 goed ontvangen?",
  body="""Goedemiddag,

Op 2 november heb ik factuur 2026-088 (€ 2.117,50, vertaling bijsluiters) naar dit adres gestuurd. Ik heb nog geen ontvangstbevestiging gehad en wil graag even checken of hij goed bij jullie is aangekomen en of er nog een inkoopordernummer op moet.

Alvast bedankt!

Hartelijke groet,
Ingrid Bakker
Vertaalburo Talent""",
  why_not="Asks whether an earlier invoice arrived; it is not a new claim.",
  note="Names the invoice number, date and amount.")

s = S("Detacheringsbureau Vakkracht", ["Europaweg 100", "8181 BH Heerde"], "urenregistratie@vakkracht.nl",
      kvk=kvk(), vat=nlvat(), bic="ABNANL2A", footer="nl")
N(lang="nl", tool="twinfield", sender=s, to="\"Bouwbedrijf Kamphuis - uitvoering\" <uitvoering@kamphuisbouw.nl>",
  email="uitvoering@kamphuisbouw.nl",
  subject="Urenoverzicht week 47 ter akkoord - T. Bulthuis",
  body="""Geachte heer Kamphuis,

Bijgaand het urenoverzicht van week 47 van onze timmerman T. Bulthuis. Wilt u dit vóór woensdag ter akkoord aftekenen of per mail bevestigen? Na akkoord ontvangt u de factuur.

Met vriendelijke groet,
Planning & uren
Detacheringsbureau Vakkracht""",
  doc=dict(L="twinfield", deb=["Bouwbedrijf Kamphuis B.V.", "t.a.v. de uitvoerder", "Ambachtstraat 3", "8181 EB Heerde"],
           number="U-2026-47-118", issue=D(2026, 11, 23), mf="nl:pre", df="dmy-", title="Urenoverzicht ter akkoord",
           details=[("Overzicht", "{number}"), ("Datum", "{issue}"), ("Medewerker", "T. Bulthuis"), ("Week", "47")],
           Lx=dict(cols="ddhrt"),
           lines=[("Timmerwerk project Oldebroek", 8, 5250, 21, {"date": "16-11"}), ("Timmerwerk project Oldebroek", 8, 5250, 21, {"date": "17-11"}),
                  ("Timmerwerk project Oldebroek", 8.5, 5250, 21, {"date": "18-11"}), ("Timmerwerk project Oldebroek", 8, 5250, 21, {"date": "19-11"}),
                  ("Timmerwerk project Oldebroek", 6, 5250, 21, {"date": "20-11"})],
           pay=["Akkoord opdrachtgever: ______________________", "Na akkoord volgt de factuur."]),
  pdf_filename="Urenoverzicht wk47 Bulthuis.pdf",
  why_not="A timesheet for approval; the invoice follows after the client signs it off.",
  note="Timesheet in the Twinfield layout with hourly rates, VAT and totals.")

s = S("Meubelmakerij Van Lent", ["Hoofdstraat 77", "5121 JD Rijen"], "info@meubelmakerijvanlent.nl", kvk=kvk(), vat=nlvat(),
      bic="RABONL2U", footer="nl")
N(lang="nl", tool="word", sender=s, to="a.vanlieshout@home.nl", email="a.vanlieshout@home.nl",
  subject="Pakbon levering eettafel",
  body="""Beste mevrouw Van Lieshout,

Morgen tussen 9 en 12 uur leveren wij de eettafel en de bank. In de bijlage de pakbon. De factuur (restant na aanbetaling) sturen wij u na de levering.

Met vriendelijke groet,
Bart van Lent""",
  doc=dict(L="word-nl", deb=["Mevr. A. van Lieshout", "Lindonk 14", "5121 KM Rijen"], number="PB-2026-219", issue=D(2026, 11, 24),
           mf="nl:pre", df="long", title="Pakbon", place_date="Rijen, {issue}",
           letter=["*Pakbon PB-2026-219", "", "Order 2026-088, levering dinsdag 25 november tussen 9 en 12 uur:"],
           Lx=dict(cols="qd"), nototals=True,
           lines=[("Eettafel massief eiken 220 x 100 cm, olie naturel", 1, 0, 0), ("Bank 'Como' 3-zits, stof antraciet", 1, 0, 0),
                  ("Stoelen 'Vera' eiken/leer cognac", 6, 0, 0)],
           pay=["Goederen in goede staat ontvangen: ______________________"]),
  pdf_filename="Pakbon PB-2026-219.pdf",
  why_not="A packing slip (pakbon) for a delivery; the invoice is sent after delivery.",
  note="Packing slip as a Word letter, no prices.")

s = S("Kookstudio Peper & Zout", ["Lange Nieuwstraat 50", "3512 PH Utrecht"], "cursussen@peperenzout.nl", kvk=kvk(), vat=nlvat(), bic="INGBNL2A")
N(lang="nl", tool="typed", sender=s, to="Bas en Noor <basnoor@protonmail.com>", email="basnoor@protonmail.com",
  subject="Inschrijving bevestigd: Workshop Italiaans 12 december",
  body="""Hoi Bas en Noor,

Leuk dat jullie komen koken! Jullie inschrijving is bevestigd:

Workshop:   Italiaanse kerstklassiekers
Datum:      zaterdag 12 december 2026, 17.00 - 21.30 uur
Personen:   2
Prijs:      2 x € 89,50 = € 179,00 (incl. 9% btw, wijn en drankjes inbegrepen)

Je ontvangt de factuur uiterlijk 1 week voor de workshop per mail. Annuleren kan kosteloos tot 14 dagen van tevoren.

Tot de 12e!
Team Peper & Zout""",
  why_not="A booking confirmation; the mail says the invoice follows a week before the workshop.",
  note="Confirmation with price, VAT and date.")

s = S("Cedar & Stone Builders", ["1220 Alder Ave", "Portland, OR 97214", "(503) 555-0178"], "office@cedarandstonebuilders.com",
      country="US", bank="")
N(lang="en", tool="quickbooks", sender=s, via="quickbooks@notification.intuit.com", reply_to="office@cedarandstonebuilders.com",
  to="dana.whitfield@gmail.com", email="dana.whitfield@gmail.com",
  subject="Estimate 1043 from Cedar & Stone Builders",
  body="""Dear Dana Whitfield,

Please review the estimate below. Feel free to contact us if you have any questions.
We look forward to working with you.

Thanks for your business!
Cedar & Stone Builders

----------------------------------------------
ESTIMATE 1043 DETAILS
Total: $18,940.00
Review and accept: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-e43a9c""",
  doc=dict(L="quickbooks", cur="USD", hide0=True, deb=["Dana Whitfield", "3815 SE Tibbetts St", "Portland, OR 97202"],
           number="1043", issue=D(2026, 11, 19), mf="en:pre0", df="mdy/", title="ESTIMATE",
           voc=dict(tot="TOTAL", number="ESTIMATE #"),
           details=[("ESTIMATE #", "{number}"), ("DATE", "{issue}"), ("EXPIRATION DATE", "12/19/2026")],
           lines=[("Demo and haul-away, existing deck", 1, 240000, 0, {"date": ""}), ("Cedar deck 16x20 ft, materials", 1, 860000, 0, {"date": ""}),
                  ("Framing and decking labor", 1, 610000, 0, {"date": ""}), ("Permit and inspection", 1, 184000, 0, {"date": ""})],
           pay=["Accepted By ____________________   Accepted Date ____________"]),
  pdf_filename="Estimate_1043_from_Cedar_and_Stone_Builders.pdf",
  why_not="A QuickBooks estimate awaiting acceptance; nothing is owed yet.",
  note="Estimate in the QuickBooks invoice layout, sent by the platform, with a total and an expiration date.")

s = S("Marlow Yoga Loft", ["3 Station Road", "Marlow SL7 1NG"], "hello@marlowyogaloft.co.uk", country="GB", bank="")
N(lang="en", tool="html", sender=s, to="sophie.ashworth@outlook.com", email="sophie.ashworth@outlook.com",
  subject="Receipt for your payment - Marlow Yoga Loft",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="520" align="center" cellpadding="8" style="border:1px solid #e5e5e5">
<tr><td colspan="2" style="font-size:20px;font-weight:bold">Receipt from Marlow Yoga Loft</td></tr>
<tr><td colspan="2" style="color:#888">Receipt #2291-0448</td></tr>
<tr><td>Amount paid</td><td align="right"><b>£96.00</b></td></tr>
<tr><td>Date paid</td><td align="right">27 Nov 2026</td></tr>
<tr><td>Payment method</td><td align="right">Visa •••• 4417</td></tr>
<tr><td colspan="2" style="border-top:1px solid #eee"><b>Summary</b></td></tr>
<tr><td>10-class pass (valid 3 months)</td><td align="right">£96.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>£96.00</b></td></tr>
<tr><td colspan="2" style="font-size:12px;color:#888">Questions? Reply to this email or call 01628 555 019.<br>Marlow Yoga Loft, 3 Station Road, Marlow SL7 1NG</td></tr>
</table></body></html>""",
  why_not="A card payment receipt; the amount is already paid.",
  note="Stripe-style HTML receipt with 'Amount paid', a total and a receipt number.")

gb3 = iban("GB")
s = S("Fenwick & Daughters Catering Ltd", ["Unit 9, Quayside Works", "Newcastle upon Tyne NE1 3DX"], "accounts@fenwickcatering.co.uk",
      country="GB", bank=gb3, bic=gb3[4:8] + "GB2L",
      footer=["Fenwick & Daughters Catering Ltd · Company No. 10492281 · VAT GB 270 1183 42 · Sort code %s-%s-%s Account %s"
              % (gb3[8:10], gb3[10:12], gb3[12:14], gb3[14:])])
N(lang="en", tool="xero", sender=s, via="messaging-service@post.xero.com", reply_to="accounts@fenwickcatering.co.uk",
  to="purchase.ledger@tynesidearts.org.uk", email="purchase.ledger@tynesidearts.org.uk",
  subject="Statement from Fenwick & Daughters Catering Ltd",
  body="""Hi Purchase Ledger,

Here's your statement from Fenwick & Daughters Catering Ltd as at 30 Nov 2026.

Outstanding balance: £3,417.60

If you have any questions, please let us know.

Thanks,
Fenwick & Daughters Catering Ltd""",
  doc=dict(L="xero", cur="GBP", novat=True, deb=["Tyneside Arts Trust", "Purchase Ledger", "Pilgrim Street", "Newcastle NE1 6QF"],
           number="", issue=D(2026, 11, 30), mf="en:pre0", df="short-en", title="STATEMENT",
           Lx=dict(cols="dt"), voc=dict(desc="Activity", total="Balance", tot="BALANCE DUE GBP"),
           details=[("Date", "{issue}"), ("Account", "TYNESIDE01")],
           lines=[("Invoice INV-3310 (12 Sep 2026) - due 12 Oct 2026", 1, 148800, 0), ("Invoice INV-3392 (08 Oct 2026)", 1, 216960, 0),
                  ("Payment received 20 Oct 2026 - thank you", 1, -24000, 0)],
           pay=["Please pay outstanding invoices by their due dates."]),
  pdf_filename="Statement TYNESIDE01.pdf",
  why_not="A statement of account as at a date, summing earlier invoices and a payment; each invoice was already sent.",
  note="Xero statement in the Xero invoice layout, sent by the platform, with a balance due.")

s = S("Northgate IT Support Ltd", ["17 Castle Street", "Shrewsbury SY1 2BQ"], "accounts@northgateit.co.uk", country="GB", bank="")
N(lang="en", tool="typed", sender=s, to="Office Manager <office@severnvalevets.co.uk>", email="office@severnvalevets.co.uk",
  subject="Your support contract renewal - 1 January 2027",
  body="""Dear Helen,

Your Northgate Managed Support contract (ref. NMS-0217) is due to renew on 1 January 2027 for a further 12 months.

From January the monthly fee changes from £340.00 to £365.00 + VAT, reflecting the extra Microsoft 365 licences you added in the summer. Everything else stays the same: unlimited remote support, next-business-day onsite visits and monthly patching.

If you're happy to continue, you don't need to do anything: we'll invoice the first month at the start of January as usual. If you'd like to change or cancel, please let us know before 15 December.

Best regards,

Rob Mitchell
Accounts, Northgate IT Support Ltd
01743 555 290""",
  why_not="A contract renewal notice with the new monthly fee; the first invoice is sent in January.",
  note="Prices, VAT and a date, no invoice.")

s = S("Hannah Price Copywriting", ["hannah@hannahprice.co.uk"], "hannah@hannahprice.co.uk", country="GB", bank="")
N(lang="en", tool="typed", sender=s, to="\"accounts@bluewren-interiors.co.uk\" <accounts@bluewren-interiors.co.uk>",
  email="accounts@bluewren-interiors.co.uk",
  subject="Re: invoice HP-062?",
  body="""Hi there,

Just checking in: did my invoice HP-062 (£1,150.00, website copy for the Kensington showroom) reach you OK? It was sent on 28 October and I haven't had a remittance yet, so I wanted to make sure it didn't end up in spam.

If you need it resent or addressed differently, just let me know.

Many thanks,
Hannah

On 28 Oct 2026, at 10:14, Hannah Price <hannah@hannahprice.co.uk> wrote:
> Hi Jo, please find attached invoice HP-062 for the showroom copy. Thanks so much!""",
  why_not="A follow-up asking whether an earlier invoice arrived; it does not issue a new claim.",
  note="'Did my invoice reach you?' with number, amount and date, and quoted text of the original mail.")

s = S("Kiwa Textiles B.V.", ["Textielstraat 3", "7575 CD Oldenzaal", "The Netherlands"], "export@kiwatextiles.nl",
      kvk=kvk(), vat=nlvat(), bic="RABONL2U", footer="nl")
s["footer"] = [s["footer"][0], s["footer"][1].replace("KvK", "CoC").replace("BTW", "VAT")]
N(lang="en", tool="exact-online", sender=s, to="\"Lakeshore Home Goods, Inc.\" <purchasing@lakeshorehome.com>",
  email="purchasing@lakeshorehome.com", subject="Proforma invoice PF-2026-118 for prepayment",
  body="""Dear Mr. Alvarez,

As discussed, please find attached our proforma invoice PF-2026-118 for order LHG-5521. Production starts once the prepayment has been received; the commercial invoice will be issued at shipment.

Best regards,
Sanne Oude Wolbers
Export sales, Kiwa Textiles B.V.""",
  doc=dict(L="exact-en", cur="USD", hide0=True, deb=["Lakeshore Home Goods, Inc.", "Attn. Mr. Daniel Alvarez", "2200 N Clybourn Ave", "Chicago, IL 60614, USA"],
           number="PF-2026-118", issue=D(2026, 11, 25), mf="en:code", df="dmy-", title="PROFORMA INVOICE",
           details=[("Proforma", "{number}"), ("Date", "{issue}"), ("Incoterm", "FCA Oldenzaal"), ("Your order", "LHG-5521")],
           lines=[("Linen throw 130x170, natural", 400, 2450, 0), ("Linen cushion cover 50x50, sage", 600, 1180, 0),
                  ("Waffle towel set, stone", 300, 1690, 0)],
           pay=["This is not a VAT invoice. Payment in advance to {iban} (BIC {bic}); commercial invoice at shipment."]),
  pdf_filename="Proforma PF-2026-118.pdf",
  why_not="A proforma invoice for prepayment; it says it is not a VAT invoice and the commercial invoice follows at shipment.",
  note="USD proforma in the Exact layout with an IBAN and totals.")

s = S("Seaview Cottages Pembrokeshire", ["Parrog Road", "Newport SA42 0RX"], "bookings@seaviewcottagespembs.co.uk", country="GB", bank="")
N(lang="en", tool="typed", sender=s, to="Lukas and Mia <lukas.hoffmann@gmx.de>", email="lukas.hoffmann@gmx.de",
  subject="Booking confirmation - Curlew Cottage, 10-17 April 2027",
  body="""Dear Lukas and Mia,

Thank you for booking with us! Your stay is confirmed:

Cottage:     Curlew Cottage (sleeps 4, dog friendly)
Arrival:     Saturday 10 April 2027, from 4pm
Departure:   Saturday 17 April 2027, by 10am
Price:       £1,120.00 (7 nights) + dog £35.00 = £1,155.00

We'll send you an invoice for the 25% deposit (£288.75) in a separate email in the next few days; the balance is due 6 weeks before arrival and we'll remind you in good time.

We can't wait to welcome you to Pembrokeshire!

Warm wishes,
Carys Evans
Seaview Cottages""",
  why_not="A booking confirmation; the deposit invoice is sent separately.",
  note="Prices, a deposit amount and 'due 6 weeks before arrival', but no invoice.")

s = S("Dachdeckerei Hoffmann GmbH", ["Industriestraße 40", "34246 Vellmar", "Tel. 0561 98 30 20"], "angebote@dach-hoffmann.de",
      country="DE", vat=devat(), bic="HELADEF1KAS", bankname="Kasseler Sparkasse", reg="Amtsgericht Kassel HRB 18802",
      tel="0561 98 30 20", footer="de-cols")
N(lang="de", tool="lexoffice", sender=s, to="\"Familie Brückner\" <brueckner.vellmar@gmx.de>", email="brueckner.vellmar@gmx.de",
  subject="Angebot AG-2026-0233 Dachsanierung",
  body="""Sehr geehrte Familie Brückner,

vielen Dank für Ihre Anfrage und den Termin vor Ort. Anbei erhalten Sie unser Angebot für die Sanierung Ihres Daches. Das Angebot ist 6 Wochen gültig.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Stefan Hoffmann""",
  doc=dict(L="lexoffice", deb=["Herrn und Frau", "Uwe und Ines Brückner", "Am Lindenberg 5", "34246 Vellmar"],
           number="AG-2026-0233", issue=D(2026, 11, 16), mf="nl:suf", df="dmy.", title="Angebot Nr. AG-2026-0233",
           details=[("Angebotsnr.", "{number}"), ("Kundennr.", "10870"), ("Datum", "{issue}"), ("Gültig bis", "28.12.2026")],
           pre=["Sehr geehrte Familie Brückner,", "gerne bieten wir Ihnen folgende Leistungen an:"],
           lines=[("Gerüst stellen und abbauen (m²)", 180, 950, 19), ("Alte Eindeckung abnehmen und entsorgen (m²)", 140, 1850, 19),
                  ("Neueindeckung Tondachziegel Braas Rubin 13V (m²)", 140, 6400, 19), ("Dachrinnen und Fallrohre Titanzink", 1, 248000, 19)],
           pay=["Zahlungsbedingungen bei Auftragserteilung: 30 % Abschlag bei Beginn, Rest zahlbar innerhalb von 14 Tagen nach",
                "Abnahme. Wir würden uns über Ihren Auftrag freuen."]),
  pdf_filename="Angebot_AG-2026-0233.pdf",
  why_not="An Angebot (quote) valid until a date; nothing is owed unless it is accepted.",
  note="lexoffice quote with the same DIN 5008 layout and footer as the invoices, payment terms for the future job.")

s = S("Küchen & Möbel Seidel GmbH", ["Dresdner Straße 120", "01705 Freital", "Tel. 0351 649 77 0"], "auftrag@kuechen-seidel.de",
      country="DE", vat=devat(), bic="OSDDDE81XXX", bankname="Ostsächsische Sparkasse Dresden", reg="Amtsgericht Dresden HRB 30417",
      tel="0351 649 77 0", footer="de-cols")
N(lang="de", tool="sevdesk", sender=s, to="claudia.reinhardt@freenet.de", email="claudia.reinhardt@freenet.de",
  subject="Auftragsbestätigung AB-2026-0412",
  body="""Sehr geehrte Frau Reinhardt,

vielen Dank für Ihren Auftrag! Anbei erhalten Sie die Auftragsbestätigung für Ihre neue Küche. Den Liefertermin stimmen wir ca. zwei Wochen vorher telefonisch mit Ihnen ab. Die Rechnung erhalten Sie nach der Montage.

Mit freundlichen Grüßen
Ihr Team von Küchen & Möbel Seidel""",
  doc=dict(L="sevdesk", deb=["Frau", "Claudia Reinhardt", "Poisentalstraße 18", "01705 Freital"],
           number="AB-2026-0412", issue=D(2026, 11, 21), mf="nl:suf", df="dmy.", title="Auftragsbestätigung AB-2026-0412",
           details=[("Auftrags-Nr.", "{number}"), ("Kunden-Nr.", "K-7721"), ("Datum", "{issue}"), ("Lieferung", "KW 6/2027")],
           lines=[("Küchenzeile 'Nobilia Flash' weiß hochglanz, lt. Planung", 1, 689000, 19), ("Einbaubackofen Bosch Serie 6", 1, 79900, 19),
                  ("Montage und Anschluss", 1, 68000, 19)],
           pay=["Zahlbar nach Montage gegen Rechnung, innerhalb von 10 Tagen ohne Abzug."]),
  pdf_filename="Auftragsbestaetigung_AB-2026-0412.pdf",
  why_not="An order confirmation; the invoice is issued after the installation.",
  note="sevDesk order confirmation with totals and future payment terms.")

s = S("Elektro Vogt", ["Hauptstraße 18", "73728 Esslingen am Neckar", "Tel. 0711 31 77 60"], "buchhaltung@elektro-vogt.de",
      country="DE", vat=devat(), bic="ESSLDE66XXX", bankname="Kreissparkasse Esslingen-Nürtingen", reg="Inh. Ralf Vogt",
      tel="0711 31 77 60", footer="de-cols")
N(lang="de", tool="billomat", sender=s, to="info@baeckerei-rapp.de", email="info@baeckerei-rapp.de",
  subject="1. Mahnung zu Rechnung RE0914",
  body="""Sehr geehrte Damen und Herren,

leider konnten wir zu unserer Rechnung RE0914 noch keinen Zahlungseingang feststellen. Anbei unsere Mahnung. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Elektro Vogt
Buchhaltung""",
  doc=dict(L="billomat", deb=["Bäckerei Rapp OHG", "Marktplatz 4", "73728 Esslingen am Neckar"], number="M-0214",
           issue=D(2026, 11, 25), mf="nl:suf", df="long", title="1. Mahnung", novat=True,
           details=[("Mahnung", "{number}"), ("date", "{issue}"), ("cust", "KD0512"), ("Rechnung", "RE0914")],
           Lx=dict(cols="dt"), voc=dict(desc="Offener Posten", total="Betrag", tot="Zu zahlender Betrag"),
           lines=[("Rechnung RE0914 vom 15. Oktober 2026, fällig am 29. Oktober 2026", 1, 186235, 0), ("Mahngebühr", 1, 500, 0)],
           pay=["Bitte überweisen Sie den Betrag bis zum 5. Dezember 2026 auf IBAN {iban}.",
                "Verwendungszweck: RE0914"]),
  pdf_filename="Mahnung_M-0214_RE0914.pdf",
  why_not="A Mahnung (dunning letter) for an invoice sent earlier; it is the business's own reminder, not a new invoice.",
  note="Billomat dunning letter with its own number, a new payment date, IBAN, Verwendungszweck and a Mahngebühr.")

s = S("Steuerbüro Lindner", ["Marienplatz 9", "83022 Rosenheim"], "kanzlei@steuerbuero-lindner.de", country="DE", bank="")
N(lang="de", tool="typed", sender=s, to="Herr Petrović <dragan.petrovic@petrovic-bau.de>", email="dragan.petrovic@petrovic-bau.de",
  subject="Zahlungseingang Rechnung 2026/0488",
  body="""Sehr geehrter Herr Petrović,

hiermit bestätigen wir den Eingang Ihrer Zahlung über 1.487,50 € vom 23.11.2026 zu unserer Rechnung 2026/0488 (Jahresabschluss 2025). Die Rechnung ist damit vollständig beglichen.

Vielen Dank!

Mit freundlichen Grüßen
Monika Lindner
Steuerbüro Lindner""",
  why_not="A confirmation that a payment was received; the invoice is settled.",
  note="Zahlungseingangsbestätigung with invoice number, amount and date.")

s = S("Kfz-Meisterbetrieb Öztürk", ["Gewerbering 7", "90451 Nürnberg"], "werkstatt@kfz-oeztuerk.de", country="DE", bank="")
N(lang="de", tool="typed", sender=s, to="Carina Hübner <carina.huebner@gmx.de>", email="carina.huebner@gmx.de",
  subject="Kostenvoranschlag VW Polo N-CH 482",
  body="""Hallo Frau Hübner,

wie besprochen unser Kostenvoranschlag für Ihren Polo:

Kupplung komplett erneuern (Satz LuK)          289,00 €
Arbeitslohn 4,5 Std. à 78,00 €                 351,00 €
Getriebeöl                                      38,50 €
-------------------------------------------------------
Netto                                          678,50 €
19 % MwSt.                                     128,92 €
Gesamt voraussichtlich                         807,42 €

Abweichungen bis 15 % vorbehalten. Wenn Sie einverstanden sind, geben Sie uns kurz Bescheid, dann bestellen wir die Teile und Sie können den Wagen am Donnerstag bringen.

Viele Grüße
Kemal Öztürk
Kfz-Meisterbetrieb Öztürk""",
  why_not="A cost estimate (Kostenvoranschlag) awaiting the customer's go-ahead; nothing is owed yet.",
  note="Typed estimate with a full net/VAT/total block like a typed invoice.")


# ================================================================ assembly

HTML_L = dict(cols="dqut")


def envelope_and_from(spec):
    s = spec["seller"]
    if spec.get("via"):
        return spec["via"], s["name"], spec["via"]
    return s["email"], s["name"], s["email"]


def build_invoice(inv):
    finish(inv)
    s = inv["seller"]
    mail_from, from_name, from_addr = envelope_and_from(inv)
    inv["iban"] = None if inv.get("iban_none") else s["iban"]
    inv["_ctx"] = ctx_of(inv)
    sent = add_days(inv["issue"], inv.get("sent", 0))
    rcpt = inv.get("rcpt") or [inv["email"]]
    pages = None
    ubl = None
    text = fill(inv.get("body"), inv["_ctx"])
    html = None
    if inv["kind"] in ("pdf", "pdf+ubl"):
        lay = dict(L[inv["L"]])
        pages = [render(make_doc(inv, lay), lay)]
    if inv["kind"] == "pdf+ubl":
        ubl = ubl_xml(inv)
    if inv["kind"] == "body-html":
        html = html_invoice(inv, dict(HTML_L, **inv.get("Lx", {})), fill(inv["html_intro"], inv["_ctx"]),
                            fill(inv["html_outro"], inv["_ctx"]), "shop" if "webshop" in inv["tool"] else "app")
    extra = []
    if inv["tool"] == "exact-online":
        extra.append("X-Mailer: Exact Online")
    eml = build_mail(from_addr, from_name, inv["to"], inv["subject"], sent, text=text, html=html,
                     pdf=pages is not None, ubl=ubl, ubl_name=inv.get("ubl_name"), cc=inv.get("cc"),
                     reply_to=inv.get("reply_to"), extra=extra)
    exp = mailkit.expected(inv["number"], inv["_due_amt"], inv["_total"], inv["issue"], inv.get("due"),
                           inv["debtor_name"], inv["email"], inv["iban"], inv["business"], inv["lang"],
                           reference=inv.get("ref"), currency=inv.get("cur", "EUR"), credit=bool(inv.get("credit")))
    r = mailkit.record(None, inv["tool"], inv["lang"], inv["kind"], {"mail_from": mail_from, "rcpt_to": rcpt}, eml,
                       pages=pages, pdf_filename=inv.get("pdf_filename"), expected=exp, note=inv["note"])
    if ubl:
        r["ubl"] = ubl
    r["_inv"] = inv
    return r


def build_noninv(n):
    s = n["seller"]
    mail_from, from_name, from_addr = envelope_and_from(n)
    pages = None
    html = n.get("html")
    if n.get("doc"):
        d = dict(n["doc"])
        d.setdefault("lang", n["lang"])
        d["seller"] = s
        d["iban"] = s.get("iban")
        finish(d)
        lay = dict(L[d["L"]], **d.get("Lx", {}))
        pages = [render(make_doc(d, lay), lay)]
        issue = d["issue"]
    else:
        issue = n.get("date", D(2026, 11, 27))
    if n.get("html_spec"):
        d = dict(n["html_spec"])
        d["iban"] = s.get("iban")
        finish(d)
        html = html_invoice(d, HTML_L, n["html_intro"], n["html_outro"], "shop")
        issue = d["issue"]
    eml = build_mail(from_addr, from_name, n["to"], n["subject"], add_days(issue, n.get("sent", 0)),
                     text=n.get("body"), html=html, pdf=pages is not None, reply_to=n.get("reply_to"))
    return mailkit.record(None, n["tool"], n["lang"], "none", {"mail_from": mail_from, "rcpt_to": n.get("rcpt") or [n["email"]]},
                          eml, pages=pages, pdf_filename=n.get("pdf_filename"), expected=None, why_not=n["why_not"],
                          note=n["note"])


# ---------------------------------------------------------------- check

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


def texts(r):
    out = []
    m = email.message_from_bytes(r["eml"].replace("@@PDF@@", "Content-Type: application/pdf\n\n").encode("utf-8"),
                                 policy=email.policy.default)
    for part in m.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() == "application/xml":
            out.append(part.get_content() if isinstance(part.get_content(), str) else part.get_content().decode())
    out.append(str(m["Subject"]))
    for pg in (r.get("pdf") or {}).get("pages", []):
        out.append("\n".join(it["text"] for it in pg["items"]))
    return "\n".join(out), m


def check(records):
    bad = []
    for r in records:
        json.loads(json.dumps({k: v for k, v in r.items() if k != "_inv"}, ensure_ascii=False))
        rid = r["id"]
        head = r["eml"].split("\n\n", 1)[0]
        if any(ord(c) > 127 for c in head):
            bad.append((rid, "non-ASCII header"))
        t, m = texts(r)
        for part in m.walk():
            if part.defects:
                bad.append((rid, "MIME defect %s" % part.defects))
        for cand in IBAN_RE.findall(t):
            c = cand.replace(" ", "")
            if c[:2] in IBAN_SHAPE and len(c) >= 15 and len(c) == 4 + len(IBAN_SHAPE[c[:2]]) and not iban_ok(c):
                bad.append((rid, "bad IBAN " + cand))
        e = r["expected"]
        if e is None:
            continue
        inv = r["_inv"]
        flat = re.sub(r"<[^>]+>", " ", t).replace("&amp;", "&").replace("&middot;", "·")
        if e["number"] not in flat:
            bad.append((rid, "number"))
        for key in ("amount_due_cents", "amount_total_cents"):
            n = fmt(abs(e[key]), inv["mf"], e["currency"], False)
            if n not in flat:
                bad.append((rid, key + " " + n))
        if fd(inv["issue"], inv["df"], inv["lang"]) not in flat:
            bad.append((rid, "issue date"))
        if inv.get("name_printed", e["debtor_name"]) not in flat:
            bad.append((rid, "debtor " + e["debtor_name"]))
        if e["iban"]:
            if not iban_ok(e["iban"]) or (e["iban"] not in flat and sp4(e["iban"]) not in flat):
                bad.append((rid, "iban"))
        if e["payment_reference"] and inv["ref_print"] not in flat:
            bad.append((rid, "reference"))
        if e["payment_reference"] and inv["ref_print"].replace(" ", "") != e["payment_reference"] and inv["ref_print"] != e["payment_reference"] and " " not in inv["ref_print"]:
            bad.append((rid, "reference label"))
        if "term" in inv and not e["credit_note"]:
            if inv["term"] != "eom" and D.fromisoformat(e["due_date"]) != add_days(inv["issue"], inv["term"]):
                bad.append((rid, "due term"))
        if e["due_date"] and "term" not in inv and fd(inv["due"], inv["df"], inv["lang"]) not in flat:
            bad.append((rid, "due date not printed"))
        if e["amount_due_cents"] != e["amount_total_cents"] - inv["_paid"]:
            bad.append((rid, "due != total - paid"))
        if e["credit_note"] != (e["amount_total_cents"] < 0) or (e["credit_note"] and e["due_date"]):
            bad.append((rid, "credit"))
        if r["envelope"]["rcpt_to"][0] != e["debtor_email"]:
            bad.append((rid, "debtor_email"))
        if r.get("ubl"):
            import xml.etree.ElementTree as ET
            x = ET.fromstring(r["ubl"].encode())
            ns = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
                  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"}
            g = lambda p: x.find(p, ns).text  # noqa: E731
            pay = g("cac:LegalMonetaryTotal/cbc:PayableAmount")
            if (g("cbc:ID") != e["number"] or g("cbc:IssueDate") != e["issue_date"] or g("cbc:DueDate") != e["due_date"]
                    or round(float(pay) * 100) != e["amount_due_cents"]
                    or g("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID") != e["iban"]
                    or (x.find("cac:PaymentMeans/cbc:PaymentID", ns) is not None and g("cac:PaymentMeans/cbc:PaymentID") != e["payment_reference"])):
                bad.append((rid, "ubl"))
    return bad


def main():
    recs = [build_invoice(i) for i in INVOICES] + [build_noninv(n) for n in NONINV]
    order = list(range(len(recs)))
    random.Random(SEED + 5).shuffle(order)
    recs = [recs[k] for k in order]
    for k, r in enumerate(recs):
        r["id"] = "inv-hold5-%03d" % (k + 1)
    bad = check(recs)
    for b in bad:
        print("CHECK:", *b)
    if bad:
        sys.exit(1)
    for r in recs:
        r.pop("_inv", None)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5.jsonl")
    mailkit.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))


import json  # noqa: E402

if __name__ == "__main__":
    main()
