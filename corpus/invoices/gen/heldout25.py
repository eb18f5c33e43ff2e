"""heldout25: a blind held-out set on **who bills whom: the parties on the page** — where the
seller's and the debtor's blocks stand, several parties on one invoice (bill-to and ship-to,
site addresses, contacts, departments, couples, estates, associations, branches), what marks
a debtor as a business (its own VAT, KvK, CRN, UID numbers, reverse charge, legal forms) next
to the seller's own numbers, and names that look like other things.

Seeded and deterministic: run from the repository root with python3; it writes
corpus/invoices/heldout25.jsonl after check() has passed."""
import datetime
import html
import json
import os
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261225
OUT = "corpus/invoices/heldout25.jsonl"
D = datetime.date

rng = random.Random(SEED)

# ---------------------------------------------------------------- words per language

W = {
    "nl": dict(inv="Factuur", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               term="Betalingstermijn", desc="Omschrijving", qty="Aantal", price="Prijs",
               amount="Bedrag", sub="Subtotaal", vat="Btw {p}%", total="Totaal",
               paid="Reeds voldaan (aanbetaling)", topay="Te betalen",
               ref="Betalingskenmerk", rc="Btw verlegd"),
    "be": dict(inv="Factuur", no="Factuurnummer", date="Factuurdatum", due="Vervaldag",
               term="Betalingstermijn", desc="Omschrijving", qty="Aantal", price="Eenheidsprijs",
               amount="Bedrag", sub="Totaal excl. btw", vat="Btw {p}%", total="Totaal incl. btw",
               paid="Voorschot ontvangen", topay="Te betalen",
               ref="Gestructureerde mededeling", rc="Btw verlegd - medecontractant"),
    "en": dict(inv="Invoice", no="Invoice no.", date="Invoice date", due="Due date",
               term="Terms", desc="Description", qty="Qty", price="Unit price",
               amount="Amount", sub="Subtotal", vat="VAT {p}%", total="Total",
               paid="Less deposit paid", topay="Balance due",
               ref="Payment reference", rc="Reverse charge"),
    "de": dict(inv="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               term="Zahlungsziel", desc="Bezeichnung", qty="Menge", price="Einzelpreis",
               amount="Gesamt", sub="Nettobetrag", vat="USt. {p} %", total="Rechnungsbetrag",
               paid="abzgl. Anzahlung", topay="Zahlbetrag",
               ref="Verwendungszweck", rc="Steuerschuldnerschaft des Leistungsempfängers"),
}
W["ch"] = dict(W["de"], vat="MWST {p} %", total="Total CHF", ref="Referenz", due="Zahlbar bis")
W["at"] = dict(W["de"], vat="USt {p} %", due="Zahlbar bis")


# Each seller's tool words some labels its own way: variant 0 is the word set above.
VARIANTS = {
    "nl": [{}, dict(no="Factuurnr.", due="Uiterste betaaldatum", sub="Totaal excl. btw", total="Totaal incl. btw",
                    price="Stukprijs"),
           dict(date="Datum", sub="Netto", total="Totaalbedrag", amount="Totaal")],
    "be": [{}, dict(no="Factuur nr.", due="Te betalen vóór", total="Te betalen"), dict(date="Datum", sub="Maatstaf van heffing")],
    "en": [{}, dict(no="Invoice number", sub="Net", total="Total due", price="Rate"),
           dict(no="Invoice #", date="Date", due="Payment due", total="TOTAL")],
    "de": [{}, dict(no="Rechnungs-Nr.", date="Datum", sub="Summe netto", total="Gesamtbetrag"),
           dict(due="Zahlbar bis", sub="Zwischensumme", total="Endbetrag", price="Preis")],
}


def wl(s):
    """The word set of seller @s, in its tool's variant."""
    base = W[{"BE": "be", "CH": "ch", "AT": "at"}.get(s["country"], s["lang"])]
    key = "be" if s["country"] == "BE" else s["lang"]
    return dict(base, **VARIANTS[key][s["v"]])


def fmt_money(s, cents):
    return mk.money_in(s["cur"], s["lang"], cents)


def fmt_date(s, d):
    lang = "be" if s["country"] == "BE" else s["lang"]
    return mk.date_in(lang, d, s.get("dstyle"))


def pct_text(p, lang):
    t = ("%g" % p)
    return t.replace(".", ",") if lang in ("nl", "de") else t


def vat_of(net, p):
    return int((Decimal(net) * Decimal(str(p)) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


rf = mk.rf


qrr = mk.qrr


qrr_spaced = mk.qrr_spaced


def rf_spaced(r):
    return " ".join(r[k:k + 4] for k in range(0, len(r), 4))


# ---------------------------------------------------------------- sellers

def seller(name, lang, country, street, city, email, person, nums, cur="EUR", tool="Word/PDF",
           phone=None, dstyle=None):
    c = {"UK": "GB"}.get(country, country)
    return dict(name=name, lang=lang, country=country, street=street, city=city, email=email,
                person=person, nums=nums, cur=cur, tool=tool, phone=phone, dstyle=dstyle,
                iban=mk.iban(rng, c), v=random.Random(name).randrange(3))


# ---------------------------------------------------------------- the documents

def amounts(lines, rc=False, paid=0):
    """(net, [(pct, vat)], total, due) of @lines (desc, qty, unit cents, pct)."""
    net = sum(q * u for _, q, u, _ in lines)
    rates = {}
    for _, q, u, p in lines:
        rates[p] = rates.get(p, 0) + q * u
    vats = [] if rc else [(p, vat_of(n, p)) for p, n in sorted(rates.items(), reverse=True) if p]
    total = net + sum(v for _, v in vats)
    return net, vats, total, total - paid


def qty_text(q):
    return str(q)


def est_width(s, size):
    return len(s) * size * 0.56


class Doc:
    """One document's facts, from which a page or a mail body is written."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def details_rows(doc):
    s, w = doc.s, wl(doc.s)
    rows = [] if doc.no_rows else [(doc.nolabel or w["no"], doc.number),
                                    (doc.datelabel or w["date"], fmt_date(s, doc.issue))]
    if doc.due_print:
        rows.append((w["due"], fmt_date(s, doc.due)))
    elif doc.term_text:
        rows.append((w["term"], doc.term_text))
    rows += doc.details
    return rows


def table(p, doc, y):
    s, w = doc.s, wl(doc.s)
    p.text(56, y, w["desc"], bold=True)
    if doc.prices:
        p.right(360, y, w["qty"], bold=True)
        p.right(450, y, w["price"], bold=True)
        p.right(539, y, w["amount"], bold=True)
    else:
        p.right(539, y, w["qty"], bold=True)
    p.rule(56, y + 4, 539, y + 4)
    y += 17
    for desc, q, u, _ in doc.lines:
        p.text(56, y, desc, size=8.5)
        if doc.prices:
            p.right(360, y, qty_text(q), size=8.5)
            p.right(450, y, fmt_money(s, u), size=8.5)
            p.right(539, y, fmt_money(s, q * u), size=8.5)
        else:
            p.right(539, y, qty_text(q), size=8.5)
        y += 13
    if not doc.prices:
        return y + 10
    p.rule(56, y - 6, 539, y - 6)
    y += 8
    net, vats, total, due = amounts(doc.lines, doc.rc, doc.paid)
    rows = [(w["sub"], net, False)]
    for pc, v in vats:
        rows.append((w["vat"].format(p=pct_text(pc, s["lang"])), v, False))
    if doc.rc:
        rows.append((w["rc"], 0, False))
    rows.append((doc.totallabel or w["total"], total, True))
    if doc.paid:
        rows.append((w["paid"], -doc.paid, False))
        rows.append((w["topay"], due, True))
    for lab, c, b in rows:
        p.right(450, y, lab, bold=b)
        p.right(539, y, fmt_money(s, c), bold=b)
        y += 14
    return y + 10


def block(p, x, y, lines, head=None, size=9.5):
    if head:
        p.text(x, y, head, size=8, bold=True)
        y += 13
    for ln in lines:
        p.text(x, y, ln, size=size)
        y += 12.5
    return y


def seller_head(p, s, align="left"):
    if align == "left":
        p.text(56, 60, s["name"], size=15, bold=True)
        y = 76
        for ln in [s["street"], s["city"]] + ([s["phone"]] if s["phone"] else []) + [s["email"]]:
            p.text(56, y, ln, size=8.5)
            y += 11
        return y
    p.right(539, 60, s["name"], size=15, bold=True)
    y = 76
    for ln in [s["street"], s["city"]] + ([s["phone"]] if s["phone"] else []) + [s["email"]]:
        p.right(539, y, ln, size=8.5)
        y += 11
    return y


def foot(p, s, extra=()):
    parts = [s["name"], "IBAN " + mk.iban_spaced(s["iban"])] + list(s["nums"])
    line, y = "", 790
    lines = []
    for part in parts:
        cand = (line + "  ·  " + part) if line else part
        if est_width(cand, 7) > 470:
            lines.append(line)
            line = part
        else:
            line = cand
    lines.append(line)
    p.rule(56, 772, 539, 772)
    for ln in list(extra) + lines:
        p.text(56, y, ln, size=7)
        y += 9


def pay_notes(doc):
    """The lines that ask for payment (none for documents that are not invoices)."""
    if doc.notes is not None:
        return doc.notes
    s, lang = doc.s, doc.s["lang"]
    _, _, _, due = amounts(doc.lines, doc.rc, doc.paid)
    amt, ib, dd = fmt_money(s, due), mk.iban_spaced(s["iban"]), fmt_date(s, doc.due)
    v, ref = s["v"], doc.ref_print
    if s["country"] == "BE":
        if v == 1:
            out = ["Te betalen vóór %s op rekening %s." % (dd, ib),
                   "Mededeling: %s" % (ref or "factuurnummer")]
        else:
            out = ["Gelieve %s te storten op %s vóór %s," % (amt, ib, dd)]
            out.append("met vermelding van de gestructureerde mededeling %s." % ref if ref
                       else "met vermelding van het factuurnummer.")
    elif lang == "nl":
        if v == 1:
            out = ["Gelieve het bedrag van %s uiterlijk %s over te maken naar %s t.n.v. %s." % (amt, dd, ib, s["name"])]
            out.append("Betalingskenmerk: %s" % ref if ref else "Vermeld bij uw betaling het factuurnummer.")
        elif v == 2:
            out = ["Betaling graag binnen de termijn op %s ten name van %s." % (ib, s["name"]),
                   "Uiterste betaaldatum: %s." % dd]
            if ref:
                out.append("Betalingskenmerk: %s" % ref)
        else:
            out = ["Wij verzoeken u %s vóór %s over te maken op %s" % (amt, dd, ib),
                   "ten name van %s%s." % (s["name"], (", betalingskenmerk %s" % ref)
                                           if ref else " onder vermelding van het factuurnummer")]
    elif lang == "en":
        if v == 1:
            out = ["Payment by bank transfer to %s" % s["name"], "IBAN: %s" % ib]
            if s["country"] == "UK":
                raw = s["iban"]
                out.append("Sort code: %s-%s-%s   Account no.: %s" % (raw[8:10], raw[10:12], raw[12:14], raw[14:]))
            out.append("Payment due by %s." % dd)
        elif v == 2:
            out = ["Payment terms: due %s. Please pay by bank transfer to IBAN %s." % (dd, ib)]
        else:
            out = ["Please pay %s by %s to %s, IBAN %s." % (amt, dd, s["name"], ib)]
        if ref:
            out.append("%s: %s" % (W["en"]["ref"], ref))
        else:
            out.append("Please quote the invoice number with your payment.")
    else:
        if v == 1:
            out = ["Zahlbar ohne Abzug bis %s." % dd, "Bankverbindung: %s, IBAN %s" % (s["name"], ib)]
        elif v == 2:
            out = ["Bitte begleichen Sie den Betrag von %s bis zum %s" % (amt, dd),
                   "auf unser Konto IBAN %s." % ib]
        else:
            out = ["Bitte überweisen Sie %s bis %s auf das Konto %s." % (amt, dd, ib)]
        if ref:
            out.append("%s: %s" % (wl(s)["ref"], ref))
    return out + list(doc.extra_notes)


def wrap(lines, size, width=470):
    """@lines broken at spaces so that none runs past @width points."""
    out = []
    for ln in lines:
        cur = ""
        # an IBAN in groups is kept on one line
        ln = re.sub(r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{1,4}){3,8}\b", lambda m: m.group(0).replace(" ", "\x00"), ln)
        for word in ln.split(" "):
            cand = (cur + " " + word) if cur else word
            if est_width(cand, size) * 1.12 > width and cur:
                out.append(cur)
                cur = word
            else:
                cur = cand
        out.append(cur)
    return [o.replace("\x00", " ") for o in out]


def page_for(doc):
    """The invoice page in its layout."""
    s, w = doc.s, wl(doc.s)
    p = mk.Page()
    L = doc.layout
    rows = details_rows(doc)

    def details_at(x, y, labw=100):
        labw = max([labw] + [est_width(lab, 8.5) * 1.12 + 8 for lab, _ in rows])
        for lab, val in rows:
            p.text(x, y, lab, size=8.5)
            p.text(x + labw, y, val, size=8.5)
            y += 12.5
        return y

    def ship_at(y):
        if doc.ship:
            head, lines = doc.ship
            y = block(p, 56, y, lines, head=head, size=8.5) + 8
        return y

    if L == "window":
        seller_head(p, s)
        ret = "%s · %s · %s" % (s["name"], s["street"], s["city"])
        if est_width(ret, 6.5) * 1.12 > 250:
            ret = "%s · %s" % (s["name"], s["city"])
        p.text(310, 128, ret, size=6.5)
        block(p, 310, 145, doc.block, size=9)
        p.text(56, 250, doc.title, size=15, bold=True)
        y = details_at(56, 272)
        y = ship_at(y + 8)
        y = table(p, doc, y + 14)
    elif L == "columns":
        p.text(56, 60, doc.title, size=18, bold=True)
        h1, h2 = doc.colheads
        block(p, 56, 100, [s["name"], s["street"], s["city"], s["email"]] + list(doc.seller_extra), head=h1, size=9)
        yb = block(p, 300, 100, doc.block, head=h2, size=9)
        y = details_at(56, max(yb, 175) + 20)
        y = ship_at(y + 8)
        y = table(p, doc, y + 14)
    elif L == "below_title":
        seller_head(p, s, align="right")
        p.text(56, 160, doc.title, size=16, bold=True)
        yb = block(p, 56, 182, doc.block, head=doc.blockhead, size=9.5)
        details_at(330, 182, labw=95)
        y = ship_at(max(yb, 250) + 10)
        y = table(p, doc, y + 14)
    elif L == "box":
        seller_head(p, s)
        p.text(330, 60, doc.title, size=16, bold=True)
        p.rule(56, 140, 290, 140)
        p.rule(56, 140, 56, 222)
        p.rule(290, 140, 290, 222)
        p.rule(56, 222, 290, 222)
        block(p, 64, 155, doc.block, head=doc.blockhead, size=9)
        details_at(330, 155, labw=95)
        y = ship_at(240)
        y = table(p, doc, y + 14)
    elif L == "after_table":
        seller_head(p, s)
        p.text(56, 160, doc.title, size=16, bold=True)
        y = details_at(56, 182)
        y = table(p, doc, y + 20)
        y = block(p, 56, y + 6, doc.block, head=doc.blockhead, size=9) + 6
        y = ship_at(y)
    else:  # "row": the debtor only in a details row
        seller_head(p, s, align="right")
        p.text(56, 150, doc.title, size=16, bold=True)
        y = details_at(56, 175, labw=110)
        y = ship_at(y + 8)
        y = table(p, doc, y + 14)
    y += 6
    for ln in wrap(pay_notes(doc), 8.5):
        p.text(56, y, ln, size=8.5)
        y += 12
    foot(p, s, doc.foot_extra)
    return p


def body_text(doc, greet, intro, close):
    """An invoice typed in the mail, the parties in the shape @doc.layout gives them."""
    s, w = doc.s, wl(doc.s)
    out = [greet, "", intro, ""]
    out.append(doc.title if doc.number in doc.title else doc.title + " " + doc.number)
    out.append("")
    if doc.layout == "columns":
        h1, h2 = doc.colheads
        out += ["%s: %s, %s, %s" % (h1, s["name"], s["street"], s["city"])]
        out += ["%s: %s" % (h2, ", ".join(doc.block)), ""]
    elif doc.layout in ("box", "below_title", "window"):
        out += [doc.blockhead or "", *doc.block, ""] if doc.blockhead else [*doc.block, ""]
    for lab, val in details_rows(doc):
        out.append("%s: %s" % (lab, val))
    if doc.ship:
        out += ["", doc.ship[0]] + list(doc.ship[1])
    out.append("")
    for desc, q, u, _ in doc.lines:
        out.append("%s  %s x %s = %s" % (desc, qty_text(q), fmt_money(s, u), fmt_money(s, q * u)))
    net, vats, total, due = amounts(doc.lines, doc.rc, doc.paid)
    out.append("")
    out.append("%s: %s" % (w["sub"], fmt_money(s, net)))
    for pc, v in vats:
        out.append("%s: %s" % (w["vat"].format(p=pct_text(pc, s["lang"])), fmt_money(s, v)))
    if doc.rc:
        out.append(w["rc"])
    out.append("%s: %s" % (doc.totallabel or w["total"], fmt_money(s, total)))
    if doc.paid:
        out.append("%s: %s" % (w["paid"], fmt_money(s, -doc.paid)))
        out.append("%s: %s" % (w["topay"], fmt_money(s, due)))
    out.append("")
    if doc.layout == "after_table":
        out += ([doc.blockhead] if doc.blockhead else []) + list(doc.block) + [""]
    out += pay_notes(doc)
    out += ["", close, s["person"], s["name"], s["street"] + ", " + s["city"]]
    out += [" | ".join(s["nums"])]
    return "\n".join(out)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def body_html(doc, greet, intro, close):
    """The same as HTML: paragraphs and a table, as a webmail or a tool writes it."""
    s, w = doc.s, wl(doc.s)
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:13px">',
         "<p>%s</p>" % esc(greet), "<p>%s</p>" % esc(intro),
         "<h2>%s</h2>" % esc(doc.title)]
    if doc.layout == "columns":
        h1, h2 = doc.colheads
        h.append('<table width="100%%"><tr><td valign="top"><b>%s</b><br>%s</td><td valign="top"><b>%s</b><br>%s</td></tr></table>' % (
            esc(h1), "<br>".join(esc(x) for x in [s["name"], s["street"], s["city"]]),
            esc(h2), "<br>".join(esc(x) for x in doc.block)))
    elif doc.layout != "after_table" and doc.block:
        h.append("<p>%s%s</p>" % ("<b>%s</b><br>" % esc(doc.blockhead) if doc.blockhead else "",
                                  "<br>".join(esc(x) for x in doc.block)))
    h.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b))
                                 for a, b in details_rows(doc)) + "</table>")
    if doc.ship:
        h.append("<p><b>%s</b><br>%s</p>" % (esc(doc.ship[0]), "<br>".join(esc(x) for x in doc.ship[1])))
    if not doc.lines:
        return finish_html(doc, h, close)
    h.append('<table cellpadding="4" style="border-collapse:collapse"><tr><th align="left">%s</th><th>%s</th><th>%s</th><th>%s</th></tr>' % (
        esc(w["desc"]), esc(w["qty"]), esc(w["price"]), esc(w["amount"])))
    for desc, q, u, _ in doc.lines:
        h.append('<tr><td>%s</td><td align="right">%s</td><td align="right">%s</td><td align="right">%s</td></tr>' % (
            esc(desc), qty_text(q), esc(fmt_money(s, u)), esc(fmt_money(s, q * u))))
    net, vats, total, due = amounts(doc.lines, doc.rc, doc.paid)
    rows = [(w["sub"], fmt_money(s, net))] + [(w["vat"].format(p=pct_text(pc, s["lang"])), fmt_money(s, v)) for pc, v in vats]
    if doc.rc:
        rows.append((w["rc"], ""))
    rows.append(("<b>%s</b>" % esc(doc.totallabel or w["total"]), "<b>%s</b>" % esc(fmt_money(s, total))))
    if doc.paid:
        rows += [(w["paid"], fmt_money(s, -doc.paid)), ("<b>%s</b>" % w["topay"], "<b>%s</b>" % esc(fmt_money(s, due)))]
    for a, b in rows:
        h.append('<tr><td colspan="3" align="right">%s</td><td align="right">%s</td></tr>' % (
            a if a.startswith("<b>") else esc(a), b if b.startswith("<b>") else esc(b)))
    h.append("</table>")
    if doc.layout == "after_table":
        h.append("<p>%s%s</p>" % ("<b>%s</b><br>" % esc(doc.blockhead) if doc.blockhead else "",
                                  "<br>".join(esc(x) for x in doc.block)))
    return finish_html(doc, h, close)


def finish_html(doc, h, close):
    s = doc.s
    notes = pay_notes(doc)
    if notes:
        h.append("<p>%s</p>" % "<br>".join(esc(x) for x in notes))
    h.append("<p>%s<br>%s<br>%s</p>" % (esc(close), esc(s["person"]), esc(s["name"])))
    h.append('<p style="font-size:10px;color:#777">%s<br>%s</p>' % (
        esc(s["street"] + ", " + s["city"]), esc(" | ".join(s["nums"]))))
    h.append("</body></html>")
    return "\n".join(h)


def enc_header(t):
    """A display name or subject as an RFC 2047 encoded word when it is not ASCII."""
    if all(ord(c) < 128 for c in t):
        return t
    import base64
    return "=?utf-8?b?%s?=" % base64.b64encode(t.encode("utf-8")).decode("ascii")


def to_header(name, addr):
    if not name:
        return addr
    n = enc_header(name)
    if n == name and re.search(r"[,.()<>@;:\"]", name):
        n = '"%s"' % name
    return "%s <%s>" % (n, addr)


RECORDS = []


def doc_defaults(kw):
    base = dict(layout="window", block=[], blockhead=None, colheads=None, details=[], ship=None,
                lines=[], rc=False, paid=0, prices=True, ref=None, ref_print=None, term_text=None,
                due_print=True, notes=None, extra_notes=(), foot_extra=(), seller_extra=(),
                nolabel=None, datelabel=None, totallabel=None, title=None, due=None, no_rows=False)
    base.update(kw)
    return Doc(**base)


def emit(s, kind, to, subject, greet, intro, close, doc, label=None, business=None, why_not=None,
         note="", pdf_filename=None, cover_extra=(), mail_day=0, extra_headers=()):
    """One record: an invoice when @label (the debtor's name) is given, else a non-invoice."""
    doc.s = s
    name, addr = to
    d = doc.issue + mk.days(mail_day)
    th = to_header(name, addr)
    subj = enc_header(subject)
    sname = enc_header(s["name"])
    if kind == "pdf":
        cover = "\n".join([greet, "", intro, *cover_extra, "", close, s["person"], s["name"]]
                          + ([s["phone"]] if s["phone"] else []))
        pages = [page_for(doc)] if doc.pagefn is None else [doc.pagefn(doc)]
        eml = mk.mail(rng, s["email"], sname, th, subj, d, body_text=cover, pdf=True,
                      extra_headers=extra_headers)
    elif kind == "body-text":
        pages = None
        txt = doc.textfn(doc, greet, intro, close) if doc.textfn else body_text(doc, greet, intro, close)
        eml = mk.mail(rng, s["email"], sname, th, subj, d, body_text=txt, extra_headers=extra_headers)
    else:
        pages = None
        eml = mk.mail(rng, s["email"], sname, th, subj, d, body_html=body_html(doc, greet, intro, close),
                      extra_headers=extra_headers)
    exp = None
    if label is not None:
        _, _, total, due = amounts(doc.lines, doc.rc, doc.paid)
        lang = s["lang"]
        exp = mk.expected(doc.number, due, total, doc.issue, doc.due, label, addr, s["iban"], business,
                          lang, reference=doc.ref, currency=s["cur"])
    r = mk.record(None, s["tool"], s["lang"], "none" if exp is None else kind,
                  {"mail_from": s["email"], "rcpt_to": [addr]}, eml, pages=pages,
                  pdf_filename=pdf_filename, expected=exp, why_not=why_not, note=note)
    r["_country"] = s["country"]
    r["_doc"] = doc
    RECORDS.append(r)
    return r


def inv(s, kind, to, subject, greet, intro, close, label, business, note, **kw):
    kw.setdefault("title", wl(s)["inv"])
    kw.setdefault("pagefn", None)
    kw.setdefault("textfn", None)
    doc = doc_defaults(kw)
    if doc.due is None:
        raise ValueError(doc.number)
    return emit(s, kind, to, subject, greet, intro, close, doc, label=label, business=business, note=note,
                pdf_filename=kw.get("pdf_filename"), cover_extra=kw.get("cover_extra", ()))


def notinv(s, kind, to, subject, greet, intro, close, why_not, note, **kw):
    kw.setdefault("pagefn", None)
    kw.setdefault("textfn", None)
    kw.setdefault("due", kw.get("issue"))
    kw.setdefault("due_print", False)
    doc = doc_defaults(kw)
    return emit(s, kind, to, subject, greet, intro, close, doc, why_not=why_not, note=note,
                pdf_filename=kw.get("pdf_filename"), cover_extra=kw.get("cover_extra", ()))


# ================================================================ Dutch invoices (16 NL, 4 BE)

def dutch():
    # 1. window envelope; a VvE, its treasurer in t.a.v.
    s = seller("Schilderwerken Van Dam", "nl", "NL", "Ravellaan 88", "3533 JR Utrecht",
               "facturen@schilderwerkenvandam.nl", "Ruud van Dam",
               ["KvK 61847290", "Btw NL002184765B29"], tool="SnelStart")
    inv(s, "pdf", ("R. Kooistra", "penningmeester@vve-wilhelminapark.nl"),
        "Factuur 2026-1187 schilderwerk trappenhuizen",
        "Geachte heer Kooistra,", "Bijgaand de factuur voor het schilderwerk in de trappenhuizen, zoals afgesproken met het bestuur.",
        "Met vriendelijke groet,", "Vereniging van Eigenaars Wilhelminapark 12-40", True,
        "A VvE in the window with its treasurer on the t.a.v. line; the mail greets the treasurer.",
        layout="window", number="2026-1187", issue=D(2026, 11, 23), due=D(2026, 12, 21),
        block=["Vereniging van Eigenaars Wilhelminapark 12-40", "t.a.v. de penningmeester, dhr. R. Kooistra",
               "Wilhelminapark 12", "3581 NC Utrecht"],
        details=[("Debiteurnummer", "1044"), ("Uw kenmerk", "Onderhoud 2026 trappenhuis B")],
        lines=[("Trappenhuis A en B: plafonds en wanden, 2 lagen", 1, 386000, 21),
               ("Houtwerk deuren en kozijnen, lakwerk", 14, 9500, 21),
               ("Voorstrijkmiddel en materiaal", 1, 41250, 21)])

    # 2. two columns Van / Aan; a sole trader trading under a name
    s = seller("Koster Installatietechniek", "nl", "NL", "Industrieweg 4", "7921 JP Zuidwolde",
               "administratie@kosterinstallatie.nl", "Henk Koster",
               ["KvK 04127788", "BTW-id NL001937554B03"], tool="e-Boekhouden")
    inv(s, "pdf", ("Jan Smit", "info@bakkerijdekorenbloem.nl"), "Factuur F26-0412",
        "Beste Jan,", "Hierbij de factuur voor het vervangen van de oven-afzuiging in de bakkerij.",
        "Groet,", "Bakkerij De Korenbloem", True,
        "Two columns Van / Aan; a sole trader's trade name with 't.a.v. Jan Smit' under it; the mail greets Jan.",
        layout="columns", colheads=("Van", "Aan"), number="F26-0412", issue=D(2026, 11, 17), due=D(2026, 12, 1),
        block=["Bakkerij De Korenbloem", "t.a.v. Jan Smit", "Hoofdstraat 51", "7921 AE Zuidwolde",
               "KvK 70215834"],
        seller_extra=["KvK 04127788"],
        details=[("Klantnummer", "K-2217"), ("Werkbon", "WB 8812")],
        lines=[("Afzuigkap RVS 1600 mm, geleverd en gemonteerd", 1, 214500, 21),
               ("Ventilator 2500 m3/h", 1, 68900, 21),
               ("Arbeid monteur", 7, 6250, 21)])

    # 3. debtor below the title; the greeting uses the first name, the page initials and a double name
    s = seller("Tuinontwerp Groenvlak", "nl", "NL", "Kastanjelaan 3", "2012 KL Haarlem",
               "post@groenvlak.nl", "Marieke Hoefnagel", ["KvK 85530127", "Btw-nr. NL864002918B01"],
               tool="Moneybird")
    inv(s, "pdf", ("Anouk de Wit", "anoukdewit@ziggo.nl"), "Factuur 2026-088 tuinontwerp",
        "Beste Anouk,", "Zoals beloofd de factuur voor het ontwerp van jullie achtertuin. Fijn dat jullie zo enthousiast waren!",
        "Hartelijke groet,", "A. de Wit-Verhoeven", False,
        "Debtor below the title, as 'A. de Wit-Verhoeven', while the mail greets 'Beste Anouk'.",
        layout="below_title", number="2026-088", issue=D(2026, 11, 12), due=D(2026, 11, 26),
        block=["A. de Wit-Verhoeven", "Jacobastraat 17", "2025 RB Haarlem"],
        details=[("Project", "Achtertuin Jacobastraat")],
        lines=[("Tuinontwerp incl. beplantingsplan", 1, 95000, 21), ("Locatiebezoek en inmeten", 2, 7500, 21)])

    # 4. debtor only in a 'Factuur aan' box; a foundation's payables
    s = seller("Pianostemmerij Lindeboom", "nl", "NL", "Oude Gracht 214", "3511 NR Utrecht",
               "info@pianolindeboom.nl", "Gert Lindeboom", ["KvK 30187245", "BTW NL001526734B11"], tool="Jortt")
    inv(s, "pdf", ("Crediteurenadministratie", "crediteuren@hetkwartier.nl"), "Factuur 26-0193",
        "Geachte heer, mevrouw,", "In de bijlage treft u de factuur aan voor het stemmen van de vleugels in zaal 1 en 2.",
        "Met vriendelijke groet,", "Stichting Muziekschool Het Kwartier", True,
        "Debtor only in a 'Factuur aan' box, with its payables department; To is the department's mailbox.",
        layout="box", blockhead="Factuur aan", number="26-0193", issue=D(2026, 12, 1), due=D(2026, 12, 31),
        block=["Stichting Muziekschool Het Kwartier", "Crediteurenadministratie", "Postbus 1408", "3430 BK Nieuwegein"],
        details=[("Uw ordernummer", "PO-26-0577")],
        lines=[("Stemmen concertvleugel Steinway D, zaal 1", 1, 18500, 21),
               ("Stemmen vleugel Yamaha C3, zaal 2", 1, 14500, 21),
               ("Intonatie en regulatie hamers", 1, 22000, 21)])

    # 5. debtor after the line table: mr. (meester) with a surname that is a trade
    s = seller("Glazenwasserij Helder", "nl", "NL", "Molenweg 27", "5271 TA Sint-Michielsgestel",
               "helder.glazenwasserij@gmail.com", "Bas van Gestel", ["KvK 17289044", "BTW NL812377402B01"],
               tool="Excel")
    inv(s, "pdf", ("P.J. de Bakker", "pj.debakker@planet.nl"), "Factuur 2026-311",
        "Geachte heer De Bakker,", "Hierbij stuur ik u de factuur voor het glasbewassen van dit najaar.",
        "Met vriendelijke groet,", "mr. P.J. de Bakker", False,
        "Debtor after the line table; 'Dhr. mr.' before a surname that is a trade; 'particulier'.",
        layout="after_table", blockhead="Gefactureerd aan:", number="2026-311", issue=D(2026, 11, 30), due=D(2026, 12, 14),
        block=["Dhr. mr. P.J. de Bakker (particulier)", "Torenstraat 5", "5271 AB Sint-Michielsgestel"],
        lines=[("Glasbewassing buiten incl. kozijnen, september", 1, 6500, 21),
               ("Glasbewassing buiten incl. kozijnen, november", 1, 6500, 21),
               ("Dakkapel en serre", 1, 3500, 21)])

    # 6. the debtor only in a 'Klant:' row among the details
    s = seller("Speelgoedbeheer Oost", "nl", "NL", "Voltastraat 12", "7006 RW Doetinchem",
               "boekhouding@speelgoedbeheer.nl", "Ilse Wolters", ["KvK 56233418", "Btw-nr. NL852195760B01"],
               tool="Exact Online")
    inv(s, "pdf", ("", "facturen@deboomhut-kinderopvang.nl"), "Factuur 2611042 van Speelgoedbeheer Oost",
        "Goedemiddag,", "Bijgevoegd vindt u factuur 2611042 voor de inspectie van de speeltoestellen.",
        "Met vriendelijke groeten,", "Kinderopvang De Boomhut B.V.", True,
        "No address block: the debtor is a 'Klant:' row between customer number and order number.",
        layout="row", number="2611042", issue=D(2026, 11, 26), due=D(2026, 12, 24), due_print=False,
        term_text="28 dagen", title="Factuur",
        details=[("Klant", "Kinderopvang De Boomhut B.V."), ("Klantnummer", "31177"),
                 ("Ordernummer", "BH-2026-31"), ("Referentie", "Jaarinspectie locatie Keppel")],
        lines=[("Jaarinspectie speeltoestellen EN 1176 (5 toestellen)", 5, 4200, 21),
               ("Vervangen schommelzitting", 2, 3850, 21),
               ("Voorrijkosten", 1, 3500, 21)])

    # 7. bill-to versus site address; a housing corporation's payables
    g_account = mk.iban_spaced(mk.iban(rng, "NL"))  # the blocked account for wage tax and VAT (WKA)
    s = seller("Dakwerken Rivierenland", "nl", "NL", "Havendijk 9", "4001 ND Tiel",
               "facturatie@dakwerkenrivierenland.nl", "Joost Verhagen",
               ["KvK 11063925", "BTW NL809921346B01", "G-rekening " + g_account], tool="Informer")
    inv(s, "pdf", ("Crediteuren Maasoever", "crediteuren@woningstichtingmaasoever.nl"), "Factuur 26-5513",
        "Geachte heer/mevrouw,", "Hierbij ontvangt u de factuur voor de dakreparatie aan de Kerkstraat te Zaltbommel.",
        "Met vriendelijke groet,", "Woningstichting Maasoever", True,
        "Factuuradres (the corporation's payables) and a Werkadres of the tenant's house; the tenant is named on the site line.",
        layout="window", number="26-5513", issue=D(2026, 11, 19), due=D(2026, 12, 19),
        block=["Woningstichting Maasoever", "Afdeling Crediteuren", "Postbus 2210", "5300 CE Zaltbommel"],
        ship=("Werkadres", ["Kerkstraat 14, 5301 EJ Zaltbommel", "Huurder: mevr. T. Bosman"]),
        details=[("Opdrachtnummer", "MO-OH-26-0871"), ("Uw contactpersoon", "E. Dekker")],
        lines=[("Herstel daklekkage, vervangen 12 dakpannen", 1, 48000, 21),
               ("Loodslabbe schoorsteen vervangen", 1, 36500, 21),
               ("Hoogwerker (halve dag)", 1, 19500, 21)])

    # 8. reverse charge: the debtor's own VAT number
    s = seller("Stukadoorsbedrijf Ploeg", "nl", "NL", "Nijverheidsstraat 31", "7751 CP Dalen",
               "info@stukadoorploeg.nl", "Arjen Ploeg", ["KvK 04087112", "Btw NL001845290B76"], tool="WeFact")
    inv(s, "pdf", ("Gert Hoogeveen", "inkoop@hoogeveenenzn.nl"), "Factuur 20260417",
        "Beste Gert,", "Bijgaand de factuur voor het stucwerk in de nieuwbouw aan de Esweg, kavel 4 tot en met 7.",
        "Groeten,", "Bouwbedrijf Hoogeveen & Zn. VOF", True,
        "Btw verlegd, the debtor's btw-nummer as 'Uw btw-nr.' next to the seller's own; a VOF.",
        layout="window", number="20260417", issue=D(2026, 11, 20), due=D(2026, 12, 4), rc=True,
        block=["Bouwbedrijf Hoogeveen & Zn. VOF", "t.a.v. G. Hoogeveen", "Westerstraat 2", "7751 CB Dalen"],
        details=[("Uw btw-nr.", "NL854019377B01"), ("Project", "Esweg kavel 4-7")],
        extra_notes=["Btw verlegd naar de afnemer, art. 24b Wet OB; uw btw-nummer NL854019377B01."],
        lines=[("Spuitpleister wanden, 4 woningen", 612, 1150, 21),
               ("Plafonds glad afgewerkt", 288, 1425, 21)])

    # 9. a couple named one by one
    s = seller("Keukenmontage Bulut", "nl", "NL", "Marconistraat 60", "3029 AK Rotterdam",
               "info@keukenmontagebulut.nl", "Mehmet Bulut", ["KvK 72290145", "Btw-id NL002412853B72"],
               tool="Moneybird")
    inv(s, "pdf", ("Kaan Sahin", "k.sahin@hotmail.com"), "Factuur 2026-0094",
        "Beste meneer Sahin,", "Dank voor de opdracht. In de bijlage de factuur voor de montage van uw keuken.",
        "Met vriendelijke groet,", "K. Sahin en L. Sahin-de Graaf", False,
        "A couple named one by one, each with a form of address; the mail greets one of them.",
        layout="window", number="2026-0094", issue=D(2026, 12, 2), due=D(2026, 12, 16),
        block=["Dhr. K. Sahin en mevr. L. Sahin-de Graaf", "Beukelsweg 118b", "3022 GL Rotterdam"],
        lines=[("Montage keuken incl. apparatuur", 1, 124000, 21),
               ("Aansluiten inductiekookplaat (perilex)", 1, 9500, 21),
               ("Afvoer verpakkingsmateriaal", 1, 4500, 21)])

    # 10. an estate, care of the notary
    s = seller("Ontruimingsbedrijf Van Ommen", "nl", "NL", "Zuiderhavenweg 2", "8011 PP Zwolle",
               "info@vanommenontruiming.nl", "Wendy van Ommen", ["KvK 67122398", "BTW NL856839012B01"],
               tool="Twinfield")
    inv(s, "pdf", ("Notariskantoor Vermeer", "nalatenschappen@notarisvermeer.nl"), "Factuur OM-26-214",
        "Geachte heer Vermeer,", "Namens de erven stuur ik u, zoals afgesproken, de factuur voor de ontruiming van de woning aan de Assendorperstraat.",
        "Met vriendelijke groet,", "Erven G.H. Prins-Boekhout", False,
        "An estate, care of the notary ('p/a'); the notary's firm is in To but is not the debtor.",
        layout="window", number="OM-26-214", issue=D(2026, 11, 16), due=D(2026, 12, 14),
        block=["Erven G.H. Prins-Boekhout", "p/a Notariskantoor Vermeer", "Postbus 612", "8000 AP Zwolle"],
        details=[("Dossier notaris", "2026.0388/JV")],
        ship=("Adres ontruiming", ["Assendorperstraat 79, 8012 DG Zwolle"]),
        lines=[("Ontruiming woning, bezemschoon opgeleverd", 1, 189500, 21),
               ("Afvoer grofvuil container 10 m3", 1, 42500, 21),
               ("Opbrengst inboedel (verrekend)", 1, -35000, 21)])

    # 11. a municipality with its department and purchase order
    s = seller("Lijnmarkering Noord", "nl", "NL", "Transportweg 17", "9403 VD Assen",
               "facturen@lijnmarkeringnoord.nl", "Tjeerd Hoekstra", ["KvK 01169834", "Btw NL821552918B01"],
               tool="Exact Online")
    inv(s, "pdf", ("Gemeente Oosterwold", "facturen@oosterwold.nl"), "Factuur 26-30418 Gemeente Oosterwold",
        "Geachte heer, mevrouw,", "Hierbij ontvangt u onze factuur. Wij verzoeken u het inkoopordernummer bij betaling te vermelden.",
        "Met vriendelijke groet,", "Gemeente Oosterwold", True,
        "A municipality and its department on the address lines; its purchase order; a sports park as the site.",
        layout="columns", colheads=("Leverancier", "Factuuradres"), number="26-30418", issue=D(2026, 11, 27),
        due=D(2026, 12, 27),
        block=["Gemeente Oosterwold", "Afdeling Sport en Cultuur", "t.a.v. mw. H. Bakker", "Postbus 50",
               "9451 AB Oosterwold"],
        details=[("Inkoopordernummer", "4500219831"), ("Uw referentie", "Sportpark De Heide")],
        ship=("Locatie", ["Sportpark De Heide, velden 1-4"]),
        lines=[("Belijning voetbalvelden, 4 velden", 4, 28500, 21),
               ("Lijnverf wit 10 liter", 12, 3950, 21)])

    # 12. a sports club, typed in the body
    s = seller("Sportkantine Service Vlaskamp", "nl", "NL", "Meerweg 6", "3401 EB IJsselstein",
               "vlaskamp.service@kpnmail.nl", "Martijn Vlaskamp", ["KvK 32089576", "BTW NL001876212B40"],
               tool="e-mail")
    inv(s, "body-text", ("Penningmeester HC Vlietzicht", "penningmeester@hcvlietzicht.nl"),
        "Factuur 2026-47 koeling kantine",
        "Beste penningmeester,", "Hierbij, zoals besproken met Rob, de factuur voor de nieuwe koelcel in de kantine.",
        "Sportieve groet,", "Hockeyclub Vlietzicht", True,
        "A sports club typed in the body, 'Aan:' over its treasurer; the club's own KvK in its line.",
        layout="box", blockhead="Aan:", title="Factuur 2026-47", number="2026-47", issue=D(2026, 11, 24),
        due=D(2026, 12, 8),
        block=["Hockeyclub Vlietzicht", "t.a.v. de penningmeester", "Sportpark Vlietzicht 1, 3402 BA IJsselstein",
               "KvK vereniging 40480211"],
        lines=[("Koelcel 2x2 m, compleet geplaatst", 1, 389000, 21), ("Elektra aansluiten", 1, 27500, 21)])

    # 13. a school, HTML body; the debtor in a box with its administration
    s = seller("AV-Techniek Prins", "nl", "NL", "Parallelweg 44", "1521 AB Wormerveer",
               "factuur@avtechniekprins.nl", "Dennis Prins", ["KvK 37119824", "BTW NL854211765B01"],
               tool="Zoho Invoice")
    inv(s, "body-html", ("Administratie OBS De Regenboog", "administratie@obsregenboog.nl"),
        "Factuur AVP-2026-0622 digiborden",
        "Geachte administratie,", "Hieronder de factuur voor de installatie van de digiborden in groep 5 tot en met 8.",
        "Met vriendelijke groet,", "Openbare Basisschool De Regenboog", True,
        "A school with its bestuur on a second line; HTML body with 'Factuur aan'.",
        layout="box", blockhead="Factuur aan", title="Factuur AVP-2026-0622", number="AVP-2026-0622",
        issue=D(2026, 11, 18), due=D(2026, 12, 2),
        block=["Openbare Basisschool De Regenboog", "onderdeel van Stichting Primair Onderwijs Zaanstreek",
               "Zuideinde 88", "1541 CN Koog aan de Zaan"],
        details=[("Bestelnummer school", "RB-26-014")],
        lines=[("Interactief touchscreen 75 inch incl. wandlift", 4, 289000, 21),
               ("Installatie en instructie leerkrachten", 4, 17500, 21)])

    # 14. a church's board of churchwardens in the window
    s = seller("Orgelmakerij Ten Hove", "nl", "NL", "Kerkpad 2", "8271 GW IJsselmuiden",
               "info@orgelmakerijtenhove.nl", "Gerrit ten Hove", ["KvK 05077913", "BTW NL001183452B34"],
               tool="SnelStart")
    inv(s, "pdf", ("Kerkrentmeesters PG Nieuwerkerk", "kerkrentmeesters@pgnieuwerkerk.nl"),
        "Factuur 2026/058 onderhoud orgel",
        "Geachte broeders en zusters,", "Bijgaand onze factuur voor het jaarlijks onderhoud en de stemming van het Bätz-orgel.",
        "Met vriendelijke groet,", "College van Kerkrentmeesters der Protestantse Gemeente te Nieuwerkerk", True,
        "A church's board of churchwardens as the billed party, its secretary on a t.a.v. line.",
        layout="window", number="2026/058", issue=D(2026, 12, 3), due=D(2026, 12, 31),
        block=["College van Kerkrentmeesters der", "Protestantse Gemeente te Nieuwerkerk",
               "t.a.v. de secretaris", "Kerkring 1", "2914 AB Nieuwerkerk aan den IJssel"],
        lines=[("Jaarlijks onderhoud en stemming hoofdorgel", 1, 142000, 21),
               ("Herstel windlade tongwerken", 1, 38500, 21)])

    # 15. a private person at her firm's address
    s = seller("Yogastudio Ademruimte", "nl", "NL", "Lange Nieuwstraat 9", "3512 PA Utrecht",
               "info@ademruimte.nl", "Saskia Mol", ["KvK 76542198", "Btw NL003118277B85"], tool="Moneybird")
    inv(s, "pdf", ("Sanne Kramer", "s.kramer@kramer-accountancy.nl"), "Factuur 2026-0452 privélessen",
        "Hoi Sanne,", "Hierbij de factuur voor je privélessen in november. Ik heb hem naar je kantooradres gestuurd, zoals je vroeg.",
        "Namasté,", "S. Kramer", False,
        "A private person's lessons billed 'p/a' her accountancy firm (a B.V. on the second line), marked 'particulier'.",
        layout="window", number="2026-0452", issue=D(2026, 11, 30), due=D(2026, 12, 14),
        block=["Mevr. S. Kramer (particulier)", "p/a Kramer Accountancy B.V.", "Maliebaan 71", "3581 CG Utrecht"],
        details=[("Periode", "november 2026")],
        lines=[("Privéles yoga (60 min)", 4, 6500, 21)])

    # 16. a branch of a chain
    s = seller("Koeltechniek Veluwe", "nl", "NL", "Ampèrestraat 12", "3861 NC Nijkerk",
               "facturatie@koeltechniekveluwe.nl", "Gerrit Bos", ["KvK 08174420", "BTW NL812930021B01"],
               tool="Exact Online")
    ref = rf("GH412261")
    inv(s, "pdf", ("Groenhart Filiaal 0412", "filiaal0412@groenhart.nl"), "Factuur 2026-11-0871 storing koelmeubel",
        "Beste filiaalmanager,", "In de bijlage de factuur voor het verhelpen van de storing aan het koelmeubel. Een kopie gaat naar het hoofdkantoor.",
        "Met vriendelijke groet,", "Groenhart Supermarkten B.V.", True,
        "A chain's branch: head office on the first line, 'Filiaal 0412 Amersfoort-Vathorst' under it, a delivery address of the store.",
        layout="columns", colheads=("Van", "Factuur aan"), number="2026-11-0871", issue=D(2026, 11, 28),
        due=D(2026, 12, 28), ref=ref, ref_print=rf_spaced(ref),
        block=["Groenhart Supermarkten B.V.", "Filiaal 0412 Amersfoort-Vathorst", "Crediteurenadministratie",
               "Postbus 3090", "3800 DB Amersfoort"],
        ship=("Afleveradres", ["Groenhart Vathorst, Zevenhuizerplein 4, 3825 BA Amersfoort"]),
        details=[("Uw btw-nummer", "NL806114271B01")],
        lines=[("Storing koelmeubel zuivel, compressor vervangen", 1, 118500, 21),
               ("Koudemiddel R290", 2, 4800, 21), ("Spoedtoeslag zaterdag", 1, 9500, 21)])

    # -- Flemish
    # 17. BV with its ondernemingsnummer, facturatie- and leveringsadres
    s = seller("Drankencentrale Van Hecke", "nl", "BE", "Brugsesteenweg 211", "9000 Gent",
               "facturatie@vanhecke-dranken.be", "Pieter Van Hecke",
               ["BTW BE 0438.552.117", "RPR Gent"], tool="WinBooks")
    o = mk.ogm_drawn(rng)
    inv(s, "pdf", ("Brasserie 't Pleintje", "boekhouding@tpleintje.be"), "Factuur 26/04812",
        "Beste,", "In bijlage vindt u onze factuur voor de levering van 1 december.",
        "Met vriendelijke groeten,", "Brasserie 't Pleintje BV", True,
        "Flemish two-column Facturatieadres / Leveringsadres; the debtor's ondernemingsnummer beside the seller's BTW.",
        layout="columns", colheads=("Leverancier", "Facturatieadres"), number="26/04812",
        issue=D(2026, 12, 1), due=D(2026, 12, 31), ref=o, ref_print=o,
        block=["Brasserie 't Pleintje", "Sint-Pietersplein 3", "9000 Gent"],
        ship=("Leveringsadres", ["Brasserie 't Pleintje, achteringang Overpoortstraat 2, 9000 Gent"]),
        details=[("Klant", "Brasserie 't Pleintje BV"), ("Ondernemingsnr. klant", "BE 0712.368.904"),
                 ("Klantnr.", "30488")],
        lines=[("Vat pils 50 l", 6, 11250, 21), ("Bak spa rood 24x25 cl", 10, 1480, 6),
               ("Wijn huiswit, doos 6 fl.", 4, 3990, 21)])

    # 18. a couple over a surname alone, 'particulier'
    s = seller("Vloerwerken Segers", "nl", "BE", "Liersesteenweg 44", "2800 Mechelen",
               "info@vloerwerkensegers.be", "Koen Segers", ["Ondernemingsnummer 0656.921.304", "BTW BE 0656.921.304"],
               tool="Word")
    o = mk.ogm_drawn(rng)
    inv(s, "pdf", ("Claes-Peeters", "familie.claes.peeters@telenet.be"), "Factuur 2026-173",
        "Beste mevrouw en mijnheer Claes,", "Zoals beloofd vindt u hierbij de factuur voor het leggen van de parketvloer.",
        "Vriendelijke groeten,", "Dhr. en Mevr. Claes-Peeters", False,
        "A couple's forms over a surname alone; 'Btw-nr. klant: particulier'; 6 % on renovation of a home over ten years old.",
        layout="window", number="2026-173", issue=D(2026, 11, 25), due=D(2026, 12, 9), ref=o, ref_print=o,
        block=["Dhr. en Mevr. Claes-Peeters", "Kapelstraat 28", "2800 Mechelen"],
        details=[("Btw-nr. klant", "particulier")],
        extra_notes=["Btw 6 %: renovatie van een privéwoning ouder dan tien jaar (verklaring klant ontvangen)."],
        lines=[("Eiken parket 14 mm, geleverd en gelegd", 46, 6450, 6), ("Plinten en afwerking", 1, 38000, 6)])

    # 19. a firm named after a street
    s = seller("Schoonmaak Dewulf", "nl", "BE", "Kortrijksesteenweg 560", "8500 Kortrijk",
               "dewulf.schoonmaak@skynet.be", "Nathalie Dewulf", ["BTW BE 0745.118.206"], tool="Excel")
    o = mk.ogm_drawn(rng)
    inv(s, "pdf", ("Boekhouding Groenplaats 8", "boekhouding@groenplaats8.be"), "Factuur 0412/2026",
        "Goedendag,", "Hierbij de factuur voor de schoonmaak van de kantoren in november.",
        "Met vriendelijke groeten,", "Groenplaats 8 BV", True,
        "A firm named after a street and number, its seat at another address; 't.a.v. boekhouding'.",
        layout="box", blockhead="Factuur aan", number="0412/2026", issue=D(2026, 11, 30), due=D(2026, 12, 30),
        ref=o, ref_print=o,
        block=["Groenplaats 8 BV", "t.a.v. boekhouding", "Doorniksewijk 73", "8500 Kortrijk",
               "BTW BE 0793.604.512"],
        lines=[("Schoonmaak kantoren, november (22 beurten)", 22, 7800, 21), ("Ramen binnenzijde", 1, 14500, 21)])

    # 20. a vzw, typed in the body
    s = seller("Geluid & Licht Peeters", "nl", "BE", "Stationsstraat 15", "3290 Diest",
               "tom@geluidpeeters.be", "Tom Peeters", ["BTW BE 0822.447.109"], tool="e-mail")
    o = mk.ogm_drawn(rng)
    inv(s, "body-text", ("Jeugdhuis De Kelder", "kas@jeugdhuisdekelder.be"), "factuur 26-031 fuif 28/11",
        "Dag Lotte,", "Bedankt voor de toffe fuif! Hier de factuur voor de geluidsinstallatie.",
        "Groetjes,", "Jeugdhuis De Kelder vzw", True,
        "A youth club vzw typed in a mail; the debtor after the amounts, with its ondernemingsnummer.",
        layout="after_table", blockhead="Klant:", title="Factuur 26-031", number="26-031",
        issue=D(2026, 11, 29), due=D(2026, 12, 13), ref=o, ref_print=o,
        block=["Jeugdhuis De Kelder vzw, Kerkplein 2, 3290 Diest", "Ondernemingsnummer 0417.936.281"],
        lines=[("Geluidsinstallatie fuif 28/11 incl. technicus", 1, 45000, 21), ("Lichtset LED", 1, 12000, 21)])


# ================================================================ English invoices (UK 8, IE 5, NL 1, DE 1)

def english():
    # 21. window; a Ltd named Baker, FAO its accounts payable; the debtor's company number
    s = seller("Harrow Signs & Graphics", "en", "UK", "Unit 7, Quarry Lane", "Leeds LS11 5QT",
               "accounts@harrowsigns.co.uk", "Colin Harrow",
               ["Company no. 08814207", "VAT GB 294 1177 36"], cur="GBP", tool="Sage")
    inv(s, "pdf", ("Accounts Payable", "ap@bakerandsons.co.uk"), "Invoice HSG-4471",
        "Dear Sir or Madam,", "Please find attached our invoice for the shopfront signage at your Headingley branch.",
        "Kind regards,", "Baker & Sons Ltd", True,
        "A Ltd whose name is a surname and a trade, FAO Accounts Payable; its company number labelled 'Your company no.'.",
        layout="window", number="HSG-4471", issue=D(2026, 11, 20), due=D(2026, 12, 20),
        block=["Baker & Sons Ltd", "FAO Accounts Payable", "14 Kirkstall Road", "Leeds LS4 2AZ"],
        details=[("Your company no.", "04419982"), ("Your PO", "BS-PO-2281")],
        ship=("Site", ["Baker & Sons, 3 Otley Road, Headingley, Leeds LS6 3AA"]),
        lines=[("Illuminated fascia sign 4200 x 600", 1, 186000, 20), ("Projecting sign, double-sided", 1, 42500, 20),
               ("Installation (2 fitters, access tower)", 1, 38000, 20)])

    # 22. From / Bill to columns; Mr J. Baker, a private person, ship-to elsewhere
    s = seller("Oakmere Furniture", "en", "UK", "The Old Dairy, Marsh Lane", "Nantwich CW5 6PL",
               "hello@oakmerefurniture.co.uk", "Hannah Price", ["VAT reg. 318 4402 95"], cur="GBP",
               tool="QuickBooks")
    inv(s, "pdf", ("John Baker", "johnbaker1961@btinternet.com"), "Invoice 1093 from Oakmere Furniture",
        "Hi John,", "Thanks again for your order. Your invoice is attached; the table goes out to your daughter's address as agreed.",
        "Best wishes,", "J. Baker", False,
        "From / Bill to columns, 'Mr J. Baker' (a surname that is a trade) and a Ship to with the daughter's name.",
        layout="columns", colheads=("From", "Bill to"), number="1093", issue=D(2026, 11, 14), due=D(2026, 11, 28),
        block=["Mr J. Baker", "22 Park Crescent", "Chester CH2 3NB"],
        ship=("Ship to", ["Ms E. Baker-Lloyd", "Flat 4, 9 Watergate Row", "Chester CH1 2LE"]),
        lines=[("Oak dining table 180 cm, made to order", 1, 145000, 20),
               ("Bench to match", 1, 42000, 20), ("Delivery", 1, 6500, 20)],
        paid=50000)

    # 23. 'Invoice to' box only; a CIC
    s = seller("Fernhill Tree Care", "en", "UK", "2 Mill Cottages", "Hebden Bridge HX7 8AD",
               "office@fernhilltreecare.co.uk", "Rob Fielding", ["Fernhill Tree Care Ltd", "Company no. 10928451"],
               cur="GBP", tool="FreshBooks")
    inv(s, "pdf", ("Hollowfield Community Garden", "treasurer@hollowfieldgarden.org.uk"), "Invoice FTC-0388",
        "Dear Margaret,", "Attached is the invoice for the crown reduction work on the orchard walnut.",
        "All the best,", "Hollowfield Community Garden CIC", True,
        "Debtor only in an 'Invoice to' box; a community interest company; the seller is not VAT registered.",
        layout="box", blockhead="Invoice to", number="FTC-0388", issue=D(2026, 11, 9), due=D(2026, 12, 9),
        due_print=False, term_text="30 days",
        block=["Hollowfield Community Garden CIC", "c/o The Treasurer", "Hollowfield Lane", "Todmorden OL14 6EF"],
        extra_notes=["Not VAT registered."],
        lines=[("Crown reduction, walnut (orchard)", 1, 52000, 0), ("Chipping and removal of arisings", 1, 14000, 0)])

    # 24. debtor after the line table; Dr and a double-barrelled name
    s = seller("Wren & Ivy Garden Design", "en", "UK", "41 Church Street", "Frome BA11 1PW",
               "studio@wrenandivy.co.uk", "Lucy Wren", ["VAT no. GB 401 2265 13"], cur="GBP", tool="Word")
    inv(s, "pdf", ("Priya Raman-Hughes", "priya.ramanhughes@gmail.com"), "Invoice 2026-41",
        "Dear Priya,", "Here is the invoice for the planting plan. It was lovely to meet you and Tom.",
        "Warm wishes,", "Dr Priya Raman-Hughes", False,
        "The person billed stands after the totals ('Billed to'), with Dr and a double-barrelled surname.",
        layout="after_table", blockhead="Billed to:", number="2026-41", issue=D(2026, 11, 21), due=D(2026, 12, 5),
        block=["Dr Priya Raman-Hughes", "The Coach House, Vallis Way", "Frome BA11 3BA"],
        lines=[("Planting plan and plant schedule", 1, 68000, 20), ("Site visits", 2, 9000, 20)])

    # 25. a 'Client:' row among details; an LLP
    s = seller("Clearview Office Cleaning", "en", "UK", "Suite 3, 18 Cross Street", "Manchester M2 7AE",
               "invoices@clearviewoffice.co.uk", "Dev Patel", ["Clearview Office Cleaning Ltd", "CRN 11520347", "VAT 288 1940 52"],
               cur="GBP", tool="Xero")
    inv(s, "pdf", ("Office Manager", "office@ashdownpryce.co.uk"), "Invoice INV-3308 from Clearview Office Cleaning",
        "Hi Gemma,", "Please find attached invoice INV-3308 for November.",
        "Thanks,", "Ashdown Pryce LLP", True,
        "The client only in a 'Client:' row beside account number and reference; an LLP; the seller's CRN in the footer.",
        layout="row", title="TAX INVOICE", number="INV-3308", issue=D(2026, 11, 30), due=D(2026, 12, 14),
        details=[("Client", "Ashdown Pryce LLP (Attn: Office Manager)"), ("Account no.", "ASH01"),
                 ("Reference", "Nov 2026 contract clean")],
        lines=[("Contract cleaning, November", 1, 148000, 20), ("Carpet clean, meeting rooms", 1, 24000, 20)])

    # 26. an estate, care of its solicitors
    s = seller("Pennine House Clearance", "en", "UK", "Unit 2, Canal Wharf", "Skipton BD23 1LB",
               "info@penninehouseclearance.co.uk", "Gary Holt", ["VAT no. 377 9012 46"], cur="GBP", tool="Word")
    inv(s, "pdf", ("Hartley & Webb Solicitors", "probate@hartleywebb.co.uk"), "Invoice PHC/26/118 - 14 Raikes Road",
        "Dear Ms Webb,", "As requested, our invoice for the clearance of 14 Raikes Road is attached, addressed to the estate.",
        "Yours sincerely,", "Estate of the late Margaret Ellen Thorne", False,
        "An estate care of its solicitors; the solicitors are in To and on the address block but do not owe.",
        layout="window", number="PHC/26/118", issue=D(2026, 11, 13), due=D(2026, 12, 11),
        block=["Estate of the late Margaret Ellen Thorne", "c/o Hartley & Webb Solicitors", "9 High Street",
               "Skipton BD23 1JZ"],
        details=[("Your ref.", "HW/PRB/0471")],
        ship=("Property", ["14 Raikes Road, Skipton BD23 1NP"]),
        lines=[("House clearance, 3-bed semi, swept clean", 1, 165000, 20),
               ("Less value of items retained for sale", 1, -30000, 20)])

    # 27. a school in an HTML mail
    s = seller("Chalkface Music Tuition", "en", "UK", "7 Orchard Close", "Durham DH1 4RY",
               "bookings@chalkfacemusic.co.uk", "Ellie Marsh", ["Sole trader", "UTR available on request"],
               cur="GBP", tool="Zoho Invoice")
    inv(s, "body-html", ("Finance Office", "finance@staidans-durham.sch.uk"), "Invoice CMT-2026-119",
        "Dear Finance Office,", "Please see below the invoice for this term's peripatetic lessons.",
        "Kind regards,", "St Aidan's C of E Primary School", True,
        "A school billed for lessons given to its pupils; the pupils' parents are not the debtor.",
        layout="box", blockhead="Invoice to", title="Invoice CMT-2026-119", number="CMT-2026-119",
        issue=D(2026, 12, 4), due=D(2027, 1, 3), due_print=False, term_text="30 days",
        block=["St Aidan's C of E Primary School", "Finance Office", "Gilesgate", "Durham DH1 1QP"],
        details=[("School PO", "SA-2627-045")],
        lines=[("Violin group lessons, Autumn term", 12, 3200, 0), ("Recorder club, Autumn term", 12, 2400, 0)])

    # 28. a junior football club typed in the body
    s = seller("Kitbag Print Co", "en", "UK", "88 Station Road", "Morpeth NE61 1BT",
               "orders@kitbagprint.co.uk", "Sam Robson", ["Kitbag Print Co Ltd", "Reg. 12208744", "VAT 339 0145 77"],
               cur="GBP", tool="e-mail")
    inv(s, "body-text", ("Fenwick Rovers Treasurer", "treasurer@fenwickrovers.org.uk"), "Invoice KB-5512 - training tops",
        "Hi Dave,", "Tops are ready for collection. Invoice below.",
        "Cheers,", "Fenwick Rovers Junior FC", True,
        "A junior football club on a 'Bill to:' line; the seller's Ltd number and VAT in the signature.",
        layout="columns", colheads=("From", "Bill to"), title="Invoice KB-5512", number="KB-5512",
        issue=D(2026, 11, 26), due=D(2026, 12, 10),
        block=["Fenwick Rovers Junior FC", "c/o D. Armstrong (Treasurer)", "5 Bede Way", "Morpeth NE61 2LP"],
        lines=[("Training tops, printed crest and initials", 36, 1850, 20), ("Coach jackets", 4, 3900, 20)])

    # -- Ireland
    # 29. RCT reverse charge to a principal contractor; a project address
    s = seller("Ó Dálaigh Electrical", "en", "IE", "Unit 14, Tullamore Business Park", "Tullamore, Co. Offaly R35 K2N7",
               "accounts@odalaighelectrical.ie", "Cathal Ó Dálaigh", ["VAT IE 3317865KH", "RECI reg."], tool="Sage")
    inv(s, "pdf", ("Kilbride Construction Accounts", "accounts@kilbrideconstruction.ie"), "Invoice OD-2026-207",
        "Hi all,", "Attached is our invoice for the first fix at Ballymore Road, per the signed-off valuation.",
        "Regards,", "Kilbride Construction Ltd", True,
        "Irish reverse charge (RCT) naming the principal's VAT number; a project address apart from the bill-to.",
        layout="window", number="OD-2026-207", issue=D(2026, 11, 27), due=D(2026, 12, 27), rc=True,
        block=["Kilbride Construction Ltd", "Attn: Accounts Payable", "Kilbride Road", "Mullingar, Co. Westmeath N91 X2P4"],
        details=[("Customer VAT no.", "IE 6388047V"), ("Valuation", "No. 3")],
        ship=("Project address", ["8 houses, Ballymore Road, Tullamore"]),
        extra_notes=["VAT on this supply is to be accounted for by the principal contractor (reverse charge)."],
        lines=[("First fix electrical, houses 1-8", 8, 215000, 13.5)])

    # 30. ALL CAPS name, a private client
    s = seller("Lakeside Boiler Services", "en", "IE", "Ballina Road", "Killaloe, Co. Clare V94 H2R5",
               "lakesideboilers@eircom.net", "Mike Hogan", ["VAT IE 9271144Q"], tool="Excel")
    inv(s, "pdf", ("Seán O'Connell", "seanoconnell@eircom.net"), "Invoice 26-0617",
        "Hi Seán,", "Invoice for the boiler service attached. Cert will follow in the post.",
        "Thanks,", "SEÁN O'CONNELL", False,
        "The customer's name printed all in capitals as the tool stores it; a private house.",
        layout="box", blockhead="INVOICE TO", number="26-0617", issue=D(2026, 11, 11), due=D(2026, 11, 25),
        block=["SEÁN O'CONNELL", "4 CASTLE VIEW", "KILLALOE", "CO. CLARE"],
        lines=[("Annual oil boiler service", 1, 14000, 13.5), ("Replacement nozzle and filter", 1, 3500, 13.5)])

    # 31. a parent billed for a child's lessons
    s = seller("Brennan School of Music", "en", "IE", "12 Parnell Square North", "Dublin 1 D01 T3V8",
               "office@brennanmusic.ie", "Orla Brennan", ["CRO 611208"], tool="Xero")
    ref = rf("BSM2611K")
    inv(s, "body-html", ("Niamh Kavanagh", "niamh.kavanagh@gmail.com"), "Invoice INV-0988 - Aoife's piano lessons",
        "Dear Niamh,", "Please find below the invoice for Aoife's piano lessons this term.",
        "Kind regards,", "Mr & Mrs Kavanagh", False,
        "Parents over a surname alone, the pupil named on a 're:' line; the mother in To.",
        layout="box", blockhead="Invoice to", title="Invoice INV-0988", number="INV-0988",
        issue=D(2026, 12, 1), due=D(2026, 12, 15), ref=ref, ref_print=rf_spaced(ref),
        block=["Mr & Mrs Kavanagh", "re: Aoife Kavanagh (Grade 4 piano)", "31 Griffith Avenue", "Dublin 9"],
        lines=[("Piano lessons, 30 min, Winter term", 11, 2800, 0), ("Exam entry fee (RIAM)", 1, 6500, 0)])

    # 32. a CLG charity with its CRO number, HTML
    s = seller("Greenway Catering", "en", "IE", "3 Mary Street", "Galway H91 F6X2",
               "hello@greenwaycatering.ie", "Aisling Ní Fhlatharta", ["VAT IE 3619020NH"], tool="Zoho Invoice")
    inv(s, "body-html", ("The Linden Trust", "finance@lindentrust.ie"), "Invoice GC-1142 (Christmas lunch)",
        "Hello,", "Thank you for choosing us for your volunteers' Christmas lunch. Our invoice is below.",
        "Best regards,", "The Linden Trust CLG", True,
        "A charity company limited by guarantee with its CRO and charity numbers beside the seller's VAT.",
        layout="columns", colheads=("From", "Invoice to"), title="Invoice GC-1142", number="GC-1142",
        issue=D(2026, 12, 3), due=D(2026, 12, 17),
        block=["The Linden Trust CLG", "CRO 587332 · RCN 20104412", "Dominick Street Upper", "Galway"],
        lines=[("Christmas lunch, 3 courses", 48, 3200, 13.5), ("Mulled wine reception", 48, 650, 23)])

    # 33. a sole trader trading as
    s = seller("Atlantic Linen Hire", "en", "IE", "Unit 5, Carrowmore Ind. Est.", "Sligo F91 KX70",
               "accounts@atlanticlinen.ie", "Brian Keane", ["VAT IE 8251906R", "CRO 422917"], tool="e-mail")
    inv(s, "body-text", ("Declan Moran", "declan@moransgastrobar.ie"), "Invoice ALH-26-3390",
        "Hi Declan,", "November's linen invoice below, as usual.",
        "Thanks a million,", "Declan Moran t/a Moran's Gastro Bar", True,
        "A sole trader trading as a bar ('t/a'); the bar's own VAT number on its line.",
        layout="row", title="Invoice ALH-26-3390", number="ALH-26-3390", issue=D(2026, 11, 30),
        due=D(2026, 12, 14),
        details=[("Customer", "Declan Moran t/a Moran's Gastro Bar"), ("Customer VAT", "IE 4412098W"),
                 ("Account", "MOR-07")],
        lines=[("Table linen hire, November", 1, 38600, 23), ("Chef whites laundry", 60, 180, 23)])

    # -- others
    # 34. a Dutch agency invoicing a Danish ApS in English
    s = seller("Taalbureau Vertaalwerk", "en", "NL", "Herengracht 470", "1017 CA Amsterdam",
               "billing@vertaalwerk.nl", "Femke Drost", ["KvK 58992104", "VAT NL853001944B01"], tool="Moneybird")
    inv(s, "pdf", ("Mette Lund", "mette@nordlysdesign.dk"), "Invoice 2026-0733",
        "Dear Mette,", "Please find attached our invoice for the Dutch and German translations of your catalogue.",
        "Best regards,", "Nordlys Design ApS", True,
        "Dutch seller in English to a Danish ApS: the customer's VAT number and the reverse-charge line; KvK and VAT of both parties.",
        layout="columns", colheads=("From", "Bill to"), number="2026-0733", issue=D(2026, 11, 18), due=D(2026, 12, 18),
        rc=True,
        block=["Nordlys Design ApS", "Attn: Mette Lund", "Jægersborggade 21", "2200 København N", "Denmark",
               "VAT DK 38120455"],
        extra_notes=["VAT reverse-charged: Art. 196 Directive 2006/112/EC."],
        lines=[("Translation EN > NL, catalogue (9,400 words)", 94, 1450, 21),
               ("Translation EN > DE, catalogue (9,400 words)", 94, 1550, 21)])

    # 35. a German photographer invoicing a Luxembourg Sàrl in English
    s = seller("Studio Feldmann Fotografie", "en", "DE", "Oranienstraße 185", "10999 Berlin",
               "office@studio-feldmann.de", "Jonas Feldmann", ["USt-IdNr. DE318447209", "St.-Nr. 29/512/04417"],
               tool="sevDesk")
    inv(s, "pdf", ("Kettle & Crane", "accounts@kettlecrane.lu"), "Invoice RE-2026-0214",
        "Dear Claire,", "Attached is the invoice for the product shoot. The final images are in the shared folder.",
        "Best,", "Kettle & Crane Studio Sàrl", True,
        "A Luxembourg Sàrl billed in English from Berlin; Customer VAT and 'Reverse charge'.",
        layout="below_title", blockhead="Bill to", number="RE-2026-0214", issue=D(2026, 11, 24), due=D(2026, 12, 8),
        rc=True,
        block=["Kettle & Crane Studio Sàrl", "Attn: Claire Weber", "12 rue de Hollerich", "L-1741 Luxembourg",
               "Customer VAT: LU 28844127"],
        lines=[("Product photography, 2 studio days", 2, 140000, 19), ("Image editing, 60 images", 60, 1800, 19)])


# ================================================================ German invoices (DE 8, AT 4, CH 3)

def german():
    # 36. window; Koch Haustechnik GmbH & Co. KG, z. Hd. a person in Kreditorenbuchhaltung
    s = seller("Elektro Brandl GmbH", "de", "DE", "Gewerbering 14", "85276 Pfaffenhofen a. d. Ilm",
               "rechnungen@elektro-brandl.de", "Stefan Brandl",
               ["Amtsgericht Ingolstadt HRB 7714", "USt-IdNr. DE287119045", "Geschäftsführer Stefan Brandl"],
               tool="lexoffice")
    inv(s, "pdf", ("Kreditorenbuchhaltung", "kreditoren@koch-haustechnik.de"), "Rechnung RE-26-1408",
        "Sehr geehrte Damen und Herren,", "anbei erhalten Sie unsere Rechnung RE-26-1408 für die Elektroarbeiten im Bauvorhaben Hohenwart.",
        "Mit freundlichen Grüßen", "Koch Haustechnik GmbH & Co. KG", True,
        "A firm whose name starts with the surname 'Koch', z. Hd. a clerk in its Kreditorenbuchhaltung; the seller's HRB and USt-IdNr.",
        layout="window", number="RE-26-1408", issue=D(2026, 11, 19), due=D(2026, 12, 3),
        block=["Koch Haustechnik GmbH & Co. KG", "Kreditorenbuchhaltung", "z. Hd. Frau Anja Roth",
               "Am Kreuzfeld 3", "86558 Hohenwart"],
        details=[("Kundennr.", "20733"), ("Ihre Bestellung", "KH-4500-1187")],
        ship=("Leistungsort", ["BV Mehrfamilienhaus, Schrobenhausener Str. 22, 86558 Hohenwart"]),
        lines=[("Unterverteilung UV 3 montiert und verdrahtet", 3, 64000, 19),
               ("Kabel NYM-J 5x2,5 verlegt (m)", 180, 420, 19), ("Monteurstunden", 16, 5800, 19)])

    # 37. Rechnungssteller / Rechnungsempfänger columns; Dipl.-Ing., private
    s = seller("Parkett Hennig", "de", "DE", "Bahnhofstraße 9", "01662 Meißen",
               "info@parkett-hennig.de", "Uwe Hennig", ["Steuernummer 207/244/01883", "USt-IdNr. DE301557842"],
               tool="Billomat")
    inv(s, "pdf", ("Markus Lehmann", "m.lehmann@t-online.de"), "Ihre Rechnung 2026-0391",
        "Sehr geehrter Herr Lehmann,", "vielen Dank für Ihren Auftrag. Im Anhang finden Sie die Rechnung für das Abschleifen und Ölen der Dielen.",
        "Mit freundlichen Grüßen", "Dipl.-Ing. Markus Lehmann", False,
        "Rechnungssteller / Rechnungsempfänger side by side; 'Herrn Dipl.-Ing.' before a private client.",
        layout="columns", colheads=("Rechnungssteller", "Rechnungsempfänger"), number="2026-0391",
        issue=D(2026, 11, 23), due=D(2026, 12, 7),
        block=["Herrn Dipl.-Ing. Markus Lehmann", "Weinbergstraße 41", "01662 Meißen"],
        extra_notes=["Hinweis: Sie sind verpflichtet, diese Rechnung zwei Jahre aufzubewahren (§ 14b UStG)."],
        lines=[("Dielen abschleifen, 3 Durchgänge (m²)", 62, 1900, 19), ("Hartwachsöl 2x aufgetragen (m²)", 62, 1100, 19),
               ("Sockelleisten erneuert (lfm)", 34, 1250, 19)])

    # 38. § 13b: the customer's USt-IdNr. and a Baustelle
    s = seller("Trockenbau Yıldız", "de", "DE", "Hafenstraße 120", "47119 Duisburg",
               "buero@trockenbau-yildiz.de", "Emre Yıldız", ["USt-IdNr. DE294001273", "Freistellungsbescheinigung § 48b liegt vor"],
               tool="sevDesk")
    inv(s, "pdf", ("Bauunternehmung Grünwald", "rechnungseingang@gruenwald-bau.de"), "Rechnung 2026-118 BV Ruhrort",
        "Sehr geehrte Damen und Herren,", "beigefügt unsere Rechnung über die Trockenbauarbeiten im BV Ruhrort, 2. OG.",
        "Freundliche Grüße", "Bauunternehmung Grünwald GmbH", True,
        "Steuerschuldnerschaft des Leistungsempfängers naming the customer's USt-IdNr.; a Baustelle apart from the bill-to.",
        layout="window", number="2026-118", issue=D(2026, 11, 25), due=D(2026, 12, 25), rc=True,
        block=["Bauunternehmung Grünwald GmbH", "Rechnungseingang", "Postfach 10 04 61", "45004 Essen"],
        details=[("USt-IdNr. des Leistungsempfängers", "DE811423097"), ("Auftrag", "NU-26-0412")],
        ship=("Baustelle", ["Neubau Ruhrorter Markt 5, 47119 Duisburg"]),
        extra_notes=["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG."],
        lines=[("Metallständerwände CW 75, doppelt beplankt (m²)", 214, 3850, 19),
               ("Abgehängte Decke GK (m²)", 96, 4200, 19)])

    # 39. 'Rechnung an' box; an e.K. with its owner named
    s = seller("Gärtnerei Auenland", "de", "DE", "Lindenweg 2", "29525 Uelzen",
               "rechnung@gaertnerei-auenland.de", "Birte Lüders", ["USt-IdNr. DE216557903", "HRA 1120 AG Lüneburg"],
               tool="lexoffice")
    inv(s, "pdf", ("Petra Sommer", "petra@blumenhaus-sommer.de"), "Rechnung 261204",
        "Liebe Petra,", "anbei die Rechnung für die Adventsware. Danke für die schnelle Abholung!",
        "Viele Grüße aus dem Auenland", "Blumenhaus Sommer e.K.", True,
        "Debtor only in a 'Rechnung an' box: an e.K. with 'Inh. Petra Sommer' under it; both HRA numbers.",
        layout="box", blockhead="Rechnung an", number="261204", issue=D(2026, 12, 2), due=D(2026, 12, 16),
        block=["Blumenhaus Sommer e.K.", "Inh. Petra Sommer", "Gudesstraße 17", "29525 Uelzen", "HRA 1985 AG Lüneburg"],
        lines=[("Amaryllis im Topf", 40, 390, 7), ("Christrosen 12er Tray", 8, 2640, 7),
               ("Tannengrün Nordmann (Bund)", 25, 450, 7)])

    # 40. a sports club's division, typed in the body
    s = seller("Tennisplatzbau Wirth", "de", "DE", "Ammerseestraße 30", "82223 Eichenau",
               "wirth@tennisplatzbau-wirth.de", "Josef Wirth", ["USt-IdNr. DE129900314"], tool="E-Mail")
    inv(s, "body-text", ("TSV Eichenau Tennis", "tennis@tsv-eichenau.de"), "Rechnung 2026-77 Frühjahrsinstandsetzung",
        "Hallo Herr Seidl,", "wie besprochen anbei unsere Rechnung für die Platzpflege im Herbst.",
        "Sportliche Grüße", "TSV Eichenau 1921 e.V.", True,
        "A club's division on the line under the club; its Vereinsregister number in the address.",
        layout="below_title", blockhead="Rechnung an:", title="Rechnung 2026-77", number="2026-77",
        issue=D(2026, 11, 16), due=D(2026, 11, 30),
        block=["TSV Eichenau 1921 e.V.", "Abteilung Tennis, z. Hd. Herrn Seidl", "Sportplatzweg 1, 82223 Eichenau",
               "VR 40118 AG München"],
        lines=[("Wintereinlagerung Netze und Linien", 6, 4500, 19), ("Ziegelmehl nachgestreut (t)", 4, 16500, 19)])

    # 41. a parish in an HTML mail
    s = seller("Glockengießerei Fuchs", "de", "DE", "Am Hüttenwerk 5", "36037 Fulda",
               "buchhaltung@glocken-fuchs.de", "Martina Fuchs", ["HRB 2214 AG Fulda", "USt-IdNr. DE113827760"],
               tool="Billomat")
    vz = "RE 26-0519 St. Marien"
    inv(s, "body-html", ("Kirchenbüro St. Marien", "kirchenbuero@stmarien-hameln.de"), "Rechnung RE 26-0519",
        "Sehr geehrte Damen und Herren,", "nachstehend unsere Rechnung für die Wartung der Läuteanlage.",
        "Mit freundlichen Grüßen", "Ev.-luth. Kirchengemeinde St. Marien", True,
        "A parish with its Kirchenvorstand on a z. Hd. line; a Verwendungszweck in words.",
        layout="box", blockhead="Rechnungsempfänger", title="Rechnung RE 26-0519", number="RE 26-0519",
        issue=D(2026, 11, 12), due=D(2026, 12, 12), ref=vz, ref_print=vz,
        block=["Ev.-luth. Kirchengemeinde St. Marien", "z. Hd. Kirchenvorstand", "Marktplatz 3", "31785 Hameln"],
        lines=[("Wartung Läuteanlage, 4 Glocken", 1, 48500, 19), ("Klöppelriemen erneuert", 2, 12800, 19)])

    # 42. a municipality's office with a Leistungsort
    s = seller("Vermessungsbüro Kessler", "de", "DE", "Schulstraße 7", "85570 Markt Schwaben",
               "kessler@vermessung-kessler.de", "Dipl.-Ing. (FH) Ralf Kessler", ["USt-IdNr. DE131772604"],
               tool="Word")
    inv(s, "pdf", ("Gemeinde Hohenlinden Bauamt", "bauamt@hohenlinden.de"), "Rechnung Nr. 26/144",
        "Sehr geehrte Frau Maier,", "in der Anlage übersende ich Ihnen die Rechnung für die Grenzvermessung am Bauhof.",
        "Mit freundlichen Grüßen", "Gemeinde Hohenlinden", True,
        "A municipality and its Bauamt; the seller a Dipl.-Ing. whose title must not be taken for the debtor's.",
        layout="below_title", blockhead=None, title="Rechnung Nr. 26/144", number="26/144",
        issue=D(2026, 11, 10), due=D(2026, 12, 10), due_print=False, term_text="30 Tage netto",
        block=["Gemeinde Hohenlinden", "Bauamt, z. Hd. Frau Maier", "Hauptstraße 1", "85664 Hohenlinden"],
        details=[("Ihr Zeichen", "BA-624/26")],
        ship=("Leistungsort", ["Flurstück 412/3, Bauhof, Gemarkung Hohenlinden"]),
        lines=[("Grenzvermessung und Abmarkung", 1, 168000, 19), ("Lageplan", 1, 32000, 19)])

    # 43. the greeting's first name against the page's initial and a double surname
    s = seller("Hebammenpraxis Lindenblüte", "de", "DE", "Lindenstraße 22", "50674 Köln",
               "praxis@hebamme-lindenbluete.de", "Karin Engels", ["Steuernummer 214/5110/2298"], tool="Word")
    inv(s, "pdf", ("Sabine Hartmann", "sabine.hartmann@gmx.de"), "Rechnung Geburtsvorbereitung",
        "Hallo Sabine,", "anbei wie versprochen die Rechnung für den Geburtsvorbereitungskurs (für deine Zusatzversicherung).",
        "Liebe Grüße", "S. Hartmann-Özdemir", False,
        "The mail greets 'Sabine', the page bills 'S. Hartmann-Özdemir' under the title; a private self-paid course.",
        layout="below_title", blockhead="Rechnungsempfängerin", number="2026-213", title="Rechnung Nr. 2026-213",
        issue=D(2026, 11, 26), due=D(2026, 12, 10),
        block=["S. Hartmann-Özdemir", "Brüsseler Straße 61", "50674 Köln"],
        extra_notes=["Umsatzsteuerfrei nach § 4 Nr. 14 UStG."],
        lines=[("Geburtsvorbereitungskurs Partner (Selbstzahler)", 1, 16000, 0), ("Kursmaterial", 1, 1500, 0)])

    # -- Austria
    # 44. Mag., private
    s = seller("Tischlerei Hofer", "de", "AT", "Gewerbestraße 11", "4060 Leonding",
               "office@tischlerei-hofer.at", "Andreas Hofer", ["UID ATU62719804", "FN 311902 g"], tool="BMD")
    inv(s, "pdf", ("Eva Pichler", "eva.pichler@aon.at"), "Rechnung 2026/0488",
        "Sehr geehrte Frau Mag. Pichler,", "anbei unsere Rechnung für den Einbauschrank. Wir danken für den Auftrag.",
        "Mit freundlichen Grüßen", "Mag. Eva Pichler", False,
        "Austrian 'Frau Mag.' before a private client; the seller's UID and FN in the footer.",
        layout="window", number="2026/0488", issue=D(2026, 11, 20), due=D(2026, 12, 4),
        block=["Frau Mag. Eva Pichler", "Römerstraße 18/4", "4020 Linz"],
        lines=[("Einbauschrank Vorraum, Eiche furniert", 1, 364000, 20), ("Montage", 6, 6200, 20)])

    # 45. a 'Kunde:' row with the customer's UID
    s = seller("Fleischhauerei Moser", "de", "AT", "Hauptplatz 6", "8580 Köflach",
               "bestellung@fleischerei-moser.at", "Gerhard Moser", ["UID ATU41188205", "FN 88214 p"], tool="Registrierkasse")
    inv(s, "pdf", ("Gasthof Zur Post", "buchhaltung@gasthof-zurpost.at"), "Rechnung 26-11-091",
        "Grüß Gott,", "anbei die Sammelrechnung für die Lieferungen im November.",
        "Freundliche Grüße", "Gasthof Zur Post Reiter GmbH", True,
        "No address block: 'Kunde:' among the details, with the customer's UID on the next row.",
        layout="row", number="26-11-091", title="Sammelrechnung", issue=D(2026, 11, 30), due=D(2026, 12, 14),
        details=[("Kunde", "Gasthof Zur Post Reiter GmbH"), ("UID Kunde", "ATU57792018"), ("Kundennr.", "1047")],
        lines=[("Lieferungen laut Lieferscheinen 4411-4428", 1, 186540, 10), ("Leihkisten", 12, 250, 20)])

    # 46. Ing., an e.U., typed in the body
    s = seller("Reinigung Kovačević", "de", "AT", "Triester Straße 90", "1100 Wien",
               "office@reinigung-kovacevic.at", "Ivana Kovačević", ["UID ATU73301529"], tool="E-Mail")
    inv(s, "body-text", ("Johann Gruber", "office@gruber-planung.at"), "Rechnung 26-214",
        "Sehr geehrter Herr Ing. Gruber,", "anbei unsere Rechnung für die Büroreinigung im November.",
        "Mit freundlichen Grüßen", "Ing. Johann Gruber e.U.", True,
        "A one-man firm (e.U.) whose name is its owner's with 'Ing.'; the debtor's own UID on its line.",
        layout="window", title="Rechnung 26-214", number="26-214", issue=D(2026, 11, 30), due=D(2026, 12, 14),
        blockhead="Rechnungsempfänger:",
        block=["Ing. Johann Gruber e.U.", "Technisches Büro für Haustechnik", "Favoritenstraße 12/3, 1040 Wien",
               "UID ATU69120447"],
        lines=[("Büroreinigung November (wöchentlich)", 4, 9500, 20), ("Fensterreinigung", 1, 12000, 20)])

    # 47. AT reverse charge, § 19 Abs. 1a
    s = seller("Estrich Lindner GmbH", "de", "AT", "Industriezeile 4", "9020 Klagenfurt",
               "rechnung@estrich-lindner.at", "Thomas Lindner", ["UID ATU68244105", "FN 402219 x", "LG Klagenfurt"],
               tool="BMD")
    inv(s, "pdf", ("Hochbau Steiner Rechnungsprüfung", "rechnungspruefung@hochbau-steiner.at"), "Rechnung ER-26-0311",
        "Sehr geehrte Damen und Herren,", "in der Beilage übermitteln wir Ihnen unsere Rechnung für den Estrich im BV Wörthersee-Süd.",
        "Mit freundlichen Grüßen", "Hochbau Steiner GmbH", True,
        "Austrian reverse charge (Übergang der Steuerschuld) naming the customer's UID; a Baustelle address.",
        layout="window", number="ER-26-0311", issue=D(2026, 11, 24), due=D(2026, 12, 24), rc=True,
        block=["Hochbau Steiner GmbH", "Rechnungsprüfung", "Südring 240", "9020 Klagenfurt"],
        details=[("UID des Leistungsempfängers", "ATU59981236")],
        ship=("Baustelle", ["Wohnanlage Wörthersee-Süd, Haus C, 9082 Maria Wörth"]),
        extra_notes=["Übergang der Steuerschuld gemäß § 19 Abs. 1a UStG; die Umsatzsteuer schuldet der Leistungsempfänger."],
        lines=[("Zementestrich 6 cm inkl. Randdämmstreifen (m²)", 420, 1680, 20)])

    # -- Switzerland
    # 48. an AG's Kreditoren with its UID; QR reference
    s = seller("Malergeschäft Zürcher", "de", "CH", "Bernstrasse 45", "3175 Flamatt",
               "info@maler-zuercher.ch", "Beat Zürcher", ["CHE-214.577.908 MWST"], cur="CHF", tool="bexio")
    q = qrr("210000000003139471430009" + "01")
    inv(s, "pdf", ("Kreditoren Bühler", "kreditoren@buehler-sanitaer.ch"), "Rechnung 2026-415",
        "Grüezi mitenand,", "Im Anhang finden Sie unsere Rechnung für die Malerarbeiten in der Ausstellung.",
        "Freundliche Grüsse", "Sanitär Bühler AG", True,
        "A Swiss AG in the window with 'Kreditoren', its own UID on the address block beside the seller's CHE…MWST.",
        layout="window", number="2026-415", issue=D(2026, 11, 18), due=D(2026, 12, 18), ref=q, ref_print=qrr_spaced(q),
        block=["Sanitär Bühler AG", "Kreditoren", "Industriestrasse 9", "3186 Düdingen", "CHE-105.338.271 MWST"],
        lines=[("Ausstellungsraum: Wände und Decke gestrichen (m²)", 240, 2200, 8.1),
               ("Abdecken und Reinigung", 1, 38000, 8.1)])

    # 49. a Sàrl from Romandie, two columns
    s = seller("Schreinerei Aebischer", "de", "CH", "Dorfstrasse 12", "3184 Wünnewil",
               "buero@schreinerei-aebischer.ch", "Markus Aebischer", ["UID CHE-321.004.155 MWST"], cur="CHF",
               tool="Word")
    inv(s, "pdf", ("Atelier Lumière", "compta@atelier-lumiere.ch"), "Rechnung / Facture 26-0207",
        "Bonjour Madame Dubey, guten Tag,", "anbei unsere Rechnung für die Ladeneinrichtung. Vielen Dank für den Auftrag.",
        "Freundliche Grüsse / Meilleures salutations", "Atelier Lumière Sàrl", True,
        "A Sàrl from Romandie in a German invoice; Rechnungssteller / Rechnungsempfänger columns with both UIDs.",
        layout="columns", colheads=("Rechnungssteller", "Rechnungsempfänger"), number="26-0207",
        issue=D(2026, 11, 27), due=D(2026, 12, 27), due_print=False, term_text="30 Tage netto",
        block=["Atelier Lumière Sàrl", "à l'att. de Mme Dubey", "Rue de Lausanne 44", "1700 Fribourg",
               "CHE-448.912.306 TVA"],
        seller_extra=["CHE-321.004.155 MWST"],
        lines=[("Ladenmöbel Eiche massiv nach Plan", 1, 1240000, 8.1), ("Lieferung und Montage", 1, 98000, 8.1)])

    # 50. a family in an HTML mail
    s = seller("Kaminfeger Gisler", "de", "CH", "Kirchweg 3", "6460 Altdorf UR",
               "gisler.kaminfeger@bluewin.ch", "Toni Gisler", ["CHE-199.210.448 MWST"], cur="CHF", tool="E-Mail")
    inv(s, "body-html", ("Familie Keller", "keller.baumann@bluewin.ch"), "Rechnung 26-980 Kaminfeger",
        "Grüezi Familie Keller,", "besten Dank für den Termin. Hier unsere Rechnung.",
        "Freundliche Grüsse", "Familie Keller-Baumann", False,
        "A household's word on the name's own line; a private house in Uri.",
        layout="window", title="Rechnung 26-980", number="26-980", issue=D(2026, 11, 17), due=D(2026, 12, 17),
        block=["Familie Keller-Baumann", "Gitschenstrasse 14", "6460 Altdorf UR"],
        lines=[("Reinigung Cheminée und Rauchrohr", 1, 16500, 8.1), ("Abgasmessung Ölheizung", 1, 9800, 8.1)])


# ================================================================ not invoices (NL 7 + BE 2, EN 8, DE 8)

def plain(s, to, subject, issue, text, why_not, note, kind="body-text"):
    """A mail that is not an invoice, written out whole (signature with the sender's numbers)."""
    sig = "\n".join([s["person"], s["name"], s["street"] + ", " + s["city"], " | ".join(s["nums"])])
    body = text.rstrip() + "\n\n" + sig

    def tf(doc, g, i, c):
        return body
    return notinv(s, "body-text", to, subject, "", "", "", why_not, note, issue=issue, textfn=tf,
                  number="-", lines=[])


def statement_page(doc):
    """A statement of account: open items and a balance, no new charge."""
    s, p = doc.s, mk.Page()
    seller_head(p, s)
    block(p, 330, 145, doc.block)
    p.text(56, 250, doc.title, size=15, bold=True)
    y = 272
    for lab, val in doc.details:
        p.text(56, y, lab, size=8.5)
        p.text(170, y, val, size=8.5)
        y += 12.5
    y += 14
    heads = doc.heads
    p.text(56, y, heads[0], bold=True)
    p.text(170, y, heads[1], bold=True)
    p.text(260, y, heads[2], bold=True)
    p.right(539, y, heads[3], bold=True)
    p.rule(56, y + 4, 539, y + 4)
    y += 17
    for a, b, c, cents in doc.items:
        p.text(56, y, a, size=8.5)
        p.text(170, y, b, size=8.5)
        p.text(260, y, c, size=8.5)
        p.right(539, y, fmt_money(s, cents), size=8.5)
        y += 13
    p.rule(56, y - 6, 539, y - 6)
    y += 8
    p.text(330, y, doc.balance_label, bold=True)
    p.right(539, y, fmt_money(s, sum(x[3] for x in doc.items)), bold=True)
    y += 30
    for ln in doc.notes:
        p.text(56, y, ln, size=8.5)
        y += 12
    foot(p, s)
    return p


def form_page(doc):
    """A customer-data form with blanks to fill in."""
    s, p = doc.s, mk.Page()
    seller_head(p, s)
    p.text(56, 170, doc.title, size=15, bold=True)
    y = 195
    for ln in wrap(doc.intro_lines, 9):
        p.text(56, y, ln, size=9)
        y += 12
    y += 14
    vx = 56 + max(est_width(lab, 9) * 1.12 for lab, _ in doc.fields) + 10
    for lab, val in doc.fields:
        p.text(56, y, lab, size=9)
        p.text(vx, y, val or "_______________________", size=9)
        y += 20
    y += 10
    for ln in doc.notes:
        p.text(56, y, ln, size=8.5)
        y += 12
    foot(p, s)
    return p


def not_invoices():
    # ---- Dutch
    s = seller("Schilderwerken Hoogland", "nl", "NL", "Biltstraat 301", "3572 AS Utrecht",
               "offerte@schilderwerkenhoogland.nl", "Ton Hoogland", ["KvK 30221786", "Btw NL001442918B12"], tool="SnelStart")
    notinv(s, "pdf", ("Bestuur VvE Oranjehof", "bestuur@vve-oranjehof.nl"), "Offerte OF-26-0214 schilderwerk buitenzijde",
           "Geacht bestuur,", "Zoals besproken tijdens de schouw ontvangt u hierbij onze offerte.", "Met vriendelijke groet,",
           "A quote: an offer valid until a date, to be accepted; nothing is owed yet.",
           "A quote with the same window block as an invoice (a VvE, t.a.v. the chair) and a Werkadres.",
           title="Offerte", nolabel="Offertenummer", datelabel="Offertedatum", number="OF-26-0214",
           issue=D(2026, 11, 20), due_print=False,
           details=[("Geldig tot", "20-12-2026")],
           block=["VvE Oranjehof", "t.a.v. de voorzitter, mevr. J. Cornelissen", "Oranjehof 1", "3581 LM Utrecht"],
           ship=("Werkadres", ["Oranjehof 1-27, Utrecht"]),
           lines=[("Buitenschilderwerk kozijnen, 27 woningen", 27, 54000, 21), ("Steigerwerk", 1, 320000, 21)],
           notes=["Voor akkoord: graag deze offerte getekend retour. Betaling in drie termijnen na oplevering."],
           pdf_filename="Offerte_OF-26-0214.pdf")

    s = seller("Bloembinderij Veldzicht", "nl", "NL", "Veilingweg 8", "2671 LK Naaldwijk",
               "verzending@veldzicht.nl", "Kim de Zwart", ["KvK 27190462", "Btw NL008172253B01"], tool="Exact Online")
    notinv(s, "pdf", ("Ontvangst Hotel De Wadden", "receptie@hoteldewadden.nl"), "Pakbon PB-118204",
           "Goedemorgen,", "Bijgaand de pakbon bij de levering van vandaag. De factuur volgt aan het einde van de maand.",
           "Groet,", "A delivery note: goods and quantities, no prices and no request to pay.",
           "A pakbon with Factuuradres and Afleveradres like an invoice, but no amounts.",
           title="Pakbon", nolabel="Pakbonnummer", datelabel="Leverdatum", number="PB-118204", issue=D(2026, 12, 3),
           due_print=False, prices=False, layout="columns", colheads=("Afzender", "Factuuradres"),
           block=["Hotel De Wadden B.V.", "t.a.v. crediteuren", "Postbus 44", "8881 ZG West-Terschelling"],
           ship=("Afleveradres", ["Hotel De Wadden, receptie, Willem Barentszkade 21, West-Terschelling"]),
           lines=[("Tafelstuk kerst groot", 12, 0, 21), ("Boeket seizoen (lobby)", 3, 0, 21)], notes=[],
           pdf_filename="Pakbon_PB-118204.pdf")

    s = seller("Drukkerij Lijnzaad", "nl", "NL", "Papiermolen 14", "3994 DK Houten",
               "orders@drukkerijlijnzaad.nl", "Esther Lijnzaad", ["KvK 30128844", "BTW NL009431120B01"], tool="Informer")
    notinv(s, "pdf", ("Inkoop Stichting Het Buitenhuis", "inkoop@hetbuitenhuis.nl"), "Orderbevestiging 26-7731",
           "Geachte heer, mevrouw,", "Hartelijk dank voor uw bestelling. Hierbij de orderbevestiging.", "Met vriendelijke groet,",
           "An order confirmation: what will be delivered and charged; the invoice follows on delivery.",
           "An order confirmation with the foundation's own btw number, prices and totals.",
           title="Orderbevestiging", nolabel="Ordernummer", datelabel="Datum", number="26-7731",
           issue=D(2026, 11, 24), due_print=False, layout="box", blockhead="Besteld door",
           block=["Stichting Het Buitenhuis", "Afdeling Inkoop", "Laan van Vollenhove 12", "3706 AA Zeist"],
           details=[("Uw btw-nr.", "NL815220401B01"), ("Verwachte levering", "week 50")],
           lines=[("Jaarverslag 2026, 48 pag., oplage 500", 500, 420, 21), ("Uitnodigingskaarten", 800, 35, 21)],
           notes=["U ontvangt de factuur na levering."], pdf_filename="Orderbevestiging_26-7731.pdf")

    s = seller("Groothandel Van der Linden", "nl", "NL", "Handelsweg 55", "5048 AV Tilburg",
               "debiteuren@vdlinden-groothandel.nl", "Debiteurenbeheer", ["KvK 18033452", "Btw NL004213885B01"], tool="Exact Online")
    notinv(s, "pdf", ("Frietboetiek De Gouden Punt", "info@degoudenpunt.nl"), "Rekeningoverzicht klant 40218",
           "Beste relatie,", "In de bijlage uw rekeningoverzicht per 30 november. Mocht u verschillen zien, hoor ik het graag.",
           "Met vriendelijke groet,", "A statement of account listing earlier invoices; it is not a new bill.",
           "Statement with the customer's window block, three open items and a balance.",
           title="Rekeningoverzicht", number="40218", issue=D(2026, 12, 1), pagefn=statement_page,
           block=["Frietboetiek De Gouden Punt", "t.a.v. M. Yilmaz", "Piusplein 4", "5038 WL Tilburg"],
           details=[("Klantnummer", "40218"), ("Datum", "01-12-2026")],
           heads=("Factuur", "Datum", "Vervaldatum", "Openstaand"),
           items=[("V26-11802", "03-11-2026", "17-11-2026", 48211), ("V26-12044", "10-11-2026", "24-11-2026", 39870),
                  ("V26-12409", "24-11-2026", "08-12-2026", 51245)],
           balance_label="Totaal openstaand",
           notes=["Dit overzicht is geen factuur. Reeds betaalde posten kunt u als vervallen beschouwen."],
           pdf_filename="Rekeningoverzicht_40218.pdf")

    s = seller("Kantoormeubelen Vos", "nl", "NL", "Europalaan 12", "5232 BC 's-Hertogenbosch",
               "verkoop@kantoormeubelenvos.nl", "Ingrid Vos", ["KvK 16077321", "BTW NL801244567B01"], tool="Outlook")
    plain(s, ("Marloes Verbeek", "administratie@kantoormeubelenvos.nl"), "FW: creditering bureaustoelen factuur 26-0811",
          D(2026, 11, 27),
          "Hoi Marloes,\n\nHieronder het verzoek van Fysiotherapie Noordkade om een creditnota voor de twee "
          "bureaustoelen die beschadigd waren. Wil jij dit oppakken? Ik heb gezegd dat we de creditnota "
          "volgende week sturen.\n\nGroet,\n\n-----Oorspronkelijk bericht-----\nVan: Fysiotherapie Noordkade B.V. "
          "<admin@fysionoordkade.nl>\nOnderwerp: creditering bureaustoelen\n\nGeachte heer/mevrouw,\n\nOp factuur 26-0811 "
          "van 12-11-2026 (€ 1.306,80) staan twee stoelen die beschadigd zijn geleverd. Wij verzoeken u een "
          "creditnota te sturen voor € 653,40. Ons btw-nummer: NL857441220B01, KvK 61144097.\n\nMet vriendelijke groet,\n"
          "E. Hendriks\nFysiotherapie Noordkade B.V.",
          "A customer's credit request forwarded inside the firm; no credit note and nothing to pay.",
          "The debtor's own KvK and btw in the quoted request; an invoice number and amounts.")

    s = seller("Hovenier Bloemendaal", "nl", "NL", "Zeeweg 3", "2051 EC Overveen",
               "info@hovenierbloemendaal.nl", "Peter Jansen", ["KvK 34206718", "BTW NL001990223B55"], tool="Moneybird")
    plain(s, ("Vaste klanten", "info@hovenierbloemendaal.nl"), "Ons nieuwe adres per 1 januari", D(2026, 12, 2),
          "Beste klant,\n\nPer 1 januari 2027 verhuizen wij naar Kennemerweg 40, 2051 CA Overveen. Wilt u dit "
          "adres gebruiken voor post en in uw crediteurenadministratie? Ons IBAN "
          + mk.iban_spaced(s["iban"]) + " en ons btw-nummer blijven gelijk.\n\nHartelijke groet,",
          "A change-of-address notice to customers; no charge.",
          "Seller's own IBAN, KvK and btw; asks customers to update their records.")

    s = seller("Verhuur Feestmaterialen Ooms", "nl", "NL", "Spoorlaan 8", "5361 HA Grave",
               "verhuur@feestooms.nl", "Hans Ooms", ["KvK 17201998", "Btw NL820153947B01"], tool="Gmail")
    plain(s, ("Harmonie St. Caecilia", "secretaris@harmoniecaecilia.nl"), "Graag uw factuurgegevens", D(2026, 11, 19),
          "Beste secretaris,\n\nDank voor de reservering van de tent en 120 stoelen voor jullie jubileum op 12 december. "
          "Om de factuur goed te kunnen maken, ontvang ik graag:\n- de juiste tenaamstelling (vereniging of stichting?)\n"
          "- het factuuradres en eventueel t.a.v.\n- KvK-nummer en, als jullie die hebben, het btw-nummer\n"
          "- een inkoopordernummer, als de penningmeester dat wil\n\nDe factuur volgt na het feest.\n\nGroet,",
          "A request for the customer's billing details before invoicing; no amount is asked.",
          "Asks who exactly to bill and for the customer's KvK and btw numbers.")

    s = seller("Bureau Vandenbussche", "nl", "BE", "Koningin Astridlaan 88", "8200 Brugge",
               "klanten@bureauvandenbussche.be", "Griet Vandenbussche", ["BTW BE 0461.228.943", "RPR Gent, afd. Brugge"],
               tool="WinBooks")
    notinv(s, "pdf", ("Frituur Den Hoek", "denhoek.frituur@telenet.be"), "Klantenfiche: gelieve aan te vullen",
           "Beste,", "Welkom als klant. Om uw facturen correct op te maken, vragen wij u de fiche in bijlage in te vullen.",
           "Met vriendelijke groeten,", "A customer-data form asking for the customer's VAT and enterprise numbers; no charge.",
           "Flemish form with blanks for ondernemingsnummer and btw-nummer; the seller's own BTW in the footer.",
           title="Klantenfiche", number="-", issue=D(2026, 11, 23), pagefn=form_page,
           intro_lines=["Gelieve onderstaande gegevens aan te vullen en terug te sturen naar klanten@bureauvandenbussche.be."],
           fields=[("Naam onderneming", None), ("Rechtsvorm (BV, VOF, eenmanszaak, ...)", None),
                   ("Ondernemingsnummer", None), ("Btw-nummer", "BE ____.___.___  /  niet btw-plichtig"),
                   ("Facturatieadres", None), ("E-mailadres facturen", None)],
           notes=["Particulieren vullen enkel naam en adres in."], pdf_filename="Klantenfiche.pdf")

    s = seller("Drukkerij Van Acker", "nl", "BE", "Nijverheidslaan 7", "9800 Deinze",
               "info@drukkerijvanacker.be", "Lien Van Acker", ["BTW BE 0455.903.117"], tool="Teamleader")
    notinv(s, "body-html", ("Jan Verstraete", "jan@bakkerij-verstraete.be"), "Welkom bij Drukkerij Van Acker - uw klantnummer",
           "Beste Jan,", "Welkom! Uw klantnummer is 10882. Vermeld het bij bestellingen; facturen sturen wij naar dit adres.",
           "Vriendelijke groeten,", "A welcome mail with the customer number; nothing is charged.",
           "Welcome mail with the customer's data as registered (company, ondernemingsnummer), no amounts.",
           title="Uw klantgegevens", number="10882", issue=D(2026, 11, 12), no_rows=True,
           layout="box", blockhead="Geregistreerd als", textfn=None,
           block=["Bakkerij Verstraete BV", "Markt 12, 9800 Deinze", "Ondernemingsnummer 0688.214.905"],
           lines=[], details=[("Klantnummer", "10882"), ("Facturen naar", "jan@bakkerij-verstraete.be")], notes=[], pagefn=None)

    # ---- English
    s = seller("Harbour Marquees", "en", "UK", "Unit 9, Quayside", "Poole BH15 1HJ",
               "bookings@harbourmarquees.co.uk", "Nina Carter", ["Harbour Marquees Ltd", "Company no. 09331274", "VAT GB 221 4908 61"],
               cur="GBP", tool="Xero")
    notinv(s, "pdf", ("Wedding planning", "hello@meadowlarkweddings.co.uk"), "Pro forma PF-0192",
           "Hi Becca,", "As requested, a pro forma for the marquee so your couple can arrange the payment. The VAT invoice follows on payment.",
           "Best,", "A pro forma: a request before supply, not a VAT invoice; the invoice follows on payment.",
           "Pro forma with a Bill to and an event address, totals and bank details.",
           title="PRO FORMA INVOICE", nolabel="Pro forma no.", datelabel="Date", number="PF-0192", issue=D(2026, 11, 25),
           due_print=False, layout="columns", colheads=("From", "Bill to"),
           block=["Meadowlark Weddings Ltd", "Attn: Becca Hale", "3 Mill Lane", "Wimborne BH21 1JQ"],
           ship=("Event address", ["Longleaze Farm, Wimborne BH21 4AA"]),
           lines=[("Marquee 9 x 18 m with flooring", 1, 240000, 20), ("Lighting package", 1, 38000, 20)],
           notes=["This is not a VAT invoice. A VAT invoice will be issued on receipt of payment."],
           pdf_filename="ProForma_PF-0192.pdf")

    s = seller("The Green Door Café", "en", "UK", "11 Bridge Street", "Hay-on-Wye HR3 5DG",
               "receipts@greendoorcafe.co.uk", "Green Door Café", ["VAT reg. 287 6601 39"], cur="GBP", tool="Square")
    notinv(s, "body-html", ("", "l.pritchard@outlook.com"), "Your receipt from The Green Door Café",
           "Thanks for your visit!", "Here is your receipt. Paid by Visa •••• 4417.", "See you soon,",
           "A receipt for a card payment already made; nothing is owed.",
           "Card receipt with VAT breakdown and a customer name field.",
           title="Receipt #1-8842", number="1-8842", issue=D(2026, 11, 28), due_print=False,
           nolabel="Receipt no.", datelabel="Date",
           layout="box", blockhead="Customer", block=["L. Pritchard"],
           details=[("Payment", "Visa •••• 4417, paid in full")],
           lines=[("Afternoon tea for two", 1, 3250, 20), ("Pot of tea", 2, 380, 20)],
           notes=["Paid in full, thank you."])

    s = seller("Hartwell Joinery", "en", "UK", "Station Yard", "Ludlow SY8 1PL",
               "quotes@hartwelljoinery.co.uk", "Owen Hartwell", ["Hartwell Joinery Ltd", "Reg. 07718203", "VAT 140 5572 83"],
               cur="GBP", tool="Sage")
    notinv(s, "pdf", ("Mr and Mrs Hall", "the.halls@btinternet.com"), "Quotation Q-2281 - sash windows",
           "Dear Mr and Mrs Hall,", "Thank you for showing us round. Our quotation for the sash windows is attached.",
           "Yours sincerely,", "A quotation valid for 30 days; nothing is payable until accepted.",
           "Quote with the same window block a Hartwell invoice would have, VAT and a total.",
           title="QUOTATION", nolabel="Quotation no.", datelabel="Date", number="Q-2281", issue=D(2026, 11, 16),
           due_print=False, details=[("Valid until", "16 December 2026")],
           block=["Mr and Mrs Hall", "Broad Street House", "Ludlow SY8 1NG"],
           lines=[("Box sash windows, hardwood, double glazed", 6, 128000, 20), ("Fitting and making good", 1, 96000, 20)],
           notes=["A 25% deposit is payable on acceptance."], pdf_filename="Quotation_Q-2281.pdf")

    s = seller("Connacht Office Supplies", "en", "IE", "Unit 3, Oranmore Business Park", "Oranmore, Co. Galway H91 P2X5",
               "credit.control@connachtoffice.ie", "Credit Control", ["VAT IE 6441902T", "CRO 355118"], tool="Sage")
    notinv(s, "pdf", ("Accounts", "accounts@westwardvets.ie"), "Statement of account - November 2026",
           "Dear Customer,", "Please find attached your statement of account as at 30 November 2026.",
           "Regards,", "A statement of account summarising earlier invoices and payments; it bills nothing new.",
           "Statement with the customer's block, invoice lines, a payment and a balance.",
           title="STATEMENT", number="WVC01", issue=D(2026, 12, 1), pagefn=statement_page,
           block=["Westward Veterinary Clinic Ltd", "Accounts Department", "Dublin Road", "Athenry, Co. Galway"],
           details=[("Account", "WVC01"), ("Statement date", "1 December 2026")],
           heads=("Reference", "Date", "Type", "Amount"),
           items=[("INV-77120", "04/11/2026", "Invoice", 21455), ("INV-77391", "18/11/2026", "Invoice", 9840),
                  ("PMT", "25/11/2026", "Payment received", -21455)],
           balance_label="Balance", notes=["Please check against your records. This is not a VAT invoice."],
           pdf_filename="Statement_WVC01.pdf")

    s = seller("Shannon Sound Hire", "en", "IE", "14 Henry Street", "Limerick V94 E7T3",
               "info@shannonsound.ie", "Paddy Quinlan", ["VAT IE 3512874PH"], tool="Gmail")
    plain(s, ("Clare Sheehan", "clare.sheehan@ul-students.ie"), "Billing details for your booking", D(2026, 11, 20),
          "Hi Clare,\n\nThanks for booking the PA for the society's ball on 5 December. Before I send the invoice, "
          "could you let me know who it should be made out to - the society, the Students' Union, or you personally - "
          "and the address? If it's the Union, please send a PO number and their VAT number.\n\nThe hire is €480 plus VAT.\n\nThanks,",
          "A request for billing details; the invoice has not been issued.",
          "Asks whether to bill the society, the Union or the person; quotes a price.")

    s = seller("Pennant Packaging", "en", "UK", "Unit 4, Valley Trading Estate", "Pontypridd CF37 5UR",
               "dispatch@pennantpackaging.co.uk", "Dispatch", ["Pennant Packaging Ltd", "Company no. 05113820"],
               cur="GBP", tool="Sage")
    notinv(s, "pdf", ("Goods In", "goodsin@valleybrew.co.uk"), "Delivery note DN-66120",
           "Hello,", "Delivery note attached for today's consignment.", "Thanks,",
           "A delivery note listing goods sent; no prices, no payment asked.",
           "Delivery note with Invoice address and Deliver to blocks.",
           title="DELIVERY NOTE", nolabel="Delivery note no.", datelabel="Dispatch date", number="DN-66120",
           issue=D(2026, 12, 2), due_print=False, prices=False, layout="columns", colheads=("Invoice address", "Deliver to"),
           seller_extra=[],
           block=["Valley Brew Co (Goods In)", "Unit 12, Treforest Ind. Est.", "Pontypridd CF37 5YB"],
           details=[("Your order", "VB-PO-4471")],
           lines=[("Shipper boxes 12 x 330 ml", 1500, 0, 20), ("Pallet wrap", 6, 0, 20)], notes=["Received by: ____________"],
           pdf_filename="DN-66120.pdf")

    s = seller("Northgate Catering Supplies", "en", "UK", "40 Northgate", "Wakefield WF1 3BJ",
               "accounts@northgatecatering.co.uk", "Rachel Dean", ["Northgate Catering Supplies Ltd", "CRN 06228714", "VAT 902 4410 27"],
               cur="GBP", tool="Sage")
    notinv(s, "pdf", ("Tom Brennan", "tom@thelittleoven.co.uk"), "New trade account application",
           "Hi Tom,", "Great to speak earlier. To open your 30-day trade account please complete the attached form.",
           "Kind regards,", "A trade account application form asking for the customer's company and VAT numbers; no charge.",
           "Form with blanks for company number and VAT number; the seller's own CRN and VAT in the footer.",
           title="Trade Account Application", number="-", issue=D(2026, 11, 17), pagefn=form_page,
           intro_lines=["Please complete in capitals and return to accounts@northgatecatering.co.uk."],
           fields=[("Trading name", None), ("Legal entity (Ltd / sole trader / partnership)", None),
                   ("Company registration no.", None), ("VAT number", None), ("Invoice address", None),
                   ("Accounts contact and e-mail", None)],
           notes=["Credit terms: 30 days from invoice, subject to approval."], pdf_filename="Trade_Account_Application.pdf")

    s = seller("Dunmore Print & Design", "en", "IE", "2 The Quay", "Waterford X91 K8R2",
               "accounts@dunmoreprint.ie", "Fiona Walsh", ["VAT IE 9733125D"], tool="Outlook")
    plain(s, ("Accounts Payable", "ap@suirvalleyhotel.ie"), "Invoice 4410 - wrong company name, reissuing", D(2026, 11, 26),
          "Dear Accounts team,\n\nInvoice 4410 of 24 November (€1,476.00) was addressed to Suir Valley Leisure Ltd instead of "
          "Suir Valley Hotel Ltd. Please disregard it; a corrected invoice with a new number will follow tomorrow, "
          "addressed to Suir Valley Hotel Ltd, VAT IE 8412207Q.\n\nApologies for the confusion,",
          "A notice that an invoice was addressed to the wrong company and will be replaced; it bills nothing itself.",
          "Names two of the customer's companies, an amount and an invoice number.")

    # ---- German
    s = seller("Zimmerei Holzner", "de", "DE", "Waldstraße 17", "83115 Neubeuern",
               "angebote@zimmerei-holzner.de", "Florian Holzner", ["HRB 19932 AG Traunstein", "USt-IdNr. DE262118904"],
               tool="lexoffice")
    notinv(s, "pdf", ("Herr Wimmer", "wimmer@weg-innstrasse.de"), "Angebot AN-26-0317 Dachsanierung",
           "Sehr geehrter Herr Wimmer,", "anbei unser Angebot für die Dachsanierung. Für Rückfragen stehe ich gerne zur Verfügung.",
           "Mit freundlichen Grüßen", "An Angebot: an offer with a validity date, not a bill.",
           "Angebot to a WEG care of its Verwalter, with a Leistungsort.",
           title="Angebot", nolabel="Angebotsnummer", datelabel="Angebotsdatum", number="AN-26-0317",
           issue=D(2026, 11, 18), due_print=False, details=[("Gültig bis", "18.12.2026")],
           block=["WEG Innstraße 4-6", "c/o Hausverwaltung Wimmer", "Salinstraße 2", "83022 Rosenheim"],
           ship=("Leistungsort", ["Innstraße 4-6, 83022 Rosenheim"]),
           lines=[("Dachsanierung inkl. Dämmung (m²)", 310, 11800, 19), ("Gerüst", 1, 640000, 19)],
           notes=["Zahlungsbedingungen: nach Baufortschritt, Schlussrechnung nach Abnahme."],
           pdf_filename="Angebot_AN-26-0317.pdf")

    s = seller("Getränke Ostheim", "de", "DE", "Industriestraße 22", "97645 Ostheim v. d. Rhön",
               "versand@getraenke-ostheim.de", "Versand", ["HRA 3310 AG Schweinfurt", "USt-IdNr. DE133418722"], tool="SAP")
    notinv(s, "pdf", ("Wareneingang", "wareneingang@landgasthof-rhoenblick.de"), "Lieferschein LS-2611-0814",
           "Guten Tag,", "anbei der Lieferschein zur heutigen Lieferung.", "Mit freundlichen Grüßen",
           "A Lieferschein listing goods delivered; no prices, no payment asked.",
           "Lieferschein with Rechnungsanschrift and Lieferanschrift.",
           title="Lieferschein", nolabel="Lieferschein-Nr.", datelabel="Lieferdatum", number="LS-2611-0814",
           issue=D(2026, 11, 27), due_print=False, prices=False, layout="columns", colheads=("Lieferant", "Rechnungsanschrift"),
           block=["Landgasthof Rhönblick GmbH", "Buchhaltung", "Am Sportplatz 1", "97653 Bischofsheim"],
           ship=("Lieferanschrift", ["Landgasthof Rhönblick, Hintereingang Küche, Am Sportplatz 1"]),
           lines=[("Kasten Pils 20 x 0,5 l", 30, 0, 19), ("Apfelschorle 12 x 1,0 l", 10, 0, 19)], notes=[],
           pdf_filename="Lieferschein_LS-2611-0814.pdf")

    s = seller("Messebau Kranich GmbH", "de", "DE", "Messeallee 3", "04356 Leipzig",
               "auftrag@messebau-kranich.de", "Sandra Kranich", ["HRB 30114 AG Leipzig", "USt-IdNr. DE298771443"],
               tool="sevDesk")
    notinv(s, "pdf", ("Marketing", "marketing@thermo-sax.de"), "Auftragsbestätigung AB-26-0441",
           "Sehr geehrte Damen und Herren,", "vielen Dank für Ihren Auftrag, den wir hiermit bestätigen.",
           "Mit freundlichen Grüßen", "An order confirmation; the invoice follows after the fair.",
           "Auftragsbestätigung with the customer's USt-IdNr. and a Leistungsort at the fair.",
           title="Auftragsbestätigung", nolabel="Auftragsnummer", datelabel="Datum", number="AB-26-0441",
           issue=D(2026, 11, 21), due_print=False, layout="box", blockhead="Auftraggeber",
           block=["Thermo-Sax Anlagenbau GmbH & Co. KG", "Abteilung Marketing", "Am Wasserturm 8", "09111 Chemnitz"],
           details=[("Ihre USt-IdNr.", "DE141590226")],
           ship=("Leistungsort", ["Leipziger Messe, Halle 2, Stand C14"]),
           lines=[("Messestand 48 m², Systembau", 1, 1420000, 19), ("Grafik und Beschriftung", 1, 186000, 19)],
           notes=["Die Rechnung erhalten Sie nach Messeende."], pdf_filename="AB-26-0441.pdf")

    s = seller("Baustoffe Renner KG", "de", "DE", "Lagerstraße 40", "94032 Passau",
               "buchhaltung@baustoffe-renner.de", "Buchhaltung", ["HRA 1844 AG Passau", "USt-IdNr. DE131225906"], tool="DATEV")
    notinv(s, "pdf", ("Buchhaltung Huber", "buchhaltung@huber-bau.de"), "Saldenbestätigung zum 30.11.2026",
           "Sehr geehrte Damen und Herren,", "wir bitten um Bestätigung des beigefügten Saldos.",
           "Mit freundlichen Grüßen", "A balance confirmation request listing open invoices; no new charge.",
           "Saldenbestätigung with open items and a balance, to be signed and returned.",
           title="Saldenbestätigung", number="D-10233", issue=D(2026, 12, 1), pagefn=statement_page,
           block=["Huber Bau GmbH", "Buchhaltung", "Innstraße 70", "94036 Passau"],
           details=[("Kundennummer", "10233"), ("Stichtag", "30.11.2026")],
           heads=("Beleg", "Datum", "Art", "Betrag"),
           items=[("RE-55120", "06.11.2026", "Rechnung", 342118), ("RE-55391", "20.11.2026", "Rechnung", 118400),
                  ("ZA", "25.11.2026", "Zahlung", -342118)],
           balance_label="Saldo zu unseren Gunsten",
           notes=["Bitte bestätigen Sie den Saldo durch Unterschrift und Rücksendung. Dies ist keine Rechnung."],
           pdf_filename="Saldenbestaetigung_10233.pdf")

    s = seller("Brauer Eventtechnik AG", "de", "CH", "Zürcherstrasse 210", "8406 Winterthur",
               "disposition@brauer-eventtechnik.ch", "Lukas Brauer", ["CHE-412.880.301 MWST"], cur="CHF", tool="bexio")
    notinv(s, "pdf", ("Verein Winterzauber", "kasse@winterzauber-wil.ch"), "Proforma-Rechnung PF-26-055",
           "Grüezi Frau Ammann,", "wie gewünscht erhalten Sie die Proforma-Rechnung für Ihren Gesuchseingang bei der Gemeinde.",
           "Freundliche Grüsse", "A pro forma for a grant application; the real invoice follows after the event.",
           "Proforma with the association's block and a Leistungsort.",
           title="Proforma-Rechnung", nolabel="Proforma-Nr.", datelabel="Datum", number="PF-26-055", issue=D(2026, 11, 22), due_print=False,
           layout="window", block=["Verein Winterzauber Wil", "z. Hd. Frau R. Ammann", "Obere Bahnhofstrasse 5", "9500 Wil SG"],
           ship=("Leistungsort", ["Hofplatz Wil, 18.-20.12.2026"]),
           lines=[("Beleuchtung und Bühnentechnik, 3 Tage", 1, 680000, 8.1)],
           notes=["Dies ist keine Rechnung. Die definitive Rechnung folgt nach dem Anlass."],
           pdf_filename="Proforma_PF-26-055.pdf")

    s = seller("Skiverleih Gerlos", "de", "AT", "Gerlos 141", "6281 Gerlos",
               "info@skiverleih-gerlos.at", "Ihr Team vom Verleih", ["UID ATU64418290"], tool="Registrierkasse")
    plain(s, ("", "m.schwarzl@gmx.at"), "Ihr Beleg - Zahlung mit Karte", D(2026, 12, 4),
          "Vielen Dank für Ihren Besuch!\n\nBeleg Nr. 2026-8812 vom 04.12.2026\nKunde: Mag. M. Schwarzl\n"
          "Skiausrüstung Erwachsene, 3 Tage   2 x 96,00 €\nHelm, 3 Tage   2 x 15,00 €\nSumme 222,00 € inkl. 20 % USt (37,00 €)\n"
          "Bezahlt mit Maestro **** 2201 - vielen Dank.",
          "A receipt for a card payment already made.",
          "Registrierkasse receipt with a titled customer name and VAT.")

    s = seller("Steuerbüro Kaltenbach", "de", "DE", "Rathausplatz 4", "79098 Freiburg",
               "kanzlei@stb-kaltenbach.de", "Claudia Kaltenbach", ["Steuerberaterin", "USt-IdNr. DE142277019"], tool="Outlook")
    plain(s, ("Mandanten", "kanzlei@stb-kaltenbach.de"), "Bitte Ihre USt-IdNr. und Rechnungsanschrift prüfen", D(2026, 11, 30),
          "Sehr geehrte Mandantinnen und Mandanten,\n\nzum Jahreswechsel stellen wir auf elektronische Rechnungen um. "
          "Bitte teilen Sie uns bis zum 20.12.2026 mit:\n- Ihre vollständige Firmierung (z. B. GmbH, e.K., GbR)\n"
          "- Ihre USt-IdNr. bzw. Steuernummer\n- die Rechnungsanschrift und eine E-Mail-Adresse für Rechnungen\n"
          "Privatpersonen brauchen nur Name und Anschrift.\n\nMit freundlichen Grüßen",
          "A request for customers' master data; it bills nothing.",
          "Asks clients for their own USt-IdNr.; the sender's USt-IdNr. in the signature.")

    s = seller("Tischlerei Brandstätter GmbH", "de", "AT", "Salzachstraße 12", "5020 Salzburg",
               "office@tischlerei-brandstaetter.at", "Petra Brandstätter", ["UID ATU57120933", "FN 241188 k"], tool="BMD")
    notinv(s, "body-html", ("Kunden", "office@tischlerei-brandstaetter.at"), "Umfirmierung und neue Bankverbindung",
           "Sehr geehrte Kundinnen und Kunden,", "ab 1. Jänner 2027 firmieren wir als Brandstätter Wohnraum GmbH. "
           "UID und Firmenbuchnummer bleiben gleich; bitte passen Sie Ihre Stammdaten an.",
           "Mit freundlichen Grüßen", "A notice of a change of name and bank details; no charge.",
           "Notice with the old and new firm names, the seller's own UID and FN and a new IBAN.",
           title="Neue Firmendaten ab 1. Jänner 2027", number="-", issue=D(2026, 12, 1), layout="box", no_rows=True,
           blockhead="Neu", block=["Brandstätter Wohnraum GmbH", "Salzachstraße 12, 5020 Salzburg",
                                   "IBAN " + mk.iban_spaced(mk.iban(rng, "AT"))],
           lines=[], details=[("UID", "ATU57120933"), ("FN", "241188 k")], notes=[])


# ================================================================ the checker

FIELDS = ["id", "tool", "lang", "kind", "is_invoice", "why_not", "envelope", "eml"]
EXPECTED = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date",
            "debtor_name", "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]
COUNTS = {("nl", True): 20, ("en", True): 15, ("de", True): 15,
          ("nl", False): 9, ("en", False): 8, ("de", False): 8}


def iban_valid(i):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", i):
        return False
    r = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ref_valid(ref):
    """A labelled reference is well formed: RF, Swiss QR, Belgian OGM, or words."""
    if ref.startswith("RF"):
        r = ref[4:] + ref[:4]
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    if re.fullmatch(r"\d{27}", ref):
        return qrr(ref[:26]) == ref
    m = re.fullmatch(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", ref)
    if m:
        s = "".join(m.groups())
        return (int(s[:10]) % 97 or 97) == int(s[10:])
    return True


def overlaps(page):
    """Items on one baseline whose estimated extents cross, or items off the A4 page."""
    bad = []
    spans = {}
    for it in page["items"]:
        w = est_width(it["text"], it["size"]) * 1.12
        x0 = it["x"] - w if it["align"] == "right" else it["x"]
        x1 = x0 + w
        if x0 < 20 or x1 > 580 or not 20 < it["y"] < 830:
            bad.append(("off page", it["text"]))
        for (a, b, t) in spans.get(it["y"], []):
            if x0 < b and a < x1:
                bad.append(("overlap", t, it["text"]))
        spans.setdefault(it["y"], []).append((x0, x1, it["text"]))
    return bad


BAD = []
# names printed over two lines of the address block, or with their forms of address between
SPLIT_NAMES = {"College van Kerkrentmeesters der Protestantse Gemeente te Nieuwerkerk", "mr. P.J. de Bakker",
               "K. Sahin en L. Sahin-de Graaf", "Dipl.-Ing. Markus Lehmann", "Mag. Eva Pichler"}


def check(recs):
    mk.check_labels(recs)
    for r in recs:  # each labelled reference printed, with or without its spaces
        e = r["expected"]
        if e and e["payment_reference"]:
            text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
            assert e["payment_reference"] in text or e["payment_reference"] in text.replace(" ", ""), r["id"]
    counts = {}
    for r in recs:
        assert list(r)[:8] == FIELDS, r["id"]
        assert r["lang"] in ("nl", "en", "de"), r["id"]
        key = (r["lang"], r["is_invoice"])
        counts[key] = counts.get(key, 0) + 1
        json.loads(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False))
        e = r["expected"]
        has_pdf = "pdf" in r
        assert ("@@PDF@@" in r["eml"]) == has_pdf, r["id"]
        assert (r["kind"] == "pdf") == (has_pdf and r["is_invoice"]), r["id"]
        to = re.search(r"^To: (.*)$", r["eml"], re.M).group(1)
        if has_pdf:
            for pg in r["pdf"]["pages"]:
                bad = overlaps(pg)
                if bad:
                    BAD.append((r["id"], r["_doc"].number, bad))
        if e is None:
            assert r["kind"] == "none" and r["why_not"] and not r["is_invoice"], r["id"]
            continue
        assert r["kind"] in ("pdf", "body-text", "body-html") and r["is_invoice"] and r["why_not"] is None, r["id"]
        assert list(e) == EXPECTED, r["id"]
        assert e["language"] == r["lang"], r["id"]
        assert iban_valid(e["iban"]), (r["id"], e["iban"])
        for k in ("issue_date", "due_date"):
            datetime.date.fromisoformat(e[k])
        assert e["due_date"] >= e["issue_date"], r["id"]
        assert e["debtor_email"] in to and e["debtor_email"] in r["envelope"]["rcpt_to"], r["id"]
        assert 0 < e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert e["business"] in (True, False, None) and e["credit_note"] is False, r["id"]
        assert e["payment_reference"] is None or ref_valid(e["payment_reference"]), r["id"]
        # amounts in cents add up: the lines, the VAT per rate, the total, less what was paid
        doc = r["_doc"]
        net = sum(q * u for _, q, u, _ in doc.lines)
        vat = 0 if doc.rc else sum(vat_of(sum(q * u for _, q, u, p2 in doc.lines if p2 == p), p)
                                   for p in {p for *_, p in doc.lines})
        assert net + vat == e["amount_total_cents"], r["id"]
        assert e["amount_total_cents"] - doc.paid == e["amount_due_cents"], r["id"]
        text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
        assert mk.money_in(e["currency"], "de" if r["lang"] == "de" else r["lang"], e["amount_due_cents"]) in text, r["id"]
        assert e["debtor_name"] in html.unescape(text) or e["debtor_name"] in SPLIT_NAMES, (r["id"], e["debtor_name"])
        # the debtor's name is not the seller's
        assert e["debtor_name"] not in r["eml"].split("\n")[0], r["id"]
    assert not BAD, "\n".join(map(str, BAD))
    assert counts == COUNTS, counts
    ids = [r["id"] for r in recs]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def main():
    dutch()
    english()
    german()
    not_invoices()
    recs = list(RECORDS)
    random.Random(SEED + 1).shuffle(recs)
    for k, r in enumerate(recs, 1):
        r["id"] = "inv-hold25-%03d" % k
    check(recs)
    for r in recs:
        del r["_country"], r["_doc"]
    mk.write(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
