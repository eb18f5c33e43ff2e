"""heldout20: a blind held-out set of invoice mails about the long and the recurring —
monthly retainers, subscriptions, service and maintenance contracts, rent with service
costs, leases, collective invoices over several delivery notes, invoices of two or three
pages with carried subtotals, mails with several attachments, usage lines with minimums and
caps, annual prepayments, corrections by a line — and 25 mails from the same senders that
are not invoices.  Written by hand; the generator only fills IBANs, message ids and sums.

    python3 corpus/invoices/gen/heldout20.py   # writes corpus/invoices/heldout20.jsonl
"""
import base64
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261220
rng = random.Random(SEED)
D = datetime.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout20.jsonl")

RECORDS = []
TOTALS = {}  # invoice number -> total, so that a later statement quotes it right


def iban(country):
    """A valid IBAN of @country; mailkit knows NL, DE, BE and GB, the rest are built here."""
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    bban = {"AT": digits(16), "CH": digits(17),
            "IE": rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)}[country]
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(num) % 97, bban)


SP = mk.iban_spaced


def vat(net, rate):
    return int(round(net * rate))


# --- PDF pages ---------------------------------------------------------------------------

def width(s, size):
    """A generous estimate of a string's width (12 % over Helvetica's average), so that a
    substituted font still fits the page."""
    return len(s) * size * 0.56


def doc(sender, addr, title, facts, head, rows, totals, foot, fm, layout=0, per_first=20,
        per_next=38, page_hdr=None, carry=None, brought=None, footer=None, ret=None):
    """The pages of a business document.  @rows are (description, qty, unit price, cents)
    — cents None for a heading or remark line; @fm formats cents.  When the rows run over
    @per_first (then @per_next) lines, the table continues on a new page, headed by
    @page_hdr % (page, pages) and, when @carry/@brought are given, with the subtotal
    carried over."""
    chunks, i, cap = [], 0, per_first
    while i < len(rows) or not chunks:
        chunks.append(rows[i:i + cap])
        i += cap
        cap = per_next
    n = len(chunks)
    pages, running = [], 0
    for pno, chunk in enumerate(chunks, 1):
        p = mk.Page()
        if pno == 1:
            if layout == 0:
                p.text(56, 56, sender[0], 13, True)
                for k, s in enumerate(sender[1:]):
                    p.text(56, 68 + 11 * k, s, 8)
                ax = 320
            else:
                p.right(539, 56, sender[0], 13, True)
                for k, s in enumerate(sender[1:]):
                    p.right(539, 68 + 11 * k, s, 8)
                ax = 56
            if ret:
                p.text(ax, 140, ret, 7)
            for k, s in enumerate(addr):
                p.text(ax, 155 + 13 * k, s, 10)
            p.text(56, 250, title, 15, True)
            for k, (lab, val) in enumerate(facts):
                p.text(56, 272 + 13 * k, lab, 9)
                p.text(180, 272 + 13 * k, val, 9)
            y = 272 + 13 * len(facts) + 24
        else:
            p.text(56, 56, sender[0], 9, True)
            p.right(539, 56, page_hdr % (pno, n), 9)
            p.rule(56, 62, 539, 62)
            y = 90
        if page_hdr and pno == 1 and n > 1:
            p.right(539, 250, page_hdr % (1, n), 8)
        p.text(56, y, head[0], 9, True)
        for x, h in zip((360, 440, 539), head[1:]):
            if h:
                p.right(x, y, h, 9, True)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
        if pno > 1 and brought:
            p.text(56, y, brought, 9, False)
            p.right(539, y, fm(running), 9)
            y += 16
        for desc, qty, unit, cents in chunk:
            p.text(56, y, desc, 9, cents is None and not qty)
            if qty:
                p.right(360, y, qty, 9)
            if unit:
                p.right(440, y, unit, 9)
            if cents is not None:
                p.right(539, y, fm(cents), 9)
                running += cents
            y += 14
        if pno < n:
            p.rule(56, y - 8, 539, y - 8)
            if carry:
                p.text(56, y + 4, carry, 9, True)
                p.right(539, y + 4, fm(running), 9, True)
        else:
            p.rule(330, y - 6, 539, y - 6)
            y += 8
            for lab, val, b in totals:
                p.text(330, y, lab, 9, b)
                p.right(539, y, val, 9, b)
                y += 14
            y += 16
            for s in foot:
                p.text(56, y, s, 9)
                y += 13
        if footer:
            p.text(56, 812, footer, 7)
        pages.append(p)
    return pages


def simple(sender, addr, title, facts, lines, footer=None, layout=0, ret=None):
    """A one-page letter-like document: letterhead, address, title, facts and free lines
    (a string, or (text, right-hand value) for a two-column line)."""
    p = mk.Page()
    if layout == 0:
        p.text(56, 56, sender[0], 13, True)
        for k, s in enumerate(sender[1:]):
            p.text(56, 68 + 11 * k, s, 8)
        ax = 320
    else:
        p.right(539, 56, sender[0], 13, True)
        for k, s in enumerate(sender[1:]):
            p.right(539, 68 + 11 * k, s, 8)
        ax = 56
    if ret:
        p.text(ax, 140, ret, 7)
    for k, s in enumerate(addr):
        p.text(ax, 155 + 13 * k, s, 10)
    p.text(56, 250, title, 15, True)
    for k, (lab, val) in enumerate(facts):
        p.text(56, 272 + 13 * k, lab, 9)
        p.text(180, 272 + 13 * k, val, 9)
    y = 272 + 13 * len(facts) + 24
    for ln in lines:
        if isinstance(ln, tuple):
            p.text(56, y, ln[0], 9, len(ln) > 2 and ln[2])
            p.right(539, y, ln[1], 9, len(ln) > 2 and ln[2])
        elif ln == "--":
            p.rule(56, y - 9, 539, y - 9)
            continue
        else:
            p.text(56, y, ln, 9)
        y += 14
    if footer:
        p.text(56, 812, footer, 7)
    return [p]


# --- mails ---------------------------------------------------------------------------------

def part(ctype, filename, payload):
    """A further attachment (a photo, a CSV) as a MIME part."""
    enc = base64.encodebytes(payload).decode()
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, filename, filename, enc))


def jpeg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.getrandbits(8) for _ in range(180)) + b"\xff\xd9"


def add(country, lang, tool, kind, frm, frm_name, to_name, to_addr, subject, d, text=None,
        html=None, pages=None, fname=None, pages2=None, fname2=None, where2=None, extra=(),
        exp=None, why=None, note=None, headers=()):
    to_hdr = ("\"%s\" <%s>" % (to_name, to_addr)) if to_name else to_addr
    eml = mk.mail(rng, frm, frm_name, to_hdr, subject, d, body_text=text, body_html=html,
                  pdf=pages is not None, pdf2=where2 if pages2 is not None else None,
                  extra_headers=headers)
    if extra:
        b = eml.rstrip("\n").rsplit("\n", 1)[1][:-2]
        eml = eml.rstrip("\n").rsplit("\n", 1)[0] + "\n" + "".join(
            "%s\n%s\n" % (b, x) for x in extra) + b + "--\n"
    r = mk.record("", tool, lang, kind, {"mail_from": frm, "rcpt_to": [to_addr]}, eml,
                  pages=pages, pdf_filename=fname, expected=exp, why_not=why, note=note,
                  pages2=pages2, pdf2_filename=fname2)
    RECORDS.append(r)
    if exp:
        TOTALS[exp["number"]] = exp["amount_total_cents"]
    return r


def E(number, due, total, issue, duedate, name, email, ib, business, lang, ref=None, cur="EUR",
      credit=False):
    return mk.expected(number, due, total, issue, duedate, name, email, ib, business, lang,
                       reference=ref, currency=cur, credit=credit)


def eur_nl(c):
    return "€ " + mk.money(c, "nl")


def eur_de(c):
    return mk.money(c, "de") + " €"


def gbp(c):
    return "£" + mk.money(c, "en")


# ===== Dutch and Flemish invoices ==========================================================

def nl_invoices():
    # 1 IT managed services, per-seat licences, two pages with "transport"
    ib = iban("NL")
    rows = [("Beheercontract werkplekken – periode november 2026", None, None, None)]
    seats = [("Microsoft 365 Business Standard", 14, 1170), ("Microsoft 365 Business Basic", 6, 560),
             ("Exchange Online Archiving", 3, 280), ("Acronis back-up per werkplek", 20, 450),
             ("Endpoint protection (SentinelOne)", 20, 625), ("Beheer per werkplek", 20, 1950),
             ("Beheer server (HV-01)", 1, 8500), ("Beheer firewall FortiGate 60F", 1, 2750),
             ("Monitoring netwerkapparatuur", 4, 375), ("Wachtwoordkluis per gebruiker", 12, 300),
             ("Telefonie: VoIP-account", 9, 495), ("Telefonie: nummerblok 10", 1, 750),
             ("Domeinnamen (2×), maandaandeel", 2, 125), ("SSL-certificaat wildcard, maandaandeel", 1, 790),
             ("Offsite opslag 500 GB", 1, 2200), ("Offsite opslag extra per 100 GB", 3, 350),
             ("Printerbeheer (MFP Konica)", 2, 900), ("Mobiel apparaatbeheer (Intune)", 11, 380),
             ("Security awareness training, per gebruiker", 20, 190), ("Teams Phone licentie", 9, 690),
             ("Azure Virtual Desktop, host-uren", 310, 34), ("Back-up Microsoft 365 mailboxen", 20, 150),
             ("Support buiten contract 12-11 (migratie scanner)", "1,5", 9500)]
    net = 0
    for desc, q, unit in seats:
        qv = 1.5 if q == "1,5" else q
        c = int(round(qv * unit))
        net += c
        rows.append((desc, str(q), mk.money(unit, "nl"), c))
    v = vat(net, 0.21)
    tot = net + v
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    pages = doc(["Beheerpunt ICT B.V.", "Spoorlaan 71 · 5038 CB Tilburg", "KvK 68201447 · btw NL857311206B01",
                 "facturatie@beheerpunt-ict.nl"],
                ["Van Riel Vastgoedbeheer B.V.", "t.a.v. crediteurenadministratie", "Piushaven 22",
                 "5017 AN Tilburg"],
                "Factuur 26-1187",
                [("Factuurdatum", mk.date(issue, "dmy-")), ("Vervaldatum", mk.date(due, "dmy-")),
                 ("Klantnummer", "C0412"), ("Contract", "MSP-2024-019 (maandelijks)")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Te betalen", eur_nl(tot), True)],
                ["Wij verzoeken u het bedrag vóór %s over te maken op %s" % (mk.date(due, "dmy-"), SP(ib)),
                 "t.n.v. Beheerpunt ICT B.V., onder vermelding van factuur 26-1187."],
                eur_nl, per_first=16, page_hdr="Factuur 26-1187 – pagina %d van %d",
                carry="Transport", brought="Transport", footer="Beheerpunt ICT B.V. · Spoorlaan 71 Tilburg · %s" % SP(ib))
    add("NL", "nl", "Excel/PDF", "pdf", "facturatie@beheerpunt-ict.nl", "Beheerpunt ICT",
        "Crediteuren Van Riel", "crediteuren@vanrielvastgoed.nl",
        "Factuur 26-1187 beheercontract november 2026", issue,
        text="Goedemorgen,\n\nIn de bijlage vindt u de factuur voor het beheercontract over november.\n"
             "Het aantal Business Standard-licenties is per 1 november met twee verhoogd, zoals\n"
             "besproken met Joost.\n\nMet vriendelijke groet,\nMarloes Verhagen\nBeheerpunt ICT B.V.",
        pages=pages, fname="Factuur_26-1187.pdf",
        exp=E("26-1187", tot, tot, issue, due, "Van Riel Vastgoedbeheer B.V.", "crediteuren@vanrielvastgoed.nl", ib, True, "nl"),
        note="Two-page PDF: the seat table runs over the page with 'Transport' carried and a page header repeating the number; totals and IBAN only on page 2.")

    # 2 cleaning contract, hours with a monthly minimum
    ib = iban("NL")
    issue, due = D(2026, 11, 30), D(2026, 12, 14)
    hrs = [("Week 45 (2–6 nov)", "9,5"), ("Week 46 (9–13 nov)", "10"), ("Week 47 (16–20 nov)", "8,5"),
           ("Week 48 (23–27 nov)", "9")]
    rows = [("Schoonmaakonderhoud kantoor Kanaalweg 4, november 2026", None, None, None)]
    for w, h in hrs:
        rows.append(("  %s – %s uur à € 34,50" % (w, h), None, None, None))
    rows += [("Totaal gewerkte uren: 37,0", "37,0", "34,50", 127650),
             ("Aanvulling tot contractminimum 40 uur", "3,0", "34,50", 10350),
             ("Sanitaire hygiënedienst (4 units)", "4", "11,25", 4500)]
    net = 127650 + 10350 + 4500
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Glansrijk Schoonmaak", "Industrieweg 18 · 3542 AD Utrecht", "info@glansrijk.nl · 030 - 244 18 90"],
                ["Studio Kanaal V.O.F.", "Kanaalweg 4", "3526 KM Utrecht"],
                "FACTUUR",
                [("Factuurnummer", "GS-2026-0871"), ("Datum", mk.date(issue, "long")),
                 ("Periode", "01-11-2026 t/m 30-11-2026"), ("Betaaltermijn", "14 dagen")],
                ["Omschrijving", "Uren/st.", "Tarief", "Bedrag"], rows,
                [("Totaal excl. btw", eur_nl(net), False), ("21% btw", eur_nl(v), False),
                 ("Totaal incl. btw", eur_nl(tot), True)],
                ["Graag binnen 14 dagen overmaken naar %s o.v.v. GS-2026-0871." % SP(ib),
                 "Het contractminimum van 40 uur per maand geldt volgens artikel 3 van de overeenkomst."],
                eur_nl, layout=1, ret="Glansrijk Schoonmaak · Industrieweg 18 · 3542 AD Utrecht")
    add("NL", "nl", "Moneybird", "pdf", "facturen@glansrijk.nl", "Glansrijk Schoonmaak",
        "Studio Kanaal", "administratie@studiokanaal.nl", "Factuur GS-2026-0871 van Glansrijk Schoonmaak", issue,
        html="<p>Beste Studio Kanaal,</p><p>Hierbij ontvangt u factuur GS-2026-0871 voor het schoonmaakonderhoud in november.</p>"
             "<p>Met vriendelijke groet,<br>Glansrijk Schoonmaak</p>",
        pages=pages, fname="GS-2026-0871.pdf",
        exp=E("GS-2026-0871", tot, tot, issue, due, "Studio Kanaal V.O.F.", "administratie@studiokanaal.nl", ib, True, "nl"),
        note="Weekly hours listed as remarks, then a top-up line to the contract minimum; due from a 14-day term.")

    # 3 Flemish coworking, structured communication
    ib = iban("BE")
    issue, due = D(2026, 12, 1), D(2026, 12, 10)
    ogm = "+++240/1226/00324+++"
    net = 29500 + 4500 + 2400
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["De Werkplaats Coworking", "Oude Houtlei 118 · 9000 Gent", "BTW BE 0712.448.901", "hallo@werkplaats-gent.be"],
                ["Tibo Vandermeersch", "Lindenlei 7 bus 2", "9000 Gent"],
                "Factuur 2026/1226",
                [("Factuurdatum", mk.date(issue, "dmy/")), ("Vervaldag", mk.date(due, "dmy/")),
                 ("Periode", "december 2026"), ("Lidnummer", "WP-0387")],
                ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"],
                [("Vaste werkplek 'Atelier' – maandabonnement december", "1", "295,00", 29500),
                 ("Vergaderzaal, uren boven het inbegrepen tegoed (4 u)", "3", "15,00", 4500),
                 ("Brievenbus en domiciliëring", "1", "24,00", 2400)],
                [("Maatstaf van heffing", eur_nl(net), False), ("BTW 21 %", eur_nl(v), False),
                 ("Te betalen", eur_nl(tot), True)],
                ["Gelieve te betalen vóór de vervaldag op %s (BIC GEBABEBB)" % SP(ib),
                 "met de gestructureerde mededeling %s." % ogm],
                eur_nl)
    add("BE", "nl", "Teamleader", "pdf", "boekhouding@werkplaats-gent.be", "De Werkplaats Coworking",
        "Tibo Vandermeersch", "tibo@vandermeersch.studio", "Uw factuur voor december staat klaar", issue,
        text="Dag Tibo,\n\nJe factuur voor december zit in bijlage. Je vergaderuren van november\n"
             "(7 in totaal, 4 inbegrepen) zijn mee verrekend.\n\nTot in de Werkplaats!\nEline",
        pages=pages, fname="factuur-2026-1226.pdf",
        exp=E("2026/1226", tot, tot, issue, due, "Tibo Vandermeersch", "tibo@vandermeersch.studio", ib, None, "nl", ref=ogm),
        note="Flemish coworking subscription billed to a person with a studio mail address (business unclear); usage of meeting hours beyond the included credit.")

    # 4 courier verzamelfactuur over ritten, two pages
    ib = iban("NL")
    issue, due = D(2026, 12, 2), D(2026, 12, 30)
    rides = []
    day = D(2026, 11, 2)
    k = 0
    while day.month == 11:
        if day.weekday() < 5 and k % 3 != 1:
            km = 12 + (k * 7) % 31
            c = 1450 + km * 62
            rides.append(("%s  rit %s  Amersfoort – %s (%d km)" % (mk.date(day, "dmy-"), 70310 + k,
                          ["Soest", "Baarn", "Leusden", "Nijkerk", "Hoevelaken", "Barneveld"][k % 6], km),
                          None, None, c))
        day += datetime.timedelta(days=1)
        k += 1
    net = sum(r[3] for r in rides)
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Koeriersdienst Eemland", "Nijverheidsweg-Noord 60 · 3812 PM Amersfoort", "KvK 30217745"],
                ["Apotheek De Kei B.V.", "Langestraat 14", "3811 AC Amersfoort"],
                "Verzamelfactuur V-2026-11",
                [("Factuurnummer", "V-2026-11-0093"), ("Factuurdatum", mk.date(issue, "dmy-")),
                 ("Periode", "november 2026"), ("Aantal ritten", str(len(rides)))],
                ["Datum / ritnummer / traject", None, None, "Bedrag"], rides,
                [("Totaal ritten excl. btw", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Totaal te voldoen", eur_nl(tot), True)],
                ["Betaling binnen 28 dagen op %s t.n.v. Koeriersdienst Eemland." % SP(ib),
                 "Ritprijs: starttarief € 14,50 + € 0,62 per km."],
                eur_nl, per_first=12, page_hdr="V-2026-11-0093 · pagina %d van %d",
                carry="Transport naar volgende pagina", brought="Transport van vorige pagina")
    add("NL", "nl", "SnelStart", "pdf", "administratie@koerierseemland.nl", "Koeriersdienst Eemland",
        "Apotheek De Kei", "inkoop@apotheekdekei.nl", "Verzamelfactuur november 2026", issue,
        text="Geachte relatie,\n\nBijgaand de verzamelfactuur over alle ritten in november.\n\nKoeriersdienst Eemland",
        pages=pages, fname="verzamelfactuur_nov.pdf",
        exp=E("V-2026-11-0093", tot, tot, issue, due, "Apotheek De Kei B.V.", "inkoop@apotheekdekei.nl", ib, True, "nl"),
        note="Collective invoice: a heading 'Verzamelfactuur V-2026-11' different from the invoice number in the facts; one line per ride with its own date over two pages, 28-day term.")

    # 5 hovenier onderhoudscontract, body-text, consumer, termijn
    ib = iban("NL")
    issue, due = D(2026, 11, 27), D(2026, 12, 11)
    add("NL", "nl", "typed", "body-text", "tuin@groenhart-hoveniers.nl", "Groenhart Hoveniers",
        "Fam. Dekkers", "dekkers.thuis@ziggo.nl", "Factuur 1146 – tuinonderhoud termijn 11 van 12", issue,
        text="Beste familie Dekkers,\n\n"
             "Zoals afgesproken in het onderhoudscontract brengen we het tuinonderhoud in twaalf gelijke\n"
             "maandtermijnen in rekening, ongeacht het aantal bezoeken in die maand.\n\n"
             "Factuur 1146\nDatum: 27 november 2026\nAan: Fam. Dekkers, Beukenlaan 31, 6721 BD Bennekom\n\n"
             "Onderhoudscontract 2026, termijn 11 van 12        € 142,15\n"
             "Extra: afvoer blad (2 m³) 14 november              €  48,00\n"
             "                                                   --------\n"
             "Subtotaal                                          € 190,15\n"
             "Btw 21%%                                           €  39,93\n"
             "Totaal                                             € 230,08\n\n"
             "Wilt u dit bedrag vóór 11 december overmaken naar %s\n"
             "t.n.v. Groenhart Hoveniers?\n\n"
             "Termijn 12 volgt eind december; daarmee is het contract van dit jaar voldaan.\n\n"
             "Groet,\nRuud Groenhart" % SP(ib),
        exp=E("1146", 23008, 23008, issue, due, "Fam. Dekkers", "dekkers.thuis@ziggo.nl", ib, False, "nl"),
        note="Typed invoice for one of twelve contract instalments plus an extra line; the next instalment mentioned.")

    # 6 Flemish coffee-machine lease with cups used and a price change announced
    ib = iban("BE")
    issue, due = D(2026, 11, 30), D(2026, 12, 30)
    # 1840 cups at € 0,22
    net = 8900 + 40480 + 2600
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Bonenbar Koffieservice BV", "Vaartkaai 3 · 2800 Mechelen", "BTW BE 0698.220.514"],
                ["Fietsen Claes BV", "t.a.v. mevr. A. Claes", "Brusselsesteenweg 212", "2800 Mechelen"],
                "Factuur",
                [("Nummer", "BB26-0764"), ("Datum", mk.date(issue, "dmy/")), ("Vervaldatum", mk.date(due, "dmy/")),
                 ("Toestel", "Jura X8 · serienr. 7731-0482"), ("Tellerstand", "48 212 → 50 052 kopjes")],
                ["Omschrijving", "Aantal", "Prijs", "Totaal"],
                [("Huur koffiemachine november 2026", "1", "89,00", 8900),
                 ("Verbruik: kopjes volgens teller", "1840", "0,22", 40480),
                 ("Melkreiniger en ontkalker", "2", "13,00", 2600)],
                [("Totaal excl. BTW", eur_nl(net), False), ("BTW 21%", eur_nl(v), False),
                 ("Totaal incl. BTW", eur_nl(tot), True)],
                ["Betaling binnen 30 dagen na factuurdatum op %s." % SP(ib),
                 "Mededeling: BB26-0764",
                 "Let op: vanaf 1 januari 2027 wordt de huur € 94,00 per maand en het kopje € 0,24",
                 "(indexering volgens artikel 6 van het huurcontract)."],
                eur_nl)
    add("BE", "nl", "Exact Online", "pdf", "facturatie@bonenbar.be", "Bonenbar Koffieservice",
        "Fietsen Claes", "boekhouding@fietsenclaes.be", "Factuur BB26-0764", issue,
        text="Beste klant,\n\nIn bijlage vindt u de factuur van november voor uw koffiemachine.\n"
             "Noteer ook de nieuwe tarieven vanaf januari onderaan de factuur.\n\nBonenbar Koffieservice",
        pages=pages, fname="BB26-0764.pdf",
        exp=E("BB26-0764", tot, tot, issue, due, "Fietsen Claes BV", "boekhouding@fietsenclaes.be", ib, True, "nl"),
        note="Lease plus usage by counter reading; the price change for January printed under the payment line, with new amounts that are not to be paid; 'Mededeling' is the invoice number, not a labelled reference.")

    # 7 lift maintenance, annual prepayment, VvE
    ib = iban("NL")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 248000
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Liftservice Mulder & Zn.", "Hoogeveenseweg 40 · 7943 KA Meppel", "KvK 04119302 · NL001234567B88"],
                ["VvE Residentie De Wijde Blik", "p/a Beheermaatschappij Noord", "Postbus 1120", "8001 BC Zwolle"],
                "Factuur jaarabonnement 2027",
                [("Factuurnummer", "LM-27-0015"), ("Factuurdatum", mk.date(issue, "long")),
                 ("Contractperiode", "1 januari 2027 t/m 31 december 2027"), ("Installaties", "2 personenliften (A en B)")],
                ["Omschrijving", "Aantal", "Per jaar", "Bedrag"],
                [("Onderhoudsabonnement 'Totaal', per lift, jaarlijks vooruit", "2", "1.120,00", 224000),
                 ("Spreekluisterverbinding en 24/7 alarmopvolging", "2", "120,00", 24000),
                 ("Periodieke keuring (Liftinstituut) niet inbegrepen", None, None, None)],
                [("Totaal excl. btw", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Totaal", eur_nl(tot), True)],
                ["Het jaarabonnement wordt vooruit gefactureerd. Gelieve uiterlijk 31-12-2026",
                 "te betalen op %s, betalingskenmerk 3100 2700 1500 0012." % SP(ib)],
                eur_nl, layout=1)
    add("NL", "nl", "Twinfield", "pdf", "debiteuren@liftservicemulder.nl", "Liftservice Mulder",
        "Beheermaatschappij Noord", "vve@beheernoord.nl", "Factuur LM-27-0015 onderhoudsabonnement 2027", issue,
        text="Geachte heer, mevrouw,\n\nHierbij de factuur voor het onderhoudsabonnement van de liften over 2027,\n"
             "jaarlijks vooraf te voldoen.\n\nMet vriendelijke groet,\nLiftservice Mulder & Zn.",
        pages=pages, fname="LM-27-0015.pdf",
        exp=E("LM-27-0015", tot, tot, issue, due, "VvE Residentie De Wijde Blik", "vve@beheernoord.nl", ib, True, "nl",
              ref="3100270015000012"),
        note="Annual prepayment for the coming year billed in December; debtor is the VvE care of its manager; a betalingskenmerk in groups.")

    # 8 payroll office, body-html, per payslip with a minimum
    ib = iban("NL")
    issue, due = D(2026, 12, 3), D(2026, 12, 17)
    add("NL", "nl", "WeFact", "body-html", "factuur@loonhuys.nl", "Het Loonhuys",
        "Bakkerij Smits", "info@bakkerijsmits.nl", "Factuur 2026-0952 salarisverwerking november", issue,
        html="<html><body style=\"font-family:Arial\"><p>Beste mevrouw Smits,</p>"
             "<p>Hierbij de factuur voor de salarisverwerking van november 2026.</p>"
             "<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><td>Factuurnummer</td><td><b>2026-0952</b></td></tr>"
             "<tr><td>Factuurdatum</td><td>03-12-2026</td></tr>"
             "<tr><td>Debiteur</td><td>Bakkerij Smits V.O.F., Dorpsstraat 9, 5591 AB Heeze</td></tr></table>"
             "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse;margin-top:12px\">"
             "<tr><th>Omschrijving</th><th>Aantal</th><th>Bedrag</th></tr>"
             "<tr><td>Loonstroken november (à € 14,50)</td><td>3</td><td>€ 43,50</td></tr>"
             "<tr><td>Aanvulling tot minimumtarief per verloning (€ 65,00)</td><td></td><td>€ 21,50</td></tr>"
             "<tr><td>Aangifte loonheffingen november</td><td>1</td><td>€ 18,00</td></tr>"
             "<tr><td colspan=\"2\">Subtotaal</td><td>€ 83,00</td></tr>"
             "<tr><td colspan=\"2\">Btw 21%%</td><td>€ 17,43</td></tr>"
             "<tr><td colspan=\"2\"><b>Totaal te betalen</b></td><td><b>€ 100,43</b></td></tr></table>"
             "<p>Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken op %s t.n.v. Het Loonhuys "
             "onder vermelding van 2026-0952.</p>"
             "<p>Met vriendelijke groet,<br>Sanne Peeters<br>Het Loonhuys – salarisadministratie voor het MKB</p>"
             "</body></html>" % SP(ib),
        exp=E("2026-0952", 10043, 10043, issue, due, "Bakkerij Smits V.O.F.", "info@bakkerijsmits.nl", ib, True, "nl"),
        note="Monthly payroll invoice in HTML: payslips below the minimum fee topped up by a line; term of 14 days.")

    # 9 web agency retainer, timesheet PDF first, invoice second
    ib = iban("NL")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 150000 + 6 * 9500
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Pixelwerf", "Webbureau · Oudegracht 201 · 3511 NG Utrecht", "KvK 59902114 · btw NL003311998B42"],
                ["Zorggroep Lekstroom", "afdeling Communicatie", "Postbus 88", "3430 AB Nieuwegein"],
                "Factuur F2026-118",
                [("Datum", mk.date(issue, "dmy-")), ("Betalen vóór", mk.date(due, "dmy-")),
                 ("Uw referentie", "PO 45002871"), ("Retainer", "20 uur per maand, periode november 2026")],
                ["Omschrijving", "Uren", "Tarief", "Bedrag"],
                [("Retainer website en intranet – november (20 uur)", "20", "75,00", 150000),
                 ("Meerwerk boven retainer (zie urenoverzicht)", "6", "95,00", 57000)],
                [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Totaal", eur_nl(tot), True)],
                ["Betaling op %s t.n.v. Pixelwerf, o.v.v. F2026-118." % SP(ib)], eur_nl)
    ts = simple(["Pixelwerf", "Urenoverzicht"], ["Zorggroep Lekstroom"], "Urenoverzicht november 2026",
                [("Project", "Retainer web"), ("Medewerker", "diverse")],
                [("03-11  Nieuwsberichten plaatsen", "2,5 u"), ("06-11  Formulier vacatures aangepast", "4,0 u"),
                 ("10-11  Updates WordPress en plug-ins", "3,0 u"), ("13-11  Toegankelijkheidscheck", "5,5 u"),
                 ("18-11  Intranet: nieuwe afdelingspagina's", "6,0 u"), ("24-11  Zoekfunctie intranet", "5,0 u"),
                 "--", ("Totaal", "26,0 u", True), ("Waarvan retainer", "20,0 u"), ("Meerwerk", "6,0 u")])
    add("NL", "nl", "Jortt", "pdf", "hallo@pixelwerf.nl", "Pixelwerf", "Communicatie Lekstroom",
        "facturen@lekstroom.nl", "Pixelwerf – november", issue,
        text="Hoi Ilse,\n\nHierbij twee bijlagen: het urenoverzicht van november en de factuur. We zaten\n"
             "deze maand zes uur boven de retainer, vooral door het intranet.\n\nGroetjes,\nBram",
        pages=pages, fname="F2026-118.pdf", pages2=ts, fname2="overzicht-uren.pdf", where2="before",
        exp=E("F2026-118", tot, tot, issue, due, "Zorggroep Lekstroom", "facturen@lekstroom.nl", ib, True, "nl"),
        note="Two PDFs, the timesheet first (with hours and no money); the invoice second; hours over the retainer billed at a higher rate; a PO number.")

    # 10 hosting subscription, body-html
    ib = iban("NL")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    add("NL", "nl", "WHMCS", "body-html", "billing@serverkelder.nl", "Serverkelder Hosting",
        "Jeroen Bos", "jeroen@bosfotografie.nl", "Nieuwe factuur #40918", issue,
        html="<html><body><h2>Factuur #40918</h2>"
             "<p>Beste Jeroen Bos,</p><p>Er is een nieuwe factuur aangemaakt voor uw hostingpakket.</p>"
             "<p>Factuurdatum: 1-12-2026<br>Vervaldatum: 15-12-2026</p>"
             "<table border=\"1\" cellpadding=\"3\"><tr><th>Omschrijving</th><th>Bedrag</th></tr>"
             "<tr><td>Hosting Pro – bosfotografie.nl (01-12-2026 – 31-12-2026)</td><td>€ 12,95</td></tr>"
             "<tr><td>Extra opslag 50 GB (01-12-2026 – 31-12-2026)</td><td>€ 4,00</td></tr>"
             "<tr><td>Domeinregistratie bosfotografie.nl (01-12-2026 – 30-11-2027)</td><td>€ 9,95</td></tr>"
             "<tr><td>Subtotaal</td><td>€ 26,90</td></tr><tr><td>21%% btw</td><td>€ 5,65</td></tr>"
             "<tr><td><b>Totaal</b></td><td><b>€ 32,55</b></td></tr></table>"
             "<p>Betaal eenvoudig via iDEAL in het klantenpaneel, of maak het bedrag over naar %s "
             "t.n.v. Serverkelder B.V. met betalingskenmerk 7000 4091 8001.</p>"
             "<p>Bosfotografie · Molenstraat 3 · 7411 GV Deventer</p></body></html>" % SP(ib),
        exp=E("40918", 3255, 3255, issue, due, "Jeroen Bos", "jeroen@bosfotografie.nl", ib, True, "nl",
              ref="700040918001"),
        note="Hosting panel invoice mail '#40918' with service periods on each line (one a year ahead); the debtor a one-man photography business.")

    # 11 office rent with service costs, due the first day
    ib = iban("NL")
    issue, due = D(2026, 11, 20), D(2026, 12, 1)
    net = 185000 + 31500 + 4200
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Bedrijvenhof Zuidas Haarlem B.V.", "Fustweg 11 · 2031 CJ Haarlem"],
                ["Adviesbureau Meerzicht B.V.", "Fustweg 11, unit 2.04", "2031 CJ Haarlem"],
                "Huurfactuur december 2026",
                [("Factuurnummer", "HF-2026-12-204"), ("Factuurdatum", mk.date(issue, "dmy-")),
                 ("Huurperiode", "01-12-2026 t/m 31-12-2026"), ("Huurovereenkomst", "BZH-204 (kantoorruimte 148 m²)")],
                ["Omschrijving", None, None, "Bedrag"],
                [("Huur kantoorruimte unit 2.04", None, None, 185000),
                 ("Voorschot servicekosten (schoonmaak algemene ruimten, energie, lift)", None, None, 31500),
                 ("Parkeerplaats P-17", None, None, 4200)],
                [("Totaal excl. btw", eur_nl(net), False), ("Btw 21% (belaste verhuur)", eur_nl(v), False),
                 ("Totaal", eur_nl(tot), True)],
                ["De huur is vooruit verschuldigd en dient uiterlijk op 1 december 2026 te zijn bijgeschreven",
                 "op %s t.n.v. Bedrijvenhof Zuidas Haarlem B.V." % SP(ib),
                 "Afrekening servicekosten 2026 volgt in het tweede kwartaal van 2027."],
                eur_nl, layout=1)
    add("NL", "nl", "Exact Online", "pdf", "huur@bedrijvenhofhaarlem.nl", "Bedrijvenhof Zuidas Haarlem",
        "Meerzicht administratie", "administratie@meerzicht-advies.nl", "Huurfactuur december 2026 – unit 2.04", issue,
        text="Geachte huurder,\n\nBijgevoegd treft u de huurfactuur voor december 2026 aan.\n\nMet vriendelijke groet,\nBedrijvenhof Zuidas Haarlem",
        pages=pages, fname="HF-2026-12-204.pdf",
        exp=E("HF-2026-12-204", tot, tot, issue, due, "Adviesbureau Meerzicht B.V.", "administratie@meerzicht-advies.nl", ib, True, "nl"),
        note="Rent invoice sent ahead of the period; due on the first day of the period as printed in a sentence; a service-cost settlement promised later.")

    # 12 security firm monthly rounds, body-text
    ib = iban("NL")
    issue, due = D(2026, 12, 2), D(2026, 12, 23)
    net = 31 * 1850 + 2 * 6500
    v = vat(net, 0.21)
    tot = net + v
    add("NL", "nl", "typed", "body-text", "administratie@nachtwacht-beveiliging.nl", "Nachtwacht Beveiliging",
        "", "facilitair@transportvdberg.nl", "factuur 2026/311 surveillance november", issue,
        text="Geachte heer Van den Berg,\n\nHierbij onze factuur voor de mobiele surveillance in november.\n\n"
             "FACTUUR 2026/311\n"
             "Datum: 2 december 2026\n"
             "Klant: Transportbedrijf Van den Berg B.V., Havenweg 40, 4251 LB Werkendam\n"
             "Object: terrein en loods Havenweg 40\n\n"
             "Sluitronde 22:00 uur, 31 rondes à € 18,50          € %s\n"
             "Alarmopvolging 8 en 21 november, 2× à € 65,00       € 130,00\n"
             "Subtotaal                                           € %s\n"
             "BTW 21%%                                             € %s\n"
             "Totaal                                              € %s\n\n"
             "Rapportages van de rondes staan in het klantportaal.\n"
             "Betaling graag binnen 21 dagen op %s (Nachtwacht Beveiliging B.V.).\n\n"
             "Met vriendelijke groet,\nAdministratie Nachtwacht" % (
                 mk.money(31 * 1850, "nl"), mk.money(net, "nl"), mk.money(v, "nl"), mk.money(tot, "nl"), SP(ib)),
        exp=E("2026/311", tot, tot, issue, due, "Transportbedrijf Van den Berg B.V.", "facilitair@transportvdberg.nl", ib, True, "nl"),
        note="Typed invoice with no display name on the To header; rounds counted per night and alarm call-outs; 21-day term.")

    # 13 window cleaner, body-text, three rounds in one bill to a consumer
    ib = iban("NL")
    issue, due = D(2026, 11, 28), D(2026, 12, 12)
    add("NL", "nl", "typed", "body-text", "info@helderzicht-glazenwassers.nl", "Helderzicht Glazenwassers",
        "W. Roozendaal", "w.roozendaal@kpnmail.nl", "Rekening glasbewassing sep-nov", issue,
        text="Goedendag meneer Roozendaal,\n\n"
             "U betaalt bij ons per kwartaal. Hieronder de rekening voor de laatste drie beurten.\n\n"
             "Rekeningnr. HZ-3390     datum 28-11-2026\n"
             "W. Roozendaal, Vogelzang 12, 2201 KL Noordwijk\n\n"
             "  10-09-2026  ramen buiten + kozijnen      € 27,50\n"
             "  08-10-2026  ramen buiten                 € 22,00\n"
             "  05-11-2026  ramen buiten + dakkapel      € 31,00\n"
             "  ---------------------------------------------\n"
             "  totaal (incl. 21%% btw)                  € 80,50\n\n"
             "Graag binnen 14 dagen op %s, Helderzicht Glazenwassers.\n"
             "De volgende beurt staat gepland rond 3 december.\n\nVriendelijke groet,\nKees" % SP(ib),
        exp=E("HZ-3390", 8050, 8050, issue, due, "W. Roozendaal", "w.roozendaal@kpnmail.nl", ib, False, "nl"),
        note="Quarterly bill gathering three dated cleaning rounds; called 'rekening'; VAT included only; next round mentioned with a date.")

    # 14 charge-point usage, body-html, kWh with a cap per session
    ib = iban("NL")
    issue, due = D(2026, 12, 4), D(2026, 12, 18)
    add("NL", "nl", "own portal", "body-html", "noreply@laadnet-oost.nl", "Laadnet Oost",
        "Hoveniersbedrijf Lammers", "admin@lammers-groen.nl", "Factuur laadsessies november – LNO-26-11-0218", issue,
        html="<div style=\"font-family:Verdana;font-size:13px\"><p>Geachte klant,</p>"
             "<p>Uw factuur voor het laden op de laadpassen van <b>Hoveniersbedrijf Lammers</b> (klantnr. 20118).</p>"
             "<table><tr><td>Factuurnummer</td><td>LNO-26-11-0218</td></tr><tr><td>Datum</td><td>4 december 2026</td></tr>"
             "<tr><td>Verbruiksperiode</td><td>1 t/m 30 november 2026</td></tr></table>"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
             "<tr><th>Laadpas</th><th>Sessies</th><th>kWh</th><th>Bedrag</th></tr>"
             "<tr><td>NL-LNO-C00381 (bus 1)</td><td>19</td><td>612,4</td><td>€ 238,84</td></tr>"
             "<tr><td>NL-LNO-C00382 (bus 2)</td><td>16</td><td>540,0</td><td>€ 210,60</td></tr>"
             "<tr><td>Starttarief (35 × € 0,35)</td><td></td><td></td><td>€ 12,25</td></tr>"
             "<tr><td>Pasabonnement 2 × € 2,50</td><td></td><td></td><td>€ 5,00</td></tr>"
             "<tr><td colspan=\"3\">Subtotaal (tarief € 0,39/kWh, max. € 15,00 per sessie)</td><td>€ 466,69</td></tr>"
             "<tr><td colspan=\"3\">Btw 21%%</td><td>€ 98,00</td></tr>"
             "<tr><td colspan=\"3\"><b>Te betalen</b></td><td><b>€ 564,69</b></td></tr></table>"
             "<p>Het bedrag wordt niet automatisch geïncasseerd. Maak het uiterlijk 18-12-2026 over naar "
             "%s t.n.v. Laadnet Oost B.V. met betalingskenmerk 1020 1182 6110.</p>"
             "<p>Sessieoverzicht per laadpas vindt u in het portaal.</p></div>" % SP(ib),
        exp=E("LNO-26-11-0218", 56469, 56469, issue, due, "Hoveniersbedrijf Lammers", "admin@lammers-groen.nl", ib, True, "nl",
              ref="102011826110"),
        note="Usage invoice in kWh per charge card with a per-session cap and start fees; betalingskenmerk in groups; the sentence about no direct debit.")

    # 15 IT invoice correcting last month's by a line
    ib = iban("NL")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    net = 12 * 2450 + 12 * 1200 - 2 * 2450 - 2 * 1200
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Netwijs Automatisering", "Markt 5 · 4611 EA Bergen op Zoom", "KvK 20087311"],
                ["Tandartsenpraktijk Zoomvliet", "t.a.v. de praktijkmanager", "Zoomvlietweg 2", "4624 RP Bergen op Zoom"],
                "Factuur 2026-1204",
                [("Factuurdatum", mk.date(issue, "dmy-")), ("Vervaldatum", mk.date(due, "dmy-")),
                 ("Periode", "december 2026"), ("Debiteurnr.", "1044")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                [("Werkplekbeheer december 2026", "12", "24,50", 29400),
                 ("Microsoft 365 Business Premium december 2026", "12", "12,00", 14400),
                 ("Correctie 2026-1107: 2 werkplekken te veel", "-2", "24,50", -4900),
                 ("Correctie 2026-1107: 2 licenties te veel", "-2", "12,00", -2400)],
                [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Totaal", eur_nl(tot), True)],
                ["Wij verzoeken u vriendelijk het totaal vóór de vervaldatum te voldoen op %s." % SP(ib),
                 "Vermeld bij betaling het factuurnummer."], eur_nl)
    add("NL", "nl", "e-Boekhouden", "pdf", "facturen@netwijs.nl", "Netwijs Automatisering",
        "Praktijkmanager Zoomvliet", "praktijk@tandartszoomvliet.nl", "Factuur 2026-1204", issue,
        text="Beste Lotte,\n\nIn de factuur van december zijn de twee werkplekken die in november te veel\n"
             "waren gefactureerd teruggeboekt, zie de correctieregels.\n\nGroet,\nNetwijs Automatisering",
        pages=pages, fname="Factuur_2026-1204.pdf",
        exp=E("2026-1204", tot, tot, issue, due, "Tandartsenpraktijk Zoomvliet", "praktijk@tandartszoomvliet.nl", ib, True, "nl"),
        note="December invoice that corrects November's by two negative lines naming the earlier invoice number; not a credit note.")

    # 16 Flemish accountant monthly forfait, body-text, structured communication
    ib = iban("BE")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    ogm = "+++090/4417/26128+++"
    add("BE", "nl", "typed", "body-text", "facturatie@boekhoudkantoor-verbeke.be", "Boekhoudkantoor Verbeke",
        "Schrijnwerkerij Maes", "info@schrijnwerkerijmaes.be", "Factuur F26/1291 – maandforfait december", issue,
        text="Beste Pieter,\n\nHier is de factuur voor het maandforfait van december.\n\n"
             "Factuur F26/1291 van 01/12/2026\n"
             "Klant: Schrijnwerkerij Maes BV, Kerkstraat 88, 8870 Izegem – BTW BE 0544.812.377\n\n"
             "Maandforfait boekhouding en btw-aangiften (december)    € 245,00\n"
             "Verwerking 38 aankoopfacturen boven het forfait (30)    €  24,00\n"
             "Totaal excl. btw                                        € 269,00\n"
             "Btw 21%%                                                 €  56,49\n"
             "Totaal te betalen                                       € 325,49\n\n"
             "Gelieve te betalen voor 15/12/2026 op rekening %s\n"
             "met de mededeling %s.\n\n"
             "Vanaf januari wordt het forfait geïndexeerd naar € 252,00.\n\n"
             "Met vriendelijke groeten,\nAn Verbeke" % (SP(ib), ogm),
        exp=E("F26/1291", 32549, 32549, issue, due, "Schrijnwerkerij Maes BV", "info@schrijnwerkerijmaes.be", ib, True, "nl", ref=ogm),
        note="Flemish typed monthly fixed-fee invoice with an overage line and next year's indexed price mentioned.")

    # 17 Flemish private lease with kilometre overrun
    ib = iban("BE")
    issue, due = D(2026, 12, 1), D(2026, 12, 20)
    ogm = "+++803/3612/04470+++"
    net = 41300 + 184 * 9
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Rijklaar Lease BV", "Kortrijksesteenweg 1092 · 9051 Sint-Denijs-Westrem", "BTW BE 0677.315.208"],
                ["Mevrouw Jolien De Smet", "Molenstraat 14", "9890 Gavere"],
                "FACTUUR RL-2612-0447",
                [("Datum", mk.date(issue, "dmy/")), ("Vervaldag", mk.date(due, "dmy/")),
                 ("Contract", "PL-2025-0447 · Toyota Yaris Cross · 2-AXT-118"),
                 ("Huurmaand", "december 2026 (maand 20 van 48)")],
                ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                [("Maandelijkse leasevergoeding", "1", "413,00", 41300),
                 ("Meer-km jaar 1 (15.184 t.o.v. 15.000 km)", "184", "0,09", 184 * 9)],
                [("Totaal excl. btw", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Te betalen", eur_nl(tot), True)],
                ["Te betalen op %s met gestructureerde mededeling %s." % (SP(ib), ogm)], eur_nl, layout=1)
    add("BE", "nl", "Odoo", "pdf", "facturen@rijklaarlease.be", "Rijklaar Lease",
        "Jolien De Smet", "jolien.desmet@telenet.be", "Uw leasefactuur december", issue,
        text="Beste mevrouw De Smet,\n\nIn bijlage vindt u uw leasefactuur voor december. Omdat u in het eerste\n"
             "contractjaar 184 km boven uw kilometerbundel reed, staat er eenmalig een extra regel op.\n\nRijklaar Lease",
        pages=pages, fname="RL-2612-0447.pdf",
        exp=E("RL-2612-0447", tot, tot, issue, due, "Jolien De Smet", "jolien.desmet@telenet.be", ib, False, "nl", ref=ogm),
        note="Private lease for a consumer: monthly fee plus a kilometre overrun line; 'maand 20 van 48'.")

    # 18 Flemish landscaper: three-page collective invoice of work reports
    ib = iban("BE")
    issue, due = D(2026, 11, 30), D(2026, 12, 30)
    ogm = "+++115/0930/11286+++"
    rows = []
    jobs = ["maaien gazons", "snoeien hagen", "onkruid op verharding", "blad ruimen", "vijver reinigen",
            "bemesten borders", "maaien bermen", "snoeiafval afvoeren"]
    sites = ["Residentie Ter Linde", "Residentie Parkzicht", "Residentie Den Hoek"]
    d0 = D(2026, 9, 1)
    for k in range(46):
        d = d0 + datetime.timedelta(days=2 * k)
        if d.weekday() >= 5:
            d += datetime.timedelta(days=2)
        h = [2, 3, 4, 2.5, 6][k % 5]
        c = int(round(h * 4800))
        rows.append(("%s  werkbon %d  %s – %s (%s u)" % (mk.date(d, "dmy/"), 5120 + k, sites[k % 3], jobs[k % 8],
                                                          ("%g" % h).replace(".", ",")), None, None, c))
    net = sum(r[3] for r in rows)
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Groenwerken Van Hecke", "Brugsesteenweg 301 · 8800 Roeselare", "BTW BE 0823.604.117"],
                ["Syndicus Immo Delva BV", "voor VME Residenties Roeselare-Noord", "Noordlaan 9", "8800 Roeselare"],
                "Verzamelfactuur 2026-0311",
                [("Factuurdatum", mk.date(issue, "dmy/")), ("Vervaldatum", mk.date(due, "dmy/")),
                 ("Periode", "september – november 2026"), ("Uurtarief", "€ 48,00 excl. btw")],
                ["Datum / werkbon / plaats – werk", None, None, "Bedrag"], rows,
                [("Totaal excl. btw", eur_nl(net), False), ("Btw 21%", eur_nl(v), False),
                 ("Totaal te betalen", eur_nl(tot), True)],
                ["Betaling op %s, mededeling %s." % (SP(ib), ogm),
                 "De ondertekende werkbons liggen ter inzage op ons kantoor."],
                eur_nl, per_first=14, per_next=20, page_hdr="Verzamelfactuur 2026-0311 – pagina %d/%d",
                carry="Over te dragen", brought="Overgedragen")
    add("BE", "nl", "Word/PDF", "pdf", "administratie@groenwerkenvanhecke.be", "Groenwerken Van Hecke",
        "Immo Delva", "syndicus@immodelva.be", "verzamelfactuur najaar", issue,
        text="Goedemiddag,\n\nIn bijlage de verzamelfactuur voor de werken in de drie residenties van september\n"
             "tot en met november.\n\nGroeten,\nStijn Van Hecke",
        pages=pages, fname="VF_2026-0311.pdf",
        exp=E("2026-0311", tot, tot, issue, due, "Syndicus Immo Delva BV", "syndicus@immodelva.be", ib, True, "nl", ref=ogm),
        note="Three pages: 46 dated work orders, 'Over te dragen'/'Overgedragen' carried totals, page header 'pagina 2/3'; totals on the last page only.")

    # 19 sports club / gym membership, body-html
    ib = iban("NL")
    issue, due = D(2026, 12, 1), D(2026, 12, 8)
    add("NL", "nl", "own system", "body-html", "ledenadministratie@sportcentrumdepolder.nl", "Sportcentrum De Polder",
        "Esra Yildiz", "esra.yildiz@gmail.com", "Je factuur voor december is er", issue,
        html="<p>Hoi Esra,</p><p>Je factuur voor december staat hieronder. Omdat je geen machtiging voor "
             "automatische incasso hebt afgegeven, vragen we je het bedrag zelf over te maken.</p>"
             "<table style=\"border:1px solid #ccc\" cellpadding=\"5\">"
             "<tr><td>Factuur</td><td>DP-L-2026-12-0719</td></tr>"
             "<tr><td>Datum</td><td>1 december 2026</td></tr>"
             "<tr><td>Lid</td><td>Esra Yildiz (lidnr. 0719)</td></tr>"
             "<tr><td>All-in lidmaatschap, december</td><td>€ 44,90</td></tr>"
             "<tr><td>Groepsles Reformer pilates, 10-rittenkaart</td><td>€ 85,00</td></tr>"
             "<tr><td><b>Totaal (incl. 21%% btw)</b></td><td><b>€ 129,90</b></td></tr>"
             "<tr><td>Uiterlijk betalen</td><td>8 december 2026</td></tr></table>"
             "<p>IBAN %s t.n.v. Sportcentrum De Polder, o.v.v. je lidnummer.</p>"
             "<p>Sportieve groet,<br>Ledenadministratie</p>" % SP(ib),
        exp=E("DP-L-2026-12-0719", 12990, 12990, issue, due, "Esra Yildiz", "esra.yildiz@gmail.com", ib, False, "nl"),
        note="'Je factuur voor december is er': membership plus a class card; the sentence about not having a direct-debit mandate.")

    # 20 linen service: collective invoice with the delivery notes PDF after it
    ib = iban("NL")
    issue, due = D(2026, 11, 30), D(2026, 12, 14)
    notes = [("03-11-2026", "PB-88120", 14230), ("10-11-2026", "PB-88244", 13875), ("17-11-2026", "PB-88391", 15110),
             ("24-11-2026", "PB-88502", 12960)]
    rows = [("Pakbon %s van %s – tafellinnen en keukentextiel" % (n, d), None, None, c) for d, n, c in notes]
    rows.append(("Huur textiel (vast) november", None, None, 6500))
    net = sum(r[3] for r in rows)
    v = vat(net, 0.21)
    tot = net + v
    pages = doc(["Wasserij Blanc", "Hallenweg 7 · 7202 BE Zutphen", "KvK 08102933"],
                ["Restaurant 't Spijkerhuys", "Houtmarkt 44", "7201 KM Zutphen"],
                "Verzamelfactuur 11-2026",
                [("Factuurnummer", "WB 26.1130.07"), ("Datum", mk.date(issue, "dmy-")), ("Betaaltermijn", "14 dagen")],
                ["Omschrijving", None, None, "Bedrag"], rows,
                [("Subtotaal", eur_nl(net), False), ("Btw 21%", eur_nl(v), False), ("Totaal", eur_nl(tot), True)],
                ["Over te maken op %s o.v.v. WB 26.1130.07." % SP(ib)], eur_nl)
    pb = simple(["Wasserij Blanc", "Pakbon"], ["Restaurant 't Spijkerhuys"], "Pakbon PB-88502",
                [("Leverdatum", "24-11-2026"), ("Route", "dinsdag 2")],
                [("Tafellakens 140×240", "36 st."), ("Servetten 50×50", "220 st."), ("Koksbuizen", "14 st."),
                 ("Theedoeken", "60 st."), "--", "Ontvangen in goede staat: ________________"])
    add("NL", "nl", "Exact Online", "pdf", "debiteuren@wasserijblanc.nl", "Wasserij Blanc",
        "'t Spijkerhuys", "keuken@spijkerhuys.nl", "Verzamelfactuur november + pakbon", issue,
        text="Beste Hans,\n\nBijgaand de verzamelfactuur over november en de pakbon van 24 november, die nog\n"
             "niet was afgetekend.\n\nWasserij Blanc",
        pages=pages, fname="WB_26.1130.07.pdf", pages2=pb, fname2="PB-88502.pdf", where2="after",
        exp=E("WB 26.1130.07", tot, tot, issue, due, "Restaurant 't Spijkerhuys", "keuken@spijkerhuys.nl", ib, True, "nl"),
        note="Collective invoice over four delivery notes; a delivery note PDF rides along after it; the number has spaces and dots.")


# ===== English invoices (UK, IE, US, CA) ===================================================

def usd(c):
    return "$" + mk.money(c, "en")


def eur_en(c):
    return "€" + mk.money(c, "en")


def en_invoices():
    # 1 UK IT support retainer, two pages
    ib = iban("GB")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    items = [("Managed support – user", 18, 3500), ("Microsoft 365 Business Premium", 18, 1810),
             ("Microsoft 365 E3 (directors)", 2, 3080), ("Defender for Business add-on", 2, 260),
             ("Cloud backup – mailbox", 20, 200), ("Cloud backup – SharePoint per TB", 2, 3000),
             ("Server monitoring – physical host", 1, 6000), ("Server monitoring – VM", 3, 1500),
             ("Firewall management – Meraki MX67", 1, 4500), ("Wi-Fi access point management", 5, 500),
             ("Switch management", 2, 750), ("Password manager – business seat", 20, 300),
             ("DNS filtering per device", 24, 150), ("Patch management per endpoint", 24, 250),
             ("Remote monitoring agent per endpoint", 24, 200), ("Phishing simulation per user", 20, 120),
             ("Hosted telephony seat", 12, 850), ("Call recording add-on", 4, 300),
             ("Printer fleet management", 3, 1100), ("Domain and DNS hosting", 3, 150),
             ("Out-of-hours cover (bolt-on)", 1, 9500), ("Onsite visit 18 Nov – new starter set-up (hrs)", 3, 8500)]
    rows = [("Period: 1 December 2026 – 31 December 2026", None, None, None)]
    net = 0
    for desc, q, u in items:
        net += q * u
        rows.append((desc, str(q), mk.money(u, "en"), q * u))
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Ashgrove IT Services Ltd", "Unit 6, Riverside Court · Shrewsbury SY1 2HW",
                 "Company no. 09833101 · VAT GB 281 4470 33"],
                ["Pennine Chartered Surveyors", "Accounts Payable", "14 Castle Foregate", "Shrewsbury SY1 2EL"],
                "TAX INVOICE  INV-07342",
                [("Invoice date", mk.date(issue, "long", "en")), ("Due date", mk.date(due, "long", "en")),
                 ("Account", "PEN001"), ("Agreement", "Managed Service Agreement, monthly in advance")],
                ["Description", "Qty", "Unit", "Amount"], rows,
                [("Net", gbp(net), False), ("VAT @ 20%", gbp(v), False), ("Total GBP", gbp(tot), True)],
                ["Please pay by BACS: Ashgrove IT Services Ltd, sort code 60-14-22, account 51839077,",
                 "IBAN %s. Quote INV-07342 as your reference." % SP(ib)],
                gbp, per_first=18, page_hdr="INV-07342 · page %d of %d", carry="Carried forward",
                brought="Brought forward", footer="Ashgrove IT Services Ltd · registered in England and Wales")
    add("GB", "en", "Xero", "pdf", "accounts@ashgrove-it.co.uk", "Ashgrove IT Services",
        "Pennine Accounts", "accounts@penninesurveyors.co.uk", "Invoice INV-07342 from Ashgrove IT Services Ltd for Pennine Chartered Surveyors", issue,
        text="Hi Pennine team,\n\nHere's invoice INV-07342 for GBP %s, your monthly managed service for December.\n\n"
             "The amount outstanding of GBP %s is due on %s.\n\nThanks,\nAshgrove IT Services Ltd" % (
                 mk.money(tot, "en"), mk.money(tot, "en"), mk.date(due, "long", "en")),
        pages=pages, fname="Invoice INV-07342.pdf",
        exp=E("INV-07342", tot, tot, issue, due, "Pennine Chartered Surveyors", "accounts@penninesurveyors.co.uk", ib, True, "en", cur="GBP"),
        note="Two-page managed-service invoice, 'Carried forward'/'Brought forward', 'page 2 of 2' header; totals on page 2; UK sort code beside the IBAN.")

    # 2 UK office cleaning with a work report PDF after
    ib = iban("GB")
    issue, due = D(2026, 11, 30), D(2026, 12, 30)
    net = 21 * 4200 + 2 * 3600 + 1850
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Brightway Commercial Cleaning", "42 Mill Lane · Leeds LS10 1QR", "VAT reg. 402 7718 90"],
                ["Harcourt & Lyle Solicitors", "3rd Floor, Park Row House", "Leeds LS1 5JL"],
                "Invoice",
                [("Invoice no.", "BCC-11870"), ("Date", mk.date(issue, "dmy/")), ("Terms", "30 days"),
                 ("Contract", "Daily office clean, Mon–Fri evenings")],
                ["Description", "Visits", "Rate", "Amount"],
                [("Evening office clean – November", "21", "42.00", 21 * 4200),
                 ("Deep clean of kitchen (7th and 21st Nov)", "2", "36.00", 7200),
                 ("Washroom consumables restock", "1", "18.50", 1850)],
                [("Subtotal", gbp(net), False), ("VAT 20%", gbp(v), False), ("Invoice total", gbp(tot), True)],
                ["Payment within 30 days to Brightway Commercial Cleaning,",
                 "IBAN %s, reference BCC-11870." % SP(ib)], gbp, layout=1)
    rep = simple(["Brightway Commercial Cleaning", "Monthly site report"], ["Harcourt & Lyle Solicitors"],
                 "Site report – November 2026",
                 [("Supervisor", "Donna Kirk"), ("Site", "Park Row House, 3rd floor")],
                 ["Cleans completed: 21 of 21 scheduled.",
                  "Issues: kitchen tap dripping (reported to building manager 12 Nov).",
                  "Audit score: 94 % (target 90 %).", "Keys: two sets held, checked 30 Nov."])
    add("GB", "en", "QuickBooks", "pdf", "invoices@brightwaycleaning.co.uk", "Brightway Commercial Cleaning",
        "Harcourt & Lyle", "accounts@harcourtlyle.co.uk", "Invoice BCC-11870 and site report", issue,
        text="Dear Accounts,\n\nPlease find attached our invoice for November's cleaning, together with the monthly\n"
             "site report for your office manager.\n\nKind regards,\nBrightway Commercial Cleaning",
        pages=pages, fname="BCC-11870.pdf", pages2=rep, fname2="site-report-nov.pdf", where2="after",
        exp=E("BCC-11870", tot, tot, issue, due, "Harcourt & Lyle Solicitors", "accounts@harcourtlyle.co.uk", ib, True, "en", cur="GBP"),
        note="Invoice with a second PDF (a site report with a percentage, no money); 30-day term from the invoice date.")

    # 3 UK coworking membership, body-html
    ib = iban("GB")
    issue, due = D(2026, 12, 1), D(2026, 12, 7)
    add("GB", "en", "Nexudus", "body-html", "billing@thecopperworks.co.uk", "The Copper Works",
        "Priya Raman", "priya@ramandesign.co.uk", "Your invoice for December is ready – #CW-26-1841", issue,
        html="<div style=\"font-family:Helvetica\"><p>Hi Priya,</p>"
             "<p>Your invoice for December is below. Thanks for being part of The Copper Works.</p>"
             "<table cellpadding=\"5\"><tr><td>Invoice</td><td>#CW-26-1841</td></tr>"
             "<tr><td>Issued</td><td>1 Dec 2026</td></tr><tr><td>Due</td><td>7 Dec 2026</td></tr>"
             "<tr><td>Billed to</td><td>Raman Design Ltd</td></tr></table><hr>"
             "<table cellpadding=\"5\"><tr><td>Resident desk – December</td><td>£250.00</td></tr>"
             "<tr><td>Meeting room credits top-up (10)</td><td>£45.00</td></tr>"
             "<tr><td>Locker L-14</td><td>£15.00</td></tr>"
             "<tr><td>VAT 20%%</td><td>£62.00</td></tr>"
             "<tr><td><b>Total due</b></td><td><b>£372.00</b></td></tr></table>"
             "<p>Pay by card from your member portal, or by bank transfer to The Copper Works Ltd, IBAN %s.</p>"
             "<p>The Copper Works · 9 Foundry Street · Bristol BS2 0HT</p></div>" % SP(ib),
        exp=E("CW-26-1841", 37200, 37200, issue, due, "Raman Design Ltd", "priya@ramandesign.co.uk", ib, True, "en", cur="GBP"),
        note="'Your invoice for December is ready' with the whole bill in HTML; billed to the member's company, not the person greeted.")

    # 4 IE lift maintenance, quarterly
    ib = iban("IE")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 3 * 18500 + 9500
    v = vat(net, 0.23)
    tot = net + v
    pages = doc(["Liffey Lift Services Ltd", "Unit 12, Ballymount Business Park · Dublin 12", "VAT No. IE 3318842RH"],
                ["Rathmines Medical Centre", "Practice Manager", "211 Rathmines Road Lower", "Dublin 6 D06 K2C4"],
                "INVOICE",
                [("Invoice No.", "LLS/Q1-27/0208"), ("Invoice Date", mk.date(issue, "dmy/")),
                 ("Service Period", "Q1 2027 (January – March)"), ("Payment Terms", "Net 30")],
                ["Description", "Qty", "Rate", "Amount"],
                [("Comprehensive maintenance, passenger lift, per month", "3", "185.00", 3 * 18500),
                 ("Emergency line (GSM autodialler), per quarter", "1", "95.00", 9500)],
                [("Net", eur_en(net), False), ("VAT 23%", eur_en(v), False), ("Total EUR", eur_en(tot), True)],
                ["Quarterly in advance. Please remit to %s (BIC AIBKIE2D)," % SP(ib),
                 "quoting LLS/Q1-27/0208."], eur_en)
    add("IE", "en", "Sage", "pdf", "accounts@liffeylifts.ie", "Liffey Lift Services",
        "Rathmines Medical Centre", "admin@rathminesmedical.ie", "Invoice LLS/Q1-27/0208 – lift maintenance Q1 2027", issue,
        text="Dear Practice Manager,\n\nAttached is the quarterly invoice for the lift maintenance contract, Q1 2027.\n\nRegards,\nAccounts, Liffey Lift Services",
        pages=pages, fname="LLS-Q1-27-0208.pdf",
        exp=E("LLS/Q1-27/0208", tot, tot, issue, due, "Rathmines Medical Centre", "admin@rathminesmedical.ie", ib, True, "en"),
        note="Irish quarterly-in-advance maintenance invoice billed for the next quarter; euro with a leading € in English style; Net 30.")

    # 5 IE payroll bureau, body-text
    ib = iban("IE")
    issue, due = D(2026, 12, 2), D(2026, 12, 16)
    add("IE", "en", "typed", "body-text", "office@claddaghpayroll.ie", "Claddagh Payroll Bureau",
        "Siobhan Keane", "siobhan@keanepharmacy.ie", "November payroll – invoice CPB-1127", issue,
        text="Hi Siobhan,\n\nNovember's payroll has been run and the payslips are on the portal. Our invoice:\n\n"
             "Invoice CPB-1127, dated 2 December 2026\n"
             "To: Keane's Pharmacy Ltd, 4 Shop Street, Galway H91 X2P3\n\n"
             "Weekly payroll, 4 runs x 9 employees @ €4.50      €162.00\n"
             "Monthly fixed fee                                   €60.00\n"
             "Revenue PSR submissions (4)                          €0.00  (included)\n"
             "Subtotal                                           €222.00\n"
             "VAT @ 23%%                                           €51.06\n"
             "Total                                              €273.06\n\n"
             "Payment within 14 days please, to Claddagh Payroll Bureau, IBAN %s.\n"
             "Reference: CPB-1127.\n\nMany thanks,\nNiamh" % SP(ib),
        exp=E("CPB-1127", 27306, 27306, issue, due, "Keane's Pharmacy Ltd", "siobhan@keanepharmacy.ie", ib, True, "en"),
        note="Irish payroll invoice typed in the mail; per-run and per-employee usage; a zero 'included' line; 'Reference: CPB-1127' is only the invoice number asked back (no payment_reference).")

    # 6 US SaaS annual prepayment
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 12 * 8 * 2900
    disc = -int(round(net * 0.15))
    tot = net + disc
    pages = doc(["Routewise Inc.", "1800 Wazee St, Suite 400 · Denver, CO 80202", "billing@routewise.io"],
                ["Summit Plumbing & Heating LLC", "Attn: Dana Ortiz", "4410 Federal Blvd", "Denver, CO 80211"],
                "Invoice RW-2026-18823",
                [("Invoice date", mk.date(issue, "us")), ("Due date", mk.date(due, "us")),
                 ("Subscription", "Dispatch Pro, annual plan"), ("Service term", "Jan 1, 2027 – Dec 31, 2027")],
                ["Description", "Qty", "Unit price", "Amount"],
                [("Dispatch Pro – technician seat, 12 months", "8", "348.00", net),
                 ("Annual prepayment discount (15%)", None, None, disc),
                 ("Sales tax: SaaS not taxable in Colorado", None, None, 0)],
                [("Subtotal", usd(net), False), ("Discount", usd(disc), False), ("Total due (USD)", usd(tot), True)],
                ["Pay by ACH to Routewise Inc., First Western Trust, routing 102000021, account 4471930028,",
                 "or by card at pay.routewise.io/RW-2026-18823. Net 30."], usd)
    add("US", "en", "Stripe", "pdf", "billing@routewise.io", "Routewise",
        "Dana Ortiz", "dana@summitplumbingco.com", "Your Routewise annual renewal invoice", issue,
        text="Hi Dana,\n\nThanks for renewing Dispatch Pro for another year. Your invoice for the annual plan\n"
             "(8 seats, 15% prepayment discount) is attached.\n\nThe Routewise team",
        pages=pages, fname="Invoice-RW-2026-18823.pdf",
        exp=E("RW-2026-18823", tot, tot, issue, due, "Summit Plumbing & Heating LLC", "dana@summitplumbingco.com", None, True, "en", cur="USD"),
        note="US SaaS annual prepayment for next year with a negative discount line and a zero tax line; ACH, no IBAN; 'renewal' in the subject.")

    # 7 US landscaping contract, body-html
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    add("US", "en", "Jobber", "body-html", "office@greenlinegrounds.com", "Greenline Grounds",
        "Marcus and Lena Whitfield", "whitfields@comcast.net", "Invoice #3317 from Greenline Grounds", issue,
        html="<p>Dear Marcus and Lena,</p><p>Thank you for your continued business. Here is your monthly "
             "invoice under the seasonal maintenance agreement.</p>"
             "<table cellpadding=\"4\" border=\"1\"><tr><td colspan=\"2\"><b>Invoice #3317</b> — issued "
             "December 1, 2026 — due December 15, 2026</td></tr>"
             "<tr><td>Seasonal maintenance agreement, installment 9 of 10 (Nov)</td><td>$285.00</td></tr>"
             "<tr><td>Fall cleanup, leaf haul-away (Nov 12)</td><td>$140.00</td></tr>"
             "<tr><td>Winterize irrigation system</td><td>$95.00</td></tr>"
             "<tr><td>Sales tax (services exempt)</td><td>$0.00</td></tr>"
             "<tr><td><b>Total</b></td><td><b>$520.00</b></td></tr></table>"
             "<p>Property: 27 Orchard Hill Rd, Ann Arbor, MI 48104</p>"
             "<p>Pay online with the link in your client hub or mail a check payable to Greenline Grounds LLC.</p>",
        exp=E("3317", 52000, 52000, issue, due, "Marcus and Lena Whitfield", "whitfields@comcast.net", None, False, "en", cur="USD"),
        note="US homeowners on a 10-instalment agreement; paid by link or check, no bank details; couple named by first names.")

    # 8 US janitorial with timesheet PDF and a photo; invoice last
    issue, due = D(2026, 11, 30), D(2026, 12, 30)
    net = 86 * 3400 + 12 * 5100
    tot = net
    pages = doc(["Lakeshore Janitorial Co.", "2250 N Clybourn Ave · Chicago, IL 60614", "(312) 555-0148"],
                ["Northside Montessori School", "Business Office", "1420 W Belmont Ave", "Chicago, IL 60657"],
                "INVOICE 11-2026-044",
                [("Date", mk.date(issue, "us")), ("Terms", "Net 30"), ("Service month", "November 2026"),
                 ("PO", "NMS-2026-117")],
                ["Service", "Hours", "Rate", "Amount"],
                [("Evening janitorial (see attached timesheet)", "86", "34.00", 86 * 3400),
                 ("Floor stripping and waxing, gym (Nov 21)", "12", "51.00", 12 * 5100)],
                [("Total", usd(tot), True)],
                ["Please remit by ACH (routing 071000013, account 88201934) or check.",
                 "Janitorial services are not subject to Illinois sales tax."], usd)
    ts = simple(["Lakeshore Janitorial Co.", "Crew timesheet"], ["Northside Montessori School"],
                "Timesheet – November 2026", [("Crew", "A. Reyes, T. Brooks"), ("Approved by", "(client signature)")],
                [("Week of Nov 2", "21.5 h"), ("Week of Nov 9", "22.0 h"), ("Week of Nov 16", "21.0 h"),
                 ("Week of Nov 23 (Thanksgiving closure)", "21.5 h"), "--", ("Total", "86.0 h", True)])
    add("US", "en", "QuickBooks", "pdf", "billing@lakeshorejanitorial.com", "Lakeshore Janitorial",
        "Business Office", "businessoffice@northsidemontessori.org", "November service – documents", issue,
        text="Hello,\n\nAttached: the crew timesheet, a photo of the gym floor after waxing, and our invoice\n"
             "for November.\n\nBest,\nRosa Delgado\nLakeshore Janitorial Co.",
        pages2=ts, fname2="timesheet_nov.pdf", where2="before", pages=pages, fname="LJ_11-2026-044.pdf",
        extra=[part("image/jpeg", "IMG_4471.jpg", jpeg())],
        exp=E("11-2026-044", tot, tot, issue, due, "Northside Montessori School", "businessoffice@northsidemontessori.org", None, True, "en", cur="USD"),
        note="Three attachments: timesheet PDF first, the invoice PDF, a JPEG photo last; hours times rate; no tax; ACH details, no IBAN.")

    # 9 UK coffee machine lease, quarterly, price change announced
    ib = iban("GB")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    net = 3 * 5900 + 2 * 4450 + 1200
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Beanline Vending Ltd", "Unit 3, Eastgate Trading Estate · Norwich NR3 4QX", "VAT 339 1201 75"],
                ["Wensum Architects LLP", "The Old Granary, Quayside", "Norwich NR3 1RY"],
                "Invoice BV/26/4416",
                [("Date", mk.date(issue, "short-en")), ("Pay by", mk.date(due, "short-en")),
                 ("Lease agreement", "LA-0871 · Franke A600 bean-to-cup"), ("Period", "Dec 2026 – Feb 2027")],
                ["Description", "Qty", "Price", "Total"],
                [("Machine lease, per month (quarter in advance)", "3", "59.00", 3 * 5900),
                 ("Coffee beans 6 kg carton (Oct–Nov usage)", "2", "44.50", 8900),
                 ("Cleaning tablets", "1", "12.00", 1200)],
                [("Subtotal", gbp(net), False), ("VAT 20%", gbp(v), False), ("Total", gbp(tot), True)],
                ["Pay to Beanline Vending Ltd, IBAN %s, ref BV/26/4416." % SP(ib),
                 "PRICE NOTICE: from the March 2027 quarter the lease is £62.00 per month (clause 9, RPI)."],
                gbp, layout=1)
    add("GB", "en", "Sage", "pdf", "accounts@beanlinevending.co.uk", "Beanline Vending",
        "Wensum Architects", "office@wensumarchitects.co.uk", "Beanline invoice BV/26/4416", issue,
        text="Good morning,\n\nYour quarterly lease invoice is attached. Please note the price notice at the\n"
             "bottom — there is no action needed from you.\n\nBeanline Vending",
        pages=pages, fname="BV-26-4416.pdf",
        exp=E("BV/26/4416", tot, tot, issue, due, "Wensum Architects LLP", "office@wensumarchitects.co.uk", ib, True, "en", cur="GBP"),
        note="Quarterly lease in advance plus consumables from the previous months; a price notice for the next quarter on the invoice.")

    # 10 UK web agency retainer with a cap
    ib = iban("GB")
    issue, due = D(2026, 12, 2), D(2026, 12, 16)
    net = 120000 + 4 * 7500
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Fold & Pixel", "Studio 5, 22 Hope Street · Liverpool L1 9BX", "hello@foldandpixel.co.uk"],
                ["Merseyside Community Foundation", "Finance Team", "Hanover House, 85 Hanover St", "Liverpool L1 3DZ"],
                "Invoice FP-0619",
                [("Issued", mk.date(issue, "long", "en")), ("Due", mk.date(due, "long", "en")),
                 ("Retainer", "Website care plan – November"), ("Hours included / used", "16 / 23.5")],
                ["Item", "Hours", "Rate", "Amount"],
                [("Care plan retainer, November (includes 16 hours)", None, None, 120000),
                 ("Additional hours, capped at 4 by agreement (7.5 worked)", "4", "75.00", 4 * 7500),
                 ("3.5 hours above the cap not charged", None, None, None)],
                [("Subtotal", gbp(net), False), ("VAT (20%)", gbp(v), False), ("Amount due", gbp(tot), True)],
                ["Bank transfer to Fold & Pixel Ltd · IBAN %s" % SP(ib),
                 "Sort code 20-55-41 · account 30021877 · payment terms: 14 days."], gbp)
    add("GB", "en", "FreshBooks", "pdf", "accounts@foldandpixel.co.uk", "Fold & Pixel",
        "MCF Finance", "finance@merseysidecf.org.uk", "Fold & Pixel – invoice FP-0619 (November care plan)", issue,
        text="Hi both,\n\nNovember's invoice is attached. We went over the 16 included hours because of the\n"
             "grant-round landing page; as agreed we only bill up to four extra hours.\n\nCheers,\nOllie",
        pages=pages, fname="FP-0619.pdf",
        exp=E("FP-0619", tot, tot, issue, due, "Merseyside Community Foundation", "finance@merseysidecf.org.uk", ib, True, "en", cur="GBP"),
        note="Retainer with extra hours capped; a line of uncharged hours without an amount; a charity as debtor.")

    # 11 UK courier collective invoice, three pages
    ib = iban("GB")
    issue, due = D(2026, 11, 30), D(2026, 12, 31)
    rows = []
    towns = ["Exeter", "Taunton", "Plymouth", "Torquay", "Barnstaple", "Newton Abbot", "Tiverton"]
    d = D(2026, 11, 2)
    k = 0
    while d.month == 11:
        if d.weekday() < 5:
            for j in range(2 if k % 4 == 0 else 1):
                mi = 14 + (k * 11 + j * 5) % 60
                c = 1800 + mi * 95
                rows.append(("%s  POD %d  Exeter depot → %s, %d mi" % (mk.date(d, "short-en"), 930400 + 2 * k + j,
                             towns[(k + j) % 7], mi), None, None, c))
        d += datetime.timedelta(days=1)
        k += 1
    net = sum(r[3] for r in rows)
    fuel = int(round(net * 0.045))
    rows.append(("Fuel surcharge 4.5% on November consignments", None, None, fuel))
    net += fuel
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Redline Couriers (SW) Ltd", "Marsh Barton Trading Estate · Exeter EX2 8LB", "VAT GB 190 6623 48"],
                ["Halden Dental Laboratory Ltd", "Purchase Ledger", "7 Sidwell Street", "Exeter EX4 6NN"],
                "Statement invoice SI-26-11-052",
                [("Invoice date", mk.date(issue, "long", "en")), ("Account", "HAL-052"),
                 ("Payment terms", "by 31 December 2026"), ("Consignments", str(len(rows) - 1))],
                ["Date / proof of delivery / route", None, None, "Charge"], rows,
                [("Net", gbp(net), False), ("VAT 20%", gbp(v), False), ("Total payable", gbp(tot), True)],
                ["Pay to Redline Couriers (SW) Ltd, IBAN %s." % SP(ib),
                 "Queries on individual consignments within 14 days, quoting the POD number."],
                gbp, per_first=12, per_next=10, page_hdr="SI-26-11-052 – page %d of %d",
                carry="Continued overleaf", brought="Continued from previous page")
    add("GB", "en", "Sage", "pdf", "ledger@redlinecouriers.co.uk", "Redline Couriers",
        "Halden Dental Lab", "purchaseledger@haldenlab.co.uk", "November statement invoice SI-26-11-052", issue,
        text="Please find attached your monthly statement invoice for November consignments.\n\nRedline Couriers (SW) Ltd",
        pages=pages, fname="SI-26-11-052.pdf",
        exp=E("SI-26-11-052", tot, tot, issue, due, "Halden Dental Laboratory Ltd", "purchaseledger@haldenlab.co.uk", ib, True, "en", cur="GBP"),
        note="'Statement invoice' (a real invoice despite the word statement) listing dated consignments over three pages with carried subtotals and a fuel surcharge on the last page.")

    # 12 IE security firm monthly rounds, body-text
    ib = iban("IE")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 62 * 1400 + 3 * 5500 + 3900
    v = vat(net, 0.23)
    tot = net + v
    add("IE", "en", "typed", "body-text", "accounts@sentinelpatrol.ie", "Sentinel Patrol Services",
        "Accounts", "accounts@corrib-motors.ie", "INV 2026-1109 Mobile patrols November", issue,
        text="Dear Sir/Madam,\n\nPlease see below our invoice for mobile patrol services in November 2026.\n\n"
             "INVOICE NO: 2026-1109\nDATE: 01/12/2026\nCUSTOMER: Corrib Motors Ltd, Headford Road, Galway\n\n"
             "Mobile patrols (2 per night x 31 nights) = 62 @ €14.00 ....... €%s\n"
             "Alarm response call-outs (3: 4th, 17th, 26th) @ €55.00 ...... €165.00\n"
             "Key holding, monthly ......................................... €39.00\n"
             "Net .......................................................... €%s\n"
             "VAT 23%% ..................................................... €%s\n"
             "TOTAL DUE .................................................... €%s\n\n"
             "Terms: payment by end of month following service, i.e. 31/12/2026.\n"
             "Bank: %s (Sentinel Patrol Services Ltd)\n\n"
             "Patrol logs are available on request.\n\nSentinel Patrol Services" % (
                 mk.money(62 * 1400, "en"), mk.money(net, "en"), mk.money(v, "en"), mk.money(tot, "en"), SP(ib)),
        exp=E("2026-1109", tot, tot, issue, due, "Corrib Motors Ltd", "accounts@corrib-motors.ie", ib, True, "en"),
        note="Typed dot-leader invoice; the due date stated as 'end of month following service' then printed; call-out dates beside counts.")

    # 13 UK window cleaning, consumer, body-text
    ib = iban("GB")
    issue, due = D(2026, 12, 3), D(2026, 12, 17)
    add("GB", "en", "typed", "body-text", "squeegeesteve@btinternet.com", "Steve Harlow Window Cleaning",
        "Mrs J. Pemberton", "jpemberton48@btinternet.com", "Window cleaning bill no 872", issue,
        text="Hello Mrs Pemberton,\n\nHope all is well. Here's the bill for the last two cleans as I missed you both times.\n\n"
             "Bill no 872 — 3 Dec 2026\nMrs J. Pemberton, 16 Elm Close, Harrogate HG2 8PT\n\n"
             "  5 Nov  front and back, conservatory roof    £32.00\n"
             "  3 Dec  front and back                        £20.00\n"
             "  Total                                        £52.00\n\n"
             "Bank transfer to S Harlow, IBAN %s, within two weeks please, or leave it\n"
             "in an envelope under the mat next time (around 7 January).\n\nCheers, Steve" % SP(ib),
        exp=E("872", 5200, 5200, issue, due, "J. Pemberton", "jpemberton48@btinternet.com", ib, False, "en", cur="GBP"),
        note="Sole trader's 'bill' for two dated rounds; 'within two weeks' gives the due date; next visit date mentioned; 'Mrs' dropped from the name.")

    # 14 Canadian bookkeeping, monthly, body-html, CAD
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    add("CA", "en", "Zoho", "body-html", "invoices@northbookkeeping.ca", "North Shore Bookkeeping",
        "Aiden Fraser", "aiden@fraserframing.ca", "Invoice NSB-2026-211 for November bookkeeping", issue,
        html="<p>Hi Aiden,</p><p>Here is the invoice for November's monthly bookkeeping package.</p>"
             "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
             "<tr><td>Invoice #</td><td>NSB-2026-211</td></tr><tr><td>Invoice Date</td><td>01 Dec 2026</td></tr>"
             "<tr><td>Due Date</td><td>15 Dec 2026</td></tr><tr><td>Bill To</td><td>Fraser Framing Ltd., "
             "1207 Marine Dr, North Vancouver, BC V7P 1T3</td></tr></table><br>"
             "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Item</th><th>Amount</th></tr>"
             "<tr><td>Monthly bookkeeping – up to 150 transactions</td><td>CA$ 425.00</td></tr>"
             "<tr><td>Transactions over plan (38 × $0.75)</td><td>CA$ 28.50</td></tr>"
             "<tr><td>GST 5%% (#81234 5678 RT0001)</td><td>CA$ 22.68</td></tr>"
             "<tr><td><b>Balance Due</b></td><td><b>CA$ 476.18</b></td></tr></table>"
             "<p>Pay by Interac e-Transfer to payments@northbookkeeping.ca or online with the link in this email.</p>"
             "<p>Thanks!<br>Mei Tanaka, CPB</p>",
        exp=E("NSB-2026-211", 47618, 47618, issue, due, "Fraser Framing Ltd.", "aiden@fraserframing.ca", None, True, "en", cur="CAD"),
        note="Canadian dollars written 'CA$' and a bare '$' in a line; GST with its registration number; Interac, no IBAN.")

    # 15 UK hosting, with a line correcting last month's
    ib = iban("GB")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    net = 4 * 2400 + 3500 + 1200 - 3500
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Stackyard Hosting Ltd", "Innovation Centre · Lancaster LA1 4YW", "VAT GB 311 4087 62"],
                ["Mr Tom Ellery", "Ellery & Daughters Bakery", "5 Church Street", "Kendal LA9 4AQ"],
                "Invoice SH-100452",
                [("Invoice date", mk.date(issue, "dmy/")), ("Due", mk.date(due, "dmy/")),
                 ("Billing period", "01/12/2026 – 31/12/2026"), ("Customer ID", "4471")],
                ["Service", "Qty", "Price", "Amount"],
                [("Managed WordPress hosting – site", "4", "24.00", 9600),
                 ("Online shop add-on (WooCommerce)", "1", "35.00", 3500),
                 ("Email – 3 mailboxes", "1", "12.00", 1200),
                 ("Adjustment: shop add-on billed twice on SH-100311", "1", "-35.00", -3500)],
                [("Subtotal", gbp(net), False), ("VAT 20%", gbp(v), False), ("Total to pay", gbp(tot), True)],
                ["Direct debit is not set up on this account. Please pay to IBAN %s" % SP(ib),
                 "(Stackyard Hosting Ltd) by the due date."], gbp)
    add("GB", "en", "WHMCS", "pdf", "billing@stackyard.co.uk", "Stackyard Hosting",
        "Tom Ellery", "tom@ellerybakery.co.uk", "Invoice SH-100452 – December", issue,
        text="Dear Tom,\n\nYour December invoice is attached. We've included a credit line for the shop add-on\n"
             "that was charged twice last month — sorry about that.\n\nStackyard Hosting",
        pages=pages, fname="SH-100452.pdf",
        exp=E("SH-100452", tot, tot, issue, due, "Ellery & Daughters Bakery", "tom@ellerybakery.co.uk", ib, True, "en", cur="GBP"),
        note="Monthly hosting invoice with a negative adjustment for a double charge on last month's invoice; the address block has the person above the business (debtor = the business).")


# ===== German invoices (DE, AT, CH) ========================================================

def chf(c):
    return "CHF " + mk.money(c, "ch")


def de_invoices():
    # 1 DE IT-Systemhaus, Wartungsvertrag, three pages with Übertrag
    ib = iban("DE")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    rows = [("Leistungszeitraum: 01.11.2026 – 30.11.2026", None, None, None)]
    items = [("Wartungspauschale Server", 1, 14500), ("Wartungspauschale Arbeitsplatz", 16, 1890),
             ("Microsoft 365 Business Standard", 16, 1170), ("Microsoft 365 Business Basic", 4, 560),
             ("Virenschutz ESET Endpoint", 20, 320), ("Backup-Speicher Rechenzentrum je 100 GB", 12, 290),
             ("Firewall Sophos XGS – Managed Service", 1, 4900), ("VPN-Zugänge Außendienst", 6, 450),
             ("Telefonanlage Cloud – Nebenstelle", 14, 590), ("Rufnummernblock", 1, 990),
             ("Mobilgeräteverwaltung", 9, 350), ("Druckerüberwachung", 3, 490), ("Domain-Hosting", 4, 150)]
    net = 0
    for desc, q, u in items:
        rows.append((desc, str(q), mk.money(u, "de"), q * u))
        net += q * u
    rows.append(("Arbeitsleistungen außerhalb des Vertrags (Ticketnachweis):", None, None, None))
    tickets = [("03.11.", "#22841 Drucker Empfang", 0.5), ("05.11.", "#22870 Benutzer anlegen Hr. Kaya", 0.75),
               ("06.11.", "#22877 Outlook-Profil", 0.25), ("10.11.", "#22912 Laptop-Tausch Vertrieb", 1.5),
               ("11.11.", "#22930 Freigabe Projektordner", 0.25), ("12.11.", "#22951 Scanner an Fileserver", 0.5),
               ("13.11.", "#22960 Teams-Raum Konfiguration", 1.0), ("17.11.", "#23002 Passwort-Reset", 0.25),
               ("18.11.", "#23015 Dockingstation", 0.5), ("19.11.", "#23033 VPN Außendienst", 0.75),
               ("20.11.", "#23048 Datensicherung Wiederherstellung", 1.25), ("24.11.", "#23091 Neuer Drucker OG", 1.0),
               ("25.11.", "#23104 Mailweiterleitung", 0.25), ("26.11.", "#23117 Zertifikat erneuert", 0.5),
               ("27.11.", "#23130 Benutzer deaktivieren", 0.25), ("30.11.", "#23150 Update Warenwirtschaft", 2.0)]
    for dd, t, h in tickets:
        c = int(round(h * 9800))
        rows.append(("  %s %s" % (dd, t), ("%g" % h).replace(".", ","), "98,00", c))
        net += c
    v = vat(net, 0.19)
    tot = net + v
    pages = doc(["Systemhaus Brandt GmbH", "Am Hafen 14 · 48155 Münster", "USt-IdNr. DE318204417"],
                ["Tischlerei Hövelmann GmbH & Co. KG", "Buchhaltung", "Gewerbering 9", "48249 Dülmen"],
                "Rechnung Nr. 2026-11-0388",
                [("Rechnungsdatum", mk.date(issue, "dmy.")), ("Kundennummer", "K-10744"),
                 ("Vertrag", "Wartungsvertrag WV-2022-031"), ("Zahlungsziel", "14 Tage netto")],
                ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"], rows,
                [("Nettobetrag", eur_de(net), False), ("USt. 19 %", eur_de(v), False),
                 ("Rechnungsbetrag", eur_de(tot), True)],
                ["Bitte überweisen Sie den Rechnungsbetrag bis zum %s auf" % mk.date(due, "dmy."),
                 "IBAN %s (Sparkasse Münsterland Ost)." % SP(ib),
                 "Verwendungszweck: RE 2026-11-0388 K-10744"],
                eur_de, per_first=12, per_next=12, page_hdr="Rechnung 2026-11-0388 · Seite %d von %d",
                carry="Übertrag", brought="Übertrag", footer="Systemhaus Brandt GmbH · HRB 17721 AG Münster · GF Jan Brandt")
    add("DE", "de", "DATEV/PDF", "pdf", "rechnung@systemhaus-brandt.de", "Systemhaus Brandt",
        "Buchhaltung Hövelmann", "buchhaltung@hoevelmann-tischlerei.de", "Rechnung 2026-11-0388 Wartungsvertrag November", issue,
        text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für den Wartungsvertrag im November\n"
             "einschließlich der Tickets außerhalb des Vertragsumfangs.\n\nMit freundlichen Grüßen\nSystemhaus Brandt GmbH",
        pages=pages, fname="RE_2026-11-0388.pdf",
        exp=E("2026-11-0388", tot, tot, issue, due, "Tischlerei Hövelmann GmbH & Co. KG", "buchhaltung@hoevelmann-tischlerei.de", ib, True, "de",
              ref="RE 2026-11-0388 K-10744"),
        note="Three pages 'Seite 2 von 3' with 'Übertrag' at the foot and head of each page; ticket hours in quarters; totals and Verwendungszweck on page 3.")

    # 2 DE Gebäudereinigung, Sammelrechnung with the Leistungsnachweis PDF first
    ib = iban("DE")
    issue, due = D(2026, 11, 30), D(2026, 12, 14)
    objs = [("Objekt 1: Verwaltung, Ringstraße 4", 22, 6850), ("Objekt 2: Lager, Industriestraße 17", 9, 4120),
            ("Objekt 3: Filiale Altstadt, Markt 2", 22, 2980), ("Glasreinigung Objekt 1 (12.11.2026)", 1, 38500)]
    rows = [(n + (" – %d Einsätze" % q if q > 1 else ""), str(q), mk.money(u, "de"), q * u) for n, q, u in objs]
    net = sum(r[3] for r in rows)
    v = vat(net, 0.19)
    tot = net + v
    pages = doc(["Reinigungsservice Kowalski", "Gebäudereinigung · Bahnhofstr. 61 · 44787 Bochum", "St.-Nr. 306/5012/4471"],
                ["Stadtwerke-Service Herne GmbH", "Kreditorenbuchhaltung", "Grenzweg 18", "44623 Herne"],
                "Sammelrechnung 2026/0477",
                [("Datum", mk.date(issue, "dmy.")), ("Leistungszeitraum", "November 2026"),
                 ("Bestellnummer", "4500193387"), ("Zahlbar bis", mk.date(due, "dmy."))],
                ["Leistung", "Menge", "Preis", "Betrag"], rows,
                [("Summe netto", eur_de(net), False), ("zzgl. 19 % USt.", eur_de(v), False), ("Gesamtbetrag", eur_de(tot), True)],
                ["Zahlung ohne Abzug an Reinigungsservice Kowalski, IBAN %s" % SP(ib),
                 "Die unterschriebenen Leistungsnachweise liegen bei."], eur_de, layout=1,
                ret="Reinigungsservice Kowalski · Bahnhofstr. 61 · 44787 Bochum")
    ln = simple(["Reinigungsservice Kowalski", "Leistungsnachweis"], ["Stadtwerke-Service Herne GmbH"],
                "Leistungsnachweis November 2026", [("Objekte", "1–3"), ("Objektleitung", "M. Kowalska")],
                [("Objekt 1 Verwaltung", "22 Einsätze"), ("Objekt 2 Lager", "9 Einsätze"), ("Objekt 3 Filiale", "22 Einsätze"),
                 ("Glasreinigung Objekt 1", "12.11.2026"), "--", "Unterschrift Auftraggeber: ________________"])
    add("DE", "de", "lexoffice", "pdf", "buchhaltung@kowalski-reinigung.de", "Reinigungsservice Kowalski",
        "Kreditoren Stadtwerke-Service", "kreditoren@sws-herne.de", "Leistungsnachweis und Rechnung November", issue,
        text="Guten Tag,\n\nim Anhang der unterschriebene Leistungsnachweis und die Sammelrechnung für November\n"
             "über alle drei Objekte.\n\nFreundliche Grüße\nMagdalena Kowalska",
        pages2=ln, fname2="Scan_2026-11-30_0912.pdf", where2="before", pages=pages, fname="Rechnung.pdf",
        exp=E("2026/0477", tot, tot, issue, due, "Stadtwerke-Service Herne GmbH", "kreditoren@sws-herne.de", ib, True, "de"),
        note="Sammelrechnung over three buildings and a window clean; the signed work record comes first as an unhelpfully named scan; the invoice is just 'Rechnung.pdf'.")

    # 3 DE coworking, body-html
    ib = iban("DE")
    issue, due = D(2026, 12, 1), D(2026, 12, 10)
    add("DE", "de", "own portal", "body-html", "abrechnung@hafenloft-hamburg.de", "Hafenloft Coworking",
        "Jasper Ohlsen", "jasper@ohlsen-audio.de", "Ihre Rechnung HL-2612-057", issue,
        html="<p>Moin Jasper,</p><p>hier Deine Rechnung für Dezember:</p>"
             "<table cellpadding=\"4\"><tr><td>Rechnungsnummer</td><td>HL-2612-057</td></tr>"
             "<tr><td>Rechnungsdatum</td><td>01.12.2026</td></tr>"
             "<tr><td>Abrechnungszeitraum</td><td>01.12.–31.12.2026</td></tr>"
             "<tr><td>Empfänger</td><td>Ohlsen Audio UG (haftungsbeschränkt), Shanghaiallee 9, 20457 Hamburg</td></tr></table>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><td>Flex-Desk Monatsticket</td><td>199,00 €</td></tr>"
             "<tr><td>Tonstudio-Box, 6 Std. à 12,00 € (November)</td><td>72,00 €</td></tr>"
             "<tr><td>Netto</td><td>271,00 €</td></tr><tr><td>USt. 19 %%</td><td>51,49 €</td></tr>"
             "<tr><td><b>Gesamt</b></td><td><b>322,49 €</b></td></tr></table>"
             "<p>Bitte überweise den Betrag bis zum 10.12.2026 an Hafenloft GmbH, IBAN %s.</p>"
             "<p>Bis bald im Loft!</p>" % SP(ib),
        exp=E("HL-2612-057", 32249, 32249, issue, due, "Ohlsen Audio UG (haftungsbeschränkt)", "jasper@ohlsen-audio.de", ib, True, "de"),
        note="Informal 'Du' coworking invoice in HTML with 'Abrechnungszeitraum 01.12.–31.12.2026' and a usage line from the previous month.")

    # 4 DE Aufzugswartung, jährliche Vorauszahlung
    ib = iban("DE")
    issue, due = D(2026, 12, 2), D(2027, 1, 15)
    net = 2 * 164000 + 2 * 18000
    v = vat(net, 0.19)
    tot = net + v
    pages = doc(["Aufzugstechnik Reuter GmbH", "Otto-Hahn-Str. 22 · 69190 Walldorf", "USt-IdNr. DE277140385"],
                ["WEG Neckarblick 12–14", "c/o Hausverwaltung Seidel", "Bergheimer Str. 101", "69115 Heidelberg"],
                "Rechnung",
                [("Rechnungs-Nr.", "AR-27-00041"), ("Datum", mk.date(issue, "long", "de")),
                 ("Vertragsjahr", "01.01.2027 – 31.12.2027"), ("Anlagen", "Fabr.-Nr. 40871, 40872")],
                ["Leistung", "Anl.", "Jahrespreis", "Betrag"],
                [("Vollwartungsvertrag, jährliche Vorauszahlung", "2", "1.640,00", 2 * 164000),
                 ("Notrufsystem mit 24-h-Leitstelle", "2", "180,00", 2 * 18000),
                 ("Hauptprüfung ZÜS 2027 wird gesondert berechnet", None, None, None)],
                [("Netto", eur_de(net), False), ("19 % USt.", eur_de(v), False), ("Rechnungsbetrag", eur_de(tot), True)],
                ["Fällig am 15.01.2027. Bankverbindung: IBAN %s, BIC GENODE61WIE" % SP(ib),
                 "Preisgleitklausel gemäß § 7 des Wartungsvertrags; Anpassung für 2027: +3,8 % (bereits enthalten)."],
                eur_de, layout=1)
    add("DE", "de", "sevDesk", "pdf", "rechnungen@aufzug-reuter.de", "Aufzugstechnik Reuter",
        "Hausverwaltung Seidel", "weg@hv-seidel.de", "Jahresrechnung Wartung 2027 – WEG Neckarblick", issue,
        text="Sehr geehrte Frau Seidel,\n\nwie jedes Jahr erhalten Sie vorab die Jahresrechnung für die Wartung der beiden\n"
             "Aufzüge der WEG Neckarblick. Die vertragliche Preisanpassung ist berücksichtigt.\n\nMit freundlichen Grüßen\nAufzugstechnik Reuter",
        pages=pages, fname="AR-27-00041.pdf",
        exp=E("AR-27-00041", tot, tot, issue, due, "WEG Neckarblick 12–14", "weg@hv-seidel.de", ib, True, "de"),
        note="Annual prepayment for next year issued in December, due mid-January ('Fällig am'); price adjustment already included; debtor a WEG c/o its manager.")

    # 5 DE Lohnbüro, body-text, Verwendungszweck
    ib = iban("DE")
    issue, due = D(2026, 12, 3), D(2026, 12, 17)
    add("DE", "de", "typed", "body-text", "info@lohnbuero-albers.de", "Lohnbüro Albers",
        "Konditorei Petersen", "petersen@konditorei-petersen.de", "Rechnung Lohnabrechnung 11/2026", issue,
        text="Sehr geehrter Herr Petersen,\n\nfür die Lohn- und Gehaltsabrechnung November 2026 berechne ich Ihnen:\n\n"
             "Rechnung Nr. LA-1126-14   vom 03.12.2026\n"
             "Konditorei Petersen e.K., Holstenstraße 33, 24103 Kiel\n\n"
             "11 Abrechnungen à 19,50 €                 214,50 €\n"
             "2 Minijob-Abrechnungen à 12,00 €           24,00 €\n"
             "Meldungen Sozialversicherung, pauschal     15,00 €\n"
             "Sonderleistung: Jahresmeldung Urlaubskasse  0,00 € (Vertrag)\n"
             "Zwischensumme                             253,50 €\n"
             "USt 19 %%                                   48,17 €\n"
             "Rechnungsbetrag                           301,67 €\n\n"
             "Zahlbar innerhalb von 14 Tagen auf IBAN %s,\n"
             "Verwendungszweck: LA-1126-14 Petersen.\n\n"
             "Mit freundlichen Grüßen\nHeike Albers" % SP(ib),
        exp=E("LA-1126-14", 30167, 30167, issue, due, "Konditorei Petersen e.K.", "petersen@konditorei-petersen.de", ib, True, "de",
              ref="LA-1126-14 Petersen"),
        note="Monthly payroll invoice typed in the mail; a zero line; Verwendungszweck in words labelled.")

    # 6 DE Kaffeevollautomat Miete und Bezüge, Preisänderung
    ib = iban("DE")
    issue, due = D(2026, 11, 30), D(2026, 12, 14)
    net = 7900 + 2310 * 19 + 1450
    v = vat(net, 0.19)
    tot = net + v
    pages = doc(["Kaffeepartner Süd GmbH", "Landsberger Str. 290 · 80687 München"],
                ["Steuerkanzlei Wimmer & Huber PartG mbB", "Leopoldstraße 48", "80802 München"],
                "Rechnung KPS-26-11-1043",
                [("Rechnungsdatum", mk.date(issue, "dmy.")), ("Abrechnungszeitraum", "01.11.–30.11.2026"),
                 ("Gerät", "WMF 1500 S+ · Zählerstand 61.480 → 63.790"), ("Zahlungsziel", "14 Tage")],
                ["Position", "Menge", "Preis", "Betrag"],
                [("Gerätemiete November", "1", "79,00", 7900),
                 ("Bezüge laut Zähler", "2.310", "0,19", 2310 * 19),
                 ("Milchsystemreiniger", "1", "14,50", 1450),
                 ("Mindestabnahme 1.500 Bezüge/Monat überschritten – kein Aufschlag", None, None, None)],
                [("Nettobetrag", eur_de(net), False), ("USt. 19 %", eur_de(v), False), ("Zu zahlen", eur_de(tot), True)],
                ["Bitte überweisen Sie auf IBAN %s." % SP(ib),
                 "Hinweis: Ab 01.01.2027 beträgt der Preis je Bezug 0,21 € (Kaffeepreisentwicklung, § 5 Mietvertrag)."],
                eur_de)
    add("DE", "de", "Billomat", "pdf", "rechnung@kaffeepartner-sued.de", "Kaffeepartner Süd",
        "Kanzlei Wimmer & Huber", "kanzlei@wimmer-huber.de", "Rechnung KPS-26-11-1043", issue,
        text="Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie die Abrechnung Ihres Kaffeevollautomaten für November.\n\nKaffeepartner Süd GmbH",
        pages=pages, fname="KPS-26-11-1043.pdf",
        exp=E("KPS-26-11-1043", tot, tot, issue, due, "Steuerkanzlei Wimmer & Huber PartG mbB", "kanzlei@wimmer-huber.de", ib, True, "de"),
        note="Machine rent plus counter-read usage with a minimum noted; a price change for January printed as a Hinweis; 14-day term.")

    # 7 DE Webagentur Betreuungspauschale, body-text
    ib = iban("DE")
    issue, due = D(2026, 12, 1), D(2026, 12, 11)
    add("DE", "de", "typed", "body-text", "buero@kantwerk-studio.de", "Kantwerk Studio",
        "Dr. Friederike Lamm", "praxis@dr-lamm-kieferorthopaedie.de", "Betreuungspauschale Dezember – Rechnung 26-094", issue,
        text="Liebe Frau Dr. Lamm,\n\nwie vereinbart hier die monatliche Rechnung für die Betreuung Ihrer Praxiswebsite.\n\n"
             "Rechnung 26-094 · 01.12.2026\n"
             "Kieferorthopädische Praxis Dr. Friederike Lamm, Am Markt 3, 37073 Göttingen\n\n"
             "Betreuungspauschale Dezember 2026 (bis 5 Std.)      350,00 €\n"
             "Hosting und Wartung                                 29,00 €\n"
             "netto                                               379,00 €\n"
             "19 %% MwSt.                                          72,01 €\n"
             "brutto                                              451,01 €\n\n"
             "Bitte bis 11.12.2026 überweisen:\nKantwerk Studio · IBAN %s\n\n"
             "Nicht verbrauchte Stunden verfallen zum Monatsende.\n\nHerzliche Grüße\nLeonie Kant" % SP(ib),
        exp=E("26-094", 45101, 45101, issue, due, "Kieferorthopädische Praxis Dr. Friederike Lamm", "praxis@dr-lamm-kieferorthopaedie.de", ib, True, "de"),
        note="Monthly retainer typed in the mail; billed to a practice named after its owner; greeted as 'Frau Dr. Lamm', the debtor is the practice as printed.")

    # 8 DE Gartenpflege, consumer, body-html
    ib = iban("DE")
    issue, due = D(2026, 11, 26), D(2026, 12, 10)
    add("DE", "de", "own template", "body-html", "kontakt@gruenzeit-gartenpflege.de", "Grünzeit Gartenpflege",
        "Familie Brenner", "brenner.familie@t-online.de", "Rechnung Nr. 2026-318 – Gartenpflege Herbst", issue,
        html="<p>Sehr geehrte Familie Brenner,</p><p>vielen Dank für Ihren Auftrag im Rahmen des Pflegevertrags. "
             "Wir berechnen die Arbeiten von Oktober und November:</p>"
             "<p><b>Rechnung Nr. 2026-318</b><br>Rechnungsdatum: 26.11.2026<br>Leistungsort: Eichendorffweg 5, 91054 Erlangen</p>"
             "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
             "<tr><th>Datum</th><th>Leistung</th><th>Betrag</th></tr>"
             "<tr><td>14.10.2026</td><td>Rasenmähen, Kanten stechen (2,5 Std.)</td><td>117,50 €</td></tr>"
             "<tr><td>04.11.2026</td><td>Laub entfernen, Beete winterfest (4 Std.)</td><td>188,00 €</td></tr>"
             "<tr><td>04.11.2026</td><td>Grünschnittentsorgung pauschal</td><td>35,00 €</td></tr>"
             "<tr><td colspan=\"2\">Summe netto</td><td>340,50 €</td></tr>"
             "<tr><td colspan=\"2\">19 %% USt.</td><td>64,70 €</td></tr>"
             "<tr><td colspan=\"2\"><b>Gesamtbetrag</b></td><td><b>405,20 €</b></td></tr></table>"
             "<p>Lohnanteil für § 35a EStG: 305,50 € netto (363,55 € brutto).</p>"
             "<p>Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN %s (Grünzeit Gartenpflege, Inh. Tobias Raab).</p>"
             "<p>Die nächste Pflege ist für März 2027 geplant.</p>" % SP(ib),
        exp=E("2026-318", 40520, 40520, issue, due, "Familie Brenner", "brenner.familie@t-online.de", ib, False, "de"),
        note="Household invoice gathering dated visits; the § 35a labour share printed net and gross as distractor amounts.")

    # 9 DE Getränkehandel Sammelrechnung over Lieferscheine, two pages, plus a CSV
    ib = iban("DE")
    issue, due = D(2026, 11, 30), D(2026, 12, 10)
    rows = []
    d = D(2026, 11, 3)
    k = 0
    while d.month == 11:
        if d.weekday() in (1, 4):
            a = 4 + (k * 3) % 7
            b = 2 + k % 4
            rows.append(("Lieferschein %d vom %s" % (61870 + k, mk.date(d, "dmy.")), None, None, None))
            rows.append(("  Mineralwasser 12×0,7 l, Kisten", str(a), "6,90", a * 690))
            rows.append(("  Apfelschorle 12×0,5 l, Kisten", str(b), "9,40", b * 940))
            k += 1
        d += datetime.timedelta(days=1)
    goods = sum(r[3] for r in rows if r[3])
    rows.append(("Pfand laut Lieferscheinen (Saldo)", None, None, 2400))
    net = goods + 2400
    v = vat(goods, 0.19)
    tot = net + v
    pages = doc(["Getränke Vogt", "Inh. Sven Vogt e.K. · Mühlweg 8 · 63065 Offenbach"],
                ["Agentur Feldmann GmbH", "Kaiserstraße 51", "63065 Offenbach am Main"],
                "Sammelrechnung",
                [("Rechnungsnummer", "SR 11/2026-023"), ("Rechnungsdatum", mk.date(issue, "dmy.")),
                 ("Kundennummer", "023"), ("Zahlbar bis", mk.date(due, "dmy."))],
                ["Artikel", "Kisten", "Preis", "Betrag"], rows,
                [("Warenwert netto", eur_de(goods), False), ("Pfand (ohne USt.)", eur_de(2400), False),
                 ("USt. 19 % auf Warenwert", eur_de(v), False), ("Gesamtbetrag", eur_de(tot), True)],
                ["Überweisung an Getränke Vogt, IBAN %s," % SP(ib), "Verwendungszweck: Kd. 023 SR 11/2026-023"],
                eur_de, per_first=14, per_next=30, page_hdr="Sammelrechnung SR 11/2026-023 – Seite %d/%d",
                carry="Zwischensumme / Übertrag", brought="Übertrag")
    csv = ("Lieferschein;Datum;Artikel;Menge\n" + "".join(
        "%d;%s;Mineralwasser;%d\n" % (61870 + j, "11.2026", 4 + (j * 3) % 7) for j in range(k))).encode()
    add("DE", "de", "Warenwirtschaft", "pdf", "buero@getraenke-vogt.de", "Getränke Vogt",
        "Agentur Feldmann", "office@agentur-feldmann.de", "Sammelrechnung November", issue,
        text="Hallo zusammen,\n\nanbei die Sammelrechnung über alle Lieferungen im November und die Lieferliste als CSV.\n\nGruß\nSven Vogt",
        pages=pages, fname="SR_11-2026-023.pdf", extra=[part("text/csv", "lieferungen_11.csv", csv)],
        exp=E("SR 11/2026-023", tot, tot, issue, due, "Agentur Feldmann GmbH", "office@agentur-feldmann.de", ib, True, "de",
              ref="Kd. 023 SR 11/2026-023"),
        note="Sammelrechnung over eight delivery notes running onto page 2; deposit outside VAT; a CSV attachment beside the PDF.")

    # 10 AT Hausbetreuung, monthly
    ib = iban("AT")
    issue, due = D(2026, 12, 1), D(2026, 12, 15)
    net = 48000 + 6 * 4200 + 9500
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Hausbetreuung Wallner GmbH", "Triester Straße 114 · 1100 Wien", "UID ATU71234509 · FN 448812 k"],
                ["Wohnungseigentümergemeinschaft", "Quellenstraße 62", "p.A. Hausverwaltung Kern & Partner", "Landstraßer Hauptstraße 5",
                 "1030 Wien"],
                "Rechnung 2026/12/0218",
                [("Rechnungsdatum", mk.date(issue, "dmy.")), ("Leistungszeitraum", "November 2026"),
                 ("Objekt", "1100 Wien, Quellenstraße 62"), ("Zahlungskondition", "14 Tage netto")],
                ["Leistung", "Menge", "EP", "Betrag"],
                [("Stiegenhausreinigung wöchentlich, Monatspauschale", "1", "480,00", 48000),
                 ("Winterdienst-Bereitschaft, Einsätze (Schneeräumung)", "6", "42,00", 6 * 4200),
                 ("Grünflächenbetreuung Herbstschnitt", "1", "95,00", 9500)],
                [("Summe netto", eur_de(net), False), ("20 % USt", eur_de(v), False), ("Gesamtsumme", eur_de(tot), True)],
                ["Wir ersuchen um Überweisung auf IBAN %s, BIC BKAUATWW." % SP(ib)], eur_de, layout=1)
    add("AT", "de", "BMD", "pdf", "office@wallner-hausbetreuung.at", "Hausbetreuung Wallner",
        "HV Kern & Partner", "buchhaltung@hv-kern.at", "Rechnung 2026/12/0218 – Quellenstraße 62", issue,
        text="Sehr geehrte Damen und Herren,\n\nanbei übermitteln wir die Monatsrechnung für die Hausbetreuung Quellenstraße 62.\n\n"
             "Mit freundlichen Grüßen\nHausbetreuung Wallner GmbH",
        pages=pages, fname="Rechnung_2026-12-0218.pdf",
        exp=E("2026/12/0218", tot, tot, issue, due, "Wohnungseigentümergemeinschaft Quellenstraße 62", "buchhaltung@hv-kern.at", ib, True, "de"),
        note="Austrian monthly house care invoice; debtor name on two address lines and care of the manager; 'Wir ersuchen um Überweisung'.")

    # 11 AT software subscription, annual licence
    ib = iban("AT")
    issue, due = D(2026, 12, 7), D(2026, 12, 21)
    net = 5 * 29000 + 45000
    v = vat(net, 0.20)
    tot = net + v
    pages = doc(["Ordinare Software GmbH", "Herrengasse 16 · 8010 Graz", "UID ATU69981204"],
                ["Physiotherapie am Lendplatz OG", "z. H. Fr. Mag. Eva Pichler", "Lendplatz 21", "8020 Graz"],
                "Rechnung RG-2026-4471",
                [("Datum", mk.date(issue, "dmy.")), ("Abo-Zeitraum", "01.01.2027 – 31.12.2027"),
                 ("Kundennr.", "OR-1188"), ("Fällig", mk.date(due, "dmy."))],
                ["Produkt", "Lizenzen", "Preis/Jahr", "Betrag"],
                [("Ordinare Praxis – Jahreslizenz je Therapeut:in", "5", "290,00", 5 * 29000),
                 ("Online-Terminbuchung Modul (Jahr)", "1", "450,00", 45000),
                 ("Hinweis: Lizenzen können monatlich erhöht, nicht reduziert werden", None, None, None)],
                [("Nettobetrag", eur_de(net), False), ("USt 20 %", eur_de(v), False), ("Rechnungsbetrag", eur_de(tot), True)],
                ["Zahlung per Überweisung: IBAN %s" % SP(ib), "Zahlungsreferenz: RF74 4471 1188 0000 0000 2026"],
                eur_de)
    add("AT", "de", "Stripe", "pdf", "billing@ordinare.at", "Ordinare Software",
        "Physiotherapie am Lendplatz", "praxis@physio-lendplatz.at", "Ihre Jahresrechnung 2027 für Ordinare Praxis", issue,
        text="Guten Tag,\n\nIhr Abonnement verlängert sich am 01.01.2027 um ein Jahr. Anbei die Jahresrechnung.\n\nIhr Ordinare-Team",
        pages=pages, fname="RG-2026-4471.pdf",
        exp=E("RG-2026-4471", tot, tot, issue, due, "Physiotherapie am Lendplatz OG", "praxis@physio-lendplatz.at", ib, True, "de",
              ref="RF7444711188000000002026"),
        note="Annual licence per seat for next year; 'verlängert sich' in the mail as with a renewal notice, but the invoice is attached; RF reference in groups.")

    # 12 AT Sicherheitsdienst, body-text
    ib = iban("AT")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 30 * 2200 + 2 * 7800
    v = vat(net, 0.20)
    tot = net + v
    add("AT", "de", "typed", "body-text", "verrechnung@alpenwacht-security.at", "Alpenwacht Sicherheitsdienst",
        "Autohaus Gruber", "rechnungseingang@autohaus-gruber.at", "Revierdienst November 2026 / Rechnung 26-1130", issue,
        text="Sehr geehrte Damen und Herren,\n\nfür die Revierkontrollen im November erlauben wir uns zu verrechnen:\n\n"
             "Rechnung Nr. 26-1130, Linz, am 1. Dezember 2026\n"
             "Autohaus Gruber GmbH, Salzburger Straße 204, 4030 Linz\n\n"
             "Revierkontrollen (1 pro Nacht, 30 Nächte) à EUR 22,00      EUR %s\n"
             "Alarmverfolgung 09.11. und 23.11. à EUR 78,00              EUR 156,00\n"
             "Summe netto                                                EUR %s\n"
             "zzgl. 20 %% USt                                             EUR %s\n"
             "Rechnungsbetrag                                            EUR %s\n\n"
             "Zahlbar bis Monatsende auf unser Konto IBAN %s (Alpenwacht GmbH).\n\n"
             "Die Kontrollprotokolle finden Sie im Kundenportal.\n\nMit freundlichen Grüßen\nAlpenwacht Sicherheitsdienst" % (
                 mk.money(30 * 2200, "de"), mk.money(net, "de"), mk.money(v, "de"), mk.money(tot, "de"), SP(ib)),
        exp=E("26-1130", tot, tot, issue, due, "Autohaus Gruber GmbH", "rechnungseingang@autohaus-gruber.at", ib, True, "de"),
        note="Austrian typed invoice with 'EUR' before amounts; 'Zahlbar bis Monatsende' gives the last day of the invoice's month.")

    # 13 CH IT support, monthly, CHF with an RF reference
    ib = iban("CH")
    issue, due = D(2026, 12, 1), D(2026, 12, 31)
    net = 9 * 6500 + 2 * 1800 + 3 * 16000
    v = vat(net, 0.081)
    tot = net + v
    pages = doc(["Alpstein Informatik AG", "Poststrasse 10 · 9000 St. Gallen", "CHE-311.480.225 MWST"],
                ["Treuhand Zollikofer GmbH", "Multergasse 8", "9004 St. Gallen"],
                "Rechnung Nr. 26-0318",
                [("Datum", mk.date(issue, "dmy.")), ("Periode", "Dezember 2026"), ("Zahlbar", "30 Tage netto"),
                 ("Vertrag", "Support-Abo 'Basis'")],
                ["Beschreibung", "Menge", "Preis", "Betrag CHF"],
                [("Support-Abo je Arbeitsplatz, Dezember", "9", "65.00", 9 * 6500),
                 ("Microsoft 365 Business Basic (Weiterverrechnung)", "2", "18.00", 3600),
                 ("Arbeitsstunden November über Abo-Kontingent", "3", "160.00", 48000)],
                [("Total exkl. MWST", chf(net), False), ("MWST 8.1 %", chf(v), False), ("Total", chf(tot), True)],
                ["Zahlbar innert 30 Tagen auf IBAN %s (St. Galler Kantonalbank)" % SP(ib),
                 "Referenz: RF13 2612 0003 18"], lambda c: mk.money(c, "ch"))
    add("CH", "de", "bexio", "pdf", "buchhaltung@alpstein-informatik.ch", "Alpstein Informatik",
        "Treuhand Zollikofer", "info@zollikofer-treuhand.ch", "Rechnung 26-0318 Support-Abo", issue,
        text="Grüezi Frau Zollikofer\n\nIm Anhang senden wir Ihnen die Rechnung für das Support-Abo im Dezember sowie die\n"
             "Zusatzstunden aus dem November.\n\nFreundliche Grüsse\nAlpstein Informatik AG",
        pages=pages, fname="Rechnung_26-0318.pdf",
        exp=E("26-0318", tot, tot, issue, due, "Treuhand Zollikofer GmbH", "info@zollikofer-treuhand.ch", ib, True, "de",
              ref="RF132612000318", cur="CHF"),
        note="Swiss monthly support invoice in CHF with 8.1 % MWST and Swiss number style; extra hours from the previous month; RF reference in groups.")

    # 14 CH office rent with Nebenkosten akonto
    ib = iban("CH")
    issue, due = D(2026, 11, 25), D(2026, 12, 31)
    tot = 3 * (245000 + 32000 + 15000)
    pages = doc(["Immobilien Rüegg AG", "Bahnhofstrasse 77 · 8001 Zürich"],
                ["Sprachschule Lingua Viva GmbH", "Seefeldstrasse 123", "8008 Zürich"],
                "Mietzinsrechnung 1. Quartal 2027",
                [("Rechnungsnummer", "MZ-27-Q1-0412"), ("Datum", mk.date(issue, "dmy.")),
                 ("Mietobjekt", "Büro 2. OG, 185 m², Seefeldstrasse 123"), ("Vertrag", "MV-0412")],
                ["Position", "Monate", "pro Monat", "Betrag"],
                [("Nettomietzins Januar – März 2027", "3", "2'450.00", 3 * 245000),
                 ("Akonto Heiz- und Nebenkosten", "3", "320.00", 3 * 32000),
                 ("Einstellplatz Nr. 7 und 8", "3", "150.00", 3 * 15000),
                 ("Mietzins ohne MWST (keine Option für die Versteuerung)", None, None, None)],
                [("Total Quartal", chf(tot), True)],
                ["Zahlbar vierteljährlich im Voraus, spätestens am 31.12.2026,",
                 "auf IBAN %s lautend auf Immobilien Rüegg AG." % SP(ib),
                 "Die Nebenkostenabrechnung 2026 folgt bis Ende Juni 2027."], lambda c: mk.money(c, "ch"), layout=1)
    add("CH", "de", "Abacus", "pdf", "mieten@rueegg-immobilien.ch", "Immobilien Rüegg",
        "Lingua Viva Administration", "admin@linguaviva.ch", "Mietzinsrechnung Q1 2027", issue,
        text="Sehr geehrte Damen und Herren\n\nBeiliegend erhalten Sie die Mietzinsrechnung für das erste Quartal 2027.\n\n"
             "Freundliche Grüsse\nImmobilien Rüegg AG, Bewirtschaftung",
        pages=pages, fname="MZ-27-Q1-0412.pdf",
        exp=E("MZ-27-Q1-0412", tot, tot, issue, due, "Sprachschule Lingua Viva GmbH", "admin@linguaviva.ch", ib, True, "de", cur="CHF"),
        note="Swiss quarterly rent in advance with Nebenkosten on account, no VAT; amounts with apostrophes; due 'spätestens am 31.12.2026' in a sentence.")

    # 15 CH cleaning subscription, body-html
    ib = iban("CH")
    issue, due = D(2026, 12, 2), D(2026, 12, 22)
    add("CH", "de", "own template", "body-html", "rechnung@blitzblank-basel.ch", "Blitzblank Reinigungen",
        "Andrea Meier-Suter", "andrea.meier@bluewin.ch", "Ihre Rechnung für November", issue,
        html="<p>Guten Tag Frau Meier-Suter</p><p>Ihre Rechnung für die Wohnungsreinigung im November:</p>"
             "<table cellpadding=\"4\"><tr><td>Rechnungs-Nr.</td><td>BB-11-2026-087</td></tr>"
             "<tr><td>Datum</td><td>2. Dezember 2026</td></tr>"
             "<tr><td>Abo</td><td>Reinigung alle zwei Wochen, 3 Std.</td></tr></table>"
             "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
             "<tr><td>05.11.2026 Unterhaltsreinigung 3 Std.</td><td>CHF 126.00</td></tr>"
             "<tr><td>19.11.2026 Unterhaltsreinigung 3 Std.</td><td>CHF 126.00</td></tr>"
             "<tr><td>19.11.2026 Backofen innen (Zusatz)</td><td>CHF 35.00</td></tr>"
             "<tr><td><b>Total inkl. MWST</b></td><td><b>CHF 287.00</b></td></tr></table>"
             "<p>Bitte überweisen Sie den Betrag innert 20 Tagen auf IBAN %s (Blitzblank GmbH, Basel).</p>"
             "<p>Freundliche Grüsse<br>Blitzblank Reinigungen</p>" % SP(ib),
        exp=E("BB-11-2026-087", 28700, 28700, issue, due, "Andrea Meier-Suter", "andrea.meier@bluewin.ch", ib, False, "de", cur="CHF"),
        note="Swiss household cleaning subscription; two dated visits and an extra; 'innert 20 Tagen'; the debtor named only in the greeting and the To header.")


# ===== Not invoices ========================================================================

def nl_not():
    # a delivery note from the linen service
    pb = simple(["Wasserij Blanc", "Hallenweg 7 · 7202 BE Zutphen"], ["Restaurant 't Spijkerhuys", "Houtmarkt 44", "7201 KM Zutphen"],
                "Pakbon PB-88611", [("Leverdatum", "01-12-2026"), ("Klantnummer", "SPK-07"), ("Route", "dinsdag 2")],
                [("Tafellakens 140×240", "40 st."), ("Servetten 50×50", "250 st."), ("Koksbuizen", "12 st."),
                 ("Schorten", "10 st."), "--", "Prijzen volgens contract; wordt maandelijks op de verzamelfactuur verrekend.",
                 "Ontvangen door: ________________"])
    add("NL", "nl", "Exact Online", "none", "debiteuren@wasserijblanc.nl", "Wasserij Blanc",
        "'t Spijkerhuys", "keuken@spijkerhuys.nl", "Pakbon levering 1 december", D(2026, 12, 1),
        text="Beste Hans,\n\nBijgaand de pakbon van vandaag. Wil je hem laten aftekenen en terugsturen?\n\nWasserij Blanc",
        pages=pb, fname="PB-88611.pdf",
        why="A delivery note listing quantities; the goods are billed later on the monthly collective invoice.",
        note="Same sender and layout family as a collective invoice; quantities and a customer number, no amounts.")

    # a timesheet for approval from the web agency
    ts = simple(["Pixelwerf", "Urenoverzicht ter goedkeuring"], ["Zorggroep Lekstroom", "afdeling Communicatie"],
                "Urenoverzicht december 2026 (concept)", [("Retainer", "20 uur per maand"), ("Stand per", "18-12-2026")],
                [("02-12  Kerstbanner homepage", "3,0 u"), ("05-12  Nieuwsbrief template", "4,5 u"),
                 ("09-12  Cookiebanner aangepast", "2,0 u"), ("15-12  Formulier klachten", "6,0 u"), "--",
                 ("Totaal tot nu toe", "15,5 u", True), "Tarief meerwerk na 20 uur: € 95,00 per uur (excl. btw)."])
    add("NL", "nl", "Jortt", "none", "hallo@pixelwerf.nl", "Pixelwerf", "Communicatie Lekstroom",
        "facturen@lekstroom.nl", "Urenoverzicht december – graag akkoord", D(2026, 12, 18),
        text="Hoi Ilse,\n\nHierbij alvast de uren van december tot nu toe. Als je akkoord geeft, komen ze op de\n"
             "factuur van begin januari. Eventueel meerwerk boven de 20 uur hoor ik graag vooraf.\n\nGroetjes,\nBram",
        pages=ts, fname="urenoverzicht-dec-concept.pdf",
        why="A timesheet sent for approval before invoicing; the invoice follows in January.",
        note="Hours and an hourly rate in euros from the retainer sender; 'facturen@' recipient.")

    # a work report (werkbon) typed in the mail
    add("BE", "nl", "typed", "none", "administratie@groenwerkenvanhecke.be", "Groenwerken Van Hecke",
        "Immo Delva", "syndicus@immodelva.be", "Werkbon 5171 – Residentie Parkzicht", D(2026, 12, 3),
        text="Goedemiddag,\n\nVoor uw dossier de werkbon van vandaag:\n\n"
             "Werkbon 5171 – 03/12/2026 – Residentie Parkzicht\n"
             "Werk: snoeien lindebomen voorzijde, afvoer snoeihout\n"
             "Ploeg: Stijn + Wout, 5,5 uur, 1 container\n"
             "Opmerking: één boom met zwamaantasting, advies volgt apart.\n\n"
             "Deze prestaties komen op de volgende verzamelfactuur (december – februari).\n\nGroeten,\nStijn Van Hecke",
        why="A work report with hours and no amount; it will be billed on the next collective invoice.",
        note="Same Flemish sender as a three-page collective invoice; a numbered werkbon with date and hours.")

    # usage statement without an amount to pay (charge points)
    add("NL", "nl", "own portal", "none", "noreply@laadnet-oost.nl", "Laadnet Oost",
        "Hoveniersbedrijf Lammers", "admin@lammers-groen.nl", "Tussentijds verbruiksoverzicht december", D(2026, 12, 16),
        html="<p>Geachte klant,</p><p>Hieronder uw verbruik van 1 t/m 15 december 2026 ter informatie.</p>"
             "<table border=\"1\" cellpadding=\"4\"><tr><th>Laadpas</th><th>Sessies</th><th>kWh</th></tr>"
             "<tr><td>NL-LNO-C00381</td><td>9</td><td>301,2</td></tr><tr><td>NL-LNO-C00382</td><td>7</td><td>254,8</td></tr>"
             "<tr><td><b>Totaal</b></td><td>16</td><td>556,0</td></tr></table>"
             "<p>Dit is geen factuur. De factuur over december ontvangt u begin januari; het tarief blijft € 0,39 per kWh.</p>",
        why="A mid-month usage statement in kWh that says it is not an invoice; no amount to pay.",
        note="Same portal as a kWh usage invoice; card numbers, sessions and the tariff printed.")

    # renewal reminder for hosting
    add("NL", "nl", "WHMCS", "none", "billing@serverkelder.nl", "Serverkelder Hosting",
        "Jeroen Bos", "jeroen@bosfotografie.nl", "Uw domeinnaam wordt over 30 dagen verlengd", D(2026, 10, 31),
        text="Beste Jeroen Bos,\n\nDe domeinnaam bosfotografie.nl wordt op 30 november 2026 automatisch met een jaar verlengd\n"
             "voor € 9,95 excl. btw. U hoeft niets te doen; het bedrag staat op uw factuur van december.\n\n"
             "Wilt u niet verlengen? Zeg dan vóór 23 november op via het klantenpaneel.\n\nServerkelder Hosting",
        why="A renewal reminder announcing a future charge; the invoice comes later.",
        note="Same hosting sender as an invoice; a price, a date and 'factuur' in the text.")

    # next invoice preview (Flemish coworking)
    add("BE", "nl", "Teamleader", "none", "boekhouding@werkplaats-gent.be", "De Werkplaats Coworking",
        "Tibo Vandermeersch", "tibo@vandermeersch.studio", "Vooruitblik: je factuur voor januari", D(2026, 12, 20),
        text="Dag Tibo,\n\nBegin januari maken we je volgende factuur op. Die zal er zo uitzien:\n\n"
             "  Vaste werkplek 'Atelier' januari      € 305,00 (nieuw tarief)\n"
             "  Brievenbus en domiciliëring           €  24,00\n"
             "  + eventuele extra vergaderuren\n\n"
             "Je ontvangt de factuur met gestructureerde mededeling op 1 januari.\n\nTot in de Werkplaats!\nEline",
        why="A preview of the next invoice ('je volgende factuur'); the invoice itself is issued on 1 January.",
        note="Same sender, same lines and prices as the monthly invoice; no number, no payment details.")

    # price-change notice for the cleaning contract
    add("NL", "nl", "Moneybird", "none", "facturen@glansrijk.nl", "Glansrijk Schoonmaak",
        "Studio Kanaal", "administratie@studiokanaal.nl", "Tariefaanpassing 2027", D(2026, 12, 1),
        html="<p>Beste Studio Kanaal,</p><p>Per 1 januari 2027 stijgen de lonen in de schoonmaakbranche volgens de cao met 4,1%. "
             "Daarom wordt ons uurtarief voor uw contract <b>€ 35,90</b> (was € 34,50). Het contractminimum van 40 uur per "
             "maand blijft gelijk.</p><p>U ziet het nieuwe tarief voor het eerst op de factuur over januari.</p>"
             "<p>Met vriendelijke groet,<br>Glansrijk Schoonmaak</p>",
        why="A price-change notice for next year's contract hours; nothing is billed.",
        note="Old and new hourly rates in euros from the cleaning company's invoice address.")

    # direct-debit schedule for next year (VvE lift? -> sports centre)
    sched = simple(["Sportcentrum De Polder", "Polderweg 2 · 1447 RA Purmerend"], ["Esra Yildiz", "Gorslaan 18", "1441 RG Purmerend"],
                   "Incassoschema 2027", [("Lidnummer", "0719"), ("Machtigingskenmerk", "DP-M-0719"), ("Incassant-ID", "NL44ZZZ402118790000")],
                   [("Lidmaatschap all-in, per maand", "€ 46,90"), "Afschrijving rond de 27e van de voorafgaande maand:",
                    ("27-12-2026 (januari)", "€ 46,90"), ("27-01-2027 (februari)", "€ 46,90"), ("26-02-2027 (maart)", "€ 46,90"),
                    ("… en zo verder tot en met", "27-11-2027"), "--", ("Totaal 2027", "€ 562,80", True)])
    add("NL", "nl", "own system", "none", "ledenadministratie@sportcentrumdepolder.nl", "Sportcentrum De Polder",
        "Esra Yildiz", "esra.yildiz@gmail.com", "Bevestiging machtiging en incassoschema 2027", D(2026, 12, 12),
        text="Hoi Esra,\n\nBedankt voor je machtiging voor automatische incasso. Vanaf januari hoef je niets meer over\n"
             "te maken. In de bijlage zie je wanneer we welk bedrag afschrijven.\n\nSportieve groet,\nLedenadministratie",
        pages=sched, fname="incassoschema-2027.pdf",
        why="A direct-debit schedule for the coming year; each month is collected by debit, no bill to pay now.",
        note="A yearly total and monthly amounts with dates from a membership sender; a creditor ID and mandate reference.")

    # statement of account from the IT firm
    st = simple(["Beheerpunt ICT B.V.", "Spoorlaan 71 · 5038 CB Tilburg"], ["Van Riel Vastgoedbeheer B.V.", "Piushaven 22", "5017 AN Tilburg"],
                "Rekeningoverzicht per 15-12-2026", [("Klantnummer", "C0412")],
                [("26-1013  01-10-2026  vervallen 15-10-2026", "€ 4.812,30"), ("26-1102  01-11-2026  vervallen 15-11-2026", "€ 4.866,75"),
                 ("26-1187  01-12-2026  vervalt 15-12-2026", eur_nl(TOTALS["26-1187"])), ("Betaald 20-10-2026", "-€ 4.812,30"),
                 ("Betaald 18-11-2026", "-€ 4.866,75"), "--", ("Openstaand saldo", eur_nl(TOTALS["26-1187"]), True),
                 "Dit overzicht is geen factuur. Heeft u factuur 26-1187 al betaald, dan kunt u dit bericht negeren."])
    add("NL", "nl", "Excel/PDF", "none", "facturatie@beheerpunt-ict.nl", "Beheerpunt ICT",
        "Crediteuren Van Riel", "crediteuren@vanrielvastgoed.nl", "Rekeningoverzicht december", D(2026, 12, 15),
        text="Goedemiddag,\n\nTer controle sturen we u het rekeningoverzicht van uw klantnummer.\n\nMarloes Verhagen",
        pages=st, fname="Rekeningoverzicht_C0412.pdf",
        why="A statement of account listing invoices already sent, one open; statements are not invoices.",
        note="Invoice numbers, dates and an open balance from the same sender as a two-page invoice.")


def en_not():
    # timesheet for approval (US janitorial)
    ts = simple(["Lakeshore Janitorial Co.", "Crew timesheet – for approval"], ["Northside Montessori School", "Business Office"],
                "Timesheet – December 1–15, 2026", [("Crew", "A. Reyes, T. Brooks"), ("PO", "NMS-2026-117")],
                [("Week of Dec 1", "21.0 h"), ("Week of Dec 8", "22.5 h"), ("Carpet extraction, library (Dec 12)", "5.0 h"),
                 "--", ("Total to date", "48.5 h", True), "Rate per contract: $34.00/h; carpet work $51.00/h.",
                 "Approved by: ____________________   Date: ________"])
    add("US", "en", "QuickBooks", "none", "billing@lakeshorejanitorial.com", "Lakeshore Janitorial",
        "Business Office", "businessoffice@northsidemontessori.org", "Mid-month timesheet for your sign-off", D(2026, 12, 16),
        text="Hello,\n\nBefore winter break, could you sign off the hours so far this month? We'll invoice the whole\n"
             "of December on the 31st.\n\nBest,\nRosa Delgado",
        pages=ts, fname="timesheet_dec_1-15.pdf",
        why="A timesheet sent for sign-off; December is invoiced at month end.",
        note="Hours, rates in dollars and a PO from the janitorial sender; 'invoice' in the body.")

    # renewal reminder (US SaaS)
    add("US", "en", "Stripe", "none", "billing@routewise.io", "Routewise",
        "Dana Ortiz", "dana@summitplumbingco.com", "Your Dispatch Pro subscription renews on January 1", D(2026, 11, 16),
        html="<p>Hi Dana,</p><p>Your annual <b>Dispatch Pro</b> subscription (8 seats) renews on <b>January 1, 2027</b>.</p>"
             "<p>Estimated renewal amount: <b>$2,366.40</b> after your 15% prepayment discount. We'll send the invoice "
             "on December 1, payable within 30 days.</p><p>Need to change seats? Do it before November 30 in "
             "Settings → Billing.</p><p>The Routewise team</p>",
        why="A renewal reminder with an estimated amount; the invoice is sent later.",
        note="Dollar amount, discount and dates from the SaaS sender of an annual invoice.")

    # next invoice preview (UK IT)
    add("GB", "en", "Xero", "none", "accounts@ashgrove-it.co.uk", "Ashgrove IT Services",
        "Pennine Accounts", "accounts@penninesurveyors.co.uk", "Heads-up: your January invoice", D(2026, 12, 18),
        text="Hi Pennine team,\n\nA quick heads-up so there are no surprises: your next invoice (1 January) will be about\n"
             "GBP 420 higher than December's. Two new starters join on 4 January, and Microsoft's list price for\n"
             "Business Premium rises by 5%. We'll send it as usual with 30-day terms.\n\nThanks,\nAshgrove IT Services Ltd",
        why="A preview of the next invoice's amount; nothing is billed in this mail.",
        note="GBP amount, percentage and the usual terms from the managed-service sender.")

    # order confirmation for a recurring order (UK coffee)
    oc = simple(["Beanline Vending Ltd", "Unit 3, Eastgate Trading Estate · Norwich NR3 4QX"], ["Wensum Architects LLP", "Norwich NR3 1RY"],
                "Order confirmation – standing order", [("Order", "SO-2210"), ("Frequency", "every 4 weeks"), ("First delivery", "12 Jan 2027")],
                [("Coffee beans 6 kg carton", "£44.50"), ("Cleaning tablets", "£12.00"), "--",
                 ("Per delivery, ex VAT", "£56.50", True),
                 "Deliveries are invoiced quarterly with your lease. Cancel any time before the packing day."])
    add("GB", "en", "Sage", "none", "accounts@beanlinevending.co.uk", "Beanline Vending",
        "Wensum Architects", "office@wensumarchitects.co.uk", "Standing order SO-2210 confirmed", D(2026, 12, 9),
        text="Good afternoon,\n\nThanks for setting up a standing order for beans — confirmation attached.\n\nBeanline Vending",
        pages=oc, fname="SO-2210.pdf",
        why="An order confirmation for a recurring order; the deliveries are invoiced quarterly.",
        note="Prices and a per-delivery total from the lessor's address; 'invoiced' in the PDF.")

    # contract confirmation (IE security)
    add("IE", "en", "typed", "none", "accounts@sentinelpatrol.ie", "Sentinel Patrol Services",
        "Accounts", "accounts@corrib-motors.ie", "Contract confirmation – patrols from January 2027", D(2026, 12, 10),
        text="Dear Sir/Madam,\n\nThank you for renewing your patrol contract. To confirm the terms for 2027:\n\n"
             "  Contract no.: SPS-C-0311\n  Term: 1 January 2027 to 31 December 2027\n"
             "  Mobile patrols: 2 per night @ €14.50\n  Alarm response: €58.00 per call-out\n  Key holding: €39.00 per month\n\n"
             "Invoices will issue monthly in arrears, payable by the end of the following month.\n"
             "Please sign and return the attached schedule.\n\nSentinel Patrol Services",
        why="A contract confirmation stating next year's rates; invoices follow monthly.",
        note="Same rates layout as the typed patrol invoice, with the words 'invoices will issue'.")

    # statement of account (UK courier)
    st = simple(["Redline Couriers (SW) Ltd", "Marsh Barton Trading Estate · Exeter EX2 8LB"],
                ["Halden Dental Laboratory Ltd", "Purchase Ledger", "7 Sidwell Street", "Exeter EX4 6NN"],
                "Statement of account", [("Account", "HAL-052"), ("Statement date", "15 Dec 2026")],
                [("31 Oct 2026  SI-26-10-049  due 30 Nov", "£2,104.18"), ("30 Nov 2026  SI-26-11-052  due 31 Dec", gbp(TOTALS["SI-26-11-052"])),
                 ("12 Nov 2026  Payment received – thank you", "-£2,104.18"), "--", ("Balance", gbp(TOTALS["SI-26-11-052"]), True),
                 ("Overdue", "£0.00"), "Please do not pay from this statement if you have already paid SI-26-11-052."])
    add("GB", "en", "Sage", "none", "ledger@redlinecouriers.co.uk", "Redline Couriers",
        "Halden Dental Lab", "purchaseledger@haldenlab.co.uk", "Statement – account HAL-052", D(2026, 12, 15),
        text="Please find attached your account statement.\n\nRedline Couriers (SW) Ltd",
        pages=st, fname="Statement_HAL-052.pdf",
        why="A statement of account listing invoices already sent and a payment; not an invoice.",
        note="The courier that sends 'statement invoices'; here a real statement with a balance.")

    # usage statement (CA bookkeeping)
    add("CA", "en", "Zoho", "none", "invoices@northbookkeeping.ca", "North Shore Bookkeeping",
        "Aiden Fraser", "aiden@fraserframing.ca", "Your transaction count so far in December", D(2026, 12, 17),
        html="<p>Hi Aiden,</p><p>Quick usage update: we've categorised <b>131 transactions</b> for December so far. "
             "Your plan includes 150; anything above is $0.75 each and shows on your next invoice.</p>"
             "<p>Tip: connecting the second RBC account would save you about 20 manual entries a month.</p>"
             "<p>Mei Tanaka, CPB</p>",
        why="A usage update with a count and the overage price; no amount to pay.",
        note="The bookkeeper's invoicing address; a dollar price per unit and 'next invoice'.")

    # delivery note (UK cleaning supplies for the cleaning company's client)
    dn = simple(["Brightway Commercial Cleaning", "42 Mill Lane · Leeds LS10 1QR"], ["Harcourt & Lyle Solicitors", "Park Row House", "Leeds LS1 5JL"],
                "Delivery note DN-3381", [("Delivered", "8 Dec 2026"), ("Contract", "Daily office clean")],
                [("Hand towel rolls", "12"), ("Soap refills 800 ml", "8"), ("Bin liners (roll of 50)", "6"), "--",
                 "Consumables are charged on the monthly invoice.", "Received by: ______________"])
    add("GB", "en", "QuickBooks", "none", "invoices@brightwaycleaning.co.uk", "Brightway Commercial Cleaning",
        "Harcourt & Lyle", "accounts@harcourtlyle.co.uk", "Delivery note DN-3381", D(2026, 12, 8),
        text="Dear Accounts,\n\nFor your records, the delivery note for this week's washroom consumables.\n\nBrightway Commercial Cleaning",
        pages=dn, fname="DN-3381.pdf",
        why="A delivery note with quantities; the consumables are charged on the monthly invoice.",
        note="Sent from the invoices address of the cleaning firm; numbered like a document, no money.")


def de_not():
    # Lieferschein (Getränke Vogt)
    ls = simple(["Getränke Vogt", "Inh. Sven Vogt e.K. · Mühlweg 8 · 63065 Offenbach"], ["Agentur Feldmann GmbH", "Kaiserstraße 51", "63065 Offenbach am Main"],
                "Lieferschein 61879", [("Lieferdatum", "01.12.2026"), ("Kundennummer", "023")],
                [("Mineralwasser 12×0,7 l", "6 Kisten"), ("Apfelschorle 12×0,5 l", "3 Kisten"), ("Leergut zurück", "7 Kisten"), "--",
                 "Berechnung erfolgt mit der Sammelrechnung zum Monatsende.", "Ware erhalten: ____________"])
    add("DE", "de", "Warenwirtschaft", "none", "buero@getraenke-vogt.de", "Getränke Vogt",
        "Agentur Feldmann", "office@agentur-feldmann.de", "Lieferschein 61879", D(2026, 12, 1),
        text="Hallo,\n\nanbei der Lieferschein zur heutigen Lieferung.\n\nGruß\nSven Vogt",
        pages=ls, fname="LS_61879.pdf",
        why="A delivery note; it is billed with the collective invoice at month end.",
        note="Same sender and customer as a Sammelrechnung; crates and a customer number, no prices.")

    # Servicebericht (Aufzug)
    sb = simple(["Aufzugstechnik Reuter GmbH", "Otto-Hahn-Str. 22 · 69190 Walldorf"], ["WEG Neckarblick 12–14", "c/o Hausverwaltung Seidel"],
                "Wartungsbericht Nr. WB-26-3390", [("Datum", "08.12.2026"), ("Anlage", "Fabr.-Nr. 40871"), ("Techniker", "D. Roth")],
                ["Durchgeführt: Wartung gem. DIN EN 13015, Bremsprüfung, Notruftest.", "Befund: Türrollen Kabinentür verschlissen.",
                 "Empfehlung: Austausch im Januar (Angebot folgt).", "Arbeitszeit: 2,5 Std. – im Vollwartungsvertrag enthalten.",
                 "--", "Unterschrift Kunde: ______________"])
    add("DE", "de", "sevDesk", "none", "rechnungen@aufzug-reuter.de", "Aufzugstechnik Reuter",
        "Hausverwaltung Seidel", "weg@hv-seidel.de", "Wartungsbericht Aufzug A – 08.12.2026", D(2026, 12, 8),
        text="Sehr geehrte Frau Seidel,\n\nanbei der Bericht zur heutigen Wartung. Die Arbeiten sind im Vertrag enthalten.\n\nAufzugstechnik Reuter",
        pages=sb, fname="WB-26-3390.pdf",
        why="A work report of a maintenance visit covered by the contract; nothing is charged.",
        note="From the address that sends the lift invoices; a numbered report with hours.")

    # Preisanpassung (Kaffeepartner)
    add("DE", "de", "Billomat", "none", "rechnung@kaffeepartner-sued.de", "Kaffeepartner Süd",
        "Kanzlei Wimmer & Huber", "kanzlei@wimmer-huber.de", "Preisanpassung zum 01.01.2027", D(2026, 12, 2),
        text="Sehr geehrte Damen und Herren,\n\ngemäß § 5 Ihres Mietvertrags passen wir zum 01.01.2027 die Preise an:\n\n"
             "  Preis je Bezug: 0,21 € (bisher 0,19 €)\n  Gerätemiete: unverändert 79,00 € netto monatlich\n\n"
             "Sie haben ein Sonderkündigungsrecht bis zum 31.12.2026.\n\nMit freundlichen Grüßen\nKaffeepartner Süd GmbH",
        why="A price-change notice for the lease contract; no amount is billed.",
        note="Euro prices and the contract clause from the same sender as a usage invoice.")

    # Lastschriftplan 2027 (Lohnbüro)
    lp = simple(["Lohnbüro Albers", "Wall 12 · 24103 Kiel"], ["Konditorei Petersen e.K.", "Holstenstraße 33", "24103 Kiel"],
                "Lastschriftplan 2027", [("Mandatsreferenz", "LBA-0014"), ("Gläubiger-ID", "DE71ZZZ00002318845")],
                ["Ab Januar ziehen wir die Monatsrechnungen per SEPA-Lastschrift ein,",
                 "jeweils 5 Tage nach Rechnungsdatum. Voraussichtliche Beträge:",
                 ("Januar – Dezember 2027, je Monat ca.", "300,00 €"), ("Dezember zusätzlich Jahresmeldungen ca.", "60,00 €"),
                 "--", "Die genauen Beträge stehen auf der jeweiligen Rechnung."])
    add("DE", "de", "typed", "none", "info@lohnbuero-albers.de", "Lohnbüro Albers",
        "Konditorei Petersen", "petersen@konditorei-petersen.de", "SEPA-Mandat bestätigt – Lastschriftplan 2027", D(2026, 12, 14),
        text="Sehr geehrter Herr Petersen,\n\nvielen Dank für das SEPA-Lastschriftmandat. Anbei der Plan für 2027.\n\nMit freundlichen Grüßen\nHeike Albers",
        pages=lp, fname="Lastschriftplan_2027.pdf",
        why="A direct-debit plan with estimated amounts for next year; the invoices come monthly.",
        note="Creditor ID, mandate reference and euro amounts from the payroll office.")

    # Vertragsbestätigung (CH cleaning)
    add("CH", "de", "own template", "none", "rechnung@blitzblank-basel.ch", "Blitzblank Reinigungen",
        "Andrea Meier-Suter", "andrea.meier@bluewin.ch", "Bestätigung Ihres Reinigungs-Abos", D(2026, 12, 4),
        html="<p>Guten Tag Frau Meier-Suter</p><p>Wir bestätigen die Anpassung Ihres Abos ab Januar 2027:</p>"
             "<ul><li>Unterhaltsreinigung jede Woche, 3 Std.</li><li>Stundenansatz CHF 42.00 inkl. MWST</li>"
             "<li>Erster Einsatz: Donnerstag, 7. Januar 2027</li></ul>"
             "<p>Die Rechnung erhalten Sie wie bisher zu Beginn des Folgemonats.</p><p>Freundliche Grüsse<br>Blitzblank Reinigungen</p>",
        why="A contract confirmation with the hourly rate; the invoices follow monthly.",
        note="From the invoice address of the Swiss cleaner; CHF rate and dates.")

    # Kontoauszug (Systemhaus)
    ka = simple(["Systemhaus Brandt GmbH", "Am Hafen 14 · 48155 Münster"], ["Tischlerei Hövelmann GmbH & Co. KG", "Gewerbering 9", "48249 Dülmen"],
                "Kontoauszug Kunde K-10744", [("Stand", "16.12.2026")],
                [("RE 2026-10-0351 vom 01.11.2026", "3.912,04 €"), ("Zahlung 12.11.2026", "-3.912,04 €"),
                 ("RE 2026-11-0388 vom 01.12.2026", eur_de(TOTALS["2026-11-0388"])), "--",
                 ("Offener Saldo", eur_de(TOTALS["2026-11-0388"]), True),
                 "Dies ist keine Rechnung und keine Mahnung."])
    add("DE", "de", "DATEV/PDF", "none", "rechnung@systemhaus-brandt.de", "Systemhaus Brandt",
        "Buchhaltung Hövelmann", "buchhaltung@hoevelmann-tischlerei.de", "Kontoauszug zum Jahresende", D(2026, 12, 16),
        text="Sehr geehrte Damen und Herren,\n\nzum Jahresabschluss erhalten Sie den Kontoauszug Ihres Kundenkontos.\n\nSystemhaus Brandt GmbH",
        pages=ka, fname="Kontoauszug_K-10744.pdf",
        why="A statement of account listing invoices already sent and a payment; it says it is no invoice.",
        note="Invoice numbers and an open balance from the sender of a three-page invoice.")

    # Verlängerungshinweis (AT software)
    add("AT", "de", "Stripe", "none", "billing@ordinare.at", "Ordinare Software",
        "Physiotherapie am Lendplatz", "praxis@physio-lendplatz.at", "Ihr Abonnement verlängert sich am 01.01.2027", D(2026, 11, 17),
        text="Guten Tag,\n\nIhr Jahresabonnement Ordinare Praxis (5 Lizenzen) verlängert sich automatisch am 01.01.2027.\n"
             "Voraussichtlicher Betrag: 2.280,00 € inkl. USt. Die Rechnung senden wir Ihnen Anfang Dezember.\n\n"
             "Möchten Sie Lizenzen ändern? Das geht bis 30.11.2026 in den Einstellungen.\n\nIhr Ordinare-Team",
        why="A renewal notice with an expected amount; the annual invoice is sent in December.",
        note="Same SaaS sender and subject wording as the annual invoice mail, without the attachment.")

    # Leistungsnachweis zur Freigabe (Kowalski)
    add("DE", "de", "lexoffice", "none", "buchhaltung@kowalski-reinigung.de", "Reinigungsservice Kowalski",
        "Kreditoren Stadtwerke-Service", "kreditoren@sws-herne.de", "Leistungsnachweis Dezember zur Freigabe", D(2026, 12, 21),
        text="Guten Tag,\n\nvor den Feiertagen bitten wir um Freigabe der Einsätze im Dezember:\n\n"
             "  Objekt 1 Verwaltung        15 Einsätze\n  Objekt 2 Lager               6 Einsätze\n  Objekt 3 Filiale Altstadt    15 Einsätze\n\n"
             "Nach Ihrer Freigabe erstellen wir die Sammelrechnung zur Bestellnummer 4500193387.\n\n"
             "Freundliche Grüße\nMagdalena Kowalska",
        why="A record of work sent for approval before the collective invoice is made.",
        note="Same sender and order number as a Sammelrechnung; counts of visits, no money.")


# ===== checks and output ===================================================================

def check(records):
    """The generator's own slips, caught before writing: mailkit's label checks, the counts
    the brief asks for, every PDF item inside its page, references printed, amounts due not
    above the totals, and no long sentence shared by two mails."""
    mk.check_labels(records)
    inv = [r for r in records if r["is_invoice"]]
    assert len(records) == 75 and len(inv) == 50, (len(records), len(inv))
    langs = {lang: sum(r["lang"] == lang for r in inv) for lang in ("nl", "en", "de")}
    assert langs == {"nl": 20, "en": 15, "de": 15}, langs
    kinds = {k: sum(r["kind"] == k for r in inv) for k in ("pdf", "body-text", "body-html")}
    assert kinds == {"pdf": 30, "body-text": 10, "body-html": 10}, kinds
    assert all(r["kind"] == "none" for r in records if not r["is_invoice"])
    seen = {}
    for r in records:
        json.loads(json.dumps(r, ensure_ascii=False))
        assert r["envelope"]["rcpt_to"][0] in r["eml"].split("\nSubject:")[0], r["id"]
        for key in ("pdf", "pdf2"):
            for pg in (r.get(key) or {}).get("pages", []):
                w, h = pg.get("width", 595), pg.get("height", 842)
                lines = {}
                for it in pg["items"]:
                    wd = width(it["text"], it["size"])
                    left = it["x"] - wd if it["align"] == "right" else it["x"]
                    assert 20 <= left and left + wd <= w - 20 and 20 <= it["y"] <= h - 20, (r["id"], it["text"])
                    lines.setdefault(it["y"], []).append((left, left + wd, it["text"]))
                for line in lines.values():
                    line.sort()
                    for a, b in zip(line, line[1:]):
                        assert a[1] <= b[0], (r["id"], a[2], b[2])
        e = r["expected"]
        if e:
            text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
            if e["payment_reference"]:
                ref = e["payment_reference"]
                assert ref in text or ref in text.replace(" ", ""), (r["id"], ref)
            assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), r["id"]
        body = r["eml"].split("\n\n", 1)[1]
        for line in body.split("\n"):
            s = line.strip()
            if len(s) > 45 and not s.startswith(("--", "Content-")):
                assert seen.setdefault(s, r["id"]) == r["id"], (r["id"], seen[s], s)


def main():
    nl_invoices()
    en_invoices()
    de_invoices()
    nl_not()
    en_not()
    de_not()
    records = list(RECORDS)
    random.Random(SEED + 1).shuffle(records)
    for k, r in enumerate(records, 1):
        r["id"] = "inv-hold20-%03d" % k
    check(records)
    mk.write(OUT, records)
    print("wrote %d records to %s" % (len(records), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
