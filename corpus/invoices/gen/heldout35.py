#!/usr/bin/env python3
"""heldout35: a blind held-out set on **invoices that come with a way to pay them, and what
payment platforms send** — 50 invoices and 25 mails that are not invoices, from the billing
addresses of small firms and freelancers in NL, BE, DE, AT, CH, UK and IE (Dutch, English,
German).

Invoices whose mail carries a payment link or button (iDEAL, Mollie, Stripe, PayPal,
GoCardless, Tikkie, Payconiq, Bancontact, Wero, SumUp, Zettle, TWINT, eps, a bank's own
betaalverzoek), hosted-invoice mails with the facts in an HTML body and the PDF optional,
invoices printing an EPC/GiroCode QR's text or a Swiss QR-bill payment part (QR reference,
SCOR reference, none), invoices collected by direct debit on a day (SEPA incasso,
domiciliëring, Lastschrift, GoCardless) or charged to a card on a day, deposits paid
online with the rest due, instalment invoices, GBP/CHF/USD with a pay link; and beside
them receipts, payment confirmations, failed-payment and returned-debit notices,
pre-notifications, refunds, a payment request without invoice facts, a quote with a
deposit button, order confirmations, a renewal notice, payout statements and a
marketplace settlement.

Run: python3 corpus/invoices/gen/heldout35.py         writes corpus/invoices/heldout35.jsonl
     python3 corpus/invoices/gen/heldout35.py --map   prints each id and what it is

Written blind (see the heldout35 section of corpus/invoices/README.md): from the README's
format and labelling rules and gen/mailkit.py only. Amounts are computed: each line its
quantity times its unit price rounded half up, VAT per rate rounded half up (or, for
prices that include VAT, the VAT each rate's gross holds, rounded half up), the total the
net and VAT."""
import datetime
import html
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

import mailkit as mk
from mailkit import Page, days, date_in, iban_spaced, money, money_in

SEED = 20261235
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "heldout35.jsonl")
D = datetime.date


# ---------------------------------------------------------------- amounts

def r2(x):
    """@x (a Decimal or int) rounded half up to a whole number (of cents)."""
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Bill:
    """An invoice's lines (description, quantity, unit price in cents, VAT rate) and what
    they add up to. @gross: the unit prices include VAT (a shop's or a consumer's invoice);
    then each rate's VAT is what its gross holds."""

    def __init__(self, lines, gross=False):
        self.lines = [(d, Decimal(str(q)), u, Decimal(str(r))) for d, q, u, r in lines]
        self.amounts = [r2(q * u) for _, q, u, _ in self.lines]
        rates = sorted(set(l[3] for l in self.lines), reverse=True)
        self.groups = []
        for r in rates:
            base = sum(a for a, l in zip(self.amounts, self.lines) if l[3] == r)
            v = r2(base * r / (100 + r)) if gross else r2(base * r / 100)
            self.groups.append((r, base, v))
        self.vat = sum(v for _, _, v in self.groups)
        self.gross = gross
        if gross:
            self.total = sum(self.amounts)
            self.net = self.total - self.vat
        else:
            self.net = sum(self.amounts)
            self.total = self.net + self.vat


def fq(q, ms):
    """A quantity as the money style @ms writes decimals."""
    s = format(q.normalize(), "f")
    return s.replace(".", ",") if ms in ("nl", "de", "sp") else s


def fr(r, ms):
    """A VAT rate: '21%', '19 %', '8.1%'."""
    s = fq(Decimal(r), ms)
    return s + (" %" if ms == "de" else "%")


def bill_rows(b, ms, cols="qua"):
    """The table rows of @b: 'qua' quantity, unit, amount; 'qvua' with the rate; 'qa'
    quantity and amount; 'a' the amount alone."""
    rows = []
    for (d, q, u, r), a in zip(b.lines, b.amounts):
        if cols == "qua":
            rows.append((d, fq(q, ms), money(u, ms), money(a, ms)))
        elif cols == "qvua":
            rows.append((d, fq(q, ms), money(u, ms), fr(r, ms), money(a, ms)))
        elif cols == "qa":
            rows.append((d, fq(q, ms), money(a, ms)))
        else:
            rows.append((d, money(a, ms)))
    return rows


def bill_totals(b, cur, lang, net_l, vat_l, total_l, ms=None):
    """Totals rows: the net, one VAT row per non-zero rate ({r} in @vat_l the rate), the
    total in bold. For prices with VAT included the VAT rows say what the total holds."""
    ms = ms or {"nl": "nl", "de": "de", "en": "en"}[lang]
    t = []
    if net_l:
        t.append((net_l, money_in(cur, lang, b.net), False))
    for r, _, v in b.groups:
        if r:
            t.append((vat_l.replace("{r}", fr(r, ms)), money_in(cur, lang, v), False))
    t.append((total_l, money_in(cur, lang, b.total), True))
    return t


# ---------------------------------------------------------------- identifiers

def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def qr_iban(rng):
    """A Swiss QR-IBAN: its institution id in 30000-31999."""
    return iban_of("CH", str(rng.randint(30000, 31999)) + "".join(rng.choice("0123456789") for _ in range(12)))


def iban_valid(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def tok(rng, n, alphabet="abcdefghijkmnpqrstuvwxyz23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def grouped(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def mask_iban(i, keep=4):
    """An IBAN as a direct debit notice prints the payer's: the country, stars, the end."""
    return i[:4] + " **** **** " + i[-keep:]


# ---------------------------------------------------------------- mail

def to_hdr(name, addr):
    if not name:
        return addr
    n = mk.header_words(name)
    if n == name and any(c in name for c in ',.()&'):
        n = '"%s"' % name
    return "%s <%s>" % (n, addr)


def send(rng, frm, frm_name, to, subject, d, **kw):
    return mk.mail(rng, frm, mk.header_words(frm_name), to, mk.header_words(subject), d, **kw)


def env(frm, *to):
    return {"mail_from": frm, "rcpt_to": list(to)}


def esc(s):
    return html.escape(s, quote=False)


def h_page(inner, bg="#f4f5f7"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:%s;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;padding:28px">\n'
            '<tr><td>\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>') % (bg, inner)


def h_kv(rows, strong_last=False):
    out = []
    for k, (a, b) in enumerate(rows):
        w = "font-weight:bold;" if strong_last and k == len(rows) - 1 else ""
        out.append('<tr><td style="padding:4px 16px 4px 0;color:#6b7280;%s">%s</td>'
                   '<td style="padding:4px 0;text-align:right;%s">%s</td></tr>' % (w, a, w, b))
    return '<table cellpadding="0" cellspacing="0" width="100%">\n' + "\n".join(out) + "\n</table>"


def h_button(href, label, color="#635bff"):
    return ('<p style="margin:26px 0;text-align:center"><a href="%s" style="background:%s;color:#ffffff;'
            'padding:12px 28px;border-radius:6px;text-decoration:none;font-weight:bold">%s</a></p>') % (href, color, label)


def h_lines(b, cur, lang, head, ms=None):
    """The lines of @b as an HTML table: description, quantity, amount."""
    ms = ms or {"nl": "nl", "de": "de", "en": "en"}[lang]
    rows = ['<tr style="color:#6b7280;font-size:12px"><td style="padding:6px 0">%s</td>'
            '<td align="right">%s</td><td align="right">%s</td></tr>' % head]
    for (d, q, u, r), a in zip(b.lines, b.amounts):
        rows.append('<tr><td style="padding:6px 0;border-top:1px solid #e5e7eb">%s</td>'
                    '<td align="right" style="border-top:1px solid #e5e7eb">%s</td>'
                    '<td align="right" style="border-top:1px solid #e5e7eb">%s</td></tr>'
                    % (esc(d), fq(q, ms), money_in(cur, lang, a)))
    return '<table cellpadding="0" cellspacing="0" width="100%">\n' + "\n".join(rows) + "\n</table>"


# ---------------------------------------------------------------- pages

def lay_din(p, seller, seller_lines, ret, window, meta, title, intro=()):
    """A DIN-like letter: the seller top left, the return line over the window, the meta
    block right of the address, the title under it."""
    p.text(56, 58, seller, 14, True)
    for k, s in enumerate(seller_lines):
        p.text(56, 72 + 10 * k, s, 8)
    p.text(56, 140, ret, 6.5)
    p.rule(56, 144, 300, 144)
    for k, s in enumerate(window):
        p.text(56, 158 + 13 * k, s, 10)
    for k, (a, b) in enumerate(meta):
        p.text(345, 158 + 13 * k, a, 8.5)
        p.right(539, 158 + 13 * k, b, 8.5)
    y = max(262, 158 + 13 * max(len(window), len(meta)) + 36)
    p.text(56, y, title, 14, True)
    y += 22
    for s in intro:
        p.text(56, y, s, 9)
        y += 12
    return y + 10


def lay_en(p, title, seller, seller_lines, billto, window, meta):
    """An English page: the title top left, the seller top right, 'Bill To' and the meta
    block beside it."""
    p.text(56, 74, title, 22, True)
    p.right(539, 60, seller, 11, True)
    for k, s in enumerate(seller_lines):
        p.right(539, 74 + 10 * k, s, 8.5)
    y0 = max(150, 74 + 10 * len(seller_lines) + 28)
    p.text(56, y0, billto, 9, True)
    for k, s in enumerate(window):
        p.text(56, y0 + 13 + 12 * k, s, 9.5)
    for k, (a, b) in enumerate(meta):
        p.text(350, y0 + 13 * k, a, 9, k == 0)
        p.right(539, y0 + 13 * k, b, 9, k == 0)
    return max(y0 + 13 + 12 * len(window), y0 + 13 * len(meta)) + 30


def lay_nl(p, seller, seller_lines, window, title, meta):
    """A Dutch tool's page: the trade name top left, its details right, the customer, the
    title and the meta rows under it."""
    p.text(56, 66, seller, 16, True)
    for k, s in enumerate(seller_lines):
        p.right(539, 52 + 10 * k, s, 7.5)
    for k, s in enumerate(window):
        p.text(56, 150 + 13 * k, s, 10)
    y = max(235, 150 + 13 * len(window) + 36, 52 + 10 * len(seller_lines) + 24)
    p.text(56, y, title, 18, True)
    y += 24
    for a, b in meta:
        p.text(56, y, a, 9)
        p.text(170, y, b, 9)
        y += 13
    return y + 16


def lay_word(p, seller, seller_line, window, place_date, title, meta):
    """A letterhead typed in Word: the name, one line of details, a rule; the address,
    the place and date on the right, the title and its facts one per line."""
    p.text(56, 62, seller, 18, True)
    p.text(56, 78, seller_line, 8)
    p.rule(56, 86, 539, 86)
    for k, s in enumerate(window):
        p.text(56, 140 + 13 * k, s, 10)
    y = 140 + 13 * len(window) + 24
    p.right(539, y, place_date, 10)
    y += 40
    p.text(56, y, title, 13, True)
    y += 18
    for a, b in meta:
        p.text(56, y, "%s %s" % (a, b), 9)
        y += 12
    return y + 14


def table(p, y, head, rows, size=8.5):
    """A line table: the header in bold with a rule under it, then the rows (mailkit's
    columns, 70 points apart ending at 539). Returns the baseline below the last row."""
    n = len(head) - 1
    p.text(56, y, head[0], size, True)
    for k, c in enumerate(head[1:]):
        p.right(539 - 70 * (n - 1 - k), y, c, size, True)
    p.rule(56, y + 4, 539, y + 4)
    return p.line_rows(y + 17, rows, size)


def foot(p, lines, y=790):
    p.rule(56, y - 12, 539, y - 12)
    for k, s in enumerate(lines):
        p.text(56, y + 9 * k, s, 7)


def notes(p, y, lines, size=8.5, x=56):
    for s in lines:
        p.text(x, y, s, size)
        y += 12
    return y


def box(p, x, y, w, h):
    p.rule(x, y, x + w, y)
    p.rule(x, y + h, x + w, y + h)
    p.rule(x, y, x, y + h)
    p.rule(x + w, y, x + w, y + h)


def epc_payload(bic, name, iban, cents, ref="", text=""):
    """The text an EPC QR (GiroCode) holds, line by line (version 002)."""
    return ["BCD", "002", "1", "SCT", bic, name, iban, "EUR" + money(cents, "plain"), "", ref, text]


def epc_block(p, x, y, caption, payload, side_note=()):
    """A QR code's square and, beside it, the text it holds as the PDF's text layer prints
    it; the caption under the square."""
    box(p, x, y, 78, 78)
    p.text(x, y + 90, caption, 7.5, True)
    for k, s in enumerate(payload):
        if s:
            p.text(x + 92, y + 8 + 7 * k, s, 6)
    for k, s in enumerate(side_note):
        p.text(x + 250, y + 10 + 11 * k, s, 8)
    return y + 104


def qr_amount(c):
    """An amount as the Swiss QR-bill prints it: '1 234.50'."""
    return money(c, "ch").replace("'", " ")


def qr_bill(p, y0, cur, cents, iban, cred, ref, info, debtor):
    """The Swiss QR-bill's receipt and payment part from @y0 to the page's foot: @ref a
    QR reference (27 digits), an RF creditor reference, or None (type NON)."""
    if ref and ref.startswith("RF"):
        ref_p = grouped(ref)
    elif ref:
        ref_p = mk.qrr_spaced(ref)
    else:
        ref_p = None
    p.text(226, y0 - 5, "Vor der Einzahlung abzutrennen", 6)
    p.rule(0, y0, 595, y0)
    p.rule(176, y0, 176, 842)
    p.text(14, y0 + 24, "Empfangsschein", 11, True)
    y = y0 + 44
    p.text(14, y, "Konto / Zahlbar an", 6, True)
    y += 10
    for s in [iban_spaced(iban)] + cred:
        p.text(14, y, s, 8)
        y += 10
    if ref_p:
        y += 4
        p.text(14, y, "Referenz", 6, True)
        p.text(14, y + 10, ref_p, 8)
        y += 20
    y += 4
    p.text(14, y, "Zahlbar durch", 6, True)
    y += 10
    for s in debtor:
        p.text(14, y, s, 8)
        y += 10
    p.text(14, y0 + 216, "Währung", 6, True)
    p.text(64, y0 + 216, "Betrag", 6, True)
    p.text(14, y0 + 228, cur, 8)
    p.text(64, y0 + 228, qr_amount(cents), 8)
    p.right(162, y0 + 262, "Annahmestelle", 6, True)
    p.text(190, y0 + 24, "Zahlteil", 11, True)
    box(p, 190, y0 + 40, 136, 136)
    p.text(190, y0 + 200, "Währung", 8, True)
    p.text(244, y0 + 200, "Betrag", 8, True)
    p.text(190, y0 + 213, cur, 10)
    p.text(244, y0 + 213, qr_amount(cents), 10)
    y = y0 + 24
    p.text(340, y, "Konto / Zahlbar an", 8, True)
    y += 12
    for s in [iban_spaced(iban)] + cred:
        p.text(340, y, s, 10)
        y += 12
    if ref_p:
        y += 6
        p.text(340, y, "Referenz", 8, True)
        p.text(340, y + 12, ref_p, 10)
        y += 24
    if info:
        y += 6
        p.text(340, y, "Zusätzliche Informationen", 8, True)
        p.text(340, y + 12, info, 10)
        y += 24
    y += 6
    p.text(340, y, "Zahlbar durch", 8, True)
    y += 12
    for s in debtor:
        p.text(340, y, s, 10)
        y += 12


BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f



# ================================================================ Dutch invoices (NL)

@builder
def nl_moneybird_ideal(rng, rid):
    """Moneybird PDF; the cover's 'betaal direct online met iDEAL' link (nl, business)"""
    d = D(2026, 11, 3)
    due = d + days(14)
    ib = mk.iban(rng, "NL")
    num = "2026-0147"
    b = Bill([("Ontwerp huisstijl (logo, kleuren, typografie)", 1, 85000, 21),
              ("Drukproef visitekaartjes", 2, 4500, 21)])
    to = "administratie@bakkerijvanommen.nl"
    p = Page()
    y = lay_nl(p, "Studio Kwast", ["Femke Bosman", "Oudegracht 214", "3511 NV Utrecht", "hallo@studiokwast.nl",
                                   "KvK 71234598", "Btw-id NL002384719B47"],
               ["Bakkerij Van Ommen B.V.", "t.a.v. Ruud van Ommen", "Voorstraat 31", "3512 AK Utrecht"],
               "Factuur", [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)),
                           ("Vervaldatum", date_in("nl", due))])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal"),
                   ["Gelieve het totaalbedrag vóór %s over te maken op {iban} t.n.v. Studio Kwast" % date_in("nl", due),
                    "o.v.v. het factuurnummer. Online betalen met iDEAL kan via de link in de e-mail."], iban_spaced(ib))
    foot(p, ["Studio Kwast · Oudegracht 214 · 3511 NV Utrecht · KvK 71234598 · IBAN %s · BIC %s" % (iban_spaced(ib), ib[4:8] + "NL2A")])
    link = "https://moneybird.com/%s/sales_invoices/%s/pay" % (digits(rng, 18), hexs(rng, 32))
    cover = ("Beste Ruud,\n\nHierbij ontvang je factuur %s van %s met vervaldatum %s.\n\n"
             "Je kunt de factuur direct online betalen met iDEAL via onderstaande link:\n%s\n\n"
             "Met vriendelijke groet,\n\nFemke Bosman\nStudio Kwast\n") % (num, money_in("EUR", "nl", b.total), date_in("nl", due), link)
    frm = "facturen@studiokwast.nl"
    eml = send(rng, frm, "Studio Kwast", to_hdr("Bakkerij Van Ommen B.V.", to), "Factuur %s van Studio Kwast" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "moneybird", "nl", "pdf", env(frm, to), eml, [p], "Factuur %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Bakkerij Van Ommen B.V.", to, ib, True, "nl"),
                     note="Moneybird's cover with an iDEAL pay link (a long number and a hash in it) above the PDF; "
                          "the firm above 't.a.v.' is the debtor.")


@builder
def nl_mollie_hosted(rng, rid):
    """Mollie hosted invoice in HTML, 'Nu betalen' button, no PDF, no IBAN (nl, consumer)"""
    d = D(2026, 10, 19)
    due = D(2026, 11, 2)
    num = "F-2026-0083"
    b = Bill([("Onderhoudsbeurt stadsfiets", 1, 6529, 21), ("Kettingset Shimano", 1, 2062, 21),
              ("Binnenband 28 inch", 2, 743, 21)])
    to = "lotte.vermeer@gmail.com"
    link = "https://mollie.me/fietsmakerjansen/invoice/%s" % tok(rng, 12)
    inner = ('<p style="font-size:20px;font-weight:bold;margin:0 0 4px">Fietsmaker Jansen</p>\n'
             '<p style="color:#6b7280;margin:0 0 24px">Kruisweg 88, 2011 LE Haarlem</p>\n'
             '<p>Hallo Lotte Vermeer,</p>\n<p>Je hebt een nieuwe factuur van Fietsmaker Jansen ontvangen.</p>\n'
             + h_kv([("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Vervaldatum", date_in("nl", due))])
             + '\n<h3 style="margin:24px 0 8px">Specificatie</h3>\n'
             + h_lines(b, "EUR", "nl", ("Omschrijving", "Aantal", "Bedrag"))
             + "\n" + h_kv([("Subtotaal", money_in("EUR", "nl", b.net)), ("Btw 21%", money_in("EUR", "nl", b.vat)),
                            ("Te betalen", money_in("EUR", "nl", b.total))], strong_last=True)
             + "\n" + h_button(link, "Nu betalen", "#0a7cff")
             + '\n<p style="color:#6b7280;font-size:12px">Betaal veilig met iDEAL, Wero, Bancontact of creditcard. '
               'Verwerkt door Mollie B.V.</p>\n<p>Groet,<br>Henk Jansen</p>')
    frm = "factuur@fietsmakerjansen.nl"
    eml = send(rng, frm, "Fietsmaker Jansen", to_hdr("Lotte Vermeer", to), "Factuur %s van Fietsmaker Jansen" % num, d,
               body_html=h_page(inner))
    return mk.record(rid, "mollie", "nl", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Lotte Vermeer", to, None, False, "nl"),
                     note="Hosted invoice: the facts only in the HTML body, a 'Nu betalen' button, no IBAN anywhere.")


@builder
def nl_eboekhouden_epc(rng, rid):
    """e-Boekhouden PDF with a betalingskenmerk in groups and an EPC QR's text (nl, business)"""
    d = D(2026, 11, 10)
    due = d + days(30)
    ib = mk.iban(rng, "NL")
    num = "20260312"
    kenmerk = "30000012" + digits(rng, 8)
    b = Bill([("Maandelijks onderhoud terrein oktober (uren)", 12, 4850, 21),
              ("Afvoer groenafval", 1, 6500, 21),
              ("Plantmateriaal (vaste planten, heesters)", 1, 13420, 9)])
    to = "crediteuren@kinderopvanghetklimrek.nl"
    p = Page()
    y = lay_din(p, "Hoveniersbedrijf De Linde", ["Ecofactorijweg 12, 7325 WC Apeldoorn", "KvK 08123456 · btw NL812345678B01"],
                "Hoveniersbedrijf De Linde · Ecofactorijweg 12 · 7325 WC Apeldoorn",
                ["Stichting Kinderopvang Het Klimrek", "Afdeling crediteuren", "Postbus 1140", "7301 BH Apeldoorn"],
                [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Debiteurnummer", "1043")], "FACTUUR")
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"), bill_rows(b, "nl", "qvua"))
    y = p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Totaal excl. btw", "Btw {r}", "Totaal incl. btw"),
                       ["Betaaltermijn: 30 dagen na factuurdatum.",
                        "Betalingskenmerk: %s" % grouped(kenmerk),
                        "Rekening {iban} t.n.v. Hoveniersbedrijf De Linde"], iban_spaced(ib))
    epc_block(p, 56, y + 16, "Scan en betaal met uw bank-app",
              epc_payload(ib[4:8] + "NL2U", "Hoveniersbedrijf De Linde", ib, b.total, kenmerk, ""),
              ["Met de QR-code worden bedrag, rekening", "en betalingskenmerk automatisch ingevuld."])
    foot(p, ["Hoveniersbedrijf De Linde · IBAN %s · KvK 08123456 · Leveringsvoorwaarden VHG van toepassing." % iban_spaced(ib)])
    cover = ("Geachte heer/mevrouw,\n\nIn de bijlage vindt u factuur %s.\n"
             "U kunt eenvoudig betalen door de QR-code op de factuur te scannen met uw bank-app.\n\n"
             "Met vriendelijke groet,\n\nHoveniersbedrijf De Linde\n") % num
    frm = "administratie@hoveniersbedrijfdelinde.nl"
    eml = send(rng, frm, "Hoveniersbedrijf De Linde", to, "Factuur %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "e-boekhouden", "nl", "pdf", env(frm, to), eml, [p], "factuur_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Stichting Kinderopvang Het Klimrek", to, ib, True, "nl",
                                 reference=kenmerk),
                     note="Two VAT rates; a betalingskenmerk printed in groups and again, bare, inside the EPC QR's "
                          "text (BCD/002/…/EUR amount); term only, so the due date is computed.")


@builder
def nl_jortt_tikkie(rng, rid):
    """Jortt PDF, KOR (no VAT); the cover offers a Tikkie link valid 14 days (nl, consumer couple)"""
    d = D(2026, 10, 26)
    due = d + days(14)
    ib = mk.iban(rng, "NL")
    num = "2026-031"
    b = Bill([("Gezinsfotoshoot op locatie (2 uur)", 1, 29500, 0), ("Extra bewerkte foto's", 6, 1250, 0)])
    to = "iris.mulder@hotmail.com"
    p = Page()
    y = lay_word(p, "Fotografie Mila Hendriks", "Assendorperstraat 56 · 8012 DJ Zwolle · KvK 80124567 · mila@milahendriks.nl",
                 ["Daan en Iris Mulder", "Thorbeckegracht 9", "8011 VL Zwolle"], "Zwolle, %s" % date_in("nl", d, "long"),
                 "Factuur %s" % num, [("Factuurdatum:", date_in("nl", d))])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Bedrag"), bill_rows(b, "nl", "qua"))
    p.totals_notes(y + 4, [("Totaal", money_in("EUR", "nl", b.total), True)],
                   ["Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR).",
                    "Te betalen binnen 14 dagen na factuurdatum op {iban} t.n.v. M. Hendriks,",
                    "onder vermelding van het factuurnummer."], iban_spaced(ib))
    link = "https://tikkie.me/pay/FotoMila/%s" % tok(rng, 20)
    cover = ("Hoi Daan en Iris,\n\nWat was het een leuke shoot! In de bijlage vinden jullie factuur %s.\n\n"
             "Makkelijk betalen? Dat kan met deze Tikkie: %s\n(de Tikkie is 14 dagen geldig)\n\n"
             "Liefs,\nMila\n\n--\nFotografie Mila Hendriks\nVerstuurd met Jortt\n") % (num, link)
    frm = "mila@milahendriks.nl"
    eml = send(rng, frm, "Fotografie Mila Hendriks", to_hdr("Iris Mulder", to), "Factuur %s - Fotografie Mila Hendriks" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "jortt", "nl", "pdf", env(frm, to), eml, [p], "Factuur-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Daan en Iris Mulder", to, ib, False, "nl"),
                     note="No VAT (KOR), total only; a Tikkie link valid 14 days beside the invoice's own 14-day term; "
                          "'o.v.v. het factuurnummer' is no payment reference.")


@builder
def nl_exact_incasso(rng, rid):
    """Exact Online PDF collected by SEPA incasso on a printed day, payer's IBAN masked (nl, business)"""
    d = D(2026, 11, 16)
    due = D(2026, 11, 30)
    ib = mk.iban(rng, "NL")
    payer = mk.iban(rng, "NL")
    num = "26700418"
    b = Bill([("Espressobonen Huismelange 1 kg", 8, 2195, 9), ("Melkpoeder topping 1 kg", 3, 1240, 9),
              ("Huur espressomachine november", 1, 8900, 21), ("Onderhoudsbeurt espressomachine", 1, 6450, 21)])
    to = "office@makelaardijverhoef.nl"
    p = Page()
    y = lay_din(p, "Koffiebranderij Het Anker B.V.", ["Havenstraat 3, 1271 AC Huizen", "KvK 32145678 · btw NL821234567B01"],
                "Koffiebranderij Het Anker B.V. · Havenstraat 3 · 1271 AC Huizen",
                ["Makelaardij Verhoef & Zn.", "Crailoseweg 120", "1272 EX Huizen"],
                [("Factuur", num), ("Datum", date_in("nl", d)), ("Uw klantnummer", "20417"), ("Ordernummer", "61188")],
                "Factuur")
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Totaal exclusief btw", "Btw {r}", "Totaal inclusief btw"),
                   ["Het factuurbedrag wordt op %s automatisch geïncasseerd van uw rekening %s." % (date_in("nl", due), mask_iban(payer, 2)),
                    "Machtigingskenmerk: MK-00318 · Incassant-ID: NL54ZZZ321456780000",
                    "U hoeft zelf niets over te maken."], iban_spaced(ib))
    foot(p, ["Koffiebranderij Het Anker B.V. · Havenstraat 3 · 1271 AC Huizen · IBAN %s · KvK 32145678" % iban_spaced(ib)])
    cover = ("Geachte relatie,\n\nBijgaand ontvangt u factuur %s. Het bedrag wordt automatisch van uw rekening "
             "afgeschreven op de op de factuur vermelde datum.\n\nMet vriendelijke groet,\n\n"
             "Koffiebranderij Het Anker B.V.\nDebiteurenadministratie\n") % num
    frm = "debiteuren@koffiebranderijhetanker.nl"
    eml = send(rng, frm, "Koffiebranderij Het Anker B.V.", to, "Factuur %s Koffiebranderij Het Anker" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "exact-online", "nl", "pdf", env(frm, to), eml, [p], "%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Makelaardij Verhoef & Zn.", to, ib, True, "nl"),
                     note="Collected by incasso on a printed day (the due date); the payer's masked account, a "
                          "machtigingskenmerk and an incassant-ID are no IBAN or reference; customer and order numbers.")


@builder
def nl_typed_betaalverzoek(rng, rid):
    """An invoice typed in the mail with a Rabobank betaalverzoek link and the IBAN (nl, consumer)"""
    d = D(2026, 11, 4)
    due = d + days(8)
    ib = mk.iban(rng, "NL")
    num = "2026-24"
    b = Bill([("Arbeid (uren)", 6, 4500, 21), ("Materiaal (scharnieren, kit, lijstwerk)", 1, 8340, 21)])
    to = "a.kok@ziggo.nl"
    link = "https://betaalverzoek.rabobank.nl/betaalverzoek/?id=%s" % tok(rng, 22, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    text = ("Goedemiddag mevrouw Kok,\n\nHierbij de factuur voor de werkzaamheden van vorige week.\n\n"
            "FACTUUR %s\nDatum: %s\n\nAan: mevrouw A. Kok\n      Dorpsstraat 12\n      5051 HB Goirle\n\n"
            "Keukenkastjes afgesteld, plint vervangen en lijstwerk gezet.\n"
            "- Arbeid: 6 uur à %s = %s\n- Materiaal: %s\n\nSubtotaal: %s\nBtw 21%%: %s\nTotaal: %s\n\n"
            "Graag binnen 8 dagen betalen. Het snelst gaat het via dit betaalverzoek van de Rabobank:\n%s\n\n"
            "Overmaken mag ook: {iban} t.n.v. J. Smeets.\n\n"
            "Met vriendelijke groet,\nJoost Smeets\nKlusbedrijf Smeets\nKvK 69012345 | btw NL004512398B62\n06-41235578\n") % (
        num, date_in("nl", d, "long"), money_in("EUR", "nl", 4500), money_in("EUR", "nl", b.amounts[0]),
        money_in("EUR", "nl", b.amounts[1]), money_in("EUR", "nl", b.net), money_in("EUR", "nl", b.vat),
        money_in("EUR", "nl", b.total), link)
    frm = "joost@klusbedrijfsmeets.nl"
    eml, kind = mk.mail_in_kind(rng, frm, "Joost Smeets", to, "Factuur %s" % num, d, text=text, iban=iban_spaced(ib))
    return mk.record(rid, "typed", "nl", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "A. Kok", to, ib, False, "nl"),
                     note="Typed; a Rabobank betaalverzoek link with a long id; 'mevrouw' dropped from the name; "
                          "a phone number and a KvK number under the signature.")


@builder
def nl_moneybird_deposit(rng, rid):
    """Moneybird PDF: a deposit paid by iDEAL deducted, the rest due by a pay link (nl, household)"""
    d = D(2026, 12, 1)
    due = d + days(14)
    ib = mk.iban(rng, "NL")
    num = "2026-0212"
    b = Bill([("Maatwerk eikenhouten eettafel 220 x 100 cm", 1, 165000, 21), ("Bezorgen en plaatsen", 1, 7500, 21)])
    paid = 50000
    to = "brinkman.thuis@kpnmail.nl"
    p = Page()
    y = lay_nl(p, "Timmerwerkplaats Oost", ["Haaksbergerstraat 302", "7545 GJ Enschede", "KvK 60123987",
                                            "Btw-id NL001928374B55", "IBAN " + iban_spaced(ib)],
               ["Fam. Brinkman", "Lasondersingel 77", "7514 BR Enschede"],
               "Factuur", [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Vervaldatum", date_in("nl", due)),
                           ("Offerte", "OF-2026-044")])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    t = bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal")
    t[-1] = ("Totaal", money_in("EUR", "nl", b.total), False)
    t += [("Aanbetaling (iDEAL, 14-10-2026)", "- " + money_in("EUR", "nl", paid), False),
          ("Nog te betalen", money_in("EUR", "nl", b.total - paid), True)]
    p.totals_notes(y + 4, t, ["Wij verzoeken u het openstaande bedrag vóór %s te voldoen op {iban}" % date_in("nl", due),
                              "t.n.v. Timmerwerkplaats Oost, of online via de betaallink in de e-mail."], iban_spaced(ib))
    link = "https://moneybird.com/%s/sales_invoices/%s/pay" % (digits(rng, 18), hexs(rng, 32))
    cover = ("Beste familie Brinkman,\n\nDe tafel staat, we hopen dat jullie er lang van genieten!\n\n"
             "Hierbij ontvangen jullie factuur %s. Het totaal is %s; de aanbetaling van %s die jullie in oktober "
             "via iDEAL voldeden is al verrekend. Er staat nog %s open.\n\nBetaal het resterende bedrag eenvoudig online:\n%s\n\n"
             "Met vriendelijke groet,\nBart Kuipers\nTimmerwerkplaats Oost\n") % (
        num, money_in("EUR", "nl", b.total), money_in("EUR", "nl", paid), money_in("EUR", "nl", b.total - paid), link)
    frm = "info@timmerwerkplaatsoost.nl"
    eml = send(rng, frm, "Timmerwerkplaats Oost", to_hdr("Fam. Brinkman", to), "Factuur %s van Timmerwerkplaats Oost" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "moneybird", "nl", "pdf", env(frm, to), eml, [p], "Factuur %s.pdf" % num,
                     mk.expected(num, b.total - paid, b.total, d, due, "Fam. Brinkman", to, ib, False, "nl"),
                     note="A deposit paid online deducted: due is the rest; the cover names total, deposit and rest; "
                          "a quote number in the meta rows.")


@builder
def nl_wefact_termijn(rng, rid):
    """WeFact PDF 'termijnfactuur 1 van 3' with the contract sum printed, iDEAL link (nl, business)"""
    d = D(2026, 10, 12)
    due = d + days(21)
    ib = mk.iban(rng, "NL")
    num = "WF26-0077"
    contract = 540000
    b = Bill([("Termijn 1 van 3: 40% bij start project nieuwe website", 1, 216000, 21)])
    to = "info@zorgboerderijdehoeve.nl"
    p = Page()
    y = lay_nl(p, "Pixelpoort", ["Webdesign & hosting", "Tesselschadestraat 2", "8913 HB Leeuwarden", "KvK 74012399",
                                 "Btw NL859011223B01"],
               ["Zorgboerderij De Hoeve", "t.a.v. mevr. J. de Boer", "Hoeksterpaad 5", "9041 AB Berlikum"],
               "Termijnfactuur", [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Project", "P-2026-019 Nieuwe website"),
                                  ("Betaaltermijn", "21 dagen")])
    y = table(p, y, ("Omschrijving", "Aantal", "Bedrag", "Totaal"),
              [(b.lines[0][0], "1", money(216000, "nl"), money(216000, "nl"))])
    y = p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal termijn 1"),
                       ["Opdrachtsom project (excl. btw): %s, te factureren in 3 termijnen (40%% / 40%% / 20%%)." % money_in("EUR", "nl", contract),
                        "Termijn 2 volgt bij oplevering ontwerp, termijn 3 na livegang.",
                        "Betalen binnen 21 dagen op {iban} t.n.v. Pixelpoort of direct via iDEAL (zie e-mail)."], iban_spaced(ib))
    link = "https://mijn.pixelpoort.nl/betalen/%s" % tok(rng, 16)
    cover = ("Beste mevrouw De Boer,\n\nBijgaand ontvangt u termijnfactuur %s (termijn 1 van 3) voor de nieuwe website.\n\n"
             "U kunt deze factuur direct online betalen via iDEAL: %s\n\n"
             "Met vriendelijke groet,\n\nSietse Hoekstra\nPixelpoort\n") % (num, link)
    frm = "facturatie@pixelpoort.nl"
    eml = send(rng, frm, "Pixelpoort", to_hdr("Zorgboerderij De Hoeve", to), "Termijnfactuur %s" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "wefact", "nl", "pdf", env(frm, to), eml, [p], "Factuur_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Zorgboerderij De Hoeve", to, ib, True, "nl"),
                     note="Instalment invoice 1 of 3: its own total is the bill; the contract sum (excl. VAT) printed "
                          "under it is not; term in days only.")


@builder
def nl_typed_tikkie_expiry(rng, rid):
    """Typed invoice, Tikkie link 'geldig t/m' a date and no term (nl, foundation)"""
    d = D(2026, 11, 20)
    ib = mk.iban(rng, "NL")
    num = "YMN-2026-031"
    b = Bill([("Stoelyoga oktober/november (lessen)", 6, 6500, 0)])
    to = "penningmeester@buurthuisdekei.nl"
    link = "https://tikkie.me/pay/YogaNoor/%s" % tok(rng, 20)
    text = ("Beste Wim,\n\nHierbij mijn factuur voor de lessen stoelyoga in het buurthuis.\n\n"
            "Factuurnummer: %s\nFactuurdatum: %s\nAan: Stichting Buurthuis De Kei, Soesterweg 40, Amersfoort\n\n"
            "6 lessen stoelyoga (9 oktober t/m 13 november) à %s\nTotaal: %s\n"
            "Geen btw in rekening gebracht (kleineondernemersregeling).\n\n"
            "Betalen kan via deze Tikkie (geldig t/m %s):\n%s\n\nOf maak het bedrag over naar {iban} t.n.v. N. El Idrissi.\n\n"
            "Hartelijke groet,\nNoor El Idrissi\nYoga met Noor\n") % (
        num, date_in("nl", d), money_in("EUR", "nl", 6500), money_in("EUR", "nl", b.total), date_in("nl", d + days(14), "long"), link)
    frm = "noor@yogametnoor.nl"
    eml, kind = mk.mail_in_kind(rng, frm, "Noor El Idrissi", to_hdr("Penningmeester Buurthuis De Kei", to),
                                "Factuur %s" % num, d, text=text, iban=iban_spaced(ib))
    return mk.record(rid, "typed", "nl", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, None, "Stichting Buurthuis De Kei", to, ib, True, "nl"),
                     note="No payment term: only the Tikkie's 'geldig t/m' date, which is the link's life, not a due date "
                          "(labelled null); a second date range in the line.")


@builder
def nl_sumup_hosted(rng, rid):
    """SumUp Invoices: HTML with 'Factuur betalen' and the PDF (nl, consumer)"""
    d = D(2026, 11, 25)
    due = D(2026, 12, 9)
    ib = mk.iban(rng, "NL")
    num = "2026-042"
    b = Bill([("Onderhoud cv-ketel", 1, 8900, 21), ("Drukventiel vervangen", 1, 3850, 21), ("Voorrijkosten", 1, 2500, 21)])
    to = "s.yilmaz82@outlook.com"
    link = "https://pay.sumup.com/b2c/%s" % tok(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:18px;font-weight:bold">Installatiebedrijf Kramer</p>\n'
             '<p>Beste Sevda Yilmaz,</p>\n<p>Installatiebedrijf Kramer heeft je een factuur gestuurd.</p>\n'
             + h_kv([("Factuurnummer", num), ("Vervaldatum", date_in("nl", due)), ("Te betalen", money_in("EUR", "nl", b.total))], True)
             + "\n" + h_button(link, "Factuur betalen", "#1a1a1a")
             + '\n<p style="font-size:12px;color:#6b7280">De factuur vind je ook als pdf in de bijlage. '
               'Verstuurd via SumUp Facturen.</p>')
    p = Page()
    y = lay_en(p, "Factuur", "Installatiebedrijf Kramer", ["Grote Markt 14", "1315 JL Almere", "KvK 59081234",
                                                           "Btw NL003388112B71", "IBAN " + iban_spaced(ib)],
               "Factuur aan", ["Sevda Yilmaz", "Roerdompstraat 41", "1343 BK Almere"],
               [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Vervaldatum", date_in("nl", due))])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Bedrag"), bill_rows(b, "nl", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal"),
                   ["Betaal online via de link in de e-mail of maak over naar {iban}."], iban_spaced(ib))
    frm = "info@installatiebedrijfkramer.nl"
    eml = send(rng, frm, "Installatiebedrijf Kramer", to_hdr("Sevda Yilmaz", to), "Nieuwe factuur %s" % num, d,
               body_html=h_page(inner), pdf=True)
    return mk.record(rid, "sumup", "nl", "pdf", env(frm, to), eml, [p], "Factuur-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Sevda Yilmaz", to, ib, False, "nl"),
                     note="SumUp's HTML with amount, due date and a pay button over the PDF; the English layout "
                          "in Dutch words.")


@builder
def nl_paypal_invoice(rng, rid):
    """PayPal invoice in HTML, 'Factuur bekijken en betalen', no PDF (nl, business)"""
    d = D(2026, 10, 8)
    due = d + days(30)
    num = "RK-0017"
    b = Bill([("Serveerborden handgedraaid, glazuur zeegroen", 24, 1850, 21), ("Kommen 14 cm", 24, 1400, 21)])
    to = "inkoop@restaurantdewaag.nl"
    link = "https://www.paypal.com/invoice/p/#%s" % tok(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:13px;color:#6b7280">PayPal</p>\n'
             '<p style="font-size:20px">Atelier Roos Keramiek heeft je een factuur gestuurd</p>\n'
             '<p style="font-size:28px;font-weight:bold;margin:8px 0">%s EUR</p>\n' % money_in("EUR", "nl", b.total)
             + '<p>Vervaldatum: %s</p>\n' % date_in("nl", due, "long")
             + h_button(link, "Factuur bekijken en betalen", "#0070ba")
             + h_kv([("Factuurnummer", num), ("Factuurdatum", date_in("nl", d, "long")), ("Factuur aan", "Restaurant De Waag"),
                     ("Voorwaarden", "Netto 30")])
             + "\n" + h_lines(b, "EUR", "nl", ("Artikel", "Aantal", "Bedrag"))
             + "\n" + h_kv([("Subtotaal", money_in("EUR", "nl", b.net)), ("Btw (21%)", money_in("EUR", "nl", b.vat)),
                            ("Totaal", money_in("EUR", "nl", b.total))], True)
             + '\n<p>Notitie van verkoper: Dank voor de fijne samenwerking! Roos</p>')
    frm = "roos@atelierroos.nl"
    eml = send(rng, frm, "Atelier Roos Keramiek via PayPal", to, "Factuur van Atelier Roos Keramiek (%s)" % num, d,
               body_html=h_page(inner, "#f5f7fa"), msgid_domain="paypal.com")
    return mk.record(rid, "paypal", "nl", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Restaurant De Waag", to, None, True, "nl"),
                     note="PayPal's layout: the amount with 'EUR' after it above the button, 'Netto 30' with the due "
                          "date printed, the debtor under 'Factuur aan'.")


@builder
def nl_stripe_hosted(rng, rid):
    """Stripe Invoicing: HTML 'Factuur betalen' with the PDF, pay link only (nl, business)"""
    d = D(2026, 12, 2)
    due = D(2026, 12, 16)
    num = "8C2F1A9E-0004"
    b = Bill([("Vertaling DE-NL technische handleiding (woorden)", 4250, 12, 21), ("Revisie en terminologielijst (uren)", 2, 5500, 21)])
    to = "inkoop@hanzetechniek.nl"
    link = "https://invoice.stripe.com/i/acct_%s/live_%s" % (tok(rng, 16), tok(rng, 40))
    inner = ('<p style="color:#6b7280">Lingua Lokaal</p>\n'
             '<p style="font-size:30px;font-weight:bold;margin:4px 0">%s</p>\n' % money_in("EUR", "nl", b.total)
             + '<p style="color:#6b7280">Te betalen op %s</p>\n' % date_in("nl", due, "long")
             + h_button(link, "Factuur betalen")
             + h_kv([("Factuur", "#" + num), ("Factuur aan", "Hanze Techniek B.V."), ("Van", "Lingua Lokaal")])
             + '\n<p style="font-size:12px;color:#6b7280">Vragen? Neem contact op met Lingua Lokaal via '
               'vertalen@lingualokaal.nl. Mogelijk gemaakt door Stripe.</p>')
    text = ("Lingua Lokaal\n\n%s te betalen op %s\n\nFactuur betalen: %s\n\nFactuur #%s\nFactuur aan: Hanze Techniek B.V.\n") % (
        money_in("EUR", "nl", b.total), date_in("nl", due, "long"), link, num)
    p = Page()
    y = lay_en(p, "Factuur", "Lingua Lokaal", ["Anouk Bakker", "Oosterstraat 60", "9711 NW Groningen",
                                               "vertalen@lingualokaal.nl", "Btw NL001234987B22"],
               "Factuur aan", ["Hanze Techniek B.V.", "Zernikepark 11", "9747 AN Groningen"],
               [("Factuurnummer", num), ("Datum van uitgifte", date_in("nl", d, "long")), ("Vervaldatum", date_in("nl", due, "long"))])
    p.text(56, y, "%s te betalen op %s" % (money_in("EUR", "nl", b.total), date_in("nl", due, "long")), 12, True)
    p.text(56, y + 16, "Online betalen: %s" % link[:60], 7.5)
    y = table(p, y + 44, ("Omschrijving", "Aantal", "Stukprijs", "Bedrag"), bill_rows(b, "nl", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw ({r})", "Totaal")
                   + [("Verschuldigd bedrag", money_in("EUR", "nl", b.total), True)], [], None)
    frm = "vertalen@lingualokaal.nl"
    eml = send(rng, frm, "Lingua Lokaal", to, "Je factuur van Lingua Lokaal #%s" % num, d,
               body_text=text, body_html=h_page(inner), pdf=True, msgid_domain="stripe.com")
    return mk.record(rid, "stripe", "nl", "pdf", env(frm, to), eml, [p], "Factuur-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Hanze Techniek B.V.", to, None, True, "nl"),
                     note="Stripe's hex-and-counter number (with '#' in the mail); word count 4250 x 0,12; no IBAN, "
                          "only the hosted link; text and HTML alternatives above the PDF.")


@builder
def nl_woocommerce_invoice(rng, rid):
    """WooCommerce with a PDF-invoice plugin: an order awaiting payment and its invoice, pay link (nl, consumer)"""
    d = D(2026, 11, 6)
    due = d + days(7)
    ib = mk.iban(rng, "NL")
    num = "TJ-2026-1187"
    b = Bill([("Sencha Superior 100 g", 2, 795, 9), ("Rooibos Vanille 100 g", 3, 550, 9),
              ("Gietijzeren theepot 0,8 l", 1, 3495, 21), ("Verzending PostNL", 1, 495, 21)], gross=True)
    to = "kees.debruin@xs4all.nl"
    link = "https://www.theehuisjasmijn.nl/afrekenen/order-pay/4471/?pay_for_order=true&key=wc_order_%s" % tok(rng, 13)
    text = ("Hallo Kees,\n\nBedankt voor je bestelling #4471. Je bestelling staat klaar, maar we hebben je betaling nog "
            "niet ontvangen. In de bijlage vind je de factuur.\n\nBetaal je bestelling via deze link:\n%s\n\n"
            "Of maak het bedrag over naar {iban} t.n.v. Theehuis Jasmijn o.v.v. het bestelnummer.\n\n"
            "Groeten,\nTheehuis Jasmijn\n") % link
    p = Page()
    y = lay_nl(p, "Theehuis Jasmijn", ["Lange Hezelstraat 23", "6511 CA Nijmegen", "KvK 77012345", "Btw NL860012345B01",
                                       "IBAN " + iban_spaced(ib)],
               ["Kees de Bruin", "Groenestraat 188", "6531 HZ Nijmegen", to],
               "FACTUUR", [("Factuurnummer:", num), ("Factuurdatum:", date_in("nl", d)), ("Bestelnummer:", "4471"),
                           ("Besteldatum:", date_in("nl", d - days(1))), ("Betaalmethode:", "Bankoverschrijving")])
    y = table(p, y, ("Product", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, [("Subtotaal (incl. btw)", money_in("EUR", "nl", b.total - 495), False),
                           ("Verzending", money_in("EUR", "nl", 495), False),
                           ("Totaal", money_in("EUR", "nl", b.total), True)]
                   + [("waarvan btw " + fr(r, "nl"), money_in("EUR", "nl", v), False) for r, _, v in b.groups],
                   ["Graag binnen 7 dagen betalen. Na ontvangst van je betaling versturen we je pakket."], iban_spaced(ib))
    frm = "bestellingen@theehuisjasmijn.nl"
    eml = send(rng, frm, "Theehuis Jasmijn", to_hdr("Kees de Bruin", to), "Factuur voor bestelling #4471", d,
               body_text=mk.qp_free(text.replace("{iban}", iban_spaced(ib))), pdf=True)
    return mk.record(rid, "woocommerce", "nl", "pdf", env(frm, to), eml, [p], "factuur-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Kees de Bruin", to, ib, False, "nl"),
                     note="Prices incl. VAT at two rates ('waarvan btw' under the total); order number and order date "
                          "beside the invoice's own; a WooCommerce pay-for-order link with a key.")


@builder
def nl_moneybird_incasso(rng, rid):
    """Moneybird PDF: 'wordt rond 1 december automatisch afgeschreven' (SEPA incasso) (nl, business)"""
    d = D(2026, 11, 20)
    due = D(2026, 12, 1)
    ib = mk.iban(rng, "NL")
    num = "CDF-2026-0388"
    b = Bill([("Flexplek december 2026", 1, 17500, 21), ("Vergaderruimte De Ketel (uren)", 3, 1750, 21),
              ("Printtegoed", 1, 1000, 21)])
    to = "rekeningen@bureaulindqvist.nl"
    p = Page()
    y = lay_nl(p, "Coworking De Fabriek", ["Torenallee 20", "5617 BC Eindhoven", "KvK 67012345", "Btw NL857123456B01"],
               ["Bureau Lindqvist", "t.a.v. Erik Lindqvist", "Torenallee 20, unit 3.14", "5617 BC Eindhoven"],
               "Factuur", [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Periode", "december 2026")])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal"),
                   ["Dit bedrag wordt rond %s automatisch van je rekening afgeschreven" % date_in("nl", due, "long"),
                    "(SEPA-incasso, machtigingskenmerk CDF-M-0112). Je hoeft niets te doen.",
                    "Vragen over deze factuur? Mail naar finance@coworkingdefabriek.nl."], iban_spaced(ib))
    foot(p, ["Coworking De Fabriek B.V. · IBAN %s · Incassant-ID NL37ZZZ670123450000 · KvK 67012345" % iban_spaced(ib)])
    cover = ("Beste Erik,\n\nIn de bijlage vind je factuur %s voor december. Het bedrag wordt rond 1 december automatisch "
             "geïncasseerd.\n\nGroet,\nTeam De Fabriek\n") % num
    frm = "finance@coworkingdefabriek.nl"
    eml = send(rng, frm, "Coworking De Fabriek", to_hdr("Bureau Lindqvist", to), "Factuur %s" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "moneybird", "nl", "pdf", env(frm, to), eml, [p], "Factuur %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Bureau Lindqvist", to, ib, True, "nl"),
                     note="Incasso 'rond' a day in words (the due date); the seller's IBAN only in the foot; a "
                          "period month beside the invoice date.")


@builder
def nl_rompslomp_ideal_wero(rng, rid):
    """Rompslomp PDF with a 'betaal direct via iDEAL of Wero' link and a kilometre line (nl, association)"""
    d = D(2026, 10, 29)
    due = d + days(30)
    ib = mk.iban(rng, "NL")
    num = "2026.0093"
    b = Bill([("Bouwkundige keuring dorpshuis", 1, 42500, 21), ("Rapportage met fotobijlage", 1, 15000, 21),
              ("Reiskosten (km)", 42, 23, 21)])
    to = "secretaris@dorpsbelangoosthem.nl"
    p = Page()
    y = lay_din(p, "Bouwadvies Terpstra", ["Leeuwarderweg 16, 8605 AK Sneek", "KvK 01098765 · btw NL001098765B33"],
                "Bouwadvies Terpstra · Leeuwarderweg 16 · 8605 AK Sneek",
                ["Vereniging Dorpsbelang Oosthem", "p/a Buorren 7", "8618 NB Oosthem"],
                [("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Vervaldatum", date_in("nl", due)),
                 ("Uw kenmerk", "Keuring dorpshuis")], "Factuur")
    y = table(p, y, ("Omschrijving", "Aantal", "Tarief", "Bedrag"), bill_rows(b, "nl", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Totaal excl. btw", "Btw {r}", "Te betalen"),
                   ["Graag voor de vervaldatum overmaken op {iban} t.n.v. Bouwadvies Terpstra,",
                    "of direct betalen via iDEAL of Wero met de link in de begeleidende e-mail."], iban_spaced(ib))
    link = "https://app.rompslomp.nl/betalen/%s" % tok(rng, 24)
    cover = ("Beste bestuur,\n\nHierbij stuur ik u de factuur voor de bouwkundige keuring van het dorpshuis.\n\n"
             "Direct betalen via iDEAL of Wero? Klik hier: %s\n\nMet vriendelijke groet,\nHessel Terpstra\n") % link
    frm = "hessel@bouwadviesterpstra.nl"
    eml = send(rng, frm, "Bouwadvies Terpstra", to, "Factuur %s Bouwadvies Terpstra" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "rompslomp", "nl", "pdf", env(frm, to), eml, [p], "factuur-%s.pdf" % num.replace(".", "-"),
                     mk.expected(num, b.total, b.total, d, due, "Vereniging Dorpsbelang Oosthem", to, ib, True, "nl"),
                     note="A number with a dot; 42 km at 0,23; 'Uw kenmerk' is the customer's words, no reference; "
                          "pay link for iDEAL or Wero.")


@builder
def nl_stripe_card_scheduled(rng, rid):
    """Stripe Billing HTML invoice: the saved card will be charged on a day; a 'change payment method' button (nl, business)"""
    d = D(2026, 11, 28)
    due = D(2026, 12, 5)
    num = "PLN-2026-0311"
    b = Bill([("Planbaar Team, december 2026 (gebruikers)", 14, 650, 21), ("Module Ouderportaal", 1, 1900, 21)])
    to = "administratie@kdvzonnestraal.nl"
    link = "https://billing.stripe.com/p/session/live_%s" % tok(rng, 36)
    inner = ('<p style="font-size:18px;font-weight:bold">Planbaar</p>\n'
             '<p>Beste klant,</p>\n<p>Hier is je factuur voor december. Je hoeft niets te doen: op %s schrijven we '
             'het bedrag af van je Visa eindigend op 4821.</p>\n' % date_in("nl", due, "long")
             + h_kv([("Factuurnummer", num), ("Factuurdatum", date_in("nl", d)), ("Klant", "Kinderdagverblijf Zonnestraal"),
                     ("Wordt afgeschreven op", date_in("nl", due))])
             + "\n" + h_lines(b, "EUR", "nl", ("Omschrijving", "Aantal", "Bedrag"))
             + "\n" + h_kv([("Subtotaal", money_in("EUR", "nl", b.net)), ("Btw 21%", money_in("EUR", "nl", b.vat)),
                            ("Totaal", money_in("EUR", "nl", b.total))], True)
             + "\n" + h_button(link, "Betaalmethode wijzigen", "#2f855a")
             + '\n<p style="font-size:12px;color:#6b7280">Planbaar · Ariënsplein 1, 7511 JX Enschede · KvK 85123456</p>')
    frm = "billing@planbaar.nl"
    eml = send(rng, frm, "Planbaar", to, "Je factuur %s van Planbaar" % num, d, body_html=h_page(inner),
               msgid_domain="stripe.com")
    return mk.record(rid, "stripe", "nl", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Kinderdagverblijf Zonnestraal", to, None, True, "nl"),
                     note="Card to be charged on a printed day (the due date), not yet charged; the only button changes "
                          "the payment method; a card's last four digits.")


# ================================================================ Flemish invoices (BE)

@builder
def be_teamleader_payconiq(rng, rid):
    """Teamleader PDF: structured communication and a Payconiq by Bancontact QR with its link (nl-BE, business)"""
    d = D(2026, 11, 12)
    due = d + days(30)
    ib = mk.iban(rng, "BE")
    num = "2026/0451"
    ogm = mk.ogm_drawn(rng)
    b = Bill([("Maatwerk toonbank eik, geolied", 1, 284000, 21), ("Montage ter plaatse (uren)", 6, 5200, 21),
              ("Verplaatsingskosten", 1, 4500, 21)])
    to = "boekhouding@bakkerijclaes.be"
    p = Page()
    y = lay_din(p, "Schrijnwerkerij Peeters BV", ["Nekkerspoel 210, 2800 Mechelen", "BTW BE 0712.345.678 · RPR Antwerpen, afdeling Mechelen"],
                "Schrijnwerkerij Peeters BV · Nekkerspoel 210 · 2800 Mechelen",
                ["Bakkerij Claes BV", "Bruul 44", "2800 Mechelen", "BTW BE 0456.789.123"],
                [("Factuurnummer", num), ("Factuurdatum", date_in("be", d)), ("Vervaldag", date_in("be", due)),
                 ("Klantnummer", "K-0288")], "FACTUUR")
    y = table(p, y, ("Omschrijving", "Aantal", "Eenheidsprijs", "BTW", "Totaal"), bill_rows(b, "nl", "qvua"))
    y = p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Totaal excl. BTW", "BTW {r}", "Totaal incl. BTW"),
                       ["Gelieve te betalen vóór %s op {iban} (BIC GKCCBEBB)" % date_in("be", due),
                        "met gestructureerde mededeling %s." % ogm], iban_spaced(ib))
    plink = "https://payconiq.com/l/1/%s" % tok(rng, 24, "0123456789ABCDEF")
    epc_block(p, 56, y + 14, "Scan & betaal met Payconiq by Bancontact", [plink[:40], plink[40:]],
              ["Of scan met uw bankapp: bedrag en mededeling", "worden automatisch ingevuld."])
    foot(p, ["Schrijnwerkerij Peeters BV · IBAN %s · BTW BE 0712.345.678 · Onze algemene voorwaarden zijn van toepassing." % iban_spaced(ib)])
    cover = ("Beste,\n\nIn bijlage vindt u factuur %s.\nU kan ook meteen betalen met Payconiq by Bancontact via de QR-code "
             "op de factuur.\n\nMet vriendelijke groeten,\nGert Peeters\nSchrijnwerkerij Peeters BV\n") % num
    frm = "facturatie@schrijnwerkerijpeeters.be"
    eml = send(rng, frm, "Schrijnwerkerij Peeters BV", to, "Factuur %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "teamleader", "nl", "pdf", env(frm, to), eml, [p], "Factuur_%s.pdf" % num.replace("/", "-"),
                     mk.expected(num, b.total, b.total, d, due, "Bakkerij Claes BV", to, ib, True, "nl", reference=ogm),
                     note="Flemish; structured communication; the Payconiq QR's link printed beside its square; "
                          "the customer's VAT number in the window.")


@builder
def be_mollie_bancontact(rng, rid):
    """Mollie hosted HTML invoice with 'Betaal met Bancontact' and a structured communication (nl-BE, consumer)"""
    d = D(2026, 10, 21)
    due = d + days(14)
    ib = mk.iban(rng, "BE")
    num = "F26-0198"
    ogm = mk.ogm_drawn(rng)
    b = Bill([("Herstelling versnellingsnaaf", 1, 8500, 6), ("Nieuwe ketting", 1, 2400, 6),
              ("Fietshelm Urban maat M", 1, 5900, 21)], gross=True)
    to = "jana.vermeulen@telenet.be"
    link = "https://mollie.me/fietsatelierwouters/%s" % tok(rng, 12)
    inner = ('<p style="font-size:20px;font-weight:bold">Fietsatelier Wouters</p>\n'
             '<p style="color:#6b7280">Sint-Pietersnieuwstraat 99, 9000 Gent · BTW BE 0798.123.456</p>\n'
             '<p>Dag Jana Vermeulen,</p>\n<p>Bedankt om bij ons langs te komen. Hieronder vind je je factuur.</p>\n'
             + h_kv([("Factuurnummer", num), ("Factuurdatum", date_in("be", d)), ("Vervaldag", date_in("be", due))])
             + "\n" + h_lines(b, "EUR", "nl", ("Omschrijving", "Aantal", "Bedrag (incl. btw)"))
             + "\n" + h_kv([("Totaal", money_in("EUR", "nl", b.total))]
                           + [("waarvan btw " + fr(r, "nl"), money_in("EUR", "nl", v)) for r, _, v in b.groups])
             + "\n" + h_button(link, "Betaal met Bancontact", "#005498")
             + '\n<p>Liever overschrijven? Rekening %s, mededeling <b>%s</b>.</p>\n' % (iban_spaced(ib), ogm)
             + '<p>Tot de volgende rit!<br>Wout Wouters</p>')
    frm = "factuur@fietsatelierwouters.be"
    eml = send(rng, frm, "Fietsatelier Wouters", to_hdr("Jana Vermeulen", to), "Je factuur %s" % num, d,
               body_html=h_page(inner))
    return mk.record(rid, "mollie", "nl", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Jana Vermeulen", to, ib, False, "nl", reference=ogm),
                     note="Flemish HTML invoice; prices incl. VAT at 6 % and 21 % ('waarvan btw' after the total); "
                          "a Bancontact button and a structured communication.")


@builder
def be_billit_domiciliering(rng, rid):
    """Billit PDF collected by domiciliëring on a day, the payer's full IBAN printed, the seller's in the foot (nl-BE, business)"""
    d = D(2026, 11, 30)
    due = D(2026, 12, 15)
    ib = mk.iban(rng, "BE")
    payer = mk.iban(rng, "BE")
    num = "2026-1123"
    b = Bill([("Schoonmaak praktijkruimtes november (uren)", 34, 3450, 21), ("Ontsmetting behandelstoelen", 4, 2200, 21),
              ("Verbruiksmateriaal", 1, 4780, 21)])
    to = "praktijk@smilelommel.be"
    p = Page()
    y = lay_nl(p, "Netjes BV", ["Schoonmaak voor praktijken en kantoren", "Kempische Steenweg 300", "3500 Hasselt",
                                "BTW BE 0743.222.901", "info@netjes.be"],
               ["Tandartsenpraktijk Smile Lommel", "Luikersteenweg 58", "3920 Lommel"],
               "Factuur", [("Factuurnummer", num), ("Factuurdatum", date_in("be", d)), ("Vervaldatum", date_in("be", due)),
                           ("Klant-BTW", "BE 0633.018.442")])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "BTW", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Maatstaf van heffing", "BTW {r}", "Totaal te betalen"),
                   ["Dit bedrag wordt op %s via domiciliëring gedebiteerd van uw rekening %s." % (date_in("be", due), iban_spaced(payer)),
                    "Mandaatreferentie: DOM-0087 · Schuldeisers-ID: BE12ZZZ0743222901",
                    "Gelieve niet zelf over te schrijven."], iban_spaced(ib))
    foot(p, ["Netjes BV · Kempische Steenweg 300, 3500 Hasselt · IBAN %s · BIC KREDBEBB · BTW BE 0743.222.901" % iban_spaced(ib)])
    cover = ("Beste klant,\n\nIn bijlage vindt u uw factuur %s. Het bedrag wordt via domiciliëring van uw rekening "
             "gedebiteerd.\n\nMet vriendelijke groeten,\nNetjes BV\n\nVerzonden via Billit\n") % num
    frm = "facturen@netjes.be"
    eml = send(rng, frm, "Netjes BV", to, "Factuur %s van Netjes BV" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "billit", "nl", "pdf", env(frm, to), eml, [p], "%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Tandartsenpraktijk Smile Lommel", to, ib, True, "nl"),
                     note="Domiciliëring on the due date; the payer's own IBAN printed in full in the notes must not be "
                          "taken for the seller's (in the foot); a creditor id and mandate reference are no reference.")


@builder
def be_typed_wero(rng, rid):
    """Typed invoice: structured communication, or Wero to a mobile number; small-enterprise VAT exemption (nl-BE, consumer couple)"""
    d = D(2026, 12, 7)
    due = d + days(15)
    ib = mk.iban(rng, "BE")
    num = "2026/019"
    ogm = mk.ogm_drawn(rng)
    b = Bill([("Ontwerp trouwkaart (incl. 2 correctierondes)", 1, 18000, 0), ("Drukklaar bestand en envelopetiket", 1, 4000, 0)])
    to = "tom.peeters@skynet.be"
    text = ("Dag Tom en Eva,\n\nHierbij, zoals beloofd, de factuur voor jullie trouwkaart.\n\n"
            "FACTUUR %s\nDatum: %s\nKlant: Tom Peeters en Eva Maes, Naamsestraat 130, 3000 Leuven\n\n"
            "Ontwerp trouwkaart (incl. 2 correctierondes) ..... %s\nDrukklaar bestand en envelopetiket ..... %s\n"
            "TOTAAL ..... %s\n\nBijzondere vrijstellingsregeling kleine ondernemingen (art. 56bis W.BTW), btw niet van toepassing.\n\n"
            "Te betalen binnen 15 dagen op {iban} met mededeling %s.\n"
            "Met Wero gaat het ook: betaal naar mijn gsm-nummer 0478 21 65 09.\n\n"
            "Heel veel geluk samen!\nLies Van Damme\nIllustratie & grafisch ontwerp\nOnd.nr. 0789.456.123\n") % (
        num, date_in("be", d), money_in("EUR", "nl", b.amounts[0]), money_in("EUR", "nl", b.amounts[1]),
        money_in("EUR", "nl", b.total), ogm)
    frm = "lies@liesvandamme.be"
    eml, kind = mk.mail_in_kind(rng, frm, "Lies Van Damme", to_hdr("Tom Peeters", to), "Factuur %s trouwkaart" % num, d,
                                text=text, iban=iban_spaced(ib))
    return mk.record(rid, "typed", "nl", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Tom Peeters en Eva Maes", to, ib, False, "nl",
                                          reference=ogm),
                     note="Typed Flemish invoice; a couple named one by one after 'Klant:'; the Wero mobile number "
                          "and the company number are no account or reference.")


# ================================================================ English invoices (UK, IE)

@builder
def uk_xero_stripe(rng, rid):
    """Xero PDF, the cover's 'View and pay your bill online' (Stripe), sort code and IBAN (en-UK, business)"""
    d = D(2026, 10, 14)
    due = d + days(30)
    ib = mk.iban(rng, "GB")
    num = "INV-0421"
    b = Bill([("Brand refresh - practice signage designs", 1, 145000, 20), ("Leaflet artwork, 2 versions", 2, 18500, 20),
              ("Stock photography licence", 3, 2900, 20)])
    to = "accounts@harboursidedental.co.uk"
    p = Page()
    y = lay_en(p, "TAX INVOICE", "Copperleaf Design Ltd", ["Unit 4, Paintworks", "Arnos Vale", "Bristol BS4 3EH",
                                                            "VAT No. GB 318 4421 07"],
               "Invoice To", ["Harbourside Dental Practice", "Attn: Accounts", "12 Cumberland Road", "Bristol BS1 6UX"],
               [("Invoice Number", num), ("Invoice Date", date_in("en", d, "short-en")), ("Due Date", date_in("en", due, "short-en")),
                ("Reference", "Signage Q4")])
    y = table(p, y, ("Description", "Quantity", "Unit Price", "VAT", "Amount GBP"), bill_rows(b, "en", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Subtotal", "TOTAL VAT {r}", "TOTAL GBP")
                   + [("AMOUNT DUE GBP", money_in("GBP", "en", b.total), True)],
                   ["Due Date: %s" % date_in("en", due, "short-en"),
                    "Bank transfer: Copperleaf Design Ltd, sort code 60-83-71, account 20418873",
                    "IBAN {iban} · Pay online by card at the link in our email."], iban_spaced(ib))
    foot(p, ["Company Registration No: 09918274. Registered Office: Unit 4, Paintworks, Arnos Vale, Bristol BS4 3EH."])
    link = "https://in.xero.com/%s" % tok(rng, 40, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    cover = ("Hi there,\n\nHere's invoice %s for %s.\n\nThe amount outstanding of %s is due on %s.\n\n"
             "View and pay your bill online: %s\n\nFrom your online bill you can print a PDF, export a CSV, or create a "
             "free login and view your outstanding bills.\n\nIf you have any questions, please let us know.\n\n"
             "Thanks,\nCopperleaf Design Ltd\n") % (
        num, money_in("GBP", "en", b.total), money_in("GBP", "en", b.total), date_in("en", due, "short-en"), link)
    frm = "accounts@copperleafdesign.co.uk"
    eml = send(rng, frm, "Copperleaf Design Ltd", to, "Invoice %s from Copperleaf Design Ltd for Harbourside Dental Practice" % num, d,
               body_text=cover, pdf=True, msgid_domain="post.xero.com")
    return mk.record(rid, "xero", "en", "pdf", env(frm, to), eml, [p], "Invoice %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Harbourside Dental Practice", to, ib, True, "en", currency="GBP"),
                     note="Xero's cover with the amount and due date and a pay-online link; Xero's 'Reference' field is "
                          "a job name, not a payment reference; sort code, account and IBAN.")


@builder
def uk_quickbooks_hosted(rng, rid):
    """QuickBooks HTML 'Review and pay' with the PDF; sort code only (en-UK, consumer)"""
    d = D(2026, 11, 9)
    due = d + days(15)
    num = "1047"
    b = Bill([("Hedge cutting and clearance (hours)", 5, 3200, 0), ("Green waste disposal", 1, 4500, 0),
              ("Lawn treatment, autumn feed", 1, 3800, 0)])
    to = "helen.carter@btinternet.com"
    link = "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s" % hexs(rng, 48)
    inner = ('<p style="font-size:18px;font-weight:bold">Greenway Garden Services</p>\n'
             '<p>Dear Helen Carter,</p>\n<p>Here\'s your invoice! We appreciate your prompt payment.</p>\n'
             '<p style="font-size:12px;color:#6b7280;margin-top:20px">INVOICE %s DETAILS</p>\n' % num
             + h_kv([("Balance due", money_in("GBP", "en", b.total)), ("Due date", date_in("en", due, "dmy/"))], False)
             + "\n" + h_button(link, "Review and pay", "#2ca01c")
             + '\n<p>Thanks for your business!<br>Greenway Garden Services</p>\n'
               '<p style="font-size:12px;color:#6b7280">Greenway Garden Services, 9 Kennet Walk, Reading RG1 3GD</p>')
    p = Page()
    y = lay_en(p, "INVOICE", "Greenway Garden Services", ["Mark Hughes", "9 Kennet Walk", "Reading RG1 3GD",
                                                          "07700 914 228", "mark@greenwaygardens.co.uk"],
               "BILL TO", ["Mrs Helen Carter", "41 Eastern Avenue", "Reading RG1 5RU"],
               [("INVOICE #", num), ("DATE", date_in("en", d, "dmy/")), ("DUE DATE", date_in("en", due, "dmy/")),
                ("TERMS", "Net 15")])
    y = table(p, y, ("DESCRIPTION", "QTY", "RATE", "AMOUNT"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, [("BALANCE DUE", money_in("GBP", "en", b.total), True)],
                   ["Pay online with the link in our email, or by bank transfer:",
                    "Greenway Garden Services, sort code 40-11-62, account 71552390, reference 1047.",
                    "Not VAT registered."], None)
    frm = "mark@greenwaygardens.co.uk"
    eml = send(rng, frm, "Greenway Garden Services", to_hdr("Helen Carter", to), "Invoice %s from Greenway Garden Services" % num, d,
               body_html=h_page(inner), pdf=True, msgid_domain="intuit.com")
    return mk.record(rid, "quickbooks", "en", "pdf", env(frm, to), eml, [p], "Invoice_%s_from_Greenway_Garden_Services.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Helen Carter", to, None, False, "en", currency="GBP"),
                     note="QuickBooks: HTML with balance, due date and 'Review and pay' over the PDF; 'Mrs' dropped; "
                          "'reference 1047' asks that the invoice number be quoted, no payment reference; no IBAN.")


@builder
def uk_xero_gocardless(rng, rid):
    """Xero PDF collected by GoCardless Direct Debit on or around a day (en-UK, business)"""
    d = D(2026, 11, 26)
    due = D(2026, 12, 3)
    num = "INV-2218"
    b = Bill([("Managed IT support, December (per user)", 18, 2400, 20), ("Microsoft 365 Business Standard (licences)", 18, 1030, 20),
              ("On-site visit 19 Nov, printer network (hours)", 1.5, 7500, 20)])
    to = "practice.manager@oakfieldvets.co.uk"
    p = Page()
    y = lay_en(p, "TAX INVOICE", "Brightline IT Support Ltd", ["3rd Floor, 81 King Street", "Manchester M2 4AH",
                                                                "VAT No. GB 402 1187 63"],
               "Invoice To", ["Oakfield Veterinary Surgery", "220 Wilmslow Road", "Manchester M14 6LE"],
               [("Invoice Number", num), ("Invoice Date", date_in("en", d, "short-en")), ("Due Date", date_in("en", due, "short-en"))])
    y = table(p, y, ("Description", "Quantity", "Unit Price", "VAT", "Amount GBP"), bill_rows(b, "en", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Subtotal", "TOTAL VAT {r}", "TOTAL GBP"),
                   ["This invoice will be collected by Direct Debit via GoCardless on or around %s." % date_in("en", due),
                    "The payment will appear on your statement as BRIGHTLINE IT. No action is needed.",
                    "GoCardless mandate reference: BRIGHTLINE-7KQ2M8."], None)
    foot(p, ["Brightline IT Support Ltd · Registered in England No. 11823390 · 3rd Floor, 81 King Street, Manchester M2 4AH"])
    cover = ("Hi Sarah,\n\nHere's invoice %s for %s.\n\nThis will be collected by Direct Debit on or around %s, so there's "
             "nothing you need to do.\n\nView your bill online: https://in.xero.com/%s\n\nThanks,\nBrightline IT Support Ltd\n") % (
        num, money_in("GBP", "en", b.total), date_in("en", due, "short-en"), tok(rng, 40, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"))
    frm = "billing@brightline-it.co.uk"
    eml = send(rng, frm, "Brightline IT Support Ltd", to, "Invoice %s from Brightline IT Support Ltd" % num, d,
               body_text=cover, pdf=True, msgid_domain="post.xero.com")
    return mk.record(rid, "xero", "en", "pdf", env(frm, to), eml, [p], "Invoice %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Oakfield Veterinary Surgery", to, None, True, "en", currency="GBP"),
                     note="Collected by GoCardless on or around the due date; 'nothing you need to do'; a quantity 1.5; "
                          "a visit date in a line; no bank details.")


@builder
def uk_paypal_usd(rng, rid):
    """PayPal HTML invoice in USD, 'Due on receipt', 'Pay Now' (en-UK seller, US business)"""
    d = D(2026, 11, 2)
    num = "EM-2026-014"
    b = Bill([("Cover illustration, 'The Salt Road'", 1, 120000, 0), ("Spot illustrations, interior", 4, 8500, 0)])
    to = "ap@cobblestonepress.com"
    link = "https://www.paypal.com/invoice/p/#%s" % tok(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:13px;color:#6b7280">PayPal</p>\n'
             '<p style="font-size:20px">Ellie Marsh Illustration sent you an invoice</p>\n'
             '<p style="font-size:28px;font-weight:bold;margin:8px 0">%s USD</p>\n' % money_in("USD", "en", b.total)
             + '<p>Due on receipt</p>\n'
             + h_button(link, "Pay Now", "#0070ba")
             + h_kv([("Invoice number", num), ("Invoice date", date_in("en", d, "us")), ("Bill to", "Cobblestone Press LLC"),
                     ("", "1220 SE Division St, Portland, OR 97202")])
             + "\n" + h_lines(b, "USD", "en", ("Item", "Qty", "Amount"))
             + "\n" + h_kv([("Subtotal", money_in("USD", "en", b.net)), ("Total", money_in("USD", "en", b.total)),
                            ("Amount due", money_in("USD", "en", b.total))], True)
             + '\n<p>Note from seller: Thanks so much, it was a joy to work on this one. Ellie</p>')
    frm = "studio@elliemarsh.co.uk"
    eml = send(rng, frm, "Ellie Marsh Illustration via PayPal", to, "Invoice from Ellie Marsh Illustration (#%s)" % num, d,
               body_html=h_page(inner, "#f5f7fa"), msgid_domain="paypal.com")
    return mk.record(rid, "paypal", "en", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, d, "Cobblestone Press LLC", to, None, True, "en", currency="USD"),
                     note="USD with 'USD' after the amount; 'Due on receipt' gives the issue date; the date in US style.")


@builder
def uk_stripe_deposit(rng, rid):
    """Stripe HTML with PDF: a deposit paid by card earlier, 'Amount remaining' due (en-UK, consumer)"""
    d = D(2026, 10, 5)
    due = d + days(30)
    num = "LWF-0093"
    b = Bill([("Wedding film package, full day", 1, 145000, 0), ("Drone footage add-on", 1, 21000, 0)])
    paid = 50000
    to = "sophie.evans91@gmail.com"
    link = "https://invoice.stripe.com/i/acct_%s/live_%s" % (tok(rng, 16), tok(rng, 40))
    inner = ('<p style="color:#6b7280">Lumen Wedding Films</p>\n'
             '<p style="font-size:30px;font-weight:bold;margin:4px 0">%s</p>\n' % money_in("GBP", "en", b.total - paid)
             + '<p style="color:#6b7280">Due %s</p>\n' % date_in("en", due, "us")
             + h_button(link, "Pay this invoice")
             + h_kv([("Invoice number", num), ("Amount paid", money_in("GBP", "en", paid)),
                     ("Amount remaining", money_in("GBP", "en", b.total - paid))])
             + '\n<p style="font-size:12px;color:#6b7280">Questions? Contact Lumen Wedding Films at hello@lumenweddingfilms.co.uk. '
               'Powered by Stripe.</p>')
    p = Page()
    y = lay_en(p, "Invoice", "Lumen Wedding Films", ["Owen Price", "27 Clare Road", "Cardiff CF11 6QP", "hello@lumenweddingfilms.co.uk"],
               "Bill to", ["Sophie Evans", "8 Romilly Crescent", "Cardiff CF11 9NR"],
               [("Invoice number", num), ("Date of issue", date_in("en", d, "us")), ("Date due", date_in("en", due, "us"))])
    p.text(56, y, "%s due %s" % (money_in("GBP", "en", b.total - paid), date_in("en", due, "us")), 12, True)
    y = table(p, y + 30, ("Description", "Qty", "Unit price", "Amount"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, [("Subtotal", money_in("GBP", "en", b.net), False), ("Total", money_in("GBP", "en", b.total), False),
                           ("Amount paid", "-" + money_in("GBP", "en", paid), False),
                           ("Amount remaining", money_in("GBP", "en", b.total - paid), True)],
                   ["Deposit of %s paid by card on March 12, 2026 to secure the date." % money_in("GBP", "en", paid),
                    "Not registered for VAT."], None)
    frm = "hello@lumenweddingfilms.co.uk"
    eml = send(rng, frm, "Lumen Wedding Films", to_hdr("Sophie Evans", to), "Your invoice from Lumen Wedding Films #%s" % num, d,
               body_html=h_page(inner), pdf=True, msgid_domain="stripe.com")
    return mk.record(rid, "stripe", "en", "pdf", env(frm, to), eml, [p], "Invoice-%s.pdf" % num,
                     mk.expected(num, b.total - paid, b.total, d, due, "Sophie Evans", to, None, False, "en", currency="GBP"),
                     note="A card deposit paid months before deducted: due is 'Amount remaining'; the mail's big figure "
                          "is the remainder, not the total; an earlier date in the notes.")


@builder
def uk_zoho_expiry(rng, rid):
    """Zoho Invoice PDF, Net 30 with the due date; the cover's pay link 'will expire' on another day (en-UK, business)"""
    d = D(2026, 10, 30)
    due = d + days(30)
    ib = mk.iban(rng, "GB")
    num = "INV-000187"
    b = Bill([("Measured building survey, 3 holiday cottages", 1, 168000, 20), ("Drainage CCTV survey", 1, 39500, 20),
              ("Mileage (miles)", 86, 45, 20)])
    to = "bookings@moorlandcottages.co.uk"
    p = Page()
    y = lay_en(p, "INVOICE", "Kestrel Surveying Ltd", ["Matford Business Park", "Exeter EX2 8FD", "VAT Reg. GB 291 5566 40"],
               "Bill To", ["Moorland Holiday Cottages Ltd", "Poundsgate", "Newton Abbot TQ13 7NU"],
               [("Invoice#", num), ("Invoice Date", date_in("en", d, "dmy/")), ("Terms", "Net 30"),
                ("Due Date", date_in("en", due, "dmy/"))])
    y = table(p, y, ("Item & Description", "Qty", "Rate", "Amount"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Sub Total", "Standard Rate ({r})", "Total")
                   + [("Balance Due", money_in("GBP", "en", b.total), True)],
                   ["Bank: Kestrel Surveying Ltd, sort code 30-96-17, account 44820116",
                    "IBAN: {iban}  BIC: LOYDGB21",
                    "Thank you for the business."], iban_spaced(ib))
    link = "https://zohosecurepay.eu/books/kestrelsurveying/secure?CInvoiceID=%s" % digits(rng, 19)
    expires = D(2026, 12, 15)
    cover = ("Dear Moorland Holiday Cottages Ltd,\n\nThank you for your business. Your invoice can be viewed, printed and "
             "downloaded as PDF from the link below. You can also choose to pay it online.\n\n"
             "Invoice #: %s\nInvoice Date: %s\nDue Date: %s\nBalance Due: %s\n\n"
             "View and pay online: %s\n(this payment link will expire on %s)\n\n"
             "Regards,\nJenny Cole\nKestrel Surveying Ltd\n") % (
        num, date_in("en", d, "dmy/"), date_in("en", due, "dmy/"), money_in("GBP", "en", b.total), link, date_in("en", expires, "dmy/"))
    frm = "accounts@kestrelsurveying.co.uk"
    eml = send(rng, frm, "Kestrel Surveying Ltd", to, "Invoice - %s from Kestrel Surveying Ltd" % num, d,
               body_text=cover, pdf=True, msgid_domain="zohoinvoice.eu")
    return mk.record(rid, "zoho-invoice", "en", "pdf", env(frm, to), eml, [p], "%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Moorland Holiday Cottages Ltd", to, ib, True, "en", currency="GBP"),
                     note="The pay link's expiry (15/12/2026) is a later date than the printed due date, which rules; "
                          "mileage at 45p; Zoho's cover repeats the facts.")


@builder
def uk_sumup_hosted(rng, rid):
    """SumUp Invoices HTML only, 'Pay invoice', labour in decimal hours (en-UK, consumer)"""
    d = D(2026, 12, 3)
    due = d + days(7)
    num = "INV-0058"
    b = Bill([("Labour (hours)", 2.5, 4800, 0), ("Front brake pads", 1, 3690, 0), ("Brake fluid", 1, 1150, 0)])
    to = "gareth.lloyd@outlook.com"
    link = "https://pay.sumup.com/b2c/%s" % tok(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:18px;font-weight:bold">Dave Pritchard Mobile Mechanic</p>\n'
             '<p>Hi Gareth Lloyd,</p>\n<p>Dave Pritchard Mobile Mechanic has sent you an invoice.</p>\n'
             + h_kv([("Invoice number", num), ("Issue date", date_in("en", d, "dmy/")), ("Due date", date_in("en", due, "dmy/")),
                     ("Billed to", "Mr Gareth Lloyd, 14 Walter Road, Swansea SA1 5NF")])
             + "\n" + h_lines(b, "GBP", "en", ("Item", "Qty", "Total"))
             + "\n" + h_kv([("Amount due", money_in("GBP", "en", b.total))], True)
             + "\n" + h_button(link, "Pay invoice", "#1a1a1a")
             + '\n<p style="font-size:12px;color:#6b7280">Not VAT registered. Sent with SumUp Invoices.</p>')
    frm = "dave@pritchardmobilemechanic.co.uk"
    eml = send(rng, frm, "Dave Pritchard Mobile Mechanic", to_hdr("Gareth Lloyd", to), "Invoice %s from Dave Pritchard Mobile Mechanic" % num, d,
               body_html=h_page(inner))
    return mk.record(rid, "sumup", "en", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Gareth Lloyd", to, None, False, "en", currency="GBP"),
                     note="HTML only; 'Mr' and the address on the debtor's line; 2.5 hours of labour.")


@builder
def uk_typed_monzo(rng, rid):
    """Typed invoice with a monzo.me link carrying the amount, sort code and account (en-UK, consumer)"""
    d = D(2026, 11, 18)
    due = d + days(7)
    num = "311"
    b = Bill([("Replace consumer unit (labour and parts)", 1, 42000, 0), ("EICR certificate", 1, 9500, 0),
              ("Extra double socket, kitchen", 2, 4250, 0)])
    to = "priya.shah@icloud.com"
    text = ("Hi Priya,\n\nThanks for having me round on Monday. Invoice below.\n\n"
            "INVOICE No. %s\nDate: %s\nTo: Priya Shah, 23 Unthank Road, Norwich NR2 2PA\n\n"
            "Replace consumer unit (labour and parts)   %s\nEICR certificate   %s\nExtra double socket, kitchen x2   %s\n\n"
            "Total due: %s\n\nPayment within 7 days please. Easiest is Monzo: monzo.me/tomwhitfield/%s\n"
            "or bank transfer to T Whitfield, sort code 04-00-04, account 61839204.\n\n"
            "Not VAT registered.\n\nCheers,\nTom Whitfield\nTom Whitfield Electrical\n07811 402 337\n") % (
        num, date_in("en", d), money_in("GBP", "en", b.amounts[0]), money_in("GBP", "en", b.amounts[1]),
        money_in("GBP", "en", b.amounts[2]), money_in("GBP", "en", b.total), money(b.total, "plain"))
    frm = "tom@whitfieldelectrical.co.uk"
    eml, kind = mk.mail_in_kind(rng, frm, "Tom Whitfield Electrical", to_hdr("Priya Shah", to), "Invoice %s" % num, d, text=text)
    return mk.record(rid, "typed", "en", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Priya Shah", to, None, False, "en", currency="GBP"),
                     note="Typed; a three-digit invoice number; the monzo.me link ends in the amount; 'on Monday' and "
                          "a phone number; term in days.")


@builder
def uk_stripe_instalment(rng, rid):
    """Stripe HTML invoice 'Instalment 2 of 3' of a course fee, its own number and amount (en-UK, consumer)"""
    d = D(2026, 11, 1)
    due = d + days(14)
    num = "SA-2026-0412"
    fee = 89700
    b = Bill([("Diploma in Wedding Photography, instalment 2 of 3", 1, 29900, 0)])
    to = "amelia.brooks@yahoo.co.uk"
    link = "https://invoice.stripe.com/i/acct_%s/live_%s" % (tok(rng, 16), tok(rng, 40))
    inner = ('<p style="color:#6b7280">Shutter Academy Ltd</p>\n'
             '<p style="font-size:30px;font-weight:bold;margin:4px 0">%s</p>\n' % money_in("GBP", "en", b.total)
             + '<p style="color:#6b7280">Due %s</p>\n' % date_in("en", due, "us")
             + h_button(link, "Pay this invoice")
             + h_kv([("Invoice number", num), ("Date of issue", date_in("en", d, "us")), ("Bill to", "Amelia Brooks")])
             + "\n" + h_lines(b, "GBP", "en", ("Description", "Qty", "Amount"))
             + '\n<p>Your course fee of %s is payable in 3 monthly instalments of %s. Instalment 1 was paid on %s; '
               'instalment 3 will be invoiced on %s.</p>\n' % (money_in("GBP", "en", fee), money_in("GBP", "en", 29900),
                                                              date_in("en", D(2026, 10, 1), "us"), date_in("en", D(2026, 12, 1), "us"))
             + h_kv([("Amount due", money_in("GBP", "en", b.total))], True)
             + '\n<p style="font-size:12px;color:#6b7280">Shutter Academy Ltd, 5 Micklegate, York YO1 6JH. '
               'Not VAT registered. Powered by Stripe.</p>')
    frm = "accounts@shutteracademy.co.uk"
    eml = send(rng, frm, "Shutter Academy", to_hdr("Amelia Brooks", to), "Your invoice from Shutter Academy Ltd #%s" % num, d,
               body_html=h_page(inner), msgid_domain="stripe.com")
    return mk.record(rid, "stripe", "en", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Amelia Brooks", to, None, False, "en", currency="GBP"),
                     note="An instalment invoice: its own amount is due, the course fee printed beside it is not; "
                          "two other dates (the first instalment paid, the third to come).")


@builder
def uk_zettle_hosted(rng, rid):
    """Zettle Invoices HTML with 'Pay invoice' and the PDF; catering for a club (en-UK, organisation)"""
    d = D(2026, 12, 10)
    due = d + days(14)
    num = "LK-1024"
    b = Bill([("Buffet lunch, Christmas meeting (covers)", 45, 1450, 20), ("Tea and coffee service (covers)", 45, 220, 20),
              ("Delivery and set-up", 1, 3500, 20)])
    to = "treasurer@avonvalleyrotary.org.uk"
    link = "https://pay.zettle.com/invoice/%s" % hexs(rng, 32)
    inner = ('<p style="font-size:18px;font-weight:bold">The Larder Kitchen</p>\n'
             '<p>Hello,</p>\n<p>You have received an invoice from The Larder Kitchen.</p>\n'
             + h_kv([("Invoice", num), ("Amount", money_in("GBP", "en", b.total)), ("Due", date_in("en", due))], False)
             + "\n" + h_button(link, "Pay invoice", "#000000")
             + '\n<p>The invoice is attached as a PDF. Thank you for choosing us for your Christmas lunch!</p>\n'
               '<p style="font-size:12px;color:#6b7280">Sent with Zettle by PayPal</p>')
    p = Page()
    y = lay_en(p, "Invoice", "The Larder Kitchen", ["14 Walcot Street", "Bath BA1 5BG", "VAT GB 377 2190 58"],
               "Invoice to", ["Avon Valley Rotary Club", "c/o The Treasurer", "2 Sydney Buildings", "Bath BA2 6BZ"],
               [("Invoice number", num), ("Invoice date", date_in("en", d)), ("Due date", date_in("en", due)),
                ("Event date", date_in("en", D(2026, 12, 8)))])
    y = table(p, y, ("Description", "Qty", "Price", "Total"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Subtotal", "VAT {r}", "Total to pay"),
                   ["Pay by card using the link in the email, or by transfer: sort code 09-01-28, account 33184520."], None)
    frm = "hello@thelarderkitchen.co.uk"
    eml = send(rng, frm, "The Larder Kitchen", to, "Invoice %s from The Larder Kitchen" % num, d,
               body_html=h_page(inner), pdf=True, msgid_domain="zettle.com")
    return mk.record(rid, "zettle", "en", "pdf", env(frm, to), eml, [p], "Invoice_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Avon Valley Rotary Club", to, None, True, "en", currency="GBP"),
                     note="Zettle's short HTML over the PDF; an event date before the invoice date; 'c/o The Treasurer'.")


@builder
def ie_xero_stripe(rng, rid):
    """Xero PDF in EUR with IBAN and BIC and a 'Pay now' link in the cover (en-IE, business)"""
    d = D(2026, 11, 19)
    due = d + days(14)
    ib = mk.iban(rng, "IE")
    num = "INV-0733"
    b = Bill([("Website rebuild, booking integration", 1, 240000, 23), ("Hosting and care plan, 12 months", 1, 36000, 23),
              ("Photography licence, 10 images", 10, 1500, 23)])
    to = "office@clarecoastkayaking.ie"
    p = Page()
    y = lay_en(p, "TAX INVOICE", "Burren Web Studio Ltd", ["Abbey Street", "Ennis, Co. Clare V95 X2T4", "VAT IE 3456789KH"],
               "Invoice To", ["Clare Coast Kayaking Ltd", "The Pier, Doolin", "Co. Clare V95 FY68"],
               [("Invoice Number", num), ("Invoice Date", date_in("en", d, "short-en")), ("Due Date", date_in("en", due, "short-en"))])
    y = table(p, y, ("Description", "Quantity", "Unit Price", "VAT", "Amount EUR"), bill_rows(b, "en", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "en", "Subtotal", "TOTAL VAT {r}", "TOTAL EUR")
                   + [("AMOUNT DUE EUR", money_in("EUR", "en", b.total), True)],
                   ["Payment by EFT to Burren Web Studio Ltd", "IBAN: {iban}   BIC: %s" % (ib[4:8] + "IE2D"),
                    "Or pay by card online, link in our email."], iban_spaced(ib))
    foot(p, ["Burren Web Studio Ltd · Registered in Ireland No. 612345 · Abbey Street, Ennis, Co. Clare"])
    link = "https://in.xero.com/%s" % tok(rng, 40, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    cover = ("Hi Declan,\n\nHere's invoice %s for %s.\n\nThe amount outstanding of %s is due on %s.\n\n"
             "Pay now: %s\n\nThanks a million,\nRóisín\nBurren Web Studio Ltd\n") % (
        num, money_in("EUR", "en", b.total), money_in("EUR", "en", b.total), date_in("en", due, "short-en"), link)
    frm = "accounts@burrenwebstudio.ie"
    eml = send(rng, frm, "Burren Web Studio Ltd", to, "Invoice %s from Burren Web Studio Ltd for Clare Coast Kayaking Ltd" % num, d,
               body_text=cover, pdf=True, msgid_domain="post.xero.com")
    return mk.record(rid, "xero", "en", "pdf", env(frm, to), eml, [p], "Invoice %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Clare Coast Kayaking Ltd", to, ib, True, "en"),
                     note="Irish Xero invoice in EUR at 23 %; an Eircode in the addresses; a pay-now link in the cover.")


@builder
def ie_quickbooks_hosted(rng, rid):
    """QuickBooks HTML only with 'Review and pay' and the IBAN in the message (en-IE, consumer)"""
    d = D(2026, 10, 22)
    due = d + days(14)
    ib = mk.iban(rng, "IE")
    num = "2091"
    b = Bill([("Bathroom tiling, walls and floor (m2)", 18, 4200, 13.5), ("Tile adhesive, grout, trims", 1, 21650, 13.5)])
    to = "siobhan.oleary@eircom.net"
    link = "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s" % hexs(rng, 48)
    inner = ('<p style="font-size:18px;font-weight:bold">Murphy Tiling Services</p>\n'
             "<p>Dear Siobhán O'Leary,</p>\n<p>Here's your invoice! We appreciate your prompt payment.</p>\n"
             '<p style="font-size:12px;color:#6b7280;margin-top:20px">INVOICE %s DETAILS</p>\n' % num
             + h_kv([("Invoice date", date_in("en", d, "dmy/")), ("Terms", "Net 14"), ("Due date", date_in("en", due, "dmy/"))])
             + "\n" + h_lines(b, "EUR", "en", ("Product/service", "Qty", "Amount"))
             + "\n" + h_kv([("Subtotal", money_in("EUR", "en", b.net)), ("VAT @ 13.5%", money_in("EUR", "en", b.vat)),
                            ("Total", money_in("EUR", "en", b.total)), ("Balance due", money_in("EUR", "en", b.total))], True)
             + "\n" + h_button(link, "Review and pay", "#2ca01c")
             + '\n<p>Prefer to pay by bank transfer? IBAN %s, BIC %s, Murphy Tiling Services.</p>\n' % (iban_spaced(ib), ib[4:8] + "IE2D")
             + '<p>Thanks for your business!<br>Pádraig Murphy<br>Murphy Tiling Services, Unit 7 Kinsale Road, Cork</p>')
    frm = "padraig@murphytiling.ie"
    eml = send(rng, frm, "Murphy Tiling Services", to_hdr("Siobhán O'Leary", to), "Invoice %s from Murphy Tiling Services" % num, d,
               body_html=h_page(inner), msgid_domain="intuit.com")
    return mk.record(rid, "quickbooks", "en", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Siobhán O'Leary", to, ib, False, "en"),
                     note="HTML only; 13.5 % VAT; square metres; an apostrophe and a fada in the name; the IBAN only "
                          "in a sentence under the button.")


@builder
def ie_zoho_usd(rng, rid):
    """Zoho Invoice PDF in USD to a US client with a PayPal link and an Irish IBAN (en-IE, business)"""
    d = D(2026, 12, 4)
    due = d + days(30)
    ib = mk.iban(rng, "IE")
    num = "INV-000052"
    b = Bill([("Data pipeline review and recommendations (hours)", 32, 14000, 0), ("Workshop, remote (half day)", 1, 60000, 0)])
    to = "payables@trailheadanalytics.com"
    p = Page()
    y = lay_en(p, "INVOICE", "Aoife Kavanagh Consulting", ["Aoife Kavanagh", "Dominick Street Upper", "Galway H91 E2W6",
                                                           "VAT IE 9876543W"],
               "Bill To", ["Trailhead Analytics Inc.", "410 N 44th Street, Suite 300", "Phoenix, AZ 85008", "USA"],
               [("Invoice#", num), ("Invoice Date", date_in("en", d, "short-en")), ("Terms", "Net 30"),
                ("Due Date", date_in("en", due, "short-en"))])
    y = table(p, y, ("Item & Description", "Qty", "Rate", "Amount"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, [("Sub Total", money_in("USD", "en", b.net), False), ("Total", money_in("USD", "en", b.total), False),
                           ("Balance Due", money_in("USD", "en", b.total), True)],
                   ["VAT: outside the scope of Irish VAT, place of supply outside the EU.",
                    "Pay by PayPal using the link in our email, or by transfer in USD:",
                    "IBAN {iban} (USD account), BIC %s." % (ib[4:8] + "IE2D")], iban_spaced(ib))
    link = "https://www.paypal.com/invoice/p/#%s" % tok(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    cover = ("Hi Marcus,\n\nPlease find attached invoice %s for the November engagement (%s, due %s).\n\n"
             "You can pay by PayPal here: %s\n\nKind regards,\nAoife Kavanagh\n") % (
        num, money_in("USD", "en", b.total), date_in("en", due, "short-en"), link)
    frm = "aoife@kavanaghconsulting.ie"
    eml = send(rng, frm, "Aoife Kavanagh", to, "Invoice %s" % num, d, body_text=cover, pdf=True, msgid_domain="zohoinvoice.eu")
    return mk.record(rid, "zoho-invoice", "en", "pdf", env(frm, to), eml, [p], "%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Trailhead Analytics Inc.", to, ib, True, "en", currency="USD"),
                     note="USD from Ireland to a US firm; Net 30 running into January 2027; a US ZIP code and suite "
                          "number in the window.")


@builder
def ie_sage_sepa_dd(rng, rid):
    """Sage PDF: 'will be collected by SEPA Direct Debit on' a day, mandate and creditor id (en-IE, business)"""
    d = D(2026, 11, 24)
    due = D(2026, 12, 1)
    ib = mk.iban(rng, "IE")
    num = "SI-1187"
    b = Bill([("Office cleaning, November (visits)", 12, 9500, 23), ("Window cleaning, external", 1, 18000, 23),
              ("Washroom consumables", 1, 6240, 23)])
    to = "admin@harcourtphysio.ie"
    p = Page()
    y = lay_din(p, "Liffey Office Care Ltd", ["Unit 12, Parkwest Business Park, Dublin 12", "VAT No. IE 6388123T"],
                "Liffey Office Care Ltd, Unit 12, Parkwest Business Park, Dublin 12",
                ["Harcourt Physiotherapy Clinic", "41 Harcourt Street", "Dublin 2, D02 XY75"],
                [("Invoice No.", num), ("Invoice Date", date_in("en", d, "dmy/")), ("Account Ref", "HARC001"),
                 ("Your Order No.", "PO-5521")], "SALES INVOICE")
    y = table(p, y, ("Details", "Quantity", "Unit Price", "VAT", "Net"), bill_rows(b, "en", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "en", "Total Net", "Total VAT ({r})", "Invoice Total"),
                   ["Payment will be collected by SEPA Direct Debit on %s." % date_in("en", due),
                    "Mandate reference LOC-MD-0044 · Creditor ID IE12ZZZ123456"], None)
    foot(p, ["Liffey Office Care Ltd · Registered in Ireland No. 498812 · Bank: IBAN %s · BIC BOFIIE2D" % iban_spaced(ib)])
    cover = ("Dear Customer,\n\nPlease find attached your invoice %s. Payment will be taken by direct debit as agreed.\n\n"
             "Kind regards,\nAccounts Department\nLiffey Office Care Ltd\n") % num
    frm = "accounts@liffeyofficecare.ie"
    eml = send(rng, frm, "Liffey Office Care Ltd", to, "Invoice %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "sage", "en", "pdf", env(frm, to), eml, [p], "Invoice_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Harcourt Physiotherapy Clinic", to, ib, True, "en"),
                     note="Collected by SEPA direct debit on a day (the due date); account ref and PO beside the number; "
                          "the seller's IBAN only in the foot.")


@builder
def ie_typed_revolut(rng, rid):
    """Typed invoice with a revolut.me link and IBAN, VAT at 13.5 % (en-IE, consumer couple)"""
    d = D(2026, 12, 9)
    due = D(2026, 12, 23)
    ib = mk.iban(rng, "IE")
    num = "2026-58"
    b = Bill([("Fitted wardrobes, oak veneer, supply and fit", 1, 285000, 13.5), ("Skirting and architrave, landing", 1, 34000, 13.5)])
    to = "orla.dunne@gmail.com"
    text = ("Hi Orla and Mark,\n\nHope you're enjoying the new wardrobes. Here's the invoice.\n\n"
            "INVOICE %s\nDate: %s\nTo: Mark and Orla Dunne, 7 Talbot's Inch, Kilkenny\n\n"
            "Fitted wardrobes, oak veneer, supply and fit: %s\nSkirting and architrave, landing: %s\n"
            "Subtotal: %s\nVAT 13.5%%: %s\nTotal: %s\n\nPayment due by %s.\n\n"
            "You can pay by Revolut at revolut.me/niallhcarpentry or by bank transfer to IBAN {iban} "
            "(Niall Hennessy).\n\nThanks again,\nNiall Hennessy\nNiall Hennessy Carpentry\nVAT IE 3344556TH\n") % (
        num, date_in("en", d), money_in("EUR", "en", b.amounts[0]), money_in("EUR", "en", b.amounts[1]),
        money_in("EUR", "en", b.net), money_in("EUR", "en", b.vat), money_in("EUR", "en", b.total), date_in("en", due))
    frm = "niall@hennessycarpentry.ie"
    eml, kind = mk.mail_in_kind(rng, frm, "Niall Hennessy", to_hdr("Orla Dunne", to), "Invoice %s" % num, d,
                                text=text, iban=iban_spaced(ib))
    return mk.record(rid, "typed", "en", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Mark and Orla Dunne", to, ib, False, "en"),
                     note="Typed; the couple named in the body while the To header names one; a revolut.me link; "
                          "the number looks like a year and a count.")


# ================================================================ German invoices (DE, AT, CH)

@builder
def de_lexoffice_girocode(rng, rid):
    """lexoffice PDF with a GiroCode's text and a Verwendungszweck, 'Zahlbar bis' (de-DE, business)"""
    d = D(2026, 11, 11)
    due = d + days(14)
    ib = mk.iban(rng, "DE")
    num = "RE-2026-0311"
    b = Bill([("Empfangstresen Eiche, Maßanfertigung", 1, 236000, 19), ("Montage vor Ort (Std.)", 5, 6200, 19),
              ("Anfahrt", 1, 3800, 19)])
    to = "buchhaltung@physio-roth.de"
    p = Page()
    y = lay_din(p, "Tischlerei Bergmann", ["Meister Jonas Bergmann · Wiesentalstraße 21 · 79115 Freiburg",
                                           "USt-IdNr. DE318274650"],
                "Tischlerei Bergmann · Wiesentalstraße 21 · 79115 Freiburg",
                ["Praxis für Physiotherapie Anja Roth", "Frau Anja Roth", "Habsburgerstraße 88", "79104 Freiburg"],
                [("Rechnungsnr.", num), ("Rechnungsdatum", date_in("de", d)), ("Lieferdatum", date_in("de", d - days(4))),
                 ("Kundennr.", "10047")], "Rechnung", ["Sehr geehrte Frau Roth,", "wir berechnen Ihnen folgende Leistungen:"])
    y = table(p, y, ("Bezeichnung", "Menge", "Einzelpreis", "USt.", "Betrag"), bill_rows(b, "de", "qvua"))
    y = p.totals_notes(y + 4, bill_totals(b, "EUR", "de", "Gesamtbetrag netto", "zzgl. Umsatzsteuer {r}", "Gesamtbetrag brutto"),
                       ["Zahlbar bis %s ohne Abzug." % date_in("de", due),
                        "Verwendungszweck: %s" % num, "Bankverbindung: {iban}"], iban_spaced(ib))
    epc_block(p, 56, y + 14, "GiroCode: mit der Banking-App scannen",
              epc_payload("", "Tischlerei Bergmann", ib, b.total, "", num))
    foot(p, ["Tischlerei Bergmann · Inh. Jonas Bergmann · Sparkasse Freiburg · IBAN %s · Steuernr. 06454/12345" % iban_spaced(ib)])
    cover = ("Sehr geehrte Frau Roth,\n\nim Anhang finden Sie unsere Rechnung %s.\n"
             "Bequem bezahlen: einfach den GiroCode auf der Rechnung mit Ihrer Banking-App scannen.\n\n"
             "Mit freundlichen Grüßen\nJonas Bergmann\nTischlerei Bergmann\n") % num
    frm = "rechnung@tischlerei-bergmann.de"
    eml = send(rng, frm, "Tischlerei Bergmann", to, "Rechnung %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "lexoffice", "de", "pdf", env(frm, to), eml, [p], "Rechnung_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Praxis für Physiotherapie Anja Roth", to, ib, True, "de",
                                 reference=num),
                     note="A Verwendungszweck holding the number (labelled, by the README); the GiroCode's text with "
                          "'EUR' and the amount in plain digits; a Lieferdatum before the invoice date.")


@builder
def de_sevdesk_lastschrift(rng, rid):
    """sevDesk PDF: SEPA-Lastschrift 'wird am … eingezogen', Mandatsreferenz and Gläubiger-ID (de-DE, consumer)"""
    d = D(2026, 11, 25)
    due = D(2026, 12, 1)
    ib = mk.iban(rng, "DE")
    payer = mk.iban(rng, "DE")
    num = "RE-1094"
    b = Bill([("Tanzkurs Discofox Grundstufe (Paar), 8 Abende", 1, 17900, 19), ("Getränkepauschale", 2, 1200, 19)], gross=True)
    to = "marco.schulz@web.de"
    p = Page()
    y = lay_din(p, "Tanzschule Taktvoll", ["Inh. Svenja Koch · Kaiserstraße 17 · 66111 Saarbrücken"],
                "Tanzschule Taktvoll · Kaiserstraße 17 · 66111 Saarbrücken",
                ["Herrn", "Marco Schulz", "Am Staden 9", "66121 Saarbrücken"],
                [("Rechnungs-Nr.", num), ("Datum", date_in("de", d)), ("Kunden-Nr.", "K-2231")], "Rechnung")
    y = table(p, y, ("Leistung", "Anzahl", "Preis", "Gesamt"), bill_rows(b, "de", "qua"))
    t = [("Gesamtbetrag", money_in("EUR", "de", b.total), True)]
    t += [("enthaltene USt. " + fr(r, "de"), money_in("EUR", "de", v), False) for r, _, v in b.groups]
    p.totals_notes(y + 4, t,
                   ["Der Rechnungsbetrag wird am %s per SEPA-Lastschrift von Ihrem Konto" % date_in("de", due),
                    "%s eingezogen. Bitte sorgen Sie für ausreichende Deckung." % mask_iban(payer),
                    "Mandatsreferenz: TT-0455 · Gläubiger-ID: DE98ZZZ09999999999"], None)
    foot(p, ["Tanzschule Taktvoll · Svenja Koch · Bank 1 Saar · IBAN %s · USt-IdNr. DE291837465" % iban_spaced(ib)])
    cover = ("Hallo Herr Schulz,\n\nanbei erhalten Sie Ihre Rechnung %s. Der Betrag wird wie vereinbart per Lastschrift "
             "eingezogen.\n\nWir freuen uns auf Sie!\nIhre Tanzschule Taktvoll\n\n-- \nErstellt mit sevDesk\n") % num
    frm = "rechnung@tanzschule-taktvoll.de"
    eml = send(rng, frm, "Tanzschule Taktvoll", to_hdr("Marco Schulz", to), "Ihre Rechnung %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "sevdesk", "de", "pdf", env(frm, to), eml, [p], "Rechnung-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Marco Schulz", to, ib, False, "de"),
                     note="Lastschrift on a day (the due date); gross prices with 'enthaltene USt.' under the total; "
                          "'Herrn' on its own line; the payer's IBAN masked, the seller's in the foot.")


@builder
def de_stripe_hosted(rng, rid):
    """Stripe HTML 'Rechnung bezahlen' with the PDF, no IBAN (de-DE, business)"""
    d = D(2026, 10, 16)
    due = d + days(14)
    num = "F3A91C07-0012"
    b = Bill([("Podcast-Produktion Folge 14-17 (pro Folge)", 4, 38000, 19), ("Schnitt Social-Media-Clips", 12, 4500, 19)])
    to = "marketing@hafenkante-immobilien.de"
    link = "https://invoice.stripe.com/i/acct_%s/live_%s" % (tok(rng, 16), tok(rng, 40))
    inner = ('<p style="color:#6b7280">Studio Nordlicht UG</p>\n'
             '<p style="font-size:30px;font-weight:bold;margin:4px 0">%s</p>\n' % money_in("EUR", "de", b.total)
             + '<p style="color:#6b7280">Fällig am %s</p>\n' % date_in("de", due, "long")
             + h_button(link, "Rechnung bezahlen")
             + h_kv([("Rechnung", "#" + num), ("An", "Hafenkante Immobilien GmbH"), ("Von", "Studio Nordlicht UG")])
             + '\n<p style="font-size:12px;color:#6b7280">Fragen? Wenden Sie sich an Studio Nordlicht UG unter '
               'hallo@studio-nordlicht.de. Powered by Stripe.</p>')
    p = Page()
    y = lay_en(p, "Rechnung", "Studio Nordlicht UG (haftungsbeschränkt)", ["Große Elbstraße 145", "22767 Hamburg",
                                                                             "USt-IdNr. DE345678912"],
               "Rechnung an", ["Hafenkante Immobilien GmbH", "Van-der-Smissen-Straße 2", "22767 Hamburg"],
               [("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d, "long")), ("Fälligkeitsdatum", date_in("de", due, "long"))])
    p.text(56, y, "%s fällig am %s" % (money_in("EUR", "de", b.total), date_in("de", due, "long")), 12, True)
    p.text(56, y + 16, "Online bezahlen: %s" % link[:60], 7.5)
    y = table(p, y + 44, ("Beschreibung", "Menge", "Stückpreis", "Betrag"), bill_rows(b, "de", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "de", "Zwischensumme", "USt. ({r})", "Gesamt")
                   + [("Fälliger Betrag", money_in("EUR", "de", b.total), True)], [], None)
    frm = "hallo@studio-nordlicht.de"
    eml = send(rng, frm, "Studio Nordlicht UG", to, "Ihre Rechnung von Studio Nordlicht UG #%s" % num, d,
               body_html=h_page(inner), pdf=True, msgid_domain="stripe.com")
    return mk.record(rid, "stripe", "de", "pdf", env(frm, to), eml, [p], "Rechnung-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Hafenkante Immobilien GmbH", to, None, True, "de"),
                     note="Stripe in German: hex-and-counter number, 'Fällig am' in words, no bank details; a range of "
                          "episode numbers in a line.")


@builder
def de_paypal_invoice(rng, rid):
    """PayPal HTML invoice, Kleinunternehmer (§ 19 UStG), 'Rechnung ansehen und bezahlen' (de-DE, consumer)"""
    d = D(2026, 12, 1)
    due = d + days(14)
    num = "LB-2026-088"
    b = Bill([("Adventskranz-Kerzenset Bienenwachs", 2, 2490, 0), ("Stumpenkerze handgezogen, groß", 3, 1290, 0),
              ("Versand DHL", 1, 590, 0)])
    to = "julia.hartmann@gmx.de"
    link = "https://www.paypal.com/invoice/p/#%s" % tok(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:13px;color:#6b7280">PayPal</p>\n'
             '<p style="font-size:20px">Kerzenmanufaktur Lichtblick hat Ihnen eine Rechnung gesendet</p>\n'
             '<p style="font-size:28px;font-weight:bold;margin:8px 0">%s EUR</p>\n' % money(b.total, "de")
             + '<p>Fällig am %s</p>\n' % date_in("de", due)
             + h_button(link, "Rechnung ansehen und bezahlen", "#0070ba")
             + h_kv([("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d)), ("Rechnung an", "Julia Hartmann")])
             + "\n" + h_lines(b, "EUR", "de", ("Artikel", "Menge", "Betrag"))
             + "\n" + h_kv([("Gesamt", money_in("EUR", "de", b.total))], True)
             + '\n<p>Hinweis des Verkäufers: Gemäß § 19 UStG wird keine Umsatzsteuer berechnet. '
               'Kerzenmanufaktur Lichtblick, Karl-Heine-Straße 40, 04229 Leipzig</p>')
    frm = "hallo@kerzen-lichtblick.de"
    eml = send(rng, frm, "Kerzenmanufaktur Lichtblick über PayPal", to, "Rechnung von Kerzenmanufaktur Lichtblick (%s)" % num, d,
               body_html=h_page(inner, "#f5f7fa"), msgid_domain="paypal.com")
    return mk.record(rid, "paypal", "de", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Julia Hartmann", to, None, False, "de"),
                     note="PayPal in German, no VAT (§ 19), shipping as a line; the only copy of the facts is the HTML.")


@builder
def de_sumup_hosted(rng, rid):
    """SumUp HTML invoice 'Jetzt bezahlen' with § 35a labour costs printed under the total (de-DE, consumer)"""
    d = D(2026, 10, 23)
    due = d + days(14)
    ib = mk.iban(rng, "DE")
    num = "R-2026-0147"
    b = Bill([("Malerarbeiten Wohnzimmer und Flur (Std.)", 14, 4800, 19), ("Wandfarbe, Abdeckmaterial", 1, 18640, 19)])
    labour = r2(b.amounts[0] * Decimal("1.19"))
    to = "bernd.krause@t-online.de"
    link = "https://pay.sumup.com/b2c/%s" % tok(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:18px;font-weight:bold">Malerbetrieb Özdemir</p>\n'
             '<p>Guten Tag Herr Bernd Krause,</p>\n<p>Malerbetrieb Özdemir hat Ihnen eine Rechnung geschickt.</p>\n'
             + h_kv([("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d)), ("Fällig am", date_in("de", due))])
             + "\n" + h_lines(b, "EUR", "de", ("Leistung", "Menge", "Betrag"))
             + "\n" + h_kv([("Netto", money_in("EUR", "de", b.net)), ("USt. 19 %", money_in("EUR", "de", b.vat)),
                            ("Gesamtbetrag", money_in("EUR", "de", b.total))], True)
             + '\n<p style="font-size:12px">Enthaltene Arbeitskosten nach § 35a EStG: %s (inkl. USt.)</p>\n' % money_in("EUR", "de", labour)
             + h_button(link, "Jetzt bezahlen", "#1a1a1a")
             + '\n<p>Oder überweisen Sie an IBAN %s, Malerbetrieb Özdemir.</p>\n' % iban_spaced(ib)
             + '<p style="font-size:12px;color:#6b7280">Malerbetrieb Özdemir · Hohe Straße 51 · 44139 Dortmund · '
               'Steuernr. 314/5021/2288 · Gesendet mit SumUp Rechnungen</p>')
    frm = "info@maler-oezdemir.de"
    eml = send(rng, frm, "Malerbetrieb Özdemir", to_hdr("Bernd Krause", to), "Neue Rechnung %s" % num, d,
               body_html=h_page(inner))
    return mk.record(rid, "sumup", "de", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Bernd Krause", to, ib, False, "de"),
                     note="HTML only; § 35a labour costs printed between the total and the button are neither total "
                          "nor due; 'Herr' before the full name in the greeting.")


@builder
def de_typed_paypal(rng, rid):
    """Typed invoice: PayPal to the seller's address or transfer with a Verwendungszweck in words (de-DE, business)"""
    d = D(2026, 11, 13)
    due = d + days(14)
    ib = mk.iban(rng, "DE")
    num = "2026-17"
    ref = "Rechnung 2026-17"
    b = Bill([("Lektorat Sachbuchmanuskript 'Stadtgärten' (Normseiten)", 212, 450, 19), ("Korrekturgang Fahnen (Std.)", 6, 5500, 19)])
    to = "herstellung@verlag-sonnenblume.de"
    text = ("Liebe Frau Albrecht,\n\nanbei wie besprochen meine Rechnung für das Lektorat.\n\n"
            "RECHNUNG Nr. %s\nRechnungsdatum: %s\nLeistungszeitraum: September bis Oktober 2026\n\n"
            "An: Verlag Sonnenblume GmbH, Herstellung, Venloer Straße 221, 50823 Köln\n\n"
            "Lektorat Sachbuchmanuskript 'Stadtgärten', 212 Normseiten à %s: %s\n"
            "Korrekturgang Fahnen, 6 Std. à %s: %s\n\nNetto: %s\nzzgl. 19 %% USt.: %s\nGesamtbetrag: %s\n\n"
            "Zahlbar innerhalb von 14 Tagen. Gern per PayPal an lena.vogt@posteo.de oder per Überweisung an\n"
            "Lena Vogt, IBAN {iban}\nVerwendungszweck: %s\n\nHerzliche Grüße\nLena Vogt\nTexte & Lektorat\n"
            "Steuernummer 217/5123/4567 · USt-IdNr. DE412398765\n") % (
        num, date_in("de", d), money_in("EUR", "de", 450), money_in("EUR", "de", b.amounts[0]),
        money_in("EUR", "de", 5500), money_in("EUR", "de", b.amounts[1]), money_in("EUR", "de", b.net),
        money_in("EUR", "de", b.vat), money_in("EUR", "de", b.total), ref)
    frm = "lena.vogt@posteo.de"
    eml, kind = mk.mail_in_kind(rng, frm, "Lena Vogt", to, "Rechnung %s Lektorat" % num, d, text=text, iban=iban_spaced(ib))
    return mk.record(rid, "typed", "de", kind, env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Verlag Sonnenblume GmbH", to, ib, True, "de",
                                          reference=ref),
                     note="Typed; PayPal to an address that is the sender's own; a Verwendungszweck in words; a "
                          "service period in months; 212 pages at 4,50.")


@builder
def de_easybill_anzahlung(rng, rid):
    """easybill Schlussrechnung: a card deposit paid online deducted, the rest by pay link (de-DE, consumer)"""
    d = D(2026, 12, 8)
    due = d + days(14)
    ib = mk.iban(rng, "DE")
    num = "RE-26-0419"
    b = Bill([("Reiserad Maßrahmen Stahl, Rohloff-Ausstattung", 1, 339000, 19), ("Ergonomie-Anpassung und Probefahrt", 1, 12000, 19)])
    paid = 80000
    to = "k.albers@posteo.de"
    p = Page()
    y = lay_din(p, "Fahrradmanufaktur Kessler", ["Hafenweg 26a · 48155 Münster · USt-IdNr. DE301122334"],
                "Fahrradmanufaktur Kessler · Hafenweg 26a · 48155 Münster",
                ["Frau", "Dr. Katrin Albers", "Gievenbecker Weg 12", "48161 Münster"],
                [("Rechnungsnummer", num), ("Datum", date_in("de", d)), ("Auftrag", "AB-26-0077"), ("Zahlungsziel", date_in("de", due))],
                "Schlussrechnung")
    y = table(p, y, ("Pos. Bezeichnung", "Menge", "Preis", "Gesamt"), bill_rows(b, "de", "qua"))
    t = bill_totals(b, "EUR", "de", "Summe netto", "USt. {r}", "Rechnungsbetrag")
    t[-1] = ("Rechnungsbetrag", money_in("EUR", "de", b.total), False)
    t += [("abzgl. Anzahlung vom 02.10.2026", "-" + money_in("EUR", "de", paid), False),
          ("Offener Betrag", money_in("EUR", "de", b.total - paid), True)]
    p.totals_notes(y + 4, t, ["Die Anzahlung wurde am 02.10.2026 online per Kreditkarte bezahlt (enthaltene USt. %s)."
                              % money_in("EUR", "de", r2(Decimal(paid) * 19 / 119)),
                              "Bitte überweisen Sie den offenen Betrag bis %s auf {iban}" % date_in("de", due),
                              "oder zahlen Sie ihn online über den Link in unserer E-Mail."], iban_spaced(ib))
    foot(p, ["Fahrradmanufaktur Kessler · Inh. Paul Kessler · Sparkasse Münsterland Ost · IBAN %s" % iban_spaced(ib)])
    link = "https://pay.easybill.de/%s" % tok(rng, 24)
    cover = ("Sehr geehrte Frau Dr. Albers,\n\nIhr Reiserad ist fertig und wartet auf Sie! Anbei die Schlussrechnung %s. "
             "Die Anzahlung ist bereits verrechnet.\n\nRestbetrag online bezahlen (Kreditkarte, PayPal, Wero): %s\n\n"
             "Viele Grüße\nPaul Kessler\n") % (num, link)
    frm = "rechnung@fahrrad-kessler.de"
    eml = send(rng, frm, "Fahrradmanufaktur Kessler", to_hdr("Dr. Katrin Albers", to), "Schlussrechnung %s" % num, d,
               body_text=cover, pdf=True)
    return mk.record(rid, "easybill", "de", "pdf", env(frm, to), eml, [p], "Rechnung_%s.pdf" % num,
                     mk.expected(num, b.total - paid, b.total, d, due, "Dr. Katrin Albers", to, ib, False, "de"),
                     note="A final invoice less a deposit paid by card: due is 'Offener Betrag'; 'Frau' on its own "
                          "line, 'Dr.' kept; an order number and the deposit's VAT in the notes.")


@builder
def de_mollie_link(rng, rid):
    """Mollie HTML invoice: 'Zahlbar bis' one day, the 'Zahlungslink gültig bis' a later one (de-DE, business)"""
    d = D(2026, 11, 16)
    due = D(2026, 11, 30)
    ib = mk.iban(rng, "DE")
    num = "2026-0561"
    b = Bill([("Riesling trocken, Gutswein 0,75 l", 36, 790, 19), ("Spätburgunder Rotwein 0,75 l", 24, 1150, 19),
              ("Secco rosé 0,75 l", 12, 890, 19)])
    to = "einkauf@zurlinde-gastro.de"
    link = "https://www.mollie.com/checkout/select-method/%s" % tok(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    inner = ('<p style="font-size:20px;font-weight:bold">Weinhandel Rebstock</p>\n'
             '<p style="color:#6b7280">Augustinerstraße 9 · 55116 Mainz · USt-IdNr. DE266543219</p>\n'
             '<p>Sehr geehrte Damen und Herren,</p>\n<p>vielen Dank für Ihre Bestellung. Hier ist Ihre Rechnung:</p>\n'
             + h_kv([("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d)), ("Kunde", "Restaurant Zur Linde GmbH"),
                     ("Zahlbar bis", date_in("de", due))])
             + "\n" + h_lines(b, "EUR", "de", ("Artikel", "Menge", "Betrag"))
             + "\n" + h_kv([("Nettobetrag", money_in("EUR", "de", b.net)), ("USt. 19 %", money_in("EUR", "de", b.vat)),
                            ("Rechnungsbetrag", money_in("EUR", "de", b.total))], True)
             + "\n" + h_button(link, "Jetzt bezahlen", "#0a7cff")
             + '\n<p style="font-size:12px">Zahlungslink gültig bis %s · Wero, Kreditkarte, PayPal oder Überweisung '
               '(IBAN %s, Weinhandel Rebstock).</p>' % (date_in("de", D(2026, 12, 15)), iban_spaced(ib)))
    frm = "rechnung@weinhandel-rebstock.de"
    eml = send(rng, frm, "Weinhandel Rebstock", to, "Ihre Rechnung %s" % num, d, body_html=h_page(inner))
    return mk.record(rid, "mollie", "de", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Restaurant Zur Linde GmbH", to, ib, True, "de"),
                     note="HTML only; the payment link's validity (15.12.2026) after the due date, which rules; "
                          "the debtor after 'Kunde'.")


@builder
def at_freefinance_eps(rng, rid):
    """FreeFinance PDF with an eps-Überweisung link in the cover, 'zahlbar binnen 14 Tagen' (de-AT, business)"""
    d = D(2026, 10, 20)
    due = d + days(14)
    ib = mk.iban(rng, "AT")
    num = "2026/0087"
    b = Bill([("Gestaltung Verpackung Brotsackerl (Entwurf, 2 Varianten)", 1, 95000, 20), ("Reinzeichnung und Druckdaten", 1, 28000, 20),
              ("Abstimmungstermine (Std.)", 3, 7500, 20)])
    to = "office@baeckerei-mayr.at"
    p = Page()
    y = lay_din(p, "Grafikbüro Huber e.U.", ["Landstraße 49 · 4020 Linz · UID ATU72345678 · FN 512345x"],
                "Grafikbüro Huber e.U. · Landstraße 49 · 4020 Linz",
                ["Bäckerei Mayr GmbH", "z. H. Herrn Stefan Mayr", "Hauptplatz 3", "4210 Gallneukirchen"],
                [("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d)), ("Leistungszeitraum", "09-10/2026"),
                 ("Ihre UID", "ATU61234567")], "RECHNUNG")
    y = table(p, y, ("Leistung", "Menge", "Preis", "USt.", "Betrag"), bill_rows(b, "de", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "de", "Summe netto", "USt. {r}", "Gesamtbetrag"),
                   ["Zahlbar binnen 14 Tagen ab Rechnungsdatum ohne Abzug auf {iban},",
                    "BIC RZOOAT2L, lautend auf Grafikbüro Huber e.U. Online zahlen: eps-Link in der E-Mail."], iban_spaced(ib))
    foot(p, ["Grafikbüro Huber e.U. · Inhaberin Mag. Theresa Huber · Raiffeisenbank · IBAN %s" % iban_spaced(ib)])
    link = "https://pay.freefinance.at/eps/%s" % tok(rng, 20)
    cover = ("Sehr geehrter Herr Mayr,\n\nanbei übermittle ich Ihnen die Rechnung %s.\n"
             "Sie können direkt per eps-Überweisung bezahlen: %s\n\nMit freundlichen Grüßen\nTheresa Huber\n") % (num, link)
    frm = "office@grafikbuero-huber.at"
    eml = send(rng, frm, "Grafikbüro Huber e.U.", to, "Rechnung %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "freefinance", "de", "pdf", env(frm, to), eml, [p], "Rechnung_%s.pdf" % num.replace("/", "_"),
                     mk.expected(num, b.total, b.total, d, due, "Bäckerei Mayr GmbH", to, ib, True, "de"),
                     note="Austrian: 20 % USt., two UIDs, 'z. H.' under the firm; a period '09-10/2026'; term only; "
                          "an eps pay link in the cover.")


@builder
def at_sevdesk_lastschrift(rng, rid):
    """sevDesk PDF: SEPA-Lastschrift on a day; Kleinunternehmer; 'Frau Mag.' (de-AT, consumer)"""
    d = D(2026, 12, 1)
    due = D(2026, 12, 10)
    ib = mk.iban(rng, "AT")
    payer = mk.iban(rng, "AT")
    num = "KR-2026-211"
    b = Bill([("Klavierunterricht Leonie, Dezember (Einheiten à 50 Min.)", 4, 3800, 0), ("Notenmaterial", 1, 1450, 0)])
    to = "sabine.pichler@aon.at"
    p = Page()
    y = lay_din(p, "Musikschule Klangraum", ["Inh. Florian Wallner · Annenstraße 32 · 8020 Graz"],
                "Musikschule Klangraum · Annenstraße 32 · 8020 Graz",
                ["Frau Mag. Sabine Pichler", "Elisabethstraße 70", "8010 Graz"],
                [("Rechnung Nr.", num), ("Datum", date_in("de", d)), ("Schüler/in", "Leonie Pichler")], "Rechnung")
    y = table(p, y, ("Leistung", "Anzahl", "Preis", "Betrag"), bill_rows(b, "de", "qua"))
    p.totals_notes(y + 4, [("Rechnungsbetrag", money_in("EUR", "de", b.total), True)],
                   ["Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung (§ 6 Abs. 1 Z 27 UStG).",
                    "Der Betrag wird am %s von Ihrem Konto %s" % (date_in("de", due), mask_iban(payer)),
                    "per SEPA-Lastschrift abgebucht (Mandatsreferenz KR-M-118, Creditor-ID AT61ZZZ01234567890)."], None)
    foot(p, ["Musikschule Klangraum · Florian Wallner · Steiermärkische Sparkasse · IBAN %s" % iban_spaced(ib)])
    cover = ("Liebe Frau Mag. Pichler,\n\nanbei die Rechnung für den Klavierunterricht im Dezember. Der Betrag wird wie "
             "gewohnt abgebucht.\n\nSchöne Grüße\nFlorian Wallner\n")
    frm = "buero@musikschule-klangraum.at"
    eml = send(rng, frm, "Musikschule Klangraum", to_hdr("Sabine Pichler", to), "Rechnung %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "sevdesk", "de", "pdf", env(frm, to), eml, [p], "Rechnung-%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Mag. Sabine Pichler", to, ib, False, "de"),
                     note="Austrian Lastschrift on a day (the due date); the pupil's name beside the parent's; "
                          "'Frau' dropped, 'Mag.' kept; no VAT.")


@builder
def at_paypal_partial(rng, rid):
    """PayPal HTML invoice with a partial payment already made: 'Fälliger Betrag' is the rest (de-AT, consumer)"""
    d = D(2026, 11, 5)
    due = d + days(14)
    num = "LW-2026-044"
    b = Bill([("Hochzeitsreportage 8 Stunden", 1, 180000, 20), ("Fotobuch 30x30, 40 Seiten", 1, 29000, 20)])
    paid = 40000
    to = "thomas.gruber@chello.at"
    link = "https://www.paypal.com/invoice/p/#%s" % tok(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    inner = ('<p style="font-size:13px;color:#6b7280">PayPal</p>\n'
             '<p style="font-size:20px">Fotostudio Lichtwerk hat Ihnen eine Rechnung gesendet</p>\n'
             '<p style="font-size:28px;font-weight:bold;margin:8px 0">%s EUR fällig</p>\n' % money(b.total - paid, "de")
             + '<p>Fällig am %s</p>\n' % date_in("de", due)
             + h_button(link, "Rechnung ansehen und bezahlen", "#0070ba")
             + h_kv([("Rechnungsnummer", num), ("Rechnungsdatum", date_in("de", d)), ("Rechnung an", "Thomas Gruber")])
             + "\n" + h_lines(b, "EUR", "de", ("Artikel", "Menge", "Betrag"))
             + "\n" + h_kv([("Zwischensumme", money_in("EUR", "de", b.net)), ("USt. (20 %)", money_in("EUR", "de", b.vat)),
                            ("Gesamt", money_in("EUR", "de", b.total)), ("Bereits bezahlt", "-" + money_in("EUR", "de", paid)),
                            ("Fälliger Betrag", money_in("EUR", "de", b.total - paid))], True)
             + '\n<p>Hinweis: Teilzahlung vom 20.08.2026 berücksichtigt. Fotostudio Lichtwerk, Maria-Theresien-Straße 18, '
               '6020 Innsbruck, UID ATU69876543</p>')
    frm = "studio@fotostudio-lichtwerk.at"
    eml = send(rng, frm, "Fotostudio Lichtwerk über PayPal", to, "Rechnung von Fotostudio Lichtwerk (%s)" % num, d,
               body_html=h_page(inner, "#f5f7fa"), msgid_domain="paypal.com")
    return mk.record(rid, "paypal", "de", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total - paid, b.total, d, due, "Thomas Gruber", to, None, False, "de"),
                     note="A partial payment already received: the big figure and 'Fälliger Betrag' are the rest, the "
                          "total is 'Gesamt'; an earlier payment date.")


@builder
def ch_bexio_qrr(rng, rid):
    """bexio PDF with the QR-bill's payment part on page 1: QR-IBAN and QR reference; 'Online bezahlen' link (de-CH, business)"""
    d = D(2026, 11, 18)
    due = d + days(30)
    qib = qr_iban(rng)
    num = "RE-10412"
    ref = mk.qrr("0000000000" + "104120" + digits(rng, 10))
    b = Bill([("Empfangsmöbel Eiche massiv nach Mass", 1, 486000, 8.1), ("Montage (Std.)", 7, 11500, 8.1),
              ("Transport und Entsorgung Verpackung", 1, 18000, 8.1)])
    to = "administration@praxis-keller.ch"
    p = Page()
    y = lay_din(p, "Schreinerei Frei GmbH", ["Tösstalstrasse 62 · 8400 Winterthur · CHE-112.345.678 MWST"],
                "Schreinerei Frei GmbH · Tösstalstrasse 62 · 8400 Winterthur",
                ["Praxis Dr. med. Keller AG", "Buchhaltung", "Marktgasse 19", "8400 Winterthur"],
                [("Rechnungsnr.", num), ("Datum", date_in("de", d)), ("Kundennr.", "20188"), ("Ihre Referenz", "Umbau Empfang")],
                "Rechnung")
    y = table(p, y, ("Bezeichnung", "Menge", "Preis", "MWST", "Total CHF"), bill_rows(b, "ch", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "CHF", "de", "Total exkl. MWST", "MWST {r}", "Total inkl. MWST", ms="ch"),
                   ["Zahlbar innert 30 Tagen mit untenstehendem QR-Zahlteil oder online (Link in der E-Mail)."], None, gap=8)
    qr_bill(p, 544, "CHF", b.total, qib, ["Schreinerei Frei GmbH", "Tösstalstrasse 62", "8400 Winterthur"], ref,
            "Rechnung %s" % num, ["Praxis Dr. med. Keller AG", "Marktgasse 19", "8400 Winterthur"])
    link = "https://office.bexio.com/pay/%s" % tok(rng, 24)
    cover = ("Grüezi Frau Keller\n\nIn der Beilage erhalten Sie unsere Rechnung %s über %s.\n"
             "Sie können mit dem QR-Zahlteil bezahlen oder direkt online mit Karte oder TWINT: %s\n\n"
             "Freundliche Grüsse\nMarco Frei\nSchreinerei Frei GmbH\n") % (num, money_in("CHF", "de", b.total), link)
    frm = "buchhaltung@schreinerei-frei.ch"
    eml = send(rng, frm, "Schreinerei Frei GmbH", to, "Rechnung %s" % num, d, body_text=cover, pdf=True, msgid_domain="bexio.com")
    return mk.record(rid, "bexio", "de", "pdf", env(frm, to), eml, [p], "Rechnung_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Praxis Dr. med. Keller AG", to, qib, True, "de",
                                 reference=ref, currency="CHF"),
                     note="Swiss QR-bill on page 1: QR-IBAN, a 27-digit QR reference in groups (labelled bare), the "
                          "amount as '4 123.45' in the payment part; MWST 8.1 %; 'Ihre Referenz' is no payment reference.")


@builder
def ch_word_scor(rng, rid):
    """Word PDF, the QR-bill on page 2 with an RF creditor reference and an ordinary IBAN; no MWST (de-CH, household)"""
    d = D(2026, 10, 28)
    due = d + days(20)
    ib = mk.iban(rng, "CH")
    num = "26-031"
    ref = mk.rf("26031" + digits(rng, 6))
    b = Bill([("Herbstschnitt Obstbäume (Std.)", 6, 8500, 0), ("Laub räumen, Rasen vertikutieren (Std.)", 4, 7500, 0),
              ("Grüngutentsorgung", 1, 6500, 0)])
    to = "bachmann.familie@bluewin.ch"
    p = Page()
    y = lay_word(p, "Gartenbau Meier", "Reto Meier · Obergrundstrasse 101 · 6005 Luzern · 079 412 55 18 · reto@gartenbau-meier.ch",
                 ["Familie Bachmann", "Dreilindenstrasse 8", "6006 Luzern"], "Luzern, %s" % date_in("de", d, "long"),
                 "Rechnung Nr. %s" % num, [("Rechnungsdatum:", date_in("de", d))])
    y = table(p, y, ("Arbeiten", "Menge", "Ansatz", "Betrag"), bill_rows(b, "ch", "qua"))
    p.totals_notes(y + 4, [("Total", money_in("CHF", "de", b.total), True)],
                   ["Nicht MWST-pflichtig.", "Zahlbar innert 20 Tagen mit dem QR-Einzahlungsschein auf Seite 2.",
                    "Herzlichen Dank für den Auftrag!"], None)
    p2 = Page()
    p2.text(56, 70, "Gartenbau Meier · Rechnung Nr. %s · Seite 2" % num, 9)
    qr_bill(p2, 544, "CHF", b.total, ib, ["Reto Meier Gartenbau", "Obergrundstrasse 101", "6005 Luzern"], ref,
            "Rechnung %s" % num, ["Familie Bachmann", "Dreilindenstrasse 8", "6006 Luzern"])
    cover = ("Grüezi mitenand\n\nIm Anhang die Rechnung für die Gartenarbeiten im Oktober. Den QR-Einzahlungsschein "
             "finden Sie auf der zweiten Seite.\n\nEn schöne Tag\nReto Meier\n")
    frm = "reto@gartenbau-meier.ch"
    eml = send(rng, frm, "Gartenbau Meier", to, "Rechnung %s" % num, d, body_text=cover, pdf=True)
    return mk.record(rid, "word-pdf", "de", "pdf", env(frm, to), eml, [p, p2], "Rechnung %s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Familie Bachmann", to, ib, False, "de",
                                 reference=ref, currency="CHF"),
                     note="The QR-bill alone on page 2 with an RF reference (SCOR) printed in groups and an ordinary "
                          "IBAN; a mobile number in the letterhead; term in days.")


@builder
def ch_payrexx_twint(rng, rid):
    """Payrexx HTML invoice in CHF with 'Jetzt bezahlen mit TWINT' and the IBAN (de-CH, consumer)"""
    d = D(2026, 12, 4)
    due = d + days(10)
    ib = mk.iban(rng, "CH")
    num = "VW-2026-118"
    b = Bill([("Service Gold E-Bike", 1, 16900, 8.1), ("Kette und Kassette", 1, 11450, 8.1), ("Bremsbeläge hinten", 1, 3900, 8.1)], gross=True)
    to = "nicole.zbinden@sunrise.ch"
    link = "https://velowerk.payrexx.com/pay?tid=%s" % hexs(rng, 8)
    inner = ('<p style="font-size:20px;font-weight:bold">Velowerk Bern GmbH</p>\n'
             '<p style="color:#6b7280">Lorrainestrasse 15 · 3013 Bern · CHE-234.567.891 MWST</p>\n'
             '<p>Grüezi Nicole Zbinden</p>\n<p>Besten Dank für Ihren Besuch. Hier Ihre Rechnung:</p>\n'
             + h_kv([("Rechnung", num), ("Datum", date_in("de", d)), ("Zahlbar bis", date_in("de", due))])
             + "\n" + h_lines(b, "CHF", "de", ("Leistung", "Anz.", "Betrag"), ms="ch")
             + "\n" + h_kv([("Total", money_in("CHF", "de", b.total)),
                            ("inkl. MWST 8.1%", money_in("CHF", "de", b.vat))], False)
             + "\n" + h_button(link, "Jetzt bezahlen mit TWINT", "#000000")
             + '\n<p>Oder per Überweisung: IBAN %s, Velowerk Bern GmbH.</p>\n<p>Gute Fahrt!<br>Ihr Velowerk-Team</p>' % iban_spaced(ib))
    frm = "rechnung@velowerk-bern.ch"
    eml = send(rng, frm, "Velowerk Bern", to_hdr("Nicole Zbinden", to), "Ihre Rechnung %s" % num, d, body_html=h_page(inner))
    return mk.record(rid, "payrexx", "de", "body-html", env(frm, to), eml,
                     expected=mk.expected(num, b.total, b.total, d, due, "Nicole Zbinden", to, ib, False, "de", currency="CHF"),
                     note="HTML only in CHF; prices incl. MWST with the VAT after the total; a TWINT button.")


@builder
def ch_bexio_eur(rng, rid):
    """bexio PDF in EUR to a German client; QR-bill in EUR without reference, 'Online bezahlen' (de-CH, business)"""
    d = D(2026, 12, 9)
    due = d + days(30)
    ib = mk.iban(rng, "CH")
    num = "2026-0588"
    b = Bill([("Übersetzung EN-DE Gebrauchsanweisung (Zeilen)", 1560, 150, 0)])
    to = "kreditoren@medtech-suedbaden.de"
    eur = lambda c: "EUR " + money(c, "ch")
    p = Page()
    y = lay_din(p, "Atelier Sutter Übersetzungen", ["Claudia Sutter · Spalenberg 40 · 4051 Basel"],
                "Atelier Sutter Übersetzungen · Spalenberg 40 · 4051 Basel",
                ["Medtech Südbaden GmbH", "Kreditorenbuchhaltung", "Engesserstraße 4", "79108 Freiburg", "Deutschland"],
                [("Rechnung", num), ("Datum", date_in("de", d)), ("Ihre USt-IdNr.", "DE287654321")], "Rechnung")
    y = table(p, y, ("Leistung", "Menge", "Preis", "Total EUR"), bill_rows(b, "ch", "qua"))
    p.totals_notes(y + 4, [("Total", eur(b.total), True)],
                   ["Leistung im Ausland erbracht, nicht steuerbar (Empfängerortprinzip); Steuerschuldnerschaft",
                    "des Leistungsempfängers. Zahlbar innert 30 Tagen mit dem QR-Zahlteil oder online."], None, gap=8)
    qr_bill(p, 544, "EUR", b.total, ib, ["Claudia Sutter", "Spalenberg 40", "4051 Basel"], None,
            "Rechnung %s" % num, ["Medtech Südbaden GmbH", "Engesserstraße 4", "DE-79108 Freiburg"])
    link = "https://office.bexio.com/pay/%s" % tok(rng, 24)
    cover = ("Guten Tag Herr Lorenz\n\nAnbei meine Rechnung %s für die Übersetzung der Gebrauchsanweisung, Total %s.\n"
             "Online bezahlen: %s\n\nFreundliche Grüsse\nClaudia Sutter\n") % (num, eur(b.total), link)
    frm = "claudia@atelier-sutter.ch"
    eml = send(rng, frm, "Atelier Sutter Übersetzungen", to, "Rechnung %s" % num, d, body_text=cover, pdf=True, msgid_domain="bexio.com")
    return mk.record(rid, "bexio", "de", "pdf", env(frm, to), eml, [p], "Rechnung_%s.pdf" % num,
                     mk.expected(num, b.total, b.total, d, due, "Medtech Südbaden GmbH", to, ib, True, "de", currency="EUR"),
                     note="A Swiss seller billing EUR written 'EUR 2'340.00'; a QR-bill in EUR with no reference; "
                          "'Deutschland' under the window; the term running into January.")


# ================================================================ not invoices

def non(rid, tool, lang, frm, to, eml, why, note, pages=None, fname=None):
    return mk.record(rid, tool, lang, "none", env(frm, to), eml, pages, fname, None, why, note)


@builder
def nl_mollie_betaling_ontvangen(rng, rid):
    """Not an invoice: Mollie 'Betaling ontvangen' for an invoice, paid by iDEAL (nl)"""
    d = D(2026, 11, 24)
    b = Bill([("Trimbeurt middelgrote hond", 1, 6500, 21), ("Vachtverzorging anti-klit", 1, 3000, 21)], gross=True)
    to = "m.vandenberg@ziggo.nl"
    inner = ('<p style="font-size:20px;font-weight:bold">Hondentrimsalon Pluis</p>\n'
             '<p style="font-size:24px;color:#16a34a">Betaling ontvangen</p>\n'
             '<p>Beste Marloes van den Berg,</p>\n<p>Bedankt! We hebben je betaling voor factuur F-2026-0079 ontvangen.</p>\n'
             + h_kv([("Factuur", "F-2026-0079"), ("Bedrag", money_in("EUR", "nl", b.total)), ("Betaald op", date_in("nl", d)),
                     ("Betaalmethode", "iDEAL (ING)"), ("Transactie", "tr_" + tok(rng, 10))])
             + '\n<p>Je hoeft verder niets te doen. Tot de volgende trimbeurt van Bobbie!</p>\n'
               '<p style="font-size:12px;color:#6b7280">Hondentrimsalon Pluis · Ginnekenweg 140 · 4818 JK Breda · '
               'Betaling verwerkt door Mollie</p>')
    frm = "info@trimsalonpluis.nl"
    eml = send(rng, frm, "Hondentrimsalon Pluis", to_hdr("Marloes van den Berg", to), "Betaling ontvangen voor factuur F-2026-0079", d,
               body_html=h_page(inner))
    return non(rid, "mollie", "nl", frm, to, eml, "A payment confirmation: the invoice it names has been paid, nothing is asked.",
               "Number, amount and a date like an invoice's, and a transaction id; 'Betaling ontvangen'.")


@builder
def nl_moneybird_betaalbevestiging(rng, rid):
    """Not an invoice: Moneybird 'bedankt voor je betaling' with the invoice PDF marked paid, € 0,00 open (nl)"""
    d = D(2026, 11, 18)
    inv_d = D(2026, 11, 2)
    ib = mk.iban(rng, "NL")
    num = "2026-0140"
    b = Bill([("Boekhouding en btw-aangifte Q3", 1, 39500, 21), ("Inkomstenbelasting 2025 voorbereiding", 1, 17500, 21)])
    to = "info@hoveniersbedrijfgroen.nl"
    p = Page()
    y = lay_nl(p, "Administratiekantoor Smit", ["Stationsweg 8", "2312 AV Leiden", "KvK 28123456", "Btw NL001122334B66",
                                                "IBAN " + iban_spaced(ib)],
               ["Hoveniersbedrijf Groen", "Rijnsburgerweg 120", "2333 AE Leiden"],
               "Factuur", [("Factuurnummer", num), ("Factuurdatum", date_in("nl", inv_d)),
                           ("Vervaldatum", date_in("nl", inv_d + days(14))), ("Status", "BETAALD")])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal")
                   + [("Betaald op %s" % date_in("nl", d), "- " + money_in("EUR", "nl", b.total), False),
                      ("Openstaand", money_in("EUR", "nl", 0), True)], ["Deze factuur is volledig voldaan. Dank u wel!"], iban_spaced(ib))
    cover = ("Beste Willem,\n\nBedankt voor je betaling van %s voor factuur %s. De factuur is hiermee volledig voldaan; "
             "je vindt hem voor je administratie nog in de bijlage.\n\nMet vriendelijke groet,\nAnnelies Smit\n") % (
        money_in("EUR", "nl", b.total), num)
    frm = "facturen@administratiekantoorsmit.nl"
    eml = send(rng, frm, "Administratiekantoor Smit", to, "Betalingsbevestiging factuur %s" % num, d, body_text=cover, pdf=True)
    return non(rid, "moneybird", "nl", frm, to, eml,
               "A payment confirmation with a copy of the invoice marked paid (open € 0,00): a receipt, as the README "
               "labels a copy of an invoice already paid.",
               "The PDF is a whole invoice with number, dates, VAT and total; only 'BETAALD' and 'Openstaand € 0,00' say otherwise.",
               [p], "Factuur %s.pdf" % num)


@builder
def nl_tikkie_workshop(rng, rid):
    """Not an invoice: a Tikkie payment request for a workshop seat, no invoice facts (nl)"""
    d = D(2026, 11, 27)
    to = "saskia.wolters@gmail.com"
    link = "https://tikkie.me/pay/Klei/%s" % tok(rng, 20)
    text = ("Hoi Saskia,\n\nLeuk dat je meedoet aan de workshop draaien op zaterdag 12 december! "
            "Je plekje is gereserveerd zodra je hebt betaald.\n\n"
            "Betaalverzoek: %s voor 'Workshop draaien 12/12'\n%s\n\n"
            "Het betaalverzoek is 7 dagen geldig.\n\nTot dan!\nRianne\nKleistudio Rianne\n") % (money_in("EUR", "nl", 4500), link)
    frm = "rianne@kleistudiorianne.nl"
    eml = send(rng, frm, "Kleistudio Rianne", to_hdr("Saskia Wolters", to), "Betaalverzoek workshop 12 december", d, body_text=text)
    return non(rid, "tikkie", "nl", frm, to, eml,
               "A payment request link alone: no invoice, no number, no invoice date, nothing an invoice states.",
               "An amount, a pay link and a validity in days, like the Tikkie invoices; the workshop date.")


@builder
def nl_eboekhouden_storno(rng, rid):
    """Not an invoice: a returned incasso (storno) for an invoice sent before, asking a transfer plus costs (nl)"""
    d = D(2026, 12, 4)
    ib = mk.iban(rng, "NL")
    total = 9680
    fee = 500
    to = "j.vos@kpnmail.nl"
    text = ("Beste heer Vos,\n\nDe automatische incasso van %s voor factuur 2026-0188 (d.d. 16-11-2026) is door uw bank "
            "gestorneerd (reden: MD06, terugboeking op verzoek van de rekeninghouder).\n\n"
            "Wilt u het bedrag van %s, vermeerderd met %s stornokosten, dus in totaal %s, binnen 7 dagen overmaken naar "
            "%s t.n.v. Zwemschool De Waterlelie o.v.v. factuurnummer 2026-0188?\n\n"
            "Was de terugboeking een vergissing? Laat het ons weten, dan incasseren we het bedrag opnieuw.\n\n"
            "Met vriendelijke groet,\nZwemschool De Waterlelie\nLedenadministratie\n") % (
        money_in("EUR", "nl", total), money_in("EUR", "nl", total), money_in("EUR", "nl", fee),
        money_in("EUR", "nl", total + fee), iban_spaced(ib))
    frm = "administratie@zwemschooldewaterlelie.nl"
    eml = send(rng, frm, "Zwemschool De Waterlelie", to, "Stornering incasso factuur 2026-0188", d, body_text=text)
    return non(rid, "e-boekhouden", "nl", frm, to, eml,
               "A notice that the direct debit of an invoice already sent came back: it chases that invoice like a reminder "
               "(with a fee), it is not a new invoice.",
               "Asks for an amount within 7 days with an IBAN and the invoice number: looks like a bill.")


@builder
def nl_vooraankondiging_incasso(rng, rid):
    """Not an invoice: a pre-notification that an invoice will be collected on a day (nl)"""
    d = D(2026, 11, 24)
    to = "boekhouding@tandartspraktijkoosterhout.nl"
    text = ("Geachte relatie,\n\nHierbij informeren wij u dat wij op %s de volgende factuur automatisch van uw rekening "
            "NL** INGB **** **72 15 incasseren:\n\n  Factuur 26700455 d.d. %s   %s\n\n"
            "Machtigingskenmerk: MK-00412\nIncassant-ID: NL54ZZZ321456780000\n\n"
            "U hoeft niets te doen. Zorgt u wel voor voldoende saldo.\n\nMet vriendelijke groet,\n"
            "Koffiebranderij Het Anker B.V.\nDebiteurenadministratie\n") % (
        date_in("nl", D(2026, 11, 30)), date_in("nl", D(2026, 11, 16)), money_in("EUR", "nl", 41745))
    frm = "debiteuren@koffiebranderijhetanker.nl"
    eml = send(rng, frm, "Koffiebranderij Het Anker B.V.", to, "Vooraankondiging incasso", d, body_text=text)
    return non(rid, "exact-online", "nl", frm, to, eml,
               "A pre-notification of a direct debit for an invoice sent before: it announces the collection, it is not "
               "the invoice.",
               "An invoice number, its date, an amount and a collection day, as an incasso invoice has.")


@builder
def nl_shopify_bestelling(rng, rid):
    """Not an invoice: a Shopify order confirmation, paid by iDEAL (nl)"""
    d = D(2026, 12, 5)
    b = Bill([("Wollen plaid 'Duin' okergeel", 1, 8995, 21), ("Kussenhoes linnen 50x50", 2, 2450, 21),
              ("Verzending", 1, 595, 21)], gross=True)
    to = "evelien.kraaijeveld@gmail.com"
    inner = ('<p style="font-size:20px;font-weight:bold">WOLWERK</p>\n'
             '<p style="font-size:18px">Bedankt voor je aankoop!</p>\n'
             '<p>Hoi Evelien, we maken je bestelling klaar voor verzending. We laten het je weten zodra hij onderweg is.</p>\n'
             '<p style="color:#6b7280">Bestelling #1042</p>\n'
             + h_lines(b, "EUR", "nl", ("Product", "Aantal", "Prijs"))
             + "\n" + h_kv([("Totaal", money_in("EUR", "nl", b.total)), ("Inclusief btw", money_in("EUR", "nl", b.vat)),
                            ("Betaald met", "iDEAL")], True)
             + '\n<p>Verzendadres: Evelien Kraaijeveld, Bloemgracht 61-2, 1016 KE Amsterdam</p>\n'
               '<p style="font-size:12px;color:#6b7280">Wolwerk · Westerstraat 22 · Amsterdam · vragen? hallo@wolwerk.nl</p>')
    frm = "hallo@wolwerk.nl"
    eml = send(rng, frm, "Wolwerk", to_hdr("Evelien Kraaijeveld", to), "Bestelling #1042 bevestigd", d, body_html=h_page(inner),
               msgid_domain="shopify.com")
    return non(rid, "shopify", "nl", frm, to, eml, "An order confirmation of a web shop, already paid by iDEAL: nothing is owed.",
               "Lines, VAT and a total as an invoice prints them; 'Betaald met iDEAL'.")


@builder
def nl_mollie_uitbetaling(rng, rid):
    """Not an invoice: a Mollie payout report forwarded to the bookkeeper (nl)"""
    d = D(2026, 12, 2)
    ib = mk.iban(rng, "NL")
    gross, n = 1284650, 212
    fees = r2(n * 29)
    refunds = 8995
    payout = gross - fees - refunds
    to = "marieke@boekhoudbureauvink.nl"
    p = Page()
    p.text(56, 66, "mollie", 20, True)
    p.right(539, 60, "Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam", 7.5)
    p.text(56, 120, "Uitbetalingsoverzicht", 16, True)
    y = 145
    for a, v in [("Organisatie", "Wolwerk (Westerstraat 22, Amsterdam)"), ("Uitbetaling", "st_" + tok(rng, 10)),
                 ("Periode", "1 november 2026 t/m 30 november 2026"), ("Uitbetaald op", date_in("nl", D(2026, 12, 1))),
                 ("Naar rekening", iban_spaced(ib))]:
        p.text(56, y, a, 9)
        p.text(180, y, v, 9)
        y += 13
    y = table(p, y + 16, ("Omschrijving", "Aantal", "Bedrag"),
              [("Betalingen iDEAL", str(n - 14), money(gross - 61230, "nl")), ("Betalingen creditcard", "14", money(61230, "nl")),
               ("Terugbetalingen", "1", "-" + money(refunds, "nl")), ("Transactiekosten (€ 0,29 per betaling)", str(n), "-" + money(fees, "nl"))])
    p.totals_notes(y + 4, [("Uitbetaald bedrag", money_in("EUR", "nl", payout), True)],
                   ["De factuur voor de transactiekosten (incl. btw) vindt u in uw Mollie Dashboard."], None)
    cover = ("Hoi Marieke,\n\nHierbij het uitbetalingsoverzicht van Mollie over november, voor de boekhouding.\n\n"
             "Groetjes,\nEvelien\nWolwerk\n")
    frm = "hallo@wolwerk.nl"
    eml = send(rng, frm, "Wolwerk", to, "Mollie uitbetaling november", d, body_text=cover, pdf=True)
    return non(rid, "mollie", "nl", frm, to, eml,
               "A payment platform's payout report, forwarded to the bookkeeper: money paid out to the business, "
               "nobody is billed.",
               "A PDF with counts, amounts, a date and the business's own IBAN; the word 'factuur' in a note.",
               [p], "Mollie-uitbetaling-november-2026.pdf")


@builder
def nl_offerte_aanbetaling(rng, rid):
    """Not an invoice: a Moneybird quote with an 'aanbetaling betalen' iDEAL button in the mail (nl)"""
    d = D(2026, 10, 15)
    b = Bill([("Badkamerrenovatie volgens tekening (aanneemsom)", 1, 1245000, 21), ("Sanitair en tegels (stelpost)", 1, 380000, 21)])
    deposit = r2(Decimal(b.total) * Decimal("0.3"))
    to = "r.demir@hotmail.com"
    p = Page()
    y = lay_nl(p, "Badkamerbouw Noord", ["Industrieweg 44", "9403 AB Assen", "KvK 04098123", "Btw NL001776655B01"],
               ["R. Demir", "Vaart Z.Z. 31", "9401 GE Assen"],
               "Offerte", [("Offertenummer", "OF-2026-0061"), ("Offertedatum", date_in("nl", d)),
                           ("Geldig tot", date_in("nl", d + days(30)))])
    y = table(p, y, ("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"), bill_rows(b, "nl", "qvua"))
    p.totals_notes(y + 4, bill_totals(b, "EUR", "nl", "Subtotaal", "Btw {r}", "Totaal"),
                   ["Bij akkoord vragen wij een aanbetaling van 30%% (%s); het restant factureren wij na oplevering." % money_in("EUR", "nl", deposit),
                    "Akkoord geven en aanbetalen kan online via de knop in de e-mail."], None)
    link = "https://moneybird.com/%s/estimates/%s/accept" % (digits(rng, 18), hexs(rng, 32))
    cover = ("Beste meneer Demir,\n\nBedankt voor uw aanvraag. Bijgaand onze offerte OF-2026-0061 voor de nieuwe badkamer.\n\n"
             "Gaat u akkoord? Dan kunt u de offerte online ondertekenen en direct de aanbetaling van %s voldoen via iDEAL:\n%s\n\n"
             "Met vriendelijke groet,\nDick Boerma\nBadkamerbouw Noord\n") % (money_in("EUR", "nl", deposit), link)
    frm = "info@badkamerbouwnoord.nl"
    eml = send(rng, frm, "Badkamerbouw Noord", to, "Offerte OF-2026-0061", d, body_text=cover, pdf=True)
    return non(rid, "moneybird", "nl", frm, to, eml,
               "A quote with a button to accept it and pay a deposit: nothing is owed until it is accepted.",
               "A pay-by-iDEAL link and a deposit amount in the mail, a totalled PDF.", [p], "Offerte OF-2026-0061.pdf")


@builder
def be_betaling_ontvangen(rng, rid):
    """Not an invoice: Teamleader 'betaling ontvangen' for an invoice paid with Payconiq (nl-BE)"""
    d = D(2026, 11, 20)
    to = "boekhouding@bakkerijclaes.be"
    text = ("Beste,\n\nWij ontvingen uw betaling van %s voor factuur 2026/0432 (mededeling %s), "
            "betaald met Payconiq by Bancontact op %s.\n\nDeze factuur is hiermee volledig betaald. Bedankt!\n\n"
            "Met vriendelijke groeten,\nSchrijnwerkerij Peeters BV\n") % (money_in("EUR", "nl", 72600), mk.ogm_drawn(rng), date_in("be", d))
    frm = "facturatie@schrijnwerkerijpeeters.be"
    eml = send(rng, frm, "Schrijnwerkerij Peeters BV", to, "Betaling ontvangen - factuur 2026/0432", d, body_text=text)
    return non(rid, "teamleader", "nl", frm, to, eml, "A payment receipt: the named invoice is paid in full.",
               "A structured communication, an invoice number and an amount, as a Flemish invoice has.")


@builder
def be_terugbetaling(rng, rid):
    """Not an invoice: a web shop's refund confirmation via Bancontact (nl-BE)"""
    d = D(2026, 12, 11)
    to = "an.desmet@proximus.be"
    inner = ('<p style="font-size:20px;font-weight:bold">Koffiehuis Bonne Tasse</p>\n'
             '<p>Dag An De Smet,</p>\n<p>We hebben je retour goed ontvangen. Het bedrag wordt teruggestort via Bancontact '
             'op de rekening waarmee je betaalde.</p>\n'
             + h_kv([("Bestelling", "BT-20877"), ("Creditnota", "volgt in je account"), ("Terugbetaald", money_in("EUR", "nl", 3495)),
                     ("Datum", date_in("be", d))])
             + '\n<p>Het kan 3 tot 5 werkdagen duren voor het bedrag op je rekening staat.</p>\n'
               '<p style="font-size:12px;color:#6b7280">Koffiehuis Bonne Tasse · Vlaanderenstraat 12 · 9000 Gent</p>')
    frm = "shop@bonnetasse.be"
    eml = send(rng, frm, "Koffiehuis Bonne Tasse", to_hdr("An De Smet", to), "Je terugbetaling van %s" % money_in("EUR", "nl", 3495), d,
               body_html=h_page(inner), msgid_domain="shopify.com")
    return non(rid, "shopify", "nl", frm, to, eml,
               "A refund confirmation: money goes back to the customer, and it only announces a credit note.",
               "An amount, an order number, the word 'Creditnota'.")


@builder
def uk_stripe_receipt_paid(rng, rid):
    """Not an invoice: a Stripe receipt and the invoice PDF marked paid, card charged, 'Amount due £0.00' (en-UK)"""
    d = D(2026, 11, 14)
    num = "5D1E9B20-0031"
    b = Bill([("Unlimited classes, December membership", 1, 5000, 20)])
    to = "kate.morrison@gmail.com"
    inner = ('<p style="color:#6b7280">Fernhill Yoga Studio Ltd</p>\n'
             '<p style="font-size:24px">Receipt from Fernhill Yoga Studio Ltd</p>\n'
             '<p style="font-size:30px;font-weight:bold">%s paid %s</p>\n' % (money_in("GBP", "en", b.total), date_in("en", d, "us"))
             + h_kv([("Receipt number", "2381-0457"), ("Invoice number", num), ("Payment method", "Visa - 4242")])
             + '\n<p style="font-size:12px;color:#6b7280">Questions? Contact us at hello@fernhillyoga.co.uk. Powered by Stripe.</p>')
    p = Page()
    y = lay_en(p, "Invoice", "Fernhill Yoga Studio Ltd", ["2 Fernhill Road", "Farnborough GU14 9RX", "VAT GB 402 9981 16"],
               "Bill to", ["Kate Morrison"],
               [("Invoice number", num), ("Date of issue", date_in("en", d, "us")), ("Date due", date_in("en", d, "us"))])
    p.text(56, y, "Paid %s" % date_in("en", d, "us"), 12, True)
    y = table(p, y + 30, ("Description", "Qty", "Unit price", "Amount"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Subtotal", "VAT ({r})", "Total")
                   + [("Amount paid", money_in("GBP", "en", b.total), False), ("Amount due", money_in("GBP", "en", 0), True)],
                   ["Charged to Visa ending 4242."], None)
    frm = "hello@fernhillyoga.co.uk"
    eml = send(rng, frm, "Fernhill Yoga Studio Ltd", to_hdr("Kate Morrison", to), "Your receipt from Fernhill Yoga Studio Ltd #2381-0457", d,
               body_html=h_page(inner), pdf=True, msgid_domain="stripe.com")
    return non(rid, "stripe", "en", frm, to, eml,
               "The card was charged when the invoice was raised: a receipt with the paid invoice, amount due £0.00.",
               "The attached PDF is titled 'Invoice', has a number, a due date and a total; only 'Paid' and 'Amount due "
               "£0.00' say it is settled.", [p], "Invoice-%s.pdf" % num)


@builder
def ie_xero_payment_received(rng, rid):
    """Not an invoice: Xero 'Payment received – thank you' with the remaining balance nil (en-IE)"""
    d = D(2026, 12, 2)
    to = "office@clarecoastkayaking.ie"
    text = ("Hi Declan,\n\nThank you for your payment of %s received on %s against invoice INV-0719.\n\n"
            "Invoice INV-0719\nInvoice total: %s\nPaid: %s\nBalance: %s\n\n"
            "View your receipt online: https://in.xero.com/%s\n\nThanks,\nBurren Web Studio Ltd\n") % (
        money_in("EUR", "en", 61500), date_in("en", D(2026, 12, 1), "short-en"), money_in("EUR", "en", 61500),
        money_in("EUR", "en", 61500), money_in("EUR", "en", 0), tok(rng, 40, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"))
    frm = "accounts@burrenwebstudio.ie"
    eml = send(rng, frm, "Burren Web Studio Ltd", to, "Payment received - thank you", d, body_text=text, msgid_domain="post.xero.com")
    return non(rid, "xero", "en", frm, to, eml, "A payment receipt for an invoice now settled (balance nil).",
               "Invoice number, total and a 'Balance' line like an invoice's.")


@builder
def uk_gocardless_advance_notice(rng, rid):
    """Not an invoice: GoCardless advance notice of a Direct Debit collection for an invoice (en-UK)"""
    d = D(2026, 11, 27)
    to = "practice.manager@oakfieldvets.co.uk"
    text = ("Dear Oakfield Veterinary Surgery,\n\nThis is advance notice that Brightline IT Support Ltd will collect %s "
            "from your account ending 31 by Direct Debit on or shortly after %s.\n\n"
            "Payment reference: BRIGHTLINE-7KQ2M8\nDescription: Invoice INV-2218\n\n"
            "The payment will appear on your bank statement as BRIGHTLINE IT. You are protected by the Direct Debit "
            "Guarantee.\n\nGoCardless Ltd, on behalf of Brightline IT Support Ltd\n") % (
        money_in("GBP", "en", 87588), date_in("en", D(2026, 12, 3)))
    frm = "billing@brightline-it.co.uk"
    eml = send(rng, frm, "Brightline IT Support Ltd", to, "Upcoming payment to Brightline IT Support Ltd", d, body_text=text,
               msgid_domain="gocardless.com")
    return non(rid, "gocardless", "en", frm, to, eml,
               "An advance notice of a direct debit for an invoice already sent: it announces a collection, it bills nothing.",
               "An amount, a day, a 'Payment reference' and an invoice number.")


@builder
def uk_stripe_payment_failed(rng, rid):
    """Not an invoice: Stripe 'your payment failed', card declined for an existing invoice, update the card (en-UK)"""
    d = D(2026, 12, 6)
    to = "ops@lanternbrewing.co.uk"
    link = "https://invoice.stripe.com/i/acct_%s/live_%s" % (tok(rng, 16), tok(rng, 40))
    inner = ('<p style="color:#6b7280">Tallyroom</p>\n'
             '<p style="font-size:22px">Your payment of %s failed</p>\n' % money_in("GBP", "en", 4800)
             + '<p>We tried to charge your Mastercard ending 8810 for invoice 7A0C22D1-0019 on %s, but the payment was '
               'declined. We will try again in 3 days. To avoid interruption, update your card or pay the invoice now.</p>\n' % date_in("en", d, "us")
             + h_button(link, "Update payment details")
             + h_kv([("Invoice", "7A0C22D1-0019"), ("Amount", money_in("GBP", "en", 4800)), ("Plan", "Tallyroom Team, monthly")])
             + '\n<p style="font-size:12px;color:#6b7280">Tallyroom Ltd, 3 Bonds Mill, Stonehouse GL10 3RF. Powered by Stripe.</p>')
    frm = "billing@tallyroom.co.uk"
    eml = send(rng, frm, "Tallyroom", to, "Your payment to Tallyroom failed", d, body_html=h_page(inner), msgid_domain="stripe.com")
    return non(rid, "stripe", "en", frm, to, eml,
               "A failed-payment notice for an invoice issued before: it chases that invoice like a reminder, it is not one.",
               "An amount, an invoice number and a pay/update button, as a hosted invoice has.")


@builder
def ie_subscription_renewed(rng, rid):
    """Not an invoice: 'your subscription has renewed', card charged, the invoice 'in your account' (en-IE)"""
    d = D(2026, 10, 31)
    to = "hello@wildatlanticyoga.ie"
    inner = ('<p style="font-size:20px;font-weight:bold">Bookwell</p>\n'
             '<p>Hi Gráinne,</p>\n<p>Your Bookwell Studio plan has renewed for another year. Thanks for staying with us!</p>\n'
             + h_kv([("Plan", "Studio (annual)"), ("Renewed on", date_in("en", d)), ("Next renewal", date_in("en", D(2027, 10, 31))),
                     ("Charged", money_in("EUR", "en", 34440) + " incl. VAT to Visa ending 1907")])
             + '\n<p>Your VAT invoice is available under Settings, Billing in your account.</p>\n'
             + h_button("https://app.bookwell.ie/settings/billing", "Manage subscription", "#0f766e")
             + '<p style="font-size:12px;color:#6b7280">Bookwell Software Ltd, 12 Camden Row, Dublin 8</p>')
    frm = "billing@bookwell.ie"
    eml = send(rng, frm, "Bookwell", to_hdr("Gráinne Walsh", to), "Your Bookwell subscription has renewed", d, body_html=h_page(inner))
    return non(rid, "bookwell-saas", "en", frm, to, eml,
               "A renewal notice for a subscription already charged to a card; the invoice itself is elsewhere.",
               "An amount with 'incl. VAT', a renewal and a next-renewal date, a button.")


@builder
def uk_zoho_estimate_deposit(rng, rid):
    """Not an invoice: a Zoho estimate with 'Accept and pay deposit' (en-UK)"""
    d = D(2026, 11, 11)
    b = Bill([("Loft conversion survey and drawings", 1, 185000, 20), ("Building regulations submission", 1, 42000, 20)])
    deposit = r2(Decimal(b.total) * Decimal("0.25"))
    to = "j.okafor@outlook.com"
    p = Page()
    y = lay_en(p, "ESTIMATE", "Kestrel Surveying Ltd", ["Matford Business Park", "Exeter EX2 8FD", "VAT Reg. GB 291 5566 40"],
               "Bill To", ["James Okafor", "17 St Leonard's Road", "Exeter EX2 4LA"],
               [("Estimate#", "EST-000064"), ("Estimate Date", date_in("en", d, "dmy/")), ("Expiry Date", date_in("en", d + days(30), "dmy/"))])
    y = table(p, y, ("Item & Description", "Qty", "Rate", "Amount"), bill_rows(b, "en", "qua"))
    p.totals_notes(y + 4, bill_totals(b, "GBP", "en", "Sub Total", "Standard Rate ({r})", "Total"),
                   ["A deposit of 25%% (%s) is payable on acceptance; the balance is invoiced on completion." % money_in("GBP", "en", deposit)], None)
    link = "https://zohosecurepay.eu/books/kestrelsurveying/estimate?EstimateID=%s" % digits(rng, 19)
    cover = ("Dear James,\n\nThank you for your enquiry. Please find attached estimate EST-000064 for %s.\n\n"
             "To go ahead, accept the estimate and pay the deposit of %s online: %s\n\n"
             "Regards,\nJenny Cole\nKestrel Surveying Ltd\n") % (money_in("GBP", "en", b.total), money_in("GBP", "en", deposit), link)
    frm = "accounts@kestrelsurveying.co.uk"
    eml = send(rng, frm, "Kestrel Surveying Ltd", to, "Estimate - EST-000064 from Kestrel Surveying Ltd", d, body_text=cover, pdf=True,
               msgid_domain="zohoinvoice.eu")
    return non(rid, "zoho-invoice", "en", frm, to, eml,
               "An estimate with a button to accept it and pay a deposit: a quote, nothing owed yet.",
               "The same sender and layout as a Zoho invoice; a pay link and a deposit amount.", [p], "EST-000064.pdf")


@builder
def uk_sumup_payout(rng, rid):
    """Not an invoice: a SumUp payout report forwarded to the accountant (en-UK)"""
    d = D(2026, 12, 3)
    to = "hello@ashtonbookkeeping.co.uk"
    tx = [(D(2026, 11, k), v) for k, v in [(24, 18450), (25, 22120), (26, 9870), (27, 31240), (28, 40115)]]
    fee = lambda v: r2(Decimal(v) * Decimal("0.0169"))
    p = Page()
    p.text(56, 66, "sumup", 20, True)
    p.text(56, 110, "Payout report", 16, True)
    p.text(56, 130, "Merchant: The Larder Kitchen (MC7Q2D9X) · Period: 24/11/2026 - 28/11/2026", 9)
    y = table(p, 160, ("Date", "Card sales", "Fees", "Payout"),
              [(date_in("en", t, "dmy/"), money(v, "en"), "-" + money(fee(v), "en"), money(v - fee(v), "en")) for t, v in tx])
    tot = sum(v - fee(v) for _, v in tx)
    p.totals_notes(y + 4, [("Total paid out", money_in("GBP", "en", tot), True)],
                   ["Paid to your bank account ending 4520 on 01/12/2026. This is not a VAT invoice."], None)
    cover = ("Hi Rachel,\n\nSumUp payout report for the last week of November attached, for the books.\n\nThanks,\nHannah\n"
             "The Larder Kitchen\n")
    frm = "hello@thelarderkitchen.co.uk"
    eml = send(rng, frm, "The Larder Kitchen", to, "SumUp payouts w/e 28 Nov", d, body_text=cover, pdf=True)
    return non(rid, "sumup", "en", frm, to, eml,
               "A card terminal's payout report forwarded to the accountant: money paid to the business, no one billed.",
               "A table of dates and amounts with fees and a bold total.", [p], "SumUp_payout_report_2026-11.pdf")


@builder
def uk_paypal_refund(rng, rid):
    """Not an invoice: PayPal 'You've refunded a payment' sent from the business (en-UK)"""
    d = D(2026, 11, 21)
    to = "lucy.barnes@hotmail.co.uk"
    inner = ('<p style="font-size:13px;color:#6b7280">PayPal</p>\n'
             '<p style="font-size:20px">Ellie Marsh Illustration has refunded your payment</p>\n'
             + h_kv([("Refund amount", money_in("GBP", "en", 3500)), ("Original payment", money_in("GBP", "en", 3500)),
                     ("Invoice number", "EM-2026-011"), ("Refund date", date_in("en", d)), ("Transaction ID", tok(rng, 17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))])
             + '\n<p>It can take up to 5 days for the refund to show in your account. Note from seller: sorry the print '
               'arrived damaged, a new one is on its way at no charge.</p>')
    frm = "studio@elliemarsh.co.uk"
    eml = send(rng, frm, "Ellie Marsh Illustration via PayPal", to_hdr("Lucy Barnes", to), "Refund from Ellie Marsh Illustration", d,
               body_html=h_page(inner, "#f5f7fa"), msgid_domain="paypal.com")
    return non(rid, "paypal", "en", frm, to, eml,
               "A refund confirmation: money goes back to the customer.",
               "PayPal's layout as for an invoice, with an invoice number and an amount.")


@builder
def de_lexoffice_zahlungseingang(rng, rid):
    """Not an invoice: 'Zahlungseingang' confirmation for an invoice paid in full (de-DE)"""
    d = D(2026, 11, 30)
    to = "buchhaltung@physio-roth.de"
    text = ("Sehr geehrte Frau Roth,\n\nvielen Dank! Wir haben Ihre Zahlung über %s zur Rechnung RE-2026-0298 vom %s "
            "am %s erhalten. Die Rechnung ist damit vollständig beglichen.\n\n"
            "Rechnungsbetrag: %s\nZahlungseingang: %s\nOffener Betrag: %s\n\n"
            "Mit freundlichen Grüßen\nTischlerei Bergmann\n") % (
        money_in("EUR", "de", 142800), date_in("de", D(2026, 11, 3)), date_in("de", D(2026, 11, 27)),
        money_in("EUR", "de", 142800), money_in("EUR", "de", 142800), money_in("EUR", "de", 0))
    frm = "rechnung@tischlerei-bergmann.de"
    eml = send(rng, frm, "Tischlerei Bergmann", to, "Zahlungseingang zu Rechnung RE-2026-0298", d, body_text=text)
    return non(rid, "lexoffice", "de", frm, to, eml, "A confirmation of payment received; nothing is open.",
               "Invoice number, invoice date and amounts like an invoice's; 'Offener Betrag: 0,00 €'.")


@builder
def de_sevdesk_ruecklastschrift(rng, rid):
    """Not an invoice: a Rücklastschrift notice for an invoice sent before, asking a transfer plus the bank fee (de-DE)"""
    d = D(2026, 12, 7)
    ib = mk.iban(rng, "DE")
    to = "lisa.neumann@gmx.net"
    text = ("Hallo Frau Neumann,\n\nleider wurde die Lastschrift zu unserer Rechnung RE-1071 vom %s über %s von Ihrer Bank "
            "zurückgegeben (Rückgabegrund: AC04, Konto erloschen).\n\n"
            "Bitte überweisen Sie den Rechnungsbetrag zuzüglich der uns entstandenen Rücklastschriftgebühr von %s, "
            "insgesamt %s, bis zum %s auf folgendes Konto:\n\nTanzschule Taktvoll\nIBAN %s\nVerwendungszweck: RE-1071\n\n"
            "Bitte teilen Sie uns auch Ihre neue Bankverbindung für künftige Lastschriften mit.\n\n"
            "Viele Grüße\nIhre Tanzschule Taktvoll\n") % (
        date_in("de", D(2026, 11, 10)), money_in("EUR", "de", 20300), money_in("EUR", "de", 375), money_in("EUR", "de", 20675),
        date_in("de", D(2026, 12, 17)), iban_spaced(ib))
    frm = "rechnung@tanzschule-taktvoll.de"
    eml = send(rng, frm, "Tanzschule Taktvoll", to_hdr("Lisa Neumann", to), "Rücklastschrift zu Rechnung RE-1071", d, body_text=text)
    return non(rid, "sevdesk", "de", frm, to, eml,
               "A returned-direct-debit notice: it chases an invoice already sent (plus the bank's fee), like a reminder; "
               "it is not a new invoice.",
               "An amount, a date to pay by, an IBAN and a Verwendungszweck: every field a reader looks for.")


@builder
def at_vorabankuendigung(rng, rid):
    """Not an invoice: Vorabankündigung (pre-notification) of SEPA-Lastschriften for the coming month (de-AT)"""
    d = D(2026, 11, 26)
    to = "sabine.pichler@aon.at"
    text = ("Liebe Frau Mag. Pichler,\n\nwir kündigen Ihnen hiermit den nächsten Lastschrifteinzug an:\n\n"
            "Betrag: %s\nFälligkeitstag: %s\nZweck: Klavierunterricht Leonie, Dezember 2026\nMandatsreferenz: KR-M-118\n"
            "Creditor-ID: AT61ZZZ01234567890\n\nDie Rechnung dazu erhalten Sie wie gewohnt Anfang des Monats.\n\n"
            "Schöne Grüße\nMusikschule Klangraum\n") % (money_in("EUR", "de", 16650), date_in("de", D(2026, 12, 10)))
    frm = "buero@musikschule-klangraum.at"
    eml = send(rng, frm, "Musikschule Klangraum", to, "Vorabankündigung SEPA-Lastschrift", d, body_text=text)
    return non(rid, "sevdesk", "de", frm, to, eml,
               "A pre-notification of a direct debit; the invoice, it says, comes separately.",
               "Amount, 'Fälligkeitstag' and a purpose, the words of an invoice's payment lines.")


@builder
def de_marktplatz_abrechnung(rng, rid):
    """Not an invoice: a marketplace settlement (sales, commission, payout) forwarded to the tax adviser (de-DE)"""
    d = D(2026, 12, 4)
    ib = mk.iban(rng, "DE")
    sales = 186450
    comm = r2(Decimal(sales) * Decimal("0.12"))
    comm_vat = r2(Decimal(comm) * Decimal("0.19"))
    fees = 2870
    payout = sales - comm - comm_vat - fees
    to = "kanzlei@stb-hoffmann.de"
    p = Page()
    p.text(56, 66, "Werkstück Marktplatz", 16, True)
    p.right(539, 60, "Werkstück GmbH · Oranienstraße 183 · 10999 Berlin", 7.5)
    p.text(56, 140, "Verkäuferin: Keramik Kranich, Franziska Kranich, Lindenauer Markt 4, 04177 Leipzig", 9)
    p.text(56, 180, "Abrechnung und Auszahlung November 2026", 14, True)
    p.text(56, 198, "Abrechnungs-Nr. WM-A-2026-11-0831 · erstellt am %s" % date_in("de", D(2026, 12, 1)), 9)
    y = table(p, 230, ("Position", "Anzahl", "Betrag"),
              [("Verkäufe (Bruttoumsatz)", "63", money(sales, "de")), ("Provision 12 %", "", "-" + money(comm, "de")),
               ("USt. 19 % auf Provision", "", "-" + money(comm_vat, "de")), ("Zahlungsgebühren", "63", "-" + money(fees, "de"))])
    p.totals_notes(y + 4, [("Auszahlungsbetrag", money_in("EUR", "de", payout), True)],
                   ["Der Auszahlungsbetrag wird am %s auf Ihr Konto {iban} überwiesen." % date_in("de", D(2026, 12, 3)),
                    "Die Rechnung über Provision und Gebühren finden Sie im Verkäuferbereich."], iban_spaced(ib))
    cover = ("Hallo Frau Hoffmann,\n\nanbei die Abrechnung vom Marktplatz für November, für die Buchhaltung.\n\n"
             "Viele Grüße\nFranziska Kranich\nKeramik Kranich\n")
    frm = "shop@keramik-kranich.de"
    eml = send(rng, frm, "Keramik Kranich", to, "WG: Abrechnung Werkstück November", d, body_text=cover, pdf=True)
    return non(rid, "marketplace", "de", frm, to, eml,
               "A marketplace's settlement of the seller's sales, forwarded to the tax adviser: it pays the business out, "
               "it bills no one (the platform's own invoice is elsewhere).",
               "Amounts, commission with VAT, a settlement number and the seller's IBAN; a 'WG:' subject.",
               [p], "Abrechnung_WM-A-2026-11-0831.pdf")


@builder
def ch_shopify_bestellung(rng, rid):
    """Not an invoice: a Swiss web shop's order confirmation paid with TWINT (de-CH)"""
    d = D(2026, 12, 12)
    b = Bill([("Bergkäse 12 Monate, 500 g", 2, 1890, 2.6), ("Fondue-Caquelon Gusseisen", 1, 6900, 8.1), ("Versand Post", 1, 900, 8.1)], gross=True)
    to = "urs.brunner@bluewin.ch"
    inner = ('<p style="font-size:20px;font-weight:bold">Chäsi Emmental</p>\n'
             '<p style="font-size:18px">Vielen Dank für Ihre Bestellung!</p>\n'
             '<p>Grüezi Urs Brunner, wir bereiten Ihre Bestellung #CH-1023 für den Versand vor.</p>\n'
             + h_lines(b, "CHF", "de", ("Artikel", "Menge", "Preis"), ms="ch")
             + "\n" + h_kv([("Total", money_in("CHF", "de", b.total))]
                           + [("inkl. MWST " + fr(r, "ch"), money_in("CHF", "de", v)) for r, _, v in b.groups]
                           + [("Bezahlt mit", "TWINT")], False)
             + '\n<p style="font-size:12px;color:#6b7280">Chäsi Emmental · Dorfstrasse 5 · 3550 Langnau i.E.</p>')
    frm = "shop@chaesi-emmental.ch"
    eml = send(rng, frm, "Chäsi Emmental", to_hdr("Urs Brunner", to), "Bestellung #CH-1023 bestätigt", d, body_html=h_page(inner),
               msgid_domain="shopify.com")
    return non(rid, "shopify", "de", frm, to, eml, "An order confirmation, paid with TWINT at checkout: nothing is owed.",
               "Lines, two MWST rates and a total in CHF.")


@builder
def at_woocommerce_erstattung(rng, rid):
    """Not an invoice: a WooCommerce refund ('Rückerstattung') for part of an order (de-AT)"""
    d = D(2026, 10, 30)
    to = "m.steiner@gmx.at"
    inner = ('<p style="font-size:20px;font-weight:bold">Teehaus Mohnblume</p>\n'
             '<p>Hallo Martina Steiner,</p>\n<p>Ihre Bestellung #5521 wurde teilweise erstattet. Weitere Details finden Sie '
             'unten.</p>\n'
             + h_kv([("Bestellung", "#5521 (%s)" % date_in("de", D(2026, 10, 22))), ("Zwischensumme", money_in("EUR", "de", 5640)),
                     ("Versand", money_in("EUR", "de", 590)), ("Gesamt", money_in("EUR", "de", 6230)),
                     ("Rückerstattung", "-" + money_in("EUR", "de", 1290)), ("Zahlungsmethode", "PayPal")])
             + '\n<p>Die Erstattung für den beschädigten Teebecher geht auf Ihr PayPal-Konto.</p>\n'
               '<p style="font-size:12px;color:#6b7280">Teehaus Mohnblume · Neubaugasse 28 · 1070 Wien</p>')
    frm = "shop@teehaus-mohnblume.at"
    eml = send(rng, frm, "Teehaus Mohnblume", to_hdr("Martina Steiner", to), "Ihre Bestellung #5521 wurde teilweise erstattet", d,
               body_html=h_page(inner))
    return non(rid, "woocommerce", "de", frm, to, eml, "A refund notice for an order already paid: money goes back.",
               "An order's subtotal, shipping and total printed as an invoice prints them.")


@builder
def de_paid_invoice_paypal(rng, rid):
    """Not an invoice: a shop's Rechnung already paid by PayPal at checkout, 'Offener Betrag 0,00 €' (de-DE)"""
    d = D(2026, 11, 12)
    ib = mk.iban(rng, "DE")
    num = "RE-2026-1204"
    b = Bill([("Espresso Bohnenglück Blend 1 kg", 2, 2490, 7), ("Handmühle Keramik", 1, 5900, 19), ("Versand", 1, 490, 19)], gross=True)
    to = "tobias.engel@mailbox.org"
    p = Page()
    y = lay_din(p, "Kaffeerösterei Bohnenglück", ["Alter Markt 6 · 24103 Kiel · USt-IdNr. DE298765432"],
                "Kaffeerösterei Bohnenglück · Alter Markt 6 · 24103 Kiel",
                ["Tobias Engel", "Holtenauer Straße 140", "24105 Kiel"],
                [("Rechnungsnr.", num), ("Rechnungsdatum", date_in("de", d)), ("Bestellnr.", "10877")], "Rechnung")
    y = table(p, y, ("Artikel", "Menge", "Preis", "USt.", "Gesamt"), bill_rows(b, "de", "qvua"))
    t = [("Gesamtbetrag", money_in("EUR", "de", b.total), False)]
    t += [("enthaltene USt. " + fr(r, "de"), money_in("EUR", "de", v), False) for r, _, v in b.groups]
    t += [("Bezahlt per PayPal am %s" % date_in("de", d), "-" + money_in("EUR", "de", b.total), False),
          ("Offener Betrag", money_in("EUR", "de", 0), True)]
    p.totals_notes(y + 4, t, ["Vielen Dank für Ihren Einkauf! Der Betrag wurde bereits beglichen."], iban_spaced(ib))
    foot(p, ["Kaffeerösterei Bohnenglück · Förde Sparkasse · IBAN %s" % iban_spaced(ib)])
    cover = ("Hallo Tobias,\n\ndeine Bestellung 10877 ist unterwegs! Anbei die Rechnung für deine Unterlagen – "
             "bezahlt hast du schon per PayPal.\n\nViele Grüße\nDein Bohnenglück-Team\n")
    frm = "shop@bohnenglueck.de"
    eml = send(rng, frm, "Kaffeerösterei Bohnenglück", to_hdr("Tobias Engel", to), "Deine Rechnung %s" % num, d, body_text=cover, pdf=True)
    return non(rid, "shopware", "de", frm, to, eml,
               "An invoice paid in full at checkout (PayPal), sent for the records with 'Offener Betrag 0,00 €': a receipt, "
               "nothing to chase.",
               "A complete Rechnung with number, date, two VAT rates, the seller's IBAN in the foot; only the paid line says it is settled.",
               [p], "Rechnung_%s.pdf" % num)


# ================================================================ the set

COUNTS = {("nl", True): 20, ("nl", False): 10, ("en", True): 15, ("en", False): 8, ("de", True): 15, ("de", False): 7}
FIELDS = list(mk.expected("x", 1, 1, D(2026, 10, 1), None, "x", "x", None, None, "nl").keys())


def build():
    order = list(BUILDERS)
    random.Random(SEED).shuffle(order)
    recs = []
    for k, f in enumerate(order):
        rng = random.Random("%d:%s" % (SEED, f.__name__))
        recs.append((f, f(rng, "inv-hold35-%03d" % (k + 1))))
    return recs


def width(it):
    return len(it["text"]) * it["size"] * 0.56


def check_pages(rid, pdf):
    for page in pdf["pages"]:
        w, h = page.get("width", 595), page.get("height", 842)
        rows = {}
        for it in page["items"]:
            assert it["text"].strip(), (rid, "empty item")
            x0 = it["x"] - width(it) if it["align"] == "right" else it["x"]
            x1 = x0 + width(it)
            assert 0 <= x0 and x1 <= w and 0 < it["y"] <= h, (rid, "outside the page", it["text"])
            rows.setdefault(it["y"], []).append((x0, x1, it["text"]))
        for y, spans in rows.items():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], (rid, "overlap on baseline %s" % y, a[2], b[2])


def check(recs):
    records = [r for _, r in recs]
    mk.check_labels(records)
    mk.check_references_printed(records)
    counts = {}
    for r in records:
        counts[(r["lang"], r["is_invoice"])] = counts.get((r["lang"], r["is_invoice"]), 0) + 1
    assert counts == COUNTS, counts
    for r in records:
        rid, e = r["id"], r["expected"]
        json.loads(json.dumps(r, ensure_ascii=False))
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), rid
        assert r["eml"].count("@@PDF@@") <= 1, rid
        assert ("@@PDF2@@" in r["eml"]) == ("pdf2" in r), rid
        assert r["envelope"]["rcpt_to"][0] in r["eml"], rid
        for k in ("pdf", "pdf2"):
            if k in r:
                check_pages(rid, r[k])
        if e is None:
            assert r["kind"] == "none" and not r["is_invoice"], rid
            continue
        assert list(e.keys()) == FIELDS, rid
        assert r["kind"] == ("pdf" if "pdf" in r else r["kind"]) and r["kind"] in ("pdf", "body-text", "body-html"), rid
        assert r["is_invoice"] and r["why_not"] is None, rid
        assert e["debtor_email"] == r["envelope"]["rcpt_to"][0], rid
        assert e["language"] == r["lang"], rid
        assert e["iban"] is None or iban_valid(e["iban"]), rid
        assert 0 < e["amount_due_cents"] <= e["amount_total_cents"], rid
        assert "2026-10-01" <= e["issue_date"] <= "2026-12-31", rid
        assert e["business"] in (True, False), rid
        assert not e["credit_note"], rid
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            s = ref.strip("+").replace("/", "")
            assert int(s[:10]) % 97 == (int(s[10:]) % 97 if int(s[:10]) % 97 else 97) or int(s[10:]) == (int(s[:10]) % 97 or 97), rid
        elif ref and ref.startswith("RF"):
            assert int("".join(str(int(c, 36)) for c in ref[4:] + ref[:4])) % 97 == 1, rid
        elif ref and ref.isdigit() and len(ref) == 27:
            assert mk.qrr(ref[:26]) == ref, rid
    return records


def main():
    recs = build()
    if "--map" in sys.argv[1:]:
        for f, r in recs:
            print("%s  %-5s %-3s %-9s %-30s %s" % (r["id"], "inv" if r["is_invoice"] else "not", r["lang"], r["kind"],
                                                 f.__name__, (f.__doc__ or "").strip()))
        return
    records = check(recs)
    mk.write(OUT, records)
    print("wrote %s: %d records" % (OUT, len(records)))


if __name__ == "__main__":
    main()
