"""heldout28: a realistic outbox — a month of small firms' and freelancers' outgoing billing
mail in natural proportions: mostly ordinary invoices as the common tools send them by default,
a few of real life's small twists, and the non-invoices a billing address sends.

Written blind (see the README's "A twenty-eighth held-out set"). Seeded and deterministic:
    python3 corpus/invoices/gen/heldout28.py     (from the repository's root)
writes corpus/invoices/heldout28.jsonl after check() has passed every record."""
import datetime
import json
import os
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261228
rng = random.Random(SEED)
D = datetime.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout28.jsonl")


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


def to_header(display, addr):
    if not display:
        return addr
    return '%s <%s>' % (enc('"%s"' % display if "," in display or "." in display else display), addr)


def half_up(x):
    return int(Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def iban_of(country, bban):
    """An IBAN of @country over @bban with valid check digits (for a Swiss QR-IBAN, whose
    bank code mailkit's iban() does not draw)."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def betalingskenmerk(body15):
    """A Dutch 16-digit betalingskenmerk: its check digit (weights 2,4,8,5,10,9,7,3,6,1 from
    the right, 11 minus the remainder mod 11, 10 as 1 and 11 as 0) before the 15 digits."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(body15)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return "%d%s" % (c, body15)


def kenmerk_ok(k):
    return betalingskenmerk(k[1:]) == k


def iban_ok(i):
    return int("".join(str(int(c, 36)) for c in i[4:] + i[:4])) % 97 == 1


def qty_str(q, lang):
    s = ("%s" % q)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",") if lang in ("nl", "be", "de") else s


def rate_str(r, lang):
    return qty_str(r, lang)


# ---------------------------------------------------------------- sellers (sending addresses)

S = {}


def seller(key, name, lines, addr, cc, person, legal, tool, lang, bank=None):
    S[key] = dict(key=key, name=name, lines=lines, email=addr, cc=cc, person=person, legal=legal,
                  tool=tool, lang=lang, iban=bank or mk.iban(rng, cc))
    return S[key]


# ---------------------------------------------------------------- wording per language and tool

L = {
    "nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               cust="Klantnummer", yref="Uw referentie", desc="Omschrijving", qty="Aantal",
               price="Prijs", vat="Btw", amt="Bedrag", sub="Subtotaal", vatrow="Btw {r}%",
               total="Totaal", pay="Te betalen", credit="Creditfactuur", page="Pagina {a} van {b}",
               term="Betalingstermijn"),
    "be": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldag",
               cust="Klantnummer", yref="Uw referentie", desc="Omschrijving", qty="Aantal",
               price="Eenheidsprijs", vat="BTW", amt="Totaal excl.", sub="Totaal excl. btw",
               vatrow="BTW {r}%", total="Totaal incl. btw", pay="Te betalen", credit="Creditnota",
               page="Pagina {a}/{b}", term="Betalingstermijn"),
    "en": dict(title="Invoice", num="Invoice number", date="Invoice date", due="Due date",
               cust="Account no.", yref="Your reference", desc="Description", qty="Qty",
               price="Unit price", vat="VAT", amt="Amount", sub="Subtotal", vatrow="VAT {r}%",
               total="Total", pay="Amount due", credit="Credit note", page="Page {a} of {b}",
               term="Terms"),
    "de": dict(title="Rechnung", num="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               cust="Kundennummer", yref="Ihre Referenz", desc="Bezeichnung", qty="Menge",
               price="Einzelpreis", vat="USt.", amt="Gesamt", sub="Summe netto",
               vatrow="zzgl. USt. {r} %", total="Rechnungsbetrag", pay="Zahlbetrag",
               credit="Gutschrift", page="Seite {a} von {b}", term="Zahlungsziel"),
}

# Each tool: its layout (A: letterhead left, window below; B: DIN letterhead right and a
# return line over the window; C: a big title left and the seller right, "Bill to"), its label
# overrides, its date style, its message-id domain and the line it signs its mail with.
TOOLS = {
    "Moneybird": dict(layout="A", msgid="moneybird.com", sign=""),
    "Exact Online": dict(layout="A", msgid="exactonline.nl",
                         sign="\n--\nDit bericht is verzonden met Exact Online."),
    "e-Boekhouden": dict(layout="A", msgid="e-boekhouden.nl",
                         sign="\n\nDeze factuur is verzonden met e-Boekhouden.nl"),
    "SnelStart": dict(layout="B", msgid=None, sign=""),
    "Jortt": dict(layout="A", msgid="jortt.nl", sign="\n\nVerstuurd met Jortt"),
    "WeFact": dict(layout="B", msgid=None, sign=""),
    "Informer": dict(layout="A", msgid="informer.nl", sign=""),
    "Twinfield": dict(layout="B", msgid=None, sign=""),
    "Teamleader": dict(layout="A", msgid="teamleader.eu", sign="\n\nVerzonden via Teamleader Focus"),
    "Odoo": dict(layout="B", msgid=None, sign=""),
    "Word": dict(layout="A", msgid=None, sign=""),
    "typed": dict(layout=None, msgid=None, sign=""),
    "Xero": dict(layout="C", msgid="post.xero.com", sign=""),
    "QuickBooks": dict(layout="C", msgid="intuit.com", sign=""),
    "FreeAgent": dict(layout="C", msgid="freeagent.com", sign="\n\nSent via FreeAgent"),
    "Sage": dict(layout="C", msgid=None, sign=""),
    "Zoho": dict(layout="C", msgid="zohoinvoice.eu", sign=""),
    "lexoffice": dict(layout="B", msgid="lexoffice.de", sign=""),
    "sevDesk": dict(layout="B", msgid="sevdesk.de", sign=""),
    "Billomat": dict(layout="B", msgid="billomat.net", sign=""),
    "SumUp": dict(layout="B", msgid="sumup.com", sign="\n\nDiese Rechnung wurde mit SumUp Rechnungen (ehemals Debitoor) erstellt."),
    "bexio": dict(layout="B", msgid="bexio.com", sign="\n\nDiese E-Mail wurde mit bexio versendet."),
}

RATES = {"NL": (21, 9), "BE": (21, 6), "GB": (20, 5), "IE": (23, Decimal("13.5")),
         "DE": (19, 7), "AT": (20, 10), "CH": (Decimal("8.1"), Decimal("2.6"))}


def fmt(cur, lang, cents):
    return mk.money_in(cur, "nl" if lang == "be" else lang, cents)


def dt(lang, d, style=None):
    return mk.date_in(lang, d, style)


IBAN_PRINTED = re.compile(r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?\b")


def wrap(text, width=95):
    """@text's lines cut at @width characters between words, never inside a printed IBAN."""
    text = IBAN_PRINTED.sub(lambda m: m.group(0).replace(" ", "\0"), text)
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return [ln.replace("\0", " ") for ln in out]


# ---------------------------------------------------------------- one page builder, three layouts

COLS = {4: [320, 400, 455, 539], 3: [380, 460, 539], 2: [460, 539], 1: [539]}


def draw(doc):
    """The pages of @doc: seller, window, title, meta, a line table (split over two pages
    when doc['split'] says after how many rows), totals, notes and a foot."""
    sel, lay = doc["seller"], doc["layout"]
    rows = doc["rows"]
    split = doc.get("split")
    chunks = [rows[:split], rows[split:]] if split else [rows]
    pages = []
    for n, chunk in enumerate(chunks):
        p = mk.Page()
        last = n == len(chunks) - 1
        if lay == "B":
            p.right(539, 60, sel["name"], size=14, bold=True)
            for k, ln in enumerate(sel["lines"]):
                p.right(539, 74 + 11 * k, ln, size=8)
            p.text(56, 142, " · ".join([sel["name"]] + sel["lines"][:2]), size=6.5)
            y0, wx, mx, title_y = 158, 56, 360, 275
        elif lay == "C":
            p.text(56, 72, doc["title"], size=20, bold=True)
            p.right(539, 60, sel["name"], size=11, bold=True)
            for k, ln in enumerate(sel["lines"]):
                p.right(539, 73 + 11 * k, ln, size=8)
            p.text(56, 150, doc.get("billto", "Bill to"), size=9, bold=True)
            y0, wx, mx, title_y = 164, 56, 340, None
        else:
            p.text(56, 60, sel["name"], size=14, bold=True)
            for k, ln in enumerate(sel["lines"]):
                p.text(56, 74 + 11 * k, ln, size=8)
            y0, wx, mx, title_y = 150, 56, 340, 262
        if n == 0:
            for k, ln in enumerate(doc["window"]):
                p.text(wx, y0 + 13 * k, ln, size=10)
        my = y0
        for lab, val in doc["meta"]:
            p.text(mx, my, lab, size=9)
            p.text(mx + 105, my, val, size=9)
            my += 13
        y = max(my, y0 + 13 * len(doc["window"])) + 20
        if title_y:
            y = max(y, title_y)
            p.text(56, y, doc["title"] if n == 0 else doc["title"] + " (vervolg)" if doc["lang"] in ("nl", "be")
                   else doc["title"], size=15, bold=True)
            y += 30
        cols = COLS[len(doc["head"]) - 1]
        p.text(56, y, doc["head"][0], size=8.5, bold=True)
        for x, h in zip(cols, doc["head"][1:]):
            p.right(x, y, h, size=8.5, bold=True)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
        for r in chunk:
            p.text(56, y, r[0], size=8.5)
            for x, c in zip(cols, r[1:]):
                if c:
                    p.right(x, y, c, size=8.5)
            y += 13
        if not last:
            p.right(539, y + 10, doc.get("carry", "Vervolg op volgende pagina"), size=8)
        else:
            if doc["totals"]:
                p.rule(300, y, 539, y)
                y += 15
                for lab, val, bold in doc["totals"]:
                    p.text(300, y, lab, size=9.5 if bold else 9, bold=bold)
                    p.right(539, y, val, size=9.5 if bold else 9, bold=bold)
                    y += 14
            y += 16
            for note in doc["notes"]:
                for ln in wrap(note):
                    p.text(56, y, ln, size=8.5)
                    y += 11.5
                y += 4
        fy = 790
        for ln in doc["foot"]:
            p.text(56, fy, ln, size=7)
            fy += 9
        if split:
            p.right(539, 815, L[doc["lang"]]["page"].format(a=n + 1, b=len(chunks)), size=7)
        pages.append(p)
    return pages


# ---------------------------------------------------------------- amounts

def compute(lines, credit=False):
    """Each line's amount (quantity times unit price, half up), the net per rate, the VAT per
    rate (half up), the net, the VAT and the total; negative throughout for a credit note."""
    sign = -1 if credit else 1
    amounts = [half_up(Decimal(str(q)) * u) for _, q, u, _ in lines]
    net_by = {}
    for (_, _, _, r), a in zip(lines, amounts):
        net_by[r] = net_by.get(r, 0) + a
    vat_by = {r: half_up(Decimal(n) * Decimal(str(r)) / 100) for r, n in net_by.items()}
    net = sum(amounts)
    vat = sum(vat_by.values())
    return dict(amounts=[sign * a for a in amounts], net_by={r: sign * n for r, n in net_by.items()},
                vat_by={r: sign * v for r, v in vat_by.items()}, net=sign * net, vat=sign * vat,
                total=sign * (net + vat))


SUBJECT = {
    ("Moneybird", "nl"): "Factuur {num} van {seller}", ("Moneybird", "en"): "Invoice {num} from {seller}",
    ("Exact Online", "nl"): "Factuur {num}", ("Exact Online", "be"): "Factuur {num} - {seller}",
    ("e-Boekhouden", "nl"): "Factuur {num}", ("SnelStart", "nl"): "{seller} - Factuur {num}",
    ("Jortt", "nl"): "Factuur {num} van {seller}", ("WeFact", "nl"): "Factuur {num}",
    ("Informer", "nl"): "Factuur {num} - {seller}", ("Twinfield", "nl"): "Factuur {num}",
    ("Teamleader", "be"): "Factuur {num}", ("Odoo", "be"): "{seller} Factuur (Ref {num})",
    ("Odoo", "de"): "{seller} Rechnung (Ref {num})", ("Word", "nl"): "Factuur {num}",
    ("Word", "be"): "Factuur {num}", ("Word", "en"): "Invoice {num}", ("Word", "de"): "Rechnung {num}",
    ("Xero", "en"): "Invoice {num} from {seller} for {client}", ("QuickBooks", "en"): "Invoice {num} from {seller}",
    ("FreeAgent", "en"): "Invoice {num} from {seller}", ("Sage", "en"): "{seller} - Invoice {num}",
    ("Zoho", "en"): "Invoice - {num} from {seller}", ("lexoffice", "de"): "Rechnung Nr. {num}",
    ("lexoffice", "en"): "Invoice No. {num}", ("sevDesk", "de"): "Rechnung {num}",
    ("Billomat", "de"): "Ihre Rechnung {num}", ("SumUp", "de"): "Rechnung {num} von {seller}",
    ("bexio", "de"): "Rechnung {num}",
}

COVER = {
    ("Moneybird", "nl"): "Beste {g},\n\nIn de bijlage vind je factuur {num} van {seller}. We verzoeken je vriendelijk om het bedrag van {amount} vóór {due} over te maken.\n\nMet vriendelijke groet,\n{person}\n{seller}",
    ("Moneybird", "en"): "Dear {g},\n\nPlease find attached invoice {num} of {amount}. We kindly ask you to pay the amount before {due}.\n\nKind regards,\n{person}\n{seller}",
    ("Exact Online", "nl"): "Geachte heer/mevrouw,\n\nBijgaand ontvangt u onze factuur {num}.\n\nMet vriendelijke groet,\n\n{seller}",
    ("Exact Online", "be"): "Geachte klant,\n\nIn bijlage vindt u onze factuur {num}.\n\nMet vriendelijke groeten,\n\n{seller}",
    ("e-Boekhouden", "nl"): "Beste {g},\n\nHierbij ontvangt u factuur {num} ter hoogte van {amount}.\n\nMet vriendelijke groet,\n{person}\n{seller}",
    ("SnelStart", "nl"): "Geachte relatie,\n\nIn de bijlage treft u factuur {num} aan.\n\nMet vriendelijke groet,\n{seller}",
    ("Jortt", "nl"): "Hoi {g},\n\nHierbij stuur ik je factuur {num}. Zou je het bedrag van {amount} binnen de betalingstermijn willen overmaken?\n\nGroeten,\n{person}",
    ("WeFact", "nl"): "Geachte {g},\n\nHierbij ontvangt u factuur {num} met een totaalbedrag van {amount}. De factuur treft u aan als PDF-bijlage bij deze e-mail.\n\nMet vriendelijke groet,\n\n{seller}",
    ("Informer", "nl"): "Beste {g},\n\nBijgaand sturen wij je factuur {num}.\n\nMet vriendelijke groet,\n{person}\n{seller}",
    ("Twinfield", "nl"): "Geachte heer/mevrouw,\n\nBijgevoegd vindt u factuur {num}. Wij verzoeken u bij betaling het betalingskenmerk te vermelden.\n\nMet vriendelijke groet,\n{seller}",
    ("Teamleader", "be"): "Beste {g},\n\nIn bijlage vindt u factuur {num}.\n\nMet vriendelijke groeten,\n{person}\n{seller}",
    ("Odoo", "be"): "Beste {g},\n\nHierbij uw factuur {num} ten bedrage van {amount} van {seller}.\nGelieve te betalen op uw vroegst mogelijke gemak.\n\nAarzel niet om ons te contacteren als u vragen heeft.\n\n--\n{person}",
    ("Odoo", "de"): "Hallo {g},\n\nhier ist Ihre Rechnung {num} über {amount} von {seller}.\nBitte überweisen Sie den Betrag zeitnah.\n\nBei Fragen können Sie uns gern kontaktieren.\n\n--\n{person}",
    ("Word", "nl"): "Beste {g},\n\nBijgaand mijn factuur voor {what}.\n\nGroet,\n{person}",
    ("Word", "be"): "Beste {g},\n\nIn bijlage vindt u mijn factuur voor {what}.\n\nMet vriendelijke groeten,\n{person}",
    ("Word", "en"): "Hi {g},\n\nPlease find attached my invoice for {what}.\n\nBest wishes,\n{person}",
    ("Word", "de"): "Hallo {g},\n\nanbei meine Rechnung für {what}.\n\nViele Grüße\n{person}",
    ("Xero", "en"): "Hi {g},\n\nHere's invoice {num} for {amount}.\n\nThe amount outstanding of {amount} is due on {due}.\n\nIf you have any questions, please let us know.\n\nThanks,\n{seller}",
    ("QuickBooks", "en"): "Dear {g},\n\nHere's your invoice! We appreciate your prompt payment.\n\nThanks for your business!\n{seller}",
    ("FreeAgent", "en"): "Hi {g},\n\nPlease find attached invoice {num} for {amount}, due on {due}.\n\nMany thanks,\n{person}",
    ("Sage", "en"): "Dear {g},\n\nPlease find attached invoice {num}.\n\nKind regards\n{person}\n{seller}",
    ("Zoho", "en"): "Dear {g},\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.\n\nINVOICE AMOUNT {amount}\nInvoice No: {num}\nInvoice Date: {date}\nDue Date: {due}\n\nRegards,\n{person}\n{seller}",
    ("lexoffice", "de"): "Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie unsere Rechnung {num}.\n\nMit freundlichen Grüßen\n{person}\n{seller}",
    ("lexoffice", "en"): "Dear Sir or Madam,\n\nplease find attached our invoice {num}.\n\nKind regards\n{person}\n{seller}",
    ("sevDesk", "de"): "Guten Tag {g},\n\nanbei erhalten Sie die Rechnung {num}.\n\nMit freundlichen Grüßen\n{person}\n{seller}",
    ("Billomat", "de"): "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung {num} vom {date} über {amount}.\n\nMit freundlichen Grüßen\n{person}\n{seller}",
    ("bexio", "de"): "Grüezi {g}\n\nIm Anhang senden wir Ihnen die Rechnung {num}.\n\nFreundliche Grüsse\n{person}\n{seller}",
}

PAYNOTE = {
    "nl": "We verzoeken u vriendelijk het bedrag van {amount} vóór {due} te voldoen op rekening {iban} t.n.v. {seller} onder vermelding van het factuurnummer {num}.",
    "be": "Gelieve {amount} te storten op rekening {iban} vóór {due} met vermelding van {ref}.",
    "en": "Please pay {amount} by {due} to {seller}, IBAN {iban}.",
    "de": "Bitte überweisen Sie den Betrag von {amount} bis zum {due} auf unser Konto IBAN {iban}.",
}


# ---------------------------------------------------------------- an invoice from its facts

def invoice(rid, sp):
    """The record of the invoice @sp: its amounts computed, its page drawn in its tool's
    layout, its mail in its tool's words, its label from the same facts."""
    sel = S[sp["s"]]
    tool, lang, cur = sp.get("tool", sel["tool"]), sp.get("lang", sel["lang"]), sp.get("cur", "EUR")
    lab = dict(L[lang], **sp.get("labels", {}))
    lk = "nl" if lang == "be" else lang
    credit = sp.get("credit", False)
    c = compute(sp["lines"], credit)
    ded = sp.get("ded", [])
    due_amt = c["total"] - sum(a for _, a in ded)
    issue = sp["issue"]
    due = None if credit else sp.get("due") or (issue + mk.days(sp["term"]) if "term" in sp else None)
    dstyle = sp.get("dstyle")
    iban = sel["iban"]
    ref = sp.get("ref")
    ctx = dict(num=sp["num"], seller=sel["name"], person=sel["person"], g=sp["b"].get("g", ""),
               amount=fmt(cur, lang, due_amt), total=fmt(cur, lang, c["total"]),
               due=dt(lang, due, dstyle) if due else "", date=dt(lang, issue, dstyle),
               iban=mk.iban_spaced(iban), ref=sp.get("ref_printed", ref), what=sp.get("what", ""),
               client=sp["b"]["window"][0], net=fmt(cur, lang, c["net"]), vatamt=fmt(cur, lang, c["vat"]),
               lines_html="".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                   d_, qty_str(q, lk), fmt(cur, lang, u), fmt(cur, lang, a))
                   for (d_, q, u, _), a in zip(sp["lines"], c["amounts"])))
    # the page
    showvat = sp.get("vat", "std") == "std"
    rk = "en" if cur == "CHF" else lk  # a Swiss rate is written 8.1 %
    multi = len(c["net_by"]) > 1
    rows = []
    for (desc, q, u, r), a in zip(sp["lines"], c["amounts"]):
        row = [desc, qty_str(q, lk), fmt(cur, lang, u)]
        if showvat:
            row.append("%s%%" % rate_str(r, rk))
        row.append(fmt(cur, lang, a))
        rows.append(row)
    head = [lab["desc"], lab["qty"], lab["price"]] + ([lab["vat"]] if showvat else []) + [lab["amt"]]
    totals = [(lab["sub"], fmt(cur, lang, c["net"]), False)]
    if showvat:
        for r in sorted(c["vat_by"], reverse=True):
            row_lab = lab["vatrow"].format(r=rate_str(r, rk))
            if multi:
                row_lab += (" over " if lk == "nl" else " on " if lk == "en" else " auf ") + fmt(cur, lang, c["net_by"][r])
            totals.append((row_lab, fmt(cur, lang, c["vat_by"][r]), False))
    elif sp.get("vatrow"):
        totals.append((sp["vatrow"], fmt(cur, lang, 0), False))
    totals.append((lab["total"], fmt(cur, lang, c["total"]), not ded))
    for dl, da in ded:
        totals.append((dl, fmt(cur, lang, -da), False))
    if ded or sp.get("payrow"):
        totals.append((lab["pay"], fmt(cur, lang, due_amt), True))
    if sp.get("subtotal_only"):
        totals = [t for t in totals if t[0] != lab["sub"]]
    meta = [(lab["num"], sp["num"]), (lab["date"], dt(lang, issue, dstyle))]
    if due and sp.get("show_due", True):
        meta.append((lab["due"], dt(lang, due, dstyle)))
    meta += sp.get("meta", [])
    notes = list(sp.get("notes_before", []))
    if sp.get("vatnote"):
        notes.append(sp["vatnote"])
    if not credit:
        pn = sp.get("paynote", PAYNOTE[lang])
        if pn:
            notes.append(pn.format(**ctx))
    notes += sp.get("notes", [])
    foot = sp.get("foot") or [" · ".join(sel["legal"] + ["IBAN " + mk.iban_spaced(iban)])]
    title = sp.get("title") or (lab["credit"] if credit else lab["title"])
    doc = dict(seller=sel, layout=sp.get("layout", TOOLS[tool]["layout"]), lang=lang, title=title,
               window=sp["b"]["window"], meta=meta, head=head, rows=rows, totals=totals, notes=notes,
               foot=foot, split=sp.get("split"), billto=sp.get("billto", "Bill to"),
               carry=sp.get("carry", "Vervolg op volgende pagina"))
    kind = sp.get("kind", "pdf")
    b = sp["b"]
    to = to_header(b.get("display"), b["email"])
    subject = sp.get("subject", SUBJECT.get((tool, lang), "")).format(**ctx)
    md = sp.get("mail_date", issue)
    msgid = TOOLS[tool]["msgid"]
    if kind == "pdf":
        cover = sp.get("cover", COVER.get((tool, lang), "")).format(**ctx) + TOOLS[tool]["sign"]
        pages = draw(doc)
        eml = mk.mail(rng, sel["email"], enc(sel["name"]), to, enc(subject), md, body_text=cover, pdf=True,
                      msgid_domain=msgid)
        fname = sp.get("fname", "%s %s.pdf" % (title, sp["num"].replace("/", "-")))
    else:
        body = sp["body"].format(**ctx)
        pages, fname = None, None
        if kind == "body-html":
            eml = mk.mail(rng, sel["email"], enc(sel["name"]), to, enc(subject), md, body_html=body,
                          msgid_domain=msgid)
        else:
            eml = mk.mail(rng, sel["email"], enc(sel["name"]), to, enc(subject), md, body_text=body,
                          msgid_domain=msgid)
    exp = mk.expected(sp["num"], due_amt, c["total"], issue, due, b["name"], b["email"],
                      sp.get("label_iban", iban), b["business"], lk, reference=ref, currency=cur,
                      credit=credit)
    rec = mk.record(rid, tool, lk, kind, {"mail_from": sel["email"], "rcpt_to": [b["email"]]}, eml,
                    pages=pages, pdf_filename=fname, expected=exp, note=sp["note"])
    rec["_sums"] = dict(c, ded=ded, due_amt=due_amt, lines=sp["lines"])
    rec["_country"] = sel["cc"]
    return rec


def other(rid, sp):
    """The record of a mail that is not an invoice: a document drawn like an invoice's
    (quote, order confirmation, statement, delivery note …) or a mail body alone."""
    sel = S[sp["s"]]
    tool, lang = sp.get("tool", sel["tool"]), sp.get("lang", sel["lang"])
    lk = "nl" if lang == "be" else lang
    b = sp["b"]
    to = to_header(b.get("display"), b["email"])
    msgid = TOOLS.get(tool, {}).get("msgid")
    pages = None
    sums = None
    if "doc" in sp:
        d = sp["doc"]
        cur = sp.get("cur", "EUR")
        rows, totals = d.get("rows", []), d.get("totals", [])
        if "lines" in d:
            c = compute(d["lines"])
            sums = dict(c, ded=[], due_amt=c["total"], lines=d["lines"])
            rows = [[desc, qty_str(q, lk), fmt(cur, lang, u), fmt(cur, lang, a)]
                    for (desc, q, u, r), a in zip(d["lines"], c["amounts"])]
            lab = L[lang]
            totals = [(lab["sub"], fmt(cur, lang, c["net"]), False)]
            for r in sorted(c["vat_by"], reverse=True):
                if r:
                    totals.append((lab["vatrow"].format(r=rate_str(r, lk)), fmt(cur, lang, c["vat_by"][r]), False))
            totals.append((d.get("total_label", lab["total"]), fmt(cur, lang, c["total"]), True))
        doc = dict(seller=d.get("seller", sel), layout=d.get("layout", TOOLS.get(tool, {}).get("layout") or "A"), lang=lang,
                   title=d["title"], window=b["window"], meta=d["meta"], head=d["head"], rows=rows,
                   totals=totals, notes=d.get("notes", []),
                   foot=d.get("foot", [" · ".join(d.get("seller", sel)["legal"])]), billto=d.get("billto", "To"))
        pages = draw(doc)
    eml = mk.mail(rng, sp.get("from", sel["email"]), enc(sp.get("from_name", sel["name"])), to,
                  enc(sp["subject"]), sp["date"], body_text=sp.get("body"), body_html=sp.get("html"),
                  pdf=pages is not None, msgid_domain=msgid)
    rec = mk.record(rid, tool, lk, "none", {"mail_from": sp.get("from", sel["email"]), "rcpt_to": [b["email"]]},
                    eml, pages=pages, pdf_filename=sp.get("fname"), why_not=sp["why"], note=sp["note"])
    rec["_sums"] = sums
    rec["_country"] = sel["cc"]
    return rec


# ---------------------------------------------------------------- the senders

NLLEG = lambda kvk, btw: ["KvK " + kvk, "Btw-id " + btw]  # noqa: E731
seller("vh", "Studio Vlinderhaven", ["Oudegracht 214", "3511 NV Utrecht", "hallo@studiovlinderhaven.nl"],
       "hallo@studiovlinderhaven.nl", "NL", "Merel Jansen", NLLEG("81234567", "NL004512338B01"), "Moneybird", "nl")
seller("kp", "Installatiebedrijf Kuipers B.V.", ["Industrieweg 18", "8013 NP Zwolle", "038 421 77 90"],
       "facturen@kuipers-installatie.nl", "NL", "Administratie", NLLEG("05071234", "NL001923456B01"), "Exact Online", "nl")
seller("gr", "Hoveniersbedrijf Groenrijk", ["Dorpsstraat 7", "2171 AB Sassenheim"], "info@groenrijk-hoveniers.nl",
       "NL", "Erik van Leeuwen", NLLEG("28045513", "NL812390044B01"), "e-Boekhouden", "nl")
seller("hb", "Horecagroothandel Boon B.V.", ["Havenweg 40", "1041 AM Amsterdam", "020 611 40 20"],
       "debiteuren@boon-horeca.nl", "NL", "Debiteurenadministratie", NLLEG("33190872", "NL003344120B01"), "SnelStart", "nl")
seller("lv", "Tekstbureau Lisa Verhoef", ["Van Speijkstraat 33", "2518 EV Den Haag"], "lisa@lisaverhoef.nl",
       "NL", "Lisa", ["KvK 77120984"], "Jortt", "nl")
seller("hn", "Hostnest", ["Postbus 1172", "6501 BD Nijmegen"], "facturatie@hostnest.nl", "NL", "Hostnest",
       NLLEG("61022378", "NL853904127B01"), "WeFact", "nl")
seller("kr", "Klusbedrijf Rijnmond", ["Groene Kruisweg 302", "3085 LN Rotterdam"], "administratie@klusbedrijfrijnmond.nl",
       "NL", "Sander Koster", NLLEG("70188342", "NL858120377B01"), "Informer", "nl")
seller("ah", "Adviesgroep Hoekstra", ["Stationsplein 3", "8911 AC Leeuwarden"], "debiteuren@adviesgroephoekstra.nl",
       "NL", "Adviesgroep Hoekstra", NLLEG("01098765", "NL807766554B01"), "Twinfield", "nl")
seller("sb", "Fotografie Sanne Bakker", ["Kerkstraat 12", "3811 CV Amersfoort"], "sanne@sannebakkerfotografie.nl",
       "NL", "Sanne", NLLEG("69934120", "NL002211337B45"), "Word", "nl")
seller("pm", "Marieke Scholten", ["Lindelaan 9", "7411 HP Deventer"], "marieke.scholten.piano@gmail.com",
       "NL", "Marieke", [], "typed", "nl")
seller("bp", "Koffiebranderij Brandpunt", ["Ambachtsweg 5", "5271 RV Sint-Michielsgestel"], "administratie@brandpunt-koffie.nl",
       "NL", "Joost Verbeek", NLLEG("62377410", "NL854420118B01"), "Moneybird", "nl")
seller("dl", "Datalijn B.V.", ["Bolderweg 2", "1332 AT Almere"], "finance@datalijn.nl", "NL", "Finance",
       NLLEG("57712099", "NL852644019B01"), "Exact Online", "nl")
seller("vd", "Vertaalbureau Dekkers", ["Markt 15", "4811 WJ Breda"], "info@vertaalbureaudekkers.nl", "NL",
       "Ilse Dekkers", NLLEG("74410233", "NL001874522B18"), "Jortt", "nl")
seller("gl", "Schoonmaakbedrijf Glans", ["Weverstraat 61", "6862 DK Oosterbeek"], "planning@glans-schoonmaak.nl",
       "NL", "Fatima El Idrissi", NLLEG("80122974", "NL861234090B01"), "Moneybird", "nl")
BELEG = lambda ond, rpr: ["Ondernemingsnr. " + ond, "RPR " + rpr]  # noqa: E731
seller("cl", "Bouwonderneming Claes BV", ["Brusselsesteenweg 410", "9050 Gentbrugge"], "facturatie@claes-bouw.be",
       "BE", "Pieter Claes", BELEG("BE 0712.345.631", "Gent"), "Teamleader", "be")
seller("ds", "Drukkerij Desmet", ["Kortrijksestraat 88", "8500 Kortrijk"], "boekhouding@drukkerijdesmet.be",
       "BE", "Ann Desmet", BELEG("BE 0448.220.917", "Gent, afd. Kortrijk"), "Odoo", "be")
seller("it", "IT-Partners Mechelen BV", ["Battelsesteenweg 455", "2800 Mechelen"], "billing@itpartners-mechelen.be",
       "BE", "Billing", BELEG("BE 0654.981.220", "Antwerpen, afd. Mechelen"), "Exact Online", "be")
seller("jg", "Architect Jan Goossens", ["Vaartstraat 22", "3000 Leuven"], "jan@goossens-architect.be", "BE",
       "Jan Goossens", ["BTW BE 0598.112.403"], "Word", "be")
seller("lo", "Catering Lotus & Co", ["Oude Baan 140", "2550 Kontich"], "info@cateringlotus.be", "BE",
       "Evelien Mertens", BELEG("BE 0733.410.586", "Antwerpen"), "Teamleader", "be")
UKLEG = lambda reg, vat: ["Registered in England & Wales No. " + reg] + (["VAT Reg. " + vat] if vat else [])  # noqa: E731
seller("hl", "Harbour Lane Design Ltd", ["14 Harbour Lane", "Bristol BS1 5TY"], "accounts@harbourlane.co.uk",
       "GB", "Harbour Lane Design", UKLEG("11482230", "GB 312 4470 18"), "Xero", "en")
seller("gw", "Greenway Plumbing & Heating", ["Unit 3, Mill Road Estate", "Leeds LS12 4HQ"], "office@greenwayplumbing.co.uk",
       "GB", "Greenway Plumbing & Heating", ["VAT Reg. GB 298 1146 53"], "QuickBooks", "en")
seller("ta", "Tom Aldridge Consulting", ["27 Cranmer Road", "Cambridge CB3 9BL"], "tom@aldridge.dev", "GB",
       "Tom", ["VAT Reg. GB 401 2290 87"], "FreeAgent", "en")
seller("cj", "Castlegate Joinery Ltd", ["Castlegate Yard", "York YO1 9RN"], "accounts@castlegatejoinery.co.uk",
       "GB", "Helen Marsh", UKLEG("09127745", "GB 220 8811 36"), "Sage", "en")
seller("ec", "Emma Clarke Bookkeeping", ["5 Orchard Close", "Ludlow SY8 1QT"], "emma@emmaclarkebooks.co.uk",
       "GB", "Emma", [], "Word", "en")
seller("kz", "Northlight AV Hire Ltd", ["Unit 9, Baltic Park", "Liverpool L1 0AH"], "accounts@northlightav.co.uk",
       "GB", "Liam Doyle", UKLEG("12740018", "GB 377 5120 64"), "Zoho", "en")
seller("dw", "Jess Morgan", ["Bath"], "jess.morgan.walks@gmail.com", "GB", "Jess", [], "typed", "en")
IELEG = lambda cro, vat: ["CRO " + cro, "VAT No. " + vat]  # noqa: E731
seller("ls", "Liffey Studio Ltd", ["38 Ormond Quay Upper", "Dublin 7, D07 X2F4"], "accounts@liffeystudio.ie",
       "IE", "Liffey Studio", IELEG("612384", "IE 3412276UH"), "Xero", "en")
seller("os", "O'Sullivan Electrical", ["Ballincollig Business Park", "Co. Cork, P31 KD82"], "info@osullivanelectrical.ie",
       "IE", "Donal O'Sullivan", ["VAT No. IE 6388120W"], "QuickBooks", "en")
seller("sf", "Shannon Fresh Produce Ltd", ["Dock Road", "Limerick, V94 E2C6"], "accounts@shannonfresh.ie", "IE",
       "Accounts Team", IELEG("588120", "IE 9744120J"), "Sage", "en")
seller("cw", "Clarity Web Solutions", ["Unit 4, Sandyford Hall", "Dublin 18, D18 F6P3"], "billing@claritywebsolutions.ie",
       "IE", "Eoin Walsh", ["VAT No. IE 3877465SH"], "Zoho", "en")
seller("ab", "Aoife Brennan Surveying", ["12 Mill Street", "Galway, H91 T8K2"], "aoife@brennansurveying.ie", "IE",
       "Aoife", ["VAT No. IE 4120983FA"], "FreeAgent", "en")
seller("px", "Pixelfabriek B.V.", ["Czaar Peterstraat 213", "1018 PL Amsterdam", "The Netherlands"], "billing@pixelfabriek.nl",
       "NL", "Bas de Ruiter", ["CoC 72290118", "VAT NL859022144B01"], "Moneybird", "en")
seller("jw", "Jonas Weber Motion Design", ["Weserstraße 187", "12045 Berlin", "Germany"], "hallo@jonasweber.de", "DE",
       "Jonas Weber", ["USt-IdNr. DE318204477"], "lexoffice", "en")
DELEG = lambda *xs: list(xs)  # noqa: E731
seller("ml", "Malerbetrieb Henning Lutz", ["Am Mühlbach 4", "97080 Würzburg", "Tel. 0931 4047 21"], "buero@maler-lutz.de",
       "DE", "Henning Lutz", DELEG("Steuernr. 257/214/60091", "Handwerkskammer Unterfranken"), "lexoffice", "de")
seller("ac", "Übersetzungsbüro Ana Costa", ["Bergmannstraße 52", "10961 Berlin"], "ana.costa@uebersetzung-costa.de",
       "DE", "Ana Costa", DELEG("USt-IdNr. DE297733410"), "sevDesk", "de")
seller("zk", "Zimmerei Kaltenbach GmbH", ["Sägewerkstraße 3", "79271 St. Peter"], "rechnung@zimmerei-kaltenbach.de",
       "DE", "Martin Kaltenbach", DELEG("HRB 702214 Amtsgericht Freiburg", "USt-IdNr. DE811420337"), "Billomat", "de")
seller("ck", "Café Kornblume", ["Kornmarkt 9", "60311 Frankfurt am Main"], "catering@cafe-kornblume.de", "DE",
       "Nina Albrecht", DELEG("Steuernr. 045 812 33074"), "SumUp", "de")
seller("lb", "Yoga mit Lea Brandt", ["Hohenzollernring 70", "50672 Köln"], "lea@yoga-leabrandt.de", "DE", "Lea",
       DELEG("Steuernr. 214/5081/3312"), "Word", "de")
seller("er", "Elektro Ruhland GmbH", ["Gewerbepark Süd 11", "93059 Regensburg"], "buchhaltung@elektro-ruhland.de",
       "DE", "Buchhaltung", DELEG("HRB 15520 AG Regensburg", "USt-IdNr. DE276612093"), "sevDesk", "de")
seller("ws", "Weinhandel Sommer GmbH", ["Weinstraße 45", "67434 Neustadt an der Weinstraße"], "rechnung@weinhandel-sommer.de",
       "DE", "Weinhandel Sommer", DELEG("HRB 61288 AG Ludwigshafen", "USt-IdNr. DE149920335"), "Odoo", "de")
seller("bf", "Bernd Fischer", ["Goethestraße 3", "04109 Leipzig"], "bernd.fischer@klavier-fischer.de", "DE",
       "Bernd Fischer", [], "typed", "de")
seller("hs", "Holzbau Sturm GmbH", ["Industriestraße 22", "48529 Nordhorn"], "buchhaltung@holzbau-sturm.de", "DE",
       "Buchhaltung", DELEG("HRB 130442 AG Osnabrück", "USt-IdNr. DE117722408"), "Billomat", "de")
seller("tg", "Tischlerei Gruber", ["Linzer Straße 88", "4600 Wels"], "office@tischlerei-gruber.at", "AT", "Josef Gruber",
       DELEG("UID ATU68412937", "FN 402117 k"), "Word", "de")
seller("gp", "Grafikatelier Pichler", ["Schmiedgasse 12", "8010 Graz"], "studio@grafik-pichler.at", "AT", "Verena Pichler",
       DELEG("UID ATU71220584"), "sevDesk", "de")
seller("iw", "Installateur Wallner GmbH", ["Gewerbestraße 5", "5020 Salzburg"], "buchhaltung@wallner-installationen.at",
       "AT", "Christine Wallner", DELEG("FN 288410 d", "UID ATU62203318"), "Billomat", "de")
seller("sm", "Schreinerei Meier AG", ["Bahnhofstrasse 41", "8620 Wetzikon"], "info@schreinerei-meier.ch", "CH",
       "Andrea Meier", DELEG("CHE-214.883.027 MWST"), "bexio", "de",
       bank=iban_of("CH", "30808" + "".join(rng.choice("0123456789") for _ in range(12))))
seller("tk", "Treuhand Keller GmbH", ["Seestrasse 17", "6300 Zug"], "admin@treuhand-keller.ch", "CH", "Marco Keller",
       DELEG("CHE-390.114.265 MWST"), "bexio", "de")
seller("vr", "Velowerkstatt Rüegg", ["Badenerstrasse 301", "8004 Zürich"], "werkstatt@velo-rueegg.ch", "CH",
       "Reto Rüegg", DELEG("CHE-402.771.830 MWST"), "Odoo", "de")
# senders of non-invoices only
seller("hp", "Howth Physiotherapy", ["3 Harbour Road", "Howth, Dublin 13"], "bookings@howthphysio.ie", "IE",
       "Reception", [], "typed", "en")
# a supplier whose bill is forwarded (never sends here)
S["fotolab"] = dict(name="Fotolab Nederland B.V.", lines=["Kruisweg 801", "2132 NG Hoofddorp"], legal=["KvK 34112290"])
S["stadler"] = dict(name="Druckerei Stadler GmbH", lines=["Conrad-von-Hötzendorf-Straße 103", "8010 Graz"],
                    legal=["FN 120334 s", "UID ATU28812290"])


# ---------------------------------------------------------------- the invoices (50)

def B(window, name, addr, business, g="", display=None):
    return dict(window=window, name=name, email=addr, business=business, g=g, display=display)


N = D(2026, 11, 1)


def nov(d):
    return D(2026, 11, d)


KENMERK = betalingskenmerk("".join(rng.choice("0123456789") for _ in range(15)))
OGM = [mk.ogm_drawn(rng) for _ in range(4)]
QRR = mk.qrr("".join(rng.choice("0123456789") for _ in range(26)))

HORECA = [("Friet 10 mm diepvries 4x2,5 kg", 6, 2195, 9), ("Frituurolie 10 l", 4, 2680, 9),
          ("Kipsaté gemarineerd 2 kg", 3, 2340, 9), ("Bitterballen rundvlees 100 st.", 5, 1875, 9),
          ("Mayonaise emmer 10 l", 2, 2450, 9), ("Ketchup 5 l", 2, 1290, 9),
          ("Oude kaas blokken 1 kg", 4, 1590, 9), ("Roomboter 250 g (40 st.)", 1, 8400, 9),
          ("Eieren scharrel 180 st.", 1, 3960, 9), ("Tomaten trostomaat 5 kg", 2, 1275, 9),
          ("Sla ijsberg (12 st.)", 1, 1380, 9), ("Uien 10 kg", 1, 890, 9), ("Koffiebonen 1 kg", 6, 1945, 9),
          ("Melk halfvol 12 x 1 l", 3, 1104, 9), ("Suikerzakjes 1000 st.", 1, 1650, 9),
          ("Servetten 3-laags 1000 st.", 2, 2190, 21), ("Afwasmiddel machine 10 l", 2, 3475, 21),
          ("Glansspoelmiddel 5 l", 1, 1890, 21), ("Vuilniszakken 120 l (100 st.)", 2, 1560, 21),
          ("Handschoenen nitril M (100 st.)", 3, 795, 21), ("Keukenrollen (6 st.)", 2, 1320, 21),
          ("Statiegeld kratten", 4, 390, 21)]

ELEKTRO = [("NYM-J 3x1,5 mm² (m)", 100, 89, 19), ("NYM-J 5x2,5 mm² (m)", 50, 215, 19),
           ("Abzweigdose AP IP65", 12, 420, 19), ("Schalter Aus/Wechsel reinweiß", 8, 690, 19),
           ("Steckdose SCHUKO reinweiß", 14, 640, 19), ("Abdeckrahmen 1-fach", 22, 210, 19),
           ("FI-Schutzschalter 40A/30mA", 2, 4850, 19), ("LS-Schalter B16", 6, 590, 19),
           ("LED-Panel 62x62 36 W", 9, 5490, 19), ("Bewegungsmelder Treppenhaus", 4, 3980, 19),
           ("Notleuchte LED 3 h", 3, 8900, 19), ("Kabelkanal 40x60 (m)", 24, 380, 19),
           ("Dübel und Befestigungsmaterial", 1, 2460, 19), ("Elektroinstallation Treppenhaus (Std.)", 18, 6200, 19),
           ("Helfer (Std.)", 14, 4800, 19), ("E-Check nach DGUV V3 (Stromkreise)", 22, 950, 19),
           ("Prüfprotokoll", 1, 4500, 19), ("Anfahrt", 3, 3900, 19), ("Entsorgung Altmaterial", 1, 3500, 19),
           ("Klingeltableau 12 Parteien", 1, 38900, 19), ("Montage Klingelanlage (Std.)", 5, 6200, 19)]

INVOICES = [
    # ---- Dutch (NL)
    dict(s="vh", num="2026-0141", issue=nov(3), term=14,
         b=B(["Bakkerij De Korenbloem B.V.", "t.a.v. Ruud Smit", "Voorstraat 88", "3512 AR Utrecht"],
             "Bakkerij De Korenbloem B.V.", "ruud@dekorenbloem.nl", True, "Ruud", "Ruud Smit"),
         lines=[("Ontwerp logo en huisstijl", 12, 7500, 21), ("Drukproef visitekaartjes", 1, 4500, 21)],
         paynote="We verzoeken u vriendelijk het bedrag van {amount} vóór {due} te voldoen op onze bankrekening {iban} onder vermelding van het factuurnummer {num}. Voor vragen kunt u contact opnemen per e-mail.",
         note="Moneybird as it comes: a firm t.a.v. a person, 14 days."),
    dict(s="vh", num="2026-0142", issue=nov(10), term=30,
         b=B(["Stichting Buurtkracht Lombok", "Kanaalstraat 120", "3531 CM Utrecht"], "Stichting Buurtkracht Lombok",
             "penningmeester@buurtkrachtlombok.nl", True, "Hanneke", "Hanneke Vos"),
         lines=[("Onderhoud website november", 1, 6000, 21), ("Nieuwsbrieftemplate aanpassen (uur)", 1.5, 7500, 21)],
         paynote="We verzoeken u vriendelijk het bedrag van {amount} vóór {due} te voldoen op onze bankrekening {iban} onder vermelding van het factuurnummer {num}. Voor vragen kunt u contact opnemen per e-mail.",
         note="Moneybird, a stichting billed, hours 1,5."),
    dict(s="kp", num="26700418", issue=nov(4), term=14,
         b=B(["Dhr. R. Mulder", "Assendorperstraat 150", "8012 CK Zwolle"], "R. Mulder", "r.mulder61@ziggo.nl", False,
             display="Rob Mulder"),
         meta=[("Klantnummer", "20417"), ("Uw referentie", "Onderhoud cv-ketel")],
         lines=[("Onderhoudsbeurt cv-ketel Remeha", 1, 11900, 21), ("Vervangen sifon", 1, 2450, 21),
                ("Voorrijkosten", 1, 3500, 21)],
         note="Exact Online to a private customer; 'Dhr.' dropped."),
    dict(s="gr", num="F2026-0093", issue=nov(6), term=14,
         b=B(["Fam. Bosman", "Heerweg 14", "2161 BM Lisse"], "Fam. Bosman", "bosman.lisse@kpnmail.nl", False,
             "familie Bosman", "J. Bosman"),
         lines=[("Snoeiwerk en blad ruimen (uren)", 6, 4750, 21), ("Vaste planten en heesters", 14, 895, 9),
                ("Afvoer groenafval", 1, 4500, 21)],
         note="e-Boekhouden, two rates (plants 9 %), a household."),
    dict(s="hb", num="261187", issue=nov(12), term=30,
         b=B(["Eetcafé De Zwaan V.O.F.", "Lange Niezel 3", "1012 GS Amsterdam"], "Eetcafé De Zwaan V.O.F.",
             "inkoop@eetcafedezwaan.nl", True),
         meta=[("Debiteurnummer", "1408"), ("Pakbon", "PB-26-4410")],
         lines=HORECA, split=15,
         paynote="Betaling binnen 30 dagen na factuurdatum op {iban} o.v.v. factuurnummer {num}.",
         note="SnelStart wholesale invoice over two pages, 9 % and 21 %, totals on page 2."),
    dict(s="lv", num="2026-031", issue=nov(2), term=30, vat="none",
         vatnote="Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR).",
         b=B(["Marketingbureau Stroom B.V.", "t.a.v. crediteurenadministratie", "Wilhelminakade 91", "3072 AP Rotterdam"],
             "Marketingbureau Stroom B.V.", "facturen@stroom-marketing.nl", True, "Daan"),
         lines=[("Webteksten nieuwe website (pagina's)", 8, 9500, 0), ("Redactieronde (uren)", 2, 6500, 0)],
         note="Jortt, a freelancer under the KOR: no VAT row."),
    dict(s="hn", num="F2026-1187", issue=nov(1), term=14,
         b=B(["Tandartspraktijk Dekker", "t.a.v. mevr. A. Dekker", "Molenstraat 44", "6511 HK Nijmegen"],
             "Tandartspraktijk Dekker", "praktijk@tandartsdekker.nl", True, "mevrouw Dekker"),
         meta=[("Debiteurnummer", "DB10233")],
         lines=[("Webhosting Business 01-12-2026 t/m 30-11-2027", 1, 18000, 21),
                ("Domeinnaam tandartsdekker.nl (1 jaar)", 1, 1295, 21), ("SSL-certificaat", 1, 0, 21)],
         note="WeFact yearly hosting renewal; a period in the line and a 0,00 line."),
    dict(s="kr", num="2026-0212", issue=nov(18), term=14,
         b=B(["Mevrouw J. de Wit-Kramer", "Vlietlaan 27", "3061 BE Rotterdam"], "J. de Wit-Kramer",
             "jdewitkramer@outlook.com", False, "mevrouw De Wit", "Jolanda de Wit"),
         meta=[("Offerte", "2026-077")],
         lines=[("Renovatie badkamer, arbeid (uren)", 46, 5250, 21), ("Tegelwerk materialen", 1, 186540, 21),
                ("Sanitair volgens offerte", 1, 241500, 21)],
         ded=[("Voorschotfactuur 2026-0178", 250000)],
         note="Informer, the deposit invoice deducted; 'Mevrouw' dropped."),
    dict(s="ah", num="20260588", issue=nov(20), term=30, ref=KENMERK,
         ref_printed=" ".join(KENMERK[k:k + 4] for k in range(0, 16, 4)),
         b=B(["Transportbedrijf Smit & Zn. B.V.", "Postbus 2044", "8901 AA Leeuwarden"],
             "Transportbedrijf Smit & Zn. B.V.", "crediteuren@smit-transport.nl", True),
         meta=[("Debiteurnummer", "10312"), ("Betalingskenmerk", " ".join(KENMERK[k:k + 4] for k in range(0, 16, 4)))],
         lines=[("Samenstellen jaarrekening 2025", 1, 245000, 21),
                ("Loonadministratie oktober (medewerkers)", 14, 1850, 21)],
         paynote="Wij verzoeken u het bedrag van {amount} vóór {due} over te maken op {iban} onder vermelding van betalingskenmerk {ref}.",
         note="Twinfield with a betalingskenmerk in groups."),
    dict(s="sb", num="2026-23", issue=nov(9), term=14, show_due=False, what="de fotografie van jullie trouwdag",
         labels=dict(num="Factuurnr.", date="Datum"),
         b=B(["Tim en Eva de Jong", "Bilderdijklaan 5", "3818 ZA Amersfoort"], "Tim en Eva de Jong",
             "evadejong@gmail.com", False, "Eva", "Eva de Jong"),
         lines=[("Bruidsreportage (8 uur)", 1, 145000, 21), ("Fotoalbum 30x30, 40 pagina's", 1, 34500, 21)],
         paynote="Graag binnen 14 dagen overmaken op {iban} t.n.v. S. Bakker, onder vermelding van het factuurnummer.",
         note="A Word template saved as PDF; only a term."),
    dict(s="pm", num="2026-11", issue=nov(30), due=D(2026, 12, 14), kind="body-text", vat="none",
         b=B([""], "A. Hendriks", "anouk.hendriks@hotmail.com", False, "Anouk", "Anouk Hendriks"),
         lines=[("Pianoles 30 min", 4, 2750, 0)], subject="Factuur pianolessen november",
         body="Hallo Anouk,\n\nHierbij de factuur voor de pianolessen van Julia in november.\n\nFactuur 2026-11\n"
              "Datum: 30-11-2026\nAan: A. Hendriks, Zandweg 8, 7421 AB Deventer\n\n4 lessen van 30 minuten à € 27,50 = {total}\n"
              "Vrijgesteld van btw.\n\nTotaal: {total}\n\nGraag overmaken vóór 14 december op {iban} t.n.v. M. Scholten.\n\n"
              "Hartelijke groet,\nMarieke",
         note="Typed in the mail body by a piano teacher; a due date without its year."),
    dict(s="bp", num="2026-0389", issue=nov(16), credit=True,
         b=B(["Lunchroom Het Hofje", "Hofstraat 2", "5211 GL 's-Hertogenbosch"], "Lunchroom Het Hofje",
             "hallo@lunchroomhethofje.nl", True, "Petra", "Petra van Gils"),
         meta=[("Betreft factuur", "2026-0371")],
         lines=[("Retour espressobonen 1 kg (fact. 2026-0371)", 3, 2450, 9)],
         notes=["Dit bedrag wordt verrekend met uw volgende factuur."],
         subject="Creditfactuur {num} van {seller}",
         cover="Beste {g},\n\nZoals afgesproken crediteren we de drie zakken espressobonen die beschadigd zijn aangekomen. "
               "In de bijlage vind je creditfactuur {num}; het bedrag verrekenen we met je volgende factuur.\n\n"
               "Met vriendelijke groet,\n{person}\n{seller}",
         note="A Moneybird credit note naming the invoice it corrects."),
    dict(s="dl", num="26700512", issue=nov(24), term=30, vat="rc", vatrow="Btw verlegd",
         vatnote="Btw verlegd naar de afnemer (art. 196 Btw-richtlijn). Btw-nummer afnemer: BE0456.789.123.",
         b=B(["Vanhove Logistics BV", "Afdeling boekhouding", "Nijverheidsstraat 12", "8560 Wevelgem", "België"],
             "Vanhove Logistics BV", "invoices@vanhovelogistics.be", True),
         meta=[("Klantnummer", "40087")],
         lines=[("Licentie routeplanner december (gebruikers)", 25, 3900, 0), ("Implementatie-ondersteuning (uren)", 6, 11500, 0)],
         note="Exact Online, reverse charge to a Belgian customer."),
    dict(s="vd", num="2026-077", issue=D(2026, 10, 14), term=30, mail_date=nov(19),
         b=B(["Kok Bouwadvies B.V.", "Ceresstraat 9", "4811 CA Breda"], "Kok Bouwadvies B.V.",
             "administratie@kokbouwadvies.nl", True, "Wendy"),
         lines=[("Vertaling bestektekst NL-DE (woorden)", 4850, 14, 21), ("Spoedtoeslag 20%", 1, 13580, 21)],
         subject="Factuur {num} (nogmaals)",
         cover="Hoi {g},\n\nZoals net telefonisch besproken stuur ik je hierbij nogmaals factuur {num}. Hij was blijkbaar in "
               "jullie spamfilter beland. Fijn als je hem deze week kunt inplannen.\n\nGroeten,\n{person}",
         note="Re-sent 'as discussed' five weeks later: the original's number and dates."),
    dict(s="gl", num="2026-0318", issue=nov(30), term=14,
         b=B(["Huisartsenpraktijk De Linde", "Lindelaan 2", "6861 BX Oosterbeek"], "Huisartsenpraktijk De Linde",
             "praktijkmanager@hapdelinde.nl", True, "Karin", "Karin Mol"),
         lines=[("Schoonmaak praktijk november (beurten)", 13, 8400, 21), ("Glasbewassing buitenzijde", 1, 9500, 21)],
         paynote="We verzoeken u vriendelijk het bedrag van {amount} vóór {due} te voldoen op onze bankrekening {iban} onder vermelding van het factuurnummer {num}. Voor vragen kunt u contact opnemen per e-mail.",
         note="Moneybird, a monthly cleaning bill."),
    # ---- Flemish
    dict(s="cl", num="2026/0187", issue=nov(5), term=30, ref=OGM[0],
         b=B(["Mevrouw Lies Van Damme", "Kouter 15", "9000 Gent"], "Lies Van Damme", "lies.vandamme@telenet.be", False, "Lies"),
         meta=[("Klantnummer", "1042"), ("Mededeling", OGM[0])],
         vatnote="Btw-tarief 6 %: renovatie van een privéwoning ouder dan 10 jaar. Bij gebrek aan schriftelijke betwisting binnen de maand na ontvangst wordt de klant geacht te erkennen dat de voorwaarden vervuld zijn.",
         lines=[("Plaatsen gyprocwanden badkamer", 1, 284000, 6), ("Vloerisolatie en chape (m²)", 18, 4200, 6)],
         note="Teamleader, 6 % renovation, a structured communication."),
    dict(s="ds", num="INV/2026/00412", issue=nov(13), due=nov(13) + mk.days(30), ref=OGM[1],
         labels=dict(num="Factuurnummer", due="Vervaldatum"),
         b=B(["Bakkerij Verstraete BV", "Marktplein 6", "8790 Waregem"], "Bakkerij Verstraete BV",
             "info@bakkerijverstraete.be", True, "Bakkerij Verstraete BV"),
         lines=[("Flyers A5 4/4 170 g (2.500 st.)", 1, 31500, 21), ("Broodzakken bedrukt 1-kleur (5.000 st.)", 1, 48900, 21)],
         paynote="Gelieve de volgende mededeling te gebruiken voor uw betaling: {ref}\nBetalingsvoorwaarden: 30 dagen. Rekening: {iban}",
         note="Odoo's Flemish invoice and cover."),
    dict(s="it", num="26000512", issue=D(2026, 12, 1), term=30, ref=OGM[2],
         b=B(["Advocatenkantoor Wouters", "t.a.v. Mr. Karel Wouters", "Frederik de Merodestraat 30", "2800 Mechelen"],
             "Advocatenkantoor Wouters", "boekhouding@wouters-advocaten.be", True),
         meta=[("Klantnummer", "3307"), ("Mededeling", OGM[2])],
         lines=[("Beheerscontract IT december 2026", 1, 69500, 21), ("Microsoft 365 Business Standard", 9, 1230, 21)],
         note="Exact Online Belgium, a monthly contract billed on the first."),
    dict(s="jg", num="2026-014", issue=nov(19), term=30, show_due=False,
         what="de tweede schijf van het ereloon (bouwaanvraag)", labels=dict(num="Factuur nr.", date="Datum"),
         b=B(["Familie Maes", "Tiensesteenweg 190", "3001 Heverlee"], "Familie Maes", "gert.maes@skynet.be", False,
             "Gert", "Gert Maes"),
         lines=[("Ereloon schijf 2: bouwaanvraagdossier (30 %)", 1, 462000, 21)],
         paynote="Te betalen binnen 30 dagen op rekening {iban} met vermelding van het factuurnummer.",
         note="An architect's Word invoice, a fee instalment; only a term."),
    dict(s="lo", num="2026/0233", issue=nov(23), term=14, ref=OGM[3],
         b=B(["Jeugdhuis De Kelder vzw", "Kerkplein 4", "2550 Kontich"], "Jeugdhuis De Kelder vzw",
             "kas@jeugdhuisdekelder.be", True, "Stijn"),
         meta=[("Mededeling", OGM[3])],
         lines=[("Broodjesbuffet (personen)", 40, 1150, 6), ("Drankenpakket (personen)", 40, 450, 21)],
         note="Teamleader, a vzw, two rates."),
]

XERO = dict(title="TAX INVOICE", dstyle="short-en", subtotal_only=False,
            labels=dict(num="Invoice Number", date="Invoice Date", due="Due Date", vatrow="Total VAT {r}%",
                        total="TOTAL", price="Unit Price", qty="Quantity", amt="Amount"))
QB = dict(title="INVOICE", dstyle="dmy/", payrow=True,
          labels=dict(num="Invoice no.", date="Invoice date", due="Due date", pay="Balance due",
                      desc="Product/service", qty="Qty", price="Rate"))

INVOICES += [
    # ---- English: UK
    dict(XERO, s="hl", num="INV-0231", issue=nov(6), term=30, cur="GBP",
         b=B(["Pennant Brewing Co Ltd", "Attn: Accounts Payable", "Unit 7, Albion Works", "Bristol BS2 0XY"],
             "Pennant Brewing Co Ltd", "accounts@pennantbrewing.co.uk", True, "Hannah"),
         meta=[("Reference", "Autumn taproom campaign"), ("VAT Number", "GB 312 4470 18")],
         lines=[("Taproom poster series (designs)", 3, 45000, 20), ("Social media asset pack", 1, 38000, 20)],
         paynote="Due Date: {due}\nPayment by bank transfer to Harbour Lane Design Ltd, IBAN {iban}.",
         note="Xero UK with its Reference holding the customer's words."),
    dict(XERO, s="hl", num="INV-0232", issue=nov(13), term=30, cur="GBP",
         b=B(["Marlow & Finch LLP", "22 Queen Square", "Bristol BS1 4ND"], "Marlow & Finch LLP",
             "payables@marlowfinch.co.uk", True, "Priya"),
         meta=[("Reference", "PO 7781")],
         lines=[("Annual report layout (pages)", 48, 6500, 20), ("Print management", 1, 25000, 20)],
         paynote="Due Date: {due}\nPayment by bank transfer to Harbour Lane Design Ltd, IBAN {iban}.",
         note="Xero UK, the customer's PO as Reference."),
    dict(s="gw", num="1047", issue=nov(10), term=14, cur="GBP", kind="body-html", dstyle="dmy/",
         b=B([""], "Alison Reeve", "alison.reeve@btinternet.com", False, "Alison", "Mrs Alison Reeve"),
         lines=[("Boiler repair - replace diverter valve", 1, 16500, 20), ("Labour (hours)", 1.5, 6000, 20)],
         body="<html><body style=\"font-family:Arial\"><p>Dear {g},</p><p>Here's your invoice! We appreciate your prompt payment.</p>"
              "<table><tr><td>Invoice no.:</td><td>{num}</td></tr><tr><td>Invoice date:</td><td>{date}</td></tr>"
              "<tr><td>Due date:</td><td>{due}</td></tr><tr><td><b>Balance due:</b></td><td><b>{amount}</b></td></tr></table>"
              "<p><b>Bill to</b><br>Mrs Alison Reeve<br>9 Ashgrove Lane<br>Leeds LS6 3QP</p>"
              "<table><tr><th>Product/service</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>{lines_html}</table>"
              "<p>Subtotal {net}<br>VAT @ 20% {vatamt}<br>Total {total}</p>"
              "<p>Pay by bank transfer: Greenway Plumbing &amp; Heating, IBAN {iban}</p>"
              "<p><a href=\"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-7f3a\">Review and pay</a></p>"
              "<p>Thanks for your business!<br>Greenway Plumbing &amp; Heating</p></body></html>",
         note="QuickBooks UK online invoice mail: the facts in the HTML body, no PDF."),
    dict(s="ta", num="2026-042", issue=nov(30), term=30, cur="GBP", dstyle="long",
         b=B(["Brightside Analytics Ltd", "FAO Mark Ellison", "3rd Floor, 40 Hills Road", "Cambridge CB2 1LA"],
             "Brightside Analytics Ltd", "mark.ellison@brightside-analytics.co.uk", True, "Mark", "Mark Ellison"),
         labels=dict(num="Invoice Number", date="Invoice Date", due="Due Date"),
         meta=[("Project", "Data pipeline rebuild")],
         lines=[("Data pipeline development, November (days)", 9, 45000, 20)],
         paynote="Payment due by {due}. Bank transfer to Tom Aldridge Consulting, IBAN {iban}.",
         note="FreeAgent, a sole trader's day rate."),
    dict(s="cj", num="SI-1108", issue=nov(17), term=14, cur="GBP", dstyle="dmy/",
         labels=dict(num="Invoice No.", date="Date", due="Due", pay="Balance due"),
         b=B(["Mr D. Okafor", "18 Heworth Green", "York YO31 7TQ"], "D. Okafor", "dokafor@gmail.com", False,
             "Mr Okafor", "David Okafor"),
         meta=[("Account", "OKA001")],
         lines=[("Oak staircase, supply and fit", 1, 520000, 20), ("Handrail and spindles", 1, 68000, 20)],
         ded=[("Less deposit received 02/10/2026", 150000)],
         paynote="Payment terms 14 days. Please pay by BACS to Castlegate Joinery Ltd, IBAN {iban}.",
         note="Sage UK, the deposit received deducted; 'Mr' dropped."),
    dict(s="ec", num="EC-2026-11", issue=nov(28), term=14, cur="GBP", vat="none", vatnote="Not registered for VAT.",
         what="November's bookkeeping",
         b=B(["The Potting Shed Café", "2 Broad Street", "Ludlow SY8 1NG"], "The Potting Shed Café",
             "pottingshedcafe@outlook.com", True, "Rosie"),
         lines=[("Monthly bookkeeping - November", 1, 18000, 0), ("VAT return preparation (Q3)", 1, 9500, 0)],
         paynote="Please pay {amount} by {due} to Emma Clarke, IBAN {iban}. Thank you!",
         note="A Word template of a bookkeeper not registered for VAT."),
    dict(s="kz", num="CN-00012", issue=nov(20), credit=True, cur="GBP", title="CREDIT NOTE", dstyle="dmy/",
         labels=dict(num="Credit Note#", date="Credit Date"),
         b=B(["Kestrel Events Ltd", "The Old Mill, Dock Road", "Liverpool L3 4BP"], "Kestrel Events Ltd",
             "finance@kestrelevents.co.uk", True, "Sam"),
         meta=[("Reference", "INV-000418")],
         lines=[("Projector hire cancelled 14 Nov (INV-000418)", 2, 8500, 20)],
         notes=["The credit will be applied to your next invoice."],
         subject="Credit Note - {num} from {seller}",
         cover="Dear {g},\n\nPlease find attached credit note {num} for the cancelled projector hire. The credit has been "
               "applied to your account and will be offset against your next invoice.\n\nRegards,\n{person}\n{seller}",
         note="A Zoho credit note naming the invoice it corrects."),
    dict(s="dw", num="14", issue=nov(27), term=7, cur="GBP", kind="body-text", vat="none",
         b=B([""], "Sarah Whitfield", "sarah.whitfield@gmail.com", False, "Sarah", "Sarah Whitfield"),
         lines=[("Dog walks", 18, 1400, 0)], subject="Invoice - November walks",
         body="Hi Sarah,\n\nAs discussed, here's my invoice for the walks this month.\n\nInvoice #14\nDate: 27/11/2026\n"
              "To: Sarah Whitfield\n\n18 walks x £14.00 = {total}\n\nTotal due: {total} (I'm not VAT registered)\n\n"
              "Payment within 7 days please, to:\nJess Morgan\nIBAN {iban}\n\nThanks so much, Biscuit is a star!\nJess",
         note="A dog walker's invoice typed in the mail; 'Invoice #14', payment within 7 days."),
    # ---- English: Ireland
    dict(XERO, s="ls", num="INV-1184", issue=nov(4), term=30,
         b=B(["Brennan Hotels Group DAC", "Accounts Payable", "Merrion Row", "Dublin 2, D02 K7W3"],
             "Brennan Hotels Group DAC", "ap@brennanhotels.ie", True, "Ciara"),
         meta=[("Reference", "Christmas menus"), ("VAT Number", "IE 3412276UH")],
         lines=[("Menu design (venues)", 4, 35000, 23), ("Print-ready files and proofs", 1, 12000, 23)],
         paynote="Due Date: {due}\nPayment by EFT to Liffey Studio Ltd, IBAN {iban}.",
         note="Xero Ireland, a DAC billed."),
    dict(QB, s="os", num="1192", issue=nov(12), term=14,
         b=B(["Ms Niamh Kavanagh", "14 Model Farm Road", "Cork, T12 WK2P"], "Niamh Kavanagh", "niamh.kav@gmail.com",
             False, "Niamh", "Niamh Kavanagh"),
         meta=[("Terms", "Net 14")],
         lines=[("Rewire kitchen circuits, new consumer unit", 1, 98000, Decimal("13.5")), ("RECI certificate", 1, 6000, Decimal("13.5"))],
         paynote="Please pay by EFT to O'Sullivan Electrical, IBAN {iban}, quoting the invoice number.",
         note="QuickBooks Ireland PDF at 13.5 %; 'Ms' dropped."),
    dict(s="sf", num="SI-26-3381", issue=nov(25), term=30, dstyle="dmy/",
         labels=dict(num="Invoice No.", date="Invoice Date", due="Due Date"),
         b=B(["The Quay Bistro", "5 Arthur's Quay", "Limerick, V94 P8X1"], "The Quay Bistro", "orders@thequaybistro.ie",
             True, "Declan"),
         meta=[("Account", "QUAY01"), ("Order No.", "SO-26-8812")],
         lines=[("Mixed salad leaves 2kg", 6, 1150, 0), ("Cherry tomatoes 3kg", 4, 1420, 0), ("Fresh herbs bundle", 10, 380, 0),
                ("Delivery charge", 1, 1500, 23)],
         paynote="Terms: 30 days. Bank: IBAN {iban}.",
         note="Sage Ireland, produce at 0 % and delivery at 23 %."),
    dict(s="cw", num="INV-000318", issue=nov(26), term=15, kind="body-html", dstyle="short-en",
         b=B([""], "Dún Laoghaire Rowing Club", "treasurer@dlrowingclub.ie", True, "Conor", "Conor Fitzgerald"),
         lines=[("Website hosting and maintenance (annual)", 1, 42000, 23), ("Membership booking plugin", 1, 15000, 23)],
         body="<html><body><p>Dear {g},</p><p>Thank you for your business. Your invoice can be viewed, printed and downloaded "
              "as PDF from the link below. You can also choose to pay it online.</p>"
              "<table border=\"0\"><tr><td colspan=\"2\"><b>INVOICE AMOUNT</b><br><span style=\"font-size:22px\">{amount}</span></td></tr>"
              "<tr><td>Invoice No</td><td><b>{num}</b></td></tr><tr><td>Invoice Date</td><td>{date}</td></tr>"
              "<tr><td>Due Date</td><td>{due}</td></tr><tr><td>Bill To</td><td>Dún Laoghaire Rowing Club</td></tr></table>"
              "<table><tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>{lines_html}</table>"
              "<p>Sub Total {net}<br>VAT (23%) {vatamt}<br>Total {total}<br><b>Balance Due {amount}</b></p>"
              "<p>Bank transfer: Clarity Web Solutions, IBAN {iban}</p>"
              "<p><a href=\"https://zohosecurepay.eu/books/claritywebsolutions/secure?CInvoiceID=2-77a1\">VIEW INVOICE</a></p>"
              "<p>Regards,<br>{person}<br>{seller}</p></body></html>",
         note="Zoho's invoice mail with the facts in the HTML body; a club billed."),
    dict(s="ab", num="2026-058", issue=D(2026, 10, 22), term=30, mail_date=nov(26), dstyle="long",
         labels=dict(num="Invoice Number", date="Invoice Date", due="Due Date"),
         b=B(["Atlantic Coast Developments Ltd", "Unit 2, Oranmore Business Park", "Oranmore, Co. Galway, H91 Y2C7"],
             "Atlantic Coast Developments Ltd", "accounts@atlanticcoastdev.ie", True, "Gráinne"),
         lines=[("Topographical survey, Site B Oranmore", 1, 185000, 23)],
         paynote="Payment due by {due}. Bank transfer to Aoife Brennan, IBAN {iban}.",
         subject="Invoice {num} from {seller} (copy)",
         cover="Hi {g},\n\nAs discussed on the phone this morning, I'm attaching invoice {num} again - it seems the original "
               "went to Kevin's old address. It was due on 21 November, so I'd be grateful if it could go into this week's "
               "payment run.\n\nMany thanks,\nAoife",
         note="FreeAgent invoice re-sent 'as discussed', already past due: the original's dates."),
    # ---- English: others
    dict(s="px", num="2026-0419", issue=nov(19), term=30, vat="rc", vatrow="VAT reverse charged",
         vatnote="VAT reverse charged - Article 196 of Council Directive 2006/112/EC. Customer VAT number: PL5272918365.",
         b=B(["Kowalski Studio Sp. z o.o.", "ul. Mokotowska 51", "00-542 Warszawa", "Poland"], "Kowalski Studio Sp. z o.o.",
             "finance@kowalskistudio.pl", True, "Marta", "Marta Kowalska"),
         lines=[("UX audit booking app", 1, 280000, 0), ("Design sprint workshop (days)", 2, 95000, 0)],
         paynote="We kindly request you to pay the amount of {amount} before {due} to IBAN {iban}, stating invoice number {num}.",
         note="A Dutch studio's Moneybird invoice in English, reverse charge to Poland."),
    dict(s="jw", num="RE0087", issue=nov(11), term=14, show_due=False, vat="none", dstyle="dmy/",
         labels=dict(num="Invoice no.", date="Invoice date", desc="Description", qty="Qty", price="Unit price",
                     amt="Amount", sub="Net amount", total="Total amount"),
         vatnote="Service not taxable in Germany; the recipient is liable for VAT (reverse charge).",
         b=B(["Tideway Films Ltd", "Studio 4, 12 Hoxton Square", "London N1 6NU", "United Kingdom"], "Tideway Films Ltd",
             "accounts@tidewayfilms.co.uk", True),
         meta=[("Customer no.", "10011"), ("Service date", "02/11/2026 - 06/11/2026")],
         lines=[("Motion graphics title sequence", 1, 320000, 0), ("Revisions (hours)", 4, 8500, 0)],
         paynote="Payable within 14 days without deduction to IBAN {iban}.",
         note="lexoffice in English from Berlin to London; only a term."),
]

INVOICES += [
    # ---- German: Germany
    dict(s="ml", num="RE0412", issue=nov(9), term=14, show_due=False, labels=dict(num="Rechnungsnr."),
         b=B(["Frau", "Katrin Albers", "Sanderring 9", "97070 Würzburg"], "Katrin Albers", "k.albers@web.de", False),
         meta=[("Kundennr.", "10038"), ("Leistungszeitraum", "02.11.2026 - 06.11.2026")],
         lines=[("Wohnzimmer und Flur streichen (Std.)", 40, 4600, 19), ("Wandfarbe, Abdeckmaterial", 1, 38650, 19)],
         paynote="Zahlungsbedingungen: Zahlbar innerhalb von 14 Tagen ohne Abzug.",
         notes=["In dieser Rechnung sind Lohnkosten in Höhe von 1.840,00 € netto enthalten (§ 35a EStG). Sie sind "
                "verpflichtet, diese Rechnung zwei Jahre aufzubewahren."],
         note="lexoffice, a painter's bill to a private client; only a term."),
    dict(s="ac", num="RE-1163", issue=nov(16), term=30, labels=dict(num="Rechnungs-Nr.", due="Fälligkeit"),
         b=B(["Brenner Maschinenbau GmbH", "Einkauf / Frau Sabine Roth", "Industriestraße 80", "73033 Göppingen"],
             "Brenner Maschinenbau GmbH", "rechnungseingang@brenner-maschinenbau.de", True, "Frau Roth"),
         meta=[("Kunden-Nr.", "1027"), ("Ihre Bestellung", "4500231877")],
         lines=[("Fachübersetzung DE-PT Betriebsanleitung (Zeilen)", 412, 145, 19), ("Terminologieliste", 1, 9000, 19)],
         note="sevDesk, a translator's bill to a manufacturer's invoice address."),
    dict(s="zk", num="RE-2026-118", issue=nov(20), term=14, title="Schlussrechnung",
         b=B(["Jörg und Anke Schuster", "Am Kirchberg 12", "79252 Stegen"], "Jörg und Anke Schuster",
             "schuster.stegen@t-online.de", False),
         meta=[("Kundennummer", "KD-0871"), ("Bauvorhaben", "Carport Am Kirchberg 12")],
         lines=[("Dachstuhl Carport, Abbund und Montage", 1, 685000, 19), ("Konstruktionsvollholz Fichte (m³)", 3.2, 61000, 19),
                ("Kranarbeiten (Std.)", 4, 9500, 19)],
         ded=[("abzgl. Abschlagsrechnung RE-2026-097", 400000)],
         labels=dict(pay="Noch zu zahlen"),
         note="Billomat final invoice with the Abschlag deducted."),
    dict(s="ck", num="2026-0071", issue=nov(24), term=14, kind="body-html",
         b=B([""], "Kanzlei Vogt & Partner", "sekretariat@kanzlei-vogt.de", True, "Frau Hartmann"),
         lines=[("Business-Lunch Buffet (Personen)", 18, 2450, 19), ("Getränkepauschale (Personen)", 18, 600, 19)],
         body="<html><body><p>Guten Tag {g},</p><p>vielen Dank für Ihren Auftrag. Hier ist Ihre Rechnung:</p>"
              "<table><tr><td>Rechnungsnummer</td><td>{num}</td></tr><tr><td>Rechnungsdatum</td><td>{date}</td></tr>"
              "<tr><td>Fällig am</td><td>{due}</td></tr><tr><td>Kunde</td><td>Kanzlei Vogt &amp; Partner, Zeil 65, 60313 Frankfurt am Main</td></tr></table>"
              "<table><tr><th>Beschreibung</th><th>Menge</th><th>Preis</th><th>Betrag</th></tr>{lines_html}</table>"
              "<p>Netto {net}<br>USt. 19 % {vatamt}<br><b>Gesamtbetrag {total}</b></p>"
              "<p>Bitte überweisen Sie den Betrag bis {due} auf IBAN {iban} (Café Kornblume).</p>"
              "<p>Mit freundlichen Grüßen<br>Nina Albrecht<br>Café Kornblume</p>"
              "<p style=\"color:#888\">Diese Rechnung wurde mit SumUp Rechnungen (ehemals Debitoor) erstellt.</p></body></html>",
         note="SumUp (formerly Debitoor) invoice in the HTML body."),
    dict(s="lb", num="2026-22", issue=nov(27), term=14, show_due=False, vat="none", what="die Yogastunden im November",
         vatnote="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", labels=dict(num="Rechnungsnr.", date="Datum"),
         b=B(["Physiotherapie am Markt GmbH", "z. Hd. Herrn Tobias Lang", "Am Markt 4", "50667 Köln"],
             "Physiotherapie am Markt GmbH", "t.lang@physio-am-markt.de", True, "Tobias", "Tobias Lang"),
         lines=[("Firmenyoga, 60 Minuten (03.11.-24.11.)", 4, 9000, 0)],
         paynote="Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das unten genannte Konto.",
         note="A Kleinunternehmerin's Word invoice (§ 19 UStG), only a term."),
    dict(s="er", num="RE-2026-0834", issue=nov(26), term=30, split=14, carry="Übertrag auf Seite 2",
         labels=dict(num="Rechnungs-Nr.", due="Fälligkeit"),
         b=B(["Hausverwaltung Kessler GmbH", "Maximilianstraße 20", "93047 Regensburg"], "Hausverwaltung Kessler GmbH",
             "buchhaltung@hv-kessler.de", True, "Frau Kessler"),
         meta=[("Kunden-Nr.", "2045"), ("Objekt", "Prüfeninger Str. 14")],
         lines=ELEKTRO,
         note="sevDesk electrician's invoice over two pages."),
    dict(s="ws", num="RE/2026/00318", issue=nov(27), due=nov(27) + mk.days(14),
         labels=dict(num="Rechnung", due="Fälligkeitsdatum"),
         b=B(["Restaurant Zur Linde", "Inh. Markus Berger", "Lindenplatz 1", "67433 Neustadt an der Weinstraße"],
             "Restaurant Zur Linde", "info@zurlinde-neustadt.de", True, "Herr Berger"),
         lines=[("Riesling trocken 2024, 0,75 l", 36, 790, 19), ("Spätburgunder 2023, 0,75 l", 24, 1150, 19),
                ("Pfand Kiste", 5, 150, 19)],
         paynote="Bitte verwenden Sie die folgende Mitteilung für Ihre Zahlung: {num}\nZahlungsbedingungen: 14 Tage. IBAN {iban}",
         note="Odoo's German invoice; the communication is the invoice's number asked in a sentence."),
    dict(s="bf", num="2026-041", issue=nov(25), due=D(2026, 12, 9), kind="body-text",
         b=B([""], "Dr. Ingrid Hoffmann", "ingrid.hoffmann@posteo.de", False, "Frau Dr. Hoffmann", "Ingrid Hoffmann"),
         lines=[("Stimmung Flügel", 1, 14500, 19), ("Intonation", 1, 4000, 19)], subject="Rechnung Klavierstimmung",
         body="Sehr geehrte {g},\n\nvielen Dank für den Auftrag. Hier meine Rechnung:\n\nRechnung Nr. 2026-041\nDatum: 25.11.2026\n"
              "Empfängerin: Frau Dr. Ingrid Hoffmann, Karl-Tauchnitz-Str. 7, 04107 Leipzig\n\n"
              "Stimmung Flügel (Steinway B), 25.11.2026     145,00 €\nKleine Intonationsarbeiten                     40,00 €\n"
              "Netto {net} zzgl. 19 % USt. {vatamt} = {total}\n\n"
              "Bitte überweisen Sie {total} bis zum 09.12.2026 auf IBAN {iban} (Bernd Fischer).\n\n"
              "Mit freundlichen Grüßen\nBernd Fischer\nKlavierstimmer, Goethestraße 3, 04109 Leipzig",
         note="A piano tuner's invoice typed in the mail."),
    dict(s="hs", num="2026-0412", issue=nov(17), term=30, vat="rc", vatrow="USt. 0 %", ref="2026-0412",
         vatnote="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge). USt-IdNr. Kunde: NL862217430B01",
         b=B(["Hollandse Bouwmaterialen B.V.", "Afd. Crediteuren", "Zuiderhavenweg 3", "7532 BA Enschede", "Niederlande"],
             "Hollandse Bouwmaterialen B.V.", "crediteuren@hollandsebouwmaterialen.nl", True),
         meta=[("Kundennummer", "K-3081"), ("Lieferdatum", "13.11.2026")],
         lines=[("Brettschichtholz GL24h 120x240 (lfm)", 96, 3850, 0), ("Lieferung frei Baustelle", 1, 28000, 0)],
         paynote="Bitte überweisen Sie {amount} bis {due} auf IBAN {iban}.\nVerwendungszweck: 2026-0412",
         note="Billomat, reverse charge to the Netherlands, a Verwendungszweck line."),
    # ---- German: Austria
    dict(s="tg", num="2026/087", issue=nov(23), term=14, show_due=False, labels=dict(num="Rechnung Nr.", date="Datum"),
         b=B(["Herrn", "Mag. Stefan Huber", "Stelzhamerstraße 21", "4600 Wels"], "Mag. Stefan Huber", "stefan.huber@gmx.at",
             False, display="Stefan Huber"),
         lines=[("Einbauküche Eiche lt. Angebot 2026/061", 1, 890000, 20), ("Montage (Std.)", 12, 5800, 20)],
         paynote="Zahlbar binnen 14 Tagen ohne Abzug auf IBAN {iban}.",
         cover="Sehr geehrter Herr Mag. Huber,\n\nanbei erhalten Sie unsere Rechnung für die Einbauküche.\n\n"
               "Mit freundlichen Grüßen\nJosef Gruber",
         note="An Austrian joiner's Word invoice, a Magister's title kept."),
    dict(s="gp", num="RE-0219", issue=nov(12), term=14, labels=dict(num="Rechnungs-Nr.", due="Fälligkeit"),
         b=B(["Weingut Hofer OG", "Kellergasse 7", "7122 Gols"], "Weingut Hofer OG", "office@weingut-hofer.at", True,
             "Frau Hofer"),
         lines=[("Etikettendesign 'Heideboden' (Sorten)", 3, 48000, 20), ("Reinzeichnung Druckdaten", 1, 22000, 20)],
         note="sevDesk Austria, 20 %."),
    dict(s="iw", num="RE-2026-1307", issue=D(2026, 10, 28), term=14, mail_date=nov(20),
         b=B(["Hausverwaltung Steiner GmbH", "Rainerstraße 15", "5020 Salzburg"], "Hausverwaltung Steiner GmbH",
             "buchhaltung@hv-steiner.at", True),
         meta=[("Objekt", "Maxglaner Hauptstraße 40")],
         lines=[("Reparatur Steigleitung, 2 Monteure (Std.)", 9, 7200, 20), ("Material lt. Aufstellung", 1, 41270, 20)],
         subject="Rechnung RE-2026-1307 – nochmals",
         cover="Sehr geehrte Frau Wimmer,\n\nwie heute telefonisch besprochen, anbei nochmals unsere Rechnung RE-2026-1307 "
               "vom 28.10.2026 für die Reparatur in der Wohnanlage Maxglaner Hauptstraße 40.\n\n"
               "Mit freundlichen Grüßen\n{person}\n{seller}",
         note="Billomat invoice re-sent 'wie besprochen': the original's number and dates."),
    # ---- German: Switzerland
    dict(s="sm", num="RE-00318", issue=nov(10), term=30, cur="CHF", ref=QRR,
         b=B(["Herr", "Urs Brunner", "Im Grund 6", "8620 Wetzikon"], "Urs Brunner", "urs.brunner@bluewin.ch", False,
             "Herr Brunner"),
         labels=dict(vat="MWST", vatrow="MWST {r} %", total="Total CHF", sub="Total netto", due="Zahlbar bis"),
         lines=[("Einbauschrank Eiche nach Mass", 1, 443000, Decimal("8.1")), ("Montage (Stunden)", 6, 9500, Decimal("8.1"))],
         paynote="Zahlteil QR-Rechnung · Konto / Zahlbar an: {iban} · Schreinerei Meier AG\nReferenz: " + mk.qrr_spaced(QRR)
                 + " · Betrag: {amount}",
         note="bexio with a QR-bill and its QR reference."),
    dict(s="tk", num="RE-00742", issue=nov(30), term=30, cur="CHF",
         b=B(["Bäckerei Zürcher AG", "Herr Peter Zürcher", "Zugerstrasse 50", "6330 Cham"], "Bäckerei Zürcher AG",
             "buchhaltung@baeckerei-zuercher.ch", True, "Herr Zürcher"),
         labels=dict(vat="MWST", vatrow="MWST {r} %", total="Total CHF", sub="Total netto", due="Zahlbar bis"),
         lines=[("Buchführung und Lohnadministration November", 1, 170000, Decimal("8.1"))],
         paynote="Zahlbar innert 30 Tagen auf {iban} (Treuhand Keller GmbH). Zusätzliche Informationen: Rechnung {num}",
         note="bexio, a trust firm's monthly fee."),
    dict(s="vr", num="RE/2026/0094", issue=nov(18), due=nov(18) + mk.days(30), cur="CHF",
         labels=dict(num="Rechnung", due="Fälligkeitsdatum", vat="MWST", vatrow="MWST {r} %"),
         b=B(["Stiftung Sonnenhalde", "Zentrale Dienste", "Sonnenbergstrasse 60", "8032 Zürich"], "Stiftung Sonnenhalde",
             "kreditoren@sonnenhalde.ch", True, "Frau Gerber"),
         lines=[("Service E-Bike Flotte (Stück)", 6, 12900, Decimal("8.1")), ("Bremsbeläge hinten", 4, 3700, Decimal("8.1")),
                ("Kette und Ritzel", 2, 8900, Decimal("8.1"))],
         paynote="Zahlungsbedingungen: 30 Tage netto. IBAN {iban}",
         note="Odoo Switzerland, a foundation billed."),
]


# ---------------------------------------------------------------- the mails that are not invoices (25)

def ib(k):
    return mk.iban_spaced(S[k]["iban"])


OTHERS = [
    # ---- Dutch (NL)
    dict(s="vh", date=nov(11), subject="Offerte 2026-031 van Studio Vlinderhaven",
         b=B(["Fietsenwinkel Jansen & Co", "t.a.v. Joris Jansen", "Twijnstraat 40", "3511 ZL Utrecht"], "", "joris@fietsenjansen.nl",
             True, display="Joris Jansen"),
         body="Beste Joris,\n\nIn de bijlage vind je offerte 2026-031 voor de nieuwe webshop. De offerte is geldig tot 11-12-2026.\n"
              "Akkoord? Dan kun je de offerte online ondertekenen.\n\nMet vriendelijke groet,\nMerel Jansen\nStudio Vlinderhaven",
         doc=dict(title="Offerte", meta=[("Offertenummer", "2026-031"), ("Offertedatum", "11-11-2026"), ("Geldig tot", "11-12-2026")],
                  head=["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                  lines=[("Ontwerp webshop (uren)", 32, 7500, 21), ("Productfotografie (dagdeel)", 2, 42500, 21)],
                  notes=["Op deze offerte zijn onze algemene voorwaarden van toepassing. Facturering: 50 % bij akkoord, 50 % bij oplevering."]),
         fname="Offerte 2026-031.pdf", why="A quote with a validity date; nothing is owed until it is accepted and invoiced.",
         note="Moneybird offerte with totals and a payment schedule."),
    dict(s="kp", date=nov(19), subject="Opdrachtbevestiging 26100233",
         b=B(["VvE Sassenstraat 40-62", "p/a Beheer Zwolle", "Sassenstraat 40", "8011 PC Zwolle"], "", "beheer@vvesassenstraat.nl", True),
         body="Geachte heer/mevrouw,\n\nBijgaand ontvangt u onze opdrachtbevestiging 26100233.\n\nMet vriendelijke groet,\n\n"
              "Installatiebedrijf Kuipers B.V.\n--\nDit bericht is verzonden met Exact Online.",
         doc=dict(title="Opdrachtbevestiging", meta=[("Ordernummer", "26100233"), ("Datum", "19-11-2026"), ("Uitvoering", "week 50")],
                  head=["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                  lines=[("Vervangen cv-ketels (stuks)", 12, 189500, 21), ("Afvoer oude ketels", 12, 4500, 21)],
                  notes=["Wij factureren na oplevering. Betalingstermijn: 30 dagen na factuurdatum."]),
         fname="Opdrachtbevestiging 26100233.pdf", why="An order confirmation; the invoice follows after the work is done.",
         note="Exact Online order confirmation with totals and a payment term."),
    dict(s="kr", date=nov(12), subject="Factuur 2026-0187 nog open",
         b=B([""], "", "h.vandenberg@kpnplanet.nl", False, display="Hans van den Berg"),
         body="Beste meneer Van den Berg,\n\nIk zie in onze administratie dat factuur 2026-0187 van 8 oktober (€ 1.742,40) nog niet "
              "betaald is. De betaaltermijn is inmiddels verstreken. Misschien is hij aan uw aandacht ontsnapt?\n\n"
              "Wilt u het bedrag alsnog overmaken op " + ib("kr") + " t.n.v. Klusbedrijf Rijnmond? Als u al betaald heeft, "
              "kunt u deze mail als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nSander Koster\nKlusbedrijf Rijnmond\n06 4188 2093",
         why="The owner's own typed reminder of an earlier invoice; it carries no invoice.",
         note="A reminder typed by the owner with amount, invoice number and IBAN."),
    dict(s="bp", date=D(2026, 12, 1), subject="Kerstpakketten 2026 – bestel vóór 10 december",
         b=B([""], "", "nieuwsbrief@lunchroomhethofje.nl", True),
         html="<html><body><h1>Kerst bij Brandpunt</h1><p>Dit jaar hebben we drie kerstpakketten voor je relaties:</p>"
              "<table><tr><td>Pakket Klein (250 g bonen, mok)</td><td>€ 24,95</td></tr>"
              "<tr><td>Pakket Groot (2 x 500 g, chocolade, mok)</td><td>€ 44,95</td></tr>"
              "<tr><td>Pakket Zakelijk (1 kg, koffiemolen)</td><td>€ 89,00</td></tr></table>"
              "<p>Prijzen incl. 9 % btw. Bestel vóór 10 december via onze webshop; vanaf 10 pakketten 10 % korting.</p>"
              "<p>Koffiebranderij Brandpunt · Ambachtsweg 5 · Sint-Michielsgestel<br>"
              "<a href=\"https://brandpunt-koffie.nl/afmelden\">Afmelden</a></p></body></html>",
         why="A newsletter offering products with prices; nothing has been ordered or billed.",
         note="A newsletter with prices, VAT and an order deadline sent from the billing address."),
    dict(s="lv", date=D(2026, 12, 3), subject="Factuur 2026-031 ontvangen?",
         b=B([""], "", "facturen@stroom-marketing.nl", True),
         body="Hoi Daan,\n\nEven checken: heb je mijn factuur 2026-031 van 2 november ontvangen? Ik zie hem nog niet als betaald, "
              "maar misschien kruisen onze mails elkaar. Laat maar even weten als er iets niet klopt!\n\nGroeten,\nLisa",
         why="Asks whether an earlier invoice arrived; it carries no invoice of its own.",
         note="'Heb je mijn factuur ontvangen?' with the number and date of the earlier invoice."),
    dict(s="sb", date=nov(21), subject="Fwd: Factuur 88213 Fotolab Nederland",
         b=B(["Fotografie Sanne Bakker", "Kerkstraat 12", "3811 CV Amersfoort"], "", "boekhouding@administratiekantoor-veenstra.nl", True,
             display="Administratiekantoor Veenstra"),
         body="Hoi Gerda,\n\nHierbij de factuur van het fotolab voor de boekhouding van november. Is al betaald via iDEAL.\n\n"
              "Groet,\nSanne\n\n---------- Doorgestuurd bericht ----------\nVan: Fotolab Nederland <facturen@fotolab-nederland.nl>\n"
              "Datum: 20 nov 2026 09:12\nOnderwerp: Factuur 88213 Fotolab Nederland\nAan: sanne@sannebakkerfotografie.nl\n\n"
              "Beste klant, in de bijlage vindt u factuur 88213.",
         doc=dict(seller=S["fotolab"], title="Factuur", meta=[("Factuurnummer", "88213"), ("Factuurdatum", "20-11-2026"),
                                                             ("Betaald", "iDEAL 20-11-2026")],
                  head=["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                  lines=[("Fotoalbum 30x30 lay-flat", 1, 18900, 21), ("Afdrukken 13x18 mat", 120, 35, 21)],
                  notes=["Deze factuur is voldaan."]),
         fname="Factuur-88213.pdf", why="A supplier's invoice to the sender, forwarded to her bookkeeper: she owes it (and paid it), she bills nobody.",
         note="A forwarded supplier bill with its own invoice PDF addressed to the sender."),
    # ---- Flemish
    dict(s="lo", date=nov(9), subject="Betaling ontvangen – bedankt!",
         b=B([""], "", "secretariaat@kbsvoetbalkontich.be", True, display="KBS Voetbal Kontich"),
         body="Beste Katrien,\n\nWe hebben jullie betaling van € 1.386,00 voor factuur 2026/0201 (mosselsouper) goed ontvangen. "
              "Hartelijk bedankt, en graag tot een volgende keer!\n\nMet vriendelijke groeten,\nEvelien Mertens\nCatering Lotus & Co",
         why="Thanks for a payment received; nothing is owed.", note="A payment thanks naming the invoice and amount."),
    dict(s="ds", date=nov(27), subject="Prijsaanpassing papier vanaf 1 januari 2027",
         b=B([""], "", "info@bakkerijverstraete.be", True),
         body="Beste klant,\n\nDoor de blijvend hoge papier- en energieprijzen passen wij onze tarieven aan vanaf 1 januari 2027:\n\n"
              "- Flyers A5 (2.500 st.): van € 315,00 naar € 329,00 excl. btw\n- Broodzakken bedrukt (5.000 st.): van € 489,00 naar "
              "€ 515,00 excl. btw\n- Overige drukwerk: + 4 %\n\nBestellingen die vóór 31 december bevestigd worden, rekenen we nog "
              "aan de huidige prijzen.\n\nMet vriendelijke groeten,\nAnn Desmet\nDrukkerij Desmet",
         why="A notice of next year's prices; nothing is billed.", note="A Flemish price notice with old and new prices."),
    dict(s="it", date=D(2026, 12, 2), subject="Creditnota voor factuur 26000488",
         b=B([""], "", "boekhouding@wouters-advocaten.be", True),
         body="Beste Karel,\n\nZoals besproken maken we een creditnota op voor de dubbel aangerekende licenties op factuur 26000488 "
              "(€ 272,25 incl. btw). U ontvangt die deze week apart; u hoeft het bedrag dus niet te betalen.\n\n"
              "Met vriendelijke groeten,\nBilling\nIT-Partners Mechelen BV",
         why="Announces a credit note without carrying it (a credit-note announcement is not an invoice).",
         note="A credit-note announcement with an amount and an invoice number."),
    # ---- English
    dict(s="cj", date=nov(5), subject="Castlegate Joinery Ltd - Quotation QU-0412",
         b=B(["Mrs P. Lindley", "7 Bootham Terrace", "York YO30 7DH"], "", "pat.lindley@gmail.com", False, display="Pat Lindley"),
         body="Dear Mrs Lindley,\n\nPlease find attached our quotation QU-0412 for the sash window repairs. The quotation is valid "
              "for 30 days.\n\nKind regards\nHelen Marsh\nCastlegate Joinery Ltd",
         doc=dict(layout="C", title="QUOTATION", billto="Quote for",
                  meta=[("Quote No.", "QU-0412"), ("Date", "05/11/2026"), ("Valid until", "05/12/2026")],
                  head=["Description", "Qty", "Price", "Amount"],
                  lines=[("Sash window overhaul (windows)", 5, 38000, 20), ("Draught proofing", 5, 9500, 20)],
                  total_label="Quotation total",
                  notes=["A 30% deposit is payable on acceptance; the balance on completion."]),
         fname="QU-0412.pdf", why="A quotation valid for 30 days; nothing is owed yet.", note="Sage quotation with a deposit clause."),
    dict(s="os", date=nov(18), subject="Invoice 1150",
         b=B([""], "", "seamus.ryan@eircom.net", False, display="Seamus Ryan"),
         body="Hi Seamus,\n\nJust a gentle reminder that invoice 1150 for €612.90 (the EV charger install) was due on 30 October. "
              "Could you let me know when you expect to pay it? Bank details are on the invoice, or IBAN " + ib("os") + ".\n\n"
              "Thanks a million,\nDonal\nO'Sullivan Electrical\n087 412 9930",
         why="The owner's own reminder of an earlier invoice; it carries no invoice.",
         note="A typed reminder with amount, due date and IBAN."),
    dict(s="gw", date=nov(24), subject="Payment receipt from Greenway Plumbing & Heating",
         b=B([""], "", "m.hughes@hotmail.co.uk", False, display="Martin Hughes"),
         html="<html><body><p>Dear Martin,</p><p>Thank you for your payment. Here are the details:</p>"
              "<table><tr><td>Payment date:</td><td>24/11/2026</td></tr><tr><td>Amount received:</td><td>£342.00</td></tr>"
              "<tr><td>Applied to invoice:</td><td>1039</td></tr><tr><td>Balance due:</td><td>£0.00</td></tr></table>"
              "<p>We appreciate your business!<br>Greenway Plumbing &amp; Heating</p></body></html>",
         why="A payment receipt; the invoice is paid.", note="QuickBooks payment receipt with an invoice number and 'Balance due £0.00'."),
    dict(s="cj", date=nov(30), subject="Castlegate Joinery Ltd - Statement",
         b=B(["Minster Property Lettings Ltd", "Accounts Department", "12 Stonegate", "York YO1 8AS"], "",
             "accounts@minsterlettings.co.uk", True),
         body="Dear Sir/Madam,\n\nPlease find attached your statement of account as at 30/11/2026.\n\nKind regards\nHelen Marsh\n"
              "Castlegate Joinery Ltd",
         doc=dict(layout="C", title="STATEMENT", billto="Customer",
                  meta=[("Account", "MIN002"), ("Statement date", "30/11/2026")],
                  head=["Reference", "Date", "Debit", "Credit", "Balance"],
                  rows=[["SI-1071 Invoice", "14/10/2026", "£1,140.00", "", "£1,140.00"],
                        ["Payment - thank you", "28/10/2026", "", "£1,140.00", "£0.00"],
                        ["SI-1094 Invoice", "04/11/2026", "£864.00", "", "£864.00"],
                        ["SI-1112 Invoice", "21/11/2026", "£456.00", "", "£1,320.00"]],
                  totals=[("Current", "£1,320.00", False), ("30 days", "£0.00", False), ("Amount due", "£1,320.00", True)]),
         fname="Statement MIN002.pdf", why="A statement of account listing invoices already sent.",
         note="Sage statement with a balance 'Amount due'."),
    dict(s="cw", date=D(2026, 12, 2), subject="Did you get our invoice?",
         b=B([""], "", "office@kinsalesailing.ie", True, display="Kinsale Sailing School"),
         body="Hi Orla,\n\nJust checking you received invoice INV-000301 (€738.00) that we sent on 3 November for the booking "
              "system update? It doesn't show as viewed on our side, so it may have gone astray. Happy to resend it if needed.\n\n"
              "Best,\nEoin\nClarity Web Solutions",
         why="Asks whether an earlier invoice arrived; it carries no invoice.", note="'Did you get our invoice?' with number and amount."),
    dict(s="hl", date=nov(26), subject="Your design retainer for 2027",
         b=B([""], "", "accounts@pennantbrewing.co.uk", True, display="Hannah Price"),
         body="Hi Hannah,\n\nYour monthly design retainer (20 hours) comes up for renewal on 1 January. For 2027 the fee will be "
              "£1,650.00 + VAT per month (2026: £1,560.00), invoiced at the start of each month, 30 days.\n\n"
              "If you're happy to continue, just reply to confirm and we'll carry on as usual.\n\nThanks,\nHarbour Lane Design",
         why="A contract renewal offer with next year's fee; nothing is billed yet.", note="A renewal with a monthly fee and terms."),
    dict(s="px", date=nov(25), subject="Pro forma invoice PF-2026-007",
         b=B(["Lakeshore Apps Inc.", "410 N Michigan Ave, Suite 900", "Chicago, IL 60611", "USA"], "", "ap@lakeshoreapps.com", True),
         body="Dear Mr. Novak,\n\nAs requested, attached is a pro forma invoice for the prepayment of the January sprint. The final "
              "invoice will follow once the payment has been received.\n\nKind regards,\nBas de Ruiter\nPixelfabriek B.V.",
         doc=dict(title="PRO FORMA INVOICE", meta=[("Pro forma no.", "PF-2026-007"), ("Date", "25 November 2026")],
                  head=["Description", "Qty", "Unit price", "Amount"],
                  lines=[("Design sprint January 2027 (days)", 5, 120000, 0)],
                  notes=["This is not a tax invoice. Please pay to IBAN " + ib("px") + " to confirm the booking."]),
         fname="PF-2026-007.pdf", why="A pro forma (not an invoice); the invoice follows on payment.",
         note="A pro forma in English from a Dutch studio, with an IBAN."),
    dict(s="hp", date=nov(30), subject="Appointment confirmation - Tue 3 December 10:30",
         b=B([""], "", "ciaran.obrien@gmail.com", False, display="Ciarán O'Brien"),
         body="Hi Ciarán,\n\nYour physiotherapy appointment with Róisín on Tuesday 3 December at 10:30 is confirmed.\n\n"
              "Fee: €70.00, payable at the clinic by card or cash. Cancellations with less than 24 hours' notice are charged in full.\n\n"
              "Kind regards,\nReception\nHowth Physiotherapy\n01 839 4420",
         why="An appointment confirmation with the fee payable on the day; no invoice.",
         note="A booking confirmation with a fee and a cancellation charge."),
    # ---- German
    dict(s="zk", date=nov(3), subject="Ihr Angebot AN-2026-044",
         b=B(["Herrn", "Florian Wehrle", "Talstraße 31", "79199 Kirchzarten"], "", "f.wehrle@gmx.de", False, display="Florian Wehrle"),
         body="Sehr geehrter Herr Wehrle,\n\nanbei erhalten Sie unser Angebot AN-2026-044 für die Gartenhütte.\n\n"
              "Mit freundlichen Grüßen\nMartin Kaltenbach",
         doc=dict(title="Angebot", meta=[("Angebots-Nr.", "AN-2026-044"), ("Datum", "03.11.2026"), ("Gültig bis", "03.12.2026")],
                  head=["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
                  lines=[("Gartenhütte 3x4 m, Holzständerbau", 1, 640000, 19), ("Dacheindeckung Bitumenschindeln (m²)", 14, 3800, 19)],
                  total_label="Angebotssumme",
                  notes=["Zahlungsbedingungen bei Auftrag: 30 % Abschlag nach Auftragserteilung, Rest nach Fertigstellung."]),
         fname="Angebot AN-2026-044.pdf", why="A quote (Angebot) valid until a date; nothing is owed yet.",
         note="Billomat Angebot with a payment schedule."),
    dict(s="iw", date=nov(6), subject="Auftragsbestätigung AB-2026-0418",
         b=B(["Hausverwaltung Steiner GmbH", "Rainerstraße 15", "5020 Salzburg"], "", "buchhaltung@hv-steiner.at", True),
         body="Sehr geehrte Frau Wimmer,\n\nvielen Dank für Ihren Auftrag. Anbei unsere Auftragsbestätigung.\n\n"
              "Mit freundlichen Grüßen\nChristine Wallner",
         doc=dict(title="Auftragsbestätigung", meta=[("AB-Nr.", "AB-2026-0418"), ("Datum", "06.11.2026"), ("Termin", "KW 47")],
                  head=["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
                  lines=[("Tausch Warmwasserspeicher 200 l", 1, 184000, 20), ("Montage (Std.)", 6, 7200, 20)],
                  notes=["Die Rechnung erhalten Sie nach Fertigstellung."]),
         fname="AB-2026-0418.pdf", why="An order confirmation; the invoice follows after the work.",
         note="Austrian Auftragsbestätigung with totals."),
    dict(s="ml", date=nov(23), subject="Unsere Rechnung RE0377",
         b=B([""], "", "t.hagen@gmx.de", False, display="Thomas Hagen"),
         body="Sehr geehrter Herr Hagen,\n\nsicher ist es Ihnen im Alltag entgangen: unsere Rechnung RE0377 vom 06.10.2026 über "
              "1.428,00 € ist noch offen. Wir bitten Sie, den Betrag bis zum 01.12.2026 auf unser Konto " + ib("ml") +
              " zu überweisen.\n\nSollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n"
              "Mit freundlichen Grüßen\nHenning Lutz\nMalerbetrieb Henning Lutz",
         why="The owner's own typed reminder of an earlier invoice; it carries no invoice.",
         note="A typed Zahlungserinnerung with amount, new date and IBAN."),
    dict(s="tk", date=nov(30), subject="Kontoauszug per 30.11.2026",
         b=B(["Garage Huwiler GmbH", "Chamerstrasse 120", "6300 Zug"], "", "buchhaltung@garage-huwiler.ch", True),
         cur="CHF",
         body="Grüezi Frau Huwiler\n\nIm Anhang finden Sie den Kontoauszug Ihrer offenen Posten per 30.11.2026.\n\n"
              "Freundliche Grüsse\nMarco Keller\nTreuhand Keller GmbH\n\nDiese E-Mail wurde mit bexio versendet.",
         doc=dict(title="Kontoauszug", meta=[("Kunden-Nr.", "K-0214"), ("Stichtag", "30.11.2026")],
                  head=["Beleg", "Fällig", "Betrag", "Offen"],
                  rows=[["RE-00655 vom 30.09.2026", "30.10.2026", "CHF 1'297.20", "CHF 1'297.20"],
                        ["RE-00701 vom 31.10.2026", "30.11.2026", "CHF 1'297.20", "CHF 1'297.20"]],
                  totals=[("Total offen", "CHF 2'594.40", True)]),
         fname="Kontoauszug K-0214.pdf", why="A statement of open items (Kontoauszug), not an invoice.",
         note="bexio statement of two open invoices with a total."),
    dict(s="ws", date=nov(26), subject="Lieferschein WH/OUT/01288",
         b=B(["Restaurant Zur Linde", "Lindenplatz 1", "67433 Neustadt an der Weinstraße"], "", "info@zurlinde-neustadt.de", True),
         body="Hallo Herr Berger,\n\nanbei der Lieferschein zu Ihrer Bestellung. Die Rechnung folgt separat.\n\n--\nWeinhandel Sommer",
         doc=dict(title="Lieferschein", meta=[("Lieferung", "WH/OUT/01288"), ("Datum", "26.11.2026"), ("Auftrag", "S01942")],
                  head=["Artikel", "Menge"],
                  rows=[["Riesling trocken 2024, 0,75 l", "36"], ["Spätburgunder 2023, 0,75 l", "24"], ["Pfand Kiste", "5"]],
                  totals=[]),
         fname="Lieferschein WH-OUT-01288.pdf", why="A delivery note without prices; the invoice follows separately.",
         note="Odoo delivery note for the goods of an invoice in this set."),
    dict(s="gp", date=nov(25), subject="WG: Rechnung 2026-3317",
         b=B([""], "", "kanzlei@stb-reiterer.at", True, display="Steuerberatung Reiterer"),
         body="Liebe Frau Reiterer,\n\nanbei die Rechnung der Druckerei für die Buchhaltung November.\n\nLG Verena\n\n"
              "-------- Weitergeleitete Nachricht --------\nVon: Druckerei Stadler GmbH <office@druckerei-stadler.at>\n"
              "Betreff: Rechnung 2026-3317\n\nSehr geehrte Frau Pichler, anbei unsere Rechnung.",
         doc=dict(seller=S["stadler"], title="Rechnung",
                  meta=[("Rechnungs-Nr.", "2026-3317"), ("Datum", "24.11.2026"), ("Zahlbar bis", "08.12.2026")],
                  head=["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
                  lines=[("Etiketten Rolle 90x120 mm (Stück)", 6000, 9, 20)],
                  notes=["Zahlbar binnen 14 Tagen ohne Abzug."]),
         fname="Rechnung_2026-3317.pdf", why="A supplier's invoice to the sender, forwarded to her tax adviser; she owes it, she bills nobody.",
         note="A forwarded supplier bill (WG:) with the supplier's invoice PDF."),
    dict(s="vr", date=nov(20), subject="Ihr Velo-Serviceabo 2027",
         b=B([""], "", "kreditoren@sonnenhalde.ch", True),
         body="Grüezi Frau Gerber\n\nIhr Serviceabo für die E-Bike-Flotte verlängert sich automatisch per 1. Januar 2027. Neu beträgt "
              "der Preis CHF 189.00 pro Velo und Jahr (bisher CHF 175.00), zzgl. MWST. Die Rechnung erhalten Sie im Januar.\n\n"
              "Möchten Sie das Abo anpassen, genügt eine kurze Antwort bis 15. Dezember.\n\nFreundliche Grüsse\nReto Rüegg",
         why="A renewal notice with next year's price; the invoice comes in January.", note="A Swiss contract renewal with a price change."),
    dict(s="ck", date=nov(13), subject="Zahlung erhalten – Rechnung 2026-0064",
         b=B([""], "", "m.schaefer@schaefer-architekten.de", True, display="Miriam Schäfer"),
         html="<html><body><p>Guten Tag Frau Schäfer,</p><p>vielen Dank! Ihre Zahlung über 642,60 € für Rechnung 2026-0064 "
              "ist eingegangen. Die Rechnung ist damit vollständig bezahlt.</p><p>Mit freundlichen Grüßen<br>Café Kornblume</p>"
              "<p style=\"color:#888\">Gesendet mit SumUp Rechnungen</p></body></html>",
         why="A payment confirmation; nothing is owed.", note="SumUp 'Zahlung erhalten' with invoice number and amount."),
]

# the tool a non-invoice is written with when it is not the sender's invoicing tool
OTHER_TOOL = {"bp": "newsletter", "kr": "typed", "lv": "typed", "sb": "forward", "lo": "typed", "ds": "typed", "it": "typed",
              "os": "typed", "cw": "typed", "hl": "typed", "ml": "typed", "gp": "forward", "vr": "typed"}
for o in OTHERS:
    if o["s"] in OTHER_TOOL:
        o["tool"] = OTHER_TOOL[o["s"]]


# ---------------------------------------------------------------- the checker

FIELDS = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
          "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]


def width(it):
    """An item's width, estimated 12 % over Helvetica's average (0.5 em a character)."""
    return len(it["text"]) * it["size"] * 0.5 * 1.12


def check_page(rid, page):
    w, h = page.get("width", 595), page.get("height", 842)
    spans = {}
    for it in page["items"]:
        x0 = it["x"] - width(it) if it["align"] == "right" else it["x"]
        x1 = x0 + width(it)
        assert 0 <= x0 and x1 <= w and 0 < it["y"] < h, (rid, it["text"], x0, x1)
        spans.setdefault(it["y"], []).append((x0, x1, it["text"]))
    for y, ss in spans.items():
        ss.sort()
        for a, b in zip(ss, ss[1:]):
            assert a[1] <= b[0], (rid, "overlap", a[2], b[2])


def check_sums(rid, s, credit):
    """The amounts again, by integer arithmetic apart from compute(): each line quantity
    times price half up, the VAT per rate half up, the total net plus VAT, due the total less
    the deductions."""
    sign = -1 if credit else 1
    net_by = {}
    for (desc, q, u, r), a in zip(s["lines"], s["amounts"]):
        qd = Decimal(str(q))
        num, den = qd.as_integer_ratio()
        exact = num * u
        line = (2 * exact + den) // (2 * den)  # half up for positive amounts
        assert sign * line == a, (rid, desc, line, a)
        net_by[r] = net_by.get(r, 0) + line
    vat = 0
    for r, n in net_by.items():
        rn, rd = Decimal(str(r)).as_integer_ratio()
        v = (2 * n * rn + 100 * rd) // (200 * rd)
        assert sign * v == s["vat_by"][r], (rid, r, v)
        vat += v
    assert sign * sum(net_by.values()) == s["net"] and sign * vat == s["vat"], rid
    assert s["total"] == s["net"] + s["vat"], rid
    assert s["due_amt"] == s["total"] - sum(a for _, a in s["ded"]), rid


def check_ref(ref, rid):
    if ref.startswith("+++"):
        digits = ref.strip("+").replace("/", "")
        assert len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:]), rid
    elif ref.isdigit() and len(ref) == 27:
        assert mk.qrr(ref[:26]) == ref, rid
    elif ref.isdigit() and len(ref) == 16:
        assert kenmerk_ok(ref), rid


def check(recs):
    mk.check_labels(recs)
    mk.check_references_printed(recs)
    inv = [r for r in recs if r["is_invoice"]]
    non = [r for r in recs if not r["is_invoice"]]
    assert len(inv) == 50 and len(non) == 25
    for group, want in ((inv, {"nl": 20, "en": 15, "de": 15}), (non, {"nl": 9, "en": 8, "de": 8})):
        got = {}
        for r in group:
            got[r["lang"]] = got.get(r["lang"], 0) + 1
        assert got == want, got
    assert sum(r["_country"] == "BE" for r in inv) == 5 and sum(r["_country"] == "BE" for r in non) == 3
    iban_by_sender = {}
    for r in recs:
        rid = r["id"]
        pub = {k: v for k, v in r.items() if not k.startswith("_")}
        assert json.loads(json.dumps(pub, ensure_ascii=False)) == pub, rid
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), rid
        assert r["envelope"]["rcpt_to"][0] in r["eml"].split("\nTo: ", 1)[1].split("\n", 1)[0], rid
        assert r["envelope"]["mail_from"] in r["eml"].split("\nFrom: ", 1)[0] + r["eml"].split("\n", 1)[0], rid
        for page in r.get("pdf", {}).get("pages", []):
            check_page(rid, page)
        e = r["expected"]
        if r["_sums"]:
            check_sums(rid, r["_sums"], bool(e and e["credit_note"]))
        if e is None:
            assert r["kind"] == "none" and r["why_not"], rid
            continue
        assert r["kind"] in ("pdf", "body-text", "body-html"), rid
        assert sorted(e) == sorted(FIELDS), rid
        assert e["language"] == r["lang"], rid
        issue = datetime.date.fromisoformat(e["issue_date"])
        assert D(2026, 10, 1) <= issue <= D(2026, 12, 5), rid
        if e["due_date"]:
            assert datetime.date.fromisoformat(e["due_date"]) >= issue, rid
        assert e["credit_note"] == (e["amount_total_cents"] < 0), rid
        if e["credit_note"]:
            assert e["due_date"] is None and e["amount_due_cents"] == e["amount_total_cents"], rid
        else:
            assert e["due_date"] and 0 < e["amount_due_cents"] <= e["amount_total_cents"], rid
        assert iban_ok(e["iban"]) and e["iban"][:2] == r["_country"], rid
        spaced = mk.iban_spaced(e["iban"])
        for page in r.get("pdf", {}).get("pages", []):
            for it in page["items"]:  # a printed IBAN is never cut over two lines
                assert spaced[:9] not in it["text"] or spaced in it["text"], (rid, it["text"])
        assert iban_by_sender.setdefault(r["envelope"]["mail_from"], e["iban"]) == e["iban"], rid
        assert e["debtor_email"] == r["envelope"]["rcpt_to"][0], rid
        assert isinstance(e["business"], bool), rid
        if e["payment_reference"]:
            check_ref(e["payment_reference"], rid)
        for c in (e["amount_due_cents"], e["amount_total_cents"]):
            assert any(mk.money(abs(c), st) in r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
                       for st in ("nl", "en", "ch")), (rid, c)


def main():
    recs = [("i", sp) for sp in INVOICES] + [("o", sp) for sp in OTHERS]
    order = list(range(len(recs)))
    random.Random(SEED + 1).shuffle(order)
    out = []
    for n, k in enumerate(order, 1):
        what, sp = recs[k]
        rid = "inv-hold28-%03d" % n
        out.append(invoice(rid, sp) if what == "i" else other(rid, sp))
    check(out)
    for r in out:
        del r["_sums"], r["_country"]
    mk.write(OUT, out)
    print("wrote %d records to %s" % (len(out), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
