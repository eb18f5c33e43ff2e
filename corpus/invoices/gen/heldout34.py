#!/usr/bin/env python3
"""heldout34: a blind held-out set on *which document is the bill* — invoices whose PDF has
more pages than the bill (a cover letter, general terms, a specification, an hours appendix,
a photo report, a line table carried over to a second page), invoices with a second PDF
beside them (a timesheet, a werkbon, a pakbon or Lieferschein, a Leistungsnachweis, a signed
order confirmation, the quote, general terms, an earlier invoice, a credit note sent with the
corrected invoice), invoices whose cover note names other numbers — and the mails from the
same billing addresses that look like them and are not invoices.

Written by session 33 (2026-12-06) from the README's format and labelling choices, the
harness's second-PDF note, gen/mailkit.py and two records of heldout4.jsonl only. Run from
anywhere: python3 corpus/invoices/gen/heldout34.py  (writes corpus/invoices/heldout34.jsonl).
With --map it prints each record's id and what it is, for the README."""
import datetime
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import Page, days, date_in, money, money_in, iban_spaced  # noqa: E402

D = datetime.date
rng = random.Random(20261234)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "heldout34.jsonl")

RECS = []  # (tag, record)

# ---------------------------------------------------------------------------------------
# amounts


def half_up(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compute(lines):
    """@lines: (description, quantity, unit word, unit price in cents, VAT rate as a string).
    Each line's net is its quantity times its price rounded half up; VAT per rate on that
    rate's net, rounded half up; the total the net and the VAT."""
    out, nets = [], {}
    for desc, qty, unit, cents, rate in lines:
        net = half_up(Decimal(str(qty)) * cents)
        out.append((desc, qty, unit, cents, rate, net))
        nets[rate] = nets.get(rate, 0) + net
    vats = []
    for r in sorted(nets, key=lambda r: -Decimal(r)):
        vats.append((r, nets[r], half_up(Decimal(nets[r]) * Decimal(r) / 100)))
    net = sum(nets.values())
    vat = sum(v for _, _, v in vats)
    return {"lines": out, "vats": vats, "net": net, "vat": vat, "total": net + vat}


def qty_s(q, lang):
    d = Decimal(str(q)).normalize()
    s = format(d, "f")
    if lang in ("nl", "be", "de", "at"):
        s = s.replace(".", ",")
    return s


def rate_s(r, lang):
    if lang in ("de", "at"):
        return r.replace(".", ",") + " %"
    if lang == "ch":
        return r + " %"
    if lang in ("nl", "be"):
        return r.replace(".", ",") + "%"
    return r + "%"


def plain(cents, lang, cur="EUR"):
    """An amount in a line table, without its currency sign."""
    if cur == "CHF":
        return money(cents, "ch")
    return money(cents, "en" if lang in ("en", "us") else "nl")


def mny(cents, lang, cur="EUR"):
    """An amount with its sign as the language writes it (money_in)."""
    ml = {"be": "nl", "at": "de", "ch": "de", "us": "en"}.get(lang, lang)
    return money_in(cur, ml, cents)


def dt(d, lang, style=None):
    ml = {"at": "de", "ch": "de", "us": "en"}.get(lang, lang)
    if lang == "us" and style is None:
        style = "us"
    return date_in(ml, d, style)


# Dutch betalingskenmerk: 16 digits, the first a check digit (weights 2,4,8,5,10,9,7,3,6,1
# from the right, mod 11).
def kenmerk16():
    body = "".join(rng.choice("0123456789") for _ in range(15))
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(body)))
    c = 11 - s % 11
    c = 0 if c == 11 else 1 if c == 10 else c
    return str(c) + body


def groups4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


# ---------------------------------------------------------------------------------------
# page pieces


def pageno(p, k, n, lang):
    if n <= 1:
        return
    w = {"nl": "Pagina %d van %d", "be": "Pagina %d van %d", "en": "Page %d of %d",
         "us": "Page %d of %d", "de": "Seite %d von %d", "at": "Seite %d von %d",
         "ch": "Seite %d von %d"}[lang]
    p.right(539, 815, w % (k, n), size=7)


def letterhead(p, S, style):
    if style == "en":
        p.right(539, 58, S["name"], size=11, bold=True)
        y = 70
        for ln in S["addr"] + S.get("contact", []):
            p.right(539, y, ln, size=8)
            y += 10
    elif style == "word":
        p.text(56, 60, S["name"], size=17, bold=True)
        p.text(56, 76, "  |  ".join(S["addr"]), size=8.5)
        if S.get("contact"):
            p.text(56, 88, "  |  ".join(S["contact"]), size=8.5)
        p.rule(56, 96, 539, 96)
    else:
        p.text(56, 58, S["name"], size=14, bold=True)
        y = 72
        for ln in S["addr"]:
            p.text(56, y, ln, size=8)
            y += 10
        y = 58
        for ln in S.get("contact", []):
            p.right(539, y, ln, size=8)
            y += 10


def foot(p, lines, y=790):
    if not lines:
        return
    p.rule(56, y - 10, 539, y - 10)
    for ln in lines:
        p.text(56, y, ln, size=7)
        y += 9


def address(p, lines, x=56, y=155, size=10, label=None):
    if label:
        p.text(x, y - 14, label, size=8.5, bold=True)
    for ln in lines:
        p.text(x, y, ln, size=size)
        y += 13
    return y


def metablock(p, rows, x=340, y=155, vx=440, right=False, bold_labels=False):
    for lab, val in rows:
        p.text(x, y, lab, size=9, bold=bold_labels)
        if right:
            p.right(539, y, val, size=9)
        else:
            p.text(vx, y, val, size=9)
        y += 13
    return y


COLS = {
    "nl": [("Omschrijving", 56, "L"), ("Aantal", 318, "R"), ("Prijs", 392, "R"), ("Btw", 440, "R"), ("Bedrag", 539, "R")],
    "en": [("Description", 56, "L"), ("Qty", 318, "R"), ("Unit price", 392, "R"), ("VAT", 440, "R"), ("Amount", 539, "R")],
    "de": [("Pos.", 56, "L"), ("Bezeichnung", 82, "L"), ("Menge", 318, "R"), ("Einzelpreis", 392, "R"), ("USt.", 440, "R"), ("Gesamt", 539, "R")],
}


def draw_head(p, y, cols, size=8.5):
    for lab, x, a in cols:
        if a == "L":
            p.text(x, y, lab, size=size, bold=True)
        else:
            p.right(x, y, lab, size=size, bold=True)
    p.rule(56, y + 5, 539, y + 5)
    return y + 18


def draw_row(p, y, cols, cells, size=8.5, bold=False):
    for (lab, x, a), c in zip(cols, cells):
        if not c:
            continue
        if a == "L":
            p.text(x, y, c, size=size, bold=bold)
        else:
            p.right(x, y, c, size=size, bold=bold)
    return y + 13


def row_cells(line, lang, cur, cols, pos=None, vat=True):
    desc, qty, unit, cents, rate, net = line
    q = qty_s(qty, lang) + (" " + unit if unit else "")
    cells = []
    if pos is not None:
        cells.append(str(pos))
    cells += [desc, q, plain(cents, lang, cur)]
    if vat:
        cells.append(rate_s(rate, lang))
    cells.append(plain(net, lang, cur))
    return cells[:len(cols)]


def totals_block(p, y, rows, x=330):
    p.rule(x, y - 8, 539, y - 8)
    y += 4
    for lab, amt, bold in rows:
        p.text(x, y, lab, size=9.5 if bold else 9, bold=bold)
        p.right(539, y, amt, size=9.5 if bold else 9, bold=bold)
        y += 14
    return y + 8


def notes_block(p, y, lines, size=8.5, x=56):
    for ln in lines:
        if ln:
            p.text(x, y, ln, size=size)
        y += 12
    return y


WORDS = {
    "nl": {"net": "Subtotaal", "vat": "Btw {r} over {b}", "total": "Totaal", "carry_out": "Transport",
           "carry_in": "Transport", "cont": "vervolg"},
    "be": {"net": "Totaal excl. btw", "vat": "Btw {r} op {b}", "total": "Totaal te betalen",
           "carry_out": "Over te brengen", "carry_in": "Overgebracht", "cont": "vervolg"},
    "en": {"net": "Subtotal", "vat": "VAT {r}", "total": "TOTAL", "carry_out": "Carried forward",
           "carry_in": "Brought forward", "cont": "continued"},
    "us": {"net": "Subtotal", "vat": "Sales tax {r}", "total": "Total", "carry_out": "Carried forward",
           "carry_in": "Brought forward", "cont": "continued"},
    "de": {"net": "Nettobetrag", "vat": "zzgl. USt. {r}", "total": "Gesamtbetrag", "carry_out": "Übertrag",
           "carry_in": "Übertrag", "cont": "Fortsetzung"},
    "at": {"net": "Summe netto", "vat": "USt. {r}", "total": "Rechnungsbetrag", "carry_out": "Übertrag",
           "carry_in": "Übertrag", "cont": "Fortsetzung"},
    "ch": {"net": "Total exkl. MWST", "vat": "MWST {r}", "total": "Total CHF", "carry_out": "Übertrag",
           "carry_in": "Übertrag", "cont": "Fortsetzung"},
}


def invoice(S, lang, cur, style, to, title, meta, lines, notes, foot_lines=None, cols=None,
            words=None, vat=True, per_page=None, extra_pages=0, intro=None, to_label=None,
            pos=False, after_totals=None, vat_base=True, deductions=None):
    """The invoice's pages: letterhead, address, meta, title, the line table (carried over
    to further pages, @per_page rows a page, with a carry row), totals, notes, foot.
    Returns (pages, amounts)."""
    c = compute(lines)
    W = dict(WORDS[lang])
    W.update(words or {})
    tl = {"be": "nl", "at": "de", "ch": "de", "us": "en"}.get(lang, lang)
    cols = cols or COLS[tl]
    if not pos and cols[0][0] == "Pos.":
        cols = [(cols[1][0], 56, "L")] + cols[2:]
    if lang == "ch":
        cols = [("MWST", x, a) if lab == "USt." else (lab, x, a) for lab, x, a in cols]
    if not vat:
        cols = [col for col in cols if col[0] not in ("Btw", "VAT", "USt.", "MWST", "Tax")]
    rows = c["lines"]
    chunks = [rows] if not per_page else [rows[k:k + per_page] for k in range(0, len(rows), per_page)]
    n = len(chunks) + extra_pages
    pages = []
    carried = 0
    for k, chunk in enumerate(chunks):
        p = Page()
        if k == 0:
            letterhead(p, S, style)
            if style == "en":
                p.text(56, 70, title, size=20, bold=True)
                address(p, to, 56, 160, size=9.5, label=to_label or "Bill To")
                metablock(p, meta, 330, 160, right=True, bold_labels=True)
                y = draw_head(p, 290, cols)
            else:
                if S.get("sender_line"):
                    p.text(56, 140, S["sender_line"], size=6.5)
                address(p, to, 56, 155, label=to_label)
                metablock(p, meta, 340, 155)
                ty = 262 if len(meta) <= 7 else 262 + 13 * (len(meta) - 7)
                p.text(56, ty, title, size=14, bold=True)
                y = ty + 22
                if intro:
                    for ln in intro:
                        p.text(56, y, ln, size=9)
                        y += 12
                    y += 8
                y = draw_head(p, y + 6, cols)
        else:
            p.text(56, 58, S["name"], size=10, bold=True)
            p.text(56, 72, "%s (%s)" % (title, W["cont"]), size=9)
            y = draw_head(p, 100, cols)
            y = draw_row(p, y, [cols[0], cols[-1]], [W["carry_in"], plain(carried, lang, cur)], bold=True)
        for j, line in enumerate(chunk):
            y = draw_row(p, y, cols, row_cells(line, lang, cur, cols, pos=(len(pages) * (per_page or 0) + j + 1) if pos else None, vat=vat))
            carried += line[5]
        if k < len(chunks) - 1:
            y += 4
            p.rule(56, y - 9, 539, y - 9)
            draw_row(p, y + 2, [cols[0], cols[-1]], [W["carry_out"], plain(carried, lang, cur)], bold=True)
            foot(p, foot_lines)
            pageno(p, k + 1, n, lang)
            pages.append(p)
            continue
        y += 12
        trows = [(W["net"], mny(c["net"], lang, cur), False)]
        if vat:
            for r, base, v in c["vats"]:
                lab = W["vat"].format(r=rate_s(r, lang), b=mny(base, lang, cur) if vat_base else "")
                trows.append((lab.strip(), mny(v, lang, cur), False))
        trows.append((W["total"], mny(c["total"], lang, cur), True))
        for lab, amt in deductions or []:
            trows.append((lab, amt, False))
        y = totals_block(p, y, trows)
        if after_totals:
            y = notes_block(p, y, after_totals, size=9)
            y += 4
        notes_block(p, y + 6, notes)
        foot(p, foot_lines)
        pageno(p, k + 1, n, lang)
        pages.append(p)
    return pages, c


def text_page(S, heading, paras, k, n, lang, foot_lines=None, size=8, small_head=True, y=110):
    """A page of text under the seller's name (terms, a cover's continuation): each para a
    list of lines, a bold first line when it starts with '§' or a digit and a dot."""
    p = Page()
    if small_head:
        p.text(56, 58, S["name"], size=10, bold=True)
    p.text(56, 88, heading, size=12, bold=True)
    for para in paras:
        for j, ln in enumerate(para):
            if ln:
                p.text(56, y, ln, size=size, bold=(j == 0 and len(para) > 1))
            y += size + 3.5
        y += 6
    foot(p, foot_lines)
    pageno(p, k, n, lang)
    return p


def table_page(S, heading, sub, cols, rows, totals, k, n, lang, foot_lines=None, bold_last=False):
    p = Page()
    p.text(56, 58, S["name"], size=10, bold=True)
    p.text(56, 88, heading, size=12, bold=True)
    y = 104
    for ln in sub:
        p.text(56, y, ln, size=9)
        y += 12
    y = draw_head(p, y + 14, cols)
    for r in rows:
        y = draw_row(p, y, cols, r)
    if totals:
        p.rule(56, y - 8, 539, y - 8)
        y += 4
        for r in totals:
            y = draw_row(p, y, cols, r, bold=True)
    foot(p, foot_lines)
    pageno(p, k, n, lang)
    return p, y


def photo_page(S, heading, captions, k, n, lang, foot_lines=None):
    """A photo report: two photos a row drawn as framed boxes, each with its caption."""
    p = Page()
    p.text(56, 58, S["name"], size=10, bold=True)
    p.text(56, 88, heading, size=12, bold=True)
    y = 110
    for j, cap in enumerate(captions):
        x = 56 if j % 2 == 0 else 305
        p.rule(x, y, x + 234, y)
        p.rule(x, y + 160, x + 234, y + 160)
        p.rule(x, y, x, y + 160)
        p.rule(x + 234, y, x + 234, y + 160)
        p.text(x, y + 174, cap, size=8)
        if j % 2 == 1:
            y += 200
    foot(p, foot_lines)
    pageno(p, k, n, lang)
    return p


def letter_page(S, to, place_date, subject, paras, closing, signer, k, n, lang, foot_lines=None,
                style="din", salutation=None):
    p = Page()
    letterhead(p, S, style)
    if S.get("sender_line"):
        p.text(56, 140, S["sender_line"], size=6.5)
    address(p, to, 56, 155)
    p.right(539, 245, place_date, size=9.5)
    p.text(56, 275, subject, size=10, bold=True)
    y = 305
    if salutation:
        p.text(56, y, salutation, size=10)
        y += 22
    for para in paras:
        for ln in para:
            p.text(56, y, ln, size=10)
            y += 13.5
        y += 9
    p.text(56, y + 6, closing, size=10)
    y += 50
    for ln in signer:
        p.text(56, y, ln, size=10)
        y += 13.5
    foot(p, foot_lines)
    pageno(p, k, n, lang)
    return p


def qr_part(p, lang, iban_, creditor, ref, amount_cents, debtor, ref_label="Referenz"):
    """A Swiss QR-bill's receipt and payment part at the foot of @p (text only; the code's
    square drawn as a frame)."""
    y0 = 552
    p.rule(0, y0, 595, y0)
    p.rule(175, y0, 175, 842)
    p.text(17, y0 + 24, "Empfangsschein", size=11, bold=True)
    p.text(192, y0 + 24, "Zahlteil", size=11, bold=True)
    y = y0 + 42
    p.text(17, y, "Konto / Zahlbar an", size=6, bold=True)
    r = [iban_spaced(iban_)] + creditor
    for j, ln in enumerate(r):
        p.text(17, y + 9 + 8 * j, ln, size=7)
    y2 = y + 9 + 8 * len(r) + 8
    p.text(17, y2, ref_label, size=6, bold=True)
    p.text(17, y2 + 9, ref, size=7)
    p.text(17, y2 + 26, "Zahlbar durch", size=6, bold=True)
    for j, ln in enumerate(debtor):
        p.text(17, y2 + 35 + 8 * j, ln, size=7)
    p.text(17, 790, "Währung", size=6, bold=True)
    p.text(62, 790, "Betrag", size=6, bold=True)
    p.text(17, 800, "CHF", size=7)
    p.text(62, 800, money(amount_cents, "ch").replace("'", " "), size=7)
    # payment part: the code's square, then the fields beside it
    p.rule(192, y0 + 48, 332, y0 + 48)
    p.rule(192, y0 + 188, 332, y0 + 188)
    p.rule(192, y0 + 48, 192, y0 + 188)
    p.rule(332, y0 + 48, 332, y0 + 188)
    p.text(192, y0 + 210, "Währung", size=8, bold=True)
    p.text(250, y0 + 210, "Betrag", size=8, bold=True)
    p.text(192, y0 + 222, "CHF", size=10)
    p.text(250, y0 + 222, money(amount_cents, "ch").replace("'", " "), size=10)
    x = 350
    y = y0 + 42
    p.text(x, y, "Konto / Zahlbar an", size=8, bold=True)
    for j, ln in enumerate(r):
        p.text(x, y + 11 + 10 * j, ln, size=9)
    y = y + 11 + 10 * len(r) + 8
    p.text(x, y, ref_label, size=8, bold=True)
    p.text(x, y + 11, ref, size=9)
    y += 30
    p.text(x, y, "Zusätzliche Informationen", size=8, bold=True)
    y += 30
    p.text(x, y, "Zahlbar durch", size=8, bold=True)
    for j, ln in enumerate(debtor):
        p.text(x, y + 11 + 10 * j, ln, size=9)


# ---------------------------------------------------------------------------------------
# mail and record


def add(tag, tool, lang, kind, sender, rcpt, eml, pages=None, fname=None, exp=None, why=None,
        note=None, pages2=None, fname2=None):
    r = mk.record(None, tool, lang, kind, {"mail_from": sender, "rcpt_to": list(rcpt)}, eml, pages,
                  fname, exp, why, note, pages2, fname2)
    RECS.append((tag, r))
    return r


def to_hdr(name, addr):
    if name is None:
        return addr
    n = mk.header_words(name)
    if n == name and any(ch in name for ch in ",.()"):
        n = '"%s"' % name
    return "%s <%s>" % (n, addr)


def send(sender, sender_name, to, subject, d, text=None, html=None, pdf=False, pdf2=None, extra=()):
    n = mk.header_words(sender_name)
    if n == sender_name and any(ch in sender_name for ch in ",.()"):
        n = '"%s"' % sender_name
    return mk.mail(rng, sender, n, to, mk.header_words(subject), d,
                   body_text=text, body_html=html, pdf=pdf, pdf2=pdf2, extra_headers=extra)


# =======================================================================================
# Dutch invoices


def nl_moneybird_hours():
    S = {"name": "Studio Lijnwerk", "addr": ["Oudegracht 211", "3511 NH Utrecht"],
         "contact": ["hallo@studiolijnwerk.nl", "06 41 22 87 90", "studiolijnwerk.nl"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 10, 30), D(2026, 11, 13)
    num = "2026-0087"
    to = ["Bakkerij Van der Wal B.V.", "t.a.v. Marloes Hendriks", "Industrieweg 14", "3401 MA IJsselstein"]
    lines = [("Ontwerp verpakkingen kerstlijn (zie spec.)", "23.5", "uur", 7500, "21"),
             ("Drukproeven op karton, 3 varianten", 1, "", 8400, "21")]
    fl = ["Studio Lijnwerk · KvK 74839201 · Btw NL002318457B61 · IBAN %s · BIC %s" % (iban_spaced(ib), ib[4:8] + "NL2A")]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Vervaldatum", dt(due, "nl")),
                        ("Uw referentie", "PO 4500123987")],
                       lines, ["Wij verzoeken je vriendelijk het totaalbedrag vóór %s over te maken op" % dt(due, "nl"),
                               "%s t.n.v. Studio Lijnwerk, onder vermelding van het factuurnummer." % iban_spaced(ib)],
                       fl, extra_pages=1)
    hrs = [("05-10-2026", "Briefing en moodboard", "2,5"), ("07-10-2026", "Schetsen kerststol en -koekjes", "4"),
           ("09-10-2026", "Uitwerking 3 varianten", "5,5"), ("14-10-2026", "Verwerken feedback ronde 1", "3"),
           ("16-10-2026", "Illustraties sterren en linten", "4,5"), ("21-10-2026", "Drukklaar maken, stansvorm", "3"),
           ("27-10-2026", "Controle drukproeven bij drukker", "1")]
    hcols = [("Datum", 56, "L"), ("Werkzaamheden", 130, "L"), ("Uren", 539, "R")]
    p2, _ = table_page(S, "Urenspecificatie oktober 2026", ["Bij factuur %s · Bakkerij Van der Wal B.V." % num,
                       "Uurtarief € 75,00 excl. btw"], hcols, hrs, [("Totaal", "", "23,5 uur")], 2, 2, "nl", fl)
    pages.append(p2)
    cover = ("Hoi Marloes,\n\nHierbij ontvang je factuur %s van %s voor het ontwerp van de kerstverpakkingen "
             "(jullie inkoopordernummer 4500123987). Op pagina 2 staat de urenspecificatie van oktober.\n\n"
             "We verzoeken je vriendelijk het bedrag vóór %s over te maken op %s t.n.v. Studio Lijnwerk.\n\n"
             "Met vriendelijke groet,\nStudio Lijnwerk\nFemke de Bruijn\n\n--\nDeze factuur is verstuurd met Moneybird"
             % (num, mny(c["total"], "nl"), dt(due, "nl"), iban_spaced(ib)))
    rcpt = ["crediteuren@bakkerijvanderwal.nl"]
    eml = send("facturen@studiolijnwerk.nl", "Studio Lijnwerk", to_hdr("Bakkerij Van der Wal", rcpt[0]),
               "Factuur %s van Studio Lijnwerk" % num, issue, text=cover, pdf=True)
    add("nl-moneybird-hours", "Moneybird", "nl", "pdf", "facturen@studiolijnwerk.nl", rcpt, eml, pages,
        "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Bakkerij Van der Wal B.V.", rcpt[0], ib, True, "nl"),
        note="Invoice on page 1, an hours specification on page 2 (23,5 uur, no money total); the cover names the customer's PO number.")


def nl_word_cover_letter():
    S = {"name": "Timmerbedrijf Van Dijk", "addr": ["Bremerbergweg 8", "3844 PK Harderwijk"],
         "contact": ["tel. 0341 - 42 19 06", "info@timmerbedrijfvandijk.nl"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 11, 20), D(2026, 12, 4)
    num = "2026-112"
    to = ["Dhr. R. Kuipers en mevr. L. Kuipers-Smit", "Vondellaan 31", "3842 BK Harderwijk"]
    fl = ["Timmerbedrijf Van Dijk · KvK 08123987 · Btw NL001877264B47 · IBAN %s · Rabobank" % iban_spaced(ib)]
    letter = letter_page(S, to, "Harderwijk, %s" % dt(issue, "nl", "long"), "Betreft: factuur verbouwing keuken, onze offerte 2026-031",
                         [["Hierbij ontvangt u de factuur voor de werkzaamheden aan uw keuken, uitgevoerd van",
                           "2 tot en met 13 november 2026, conform onze offerte 2026-031 van 14 september 2026",
                           "ten bedrage van € 8.450,00 inclusief btw."],
                          ["Het meerwerk voor het verplaatsen van de afzuigkap, waarvoor u op 9 november mondeling",
                           "opdracht gaf, staat apart op de factuur vermeld (€ 385,00 exclusief btw)."],
                          ["Wij verzoeken u het totaalbedrag van de factuur binnen veertien dagen over te maken.",
                           "Wij danken u voor de opdracht en wensen u veel kookplezier in uw nieuwe keuken."]],
                         "Met vriendelijke groet,", ["Gerrit van Dijk", "Timmerbedrijf Van Dijk"], 1, 2, "nl", fl, style="word",
                         salutation="Geachte heer en mevrouw Kuipers,")
    lines = [("Keuken conform offerte 2026-031", 1, "", 698347, "21"),
             ("Meerwerk: verplaatsen afzuigkap", 1, "", 38500, "21")]
    pages, c = invoice(S, "nl", "EUR", "word", to, "FACTUUR",
                       [("Factuurnummer:", num), ("Factuurdatum:", dt(issue, "nl")), ("Vervaldatum:", dt(due, "nl")),
                        ("Offerte:", "2026-031")],
                       lines, ["Gelieve het totaalbedrag vóór %s over te maken op %s" % (dt(due, "nl"), iban_spaced(ib)),
                               "t.n.v. Timmerbedrijf Van Dijk, onder vermelding van het factuurnummer."], fl)
    pageno(pages[0], 2, 2, "nl")
    pages = [letter] + pages
    body = ("Geachte heer en mevrouw Kuipers,\n\nIn de bijlage vindt u onze brief met de factuur voor uw keuken.\n\n"
            "Met vriendelijke groet,\n\nGerrit van Dijk\nTimmerbedrijf Van Dijk\n0341 - 42 19 06")
    rcpt = ["r.kuipers@ziggo.nl"]
    eml = send("info@timmerbedrijfvandijk.nl", "Timmerbedrijf Van Dijk", to_hdr("R. Kuipers", rcpt[0]),
               "Factuur keuken Vondellaan 31", issue + days(1), text=body, pdf=True)
    add("nl-word-cover-letter", "Word-to-PDF", "nl", "pdf", "info@timmerbedrijfvandijk.nl", rcpt, eml, pages,
        "Brief en factuur Kuipers.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "R. Kuipers en L. Kuipers-Smit", rcpt[0], ib, False, "nl"),
        note="A cover letter on page 1 quoting the offer's € 8.450,00 and the extra work excl. VAT; the invoice on page 2.")


def nl_eboekhouden_werkbon():
    S = {"name": "Installatietechniek Brouwer", "addr": ["Ceintuurbaan 77", "8024 AA Zwolle"],
         "contact": ["038 - 454 12 80", "administratie@brouwer-installatie.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 10, 14)
    due = issue + days(14)
    num = "F26-0418"
    to = ["Mevr. S. Oosterhuis", "Assendorperstraat 102", "8012 DK Zwolle"]
    lines = [("Voorrijkosten", 1, "", 4500, "21"),
             ("Arbeid monteur", "1.5", "uur", 6800, "21"),
             ("Ontstekingselektrode Intergas", 1, "st", 3895, "21"),
             ("Expansievat 8 liter", 1, "st", 6450, "21")]
    fl = ["Installatietechniek Brouwer · KvK 05067788 · Btw NL001234987B22 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur %s" % num,
                       [("Factuurdatum", dt(issue, "nl")), ("Klantnummer", "1318"), ("Werkbon", "WB-2026-1187"),
                        ("Datum uitvoering", "12-10-2026")],
                       lines, ["Wij verzoeken u het bedrag binnen 14 dagen na factuurdatum over te maken op",
                               "%s t.n.v. Installatietechniek Brouwer o.v.v. het factuurnummer." % iban_spaced(ib)], fl)
    wb = Page()
    letterhead(wb, S, "din")
    wb.text(56, 140, "WERKBON WB-2026-1187", size=14, bold=True)
    metablock(wb, [("Datum", "12-10-2026"), ("Monteur", "Henk Lubbers"), ("Aanvang", "08:40"), ("Gereed", "10:10")], 56, 165, 140)
    address(wb, ["Mevr. S. Oosterhuis", "Assendorperstraat 102", "8012 DK Zwolle", "tel. 06 12 77 40 93"], 340, 165, size=9)
    wb.text(56, 240, "Melding: cv-ketel slaat af, storingscode E133; druk zakt.", size=9)
    wb.text(56, 254, "Uitgevoerd: ontstekingselektrode vervangen, expansievat vervangen, installatie bijgevuld", size=9)
    wb.text(56, 266, "tot 1,8 bar en ontlucht. Ketel getest, geen storing meer.", size=9)
    wcols = [("Materiaal", 56, "L"), ("Artikelnr.", 330, "L"), ("Aantal", 539, "R")]
    y = draw_head(wb, 300, wcols)
    for r in [("Ontstekingselektrode Intergas", "877157", "1"), ("Expansievat 8 liter", "EXP-08-F", "1"),
              ("Pakking 3/4\"", "PK-34", "2")]:
        y = draw_row(wb, y, wcols, r)
    wb.text(56, y + 20, "Arbeidstijd: 1,5 uur    Reistijd: voorrijkosten", size=9)
    wb.text(56, y + 60, "Handtekening klant:", size=9, bold=True)
    wb.text(56, y + 76, "S. Oosterhuis (getekend op tablet, 12-10-2026 10:12)", size=9)
    wb.text(340, y + 60, "Handtekening monteur:", size=9, bold=True)
    wb.text(340, y + 76, "H. Lubbers", size=9)
    foot(wb, fl)
    cover = ("Geachte mevrouw Oosterhuis,\n\nIn de bijlage treft u factuur %s aan voor de reparatie van uw cv-ketel op "
             "12 oktober. Voor uw administratie sturen wij ook de getekende werkbon WB-2026-1187 mee.\n\n"
             "Wij verzoeken u vriendelijk het bedrag van %s binnen 14 dagen over te maken.\n\n"
             "Met vriendelijke groet,\n\nInstallatietechniek Brouwer\n\nVerzonden via e-Boekhouden.nl" % (num, mny(c["total"], "nl")))
    rcpt = ["s.oosterhuis@kpnmail.nl"]
    eml = send("administratie@brouwer-installatie.nl", "Installatietechniek Brouwer", to_hdr("S. Oosterhuis", rcpt[0]),
               "Factuur %s" % num, issue, text=cover, pdf=True, pdf2="after")
    add("nl-eboekhouden-werkbon", "e-Boekhouden", "nl", "pdf", "administratie@brouwer-installatie.nl", rcpt, eml,
        pages, "Factuur_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "S. Oosterhuis", rcpt[0], ib, False, "nl"),
        note="Invoice first, then the signed werkbon as a second PDF (materials and hours, no prices); term 14 dagen.",
        pages2=[wb], fname2="Werkbon_WB-2026-1187.pdf")


def nl_snelstart_pakbon():
    S = {"name": "Koffiebranderij Het Anker", "addr": ["Havenstraat 3", "1621 GV Hoorn"],
         "contact": ["0229 - 21 76 44", "verkoop@koffiehetanker.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 11, 6)
    due = issue + days(30)
    num = "20260712"
    to = ["Lunchroom Zus & Zo V.O.F.", "Grote Noord 58", "1621 KM Hoorn"]
    lines = [("Espresso blend 'Zeebries' 1 kg", 12, "", 2290, "9"),
             ("Filterkoffie Colombia 1 kg", 6, "", 1980, "9"),
             ("Chai siroop 750 ml", 4, "", 1150, "9"),
             ("Koffiebekers 8oz (doos 1000)", 2, "", 4895, "21")]
    fl = ["Koffiebranderij Het Anker · KvK 37091122 · Btw NL853120774B01 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Debiteurnummer", "10042"),
                        ("Uw ordernummer", "ORD-5521"), ("Pakbon", "20260709")],
                       lines, ["Betalingsconditie: 30 dagen na factuurdatum.",
                               "Gelieve te betalen op %s o.v.v. factuurnummer %s." % (iban_spaced(ib), num)], fl)
    pb = Page()
    letterhead(pb, S, "din")
    address(pb, to, 56, 155)
    metablock(pb, [("Pakbonnummer", "20260709"), ("Datum", "04-11-2026"), ("Ordernummer", "ORD-5521"),
                   ("Debiteurnummer", "10042")], 340, 155, 440)
    pb.text(56, 262, "Pakbon", size=14, bold=True)
    pcols = [("Artikel", 56, "L"), ("Omschrijving", 120, "L"), ("Besteld", 470, "R"), ("Geleverd", 539, "R")]
    y = draw_head(pb, 290, pcols)
    for r in [("ZB-1000", "Espresso blend 'Zeebries' 1 kg", "12", "12"), ("CO-1000", "Filterkoffie Colombia 1 kg", "6", "6"),
              ("SI-CH75", "Chai siroop 750 ml", "6", "4"), ("BK-08-1", "Koffiebekers 8oz (doos 1000)", "2", "2")]:
        y = draw_row(pb, y, pcols, r)
    pb.text(56, y + 14, "Nog te leveren: 2 x Chai siroop 750 ml (volgt met de volgende levering).", size=9)
    pb.text(56, y + 60, "Ontvangen in goede orde:  ____________________", size=9)
    foot(pb, fl)
    cover = ("Beste Jasmijn,\n\nIn de bijlage vind je de pakbon 20260709 van de levering van 4 november (order ORD-5521) "
             "en de bijbehorende factuur %s. De twee flessen chai siroop die nog ontbraken sturen we met de volgende "
             "levering mee; die staan niet op deze factuur.\n\nMet vriendelijke groet,\n\nRuud Kramer\nKoffiebranderij Het Anker" % num)
    rcpt = ["inkoop@zusenzo-hoorn.nl", "administratie@zusenzo-hoorn.nl"]
    eml = send("verkoop@koffiehetanker.nl", "Koffiebranderij Het Anker", "%s, %s" % (to_hdr("Lunchroom Zus & Zo", rcpt[0]), rcpt[1]),
               "Pakbon en factuur order ORD-5521", issue, text=cover, pdf=True, pdf2="before")
    add("nl-snelstart-pakbon", "SnelStart", "nl", "pdf", "verkoop@koffiehetanker.nl", rcpt, eml, pages,
        "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Lunchroom Zus & Zo V.O.F.", rcpt[0], ib, True, "nl"),
        note="The pakbon 20260709 comes first, the invoice 20260712 second; two VAT rates; term 30 dagen; two recipients.",
        pages2=[pb], fname2="Pakbon 20260709.pdf")


def nl_exact_long_table():
    S = {"name": "ICT Beheer Noord B.V.", "addr": ["Zernikepark 12", "9747 AN Groningen"],
         "contact": ["050 - 311 90 40", "facturatie@ictbeheernoord.nl", "www.ictbeheernoord.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 12, 1)
    due = issue + days(30)
    num = "26700412"
    to = ["Tandartspraktijk Ter Horst", "t.a.v. de heer J. ter Horst", "Paterswoldseweg 410", "9727 BW Groningen"]
    lines = [("Microsoft 365 Business Standard, dec. 2026", 9, "", 1170, "21"),
             ("Microsoft 365 Business Basic, dec. 2026", 3, "", 560, "21"),
             ("Exchange Online Archiving", 9, "", 280, "21"),
             ("Managed antivirus werkplek", 12, "", 395, "21"),
             ("Managed antivirus server", 1, "", 1250, "21"),
             ("Cloudbackup 500 GB", 1, "", 3900, "21"),
             ("Cloudbackup extra 100 GB", 2, "", 650, "21"),
             ("Monitoring en patchbeheer werkplekken", 12, "", 450, "21"),
             ("Monitoring en patchbeheer server", 1, "", 2500, "21"),
             ("Firewall-abonnement (beheer + licentie)", 1, "", 3450, "21"),
             ("Wifi-beheer 3 access points", 3, "", 300, "21"),
             ("Domeinnaam terhorst-tandarts.nl (jaar)", 1, "", 1500, "21"),
             ("SSL-certificaat (jaar)", 1, "", 4900, "21"),
             ("Ticket #30411 printer behandelkamer 2", "0.75", "uur", 9500, "21"),
             ("Ticket #30427 nieuwe medewerker inrichten", "1.5", "uur", 9500, "21"),
             ("Ticket #30502 röntgen-pc koppeling", "2.25", "uur", 9500, "21"),
             ("Voorrijkosten 27-11-2026", 1, "", 3500, "21"),
             ("USB-C dockingstation", 1, "st", 18900, "21")]
    fl = ["ICT Beheer Noord B.V. · KvK 66123098 · Btw NL856612309B01 · IBAN %s · Algemene voorwaarden op aanvraag" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur %s" % num,
                       [("Factuurdatum", dt(issue, "nl")), ("Klantnummer", "10233"), ("Betalingsconditie", "30 dagen"),
                        ("Periode", "december 2026")],
                       lines, ["Wij verzoeken u het totaalbedrag binnen 30 dagen over te maken op %s" % iban_spaced(ib),
                               "ten name van ICT Beheer Noord B.V. onder vermelding van factuurnummer %s." % num], fl,
                       per_page=13)
    cover = ("Geachte heer Ter Horst,\n\nBijgaand ontvangt u factuur %s (klantnummer 10233) voor de maanddiensten van "
             "december 2026 en de afgehandelde tickets #30411, #30427 en #30502.\n\nDe factuur telt twee pagina's; de "
             "totalen staan op pagina 2.\n\nMet vriendelijke groet,\n\nICT Beheer Noord B.V.\nAfdeling administratie\n\n"
             "Dit bericht is verzonden met Exact Online." % num)
    rcpt = ["administratie@tandartsterhorst.nl"]
    eml = send("facturatie@ictbeheernoord.nl", "ICT Beheer Noord B.V.", to_hdr("Tandartspraktijk Ter Horst", rcpt[0]),
               "Factuur %s" % num, issue, text=cover, pdf=True)
    add("nl-exact-long-table", "Exact Online", "nl", "pdf", "facturatie@ictbeheernoord.nl", rcpt, eml, pages,
        "Factuur_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Tandartspraktijk Ter Horst", rcpt[0], ib, True, "nl"),
        note="18 lines over two pages, a Transport subtotal at the foot of page 1 and at the head of page 2, totals only on page 2; the cover names three ticket numbers and the customer number; only a term.")


def nl_jortt_photo_report():
    S = {"name": "Tuinonderhoud Bas Mulder", "addr": ["Hogeweg 140", "3814 CH Amersfoort"],
         "contact": ["06 28 30 11 57", "bas@tuinonderhoudmulder.nl"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 10, 23), D(2026, 11, 6)
    num = "2026-057"
    to = ["Fam. Veldkamp", "Leusderweg 233", "3818 AC Amersfoort"]
    lines = [("Snoeien beukenhaag (ca. 38 m)", 6, "uur", 4250, "21"),
             ("Snoeien leilindes 3 st, hoogwerker", 1, "", 19500, "21"),
             ("Afvoeren groenafval", 1, "", 6500, "21")]
    fl = ["Tuinonderhoud Bas Mulder · KvK 81240377 · Btw NL003902117B63 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Betaal uiterlijk", dt(due, "nl"))],
                       lines, ["Graag het bedrag uiterlijk %s overmaken naar %s" % (dt(due, "nl"), iban_spaced(ib)),
                               "t.n.v. B. Mulder, met het factuurnummer erbij. Bedankt!"], fl, extra_pages=2)
    caps = [["Foto 1 – haag straatzijde, voor", "Foto 2 – haag straatzijde, na", "Foto 3 – leilindes voor snoei",
             "Foto 4 – leilindes na snoei, gesteld op draad"],
            ["Foto 5 – groenafval, 2 aanhangers", "Foto 6 – achterzijde haag, na"]]
    pages.append(photo_page(S, "Fotoverslag snoeiwerk 21 oktober 2026", caps[0], 2, 3, "nl", fl))
    pages.append(photo_page(S, "Fotoverslag snoeiwerk (vervolg)", caps[1], 3, 3, "nl", fl))
    cover = ("Hoi familie Veldkamp,\n\nHierbij de factuur voor het snoeiwerk van afgelopen woensdag. Achterin de pdf zit "
             "ook een fotoverslag, dan kunnen jullie zien hoe het er voor en na uitzag.\n\nGroetjes,\nBas Mulder\n"
             "Tuinonderhoud Bas Mulder\n\nVerstuurd met Jortt")
    rcpt = ["veldkamp.leusderweg@gmail.com"]
    eml = send("bas@tuinonderhoudmulder.nl", "Tuinonderhoud Bas Mulder", to_hdr("Familie Veldkamp", rcpt[0]),
               "Factuur %s - snoeiwerk" % num, issue, text=cover, pdf=True)
    add("nl-jortt-photo-report", "Jortt", "nl", "pdf", "bas@tuinonderhoudmulder.nl", rcpt, eml, pages,
        "factuur-%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Fam. Veldkamp", rcpt[0], ib, False, "nl"),
        note="Invoice on page 1, a photo report on pages 2 and 3 (frames and captions only).")


def nl_wefact_ticket():
    S = {"name": "Pixelfabriek", "addr": ["Torenallee 20", "5617 BC Eindhoven"],
         "contact": ["040 - 780 22 15", "administratie@pixelfabriek.nl"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 11, 17), D(2026, 12, 1)
    num = "F2026-0421"
    to = ["Stichting Muziekschool De Klankkast", "t.a.v. mevrouw D. Hoogendoorn", "Kruisstraat 9", "5612 CH Eindhoven"]
    lines = [("Ticket #48213: koppeling inschrijfformulier", "4.5", "uur", 8500, "21"),
             ("Spoedtoeslag (uitgevoerd binnen 24 uur)", 1, "", 7500, "21")]
    fl = ["Pixelfabriek · Torenallee 20 · KvK 62201957 · Btw NL001988410B31 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Betaaltermijn", "14 dagen"),
                        ("Vervaldatum", dt(due, "nl")), ("Debiteurnummer", "DB0117")],
                       lines, ["Wij verzoeken u het factuurbedrag vóór %s over te maken op" % dt(due, "nl"),
                               "%s ten name van Pixelfabriek onder vermelding van %s." % (iban_spaced(ib), num)], fl)
    cover = ("Beste Dianne,\n\nNaar aanleiding van ticket #48213 hebben we vorige week de koppeling tussen het "
             "inschrijfformulier en jullie leerlingenadministratie gebouwd. In de bijlage vind je de factuur %s voor "
             "dit extra werk.\n\nLet op: dit is een andere factuur dan F2026-0398 voor het hostingjaarabonnement, die je "
             "op 3 november ontving (%s, staat nog open).\n\nMet vriendelijke groet,\n\nTim Verhagen\nPixelfabriek"
             % (num, mny(59400, "nl")))
    rcpt = ["d.hoogendoorn@klankkast.nl"]
    eml = send("administratie@pixelfabriek.nl", "Pixelfabriek", to_hdr("Dianne Hoogendoorn", rcpt[0]),
               "Factuur %s (ticket #48213)" % num, issue, text=cover, pdf=True)
    add("nl-wefact-ticket", "WeFact", "nl", "pdf", "administratie@pixelfabriek.nl", rcpt, eml, pages,
        "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Stichting Muziekschool De Klankkast", rcpt[0], ib, True, "nl"),
        note="The cover names a ticket number and another open invoice, F2026-0398 with its amount (€ 594,00); the PDF is the bill.")


def nl_informer_terms():
    S = {"name": "Glans & Co Schoonmaak", "addr": ["Energieweg 52", "2404 HE Alphen aan den Rijn"],
         "contact": ["0172 - 43 88 10", "facturen@glansenco.nl"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 10, 31), D(2026, 11, 14)
    num = "2026-00231"
    ken = kenmerk16()
    to = ["Kinderdagverblijf De Boomhut B.V.", "Prins Bernhardlaan 17", "2405 VT Alphen aan den Rijn"]
    lines = [("Dagelijkse schoonmaak oktober (22 dagen)", 22, "", 6850, "21"),
             ("Glasbewassing binnen en buiten", 1, "", 14500, "21"),
             ("Extra reiniging na waterschade 14-10", 3, "uur", 3950, "21")]
    fl = ["Glans & Co Schoonmaak · KvK 28099114 · Btw NL812233190B01 · IBAN %s" % iban_spaced(ib),
          "Op al onze diensten zijn onze algemene voorwaarden van toepassing (bijgevoegd)."]
    pages, c = invoice(S, "nl", "EUR", "din", to, "FACTUUR",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Vervaldatum", dt(due, "nl")),
                        ("Betalingskenmerk", groups4(ken)), ("Contractnummer", "SC-2025-014")],
                       lines, ["Wij verzoeken u het bedrag vóór de vervaldatum over te maken op %s" % iban_spaced(ib),
                               "onder vermelding van betalingskenmerk %s." % groups4(ken)], fl)
    av = [["Artikel 1 – Toepasselijkheid", "Deze voorwaarden gelden voor alle offertes, overeenkomsten en leveringen van",
           "Glans & Co Schoonmaak, tenzij schriftelijk anders is overeengekomen."],
          ["Artikel 2 – Uitvoering", "De werkzaamheden worden uitgevoerd volgens het overeengekomen werkprogramma.",
           "Extra werkzaamheden worden op basis van nacalculatie in rekening gebracht."],
          ["Artikel 3 – Prijzen", "Alle prijzen zijn exclusief btw. Prijzen kunnen jaarlijks per 1 januari worden",
           "geïndexeerd volgens de CAO Schoonmaak- en Glazenwassersbedrijf."],
          ["Artikel 4 – Betaling", "Betaling dient te geschieden binnen 30 dagen na factuurdatum, tenzij op de factuur",
           "een andere termijn of vervaldatum is vermeld. Bij niet-tijdige betaling is de opdrachtgever",
           "de wettelijke handelsrente verschuldigd, alsmede de buitengerechtelijke incassokosten."],
          ["Artikel 5 – Klachten", "Klachten over de uitgevoerde werkzaamheden dienen binnen 48 uur na uitvoering",
           "schriftelijk te worden gemeld."],
          ["Artikel 6 – Aansprakelijkheid", "Onze aansprakelijkheid is beperkt tot het bedrag dat in het betreffende geval",
           "door onze verzekeraar wordt uitgekeerd."]]
    p2 = [text_page(S, "Algemene voorwaarden Glans & Co Schoonmaak", av[:4], 1, 2, "nl", size=8.5),
          text_page(S, "Algemene voorwaarden (vervolg)", av[4:] + [["Artikel 7 – Geschillen",
                    "Op alle overeenkomsten is Nederlands recht van toepassing. Geschillen worden voorgelegd aan",
                    "de bevoegde rechter in het arrondissement Den Haag.", "", "Versie januari 2026"]], 2, 2, "nl", size=8.5)]
    cover = ("Geachte heer, mevrouw,\n\nBijgaand ontvangt u factuur %s voor de schoonmaakwerkzaamheden in oktober 2026. "
             "Tevens sturen wij u, zoals ieder jaar, onze algemene voorwaarden.\n\nMet vriendelijke groet,\n\n"
             "Glans & Co Schoonmaak\nFinanciële administratie" % num)
    rcpt = ["facturen@kdvdeboomhut.nl"]
    eml = send("facturen@glansenco.nl", "Glans & Co Schoonmaak", rcpt[0], "Factuur %s" % num, issue + days(1),
               text=cover, pdf=True, pdf2="after")
    add("nl-informer-terms", "Informer", "nl", "pdf", "facturen@glansenco.nl", rcpt, eml, pages, "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Kinderdagverblijf De Boomhut B.V.", rcpt[0], ib, True,
                    "nl", reference=ken),
        note="A second PDF of general terms whose article 4 says 30 days; the invoice prints its own due date (14 days) and a betalingskenmerk in groups.",
        pages2=p2, fname2="Algemene voorwaarden Glans & Co.pdf")


def nl_twinfield_spec():
    S = {"name": "Van Rijn & Bosman Administratie", "addr": ["Stationsweg 6", "7941 HD Meppel"],
         "contact": ["0522 - 25 40 90", "info@vanrijnbosman.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 11, 24)
    due = issue + days(21)
    num = "202600318"
    to = ["Kapsalon Knipperlicht V.O.F.", "Hoofdstraat 33", "7941 AE Meppel"]
    lines = [("Samenstellen jaarrekening 2025 (specificatie)", 1, "", 146250, "21"),
             ("Aangifte inkomstenbelasting 2025 vennoten", 2, "", 27500, "21")]
    fl = ["Van Rijn & Bosman Administratie · KvK 04077312 · Btw NL001566203B18 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Relatienummer", "20418"),
                        ("Betalingstermijn", "21 dagen")],
                       lines, ["Wij verzoeken u het verschuldigde bedrag binnen 21 dagen na factuurdatum te voldoen op",
                               "%s t.n.v. Van Rijn & Bosman Administratie o.v.v. het factuurnummer." % iban_spaced(ib)],
                       fl, extra_pages=1)
    spec = [("Verwerken boekhouding 2025", "8,0", "600,00"), ("Controle btw-aangiften Q1–Q4", "2,5", "187,50"),
            ("Samenstellen jaarrekening", "6,0", "450,00"), ("Bespreking met vennoten", "1,5", "112,50"),
            ("Digitaal archief en correspondentie", "1,5", "112,50")]
    scols = [("Werkzaamheden", 56, "L"), ("Uren", 440, "R"), ("Bedrag", 539, "R")]
    p2, _ = table_page(S, "Specificatie werkzaamheden jaarrekening 2025",
                       ["Kapsalon Knipperlicht V.O.F. · relatienummer 20418 · uurtarief € 75,00"],
                       scols, spec, [("Totaal excl. btw", "19,5", "1.462,50")], 2, 2, "nl", fl)
    pages.append(p2)
    cover = ("Beste Sandra en Marco,\n\nHierbij ontvangen jullie onze factuur %s voor het samenstellen van de "
             "jaarrekening 2025 en de aangiften inkomstenbelasting, conform opdrachtbevestiging OB-2026-044. "
             "Jullie relatienummer bij ons is 20418.\n\nDe specificatie van de bestede uren vinden jullie op de tweede "
             "pagina.\n\nMet vriendelijke groet,\n\nAnnemiek Bosman\nVan Rijn & Bosman Administratie" % num)
    rcpt = ["info@knipperlicht-meppel.nl"]
    eml = send("info@vanrijnbosman.nl", "Van Rijn & Bosman Administratie", to_hdr("Kapsalon Knipperlicht", rcpt[0]),
               "Factuur %s jaarrekening 2025" % num, issue, text=cover, pdf=True)
    add("nl-twinfield-spec", "Twinfield", "nl", "pdf", "info@vanrijnbosman.nl", rcpt, eml, pages, "%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Kapsalon Knipperlicht V.O.F.", rcpt[0], ib, True, "nl"),
        note="Page 2 specifies the hours with an excl.-VAT total equal to one line; the cover names an order confirmation and the relation number; term 21 days.")


def nl_moneybird_quote_before():
    S = {"name": "Woordwaard Tekstbureau", "addr": ["Spoorstraat 19", "6811 AL Arnhem"],
         "contact": ["ilse@woordwaard.nl", "06 50 90 13 44"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 12, 3), D(2026, 12, 17)
    num = "2026-0104"
    to = ["Velostal B.V.", "t.a.v. Ruben Lammers", "Kleefsestraat 41", "6811 EB Arnhem"]
    lines = [("Teksten website (offerte OFF-2026-019)", 8, "pag.", 23125, "21"),
             ("Extra correctieronde (buiten offerte)", 2, "uur", 8500, "21")]
    fl = ["Woordwaard Tekstbureau · KvK 70332184 · Btw NL001723456B75 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Vervaldatum", dt(due, "nl"))],
                       lines, ["Wij verzoeken je vriendelijk het totaalbedrag vóór %s over te maken op" % dt(due, "nl"),
                               "%s t.n.v. Woordwaard Tekstbureau, onder vermelding van het factuurnummer." % iban_spaced(ib)], fl)
    off, oc = invoice(S, "nl", "EUR", "din", to, "Offerte",
                      [("Offertenummer", "OFF-2026-019"), ("Offertedatum", "22-09-2026"), ("Geldig tot", "22-10-2026")],
                      [("Teksten website incl. 1 correctieronde", 8, "pag.", 23125, "21")],
                      ["Akkoord voor opdracht:", "", "Naam: Ruben Lammers     Datum: 24-09-2026     Handtekening: R. Lammers"], fl)
    cover = ("Beste Ruben,\n\nDe teksten staan live, mooi geworden! In de bijlage vind je de factuur en, ter herinnering, "
             "de offerte OFF-2026-019 waar die op gebaseerd is. De extra correctieronde heb ik zoals besproken apart "
             "gerekend.\n\nWe verzoeken je vriendelijk het bedrag van %s vóór %s over te maken.\n\nGroet,\nIlse Boer\n"
             "Woordwaard Tekstbureau\n\n--\nDeze factuur is verstuurd met Moneybird" % (mny(c["total"], "nl"), dt(due, "nl")))
    rcpt = ["ruben@velostal.nl"]
    eml = send("ilse@woordwaard.nl", "Woordwaard Tekstbureau", to_hdr("Ruben Lammers", rcpt[0]),
               "Factuur %s van Woordwaard Tekstbureau" % num, issue, text=cover, pdf=True, pdf2="before")
    add("nl-moneybird-quote-before", "Moneybird", "nl", "pdf", "ilse@woordwaard.nl", rcpt, eml, pages,
        "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Velostal B.V.", rcpt[0], ib, True, "nl"),
        note="The signed quote it follows from comes first, with its own total (€ 2.238,50); the invoice adds an extra round.",
        pages2=off, fname2="Offerte OFF-2026-019.pdf")


def nl_typed_urenstaat():
    ib = mk.iban(rng, "NL")
    issue = D(2026, 11, 12)
    due = issue + days(14)
    num = "2026-14"
    c = compute([("Arbeid", 11, "uur", 4250, "21"), ("Materiaal", 1, "", 6385, "21")])
    body = ("Beste mevrouw Brinkman,\n\nHierbij de factuur voor de klussen van vorige week. De urenstaat zit als bijlage "
            "bij deze mail, dan kunt u de uren nakijken.\n\n"
            "FACTUUR\n"
            "Factuurnummer: %s\n"
            "Factuurdatum: %s\n\n"
            "Aan: Mw. A. Brinkman\nLindenlaan 7\n3843 XK Harderwijk\n\n"
            "Werkzaamheden 3 t/m 6 november 2026 (zie urenstaat):\n"
            "- Arbeid 11 uur à € 42,50               € 467,50\n"
            "- Materiaal (plinten, kit, schroeven)    € 63,85\n"
            "Subtotaal                               € %s\n"
            "Btw 21%%                                 € %s\n"
            "Totaal                                  € %s\n\n"
            "Graag binnen 14 dagen overmaken op %s t.n.v. Y. Demir, o.v.v. het factuurnummer.\n\n"
            "Klusbedrijf Demir · KvK 89123456 · Btw-id NL004567891B23\n\n"
            "Met vriendelijke groet,\nYusuf Demir\n06 19 44 20 73"
            % (num, dt(issue, "nl"), money(c["net"], "nl"), money(c["vat"], "nl"), money(c["total"], "nl"), iban_spaced(ib)))
    S = {"name": "Klusbedrijf Demir", "addr": ["Klaproos 12", "3844 GM Harderwijk"], "contact": ["06 19 44 20 73"]}
    us = Page()
    us.text(56, 60, "Urenstaat", size=16, bold=True)
    us.text(56, 80, "Klusbedrijf Demir  –  opdrachtgever: Mw. A. Brinkman, Lindenlaan 7, Harderwijk", size=9)
    ucols = [("Datum", 56, "L"), ("Werkzaamheden", 130, "L"), ("Van", 420, "R"), ("Tot", 470, "R"), ("Uren", 539, "R")]
    y = draw_head(us, 115, ucols)
    for r in [("ma 03-11", "Plinten woonkamer verwijderen en zagen", "08:00", "11:00", "3"),
              ("di 04-11", "Plinten plaatsen en kitten", "08:00", "12:00", "4"),
              ("wo 05-11", "Deur badkamer afhangen, slot vervangen", "13:00", "15:00", "2"),
              ("do 06-11", "Afwerken, kitwerk keuken", "09:00", "11:00", "2")]:
        y = draw_row(us, y, ucols, r)
    us.rule(56, y - 8, 539, y - 8)
    draw_row(us, y + 4, ucols, ("", "Totaal", "", "", "11"), bold=True)
    us.text(56, y + 50, "Voor akkoord opdrachtgever: ______________________", size=9)
    rcpt = ["a.brinkman47@hetnet.nl"]
    eml = send("klusbedrijfdemir@gmail.com", "Yusuf Demir", to_hdr("A. Brinkman", rcpt[0]),
               "Factuur 2026-14 klussen Lindenlaan", issue, text=body, pdf2="after")
    add("nl-typed-urenstaat", "typed in the mail", "nl", "body-text", "klusbedrijfdemir@gmail.com", rcpt, eml,
        exp=mk.expected(num, c["total"], c["total"], issue, due, "A. Brinkman", rcpt[0], ib, False, "nl"),
        note="The invoice is typed in the body; the only PDF is the timesheet (urenstaat, hours only).",
        pages2=[us], fname2="Urenstaat november Brinkman.pdf")


def nl_lightspeed_html_pakbon():
    ib = mk.iban(rng, "NL")
    issue = D(2026, 10, 9)
    due = issue + days(30)
    num = "F-26-0517"
    c = compute([("Ketting Shimano CN-HG601 11v", 6, "", 3495, "21"),
                 ("Cassette 11-32T 11v", 2, "", 6450, "21"),
                 ("Remblokken schijfrem (set)", 10, "", 1295, "21"),
                 ("Werkplaats: clubbus fietsdragers afstellen", 1, "", 4500, "21")])
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>\n"
                   % (d, qty_s(q, "nl"), money(u, "nl"), money(n, "nl")) for d, q, _, u, _, n in c["lines"])
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Beste Wielervereniging De Kopgroep,</p>\n"
            "<p>Bedankt voor je bestelling #1033 bij Fietsenmakerij De Spaak. Hieronder vind je de factuur; de pakbon "
            "zit als pdf in de bijlage.</p>\n"
            "<h2>Factuur %s</h2>\n"
            "<table cellpadding=\"3\">\n<tr><td>Factuurdatum</td><td>%s</td></tr>\n<tr><td>Bestelling</td><td>#1033</td></tr>\n"
            "<tr><td>Klant</td><td>Wielervereniging De Kopgroep<br>Sportlaan 4<br>7411 GB Deventer</td></tr>\n</table>\n"
            "<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr><th align=\"left\">Artikel</th><th>Aantal</th><th>Prijs</th><th>Totaal</th></tr>\n%s"
            "<tr><td colspan=\"3\">Subtotaal excl. btw</td><td align=\"right\">€ %s</td></tr>\n"
            "<tr><td colspan=\"3\">Btw 21%%</td><td align=\"right\">€ %s</td></tr>\n"
            "<tr><td colspan=\"3\"><b>Totaal</b></td><td align=\"right\"><b>€ %s</b></td></tr>\n</table>\n"
            "<p>Betaling: op rekening, binnen 30 dagen na factuurdatum op %s t.n.v. Fietsenmakerij De Spaak, "
            "o.v.v. het factuurnummer.</p>\n"
            "<p>Met sportieve groet,<br>Fietsenmakerij De Spaak<br>Brink 21, 7411 BR Deventer<br>KvK 08213344 · "
            "Btw NL001902733B08</p>\n"
            "<p style=\"color:#888;font-size:11px\">Powered by Lightspeed</p>\n</body></html>"
            % (num, dt(issue, "nl"), rows, money(c["net"], "nl"), money(c["vat"], "nl"), money(c["total"], "nl"), iban_spaced(ib)))
    S = {"name": "Fietsenmakerij De Spaak", "addr": ["Brink 21", "7411 BR Deventer"], "contact": ["0570 - 61 22 09"]}
    pb = Page()
    letterhead(pb, S, "din")
    address(pb, ["Wielervereniging De Kopgroep", "Sportlaan 4", "7411 GB Deventer"], 56, 155)
    metablock(pb, [("Pakbon", "#1033"), ("Datum", dt(issue, "nl")), ("Aantal colli", "1")], 340, 155, 440)
    pb.text(56, 262, "Pakbon bestelling #1033", size=14, bold=True)
    pcols = [("Artikel", 56, "L"), ("Aantal", 539, "R")]
    y = draw_head(pb, 290, pcols)
    for d, q, _, _, _, _ in c["lines"][:3]:
        y = draw_row(pb, y, pcols, (d, qty_s(q, "nl")))
    pb.text(56, y + 20, "Controleer de levering bij ontvangst. Retour binnen 14 dagen met deze pakbon.", size=9)
    rcpt = ["penningmeester@dekopgroep.nl"]
    eml = send("winkel@despaak.nl", "Fietsenmakerij De Spaak", to_hdr("Wielervereniging De Kopgroep", rcpt[0]),
               "Je factuur %s (bestelling #1033)" % num, issue, html=html, pdf2="after")
    add("nl-lightspeed-html-pakbon", "Lightspeed", "nl", "body-html", "winkel@despaak.nl", rcpt, eml,
        exp=mk.expected(num, c["total"], c["total"], issue, due, "Wielervereniging De Kopgroep", rcpt[0], ib, True, "nl"),
        note="The invoice is the HTML body; the attached PDF is the pakbon (no prices); order #1033 beside the invoice number.",
        pages2=[pb], fname2="pakbon-1033.pdf")


def nl_ebh_credit_and_corrected():
    S = {"name": "Van Leeuwen Airco & Koeltechniek", "addr": ["Nijverheidsweg 31", "3341 LJ Hendrik-Ido-Ambacht"],
         "contact": ["078 - 682 44 10", "administratie@vanleeuwen-airco.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 10, 20)
    due = issue + days(14)
    num = "2026-0219"
    to = ["Sportschool FitFabriek B.V.", "t.a.v. crediteurenadministratie", "Ringdijk 190", "3311 LE Dordrecht"]
    fl = ["Van Leeuwen Airco & Koeltechniek · KvK 24401188 · Btw NL001557892B55 · IBAN %s" % iban_spaced(ib)]
    lines = [("Split-unit airco 3,5 kW, geleverd en gemonteerd", 2, "st", 164500, "21"),
             ("Leidingwerk en condensafvoer", 12, "m", 2850, "21"),
             ("Inbedrijfstelling en F-gassen registratie", 1, "", 12500, "21")]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Vervaldatum", dt(due, "nl")),
                        ("Vervangt factuur", "2026-0211")],
                       lines, ["Deze factuur vervangt factuur 2026-0211, die met creditnota C2026-007 volledig is gecrediteerd.",
                               "Gelieve het bedrag vóór %s over te maken op %s." % (dt(due, "nl"), iban_spaced(ib))], fl)
    old = [("Split-unit airco 3,5 kW, geleverd en gemonteerd", 3, "st", 164500, "21"),
           ("Leidingwerk en condensafvoer", 12, "m", 2850, "21"),
           ("Inbedrijfstelling en F-gassen registratie", 1, "", 12500, "21")]
    oc = compute(old)
    cn, _ = invoice(S, "nl", "EUR", "din", to, "Creditnota",
                    [("Creditnotanummer", "C2026-007"), ("Datum", dt(issue, "nl")), ("Betreft factuur", "2026-0211")],
                    [(d, q, u, -p, r) for d, q, u, p, r in old],
                    ["Deze creditnota crediteert factuur 2026-0211 van 13-10-2026 volledig (%s)." % mny(oc["total"], "nl"),
                     "Het bedrag wordt verrekend; u hoeft niets te doen."], fl)
    cover = ("Geachte heer, mevrouw,\n\nOp factuur 2026-0211 van 13 oktober stonden helaas drie airco-units in plaats van "
             "twee. Wij sturen u daarom creditnota C2026-007, die factuur 2026-0211 volledig crediteert, en de juiste "
             "factuur %s.\n\nExcuses voor het ongemak.\n\nMet vriendelijke groet,\n\nVan Leeuwen Airco & Koeltechniek\n\n"
             "Verzonden via e-Boekhouden.nl" % num)
    rcpt = ["crediteuren@fitfabriek.nl"]
    eml = send("administratie@vanleeuwen-airco.nl", "Van Leeuwen Airco & Koeltechniek", rcpt[0],
               "Creditnota C2026-007 en factuur %s" % num, issue, text=cover, pdf=True, pdf2="before")
    add("nl-ebh-credit-and-corrected", "e-Boekhouden", "nl", "pdf", "administratie@vanleeuwen-airco.nl", rcpt, eml,
        pages, "Factuur_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Sportschool FitFabriek B.V.", rcpt[0], ib, True, "nl"),
        note="A credit note crediting the wrong invoice in full comes first (negative amounts); the corrected invoice second is the bill.",
        pages2=cn, fname2="Creditnota_C2026-007.pdf")


def nl_jortt_earlier_invoice():
    S = {"name": "Studio Noor Interieur", "addr": ["Jan van Galenstraat 88", "1056 CC Amsterdam"],
         "contact": ["noor@studionoor.nl", "06 22 81 40 59"]}
    ib = mk.iban(rng, "NL")
    issue, due = D(2026, 12, 4), D(2026, 12, 18)
    num = "2026-0330"
    to = ["Restaurant Blauwe Reiger B.V.", "Westerstraat 150", "1015 MP Amsterdam"]
    fl = ["Studio Noor Interieur · KvK 77821450 · Btw NL004011278B12 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Te betalen voor", dt(due, "nl"))],
                       [("Ontwerp fase 2: uitwerking en tekeningen", 1, "", 240000, "21"),
                        ("Materiaalmonsters en stalen", 1, "", 8560, "21")],
                       ["Graag voor %s overmaken naar %s t.n.v. N. el Amrani." % (dt(due, "nl"), iban_spaced(ib))], fl)
    prev, pc = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", "2026-0301"), ("Factuurdatum", "02-11-2026"), ("Te betalen voor", "16-11-2026")],
                       [("Ontwerp fase 1: schetsontwerp en moodboard", 1, "", 180000, "21")],
                       ["Graag voor 16-11-2026 overmaken naar %s t.n.v. N. el Amrani." % iban_spaced(ib)], fl)
    cover = ("Hoi Kim,\n\nHierbij factuur %s voor fase 2, de uitwerking en de tekeningen. Ter referentie stuur ik factuur "
             "2026-0301 voor fase 1 nog even mee, die is inmiddels betaald, dank je wel!\n\nGroetjes,\nNoor\n\n"
             "Studio Noor Interieur\n\nVerstuurd met Jortt" % num)
    rcpt = ["kim@blauwereiger.nl"]
    eml = send("noor@studionoor.nl", "Studio Noor Interieur", to_hdr("Kim Schouten", rcpt[0]),
               "Factuur %s fase 2" % num, issue, text=cover, pdf=True, pdf2="after")
    add("nl-jortt-earlier-invoice", "Jortt", "nl", "pdf", "noor@studionoor.nl", rcpt, eml, pages, "factuur-%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Restaurant Blauwe Reiger B.V.", rcpt[0], ib, True, "nl"),
        note="The earlier invoice 2026-0301, already paid, comes after the new one as a second PDF with the same layout.",
        pages2=prev, fname2="factuur-2026-0301.pdf")


def nl_exact_hours_appendix():
    S = {"name": "Ingenieursbureau Kramer", "addr": ["Hoofdweg 62", "9681 AJ Midwolda"],
         "contact": ["0597 - 59 30 22", "facturen@ib-kramer.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 11, 30)
    due = issue + days(30)
    num = "26200156"
    ken = kenmerk16()
    to = ["Gemeente Oldambt", "t.a.v. crediteurenadministratie", "Postbus 175", "9670 AD Winschoten"]
    fl = ["Ingenieursbureau Kramer · KvK 02099881 · Btw NL001800327B44 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Betalingsconditie", "30 dagen"),
                        ("Inkoopordernr.", "4512-2026-0881"), ("Betalingskenmerk", groups4(ken))],
                       [("Constructieve toets brug Hoofdweg, nov. 2026", "37.5", "uur", 9800, "21"),
                        ("Inspectie ter plaatse incl. reistijd", 6, "uur", 9800, "21"),
                        ("Kilometervergoeding", 86, "km", 23, "21")],
                       ["Zie bijlage voor de urenverantwoording per medewerker.",
                        "Betaling binnen 30 dagen op %s onder vermelding van het betalingskenmerk." % iban_spaced(ib)],
                       fl, extra_pages=2)
    hcols = [("Datum", 56, "L"), ("Medewerker", 120, "L"), ("Activiteit", 210, "L"), ("Uren", 539, "R")]
    h1 = [("02-11-2026", "R. Kramer", "Dossieronderzoek, tekeningen 1968", "4,0"),
          ("03-11-2026", "R. Kramer", "Rekenmodel opzetten", "6,5"),
          ("04-11-2026", "M. Dijkhuis", "Inspectie ter plaatse", "3,0"),
          ("04-11-2026", "R. Kramer", "Inspectie ter plaatse", "3,0"),
          ("09-11-2026", "M. Dijkhuis", "Verwerken inspectiegegevens", "5,0"),
          ("10-11-2026", "R. Kramer", "Berekening liggers", "7,0"),
          ("12-11-2026", "R. Kramer", "Berekening landhoofden", "5,5")]
    h2 = [("17-11-2026", "M. Dijkhuis", "Tekenwerk", "4,0"),
          ("19-11-2026", "R. Kramer", "Rapportage concept", "3,5"),
          ("24-11-2026", "R. Kramer", "Overleg gemeente (Teams)", "1,0"),
          ("26-11-2026", "R. Kramer", "Rapportage definitief", "2,0")]
    p2, _ = table_page(S, "Bijlage: urenverantwoording bij factuur %s" % num, ["Opdracht: constructieve toets brug Hoofdweg",
                       "Zaaknummer gemeente: Z/26/104233"], hcols, h1, [], 2, 3, "nl", fl)
    p3, _ = table_page(S, "Urenverantwoording (vervolg)", [], hcols, h2,
                       [("", "", "Totaal toets", "37,5"), ("", "", "Totaal inspectie", "6,0"), ("", "", "Totaal uren", "43,5")],
                       3, 3, "nl", fl)
    pages += [p2, p3]
    cover = ("Geachte heer, mevrouw,\n\nHierbij ontvangt u factuur %s voor de constructieve toets van de brug Hoofdweg "
             "(inkoopordernummer 4512-2026-0881, zaaknummer Z/26/104233). De urenverantwoording is als bijlage in de pdf "
             "opgenomen.\n\nMet vriendelijke groet,\n\nIngenieursbureau Kramer\n\nDit bericht is verzonden met Exact Online." % num)
    rcpt = ["facturen@gemeente-oldambt.nl"]
    eml = send("facturen@ib-kramer.nl", "Ingenieursbureau Kramer", rcpt[0], "Factuur %s / PO 4512-2026-0881" % num,
               issue, text=cover, pdf=True)
    add("nl-exact-hours-appendix", "Exact Online", "nl", "pdf", "facturen@ib-kramer.nl", rcpt, eml, pages,
        "Factuur_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Gemeente Oldambt", rcpt[0], ib, True, "nl", reference=ken),
        note="Invoice on page 1, a two-page hours appendix after it; a PO number, a case number and a betalingskenmerk; only a term.")


def nl_snelstart_numbers_html():
    S = {"name": "Steigerbouw Visser", "addr": ["Tolweg 9", "1681 NK Zwaagdijk"],
         "contact": ["0228 - 56 12 30", "administratie@steigerbouwvisser.nl"]}
    ib = mk.iban(rng, "NL")
    issue = D(2026, 10, 2)
    due = issue + days(30)
    num = "20260934"
    to = ["Schildersbedrijf Hakvoort", "Dorpsstraat 117", "1682 NB Wogmeer"]
    fl = ["Steigerbouw Visser · KvK 37112091 · Btw NL001237804B91 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "nl")), ("Klantnummer", "2214"),
                        ("Uw ordernummer", "HV-26-088"), ("Pakbonnummer", "20260891"), ("Huurperiode", "07-09 t/m 04-10")],
                       [("Steigerhuur gevelsteiger 42 m², per week", 4, "wk", 11800, "21"),
                        ("Op- en afbouw steiger", 1, "", 48000, "21"),
                        ("Transport heen en terug", 2, "", 9500, "21")],
                       ["Betaling binnen 30 dagen na factuurdatum op %s o.v.v. factuurnummer." % iban_spaced(ib)], fl)
    html = ("<p>Beste heer Hakvoort,</p>\n<p>In de bijlage vindt u factuur <b>%s</b> voor de steigerhuur aan de Kerkweg "
            "(uw ordernummer HV-26-088, klantnummer 2214, pakbon 20260891).</p>\n<p>De vorige huurperiode is gefactureerd "
            "op factuur 20260811 van 4 september; de huur vanaf 5 oktober volgt op een nieuwe factuur.</p>\n"
            "<p>Met vriendelijke groet,<br>Steigerbouw Visser<br>Administratie</p>" % num)
    rcpt = ["info@hakvoortschilders.nl"]
    eml = send("administratie@steigerbouwvisser.nl", "Steigerbouw Visser", to_hdr("Schildersbedrijf Hakvoort", rcpt[0]),
               "Factuur %s" % num, issue, html=html, pdf=True)
    add("nl-snelstart-numbers-html", "SnelStart", "nl", "pdf", "administratie@steigerbouwvisser.nl", rcpt, eml, pages,
        "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Schildersbedrijf Hakvoort", rcpt[0], ib, True, "nl"),
        note="An HTML cover with four other numbers (order, customer, pakbon, a previous invoice 20260811); the meta block has them too.")


# Flemish

def be_word_terms():
    S = {"name": "Elektro Peeters BV", "addr": ["Brusselsesteenweg 212", "2800 Mechelen"],
         "contact": ["015 41 27 90", "info@elektropeeters.be"]}
    ib = mk.iban(rng, "BE")
    issue = D(2026, 10, 8)
    due = issue + days(30)
    num = "F2026-143"
    og = mk.ogm_drawn(rng)
    to = ["Dhr. Koen Van den Bossche", "Hanswijkvaart 19", "2800 Mechelen"]
    fl = ["Elektro Peeters BV · BTW BE 0718.442.907 · RPR Antwerpen, afd. Mechelen · IBAN %s · BIC GEBABEBB" % iban_spaced(ib),
          "Op al onze facturen zijn de algemene voorwaarden op de keerzijde van toepassing."]
    pages, c = invoice(S, "be", "EUR", "din", to, "FACTUUR",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "be")), ("Klantnummer", "K0412"),
                        ("Vervaldag", "30 dagen na factuurdatum")],
                       [("Vervangen zekeringkast, 3 kringen extra", 1, "", 68000, "6"),
                        ("Arbeid elektricien", 7, "u", 5200, "6"),
                        ("Keuring AREI door erkend organisme", 1, "", 14500, "21")],
                       ["Btw 6%: renovatie privéwoning ouder dan 10 jaar. Bij gebrek aan schriftelijke betwisting binnen",
                        "de 15 dagen na ontvangst wordt de klant geacht de verklaring te hebben aanvaard (art. 1quater KB nr. 20).",
                        "",
                        "Gelieve te betalen op %s met gestructureerde mededeling %s." % (iban_spaced(ib), og)],
                       fl, extra_pages=1)
    av = [["1. Algemeen", "Deze voorwaarden zijn van toepassing op al onze offertes, leveringen en werken."],
          ["2. Betaling", "Onze facturen zijn betaalbaar binnen de 15 dagen na factuurdatum, tenzij anders vermeld",
           "op de factuur. Elke niet betaalde factuur op de vervaldag brengt van rechtswege en zonder",
           "ingebrekestelling een interest op van 10% per jaar, alsook een forfaitaire schadevergoeding",
           "van 10% op het openstaande bedrag, met een minimum van € 50,00."],
          ["3. Klachten", "Klachten moeten binnen de 8 dagen na factuurdatum aangetekend worden gemeld."],
          ["4. Eigendomsvoorbehoud", "Het geleverde materiaal blijft onze eigendom tot volledige betaling."],
          ["5. Bevoegdheid", "Bij betwisting zijn enkel de rechtbanken van het arrondissement Antwerpen, afdeling",
           "Mechelen, bevoegd."]]
    pages.append(text_page(S, "Algemene voorwaarden", av, 2, 2, "be", fl, size=8.5))
    cover = ("Beste meneer Van den Bossche,\n\nIn bijlage vindt u onze factuur %s voor de vernieuwing van uw zekeringkast "
             "en de keuring. De algemene voorwaarden staan op de tweede pagina.\n\nMet vriendelijke groeten,\n\n"
             "Tom Peeters\nElektro Peeters BV\n015 41 27 90" % num)
    rcpt = ["koen.vandenbossche@telenet.be"]
    eml = send("info@elektropeeters.be", "Elektro Peeters BV", to_hdr("Koen Van den Bossche", rcpt[0]),
               "Factuur %s" % num, issue, text=cover, pdf=True)
    add("be-word-terms", "Word-to-PDF", "nl", "pdf", "info@elektropeeters.be", rcpt, eml, pages, "Factuur %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Koen Van den Bossche", rcpt[0], ib, False, "nl", reference=og),
        note="Flemish; general terms on page 2 with '15 dagen' and penalty percentages; the invoice's own term is 30 days; 6% and 21% VAT; a structured communication.")


def be_exact_bestelbon():
    S = {"name": "Schrijnwerkerij Claes", "addr": ["Industriepark 7", "3300 Tienen"],
         "contact": ["016 81 55 02", "boekhouding@schrijnwerkerijclaes.be"]}
    ib = mk.iban(rng, "BE")
    issue, due = D(2026, 11, 12), D(2026, 12, 12)
    num = "VF26/0087"
    og = mk.ogm_drawn(rng)
    to = ["Bakkerij Verbeke BV", "Grote Markt 31", "3300 Tienen"]
    fl = ["Schrijnwerkerij Claes BV · BTW BE 0642.118.305 · RPR Leuven · IBAN %s · BIC KREDBEBB" % iban_spaced(ib)]
    lines = [("Toonbank eik volgens bestelbon 2026/118", 1, "", 642000, "21"),
             ("Wandrek achter toonbank", 1, "", 138500, "21"),
             ("Meerwerk: extra lade met slot", 2, "st", 19500, "21"),
             ("Plaatsing", 9, "u", 5800, "21")]
    pages, c = invoice(S, "be", "EUR", "din", to, "Factuur",
                       [("Factuurnummer", num), ("Factuurdatum", dt(issue, "be")), ("Vervaldatum", dt(due, "be")),
                        ("Uw bestelbon", "2026/118"), ("Klant", "C-1077")],
                       lines, ["Te betalen vóór %s op %s" % (dt(due, "be"), iban_spaced(ib)),
                               "met vermelding van %s." % og], fl)
    bc = compute(lines[:2] + [("Plaatsing (forfait)", 1, "", 48000, "21")])
    bb, _ = invoice(S, "be", "EUR", "din", to, "Bestelbon / orderbevestiging",
                    [("Bestelbon", "2026/118"), ("Datum", "18/09/2026"), ("Levering", "week 45")],
                    lines[:2] + [("Plaatsing (forfait)", 1, "", 48000, "21")],
                    ["Voorschot: geen. Betaling na plaatsing, 30 dagen na factuurdatum.",
                     "Voor akkoord, datum en handtekening klant: 19/09/2026 – L. Verbeke (gelezen en goedgekeurd)"], fl)
    cover = ("Beste Lieve,\n\nHierbij onze factuur %s voor de toonbank en het wandrek, geplaatst op 6 en 7 november. "
             "Ter info sturen we de door u getekende bestelbon 2026/118 mee; de plaatsing is volgens de werkelijke uren "
             "gerekend en de twee extra laden zijn meerwerk.\n\nMet vriendelijke groeten,\n\nJan Claes\n"
             "Schrijnwerkerij Claes\n\nDit bericht is verzonden met Exact Online." % num)
    rcpt = ["lieve@bakkerijverbeke.be"]
    eml = send("boekhouding@schrijnwerkerijclaes.be", "Schrijnwerkerij Claes", to_hdr("Lieve Verbeke", rcpt[0]),
               "Factuur %s - toonbank" % num, issue, text=cover, pdf=True, pdf2="before")
    add("be-exact-bestelbon", "Exact Online", "nl", "pdf", "boekhouding@schrijnwerkerijclaes.be", rcpt, eml, pages,
        "Factuur_VF26-0087.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Bakkerij Verbeke BV", rcpt[0], ib, True, "nl", reference=og),
        note="Flemish; the signed bestelbon with its own total (%s) comes first; the invoice second differs by extra work." % mny(bc["total"], "be"),
        pages2=bb, fname2="Bestelbon 2026-118 getekend.pdf")


def be_credit_note_with_original():
    S = {"name": "Drukkerij Vandamme", "addr": ["Kolvestraat 14", "8000 Brugge"],
         "contact": ["050 33 71 90", "facturatie@drukkerijvandamme.be"]}
    ib = mk.iban(rng, "BE")
    issue = D(2026, 11, 27)
    num = "CN26-0009"
    to = ["Jeugdhuis De Kelder vzw", "Sint-Jorisstraat 40", "8000 Brugge"]
    fl = ["Drukkerij Vandamme BV · BTW BE 0455.301.276 · RPR Gent, afd. Brugge · IBAN %s" % iban_spaced(ib)]
    orig = [("Affiches A3 full colour, 170 g", 500, "", 37, "21"),
            ("Flyers A5 recto-verso, 135 g", 2000, "", 6, "21"),
            ("Affiches A3 full colour (2e levering)", 500, "", 37, "21")]
    pages, c = invoice(S, "be", "EUR", "din", to, "CREDITNOTA",
                       [("Creditnota", num), ("Datum", dt(issue, "be")), ("Betreft factuur", "VF26-0311"),
                        ("Klantnummer", "2093")],
                       [("Affiches A3 (2e levering), dubbel gefactureerd", 500, "", -37, "21")],
                       ["Dit bedrag wordt in mindering gebracht op factuur VF26-0311.",
                        "Gelieve enkel het saldo van factuur VF26-0311 te betalen."], fl,
                       words={"total": "Totaal creditnota"})
    op, oc = invoice(S, "be", "EUR", "din", to, "FACTUUR",
                     [("Factuurnummer", "VF26-0311"), ("Factuurdatum", "13/11/2026"), ("Vervaldatum", "13/12/2026"),
                      ("Klantnummer", "2093")],
                     orig, ["Te betalen vóór 13/12/2026 op %s." % iban_spaced(ib)], fl)
    cover = ("Beste Jonas,\n\nIn bijlage onze creditnota %s ter correctie van factuur VF26-0311 van 13/11/2026: de tweede "
             "levering affiches stond er per vergissing op, die is nooit gedrukt. De factuur zelf sturen we ter referentie "
             "nogmaals mee.\n\nU hoeft van factuur VF26-0311 dus enkel het saldo te betalen.\n\nMet vriendelijke groeten,\n\n"
             "Drukkerij Vandamme\nAnnelies Vandamme" % num)
    rcpt = ["penningmeester@jhdekelder.be"]
    eml = send("facturatie@drukkerijvandamme.be", "Drukkerij Vandamme", to_hdr("Jonas Declercq", rcpt[0]),
               "Creditnota %s bij factuur VF26-0311" % num, issue, text=cover, pdf=True, pdf2="after")
    add("be-credit-note-with-original", "Exact Online", "nl", "pdf", "facturatie@drukkerijvandamme.be", rcpt, eml, pages,
        "Creditnota_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, None, "Jeugdhuis De Kelder vzw", rcpt[0], ib, True, "nl", credit=True),
        note="Flemish credit note (negative, no due date) with the original invoice VF26-0311 attached after it for reference; the credit note is the document labelled.",
        pages2=op, fname2="Factuur_VF26-0311.pdf")


def be_excel_overdracht():
    S = {"name": "Tegelwerken Wouters", "addr": ["Kempische Steenweg 305", "3500 Hasselt"],
         "contact": ["011 22 48 71", "wouters.tegelwerken@skynet.be"]}
    ib = mk.iban(rng, "BE")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    num = "2026/0211"
    og = mk.ogm_drawn(rng)
    to = ["Bouwonderneming Jacobs & Zonen NV", "Luikersteenweg 88", "3500 Hasselt"]
    fl = ["Tegelwerken Wouters BV · BTW BE 0801.227.614 · Registratienr. 26.4471 · IBAN %s" % iban_spaced(ib)]
    L = [("Vloertegels 60x60 antraciet, levering", 84, "m²", 3290, "0"),
         ("Vloertegels 60x60, plaatsing", 84, "m²", 2850, "0"),
         ("Wandtegels 30x60 wit mat, levering", 46, "m²", 2475, "0"),
         ("Wandtegels 30x60, plaatsing", 46, "m²", 3400, "0"),
         ("Tegellijm flexibel C2TE (25 kg)", 38, "zak", 1890, "0"),
         ("Voegmortel grijs (5 kg)", 14, "zak", 1240, "0"),
         ("Egaliseren ondergrond", 84, "m²", 950, "0"),
         ("Waterdichting douches (2 st)", 2, "", 18500, "0"),
         ("Hoekprofielen inox", 22, "m", 890, "0"),
         ("Plinten antraciet, levering", 61, "m", 620, "0"),
         ("Plinten, plaatsing", 61, "m", 780, "0"),
         ("Silicone voegen sanitair", 1, "", 16500, "0"),
         ("Dorpels blauwe steen", 4, "st", 5400, "0"),
         ("Trapbekleding 14 treden", 14, "tr", 7200, "0"),
         ("Trapneuzen antislip", 14, "st", 1150, "0"),
         ("Zaagwerk en uitsparingen", 6, "u", 4800, "0"),
         ("Afvoer puin en verpakking", 1, "", 14000, "0"),
         ("Verplaatsingskosten (8 dagen)", 8, "", 2500, "0"),
         ("Tegels reserve, levering", 6, "m²", 3290, "0"),
         ("Eindreiniging", 1, "", 21000, "0")]
    pages, c = invoice(S, "be", "EUR", "din", to, "FACTUUR %s" % num,
                       [("Datum", dt(issue, "be")), ("Vervaldag", dt(due, "be")), ("Werf", "Meylandtlaan 12, Hasselt"),
                        ("Uw ref.", "JZ-W-2611")],
                       L, ["Btw verlegd – medecontractant, art. 20 KB nr. 1. Btw te voldoen door de medecontractant.",
                           "Te betalen op %s met mededeling %s." % (iban_spaced(ib), og)], fl, per_page=12,
                       words={"vat": "Btw verlegd"}, vat=False)
    cover = ("Goedemiddag,\n\nIn bijlage de factuur %s voor de tegelwerken op de werf Meylandtlaan 12 (uw referentie "
             "JZ-W-2611). Het bedrag van de vorderingsstaat van 14/11 was een tussenstand; dit is de eindfactuur.\n\n"
             "Met vriendelijke groeten,\nDirk Wouters" % num)
    rcpt = ["facturen@jacobsenzonen.be"]
    eml = send("wouters.tegelwerken@skynet.be", "Tegelwerken Wouters", rcpt[0], "Factuur %s werf Meylandtlaan" % num,
               issue, text=cover, pdf=True)
    add("be-excel-overdracht", "Excel-to-PDF", "nl", "pdf", "wouters.tegelwerken@skynet.be", rcpt, eml, pages,
        "factuur 2026-0211.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Bouwonderneming Jacobs & Zonen NV", rcpt[0], ib, True, "nl",
                    reference=og),
        note="Flemish, 20 lines over two pages with 'Over te brengen' / 'Overgebracht'; VAT reverse-charged (no VAT column), so the total is the net.")


# =======================================================================================
# English invoices (UK, IE, US)


def xero_link():
    return "https://in.xero.com/%s" % "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(40))


def en_xero_job_sheet():
    S = {"name": "Hartley Plumbing & Heating Ltd", "addr": ["Unit 4, Kirkstall Trade Park", "Leeds LS5 3BT"],
         "contact": ["0113 278 4410", "accounts@hartleyheating.co.uk"]}
    ib = mk.iban(rng, "GB")
    issue, due = D(2026, 10, 19), D(2026, 11, 2)
    num = "INV-0412"
    to = ["Mrs Joanne Pickering", "27 Cardigan Road", "Headingley", "Leeds LS6 1LJ"]
    fl = ["Hartley Plumbing & Heating Ltd · Registered in England No. 08124577 · VAT Reg No. GB 271 4490 36",
          "Bank: Sort code %s-%s-%s · Account %s · IBAN %s" % (ib[8:10], ib[10:12], ib[12:14], ib[14:], iban_spaced(ib))]
    pages, c = invoice(S, "en", "GBP", "en", to, "TAX INVOICE",
                       [("Invoice Date", dt(issue, "en", "short-en")), ("Invoice Number", num), ("Reference", "JS-2231"),
                        ("Due Date", dt(due, "en", "short-en"))],
                       [("Annual boiler service", 1, "", 8500, "20"),
                        ("Diverter valve (Worcester 8716106519)", 1, "", 14250, "20"),
                        ("Labour", 2, "hrs", 5500, "20")],
                       ["Payment by bank transfer to sort code %s-%s-%s, account %s, quoting the invoice number." % (ib[8:10], ib[10:12], ib[12:14], ib[14:]),
                        "Gas Safe registered 512277. Thank you for your business."], fl, words={"total": "TOTAL GBP"})
    js = Page()
    letterhead(js, S, "din")
    js.text(56, 140, "JOB SHEET  JS-2231", size=14, bold=True)
    metablock(js, [("Date", "16/10/2026"), ("Engineer", "Craig Hartley"), ("Arrived", "09:15"), ("Left", "11:20")], 56, 165, 130)
    address(js, ["Mrs J. Pickering", "27 Cardigan Road, Leeds LS6 1LJ", "Tel. 07700 918 244"], 330, 165, size=9)
    for j, ln in enumerate(["Customer reports: no hot water, heating works.",
                            "Work carried out: annual service completed, flue gas analysis OK (CO 28 ppm).",
                            "Diverter valve seized; replaced with part no. 8716106519. System refilled to 1.5 bar.",
                            "Boiler left working safely. Landlord certificate not required (owner-occupied)."]):
        js.text(56, 240 + 13 * j, ln, size=9)
    jcols = [("Parts used", 56, "L"), ("Qty", 539, "R")]
    y = draw_head(js, 310, jcols)
    for r in [("Diverter valve 8716106519", "1"), ("Fibre washers 22mm", "2"), ("Inhibitor 500 ml", "1")]:
        y = draw_row(js, y, jcols, r)
    js.text(56, y + 20, "Time on site: 2 hrs 05 min", size=9)
    js.text(56, y + 60, "Customer signature: J. Pickering", size=9, bold=True)
    js.text(330, y + 60, "Engineer: C. Hartley", size=9, bold=True)
    js.text(56, y + 76, "I confirm the above work has been completed to my satisfaction.", size=8)
    foot(js, fl[:1])
    cover = ("Hi Joanne,\n\nHere's invoice %s for GBP %s.\n\nThe amount outstanding of GBP %s is due on %s.\n\n"
             "I've also attached the job sheet you signed on the day (JS-2231) for your records.\n\n"
             "View your bill online: %s\n\nFrom your online bill you can print a PDF, export a CSV, or create a free login "
             "and view your outstanding bills.\n\nIf you have any questions, please let us know.\n\nThanks,\n"
             "Hartley Plumbing & Heating Ltd" % (num, money(c["total"], "en"), money(c["total"], "en"),
                                                dt(due, "en", "short-en"), xero_link()))
    rcpt = ["jo.pickering@btinternet.com"]
    eml = send("accounts@hartleyheating.co.uk", "Hartley Plumbing & Heating Ltd", to_hdr("Joanne Pickering", rcpt[0]),
               "Invoice %s from Hartley Plumbing & Heating Ltd for Joanne Pickering" % num, issue, text=cover,
               pdf=True, pdf2="after")
    add("en-xero-job-sheet", "Xero", "en", "pdf", "accounts@hartleyheating.co.uk", rcpt, eml, pages,
        "Invoice %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Joanne Pickering", rcpt[0], ib, False, "en", currency="GBP"),
        note="UK; the signed job sheet JS-2231 follows the invoice as a second PDF; Xero's 'Reference' holds the job sheet number (not a payment reference).",
        pages2=[js], fname2="Job sheet JS-2231.pdf")


def en_qbo_timesheet_before():
    S = {"name": "Ashworth Consulting Ltd", "addr": ["2 Tib Lane", "Manchester M2 4JB"],
         "contact": ["sarah@ashworthconsulting.co.uk", "0161 504 3321"]}
    ib = mk.iban(rng, "GB")
    issue = D(2026, 12, 2)
    due = issue + days(30)
    num = "1087"
    to = ["Northgate Housing Co-operative Ltd", "Finance Team", "18 Northgate Street", "Chester CH1 2HA"]
    fl = ["Ashworth Consulting Ltd · Company No. 11239087 · VAT GB 318 2294 51 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "en", "GBP", "en", to, "INVOICE",
                       [("INVOICE #", num), ("DATE", dt(issue, "en", "dmy/")), ("TERMS", "Net 30"), ("P.O. NUMBER", "NHC-2026-117")],
                       [("Consultancy, November 2026 (timesheet)", "42.5", "hrs", 9500, "20"),
                        ("Mileage, 212 miles at 45p", 212, "", 45, "20")],
                       ["Please pay by BACS to Ashworth Consulting Ltd, IBAN %s." % iban_spaced(ib)], fl,
                       to_label="BILL TO", words={"total": "BALANCE DUE"})
    tcols = [("Date", 56, "L"), ("Activity", 130, "L"), ("Hours", 539, "R")]
    trows = [("02/11/2026", "Governance review: board papers", "6.0"), ("04/11/2026", "Interviews with tenants' committee", "7.5"),
             ("09/11/2026", "Drafting options paper", "5.0"), ("11/11/2026", "Site visit, Chester", "6.5"),
             ("16/11/2026", "Finance model, rent scenarios", "7.0"), ("23/11/2026", "Board workshop", "6.0"),
             ("27/11/2026", "Final report and presentation", "4.5")]
    ts, _ = table_page(S, "Timesheet — November 2026", ["Consultant: Sarah Ashworth",
                       "Client: Northgate Housing Co-operative Ltd · PO NHC-2026-117", "Approved by: Mark Ellison, 30/11/2026"],
                       tcols, trows, [("Total", "", "42.5")], 1, 1, "en")
    cover = ("Dear Mark,\n\nPlease find attached the approved timesheet for November and invoice %s (your PO NHC-2026-117). "
             "I've put the timesheet first so that accounts can match the hours.\n\nYour invoice for %s is attached.\n\n"
             "Kind regards,\nSarah Ashworth\nAshworth Consulting Ltd" % (num, mny(c["total"], "en", "GBP")))
    rcpt = ["accounts@northgatehousing.coop", "m.ellison@northgatehousing.coop"]
    eml = send("sarah@ashworthconsulting.co.uk", "Ashworth Consulting Ltd",
               "%s, %s" % (rcpt[0], to_hdr("Mark Ellison", rcpt[1])),
               "Invoice %s from Ashworth Consulting Ltd" % num, issue, text=cover, pdf=True, pdf2="before")
    add("en-qbo-timesheet-before", "QuickBooks", "en", "pdf", "sarah@ashworthconsulting.co.uk", rcpt, eml, pages,
        "Invoice_%s_from_Ashworth_Consulting_Ltd.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Northgate Housing Co-operative Ltd", rcpt[0], ib, True, "en",
                    currency="GBP"),
        note="UK; the approved timesheet comes first as its own PDF; the invoice has only 'Net 30' and a PO number; two recipients.",
        pages2=[ts], fname2="Timesheet November 2026 - Ashworth.pdf")


def en_word_terms_page():
    S = {"name": "Dan Whitfield Electrical", "addr": ["14 Cotham Vale", "Bristol BS6 6HR"],
         "contact": ["07812 330 941", "dan@whitfieldelectrical.co.uk"]}
    ib = mk.iban(rng, "GB")
    issue = D(2026, 11, 9)
    due = issue + days(14)
    num = "DW-2026-088"
    to = ["Mr Tom Ellery", "9 Redland Grove", "Bristol BS6 6PR"]
    fl = ["Dan Whitfield Electrical · NICEIC Approved Contractor · Not VAT registered"]
    pages, c = invoice(S, "en", "GBP", "word", to, "INVOICE",
                       [("Invoice No.", num), ("Date", dt(issue, "en")), ("Job", "Kitchen rewire")],
                       [("Rewire kitchen ring main and lighting circuit", 1, "", 64000, "0"),
                        ("RCBO consumer unit upgrade (materials)", 1, "", 21850, "0"),
                        ("Electrical Installation Certificate", 1, "", 4500, "0")],
                       ["Payment due within 14 days of the invoice date.",
                        "Bank transfer to D. Whitfield, sort code %s-%s-%s, account %s (IBAN %s)." % (ib[8:10], ib[10:12], ib[12:14], ib[14:], iban_spaced(ib)),
                        "Terms and conditions overleaf."], fl, vat=False, extra_pages=1,
                       words={"net": "Subtotal", "total": "Total due"})
    tc = [["1. Quotations", "Quotations are valid for 30 days and are based on the information available at the time."],
          ["2. Payment", "Unless otherwise stated on the invoice, payment is due within 30 days. Where a job lasts",
           "longer than two weeks, stage payments may be requested. Late payment may incur interest at",
           "8% above the Bank of England base rate under the Late Payment of Commercial Debts Act."],
          ["3. Materials", "Materials remain the property of Dan Whitfield Electrical until paid for in full."],
          ["4. Certification", "Certificates are issued on completion and handed over once the invoice is settled."],
          ["5. Guarantee", "Workmanship is guaranteed for 12 months from completion."]]
    pages.append(text_page(S, "Terms and conditions", tc, 2, 2, "en", fl, size=8.5))
    cover = ("Hi Tom,\n\nThanks again for having us. Attached is the invoice for the kitchen rewire; the certificate will "
             "follow once it's been uploaded to NICEIC.\n\nCheers,\nDan\n\nDan Whitfield Electrical\n07812 330 941")
    rcpt = ["tom.ellery@outlook.com"]
    eml = send("dan@whitfieldelectrical.co.uk", "Dan Whitfield", to_hdr("Tom Ellery", rcpt[0]),
               "Invoice %s - kitchen rewire" % num, issue, text=cover, pdf=True)
    add("en-word-terms-page", "Word-to-PDF", "en", "pdf", "dan@whitfieldelectrical.co.uk", rcpt, eml, pages,
        "Invoice %s Ellery.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Tom Ellery", rcpt[0], ib, False, "en", currency="GBP"),
        note="UK sole trader, no VAT; terms and conditions on page 2 say 30 days 'unless otherwise stated'; the invoice says 14 days.")


def en_zoho_carried_forward():
    S = {"name": "Fernhill Digital Ltd", "addr": ["The Sorting Office, 3 Gold Street", "Northampton NN1 1RA"],
         "contact": ["hello@fernhilldigital.co.uk", "01604 210 887"]}
    ib = mk.iban(rng, "GB")
    issue, due = D(2026, 10, 26), D(2026, 11, 10)
    num = "INV-000318"
    to = ["The Old Mill Bakery Ltd", "Mill Lane", "Olney MK46 4AD"]
    fl = ["Fernhill Digital Ltd · Registered in England & Wales 10455218 · VAT GB 259 7713 04 · IBAN %s" % iban_spaced(ib)]
    L = [("Discovery workshop", 1, "", 45000, "20"), ("Sitemap and wireframes", 1, "", 62000, "20"),
         ("Visual design: home page", 1, "", 54000, "20"), ("Visual design: product pages", 3, "", 18000, "20"),
         ("Visual design: cart and checkout", 1, "", 36000, "20"), ("Shopify theme setup", 1, "", 48000, "20"),
         ("Product import (142 SKUs)", 142, "", 250, "20"), ("Product photography retouch", 60, "", 400, "20"),
         ("Click & collect configuration", 1, "", 28000, "20"), ("Wholesale price list app setup", 1, "", 22000, "20"),
         ("Allergen info template", 1, "", 15000, "20"), ("Newsletter sign-up integration", 1, "", 12000, "20"),
         ("Google Business profile update", 1, "", 8500, "20"), ("Cookie banner and privacy page", 1, "", 9500, "20"),
         ("Speed optimisation", 4, "hrs", 8500, "20"), ("Staff training session", 2, "hrs", 8500, "20"),
         ("Launch support (week 1)", 6, "hrs", 8500, "20"), ("Domain transfer", 1, "", 2500, "20"),
         ("Shopify app: reviews (first year)", 1, "", 9900, "20"), ("Contingency: bug fixes", 3, "hrs", 8500, "20")]
    pages, c = invoice(S, "en", "GBP", "en", to, "INVOICE",
                       [("Invoice#", num), ("Invoice Date", dt(issue, "en", "dmy/")), ("Terms", "Net 15"),
                        ("Due Date", dt(due, "en", "dmy/")), ("P.O.#", "OMB-0931")],
                       L, ["Thank you for your business.", "Bank transfer: Fernhill Digital Ltd, IBAN %s, BIC %sGB2L." % (iban_spaced(ib), ib[4:8])],
                       fl, per_page=11, words={"total": "Total", "carry_out": "Carried forward", "carry_in": "Brought forward"})
    pages[0].text(56, 96, "Balance Due", size=9, bold=True)
    pages[0].text(56, 111, mny(c["total"], "en", "GBP"), size=12, bold=True)
    cover = ("Dear Helen,\n\nThank you for your business.\n\nYour invoice can be viewed, printed and downloaded as PDF from "
             "the link below. You can also choose to pay it online.\n\nINVOICE NO.: %s\nINVOICE DATE: %s\nDUE DATE: %s\n"
             "AMOUNT DUE: %s\n\nThe invoice runs to two pages; the totals are on page 2.\n\nRegards,\nFernhill Digital Ltd"
             % (num, dt(issue, "en", "dmy/"), dt(due, "en", "dmy/"), mny(c["total"], "en", "GBP")))
    rcpt = ["helen@oldmillbakery.co.uk"]
    eml = send("hello@fernhilldigital.co.uk", "Fernhill Digital Ltd", to_hdr("Helen Carter", rcpt[0]),
               "Invoice - %s from Fernhill Digital Ltd" % num, issue, text=cover, pdf=True)
    add("en-zoho-carried-forward", "Zoho Invoice", "en", "pdf", "hello@fernhilldigital.co.uk", rcpt, eml, pages,
        "%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "The Old Mill Bakery Ltd", rcpt[0], ib, True, "en", currency="GBP"),
        note="UK; 20 lines over two pages, 'Carried forward' / 'Brought forward' subtotals, totals only on page 2.")


def en_xero_quote_before():
    S = {"name": "Kestrel Joinery Ltd", "addr": ["Yard 3, Brewery Road", "Hoddesdon EN11 8HF"],
         "contact": ["01992 440 712", "office@kestreljoinery.co.uk"]}
    ib = mk.iban(rng, "GB")
    issue, due = D(2026, 12, 2), D(2026, 12, 16)
    num = "INV-1156"
    to = ["Mr and Mrs Pennington", "The Granary, Church Lane", "Great Amwell SG12 9SP"]
    fl = ["Kestrel Joinery Ltd · Company No. 07721934 · VAT Reg No. GB 190 3381 77 · IBAN %s" % iban_spaced(ib)]
    qlines = [("Oak staircase, supply and fit", 1, "", 420000, "20"),
              ("Oak handrail and spindles", 1, "", 60000, "20")]
    pages, c = invoice(S, "en", "GBP", "en", to, "TAX INVOICE",
                       [("Invoice Date", dt(issue, "en", "short-en")), ("Invoice Number", num), ("Reference", "QU-0087"),
                        ("Due Date", dt(due, "en", "short-en"))],
                       qlines + [("Additional: oak newel cap and landing trim", 1, "", 38500, "20")],
                       ["Due Date: %s" % dt(due, "en", "short-en"),
                        "Bank: Kestrel Joinery Ltd · IBAN %s · please quote %s" % (iban_spaced(ib), num)], fl,
                       words={"total": "TOTAL GBP"})
    q, qc = invoice(S, "en", "GBP", "en", to, "QUOTE",
                    [("Date", "14 Aug 2026"), ("Expiry", "13 Sep 2026"), ("Quote Number", "QU-0087")],
                    qlines, ["Accepted by: J. Pennington   Date: 20/08/2026", "Lead time approximately 10 weeks from acceptance."],
                    fl, words={"total": "TOTAL GBP"})
    cover = ("Hi both,\n\nHere's invoice %s for GBP %s.\n\nThe amount outstanding of GBP %s is due on %s.\n\n"
             "For reference I've attached our original quote QU-0087 (GBP %s) as well; the only addition is the newel cap "
             "and landing trim we agreed on site.\n\nView your bill online: %s\n\nThanks,\nKestrel Joinery Ltd"
             % (num, money(c["total"], "en"), money(c["total"], "en"), dt(due, "en", "short-en"),
                money(qc["total"], "en"), xero_link()))
    rcpt = ["pennington.granary@gmail.com"]
    eml = send("office@kestreljoinery.co.uk", "Kestrel Joinery Ltd", to_hdr("Pennington", rcpt[0]),
               "Invoice %s from Kestrel Joinery Ltd" % num, issue, text=cover, pdf=True, pdf2="before")
    add("en-xero-quote-before", "Xero", "en", "pdf", "office@kestreljoinery.co.uk", rcpt, eml, pages, "Invoice %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Mr and Mrs Pennington", rcpt[0], ib, False, "en", currency="GBP"),
        note="UK; the accepted quote QU-0087 with its own GBP total comes first; the invoice's 'Reference' is the quote number, not a payment reference.",
        pages2=q, fname2="Quote QU-0087.pdf")


def en_typed_tutor():
    issue, due = D(2026, 11, 30), D(2026, 12, 7)
    num = "24"
    body = ("Hi Daniel,\n\nHere is the invoice for Amara's maths lessons in November. Invoice #23 for October was paid "
            "on 4 November, thank you! The lesson on 26 November was moved to 3 December, so it will be on next month's "
            "invoice.\n\n"
            "INVOICE No. 24\n"
            "Date: 30 November 2026\n"
            "To: Mr Daniel Okafor, 41 Hamilton Road, Reading RG1 5RA\n"
            "From: Ruth Adeyemi, Maths Tuition, 7 Cintra Avenue, Reading RG2 7AU\n\n"
            "GCSE maths tuition, 3, 10, 17 and 24 November: 4 x 1 hr @ £38.00 = £152.00\n"
            "Mock exam paper marked with written feedback: £20.00\n"
            "TOTAL DUE: £172.00\n\n"
            "Please pay by 7 December 2026 by bank transfer:\n"
            "Account name: R Adeyemi\nSort code: 20-45-77\nAccount number: 63918274\n"
            "Payment reference: Amara Nov\n\n"
            "Many thanks,\nRuth")
    rcpt = ["d.okafor@yahoo.co.uk"]
    eml = send("ruth.adeyemi.tuition@gmail.com", "Ruth Adeyemi", to_hdr("Daniel Okafor", rcpt[0]),
               "Invoice #24 - November lessons", issue, text=body)
    add("en-typed-tutor", "typed in the mail", "en", "body-text", "ruth.adeyemi.tuition@gmail.com", rcpt, eml,
        exp=mk.expected(num, 17200, 17200, issue, due, "Daniel Okafor", rcpt[0], None, False, "en",
                        reference="Amara Nov", currency="GBP"),
        note="UK, typed in the mail; the previous invoice #23 is named as paid; a sort code and account number, no IBAN; a labelled 'Reference'.")


def en_freshbooks_time_log():
    S = {"name": "Maya Lindqvist Copywriting", "addr": ["Flat 2, 19 Clifton Hill", "Brighton BN1 3HQ"],
         "contact": ["maya@lindqvistcopy.co.uk"]}
    ib = mk.iban(rng, "GB")
    issue, due = D(2026, 10, 5), D(2026, 11, 4)
    num = "0000128"
    to = ["Brightwave Travel Ltd", "Ruth Tan, Marketing", "88 Queens Road", "Brighton BN1 3XE"]
    fl = ["Maya Lindqvist Copywriting · VAT GB 402 1877 39 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "en", "GBP", "en", to, "Invoice",
                       [("Invoice Number", num), ("Date of Issue", dt(issue, "en", "dmy/")), ("Due Date", dt(due, "en", "dmy/")),
                        ("Reference", "Winter brochure 2027")],
                       [("Copywriting: winter brochure", "18.25", "hrs", 6500, "20"),
                        ("Proofreading supplier pages", "3.5", "hrs", 4500, "20")],
                       ["Payment by bank transfer to IBAN %s." % iban_spaced(ib), "Time log attached on page 2."], fl,
                       to_label="Billed To", words={"total": "Amount Due (GBP)"}, extra_pages=1)
    tcols = [("Date", 56, "L"), ("Task", 130, "L"), ("Hours", 539, "R")]
    rows = [("01/09/2026", "Briefing call", "1.00"), ("03/09/2026", "Research destinations", "2.50"),
            ("08/09/2026", "Draft: Lapland, Tromsø", "4.25"), ("10/09/2026", "Draft: Iceland, Swiss Alps", "4.00"),
            ("15/09/2026", "Revisions round 1", "3.00"), ("22/09/2026", "Revisions round 2", "2.00"),
            ("24/09/2026", "Final edits", "1.50"), ("29/09/2026", "Proofreading supplier pages", "3.50")]
    p2, _ = table_page(S, "Time Log", ["Invoice %s · Brightwave Travel Ltd" % num], tcols, rows,
                       [("Total", "", "21.75")], 2, 2, "en", fl)
    pages.append(p2)
    cover = ("Maya Lindqvist Copywriting sent you an invoice (%s) for %s that's due on %s.\n\n"
             "Hi Ruth, here's the invoice for the winter brochure, with the time log on page 2. Thanks, Maya\n\n"
             "View Invoice: https://my.freshbooks.com/#/link/%s\n\nSent using FreshBooks"
             % (num, mny(c["total"], "en", "GBP"), dt(due, "en", "us"),
                "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(24))))
    rcpt = ["ruth.tan@brightwavetravel.co.uk"]
    eml = send("maya@lindqvistcopy.co.uk", "Maya Lindqvist Copywriting", to_hdr("Ruth Tan", rcpt[0]),
               "Maya Lindqvist Copywriting sent you an invoice (%s)" % num, issue, text=cover, pdf=True)
    add("en-freshbooks-time-log", "FreshBooks", "en", "pdf", "maya@lindqvistcopy.co.uk", rcpt, eml, pages,
        "Invoice_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Brightwave Travel Ltd", rcpt[0], ib, True, "en", currency="GBP"),
        note="UK; a time log on page 2 with its own total of hours; the contact's name under the company in 'Billed To'.")


def en_html_catering_delivery():
    ib = mk.iban(rng, "GB")
    issue = D(2026, 12, 8)
    due = issue + days(14)
    num = "SAT-2026-061"
    c = compute([("Working lunch buffet, 24 covers", 24, "", 1450, "20"),
                 ("Vegan and gluten-free platters", 6, "", 1450, "20"),
                 ("Tea, coffee and juices (all day)", 30, "", 350, "20"),
                 ("Delivery and collection", 1, "", 2500, "20")])
    rows = "".join("<tr><td>%s</td><td align=\"center\">%s</td><td align=\"right\">£%s</td><td align=\"right\">£%s</td></tr>\n"
                   % (d, q, money(u, "en"), money(n, "en")) for d, q, _, u, _, n in c["lines"])
    html = ("<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n<p>Good afternoon Priya,</p>\n"
            "<p>Thank you for choosing us for the partners' meeting on 4 December. Please see our invoice below; the "
            "signed delivery note is attached for your PO 7781.</p>\n"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr><td colspan=\"4\"><b>INVOICE %s</b> &nbsp; Date: 08/12/2026 &nbsp; Your PO: 7781</td></tr>\n"
            "<tr><td colspan=\"4\">Invoice to: Pennine Legal LLP, Accounts Payable, 40 King Street, Manchester M2 6BA</td></tr>\n"
            "<tr><th>Item</th><th>Qty</th><th>Unit</th><th>Total</th></tr>\n%s"
            "<tr><td colspan=\"3\" align=\"right\">Net</td><td align=\"right\">£%s</td></tr>\n"
            "<tr><td colspan=\"3\" align=\"right\">VAT @ 20%%</td><td align=\"right\">£%s</td></tr>\n"
            "<tr><td colspan=\"3\" align=\"right\"><b>Total</b></td><td align=\"right\"><b>£%s</b></td></tr>\n</table>\n"
            "<p>Terms: 14 days from the invoice date. Bank: Saffron &amp; Thyme Catering Ltd, sort code %s-%s-%s, "
            "account %s, IBAN %s.</p>\n"
            "<p>Kind regards,<br>Leila Haddad<br>Saffron &amp; Thyme Catering Ltd<br>Unit 9, Jersey Street, Manchester M4 6JB"
            "<br>VAT No. GB 330 8719 52</p>\n</div>"
            % (num, rows, money(c["net"], "en"), money(c["vat"], "en"), money(c["total"], "en"),
               ib[8:10], ib[10:12], ib[12:14], ib[14:], iban_spaced(ib)))
    S = {"name": "Saffron & Thyme Catering Ltd", "addr": ["Unit 9, Jersey Street", "Manchester M4 6JB"], "contact": ["0161 228 0917"]}
    dn = Page()
    letterhead(dn, S, "din")
    dn.text(56, 140, "DELIVERY NOTE  DN-2026-0412", size=14, bold=True)
    metablock(dn, [("Delivered", "04/12/2026 11:40"), ("Customer PO", "7781"), ("Event", "Partners' meeting")], 56, 165, 150)
    address(dn, ["Pennine Legal LLP", "40 King Street", "Manchester M2 6BA"], 340, 165, size=9)
    dcols = [("Item", 56, "L"), ("Qty", 539, "R")]
    y = draw_head(dn, 240, dcols)
    for d, q, _, _, _, _ in c["lines"][:3]:
        y = draw_row(dn, y, dcols, (d, str(q)))
    dn.text(56, y + 30, "Received in good order: P. Sharma (reception), 04/12/2026", size=9)
    dn.text(56, y + 44, "Collection of platters and urns: 16:30", size=9)
    rcpt = ["accounts.payable@penninelegal.co.uk", "p.sharma@penninelegal.co.uk"]
    eml = send("leila@saffronandthyme.co.uk", "Saffron & Thyme Catering",
               "%s, %s" % (rcpt[0], to_hdr("Priya Sharma", rcpt[1])), "Invoice %s - PO 7781" % num, issue, html=html,
               pdf2="after")
    add("en-html-catering-delivery", "Outlook (HTML table)", "en", "body-html", "leila@saffronandthyme.co.uk", rcpt, eml,
        exp=mk.expected(num, c["total"], c["total"], issue, due, "Pennine Legal LLP", rcpt[0], ib, True, "en", currency="GBP"),
        note="UK; the invoice is an HTML table in the body; the attached PDF is the signed delivery note with quantities only; two recipients, accounts first.",
        pages2=[dn], fname2="Delivery note DN-2026-0412.pdf")


def ie_xero_photo_report():
    S = {"name": "Greenfield Landscapes", "addr": ["Rathcoffey Road", "Maynooth, Co. Kildare W23 K8P2"],
         "contact": ["01 628 4471", "accounts@greenfieldlandscapes.ie"]}
    ib = mk.iban(rng, "IE")
    issue, due = D(2026, 10, 12), D(2026, 11, 11)
    num = "INV-2231"
    to = ["St. Brigid's GAA Club", "Attn: Club Treasurer", "Church Road", "Celbridge, Co. Kildare W23 X5Y1"]
    fl = ["Greenfield Landscapes Ltd · CRO 612877 · VAT IE 3398127KH · IBAN %s · BIC %sIE2D" % (iban_spaced(ib), ib[4:8])]
    pages, c = invoice(S, "en", "EUR", "en", to, "TAX INVOICE",
                       [("Invoice Date", dt(issue, "en", "short-en")), ("Invoice Number", num), ("Reference", "Pitch 2 drainage"),
                        ("Due Date", dt(due, "en", "short-en"))],
                       [("Slit drainage pitch 2 (per metre)", 640, "m", 450, "13.5"),
                        ("Sand dressing, 60 tonnes", 60, "t", 3800, "13.5"),
                        ("Overseeding and rolling", 1, "", 124000, "13.5")],
                       ["Please pay by EFT to Greenfield Landscapes Ltd, IBAN %s." % iban_spaced(ib),
                        "Photo report of the works attached (page 2)."], fl, words={"total": "TOTAL EUR"}, extra_pages=1)
    pages.append(photo_page(S, "Photo report – Pitch 2 drainage, 28 Sep – 7 Oct 2026",
                            ["1. Slit trenching, north end", "2. Sand band in trench", "3. Sand dressing spread",
                             "4. Overseeded surface, 7 Oct"], 2, 2, "en", fl))
    cover = ("Hi Declan,\n\nHere's invoice %s for EUR %s.\n\nThe amount outstanding of EUR %s is due on %s.\n\n"
             "I've included a few photos of the drainage works on the second page for the committee.\n\n"
             "View your bill online: %s\n\nThanks,\nGreenfield Landscapes"
             % (num, money(c["total"], "en"), money(c["total"], "en"), dt(due, "en", "short-en"), xero_link()))
    rcpt = ["treasurer.stbrigids.kildare@gaa.ie"]
    eml = send("accounts@greenfieldlandscapes.ie", "Greenfield Landscapes", to_hdr("Declan Fahy", rcpt[0]),
               "Invoice %s from Greenfield Landscapes for St. Brigid's GAA Club" % num, issue, text=cover, pdf=True)
    add("ie-xero-photo-report", "Xero", "en", "pdf", "accounts@greenfieldlandscapes.ie", rcpt, eml, pages,
        "Invoice %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "St. Brigid's GAA Club", rcpt[0], ib, True, "en"),
        note="Ireland, EUR, VAT 13.5%; a photo report on page 2; the contact's name in the To header is the treasurer, the invoice names the club.")


def ie_qbo_service_report():
    S = {"name": "Corrib IT Services Ltd", "addr": ["Unit 12, Galway Technology Park", "Parkmore, Galway H91 P2DK"],
         "contact": ["091 770 318", "billing@corribit.ie"]}
    ib = mk.iban(rng, "IE")
    issue = D(2026, 11, 18)
    due = issue
    num = "2044"
    to = ["Kilbride Veterinary Clinic Ltd", "Dublin Road", "Oranmore, Co. Galway H91 E4T6"]
    fl = ["Corrib IT Services Ltd · CRO 588120 · VAT IE 9711280S · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "en", "EUR", "en", to, "INVOICE",
                       [("INVOICE", num), ("DATE", dt(issue, "en", "dmy/")), ("TERMS", "Due on receipt"),
                        ("DUE DATE", dt(due, "en", "dmy/"))],
                       [("On-site support 17/11 (ticket TCK-5521)", 3, "hrs", 8500, "23"),
                        ("Replacement SSD 1TB, reception PC", 1, "", 11900, "23"),
                        ("Call-out charge", 1, "", 6000, "23")],
                       ["Pay by bank transfer to IBAN %s, BIC %sIE2D." % (iban_spaced(ib), ib[4:8])], fl,
                       to_label="BILL TO", words={"total": "BALANCE DUE"})
    sr = Page()
    letterhead(sr, S, "din")
    sr.text(56, 140, "SERVICE REPORT  SR-5521", size=14, bold=True)
    metablock(sr, [("Ticket", "TCK-5521"), ("Customer no.", "C-0193"), ("Date", "17/11/2026"), ("Technician", "Eoin Walsh")],
              56, 165, 150)
    for j, ln in enumerate(["Reported: reception PC will not boot, practice software unavailable.",
                            "Found: SSD failure (SMART errors). Replaced SSD, restored image from nightly backup.",
                            "Practice software and label printer tested with staff. Backup job verified.",
                            "Time on site: 09:10 - 12:05 (3 hrs billed)."]):
        sr.text(56, 240 + 13 * j, ln, size=9)
    sr.text(56, 320, "Signed on behalf of customer: Dr. Aoife Kilbride", size=9, bold=True)
    foot(sr, fl)
    cover = ("Dear Dr. Kilbride,\n\nThank you for your business. Your invoice %s for ticket TCK-5521 (customer no. C-0193) is "
             "attached, with the service report SR-5521 from Eoin's visit.\n\nHave a great day!\nCorrib IT Services Ltd"
             % num)
    rcpt = ["admin@kilbridevets.ie"]
    eml = send("billing@corribit.ie", "Corrib IT Services Ltd", to_hdr("Kilbride Veterinary Clinic", rcpt[0]),
               "Invoice %s from Corrib IT Services Ltd" % num, issue, text=cover, pdf=True, pdf2="after")
    add("ie-qbo-service-report", "QuickBooks", "en", "pdf", "billing@corribit.ie", rcpt, eml, pages,
        "Invoice_%s_from_Corrib_IT_Services_Ltd.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Kilbride Veterinary Clinic Ltd", rcpt[0], ib, True, "en"),
        note="Ireland, VAT 23%; 'Due on receipt'; a service report SR-5521 after the invoice; the cover names the ticket and the customer number.",
        pages2=[sr], fname2="Service report SR-5521.pdf")


def ie_word_cover_letter():
    S = {"name": "Niamh Gallagher Architectural Design", "addr": ["The Old Bank, Main Street", "Bandon, Co. Cork P72 XT66"],
         "contact": ["023 884 1920", "niamh@ngdesign.ie"]}
    ib = mk.iban(rng, "IE")
    issue = D(2026, 11, 3)
    due = issue + days(21)
    num = "NG-26-034"
    to = ["Ciarán & Aoife Brennan", "Knocknacurra", "Innishannon, Co. Cork T12 R9W4"]
    fl = ["Niamh Gallagher Architectural Design · MRIAI · VAT IE 4127733TH · IBAN %s" % iban_spaced(ib)]
    letter = letter_page(S, to, dt(issue, "en"), "Re: New dwelling at Knocknacurra – planning ref. 26/1187",
                         [["Further to our fee proposal FP-2026-09 of March last (€6,500 plus VAT for stages 1 to 3),",
                           "I am pleased to enclose our invoice for Stage 2, the planning drawings and application."],
                          ["Stage 1 (invoice NG-26-021) has been settled in full, thank you. Stage 3 will be invoiced",
                           "when the tender drawings are issued."],
                          ["Cork County Council has validated the application and a decision is due in January."]],
                         "Yours sincerely,", ["Niamh Gallagher MRIAI"], 1, 2, "en", fl, style="word",
                         salutation="Dear Ciarán and Aoife,")
    pages, c = invoice(S, "en", "EUR", "word", to, "INVOICE",
                       [("Invoice no.", num), ("Date", dt(issue, "en")), ("Project", "Knocknacurra")],
                       [("Stage 2: planning drawings and application", 1, "", 260000, "23")],
                       ["Payment within 21 days please, by transfer to IBAN %s." % iban_spaced(ib)], fl)
    pageno(pages[0], 2, 2, "en")
    cover = ("Dear Ciarán and Aoife,\n\nPlease find attached a letter and our invoice for Stage 2.\n\n"
             "Kind regards,\nNiamh\n\nNiamh Gallagher MRIAI\nNiamh Gallagher Architectural Design")
    rcpt = ["ciaran.brennan@eircom.net", "aoifebrennan@gmail.com"]
    eml = send("niamh@ngdesign.ie", "Niamh Gallagher", "%s, %s" % (to_hdr("Ciarán Brennan", rcpt[0]), to_hdr("Aoife Brennan", rcpt[1])),
               "Knocknacurra – Stage 2 invoice", issue, text=cover, pdf=True)
    add("ie-word-cover-letter", "Word-to-PDF", "en", "pdf", "niamh@ngdesign.ie", rcpt, eml, [letter] + pages,
        "Letter and invoice NG-26-034.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Ciarán & Aoife Brennan", rcpt[0], ib, False, "en"),
        note="Ireland; a cover letter on page 1 naming the fee proposal's €6,500, a paid earlier invoice and a planning reference; the stage invoice on page 2.")


def ie_typed_musician():
    ib = mk.iban(rng, "IE")
    issue = D(2026, 12, 1)
    due = issue + days(14)
    num = "2026/17"
    body = ("Hi Gráinne,\n\nThanks again for having us for the Christmas party on Saturday. My invoice is below, as per "
            "the booking (your ref. HB-EVT-0934).\n\n"
            "INVOICE 2026/17\n"
            "Date: 01/12/2026\n"
            "Bill to: Hollow Bridge Hotel Ltd, Main Street, Kinsale, Co. Cork\n\n"
            "Live music, 3 x 45 min sets, 28 November 2026 ..... €900.00\n"
            "Travel (Cork – Kinsale return) .................... €40.00\n"
            "Total .............................................. €940.00\n\n"
            "Not registered for VAT.\n"
            "Payment within 14 days to: Seán Ó Murchú, IBAN %s, BIC %sIE2D\n\n"
            "Go raibh maith agat,\nSeán\n\nSeán Ó Murchú – traditional music for weddings & events\n087 412 0938"
            % (iban_spaced(ib), ib[4:8]))
    rcpt = ["events@hollowbridgehotel.ie"]
    eml = send("sean.omurchu.music@gmail.com", "Seán Ó Murchú", to_hdr("Gráinne Collins", rcpt[0]),
               "Invoice 2026/17 – Christmas party 28 Nov", issue, text=body)
    add("ie-typed-musician", "typed in the mail", "en", "body-text", "sean.omurchu.music@gmail.com", rcpt, eml,
        exp=mk.expected(num, 94000, 94000, issue, due, "Hollow Bridge Hotel Ltd", rcpt[0], ib, True, "en"),
        note="Ireland, typed in the mail with dot leaders; a booking reference of the customer's; no VAT.")


def us_qbo_change_order():
    S = {"name": "Pine Ridge Handyman Services LLC", "addr": ["4120 SE Division St", "Portland, OR 97202"],
         "contact": ["(503) 555-0148", "office@pineridgehandyman.com"]}
    issue = D(2026, 10, 21)
    due = issue + days(15)
    num = "1347"
    to = ["Karen Whitaker", "2235 NE Klickitat St", "Portland, OR 97212"]
    fl = ["Pine Ridge Handyman Services LLC · OR CCB #238871 · Pay by check or Zelle to office@pineridgehandyman.com"]
    pages, c = invoice(S, "us", "USD", "en", to, "INVOICE",
                       [("INVOICE #", num), ("DATE", "%02d/%02d/%d" % (issue.month, issue.day, issue.year)), ("TERMS", "Net 15"),
                        ("DUE DATE", "%02d/%02d/%d" % (due.month, due.day, due.year))],
                       [("Deck repair: replace 14 joists and decking", 1, "", 248000, "0"),
                        ("Lumber and fasteners", 1, "", 93650, "0"),
                        ("Change Order #2: rebuild stair stringers", 1, "", 64000, "0")],
                       ["Thank you for your business! Checks payable to Pine Ridge Handyman Services LLC."], fl,
                       vat=False, to_label="BILL TO", words={"total": "BALANCE DUE"})
    co = Page()
    letterhead(co, S, "din")
    co.text(56, 140, "CHANGE ORDER #2", size=14, bold=True)
    metablock(co, [("Project", "Deck repair, 2235 NE Klickitat"), ("Original contract", "$3,416.50"),
                   ("Date", "10/08/2026")], 56, 165, 150)
    for j, ln in enumerate(["Description of change: stair stringers found rotted when decking was removed.",
                            "Remove and rebuild stair stringers (4 steps), pressure-treated, with new hangers.",
                            "Change in contract price: + $640.00",
                            "Revised contract total: $4,056.50",
                            "Change in schedule: + 1 day"]):
        co.text(56, 230 + 14 * j, ln, size=9.5)
    co.text(56, 330, "Approved by owner: Karen Whitaker   Date: 10/08/2026", size=9.5, bold=True)
    co.text(56, 346, "Contractor: Mike Dorsey, Pine Ridge Handyman Services LLC", size=9.5)
    foot(co, fl)
    cover = ("Dear Karen,\n\nPlease find the signed Change Order #2 and our invoice %s attached. The balance of %s is "
             "due %s.\n\nWe appreciate your business.\n\nSincerely,\nPine Ridge Handyman Services LLC"
             % (num, mny(c["total"], "us", "USD"), dt(due, "us")))
    rcpt = ["kwhitaker@comcast.net"]
    eml = send("office@pineridgehandyman.com", "Pine Ridge Handyman Services LLC", to_hdr("Karen Whitaker", rcpt[0]),
               "Invoice %s from Pine Ridge Handyman Services LLC" % num, issue, text=cover, pdf=True, pdf2="before")
    add("us-qbo-change-order", "QuickBooks", "en", "pdf", "office@pineridgehandyman.com", rcpt, eml, pages,
        "Invoice_%s_from_Pine_Ridge_Handyman_Services_LLC.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Karen Whitaker", rcpt[0], None, False, "en", currency="USD"),
        note="US, month-first dates, no sales tax (Oregon), no IBAN; the signed change order with a revised contract total comes first.",
        pages2=[co], fname2="Change Order 2 - signed.pdf")


def us_freshbooks_po_timesheet():
    S = {"name": "Harper Lane Design", "addr": ["1701 S Congress Ave, Suite 210", "Austin, TX 78704"],
         "contact": ["harper@harperlanedesign.com", "(512) 555-0193"]}
    issue, due = D(2026, 10, 15), D(2026, 11, 14)
    num = "0000141"
    to = ["Bluebonnet Dental Group PLLC", "Attn: Accounts Payable", "8400 Burnet Rd", "Austin, TX 78757"]
    fl = ["Harper Lane Design · ACH: Frost Bank, routing 114000093, account ending 4471"]
    pages, c = invoice(S, "us", "USD", "en", to, "Invoice",
                       [("Invoice Number", num), ("Date of Issue", "%02d/%02d/%d" % (issue.month, issue.day, issue.year)),
                        ("Due Date", "%02d/%02d/%d" % (due.month, due.day, due.year)), ("PO Number", "2026-0518")],
                       [("Patient brochure redesign", "22.5", "hrs", 9500, "0"),
                        ("Stock photography license (3 images)", 3, "", 4900, "0")],
                       ["Payment by ACH or check. Thank you!"], fl, vat=False, to_label="Billed To",
                       words={"total": "Amount Due (USD)"})
    tcols = [("Date", 56, "L"), ("Task", 140, "L"), ("Hours", 539, "R")]
    rows = [("09/22/2026", "Kickoff and content review", "2.0"), ("09/24/2026", "Layout concepts (3)", "6.0"),
            ("09/30/2026", "Revisions to concept B", "4.5"), ("10/05/2026", "Final layout, 12 pages", "7.0"),
            ("10/09/2026", "Print prep and proofs", "3.0")]
    ts, _ = table_page(S, "Timesheet", ["Project: Patient brochure redesign · PO 2026-0518"], tcols, rows,
                       [("Total", "", "22.5")], 1, 1, "us")
    cover = ("Harper Lane Design sent you an invoice (%s) for %s that's due on %s.\n\n"
             "Hi Tanya, attached is the invoice for the brochure under PO 2026-0518, plus the timesheet. Invoice 0000127 "
             "for the logo refresh is still showing as open on my end; no rush, just flagging it.\n\n"
             "View Invoice: https://my.freshbooks.com/#/link/%s\n\nSent using FreshBooks"
             % (num, mny(c["total"], "us", "USD"), dt(due, "us"),
                "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(24))))
    rcpt = ["ap@bluebonnetdental.com"]
    eml = send("harper@harperlanedesign.com", "Harper Lane Design", to_hdr("Bluebonnet Dental AP", rcpt[0]),
               "Harper Lane Design sent you an invoice (%s)" % num, issue, text=cover, pdf=True, pdf2="after")
    add("us-freshbooks-po-timesheet", "FreshBooks", "en", "pdf", "harper@harperlanedesign.com", rcpt, eml, pages,
        "Invoice_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Bluebonnet Dental Group PLLC", rcpt[0], None, True, "en",
                    currency="USD"),
        note="US; the cover names a PO and an older open invoice 0000127; a timesheet follows as a second PDF; ACH details, no IBAN.",
        pages2=[ts], fname2="Timesheet_Bluebonnet.pdf")


def us_zoho_packing_slip():
    S = {"name": "Sweet Fern Bakery", "addr": ["62 Pine Street", "Burlington, VT 05401"],
         "contact": ["wholesale@sweetfernbakery.com", "(802) 555-0172"]}
    issue = D(2026, 12, 10)
    due = issue + days(7)
    num = "INV-000587"
    to = ["Maple Street Café LLC", "19 Maple Street", "Winooski, VT 05404"]
    fl = ["Sweet Fern Bakery · Wholesale terms Net 7 · Checks payable to Sweet Fern Bakery"]
    lines = [("Sourdough loaves", 36, "", 475, "0"), ("Croissants, butter", 120, "", 185, "0"),
             ("Morning buns", 60, "", 225, "0"), ("Gingerbread cookies (holiday)", 80, "", 150, "0")]
    pages, c = invoice(S, "us", "USD", "en", to, "INVOICE",
                       [("Invoice#", num), ("Invoice Date", "%02d/%02d/%d" % (issue.month, issue.day, issue.year)),
                        ("Terms", "Net 7"), ("Due Date", "%02d/%02d/%d" % (due.month, due.day, due.year)),
                        ("Sales Order#", "SO-00398")],
                       lines, ["Wholesale bakery items for resale: no sales tax (resale certificate on file)."], fl,
                       vat=False, words={"total": "Total"})
    ps = Page()
    letterhead(ps, S, "en")
    ps.text(56, 70, "PACKAGE", size=20, bold=True)
    address(ps, to, 56, 160, size=9.5, label="Ship To")
    metablock(ps, [("Package#", "PKG-00412"), ("Ship Date", "12/09/2026"), ("Sales Order#", "SO-00398")], 330, 160,
              right=True, bold_labels=True)
    pcols = [("Item & Description", 56, "L"), ("Qty", 539, "R")]
    y = draw_head(ps, 280, pcols)
    for d, q, _, _, _ in lines:
        y = draw_row(ps, y, pcols, (d, str(q)))
    ps.text(56, y + 30, "Received by: ____________________", size=9)
    cover = ("Dear Maple Street Café,\n\nThanks for your order SO-00398. The packing slip for Wednesday's delivery and "
             "the invoice are attached.\n\nINVOICE NO.: %s\nDUE DATE: %s\nAMOUNT DUE: %s\n\nRegards,\nSweet Fern Bakery"
             % (num, "%02d/%02d/%d" % (due.month, due.day, due.year), mny(c["total"], "us", "USD")))
    rcpt = ["orders@maplestreetcafe.com"]
    eml = send("wholesale@sweetfernbakery.com", "Sweet Fern Bakery", to_hdr("Maple Street Café", rcpt[0]),
               "Invoice - %s from Sweet Fern Bakery" % num, issue, text=cover, pdf=True, pdf2="before")
    add("us-zoho-packing-slip", "Zoho Invoice", "en", "pdf", "wholesale@sweetfernbakery.com", rcpt, eml, pages,
        "%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Maple Street Café LLC", rcpt[0], None, True, "en", currency="USD"),
        note="US; the packing slip (quantities only) comes first; a sales order number beside the invoice number; Net 7.",
        pages2=[ps], fname2="PKG-00412.pdf")


# =======================================================================================
# German invoices (DE, AT, CH)


def de_lexoffice_leistungsnachweis():
    S = {"name": "Malerbetrieb Sommer", "addr": ["Karl-Heine-Straße 61", "04229 Leipzig"],
         "contact": ["Tel. 0341 4 92 18 70", "rechnung@maler-sommer.de"],
         "sender_line": "Malerbetrieb Sommer · Karl-Heine-Straße 61 · 04229 Leipzig"}
    ib = mk.iban(rng, "DE")
    issue = D(2026, 10, 22)
    due = issue + days(14)
    num = "RE2026-0187"
    to = ["Herrn", "Matthias Lindner", "Gohliser Straße 14", "04155 Leipzig"]
    fl = ["Malerbetrieb Sommer, Inh. Frank Sommer · Steuernr. 232/214/08871 · USt-IdNr. DE318827451",
          "Sparkasse Leipzig · IBAN %s · BIC WELADE8LXXX" % iban_spaced(ib)]
    lines = [("Wände streichen, Dispersion weiß", 86, "m²", 1250, "19"),
             ("Decken streichen", 24, "m²", 1450, "19"),
             ("Türen lackieren inkl. Zargen", 4, "Stk.", 8500, "19"),
             ("Material (Farbe, Abdeckung, Lack)", 1, "psch.", 31280, "19")]
    pages, c = invoice(S, "de", "EUR", "din", to, "Rechnung",
                       [("Rechnungsnr.", num), ("Rechnungsdatum", dt(issue, "de")), ("Kundennr.", "10388"),
                        ("Leistungsdatum", "12.10.–16.10.2026"), ("Auftrag", "A-2026-066")],
                       lines, ["Zahlbar innerhalb von 14 Tagen ohne Abzug.",
                               "In der Rechnungssumme sind Arbeitskosten (Lohn) gem. § 35a EStG von 1.520,00 € netto",
                               "bzw. 1.808,80 € brutto enthalten."], fl, pos=True,
                       intro=["Sehr geehrter Herr Lindner,", "für die ausgeführten Malerarbeiten in Ihrer Wohnung berechnen wir Ihnen:"])
    ln = Page()
    letterhead(ln, S, "din")
    ln.text(56, 140, "Leistungsnachweis zu Auftrag A-2026-066", size=13, bold=True)
    ln.text(56, 158, "Kunde: Matthias Lindner, Gohliser Straße 14, 04155 Leipzig · Angebot AN-2026-052", size=9)
    lcols = [("Datum", 56, "L"), ("Mitarbeiter", 120, "L"), ("Tätigkeit", 220, "L"), ("Std.", 539, "R")]
    y = draw_head(ln, 190, lcols)
    for r in [("12.10.", "F. Sommer", "Abdecken, Spachteln", "8,0"), ("12.10.", "K. Beyer", "Abdecken, Spachteln", "8,0"),
              ("13.10.", "K. Beyer", "Wände 1. Anstrich", "8,0"), ("14.10.", "K. Beyer", "Wände 2. Anstrich, Decken", "8,0"),
              ("15.10.", "F. Sommer", "Türen schleifen, lackieren", "6,5"), ("16.10.", "K. Beyer", "Türen 2. Lack, Endreinigung", "7,5")]:
        y = draw_row(ln, y, lcols, r)
    draw_row(ln, y + 4, lcols, ("", "", "Summe Stunden", "46,0"), bold=True)
    ln.text(56, y + 50, "Leistung erbracht und abgenommen:", size=9, bold=True)
    ln.text(56, y + 66, "Leipzig, 16.10.2026   gez. M. Lindner (Auftraggeber)    gez. F. Sommer", size=9)
    foot(ln, fl)
    cover = ("Sehr geehrter Herr Lindner,\n\nanbei erhalten Sie unsere Rechnung %s zu Auftrag A-2026-066 (Angebot "
             "AN-2026-052) sowie den von Ihnen unterschriebenen Leistungsnachweis.\n\nVielen Dank für Ihren Auftrag!\n\n"
             "Mit freundlichen Grüßen\nFrank Sommer\nMalerbetrieb Sommer" % num)
    rcpt = ["m.lindner@web.de"]
    eml = send("rechnung@maler-sommer.de", "Malerbetrieb Sommer", to_hdr("Matthias Lindner", rcpt[0]),
               "Rechnung %s" % num, issue, text=cover, pdf=True, pdf2="after")
    add("de-lexoffice-leistungsnachweis", "lexoffice", "de", "pdf", "rechnung@maler-sommer.de", rcpt, eml, pages,
        "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Matthias Lindner", rcpt[0], ib, False, "de"),
        note="A signed Leistungsnachweis (hours) after the invoice; the invoice prints § 35a labour costs (net and gross) beside its total; Auftrag and Angebot numbers.",
        pages2=[ln], fname2="Leistungsnachweis_A-2026-066.pdf")


def de_sevdesk_stundennachweis():
    S = {"name": "Jana Kowalski IT-Consulting", "addr": ["Venloer Straße 240", "50823 Köln"],
         "contact": ["+49 221 9 87 45 10", "buchhaltung@kowalski-it.de"],
         "sender_line": "Jana Kowalski IT-Consulting · Venloer Straße 240 · 50823 Köln"}
    ib = mk.iban(rng, "DE")
    issue = D(2026, 11, 2)
    due = issue + days(30)
    num = "RE-1086"
    to = ["Rheinwerk Logistik GmbH", "Kreditorenbuchhaltung", "Industriestraße 131", "50996 Köln"]
    fl = ["Jana Kowalski IT-Consulting · USt-IdNr. DE301447821 · Commerzbank · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "de", "EUR", "din", to, "Rechnung %s" % num,
                       [("Rechnungsdatum", dt(issue, "de")), ("Lieferdatum", "Oktober 2026"), ("Kundennummer", "1007"),
                        ("Ihre Bestellnr.", "4700031182")],
                       [("IT-Beratung Projekt WMS-Migration", "64.5", "Std.", 9500, "19"),
                        ("Reisekosten Düsseldorf (pauschal)", 2, "", 4500, "19")],
                       ["Zahlungsziel: 30 Tage ab Rechnungsdatum.",
                        "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer auf",
                        "das unten angegebene Konto. Stundennachweis siehe Anlage (Seiten 2 und 3)."],
                       fl, extra_pages=2)
    hcols = [("Datum", 56, "L"), ("Tätigkeit", 120, "L"), ("Stunden", 539, "R")]
    days_ = [("01.10.", "Kick-off, Anforderungsaufnahme", "6,0"), ("02.10.", "Ist-Analyse Lagerprozesse", "8,0"),
             ("06.10.", "Datenmodell Altsystem", "7,5"), ("07.10.", "Migrationskonzept", "8,0"),
             ("08.10.", "Abstimmung IT, Schnittstellen", "4,0"), ("13.10.", "Testmigration Stammdaten", "8,0"),
             ("14.10.", "Fehleranalyse, Mapping", "6,5")]
    days2 = [("20.10.", "Testmigration Bestände (Düsseldorf)", "8,0"), ("21.10.", "Abnahme Testlauf (Düsseldorf)", "5,0"),
             ("27.10.", "Dokumentation", "3,5")]
    p2, _ = table_page(S, "Stundennachweis Oktober 2026", ["Projekt WMS-Migration · Bestellnr. 4700031182"], hcols, days_, [], 2, 3, "de", fl)
    p3, _ = table_page(S, "Stundennachweis Oktober 2026 (Fortsetzung)", [], hcols, days2, [("", "Summe", "64,5")], 3, 3, "de", fl)
    pages += [p2, p3]
    cover = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung %s für Oktober zu Ihrer Bestellung "
             "4700031182 (Projekt WMS-Migration). Den Stundennachweis finden Sie auf den Seiten 2 und 3.\n\n"
             "Mit freundlichen Grüßen\nJana Kowalski" % num)
    rcpt = ["kreditoren@rheinwerk-logistik.de"]
    eml = send("buchhaltung@kowalski-it.de", "Jana Kowalski IT-Consulting", rcpt[0],
               "Rechnung %s - Bestellnr. 4700031182" % num, issue, text=cover, pdf=True)
    add("de-sevdesk-stundennachweis", "sevDesk", "de", "pdf", "buchhaltung@kowalski-it.de", rcpt, eml, pages,
        "Rechnung-%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Rheinwerk Logistik GmbH", rcpt[0], ib, True, "de"),
        note="Invoice on page 1, a two-page Stundennachweis after it; a purchase order number in meta and subject; only a term.")


def de_billomat_lieferschein():
    S = {"name": "Getränkehandel Ostermann", "addr": ["Hafenweg 22", "48155 Münster"],
         "contact": ["0251 6 18 40 20", "buchhaltung@ostermann-getraenke.de"],
         "sender_line": "Getränkehandel Ostermann e.K. · Hafenweg 22 · 48155 Münster"}
    ib = mk.iban(rng, "DE")
    issue, due = D(2026, 11, 9), D(2026, 11, 23)
    num = "RE1190"
    to = ["Café Kornblume UG (haftungsbeschränkt)", "Rosenplatz 5", "48143 Münster"]
    fl = ["Getränkehandel Ostermann e.K. · HRA 8812 AG Münster · USt-IdNr. DE124578113 · IBAN %s" % iban_spaced(ib)]
    lines = [("Mineralwasser still 12 x 0,7 l", 10, "Kiste", 690, "19"),
             ("Apfelschorle 20 x 0,33 l", 6, "Kiste", 1480, "19"),
             ("Pfand Kisten/Flaschen", 16, "", 330, "19"),
             ("Vollmilch 3,8 % 1 l", 24, "Stk.", 139, "7"),
             ("Hafer-Drink Barista 1 l", 12, "Stk.", 249, "7")]
    pages, c = invoice(S, "de", "EUR", "din", to, "Rechnung",
                       [("Rechnungsnr.", num), ("Datum", dt(issue, "de")), ("Lieferschein", "LS1184"),
                        ("Lieferdatum", "06.11.2026"), ("Kunden-Nr.", "K-5541")],
                       lines, ["Zahlbar bis %s ohne Abzug." % dt(due, "de"),
                               "Leergut wird bei Rückgabe gutgeschrieben."], fl, pos=True)
    ls = Page()
    letterhead(ls, S, "din")
    ls.text(56, 140, S["sender_line"], size=6.5)
    address(ls, to, 56, 155)
    metablock(ls, [("Lieferschein", "LS1184"), ("Datum", "06.11.2026"), ("Kunden-Nr.", "K-5541"), ("Tour", "Di/Fr Innenstadt")], 340, 155, 440)
    ls.text(56, 262, "Lieferschein", size=14, bold=True)
    lcols = [("Pos.", 56, "L"), ("Artikel", 82, "L"), ("Menge", 470, "R"), ("Einheit", 539, "R")]
    y = draw_head(ls, 290, lcols)
    for k, (d, q, u, _, _) in enumerate(lines):
        y = draw_row(ls, y, lcols, (str(k + 1), d, str(q), u or "Stk."))
    ls.text(56, y + 10, "Leergut zurück: 14 Kisten", size=9)
    ls.text(56, y + 50, "Ware erhalten: ____________________   (Unterschrift, Datum)", size=9)
    foot(ls, fl)
    cover = ("Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie den Lieferschein LS1184 und die Rechnung %s zu unserer "
             "Lieferung vom 06.11.2026.\n\nMit freundlichen Grüßen\nGetränkehandel Ostermann\n\n"
             "Diese E-Mail wurde mit Billomat versendet." % num)
    rcpt = ["info@cafe-kornblume.de"]
    eml = send("buchhaltung@ostermann-getraenke.de", "Getränkehandel Ostermann", to_hdr("Café Kornblume", rcpt[0]),
               "Lieferschein LS1184 und Rechnung %s" % num, issue, text=cover, pdf=True, pdf2="before")
    add("de-billomat-lieferschein", "Billomat", "de", "pdf", "buchhaltung@ostermann-getraenke.de", rcpt, eml, pages,
        "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Café Kornblume UG (haftungsbeschränkt)", rcpt[0], ib, True, "de"),
        note="The Lieferschein LS1184 comes first (quantities only), the invoice RE1190 second; 19 % and 7 % VAT; the subject names both.",
        pages2=[ls], fname2="Lieferschein_LS1184.pdf")


def de_word_anschreiben():
    S = {"name": "Tischlerei Brandl", "addr": ["Lehener Straße 88", "79106 Freiburg im Breisgau"],
         "contact": ["Tel. 0761 2 71 55 30", "info@tischlerei-brandl.de"],
         "sender_line": "Tischlerei Brandl · Lehener Straße 88 · 79106 Freiburg"}
    ib = mk.iban(rng, "DE")
    issue, due = D(2026, 11, 16), D(2026, 11, 30)
    num = "2026-041"
    to = ["Frau Carolin Weiß und", "Herrn Jonas Weiß", "Wiehre, Talstraße 23", "79102 Freiburg im Breisgau"]
    fl = ["Tischlerei Brandl, Inh. Georg Brandl · Steuernr. 06412/50817 · Volksbank Freiburg · IBAN %s" % iban_spaced(ib)]
    letter = letter_page(S, to, "Freiburg, %s" % dt(issue, "de", "long"), "Ihr Einbauschrank – unsere Rechnung",
                         [["nachdem der Einbauschrank in Ihrem Flur nun fertig montiert ist, erhalten Sie anbei",
                           "unsere Rechnung. Grundlage ist unser Angebot AN-24/2026 vom 02.09.2026 über",
                           "6.240,00 € brutto."],
                          ["Die zusätzliche Schublade im Sockel, die Sie bei der Montage gewünscht haben, ist als",
                           "Mehraufwand gesondert aufgeführt. Die Montage haben wir nach tatsächlichem Aufwand",
                           "berechnet."],
                          ["Wir bedanken uns für Ihren Auftrag und wünschen Ihnen viel Freude mit dem Schrank."]],
                         "Mit freundlichen Grüßen", ["Georg Brandl", "Tischlermeister"], 1, 2, "de", fl, style="word",
                         salutation="Sehr geehrte Frau Weiß, sehr geehrter Herr Weiß,")
    pages, c = invoice(S, "de", "EUR", "word", to, "RECHNUNG",
                       [("Rechnung Nr.:", num), ("Datum:", dt(issue, "de")), ("Leistungsdatum:", "11.11.2026"),
                        ("Zahlbar bis:", dt(due, "de"))],
                       [("Einbauschrank Eiche massiv nach Maß", 1, "", 498000, "19"),
                        ("Montage vor Ort", 6, "Std.", 6200, "19"),
                        ("Mehraufwand: Sockelschublade", 1, "", 27000, "19")],
                       ["Bitte überweisen Sie den Betrag bis zum %s auf das Konto %s." % (dt(due, "de"), iban_spaced(ib))],
                       fl, pos=True)
    pageno(pages[0], 2, 2, "de")
    cover = ("Sehr geehrte Frau Weiß, sehr geehrter Herr Weiß,\n\nim Anhang finden Sie unser Schreiben mit der Rechnung für "
             "den Einbauschrank.\n\nMit freundlichen Grüßen\nGeorg Brandl\nTischlerei Brandl")
    rcpt = ["carolin.weiss@gmx.de"]
    eml = send("info@tischlerei-brandl.de", "Tischlerei Brandl", to_hdr("Carolin Weiß", rcpt[0]),
               "Rechnung Einbauschrank", issue, text=cover, pdf=True)
    add("de-word-anschreiben", "Word-to-PDF", "de", "pdf", "info@tischlerei-brandl.de", rcpt, eml, [letter] + pages,
        "Anschreiben_Rechnung_Weiss.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Carolin Weiß und Jonas Weiß", rcpt[0], ib, False, "de"),
        note="An Anschreiben on page 1 quoting the Angebot's 6.240,00 € brutto; the invoice on page 2; a couple named one by one over two lines.")


def de_lexoffice_uebertrag():
    S = {"name": "Elektro Hofmann GmbH", "addr": ["Gartenfeldstraße 9", "55118 Mainz"],
         "contact": ["06131 6 33 71 0", "buchhaltung@elektro-hofmann.de"],
         "sender_line": "Elektro Hofmann GmbH · Gartenfeldstraße 9 · 55118 Mainz"}
    ib = mk.iban(rng, "DE")
    issue = D(2026, 12, 7)
    due = issue + days(21)
    num = "RE2026-0412"
    to = ["Hausverwaltung Kranich GmbH", "z. H. Frau Oksana Weber", "Kaiserstraße 40", "55116 Mainz"]
    fl = ["Elektro Hofmann GmbH · HRB 41022 AG Mainz · GF Peter Hofmann · USt-IdNr. DE262119804",
          "Mainzer Volksbank · IBAN %s" % iban_spaced(ib)]
    L = [("LED-Deckenleuchte mit Sensor", 12, "Stk.", 8950, "19"), ("Montage Deckenleuchte", 12, "Stk.", 3800, "19"),
         ("NYM-J 3x1,5 mm²", 140, "m", 118, "19"), ("Installationsrohr M20", 60, "m", 145, "19"),
         ("Abzweigdose AP", 14, "Stk.", 390, "19"), ("Taster beleuchtet", 8, "Stk.", 1620, "19"),
         ("Treppenlicht-Zeitschalter", 2, "Stk.", 4280, "19"), ("Notleuchte Treppenhaus", 4, "Stk.", 12400, "19"),
         ("Montage Notleuchte", 4, "Stk.", 4500, "19"), ("Demontage Altleuchten", 12, "Stk.", 950, "19"),
         ("Entsorgung Altmaterial", 1, "psch.", 3500, "19"), ("Schlitze stemmen und schließen", 9, "m", 2400, "19"),
         ("Kleinmaterial", 1, "psch.", 4860, "19"), ("Elektromeister", 6, "Std.", 7200, "19"),
         ("Elektriker", 22, "Std.", 5900, "19"), ("Helfer", 10, "Std.", 4200, "19"),
         ("Messung und Prüfprotokoll DGUV V3", 1, "psch.", 18500, "19"), ("Anfahrten", 4, "", 3500, "19"),
         ("Hubarbeitsbühne Tagesmiete", 1, "Tag", 21000, "19"), ("Dokumentation / Bestandsplan", 1, "psch.", 9500, "19")]
    pages, c = invoice(S, "de", "EUR", "din", to, "Rechnung %s" % num,
                       [("Rechnungsdatum", dt(issue, "de")), ("Kundennummer", "20117"), ("Leistungszeitraum", "16.11.–27.11.2026"),
                        ("Objekt", "Gartenstraße 14, Mainz")],
                       L, ["Zahlungsziel: 21 Tage netto.",
                           "Bei Rückfragen zu dieser Rechnung geben Sie bitte die Rechnungsnummer an."], fl,
                       per_page=13, pos=True,
                       intro=["Bauvorhaben: Mehrfamilienhaus Gartenstraße 14, Erneuerung Treppenhausbeleuchtung"])
    cover = ("Sehr geehrte Frau Weber,\n\nanbei erhalten Sie unsere Rechnung %s für die Erneuerung der "
             "Treppenhausbeleuchtung Gartenstraße 14.\n\nMit freundlichen Grüßen\nElektro Hofmann GmbH" % num)
    rcpt = ["rechnungen@hv-kranich.de"]
    eml = send("buchhaltung@elektro-hofmann.de", "Elektro Hofmann GmbH", to_hdr("Hausverwaltung Kranich", rcpt[0]),
               "Rechnung %s von Elektro Hofmann GmbH" % num, issue, text=cover, pdf=True)
    add("de-lexoffice-uebertrag", "lexoffice", "de", "pdf", "buchhaltung@elektro-hofmann.de", rcpt, eml, pages,
        "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Hausverwaltung Kranich GmbH", rcpt[0], ib, True, "de"),
        note="20 positions over two pages with an 'Übertrag' at the foot of page 1 and the head of page 2; totals only on page 2; 'z. H.' under the firm; only a term.")


def de_sevdesk_stornorechnung():
    S = {"name": "Fotostudio Lichtblick", "addr": ["Hauptstraße 71", "69117 Heidelberg"],
         "contact": ["06221 43 99 12", "info@lichtblick-foto.de"],
         "sender_line": "Fotostudio Lichtblick · Hauptstraße 71 · 69117 Heidelberg"}
    ib = mk.iban(rng, "DE")
    issue = D(2026, 11, 20)
    num = "SR-2026-014"
    to = ["Autohaus Berger GmbH", "Marketing", "Speyerer Straße 120", "69124 Heidelberg"]
    fl = ["Fotostudio Lichtblick, Inh. Mira Lenz · USt-IdNr. DE287730115 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "de", "EUR", "din", to, "Stornorechnung %s" % num,
                       [("Datum", dt(issue, "de")), ("Zu Rechnung", "RE-2026-0398"), ("Rechnungsdatum", "12.11.2026"),
                        ("Kundennummer", "1042")],
                       [("Storno: Fotoshooting Neuwagen (2 Tage)", 2, "Tag", -95000, "19"),
                        ("Storno: Bildbearbeitung 40 Motive", 40, "", -1800, "19")],
                       ["Diese Stornorechnung hebt die Rechnung RE-2026-0398 vollständig auf.",
                        "Ein bereits überwiesener Betrag wird Ihnen innerhalb von 7 Tagen erstattet."], fl, pos=True,
                       words={"total": "Gesamtbetrag"})
    cover = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Stornorechnung %s zu unserer Rechnung RE-2026-0398 "
             "vom 12.11.2026. Die Rechnung wurde versehentlich doppelt erstellt; maßgeblich ist allein die Rechnung "
             "RE-2026-0391. Bitte überweisen Sie RE-2026-0398 nicht.\n\nMit freundlichen Grüßen\nMira Lenz\n"
             "Fotostudio Lichtblick" % num)
    rcpt = ["buchhaltung@autohaus-berger-hd.de"]
    eml = send("info@lichtblick-foto.de", "Fotostudio Lichtblick", rcpt[0], "Stornorechnung %s" % num, issue,
               text=cover, pdf=True)
    add("de-sevdesk-stornorechnung", "sevDesk", "de", "pdf", "info@lichtblick-foto.de", rcpt, eml, pages,
        "Stornorechnung-%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, None, "Autohaus Berger GmbH", rcpt[0], ib, True, "de", credit=True),
        note="A Stornorechnung cancelling a duplicate invoice: negative amounts, labelled as a credit note (the README's rule), no due date; the cover names two other invoices.")


def de_word_agb_pages():
    S = {"name": "Hausmeisterservice Yilmaz", "addr": ["Podbielskistraße 300", "30655 Hannover"],
         "contact": ["0511 5 46 72 90", "buero@hms-yilmaz.de"],
         "sender_line": "Hausmeisterservice Yilmaz · Podbielskistraße 300 · 30655 Hannover"}
    ib = mk.iban(rng, "DE")
    issue, due = D(2026, 10, 31), D(2026, 11, 14)
    num = "2026-10-118"
    to = ["Zahnarztpraxis Dr. Brinkmann", "Lister Meile 52", "30161 Hannover"]
    fl = ["Hausmeisterservice Yilmaz, Inh. Serkan Yilmaz · Steuernr. 25/123/45678 · IBAN %s · BIC SPKHDE2HXXX" % iban_spaced(ib)]
    pages, c = invoice(S, "de", "EUR", "word", to, "Rechnung",
                       [("Rechnungsnummer:", num), ("Rechnungsdatum:", dt(issue, "de")), ("Leistungszeitraum:", "Oktober 2026"),
                        ("Fällig am:", dt(due, "de"))],
                       [("Praxisreinigung, 3x wöchentlich", 13, "Einsatz", 6400, "19"),
                        ("Fensterreinigung Praxisräume", 1, "", 18900, "19"),
                        ("Laub beseitigen Hof und Parkplatz", 3, "Std.", 3800, "19")],
                       ["Bitte überweisen Sie den Rechnungsbetrag bis %s auf %s." % (dt(due, "de"), iban_spaced(ib)),
                        "Es gelten unsere Allgemeinen Geschäftsbedingungen (Seiten 2 und 3)."], fl, extra_pages=2)
    agb = [["§ 1 Geltungsbereich", "Diese AGB gelten für alle Leistungen des Hausmeisterservice Yilmaz gegenüber",
            "Unternehmern und Verbrauchern."],
           ["§ 2 Leistungsumfang", "Der Umfang der Leistungen ergibt sich aus dem Angebot bzw. dem Leistungsverzeichnis.",
            "Zusätzliche Leistungen werden nach Aufwand zu den jeweils gültigen Stundensätzen berechnet."],
           ["§ 3 Preise", "Alle Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer."],
           ["§ 4 Zahlung", "Rechnungen sind innerhalb von 10 Tagen nach Rechnungsdatum ohne Abzug zahlbar, soweit auf der",
            "Rechnung nichts anderes angegeben ist. Bei Zahlungsverzug werden Verzugszinsen in gesetzlicher",
            "Höhe berechnet; für jede Mahnung wird eine Pauschale von 5,00 € erhoben."]]
    agb2 = [["§ 5 Haftung", "Wir haften für Schäden nur bei Vorsatz und grober Fahrlässigkeit; dies gilt nicht für Schäden",
             "aus der Verletzung des Lebens, des Körpers oder der Gesundheit."],
            ["§ 6 Kündigung", "Daueraufträge können mit einer Frist von vier Wochen zum Monatsende gekündigt werden."],
            ["§ 7 Gerichtsstand", "Gerichtsstand für Kaufleute ist Hannover."]]
    pages.append(text_page(S, "Allgemeine Geschäftsbedingungen", agb, 2, 3, "de", fl, size=8.5))
    pages.append(text_page(S, "Allgemeine Geschäftsbedingungen (Fortsetzung)", agb2, 3, 3, "de", fl, size=8.5))
    cover = ("Sehr geehrte Frau Dr. Brinkmann,\n\nanbei unsere Rechnung für Oktober.\n\nMit freundlichen Grüßen\n"
             "Serkan Yilmaz\nHausmeisterservice Yilmaz")
    rcpt = ["verwaltung@zahnarzt-brinkmann.de"]
    eml = send("buero@hms-yilmaz.de", "Hausmeisterservice Yilmaz", to_hdr("Praxis Dr. Brinkmann", rcpt[0]),
               "Rechnung Oktober 2026", issue, text=cover, pdf=True)
    add("de-word-agb-pages", "Word-to-PDF", "de", "pdf", "buero@hms-yilmaz.de", rcpt, eml, pages,
        "Rechnung %s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Zahnarztpraxis Dr. Brinkmann", rcpt[0], ib, True, "de"),
        note="Invoice on page 1, AGB on pages 2 and 3 with their own '10 Tage' and a 5,00 € dunning fee; the invoice's Fällig am date rules.")


def de_typed_fotografin():
    ib = mk.iban(rng, "DE")
    issue = D(2026, 10, 6)
    due = issue + days(10)
    num = "2026-031"
    ref = "Hochzeit Becker 2026-031"
    body = ("Liebe Sophie, lieber Lukas,\n\nich hoffe, ihr habt euch gut von eurer Hochzeit erholt! Die Galerie ist "
            "online, und hier kommt wie besprochen meine Rechnung. Die unterschriebene Auftragsbestätigung hänge ich "
            "euch zur Erinnerung noch mal an; die zusätzliche Stunde am Abend habe ich wie vereinbart mit 180 € "
            "berechnet.\n\n"
            "RECHNUNG Nr. %s\n"
            "Rechnungsdatum: %s\n"
            "Leistungsdatum: 26.09.2026\n\n"
            "An: Sophie und Lukas Becker, Am Stadtgarten 8, 45879 Gelsenkirchen\n\n"
            "1  Hochzeitsreportage Paket \"Ganzer Tag\" (10 Std.)   2.400,00 €\n"
            "2  Zusätzliche Stunde Reportage                       180,00 €\n"
            "3  Fotobuch 30 x 30 cm, 40 Seiten                      290,00 €\n"
            "   Gesamtbetrag                                     2.870,00 €\n\n"
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\n"
            "Bitte überweist den Betrag innerhalb von 10 Tagen auf folgendes Konto:\n"
            "Lea Hartmann, IBAN %s\nVerwendungszweck: %s\n\n"
            "Herzliche Grüße\nLea\n\nLea Hartmann Fotografie · Bergmannstraße 12 · 45886 Gelsenkirchen · Steuernr. 319/5012/4471"
            % (num, dt(issue, "de"), iban_spaced(ib), ref))
    S = {"name": "Lea Hartmann Fotografie", "addr": ["Bergmannstraße 12", "45886 Gelsenkirchen"],
         "contact": ["0157 3 22 81 04", "hallo@leahartmann-foto.de"]}
    ab, abc = invoice(S, "de", "EUR", "din", ["Sophie Becker und Lukas Becker", "Am Stadtgarten 8", "45879 Gelsenkirchen"],
                      "Auftragsbestätigung", [("Datum", "14.03.2026"), ("Hochzeitstermin", "26.09.2026")],
                      [("Hochzeitsreportage Paket \"Ganzer Tag\"", 1, "", 240000, "0"),
                       ("Fotobuch 30 x 30 cm, 40 Seiten", 1, "", 29000, "0")],
                      ["Zahlung nach Lieferung der Bilder per Rechnung. Gemäß § 19 UStG ohne Umsatzsteuer.",
                       "Einverstanden: Sophie Becker, Lukas Becker – Gelsenkirchen, 16.03.2026"], vat=False,
                      words={"net": "Summe", "total": "Auftragssumme"})
    rcpt = ["sophie.lukas.becker@gmail.com"]
    eml = send("hallo@leahartmann-foto.de", "Lea Hartmann Fotografie", to_hdr("Sophie & Lukas Becker", rcpt[0]),
               "Rechnung Hochzeitsreportage", issue, text=body, pdf2="after")
    add("de-typed-fotografin", "typed in the mail", "de", "body-text", "hallo@leahartmann-foto.de", rcpt, eml,
        exp=mk.expected(num, 287000, 287000, issue, due, "Sophie und Lukas Becker", rcpt[0], ib, False, "de", reference=ref),
        note="The invoice is typed in the body (Kleinunternehmer, no VAT); the attached PDF is the signed order confirmation with its own total (2.690,00 €); a Verwendungszweck in words.",
        pages2=ab, fname2="Auftragsbestaetigung_Becker.pdf")


def de_html_yoga_liste():
    ib = mk.iban(rng, "DE")
    issue = D(2026, 11, 30)
    due = issue + days(14)
    num = "R-2026-118"
    c = compute([("Firmenyoga, 60 Min., November (4 Termine)", 4, "", 12000, "19"),
                 ("Yogamatten-Verleih", 4, "", 1500, "19")])
    rows = "".join("<tr><td>%s</td><td>%s</td><td style=\"text-align:right\">%s €</td><td style=\"text-align:right\">%s €</td></tr>\n"
                   % (d, qty_s(q, "de"), money(u, "de"), money(n, "de")) for d, q, _, u, _, n in c["lines"])
    html = ("<div style=\"font-family:Helvetica,Arial;font-size:14px;color:#333\">\n"
            "<p>Liebe Frau Sandmann,</p>\n<p>anbei die Rechnung für das Firmenyoga im November. Die Teilnehmerliste "
            "hängt als PDF an.</p>\n"
            "<h3 style=\"color:#6b8e7f\">Rechnung %s</h3>\n"
            "<p>Rechnungsdatum: %s<br>Leistungszeitraum: 05.11.–26.11.2026</p>\n"
            "<p><b>Rechnungsempfänger</b><br>Elbdeich Architekten PartGmbB<br>Große Elbstraße 145<br>22767 Hamburg</p>\n"
            "<table cellpadding=\"6\" style=\"border-collapse:collapse;width:100%%\">\n"
            "<tr style=\"background:#eef3f1\"><th align=\"left\">Leistung</th><th>Anzahl</th><th>Einzelpreis</th><th>Gesamt</th></tr>\n%s"
            "<tr><td colspan=\"3\">Netto</td><td style=\"text-align:right\">%s €</td></tr>\n"
            "<tr><td colspan=\"3\">zzgl. 19 %% USt.</td><td style=\"text-align:right\">%s €</td></tr>\n"
            "<tr><td colspan=\"3\"><b>Rechnungsbetrag</b></td><td style=\"text-align:right\"><b>%s €</b></td></tr>\n</table>\n"
            "<p>Zahlbar innerhalb von 14 Tagen auf IBAN %s (Atemraum Yoga, GLS Bank).</p>\n"
            "<p>Namasté und bis Donnerstag<br>Kerstin Albers<br>Atemraum Yoga · Ottenser Hauptstraße 10 · 22765 Hamburg"
            "<br>USt-IdNr. DE331902447</p>\n</div>"
            % (num, dt(issue, "de"), rows, money(c["net"], "de"), money(c["vat"], "de"), money(c["total"], "de"), iban_spaced(ib)))
    S = {"name": "Atemraum Yoga", "addr": ["Ottenser Hauptstraße 10", "22765 Hamburg"], "contact": []}
    tl = Page()
    tl.text(56, 60, "Atemraum Yoga – Teilnehmerliste Firmenyoga", size=13, bold=True)
    tl.text(56, 78, "Elbdeich Architekten PartGmbB · November 2026 · Kursleitung K. Albers", size=9)
    tcols = [("Name", 56, "L"), ("05.11.", 330, "R"), ("12.11.", 400, "R"), ("19.11.", 470, "R"), ("26.11.", 539, "R")]
    y = draw_head(tl, 110, tcols)
    for r in [("J. Sandmann", "x", "x", "", "x"), ("T. Okonkwo", "x", "x", "x", "x"), ("M. Frerichs", "x", "", "x", "x"),
              ("A. Lüders", "", "x", "x", "x"), ("C. Brandt", "x", "x", "x", ""), ("S. Petersen", "x", "x", "x", "x")]:
        y = draw_row(tl, y, tcols, r)
    draw_row(tl, y + 4, tcols, ("Teilnehmende", "5", "5", "5", "5"), bold=True)
    rcpt = ["buero@elbdeich-architekten.de"]
    eml = send("kerstin@atemraum-yoga.de", "Atemraum Yoga", to_hdr("Julia Sandmann", rcpt[0]),
               "Rechnung %s Firmenyoga November" % num, issue, html=html, pdf2="after")
    add("de-html-yoga-liste", "HTML mail (own template)", "de", "body-html", "kerstin@atemraum-yoga.de", rcpt, eml,
        exp=mk.expected(num, c["total"], c["total"], issue, due, "Elbdeich Architekten PartGmbB", rcpt[0], ib, True, "de"),
        note="The invoice is the HTML body; the attached PDF is an attendance list with no amounts.",
        pages2=[tl], fname2="Teilnehmerliste_November.pdf")


def at_word_regiebericht():
    S = {"name": "Haustechnik Pichler e.U.", "addr": ["Simmeringer Hauptstraße 144", "1110 Wien"],
         "contact": ["Tel. 01 749 22 18", "office@haustechnik-pichler.at"],
         "sender_line": "Haustechnik Pichler e.U. · Simmeringer Hauptstraße 144 · 1110 Wien"}
    ib = mk.iban(rng, "AT")
    issue = D(2026, 10, 27)
    due = issue + days(14)
    num = "2026/0214"
    to = ["Frau Mag. Eva Hofbauer", "Rennweg 71/2/14", "1030 Wien"]
    fl = ["Haustechnik Pichler e.U. · FN 488201k · UID ATU71234509 · Erste Bank · IBAN %s · BIC GIBAATWWXXX" % iban_spaced(ib)]
    pages, c = invoice(S, "at", "EUR", "word", to, "RECHNUNG",
                       [("Rechnungs-Nr.:", num), ("Datum:", dt(issue, "at")), ("Regiebericht:", "Nr. 1184"),
                        ("Leistung am:", "23.10.2026")],
                       [("Therme entkalkt, Wärmetauscher gereinigt", 1, "", 14900, "20"),
                        ("Arbeitszeit Monteur lt. Regiebericht", "2.5", "Std.", 7800, "20"),
                        ("Fahrtkostenpauschale Wien", 1, "", 3900, "20"),
                        ("Dichtungssatz", 1, "", 2450, "20")],
                       ["Zahlbar binnen 14 Tagen netto.", "Bankverbindung: Erste Bank, IBAN %s" % iban_spaced(ib)], fl)
    rb = Page()
    letterhead(rb, S, "word")
    rb.text(56, 130, "REGIEBERICHT Nr. 1184", size=14, bold=True)
    metablock(rb, [("Datum", "23.10.2026"), ("Monteur", "D. Novak"), ("Beginn", "13:30"), ("Ende", "16:00")], 56, 155, 130)
    address(rb, ["Fr. Mag. Hofbauer", "Rennweg 71/2/14, 1030 Wien"], 340, 155, size=9)
    for j, ln in enumerate(["Gastherme Vaillant: Störung F.28, Zündung. Therme entkalkt, Wärmetauscher gereinigt,",
                            "Dichtungen getauscht, Abgasmessung durchgeführt: in Ordnung."]):
        rb.text(56, 230 + 13 * j, ln, size=9)
    rcols = [("Material", 56, "L"), ("Menge", 539, "R")]
    y = draw_head(rb, 280, rcols)
    for r in [("Dichtungssatz Vaillant", "1"), ("Entkalker 1 l", "1")]:
        y = draw_row(rb, y, rcols, r)
    rb.text(56, y + 20, "Arbeitszeit: 2,5 Std.", size=9)
    rb.text(56, y + 60, "Unterschrift Kundin: E. Hofbauer", size=9, bold=True)
    foot(rb, fl)
    cover = ("Sehr geehrte Frau Mag. Hofbauer,\n\nanbei übermitteln wir Ihnen die Rechnung %s sowie den von Ihnen "
             "unterzeichneten Regiebericht Nr. 1184.\n\nMit freundlichen Grüßen\nHaustechnik Pichler e.U.\nChristian Pichler" % num)
    rcpt = ["eva.hofbauer@chello.at"]
    eml = send("office@haustechnik-pichler.at", "Haustechnik Pichler", to_hdr("Eva Hofbauer", rcpt[0]),
               "Rechnung %s" % num, issue + days(1), text=cover, pdf=True, pdf2="after")
    add("at-word-regiebericht", "Word-to-PDF", "de", "pdf", "office@haustechnik-pichler.at", rcpt, eml, pages,
        "Rechnung_2026-0214.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Mag. Eva Hofbauer", rcpt[0], ib, False, "de"),
        note="Austria, USt 20 %; a signed Regiebericht (work report, hours only) after the invoice; 'binnen 14 Tagen netto'.",
        pages2=[rb], fname2="Regiebericht_1184.pdf")


def at_billomat_agb():
    S = {"name": "Katharina Steiner Grafikdesign", "addr": ["Getreidegasse 30", "5020 Salzburg"],
         "contact": ["+43 662 84 17 20", "office@steiner-grafik.at"],
         "sender_line": "Katharina Steiner Grafikdesign · Getreidegasse 30 · 5020 Salzburg"}
    ib = mk.iban(rng, "AT")
    issue = D(2026, 12, 9)
    due = issue + days(30)
    num = "RE-2026-077"
    to = ["Alpenblick Hotelbetriebs GmbH", "z. Hd. Herrn Florian Wimmer", "Seestraße 12", "5350 Strobl"]
    fl = ["Katharina Steiner Grafikdesign · UID ATU69900217 · Salzburger Sparkasse · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "at", "EUR", "din", to, "Rechnung",
                       [("Rechnungsnr.", num), ("Datum", dt(issue, "at")), ("Kundennr.", "K-10088"),
                        ("Ihre Bestellung", "BST-2026-331")],
                       [("Winterprospekt 2027, Gestaltung 16 Seiten", 1, "", 280000, "20"),
                        ("Bildbearbeitung", 12, "Std.", 7500, "20"),
                        ("Druckdatenaufbereitung", 1, "", 24000, "20")],
                       ["Zahlungsziel: 30 Tage ab Rechnungsdatum.",
                        "Es gelten meine AGB (siehe Anhang)."], fl,
                       words={"net": "Nettobetrag", "vat": "zzgl. USt. {r}", "total": "Gesamtbetrag"})
    agb = [["1. Geltung", "Diese AGB gelten für alle Aufträge an Katharina Steiner Grafikdesign."],
           ["2. Nutzungsrechte", "Die Nutzungsrechte gehen erst mit vollständiger Bezahlung auf den Auftraggeber über."],
           ["3. Honorar und Zahlung", "Das Honorar ist, sofern nicht anders vereinbart, bei Ablieferung des Werks",
            "fällig und binnen 14 Tagen ohne Abzug zu bezahlen. Bei Zahlungsverzug werden Verzugszinsen",
            "gemäß § 456 UGB verrechnet."],
           ["4. Korrekturen", "Im Honorar sind zwei Korrekturläufe enthalten."],
           ["5. Gerichtsstand", "Gerichtsstand ist Salzburg. Es gilt österreichisches Recht."]]
    p2 = [text_page(S, "Allgemeine Geschäftsbedingungen", agb, 1, 1, "at", size=8.5)]
    cover = ("Sehr geehrter Herr Wimmer,\n\nanbei erhalten Sie die Rechnung %s für den Winterprospekt 2027 "
             "(Ihre Bestellung BST-2026-331, Kundennummer K-10088) sowie meine AGB.\n\nMit freundlichen Grüßen\n"
             "Katharina Steiner\n\nDiese E-Mail wurde mit Billomat versendet." % num)
    rcpt = ["buchhaltung@alpenblick-strobl.at", "f.wimmer@alpenblick-strobl.at"]
    eml = send("office@steiner-grafik.at", "Katharina Steiner Grafikdesign",
               "%s, %s" % (rcpt[0], to_hdr("Florian Wimmer", rcpt[1])), "Rechnung %s" % num, issue, text=cover,
               pdf=True, pdf2="after")
    add("at-billomat-agb", "Billomat", "de", "pdf", "office@steiner-grafik.at", rcpt, eml, pages, "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Alpenblick Hotelbetriebs GmbH", rcpt[0], ib, True, "de"),
        note="Austria; AGB as a second PDF with '14 Tagen' while the invoice says 30 Tage; order and customer numbers in the cover and meta.",
        pages2=p2, fname2="AGB_Steiner_Grafikdesign.pdf")


def at_excel_uebertrag_skonto():
    S = {"name": "Tischlerei Aigner", "addr": ["Moosstraße 61", "5020 Salzburg"],
         "contact": ["0662 82 40 17", "buero@tischlerei-aigner.at"],
         "sender_line": "Tischlerei Aigner GmbH · Moosstraße 61 · 5020 Salzburg"}
    ib = mk.iban(rng, "AT")
    issue = D(2026, 10, 16)
    due = issue + days(30)
    num = "AR 26/0158"
    to = ["Gasthof Kirchenwirt KG", "Dorfplatz 2", "5340 St. Gilgen"]
    fl = ["Tischlerei Aigner GmbH · FN 301877d LG Salzburg · UID ATU64120389 · Raiffeisenbank · IBAN %s" % iban_spaced(ib)]
    L = [("Gaststube: Wandvertäfelung Zirbe", 38, "m²", 21500, "20"), ("Sitzbank Zirbe, Eckausführung", 1, "", 386000, "20"),
         ("Tische Zirbe 80 x 120", 8, "Stk.", 74000, "20"), ("Stühle Zirbe gepolstert", 32, "Stk.", 28500, "20"),
         ("Schank: Front Altholz", 1, "", 412000, "20"), ("Schank: Arbeitsplatte Edelstahl", 1, "", 168000, "20"),
         ("Gläserregal beleuchtet", 1, "", 94000, "20"), ("Garderobe mit Hutablage", 1, "", 62000, "20"),
         ("Eingangstür Zirbe, Beschläge", 1, "", 238000, "20"), ("Fensterbänke Zirbe", 6, "Stk.", 18500, "20"),
         ("Sockelleisten", 44, "lfm", 1450, "20"), ("Montage Tischler", 86, "Std.", 6200, "20"),
         ("Montage Helfer", 40, "Std.", 4200, "20"), ("Transport und Kran", 1, "", 68000, "20"),
         ("Oberflächenbehandlung Öl", 1, "", 42000, "20"), ("Entsorgung Altbestand", 1, "", 38000, "20")]
    pages, c = invoice(S, "at", "EUR", "din", to, "Rechnung %s" % num,
                       [("Datum", dt(issue, "at")), ("Kunden-Nr.", "2207"), ("Projekt", "Gaststube neu"),
                        ("Leistungszeitraum", "Sept.–Okt. 2026")],
                       L, ["Zahlbar innerhalb von 30 Tagen ohne Abzug, innerhalb von 14 Tagen mit 2 % Skonto.",
                           "Bankverbindung: Raiffeisenbank Salzburg, IBAN %s" % iban_spaced(ib)], fl, per_page=9, pos=True,
                       words={"net": "Summe netto", "vat": "+ 20 % USt.", "total": "Rechnungsbetrag"})
    cover = ("Grüß Gott Herr Wallner,\n\nanbei unsere Schlussrechnung für die neue Gaststube. Sie hat zwei Seiten; die "
             "Summe finden Sie auf Seite 2.\n\nMit freundlichen Grüßen\nTischlerei Aigner GmbH\nJohann Aigner")
    rcpt = ["office@kirchenwirt-stgilgen.at"]
    eml = send("buero@tischlerei-aigner.at", "Tischlerei Aigner", to_hdr("Gasthof Kirchenwirt", rcpt[0]),
               "Rechnung %s Gaststube" % num, issue, text=cover, pdf=True)
    add("at-excel-uebertrag-skonto", "Excel-to-PDF", "de", "pdf", "buero@tischlerei-aigner.at", rcpt, eml, pages,
        "Rechnung AR 26-0158.pdf",
        mk.expected(num, c["total"], c["total"], issue, due, "Gasthof Kirchenwirt KG", rcpt[0], ib, True, "de"),
        note="Austria; 16 positions over two pages with Übertrag; a cash discount (2 % Skonto in 14 days) beside the 30-day term; the amount due is the full total.")


def ch_bexio_qr_page():
    S = {"name": "Malergeschäft Rüegg GmbH", "addr": ["Zürcherstrasse 118", "8406 Winterthur"],
         "contact": ["052 203 44 18", "buchhaltung@rueegg-maler.ch"],
         "sender_line": "Malergeschäft Rüegg GmbH · Zürcherstrasse 118 · 8406 Winterthur"}
    ib = mk.iban(rng, "CH")
    issue = D(2026, 11, 11)
    due = issue + days(30)
    num = "RE-00345"
    ref = mk.rf("2026003451")
    to = ["Frau", "Petra Keller", "Rosenbergstrasse 9", "8400 Winterthur"]
    fl = ["Malergeschäft Rüegg GmbH · CHE-412.877.903 MWST · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "ch", "CHF", "din", to, "Rechnung %s" % num,
                       [("Datum", dt(issue, "ch")), ("Kunden-Nr.", "1204"), ("Auftrag", "A-2026-118"),
                        ("Ihre Offerte", "OF-00211")],
                       [("Malerarbeiten Wohnzimmer und Korridor", 1, "", 286000, "8.1"),
                        ("Tapete entfernen, Untergrund spachteln", 14, "m²", 2800, "8.1"),
                        ("Farbe und Material", 1, "", 41250, "8.1")],
                       ["Zahlbar innert 30 Tagen netto. Einzahlungsschein (QR-Rechnung) auf Seite 2.",
                        "Besten Dank für Ihren Auftrag."], fl, extra_pages=1)
    qp = Page()
    qp.text(56, 58, S["name"], size=10, bold=True)
    qp.text(56, 80, "Zahlteil zu Rechnung %s vom %s" % (num, dt(issue, "ch")), size=10)
    qr_part(qp, "de", ib, ["Malergeschäft Rüegg GmbH", "Zürcherstrasse 118", "8406 Winterthur"],
            " ".join(ref[k:k + 4] for k in range(0, len(ref), 4)), c["total"],
            ["Petra Keller", "Rosenbergstrasse 9", "8400 Winterthur"])
    pageno(qp, 2, 2, "ch")
    pages.append(qp)
    cover = ("Guten Tag Frau Keller\n\nIm Anhang erhalten Sie die Rechnung %s für die Malerarbeiten gemäss Auftrag "
             "A-2026-118 (Offerte OF-00211). Die QR-Rechnung für die Zahlung finden Sie auf Seite 2.\n\n"
             "Freundliche Grüsse\nMalergeschäft Rüegg GmbH\n\nDiese E-Mail wurde mit bexio versendet." % num)
    rcpt = ["petra.keller@bluewin.ch"]
    eml = send("buchhaltung@rueegg-maler.ch", "Malergeschäft Rüegg GmbH", to_hdr("Petra Keller", rcpt[0]),
               "Rechnung %s" % num, issue, text=cover, pdf=True)
    add("ch-bexio-qr-page", "bexio", "de", "pdf", "buchhaltung@rueegg-maler.ch", rcpt, eml, pages,
        "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Petra Keller", rcpt[0], ib, False, "de", reference=ref,
                    currency="CHF"),
        note="Switzerland, CHF, MWST 8.1 %; the QR-bill's receipt and payment part on page 2 with an RF reference and the amount spaced; order and offer numbers.")


def ch_word_arbeitsrapport():
    S = {"name": "Sanitär Frei AG", "addr": ["Baselstrasse 44", "6003 Luzern"],
         "contact": ["041 240 18 90", "admin@sanitaer-frei.ch"],
         "sender_line": "Sanitär Frei AG · Baselstrasse 44 · 6003 Luzern"}
    ib = mk.iban(rng, "CH")
    issue = D(2026, 12, 4)
    due = issue + days(30)
    num = "2026-188"
    to = ["Herr", "Reto Ammann", "Dreilindenstrasse 17", "6006 Luzern"]
    fl = ["Sanitär Frei AG · CHE-109.442.816 MWST · Luzerner Kantonalbank · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "ch", "CHF", "word", to, "RECHNUNG",
                       [("Rechnung Nr.:", num), ("Datum:", dt(issue, "ch")), ("Arbeitsrapport:", "2231"),
                        ("Ausführung:", "01.12.2026")],
                       [("Boiler 150 l entkalkt, Opferanode ersetzt", 1, "", 18500, "8.1"),
                        ("Arbeit Sanitärinstallateur", "3.5", "Std.", 11800, "8.1"),
                        ("Opferanode Magnesium", 1, "", 8650, "8.1"),
                        ("Wegpauschale Stadt Luzern", 1, "", 5500, "8.1")],
                       ["Zahlbar innert 30 Tagen netto.", "Zahlung an: Sanitär Frei AG, IBAN %s" % iban_spaced(ib)], fl)
    ar = Page()
    letterhead(ar, S, "word")
    ar.text(56, 130, "ARBEITSRAPPORT Nr. 2231", size=14, bold=True)
    metablock(ar, [("Datum", "01.12.2026"), ("Monteur", "L. Bühler"), ("Arbeitszeit", "07:30–11:00")], 56, 155, 130)
    address(ar, ["R. Ammann", "Dreilindenstrasse 17, Luzern"], 340, 155, size=9)
    ar.text(56, 215, "Boiler entkalkt, Opferanode ersetzt, Sicherheitsventil geprüft. Anlage in Betrieb.", size=9)
    acols = [("Material", 56, "L"), ("Menge", 539, "R")]
    y = draw_head(ar, 250, acols)
    for r in [("Opferanode Magnesium", "1"), ("Dichtung Flansch", "1"), ("Entkalkungsmittel", "2")]:
        y = draw_row(ar, y, acols, r)
    ar.text(56, y + 20, "Stunden: 3,5", size=9)
    ar.text(56, y + 60, "Visum Kunde: R. Ammann", size=9, bold=True)
    foot(ar, fl)
    cover = ("Grüezi Herr Ammann\n\nIn der Beilage erhalten Sie unsere Rechnung %s und den Arbeitsrapport Nr. 2231 "
             "vom 1. Dezember.\n\nFreundliche Grüsse\nSanitär Frei AG\nAdministration" % num)
    rcpt = ["reto.ammann@gmx.ch"]
    eml = send("admin@sanitaer-frei.ch", "Sanitär Frei AG", to_hdr("Reto Ammann", rcpt[0]), "Rechnung %s" % num,
               issue, text=cover, pdf=True, pdf2="after")
    add("ch-word-arbeitsrapport", "Word-to-PDF", "de", "pdf", "admin@sanitaer-frei.ch", rcpt, eml, pages,
        "Rechnung_%s.pdf" % num,
        mk.expected(num, c["total"], c["total"], issue, due, "Reto Ammann", rcpt[0], ib, False, "de", currency="CHF"),
        note="Switzerland, CHF; an Arbeitsrapport (hours and materials, customer's Visum) after the invoice; 'innert 30 Tagen'.",
        pages2=[ar], fname2="Arbeitsrapport_2231.pdf")


def ch_typed_uebersetzerin():
    ib = mk.iban(rng, "CH")
    issue = D(2026, 10, 29)
    due = issue + days(20)
    num = "26-044"
    c = compute([("Übersetzung", 6240, "", 22, "8.1"), ("Lektorat", 3, "", 9500, "8.1")])
    body = ("Guten Tag Frau Gerber\n\nGerne sende ich Ihnen die Rechnung für die Übersetzung der Reisekataloge "
            "(Ihre Bestellung Nr. 4500-1182, Offerte O-26-039). Die Rechnung 26-038 für den Sommerkatalog ist bereits "
            "bezahlt, vielen Dank.\n\n"
            "RECHNUNG %s\n"
            "Datum: %s\n\n"
            "Alpina Sportreisen AG\nBuchhaltung\nBahnhofstrasse 21\n7000 Chur\n\n"
            "Übersetzung DE>FR Winterkatalog 2027, 6'240 Wörter à CHF 0.22     CHF %s\n"
            "Lektorat durch Zweitübersetzerin, 3 Std. à CHF 95.00            CHF %s\n"
            "Total exkl. MWST                                                  CHF %s\n"
            "MWST 8.1 %%                                                        CHF %s\n"
            "Total                                                             CHF %s\n\n"
            "Zahlbar innert 20 Tagen auf IBAN %s (Laura Meier, Chur).\n\n"
            "Freundliche Grüsse\nLaura Meier\nÜbersetzungen DE/FR/IT · Masanserstrasse 40 · 7000 Chur · CHE-287.119.402 MWST"
            % (num, dt(issue, "ch"), money(c["lines"][0][5], "ch"), money(c["lines"][1][5], "ch"), money(c["net"], "ch"),
               money(c["vat"], "ch"), money(c["total"], "ch"), iban_spaced(ib)))
    rcpt = ["buchhaltung@alpina-sportreisen.ch", "m.gerber@alpina-sportreisen.ch"]
    eml = send("laura.meier@uebersetzungen-meier.ch", "Laura Meier", "%s, %s" % (rcpt[0], to_hdr("Monika Gerber", rcpt[1])),
               "Rechnung 26-044 / Bestellung 4500-1182", issue, text=body)
    add("ch-typed-uebersetzerin", "typed in the mail", "de", "body-text", "laura.meier@uebersetzungen-meier.ch", rcpt, eml,
        exp=mk.expected(num, c["total"], c["total"], issue, due, "Alpina Sportreisen AG", rcpt[0], ib, True, "de", currency="CHF"),
        note="Switzerland, typed in the mail: an order number, an offer number and a paid earlier invoice 26-038 before the bill; 'innert 20 Tagen'.")


# =======================================================================================
# Not invoices — Dutch


def x_nl_werkbon_alone():
    S = {"name": "Loodgietersbedrijf Bakker", "addr": ["Zijlweg 201", "2015 BH Haarlem"],
         "contact": ["023 - 531 09 77", "planning@bakkerloodgieters.nl"]}
    fl = ["Loodgietersbedrijf Bakker · KvK 34129087 · Btw NL001432876B09"]
    wb = Page()
    letterhead(wb, S, "din")
    wb.text(56, 140, "WERKBON WB-2026-0871", size=14, bold=True)
    metablock(wb, [("Datum", "19-11-2026"), ("Monteur", "Jeroen Stam"), ("Klantnummer", "3306"), ("Opdracht", "Lekkage badkamer")],
              56, 165, 140)
    address(wb, ["Dhr. M. Visscher", "Kleverparkweg 48", "2023 CG Haarlem"], 340, 165, size=9)
    wb.text(56, 240, "Uitgevoerd: lekkage achter inbouwreservoir verholpen, vulventiel en afvoerbocht vervangen.", size=9)
    cols = [("Omschrijving", 56, "L"), ("Aantal", 380, "R"), ("Prijs", 460, "R"), ("Bedrag", 539, "R")]
    y = draw_head(wb, 275, cols)
    for r in [("Arbeid monteur", "2,5 uur", "72,50", "181,25"), ("Vulventiel Geberit", "1", "38,90", "38,90"),
              ("Afvoerbocht 90 mm", "1", "12,40", "12,40"), ("Voorrijkosten", "1", "42,50", "42,50")]:
        y = draw_row(wb, y, cols, r)
    p = wb
    p.rule(56, y - 8, 539, y - 8)
    draw_row(p, y + 4, cols, ("Totaal werkbon excl. btw", "", "", "275,05"), bold=True)
    p.text(56, y + 40, "Deze werkbon is geen factuur. Het bedrag wordt opgenomen in de maandfactuur.", size=9)
    p.text(56, y + 80, "Handtekening klant: M. Visscher (digitaal getekend 19-11-2026 15:42)", size=9, bold=True)
    foot(p, fl)
    cover = ("Geachte heer Visscher,\n\nBijgaand ontvangt u de door u getekende werkbon WB-2026-0871 van het bezoek van "
             "vandaag. De factuur volgt aan het einde van de maand.\n\nMet vriendelijke groet,\n\nLoodgietersbedrijf Bakker\nPlanning")
    rcpt = ["m.visscher@xs4all.nl"]
    eml = send("planning@bakkerloodgieters.nl", "Loodgietersbedrijf Bakker", to_hdr("M. Visscher", rcpt[0]),
               "Werkbon WB-2026-0871", D(2026, 11, 19), text=cover, pdf=True)
    add("x-nl-werkbon-alone", "Word-to-PDF", "nl", "none", "planning@bakkerloodgieters.nl", rcpt, eml, [wb],
        "Werkbon WB-2026-0871.pdf", why="A signed work order (werkbon) with prices and a total; it says it is not an invoice and that the month's invoice follows.",
        note="Werkbon alone with amounts and a total excl. VAT; no invoice number, no due date.")


def x_nl_pakbon_alone():
    S = {"name": "Groothandel Van Gelder Verpakkingen", "addr": ["Edisonweg 18", "4207 HG Gorinchem"],
         "contact": ["0183 - 62 44 90", "orders@vangelderverpakkingen.nl"]}
    fl = ["Van Gelder Verpakkingen B.V. · KvK 23077190 · Btw NL008812207B01"]
    to = ["Chocolaterie Puur & Zoet", "Hoogstraat 12", "4201 AB Gorinchem"]
    pb = Page()
    letterhead(pb, S, "din")
    address(pb, to, 56, 155)
    metablock(pb, [("Pakbonnummer", "PB260488"), ("Datum", "26-11-2026"), ("Ordernummer", "VO-26-1144"),
                   ("Debiteurnummer", "30127"), ("Aantal colli", "3")], 340, 155, 440)
    pb.text(56, 262, "PAKBON", size=14, bold=True)
    cols = [("Artikelnr.", 56, "L"), ("Omschrijving", 130, "L"), ("Besteld", 470, "R"), ("Geleverd", 539, "R")]
    y = draw_head(pb, 290, cols)
    for r in [("DZ-1208", "Bonbondoos 8 vaks goud", "500", "500"), ("DZ-1216", "Bonbondoos 16 vaks goud", "250", "250"),
              ("LN-0025", "Satijnlint rood 25 mm (rol)", "20", "20"), ("ZK-0150", "Cellofaanzakjes 150 x 250", "1000", "600")]:
        y = draw_row(pb, y, cols, r)
    pb.text(56, y + 14, "Backorder: 400 cellofaanzakjes, levering week 50.", size=9)
    pb.text(56, y + 30, "U ontvangt voor deze levering een verzamelfactuur aan het einde van de maand.", size=9)
    pb.text(56, y + 70, "Voor ontvangst: ______________________", size=9)
    foot(pb, fl)
    cover = ("Beste Sanne,\n\nJullie order VO-26-1144 is vandaag verzonden (3 colli). In de bijlage vind je de pakbon "
             "PB260488. De cellofaanzakjes die nog ontbreken volgen in week 50.\n\nMet vriendelijke groet,\n\n"
             "Van Gelder Verpakkingen\nOrderafdeling")
    rcpt = ["sanne@puurenzoet.nl"]
    eml = send("orders@vangelderverpakkingen.nl", "Van Gelder Verpakkingen", to_hdr("Sanne de Wit", rcpt[0]),
               "Pakbon PB260488 bij order VO-26-1144", D(2026, 11, 26), text=cover, pdf=True)
    add("x-nl-pakbon-alone", "SnelStart", "nl", "none", "orders@vangelderverpakkingen.nl", rcpt, eml, [pb],
        "Pakbon PB260488.pdf", why="A packing slip (pakbon) for a delivery, quantities only; the invoice comes as a monthly collective invoice.",
        note="Pakbon alone: order, debtor and pakbon numbers, no amounts.")


def x_nl_urenstaat_approval():
    S = {"name": "Bright Data Consultancy", "addr": ["Weena 505", "3013 AL Rotterdam"], "contact": ["kees@brightdata.nl"]}
    p = Page()
    letterhead(p, S, "din")
    p.text(56, 140, "Urenstaat november 2026", size=14, bold=True)
    metablock(p, [("Opdrachtgever", "Havenbedrijf Logistiek B.V."), ("Project", "Data platform"),
                  ("Contactpersoon", "Peter Schuurman"), ("Uurtarief", "€ 90,00 excl. btw")], 56, 165, 150)
    cols = [("Week", 56, "L"), ("Werkzaamheden", 120, "L"), ("Uren", 539, "R")]
    y = draw_head(p, 240, cols)
    for r in [("45", "Datamodel en ETL-pijplijn", "24"), ("46", "Dashboards sprint 3", "22"),
              ("47", "Performance-tuning, review", "20"), ("48", "Documentatie en overdracht", "20")]:
        y = draw_row(p, y, cols, r)
    p.rule(56, y - 8, 539, y - 8)
    y = draw_row(p, y + 4, cols, ("", "Totaal uren", "86"), bold=True)
    draw_row(p, y, cols, ("", "Bedrag excl. btw (86 x € 90,00)", "€ 7.740,00"), bold=True)
    p.text(56, y + 40, "Akkoord opdrachtgever (naam, datum, paraaf): ______________________", size=9)
    cover = ("Hoi Peter,\n\nHierbij mijn urenstaat van november: 86 uur, samen € 7.740,00 excl. btw. Wil je de uren "
             "goedkeuren? Dan stuur ik daarna de factuur naar jullie crediteurenadministratie.\n\nGroet,\nKees van Aalst\n"
             "Bright Data Consultancy")
    rcpt = ["p.schuurman@havenbedrijflogistiek.nl"]
    eml = send("kees@brightdata.nl", "Kees van Aalst", to_hdr("Peter Schuurman", rcpt[0]),
               "Urenstaat november ter goedkeuring", D(2026, 12, 1), text=cover, pdf=True)
    add("x-nl-urenstaat-approval", "Moneybird", "nl", "none", "kees@brightdata.nl", rcpt, eml, [p],
        "Urenstaat november 2026.pdf", why="A timesheet sent for approval with an amount excl. VAT; the invoice is sent after approval.",
        note="Hours times rate with a money total, an approval line, no invoice number.")


def x_be_offerte_betalingsschema():
    S = {"name": "Dakwerken Maes & Zoon", "addr": ["Gentsesteenweg 410", "9300 Aalst"],
         "contact": ["053 70 22 41", "info@dakwerkenmaes.be"]}
    ib = mk.iban(rng, "BE")
    to = ["Mevr. Els De Smet", "Kerkstraat 77", "9300 Aalst"]
    fl = ["Dakwerken Maes & Zoon BV · BTW BE 0467.220.913 · IBAN %s" % iban_spaced(ib)]
    lines = [("Afbraak bestaande dakbedekking", 96, "m²", 1400, "6"),
             ("Isolatie PIR 14 cm", 96, "m²", 4250, "6"),
             ("Dakpannen keramisch, geplaatst", 96, "m²", 5600, "6"),
             ("Zinken goten en afvoeren", 24, "m", 8500, "6")]
    c = compute(lines)
    sched = [("30% voorschot bij ondertekening", 30), ("60% bij aanvang der werken", 60), ("10% na oplevering", 10)]
    notes = ["Betalingsschema:"] + ["  %s: %s" % (lab, mny(half_up(Decimal(c["total"]) * pc / 100), "be")) for lab, pc in sched]
    notes += ["Elke schijf wordt afzonderlijk gefactureerd. Offerte geldig 30 dagen.",
              "Voor akkoord: ______________________  (datum, handtekening, 'gelezen en goedgekeurd')"]
    pages, _ = invoice(S, "be", "EUR", "din", to, "PRIJSOFFERTE",
                       [("Offerte nr.", "OF26-0412"), ("Datum", "03/12/2026"), ("Geldig tot", "02/01/2027"), ("Werf", "Kerkstraat 77")],
                       lines, notes, fl, words={"total": "Totaal offerte incl. btw"})
    cover = ("Beste mevrouw De Smet,\n\nIn bijlage vindt u onze prijsofferte OF26-0412 voor de vernieuwing van uw dak, "
             "met het betalingsschema. Als u akkoord gaat, mag u de offerte ondertekend terugsturen; dan ontvangt u de "
             "voorschotfactuur.\n\nMet vriendelijke groeten,\n\nKristof Maes\nDakwerken Maes & Zoon")
    rcpt = ["els.desmet@skynet.be"]
    eml = send("info@dakwerkenmaes.be", "Dakwerken Maes & Zoon", to_hdr("Els De Smet", rcpt[0]),
               "Prijsofferte OF26-0412 dakwerken", D(2026, 12, 3), text=cover, pdf=True)
    add("x-be-offerte-betalingsschema", "Word-to-PDF", "nl", "none", "info@dakwerkenmaes.be", rcpt, eml, pages,
        "Offerte OF26-0412.pdf", why="A quote (prijsofferte) with a payment schedule; each instalment is to be invoiced after signing.",
        note="Flemish quote with VAT, a total, three scheduled amounts and the IBAN in the foot.")


def x_nl_proforma():
    S = {"name": "Meubelmakerij Houtwerk Oost", "addr": ["Hengelosestraat 500", "7521 AN Enschede"],
         "contact": ["053 - 430 11 28", "info@houtwerkoost.nl"]}
    ib = mk.iban(rng, "NL")
    to = ["Dhr. T. Nijhuis", "Lasondersingel 102", "7514 BS Enschede"]
    fl = ["Meubelmakerij Houtwerk Oost · KvK 08199032 · Btw NL001661902B40 · IBAN %s" % iban_spaced(ib)]
    lines = [("Eettafel eiken 240 x 100, op maat", 1, "", 289000, "21"), ("Bank eiken 200 cm", 1, "", 74500, "21")]
    pages, c = invoice(S, "nl", "EUR", "din", to, "PROFORMAFACTUUR",
                       [("Proformanummer", "PF-2026-012"), ("Datum", "16-10-2026"), ("Levering", "week 49")],
                       lines, ["Dit is een proformafactuur en geen factuur. Wij starten met de productie na ontvangst van",
                               "het totaalbedrag op %s o.v.v. PF-2026-012. De definitieve factuur ontvangt u bij levering." % iban_spaced(ib)],
                       fl)
    cover = ("Beste heer Nijhuis,\n\nZoals afgesproken hierbij de proformafactuur voor de eettafel en de bank. Na ontvangst "
             "van de betaling plannen we de productie in; de factuur ontvangt u bij levering.\n\nMet vriendelijke groet,\n\n"
             "Meubelmakerij Houtwerk Oost\n\nVerzonden via e-Boekhouden.nl")
    rcpt = ["t.nijhuis@home.nl"]
    eml = send("info@houtwerkoost.nl", "Meubelmakerij Houtwerk Oost", to_hdr("T. Nijhuis", rcpt[0]),
               "Proformafactuur PF-2026-012", D(2026, 10, 16), text=cover, pdf=True)
    add("x-nl-proforma", "e-Boekhouden", "nl", "none", "info@houtwerkoost.nl", rcpt, eml, pages, "Proformafactuur PF-2026-012.pdf",
        why="A pro-forma invoice asking prepayment before production; the invoice follows at delivery.",
        note="Pro-forma with VAT, a total and the IBAN; it says it is not an invoice.")


def x_nl_orderbevestiging():
    S = {"name": "Kantoorinrichting De Vries", "addr": ["Kanaalweg 14", "3526 KL Utrecht"],
         "contact": ["030 - 289 70 00", "verkoop@kantoordevries.nl"]}
    ib = mk.iban(rng, "NL")
    to = ["Notariskantoor Smeets & Partners", "t.a.v. mevrouw L. Smeets", "Maliebaan 61", "3581 CG Utrecht"]
    fl = ["Kantoorinrichting De Vries B.V. · KvK 30177654 · Btw NL004123877B01 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "nl", "EUR", "din", to, "Orderbevestiging",
                       [("Ordernummer", "26000412"), ("Orderdatum", "03-11-2026"), ("Uw referentie", "Inrichting 2e verdieping"),
                        ("Leverweek", "47")],
                       [("Zit-sta bureau 160 x 80, wit", 6, "st", 64900, "21"),
                        ("Bureaustoel ergonomisch", 6, "st", 42900, "21"),
                        ("Ladeblok verrijdbaar", 6, "st", 17900, "21"),
                        ("Montage en plaatsing", 1, "", 29500, "21")],
                       ["Wij danken u voor uw order. De factuur ontvangt u na levering; betalingstermijn 30 dagen.",
                        "Op al onze leveringen zijn de Algemene Verkoopvoorwaarden van toepassing."], fl)
    cover = ("Geachte mevrouw Smeets,\n\nHartelijk dank voor uw order. Bijgaand ontvangt u de orderbevestiging 26000412. "
             "Levering en montage staan gepland in week 47.\n\nMet vriendelijke groet,\n\nKantoorinrichting De Vries\n\n"
             "Dit bericht is verzonden met Exact Online.")
    rcpt = ["l.smeets@smeetsnotarissen.nl"]
    eml = send("verkoop@kantoordevries.nl", "Kantoorinrichting De Vries", to_hdr("L. Smeets", rcpt[0]),
               "Orderbevestiging 26000412", D(2026, 11, 3), text=cover, pdf=True)
    add("x-nl-orderbevestiging", "Exact Online", "nl", "none", "verkoop@kantoordevries.nl", rcpt, eml, pages,
        "Orderbevestiging_26000412.pdf", why="An order confirmation with a total; the invoice is sent after delivery.",
        note="Exact Online numbering like an invoice's, VAT and a total, 'betalingstermijn 30 dagen' for the invoice to come.")


def x_nl_statement_with_copies():
    S = {"name": "Glaszetterij Koster", "addr": ["Industrieweg 4", "8304 AD Emmeloord"],
         "contact": ["0527 - 61 80 40", "debiteuren@glaskoster.nl"]}
    ib = mk.iban(rng, "NL")
    to = ["Bouwbedrijf Lagerwey B.V.", "Postbus 211", "8300 AE Emmeloord"]
    fl = ["Glaszetterij Koster · KvK 39055121 · Btw NL001188734B66 · IBAN %s" % iban_spaced(ib)]
    inv1 = compute([("HR++ glas geplaatst, project Lange Nering", 14, "m²", 11800, "21")])
    inv2 = compute([("Spiegelwand sportschool, geplaatst", 1, "", 186000, "21"), ("Spoedlevering", 1, "", 9500, "21")])
    st = Page()
    letterhead(st, S, "din")
    address(st, to, 56, 155)
    metablock(st, [("Datum", "01-12-2026"), ("Debiteurnummer", "D1048")], 340, 155, 440)
    st.text(56, 262, "Overzicht openstaande posten", size=14, bold=True)
    cols = [("Factuur", 56, "L"), ("Datum", 150, "L"), ("Vervaldatum", 240, "L"), ("Bedrag", 440, "R"), ("Openstaand", 539, "R")]
    y = draw_head(st, 290, cols)
    y = draw_row(st, y, cols, ("2026-00188", "08-10-2026", "07-11-2026", money(inv1["total"], "nl"), money(inv1["total"], "nl")))
    y = draw_row(st, y, cols, ("2026-00203", "22-10-2026", "21-11-2026", money(inv2["total"], "nl"), money(inv2["total"], "nl")))
    st.rule(56, y - 8, 539, y - 8)
    draw_row(st, y + 4, cols, ("Totaal openstaand", "", "", "", mny(inv1["total"] + inv2["total"], "nl")), bold=True)
    st.text(56, y + 40, "Volgens onze administratie staan bovenstaande facturen nog open. Kopieën zijn bijgevoegd.", size=9)
    st.text(56, y + 52, "Heeft u inmiddels betaald, dan kunt u dit overzicht als niet verzonden beschouwen.", size=9)
    foot(st, fl)
    cp = []
    for n, dte, due, cc in [("2026-00188", "08-10-2026", "07-11-2026", inv1), ("2026-00203", "22-10-2026", "21-11-2026", inv2)]:
        lines = [(d, q, u, p_, r) for d, q, u, p_, r, _ in cc["lines"]]
        pg, _ = invoice(S, "nl", "EUR", "din", to, "FACTUUR (KOPIE)",
                        [("Factuurnummer", n), ("Factuurdatum", dte), ("Vervaldatum", due)], lines,
                        ["Betaling vóór de vervaldatum op %s." % iban_spaced(ib)], fl)
        cp += pg
    cover = ("Geachte heer, mevrouw,\n\nBij controle van onze administratie zagen wij dat de facturen 2026-00188 en "
             "2026-00203 nog openstaan. In de bijlage vindt u het overzicht en kopieën van beide facturen.\n\n"
             "Met vriendelijke groet,\n\nGlaszetterij Koster\nDebiteurenbeheer")
    rcpt = ["crediteuren@lagerwey-bouw.nl"]
    eml = send("debiteuren@glaskoster.nl", "Glaszetterij Koster", rcpt[0], "Overzicht openstaande posten D1048",
               D(2026, 12, 1), text=cover, pdf=True, pdf2="after")
    add("x-nl-statement-with-copies", "Informer", "nl", "none", "debiteuren@glaskoster.nl", rcpt, eml, [st],
        "Openstaande posten D1048.pdf",
        why="A statement of open items with copies of the two invoices it lists; it chases invoices already sent, and no single bill is issued by it.",
        note="Statement first; the second PDF holds two invoice copies marked KOPIE, each with its own number and due date.",
        pages2=cp, fname2="Kopie facturen 2026-00188 en 2026-00203.pdf")


def x_nl_huurovereenkomst():
    S = {"name": "Bedrijfsverzamelgebouw De Werf", "addr": ["Scheepmakerij 12", "3331 MA Zwijndrecht"],
         "contact": ["078 - 610 33 00", "verhuur@dewerf-zwijndrecht.nl"]}
    ib = mk.iban(rng, "NL")
    fl = ["De Werf Vastgoed B.V. · KvK 71002239 · Btw NL858811290B01 · IBAN %s" % iban_spaced(ib)]
    paras = [["Partijen", "De Werf Vastgoed B.V., hierna: verhuurder, en Kapsalon Haarwerk Zwijndrecht, vertegenwoordigd door",
              "mevrouw N. Ouali, hierna: huurder, komen het volgende overeen."],
             ["1. Het gehuurde", "Bedrijfsunit B-07 (48 m²) in het gebouw Scheepmakerij 12 te Zwijndrecht."],
             ["2. Duur", "De huur gaat in op 1 januari 2027 voor de duur van twee jaar en wordt daarna stilzwijgend verlengd."],
             ["3. Huurprijs en servicekosten", "Huurprijs per maand: € 720,00 excl. btw",
              "Voorschot servicekosten per maand: € 95,00 excl. btw",
              "Btw 21%: € 171,15 — totaal per maand: € 986,15"],
             ["4. Betaling", "De huurder betaalt maandelijks vooruit, vóór de eerste van iedere maand, op %s" % iban_spaced(ib),
              "ten name van De Werf Vastgoed B.V. De eerste betaling is verschuldigd op 1 januari 2027."],
             ["5. Waarborgsom", "De huurder stort vóór ingang van de huur een waarborgsom van € 2.958,45 (drie maanden)."],
             ["", "Aldus opgemaakt in tweevoud. Verhuurder: ____________   Huurder: ____________"]]
    p = text_page(S, "Huurovereenkomst bedrijfsruimte (ROZ-model, verkort)", paras, 1, 1, "nl", fl, size=9, small_head=True)
    cover = ("Beste Nadia,\n\nZoals besproken hierbij de huurovereenkomst voor unit B-07. Wil je hem getekend terugsturen? "
             "De eerste huurfactuur en de factuur voor de waarborgsom ontvang je in december.\n\nMet vriendelijke groet,\n\n"
             "Mark de Jong\nDe Werf Vastgoed")
    rcpt = ["nadia@haarwerkzwijndrecht.nl"]
    eml = send("verhuur@dewerf-zwijndrecht.nl", "De Werf Vastgoed", to_hdr("Nadia Ouali", rcpt[0]),
               "Huurovereenkomst unit B-07", D(2026, 11, 24), text=cover, pdf=True)
    add("x-nl-huurovereenkomst", "Word-to-PDF", "nl", "none", "verhuur@dewerf-zwijndrecht.nl", rcpt, eml, [p],
        "Huurovereenkomst B-07.pdf", why="A rental agreement with its monthly fee and a deposit, sent for signature; the rent invoices follow.",
        note="Contract with amounts, VAT, payment dates and the IBAN; no invoice number.")


def x_be_factuur_volgt():
    html = ("<p>Beste klant,</p>\n<p>Goed nieuws: uw bestelling <b>10482</b> werd vandaag geleverd door onze chauffeur.</p>\n"
            "<table cellpadding=\"3\">\n<tr><td>Bestelling</td><td>10482</td></tr>\n<tr><td>Leverdatum</td><td>18/11/2026</td></tr>\n"
            "<tr><td>Artikelen</td><td>2 x Pelletkachel Nordica 9 kW (incl. plaatsing)</td></tr>\n"
            "<tr><td>Totaal bestelling</td><td>€ 5.830,00 incl. 6% btw</td></tr>\n</table>\n"
            "<p>De factuur ontvangt u afzonderlijk per e-mail van onze boekhouding. Gelieve niet te betalen vóór u de "
            "factuur hebt ontvangen.</p>\n<p>Met vriendelijke groeten,<br>Haardenhuis Lambrechts<br>Diestsesteenweg 220, 3010 Leuven</p>")
    rcpt = ["wim.janssens@proximus.be"]
    eml = send("levering@haardenhuis-lambrechts.be", "Haardenhuis Lambrechts", to_hdr("Wim Janssens", rcpt[0]),
               "Uw bestelling 10482 werd geleverd", D(2026, 11, 18), html=html)
    add("x-be-factuur-volgt", "HTML mail (shop)", "nl", "none", "levering@haardenhuis-lambrechts.be", rcpt, eml,
        why="A delivery notice with the order total that says the invoice follows separately.",
        note="Flemish HTML delivery mail: order number, total incl. VAT, 'De factuur ontvangt u afzonderlijk'.")


def x_nl_creditnota_aankondiging():
    body = ("Beste Ingrid,\n\nDank voor je mail. Je hebt gelijk: op factuur 2026-0231 van 2 oktober staan de 14 uur van "
            "de workshop dubbel. Wij maken een creditnota voor het volledige bedrag van € 1.512,50 en sturen die volgende "
            "week samen met de juiste factuur.\n\nJe hoeft factuur 2026-0231 dus niet te betalen.\n\n"
            "Met vriendelijke groet,\n\nRoos Kamphuis\nTrainingsbureau Kompas\nNL34 RABO 0308 1127 45 (voor de goede orde: "
            "nog niets overmaken)")
    rcpt = ["i.vermeulen@zorggroepdelinde.nl"]
    eml = send("roos@trainingsbureaukompas.nl", "Roos Kamphuis", to_hdr("Ingrid Vermeulen", rcpt[0]),
               "Re: factuur 2026-0231 klopt niet", D(2026, 10, 9), text=body)
    add("x-nl-creditnota-aankondiging", "typed in the mail", "nl", "none", "roos@trainingsbureaukompas.nl", rcpt, eml,
        why="It announces a credit note and a corrected invoice to come; the credit note itself is not in the mail.",
        note="A reply naming an invoice number, an amount and an account number, without a document.")


# Not invoices — English


def x_en_timesheet_approval():
    S = {"name": "Oakbridge Surveying Ltd", "addr": ["5 Bridge Street", "Stratford-upon-Avon CV37 6AB"],
         "contact": ["tom@oakbridgesurveying.co.uk"]}
    p = Page()
    letterhead(p, S, "en")
    p.text(56, 70, "TIMESHEET", size=20, bold=True)
    metablock(p, [("Client", "Avonside Estates Ltd"), ("Week ending", "13 Nov 2026"), ("Rate", "£65.00 per hour")],
              56, 150, 160)
    cols = [("Date", 56, "L"), ("Site / task", 130, "L"), ("Hours", 539, "R")]
    y = draw_head(p, 215, cols)
    for r in [("09/11/2026", "Measured survey, Mill House", "7.5"), ("10/11/2026", "Measured survey, Mill House", "7.5"),
              ("11/11/2026", "Drawing up floor plans", "6.0"), ("12/11/2026", "Elevations", "6.0"),
              ("13/11/2026", "Client meeting, revisions", "3.0")]:
        y = draw_row(p, y, cols, r)
    p.rule(56, y - 8, 539, y - 8)
    y = draw_row(p, y + 4, cols, ("", "Total hours", "30.0"), bold=True)
    draw_row(p, y, cols, ("", "Value at £65.00 (ex VAT)", "£1,950.00"), bold=True)
    p.text(56, y + 40, "Approved by (client): ____________________   Date: __________", size=9)
    cover = ("Hi Rachel,\n\nPlease find attached my timesheet for the week ending 13 November (30 hours). Could you "
             "approve it when you have a moment? Once it's approved I'll raise the invoice.\n\nMany thanks,\nTom Reeves\n"
             "Oakbridge Surveying Ltd")
    rcpt = ["rachel.hughes@avonside-estates.co.uk"]
    eml = send("tom@oakbridgesurveying.co.uk", "Tom Reeves", to_hdr("Rachel Hughes", rcpt[0]),
               "Timesheet w/e 13 Nov for approval", D(2026, 11, 16), text=cover, pdf=True)
    add("x-en-timesheet-approval", "Excel-to-PDF", "en", "none", "tom@oakbridgesurveying.co.uk", rcpt, eml, [p],
        "Timesheet WE 13-11-2026.pdf", why="A timesheet sent for approval with its value; the invoice is raised once it is approved.",
        note="UK; hours, a rate and a money value, an approval line; 'I'll raise the invoice'.")


def x_ie_quote_stages():
    S = {"name": "Brady Building & Renovations Ltd", "addr": ["Unit 3, Ballybrit Business Park", "Galway H91 K2C4"],
         "contact": ["091 755 210", "office@bradybuilding.ie"]}
    ib = mk.iban(rng, "IE")
    to = ["Mr Colm Fitzgerald", "14 Taylor's Hill", "Galway H91 A6W2"]
    fl = ["Brady Building & Renovations Ltd · CRO 501288 · VAT IE 9802144F · IBAN %s" % iban_spaced(ib)]
    lines = [("Rear extension 24 m², shell and roof", 1, "", 3850000, "13.5"),
             ("Kitchen fit-out (labour)", 1, "", 620000, "13.5"),
             ("Electrical and plumbing first/second fix", 1, "", 780000, "13.5")]
    c = compute(lines)
    st = [("Deposit on acceptance", 20), ("Roof on", 40), ("First fix complete", 30), ("Completion", 10)]
    notes = ["Stage payments (each invoiced at the stage):"] + [
        "  %s (%d%%): %s" % (lab, pc, mny(half_up(Decimal(c["total"]) * pc / 100), "en")) for lab, pc in st]
    notes += ["This quotation is valid for 30 days. Prices exclude any items not listed."]
    pages, _ = invoice(S, "en", "EUR", "en", to, "QUOTATION",
                       [("Quote No.", "Q-2026-044"), ("Date", "20 Oct 2026"), ("Valid until", "19 Nov 2026")],
                       lines, notes, fl, words={"total": "TOTAL (incl. VAT)"})
    cover = ("Dear Colm,\n\nThank you for meeting us on site. Please find attached our quotation Q-2026-044 for the rear "
             "extension, with the stage payment schedule. If you're happy to proceed, sign and return it and we'll issue "
             "the deposit invoice.\n\nKind regards,\nPádraig Brady")
    rcpt = ["colm.fitzgerald@gmail.com"]
    eml = send("office@bradybuilding.ie", "Brady Building & Renovations", to_hdr("Colm Fitzgerald", rcpt[0]),
               "Quotation Q-2026-044 – rear extension", D(2026, 10, 20), text=cover, pdf=True)
    add("x-ie-quote-stages", "QuickBooks", "en", "none", "office@bradybuilding.ie", rcpt, eml, pages, "Quotation Q-2026-044.pdf",
        why="A quotation with a stage payment schedule; nothing is owed until it is accepted and the stages are invoiced.",
        note="Ireland; VAT 13.5%, a total and four scheduled amounts; the IBAN in the foot.")


def x_us_proforma():
    S = {"name": "Ridgeline Furniture Co.", "addr": ["820 Wazee St", "Denver, CO 80204"],
         "contact": ["orders@ridgelinefurniture.com", "(303) 555-0126"]}
    to = ["Summit Yoga Collective", "2100 Pearl St", "Boulder, CO 80302"]
    fl = ["Ridgeline Furniture Co. · Wire: First Western Trust, routing 102089644, account ending 3310"]
    lines = [("Walnut reception desk, custom", 1, "", 485000, "0"), ("Bench seating, 3 units", 3, "", 72000, "0")]
    pages, c = invoice(S, "us", "USD", "en", to, "PRO FORMA INVOICE",
                       [("Pro forma #", "PF-1019"), ("Date", "11/05/2026"), ("Valid until", "12/05/2026")],
                       lines, ["This is a pro forma invoice, not a request for payment under terms.",
                               "Production begins when 50% ($3,505.00) is received; the final invoice is issued on delivery."],
                       fl, vat=False, to_label="Customer", words={"total": "Estimated Total"})
    cover = ("Hi Jess,\n\nAs requested, here is a pro forma for the reception desk and benches so your board can approve "
             "the spend. Once the 50% deposit is in we'll schedule the build.\n\nBest,\nAaron\nRidgeline Furniture Co.")
    rcpt = ["jess@summityogacollective.com"]
    eml = send("orders@ridgelinefurniture.com", "Ridgeline Furniture Co.", to_hdr("Jess Morales", rcpt[0]),
               "Pro forma PF-1019 - reception furniture", D(2026, 11, 5), text=cover, pdf=True)
    add("x-us-proforma", "Zoho Invoice", "en", "none", "orders@ridgelinefurniture.com", rcpt, eml, pages, "PF-1019.pdf",
        why="A pro forma invoice for board approval and a deposit; the final invoice is issued on delivery.",
        note="US; titled PRO FORMA INVOICE with a total and a deposit amount.")


def x_en_sales_order():
    S = {"name": "Harbour Signs & Print Ltd", "addr": ["Quay Works, Bath Road", "Bristol BS4 3AP"],
         "contact": ["0117 977 3410", "sales@harboursigns.co.uk"]}
    to = ["Clifton Dental Studio Ltd", "Practice Manager", "22 Whiteladies Road", "Bristol BS8 2LG"]
    fl = ["Harbour Signs & Print Ltd · Company No. 06654120 · VAT GB 944 1820 73"]
    pages, c = invoice(S, "en", "GBP", "en", to, "SALES ORDER",
                       [("Sales Order#", "SO-00045"), ("Order Date", "24/11/2026"), ("Expected Shipment", "04/12/2026"),
                        ("Reference#", "Signage refresh")],
                       [("Illuminated fascia sign 3000 x 600", 1, "", 184000, "20"),
                        ("Window vinyl graphics", 4, "", 12500, "20"),
                        ("Installation (2 fitters, half day)", 1, "", 38000, "20")],
                       ["Thank you for your order. An invoice will be issued on completion of the installation,",
                        "payable within 30 days."], fl, words={"total": "Total"})
    cover = ("Dear Hannah,\n\nThank you for your order. Please find attached sales order SO-00045 confirming the items and "
             "prices. We'll be in touch to book the installation.\n\nRegards,\nHarbour Signs & Print Ltd")
    rcpt = ["hannah@cliftondentalstudio.co.uk"]
    eml = send("sales@harboursigns.co.uk", "Harbour Signs & Print Ltd", to_hdr("Hannah Price", rcpt[0]),
               "Sales Order - SO-00045 from Harbour Signs & Print Ltd", D(2026, 11, 24), text=cover, pdf=True)
    add("x-en-sales-order", "Zoho Invoice", "en", "none", "sales@harboursigns.co.uk", rcpt, eml, pages, "SO-00045.pdf",
        why="An order confirmation (sales order) with a total; the invoice is issued on completion.",
        note="UK; laid out like the tool's invoice with VAT and a total.")


def x_en_statement_copies():
    S = {"name": "Weston Office Supplies Ltd", "addr": ["14 Enterprise Way", "Weston-super-Mare BS24 9AY"],
         "contact": ["01934 622 410", "accounts@westonoffice.co.uk"]}
    ib = mk.iban(rng, "GB")
    to = ["Seaview Lettings Ltd", "3 Knightstone Road", "Weston-super-Mare BS23 2AD"]
    fl = ["Weston Office Supplies Ltd · Company No. 05512876 · VAT GB 876 2230 11 · IBAN %s" % iban_spaced(ib)]
    i1 = compute([("Copier paper A4, 80gsm (box of 5 reams)", 10, "", 2450, "20"), ("Toner HP 59A", 2, "", 8900, "20")])
    i2 = compute([("Desk chairs, mesh back", 2, "", 14900, "20")])
    st = Page()
    letterhead(st, S, "en")
    st.text(56, 70, "STATEMENT", size=20, bold=True)
    address(st, to, 56, 160, size=9.5, label="To")
    metablock(st, [("Date", "30 Nov 2026"), ("Account", "SEAV01")], 330, 160, right=True, bold_labels=True)
    cols = [("Date", 56, "L"), ("Activity", 140, "L"), ("Due", 330, "L"), ("Amount GBP", 440, "R"), ("Balance GBP", 539, "R")]
    y = draw_head(st, 260, cols)
    y = draw_row(st, y, cols, ("02 Oct 2026", "Invoice INV-2207", "01 Nov 2026", money(i1["total"], "en"), money(i1["total"], "en")))
    y = draw_row(st, y, cols, ("19 Oct 2026", "Invoice INV-2241", "18 Nov 2026", money(i2["total"], "en"),
                               money(i1["total"] + i2["total"], "en")))
    st.rule(56, y - 8, 539, y - 8)
    draw_row(st, y + 4, cols, ("", "BALANCE DUE GBP", "", "", money(i1["total"] + i2["total"], "en")), bold=True)
    st.text(56, y + 40, "Copies of the outstanding invoices are attached. Please remit to IBAN %s." % iban_spaced(ib), size=8.5)
    foot(st, fl)
    cp = []
    for n, d_, dd, cc in [("INV-2207", "2 Oct 2026", "1 Nov 2026", i1), ("INV-2241", "19 Oct 2026", "18 Nov 2026", i2)]:
        pg, _ = invoice(S, "en", "GBP", "en", to, "TAX INVOICE (COPY)",
                        [("Invoice Date", d_), ("Invoice Number", n), ("Due Date", dd)],
                        [(d, q, u, p_, r) for d, q, u, p_, r, _ in cc["lines"]],
                        ["Payment to IBAN %s." % iban_spaced(ib)], fl, words={"total": "TOTAL GBP"})
        cp += pg
    cover = ("Dear Sir/Madam,\n\nPlease find attached your statement as at 30 November 2026, together with copies of the "
             "two invoices that remain unpaid.\n\nIf you have already paid, please disregard this message.\n\nKind regards,\n"
             "Accounts, Weston Office Supplies Ltd")
    rcpt = ["office@seaviewlettings.co.uk"]
    eml = send("accounts@westonoffice.co.uk", "Weston Office Supplies Ltd", to_hdr("Seaview Lettings", rcpt[0]),
               "Statement from Weston Office Supplies Ltd", D(2026, 11, 30), text=cover, pdf=True, pdf2="after")
    add("x-en-statement-copies", "Xero", "en", "none", "accounts@westonoffice.co.uk", rcpt, eml, [st], "Statement SEAV01.pdf",
        why="A statement of account with copies of the two unpaid invoices it lists; it chases invoices already sent.",
        note="UK; the statement first, two TAX INVOICE (COPY) pages in the second PDF.",
        pages2=cp, fname2="Invoice copies INV-2207 INV-2241.pdf")


def x_us_services_agreement():
    S = {"name": "Lantern Hill Marketing LLC", "addr": ["310 SW 4th Ave, Suite 600", "Portland, OR 97204"],
         "contact": ["contracts@lanternhillmarketing.com"]}
    paras1 = [["1. Services", "Lantern Hill Marketing LLC (\"Agency\") will provide social media management and monthly",
               "reporting to Cascade Brewing Supply Inc. (\"Client\") as described in Exhibit A."],
              ["2. Term", "This Agreement begins January 1, 2027 and continues for twelve (12) months."],
              ["3. Fees", "Client shall pay the fees in the Fee Schedule below. Agency will invoice monthly in advance on",
               "the first business day of each month; invoices are due Net 15."],
              ["Fee Schedule", "Monthly retainer (social media management): $2,400.00",
               "Quarterly campaign report: $650.00 per quarter",
               "Onboarding fee (one-time, invoiced with the first month): $1,200.00",
               "Additional hours: $110.00 per hour, billed monthly in arrears"]]
    paras2 = [["4. Late payment", "Amounts not paid when due accrue interest at 1% per month."],
              ["5. Termination", "Either party may terminate with thirty (30) days' written notice."],
              ["Signatures", "Agency: ______________________  Date: ________",
               "Client: ______________________  Date: ________"]]
    pages = [text_page(S, "Services Agreement", paras1, 1, 2, "us", size=9),
             text_page(S, "Services Agreement (continued)", paras2, 2, 2, "us", size=9)]
    cover = ("Hi Greg,\n\nAttached is the services agreement for next year with the fee schedule we discussed. Please sign "
             "and return it by December 15; our first invoice will go out on January 1.\n\nThanks,\nDana Whitcomb\n"
             "Lantern Hill Marketing LLC")
    rcpt = ["greg@cascadebrewingsupply.com"]
    eml = send("contracts@lanternhillmarketing.com", "Dana Whitcomb", to_hdr("Greg Halvorsen", rcpt[0]),
               "Services Agreement 2027 for signature", D(2026, 12, 4), text=cover, pdf=True)
    add("x-us-services-agreement", "Word-to-PDF", "en", "none", "contracts@lanternhillmarketing.com", rcpt, eml, pages,
        "Services Agreement 2027 - Cascade Brewing Supply.pdf",
        why="A services agreement with a fee schedule sent for signature; the monthly invoices start later.",
        note="US; two pages of contract with dollar amounts, Net 15 and interest terms, no invoice number.")


def x_ie_docket_invoice_follows():
    S = {"name": "Shannon Timber & Hardware", "addr": ["Dock Road", "Limerick V94 X2F7"], "contact": ["061 410 227"]}
    p = Page()
    letterhead(p, S, "din")
    p.text(56, 140, "DELIVERY DOCKET  DD-1182", size=14, bold=True)
    metablock(p, [("Date", "03/12/2026"), ("Account", "MCN-014"), ("Your order", "PO 2261")], 56, 165, 140)
    address(p, ["McNamara Builders Ltd", "Site: Castletroy, Limerick"], 340, 165, size=9)
    cols = [("Item", 56, "L"), ("Qty", 539, "R")]
    y = draw_head(p, 230, cols)
    for r in [("C16 timber 47 x 175 x 4.8 m", "60"), ("OSB3 18 mm 2440 x 1220", "40"), ("Joist hangers 47 mm", "120")]:
        y = draw_row(p, y, cols, r)
    p.text(56, y + 30, "Received by: S. Power   Time: 08:15", size=9)
    body = ("Hi Sinéad,\n\nYour order PO 2261 was delivered to the Castletroy site this morning; the signed docket "
            "DD-1182 is attached. The invoice will follow separately from our accounts office at month end.\n\n"
            "Thanks,\nEamon\nShannon Timber & Hardware")
    rcpt = ["accounts@mcnamarabuilders.ie"]
    eml = send("yard@shannontimber.ie", "Shannon Timber & Hardware", to_hdr("Sinéad Power", rcpt[0]),
               "Delivery PO 2261 – docket DD-1182", D(2026, 12, 3), text=body, pdf=True)
    add("x-ie-docket-invoice-follows", "Word-to-PDF", "en", "none", "yard@shannontimber.ie", rcpt, eml, [p],
        "DD-1182.pdf", why="A delivery docket with quantities only, and a mail that says the invoice will follow separately.",
        note="Ireland; delivery mail with the signed docket; no amounts at all.")


def x_en_credit_note_announcement():
    body = ("Hi Marcus,\n\nApologies, you're right: INV-0877 charged the full-day rate for the 14 November session, which "
            "was a half day. I've asked our bookkeeper to raise a credit note for £240.00 + VAT against INV-0877; you'll "
            "receive it from Xero in the next couple of days.\n\nPlease only pay the balance of £1,056.00 once the credit "
            "note has arrived.\n\nBest wishes,\nFiona\n\nFiona Grant Training\n07723 410 982")
    rcpt = ["marcus.bell@elmfieldschools.org.uk"]
    eml = send("fiona@fionagranttraining.co.uk", "Fiona Grant", to_hdr("Marcus Bell", rcpt[0]), "RE: INV-0877 query",
               D(2026, 11, 25), text=body)
    add("x-en-credit-note-announcement", "typed in the mail", "en", "none", "fiona@fionagranttraining.co.uk", rcpt, eml,
        why="It announces a credit note against an existing invoice; the credit note itself is not attached.",
        note="UK reply naming an invoice, a credit amount and the balance to pay later.")


# Not invoices — German


def x_de_lieferschein_alone():
    S = {"name": "Bürobedarf Krüger GmbH", "addr": ["Lindenallee 8", "14050 Berlin"],
         "contact": ["030 3 01 55 20", "versand@buero-krueger.de"], "sender_line": "Bürobedarf Krüger GmbH · Lindenallee 8 · 14050 Berlin"}
    fl = ["Bürobedarf Krüger GmbH · HRB 188204 B AG Charlottenburg · USt-IdNr. DE299018447"]
    to = ["Steuerkanzlei Albrecht & Partner", "Kurfürstendamm 61", "10707 Berlin"]
    ls = Page()
    letterhead(ls, S, "din")
    ls.text(56, 140, S["sender_line"], size=6.5)
    address(ls, to, 56, 155)
    metablock(ls, [("Lieferschein-Nr.", "LS-2026-0233"), ("Datum", "12.11.2026"), ("Auftrag", "AB-2026-0190"),
                   ("Kunden-Nr.", "K-2044")], 340, 155, 440)
    ls.text(56, 262, "Lieferschein", size=14, bold=True)
    cols = [("Pos.", 56, "L"), ("Artikel", 82, "L"), ("Menge", 539, "R")]
    y = draw_head(ls, 290, cols)
    for r in [("1", "Kopierpapier A4 80 g, 5 x 500 Blatt", "20 Kartons"), ("2", "Ordner breit, blau", "100 Stk."),
              ("3", "Tonerkartusche Brother TN-2420", "6 Stk.")]:
        y = draw_row(ls, y, cols, r)
    ls.text(56, y + 14, "Die Rechnung erhalten Sie separat per E-Mail.", size=9)
    ls.text(56, y + 50, "Ware vollständig und unbeschädigt erhalten: ____________________", size=9)
    foot(ls, fl)
    cover = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie den Lieferschein LS-2026-0233 zu Ihrem Auftrag "
             "AB-2026-0190. Die Rechnung folgt separat.\n\nMit freundlichen Grüßen\nBürobedarf Krüger GmbH")
    rcpt = ["kanzlei@albrecht-partner.de"]
    eml = send("versand@buero-krueger.de", "Bürobedarf Krüger GmbH", to_hdr("Steuerkanzlei Albrecht & Partner", rcpt[0]),
               "Lieferschein LS-2026-0233", D(2026, 11, 12), text=cover, pdf=True)
    add("x-de-lieferschein-alone", "lexoffice", "de", "none", "versand@buero-krueger.de", rcpt, eml, [ls],
        "Lieferschein_LS-2026-0233.pdf", why="A delivery note (Lieferschein) with quantities only; the invoice follows separately.",
        note="Lieferschein alone with an order and customer number.")


def x_at_leistungsnachweis_freigabe():
    S = {"name": "Markus Huber IT-Dienstleistungen", "addr": ["Landstraßer Hauptstraße 99", "1030 Wien"],
         "contact": ["office@huber-it.at"]}
    p = Page()
    letterhead(p, S, "din")
    p.text(56, 140, "Leistungsnachweis Oktober 2026 – zur Freigabe", size=13, bold=True)
    metablock(p, [("Auftraggeber", "Donau Versicherungsmakler GmbH"), ("Projekt", "Netzwerkumstellung"),
                  ("Stundensatz", "€ 92,00 netto")], 56, 165, 150)
    cols = [("Datum", 56, "L"), ("Tätigkeit", 120, "L"), ("Std.", 539, "R")]
    y = draw_head(p, 230, cols)
    for r in [("06.10.", "Bestandsaufnahme Netzwerk", "4,0"), ("13.10.", "Firewall-Konfiguration", "6,5"),
              ("20.10.", "Umstellung Wochenende", "9,0"), ("27.10.", "Nacharbeiten, Dokumentation", "3,5")]:
        y = draw_row(p, y, cols, r)
    p.rule(56, y - 8, 539, y - 8)
    y = draw_row(p, y + 4, cols, ("", "Summe Stunden", "23,0"), bold=True)
    draw_row(p, y, cols, ("", "Betrag netto (23 x € 92,00)", "€ 2.116,00"), bold=True)
    p.text(56, y + 40, "Freigegeben: ______________________ (Name, Datum)", size=9)
    cover = ("Sehr geehrte Frau Leitner,\n\nanbei der Leistungsnachweis für Oktober mit 23 Stunden zur Freigabe. Nach "
             "Ihrer Freigabe stelle ich die Rechnung.\n\nMit freundlichen Grüßen\nMarkus Huber")
    rcpt = ["s.leitner@donau-makler.at"]
    eml = send("office@huber-it.at", "Markus Huber", to_hdr("Sabine Leitner", rcpt[0]),
               "Leistungsnachweis Oktober zur Freigabe", D(2026, 11, 2), text=cover, pdf=True)
    add("x-at-leistungsnachweis-freigabe", "Excel-to-PDF", "de", "none", "office@huber-it.at", rcpt, eml, [p],
        "Leistungsnachweis_Oktober_2026.pdf", why="A record of hours sent for approval with its net value; the invoice is issued after approval.",
        note="Austria; hours, rate and a net amount, 'Nach Ihrer Freigabe stelle ich die Rechnung'.")


def x_de_angebot_zahlungsplan():
    S = {"name": "Gartenbau Reuter", "addr": ["Am Mühlbach 3", "82110 Germering"],
         "contact": ["089 84 10 22 70", "angebote@gartenbau-reuter.de"], "sender_line": "Gartenbau Reuter · Am Mühlbach 3 · 82110 Germering"}
    ib = mk.iban(rng, "DE")
    to = ["Familie Brückner", "Kleinfeldstraße 19", "82110 Germering"]
    fl = ["Gartenbau Reuter, Inh. Tobias Reuter · USt-IdNr. DE271045566 · IBAN %s" % iban_spaced(ib)]
    lines = [("Terrasse Naturstein 32 m², inkl. Unterbau", 32, "m²", 14800, "19"),
             ("Hochbeete Cortenstahl", 3, "Stk.", 68000, "19"),
             ("Bepflanzung lt. Plan", 1, "psch.", 185000, "19")]
    c = compute(lines)
    plan = [("30 % bei Auftragserteilung", 30), ("60 % nach Fertigstellung der Terrasse", 60), ("10 % nach Abnahme", 10)]
    notes = ["Zahlungsplan:"] + ["  %s: %s" % (lab, mny(half_up(Decimal(c["total"]) * pc / 100), "de")) for lab, pc in plan]
    notes += ["Die Teilbeträge werden jeweils gesondert in Rechnung gestellt. Angebot gültig bis 31.12.2026."]
    pages, _ = invoice(S, "de", "EUR", "din", to, "Angebot AN-1044",
                       [("Datum", "18.11.2026"), ("Kundennr.", "1309"), ("Gültig bis", "31.12.2026")],
                       lines, notes, fl, pos=True, words={"total": "Angebotssumme"})
    cover = ("Sehr geehrte Familie Brückner,\n\nvielen Dank für das nette Gespräch. Anbei unser Angebot AN-1044 für die "
             "Neugestaltung Ihres Gartens mit Zahlungsplan.\n\nMit freundlichen Grüßen\nTobias Reuter\n\n"
             "Diese E-Mail wurde mit sevDesk versendet.")
    rcpt = ["brueckner.germering@t-online.de"]
    eml = send("angebote@gartenbau-reuter.de", "Gartenbau Reuter", to_hdr("Familie Brückner", rcpt[0]),
               "Angebot AN-1044", D(2026, 11, 18), text=cover, pdf=True)
    add("x-de-angebot-zahlungsplan", "sevDesk", "de", "none", "angebote@gartenbau-reuter.de", rcpt, eml, pages,
        "Angebot-AN-1044.pdf", why="A quote (Angebot) with a payment plan; the instalments are invoiced separately once it is accepted.",
        note="Angebot with VAT, a total and three scheduled amounts; the IBAN in the foot.")


def x_ch_proforma():
    S = {"name": "Velowerkstatt Aare GmbH", "addr": ["Thunstrasse 58", "3005 Bern"],
         "contact": ["031 351 77 40", "info@velowerkstatt-aare.ch"]}
    ib = mk.iban(rng, "CH")
    to = ["Herr", "Simon Zbinden", "Kirchenfeldstrasse 30", "3005 Bern"]
    fl = ["Velowerkstatt Aare GmbH · CHE-330.118.902 MWST · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "ch", "CHF", "din", to, "Proforma-Rechnung PF-0012",
                       [("Datum", "23.10.2026"), ("Kunden-Nr.", "884")],
                       [("Cargo-Velo Riese & Müller, Rahmen M", 1, "", 749000, "8.1"),
                        ("Kindersitz-Set und Regenverdeck", 1, "", 42000, "8.1")],
                       ["Vorauszahlung: Wir bestellen das Velo beim Hersteller nach Eingang des Betrags auf",
                        "IBAN %s. Die Rechnung erhalten Sie bei der Übergabe." % iban_spaced(ib)], fl)
    cover = ("Grüezi Herr Zbinden\n\nWie besprochen die Proforma-Rechnung für Ihr Cargo-Velo. Sobald die Vorauszahlung "
             "eingegangen ist, lösen wir die Bestellung aus.\n\nFreundliche Grüsse\nVelowerkstatt Aare\n\n"
             "Diese E-Mail wurde mit bexio versendet.")
    rcpt = ["simon.zbinden@sunrise.ch"]
    eml = send("info@velowerkstatt-aare.ch", "Velowerkstatt Aare", to_hdr("Simon Zbinden", rcpt[0]),
               "Proforma-Rechnung PF-0012", D(2026, 10, 23), text=cover, pdf=True)
    add("x-ch-proforma", "bexio", "de", "none", "info@velowerkstatt-aare.ch", rcpt, eml, pages, "Proforma_PF-0012.pdf",
        why="A pro-forma asking prepayment before the order; the invoice is issued at handover.",
        note="Switzerland, CHF with MWST and a total, an IBAN and 'Vorauszahlung'.")


def x_de_auftragsbestaetigung():
    S = {"name": "Kälte-Klima Sauer", "addr": ["Heilbronner Straße 190", "70191 Stuttgart"],
         "contact": ["0711 2 57 93 0", "auftrag@kaelte-sauer.de"], "sender_line": "Kälte-Klima Sauer · Heilbronner Straße 190 · 70191 Stuttgart"}
    ib = mk.iban(rng, "DE")
    to = ["Metzgerei Haag OHG", "Hauptstätter Straße 40", "70173 Stuttgart"]
    fl = ["Kälte-Klima Sauer GmbH · HRB 733219 AG Stuttgart · USt-IdNr. DE812447190 · IBAN %s" % iban_spaced(ib)]
    pages, c = invoice(S, "de", "EUR", "din", to, "Auftragsbestätigung AB-2026-0091",
                       [("Datum", "09.12.2026"), ("Ihre Anfrage", "vom 01.12.2026"), ("Ausführung", "KW 2/2027")],
                       [("Kühlzelle 2,4 x 1,8 m, Paneel 100 mm", 1, "", 684000, "19"),
                        ("Verflüssigersatz R290", 1, "", 312000, "19"),
                        ("Montage und Inbetriebnahme", 1, "", 98000, "19")],
                       ["Wir bestätigen Ihren Auftrag zu den obigen Preisen. Die Rechnung erhalten Sie nach Inbetriebnahme;",
                        "zahlbar innerhalb von 14 Tagen nach Rechnungsstellung."], fl, pos=True,
                       words={"total": "Auftragssumme brutto"})
    cover = ("Sehr geehrter Herr Haag,\n\nvielen Dank für Ihren Auftrag. Anbei die Auftragsbestätigung AB-2026-0091.\n\n"
             "Mit freundlichen Grüßen\nKälte-Klima Sauer GmbH")
    rcpt = ["info@metzgerei-haag.de"]
    eml = send("auftrag@kaelte-sauer.de", "Kälte-Klima Sauer", to_hdr("Metzgerei Haag", rcpt[0]),
               "Auftragsbestätigung AB-2026-0091", D(2026, 12, 9), text=cover, pdf=True)
    add("x-de-auftragsbestaetigung", "lexoffice", "de", "none", "auftrag@kaelte-sauer.de", rcpt, eml, pages,
        "Auftragsbestaetigung_AB-2026-0091.pdf", why="An order confirmation with a total; the invoice follows after commissioning.",
        note="Auftragsbestätigung with VAT, a gross total and a payment term for the invoice to come.")


def x_at_mietvertrag():
    S = {"name": "Lagerhaus Brandstätter", "addr": ["Industriezeile 47", "4020 Linz"],
         "contact": ["0732 77 14 50", "vermietung@lager-brandstaetter.at"]}
    ib = mk.iban(rng, "AT")
    fl = ["Brandstätter Immobilien GmbH · FN 228190t · UID ATU57811204 · IBAN %s" % iban_spaced(ib)]
    paras = [["§ 1 Mietgegenstand", "Lagerabteil L-22 (18 m²) im Objekt Industriezeile 47, 4020 Linz."],
             ["§ 2 Mietdauer", "Das Mietverhältnis beginnt am 01.01.2027 und wird auf unbestimmte Zeit abgeschlossen."],
             ["§ 3 Mietzins", "Hauptmietzins monatlich: € 210,00 netto",
              "Betriebskosten-Akonto monatlich: € 35,00 netto",
              "zzgl. 20 % USt: € 49,00 – Gesamt monatlich: € 294,00"],
             ["§ 4 Zahlung", "Der Mietzins ist monatlich im Voraus bis zum 5. eines jeden Monats auf das Konto",
              "%s zu überweisen." % iban_spaced(ib)],
             ["§ 5 Kaution", "Der Mieter leistet eine Kaution von drei Bruttomonatsmieten (€ 882,00)."],
             ["", "Linz, am ____________   Vermieter: ____________   Mieter: ____________"]]
    p = text_page(S, "Mietvertrag über ein Lagerabteil", paras, 1, 1, "at", fl, size=9)
    cover = ("Sehr geehrter Herr Ecker,\n\nanbei der Mietvertrag für das Lagerabteil L-22 in zweifacher Ausfertigung. "
             "Bitte senden Sie uns ein unterschriebenes Exemplar zurück; die Kaution stellen wir nach Eingang in "
             "Rechnung.\n\nMit freundlichen Grüßen\nBrandstätter Immobilien GmbH")
    rcpt = ["office@ecker-events.at"]
    eml = send("vermietung@lager-brandstaetter.at", "Lagerhaus Brandstätter", to_hdr("Thomas Ecker", rcpt[0]),
               "Mietvertrag Lagerabteil L-22", D(2026, 12, 2), text=cover, pdf=True)
    add("x-at-mietvertrag", "Word-to-PDF", "de", "none", "vermietung@lager-brandstaetter.at", rcpt, eml, [p],
        "Mietvertrag_L-22.pdf", why="A rental agreement with its rent schedule and deposit, sent for signature; the deposit is invoiced later.",
        note="Austria; monthly amounts with USt, a due day, the IBAN, no invoice number.")


def x_de_versand_rechnung_folgt():
    body = ("Hallo Herr Petersen,\n\nIhre Bestellung 30418 wurde heute versandt.\n\n"
            "Sendungsnummer (DHL): 00340434161094027318\n\n"
            "Bestellübersicht:\n"
            "2 x Kaminholz Buche, 1 RM gespalten, 33 cm    je 189,00 €\n"
            "1 x Anzündholz 20 kg                              14,90 €\n"
            "Versand Spedition                                  19,50 €\n"
            "Gesamtsumme                                       412,40 €\n\n"
            "Die Rechnung erhalten Sie in den nächsten Tagen separat per E-Mail; bitte zahlen Sie erst nach Erhalt der "
            "Rechnung.\n\nViele Grüße\nIhr Team von Holzhof Wendland\nHolzhof Wendland GmbH · Dorfstraße 4 · 29451 Dannenberg")
    rcpt = ["jan.petersen@posteo.de"]
    eml = send("shop@holzhof-wendland.de", "Holzhof Wendland", to_hdr("Jan Petersen", rcpt[0]),
               "Ihre Bestellung 30418 wurde versandt", D(2026, 10, 14), text=body)
    add("x-de-versand-rechnung-folgt", "shop system (text mail)", "de", "none", "shop@holzhof-wendland.de", rcpt, eml,
        why="A shipping notice with the order total; it says the invoice follows separately.",
        note="Order number, tracking number and a total, 'Die Rechnung erhalten Sie ... separat'.")


# =======================================================================================
# checks, ids, output

FIELDS = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date",
          "debtor_name", "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check_layout(r):
    for key in ("pdf", "pdf2"):
        if key not in r:
            continue
        for pg in r[key]["pages"]:
            W, H = pg.get("width", 595), pg.get("height", 842)
            rows = {}
            for it in pg["items"]:
                assert it["text"].strip(), (r["id"], key, it)
                w = 0.56 * it["size"] * len(it["text"])
                x0 = it["x"] - w if it["align"] == "right" else it["x"]
                x1 = x0 + w
                assert 10 <= x0 and x1 <= W - 10 and 20 <= it["y"] <= H - 15, (r["id"], key, it["text"], x0, x1, it["y"])
                rows.setdefault(it["y"], []).append((x0, x1, it["text"]))
            for y, its in rows.items():
                its.sort()
                for a, b in zip(its, its[1:]):
                    assert a[1] <= b[0] + 0.5, (r["id"], key, y, a[2], b[2])


def check(recs):
    mk.check_labels(recs)
    mk.check_references_printed(recs)
    count = {}
    for r in recs:
        json.loads(json.dumps(r, ensure_ascii=False))
        k = (r["lang"], r["is_invoice"])
        count[k] = count.get(k, 0) + 1
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        assert ("@@PDF2@@" in r["eml"]) == ("pdf2" in r), r["id"]
        assert r["eml"].count("@@PDF@@") <= 1 and r["eml"].count("@@PDF2@@") <= 1, r["id"]
        assert r["envelope"]["rcpt_to"][0] in r["eml"], r["id"]
        check_layout(r)
        e = r["expected"]
        if e is None:
            assert r["kind"] == "none" and r["why_not"], r["id"]
            continue
        assert r["why_not"] is None and r["kind"] != "none", r["id"]
        assert list(e) == FIELDS, r["id"]
        assert e["debtor_email"] == r["envelope"]["rcpt_to"][0], r["id"]
        assert e["language"] == r["lang"], r["id"]
        assert e["iban"] is None or iban_ok(e["iban"]), r["id"]
        if e["credit_note"]:
            assert e["amount_total_cents"] < 0 and e["amount_due_cents"] == e["amount_total_cents"], r["id"]
        else:
            assert 0 < e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert "2026-10-01" <= e["issue_date"] <= "2026-12-31", r["id"]
        assert r["kind"] == ("pdf" if "pdf" in r else r["kind"]), r["id"]
    want = {("nl", True): 20, ("nl", False): 10, ("en", True): 15, ("en", False): 8, ("de", True): 15, ("de", False): 7}
    assert count == want, count


def main():
    order = list(range(len(RECS)))
    random.Random(20261234 + 1).shuffle(order)
    recs = []
    for n, k in enumerate(order):
        tag, r = RECS[k]
        r["id"] = "inv-hold34-%03d" % (n + 1)
        recs.append((tag, r))
    check([r for _, r in recs])
    if "--map" in sys.argv:
        for tag, r in sorted(recs, key=lambda t: t[1]["id"]):
            print(r["id"], tag, r["kind"], "pdf2" if "pdf2" in r else "", len(r.get("pdf", {}).get("pages", [])))
        return
    mk.write(OUT, [r for _, r in recs])


BUILDERS = [v for k, v in list(globals().items()) if k.startswith(("nl_", "be_", "en_", "ie_", "us_", "de_", "at_", "ch_", "x_"))]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    main()
