#!/usr/bin/env python3
"""heldout19: a blind held-out set of 75 mails (50 invoices, 25 not) from professions
whose bills follow customs and law of their own — healthcare, legal and advisory,
education and care, construction under its tax rules, public-sector customers,
associations and landlords, a vet, a funeral director, a sworn translator, architects.

Every mail's text and layout is written here by hand; the seeded generator only draws
message ids, boundaries, IBANs and a few reference digits. Run from anywhere:
    python3 corpus/invoices/gen/heldout19.py
It checks the records (check()) before it writes corpus/invoices/heldout19.jsonl."""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261219
rng = mk.random.Random(SEED)
D = datetime.date
TD = datetime.timedelta
RECORDS = []
PRINTED_NAMES = {}  # id -> debtor name as the label has it, checked against the mail


def nid():
    return "inv-hold19-%03d" % (len(RECORDS) + 1)


# ---------------------------------------------------------------- banking helpers

def _check(bban, country):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban(country):
    """An IBAN with valid check digits; mailkit's for NL/DE/BE/GB, ours for AT, CH, IE."""
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    num = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "AT":
        return _check(num(16), "AT")
    if country == "CH":
        return _check(num(17), "CH")
    if country == "IE":
        return _check("AIBK" + num(14), "IE")
    raise ValueError(country)


sp = mk.iban_spaced


def ogm():
    """A Belgian structured communication with its mod-97 check, as printed."""
    base = rng.randint(10 ** 9, 10 ** 10 - 1)
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


rf = mk.rf


def grouped(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- money and dates

def nl(c):
    return mk.money(c, "nl")


def en(c):
    return mk.money(c, "en")


def ch(c):
    return mk.money(c, "ch")


def dmy(d):
    return mk.date(d, "dmy-")


def dot(d):
    return mk.date(d, "dmy.")


def slash(d):
    return mk.date(d, "dmy/")


def longd(d, lang):
    return mk.date(d, "long", lang)


def vat(cents, pct):
    """VAT of @cents at @pct percent, rounded half up to the cent."""
    return (cents * int(round(pct * 10)) + 500) // 1000


# ---------------------------------------------------------------- PDF pages

def width(s, size, bold=False):
    """Estimated Helvetica advance width of @s (generous, so the check errs safe)."""
    w = 0.0
    for ch_ in s:
        if ch_ in "il.,;:'|!j ":
            w += 0.28
        elif ch_ in "ftrI()[]-/":
            w += 0.36
        elif ch_ in "mwMW%@":
            w += 0.86
        elif ch_.isupper() or ch_ in "€&#":
            w += 0.70
        elif ch_.isdigit():
            w += 0.556
        else:
            w += 0.54
    # x1.12: the renderer may substitute a wider sans (DejaVu, Liberation) for Helvetica
    return w * size * (1.07 if bold else 1.0) * 1.12


_KEEP = re.compile(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?|\d{4}(?: \d{4})+")


def wrap(text, size, maxw):
    """Greedy line breaking; an IBAN or a reference printed in groups stays on one line."""
    text = _KEEP.sub(lambda m: m.group(0).replace(" ", "\x01"), text)
    out, line = [], ""
    for word in text.split(" "):
        cand = (line + " " + word).strip()
        if line and width(cand, size) > maxw:
            out.append(line)
            line = word
        else:
            line = cand
    if line:
        out.append(line)
    return [ln.replace("\x01", " ") for ln in out]


def para(p, x, y, text, size=9, maxw=483, lead=12):
    """Write @text wrapped at @maxw from baseline @y; returns the next free baseline."""
    for ln in wrap(text, size, maxw):
        p.text(x, y, ln, size)
        y += lead
    return y


def doc(sender, recipient, title, facts, cols, head, rows, totals, notes=(), footer=(),
        layout="window", title_size=15, row_lead=14, notes_gap=30):
    """One A4 page in one of four layouts.

    @sender: lines, the first the firm's name; @recipient: address lines;
    @facts: (label, value) pairs; @cols: [(x, 'left'|'right')] per column;
    @head: column titles; @rows: lists of cells ("" for none; a row of one cell spans);
    @totals: (label, value, bold); @notes: paragraphs under the totals;
    @footer: small lines at the foot."""
    p = mk.Page()
    if layout == "window":      # sender top left, address in the right window
        p.text(56, 60, sender[0], 13, True)
        y = 72
        for s in sender[1:]:
            p.text(56, y, s, 8)
            y += 11
        ax, ay, fx, fy = 320, 150, 56, 262
    elif layout == "letterhead":  # sender right-aligned at the top, address left
        p.right(539, 58, sender[0], 13, True)
        y = 71
        for s in sender[1:]:
            p.right(539, y, s, 8)
            y += 11
        addr = next((s for s in sender[1:] if any(c.isdigit() for c in s)), sender[1])
        p.text(56, 138, sender[0] + " · " + addr, 7)
        ax, ay, fx, fy = 56, 152, 56, 262
    elif layout == "banner":     # a title band across the top, facts on the right
        p.text(56, 54, title.upper(), 20, True)
        p.rule(56, 64, 539, 64)
        p.text(56, 84, sender[0], 11, True)
        y = 96
        for s in sender[1:]:
            p.text(56, y, s, 8)
            y += 10
        ax, ay, fx, fy = 56, 170, 340, 170
    else:                        # "side": sender and facts in a right column
        sx = min(360, 535 - max(width(sender[0], 12, True), *(width(s, 8) for s in sender[1:])))
        p.text(sx, 60, sender[0], 12, True)
        y = 73
        for s in sender[1:]:
            p.text(sx, y, s, 8)
            y += 10
        ax, ay, fx, fy = 56, 140, sx, y + 20
    for i, a in enumerate(recipient):
        p.text(ax, ay + 13 * i, a, 10)
    if layout == "banner":
        for i, (k, v) in enumerate(facts):
            p.text(fx, fy + 13 * i, k, 9)
            p.right(539, fy + 13 * i, v, 9)
        y = max(ay + 13 * len(recipient), fy + 13 * len(facts)) + 34
    elif layout == "side":
        for i, (k, v) in enumerate(facts):
            p.text(fx, fy + 12 * i, k, 8)
            p.right(539, fy + 12 * i, v, 8)
        y = max(ay + 13 * len(recipient), fy + 12 * len(facts)) + 30
        p.text(56, y, title, title_size, True)
        y += 24
    else:
        p.text(56, fy - 14, title, title_size, True)
        y = fy + 10
        for i, (k, v) in enumerate(facts):
            p.text(56, y + 13 * i, k, 9)
            p.text(176, y + 13 * i, v, 9)
        y += 13 * len(facts) + 22
    if head:
        for (x, al), h in zip(cols, head):
            p.text(x, y, h, 9, True, al)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
    for r in rows:
        if len(r) == 1:
            y = para(p, cols[0][0], y, r[0], 9, 539 - cols[0][0], 12) + 2
            continue
        for (x, al), c in zip(cols, r):
            if c:
                p.text(x, y, c, 9, False, al)
        y += row_lead
    if totals:
        p.rule(320, y - 6, 539, y - 6)
        y += 8
        tx = min([320] + [int(531 - width(v, 10 if b else 9, b) - width(k, 10 if b else 9, b))
                          for k, v, b in totals])
        for k, v, b in totals:
            p.text(tx, y, k, 10 if b else 9, b)
            p.right(539, y, v, 10 if b else 9, b)
            y += 14
    y += notes_gap - 14
    for n in notes:
        y = para(p, 56, y, n) + 6
    fy2 = 806 - 10 * len(footer)
    if footer:
        p.rule(56, fy2 - 10, 539, fy2 - 10)
    for i, f in enumerate(footer):
        p.text(56, fy2 + 10 * i, f, 7)
    p.bottom = y
    return [p]


C2 = [(56, "left"), (539, "right")]
C3 = [(56, "left"), (440, "right"), (539, "right")]
C4 = [(56, "left"), (360, "right"), (440, "right"), (539, "right")]


# ---------------------------------------------------------------- records

def add(lang, tool, kind, frm, frm_name, to_addr, to_header, subject, d, text=None, html=None,
        pages=None, fname=None, exp=None, why_not=None, note=None, date_hdr=None):
    rid = nid()
    eml = mk.mail(rng, frm, frm_name, to_header, subject, date_hdr or d, body_text=text,
                  body_html=html, pdf=pages is not None)
    RECORDS.append(mk.record(rid, tool, lang, kind, {"mail_from": frm, "rcpt_to": [to_addr]}, eml,
                             pages=pages, pdf_filename=fname, expected=exp, why_not=why_not,
                             note=note))
    return rid


def X(number, due, total, issue, due_date, name, email, iban_, business, lang, ref=None,
      cur="EUR", credit=False):
    return mk.expected(number, due, total, issue, due_date, name, email, iban_, business, lang,
                       reference=ref, currency=cur, credit=credit)


def html_wrap(inner):
    return ("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;font-size:14px;"
            "color:#222\">\n" + inner + "\n</body></html>")


# ================================================================ Dutch invoices

def nl_physio():
    d = D(2026, 11, 9)
    ib = iban("NL")
    rows = [["06-10-2026", "1864", "Screening, intake en onderzoek", "€ 68,00"]]
    for day in ("13-10-2026", "20-10-2026", "27-10-2026", "03-11-2026"):
        rows.append([day, "1000", "Zitting reguliere fysiotherapie", "€ 41,00"])
    cols = [(56, "left"), (130, "left"), (190, "left"), (539, "right")]
    pages = doc(["Fysiotherapie De Waalkade", "Waalkade 31 · 6511 XR Nijmegen", "024 360 71 18 · praktijk@fysiowaalkade.nl",
                 "AGB-code praktijk 04-056213"],
                ["Mevrouw J.W. Bakker-Smit", "Hatertseweg 212", "6533 GV Nijmegen"],
                "Factuur", [("Factuurnummer", "FZ-2026-1187"), ("Factuurdatum", "09-11-2026"),
                            ("Patiëntnummer", "40213"), ("Geboortedatum", "14-03-1961"),
                            ("Verwijzer", "huisarts E. Terpstra")],
                cols, ["Datum", "Code", "Prestatie", "Tarief"], rows,
                [("Totaal", "€ 232,00", True), ("Btw", "vrijgesteld", False)],
                ["Fysiotherapie is vrijgesteld van btw op grond van art. 11, lid 1, onderdeel g, Wet OB.",
                 "Omdat u zonder aanvullende dekking behandeld bent, sturen wij deze factuur aan u. Heeft u "
                 "toch een aanvullende verzekering? Dan kunt u de factuur zelf bij uw zorgverzekeraar "
                 "indienen; de vergoeding wordt aan u uitgekeerd.",
                 "Wij verzoeken u het bedrag binnen 30 dagen na factuurdatum over te maken op "
                 + sp(ib) + " t.n.v. Fysiotherapie De Waalkade, onder vermelding van het factuurnummer."],
                ["KvK 62048817 · IBAN " + sp(ib) + " · lid KNGF"])
    body = ("Beste mevrouw Bakker,\n\nIn de bijlage vindt u de factuur voor de behandelingen van oktober en "
            "begin november. Omdat u aangaf geen aanvullende verzekering voor fysiotherapie te hebben, is "
            "de factuur op uw naam gezet.\n\nVragen over de factuur? Bel gerust tijdens de balie-uren.\n\n"
            "Met vriendelijke groet,\nIngrid Maas\nFysiotherapie De Waalkade\n")
    add("nl", "word-pdf", "pdf", "administratie@fysiowaalkade.nl", "Fysiotherapie De Waalkade",
        "j.bakkersmit@ziggo.nl", "J.W. Bakker-Smit <j.bakkersmit@ziggo.nl>",
        "Factuur fysiotherapie FZ-2026-1187", d, text=body, pages=pages, fname="FZ-2026-1187.pdf",
        exp=X("FZ-2026-1187", 23200, 23200, d, d + TD(30), "J.W. Bakker-Smit", "j.bakkersmit@ziggo.nl",
              ib, False, "nl"),
        note="Physiotherapy bill with treatment codes and dates, VAT-exempt wording in place of a VAT line, "
             "birth date and patient number among the facts; due from a 30-day term.")


def nl_dentist():
    d = D(2026, 11, 12)
    ib = iban("NL")
    kenmerk = digits(16)
    rows = [["28-10-2026", "", "C11", "Periodieke controle", "€ 27,12"],
            ["28-10-2026", "", "M03", "Gebitsreiniging, per 5 min. (3x)", "€ 49,05"],
            ["28-10-2026", "", "X10", "Kleine röntgenfoto (2x)", "€ 36,08"],
            ["04-11-2026", "26", "A10", "Geleidings-/infiltratieverdoving", "€ 16,90"],
            ["04-11-2026", "26", "V93", "Vlakvulling composiet, drie vlakken", "€ 96,71"]]
    cols = [(56, "left"), (122, "left"), (160, "left"), (200, "left"), (539, "right")]
    due = D(2026, 11, 26)
    pages = doc(["Tandartspraktijk Kloosterveen", "Kloosterveste 4 · 9403 AA Assen", "0592 31 40 77",
                 "nota@tandartskloosterveen.nl"],
                ["De heer R. Mulder", "Mr. P.J. Troelstralaan 19", "9402 BG Assen"],
                "Nota tandheelkundige behandeling",
                [("Notanummer", "N2026-08841"), ("Notadatum", "12-11-2026"), ("Vervaldatum", dmy(due)),
                 ("Betalingskenmerk", grouped(kenmerk)), ("Patiënt", "R. Mulder, geb. 02-07-1979")],
                cols, ["Datum", "Elem.", "Code", "Omschrijving", "Bedrag"], rows,
                [("Totaal nota", "€ 225,86", True)],
                ["Tandheelkundige zorg is vrijgesteld van btw. De codes en tarieven zijn die van de NZa.",
                 "Heeft u een aanvullende tandartsverzekering, dan kunt u deze nota indienen bij uw "
                 "zorgverzekeraar. Het bedrag is aan ons verschuldigd, ook als uw verzekeraar (nog) niet vergoedt.",
                 "Gelieve vóór de vervaldatum over te maken op " + sp(ib) + " met het betalingskenmerk."],
                ["Tandartspraktijk Kloosterveen · KvK 01091254 · IBAN " + sp(ib)], layout="letterhead",
                title_size=13)
    body = ("Geachte heer Mulder,\n\nHierbij ontvangt u de nota van uw controle en de vulling van afgelopen "
            "woensdag. U vindt de nota als pdf in de bijlage.\n\nMet vriendelijke groet,\n"
            "Balie Tandartspraktijk Kloosterveen\n")
    add("nl", "dental-software", "pdf", "nota@tandartskloosterveen.nl", "Tandartspraktijk Kloosterveen",
        "rmulder79@kpnmail.nl", "rmulder79@kpnmail.nl", "Uw nota van Tandartspraktijk Kloosterveen", d,
        text=body, pages=pages, fname="nota_N2026-08841.pdf",
        exp=X("N2026-08841", 22586, 22586, d, due, "R. Mulder", "rmulder79@kpnmail.nl", ib, False, "nl",
              ref=kenmerk),
        note="A dentist's 'nota' rather than 'factuur', NZa codes with element numbers, a street named "
             "'Mr. P.J. Troelstralaan' in the address, betalingskenmerk in groups.")


def nl_psychologist():
    d = D(2026, 11, 16)
    ib = iban("NL")
    html = html_wrap(
        "<p>Beste Thijs,</p>\n<p>Zoals afgesproken stuur ik je de factuur voor de gesprekken die we buiten de "
        "verzekerde zorg om hebben gevoerd. Er staat bewust geen klachtomschrijving op.</p>\n"
        "<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
        "<tr><td><b>Factuur</b></td><td>PE-26-114</td></tr>\n<tr><td>Datum</td><td>16 november 2026</td></tr>\n"
        "<tr><td>Cliënt</td><td>T. de Wit</td></tr>\n</table>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse;margin-top:10px\">\n"
        "<tr><th>Datum</th><th>Omschrijving</th><th>Bedrag</th></tr>\n"
        "<tr><td>14-10-2026</td><td>Consult 50 minuten</td><td align=\"right\">€ 115,00</td></tr>\n"
        "<tr><td>28-10-2026</td><td>Consult 50 minuten</td><td align=\"right\">€ 115,00</td></tr>\n"
        "<tr><td>11-11-2026</td><td>Consult 50 minuten</td><td align=\"right\">€ 115,00</td></tr>\n"
        "<tr><td colspan=\"2\"><b>Te betalen</b></td><td align=\"right\"><b>€ 345,00</b></td></tr>\n</table>\n"
        "<p>Psychologische zorg door een BIG-geregistreerde psycholoog is vrijgesteld van btw "
        "(art. 11 Wet OB).</p>\n"
        "<p>Wil je het bedrag binnen 14 dagen overmaken naar " + sp(ib) + " t.n.v. Psychologenpraktijk "
        "Elzenhof? Vermeld daarbij het factuurnummer.</p>\n"
        "<p>Hartelijke groet,<br>drs. Marloes Jansen, GZ-psycholoog<br>Psychologenpraktijk Elzenhof, Arnhem<br>"
        "BIG 29056128825</p>")
    add("nl", "typed-html", "body-html", "praktijk@elzenhof-psychologen.nl", "Marloes Jansen | Elzenhof",
        "thijsdewit@gmail.com", "Thijs de Wit <thijsdewit@gmail.com>", "Factuur gesprekken oktober/november",
        d, html=html,
        exp=X("PE-26-114", 34500, 34500, d, d + TD(14), "T. de Wit", "thijsdewit@gmail.com", ib, False, "nl"),
        note="A psychologist's typed HTML invoice on first-name terms, no diagnosis, exemption cited, "
             "14-day term in the closing sentence.")


def nl_speech():
    d = D(2026, 11, 18)
    ib = iban("NL")
    body = (
        "Beste mevrouw Veenstra,\n\n"
        "Omdat onze praktijk geen contract heeft met uw zorgverzekeraar, declareren wij de logopedie van Sam "
        "bij u. U kunt deze declaratie daarna zelf indienen; uw verzekeraar vergoedt mogelijk niet het hele "
        "bedrag.\n\n"
        "DECLARATIE LOGOPEDIE\n"
        "Declaratienummer:  DL-26-0391\n"
        "Datum:             18-11-2026\n"
        "Ten behoeve van:   Sam Veenstra (geb. 11-05-2019)\n"
        "Ter attentie van:  L. Veenstra, Assendorperstraat 88, 8012 DK Zwolle\n\n"
        "  07-10  1000  reguliere zitting logopedie          € 42,50\n"
        "  14-10  1000  reguliere zitting logopedie          € 42,50\n"
        "  21-10  1000  reguliere zitting logopedie          € 42,50\n"
        "  28-10  1000  reguliere zitting logopedie          € 42,50\n"
        "  04-11  1000  reguliere zitting logopedie          € 42,50\n"
        "  11-11  1004  zitting met oudergesprek             € 42,50\n"
        "                                          ----------------\n"
        "  Totaal                                          € 255,00\n\n"
        "Vrijgesteld van btw (art. 11 lid 1 sub g Wet OB).\n\n"
        "Wij vragen u het totaal binnen 30 dagen over te maken op " + sp(ib) + " ten name van "
        "Logopedie Spraakwater, met vermelding van DL-26-0391.\n\n"
        "Met vriendelijke groet,\n\nFemke Dijkstra, logopedist\nLogopedie Spraakwater\n")
    add("nl", "typed", "body-text", "info@spraakwater.nl", "Logopedie Spraakwater", "l.veenstra@hetnet.nl",
        "\"L. Veenstra\" <l.veenstra@hetnet.nl>", "Declaratie logopedie Sam - oktober/november", d, text=body,
        exp=X("DL-26-0391", 25500, 25500, d, d + TD(30), "L. Veenstra", "l.veenstra@hetnet.nl", ib, False, "nl"),
        note="A 'declaratie' for a child's therapy billed to the parent; the child's name and birth date "
             "stand before the debtor's; session dates without a year.")


def nl_podotherapy():
    d = D(2026, 11, 20)
    ib = iban("NL")
    body = (
        "Goedemiddag mevrouw Van Dongen,\n\n"
        "Fijn dat de nieuwe zolen goed zitten. Hieronder de factuur; u kunt hem bewaren voor uw "
        "aanvullende verzekering, die podotherapie vaak gedeeltelijk vergoedt.\n\n"
        "Podotherapie Ravelijn – factuur 2026-0577\n"
        "Factuurdatum: 20 november 2026\n"
        "Aan: mevr. A. van Dongen, Zuidsingel 7, 4611 HB Bergen op Zoom\n\n"
        "Podotherapeutisch onderzoek incl. drukmeting (02-11-2026) ...... € 62,00\n"
        "Paar podotherapeutische zolen, op maat (17-11-2026) ............ € 188,00\n"
        "Totaal ......................................................... € 250,00\n"
        "(zorg vrijgesteld van btw)\n\n"
        "Graag ontvangen wij het bedrag uiterlijk 4 december 2026 op " + sp(ib) + " "
        "(t.n.v. Podotherapie Ravelijn).\n\n"
        "Vriendelijke groet,\nBas Verhoeven, podotherapeut\n")
    add("nl", "typed", "body-text", "balie@podoravelijn.nl", "Podotherapie Ravelijn", "annevandongen@live.nl",
        "annevandongen@live.nl", "Factuur zolen en onderzoek", d, text=body,
        exp=X("2026-0577", 25000, 25000, d, D(2026, 12, 4), "A. van Dongen", "annevandongen@live.nl", ib,
              False, "nl"),
        note="Typed podotherapy invoice with dotted leaders, a printed date to pay by and a Dutch surname "
             "particle written 'Van Dongen' in the salutation and 'van Dongen' in the address.")


def nl_lawyer():
    d = D(2026, 11, 20)
    ib, ib_derden = iban("NL"), iban("NL")
    cols = C3
    rows = [["Honorarium: 7,4 uur à € 245,00", "", "€ 1.813,00"],
            ["Kantoorkosten 5% over het honorarium", "", "€ 90,65"],
            ["Subtotaal belast", "", "€ 1.903,65"],
            ["Btw 21%", "", "€ 399,77"],
            ["Griffierecht Rechtbank Noord-Nederland (onbelast verschot)", "", "€ 688,00"]]
    pages = doc(["Hamstra & Doorn Advocaten", "Zuiderplein 3 · 8911 AN Leeuwarden", "058 215 60 40",
                 "declaraties@hamstradoorn.nl"],
                ["Friesland Koeltechniek B.V.", "t.a.v. de directie", "Celsiusweg 14", "8912 AM Leeuwarden"],
                "Declaratie",
                [("Declaratienummer", "26-0641"), ("Datum", "20-11-2026"), ("Dossier", "2026.0188"),
                 ("Zaak", "Friesland Koeltechniek / Heerema"), ("Periode", "oktober 2026")],
                cols, ["Omschrijving", "", "Bedrag"], rows,
                [("Totaal declaratie", "€ 2.991,42", False),
                 ("Af: voorschot (declaratie 26-0512, voldaan)", "- € 1.500,00", False),
                 ("Te voldoen", "€ 1.491,42", True)],
                ["Gelieve het te voldoen bedrag binnen 14 dagen over te maken op onze kantoorrekening "
                 + sp(ib) + " onder vermelding van het declaratienummer.",
                 "Het door de wederpartij betaalde bedrag van € 4.250,00 staat op de rekening van onze "
                 "Stichting Beheer Derdengelden en wordt na afronding van het dossier aan u doorgestort. "
                 "Betalingen aan ons kantoor nooit op de derdengeldrekening.",
                 "Een specificatie van de bestede tijd is op verzoek beschikbaar."],
                ["Kantoorrekening " + sp(ib) + " · btw NL8562.31.774.B01",
                 "Stichting Beheer Derdengelden Hamstra & Doorn " + sp(ib_derden)], layout="banner")
    body = ("Geachte heer Sijtsma,\n\nBijgaand treft u onze declaratie over oktober in de zaak tegen Heerema. "
            "Het voorschot dat u in september voldeed, is erop in mindering gebracht.\n\n"
            "Met vriendelijke groet,\nmr. Anouk Doorn\nHamstra & Doorn Advocaten\n")
    add("nl", "law-firm-pdf", "pdf", "declaraties@hamstradoorn.nl", "Hamstra & Doorn Advocaten",
        "administratie@frieslandkoeltechniek.nl", "R. Sijtsma <administratie@frieslandkoeltechniek.nl>",
        "Declaratie 26-0641 - dossier 2026.0188", d, text=body, pages=pages, fname="Declaratie 26-0641.pdf",
        exp=X("26-0641", 149142, 299142, d, d + TD(14), "Friesland Koeltechniek B.V.",
              "administratie@frieslandkoeltechniek.nl", ib, True, "nl"),
        note="A lawyer's 'declaratie': taxed fee and office costs, an untaxed court-fee disbursement, an "
             "earlier advance deducted; the third-party account's IBAN and a larger amount held for the "
             "client stand beside the office account.")


def nl_be_lawyer():
    d = D(2026, 11, 23)
    ib = iban("BE")
    comm = ogm()
    rows = [["Ereloon: 6 u 30 min à € 120,00", "", "€ 780,00"],
            ["Kantoorkosten (forfait)", "", "€ 54,60"],
            ["Btw 21% op ereloon en kantoorkosten", "", "€ 175,27"],
            ["Rolrecht Ondernemingsrechtbank Gent (geen btw)", "", "€ 165,00"],
            ["Dagvaarding gerechtsdeurwaarder Van Acker (geen btw)", "", "€ 212,43"]]
    pages = doc(["Advocatenkantoor Verhaegen", "Coupure Links 112 · 9000 Gent", "09 233 18 62",
                 "ondernemingsnr. 0713.552.148"],
                ["Dhr. Pieter Claeys", "Brugsesteenweg 241", "9030 Mariakerke"],
                "Staat van kosten en ereloon",
                [("Nummer", "2026/214"), ("Datum", "23.11.2026"), ("Dossier", "Claeys / Bouwwerken Lams bv"),
                 ("Onze ref.", "KV/26/0093")],
                C3, ["Prestaties en kosten", "", "Bedrag"], rows,
                [("Totaal", "€ 1.387,30", False), ("Reeds betaald als provisie", "- € 750,00", False),
                 ("Saldo te betalen", "€ 637,30", True)],
                ["Te betalen binnen 15 dagen op rekening " + sp(ib) + " met de gestructureerde mededeling "
                 + comm + ".",
                 "U kunt bij de stafhouder van de Orde van Advocaten te Gent een begroting van deze staat "
                 "vragen indien u het bedrag van het ereloon betwist."],
                ["Advocatenkantoor Verhaegen · Coupure Links 112, 9000 Gent · " + sp(ib) + " · BTW BE0713552148"],
                layout="letterhead", title_size=14)
    body = ("Geachte heer Claeys,\n\nIn bijlage vindt u onze staat van kosten en ereloon voor de procedure tegen "
            "Bouwwerken Lams. De provisie die u in september betaalde, werd in mindering gebracht.\n\n"
            "Met de meeste hoogachting,\nMeester Katrien Verhaegen\n")
    add("nl", "law-firm-pdf", "pdf", "kantoor@advocaatverhaegen.be", "Advocatenkantoor Verhaegen",
        "pieter.claeys@telenet.be", "Pieter Claeys <pieter.claeys@telenet.be>",
        "Staat van kosten en ereloon 2026/214", d, text=body, pages=pages, fname="staat_2026-214.pdf",
        exp=X("2026/214", 63730, 138730, d, d + TD(15), "Pieter Claeys", "pieter.claeys@telenet.be", ib,
              False, "nl", ref=comm),
        note="Flemish 'staat van kosten en ereloon' that never says 'factuur', a paid provisie deducted, "
             "court costs without VAT, structured communication, dates with dots.")


def nl_be_notary():
    d = D(2026, 11, 10)
    ib, ib_rub = iban("BE"), iban("BE")
    comm = ogm()
    pages = doc(["Notariskantoor Dewinter & Goossens", "Vlamingstraat 40", "8000 Brugge", "050 44 61 20",
                 "boekhouding@notarisdg.be"],
                ["Brouwerij Het Zeepaard BV", "t.a.v. mevrouw Sofie Vermeersch", "Kaaistraat 3", "8400 Oostende"],
                "Ereloonnota",
                [("Nota nr.", "EN-26-0457"), ("Datum", "10/11/2026"), ("Dossier", "2026-1183"),
                 ("Betaaltermijn", "30 dagen"), ("Ond.nr. klant", "0788.104.335")],
                C3, ["Omschrijving", "", "Bedrag"],
                [["Juridisch advies vennootschapsrecht (inbreng brouwinstallatie)", "", "1.150,00"],
                 ["Opmaak aandeelhoudersovereenkomst (onderhandse akte)", "", ""],
                 ["Administratieve kosten en opzoekingen", "", "85,00"]],
                [("Maatstaf van heffing", "1.235,00", False), ("BTW 21 %", "259,35", False),
                 ("Te betalen (EUR)", "1.494,35", True)],
                ["Gelieve deze nota te betalen binnen 30 dagen op rekening " + sp(ib) + " met vermelding "
                 + comm + ".",
                 "Opgelet: provisies voor authentieke akten worden gestort op onze rubriekrekening "
                 + sp(ib_rub) + "; gebruik die rekening niet voor deze nota."],
                ["Dewinter & Goossens, geassocieerde notarissen BV · BTW BE0449.218.736"], layout="side")
    body = ("Geachte mevrouw Vermeersch,\n\nIn bijlage onze ereloonnota voor het advies en de "
            "aandeelhoudersovereenkomst. Het ontwerp werd u vorige week bezorgd.\n\nMet vriendelijke groeten,\n"
            "Notaris Hanne Goossens\n")
    add("nl", "notary-pdf", "pdf", "boekhouding@notarisdg.be", "Notariskantoor Dewinter & Goossens",
        "facturen@zeepaard.be", "Sofie Vermeersch <facturen@zeepaard.be>", "Ereloonnota EN-26-0457", d,
        text=body, pages=pages, fname="EN-26-0457.pdf",
        exp=X("EN-26-0457", 149435, 149435, d, d + TD(30), "Brouwerij Het Zeepaard BV", "facturen@zeepaard.be",
              ib, True, "nl", ref=comm),
        note="A Belgian notary's 'ereloonnota' with the client's company number among the facts and a "
             "second (escrow) account named in the notes; amounts without a currency sign.")


def nl_childcare():
    d = D(2026, 11, 20)
    ib = iban("NL")
    html = html_wrap(
        "<div style=\"background:#f3efe6;padding:12px\"><b>Kinderdagverblijf De Boomhut</b> · Utrecht</div>\n"
        "<p>Beste ouder/verzorger,</p>\n"
        "<p>Hieronder vindt u de factuur voor de opvang van <b>Mila</b> in december, met de extra dag die in "
        "november werd afgenomen.</p>\n"
        "<table cellpadding=\"5\" style=\"border:1px solid #ccc;border-collapse:collapse\">\n"
        "<tr><td>Factuurnummer</td><td>KO-202612-0418</td></tr>\n"
        "<tr><td>Factuurdatum</td><td>20-11-2026</td></tr>\n"
        "<tr><td>Debiteur</td><td>M. van Leeuwen</td></tr>\n"
        "<tr><td>Betalen uiterlijk</td><td>30-11-2026</td></tr>\n</table>\n"
        "<table cellpadding=\"5\" style=\"margin-top:12px;border-collapse:collapse\" border=\"1\">\n"
        "<tr><th align=\"left\">Opvang</th><th>Uren</th><th>Uurprijs</th><th>Bedrag</th></tr>\n"
        "<tr><td>Dagopvang december (contract 2 dagen/week, 52 weken)</td><td align=\"right\">95,33</td>"
        "<td align=\"right\">€ 10,48</td><td align=\"right\">€ 999,06</td></tr>\n"
        "<tr><td>Extra dag 13 november</td><td align=\"right\">11,00</td><td align=\"right\">€ 10,48</td>"
        "<td align=\"right\">€ 115,28</td></tr>\n"
        "<tr><td colspan=\"3\"><b>Totaal</b></td><td align=\"right\"><b>€ 1.114,34</b></td></tr>\n</table>\n"
        "<p>Kinderopvang is vrijgesteld van btw. Geef de uren en de uurprijs door aan de Belastingdienst "
        "voor uw kinderopvangtoeslag; het jaaroverzicht ontvangt u in januari.</p>\n"
        "<p>Maak het bedrag over op " + sp(ib) + " t.n.v. Stichting Kinderopvang De Boomhut en vermeld "
        "het factuurnummer.</p>\n<p>Met vriendelijke groet,<br>Administratie De Boomhut<br>LRK-nummer 184512337</p>")
    add("nl", "childcare-portal", "body-html", "facturen@kdv-boomhut.nl", "KDV De Boomhut",
        "mvanleeuwen@xs4all.nl", "mvanleeuwen@xs4all.nl", "Factuur kinderopvang december 2026", d, html=html,
        exp=X("KO-202612-0418", 111434, 111434, d, D(2026, 11, 30), "M. van Leeuwen", "mvanleeuwen@xs4all.nl",
              ib, False, "nl"),
        note="A childcare bill in advance with hours and hourly price for the allowance, the child's first "
             "name in bold, the debtor only as 'Debiteur' in the table.")


def nl_driving():
    d = D(2026, 11, 24)
    ib = iban("NL")
    body = (
        "Hoi Noor,\n\n"
        "Je examen staat! Praktijkexamen B op dinsdag 15 december 2026 om 10:40 bij CBR Leeuwarden. "
        "Hier is de rekening voor het lespakket en het examen.\n\n"
        "Autorijschool Tjerk Bouma\nFactuur nr. 2026-318, d.d. 24 november 2026\n"
        "Aan: Noor Ramdin, Schrans 61, 8932 NE Leeuwarden\n\n"
        "10 rijlessen van 60 minuten à € 64,50 (incl. 21% btw)     € 645,00\n"
        "Praktijkexamen B, CBR-examengeld (doorbelast, geen btw)   € 311,00\n"
        "Totaal                                                   € 956,00\n"
        "(waarvan btw 21%: € 111,94)\n\n"
        "Graag uiterlijk 8 december 2026 overmaken op " + sp(ib) + " (T. Bouma). Zonder betaling kan ik "
        "het examen helaas niet laten doorgaan.\n\n"
        "Groet,\nTjerk\n06 41 28 77 90\n")
    add("nl", "typed", "body-text", "tjerk@rijschoolbouma.nl", "Tjerk Bouma", "noor.ramdin@hotmail.com",
        "Noor <noor.ramdin@hotmail.com>", "Rekening lespakket + examen", d, text=body,
        exp=X("2026-318", 95600, 95600, d, D(2026, 12, 8), "Noor Ramdin", "noor.ramdin@hotmail.com", ib,
              False, "nl"),
        note="Driving school's typed 'rekening' with the exam date before the pay-by date, VAT included in "
             "one line and a passed-on exam fee without VAT.")


def nl_be_musicschool():
    d = D(2026, 12, 1)
    ib = iban("BE")
    comm = ogm()
    html = html_wrap(
        "<h3 style=\"color:#6b2c5c\">Muziekatelier Scherzo</h3>\n"
        "<p>Dag Els,</p>\n<p>Het tweede trimester start op maandag 4 januari. Hierbij de lesgeldnota voor "
        "Lotte.</p>\n"
        "<table cellpadding=\"4\">\n<tr><td>Lesgeldnota</td><td><b>LG-2627-T2-061</b></td></tr>\n"
        "<tr><td>Datum</td><td>1 december 2026</td></tr>\n<tr><td>Leerling</td><td>Lotte Peeters</td></tr>\n"
        "<tr><td>Aan</td><td>Els Peeters, Kerkstraat 58, 2060 Antwerpen</td></tr>\n</table>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse;margin-top:8px\">\n"
        "<tr><td>Individuele pianoles 30 min, 11 lessen à € 21,00</td><td align=\"right\">€ 231,00</td></tr>\n"
        "<tr><td>Notenleer in groep, trimester</td><td align=\"right\">€ 45,00</td></tr>\n"
        "<tr><td><b>Te betalen</b></td><td align=\"right\"><b>€ 276,00</b></td></tr>\n</table>\n"
        "<p>Vrijgesteld van btw – art. 44, §2, 4° W.BTW.</p>\n"
        "<p>Gelieve te betalen vóór 15 december 2026 op " + sp(ib) + " met mededeling <b>" + comm + "</b>.</p>\n"
        "<p>Muzikale groeten,<br>Wout Jacobs<br>Muziekatelier Scherzo, Antwerpen</p>")
    add("nl", "typed-html", "body-html", "lesgeld@scherzo-antwerpen.be", "Muziekatelier Scherzo",
        "els.peeters@skynet.be", "Els Peeters <els.peeters@skynet.be>", "Lesgeld 2de trimester - Lotte", d,
        html=html,
        exp=X("LG-2627-T2-061", 27600, 27600, d, D(2026, 12, 15), "Els Peeters", "els.peeters@skynet.be", ib,
              False, "nl", ref=comm),
        note="Flemish term-fee note ('lesgeldnota') for a pupil, billed to the parent; 'vóór 15 december'.")


def nl_subcontractor():
    d = D(2026, 11, 13)
    ib, ib_g = iban("NL"), iban("NL")
    rows = [["Metselwerk gevels blok B (woningen 8 t/m 14), termijn 3", "", "€ 18.400,00"],
            ["Meerwerk: stellen kozijnen achtergevels, volgens opdracht 22-10", "", "€ 1.260,00"]]
    pages = doc(["Metselbedrijf Van der Kooij", "Industrieweg 19 · 9101 WE Dokkum", "0519 29 33 10",
                 "btw NL001928374B01 · KvK 71829350"],
                ["Bouwbedrijf Hoekstra & Zonen B.V.", "Crediteurenadministratie", "Stationsweg 2",
                 "9101 AK Dokkum"],
                "Factuur",
                [("Factuurnummer", "VDK-26-089"), ("Factuurdatum", "13-11-2026"),
                 ("Project", "Nieuwbouw 14 woningen Harddraverspark, fase 2"), ("Uw bestelnr.", "HZ-P2611-07"),
                 ("Btw-nr. afnemer", "NL803311298B01")],
                C3, ["Omschrijving", "", "Bedrag"], rows,
                [("Subtotaal", "€ 19.660,00", False), ("Btw verlegd", "€ 0,00", False),
                 ("Totaal", "€ 19.660,00", True)],
                ["Btw verlegd naar de hoofdaannemer (verleggingsregeling, art. 12 lid 5 Wet OB; art. 24b "
                 "Uitv.besch. OB).",
                 "Wet ketenaansprakelijkheid: loonkostenbestanddeel 60 % = € 11.796,00. Gelieve € 5.898,00 te "
                 "storten op onze G-rekening " + sp(ib_g) + " en € 13.762,00 op rekening " + sp(ib) + ".",
                 "Betaling binnen 30 dagen na factuurdatum."],
                ["Metselbedrijf Van der Kooij · Dokkum · G-rekening " + sp(ib_g) + " · " + sp(ib)])
    body = ("Goedemorgen,\n\nHierbij termijn 3 van het metselwerk in het Harddraverspark, inclusief het meerwerk "
            "aan de kozijnen. De verdeling over de G-rekening staat op de factuur.\n\nGroeten,\nGerrit van der Kooij\n")
    add("nl", "snelstart-like", "pdf", "facturen@vdkooij-metselwerk.nl", "Metselbedrijf Van der Kooij",
        "crediteuren@hoekstrazonen.nl", "crediteuren@hoekstrazonen.nl", "Factuur VDK-26-089 termijn 3", d,
        text=body, pages=pages, fname="Factuur VDK-26-089.pdf",
        exp=X("VDK-26-089", 1966000, 1966000, d, d + TD(30), "Bouwbedrijf Hoekstra & Zonen B.V.",
              "crediteuren@hoekstrazonen.nl", ib, True, "nl"),
        note="Subcontractor invoice with VAT shifted to the main contractor and the payment split over a "
             "G-rekening and an ordinary account; the G-account is printed first.")


def nl_municipality():
    d = D(2026, 11, 17)
    ib = iban("NL")
    rows = [["Training 'Omgaan met agressie aan de balie', 2 dagdelen", "2", "€ 1.150,00", "€ 2.300,00"],
            ["Reiskosten 86 km", "86", "€ 0,23", "€ 19,78"],
            ["Trainingsmap en oefenkaarten per deelnemer", "12", "€ 14,50", "€ 174,00"]]
    pages = doc(["Kompaswerk Training & Coaching", "Jan Wesselink", "Nieuwe Stationsstraat 22, 6811 KS Arnhem",
                 "jan@kompaswerk.nl · KvK 80217465", "btw NL004172289B62"],
                ["Gemeente Lindewold", "t.a.v. Crediteurenadministratie", "Postbus 1040", "8440 BA Lindewold"],
                "Factuur",
                [("Factuurnummer", "KW2026-041"), ("Factuurdatum", "17-11-2026"),
                 ("Inkoopordernummer", "4500231187"), ("Kostenplaats", "6240 Sociaal Domein"),
                 ("Contactpersoon", "mw. D. Ramaker, teamleider Publiekszaken"),
                 ("Trainingsdata", "29 oktober en 5 november 2026")],
                C4, ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", "€ 2.493,78", False), ("Btw 21%", "€ 523,69", False),
                 ("Totaal te betalen", "€ 3.017,47", True)],
                ["Conform uw inkoopvoorwaarden vermeldt deze factuur het inkoopordernummer en de kostenplaats. "
                 "Betaling binnen 30 dagen na factuurdatum op " + sp(ib) + " t.n.v. J. Wesselink h.o.d.n. "
                 "Kompaswerk."],
                ["Kompaswerk Training & Coaching · " + sp(ib)], layout="letterhead")
    body = ("Geachte heer, mevrouw,\n\nIn de bijlage mijn factuur voor de training bij Publiekszaken "
            "(inkoopordernummer 4500231187). Mevrouw Ramaker heeft de uren en het aantal deelnemers "
            "afgetekend.\n\nMet vriendelijke groet,\nJan Wesselink\n")
    add("nl", "word-pdf", "pdf", "jan@kompaswerk.nl", "Jan Wesselink | Kompaswerk", "facturen@lindewold.nl",
        "Crediteurenadministratie Gemeente Lindewold <facturen@lindewold.nl>",
        "Factuur KW2026-041 / inkoopordernummer 4500231187", d, text=body, pages=pages,
        fname="KW2026-041_Gemeente_Lindewold.pdf",
        exp=X("KW2026-041", 301747, 301747, d, d + TD(30), "Gemeente Lindewold", "facturen@lindewold.nl", ib,
              True, "nl"),
        note="Invoice to a municipality: purchase-order number (ten digits), cost centre and a contact person "
             "in the facts; the order number must not be taken as the invoice number or a reference.")


def nl_sportsclub():
    d = D(2026, 11, 3)
    ib = iban("NL")
    html = html_wrap(
        "<table width=\"100%\" style=\"background:#0b4f2e;color:#fff\"><tr><td style=\"padding:10px\">"
        "<b>MHC De Kraaien</b> – contributie</td></tr></table>\n"
        "<p>Beste heer Smits,</p>\n<p>Hierbij de contributiefactuur voor het hockeyseizoen 2026-2027 van "
        "<b>Jelle Smits</b> (JO13-2). De ledenvergadering heeft de bedragen in juni vastgesteld.</p>\n"
        "<table cellpadding=\"4\" style=\"border-collapse:collapse\" border=\"1\">\n"
        "<tr><td>Factuurnummer</td><td>C26-1042</td></tr>\n<tr><td>Datum</td><td>3 november 2026</td></tr>\n"
        "<tr><td>Lidnummer</td><td>KNHB 2291847</td></tr>\n"
        "<tr><td>Contributie junioren D/C</td><td align=\"right\">€ 285,00</td></tr>\n"
        "<tr><td>Afkoop bardiensten</td><td align=\"right\">€ 40,00</td></tr>\n"
        "<tr><td><b>Totaal</b></td><td align=\"right\"><b>€ 325,00</b></td></tr>\n</table>\n"
        "<p>Sportbeoefening in verenigingsverband is vrijgesteld van btw.</p>\n"
        "<p>Betaal binnen vier weken naar " + sp(ib) + " (MHC De Kraaien, Breda) met het factuurnummer. Liever "
        "in termijnen? Mail de penningmeester vóór de vervaldatum.</p>\n"
        "<p>Sportieve groet,<br>Karin Luijten, penningmeester</p>\n"
        "<p style=\"font-size:11px;color:#777\">Factuur aan: B. Smits, Ginnekenweg 140, 4818 JK Breda</p>")
    add("nl", "club-admin", "body-html", "penningmeester@mhc-dekraaien.nl", "MHC De Kraaien",
        "b.smits@ziggo.nl", "B. Smits <b.smits@ziggo.nl>", "Contributie 2026-2027 Jelle Smits", d, html=html,
        exp=X("C26-1042", 32500, 32500, d, d + TD(28), "B. Smits", "b.smits@ziggo.nl", ib, False, "nl"),
        note="Club membership fee invoice: term in words ('binnen vier weken'), the member is the child, the "
             "debtor the parent printed only in small type at the foot; an offer of instalments.")


def nl_commercial_rent():
    d = D(2026, 12, 1)
    ib = iban("NL")
    rows = [["Kale huur bedrijfsruimte Havenstraat 9-A, januari 2027", "", "€ 1.450,00"],
            ["Voorschot servicekosten januari 2027", "", "€ 185,00"]]
    pages = doc(["Vastgoed Meerburg", "Beheer bedrijfsruimten", "Rijnsburgerweg 80", "2333 AE Leiden",
                 "huur@vastgoedmeerburg.nl", "KvK 27114490"],
                ["Fietsenmakerij Kranenburg V.O.F.", "Havenstraat 9-A", "2312 JP Leiden"],
                "Huurfactuur januari 2027",
                [("Factuurnummer", "HF-2701-009"), ("Factuurdatum", "01-12-2026"), ("Huurovereenkomst", "HO-2019-009"),
                 ("Huurperiode", "01-01-2027 t/m 31-01-2027"), ("Vervaldatum", "01-01-2027")],
                C3, ["Omschrijving", "", "Bedrag"], rows,
                [("Subtotaal", "€ 1.635,00", False), ("Btw 21% (belaste verhuur, opteerverzoek)", "€ 343,35", False),
                 ("Totaal", "€ 1.978,35", True)],
                ["De huur is per maand vooruit verschuldigd en moet uiterlijk op de eerste dag van de "
                 "huurperiode op " + sp(ib) + " zijn bijgeschreven.",
                 "De servicekosten worden jaarlijks afgerekend; de afrekening 2026 volgt vóór 1 juli 2027."],
                ["Vastgoed Meerburg · btw NL8190.44.512.B01 · " + sp(ib)], layout="side")
    body = ("Geachte huurder,\n\nBijgaand de huurfactuur voor januari 2027 van de bedrijfsruimte aan de "
            "Havenstraat. De huurprijs is nog niet geïndexeerd; daarover ontvangt u apart bericht.\n\n"
            "Met vriendelijke groet,\nVastgoed Meerburg\n")
    add("nl", "property-pdf", "pdf", "huur@vastgoedmeerburg.nl", "Vastgoed Meerburg", "info@fietsenkranenburg.nl",
        "info@fietsenkranenburg.nl", "Huurfactuur januari 2027 - Havenstraat 9-A", d, text=body, pages=pages,
        fname="HF-2701-009.pdf",
        exp=X("HF-2701-009", 197835, 197835, d, D(2027, 1, 1), "Fietsenmakerij Kranenburg V.O.F.",
              "info@fietsenkranenburg.nl", ib, True, "nl"),
        note="Rent invoice for a coming month: the period's dates and the contract number stand among the "
             "facts; VAT on rent by option; due on the first day of the period.")


def nl_vve():
    d = D(2026, 11, 25)
    ib = iban("NL")
    kenmerk = digits(16)
    pages = doc(["VvE Residentie Zeezicht", "p/a Van Dam VvE-beheer", "Badhuisweg 212, 2587 CL Den Haag",
                 "vve@vandambeheer.nl", "KvK 40409821"],
                ["Dhr. en mevr. Kuipers", "Zeekant 88-7", "2586 JN Den Haag"],
                "Nota bijzondere bijdrage",
                [("Notanummer", "ZZ-BB26-07"), ("Datum", "25-11-2026"), ("Appartementsrecht", "7 (Zeekant 88-7)"),
                 ("Breukdeel", "84/1000"), ("Betalingskenmerk", grouped(kenmerk))],
                C3, ["Omschrijving", "", "Bedrag"],
                [["Bijzondere bijdrage gevelrenovatie, besluit ALV 14 oktober 2026", "", ""],
                 ["Totaal te omslaan € 75.000,00 x 84/1000", "", "€ 6.300,00"]],
                [("Te betalen", "€ 6.300,00", True)],
                ["Conform het besluit van de algemene ledenvergadering dient de bijdrage uiterlijk "
                 "31 december 2026 te zijn voldaan op " + sp(ib) + " t.n.v. VvE Residentie Zeezicht, met het "
                 "betalingskenmerk. Bijdragen van leden aan de VvE zijn niet met btw belast.",
                 "Uw maandelijkse voorschotbijdrage blijft ongewijzigd doorlopen."],
                ["VvE Residentie Zeezicht · " + sp(ib)])
    body = ("Geachte heer en mevrouw Kuipers,\n\nNamens het bestuur van de VvE sturen wij u de nota voor de "
            "bijzondere bijdrage die de ALV op 14 oktober voor de gevelrenovatie heeft vastgesteld.\n\n"
            "Met vriendelijke groet,\nVan Dam VvE-beheer\nnamens VvE Residentie Zeezicht\n")
    add("nl", "vve-admin", "pdf", "vve@vandambeheer.nl", "Van Dam VvE-beheer", "kuipers.zeekant@planet.nl",
        "kuipers.zeekant@planet.nl", "Nota bijzondere bijdrage gevelrenovatie", d, text=body, pages=pages,
        fname="ZZ-BB26-07.pdf",
        exp=X("ZZ-BB26-07", 630000, 630000, d, D(2026, 12, 31), "Dhr. en mevr. Kuipers", "kuipers.zeekant@planet.nl",
              ib, False, "nl", ref=kenmerk),
        note="An owners' association's special levy sent by its managing agent: share fraction and the "
             "total to be shared printed beside the amount; couple by surname only.")


def nl_vet():
    d = D(2026, 11, 26)
    ib = iban("NL")
    rows = [["Consult", "21%", "€ 48,50"], ["Echografie abdomen", "21%", "€ 95,00"],
            ["Bloedonderzoek, uitgebreid profiel", "21%", "€ 87,50"],
            ["Metacam 1,5 mg/ml orale suspensie, 10 ml", "9%", "€ 18,40"]]
    pages = doc(["Dierenkliniek De Hazelaar", "Hazelaarweg 6 · 3813 KC Amersfoort", "033 462 11 90 · kliniek@dkhazelaar.nl"],
                ["Mevr. K. Schouten", "Kersenbaan 31", "3815 TT Amersfoort"],
                "Factuur",
                [("Factuurnummer", "DH-26-30712"), ("Datum", "26-11-2026"), ("Cliëntnummer", "11847"),
                 ("Patiënt", "Bram, hond (labrador), 9 jr"), ("Dierenarts", "drs. W. Oosting")],
                C3, ["Verrichting / artikel", "Btw", "Bedrag excl."], rows,
                [("Totaal excl. btw", "€ 249,40", False), ("Btw 21% over € 231,00", "€ 48,51", False),
                 ("Btw 9% over € 18,40", "€ 1,66", False), ("Totaal", "€ 299,57", True),
                 ("Voldaan per pin 26-11", "- € 100,00", False), ("Openstaand", "€ 199,57", True)],
                ["Het openstaande bedrag graag binnen 14 dagen overmaken op " + sp(ib) + " onder vermelding van "
                 "het factuurnummer. Bram krijgt de Metacam eenmaal daags bij het eten."],
                ["Dierenkliniek De Hazelaar B.V. · KvK 32087714 · btw NL8129.55.830.B01"], layout="banner")
    body = ("Beste mevrouw Schouten,\n\nU heeft vandaag bij de balie een deel afgerekend; hierbij de factuur "
            "met het resterende bedrag. De uitslag van het bloedonderzoek bellen we u morgen door.\n\n"
            "Hartelijke groet,\nDierenkliniek De Hazelaar\n")
    add("nl", "vet-software", "pdf", "kliniek@dkhazelaar.nl", "Dierenkliniek De Hazelaar", "k.schouten@gmail.com",
        "K. Schouten <k.schouten@gmail.com>", "Factuur DH-26-30712 (Bram)", d, text=body, pages=pages,
        fname="Factuur_DH-26-30712.pdf",
        exp=X("DH-26-30712", 19957, 29957, d, d + TD(14), "K. Schouten", "k.schouten@gmail.com", ib, False, "nl"),
        note="Vet invoice with two VAT rates (medicine at 9 %) and a card payment at the desk deducted; two "
             "bold amounts, the last the open one.")


def nl_funeral():
    d = D(2026, 11, 19)
    ib = iban("NL")
    rows = [["Eigen diensten (btw 21%)", "", ""],
            ["Verzorging en opbaring in het uitvaartcentrum", "", "€ 1.150,00"],
            ["Rouwauto met chauffeur", "", "€ 495,00"],
            ["Regie en begeleiding van de uitvaart", "", "€ 1.395,00"],
            ["Btw 21% over € 3.040,00", "", "€ 638,40"],
            ["Voorgeschoten kosten derden (zonder btw door ons)", "", ""],
            ["Crematorium Deventer, crematie en aula", "", "€ 1.210,00"],
            ["Gemeente Deventer, uittreksels overlijdensakte", "", "€ 28,40"],
            ["Drukkerij Hulst, rouwkaarten (incl. btw)", "", "€ 342,65"],
            ["Bloemsierkunst Ter Veld, bloemstuk (incl. btw)", "", "€ 145,00"]]
    pages = doc(["Uitvaartzorg Roelofs", "Brinkgreverweg 44", "7413 AD Deventer", "0570 61 20 45 (dag en nacht)",
                 "administratie@uitvaartzorgroelofs.nl"],
                ["Mevr. A.M. Lammers-ter Horst", "Zwolseweg 101", "7412 AH Deventer"],
                "Nota uitvaartverzorging",
                [("Notanummer", "UR-2026-0093"), ("Datum", "19-11-2026"),
                 ("Uitvaart van", "wijlen dhr. H.J. Lammers (1941-2026)"), ("Datum uitvaart", "6 november 2026")],
                C3, ["Omschrijving", "", "Bedrag"], rows,
                [("Totaal nota", "€ 5.404,45", False), ("Rechtstreeks ontvangen uitkering DELA", "- € 3.200,00", False),
                 ("Nog te voldoen", "€ 2.204,45", True)],
                ["Wij hebben de kosten van derden voor u voorgeschoten; de facturen van deze partijen sturen wij op "
                 "verzoek mee. Wij vragen u vriendelijk het restant binnen 30 dagen over te maken op " + sp(ib)
                 + " t.n.v. Uitvaartzorg Roelofs, onder vermelding van het notanummer. Is dit op korte termijn "
                 "lastig, neem dan gerust contact met ons op."],
                ["Uitvaartzorg Roelofs · KvK 08212964 · btw NL8023.71.190.B01 · " + sp(ib)], layout="letterhead",
                row_lead=13)
    body = ("Beste mevrouw Lammers,\n\nNogmaals onze oprechte deelneming. Zoals besproken bij het nagesprek "
            "ontvangt u hierbij de nota van de uitvaart van uw man. De uitkering van DELA is al verrekend.\n\n"
            "Met warme groet,\nHenk Roelofs\n")
    add("nl", "word-pdf", "pdf", "administratie@uitvaartzorgroelofs.nl", "Uitvaartzorg Roelofs",
        "am.lammers@kpnplanet.nl", "am.lammers@kpnplanet.nl", "Nota uitvaart dhr. H.J. Lammers", d, text=body,
        pages=pages, fname="Nota UR-2026-0093.pdf",
        exp=X("UR-2026-0093", 220445, 540445, d, d + TD(30), "A.M. Lammers-ter Horst", "am.lammers@kpnplanet.nl",
              ib, False, "nl"),
        note="A funeral 'nota' with the deceased's name in the facts, third-party costs advanced without VAT "
             "and an insurer's payout deducted; the widow is the debtor.")


def nl_translator():
    d = D(2026, 11, 11)
    ib = iban("NL")
    body = (
        "Prezada Ana / beste Ana,\n\n"
        "De beëdigde vertalingen van je geboorteakte en huwelijksakte zijn vandaag aangetekend verstuurd, "
        "met de legalisatie van de rechtbank. Hieronder mijn factuur.\n\n"
        "FACTUUR 26-0144 — 11 november 2026\n"
        "Van: Rita Monteiro, beëdigd vertaler Portugees-Nederlands (Wbtv 10287), Amsterdam\n"
        "Aan: Ana Ferreira, Admiraal de Ruijterweg 301-II, 1055 LZ Amsterdam\n\n"
        "1. Beëdigde vertaling geboorteakte PT>NL (218 woorden, minimumtarief)   € 60,00\n"
        "2. Beëdigde vertaling huwelijksakte PT>NL, 486 woorden à € 0,16          € 77,76\n"
        "3. Aangetekende verzending                                              € 11,50\n"
        "   Subtotaal belast                                                     € 149,26\n"
        "   Btw 21%                                                              € 31,34\n"
        "4. Legalisatie handtekening rechtbank, 2 x € 22,00 (doorbelast, geen btw) € 44,00\n"
        "   TOTAAL                                                               € 224,60\n\n"
        "Betaling binnen 14 dagen op " + sp(ib) + " t.n.v. R. Monteiro.\n\n"
        "Succes met de IND-aanvraag!\nRita Monteiro\n")
    add("nl", "typed", "body-text", "rita@monteirovertalingen.nl", "Rita Monteiro", "ana.ferreira.ams@gmail.com",
        "Ana Ferreira <ana.ferreira.ams@gmail.com>", "Vertalingen akten + factuur", d, text=body,
        exp=X("26-0144", 22460, 22460, d, d + TD(14), "Ana Ferreira", "ana.ferreira.ams@gmail.com", ib, False, "nl"),
        note="A sworn translator's typed invoice opening with a Portuguese greeting; word counts and a word "
             "rate, a court's legalisation fee passed on without VAT.")


def nl_be_architect():
    d = D(2026, 11, 27)
    ib = iban("BE")
    comm = ogm()
    rows = [["Geraamde bouwkost (excl. btw)", "", "€ 420.000,00"],
            ["Ereloon 8 % van de bouwkost", "", "€ 33.600,00"],
            ["Fase voorontwerp: 20 % van het ereloon", "", "€ 6.720,00"]]
    pages = doc(["Architectenbureau Vandewalle", "Doorniksewijk 77 · 8500 Kortrijk",
                 "056 21 08 93 · info@architectvandewalle.be", "BTW BE0642.773.190"],
                ["Jan Desmet en Lies Vanhoutte", "Meensesteenweg 402", "8501 Heule"],
                "Ereloonnota",
                [("Nota", "2026-EN-038"), ("Datum", "27/11/2026"), ("Project", "Renovatie woning Heule"),
                 ("Fase", "Voorontwerp"), ("Betaling", "30 dagen na factuurdatum")],
                C3, ["Omschrijving", "", "Bedrag"], rows,
                [("Ereloon deze fase", "€ 6.720,00", False), ("BTW 21 %", "€ 1.411,20", False),
                 ("Totaal te betalen", "€ 8.131,20", True)],
                ["Volgens de architectenovereenkomst van 3 juni 2026 wordt het ereloon per fase aangerekend: "
                 "voorontwerp 20 %, definitief ontwerp en bouwaanvraag 30 %, uitvoeringsfase 50 %. Het voorontwerp werd "
                 "goedgekeurd op 16/11/2026.",
                 "Gelieve te storten op " + sp(ib) + " met gestructureerde mededeling " + comm + "."],
                ["Architectenbureau Vandewalle · ingeschreven bij de Orde van Architecten, Provinciale Raad "
                 "West-Vlaanderen"], layout="banner")
    body = ("Beste Jan en Lies,\n\nNu het voorontwerp is goedgekeurd, sturen we zoals afgesproken de ereloonnota "
            "voor deze fase. We plannen de volgende bespreking in januari.\n\nVriendelijke groeten,\n"
            "Thomas Vandewalle, architect\n")
    add("nl", "architect-pdf", "pdf", "info@architectvandewalle.be", "Architectenbureau Vandewalle",
        "jan.desmet@proximus.be", "Jan Desmet <jan.desmet@proximus.be>", "Ereloonnota fase voorontwerp", d,
        text=body, pages=pages, fname="Ereloonnota_2026-EN-038.pdf",
        exp=X("2026-EN-038", 813120, 813120, d, d + TD(30), "Jan Desmet en Lies Vanhoutte", "jan.desmet@proximus.be",
              ib, False, "nl", ref=comm),
        note="Architect's fee note for one phase: the estimated building cost and the whole fee are printed "
             "in the same column as larger amounts above the phase's share; a couple named one by one.")


# ================================================================ check and write

def _boxes(page):
    out = []
    for it in page["items"]:
        w = width(it["text"], it["size"], it["bold"])
        x0 = it["x"] - w if it["align"] == "right" else it["x"]
        out.append((x0, x0 + w, it["y"] - 0.75 * it["size"], it["y"] + 0.22 * it["size"], it["text"]))
    return out


def _flat(r):
    """Everything the mail says: its text with the PDF's items in their place."""
    s = r["eml"]
    if "pdf" in r:
        s += "\n".join(it["text"] for p in r["pdf"]["pages"] for it in p["items"])
    return s


def check(records):
    errors = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    inv = [r for r in records if r["is_invoice"]]
    non = [r for r in records if not r["is_invoice"]]
    if (len(records), len(inv), len(non)) != (75, 50, 25):
        errors.append("counts %d/%d/%d" % (len(records), len(inv), len(non)))
    by_lang = {l: sum(1 for r in inv if r["lang"] == l) for l in ("nl", "en", "de")}
    if by_lang != {"nl": 20, "en": 15, "de": 15}:
        errors.append("invoice languages %r" % by_lang)
    kinds = {k: sum(1 for r in inv if r["kind"] == k) for k in ("pdf", "body-text", "body-html")}
    if kinds != {"pdf": 30, "body-text": 10, "body-html": 10}:
        errors.append("invoice kinds %r" % kinds)
    for r in records:
        json.loads(json.dumps(r, ensure_ascii=False))
        if r["is_invoice"] != (r["expected"] is not None) or (r["kind"] == "none") == r["is_invoice"]:
            errors.append(r["id"] + ": label and kind disagree")
        if not r["is_invoice"] and not r["why_not"]:
            errors.append(r["id"] + ": no why_not")
        if not r["note"]:
            errors.append(r["id"] + ": no note")
        if ("pdf" in r) != ("@@PDF@@" in r["eml"]):
            errors.append(r["id"] + ": PDF slot and PDF disagree")
        for p in r.get("pdf", {}).get("pages", []):
            W, H = p.get("width", 595), p.get("height", 842)
            bx = _boxes(p)
            for x0, x1, y0, y1, t in bx:
                if x0 < 20 or x1 > W - 20 or y0 < 20 or y1 > H - 20:
                    errors.append("%s: outside the page: %r" % (r["id"], t))
            for i in range(len(bx)):
                for j in range(i + 1, len(bx)):
                    a, b = bx[i], bx[j]
                    if a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]:
                        errors.append("%s: overlap %r / %r" % (r["id"], a[4], b[4]))
        e = r["expected"]
        if e:
            flat = _flat(r)
            for k in ("number", "iban"):
                v = e[k]
                if v and v not in flat and sp(v) not in flat:
                    errors.append("%s: %s %r not printed" % (r["id"], k, v))
            ref = e["payment_reference"]
            if ref and ref not in flat and grouped(ref) not in flat:
                errors.append("%s: reference %r not printed" % (r["id"], ref))
            untitled = re.sub(r"\b(Herrn|Herr|Frau|Mr|Mrs|Ms|Dhr\.|Mevr\.) ", "", flat)
            if e["debtor_name"] not in flat and e["debtor_name"] not in untitled:
                errors.append("%s: name %r not printed" % (r["id"], e["debtor_name"]))
            if e["debtor_email"] != r["envelope"]["rcpt_to"][0]:
                errors.append(r["id"] + ": debtor address is not the envelope's")
            if e["due_date"] and e["due_date"] < e["issue_date"]:
                errors.append(r["id"] + ": due before issue")
            if abs(e["amount_due_cents"]) > abs(e["amount_total_cents"]):
                errors.append(r["id"] + ": due above total")
    return errors


def main():
    for name, fn in list(globals().items()):
        if callable(fn) and "_" in name and name.split("_")[0] in ("nl", "en", "de", "xnl", "xen", "xde") \
                and getattr(fn, "__module__", None) == __name__:
            fn()
    # shuffle so that position says nothing of the label, then number in that order
    order = list(range(len(RECORDS)))
    rng.shuffle(order)
    out = []
    for k, i in enumerate(order):
        r = RECORDS[i]
        r["id"] = "inv-hold19-%03d" % (k + 1)
        out.append(r)
    errs = check(out)
    for e in errs:
        print("check:", e, file=sys.stderr)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout19.jsonl")
    if errs and "--force" not in sys.argv:
        sys.exit(1)
    mk.write(os.path.normpath(path), out)
    print("wrote %d records to %s" % (len(out), os.path.normpath(path)))


# ================================================================ English invoices

def en_physio():
    d = D(2026, 11, 10)
    ib = iban("GB")
    rows = [["14/10/2026", "Initial assessment and treatment (45 min)", "£75.00"],
            ["21/10/2026", "Follow-up treatment (30 min)", "£55.00"],
            ["28/10/2026", "Follow-up treatment (30 min)", "£55.00"],
            ["04/11/2026", "Follow-up treatment (30 min)", "£55.00"]]
    cols = [(56, "left"), (130, "left"), (539, "right")]
    pages = doc(["Kestrel Physiotherapy", "3 Station Parade, Harrogate HG1 1TF", "01423 508 214",
                 "accounts@kestrelphysio.co.uk"],
                ["Mrs Helen Ashworth", "27 Oatlands Drive", "Harrogate", "HG2 8JT"],
                "Invoice",
                [("Invoice no.", "KP-4417"), ("Date", "10 November 2026"), ("Patient", "Helen Ashworth"),
                 ("Clinician", "Sam Whitlock MCSP, HCPC PH118203")],
                cols, ["Date", "Treatment", "Fee"], rows,
                [("Total due", "£240.00", True)],
                ["Physiotherapy by an HCPC-registered practitioner is exempt from VAT.",
                 "If you are claiming through private medical insurance, please send this invoice to your "
                 "insurer with your membership number. Payment remains your responsibility and is due to us "
                 "within 14 days of the invoice date, whether or not your claim has been settled.",
                 "Bank transfer: Kestrel Physiotherapy Ltd, sort code 60-09-14, IBAN " + sp(ib)
                 + ". Please quote KP-4417."],
                ["Kestrel Physiotherapy Ltd · Registered in England 11824390"], layout="window")
    body = ("Dear Mrs Ashworth,\n\nPlease find attached your invoice for the four sessions since October. "
            "Should your insurer need a treatment summary as well, just reply to this email.\n\n"
            "Kind regards,\nLouise\nKestrel Physiotherapy reception\n")
    add("en", "cliniko-like", "pdf", "accounts@kestrelphysio.co.uk", "Kestrel Physiotherapy",
        "helen.ashworth@btinternet.com", "Helen Ashworth <helen.ashworth@btinternet.com>",
        "Your invoice KP-4417 from Kestrel Physiotherapy", d, text=body, pages=pages, fname="Invoice-KP-4417.pdf",
        exp=X("KP-4417", 24000, 24000, d, d + TD(14), "Helen Ashworth", "helen.ashworth@btinternet.com", ib,
              False, "en", cur="GBP"),
        note="UK physiotherapy invoice: insurer claim wording, VAT exemption, a 14-day term in a paragraph "
             "that also speaks of the insurer settling; HCPC number among the facts.")


def en_dentist():
    d = D(2026, 11, 13)
    ib = iban("GB")
    html = html_wrap(
        "<p style=\"font-size:18px;color:#1d6f8c\"><b>Abbeygate Dental Studio</b></p>\n"
        "<p>Dear Mr Okoro,</p>\n<p>Thank you for visiting us on 11 November. Here is the invoice for your "
        "private treatment.</p>\n"
        "<table cellpadding=\"6\" style=\"border-collapse:collapse;border:1px solid #bcd\">\n"
        "<tr><td>Invoice</td><td>ADS-26-2231</td></tr>\n<tr><td>Invoice date</td><td>13/11/2026</td></tr>\n"
        "<tr><td>Patient</td><td>Daniel Okoro</td></tr>\n"
        "<tr><td>Hygienist: scale and polish</td><td align=\"right\">£68.00</td></tr>\n"
        "<tr><td>Composite (white) filling, UR6</td><td align=\"right\">£165.00</td></tr>\n"
        "<tr><td>Total</td><td align=\"right\">£233.00</td></tr>\n"
        "<tr><td>Paid on the day (card)</td><td align=\"right\">−£50.00</td></tr>\n"
        "<tr><td><b>Balance to pay</b></td><td align=\"right\"><b>£183.00</b></td></tr>\n</table>\n"
        "<p>Private dental treatment is exempt from VAT. Please settle the balance within 30 days by bank "
        "transfer (Abbeygate Dental Studio Ltd, sort code 20-45-77, IBAN " + sp(ib) + ") or by card over "
        "the phone.</p>\n<p>Warm regards,<br>The Abbeygate team<br>14 Abbeygate Street, Bury St Edmunds IP33 1UN</p>")
    add("en", "dental-practice", "body-html", "hello@abbeygatedental.co.uk", "Abbeygate Dental Studio",
        "d.okoro@outlook.com", "Daniel Okoro <d.okoro@outlook.com>", "Invoice for your treatment on 11 November", d,
        html=html,
        exp=X("ADS-26-2231", 18300, 23300, d, d + TD(30), "Daniel Okoro", "d.okoro@outlook.com", ib, False, "en",
              cur="GBP"),
        note="Private dental bill in HTML with a card payment on the day deducted; the treatment date in the "
             "subject differs from the invoice date; a Unicode minus before the paid amount.")


def en_solicitor():
    d = D(2026, 11, 16)
    ib = iban("GB")
    rows = [["Our profit costs", "", ""],
            ["Preparing mirror wills, advice on inheritance tax", "", "£450.00"],
            ["Two Lasting Powers of Attorney (property and financial affairs)", "", "£600.00"],
            ["VAT at 20% on profit costs", "", "£210.00"],
            ["Disbursements (no VAT)", "", ""],
            ["Office of the Public Guardian registration fees, 2 x £92.00", "", "£184.00"],
            ["HM Land Registry official copies", "", "£7.00"]]
    pages = doc(["Hale & Crewe Solicitors", "9 Castle Street, Shrewsbury SY1 2BB", "01743 362 550",
                 "accounts@halecrewe.co.uk", "Authorised and regulated by the SRA, no. 604219"],
                ["Mr and Mrs Thornbury", "The Old Forge, Church Lane", "Condover", "Shrewsbury SY5 7AA"],
                "Bill of Costs",
                [("Bill number", "26/0874"), ("Date", "16 November 2026"), ("Matter", "Wills and LPAs (WL/2026/193)"),
                 ("Fee earner", "Gemma Crewe, Partner")],
                C3, None, rows,
                [("Total of this bill", "£1,451.00", False), ("Less: money on account received", "-£300.00", False),
                 ("Balance now due", "£1,151.00", True)],
                ["Payment is due within 28 days of the date of this bill. Please pay to our office account "
                 "(not our client account): Hale & Crewe Solicitors, sort code 30-96-26, IBAN " + sp(ib) + ".",
                 "We will never tell you of a change to our bank details by email. If you receive such a message, "
                 "call us before you pay.",
                 "You may be entitled to have this bill assessed by the court under Part III of the Solicitors "
                 "Act 1974, and to complain to the Legal Ombudsman."],
                ["Hale & Crewe Solicitors is a trading name of Hale & Crewe Ltd, registered in England 09551837. "
                 "VAT reg. GB 214 6630 19"], layout="letterhead", title_size=16)
    body = ("Dear Mr and Mrs Thornbury,\n\nNow that both Lasting Powers of Attorney have gone to the Office of the "
            "Public Guardian, I enclose our final bill. Your £300 payment on account has been deducted.\n\n"
            "Yours sincerely,\n\nGemma Crewe\nPartner, Hale & Crewe Solicitors\n")
    add("en", "law-firm-pdf", "pdf", "accounts@halecrewe.co.uk", "Hale & Crewe Solicitors",
        "thornbury.oldforge@gmail.com", "thornbury.oldforge@gmail.com", "Our bill 26/0874 - Wills and LPAs", d,
        text=body, pages=pages, fname="Bill 26-0874.pdf",
        exp=X("26/0874", 115100, 145100, d, d + TD(28), "Mr and Mrs Thornbury", "thornbury.oldforge@gmail.com",
              ib, False, "en", cur="GBP"),
        note="A solicitor's 'Bill of Costs' with profit costs, VAT and untaxed disbursements, money on account "
             "deducted, the SRA number and 'client account' in the notes; couple by surname only.")


def en_barrister():
    d = D(2026, 11, 6)
    ib = iban("GB")
    rows = [["02/10/2026", "Advice on evidence and quantum (written)", "£950.00"],
            ["19/10/2026", "Conference with client and solicitor, 1.5 hours", "£375.00"]]
    cols = [(56, "left"), (130, "left"), (539, "right")]
    pages = doc(["Priya Ramanathan", "Barrister", "Fenwick Chambers", "12 Fenwick Row, Leeds LS1 5PQ",
                 "clerks@fenwickchambers.co.uk"],
                ["Marlow Greaves Solicitors", "FAO Daniel Marlow", "41 Park Square East", "Leeds LS1 2NE"],
                "Fee Note",
                [("Fee note no.", "PR/2026/118"), ("Date", "06 Nov 2026"), ("Your ref.", "DM/RTA/4471"),
                 ("Case", "Hussain v Northern Freight Ltd"), ("Payment terms", "30 days")],
                cols, ["Date", "Work done", "Fee"], rows,
                [("Fees", "£1,325.00", False), ("VAT @ 20%", "£265.00", False), ("Total", "£1,590.00", True)],
                ["This fee note is issued under the Standard Contractual Terms for the Supply of Legal Services "
                 "by Barristers to Authorised Persons 2020. Payment is due within 30 days of the date above.",
                 "Account: P Ramanathan, IBAN " + sp(ib) + ". VAT registration GB 318 2284 06."],
                [], layout="side")
    body = ("Dear Daniel,\n\nPlease find attached Ms Ramanathan's fee note for the advice and the conference in "
            "Hussain v Northern Freight.\n\nBest wishes,\nOwen\nSenior Clerk, Fenwick Chambers\n")
    add("en", "chambers-pdf", "pdf", "clerks@fenwickchambers.co.uk", "Fenwick Chambers Clerks",
        "accounts@marlowgreaves.co.uk", "Daniel Marlow <accounts@marlowgreaves.co.uk>",
        "Fee note PR/2026/118 - Hussain v Northern Freight", d, text=body, pages=pages, fname="PR-2026-118.pdf",
        exp=X("PR/2026/118", 159000, 159000, d, d + TD(30), "Marlow Greaves Solicitors",
              "accounts@marlowgreaves.co.uk", ib, True, "en", cur="GBP"),
        note="A barrister's 'fee note' sent by her clerk to instructing solicitors; the case name names two "
             "other parties (one a Ltd) who are not the debtor.")


def en_mediator():
    d = D(2026, 11, 19)
    ib = iban("GB")
    body = (
        "Dear Rebecca,\n\n"
        "Thank you for attending both joint sessions. As agreed at the outset, each of you pays your own "
        "assessment meeting and half of every joint session. Your invoice is below; Michael receives his "
        "own.\n\n"
        "HARBOUR FAMILY MEDIATION\n"
        "Invoice HFM-0562        Date: 19 November 2026\n"
        "Client: Rebecca Tan, 18 Quayside Mews, Poole BH15 1HJ\n\n"
        "Mediation Information and Assessment Meeting (MIAM), 8 Oct      £120.00\n"
        "Joint session 1, 29 Oct (90 min) - your 50% share of £300       £150.00\n"
        "Joint session 2, 12 Nov (90 min) - your 50% share of £300       £150.00\n"
        "                                                               --------\n"
        "Amount payable                                                   £420.00\n\n"
        "I am not VAT registered. Payment within 14 days please, to Harbour Family Mediation, "
        "sort code 40-11-62, IBAN " + sp(ib) + "; please use HFM-0562 as the reference.\n\n"
        "With best wishes,\nClaire Harding\nFamily Mediator (FMCA accredited)\n")
    add("en", "typed", "body-text", "claire@harbourmediation.co.uk", "Claire Harding", "rebeccatan.poole@gmail.com",
        "Rebecca Tan <rebeccatan.poole@gmail.com>", "Mediation - your invoice", d, text=body,
        exp=X("HFM-0562", 42000, 42000, d, d + TD(14), "Rebecca Tan", "rebeccatan.poole@gmail.com", ib, False, "en",
              cur="GBP"),
        note="Mediator's typed invoice for one party's share: the session's full price (£300) printed inside "
             "the line text; the other party named in the cover; 'use HFM-0562 as the reference' is no label.")


def en_council():
    d = D(2026, 11, 24)
    ib = iban("GB")
    rows = [["Crown reduction, 3 x lime, Memorial Park (TPO ref. CV/114)", "1", "£1,860.00", "£1,860.00"],
            ["Stump grinding", "4", "£85.00", "£340.00"],
            ["Arisings removed and disposed of (green waste)", "1", "£180.00", "£180.00"]]
    pages = doc(["Greenhalgh Arboriculture", "Unit 4, Brookside Works, Pontefract WF8 1BE", "07712 448 902",
                 "invoices@greenhalgharb.co.uk", "VAT GB 301 4418 27"],
                ["Castleford Vale District Council", "Accounts Payable", "PO Box 612", "Castleford WF10 9ZZ"],
                "INVOICE",
                [("Invoice number", "GA-1193"), ("Invoice date", "24/11/2026"), ("Council PO number", "PO7700419823"),
                 ("Ordered by", "Parks, M. Tiller"), ("Works completed", "17/11/2026")],
                C4, ["Description", "Qty", "Rate", "Amount"], rows,
                [("Net", "£2,380.00", False), ("VAT 20%", "£476.00", False), ("Invoice total", "£2,856.00", True)],
                ["This invoice quotes the Council's purchase order number as required by its No PO, No Pay policy. "
                 "Payment terms: 30 days from the invoice date.",
                 "Greenhalgh Arboriculture Ltd, Lloyds, sort code 30-94-57, IBAN " + sp(ib) + "."],
                ["Greenhalgh Arboriculture Ltd · Company no. 10773521 · Arb Approved Contractor"], layout="banner")
    body = ("Hello,\n\nPlease find attached invoice GA-1193 for the works at Memorial Park under PO7700419823.\n\n"
            "Regards,\nNeil Greenhalgh\n")
    add("en", "quickbooks-like", "pdf", "invoices@greenhalgharb.co.uk", "Greenhalgh Arboriculture",
        "ap.invoices@castlefordvale.gov.uk", "Accounts Payable <ap.invoices@castlefordvale.gov.uk>",
        "Invoice GA-1193 / PO7700419823", d, text=body, pages=pages, fname="GA-1193.pdf",
        exp=X("GA-1193", 285600, 285600, d, d + TD(30), "Castleford Vale District Council",
              "ap.invoices@castlefordvale.gov.uk", ib, True, "en", cur="GBP"),
        note="Invoice to a UK council quoting its PO and the 'No PO, No Pay' policy; the PO is longer and more "
             "number-like than the invoice number; a tree-preservation order reference in a line.")


def en_tutoring():
    d = D(2026, 12, 2)
    ib = iban("GB")
    html = html_wrap(
        "<p><b>Brightwell Tutors</b> · 22 Mill Road, Cambridge CB1 2AD</p>\n"
        "<p>Dear Mrs Kaur,</p>\n<p>Arjun's sessions for the spring term are booked for Tuesdays at 5pm, "
        "starting 5 January. As with every term, we invoice the whole term in advance.</p>\n"
        "<table border=\"0\" cellpadding=\"5\" style=\"background:#f7f7f2\">\n"
        "<tr><td colspan=\"2\"><b>Invoice BT-S27-041</b> · issued 2 December 2026</td></tr>\n"
        "<tr><td>Bill to</td><td>S. Kaur, 5 Hills Avenue, Cambridge CB1 7XA</td></tr>\n"
        "<tr><td>GCSE Maths, 11 weekly one-to-one sessions at £42.00</td><td align=\"right\">£462.00</td></tr>\n"
        "<tr><td>Mock exam paper pack (marked)</td><td align=\"right\">£18.00</td></tr>\n"
        "<tr><td><b>Total for the term</b></td><td align=\"right\"><b>£480.00</b></td></tr>\n</table>\n"
        "<p>Please pay by <b>4 January 2027</b> so that the first session can go ahead: Brightwell Tutors, "
        "IBAN " + sp(ib) + ". Private tuition by our tutors is exempt from VAT.</p>\n"
        "<p>Missed sessions with 48 hours' notice are rearranged, not refunded.</p>\n"
        "<p>Best wishes,<br>Naomi Brightwell</p>")
    add("en", "typed-html", "body-html", "office@brightwelltutors.co.uk", "Brightwell Tutors",
        "s.kaur.cambridge@yahoo.co.uk", "S Kaur <s.kaur.cambridge@yahoo.co.uk>", "Spring term invoice - Arjun", d,
        html=html,
        exp=X("BT-S27-041", 48000, 48000, d, D(2027, 1, 4), "S. Kaur", "s.kaur.cambridge@yahoo.co.uk", ib, False,
              "en", cur="GBP"),
        note="A tutoring term billed in advance; the first session's date (5 January) and the pay-by date "
             "(4 January) sit a day apart.")


def en_driving():
    d = D(2026, 11, 20)
    ib = iban("GB")
    body = (
        "Hi Chloe,\n\n"
        "Great drive today - roundabouts are much better. As promised, here's the invoice for your next "
        "block of ten hours.\n\n"
        "Invoice no: 0219\n"
        "Date: 20/11/2026\n"
        "To: Chloe Bennett\n\n"
        "Block booking, 10 x 1-hour lessons @ £38.00 = £380.00\n"
        "Total: £380.00\n\n"
        "Not VAT registered. Could you transfer it by your next lesson on Friday 27 November? "
        "Account: T Rawlings, sort code 09-01-28, IBAN " + sp(ib) + ".\n\n"
        "See you Friday,\nTom Rawlings\nDVSA Approved Driving Instructor (ADI 603344)\n")
    add("en", "typed", "body-text", "tom@rawlingsdriving.co.uk", "Tom Rawlings", "chloe.bennett07@icloud.com",
        "chloe.bennett07@icloud.com", "Invoice 0219", d, text=body,
        exp=X("0219", 38000, 38000, d, D(2026, 11, 27), "Chloe Bennett", "chloe.bennett07@icloud.com", ib, False,
              "en", cur="GBP"),
        note="Driving instructor's short typed invoice; the number has a leading zero and the pay-by date is "
             "the next lesson's, given as a question.")


def en_ie_speech():
    d = D(2026, 11, 17)
    ib = iban("IE")
    rows = [["22/09/2026", "Speech and language assessment", "€150.00"],
            ["06/10/2026", "Therapy session (45 min)", "€80.00"],
            ["20/10/2026", "Therapy session (45 min)", "€80.00"],
            ["03/11/2026", "Therapy session (45 min)", "€80.00"],
            ["10/11/2026", "Therapy session (45 min)", "€80.00"],
            ["12/11/2026", "Written progress report for school", "€60.00"]]
    cols = [(56, "left"), (130, "left"), (539, "right")]
    pages = doc(["Clearvoice Speech & Language Therapy", "Unit 2, Westgate Centre, Ballincollig, Co. Cork P31 X2K8",
                 "021 487 1150 · info@clearvoice.ie", "CORU registration SL026441"],
                ["Ms Aoife Murphy", "14 Rosewood Drive", "Ballincollig", "Co. Cork P31 D6R2"],
                "Invoice",
                [("Invoice No.", "CV-2026-0388"), ("Invoice Date", "17/11/2026"), ("Client", "Oisín Murphy (age 6)"),
                 ("Due", "within 14 days")],
                cols, ["Date", "Service", "Fee"], rows,
                [("Total", "€530.00", True)],
                ["Speech and language therapy is exempt from VAT. Keep this invoice: you may claim the sessions "
                 "from your health insurer (e.g. Laya healthcare, VHI, Irish Life Health) and the balance as "
                 "health expenses for tax relief with Revenue.",
                 "Payment by EFT to Clearvoice SLT, IBAN " + sp(ib) + ", quoting the invoice number."],
                ["Clearvoice Speech & Language Therapy · Róisín Healy MIASLT"], layout="banner")
    body = ("Hi Aoife,\n\nAttached is the invoice for Oisín's assessment, sessions and the school report. The report "
            "itself went to you on Thursday.\n\nKind regards,\nRóisín\n")
    add("en", "word-pdf", "pdf", "info@clearvoice.ie", "Clearvoice SLT", "aoifemurphy.cork@eircom.net",
        "Aoife Murphy <aoifemurphy.cork@eircom.net>", "Invoice CV-2026-0388 - Oisín", d, text=body, pages=pages,
        fname="CV-2026-0388.pdf",
        exp=X("CV-2026-0388", 53000, 53000, d, d + TD(14), "Aoife Murphy", "aoifemurphy.cork@eircom.net", ib,
              False, "en"),
        note="Irish speech therapy invoice for a child, with insurer and Revenue relief wording; the due date "
             "only as 'within 14 days' among the facts; Irish names with fadas.")


def en_ie_solicitor():
    d = D(2026, 11, 9)
    ib = iban("IE")
    rows = [["Professional fees: advising on and negotiating the settlement of the WRC claim", "", "€2,400.00"],
            ["VAT @ 23% on fees", "", "€552.00"],
            ["Outlay: Counsel's fee, Mr Dónal Keane BL (incl. VAT)", "", "€1,230.00"],
            ["Outlay: courier", "", "€18.00"]]
    pages = doc(["Ó Briain & Co. Solicitors", "Merchants Road, Galway H91 C6E2", "091 563 880",
                 "accounts@obriainsolicitors.ie"],
                ["Kilkee Seafoods Limited", "Attn. Finance Department", "Pier Road", "Kilkee, Co. Clare V15 KX03"],
                "Fee Note",
                [("Fee note no.", "2026/331"), ("Date", "9 November 2026"), ("Our ref.", "EOB/KS/2026-04"),
                 ("Matter", "Employment - settlement agreement")],
                C3, None, rows,
                [("Total", "€4,200.00", False), ("Less lodged on account 14/07/2026", "(€1,000.00)", False),
                 ("Balance due", "€3,200.00", True)],
                ["Our fees are as set out in the notice under section 150 of the Legal Services Regulation Act "
                 "2015 given to you on 10 July 2026. Payment within 30 days please, to our office account "
                 "(AIB, Eyre Square), IBAN " + sp(ib) + "."],
                ["Ó Briain & Co. is regulated by the Law Society of Ireland · VAT IE 6388412H"], layout="letterhead")
    body = ("Dear Ms Considine,\n\nWith the settlement signed, I enclose our fee note, which includes counsel's fee. "
            "Your lodgement in July has been credited.\n\nYours sincerely,\nEimear Ó Briain\n")
    add("en", "law-firm-pdf", "pdf", "accounts@obriainsolicitors.ie", "Ó Briain & Co. Solicitors",
        "finance@kilkeeseafoods.ie", "Maura Considine <finance@kilkeeseafoods.ie>", "Fee note 2026/331", d,
        text=body, pages=pages, fname="FeeNote_2026-331.pdf",
        exp=X("2026/331", 320000, 420000, d, d + TD(30), "Kilkee Seafoods Limited", "finance@kilkeeseafoods.ie",
              ib, True, "en"),
        note="Irish solicitor's fee note with counsel's fee as an outlay, a lodgement in brackets deducted, a "
             "statutory section number and a year (2015) near the amounts.")


def en_ie_creche():
    d = D(2026, 11, 23)
    ib = iban("IE")
    html = html_wrap(
        "<p><b>Little Acorns Crèche &amp; Montessori</b>, Sallins Road, Naas, Co. Kildare</p>\n"
        "<p>Dear Ciarán,</p>\n<p>Please find below the December fees for Saoirse. Your National Childcare "
        "Scheme subsidy is paid to us directly and has been deducted.</p>\n"
        "<table cellpadding=\"5\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><td>Invoice</td><td>LA-DEC26-027</td></tr>\n<tr><td>Date</td><td>23 November 2026</td></tr>\n"
        "<tr><td>Account</td><td>Ciarán Doyle</td></tr>\n"
        "<tr><td>Full day care, December (5 days/week)</td><td align=\"right\">€1,150.00</td></tr>\n"
        "<tr><td>NCS subsidy (CHICK 7HK2 M4QP)</td><td align=\"right\">-€424.00</td></tr>\n"
        "<tr><td><b>Amount payable by you</b></td><td align=\"right\"><b>€726.00</b></td></tr>\n</table>\n"
        "<p>Fees are payable in advance, by 1 December 2026. Transfer to Little Acorns Childcare Ltd, IBAN "
        + sp(ib) + ", with the invoice number as reference.</p>\n"
        "<p>The crèche is closed from 24 December to 1 January; fees are unchanged under the Core Funding "
        "fee agreement.</p>\n<p>Thanks,<br>Gráinne, Office Manager</p>")
    add("en", "childcare-portal", "body-html", "office@littleacornsnaas.ie", "Little Acorns Crèche",
        "ciaran.doyle@gmail.com", "Ciarán Doyle <ciaran.doyle@gmail.com>", "December fees - Saoirse", d, html=html,
        exp=X("LA-DEC26-027", 72600, 115000, d, D(2026, 12, 1), "Ciarán Doyle", "ciaran.doyle@gmail.com", ib, False,
              "en"),
        note="Irish crèche fees in advance with the state subsidy deducted (paid to the crèche by a third "
             "party); an alphanumeric CHICK code beside the subsidy; closure dates after the due date.")


def en_us_vet():
    d = D(2026, 11, 18)
    rows = [["Comprehensive exam", "1", "$68.00"],
            ["Dental prophylaxis incl. anesthesia and monitoring", "1", "$485.00"],
            ["Extraction, premolar (205, 305)", "2", "$180.00"],
            ["Buprenorphine oral, 3-day supply", "1", "$32.50"]]
    pages = doc(["Cedar Hollow Veterinary Clinic", "61250 NE Cedar Hollow Rd", "Bend, OR 97701", "(541) 555-0148",
                 "billing@cedarhollowvet.com"],
                ["Jessica Moreno", "2214 NW Awbrey Rd", "Bend, OR 97703"],
                "Invoice",
                [("Invoice #", "48817"), ("Date", "11/18/2026"), ("Client ID", "C-20931"),
                 ("Patient", "Biscuit (feline, DSH, 7y)"), ("Doctor", "A. Lindqvist, DVM"),
                 ("Terms", "Balance due in 15 days")],
                C3, ["Service", "Qty", "Amount"], rows,
                [("Invoice total", "$765.50", False), ("Deposit paid at drop-off", "-$200.00", False),
                 ("Balance due", "$565.50", True)],
                ["Oregon has no sales tax. Pay online with the link in our email, by phone with a card, or mail a "
                 "check payable to Cedar Hollow Veterinary Clinic. Balances over 30 days incur a $10 fee."],
                ["Thank you for trusting us with Biscuit's care."], layout="side")
    body = ("Hi Jessica,\n\nBiscuit did great today! Attached is the invoice for his dental. You can pay the balance "
            "online here: https://pay.cedarhollowvet.com/i/48817\n\nCedar Hollow Veterinary Clinic\n")
    add("en", "vet-software", "pdf", "billing@cedarhollowvet.com", "Cedar Hollow Veterinary Clinic",
        "jess.moreno@gmail.com", "jess.moreno@gmail.com", "Invoice #48817 for Biscuit", d, text=body, pages=pages,
        fname="invoice_48817.pdf",
        exp=X("48817", 56550, 76550, d, d + TD(15), "Jessica Moreno", "jess.moreno@gmail.com", None, False, "en",
              cur="USD"),
        note="US vet invoice: US dates, a five-digit bare number, deposit at drop-off deducted, tooth numbers "
             "in a line, a late fee and a 30-day figure that is not the term.")


def en_us_architect():
    d = D(2026, 11, 30)
    rows = [["Schematic Design (15%)", "$12,900.00", "100%", "$12,900.00"],
            ["Design Development (20%)", "$17,200.00", "40%", "$6,880.00"],
            ["Construction Documents (40%)", "$34,400.00", "0%", "$0.00"],
            ["Bidding and Construction Administration (25%)", "$21,500.00", "0%", "$0.00"],
            ["Total fee earned to date", "", "", "$19,780.00"],
            ["Less previously billed (Invoice 2026-071)", "", "", "-$12,900.00"],
            ["Fee this invoice", "", "", "$6,880.00"],
            ["Reimbursable expenses: printing $142.60, mileage $88.40", "", "", "$231.00"]]
    pages = doc(["Halvorsen Mead Architects", "400 N 1st Ave, Suite 310", "Minneapolis, MN 55401",
                 "billing@halvorsenmead.com"],
                ["Northfield Community Library Foundation", "Attn: Carol Brandt, Treasurer", "210 Washington St",
                 "Northfield, MN 55057"],
                "Invoice",
                [("Invoice", "2026-094"), ("Date", "November 30, 2026"), ("Project", "Library Annex, no. 2618"),
                 ("Stipulated fee", "$86,000.00"), ("Terms", "Net 30")],
                [(56, "left"), (330, "right"), (400, "right"), (539, "right")],
                ["Phase", "Phase fee", "Complete", "Earned"], rows,
                [("Amount due this invoice", "$7,111.00", True)],
                ["Please remit by ACH to Halvorsen Mead Architects LLC, Bell Bank, routing 091310521, account "
                 "ending 4471, or by check. Invoice number on the remittance, please."],
                ["Halvorsen Mead Architects LLC · EIN 41-2219087"], layout="banner")
    body = ("Carol,\n\nAttached is our invoice for November. Design development is about 40% complete; the fee "
            "schedule follows the AIA B101 agreement.\n\nThanks,\nErik Halvorsen, AIA\n")
    add("en", "architect-pdf", "pdf", "billing@halvorsenmead.com", "Halvorsen Mead Architects",
        "treasurer@northfieldlibraryfdn.org", "Carol Brandt <treasurer@northfieldlibraryfdn.org>",
        "Invoice 2026-094 - Library Annex", d, text=body, pages=pages, fname="HMA_Invoice_2026-094.pdf",
        exp=X("2026-094", 711100, 711100, d, d + TD(30), "Northfield Community Library Foundation",
              "treasurer@northfieldlibraryfdn.org", None, True, "en", cur="USD"),
        note="Architect's progress invoice by phase: the stipulated fee and the fee earned to date are larger "
             "than the amount due; an earlier invoice's number in a line; ACH, no IBAN.")


def en_us_music():
    d = D(2026, 12, 1)
    body = (
        "Dear Mr. Feldman,\n\n"
        "Thank you for re-enrolling Hannah for the spring semester. Tuition is below.\n\n"
        "RIVERBEND MUSIC ACADEMY — TUITION INVOICE\n"
        "Invoice: RMA-S27-0163\n"
        "Date: December 1, 2026\n"
        "Family account: Mark Feldman\n\n"
        "Spring 2027: 16 weekly private violin lessons (45 min)     $1,120.00\n"
        "Annual registration fee                                      $40.00\n"
        "Sibling discount (10% of tuition)                          -$112.00\n"
        "TOTAL DUE                                                 $1,048.00\n\n"
        "Payment is due by January 5, 2027. We accept Zelle (payments@riverbendmusic.org), checks payable "
        "to Riverbend Music Academy, or card at the front desk. A monthly plan is available on request "
        "before the due date.\n\n"
        "Warmly,\nDana Ortiz, Registrar\nRiverbend Music Academy, 88 River St, Ann Arbor, MI 48104\n")
    add("en", "typed", "body-text", "registrar@riverbendmusic.org", "Riverbend Music Academy",
        "mfeldman@umich-alumni.org", "Mark Feldman <mfeldman@umich-alumni.org>", "Spring 2027 tuition - Hannah",
        d, text=body,
        exp=X("RMA-S27-0163", 104800, 104800, d, D(2027, 1, 5), "Mark Feldman", "mfeldman@umich-alumni.org", None,
              False, "en", cur="USD"),
        note="US music school tuition: a discount line with a minus, 'Mr.' with a dot in the greeting, a Zelle "
             "e-mail address, the semester's year (2027) beside the invoice's.")


def en_au_podiatry():
    d = D(2026, 11, 25)
    rows = [["03/11/2026", "F011", "Initial consultation", "$95.00"],
            ["10/11/2026", "F012", "Standard consultation, casting for orthoses", "$70.00"],
            ["24/11/2026", "F211", "Custom foot orthoses (pair), fitted", "$520.00"]]
    cols = [(56, "left"), (124, "left"), (170, "left"), (539, "right")]
    pages = doc(["Southbank Podiatry", "Shop 6, 140 Grey Street, South Brisbane QLD 4101", "(07) 3844 2091",
                 "admin@southbankpodiatry.com.au", "ABN 62 618 443 120"],
                ["Liam O'Connell", "17/44 Merivale Street", "South Brisbane QLD 4101"],
                "Tax Invoice",
                [("Invoice", "SBP-7740"), ("Date", "25/11/2026"), ("Provider no.", "2147736B"),
                 ("Practitioner", "Dr Mia Castellanos (Podiatrist)")],
                cols, ["Date", "Item", "Service", "Fee"], rows,
                [("Total (GST-free)", "$685.00", True)],
                ["Podiatry services are GST-free health services. You can claim these items from your private "
                 "health fund using the item numbers shown; your fund pays its benefit to you.",
                 "Payment within 14 days by EFT: Southbank Podiatry Pty Ltd, BSB 064-000, account 1022 8841. "
                 "Please use SBP-7740 as the description."],
                ["Southbank Podiatry Pty Ltd · ABN 62 618 443 120"], layout="window")
    body = ("Hi Liam,\n\nYour orthotics invoice is attached, with the item numbers your health fund needs. "
            "Wear them in gradually over two weeks.\n\nCheers,\nSouthbank Podiatry\n")
    add("en", "clinic-software", "pdf", "admin@southbankpodiatry.com.au", "Southbank Podiatry",
        "liam.oconnell@bigpond.com", "Liam O'Connell <liam.oconnell@bigpond.com>", "Your invoice SBP-7740", d,
        text=body, pages=pages, fname="SBP-7740.pdf",
        exp=X("SBP-7740", 68500, 68500, d, d + TD(14), "Liam O'Connell", "liam.oconnell@bigpond.com", None, False,
              "en", cur="AUD"),
        note="Australian 'Tax Invoice' in dollars without a country sign (AUD), health-fund item codes, an ABN "
             "and a provider number among the facts, BSB and account instead of an IBAN.")


# ================================================================ German invoices

def de_dentist():
    d = D(2026, 11, 10)
    ib = iban("DE")
    rows = [["12.10.2026", "", "0010", "Eingehende Untersuchung", "2,3", "12,94"],
            ["12.10.2026", "16", "0090", "Infiltrationsanästhesie", "2,3", "7,76"],
            ["12.10.2026", "16", "2120", "Präparation und Füllung, mehrflächig (Komposit)", "3,5*", "330,35"],
            ["19.10.2026", "", "1040", "Professionelle Zahnreinigung, 28 Zähne", "2,3", "101,36"],
            ["12.10.2026", "", "§ 9", "Material- und Laborkosten (Beleg anbei)", "", "24,80"]]
    cols = [(56, "left"), (116, "left"), (150, "left"), (188, "left"), (470, "right"), (539, "right")]
    due = D(2026, 12, 10)
    pages = doc(["Zahnarztpraxis Dr. Katrin Albers", "Hammer Straße 118 · 48153 Münster", "Tel. 0251 77 40 12",
                 "abrechnung@zahnarzt-albers.de"],
                ["Herrn", "Jonas Weber", "Geiststraße 51", "48151 Münster"],
                "Liquidation",
                [("Rechnungsnummer", "2026-3318"), ("Rechnungsdatum", "10.11.2026"),
                 ("Patient", "Jonas Weber, geb. 23.08.1988"), ("Behandlungszeitraum", "12.10.-19.10.2026")],
                cols, ["Datum", "Zahn", "GOZ", "Leistung", "Faktor", "EUR"], rows,
                [("Rechnungsbetrag", "477,21 EUR", True)],
                ["* Begründung Faktor 3,5 (§ 5 Abs. 2 GOZ): erschwerte Trockenlegung bei tief subgingivaler Karies, "
                 "erhöhter Zeitaufwand.",
                 "Zahnärztliche Heilbehandlungen sind nach § 4 Nr. 14 UStG umsatzsteuerfrei. Diese Rechnung können "
                 "Sie bei Ihrer privaten Krankenversicherung oder Beihilfestelle einreichen.",
                 "Bitte überweisen Sie den Rechnungsbetrag bis zum " + dot(due) + " auf das Konto IBAN " + sp(ib)
                 + " (Sparkasse Münsterland Ost) unter Angabe der Rechnungsnummer."],
                ["Zahnarztpraxis Dr. Katrin Albers · Steuernummer 336/5072/1184"], layout="window", title_size=14)
    body = ("Sehr geehrter Herr Weber,\n\nanbei erhalten Sie die Rechnung über Ihre Behandlung im Oktober. Den "
            "Materialbeleg finden Sie auf Wunsch in Ihrer Patientenakte.\n\nMit freundlichen Grüßen\n"
            "Ihr Praxisteam Dr. Albers\n")
    add("de", "praxis-software", "pdf", "abrechnung@zahnarzt-albers.de", "Zahnarztpraxis Dr. Albers",
        "jonas.weber88@web.de", "Jonas Weber <jonas.weber88@web.de>", "Ihre Zahnarztrechnung Nr. 2026-3318", d,
        text=body, pages=pages, fname="Liquidation_2026-3318.pdf",
        exp=X("2026-3318", 47721, 47721, d, due, "Jonas Weber", "jonas.weber88@web.de", ib, False, "de"),
        note="A dentist's GOZ 'Liquidation': fee numbers, tooth numbers and multipliers in columns, amounts "
             "without a currency sign, a footnoted justification; 'Herrn' on its own line.")


def de_physio():
    d = D(2026, 11, 16)
    ib = iban("DE")
    html = html_wrap(
        "<p><b>Physiotherapie am Kanal</b> · Isebekstraße 2 · 22769 Hamburg</p>\n"
        "<p>Sehr geehrte Frau Dr. Brandt,</p>\n<p>anbei unsere Privatrechnung zur Verordnung vom 08.10.2026 "
        "(Dr. med. Felsing). Die Behandlungen fanden vom 13.10. bis 10.11.2026 statt.</p>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><td>Rechnungsnummer</td><td colspan=\"3\">PR-2026-0712</td></tr>\n"
        "<tr><td>Rechnungsdatum</td><td colspan=\"3\">16.11.2026</td></tr>\n"
        "<tr><td>Rechnungsempfängerin</td><td colspan=\"3\">Dr. Lea Brandt, Eppendorfer Weg 190, 20253 Hamburg</td></tr>\n"
        "<tr><th>Leistung</th><th>Anzahl</th><th>Einzelpreis</th><th>Betrag</th></tr>\n"
        "<tr><td>Krankengymnastik (KG), Einzelbehandlung</td><td>6</td><td>32,50 €</td><td>195,00 €</td></tr>\n"
        "<tr><td>Heißluft / Wärmetherapie</td><td>6</td><td>9,80 €</td><td>58,80 €</td></tr>\n"
        "<tr><td colspan=\"3\"><b>Gesamtbetrag</b></td><td><b>253,80 €</b></td></tr>\n</table>\n"
        "<p>Heilbehandlungen im Bereich der Humanmedizin sind nach § 4 Nr. 14 UStG umsatzsteuerfrei.</p>\n"
        "<p>Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum auf IBAN " + sp(ib) + " (Inhaber: Jan Petersen).</p>\n"
        "<p>Mit freundlichen Grüßen<br>Jan Petersen, Physiotherapeut</p>")
    add("de", "typed-html", "body-html", "rechnung@physio-am-kanal.de", "Physiotherapie am Kanal",
        "lea.brandt@hamburg-mail.de", "\"Dr. Lea Brandt\" <lea.brandt@hamburg-mail.de>",
        "Privatrechnung Physiotherapie PR-2026-0712", d, html=html,
        exp=X("PR-2026-0712", 25380, 25380, d, d + TD(30), "Dr. Lea Brandt", "lea.brandt@hamburg-mail.de", ib,
              False, "de"),
        note="Private physiotherapy bill in HTML: the prescription date and doctor before the invoice facts, "
             "a female 'Rechnungsempfängerin' with an academic title.")


def de_psychotherapy():
    d = D(2026, 11, 23)
    ib = iban("DE")
    body = (
        "Sehr geehrter Herr Lorenz,\n\n"
        "wie besprochen erhalten Sie meine Rechnung für die Sitzungen im Oktober und November per E-Mail. "
        "Bitte reichen Sie sie bei Ihrer privaten Krankenversicherung ein; die Kostenzusage liegt Ihnen vor.\n\n"
        "Dipl.-Psych. Henrik Sauer – Psychologischer Psychotherapeut\n"
        "Praxis: Schwaighofstraße 7, 79100 Freiburg\n\n"
        "Rechnung Nr. 2026/117 vom 23.11.2026\n"
        "Rechnungsempfänger: Felix Lorenz, Wiehre, Günterstalstraße 33, 79102 Freiburg\n"
        "Diagnose: F43.2\n\n"
        "Datum       GOP-Ziffer  Leistung                                      Faktor   Betrag\n"
        "15.10.2026  870         Verhaltenstherapie, Einzelbehandlung 50 Min.  2,3      100,55 EUR\n"
        "29.10.2026  870         Verhaltenstherapie, Einzelbehandlung 50 Min.  2,3      100,55 EUR\n"
        "05.11.2026  870         Verhaltenstherapie, Einzelbehandlung 50 Min.  2,3      100,55 EUR\n"
        "19.11.2026  870         Verhaltenstherapie, Einzelbehandlung 50 Min.  2,3      100,55 EUR\n"
        "                                                               Summe           402,20 EUR\n\n"
        "Umsatzsteuerfrei gemäß § 4 Nr. 14 UStG.\n"
        "Zahlungsziel: 14 Tage. Bankverbindung: Henrik Sauer, IBAN " + sp(ib) + ".\n\n"
        "Mit freundlichen Grüßen\nHenrik Sauer\n")
    add("de", "typed", "body-text", "praxis@psychotherapie-sauer.de", "Henrik Sauer",
        "felix.lorenz@posteo.de", "Felix Lorenz <felix.lorenz@posteo.de>", "Rechnung Psychotherapie Okt./Nov.", d,
        text=body,
        exp=X("2026/117", 40220, 40220, d, d + TD(14), "Felix Lorenz", "felix.lorenz@posteo.de", ib, False, "de"),
        note="Psychotherapist's typed GOP invoice: a diagnosis code, four identical session lines, 'Zahlungsziel: "
             "14 Tage'; a district name before the street in the debtor's address.")


def de_lawyer_rvg():
    d = D(2026, 11, 12)
    ib = iban("DE")
    rows = [["Geschäftsgebühr Nr. 2300 VV RVG (1,3)", "", "1.337,70 €"],
            ["Pauschale für Post und Telekommunikation Nr. 7002 VV RVG", "", "20,00 €"],
            ["Zwischensumme netto", "", "1.357,70 €"],
            ["19 % Umsatzsteuer Nr. 7008 VV RVG", "", "257,96 €"]]
    pages = doc(["Rechtsanwältin Miriam Osterkamp", "Fachanwältin für Bau- und Architektenrecht",
                 "Niederwall 26 · 33602 Bielefeld", "kanzlei@ra-osterkamp.de"],
                ["Tischlerei Brünger GmbH", "z. Hd. Herrn Frank Brünger", "Herforder Straße 311", "33609 Bielefeld"],
                "Vergütungsrechnung",
                [("Rechnungsnummer", "2026-0481"), ("Datum", "12.11.2026"), ("Aktenzeichen", "114/26 OS"),
                 ("Angelegenheit", "Brünger ./. Hallmann Bau GmbH wg. Werklohn"),
                 ("Gegenstandswert", "18.450,00 € (§§ 2, 13 RVG)")],
                C3, ["Gebührentatbestand", "", "Betrag"], rows,
                [("Gesamtbetrag", "1.615,66 €", False), ("abzgl. Vorschuss vom 02.10.2026", "-500,00 €", False),
                 ("Zu zahlen", "1.115,66 €", True)],
                ["Außergerichtliche Vertretung: Prüfung der Schlussrechnung, Schriftverkehr mit der Gegenseite, "
                 "Vergleichsverhandlung.",
                 "Bitte überweisen Sie den offenen Betrag innerhalb von 14 Tagen auf das Kanzleikonto IBAN "
                 + sp(ib) + ". Fremdgelder verwalten wir auf einem gesonderten Anderkonto.",
                 "Bielefeld, 12.11.2026 – gez. M. Osterkamp, Rechtsanwältin (§ 10 RVG)"],
                ["Kanzlei Osterkamp · USt-IdNr. DE298114630 · Rechtsanwaltskammer Hamm"], layout="letterhead",
                title_size=14)
    body = ("Sehr geehrter Herr Brünger,\n\nnach Abschluss des Vergleichs mit der Hallmann Bau GmbH übersende ich "
            "Ihnen meine Vergütungsrechnung. Ihr Vorschuss ist berücksichtigt.\n\nMit freundlichen Grüßen\n"
            "Miriam Osterkamp\nRechtsanwältin\n")
    add("de", "kanzlei-software", "pdf", "kanzlei@ra-osterkamp.de", "Kanzlei Osterkamp", "buero@tischlerei-bruenger.de",
        "Frank Brünger <buero@tischlerei-bruenger.de>", "Vergütungsrechnung 2026-0481 (114/26 OS)", d, text=body,
        pages=pages, fname="Verguetungsrechnung_2026-0481.pdf",
        exp=X("2026-0481", 111566, 161566, d, d + TD(14), "Tischlerei Brünger GmbH", "buero@tischlerei-bruenger.de",
              ib, True, "de"),
        note="A lawyer's RVG 'Vergütungsrechnung' with fee numbers of the VV, the matter's value (larger than any "
             "amount) among the facts, an advance deducted; the opponent is also a GmbH.")


def de_tax_adviser():
    d = D(2026, 11, 27)
    ib = iban("DE")
    due = D(2026, 12, 18)
    rows = [["Einkommensteuererklärung 2025, § 24 Abs. 1 Nr. 1 StBVV", "", ""],
            ["Gegenstandswert 96.400 €, 3/10 aus Tabelle A (volle Gebühr 1.557,00 €)", "", "467,10 €"],
            ["Ermittlung Überschuss Anlage V, § 27 StBVV", "", ""],
            ["Gegenstandswert 28.300 €, 4/20 aus Tabelle B", "", "178,20 €"],
            ["Auslagenpauschale § 16 StBVV", "", "20,00 €"]]
    pages = doc(["Anja Köhnen", "Steuerberaterin", "Löhrstraße 94", "56068 Koblenz", "kanzlei@stb-koehnen.de"],
                ["Dr. Thomas Ruppert und Ina Ruppert", "Am Rheinsteig 12", "56077 Koblenz"],
                "Rechnung",
                [("Rechnungs-Nr.", "RN 26-0912"), ("Datum", "27.11.2026"), ("Mandant", "10447"),
                 ("Zahlbar bis", dot(due))],
                C3, ["Leistung", "", "Betrag"], rows,
                [("Summe netto", "665,30 €", False), ("Umsatzsteuer 19 %", "126,41 €", False),
                 ("Rechnungsbetrag", "791,71 €", True)],
                ["Die Berechnung erfolgt nach der Steuerberatervergütungsverordnung (StBVV).",
                 "Bitte überweisen Sie bis " + dot(due) + " auf IBAN " + sp(ib) + ".",
                 "Verwendungszweck: RN 26-0912 Ruppert"],
                ["Steuerberaterin Anja Köhnen · USt-IdNr. DE311920475 · Steuerberaterkammer Rheinland-Pfalz"],
                layout="side")
    body = ("Sehr geehrte Frau Ruppert, sehr geehrter Herr Dr. Ruppert,\n\ndie Einkommensteuererklärung 2025 ist "
            "übermittelt. Anbei meine Rechnung nach StBVV.\n\nFreundliche Grüße\nAnja Köhnen\n")
    add("de", "datev-like", "pdf", "kanzlei@stb-koehnen.de", "Steuerberaterin Anja Köhnen", "ruppert.ko@t-online.de",
        "ruppert.ko@t-online.de", "Ihre Rechnung RN 26-0912", d, text=body, pages=pages, fname="RN_26-0912.pdf",
        exp=X("RN 26-0912", 79171, 79171, d, due, "Dr. Thomas Ruppert und Ina Ruppert", "ruppert.ko@t-online.de",
              ib, False, "de", ref="RN 26-0912 Ruppert"),
        note="A tax adviser's StBVV invoice: subject values and a full-fee figure larger than the amounts, "
             "fractions (3/10, 4/20), a printed 'Zahlbar bis' and a Verwendungszweck in words; a couple.")


def de_driving():
    d = D(2026, 11, 20)
    ib = iban("DE")
    html = html_wrap(
        "<p style=\"font-size:17px\"><b>Fahrschule Yılmaz</b> – Rheinische Straße 140, 44147 Dortmund</p>\n"
        "<p>Hallo Lukas,</p>\n<p>dein Termin für die praktische Prüfung steht: <b>11.12.2026, 8:15 Uhr</b>. "
        "Hier deine Rechnung über die Ausbildung Klasse B.</p>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><td colspan=\"2\">Rechnung Nr. FY-26-1207 · Datum 20.11.2026 · Lukas Hartmann, Lange Straße 8, "
        "44137 Dortmund</td></tr>\n"
        "<tr><td>Grundbetrag Klasse B</td><td align=\"right\">380,00 €</td></tr>\n"
        "<tr><td>18 Übungsfahrten à 45 Min. (65,00 €)</td><td align=\"right\">1.170,00 €</td></tr>\n"
        "<tr><td>5 Überlandfahrten (78,00 €)</td><td align=\"right\">390,00 €</td></tr>\n"
        "<tr><td>4 Autobahnfahrten (78,00 €)</td><td align=\"right\">312,00 €</td></tr>\n"
        "<tr><td>3 Nachtfahrten (78,00 €)</td><td align=\"right\">234,00 €</td></tr>\n"
        "<tr><td>Vorstellung zur praktischen Prüfung</td><td align=\"right\">195,00 €</td></tr>\n"
        "<tr><td>Summe (inkl. 19 % USt 428,06 €)</td><td align=\"right\">2.681,00 €</td></tr>\n"
        "<tr><td>abzüglich Anzahlung vom 03.07.2026</td><td align=\"right\">−500,00 €</td></tr>\n"
        "<tr><td><b>Offener Betrag</b></td><td align=\"right\"><b>2.181,00 €</b></td></tr>\n</table>\n"
        "<p>Bitte überweise den offenen Betrag bis zum <b>04.12.2026</b> auf " + sp(ib) + " – ohne "
        "Zahlungseingang können wir dich nicht zur Prüfung anmelden. Die Gebühren von TÜV und "
        "Straßenverkehrsamt zahlst du dort direkt.</p>\n<p>Viele Grüße<br>Murat Yılmaz</p>")
    add("de", "typed-html", "body-html", "info@fahrschule-yilmaz.de", "Fahrschule Yılmaz", "lukas.hartmann@gmx.de",
        "lukas.hartmann@gmx.de", "Rechnung Führerscheinausbildung", d, html=html,
        exp=X("FY-26-1207", 218100, 268100, d, D(2026, 12, 4), "Lukas Hartmann", "lukas.hartmann@gmx.de", ib, False,
              "de"),
        note="Driving-school bill on first-name terms: the exam date in bold before the pay-by date, many "
             "unit prices in brackets, VAT included in the sum's label, a deposit deducted with a Unicode minus.")


def de_at_musicschool():
    d = D(2026, 11, 30)
    ib = iban("AT")
    body = (
        "Liebe Frau Mag. Gruber,\n\n"
        "vielen Dank für die Anmeldung von Paul für das Sommersemester. Anbei die Vorschreibung des "
        "Schulgeldes.\n\n"
        "Musikschule Klangraum · Annenstraße 29 · 8020 Graz\n"
        "Rechnung SG-2027-S-0184                      Graz, 30.11.2026\n"
        "Rechnungsempfängerin: Mag. Theresa Gruber, Schönaugasse 61/4, 8010 Graz\n\n"
        "Sommersemester 2027 (Februar bis Juni)\n"
        "Gitarre Einzelunterricht 40 Min., 16 Einheiten à EUR 24,00     EUR 384,00\n"
        "Ensemble „Saitenwind“, Semesterpauschale                       EUR  60,00\n"
        "Gesamt                                                         EUR 444,00\n\n"
        "Unecht steuerbefreit gemäß § 6 Abs. 1 Z 12 UStG.\n"
        "Wir bitten um Überweisung bis 15.01.2027 auf " + sp(ib) + " (Steiermärkische Sparkasse).\n\n"
        "Mit musikalischen Grüßen\nSabine Pichler, Schulleitung\n")
    add("de", "typed", "body-text", "verwaltung@klangraum-graz.at", "Musikschule Klangraum",
        "theresa.gruber@aon.at", "\"Mag. Theresa Gruber\" <theresa.gruber@aon.at>", "Schulgeld Sommersemester 2027 - Paul",
        d, text=body,
        exp=X("SG-2027-S-0184", 44400, 44400, d, D(2027, 1, 15), "Mag. Theresa Gruber", "theresa.gruber@aon.at", ib,
              False, "de"),
        note="Austrian music school's 'Vorschreibung' of a term fee: the place and date on the number's line, "
             "a Magister title, EUR before the amounts, an Austrian VAT exemption.")


def de_construction_13b():
    d = D(2026, 11, 18)
    ib = iban("DE")
    rows = [["1.1", "Bodenfliesen 60x60 verlegen, Feinsteinzeug", "412,00 m²", "48,50", "19.982,00"],
            ["1.2", "Wandfliesen Bäder 30x60", "286,00 m²", "52,00", "14.872,00"]]
    cols = [(56, "left"), (84, "left"), (390, "right"), (455, "right"), (539, "right")]
    pages = doc(["Fliesen Kowalski GmbH", "Wilhelmshöher Allee 250 · 34119 Kassel", "0561 93 70 44",
                 "buchhaltung@fliesen-kowalski.de"],
                ["Hausbau Wiegand GmbH & Co. KG", "Bauleitung BV Am Lindenhof", "Sandershäuser Str. 34",
                 "34123 Kassel"],
                "3. Abschlagsrechnung",
                [("Rechnungsnummer", "AR-2026-0317"), ("Datum", "18.11.2026"),
                 ("Bauvorhaben", "MFH Am Lindenhof 9, Kassel"), ("Auftrag", "NU-Vertrag vom 12.05.2026"),
                 ("Leistungsstand", "Aufmaß vom 13.11.2026")],
                cols, ["Pos.", "Leistung", "Menge", "EP €", "GP €"], rows,
                [("Leistungsstand kumuliert netto", "34.854,00 €", False),
                 ("abzgl. 1. und 2. Abschlagsrechnung netto", "-22.000,00 €", False),
                 ("Abschlagsbetrag netto", "12.854,00 €", False), ("Umsatzsteuer", "0,00 €", False),
                 ("Zahlbetrag", "12.854,00 €", True)],
                ["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 i. V. m. Abs. 5 UStG "
                 "(Bauleistung). Ihre USt-IdNr.: DE276615024.",
                 "Zahlbar gemäß § 16 Abs. 1 VOB/B innerhalb von 21 Tagen nach Zugang dieser Rechnung auf IBAN "
                 + sp(ib) + ". Freistellungsbescheinigung nach § 48b EStG liegt Ihnen vor."],
                ["Fliesen Kowalski GmbH · HRB 15522 Amtsgericht Kassel · GF Piotr Kowalski · USt-IdNr. DE281440938"],
                layout="window")
    body = ("Guten Tag Herr Wiegand,\n\nanbei unsere 3. Abschlagsrechnung für das BV Am Lindenhof nach dem "
            "gemeinsamen Aufmaß vom 13.11.\n\nMit freundlichen Grüßen\nPiotr Kowalski\n")
    add("de", "handwerk-software", "pdf", "buchhaltung@fliesen-kowalski.de", "Fliesen Kowalski GmbH",
        "rechnungen@hausbau-wiegand.de", "rechnungen@hausbau-wiegand.de", "3. Abschlagsrechnung BV Am Lindenhof", d,
        text=body, pages=pages, fname="AR-2026-0317.pdf",
        exp=X("AR-2026-0317", 1285400, 1285400, d, d + TD(21), "Hausbau Wiegand GmbH & Co. KG",
              "rechnungen@hausbau-wiegand.de", ib, True, "de"),
        note="A subcontractor's progress invoice under § 13b: the cumulative state of work is larger than the "
             "amount asked, earlier instalments deducted, zero VAT; 21 days from receipt (the mail's date).")


def de_district_interpreter():
    d = D(2026, 11, 2)
    ib = iban("DE")
    rows = [["14.10.2026", "Dolmetschen Hilfeplangespräch (2,5 Std.)", "85,00", "212,50"],
            ["14.10.2026", "Fahrtkosten Oldenburg – Brake, 64 km", "0,42", "26,88"],
            ["21.10.2026", "Übersetzung Bescheid serb./dt., 42 Normzeilen", "1,80", "75,60"]]
    cols = [(56, "left"), (120, "left"), (455, "right"), (539, "right")]
    pages = doc(["Dragana Petrović", "Öffentlich bestellte und allgemein beeidigte Dolmetscherin und",
                 "Übersetzerin für Serbisch und Kroatisch (LG Oldenburg)", "Donnerschweer Str. 55 · 26123 Oldenburg",
                 "d.petrovic@dolmetschen-petrovic.de"],
                ["Landkreis Hollerland", "Jugendamt – Fachdienst 51", "Poggenburger Straße 15", "26919 Brake"],
                "Rechnung",
                [("Rechnungsnummer", "DP-2026-118"), ("Rechnungsdatum", "02.11.2026"),
                 ("Leitweg-ID", "03461000-FD51-83"), ("Bestellnummer", "BE-2026-00731"),
                 ("Kostenstelle", "5110 Hilfen zur Erziehung"), ("Ihr Zeichen", "51.3-Ro")],
                cols, ["Datum", "Leistung", "Satz €", "Betrag €"], rows,
                [("Nettobetrag", "314,98 €", False), ("zzgl. 19 % USt", "59,85 €", False),
                 ("Rechnungsbetrag", "374,83 €", True)],
                ["Die Rechnung wurde zusätzlich als XRechnung über das Rechnungseingangsportal übermittelt. "
                 "Zahlbar innerhalb von 30 Tagen auf IBAN " + sp(ib) + "."],
                ["Steuernummer 64/120/08817 · USt-IdNr. DE332071946"], layout="letterhead", title_size=14)
    body = ("Sehr geehrte Frau Rohlfs,\n\nanbei meine Rechnung für den Einsatz beim Hilfeplangespräch und die "
            "Übersetzung des Bescheids (Bestellnummer BE-2026-00731).\n\nMit freundlichen Grüßen\nDragana Petrović\n")
    add("de", "word-pdf", "pdf", "d.petrovic@dolmetschen-petrovic.de", "Dragana Petrović",
        "rechnungseingang@lk-hollerland.de", "Jugendamt FD 51 <rechnungseingang@lk-hollerland.de>",
        "Rechnung DP-2026-118 / BE-2026-00731", d, text=body, pages=pages, fname="Rechnung_DP-2026-118.pdf",
        exp=X("DP-2026-118", 37483, 37483, d, d + TD(30), "Landkreis Hollerland", "rechnungseingang@lk-hollerland.de",
              ib, True, "de"),
        note="A sworn interpreter's invoice to a district: Leitweg-ID, order number and cost centre among the "
             "facts, a three-line sender title; the debtor's department on a second line.")


def de_at_vet():
    d = D(2026, 11, 13)
    ib = iban("AT")
    rows = [["Allgemeine Untersuchung", "1", "38,00"], ["Impfung RCP + Tollwut", "1", "52,00"],
            ["Entwurmung (Tablette)", "1", "9,50"], ["Kastration weiblich inkl. Narkose", "1", "210,00"]]
    pages = doc(["Tierarztpraxis Mag. med. vet. Stefan Huber", "Ignaz-Harrer-Straße 38 · 5020 Salzburg",
                 "0662 43 19 20 · praxis@tierarzt-huber.at"],
                ["Frau", "Johanna Leitner", "Moosstraße 104", "5020 Salzburg"],
                "Honorarnote",
                [("Nummer", "2026-1452"), ("Datum", "13.11.2026"), ("Tier", "Minka, Katze, EKH, 1 J."),
                 ("Chip-Nr.", "040098100774512")],
                C3, ["Leistung", "Menge", "EUR netto"], rows,
                [("Summe netto", "309,50", False), ("zzgl. 20 % USt", "61,90", False), ("Gesamt EUR", "371,40", True)],
                ["Zahlbar binnen 14 Tagen ohne Abzug auf " + sp(ib) + " (Salzburger Sparkasse)."],
                ["UID ATU71844259 · Mitglied der Österreichischen Tierärztekammer"], layout="banner")
    body = ("Liebe Frau Leitner,\n\nMinka hat den Eingriff gut überstanden. Anbei die Honorarnote; die Fäden "
            "ziehen wir in zehn Tagen.\n\nLiebe Grüße\nTierarztpraxis Huber\n")
    add("de", "vet-software", "pdf", "praxis@tierarzt-huber.at", "Tierarztpraxis Huber", "j.leitner@gmx.at",
        "j.leitner@gmx.at", "Honorarnote 2026-1452 (Minka)", d, text=body, pages=pages, fname="Honorarnote_2026-1452.pdf",
        exp=X("2026-1452", 37140, 37140, d, d + TD(14), "Johanna Leitner", "j.leitner@gmx.at", ib, False, "de"),
        note="Austrian vet's 'Honorarnote' with a 15-digit microchip number among the facts, amounts without "
             "a currency sign, 'binnen 14 Tagen'.")


def de_at_lawyer():
    d = D(2026, 11, 24)
    ib = iban("AT")
    rows = [["20.10.2026", "Klage (TP 3A RATG)", "1.112,40"], ["", "Einheitssatz 50 %", "556,20"],
            ["", "ERV-Zuschlag § 23a RATG", "4,10"]]
    cols = [(56, "left"), (130, "left"), (539, "right")]
    pages = doc(["Dr. Bernhard Moser", "Rechtsanwalt", "Landstraße 49, 4020 Linz", "office@ra-moser.at"],
                ["Mühlviertler Holzbau OG", "z. H. Herrn Georg Pühringer", "Gewerbepark 7", "4240 Freistadt"],
                "Honorarnote",
                [("Nr.", "2026/0392"), ("Datum", "24.11.2026"), ("Akt", "Mühlviertler Holzbau ./. Reiter"),
                 ("Streitwert", "EUR 14.800,00")],
                cols, ["Datum", "Leistung", "EUR"], rows,
                [("Zwischensumme", "1.672,70", False), ("20 % USt", "334,54", False),
                 ("Barauslage Pauschalgebühr TP 1 GGG", "872,00", False), ("Gesamtbetrag EUR", "2.879,24", True)],
                ["Die Honorierung erfolgt nach dem Rechtsanwaltstarifgesetz und den Allgemeinen Honorar-Kriterien. "
                 "Die Pauschalgebühr haben wir bei Einbringung der Klage für Sie beim Bezirksgericht entrichtet.",
                 "Wir ersuchen um Überweisung binnen 14 Tagen auf " + sp(ib) + "."],
                ["Rechtsanwaltskanzlei Dr. Bernhard Moser · UID ATU62771830"], layout="side")
    body = ("Sehr geehrter Herr Pühringer,\n\nanbei übermittle ich Ihnen meine Honorarnote für die Einbringung der "
            "Klage gegen Herrn Reiter.\n\nMit freundlichen Grüßen\nDr. Bernhard Moser\n")
    add("de", "kanzlei-software", "pdf", "office@ra-moser.at", "Dr. Bernhard Moser", "buero@muehlviertler-holzbau.at",
        "buero@muehlviertler-holzbau.at", "Honorarnote 2026/0392", d, text=body, pages=pages,
        fname="HN_2026-0392.pdf",
        exp=X("2026/0392", 287924, 287924, d, d + TD(14), "Mühlviertler Holzbau OG", "buero@muehlviertler-holzbau.at",
              ib, True, "de"),
        note="Austrian lawyer's 'Honorarnote' under the RATG with a tariff post, a flat-rate surcharge and a court "
             "fee advanced after the VAT line; the amount in dispute among the facts.")


def de_ch_kita():
    d = D(2026, 11, 16)
    ib = iban("CH")
    html = html_wrap(
        "<p><b>Kita Sonnenhügel</b>, Rosenstrasse 14, 8400 Winterthur</p>\n"
        "<p>Liebe Familie Baumann</p>\n<p>Anbei die Monatsrechnung für Levin. Der Betreuungsgutschein der Stadt "
        "Winterthur wird uns direkt ausbezahlt und ist bereits abgezogen.</p>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><td>Rechnung</td><td>KS-2612-0088</td></tr>\n<tr><td>Datum</td><td>16.11.2026</td></tr>\n"
        "<tr><td>Rechnungsadresse</td><td>Familie Baumann, Wartstrasse 77, 8400 Winterthur</td></tr>\n"
        "<tr><td>Betreuung Dezember 2026, 3 Tage/Woche (Monatspauschale)</td><td align=\"right\">CHF 1'664.00</td></tr>\n"
        "<tr><td>Zusatztag 11.11.2026</td><td align=\"right\">CHF 128.00</td></tr>\n"
        "<tr><td>Betreuungsgutschein Stadt Winterthur</td><td align=\"right\">CHF -620.00</td></tr>\n"
        "<tr><td><b>Zu bezahlen</b></td><td align=\"right\"><b>CHF 1'172.00</b></td></tr>\n</table>\n"
        "<p>Die Betreuung ist im Voraus zahlbar bis 30.11.2026 auf " + sp(ib) + " (Verein Kita Sonnenhügel). "
        "Kinderbetreuung ist von der MWST ausgenommen.</p>\n"
        "<p>Herzliche Grüsse<br>Nadine Frei, Kitaleitung</p>")
    add("de", "kita-admin", "body-html", "rechnungen@kita-sonnenhuegel.ch", "Kita Sonnenhügel",
        "baumann.family@bluewin.ch", "baumann.family@bluewin.ch", "Monatsrechnung Dezember – Levin", d, html=html,
        exp=X("KS-2612-0088", 117200, 179200, d, D(2026, 11, 30), "Familie Baumann", "baumann.family@bluewin.ch",
              ib, False, "de", cur="CHF"),
        note="Swiss day-care bill in advance with the city's childcare voucher deducted (a third party's share), "
             "apostrophe thousands and 'Grüsse' with ss; the total the parents owe is the last line.")


def de_architect_hoai():
    d = D(2026, 11, 26)
    ib = iban("DE")
    rows = [["LPH 1 Grundlagenermittlung", "2 %", "978,00", "100 %", "978,00"],
            ["LPH 2 Vorplanung", "7 %", "3.423,00", "100 %", "3.423,00"],
            ["LPH 3 Entwurfsplanung", "15 %", "7.335,00", "50 %", "3.667,50"],
            ["Summe erbrachte Leistungen", "", "", "", "8.068,50"],
            ["Nebenkosten pauschal 4 %", "", "", "", "322,74"],
            ["Zwischensumme", "", "", "", "8.391,24"],
            ["abzgl. 1. Abschlagsrechnung AR-2026-031 (netto)", "", "", "", "-4.577,04"]]
    cols = [(56, "left"), (300, "right"), (375, "right"), (445, "right"), (539, "right")]
    pages = doc(["Architekturbüro Lena Voigt", "Freie Architektin", "Karl-Heine-Straße 87 · 04229 Leipzig",
                 "buero@voigt-architektur.de"],
                ["Herrn Matthias Engel und Frau Sophie Engel", "Brockhausstraße 21", "04229 Leipzig"],
                "2. Abschlagsrechnung nach § 15 HOAI",
                [("Rechnungsnummer", "AR-2026-058"), ("Datum", "26.11.2026"),
                 ("Projekt", "Neubau Einfamilienhaus, Leipzig-Lindenau"),
                 ("Grundlage", "Honorarzone III, anrechenbare Kosten 385.000 €, Honorar 48.900 €")],
                cols, ["Leistungsphase", "Anteil", "Honorar €", "erbracht", "Betrag €"], rows,
                [("Abschlag netto", "3.814,20 €", False), ("19 % USt", "724,70 €", False),
                 ("Rechnungsbetrag", "4.538,90 €", True)],
                ["Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug auf IBAN " + sp(ib) + "."],
                ["Architekturbüro Lena Voigt · Mitglied der Architektenkammer Sachsen · USt-IdNr. DE301558127"],
                layout="letterhead", title_size=13)
    body = ("Liebe Familie Engel,\n\ndie Entwurfsplanung ist zur Hälfte erbracht; wie vereinbart erhalten Sie "
            "die zweite Abschlagsrechnung.\n\nHerzliche Grüße\nLena Voigt\n")
    add("de", "word-pdf", "pdf", "buero@voigt-architektur.de", "Lena Voigt Architektur", "m.engel@mailbox.org",
        "Matthias Engel <m.engel@mailbox.org>", "2. Abschlagsrechnung Neubau EFH", d, text=body, pages=pages,
        fname="AR-2026-058_Engel.pdf",
        exp=X("AR-2026-058", 453890, 453890, d, d + TD(14), "Matthias Engel und Sophie Engel", "m.engel@mailbox.org",
              ib, False, "de"),
        note="An architect's HOAI progress invoice by Leistungsphase with percentages and fees per phase, the "
             "whole fee and building costs in the facts, an earlier invoice (also 'AR-2026-…') deducted.")


def de_ch_tennis():
    d = D(2026, 12, 2)
    ib = iban("CH")
    ref = rf("2027" + digits(6))
    body = (
        "Grüezi Herr Keller\n\n"
        "Der Vorstand dankt Ihnen für Ihre Treue zum Club. Gemäss Beschluss der Generalversammlung vom "
        "20. März 2026 stellen wir Ihnen den Jahresbeitrag 2027 in Rechnung.\n\n"
        "Tennisclub Rietpark Uster\n"
        "Mitgliederbeitrag 2027 – Rechnung MB-2027-0218 vom 02.12.2026\n"
        "Mitglied: Urs Keller, Aktivmitglied seit 2011\n\n"
        "Jahresbeitrag Aktive                  CHF 480.00\n"
        "Platzreservationssystem               CHF  20.00\n"
        "Ersatzabgabe Arbeitseinsatz           CHF  60.00\n"
        "Total                                 CHF 560.00\n\n"
        "Zahlbar bis 31. Januar 2027 auf " + sp(ib) + " (TC Rietpark Uster), Referenz " + grouped(ref) + ".\n"
        "Wer den Arbeitseinsatz im Frühling leistet, erhält die Ersatzabgabe im Herbst zurück.\n\n"
        "Sportliche Grüsse\nBeatrice Hug, Kassierin\n")
    add("de", "typed", "body-text", "kasse@tc-rietpark.ch", "TC Rietpark Uster", "urs.keller@sunrise.ch",
        "Urs Keller <urs.keller@sunrise.ch>", "Mitgliederbeitrag 2027", d, text=body,
        exp=X("MB-2027-0218", 56000, 56000, d, D(2027, 1, 31), "Urs Keller", "urs.keller@sunrise.ch", ib, False, "de",
              ref=ref, cur="CHF"),
        note="Swiss club's annual fee for next year, typed: the assembly's date and 'seit 2011' before the facts, "
             "an RF reference in groups, CHF before the amounts.")


def de_commercial_rent():
    d = D(2026, 12, 1)
    ib = iban("DE")
    rows = [["Nettokaltmiete Ladenlokal EG", "", "1.380,00 €"], ["Betriebskostenvorauszahlung", "", "240,00 €"],
            ["Heizkostenvorauszahlung", "", "110,00 €"]]
    pages = doc(["Kühn & Sohn GbR", "Grundstücksgemeinschaft", "Bergstraße 12", "69120 Heidelberg",
                 "verwaltung@kuehn-sohn-gbr.de"],
                ["Café Milchbar UG (haftungsbeschränkt)", "Hauptstraße 201", "69117 Heidelberg"],
                "Mietrechnung Januar 2027",
                [("Rechnungsnummer", "MR-2027-01-04"), ("Rechnungsdatum", "01.12.2026"),
                 ("Mietobjekt", "Hauptstraße 201, EG"), ("Leistungszeitraum", "01.01.-31.01.2027"),
                 ("Fällig am", "05.01.2027")],
                C3, ["Position", "", "Betrag"], rows,
                [("Summe netto", "1.730,00 €", False), ("19 % USt (Option § 9 UStG)", "328,70 €", False),
                 ("Gesamt", "2.058,70 €", True)],
                ["Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, zu zahlen. Bitte "
                 "überweisen Sie auf IBAN " + sp(ib) + "."],
                ["Grundstücksgemeinschaft Kühn & Sohn GbR · Steuernummer 32080/41127"], layout="side")
    body = ("Sehr geehrte Frau Aydın,\n\nanbei die Mietrechnung für Januar 2027 für das Ladenlokal. Die "
            "Nebenkostenabrechnung 2026 folgt im Frühjahr.\n\nMit freundlichen Grüßen\nPetra Kühn\n")
    add("de", "hausverwaltung", "pdf", "verwaltung@kuehn-sohn-gbr.de", "Kühn & Sohn GbR", "inhaberin@cafe-milchbar.de",
        "Selin Aydın <inhaberin@cafe-milchbar.de>", "Mietrechnung Januar 2027", d, text=body, pages=pages,
        fname="MR-2027-01-04.pdf",
        exp=X("MR-2027-01-04", 205870, 205870, d, D(2027, 1, 5), "Café Milchbar UG (haftungsbeschränkt)",
              "inhaberin@cafe-milchbar.de", ib, True, "de"),
        note="Commercial rent invoice with VAT by option, for the next month; the due date printed ('Fällig am') "
             "and a third-working-day rule in the notes; the number looks like a date.")


# ================================================================ not invoices: Dutch

def xnl_appointment():
    d = D(2026, 11, 30)
    body = (
        "Beste heer Kramer,\n\n"
        "Hierbij bevestigen wij uw afspraak:\n\n"
        "  Dinsdag 8 december 2026, 14:30 uur\n"
        "  Screening, intake en onderzoek bij Yara Lemmens, fysiotherapeut\n"
        "  Fysiotherapie De Waalkade, Waalkade 31, Nijmegen\n\n"
        "Het tarief voor de intake is € 68,00, een vervolgbehandeling kost € 41,00. U gaf aan geen aanvullende "
        "verzekering te hebben; u ontvangt na afloop van de behandelreeks een factuur op uw naam.\n\n"
        "Verhinderd? Meld u dan uiterlijk 24 uur van tevoren af, anders brengen wij de afspraak in rekening.\n\n"
        "Met vriendelijke groet,\nBalie Fysiotherapie De Waalkade\n")
    add("nl", "agenda", "none", "administratie@fysiowaalkade.nl", "Fysiotherapie De Waalkade", "r.kramer@casema.nl",
        "R. Kramer <r.kramer@casema.nl>", "Bevestiging afspraak 8 december", d, text=body,
        why_not="An appointment confirmation stating the fees that will be invoiced after the treatment.",
        note="Prices, a date and 'in rekening brengen' in a confirmation from the physiotherapist's billing address.")


def xnl_dental_estimate():
    d = D(2026, 11, 24)
    rows = [["R24", "Kroon, porselein op metaal (element 36)", "€ 432,15"],
            ["R31", "Opbouw plastisch materiaal", "€ 78,30"],
            ["A10", "Verdoving", "€ 16,90"],
            ["", "Techniekkosten (indicatie)", "€ 285,05"]]
    pages = doc(["Tandartspraktijk Kloosterveen", "Kloosterveste 4 · 9403 AA Assen", "0592 31 40 77",
                 "nota@tandartskloosterveen.nl"],
                ["Mevrouw S. Bosma", "Rode Heklaan 58", "9401 SN Assen"],
                "Begroting",
                [("Begrotingsnummer", "B-2026-0312"), ("Datum", "24-11-2026"), ("Geldig tot", "24-05-2027"),
                 ("Patiënt", "S. Bosma, geb. 30-01-1967")],
                [(56, "left"), (100, "left"), (539, "right")], ["Code", "Omschrijving", "Bedrag"], rows,
                [("Geraamd totaal", "€ 812,40", True)],
                ["Deze begroting is een schatting volgens de NZa-tarieven; de werkelijke techniekkosten kunnen "
                 "afwijken. Wij vragen u de begroting voor akkoord te tekenen. Na de behandeling ontvangt u "
                 "een nota.",
                 "Handtekening patiënt voor akkoord: ______________________"],
                ["Tandartspraktijk Kloosterveen · KvK 01091254"], layout="letterhead")
    body = ("Beste mevrouw Bosma,\n\nZoals besproken stuur ik u de begroting voor de kroon op de 36. Wilt u deze "
            "getekend meenemen naar uw volgende afspraak? Dan kunt u hem ook vooraf bij uw verzekeraar "
            "voorleggen.\n\nMet vriendelijke groet,\nTandarts G. Hoekstra\n")
    add("nl", "dental-software", "none", "nota@tandartskloosterveen.nl", "Tandartspraktijk Kloosterveen",
        "sbosma@home.nl", "sbosma@home.nl", "Begroting kroonbehandeling", d, text=body, pages=pages,
        fname="begroting_B-2026-0312.pdf",
        why_not="A dentist's cost estimate (begroting) to be signed before treatment; the nota follows it.",
        note="Estimate from the same billing address and layout as the practice's notas, with NZa codes and a total.")


def xnl_vet_receipt():
    d = D(2026, 11, 27)
    rows = [["Consult", "€ 48,50"], ["Vaccinatie cocktail + kennelhoest", "€ 61,00"], ["Vlooiendruppels 3 pip.", "€ 27,95"]]
    pages = doc(["Dierenkliniek De Hazelaar", "Hazelaarweg 6 · 3813 KC Amersfoort", "033 462 11 90"],
                ["Dhr. P. Wolters", "Vondellaan 12", "3818 BV Amersfoort"],
                "Betaalbewijs",
                [("Bon", "K-26-88214"), ("Datum", "27-11-2026 10:42"), ("Patiënt", "Sjors (hond)"),
                 ("Betaalwijze", "pin (Maestro ****1187)")],
                C2, ["Omschrijving", "Bedrag incl. btw"], rows,
                [("Totaal", "€ 137,45", True), ("Betaald", "€ 137,45", False), ("Nog te betalen", "€ 0,00", False)],
                ["Dit bedrag is voldaan. Bewaar dit betaalbewijs voor uw huisdierverzekering."],
                ["Dierenkliniek De Hazelaar B.V. · btw NL8129.55.830.B01"], layout="banner")
    body = ("Beste heer Wolters,\n\nOp uw verzoek sturen wij u het betaalbewijs van vanochtend, zodat u het "
            "kunt indienen bij uw dierenverzekering.\n\nMet vriendelijke groet,\nDierenkliniek De Hazelaar\n")
    add("nl", "vet-software", "none", "kliniek@dkhazelaar.nl", "Dierenkliniek De Hazelaar", "p.wolters@online.nl",
        "p.wolters@online.nl", "Betaalbewijs voor uw verzekering", d, text=body, pages=pages,
        fname="Betaalbewijs_K-26-88214.pdf",
        why_not="A receipt for a visit paid at the desk by card (nothing left to pay), sent for the insurer.",
        note="Same vet, same layout as its invoices; 'Nog te betalen € 0,00' and a card payment in the facts.")


def xnl_engagement():
    d = D(2026, 11, 5)
    html = html_wrap(
        "<p>Geachte mevrouw Scholten,</p>\n"
        "<p>Dank voor het prettige gesprek van gisteren. Met deze brief bevestig ik de opdracht die u ons "
        "heeft gegeven: bijstand in het geschil met uw voormalige werkgever over de vaststellingsovereenkomst.</p>\n"
        "<ul><li>Behandelend advocaat: mr. A. Doorn</li>\n<li>Uurtarief: € 245,00, te vermeerderen met 5 % "
        "kantoorkosten en 21 % btw</li>\n<li>Declaratie: maandelijks achteraf</li>\n"
        "<li>Voorschot: bij de start van de zaak vragen wij een voorschot van € 1.000,00; u ontvangt daarvoor "
        "een aparte declaratie zodra u deze bevestiging voor akkoord heeft teruggestuurd.</li></ul>\n"
        "<p>Onze algemene voorwaarden en de kantoorklachtenregeling zijn bijgevoegd. Wilt u deze brief "
        "ondertekend terugmailen?</p>\n"
        "<p>Met vriendelijke groet,<br>mr. Anouk Doorn<br>Hamstra &amp; Doorn Advocaten, Leeuwarden</p>")
    add("nl", "law-firm", "none", "declaraties@hamstradoorn.nl", "Hamstra & Doorn Advocaten", "m.scholten@gmail.com",
        "M. Scholten <m.scholten@gmail.com>", "Opdrachtbevestiging - uw zaak", d, html=html,
        why_not="An engagement letter that announces an advance to be billed by a separate declaratie later.",
        note="Hourly rate, office-cost and VAT percentages and an advance amount from the firm's billing address.")


def xnl_client_account():
    d = D(2026, 12, 2)
    ib_derden = iban("NL")
    rows = [["02-10-2026", "Ontvangen van Heerema Installatietechniek B.V.", "", "€ 4.250,00"],
            ["18-11-2026", "Ontvangen van Heerema Installatietechniek B.V., rente", "", "€ 61,35"],
            ["01-12-2026", "Uitbetaald aan Friesland Koeltechniek B.V.", "- € 4.311,35", ""]]
    cols = [(56, "left"), (130, "left"), (440, "right"), (539, "right")]
    pages = doc(["Stichting Beheer Derdengelden", "Hamstra & Doorn Advocaten", "Zuiderplein 3 · 8911 AN Leeuwarden"],
                ["Friesland Koeltechniek B.V.", "t.a.v. de directie", "Celsiusweg 14", "8912 AM Leeuwarden"],
                "Overzicht derdengelden",
                [("Dossier", "2026.0188"), ("Datum", "02-12-2026"), ("Rekening", sp(ib_derden))],
                cols, ["Datum", "Omschrijving", "Af", "Bij"], rows,
                [("Saldo", "€ 0,00", True)],
                ["De gelden zijn op 1 december 2026 aan u overgemaakt. Het dossier is hiermee financieel afgewikkeld."],
                ["Stichting Beheer Derdengelden Hamstra & Doorn Advocaten · KvK 01184402"], layout="window")
    body = ("Geachte heer Sijtsma,\n\nBijgaand het overzicht van de derdengeldrekening in uw dossier. Het bedrag "
            "dat Heerema betaalde, is gisteren aan u doorgestort.\n\nMet vriendelijke groet,\nHamstra & Doorn Advocaten\n")
    add("nl", "law-firm-pdf", "none", "declaraties@hamstradoorn.nl", "Hamstra & Doorn Advocaten",
        "administratie@frieslandkoeltechniek.nl", "administratie@frieslandkoeltechniek.nl",
        "Overzicht derdengelden dossier 2026.0188", d, text=body, pages=pages, fname="derdengelden_2026.0188.pdf",
        why_not="A statement of the client account held for the client (money paid out to the client, balance nil).",
        note="From the law firm's billing address with the dossier number of a real declaratie, amounts and an IBAN.")


def xnl_childcare_rates():
    d = D(2026, 11, 27)
    html = html_wrap(
        "<p>Beste ouders en verzorgers,</p>\n"
        "<p>Per 1 januari 2027 veranderen onze uurprijzen. De overheid verhoogt de maximale uurprijs voor de "
        "kinderopvangtoeslag; wij volgen die stijging grotendeels.</p>\n"
        "<table cellpadding=\"5\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><th>Opvangvorm</th><th>2026</th><th>2027</th></tr>\n"
        "<tr><td>Dagopvang</td><td>€ 10,48</td><td>€ 11,02</td></tr>\n"
        "<tr><td>Buitenschoolse opvang</td><td>€ 9,12</td><td>€ 9,61</td></tr>\n"
        "<tr><td>Flexibele extra dag (per uur)</td><td>€ 10,95</td><td>€ 11,49</td></tr>\n</table>\n"
        "<p>Bij een contract van twee dagen per week wordt uw maandbedrag dan € 1.050,54. Geef de nieuwe "
        "uurprijs vóór 1 februari door aan de Belastingdienst. De eerste factuur met de nieuwe prijs ontvangt "
        "u rond 20 december.</p>\n<p>Hartelijke groet,<br>Directie Stichting Kinderopvang De Boomhut</p>")
    add("nl", "childcare-portal", "none", "facturen@kdv-boomhut.nl", "KDV De Boomhut", "mvanleeuwen@xs4all.nl",
        "mvanleeuwen@xs4all.nl", "Nieuwe uurprijzen 2027", d, html=html,
        why_not="An announcement of next year's hourly prices; the first bill at the new price comes later.",
        note="Childcare rate table with a monthly amount from the address that sends its invoices.")


def xnl_be_indexation():
    d = D(2026, 11, 26)
    body = (
        "Geachte heer Wuyts,\n\n"
        "Overeenkomstig artikel 6 van de handelshuurovereenkomst van 1 januari 2022 wordt de huurprijs van het "
        "handelspand Lange Kruisstraat 14, Mechelen, jaarlijks op de verjaardag van de overeenkomst aangepast "
        "aan de gezondheidsindex.\n\n"
        "  basishuur                       € 1.200,00\n"
        "  aanvangsindex (december 2021)   111,91\n"
        "  nieuwe index (november 2026)    129,14\n"
        "  geïndexeerde huur vanaf 1 januari 2027: 1.200,00 x 129,14 / 111,91 = € 1.384,75\n\n"
        "Gelieve uw doorlopende betalingsopdracht vanaf januari aan te passen. De huur blijft betaalbaar "
        "vóór de vijfde van elke maand op hetzelfde rekeningnummer.\n\n"
        "Met vriendelijke groeten,\nAn Vermeulen\nBeheer Vastgoed Vermeulen bv\n")
    add("nl", "typed", "none", "beheer@vastgoedvermeulen.be", "Vastgoed Vermeulen", "info@wuyts-optiek.be",
        "info@wuyts-optiek.be", "Indexatie huurprijs Lange Kruisstraat 14", d, text=body,
        why_not="A rent indexation notice stating next year's rent; the rent itself is paid by standing order.",
        note="Flemish indexation letter with a formula, a new amount and a monthly payment term but no bill.")


def xnl_be_premium():
    d = D(2026, 12, 1)
    body = (
        "Beste Jan en Lies,\n\n"
        "Goed nieuws: Fluvius heeft jullie aanvraag voor Mijn VerbouwPremie goedgekeurd (dossier "
        "MVP-2026-7715320). Voor de dakisolatie en de nieuwe ramen werd een premie van € 4.000,00 "
        "toegekend. Het bedrag wordt binnen 30 dagen op jullie rekening gestort; jullie hoeven niets te "
        "betalen of te doen.\n\n"
        "Ik bewaar de beslissing in het bouwdossier. De volgende ereloonnota volgt pas na het definitief "
        "ontwerp.\n\n"
        "Vriendelijke groeten,\nThomas Vandewalle\nArchitectenbureau Vandewalle\n")
    add("nl", "typed", "none", "info@architectvandewalle.be", "Architectenbureau Vandewalle", "jan.desmet@proximus.be",
        "Jan Desmet <jan.desmet@proximus.be>", "Premie goedgekeurd!", d, text=body,
        why_not="A grant approval the architect passes on: money paid to the clients, nothing asked of them.",
        note="Amount, a 30-day period and a dossier number from the architect's billing address; it names the next fee note.")


def xnl_payment_plan():
    d = D(2026, 11, 28)
    ib = iban("NL")
    body = (
        "Beste mevrouw Eshuis,\n\n"
        "Zoals telefonisch besproken bevestigen wij de betalingsregeling voor onze nota UR-2026-0081 van "
        "22 oktober 2026 (€ 3.600,00):\n\n"
        "  termijn 1   € 900,00   uiterlijk 1 december 2026\n"
        "  termijn 2   € 900,00   uiterlijk 1 januari 2027\n"
        "  termijn 3   € 900,00   uiterlijk 1 februari 2027\n"
        "  termijn 4   € 900,00   uiterlijk 1 maart 2027\n\n"
        "U kunt de termijnen overmaken op " + sp(ib) + " onder vermelding van UR-2026-0081. Zolang de termijnen "
        "op tijd binnen zijn, sturen wij geen herinneringen en rekenen wij geen rente.\n\n"
        "Met een hartelijke groet,\nHenk Roelofs\nUitvaartzorg Roelofs\n")
    add("nl", "typed", "none", "administratie@uitvaartzorgroelofs.nl", "Uitvaartzorg Roelofs",
        "g.eshuis@hetnet.nl", "g.eshuis@hetnet.nl", "Bevestiging betalingsregeling nota UR-2026-0081", d, text=body,
        why_not="A payment plan for a nota sent in October: it schedules an existing debt and is no new bill.",
        note="Instalment dates, amounts, an IBAN and the earlier nota's number from the funeral director's billing "
             "address.")


# ================================================================ not invoices: English

def xen_appointment():
    d = D(2026, 11, 26)
    html = html_wrap(
        "<p style=\"color:#2b5f3a\"><b>Kestrel Physiotherapy</b></p>\n"
        "<p>Hi Graham,</p>\n<p>You're booked in:</p>\n"
        "<table cellpadding=\"4\"><tr><td>When</td><td><b>Tuesday 8 December 2026, 10:15</b></td></tr>\n"
        "<tr><td>With</td><td>Sam Whitlock, physiotherapist</td></tr>\n"
        "<tr><td>Appointment</td><td>Initial assessment (45 min)</td></tr>\n"
        "<tr><td>Fee</td><td>£75.00, payable by card at the end of the session</td></tr>\n</table>\n"
        "<p>If you're claiming on insurance, bring your authorisation code. Cancellations with less than 24 "
        "hours' notice are charged in full.</p>\n<p>See you soon,<br>Kestrel Physiotherapy, Harrogate</p>")
    add("en", "cliniko-like", "none", "accounts@kestrelphysio.co.uk", "Kestrel Physiotherapy",
        "g.pickering@talktalk.net", "Graham Pickering <g.pickering@talktalk.net>", "Appointment confirmed: Tue 8 Dec",
        d, html=html,
        why_not="An appointment confirmation with the fee to be paid at the session; nothing is billed yet.",
        note="A price, a date and a cancellation charge from the clinic's accounts address.")


def xen_estimate():
    d = D(2026, 11, 11)
    rows = [["Obtaining the grant of probate and collecting in the estate (fixed fee)", "£2,400.00"],
            ["Additional work if an inheritance tax account is required (estimate)", "£600.00 - £900.00"],
            ["VAT at 20% on our fees", "£480.00 - £660.00"],
            ["Probate application fee (HMCTS)", "£300.00"],
            ["Bankruptcy searches and statutory notices (estimate)", "£180.00"]]
    pages = doc(["Hale & Crewe Solicitors", "9 Castle Street, Shrewsbury SY1 2BB", "01743 362 550",
                 "accounts@halecrewe.co.uk"],
                ["Mr David Hurst", "Executor of the late Mrs J. Hurst", "12 Porthill Gardens", "Shrewsbury SY3 8RS"],
                "Estimate of Costs",
                [("Our ref.", "PR/2026/217"), ("Date", "11 November 2026"), ("Matter", "Estate of Joan Hurst")],
                C2, ["Item", "Estimate"], rows,
                [("Estimated range", "£3,960.00 - £4,620.00", True)],
                ["This is an estimate, not a bill. Our fees are payable from the estate once the grant is "
                 "obtained. Before we apply for the grant we will ask you for £300.00 on account to cover the "
                 "court fee, by a separate request."],
                ["Hale & Crewe Solicitors · Authorised and regulated by the SRA, no. 604219"], layout="letterhead")
    body = ("Dear Mr Hurst,\n\nFurther to our meeting, I enclose our client care letter and the estimate of costs "
            "for the administration of your mother's estate.\n\nYours sincerely,\nGemma Crewe\n")
    add("en", "law-firm-pdf", "none", "accounts@halecrewe.co.uk", "Hale & Crewe Solicitors", "d.hurst@sky.com",
        "d.hurst@sky.com", "Estate of Joan Hurst - client care and estimate", d, text=body, pages=pages,
        fname="Estimate PR-2026-217.pdf",
        why_not="A solicitor's estimate of costs with ranges; money on account will be asked for separately.",
        note="Amounts, VAT and a bold total range from the firm's accounts address, in its bill layout.")


def xen_ie_receipt():
    d = D(2026, 11, 19)
    rows = [["19/11/2026", "Root canal treatment, molar (LL6), stage 2", "€320.00"]]
    cols = [(56, "left"), (130, "left"), (539, "right")]
    pages = doc(["Quayside Dental", "4 Custom House Quay, Wexford Y35 R2F4", "053 912 4470", "reception@quaysidedental.ie"],
                ["Mr Tomás Kinsella", "22 Spawell Road", "Wexford Y35 K7P1"],
                "Receipt",
                [("Receipt no.", "R-118842"), ("Date", "19/11/2026"), ("Paid by", "Card (Visa ****0912)")],
                cols, ["Date", "Treatment", "Amount"], rows,
                [("Amount paid", "€320.00", True), ("Balance", "€0.00", False)],
                ["Paid in full, thank you. For tax relief on non-routine dental treatment, keep this receipt "
                 "with your Med 2 form; you can also claim from your health insurer."],
                ["Quayside Dental Ltd · Dental Council reg. 5312"], layout="window")
    body = ("Dear Tomás,\n\nAs requested, here is your receipt for today's treatment for your Med 2 claim.\n\n"
            "Kind regards,\nQuayside Dental reception\n")
    add("en", "dental-practice", "none", "reception@quaysidedental.ie", "Quayside Dental", "tkinsella@eircom.net",
        "tkinsella@eircom.net", "Your receipt R-118842", d, text=body, pages=pages, fname="Receipt_R-118842.pdf",
        why_not="A receipt for treatment paid in full at the desk, for a tax-relief and insurance claim.",
        note="A dental receipt laid out like an invoice with a number, a date and a bold amount.")


def xen_court_fee():
    d = D(2026, 11, 25)
    body = (
        "Dear Ms Adeyemi,\n\n"
        "Your claim against Brookfield Lettings Ltd was issued today in the County Court Money Claims Centre "
        "(claim number L4QZ81T2). The court fee for issuing a claim of this value is £455.00. We have paid it "
        "from the £1,000.00 you hold on account with us, so you do not need to pay anything now; it will "
        "appear as a disbursement on our next bill.\n\n"
        "The defendant has 14 days from service to respond. I will update you as soon as we hear.\n\n"
        "Kind regards,\nTom Achebe\nTrainee Solicitor, Hale & Crewe Solicitors\n")
    add("en", "typed", "none", "accounts@halecrewe.co.uk", "Hale & Crewe Solicitors", "f.adeyemi@outlook.com",
        "f.adeyemi@outlook.com", "Your claim has been issued - court fee", d, text=body,
        why_not="A notice that a court fee was paid from money held on account; it asks for nothing.",
        note="A fee amount, a claim number and a 14-day period from the firm's accounts address.")


def xen_fee_schedule():
    d = D(2026, 11, 30)
    rows = [["One-to-one tuition, 1 hour weekly (11 sessions)", "£462.00", "£495.00"],
            ["Small group (max. 4), 90 min weekly", "£286.00", "£308.00"],
            ["Mock exam pack (marked)", "£18.00", "£20.00"],
            ["Registration (new families only)", "£25.00", "£25.00"]]
    pages = doc(["Brightwell Tutors", "22 Mill Road, Cambridge CB1 2AD", "office@brightwelltutors.co.uk"],
                ["To all Brightwell families"],
                "Fees 2027-28",
                [("Published", "30 November 2026"), ("Applies from", "Autumn term 2027")],
                C3, ["Per term", "2026-27", "2027-28"], rows, [],
                ["Termly invoices are sent three weeks before each term and are payable before the first session. "
                 "Sibling discount remains 10 %. Tuition by our tutors is exempt from VAT."],
                ["Brightwell Tutors · Cambridge"], layout="banner")
    body = ("Dear parents,\n\nAttached is our fee schedule for the 2027-28 school year, so you can plan ahead. "
            "Nothing changes for the spring and summer terms.\n\nBest wishes,\nNaomi Brightwell\n")
    add("en", "word-pdf", "none", "office@brightwelltutors.co.uk", "Brightwell Tutors", "s.kaur.cambridge@yahoo.co.uk",
        "undisclosed-recipients:;", "Our fees for 2027-28", d, text=body, pages=pages, fname="Brightwell_fees_2027-28.pdf",
        why_not="A fee schedule for next school year; termly invoices follow later.",
        note="A price table with two years' columns from the tutoring firm's invoicing address; no debtor, no total.")


def xen_us_credit():
    d = D(2026, 11, 24)
    body = (
        "Hi Jessica,\n\n"
        "Dr. Lindqvist decided the follow-up blood panel for Biscuit isn't needed after all, so we're taking the "
        "$45.00 we charged for it off your account. You'll see the credit on your next statement; it will be "
        "applied to any future visit, or refunded to your card if you prefer - just reply and let us know.\n\n"
        "No action is needed on your part.\n\n"
        "Best,\nMegan\nCedar Hollow Veterinary Clinic, Bend OR\n")
    add("en", "typed", "none", "billing@cedarhollowvet.com", "Cedar Hollow Veterinary Clinic", "jess.moreno@gmail.com",
        "jess.moreno@gmail.com", "A credit on your account", d, text=body,
        why_not="The announcement of a credit to come on the next statement, with no credit note attached.",
        note="A dollar amount and 'credit' from the vet's billing address; no number, no document.")


def xen_ie_grant():
    d = D(2026, 11, 12)
    body = (
        "Dear Ciarán,\n\n"
        "I'm delighted to let you know that Saoirse's application for Access and Inclusion Model (AIM) "
        "Level 7 support has been approved by Pobal. From 4 January 2027 the crèche receives funding for "
        "an additional room assistant for her group. This is paid to us directly and there is no cost to you; "
        "your monthly fees and your NCS subsidy are not affected.\n\n"
        "We'll meet with you in December to plan the supports together.\n\n"
        "Warm regards,\nGráinne\nLittle Acorns Crèche & Montessori, Naas\n")
    add("en", "typed", "none", "office@littleacornsnaas.ie", "Little Acorns Crèche", "ciaran.doyle@gmail.com",
        "Ciarán Doyle <ciaran.doyle@gmail.com>", "AIM support approved for Saoirse", d, text=body,
        why_not="A support-funding approval passed on to a parent, at no cost to them.",
        note="From the crèche's fees address to a parent who receives its invoices; talks of fees and subsidies.")


def xen_us_engagement():
    d = D(2026, 11, 4)
    rows = [["Schematic Design", "15%", "$9,750.00"], ["Design Development", "20%", "$13,000.00"],
            ["Construction Documents", "40%", "$26,000.00"], ["Construction Administration", "25%", "$16,250.00"]]
    pages = doc(["Halvorsen Mead Architects", "400 N 1st Ave, Suite 310", "Minneapolis, MN 55401",
                 "billing@halvorsenmead.com"],
                ["St. Olaf Avenue Dental Group, PLLC", "Attn: Dr. Karen Voss", "1105 St Olaf Ave",
                 "Northfield, MN 55057"],
                "Proposal and Letter of Agreement",
                [("Proposal", "P-2026-31"), ("Date", "November 4, 2026"), ("Project", "Clinic renovation")],
                C3, ["Phase", "Share", "Fee"], rows,
                [("Stipulated fee", "$65,000.00", True)],
                ["Upon signature of this agreement we will invoice a retainer of $5,000.00, to be credited against "
                 "the final invoice. Thereafter we invoice monthly by percentage of completion, Net 30.",
                 "Accepted by: ______________________   Date: ____________"],
                ["Halvorsen Mead Architects LLC"], layout="side")
    body = ("Dr. Voss,\n\nThank you for considering us. Our proposal and letter of agreement for the clinic "
            "renovation is attached; please sign and return it if it reflects our conversation.\n\n"
            "Best regards,\nErik Halvorsen, AIA\n")
    add("en", "architect-pdf", "none", "billing@halvorsenmead.com", "Halvorsen Mead Architects",
        "kvoss@stolafdental.com", "Karen Voss <kvoss@stolafdental.com>", "Proposal P-2026-31 - clinic renovation", d,
        text=body, pages=pages, fname="HMA_Proposal_P-2026-31.pdf",
        why_not="A proposal and engagement letter; the retainer will be invoiced after it is signed.",
        note="Fee by phase and a bold fee from the billing address that sends the firm's invoices, with Net 30.")


# ================================================================ not invoices: German

def xde_hkp():
    d = D(2026, 11, 17)
    rows = [["46", "2210", "Vollkrone (Hohlkehl-/Stufenpräparation)", "2,3", "263,15"],
            ["46", "2180", "Aufbaufüllung", "2,3", "33,89"],
            ["46", "0090", "Infiltrationsanästhesie", "2,3", "7,76"],
            ["", "§ 9", "Voraussichtliche Material- und Laborkosten", "", "390,00"]]
    cols = [(56, "left"), (92, "left"), (130, "left"), (470, "right"), (539, "right")]
    pages = doc(["Zahnarztpraxis Dr. Katrin Albers", "Hammer Straße 118 · 48153 Münster", "Tel. 0251 77 40 12"],
                ["Frau", "Birgit Hollmann", "Wolbecker Straße 201", "48155 Münster"],
                "Heil- und Kostenplan",
                [("Plan-Nr.", "HKP-2026-0277"), ("Datum", "17.11.2026"), ("Gültig", "6 Monate")],
                cols, ["Zahn", "GOZ", "Leistung", "Faktor", "EUR"], rows,
                [("Voraussichtlicher Gesamtbetrag", "694,80 EUR", True)],
                ["Dieser Heil- und Kostenplan ist keine Rechnung. Bitte legen Sie ihn vor Behandlungsbeginn Ihrer "
                 "Versicherung vor und unterschreiben Sie ihn. Abgerechnet wird nach der Behandlung.",
                 "Unterschrift Patientin: ______________________"],
                ["Zahnarztpraxis Dr. Katrin Albers"], layout="window", title_size=14)
    body = ("Sehr geehrte Frau Hollmann,\n\nanbei der Heil- und Kostenplan für die Krone an Zahn 46, zur Vorlage "
            "bei Ihrer privaten Krankenversicherung.\n\nMit freundlichen Grüßen\nIhr Praxisteam Dr. Albers\n")
    add("de", "praxis-software", "none", "abrechnung@zahnarzt-albers.de", "Zahnarztpraxis Dr. Albers",
        "b.hollmann@arcor.de", "b.hollmann@arcor.de", "Heil- und Kostenplan Zahn 46", d, text=body, pages=pages,
        fname="HKP-2026-0277.pdf",
        why_not="A treatment and cost plan (Heil- und Kostenplan) for the insurer; the bill follows treatment.",
        note="GOZ lines, factors and a bold total in the same layout as the practice's Liquidation.")


def xde_at_estimate():
    d = D(2026, 11, 20)
    body = (
        "Liebe Frau Aigner,\n\n"
        "wie besprochen der Kostenvoranschlag für Bellos Zahnsanierung:\n\n"
        "  Voruntersuchung und Blutbild            ca. EUR  85,00\n"
        "  Narkose und Überwachung                 ca. EUR 160,00\n"
        "  Zahnsteinentfernung, Politur            ca. EUR 120,00\n"
        "  Extraktionen je nach Befund (0-4)       ca. EUR 0,00 bis 180,00\n"
        "  Medikamente                             ca. EUR  35,00\n"
        "  voraussichtlich gesamt inkl. 20 % USt   EUR 480,00 bis 620,00\n\n"
        "Der tatsächliche Betrag hängt vom Röntgenbefund ab; die Honorarnote erhalten Sie nach dem Eingriff. "
        "Termin: Mittwoch, 9. Dezember, nüchtern um 8 Uhr bringen.\n\n"
        "Liebe Grüße\nTierarztpraxis Huber, Salzburg\n")
    add("de", "typed", "none", "praxis@tierarzt-huber.at", "Tierarztpraxis Huber", "m.aigner@a1.net",
        "m.aigner@a1.net", "Kostenvoranschlag Zahnsanierung Bello", d, text=body,
        why_not="A vet's cost estimate (Kostenvoranschlag) with a range; the Honorarnote follows the treatment.",
        note="Austrian estimate with amounts, VAT and a total range from the practice's billing address.")


def xde_quittung():
    d = D(2026, 11, 30)
    rows = [["30.11.2026", "Manuelle Lymphdrainage 45 Min.", "1", "48,00 €"],
            ["30.11.2026", "Kompressionsbandagierung", "1", "16,50 €"]]
    pages = doc(["Physiotherapie am Kanal", "Isebekstraße 2 · 22769 Hamburg", "rechnung@physio-am-kanal.de"],
                ["Herrn Otto Lindemann", "Bahrenfelder Chaussee 12", "22761 Hamburg"],
                "Quittung",
                [("Beleg-Nr.", "Q-2026-1130-04"), ("Datum", "30.11.2026"), ("Zahlungsart", "bar")],
                C3, ["Datum", "Leistung", "Betrag"], [[r[0], r[1], r[3]] for r in rows],
                [("Betrag bar erhalten", "64,50 €", True)],
                ["Betrag dankend erhalten. Umsatzsteuerfrei nach § 4 Nr. 14 UStG. Diese Quittung können Sie bei "
                 "Ihrer Beihilfestelle einreichen."],
                ["Physiotherapie am Kanal · Jan Petersen"], layout="letterhead")
    body = ("Sehr geehrter Herr Lindemann,\n\nwie gewünscht schicke ich Ihnen die Quittung über Ihre heutige "
            "Barzahlung auch per E-Mail.\n\nMit freundlichen Grüßen\nJan Petersen\n")
    add("de", "word-pdf", "none", "rechnung@physio-am-kanal.de", "Physiotherapie am Kanal", "o.lindemann@web.de",
        "o.lindemann@web.de", "Quittung vom 30.11.2026", d, text=body, pages=pages, fname="Quittung_Q-2026-1130-04.pdf",
        why_not="A receipt (Quittung) for a treatment paid in cash, sent for the Beihilfe claim.",
        note="Numbered receipt with lines and a bold amount from the address that sends the practice's invoices.")


def xde_court_fee():
    d = D(2026, 11, 19)
    ib_justiz = iban("DE")
    body = (
        "Sehr geehrter Herr Brünger,\n\n"
        "das Landgericht Bielefeld hat die Klage gegen die Hallmann Bau GmbH erhalten und fordert den "
        "Gerichtskostenvorschuss an (3,0 Gebühren nach Nr. 1210 KV GKG aus 18.450,00 €):\n\n"
        "  Betrag:           1.317,00 €\n"
        "  Empfänger:        Landesjustizkasse Hamm\n"
        "  IBAN:             " + sp(ib_justiz) + "\n"
        "  Kassenzeichen:    7051-2611-88402\n\n"
        "Bitte zahlen Sie den Vorschuss direkt an die Justizkasse und geben Sie unbedingt das Kassenzeichen an. "
        "Erst nach Zahlungseingang stellt das Gericht die Klage zu. Die Anforderung des Gerichts liegt als Kopie bei "
        "Ihren Unterlagen.\n\n"
        "Mit freundlichen Grüßen\nMiriam Osterkamp\nRechtsanwältin\n")
    add("de", "typed", "none", "kanzlei@ra-osterkamp.de", "Kanzlei Osterkamp", "buero@tischlerei-bruenger.de",
        "buero@tischlerei-bruenger.de", "Gerichtskostenvorschuss LG Bielefeld – bitte zahlen", d, text=body,
        why_not="The lawyer passes on the court's advance-fee request, payable to the court cashier; not her bill.",
        note="An amount, an IBAN, a Kassenzeichen and 'bitte zahlen' in the subject, from the law office's billing "
             "address; the payee is a third party.")


def xde_fee_agreement():
    d = D(2026, 11, 6)
    pages = doc(["Anja Köhnen", "Steuerberaterin", "Löhrstraße 94", "56068 Koblenz", "kanzlei@stb-koehnen.de"],
                ["Hunsrück Solar GmbH", "Herrn Geschäftsführer Timo Lauer", "Industriestraße 3", "56288 Kastellaun"],
                "Vergütungsvereinbarung",
                [("Datum", "06.11.2026"), ("Mandant", "10512")],
                C2, None,
                [["Gegenstand: laufende Finanzbuchhaltung, Lohnabrechnung für 9 Arbeitnehmer und Jahresabschluss 2026."],
                 ["Abweichend von der StBVV vereinbaren wir gemäß § 4 StBVV in Textform:"],
                 ["Finanzbuchhaltung monatlich, pauschal", "420,00 € netto"],
                 ["Lohnabrechnung je Arbeitnehmer und Monat", "24,00 € netto"],
                 ["Jahresabschluss und Steuererklärungen 2026, Zeitgebühr je Stunde", "165,00 € netto"],
                 ["Die Vergütung wird jeweils monatlich nachträglich in Rechnung gestellt. Für den Jahresabschluss "
                  "fordern wir nach Beginn der Arbeiten einen Vorschuss von 1.500,00 € gesondert an (§ 8 StBVV)."]],
                [],
                ["Koblenz, den 06.11.2026", "______________________ Mandant        ______________________ Steuerberaterin"],
                ["Steuerberaterin Anja Köhnen · USt-IdNr. DE311920475"], layout="side")
    body = ("Sehr geehrter Herr Lauer,\n\nanbei die Vergütungsvereinbarung, wie am Dienstag besprochen. Bitte "
            "unterschreiben Sie sie und senden Sie mir einen Scan zurück.\n\nMit freundlichen Grüßen\nAnja Köhnen\n")
    add("de", "word-pdf", "none", "kanzlei@stb-koehnen.de", "Steuerberaterin Anja Köhnen", "lauer@hunsrueck-solar.de",
        "Timo Lauer <lauer@hunsrueck-solar.de>", "Vergütungsvereinbarung zur Unterschrift", d, text=body, pages=pages,
        fname="Verguetungsvereinbarung_10512.pdf",
        why_not="A fee agreement to sign; the fees and an advance will be invoiced separately later.",
        note="Rates, a Vorschuss amount and 'in Rechnung gestellt' in a PDF from the tax adviser's billing address.")


def xde_club_fee():
    d = D(2026, 11, 21)
    html = html_wrap(
        "<p><b>TSV Grün-Weiß Ehrenfeld 1911 e.V.</b> – Mitgliederinformation</p>\n"
        "<p>Liebe Mitglieder,</p>\n<p>die Mitgliederversammlung vom 14. November 2026 hat die Beiträge ab dem "
        "1. Januar 2027 neu festgesetzt:</p>\n"
        "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">\n"
        "<tr><th>Beitragsgruppe</th><th>bisher</th><th>ab 2027</th></tr>\n"
        "<tr><td>Erwachsene</td><td>14,00 €/Monat</td><td>16,00 €/Monat</td></tr>\n"
        "<tr><td>Kinder und Jugendliche</td><td>9,00 €/Monat</td><td>10,00 €/Monat</td></tr>\n"
        "<tr><td>Familien</td><td>28,00 €/Monat</td><td>31,00 €/Monat</td></tr>\n</table>\n"
        "<p>Der Beitrag wird wie gewohnt vierteljährlich per SEPA-Lastschrift eingezogen, erstmals zum neuen "
        "Satz am 15.01.2027 (Gläubiger-ID DE41ZZZ00000918273). Sie müssen nichts unternehmen.</p>\n"
        "<p>Sportliche Grüße<br>Der Vorstand</p>")
    add("de", "club-admin", "none", "beitraege@tsv-gruen-weiss-ehrenfeld.de", "TSV Grün-Weiß Ehrenfeld",
        "k.schaefer@netcologne.de", "k.schaefer@netcologne.de", "Beitragsanpassung ab 2027", d, html=html,
        why_not="A club's announcement of next year's contribution rates, collected by direct debit later.",
        note="A fee table, a collection date and a creditor ID from the club's contributions address.")


def xde_ch_subsidy():
    d = D(2026, 11, 9)
    body = (
        "Liebe Familie Baumann\n\n"
        "Die Stadt Winterthur hat Ihnen mit Verfügung vom 4. November 2026 einen Betreuungsgutschein von "
        "CHF 620.00 pro Monat ab 1. Dezember 2026 bewilligt (Geschäfts-Nr. BG-26-03318). Der Gutschein wird "
        "direkt an die Kita ausbezahlt und auf Ihrer Monatsrechnung abgezogen – erstmals auf der Rechnung "
        "für Dezember, die Sie Mitte November erhalten.\n\n"
        "Die Verfügung selbst bekommen Sie per Post von der Stadt.\n\n"
        "Herzliche Grüsse\nNadine Frei, Kitaleitung Sonnenhügel\n")
    add("de", "typed", "none", "rechnungen@kita-sonnenhuegel.ch", "Kita Sonnenhügel", "baumann.family@bluewin.ch",
        "baumann.family@bluewin.ch", "Betreuungsgutschein bewilligt", d, text=body,
        why_not="The Kita passes on a city's childcare-voucher approval; the bill comes separately.",
        note="CHF amount, a case number and 'Monatsrechnung' from the Kita's invoicing address.")


def xde_instalments():
    d = D(2026, 11, 25)
    ib = iban("DE")
    body = (
        "Sehr geehrter Herr Stein,\n\n"
        "wie am Telefon vereinbart, bestätige ich Ihnen die Ratenzahlung für meine Rechnung RN 26-0855 vom "
        "30.10.2026 über 1.428,00 €:\n\n"
        "  1. Rate   476,00 €   bis 01.12.2026\n"
        "  2. Rate   476,00 €   bis 01.01.2027\n"
        "  3. Rate   476,00 €   bis 01.02.2027\n\n"
        "Bitte überweisen Sie die Raten auf IBAN " + sp(ib) + ", Verwendungszweck: RN 26-0855 Stein. Gerät "
        "eine Rate mehr als zwei Wochen in Verzug, wird der Restbetrag sofort fällig.\n\n"
        "Mit freundlichen Grüßen\nAnja Köhnen\nSteuerberaterin\n")
    add("de", "typed", "none", "kanzlei@stb-koehnen.de", "Steuerberaterin Anja Köhnen", "m.stein@gmx.net",
        "m.stein@gmx.net", "Ratenzahlung zu Rechnung RN 26-0855", d, text=body,
        why_not="An instalment arrangement for an invoice sent in October; it is no new bill.",
        note="Amounts, dates, an IBAN and a Verwendungszweck with an earlier invoice number from the billing address.")


if __name__ == "__main__":
    main()
