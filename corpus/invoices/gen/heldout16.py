"""heldout16: the sixteenth held-out set — the life of a bill: money over time.

One customer relationship billed over time: deposits and final invoices that deduct them,
instalments and Abschläge, recurring periods, part-paid invoices, corrected invoices,
credit notes, late-payment interest billed on its own, pro-rata months, family discounts,
rent with service-cost advances, early-payment discounts — and the mail around them that
is not an invoice. Written for dunmail; every name, address, IBAN and number is invented.

Run: python3 corpus/invoices/gen/heldout16.py  (writes corpus/invoices/heldout16.jsonl)
"""
import base64
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Page, iban, iban_spaced, money, date, mail, record, expected, write  # noqa: E402

D = dt.date
rng = random.Random(20261216)
R = []


def td(d, n):
    return d + dt.timedelta(days=n)


def vat(net, rate10):
    """VAT on @net cents at @rate10 tenths of a percent (210 = 21 %), half up."""
    s = -1 if net < 0 else 1
    return s * ((abs(net) * rate10 + 500) // 1000)


def nl(c):
    return money(c, "nl")


def en(c):
    return money(c, "en")


def de(c):
    return money(c, "de")


def ch(c):
    return money(c, "ch")


def r5(c):
    """Swiss 5-Rappen rounding of a cent amount (float allowed)."""
    return int((c + 2.5) // 5 * 5) if c >= 0 else -int((-c + 2.5) // 5 * 5)


def iban_cc(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def dg(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban_at():
    return iban_cc("AT", dg(16))


def iban_ie():
    return iban_cc("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14))


def iban_ch(qr=False):
    iid = str(rng.randint(30000, 31999)) if qr else rng.choice(["00700", "00235", "00778", "08390"])
    return iban_cc("CH", iid + dg(12))


def kenmerk():
    """Dutch 16-digit betalingskenmerk: a check digit (weighted mod 11) and 15 digits."""
    body = dg(15)
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(c) * w[i % 10] for i, c in enumerate(reversed(body)))
    chk = 11 - s % 11
    chk = 1 if chk == 10 else 0 if chk == 11 else chk
    return str(chk) + body


def grp4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def ogm():
    base = int(dg(10))
    c = base % 97 or 97
    s = "%010d%02d" % (base, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rf(body):
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, body)


def qrref():
    body = dg(26)
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    c = 0
    for ch_ in body:
        c = t[(c + int(ch_)) % 10]
    return body + str((10 - c) % 10)


def qrgroup(s):
    return s[:2] + " " + " ".join(s[k:k + 5] for k in range(2, len(s), 5))


def hdr(s, b64=False):
    """RFC 2047 where the text is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if b64:
        return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode()).decode()
    words, cur = [], ""
    for chr_ in s:
        enc = ""
        for byte in chr_.encode():
            c = chr(byte)
            if c.isalnum() and byte < 128:
                enc += c
            elif c == " ":
                enc += "_"
            elif c in "-!*+/.,":
                enc += c
            else:
                enc += "=%02X" % byte
        if len(cur) + len(enc) > 50:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\n ".join("=?utf-8?q?%s?=" % w for w in words)


def to_h(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ",.&()"):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name), addr)


def add(tool, lang, kind, frm, fname, to_addr, to_name, subj, mdate, text=None, html=None,
        pages=None, fn=None, exp=None, why=None, note=None, b64=False):
    eml = mail(rng, frm, hdr(fname, b64), to_h(to_name, to_addr), hdr(subj, b64), mdate, text, html,
               pdf=pages is not None)
    R.append(record(None, tool, lang, kind, {"mail_from": frm, "rcpt_to": [to_addr]}, eml, pages, fn,
                    exp, why, note))


def doc(issuer, ilines, addr, title, meta, cols, rows, tots, notes=(), foot=(), style=0, tx=300,
        sender_line=None):
    """One A4 page: issuer, address window, meta block, a table, totals, notes, a footer."""
    p = Page()
    if style == 0:
        p.text(56, 60, issuer, 14, True)
        y = 73
        for l_ in ilines:
            p.text(56, y, l_, 8)
            y += 11
        y = 150
        if sender_line:
            p.text(56, 136, sender_line, 6)
        for l_ in addr:
            p.text(56, y, l_, 10)
            y += 13
        my = 150
        for k, v in meta:
            p.text(350, my, k, 9)
            p.right(539, my, v, 9)
            my += 13
        ty = max(y, my) + 36
        p.text(56, ty, title, 15, True)
        ty += 26
    else:
        p.right(539, 58, issuer, 14, True)
        y = 71
        for l_ in ilines:
            p.right(539, y, l_, 8)
            y += 11
        y = 140
        if sender_line:
            p.text(56, 126, sender_line, 6)
        for l_ in addr:
            p.text(56, y, l_, 10)
            y += 13
        ty = y + 34
        p.text(56, ty, title, 15, True)
        ty += 22
        for k, v in meta:
            p.text(56, ty, k, 9)
            p.text(180, ty, v, 9)
            ty += 13
        ty += 12
    if cols:
        for h, x, al in cols:
            p.text(x, ty, h, 9, True, al)
        p.rule(56, ty + 4, 539, ty + 4)
        ty += 18
        for r in rows:
            for (h, x, al), c in zip(cols, r):
                if c:
                    p.text(x, ty, c, 9, False, al)
            ty += 14
        p.rule(tx, ty - 6, 539, ty - 6)
        ty += 8
    for lab, val, b in tots:
        p.text(tx, ty, lab, 10 if b else 9, b)
        p.right(539, ty, val, 10 if b else 9, b)
        ty += 14
    ty += 18
    for l_ in notes:
        p.text(56, ty, l_, 9)
        ty += 12
    fy = 770
    for l_ in foot:
        p.text(56, fy, l_, 7)
        fy += 10
    return [p]


# ----------------------------------------------------------------- Dutch and Flemish invoices
COLS_NL = [("Omschrijving", 56, "left"), ("Aantal", 360, "right"), ("Prijs", 440, "right"), ("Bedrag", 539, "right")]

# 1-2: a builder's deposit invoice (voorschotnota) and the final invoice deducting it
kr_iban = iban(rng, "NL")
kr_foot = ["Bouwbedrijf Gebr. Kroeze B.V. · Hengelosestraat 212 · 7521 AM Enschede · KvK 61840217 · btw NL854120977B01",
           "IBAN %s · BIC RABONL2U · info@kroeze-bouw.nl · 053 431 88 20" % iban_spaced(kr_iban)]
kr_addr = ["R. Haverkamp en S. Oudejans", "Lasondersingel 41", "7514 BR Enschede"]
aanneem = 3840000
v_net = aanneem * 25 // 100
v_vat = vat(v_net, 210)
v_tot = v_net + v_vat
i1 = D(2026, 10, 5)
k1 = kenmerk()
add("SnelStart", "nl", "pdf", "facturen@kroeze-bouw.nl", "Bouwbedrijf Gebr. Kroeze B.V.", "r.haverkamp@ziggo.nl",
    "R. Haverkamp", "Voorschotnota VN-2026-031 uitbouw Lasondersingel 41", td(i1, 1),
    text="Beste heer Haverkamp en mevrouw Oudejans,\n\nZoals afgesproken in de aannemingsovereenkomst ontvangt u hierbij de voorschotnota "
         "voor de uitbouw en de nieuwe keuken. Na ontvangst van het voorschot plannen we de start van de werkzaamheden in.\n\n"
         "Met vriendelijke groet,\n\nHenk Kroeze\nBouwbedrijf Gebr. Kroeze B.V.\n053 431 88 20",
    pages=doc("Bouwbedrijf Gebr. Kroeze B.V.", ["Hengelosestraat 212", "7521 AM Enschede"], kr_addr, "VOORSCHOTNOTA",
              [("Nummer", "VN-2026-031"), ("Datum", date(i1, "dmy-")), ("Project", "P-2026-014 Uitbouw"), ("Vervaldatum", date(td(i1, 14), "dmy-"))],
              COLS_NL, [("Voorschot 25% van de aanneemsom uitbouw + keuken", "1", nl(v_net), nl(v_net)),
                        ("(aanneemsom € %s excl. btw, overeenkomst d.d. 14-09-2026)" % nl(aanneem), "", "", "")],
              [("Subtotaal", nl(v_net), False), ("Btw 21%", nl(v_vat), False), ("Te betalen", "€ " + nl(v_tot), True)],
              ["Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van",
               "betalingskenmerk %s. Het voorschot wordt verrekend met de eindfactuur." % grp4(k1)], kr_foot),
    fn="Voorschotnota_VN-2026-031.pdf",
    exp=expected("VN-2026-031", v_tot, v_tot, i1, td(i1, 14), "R. Haverkamp en S. Oudejans", "r.haverkamp@ziggo.nl", kr_iban,
                 False, "nl", reference=k1),
    note="Voorschotnota: 25 % of the contract sum; the contract sum itself is printed as a larger number beside the due amount.")

meer = 186500
e_net = aanneem + meer
e_vat = vat(e_net, 210)
e_tot = e_net + e_vat
e_due = e_tot - v_tot
i2 = D(2027, 1, 18)
k2 = kenmerk()
add("SnelStart", "nl", "pdf", "facturen@kroeze-bouw.nl", "Bouwbedrijf Gebr. Kroeze B.V.", "r.haverkamp@ziggo.nl",
    "R. Haverkamp", "Eindfactuur F-2027-0007 uitbouw en keuken", td(i2, 3),
    text="Beste Rob en Sanne,\n\nDe uitbouw is opgeleverd en de laatste punten van het opleverrapport zijn afgehandeld. "
         "Bijgaand de eindfactuur; het voorschot dat jullie in oktober betaalden is daarop in mindering gebracht.\n\n"
         "Bedankt voor de prettige samenwerking!\n\nHenk Kroeze",
    pages=doc("Bouwbedrijf Gebr. Kroeze B.V.", ["Hengelosestraat 212", "7521 AM Enschede"], kr_addr, "EINDFACTUUR",
              [("Factuurnummer", "F-2027-0007"), ("Factuurdatum", date(i2, "dmy-")), ("Project", "P-2026-014 Uitbouw"),
               ("Betalingstermijn", "30 dagen")],
              COLS_NL, [("Aanneemsom uitbouw + keuken conform overeenkomst", "1", nl(aanneem), nl(aanneem)),
                        ("Meerwerk: extra lichtkoepel en wandcontactdozen (MW-03)", "1", nl(meer), nl(meer))],
              [("Totaal excl. btw", nl(e_net), False), ("Btw 21%", nl(e_vat), False), ("Totaal incl. btw", nl(e_tot), False),
               ("Af: voorschotnota VN-2026-031 (voldaan)", "-" + nl(v_tot), False), ("Nog te voldoen", "€ " + nl(e_due), True)],
              ["Graag binnen 30 dagen na factuurdatum overmaken onder vermelding van betalingskenmerk",
               grp4(k2) + "."], kr_foot, tx=280),
    fn="Factuur_F-2027-0007.pdf",
    exp=expected("F-2027-0007", e_due, e_tot, i2, td(i2, 30), "R. Haverkamp en S. Oudejans", "r.haverkamp@ziggo.nl", kr_iban,
                 False, "nl", reference=k2),
    note="Final invoice deducting the voorschot incl. btw: due = total minus deposit; three larger totals above the due line.")

# 3: termijnfactuur 2 van 3, typed in the body
ja_iban = iban(rng, "NL")
i3 = D(2026, 11, 9)
t_net = 1250000 * 40 // 100
t_vat = vat(t_net, 210)
t_tot = t_net + t_vat
add("typed (Outlook)", "nl", "body-text", "jansma.timmerwerk@hetnet.nl", "Timmer- en Onderhoudsbedrijf Jansma",
    "w.terpstra@kpnmail.nl", "W. Terpstra", "Factuur 2026-112 - 2e termijn dakkapel", i3,
    text="Geachte heer Terpstra,\n\nDe dakkapel is vorige week geplaatst en wind- en waterdicht. Volgens de afspraak in onze offerte "
         "(30%% bij opdracht, 40%% bij plaatsing, 30%% bij oplevering) stuur ik u hierbij de tweede termijn.\n\n"
         "FACTUUR\n"
         "Factuurnummer: 2026-112\n"
         "Factuurdatum: %s\n\n"
         "Termijn 2 van 3 - plaatsing dakkapel achterzijde, Tjerk Hiddesstraat 7, Leeuwarden\n"
         "40%% van de aanneemsom van € %s excl. btw     € %s\n"
         "btw 21%%                                         € %s\n"
         "Totaal termijn 2                                € %s\n\n"
         "Graag binnen 8 dagen overmaken op %s t.n.v. A. Jansma o.v.v. het factuurnummer.\n"
         "De derde termijn volgt na oplevering.\n\n"
         "Met vriendelijke groet,\n\nAuke Jansma\nTimmer- en Onderhoudsbedrijf Jansma\nKvK 01098456 | btw NL001765432B88\n06-51204873"
         % (date(i3, "dmy-"), nl(1250000), nl(t_net), nl(t_vat), nl(t_tot), iban_spaced(ja_iban)),
    exp=expected("2026-112", t_tot, t_tot, i3, td(i3, 8), "W. Terpstra", "w.terpstra@kpnmail.nl", ja_iban, False, "nl"),
    note="Instalment 2 of 3 typed in the body; the contract sum and the percentage schedule sit beside the instalment.")

# 4: rent with service-cost and heating advances (HTML from a property manager's tool)
am_iban = iban(rng, "NL")
i4 = D(2026, 11, 20)
k4 = kenmerk()
kale, sk, st = 114500, 6250, 4800
h_tot = kale + sk + st
rows4 = "".join("<tr><td>%s</td><td align=\"right\">€ %s</td></tr>" % (a, nl(b)) for a, b in
                [("Kale huur", kale), ("Voorschot servicekosten", sk), ("Voorschot stookkosten (blokverwarming)", st)])
add("huuradministratie (HTML)", "nl", "body-html", "huur@amstelzicht-beheer.nl", "Amstelzicht Vastgoedbeheer",
    "levent.celik@gmail.com", "Levent Çelik", "Huurnota december 2026 - Wibautstraat 188-III", td(i4, 0),
    html="<html><body style=\"font-family:Arial;font-size:13px\"><p>Beste heer Çelik,</p><p>Hierbij ontvangt u de huurnota voor "
         "december 2026.</p><table cellpadding=\"4\" style=\"border:1px solid #ccc\">"
         "<tr><td>Notanummer</td><td>H-2026-12-0417</td></tr><tr><td>Notadatum</td><td>%s</td></tr>"
         "<tr><td>Huurder</td><td>Levent Çelik</td></tr><tr><td>Object</td><td>Wibautstraat 188-III, 1091 GR Amsterdam</td></tr>"
         "<tr><td>Periode</td><td>1 december 2026 t/m 31 december 2026</td></tr></table><br>"
         "<table cellpadding=\"4\" width=\"420\">%s<tr><td><b>Totaal te betalen</b></td><td align=\"right\"><b>€ %s</b></td></tr></table>"
         "<p>De huur is bij vooruitbetaling verschuldigd en dient uiterlijk op <b>%s</b> te zijn bijgeschreven op %s "
         "t.n.v. Amstelzicht Vastgoedbeheer B.V., onder vermelding van betalingskenmerk <b>%s</b>.</p>"
         "<p>Met vriendelijke groet,<br>Amstelzicht Vastgoedbeheer B.V.<br>Afdeling huuradministratie</p>"
         "<p style=\"font-size:11px;color:#777\">Betaalt u al via automatische overboeking? Controleer dan of het nieuwe bedrag "
         "na de huurverhoging van 1 juli is verwerkt.</p></body></html>"
         % (date(i4, "dmy-"), rows4, nl(h_tot), date(D(2026, 12, 1), "long"), iban_spaced(am_iban), grp4(k4)),
    exp=expected("H-2026-12-0417", h_tot, h_tot, i4, D(2026, 12, 1), "Levent Çelik", "levent.celik@gmail.com", am_iban, False,
                 "nl", reference=k4),
    note="Monthly rent nota with service-cost and heating advances, period printed, due on the 1st of the month; a non-ASCII name.")

# 5: VvE quarterly contribution by direct debit (still an invoice)
vv_iban = iban(rng, "NL")
i5 = D(2026, 12, 14)
bij, res = 18740, 6400
v5 = 3 * bij + 3 * res
inc5 = D(2027, 1, 4)
add("VvE-beheerpakket (PDF)", "nl", "pdf", "administratie@vanommeren-vve.nl", "Van Ommeren VvE Beheer",
    "amdewit@xs4all.nl", "A.M. de Wit-Hoogendoorn", "VvE Parkflat De Linde - bijdrage 1e kwartaal 2027", td(i5, 2),
    text="Geachte eigenaar,\n\nIn de bijlage vindt u de nota voor de periodieke bijdrage over het eerste kwartaal van 2027 "
         "voor uw appartementsrecht in Parkflat De Linde.\n\nMet vriendelijke groet,\nVan Ommeren VvE Beheer\nnamens het bestuur van de VvE",
    pages=doc("Vereniging van Eigenaars Parkflat De Linde", ["p/a Van Ommeren VvE Beheer", "Postbus 1120, 3800 BC Amersfoort"],
              ["Mevr. A.M. de Wit-Hoogendoorn", "Lindeplein 24", "3817 KD Amersfoort"], "Nota periodieke bijdrage",
              [("Notanummer", "VvE-2027-Q1-024"), ("Notadatum", date(i5, "dmy-")), ("Appartementsrecht", "Lindeplein 24 (index 24)"),
               ("Periode", "1-1-2027 t/m 31-3-2027")],
              COLS_NL, [("Bijdrage servicekosten (3 maanden)", "3", nl(bij), nl(3 * bij)),
                        ("Bijdrage reservefonds MJOP (3 maanden)", "3", nl(res), nl(3 * res))],
              [("Totaal (geen btw)", "€ " + nl(v5), True)],
              ["Dit bedrag wordt op %s automatisch geïncasseerd van uw rekening NL** **** **** **71 34." % date(inc5, "dmy-"),
               "Incassant-ID NL58ZZZ302198760000, machtigingskenmerk LINDE-024.",
               "Niet akkoord met de incasso? U kunt binnen 8 weken na afschrijving uw bank vragen het bedrag terug te boeken."],
              ["VvE Parkflat De Linde · KvK 40512288 · IBAN %s · beheer: Van Ommeren VvE Beheer, 033 465 12 00" % iban_spaced(vv_iban)],
              style=1),
    fn="nota_VvE-2027-Q1-024.pdf",
    exp=expected("VvE-2027-Q1-024", v5, v5, i5, inc5, "A.M. de Wit-Hoogendoorn", "amdewit@xs4all.nl", vv_iban, False, "nl"),
    note="Quarterly VvE contribution collected by direct debit: still an invoice; the debit date is the due date; machtigingskenmerk is no payment reference.")

# 6: hockey club family contribution with family discount
mh_iban = iban(rng, "NL")
i6 = D(2026, 9, 15)
fam = [("Senior - Jeroen Brouwer", 28500), ("Junior A - Fleur Brouwer", 21000), ("Junior D - Thijs Brouwer", 18500)]
f_sub = sum(a for _, a in fam)
f_disc = f_sub * 10 // 100
f_tot = f_sub - f_disc
rows6 = "".join("<tr><td>%s</td><td style=\"text-align:right\">%s</td></tr>" % (a, nl(b)) for a, b in fam)
add("clubadministratie (HTML)", "nl", "body-html", "penningmeester@mhc-vlietlanden.nl", "MHC Vlietlanden - Penningmeester",
    "brouwer.lindhout@gmail.com", "Fam. Brouwer-Lindhout", "Contributie seizoen 2026-2027 (factuur C27-0388)", i6,
    html="<html><body><div style=\"max-width:560px;font-family:Verdana,sans-serif;font-size:12px\">"
         "<h2 style=\"color:#0a5c36\">MHC Vlietlanden</h2><p>Beste Fam. Brouwer-Lindhout,</p>"
         "<p>Het nieuwe seizoen is begonnen! Hieronder de contributie voor 2026-2027 voor de leden op uw gezinsadres.</p>"
         "<p>Factuur: <b>C27-0388</b><br>Datum: %s<br>Lidnummer hoofdlid: 10388</p>"
         "<table width=\"100%%\">%s<tr><td>Subtotaal</td><td style=\"text-align:right\">%s</td></tr>"
         "<tr><td>Gezinskorting 10%% (3 of meer leden)</td><td style=\"text-align:right\">-%s</td></tr>"
         "<tr><td><b>Totaal</b></td><td style=\"text-align:right\"><b>€ %s</b></td></tr></table>"
         "<p>Wij verzoeken u het bedrag uiterlijk <b>30 september 2026</b> over te maken op %s t.n.v. MHC Vlietlanden "
         "o.v.v. lidnummer 10388. Betalen in twee delen? Mail de penningmeester vóór 25 september.</p>"
         "<p>Sportieve groet,<br>Marleen Oosterhout<br>penningmeester</p></div></body></html>"
         % (date(i6, "dmy-"), rows6, nl(f_sub), nl(f_disc), nl(f_tot), iban_spaced(mh_iban)),
    exp=expected("C27-0388", f_tot, f_tot, i6, D(2026, 9, 30), "Fam. Brouwer-Lindhout", "brouwer.lindhout@gmail.com", mh_iban,
                 False, "nl"),
    note="Season membership fee for a family with a 10% family discount; 'o.v.v. lidnummer' is not a labelled reference.")

# 7: childcare, pro-rata first month + next month in advance, direct debit
kr2_iban = iban(rng, "NL")
i7 = D(2026, 10, 20)
uren, tarief = 9533, 1025   # 95,33 uur x € 10,25
maand = (uren * tarief + 50) // 100
pr = (maand * 18 + 15) // 31
k7_tot = pr + maand
inc7 = D(2026, 10, 28)
add("Flexkids", "nl", "pdf", "facturatie@kdv-dekleinereus.nl", "Kinderdagverblijf De Kleine Reus", "j.hoekstra83@outlook.com",
    "J. Hoekstra", "Factuur kinderopvang 2026100587", td(i7, 1),
    text="Beste ouder/verzorger,\n\nIn de bijlage vindt u de factuur voor de kinderopvang van Noor. Omdat de opvang op 14 oktober "
         "is gestart, is oktober naar rato berekend.\n\nMet vriendelijke groet,\nTeam De Kleine Reus",
    pages=doc("Kinderdagverblijf De Kleine Reus", ["Boerhaavelaan 60", "2334 ED Leiden", "LRK 172049385"],
              ["Dhr. J. Hoekstra", "Haarlemmerstraat 233", "2312 DS Leiden"], "Factuur",
              [("Factuurnummer", "2026100587"), ("Factuurdatum", date(i7, "dmy-")), ("Debiteurnummer", "40211"), ("Kind", "Noor Hoekstra")],
              [("Omschrijving", 56, "left"), ("Uren", 330, "right"), ("Uurtarief", 420, "right"), ("Bedrag", 539, "right")],
              [("Dagopvang oktober 2026 (vanaf 14-10, naar rato 18/31)", "", "", nl(pr)),
               ("  contract 2 dagen p/w, 95,33 uur per maand", nl(uren), nl(tarief), nl(maand)),
               ("Dagopvang november 2026 (vooruitbetaling)", nl(uren), nl(tarief), nl(maand))],
              [("Totaal (vrijgesteld van btw)", "€ " + nl(k7_tot), True)],
              ["Het totaalbedrag wordt op %s automatisch van uw rekening afgeschreven." % date(inc7, "dmy-"),
               "De regel 'contract' is ter informatie; alleen oktober (naar rato) en november worden berekend."],
              ["Stichting Kinderopvang De Kleine Reus · KvK 27190644 · IBAN %s" % iban_spaced(kr2_iban)]),
    fn="Factuur_2026100587.pdf",
    exp=expected("2026100587", k7_tot, k7_tot, i7, inc7, "J. Hoekstra", "j.hoekstra83@outlook.com", kr2_iban, False, "nl"),
    note="Pro-rata first month plus the next month in advance; an information row carries a full-month amount that is not charged; direct debit date as due date.")

# 8: music school lesson fee, termly instalment 1 of 3 (Moneybird HTML)
ks_iban = iban(rng, "NL")
i8 = D(2026, 9, 1)
jaar8 = 36 * 2350
term8 = jaar8 // 3
add("Moneybird", "nl", "body-html", "factuur@klankhuis-muziekschool.nl", "Muziekschool Het Klankhuis", "petra.vandam@hotmail.com",
    "Petra van Dam", "Factuur 2026-0291 van Muziekschool Het Klankhuis", i8,
    html="<div style=\"font-family:Helvetica,Arial;color:#333\"><p>Beste Petra van Dam,</p>"
         "<p>Hierbij ontvangt u factuur 2026-0291 van Muziekschool Het Klankhuis voor lesgeld seizoen 2026-2027 (termijn 1 van 3).</p>"
         "<table style=\"border-collapse:collapse\"><tr><td>Factuurdatum</td><td>%s</td></tr><tr><td>Vervaldatum</td><td>%s</td></tr>"
         "<tr><td>Leerling</td><td>Sem van Dam - gitaar, individueel 30 min.</td></tr></table>"
         "<table style=\"margin-top:12px\"><tr><th align=\"left\">Omschrijving</th><th align=\"right\">Bedrag</th></tr>"
         "<tr><td>Lesgeld seizoen 2026-2027, 36 lessen à € %s = € %s<br>termijn 1 van 3 (sept t/m dec)</td><td align=\"right\">€ %s</td></tr>"
         "<tr><td>Btw 0%% (vrijgesteld, leerling jonger dan 21)</td><td align=\"right\">€ 0,00</td></tr>"
         "<tr><td><b>Totaal</b></td><td align=\"right\"><b>€ %s</b></td></tr></table>"
         "<p>Wij verzoeken u het bedrag vóór de vervaldatum over te maken naar %s t.n.v. Het Klankhuis "
         "onder vermelding van het factuurnummer. Termijn 2 volgt in januari, termijn 3 in april.</p>"
         "<p><a href=\"https://moneybird.com/p/klankhuis/2026-0291\">Factuur online bekijken</a></p></div>"
         % (date(i8, "dmy-"), date(td(i8, 14), "dmy-"), nl(2350), nl(jaar8), nl(term8), nl(term8), iban_spaced(ks_iban)),
    exp=expected("2026-0291", term8, term8, i8, td(i8, 14), "Petra van Dam", "petra.vandam@hotmail.com", ks_iban, False, "nl"),
    note="Termly instalment 1 of 3 of the season's lesson fee; the season's full sum is printed in the line text.")

# 9 and 11: coworking monthly invoice and the credit note reducing it
ws_iban = iban(rng, "NL")
i9 = D(2026, 12, 1)
flex, vu = 19500, 4 * 1750
c9_net = flex + vu
c9_vat = vat(c9_net, 210)
c9 = c9_net + c9_vat
ws_foot = ["De Werkplaats 013 · Spoorlaan 350 · 5038 CC Tilburg · KvK 74410263 · btw NL859908112B01 · IBAN %s" % iban_spaced(ws_iban)]
add("Moneybird", "nl", "pdf", "hallo@werkplaats013.nl", "De Werkplaats 013", "maartje@studiolenferink.nl", "Maartje Lenferink",
    "Factuur 2026-1207 van De Werkplaats 013", i9,
    text="Beste Maartje Lenferink,\n\nIn de bijlage vind je factuur 2026-1207 van De Werkplaats 013 voor je flexplek in december.\n"
         "We zien de betaling graag tegemoet vóór %s.\n\nGroet,\nDe Werkplaats 013" % date(td(i9, 14), "dmy-"),
    pages=doc("De Werkplaats 013", ["coworking · Spoorzone Tilburg"], ["Studio Maartje Lenferink", "t.a.v. Maartje Lenferink",
              "Piushaven 14", "5017 AN Tilburg"], "Factuur",
              [("Factuurnummer", "2026-1207"), ("Factuurdatum", date(i9, "dmy-")), ("Vervaldatum", date(td(i9, 14), "dmy-"))],
              COLS_NL, [("Flexplek onbeperkt - december 2026 (1-12 t/m 31-12)", "1", nl(flex), nl(flex)),
                        ("Vergaderruimte De Kas, uren november", "4", nl(1750), nl(vu))],
              [("Subtotaal", nl(c9_net), False), ("21% btw", nl(c9_vat), False), ("Totaal", "€ " + nl(c9), True)],
              ["Betaal binnen 14 dagen op %s t.n.v. De Werkplaats 013 o.v.v. 2026-1207." % iban_spaced(ws_iban)], ws_foot),
    fn="Factuur 2026-1207.pdf",
    exp=expected("2026-1207", c9, c9, i9, td(i9, 14), "Studio Maartje Lenferink", "maartje@studiolenferink.nl", ws_iban, True, "nl"),
    note="Monthly coworking invoice: the month in advance plus last month's meeting-room hours in arrears.")

# 10: hosting annual fee with an early-payment discount term (WeFact HTML)
hn_iban = iban(rng, "NL")
i10 = D(2027, 1, 15)
h10_net = 12 * 1495 + 950
h10_vat = vat(h10_net, 210)
h10 = h10_net + h10_vat
korting = (h10 * 2 + 50) // 100
add("WeFact", "nl", "body-html", "facturen@hostlabnoord.nl", "Hostlab Noord", "administratie@bakkerijvanloon.nl",
    "Bakkerij Van Loon", "Factuur F2027-00112 - jaarabonnement hosting", i10,
    html="<html><body style=\"font-family:Tahoma;font-size:12px\"><p>Geachte heer/mevrouw,</p>"
         "<p>Hierbij ontvangt u factuur <b>F2027-00112</b> voor de verlenging van uw hostingpakket en domeinnaam.</p>"
         "<table border=\"0\" cellpadding=\"3\"><tr><td>Debiteur</td><td>Bakkerij Van Loon (DB-1044)</td></tr>"
         "<tr><td>Factuurdatum</td><td>%s</td></tr><tr><td>Vervaldatum</td><td>%s</td></tr></table>"
         "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse;margin-top:10px\">"
         "<tr><th>Aantal</th><th>Omschrijving</th><th>Periode</th><th>Bedrag</th></tr>"
         "<tr><td>12</td><td>Business Hosting M (à € %s per maand)</td><td>01-02-2027 t/m 31-01-2028</td><td align=\"right\">€ %s</td></tr>"
         "<tr><td>1</td><td>Domeinnaam bakkerijvanloon.nl</td><td>01-02-2027 t/m 31-01-2028</td><td align=\"right\">€ %s</td></tr>"
         "<tr><td></td><td colspan=\"2\">Totaal excl. btw</td><td align=\"right\">€ %s</td></tr>"
         "<tr><td></td><td colspan=\"2\">btw 21%%</td><td align=\"right\">€ %s</td></tr>"
         "<tr><td></td><td colspan=\"2\"><b>Totaal incl. btw</b></td><td align=\"right\"><b>€ %s</b></td></tr></table>"
         "<p>Wij verzoeken u het bedrag binnen 30 dagen over te maken op %s t.n.v. Hostlab Noord.<br>"
         "Bij betaling binnen 8 dagen mag u 2%% betalingskorting (€ %s) in mindering brengen.</p>"
         "<p>Met vriendelijke groet,<br>Hostlab Noord<br>Zuiderdiep 88, 9711 HM Groningen</p></body></html>"
         % (date(i10, "dmy-"), date(td(i10, 30), "dmy-"), nl(1495), nl(12 * 1495), nl(950), nl(h10_net), nl(h10_vat), nl(h10),
            iban_spaced(hn_iban), nl(korting)),
    exp=expected("F2027-00112", h10, h10, i10, td(i10, 30), "Bakkerij Van Loon", "administratie@bakkerijvanloon.nl", hn_iban,
                 True, "nl"),
    note="Annual subscription with a 2% early-payment discount in 8 days: due is the full amount by the net date.")

i11 = D(2026, 12, 21)
cr_net = -(flex // 2)
cr_vat = vat(cr_net, 210)
cr = cr_net + cr_vat
add("Moneybird", "nl", "pdf", "hallo@werkplaats013.nl", "De Werkplaats 013", "maartje@studiolenferink.nl", "Maartje Lenferink",
    "Creditfactuur 2026-1263 van De Werkplaats 013", i11,
    text="Hoi Maartje,\n\nOmdat de Werkplaats van 21 december tot en met 3 januari dicht is voor de verbouwing van de keuken, "
         "crediteren we de helft van je flexplek voor december. Je vindt de creditfactuur in de bijlage; het bedrag verrekenen we met "
         "je januarifactuur (of storten het terug als je dat liever hebt).\n\nGroet,\nDaan van Rijswijk\nDe Werkplaats 013",
    pages=doc("De Werkplaats 013", ["coworking · Spoorzone Tilburg"], ["Studio Maartje Lenferink", "t.a.v. Maartje Lenferink",
              "Piushaven 14", "5017 AN Tilburg"], "Creditfactuur",
              [("Creditfactuurnummer", "2026-1263"), ("Datum", date(i11, "dmy-")), ("Betreft factuur", "2026-1207")],
              COLS_NL, [("Creditering 50% flexplek december i.v.m. sluiting", "1", nl(cr_net), nl(cr_net))],
              [("Subtotaal", nl(cr_net), False), ("21% btw", nl(cr_vat), False), ("Totaal", "€ " + nl(cr), True)],
              ["Dit bedrag wordt verrekend met uw volgende factuur."], ws_foot),
    fn="Creditfactuur 2026-1263.pdf",
    exp=expected("2026-1263", cr, cr, i11, None, "Studio Maartje Lenferink", "maartje@studiolenferink.nl", ws_iban, True, "nl",
                 credit=True),
    note="Credit note referencing invoice 2026-1207 (whose number is printed too); negative total, offset against the next invoice.")

# 12: corrected invoice replacing an earlier one (same childcare, same family)
i12 = D(2026, 11, 24)
u12 = 14300
k12 = (u12 * tarief + 50) // 100
add("Flexkids", "nl", "pdf", "facturatie@kdv-dekleinereus.nl", "Kinderdagverblijf De Kleine Reus", "j.hoekstra83@outlook.com",
    "J. Hoekstra", "Herziene factuur december 2026 (vervangt 2026110612)", td(i12, 1),
    text="Beste ouder/verzorger,\n\nOp de factuur van vorige week (2026110612) stonden voor december nog 2 opvangdagen per week. "
         "Per 1 december gaat Noor 3 dagen komen; de factuur is daarom opnieuw opgemaakt. De eerdere factuur komt hiermee te vervallen "
         "en wordt niet geïncasseerd. Deze herziene factuur betaalt u zelf per overschrijving.\n\nMet vriendelijke groet,\nTeam De Kleine Reus",
    pages=doc("Kinderdagverblijf De Kleine Reus", ["Boerhaavelaan 60", "2334 ED Leiden", "LRK 172049385"],
              ["Dhr. J. Hoekstra", "Haarlemmerstraat 233", "2312 DS Leiden"], "Herziene factuur",
              [("Factuurnummer", "2026110655"), ("Factuurdatum", date(i12, "dmy-")), ("Vervangt factuur", "2026110612"),
               ("Kind", "Noor Hoekstra")],
              [("Omschrijving", 56, "left"), ("Uren", 330, "right"), ("Uurtarief", 420, "right"), ("Bedrag", 539, "right")],
              [("Dagopvang december 2026, 3 dagen p/w", nl(u12), nl(tarief), nl(k12))],
              [("Totaal (vrijgesteld van btw)", "€ " + nl(k12), True)],
              ["Gelieve het bedrag binnen 14 dagen over te maken op %s" % iban_spaced(kr2_iban),
               "o.v.v. factuurnummer 2026110655."],
              ["Stichting Kinderopvang De Kleine Reus · KvK 27190644 · IBAN %s" % iban_spaced(kr2_iban)]),
    fn="Factuur_2026110655.pdf",
    exp=expected("2026110655", k12, k12, i12, td(i12, 14), "J. Hoekstra", "j.hoekstra83@outlook.com", kr2_iban, False, "nl"),
    note="A corrected invoice with its own number that replaces 2026110612; the replaced number is printed in subject and meta.")

# 13: a late-payment interest and collection costs nota, typed
di_iban = iban(rng, "NL")
i13 = D(2026, 11, 23)
hoofd = 423500
d_from, d_to = D(2026, 9, 1), D(2026, 11, 16)
dagen13 = (d_to - d_from).days
rente = int(round(hoofd * 0.1015 * dagen13 / 365))
r13 = rente + 4000
add("typed (Exact Online export)", "nl", "body-text", "debiteuren@dijkhuis-installatie.nl", "Installatiebedrijf Dijkhuis B.V.",
    "info@degoudenkarpel.nl", "De Gouden Karpel V.O.F.", "Rentenota RN-2026-004 - late betaling factuur 2026-0744", i13,
    text="Geachte heer, mevrouw,\n\nOp 16 november jl. ontvingen wij de betaling van onze factuur 2026-0744 van € %s, "
         "die op %s vervallen was. Conform onze algemene voorwaarden en de wet brengen wij de wettelijke handelsrente "
         "en de vergoeding voor invorderingskosten in rekening.\n\n"
         "RENTENOTA RN-2026-004\nDatum: %s\nDebiteur: De Gouden Karpel V.O.F., Havenkade 3, 8011 ND Zwolle\n\n"
         "Wettelijke handelsrente 10,15%% over € %s\n  van %s t/m %s (%d dagen)          € %s\n"
         "Vergoeding invorderingskosten (art. 6:96 lid 4 BW)   € %s\n"
         "                                                   ----------\n"
         "Totaal (niet belast met btw)                        € %s\n\n"
         "Wij verzoeken u dit bedrag binnen 14 dagen te voldoen op %s t.n.v. Installatiebedrijf Dijkhuis B.V. "
         "o.v.v. RN-2026-004.\n\nMet vriendelijke groet,\n\nE. Dijkhuis-Mensink\nfinanciële administratie\n"
         "Installatiebedrijf Dijkhuis B.V. | Marsweg 40, 8013 PE Zwolle | 038 421 55 60"
         % (nl(hoofd), date(td(d_from, -1), "dmy-"), date(i13, "dmy-"), nl(hoofd), date(d_from, "dmy-"), date(td(d_to, -1), "dmy-"),
            dagen13, nl(rente), nl(4000), nl(r13), iban_spaced(di_iban)),
    exp=expected("RN-2026-004", r13, r13, i13, td(i13, 14), "De Gouden Karpel V.O.F.", "info@degoudenkarpel.nl", di_iban, True, "nl"),
    note="Late-payment interest plus collection costs billed as a nota of its own: an invoice; the old invoice's larger amount is printed first.")

# 14: allotment association annual bill, typed by the treasurer
ob_iban = iban(rng, "NL")
i14 = D(2027, 1, 10)
l14 = [("Tuinhuur perceel 47 (250 m² à € 0,48)", 250 * 48), ("Contributie 2027", 3500), ("Waterverbruik 2026 (18 m³ à € 1,35)", 18 * 135),
       ("Bijdrage opstalverzekering", 650)]
t14 = sum(a for _, a in l14)
add("typed (Gmail)", "nl", "body-text", "penningmeester.onsbuiten@gmail.com", "Penningmeester VTV Ons Buiten",
    "g.postma@planet.nl", "Gerrit Postma", "Jaarnota 2027 tuin 47", i14,
    text="Beste Gerrit,\n\nHierbij de jaarnota voor je tuin. Net als vorig jaar graag overmaken, contant betalen in de kantine kan "
         "alleen op de ledenvergadering van 13 februari.\n\n"
         "Nota nr. 2027-047 - %s\nAan: Gerrit Postma, perceel 47\n\n%s\n---------------------------------------------\n"
         "Totaal                                   € %s\n\n"
         "Graag uiterlijk 28 februari 2027 overmaken op %s t.n.v. VTV Ons Buiten, met je tuinnummer erbij.\n\n"
         "Groeten van de penningmeester,\nWillemien Hofstra\nVolkstuinvereniging Ons Buiten, afd. Zuid"
         % (date(i14, "long"), "\n".join("%-41s€ %s" % (a, nl(b)) for a, b in l14), nl(t14), iban_spaced(ob_iban)),
    exp=expected("2027-047", t14, t14, i14, D(2027, 2, 28), "Gerrit Postma", "g.postma@planet.nl", ob_iban, False, "nl"),
    note="Allotment rent, fee and water typed by a volunteer treasurer; the plot number looks like a number.")
