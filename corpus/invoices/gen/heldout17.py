"""heldout17: invoices as they leave a small business in the middle of ordinary
correspondence — who sends them (the owner from a phone, a bookkeeper "namens", a shared
mailbox, the accountant's office, a virtual assistant, an apprentice) and the thread they
sit in (replies quoting the quote, forwards to the accounts team, corrected re-sends).

Run: python3 corpus/invoices/gen/heldout17.py  (writes corpus/invoices/heldout17.jsonl)
Seed 20261217.  Every amount and date is computed here and printed from these values."""
import base64
import datetime as dt
import os
import random
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

R = random.Random(20261217)
D = dt.date
TD = dt.timedelta


# ---------------------------------------------------------------- identifiers

def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban(country):
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(R, country)
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "AT":
        return iban_of("AT", dig(16))
    if country == "CH":
        return iban_of("CH", dig(17))
    if country == "IE":
        return iban_of("IE", R.choice(["AIBK", "BOFI"]) + dig(14))
    raise ValueError(country)


def sp(i):
    return mk.iban_spaced(i)


def rf_ref(base):
    """ISO 11649 creditor reference RFkk + base."""
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, base)


def kenmerk():
    """A Dutch 16-digit betalingskenmerk with its check digit in front."""
    body = "".join(R.choice("0123456789") for _ in range(15))
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(body)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + body


def ogm():
    n = R.randint(10 ** 9, 10 ** 10 - 1)
    c = n % 97 or 97
    s = "%010d%02d" % (n, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def grp(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


# ---------------------------------------------------------------- text helpers

def q_enc(s):
    """RFC 2047 for a header word with non-ASCII, else as is."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif c.isalnum() and ch < 128:
            out.append(c)
        elif ch < 128 and c in "-.:/":
            out.append(c)
        else:
            out.append("=%02X" % ch)
    return "=?utf-8?q?%s?=" % "".join(out)


def b_enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode("utf-8")).decode()


def who(name, email, enc=q_enc):
    if not name:
        return email
    n = enc(name)
    if n == name and any(c in name for c in ",.()"):
        n = '"%s"' % name
    return "%s <%s>" % (n, email)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def eur_nl(c):
    return "€ " + mk.money(c, "nl")


def eur_de(c):
    return mk.money(c, "de") + " €"


def gbp(c):
    return "£" + mk.money(c, "en")


def chf(c):
    return "CHF " + mk.money(c, "ch")


def dm(d):
    return mk.date(d, "dmy-")


def dd(d):
    return mk.date(d, "dmy.")


def dsl(d):
    return mk.date(d, "dmy/")


def lg(d, lang):
    return mk.date(d, "long", lang)


def wd(d, lang):
    return {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}[lang][d.weekday()]


def hdr_date(d, hh=10, mm=12):
    return dt.datetime(d.year, d.month, d.day, hh, mm).strftime("%a, %d %b %Y %H:%M")


def calc(items, rate):
    """items: (desc, qty, unit_cents[, unit]) -> (rows with line totals, net, vat, total)."""
    rows = []
    net = 0
    for it in items:
        desc, qty, unit = it[0], it[1], it[2]
        line = int(round(qty * unit))
        rows.append((desc, qty, unit, line) + tuple(it[3:]))
        net += line
    vat = int(round(net * rate / 100.0))
    return rows, net, vat, net + vat


def qty_s(q, lang):
    if float(q).is_integer():
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if lang in ("nl", "de") else s


# ---------------------------------------------------------------- PDF builders

def invoice_pdf(head, debtor, title, meta, cols, rows, totals, notes, footer, style="left",
                extra_pages=()):
    """Lay out one invoice page.  head: seller lines (first bold), debtor: address lines,
    meta: (label, value) pairs, cols: 4 headers, rows: 4-tuples of strings,
    totals: (label, value, bold) triples, notes/footer: lines."""
    p = mk.Page()
    if style == "left":
        for k, s in enumerate(head):
            p.text(56, 52 + 12 * k, s, size=14 if k == 0 else 8, bold=(k == 0))
        for k, s in enumerate(debtor):
            p.text(56, 150 + 13 * k, s, size=10)
        y0 = 150
        for k, (a, b) in enumerate(meta):
            p.text(360, y0 + 13 * k, a, size=9)
            p.right(539, y0 + 13 * k, b, size=9)
        y = max(150 + 13 * len(debtor), y0 + 13 * len(meta)) + 40
        p.text(56, y, title, size=16, bold=True)
        y += 30
    elif style == "right":
        for k, s in enumerate(head):
            p.right(539, 52 + 12 * k, s, size=13 if k == 0 else 8, bold=(k == 0))
        p.text(56, 70, title, size=18, bold=True)
        for k, s in enumerate(debtor):
            p.text(56, 160 + 13 * k, s, size=10)
        y = 160 + 13 * len(debtor) + 25
        for k, (a, b) in enumerate(meta):
            p.text(56, y, a, size=9, bold=True)
            p.text(170, y, b, size=9)
            y += 13
        y += 20
    else:  # band: title top, two columns under it
        p.text(56, 60, title, size=20, bold=True)
        p.rule(56, 70, 539, 70)
        for k, s in enumerate(head):
            p.text(56, 104 + 11 * k, s, size=9, bold=(k == 0))
        for k, s in enumerate(debtor):
            p.text(300, 104 + 11 * k, s, size=9, bold=(k == 0))
        y = 104 + 11 * max(len(head), len(debtor)) + 20
        for k, (a, b) in enumerate(meta):
            p.text(56 + 120 * k, y, a, size=7)
            p.text(56 + 120 * k, y + 12, b, size=9, bold=True)
        y += 45
    xs = [56, 350, 440, 539]
    for k, c in enumerate(cols):
        if k == 0:
            p.text(xs[k], y, c, size=9, bold=True)
        else:
            p.right(xs[k], y, c, size=9, bold=True)
    p.rule(56, y + 4, 539, y + 4)
    y += 18
    for r in rows:
        p.text(56, y, r[0], size=9)
        for k in (1, 2, 3):
            if r[k]:
                p.right(xs[k], y, r[k], size=9)
        y += 14
    p.rule(330, y - 6, 539, y - 6)
    y += 8
    for a, b, bold in totals:
        p.text(330, y, a, size=10 if bold else 9, bold=bold)
        p.right(539, y, b, size=10 if bold else 9, bold=bold)
        y += 14
    y += 20
    for s in notes:
        p.text(56, y, s, size=9)
        y += 12
    for k, s in enumerate(footer):
        p.text(56, 790 + 10 * k, s, size=7)
    pages = [p]
    for lines in extra_pages:
        q = mk.Page()
        yy = 60
        for s in lines:
            if isinstance(s, tuple):
                q.text(56, yy, s[0], size=s[1], bold=s[2])
                yy += s[1] + 6
            else:
                q.text(56, yy, s, size=9)
                yy += 13
        pages.append(q)
    return pages


def doc_pdf(lines):
    """A plain one-page document (quote, timesheet, delivery note) in the Page format:
    lines are strings or (text, size, bold) or ('R', text) for a right-aligned cell on the
    previous baseline."""
    p = mk.Page()
    y = 60
    for s in lines:
        if isinstance(s, tuple) and s[0] == "R":
            p.right(539, y - 13, s[1], size=9)
            continue
        if isinstance(s, tuple) and s[0] == "RULE":
            p.rule(56, y - 8, 539, y - 8)
            continue
        if isinstance(s, tuple):
            p.text(56, y, s[0], size=s[1], bold=s[2])
            y += s[1] + 6
        else:
            p.text(56, y, s, size=9)
            y += 13
    return [p]


def mini_pdf(lines):
    """A second attachment made by another program: a small PDF 1.4 with the standard
    Helvetica font (WinAnsi), Flate-compressed content.  lines: (x, y_from_top, size, text)."""
    ops = []
    for x, y, size, text in lines:
        t = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"BT /F1 %d Tf %d %d Td (" % (size, x, 842 - y) + t + b") Tj ET")
    content = zlib.compress(b"\n".join(ops), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for k, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (k + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def add_pdf_part(eml, filename, data, first=False):
    """Put a second, ready-made PDF part into the multipart/mixed message."""
    b = eml.split('boundary="', 1)[1].split('"', 1)[0]
    b64 = base64.b64encode(data).decode()
    b64 = "\n".join(b64[k:k + 76] for k in range(0, len(b64), 76))
    part = ("--%s\nContent-Type: application/pdf; name=\"%s\"\nContent-Disposition: attachment; "
            "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n\n" % (b, filename, filename, b64))
    if first:
        marker = "--%s\n@@PDF@@\n" % b
        return eml.replace(marker, part + marker)
    marker = "--%s--\n" % b
    return eml.replace(marker, part + marker)


def lines_doc(rows, x=56, y=60, step=14):
    """(text, size) rows -> mini_pdf lines going down the page."""
    out = []
    for r in rows:
        if r is None:
            y += step
            continue
        text, size = (r, 9) if isinstance(r, str) else r
        if isinstance(r, tuple) and len(r) == 3:
            out.append((r[2], y, r[1], r[0]))
        else:
            out.append((x, y, size, text))
        y += max(step, size + 5)
    return out


RECS = []


def add(fn):
    RECS.append(fn)
    return fn


def env(frm, *to):
    return {"mail_from": frm, "rcpt_to": list(to)}


def reply_headers(dom):
    mid = "<%016x@%s>" % (R.getrandbits(64), dom)
    return ["In-Reply-To: %s" % mid, "References: %s" % mid]


# ================================================================ Dutch / Flemish invoices

@add
def nl_iphone_reply_offerte():
    ib = iban("NL")
    issue = D(2026, 11, 26)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Sloop- en afvoerwerk oude badkamer", 1, 64000),
                                ("Tegelwerk wand en vloer (m²)", 24, 7850),
                                ("Sanitair, levering en montage", 1, 395000),
                                ("Meerwerk: extra leidingwerk vloerverwarming", 1, 38500),
                                ("Meerwerk: nis in douchewand", 1, 21000)], 21)
    quote_net = 698347
    quote_tot = 845000
    pages = invoice_pdf(
        ["Koopmans Badkamers", "Industrieweg 14 · 3771 MD Barneveld", "06 41 87 22 90 · ruud@koopmansbadkamers.nl",
         "KvK 71844120 · btw NL002318874B61"],
        ["Marieke Hoogeveen", "Lijsterbeslaan 9", "3772 GK Barneveld"],
        "FACTUUR",
        [("Factuurnummer", "F2026-112"), ("Factuurdatum", dm(issue)), ("Vervaldatum", dm(due)), ("Offerte", "OF-2026-041")],
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), mk.money(r[2], "nl"), mk.money(r[3], "nl")) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Graag binnen 14 dagen overmaken op %s t.n.v. Koopmans Badkamers," % sp(ib),
         "o.v.v. het factuurnummer."],
        ["Koopmans Badkamers · KvK 71844120 · IBAN %s · BIC RABONL2U" % sp(ib)])
    quoted = ("Beste Marieke,\n\nZoals beloofd de offerte voor de badkamer. Sloop, tegelwerk en sanitair\n"
              "komen samen op %s excl. btw, %s inclusief 21%% btw.\nWe kunnen in week 45 beginnen.\n\n"
              "Groet,\nRuud Koopmans" % (eur_nl(quote_net), eur_nl(quote_tot)))
    cust = ("Hoi Ruud,\n\nDe badkamer is echt prachtig geworden, dank je wel! Wil je de factuur sturen?\n"
            "Dan maken we het deze week over.\n\nGroetjes,\nMarieke\n\n"
            "Op 2 okt. 2026 om 16:02 heeft Ruud Koopmans <ruud@koopmansbadkamers.nl> het volgende geschreven:\n\n" + gt(quoted))
    body = ("Hoi Marieke,\n\nHierbij de factuur zoals besproken. Het meerwerk (leidingen vloerverwarming en\n"
            "de nis) staat er apart op, daar zit het verschil met de offerte in.\n\n"
            "Fijn dat jullie er blij mee zijn!\n\nGr Ruud\n\nVerstuurd vanaf mijn iPhone\n\n"
            "> Op 24 nov. 2026 om 21:14 heeft Marieke Hoogeveen <m.hoogeveen@ziggo.nl> het volgende geschreven:\n>\n"
            + gt(cust))
    eml = mk.mail(R, "ruud@koopmansbadkamers.nl", "Ruud Koopmans", who("Marieke Hoogeveen", "m.hoogeveen@ziggo.nl"),
                  "Re: Offerte badkamer", issue, body_text=body, pdf=True,
                  extra_headers=reply_headers("ziggo.nl"))
    return mk.record(None, "iphone-reply", "nl", "pdf", env("ruud@koopmansbadkamers.nl", "m.hoogeveen@ziggo.nl"), eml,
                     pages, "Factuur F2026-112.pdf",
                     mk.expected("F2026-112", tot, tot, issue, due, "Marieke Hoogeveen", "m.hoogeveen@ziggo.nl", ib, False, "nl"),
                     note="Reply from the owner's iPhone above the customer's mail and the quoted quote (%s incl.); the invoice total is %s with the extra work." % (eur_nl(quote_tot), eur_nl(tot)))


@add
def nl_bookkeeper_namens_av():
    ib = iban("NL")
    issue = D(2026, 11, 30)
    due = issue + TD(30)
    ken = kenmerk()
    rows, net, vat, tot = calc([("Maandelijks onderhoud binnentuin, november (4 bezoeken)", 4, 14500),
                                ("Snoeiwerk leilindes", 1, 32000),
                                ("Afvoer groenafval (m³)", 3, 4250)], 21)
    pages = invoice_pdf(
        ["Hoveniersbedrijf Erik Brouwer", "Kwekerijweg 3", "2381 NK Zoeterwoude", "KvK 24418733 · btw-id NL001944281B18"],
        ["VvE Residentie Zijlhof", "t.a.v. de penningmeester", "Zijlsingel 40", "2315 KL Leiden"],
        "Factuur",
        [("Factuurnr.", "2026-0188"), ("Datum", lg(issue, "nl")), ("Klantnr.", "1042")],
        ["Werkzaamheden", "Aantal", "Tarief", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), mk.money(r[2], "nl"), mk.money(r[3], "nl")) for r in rows],
        [("Totaal excl. btw", eur_nl(net), False), ("21% btw", eur_nl(vat), False), ("Te betalen", eur_nl(tot), True)],
        ["Wij verzoeken u het bedrag binnen 30 dagen over te maken op rekening %s" % sp(ib),
         "onder vermelding van betalingskenmerk %s." % grp(ken),
         "Op al onze werkzaamheden zijn onze algemene voorwaarden van toepassing (bijgevoegd)."],
        ["Hoveniersbedrijf Erik Brouwer · Kwekerijweg 3 · Zoeterwoude · IBAN %s" % sp(ib)])
    av = mini_pdf(lines_doc([("Algemene voorwaarden Hoveniersbedrijf Erik Brouwer", 12), None,
                             "Artikel 1 - Toepasselijkheid", "Deze voorwaarden gelden voor alle offertes en opdrachten.",
                             None, "Artikel 7 - Betaling",
                             "7.1 Betaling dient te geschieden binnen 14 dagen na factuurdatum, tenzij anders",
                             "overeengekomen. 7.2 Bij overschrijding is de opdrachtgever de wettelijke rente",
                             "verschuldigd. 7.3 Incassokosten bedragen minimaal EUR 40,00.",
                             None, "Artikel 9 - Klachten", "Klachten binnen 8 dagen na uitvoering schriftelijk melden.",
                             None, "Gedeponeerd bij de KvK onder nummer 24418733."]))
    body = ("Geachte heer, mevrouw,\n\nNamens Erik Brouwer stuur ik u hierbij de factuur voor het onderhoud van de\n"
            "binnentuin in november. Onze algemene voorwaarden zijn ter informatie ook bijgevoegd.\n\n"
            "Met vriendelijke groet,\n\nIneke Vos\nadministratie (di en do)\nHoveniersbedrijf Erik Brouwer\n"
            "071 - 589 44 12\n\nDenk aan het milieu voordat u deze e-mail print.")
    eml = mk.mail(R, "administratie@hovenier-brouwer.nl", "Hoveniersbedrijf Erik Brouwer",
                  who("VvE Residentie Zijlhof", "penningmeester@vve-zijlhof.nl"),
                  "Factuur 2026-0188 onderhoud november", D(2026, 12, 1), body_text=body, pdf=True)
    eml = add_pdf_part(eml, "Algemene voorwaarden.pdf", av)
    return mk.record(None, "bookkeeper-namens", "nl", "pdf", env("administratie@hovenier-brouwer.nl", "penningmeester@vve-zijlhof.nl"),
                     eml, pages, "Factuur 2026-0188.pdf",
                     mk.expected("2026-0188", tot, tot, issue, due, "VvE Residentie Zijlhof", "penningmeester@vve-zijlhof.nl", ib,
                                 True, "nl", reference=ken),
                     note="Part-time bookkeeper writes 'namens' the owner; a second PDF with the general terms says 14 days, the invoice says 30.")


@add
def nl_painter_body_hurry():
    ib = iban("NL")
    issue = D(2026, 12, 3)
    due = issue + TD(14)
    body = ("Hoi Sanne,\n\nzoals beloofd de factuur vd kozijnen achterkant\n\n"
            "factuurnr: 26-031\nfactuurdatum: %s\naan: Sanne de Wit, Kerkstraat 88 Woerden\n"
            "werk: schilderen 3 kozijnen + deur achterzijde, incl. verf\n"
            "bedrag: € 485,-\n(geen btw, KOR)\n\n"
            "graag binnen 14 dgn op NL%s\ntnv J. Mulder Schilderwerken\n\n"
            "groet Joost\n\nVerstuurd vanaf mijn Galaxy" % (dm(issue), sp(ib)[2:]))
    eml = mk.mail(R, "joost.mulder.schilder@gmail.com", "Joost Mulder", who("Sanne de Wit", "sannedewit@hotmail.com"),
                  "factuur schilderwerk", issue, body_text=body)
    return mk.record(None, "typed-phone", "nl", "body-text", env("joost.mulder.schilder@gmail.com", "sannedewit@hotmail.com"),
                     eml, expected=mk.expected("26-031", 48500, 48500, issue, due, "Sanne de Wit", "sannedewit@hotmail.com",
                                              ib, False, "nl"),
                     note="Typed on a phone in a hurry: 'bedrag: € 485,-', 'vd', 'dgn'; the IBAN is printed as 'NL' + spaced rest.")


@add
def nl_fwd_accounts_team():
    ib = iban("NL")
    issue = D(2026, 11, 23)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Ontwikkeling koppeling webshop - voorraadsysteem (uur)", 26.5, 9500),
                                ("Hosting en monitoring november", 1, 4900)], 21)
    pages = invoice_pdf(
        ["Bitwerf", "Tom Schouten · freelance developer", "Oudegracht 201 · 3511 NH Utrecht",
         "KvK 80931177 · btw NL003529911B04", "IBAN %s" % sp(ib)],
        ["Stoffenhuis Meijer B.V.", "t.a.v. Lotte Meijer", "Lange Elisabethstraat 12", "3511 JH Utrecht"],
        "Factuur 2026-118",
        [("Datum", dm(issue)), ("Vervalt op", dm(due)), ("Project", "Koppeling voorraad")],
        ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal te voldoen", eur_nl(tot), True)],
        ["Betaling binnen 30 dagen op %s o.v.v. 2026-118." % sp(ib)],
        ["Bitwerf · KvK 80931177"], style="right")
    body = ("Beste collega's van de crediteurenadministratie,\n\nLotte vroeg mij de factuur van vorige week rechtstreeks naar jullie door te\n"
            "sturen, zodat hij in jullie systeem komt. Zie hieronder en de bijlage.\n\n"
            "Met vriendelijke groet,\nTom Schouten\nBitwerf | 06 18 27 36 45 | bitwerf.nl\n\n"
            "---------- Doorgestuurd bericht ---------\nVan: Tom Schouten <tom@bitwerf.nl>\n"
            "Date: ma 23 nov. 2026 om 11:40\nSubject: Factuur 2026-118\nTo: Lotte Meijer <lotte@stoffenhuismeijer.nl>\n\n"
            "Hoi Lotte,\n\nIn de bijlage de factuur voor de koppeling en de hosting van november.\n\nGroet,\nTom\n")
    eml = mk.mail(R, "tom@bitwerf.nl", "Tom Schouten", "crediteuren@stoffenhuismeijer.nl",
                  "Fwd: Factuur 2026-118", D(2026, 11, 30), body_text=body, pdf=True,
                  extra_headers=["Cc: Lotte Meijer <lotte@stoffenhuismeijer.nl>"])
    return mk.record(None, "forward-accounts", "nl", "pdf",
                     env("tom@bitwerf.nl", "crediteuren@stoffenhuismeijer.nl", "lotte@stoffenhuismeijer.nl"), eml, pages,
                     "Factuur_2026-118.pdf",
                     mk.expected("2026-118", tot, tot, issue, due, "Stoffenhuis Meijer B.V.", "crediteuren@stoffenhuismeijer.nl",
                                 ib, True, "nl"),
                     note="The owner forwards his own invoice, a week later, to the customer's accounts team (Cc the contact); debtor email is the address it now goes to.")


@add
def nl_resent_corrected_address():
    ib = iban("NL")
    issue = D(2026, 11, 19)
    due = issue + TD(21)
    rows, net, vat, tot = calc([("Vertaling NL-EN jaarverslag 2025 (woorden)", 8400, 14),
                                ("Eindredactie (uur)", 3, 6500)], 21)
    pages = invoice_pdf(
        ["Vertaalbureau Lingua Brug", "Stationsplein 5", "8011 CW Zwolle", "KvK 61188324 · btw NL854102337B01"],
        ["Stichting Wijkzorg IJsselland", "Afdeling Financiën", "Postbus 1207", "8001 BE Zwolle"],
        "FACTUUR",
        [("Nummer", "LB-26-0214"), ("Datum", dm(issue)), ("Uw kenmerk", "Jaarverslag 2025"), ("Betaaltermijn", "21 dagen")],
        ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Netto", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Wij verzoeken u vriendelijk het totaalbedrag binnen 21 dagen over te maken op",
         "%s ten name van Lingua Brug, onder vermelding van het factuurnummer." % sp(ib)],
        ["Lingua Brug · Stationsplein 5 · Zwolle · info@linguabrug.nl"])
    body = ("Geachte heer Bosman,\n\nExcuses voor het ongemak. Hierbij opnieuw factuur LB-26-0214, nu met het juiste\n"
            "factuuradres (Postbus 1207, t.a.v. Afdeling Financiën). Bedrag en datum zijn ongewijzigd.\n"
            "De eerder verstuurde versie kunt u als vervallen beschouwen.\n\n"
            "Met vriendelijke groet,\n\nAnouk Jansen\nprojectcoördinator\nLingua Brug | 038 - 421 09 87\n\n"
            "-----Oorspronkelijk bericht-----\nVan: H. Bosman <h.bosman@wijkzorg-ijsselland.nl>\n"
            "Verzonden: dinsdag 24 november 2026 09:12\nAan: info@linguabrug.nl\nOnderwerp: factuur LB-26-0214\n\n"
            "Goedemorgen,\n\nUw factuur is gericht aan ons bezoekadres (Burgemeester van Roijensingel 20). Facturen\n"
            "moeten naar Postbus 1207, 8001 BE Zwolle, t.a.v. Afdeling Financiën, anders kunnen wij ze\n"
            "niet verwerken. Wilt u een aangepaste factuur sturen?\n\nMet vriendelijke groet,\nHenk Bosman\nAfdeling Financiën\n")
    eml = mk.mail(R, "info@linguabrug.nl", "Lingua Brug", who("H. Bosman", "h.bosman@wijkzorg-ijsselland.nl"),
                  "RE: factuur LB-26-0214", D(2026, 11, 24), body_text=body, pdf=True,
                  extra_headers=reply_headers("wijkzorg-ijsselland.nl"))
    return mk.record(None, "corrected-resend", "nl", "pdf", env("info@linguabrug.nl", "h.bosman@wijkzorg-ijsselland.nl"), eml,
                     pages, "Factuur LB-26-0214 (gecorrigeerd).pdf",
                     mk.expected("LB-26-0214", tot, tot, issue, due, "Stichting Wijkzorg IJsselland",
                                 "h.bosman@wijkzorg-ijsselland.nl", ib, True, "nl"),
                     note="Re-sent with the corrected billing address, same number and date; the quoted request carries the old visiting address.")


@add
def be_joinery_ogm_reply():
    ib = iban("BE")
    ref = ogm()
    issue = D(2026, 11, 27)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("PVC-ramen 3-dubbel glas, levering", 4, 68500),
                                ("Plaatsing en afwerking binnenzijde", 1, 96000),
                                ("Afvoer oude ramen", 1, 12000)], 6)
    pages = invoice_pdf(
        ["Schrijnwerkerij De Smet bv", "Molenstraat 77 · 9300 Aalst", "BTW BE 0712.448.193 · RPR Gent, afd. Dendermonde",
         "tel. 053 21 48 90"],
        ["Dhr. Pieter Van Acker", "Kouterlaan 15", "9320 Erembodegem"],
        "Factuur",
        [("Factuurnr.", "2026/0341"), ("Factuurdatum", dsl(issue)), ("Vervaldag", dsl(due)), ("Klant", "K-2208")],
        ["Omschrijving", "Aantal", "E.P.", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Maatstaf van heffing", eur_nl(net), False), ("BTW 6%", eur_nl(vat), False), ("Te betalen", eur_nl(tot), True)],
        ["Btw-tarief 6%: renovatie privéwoning ouder dan 10 jaar (attest klant ontvangen).",
         "Gelieve te betalen vóór %s op %s (BIC GEBABEBB)" % (dsl(due), sp(ib)),
         "met gestructureerde mededeling %s." % ref],
        ["De Smet bv · Molenstraat 77 · 9300 Aalst · info@desmet-schrijnwerk.be"])
    body = ("Beste meneer Van Acker,\n\nIn bijlage vindt u de factuur voor de plaatsing van de ramen. Wij hopen dat alles\n"
            "naar wens is. Het plaatsingsattest voor de premie stuurt Koen u nog apart.\n\n"
            "Met vriendelijke groeten,\n\nEls Verhaegen\nboekhouding\nSchrijnwerkerij De Smet bv\n\n"
            "Van: Pieter Van Acker <pieter.vanacker@telenet.be>\nVerzonden: maandag 16 november 2026 19:47\n"
            "Aan: info@desmet-schrijnwerk.be\nOnderwerp: plaatsing ramen\n\n"
            "Goeienavond,\n\nIs de plaatsing nog steeds gepland op donderdag 26 november? En mag de container\n"
            "op de oprit staan? Dan zet ik de auto op straat.\n\nMvg,\nPieter Van Acker\n")
    eml = mk.mail(R, "info@desmet-schrijnwerk.be", "Schrijnwerkerij De Smet", who("Pieter Van Acker", "pieter.vanacker@telenet.be"),
                  "Antw: plaatsing ramen", D(2026, 11, 30), body_text=body, pdf=True,
                  extra_headers=reply_headers("telenet.be"))
    return mk.record(None, "bookkeeper-reply", "nl", "pdf", env("info@desmet-schrijnwerk.be", "pieter.vanacker@telenet.be"), eml,
                     pages, "factuur_2026-0341.pdf",
                     mk.expected("2026/0341", tot, tot, issue, due, "Pieter Van Acker", "pieter.vanacker@telenet.be", ib, False,
                                 "nl", reference=ref),
                     note="Flemish bookkeeper answers the customer's old thread ('Antw:'); quoted mail has its own date (placement 26 November).")


@add
def be_accountant_for_bakery_pricelist():
    ib = iban("BE")
    issue = D(2026, 11, 30)
    # 30 dagen einde maand (README): issue + 30 days, then to the end of that month
    t = issue + TD(30)
    due = D(t.year, t.month, 31) if t.month == 12 else (D(t.year, t.month + 1, 1) - TD(1))
    rows, net, vat, tot = calc([("Belegde broodjes assortiment (stuks)", 420, 285),
                                ("Koffiekoeken mini (stuks)", 300, 95),
                                ("Levering Mechelen-centrum (ritten)", 8, 1500)], 6)
    pages = invoice_pdf(
        ["Bakkerij Van den Broeck", "Bruul 31 · 2800 Mechelen", "BTW BE 0655.218.407"],
        ["Catering Lier & Co bv", "Boekhoudafdeling", "Antwerpsestraat 140", "2500 Lier"],
        "FACTUUR",
        [("Nummer", "VB-2026-112"), ("Datum", dsl(issue)), ("Periode", "november 2026"),
         ("Betaling", "30 dagen einde maand")],
        ["Artikel", "Aantal", "Eenheidsprijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Totaal excl. btw", eur_nl(net), False), ("Btw 6%", eur_nl(vat), False), ("Totaal incl. btw", eur_nl(tot), True)],
        ["Te betalen op rekening %s — vermeld a.u.b. het factuurnummer." % sp(ib)],
        ["Bakkerij Van den Broeck · Bruul 31 · Mechelen"],
        extra_pages=[[("Prijslijst 2027 — Bakkerij Van den Broeck", 13, True), "",
                      "Geldig vanaf 1 januari 2027, prijzen excl. 6% btw", "",
                      "Belegd broodje klassiek .......... € 2,95", "Belegd broodje luxe .............. € 3,60",
                      "Koffiekoek mini .................... € 0,99", "Sandwich (per 10) ................. € 8,50",
                      "Levering per rit ................... € 16,00", "",
                      "Bestellingen voor 15 u. de dag voordien."]])
    body = ("Geachte,\n\nIn opdracht van onze cliënt Bakkerij Van den Broeck bezorgen wij u hierbij de factuur\n"
            "voor de leveringen van november. Op de tweede pagina vindt u de prijslijst die vanaf\n"
            "1 januari 2027 geldt.\n\nVragen over de leveringen kan u rechtstreeks aan de bakkerij stellen\n"
            "(015 20 33 18); vragen over de factuur aan ons.\n\n"
            "Met vriendelijke groeten,\n\nSofie Claes\nAccountantskantoor Claes & Peeters\nBTW BE 0478.902.115 | ITAA 10.344.522\n\n"
            "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n"
            "This message is confidential and intended solely for the addressee.\n\n"
            "De : Bakkerij Van den Broeck <bakkerij.vandenbroeck@skynet.be>\nEnvoyé : lundi 30 novembre 2026 17:12\n"
            "À : facturatie@claes-peeters.be\nObjet : factuur Catering Lier november\n\n"
            "Dag Sofie, kan je de factuur voor Catering Lier opmaken en doorsturen? Leveringslijst zit in de map.\n"
            "En de nieuwe prijslijst mag erbij. Merci!\nGreet")
    eml = mk.mail(R, "facturatie@claes-peeters.be", "Claes & Peeters Accountants", who("Catering Lier & Co", "boekhouding@cateringlier.be"),
                  "TR: factuur Catering Lier november", D(2026, 12, 2), body_text=body, pdf=True)
    return mk.record(None, "accountant-for-client", "nl", "pdf", env("facturatie@claes-peeters.be", "boekhouding@cateringlier.be"), eml,
                     pages, "VB-2026-112.pdf",
                     mk.expected("VB-2026-112", tot, tot, issue, due, "Catering Lier & Co bv", "boekhouding@cateringlier.be", ib, True, "nl"),
                     note="The accountant's office forwards ('TR:', French-language Outlook header) its client's request with the invoice (seller and IBAN the bakery's); page 2 is a 2027 price list; '30 dagen einde maand' per README.")


@add
def nl_bikeshop_html_body():
    ib = iban("NL")
    issue = D(2026, 11, 28)
    due = issue + TD(8)
    rows, net, vat, tot = calc([("Onderhoudsbeurt groot (e-bike)", 1, 8900),
                                ("Kettingset Shimano + cassette", 1, 6450),
                                ("Remblokken voor en achter", 2, 1895)], 21)
    trs = "".join('<tr><td>%s</td><td align="right">%s</td><td align="right">&euro; %s</td></tr>\n'
                  % (r[0], qty_s(r[1], "nl"), mk.money(r[3], "nl")) for r in rows)
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n<p>Beste meneer Dijkstra,</p>\n"
            "<p>U heeft de fiets zaterdag opgehaald maar de pinautomaat deed het niet, dus hierbij de factuur per mail.</p>\n"
            "<p><b>Factuur 11-2026-087</b><br>Datum: %s<br>Klant: R. Dijkstra, Prinsengracht 41, Leeuwarden</p>\n"
            "<table cellpadding=\"3\" border=\"0\">\n<tr><th align=\"left\">Omschrijving</th><th>Aantal</th><th>Bedrag</th></tr>\n%s"
            "<tr><td>Subtotaal excl. btw</td><td></td><td align=\"right\">&euro; %s</td></tr>\n"
            "<tr><td>Btw 21%%</td><td></td><td align=\"right\">&euro; %s</td></tr>\n"
            "<tr><td><b>Totaal</b></td><td></td><td align=\"right\"><b>&euro; %s</b></td></tr>\n</table>\n"
            "<p>Graag binnen 8 dagen overmaken naar %s t.n.v. Tweewielers Wiersma.</p>\n"
            "<p>Met vriendelijke groet,<br>Geert Wiersma<br>Tweewielers Wiersma &middot; Tuinen 8 &middot; Leeuwarden"
            "<br>058 213 77 40 &middot; KvK 01098342</p>\n"
            "<p style=\"color:#888;font-size:11px\">Volg ons op Instagram: @tweewielerswiersma | Facebook.com/tweewielerswiersma</p>\n"
            "</body></html>") % (dm(issue), trs, mk.money(net, "nl"), mk.money(vat, "nl"), mk.money(tot, "nl"), sp(ib))
    eml = mk.mail(R, "info@tweewielerswiersma.nl", "Tweewielers Wiersma", who("R. Dijkstra", "rdijkstra58@kpnmail.nl"),
                  "Factuur onderhoud e-bike", D(2026, 11, 30), body_html=html)
    return mk.record(None, "webmail-html", "nl", "body-html", env("info@tweewielerswiersma.nl", "rdijkstra58@kpnmail.nl"), eml,
                     expected=mk.expected("11-2026-087", tot, tot, issue, due, "R. Dijkstra", "rdijkstra58@kpnmail.nl", ib, False, "nl"),
                     note="Shared info@ mailbox, HTML-only body with the invoice as a table; sent two days after the invoice date.")


@add
def nl_va_coach_rf():
    ib = iban("NL")
    issue = D(2026, 12, 1)
    due = issue + TD(14)
    ref = rf_ref("2026041")
    rows, net, vat, tot = calc([("Coachingtraject 'Weer in balans' (6 sessies)", 1, 74500),
                                ("Intake en verslaglegging", 1, 9500)], 21)
    pages = invoice_pdf(
        ["Marloes Kuipers Coaching", "Vijverlaan 2 · 6881 BA Velp", "KvK 77302154 · BTW NL004011267B59"],
        ["Esther van Dam", "Rozendaalselaan 118", "6881 LE Velp"],
        "Factuur",
        [("Factuurnummer", "MK2026-041"), ("Factuurdatum", lg(issue, "nl")), ("Uiterste betaaldatum", lg(due, "nl"))],
        ["Omschrijving", "", "", "Bedrag"],
        [(r[0], "", "", eur_nl(r[3])) for r in rows],
        [("Totaal exclusief btw", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Betaal a.u.b. uiterlijk %s op %s t.n.v. M. Kuipers" % (lg(due, "nl"), sp(ib)),
         "met betalingskenmerk %s." % grp(ref)],
        ["marloeskuiperscoaching.nl · hallo@marloeskuiperscoaching.nl"], style="band")
    body = ("Hoi Esther,\n\nNamens Marloes stuur ik je de factuur voor het coachingtraject dat jullie vorige week\n"
            "hebben afgerond. Marloes vroeg me je ook te laten weten dat ze het fijn vond om met je te werken!\n\n"
            "Mocht je de factuur liever via je werkgever laten lopen, laat het me weten, dan pas ik de\n"
            "tenaamstelling aan.\n\nHartelijke groet,\n\nJasmijn\nVirtueel assistent van Marloes Kuipers Coaching\n"
            "(ik werk op ma, wo en vr)\n\nwww.marloeskuiperscoaching.nl | LinkedIn | Instagram")
    eml = mk.mail(R, "hallo@marloeskuiperscoaching.nl", "Jasmijn | Marloes Kuipers Coaching",
                  who("Esther van Dam", "esthervandam@gmail.com"), "Factuur coachingtraject", issue, body_text=body, pdf=True)
    return mk.record(None, "virtual-assistant", "nl", "pdf", env("hallo@marloeskuiperscoaching.nl", "esthervandam@gmail.com"), eml,
                     pages, "Factuur MK2026-041.pdf",
                     mk.expected("MK2026-041", tot, tot, issue, due, "Esther van Dam", "esthervandam@gmail.com", ib, False, "nl",
                                 reference=ref),
                     note="A virtual assistant writes for the coach; RF reference printed in groups.")


@add
def nl_apprentice_installer_werkbon():
    ib = iban("NL")
    issue = D(2026, 11, 25)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Arbeid monteur (uur)", 5.5, 6250),
                                ("Arbeid leerling-monteur (uur)", 5.5, 3800),
                                ("Vervangen boiler keuken 30 l, incl. materiaal", 1, 61800),
                                ("Voorrijkosten", 1, 3500)], 21)
    pages = invoice_pdf(
        ["Installatiebedrijf Hendriks", "Gasthuisstraat 19 · 5211 NP 's-Hertogenbosch", "073 - 612 45 80 · KvK 17066428",
         "btw NL001278893B02"],
        ["Restaurant De Gulden Leeuw", "t.a.v. dhr. B. Arts", "Markt 4", "5211 JV 's-Hertogenbosch"],
        "FACTUUR",
        [("Factuurnummer", "20261493"), ("Factuurdatum", dm(issue)), ("Werkbon", "WB-8812"), ("Vervaldatum", dm(due))],
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), mk.money(r[2], "nl"), mk.money(r[3], "nl")) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("BTW 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Betalingstermijn 30 dagen. IBAN %s t.n.v. Installatiebedrijf Hendriks." % sp(ib)],
        ["Installatiebedrijf Hendriks · Lid Techniek Nederland"])
    wb = mini_pdf(lines_doc([("WERKBON WB-8812", 14), None, "Klant: Restaurant De Gulden Leeuw, Markt 4",
                             "Datum uitvoering: 20-11-2026", "Monteur: H. Hendriks / leerling: D. Bakker", None,
                             "Werkzaamheden: boiler keuken vervangen, aansluiting gecontroleerd", None,
                             "Uren: 07:30 - 13:00 (5,5 uur) x 2 personen",
                             "Materiaal: boiler 30 l, 2 knelkoppelingen, inlaatcombinatie", None,
                             "Handtekening klant voor akkoord: B. Arts"]))
    body = ("Goedemiddag meneer Arts,\n\nIk ben Daan, leerling-monteur bij Hendriks. Henk vroeg mij de factuur van de\n"
            "nieuwe boiler naar u te sturen, met de getekende werkbon erbij.\n\n"
            "Met vriendelijke groet,\nDaan Bakker\nInstallatiebedrijf Hendriks\n073 - 612 45 80")
    eml = mk.mail(R, "info@hendriks-installatie.nl", "Installatiebedrijf Hendriks", who("B. Arts", "bart@degulden-leeuw.nl"),
                  "factuur boiler", D(2026, 11, 26), body_text=body, pdf=True)
    eml = add_pdf_part(eml, "werkbon WB-8812.pdf", wb)
    return mk.record(None, "apprentice", "nl", "pdf", env("info@hendriks-installatie.nl", "bart@degulden-leeuw.nl"), eml,
                     pages, "factuur 20261493.pdf",
                     mk.expected("20261493", tot, tot, issue, due, "Restaurant De Gulden Leeuw", "bart@degulden-leeuw.nl", ib, True, "nl"),
                     note="An apprentice sends it; the second PDF is the signed work order with its own number and date.")


@add
def nl_partner_architect_phase1():
    ib = iban("NL")
    issue = D(2026, 11, 20)
    due = issue + TD(30)
    f1 = 420000
    rows, net, vat, tot = calc([("Fase 1: schetsontwerp en voorlopig ontwerp (offerte)", 1, f1),
                                ("Extra variant indeling begane grond (uur)", 6, 9500)], 21)
    pages = invoice_pdf(
        ["Studio Ruimte & Licht", "architecten · Femke Loos en Bas de Wilde", "Havenkade 6 · 1781 AA Den Helder",
         "KvK 83022671 · btw NL862941553B01"],
        ["Familie Boersma", "Duinweg 31", "1787 PL Julianadorp"],
        "Factuur 26-0047",
        [("Factuurdatum", dm(issue)), ("Project", "Woning Duinweg"), ("Termijn", "30 dagen")],
        ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Honorarium excl. btw", eur_nl(net), False), ("21% btw", eur_nl(vat), False), ("Te voldoen", eur_nl(tot), True)],
        ["Wij verzoeken u vriendelijk het bedrag binnen 30 dagen over te maken op %s" % sp(ib),
         "t.n.v. Studio Ruimte & Licht, o.v.v. 26-0047."],
        ["Studio Ruimte & Licht · Havenkade 6 · Den Helder"], style="right")
    offer = ("Beste Jeroen en Marit,\n\nHierbij onze offerte voor het ontwerp van jullie woning.\n\n"
             "Fase 1 schetsontwerp + VO: %s\nFase 2 definitief ontwerp + vergunning: %s\nFase 3 bestek en begeleiding: %s\n"
             "Totaal honorarium: %s excl. btw\n\nWe factureren per afgeronde fase.\n\nHartelijke groet,\nFemke Loos"
             % (eur_nl(f1), eur_nl(385000), eur_nl(245000), eur_nl(f1 + 385000 + 245000)))
    body = ("Beste Jeroen en Marit,\n\nFemke is deze week op vakantie, dus ik neem het even over. Het voorlopig ontwerp is\n"
            "afgerond, dus hierbij de factuur voor fase 1, plus de extra variant voor de begane grond\n"
            "waar jullie om vroegen. Zoals gebruikelijk binnen 30 dagen.\n\n"
            "Fase 2 plannen we na jullie akkoord op het VO.\n\nGroet,\nBas de Wilde\nStudio Ruimte & Licht\n06 29 48 11 70\n\n"
            "Op di 8 sep 2026 om 10:22 schreef Femke Loos <femke@ruimte-licht.nl>:\n" + gt(offer))
    eml = mk.mail(R, "bas@ruimte-licht.nl", "Bas de Wilde", who("Jeroen Boersma", "jeroen.boersma@xs4all.nl"),
                  "Re: offerte ontwerp woning Duinweg", D(2026, 11, 20), body_text=body, pdf=True,
                  extra_headers=["Cc: Femke Loos <femke@ruimte-licht.nl>"] + reply_headers("ruimte-licht.nl"))
    return mk.record(None, "partner-reply", "nl", "pdf", env("bas@ruimte-licht.nl", "jeroen.boersma@xs4all.nl", "femke@ruimte-licht.nl"),
                     eml, pages, "Factuur 26-0047.pdf",
                     mk.expected("26-0047", tot, tot, issue, due, "Familie Boersma", "jeroen.boersma@xs4all.nl", ib, False, "nl"),
                     note="The other partner of a two-person firm replies to the quote thread; the quoted quote lists three phases and a larger total.")


@add
def nl_appointment_then_invoice():
    ib = iban("NL")
    issue = D(2026, 11, 27)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Reparatie dakgoot voorzijde (uur)", 3, 5200),
                                ("Zinken hoekstuk", 1, 4750),
                                ("Hoogwerker halve dag", 1, 11500)], 21)
    pages = invoice_pdf(
        ["Dakwerken Postma", "Zuiderweg 88 · 9744 AP Groningen", "KvK 02088791 · btw NL001623400B73", "050 - 526 81 19"],
        ["W. Huisman", "Verlengde Hereweg 170", "9722 AM Groningen"],
        "Factuur",
        [("Nummer", "DP-2026-219"), ("Datum", dm(issue)), ("Te betalen voor", dm(due))],
        ["Omschrijving", "Aantal", "Prijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), mk.money(r[2], "nl"), mk.money(r[3], "nl")) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("BTW 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Gaarne overmaken op %s o.v.v. DP-2026-219." % sp(ib)],
        ["Dakwerken Postma · Zuiderweg 88 · Groningen"])
    cust = ("Hallo,\n\nWanneer kunnen jullie de kozijnen aan de achterkant komen opmeten? Ik ben\n"
            "de komende weken alleen 's ochtends thuis.\n\nGroet,\nWillem Huisman")
    body = ("Op vr 27 nov. 2026 om 08:03 schreef W. Huisman <w.huisman@planet.nl>:\n" + gt(cust) +
            "\n\nGoedemorgen meneer Huisman,\n\nDat kan op dinsdag 15 december om 9:00 uur, Jelle komt dan opmeten. Duurt\n"
            "ongeveer een half uur.\n\nIn de bijlage alvast de factuur van de goot die we vorige week hebben gemaakt.\n\n"
            "Met vriendelijke groet,\nAnja Postma\nDakwerken Postma")
    eml = mk.mail(R, "anja@dakwerkenpostma.nl", "Anja Postma", who("W. Huisman", "w.huisman@planet.nl"),
                  "Re: kozijnen opmeten", D(2026, 11, 27), body_text=body, pdf=True,
                  extra_headers=reply_headers("planet.nl"))
    return mk.record(None, "bottom-post-answer", "nl", "pdf", env("anja@dakwerkenpostma.nl", "w.huisman@planet.nl"), eml,
                     pages, "DP-2026-219.pdf",
                     mk.expected("DP-2026-219", tot, tot, issue, due, "W. Huisman", "w.huisman@planet.nl", ib, False, "nl"),
                     note="Bottom-posted: first an appointment (15 December, 9:00), then 'in de bijlage de factuur' for other work.")


@add
def nl_it_support_disclaimer_rf():
    ib = iban("NL")
    issue = D(2026, 12, 1)
    due = issue + TD(14)
    ref = rf_ref("K330412")
    rows, net, vat, tot = calc([("Beheercontract werkplekken december (werkplek)", 7, 3900),
                                ("Microsoft 365 Business Standard (licentie)", 7, 1180),
                                ("Migratie NAS naar SharePoint (uur)", 4.5, 8500)], 21)
    pages = invoice_pdf(
        ["NetZorg ICT", "De Run 4410 · 5503 LN Veldhoven", "KvK 58120934 · BTW NL852677019B01"],
        ["Mr. Kuijpers & Van Hal Advocaten", "Postbus 302", "5500 AH Veldhoven"],
        "Factuur",
        [("Factuurnummer", "NZ-26-1207"), ("Factuurdatum", dm(issue)), ("Vervaldatum", dm(due)), ("Debiteurnr.", "K3304")],
        ["Omschrijving", "Aantal", "Stuksprijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("BTW 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Betaling binnen 14 dagen op %s onder vermelding van %s." % (sp(ib), ref)],
        ["NetZorg ICT · support@netzorg.nl · 040 - 744 10 20"], style="band")
    body = ("Beste Ilse,\n\nBijgaand de factuur voor december. De migratie van de NAS is afgerond; de oude schijf\n"
            "halen we volgende week op.\n\nMet vriendelijke groet / Kind regards,\n\nRick Hoeksema\nEigenaar\n"
            "NetZorg ICT | De Run 4410 | 5503 LN Veldhoven\nT 040 - 744 10 20 | M 06 12 90 33 81\nKvK 58120934 | BTW NL852677019B01\n\n"
            "[NetZorg ICT — IT zonder zorgen]\n\n"
            "De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik\n"
            "door derden is niet toegestaan. Heeft u dit bericht per vergissing ontvangen, verwijder het dan.\n"
            "The information in this e-mail is confidential and intended solely for the addressee. If you have\n"
            "received it by mistake, please delete it.\n\nDenk aan het milieu. Print deze e-mail alleen als het echt nodig is.")
    eml = mk.mail(R, "rick@netzorg.nl", "Rick Hoeksema | NetZorg ICT", who("Ilse van Hal", "ivanhal@kuijpersvanhal.nl"),
                  "Factuur NZ-26-1207", issue, body_text=body, pdf=True)
    return mk.record(None, "owner-signature", "nl", "pdf", env("rick@netzorg.nl", "ivanhal@kuijpersvanhal.nl"), eml,
                     pages, "NZ-26-1207.pdf",
                     mk.expected("NZ-26-1207", tot, tot, issue, due, "Mr. Kuijpers & Van Hal Advocaten", "ivanhal@kuijpersvanhal.nl",
                                 ib, True, "nl", reference=ref),
                     note="Long signature with the sender's KvK/BTW, a two-language disclaimer and an environment line; RF printed unspaced.")


@add
def nl_android_hair_deposit():
    ib = iban("NL")
    issue = D(2026, 11, 22)
    due = issue + TD(14)
    tot = 9500 + 29500
    paid = 10000
    body = ("Hoi Lotte!\n\nWat een mooie dag was het zaterdag, jullie zagen er prachtig uit 💐\n\n"
            "Hierbij de factuur:\n\nFactuur nr. 2026-58\nDatum: %s\nAan: Lotte Verbeek\n\n"
            "Proefsessie bruidskapsel .... € 95,00\nBruidskapsel + make-up trouwdag .... € 295,00\n"
            "Totaal .... € %s\nAanbetaling ontvangen .... - € %s\nNog te betalen: € %s\n\n"
            "Graag binnen 2 weken overmaken op %s t.n.v. Hair by Noor\n"
            "(vrijgesteld van btw, KOR)\n\nLiefs, Noor\n\nVerzonden vanaf Samsung Mobile"
            % (dm(issue), mk.money(tot, "nl"), mk.money(paid, "nl"), mk.money(tot - paid, "nl"), sp(ib)))
    eml = mk.mail(R, "hairbynoor@outlook.com", "Hair by Noor", who("Lotte Verbeek", "lotteverbeek@live.nl"),
                  "factuur bruidskapsel", D(2026, 11, 23), body_text=body)
    return mk.record(None, "typed-phone", "nl", "body-text", env("hairbynoor@outlook.com", "lotteverbeek@live.nl"), eml,
                     expected=mk.expected("2026-58", tot - paid, tot, issue, due, "Lotte Verbeek", "lotteverbeek@live.nl", ib, False, "nl"),
                     note="Typed on an Android phone with an emoji; the deposit is subtracted, 'binnen 2 weken' = 14 days.")


@add
def nl_dentallab_new_address():
    ib = iban("NL")
    issue = D(2026, 11, 30)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Zirkonia kroon, patiënt ref. 26-4471", 2, 18900),
                                ("Implantaatabutment op maat", 1, 24500),
                                ("Opbeetplaat hard", 1, 11200),
                                ("Verzendkosten koerier", 3, 850)], 0)
    pages = invoice_pdf(
        ["Tandtechnisch Laboratorium Smile-Art", "Kanaaldijk 22 · 5683 CR Best", "KvK 17211935"],
        ["Tandartsenpraktijk Dommelzicht", "Administratie", "Dommelstraat 5", "5611 CK Eindhoven"],
        "FACTUUR",
        [("Factuurnr.", "SA-0026-0932"), ("Datum", dm(issue)), ("Periode", "november 2026")],
        ["Werk", "Aantal", "Prijs", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Totaal", eur_nl(tot), True)],
        ["Tandtechnisch werk is vrijgesteld van btw (art. 11 lid 1 sub g Wet OB).",
         "Betaling binnen 30 dagen na factuurdatum op %s t.n.v. Smile-Art B.V." % sp(ib)],
        ["Smile-Art B.V. · Kanaaldijk 22 · Best"])
    body = ("Geachte mevrouw Rutten,\n\nZoals u vorige maand vroeg, sturen wij onze facturen voortaan naar dit adres in plaats van\n"
            "naar de balie. In de bijlage de verzamelfactuur over november.\n\n"
            "Met vriendelijke groet,\nnamens Peter Lammers,\n\nMonique van Gerwen\nofficemanager\n"
            "Tandtechnisch Laboratorium Smile-Art\nKanaaldijk 22, 5683 CR Best | 0499 - 37 12 60")
    eml = mk.mail(R, "office@smile-art.nl", "Monique van Gerwen", who("Administratie Dommelzicht", "administratie@tp-dommelzicht.nl"),
                  "Verzamelfactuur november SA-0026-0932", D(2026, 12, 2), body_text=body, pdf=True)
    return mk.record(None, "office-manager", "nl", "pdf", env("office@smile-art.nl", "administratie@tp-dommelzicht.nl"), eml,
                     pages, "SA-0026-0932.pdf",
                     mk.expected("SA-0026-0932", tot, tot, issue, due, "Tandartsenpraktijk Dommelzicht",
                                 "administratie@tp-dommelzicht.nl", ib, True, "nl"),
                     note="Office manager 'namens' the owner; VAT-exempt dental work so one total line only.")


@add
def nl_late_caterer_kenmerk():
    ib = iban("NL")
    issue = D(2026, 11, 14)
    due = issue + TD(14)
    ken = kenmerk()
    rows, net, vat, tot = calc([("Walking dinner 40 personen (p.p.)", 40, 3450),
                                ("Bediening (uur)", 12, 3250),
                                ("Huur servies en glaswerk", 1, 8500)], 9)
    pages = invoice_pdf(
        ["Smaak van Zaan catering", "Lagedijk 60 · 1544 BK Zaandijk", "KvK 64410282 · btw NL001887155B91"],
        ["Martijn en Shirin Blom", "Fluitekruid 12", "1541 ZT Koog aan de Zaan"],
        "Factuur 2026-1114",
        [("Factuurdatum", lg(issue, "nl")), ("Evenement", "verjaardag 14-11"), ("Vervaldatum", lg(due, "nl"))],
        ["Omschrijving", "Aantal", "Prijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 9%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Graag voldoen voor de vervaldatum op %s" % sp(ib), "met betalingskenmerk %s" % grp(ken)],
        ["Smaak van Zaan · info@smaakvanzaan.nl"])
    body = ("Hoi Martijn en Shirin,\n\nSorry, de factuur van jullie feest is blijven liggen, ik dacht dat ik hem al had\n"
            "gestuurd! Hij staat nog op de datum van het feest. Neem gerust wat extra tijd voor de betaling.\n\n"
            "Nogmaals gefeliciteerd, Martijn!\n\nLieve groet,\nDemi\nSmaak van Zaan catering\n\nVerstuurd vanaf mijn iPad")
    eml = mk.mail(R, "info@smaakvanzaan.nl", "Smaak van Zaan", who("Martijn Blom", "m.blom@zaannet.nl"),
                  "Factuur feest 14 november", D(2026, 12, 2), body_text=body, pdf=True)
    return mk.record(None, "late-send", "nl", "pdf", env("info@smaakvanzaan.nl", "m.blom@zaannet.nl"), eml,
                     pages, "Factuur 2026-1114.pdf",
                     mk.expected("2026-1114", tot, tot, issue, due, "Martijn en Shirin Blom", "m.blom@zaannet.nl", ib, False, "nl",
                                 reference=ken),
                     note="Mailed 18 days after the invoice date; the due date printed (and labelled) is already past; the mail says 'take extra time' without a new date.")


@add
def nl_adminoffice_for_klusbedrijf():
    ib = iban("NL")
    issue = D(2026, 11, 26)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Plaatsen laminaat woonkamer (m²)", 38, 1850),
                                ("Ondervloer en plinten", 1, 31600),
                                ("Arbeid (uur)", 14, 4200)], 21)
    pages = invoice_pdf(
        ["Klusbedrijf Osman", "Pijlkruid 44 · 3315 TH Dordrecht", "06 33 81 20 47", "KvK 86291004 · btw NL004180377B21"],
        ["Fam. Verschoor", "Merwedestraat 201", "3313 CS Dordrecht"],
        "Factuur",
        [("Factuurnummer", "KO-2026-077"), ("Factuurdatum", dm(issue)), ("Betalen voor", dm(due))],
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Graag binnen 14 dagen betalen op %s t.n.v. Klusbedrijf Osman." % sp(ib)],
        ["Klusbedrijf Osman · Dordrecht"])
    body = ("Geachte familie Verschoor,\n\nWij verzorgen de administratie van Klusbedrijf Osman. In zijn opdracht sturen wij u\n"
            "bijgaand de factuur voor het leggen van de laminaatvloer.\n\nVoor vragen over de uitvoering kunt u Mehmet\n"
            "Osman zelf bellen (06 33 81 20 47).\n\nMet vriendelijke groet,\n\nAdministratiekantoor Dekker\nN. Dekker\n"
            "Johan de Wittstraat 70 | 3311 KJ Dordrecht\nKvK 24390118 | facturen@administratiekantoor-dekker.nl")
    eml = mk.mail(R, "facturen@administratiekantoor-dekker.nl", "Administratiekantoor Dekker",
                  who("Fam. Verschoor", "verschoor.dordt@gmail.com"), "Factuur KO-2026-077 Klusbedrijf Osman",
                  D(2026, 11, 27), body_text=body, pdf=True,
                  extra_headers=["Reply-To: Klusbedrijf Osman <klusbedrijf.osman@gmail.com>"])
    return mk.record(None, "admin-office-for-client", "nl", "pdf", env("facturen@administratiekantoor-dekker.nl", "verschoor.dordt@gmail.com"),
                     eml, pages, "KO-2026-077.pdf",
                     mk.expected("KO-2026-077", tot, tot, issue, due, "Fam. Verschoor", "verschoor.dordt@gmail.com", ib, False, "nl"),
                     note="Sent by the bookkeeping office with its own KvK in the signature; the seller and IBAN are the client's; Reply-To the client.")


@add
def nl_photographer_html_photoreport():
    ib = iban("NL")
    issue = D(2026, 11, 24)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Fotografie nieuwe collectie, 1 dag op locatie", 1, 95000),
                                ("Nabewerking en selectie (beelden)", 60, 900),
                                ("Gebruiksrecht web en social, 2 jaar", 1, 35000)], 21)
    pages = invoice_pdf(
        ["FLOOR VISSER FOTOGRAFIE", "Bloemgracht 112-hs · 1015 TN Amsterdam", "KvK 70244980 · btw NL002671003B19"],
        ["Wolkenveld Interieur B.V.", "t.a.v. marketing", "Cruquiusweg 29", "1019 AT Amsterdam"],
        "Factuur FV-26-031",
        [("Datum", dm(issue)), ("Vervaldatum", dm(due)), ("Shoot", "collectie voorjaar")],
        ["Omschrijving", "Aantal", "Prijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Gelieve binnen 30 dagen over te maken naar %s t.n.v. F. Visser." % sp(ib)],
        ["floorvisser.nl"], style="band")
    rep = mini_pdf(lines_doc([("Fotoverslag shoot Wolkenveld — 19 november 2026", 13), None,
                              "Locatie: showroom Cruquiusweg", "Aantal opnamen: 412, geselecteerd: 60",
                              "Beelden 01-24: woonkamer-opstelling (daglicht)", "Beelden 25-48: details stoffen en materialen",
                              "Beelden 49-60: sfeerbeelden met model", None,
                              "Download: via WeTransfer tot 8 december 2026", "Gebruik: web en social, tot 24-11-2028"]))
    html = ("<div dir=\"ltr\">Hoi Kim,<div><br></div><div>Wat een leuke shoot was het! De selectie staat klaar via WeTransfer "
            "(link in mijn vorige mail), en in de bijlage vind je het fotoverslag met de nummering.</div><div><br></div>"
            "<div>De factuur zit er ook bij.</div><div><br></div><div>Liefs,</div><div>Floor</div><div><br></div>"
            "<div>-- <br><div><b>Floor Visser Fotografie</b></div><div>06 48 10 22 93 | <a href=\"https://floorvisser.nl\">floorvisser.nl</a>"
            " | Instagram @floorvisserfoto</div></div></div>")
    text = ("Hoi Kim,\n\nWat een leuke shoot was het! De selectie staat klaar via WeTransfer (link in mijn vorige mail), en in de\n"
            "bijlage vind je het fotoverslag met de nummering.\n\nDe factuur zit er ook bij.\n\nLiefs,\nFloor\n\n-- \n"
            "Floor Visser Fotografie\n06 48 10 22 93 | floorvisser.nl | Instagram @floorvisserfoto")
    eml = mk.mail(R, "floorvisserfoto@gmail.com", "Floor Visser", who("Kim de Ruiter", "kim@wolkenveld.nl"),
                  "Foto's + factuur", D(2026, 11, 24), body_text=text, body_html=html, pdf=True, msgid_domain="mail.gmail.com")
    eml = add_pdf_part(eml, "Fotoverslag_Wolkenveld.pdf", rep, first=True)
    return mk.record(None, "gmail-html", "nl", "pdf", env("floorvisserfoto@gmail.com", "kim@wolkenveld.nl"), eml,
                     pages, "Factuur FV-26-031.pdf",
                     mk.expected("FV-26-031", tot, tot, issue, due, "Wolkenveld Interieur B.V.", "kim@wolkenveld.nl", ib, True, "nl"),
                     note="Gmail HTML+text; the photo report PDF comes first with its own dates (shoot, download deadline, usage).")


@add
def be_body_ogm_phone():
    ib = iban("BE")
    ref = ogm()
    issue = D(2026, 12, 2)
    due = issue + TD(15)
    net = 46000
    vat = int(round(net * 0.06))
    tot = net + vat
    body = ("Dag mevrouw Wouters,\n\nHierbij zoals gevraagd de factuur vr het ontstoppen vd afvoer en de nieuwe sifon.\n\n"
            "Factuur nr 2026/118 - datum %s\nKlant: An Wouters, Diestsestraat 233, 3000 Leuven\n"
            "Werkuren + verplaatsing: € %s excl. btw\nBtw 6%%: € %s\nTe betalen: € %s\n\n"
            "Rek. %s\nMededeling: %s\nBetalen binnen 15 dagen aub.\n\nMvg\nKristof Janssens\nSanitair Janssens - BTW BE 0831.554.206\n\n"
            "Verzonden met Outlook voor Android"
            % (dsl(issue), mk.money(net, "nl"), mk.money(vat, "nl"), mk.money(tot, "nl"), sp(ib), ref))
    eml = mk.mail(R, "sanitair.janssens@telenet.be", "Kristof Janssens", who("An Wouters", "an.wouters@skynet.be"),
                  "factuur", issue, body_text=body)
    return mk.record(None, "typed-phone", "nl", "body-text", env("sanitair.janssens@telenet.be", "an.wouters@skynet.be"), eml,
                     expected=mk.expected("2026/118", tot, tot, issue, due, "An Wouters", "an.wouters@skynet.be", ib, False, "nl",
                                          reference=ref),
                     note="Flemish plumber types the invoice on his phone: 'vr', 'vd', 'Rek.', 'Mededeling' with a structured communication.")


@add
def nl_creditnota_retour():
    ib = iban("NL")
    issue = D(2026, 11, 30)
    rows, net, vat, tot = calc([("Retour: barkruk Nova eiken (stuks)", -2, 9836)], 21)
    pages = invoice_pdf(
        ["Houtlab Meubelmakers", "Noorderhaven 17 · 9712 VG Groningen", "KvK 69012388 · btw NL857633402B01"],
        ["Café Het Zuiderpark", "Paterswoldseweg 650", "9728 BL Groningen"],
        "CREDITNOTA",
        [("Creditnotanr.", "CN-2026-006"), ("Datum", dm(issue)), ("Betreft factuur", "HL-2026-0212")],
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal te crediteren", eur_nl(tot), True)],
        ["Wij storten het bedrag binnen 7 dagen terug op uw rekening."],
        ["Houtlab Meubelmakers · IBAN %s" % sp(ib)])
    cust = ("Hoi Jesse,\n\nTwee van de barkrukken staan toch niet goed bij de bar (te hoog). Kunnen we die\n"
            "retour doen? De rest houden we graag.\n\nGroet,\nNadia\nCafé Het Zuiderpark")
    body = ("Hoi Nadia,\n\nDe krukken zijn gisteren opgehaald. Hierbij de creditnota, het bedrag storten we deze\n"
            "week terug.\n\nGroet,\nJesse\nHoutlab Meubelmakers\n\n"
            "Van: Nadia El Idrissi <nadia@hetzuiderpark.nl>\nVerzonden: donderdag 19 november 2026 14:31\n"
            "Aan: Jesse Bakker <jesse@houtlab.nl>\nOnderwerp: retour barkrukken\n\n" + cust)
    eml = mk.mail(R, "jesse@houtlab.nl", "Jesse Bakker", who("Nadia El Idrissi", "nadia@hetzuiderpark.nl"),
                  "RE: retour barkrukken", D(2026, 11, 30), body_text=body, pdf=True, extra_headers=reply_headers("hetzuiderpark.nl"))
    return mk.record(None, "credit-note-reply", "nl", "pdf", env("jesse@houtlab.nl", "nadia@hetzuiderpark.nl"), eml,
                     pages, "Creditnota CN-2026-006.pdf",
                     mk.expected("CN-2026-006", tot, tot, issue, None, "Café Het Zuiderpark", "nadia@hetzuiderpark.nl", ib, True, "nl",
                                 credit=True),
                     note="A credit note for returned goods in reply to the customer's request; negative amounts, no due date.")


# ================================================================ English invoices

def gb_bank(ib):
    return "Sort code %s-%s-%s  Account %s" % (ib[8:10], ib[10:12], ib[12:14], ib[14:])


@add
def en_iphone_garden_wall():
    ib = iban("GB")
    issue = D(2026, 11, 25)
    due = issue + TD(14)
    quote = 340000
    rows, net, vat, tot = calc([("Rebuild garden wall, reclaimed brick (per m)", 9, 26500),
                                ("Concrete footing", 1, 48000),
                                ("Stone coping (extra, agreed on site)", 9, 2950),
                                ("Skip hire", 1, 26000)], 0)
    pages = invoice_pdf(
        ["Hollis Brickwork", "14 Meadow Close, Stroud GL5 3QT", "07700 918 442 · dan@hollisbrickwork.co.uk"],
        ["Mrs J. Whitfield", "Orchard House, Bisley Road", "Stroud GL5 1HF"],
        "INVOICE",
        [("Invoice no.", "0147"), ("Date", mk.date(issue, "long", "en")), ("Due", mk.date(due, "long", "en"))],
        ["Description", "Qty", "Rate", "Amount"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Total", gbp(tot), True)],
        ["Not VAT registered.", "Payment within 14 days please to Hollis Brickwork,",
         "%s  (IBAN %s)" % (gb_bank(ib), sp(ib))],
        ["Thank you for your custom!"])
    q = ("Hi Jane,\n\nThanks for having me round. For taking down and rebuilding the wall (approx 9 m)\n"
         "in reclaimed brick on a new footing, including skip, my price is %s. I could start\nw/c 9 November.\n\nCheers\nDan"
         % gbp(quote))
    cust = ("Hi Dan,\n\nThe wall looks fantastic, thank you - and the coping really finishes it off.\n"
            "Please send over your invoice when you get a chance.\n\nBest wishes\nJane\n\n"
            "On 21 Oct 2026, at 18:40, Dan Hollis <dan@hollisbrickwork.co.uk> wrote:\n\n" + gt(q))
    body = ("Hi Jane\n\nInvoice attached as discussed. It's a bit over the quote because of the coping stones\n"
            "we added. Glad you're happy with it!\n\nThanks\nDan\n\nSent from my iPhone\n\n"
            "> On 24 Nov 2026, at 20:02, Jane Whitfield <jane.whitfield@btinternet.com> wrote:\n>\n" + gt(cust))
    eml = mk.mail(R, "dan@hollisbrickwork.co.uk", "Dan Hollis", who("Jane Whitfield", "jane.whitfield@btinternet.com"),
                  "Re: Quote for garden wall", issue, body_text=body, pdf=True, extra_headers=reply_headers("btinternet.com"))
    return mk.record(None, "iphone-reply", "en", "pdf", env("dan@hollisbrickwork.co.uk", "jane.whitfield@btinternet.com"), eml,
                     pages, "Invoice 0147.pdf",
                     mk.expected("0147", tot, tot, issue, due, "J. Whitfield", "jane.whitfield@btinternet.com", ib, False, "en",
                                 currency="GBP"),
                     note="UK sole trader, not VAT registered, replying from his iPhone; the quoted quote says %s, the invoice %s." % (gbp(quote), gbp(tot)))


@add
def en_office_manager_plumbing_terms():
    ib = iban("GB")
    issue = D(2026, 11, 27)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Callout and replace failed cylinder thermostat, Flat 3", 1, 18500),
                                ("Powerflush central heating system, 22 Elm Row", 1, 42000),
                                ("Gas safety certificate (CP12)", 4, 6500)], 20)
    pages = invoice_pdf(
        ["Pryce & Sons Plumbing and Heating Ltd", "Unit 4, Canal Wharf, Leeds LS11 5PS", "0113 496 0781",
         "VAT Reg. GB 318 4470 26 · Company no. 09284417"],
        ["Harewood Lettings Ltd", "Accounts Payable", "61 Street Lane", "Leeds LS8 2ET"],
        "Tax Invoice",
        [("Invoice", "PS-22318"), ("Date", mk.date(issue, "short-en")), ("Your order", "HL-4471"), ("Terms", "30 days")],
        ["Description", "Qty", "Unit", "Net"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Net", gbp(net), False), ("VAT 20%", gbp(vat), False), ("Invoice total", gbp(tot), True)],
        ["Please pay by BACS within 30 days and use the invoice number as your payment reference.",
         "Pryce & Sons P&H Ltd, %s, IBAN %s" % (gb_bank(ib), sp(ib))],
        ["Registered in England and Wales · Gas Safe 511204"], style="right")
    tc = mini_pdf(lines_doc([("Pryce & Sons Plumbing and Heating Ltd - Terms and Conditions of Business", 11), None,
                             "1. Quotations are valid for 30 days from the date of issue.",
                             "2. Payment for domestic customers is due on completion of the works.",
                             "3. Commercial accounts: payment within 30 days of invoice unless agreed otherwise.",
                             "4. We reserve the right to charge interest under the Late Payment of Commercial",
                             "   Debts (Interest) Act 1998 and a fixed sum of GBP 40.00 to GBP 100.00.",
                             "5. Materials remain our property until paid for in full.",
                             None, "Revised 1 March 2026"]))
    body = ("Dear Ms Okafor,\n\nOn behalf of Gareth Pryce, please find attached our invoice PS-22318 for the work\n"
            "carried out at your managed properties this month, together with a copy of our terms of business\n"
            "as requested by your new accounts system.\n\nKind regards\n\nLeanne Hughes\nOffice Manager\n"
            "Pryce & Sons Plumbing and Heating Ltd\nT: 0113 496 0781\nwww.pryceandsons.co.uk\n\n"
            "Company registered in England and Wales no. 09284417. Registered office: Unit 4, Canal Wharf, Leeds LS11 5PS.\n"
            "This email and any attachments are confidential. If you are not the intended recipient please notify\n"
            "the sender and delete it.")
    eml = mk.mail(R, "office@pryceandsons.co.uk", "Leanne Hughes", who("Chioma Okafor", "accounts@harewoodlettings.co.uk"),
                  "Invoice PS-22318 - Pryce & Sons", D(2026, 11, 27), body_text=body, pdf=True)
    eml = add_pdf_part(eml, "Pryce_Terms_of_Business.pdf", tc)
    return mk.record(None, "office-manager", "en", "pdf", env("office@pryceandsons.co.uk", "accounts@harewoodlettings.co.uk"), eml,
                     pages, "PS-22318.pdf",
                     mk.expected("PS-22318", tot, tot, issue, due, "Harewood Lettings Ltd", "accounts@harewoodlettings.co.uk", ib, True,
                                 "en", currency="GBP"),
                     note="Office manager 'on behalf of' the director; terms PDF attached with other day counts; 'use the invoice number as your payment reference' is not a labelled reference.")


@add
def ie_fwd_accounts_team():
    ib = iban("IE")
    issue = D(2026, 11, 18)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Website redesign - stage 2 of 3", 1, 240000),
                                ("Additional product photography edits (hrs)", 5, 6000)], 23)
    pages = invoice_pdf(
        ["Cara Doyle Design", "Unit 7, The Enterprise Centre", "Ennis, Co. Clare V95 X2R1", "VAT No. IE 3841927TH"],
        ["Burren Hill Cheese Ltd", "Ballyvaughan", "Co. Clare H91 P8E2"],
        "Invoice 1043",
        [("Date", mk.date(issue, "long", "en")), ("Due date", mk.date(due, "long", "en")), ("PO", "none")],
        ["Description", "Qty", "Rate", "Amount"],
        [(r[0], qty_s(r[1], "en"), "€" + mk.money(r[2], "en"), "€" + mk.money(r[3], "en")) for r in rows],
        [("Subtotal", "€" + mk.money(net, "en"), False), ("VAT @ 23%", "€" + mk.money(vat, "en"), False),
         ("Total due", "€" + mk.money(tot, "en"), True)],
        ["Bank transfer to Cara Doyle Design, IBAN %s, BIC AIBKIE2D." % sp(ib)],
        ["caradoyle.ie"], style="band")
    body = ("Hi all,\n\nI'm forwarding this to your accounts team as requested by Siobhán - let me know if you need\n"
            "anything else to set me up as a supplier.\n\nThanks a million,\nCara\n\n"
            "Cara Doyle | Cara Doyle Design\n+353 87 614 2290 | caradoyle.ie\n\n"
            "From: Cara Doyle <hello@caradoyle.ie>\nSent: Wednesday 18 November 2026 16:05\n"
            "To: Siobhán Keane <siobhan@burrenhillcheese.ie>\nSubject: Invoice 1043\n\n"
            "Hi Siobhán,\n\nStage 2 is live on staging - invoice attached. Stage 3 after Christmas as planned.\n\nCara\n")
    eml = mk.mail(R, "hello@caradoyle.ie", "Cara Doyle", "accounts@burrenhillcheese.ie",
                  "FW: Invoice 1043", D(2026, 11, 26), body_text=body, pdf=True,
                  extra_headers=["Cc: " + who("Siobhán Keane", "siobhan@burrenhillcheese.ie")])
    return mk.record(None, "forward-accounts", "en", "pdf", env("hello@caradoyle.ie", "accounts@burrenhillcheese.ie", "siobhan@burrenhillcheese.ie"),
                     eml, pages, "Invoice-1043.pdf",
                     mk.expected("1043", tot, tot, issue, due, "Burren Hill Cheese Ltd", "accounts@burrenhillcheese.ie", ib, True, "en"),
                     note="Irish designer forwards her own invoice to the customer's accounts team eight days later; Outlook-style quoted header.")


@add
def us_gmail_html_copywriter():
    issue = D(2026, 12, 1)
    due = issue + TD(15)
    rows, net, vat, tot = calc([("Product page copy, 12 SKUs", 12, 8500),
                                ("Email welcome sequence (5 emails)", 1, 65000),
                                ("Revisions round 2 (hrs)", 2.5, 9000)], 0)
    trs = "".join("<tr><td>%s</td><td style=\"text-align:right\">$%s</td></tr>" % (r[0], mk.money(r[3], "en")) for r in rows)
    html = ("<div>Hi Marcus,</div><div><br></div><div>Great working with you on the launch! Invoice below - "
            "I've kept it simple since your team said a PDF isn't necessary.</div><div><br></div>"
            "<div><b>INVOICE #2026-19</b><br>Date: %s<br>Bill to: Trailhead Supply Co., Attn: Marcus Bell<br>"
            "Terms: Net 15 (due %s)</div><div><br></div><table>%s<tr><td><b>Total due</b></td>"
            "<td style=\"text-align:right\"><b>$%s</b></td></tr></table><div><br></div>"
            "<div>Payment by ACH: Lakeshore Community Bank, routing 071912344, account 4408211937 (checking, Rachel Kim)."
            "<br>Or Zelle to rachel@rachelkimcopy.com.</div><div><br></div><div>Thanks!<br>Rachel</div><div><br></div>"
            "<div>--<br>Rachel Kim | Conversion copywriter<br>rachelkimcopy.com | Chicago, IL</div>") % (
        mk.date(issue, "us"), mk.date(due, "us"), trs, mk.money(tot, "en"))
    eml = mk.mail(R, "rachel@rachelkimcopy.com", "Rachel Kim", who("Marcus Bell", "marcus@trailheadsupply.com"),
                  "Invoice #2026-19 - launch copy", issue, body_html=html)
    return mk.record(None, "gmail-html", "en", "body-html", env("rachel@rachelkimcopy.com", "marcus@trailheadsupply.com"), eml,
                     expected=mk.expected("2026-19", tot, tot, issue, due, "Trailhead Supply Co.", "marcus@trailheadsupply.com", None,
                                          True, "en", currency="USD"),
                     note="US freelancer, HTML-only body, ACH routing/account and Zelle, no IBAN; Net 15.")


@add
def au_bookkeeper_cleaning():
    issue = D(2026, 11, 30)
    due = issue + TD(7)
    rows, net, vat, tot = calc([("Office clean, 3x weekly, November", 13, 16500),
                                ("Carpet steam clean boardroom", 1, 38000),
                                ("Window clean internal", 1, 22000)], 10)
    pages = invoice_pdf(
        ["Sparkle Bay Cleaning Pty Ltd", "ABN 48 612 904 377", "PO Box 512, Cleveland QLD 4163"],
        ["Redland Physio Group", "Attn: Practice Manager", "2/88 Bloomfield St", "Cleveland QLD 4163"],
        "TAX INVOICE",
        [("Invoice No", "SB-01882"), ("Invoice Date", dsl(issue)), ("Due Date", dsl(due))],
        ["Description", "Qty", "Unit Price", "Amount"],
        [(r[0], qty_s(r[1], "en"), "$" + mk.money(r[2], "en"), "$" + mk.money(r[3], "en")) for r in rows],
        [("Subtotal", "$" + mk.money(net, "en"), False), ("GST 10%", "$" + mk.money(vat, "en"), False),
         ("Amount Due AUD", "$" + mk.money(tot, "en"), True)],
        ["EFT: Sparkle Bay Cleaning Pty Ltd  BSB 064-158  Account 1093 4421", "Payment due within 7 days."],
        ["Thank you for your business"])
    body = ("Hi Priya,\n\nPlease find attached the invoice for November on behalf of Sparkle Bay Cleaning.\n"
            "Michelle has also asked me to let you know the team will be closed 24 Dec - 4 Jan.\n\n"
            "Kind regards,\nTash Nguyen\nBookkeeper (contract) for Sparkle Bay Cleaning\nBAS Agent 25993001\n\n"
            "Please consider the environment before printing this email.")
    eml = mk.mail(R, "accounts@sparklebaycleaning.com.au", "Sparkle Bay Cleaning Accounts",
                  who("Priya Raman", "admin@redlandphysio.com.au"), "Invoice SB-01882 from Sparkle Bay Cleaning Pty Ltd",
                  D(2026, 12, 1), body_text=body, pdf=True)
    return mk.record(None, "bookkeeper-behalf", "en", "pdf", env("accounts@sparklebaycleaning.com.au", "admin@redlandphysio.com.au"), eml,
                     pages, "SB-01882.pdf",
                     mk.expected("SB-01882", tot, tot, issue, due, "Redland Physio Group", "admin@redlandphysio.com.au", None, True,
                                 "en", currency="AUD"),
                     note="Australian tax invoice with ABN/GST and BSB account, no IBAN; dates d/m/Y; contract bookkeeper writes 'on behalf of'.")


@add
def uk_handyman_body_hurry():
    ib = iban("GB")
    issue = D(2026, 12, 2)
    due = issue + TD(7)
    lab, parts = 18500, 4260
    tot = lab + parts
    body = ("Hi Tom,\n\nInv 112 for today's job (dripping tap + new shower hose + fix loft hatch)\n\n"
            "date %s\nlabour £185.00\nparts £42.60\ntotal £%s\n\n"
            "bank: Steve Ashworth, %s\nor IBAN %s\nwithin 7 days pls, inv no as ref\n\n"
            "cheers Steve\nAshworth Handyman Services\n\nSent from Yahoo Mail for iPhone"
            % (dsl(issue), mk.money(tot, "en"), gb_bank(ib).lower(), ib))
    eml = mk.mail(R, "steve.ashworth71@yahoo.co.uk", "Steve Ashworth", who("Tom Pritchard", "tompritchard@gmail.com"),
                  "inv 112", issue, body_text=body)
    return mk.record(None, "typed-phone", "en", "body-text", env("steve.ashworth71@yahoo.co.uk", "tompritchard@gmail.com"), eml,
                     expected=mk.expected("112", tot, tot, issue, due, "Tom Pritchard", "tompritchard@gmail.com", ib, False, "en",
                                          currency="GBP"),
                     note="Typed on a phone in lower case: 'Inv 112', labour + parts = total, 'within 7 days pls'; debtor named only in the header and greeting.")


@add
def uk_partner_yearend_bottompost():
    ib = iban("GB")
    issue = D(2026, 12, 3)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Year-end accounts to 31 August 2026 and CT600", 1, 125000),
                                ("Confirmation statement filing", 1, 5000),
                                ("Companies House fee (disbursement)", 1, 3400)], 0)
    vat = int(round((125000 + 5000) * 0.2))
    tot = net + vat
    pages = invoice_pdf(
        ["Marsh & Lyle", "Chartered Certified Accountants", "2 Chapel Yard, Norwich NR2 1NY",
         "Marsh & Lyle Ltd · Company no. 11730882 · VAT GB 312 9981 47"],
        ["Broadland Canoe Hire Ltd", "The Staithe", "Wroxham NR12 8RX"],
        "Invoice",
        [("Invoice number", "ML-3361"), ("Date", mk.date(issue, "long", "en")), ("Client ref", "BRO01")],
        ["Description", "", "", "Amount"],
        [(r[0], "", "", gbp(r[3])) for r in rows],
        [("Fees", gbp(130000), False), ("Disbursements (no VAT)", gbp(3400), False), ("VAT 20% on fees", gbp(vat), False),
         ("Total", gbp(tot), True)],
        ["Payment terms: 14 days from the invoice date.",
         "Bank: Marsh & Lyle Ltd, %s, IBAN %s" % (gb_bank(ib), sp(ib))],
        ["Regulated by ACCA"], style="right")
    body = ("On Thu, 3 Dec 2026 at 09:14, Graham Tully <graham@broadlandcanoes.co.uk> wrote:\n"
            "> Hi Helen,\n>\n> Thanks for getting the accounts done. Can you send the invoice so I can pay it\n"
            "> before we close for Christmas?\n>\n> Graham\n\nHi Graham,\n\nOf course - attached. "
            "The Companies House fee is in there at cost.\n\nBest,\nHelen\n\n-- \nHelen Lyle FCCA\nPartner, Marsh & Lyle\n"
            "01603 761 204\nMarsh & Lyle Ltd, registered in England no. 11730882")
    eml = mk.mail(R, "helen@marshlyle.co.uk", "Helen Lyle", who("Graham Tully", "graham@broadlandcanoes.co.uk"),
                  "Re: accounts", issue, body_text=body, pdf=True, extra_headers=reply_headers("broadlandcanoes.co.uk"))
    return mk.record(None, "partner-reply", "en", "pdf", env("helen@marshlyle.co.uk", "graham@broadlandcanoes.co.uk"), eml,
                     pages, "ML-3361.pdf",
                     mk.expected("ML-3361", tot, tot, issue, due, "Broadland Canoe Hire Ltd", "graham@broadlandcanoes.co.uk", ib, True,
                                 "en", currency="GBP"),
                     note="Bottom-posted reply by a partner of a two-partner firm; VAT on fees only, disbursement outside VAT.")


@add
def uk_corrected_po_resend():
    ib = iban("GB")
    issue = D(2026, 11, 20)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Supply and fit LED panel lights, warehouse office", 14, 7800),
                                ("Emergency lighting test and report", 1, 22500)], 20)
    pages = invoice_pdf(
        ["Kestrel Electrical Contractors Ltd", "48 Foundry Lane, Sheffield S3 8AT", "VAT GB 276 5510 83"],
        ["Northgate Logistics Ltd", "Purchase Ledger", "Unit 12 Parkway Industrial Estate", "Rotherham S60 1BB"],
        "INVOICE (revised)",
        [("Invoice no.", "KEC-5092"), ("Invoice date", dsl(issue)), ("Customer PO", "4500123"), ("Terms", "30 days net")],
        ["Description", "Qty", "Price", "Total"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Goods and services", gbp(net), False), ("VAT at 20%", gbp(vat), False), ("TOTAL", gbp(tot), True)],
        ["Please remit to Kestrel Electrical Contractors Ltd, %s" % gb_bank(ib), "IBAN %s  BIC NWBKGB2L" % sp(ib)],
        ["Registered in England no. 07719034"])
    body = ("Hi Sarah,\n\nPlease find attached the revised invoice KEC-5092 with your PO number 4500123 added.\n"
            "Nothing else has changed. Apologies for the hassle.\n\nKind regards,\nMark Denton\nKestrel Electrical Contractors Ltd\n"
            "0114 272 9930\n\n-----Original Message-----\nFrom: Sarah Whitley <purchaseledger@northgatelogistics.co.uk>\n"
            "Sent: 30 November 2026 11:02\nTo: accounts@kestrelelectrical.co.uk\nSubject: Invoice KEC-5092 - missing PO\n\n"
            "Hello,\n\nWe are unable to process invoice KEC-5092 (%s) as it does not show a purchase order number.\n"
            "The PO for this work is 4500123. Please re-issue the invoice quoting the PO.\n\n"
            "Regards,\nSarah Whitley\nPurchase Ledger, Northgate Logistics\n" % gbp(tot))
    eml = mk.mail(R, "accounts@kestrelelectrical.co.uk", "Kestrel Electrical Accounts",
                  who("Sarah Whitley", "purchaseledger@northgatelogistics.co.uk"), "RE: Invoice KEC-5092 - missing PO",
                  D(2026, 12, 1), body_text=body, pdf=True, extra_headers=reply_headers("northgatelogistics.co.uk"))
    return mk.record(None, "corrected-resend", "en", "pdf", env("accounts@kestrelelectrical.co.uk", "purchaseledger@northgatelogistics.co.uk"),
                     eml, pages, "KEC-5092 revised.pdf",
                     mk.expected("KEC-5092", tot, tot, issue, due, "Northgate Logistics Ltd", "purchaseledger@northgatelogistics.co.uk",
                                 ib, True, "en", currency="GBP"),
                     note="Re-issued with the PO added, same number and date; the PO 4500123 is the customer's, not an invoice number.")


@add
def uk_printshop_eom_delivery_page():
    ib = iban("GB")
    issue = D(2026, 11, 17)
    due = D(2026, 11, 30) + TD(30)
    rows, net, vat, tot = calc([("A5 flyers 350gsm silk, double sided", 5000, 3.1),
                                ("Roller banner 850 x 2000 mm incl. stand", 2, 6400),
                                ("Delivery (courier)", 1, 1250)], 20)
    pages = invoice_pdf(
        ["Inkwell Print Co.", "3 Tanner Row, York YO1 6JB", "01904 630 118 · accounts@inkwellprint.co.uk",
         "VAT reg GB 219 8834 02"],
        ["Minster Vintage Fair CIC", "c/o 19 Gillygate", "York YO31 7EA"],
        "INVOICE",
        [("Invoice", "INK-40917"), ("Date", mk.date(issue, "short-en")), ("Terms", "30 days EOM"), ("Job", "J-7731")],
        ["Item", "Qty", "Unit", "Line total"],
        [(rows[0][0], "5,000", "£0.031", gbp(rows[0][3]))] + [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows[1:]],
        [("Subtotal", gbp(net), False), ("VAT 20%", gbp(vat), False), ("Total GBP", gbp(tot), True)],
        ["Payment due by %s (30 days end of month)." % mk.date(due, "short-en"),
         "Inkwell Print Co. Ltd  %s  IBAN %s" % (gb_bank(ib), sp(ib))],
        ["Inkwell Print Co. Ltd, registered in England no. 10448720"],
        extra_pages=[[("DELIVERY NOTE  DN-40917", 14, True), "", "Deliver to: Minster Vintage Fair, The Guildhall, York",
                      "Despatched: 16 Nov 2026 via DPD, 3 boxes", "",
                      "5,000  A5 flyers 350gsm silk", "2      Roller banner 850 x 2000 mm", "",
                      "Received in good condition: ..................   Date: .........."]])
    body = ("Hello Amira,\n\nAttached is the invoice for the flyers and banners, with the delivery note on page 2.\n\n"
            "Best wishes\nThe accounts team at Inkwell\n\nInkwell Print Co. | 01904 630 118 | inkwellprint.co.uk\n"
            "Follow us: instagram.com/inkwellprintyork")
    eml = mk.mail(R, "accounts@inkwellprint.co.uk", "Inkwell Print Accounts", who("Amira Shah", "amira@minstervintagefair.org.uk"),
                  "Invoice INK-40917", D(2026, 11, 18), body_text=body, pdf=True)
    return mk.record(None, "shared-mailbox", "en", "pdf", env("accounts@inkwellprint.co.uk", "amira@minstervintagefair.org.uk"), eml,
                     pages, "INK-40917.pdf",
                     mk.expected("INK-40917", tot, tot, issue, due, "Minster Vintage Fair CIC", "amira@minstervintagefair.org.uk",
                                 ib, True, "en", currency="GBP"),
                     note="Shared accounts@ mailbox; page 2 is a delivery note with its own number and date; 30 days EOM counted from 30 November.")


@add
def ie_grinds_html():
    ib = iban("IE")
    issue = D(2026, 11, 30)
    due = issue + TD(14)
    n, rate = 6, 4500
    tot = n * rate
    html = ("<html><body><p>Hi Deirdre,</p><p>Hope Conor is getting on well - he's really improved on the\n"
            "calculus questions.</p><p>Here's the invoice for November:</p>\n"
            "<p><b>Invoice no. G-1126</b><br>Date: %s<br>To: Deirdre Moloney</p>\n"
            "<p>Leaving Cert Maths grinds, %d sessions x &euro;%s = <b>&euro;%s</b></p>\n"
            "<p>Payment within two weeks please, to IBAN %s (Niamh Brennan).</p>\n"
            "<p>Thanks,<br>Niamh</p><p style=\"font-size:10px;color:#666\">Sent from Outlook on the web</p></body></html>"
            % (mk.date(issue, "long", "en"), n, mk.money(rate, "en"), mk.money(tot, "en"), sp(ib)))
    eml = mk.mail(R, "niamh.brennan.maths@outlook.ie", "Niamh Brennan", who("Deirdre Moloney", "dmoloney@eircom.net"),
                  "November grinds", D(2026, 11, 30), body_html=html)
    return mk.record(None, "webmail-html", "en", "body-html", env("niamh.brennan.maths@outlook.ie", "dmoloney@eircom.net"), eml,
                     expected=mk.expected("G-1126", tot, tot, issue, due, "Deirdre Moloney", "dmoloney@eircom.net", ib, False, "en"),
                     note="Irish tutor's HTML invoice to a parent: 6 x €45, 'within two weeks'.")


@add
def uk_va_consultant_usd():
    ib = iban("GB")
    issue = D(2026, 11, 27)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Strategy workshop facilitation (days)", 2, 180000),
                                ("Follow-up report and board deck", 1, 95000)], 0)
    pages = invoice_pdf(
        ["Ellison Advisory Ltd", "Suite 5, 27 Old Gloucester Street, London WC1N 3AX", "Company no. 12008417"],
        ["Brightwater Health Inc.", "Attn: Accounts Payable", "400 Congress Street, Suite 900", "Boston, MA 02210, USA"],
        "Invoice",
        [("Invoice #", "EA-2026-044"), ("Date", mk.date(issue, "long", "en")), ("Due", mk.date(due, "long", "en"))],
        ["Description", "Qty", "Rate (USD)", "Amount (USD)"],
        [(r[0], qty_s(r[1], "en"), "$" + mk.money(r[2], "en"), "$" + mk.money(r[3], "en")) for r in rows],
        [("Total USD", "$" + mk.money(tot, "en"), True)],
        ["VAT: outside the scope of UK VAT (place of supply: USA).",
         "Pay in USD to Ellison Advisory Ltd, IBAN %s, BIC TRWIGB2L (Wise)." % sp(ib)],
        ["ellisonadvisory.co.uk"], style="band")
    body = ("Hi Dana,\n\nI'm Joanna's virtual assistant - she asked me to send over the invoice for the workshop and\n"
            "the follow-up report. It's in USD as agreed.\n\nIf your AP team need a W-8BEN-E, just shout and I'll send it.\n\n"
            "Best,\nPriti Shah\nVA to Joanna Ellison | Ellison Advisory\npriti@ellisonadvisory.co.uk\n"
            "Working hours: Mon-Thu, 9-3 UK time")
    eml = mk.mail(R, "priti@ellisonadvisory.co.uk", "Priti Shah", who("Dana Whitaker", "dana.whitaker@brightwaterhealth.com"),
                  "Invoice EA-2026-044 - Ellison Advisory", D(2026, 11, 27), body_text=body, pdf=True,
                  extra_headers=["Cc: Joanna Ellison <joanna@ellisonadvisory.co.uk>"])
    return mk.record(None, "virtual-assistant", "en", "pdf",
                     env("priti@ellisonadvisory.co.uk", "dana.whitaker@brightwaterhealth.com", "joanna@ellisonadvisory.co.uk"), eml,
                     pages, "EA-2026-044.pdf",
                     mk.expected("EA-2026-044", tot, tot, issue, due, "Brightwater Health Inc.", "dana.whitaker@brightwaterhealth.com",
                                 ib, True, "en", currency="USD"),
                     note="A VA sends for a UK consultant; USD invoice with a GB (Wise) IBAN to a US company.")


@add
def uk_apprentice_electrician_cert():
    ib = iban("GB")
    issue = D(2026, 12, 1)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Consumer unit upgrade (18th Ed., RCBO board)", 1, 54000),
                                ("Additional RCBOs", 4, 3200),
                                ("Labour (hrs)", 6, 4500)], 0)
    pages = invoice_pdf(
        ["Watts & Co Electrical", "9 Ferry Road, Exeter EX2 4HG", "07812 330 518 · NICEIC approved contractor"],
        ["Mr R. Bellamy", "22 Topsham Road", "Exeter EX2 6DN"],
        "INVOICE",
        [("No.", "W1187"), ("Date", dsl(issue)), ("Payment due", dsl(due))],
        ["Work", "Qty", "Price", "Total"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Amount due", gbp(tot), True)],
        ["Not registered for VAT.", "Bank transfer: D. Watts, %s, IBAN %s" % (gb_bank(ib), sp(ib))],
        ["Thank you - Watts & Co"])
    cert = mini_pdf(lines_doc([("ELECTRICAL INSTALLATION CERTIFICATE  No. EIC-20261130-02", 11), None,
                               "Client: R. Bellamy, 22 Topsham Road, Exeter EX2 6DN",
                               "Extent: replacement of consumer unit, 10 circuits", "Date of inspection: 30/11/2026",
                               "Next inspection recommended: 30/11/2036", None,
                               "Ze 0.21 ohm   PFC 1.4 kA   Main switch 100 A   Earthing TN-C-S",
                               None, "Designer/Installer/Inspector: D. Watts"]))
    body = ("Hi Mr Bellamy,\n\nI'm the apprentice at Watts & Co, Dave asked me to send this over. Attached is the\n"
            "invoice for the new fuse board and your Electrical Installation Certificate - keep the certificate\n"
            "with your house documents.\n\nThanks,\nKieran Doyle\nApprentice Electrician, Watts & Co")
    eml = mk.mail(R, "office@wattsandcoelectrical.co.uk", "Watts & Co Electrical", who("Richard Bellamy", "rbellamy@talktalk.net"),
                  "Invoice and certificate", issue, body_text=body, pdf=True)
    eml = add_pdf_part(eml, "EIC-20261130-02.pdf", cert)
    return mk.record(None, "apprentice", "en", "pdf", env("office@wattsandcoelectrical.co.uk", "rbellamy@talktalk.net"), eml,
                     pages, "Invoice W1187.pdf",
                     mk.expected("W1187", tot, tot, issue, due, "R. Bellamy", "rbellamy@talktalk.net", ib, False, "en", currency="GBP"),
                     note="The apprentice sends it with an installation certificate PDF carrying its own number and dates.")


@add
def uk_late_caterer_business():
    ib = iban("GB")
    issue = D(2026, 11, 20)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Working lunch buffet (covers)", 35, 1450),
                                ("Afternoon tea and cakes (covers)", 35, 650),
                                ("Staff (hrs)", 4, 2200)], 20)
    pages = invoice_pdf(
        ["The Larder Kitchen", "Unit 2, Cattle Market, Ludlow SY8 1AY", "VAT No. GB 402 7718 39"],
        ["Teme Valley Solicitors LLP", "4 Broad Street", "Ludlow SY8 1NG"],
        "Invoice",
        [("Invoice no", "TLK-0611"), ("Invoice date", mk.date(issue, "long", "en")), ("Due date", mk.date(due, "long", "en"))],
        ["Description", "Covers", "Price", "Total"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Net", gbp(net), False), ("VAT", gbp(vat), False), ("Total", gbp(tot), True)],
        ["Please pay within 14 days of the invoice date.", "%s  IBAN %s" % (gb_bank(ib), sp(ib))],
        ["thelarderkitchen.co.uk"])
    body = ("Dear Fiona,\n\nApologies for the delay in getting this to you - I've been snowed under with Christmas orders.\n"
            "Please find attached our invoice for the catering at your client seminar on 20 November.\n\n"
            "Kind regards,\nBeth Corbett\nThe Larder Kitchen\n01584 877 260")
    eml = mk.mail(R, "beth@thelarderkitchen.co.uk", "Beth Corbett", who("Fiona Marsh", "f.marsh@temevalleylaw.co.uk"),
                  "Invoice TLK-0611 - seminar catering", D(2026, 12, 3), body_text=body, pdf=True)
    return mk.record(None, "late-send", "en", "pdf", env("beth@thelarderkitchen.co.uk", "f.marsh@temevalleylaw.co.uk"), eml,
                     pages, "TLK-0611.pdf",
                     mk.expected("TLK-0611", tot, tot, issue, due, "Teme Valley Solicitors LLP", "f.marsh@temevalleylaw.co.uk", ib,
                                 True, "en", currency="GBP"),
                     note="Mailed 13 days after its date with an apology; due date counted from the invoice date.")


@add
def uk_upholsterer_delivery_balance():
    ib = iban("GB")
    issue = D(2026, 12, 2)
    rows, net, vat, tot = calc([("Reupholster 3-seat sofa, Harris tweed", 1, 98000),
                                ("Fabric, 11 m", 11, 3800),
                                ("Collection and delivery", 1, 8200)], 0)
    dep = 50000
    pages = invoice_pdf(
        ["Thistle & Tack Upholstery", "The Old Forge, Main Street, Kirkby Lonsdale LA6 2AH", "07455 210 993"],
        ["Ms A. Rowntree", "3 Fellside Cottages", "Sedbergh LA10 5BU"],
        "INVOICE",
        [("Invoice no.", "TT-238"), ("Date", mk.date(issue, "long", "en"))],
        ["Description", "Qty", "Price", "Amount"],
        [(r[0], qty_s(r[1], "en"), gbp(r[2]), gbp(r[3])) for r in rows],
        [("Total", gbp(tot), False), ("Less deposit paid 14 Oct", "-" + gbp(dep), False), ("Balance due", gbp(tot - dep), True)],
        ["Balance payable on delivery, by card, cash or bank transfer:", "%s  IBAN %s" % (gb_bank(ib), sp(ib))],
        ["Not VAT registered"])
    body = ("Hi Alison,\n\nGood news - the sofa is finished! We'll deliver on Thursday 10 December between 8 and 12.\n"
            "If that doesn't suit, let me know and we'll find another day.\n\nI've attached the invoice for the balance;\n"
            "you can pay it on the day by card or transfer it before.\n\nBest wishes,\nIsla\nThistle & Tack Upholstery")
    eml = mk.mail(R, "isla@thistleandtack.co.uk", "Isla Morton", who("Alison Rowntree", "alison.rowntree@icloud.com"),
                  "Re: sofa - when?", issue, body_text=body, pdf=True, extra_headers=reply_headers("icloud.com"))
    return mk.record(None, "answer-then-invoice", "en", "pdf", env("isla@thistleandtack.co.uk", "alison.rowntree@icloud.com"), eml,
                     pages, "TT-238.pdf",
                     mk.expected("TT-238", tot - dep, tot, issue, D(2026, 12, 10), "A. Rowntree", "alison.rowntree@icloud.com", ib, False, "en",
                                 currency="GBP"),
                     note="Answers 'when?' first (delivery 10 December); balance after deposit; 'payable on delivery' counts from the delivery date the mail prints (10 December).")


@add
def ca_due_on_receipt():
    issue = D(2026, 11, 29)
    rows, net, vat, tot = calc([("Shopify theme customization (hrs)", 18, 9500),
                                ("Domain + email setup", 1, 15000)], 13)
    pages = invoice_pdf(
        ["Northern Pixel Studio", "Mathieu Tremblay", "1204-55 Bloor St W, Toronto ON M4W 1A5", "HST # 78412 9530 RT0001"],
        ["Maple & Moss Candle Co.", "88 Ossington Ave", "Toronto ON M6J 2Y7"],
        "INVOICE",
        [("Invoice #", "NPS-0093"), ("Date", mk.date(issue, "us")), ("Terms", "Due on receipt")],
        ["Description", "Qty", "Rate", "Amount"],
        [(r[0], qty_s(r[1], "en"), "$" + mk.money(r[2], "en"), "$" + mk.money(r[3], "en")) for r in rows],
        [("Subtotal", "$" + mk.money(net, "en"), False), ("HST 13%", "$" + mk.money(vat, "en"), False),
         ("Total (CAD)", "$" + mk.money(tot, "en"), True)],
        ["Pay by Interac e-Transfer to billing@northernpixel.ca (auto-deposit)."],
        ["Thanks for choosing Northern Pixel!"], style="right")
    body = ("Hey Hannah,\n\nStore's live! Invoice attached - it's due on receipt, e-Transfer is easiest.\n\n"
            "Mathieu\n\nSent from my iPhone")
    eml = mk.mail(R, "billing@northernpixel.ca", "Mathieu Tremblay", who("Hannah Lee", "hannah@mapleandmoss.ca"),
                  "Invoice NPS-0093", D(2026, 11, 29), body_text=body, pdf=True)
    return mk.record(None, "iphone-owner", "en", "pdf", env("billing@northernpixel.ca", "hannah@mapleandmoss.ca"), eml,
                     pages, "NPS-0093.pdf",
                     mk.expected("NPS-0093", tot, tot, issue, issue, "Maple & Moss Candle Co.", "hannah@mapleandmoss.ca", None, True, "en",
                                 currency="CAD"),
                     note="Canadian, HST 13%, due on receipt (due date = issue date), Interac e-Transfer, no IBAN.")


# ================================================================ German / Austrian / Swiss invoices

def de_rows(rows):
    return [(r[0], qty_s(r[1], "de"), eur_de(r[2]), eur_de(r[3])) for r in rows]


@add
def de_iphone_aw_angebot():
    ib = iban("DE")
    issue = D(2026, 11, 24)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Wände und Decken Wohnzimmer/Flur streichen (m²)", 96, 1150),
                                ("Abkleben, Abdecken, Spachtelarbeiten", 1, 28000),
                                ("Zusätzlich: Heizkörper lackieren (Stück)", 3, 6500)], 19)
    qnet = 96 * 1150 + 28000
    qtot = qnet + int(round(qnet * 0.19))
    pages = invoice_pdf(
        ["Malermeister Sven Oltmanns", "Deichstraße 7 · 26721 Emden", "Tel. 04921 58 33 10",
         "St.-Nr. 58/123/04417 · USt-IdNr. DE318822410"],
        ["Herrn Frerk Janssen", "Am Delft 22", "26721 Emden"],
        "Rechnung",
        [("Rechnungs-Nr.", "2026-214"), ("Rechnungsdatum", dd(issue)), ("Leistungszeitraum", "16.–20.11.2026")],
        ["Leistung", "Menge", "EP", "Gesamt"],
        de_rows(rows),
        [("Nettobetrag", eur_de(net), False), ("zzgl. 19 % USt.", eur_de(vat), False), ("Rechnungsbetrag", eur_de(tot), True)],
        ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto", "IBAN %s · Sparkasse Emden" % sp(ib)],
        ["Malermeister Sven Oltmanns · Deichstraße 7 · Emden"])
    ang = ("Sehr geehrter Herr Janssen,\n\nanbei wie besprochen unser Angebot A-2026-088 für die Malerarbeiten im Wohnzimmer\n"
           "und Flur: netto %s, inkl. 19 %% MwSt. %s.\nAusführung KW 47 möglich.\n\nMit freundlichen Grüßen\nSven Oltmanns"
           % (eur_de(qnet), eur_de(qtot)))
    cust = ("Hallo Herr Oltmanns,\n\nalles ist wunderbar geworden, auch die Heizkörper. Schicken Sie mir bitte die Rechnung?\n\n"
            "Viele Grüße\nFrerk Janssen")
    body = ("Moin Herr Janssen,\n\nanbei die Rechnung. Die Heizkörper sind extra aufgeführt, deshalb weicht sie vom Angebot ab.\n\n"
            "Gruß\nSven Oltmanns\n\nVon meinem iPhone gesendet\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Frerk Janssen <frerk.janssen@ewetel.net>\nGesendet: Montag, 23. November 2026 18:20\n"
            "An: Sven Oltmanns <info@maler-oltmanns.de>\nBetreff: AW: Angebot Malerarbeiten\n\n" + cust +
            "\n\n-----Ursprüngliche Nachricht-----\nVon: Sven Oltmanns <info@maler-oltmanns.de>\nGesendet: Dienstag, 3. November 2026 07:45\n"
            "An: frerk.janssen@ewetel.net\nBetreff: Angebot Malerarbeiten\n\n" + ang)
    eml = mk.mail(R, "info@maler-oltmanns.de", "Sven Oltmanns", who("Frerk Janssen", "frerk.janssen@ewetel.net"),
                  "AW: AW: Angebot Malerarbeiten", issue, body_text=body, pdf=True, extra_headers=reply_headers("ewetel.net"))
    return mk.record(None, "iphone-reply", "de", "pdf", env("info@maler-oltmanns.de", "frerk.janssen@ewetel.net"), eml,
                     pages, "Rechnung_2026-214.pdf",
                     mk.expected("2026-214", tot, tot, issue, due, "Frerk Janssen", "frerk.janssen@ewetel.net", ib, False, "de"),
                     note="German owner from his iPhone above two '-----Ursprüngliche Nachricht-----' blocks; the quoted Angebot total %s differs from %s." % (eur_de(qtot), eur_de(tot)))


@add
def de_buchhaltung_agb_verwendungszweck():
    ib = iban("DE")
    issue = D(2026, 11, 26)
    due = issue + TD(30)
    vz = "R26-0719K4402"
    rows, net, vat, tot = calc([("Empfangstheke Eiche massiv nach Zeichnung", 1, 468000),
                                ("Montage vor Ort (Std.)", 9, 6800),
                                ("Anfahrt", 2, 4500)], 19)
    pages = invoice_pdf(
        ["Schreinerei Holzwerk Bauer GmbH", "Gewerbering 11 · 84030 Ergolding", "HRB 8214 AG Landshut · USt-IdNr. DE291447630"],
        ["Zahnarztpraxis Dr. Lechner", "Altstadt 301", "84028 Landshut"],
        "RECHNUNG",
        [("Rechnung Nr.", "R26-0719"), ("Datum", dd(issue)), ("Kunden-Nr.", "K4402"), ("Fällig am", dd(due))],
        ["Position", "Menge", "Einzelpreis", "Betrag"],
        de_rows(rows),
        [("Summe netto", eur_de(net), False), ("USt. 19 %", eur_de(vat), False), ("Gesamtbetrag", eur_de(tot), True)],
        ["Bitte überweisen Sie den Betrag bis %s auf IBAN %s (BIC BYLADEM1LAH)." % (dd(due), sp(ib)),
         "Verwendungszweck: %s" % vz, "Es gelten unsere beigefügten AGB."],
        ["Schreinerei Holzwerk Bauer GmbH · Geschäftsführer: Michael Bauer"], style="right")
    agb = mini_pdf(lines_doc([("Allgemeine Geschäftsbedingungen der Schreinerei Holzwerk Bauer GmbH", 11), None,
                              "§ 1 Geltungsbereich", "Diese AGB gelten für alle Verträge mit Unternehmern und Verbrauchern.",
                              None, "§ 6 Zahlung", "Rechnungen sind innerhalb von 10 Tagen nach Zugang ohne Abzug zahlbar,",
                              "sofern nichts anderes vereinbart ist. Bei Aufträgen über 5.000 EUR netto kann eine",
                              "Abschlagszahlung von 30 % verlangt werden.", None, "§ 8 Eigentumsvorbehalt",
                              "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", None, "Stand: Januar 2026"]))
    body = ("Sehr geehrte Frau Dr. Lechner,\n\nanbei erhalten Sie unsere Rechnung R26-0719 über die Empfangstheke sowie unsere AGB.\n\n"
            "Mit freundlichen Grüßen\n\ni. A. Carina Huber\nBuchhaltung\n\nSchreinerei Holzwerk Bauer GmbH\n"
            "Gewerbering 11 | 84030 Ergolding\nTel. 0871 966 14 0 | buchhaltung@holzwerk-bauer.de\n"
            "Geschäftsführer: Michael Bauer | HRB 8214 Amtsgericht Landshut | USt-IdNr. DE291447630")
    eml = mk.mail(R, "buchhaltung@holzwerk-bauer.de", "Holzwerk Bauer Buchhaltung", who("Dr. Andrea Lechner", "praxis@zahnarzt-lechner.de"),
                  "Rechnung R26-0719", D(2026, 11, 26), body_text=body, pdf=True)
    eml = add_pdf_part(eml, "AGB_Holzwerk_Bauer.pdf", agb)
    return mk.record(None, "shared-mailbox-ia", "de", "pdf", env("buchhaltung@holzwerk-bauer.de", "praxis@zahnarzt-lechner.de"), eml,
                     pages, "Rechnung_R26-0719.pdf",
                     mk.expected("R26-0719", tot, tot, issue, due, "Zahnarztpraxis Dr. Lechner", "praxis@zahnarzt-lechner.de", ib, True,
                                 "de", reference=vz),
                     note="Shared buchhaltung@ mailbox, 'i. A.' signature; AGB PDF says 10 days, the invoice a date; Verwendungszweck labelled.")


@add
def de_steuerbuero_fuer_mandant():
    ib = iban("DE")
    issue = D(2026, 11, 30)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Hausmeisterdienst Objekt Lindenallee 4–8, November (pauschal)", 1, 64000),
                                ("Winterdienst Bereitschaft November", 1, 12000),
                                ("Austausch Leuchtmittel Treppenhaus (Std.)", 1.5, 4200)], 19)
    pages = invoice_pdf(
        ["Hausmeisterservice Kowalski", "Inh. Tomasz Kowalski", "Bergstraße 40 · 44791 Bochum", "St.-Nr. 306/5128/4471"],
        ["Hausverwaltung Ruhrblick GmbH", "Kortumstraße 60", "44787 Bochum"],
        "Rechnung",
        [("Rechnungsnummer", "HK-2026-11"), ("Rechnungsdatum", dd(issue)), ("Zahlungsziel", "14 Tage")],
        ["Leistung", "Menge", "Preis", "Betrag"],
        de_rows(rows),
        [("Netto", eur_de(net), False), ("19 % MwSt.", eur_de(vat), False), ("Brutto", eur_de(tot), True)],
        ["Zahlbar innerhalb von 14 Tagen auf IBAN %s (Tomasz Kowalski)." % sp(ib)],
        ["Hausmeisterservice Kowalski · Bochum"])
    body = ("Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Mandanten, Hausmeisterservice Kowalski, übersenden wir Ihnen anbei\n"
            "die Rechnung für November 2026.\n\nBei Fragen zu den Leistungen wenden Sie sich bitte direkt an Herrn Kowalski.\n\n"
            "Mit freundlichen Grüßen\n\nJulia Szymańska\nSteuerfachangestellte\n\nSteuerberatung Brandt & Okoye PartG mbB\n"
            "Huestraße 21 | 44787 Bochum | Tel. 0234 588 02-0\nPartnerschaftsregister PR 1284 AG Essen\n\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte\n"
            "den Absender und vernichten Sie diese E-Mail.\nThis e-mail contains confidential information. If you are not the\n"
            "intended recipient, please notify the sender and delete this e-mail.")
    eml = mk.mail(R, "rechnungen@brandt-okoye.de", b_enc("Steuerberatung Brandt & Okoye"), who("Hausverwaltung Ruhrblick", "rechnungseingang@ruhrblick-hv.de"),
                  q_enc("Rechnung HK-2026-11 – Hausmeisterservice Kowalski"), D(2026, 12, 1), body_text=body, pdf=True)
    return mk.record(None, "accountant-for-client", "de", "pdf", env("rechnungen@brandt-okoye.de", "rechnungseingang@ruhrblick-hv.de"), eml,
                     pages, "HK-2026-11.pdf",
                     mk.expected("HK-2026-11", tot, tot, issue, due, "Hausverwaltung Ruhrblick GmbH", "rechnungseingang@ruhrblick-hv.de",
                                 ib, True, "de"),
                     note="The tax adviser's office sends 'im Auftrag unseres Mandanten'; seller and IBAN are the client's; two-language disclaimer.")


@add
def de_wg_buchhaltung():
    ib = iban("DE")
    issue = D(2026, 11, 16)
    due = issue + TD(21)
    rows, net, vat, tot = calc([("Messestand-Grafik, Druckdaten 3 Rückwände", 1, 185000),
                                ("Roll-up Layout DE/EN", 2, 24000),
                                ("Korrekturschleifen (Std.)", 4, 8500)], 19)
    pages = invoice_pdf(
        ["Studio Kranich", "Kommunikationsdesign", "Friedrichstraße 88 · 40217 Düsseldorf", "USt-IdNr. DE345502918"],
        ["Rheinpumpen Technik GmbH", "Marketing / Frau Kessler", "Hansaallee 201", "40549 Düsseldorf"],
        "Rechnung 2026-0457",
        [("Datum", dd(issue)), ("Fällig", dd(due)), ("Bestellnr.", "—")],
        ["Leistung", "Anz.", "Preis", "Summe"],
        de_rows(rows),
        [("Netto", eur_de(net), False), ("USt. 19 %", eur_de(vat), False), ("Gesamt", eur_de(tot), True)],
        ["Bitte überweisen Sie den Betrag innerhalb von 21 Tagen auf", "IBAN %s, Studio Kranich, Lena Kranich." % sp(ib)],
        ["Studio Kranich · hallo@studio-kranich.de"], style="band")
    body = ("Sehr geehrte Damen und Herren,\n\nwie von Frau Kessler gewünscht, leite ich Ihnen die Rechnung direkt an die Buchhaltung weiter.\n\n"
            "Viele Grüße\nLena Kranich\n\n---------- Weitergeleitete Nachricht ----------\nVon: Lena Kranich <hallo@studio-kranich.de>\n"
            "Datum: Mo., 16. Nov. 2026 um 14:10 Uhr\nBetreff: Rechnung 2026-0457\nAn: Miriam Kessler <m.kessler@rheinpumpen.de>\n\n"
            "Liebe Frau Kessler,\n\nanbei die Rechnung für die Messegrafik. Die Druckdaten sind schon bei der Druckerei.\n\n"
            "Viele Grüße\nLena Kranich\n")
    eml = mk.mail(R, "hallo@studio-kranich.de", "Lena Kranich", "buchhaltung@rheinpumpen.de",
                  "WG: Rechnung 2026-0457", D(2026, 11, 25), body_text=body, pdf=True,
                  extra_headers=["Cc: Miriam Kessler <m.kessler@rheinpumpen.de>"])
    return mk.record(None, "forward-accounts", "de", "pdf", env("hallo@studio-kranich.de", "buchhaltung@rheinpumpen.de", "m.kessler@rheinpumpen.de"),
                     eml, pages, "Rechnung_2026-0457.pdf",
                     mk.expected("2026-0457", tot, tot, issue, due, "Rheinpumpen Technik GmbH", "buchhaltung@rheinpumpen.de", ib, True, "de"),
                     note="'WG:' forward of the designer's own invoice to the customer's Buchhaltung nine days later.")


@add
def at_kleinunternehmer_body():
    ib = iban("AT")
    issue = D(2026, 12, 1)
    due = issue + TD(14)
    body = ("Liebe Frau Gruber,\n\ndanke fürs Vertrauen! Hier meine Rechnung:\n\nRechnung Nr. 17/2026\nDatum: %s\n"
            "An: Frau Theresa Gruber, Mariahilfer Straße 140/7, 1150 Wien\n\n"
            "Ernährungsberatung, 4 Einheiten à € 160,-\nBetrag: € 640,--\n\n"
            "Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung (§ 6 Abs. 1 Z 27 UStG).\n\n"
            "Zahlbar binnen 14 Tagen auf AT%s\nlautend auf Mag. Verena Pichler\n\nLiebe Grüße\nVerena Pichler\n\n"
            "Gesendet von meinem Huawei-Telefon" % (dd(issue), sp(ib)[2:]))
    eml = mk.mail(R, "verena.pichler@gmx.at", "Verena Pichler", who("Theresa Gruber", "theresa.gruber@chello.at"),
                  "Rechnung", issue, body_text=body)
    return mk.record(None, "typed-phone", "de", "body-text", env("verena.pichler@gmx.at", "theresa.gruber@chello.at"), eml,
                     expected=mk.expected("17/2026", 64000, 64000, issue, due, "Theresa Gruber", "theresa.gruber@chello.at", ib, False, "de"),
                     note="Austrian Kleinunternehmerin types it on her phone: 'Betrag: € 640,--', 'binnen 14 Tagen', AT IBAN split after the country code.")


@add
def ch_designer_chf():
    ib = iban("CH")
    issue = D(2026, 11, 23)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Corporate Design Überarbeitung (Std.)", 22, 14000),
                                ("Geschäftsdrucksachen Layout", 1, 95000),
                                ("Reinzeichnung Logo-Varianten", 1, 42000)], 8.1)
    pages = invoice_pdf(
        ["Atelier Brunner Grafik", "Seraina Brunner", "Spitalgasse 14 · 3011 Bern", "CHE-415.228.903 MWST"],
        ["Aare Velo AG", "Frau M. Zürcher", "Monbijoustrasse 61", "3007 Bern"],
        "Rechnung",
        [("Rechnungsnummer", "AB-26-118"), ("Datum", dd(issue)), ("Zahlbar bis", dd(due))],
        ["Leistung", "Menge", "Ansatz", "Betrag CHF"],
        [(r[0], qty_s(r[1], "de"), mk.money(r[2], "ch"), mk.money(r[3], "ch")) for r in rows],
        [("Total exkl. MWST", chf(net), False), ("MWST 8.1 %", chf(vat), False), ("Total inkl. MWST", chf(tot), True)],
        ["Zahlbar innert 30 Tagen auf %s, Berner Kantonalbank, lautend auf Seraina Brunner." % sp(ib)],
        ["Atelier Brunner Grafik · atelier-brunner.ch"], style="right")
    body = ("Grüezi Frau Zürcher\n\nIm Anhang sende ich Ihnen die Rechnung für die Überarbeitung des Corporate Designs.\n"
            "Die Druckdaten für die Visitenkarten folgen bis Ende Woche.\n\nFreundliche Grüsse\nSeraina Brunner\n\n"
            "Atelier Brunner Grafik | Spitalgasse 14 | 3011 Bern | 031 311 48 20")
    eml = mk.mail(R, "seraina@atelier-brunner.ch", "Seraina Brunner", who("Monika Zürcher", "m.zuercher@aarevelo.ch"),
                  "Rechnung AB-26-118", issue, body_text=body, pdf=True)
    return mk.record(None, "owner-plain", "de", "pdf", env("seraina@atelier-brunner.ch", "m.zuercher@aarevelo.ch"), eml,
                     pages, "Rechnung_AB-26-118.pdf",
                     mk.expected("AB-26-118", tot, tot, issue, due, "Aare Velo AG", "m.zuercher@aarevelo.ch", ib, True, "de", currency="CHF"),
                     note="Swiss: CHF with apostrophes, MWST 8.1 %, 'innert 30 Tagen', 'Grüsse' without ß.")


@add
def ch_window_cleaner_html():
    ib = iban("CH")
    issue = D(2026, 11, 28)
    due = issue + TD(10)
    n1, p1 = 14, 1800
    wint = 4500
    tot = n1 * p1 + wint
    html = ("<html><body><div style=\"font-family:Verdana;font-size:12px\">Guten Tag Herr Baumgartner<br><br>"
            "Besten Dank für den Auftrag. Hier die Rechnung:<br><br>"
            "<b>Rechnung Nr. 2026-092</b><br>Datum: %s<br>Kunde: Urs Baumgartner, Rebbergstrasse 9, 8706 Meilen<br><br>"
            "Fensterreinigung innen/aussen, %d Fenster à CHF %s = CHF %s<br>Storen reinigen pauschal CHF %s<br>"
            "<b>Total CHF %s</b><br><br>Bitte innert 10 Tagen überweisen auf:<br>IBAN %s<br>Glanzwerk Reinigungen, R. Frei<br><br>"
            "Freundliche Grüsse<br>Ramona Frei<br>Glanzwerk Reinigungen, Meilen<br>079 412 66 03</div></body></html>"
            % (dd(issue), n1, mk.money(p1, "ch"), mk.money(n1 * p1, "ch"), mk.money(wint, "ch"), mk.money(tot, "ch"), sp(ib)))
    eml = mk.mail(R, "glanzwerk.frei@bluewin.ch", "Ramona Frei", who("Urs Baumgartner", "u.baumgartner@swissonline.ch"),
                  "Rechnung Fensterreinigung", D(2026, 11, 28), body_html=html)
    return mk.record(None, "webmail-html", "de", "body-html", env("glanzwerk.frei@bluewin.ch", "u.baumgartner@swissonline.ch"), eml,
                     expected=mk.expected("2026-092", tot, tot, issue, due, "Urs Baumgartner", "u.baumgartner@swissonline.ch", ib, False,
                                          "de", currency="CHF"),
                     note="Swiss window cleaner, HTML from a webmail, no VAT (below threshold), 'innert 10 Tagen'.")


@add
def de_corrected_address_gmbh():
    ib = iban("DE")
    issue = D(2026, 11, 12)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Wartung Lüftungsanlage Büro 2. OG", 1, 38000),
                                ("Filtersatz F7 (Stück)", 6, 2450),
                                ("Anfahrtspauschale", 1, 5500)], 19)
    pages = invoice_pdf(
        ["Klimatechnik Seidel e.K.", "Am Wasserturm 3 · 04229 Leipzig", "USt-IdNr. DE277015532"],
        ["Nordlicht Software GmbH", "Buchhaltung", "Prager Straße 118", "04317 Leipzig"],
        "Rechnung (korrigierte Anschrift)",
        [("Rechnungsnummer", "KS-26-0388"), ("Rechnungsdatum", dd(issue)), ("Kundennummer", "20417")],
        ["Bezeichnung", "Menge", "E-Preis", "Gesamt"],
        de_rows(rows),
        [("Nettobetrag", eur_de(net), False), ("Umsatzsteuer 19 %", eur_de(vat), False), ("Zu zahlen", eur_de(tot), True)],
        ["Zahlungsbedingungen: 30 Tage netto ab Rechnungsdatum.", "Bankverbindung: IBAN %s · BIC SOLADES1LPZ" % sp(ib)],
        ["Klimatechnik Seidel e.K. · Inhaber Rico Seidel · HRA 17720 AG Leipzig"])
    body = ("Sehr geehrte Frau Winkler,\n\nvielen Dank für den Hinweis. Anbei erhalten Sie die Rechnung KS-26-0388 erneut, jetzt mit\n"
            "Ihrer neuen Anschrift in der Prager Straße. Rechnungsnummer, Datum und Betrag bleiben unverändert.\n\n"
            "Mit freundlichen Grüßen\nim Auftrag von Rico Seidel\n\nDaniela Vogt\nBüro\nKlimatechnik Seidel e.K.\n"
            "Tel. 0341 492 77 30\n\n-----Ursprüngliche Nachricht-----\nVon: Buchhaltung Nordlicht <buchhaltung@nordlicht-software.de>\n"
            "Gesendet: Mittwoch, 2. Dezember 2026 10:31\nAn: info@klimatechnik-seidel.de\nBetreff: WG: Rechnung KS-26-0388\n\n"
            "Guten Tag,\n\nwir sind zum 1. Oktober umgezogen. Ihre Rechnung vom 12.11. ist noch an die Karl-Liebknecht-Straße 50\n"
            "adressiert. Bitte senden Sie uns eine korrigierte Rechnung mit der Prager Straße 118, 04317 Leipzig,\n"
            "sonst können wir sie steuerlich nicht verbuchen.\n\nMit freundlichen Grüßen\nSabine Winkler\nBuchhaltung\n")
    eml = mk.mail(R, "info@klimatechnik-seidel.de", "Klimatechnik Seidel", who("Sabine Winkler", "buchhaltung@nordlicht-software.de"),
                  "AW: WG: Rechnung KS-26-0388", D(2026, 12, 3), body_text=body, pdf=True, extra_headers=reply_headers("nordlicht-software.de"))
    return mk.record(None, "corrected-resend", "de", "pdf", env("info@klimatechnik-seidel.de", "buchhaltung@nordlicht-software.de"), eml,
                     pages, "Rechnung_KS-26-0388_korrigiert.pdf",
                     mk.expected("KS-26-0388", tot, tot, issue, due, "Nordlicht Software GmbH", "buchhaltung@nordlicht-software.de", ib,
                                 True, "de"),
                     note="Corrected-address re-send three weeks after the invoice date, same number/date; the quoted request carries the old street.")


@add
def de_azubi_werkstatt_pruefbericht():
    ib = iban("DE")
    issue = D(2026, 11, 27)
    due = issue + TD(10)
    rows, net, vat, tot = calc([("Bremsscheiben + Beläge VA erneuern (AW)", 14, 1150),
                                ("Bremsscheiben VA (Satz)", 1, 11890),
                                ("Bremsbeläge VA (Satz)", 1, 6450),
                                ("Bremsflüssigkeit wechseln", 1, 4900)], 19)
    pages = invoice_pdf(
        ["Kfz-Meisterbetrieb Yıldız", "Hafenstraße 52 · 68159 Mannheim", "Tel. 0621 155 84 20 · USt-IdNr. DE301248875"],
        ["Herrn Dr. Jan Hofmann", "Lameystraße 17", "68165 Mannheim"],
        "Rechnung",
        [("Rechnungs-Nr.", "W-26-1611"), ("Datum", dd(issue)), ("Kennzeichen", "MA-JH 412"), ("km-Stand", "84.215")],
        ["Arbeit / Material", "Menge", "Preis", "Betrag"],
        de_rows(rows),
        [("Netto", eur_de(net), False), ("MwSt 19 %", eur_de(vat), False), ("Endbetrag", eur_de(tot), True)],
        ["Zahlbar innerhalb von 10 Tagen ohne Abzug.", "IBAN %s · Volksbank Kurpfalz" % sp(ib)],
        ["Kfz-Meisterbetrieb Yıldız · Inh. Emre Yıldız"])
    pb = mini_pdf(lines_doc([("Prüfbericht Bremsanlage - Auftrag 26-4419", 12), None, "Fahrzeug: VW Touran, MA-JH 412",
                             "Datum: 26.11.2026", "Bremsscheiben VA: Mindeststärke unterschritten (21,4 mm / min. 22 mm)",
                             "Bremswirkung nach Reparatur: VA 3,9 kN / 4,0 kN, HA 2,1 kN / 2,2 kN",
                             "Nächste Inspektion empfohlen bei 100.000 km", None, "Geprüft: E. Yildiz"]))
    body = ("Guten Tag Herr Dr. Hofmann,\n\nich bin Auszubildende bei Kfz Yıldız. Herr Yıldız hat mich gebeten, Ihnen die Rechnung\n"
            "für die Bremsen und den Prüfbericht zu schicken.\n\nMit freundlichen Grüßen\nLea Schäfer\n"
            "Auszubildende Kauffrau für Büromanagement\nKfz-Meisterbetrieb Yıldız")
    eml = mk.mail(R, "werkstatt@kfz-yildiz.de", "Kfz-Meisterbetrieb Yıldız", who("Dr. Jan Hofmann", "jan.hofmann@web.de"),
                  "Rechnung und Prüfbericht", D(2026, 11, 27), body_text=body, pdf=True)
    eml = add_pdf_part(eml, "Pruefbericht_26-4419.pdf", pb)
    return mk.record(None, "apprentice", "de", "pdf", env("werkstatt@kfz-yildiz.de", "jan.hofmann@web.de"), eml,
                     pages, "Rechnung_W-26-1611.pdf",
                     mk.expected("W-26-1611", tot, tot, issue, due, "Dr. Jan Hofmann", "jan.hofmann@web.de", ib, False, "de"),
                     note="An apprentice (Auszubildende) sends it; the second PDF is a brake test report with its own order number; 'Herrn Dr.' drops Herrn only.")


@add
def de_gbr_partner_stundennachweis():
    ib = iban("DE")
    issue = D(2026, 12, 2)
    due = issue + TD(14)
    hrs = [("02.11.", 6.5), ("05.11.", 4), ("11.11.", 7.5), ("17.11.", 5), ("24.11.", 8), ("27.11.", 3.5)]
    h = sum(x[1] for x in hrs)
    rows, net, vat, tot = calc([("Backend-Entwicklung Buchungssystem laut Stundennachweis (Std.)", h, 9200)], 19)
    sn = [("Stundennachweis November 2026 — Projekt Buchungssystem", 12, True), ""] + \
         ["%s  %s Std.  API Schnittstelle / Tests" % (d, qty_s(x, "de")) for d, x in hrs] + ["", "Summe: %s Std." % qty_s(h, "de"),
                                                                                           "Freigabe Kunde: ____________"]
    pages = invoice_pdf(
        ["Fuchs & Lindqvist GbR", "Softwareentwicklung", "Zeughausstraße 9 · 50667 Köln", "USt-IdNr. DE339012774"],
        ["Domhotels Rheinland GmbH", "IT-Abteilung", "Marzellenstraße 5", "50668 Köln"],
        "Rechnung",
        [("Rechnung Nr.", "FL-2026-031"), ("Rechnungsdatum", dd(issue)), ("Leistungszeitraum", "November 2026")],
        ["Beschreibung", "Std.", "Satz", "Betrag"],
        [("Backend-Entwicklung Buchungssystem", qty_s(h, "de"), eur_de(9200), eur_de(rows[0][3]))],
        [("Netto", eur_de(net), False), ("zzgl. 19 % USt", eur_de(vat), False), ("Rechnungsbetrag", eur_de(tot), True)],
        ["Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf", "IBAN %s (Fuchs & Lindqvist GbR)." % sp(ib),
         "Stundennachweis siehe Seite 2."],
        ["Fuchs & Lindqvist GbR · Gesellschafter: Moritz Fuchs, Erik Lindqvist"], extra_pages=[sn])
    cust = ("Hallo Erik,\n\nkönnt ihr mir noch die Rechnung für November schicken? Ich brauche sie bis Montag\n"
            "für den Monatsabschluss.\n\nDanke und Gruß\nPaula")
    body = ("Am 01.12.2026 um 17:02 schrieb Paula Reinartz <p.reinartz@domhotels-rheinland.de>:\n" + gt(cust) +
            "\n\nHallo Paula,\n\nErik ist diese Woche beim Kunden in Hamburg, ich übernehme das. Rechnung mit Stundennachweis\n"
            "hängt an.\n\nBeste Grüße\nMoritz\n\n--\nMoritz Fuchs · Fuchs & Lindqvist GbR · 0221 168 20 44")
    eml = mk.mail(R, "moritz@fuchs-lindqvist.de", "Moritz Fuchs", who("Paula Reinartz", "p.reinartz@domhotels-rheinland.de"),
                  "Re: Rechnung November?", issue, body_text=body, pdf=True, extra_headers=reply_headers("domhotels-rheinland.de"))
    return mk.record(None, "partner-reply", "de", "pdf", env("moritz@fuchs-lindqvist.de", "p.reinartz@domhotels-rheinland.de"), eml,
                     pages, "FL-2026-031.pdf",
                     mk.expected("FL-2026-031", tot, tot, issue, due, "Domhotels Rheinland GmbH", "p.reinartz@domhotels-rheinland.de",
                                 ib, True, "de"),
                     note="The other partner of a two-person GbR answers bottom-posted; page 2 is an hours statement with dates and hour lines.")


@add
def de_va_fotografin_kleinunternehmer():
    ib = iban("DE")
    issue = D(2026, 11, 30)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Hochzeitsreportage 8 Stunden", 1, 189000),
                                ("Fotobuch 30 x 30 cm, 40 Seiten", 1, 32000),
                                ("Anfahrt (km)", 64, 30)], 0)
    dep = 50000
    pages = invoice_pdf(
        ["Johanna Wolf Fotografie", "Rosengasse 3 · 91054 Erlangen", "Steuernummer 216/245/11780"],
        ["Anna und Jonas Peters", "Hauptstraße 12", "91080 Uttenreuth"],
        "Rechnung",
        [("Rechnungsnummer", "JW-2026-27"), ("Rechnungsdatum", lg(issue, "de")), ("Hochzeit am", "17.10.2026")],
        ["Leistung", "Menge", "Preis", "Betrag"],
        de_rows(rows),
        [("Gesamt", eur_de(tot), False), ("abzgl. Anzahlung vom 02.05.2026", "-" + eur_de(dep), False),
         ("Offener Betrag", eur_de(tot - dep), True)],
        ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
         "Bitte überweist den offenen Betrag bis %s auf IBAN %s." % (lg(due, "de"), sp(ib))],
        ["johannawolf-fotografie.de · Instagram @johannawolf.foto"], style="band")
    body = ("Liebe Anna, lieber Jonas,\n\nim Auftrag von Johanna sende ich euch heute die Rechnung für eure Hochzeitsreportage.\n"
            "Das Fotobuch ist in Produktion und kommt voraussichtlich in der zweiten Dezemberwoche.\n\n"
            "Herzliche Grüße\nMira Engel\nVirtuelle Assistenz für Johanna Wolf Fotografie\n\n"
            "Johanna Wolf Fotografie · Rosengasse 3 · 91054 Erlangen\nWebsite · Instagram · Pinterest")
    eml = mk.mail(R, "studio@johannawolf-fotografie.de", "Johanna Wolf Fotografie", who("Anna Peters", "anna.peters92@gmx.de"),
                  q_enc("Eure Rechnung – Hochzeitsreportage"), issue, body_text=body, pdf=True)
    return mk.record(None, "virtual-assistant", "de", "pdf", env("studio@johannawolf-fotografie.de", "anna.peters92@gmx.de"), eml,
                     pages, "Rechnung_JW-2026-27.pdf",
                     mk.expected("JW-2026-27", tot - dep, tot, issue, due, "Anna und Jonas Peters", "anna.peters92@gmx.de", ib, False, "de"),
                     note="A virtual assistant writes 'im Auftrag von'; § 19 small business, deposit subtracted; the wedding date and deposit date are other dates.")


@add
def de_heizung_question_first_late():
    ib = iban("DE")
    issue = D(2026, 11, 6)
    due = issue + TD(14)
    rows, net, vat, tot = calc([("Jahreswartung Gas-Brennwerttherme", 1, 16900),
                                ("Abgasmessung", 1, 3800),
                                ("Dichtungssatz", 1, 2140)], 19)
    pages = invoice_pdf(
        ["Haustechnik Reimann", "Meisterbetrieb Sanitär · Heizung", "Bahnhofstraße 31 · 35390 Gießen", "USt-IdNr. DE263590118"],
        ["Frau Claudia Ebert", "Wiesenweg 4", "35394 Gießen"],
        "Rechnung",
        [("Nummer", "2026-3318"), ("Datum", dd(issue)), ("Auftrag", "Wartung Therme")],
        ["Bezeichnung", "Menge", "Preis", "Summe"],
        de_rows(rows),
        [("Summe netto", eur_de(net), False), ("19 % USt.", eur_de(vat), False), ("Gesamtbetrag", eur_de(tot), True)],
        ["Zahlbar innerhalb 14 Tagen nach Rechnungsdatum.", "Sparkasse Gießen · IBAN %s" % sp(ib),
         "Lohnanteil für § 35a EStG: %s" % eur_de(16900 + 3800)],
        ["Haustechnik Reimann · Inh. Jörg Reimann"])
    cust = ("Hallo Herr Reimann,\n\nsind die Ersatzteile für das Warmwasserventil inzwischen da? Wann könnten Sie kommen?\n\n"
            "Gruß C. Ebert")
    body = ("Guten Tag Frau Ebert,\n\nja, die Teile sind gestern gekommen. Wir können am Montag, 7. Dezember, um 8 Uhr bei Ihnen sein.\n"
            "Passt Ihnen das?\n\nBei der Gelegenheit: anbei noch die Rechnung für die Wartung im November - die ist bei uns\n"
            "leider liegen geblieben, entschuldigen Sie bitte.\n\nMit freundlichen Grüßen\nJörg Reimann\nHaustechnik Reimann\n"
            "Tel. 0641 793 22 11\n\nAm 03.12.2026 um 19:44 schrieb Claudia Ebert:\n" + gt(cust))
    eml = mk.mail(R, "info@haustechnik-reimann.de", "Haustechnik Reimann", who("Claudia Ebert", "c.ebert@t-online.de"),
                  "AW: Ersatzteile Ventil", D(2026, 12, 4), body_text=body, pdf=True, extra_headers=reply_headers("t-online.de"))
    return mk.record(None, "answer-then-invoice", "de", "pdf", env("info@haustechnik-reimann.de", "c.ebert@t-online.de"), eml,
                     pages, "Rechnung_2026-3318.pdf",
                     mk.expected("2026-3318", tot, tot, issue, due, "Claudia Ebert", "c.ebert@t-online.de", ib, False, "de"),
                     note="Answers the appointment question first (Monday 7 December); the invoice was issued four weeks earlier and is already past due.")


@add
def de_yoga_body_text_business():
    ib = iban("DE")
    issue = D(2026, 11, 26)
    due = issue + TD(14)
    n, rate = 4, 18000
    net = n * rate
    vat = int(round(net * 0.19))
    tot = net + vat
    body = ("Liebe Frau Demir,\n\nvielen Dank, dass wir die bewegte Mittagspause bei Ihnen anbieten durften. Nachfolgend meine\n"
            "Rechnung:\n\n-------------------------------------------\nRECHNUNG Nr. 2026-061\nDatum: %s\n\n"
            "Rechnungsempfänger:\nLogistikzentrum Havelland GmbH\nPersonalabteilung\nAm Güterbahnhof 2, 14612 Falkensee\n\n"
            "Yoga-Kurs 'Bewegte Mittagspause', %d Termine à %s      %s\nzzgl. 19 %% USt.                                      %s\n"
            "Gesamtbetrag                                          %s\n\n"
            "Zahlungsziel: 14 Tage\nBankverbindung: Yogaraum Falkensee, IBAN %s\n-------------------------------------------\n\n"
            "Namasté und herzliche Grüße\nKatrin Albers\nYogaraum Falkensee\nSpandauer Straße 77, 14612 Falkensee\n"
            "USt-IdNr. DE328877105\n\nDiese Nachricht ist vertraulich. / This message is confidential."
            % (dd(issue), n, eur_de(rate), eur_de(net), eur_de(vat), eur_de(tot), sp(ib)))
    eml = mk.mail(R, "kontakt@yogaraum-falkensee.de", "Yogaraum Falkensee", who("Selin Demir", "s.demir@lz-havelland.de"),
                  "Rechnung Yoga-Kurs November", issue, body_text=body)
    return mk.record(None, "typed-outlook", "de", "body-text", env("kontakt@yogaraum-falkensee.de", "s.demir@lz-havelland.de"), eml,
                     expected=mk.expected("2026-061", tot, tot, issue, due, "Logistikzentrum Havelland GmbH", "s.demir@lz-havelland.de",
                                          ib, True, "de"),
                     note="Invoice typed into the mail between dashed lines, to a company's HR contact.")


@add
def de_schlussrechnung_abschlag_ipad():
    ib = iban("DE")
    issue = D(2026, 11, 25)
    due = issue + TD(30)
    rows, net, vat, tot = calc([("Elektroinstallation Praxisräume EG gem. Auftrag", 1, 1248000),
                                ("Nachtrag 1: zusätzliche Datendosen (Stück)", 12, 8900),
                                ("Nachtrag 2: Notbeleuchtung", 1, 96000)], 19)
    ab_net = 600000
    ab_vat = int(round(ab_net * 0.19))
    ab = ab_net + ab_vat
    pages = invoice_pdf(
        ["Elektro Wagenknecht GmbH", "Industriestraße 8 · 39112 Magdeburg", "HRB 21418 · USt-IdNr. DE287700341"],
        ["MVZ Elbauen GmbH", "Breiter Weg 190", "39104 Magdeburg"],
        "Schlussrechnung",
        [("Rechnungs-Nr.", "SR-2026-014"), ("Datum", dd(issue)), ("Bauvorhaben", "Praxis EG, Breiter Weg 190")],
        ["Leistung", "Menge", "EP", "Betrag"],
        de_rows(rows),
        [("Summe netto", eur_de(net), False), ("19 % USt.", eur_de(vat), False), ("Gesamtsumme brutto", eur_de(tot), False),
         ("abzgl. Abschlag AR-2026-009", "-" + eur_de(ab), False), ("Restbetrag", eur_de(tot - ab), True)],
        ["Zahlbar innerhalb von 30 Tagen nach Rechnungseingang ohne Abzug.", "IBAN %s · Volksbank Magdeburg" % sp(ib)],
        ["Elektro Wagenknecht GmbH · Geschäftsführer Holger Wagenknecht"], style="right")
    body = ("Sehr geehrter Herr Dr. Sommer,\n\nanbei die Schlussrechnung für die Praxisräume. Die Abschlagszahlung ist schon abgezogen.\n"
            "Die Abnahmeprotokolle bringe ich nächste Woche persönlich vorbei.\n\nMfG\nH. Wagenknecht\n\nVon meinem iPad gesendet")
    eml = mk.mail(R, "h.wagenknecht@elektro-wagenknecht.de", "Holger Wagenknecht", who("Dr. Felix Sommer", "verwaltung@mvz-elbauen.de"),
                  "Schlussrechnung Praxis EG", D(2026, 11, 25), body_text=body, pdf=True)
    return mk.record(None, "ipad-owner", "de", "pdf", env("h.wagenknecht@elektro-wagenknecht.de", "verwaltung@mvz-elbauen.de"), eml,
                     pages, "SR-2026-014.pdf",
                     mk.expected("SR-2026-014", tot - ab, tot, issue, due, "MVZ Elbauen GmbH", "verwaltung@mvz-elbauen.de", ib, True, "de"),
                     note="Final invoice minus a paid interim invoice (its own number); the owner from his iPad; 30 days counted from the invoice date.")


@add
def de_gmx_html_pdf_bydate():
    ib = iban("DE")
    issue = D(2026, 12, 3)
    due = D(2026, 12, 18)
    vz = "KL-0412-2026"
    rows, net, vat, tot = calc([("Klavierstimmung (Flügel)", 1, 14500),
                                ("Intonation Diskant", 1, 9000),
                                ("Anfahrt Zone 2", 1, 2500)], 19)
    pages = invoice_pdf(
        ["Klavierbau Lorenz", "Meisterwerkstatt", "Glockengießerwall 5 · 20095 Hamburg", "USt-IdNr. DE813402276"],
        ["Frau Ingrid Albrecht", "Elbchaussee 412", "22609 Hamburg"],
        "Rechnung",
        [("Rechnungsnr.", "0412"), ("Datum", dd(issue)), ("Zahlbar bis", dd(due))],
        ["Leistung", "Menge", "Preis", "Betrag"],
        de_rows(rows),
        [("Netto", eur_de(net), False), ("USt. 19 %", eur_de(vat), False), ("Gesamt", eur_de(tot), True)],
        ["Bitte überweisen Sie den Betrag bis zum %s auf IBAN %s." % (dd(due), sp(ib)), "Verwendungszweck: %s" % vz],
        ["Klavierbau Lorenz · Hamburg"])
    html = ("<html><body><div>Sehr geehrte Frau Albrecht,</div><div>&nbsp;</div><div>herzlichen Dank für den freundlichen Empfang. "
            "Ihr Flügel ist jetzt wieder auf 442 Hz gestimmt; die nächste Stimmung empfehle ich im Frühjahr.</div><div>&nbsp;</div>"
            "<div>Anbei meine Rechnung. Bitte überweisen Sie den Betrag bis zum %s.</div><div>&nbsp;</div>"
            "<div>Mit freundlichen Grüßen</div><div>Tobias Lorenz</div><div>Klavierbaumeister</div></body></html>" % dd(due))
    eml = mk.mail(R, "klavierbau.lorenz@gmx.de", "Tobias Lorenz", who("Ingrid Albrecht", "ingrid.albrecht@hamburg.de"),
                  "Rechnung Klavierstimmung", issue, body_html=html, pdf=True, msgid_domain="gmx.de")
    return mk.record(None, "gmx-html", "de", "pdf", env("klavierbau.lorenz@gmx.de", "ingrid.albrecht@hamburg.de"), eml,
                     pages, "Rechnung_0412.pdf",
                     mk.expected("0412", tot, tot, issue, due, "Ingrid Albrecht", "ingrid.albrecht@hamburg.de", ib, False, "de", reference=vz),
                     note="GMX HTML body with a PDF; due by a date; Verwendungszweck labelled in the PDF.")



# ================================================================ not invoices

def none_rec(tool, lang, frm, to, eml, why, note, pages=None, fn=None):
    return mk.record(None, tool, lang, "none", env(frm, *to), eml, pages, fn, expected=None, why_not=why, note=note)


@add
def x_nl_did_you_receive():
    ib = iban("NL")
    issue = D(2026, 11, 24)
    due = issue + TD(14)
    net = 3 * 8500 + 6200
    vat = int(round(net * 0.21))
    tot = net + vat
    orig = ("Hallo Kees,\n\nHierbij mijn factuur voor het snoeien van de fruitbomen.\n\nFactuurnummer: 2026-044\n"
            "Datum: %s\n3 uur snoeiwerk a € 85,00 = € 255,00\nAfvoer snoeihout € 62,00\nBtw 21%%: € %s\nTotaal: € %s\n\n"
            "Graag binnen 14 dagen op %s t.n.v. Boomverzorging Lindeman.\n\nGroet,\nFrits Lindeman"
            % (dm(issue), mk.money(vat, "nl"), mk.money(tot, "nl"), sp(ib)))
    body = ("Hoi Kees,\n\nHeb je mijn factuur van vorige week ontvangen? Ik zie hem nog niet terug en wilde even\n"
            "checken of hij niet in je spam is beland. Hieronder nog een keer de gegevens.\n\nGroet,\nFrits\n\n"
            "Verstuurd vanaf mijn iPhone\n\n> Op %s om 17:31 heeft Frits Lindeman <frits@boomverzorging-lindeman.nl> het volgende geschreven:\n>\n%s"
            % ("24 nov. 2026", gt(orig)))
    eml = mk.mail(R, "frits@boomverzorging-lindeman.nl", "Frits Lindeman", who("Kees van Loon", "keesvanloon@ziggo.nl"),
                  "Fwd: factuur snoeiwerk", D(2026, 12, 3), body_text=body)
    return none_rec("iphone-followup", "nl", "frits@boomverzorging-lindeman.nl", ["keesvanloon@ziggo.nl"], eml,
                    "A question whether last week's invoice arrived; the invoice is only quoted and was already sent and recorded.",
                    "Every invoice fact (number, amounts, IBAN, term) is in the quoted part under a follow-up question.")


@add
def x_nl_supplier_bill_to_bookkeeper():
    ib = iban("NL")
    issue = D(2026, 11, 20)
    rows, net, vat, tot = calc([("Tegellijm flex C2 (zak 25 kg)", 12, 1895), ("Voegmortel grijs (zak 5 kg)", 8, 1240),
                                ("Kitspuit + sanitairkit", 6, 985)], 21)
    pages = invoice_pdf(
        ["Bouwmaterialen Groothandel Rijnmond B.V.", "Vareseweg 120 · 3047 AV Rotterdam", "KvK 24102558 · btw NL008815734B01"],
        ["Tegelzetbedrijf Van Leeuwen", "Schiedamseweg 14", "3134 BA Vlaardingen"],
        "Factuur",
        [("Factuurnummer", "VF26-118204"), ("Factuurdatum", dm(issue)), ("Klantnummer", "D-30442")],
        ["Artikel", "Aantal", "Prijs", "Totaal"],
        [(r[0], qty_s(r[1], "nl"), eur_nl(r[2]), eur_nl(r[3])) for r in rows],
        [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(vat), False), ("Totaal", eur_nl(tot), True)],
        ["Betaling binnen 30 dagen op %s o.v.v. het factuurnummer." % sp(ib)], ["Rijnmond Bouwmaterialen"])
    body = ("Hoi Wendy,\n\nKun je deze inboeken? Is van de groothandel, lijm en voegmiddel voor het project in Schiedam.\n"
            "Betaald heb ik hem nog niet.\n\nThx, Arjen\n\nVerstuurd vanaf mijn iPhone\n\n"
            "Begin doorgestuurd bericht:\n\n> Van: Rijnmond Bouwmaterialen <facturen@rijnmond-bouwmaterialen.nl>\n"
            "> Datum: 20 november 2026 om 06:02:11 CET\n> Aan: info@tegelzetbedrijf-vanleeuwen.nl\n> Onderwerp: Factuur VF26-118204\n>\n"
            "> Geachte klant, bijgaand uw factuur.\n")
    eml = mk.mail(R, "info@tegelzetbedrijf-vanleeuwen.nl", "Arjen van Leeuwen", who("Wendy Kramer", "wendy@kramer-administratie.nl"),
                  "Fwd: Factuur VF26-118204", D(2026, 11, 29), body_text=body, pdf=True)
    return none_rec("forward-to-bookkeeper", "nl", "info@tegelzetbedrijf-vanleeuwen.nl", ["wendy@kramer-administratie.nl"], eml,
                    "A supplier's bill TO the business, forwarded to its own bookkeeper to book; nothing is owed to the sender.",
                    "A complete invoice PDF is attached, but the sender is its debtor.", pages, "Factuur VF26-118204.pdf")


@add
def x_en_quote_reply():
    rows, net, vat, tot = calc([("Survey and design, 40 m2 patio", 1, 35000), ("Indian sandstone paving, laid (m2)", 40, 7800),
                                ("Sub-base and drainage channel", 1, 94000)], 0)
    q = D(2026, 11, 30)
    pages = doc_pdf([("QUOTATION  Q-0619", 16, True), "Greenway Landscapes · 5 Mill Lane, Harrogate HG1 4QR", "",
                     "For: Mr and Mrs Hall, 12 Beech Grove, Harrogate", "Date: %s    Valid for 30 days" % mk.date(q, "short-en"), ""] +
                    sum([[r[0], ("R", gbp(r[3]))] for r in rows], []) + [("RULE",), "Quotation total (no VAT)", ("R", gbp(tot)), "",
                    "A 25% deposit secures a start date; balance on completion."])
    body = ("Hi Mr Hall,\n\nThanks for showing me round on Friday. As requested, our quotation for the patio is attached.\n"
            "We could start in early March if you're happy to go ahead.\n\nKind regards\nOwen Price\nGreenway Landscapes\n07833 401 276\n\n"
            "On 27 Nov 2026, at 19:55, Peter Hall <peterhall54@btinternet.com> wrote:\n> Hi Owen, could you price up the patio we discussed?\n"
            "> About 40 square metres. Thanks, Peter")
    eml = mk.mail(R, "owen@greenwaylandscapes.co.uk", "Owen Price", who("Peter Hall", "peterhall54@btinternet.com"),
                  "Re: patio", q, body_text=body, pdf=True, extra_headers=reply_headers("btinternet.com"))
    return none_rec("quote-reply", "en", "owen@greenwaylandscapes.co.uk", ["peterhall54@btinternet.com"], eml,
                    "A quotation sent in reply to a request; nothing is owed until it is accepted and invoiced.",
                    "Reply thread with a quotation PDF carrying totals and a deposit term.", pages, "Quotation Q-0619.pdf")


@add
def x_en_timesheet_approval():
    days = [("Mon 23 Nov", 7.5), ("Tue 24 Nov", 8), ("Wed 25 Nov", 6), ("Thu 26 Nov", 7.5), ("Fri 27 Nov", 4)]
    h = sum(x[1] for x in days)
    rate = 6500
    pages = doc_pdf([("TIMESHEET - week ending 27 November 2026", 14, True), "Contractor: Alex Mensah (Mensah Data Ltd)",
                     "Client: Halden Freight Ltd - data warehouse migration", ""] +
                    sum([[d, ("R", "%s h" % qty_s(x, "en"))] for d, x in days], []) +
                    [("RULE",), "Total hours", ("R", "%s h" % qty_s(h, "en")), "Rate", ("R", gbp(rate) + "/h"),
                     "Value (ex VAT)", ("R", gbp(int(h * rate))), "", "Approved by: ____________________  Date: ________"])
    body = ("Hi Jon,\n\nTimesheet for last week attached for your approval (%s hours). Once you've OK'd it I'll raise the\n"
            "invoice - it follows after your OK, usual 30 days.\n\nThanks,\nAlex\n\nAlex Mensah | Mensah Data Ltd | Company no. 13380127"
            % qty_s(h, "en"))
    eml = mk.mail(R, "alex@mensahdata.co.uk", "Alex Mensah", who("Jon Halden", "jon@haldenfreight.co.uk"),
                  "Timesheet w/e 27 Nov for approval", D(2026, 11, 30), body_text=body, pdf=True)
    return none_rec("timesheet", "en", "alex@mensahdata.co.uk", ["jon@haldenfreight.co.uk"], eml,
                    "A timesheet sent for approval; the mail says the invoice follows after the OK.",
                    "Hours x rate gives a value in GBP, but no invoice number or demand for payment.", pages, "Timesheet_w-e_2026-11-27.pdf")


@add
def x_nl_answer_amount_correct():
    body = ("Beste meneer Smits,\n\nDank voor uw vraag over factuur 2026-0301. Het bedrag van € 1.210,00 klopt: het is € 1.000,00\n"
            "voor het nieuwe hekwerk plus 21% btw (€ 210,00). In de offerte stond € 1.000,00 exclusief btw, vandaar\n"
            "het verschil met wat u in gedachten had.\n\nDe betaaltermijn blijft 14 dagen vanaf de factuurdatum (18 november).\n\n"
            "Met vriendelijke groet,\nKarin Molenaar\nadministratie Hekwerk Molenaar\n\n"
            "-----Oorspronkelijk bericht-----\nVan: J. Smits <jsmits@home.nl>\nVerzonden: woensdag 2 december 2026 20:14\n"
            "Aan: administratie@hekwerkmolenaar.nl\nOnderwerp: factuur 2026-0301\n\n"
            "Goedenavond, op de factuur staat € 1.210, maar we hadden € 1.000 afgesproken. Klopt dat wel?\nJ. Smits\n")
    eml = mk.mail(R, "administratie@hekwerkmolenaar.nl", "Hekwerk Molenaar administratie", who("J. Smits", "jsmits@home.nl"),
                  "RE: factuur 2026-0301", D(2026, 12, 3), body_text=body, extra_headers=reply_headers("home.nl"))
    return none_rec("invoice-question-answer", "nl", "administratie@hekwerkmolenaar.nl", ["jsmits@home.nl"], eml,
                    "An answer to the customer's question about an invoice already sent; it explains the amount but is not the invoice.",
                    "Quotes the invoice number, amount, VAT split, term and issue date in an explanation.")


@add
def x_de_payment_thanks():
    body = ("Guten Tag Herr Kaya,\n\nvielen Dank, Ihre Zahlung über 2.856,00 € für die Rechnung 2026-118 ist heute bei uns eingegangen.\n"
            "Damit ist die Rechnung vollständig beglichen.\n\nWir wünschen Ihnen und Ihrer Familie schöne Feiertage!\n\n"
            "Mit freundlichen Grüßen\ni. A. Svenja Roth\nBuchhaltung\nTreppenbau Hartmann GmbH\nbuchhaltung@treppenbau-hartmann.de")
    eml = mk.mail(R, "buchhaltung@treppenbau-hartmann.de", "Treppenbau Hartmann Buchhaltung", who("Mehmet Kaya", "mehmet.kaya@posteo.de"),
                  "Zahlungseingang Rechnung 2026-118", D(2026, 12, 2), body_text=body)
    return none_rec("payment-thanks", "de", "buchhaltung@treppenbau-hartmann.de", ["mehmet.kaya@posteo.de"], eml,
                    "A payment confirmation: the invoice is paid in full, nothing is owed.",
                    "Invoice number and amount in a thank-you for payment.")


@add
def x_nl_bookkeeper_asks_owner():
    body = ("Hoi Ramon,\n\nIk mis nog de factuur voor Van Rijn Transport (de APK's van 16 en 19 november). Volgens de werkorders\n"
            "komt het op € 1.146,20 incl. btw. Kun jij die nog sturen vanuit het pakket? Dan neem ik hem mee in de btw-aangifte.\n\n"
            "Groetjes,\nMarian\n(administratie, ma en do)")
    eml = mk.mail(R, "administratie@autobedrijf-ramon.nl", "Marian | administratie", "Ramon de Graaf <ramon@autobedrijf-ramon.nl>",
                  "factuur Van Rijn nog sturen?", D(2026, 12, 3), body_text=body)
    return none_rec("internal-request", "nl", "administratie@autobedrijf-ramon.nl", ["ramon@autobedrijf-ramon.nl"], eml,
                    "An internal mail: the bookkeeper asks the owner to send an invoice; it goes to the owner, not a debtor.",
                    "Names the customer and an amount incl. btw for an invoice that does not exist yet.")


@add
def x_be_order_confirmation_deposit():
    ib = iban("BE")
    tot = 1240000
    dep = 372000
    pages = doc_pdf([("ORDERBEVESTIGING  OB-2026-0288", 15, True), "Keukenatelier Claeys · Gentsesteenweg 410 · 8500 Kortrijk",
                     "BTW BE 0644.915.327", "", "Klant: Tine en Wouter Desmet, Lindestraat 8, 8540 Deerlijk",
                     "Datum: %s" % dsl(D(2026, 11, 26)), "", "Maatkeuken eik, toestellen en werkblad composiet",
                     ("R", eur_nl(tot)), ("RULE",), "Totaal incl. 6% btw", ("R", eur_nl(tot)), "",
                     "Voorschot 30%% bij bestelling: %s op %s" % (eur_nl(dep), sp(ib)),
                     "De voorschotfactuur en de eindfactuur volgen. Plaatsing voorzien week 9 (2027)."])
    body = ("Beste Tine en Wouter,\n\nBedankt voor jullie bestelling! In bijlage de orderbevestiging van jullie keuken.\n"
            "Gelieve ze na te lezen en te ondertekenen. Na ontvangst van het voorschot van 30% bestellen wij de toestellen.\n\n"
            "Met vriendelijke groeten,\nLien Claeys\nKeukenatelier Claeys")
    eml = mk.mail(R, "info@keukenatelier-claeys.be", "Keukenatelier Claeys", who("Tine Desmet", "tine.desmet@telenet.be"),
                  "Orderbevestiging OB-2026-0288", D(2026, 11, 26), body_text=body, pdf=True)
    return none_rec("order-confirmation", "nl", "info@keukenatelier-claeys.be", ["tine.desmet@telenet.be"], eml,
                    "An order confirmation asking for a deposit; it says the deposit invoice and final invoice will follow, so it is not itself an invoice.",
                    "Deposit amount and IBAN printed next to the order total; decided not an invoice (no invoice number, 'voorschotfactuur volgt').",
                    pages, "Orderbevestiging OB-2026-0288.pdf")


@add
def x_en_corrected_po_tomorrow():
    body = ("Hi Priya,\n\nThanks - the corrected PO number is 4500123, I'll send the new invoice tomorrow with that on it.\n"
            "Please disregard the one from Tuesday (INV-3308, £2,460.00).\n\nCheers,\nSam\n\nSam Whitcombe\nWhitcombe AV Hire\n"
            "07981 224 503\n\n> On 2 Dec 2026, at 15:48, Priya Nair <ap@castlemeadowevents.co.uk> wrote:\n>\n"
            "> Hi Sam, the PO on your invoice is wrong, it should be 4500123 not 4500132. Can you re-issue?\n> Thanks, Priya")
    eml = mk.mail(R, "sam@whitcombeav.co.uk", "Sam Whitcombe", who("Priya Nair", "ap@castlemeadowevents.co.uk"),
                  "Re: INV-3308 PO", D(2026, 12, 2), body_text=body, extra_headers=reply_headers("castlemeadowevents.co.uk"))
    return none_rec("po-correction-reply", "en", "sam@whitcombeav.co.uk", ["ap@castlemeadowevents.co.uk"], eml,
                    "A reply promising a corrected invoice tomorrow; it carries no invoice and withdraws the old one.",
                    "Invoice number, amount and PO numbers in a short reply.")


@add
def x_de_list_to_steuerberater():
    items = [("2026-101", "02.11.2026", "Praxis Dr. Weber", 119000), ("2026-102", "05.11.2026", "Bäckerei Vollmer", 48790),
             ("2026-103", "11.11.2026", "Autohaus Reuter GmbH", 226100), ("2026-104", "19.11.2026", "Weinhaus Keller", 35700),
             ("2026-105", "27.11.2026", "Stadtwerke Lahr", 154700)]
    lines = "\n".join("%-9s %-11s %-24s %12s" % (n, d, c, eur_de(a)) for n, d, c, a in items)
    s = sum(x[3] for x in items)
    body = ("Hallo Frau Bechtold,\n\nanbei wie jeden Monat die Liste meiner Ausgangsrechnungen für November. Die PDFs liegen\n"
            "wie immer im DATEV-Upload.\n\nNr.       Datum       Kunde                    Brutto\n%s\n%s\nSumme November: %s\n\n"
            "Die Rechnung 2026-104 ist schon bezahlt, der Rest ist noch offen.\n\nViele Grüße\nDaniel Frey\nFrey Mediendesign"
            % (lines, "-" * 60, eur_de(s)))
    eml = mk.mail(R, "daniel@frey-mediendesign.de", "Daniel Frey", who("Sabine Bechtold", "s.bechtold@stb-bechtold.de"),
                  "Ausgangsrechnungen November", D(2026, 12, 1), body_text=body)
    return none_rec("list-to-accountant", "de", "daniel@frey-mediendesign.de", ["s.bechtold@stb-bechtold.de"], eml,
                    "A monthly list of the business's own invoices sent to its tax adviser, who owes nothing.",
                    "Five invoice numbers, dates, customers and amounts in a table, plus a sum.")


@add
def x_en_owner_reminder():
    ib = iban("GB")
    body = ("Hi Gemma,\n\nJust a gentle nudge - invoice 0456 for £640.00 (the November bookkeeping) was due last Friday,\n"
            "27 November. Could you have a look when you get a minute? Bank details are on the invoice, or:\n"
            "%s.\n\nThanks so much,\nLucy\n\nLucy Barnes Bookkeeping | 07700 900 412" % gb_bank(ib))
    eml = mk.mail(R, "lucy@lucybarnesbookkeeping.co.uk", "Lucy Barnes", who("Gemma Ford", "gemma@fordfloristry.co.uk"),
                  "invoice 0456", D(2026, 12, 2), body_text=body)
    return none_rec("owner-reminder", "en", "lucy@lucybarnesbookkeeping.co.uk", ["gemma@fordfloristry.co.uk"], eml,
                    "The owner's own typed payment reminder for an invoice already sent; not a new invoice.",
                    "Number, amount, past due date and bank details in a friendly nudge.")


@add
def x_de_lieferschein():
    pages = doc_pdf([("Lieferschein Nr. LS-26-2207", 15, True), "Getränke Schmitt KG · Industriestraße 4 · 66117 Saarbrücken", "",
                     "Lieferadresse: Gasthaus Zur Linde, Hauptstraße 2, 66333 Völklingen", "Lieferdatum: %s" % dd(D(2026, 12, 3)),
                     "Kunden-Nr. 40218 · Bestellung vom 30.11.2026", "",
                     "20 Kästen Pils 20 x 0,5 l", "8 Kästen Mineralwasser 12 x 0,7 l", "4 Fässer Pils 30 l", "",
                     "Leergut zurück: 18 Kästen, 3 Fässer", "", "Ware vollständig erhalten: ______________",
                     "Die Rechnung erhalten Sie mit der Monatsabrechnung."])
    body = ("Guten Tag Frau Becker,\n\nanbei der Lieferschein zur heutigen Lieferung. Der Fahrer hatte leider keinen Drucker dabei.\n\n"
            "Freundliche Grüße\nDispo Getränke Schmitt\nTel. 0681 940 22 0")
    eml = mk.mail(R, "dispo@getraenke-schmitt.de", "Getränke Schmitt Dispo", who("Sandra Becker", "info@gasthaus-linde-voelklingen.de"),
                  "Lieferschein LS-26-2207", D(2026, 12, 3), body_text=body, pdf=True)
    return none_rec("delivery-note", "de", "dispo@getraenke-schmitt.de", ["info@gasthaus-linde-voelklingen.de"], eml,
                    "A delivery note without prices; the invoice comes with the monthly statement.",
                    "Numbers, customer number and dates, no amounts.", pages, "LS-26-2207.pdf")


@add
def x_en_appointment_prices():
    body = ("Hi Mrs Doyle,\n\nThat's no problem - I can come out on Wednesday 9 December between 1 and 3pm to look at the boiler.\n"
            "Just so you know, the call-out is £65.00, which includes the first half hour, and then £45.00 per hour after that.\n"
            "If it needs a new part I'll give you a price before fitting anything.\n\nSee you Wednesday,\nChris\n"
            "Chris Nolan Heating | Gas Safe 604221 | 07712 318 009")
    eml = mk.mail(R, "chris@nolanheating.co.uk", "Chris Nolan", who("Maureen Doyle", "maureen.doyle@sky.com"),
                  "Re: boiler not firing", D(2026, 12, 4), body_text=body, extra_headers=reply_headers("sky.com"))
    return none_rec("appointment", "en", "chris@nolanheating.co.uk", ["maureen.doyle@sky.com"], eml,
                    "An appointment confirmation quoting call-out and hourly prices; no work done, nothing owed.",
                    "Prices and a date, but no invoice.")



@add
def x_de_proforma():
    ib = iban("DE")
    rows, net, vat, tot = calc([("Handgefertigte Keramik-Tassen, Serie Nordsee (Stück)", 48, 1450),
                                ("Versand Schweiz, versichert", 1, 6800)], 0)
    pages = invoice_pdf(
        ["Töpferei Möwenblick", "Inh. Gesa Hinrichs", "Am Hafen 9 · 25761 Büsum", "USt-IdNr. DE352206148"],
        ["Café Seeblick GmbH", "Seestrasse 22", "8800 Thalwil", "Schweiz"],
        "PROFORMA-RECHNUNG",
        [("Nr.", "PF-2026-07"), ("Datum", dd(D(2026, 12, 1))), ("Lieferung", "nach Zahlungseingang")],
        ["Artikel", "Menge", "Preis", "Betrag"],
        de_rows(rows),
        [("Summe (steuerfreie Ausfuhr)", eur_de(tot), True)],
        ["Keine Rechnung im Sinne des UStG - dient der Vorauszahlung und der Verzollung.",
         "Vorauskasse auf IBAN %s. Die Rechnung folgt mit der Lieferung." % sp(ib)],
        ["Töpferei Möwenblick · Büsum"])
    body = ("Liebe Frau Keller,\n\nwie besprochen anbei die Proforma-Rechnung für die Tassen. Sobald der Betrag da ist, schicke ich\n"
            "die Ware los; die richtige Rechnung liegt dann dem Paket bei (und geht Ihnen per Mail zu).\n\n"
            "Herzliche Grüße von der Küste\nGesa Hinrichs")
    eml = mk.mail(R, "gesa@moewenblick-keramik.de", "Gesa Hinrichs", who("Nadine Keller", "n.keller@cafe-seeblick.ch"),
                  "Proforma-Rechnung Tassen", D(2026, 12, 1), body_text=body, pdf=True)
    return none_rec("proforma", "de", "gesa@moewenblick-keramik.de", ["n.keller@cafe-seeblick.ch"], eml,
                    "A pro-forma for prepayment and customs; it says itself it is not an invoice, the invoice follows with the goods.",
                    "Laid out like an invoice, with total and IBAN.", pages, "Proforma_PF-2026-07.pdf")


@add
def x_be_cash_receipt():
    body = ("Dag Marc,\n\nZoals gevraagd hierbij het betaalbewijs voor je boekhouding:\n\n"
            "BETAALBEWIJS\nOntvangen van: Marc Peeters\nBedrag: € 350,00 (contant)\nVoor: factuur 2026/077, snoeien haag en afvoer\n"
            "Datum betaling: %s\nVoldaan.\n\nGroetjes,\nBert Wuyts\nTuinwerken Wuyts - BTW BE 0768.330.412"
            % dsl(D(2026, 11, 28)))
    eml = mk.mail(R, "bert@tuinwerken-wuyts.be", "Bert Wuyts", who("Marc Peeters", "marc.peeters@proximus.be"),
                  "betaalbewijs", D(2026, 11, 29), body_text=body)
    return none_rec("cash-receipt", "nl", "bert@tuinwerken-wuyts.be", ["marc.peeters@proximus.be"], eml,
                    "A receipt for a cash payment of an invoice: 'Voldaan', nothing is owed.",
                    "Flemish receipt naming the invoice number and amount.")


@add
def x_en_credit_announcement():
    body = ("Hi Raj,\n\nSorry again about the late delivery on the 24th. As a goodwill gesture we'll take £50.00 off your\n"
            "next invoice (it'll show as a credit line), so no need to do anything on your side.\n\n"
            "Invoice 7781 for £1,284.00 stays as it is.\n\nBest,\nMegan\nFresh Fold Linen Services Ltd\nCompany no. 10992471")
    eml = mk.mail(R, "megan@freshfoldlinen.co.uk", "Megan Cole", who("Raj Patel", "raj@thegranarybistro.co.uk"),
                  "RE: late delivery Tuesday", D(2026, 11, 27), body_text=body, extra_headers=reply_headers("thegranarybistro.co.uk"))
    return none_rec("credit-announcement", "en", "megan@freshfoldlinen.co.uk", ["raj@thegranarybistro.co.uk"], eml,
                    "Announces a credit on the next invoice; there is no credit note and no new invoice in it.",
                    "Mentions an existing invoice number and amount and a £50 credit.")


@add
def x_de_storno_announcement():
    body = ("Sehr geehrte Frau Lindner,\n\nbitte entschuldigen Sie: die Rechnung 2026-0833 über 892,50 € vom 30.11.2026 ist uns\n"
            "versehentlich doppelt erstellt worden (die Leistung war bereits mit 2026-0811 berechnet). Bitte betrachten Sie\n"
            "die Rechnung 2026-0833 als gegenstandslos und überweisen Sie nichts. Die Stornorechnung erhalten Sie in den nächsten Tagen.\n\n"
            "Mit freundlichen Grüßen\ni. A. Petra Voigt\nBüro Gebäudereinigung Sauber & Co. KG")
    eml = mk.mail(R, "buero@sauberundco.de", "Sauber & Co. Büro", who("Marion Lindner", "m.lindner@kanzlei-lindner.de"),
                  "Rechnung 2026-0833 bitte ignorieren", D(2026, 12, 2), body_text=body)
    return none_rec("cancellation-notice", "de", "buero@sauberundco.de", ["m.lindner@kanzlei-lindner.de"], eml,
                    "Withdraws an invoice sent by mistake ('gegenstandslos'); the Stornorechnung is announced, not attached.",
                    "Two invoice numbers, an amount and a date; asks the customer not to pay.")


@add
def x_nl_price_change_2027():
    body = ("Beste klant,\n\nPer 1 januari 2027 passen wij onze tarieven aan. De nieuwe tarieven zijn:\n\n"
            "Glasbewassing woning (per beurt)      € 34,50  (was € 32,00)\nGlasbewassing bedrijfspand (per uur)  € 42,00  (was € 39,50)\n"
            "Dakgoten reinigen (per m)              € 4,25\n\nAlle prijzen zijn inclusief 21% btw. Uw abonnement loopt gewoon door; de eerste\n"
            "factuur tegen het nieuwe tarief ontvangt u eind januari.\n\nMet vriendelijke groet,\nGlazenwasserij Helder\n"
            "info@glazenwasserij-helder.nl | KvK 37120488")
    eml = mk.mail(R, "info@glazenwasserij-helder.nl", "Glazenwasserij Helder", "info@glazenwasserij-helder.nl",
                  "Nieuwe tarieven per 1 januari 2027", D(2026, 12, 1), body_text=body)
    return none_rec("price-notice", "nl", "info@glazenwasserij-helder.nl", ["fam.koster@kpnmail.nl", "r.verhoef@hetnet.nl"], eml,
                    "A price change notice to all customers; the next invoice follows in January.",
                    "Prices in a table, sent Bcc to customers (envelope has the recipients, To is the sender).")


@add
def x_en_ask_subcontractor_invoice():
    body = ("Hi Declan,\n\nThanks for the work on the Millbrook job. Could you invoice us for it so we can pay you before the\n"
            "holidays? Please quote our PO 2026-114 and address it to Harbour Joinery Ltd, 3 Quay Street, Galway.\n"
            "By my reckoning it's 6 days at €280.00 = €1,680.00 plus VAT at 13.5%.\n\nThanks,\nNiall\nHarbour Joinery Ltd")
    eml = mk.mail(R, "niall@harbourjoinery.ie", "Niall Breathnach", who("Declan Murphy", "declan.murphy.carpentry@gmail.com"),
                  "Millbrook - please invoice", D(2026, 12, 3), body_text=body)
    return none_rec("request-to-invoice-us", "en", "niall@harbourjoinery.ie", ["declan.murphy.carpentry@gmail.com"], eml,
                    "The business asks its subcontractor to invoice it; money would flow from the sender, not to it.",
                    "PO, days x rate and a total, from the party that will pay.")


@add
def x_de_offene_posten():
    ib = iban("DE")
    items = [("2026-0612", "14.09.2026", 46410), ("2026-0701", "12.10.2026", 115430), ("2026-0790", "16.11.2026", 28560)]
    paid = 46410
    rows = "\n".join("%-10s %-12s %12s" % (n, d, eur_de(a)) for n, d, a in items)
    s = sum(a for _, _, a in items)
    body = ("Sehr geehrter Herr Brandl,\n\nwie gewünscht unser Kontoauszug (offene Posten) zum %s:\n\n"
            "Rechnung   Datum        Betrag\n%s\nabzgl. Zahlung vom 05.10.2026   -%s\nSaldo offen: %s\n\n"
            "Die Rechnungen haben Sie bereits erhalten; Zahlungen bitte wie gewohnt auf IBAN %s.\n\n"
            "Mit freundlichen Grüßen\nBuchhaltung Druckerei Sommerfeld\nbuchhaltung@druckerei-sommerfeld.de"
            % (dd(D(2026, 12, 1)), rows, eur_de(paid), eur_de(s - paid), sp(ib)))
    eml = mk.mail(R, "buchhaltung@druckerei-sommerfeld.de", "Druckerei Sommerfeld Buchhaltung", who("Alois Brandl", "a.brandl@brandl-immobilien.at"),
                  "Kontoauszug offene Posten", D(2026, 12, 1), body_text=body)
    return none_rec("statement", "de", "buchhaltung@druckerei-sommerfeld.de", ["a.brandl@brandl-immobilien.at"], eml,
                    "A statement of account listing invoices already sent and a balance; it is not an invoice.",
                    "Three invoice numbers, a payment and a balance with an IBAN.")


@add
def x_nl_payment_plan():
    body = ("Beste mevrouw Aydın,\n\nZoals telefonisch afgesproken mag u factuur 2026-219 (€ 1.452,00) in drie termijnen betalen:\n\n"
            "- € 484,00 uiterlijk 15 december 2026\n- € 484,00 uiterlijk 15 januari 2027\n- € 484,00 uiterlijk 15 februari 2027\n\n"
            "Graag steeds o.v.v. het factuurnummer. Als een termijn niet op tijd binnen is, vervalt de regeling.\n\n"
            "Met vriendelijke groet,\nnamens Loodgietersbedrijf Brink,\nSandra Brink")
    eml = mk.mail(R, "info@loodgieter-brink.nl", "Loodgietersbedrijf Brink", who("Z. Aydın", "z.aydin@outlook.com"),
                  "betalingsregeling factuur 2026-219", D(2026, 12, 2), body_text=body)
    return none_rec("payment-plan", "nl", "info@loodgieter-brink.nl", ["z.aydin@outlook.com"], eml,
                    "A payment arrangement for an invoice already sent; the instalments split an existing debt.",
                    "Invoice number, total and three dated instalments that add up.")


@add
def x_en_out_of_office():
    body = ("Thank you for your email. The accounts office is closed from 18 December 2026 to 4 January 2027.\n\n"
            "Invoices for December will be sent on our return. For urgent matters please call Tom on 028 9024 7781.\n\n"
            "Kind regards\nAccounts, Lagan Valley Signs Ltd")
    eml = mk.mail(R, "accounts@laganvalleysigns.co.uk", "Lagan Valley Signs Accounts", "orders@belfastcoffeeroasters.com",
                  "Automatic reply: Invoice query", D(2026, 12, 4), body_text=body,
                  extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return none_rec("auto-reply", "en", "accounts@laganvalleysigns.co.uk", ["orders@belfastcoffeeroasters.com"], eml,
                    "An automatic out-of-office reply from the billing mailbox; it only says invoices will be sent later.",
                    "Auto-Submitted header; 'Invoice' in the subject and body.")


@add
def x_en_prepaid_hours():
    body = ("Hi Olivia,\n\nQuick update on your support block: you've used 14 of your 20 prepaid hours (bought 1 September,\n"
            "£1,300.00), so 6 hours remain. Nothing to pay now - I'll let you know when you're down to 2 so you can\n"
            "decide whether to top up.\n\nThis month: 3.5 h (newsletter template fixes, SSL renewal).\n\nBest,\nTom\nTom Avery Web Care"
            )
    eml = mk.mail(R, "tom@averywebcare.co.uk", "Tom Avery", who("Olivia Grant", "olivia@grantandbloom.co.uk"),
                  "Support hours - November", D(2026, 11, 30), body_text=body)
    return none_rec("prepaid-balance", "en", "tom@averywebcare.co.uk", ["olivia@grantandbloom.co.uk"], eml,
                    "A usage update on hours already paid in advance; it says nothing is due.",
                    "A past payment amount and hour counts.")


@add
def x_de_billing_address_question():
    body = ("Hallo Herr Nowak,\n\nbevor ich die Rechnung über die Dachrinnenreinigung schreibe (wie besprochen 1.240,00 € brutto):\n"
            "Soll sie an Sie privat gehen oder an die WEG Goethestraße 14 zu Händen der Verwaltung? Dann kann ich sie\n"
            "gleich richtig adressieren.\n\nDanke und viele Grüße\nNils Petersen\nDachservice Petersen\n0431 887 20 41")
    eml = mk.mail(R, "info@dachservice-petersen.de", "Nils Petersen", who("Piotr Nowak", "p.nowak@gmx.net"),
                  "Rechnungsadresse?", D(2026, 12, 3), body_text=body)
    return none_rec("question-before-invoice", "de", "info@dachservice-petersen.de", ["p.nowak@gmx.net"], eml,
                    "Asks for the billing address before writing the invoice; the invoice does not exist yet.",
                    "An agreed gross amount and two possible debtors.")


@add
def x_nl_invoice_follows_tonight():
    body = ("Hoi Daphne,\n\nTop dat alles goed is gegaan vandaag! Factuur stuur ik je vanavond, het wordt € 650,- zoals\n"
            "afgesproken (incl. btw). Betalen mag binnen 14 dagen.\n\nGr Youssef\n\nVerstuurd vanaf mijn iPhone")
    eml = mk.mail(R, "youssef@verhuisservice-amrani.nl", "Youssef Amrani", who("Daphne Kok", "daphnekok@gmail.com"),
                  "Re: verhuizing zaterdag", D(2026, 11, 28), body_text=body, extra_headers=reply_headers("gmail.com"))
    return none_rec("invoice-announcement", "nl", "youssef@verhuisservice-amrani.nl", ["daphnekok@gmail.com"], eml,
                    "Announces that the invoice will be sent tonight; it is not the invoice (no number, no date, no account).",
                    "Amount and term typed from a phone, the invoice itself follows.")


# ================================================================ writing and checking

def ascii_headers(eml):
    head, sep, rest = eml.partition("\n\n")
    out = []
    for line in head.split("\n"):
        try:
            line.encode("ascii")
        except UnicodeEncodeError:
            name, _, val = line.partition(": ")
            if name == "Subject":
                val = q_enc(val)
            elif name in ("From", "To", "Cc", "Reply-To") and " <" in val:
                n, a = val.rsplit(" <", 1)
                val = b_enc(n.strip('"')) + " <" + a
            else:
                raise ValueError("non-ASCII header: " + line)
            line = name + ": " + val
        out.append(line)
    return "\n".join(out) + sep + rest


def amount_forms(c):
    forms = set()
    for st in ("nl", "en", "de", "ch", "plain"):
        forms.add(mk.money(abs(c), st))
    if c % 100 == 0:
        u = abs(c) // 100
        forms |= {"%d,-" % u, "%d,--" % u, "{:,}".format(u).replace(",", ".") + ",-",
                  "{:,}".format(u).replace(",", ".") + ",--"}
    return forms


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    f = {mk.date(d, s) for s in ("dmy-", "dmy.", "dmy/", "iso", "us", "short-en")}
    for lang in ("nl", "en", "de"):
        f.add(mk.date(d, "long", lang))
    return f


def pdf_text(eml):
    """Text of the ready-made second PDF parts (Flate content streams)."""
    out = []
    for chunk in eml.split("Content-Transfer-Encoding: base64\n\n")[1:]:
        b64 = chunk.split("\n\n", 1)[0].replace("\n", "")
        data = base64.b64decode(b64)
        s = data.index(b"stream\n") + 7
        e = data.index(b"\nendstream")
        out.append(zlib.decompress(data[s:e]).decode("cp1252"))
    return "\n".join(out)


FIELDS = ["number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
          "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"]


def check(recs):
    bad = 0
    ids = set()
    for r in recs:
        assert r["id"] not in ids
        ids.add(r["id"])
        eml = r["eml"]
        assert ("@@PDF@@" in eml) == ("pdf" in r), r["id"]
        head = eml.split("\n\n", 1)[0]
        head.encode("ascii")
        assert r["is_invoice"] == (r["expected"] is not None)
        assert (r["why_not"] is None) == r["is_invoice"], r["id"]
        assert r["lang"] in ("nl", "en", "de")
        if "Content-Transfer-Encoding: base64" in eml:
            assert pdf_text(eml).strip(), r["id"]
        if not r["is_invoice"]:
            assert r["kind"] == "none", r["id"]
            continue
        e = r["expected"]
        assert list(e.keys()) == FIELDS, r["id"]
        assert e["language"] == r["lang"]
        pdf = "\n".join(it["text"] for p in r.get("pdf", {}).get("pages", []) for it in p["items"])
        text = eml + "\n" + pdf
        probs = []
        if e["number"] not in text:
            probs.append("number")
        for k in ("amount_due_cents", "amount_total_cents"):
            if not any(f in text for f in amount_forms(e[k])):
                probs.append(k)
        if not any(f in text for f in date_forms(e["issue_date"])):
            probs.append("issue_date")
        if e["debtor_name"] not in text:
            probs.append("debtor_name")
        if e["debtor_email"] not in r["envelope"]["rcpt_to"]:
            probs.append("debtor_email")
        if e["iban"]:
            i = e["iban"]
            if iban_of(i[:2], i[4:]) != i:
                probs.append("iban-check")
            if i not in text and sp(i) not in text and sp(i)[2:] not in text:
                probs.append("iban")
        if e["payment_reference"]:
            ref = e["payment_reference"]
            if ref not in text and grp(ref) not in text:
                probs.append("reference")
            if ref.startswith("RF"):
                assert rf_ref(ref[4:]) == ref
        if r["kind"] == "pdf":
            assert "pdf" in r
        if probs:
            bad += 1
            print(r["id"], r["tool"], probs)
    return bad


def main():
    recs = [f() for f in RECS]
    R2 = random.Random(20261217)
    R2.shuffle(recs)
    for k, r in enumerate(recs):
        r["id"] = "inv-hold17-%03d" % (k + 1)
        r["eml"] = ascii_headers(r["eml"])
        # keep the JSON key order of mailkit.record
        rr = {"id": r.pop("id")}
        rr.update(r)
        recs[k] = rr
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout17.jsonl")
    mk.write(out, recs)
    bad = check(recs)
    from collections import Counter
    print(len(recs), "records;", bad, "with problems")
    print(Counter((r["lang"], r["is_invoice"]) for r in recs))
    print(Counter((r["kind"]) for r in recs))


if __name__ == "__main__":
    main()
