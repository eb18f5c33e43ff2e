#!/usr/bin/env python3
"""train2: more training invoices where the reader is weakest — due dates under many labels
or only as a term, invoice numbers among confusable numbers, German (lexoffice, sevDesk,
Word/DIN 5008, Austrian, Swiss) styles — and mails from the same billing address that are
not invoices.  Writes corpus/invoices/train-layouts.jsonl (ids inv-tl-001 ...).

Written by an author who never saw the reader's code or the other generators' layouts.
Every amount and date is computed here first and then printed into the text."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

import random  # noqa: E402

R = random.Random(20261202)
D = dt.date
DAY = dt.timedelta(days=1)

# ---------------------------------------------------------------- invented people and firms

NL_FIRST = ["Sanne", "Joost", "Eline", "Bas", "Mirjam", "Ruben", "Anouk", "Thijs", "Ilse", "Koen",
            "Fenna", "Wouter", "Noor", "Gijs", "Lieke", "Maarten", "Esmee", "Pieter", "Roos", "Daan"]
NL_LAST = ["Verbeek", "Hoogland", "Doornbos", "van Wijngaarden", "Scholten", "de Graaf", "Kuipers",
           "Terpstra", "van Leeuwen", "Brinkman", "Oudshoorn", "Zijlstra", "Veldkamp", "Pronk",
           "Roelofs", "van der Heijden", "Molenaar", "Hazelhoff", "Bruinsma", "Lammers"]
NL_STREET = ["Kerkstraat", "Molenweg", "Lindelaan", "Havenkade", "Stationsstraat", "Dorpsstraat",
             "Beukenlaan", "Singel", "Nieuwe Gracht", "Veldweg", "Prinsenstraat", "Schoolstraat"]
NL_CITY = [("3512 AB", "Utrecht"), ("9711 KL", "Groningen"), ("2011 RT", "Haarlem"),
           ("6811 DJ", "Arnhem"), ("5611 EM", "Eindhoven"), ("8011 NB", "Zwolle"),
           ("4811 XP", "Breda"), ("2311 ES", "Leiden"), ("7511 JG", "Enschede"),
           ("1811 KD", "Alkmaar"), ("6211 NG", "Maastricht"), ("3011 CH", "Rotterdam")]
DE_FIRST = ["Katrin", "Jonas", "Ute", "Matthias", "Lena", "Florian", "Anja", "Tobias", "Sabine",
            "Lukas", "Heike", "Stefan", "Miriam", "Jan", "Carola", "Felix", "Birgit", "Moritz"]
DE_LAST = ["Brandt", "Kessler", "Hofmeister", "Vogt", "Lindemann", "Seidel", "Krämer", "Albrecht",
           "Böhm", "Reinhardt", "Wendler", "Pohl", "Schuster", "Hartung", "Engel", "Gerlach",
           "Ostermann", "Riedl"]
DE_STREET = ["Lindenstraße", "Hauptstraße", "Gartenweg", "Bahnhofstraße", "Am Mühlbach",
             "Schillerstraße", "Kirchplatz", "Bergstraße", "Ringstraße", "Feldstraße"]
DE_CITY = [("04109", "Leipzig"), ("28195", "Bremen"), ("79098", "Freiburg"), ("50667", "Köln"),
           ("90402", "Nürnberg"), ("24103", "Kiel"), ("65183", "Wiesbaden"), ("33602", "Bielefeld"),
           ("01067", "Dresden"), ("48143", "Münster")]
AT_CITY = [("1070", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck")]
CH_CITY = [("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen")]
EN_FIRST = ["Olivia", "James", "Hannah", "Tom", "Priya", "Callum", "Sophie", "Daniel", "Aoife",
            "Marcus", "Ellie", "Rory", "Grace", "Samuel", "Niamh", "Owen"]
EN_LAST = ["Whitfield", "Harrow", "Pennington", "Okafor", "Bramley", "Doyle", "Ashworth", "Kerr",
           "Linnell", "Fairbairn", "Castellan", "Moreby", "Quinlan", "Hatherley", "Sandys", "Tolley"]
EN_STREET = ["High Street", "Mill Lane", "Station Road", "Church Walk", "Victoria Terrace",
             "Canal Street", "Queens Road", "Orchard Close"]
EN_CITY = [("BS1 4DJ", "Bristol"), ("LS2 7HY", "Leeds"), ("M4 1HN", "Manchester"),
           ("EH6 6QQ", "Edinburgh"), ("NR2 1RT", "Norwich"), ("YO1 7EP", "York")]

MAILHOSTS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl"],
             "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
             "at": ["gmx.at", "aon.at", "gmail.com"], "ch": ["bluewin.ch", "gmx.ch", "gmail.com"],
             "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.com"]}


def slug(s):
    out = ""
    for ch in s.lower():
        ch = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ë": "e", "è": "e", "ï": "i"}.get(ch, ch)
        if ch.isalnum():
            out += ch
    return out


def check_iban(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban(rng, cc):
    if cc in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, cc)
    n = {"AT": 16, "CH": 17}[cc]
    bban = "".join(rng.choice("0123456789") for _ in range(n))
    digits = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(digits) % 97, bban)


def person(rng, lang):
    lang = "nl" if lang == "be" else lang
    first, last = {"nl": (NL_FIRST, NL_LAST), "de": (DE_FIRST, DE_LAST), "at": (DE_FIRST, DE_LAST),
                   "ch": (DE_FIRST, DE_LAST), "en": (EN_FIRST, EN_LAST)}[lang]
    return rng.choice(first), rng.choice(last)


def address(rng, lang):
    lang = "nl" if lang == "be" else lang
    if lang == "nl":
        pc, city = rng.choice(NL_CITY)
        return "%s %d" % (rng.choice(NL_STREET), rng.randint(2, 180)), "%s %s" % (pc, city)
    if lang == "en":
        pc, city = rng.choice(EN_CITY)
        return "%d %s" % (rng.randint(2, 140), rng.choice(EN_STREET)), city, pc
    cities = {"de": DE_CITY, "at": AT_CITY, "ch": CH_CITY}[lang]
    pc, city = rng.choice(cities)
    return "%s %d" % (rng.choice(DE_STREET), rng.randint(1, 90)), "%s %s" % (pc, city)


def consumer(rng, lang):
    f, l = person(rng, lang)
    name = "%s %s" % (f, l)
    host = rng.choice(MAILHOSTS[lang])
    email = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (slug(f), slug(l.split()[-1]))
    if rng.random() < 0.3:
        email += str(rng.randint(1, 99))
    adr = address(rng, lang)
    return {"name": name, "contact": None, "lines": list(adr[:2]) if lang != "en" else [adr[0], "%s %s" % (adr[1], adr[2])],
            "email": email + "@" + host, "business": False, "first": f, "last": l, "vat": None}


NL_CO = ["Bakkerij Korenmaat", "Duinzicht Vastgoed B.V.", "Tandartspraktijk De Wissel", "Lindeboom Advies",
         "Fietsenmakerij Spaak & Zn.", "Kinderopvang Het Vlot B.V.", "Brouwerij Slibbroek", "Hoveniersbedrijf Wilgenhof",
         "Stichting Buurthuis De Klimop", "Autobedrijf Rijnmond V.O.F.", "Restaurant Zoet & Zout", "Kantoor Heuvelrug B.V.",
         "Installatiebedrijf Warmtebron B.V.", "Galerie Kraspunt", "Yogastudio Ademruimte", "Opticien Scherpzicht"]
DE_CO = ["Holzwerkstatt Brandner GmbH", "Praxis für Physiotherapie Seidel", "Café Lindengarten", "Kanzlei Reinhardt & Pohl",
         "Gärtnerei Mühlbach GbR", "Bäckerei Albrecht e.K.", "Ostermann Logistik GmbH", "Hofladen Wendler",
         "Agentur Lichtblick UG (haftungsbeschränkt)", "Zahnarztpraxis Dr. Engel", "Tischlerei Vogt & Söhne",
         "Verein Kulturhaus Nordlicht e.V.", "Fahrschule Gerlach", "Weinhandlung Kessler"]
AT_CO = ["Tischlerei Hubmer GmbH", "Kaffeerösterei Donaublick OG", "Ordination Dr. Prammer", "Gasthof Zum Steinbock",
         "Architekturbüro Leitner ZT GmbH"]
CH_CO = ["Schreinerei Aebischer AG", "Bäckerei Zürcher GmbH", "Treuhand Moser & Partner AG", "Velowerkstatt Gubler",
         "Praxis Dr. med. Hürlimann"]
EN_CO = ["Harrowgate Joinery Ltd", "Bluebell Café", "Northfield Dental Practice", "Pennington & Doyle LLP",
         "Kestrel Outdoor Ltd", "The Copper Kettle Tea Rooms", "Ashworth Property Management", "Brightwater Studios Ltd",
         "Fairbairn Bicycles", "Meadowlark Events Ltd", "Quayside Books", "Linnell Architecture Ltd"]


def company(rng, lang, pool=None):
    name = rng.choice(pool or {"nl": NL_CO, "de": DE_CO, "at": AT_CO, "ch": CH_CO, "en": EN_CO}[lang])
    f, l = person(rng, lang)
    adr = address(rng, lang)
    base = name.split(" GmbH")[0].split(" B.V.")[0].split(" Ltd")[0].split(" AG")[0]
    dom = slug(base)[:22] + {"nl": ".nl", "de": ".de", "at": ".at", "ch": ".ch", "en": rng.choice([".co.uk", ".com"])}[lang]
    if dom.endswith(".co.uk"):
        dom = dom[:-6] + ".example"
    local = rng.choice({"nl": ["administratie", "facturen", "info", "crediteuren", "boekhouding"],
                        "de": ["buchhaltung", "rechnungen", "info", "kontakt", "office"],
                        "at": ["buchhaltung", "office", "rechnung"], "ch": ["buchhaltung", "info", "rechnungen"],
                        "en": ["accounts", "invoices", "ap", "hello", "finance"]}[lang])
    vat = None
    if lang == "nl":
        vat = "NL%09dB%02d" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(1, 99))
    elif lang == "de":
        vat = "DE%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
    elif lang == "at":
        vat = "ATU%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
    elif lang == "ch":
        vat = "CHE-%03d.%03d.%03d MWST" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    lines = list(adr[:2]) if lang != "en" else [adr[0], "%s %s" % (adr[1], adr[2])]
    return {"name": name, "contact": (f, l), "lines": lines, "email": "%s@%s" % (local, dom),
            "business": True, "vat": vat, "first": f, "last": l}


def debtor(rng, lang, p_business=0.6, pool=None):
    return company(rng, lang, pool) if rng.random() < p_business else consumer(rng, lang)


def biz(rng, lang, name, trade=None, cc=None):
    """The invoicing business: @name is written per layout."""
    f, l = person(rng, lang)
    adr = address(rng, lang)
    dom = slug(name.split(" B.V.")[0].split(" GmbH")[0].split(" Ltd")[0])[:24]
    tld = {"nl": ".nl", "de": ".de", "at": ".at", "ch": ".ch", "en": ".com", "be": ".be"}[lang]
    cc = cc or {"nl": "NL", "de": "DE", "at": "AT", "ch": "CH", "en": "GB", "be": "BE"}[lang]
    b = {"name": name, "owner": "%s %s" % (f, l), "first": f, "last": l, "street": adr[0],
         "city": adr[1] if lang != "en" else "%s %s" % (adr[1], adr[2]), "domain": dom + tld,
         "iban": iban(rng, cc), "phone": None, "kvk": None, "vat": None}
    if lang == "nl":
        b["kvk"] = "%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
        b["vat"] = "NL%09dB%02d" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(1, 99))
        b["phone"] = "0%d %03d %04d" % (rng.randint(10, 79), rng.randint(100, 999), rng.randint(0, 9999))
        b["bic"] = {"ABNA": "ABNANL2A", "RABO": "RABONL2U", "INGB": "INGBNL2A", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A",
                    "KNAB": "KNABNL2H", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21"}.get(b["iban"][4:8], "")
    elif lang == "be":
        b["vat"] = "BE0%03d.%03d.%03d" % (rng.randint(200, 999), rng.randint(100, 999), rng.randint(100, 999))
        b["phone"] = "0%d %02d %02d %02d" % (rng.randint(2, 9), rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
    elif lang == "de":
        b["vat"] = "DE%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
        b["taxno"] = "%03d/%03d/%05d" % (rng.randint(100, 299), rng.randint(100, 999), rng.randint(10000, 99999))
        b["phone"] = "0%d %d" % (rng.randint(30, 991), rng.randint(100000, 9999999))
    elif lang == "at":
        b["vat"] = "ATU%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
        b["phone"] = "+43 %d %d" % (rng.randint(1, 732), rng.randint(100000, 999999))
    elif lang == "ch":
        b["vat"] = "CHE-%03d.%03d.%03d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
        b["phone"] = "+41 %02d %03d %02d %02d" % (rng.randint(21, 79), rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99))
    else:
        b["vat"] = "GB%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
        b["phone"] = "0%d %d" % (rng.randint(113, 191), rng.randint(100000, 9999999))
        b["sort"] = "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
        b["acct"] = b["iban"][-8:]
    return b


def workday(rng, lo=D(2026, 1, 5), hi=D(2026, 11, 20)):
    while True:
        d = lo + DAY * rng.randint(0, (hi - lo).days)
        if d.weekday() < 5:
            return d


def sent_on(rng, issue):
    """About a third of the mails leave a few days after the invoice date."""
    return issue + DAY * (rng.randint(1, 4) if rng.random() < 0.35 else 0)


# ---------------------------------------------------------------- amounts

def vat_of(base, rate10):
    """@rate10 in tenths of a percent (210 = 21 %, 81 = 8.1 %); half up, per rate."""
    s = -1 if base < 0 else 1
    return s * ((abs(base) * rate10 + 500) // 1000)


def lines_from(rng, items, n, rates):
    """@items: (description, unit, low, high, rate class 'h'/'l', qty kind)."""
    out = []
    for desc, unit, lo, hi, rc, qk in rng.sample(items, min(n, len(items))):
        price = rng.randint(lo * 100, hi * 100)
        price = price - price % (100 if rng.random() < 0.6 else 5)
        if qk == "h":
            qty = rng.choice([1, 1.5, 2, 2.5, 3, 4, 4.5, 6, 7.5, 8, 12, 16])
        elif qk == "n":
            qty = rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 25])
        else:
            qty = 1
        amt = int(round(qty * price))
        out.append({"desc": desc, "unit": unit, "price": price, "qty": qty, "amount": amt,
                    "rate": rates[rc] if rates else 0})
    return out


def totals(lines, discount_pct=0):
    net = sum(x["amount"] for x in lines)
    disc = (net * discount_pct + 50) // 100 if discount_pct else 0
    by = {}
    for x in lines:
        by[x["rate"]] = by.get(x["rate"], 0) + x["amount"]
    if disc:  # a discount only on single-rate invoices
        assert len(by) == 1
        k = list(by)[0]
        by[k] -= disc
    vats = {r: vat_of(b, r) for r, b in by.items()}
    total = net - disc + sum(vats.values())
    return {"net": net, "disc": disc, "base": by, "vat": vats, "total": total}


def qty_s(q, lang):
    if q == int(q):
        return str(int(q))
    return ("%.1f" % q).replace(".", "," if lang in ("nl", "de", "at", "ch") else ".")


def rate_s(r10, lang):
    s = "%d" % (r10 // 10) if r10 % 10 == 0 else "%d%s%d" % (r10 // 10, "," if lang in ("nl", "de", "at") else ".", r10 % 10)
    return s


def due_days(issue, n):
    return issue + DAY * n


def next_month_day(d, day):
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return D(y, m, day)


def end_of_month(d):
    return next_month_day(d, 1) - DAY


# ---------------------------------------------------------------- PDF pieces

def table(p, y, cols, rows, size=9, rule=True, zebra=False, step=14):
    """@cols: (header, x, align).  Returns the y below the table."""
    for h, x, a in cols:
        p.text(x, y, h, size, True, a)
    if rule:
        p.rule(cols[0][1], y + 4, 539, y + 4)
    y += step + 2
    for row in rows:
        for (h, x, a), v in zip(cols, row):
            if v:
                p.text(x, y, v, size, False, a)
        y += step
    if rule:
        p.rule(cols[0][1], y - step + 5, 539, y - step + 5)
    return y + 6


def kv(p, x_label, x_value, y, pairs, size=9, bold_labels=False, value_align="left", step=13):
    for k, v in pairs:
        p.text(x_label, y, k, size, bold_labels)
        p.text(x_value, y, v, size, False, value_align)
        y += step
    return y


def lines_text(p, x, y, lines, size=9, step=12, bold_first=False, align="left"):
    for i, s in enumerate(lines):
        p.text(x, y, s, size, bold_first and i == 0, align)
        y += step
    return y


def envelope(b_email, deb, extra=()):
    return {"mail_from": b_email, "rcpt_to": [deb["email"]] + list(extra)}


def to_hdr(deb):
    n = deb["name"]
    if any(ch in n for ch in ",.&()"):
        n = '"%s"' % n
    return "%s <%s>" % (n, deb["email"])


def exp(number, due_c, total_c, issue, due, deb, b, lang, ref=None, cur="EUR", credit=False, debtor_email=None):
    return mk.expected(number, due_c, total_c, issue, due, deb["name"], debtor_email or deb["email"], b["iban"],
                       deb["business"], lang, reference=ref, currency=cur, credit=credit)


RECORDS = []
CALLS = {}


def nth(key):
    """How many times the layout @key has been used before (so each variant of a layout is written at least once)."""
    CALLS[key] = CALLS.get(key, 0) + 1
    return CALLS[key] - 1


def add(r):
    RECORDS.append(r)


# ---------------------------------------------------------------- trades (items)

NL_RATES = {"h": 210, "l": 90}
DE_RATES = {"h": 190, "l": 70}
AT_RATES = {"h": 200, "l": 100}
CH_RATES = {"h": 81, "l": 26}

NL_ITEMS = {
    "design": [("Ontwerp huisstijl (logo, kleuren, lettertype)", "uur", 65, 95, "h", "h"),
               ("Opmaak jaarverslag, 24 pagina's", "st.", 60, 180, "h", "1"),
               ("Correctierondes", "uur", 65, 95, "h", "h"),
               ("Aanpassingen website, zie urenoverzicht", "uur", 70, 90, "h", "h"),
               ("Stockfoto's (licentie)", "st.", 12, 45, "h", "n")],
    "schilder": [("Schilderwerk buitenkozijnen woning (arbeid)", "uur", 48, 58, "l", "h"),
                 ("Verf en grondverf, Sikkens", "st.", 35, 90, "h", "n"),
                 ("Steigerhuur 1 week", "week", 35, 60, "h", "1"),
                 ("Kitwerk badkamer", "uur", 48, 58, "l", "h")],
    "catering": [("Lunchbuffet, per persoon", "p.p.", 14, 24, "l", "n"),
                 ("Broodjes en soep", "p.p.", 9, 15, "l", "n"),
                 ("Wijn en bier, afgenomen", "fles", 8, 22, "h", "n"),
                 ("Bediening (2 personen)", "uur", 30, 40, "h", "h"),
                 ("Huur statafels", "st.", 8, 15, "h", "n")],
    "it": [("Beheer werkplekken, maandelijks", "mnd", 90, 260, "h", "1"),
           ("Storing mailserver verholpen", "uur", 75, 110, "h", "h"),
           ("Nieuwe laptop geïnstalleerd en ingericht", "st.", 80, 160, "h", "n"),
           ("Licentie back-upsoftware, jaar", "st.", 40, 120, "h", "n")],
    "coach": [("Coachingsessie", "sessie", 85, 140, "h", "n"),
              ("Intakegesprek", "st.", 60, 95, "h", "1"),
              ("Workshop teamdag", "dagdeel", 90, 190, "h", "1")],
    "bloem": [("Bloemstukken tafeldecoratie", "st.", 18, 45, "l", "n"),
              ("Bruidsboeket", "st.", 60, 190, "l", "1"),
              ("Glazen vazen (huur, breuk)", "st.", 6, 14, "h", "n"),
              ("Bezorgen en opbouwen", "st.", 25, 65, "h", "1")],
}
DE_ITEMS = {
    "web": [("Konzeption und Gestaltung Startseite", "Std.", 70, 105, "h", "h"),
            ("Programmierung Kontaktformular", "Std.", 70, 105, "h", "h"),
            ("Hosting-Paket Business, 12 Monate", "Stk.", 90, 190, "h", "1"),
            ("SEO-Grundoptimierung", "pauschal", 60, 120, "h", "1")],
    "tischler": [("Einbauschrank Eiche geölt, nach Aufmaß", "Stk.", 300, 600, "h", "1"),
                 ("Montage vor Ort", "Std.", 52, 68, "h", "h"),
                 ("Anfahrt", "pauschal", 25, 60, "h", "1"),
                 ("Beschläge und Kleinmaterial", "pauschal", 20, 90, "h", "1")],
    "cater": [("Mittagsbuffet \u201eSaisonal\u201c", "Pers.", 16, 28, "l", "n"),
              ("Kuchen und Gebäck", "Blech", 18, 35, "l", "n"),
              ("Getränkepauschale", "Pers.", 6, 12, "h", "n"),
              ("Servicepersonal", "Std.", 28, 38, "h", "h"),
              ("Geschirrverleih", "pauschal", 30, 80, "h", "1")],
    "text": [("Lektorat Manuskript, 180 Normseiten", "pauschal", 280, 650, "h", "1"),
             ("Übersetzung EN\u2013DE, ca. 2.400 Wörter", "pauschal", 250, 420, "h", "1"),
             ("Redaktion Newsletter", "Std.", 55, 80, "h", "h")],
    "foto": [("Fotoshooting Produktbilder", "Std.", 80, 140, "h", "h"),
             ("Bildbearbeitung", "Bild", 6, 15, "h", "n"),
             ("Nutzungsrechte Web, 2 Jahre", "pauschal", 60, 150, "h", "1"),
             ("Fotobuch A4, gedruckt", "Stk.", 40, 90, "l", "1")],
    "elektro": [("Elektroinstallation Küche", "Std.", 55, 72, "h", "h"),
                ("Material laut Aufstellung", "pauschal", 40, 180, "h", "1"),
                ("Prüfung nach DGUV V3", "Stk.", 8, 15, "h", "n"),
                ("Anfahrtspauschale", "pauschal", 20, 45, "h", "1")],
}
EN_ITEMS = {
    "dev": [("Website build \u2013 phase 2", "hrs", 60, 110, "h", "h"),
            ("Bug fixes and maintenance", "hrs", 60, 110, "h", "h"),
            ("Hosting and domain renewal (annual)", "ea", 40, 180, "h", "1"),
            ("Plugin licence", "ea", 15, 60, "h", "n")],
    "photo": [("Wedding photography \u2013 full day", "ea", 300, 500, "h", "1"),
              ("Engagement shoot", "ea", 150, 400, "h", "1"),
              ("Printed album, 30 pages", "ea", 90, 240, "h", "1"),
              ("Travel and parking", "ea", 20, 80, "h", "1")],
    "consult": [("Consulting \u2013 strategy workshop", "days", 100, 240, "h", "n"),
                ("Report preparation", "hrs", 75, 150, "h", "h"),
                ("Expenses (train fares, receipts attached)", "ea", 40, 160, "h", "1")],
    "trade": [("Labour \u2013 bathroom refit", "hrs", 28, 45, "h", "h"),
              ("Materials (tiles, adhesive, grout)", "ea", 60, 160, "h", "1"),
              ("Waste removal / skip", "ea", 30, 60, "h", "1")],
    "copy": [("Copywriting \u2013 12 product pages", "ea", 300, 600, "h", "1"),
             ("Blog articles (1,000 words)", "ea", 90, 180, "h", "n"),
             ("Editing and proofreading", "hrs", 35, 60, "h", "h")],
}


def doc(b, deb, title, meta, cols, rows, tots, after=(), footer=(), head="right", deb_pos="window",
        meta_pos="right", deb_label=None, intro=(), head_extra=(), deb_extra=(), title_size=18,
        sender_line=None, place_date=None, tot_x=(400, 539)):
    """One A4 invoice-like page; each layout picks its parts and writes its own words."""
    p = mk.Page()
    hl = [b["street"], b["city"]] + list(head_extra)
    if head == "right":
        p.right(539, 58, b["name"], 15, True)
        lines_text(p, 539, 76, hl, 9, 12, align="right")
    elif head == "left":
        p.text(56, 58, b["name"], 17, True)
        lines_text(p, 56, 76, hl, 9, 12)
    elif head == "center":
        p.text(297, 56, b["name"].upper(), 16, True, "center")
        p.text(297, 72, "  \u00b7  ".join(hl), 8, False, "center")
        p.rule(56, 82, 539, 82)
    elif head == "oneline":
        p.text(56, 50, b["name"] + "  |  " + "  |  ".join(hl), 8, True)
        p.rule(56, 56, 539, 56)
    elif head == "din":
        p.right(539, 52, b["name"], 14, True)
        lines_text(p, 539, 68, hl, 8, 11, align="right")
    # debtor
    dl = [deb["name"]]
    if deb.get("contact") and deb_extra != "nocontact":
        dl.append(deb_extra[0] if deb_extra else "%s %s" % deb["contact"])
    dl += deb["lines"]
    if deb_pos == "window":
        y0 = 150
        if sender_line:
            p.text(56, 138, sender_line, 6.5)
            p.rule(56, 141, 280, 141)
        if deb_label:
            p.text(56, y0 - 12, deb_label, 8, True)
        lines_text(p, 56, y0 + 4, dl, 9.5, 13)
        yb = y0 + 13 * len(dl) + 40
    elif deb_pos == "right":
        if deb_label:
            p.text(330, 150, deb_label, 8, True)
        lines_text(p, 330, 164, dl, 9.5, 13)
        yb = 164 + 13 * len(dl) + 40
    else:  # below the title area, under a label, left
        yb = 150
    ym = 150 if meta_pos == "right" else yb
    if meta_pos == "right":
        kv(p, 350, 539, 150 if deb_pos != "right" else 110, meta, 9, False, "right")
        if deb_pos == "right":
            yb = max(yb, 110 + 13 * len(meta) + 20)
        else:
            yb = max(yb, 150 + 13 * len(meta) + 20)
    if place_date:
        p.right(539, yb - 12, place_date, 9.5)
    p.text(56, yb + 10, title, title_size, True)
    y = yb + 34
    if deb_pos == "label":
        p.text(56, y, deb_label or "", 8, True)
        y = lines_text(p, 56, y + 13, dl, 9.5, 12) + 8
    if meta_pos == "under":
        y = kv(p, 56, 165, y, meta, 9) + 10
    elif meta_pos == "grid":
        n = len(meta)
        w = (539 - 56) / n
        p.rule(56, y - 10, 539, y - 10)
        for i, (k, v) in enumerate(meta):
            p.text(56 + i * w, y, k, 7.5, True)
            p.text(56 + i * w, y + 13, v, 9)
        p.rule(56, y + 19, 539, y + 19)
        y += 40
    for s in intro:
        p.text(56, y, s, 9.5)
        y += 13
    if intro:
        y += 8
    y = table(p, y, cols, rows)
    for lab, val, bold in tots:
        p.right(tot_x[0] + 70, y, lab, 9, bold)
        p.right(tot_x[1], y, val, 9, bold)
        y += 13
    y += 12
    for s in after:
        p.text(56, y, s, 9)
        y += 12
    fy = 790 - 10 * len(footer)
    if footer:
        p.rule(56, fy - 10, 539, fy - 10)
    for s in footer:
        p.text(297, fy, s, 7, False, "center")
        fy += 10
    return p


def rec(tool, lang, kind, env, eml, pages=None, fname=None, expected=None, why_not=None, note=None):
    r = mk.record("?", tool, lang, kind, env, eml, pages, fname, expected, why_not, note)
    add(r)
    return r


def vat_rows(t, lang, fm, label):
    """One line per VAT rate, in the order the tools print them."""
    out = []
    for r in sorted(t["vat"], reverse=True):
        if lang == "en":
            s = label % (rate_s(r, lang) + "%")
        else:
            s = label % (rate_s(r, lang) + (" %" if lang in ("de", "at", "ch") else "%"))
        if "{base}" in s:
            s = s.replace("{base}", fm(t["base"][r]))
        out.append((s, fm(t["vat"][r]), False))
    return out


# ================================================================ Dutch invoices

def eur_nl(c):
    return "\u20ac " + mk.money(c, "nl")


def nl_cols():
    return [("Omschrijving", 56, "left"), ("Aantal", 330, "right"), ("Prijs", 400, "right"),
            ("Btw", 445, "right"), ("Bedrag", 539, "right")]


def nl_rows(ls, fm=eur_nl):
    return [[x["desc"], qty_s(x["qty"], "nl"), fm(x["price"]), rate_s(x["rate"], "nl") + "%", fm(x["amount"])] for x in ls]


def nl_moneybird(rng):
    """Moneybird-ish, letterhead left, details right; 'Vervaldatum' printed; a Referentie (PO) beside it."""
    b = biz(rng, "nl", rng.choice(["Studio Vlierbes", "Ontwerpbureau Kiemkracht", "Beeldmakerij Noordzon"]))
    deb = debtor(rng, "nl", 0.8)
    issue = workday(rng)
    n = rng.choice([14, 30])
    due = due_days(issue, n)
    num = "%d-%04d" % (issue.year, rng.randint(20, 400))
    po = "PO-%05d" % rng.randint(10000, 99999)
    ls = lines_from(rng, NL_ITEMS["design"], rng.randint(2, 4), NL_RATES)
    t = totals(ls)
    meta = [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")), ("Vervaldatum", mk.date(due, "dmy-")),
            ("Uw referentie", po)]
    tots = [("Subtotaal", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "Btw %s") + [("Totaal", eur_nl(t["total"]), True)]
    after = ["We verzoeken je vriendelijk het bedrag van %s vóór %s over te maken op" % (eur_nl(t["total"]), mk.date(due, "dmy-")),
             "%s t.n.v. %s, onder vermelding van het factuurnummer." % (mk.iban_spaced(b["iban"]), b["name"])]
    foot = ["%s  ·  KvK %s  ·  Btw %s  ·  IBAN %s" % (b["name"], b["kvk"], b["vat"], b["iban"])]
    p = doc(b, deb, "Factuur", meta, nl_cols(), nl_rows(ls), tots, after, foot, head="left",
            head_extra=[b["phone"], "hallo@" + b["domain"]])
    d = sent_on(rng, issue)
    body = "Hoi %s,\n\nIn de bijlage vind je factuur %s voor %s.\nBedankt voor de fijne samenwerking!\n\nGroet,\n%s\n%s\n" % (
        deb["first"] if not deb["business"] else deb["contact"][0], num, rng.choice(["het ontwerpwerk", "de opdracht van vorige maand", "de huisstijl"]),
        b["first"], b["name"])
    eml = mk.mail(rng, "hallo@" + b["domain"], b["name"], to_hdr(deb), "Factuur %s" % num, d, body_text=body, pdf=True,
                  extra_headers=["X-Mailer: Moneybird"], msgid_domain="moneybird.com")
    rec("moneybird", "nl", "pdf", envelope("hallo@" + b["domain"], deb), eml, [p], "factuur-%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="Vervaldatum printed; 'Uw referentie' PO number beside the invoice number; mail sent %s." % ("later than the invoice date" if d != issue else "on the invoice date"))


def nl_eboekhouden(rng):
    """e-Boekhouden-like: 'Factuurnr.' with a Debiteurnummer, term only: 'Betalingstermijn: 30 dagen'."""
    b = biz(rng, "nl", rng.choice(["Klussenbedrijf Hamerslag", "Schildersbedrijf Verfraai", "Onderhoud Rijnstreek"]))
    deb = debtor(rng, "nl", 0.5)
    issue = workday(rng)
    n = rng.choice([8, 14, 30])
    due = due_days(issue, n)
    num = "F%d%03d" % (issue.year % 100, rng.randint(10, 300))
    debnr = "%d" % rng.randint(1000, 1999)
    ls = lines_from(rng, NL_ITEMS["schilder"], rng.randint(2, 4), NL_RATES)
    t = totals(ls)
    werkdatum = issue - DAY * rng.randint(3, 20)
    meta = [("Factuurnr.", num), ("Datum", mk.date(issue, "dmy-")), ("Debiteurnr.", debnr),
            ("Werkzaamheden uitgevoerd op", mk.date(werkdatum, "dmy-"))]
    wording = {8: "Betalingstermijn: 8 dagen", 14: "Betalingstermijn: 14 dagen na factuurdatum",
               30: "Betalingstermijn: 30 dagen"}[n]
    tots = [("Totaal excl. btw", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "Btw %s over {base}") + \
        [("Totaal incl. btw", eur_nl(t["total"]), True)]
    after = [wording, "Graag overmaken naar %s o.v.v. factuurnummer en debiteurnummer." % b["iban"],
             "9% btw op arbeidsloon: schilderwerk aan woning ouder dan 2 jaar."]
    foot = ["KvK %s | BTW %s | %s" % (b["kvk"], b["vat"], b["phone"])]
    p = doc(b, deb, "FACTUUR", meta, nl_cols(), nl_rows(ls), tots, after, foot, head="right", meta_pos="under")
    d = sent_on(rng, issue)
    body = "Geachte heer/mevrouw,\n\nBijgaand ontvangt u factuur %s.\n\nMet vriendelijke groet,\n\n%s\n%s\n\n-- \nDeze e-mail is verzonden met e-Boekhouden.nl\n" % (
        num, b["owner"], b["name"])
    sender = "administratie@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Factuur %s" % num, d, body_text=body, pdf=True)
    rec("e-boekhouden", "nl", "pdf", envelope(sender, deb), eml, [p], "Factuur_%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="Term only ('%s'); debiteurnummer and a work date beside the invoice date." % wording)


def nl_snelstart(rng):
    """SnelStart-like: 'Nummer', 'Uiterste betaaldatum', Ordernummer and Afleverdatum nearby; business debtor."""
    b = biz(rng, "nl", rng.choice(["Groothandel Polderveld B.V.", "Drukkerij De Letterzetter B.V.", "Koffiebranderij Mokka Noord"]))
    deb = company(rng, "nl")
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 21, 30]))
    num = "%d%05d" % (issue.year, rng.randint(100, 9999))
    order = "%d" % rng.randint(40000, 49999)
    afl = issue - DAY * rng.randint(1, 6)
    ls = lines_from(rng, NL_ITEMS["catering"] if "Koffie" in b["name"] else NL_ITEMS["design"], 3, NL_RATES)
    t = totals(ls)
    meta = [("Nummer", num), ("Datum", mk.date(issue, "dmy-")), ("Ordernummer", order),
            ("Afleverdatum", mk.date(afl, "dmy-")), ("Uiterste betaaldatum", mk.date(due, "dmy-"))]
    tots = [("Totaal excl.", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "BTW %s") + [("Te betalen", eur_nl(t["total"]), True)]
    foot = ["Bank %s  BIC %s  KvK %s  BTW %s" % (b["iban"], b["bic"], b["kvk"], b["vat"]),
            "Op al onze leveringen zijn de algemene voorwaarden van toepassing, gedeponeerd bij de KvK."]
    p = doc(b, deb, "Factuur", meta, nl_cols(), nl_rows(ls), tots, [], foot, head="center", meta_pos="grid",
            deb_extra=["t.a.v. crediteurenadministratie"])
    d = sent_on(rng, issue)
    body = "Geachte relatie,\n\nHierbij ontvangt u onze factuur met nummer %s als PDF-bijlage.\n\nMet vriendelijke groet,\n%s\n" % (num, b["name"])
    sender = "facturatie@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Factuur %s (order %s)" % (num, order), d, body_text=body, pdf=True)
    rec("snelstart", "nl", "pdf", envelope(sender, deb), eml, [p], "%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="'Nummer' label only; order number also in the subject; Afleverdatum and 'Uiterste betaaldatum' in one grid row.")


def nl_exact(rng):
    """Exact Online-like grid with Debiteur, a 16-digit betalingskenmerk, Vervaldatum; envelope differs from To."""
    b = biz(rng, "nl", rng.choice(["Technisch Bureau Dijkzicht B.V.", "Veldkamp Installaties B.V.", "Adviesgroep Waterlijn B.V."]))
    deb = company(rng, "nl")
    issue = workday(rng)
    due = due_days(issue, 30)
    num = "%d" % rng.randint(26100000, 26199999)
    kenmerk = "%016d" % rng.randint(10 ** 15, 10 ** 16 - 1)
    kenmerk_p = " ".join(kenmerk[i:i + 4] for i in range(0, 16, 4))
    ls = lines_from(rng, NL_ITEMS["it"], 3, NL_RATES)
    t = totals(ls)
    meta = [("Factuur", num), ("Factuurdatum", mk.date(issue, "dmy-")), ("Debiteur", "%d" % rng.randint(20000, 29999)),
            ("Uw referentie", "project %s" % rng.choice(["Noordvleugel", "migratie 2026", "werkplekken"])),
            ("Vervaldatum", mk.date(due, "dmy-"))]
    tots = [("Totaal exclusief BTW", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "BTW %s") + \
        [("Totaal inclusief BTW", eur_nl(t["total"]), True)]
    after = ["Wij verzoeken u het totaalbedrag vóór de vervaldatum te voldoen op rekening %s" % mk.iban_spaced(b["iban"]),
             "onder vermelding van betalingskenmerk %s." % kenmerk_p]
    p = doc(b, deb, "Factuur", meta, nl_cols(), nl_rows(ls), tots, after, [b["name"] + " · KvK " + b["kvk"] + " · " + b["vat"]],
            head="left", meta_pos="grid", deb_extra=["Afdeling Financiën"])
    d = sent_on(rng, issue)
    body = "Geachte heer, mevrouw,\n\nIn de bijlage treft u factuur %s aan.\n\nMet vriendelijke groet,\n\n%s\n" % (num, b["name"])
    sender = "debiteuren@" + b["domain"]
    # the To header names a shared mailbox the debtor's domain rewrites; the envelope is the real recipient
    to = '"Crediteuren %s" <facturen@%s>' % (deb["name"], deb["email"].split("@")[1])
    eml = mk.mail(rng, sender, b["name"], to, "Factuur %s" % num, d, body_text=body, pdf=True,
                  extra_headers=["X-Mailer: Exact Online"], msgid_domain="exactonline.nl")
    rec("exact-online", "nl", "pdf", envelope(sender, deb), eml, [p], "Factuur %s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl", ref=kenmerk),
        note="Bare numeric invoice number next to a debiteurnummer; betalingskenmerk printed in groups of four; To header differs from the envelope recipient.")


def nl_wefact(rng):
    """WeFact-like: 'F2026/118', 'Te betalen vóór', already paid deposit."""
    b = biz(rng, "nl", rng.choice(["Hostingbureau Webkamer", "Meubelmakerij Eikenhart", "Tuinontwerp Groenkracht"]))
    deb = debtor(rng, "nl", 0.5)
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 21]))
    num = "F%d/%03d" % (issue.year, rng.randint(20, 400))
    ls = lines_from(rng, NL_ITEMS["design"] if "Web" in b["name"] else NL_ITEMS["schilder"], 3, NL_RATES)
    t = totals(ls)
    paid = (t["total"] * rng.choice([25, 30, 40, 50]) // 100) // 100 * 100
    rest = t["total"] - paid
    paid_d = issue - DAY * rng.randint(15, 60)
    meta = [("Factuurnummer:", num), ("Factuurdatum:", mk.date(issue, "long")), ("Klantnummer:", "DB%04d" % rng.randint(1, 600)),
            ("Te betalen vóór:", mk.date(due, "long"))]
    tots = [("Subtotaal", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "%s btw") + \
        [("Totaal", eur_nl(t["total"]), True), ("Reeds voldaan (aanbetaling %s)" % mk.date(paid_d, "dmy-"), "- " + eur_nl(paid), False),
         ("Nog te voldoen", eur_nl(rest), True)]
    after = ["Betaal het openstaande bedrag vóór %s op %s ten name van %s." % (mk.date(due, "long"), b["iban"], b["name"])]
    p = doc(b, deb, "Factuur", meta, nl_cols(), nl_rows(ls), tots, after,
            ["KvK-nummer %s   BTW-nummer %s" % (b["kvk"], b["vat"])], head="right", meta_pos="under")
    d = sent_on(rng, issue)
    body = "Beste %s,\n\nHierbij sturen wij u factuur %s. Na aftrek van de aanbetaling staat nog %s open.\nU kunt de factuur ook online bekijken en betalen via onze klantomgeving.\n\nMet vriendelijke groet,\n%s\n" % (
        deb["first"] if not deb["business"] else "relatie", num, eur_nl(rest), b["name"])
    sender = "factuur@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Uw factuur %s" % num, d, body_text=body, pdf=True,
                  extra_headers=["X-Mailer: WeFact"])
    rec("wefact", "nl", "pdf", envelope(sender, deb), eml, [p], "Factuur-%s.pdf" % num.replace("/", "-"),
        exp(num, rest, t["total"], issue, due, deb, b, "nl"),
        note="Number with a slash; 'Te betalen vóór' with a long date; the deposit's date near the totals; amount due after the deposit.")


def nl_word(rng):
    """A Word template: 'Factuur nr. 2026.0042', term in the closing sentence, two VAT rates."""
    b = biz(rng, "nl", rng.choice(["Catering Smaakmakers", "Bloemsierkunst Rozenrood", "Lunchroom De Zoete Inval"]))
    deb = debtor(rng, "nl", 0.6)
    issue = workday(rng)
    n = rng.choice([7, 14, 21, 30])
    due = due_days(issue, n)
    num = "%d.%04d" % (issue.year, rng.randint(10, 200))
    event = issue - DAY * rng.randint(2, 12)
    items = NL_ITEMS["bloem"] if "Bloem" in b["name"] else NL_ITEMS["catering"]
    ls = lines_from(rng, items, 4, NL_RATES)
    if len({x["rate"] for x in ls}) < 2:
        ls[-1]["rate"] = 210 if ls[0]["rate"] == 90 else 90
    t = totals(ls)
    meta = [("Factuur nr.", num), ("Datum", mk.date(issue, "long")), ("Evenement", "%s, %s" % (
        rng.choice(["bedrijfslunch", "jubileum", "bruiloft", "open dag"]), mk.date(event, "long")))]
    tots = [("Subtotaal", eur_nl(t["net"]), False)] + vat_rows(t, "nl", eur_nl, "Btw %s over {base}") + [("Totaal", eur_nl(t["total"]), True)]
    closing = rng.choice(["Wij verzoeken u vriendelijk het totaalbedrag binnen %d dagen na factuurdatum over te maken op" % n,
                          "Graag ontvangen wij uw betaling binnen %d dagen op rekeningnummer" % n])
    after = [closing, "%s t.n.v. %s onder vermelding van het factuurnummer." % (b["iban"], b["name"]), "",
             "Hartelijk dank voor uw opdracht!"]
    p = doc(b, deb, "FACTUUR", meta, nl_cols(), nl_rows(ls), tots, after,
            ["%s | %s | KvK %s | btw-id %s" % (b["street"], b["city"], b["kvk"], b["vat"])],
            head="center", meta_pos="under", deb_pos="label", deb_label="Factuur aan:")
    d = sent_on(rng, issue)
    body = "Goedemiddag,\n\nHierbij de factuur voor de %s. Nogmaals bedankt, het was een geslaagde dag!\n\nHartelijke groet,\n%s\n%s\n%s\n" % (
        meta[2][1].replace(", ", " van "), b["first"], b["name"], b["phone"])
    sender = "info@" + b["domain"]
    eml = mk.mail(rng, sender, b["first"] + " | " + b["name"], to_hdr(deb), "factuur " + num, d, body_text=body, pdf=True)
    rec("word-template", "nl", "pdf", envelope(sender, deb), eml, [p], "Factuur %s %s.pdf" % (num, deb["name"].split()[0]),
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="Dotted number; event date near the invoice date; 9%% and 21%% btw; due only as '%d dagen' in the closing sentence." % n)


def nl_typed(rng):
    """A craftsman typing the invoice in the mail body."""
    b = biz(rng, "nl", rng.choice(["Loodgietersbedrijf Druppel", "Timmerwerken Bosman", "Elektro Vonk"]))
    deb = consumer(rng, "nl")
    issue = workday(rng)
    n = rng.choice([8, 10, 14])
    due = due_days(issue, n)
    num = "%d-%02d" % (issue.year, rng.randint(5, 90))
    uren = rng.choice([2, 3, 3.5, 4, 6, 7.5])
    tarief = rng.choice([4500, 4750, 5200, 5500])
    arbeid = int(uren * tarief)
    mat = rng.randint(1500, 19000)
    voorrij = rng.choice([0, 2500, 3500])
    net = arbeid + mat + voorrij
    btw = vat_of(net, 210)
    tot = net + btw
    werk = issue - DAY * rng.randint(1, 5)
    body = ("Beste %s,\n\nHierbij de nota voor de werkzaamheden van %s (%s).\n\n"
            "Nota nr: %s\nDatum: %s\n\n"
            "Arbeid %s uur a %s = %s\nMateriaal = %s\n%s"
            "------------------------------\nSubtotaal %s\nBtw 21%% %s\nTotaal %s\n\n"
            "Graag binnen %d dagen overmaken op %s t.n.v. %s.\n"
            "Kvk %s\n\nGroeten,\n%s\n%s\n") % (
        deb["first"], mk.date(werk, "dmy-"), rng.choice(["lekkage keuken", "nieuwe kraan badkamer", "groepenkast", "deur afgehangen"]),
        num, mk.date(issue, "dmy-"), qty_s(uren, "nl"), mk.money(tarief, "nl"), mk.money(arbeid, "nl"), mk.money(mat, "nl"),
        ("Voorrijkosten = %s\n" % mk.money(voorrij, "nl")) if voorrij else "",
        mk.money(net, "nl"), mk.money(btw, "nl"), "\u20ac" + mk.money(tot, "nl"), n, b["iban"], b["owner"], b["kvk"], b["first"],
        b["phone"])
    d = issue
    sender = b["first"].lower() + "@" + b["domain"]
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), rng.choice(["nota", "Nota werkzaamheden", "rekening " + num]), d, body_text=body,
                  extra_headers=["X-Mailer: iPhone Mail (20H115)"])
    rec("typed-body", "nl", "body-text", envelope(sender, deb), eml, None, None,
        exp(num, tot, tot, issue, due, deb, b, "nl"),
        note="Typed 'nota' in the body; work date first; 'binnen %d dagen' only; amounts without euro sign except the total." % n)


def nl_webshop(rng):
    """A web shop's HTML invoice mail: order number #10xx next to the invoice number, pay-later by transfer."""
    b = biz(rng, "nl", rng.choice(["Zaadhandel Kiemkracht", "Wolwinkel De Breikous", "Theehuis Lindenblad"]))
    deb = consumer(rng, "nl")
    issue = workday(rng)
    due = due_days(issue, 14)
    order = rng.randint(1000, 1999)
    num = "WS-%d-%04d" % (issue.year, rng.randint(100, 900))
    items = [("Biologische zaden, mix", 395, 90), ("Breinaalden bamboe 4 mm", 649, 210), ("Losse thee 100 g", 575, 90),
             ("Cadeauverpakking", 250, 210), ("Merinowol 50 g", 485, 210)]
    ls = []
    for dsc, pr, rt in rng.sample(items, 3):
        q = rng.randint(1, 4)
        ls.append({"desc": dsc, "qty": q, "price": pr, "amount": q * pr, "rate": rt})
    ship = 495
    # web shop prices include VAT
    gross = sum(x["amount"] for x in ls) + ship
    order_d = issue - DAY * rng.randint(0, 2)
    rows = "".join("<tr><td>%s</td><td>%d</td><td align=\"right\">&euro; %s</td></tr>\n" % (x["desc"], x["qty"], mk.money(x["amount"], "nl")) for x in ls)
    # VAT contained in the gross, per rate
    inc = {}
    for x in ls:
        inc[x["rate"]] = inc.get(x["rate"], 0) + x["amount"]
    inc[210] = inc.get(210, 0) + ship
    vat_lines = "".join("<tr><td colspan=\"2\">waarvan btw %d%%</td><td align=\"right\">&euro; %s</td></tr>\n" % (
        r // 10, mk.money(v - (v * 1000 + (1000 + r) // 2) // (1000 + r), "nl")) for r, v in sorted(inc.items()))
    html = ("<html><body style=\"font-family:Helvetica\">\n<h2>Bedankt voor je bestelling #%d!</h2>\n"
            "<p>Hoi %s, je hebt gekozen voor <b>achteraf betalen per overboeking</b>. Hieronder vind je je factuur.</p>\n"
            "<table>\n<tr><td>Bestelnummer</td><td>#%d</td></tr>\n<tr><td>Besteldatum</td><td>%s</td></tr>\n"
            "<tr><td>Factuurnummer</td><td>%s</td></tr>\n<tr><td>Factuurdatum</td><td>%s</td></tr>\n</table>\n"
            "<table>\n%s<tr><td colspan=\"2\">Verzendkosten</td><td align=\"right\">&euro; %s</td></tr>\n"
            "<tr><td colspan=\"2\"><b>Totaal (incl. btw)</b></td><td align=\"right\"><b>&euro; %s</b></td></tr>\n%s</table>\n"
            "<p>Maak het bedrag uiterlijk <b>%s</b> over naar %s t.n.v. %s, en vermeld <b>%s</b> als omschrijving.</p>\n"
            "<p>Liefs,<br>Team %s</p>\n<p style=\"font-size:10px\">KvK %s &middot; btw %s &middot; %s, %s</p>\n</body></html>") % (
        order, deb["first"], order, mk.date(order_d, "dmy-"), num, mk.date(issue, "dmy-"), rows, mk.money(ship, "nl"),
        mk.money(gross, "nl"), vat_lines, mk.date(due, "long"), mk.iban_spaced(b["iban"]), b["name"], num, b["name"].split()[-1],
        b["kvk"], b["vat"], b["street"], b["city"])
    sender = "bestellingen@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Factuur bij je bestelling #%d" % order, issue, body_html=html)
    rec("webshop-html", "nl", "body-html", envelope(sender, deb), eml, None, None,
        exp(num, gross, gross, issue, due, deb, b, "nl"),
        note="Order #%d in subject and heading, the invoice number further down; prices incl. btw; 'uiterlijk' due date; the number as omschrijving." % order)


def ogm(rng):
    n = rng.randint(10 ** 9, 10 ** 10 - 1)
    c = n % 97 or 97
    s = "%010d%02d" % (n, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def nl_flemish(rng):
    """Excel grid from Flanders: 'Vervaldag', gestructureerde mededeling, BE IBAN, btw 21 % and 6 %."""
    b = biz(rng, "be", rng.choice(["Schrijnwerkerij Vandamme", "Fietsatelier De Ketting", "Drukkerij Peeters-Claes"]))
    b["iban"] = iban(rng, "BE")
    pc, city = rng.choice([("9000", "Gent"), ("2018", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge")])
    b["city"] = "%s %s" % (pc, city)
    deb = debtor(rng, "nl", 0.5)
    issue = workday(rng)
    due = due_days(issue, rng.choice([15, 30]))
    num = "%d/%04d" % (issue.year, rng.randint(10, 400))
    mede = ogm(rng)
    items = [("Herstelling", "st.", 40, 180, "l", "1"), ("Onderdelen", "st.", 12, 70, "h", "n"), ("Werkuren", "u", 45, 60, "l", "h"),
             ("Verplaatsing", "forfait", 25, 45, "h", "1")]
    ls = lines_from(rng, items, 3, {"h": 210, "l": 60})
    t = totals(ls)
    cols = [("Omschrijving", 56, "left"), ("Aantal", 320, "right"), ("Eenheidsprijs", 400, "right"), ("BTW", 445, "right"),
            ("Totaal", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "nl"), mk.money(x["price"], "nl") + " \u20ac", "%d%%" % (x["rate"] // 10),
             mk.money(x["amount"], "nl") + " \u20ac"] for x in ls]
    fm = lambda c: mk.money(c, "nl") + " \u20ac"
    meta = [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy/")), ("Vervaldag", mk.date(due, "dmy/")),
            ("Klant", "K%03d" % rng.randint(1, 300))]
    tots = [("Maatstaf van heffing", fm(t["net"]), False)] + vat_rows(t, "nl", fm, "BTW %s") + [("Te betalen", fm(t["total"]), True)]
    after = ["Gelieve te betalen op rekening %s (BIC GEBABEBB)" % mk.iban_spaced(b["iban"]),
             "met gestructureerde mededeling %s" % mede]
    if deb["business"]:
        deb["lines"] = deb["lines"] + ["Btw-nr. %s" % deb["vat"]]
    p = doc(b, deb, "Factuur", meta, cols, rows, tots, after, ["BTW %s  ·  RPR Gent  ·  %s" % (b["vat"], b["phone"])],
            head="oneline", meta_pos="grid", deb_pos="right", deb_label="Klant:")
    d = sent_on(rng, issue)
    body = "Dag %s,\n\nIn bijlage vindt u onze factuur %s.\nAlvast bedankt voor de betaling.\n\nMet vriendelijke groeten,\n%s\n" % (
        deb["first"] if not deb["business"] else deb["contact"][0], num, b["owner"])
    sender = "boekhouding@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Factuur %s" % num, d, body_text=body, pdf=True)
    rec("excel-be", "nl", "pdf", envelope(sender, deb), eml, [p], "factuur %s.pdf" % num.replace("/", "_"),
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl", ref=mede),
        note="Flemish: 'Vervaldag', dd/mm/yyyy, amounts with the euro sign after, 21% and 6%, gestructureerde mededeling kept as printed.")


def nl_canva(rng):
    """A Canva-made invoice of a wedding photographer: consumer, aanbetaling, 'Betalingstermijn: 7 dagen'."""
    b = biz(rng, "nl", rng.choice(["Fotografie Zilverlicht", "Visagie by Roos", "Trouwfilms Goudkust"]))
    deb = consumer(rng, "nl")
    issue = workday(rng)
    n = rng.choice([7, 14])
    due = due_days(issue, n)
    num = "#%d" % rng.randint(1000, 1200)
    wedding = issue - DAY * rng.randint(7, 40)
    pak = rng.choice([("Fotopakket Hele Dag", 185000), ("Pakket Ceremonie + Shoot", 115000), ("Bruidsvisagie + proefsessie", 39500)])
    extra = rng.choice([("Extra uur", 17500), ("Reiskosten", 4500), ("USB-box met foto's", 3900)])
    gross = pak[1] + extra[1]
    aanbet = rng.choice([25000, 30000, 50000])
    aanbet = min(aanbet, gross // 3)
    rest = gross - aanbet
    btw = gross - (gross * 1000 + 605) // 1210
    p = mk.Page()
    p.text(297, 80, "INVOICE / FACTUUR", 26, True, "center")
    p.text(297, 104, b["name"].lower(), 12, False, "center")
    p.text(70, 160, "VOOR", 8, True)
    lines_text(p, 70, 174, [deb["name"]] + deb["lines"] + [deb["email"]], 10, 13)
    p.text(360, 160, "FACTUUR", 8, True)
    lines_text(p, 360, 174, [num, "datum: " + mk.date(issue, "dmy-"), "trouwdag: " + mk.date(wedding, "dmy-")], 10, 13)
    y = table(p, 270, [("BESCHRIJVING", 70, "left"), ("BEDRAG", 525, "right")],
              [[pak[0], eur_nl(pak[1])], [extra[0], eur_nl(extra[1])]], 10, step=18)
    y = kv(p, 330, 525, y + 6, [("totaal (incl. 21% btw)", eur_nl(gross)), ("btw", eur_nl(btw)),
                                ("aanbetaling ontvangen", "-" + eur_nl(aanbet)), ("NOG TE BETALEN", eur_nl(rest))], 10, False, "right", 16)
    lines_text(p, 70, y + 30, ["Betalingstermijn: %d dagen" % n, "IBAN %s" % b["iban"], "t.n.v. %s" % b["owner"],
                               "KvK %s | btw %s" % (b["kvk"], b["vat"])], 9, 13)
    p.text(297, 780, "dankjewel voor jullie vertrouwen \u2661", 11, False, "center")
    d = sent_on(rng, issue)
    body = "Lieve %s,\n\nWat een prachtige dag was het! Hierbij de eindfactuur, de aanbetaling is er al vanaf.\nDe foto's volgen binnen zes weken.\n\nLiefs,\n%s\n" % (
        deb["first"], b["first"])
    sender = "hello@" + b["domain"]
    eml = mk.mail(rng, sender, b["first"] + " – " + b["name"], to_hdr(deb), "Factuur " + num, d, body_text=body, pdf=True)
    rec("canva", "nl", "pdf", envelope(sender, deb), eml, [p], "Factuur%s.pdf" % num.strip("#"),
        exp(num.lstrip("#"), rest, gross, issue, due, deb, b, "nl"),
        note="Canva: the number printed as '#1184' under FACTUUR (the number is the digits); English 'INVOICE' heading on a Dutch invoice, '#'-number, wedding date beside the invoice date, deposit subtracted, only 'Betalingstermijn: %d dagen'." % n)


def nl_credit(rng):
    """A creditnota from Jortt-style software, referring to the original invoice."""
    b = biz(rng, "nl", rng.choice(["Vertaalbureau Tweetalig", "Webstudio Pixelpolder", "Adviesbureau Koersvast"]))
    deb = company(rng, "nl")
    issue = workday(rng)
    orig = "%d-%03d" % (issue.year, rng.randint(10, 200))
    num = "C%d-%03d" % (issue.year, rng.randint(1, 30))
    net = rng.randint(80, 900) * 100
    vat = vat_of(net, 210)
    tot = net + vat
    meta = [("Creditnotanummer", num), ("Datum", mk.date(issue, "dmy-")), ("Betreft factuur", orig),
            ("Factuurdatum origineel", mk.date(issue - DAY * rng.randint(10, 40), "dmy-"))]
    rows = [["Creditering: %s" % rng.choice(["dubbel gefactureerde uren", "korting niet verwerkt", "geannuleerde vertaling"]), "1",
             eur_nl(-net), "21%", eur_nl(-net)]]
    tots = [("Subtotaal", eur_nl(-net), False), ("Btw 21%", eur_nl(-vat), False), ("Totaal", eur_nl(-tot), True)]
    after = ["Het bedrag van %s wordt binnen 5 werkdagen teruggestort op uw rekening" % eur_nl(tot),
             "of verrekend met de eerstvolgende factuur."]
    p = doc(b, deb, "Creditnota", meta, nl_cols(), rows, tots, after, ["%s · IBAN %s · KvK %s" % (b["name"], b["iban"], b["kvk"])],
            head="left", meta_pos="under")
    body = "Beste %s,\n\nZoals besproken hierbij de creditnota %s voor factuur %s.\n\nGroet,\n%s\n" % (deb["contact"][0], num, orig, b["owner"])
    sender = "facturen@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Creditnota %s (factuur %s)" % (num, orig), issue, body_text=body, pdf=True,
                  extra_headers=["X-Mailer: Jortt"])
    rec("jortt", "nl", "pdf", envelope(sender, deb), eml, [p], "Creditnota %s.pdf" % num,
        exp(num, -tot, -tot, issue, None, deb, b, "nl", credit=True),
        note="Credit note with the original invoice number and date just below its own; negative amounts; no due date.")


def nl_informer(rng):
    """Informer-like: Projectnummer and Leverdatum, a 10% korting, 'Betalen vóór' in the footer sentence."""
    b = biz(rng, "nl", rng.choice(["Hoveniersbedrijf Groenlinie", "ICT Beheer Kwadraat", "Coachpraktijk Kompas"]))
    deb = company(rng, "nl")
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 30]))
    num = "%d" % rng.randint(2026001, 2026300)
    proj = "P-%d-%02d" % (issue.year, rng.randint(1, 40))
    ls = lines_from(rng, NL_ITEMS["coach"] if "Coach" in b["name"] else NL_ITEMS["it"], 3, {"h": 210, "l": 210})
    pct = rng.choice([5, 10])
    t = totals(ls, pct)
    lev = issue - DAY * rng.randint(5, 25)
    meta = [("Factuurnummer", num), ("Factuurdatum", mk.date(issue, "dmy-")), ("Projectnummer", proj),
            ("Leverdatum", mk.date(lev, "dmy-"))]
    tots = [("Subtotaal", eur_nl(t["net"]), False), ("Korting %d%%" % pct, "-" + eur_nl(t["disc"]), False),
            ("Totaal excl. btw", eur_nl(t["net"] - t["disc"]), False)] + vat_rows(t, "nl", eur_nl, "Btw %s") + \
        [("Totaal te betalen", eur_nl(t["total"]), True)]
    after = ["Betalen vóór %s op %s o.v.v. %s." % (mk.date(due, "dmy-"), b["iban"], num)]
    p = doc(b, deb, "Factuur", meta, nl_cols(), nl_rows(ls), tots, after, ["KvK %s - btw %s" % (b["kvk"], b["vat"])],
            head="right", meta_pos="right", deb_extra=["t.a.v. de heer/mevrouw %s" % deb["contact"][1]])
    d = sent_on(rng, issue)
    body = "Geachte relatie,\n\nBijgevoegd vindt u factuur %s betreffende project %s.\n\nMet vriendelijke groet,\n%s\n" % (num, proj, b["name"])
    sender = "facturatie@" + b["domain"]
    cc = "boekhouding@" + rng.choice(["cijferpunt.nl", "administratiekantoor-heuvel.nl"])
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Factuur %s - %s" % (num, proj), d, body_text=body, pdf=True,
                  extra_headers=["Cc: %s" % cc, "X-Mailer: Informer"])
    rec("informer", "nl", "pdf", envelope(sender, deb, [cc]), eml, [p], "factuur_%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="Seven-digit number beside a project number and a Leverdatum; %d%% korting before btw; due date only in the payment sentence; the bookkeeper in Cc and the envelope." % pct)


def nl_kor(rng):
    """Google Docs invoice of a small-business-scheme freelancer (KOR, no btw); 'Uiterste betaaldatum' in words."""
    b = biz(rng, "nl", rng.choice(["Tekstbureau Komma", "Bijles Wiskunde Hoogland", "Illustraties Inktvis"]))
    deb = debtor(rng, "nl", 0.5)
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 30]))
    num = "%s-%03d" % (slug(b["name"].split()[-1])[:3].upper(), rng.randint(1, 150))
    ls = lines_from(rng, NL_ITEMS["coach"] + NL_ITEMS["design"][:2], 2, {"h": 0, "l": 0})
    t = totals(ls)
    meta = [("Factuurnummer", num), ("Datum", mk.date(issue, "long")), ("Uiterste betaaldatum", mk.date(due, "long")),
            ("Periode", "%s %d" % (mk.MONTHS["nl"][(issue.month - 2) % 12], issue.year if issue.month > 1 else issue.year - 1))]
    cols = [("Wat", 56, "left"), ("Aantal", 380, "right"), ("Tarief", 450, "right"), ("Bedrag", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "nl"), eur_nl(x["price"]), eur_nl(x["amount"])] for x in ls]
    tots = [("Totaal", eur_nl(t["total"]), True)]
    after = ["Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR).",
             "Rekening: %s  t.n.v. %s" % (b["iban"], b["owner"])]
    p = doc(b, deb, "Factuur", meta, cols, rows, tots, after, ["KvK %s" % b["kvk"]], head="left", meta_pos="under",
            deb_pos="label", deb_label="Aan")
    d = sent_on(rng, issue)
    body = "Hoi %s,\n\nBijgaand mijn factuur over %s. Laat maar weten als er iets niet klopt!\n\nGroetjes,\n%s\n" % (
        deb["first"] if not deb["business"] else deb["contact"][0], meta[3][1], b["first"])
    sender = b["first"].lower() + "@" + b["domain"]
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "factuur %s" % meta[3][1], d, body_text=body, pdf=True)
    rec("google-docs", "nl", "pdf", envelope(sender, deb), eml, [p], "%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "nl"),
        note="KOR: no btw at all; 'Uiterste betaaldatum' with a long date; a billing month (Periode) beside it; subject names only the month.")



# ================================================================ English invoices

def cur(sym):
    return lambda c: ("-" if c < 0 else "") + sym + mk.money(abs(c), "en")


def en_cols(pc=False):
    return [("Description", 56, "left"), ("Qty", 330, "right"), ("Unit price", 410, "right"), ("VAT", 455, "right"),
            ("Amount", 539, "right")]


def en_rows(ls, fm, vat=True):
    return [[x["desc"], qty_s(x["qty"], "en"), fm(x["price"]), (rate_s(x["rate"], "en") + "%") if vat else "", fm(x["amount"])] for x in ls]


def en_body(rng, deb, num, b, extra=""):
    g = deb["first"] if not deb["business"] else deb["contact"][0]
    return rng.choice(["Hi %s,\n\nPlease find attached invoice %s.%s\n\nThanks,\n%s\n",
                       "Dear %s,\n\nAttached is invoice %s for your records.%s\n\nKind regards,\n%s\n",
                       "Hello %s,\n\nHere's invoice %s - let me know if you have any questions.%s\n\nBest,\n%s\n"]) % (g, num, extra, b["first"])


def en_xero(rng):
    b = biz(rng, "en", rng.choice(["Harbourlight Design Ltd", "Tidewater Digital Ltd", "Oakmoor Surveying Ltd"]))
    deb = company(rng, "en")
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 20, 30]))
    num = "INV-%04d" % rng.randint(100, 2400)
    ls = lines_from(rng, EN_ITEMS["dev"], 3, {"h": 200, "l": 200})
    t = totals(ls)
    fm = cur("\u00a3")
    yref = "PO %d / %s" % (rng.randint(4000, 9999), deb["contact"][1])
    meta = [("Invoice Date", mk.date(issue, "short-en")), ("Invoice Number", num), ("Your ref.", yref), ("VAT Number", b["vat"])]
    tots = [("Subtotal", fm(t["net"]), False), ("TOTAL VAT 20%", fm(sum(t["vat"].values())), False), ("TOTAL GBP", fm(t["total"]), True)]
    after = ["Due Date: %s" % mk.date(due, "short-en"), "",
             "Bank transfer: %s, sort code %s, account %s" % (b["name"], b["sort"], b["acct"]), "IBAN %s" % b["iban"]]
    p = doc(b, deb, "TAX INVOICE", meta, en_cols(), en_rows(ls, fm), tots, after,
            ["Registered in England and Wales No. %08d. Registered office: %s, %s" % (rng.randint(10 ** 7, 10 ** 8 - 1), b["street"], b["city"])],
            head="right", meta_pos="right")
    d = sent_on(rng, issue)
    sender = "accounts@" + b["domain"]
    eml = mk.mail(rng, "messaging-service@post.xero.com", b["name"], to_hdr(deb), "Invoice %s from %s for %s" % (num, b["name"], deb["name"]), d,
                  body_text=en_body(rng, deb, num, b, "\n\nThe amount outstanding of %s is due on %s." % (fm(t["total"]), mk.date(due, "short-en"))),
                  pdf=True, extra_headers=["Reply-To: %s" % sender], msgid_domain="post.xero.com")
    rec("xero", "en", "pdf", {"mail_from": "messaging-service@post.xero.com", "rcpt_to": [deb["email"]]}, eml, [p], "Invoice %s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "en", cur="GBP"),
        note="Xero: 'Your ref.' holds the customer's PO (not a payment reference); due date below the totals; sent by Xero's mailer with Reply-To.")


def en_quickbooks(rng):
    k = nth("qb")
    us = k % 2 == 0
    b = biz(rng, "en", rng.choice(["Cedar Ridge Landscaping LLC", "Bright Path Bookkeeping", "Summit Mobile Repair"]) if us else
            rng.choice(["Moorland Plumbing & Heating", "Greenway Gardens Ltd", "Castle Hill IT Support"]))
    if us:
        b["city"] = rng.choice(["Boise, ID 83702", "Asheville, NC 28801", "Tucson, AZ 85701"])
    deb = debtor(rng, "en", 0.6)
    issue = workday(rng)
    n = rng.choice([15, 30])
    due = due_days(issue, n)
    num = "%d" % rng.randint(1001, 1999)
    ls = lines_from(rng, EN_ITEMS["trade"] if rng.random() < 0.5 else EN_ITEMS["consult"], 3, {"h": 0 if us else 200, "l": 0})
    t = totals(ls)
    sym = "$" if us else "\u00a3"
    fm = cur(sym)
    show_due = k in (1, 2)
    meta = [("INVOICE #", num), ("DATE", mk.date(issue, "dmy/") if not us else issue.strftime("%m/%d/%Y")), ("TERMS", "Net %d" % n)]
    if show_due:
        meta.append(("DUE DATE", mk.date(due, "dmy/") if not us else due.strftime("%m/%d/%Y")))
    cols = [("ACTIVITY", 56, "left"), ("QTY", 360, "right"), ("RATE", 440, "right"), ("AMOUNT", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "en"), mk.money(x["price"], "en"), mk.money(x["amount"], "en")] for x in ls]
    tots = [("SUBTOTAL", mk.money(t["net"], "en"), False)]
    if not us:
        tots.append(("VAT TOTAL", mk.money(sum(t["vat"].values()), "en"), False))
    tots.append(("BALANCE DUE", fm(t["total"]), True))
    if us:
        after = ["Pay by ACH: %s, routing %09d, account %010d" % (b["name"], rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(10 ** 9, 10 ** 10 - 1))]
        ib = None
    else:
        after = ["Please pay by BACS: sort code %s  account %s" % (b["sort"], b["acct"]), "IBAN %s" % mk.iban_spaced(b["iban"])]
        ib = b["iban"]
    p = doc(b, deb, "INVOICE", meta, cols, rows, tots, after, [], head="left", meta_pos="right", deb_pos="label", deb_label="BILL TO")
    d = sent_on(rng, issue)
    eml = mk.mail(rng, "quickbooks@notification.intuit.com", b["name"], to_hdr(deb), "Invoice %s from %s" % (num, b["name"]), d,
                  body_text="Dear %s,\n\nHere's your invoice! We appreciate your prompt payment.\n\nThanks for your business!\n%s\n" % (
                      deb["name"], b["name"]), pdf=True, extra_headers=["Reply-To: office@" + b["domain"]], msgid_domain="intuit.com")
    e = exp(num, t["total"], t["total"], issue, due, deb, b, "en", cur="USD" if us else "GBP")
    e["iban"] = ib
    rec("quickbooks", "en", "pdf", {"mail_from": "quickbooks@notification.intuit.com", "rcpt_to": [deb["email"]]}, eml, [p],
        "Invoice_%s_from_%s.pdf" % (num, slug(b["name"])), e,
        note="QuickBooks: bare 4-digit number after 'INVOICE #'; 'TERMS Net %d'%s; %s." % (
            n, " with DUE DATE" if show_due else " and no due date printed", "US date format, ACH, no IBAN" if us else "GBP, sort code and IBAN"))


def en_freshbooks(rng):
    b = biz(rng, "nl", rng.choice(["Lindqvist Motion Design", "Brinkman Translations", "Studio Hazelhoff"]))
    deb = company(rng, "en")
    issue = workday(rng)
    due = due_days(issue, rng.choice([15, 30, 45]))
    num = "%07d" % rng.randint(30, 400)
    ls = lines_from(rng, EN_ITEMS["copy"] + EN_ITEMS["dev"][:2], 3, {"h": 0, "l": 0})
    t = totals(ls)
    fm = cur("\u20ac")
    paid = (t["total"] // 3) // 100 * 100
    rest = t["total"] - paid
    meta = [("Date of Issue", mk.date(issue, "dmy/")), ("Invoice Number", num), ("Due Date", mk.date(due, "dmy/")),
            ("Reference", "Project %s" % rng.choice(["Aurora", "Spring campaign", "Rebrand 2026"]))]
    cols = [("Description", 56, "left"), ("Rate", 360, "right"), ("Qty", 420, "right"), ("Line Total", 539, "right")]
    rows = [[x["desc"], fm(x["price"]), qty_s(x["qty"], "en"), fm(x["amount"])] for x in ls]
    tots = [("Subtotal", fm(t["net"]), False), ("Tax", fm(0), False), ("Total", fm(t["total"]), False),
            ("Amount Paid", "-" + fm(paid), False), ("Amount Due (EUR)", fm(rest), True)]
    after = ["VAT reverse charged \u2013 customer to account for VAT (Article 196, Directive 2006/112/EC).",
             "Customer VAT: %s" % (deb["vat"] or "GB%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)),
             "Bank: %s  IBAN %s  BIC %s" % (b["owner"], b["iban"], b["bic"]), "KvK %s  VAT %s" % (b["kvk"], b["vat"])]
    p = doc(b, deb, "Invoice", meta, cols, rows, tots, after, [], head="left", meta_pos="grid", deb_pos="label", deb_label="Billed To")
    d = sent_on(rng, issue)
    eml = mk.mail(rng, "noreply@freshbooks.com", b["owner"], to_hdr(deb), "%s sent you an invoice (%s)" % (b["owner"], num), d,
                  body_text="%s sent you an invoice (%s) for %s that's due on %s.\n\nView Invoice: https://my.freshbooks.com/#/invoice/%d\n" % (
                      b["owner"], num, fm(rest), mk.date(due, "short-en"), rng.randint(10 ** 6, 10 ** 7)),
                  pdf=True, extra_headers=["Reply-To: %s@%s" % (slug(b["first"]), b["domain"])])
    rec("freshbooks", "en", "pdf", {"mail_from": "noreply@freshbooks.com", "rcpt_to": [deb["email"]]}, eml, [p], "Invoice-%s.pdf" % num,
        exp(num, rest, t["total"], issue, due, deb, b, "en"),
        note="FreshBooks: zero-padded number; 'Reference' is a project name, not a payment reference; Dutch freelancer, EUR, reverse charge, part already paid.")


def en_zoho(rng):
    b = biz(rng, "de", rng.choice(["Kranich Labs GmbH", "Nordwand Software GmbH", "Pixelhafen GmbH"]))
    deb = company(rng, "de") if rng.random() < 0.5 else company(rng, "en")
    issue = workday(rng)
    num = "INV-%06d" % rng.randint(20, 900)
    ls = lines_from(rng, EN_ITEMS["dev"], 3, {"h": 190, "l": 190})
    t = totals(ls)
    fm = lambda c: "\u20ac" + mk.money(c, "en")
    so = "SO-%05d" % rng.randint(100, 9999)
    meta = [("Invoice#", num), ("Invoice Date", mk.date(issue, "dmy.")), ("Terms", "Due on Receipt"), ("Due Date", mk.date(issue, "dmy.")),
            ("Order Number", so)]
    tots = [("Sub Total", fm(t["net"]), False), ("VAT (19%)", fm(sum(t["vat"].values())), False), ("Total", fm(t["total"]), True),
            ("Balance Due", fm(t["total"]), True)]
    after = ["Payment details: %s, IBAN %s, BIC %s" % (b["name"], mk.iban_spaced(b["iban"]), "DEUTDEDBXXX"),
             "Amtsgericht Charlottenburg HRB %d B \u00b7 VAT ID %s" % (rng.randint(100000, 250000), b["vat"])]
    p = doc(b, deb, "TAX INVOICE", meta, en_cols(), en_rows(ls, fm), tots, after, [], head="left", meta_pos="right",
            deb_pos="label", deb_label="Bill To")
    eml = mk.mail(rng, "message-service@sender.zohoinvoice.com", b["name"], to_hdr(deb), "Invoice - %s from %s" % (num, b["name"]), issue,
                  body_text="Dear %s,\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.\n\nINVOICE AMOUNT  %s\nInvoice No: %s\nInvoice Date: %s\nDue Date: %s\n\nRegards,\n%s\n" % (
                      deb["name"], fm(t["total"]), num, mk.date(issue, "dmy."), mk.date(issue, "dmy."), b["name"]),
                  pdf=True, extra_headers=["Reply-To: finance@" + b["domain"]], msgid_domain="zohoinvoice.com")
    rec("zoho", "en", "pdf", {"mail_from": "message-service@sender.zohoinvoice.com", "rcpt_to": [deb["email"]]}, eml, [p], "%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, issue, deb, b, "en"),
        note="Zoho: 'Invoice#' with no space, 'Due on Receipt' (due date = invoice date), a sales-order number and an HRB number nearby; German firm writing English.")


def en_soletrader(rng):
    b = biz(rng, "en", "%s %s" % person(rng, "en"))
    trade = rng.choice(["Bookkeeping", "Dog Walking", "Piano Tuition", "Garden Maintenance"])
    b["name"] = "%s %s" % (b["owner"], trade) if rng.random() < 0.5 else b["owner"]
    deb = debtor(rng, "en", 0.4)
    issue = workday(rng)
    n = [14, 0, 21, 7][nth("sole") % 4]
    due = due_days(issue, n)
    num = "%s%03d" % ("".join(w[0] for w in b["owner"].split()), rng.randint(1, 120))
    fm = cur("\u00a3")
    items = [("%s \u2013 %s" % (trade, mk.MONTHS["en"][(issue.month - 2) % 12]), "", 60, 400, "h", "1"),
             ("Additional session", "", 25, 60, "h", "n"), ("Mileage", "", 5, 40, "h", "1")]
    ls = lines_from(rng, items, 2, {"h": 0, "l": 0})
    t = totals(ls)
    wording = rng.choice(["Payment terms: due within %d days of the invoice date." % n,
                          "Please pay within %d days. Thank you!" % n, "Terms: %d days." % n])
    if n == 0:
        wording = rng.choice(["Payable on receipt.", "Payment is due on receipt of this invoice."])
    meta = [("Inv. No.", num), ("Date", mk.date(issue, "long", "en")), ("Customer", deb["name"])]
    cols = [("Item", 56, "left"), ("Amount", 539, "right")]
    rows = [[x["desc"] + (" (x%s)" % qty_s(x["qty"], "en") if x["qty"] != 1 else ""), fm(x["amount"])] for x in ls]
    after = [wording, "Bank: sort code %s, account no. %s" % (b["sort"], b["acct"]), "(IBAN %s for payments from abroad)" % b["iban"],
             "Not VAT registered."]
    p = doc(b, deb, "Invoice", meta, cols, rows, [("Total due", fm(t["total"]), True)], after, [], head="left", meta_pos="under",
            deb_pos="label", deb_label="To:")
    d = sent_on(rng, issue)
    sender = "%s.%s@%s" % (slug(b["first"]), slug(b["last"]), rng.choice(["btinternet.com", "outlook.com"]))
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Invoice", d,
                  body_text="Hi %s,\n\nInvoice attached for last month. Any problems just give me a shout.\n\nCheers\n%s\n\nSent from my iPad\n" % (
                      deb["first"] if not deb["business"] else "all", b["first"]), pdf=True)
    rec("word-uk", "en", "pdf", envelope(sender, deb), eml, [p], "Invoice %s.docx.pdf" % num, exp(num, t["total"], t["total"], issue, due, deb, b, "en", cur="GBP"),
        note="UK sole trader: initials-number ('Inv. No.'), long date, '%s' as the only due date, sort code with IBAN in brackets, no VAT; subject just 'Invoice'." % wording)



def en_typed(rng):
    b = biz(rng, "en", rng.choice(["Kerr Electrical", "Doyle Roofing", "T. Hatherley Carpentry"]))
    deb = consumer(rng, "en")
    issue = workday(rng)
    n = rng.choice([5, 7, 10])
    due = due_days(issue, n)
    num = "%d" % rng.randint(200, 900)
    lab = rng.choice([3, 4, 6, 7.5, 9]) * 4000
    mat = rng.randint(30, 400) * 100 + rng.choice([0, 50, 99])
    tot = int(lab) + mat
    fm = cur("\u00a3")
    wd = due.strftime("%A")
    body = ("Hi %s,\n\nThanks for having us round on %s. Invoice below as promised.\n\n"
            "INVOICE No. %s   Date: %s\n\nLabour: %s\nMaterials (receipts can be sent if needed): %s\nTotal: %s\n\n"
            "If you could pay by %s %s that would be great - bank details:\n%s\nSort code %s  Acc %s\n\n"
            "Many thanks\n%s\n%s\n") % (
        deb["first"], (issue - DAY * rng.randint(1, 6)).strftime("%A"), num, mk.date(issue, "dmy/"), fm(int(lab)), fm(mat), fm(tot),
        wd, mk.date(due, "long", "en")[:-5] if rng.random() < 0.5 else mk.date(due, "long", "en"), b["name"], b["sort"], b["acct"],
        b["owner"], b["phone"])
    sender = "%s@%s" % (slug(b["first"]), b["domain"])
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Invoice for work done", issue, body_text=body)
    e = exp(num, tot, tot, issue, due, deb, b, "en", cur="GBP")
    e["iban"] = None
    rec("typed-body", "en", "body-text", envelope(sender, deb), eml, None, None, e,
        note="Typed in the body; due date as a weekday and a day-month (year sometimes left off); work day named beside it; no IBAN (sort code only).")


def en_hosted(rng):
    b = biz(rng, "nl", rng.choice(["Roosterly B.V.", "Planbord Software B.V.", "Klantlus B.V."]))
    deb = company(rng, "en") if rng.random() < 0.5 else company(rng, "nl")
    issue = workday(rng)
    n = rng.choice([14, 30])
    due = due_days(issue, n)
    num = "%s-%04d" % ("".join(rng.choice("ABCDEF0123456789") for _ in range(8)), rng.randint(1, 40))
    fm = lambda c: "\u20ac" + mk.money(c, "en")
    seats = rng.randint(3, 40)
    price = rng.choice([900, 1200, 1900])
    net = seats * price
    vat = vat_of(net, 210)
    tot = net + vat
    period_start = issue.replace(day=1)
    period_end = end_of_month(issue)
    html = ("<html><body style=\"font-family:-apple-system,sans-serif;background:#f6f9fc\">\n<div style=\"max-width:480px;margin:auto;background:#fff;padding:24px\">\n"
            "<p style=\"color:#8792a2\">%s</p>\n<h1 style=\"font-size:32px\">%s</h1>\n<p>Due %s</p>\n"
            "<p><a href=\"https://invoice.%s/i/%s\">Pay this invoice</a></p>\n<hr>\n"
            "<table width=\"100%%\"><tr><td>Invoice number</td><td align=\"right\">%s</td></tr>\n"
            "<tr><td>Date of issue</td><td align=\"right\">%s</td></tr>\n"
            "<tr><td>Billing period</td><td align=\"right\">%s \u2013 %s</td></tr></table>\n<hr>\n"
            "<table width=\"100%%\"><tr><td>Team plan \u00d7 %d seats</td><td align=\"right\">%s</td></tr>\n"
            "<tr><td>VAT (21%%)</td><td align=\"right\">%s</td></tr>\n<tr><td><b>Amount due</b></td><td align=\"right\"><b>%s</b></td></tr></table>\n"
            "<p>Or pay by bank transfer to %s, IBAN %s, using reference <b>%s</b>.</p>\n"
            "<p style=\"font-size:11px;color:#8792a2\">%s \u00b7 %s \u00b7 %s \u00b7 VAT %s</p>\n</div></body></html>") % (
        b["name"], fm(tot), mk.date(due, "us"), b["domain"], slug(num), num, mk.date(issue, "us"), mk.date(period_start, "short-en"),
        mk.date(period_end, "short-en"), seats, fm(net), fm(vat), fm(tot), b["name"], b["iban"], num, b["street"], b["city"], "KvK " + b["kvk"], b["vat"])
    sender = "billing@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Your %s invoice %s" % (b["name"].split()[0], num), issue, body_html=html)
    rec("hosted-invoice", "en", "body-html", envelope(sender, deb), eml, None, None,
        exp(num, tot, tot, issue, due, deb, b, "en", ref=num),
        note="Hosted-invoice HTML: the amount as a headline, 'Due' + US date under it, billing period dates nearby; the hex-hyphen invoice number is also the labelled transfer reference.")


def en_reverse(rng):
    b = biz(rng, "nl", rng.choice(["Veldkamp Data Consultancy", "Oudshoorn Sound Engineering", "Pronk UX Research"]))
    deb = company(rng, rng.choice(["de", "en"]))
    issue = workday(rng)
    n = rng.choice([21, 30, 60])
    due = due_days(issue, n)
    num = "%d-INV-%03d" % (issue.year, rng.randint(1, 90))
    cid = "CL-%03d" % rng.randint(1, 99)
    pcode = "%s-%02d" % (rng.choice(["DATA", "UX", "AUD"]), rng.randint(1, 30))
    ls = lines_from(rng, EN_ITEMS["consult"], 3, {"h": 0, "l": 0})
    t = totals(ls)
    fm = lambda c: "EUR " + mk.money(c, "en")
    per_a = issue.replace(day=1) - DAY * 30
    per_a = per_a.replace(day=1)
    per_b = end_of_month(per_a)
    meta = [("Invoice no.", num), ("Invoice date", mk.date(issue, "long", "en")), ("Client ID", cid), ("Project code", pcode),
            ("Service period", "%s \u2013 %s" % (mk.date(per_a, "short-en"), mk.date(per_b, "short-en")))]
    cols = [("Description", 56, "left"), ("Qty", 380, "right"), ("Rate", 450, "right"), ("Amount", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "en"), fm(x["price"]), fm(x["amount"])] for x in ls]
    tots = [("Net amount", fm(t["net"]), False), ("VAT 0% (reverse charge)", fm(0), False), ("Total", fm(t["total"]), True)]
    after = ["VAT reverse-charged: the recipient is liable for VAT (Article 196 VAT Directive).",
             "Your VAT number: %s" % (deb["vat"] or "GB%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)),
             "Payment due: %d days from invoice date." % n, "Please transfer to IBAN %s (BIC %s), account holder %s." % (b["iban"], b["bic"], b["owner"]),
             "Chamber of Commerce (KvK) %s \u00b7 VAT %s" % (b["kvk"], b["vat"])]
    p = doc(b, deb, "INVOICE", meta, cols, rows, tots, after, [], head="right", meta_pos="under", deb_pos="window")
    d = sent_on(rng, issue)
    sender = "%s@%s" % (slug(b["first"]), b["domain"])
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Invoice %s \u2013 %s" % (num, pcode), d,
                  body_text=en_body(rng, deb, num, b, " It covers %s." % meta[4][1]), pdf=True)
    rec("word-eu", "en", "pdf", envelope(sender, deb), eml, [p], "%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "en"),
        note="Dutch freelancer, English invoice, reverse charge; 'Payment due: %d days from invoice date' only; client ID, project code and a service period beside the number and date." % n)


def en_us(rng):
    b = biz(rng, "en", rng.choice(["Halcyon Research Partners LLC", "Westbrook Analytics Inc.", "Marigold Grant Writing"]))
    b["city"] = rng.choice(["Portland, OR 97205", "Austin, TX 78701", "Madison, WI 53703"])
    deb = company(rng, "en")
    issue = workday(rng)
    n = rng.choice([30, 45])
    due = due_days(issue, n)
    num = "%d-%03d" % (issue.year, rng.randint(1, 200))
    po = "PO# %d" % rng.randint(450000, 459999)
    ls = lines_from(rng, EN_ITEMS["consult"], 3, {"h": 0, "l": 0})
    t = totals(ls)
    fm = cur("$")
    ps = issue.replace(day=1) - DAY
    meta = [("Invoice No.", num), ("Invoice Date", mk.date(issue, "us")), ("Customer PO", po),
            ("Period of Performance", "%s %d \u2013 %s %d, %d" % (mk.MONTHS["en"][ps.month - 1], 1, mk.MONTHS["en"][ps.month - 1], ps.day, ps.year)),
            ("Terms", "Net %d" % n)]
    cols = [("Description", 56, "left"), ("Hours/Qty", 380, "right"), ("Rate", 450, "right"), ("Amount", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "en"), fm(x["price"]), fm(x["amount"])] for x in ls]
    after = ["Remit by wire or ACH to %s" % b["name"], "Bank: First Meridian Bank, ABA %09d, Acct %d" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(10 ** 9, 10 ** 10)),
             "EIN %02d-%07d" % (rng.randint(10, 99), rng.randint(10 ** 6, 10 ** 7 - 1))]
    p = doc(b, deb, "INVOICE", meta, cols, rows, [("Total Due (USD)", fm(t["total"]), True)], after, [], head="left", meta_pos="right",
            deb_pos="label", deb_label="Bill To:")
    d = sent_on(rng, issue)
    sender = "billing@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Invoice %s (%s)" % (num, po), d, body_text=en_body(rng, deb, num, b), pdf=True)
    e = exp(num, t["total"], t["total"], issue, due, deb, b, "en", cur="USD")
    e["iban"] = None
    rec("word-us", "en", "pdf", envelope(sender, deb), eml, [p], "%s Invoice %s.pdf" % (b["name"].split()[0], num), e,
        note="US: PO number in the subject, period of performance, 'Net %d' only, US dates, wire/ACH without IBAN." % n)


def en_canva(rng):
    b = biz(rng, "en", rng.choice(["Wildflower & Wren Photography", "Little Acorn Films", "Bramble Floral Studio"]))
    deb = consumer(rng, "en")
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 28, 42]))
    event = due + DAY * rng.randint(7, 60)
    num = "%s-%02d" % ("".join(w[0] for w in b["name"].split() if w[0].isalpha()).upper(), rng.randint(1, 60))
    fm = cur("\u00a3")
    if "Floral" in b["name"]:
        pkg = rng.choice([("Ceremony flowers + bouquets", 120000), ("Reception centrepieces x10", 85000)])
        add_ = rng.choice([("Buttonholes x6", 9000), ("Flower crown", 6500)])
    elif "Films" in b["name"]:
        pkg = rng.choice([("Highlights film + full ceremony edit", 165000), ("Short film package", 98000)])
        add_ = rng.choice([("Drone footage", 25000), ("Raw footage on USB", 12000)])
    else:
        pkg = rng.choice([("The Full Story package", 185000), ("Half day coverage", 95000)])
        add_ = rng.choice([("Second shooter", 35000), ("Extra hour", 15000)])
    tot = pkg[1] + add_[1]
    ret = rng.choice([25000, 30000, 40000])
    rest = tot - ret
    p = mk.Page()
    p.text(297, 90, b["name"], 22, False, "center")
    p.text(297, 112, "invoice", 14, False, "center")
    lines_text(p, 80, 170, ["For: " + deb["name"], deb["lines"][0], deb["lines"][1]], 10, 14)
    lines_text(p, 360, 170, ["Invoice no: " + num, "Issued: " + mk.date(issue, "long", "en"), "Wedding date: " + mk.date(event, "long", "en")], 10, 14)
    y = table(p, 260, [("Item", 80, "left"), ("Price", 515, "right")], [[pkg[0], fm(pkg[1])], [add_[0], fm(add_[1])]], 10, step=18)
    y = kv(p, 330, 515, y + 10, [("Total", fm(tot)), ("Booking retainer paid", "-" + fm(ret)), ("Balance due", fm(rest))], 10, False, "right", 16)
    lines_text(p, 80, y + 30, ["Balance due by " + mk.date(due, "long", "en") + " (no later than 4 weeks before your day, as per our contract)",
                               "Bank transfer: %s \u00b7 sort code %s \u00b7 account %s" % (b["owner"], b["sort"], b["acct"]), "IBAN " + b["iban"]], 9, 14)
    d = sent_on(rng, issue)
    sender = "hello@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Your balance invoice \u2661", d,
                  body_text="Hi %s!\n\nNot long now! Here's the balance invoice for your wedding - the retainer has been taken off.\n\nLove,\n%s x\n" % (deb["first"], b["first"]), pdf=True)
    rec("canva", "en", "pdf", envelope(sender, deb), eml, [p], "%s balance invoice.pdf" % deb["last"],
        exp(num, rest, tot, issue, due, deb, b, "en", cur="GBP"),
        note="Canva: the wedding date (after the due date) beside the issue date; 'Balance due by' a long date; retainer subtracted.")


def en_credit(rng):
    b = biz(rng, "en", rng.choice(["Northgate Print Ltd", "Pennant Office Supplies Ltd", "Rowan Catering Ltd"]))
    deb = company(rng, "en")
    issue = workday(rng)
    num = "CN-%04d" % rng.randint(10, 300)
    orig = "INV-%04d" % rng.randint(1000, 4000)
    net = rng.randint(40, 700) * 100 + rng.choice([0, 50])
    vat = vat_of(net, 200)
    fm = cur("\u00a3")
    meta = [("Credit note no.", num), ("Date", mk.date(issue, "dmy/")), ("Against invoice", orig), ("Account", "ACC%04d" % rng.randint(1, 900))]
    rows = [["Returned goods \u2013 %s" % rng.choice(["damaged in transit", "wrong size", "duplicate order"]), "1", fm(-net), "20%", fm(-net)]]
    tots = [("Net", fm(-net), False), ("VAT", fm(-vat), False), ("Credit total", fm(-(net + vat)), True)]
    p = doc(b, deb, "CREDIT NOTE", meta, en_cols(), rows, tots, ["This credit will be applied to your account / refunded to your card within 5 working days.",
                                                                   "IBAN %s" % b["iban"]], [], head="center", meta_pos="right")
    sender = "accounts@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Credit note %s" % num, issue, body_text=en_body(rng, deb, num, b).replace("invoice", "credit note"), pdf=True)
    rec("word-uk", "en", "pdf", envelope(sender, deb), eml, [p], "%s.pdf" % num,
        exp(num, -(net + vat), -(net + vat), issue, None, deb, b, "en", cur="GBP", credit=True),
        note="Credit note against an invoice number printed right under its own; negative amounts.")


def en_debitoor(rng):
    b = biz(rng, "nl", rng.choice(["Bruinsma Boat Repairs", "Zijlstra Event Tech", "Molenaar Furniture Restoration"]))
    deb = company(rng, "en")
    issue = workday(rng)
    due = due_days(issue, 14)
    num = "%d" % rng.randint(40, 400)
    ls = lines_from(rng, EN_ITEMS["trade"] + EN_ITEMS["consult"][:1], 3, {"h": 210, "l": 210})
    t = totals(ls)
    fm = lambda c: mk.money(c, "en") + " EUR"
    disc = (t["total"] * 2 + 50) // 100
    early = due_days(issue, 7)
    meta = [("Invoice no.", num), ("Invoice date", mk.date(issue, "iso")), ("Delivery date", mk.date(issue - DAY * rng.randint(2, 9), "iso")),
            ("Customer no.", "%d" % rng.randint(10001, 10200))]
    tots = [("Subtotal", fm(t["net"]), False), ("VAT 21%", fm(sum(t["vat"].values())), False), ("Total", fm(t["total"]), True)]
    after = ["Payment terms: 14 days net.",
             "2%% discount (%s) if paid within 7 days, i.e. by %s: pay %s." % (fm(disc), mk.date(early, "iso"), fm(t["total"] - disc)),
             "Bank: IBAN %s \u00b7 BIC %s" % (b["iban"], b["bic"]), "KvK %s \u00b7 VAT %s" % (b["kvk"], b["vat"])]
    p = doc(b, deb, "Invoice", meta, en_cols(), en_rows(ls, fm), tots, after, [], head="left", meta_pos="right")
    d = sent_on(rng, issue)
    sender = "invoice@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Invoice %s from %s" % (num, b["name"]), d, body_text=en_body(rng, deb, num, b), pdf=True)
    rec("debitoor", "en", "pdf", envelope(sender, deb), eml, [p], "Invoice-%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "en"),
        note="ISO dates; early-payment discount with its own date and reduced amount (not the due date, not the amount); a delivery date and a customer number beside the 2-3 digit invoice number.")



# ================================================================ German, Austrian and Swiss invoices

def eur_de(c):
    return mk.money(c, "de") + " \u20ac"


def de_cols():
    return [("Pos.", 56, "left"), ("Bezeichnung", 84, "left"), ("Menge", 330, "right"), ("Einzelpreis", 410, "right"),
            ("USt.", 450, "right"), ("Gesamt", 539, "right")]


def de_rows(ls, fm=eur_de, ust=True):
    return [[str(i + 1), x["desc"], "%s %s" % (qty_s(x["qty"], "de"), x["unit"]), fm(x["price"]),
             (rate_s(x["rate"], "de") + " %") if ust else "", fm(x["amount"])] for i, x in enumerate(ls)]


def de_greet(deb):
    if not deb["business"]:
        return "Guten Tag %s %s," % (deb["first"], deb["last"])
    return "Sehr geehrte Damen und Herren,"


def sender_line(b):
    return "%s \u00b7 %s \u00b7 %s" % (b["name"], b["street"], b["city"])


def de_footer(b, extra=""):
    return ["%s \u00b7 %s \u00b7 %s \u00b7 Tel. %s" % (b["name"], b["street"], b["city"], b["phone"]),
            "IBAN %s \u00b7 Steuernummer %s \u00b7 USt-IdNr. %s%s" % (mk.iban_spaced(b["iban"]), b.get("taxno", "-"), b["vat"], extra)]


def de_lexoffice(rng):
    b = biz(rng, "de", rng.choice(["Webmanufaktur Lindemann", "Grafikbüro Seidel", "Hofmeister IT-Service", "Fotostudio Lichtwerk"]))
    deb = debtor(rng, "de", 0.7)
    issue = workday(rng)
    num = "RE-%d-%04d" % (issue.year, rng.randint(10, 600))
    knr = "%d" % rng.randint(10000, 10999)
    ls = lines_from(rng, DE_ITEMS["foto"] if "Foto" in b["name"] else DE_ITEMS["web"], rng.randint(2, 4), DE_RATES)
    t = totals(ls)
    form = nth("lex") % 4
    if form == 0:
        due, term = issue, rng.choice(["Zahlbar sofort ohne Abzug.", "Der Rechnungsbetrag ist sofort fällig ohne Abzug."])
    elif form == 1:
        n = rng.choice([7, 14, 30])
        due, term = due_days(issue, n), "Zahlungsziel %d Tage netto." % n
    elif form == 2:
        due = due_days(issue, rng.choice([10, 14]))
        term = "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum %s auf das unten angegebene Konto." % mk.date(due, "dmy.")
    else:
        n = rng.choice([10, 14, 21])
        due, term = due_days(issue, n), "Zahlbar innerhalb von %d Tagen ab Rechnungsdatum ohne Abzug." % n
    if rng.random() < 0.5:
        ld = issue - DAY * rng.randint(1, 14)
        leist = ("Leistungsdatum", mk.date(ld, "dmy."))
    else:
        a = (issue.replace(day=1) - DAY).replace(day=1)
        leist = ("Leistungszeitraum", "%s \u2013 %s" % (mk.date(a, "dmy."), mk.date(end_of_month(a), "dmy.")))
    meta = [("Rechnungsnr.", num), ("Kundennr.", knr), ("Datum", mk.date(issue, "dmy.")), leist]
    tots = [("Gesamtbetrag netto", eur_de(t["net"]), False)] + vat_rows(t, "de", eur_de, "zzgl. Umsatzsteuer %s") + \
        [("Gesamtbetrag brutto", eur_de(t["total"]), True)]
    intro = [de_greet(deb), "vielen Dank für Ihren Auftrag und das damit verbundene Vertrauen!",
             "Hiermit stelle ich Ihnen die folgenden Leistungen in Rechnung:"]
    after = [term, "", "Mit freundlichen Grüßen", b["owner"]]
    p = doc(b, deb, "Rechnung Nr. %s" % num, meta, de_cols(), de_rows(ls), tots, after, de_footer(b), head="din",
            sender_line=sender_line(b), intro=intro, title_size=13)
    d = sent_on(rng, issue)
    sender = "rechnung@" + b["domain"]
    body = "%s\n\nanbei erhalten Sie unsere Rechnung %s.\n\nMit freundlichen Grüßen\n%s\n%s\n" % (de_greet(deb), num, b["owner"], b["name"])
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Rechnung %s" % num, d, body_text=body, pdf=True)
    rec("lexoffice", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung_%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="lexoffice-style DIN letter: Kundennr. between number and date, %s beside the date; term: '%s'." % (leist[0], term[:60]))


def de_sevdesk(rng):
    b = biz(rng, "de", rng.choice(["Catering Kessler", "Tischlerei Pohl", "Elektro Hartung GmbH"]))
    deb = debtor(rng, "de", 0.6)
    issue = workday(rng)
    due = due_days(issue, rng.choice([7, 14, 30]))
    num = "%d" % rng.randint(1000, 1999)
    items = DE_ITEMS["cater"] if "Catering" in b["name"] else DE_ITEMS["tischler"] if "Tisch" in b["name"] else DE_ITEMS["elektro"]
    ls = lines_from(rng, items, 3, DE_RATES)
    t = totals(ls)
    lief = issue - DAY * rng.randint(1, 10)
    lab = rng.choice(["Zahlbar bis", "Fällig am", "Fälligkeit"])
    meta = [("Rechnungs-Nr.", num), ("Rechnungsdatum", mk.date(issue, "dmy.")), ("Lieferdatum", mk.date(lief, "dmy.")),
            ("Ihre Kundennummer", "%d" % rng.randint(1000, 1999)), ("Ihr Ansprechpartner", b["owner"]), (lab, mk.date(due, "dmy."))]
    tots = [("Summe netto", eur_de(t["net"]), False)] + vat_rows(t, "de", eur_de, "Umsatzsteuer %s") + \
        [("Rechnungsbetrag", eur_de(t["total"]), True)]
    after = ["Bitte begleichen Sie den Rechnungsbetrag bis zum oben genannten Datum.", "Vielen Dank für Ihren Auftrag!"]
    p = doc(b, deb, "Rechnung", meta, de_cols(), de_rows(ls), tots, after, de_footer(b, " \u00b7 Amtsgericht %s HRB %d" % (
        b["city"].split()[-1], rng.randint(1000, 30000)) if "GmbH" in b["name"] else ""), head="din", sender_line=sender_line(b), title_size=14)
    d = sent_on(rng, issue)
    sender = "info@" + b["domain"]
    body = "%s\n\nim Anhang finden Sie Ihre Rechnung Nr. %s vom %s.\n\nFreundliche Grüße\n%s\n" % (de_greet(deb), num, mk.date(issue, "dmy."), b["name"])
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Ihre Rechnung %s" % num, d, body_text=body, pdf=True, extra_headers=["X-Mailer: sevDesk"])
    rec("sevdesk", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung-%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="sevDesk-style: 4-digit Rechnungs-Nr. and a 4-digit Kundennummer in the same block; Lieferdatum; due under '%s'; 7 %% and 19 %% possible." % lab)


def de_skonto(rng):
    b = biz(rng, "de", rng.choice(["Tischlerei Vogt & Söhne", "Malerbetrieb Reinhardt", "Metallbau Schuster GmbH"]))
    deb = company(rng, "de")
    issue = workday(rng)
    n = rng.choice([30, 30, 21])
    due = due_days(issue, n)
    sk_d = rng.choice([7, 10, 14])
    sk_p = rng.choice([2, 3])
    num = "%d%04d" % (issue.year % 100, rng.randint(1, 700))
    ls = lines_from(rng, DE_ITEMS["tischler"], 3, DE_RATES)
    t = totals(ls)
    sk = (t["total"] * sk_p + 50) // 100
    a = (issue.replace(day=1) - DAY).replace(day=1)
    meta = [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(issue, "dmy.")), ("Auftragsnummer", "A-%d" % rng.randint(2000, 2999)),
            ("Kunden-Nr.", "%05d" % rng.randint(100, 3000))]
    intro = ["Leistungszeitraum: %s bis %s" % (mk.date(a, "dmy."), mk.date(end_of_month(a), "dmy.")),
             "Bauvorhaben: %s" % rng.choice(["Umbau Büroetage 2. OG", "Ladeneinbau Filiale Mitte", "Praxisräume Empfang"])]
    tots = [("Nettobetrag", eur_de(t["net"]), False)] + vat_rows(t, "de", eur_de, "+ %s MwSt.") + [("Rechnungsbetrag", eur_de(t["total"]), True)]
    after = ["Zahlungsbedingungen: Bei Zahlung innerhalb von %d Tagen (bis %s) gewähren wir %d %% Skonto = %s," % (
        sk_d, mk.date(due_days(issue, sk_d), "dmy."), sk_p, eur_de(sk)),
        "Zahlbetrag dann %s. Innerhalb von %d Tagen netto ohne Abzug." % (eur_de(t["total"] - sk), n)]
    p = doc(b, deb, "RECHNUNG", meta, de_cols(), de_rows(ls), tots, after, de_footer(b), head="din", sender_line=sender_line(b),
            intro=intro, place_date="%s, %s" % (b["city"].split(" ", 1)[1], mk.date(issue, "long", "de")), title_size=14)
    d = sent_on(rng, issue)
    sender = "buero@" + b["domain"]
    body = "Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung Nr. %s für das Bauvorhaben.\n\nMit freundlichen Grüßen\n\n%s\n%s\n" % (num, b["owner"], b["name"])
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Rechnung %s" % num, d, body_text=body, pdf=True)
    rec("word-din5008", "de", "pdf", envelope(sender, deb), eml, [p], "RE %s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="Word DIN 5008 with place and long date above the subject, Leistungszeitraum, Auftrags- and Kundennummer; Skonto date and reduced amount come first, the net term (%d Tage) after." % n)


def de_klein(rng):
    b = biz(rng, "de", rng.choice(["Lektorat Federleicht", "Yoga mit %s" % rng.choice(DE_FIRST), "Nachhilfe Engel", "Hundeschule Pfotenglück"]))
    deb = debtor(rng, "de", 0.4)
    issue = workday(rng)
    n = rng.choice([7, 10, 14])
    due = due_days(issue, n)
    num = "%d-%03d" % (issue.year, rng.randint(1, 80))
    items = DE_ITEMS["text"] if "Lektorat" in b["name"] else [("Kurseinheit (60 Min.)", "Std.", 35, 70, "h", "n"), ("Einzeltermin", "Std.", 45, 80, "h", "n"),
                                                             ("Materialpauschale", "pauschal", 10, 30, "h", "1")]
    ls = lines_from(rng, items, 2, {"h": 0, "l": 0})
    t = totals(ls)
    meta = [("Rechnungsdatum", mk.date(issue, "dmy.")), ("Steuernummer", b["taxno"])]
    cols = [("Leistung", 56, "left"), ("Menge", 380, "right"), ("Preis", 450, "right"), ("Betrag", 539, "right")]
    rows = [[x["desc"], qty_s(x["qty"], "de"), eur_de(x["price"]), eur_de(x["amount"])] for x in ls]
    after = ["Rechnungsdatum entspricht Leistungsdatum.",
             "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
             "Der Betrag ist zahlbar innerhalb von %d Tagen ohne Abzug auf folgendes Konto:" % n,
             "%s \u00b7 IBAN %s" % (b["owner"], mk.iban_spaced(b["iban"]))]
    p = doc(b, deb, "Rechnung Nr. %s" % num, meta, cols, rows, [("Gesamtbetrag", eur_de(t["total"]), True)], after, [],
            head="din", sender_line=sender_line(b), title_size=13)
    d = sent_on(rng, issue)
    sender = b["first"].lower() + "@" + b["domain"]
    body = "Hallo %s,\n\nanbei meine Rechnung. Vielen Dank und bis bald!\n\nLiebe Grüße\n%s\n" % (
        deb["first"] if not deb["business"] else "zusammen", b["first"])
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Rechnung %s" % num, d, body_text=body, pdf=True)
    rec("word-kleinunternehmer", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung %s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="Kleinunternehmer § 19: no USt; number only in the subject line; Steuernummer in the info block; 'Rechnungsdatum entspricht Leistungsdatum'; term 'innerhalb von %d Tagen ohne Abzug'." % n)


def de_billomat(rng):
    b = biz(rng, "de", rng.choice(["Holzbau Ostermann GmbH", "Innenausbau Gerlach GmbH", "Schreinerei Böhm"]))
    deb = debtor(rng, "de", 0.6)
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 21, 30]))
    num = "RE%d" % rng.randint(1000, 1999)
    ls = lines_from(rng, DE_ITEMS["tischler"], 4, {"h": 190, "l": 190})
    for x in ls:  # a final invoice after weeks of work: more hours, more cupboards
        if x["unit"] in ("Std.", "Stk."):
            x["qty"] = x["qty"] * rng.choice([2, 3, 4]) if x["unit"] == "Std." else rng.choice([2, 3, 4])
            x["amount"] = int(round(x["qty"] * x["price"]))
    t = totals(ls)
    k = rng.choice([1, 2])
    abs_ = []
    for j in range(k):
        net_a = (t["net"] * rng.choice([20, 25, 30]) // 100) // 1000 * 1000
        abs_.append((j + 1, "AR%d" % (int(num[2:]) - 10 * (k - j)), net_a, vat_of(net_a, 190)))
    paid = sum(a[2] + a[3] for a in abs_)
    rest = t["total"] - paid
    meta = [("Rechnungsnummer", num), ("Datum", mk.date(issue, "dmy.")), ("Angebot", "AN%d" % rng.randint(500, 999)),
            ("Auftrag", "AB%d" % rng.randint(500, 999)), ("Fällig am", mk.date(due, "dmy."))]
    tots = [("Gesamtleistung netto", eur_de(t["net"]), False), ("USt. 19 %", eur_de(sum(t["vat"].values())), False),
            ("Gesamtleistung brutto", eur_de(t["total"]), True)]
    for j, an, na, va in abs_:
        tots.append(("abzgl. %d. Abschlagsrechnung %s (netto %s, USt. %s)" % (j, an, eur_de(na), eur_de(va)), "-" + eur_de(na + va), False))
    tots.append(("Verbleibender Zahlbetrag", eur_de(rest), True))
    p = doc(b, deb, "Schlussrechnung", meta, de_cols(), de_rows(ls), tots, ["Bitte zahlen Sie den verbleibenden Betrag bis zum Fälligkeitsdatum."],
            de_footer(b), head="right", meta_pos="right", sender_line=sender_line(b), tot_x=(420, 539))
    d = sent_on(rng, issue)
    sender = "rechnungen@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Schlussrechnung %s" % num, d, body_text="%s\n\nanbei die Schlussrechnung %s. Die Abschlagsrechnungen wurden verrechnet.\n\nMit freundlichen Grüßen\n%s\n" % (
        de_greet(deb), num, b["name"]), pdf=True, extra_headers=["X-Mailer: Billomat"])
    rec("billomat", "de", "pdf", envelope(sender, deb), eml, [p], "%s.pdf" % num,
        exp(num, rest, t["total"], issue, due, deb, b, "de"),
        note="Billomat final invoice: %d Abschlagsrechnung(en) deducted gross; Angebot and Auftrag numbers in the same style as the invoice number; 'Fällig am'." % k)



def de_fastbill(rng):
    b = biz(rng, "de", rng.choice(["Kranichflug Media GmbH", "Datenwerk Albrecht", "Studio Nordlicht Sound"]))
    deb = company(rng, rng.choice(["nl", "at"]))
    issue = workday(rng)
    due = due_days(issue, rng.choice([14, 20, 30]))
    num = "%d/%04d" % (issue.year, rng.randint(10, 500))
    ls = lines_from(rng, DE_ITEMS["web"] + DE_ITEMS["text"], 3, {"h": 0, "l": 0})
    t = totals(ls)
    fm = lambda c: "EUR " + mk.money(c, "de")
    meta = [("Rechnungs-Nr.", num), ("Rechnungsdatum", mk.date(issue, "dmy.")), ("Leistungsdatum", mk.date(issue - DAY * rng.randint(3, 20), "dmy.")),
            ("Zahlungsziel", mk.date(due, "dmy.")), ("Ihre USt-IdNr.", deb["vat"])]
    tots = [("Netto", fm(t["net"]), False), ("USt. 0 %", fm(0), False), ("Gesamt", fm(t["total"]), True)]
    after = ["Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gem. § 13b UStG / Art. 196 MwStSystRL.",
             "Unsere USt-IdNr.: %s" % b["vat"], "Bankverbindung: %s, IBAN %s" % (b["name"], b["iban"])]
    p = doc(b, deb, "Rechnung", meta, de_cols(), de_rows(ls, fm, ust=False), tots, after, [], head="left", meta_pos="right",
            deb_pos="window", sender_line=sender_line(b))
    d = sent_on(rng, issue)
    sender = "billing@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Rechnung %s" % num, d, body_text="Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie die Rechnung %s.\nDear Sir or Madam, please find attached our invoice %s.\n\nBeste Grüße / Kind regards\n%s\n" % (
        num, num, b["owner"]), pdf=True, extra_headers=["X-Mailer: FastBill"])
    rec("fastbill", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung_%s.pdf" % num.replace("/", "-"),
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="Reverse charge to a Dutch or Austrian business (its USt-IdNr. in the info block); 'Zahlungsziel' label with a date (not a term); Leistungsdatum beside it; bilingual mail.")


def de_typed(rng):
    b = biz(rng, "de", rng.choice(["Sanitär Wendler", "Fliesen Krämer", "Hausmeisterservice Riedl"]))
    deb = consumer(rng, "de")
    issue = workday(rng)
    n = rng.choice([7, 10, 14])
    due = due_days(issue, n)
    num = "%02d-%03d" % (issue.year % 100, rng.randint(1, 200))
    h = rng.choice([2, 3, 4, 5.5, 8])
    sat = rng.choice([4800, 5200, 5800])
    lohn = int(h * sat)
    mat = rng.randint(20, 350) * 100 + rng.choice([0, 45, 90])
    an = rng.choice([3500, 4000])
    net = lohn + mat + an
    ust = vat_of(net, 190)
    tot = net + ust
    work = issue - DAY * rng.randint(1, 4)
    due_s = "%d.%d." % (due.day, due.month)
    body = ("Hallo %s %s,\n\nwie besprochen hier die Rechnung für den Einsatz am %s.\n\n"
            "Rechnung Nr. %s vom %s\n\n"
            "Arbeitszeit %s Std. x %s EUR = %s EUR\nMaterial lt. Beleg = %s EUR\nAnfahrt = %s EUR\n"
            "netto %s EUR\n+ 19%% MwSt %s EUR\nGesamt %s EUR\n\n"
            "Den Betrag bitte bis zum %s auf mein Konto überweisen:\n%s, IBAN %s\n\n"
            "Lohnanteil für Ihre Steuererklärung (§ 35a EStG): %s EUR brutto\n\nGruß\n%s\n%s\nSt.-Nr. %s\n") % (
        deb["first"], deb["last"], mk.date(work, "dmy."), num, mk.date(issue, "dmy."), qty_s(h, "de"), mk.money(sat, "de"), mk.money(lohn, "de"),
        mk.money(mat, "de"), mk.money(an, "de"), mk.money(net, "de"), mk.money(ust, "de"), mk.money(tot, "de"), due_s, b["owner"],
        mk.iban_spaced(b["iban"]), mk.money(lohn + an + vat_of(lohn + an, 190), "de"), b["owner"], b["name"], b["taxno"])
    sender = "%s.%s@%s" % (slug(b["first"]), slug(b["last"]), rng.choice(["t-online.de", "web.de"]))
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Rechnung", issue, body_text=body, extra_headers=["X-Mailer: Microsoft Outlook 16.0"])
    rec("typed-body", "de", "body-text", envelope(sender, deb), eml, None, None, exp(num, tot, tot, issue, due, deb, b, "de"),
        note="Handwerker typing in the body: 'bis zum %s' without a year; work date first; a § 35a labour share that is an amount but not the total." % due_s)


def at_word(rng):
    b = biz(rng, "at", rng.choice(["Installateur Hubmer", "Tischlerei Leitner", "Weinbau & Heuriger Prammer", "Grafik Atelier Steinbock"]))
    deb = debtor(rng, "at", 0.6)
    issue = workday(rng)
    n = rng.choice([8, 14, 30])
    due = due_days(issue, n)
    num = "%d/%03d" % (issue.year, rng.randint(1, 300))
    items = [("Arbeitszeit Monteur", "Std.", 55, 75, "h", "h"), ("Kleinmaterial", "pauschal", 15, 80, "h", "1"),
             ("Wein Grüner Veltliner 0,75 l", "Fl.", 8, 16, "l", "n"), ("Jause für 12 Personen", "pauschal", 80, 200, "l", "1"),
             ("Fahrtkosten", "km", 1, 1, "h", "n")]
    if "Heuriger" in b["name"]:
        ls = lines_from(rng, items[1:4], 3, AT_RATES)
    else:
        ls = lines_from(rng, items[:2] + [("Planung und Beratung", "Std.", 60, 95, "h", "h")], 3, AT_RATES)
    t = totals(ls)
    mon = mk.MONTHS["de"][issue.month - 1].replace("Januar", "Jänner")
    datum = "%d. %s %d" % (issue.day, mon, issue.year)
    meta = [("Rechnung Nr.", num), ("Datum", datum), ("Lieferdatum", "wie Rechnungsdatum"), ("Kunden-Nr.", "%d" % rng.randint(200, 900))]
    if deb["business"]:
        meta.append(("Ihre UID-Nr.", deb["vat"]))
    tots = [("Summe netto", eur_de(t["net"]), False)] + vat_rows(t, "de", eur_de, "%s USt.") + [("Rechnungsbetrag", eur_de(t["total"]), True)]
    after = ["Zahlbar binnen %d Tagen netto." % n if rng.random() < 0.5 else "Zahlungskondition: %d Tage netto ab Rechnungsdatum." % n,
             "Bankverbindung: %s, IBAN %s, BIC %s" % (b["name"], mk.iban_spaced(b["iban"]), rng.choice(["RZOOAT2L", "BKAUATWW", "GIBAATWW"])),
             "UID-Nr. %s \u00b7 FN %d%s \u00b7 Landesgericht %s" % (b["vat"], rng.randint(100000, 599999), rng.choice("abdfghkmpstvwxyz"), b["city"].split()[-1])]
    p = doc(b, deb, "RECHNUNG", meta, de_cols(), de_rows(ls), tots, after, [], head="right", meta_pos="under", deb_pos="window")
    d = sent_on(rng, issue)
    sender = "office@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Rechnung %s" % num, d, body_text="Grüß Gott,\n\nanbei übermitteln wir Ihnen unsere Rechnung Nr. %s.\n\nMit freundlichen Grüßen\n%s\n" % (
        num, b["name"]), pdf=True)
    rec("word-at", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung %s.pdf" % num.replace("/", "-"),
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="Austrian: 'Jänner' in dates, 20 %% and 10 %% USt, UID-Nr., FN; 'Lieferdatum: wie Rechnungsdatum'; due only as a term (%d Tage)." % n)


def chf(c, style):
    if style == "fr":
        return "Fr. " + mk.money(c, "ch")
    if style == "chf":
        return "CHF " + mk.money(c, "ch")
    return mk.money(c, "ch")


def round5(c):
    return (c + 2) // 5 * 5


def ch_bexio(rng):
    b = biz(rng, "ch", rng.choice(["Schreinerei Aebischer AG", "Gubler Informatik GmbH", "Malergeschäft Zürcher"]))
    deb = company(rng, "ch")
    issue = workday(rng)
    n = rng.choice([10, 20, 30])
    due = due_days(issue, n)
    num = "RE-%05d" % rng.randint(100, 9000)
    ls = lines_from(rng, DE_ITEMS["tischler"] + DE_ITEMS["elektro"][:2], 3, CH_RATES)
    for x in ls:
        x["rate"] = 81
    t = totals(ls)
    rounded = round5(t["total"])
    rd = rounded - t["total"]
    style = rng.choice(["fr", "chf"])
    fm = lambda c: chf(c, style)
    meta = [("Rechnung Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("Ihre Referenz", "%s %s" % deb["contact"]),
            ("Kunden-Nr.", "%d" % rng.randint(10000, 19999))]
    tots = [("Total exkl. MWST", fm(t["net"]), False), ("MWST 8.1%", fm(sum(t["vat"].values())), False)]
    if rd:
        tots.append(("Rundungsdifferenz", fm(rd), False))
    tots.append(("Total inkl. MWST", fm(rounded), True))
    after = ["Zahlbar innert %d Tagen netto." % n, "Bankverbindung: %s, IBAN %s" % (rng.choice(["Zürcher Kantonalbank", "Raiffeisenbank", "PostFinance"]), mk.iban_spaced(b["iban"])),
             "UID: %s MWST" % b["vat"]]
    cols = [("Pos.", 56, "left"), ("Bezeichnung", 84, "left"), ("Anzahl", 330, "right"), ("Preis", 410, "right"), ("MWST", 450, "right"), ("Total", 539, "right")]
    rows = [[str(i + 1), x["desc"], qty_s(x["qty"], "ch").replace(",", "."), mk.money(x["price"], "ch"), "8.1%", mk.money(x["amount"], "ch")] for i, x in enumerate(ls)]
    p = doc(b, deb, "Rechnung", meta, cols, rows, tots, after, [], head="left", meta_pos="right", deb_pos="right")
    d = sent_on(rng, issue)
    sender = "info@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Rechnung %s" % num, d, body_text="Grüezi %s %s\n\nIm Anhang erhalten Sie unsere Rechnung %s.\n\nFreundliche Grüsse\n%s\n" % (
        deb["contact"][0], deb["contact"][1], num, b["name"]), pdf=True, extra_headers=["X-Mailer: bexio"])
    rec("bexio", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung_%s.pdf" % num,
        exp(num, rounded, rounded, issue, due, deb, b, "de", cur="CHF"),
        note="Swiss: %s amounts with apostrophes, MWST 8.1%%, a rounding line to 5 Rappen, debtor block on the right, 'Ihre Referenz' is a person; 'innert %d Tagen'." % ("Fr." if style == "fr" else "CHF", n))


def ch_private(rng):
    b = biz(rng, "ch", "x")
    kind_ = rng.choice([("Praxis für Shiatsu", "Behandlung 60 Min."), ("Klavierunterricht", "Lektion 60 Min."), ("Praxis für Ernährungsberatung", "Beratung 60 Min.")])
    b["name"] = "%s %s" % (kind_[0], b["last"])
    deb = consumer(rng, "ch")
    issue = workday(rng)
    n = rng.choice([10, 15, 30])
    due = due_days(issue, n)
    num = "%d%02d-%02d" % (issue.year % 100, issue.month, rng.randint(1, 30))
    k = rng.randint(2, 8)
    price = rng.choice([9000, 11000, 12500, 14000])
    tot = k * price
    dates_ = sorted(issue - DAY * x for x in rng.sample(range(3, 60), k))
    p = mk.Page()
    p.text(56, 60, b["name"], 13, True)
    lines_text(p, 56, 76, [b["owner"], b["street"], b["city"], b["phone"]], 9, 12)
    lines_text(p, 340, 150, [deb["name"]] + deb["lines"], 10, 13)
    p.text(340, 220, "%s, %s" % (b["city"].split(" ", 1)[1], mk.date(issue, "dmy.")), 10)
    p.text(56, 260, "Rechnung %s" % num, 13, True)
    y = lines_text(p, 56, 285, ["Termine vom %s bis %s:" % (mk.date(min(dates_), "dmy."), mk.date(max(dates_), "dmy."))], 10, 14)
    y = table(p, y + 6, [("Datum", 56, "left"), ("Leistung", 140, "left"), ("Betrag", 539, "right")],
              [[mk.date(x, "dmy."), kind_[1], chf(price, "fr")] for x in dates_], 9.5)
    y = kv(p, 340, 539, y + 4, [("Total", chf(tot, "fr").replace(".00", ".\u2013"))], 10, True, "right")
    lines_text(p, 56, y + 24, ["Zahlbar innert %d Tagen." % n, "Nicht MWST-pflichtig.", "IBAN %s, %s, %s" % (mk.iban_spaced(b["iban"]), b["owner"], b["city"]),
                               "Vielen Dank für Ihr Vertrauen."], 9.5, 14)
    d = sent_on(rng, issue)
    sender = slug(b["first"]) + "@" + b["domain"]
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), "Rechnung %s" % mk.MONTHS["de"][issue.month - 1], d,
                  body_text="Liebe/r %s\n\nAnbei die Rechnung für die letzten Termine.\n\nHerzliche Grüsse\n%s\n" % (deb["first"], b["first"]), pdf=True)
    rec("word-ch", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung %s.pdf" % num,
        exp(num, tot, tot, issue, due, deb, b, "de", cur="CHF"),
        note="Swiss private practice: 'Fr. 1'240.\u2013' total, a list of session dates before the total, place and date line as the only invoice date, 'innert %d Tagen', no MWST." % n)



def de_webshop(rng):
    b = biz(rng, "de", rng.choice(["Kaffeerösterei Bohnenglück", "Papeterie Federkiel", "Gewürzkontor Kessler"]))
    deb = consumer(rng, "de")
    issue = workday(rng)
    due = due_days(issue, 14)
    order = "%d" % rng.randint(100100, 100999)
    num = "%d" % rng.randint(20260100, 20260999)
    knr = "%d" % rng.randint(5000, 5999)
    items = [("Espresso Bohne 1 kg", 2490, 70), ("Filterkaffee Hausmischung 500 g", 1190, 70), ("Handmühle Keramik", 4990, 190),
             ("Notizbuch A5 Leinen", 1450, 190), ("Füllhalter Stahlfeder", 3900, 190), ("Pfeffer Tellicherry 100 g", 790, 70)]
    ls = []
    for dsc, pr, rt in rng.sample(items, 3):
        q = rng.randint(1, 3)
        ls.append((dsc, q, pr, q * pr, rt))
    ship = rng.choice([0, 490, 590])
    gross = sum(x[3] for x in ls) + ship
    inc = {}
    for x in ls:
        inc[x[4]] = inc.get(x[4], 0) + x[3]
    if ship:
        inc[190] = inc.get(190, 0) + ship
    vz = "%s %s" % (num, knr)
    rows = "".join("<tr><td>%d x</td><td>%s</td><td style=\"text-align:right\">%s&nbsp;&euro;</td></tr>\n" % (x[1], x[0], mk.money(x[3], "de")) for x in ls)
    vat_html = "".join("<tr><td></td><td>enthaltene MwSt. %d %%</td><td style=\"text-align:right\">%s&nbsp;&euro;</td></tr>\n" % (
        r // 10, mk.money(v - (v * 1000 + (1000 + r) // 2) // (1000 + r), "de")) for r, v in sorted(inc.items()))
    html = ("<html><body>\n<p>Hallo %s %s,</p>\n<p>vielen Dank für Ihre Bestellung Nr. %s vom %s. Sie haben <b>Kauf auf Rechnung</b> gewählt.</p>\n"
            "<h3>Rechnung</h3>\n<table>\n<tr><td>Rechnungsnummer:</td><td>%s</td></tr>\n<tr><td>Rechnungsdatum:</td><td>%s</td></tr>\n"
            "<tr><td>Kundennummer:</td><td>%s</td></tr>\n<tr><td>Versanddatum:</td><td>%s</td></tr>\n</table>\n"
            "<table>\n%s<tr><td></td><td>Versand</td><td style=\"text-align:right\">%s&nbsp;&euro;</td></tr>\n"
            "<tr><td></td><td><b>Gesamtsumme</b></td><td style=\"text-align:right\"><b>%s&nbsp;&euro;</b></td></tr>\n%s</table>\n"
            "<p>Bitte überweisen Sie den Betrag innerhalb von 14 Tagen nach Rechnungsdatum auf folgendes Konto:<br>\n"
            "Empfänger: %s<br>IBAN: %s<br>Verwendungszweck: %s</p>\n"
            "<p>Ihr Team von %s</p>\n<p style=\"font-size:9px\">%s, %s &middot; USt-IdNr. %s &middot; Widerrufsbelehrung und AGB: https://%s/agb</p>\n</body></html>") % (
        deb["first"], deb["last"], order, mk.date(issue - DAY * rng.randint(1, 3), "dmy."), num, mk.date(issue, "dmy."), knr,
        mk.date(issue, "dmy."), rows, mk.money(ship, "de"), mk.money(gross, "de"), vat_html, b["name"], mk.iban_spaced(b["iban"]), vz,
        b["name"], b["street"], b["city"], b["vat"], b["domain"])
    sender = "shop@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Ihre Bestellung %s \u2013 Rechnung" % order, issue, body_html=html)
    rec("webshop-html", "de", "body-html", envelope(sender, deb), eml, None, None,
        exp(num, gross, gross, issue, due, deb, b, "de", ref=vz.replace(" ", "")),
        note="Shop mail: Bestellnummer (6 digits) first and in the subject, 8-digit Rechnungsnummer and 4-digit Kundennummer below; a Versanddatum equal to the invoice date; gross prices with contained VAT at 7 %% and 19 %%; labelled Verwendungszweck.")


def de_storno(rng):
    b = biz(rng, "de", rng.choice(["Seminarhaus Lindengarten", "Fahrschule Gerlach", "Eventtechnik Böhm"]))
    deb = debtor(rng, "de", 0.6)
    issue = workday(rng)
    orig = "RE-%d-%04d" % (issue.year, rng.randint(10, 600))
    num = "ST-%d-%03d" % (issue.year, rng.randint(1, 60))
    net = rng.randint(100, 1500) * 100
    vat = vat_of(net, 190)
    tot = net + vat
    meta = [("Stornorechnung Nr.", num), ("Datum", mk.date(issue, "dmy.")), ("zur Rechnung", orig),
            ("vom", mk.date(issue - DAY * rng.randint(5, 45), "dmy."))]
    rows = [["1", "Storno: %s" % rng.choice(["Seminar abgesagt", "Doppelt berechnete Fahrstunden", "Technikmiete nicht in Anspruch genommen"]),
             "1", eur_de(-net), "19 %", eur_de(-net)]]
    tots = [("Netto", eur_de(-net), False), ("USt. 19 %", eur_de(-vat), False), ("Gutschriftsbetrag", eur_de(-tot), True)]
    after = ["Der Betrag von %s wird Ihnen in den nächsten Tagen erstattet." % eur_de(tot)]
    p = doc(b, deb, "Rechnungskorrektur (Storno)", meta, de_cols(), rows, tots, after, de_footer(b), head="din", sender_line=sender_line(b), title_size=14)
    sender = "buchhaltung@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Stornorechnung %s zu %s" % (num, orig), issue, body_text="%s\n\nanbei die Stornorechnung zu Rechnung %s.\n\nMit freundlichen Grüßen\n%s\n" % (
        de_greet(deb), orig, b["name"]), pdf=True)
    rec("lexoffice", "de", "pdf", envelope(sender, deb), eml, [p], "Storno_%s.pdf" % num,
        exp(num, -tot, -tot, issue, None, deb, b, "de", credit=True),
        note="Stornorechnung: the original invoice number and its date directly under its own number; negative amounts; 'Gutschriftsbetrag'.")


def de_easybill(rng):
    b = biz(rng, "de", rng.choice(["Übersetzungsbüro Wortbrücke", "Praxis für Ergotherapie Vogt", "Druckerei Hartung"]))
    deb = company(rng, "de")
    issue = workday(rng)
    n = rng.choice([14, 30])
    due = due_days(issue, n)
    num = "%d-%04d" % (issue.year, rng.randint(10, 900))
    ls = lines_from(rng, DE_ITEMS["text"] + DE_ITEMS["foto"][3:], 3, DE_RATES)
    t = totals(ls)
    bestellt = issue - DAY * rng.randint(10, 40)
    meta = [("Beleg-Nr.", num), ("Belegdatum", mk.date(issue, "dmy.")), ("Ihre Bestellung vom", mk.date(bestellt, "dmy.")),
            ("Bestell-Nr.", "%d" % rng.randint(4500000000, 4509999999)), ("Fälligkeitsdatum", mk.date(due, "dmy."))]
    tots = [("Zwischensumme", eur_de(t["net"]), False)] + vat_rows(t, "de", eur_de, "MwSt. %s") + [("Endbetrag", eur_de(t["total"]), True)]
    after = ["Zahlungsbedingungen: Zahlungsziel %d Tage netto." % n, "Bankverbindung: IBAN %s" % b["iban"]]
    p = doc(b, deb, "Rechnung", meta, de_cols(), de_rows(ls), tots, after, de_footer(b), head="left", meta_pos="grid", deb_pos="window",
            sender_line=sender_line(b))
    d = sent_on(rng, issue)
    sender = "rechnung@" + b["domain"]
    to = to_hdr(deb)
    if rng.random() < 0.5:  # the To header names the contact person; the envelope goes to the invoice inbox
        to = '"%s, %s" <%s.%s@%s>' % (deb["contact"][1], deb["contact"][0], slug(deb["contact"][0]), slug(deb["contact"][1]), deb["email"].split("@")[1])
    eml = mk.mail(rng, sender, b["name"], to, "Rechnung %s zu Ihrer Bestellung %s" % (num, meta[3][1]), d,
                  body_text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie den Beleg %s.\n\nMit freundlichen Grüßen\n%s\n" % (num, b["name"]),
                  pdf=True, extra_headers=["X-Mailer: easybill"])
    rec("easybill", "de", "pdf", envelope(sender, deb), eml, [p], "Rechnung_%s.pdf" % num,
        exp(num, t["total"], t["total"], issue, due, deb, b, "de"),
        note="'Beleg-Nr.' and 'Belegdatum' labels; the customer's 10-digit SAP order number and its order date in the same grid; 'Fälligkeitsdatum' and 'Zahlungsziel %d Tage netto' both given." % n)



# ================================================================ not invoices

FM = {"nl": eur_nl, "de": eur_de, "en": cur("\u00a3")}
BIZ_NAMES = {"nl": ["Studio Vlierbes", "Klussenbedrijf Hamerslag", "Catering Smaakmakers", "Veldkamp Installaties B.V.", "Webstudio Pixelpolder"],
             "de": ["Webmanufaktur Lindemann", "Tischlerei Pohl", "Malerbetrieb Reinhardt", "Catering Kessler", "Fotostudio Lichtwerk"],
             "en": ["Harbourlight Design Ltd", "Moorland Plumbing & Heating", "Wildflower & Wren Photography", "Tidewater Digital Ltd"]}


def ni_setup(rng, lang, p_business=0.6):
    b = biz(rng, lang, rng.choice(BIZ_NAMES[lang]))
    deb = debtor(rng, lang, p_business)
    return b, deb, workday(rng)


def ni_cols(lang):
    return {"nl": nl_cols(), "de": de_cols(), "en": en_cols()}[lang]


def ni_rows(lang, ls, fm):
    return {"nl": lambda: nl_rows(ls, fm), "de": lambda: de_rows(ls, fm), "en": lambda: en_rows(ls, fm)}[lang]()


OFFICE = [("Kopierpapier A4, 500 Blatt", "Pack", 4, 7, "h", "n"), ("Toner schwarz", "Stk.", 45, 90, "h", "n"),
          ("Ordner 8 cm", "Stk.", 2, 4, "h", "n"), ("Versandkosten", "pauschal", 5, 9, "h", "1")]
TELECOM = [("Business Fibre 500 – monthly", "ea", 45, 80, "h", "1"), ("Mobile plan x3", "ea", 30, 60, "h", "1"),
           ("Call charges", "ea", 3, 25, "h", "1")]
PRINT = [("Visitekaartjes 2-zijdig, 500 st.", "st.", 40, 90, "h", "1"), ("Flyers A5, 2.500 st.", "st.", 90, 220, "h", "1"),
         ("Opmaakcorrectie", "uur", 45, 65, "h", "h")]


def ni_pool(name, lang):
    n = name.lower()
    if "schneider" in n:
        return OFFICE
    if "telecom" in n:
        return TELECOM
    if "zetwerk" in n:
        return PRINT
    if lang == "nl":
        return NL_ITEMS["schilder"] if "klus" in n else NL_ITEMS["catering"] if "catering" in n else NL_ITEMS["it"] if "install" in n else NL_ITEMS["design"]
    if lang == "de":
        return DE_ITEMS["tischler"] if "tischler" in n else DE_ITEMS["elektro"] if "maler" in n else DE_ITEMS["cater"] if "catering" in n else \
            DE_ITEMS["foto"] if "foto" in n else DE_ITEMS["web"]
    return EN_ITEMS["trade"] if "plumb" in n else EN_ITEMS["photo"] if "photo" in n else EN_ITEMS["dev"]


def ni_items(rng, lang, b=None):
    pool = ni_pool(b["name"], lang) if b else {"nl": NL_ITEMS["design"], "de": DE_ITEMS["web"], "en": EN_ITEMS["dev"]}[lang]
    return lines_from(rng, pool, 3, {"nl": NL_RATES, "de": DE_RATES, "en": {"h": 200, "l": 200}}[lang])


def ni_quote(rng, lang):
    b, deb, d = ni_setup(rng, lang)
    fm = FM[lang]
    ls = ni_items(rng, lang, b)
    t = totals(ls)
    num = {"nl": "OF-%d-%03d", "de": "AN-%d-%03d", "en": "Q-%d-%03d"}[lang] % (d.year, rng.randint(1, 300))
    valid = due_days(d, 30)
    W = {"nl": ("Offerte", [("Offertenummer", num), ("Datum", mk.date(d, "dmy-")), ("Geldig tot", mk.date(valid, "dmy-"))],
                ["Deze offerte is 30 dagen geldig. Bij akkoord ontvangt u een opdrachtbevestiging;", "na oplevering volgt de factuur, te betalen binnen 14 dagen.",
                 "", "Voor akkoord: ______________________   Datum: ____________"],
                "Offerte %s" % num, "Beste %s,\n\nZoals beloofd de offerte voor de werkzaamheden. Laat je weten of je akkoord bent?\n\nGroet,\n%s\n"),
         "de": ("Angebot", [("Angebots-Nr.", num), ("Datum", mk.date(d, "dmy.")), ("Gültig bis", mk.date(valid, "dmy."))],
                ["Dieses Angebot ist freibleibend und 30 Tage gültig.", "Zahlungsbedingungen nach Auftragserteilung: 14 Tage netto nach Rechnungsstellung.",
                 "Wir freuen uns auf Ihren Auftrag!"],
                "Ihr Angebot %s" % num, "Hallo %s,\n\nwie besprochen sende ich Ihnen anbei unser Angebot. Bei Fragen melden Sie sich gern.\n\nViele Grüße\n%s\n"),
         "en": ("Quotation", [("Quote No.", num), ("Date", mk.date(d, "long", "en")), ("Valid until", mk.date(valid, "long", "en"))],
                ["This quote is valid for 30 days. Once accepted we will invoice 50% upfront;", "payment terms on invoices: 14 days."],
                "Quote %s" % num, "Hi %s,\n\nThanks for the chat earlier - quote attached. Any questions, shout.\n\nCheers,\n%s\n")}[lang]
    title, meta, after, subj, body = W
    tots = [("Totaal" if lang == "nl" else "Gesamt" if lang == "de" else "Total", fm(t["total"]), True)]
    p = doc(b, deb, title, meta, ni_cols(lang), ni_rows(lang, ls, fm), tots, after, [b["name"] + " \u00b7 IBAN " + b["iban"]], head="right",
            meta_pos="right" if lang != "nl" else "under")
    g = deb["first"] if not deb["business"] else deb["contact"][0]
    sender = "info@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_text=body % (g, b["first"]), pdf=True)
    rec("quote", lang, "none", envelope(sender, deb), eml, [p], "%s.pdf" % num, None,
        why_not={"nl": "An offerte: nothing is owed until the customer accepts.", "de": "An Angebot: nothing is owed until it is accepted.",
                 "en": "A quotation: nothing is owed until it is accepted."}[lang],
        note="A full invoice-like layout with items, VAT, total, IBAN and a payment term for the later invoice.")


def ni_reminder(rng, lang):
    b, deb, d = ni_setup(rng, lang)
    fm = FM[lang]
    amt = rng.randint(150, 4000) * 100 + rng.choice([0, 50, 95])
    inv_d = d - DAY * rng.randint(25, 60)
    due = inv_d + DAY * 14
    num = {"nl": "2026-%04d", "de": "RE-2026-%04d", "en": "INV-%04d"}[lang] % rng.randint(10, 400)
    g = deb["first"] if not deb["business"] else deb["contact"][0]
    T = {"nl": ("Herinnering: factuur %s" % num,
                "Beste %s,\n\nVolgens onze administratie staat factuur %s van %s nog open. Het bedrag van %s had uiterlijk %s betaald moeten zijn.\n"
                "Wil je het bedrag binnen 7 dagen overmaken op %s o.v.v. het factuurnummer? Heb je al betaald, dan kun je dit bericht negeren.\n\n"
                "Met vriendelijke groet,\n%s\n" % (g, num, mk.date(inv_d, "dmy-"), fm(amt), mk.date(due, "dmy-"), b["iban"], b["owner"])),
         "de": ("Zahlungserinnerung zur Rechnung %s" % num,
                "%s\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung %s vom %s über %s war am %s fällig.\n"
                "Bitte überweisen Sie den offenen Betrag bis zum %s auf IBAN %s.\nSollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n"
                "Mit freundlichen Grüßen\n%s\n" % (de_greet(deb), num, mk.date(inv_d, "dmy."), fm(amt), mk.date(due, "dmy."), mk.date(d + DAY * 7, "dmy."), b["iban"], b["name"])),
         "en": ("Overdue: invoice %s" % num,
                "Hi %s,\n\nJust a gentle nudge - invoice %s (%s, dated %s) was due on %s and I can't see a payment yet.\n"
                "Could you take a look? Bank details are on the invoice, or sort code %s / account %s.\n\nThanks so much,\n%s\n" % (
                    g, num, fm(amt), mk.date(inv_d, "short-en"), mk.date(due, "short-en"), b.get("sort"), b.get("acct"), b["first"]))}[lang]
    sender = {"nl": "facturen@", "de": "buchhaltung@", "en": "accounts@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), T[0], d, body_text=T[1])
    rec("own-reminder", lang, "none", envelope(sender, deb), eml, None, None, None,
        why_not="The business's own reminder about an earlier invoice: the invoice is already recorded and this is not a new one.",
        note="Names an invoice number, an amount, the old due date and a new deadline in the body.")


def ni_didyouget(rng, lang):
    b, deb, d = ni_setup(rng, lang)
    num = {"nl": "F%d-%03d", "de": "%d-%03d", "en": "INV-%d-%03d"}[lang] % (d.year, rng.randint(10, 300))
    g = deb["first"] if not deb["business"] else deb["contact"][0]
    T = {"nl": ("Re: factuur %s" % num, "Hoi %s,\n\nKorte vraag: is mijn factuur %s van vorige maand goed aangekomen? Ik zie hem nog niet terug in de betalingen,\n"
                "maar misschien is hij in de spam beland. Laat even weten, dan stuur ik hem opnieuw.\n\nGroetjes,\n%s\n" % (g, num, b["first"])),
         "de": ("Rechnung %s angekommen?" % num, "Hallo %s,\n\nich wollte kurz nachfragen, ob meine Rechnung %s bei Ihnen angekommen ist.\n"
                "Falls nicht, schicke ich sie gern noch einmal.\n\nViele Grüße\n%s\n" % (g, num, b["first"])),
         "en": ("Did you get my invoice?", "Hi %s,\n\nDid invoice %s come through OK? Just checking it didn't get lost - happy to resend.\n\nThanks,\n%s\n" % (g, num, b["first"]))}[lang]
    sender = b["first"].lower() + "@" + b["domain"]
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), T[0], d, body_text=T[1],
                  extra_headers=["In-Reply-To: <%016x@%s>" % (rng.getrandbits(64), b["domain"])])
    rec("follow-up", lang, "none", envelope(sender, deb), eml, None, None, None,
        why_not="A question whether an earlier invoice arrived; no invoice is attached or stated.",
        note="'Factuur'/'Rechnung'/'invoice' and its number in the subject, a reply in a thread.")


def ni_statement(rng, lang):
    b, deb, d = ni_setup(rng, lang, 1.0)
    fm = FM[lang]
    rows, tot = [], 0
    for k in range(rng.randint(2, 5)):
        idt = d - DAY * rng.randint(10, 120)
        a = rng.randint(100, 3000) * 100 + rng.choice([0, 25, 50])
        tot += a
        num = {"nl": "2026-%04d", "de": "RE-2026-%04d", "en": "INV-%04d"}[lang] % rng.randint(10, 400)
        df = {"nl": "dmy-", "de": "dmy.", "en": "dmy/"}[lang]
        rows.append([num, mk.date(idt, df), mk.date(idt + DAY * 30, df), fm(a), "%d" % max(0, (d - idt).days - 30)])
    H = {"nl": ("Rekeningoverzicht", [("Debiteur", "%d" % rng.randint(1000, 1999)), ("Overzicht per", mk.date(d, "dmy-"))],
                [("Factuur", 56, "left"), ("Datum", 170, "left"), ("Vervaldatum", 260, "left"), ("Openstaand", 430, "right"), ("Dagen over", 539, "right")],
                "Totaal openstaand", ["Dit overzicht is geen factuur. Heeft u inmiddels betaald, dan is dit overzicht als niet verzonden te beschouwen."],
                "Overzicht openstaande posten", "Geachte relatie,\n\nIn de bijlage treft u een overzicht van de openstaande posten op uw rekening.\n\nMet vriendelijke groet,\n%s\n"),
         "de": ("Kontoauszug / Offene Posten", [("Kunden-Nr.", "%d" % rng.randint(10000, 19999)), ("Stand", mk.date(d, "dmy."))],
                [("Beleg", 56, "left"), ("Belegdatum", 170, "left"), ("Fällig", 260, "left"), ("Offen", 430, "right"), ("Tage überfällig", 539, "right")],
                "Summe offene Posten", ["Bitte prüfen Sie die Aufstellung und gleichen Sie die fälligen Posten aus."],
                "Offene-Posten-Liste zum %s" % mk.date(d, "dmy."), "Sehr geehrte Damen und Herren,\n\nanbei Ihr aktueller Kontoauszug mit den offenen Posten.\n\nMit freundlichen Grüßen\n%s\n"),
         "en": ("Statement of Account", [("Account", "ACC%04d" % rng.randint(1, 999)), ("Statement date", mk.date(d, "long", "en"))],
                [("Invoice", 56, "left"), ("Date", 170, "left"), ("Due", 260, "left"), ("Balance", 430, "right"), ("Days overdue", 539, "right")],
                "Total outstanding", ["Please remit the overdue balance at your earliest convenience. IBAN " + b["iban"]],
                "Statement of account \u2013 %s" % mk.date(d, "short-en"), "Dear %s,\n\nPlease find attached your latest statement.\n\nKind regards,\n%s\n")}[lang]
    title, meta, cols, totlab, after, subj, body = H
    p = mk.Page()
    p.text(56, 58, b["name"], 15, True)
    lines_text(p, 56, 74, [b["street"], b["city"]], 9)
    lines_text(p, 56, 150, [deb["name"]] + deb["lines"], 9.5, 13)
    kv(p, 350, 539, 150, meta, 9, False, "right")
    p.text(56, 250, title, 16, True)
    y = table(p, 280, cols, rows)
    p.right(430, y, totlab, 9, True)
    p.right(539, y, fm(tot), 9, True)
    lines_text(p, 56, y + 30, after, 9)
    sender = {"nl": "debiteuren@", "de": "buchhaltung@", "en": "accounts@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_text=body % ((deb["name"], b["name"]) if lang == "en" else b["name"]), pdf=True)
    rec("statement", lang, "none", envelope(sender, deb), eml, [p], "%s.pdf" % title.split(" /")[0].replace(" ", "_"), None,
        why_not="A statement of account listing earlier invoices; it is not itself an invoice.",
        note="Several invoice numbers, dates, due dates and a total outstanding in a PDF.")



def ni_proforma(rng, lang):
    b, deb, d = ni_setup(rng, lang, 1.0)
    fm = FM[lang]
    ls = ni_items(rng, lang, b)
    t = totals(ls)
    num = "PF-%d-%03d" % (d.year, rng.randint(1, 99))
    T = {"nl": ("Pro-formafactuur", [("Pro-forma nr.", num), ("Datum", mk.date(d, "dmy-"))],
                ["Dit is geen factuur: u kunt hierop geen btw terugvorderen.", "Na ontvangst van uw vooruitbetaling op %s sturen wij de definitieve factuur." % b["iban"]],
                "Pro-forma %s" % num, "Beste %s,\n\nZoals gevraagd de pro-formafactuur voor de vooruitbetaling. De echte factuur volgt na betaling.\n\nGroet,\n%s\n"),
         "de": ("Proformarechnung", [("Proforma-Nr.", num), ("Datum", mk.date(d, "dmy.")), ("Zahlbar bis", mk.date(d + DAY * 7, "dmy."))],
                ["Proformarechnung \u2013 keine Rechnung im Sinne des § 14 UStG, nur zur Vorlage beim Zoll bzw. zur Vorauszahlung.",
                 "Die Rechnung erhalten Sie nach Zahlungseingang auf IBAN %s." % b["iban"]],
                "Proformarechnung %s" % num, "Hallo %s,\n\nanbei die gewünschte Proformarechnung für die Vorauszahlung.\n\nGrüße\n%s\n"),
         "en": ("PRO FORMA INVOICE", [("Pro forma no.", num), ("Date", mk.date(d, "short-en")), ("Payment due", mk.date(d + DAY * 7, "short-en"))],
                ["This pro forma is not a VAT invoice. A VAT invoice will be issued on receipt of payment."],
                "Pro forma invoice %s" % num, "Hi %s,\n\nPro forma attached so your finance team can raise the prepayment. Final invoice follows on payment.\n\nThanks,\n%s\n")}[lang]
    title, meta, after, subj, body = T
    tots = [("Totaal" if lang == "nl" else "Gesamt" if lang == "de" else "Total", fm(t["total"]), True)]
    p = doc(b, deb, title, meta, ni_cols(lang), ni_rows(lang, ls, fm), tots, after, [], head="left", meta_pos="right")
    sender = {"nl": "facturen@", "de": "rechnungen@", "en": "invoices@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_text=body % (deb["contact"][0], b["first"]), pdf=True)
    rec("proforma", lang, "none", envelope(sender, deb), eml, [p], "%s.pdf" % num, None,
        why_not="A pro-forma: a request for prepayment, not an invoice (the invoice follows payment).",
        note="Invoice-shaped PDF with 'factuur'/'Rechnung'/'invoice' in its title, a total and in two languages a due date.")


def ni_forward(rng, lang):
    b, _, d = ni_setup(rng, lang)
    sup = biz(rng, lang, {"nl": "Drukkerij Zetwerk B.V.", "de": "Bürobedarf Schneider GmbH", "en": "Northline Telecom Ltd"}[lang])
    fm = FM[lang]
    ls = ni_items(rng, lang, sup)
    t = totals(ls)
    num = "%d" % rng.randint(880000, 889999)
    acct = {"nl": "boekhouding@cijferhuis-%s.nl" % slug(b["city"].split()[-1]), "de": "kanzlei@stb-%s.de" % slug(rng.choice(DE_LAST)),
            "en": "bookkeeping@%s-accounts.example" % slug(rng.choice(EN_LAST))}[lang]
    me = {"name": b["name"], "contact": None, "lines": [b["street"], b["city"]], "business": True}
    W = {"nl": ("Factuur", [("Factuurnummer", num), ("Factuurdatum", mk.date(d - DAY * 3, "dmy-")), ("Vervaldatum", mk.date(d + DAY * 11, "dmy-"))],
                "Fwd: Factuur %s" % num, "Hoi,\n\nHierbij de factuur van de drukker voor de administratie van dit kwartaal. Is al betaald via de bank.\n\nGroet,\n%s\n\n---------- Doorgestuurd bericht ---------\nVan: %s <facturen@%s>\nOnderwerp: Factuur %s\n\nGeachte klant, in de bijlage uw factuur.\n"),
         "de": ("Rechnung", [("Rechnungsnummer", num), ("Rechnungsdatum", mk.date(d - DAY * 3, "dmy.")), ("Zahlbar bis", mk.date(d + DAY * 11, "dmy."))],
                "WG: Ihre Rechnung %s" % num, "Hallo Frau %s,\n\nanbei noch eine Eingangsrechnung für die Buchhaltung (Büromaterial). Wird per Lastschrift eingezogen.\n\nViele Grüße\n%s\n\n-------- Weitergeleitete Nachricht --------\nVon: %s <rechnung@%s>\nBetreff: Ihre Rechnung %s\n\nSehr geehrte Kundin, sehr geehrter Kunde, anbei Ihre Rechnung.\n"),
         "en": ("INVOICE", [("Invoice number", num), ("Invoice date", mk.date(d - DAY * 3, "short-en")), ("Due date", mk.date(d + DAY * 11, "short-en"))],
                "Fw: Your Northline invoice %s" % num, "Hi %s,\n\nForwarding the phone bill for the books - it's on direct debit.\n\nThanks\n%s\n\n-----Original Message-----\nFrom: %s <billing@%s>\nSubject: Your invoice %s\n\nYour latest invoice is attached.\n")}[lang]
    title, meta, subj, body = W
    tots = [("Totaal" if lang == "nl" else "Gesamt" if lang == "de" else "Total", fm(t["total"]), True)]
    p = doc(sup, me, title, meta, ni_cols(lang), ni_rows(lang, ls, fm), tots, ["IBAN " + sup["iban"]], [], head="right", meta_pos="right")
    if lang == "nl":
        body = body % (b["first"], sup["name"], sup["domain"], num)
    else:
        body = body % (rng.choice(DE_LAST if lang == "de" else EN_FIRST), b["first"], sup["name"], sup["domain"], num)
    sender = {"nl": "facturen@", "de": "rechnungen@", "en": "accounts@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], acct, subj, d, body_text=body, pdf=True)
    rec("forward", lang, "none", {"mail_from": sender, "rcpt_to": [acct]}, eml, [p], "%s_%s.pdf" % (title.capitalize(), num), None,
        why_not="A supplier's invoice to the business, forwarded to its bookkeeper: the business owes it, nobody owes the business.",
        note="A real invoice PDF attached, sent from the billing address; the business is the debtor in the PDF.")


def ni_newsletter(rng, lang):
    b, deb, d = ni_setup(rng, lang, 0.3)
    T = {"nl": ("Nieuws van %s \u2013 %s" % (b["name"], mk.MONTHS["nl"][d.month - 1]),
                "<h2>Nieuwe tarieven en een nieuw factuursysteem</h2><p>Vanaf volgende maand ontvang je onze facturen via een nieuw systeem. "
                "Je factuur komt dan van <b>facturen@%s</b>, met een betaallink. Het factuurnummer begint voortaan met F2026-.</p>"
                "<p>Ons uurtarief wordt %s excl. btw.</p><p><a href=\"https://%s/afmelden\">Afmelden</a></p>"),
         "de": ("Neuigkeiten aus der %s" % b["name"],
                "<h2>Treueaktion: 10 %% auf alle Aufträge bis Ende %s</h2><p>Ab sofort erhalten Sie Ihre Rechnungen auch als E-Rechnung (XRechnung). "
                "Bitte hinterlegen Sie Ihre Rechnungsadresse unter rechnung@%s.</p><p>Stundensatz ab 1. Juli: %s netto.</p><p><a href=\"https://%s/abmelden\">Newsletter abbestellen</a></p>"),
         "en": ("%s \u2013 news & invoice changes" % b["name"],
                "<h2>We're moving to online invoicing</h2><p>From next month your invoices will come from billing@%s with a Pay Now button. "
                "Nothing changes about payment terms.</p><p>Day rate from April: %s.</p><p><a href=\"https://%s/unsubscribe\">Unsubscribe</a></p>")}[lang]
    fm = FM[lang]
    if lang == "de":
        html = "<html><body>" + T[1] % (mk.MONTHS["de"][d.month - 1], b["domain"], fm(rng.randint(70, 110) * 100), b["domain"]) + "</body></html>"
    else:
        html = "<html><body>" + T[1] % (b["domain"], fm(rng.randint(60, 110) * 100 if lang == "nl" else rng.randint(300, 600) * 100), b["domain"]) + "</body></html>"
    sender = {"nl": "nieuws@", "de": "newsletter@", "en": "news@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), T[0], d, body_html=html, extra_headers=["List-Unsubscribe: <https://%s/unsubscribe>" % b["domain"], "Precedence: bulk"])
    rec("newsletter", lang, "none", envelope(sender, deb), eml, None, None, None,
        why_not="A newsletter about invoicing changes and rates; it bills nothing.",
        note="Talks about invoices, prices and the billing address; an amount in the text.")


def ni_delivery(rng, lang):
    b, deb, d = ni_setup(rng, lang, 1.0)
    num = {"nl": "PB-%05d", "de": "LS-%05d", "en": "DN-%05d"}[lang] % rng.randint(100, 99999)
    order = "%d" % rng.randint(40000, 49999)
    T = {"nl": ("Pakbon", [("Pakbonnummer", num), ("Leverdatum", mk.date(d, "dmy-")), ("Ordernummer", order)], [("Artikel", 56, "left"), ("Aantal", 539, "right")],
                "Dit is geen factuur; de factuur volgt per e-mail.", "Pakbon %s bij order %s" % (num, order)),
         "de": ("Lieferschein", [("Lieferschein-Nr.", num), ("Lieferdatum", mk.date(d, "dmy.")), ("Auftrag", order)], [("Artikel", 56, "left"), ("Menge", 539, "right")],
                "Die Rechnung erhalten Sie gesondert.", "Lieferschein %s" % num),
         "en": ("Delivery Note", [("Delivery note", num), ("Delivered", mk.date(d, "short-en")), ("Order", order)], [("Item", 56, "left"), ("Qty", 539, "right")],
                "Goods remain our property until paid in full. Invoice to follow.", "Delivery note %s" % num)}[lang]
    title, meta, cols, after, subj = T
    ls = ni_items(rng, lang, b)
    p = mk.Page()
    p.text(56, 58, b["name"], 15, True)
    lines_text(p, 56, 150, [deb["name"]] + deb["lines"], 9.5, 13)
    kv(p, 350, 539, 150, meta, 9, False, "right")
    p.text(56, 240, title, 16, True)
    y = table(p, 270, cols, [[x["desc"], qty_s(x["qty"], lang)] for x in ls])
    p.text(56, y + 20, after, 9)
    sender = {"nl": "logistiek@", "de": "versand@", "en": "dispatch@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_text={"nl": "Bijgaand de pakbon van de levering van vandaag.\n", "de": "Anbei der Lieferschein zur heutigen Lieferung.\n",
                                                                        "en": "Please find the delivery note for today's delivery attached.\n"}[lang], pdf=True)
    rec("delivery-note", lang, "none", envelope(sender, deb), eml, [p], "%s.pdf" % num, None,
        why_not="A delivery note: quantities delivered, no amount owed.", note="Number, date and order number in an invoice-like block; no prices.")


def ni_receipt(rng, lang):
    b, deb, d = ni_setup(rng, lang, 0.4)
    fm = FM[lang]
    amt = rng.randint(40, 2500) * 100 + rng.choice([0, 50])
    inv = {"nl": "2026-%04d", "de": "RE-2026-%04d", "en": "INV-%04d"}[lang] % rng.randint(10, 400)
    if lang == "en":
        html = ("<html><body><h2>Payment received \u2013 thank you!</h2><p>Receipt #%d-%04d</p><p>We received <b>%s</b> on %s for invoice %s. "
                "Your balance is now %s.</p><p>Paid by card ending %04d.</p></body></html>") % (rng.randint(1000, 9999), rng.randint(0, 9999), fm(amt), mk.date(d, "short-en"), inv, fm(0), rng.randint(0, 9999))
        sender = "receipts@" + b["domain"]
        eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Receipt for your payment of %s" % fm(amt), d, body_html=html)
        rec("receipt", lang, "none", envelope(sender, deb), eml, None, None, None, why_not="A receipt for a payment already made; nothing is owed.",
            note="Amount, invoice number and a receipt number in HTML; balance zero.")
        return
    T = {"nl": ("Kwitantie", [("Kwitantie nr.", "K%d-%03d" % (d.year, rng.randint(1, 200))), ("Datum", mk.date(d, "dmy-"))],
                ["Ontvangen van %s het bedrag van %s" % (deb["name"], fm(amt)), "wegens: betaling factuur %s (contant voldaan)." % inv, "", "Voor ontvangst getekend,", b["owner"]],
                "Kwitantie betaling factuur %s" % inv),
         "de": ("Quittung", [("Quittung Nr.", "Q-%03d" % rng.randint(1, 300)), ("Datum", mk.date(d, "dmy."))],
                ["Betrag in bar erhalten: %s" % fm(amt), "von: %s" % deb["name"], "für: Rechnung %s" % inv, "inkl. 19 % USt.", "", "Betrag dankend erhalten, %s" % b["owner"]],
                "Ihre Quittung \u2013 Rechnung %s bezahlt" % inv)}[lang]
    title, meta, lines_, subj = T
    p = mk.Page()
    p.text(56, 58, b["name"], 15, True)
    kv(p, 350, 539, 150, meta, 9, False, "right")
    p.text(56, 220, title, 18, True)
    lines_text(p, 56, 250, lines_, 10, 15)
    sender = {"nl": "facturen@", "de": "buchhaltung@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_text={"nl": "Hierbij de kwitantie van je contante betaling. Bedankt!\n", "de": "Anbei Ihre Quittung. Vielen Dank!\n"}[lang], pdf=True)
    rec("receipt", lang, "none", envelope(sender, deb), eml, [p], "%s.pdf" % title, None,
        why_not="A receipt for a cash payment already made; nothing is owed.", note="Amount and the paid invoice's number in a PDF with a number and date.")



def ni_booking(rng, lang):
    if lang == "en":
        b = biz(rng, "en", rng.choice(["Kestrel Lodge Retreats", "Harbour View Holiday Cottages"]))
        deb = consumer(rng, "en")
        d = workday(rng)
        arr = d + DAY * rng.randint(20, 90)
        nights = rng.randint(2, 7)
        tot = nights * rng.choice([9500, 12500, 14500])
        dep = tot // 4
        fm = cur("\u00a3")
        html = ("<html><body><h2>Booking confirmed!</h2><p>Hi %s, thanks for booking with us.</p><table>"
                "<tr><td>Booking ref</td><td>KL-%05d</td></tr><tr><td>Arrival</td><td>%s</td></tr><tr><td>Departure</td><td>%s</td></tr>"
                "<tr><td>Total stay</td><td>%s</td></tr><tr><td>Deposit paid today</td><td>%s</td></tr><tr><td>Balance</td><td>%s, due 14 days before arrival</td></tr></table>"
                "<p>We'll send an invoice for the balance closer to the date.</p></body></html>") % (
            deb["first"], rng.randint(10000, 99999), mk.date(arr, "long", "en"), mk.date(arr + DAY * nights, "long", "en"), fm(tot), fm(dep), fm(tot - dep))
        subj = "Your booking is confirmed"
    else:
        b = biz(rng, "ch", rng.choice(["Berghotel Alpenrose AG", "Seminarhaus Sonnenhalde"]))
        deb = consumer(rng, "ch") if rng.random() < 0.5 else consumer(rng, "de")
        d = workday(rng)
        arr = d + DAY * rng.randint(20, 90)
        nights = rng.randint(2, 6)
        tot = nights * rng.choice([18000, 24500, 31000])
        dep = tot * 3 // 10 // 100 * 100
        html = ("<html><body><p>Grüezi %s %s</p><p>Herzlichen Dank für Ihre Reservation. Gerne bestätigen wir:</p><table>"
                "<tr><td>Buchungsnummer</td><td>%d</td></tr><tr><td>Anreise</td><td>%s</td></tr><tr><td>Abreise</td><td>%s</td></tr>"
                "<tr><td>Preis total</td><td>CHF %s</td></tr><tr><td>Anzahlung (30 %%)</td><td>CHF %s, zahlbar innert 10 Tagen</td></tr></table>"
                "<p>Die Schlussrechnung erhalten Sie bei Abreise an der Rezeption. Annullationsbedingungen: siehe AGB.</p><p>Freundliche Grüsse<br>%s</p></body></html>") % (
            deb["first"], deb["last"], rng.randint(200000, 299999), mk.date(arr, "dmy."), mk.date(arr + DAY * nights, "dmy."), mk.money(tot, "ch"), mk.money(dep, "ch"), b["name"])
        subj = "Buchungsbestätigung %s" % b["name"]
    sender = {"en": "bookings@", "de": "reservation@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), subj, d, body_html=html)
    rec("booking", lang, "none", envelope(sender, deb), eml, None, None, None,
        why_not="A booking confirmation; the balance will be invoiced later (the deposit is asked for or already paid).",
        note="Amounts, a deposit with a term, dates and a booking number, but no invoice.")


def ni_orderconf(rng, lang):
    b, deb, d = ni_setup(rng, lang, 0.5 if lang == "nl" else 1.0)
    fm = FM[lang]
    ls = ni_items(rng, lang, b)
    t = totals(ls)
    order = "%d" % rng.randint(40000, 49999)
    if lang == "nl":
        html = ("<html><body><h2>Bedankt voor je bestelling!</h2><p>Bestelling #%s is bij ons binnen en wordt binnen 2 werkdagen verzonden.</p>"
                "<p>Totaalbedrag: <b>%s</b> (incl. btw). Je hebt gekozen voor <b>betalen op factuur</b>: de factuur ontvang je na verzending per e-mail, "
                "met een betaaltermijn van 14 dagen.</p><p>Team %s</p></body></html>") % (order, fm(t["total"]), b["name"])
        sender = "bestellingen@" + b["domain"]
        eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Orderbevestiging #%s" % order, d, body_html=html)
        rec("order-confirmation", lang, "none", envelope(sender, deb), eml, None, None, None,
            why_not="An order confirmation; the invoice is sent after shipping.", note="Total, 'factuur' and a payment term in the text.")
        return
    meta = [("Auftragsbestätigung Nr.", "AB-%s" % order), ("Datum", mk.date(d, "dmy.")), ("Ihre Bestellung vom", mk.date(d - DAY * 2, "dmy.")),
            ("Liefertermin", "KW %d" % ((d + DAY * 21).isocalendar()[1]))]
    tots = [("Nettobetrag", fm(t["net"]), False)] + vat_rows(t, "de", fm, "zzgl. %s USt.") + [("Auftragssumme", fm(t["total"]), True)]
    after = ["Zahlungsbedingungen: 14 Tage nach Rechnungsdatum netto.", "Die Rechnung wird nach Lieferung gestellt.", "Bitte prüfen Sie die Auftragsbestätigung auf Richtigkeit."]
    p = doc(b, deb, "Auftragsbestätigung", meta, de_cols(), de_rows(ls, fm), tots, after, de_footer(b), head="din", sender_line=sender_line(b), title_size=14)
    sender = "auftrag@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Auftragsbestätigung AB-%s" % order, d, body_text="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Auftrag. Anbei unsere Auftragsbestätigung.\n\nMit freundlichen Grüßen\n%s\n" % b["name"], pdf=True)
    rec("order-confirmation", lang, "none", envelope(sender, deb), eml, [p], "AB-%s.pdf" % order, None,
        why_not="An order confirmation (Auftragsbestätigung); the invoice follows delivery.", note="DIN letter like the invoices: items, VAT, total, a payment term and a footer IBAN.")


def ni_timesheet(rng, lang):
    b, deb, d = ni_setup(rng, "en", 1.0)
    rows, tot = [], 0
    for k in range(5):
        day = d - DAY * (7 - k)
        h = rng.choice([4, 6, 7.5, 8])
        tot += h
        rows.append([mk.date(day, "short-en"), rng.choice(["Sprint planning", "API integration", "Code review", "Testing", "Client call"]), qty_s(h, "en")])
    rate = rng.choice([6500, 7500, 8500])
    p = mk.Page()
    p.text(56, 58, b["name"], 15, True)
    p.text(56, 100, "Timesheet \u2013 week %d" % d.isocalendar()[1], 16, True)
    lines_text(p, 56, 125, ["Client: %s" % deb["name"], "Rate: %s/hour" % cur("\u00a3")(rate)], 9)
    y = table(p, 160, [("Date", 56, "left"), ("Task", 160, "left"), ("Hours", 539, "right")], rows)
    lines_text(p, 56, y + 10, ["Total hours: %s   Amount: %s" % (qty_s(tot, "en"), cur("\u00a3")(int(tot * rate))), "",
                               "Please approve by reply; the invoice will be raised at month end."], 9)
    sender = "accounts@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "Timesheet for approval \u2013 w/c %s" % mk.date(d - DAY * 7, "short-en"), d,
                  body_text="Hi %s,\n\nTimesheet attached for sign-off. Once approved I'll include it on this month's invoice.\n\nThanks,\n%s\n" % (deb["contact"][0], b["first"]), pdf=True)
    rec("timesheet", "en", "none", envelope(sender, deb), eml, [p], "timesheet.pdf", None, why_not="A timesheet sent for approval; the invoice comes later.",
        note="Hours, a rate and an amount in a PDF.")


def ni_follows(rng, lang):
    b, deb, d = ni_setup(rng, lang)
    g = deb["first"] if not deb["business"] else deb["contact"][0]
    fm = FM[lang]
    amt = rng.randint(200, 3000) * 100
    T = {"nl": ("Afronding project + factuur", "Hoi %s,\n\nHet project is afgerond, bedankt voor de prettige samenwerking! De factuur van %s (excl. btw) stuur ik je begin volgende maand,\n"
                "samen met het urenoverzicht. Betalingstermijn zoals afgesproken 30 dagen.\n\nGroet,\n%s\n" % (g, fm(amt), b["first"])),
         "de": ("Abschluss und Rechnung", "Hallo %s,\n\ndie Arbeiten sind abgeschlossen. Die Rechnung über %s netto erhalten Sie in den nächsten Tagen separat per Post und E-Mail.\n\nBeste Grüße\n%s\n" % (
             g, fm(amt), b["first"])),
         "en": ("Invoice coming next week", "Hi %s,\n\nAll done on our side. I'll send the invoice for %s next week once I've got the final hours in.\n\nCheers,\n%s\n" % (g, fm(amt), b["first"]))}[lang]
    sender = b["first"].lower() + "@" + b["domain"]
    eml = mk.mail(rng, sender, b["owner"], to_hdr(deb), T[0], d, body_text=T[1])
    rec("announcement", lang, "none", envelope(sender, deb), eml, None, None, None, why_not="Says an invoice will follow; no invoice yet.",
        note="'Factuur'/'Rechnung'/'invoice', an amount and a term, but in the future.")


def ni_credit_announce(rng, lang):
    b, deb, d = ni_setup(rng, lang, 1.0)
    fm = FM[lang]
    inv = {"nl": "2026-%04d", "de": "RE-2026-%04d"}[lang] % rng.randint(10, 400)
    amt = rng.randint(50, 900) * 100
    T = {"nl": ("Re: factuur %s klopt niet" % inv, "Beste %s,\n\nJe hebt gelijk, er zijn uren dubbel gefactureerd. Ik maak een creditnota van %s voor factuur %s en stuur die deze week.\n"
                "Je hoeft de factuur dus nog niet te betalen.\n\nExcuses,\n%s\n" % (deb["contact"][0], fm(amt), inv, b["first"])),
         "de": ("AW: Rechnung %s" % inv, "Sehr geehrte/r %s %s,\n\nvielen Dank für den Hinweis. Wir erstellen Ihnen eine Gutschrift über %s zur Rechnung %s; diese erhalten Sie in Kürze.\n\n"
                "Mit freundlichen Grüßen\n%s\n" % (deb["contact"][0], deb["contact"][1], fm(amt), inv, b["owner"]))}[lang]
    sender = {"nl": "facturen@", "de": "buchhaltung@"}[lang] + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), T[0], d, body_text=T[1])
    rec("announcement", lang, "none", envelope(sender, deb), eml, None, None, None, why_not="Announces a credit note; the credit note itself is not attached.",
        note="Invoice number, 'creditnota'/'Gutschrift' and an amount in a reply.")


def de_mahnung(rng, lang="de"):
    b, deb, d = ni_setup(rng, "de")
    inv = "RE-%d-%04d" % (d.year, rng.randint(10, 400))
    amt = rng.randint(150, 3000) * 100 + rng.choice([0, 40, 80])
    fee = 500
    inv_d = d - DAY * rng.randint(30, 70)
    meta = [("Datum", mk.date(d, "dmy.")), ("Kunden-Nr.", "%d" % rng.randint(10000, 10999))]
    cols = [("Rechnung", 56, "left"), ("vom", 170, "left"), ("fällig seit", 260, "left"), ("Betrag", 539, "right")]
    rows = [[inv, mk.date(inv_d, "dmy."), mk.date(inv_d + DAY * 14, "dmy."), eur_de(amt)], ["Mahngebühr", "", "", eur_de(fee)]]
    after = ["Bitte überweisen Sie den Gesamtbetrag von %s bis spätestens %s." % (eur_de(amt + fee), mk.date(d + DAY * 10, "dmy.")),
             "IBAN %s" % mk.iban_spaced(b["iban"])]
    p = doc(b, deb, "1. Mahnung", meta, cols, rows, [("Gesamt", eur_de(amt + fee), True)], after, de_footer(b), head="din", sender_line=sender_line(b),
            intro=[de_greet(deb), "leider konnten wir zu folgender Rechnung noch keinen Zahlungseingang feststellen:"], title_size=14)
    sender = "buchhaltung@" + b["domain"]
    eml = mk.mail(rng, sender, b["name"], to_hdr(deb), "1. Mahnung zu Rechnung %s" % inv, d, body_text="%s\n\nanbei unsere Mahnung.\n\nMit freundlichen Grüßen\n%s\n" % (de_greet(deb), b["name"]), pdf=True)
    rec("own-reminder", "de", "none", envelope(sender, deb), eml, [p], "Mahnung_%s.pdf" % inv, None,
        why_not="The business's own dunning letter about an earlier invoice, with a fee; not a new invoice.",
        note="A DIN letter like the invoices, with an invoice number, amounts, a fee, a deadline and an IBAN.")


# ================================================================ the schedule

NL_INV = [(nl_moneybird, 4), (nl_eboekhouden, 4), (nl_snelstart, 3), (nl_exact, 3), (nl_wefact, 3), (nl_word, 4),
          (nl_typed, 3), (nl_webshop, 3), (nl_flemish, 3), (nl_canva, 3), (nl_credit, 2), (nl_informer, 3), (nl_kor, 4)]
EN_INV = [(en_xero, 3), (en_quickbooks, 4), (en_freshbooks, 3), (en_zoho, 3), (en_soletrader, 4), (en_typed, 3),
          (en_hosted, 3), (en_reverse, 3), (en_us, 3), (en_canva, 3), (en_credit, 2), (en_debitoor, 2)]
DE_INV = [(de_lexoffice, 5), (de_sevdesk, 4), (de_skonto, 4), (de_klein, 3), (de_billomat, 3), (de_fastbill, 3), (de_typed, 3),
          (at_word, 3), (ch_bexio, 3), (ch_private, 3), (de_webshop, 3), (de_storno, 2), (de_easybill, 3)]
NON = [(lambda r: ni_quote(r, "nl"), 2), (lambda r: ni_orderconf(r, "nl"), 1), (lambda r: ni_reminder(r, "nl"), 2),
       (lambda r: ni_didyouget(r, "nl"), 1), (lambda r: ni_statement(r, "nl"), 1), (lambda r: ni_proforma(r, "nl"), 1),
       (lambda r: ni_forward(r, "nl"), 1), (lambda r: ni_newsletter(r, "nl"), 1), (lambda r: ni_delivery(r, "nl"), 1),
       (lambda r: ni_receipt(r, "nl"), 1), (lambda r: ni_follows(r, "nl"), 1), (lambda r: ni_credit_announce(r, "nl"), 1),
       (lambda r: ni_quote(r, "en"), 2), (lambda r: ni_receipt(r, "en"), 2), (lambda r: ni_reminder(r, "en"), 1),
       (lambda r: ni_didyouget(r, "en"), 1), (lambda r: ni_statement(r, "en"), 1), (lambda r: ni_proforma(r, "en"), 1),
       (lambda r: ni_booking(r, "en"), 1), (lambda r: ni_timesheet(r, "en"), 1), (lambda r: ni_forward(r, "en"), 1),
       (lambda r: ni_newsletter(r, "en"), 1),
       (lambda r: ni_quote(r, "de"), 2), (lambda r: ni_orderconf(r, "de"), 1), (lambda r: ni_reminder(r, "de"), 1),
       (de_mahnung, 1), (lambda r: ni_delivery(r, "de"), 1), (lambda r: ni_statement(r, "de"), 1), (lambda r: ni_receipt(r, "de"), 1),
       (lambda r: ni_proforma(r, "de"), 1), (lambda r: ni_forward(r, "de"), 1), (lambda r: ni_newsletter(r, "de"), 1),
       (lambda r: ni_follows(r, "de"), 1), (lambda r: ni_credit_announce(r, "de"), 1), (lambda r: ni_booking(r, "de"), 1)]


def main():
    for fn, n in NL_INV + EN_INV + DE_INV:
        for _ in range(n):
            fn(R)
    for fn, n in NON:
        for _ in range(n):
            fn(R)
    for i, r in enumerate(RECORDS):
        r["id"] = "inv-tl-%03d" % (i + 1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-layouts.jsonl")
    mk.write(os.path.normpath(out), RECORDS)
    print(len(RECORDS), "records")


if __name__ == "__main__":
    main()
