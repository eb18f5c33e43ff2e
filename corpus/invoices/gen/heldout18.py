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
