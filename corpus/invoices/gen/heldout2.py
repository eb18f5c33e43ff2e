"""heldout2.py: a second held-out set of invoice mails and of mails from the same billing
address that are not invoices (issue 8, third round).

Written by an author who never saw the reader's code, gen/train.py, gen/heldout.py or
their output: the layouts and voices are this file's own (a Word letter in the window
envelope position, an Excel sheet with grid lines, a Canva poster-style invoice, a Google
Docs template, a web shop's order invoice, an Austrian Honorarnote, a Swiss QR-bill, a
Belgian structured reference, a UK sole trader, a US contractor, a JPY translation job,
typed invoices in the mail body, ...). Every amount and date is computed here first and
then printed into the text, so `expected` agrees with the document by construction.

Usage: python3 heldout2.py  (writes ../heldout2.jsonl)"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261202
D = datetime.date
TD = datetime.timedelta
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout2.jsonl")

# ---------------------------------------------------------------- small pieces


def rdate(rng, lo=D(2026, 1, 5), hi=D(2026, 11, 20)):
    return lo + TD(days=rng.randint(0, (hi - lo).days))


def dt(d, style, lang="nl"):
    """Every notation the brief asks for."""
    if style == "d-m-yy":
        return "%d-%d-%02d" % (d.day, d.month, d.year % 100)
    if style == "d/mm/yyyy":
        return "%d/%02d/%d" % (d.day, d.month, d.year)
    if style == "mm/dd/yyyy":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "ord-en":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "%d%s %s %d" % (d.day, suf, mk.MONTHS["en"][d.month - 1], d.year)
    if style == "de-short":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    return mk.date(d, style, lang)


def eur(cents, style):
    """Money as the brief lists it; styles beyond mailkit's:
    'nl-dash' 1.234,-  'nodec' 1234  'nl-nodec' 1.234"""
    if style == "nl-dash":
        assert cents % 100 == 0, cents
        return mk.money(cents, "nl")[:-3] + ",-"
    if style == "nodec":
        assert cents % 100 == 0, cents
        return str(cents // 100)
    if style == "nl-nodec":
        assert cents % 100 == 0, cents
        return mk.money(cents, "nl")[:-3]
    if style == "yen":
        return "{:,}".format(cents)
    return mk.money(cents, style)


def mod97_check(bban, country):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban(rng, country):
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    if country == "AT":
        return mod97_check("".join(rng.choice("0123456789") for _ in range(16)), "AT")
    if country == "CH":
        return mod97_check("".join(rng.choice("0123456789") for _ in range(17)), "CH")
    raise ValueError(country)


def iban_ok(i):
    s = i.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nl_vat(rng):
    return "NL%sB%02d" % (digits(rng, 9), rng.randint(1, 99))


def de_vat(rng):
    return "DE" + digits(rng, 9)


def kvk(rng):
    return str(rng.randint(50000000, 99999999))


def betalingskenmerk(rng):
    """16 digits, printed in groups of four."""
    return str(rng.randint(1, 9)) + digits(rng, 15)


def rf_ref(rng):
    """An ISO 11649 creditor reference RFcc + up to 21 alphanumerics."""
    body = digits(rng, rng.randint(8, 12))
    s = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(s) % 97, body)


def be_ogm(rng):
    """Belgian structured communication +++123/4567/89012+++ (10 digits, mod 97 check)."""
    base = int(digits(rng, 10))
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def totals(lines):
    """lines: (desc, qty, unit_cents, vat_rate). Returns subtotal, {rate: (base, vat)}, total."""
    sub = 0
    base = {}
    for _, q, u, r in lines:
        a = int(round(q * u))
        sub += a
        base[r] = base.get(r, 0) + a
    vat = {r: (b, int(round(b * r / 100.0))) for r, b in sorted(base.items())}
    return sub, vat, sub + sum(v for _, v in vat.values())


def line_amt(q, u):
    return int(round(q * u))


def qty(q, style="nl"):
    if q == int(q):
        return str(int(q))
    return ("%.2f" % q).rstrip("0").replace(".", "," if style in ("nl", "de", "sp") else ".")


def pct(r, lang):
    s = ("%g" % r)
    return s.replace(".", ",") if lang in ("nl", "de") else s


def blk(p, x, y, lines, size=9, lh=12, align="left", bold_first=False):
    for k, s in enumerate(lines):
        if s:
            p.text(x, y, s, size, bold_first and k == 0, align)
        y += lh
    return y


def to_header(name, email, mode, alt=None):
    if mode == "bare":
        return email
    if mode == "name-only":
        return '"%s"' % name
    if mode == "rewritten":
        return '"%s" <%s>' % (name, alt)
    if mode == "undisclosed":
        return "undisclosed-recipients:;"
    return '"%s" <%s>' % (name, email)


def envelope(sender, rcpts):
    return {"mail_from": sender, "rcpt_to": list(rcpts)}


# ---------------------------------------------------------------- people and firms
# All invented.

NL_FIRMS = [
    ("Bouwbedrijf Kroeze & Zn. B.V.", "kroeze-bouw.nl", "Industrieweg 31", "7721 CK Dalfsen", "administratie"),
    ("Lunchroom De Vergulde Lepel", "vergulde-lepel.nl", "Vismarkt 8", "9711 KT Groningen", "info"),
    ("Mondhygiënistenpraktijk Zuidas", "mhpzuidas.nl", "Gustav Mahlerlaan 1130", "1082 MK Amsterdam", "praktijk"),
    ("Koeltechniek Brabant B.V.", "koeltechniekbrabant.nl", "Ekkersrijt 4412", "5692 DK Son", "crediteuren"),
    ("Stichting Buurthuis 't Anker", "buurthuis-anker.nl", "Ankerplein 2", "3082 PN Rotterdam", "penningmeester"),
    ("Van Ommeren Hoveniers V.O.F.", "vanommeren-groen.nl", "Kerkpad 17", "3451 AK Vleuten", "info"),
    ("Notariskantoor Dijkgraaf", "dijkgraaf-notarissen.nl", "Stationsweg 40", "2312 AV Leiden", "boekhouding"),
    ("Fietsenmakerij Snelle Jelle", "snellejelle.nl", "Voorstraat 66", "8861 BM Harlingen", "jelle"),
]
NL_PEOPLE = [
    ("Marieke Hoekstra", "Dorpsstraat 112", "1566 AG Assendelft", "m.hoekstra@thuisnet.example"),
    ("Ruud en Anouk Verbeek", "Berkenlaan 9", "7313 AB Apeldoorn", "verbeek.familie@ziggomail.example"),
    ("Daan Smulders", "Kapelstraat 3a", "5591 HC Heeze", "daansmulders82@postvak.example"),
    ("Fatima el Amrani", "Hobbemastraat 214-2", "1071 ZG Amsterdam", "f.elamrani@mijnmail.example"),
    ("J.W. (Hans) Postma", "Wierdeweg 5", "9919 AE Loppersum", "hanspostma@kpnplanet.example"),
]
DE_FIRMS = [
    ("Brenner Haustechnik GmbH", "brenner-haustechnik.de", "Am Mühlbach 12", "83022 Rosenheim", "buchhaltung"),
    ("Praxis für Physiotherapie Lindqvist", "physio-lindqvist.de", "Hauptstraße 201", "69117 Heidelberg", "praxis"),
    ("Kaffeerösterei Falkenberg UG (haftungsbeschränkt)", "falkenberg-kaffee.de", "Speicherstraße 3", "28217 Bremen", "rechnungen"),
    ("Weingut Oberhauser KG", "weingut-oberhauser.de", "Weinstraße Süd 44", "67487 Maikammer", "office"),
    ("Architekturbüro Stöckl + Partner", "stoeckl-partner.de", "Leopoldstraße 88", "80802 München", "verwaltung"),
    ("Zahnarztpraxis Dr. Wendt", "zahnarzt-wendt.de", "Bahnhofstraße 7", "04109 Leipzig", "abrechnung"),
]
DE_PEOPLE = [
    ("Sabine Krämer", "Lindenweg 14", "53113 Bonn", "sabine.kraemer@webpost.example"),
    ("Jürgen und Petra Holzapfel", "Am Sonnenhang 3", "72070 Tübingen", "holzapfel.jp@t-netz.example"),
    ("Malte Sörensen", "Friedrichstraße 9", "24937 Flensburg", "m.soerensen@mailbox.example"),
    ("Dr. Katharina Vogt", "Rosenstraße 21", "01099 Dresden", "k.vogt@posteo-like.example"),
]
EN_FIRMS = [
    ("Harbourside Ceramics Ltd", "harbourside-ceramics.com", "Unit 4, Quayside Works", "Bristol BS1 6XN", "accounts"),
    ("Orbital Logistics Ltd", "orbital-logistics.com", "17 Mercer Way", "Leeds LS2 7QT", "payables"),
    ("Fenwick & Hale LLP", "fenwickhale.com", "3 Cloth Fair", "London EC1A 7JQ", "finance"),
    ("Tidewater Apps Inc.", "tidewaterapps.com", "410 Harbor Blvd, Suite 12", "Portland, ME 04101", "ap"),
    ("Greenlane Events B.V.", "greenlane-events.nl", "Weesperzijde 150", "1097 DS Amsterdam", "finance"),
]
EN_PEOPLE = [
    ("Tom Ashworth", "22 Elm Grove", "Sheffield S10 3RN", "tom.ashworth@homemail.example"),
    ("Rachel Okafor", "Flat 3, 9 Regent Street", "Cambridge CB2 1AB", "rachel.okafor@inboxer.example"),
    ("Kevin Mulder", "Spoorsingel 40", "3033 GL Rotterdam", "kevin.mulder@expat-mail.example"),
]


USED = {}


def least_used(rng, pool):
    """A random entry among the least used so far, so the set spreads over its people."""
    low = min(USED.get(e, 0) for e in pool)
    e = rng.choice([e for e in pool if USED.get(e, 0) == low])
    USED[e] = USED.get(e, 0) + 1
    return e


def firm(rng, pool):
    n, dom, st, city, box = least_used(rng, pool)
    return {"name": n, "email": "%s@%s" % (box, dom), "street": st, "city": city, "domain": dom}


def person(rng, pool):
    n, st, city, em = least_used(rng, pool)
    return {"name": n, "email": em, "street": st, "city": city}


STYLES = []   # (function, count, lang); each call builds one record
NONES = []


def style(count, lang):
    def reg(f):
        STYLES.append((f, count, lang))
        return f
    return reg


def none(lang):
    def reg(f):
        NONES.append((f, lang))
        return f
    return reg


def centre(p, y, s, size=9, bold=False):
    """Centred by eye, as a Word or Canva user would: the renderer has no centre."""
    p.text(int(297 - len(s) * size * 0.26), y, s, size, bold)


def inv(rng, tool, lang, kind, sender, sender_name, debtor, to_mode, subject, iss, body_text=None,
        body_html=None, pages=None, fname=None, number=None, due_c=None, total_c=None, due=None,
        iban_=None, business=True, reference=None, currency="EUR", credit=False, note=None,
        cc=(), headers=(), alt_to=None, extra_rcpt=()):
    hdr = list(headers)
    if cc:
        hdr.append("Cc: " + ", ".join(cc))
    sent = iss
    if pages is not None and rng.random() < 0.35:
        sent = iss + TD(days=rng.randint(1, 4))   # the PDF was made on the issue date, mailed later
    eml = mk.mail(rng, sender, sender_name, to_header(debtor["name"], debtor["email"], to_mode, alt_to),
                  subject, sent, body_text=body_text, body_html=body_html, pdf=pages is not None,
                  extra_headers=hdr)
    if sent != iss:
        note += " Mailed %d day(s) after the issue date, so the Date header is not the invoice date." % (sent - iss).days
    exp = mk.expected(number, due_c, total_c, iss, due, debtor["name"], debtor["email"], iban_,
                      business, lang, reference=reference, currency=currency, credit=credit)
    return mk.record(None, tool, lang, kind, envelope(sender, [debtor["email"]] + list(cc) + list(extra_rcpt)),
                     eml, pages=pages, pdf_filename=fname, expected=exp, note=note)


# ================================================================ Dutch invoices

@style(2, "nl")
def nl_word_window_letter(rng, k):
    """A Word letter: centred letterhead, debtor in the window position without a label,
    place-and-date line, 'Factuurnummer: ...' on one line, due date in the closing sentence."""
    me = [("Klusbedrijf Arjan Mol", "arjan@klusbedrijfmol.nl", "Populierenlaan 3", "3904 XX Veenendaal", "Veenendaal"),
          ("Vertaalbureau Lingua Franca", "facturatie@linguafranca-vertalingen.nl", "Breestraat 81", "2311 CK Leiden", "Leiden")][k]
    deb = firm(rng, NL_FIRMS)
    iss = rdate(rng)
    quote_d = iss - TD(days=rng.randint(20, 60))
    deliv = iss - TD(days=rng.randint(1, 9))
    due = iss + TD(days=rng.choice([14, 21, 30]))
    num = "%d-%03d" % (iss.year, rng.randint(8, 140))
    acct = iban(rng, "NL")
    if k == 0:
        lines = [("Arbeidsloon %s" % rng.choice(["badkamer", "keuken", "zolder"]), rng.choice([16, 24, 31.5]), 5250, 21),
                 ("Materiaal volgens bon", 1, rng.randint(15000, 90000), 21),
                 ("Voorrijkosten", rng.choice([2, 3, 4]), 2750, 21)]
    else:
        lines = [("Vertaling NL-EN jaarverslag (%d woorden)" % (w := rng.randint(18, 60) * 100), w, 13, 21),
                 ("Beëdigde vertaling uittreksel KvK", 1, 6500, 21),
                 ("Spoedtoeslag", 1, rng.choice([5000, 7500]), 21)]
    sub, vat, total = totals(lines)
    p = mk.Page()
    centre(p, 58, me[0].upper(), 15, True)
    centre(p, 74, "%s  |  %s  |  %s" % (me[2], me[3], me[1]), 8)
    p.rule(56, 82, 539, 82)
    p.text(62, 132, "%s · %s · %s" % (me[0], me[2], me[3]), 6)
    blk(p, 62, 150, [deb["name"], "t.a.v. de administratie", deb["street"], deb["city"]], 10, 13)
    p.text(62, 250, "%s, %s" % (me[4], dt(iss, "long", "nl")), 10)
    y = blk(p, 62, 280, ["Factuurnummer: %s" % num, "Uw referentie: offerte van %s" % dt(quote_d, "long", "nl"),
                         "Leverdatum: %s" % dt(deliv, "dmy-")], 10, 14)
    p.text(62, y + 12, "Betreft: factuur", 10, True)
    p.text(62, y + 40, "Geachte heer, mevrouw,", 10)
    p.text(62, y + 58, "Hierbij breng ik u de volgende werkzaamheden in rekening:", 10)
    y += 90
    for d_, q, u, r in lines:
        p.text(62, y, "%s x %s" % (qty(q), d_), 10)
        p.right(520, y, "€ " + eur(line_amt(q, u), "nl"), 10)
        y += 15
    p.rule(420, y - 8, 520, y - 8)
    y += 6
    p.text(300, y, "Subtotaal", 10)
    p.right(520, y, "€ " + eur(sub, "nl"), 10)
    p.text(300, y + 15, "Btw 21%", 10)
    p.right(520, y + 15, "€ " + eur(vat[21][1], "nl"), 10)
    p.text(300, y + 32, "Totaal", 10, True)
    p.right(520, y + 32, "€ " + eur(total, "nl"), 10, True)
    y += 70
    y = blk(p, 62, y, ["Ik verzoek u vriendelijk het totaalbedrag vóór %s over te maken op" % dt(due, "dmy-"),
                       "rekeningnummer %s t.n.v. %s," % (mk.iban_spaced(acct), me[0]), "onder vermelding van het factuurnummer.",
                       "", "Met vriendelijke groet,", "", me[0]], 10, 14)
    p.text(62, 800, "KvK %s  ·  Btw-id %s" % (kvk(rng), nl_vat(rng)), 7)
    body = ("Goedemiddag,\n\nIn de bijlage vindt u de factuur voor %s.\n\nMet vriendelijke groet,\n\n%s\n%s\n"
            % ("de uitgevoerde werkzaamheden" if k == 0 else "de vertaling van uw jaarverslag", me[0].split()[-1] if k == 0 else "Ineke Brouwer", me[0]))
    return inv(rng, "word-letter", "nl", "pdf", me[1], me[0], deb, "normal", "Factuur %s" % num, iss,
               body_text=body, pages=[p], fname="Factuur %s %s.pdf" % (num, deb["name"].split()[0]),
               number=num, due_c=total, total_c=total, due=due, iban_=acct,
               headers=["X-Mailer: Microsoft Outlook 16.0"],
               note="Word letter: debtor in the window with no label, the date only in the 'Veenendaal, 3 maart' line, "
                    "a quote date and a delivery date beside the number, due date only in the closing sentence.")


@style(2, "nl")
def nl_excel_grid_tutoring(rng, k):
    """An Excel sheet: grid, labels above values in cells, euro sign left in the cell and the number
    right (accounting format), a list of lesson dates, only a term, consumer debtor."""
    me = ("Bijlespunt Noord", "administratie@bijlespunt-noord.nl", "Oosterstraat 15", "9711 NN Groningen")
    deb = person(rng, NL_PEOPLE)
    iss = rdate(rng, D(2026, 2, 2), D(2026, 11, 5))
    iss = D(iss.year, iss.month, rng.randint(1, 4))
    per = D(iss.year, iss.month - 1, 1)
    child = rng.choice(["Noor", "Sem", "Lotte", "Finn", "Yara"])
    nlessons = rng.randint(4, 8)
    rate = rng.choice([3250, 3500, 4200])
    lessons = sorted(rng.sample(range(1, 28), nlessons))
    total = nlessons * rate + (1500 if k else 0)
    num = "%02d%02d-%d" % (iss.year % 100, iss.month, rng.randint(10, 99))
    term = 14
    acct = iban(rng, "NL")
    p = mk.Page()
    cols = [50, 170, 290, 410, 545]
    p.text(50, 50, me[0], 16, True)
    blk(p, 50, 66, [me[2] + ", " + me[3], me[1]], 8, 10)
    p.text(50, 110, "FACTUUR", 20, True)
    # the grid of header cells: label above value
    for x in cols:
        p.rule(x, 130, x, 170)
    p.rule(50, 130, 545, 130)
    p.rule(50, 170, 545, 170)
    for x, lab, val in zip(cols, ["Factuurnr", "Datum", "Leerling", "Periode"],
                           [num, dt(iss, "dmy-"), child, "%s %d" % (mk.MONTHS["nl"][per.month - 1], per.year)]):
        p.text(x + 4, 145, lab, 8, True)
        p.text(x + 4, 162, val, 9)
    blk(p, 54, 200, ["Aan:", deb["name"], deb["street"], deb["city"]], 9, 12)
    y = 270
    p.rule(50, y - 12, 545, y - 12)
    for x, h in [(54, "Datum les"), (174, "Omschrijving"), (414, "Tarief")]:
        p.text(x, y, h, 8, True)
    y += 6
    p.rule(50, y, 545, y)
    y += 14
    for dday in lessons:
        p.text(54, y, dt(D(per.year, per.month, dday), "dmy-"), 9)
        p.text(174, y, "Bijles wiskunde 60 min", 9)
        p.text(414, y, "€", 9)
        p.right(540, y, eur(rate, "nl"), 9)
        p.rule(50, y + 4, 545, y + 4)
        y += 16
    if k:
        p.text(54, y, dt(D(per.year, per.month, lessons[0]), "dmy-"), 9)
        p.text(174, y, "Oefenmateriaal examenbundel", 9)
        p.text(414, y, "€", 9)
        p.right(540, y, eur(1500, "nl"), 9)
        y += 16
    y += 8
    p.text(290, y, "Totaal te betalen", 10, True)
    p.text(414, y, "€", 10, True)
    p.right(540, y, eur(total, "nl"), 10, True)
    y += 40
    blk(p, 54, y, ["Btw: vrijgesteld (art. 11 lid 1 onder o Wet OB)",
                   "Gelieve binnen %d dagen over te maken op %s t.n.v. Bijlespunt Noord" % (term, acct),
                   "o.v.v. factuurnummer en naam leerling."], 9, 13)
    body = ("Beste %s,\n\nHierbij de factuur voor de bijlessen van %s in %s.\n\nGroetjes,\nMarloes\nBijlespunt Noord\n"
            % (deb["name"].split()[0], child, mk.MONTHS["nl"][per.month - 1]))
    return inv(rng, "excel", "nl", "pdf", me[1], me[0], deb, "bare" if k else "normal",
               "factuur %s %s" % (mk.MONTHS["nl"][per.month - 1], child), iss, body_text=body, pages=[p],
               fname="Factuur_%s.xlsx.pdf" % num, number=num, due_c=total, total_c=total,
               due=iss + TD(days=term), iban_=acct, business=False,
               note="Excel grid: labels above values in cells, € left and the number right in the cell, "
                    "%d lesson dates and a period month above the table; only a 14-day term; consumer." % nlessons)


@style(2, "nl")
def nl_typed_kor(rng, k):
    """A freelancer under the KOR types the invoice in the mail: 'EUR 1.234,-', '1-3-26'."""
    me = [("Joost Verhagen Fotografie", "joost@joostverhagen.nl"), ("Tekstbureau Pen & Papier", "linda@penenpapier-tekst.nl")][k]
    deb = firm(rng, NL_FIRMS)
    iss = rdate(rng)
    hours = rng.randint(4, 22)
    rate = rng.choice([55, 65, 75, 85])
    extra = rng.choice([0, 35, 120])
    total = (hours * rate + extra) * 100
    num = "F%02d-%02d" % (iss.year % 100, rng.randint(3, 40))
    acct = iban(rng, "NL")
    due = iss + TD(days=30)
    first = rng.choice(["Sanne", "Mark", "Ilse", "Ruben"])
    what = ["fotoshoot nieuwe menukaart", "teksten voor de nieuwe website"][k]
    cur, mf = ["EUR ", "nl-dash"] if k == 0 else ["€ ", "nodec"]
    body = ("Hoi %s,\n\nZoals beloofd hierbij mijn factuur voor de %s.\n\n"
            "Factuurnr: %s\nDatum: %s\nAan: %s, %s, %s\n\n"
            "%d uur a EUR %d,- = EUR %s\n%s"
            "Totaal: EUR %s\n\n"
            "(geen btw: ik val onder de kleineondernemersregeling)\n\n"
            "Betaaltermijn 30 dagen. Rekeningnr: %s tnv %s\n\n"
            "Mocht er iets niet kloppen hoor ik het graag!\n\nGroet,\n%s\n\nKvK %s\n"
            % (first, what, num, dt(iss, "d-m-yy"), deb["name"], deb["street"], deb["city"], hours, rate,
               eur(hours * rate * 100, mf),
               ("Reiskosten / km: EUR %s\n" % eur(extra * 100, mf)) if extra else "",
               eur(total, mf), acct, me[0], me[1].split("@")[0].capitalize(), kvk(rng))).replace("EUR ", cur)
    return inv(rng, "typed-in-mail", "nl", "body-text", me[1], me[0], deb,
               "rewritten" if k else "normal", "factuur " + what, iss, body_text=body, number=num,
               due_c=total, total_c=total, due=due, iban_=acct, alt_to="info@" + deb["domain"].replace(".nl", "-oud.nl"),
               headers=["X-Mailer: Apple Mail (2.3774)"],
               note="Typed in the body, amounts as " + ["'EUR 1.234,-'", "'€ 1234' (no separator, no cents)"][k] + ", date as d-m-yy, term only (30 days); "
                    "the hours line holds a second amount; %s" % ("To header rewritten to an old address." if k else "KOR, no btw."))


@style(2, "nl")
def nl_accountant_kenmerk(rng, k):
    """An accountant's package: letterhead right, 'Factuur aan' block, details beside it in two
    columns, two VAT rates (9 % and 21 %), a 16-digit betalingskenmerk, event date nearby."""
    me = [("Catering Het Zilveren Blad", "facturen@zilverenblad-catering.nl", "Ambachtsweg 22", "2222 AH Katwijk"),
          ("Partyverhuur Feestfabriek", "debiteuren@feestfabriek.nl", "Nijverheidsstraat 9", "4143 HM Leerdam")][k]
    deb = firm(rng, NL_FIRMS)
    iss = rdate(rng)
    ev = iss - TD(days=rng.randint(2, 12))
    due = iss + TD(days=14)
    num = "%d%05d" % (iss.year, rng.randint(100, 2000))
    kenmerk = betalingskenmerk(rng)
    acct = iban(rng, "NL")
    guests = rng.randint(25, 140)
    lines = [("Lunchbuffet 'Hollands Glorie' p.p.", guests, rng.choice([1750, 2250, 2495]), 9),
             ("Dranken arrangement p.p.", guests, rng.choice([650, 895]), 9),
             ("Bediening (uren)", rng.choice([8, 12, 16]), 3850, 21),
             ("Huur statafels", rng.choice([6, 10]), 1250, 21)]
    sub, vat, total = totals(lines)
    p = mk.Page()
    blk(p, 539, 50, [me[0], me[2], me[3], me[1], "KvK %s" % kvk(rng), "Btw %s" % nl_vat(rng)], 8, 11, "right", True)
    p.text(56, 150, "Factuur aan", 8, True)
    blk(p, 56, 164, [deb["name"], deb["street"], deb["city"], "Btw-nr. %s" % nl_vat(rng)], 9, 12)
    for j, (l, v) in enumerate([("Factuur", num), ("Factuurdatum", dt(iss, "dmy-")), ("Vervaldatum", dt(due, "dmy-")),
                                ("Datum evenement", dt(ev, "dmy-")), ("Debiteurnummer", str(rng.randint(1000, 9999)))]):
        p.text(330, 164 + 12 * j, l, 9)
        p.right(539, 164 + 12 * j, v, 9)
    y = 260
    for x, h, a in [(56, "Omschrijving", "left"), (330, "Aantal", "right"), (420, "Prijs", "right"), (475, "Btw", "right"), (539, "Bedrag", "right")]:
        p.text(x, y, h, 8, True, a)
    p.rule(56, y + 5, 539, y + 5)
    y += 20
    for d_, q, u, r in lines:
        p.text(56, y, d_, 9)
        p.right(330, y, qty(q), 9)
        p.right(420, y, eur(u, "nl"), 9)
        p.right(475, y, "%d%%" % r, 9)
        p.right(539, y, eur(line_amt(q, u), "nl"), 9)
        y += 14
    p.rule(330, y, 539, y)
    y += 16
    rows = [("Totaal excl. btw", sub)] + [("Btw %d%% over %s" % (r, eur(b, "nl")), v) for r, (b, v) in vat.items()] + [("Totaal incl. btw", total)]
    for l, v in rows:
        p.text(330, y, l, 9, l.startswith("Totaal incl"))
        p.right(539, y, "€ " + eur(v, "nl"), 9, l.startswith("Totaal incl"))
        y += 14
    y += 30
    p.rule(56, y, 539, y)
    blk(p, 56, y + 18, ["Wij verzoeken u het bedrag van € %s uiterlijk %s over te maken naar %s" % (eur(total, "nl"), dt(due, "dmy-"), mk.iban_spaced(acct)),
                        "onder vermelding van betalingskenmerk %s." % " ".join(kenmerk[i:i + 4] for i in range(0, 16, 4)),
                        "Op al onze leveringen zijn de algemene voorwaarden van Koninklijke Horeca Nederland van toepassing."], 8, 12)
    body = ("Geachte relatie,\n\nBijgaand ontvangt u factuur %s. Wij verzoeken u bij betaling het betalingskenmerk te vermelden.\n\n"
            "Met vriendelijke groet,\n\n%s\n\nDit bericht is automatisch verzonden.\n" % (num, me[0]))
    return inv(rng, "accountant-package", "nl", "pdf", me[1], me[0], deb, "normal", "%s - factuur %s" % (me[0], num), iss,
               body_text=body, pages=[p], fname="%s.pdf" % num, number=num, due_c=total, total_c=total, due=due,
               iban_=acct, reference=kenmerk, extra_rcpt=["archief@" + me[1].split("@")[1]] if k else (),
               note="Letterhead right, details beside the 'Factuur aan' block, btw at 9% and 21% with their bases printed "
                    "in the label, event date and debtor number among the details, 16-digit betalingskenmerk in groups of four.")


@style(2, "nl")
def nl_webshop_html(rng, k):
    """A small web shop's own HTML mail: order number and order date above the invoice number,
    prices incl. btw with 'waarvan btw', a discount code, shipping, pay afterwards within 14 days."""
    me = [("Kaaswinkel Het Gouden Wiel", "bestellingen@goudenwiel-kaas.nl"), ("Wolwinkel Bol & Steek", "winkel@bolensteek.nl")][k]
    deb = person(rng, NL_PEOPLE)
    iss = rdate(rng)
    ordered = iss - TD(days=rng.randint(1, 3))
    items = [[("Oude Goudse 1 kg", 2095), ("Boerenkaas met komijn 500 g", 995), ("Kaasschaaf Boska", 1450), ("Geitenkaas jong 500 g", 1095)],
             [("Merinowol bol 50 g", 495), ("Breinaalden bamboe 4 mm", 725), ("Patroonboek 'Truien voor iedereen'", 2450), ("Alpacawol 100 g", 1295)]][k]
    chosen = [(n, rng.randint(1, 4), u) for n, u in rng.sample(items, 3)]
    goods = sum(q * u for _, q, u in chosen)
    disc = -int(round(goods * 0.10))
    ship = 695
    total = goods + disc + ship
    vat_in = int(round(total * 21 / 121.0))
    num = "WS%d-%05d" % (iss.year, rng.randint(300, 9000))
    order = "#%d" % rng.randint(10000, 19999)
    acct = iban(rng, "NL")
    rows = "".join('<tr><td>%s</td><td align="center">%d</td><td align="right">&euro; %s</td></tr>\n' % (n, q, eur(q * u, "nl")) for n, q, u in chosen)
    html = ("<html><body style=\"font-family:Georgia,serif;color:#333\">\n"
            "<div style=\"background:#f4e3b1;padding:18px\"><h2>%s</h2></div>\n"
            "<p>Hallo %s,</p>\n<p>Bedankt voor je bestelling! Je koos voor <b>achteraf betalen</b>. Hieronder vind je de factuur.</p>\n"
            "<table style=\"font-size:13px\"><tr><td>Bestelnummer</td><td>%s</td></tr><tr><td>Besteld op</td><td>%s</td></tr>"
            "<tr><td>Factuurnummer</td><td>%s</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr></table>\n"
            "<table width=\"100%%\" style=\"font-size:13px;border-collapse:collapse\">\n<tr><th align=\"left\">Product</th><th>Aantal</th><th align=\"right\">Prijs</th></tr>\n%s"
            "<tr><td>Kortingscode WELKOM10 (-10%%)</td><td></td><td align=\"right\">&euro; %s</td></tr>\n"
            "<tr><td>Verzendkosten PostNL</td><td></td><td align=\"right\">&euro; %s</td></tr>\n"
            "<tr><td><b>Totaal</b></td><td></td><td align=\"right\"><b>&euro; %s</b></td></tr>\n"
            "<tr><td><small>waarvan 21%% btw</small></td><td></td><td align=\"right\"><small>&euro; %s</small></td></tr>\n</table>\n"
            "<p>Wil je het bedrag binnen 14 dagen overmaken naar %s t.n.v. %s? Vermeld dan je bestelnummer.</p>\n"
            "<p>Bezorgadres:<br>%s<br>%s<br>%s</p>\n"
            "<p>Liefs,<br>het team van %s</p>\n</body></html>"
            % (me[0], deb["name"].split()[0], order, dt(ordered, "long", "nl"), num, dt(iss, "long", "nl"), rows,
               eur(disc, "nl"), eur(ship, "nl"), eur(total, "nl"), eur(vat_in, "nl"), mk.iban_spaced(acct), me[0],
               deb["name"], deb["street"], deb["city"], me[0]))
    return inv(rng, "webshop-html", "nl", "body-html", me[1], me[0], deb, "normal", "Je bestelling %s en factuur" % order, iss,
               body_html=html, number=num, due_c=total, total_c=total, due=iss + TD(days=14), iban_=acct, business=False,
               note="Web shop HTML only: order number and order date first, a negative discount line, prices incl. btw "
                    "('waarvan btw' is not added), pay-later term of 14 days, subject says 'bestelling'.")


@style(2, "nl")
def nl_canva_photographer(rng, k):
    """A Canva design: huge centred FACTUUR, three columns label-above-value, amounts 'EUR 1.850,-',
    prices incl. btw, a deposit already paid subtracted."""
    me = [("Lichtvang Fotografie", "hallo@lichtvang.nl", "Zwolle"), ("Studio Bloesem · bloemwerk", "studio@bloesem-bloemwerk.nl", "Haarlem")][k]
    deb = person(rng, NL_PEOPLE)
    iss = rdate(rng)
    event = iss - TD(days=rng.randint(3, 20))
    dep_d = event - TD(days=rng.randint(60, 200))
    if k == 0:
        lines = [("Trouwreportage hele dag", 1, rng.choice([1650, 1850, 2150]) * 100), ("Fotoalbum 30x30", 1, rng.choice([395, 450]) * 100),
                 ("Reiskosten", 1, rng.choice([40, 60]) * 100)]
    else:
        lines = [("Bruidsboeket", 1, rng.choice([145, 175]) * 100), ("Corsages", rng.randint(4, 8), 1800),
                 ("Tafelstukken", rng.randint(6, 14), 3500), ("Opbouw en afbouw locatie", 1, 9500)]
    total = sum(q * u for _, q, u in lines)
    deposit = (total // 4) // 100 * 100
    due_c = total - deposit
    vat_in = int(round(total * 21 / 121.0))
    num = "%s%d" % (["LV-", "SB"][k], rng.randint(100, 400))
    acct = iban(rng, "NL")
    term = 14
    p = mk.Page()
    centre(p, 90, "F A C T U U R", 34, True)
    centre(p, 120, me[0], 11)
    for x, l, v in [(70, "FACTUURNR.", num), (240, "DATUM", dt(iss, "long", "nl")), (410, "DATUM BRUILOFT", dt(event, "dmy-"))]:
        p.text(x, 170, l, 7, True)
        p.text(x, 186, v, 11)
    p.text(70, 230, "VOOR", 7, True)
    blk(p, 70, 246, [deb["name"], deb["street"], deb["city"]], 11, 15)
    y = 330
    for d_, q, u in lines:
        p.text(70, y, ("%d x " % q if q > 1 else "") + d_, 11)
        p.right(525, y, "EUR " + eur(q * u, "nl-dash"), 11)
        y += 22
    y += 8
    p.rule(300, y - 12, 525, y - 12)
    for l, v, b in [("Totaal", total, False), ("Reeds betaald (aanbetaling %s)" % dt(dep_d, "dmy-"), -deposit, False),
                    ("NOG TE BETALEN", due_c, True)]:
        p.text(250, y, l, 11 if not b else 13, b)
        p.right(525, y, ("- " if v < 0 else "") + "EUR " + eur(abs(v), "nl-dash"), 11 if not b else 13, b)
        y += 22
    y += 30
    blk(p, 70, y, ["Alle bedragen zijn inclusief 21%% btw (€ %s)." % eur(vat_in, "nl"),
                   "Graag binnen %d dagen overmaken naar %s" % (term, acct), "t.n.v. %s, %s" % (me[0].split(" ·")[0], me[2])], 9, 13)
    centre(p, 780, "dankjewel voor het vertrouwen ♡", 10)
    body = ("Lieve %s,\n\nWat was het een mooie dag! In de bijlage vind je de factuur voor het restbedrag.\n\n"
            "Liefs,\n%s\n" % (deb["name"].split()[0], ["Eva", "Noortje"][k]))
    return inv(rng, "canva", "nl", "pdf", me[1], me[0], deb, "name-only" if k else "normal", "Factuur 💐" if k else "factuur trouwreportage",
               iss, body_text=body, pages=[p], fname="Factuur %s (1).pdf" % deb["name"].split()[0], number=num, due_c=due_c,
               total_c=total, due=iss + TD(days=term), iban_=acct, business=False,
               note="Canva: letter-spaced title, labels above values, wedding date beside the invoice date, 'EUR 1.850,-', "
                    "a deposit already paid to subtract (amount due below the total), btw only in a sentence; term only."
                    + (" To header is a display name without an address." if k else ""))


@style(2, "nl")
def nl_gdocs_template(rng, k):
    """A Google Docs template: ISO dates, 'Factuur aan:' under the letterhead, details in a right
    column as 'Label: value', contact person named first, a colleague in Cc, term '30 dagen na factuurdatum'."""
    me = [("Pixelwerf webdesign", "factuur@pixelwerf.nl"), ("Ruimtelijk Advies Bureau Ommen", "info@rab-ommen.nl")][k]
    deb = firm(rng, NL_FIRMS)
    contact = rng.choice(["Sanne de Wit", "Pieter van Leeuwen", "Kim Janssen", "Bart Overmars"])
    iss = rdate(rng)
    period = D(iss.year, iss.month, 1) - TD(days=1)
    num = "%d.%02d.%d" % (iss.year, iss.month, rng.randint(1, 9))
    acct = iban(rng, "NL")
    lines = [("Onderhoudscontract website (maand %s)" % mk.MONTHS["nl"][period.month - 1], 1, rng.choice([4900, 7900]), 21),
             ("Extra uren: %s" % rng.choice(["nieuwe landingspagina", "koppeling nieuwsbrief", "SEO-check"]), rng.choice([2.5, 4, 6.75]), 7500, 21),
             ("Hosting %d (jaar)" % iss.year, 1, 14400, 21)] if k == 0 else [
             ("Advies bestemmingsplanwijziging", rng.choice([6, 9.5, 14]), 11500, 21), ("Tekenwerk situatieschets", 1, 32500, 21)]
    sub, vat, total = totals(lines)
    p = mk.Page()
    p.text(56, 60, me[0], 20, True)
    p.text(56, 78, "Kanaalstraat 5, 7731 BW Ommen · %s · KvK %s · BTW %s" % (me[1], kvk(rng), nl_vat(rng)), 8)
    p.text(56, 130, "Factuur aan:", 10, True)
    blk(p, 56, 146, [contact, deb["name"], deb["street"], deb["city"], "Uw btw-nummer: %s" % nl_vat(rng)], 10, 13)
    blk(p, 340, 146, ["Factuurnummer: %s" % num, "Factuurdatum: %s" % iss.isoformat(),
                      "Betalingstermijn: 30 dagen na factuurdatum", "Projectcode: %s-%d" % (deb["name"][:3].upper(), rng.randint(10, 99))], 10, 13)
    y = 250
    p.text(56, y, "Omschrijving", 10, True)
    p.right(420, y, "Aantal", 10, True)
    p.right(539, y, "Bedrag", 10, True)
    y += 18
    for d_, q, u, r in lines:
        p.text(56, y, d_, 10)
        p.right(420, y, qty(q), 10)
        p.right(539, y, "€" + eur(line_amt(q, u), "nl"), 10)
        y += 16
    y += 10
    for l, v in [("Subtotaal", sub), ("BTW (21%)", vat[21][1]), ("Totaal", total)]:
        p.text(340, y, l, 10, l == "Totaal")
        p.right(539, y, "€" + eur(v, "nl"), 10, l == "Totaal")
        y += 16
    blk(p, 56, y + 40, ["Betaalgegevens", "IBAN: %s" % acct, "T.n.v.: %s" % me[0], "Omschrijving: %s" % num], 10, 14, bold_first=True)
    colleague = "%s <%s@%s>" % (rng.choice(["Ellen Smit", "Jeroen Baas"]), rng.choice(["ellen", "jeroen"]), deb["domain"])
    body = ("Hoi %s,\n\nBijgaand de factuur van deze maand. Ik heb %s in de cc gezet voor de administratie.\n\nGroet,\n%s\n"
            % (contact.split()[0], colleague.split(" <")[0], ["Tim", "Merel"][k]))
    return inv(rng, "google-docs", "nl", "pdf", me[1], me[0], deb, "normal", "Factuur %s" % num, iss, body_text=body,
               pages=[p], fname="Factuur %s - Google Docs.pdf" % num, number=num, due_c=total, total_c=total,
               due=iss + TD(days=30), iban_=acct, cc=[colleague.split("<")[1].rstrip(">")], reference=num,
               note="Google Docs: the contact person's name above the company in 'Factuur aan:', ISO date, the due date "
                    "only as '30 dagen na factuurdatum', invoice number with dots, a colleague in Cc and in the envelope; the payment "
                    "block labels 'Omschrijving: <number>' (a labelled transfer description, so payment_reference is set).")


@style(1, "nl")
def nl_credit_libreoffice(rng, k):
    """LibreOffice credit note: negative amounts, the original invoice's number and date nearby."""
    me = ("Drukkerij Van der Sluis", "verkoop@drukkerijvandersluis.nl")
    deb = firm(rng, NL_FIRMS)
    iss = rdate(rng)
    orig_d = iss - TD(days=rng.randint(10, 40))
    orig = "%d-%04d" % (orig_d.year, rng.randint(100, 900))
    num = "C%d-%03d" % (iss.year, rng.randint(1, 30))
    n = rng.choice([250, 500, 1000])
    lines = [("Retour: %d flyers A5 (misdruk kleur)" % n, 1, -rng.choice([8900, 14500, 21000]), 21)]
    sub, vat, total = totals(lines)
    acct = iban(rng, "NL")
    p = mk.Page()
    blk(p, 56, 56, [me[0], "Papiermolen 12", "2801 TV Gouda", "verkoop@drukkerijvandersluis.nl"], 9, 12, bold_first=True)
    p.text(56, 140, "CREDITNOTA", 18, True)
    blk(p, 56, 170, [deb["name"], deb["street"], deb["city"]], 10, 13)
    blk(p, 320, 170, ["Creditnotanummer:   %s" % num, "Datum:   %s" % dt(iss, "dmy-"),
                      "Betreft factuur:   %s d.d. %s" % (orig, dt(orig_d, "dmy-"))], 10, 13)
    y = 260
    p.text(56, y, lines[0][0], 10)
    p.right(539, y, "€ " + eur(sub, "nl"), 10)
    y += 30
    for l, v in [("Subtotaal", sub), ("21% btw", vat[21][1]), ("Totaal te crediteren", total)]:
        p.text(320, y, l, 10, l.startswith("Totaal"))
        p.right(539, y, "€ " + eur(v, "nl"), 10, l.startswith("Totaal"))
        y += 15
    blk(p, 56, y + 30, ["Het bedrag wordt verrekend met uw openstaande facturen of binnen 10 werkdagen teruggestort.",
                        "IBAN %s  ·  KvK %s  ·  btw %s" % (acct, kvk(rng), nl_vat(rng))], 9, 13)
    body = "Beste klant,\n\nExcuses voor de misdruk. Bijgaand de creditnota voor factuur %s.\n\nMet vriendelijke groet,\nDrukkerij Van der Sluis\n" % orig
    return inv(rng, "libreoffice", "nl", "pdf", me[1], me[0], deb, "normal", "Creditnota %s (factuur %s)" % (num, orig), iss,
               body_text=body, pages=[p], fname="creditnota_%s.pdf" % num, number=num, due_c=total, total_c=total, due=None,
               iban_=acct, credit=True,
               note="Credit note: negative amounts with a minus after the euro sign, the original invoice's number and date "
                    "beside its own; no due date (labelled null).")


@style(2, "nl")
def nl_termijn_bouw(rng, k):
    """A contractor's instalment invoice: contract sum and percentage above the amount invoiced now;
    debtor in the right-hand window; amounts with a space as thousands separator; 8-day term."""
    me = ("Aannemersbedrijf Gebr. Wessels", "facturatie@gebrwessels.nl")
    if k == 0:
        deb = person(rng, NL_PEOPLE)
        biz = False
    else:
        deb = firm(rng, NL_FIRMS)
        biz = True
    iss = rdate(rng)
    contract_d = iss - TD(days=rng.randint(60, 150))
    som = rng.choice([4850000, 6240000, 9875000, 12400000]) + k * rng.randint(1, 90) * 10000
    pcts = [(1, 20, "bij opdracht"), (2, 35, "na gereedkomen ruwbouw"), (3, 35, "na gereedkomen afbouw"), (4, 10, "bij oplevering")]
    t, pc, what = pcts[rng.randint(1, 3)]
    base = som * pc // 100
    vat = int(round(base * 0.21))
    total = base + vat
    num = "%d%04d" % (iss.year % 100, rng.randint(1, 500))
    acct = iban(rng, "NL")
    p = mk.Page()
    blk(p, 56, 50, [me[0], "Bedrijvenpark De Hoek 7", "8101 BB Raalte", "tel. 0572 - 35 12 90"], 9, 12, bold_first=True)
    blk(p, 320, 150, [deb["name"], deb["street"], deb["city"]], 10, 13)
    p.text(56, 250, "TERMIJNFACTUUR", 14, True)
    blk(p, 56, 275, ["Factuurnummer", "Factuurdatum", "Project", "Aannemingsovereenkomst d.d."], 9, 13)
    blk(p, 200, 275, [num, dt(iss, "dmy-"), "Aanbouw woning %s" % deb["street"], dt(contract_d, "dmy-")], 9, 13)
    y = 350
    for l, v in [("Aanneemsom excl. btw", som), ("Termijn %d van 4 (%d%%, %s)" % (t, pc, what), base),
                 ("Btw 21%", vat), ("Te betalen deze termijn", total)]:
        b = l.startswith("Te betalen")
        p.text(56, y, l, 10, b)
        p.right(539, y, "€ " + eur(v, "sp"), 10, b)
        y += 16 if not l.startswith("Aanneemsom") else 26
    blk(p, 56, y + 30, ["Betaling binnen 8 dagen na factuurdatum op %s ten name van Gebr. Wessels B.V." % mk.iban_spaced(acct),
                        "Reeds gefactureerd: termijn 1 t/m %d. Meer- en minderwerk wordt bij de eindafrekening verrekend." % (t - 1),
                        "KvK %s  BTW %s" % (kvk(rng), nl_vat(rng))], 8, 12)
    body = "Geachte %s,\n\nBijgaand ontvangt u de termijnfactuur voor termijn %d.\n\nMet vriendelijke groet,\n\nAdministratie Gebr. Wessels\n" % (
        "familie " + deb["name"].split()[-1] if not biz else "heer/mevrouw", t)
    return inv(rng, "libreoffice", "nl", "pdf", me[1], me[0], deb, "normal", "Termijnfactuur %s" % num, iss, body_text=body,
               pages=[p], fname="TF%s.pdf" % num, number=num, due_c=total, total_c=total, due=iss + TD(days=8), iban_=acct,
               business=biz,
               note="Instalment invoice: the contract sum (larger) is printed above the instalment; '1 234,56' with a space; "
                    "contract date among the details; 8-day term in a sentence; debtor in the right window.")


@style(1, "nl")
def nl_nota_rf(rng, k):
    """An old-fashioned 'NOTA' typed as plain text with a monospaced table, RF creditor reference."""
    me = ("Hoveniersbedrijf De Wilde Tuin", "nota@dewildetuin.nl")
    deb = person(rng, NL_PEOPLE)
    iss = rdate(rng)
    due = iss + TD(days=rng.choice([21, 28]))
    ref = rf_ref(rng)
    num = str(rng.randint(4100, 4999))
    acct = iban(rng, "NL")
    lines = [("Snoeien heg en bomen", rng.choice([5, 7, 9]), 4600, 21), ("Afvoer groenafval", 1, 6500, 21),
             ("Boomschors 2 m3", 2, 4250, 9)]
    sub, vat, total = totals(lines)
    tbl = "\n".join("  %-28s %12s" % (d_, eur(line_amt(q, u), "nl")) for d_, q, u, r in lines)
    body = ("NOTA nr. %s\n\n%s\n%s\n%s\n\nGorssel, %s\n\n  %-28s %12s\n%s\n  %s\n  %-28s %12s\n  %-28s %12s\n  %-28s %12s\n  %-28s %12s\n\n"
            "Gaarne te voldoen vóór %s op %s (De Wilde Tuin)\nBetalingskenmerk: %s\n\nMet groene groet,\nWillem Ruiter\n"
            % (num, deb["name"], deb["street"], deb["city"], dt(iss, "long", "nl"), "", "euro", tbl, "-" * 41,
               "subtotaal", eur(sub, "nl"), "btw 9%", eur(vat[9][1], "nl"), "btw 21%", eur(vat[21][1], "nl"),
               "TOTAAL", eur(total, "nl"), dt(due, "long", "nl"), acct, " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))))
    return inv(rng, "typed-in-mail", "nl", "body-text", me[1], me[0], deb, "normal", "nota snoeiwerk", iss, body_text=body,
               number=num, due_c=total, total_c=total, due=due, iban_=acct, business=False, reference=ref,
               note="Plain-text 'NOTA' instead of 'factuur', monospaced table with 'euro' as the column header, RF reference "
                    "printed in groups of four, two btw rates, a bare 4-digit number.")


BE_FIRMS = [("Bakkerij Vermeulen BV", "bakkerij-vermeulen.be", "Kerkstraat 45", "9000 Gent", "boekhouding"),
            ("Tandartsenpraktijk De Linde", "delinde-tandartsen.be", "Lindelaan 3", "2600 Berchem", "admin"),
            ("Garage Peeters & Co", "garagepeeters.be", "Steenweg op Mol 112", "2300 Turnhout", "facturatie")]


@style(2, "nl")
def nl_be_ogm(rng, k):
    """A Flemish invoice: 'Vervaldag', gestructureerde mededeling, BE IBAN, d/mm/yyyy, '1.234,56 EUR'."""
    me = [("IT-Service Claes", "factuur@itservice-claes.be"), ("Schilderwerken Janssens bv", "info@janssens-schilderwerken.be")][k]
    deb = firm(rng, BE_FIRMS)
    iss = rdate(rng)
    due = iss + TD(days=30)
    ogm = be_ogm(rng)
    num = "%d/%04d" % (iss.year, rng.randint(10, 300))
    acct = iban(rng, "BE")
    lines = [("Interventie ter plaatse (uur)", rng.choice([1.5, 3, 4.5]), 6800, 21), ("Verplaatsingskost", 1, 3500, 21),
             ("Switch 8 poorten", 1, 8990, 21)] if k == 0 else [
             ("Schilderen traphal (m²)", rng.randint(30, 80), 2400, 21), ("Verf en materiaal", 1, rng.randint(18000, 40000), 21)]
    sub, vat, total = totals(lines)
    p = mk.Page()
    p.text(56, 60, me[0], 16, True)
    p.text(56, 76, "Ondernemingsnummer BE0%s · RPR Antwerpen" % digits(rng, 9), 8)
    blk(p, 330, 130, [deb["name"], deb["street"], deb["city"], "BTW BE0%s" % digits(rng, 9)], 10, 13)
    p.text(56, 220, "FACTUUR %s" % num, 14, True)
    blk(p, 56, 245, ["Factuurdatum: %s" % dt(iss, "d/mm/yyyy"), "Vervaldag: %s" % dt(due, "d/mm/yyyy"),
                     "Uw bestelbon: PO-%d" % rng.randint(1000, 9999)], 9, 12)
    y = 300
    for d_, q, u, r in lines:
        p.text(56, y, "%s  %s x %s" % (d_, qty(q), eur(u, "nl")), 9)
        p.right(539, y, eur(line_amt(q, u), "nl") + " EUR", 9)
        y += 14
    y += 10
    for l, v in [("Maatstaf van heffing", sub), ("BTW 21%", vat[21][1]), ("Te betalen", total)]:
        p.text(330, y, l, 9, l == "Te betalen")
        p.right(539, y, eur(v, "nl") + " EUR", 9, l == "Te betalen")
        y += 14
    blk(p, 56, y + 30, ["Gelieve te betalen op rekening %s (BIC GEBABEBB)" % mk.iban_spaced(acct),
                        "met gestructureerde mededeling %s" % ogm,
                        "Bij niet-betaling op de vervaldag is van rechtswege een intrest van 8% verschuldigd."], 9, 13)
    body = "Beste,\n\nIn bijlage vindt u onze factuur %s.\n\nMet vriendelijke groeten,\n%s\n" % (num, me[0])
    return inv(rng, "word-be", "nl", "pdf", me[1], me[0], deb, "normal", "Factuur %s" % num, iss, body_text=body, pages=[p],
               fname="Factuur_%s.pdf" % num.replace("/", "-"), number=num, due_c=total, total_c=total, due=due, iban_=acct,
               reference=ogm,
               note="Flemish: 'Vervaldag', 'Maatstaf van heffing', amounts '1.234,56 EUR', dates d/mm/yyyy, a slash in "
                    "the number, gestructureerde mededeling as payment reference, a PO number nearby.")



# ================================================================ English invoices

@style(3, "en")
def en_uk_sole_trader(rng, k):
    """A UK sole trader's Word invoice in GBP: letterhead right, 'Bill to', VAT at 20 %, ordinal
    dates; terms vary (Net 30 / within 14 days / a stated date); one pays only by sort code."""
    me = [("Fern & Flint Joinery", "hello@fernandflint.com", "Unit 9, Mill Yard, Frome BA11 1BT"),
          ("Sam Pritchard Copywriting", "sam@pritchardcopy.com", "48 Gloucester Road, Bristol BS7 8AR"),
          ("Ridgeway Garden Care", "office@ridgewaygardens.com", "2 Church Lane, Wantage OX12 8AA")][k]
    deb = person(rng, EN_PEOPLE) if k == 2 else firm(rng, EN_FIRMS[:3])
    biz = k != 2
    iss = rdate(rng)
    num = ["FF-%04d" % rng.randint(100, 900), "INV%03d" % rng.randint(20, 160), "%d" % rng.randint(1200, 1999)][k]
    lines = [[("Oak shelving, fitted", 1, rng.randint(600, 1400) * 100, 20), ("Labour (days)", rng.choice([2, 3, 4]), 22000, 20)],
             [("Website copy, 6 pages", 1, 135000, 20), ("Product descriptions", rng.randint(10, 40), 1800, 20)],
             [("Monthly maintenance visits", rng.randint(2, 4), 6500, 20), ("Hedge cutting", 1, rng.choice([9000, 12000]), 20),
              ("Green waste removal", 1, 4500, 20)]][k]
    sub, vat, total = totals(lines)
    acct = iban(rng, "GB")
    sort = "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
    accno = digits(rng, 8)
    if k == 0:
        term, due = "Net 30", iss + TD(days=30)
    elif k == 1:
        term, due = "Payment due within 14 days of the invoice date", iss + TD(days=14)
    else:
        due = iss + TD(days=rng.choice([10, 21]))
        term = "Please pay by %s" % dt(due, "long", "en")
    p = mk.Page()
    blk(p, 539, 60, [me[0], me[2], me[1], "VAT Reg. No. GB %s %s %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 2))], 9, 12, "right", True)
    p.text(56, 60, "INVOICE", 24, True)
    p.text(56, 150, "Bill to", 9, True)
    blk(p, 56, 164, [deb["name"], deb["street"], deb["city"]], 10, 13)
    blk(p, 360, 164, ["Invoice no.", "Invoice date", "Terms"], 9, 13)
    blk(p, 539, 164, [num, dt(iss, "ord-en"), "Net 30" if k == 0 else ("14 days" if k == 1 else "see below")], 9, 13, "right")
    y = 250
    p.rule(56, y - 12, 539, y - 12)
    p.text(56, y, "Description", 9, True)
    p.right(400, y, "Qty", 9, True)
    p.right(470, y, "Unit price", 9, True)
    p.right(539, y, "Amount", 9, True)
    y += 18
    for d_, q, u, r in lines:
        p.text(56, y, d_, 9)
        p.right(400, y, qty(q, "en"), 9)
        p.right(470, y, "£" + eur(u, "en"), 9)
        p.right(539, y, "£" + eur(line_amt(q, u), "en"), 9)
        y += 15
    y += 10
    for l, v in [("Subtotal", sub), ("VAT @ 20%", vat[20][1]), ("Total due", total)]:
        p.text(380, y, l, 9, l == "Total due")
        p.right(539, y, "£" + eur(v, "en"), 9, l == "Total due")
        y += 15
    pay = ["Bank: Sort code %s, Account %s, Name %s" % (sort, accno, me[0])]
    if k != 2:
        pay.append("International: IBAN %s" % (acct if k == 0 else mk.iban_spaced(acct)))
    blk(p, 56, y + 40, [term + "."] + pay + ["Thank you for your business!"], 9, 13)
    body = ["Hi,\n\nPlease find attached invoice %s.\n\nMany thanks,\nRowan\n" % num,
            "Hello %s team,\n\nAttached is my invoice for the recent copy work. Any questions, just shout.\n\nCheers,\nSam\n" % deb["name"].split()[0],
            "Dear %s,\n\nThank you for having us in the garden this month - your invoice is attached.\n\nKind regards,\nRidgeway Garden Care\n" % deb["name"].split()[0]][k]
    return inv(rng, "word-uk", "en", "pdf", me[1], me[0], deb, ["normal", "bare", "normal"][k], "Invoice %s" % num, iss,
               body_text=body, pages=[p], fname="Invoice %s.pdf" % num, number=num, due_c=total, total_c=total, due=due,
               iban_=acct if k != 2 else None, business=biz, currency="GBP",
               note="UK Word invoice in GBP, ordinal date ('1st March'), %s" % [
                   "'Net 30' term only, IBAN after the sort code.", "term as a sentence, spaced IBAN after the UK sort code.",
                   "only a sort code and account number (iban null), due date stated in a sentence, consumer."][k])


@style(2, "en")
def en_us_contractor(rng, k):
    """A US contractor's Google-Docs-ish invoice in USD: Bill To and Ship To side by side,
    'Due on receipt' (due = issue date) or 'Net 15', sales tax, ACH details without IBAN."""
    me = [("Pine & Anchor Carpentry", "billing@pineandanchor.com"), ("Brightline Signs LLC", "accounts@brightlinesigns.com")][k]
    deb = firm(rng, [EN_FIRMS[3], ("Cobblestone Coffee Roasters LLC", "cobblestonecoffee.com", "27 Exchange St", "Portland, ME 04101", "ap")])
    iss = rdate(rng)
    num = "%d-%02d" % (rng.randint(300, 999), iss.month)
    lines = [("Custom bookshelves, walnut", 1, rng.randint(1800, 4200) * 100, 0), ("Install labor (hrs)", rng.choice([6, 8.5, 11]), 6500, 0)] if k == 0 else \
            [("Vinyl window lettering", 1, rng.randint(300, 900) * 100, 0), ("Illuminated sign cabinet 8ft", 1, rng.randint(2500, 5200) * 100, 0)]
    sub, _, _ = totals(lines)
    tax = int(round(sub * 0.055))
    total = sub + tax
    if k == 0:
        term, due = "Due on receipt", iss
    else:
        term, due = "Net 15", iss + TD(days=15)
    p = mk.Page()
    p.text(56, 64, me[0], 18, True)
    p.text(56, 80, "88 Fore Street, Portland, ME 04101  ·  (207) 555-01%02d" % rng.randint(10, 99), 8)
    p.right(539, 64, "Invoice", 22, True)
    p.text(56, 130, "BILL TO", 8, True)
    blk(p, 56, 144, [deb["name"], "Attn: Accounts Payable", deb["street"], deb["city"]], 9, 12)
    p.text(250, 130, "SHIP TO", 8, True)
    blk(p, 250, 144, [deb["name"], "Dock B, 12 Commercial St", "Portland, ME 04101"], 9, 12)
    blk(p, 420, 130, ["INVOICE #", num, "", "DATE", dt(iss, "us"), "", "P.O. #", str(rng.randint(4000, 4999)),
                      "", "TERMS", term], 8, 11)
    y = 290
    for x, h in [(56, "DESCRIPTION"), (390, "QTY")]:
        p.text(x, y, h, 8, True)
    p.right(539, y, "AMOUNT", 8, True)
    y += 16
    for d_, q, u, r in lines:
        p.text(56, y, d_, 9)
        p.text(390, y, qty(q, "en"), 9)
        p.right(539, y, "$" + eur(line_amt(q, u), "en"), 9)
        y += 14
    y += 10
    for l, v in [("Subtotal", sub), ("Sales tax 5.5%", tax), ("BALANCE DUE", total)]:
        p.text(390, y, l, 9, l.startswith("BAL"))
        p.right(539, y, "$" + eur(v, "en"), 9, l.startswith("BAL"))
        y += 14
    blk(p, 56, y + 30, ["Pay by ACH: Casco Bay Credit Union, routing 0%s, account %s" % (digits(rng, 8), digits(rng, 10)),
                        "or check payable to %s. Ship date: %s." % (me[0], dt(iss - TD(days=2), "mm/dd/yyyy"))], 8, 11)
    body = "Hi there,\n\nAttached is invoice %s for the %s. %s\n\nThanks!\n%s\n" % (
        num, "shelving job" if k == 0 else "storefront signage", "Payment is due on receipt." if k == 0 else "Terms are net 15.",
        ["Dave", "Luis"][k])
    return inv(rng, "google-docs-us", "en", "pdf", me[1], me[0], deb, "normal", "Invoice %s from %s" % (num, me[0]), iss,
               body_text=body, pages=[p], fname="%s Invoice %s.pdf" % (me[0], num), number=num, due_c=total, total_c=total,
               due=due, iban_=None, currency="USD",
               note="US invoice in USD: Bill To and Ship To side by side, labels above values in a narrow column, "
                    "%s; sales tax; ACH routing number, no IBAN; a ship date in mm/dd/yyyy." % (
                        "'Due on receipt' (due date = issue date)" if k == 0 else "'Net 15'"))


@style(2, "en")
def en_agency_html(rng, k):
    """A Dutch studio's own English HTML invoice: 'EUR 1,234.56', an upfront payment already made,
    due date stated as ISO, the project's kick-off date nearby."""
    me = [("Studio Noordlicht", "billing@studionoordlicht.nl"), ("Kade Acoustics", "invoices@kade-acoustics.nl")][k]
    deb = firm(rng, EN_FIRMS[4:5]) if k == 0 else person(rng, EN_PEOPLE[2:3])
    biz = k == 0
    iss = rdate(rng)
    kick = iss - TD(days=rng.randint(30, 90))
    due = iss + TD(days=rng.choice([14, 30]))
    num = "SN-%d-%03d" % (iss.year, rng.randint(1, 99)) if k == 0 else "KA%d" % rng.randint(2000, 2999)
    lines = [("Brand identity - logo, type, colour", 1, rng.randint(2800, 5200) * 100, 21), ("Event signage design", rng.randint(3, 9), 18000, 21)] if k == 0 else \
            [("Acoustic panels, installed (m²)", rng.randint(12, 30), 8900, 21), ("Room measurement report", 1, 29500, 21)]
    sub, vat, total = totals(lines)
    paid = int(round(total * 0.5)) if k == 0 else rng.randint(5, 9) * 10000
    due_c = total - paid
    acct = iban(rng, "NL")
    rows = "".join("<tr><td>%s</td><td style=\"text-align:right\">%s</td><td style=\"text-align:right\">EUR %s</td></tr>\n" % (
        d_, qty(q, "en"), eur(line_amt(q, u), "en")) for d_, q, u, r in lines)
    html = ("<!DOCTYPE html><html><body style=\"font-family:Helvetica,Arial;font-size:14px\">\n"
            "<table width=\"600\"><tr><td><h1 style=\"font-weight:300\">%s</h1></td><td style=\"text-align:right;color:#888\">INVOICE<br>%s</td></tr></table>\n"
            "<p>Dear %s,</p><p>Thanks for working with us. Here is the invoice for %s.</p>\n"
            "<table width=\"600\" cellpadding=\"4\"><tr><td><b>Billed to</b><br>%s<br>%s<br>%s%s</td>"
            "<td><b>Issued</b> %s<br><b>Due</b> %s<br><b>Project start</b> %s</td></tr></table>\n"
            "<table width=\"600\" cellpadding=\"4\" style=\"border-top:1px solid #ccc\">\n<tr><th align=\"left\">Item</th><th>Qty</th><th align=\"right\">Amount</th></tr>\n%s"
            "<tr><td colspan=\"2\">Subtotal</td><td style=\"text-align:right\">EUR %s</td></tr>\n"
            "<tr><td colspan=\"2\">VAT 21%%</td><td style=\"text-align:right\">EUR %s</td></tr>\n"
            "<tr><td colspan=\"2\">Total</td><td style=\"text-align:right\">EUR %s</td></tr>\n"
            "<tr><td colspan=\"2\">Already paid (%s)</td><td style=\"text-align:right\">- EUR %s</td></tr>\n"
            "<tr><td colspan=\"2\"><b>Amount due</b></td><td style=\"text-align:right\"><b>EUR %s</b></td></tr></table>\n"
            "<p>Bank transfer to %s (%s), quoting %s.</p>\n<p>Warm regards,<br>%s</p></body></html>"
            % (me[0], num, deb["name"].split()[0] if not biz else "Greenlane team", "the brand identity project" if biz else "your studio treatment",
               deb["name"], deb["street"], deb["city"], "<br>VAT NL%sB01" % digits(rng, 9) if biz else "",
               iss.isoformat(), due.isoformat(), kick.isoformat(), rows, eur(sub, "en"), eur(vat[21][1], "en"), eur(total, "en"),
               "50% upfront" if biz else "deposit", eur(paid, "en"), eur(due_c, "en"), mk.iban_spaced(acct), me[0], num,
               ["Jelle & Bo", "Pim"][k]))
    text = "Invoice %s - amount due EUR %s by %s. View the HTML version for details." % (num, eur(due_c, "en"), due.isoformat())
    return inv(rng, "custom-html", "en", "body-html", me[1], me[0], deb, "normal", "Invoice %s" % num, iss,
               body_text=text, body_html=html, number=num, due_c=due_c, total_c=total, due=due, iban_=acct, business=biz,
               note="English HTML from a Dutch studio: 'EUR 1,234.56', ISO dates with a project start date beside the due date, "
                    "an amount already paid to subtract (due < total); a text part with only the amount due.")


@style(2, "en")
def en_typed_freelancer(rng, k):
    """Typed in the mail by an English-speaking freelancer in the Netherlands: 'Invoice #47',
    '€1,020', a week list of hours, 'within 14 days'."""
    me = [("Aoife Brennan", "aoife@brennan-illustration.com"), ("Marcus Lee", "marcus@leeanddata.com")][k]
    deb = firm(rng, [("Kitefin Media GmbH", "kitefin-media.de", "Torstraße 140", "10119 Berlin", "accounts")]) if k else person(rng, EN_PEOPLE)
    biz = k == 1
    iss = rdate(rng)
    rate = [60, 95][k]
    wk = [rng.randint(3, 14) for _ in range(rng.randint(2, 4))]
    hours = sum(wk)
    total = hours * rate * 100
    num = "%d" % rng.randint(20, 80)
    acct = iban(rng, "NL")
    first = iss - TD(days=iss.weekday() + 7 * len(wk))
    weeks = "\n".join("  week of %s: %d hrs" % (dt(first + TD(days=7 * j), "long", "en"), h) for j, h in enumerate(wk))
    body = ("Hi %s,\n\nHere's my invoice for %s.\n\nInvoice #%s\nDate: %s\n\n%s\n\n%d hours x €%d = €%s\n\n"
            "%sNo VAT charged%s.\n\nPlease pay within 14 days to:\n%s\n%s\n\nThanks so much!\n%s\n"
            % (deb["name"].split()[0] if not biz else "all", ["the portrait commission sketches", "the data pipeline work"][k], num,
               dt(iss, "long", "en"), weeks, hours, rate, eur(total, "en")[:-3] if total % 100 == 0 else eur(total, "en"),
               ("Billed to: %s, %s, %s (VAT DE%s)\n" % (deb["name"], deb["street"], deb["city"], digits(rng, 9))) if biz else "",
               " (KOR)" if k == 0 else " - reverse charge, VAT to be accounted for by the recipient",
               acct, me[0], me[0].split()[0]))
    return inv(rng, "typed-in-mail", "en", "body-text", me[1], me[0], deb, "normal", "invoice #%s" % num, iss, body_text=body,
               number=num, due_c=total, total_c=total, due=iss + TD(days=14), iban_=acct, business=biz,
               note="Typed invoice: number with '#', week dates listed next to the date line, '€1,020' without cents, "
                    "term only; " + ("reverse charge wording, 'Billed to' line below the amount." if k else
                                     "consumer whose name appears only in the To header and as a first name in the greeting."))


CH_FIRMS = [("Alpenblick Consulting AG", "alpenblick-consulting.ch", "Baarerstrasse 21", "6300 Zug", "finance"),
            ("Seeland Medtech GmbH", "seeland-medtech.ch", "Hauptstrasse 77", "2560 Nidau", "kreditoren")]


@style(2, "en")
def en_swiss_rounding(rng, k):
    """An English invoice from a Swiss one-person firm: CHF 1'234.55, dd.mm.yyyy, MWST 8.1 %,
    a rounding line to 5 Rappen, 'Payment within 30 days'."""
    me = ("Kestrel Translations Sàrl", "billing@kestrel-translations.ch")
    deb = firm(rng, CH_FIRMS)
    iss = rdate(rng)
    num = "KT-%d-%02d" % (iss.year % 100, rng.randint(10, 99))
    while True:
        lines = [("Translation DE>EN, %d words" % (w := rng.randint(20, 90) * 100), w, rng.choice([18, 21, 23]), 8.1),
                 ("Proofreading (hours)", rng.choice([1.5, 2, 3.25]), 9500, 8.1)]
        sub, vat, exact = totals(lines)
        if exact % 5:
            break
    total = int(round(exact / 5.0)) * 5
    rnd = total - exact
    acct = iban(rng, "CH")
    p = mk.Page()
    p.text(56, 60, "Kestrel Translations", 18, True)
    p.text(56, 76, "Rue du Marché 4 · 1204 Genève · CHE-%s.%s.%s MWST" % (digits(rng, 3), digits(rng, 3), digits(rng, 3)), 8)
    blk(p, 340, 140, [deb["name"], "Attn. %s" % rng.choice(["Ms L. Brunner", "Mr T. Aebi"]), deb["street"], deb["city"]], 10, 13)
    p.text(56, 240, "Invoice %s" % num, 14, True)
    p.text(56, 258, "Date %s   ·   Your order of %s" % (dt(iss, "dmy."), dt(iss - TD(days=rng.randint(8, 20)), "dmy.")), 9)
    y = 300
    for d_, q, u, r in lines:
        p.text(56, y, d_, 9)
        p.right(539, y, eur(line_amt(q, u), "ch"), 9)
        y += 14
    y += 10
    for l, v in [("Subtotal", sub), ("VAT 8.1%", vat[8.1][1]), ("Rounding", rnd), ("Total CHF", total)]:
        p.text(340, y, l, 9, l.startswith("Total"))
        p.right(539, y, eur(v, "ch"), 9, l.startswith("Total"))
        y += 14
    blk(p, 56, y + 30, ["Payment within 30 days, net, to %s, PostFinance AG." % mk.iban_spaced(acct),
                        "Please quote the invoice number with your payment."], 9, 13)
    body = "Dear %s,\n\nPlease find attached our invoice %s.\n\nBest regards,\nHelen Marsh\nKestrel Translations\n" % (
        "Ms Brunner" if "Brunner" in str(p.items) else "Mr Aebi", num)
    return inv(rng, "excel-ch", "en", "pdf", me[1], me[0], deb, "normal", "Invoice %s" % num, iss, body_text=body, pages=[p],
               fname="%s.pdf" % num, number=num, due_c=total, total_c=total, due=iss + TD(days=30), iban_=acct, currency="CHF",
               note="CHF with apostrophes, VAT 8.1%, a rounding line to 5 Rappen (the total is the rounded figure), "
                    "order date beside the invoice date, 'Payment within 30 days' term only, Swiss IBAN.")


@style(1, "en")
def en_jpy_translation(rng, k):
    """A translator in Utrecht invoices a Japanese client in yen."""
    me = ("Nakamura & Visser Translation", "office@nakamura-visser.nl")
    deb = {"name": "Kawasemi Trading Co., Ltd.", "email": "keiri@kawasemi-trading.example", "street": "2-14-7 Nihonbashi, Chuo-ku",
           "city": "Tokyo 103-0027, Japan"}
    iss = rdate(rng)
    pages_ = rng.randint(30, 120)
    total = pages_ * 8500 + 45000
    num = "NV-%d-J%02d" % (iss.year, rng.randint(1, 20))
    acct = iban(rng, "NL")
    p = mk.Page()
    p.right(539, 60, me[0], 14, True)
    p.right(539, 74, "Mariaplaats 3, 3511 LH Utrecht, the Netherlands · VAT NL%sB01" % digits(rng, 9), 7)
    p.text(56, 130, "INVOICE", 20, True)
    blk(p, 56, 160, ["To: " + deb["name"], deb["street"], deb["city"]], 10, 13)
    blk(p, 360, 160, ["Invoice No.: %s" % num, "Date of issue: %s" % iss.isoformat(), "Delivery: %s" % (iss - TD(days=3)).isoformat()], 9, 13)
    y = 250
    for d_, v in [("Translation JA>NL, technical manual (%d pages x JPY 8,500)" % pages_, pages_ * 8500), ("DTP and file preparation", 45000)]:
        p.text(56, y, d_, 9)
        p.right(539, y, "¥" + eur(v, "yen"), 9)
        y += 14
    p.text(340, y + 10, "Total amount (JPY)", 10, True)
    p.right(539, y + 10, "¥" + eur(total, "yen"), 10, True)
    blk(p, 56, y + 50, ["VAT reverse charged - service to a business outside the EU (art. 44 VAT Directive).",
                        "Payment within 30 days by SWIFT transfer in JPY to IBAN %s, BIC INGBNL2A." % acct], 9, 13)
    body = "Dear Mr Sato,\n\nPlease find attached our invoice %s for the manual translation.\n\nKind regards,\nYuki Nakamura\n" % num
    return inv(rng, "word-jpy", "en", "pdf", me[1], me[0], deb, "normal", "Invoice %s" % num, iss, body_text=body, pages=[p],
               fname="%s.pdf" % num, number=num, due_c=total, total_c=total, due=iss + TD(days=30), iban_=acct, currency="JPY",
               note="Yen with no decimals ('¥1,234,500', amount in yen not cents), ISO dates with a delivery date, "
                    "a per-page price in the description line, reverse-charge text, term only.")


@style(1, "en")
def en_credit_note(rng, k):
    """A UK credit note in GBP: negative lines and the original invoice named."""
    me = ("Moorland Print Co.", "accounts@moorlandprint.com")
    deb = firm(rng, EN_FIRMS[:3])
    iss = rdate(rng)
    orig = "MP%d" % rng.randint(5000, 5999)
    num = "CN%d" % rng.randint(100, 199)
    lines = [("Credit: 2,000 leaflets reprinted at our cost", 1, -rng.choice([14500, 18800]), 20)]
    sub, vat, total = totals(lines)
    acct = iban(rng, "GB")
    p = mk.Page()
    p.text(56, 60, "Moorland Print Co.", 16, True)
    p.text(56, 76, "Crown Works, Halifax HX1 2PL · VAT GB %s" % digits(rng, 9), 8)
    p.right(539, 60, "CREDIT NOTE", 18, True)
    blk(p, 56, 140, [deb["name"], deb["street"], deb["city"]], 10, 13)
    blk(p, 360, 140, ["Credit note: %s" % num, "Date: %s" % dt(iss, "long", "en"), "Against invoice: %s" % orig], 9, 13)
    y = 230
    p.text(56, y, lines[0][0], 9)
    p.right(539, y, "(£%s)" % eur(-sub, "en"), 9)
    y += 30
    for l, v in [("Net", sub), ("VAT 20%", vat[20][1]), ("Total credit", total)]:
        p.text(360, y, l, 9, l.startswith("Total"))
        p.right(539, y, "(£%s)" % eur(-v, "en"), 9, l.startswith("Total"))
        y += 14
    p.text(56, y + 30, "This credit has been applied to your account. Remittance: IBAN %s" % acct, 8)
    body = "Hello,\n\nApologies again for the print fault. Attached is credit note %s against invoice %s.\n\nRegards,\nMoorland Print accounts\n" % (num, orig)
    return inv(rng, "xls-uk", "en", "pdf", me[1], me[0], deb, "normal", "Credit note %s" % num, iss, body_text=body, pages=[p],
               fname="%s.pdf" % num, number=num, due_c=total, total_c=total, due=None, iban_=acct, currency="GBP", credit=True,
               note="Credit note with accountants' brackets for negatives '(£174.00)' and no minus sign, original invoice "
                    "number beside it; no due date (null).")


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ubl_invoice(num, iss, due, cur, sup, cus, lines, vat_rate, prepaid, acct, term_note, period):
    """A UBL 2.1 Invoice (EN 16931 / Peppol BIS 3 shaped), elements in schema order."""
    a = lambda c: "%.2f" % (c / 100.0)  # noqa: E731
    sub = sum(line_amt(q, u) for _, q, u in lines)
    vat = int(round(sub * vat_rate / 100.0))
    total = sub + vat

    def party(pt, role):
        return ("  <cac:%s>\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"0106\">%s</cbc:EndpointID>\n"
                "      <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>\n"
                "      <cac:PostalAddress>\n        <cbc:StreetName>%s</cbc:StreetName>\n        <cbc:CityName>%s</cbc:CityName>\n"
                "        <cbc:PostalZone>%s</cbc:PostalZone>\n        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>\n"
                "      </cac:PostalAddress>\n      <cac:PartyTaxScheme>\n        <cbc:CompanyID>%s</cbc:CompanyID>\n"
                "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:PartyTaxScheme>\n"
                "      <cac:PartyLegalEntity>\n        <cbc:RegistrationName>%s</cbc:RegistrationName>\n        <cbc:CompanyID>%s</cbc:CompanyID>\n"
                "      </cac:PartyLegalEntity>\n      <cac:Contact>\n        <cbc:Name>%s</cbc:Name>\n        <cbc:ElectronicMail>%s</cbc:ElectronicMail>\n"
                "      </cac:Contact>\n    </cac:Party>\n  </cac:%s>\n"
                % (role, pt["kvk"], xml_esc(pt["name"]), xml_esc(pt["street"]), xml_esc(pt["city"].split(" ", 2)[2]),
                   " ".join(pt["city"].split(" ")[:2]), pt["vat"], xml_esc(pt["name"]), pt["kvk"], xml_esc(pt["contact"]),
                   pt["email"], role))
    xl = ""
    for n, (d_, q, u) in enumerate(lines, 1):
        xl += ("  <cac:InvoiceLine>\n    <cbc:ID>%d</cbc:ID>\n    <cbc:InvoicedQuantity unitCode=\"HUR\">%s</cbc:InvoicedQuantity>\n"
               "    <cbc:LineExtensionAmount currencyID=\"%s\">%s</cbc:LineExtensionAmount>\n    <cac:Item>\n      <cbc:Name>%s</cbc:Name>\n"
               "      <cac:ClassifiedTaxCategory>\n        <cbc:ID>S</cbc:ID>\n        <cbc:Percent>%g</cbc:Percent>\n"
               "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:ClassifiedTaxCategory>\n    </cac:Item>\n"
               "    <cac:Price><cbc:PriceAmount currencyID=\"%s\">%s</cbc:PriceAmount></cac:Price>\n  </cac:InvoiceLine>\n"
               % (n, ("%g" % q), cur, a(line_amt(q, u)), xml_esc(d_), vat_rate, cur, a(u)))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n"
            "         xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n"
            "         xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
            "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
            "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            "  <cbc:ID>%s</cbc:ID>\n  <cbc:IssueDate>%s</cbc:IssueDate>\n  <cbc:DueDate>%s</cbc:DueDate>\n"
            "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>\n"
            "  <cbc:BuyerReference>%s</cbc:BuyerReference>\n"
            "  <cac:InvoicePeriod>\n    <cbc:StartDate>%s</cbc:StartDate>\n    <cbc:EndDate>%s</cbc:EndDate>\n  </cac:InvoicePeriod>\n%s%s"
            "  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n    <cbc:PaymentID>%s</cbc:PaymentID>\n"
            "    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n"
            "  <cac:PaymentTerms><cbc:Note>%s</cbc:Note></cac:PaymentTerms>\n"
            "  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"%s\">%s</cbc:TaxAmount>\n    <cac:TaxSubtotal>\n"
            "      <cbc:TaxableAmount currencyID=\"%s\">%s</cbc:TaxableAmount>\n      <cbc:TaxAmount currencyID=\"%s\">%s</cbc:TaxAmount>\n"
            "      <cac:TaxCategory>\n        <cbc:ID>S</cbc:ID>\n        <cbc:Percent>%g</cbc:Percent>\n"
            "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:TaxCategory>\n    </cac:TaxSubtotal>\n  </cac:TaxTotal>\n"
            "  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount currencyID=\"%s\">%s</cbc:LineExtensionAmount>\n"
            "    <cbc:TaxExclusiveAmount currencyID=\"%s\">%s</cbc:TaxExclusiveAmount>\n    <cbc:TaxInclusiveAmount currencyID=\"%s\">%s</cbc:TaxInclusiveAmount>\n"
            "    <cbc:PrepaidAmount currencyID=\"%s\">%s</cbc:PrepaidAmount>\n    <cbc:PayableAmount currencyID=\"%s\">%s</cbc:PayableAmount>\n"
            "  </cac:LegalMonetaryTotal>\n%s</Invoice>\n"
            % (num, iss.isoformat(), due.isoformat(), cur, xml_esc(cus["contact"]), period[0].isoformat(), period[1].isoformat(), party(sup, "AccountingSupplierParty"),
               party(cus, "AccountingCustomerParty"), num, acct, xml_esc(term_note), cur, a(vat), cur, a(sub), cur, a(vat), vat_rate,
               cur, a(sub), cur, a(sub), cur, a(total), cur, a(prepaid), cur, a(total - prepaid), xl)), sub, vat, total


@style(2, "en")
def en_consultant_ubl(rng, k):
    """An interim consultant's English PDF with a UBL 2.1 file attached: a period 'January 2026',
    hours per week, the debtor known only through a contact person 'Attn: ...', one with a retainer paid."""
    me = {"name": ["Veldhuis Interim Finance", "Brightwater Data Consulting"][k], "email": ["invoice@veldhuis-interim.nl", "ar@brightwater-data.nl"][k],
          "street": ["Maliebaan 71", "Stationsplein 45"][k], "city": ["3581 CG Utrecht", "3511 ED Utrecht"][k], "kvk": kvk(rng), "vat": nl_vat(rng),
          "contact": ["Hanneke Veldhuis", "Olu Adeyemi"][k]}
    deb0 = firm(rng, [NL_FIRMS[3], NL_FIRMS[6], ("Greenlane Events B.V.", "greenlane-events.nl", "Weesperzijde 150", "1097 DS Amsterdam", "finance")])
    deb = dict(deb0)
    cus = dict(deb, kvk=kvk(rng), vat=nl_vat(rng), contact=rng.choice(["Priya Raman", "Stefan de Haan", "Lieke Mertens"]))
    iss = rdate(rng, D(2026, 2, 1), D(2026, 11, 10))
    iss = D(iss.year, iss.month, rng.randint(1, 5))
    per_end = D(iss.year, iss.month, 1) - TD(days=1)
    per = D(per_end.year, per_end.month, 1)
    due = iss + TD(days=30)
    num = ["VIF-%d%02d" % (iss.year % 100, iss.month), "BW-%d-%03d" % (iss.year, rng.randint(40, 200))][k]
    rate = [11500, 13500][k]
    hrs = [rng.choice([28, 31.5, 36, 40]) for _ in range(4)]
    lines = [("Interim services week %d" % (per.isocalendar()[1] + j), h, rate) for j, h in enumerate(hrs)]
    acct = iban(rng, "NL")
    prepaid = 0 if k == 0 else rng.randint(10, 30) * 10000
    term_note = "Payment within 30 days of invoice date"
    ubl, sub, vat, total = ubl_invoice(num, iss, due, "EUR", me, cus, lines, 21, prepaid, acct, term_note, (per, per_end))
    due_c = total - prepaid
    p = mk.Page()
    p.text(56, 60, me["name"], 15, True)
    blk(p, 56, 76, [me["street"] + ", " + me["city"], "KvK %s · VAT %s" % (me["kvk"], me["vat"])], 8, 10)
    blk(p, 56, 140, ["Attn: %s" % cus["contact"], deb["name"], deb["street"], deb["city"]], 10, 13)
    p.right(539, 140, "INVOICE", 16, True)
    blk(p, 539, 160, ["No. %s" % num, "Date %s" % dt(iss, "long", "en"), "Period: %s %d" % (mk.MONTHS["en"][per.month - 1], per.year)], 9, 12, "right")
    y = 260
    for j, (d_, q, u) in enumerate(lines):
        p.text(56, y, d_, 9)
        p.right(400, y, "%s h x EUR %s" % (qty(q, "en"), eur(u, "en")), 9)
        p.right(539, y, "EUR " + eur(line_amt(q, u), "en"), 9)
        y += 14
    y += 10
    rows = [("Net amount", sub), ("VAT 21%", vat), ("Invoice total", total)]
    if prepaid:
        rows += [("Less retainer received", -prepaid), ("Balance payable", due_c)]
    for l, v in rows:
        p.text(340, y, l, 9, l in ("Invoice total", "Balance payable"))
        p.right(539, y, "EUR " + eur(v, "en"), 9, l in ("Invoice total", "Balance payable"))
        y += 14
    blk(p, 56, y + 30, ["%s. IBAN %s, reference %s." % (term_note, acct, num),
                        "An e-invoice (UBL) is attached for your accounting software."], 9, 13)
    body = "Dear %s,\n\nPlease find attached my invoice for %s %d (PDF and UBL).\n\nKind regards,\n%s\n" % (
        cus["contact"].split()[0], mk.MONTHS["en"][per.month - 1], per.year, me["contact"])
    r = inv(rng, "pdf+ubl-consultant", "en", "pdf+ubl", me["email"], me["name"], deb, "normal", "Invoice %s" % num, iss,
            body_text=body, pages=[mk.Page()], fname="%s.pdf" % num, number=num, due_c=due_c, total_c=total, due=due,
            iban_=acct, reference=num, note="English PDF plus a UBL 2.1 file (PaymentID = the number, labelled 'reference' in the PDF): the debtor's contact person first ('Attn:'), a service period "
                             "month before the issue date, four week lines with hours; " +
                             ("a retainer already received is subtracted (PrepaidAmount in the UBL)." if prepaid else "due date only as a term in the PDF, DueDate in the UBL."))
    r["pdf"] = {"pages": [p.json()]}
    r["ubl"] = ubl
    b = r["eml"].split('boundary="')[1].split('"')[0]
    xml_part = ("--%s\nContent-Type: application/xml; name=\"%s.xml\"\nContent-Disposition: attachment; filename=\"%s.xml\"\n"
                "Content-Transfer-Encoding: 8bit\n\n%s\n" % (b, num, num, ubl))
    r["eml"] = r["eml"].replace("--%s--\n" % b, xml_part + "--%s--\n" % b)
    return r


# ================================================================ German invoices

def anrede_window(name):
    if " und " in name:
        return "Eheleute"
    return "Frau" if name.startswith(("Sabine", "Dr. K")) else "Herrn"


def anrede_letter(name):
    last = name.split()[-1]
    if " und " in name:
        return "Sehr geehrte Frau %s, sehr geehrter Herr %s," % (last, last)
    if name.startswith("Dr. K"):
        return "Sehr geehrte Frau Dr. %s," % last
    return ("Sehr geehrte Frau %s," if name.startswith("Sabine") else "Sehr geehrter Herr %s,") % last


@style(3, "de")
def de_din5008_letter(rng, k):
    """A Word letter after DIN 5008: return line above the window, information block on the right
    (Ihr Zeichen, Ihre Nachricht vom, Kundennummer, Datum), Betreff in bold, 19 % and 7 %,
    '1.234,56 €'; the term is 'zahlbar innerhalb von 14 Tagen netto', Skonto, or a stated date."""
    me = [("Elektro Lechner e.K.", "rechnung@elektro-lechner.de", "Gewerbering 8", "94315 Straubing"),
          ("Feinkost Albrecht & Söhne", "buchhaltung@feinkost-albrecht.de", "Marktplatz 2", "97070 Würzburg"),
          ("Malermeister Kowalski", "info@maler-kowalski.de", "Birkenallee 31", "44137 Dortmund")][k]
    biz = k != 2
    deb = firm(rng, DE_FIRMS) if biz else person(rng, DE_PEOPLE)
    iss = rdate(rng)
    msg = iss - TD(days=rng.randint(15, 50))
    leist = iss - TD(days=rng.randint(2, 10))
    num = ["RE%d-%04d" % (iss.year, rng.randint(100, 999)), "%d/%d" % (rng.randint(100, 999), iss.year), "R-%d%02d%02d" % (iss.year % 100, iss.month, rng.randint(1, 30))][k]
    lines = [[("Elektroinstallation Werkstatt (Std.)", rng.choice([6, 9.5, 14]), 6200, 19), ("Material lt. Aufstellung", 1, rng.randint(20000, 80000), 19)],
             [("Präsentkörbe 'Franken' (Stk.)", rng.randint(10, 40), 4490, 7), ("Silvaner trocken 0,75 l (Fl.)", rng.randint(12, 48), 890, 19),
              ("Lieferung und Dekoration", 1, 4500, 19)],
             [("Wohnzimmer streichen, 2x (m²)", rng.randint(40, 90), 950, 19), ("Abdeckarbeiten pauschal", 1, 12000, 19)]][k]
    sub, vat, total = totals(lines)
    acct = iban(rng, "DE")
    if k == 0:
        term, due = "Zahlbar innerhalb von 14 Tagen netto.", iss + TD(days=14)
    elif k == 1:
        term, due = ("Zahlbar innerhalb von 10 Tagen mit 2 %% Skonto (%s €) oder innerhalb von 30 Tagen ohne Abzug."
                     % eur(total - int(round(total * 0.02)), "de")), iss + TD(days=30)
    else:
        due = iss + TD(days=rng.choice([7, 10]))
        term = "Bitte überweisen Sie den Rechnungsbetrag bis zum %s." % dt(due, "dmy.")
    p = mk.Page()
    p.text(300, 50, me[0], 16, True)
    blk(p, 300, 66, [me[2] + " · " + me[3], me[1]], 8, 10)
    p.text(70, 140, "%s · %s · %s" % (me[0], me[2], me[3]), 6)
    p.rule(70, 143, 300, 143)
    blk(p, 70, 160, (["Firma", deb["name"]] if biz else [anrede_window(deb["name"]), deb["name"]]) +
        [deb["street"], "", deb["city"]], 10, 12)
    info = [("Ihr Zeichen", rng.choice(["BE/kl", "we-%d" % rng.randint(10, 99), "—"])), ("Ihre Nachricht vom", dt(msg, "dmy.")),
            ("Kundennummer", str(rng.randint(10000, 99999))), ("Leistungsdatum", dt(leist, "dmy.")), ("Datum", dt(iss, "dmy."))]
    for j, (l, v) in enumerate(info):
        p.text(400, 160 + 12 * j, l, 7)
        p.text(470, 160 + 12 * j, v, 8)
    p.text(70, 280, "Rechnung Nr. %s" % num, 11, True)
    p.text(70, 305, "Sehr geehrte Damen und Herren," if biz else anrede_letter(deb["name"]), 10)
    p.text(70, 320, "für unsere Leistungen erlauben wir uns zu berechnen:", 10)
    y = 345
    for j, (d_, q, u, r) in enumerate(lines, 1):
        p.text(70, y, "%d." % j, 9)
        p.text(85, y, d_, 9)
        p.right(360, y, qty(q, "de"), 9)
        p.right(430, y, eur(u, "de") + " €", 9)
        p.right(520, y, eur(line_amt(q, u), "de") + " €", 9)
        y += 14
    p.rule(360, y - 6, 520, y - 6)
    y += 8
    rows = [("Nettobetrag", sub)] + [("zzgl. %d %% USt. auf %s €" % (r, eur(b, "de")), v) for r, (b, v) in vat.items()] + [("Rechnungsbetrag", total)]
    for l, v in rows:
        p.text(300, y, l, 9, l == "Rechnungsbetrag")
        p.right(520, y, eur(v, "de") + " €", 9, l == "Rechnungsbetrag")
        y += 14
    blk(p, 70, y + 25, [term, "Mit freundlichen Grüßen", "", me[0]], 10, 14)
    blk(p, 70, 790, ["%s · USt-IdNr. %s · %s · IBAN %s" % (me[0], de_vat(rng), "HRA %d Amtsgericht Straubing" % rng.randint(1000, 9999) if k == 0 else "St.-Nr. 2%s" % digits(rng, 9), mk.iban_spaced(acct))]
        + ([] if not biz else ["Ihre USt-IdNr.: %s" % de_vat(rng)]), 6, 8)
    body = "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung Nr. %s.\n\nMit freundlichen Grüßen\n%s\n" % (num, me[0])
    return inv(rng, "word-din5008", "de", "pdf", me[1], me[0], deb, "normal", "Rechnung %s" % num, iss, body_text=body, pages=[p],
               fname="Rechnung_%s.pdf" % num.replace("/", "_"), number=num, due_c=total, total_c=total, due=due, iban_=acct, business=biz,
               note="DIN 5008 letter: information block with 'Ihre Nachricht vom' and 'Leistungsdatum' above the 'Datum', "
                    "'Firma'/'Herrn' line in the window, IBAN only in the footer; " + [
                        "'innerhalb von 14 Tagen netto' term only.", "Skonto: a second, smaller amount and a 10-day date to ignore; due after 30 days, full amount.",
                        "due date stated in a sentence; consumer."][k])


@style(2, "de")
def de_kleinunternehmer(rng, k):
    """A Kleinunternehmer (§ 19 UStG) to a private person: 'Rechnungsempfänger' label, a
    Leistungszeitraum, the due date in the long form, a labelled Verwendungszweck."""
    me = [("Nähatelier Fadenlauf", "post@naehatelier-fadenlauf.de", "Schillerstraße 4, 07743 Jena"),
          ("Hundeschule Pfotenglück", "team@pfotenglueck-hundeschule.de", "Am Wiesengrund 1, 31832 Springe")][k]
    deb = person(rng, DE_PEOPLE)
    iss = rdate(rng)
    start = iss - TD(days=rng.randint(20, 45))
    end = start + TD(days=rng.randint(7, 21))
    due = iss + TD(days=rng.choice([14, 21]))
    num = "%d-%03d" % (iss.year, rng.randint(10, 160))
    vz = "RE %s %s" % (num, deb["name"].split()[-1])
    lines = [("Änderung Abendkleid (kürzen, Taille)", 1, rng.choice([6500, 8500])), ("Reißverschluss ersetzen", rng.randint(1, 3), 2200)] if k == 0 else \
            [("Welpenkurs (8 Einheiten)", 1, 16000), ("Einzelstunde", rng.randint(1, 4), 4500)]
    total = sum(q * u for _, q, u in lines)
    acct = iban(rng, "DE")
    p = mk.Page()
    p.right(539, 50, me[0], 14, True)
    p.right(539, 66, me[2], 8)
    p.text(56, 120, "Rechnungsempfänger:", 8, True)
    blk(p, 56, 134, [deb["name"], deb["street"], deb["city"]], 10, 13)
    p.text(56, 210, "Rechnung", 18, True)
    blk(p, 56, 234, ["Rechnungsnummer", "Rechnungsdatum", "Leistungszeitraum"], 9, 12)
    blk(p, 180, 234, [num, dt(iss, "long", "de"), "%s – %s" % (dt(start, "dmy."), dt(end, "dmy."))], 9, 12)
    y = 300
    for d_, q, u in lines:
        p.text(56, y, "%d x %s" % (q, d_), 9)
        p.right(539, y, eur(q * u, "de") + " €", 9)
        y += 14
    p.rule(380, y - 4, 539, y - 4)
    p.text(380, y + 10, "Gesamtbetrag", 10, True)
    p.right(539, y + 10, eur(total, "de") + " €", 10, True)
    blk(p, 56, y + 50, ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                        "Bitte überweisen Sie den Betrag bis zum %s auf folgendes Konto:" % dt(due, "long", "de"),
                        "IBAN: %s   Kontoinhaberin: %s" % (mk.iban_spaced(acct), ["Jana Reuter", "Miriam Kolbe"][k]),
                        "Verwendungszweck: %s" % vz, "", "Steuernummer %s/%s/%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 5))], 9, 13)
    body = "Liebe/r %s,\n\nim Anhang findest du die Rechnung. Vielen Dank!\n\nHerzliche Grüße\n%s\n" % (
        deb["name"].split()[0], ["Jana", "Miriam"][k])
    return inv(rng, "word-kleinunternehmer", "de", "pdf", me[1], me[0], deb, "normal" if k == 0 else "bare", "Deine Rechnung",
               iss, body_text=body, pages=[p], fname="Rechnung %s.pdf" % num, number=num, due_c=total, total_c=total, due=due,
               iban_=acct, business=False, reference=vz,
               note="Kleinunternehmer without VAT, 'Rechnungsempfänger:' label, a service period with two dates, due date "
                    "in the long form ('15. März 2026') in a sentence, Verwendungszweck containing the number and a name.")


@style(2, "de")
def de_typed_mail(rng, k):
    """Typed in the body: 'Rechnungsbetrag: 840,00 EUR', the date as '1. März 2026', due 'bis 20.3.26'."""
    me = [("Tobias Reinhardt – Webentwicklung", "tobias@reinhardt-web.de"), ("Lektorat Seitenwind", "anna@lektorat-seitenwind.de")][k]
    deb = firm(rng, DE_FIRMS)
    iss = rdate(rng)
    due = iss + TD(days=rng.choice([14, 20]))
    num = ["TR-%d-%02d" % (iss.year, rng.randint(1, 60)), "%d%02d%02d" % (iss.year, iss.month, iss.day)][k]
    h = rng.choice([6, 8, 12.5, 16])
    rate = [8500, 6000][k]
    net = line_amt(h, rate)
    vat = int(round(net * 0.19))
    total = net + vat
    acct = iban(rng, "DE")
    hrb = "HRB %d B" % rng.randint(10000, 99999)
    contact = rng.choice(["Herr Brenner", "Frau Lindqvist", "Herr Oberhauser", "Frau Stöckl"])
    body = ("Hallo %s,\n\nwie besprochen hier meine Rechnung für %s:\n\n"
            "Rechnung Nr. %s vom %s\n%s, %s, %s (%s, USt-IdNr. %s)\n\n"
            "%s Stunden à %s € = %s € netto\nzzgl. 19 %% MwSt. %s €\nRechnungsbetrag: %s EUR\n\n"
            "Bitte bis %s überweisen an:\n%s\nIBAN %s\nVerwendungszweck: %s\n\n"
            "Leistungsdatum entspricht dem Rechnungsdatum.\n\nViele Grüße\n%s\n"
            % (contact, ["die Anpassungen am Shop-Checkout", "das Lektorat der Broschüre"][k], num, dt(iss, "long", "de"),
               deb["name"], deb["street"], deb["city"], hrb, de_vat(rng), qty(h, "de"), eur(rate, "de"), eur(net, "de"), eur(vat, "de"),
               eur(total, "de"), "%d.%d.%02d" % (due.day, due.month, due.year % 100), me[0].split(" –")[0], acct, num,
               me[0].split(" –")[0].split()[0]))
    return inv(rng, "typed-in-mail", "de", "body-text", me[1], me[0], deb, "undisclosed" if k else "normal", "Rechnung %s" % num, iss, body_text=body,
               number=num, due_c=total, total_c=total, due=due, iban_=acct, reference=num,
               note="Typed German invoice: 'Stunden à' line holds a net amount, 'Rechnungsbetrag ... EUR' after it, due date "
                    "as d.m.yy without leading zeros, HRB of the debtor, Verwendungszweck equals the number" +
                    ("; To header 'undisclosed-recipients:;' (sent as Bcc), the envelope has the debtor." if k else "."))


AT_FIRMS = [("Tischlerei Gruber GmbH", "tischlerei-gruber.at", "Hauptplatz 14", "4020 Linz", "office"),
            ("Kanzlei Dr. Moser", "kanzlei-moser.at", "Herrengasse 6", "8010 Graz", "sekretariat")]


@style(2, "de")
def de_at_honorarnote(rng, k):
    """Austrian 'Honorarnote': UID ATU..., 20 % USt, 'zahlbar binnen 14 Tagen ohne Abzug',
    'Jänner' for January, an AT IBAN."""
    me = [("Mag. Lisa Hofbauer – Übersetzungen", "lisa@hofbauer-uebersetzungen.at"), ("DI Florian Steiner, Statik", "office@steiner-statik.at")][k]
    deb = firm(rng, AT_FIRMS)
    iss = rdate(rng, D(2026, 1, 5), D(2026, 1, 30)) if k == 0 else rdate(rng)
    per = D(iss.year, iss.month, 1)
    num = "%d/%d" % (rng.randint(3, 60), iss.year)
    lines = [("Übersetzung Vertrag DE-EN (Normzeilen)", rng.randint(120, 400), 165, 20), ("Beglaubigung", 1, 3500, 20)] if k == 0 else \
            [("Statische Berechnung Dachstuhl", 1, rng.randint(900, 2400) * 100, 20), ("Baustellenbesuch", rng.randint(1, 3), 12000, 20)]
    sub, vat, total = totals(lines)
    acct = iban(rng, "AT")

    def at_date(d):
        return dt(d, "long", "de").replace("Januar", "Jänner")
    p = mk.Page()
    centre(p, 60, me[0], 13, True)
    centre(p, 74, "Landstraße 3, 4020 Linz · UID ATU%s" % digits(rng, 8), 8)
    blk(p, 70, 140, [deb["name"], "z.H. %s" % rng.choice(["Frau Mag. Eder", "Herrn Pichler"]), deb["street"], deb["city"], "UID ATU%s" % digits(rng, 8)], 10, 13)
    p.right(525, 140, "Linz, am %s" % at_date(iss), 10)
    p.text(70, 240, "HONORARNOTE Nr. %s" % num, 13, True)
    p.text(70, 258, "Leistungszeitraum: %s %d" % (mk.MONTHS["de"][per.month - 1].replace("Januar", "Jänner"), per.year), 9)
    y = 290
    for d_, q, u, r in lines:
        p.text(70, y, "%s  %s x € %s" % (d_, qty(q, "de"), eur(u, "de")), 9)
        p.right(525, y, "€ " + eur(line_amt(q, u), "de"), 9)
        y += 14
    y += 10
    for l, v in [("Summe netto", sub), ("20 % USt", vat[20][1]), ("Honorar gesamt", total)]:
        p.text(330, y, l, 9, l.startswith("Honorar"))
        p.right(525, y, "€ " + eur(v, "de"), 9, l.startswith("Honorar"))
        y += 14
    blk(p, 70, y + 30, ["Zahlbar binnen 14 Tagen ohne Abzug auf das Konto", "IBAN %s, BIC RZOOAT2L" % mk.iban_spaced(acct), "", "Mit freundlichen Grüßen"], 9, 13)
    body = "Sehr geehrte Damen und Herren,\n\nanbei übermittle ich Ihnen meine Honorarnote Nr. %s.\n\nMit freundlichen Grüßen\n%s\n" % (num, me[0].split(" –")[0].split(",")[0])
    return inv(rng, "word-at", "de", "pdf", me[1], me[0], deb, "normal", "Honorarnote %s" % num, iss, body_text=body, pages=[p],
               fname="Honorarnote_%s.pdf" % num.replace("/", "-"), number=num, due_c=total, total_c=total, due=iss + TD(days=14),
               iban_=acct, note="Austrian 'Honorarnote' (not 'Rechnung'), 'Linz, am ...' date line right, 'Jänner' for January, "
                                "'binnen 14 Tagen ohne Abzug' term only, 'z.H.' contact line, AT IBAN, slash number 'n/2026'.")


@style(2, "de")
def de_ch_qr(rng, k):
    """Swiss German: CHF 1'234.55, MWST 8,1 %, 'zahlbar innert 30 Tagen', a Zahlteil at the bottom
    with 'Konto / Zahlbar an', an RF 'Referenz' and the amount written '1 234.55'."""
    me = [("Schreinerei Zbinden AG", "buchhaltung@schreinerei-zbinden.ch", "Industriestrasse 12", "3084 Wabern"),
          ("Treuhand Meier & Frei GmbH", "admin@treuhand-meierfrei.ch", "Bahnhofplatz 5", "8400 Winterthur")][k]
    deb = firm(rng, CH_FIRMS) if k == 0 else {"name": "Ursula Wyss", "email": "u.wyss@bluemail-like.example", "street": "Sonnmattweg 7", "city": "3006 Bern"}
    biz = k == 0
    iss = rdate(rng)
    num = "%d" % rng.randint(26000, 26999)
    ref = rf_ref(rng)
    while True:
        lines = [("Einbauschrank Eiche nach Mass", 1, rng.randint(2400, 6800) * 100 + rng.choice([0, 35, 70]), 8.1), ("Montage (Std.)", rng.choice([3.5, 6, 7.25]), 9800, 8.1)] if k == 0 else \
                [("Steuererklärung %d" % (iss.year - 1), 1, rng.choice([38000, 45000]), 8.1), ("Zusätzliche Belege (Std.)", rng.choice([0.75, 1.25, 2]), 14500, 8.1)]
        sub, vat, exact = totals(lines)
        if exact % 5:
            break
    total = int(round(exact / 5.0)) * 5
    rnd = total - exact
    acct = iban(rng, "CH")
    p = mk.Page()
    p.text(56, 56, me[0], 14, True)
    blk(p, 56, 70, [me[2] + ", " + me[3], "CHE-%s.%s.%s MWST" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))], 8, 10)
    blk(p, 340, 120, [deb["name"], deb["street"], deb["city"]], 10, 13)
    p.text(56, 200, "Rechnung %s" % num, 14, True)
    p.text(56, 216, "%s, %s   Auftrag vom %s" % (me[3].split()[1], dt(iss, "dmy."), dt(iss - TD(days=rng.randint(20, 60)), "dmy.")), 9)
    y = 250
    for d_, q, u, r in lines:
        p.text(56, y, "%s  %s" % (qty(q, "de"), d_), 9)
        p.right(539, y, eur(line_amt(q, u), "ch"), 9)
        y += 14
    for l, v in [("Total exkl. MWST", sub), ("MWST 8,1 %", vat[8.1][1]), ("Rundungsdifferenz", rnd), ("Total CHF", total)]:
        p.text(340, y + 10, l, 9, l == "Total CHF")
        p.right(539, y + 10, eur(v, "ch"), 9, l == "Total CHF")
        y += 14
    p.text(56, y + 40, "Zahlbar innert 30 Tagen. Besten Dank für Ihren Auftrag.", 9)
    p.rule(0, 595, 595, 595)
    p.text(20, 615, "Empfangsschein", 11, True)
    blk(p, 20, 635, ["Konto / Zahlbar an", mk.iban_spaced(acct), me[0], me[3]], 8, 10, bold_first=True)
    blk(p, 20, 690, ["Referenz", " ".join([ref[i:i + 4] for i in range(0, len(ref), 4)])], 8, 10, bold_first=True)
    blk(p, 20, 760, ["Währung   Betrag", "CHF       %s" % eur(total, "sp").replace(",", ".")], 8, 10)
    p.text(190, 615, "Zahlteil", 11, True)
    blk(p, 350, 635, ["Konto / Zahlbar an", mk.iban_spaced(acct), me[0], me[2], me[3], "", "Referenz",
                      " ".join([ref[i:i + 4] for i in range(0, len(ref), 4)]), "", "Zahlbar durch", deb["name"], deb["street"], deb["city"]], 8, 10)
    blk(p, 190, 760, ["Währung   Betrag", "CHF       %s" % eur(total, "sp").replace(",", ".")], 8, 10)
    body = "Grüezi\n\nIm Anhang finden Sie unsere Rechnung %s mit QR-Einzahlungsschein.\n\nFreundliche Grüsse\n%s\n" % (num, me[0])
    return inv(rng, "word-ch-qr", "de", "pdf", me[1], me[0], deb, "normal", "Rechnung %s" % num, iss, body_text=body, pages=[p],
               fname="Rechnung_%s_QR.pdf" % num, number=num, due_c=total, total_c=total, due=iss + TD(days=30), iban_=acct,
               business=biz, currency="CHF", reference=ref,
               note="Swiss: CHF with apostrophes in the table and '1 234.55' in the QR payment part, a rounding line, "
                    "'zahlbar innert 30 Tagen' (Swiss 'innert'), an order date beside the date, RF 'Referenz' in the Zahlteil, "
                    "the debtor printed twice (window and 'Zahlbar durch').")


@style(2, "de")
def de_schluss_anzahlung(rng, k):
    """A joiner's final invoice: '12.345,00 €', minus a down payment and a paid progress invoice,
    the § 35a labour share (another amount) noted for a private client."""
    me = ("Schreinerei Holzwerk Baumann", "rechnung@holzwerk-baumann.de")
    biz = k == 1
    deb = firm(rng, DE_FIRMS) if biz else person(rng, DE_PEOPLE)
    iss = rdate(rng)
    anz_d = iss - TD(days=rng.randint(40, 100))
    abs_d = iss - TD(days=rng.randint(10, 35))
    num = "SR-%d-%03d" % (iss.year, rng.randint(10, 99))
    absnum = "AR-%d-%03d" % (abs_d.year, rng.randint(1, 9))
    lines = [("Einbauküche Eiche massiv lt. Angebot", 1, rng.randint(90, 180) * 10000, 19),
             ("Arbeitsplatte Naturstein", 1, rng.randint(15, 40) * 10000, 19),
             ("Montage (Std.)", rng.choice([16, 24, 30]), 5800, 19)]
    sub, vat, total = totals(lines)
    anz = int(round(total * 0.3 / 100.0)) * 100
    abschlag = int(round(total * 0.3 / 100.0)) * 100
    due_c = total - anz - abschlag
    labour = line_amt(lines[2][1], lines[2][2])
    acct = iban(rng, "DE")
    due = iss + TD(days=14)
    p = mk.Page()
    p.text(56, 54, "HOLZWERK BAUMANN", 18, True)
    p.text(56, 70, "Schreinerei · Innenausbau · Küchen   |   Sägewerkstraße 2, 79199 Kirchzarten", 8)
    blk(p, 56, 130, [deb["name"], deb["street"], deb["city"]], 10, 13)
    tbl = [("Schlussrechnung", num), ("Datum", dt(iss, "dmy.")), ("Bauvorhaben", "Küche %s" % deb["street"]), ("Fertigstellung", dt(iss - TD(days=rng.randint(2, 8)), "dmy."))]
    for j, (l, v) in enumerate(tbl):
        p.rule(330, 118 + 14 * j, 539, 118 + 14 * j)
        p.text(334, 128 + 14 * j, l, 8)
        p.text(420, 128 + 14 * j, v, 8)
    p.rule(330, 118 + 14 * len(tbl), 539, 118 + 14 * len(tbl))
    y = 240
    for d_, q, u, r in lines:
        p.text(56, y, "%s %s" % (qty(q, "de"), d_), 9)
        p.right(539, y, eur(line_amt(q, u), "de") + " €", 9)
        y += 14
    y += 10
    rows = [("Summe netto", sub), ("19 % MwSt.", vat[19][1]), ("Gesamtbetrag brutto", total),
            ("abzüglich Anzahlung vom %s" % dt(anz_d, "dmy."), -anz), ("abzüglich Abschlagsrechnung %s (bezahlt)" % absnum, -abschlag),
            ("Restbetrag", due_c)]
    for l, v in rows:
        b = l in ("Gesamtbetrag brutto", "Restbetrag")
        p.text(260, y, l, 9, b)
        p.right(539, y, eur(v, "de") + " €", 9, b)
        y += 14
    notes = ["Zahlungsziel: 14 Tage nach Rechnungsdatum. IBAN %s (Volksbank Breisgau)" % acct]
    if not biz:
        notes.append("Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: %s € netto zzgl. MwSt." % eur(labour, "de"))
    else:
        notes.append("Ihre USt-IdNr.: %s" % de_vat(rng))
    blk(p, 56, y + 30, notes, 8, 12)
    body = "Guten Tag,\n\nanbei unsere Schlussrechnung zum Küchenprojekt. Die Anzahlung und die Abschlagsrechnung sind bereits abgezogen.\n\nGruß aus Kirchzarten\nThomas Baumann\n"
    return inv(rng, "excel-de", "de", "pdf", me[1], me[0], deb, "normal", "Schlussrechnung Küche", iss, body_text=body, pages=[p],
               fname="Schlussrechnung %s.pdf" % num, number=num, due_c=due_c, total_c=total, due=due, iban_=acct, business=biz,
               note="Final invoice: gross total, then two deductions (down payment, paid progress invoice with its own number), "
                    "'Restbetrag' is due; details in a small ruled table right; " + ("§ 35a labour amount as one more figure." if not biz else "business."))


@style(1, "de")
def de_webshop_html(rng, k):
    """A German web shop's HTML mail, 'Kauf auf Rechnung', Bestelldatum and Versanddatum nearby."""
    me = ("Teeladen Grüne Tasse", "shop@gruene-tasse.de")
    deb = person(rng, DE_PEOPLE)
    iss = rdate(rng)
    best = iss - TD(days=rng.randint(1, 4))
    due = iss + TD(days=14)
    items = rng.sample([("Sencha Fukuyu 100 g", 890), ("Assam Hajua 250 g", 1250), ("Teekanne Gusseisen 0,8 l", 3490), ("Rooibos Vanille 100 g", 550)], 3)
    chosen = [(n, rng.randint(1, 3), u) for n, u in items]
    goods = sum(q * u for _, q, u in chosen)
    ship = 0 if goods >= 5000 else 490
    total = goods + ship
    vat7 = int(round(sum(q * u for n, q, u in chosen if "Teekanne" not in n) * 7 / 107.0))
    num = "GT-%06d" % rng.randint(10000, 99999)
    acct = iban(rng, "DE")
    rows = "".join("<tr><td>%dx %s</td><td align=\"right\">%s&nbsp;&euro;</td></tr>" % (q, n, eur(q * u, "de")) for n, q, u in chosen)
    html = ("<html><body><table width=\"100%%\" style=\"font-family:Verdana;font-size:12px\"><tr><td style=\"background:#2f6b3a;color:#fff;padding:10px\">%s</td></tr></table>\n"
            "<p>Hallo %s,</p><p>vielen Dank für Ihre Bestellung vom %s. Ihre Ware wurde heute versendet. Sie haben <b>Kauf auf Rechnung</b> gewählt.</p>\n"
            "<h3>Rechnung %s</h3><p>Rechnungsdatum: %s</p>\n<table style=\"font-size:12px\">%s"
            "<tr><td>Versand</td><td align=\"right\">%s&nbsp;&euro;</td></tr><tr><td><b>Gesamtsumme</b></td><td align=\"right\"><b>%s&nbsp;&euro;</b></td></tr>"
            "<tr><td colspan=\"2\"><small>inkl. 7 %% MwSt. %s &euro; und 19 %% MwSt. auf Zubehör</small></td></tr></table>\n"
            "<p>Bitte überweisen Sie den Gesamtbetrag bis zum <b>%s</b> auf %s (Grüne Tasse GmbH). Verwendungszweck: <b>%s</b></p>\n"
            "<p>Lieferadresse: %s, %s, %s</p><p>Ihr Team vom Teeladen</p></body></html>"
            % (me[0], deb["name"], dt(best, "dmy."), num, dt(iss, "dmy."), rows, eur(ship, "de"), eur(total, "de"), eur(vat7, "de"),
               dt(due, "dmy."), mk.iban_spaced(acct), num, deb["name"], deb["street"], deb["city"]))
    return inv(rng, "webshop-html", "de", "body-html", me[1], me[0], deb, "normal", "Ihre Bestellung wurde versandt – Rechnung %s" % num, iss,
               body_html=html, number=num, due_c=total, total_c=total, due=due, iban_=acct, business=False, reference=num,
               note="Web shop HTML: order date and shipping notice first, subject about shipping, 'Gesamtsumme' with '&nbsp;&euro;', "
                    "VAT included and only partly stated, due date stated, Verwendungszweck equals the number.")


@style(1, "de")
def de_storno(rng, k):
    """A Stornorechnung cancelling an invoice in full: negative amounts, the cancelled invoice named."""
    me = ("Veranstaltungstechnik Krüger", "buero@vt-krueger.de")
    deb = firm(rng, DE_FIRMS)
    iss = rdate(rng)
    orig_d = iss - TD(days=rng.randint(5, 30))
    orig = "VK%d%04d" % (orig_d.year % 100, rng.randint(100, 999))
    num = "ST%d%04d" % (iss.year % 100, rng.randint(10, 99))
    lines = [("Storno: Tontechnik Firmenfeier", 1, -rng.randint(800, 2400) * 100, 19)]
    sub, vat, total = totals(lines)
    acct = iban(rng, "DE")
    p = mk.Page()
    p.text(56, 56, me[0], 14, True)
    blk(p, 56, 120, [deb["name"], deb["street"], deb["city"]], 10, 13)
    p.text(56, 200, "Stornorechnung Nr. %s" % num, 14, True)
    blk(p, 56, 220, ["Datum: %s" % dt(iss, "iso"), "zur Rechnung Nr. %s vom %s" % (orig, dt(orig_d, "iso"))], 9, 12)
    y = 270
    p.text(56, y, lines[0][0], 9)
    p.right(539, y, eur(sub, "de") + " EUR", 9)
    y += 24
    for l, v in [("Netto", sub), ("USt 19 %", vat[19][1]), ("Gutschriftsbetrag", total)]:
        p.text(340, y, l, 9, l.startswith("Gut"))
        p.right(539, y, eur(v, "de") + " EUR", 9, l.startswith("Gut"))
        y += 14
    p.text(56, y + 30, "Die Rechnung %s ist damit gegenstandslos. Bankverbindung: %s" % (orig, acct), 8)
    body = "Hallo,\n\nda die Feier abgesagt wurde, stornieren wir die Rechnung %s. Die Stornorechnung hängt an.\n\nGruß\nBüro Krüger\n" % orig
    return inv(rng, "libreoffice-de", "de", "pdf", me[1], me[0], deb, "normal", "Storno zu Rechnung %s" % orig, iss, body_text=body,
               pages=[p], fname="%s.pdf" % num, number=num, due_c=total, total_c=total, due=None, iban_=acct, credit=True,
               note="Stornorechnung (a credit note under another name, total labelled 'Gutschriftsbetrag'), ISO dates, "
                    "the cancelled invoice's number in the subject, no due date (null).")


# ================================================================ mails that are not invoices

def non(rng, tool, lang, sender, sender_name, to_name, to_email, subject, d, why, note, body_text=None,
        body_html=None, pages=None, fname=None, extra_rcpt=(), headers=()):
    eml = mk.mail(rng, sender, sender_name, to_header(to_name, to_email, "normal"), subject, d, body_text=body_text,
                  body_html=body_html, pdf=pages is not None, extra_headers=list(headers))
    kind = "none"
    return mk.record(None, tool, lang, kind, envelope(sender, [to_email] + list(extra_rcpt)), eml, pages=pages,
                     pdf_filename=fname, expected=None, why_not=why, note=note)


def priced_doc(title, me_lines, to_lines, details, rows, sums, foot, ms="nl", cur_after=False, right_head=False, cur="€ "):
    """A generic priced document page (offers, pro-formas, statements, delivery notes)."""
    p = mk.Page()
    if right_head:
        blk(p, 539, 56, me_lines, 9, 12, "right", True)
    else:
        blk(p, 56, 56, me_lines, 9, 12, bold_first=True)
    blk(p, 56, 150, to_lines, 10, 13)
    p.text(56, 240, title, 16, True)
    y = blk(p, 56, 262, ["%s: %s" % dv for dv in details], 9, 12) + 16
    for r in rows:
        p.text(56, y, r[0], 9)
        if len(r) > 1 and r[1] is not None:
            p.right(539, y, (eur(r[1], ms) + " " + cur.strip()) if cur_after else cur + eur(r[1], ms), 9)
        y += 14
    y += 8
    for l, v in sums:
        p.text(330, y, l, 9, l == sums[-1][0])
        p.right(539, y, (eur(v, ms) + " " + cur.strip()) if cur_after else cur + eur(v, ms), 9, l == sums[-1][0])
        y += 14
    blk(p, 56, y + 30, foot, 8, 12)
    return p


@none("nl")
def nl_offerte(rng, k):
    me = ("Installatiebedrijf Warmte & Water", "administratie@warmteenwater.nl")
    deb = person(rng, NL_PEOPLE)
    d = rdate(rng)
    lines = [("Warmtepomp lucht/water 6 kW incl. montage", rng.randint(6500, 9800) * 100), ("Buffervat 200 l", 89500), ("Elektra aanpassen groepenkast", 42500)]
    sub = sum(v for _, v in lines)
    vat = int(round(sub * 0.21))
    num = "OF%d-%03d" % (d.year % 100, rng.randint(10, 300))
    p = priced_doc("OFFERTE", [me[0], "Zuiderweg 18, 8251 KD Dronten", "KvK %s · Btw %s" % (kvk(rng), nl_vat(rng)), "IBAN %s" % iban(rng, "NL")],
                   [deb["name"], deb["street"], deb["city"]], [("Offertenummer", num), ("Datum", dt(d, "dmy-")), ("Geldig tot", dt(d + TD(days=30), "dmy-"))],
                   lines, [("Totaal excl. btw", sub), ("Btw 21%", vat), ("Totaal incl. btw", sub + vat)],
                   ["Betalingsvoorwaarden: 30% bij opdracht, 70% na oplevering; u ontvangt hiervoor een factuur.",
                    "Voor akkoord: ______________________   Datum: ____________"])
    body = "Beste %s,\n\nNaar aanleiding van ons bezoek stuur ik u hierbij de offerte voor de warmtepomp.\nDe prijs is inclusief installatie; subsidie (ISDE) kunt u zelf aanvragen.\n\nMet vriendelijke groet,\nGerrit Bosma\n" % deb["name"].split()[0]
    return non(rng, "word", "nl", me[1], me[0], deb["name"], deb["email"], "Offerte warmtepomp %s" % num, d,
               "An offer (offerte) that the customer may still accept; nothing is owed until it is signed and invoiced.",
               "Priced like an invoice (subtotal, btw, total, IBAN in the letterhead) but titled OFFERTE with 'Geldig tot' and a signature line.",
               body_text=body, pages=[p], fname="Offerte %s.pdf" % num)


@none("nl")
def nl_orderbevestiging(rng, k):
    me = ("Meubelmakerij Het Ambacht", "verkoop@hetambacht-meubels.nl")
    deb = person(rng, NL_PEOPLE)
    d = rdate(rng)
    price = rng.randint(1400, 3800) * 100
    dep = price // 2
    html = ("<html><body style=\"font-family:Arial\"><h2>Orderbevestiging %s</h2>\n<p>Beste %s,</p>\n"
            "<p>Hartelijk dank voor uw bestelling van een eikenhouten eettafel op maat (220 x 95 cm). Hieronder de afspraken:</p>\n"
            "<table><tr><td>Eettafel eiken, geolied</td><td align=\"right\">&euro; %s</td></tr><tr><td>Bezorgen en plaatsen</td><td align=\"right\">&euro; 0,00</td></tr>"
            "<tr><td><b>Totaal incl. btw</b></td><td align=\"right\"><b>&euro; %s</b></td></tr></table>\n"
            "<p>Verwachte levering: week %d. Voor de aanbetaling van 50%% (&euro; %s) ontvangt u binnenkort een aparte factuur; het restant factureren wij na levering.</p>\n"
            "<p>Met vriendelijke groet,<br>Het Ambacht</p></body></html>"
            % ("OB-%d" % rng.randint(2000, 2999), deb["name"].split()[0], eur(price, "nl"), eur(price, "nl"),
               (d + TD(days=42)).isocalendar()[1], eur(dep, "nl")))
    return non(rng, "custom-html", "nl", me[1], me[0], deb["name"], deb["email"], "Orderbevestiging eettafel", d,
               "An order confirmation: it states the price agreed and says the invoices follow separately.",
               "HTML with a price table and total incl. btw and the word 'factuur' twice, but no invoice number, no due date, no bank account.",
               body_html=html)


@none("nl")
def nl_proforma(rng, k):
    me = ("Exportbedrijf Tulpenland B.V.", "sales@tulpenland-export.nl")
    deb = firm(rng, NL_FIRMS)
    d = rdate(rng)
    lines = [("Tulpenbollen 'Queen of Night' (1000 st.)", rng.randint(3, 9) * 8500), ("Tulpenbollen mix (1000 st.)", rng.randint(3, 9) * 6200)]
    sub = sum(v for _, v in lines)
    vat = int(round(sub * 0.09))
    num = "PF-%d-%03d" % (d.year, rng.randint(1, 200))
    p = priced_doc("PROFORMA FACTUUR", [me[0], "Bollenlaan 4, 2161 CT Lisse", "IBAN %s" % mk.iban_spaced(iban(rng, "NL"))],
                   [deb["name"], deb["street"], deb["city"]], [("Proformanummer", num), ("Datum", dt(d, "long", "nl")),
                                                               ("Vooruitbetaling vóór", dt(d + TD(days=7), "long", "nl"))],
                   lines, [("Subtotaal", sub), ("Btw 9%", vat), ("Totaal", sub + vat)],
                   ["Dit is een proforma factuur en geen btw-factuur. Na ontvangst van uw betaling verzenden wij de goederen",
                    "en ontvangt u de definitieve factuur."], right_head=True)
    body = "Goedemorgen,\n\nZoals gevraagd de proforma factuur voor de bollenbestelling; na betaling plannen wij de verzending.\n\nMet vriendelijke groet,\nTulpenland Export\n"
    return non(rng, "word", "nl", me[1], me[0], deb["name"], deb["email"], "Proforma factuur %s" % num, d,
               "A pro-forma invoice asks for prepayment before delivery; the real invoice follows and is the one to chase.",
               "Titled 'PROFORMA FACTUUR' with the word factuur in subject and title, a number, a pay-before date and an IBAN.",
               body_text=body, pages=[p], fname="Proforma %s.pdf" % num)


@none("nl")
def nl_bedankt_betaling(rng, k):
    me = ("Dierenkliniek De Heuvelrug", "balie@dierenkliniek-heuvelrug.nl")
    deb = person(rng, NL_PEOPLE)
    d = rdate(rng)
    num = "%d%05d" % (d.year, rng.randint(100, 9999))
    amt = rng.randint(4500, 48000)
    body = ("Beste %s,\n\nWij hebben uw betaling van € %s voor factuur %s in goede orde ontvangen op %s. Hartelijk dank!\n\n"
            "Het openstaande saldo op uw klantnummer is nu € 0,00.\n\nWe hopen dat het goed gaat met %s.\n\nMet vriendelijke groet,\nDe balie van Dierenkliniek De Heuvelrug\n"
            % (deb["name"].split()[0], eur(amt, "nl"), num, dt(d - TD(days=1), "dmy-"), rng.choice(["Bobbie", "Minoes", "Max"])))
    return non(rng, "outlook", "nl", me[1], me[0], deb["name"], deb["email"], "Bedankt voor uw betaling - factuur %s" % num, d,
               "A receipt: the invoice it names has been paid; nothing is owed.",
               "Invoice number, amount and a date in the text and the word 'factuur' in the subject, but it confirms payment.",
               body_text=body)


@none("nl")
def nl_eigen_herinnering(rng, k):
    me = ("Grafisch ontwerp Maan & Zee", "hallo@maanenzee.nl")
    deb = firm(rng, NL_FIRMS)
    d = rdate(rng)
    inv_d = d - TD(days=rng.randint(35, 60))
    num = "%d-%03d" % (inv_d.year, rng.randint(10, 99))
    amt = rng.randint(40000, 300000)
    body = ("Hoi,\n\nHerinnering: factuur %s van %s staat nog open. Het gaat om € %s, dat vóór %s betaald had moeten zijn.\n"
            "Zou je het even willen overmaken naar %s t.n.v. Maan & Zee? De factuur heb ik voor het gemak nog een keer bijgevoegd.\n\n"
            "Als het al onderweg is, dan kun je deze mail negeren.\n\nGroetjes,\nRosa\n"
            % (num, dt(inv_d, "dmy-"), eur(amt, "nl"), dt(inv_d + TD(days=14), "dmy-"), iban(rng, "NL")))
    return non(rng, "typed-in-mail", "nl", me[1], me[0], deb["name"], deb["email"], "Herinnering: factuur %s staat nog open" % num, d,
               "The business's own reminder about an invoice it already sent; the invoice is already in the ledger.",
               "Typed reminder with invoice number, amount, original due date and IBAN in the text, 'factuur' in the subject; "
               "it even says the invoice is attached again but nothing is attached.",
               body_text=body)


@none("nl")
def nl_rekeningoverzicht(rng, k):
    me = ("Groothandel Van Dijk Horecaservice", "debiteuren@vandijk-horeca.nl")
    deb = firm(rng, NL_FIRMS)
    d = rdate(rng, D(2026, 3, 1))
    rows, tot = [], 0
    for j in range(rng.randint(3, 5)):
        fd = d - TD(days=rng.randint(5, 70))
        a = rng.randint(8000, 140000)
        tot += a
        rows.append(("Factuur %d%04d  d.d. %s  vervallen %s" % (fd.year % 100, rng.randint(100, 999), dt(fd, "dmy-"), dt(fd + TD(days=30), "dmy-")), a))
    p = priced_doc("REKENINGOVERZICHT", [me[0], "Havenweg 40, 1786 PS Den Helder"], [deb["name"], deb["street"], deb["city"]],
                   [("Debiteur", str(rng.randint(10000, 19999))), ("Overzicht per", dt(d, "dmy-"))], rows, [("Totaal openstaand", tot)],
                   ["Heeft u inmiddels betaald, dan kunt u dit overzicht als niet verzonden beschouwen.", "IBAN %s" % iban(rng, "NL")], right_head=True)
    body = "Geachte relatie,\n\nBijgaand treft u een overzicht aan van de openstaande posten op uw rekening.\n\nMet vriendelijke groet,\nAfdeling debiteuren\n"
    return non(rng, "accountant-package", "nl", me[1], me[0], deb["name"], deb["email"], "Rekeningoverzicht %s" % dt(d, "dmy-"), d,
               "A statement of account lists invoices sent earlier; it is not a new invoice.",
               "PDF with several invoice numbers, dates and a total outstanding, plus an IBAN; title REKENINGOVERZICHT.",
               body_text=body, pages=[p], fname="Rekeningoverzicht.pdf")


@none("nl")
def nl_doorgestuurde_leveranciersfactuur(rng, k):
    me = ("Kapsalon Knip & Kleur", "administratie@knipenkleur.nl", "Steenstraat 9", "6828 CA Arnhem")
    acc = "stukken@boekhoudbureau-rijnstad.nl"
    d = rdate(rng)
    sup = ("Salonproducten Direct B.V.", "Ampèrestraat 3", "3861 NC Nijkerk")
    num = "SPD%d" % rng.randint(100000, 199999)
    lines = [("Haarverf assortiment (doos)", rng.randint(2, 6) * 4850), ("Shampoo 5 l", rng.randint(1, 4) * 3295)]
    sub = sum(v for _, v in lines)
    vat = int(round(sub * 0.21))
    p = priced_doc("FACTUUR", [sup[0], sup[1], sup[2], "IBAN %s" % iban(rng, "NL")], ["Factuur aan:", me[0], me[2], me[3]],
                   [("Factuurnummer", num), ("Factuurdatum", dt(d - TD(days=2), "dmy-")), ("Vervaldatum", dt(d + TD(days=12), "dmy-"))],
                   lines, [("Subtotaal", sub), ("Btw 21%", vat), ("Totaal", sub + vat)], ["Wij incasseren dit bedrag automatisch van uw rekening."])
    body = ("Hoi Wim,\n\nHierbij de factuur van Salonproducten Direct voor de boekhouding, wordt automatisch afgeschreven.\n\nGroetjes,\nDemi\n\n"
            "-------- Doorgestuurd bericht --------\nVan: Salonproducten Direct <noreply@salonproducten-direct.nl>\nOnderwerp: Uw factuur %s\n\n"
            "Beste klant, in de bijlage vindt u uw factuur %s.\n" % (num, num))
    return non(rng, "forwarded", "nl", me[1], me[0], "Boekhoudbureau Rijnstad", acc, "Fwd: Uw factuur %s" % num, d,
               "A supplier's bill TO the business, forwarded to its own bookkeeper; the business owes it, nobody owes the business.",
               "A complete invoice PDF (number, due date, btw, IBAN), 'factuur' in subject and title, but the business itself is the debtor.",
               body_text=body, pages=[p], fname="Factuur_%s.pdf" % num)


@none("nl")
def nl_pakbon(rng, k):
    me = ("Drukkerij De Letterbak", "orders@letterbak.nl")
    deb = firm(rng, NL_FIRMS)
    d = rdate(rng)
    num = "PB%d" % rng.randint(40000, 49999)
    p = priced_doc("PAKBON", [me[0], "Zeefdrukweg 2, 1704 RR Heerhugowaard"], [deb["name"], deb["street"], deb["city"]],
                   [("Pakbonnummer", num), ("Orderdatum", dt(d - TD(days=6), "dmy-")), ("Verzenddatum", dt(d, "dmy-")), ("Aantal colli", str(rng.randint(1, 4)))],
                   [("%d x Visitekaartjes 350 grams mat" % rng.choice([250, 500, 1000]), None), ("%d x Briefpapier A4 90 grams" % rng.choice([500, 1000]), None),
                    ("%d x Enveloppen C5 met venster" % rng.choice([250, 500]), None)], [],
                   ["De factuur ontvangt u separaat per e-mail. Controleer de zending binnen 8 dagen na ontvangst."])
    body = "Beste klant,\n\nUw drukwerk is vandaag verzonden. Bijgaand de pakbon.\n\nMet vriendelijke groet,\nDe Letterbak\n"
    return non(rng, "webshop", "nl", me[1], me[0], deb["name"], deb["email"], "Verzendbevestiging en pakbon %s" % num, d,
               "A delivery note (pakbon) lists goods shipped without prices; the invoice comes separately.",
               "Order and shipping dates and a document number in an invoice-like layout, and the word 'factuur' in the footer.",
               body_text=body, pages=[p], fname="Pakbon %s.pdf" % num)


@none("nl")
def nl_factuur_ontvangen(rng, k):
    me = ("Vertaalbureau Lingua Franca", "facturatie@linguafranca-vertalingen.nl")
    deb = firm(rng, NL_FIRMS)
    d = rdate(rng)
    idate = d - TD(days=rng.randint(10, 25))
    num = "%d-%03d" % (idate.year, rng.randint(10, 140))
    body = ("Goedemorgen,\n\nOp %s heb ik factuur %s (€ %s) gestuurd voor de vertaling van jullie brochure. Ik zie nog geen bevestiging; "
            "hebben jullie hem ontvangen, en is het goed zo of moet er een inkoopordernummer op?\n\nAlvast bedankt,\nIneke Brouwer\n"
            % (dt(idate, "long", "nl"), num, eur(rng.randint(30000, 180000), "nl")))
    return non(rng, "outlook", "nl", me[1], me[0], deb["name"], deb["email"], "Factuur %s goed ontvangen?" % num, d,
               "A question whether an earlier invoice arrived; it is not an invoice itself.",
               "Subject starts with 'Factuur' and a number, the text holds an amount and a date.", body_text=body)


@none("nl")
def nl_prijsverhoging(rng, k):
    me = ("Glazenwasserij Helder Zicht", "info@helderzicht-glazenwassers.nl")
    deb = person(rng, NL_PEOPLE)
    d = rdate(rng, D(2026, 10, 1), D(2026, 12, 1))
    old = rng.choice([2250, 2450, 2750])
    new = old + rng.choice([150, 200, 250])
    body = ("Beste klant,\n\nDe kosten voor personeel en brandstof zijn het afgelopen jaar flink gestegen. Daarom passen wij per 1 januari %d "
            "onze tarieven aan: een wasbeurt voor een tussenwoning gaat van € %s naar € %s (incl. btw). Hoekwoningen € %s.\n\n"
            "U hoeft niets te doen; de facturen vanaf januari worden op het nieuwe tarief gebaseerd. Vragen? Bel ons gerust.\n\n"
            "Met heldere groet,\nTeam Helder Zicht\n" % (d.year + 1, eur(old, "nl"), eur(new, "nl"), eur(new + 500, "nl")))
    return non(rng, "newsletter", "nl", me[1], me[0], deb["name"], deb["email"], "Nieuwe tarieven per 1 januari", d,
               "A price-increase announcement; it charges nothing.",
               "Several euro amounts, a future date and 'facturen' in the text.", body_text=body)


@none("en")
def en_estimate(rng, k):
    me = ("Blue Heron Landscaping", "office@blueheronlandscaping.com")
    deb = person(rng, EN_PEOPLE)
    d = rdate(rng)
    num = "EST-%04d" % rng.randint(10, 400)
    lines = [("Patio, Indian sandstone 18 m²", rng.randint(2400, 3900) * 100), ("Raised beds, sleepers", rng.randint(600, 1200) * 100), ("Skip hire", 32000)]
    sub = sum(v for _, v in lines)
    vat = int(round(sub * 0.2))
    p = priced_doc("ESTIMATE", [me[0], "Old Forge, Hook Norton OX15 5LP", "VAT GB %s" % digits(rng, 9)], [deb["name"], deb["street"], deb["city"]],
                   [("Estimate no.", num), ("Date", dt(d, "long", "en")), ("Valid for", "30 days")], lines,
                   [("Subtotal", sub), ("VAT 20%", vat), ("Estimated total", sub + vat)],
                   ["A 25% deposit secures your start date; we will invoice it once you accept.", "Sort code 30-94-57 · Account %s" % digits(rng, 8)],
                   ms="en", cur="£")
    body = "Hi %s,\n\nLovely to meet you on Saturday. Attached is our estimate for the patio and beds - any questions, give me a ring.\n\nBest,\nGareth\n" % deb["name"].split()[0]
    return non(rng, "word-uk", "en", me[1], me[0], deb["name"], deb["email"], "Your garden estimate %s" % num, d,
               "An estimate the customer may still accept or decline; nothing is owed yet.",
               "Looks like a VAT invoice (subtotal, VAT, total, bank details) but titled ESTIMATE, 'Valid for 30 days'.",
               body_text=body, pages=[p], fname="%s.pdf" % num)


@none("en")
def en_receipt(rng, k):
    me = ("Harbour Yoga Studio", "hello@harbouryoga.com")
    deb = person(rng, EN_PEOPLE)
    d = rdate(rng)
    num = "INV-%04d" % rng.randint(200, 900)
    amt = rng.choice([9500, 12000, 24000])
    html = ("<html><body style=\"font-family:sans-serif\"><h2>Payment received - thank you!</h2>\n"
            "<table><tr><td>Receipt</td><td>R-%d</td></tr><tr><td>For invoice</td><td>%s</td></tr><tr><td>Paid on</td><td>%s</td></tr>"
            "<tr><td>Amount paid</td><td>&pound;%s</td></tr><tr><td>Payment method</td><td>Card ending 4417</td></tr>"
            "<tr><td><b>Balance due</b></td><td><b>&pound;0.00</b></td></tr></table>\n<p>See you on the mat,<br>Harbour Yoga</p></body></html>"
            % (rng.randint(1000, 9999), num, dt(d, "short-en"), eur(amt, "en")))
    return non(rng, "custom-html", "en", me[1], me[0], deb["name"], deb["email"], "Receipt for %s" % num, d,
               "A payment receipt: the invoice is paid, the balance is zero.",
               "Invoice number, an amount and a date in a label/value table like an invoice's; 'Balance due £0.00'.", body_html=html)


@none("en")
def en_statement(rng, k):
    me = ("Northgate Office Supplies Ltd", "credit.control@northgate-supplies.com")
    deb = firm(rng, EN_FIRMS[:3])
    d = rdate(rng, D(2026, 3, 1))
    rows, bal = [], 0
    for j in range(rng.randint(3, 5)):
        fd = d - TD(days=rng.randint(3, 80))
        a = rng.randint(5000, 90000)
        bal += a
        rows.append(("%s  Invoice NG%d" % (dt(fd, "dmy/"), rng.randint(30000, 39999)), a))
    pay = -rng.randint(1, bal // 100 - 1) * 100
    rows.append(("%s  Payment received - thank you" % dt(d - TD(days=4), "dmy/"), pay))
    p = priced_doc("STATEMENT OF ACCOUNT", [me[0], "Unit 2, Riverside Park, Hull HU1 1AA"], [deb["name"], deb["street"], deb["city"]],
                   [("Account", "NOR%d" % rng.randint(100, 999)), ("Statement date", dt(d, "dmy/"))], rows,
                   [("Balance due", bal + pay)], ["Current | 30 days | 60 days | 90+ days aging is shown on your online account.",
                                                   "Please remit to IBAN %s" % iban(rng, "GB")], ms="en", cur="£")
    body = "Dear Customer,\n\nPlease find attached your statement of account. Kindly let us know of any queries.\n\nCredit Control\nNorthgate Office Supplies Ltd\n"
    return non(rng, "sage-like", "en", me[1], me[0], deb["name"], deb["email"], "Statement of account - %s" % dt(d, "short-en"), d,
               "A statement of account summarising invoices already sent and payments received; no new invoice.",
               "Invoice numbers, a payment, a 'Balance due' and an IBAN, all in one PDF; d/m/y dates.",
               body_text=body, pages=[p], fname="Statement.pdf")


@none("en")
def en_timesheet(rng, k):
    me = ("Brightwater Data Consulting", "ar@brightwater-data.nl")
    deb = firm(rng, EN_FIRMS[4:5])
    d = rdate(rng)
    days = [(d - TD(days=d.weekday() + 7 - j), rng.choice([6, 7.5, 8, 8.5])) for j in range(5)]
    hrs = sum(h for _, h in days)
    p = priced_doc("TIMESHEET - for approval", [me[0], "Stationsplein 45, 3511 ED Utrecht"], ["Attn: Project lead", deb["name"], deb["city"]],
                   [("Consultant", "Olu Adeyemi"), ("Week", str(days[0][0].isocalendar()[1]))],
                   [("%s  %s h" % (dt(dd, "long", "en"), qty(h, "en")), None) for dd, h in days], [("Hours x EUR 135.00", line_amt(hrs, 13500))],
                   ["Approved by: ____________________", "Once approved, these hours will be included in the monthly invoice."], ms="en", cur="EUR ")
    body = "Hi,\n\nCould you approve last week's timesheet (attached)? I'll include the hours in the month-end invoice.\n\nThanks,\nOlu\n"
    return non(rng, "excel", "en", me[1], me[0], deb["name"], deb["email"], "Timesheet week %d - please approve" % days[0][0].isocalendar()[1], d,
               "A timesheet sent for approval before invoicing; it asks for a signature, not a payment.",
               "Dates, hours and an EUR amount (hours x rate) in a PDF from the same billing address that sends invoices.",
               body_text=body, pages=[p], fname="Timesheet_wk%d.pdf" % days[0][0].isocalendar()[1])


@none("en")
def en_newsletter(rng, k):
    me = ("Clay & Kiln Pottery School", "studio@clayandkiln.com")
    deb = person(rng, EN_PEOPLE)
    d = rdate(rng)
    html = ("<html><body><h1>Spring at Clay &amp; Kiln</h1>\n<p>Hello potters!</p>\n<p>New 6-week wheel course starts %s: "
            "<b>&pound;%s</b> (early bird &pound;%s until %s). Glaze workshop Saturday: &pound;45. Gift vouchers from &pound;25.</p>\n"
            "<p>Members: your invoice for the spring term will arrive in a separate email.</p>\n"
            "<p><a href=\"https://clayandkiln.com/book\">Book now</a> · <a href=\"https://clayandkiln.com/unsubscribe\">Unsubscribe</a></p></body></html>"
            % (dt(d + TD(days=30), "us"), eur(rng.choice([24000, 26500]), "en"), eur(rng.choice([21000, 22500]), "en"), dt(d + TD(days=14), "us")))
    return non(rng, "mailchimp-like", "en", me[1], me[0], deb["name"], deb["email"], "Spring courses are here 🌱", d,
               "A newsletter with prices; it bills nobody.",
               "Prices, dates and the word 'invoice' in an HTML mail from the billing address.",
               body_html=html, headers=["List-Unsubscribe: <https://clayandkiln.com/unsubscribe>"])


@none("en")
def en_renewal(rng, k):
    me = ("Fenwick IT Support", "contracts@fenwick-it.com")
    deb = firm(rng, EN_FIRMS[:3])
    d = rdate(rng)
    ren = d + TD(days=30)
    amt = rng.choice([120000, 185000, 240000])
    body = ("Dear %s,\n\nYour annual managed IT support contract (ref. MSA-%d) renews automatically on %s for another 12 months "
            "at £%s + VAT per year.\n\nIf you'd like to change your plan or cancel, please let us know before %s. Otherwise "
            "we will raise the renewal invoice on the renewal date.\n\nKind regards,\nContracts team\nFenwick IT Support\n"
            % (deb["name"], rng.randint(100, 999), dt(ren, "long", "en"), eur(amt, "en"), dt(ren - TD(days=14), "long", "en")))
    return non(rng, "outlook", "en", me[1], me[0], deb["name"], deb["email"], "Contract renewal notice - %s" % dt(ren, "long", "en"), d,
               "A contract renewal notice; the invoice will be raised later.",
               "An annual amount, a future date and 'invoice' in the text.", body_text=body)


@none("en")
def en_did_you_receive(rng, k):
    me = ("Sam Pritchard Copywriting", "sam@pritchardcopy.com")
    deb = firm(rng, EN_FIRMS[:3])
    d = rdate(rng)
    num = "INV%03d" % rng.randint(20, 160)
    body = ("Hi both,\n\nJust checking my invoice %s (£%s, sent on the %s) reached the right inbox - I had a bounce from your old "
            "accounts address. Happy to resend if needed!\n\nCheers,\nSam\n" % (num, eur(rng.randint(40000, 200000), "en"),
                                                                            dt(d - TD(days=rng.randint(8, 20)), "ord-en").split()[0]))
    return non(rng, "gmail-like", "en", me[1], me[0], deb["name"], deb["email"], "Re: invoice %s" % num, d,
               "A question whether an earlier invoice arrived; no new invoice.",
               "'Re: invoice' subject with a number and an amount in the text.", body_text=body,
               headers=["In-Reply-To: <%016x@pritchardcopy.com>" % rng.getrandbits(64)])


@none("en")
def en_booking(rng, k):
    me = ("Lakeside Recording Rooms", "bookings@lakeside-rooms.com")
    deb = person(rng, EN_PEOPLE)
    d = rdate(rng)
    sess = d + TD(days=rng.randint(5, 30))
    html = ("<html><body><h2>Booking confirmed ✔</h2><p>Hi %s, you're booked in!</p>\n<table><tr><td>Booking ref</td><td>LRR-%d</td></tr>"
            "<tr><td>Room</td><td>Studio B (live room)</td></tr><tr><td>Date</td><td>%s, 10:00-18:00</td></tr>"
            "<tr><td>Price</td><td>EUR %s incl. VAT</td></tr><tr><td>Payment</td><td>paid online by card</td></tr></table>\n"
            "<p>Cancel free of charge up to 48 hours before your session.</p></body></html>"
            % (deb["name"].split()[0], rng.randint(1000, 9999), dt(sess, "long", "en"), eur(rng.choice([36000, 42000, 48000]), "en")))
    return non(rng, "booking-system", "en", me[1], me[0], deb["name"], deb["email"], "Your booking at Lakeside Recording Rooms", d,
               "A booking confirmation for a session already paid by card.",
               "A reference, a price incl. VAT and a future date in a label/value table.", body_html=html)


@none("de")
def de_angebot(rng, k):
    me = ("Dachdeckerei Hansen GmbH", "info@dachdeckerei-hansen.de")
    deb = person(rng, DE_PEOPLE)
    d = rdate(rng)
    num = "AN-%d-%03d" % (d.year, rng.randint(10, 300))
    lines = [("Dachfläche neu eindecken, Tondachziegel (m²)", rng.randint(90, 180) * 6500), ("Dachrinnen Zink erneuern", rng.randint(200, 500) * 1000),
             ("Gerüststellung", 185000)]
    sub = sum(v for _, v in lines)
    vat = int(round(sub * 0.19))
    p = priced_doc("Angebot Nr. %s" % num, [me[0], "Deichstraße 17, 25813 Husum"], [deb["name"], deb["street"], deb["city"]],
                   [("Datum", dt(d, "dmy.")), ("Gültig bis", dt(d + TD(days=42), "dmy."))], lines,
                   [("Nettobetrag", sub), ("19 % MwSt.", vat), ("Angebotssumme", sub + vat)],
                   ["Bei Auftragserteilung stellen wir eine Abschlagsrechnung über 30 %.", "Bankverbindung: IBAN %s" % iban(rng, "DE")],
                   ms="de", cur_after=True)
    body = anrede_letter(deb["name"]) + "\n\nwie besprochen erhalten Sie anbei unser Angebot für die Dachsanierung.\n\nMit freundlichen Grüßen\nJens Hansen\n"
    return non(rng, "word-de", "de", me[1], me[0], deb["name"], deb["email"], "Angebot %s Dachsanierung" % num, d,
               "An offer (Angebot) the customer may still accept; nothing is owed.",
               "Net, VAT and gross total with an IBAN, amounts '12.345,00 €', 'Gültig bis' date; the word Abschlagsrechnung in the footer.",
               body_text=body, pages=[p], fname="Angebot_%s.pdf" % num)


@none("de")
def de_kontoauszug(rng, k):
    me = ("Getränke Schmitt GmbH & Co. KG", "forderungen@getraenke-schmitt.de")
    deb = firm(rng, DE_FIRMS)
    d = rdate(rng, D(2026, 3, 1))
    rows, tot = [], 0
    for j in range(rng.randint(3, 6)):
        fd = d - TD(days=rng.randint(3, 60))
        a = rng.randint(9000, 120000)
        tot += a
        rows.append(("Rechnung %d vom %s, fällig %s" % (rng.randint(880000, 889999), dt(fd, "dmy."), dt(fd + TD(days=14), "dmy.")), a))
    p = priced_doc("Kontoauszug / Offene Posten", [me[0], "Brunnenweg 5, 66111 Saarbrücken"], [deb["name"], deb["street"], deb["city"]],
                   [("Kundennummer", str(rng.randint(20000, 29999))), ("Stand", dt(d, "dmy."))], rows, [("Saldo zu unseren Gunsten", tot)],
                   ["Bitte gleichen Sie fällige Posten unter Angabe der Rechnungsnummern aus.", "IBAN %s" % iban(rng, "DE")], ms="de", cur_after=True, right_head=True)
    body = "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihren aktuellen Kontoauszug mit den offenen Posten.\n\nMit freundlichen Grüßen\nForderungsmanagement\n"
    return non(rng, "datev-like", "de", me[1], me[0], deb["name"], deb["email"], "Ihr Kontoauszug per %s" % dt(d, "dmy."), d,
               "A statement of open items listing invoices already sent; not a new invoice.",
               "Several invoice numbers with due dates and a 'Saldo' with an IBAN.", body_text=body, pages=[p], fname="Kontoauszug.pdf")


@none("de")
def de_lieferschein(rng, k):
    me = ("Gartenbaumschule Lindner", "versand@baumschule-lindner.de")
    deb = firm(rng, DE_FIRMS)
    d = rdate(rng)
    num = "LS %d" % rng.randint(70000, 79999)
    p = priced_doc("Lieferschein %s" % num, [me[0], "Baumschulenweg 1, 25436 Tornesch"], [deb["name"], deb["street"], deb["city"]],
                   [("Lieferdatum", dt(d, "dmy.")), ("Ihre Bestellung vom", dt(d - TD(days=9), "dmy.")), ("Auftrag", "A-%d" % rng.randint(1000, 9999))],
                   [("%d Stk. Hainbuche, Heckenpflanze 100-125 cm" % rng.randint(20, 120), None), ("%d Sack Pflanzerde 70 l" % rng.randint(2, 12), None)], [],
                   ["Die Rechnung folgt gesondert per E-Mail.", "Ware erhalten: ____________________ (Unterschrift)"], ms="de")
    body = "Guten Tag,\n\nIhre Pflanzen sind unterwegs. Den Lieferschein finden Sie im Anhang.\n\nGrüne Grüße\nBaumschule Lindner\n"
    return non(rng, "warenwirtschaft", "de", me[1], me[0], deb["name"], deb["email"], "Lieferschein %s" % num, d,
               "A delivery note without prices; the invoice follows separately.",
               "Document number, delivery and order dates and the word 'Rechnung' in the footer.",
               body_text=body, pages=[p], fname="Lieferschein.pdf")


@none("de")
def de_auftragsbestaetigung(rng, k):
    me = ("Fahrradmanufaktur Kettenblatt", "auftrag@kettenblatt-bikes.de")
    deb = person(rng, DE_PEOPLE)
    d = rdate(rng)
    price = rng.randint(2400, 5200) * 100
    anz = price // 5
    html = ("<html><body><p>Hallo %s,</p><p>hiermit bestätigen wir Ihren Auftrag <b>AB-%d</b>:</p>\n<table>"
            "<tr><td>Maßrahmen Stahl, Gravel-Geometrie</td><td align=\"right\">%s €</td></tr><tr><td>Shimano GRX Ausstattung</td><td align=\"right\">inklusive</td></tr>"
            "<tr><td><b>Gesamtpreis inkl. 19 %% MwSt.</b></td><td align=\"right\"><b>%s €</b></td></tr></table>\n"
            "<p>Voraussichtliche Fertigstellung: KW %d. Für die Anzahlung (%s €) erhalten Sie in den nächsten Tagen eine Rechnung, der Rest wird bei Abholung fällig.</p>\n"
            "<p>Viele Grüße<br>Kettenblatt</p></body></html>"
            % (deb["name"].split()[0], rng.randint(100, 999), eur(price, "de"), eur(price, "de"), (d + TD(days=56)).isocalendar()[1], eur(anz, "de")))
    return non(rng, "custom-html", "de", me[1], me[0], deb["name"], deb["email"], "Auftragsbestätigung Ihr Maßrahmen", d,
               "An order confirmation with the agreed price; the invoices follow.",
               "A total with VAT, an Anzahlung amount and the word 'Rechnung', but no invoice number, due date or bank account.",
               body_html=html)


@none("de")
def de_zahlungserinnerung(rng, k):
    me = ("Elektro Lechner e.K.", "rechnung@elektro-lechner.de")
    deb = firm(rng, DE_FIRMS)
    d = rdate(rng)
    idate = d - TD(days=rng.randint(25, 50))
    num = "RE%d-%04d" % (idate.year, rng.randint(100, 999))
    body = ("Sehr geehrte Damen und Herren,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung Nr. %s vom %s über %s € "
            "ist seit dem %s fällig.\n\nBitte überweisen Sie den Betrag bis zum %s auf IBAN %s.\nSollte sich Ihre Zahlung mit diesem Schreiben "
            "überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nElektro Lechner\n"
            % (num, dt(idate, "dmy."), eur(rng.randint(30000, 250000), "de"), dt(idate + TD(days=14), "dmy."), dt(d + TD(days=7), "dmy."),
               mk.iban_spaced(iban(rng, "DE"))))
    return non(rng, "typed-in-mail", "de", me[1], me[0], deb["name"], deb["email"], "Zahlungserinnerung zu Rechnung %s" % num, d,
               "The business's own payment reminder for an invoice already sent; it is not a new invoice.",
               "A new pay-by date, an amount, an IBAN, the invoice number and 'Rechnung' in subject and text.", body_text=body)


@none("de")
def de_gutschrift_ankuendigung(rng, k):
    me = ("Weinhandel Rebstock", "service@weinhandel-rebstock.de")
    deb = person(rng, DE_PEOPLE)
    d = rdate(rng)
    num = "WR-%d" % rng.randint(50000, 59999)
    amt = rng.choice([1890, 3450, 7200])
    body = ("Liebe/r %s,\n\nes tut uns leid, dass zwei Flaschen beschädigt ankamen. Wir schreiben Ihnen %s € gut und erstellen dafür eine "
            "Gutschrift zu Rechnung %s. Die Gutschrift schicken wir Ihnen in den nächsten Tagen separat zu; der Betrag wird mit Ihrer "
            "nächsten Bestellung verrechnet.\n\nEntschuldigen Sie die Umstände!\nIhr Team vom Weinhandel Rebstock\n" % (deb["name"].split()[0], eur(amt, "de"), num))
    return non(rng, "typed-in-mail", "de", me[1], me[0], deb["name"], deb["email"], "Ihre Reklamation zu Rechnung %s" % num, d,
               "Announces a credit note that will follow; the credit note itself is not in this mail.",
               "An amount, an invoice number and the word 'Gutschrift' (also a credit note's title) in the text.", body_text=body)


@none("de")
def de_terminbestaetigung(rng, k):
    me = ("Praxis für Physiotherapie Lindqvist", "termine@physio-lindqvist.de")
    deb = person(rng, DE_PEOPLE)
    d = rdate(rng)
    t = d + TD(days=rng.randint(3, 20))
    body = ("Guten Tag %s,\n\nhiermit bestätigen wir Ihren Termin am %s um %d:%02d Uhr (Manuelle Therapie, 45 Min.).\n"
            "Da es sich um eine Selbstzahlerleistung handelt, betragen die Kosten %s €; Sie erhalten nach der Behandlung eine Rechnung.\n"
            "Bitte sagen Sie spätestens 24 Stunden vorher ab, sonst müssen wir den Termin in Rechnung stellen.\n\nIhr Praxisteam\n"
            % (deb["name"], dt(t, "long", "de"), rng.randint(8, 17), rng.choice([0, 15, 30, 45]), eur(rng.choice([6500, 7800, 8900]), "de")))
    return non(rng, "booking-system", "de", me[1], me[0], deb["name"], deb["email"], "Terminbestätigung %s" % dt(t, "dmy."), d,
               "An appointment confirmation; the invoice comes after the treatment.",
               "A price, a future date and 'Rechnung' twice in the text.", body_text=body)


# ================================================================ the set

def build():
    rng = random.Random(SEED)
    inv_recs, non_recs = [], []
    for f, count, lang in STYLES:
        for k in range(count):
            inv_recs.append(f(random.Random(rng.getrandbits(32)), k))
    for f, lang in NONES:
        non_recs.append(f(random.Random(rng.getrandbits(32)), 0))
    # interleave: a non-invoice after every second invoice, so the file is not sorted by label
    out = []
    ni = iter(non_recs)
    for j, r in enumerate(inv_recs):
        out.append(r)
        if j % 2 == 1:
            n = next(ni, None)
            if n:
                out.append(n)
    out.extend(ni)
    for j, r in enumerate(out, 1):
        r["id"] = "inv-hold2-%03d" % j
    return out


if __name__ == "__main__":
    recs = build()
    for r in recs:
        e = r["expected"]
        if e and e["iban"]:
            assert iban_ok(e["iban"]), r["id"]
    mk.write(OUT, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(OUT)))
