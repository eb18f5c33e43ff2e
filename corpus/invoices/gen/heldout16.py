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
from mailkit import Page, iban, iban_spaced, money, date, mail, record, expected, write, rf  # noqa: E402

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
            elif c in "-!*+/":
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
    fn_h = hdr(fname, b64)
    if fn_h == fname and any(c in fname for c in ".,()|"):
        fn_h = '"%s"' % fname
    eml = mail(rng, frm, fn_h, to_h(to_name, to_addr), hdr(subj, b64), mdate, text, html,
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

# 15: Flemish syndic, quarterly provision (voorschot gemeenschappelijke kosten), OGM
sv_iban = iban(rng, "BE")
i15 = D(2026, 12, 18)
o15 = ogm()
w15 = 1200000 * 82 // 1000
rk15 = 500000 * 82 // 1000
p15 = w15 + rk15
add("syndicusprogramma (PDF)", "nl", "pdf", "boekhouding@syndicus-vanhoutte.be", "Syndicus Vanhoutte BV", "lien.declercq@telenet.be",
    "Lien De Clercq", "VME Residentie Ter Beke - provisie 1e kwartaal 2027", td(i15, 3),
    text="Beste mevrouw De Clercq,\n\nIn bijlage vindt u de provisieaanvraag voor het eerste kwartaal 2027 van de VME Residentie "
         "Ter Beke, zoals goedgekeurd op de algemene vergadering van 12 mei.\n\nMet vriendelijke groeten,\nSyndicus Vanhoutte BV\n"
         "Kortrijksesteenweg 1020, 9051 Sint-Denijs-Westrem",
    pages=doc("Syndicus Vanhoutte BV", ["Kortrijksesteenweg 1020", "9051 Sint-Denijs-Westrem", "BIV 508.114"],
              ["Mevrouw Lien De Clercq", "Ter Bekestraat 14 bus 201", "9000 Gent"],
              "Factuur provisie 2027/PR/0211",
              [("Datum", date(i15, "dmy/")), ("Vereniging", "VME Residentie Ter Beke, KBO 0847.551.208"), ("Kavel", "App. 2.1 - 82/1000"),
               ("Periode", "01/01/2027 - 31/03/2027")],
              [("Omschrijving", 56, "left"), ("Budget kwartaal", 400, "right"), ("Uw aandeel", 539, "right")],
              [("Werkingskapitaal (gewone kosten)", nl(1200000), nl(w15)), ("Reservekapitaal", nl(500000), nl(rk15))],
              [("Te betalen", "EUR " + nl(p15), True)],
              ["Te betalen uiterlijk op 15/01/2027 op rekening %s van de VME" % iban_spaced(sv_iban),
               "met gestructureerde mededeling %s." % o15, "Bij laattijdige betaling kan een intrest van 8% per jaar aangerekend worden."],
              ["Syndicus Vanhoutte BV · btw BE 0712.334.590 · www.syndicus-vanhoutte.be"], style=1),
    fn="2027_PR_0211.pdf",
    exp=expected("2027/PR/0211", p15, p15, i15, D(2027, 1, 15), "Lien De Clercq", "lien.declercq@telenet.be", sv_iban, False, "nl",
                 reference=o15),
    note="Flemish syndic's quarterly provision: the building's quarter budget beside each share; structured communication.")

# 16: Flemish renovation contractor, stage 2 of 4 at 6 % VAT
rm_iban = iban(rng, "BE")
i16 = D(2026, 11, 3)
o16 = ogm()
s16 = 6400000 * 25 // 100
s16v = vat(s16, 60)
s16t = s16 + s16v
add("Word (PDF)", "nl", "pdf", "facturatie@maesrenovatie.be", "Maes & Co Renovatiewerken", "koen.verstraete@skynet.be",
    "Koen Verstraete", "Factuur F26/0388 - schijf 2", td(i16, 2),
    text="Goeiedag Koen,\n\nDe ruwbouw van de achterbouw is klaar, dus hierbij de factuur voor de tweede schijf volgens het "
         "betalingsschema in ons contract. Volgende schijf bij plaatsing van het schrijnwerk.\n\nMvg,\nPieter Maes",
    pages=doc("MAES & CO", ["Renovatiewerken", "Stationsstraat 77, 8800 Roeselare", "BTW BE 0654.221.870"],
              ["Koen Verstraete", "Beverseaardeweg 12", "8800 Roeselare"], "FACTUUR",
              [("Factuurnr.", "F26/0388"), ("Factuurdatum", date(i16, "dmy/")), ("Vervaldag", date(td(i16, 15), "dmy/")),
               ("Werf", "Beverseaardeweg 12")],
              [("Omschrijving", 56, "left"), ("Basis", 440, "right"), ("Totaal", 539, "right")],
              [("Schijf 2 van 4: ruwbouw achterbouw afgewerkt (25%)", nl(6400000), nl(s16))],
              [("Totaal excl. btw", nl(s16), False), ("Btw 6%", nl(s16v), False), ("Te betalen", "EUR " + nl(s16t), True)],
              ["Btw 6%: renovatie van een privéwoning ouder dan 10 jaar; attest van de klant ontvangen op 02/05/2026.",
               "Betaalbaar binnen 15 dagen na factuurdatum op %s" % iban_spaced(rm_iban),
               "met mededeling %s." % o16],
              ["Maes & Co BV · RPR Gent afd. Kortrijk · erkend aannemer klasse 2 · info@maesrenovatie.be"]),
    fn="F26-0388.pdf",
    exp=expected("F26/0388", s16t, s16t, i16, td(i16, 15), "Koen Verstraete", "koen.verstraete@skynet.be", rm_iban, False, "nl",
                 reference=o16),
    note="Stage 2 of 4 at 25 % of the contract at 6 % VAT; the base amount equals the whole contract.")

# 17: Flemish dance school, trimester fee with a sibling discount
dp_iban = iban(rng, "BE")
i17 = D(2026, 12, 15)
o17 = ogm()
bal, jaz = 11 * 1200, 11 * 1500
sibd = -(jaz * 10 // 100)
d17 = bal + jaz + sibd
add("danschoolsoftware (HTML)", "nl", "body-html", "info@dansstudiopirouette.be", "Dansstudio Pirouette", "sarah.claeys@proximus.be",
    "Sarah Claeys", "Factuur 2027-T2-0093 lesgeld trimester 2", i17,
    html="<html><body><table width=\"600\" style=\"font-family:Georgia;font-size:13px\"><tr><td>"
         "<p>Dag Sarah,</p><p>Hieronder vind je het lesgeld voor het tweede trimester (januari - maart 2027) voor Lotte en Mila.</p>"
         "<p><b>Factuur 2027-T2-0093</b> &middot; %s</p><table width=\"100%%\" cellpadding=\"3\">"
         "<tr><td>Lotte - Ballet kleuters, 11 lessen x EUR %s</td><td align=\"right\">%s</td></tr>"
         "<tr><td>Mila - Jazz tieners, 11 lessen x EUR %s</td><td align=\"right\">%s</td></tr>"
         "<tr><td>Gezinskorting 10%% op het tweede kind</td><td align=\"right\">%s</td></tr>"
         "<tr><td><b>Te betalen</b></td><td align=\"right\"><b>EUR %s</b></td></tr></table>"
         "<p>Gelieve te betalen uiterlijk op 10/01/2027 op %s met de gestructureerde mededeling <b>%s</b>. "
         "Vergeet niet: de mutualiteit betaalt een deel terug, het attest vind je in je ouderaccount.</p>"
         "<p>Dansende groeten,<br>Ellen &amp; het Pirouette-team<br>Sint-Pietersnieuwstraat 41, 9000 Gent</p></td></tr></table></body></html>"
         % (date(i17, "dmy/"), nl(1200), nl(bal), nl(1500), nl(jaz), nl(sibd), nl(d17), iban_spaced(dp_iban), o17),
    exp=expected("2027-T2-0093", d17, d17, i17, D(2027, 1, 10), "Sarah Claeys", "sarah.claeys@proximus.be", dp_iban, False, "nl",
                 reference=o17),
    note="Trimester fee for two children with a sibling discount line; Flemish date format and OGM.")

# 18: garden designer, part already paid
gm_iban = iban(rng, "NL")
i18 = D(2026, 10, 28)
l18 = [("Tuinontwerp incl. 2 schetsvarianten", 145000), ("Beplantingsplan", 38000), ("Begeleiding aanleg 6 uur à € 65,00", 39000)]
n18 = sum(a for _, a in l18)
v18 = vat(n18, 210)
t18 = n18 + v18
p18 = 80000
due18 = t18 - p18
add("typed (Apple Mail)", "nl", "body-text", "ilse@groenengaaf.nl", "Ilse Mulder | Groen & Gaaf Tuinontwerp", "t.koopmans@home.nl",
    "T. Koopmans", "Factuur IM-26-019 tuinontwerp", td(i18, 2),
    text="Beste mevrouw Koopmans,\n\nDe aanleg is klaar en wat staat het er mooi bij! Hierbij mijn factuur. De aanbetaling van "
         "september heb ik er al vanaf gehaald.\n\n"
         "Factuur IM-26-019\nFactuurdatum: %s\nAan: mevrouw T. Koopmans, Dorpsstraat 19, 3732 HJ De Bilt\n\n%s\n"
         "Subtotaal                                 € %s\nbtw 21%%                                   € %s\n"
         "Totaal                                    € %s\nReeds voldaan (aanbetaling 12-09-2026)   -€ %s\n"
         "Nog te voldoen                            € %s\n\n"
         "Betaling graag binnen 14 dagen op %s t.n.v. I. Mulder.\n\nHartelijke groet,\nIlse Mulder\nGroen & Gaaf Tuinontwerp\n"
         "KvK 80123987 · btw NL004512876B21"
         % (date(i18, "dmy-"), "\n".join("%-42s€ %s" % (a, nl(b)) for a, b in l18), nl(n18), nl(v18), nl(t18), nl(p18),
            nl(due18), iban_spaced(gm_iban)),
    exp=expected("IM-26-019", due18, t18, i18, td(i18, 14), "T. Koopmans", "t.koopmans@home.nl", gm_iban, False, "nl"),
    note="Freelancer's typed invoice with 'reeds voldaan' deducted: due = total minus the payment already made.")

# 19: tutor's monthly invoice (Jortt)
sp_iban = iban(rng, "NL")
i19 = D(2026, 12, 1)
b19 = 6 * 3750
add("Jortt", "nl", "body-html", "facturen@slimplus-bijles.nl", "Bijlesbureau Slim Plus", "r.kaya@live.nl", "R. Kaya",
    "Factuur SP-2026-1133", td(i19, 1),
    html="<div style=\"font-family:sans-serif\"><p>Beste R. Kaya,</p><p>Bedankt voor het vertrouwen in Slim Plus. "
         "Hierbij de factuur voor de bijlessen van Elif in november.</p>"
         "<p>Factuurnummer: SP-2026-1133<br>Factuurdatum: %s<br>Te betalen vóór: %s</p>"
         "<table><tr><td>6 x bijles wiskunde B (60 min) à € %s</td><td>€ %s</td></tr>"
         "<tr><td>Btw: vrijgesteld (art. 11 lid 1 sub o Wet OB)</td><td>€ 0,00</td></tr>"
         "<tr><td><strong>Totaal</strong></td><td><strong>€ %s</strong></td></tr></table>"
         "<p>Data: 3, 5, 10, 17, 24 en 26 november.</p>"
         "<p>Je kunt betalen via <a href=\"https://app.jortt.nl/betalen/sp-2026-1133\">iDEAL</a> of overmaken naar %s t.n.v. Slim Plus.</p>"
         "<p>Met vriendelijke groet,<br>Yusuf Demir<br>Bijlesbureau Slim Plus, Utrecht</p></div>"
         % (date(i19, "dmy-"), date(td(i19, 14), "dmy-"), nl(3750), nl(b19), nl(b19), iban_spaced(sp_iban)),
    exp=expected("SP-2026-1133", b19, b19, i19, td(i19, 14), "R. Kaya", "r.kaya@live.nl", sp_iban, False, "nl"),
    note="Monthly tutoring invoice in arrears, VAT-exempt, iDEAL link and IBAN.")

# 20: service-cost settlement with a balance to pay (an invoice, by this set's decision)
rz_iban = iban(rng, "NL")
i20 = D(2026, 6, 24)
k20 = kenmerk()
sk20 = [("Schoonmaak algemene ruimten", 31240), ("Elektra algemene ruimten", 14880), ("Glazenwasser", 9600),
        ("Onderhoud groen en lift (huurdersdeel)", 19800), ("Administratiekosten 5%", 0)]
base20 = sum(a for _, a in sk20[:-1])
sk20[-1] = ("Administratiekosten 5%", base20 * 5 // 100)
w20 = sum(a for _, a in sk20)
vs20 = 12 * 5500
bij20 = w20 - vs20
add("Word (PDF)", "nl", "pdf", "administratie@rozendaalvastgoed.nl", "Vastgoed Rozendaal B.V.", "m.bakker1977@gmail.com",
    "M. Bakker", "Afrekening servicekosten 2025 - Kerkstraat 12a", td(i20, 1),
    text="Geachte heer Bakker,\n\nBijgaand ontvangt u de jaarlijkse afrekening van de servicekosten over 2025. Uit de afrekening "
         "blijkt dat de voorschotten te laag waren; wij verzoeken u het verschil bij te betalen. De specificatie van de kosten "
         "ligt op afspraak ter inzage.\n\nMet vriendelijke groet,\nVastgoed Rozendaal B.V.",
    pages=doc("Vastgoed Rozendaal B.V.", ["Postbus 455", "6800 AL Arnhem"], ["Dhr. M. Bakker", "Kerkstraat 12a", "6811 DM Arnhem"],
              "Afrekening servicekosten 2025",
              [("Notanummer", "SK25-0012A"), ("Datum", date(i20, "dmy-")), ("Periode", "1-1-2025 t/m 31-12-2025"), ("Huurder", "M. Bakker")],
              [("Kostenpost", 56, "left"), ("Uw aandeel", 539, "right")],
              [(a, nl(b)) for a, b in sk20],
              [("Werkelijke kosten 2025", nl(w20), False), ("Betaalde voorschotten (12 x € %s)" % nl(5500), "-" + nl(vs20), False),
               ("Bij te betalen", "€ " + nl(bij20), True)],
              ["Wij verzoeken u het bij te betalen bedrag binnen 30 dagen over te maken op %s" % iban_spaced(rz_iban),
               "onder vermelding van betalingskenmerk %s." % grp4(k20),
               "Het voorschot servicekosten blijft € 55,00 per maand; wij passen het per 1 januari aan."],
              ["Vastgoed Rozendaal B.V. · KvK 09187734 · Velperweg 8, Arnhem"]),
    fn="afrekening_servicekosten_2025.pdf",
    exp=expected("SK25-0012A", bij20, w20, i20, td(i20, 30), "M. Bakker", "m.bakker1977@gmail.com", rz_iban, False, "nl",
                 reference=k20),
    note="Service-cost settlement with a balance to pay: an invoice; total = the year's costs, due = costs minus the advances paid.")

# --------------------------------------------------------------------------- English invoices
# 21: UK builder stage payment 40 %
i21 = D(2026, 10, 12)
c21 = 7200000
s21 = c21 * 40 // 100
s21v = vat(s21, 200)
s21t = s21 + s21v
add("Sage Accounting", "en", "pdf", "accounts@hartwellcrane.co.uk", "Hartwell & Crane Building Ltd", "okonkwo.family@btinternet.com",
    "Mr and Mrs Okonkwo", "Invoice HC-1187 - Stage 2 of 3", td(i21, 1),
    text="Dear Mr and Mrs Okonkwo,\n\nPlease find attached our invoice for stage 2 of the extension works at 14 Orchard Rise, "
         "now that the roof is on and watertight (as signed off by your building control inspector on 8 October).\n\n"
         "Kind regards,\nJulie Crane\nAccounts, Hartwell & Crane Building Ltd",
    pages=doc("Hartwell & Crane Building Ltd", ["Unit 4, Greyhound Yard", "Maidstone ME14 2PL", "VAT Reg. 318 4472 90"],
              ["Mr and Mrs Okonkwo", "14 Orchard Rise", "Bearsted", "Maidstone ME14 4LW"], "INVOICE",
              [("Invoice No.", "HC-1187"), ("Invoice Date", date(i21, "short-en")), ("Job", "Rear extension, 14 Orchard Rise"),
               ("Due Date", date(td(i21, 7), "short-en"))],
              [("Description", 56, "left"), ("Net", 440, "right"), ("Amount", 539, "right")],
              [("Contract sum (agreed quotation Q-0931)", en(c21), ""), ("Stage 2 of 3 - 40% on completion of roof", en(s21), en(s21))],
              [("Subtotal", en(s21), False), ("VAT @ 20%", en(s21v), False), ("TOTAL DUE", "£" + en(s21t), True)],
              ["Payment terms: 7 days from date of invoice.", "Stage 1 (30%) received with thanks. Stage 3 (30%) on completion.",
               "BACS: Hartwell & Crane Building Ltd, sort code 20-41-78, account 53018842. Please quote HC-1187."],
              ["Registered in England & Wales No. 08817342. Registered office as above."]),
    fn="HC-1187.pdf",
    exp=expected("HC-1187", s21t, s21t, i21, td(i21, 7), "Mr and Mrs Okonkwo", "okonkwo.family@btinternet.com", None, False, "en",
                 currency="GBP"),
    note="UK stage payment 40 % with the whole contract sum in a row of its own; sort code only, no IBAN.")

# 22-23: wedding photographer's deposit invoice and final invoice less the deposit
em_iban = iban(rng, "GB")
i22 = D(2026, 11, 2)
pkg = 240000
dep = pkg * 25 // 100
add("Dubsado", "en", "body-html", "hello@elliemarchetti.co.uk", "Ellie Marchetti Photography", "hannah.price91@gmail.com",
    "Hannah Price", "Invoice EM-2026-041 - booking deposit for 22 May 2027", i22,
    html="<html><body style=\"font-family:'Helvetica Neue',Arial;color:#444\"><p>Hi Hannah and Tom,</p>"
         "<p>I'm so excited to be photographing your wedding at Combe Farm! To secure the date, here is your booking deposit invoice.</p>"
         "<table style=\"width:100%%;max-width:520px\"><tr><td>Invoice</td><td>EM-2026-041</td></tr>"
         "<tr><td>Issued</td><td>%s</td></tr><tr><td>Billed to</td><td>Hannah Price &amp; Tom Ashby</td></tr>"
         "<tr><td>Due</td><td>%s</td></tr></table><hr>"
         "<table style=\"width:100%%;max-width:520px\"><tr><td>Full Day Collection (package total £%s)</td><td></td></tr>"
         "<tr><td>Booking deposit - 25%% (non-refundable retainer)</td><td align=\"right\">£%s</td></tr>"
         "<tr><td><b>Amount due</b></td><td align=\"right\"><b>£%s</b></td></tr></table>"
         "<p>The remaining balance will be invoiced eight weeks before the wedding. I am not VAT registered.</p>"
         "<p>Pay by card via the link below, or bank transfer: sort code 09-01-29, account 41276650 "
         "(IBAN %s), reference EM-2026-041.</p><p><a href=\"https://elliemarchetti.dubsado.com/pay/EM-2026-041\">Pay invoice</a></p>"
         "<p>Ellie x</p></body></html>" % (date(i22, "long", "en"), date(td(i22, 7), "long", "en"), en(pkg), en(dep), en(dep),
                                           iban_spaced(em_iban)),
    exp=expected("EM-2026-041", dep, dep, i22, td(i22, 7), "Hannah Price & Tom Ashby", "hannah.price91@gmail.com", em_iban, False,
                 "en", currency="GBP"),
    note="Deposit invoice (25 % retainer) with the package total printed first; a couple named as the billed party.")

i23 = D(2027, 2, 20)
x23 = [("Full Day Collection", pkg), ("Additional hour of coverage", 25000), ("Album upgrade: 12x12 linen, 40 pages", 18000)]
t23 = sum(a for _, a in x23)
due23 = t23 - dep
dd23 = D(2027, 4, 3)
add("Dubsado", "en", "pdf", "hello@elliemarchetti.co.uk", "Ellie Marchetti Photography", "hannah.price91@gmail.com", "Hannah Price",
    "Your final invoice EM-2027-006", td(i23, 2),
    text="Hi Hannah and Tom,\n\nOnly three months to go! Attached is the final invoice for the wedding, with the extra hour and the "
         "album upgrade you chose after our planning call. Your deposit has been taken off.\n\nSpeak soon,\nEllie",
    pages=doc("Ellie Marchetti Photography", ["Studio 3, The Old Dairy", "Frome BA11 1BE"],
              ["Hannah Price & Tom Ashby", "27 Wellow Lane", "Bath BA2 8QE"], "Final Invoice",
              [("Invoice #", "EM-2027-006"), ("Date", date(i23, "long", "en")), ("Wedding", "22 May 2027, Combe Farm"),
               ("Due date", date(dd23, "long", "en"))],
              [("Item", 56, "left"), ("Amount", 539, "right")],
              [(a, en(b)) for a, b in x23],
              [("Total", "£" + en(t23), False), ("Less deposit received 6 Nov 2026 (EM-2026-041)", "-£" + en(dep), False),
               ("Balance due", "£" + en(due23), True)],
              ["Balance payable no later than seven weeks before the wedding date.",
               "Bank transfer: sort code 09-01-29, account 41276650, IBAN %s." % iban_spaced(em_iban),
               "Not VAT registered."], ["elliemarchetti.co.uk · hello@elliemarchetti.co.uk"], tx=260),
    fn="EM-2027-006.pdf",
    exp=expected("EM-2027-006", due23, t23, i23, dd23, "Hannah Price & Tom Ashby", "hannah.price91@gmail.com", em_iban, False, "en",
                 currency="GBP"),
    note="Final invoice less the deposit received: due = total minus deposit; the due date lies weeks ahead.")

# 24 and 29: coworking, pro-rata first month + payable on the 1st; credit note against it (Xero)
tw_iban = iban(rng, "GB")
i24 = D(2026, 11, 18)
desk = 28500
pr24 = desk * 13 // 30
n24 = pr24 + desk
v24 = vat(n24, 200)
t24 = n24 + v24
tw_foot = ["The Tannery Works Ltd · 22 Tannery Lane · Leeds LS9 8AB · Company No. 11904471 · VAT GB 298 5521 04",
           "Bank: sort code 60-02-14, account 22318790 · IBAN %s · BIC NWBKGB2L" % iban_spaced(tw_iban)]
add("Xero", "en", "pdf", "billing@tanneryworks.co.uk", "The Tannery Works", "accounts@brightline-analytics.co.uk", None,
    "Invoice INV-2214 from The Tannery Works for Brightline Analytics Ltd", i24,
    text="Hi Priya,\n\nWelcome to The Tannery Works! Here's invoice INV-2214 for GBP %s.\n\nAs your membership started mid-month, "
         "November is charged pro rata; December is billed in advance. Payment is due on the 1st of each month.\n\n"
         "View and pay your bill online: https://in.xero.com/Kq82JdA1\n\nThanks,\nTom\nThe Tannery Works" % en(t24),
    pages=doc("The Tannery Works", ["22 Tannery Lane", "Leeds LS9 8AB"],
              ["Brightline Analytics Ltd", "Attention: Priya Nair", "5 Sovereign Street", "Leeds LS1 4BA"], "TAX INVOICE",
              [("Invoice Date", date(i24, "short-en")), ("Invoice Number", "INV-2214"), ("Reference", "Dedicated desk D14"),
               ("VAT Number", "GB 298 5521 04")],
              [("Description", 56, "left"), ("Quantity", 330, "right"), ("Unit Price", 410, "right"), ("VAT", 460, "right"),
               ("Amount GBP", 539, "right")],
              [("Dedicated desk D14 - 18 to 30 Nov 2026 (pro rata 13/30)", "1.00", en(pr24), "20%", en(pr24)),
               ("Dedicated desk D14 - December 2026", "1.00", en(desk), "20%", en(desk))],
              [("Subtotal", en(n24), False), ("TOTAL VAT 20%", en(v24), False), ("TOTAL GBP", en(t24), True)],
              ["Due Date: %s" % date(D(2026, 12, 1), "short-en"), "Payable on the 1st of each month in advance."], tw_foot),
    fn="Invoice INV-2214.pdf",
    exp=expected("INV-2214", t24, t24, i24, D(2026, 12, 1), "Brightline Analytics Ltd", "accounts@brightline-analytics.co.uk",
                 tw_iban, True, "en", currency="GBP"),
    note="Xero layout; pro-rata first month plus the next month; due on the 1st.")

i29 = D(2026, 12, 4)
c29n = -5 * 2000
c29v = vat(c29n, 200)
c29 = c29n + c29v
add("Xero", "en", "pdf", "billing@tanneryworks.co.uk", "The Tannery Works", "accounts@brightline-analytics.co.uk", None,
    "Credit Note CN-0093 from The Tannery Works for Brightline Analytics Ltd", i29,
    text="Hi Priya,\n\nSorry about this - our booking system charged the team five meeting-room hours in November that were "
         "included in your membership. Here's credit note CN-0093 for GBP %s, which we'll apply against INV-2214.\n\n"
         "Thanks,\nTom\nThe Tannery Works" % en(-c29),
    pages=doc("The Tannery Works", ["22 Tannery Lane", "Leeds LS9 8AB"],
              ["Brightline Analytics Ltd", "Attention: Priya Nair", "5 Sovereign Street", "Leeds LS1 4BA"], "CREDIT NOTE",
              [("Date", date(i29, "short-en")), ("Credit Note Number", "CN-0093"), ("Reference", "INV-2214"),
               ("VAT Number", "GB 298 5521 04")],
              [("Description", 56, "left"), ("Quantity", 330, "right"), ("Unit Price", 410, "right"), ("VAT", 460, "right"),
               ("Amount GBP", 539, "right")],
              [("Meeting room Weaver - hours charged in error", "5.00", en(-2000), "20%", en(c29n))],
              [("Subtotal", en(c29n), False), ("TOTAL VAT 20%", en(c29v), False), ("TOTAL GBP CREDIT", en(c29), True)],
              [], tw_foot),
    fn="Credit Note CN-0093.pdf",
    exp=expected("CN-0093", c29, c29, i29, None, "Brightline Analytics Ltd", "accounts@brightline-analytics.co.uk", tw_iban, True,
                 "en", currency="GBP", credit=True),
    note="Credit note against INV-2214 (printed as its Reference); the mail body prints the credit as a positive figure.")

# 25: SaaS annual subscription (Stripe-style HTML, USD, Net 30)
i25 = D(2027, 1, 14)
t25 = 8 * 2400 * 12
add("Stripe", "en", "body-html", "invoice+statements@ledgerly.io", "Ledgerly", "ap@harborvine.com", None,
    "Your Ledgerly invoice #LDG-5B7C21-0007", i25,
    html="<html><body style=\"background:#f6f9fc;font-family:-apple-system,Segoe UI,Roboto,sans-serif\">"
         "<table width=\"480\" align=\"center\" style=\"background:#fff;padding:24px\"><tr><td>"
         "<p style=\"color:#8898aa\">Invoice from Ledgerly, Inc.</p><h1 style=\"font-size:32px\">$%s</h1>"
         "<p>Due %s</p><p><a href=\"https://invoice.stripe.com/i/acct_1Lx/test_YWNjdF8\">Pay this invoice</a></p>"
         "<table width=\"100%%\" style=\"font-size:14px\"><tr><td>Invoice number</td><td align=\"right\">LDG-5B7C21-0007</td></tr>"
         "<tr><td>Date of issue</td><td align=\"right\">%s</td></tr>"
         "<tr><td>Bill to</td><td align=\"right\">Harbor &amp; Vine Consulting LLC<br>ap@harborvine.com</td></tr></table><hr>"
         "<table width=\"100%%\" style=\"font-size:14px\"><tr><td>Team plan<br><span style=\"color:#8898aa\">%s &ndash; %s</span>"
         "</td><td>Qty 8</td><td align=\"right\">$%s</td></tr>"
         "<tr><td colspan=\"2\">Subtotal</td><td align=\"right\">$%s</td></tr><tr><td colspan=\"2\">Total</td><td align=\"right\">$%s</td></tr>"
         "<tr><td colspan=\"2\"><b>Amount due</b></td><td align=\"right\"><b>$%s</b></td></tr></table>"
         "<p style=\"color:#8898aa;font-size:12px\">Team plan billed annually at $24.00 per seat per month. Questions? "
         "billing@ledgerly.io. Ledgerly, Inc., 1201 Western Ave, Seattle, WA 98101.</p></td></tr></table></body></html>"
         % (en(t25), date(td(i25, 30), "us"), date(i25, "us"), date(i25, "us"), date(D(2028, 1, 14), "us"), en(t25), en(t25),
            en(t25), en(t25)),
    exp=expected("LDG-5B7C21-0007", t25, t25, i25, td(i25, 30), "Harbor & Vine Consulting LLC", "ap@harborvine.com", None, True,
                 "en", currency="USD"),
    note="Annual SaaS subscription, Stripe-style HTML with a billing period of a year; paid by card or link, no bank details.")

# 26: US piano teacher, spring term fees for two children, typed
i26 = D(2026, 12, 28)
a26, n26 = 18 * 4500, 18 * 4000
sd26 = -(n26 * 10 // 100)
reg = 3500
t26 = a26 + n26 + sd26 + reg
add("typed (Gmail)", "en", "body-text", "maplestreetmusic@gmail.com", "Maple Street Music Studio", "jen.alvarez@comcast.net",
    "Jennifer Alvarez", "Spring 2027 tuition - invoice 2027-S-014", i26,
    text="Hi Jennifer,\n\nHappy holidays! Here is the tuition invoice for the spring term (January 11 - May 21, 2027).\n\n"
         "INVOICE 2027-S-014   Date: %s\nBill to: Jennifer Alvarez\n\n"
         "Ava - 45-min piano, 18 weekly lessons x $45.00        $%s\n"
         "Noah - 30-min piano, 18 weekly lessons x $40.00       $%s\n"
         "Sibling discount (10%% on second student)             -$%s\n"
         "Spring recital registration                          $%s\n"
         "TOTAL                                                $%s\n\n"
         "Payment is due by %s (the first lesson). Zelle to maplestreetmusic@gmail.com or a check made out to "
         "Carol Lindqvist. If you'd rather pay in two halves, just let me know.\n\nBest,\nCarol Lindqvist\nMaple Street Music Studio\n"
         "412 Maple Street, Ann Arbor, MI 48104"
         % (date(i26, "us"), en(a26), en(n26), en(-sd26), en(reg), en(t26), date(D(2027, 1, 11), "us")),
    exp=expected("2027-S-014", t26, t26, i26, D(2027, 1, 11), "Jennifer Alvarez", "jen.alvarez@comcast.net", None, False, "en",
                 currency="USD"),
    note="Termly tuition for two siblings typed by the teacher; no bank account, payable by the first lesson.")

# 27: Irish creche, monthly fee less the NCS subsidy, direct debit
la_iban = iban_ie()
i27 = D(2026, 12, 22)
fee27 = 115000
ncs = -48020
t27 = fee27 + ncs
dd27 = D(2027, 1, 5)
add("creche software (PDF)", "en", "pdf", "accounts@littleacorns-naas.ie", "Little Acorns Childcare", "siobhan.byrne@eircom.net",
    "Siobhán Byrne", "Little Acorns - January 2027 invoice", td(i27, 1),
    text="Dear Siobhán,\n\nPlease find attached the invoice for Cian's place in January. Your NCS subsidy has been applied, "
         "and the balance will be collected by direct debit as usual.\n\nWishing you a lovely Christmas,\nAoife\nLittle Acorns Childcare",
    pages=doc("Little Acorns Childcare", ["Sallins Road, Naas, Co. Kildare W91 X2C4", "Tusla Reg. TU2019KE061"],
              ["Siobhán Byrne", "7 Abbeyfield Grove", "Naas, Co. Kildare"], "Invoice",
              [("Invoice no.", "LA-27-0112"), ("Date", date(i27, "dmy/")), ("Child", "Cian Byrne"), ("Period", "January 2027")],
              [("Description", 56, "left"), ("Amount", 539, "right")],
              [("Full day care, 5 days/week - January 2027", "€" + en(fee27)),
               ("National Childcare Scheme subsidy (CHICK 4R7-Q2)", "-€" + en(-ncs))],
              [("Amount payable", "€" + en(t27), True)],
              ["This amount will be collected by SEPA direct debit on %s." % date(dd27, "long", "en"),
               "Creditor: Little Acorns Childcare Ltd, IBAN %s." % iban_spaced(la_iban),
               "Childcare services are exempt from VAT."],
              ["Little Acorns Childcare Ltd · CRO 611203 · 045 879 220"]),
    fn="LA-27-0112.pdf",
    exp=expected("LA-27-0112", t27, t27, i27, dd27, "Siobhán Byrne", "siobhan.byrne@eircom.net", la_iban, False, "en"),
    note="Irish childcare: the state subsidy reduces the fee (total = payable); collected by direct debit on a printed date.")

# 28: UK commercial rent, quarter in advance, with service charge and insurance
pe_iban = iban(rng, "GB")
i28 = D(2027, 2, 23)
rent28 = 3400000 // 4
sc28, ins28 = 115000, 31200
n28 = rent28 + sc28 + ins28
v28 = vat(n28, 200)
t28 = n28 + v28
qd = D(2027, 3, 25)
add("property management system (PDF)", "en", "pdf", "rent@pennantestates.co.uk", "Pennant Estates (Bristol) Ltd",
    "practice.manager@copperfielddental.co.uk", "Copperfield Dental Practice Ltd", "Rent demand and VAT invoice PE/R/03317 - March quarter",
    td(i28, 1),
    text="Dear Sirs,\n\nPlease find attached our invoice for the rent, service charge and insurance due on the March quarter day "
         "for Ground Floor, 40 Whiteladies Road.\n\nYours faithfully,\nCredit Control\nPennant Estates (Bristol) Ltd",
    pages=doc("Pennant Estates (Bristol) Ltd", ["Pennant House, 9 Queen Square", "Bristol BS1 4JE", "VAT No. GB 411 2093 58"],
              ["Copperfield Dental Practice Ltd", "Ground Floor, 40 Whiteladies Road", "Clifton, Bristol BS8 2LG"],
              "VAT INVOICE", [("Invoice no.", "PE/R/03317"), ("Tax point", date(i28, "dmy/")), ("Tenant", "Copperfield Dental"),
                              ("Payment reference", "COPP-0331")],
              [("Description", 56, "left"), ("Net", 400, "right"), ("VAT", 460, "right"), ("Gross", 539, "right")],
              [("Rent 25/03/2027 - 23/06/2027 (£34,000 p.a.)", en(rent28), en(vat(rent28, 200)), en(rent28 + vat(rent28, 200))),
               ("Service charge on account, same period", en(sc28), en(vat(sc28, 200)), en(sc28 + vat(sc28, 200))),
               ("Insurance rent, same period", en(ins28), en(vat(ins28, 200)), en(ins28 + vat(ins28, 200)))],
              [("Net", en(n28), False), ("VAT @ 20%", en(v28), False), ("Total due on 25 March 2027", "£" + en(t28), True)],
              ["Payable in advance on the quarter day. Please pay to HSBC, sort code 40-12-76,",
               "IBAN %s, quoting payment reference COPP-0331." % iban_spaced(pe_iban),
               "Interest at 4% above base rate is charged on rent paid more than 14 days late, as per clause 3.2 of the lease."],
              ["Registered in England No. 05231187"], tx=270),
    fn="PE-R-03317.pdf",
    exp=expected("PE/R/03317", t28, t28, i28, qd, "Copperfield Dental Practice Ltd", "practice.manager@copperfielddental.co.uk",
                 pe_iban, True, "en", reference="COPP-0331", currency="GBP"),
    note="UK commercial rent demand for the quarter in advance, each line with its VAT; annual rent printed beside the quarter's.")

# 30: tutoring agency, invoice replacing an earlier one (QuickBooks HTML)
i30 = D(2026, 11, 9)
t30 = 7 * 4200
add("QuickBooks", "en", "body-html", "quickbooks@notification.intuit.com", "Fernhill Tutors", "rachel.goodwin@outlook.com",
    "Rachel Goodwin", "Invoice INV-0431 from Fernhill Tutors (replaces INV-0412)", i30,
    html="<html><body style=\"font-family:Arial\"><p>Dear Mrs Goodwin,</p>"
         "<p>This invoice replaces INV-0412 issued on 2 November, which listed nine sessions instead of seven - "
         "please disregard it. Apologies for the mix-up.</p>"
         "<table style=\"border:1px solid #ddd;padding:12px\"><tr><td colspan=\"2\"><b>Fernhill Tutors</b></td></tr>"
         "<tr><td>INVOICE</td><td>INV-0431</td></tr><tr><td>DATE</td><td>%s</td></tr><tr><td>DUE DATE</td><td>%s</td></tr>"
         "<tr><td>TERMS</td><td>Net 14</td></tr><tr><td>BILL TO</td><td>Mrs Rachel Goodwin</td></tr>"
         "<tr><td>GCSE English tutoring (October), 7 sessions x £%s</td><td>£%s</td></tr>"
         "<tr><td><b>BALANCE DUE</b></td><td><b>£%s</b></td></tr></table>"
         "<p>Pay by bank transfer to Fernhill Tutors Ltd, sort code 30-94-57, account 10938274.</p>"
         "<p>Have a great day,<br>Fernhill Tutors</p></body></html>"
         % (date(i30, "dmy/"), date(td(i30, 14), "dmy/"), en(4200), en(t30), en(t30)),
    exp=expected("INV-0431", t30, t30, i30, td(i30, 14), "Rachel Goodwin", "rachel.goodwin@outlook.com", None, False, "en",
                 currency="GBP"),
    note="A replacement invoice with its own number, naming the replaced INV-0412; sent through the tool's notification address.")

# 31: UK late-payment interest and fixed compensation billed on its own
ns_iban = iban(rng, "GB")
i31 = D(2026, 11, 24)
p31 = 648000
f31, to31 = D(2026, 10, 1), D(2026, 11, 18)
days31 = (to31 - f31).days
int31 = int(round(p31 * 0.12 * days31 / 365))
t31 = int31 + 7000
add("typed (Outlook)", "en", "body-text", "accounts@nettletonsigns.co.uk", "Nettleton Signs Ltd", "finance@harrowgate-events.co.uk",
    "Harrowgate Events Ltd", "Invoice NS-2388 - statutory interest on late payment of NS-2291", i31,
    text="Dear Accounts Team,\n\nThank you for settling invoice NS-2291 (£%s), which was due on %s and received on %s. "
         "Under the Late Payment of Commercial Debts (Interest) Act 1998 we are entitled to statutory interest and fixed "
         "compensation, and we enclose our invoice below.\n\n"
         "INVOICE NS-2388\nDate: %s\nTo: Harrowgate Events Ltd, 3 Crescent Gardens, Harrogate HG1 2RS\n\n"
         "Statutory interest at 12.00%% (8%% + Bank of England base rate 4.00%%)\n"
         "  on £%s from %s to %s (%d days)           £%s\n"
         "Fixed sum compensation (debt £1,000 - £9,999.99)         £%s\n"
         "Total (outside the scope of VAT)                        £%s\n\n"
         "Payable within 14 days of the date of this invoice. Bank: Lloyds, sort code 30-99-50, account 66120453, "
         "IBAN %s.\n\nWe value your custom and hope future invoices can be paid to terms.\n\nRegards,\n\nGraham Nettleton\n"
         "Director, Nettleton Signs Ltd\nUnit 11, Claro Park, Harrogate HG1 4BA"
         % (en(p31), date(D(2026, 9, 30), "long", "en"), date(to31, "long", "en"), date(i31, "long", "en"), en(p31),
            date(f31, "short-en"), date(td(to31, -1), "short-en"), days31, en(int31), en(7000), en(t31), iban_spaced(ns_iban)),
    exp=expected("NS-2388", t31, t31, i31, td(i31, 14), "Harrowgate Events Ltd", "finance@harrowgate-events.co.uk", ns_iban, True,
                 "en", currency="GBP"),
    note="Statutory interest plus fixed compensation invoiced on its own; the larger late invoice's amount comes first.")

# 32: Irish athletics club family membership (HTML)
bh_iban = iban_ie()
i32 = D(2027, 1, 4)
m32 = [("Adult - Conor Fitzgerald", 9000), ("Adult - Róisín Fitzgerald", 9000), ("Juvenile - Aoife Fitzgerald", 4500),
       ("Juvenile - Darragh Fitzgerald", 4500)]
s32 = sum(a for _, a in m32)
fd32 = -4000
t32 = s32 + fd32
rows32 = "".join("<tr><td>%s</td><td align=\"right\">€%s</td></tr>" % (a, en(b)) for a, b in m32)
add("club membership platform (HTML)", "en", "body-html", "membership@ballinteerharriers.ie", "Ballinteer Harriers AC",
    "conorfitz@gmail.com", "Conor Fitzgerald", "Ballinteer Harriers AC - 2027 family membership invoice M27-118", i32,
    html="<html><body><div style=\"font-family:Arial;max-width:600px\"><h3>Ballinteer Harriers AC &ndash; Membership 2027</h3>"
         "<p>Hi Conor,</p><p>Thanks for renewing! Your family membership includes Athletics Ireland registration for each member.</p>"
         "<p>Invoice: M27-118<br>Invoice date: %s<br>Payment due: 31 January 2027</p>"
         "<table width=\"100%%\">%s<tr><td>Family rate cap applied</td><td align=\"right\">-€%s</td></tr>"
         "<tr><td><b>Total</b></td><td align=\"right\"><b>€%s</b></td></tr></table>"
         "<p>Pay online in the app, or by EFT to Ballinteer Harriers AC, IBAN %s, using payment reference <b>BH270412</b>.</p>"
         "<p>Members not paid by 31 January cannot be entered for the county cross-country.</p>"
         "<p>Treasurer, Ballinteer Harriers AC</p></div></body></html>" % (date(i32, "long", "en"), rows32, en(-fd32), en(t32),
                                                                          iban_spaced(bh_iban)),
    exp=expected("M27-118", t32, t32, i32, D(2027, 1, 31), "Conor Fitzgerald", "conorfitz@gmail.com", bh_iban, False, "en",
                 reference="BH270412"),
    note="Family membership with a family cap; a labelled payment reference different from the invoice number.")

# 33: allotment society annual rent, typed by the treasurer
i33 = D(2027, 2, 14)
l33 = [("Half plot 14B rent, 1 April 2027 - 31 March 2028", 4200), ("Water charge", 850), ("Society membership", 500)]
t33 = sum(a for _, a in l33)
add("typed (Yahoo Mail)", "en", "body-text", "meadowbank.allotments@yahoo.co.uk", "Meadowbank Allotment Society",
    "d.kowalczyk@talktalk.net", "Dariusz Kowalczyk", "Plot 14B - rent invoice 2027/28", i33,
    text="Dear Mr Kowalczyk,\n\nAs agreed at the AGM, rents for the coming year are unchanged; the water charge has gone up by 50p.\n\n"
         "Invoice no. 27-031        Date: %s\nTo: Mr D. Kowalczyk, plot 14B\n\n%s\nTotal due                                        £%s\n\n"
         "Payable by 31 March 2027, either by bank transfer (Meadowbank Allotment Society, sort code 07-00-93, "
         "account 21894406, reference your plot number) or cash/cheque at the trading hut on Sunday mornings.\n"
         "Plots not paid by 30 April may be offered to the waiting list.\n\nWith best wishes,\nMargaret Ellery\nHon. Treasurer"
         % (date(i33, "dmy/"), "\n".join("%-48s£%s" % (a, en(b)) for a, b in l33), en(t33)),
    exp=expected("27-031", t33, t33, i33, D(2027, 3, 31), "D. Kowalczyk", "d.kowalczyk@talktalk.net", None, False, "en",
                 currency="GBP"),
    note="A volunteer's typed annual plot rent; 'reference your plot number' is no labelled reference; sort code only.")

# 34: web studio, less payment received (FreshBooks PDF)
tw2_iban = iban(rng, "GB")
i34 = D(2026, 11, 30)
n34 = 320000 + 15000
v34 = vat(n34, 200)
t34 = n34 + v34
pd34 = t34 * 40 // 100
due34 = t34 - pd34
add("FreshBooks", "en", "pdf", "noreply@freshbooks.com", "Sam Everett (Tidewater Web Studio)", "admin@oakridgephysio.co.uk",
    "Oakridge Physiotherapy Ltd", "Tidewater Web Studio sent you an invoice (0000127)", td(i34, 1),
    text="Tidewater Web Studio sent you an invoice.\n\nInvoice 0000127 for £%s is due on %s.\n\n"
         "Message from Sam: The new site is live - thanks for being such great clients! This is the balance after the 40%% "
         "payment you made in October.\n\nView invoice: https://my.freshbooks.com/#/link/aB3kq\n\nTidewater Web Studio" % (
             en(due34), date(td(i34, 14), "short-en")),
    pages=doc("Tidewater Web Studio", ["Sam Everett", "8 Harbour Row, Falmouth TR11 3DF", "VAT 402 7718 63"],
              ["Oakridge Physiotherapy Ltd", "2 Kimberley Park Road", "Falmouth TR11 2DA"], "Invoice",
              [("Invoice Number", "0000127"), ("Date of Issue", date(i34, "dmy/")), ("Due Date", date(td(i34, 14), "dmy/")),
               ("Terms", "Net 14")],
              [("Description", 56, "left"), ("Rate", 400, "right"), ("Qty", 450, "right"), ("Line Total", 539, "right")],
              [("Website design and build (6 pages, booking integration)", en(320000), "1", en(320000)),
               ("Hosting setup and migration", en(15000), "1", en(15000))],
              [("Subtotal", en(n34), False), ("VAT (20%)", en(v34), False), ("Total", en(t34), False),
               ("Amount Paid", "-" + en(pd34), False), ("Amount Due (GBP)", "£" + en(due34), True)],
              ["Less payment received 15/10/2026 (deposit, 40%).",
               "Bank transfer: Tidewater Web Studio, IBAN %s, BIC MIDLGB22." % iban_spaced(tw2_iban)], []),
    fn="Invoice_0000127.pdf",
    exp=expected("0000127", due34, t34, i34, td(i34, 14), "Oakridge Physiotherapy Ltd", "admin@oakridgephysio.co.uk", tw2_iban,
                 True, "en", currency="GBP"),
    note="FreshBooks layout with an amount already paid: due = total minus the payment; the mail states only the balance.")

# 35: US HOA quarterly assessment with a special-assessment instalment (HTML)
i35 = D(2026, 12, 5)
q35, sa35 = 61500, 25000
t35 = q35 + sa35
add("HOA portal (HTML)", "en", "body-html", "billing@summitcommunitymgmt.com", "Cedar Hollow HOA c/o Summit Community Management",
    "whitfield.home@yahoo.com", "Marcus and Dana Whitfield", "Cedar Hollow HOA - Q1 2027 assessment invoice", i35,
    html="<html><body style=\"font-family:Verdana;font-size:12px\"><p><b>Cedar Hollow Homeowners Association</b><br>"
         "c/o Summit Community Management, 2200 Lakeview Pkwy, Suite 300, Rowlett, TX 75088</p>"
         "<p>Invoice #CH-27Q1-0093<br>Invoice date: %s<br>Owner: Marcus and Dana Whitfield<br>Property: 1187 Cedar Hollow Dr "
         "(Account 0093)</p><table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
         "<tr><th>Description</th><th>Amount</th></tr>"
         "<tr><td>Quarterly assessment, January 1 - March 31, 2027</td><td align=\"right\">$%s</td></tr>"
         "<tr><td>Special assessment (pool resurfacing), installment 3 of 6</td><td align=\"right\">$%s</td></tr>"
         "<tr><td><b>Total due %s</b></td><td align=\"right\"><b>$%s</b></td></tr></table>"
         "<p>A late fee of $25.00 applies to payments received after January 15, 2027. Pay online through the owner portal "
         "(ACH or card), or mail a check payable to Cedar Hollow HOA with your account number on the memo line.</p>"
         "</body></html>" % (date(i35, "us"), en(q35), en(sa35), date(D(2027, 1, 1), "us"), en(t35)),
    exp=expected("CH-27Q1-0093", t35, t35, i35, D(2027, 1, 1), "Marcus and Dana Whitfield", "whitfield.home@yahoo.com", None,
                 False, "en", currency="USD"),
    note="HOA quarterly dues with a special assessment instalment 3 of 6; due on the 1st, late fee date after it.")

# ---------------------------------------------------------------------------- German invoices
COLS_DE = [("Pos. Bezeichnung", 56, "left"), ("Menge", 360, "right"), ("Einzelpreis", 440, "right"), ("Gesamt", 539, "right")]

# 36: kitchen maker's Anzahlungsrechnung 40 %
kw_iban = iban(rng, "DE")
i36 = D(2026, 10, 7)
auf36 = 1580000
a36 = auf36 * 40 // 100
a36v = vat(a36, 190)
a36t = a36 + a36v
add("sevDesk", "de", "pdf", "buchhaltung@kuechenwerkstatt-reinholz.de", "Küchenwerkstatt Reinholz GmbH", "brandl.familie@web.de",
    "Familie Brandl", "Anzahlungsrechnung AR-2026-118 zu Auftrag 2026-0441", td(i36, 1),
    text="Sehr geehrte Familie Brandl,\n\nvielen Dank für Ihren Auftrag! Wie vereinbart erhalten Sie anbei die Anzahlungsrechnung "
         "über 40 % der Auftragssumme. Nach Zahlungseingang bestellen wir die Fronten und Geräte; der Montagetermin folgt.\n\n"
         "Mit freundlichen Grüßen\nSandra Reinholz\nKüchenwerkstatt Reinholz GmbH",
    pages=doc("Küchenwerkstatt Reinholz GmbH", ["Gewerbering 7 · 84030 Ergolding", "Tel. 0871 96 44 10"],
              ["Herrn und Frau Brandl", "Am Hofgarten 3", "84028 Landshut"], "Anzahlungsrechnung",
              [("Rechnungsnr.", "AR-2026-118"), ("Datum", date(i36, "dmy.")), ("Auftrag", "2026-0441 vom 29.09.2026"),
               ("Kundennr.", "K-20933")],
              COLS_DE, [("1  Anzahlung 40 % auf Küche \"Landhaus Eiche\" lt. Auftrag", "1", de(a36), de(a36)),
                        ("   Auftragssumme netto %s €" % de(auf36), "", "", "")],
              [("Nettobetrag", de(a36) + " €", False), ("zzgl. 19 % USt.", de(a36v) + " €", False),
               ("Rechnungsbetrag", de(a36t) + " €", True)],
              ["Zahlbar innerhalb von 10 Tagen ohne Abzug bis zum %s." % date(td(i36, 10), "dmy."),
               "Verwendungszweck: AR-2026-118",
               "Die Anzahlung wird in der Schlussrechnung mit dem Nettobetrag und der Umsatzsteuer abgezogen."],
              ["Küchenwerkstatt Reinholz GmbH · HRB 8812 Landshut · USt-IdNr. DE284117603 · GF Sandra Reinholz",
               "Sparkasse Landshut · IBAN %s · BIC BYLADEM1LAH" % iban_spaced(kw_iban)]),
    fn="Anzahlungsrechnung_AR-2026-118.pdf",
    exp=expected("AR-2026-118", a36t, a36t, i36, td(i36, 10), "Herrn und Frau Brandl", "brandl.familie@web.de", kw_iban, False, "de",
                 reference="AR-2026-118"),
    note="Anzahlungsrechnung 40 % with the net order sum printed; the address keeps 'Herrn und Frau' because only a surname follows.")

# 37: builder's Schlussrechnung listing three Abschläge paid
ks_iban2 = iban(rng, "DE")
i37 = D(2026, 11, 26)
g37 = 9625000
g37v = vat(g37, 190)
g37t = g37 + g37v
ab37 = [("AB-26-031", D(2026, 5, 15), 3000000), ("AB-26-047", D(2026, 7, 20), 3500000), ("AB-26-062", D(2026, 10, 2), 2000000)]
abz = [(n, d_, b + vat(b, 190)) for n, d_, b in ab37]
paid37 = sum(b for _, _, b in abz)
rest37 = g37t - paid37
add("Word (PDF)", "de", "pdf", "info@kessler-bau.de", "Bauunternehmung Kessler & Söhne", "jan.oltmanns@t-online.de",
    "Dr. Jan Oltmanns", "Schlussrechnung SR-2026-019 Anbau Oltmanns", td(i37, 4), b64=True,
    text="Sehr geehrter Herr Dr. Oltmanns,\n\nnach der Abnahme am 18.11.2026 übersenden wir Ihnen die Schlussrechnung für den "
         "Anbau. Die geleisteten Abschlagszahlungen sind darin aufgeführt und abgezogen.\n\nMit freundlichen Grüßen\n"
         "Bauunternehmung Kessler & Söhne\ni.A. Petra Möllenkamp",
    pages=doc("Bauunternehmung Kessler & Söhne", ["Meisterweg 14, 26135 Oldenburg", "St.-Nr. 64/213/44871"],
              ["Herrn Dr. Jan Oltmanns", "Dobbenweg 9", "26122 Oldenburg"], "Schlussrechnung SR-2026-019",
              [("Rechnungsdatum", date(i37, "dmy.")), ("Bauvorhaben", "Anbau Wohnhaus Dobbenweg 9"), ("Leistungszeitraum", "04.05.2026 - 18.11.2026"),
               ("Abnahme", "18.11.2026")],
              [("Leistung", 56, "left"), ("netto", 440, "right"), ("brutto", 539, "right")],
              [("Gesamtleistung lt. Aufmaß (Anlage)", de(g37), de(g37t))],
              [("Summe netto", de(g37) + " €", False), ("19 % USt.", de(g37v) + " €", False), ("Gesamtbetrag brutto", de(g37t) + " €", False)]
              + [("abzgl. %s vom %s (bezahlt)" % (n, date(d_, "dmy.")), "-" + de(b) + " €", False) for n, d_, b in abz]
              + [("Restbetrag", de(rest37) + " €", True)],
              ["Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug.",
               "Gesetzlicher Hinweis: Aufbewahrungspflicht von Rechnungen über Bauleistungen (2 Jahre), § 14b UStG."],
              ["Bauunternehmung Kessler & Söhne · Inh. Gerd Kessler · LzO · IBAN %s" % iban_spaced(ks_iban2)], style=1, tx=260),
    fn="SR-2026-019.pdf",
    exp=expected("SR-2026-019", rest37, g37t, i37, td(i37, 30), "Dr. Jan Oltmanns", "jan.oltmanns@t-online.de", ks_iban2, False, "de"),
    note="Schlussrechnung deducting three paid Abschläge (each gross): due = gross total minus the Abschläge; term counted from the issue date.")

# 38: roofer's cumulative 2nd Abschlagsrechnung to a property manager
db_iban = iban(rng, "DE")
i38 = D(2026, 10, 21)
auf38 = 4800000
st38 = auf38 * 60 // 100
st38v = vat(st38, 190)
st38t = st38 + st38v
ab1 = 1200000
ab1t = ab1 + vat(ab1, 190)
due38 = st38t - ab1t
add("lexoffice", "de", "pdf", "rechnung@dachdeckerei-bruns.de", "Dachdeckerei Bruns GmbH", "technik@hv-lindner.de",
    "Hausverwaltung Lindner GmbH", "2. Abschlagsrechnung 2026-1294 BV Am Stadtpark 12", td(i38, 1),
    text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere 2. Abschlagsrechnung nach Baufortschritt (Stand 20.10.2026) "
         "für die Dachsanierung der WEG Am Stadtpark 12.\n\nMit freundlichen Grüßen\nDachdeckerei Bruns GmbH",
    pages=doc("Dachdeckerei Bruns GmbH", ["Industriestraße 31", "49074 Osnabrück"],
              ["Hausverwaltung Lindner GmbH", "für WEG Am Stadtpark 12", "Lotter Straße 56", "49078 Osnabrück"],
              "2. Abschlagsrechnung",
              [("Rechnungsnr.", "2026-1294"), ("Datum", date(i38, "dmy.")), ("Auftrag", "AB-2026-088"), ("Zahlungsziel", date(td(i38, 14), "dmy."))],
              [("Leistung", 56, "left"), ("Auftrag netto", 430, "right"), ("Stand", 480, "right"), ("Betrag", 539, "right")],
              [("Dachsanierung Am Stadtpark 12 (Leistungsstand)", de(auf38), "60 %", de(st38))],
              [("Leistungsstand netto", de(st38) + " €", False), ("19 % USt.", de(st38v) + " €", False),
               ("Leistungsstand brutto", de(st38t) + " €", False),
               ("abzgl. 1. Abschlag Nr. 2026-1107 (bezahlt)", "-" + de(ab1t) + " €", False),
               ("Zahlbetrag", de(due38) + " €", True)],
              ["Abschlagsforderung gemäß § 632a BGB. Zahlbar bis %s ohne Abzug." % date(td(i38, 14), "dmy.")],
              ["Dachdeckerei Bruns GmbH · Amtsgericht Osnabrück HRB 20417 · USt-IdNr. DE811402376",
               "Volksbank Osnabrück · IBAN %s" % iban_spaced(db_iban)], tx=270),
    fn="Rechnung_2026-1294.pdf",
    exp=expected("2026-1294", due38, st38t, i38, td(i38, 14), "Hausverwaltung Lindner GmbH", "technik@hv-lindner.de", db_iban, True,
                 "de"),
    note="Cumulative Abschlagsrechnung: the work to date gross, minus the first Abschlag paid; due = the Zahlbetrag.")

# 39: commercial rent invoice with Nebenkosten advance, Leistungszeitraum
hk_iban = iban(rng, "DE")
i39 = D(2026, 12, 15)
m39 = [("Miete Büroflächen 2. OG", 245000), ("Nebenkostenvorauszahlung", 38000), ("Tiefgaragenstellplätze (2 x 60,00 €)", 12000)]
n39 = sum(a for _, a in m39)
v39 = vat(n39, 190)
t39 = n39 + v39
add("Word (PDF)", "de", "pdf", "verwaltung@hafenkante-gbr.de", "Grundstücksgesellschaft Hafenkante GbR", "buero@petersen-ohm.de",
    "Kanzlei Petersen & Ohm", "Mietrechnung Januar 2027 - MR-2027-01-07", td(i39, 1),
    text="Sehr geehrte Damen und Herren,\n\nanbei die Mietrechnung für Januar 2027 (mit gesondert ausgewiesener Umsatzsteuer, "
         "zur Vorlage beim Finanzamt).\n\nFreundliche Grüße\nBirte Hansen\nGrundstücksgesellschaft Hafenkante GbR",
    pages=doc("Grundstücksgesellschaft Hafenkante GbR", ["Am Sandtorkai 48", "20457 Hamburg"],
              ["Kanzlei Petersen & Ohm", "Rechtsanwälte Partnerschaft mbB", "Am Sandtorkai 48, 2. OG", "20457 Hamburg"],
              "Rechnung Nr. MR-2027-01-07",
              [("Rechnungsdatum", date(i39, "dmy.")), ("Mieteinheit", "ME-07"), ("Leistungszeitraum", "01.01.2027 - 31.01.2027")],
              [("Position", 56, "left"), ("Betrag", 539, "right")], [(a, de(b) + " €") for a, b in m39],
              [("Summe netto", de(n39) + " €", False), ("zzgl. 19 % USt.", de(v39) + " €", False), ("Gesamtbetrag", de(t39) + " €", True)],
              ["Zahlbar bis zum 05.01.2027 (3. Werktag) auf das Konto IBAN %s." % iban_spaced(hk_iban),
               "Verwendungszweck: Miete 01-2027 ME-07",
               "Option zur Umsatzsteuer gemäß § 9 UStG gemäß § 4 des Mietvertrags."],
              ["Grundstücksgesellschaft Hafenkante GbR · Gesellschafter: B. Hansen, Dr. K. Thiele · St.-Nr. 48/612/01773"], style=1),
    fn="MR-2027-01-07.pdf",
    exp=expected("MR-2027-01-07", t39, t39, i39, D(2027, 1, 5), "Kanzlei Petersen & Ohm", "buero@petersen-ohm.de", hk_iban, True, "de",
                 reference="Miete 01-2027 ME-07"),
    note="Monthly commercial rent with a service-cost advance and VAT option; Leistungszeitraum, due on the 3rd working day printed as a date.")

# 40: WEG Hausgeld pro rata for a new owner, SEPA direct debit
sk_iban = iban(rng, "DE")
i40 = D(2026, 11, 30)
hg = 41200
hgn = (hg * 16 + 15) // 30
t40 = hgn + hg
ld40 = D(2026, 12, 10)
add("WEG-Verwaltersoftware (PDF)", "de", "pdf", "buchhaltung@sommer-kraus-verwaltung.de", "Sommer & Kraus Immobilienverwaltung",
    "y.arslan@gmx.de", "Yasemin Arslan", "WEG Lindenallee 8 - Rechnung Hausgeld anteilig HG-2026-117", td(i40, 1),
    text="Sehr geehrte Frau Arslan,\n\nherzlich willkommen in der Eigentümergemeinschaft Lindenallee 8! Da der Eigentumsübergang am "
         "15.11.2026 im Grundbuch eingetragen wurde, berechnen wir das Hausgeld für November anteilig. Ab Januar wird das "
         "Hausgeld monatlich zum 3. eingezogen.\n\nMit freundlichen Grüßen\nSommer & Kraus Immobilienverwaltung",
    pages=doc("WEG Lindenallee 8", ["vertreten durch Sommer & Kraus Immobilienverwaltung", "Königstraße 15, 90402 Nürnberg"],
              ["Frau Yasemin Arslan", "Lindenallee 8, WE 5", "90491 Nürnberg"], "Rechnung Hausgeld",
              [("Rechnungsnummer", "HG-2026-117"), ("Datum", date(i40, "dmy.")), ("Wohnung", "WE 5, MEA 84,20/1000")],
              [("Zeitraum", 56, "left"), ("Hausgeld mtl.", 440, "right"), ("Betrag", 539, "right")],
              [("15.11.2026 - 30.11.2026 (anteilig 16/30)", de(hg), de(hgn)), ("01.12.2026 - 31.12.2026", de(hg), de(t40 - hgn))],
              [("Summe", de(t40) + " €", True)],
              ["Der Betrag wird am %s per SEPA-Lastschrift von Ihrem Konto eingezogen." % date(ld40, "dmy."),
               "Gläubiger-ID DE71ZZZ00001288345, Mandatsreferenz WEG-LA8-005.",
               "Konto der Gemeinschaft: IBAN %s (Sparkasse Nürnberg)." % iban_spaced(sk_iban)],
              ["Sommer & Kraus Immobilienverwaltung GmbH · Erlaubnis nach § 34c GewO · HRB 30115 Nürnberg"]),
    fn="HG-2026-117.pdf",
    exp=expected("HG-2026-117", t40, t40, i40, ld40, "Yasemin Arslan", "y.arslan@gmx.de", sk_iban, False, "de"),
    note="WEG Hausgeld billed pro rata for a new owner and collected by direct debit on a date; Mandatsreferenz is no payment reference.")

# 41: sports club Beitragsrechnung with family discount, direct debit (HTML)
tus_iban = iban(rng, "DE")
i41 = D(2027, 1, 2)
b41 = [("Erwachsene (2 x 96,00 €)", 19200), ("Kinder/Jugendliche (2 x 54,00 €)", 10800)]
s41 = sum(a for _, a in b41)
fr41 = -6000
ten = 8500
t41 = s41 + fr41 + ten
ld41 = D(2027, 1, 15)
rows41 = "".join("<tr><td>%s</td><td align=\"right\">%s €</td></tr>" % (a, de(b)) for a, b in b41)
add("Vereinsverwaltung (HTML)", "de", "body-html", "beitraege@tus-eichenau.de", "TuS Eichenau 1921 e.V.", "hofbauer.m@t-online.de",
    "Familie Hofbauer", "Beitragsrechnung 2027 - Mitglied 3318", i41,
    html="<html><body style=\"font-family:Arial;font-size:13px\"><p>Liebe Familie Hofbauer,</p>"
         "<p>wir danken Euch für Eure Treue zum TuS! Hier die Beitragsrechnung für das Jahr 2027:</p>"
         "<table cellpadding=\"3\"><tr><td>Rechnungsnummer</td><td>BR-2027-3318</td></tr><tr><td>Datum</td><td>%s</td></tr>"
         "<tr><td>Mitgliedsnummer</td><td>3318</td></tr><tr><td>Beitragszeitraum</td><td>01.01.2027 - 31.12.2027</td></tr></table><br>"
         "<table cellpadding=\"3\" style=\"border-top:1px solid #999\">%s"
         "<tr><td>Familienrabatt</td><td align=\"right\">%s €</td></tr>"
         "<tr><td>Abteilungsbeitrag Tennis (1 x)</td><td align=\"right\">%s €</td></tr>"
         "<tr><td><b>Gesamt</b></td><td align=\"right\"><b>%s €</b></td></tr></table>"
         "<p>Der Betrag wird am <b>%s</b> per SEPA-Lastschrift eingezogen (Gläubiger-ID DE55ZZZ00000771902, Mandatsreferenz "
         "TUS-3318). Verwendungszweck: BEITRAG2027-3318. Vereinskonto: %s.</p>"
         "<p>Sportliche Grüße<br>Andreas Pichlmaier<br>Kassenwart TuS Eichenau 1921 e.V.</p>"
         "<p style=\"font-size:11px\">Mitgliedsbeiträge sind nicht umsatzsteuerpflichtig.</p></body></html>"
         % (date(i41, "dmy."), rows41, de(fr41), de(ten), de(t41), date(ld41, "dmy."), iban_spaced(tus_iban)),
    exp=expected("BR-2027-3318", t41, t41, i41, ld41, "Familie Hofbauer", "hofbauer.m@t-online.de", tus_iban, False, "de",
                 reference="BEITRAG2027-3318"),
    note="Annual club fee with a family discount, collected by direct debit on a printed date; a Verwendungszweck printed.")

# 42: Austrian music school semester fee
mk_iban = iban_at()
i42 = D(2026, 10, 1)
l42 = [("Instrumentalunterricht Violine, 40 Min./Woche", 39800), ("Ensemble Streicher", 4500), ("Leihinstrument 3/4-Geige", 6000)]
t42 = sum(a for _, a in l42)
rows42 = "".join("<tr><td>%s</td><td align=\"right\">EUR %s</td></tr>" % (a, de(b)) for a, b in l42)
add("Musikschulverwaltung (HTML)", "de", "body-html", "office@klangwerk-graz.at", "Musikschule Klangwerk Graz", "b.hoelzl@aon.at",
    "Mag. Barbara Hölzl", "Vorschreibung Schulgeld Wintersemester 2026/27 - SG-2026-0877", i42,
    html="<html><body><p>Sehr geehrte Frau Mag. Hölzl,</p><p>anbei die Vorschreibung des Schulgeldes für Ihre Tochter Leonie "
         "für das Wintersemester 2026/27 (Oktober 2026 bis Februar 2027).</p>"
         "<p>Rechnungsnummer: SG-2026-0877<br>Rechnungsdatum: %s<br>Rechnung an: Mag. Barbara Hölzl, Kopernikusgasse 14, 8010 Graz</p>"
         "<table width=\"500\">%s<tr><td><b>Gesamtbetrag</b></td><td align=\"right\"><b>EUR %s</b></td></tr></table>"
         "<p>Zahlbar bis 15.10.2026 auf unser Konto bei der Steiermärkischen Sparkasse, IBAN %s, "
         "Zahlungsreferenz: <b>KW26SG0877</b>.</p><p>Umsatzsteuerbefreit gem. § 6 Abs. 1 Z 12 UStG.</p>"
         "<p>Mit musikalischen Grüßen<br>Sekretariat Musikschule Klangwerk Graz (ZVR 601734459)</p></body></html>"
         % (date(i42, "dmy."), rows42, de(t42), iban_spaced(mk_iban)),
    exp=expected("SG-2026-0877", t42, t42, i42, D(2026, 10, 15), "Mag. Barbara Hölzl", "b.hoelzl@aon.at", mk_iban, False, "de",
                 reference="KW26SG0877"),
    note="Austrian 'Vorschreibung' of a semester fee with a Zahlungsreferenz; 'Mag.' is an academic title kept in the name.")

# 43: Swiss Kita, pro-rata first month + next month, QR bill, 5-Rappen rounding
kita_iban = iban_ch(qr=True)
i43 = D(2027, 1, 12)
tarif43 = 187350
jan43 = r5(tarif43 * 11 / 21)
t43 = jan43 + tarif43
qr43 = qrref()
p43 = Page()
for it in doc("Kita Sonnenhügel GmbH", ["Rosenstrasse 22", "8400 Winterthur"], ["Andrea Meier-Brunner", "Tösstalstrasse 61",
              "8400 Winterthur"], "Rechnung 2027-0042",
              [("Datum", date(i43, "dmy.")), ("Kind", "Lina Meier"), ("Betreuung", "3 Tage/Woche ab 18.01.2027")],
              [("Leistung", 56, "left"), ("CHF", 539, "right")],
              [("Betreuung Januar 2027, anteilig 11/21 Betreuungstage", ch(jan43)),
               ("Betreuung Februar 2027 (Monatstarif %s)" % ch(tarif43), ch(tarif43))],
              [("Total CHF", ch(t43), True)],
              ["Zahlbar bis 31.01.2027. Die Betreuung ist von der MWST ausgenommen.",
               "Beträge auf 5 Rappen gerundet."], [], style=1)[0].items:
    p43.items.append(it)
p43.rule(0, 600, 595, 600)
for x, y, s, sz, b in [(20, 625, "Empfangsschein", 11, True), (20, 645, "Konto / Zahlbar an", 6, True), (20, 655, iban_spaced(kita_iban), 8, False),
                       (20, 665, "Kita Sonnenhügel GmbH", 8, False), (20, 675, "Rosenstrasse 22, 8400 Winterthur", 8, False),
                       (20, 692, "Referenz", 6, True), (20, 702, qrgroup(qr43), 8, False), (20, 719, "Zahlbar durch", 6, True),
                       (20, 729, "Andrea Meier-Brunner", 8, False), (20, 765, "Währung   Betrag", 6, True), (20, 775, "CHF       " + ch(t43), 8, False),
                       (200, 625, "Zahlteil", 11, True), (200, 780, "Währung   Betrag", 8, True), (200, 792, "CHF       " + ch(t43), 10, False),
                       (340, 645, "Konto / Zahlbar an", 8, True), (340, 657, iban_spaced(kita_iban), 10, False),
                       (340, 669, "Kita Sonnenhügel GmbH", 10, False), (340, 689, "Referenz", 8, True), (340, 701, qrgroup(qr43), 10, False),
                       (340, 721, "Zusätzliche Informationen", 8, True), (340, 733, "Rechnung 2027-0042, Lina Meier", 10, False),
                       (340, 753, "Zahlbar durch", 8, True), (340, 765, "Andrea Meier-Brunner, Tösstalstrasse 61, 8400 Winterthur", 9, False)]:
    p43.text(x, y, s, sz, b)
p43.rules = [[0, 600, 595, 600], [190, 600, 190, 842]] + p43.rules
add("bexio", "de", "pdf", "rechnungen@kita-sonnenhuegel.ch", "Kita Sonnenhügel", "andrea.meier@bluewin.ch", "Andrea Meier-Brunner",
    "Rechnung 2027-0042 Kita Sonnenhügel", i43,
    text="Liebe Frau Meier-Brunner\n\nHerzlich willkommen bei uns! Im Anhang finden Sie die erste Rechnung mit QR-Einzahlungsschein. "
         "Der Januar ist ab dem Eintritt von Lina anteilig verrechnet.\n\nFreundliche Grüsse\nKita Sonnenhügel",
    pages=[p43], fn="Rechnung_2027-0042.pdf",
    exp=expected("2027-0042", t43, t43, i43, D(2027, 1, 31), "Andrea Meier-Brunner", "andrea.meier@bluewin.ch", kita_iban, False, "de",
                 reference=qr43, currency="CHF"),
    note="Swiss QR bill: pro-rata January rounded to 5 Rappen plus February; QR-IBAN and QR reference printed in groups.")

# 44: coworking Rechnungskorrektur with negative total (lexoffice)
cw_iban = iban(rng, "DE")
i44 = D(2026, 11, 6)
c44n = -22900
c44v = vat(c44n, 190)
c44 = c44n + c44v
add("lexoffice", "de", "pdf", "noreply@lexoffice.de", "Coworking Werkbank Leipzig", "hallo@jonaswendt-foto.de", "Jonas Wendt",
    "Rechnungskorrektur RK-2026-009 zur Rechnung 2026-0412", i44,
    text="Hallo Jonas,\n\nwie besprochen stornieren wir den Fixdesk für November, da Deine Kündigung zum 31.10. schon vorlag. "
         "Im Anhang findest Du die Rechnungskorrektur; den Betrag überweisen wir Dir in den nächsten Tagen zurück.\n\n"
         "Viele Grüße\nMira\nCoworking Werkbank Leipzig",
    pages=doc("Coworking Werkbank Leipzig", ["Werkbank Leipzig UG (haftungsbeschränkt)", "Karl-Heine-Straße 93, 04229 Leipzig"],
              ["Jonas Wendt Fotografie", "Jonas Wendt", "Zschochersche Straße 40", "04229 Leipzig"], "Rechnungskorrektur",
              [("Nr.", "RK-2026-009"), ("Datum", date(i44, "dmy.")), ("Bezug", "Rechnung 2026-0412 vom 01.11.2026"),
               ("Kundennr.", "10078")],
              COLS_DE, [("1  Storno Fixdesk November 2026 (Kündigung zum 31.10.2026)", "1", de(c44n), de(c44n))],
              [("Summe netto", de(c44n) + " €", False), ("Umsatzsteuer 19 %", de(c44v) + " €", False),
               ("Gesamtbetrag", de(c44) + " €", True)],
              ["Der Betrag wird Ihnen auf Ihr Konto erstattet."],
              ["Werkbank Leipzig UG · HRB 35517 · USt-IdNr. DE327700154 · GLS Bank · IBAN %s" % iban_spaced(cw_iban)]),
    fn="Rechnungskorrektur_RK-2026-009.pdf",
    exp=expected("RK-2026-009", c44, c44, i44, None, "Jonas Wendt Fotografie", "hallo@jonaswendt-foto.de", cw_iban, True, "de",
                 credit=True),
    note="Rechnungskorrektur with a negative total that cancels a month of an earlier invoice; refund promised.")

# 45: IT service's corrected invoice replacing an earlier one
no_iban = iban(rng, "DE")
i45 = D(2026, 11, 12)
n45 = 39000 + 350 * 9500 // 100
v45 = vat(n45, 190)
t45 = n45 + v45
add("sevDesk", "de", "pdf", "rechnung@netzwerkstatt-obermaier.de", "Netzwerkstatt Obermaier", "praxis@dr-hartig.de",
    "Praxis Dr. med. Lena Hartig", "Korrigierte Rechnung 2026-1068 (ersetzt 2026-1051)", td(i45, 1),
    text="Sehr geehrte Frau Dr. Hartig,\n\nin unserer Rechnung 2026-1051 vom 02.11.2026 waren die Vor-Ort-Stunden doppelt "
         "berechnet. Bitte betrachten Sie diese Rechnung als gegenstandslos; anbei die korrigierte Rechnung.\n\n"
         "Mit freundlichen Grüßen\nFlorian Obermaier",
    pages=doc("Netzwerkstatt Obermaier", ["IT-Service für Praxen und Kanzleien", "Bahnhofstraße 12 · 83022 Rosenheim"],
              ["Praxis Dr. med. Lena Hartig", "Münchener Straße 30", "83022 Rosenheim"], "Rechnung (Korrektur)",
              [("Rechnungsnummer", "2026-1068"), ("Rechnungsdatum", date(i45, "dmy.")), ("ersetzt Rechnung", "2026-1051 vom 02.11.2026"),
               ("Leistungszeitraum", "01.10.2026 - 31.12.2026")],
              COLS_DE, [("1  Wartungspauschale Q4/2026", "1", de(39000), de(39000)),
                        ("2  Vor-Ort-Einsatz 22.10.2026 (Std.)", "3,5", de(9500), de(33250))],
              [("Nettobetrag", de(n45) + " €", False), ("USt. 19 %", de(v45) + " €", False), ("Rechnungsbetrag", de(t45) + " €", True)],
              ["Zahlungsziel: 14 Tage ab Rechnungsdatum (bis %s)." % date(td(i45, 14), "dmy."),
               "Diese Rechnung ersetzt die Rechnung Nr. 2026-1051."],
              ["Netzwerkstatt Obermaier · Inh. Florian Obermaier · St.-Nr. 156/220/41178 · IBAN %s" % iban_spaced(no_iban)]),
    fn="Rechnung_2026-1068.pdf",
    exp=expected("2026-1068", t45, t45, i45, td(i45, 14), "Praxis Dr. med. Lena Hartig", "praxis@dr-hartig.de", no_iban, True, "de"),
    note="A corrected invoice with a new number replacing 2026-1051; the debtor is a medical practice (business).")

# 46: Zinsrechnung for late payment, B2B, typed
ms_iban = iban(rng, "DE")
i46 = D(2026, 11, 4)
p46 = 1284000
f46, t46d = D(2026, 9, 16), D(2026, 10, 27)
days46 = (t46d - f46).days
z46 = int(round(p46 * 0.1027 * days46 / 365))
t46 = z46 + 4000
add("typed (Thunderbird)", "de", "body-text", "buchhaltung@metallbau-schroeter.de", "Metallbau Schröter GmbH",
    "rechnungseingang@fensterbau-yilmaz.de", "Fensterbau Yilmaz KG", "Zinsrechnung ZR-2026-03 zu Rechnung 2026-0618", i46,
    text="Sehr geehrte Damen und Herren,\n\nIhre Zahlung zu unserer Rechnung 2026-0618 über %s € (fällig am 15.09.2026) ist am "
         "27.10.2026 bei uns eingegangen. Für den Zeitraum des Verzugs berechnen wir Ihnen gemäß § 288 Abs. 2 und Abs. 5 BGB:\n\n"
         "Zinsrechnung Nr. ZR-2026-03\nDatum: %s\n\n"
         "Verzugszinsen 10,27 %% p.a. (Basiszinssatz 1,27 %% + 9 Prozentpunkte)\n"
         "auf %s € vom %s bis %s (%d Tage)          %s €\n"
         "Verzugspauschale § 288 Abs. 5 BGB                       %s €\n"
         "Gesamt (nicht umsatzsteuerbar)                          %s €\n\n"
         "Bitte überweisen Sie den Betrag bis zum %s auf unser Konto IBAN %s (Commerzbank Bielefeld).\n\n"
         "Mit freundlichen Grüßen\n\nKatja Schröter\nMetallbau Schröter GmbH · Ziegeleistraße 9 · 33609 Bielefeld"
         % (de(p46), date(i46, "dmy."), de(p46), date(f46, "dmy."), date(td(t46d, -1), "dmy."), days46, de(z46), de(4000), de(t46),
            date(td(i46, 14), "dmy."), iban_spaced(ms_iban)),
    exp=expected("ZR-2026-03", t46, t46, i46, td(i46, 14), "Fensterbau Yilmaz KG", "rechnungseingang@fensterbau-yilmaz.de", ms_iban,
                 True, "de"),
    note="Interest and the 40 € lump sum invoiced as a Zinsrechnung of its own; the late invoice's larger sum is printed twice.")

# 47: SaaS quarterly invoice by direct debit (HTML)
i47 = D(2027, 1, 1)
n47 = 3 * 4900 + 412 * 9
v47 = vat(n47, 190)
t47 = n47 + v47
ld47 = D(2027, 1, 8)
add("Abrechnungssystem (HTML)", "de", "body-html", "billing@termino.de", "Termino", "info@physio-am-markt.de",
    "Physiotherapie am Markt", "Ihre Rechnung TS-2027-004512 (Q1/2027)", i47,
    html="<html><body style=\"font-family:Helvetica,Arial;font-size:14px;color:#222\"><p>Hallo Katrin Vogt,</p>"
         "<p>Ihre Rechnung für Termino ist da.</p><table cellpadding=\"4\"><tr><td>Rechnungsnummer</td><td>TS-2027-004512</td></tr>"
         "<tr><td>Rechnungsdatum</td><td>%s</td></tr><tr><td>Kunde</td><td>Physiotherapie am Markt, Inh. Katrin Vogt (K-18820)</td></tr>"
         "<tr><td>Leistungszeitraum</td><td>01.01.2027 - 31.03.2027</td></tr></table>"
         "<table cellpadding=\"4\" style=\"border-top:2px solid #1f7a8c\"><tr><td>Tarif Praxis (3 Monate x 49,00 €)</td><td align=\"right\">%s €</td></tr>"
         "<tr><td>SMS-Erinnerungen Q4/2026 (412 x 0,09 €)</td><td align=\"right\">%s €</td></tr>"
         "<tr><td>Netto</td><td align=\"right\">%s €</td></tr><tr><td>USt. 19 %%</td><td align=\"right\">%s €</td></tr>"
         "<tr><td><b>Gesamt</b></td><td align=\"right\"><b>%s €</b></td></tr></table>"
         "<p>Der Rechnungsbetrag wird frühestens am %s per SEPA-Lastschrift von Ihrem Konto DE** **** **** **** **40 11 eingezogen.</p>"
         "<p>Termino Software GmbH · Ludwigstraße 8 · 80539 München · HRB 247701 · USt-IdNr. DE335120988</p></body></html>"
         % (date(i47, "dmy."), de(3 * 4900), de(412 * 9), de(n47), de(v47), de(t47), date(ld47, "dmy.")),
    exp=expected("TS-2027-004512", t47, t47, i47, ld47, "Physiotherapie am Markt", "info@physio-am-markt.de", None, True, "de"),
    note="Quarterly SaaS invoice: the quarter in advance plus last quarter's usage; direct debit, only a masked debtor IBAN.")

# 48: allotment association annual bill, typed by the Kassierer
kg_iban = iban(rng, "DE")
i48 = D(2027, 2, 1)
l48 = [("Pacht Parzelle 63 (312 m² x 0,31 €)", 312 * 31), ("Mitgliedsbeitrag 2027", 4800), ("Wasser 2026 (22 m³ x 2,10 €)", 22 * 210),
       ("Strom 2026 (184 kWh x 0,38 €)", 184 * 38), ("Umlage Versicherung", 1250), ("Ersatz Gemeinschaftsarbeit (3 Std. x 15,00 €)", 4500)]
t48 = sum(a for _, a in l48)
add("typed (GMX)", "de", "body-text", "kassierer.wiesengrund@gmx.de", "KGV Am Wiesengrund e.V. - Kassierer", "k.wiegand@freenet.de",
    "Klaus Wiegand", "Jahresrechnung 2027 Parzelle 63", i48,
    text="Hallo Klaus,\n\nanbei wie jedes Jahr die Jahresrechnung. Der Zählerstand Wasser war 1.284 m³ (Vorjahr 1.262), Strom "
         "8.713 kWh (Vorjahr 8.529).\n\nJahresrechnung Nr. 2027-063\nDatum: %s\nPächter: Herrn Klaus Wiegand, Parzelle 63\n\n%s\n"
         "-------------------------------------------------------\nGesamt                                            %s €\n\n"
         "Zahlbar bis 31.03.2027 auf das Vereinskonto IBAN %s.\nVerwendungszweck: P63-2027\n\n"
         "Gartenfreundliche Grüße\nHorst Bleckmann, Kassierer\nKleingärtnerverein „Am Wiesengrund\" e.V."
         % (date(i48, "dmy."), "\n".join("%-50s%s €" % (a, de(b)) for a, b in l48), de(t48), iban_spaced(kg_iban)),
    exp=expected("2027-063", t48, t48, i48, D(2027, 3, 31), "Klaus Wiegand", "k.wiegand@freenet.de", kg_iban, False, "de",
                 reference="P63-2027"),
    note="Typed allotment bill with meter readings (numbers that look like amounts) above it; a Verwendungszweck printed.")

# 49: Swiss hosting annual invoice with Skonto, MWST and 5-Rappen rounding, SCOR reference
ah_iban = iban_ch()
i49 = D(2026, 12, 10)
n49 = 34800 + 2 * 1700 + 5 * 3600
v49 = r5(n49 * 81 / 1000)
t49 = n49 + v49
sk49 = r5(t49 * 0.98)
rf49 = rf("2026" + dg(8))
add("bexio", "de", "pdf", "buchhaltung@alpnet.ch", "Alpnet Hosting AG", "info@schreinerei-zuercher.ch", "Schreinerei Zürcher GmbH",
    "Rechnung 26-4471 Alpnet Hosting AG", td(i49, 1),
    text="Guten Tag\n\nIm Anhang erhalten Sie die Jahresrechnung für Ihr Hosting 2027. Bei Zahlung innert 10 Tagen können Sie "
         "2 % Skonto abziehen.\n\nFreundliche Grüsse\nAlpnet Hosting AG\nBuchhaltung",
    pages=doc("Alpnet Hosting AG", ["Bundesplatz 9", "6003 Luzern", "CHE-218.774.903 MWST"],
              ["Schreinerei Zürcher GmbH", "Industriestrasse 44", "6030 Ebikon"], "Rechnung 26-4471",
              [("Datum", date(i49, "dmy.")), ("Kundennummer", "20-3391"), ("Leistungszeitraum", "01.01.2027 - 31.12.2027")],
              [("Leistung", 56, "left"), ("Menge", 360, "right"), ("Preis", 440, "right"), ("Total CHF", 539, "right")],
              [("Webhosting Business (Jahresgebühr)", "1", ch(34800), ch(34800)), ("Domain .ch", "2", ch(1700), ch(3400)),
               ("E-Mail-Postfach 10 GB", "5", ch(3600), ch(18000))],
              [("Total exkl. MWST", ch(n49), False), ("MWST 8.1 %", ch(v49), False), ("Total CHF", ch(t49), True)],
              ["Zahlbar innert 30 Tagen netto; bei Zahlung innert 10 Tagen 2 %% Skonto (CHF %s)." % ch(sk49),
               "IBAN %s · Referenz %s" % (iban_spaced(ah_iban), grp4(rf49))], ["Alpnet Hosting AG · alpnet.ch · 041 510 22 80"], style=1),
    fn="Rechnung_26-4471.pdf",
    exp=expected("26-4471", t49, t49, i49, td(i49, 30), "Schreinerei Zürcher GmbH", "info@schreinerei-zuercher.ch", ah_iban, True, "de",
                 reference=rf49, currency="CHF"),
    note="Swiss annual hosting: MWST and totals rounded to 5 Rappen, Skonto amount beside the total; RF creditor reference.")

# 50: tutor, part already paid, typed (Kleinunternehmer)
lk_iban = iban(rng, "DE")
i50 = D(2026, 12, 7)
t50 = 25000 + 2 * 3000
pd50 = 10000
due50 = t50 - pd50
add("typed (web.de)", "de", "body-text", "lernstudio.kaya@web.de", "Lernstudio Kaya", "thomas.reiter@posteo.de", "Thomas Reiter",
    "Rechnung LK-2026-57 Nachhilfe Ben", td(i50, 0),
    text="Hallo Herr Reiter,\n\nhier die Rechnung für Bens Nachhilfe. Die Anzahlung vom November ist schon abgezogen.\n\n"
         "RECHNUNG Nr. LK-2026-57\nRechnungsdatum: %s\nLeistungszeitraum: 02.11.2026 - 04.12.2026\n"
         "Rechnungsempfänger: Herrn Thomas Reiter, Friedrichstraße 18, 76133 Karlsruhe\n\n"
         "10er-Karte Nachhilfe Mathe/Physik (je 60 Min.)        %s €\n"
         "2 Zusatzstunden Klausurvorbereitung à 30,00 €         %s €\n"
         "Summe                                                %s €\n"
         "bereits bezahlt (Anzahlung am 02.11.2026)           -%s €\n"
         "noch zu zahlen                                       %s €\n\n"
         "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n"
         "Bitte bis zum 21.12.2026 auf IBAN %s (Derya Kaya) überweisen.\n\nViele Grüße\nDerya Kaya\nLernstudio Kaya, Karlsruhe"
         % (date(i50, "dmy."), de(25000), de(6000), de(t50), de(pd50), de(due50), iban_spaced(lk_iban)),
    exp=expected("LK-2026-57", due50, t50, i50, D(2026, 12, 21), "Thomas Reiter", "thomas.reiter@posteo.de", lk_iban, False, "de"),
    note="Tutor's typed invoice with 'bereits bezahlt' deducted: due = sum minus the deposit; Kleinunternehmer.")


# ------------------------------------------------------------------------------ non-invoices
def none(tool, lang, kind, frm, fname, to_addr, to_name, subj, mdate, why, note, **kw):
    add(tool, lang, kind, frm, fname, to_addr, to_name, subj, mdate, why=why, note=note, **kw)


# N1 annual fee announcement, invoice to follow (nl)
none("typed (Gmail)", "nl", "none", "penningmeester@mhc-vlietlanden.nl", "MHC Vlietlanden - Penningmeester", "leden@mhc-vlietlanden.nl",
     "Leden MHC Vlietlanden", "Contributie 2026-2027: bedragen en wanneer de factuur komt", D(2026, 8, 20),
     text="Beste leden en ouders,\n\nDe ALV heeft in juni de contributie voor het seizoen 2026-2027 vastgesteld:\n\n"
          "Senioren                 € %s\nJunioren A/B             € %s\nJunioren C t/m F         € %s\nFunkey / Benjamins       € 95,00\n\n"
          "Heb je drie of meer gezinsleden lid, dan krijg je 10%% gezinskorting. De factuur volgt half september via de mail; "
          "je hoeft nu dus nog niets te betalen. Betaling via de clubrekening %s kan dan tot 30 september.\n\n"
          "Sportieve groet,\nMarleen Oosterhout\npenningmeester" % (nl(28500), nl(21000), nl(18500), iban_spaced(mh_iban)),
     why="An announcement of next season's fees; it says the invoice follows and nothing is due yet.",
     note="Fee amounts, a discount rule, the club IBAN and a payment deadline in a mail sent to all members before the invoices.")

# N2 payment-plan confirmation (nl)
pp = [(D(2027, 2, 15), 1200000), (D(2027, 3, 15), 1200000), (D(2027, 4, 15), e_due - 2400000)]
none("typed (Outlook)", "nl", "none", "facturen@kroeze-bouw.nl", "Bouwbedrijf Gebr. Kroeze B.V.", "r.haverkamp@ziggo.nl",
     "R. Haverkamp", "Bevestiging betalingsregeling eindfactuur F-2027-0007", D(2027, 2, 3),
     text="Beste Rob en Sanne,\n\nZoals telefonisch besproken bevestig ik hierbij de betalingsregeling voor de eindfactuur "
          "F-2027-0007 van € %s:\n\n%s\n\nBij deze termijnen brengen wij geen rente in rekening. Wordt een termijn niet op tijd "
          "betaald, dan is het restant in één keer opeisbaar. Wilt u bij elke betaling het betalingskenmerk %s vermelden?\n\n"
          "Met vriendelijke groet,\nHenk Kroeze" % (nl(e_due), "\n".join("  - uiterlijk %s: € %s" % (date(d_, "dmy-"), nl(a)) for d_, a in pp),
                                                    grp4(k2)),
     why="A confirmation of a payment arrangement for an invoice already sent; it is no new invoice.",
     note="Invoice number, its due amount, three instalment dates and amounts and a betalingskenmerk.")

# N3 statement of account (en)
st_lines = [("18 Nov 2026", "INV-2214", "Invoice", t24, 0), ("01 Dec 2026", "Payment - thank you", "Payment", 0, t24),
            ("01 Dec 2026", "INV-2290", "Invoice", 34200, 0), ("04 Dec 2026", "CN-0093", "Credit note", 0, -c29),
            ("01 Jan 2027", "INV-2371", "Invoice", 34200, 0)]
bal = 0
rows_st = []
for d_, ref, typ, deb, cre in st_lines:
    bal += deb - cre
    rows_st.append((d_ + "  " + typ + " " + ref, en(deb) if deb else "", en(cre) if cre else "", en(bal)))
none("Xero", "en", "none", "billing@tanneryworks.co.uk", "The Tannery Works", "accounts@brightline-analytics.co.uk", None,
     "Statement from The Tannery Works for Brightline Analytics Ltd", D(2027, 1, 5),
     text="Hi Priya,\n\nPlease find attached your account statement as at 5 January 2027. The balance includes January's "
          "invoice INV-2371, sent separately on 1 January.\n\nThanks,\nTom\nThe Tannery Works",
     pages=doc("The Tannery Works", ["22 Tannery Lane", "Leeds LS9 8AB"], ["Brightline Analytics Ltd", "5 Sovereign Street",
               "Leeds LS1 4BA"], "STATEMENT", [("Date", "5 Jan 2027"), ("Period", "1 Nov 2026 - 5 Jan 2027")],
               [("Activity", 56, "left"), ("Invoiced", 390, "right"), ("Payments", 460, "right"), ("Balance GBP", 539, "right")],
               rows_st, [("BALANCE DUE GBP", en(bal), True)], ["Overdue: " + en(0) + "   Current: " + en(bal)], tw_foot),
     fn="Statement.pdf",
     why="A statement of account listing invoices, a payment and a credit note; each open invoice was sent on its own.",
     note="Open and paid lines with a running balance and a 'balance due'; invoice numbers as line references.")

# N4 rent increase notice (de)
none("Word (PDF)", "de", "none", "h.ziegler.vermietung@gmx.de", "Helmut Ziegler", "lisa.brenner@posteo.de", "Lisa Brenner",
     "Mieterhöhungsverlangen Wohnung Gartenstraße 5, 2. OG links", D(2026, 12, 9), b64=True,
     text="Sehr geehrte Frau Brenner,\n\nanbei mein Schreiben zur Anpassung der Miete an die ortsübliche Vergleichsmiete. "
          "Das Original geht Ihnen zusätzlich per Post zu.\n\nMit freundlichen Grüßen\nHelmut Ziegler",
     pages=doc("Helmut Ziegler", ["Eichendorffweg 2", "69121 Heidelberg"], ["Frau Lisa Brenner", "Gartenstraße 5", "69115 Heidelberg"],
               "Mieterhöhungsverlangen nach § 558 BGB", [("Datum", "09.12.2026"), ("Mietobjekt", "Gartenstraße 5, 2. OG links, 68 m²")],
               [("", 56, "left"), ("bisher", 440, "right"), ("ab 01.03.2027", 539, "right")],
               [("Nettokaltmiete", de(71400), de(78500)), ("Betriebskostenvorauszahlung", de(18500), de(18500)),
                ("Heizkostenvorauszahlung", de(9000), de(9000)), ("Gesamtmiete monatlich", de(98900), de(106000))],
               [],
               ["Die neue Nettokaltmiete von 11,54 €/m² liegt innerhalb der Spanne des Mietspiegels Heidelberg 2025.",
                "Bitte stimmen Sie der Erhöhung bis zum 28.02.2027 schriftlich zu. Die erhöhte Miete ist erstmals",
                "zum 01.03.2027 zu zahlen; bitte passen Sie dann Ihren Dauerauftrag an."], []),
     fn="Mieterhoehung_Gartenstrasse5.pdf",
     why="A rent increase request asking for consent; the new rent is payable from a future month, nothing is invoiced.",
     note="A table of old and new monthly amounts with a 'Gesamtmiete' line, a deadline and a date from which to pay.")

# N5 service-cost settlement with a refund (nl)
w5 = 58120
vs5 = 12 * 5500
none("Word (PDF)", "nl", "none", "administratie@rozendaalvastgoed.nl", "Vastgoed Rozendaal B.V.", "femke.terhorst@gmail.com",
     "F. ter Horst", "Afrekening servicekosten 2025 - Kerkstraat 12b", D(2026, 6, 25),
     text="Geachte mevrouw Ter Horst,\n\nBijgaand de afrekening van de servicekosten over 2025. U heeft te veel voorschot betaald; "
          "het verschil storten wij binnen vier weken terug op uw rekening.\n\nMet vriendelijke groet,\nVastgoed Rozendaal B.V.",
     pages=doc("Vastgoed Rozendaal B.V.", ["Postbus 455", "6800 AL Arnhem"], ["Mevr. F. ter Horst", "Kerkstraat 12b", "6811 DM Arnhem"],
               "Afrekening servicekosten 2025",
               [("Kenmerk", "SK25-0012B"), ("Datum", date(D(2026, 6, 24), "dmy-")), ("Periode", "1-1-2025 t/m 31-12-2025")],
               [("Kostenpost", 56, "left"), ("Uw aandeel", 539, "right")],
               [("Schoonmaak algemene ruimten", nl(22400)), ("Elektra algemene ruimten", nl(10660)), ("Glazenwasser", nl(9600)),
                ("Onderhoud groen en lift (huurdersdeel)", nl(15460))],
               [("Werkelijke kosten 2025", nl(w5), False), ("Betaalde voorschotten (12 x € 55,00)", "-" + nl(vs5), False),
                ("Terug te ontvangen", "€ " + nl(vs5 - w5), True)],
               ["Het te veel betaalde bedrag wordt binnen 4 weken overgemaakt naar uw rekening NL** INGB **** **52 19."], []),
     fn="afrekening_servicekosten_2025_12b.pdf",
     why="A service-cost settlement whose balance is a refund to the tenant; the tenant owes nothing.",
     note="Same layout as the settlement with a balance to pay (an invoice in this set); here the bold line is money going back.")

# N6 subscription renewal notice (en)
none("Stripe", "en", "none", "billing@ledgerly.io", "Ledgerly", "ap@harborvine.com", None, "Your Ledgerly subscription renews soon",
     D(2026, 12, 15),
     html="<html><body style=\"font-family:-apple-system,Segoe UI,sans-serif\"><h2>Your Team plan renews on %s</h2>"
          "<p>Hi Harbor &amp; Vine Consulting,</p><p>This is a reminder that your annual Team plan (8 seats) will renew automatically "
          "on <b>%s</b> for <b>$%s</b>. We'll send an invoice on that day, payable within 30 days.</p>"
          "<p>Need to add or remove seats first? <a href=\"https://app.ledgerly.io/settings/billing\">Manage your subscription</a>.</p>"
          "<p>&mdash; The Ledgerly team</p></body></html>" % (date(i25, "us"), date(i25, "us"), en(t25)),
     why="A renewal notice: the invoice is issued on the renewal date; nothing is billed by this mail.",
     note="Amount, plan, and 'payable within 30 days' in a pre-renewal notice.")

# N7 direct debit collected receipt (en)
none("GoCardless", "en", "none", "help@gocardless.com", "Little Acorns Childcare via GoCardless", "siobhan.byrne@eircom.net",
     "Siobhán Byrne", "Payment of €%s to Little Acorns Childcare collected" % en(t27), D(2027, 1, 5),
     text="Hi Siobhán,\n\nYour payment of €%s to Little Acorns Childcare has been collected from your bank account "
          "(ending 8815). It will appear on your statement as LITTLEACORNS-LA270112.\n\nPayment reference: LA-27-0112\n"
          "Date collected: %s\n\nIf you have any questions about this payment, please contact Little Acorns Childcare at "
          "accounts@littleacorns-naas.ie.\n\nGoCardless Ltd is authorised by the Financial Conduct Authority." % (en(t27), date(dd27, "long", "en")),
     why="A receipt that a direct debit was collected; the invoice it paid was sent before.",
     note="Invoice number, amount and date of a paid invoice in a payment-provider receipt sent in the creditor's name.")

# N8 deposit receipt (nl, Flemish)
none("typed (Outlook)", "nl", "none", "facturatie@maesrenovatie.be", "Maes & Co Renovatiewerken", "koen.verstraete@skynet.be",
     "Koen Verstraete", "Ontvangstbevestiging voorschot werf Beverseaardeweg", D(2026, 5, 12),
     text="Dag Koen,\n\nWij bevestigen de ontvangst van uw voorschot van EUR %s (schijf 1, factuur F26/0151) op %s. "
          "Bedankt! De werken starten zoals gepland op maandag 1 juni.\n\nVolgende schijf (25%%) wordt gefactureerd bij het "
          "afwerken van de ruwbouw.\n\nMet vriendelijke groeten,\nPieter Maes" % (nl(s16t), "08/05/2026"),
     why="A confirmation that a deposit invoice was paid; nothing is asked.",
     note="A paid amount with the invoice it settled and the next stage's percentage.")

# N9 quote with a deposit schedule (nl)
q9 = 1250000
none("Word (PDF)", "nl", "none", "jansma.timmerwerk@hetnet.nl", "Timmer- en Onderhoudsbedrijf Jansma", "w.terpstra@kpnmail.nl",
     "W. Terpstra", "Offerte dakkapel O-2026-041", D(2026, 8, 28),
     text="Geachte heer Terpstra,\n\nNaar aanleiding van mijn bezoek stuur ik u hierbij de offerte voor de dakkapel. "
          "De offerte is 30 dagen geldig.\n\nMet vriendelijke groet,\nAuke Jansma",
     pages=doc("Timmer- en Onderhoudsbedrijf Jansma", ["Schrans 102", "8932 NJ Leeuwarden"], ["Dhr. W. Terpstra", "Tjerk Hiddesstraat 7",
               "8932 PA Leeuwarden"], "OFFERTE O-2026-041", [("Datum", "28-08-2026"), ("Geldig tot", "27-09-2026")],
               COLS_NL, [("Kunststof dakkapel 3,2 m incl. plaatsing en afwerking", "1", nl(1090000), nl(1090000)),
                         ("Rolluik elektrisch", "1", nl(95000), nl(95000)), ("Stukadoorswerk binnenzijde", "1", nl(65000), nl(65000))],
               [("Totaal excl. btw", nl(q9), False), ("Btw 21%", nl(vat(q9, 210)), False), ("Totaal incl. btw", "€ " + nl(q9 + vat(q9, 210)), True)],
               ["Betalingsschema: 30%% bij opdracht (€ %s), 40%% bij plaatsing (€ %s)," % (nl((q9 + vat(q9, 210)) * 30 // 100), nl(t_tot)),
                "30%% bij oplevering (€ %s), telkens binnen 8 dagen na factuur." % nl((q9 + vat(q9, 210)) - (q9 + vat(q9, 210)) * 30 // 100 - t_tot),
                "Voor akkoord: ......................................"], []),
     fn="Offerte_O-2026-041.pdf",
     why="A quote with a payment schedule; each stage will be invoiced after acceptance.",
     note="Totals, VAT and three instalment amounts with an 8-day term: the instalment invoice in this set bills the second one.")

# N10 termination confirmation, final invoice follows (de)
none("Abrechnungssystem (HTML)", "de", "none", "billing@termino.de", "Termino", "info@physio-am-markt.de", "Physiotherapie am Markt",
     "Bestätigung Ihrer Kündigung zum 31.03.2027", D(2027, 2, 10),
     html="<html><body style=\"font-family:Helvetica,Arial\"><p>Hallo Katrin Vogt,</p><p>wir bestätigen die Kündigung Ihres "
          "Tarifs Praxis (Kundennummer K-18820) zum <b>31.03.2027</b>. Bis dahin können Sie Termino wie gewohnt nutzen.</p>"
          "<p>Die bereits bezahlte Rechnung TS-2027-004512 (%s €) deckt den Zeitraum bis 31.03.2027 ab. Die noch offenen "
          "SMS-Erinnerungen des ersten Quartals stellen wir Ihnen mit einer Schlussrechnung Anfang April in Rechnung; "
          "sie wird wie gewohnt per Lastschrift eingezogen.</p><p>Ihre Daten können Sie bis 30.04.2027 exportieren.</p>"
          "<p>Schade, dass Sie gehen!<br>Ihr Termino-Team</p></body></html>" % de(t47),
     why="A termination confirmation; the final invoice is announced for later.",
     note="An earlier invoice's number and amount, a direct-debit mention and the word Schlussrechnung.")

# N11 booking confirmation with a payment schedule (en)
none("holiday lettings (HTML)", "en", "none", "bookings@trevennacottages.co.uk", "Trevenna Cottages", "j.hollins@gmail.com",
     "James Hollins", "Booking confirmed: Gull Cottage, 14-21 August 2027 (ref TC-7714)", D(2026, 11, 14),
     html="<html><body style=\"font-family:Georgia\"><p>Dear James,</p><p>Thank you for booking Gull Cottage! Your stay is confirmed.</p>"
          "<table cellpadding=\"4\"><tr><td>Booking ref</td><td>TC-7714</td></tr><tr><td>Arrive</td><td>Saturday 14 August 2027, from 4pm</td></tr>"
          "<tr><td>Depart</td><td>Saturday 21 August 2027, by 10am</td></tr><tr><td>Guests</td><td>4 adults, 1 dog</td></tr>"
          "<tr><td>Holiday price</td><td>£%s</td></tr><tr><td>Dog fee</td><td>£%s</td></tr><tr><td><b>Total</b></td><td><b>£%s</b></td></tr>"
          "<tr><td>Deposit paid 14 Nov 2026</td><td>£%s</td></tr><tr><td>Balance</td><td>£%s due by 17 July 2027</td></tr></table>"
          "<p>We'll email you a reminder with a payment link four weeks before the balance is due.</p>"
          "<p>Warm wishes,<br>Kerensa<br>Trevenna Cottages, St Agnes, Cornwall</p></body></html>"
          % (en(168500), en(3500), en(172000), en(43000), en(129000)),
     why="A booking confirmation with a payment schedule; the balance is asked for months later with its own link.",
     note="Total, deposit paid and a balance with a due date: looks like a final invoice less deposit, but is a confirmation.")

# N12 reminder typed by the syndic (nl, Flemish)
none("typed (Outlook)", "nl", "none", "boekhouding@syndicus-vanhoutte.be", "Syndicus Vanhoutte BV", "lien.declercq@telenet.be",
     "Lien De Clercq", "Herinnering provisie 1e kwartaal 2027", D(2027, 1, 27),
     text="Beste mevrouw De Clercq,\n\nBij nazicht van de rekeningen van de VME Residentie Ter Beke stellen wij vast dat de "
          "provisie voor het eerste kwartaal (factuur 2027/PR/0211 van %s, EUR %s, vervallen op 15/01/2027) nog niet betaald is.\n\n"
          "Mogen wij u vragen het bedrag zo spoedig mogelijk over te maken op %s met de mededeling %s? Heeft u intussen "
          "betaald, dan mag u deze herinnering als onbestaande beschouwen.\n\nMet vriendelijke groeten,\nSyndicus Vanhoutte BV"
          % (date(i15, "dmy/"), nl(p15), iban_spaced(sv_iban), o15),
     why="The business's own typed reminder about an invoice already sent; the invoice is the claim, not this mail.",
     note="The earlier invoice's number, amount, due date, IBAN and structured communication all in the body.")

# N13 membership card mail (de)
none("Vereinsverwaltung (HTML)", "de", "none", "beitraege@tus-eichenau.de", "TuS Eichenau 1921 e.V.", "hofbauer.m@t-online.de",
     "Familie Hofbauer", "Eure Mitgliedsausweise 2027", D(2027, 1, 20),
     html="<html><body style=\"font-family:Arial\"><p>Liebe Familie Hofbauer,</p><p>danke, der Beitrag für 2027 ist eingegangen! "
          "Anbei Eure digitalen Mitgliedsausweise &ndash; einfach in der Wallet speichern und am Eingang der Halle vorzeigen.</p>"
          "<table cellpadding=\"4\" style=\"border:1px solid #0055a4\"><tr><td>Mitgliedsnummer</td><td>3318-1 bis 3318-4</td></tr>"
          "<tr><td>Gültig bis</td><td>31.12.2027</td></tr><tr><td>Abteilungen</td><td>Turnen, Tennis</td></tr></table>"
          "<p>Mit dem Ausweis bekommt Ihr 10 %% Rabatt bei Sport Wimmer in Eichenau.</p><p>Sportliche Grüße<br>TuS Eichenau 1921 e.V.</p>"
          "</body></html>".replace("%%", "%"),
     why="A membership card mail after payment; nothing is billed.",
     note="Member numbers, a validity date and a discount percentage.")

# N14 price-change notice (en)
none("typed (Mailchimp)", "en", "none", "billing@tanneryworks.co.uk", "The Tannery Works", "accounts@brightline-analytics.co.uk", None,
     "Membership prices from 1 April 2027", D(2027, 2, 26),
     html="<html><body style=\"font-family:Arial\"><h2>A note on prices</h2><p>Hello Tannery members,</p>"
          "<p>For the first time in three years we're adjusting our prices, from <b>1 April 2027</b>:</p>"
          "<ul><li>Hot desk: £165 &rarr; £175 per month</li><li>Dedicated desk: £285 &rarr; £299 per month</li>"
          "<li>Meeting rooms: £20 &rarr; £22 per hour</li></ul><p>All prices exclude VAT. Your April invoice will show the new rate; "
          "as always, payment is due on the 1st of each month. If you'd like to talk it through, grab Tom in the kitchen.</p>"
          "<p>The Tannery Works</p></body></html>",
     why="A price-change notice for future invoices.", note="Old and new prices, 'payment is due on the 1st of each month'.")

# N15 annual childcare statement for the tax office (nl)
jo = [("Oktober", pr, 5535), ("November", maand, 9533), ("December", k12, u12)]
none("Flexkids", "nl", "none", "facturatie@kdv-dekleinereus.nl", "Kinderdagverblijf De Kleine Reus", "j.hoekstra83@outlook.com",
     "J. Hoekstra", "Jaaropgave kinderopvang 2026", D(2027, 1, 22),
     text="Beste ouder/verzorger,\n\nIn de bijlage vindt u de jaaropgave 2026 voor de definitieve vaststelling van uw "
          "kinderopvangtoeslag. Bewaar deze goed; de Belastingdienst kan erom vragen.\n\nMet vriendelijke groet,\nTeam De Kleine Reus",
     pages=doc("Kinderdagverblijf De Kleine Reus", ["Boerhaavelaan 60", "2334 ED Leiden", "LRK 172049385"],
               ["Dhr. J. Hoekstra", "Haarlemmerstraat 233", "2312 DS Leiden"], "Jaaropgave 2026",
               [("Kind", "Noor Hoekstra, geb. 11-03-2025"), ("BSN ouder", "*****4471"), ("Soort opvang", "Dagopvang")],
               [("Maand", 56, "left"), ("Uren", 360, "right"), ("Uurprijs", 440, "right"), ("Betaald", 539, "right")],
               [(m, nl(u), nl(tarief), nl(a)) for m, a, u in jo],
               [("Totaal betaald 2026", "€ " + nl(pr + maand + k12), True)],
               ["Deze jaaropgave is geen factuur. Alle facturen over 2026 zijn voldaan."], []),
     fn="Jaaropgave_2026.pdf",
     why="An annual childcare statement for the benefits office; everything on it was paid.",
     note="A table of months, hours, rate and amounts with a bold total, like an invoice.")

# N16 SEPA pre-notification (de)
none("Vereinsverwaltung (HTML)", "de", "none", "beitraege@tus-eichenau.de", "TuS Eichenau 1921 e.V.", "s.keller@arcor.de", "Sebastian Keller",
     "Vorabinformation SEPA-Lastschrift Mitgliedsbeitrag 2027", D(2027, 1, 2),
     text="Hallo Sebastian,\n\nwir informieren Dich vorab über den Einzug Deines Mitgliedsbeitrags:\n\n"
          "Betrag: %s €\nFälligkeit / Einzug: 15.01.2027\nGläubiger-ID: DE55ZZZ00000771902\nMandatsreferenz: TUS-2764\n"
          "Konto: DE** **** **** **** **31 07\n\nBitte sorge für ausreichende Deckung. Der Beitrag ist unverändert zum Vorjahr.\n\n"
          "Sportliche Grüße\nAndreas Pichlmaier, Kassenwart" % de(9600),
     why="A pre-notification of a direct debit for an agreed membership fee: no invoice number, nothing to transfer.",
     note="Amount, due/collection date, creditor ID and mandate reference. Decision: a pre-notification alone is not an invoice.")

# N17 tenancy deposit protection certificate (en)
none("deposit scheme (text)", "en", "none", "lettings@pennantestates.co.uk", "Pennant Estates Lettings", "ollie.brennan@gmail.com",
     "Oliver Brennan", "Your tenancy deposit is protected - 12 Cotham Vale, Flat 2", D(2026, 9, 18),
     text="Dear Oliver,\n\nWe confirm that the tenancy deposit of £1,650.00 you paid on 1 September 2026 has been protected "
          "with the Deposit Protection Service (custodial scheme).\n\nDeposit ID: 3318-7720-4156\nAmount protected: £1,650.00\n"
          "Tenancy start: 1 September 2026\nRent: £1,425.00 per calendar month, payable on the 1st\n\nYou'll receive the "
          "prescribed information and the DPS certificate by separate email. Keep your Deposit ID safe: you will need it to "
          "request repayment at the end of the tenancy.\n\nKind regards,\nPennant Estates Lettings",
     why="A confirmation that a deposit was paid and protected; nothing is owed.",
     note="A paid amount, an ID that looks like a reference and a monthly rent 'payable on the 1st'.")

# N18 remittance advice sent by the business to its own supplier (en)
none("Xero", "en", "none", "billing@tanneryworks.co.uk", "The Tannery Works", "accounts@yorkshirecoffeeroasters.co.uk",
     "Yorkshire Coffee Roasters", "Remittance advice - The Tannery Works", D(2026, 12, 11),
     text="Hi,\n\nPlease find below details of our payment to you.\n\nPayment date: 11 Dec 2026\nAmount paid: GBP 486.00\n\n"
          "Your invoice    Date          Amount\nYCR-10442       20 Nov 2026   GBP 291.60\nYCR-10487       27 Nov 2026   GBP 194.40\n\n"
          "Paid to: Yorkshire Coffee Roasters, sort code 40-11-62, account 71829302.\n\nThanks,\nThe Tannery Works accounts",
     why="A remittance advice: the business tells its supplier it has paid the supplier's invoices.",
     note="Invoice numbers, dates and amounts of invoices addressed to the sender itself.")

# N19 refund confirmation (de, Austria)
none("Musikschulverwaltung (HTML)", "de", "none", "office@klangwerk-graz.at", "Musikschule Klangwerk Graz", "b.hoelzl@aon.at",
     "Mag. Barbara Hölzl", "Rückerstattung Leihinstrument", D(2026, 11, 5),
     html="<html><body><p>Sehr geehrte Frau Mag. Hölzl,</p><p>da Leonie seit Oktober auf ihrer eigenen Geige spielt, erstatten "
          "wir die im Schulgeld enthaltene Leihgebühr von <b>EUR %s</b> (Rechnung SG-2026-0877).</p>"
          "<p>Der Betrag wird innerhalb der nächsten 10 Tage auf Ihr Konto AT** **** **** **** 0391 überwiesen. "
          "Eine Gutschrift erhalten Sie nicht gesondert.</p><p>Mit musikalischen Grüßen<br>Sekretariat</p></body></html>" % de(6000),
     why="A refund confirmation: money goes back to the customer; no credit note document is attached.",
     note="An invoice number and a refunded amount; explicitly says no separate Gutschrift follows.")

# N20 WEG Wirtschaftsplan with monthly Hausgeld (de)
none("WEG-Verwaltersoftware (PDF)", "de", "none", "buchhaltung@sommer-kraus-verwaltung.de", "Sommer & Kraus Immobilienverwaltung",
     "y.arslan@gmx.de", "Yasemin Arslan", "WEG Lindenallee 8 - Einzelwirtschaftsplan 2027", D(2026, 12, 16),
     text="Sehr geehrte Frau Arslan,\n\nanbei der von der Eigentümerversammlung am 08.12.2026 beschlossene Einzelwirtschaftsplan "
          "2027 für Ihre Wohnung. Das monatliche Hausgeld wird ab Januar jeweils zum 3. eines Monats eingezogen.\n\n"
          "Mit freundlichen Grüßen\nSommer & Kraus Immobilienverwaltung",
     pages=doc("WEG Lindenallee 8", ["vertreten durch Sommer & Kraus Immobilienverwaltung", "Königstraße 15, 90402 Nürnberg"],
               ["Frau Yasemin Arslan", "Lindenallee 8, WE 5", "90491 Nürnberg"], "Einzelwirtschaftsplan 2027",
               [("Wohnung", "WE 5, MEA 84,20/1000"), ("Beschluss", "ETV 08.12.2026, TOP 4")],
               [("Kostenart", 56, "left"), ("Gesamt WEG", 440, "right"), ("Ihr Anteil", 539, "right")],
               [("Bewirtschaftungskosten", de(3950000), de(332590)), ("Verwaltervergütung", de(540000), de(45468)),
                ("Erhaltungsrücklage", de(1380000), de(116196))],
               [("Jahresbetrag", de(494254) + " €", False), ("monatliches Hausgeld (gerundet)", de(41200) + " €", True)],
               ["Einzug jeweils zum 3. eines Monats per SEPA-Lastschrift, Mandatsreferenz WEG-LA8-005."], []),
     fn="Wirtschaftsplan_2027_WE5.pdf",
     why="A budget (Wirtschaftsplan) fixing the monthly Hausgeld for the year; not an invoice.",
     note="A yearly sum and a monthly amount in bold, a direct-debit note, on the same letterhead as the Hausgeld invoice.")

# N21 supplier invoice forwarded to the bookkeeper (nl)
none("typed (Gmail)", "nl", "none", "hallo@werkplaats013.nl", "De Werkplaats 013", "boekhouding@cijferwerk-tilburg.nl",
     "Cijferwerk Tilburg", "Fwd: Factuur 90021877 Koffiemachineservice Brabant", D(2026, 12, 3),
     text="Hoi Anouk,\n\nDeze is voor de administratie van december, al betaald via de zakelijke creditcard.\n\nGroet, Daan\n\n"
          "---------- Doorgestuurd bericht ---------\nVan: Koffiemachineservice Brabant <facturen@kmsbrabant.nl>\n"
          "Datum: 2 dec 2026 09:14\nOnderwerp: Factuur 90021877\nAan: hallo@werkplaats013.nl\n\n"
          "Geachte klant,\n\nFactuur 90021877 d.d. 02-12-2026\nOnderhoudscontract Jura GIGA X8, december 2026   € 89,00\n"
          "btw 21%   € 18,69\nTotaal   € 107,69\n\nTe voldoen binnen 14 dagen op NL63 RABO 0316 4420 18.\n\n"
          "Met vriendelijke groet,\nKoffiemachineservice Brabant",
     why="A supplier's invoice to the business, forwarded to its bookkeeper: a bill the business owes, not one it sends.",
     note="A complete invoice in the quoted text, sent from the business's own billing address.")

# N22 credit-note announcement without the credit note (en)
none("typed (Outlook)", "en", "none", "accounts@hartwellcrane.co.uk", "Hartwell & Crane Building Ltd", "okonkwo.family@btinternet.com",
     "Mr and Mrs Okonkwo", "Re: HC-1187 - roof lantern", D(2026, 10, 22),
     text="Dear Mr and Mrs Okonkwo,\n\nThank you for your email. You're quite right - the roof lantern was supplied by yourselves, "
          "so the £1,150.00 + VAT allowance in stage 2 should not have been charged. We will issue a credit note for £1,380.00 "
          "against invoice HC-1187 this week, and you can deduct it from the stage 3 payment.\n\nApologies for the error.\n\n"
          "Kind regards,\nJulie Crane",
     why="An announcement of a credit note; the credit note itself comes later.", note="A credit amount and the invoice it will reduce.")

# N23 receipt for cash payment (nl)
none("Word (PDF)", "nl", "none", "factuur@klankhuis-muziekschool.nl", "Muziekschool Het Klankhuis", "a.vermaat@kpnplanet.nl", "A. Vermaat",
     "Kwitantie lesgeld", D(2026, 9, 12),
     text="Beste mevrouw Vermaat,\n\nBedankt voor de contante betaling bij de open les. Hierbij de kwitantie voor uw administratie.\n\n"
          "Groet,\nMuziekschool Het Klankhuis",
     pages=doc("Muziekschool Het Klankhuis", ["Oude Gracht 210", "3511 NR Utrecht"], ["Mevr. A. Vermaat", "Biltstraat 77", "3572 AE Utrecht"],
               "KWITANTIE", [("Nummer", "K-2026-017"), ("Datum", "12-09-2026")], [], [],
               [("Ontvangen van mevr. A. Vermaat", "", False), ("Lesgeld Daan Vermaat, blokfluit groepsles, seizoen 2026-2027", "", False),
                ("Bedrag (contant voldaan)", "€ " + nl(29500), True)],
               ["Voor ontvangst getekend: J. de Gooijer, administratie"], []),
     fn="Kwitantie_K-2026-017.pdf",
     why="A receipt for fees paid in cash; nothing is owed.", note="A numbered document with an amount in bold, no IBAN, no due date.")

# N24 donation/membership fee certificate for the tax office (de)
none("Vereinsverwaltung (PDF)", "de", "none", "vorstand@foerderverein-stadtbuecherei-soest.de", "Förderverein Stadtbücherei Soest e.V.",
     "m.lueck@gmx.net", "Martina Lück", "Zuwendungsbestätigung 2026", D(2027, 1, 28),
     text="Liebe Frau Lück,\n\nvielen Dank für Ihre Unterstützung im Jahr 2026! Anbei Ihre Zuwendungsbestätigung für das Finanzamt.\n\n"
          "Herzliche Grüße\nDer Vorstand",
     pages=doc("Förderverein Stadtbücherei Soest e.V.", ["Hospitalgasse 3", "59494 Soest"], ["Frau Martina Lück", "Brüderstraße 11",
               "59494 Soest"], "Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge",
               [("Zeitraum", "01.01.2026 - 31.12.2026")],
               [("Datum der Zuwendung", 56, "left"), ("Art", 300, "left"), ("Betrag", 539, "right")],
               [("15.01.2026", "Mitgliedsbeitrag", de(3600) + " €"), ("12.06.2026", "Spende", de(5000) + " €"),
                ("01.12.2026", "Spende", de(2500) + " €")],
               [("Gesamtbetrag", de(11100) + " €", True)],
               ["in Worten: einhundertelf Euro", "Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.",
                "Wir sind wegen Förderung von Kunst und Kultur nach dem Freistellungsbescheid des FA Soest freigestellt."], []),
     fn="Zuwendungsbestaetigung_2026.pdf",
     why="A certificate of donations and fees received for the tax office; nothing is owed.",
     note="A table of dated amounts with a Gesamtbetrag, on a club's letterhead.")

# N25 deposit return statement at the end of a tenancy (en)
none("typed (Outlook)", "en", "none", "lettings@pennantestates.co.uk", "Pennant Estates Lettings", "ellie.wade@hotmail.co.uk",
     "Ellie Wade", "Deposit return - 5 Redland Grove, Flat 1", D(2026, 10, 14),
     text="Dear Ellie,\n\nFollowing the check-out inspection on 2 October, here is the proposed split of your tenancy deposit:\n\n"
          "Deposit held                              £1,500.00\nProfessional clean (oven, carpets)         -£185.00\n"
          "Replacement of lost front-door key         -£35.00\nTo be returned to you                     £1,280.00\n\n"
          "If you agree, please confirm through the DPS repayment request and the money will reach your account within 5 working days. "
          "If you do not agree, you can raise a dispute with the DPS at no cost.\n\nKind regards,\nPennant Estates Lettings",
     why="A deposit return proposal: deductions are taken from money held, and the balance goes back to the tenant.",
     note="Deductions with amounts and a bold-looking final figure; the money flows to the recipient.")


# ------------------------------------------------------------------------------ write
rng.shuffle(R)
for k, r in enumerate(R, 1):
    r["id"] = "inv-hold16-%03d" % k
    r2 = {"id": r.pop("id")}
    r2.update(r)
    R[k - 1] = r2
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout16.jsonl")
write(out, R)
print(len(R), "records,", sum(r["is_invoice"] for r in R), "invoices ->", out)
