"""heldout21: invoices people make themselves (Word, Excel, Google Docs/Sheets, Pages,
Numbers, Canva, LibreOffice, a notes app, a bare mail) by creatives, hospitality and event
freelancers and one-person trades -- 50 invoices and 25 mails from the same people that are
not invoices.  Every mail's text and layout is written by hand below; the generator draws
IBANs, message ids and the order (seed 20261221) and computes the sums.

    python3 corpus/invoices/gen/heldout21.py   # writes corpus/invoices/heldout21.jsonl
"""
import datetime
import email.header
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import Page, money  # noqa: E402

SEED = 20261221
rng = random.Random(SEED)
D = datetime.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout21.jsonl")


def plus(d, n):
    return d + datetime.timedelta(days=n)


def eom(d):
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return plus(nxt, -1)


def vat(net, pct):
    """VAT of @net cents at @pct percent, rounded half up."""
    return int((net * round(pct * 100) + 5000) // 10000)


def ib(country):
    """A random IBAN of @country with valid check digits (NL, DE, BE, GB through mailkit)."""
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "AT":
        bban = dg(16)
    elif country == "CH":
        bban = dg(17)
    else:
        raise ValueError(country)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


sp = mk.iban_spaced


def eur(c, style="nl"):
    return "€ " + money(c, style)


def eurd(c):
    return money(c, "de") + " €"


def gbp(c):
    return "£" + money(c, "en")


def usd(c):
    return "$" + money(c, "en")


def chf(c):
    return "CHF " + money(c, "ch")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode()


# ---------------------------------------------------------------------------------------
# PDF pages: a Word/Docs-like letter (A: sender left, address in the right window; B: a
# right-aligned letterhead, address left; C: a big name, the facts in a column of their own
# at the right beside the address).  @rows are tuples matching @cols.

def doc(head, addr, title, meta=(), cols=None, rows=(), totals=(), after=(), foot=(),
        style="A", ret=None, title_size=15, page=None):
    p = page or Page()
    if style == "A":
        p.text(56, 62, head[0], 16, True)
        y = 76
        for h in head[1:]:
            p.text(56, y, h, 8)
            y += 11
        ax = 325
    elif style == "B":
        p.right(539, 62, head[0], 16, True)
        y = 76
        for h in head[1:]:
            p.right(539, y, h, 8)
            y += 11
        ax = 56
    else:  # "C"
        p.text(56, 66, head[0], 20, True)
        y = 82
        for h in head[1:]:
            p.text(56, y, h, 8)
            y += 11
        ax = 56
    if ret:
        p.text(ax, 140, ret, 7)
    y = 155
    for a in addr:
        p.text(ax, y, a, 10)
        y += 13
    if style == "C":
        my = 155
        for lab, val in meta:
            p.text(340, my, lab, 9, True)
            p.right(539, my, val, 9)
            my += 13
        y = max(y, my)
    y = max(y, 215) + 28
    p.text(56, y, title, title_size, True)
    y += 22
    if style != "C":
        for lab, val in meta:
            p.text(56, y, lab, 9)
            p.text(180, y, val, 9)
            y += 13
    y += 16
    if cols:
        xs = {4: [56, 350, 445, 539], 3: [56, 445, 539], 2: [56, 539]}[len(cols)]
        if cols[0]:
            p.text(56, y, cols[0], 9, True)
        for i in range(1, len(cols)):
            if cols[i]:
                p.right(xs[i], y, cols[i], 9, True)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
        for r in rows:
            p.text(56, y, r[0], 9)
            for i, c in enumerate(r[1:], 1):
                if c:
                    p.right(xs[i], y, c, 9)
            y += 14
        p.rule(56, y - 6, 539, y - 6)
        y += 8
    for t in totals:
        b = len(t) > 2 and t[2]
        p.text(310, y, t[0], 10 if b else 9, b)
        p.right(539, y, t[1], 10 if b else 9, b)
        y += 14
    y += 14
    for line in after:
        if line:
            p.text(56, y, line, 9)
        y += 13
    fy = 806 - 10 * len(foot)
    for f in foot:
        p.text(56, fy, f, 7.5)
        fy += 10
    return p


# ---------------------------------------------------------------------------------------
# HTML bodies: Gmail, Outlook, and a table pasted from Google Sheets or Excel.

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail(paras):
    out = []
    for p in paras:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append("<div>%s</div><div><br></div>" % esc(p).replace("\n", "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>"


def outlook(paras, lang="NL"):
    out = []
    for p in paras:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif}</style></head><body lang=%s link="#0563C1">'
            '<div class=WordSection1>%s</div></body></html>' % (lang, "".join(out)))


def gsheet(rows):
    tr = []
    for i, r in enumerate(rows):
        tds = "".join('<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;%s">%s</td>'
                      % ("font-weight:bold;" if i == 0 else ("text-align:right;" if k else ""), esc(c))
                      for k, c in enumerate(r))
        tr.append('<tr style="height:21px">%s</tr>' % tds)
    return ('<google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" '
            'cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none"><tbody>%s</tbody></table>'
            '</google-sheets-html-origin>' % "".join(tr))


def xltable(rows):
    tr = []
    for i, r in enumerate(rows):
        tds = "".join('<td class=xl%d style="border:.5pt solid windowtext;padding:0 4px">%s</td>'
                      % (65 + (i == 0), esc(c)) for c in r)
        tr.append("<tr style='height:15.0pt'>%s</tr>" % tds)
    return ('<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=480 '
            'style="border-collapse:collapse">%s</table>' % "".join(tr))


# ---------------------------------------------------------------------------------------

RECS = []


def R(tool, lang, country, kind, frm, name, to, subject, d, text=None, html=None, pages=None,
      fname=None, exp=None, why=None, note=""):
    to_name, to_addr = to
    if to_name:
        q = '"%s"' % to_name if re.search(r"[,.&()@]", to_name) else to_name
        to_header = "%s <%s>" % (q, to_addr)
    else:
        to_header = to_addr
    eml = mk.mail(rng, frm, name, to_header, subj(subject), d, text, html, pdf=pages is not None)
    RECS.append(dict(tool=tool, lang=lang, country=country, kind=kind if exp else "none",
                     envelope={"mail_from": frm, "rcpt_to": [to_addr]}, eml=eml, pages=pages,
                     fname=fname, exp=exp, why=why, note=note, to_header=to_header))


def E(number, due, total, issue, due_date, name, email_, iban_, business, lang, ref=None, cur="EUR"):
    return mk.expected(number, due, total, issue, due_date, name, email_, iban_, business, lang,
                       reference=ref, currency=cur)

# ======================================================================================
# Dutch invoices (20; 5 Flemish)
# ======================================================================================

def nl01():
    d = D(2026, 11, 24)
    i = ib("NL")
    net = 145000 + 28500
    v = vat(net, 21)
    tot = net + v
    due = tot - 25000
    p = doc(["Lotte Verbeek Fotografie", "Kerkstraat 14 · 3811 CV Amersfoort",
             "06 41 27 88 03 · hallo@lotteverbeek.nl · KvK 81234567 · btw NL004127735B61"],
            ["Sanne de Wit en Joris Bakker", "Vlietweg 8", "3822 AB Amersfoort"],
            "FACTUUR",
            [("Factuur nr:", "2026-7"), ("Datum:", "24 november 2026"), ("Betreft:", "bruiloft 19 september 2026")],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
            [("Reportage bruiloft, hele dag (9 uur)", "1", eur(145000), eur(145000)),
             ("Fotoalbum linnen 30x30, 40 pagina's", "1", eur(28500), eur(28500))],
            [("Subtotaal", eur(net)), ("Btw 21%", eur(v)), ("Totaal", eur(tot), True),
             ("aanbetaling ontvangen 14/9:", "- " + eur(25000)), ("Nog te betalen", eur(due), True)],
            ["Graag binnen 2 weken overmaken op " + sp(i) + " t.n.v. L.M. Verbeek",
             "onder vermelding van het factuurnummer. Dank jullie wel voor het vertrouwen!"],
            ["Lotte Verbeek Fotografie is een eenmanszaak van Lotte Verbeek"])
    R("Word", "nl", "NL", "pdf", "hallo@lotteverbeek.nl", "Lotte Verbeek", ("Sanne de Wit", "sanne.dewit@gmail.com"),
      "Factuur bruiloft 🙂", d,
      text="Hoi Sanne,\n\nHier de factuur voor de bruiloft, eindelijk! Het album is gisteren bij de "
           "drukker vandaan gekomen en ligt klaar, ik breng hem zaterdag langs als dat past.\n\n"
           "De aanbetaling van september heb ik er al vanaf gehaald.\n\nLiefs, en groetjes aan Joris,\nLotte",
      pages=[p], fname="Factuur 2026-7 De Wit-Bakker.pdf",
      exp=E("2026-7", due, tot, d, plus(d, 14), "Sanne de Wit en Joris Bakker", "sanne.dewit@gmail.com", i, False, "nl"),
      note="Word invoice of a wedding photographer; the mail is a friendly letter; deposit paid in "
           "September deducted (due < total); term 'graag binnen 2 weken'; account holder L.M. Verbeek.")


def nl02():
    d = D(2026, 11, 30)
    i = ib("NL")
    rows, net = [], 0
    for wk, desq in (("wk 45", 3), ("wk 46", 3), ("wk 47", 4), ("wk 48", 3)):
        for item, n, pr in (("desembrood", desq * 6, 425), ("kaneelbroodjes", desq * 24, 135)):
            a = n * pr
            net += a
            rows.append(("%s  %s" % (wk, item), str(n), eur(pr), eur(a)))
    v = vat(net, 9)
    tot = net + v
    p = doc(["Bakkerij Kruimel", "marktkraam & ambachtelijk brood", "Molenweg 3a, 7411 KT Deventer",
             "06-19238476 / bestellen@bakkerijkruimel.nl"],
            ["Koffiebar De Molen", "t.a.v. Gijs Hendriks", "Brink 41", "7411 BT Deventer"],
            "Factuur", [("Factuur nr", "F12"), ("Factuurdatum", "30-11-2026"), ("Periode", "november 2026 (week 45 t/m 48)")],
            ("Levering", "Aantal", "Stukprijs", "Totaal"), rows,
            [("Totaal excl. btw", eur(net)), ("btw 9%", eur(v)), ("Te betalen", eur(tot), True)],
            ["Betaling binnen 14 dagen op rekening " + sp(i) + " (B. Kruimel-Oosting).",
             "KvK 90011223   btw-id NL003344556B09"])
    R("Excel", "nl", "NL", "pdf", "bestellen@bakkerijkruimel.nl", "Bakkerij Kruimel", ("Gijs Hendriks", "gijs@koffiebardemolen.nl"),
      "factuur november", d,
      text="Hoi Gijs,\n\nIn de bijlage de factuur van de leveringen in november.\nVolgende week vrijdag "
           "geen levering, dan sta ik op de kerstmarkt in Zwolle.\n\nGroet, Bea",
      pages=[p], fname="F12.pdf",
      exp=E("F12", tot, tot, d, plus(d, 14), "Koffiebar De Molen", "gijs@koffiebardemolen.nl", i, True, "nl"),
      note="Excel sheet of a market-stall baker supplying a café: number 'F12' after a label without "
           "colon, eight delivery lines by week, 9% btw; addressed t.a.v. a person (debtor is the café).")


def nl03():
    d = D(2026, 11, 16)
    i = ib("NL")
    tot = 65000
    p = doc(["STUDIO INKTVIS", "illustratie & lettering", "studio@inktvis.nl  ·  www.inktvis.nl"],
            ["Uitgeverij Boomgaard B.V.", "afd. Crediteuren", "Postbus 1172", "3500 BD Utrecht"],
            "factuur #0031", [("Factuurdatun", "16-11-2026"), ("Jullie ref.", "PO 26-3391")],
            ("wat", "bedrag"),
            [("Omslagillustratie 'De Vossenjacht' incl. 2 correctierondes", eur(55000)),
             ("Lettering titel + rug", eur(10000))],
            [("Totaal", eur(tot), True)],
            ["Zegge: zeshonderdvijftig euro.",
             "KOR: vrijgesteld van btw (art. 25 Wet OB).",
             "Betaling binnen 30 dagen na factuurdatum op " + sp(i),
             "t.n.v. M.J. Hoekstra. Vermeld aub #0031."],
            ["Studio Inktvis · Marit Hoekstra · KvK 77889900 · Utrecht"], style="C",
            title_size=22)
    R("Canva", "nl", "NL", "pdf", "studio@inktvis.nl", "Studio Inktvis", ("Crediteurenadministratie Boomgaard", "crediteuren@boomgaard-uitgevers.nl"),
      "Factuur #0031 - omslag De Vossenjacht (PO 26-3391)", d,
      text="Beste crediteurenadministratie,\n\nBijgaand factuur #0031 voor de omslag van De Vossenjacht, "
           "besteld onder PO 26-3391 door Elise van Noort.\n\nMet vriendelijke groet,\nMarit Hoekstra\nStudio Inktvis",
      pages=[p], fname="inktvis_factuur_0031.pdf",
      exp=E("0031", tot, tot, d, plus(d, 30), "Uitgeverij Boomgaard B.V.", "crediteuren@boomgaard-uitgevers.nl", i, True, "nl"),
      note="Canva invoice in lower case with 'Factuurdatun' (typo), number '#0031' in the title, a PO "
           "number beside it, KOR no-VAT note, the total also in words, account holder differs from the studio.")


def nl04():
    d = D(2026, 11, 23)
    i = ib("NL")
    km = 86 * 2
    kmc = km * 23
    net = 85000 + 12500 + kmc
    tot = net
    p = doc(["DJ Ramon", "Ramon Kuipers · Lange Nieuwstraat 77 · 1972 GD IJmuiden",
             "ramon@djramon.nl · 06 28 44 19 20 · KvK 67112009"],
            ["Mevr. N. Aydın en dhr. K. Smit", "Zandvoortselaan 190", "2106 CR Heemstede"],
            "Factuur", [("Factuurnummer:", "DJR-2026-19"), ("Datum:", "23-11-2026"),
                        ("Feest:", "bruiloft 21 november 2026, Landgoed Groenendaal")],
            ("Omschrijving", "Aantal", "Tarief", "Bedrag"),
            [("DJ-set 20:00 – 01:00 incl. geluid", "1", eur(85000), eur(85000)),
             ("Lichtset + dansvloerverlichting", "1", eur(12500), eur(12500)),
             ("Kilometervergoeding (2 x 86 km)", str(km), eur(23), eur(kmc))],
            [("Totaal", eur(tot), True)],
            ["Kleineondernemersregeling: geen btw in rekening gebracht.",
             "Te betalen voor 7-12-2026 op " + sp(i) + " (R. Kuipers)",
             "of makkelijk via Tikkie: https://tikkie.me/pay/djramon/8hQ2mXr4"])
    R("Google Docs", "nl", "NL", "pdf", "ramon@djramon.nl", "DJ Ramon", ("Nilay Aydın", "nilay.aydin@hotmail.com"),
      "Factuur DJ bruiloft 21-11", d,
      text="Hoi Nilay en Koen,\n\nWat een feest was het zaterdag! De dansvloer was tot het eind vol.\n"
           "Zoals beloofd de factuur in de bijlage.\n\nGroetjes,\nRamon",
      pages=[p], fname="Factuur DJR-2026-19.pdf",
      exp=E("DJR-2026-19", tot, tot, d, D(2026, 12, 7), "N. Aydın en K. Smit", "nilay.aydin@hotmail.com", i, False, "nl"),
      note="Google Docs invoice of a wedding DJ: kilometre allowance line (172 km x € 0,23), KOR note, "
           "a Tikkie link beside the IBAN; couple named one by one with titles dropped.")


def nl05():
    d = D(2026, 11, 27)
    i = ib("NL")
    lab = 11 * 4850 + 2425  # 11,5 uur
    mat = 18760 + 4395 + 1290
    net = lab + mat
    v = vat(net, 21)
    tot = net + v
    p = doc(["Klussenbedrijf Henk Jansen", "Fazantstraat 9", "6542 SG Nijmegen", "tel. 06-52889031",
             "klussen.henkjansen@ziggo.nl"],
            ["Fam. Wijers", "Heyendaalseweg 212", "6525 SL Nijmegen"],
            "Factuur nr: 2026-041",
            [("Datum:", "27 november 2026"), ("Werkzaamheden:", "badkamer kitwerk + nieuwe zolderluik")],
            ("Omschrijving", "Aantal", "Prijs", "Totaal"),
            [("Arbeid 23-11 t/m 25-11", "11,5 uur", eur(4850), eur(lab)),
             ("Zolderluik vuren 70x100 compleet", "1", eur(18760), eur(18760)),
             ("Sanitairkit + primer", "1", eur(4395), eur(4395)),
             ("Klein materiaal", "1", eur(1290), eur(1290))],
            [("Totaal excl.", eur(net)), ("BTW 21 %", eur(v)), ("Totaal incl.", eur(tot), True)],
            ["Betalen graag binnen 14 dagen naar " + sp(i) + " t.n.v. H. Jansen.",
             "KvK 51907733, btw NL001938822B44"], style="B")
    R("LibreOffice", "nl", "NL", "pdf", "klussen.henkjansen@ziggo.nl", "Henk Jansen", ("", "wijers.nijmegen@kpnmail.nl"),
      "Factuur", d,
      text="Goedemiddag familie Wijers,\n\nHierbij de factuur van de klussen van vorige week. "
           "Het luik sluit nu goed, mocht er iets zijn hoor ik het graag.\n\nMvg\nHenk Jansen",
      pages=[p], fname="factuur 2026-041.pdf",
      exp=E("2026-041", tot, tot, d, plus(d, 14), "Fam. Wijers", "wijers.nijmegen@kpnmail.nl", i, False, "nl"),
      note="LibreOffice letter with a right-aligned letterhead; the number in the title ('Factuur nr: "
           "2026-041'); hours as '11,5 uur'; total labelled 'Totaal incl.'; a bare To address.")


def nl06():
    d = D(2026, 11, 20)
    i = ib("BE")
    a1, a2, a3 = 45 * 2450, 45 * 650, 18000
    net = a1 + a2 + a3
    v = vat(a1 + a2, 12) + vat(a3, 21)
    tot = net + v
    ref = "+++090/1126/20080+++"
    p = doc(["Traiteur Lien", "Lien Vermeersch", "Overpoortstraat 118, 9000 Gent",
             "0477 31 82 05 · info@traiteurlien.be", "ondernemingsnr. BE 0781.224.609"],
            ["Architectenbureau Vandamme BV", "Coupure Links 44", "9000 Gent"],
            "FACTUUR 2026/071",
            [("Factuurdatum", "20/11/2026"), ("Vervaldag", "20/12/2026"), ("Event", "receptie 10 jaar bureau, 14/11")],
            ("Omschrijving", "Aantal", "Eenheid", "Totaal"),
            [("Walking dinner, 6 gangen", "45", eur(2450), eur(a1)),
             ("Dranken à volonté (3 u)", "45", eur(650), eur(a2)),
             ("Bediening 2 personen", "1", eur(18000), eur(a3))],
            [("Totaal excl. btw", eur(net)), ("btw 12% / 21%", eur(v)), ("Totaal te betalen", eur(tot), True)],
            ["Gelieve te betalen op rekening " + sp(i) + " met mededeling " + ref + "."],
            ["Traiteur Lien – Lien Vermeersch – BTW BE 0781.224.609 – KBC Gent"])
    R("Word", "nl", "BE", "pdf", "info@traiteurlien.be", "Traiteur Lien", ("Karen Vandamme", "karen@vandamme-architecten.be"),
      "Factuur receptie 14/11", d,
      text="Dag Karen,\n\nNog eens bedankt voor de fijne samenwerking. In bijlage vind je de factuur "
           "voor de receptie.\n\nVriendelijke groeten\nLien",
      pages=[p], fname="FACTUUR 2026-071 Vandamme.pdf",
      exp=E("2026/071", tot, tot, d, D(2026, 12, 20), "Architectenbureau Vandamme BV", "karen@vandamme-architecten.be", i, True, "nl", ref=ref),
      note="Flemish caterer's Word invoice: two VAT rates on one line (12% food, 21% service), a "
           "structured communication, 'Vervaldag' printed, number with a slash.")


def nl07():
    d = D(2026, 11, 30)
    i = ib("BE")
    n = 10
    tot = n * 6500
    p = doc(["Yoga met Ellen", "Ellen Van Damme", "Stationsstraat 12, 9620 Zottegem", "ellen@yogametellen.be"],
            ["Gemeente Zottegem", "Dienst Vrije Tijd", "Markt 1", "9620 Zottegem"],
            "Factuur",
            [("Nummer", "YME-2026-014"), ("Datum", "30 november 2026"), ("Bestelbon", "BB/VT/2026/0288"),
             ("Betalingstermijn", "30 dagen")],
            ("Omschrijving", "Lessen", "Per les", "Bedrag"),
            [("Seniorenyoga dienstencentrum (sept.–nov.)", str(n), eur(6500), eur(tot))],
            [("Totaal", eur(tot), True)],
            ["Bijzondere vrijstellingsregeling kleine ondernemingen – btw niet van toepassing.",
             "",
             "Rekening " + sp(i) + " – Ellen Van Damme",
             "Vermelding: YME-2026-014"], style="C")
    R("Pages", "nl", "BE", "pdf", "ellen@yogametellen.be", "Ellen Van Damme", ("Facturen Gemeente Zottegem", "facturen@zottegem.be"),
      "Factuur YME-2026-014 - bestelbon BB/VT/2026/0288", d,
      text="Goeiedag,\n\nIn bijlage mijn factuur voor de lessen seniorenyoga in het dienstencentrum, "
           "bestelbon BB/VT/2026/0288.\n\nMet vriendelijke groeten\nEllen Van Damme",
      pages=[p], fname="YME-2026-014.pdf",
      exp=E("YME-2026-014", tot, tot, d, plus(d, 30), "Gemeente Zottegem", "facturen@zottegem.be", i, True, "nl"),
      note="Pages invoice of a yoga teacher to a municipality (public customer): facts in a column "
           "beside the address, an order number, the VAT-exempt small-business note; 'Vermelding' "
           "repeats the number (no payment reference).")


def nl08():
    d = D(2026, 12, 2)
    i = ib("NL")
    nights, guests = 3, 4
    kam = 2 * nights * 11500
    ont = guests * nights * 1450
    tb = guests * nights * 275
    net = kam + ont
    v = vat(net, 9)
    tot = net + v + tb
    p = doc(["B&B De Zeeuwse Knop", "Noordstraat 31 · 4331 BK Middelburg",
             "06 53 17 40 92 · kamers@dezeeuwseknop.nl"],
            ["Hoogland Bouwadvies B.V.", "t.a.v. administratie", "Industrieweg 12", "4538 AG Terneuzen"],
            "Factuur nr. 2026-112",
            [("Datum", "2 december 2026"), ("Gasten", "4 pers., 2 kamers, 24–27 november"),
             ("Te betalen voor", "16 december 2026")],
            ("", "Aantal", "Prijs", "Totaal"),
            [("Overnachting tweepersoonskamer", "6", eur(11500), eur(kam)),
             ("Ontbijt", "12", eur(1450), eur(ont)),
             ("Toeristenbelasting (geen btw)", "12", eur(275), eur(tb))],
            [("Totaal excl. btw", eur(net + tb)), ("Btw 9%", eur(v)), ("Totaal", eur(tot), True)],
            ["Graag overmaken op " + sp(i) + " t.n.v. Knop Logies V.O.F."],
            ["KvK 70001288 · btw NL858001288B01"], style="B")
    R("Numbers", "nl", "NL", "pdf", "kamers@dezeeuwseknop.nl", "B&B De Zeeuwse Knop", ("", "administratie@hooglandbouwadvies.nl"),
      "Factuur verblijf 24-27 november", d,
      text="Geachte heer/mevrouw,\n\nVoor het verblijf van uw collega's stuur ik u hierbij de factuur.\n\n"
           "Met vriendelijke groet,\nWilma Knop",
      pages=[p], fname="Factuur_2026-112.pdf",
      exp=E("2026-112", tot, tot, d, D(2026, 12, 16), "Hoogland Bouwadvies B.V.", "administratie@hooglandbouwadvies.nl", i, True, "nl"),
      note="Numbers invoice of a B&B: a tourist-tax line outside VAT, the VAT base excluding it, a "
           "printed 'Te betalen voor'; account holder a V.O.F. under another name.")


def nl09():
    d = D(2026, 11, 18)
    i = ib("NL")
    words = 4820
    a1 = words * 12
    a2 = 3500
    net = a1 + a2
    v = vat(net, 21)
    tot = net + v
    p = doc(["Femke Rozendaal", "beëdigd vertaler Duits-Nederlands", "Oudegracht 201bis, 3511 NK Utrecht",
             "femke@rozendaalvertalingen.nl"],
            ["Notariskantoor Brink & Veldhuis", "Maliebaan 70", "3581 CV Utrecht"],
            "Factuur",
            [("Factuurnummer", "26-018"), ("Factuurdatum", "18-11-2026"), ("Uw kenmerk", "dossier 2026.0871/BV")],
            ("Omschrijving", "Woorden", "Tarief", "Bedrag"),
            [("Vertaling koopovereenkomst DE-NL", "4.820", eur(12), eur(a1)),
             ("Beëdiging + legalisatie", "", "", eur(a2))],
            [("Subtotaal", eur(net)), ("21% btw", eur(v)), ("Totaal", eur(tot), True)],
            ["Ik verzoek u vriendelijk het totaalbedrag binnen 21 dagen over te maken op",
             sp(i) + " ten name van F.A. Rozendaal, onder vermelding van 26-018."],
            ["Btw-nummer NL002299381B72   KvK 30221190   Wbtv-nr. 22831"])
    R("Word", "nl", "NL", "pdf", "femke@rozendaalvertalingen.nl", "Femke Rozendaal", ("mr. J. Veldhuis", "secretariaat@brinkveldhuis.nl"),
      "Factuur vertaling dossier 2026.0871/BV", d,
      text="Geachte mr. Veldhuis,\n\nHierbij ontvangt u de factuur voor de beëdigde vertaling. De "
           "gelegaliseerde stukken zijn gisteren aangetekend verstuurd.\n\nMet vriendelijke groet,\nFemke Rozendaal",
      pages=[p], fname="Factuur 26-018.pdf",
      exp=E("26-018", tot, tot, d, plus(d, 21), "Notariskantoor Brink & Veldhuis", "secretariaat@brinkveldhuis.nl", i, True, "nl"),
      note="Word invoice of a sworn translator: per-word rate of € 0,12 over 4.820 words, the client's "
           "dossier number beside the invoice number, 21 days; 'onder vermelding van' the number is no reference.")


def nl10():
    d = D(2026, 12, 1)
    i = ib("NL")
    walks = 17
    a = walks * 1600
    extra = 2 * 800
    tot = a + extra
    p = doc(["Uitlaatservice Snuffel", "Joyce de Graaf", "Bilderdijkstraat 5, 2013 EG Haarlem",
             "snuffel.uitlaat@gmail.com - 06 21 90 33 47"],
            ["Mevrouw E. Prins", "Kleverparkweg 23", "2023 CB Haarlem"],
            "Factuur no. 7",
            [("datum", "1-12-2026"), ("hond", "Bobbie (labrador)"), ("maand", "november 2026")],
            ("", "aantal", "per stuk", "totaal"),
            [("uitlaatronde 1 uur (groep)", str(walks), eur(1600), eur(a)),
             ("toeslag zaterdag", "2", eur(800), eur(extra))],
            [("Totaal", eur(tot), True)],
            ["Ik ben vrijgesteld van btw (KOR).",
             "Betalen graag voor 15-12-2026 op " + sp(i) + " t.n.v. J. de Graaf",
             "of via Tikkie, de link stuur ik mee in de mail."])
    R("Excel", "nl", "NL", "pdf", "snuffel.uitlaat@gmail.com", "Uitlaatservice Snuffel", ("Els Prins", "e.prins64@planet.nl"),
      "Factuur november Bobbie", d,
      text="Hallo Els,\n\nHier is de factuur van november. Bobbie was weer een schatje, alleen trekt hij "
           "nog steeds naar elke eend.\nTikkie: https://tikkie.me/pay/snuffel/Bp7kW2qZ\n\nGroetjes Joyce",
      pages=[p], fname="factuur 7.pdf",
      exp=E("7", tot, tot, d, D(2026, 12, 15), "E. Prins", "e.prins64@planet.nl", i, False, "nl"),
      note="Excel invoice of a dog-walker with the bare number 'no. 7'; monthly walks plus a Saturday "
           "supplement, KOR note; the Tikkie link only in the mail; 'Mevrouw' dropped.")


def nl11():
    d = D(2026, 11, 9)
    i = ib("NL")
    a1, a2, a3 = 29500, 2 * 7500, 4500
    tot = a1 + a2 + a3
    dep = 10000
    p = doc(["Glow by Yara", "bridal make-up & hair", "Yara Mahabier · Leiden · 06 47 20 11 85",
             "hello@glowbyyara.nl"],
            ["Demi Verhoeven", "Hooigracht 63", "2312 KP Leiden"],
            "FACTUUR F-2026-23",
            [("Datum", "9 november 2026"), ("Trouwdag", "7 november 2026")],
            ("Omschrijving", "Bedrag"),
            [("Bruidsmake-up + proefsessie", eur(a1)),
             ("Make-up bruidsmeisjes (2x)", eur(a2)),
             ("Voorrijkosten Oegstgeest", eur(a3)),
             ("Totaal", eur(tot)),
             ("Aanbetaling (ontvangen 2 juli)", "- " + eur(dep))],
            [("Openstaand bedrag", eur(tot - dep), True)],
            ["Graag binnen 7 dagen betalen.",
             "IBAN " + sp(i) + " – Y. Mahabier",
             "Geen btw: ik maak gebruik van de kleineondernemersregeling (KOR)."])
    R("Canva", "nl", "NL", "pdf", "hello@glowbyyara.nl", "Glow by Yara", ("Demi Verhoeven", "demiverhoeven@gmail.com"),
      "Factuur trouwdag ✨", d,
      text="Lieve Demi,\n\nNogmaals gefeliciteerd!! Jullie zagen er allemaal prachtig uit. "
           "Bijgevoegd de factuur, het restbedrag na de aanbetaling.\n\nXx Yara",
      pages=[p], fname="Factuur F-2026-23 Demi.pdf",
      exp=E("F-2026-23", tot - dep, tot, d, plus(d, 7), "Demi Verhoeven", "demiverhoeven@gmail.com", i, False, "nl"),
      note="Canva invoice of a bridal make-up artist: the total is a table row and the bold line is the "
           "remainder after a deposit; term 'binnen 7 dagen'; KOR.")


def nl12():
    d = D(2026, 12, 3)
    i = ib("BE")
    rows = [("Tafelstukken seizoensbloemen", 14, 3800), ("Grote bloemstuk onthaal", 1, 16500),
            ("Corsages", 6, 950), ("Levering + ophalen vazen", 1, 4500)]
    flowers = sum(n * p for _, n, p in rows[:3])
    serv = rows[3][1] * rows[3][2]
    v6, v21 = vat(flowers, 6), vat(serv, 21)
    tot = flowers + serv + v6 + v21
    ref = "+++120/3026/04434+++"
    p = doc(["Bloemenatelier Roos", "Roos Peeters · Mechelsesteenweg 233, 2018 Antwerpen",
             "bestel@bloemenatelierroos.be · BTW BE 0692.551.340"],
            ["Hotel Scheldezicht NV", "Boekhouding", "Ernest van Dijckkaai 8", "2000 Antwerpen"],
            "Factuur 26-0412",
            [("Factuurdatum", "03/12/2026"), ("Vervaldatum", "02/01/2027"), ("Event", "personeelsfeest 28/11/2026")],
            ("Omschrijving", "Aantal", "Prijs", "Totaal"),
            [(a, str(n), eur(p), eur(n * p)) for a, n, p in rows],
            [("Maatstaf 6%", eur(flowers)), ("Btw 6%", eur(v6)), ("Maatstaf 21%", eur(serv)),
             ("Btw 21%", eur(v21)), ("Te betalen", eur(tot), True)],
            ["Betaling op " + sp(i) + " met gestructureerde mededeling " + ref,
             "of scan de Payconiq-code in onze webshop (payconiq.be/roos)."],
            style="B")
    R("Google Sheets", "nl", "BE", "pdf", "bestel@bloemenatelierroos.be", "Bloemenatelier Roos", ("Boekhouding Scheldezicht", "boekhouding@hotelscheldezicht.be"),
      "Factuur 26-0412 personeelsfeest", d,
      text="Beste,\n\nIn bijlage de factuur voor de bloemen van het personeelsfeest. De vazen werden "
           "maandag opgehaald.\n\nMet bloemige groeten,\nRoos Peeters",
      pages=[p], fname="Factuur 26-0412.pdf",
      exp=E("26-0412", tot, tot, d, D(2027, 1, 2), "Hotel Scheldezicht NV", "boekhouding@hotelscheldezicht.be", i, True, "nl", ref=ref),
      note="Flemish florist's sheet exported to PDF: 6% on flowers and 21% on delivery with two "
           "bases, a structured communication, a Payconiq mention, due date in January 2027.")


def nl13():
    d = D(2026, 11, 26)
    i = ib("NL")
    tot = 12500 + 2500
    body = ("Beste mevrouw Lammers,\n\n"
            "Dank voor de koffie vanmorgen. Zoals afgesproken stuur ik de rekening per mail, ik heb geen "
            "papieren boekje meer.\n\n"
            "Factuur 2026-54\n"
            "Datum: 26 november 2026\n\n"
            "Stemmen Grotrian vleugel (A=442)      € 125,00\n"
            "Voorrijkosten Zeist                   €  25,00\n"
            "                                      --------\n"
            "Totaal                                € 150,00\n\n"
            "Op grond van de KOR breng ik geen btw in rekening.\n"
            "U kunt het bedrag binnen 14 dagen overmaken op " + sp(i) + " t.n.v. G. Smid, Bilthoven.\n\n"
            "De volgende stembeurt raad ik aan over een half jaar, na de stookperiode.\n\n"
            "Met vriendelijke groet,\n"
            "Gerrit Smid\npianostemmer\n030 - 229 41 87")
    R("mail", "nl", "NL", "body-text", "g.smid.piano@xs4all.nl", "Gerrit Smid", ("R. Lammers", "r.lammers@casema.nl"),
      "rekening stemmen vleugel", d, text=body,
      exp=E("2026-54", tot, tot, d, plus(d, 14), "R. Lammers", "r.lammers@casema.nl", i, False, "nl"),
      note="A piano tuner's invoice typed in the mail: the debtor only in the To header and greeting, "
           "columns aligned with spaces, '€  25,00' with two spaces, KOR.")


def nl14():
    d = D(2026, 11, 19)
    i = ib("NL")
    sub = 6 * 3500 + 4500 + 6000
    tot = sub - 5000
    body = ("Hoi Marloes,\n\n"
            "Hier de rekening voor de aanpassingen aan je trouwjurk. Wat was het een plaatje op de foto's "
            "die je stuurde! Ik heb je de vriendenprijs gegeven, zoals beloofd 😊\n\n"
            "factuurnummer 26-09 — 19 nov 2026\n\n"
            "jurk innemen taille + lijfje\t6 uur x € 35,00\t€ 210,00\n"
            "zoom korter (3 lagen tule)\t\t€ 45,00\n"
            "sluier op maat\t\t\t€ 60,00\n"
            "Korting vriendenprijs\t\t−€ 50,00\n"
            "Totale\t\t\t\t€ 265,00\n\n"
            "(vrijgesteld van btw, KOR)\n\n"
            "Betalen kan op " + sp(i) + " t.n.v. M.C. van Rijn of met deze Tikkie: "
            "https://tikkie.me/pay/naaiatelierria/Qe39dLmV — wanneer het je uitkomt.\n\n"
            "Liefs,\nRia\n\nNaaiatelier Ria · Van Rijn · Weesp")
    R("notes app", "nl", "NL", "body-text", "naaiatelier.ria@gmail.com", "Ria van Rijn", ("Marloes Bosman", "marloesbosman@live.nl"),
      "rekening jurk", d, text=body,
      exp=E("26-09", tot, tot, d, None, "Marloes Bosman", "marloesbosman@live.nl", i, False, "nl"),
      note="A seamstress's invoice in a friendly mail with a tab table, 'Korting vriendenprijs −€ 50,00' "
           "with a Unicode minus, 'Totale' (typo), no term ('wanneer het je uitkomt': due null).")


def nl15():
    d = D(2026, 11, 30)
    i = ib("BE")
    days = ["03/11", "06/11", "10/11", "13/11", "17/11", "20/11", "24/11", "27/11"]
    hrs = [30, 30, 30, 30, 30, 30, 30, 25]
    tab = "datum  | uren | uurprijs | bedrag\n-------+------+----------+---------\n"
    for dd, h in zip(days, hrs):
        tab += "%s  | %s  | € 32,00  | € %s\n" % (dd, ("%d,%d" % divmod(h, 10)).ljust(3), money(h * 320, "nl"))
    net = sum(hrs) * 320
    v = vat(net, 21)
    tot = net + v
    body = ("Dag Griet,\n\nHierbij mijn factuur voor het poetsen van de praktijk in november.\n\n"
            "FACTUUR F2026-11\nDatum: 30/11/2026\n"
            "Aan: Kinepraktijk Dewitte BV, Brugsestraat 56, 8800 Roeselare\n\n" + tab +
            "\nTotaal uren: 23,5\n"
            "Subtotaal  € " + money(net, "nl") + "\n"
            "BTW 21%    € " + money(v, "nl") + "\n"
            "TOTAAL     € " + money(tot, "nl") + "\n\n"
            "Te betalen binnen 15 dagen op " + i + ".\n\n"
            "Groetjes\nNadia El Amrani\nPoetsdienst Nadia – BTW BE 0754.118.903\nIBAN " + sp(i))
    R("mail", "nl", "BE", "body-text", "poetsdienst.nadia@telenet.be", "Nadia El Amrani", ("Griet Dewitte", "griet@kinedewitte.be"),
      "factuur november", d, text=body,
      exp=E("F2026-11", tot, tot, d, plus(d, 15), "Kinepraktijk Dewitte BV", "griet@kinedewitte.be", i, True, "nl"),
      note="Flemish cleaner's invoice in the mail with a pipe table of eight dates, the IBAN once without "
           "spaces in the payment sentence and spaced in the signature; 15 days.")


def nl16():
    d = D(2026, 11, 13)
    i = ib("NL")
    a1, a2 = 48 * 650, 12 * 975
    net = a1 + a2
    v = vat(net, 9)
    tot = net + v
    odd = i[:8] + " " + i[8:13] + " " + i[13:]
    body = ("Goedemorgen Anouk,\n\n"
            "Hierbij de factuur voor de honing van deze week:\n\n"
            "Factuurnr. H-2026-04\n13-11-2026\n\n"
            "48 potten bloemenhoning 450 g à 6,50 = 312,00\n"
            "12 raathoning 250 g à 9,75 = 117,00\n"
            "totaal ex btw 429,00\n"
            "btw 9% 38,61\n"
            "Te betalen € 467,61\n\n"
            "Betaling binnen 30 dagen op " + odd + " (Imkerij De Honingraat)\n\n"
            "De lindehoning is op voor dit jaar, in mei is er weer nieuwe.\n\n"
            "Groet,\nWillem Bos\nImkerij De Honingraat\nrekening " + sp(i) + "\n\n"
            "Verzonden vanaf mijn iPhone")
    R("mail", "nl", "NL", "body-text", "imkerij.honingraat@gmail.com", "Willem Bos", ("Natuurwinkel De Groene Os", "inkoop@degroeneos.nl"),
      "Factuur honing", d, text=body,
      exp=E("H-2026-04", tot, tot, d, plus(d, 30), "Natuurwinkel De Groene Os", "inkoop@degroeneos.nl", i, True, "nl"),
      note="A beekeeper's invoice to a shop typed on a phone: amounts without currency signs except the "
           "total, the IBAN grouped wrongly in the payment line and correctly in the signature; the debtor "
           "only in the To header.")


def nl17():
    d = D(2026, 12, 1)
    i = ib("NL")
    food = 180 * 1150
    serv = 25000 + 9500
    v9, v21 = vat(food, 9), vat(serv, 21)
    tot = food + serv + v9 + v21
    table = gsheet([["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                    ["Wokgerecht naar keuze", "180", "€ 11,50", eur(food)],
                    ["Standplaats + opbouw", "1", "€ 250,00", eur(25000)],
                    ["Aggregaat", "1", "€ 95,00", eur(9500)],
                    ["", "", "btw 9%", eur(v9)],
                    ["", "", "btw 21%", eur(v21)],
                    ["", "", "Totaal", eur(tot)]])
    html = gmail(["Hallo Merel,",
                  "Hierbij de factuur voor de foodtruck op jullie bedrijfsfeest van 27 november. "
                  "Ik heb het overzicht even uit mijn sheet geplakt:",
                  "Factuurnummer: 2026-031\nFactuurdatum: 1 december 2026\n"
                  "Klant: Evenementenbureau Zomerzin B.V., Westerkade 11, 3016 CL Rotterdam",
                  table,
                  "Vervaldatum: 31-12-2026\nIBAN: " + sp(i) + " t.n.v. Wok & Roll Food V.O.F.",
                  "Groetjes,\nDennis\n\nDe Rijdende Wok | KvK 84400911 | btw NL866240019B01"])
    R("Gmail", "nl", "NL", "body-html", "dennis@derijdendewok.nl", "De Rijdende Wok", ("Merel Zomer", "merel@zomerzin-events.nl"),
      "Factuur 2026-031 bedrijfsfeest 27/11", d, html=html,
      exp=E("2026-031", tot, tot, d, D(2026, 12, 31), "Evenementenbureau Zomerzin B.V.", "merel@zomerzin-events.nl", i, True, "nl"),
      note="A food truck's invoice in Gmail with a table pasted from Google Sheets (VAT rows in the price "
           "column), two VAT rates, account holder a V.O.F. under another name; HTML only.")


def nl18():
    d = D(2026, 11, 25)
    i = ib("NL")
    net = 45455
    v = 9545
    tot = net + v
    html = outlook(["Hoi Thijs,",
                    "Leuk dat je doorgaat! Hierbij de factuur voor je nieuwe rittenkaart.",
                    "Factuurnummer: BK26-088",
                    "Datum: 25-11-2026",
                    "10x personal training 60 min (rittenkaart, geldig 6 maanden)     " + eur(net),
                    "btw 21%     " + eur(v),
                    "Totaal     " + eur(tot),
                    "Graag binnen 14 dagen betalen op " + sp(i) + " t.n.v. B. Kok, of via "
                    "paypal.me/bramkokpt/550.",
                    "Sportieve groet,",
                    "Bram Kok | Personal Trainer | Amstelveen | KvK 73306612"])
    R("Outlook", "nl", "NL", "body-html", "bram@bramkokpt.nl", "Bram Kok PT", ("Thijs Mulder", "thijsmulder@gmail.com"),
      "Factuur rittenkaart", d, html=html,
      exp=E("BK26-088", tot, tot, d, plus(d, 14), "Thijs Mulder", "thijsmulder@gmail.com", i, False, "nl"),
      note="An Outlook mail of a personal trainer: the lines as paragraphs with spaces, a PayPal.me link "
           "with the amount in its path (550), the client only in the To header and greeting.")


def nl19():
    d = D(2026, 11, 20)
    i = ib("NL")
    huur, sch, tb, lin = 94500, 7500, 4 * 7 * 190, 4 * 1250
    tot = huur + sch + tb + lin
    dep = 30000
    rest = tot - dep
    table = xltable([["", "bedrag"], ["Huur 27-12-2026 t/m 03-01-2027 (7 nachten)", eur(huur)],
                     ["Eindschoonmaak", eur(sch)], ["Toeristenbelasting 4 p x 7 n x € 1,90", eur(tb)],
                     ["Bedlinnen + handdoeken 4x", eur(lin)], ["Totaal", eur(tot)],
                     ["aanbetaling ontvangen 14/9", "- " + eur(dep)], ["Nog te voldoen", eur(rest)]])
    html = gmail(["Beste familie Schouten,",
                  "Nog een paar weken en dan zijn jullie in het Kraaiennest! Hierbij de factuur voor het "
                  "restant van de huur.",
                  "Factuur KN-2026-31 | datum 20-11-2026\nFamilie Schouten, Populierenlaan 4, 5261 BB Vught",
                  table,
                  "Wilt u het restant uiterlijk 20 december 2026 overmaken op " + sp(i) + " t.n.v. "
                  "A.M. Dijkhuis? Particuliere verhuur, er wordt geen btw berekend.",
                  "De sleutel ligt in het kastje naast de deur, de code krijgen jullie een dag vooraf.",
                  "Hartelijke groet,\nAnnemarie Dijkhuis\nVakantiehuisje Het Kraaiennest, Schoorl"])
    R("Gmail", "nl", "NL", "body-html", "kraaiennest.schoorl@gmail.com", "Vakantiehuisje Het Kraaiennest", ("Mark Schouten", "mark.schouten@ziggo.nl"),
      "Factuur restant huur kerst/oud & nieuw", d, html=html,
      exp=E("KN-2026-31", rest, tot, d, D(2026, 12, 20), "Familie Schouten", "mark.schouten@ziggo.nl", i, False, "nl"),
      note="A holiday cottage's Gmail invoice with a table pasted from Excel: a tourist tax line, the "
           "deposit received deducted, 'uiterlijk 20 december' for a stay after the due date.")


def nl20():
    d = D(2026, 11, 17)
    i = ib("BE")
    a = 3 * 9500
    tr = 1840
    tot = a + tr
    ref = "+++171/1262/60046+++"
    html = gmail(["Beste mevrouw Claeys,",
                  "Bedankt voor de fijne dag met uw leerlingen van het vijfde jaar. Hieronder vindt u mijn factuur.",
                  "<div><b>Factuurnr 2026-0047</b><br>Datum: 17/11/2026<br>Klant: Sint-Jozefscollege Torhout, "
                  "Bruggestraat 63, 8820 Torhout</div><div><br></div>",
                  "<table cellpadding=4 style=\"border-collapse:collapse\"><tr><td>Stadswandeling Brugge "
                  "(2 u) – 3 groepen</td><td>3 x € 95,00</td><td>" + eur(a) + "</td></tr><tr><td>Treinticket "
                  "gids Kortrijk–Brugge h/t</td><td></td><td>" + eur(tr) + "</td></tr><tr><td><b>Totaal</b>"
                  "</td><td></td><td><b>" + eur(tot) + "</b></td></tr></table><div><br></div>",
                  "Vrijgesteld van btw – bijzondere vrijstellingsregeling kleine ondernemingen (art. 56bis WBTW).",
                  "Betaalbaar binnen 30 dagen op " + sp(i) + " met mededeling " + ref + ".",
                  "Met vriendelijke groeten,\nPieter Desmet\nerkend gids Brugge – 0486 22 71 09"])
    R("Gmail", "nl", "BE", "body-html", "pieter.desmet.gids@gmail.com", "Pieter Desmet", ("Hilde Claeys", "hilde.claeys@sjc-torhout.be"),
      "Factuur gidsbeurt 12/11", d, html=html,
      exp=E("2026-0047", tot, tot, d, plus(d, 30), "Sint-Jozefscollege Torhout", "hilde.claeys@sjc-torhout.be", i, True, "nl", ref=ref),
      note="A Flemish tour guide's Gmail invoice with a small hand-made HTML table, 'Factuurnr' without "
           "colon in bold, a school as debtor, structured communication, art. 56bis exemption.")

# ======================================================================================
# English invoices (15: UK 7, IE 3, US 3, NL 2)
# ======================================================================================

def en21():
    d = D(2026, 11, 30)
    i = ib("GB")
    fee, trv, acc = 240000, 140 * 45, 9500
    tot = fee + trv + acc
    dep = 60000
    p = doc(["The Velvet Foxes", "wedding & party band", "14 Mill Lane, Frome BA11 1QJ",
             "bookings@thevelvetfoxes.co.uk · 07700 914 262"],
            ["Tom & Ellie Marsden", "22 Wellsway", "Bath BA2 4RR"],
            "Invoice no. 7",
            [("Date", "30 November 2026"), ("Event", "Wedding reception, 28 November 2026, Orchardleigh")],
            ("Description", "Qty", "Rate", "Amount"),
            [("Evening set 3 x 45 min + DJ playlist", "1", gbp(fee), gbp(fee)),
             ("Travel, van (140 miles @ 45p)", "140", "£0.45", gbp(trv)),
             ("Overnight accommodation, 5 players", "1", gbp(acc), gbp(acc))],
            [("Total", gbp(tot)), ("Less deposit paid 12 March", "-" + gbp(dep)), ("Balance", gbp(tot - dep), True)],
            ["Balance due by 20 December 2026, please.",
             "Bank: Starling · Sort code 60-83-71 · Acc 41827730 · Name: R J Porter",
             "IBAN " + sp(i),
             "The Velvet Foxes are not VAT registered."])
    R("Word", "en", "UK", "pdf", "bookings@thevelvetfoxes.co.uk", "The Velvet Foxes", ("Ellie Marsden", "ellie.marsden@icloud.com"),
      "Invoice - The Velvet Foxes", d,
      text="Hi Ellie and Tom,\n\nWhat a night! Thanks for having us, the crowd for Mr Brightside was "
           "something else. Please find the final invoice attached.\n\nCheers,\nRob (on behalf of the Foxes)",
      pages=[p], fname="VelvetFoxes_Invoice7.pdf",
      exp=E("7", tot - dep, tot, d, D(2026, 12, 20), "Tom & Ellie Marsden", "ellie.marsden@icloud.com", i, False, "en", cur="GBP"),
      note="A wedding band's Word invoice with the bare number 'Invoice no. 7', mileage in pence, "
           "deposit deducted, account in a player's name; 'Mr Brightside' in the mail is a song.")


def en22():
    d = D(2026, 11, 27)
    i = ib("GB")
    a1, a2 = 135000, 2 * 18000
    tot = a1 + a2
    p = doc(["Hannah Cole", "Copywriter · Cole Copy", "hannah@colecopy.co.uk", "Flat 3, 41 Bold Street, Liverpool L1 4EU"],
            ["Brightwater Dental Ltd", "FAO Dr Aisha Rahman", "118 Allerton Road", "Liverpool L18 2DG"],
            "INVOICE",
            [("Inv#", "044"), ("Date", "27/11/2026"), ("Terms", "Net 14")],
            ("Item", "Qty", "Price", "Total"),
            [("Website copy, 6 pages (home, services, team…)", "1", gbp(a1), gbp(a1)),
             ("Blog posts, 800 words", "2", gbp(18000), gbp(a2))],
            [("Total due", gbp(tot), True)],
            ["Not VAT registered.",
             "Please pay by bank transfer: Monzo, H E Cole, 04-00-04 / 28114905",
             "IBAN " + sp(i) + " · please quote Inv# 044"], style="B")
    R("Google Docs", "en", "UK", "pdf", "hannah@colecopy.co.uk", "Hannah Cole", ("Aisha Rahman", "practice@brightwaterdental.co.uk"),
      "Invoice 044 - website copy", d,
      text="Hi Aisha,\n\nThe site looks great live! Invoice attached for the copy and the two blog posts.\n\nBest,\nHannah",
      pages=[p], fname="Invoice 044 Brightwater.pdf",
      exp=E("044", tot, tot, d, plus(d, 14), "Brightwater Dental Ltd", "practice@brightwaterdental.co.uk", i, True, "en", cur="GBP"),
      note="A copywriter's Google Docs invoice: 'Inv#' as label in a column of its own, number '044', "
           "'Net 14', FAO a doctor at the practice (debtor is the Ltd).")


def en23():
    d = D(2026, 11, 19)
    i = ib("GB")
    a1, a2, a3 = 2 * 85000, 14 * 4500, 25000
    net = a1 + a2 + a3
    v = vat(net, 20)
    tot = net + v
    p = doc(["REEL NORTH FILMS", "Callum Reid · 7 Cross Belgrave St · Leeds LS2 8JP",
             "callum@reelnorthfilms.co.uk · VAT GB 384 2291 07"],
            ["Leeds City Council", "Culture & Events Team", "Merrion House, 110 Merrion Centre", "Leeds LS2 8BB"],
            "Invoice",
            [("Invoice number", "RNF/26/12"), ("Invoice date", "19.11.2026"), ("Purchase order", "PO 4500778123"),
             ("Payment terms", "30 days")],
            ("Description", "Qty", "Unit", "Net"),
            [("Filming days, Light Night festival", "2", gbp(85000), gbp(a1)),
             ("Edit, grade and sound (hours)", "14", gbp(4500), gbp(a2)),
             ("Drone footage incl. CAA permit", "1", gbp(25000), gbp(a3))],
            [("Net total", gbp(net)), ("VAT @ 20%", gbp(v)), ("TOTAL", gbp(tot), True)],
            ["Payment to Reel North Films, Lloyds 30-94-57 / 55120844, IBAN " + sp(i)], style="C")
    R("Excel", "en", "UK", "pdf", "callum@reelnorthfilms.co.uk", "Callum Reid", ("", "accounts.payable@leeds.gov.uk"),
      "Invoice RNF/26/12 PO 4500778123", d,
      text="Dear Accounts Payable,\n\nPlease find attached invoice RNF/26/12 against PO 4500778123 "
           "(Light Night festival film, contact: Joanne Priestley).\n\nKind regards,\nCallum Reid\nReel North Films",
      pages=[p], fname="RNF-26-12.pdf",
      exp=E("RNF/26/12", tot, tot, d, plus(d, 30), "Leeds City Council", "accounts.payable@leeds.gov.uk", i, True, "en", cur="GBP"),
      note="A videographer's Excel invoice to a council (public customer): the facts in a right column, "
           "a PO number, date written 19.11.2026 in a UK invoice, 30 days.")


def en24():
    d = D(2026, 12, 2)
    i = ib("GB")
    a1, a2, a3 = 32 * 1450, 32 * 325, 2500
    net = a1 + a2 + a3
    v = vat(net, 20)
    tot = net + v
    p = doc(["Pip's Kitchen", "home-made catering for offices & parties",
             "Unit 4, Canal Yard, Harrow HA1 2AB · pip@pipskitchen.co.uk"],
            ["Harrow & Finch Solicitors LLP", "Attn: Office Manager", "5 St Ann's Road", "Harrow HA1 1LQ"],
            "INVOICE  PK-0219",
            [("Date:", "02/12/2026"), ("Due dae:", "18/12/2026"), ("Order:", "partners' lunch 1 December")],
            ("What", "How many", "Each", "Total"),
            [("Working lunch buffet", "32", "£14.50", gbp(a1)),
             ("Brownies & lemon drizzle", "32", "£3.25", gbp(a2)),
             ("Delivery + set up", "1", "£25.00", gbp(a3))],
            [("Subtotal", gbp(net)), ("VAT 20%", gbp(v)), ("Total due", gbp(tot), True)],
            ["Bank details: Pip's Kitchen Ltd, sort code 20-45-77, account 63014458",
             "IBAN " + sp(i) + " (for international payments)",
             "VAT reg. 412 7790 23"])
    R("Canva", "en", "UK", "pdf", "pip@pipskitchen.co.uk", "Pip's Kitchen", ("Office Manager", "office@harrowfinch.co.uk"),
      "Invoice PK-0219", d,
      text="Hello!\n\nThank you for ordering with us again, I hope the partners enjoyed it. Invoice attached.\n\nPip x",
      pages=[p], fname="PK-0219.pdf",
      exp=E("PK-0219", tot, tot, d, D(2026, 12, 18), "Harrow & Finch Solicitors LLP", "office@harrowfinch.co.uk", i, True, "en", cur="GBP"),
      note="A caterer's Canva invoice: 'Due dae:' (typo) with a dd/mm date, number in the title after "
           "two spaces, sort code and IBAN both printed.")


def en25():
    d = D(2026, 11, 6)
    i = ib("GB")
    hrs = [("Mon 2 Nov", "4", 40), ("Tue 3 Nov", "6", 60), ("Thu 5 Nov", "3.5", 35)]
    lab = sum(h for *_, h in hrs) * 280
    mat1, mat2 = 8640, 4299
    tot = lab + mat1 + mat2
    rows = [("Labour " + a + " (" + b + " hrs @ £28)", "", "", gbp(h * 280)) for a, b, h in hrs]
    rows += [("Plasterboard, scrim, joint filler", "", "", gbp(mat1)), ("Paint, Dulux trade 5L", "", "", gbp(mat2))]
    p = doc(["Dave Marsh", "Property Repairs & Maintenance", "18 Orchard Close, Chelmsford CM2 6PL",
             "07812 556 309 · davemarsh.repairs@gmail.com"],
            ["Mrs J. Patel", "9 Moulsham Drive", "Chelmsford CM2 9PY"],
            "Invoice No: DM1187",
            [("Date", "6th November 2026"), ("Job", "ceiling repair, back bedroom")],
            ("Work", "", "", "£"), rows,
            [("TOTAL", gbp(tot), True)],
            ["Payment within 7 days please. Not VAT registered.",
             "Acc name D Marsh · 09-01-28 · 10293847 · IBAN " + sp(i),
             "Thanks for your custom!"], style="A")
    R("Pages", "en", "UK", "pdf", "davemarsh.repairs@gmail.com", "Dave Marsh", ("Jaya Patel", "jaya.patel@btinternet.com"),
      "invoice", d,
      text="Hi Mrs Patel\n\nInvoice attached for the ceiling. Leave the paint another day before you "
           "hang anything.\n\nDave",
      pages=[p], fname="DM1187.pdf",
      exp=E("DM1187", tot, tot, d, plus(d, 7), "J. Patel", "jaya.patel@btinternet.com", i, False, "en", cur="GBP"),
      note="A handyman's Pages invoice with hours per day in the descriptions ('3.5 hrs @ £28'), an "
           "ordinal date '6th November 2026', amounts in the last column only; title 'Mrs' dropped.")


def en26():
    d = D(2026, 11, 12)
    i = ib("IE")
    a1, a2 = 18 * 6500, 35000
    net = a1 + a2
    v = vat(net, 23)
    tot = net + v
    p = doc(["Aoife Byrne Photography", "Unit 2, Fairgreen Studios, Galway H91 X2P4",
             "aoife@aoifebyrne.ie · 087 331 4402 · VAT IE 3812776TH"],
            ["Corrib Analytics Ltd", "Finance Department", "IDA Business Park, Dangan", "Galway H91 E6T3"],
            "INVOICE",
            [("Invoice No.", "AB-2026-044"), ("Date", "12 November 2026"), ("Your ref", "Team headshots, Niamh Fahy")],
            ("Description", "Qty", "Price", "Amount"),
            [("Corporate headshots, retouched", "18", "€65.00", "€" + money(a1, "en")),
             ("Studio half day on location", "1", "€350.00", "€" + money(a2, "en"))],
            [("Subtotal", "€" + money(net, "en")), ("VAT 23%", "€" + money(v, "en")),
             ("Total due", "€" + money(tot, "en"), True)],
            ["Payment terms: 30 days from invoice date.",
             "AIB · A. Byrne · IBAN " + sp(i) + " · BIC AIBKIE2D"])
    R("Word", "en", "IE", "pdf", "aoife@aoifebyrne.ie", "Aoife Byrne", ("Niamh Fahy", "finance@corribanalytics.ie"),
      "Invoice AB-2026-044 headshots", d,
      text="Hi Niamh,\n\nThe gallery link went out yesterday; here's the invoice for finance.\n\nThanks a million,\nAoife",
      pages=[p], fname="AB-2026-044.pdf",
      exp=E("AB-2026-044", tot, tot, d, plus(d, 30), "Corrib Analytics Ltd", "finance@corribanalytics.ie", i, True, "en"),
      note="An Irish photographer's Word invoice in euro with 23% VAT, a 'Your ref' naming a person, "
           "30 days from the date; Irish IBAN.")


def en27():
    d = D(2026, 11, 25)
    i = ib("IE")
    a1, a2 = 4 * 2 * 9500, 8 * 2 * 950
    net = a1 + a2
    v = vat(net, 13.5)
    tot = net + v
    p = doc(["Seaview B&B", "Ventry Road, Dingle, Co. Kerry V92 YK20", "stay@seaviewdingle.ie · +353 66 915 2207"],
            ["Kerry Walking Tours Ltd", "The Square", "Killarney, Co. Kerry V93 RW27"],
            "Invoice #0112",
            [("Date", "25/11/2026"), ("Group", "Slea Head walkers, 21–23 November")],
            ("", "Qty", "Rate", "Amount"),
            [("Double room per night", "8", "€95.00", "€" + money(a1, "en")),
             ("Packed lunch", "16", "€9.50", "€" + money(a2, "en"))],
            [("Net", "€" + money(net, "en")), ("VAT 13.5%", "€" + money(v, "en")), ("Total", "€" + money(tot, "en"), True)],
            ["Please pay by 15/12/2026 to Mary & Declan Ó Sé,",
             "IBAN " + sp(i) + ", quoting the invoice number.",
             "VAT no. IE 9618844B"], style="B")
    R("Google Docs", "en", "IE", "pdf", "stay@seaviewdingle.ie", "Seaview B&B", ("Kerry Walking Tours", "accounts@kerrywalkingtours.ie"),
      "Invoice #0112 Slea Head group", d,
      text="Dear Brendan,\n\nThe walkers were a lovely group, the weather held for them on the Saturday at least. "
           "Our invoice is attached.\n\nKind regards,\nMary Ó Sé",
      pages=[p], fname="Seaview invoice 0112.pdf",
      exp=E("0112", tot, tot, d, D(2026, 12, 15), "Kerry Walking Tours Ltd", "accounts@kerrywalkingtours.ie", i, True, "en"),
      note="An Irish B&B's Google Docs invoice: '#0112', 13.5% VAT with a fractional rate, a printed "
           "pay-by date, account holders (a couple) other than the trade name.")


def en28():
    d = D(2026, 11, 30)
    a1, a2 = 12 * 22500, 120000
    tot = a1 + a2
    p = doc(["Maya Delgado Illustration", "2214 SE Clinton St, Portland, OR 97202",
             "maya@mayadelgado.art · (503) 555-0148"],
            ["Fernhill Press LLC", "Attn: Accounts Payable", "930 NW 14th Ave, Suite 210", "Portland, OR 97209"],
            "INVOICE",
            [("Invoice No.", "118"), ("Date", "11/30/2026"), ("Terms", "Net 30"), ("Project", "'Small Rivers' picture book")],
            ("Description", "Qty", "Rate", "Amount"),
            [("Spot illustrations, final art", "12", "$225.00", usd(a1)),
             ("Cover illustration incl. wraparound", "1", "$1,200.00", usd(a2))],
            [("TOTAL DUE", usd(tot), True)],
            ["Payment by ACH: Maya R. Delgado, Routing 123006800, Account 4471093385",
             "or check payable to Maya R. Delgado. Thank you!"])
    R("Word", "en", "US", "pdf", "maya@mayadelgado.art", "Maya Delgado", ("Fernhill Press AP", "ap@fernhillpress.com"),
      "Invoice 118 - Small Rivers final art", d,
      text="Hi there,\n\nAttached is my invoice for the final art for Small Rivers (cover + 12 spots), per the "
           "agreement with Dana. Let me know if you need a W-9.\n\nThanks,\nMaya",
      pages=[p], fname="Delgado_Invoice_118.pdf",
      exp=E("118", tot, tot, d, plus(d, 30), "Fernhill Press LLC", "ap@fernhillpress.com", None, True, "en", cur="USD"),
      note="A US illustrator's Word invoice: bare number '118', date 11/30/2026 in American order, Net 30, "
           "ACH routing and account, no IBAN.")


def en29():
    d = D(2026, 12, 2)
    i = ib("NL")
    a1, a2 = 6200 * 14, 3 * 5500
    net = a1 + a2
    v = vat(net, 21)
    tot = net + v
    p = doc(["Sophie van Dam Translations", "English > Dutch · Dutch > English",
             "Czaar Peterstraat 88-2, 1018 PS Amsterdam", "sophie@vandamtranslations.nl"],
            ["Canalside Robotics B.V.", "Attn. Finance", "Piet Heinkade 55", "1019 GM Amsterdam"],
            "Invoice no. 2026-14",
            [("Invoice date", "2 December 2026"), ("Your PO", "CR-PO-0931")],
            ("Description", "Units", "Rate", "Amount"),
            [("Translation EN>NL user manual, words", "6,200", "€0.14", "€" + money(a1, "en")),
             ("Terminology check / proofreading, hours", "3", "€55.00", "€" + money(a2, "en"))],
            [("Subtotal", "€" + money(net, "en")), ("VAT 21%", "€" + money(v, "en")), ("Total", "€" + money(tot, "en"), True)],
            ["Please transfer the total within 30 days to " + sp(i),
             "(S.J. van Dam), mentioning the invoice number.",
             "Chamber of Commerce 80441276 · VAT NL003881290B55"])
    R("Word", "en", "NL", "pdf", "sophie@vandamtranslations.nl", "Sophie van Dam", ("Canalside Finance", "finance@canalsiderobotics.com"),
      "Invoice 2026-14 (PO CR-PO-0931)", d,
      text="Hello,\n\nPlease find attached my invoice for the Dutch translation of the CR-7 user manual.\n\n"
           "Best regards,\nSophie van Dam",
      pages=[p], fname="Invoice 2026-14.pdf",
      exp=E("2026-14", tot, tot, d, plus(d, 30), "Canalside Robotics B.V.", "finance@canalsiderobotics.com", i, True, "en"),
      note="A Dutch translator's invoice in English to a local client: English number formats (€0.14, "
           "6,200 words) with a Dutch IBAN and 21% VAT; 'Invoice no.' in the title.")


def en30():
    d = D(2026, 12, 1)
    rows = [("02/11", "walk 1h", "14.00"), ("04/11", "walk 1h", "14.00"), ("06/11", "walk 1h", "14.00")]
    body = ("Hi Olivia,\n\nHere's Biscuit's invoice for November - he's been a star, even in the rain.\n\n"
            "INVOICE 12   (1 December 2026)\n"
            "Paws About Town - Kate Whitmore - Bristol\n\n"
            "| what               | no. | each   | total   |\n"
            "|--------------------|-----|--------|---------|\n"
            "| group walk (1 hr)  | 15  | £14.00 | £210.00 |\n"
            "| puppy check-in     | 2   | £9.00  | £18.00  |\n"
            "|                    |     | TOTAL  | £228.00 |\n\n"
            "No rush - whenever you can, ideally by the end of the month.\n"
            "Bank: K Whitmore, sort code 08-92-99, acc 67341120.\n\n"
            "Thanks!\nKate\nPaws About Town · 07946 218 330")
    R("mail", "en", "UK", "body-text", "kate@pawsabouttown.co.uk", "Kate Whitmore", ("Olivia Grant", "olivia.grant@outlook.com"),
      "Biscuit - November invoice", d, text=body,
      exp=E("12", 22800, 22800, d, eom(d), "Olivia Grant", "olivia.grant@outlook.com", None, False, "en", cur="GBP"),
      note="A dog-walker's invoice in a markdown-like pipe table, bare number 'INVOICE 12', 'whenever you "
           "can, ideally by the end of the month' (due: month end), UK sort code only, no IBAN.")


def en31():
    d = D(2026, 12, 2)
    body = ("Hi Rachel,\n\nThanks for a great block of sessions! Here's your invoice.\n\n"
            "Kira Lund Yoga\nInvoice: KL-2026-40\nDate: 12/02/2026\n"
            "Bill to: Rachel Kim\n\n"
            "Private sessions (60 min) - 11/04, 11/11, 11/13, 11/18, 11/20, 11/25\n"
            "6 x $95.00 = $570.00\n\n"
            "Amount due: $570.00\nDue upon receipt.\n\n"
            "Venmo @kira-lund-yoga or Zelle to this email address.\n\n"
            "Namaste,\nKira\nAustin, TX")
    R("mail", "en", "US", "body-text", "kira@kiralundyoga.com", "Kira Lund", ("Rachel Kim", "rachel.kim@gmail.com"),
      "Invoice KL-2026-40", d, text=body,
      exp=E("KL-2026-40", 57000, 57000, d, d, "Rachel Kim", "rachel.kim@gmail.com", None, False, "en", cur="USD"),
      note="A US yoga teacher's invoice in the mail: dates in American order (12/02/2026, six session "
           "dates mm/dd), 'Due upon receipt' (due = issue date), Venmo/Zelle, no IBAN.")


def en32():
    d = D(2026, 11, 23)
    i = ib("NL")
    tot = 9 * 1800 + 1000
    body = ("Hi Laura and James,\n\nWelcome home! Pepper and Miso were very good, Miso even sat on my lap on "
            "Thursday. Below is the invoice for the cat sitting.\n\n"
            "Invoice 2026-22\nDate 23 Nov 2026\n\n"
            "Cat visits 13/11 - 21/11 (9 x €18.00)   €162.00\n"
            "Key pick-up and return                  €10.00\n"
            "Total                                   €172.00\n\n"
            "I am exempt from VAT (small business scheme, KOR).\n"
            "Please pay within 14 days to " + sp(i) + " (M. Jacobs), or use this Tikkie: "
            "https://tikkie.me/pay/kattenoppasmies/Vn4qL8sT\n\n"
            "Warm regards,\nMies\nKattenoppas Mies · Utrecht · 06 33 18 27 64")
    R("mail", "en", "NL", "body-text", "kattenoppasmies@gmail.com", "Mies Jacobs", ("Laura O'Connor", "laura.oconnor@gmail.com"),
      "Invoice cat sitting", d, text=body,
      exp=E("2026-22", tot, tot, d, plus(d, 14), "Laura O'Connor", "laura.oconnor@gmail.com", i, False, "en"),
      note="A Dutch pet-sitter's invoice in English to expats: euro in English notation, Tikkie beside "
           "the IBAN, KOR explained in English; the debtor named only in the To header (labelled as "
           "written there).")


def en33():
    d = D(2026, 11, 30)
    i = ib("IE")
    cleans = 12
    a1 = cleans * 7000  # 2.5 h x € 28
    sup = 2450
    net = a1 + sup
    v = vat(net, 13.5)
    tot = net + v
    table = xltable([["Date", "Hours", "Rate", "Amount"]] +
                    [[dd, "2.5", "€28.00", "€70.00"] for dd in
                     ("03/11", "05/11", "07/11", "10/11", "12/11", "14/11", "17/11", "19/11", "21/11", "24/11",
                      "26/11", "28/11")] +
                    [["Cleaning supplies", "", "", "€24.50"], ["Net", "", "", "€" + money(net, "en")],
                     ["VAT 13.5%", "", "", "€" + money(v, "en")], ["TOTAL", "", "", "€" + money(tot, "en")]])
    html = outlook(["Hi Siobhán,",
                    "Please see my invoice for November below (copied from my spreadsheet).",
                    "Invoice number: SC-118\nInvoice date: 30/11/2026\n"
                    "To: Lee Valley Physio Ltd, 14 Western Road, Cork T12 TP38",
                    table,
                    "Payment within 14 days to Niamh O'Sullivan, IBAN " + sp(i) + ".",
                    "Many thanks,\nNiamh\nSparkle Clean Cork · VAT IE 4419037FH"], lang="EN-IE")
    R("Outlook", "en", "IE", "body-html", "niamh@sparklecleancork.ie", "Sparkle Clean Cork", ("Siobhán Murphy", "admin@leevalleyphysio.ie"),
      "November invoice SC-118", d, html=html,
      exp=E("SC-118", tot, tot, d, plus(d, 14), "Lee Valley Physio Ltd", "admin@leevalleyphysio.ie", i, True, "en"),
      note="An Irish cleaner's Outlook invoice with an Excel table of twelve dated cleans, supplies, "
           "13.5% VAT; the address in a 'To:' line inside the body.")


def en34():
    d = D(2026, 11, 10)
    i = ib("GB")
    a1, a2 = 8 * 6500, 34000
    tot = a1 + a2
    table = gsheet([["Item", "Qty", "Price", "Total"], ["Table arrangements", "8", "£65.00", gbp(a1)],
                    ["Foliage arch (hire, install, strike)", "1", "£340.00", gbp(a2)], ["", "", "TOTAL", gbp(tot)]])
    html = gmail(["Dear Charlotte,",
                  "Thank you so much for having Wild Bloom at the wedding fair on Sunday. Here is the invoice:",
                  "<div><b>Wild Bloom Studio — Invoice WB-26-031</b><br>Date: 10 Nov 2026<br>"
                  "Bill to: The Grange Hotel Ltd, Grange Road, Hexham NE46 4JA</div><div><br></div>",
                  table,
                  "Terms: 30 days. Not VAT registered.\nBank: Wild Bloom Studio (F. Armstrong), 40-11-62 "
                  "71902284\nIBAN " + sp(i),
                  "Warmly,\nFlora Armstrong\nWild Bloom Studio · Corbridge"])
    R("Gmail", "en", "UK", "body-html", "hello@wildbloomstudio.co.uk", "Wild Bloom Studio", ("Charlotte Reay", "events@thegrangehexham.co.uk"),
      "Wedding fair flowers - invoice", d, html=html,
      exp=E("WB-26-031", tot, tot, d, plus(d, 30), "The Grange Hotel Ltd", "events@thegrangehexham.co.uk", i, True, "en", cur="GBP"),
      note="A florist's Gmail invoice with a table pasted from Sheets, the number inside a bold heading "
           "after an em dash, 'Terms: 30 days', sort code and IBAN.")


def en35():
    d = D(2026, 12, 1)
    a1, a2 = 120 * 1850, 30000
    net = a1 + a2
    tax = vat(net, 8.25)
    tot = net + tax
    dep = 50000
    table = gsheet([["Item", "Qty", "Price", "Amount"], ["BBQ plate (brisket/pulled pork, 2 sides)", "120", "$18.50", usd(a1)],
                    ["Service fee (4 hrs on site)", "1", "$300.00", usd(a2)], ["Sales tax 8.25%", "", "", usd(tax)],
                    ["Total", "", "", usd(tot)], ["Deposit paid 10/15/2026", "", "", "-" + usd(dep)],
                    ["BALANCE DUE", "", "", usd(tot - dep)]])
    html = gmail(["Hey Marcus,",
                  "Thanks again for having Smokestack out for the company picnic. Final invoice below.",
                  "Invoice # 1047 · Date 12/01/2026 · Due 12/15/2026\nHarlow Engineering Inc., 4410 Commerce St, Dallas TX 75226",
                  table,
                  "Pay by check to Smokestack BBQ LLC or Zelle to pay@smokestackbbq.com.",
                  "Smokin' regards,\nJD\nSmokestack BBQ Truck"])
    R("Gmail", "en", "US", "body-html", "jd@smokestackbbq.com", "Smokestack BBQ Truck", ("Marcus Hale", "mhale@harloweng.com"),
      "Invoice #1047 - company picnic", d, html=html,
      exp=E("1047", tot - dep, tot, d, D(2026, 12, 15), "Harlow Engineering Inc.", "mhale@harloweng.com", None, True, "en", cur="USD"),
      note="A US food truck's Gmail invoice with a pasted Sheets table: sales tax, a deposit dated "
           "10/15/2026 deducted, 'Due 12/15/2026' in American order, no IBAN.")

# ======================================================================================
# German invoices (15: DE 9, AT 3, CH 3)
# ======================================================================================

def de36():
    d = D(2026, 11, 16)
    i = ib("DE")
    a1, a2, a3 = 160000, 24000, 64 * 30
    tot = a1 + a2 + a3
    dep = 40000
    p = doc(["Lena Brandt Fotografie", "Hochzeiten · Familien · Portraits",
             "Schanzenstraße 9 · 20357 Hamburg · 0176 4421 9087 · hallo@lenabrandt.de"],
            ["Julia und Tobias Hartmann", "Eppendorfer Weg 187", "20253 Hamburg"],
            "Rechnung",
            [("Rechnungs-Nr.", "2026-018"), ("Datum", "16.11.2026"), ("Leistungsdatum", "07.11.2026 (Hochzeit)")],
            ("Leistung", "Menge", "Preis", "Betrag"),
            [("Hochzeitsreportage 8 Stunden", "1", eurd(a1), eurd(a1)),
             ("Fotobuch Leinen 30x30", "1", eurd(a2), eurd(a2)),
             ("Fahrtkosten (km)", "64", "0,30 €", eurd(a3))],
            [("Gesamt", eurd(tot)), ("Anzahlung erhalten am 03.06.2026", "-" + eurd(dep)),
             ("Noch zu zahlen", eurd(tot - dep), True)],
            ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
             "Bitte innerhalb einer Woche überweisen an: Lena Brandt, " + sp(i),
             "Steuernummer 43/123/04567"])
    R("Word", "de", "DE", "pdf", "hallo@lenabrandt.de", "Lena Brandt", ("Julia Hartmann", "julia.hartmann@web.de"),
      "Eure Hochzeitsrechnung 📷", d,
      text="Liebe Julia, lieber Tobias,\n\ndie Galerie ist fertig und ich bin ganz verliebt in die Bilder "
           "vom Elbstrand! Anbei die Rechnung, die Anzahlung ist schon abgezogen.\n\nAlles Liebe\nLena",
      pages=[p], fname="Rechnung_2026-018_Hartmann.pdf",
      exp=E("2026-018", tot - dep, tot, d, plus(d, 7), "Julia und Tobias Hartmann", "julia.hartmann@web.de", i, False, "de"),
      note="A wedding photographer's Word invoice under § 19 UStG: 'Rechnungs-Nr.', a deposit deducted, "
           "km allowance, 'Bitte innerhalb einer Woche' (7 days).")


def de37():
    d = D(2026, 11, 23)
    i = ib("DE")
    sp_, gp, pe = 60 * 1290, 60 * 650, 2 * 5 * 3200
    v7, v19 = vat(sp_, 7), vat(gp + pe, 19)
    net = sp_ + gp + pe
    tot = net + v7 + v19
    p = doc(["Partyservice Kaiser", "Inh. Michael Kaiser · Bahnhofstr. 4 · 85354 Freising",
             "Tel. 08161 90 44 12 · info@partyservice-kaiser.de"],
            ["Autohaus Ebner GmbH", "Buchhaltung", "Münchner Straße 120", "85356 Freising"],
            "Rechnug Nr. RE-2026-0193",
            [("Datum:", "23.11.2026"), ("Veranstaltung:", "Hausmesse 21.11.2026")],
            ("Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
            [("Fingerfood-Buffet (7 %)", "60", "12,90 €", eurd(sp_)),
             ("Getränkepauschale (19 %)", "60", "6,50 €", eurd(gp)),
             ("Servicekraft 2 x 5 Std. (19 %)", "10", "32,00 €", eurd(pe))],
            [("Netto", eurd(net)), ("MwSt 7 %", eurd(v7)), ("MwSt 19 %", eurd(v19)), ("Endbetrag", eurd(tot), True)],
            ["Zahlungsziel 14 Tage ohne Abzug.",
             "Sparkasse Freising · IBAN " + sp(i) + " · Kontoinhaber M. Kaiser",
             "USt-IdNr. DE318445102"], style="B")
    R("Excel", "de", "DE", "pdf", "info@partyservice-kaiser.de", "Partyservice Kaiser", ("Buchhaltung Autohaus Ebner", "buchhaltung@autohaus-ebner.de"),
      "Rechnung Hausmesse", d,
      text="Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die Bewirtung Ihrer Hausmesse am "
           "Samstag.\n\nMit freundlichen Grüßen\nMichael Kaiser",
      pages=[p], fname="RE-2026-0193.pdf",
      exp=E("RE-2026-0193", tot, tot, d, plus(d, 14), "Autohaus Ebner GmbH", "buchhaltung@autohaus-ebner.de", i, True, "de"),
      note="A caterer's Excel invoice titled 'Rechnug' (typo), 7% and 19% VAT on one invoice, "
           "'Endbetrag', 'Zahlungsziel 14 Tage'.")


def de38():
    d = D(2026, 11, 11)
    i = ib("DE")
    a1, a2 = 212 * 175, 500
    net = a1 + a2
    v = vat(net, 19)
    tot = net + v
    ref = "RE 26/041 Wolff"
    p = doc(["Dr. Katrin Wolff", "Übersetzungen Arabisch · Persisch · Deutsch",
             "Wiehre, Günterstalstraße 18 · 79102 Freiburg", "k.wolff@wolff-uebersetzungen.de"],
            ["Stadt Freiburg im Breisgau", "Amt für Migration und Integration", "Berliner Allee 1", "79114 Freiburg"],
            "Rechnung Nr. 26/041",
            [("Datum", "11.11.2026"), ("Ihr Zeichen", "AMI-24 / Az. 2026-3318"), ("Leistung", "Übersetzung Zeugnisse (Persisch)")],
            ("Position", "Menge", "Preis", "Betrag"),
            [("Normzeilen à 55 Anschläge", "212", "1,75 €", eurd(a1)),
             ("Bestätigung der Übersetzung", "1", "5,00 €", eurd(a2))],
            [("Nettobetrag", eurd(net)), ("zzgl. 19 % USt", eurd(v)), ("Rechnungsbetrag", eurd(tot), True)],
            ["Zahlbar innerhalb von 30 Tagen ohne Abzug auf das Konto",
             "IBAN " + sp(i) + ", GLS Bank, Kontoinhaberin Katrin Wolff",
             "Verwendungszweck: " + ref,
             "",
             "Steuernummer 06469/12345 · ermächtigte Übersetzerin (LG Freiburg)"])
    R("LibreOffice", "de", "DE", "pdf", "k.wolff@wolff-uebersetzungen.de", "Dr. Katrin Wolff", ("Rechnungseingang Stadt Freiburg", "rechnungseingang@stadt.freiburg.de"),
      "Rechnung 26/041 - Az. 2026-3318", d,
      text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie meine Rechnung 26/041 zum Aktenzeichen 2026-3318 "
           "(Sachbearbeitung Frau Kerner).\n\nMit freundlichen Grüßen\nDr. Katrin Wolff",
      pages=[p], fname="Rechnung 26-041.pdf",
      exp=E("26/041", tot, tot, d, plus(d, 30), "Stadt Freiburg im Breisgau", "rechnungseingang@stadt.freiburg.de", i, True, "de", ref=ref),
      note="A translator's LibreOffice invoice to a city (public): per-line rate for 212 Normzeilen, "
           "an Aktenzeichen beside the number, a labelled Verwendungszweck with her name.")


def de39():
    d = D(2026, 11, 30)
    i = ib("DE")
    a1, a2, a3 = 65000, 9000, 2 * 38 * 30
    net = a1 + a2 + a3
    v = vat(net, 19)
    tot = net + v
    p = doc(["DJ MARCO FUCHS", "Events · Hochzeiten · Vereinsfeiern", "Ammerseestr. 2a · 82223 Eichenau",
             "booking@djmarcofuchs.de"],
            ["TSV Eichenau e.V.", "Abteilung Fußball", "Sportplatzweg 1", "82223 Eichenau"],
            "RECHNUNG",
            [("Rechnungsnummer", "MF-2611"), ("Datum", "30.11.2026"), ("Zahlbar bis", "15.12.2026")],
            ("Leistung", "Anz.", "Preis", "Summe"),
            [("DJ Weihnachtsfeier 28.11., 6 Std.", "1", eurd(a1), eurd(a1)),
             ("Lichtanlage", "1", eurd(a2), eurd(a2)),
             ("Fahrtkosten Hin/Rück 2 x 38 km", "76", "0,30 €", eurd(a3))],
            [("Netto", eurd(net)), ("19 % MwSt.", eurd(v)), ("Summe", eurd(tot), True)],
            ["Bitte überweisen an Marco Fuchs · " + sp(i) + " · DKB",
             "Ich freu mich aufs nächste Jahr!"], style="C", title_size=24)
    R("Canva", "de", "DE", "pdf", "booking@djmarcofuchs.de", "DJ Marco Fuchs", ("Stefan Hörl", "kasse@tsv-eichenau.de"),
      "Rechnung Weihnachtsfeier", d,
      text="Servus Stefan,\n\nhier wie besprochen die Rechnung für die Weihnachtsfeier. Danke für die Einladung, "
           "war ein super Abend!\n\nGruß Marco",
      pages=[p], fname="Rechnung MF-2611.pdf",
      exp=E("MF-2611", tot, tot, d, D(2026, 12, 15), "TSV Eichenau e.V.", "kasse@tsv-eichenau.de", i, True, "de"),
      note="A DJ's Canva invoice to a sports club: a printed 'Zahlbar bis', km allowance with 76 as "
           "quantity, 'Summe' as the total label; the facts in a right-hand column.")


def de40():
    d = D(2026, 11, 28)
    i = ib("DE")
    tot = 8 * 7000
    p = doc(["Fit mit Jonas", "Personal Training · Jonas Petersen", "Lehmweg 30 · 20251 Hamburg · jonas@fitmitjonas.de"],
            ["Lea Schubert", "Heußweg 44", "20255 Hamburg"],
            "Rechnung",
            [("Rechnungsnummer:", "RE-3"), ("Rechnungsdatum:", "28.11.2026"), ("Zeitraum:", "November 2026")],
            ("Leistung", "Einheiten", "je", "Betrag"),
            [("Personal Training 60 Min., Eimsbütteler Park", "8", "70,00 €", eurd(tot))],
            [("Gesamtbetrag", eurd(tot), True)],
            ["Als Kleinunternehmer im Sinne von § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet.",
             "Bitte innerhalb von 14 Tagen auf " + sp(i) + " (Jonas Petersen)",
             "oder per PayPal: paypal.me/fitmitjonas"], style="B")
    R("Pages", "de", "DE", "pdf", "jonas@fitmitjonas.de", "Jonas Petersen", ("Lea Schubert", "lea.schubert@gmx.de"),
      "Rechnung November", d,
      text="Hi Lea,\n\nanbei die Rechnung für November. Starke Entwicklung beim Kreuzheben, weiter so!\n\nLG Jonas",
      pages=[p], fname="RE-3.pdf",
      exp=E("RE-3", tot, tot, d, plus(d, 14), "Lea Schubert", "lea.schubert@gmx.de", i, False, "de"),
      note="A personal trainer's Pages invoice with the short number 'RE-3', § 19 UStG, PayPal.me "
           "beside the IBAN, 14 days.")


def de41():
    d = D(2026, 11, 20)
    i = ib("DE")
    lab, mat = 6 * 4200, 8740
    net = lab + mat
    v = vat(net, 19)
    tot = net + v
    labb = lab + vat(lab, 19)
    p = doc(["Hausmeisterservice Yilmaz", "Inh. Murat Yilmaz · Kölner Str. 55 · 51379 Leverkusen",
             "0171 220 84 61 · service@hms-yilmaz.de"],
            ["Herr und Frau Becker", "Am Stadtpark 12", "51373 Leverkusen"],
            "Rechnung HM-26-077",
            [("Rechnungsdatum", "20.11.2026"), ("Ausführung", "17.–18.11.2026"), ("Objekt", "Gartenhaus, Dachrinne, Zaun")],
            ("Beschreibung", "Menge", "Preis", "Betrag"),
            [("Arbeitszeit", "6 Std.", "42,00 €", eurd(lab)),
             ("Material lt. Beleg (Dachrinne, Halter)", "1", eurd(mat), eurd(mat))],
            [("Zwischensumme", eurd(net)), ("USt 19 %", eurd(v)), ("Gesamtbetrag", eurd(tot), True)],
            ["Zahlbar sofort ohne Abzug.",
             "Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: " + eurd(labb) + " (brutto).",
             "Bankverbindung: " + sp(i) + " · USt-IdNr. DE297114830"])
    R("Word", "de", "DE", "pdf", "service@hms-yilmaz.de", "Hausmeisterservice Yilmaz", ("Familie Becker", "becker.lev@t-online.de"),
      "Rechnung", d,
      text="Guten Tag Herr Becker,\n\nanbei die Rechnung für die Arbeiten am Gartenhaus.\n\nMfG\nM. Yilmaz",
      pages=[p], fname="Rechnung HM-26-077.pdf",
      exp=E("HM-26-077", tot, tot, d, d, "Herr und Frau Becker", "becker.lev@t-online.de", i, False, "de"),
      note="A handyman's Word invoice to a household: 'Zahlbar sofort' (due = issue date), the § 35a "
           "labour share as a distractor amount, 'Herr und Frau Becker' kept (surname only).")


def de42():
    d = D(2026, 11, 9)
    i = ib("AT")
    a1, a2 = 190000, 12000
    tot = a1 + a2
    dep = 50000
    p = doc(["Die Wirtshausmusi", "Tanzlmusi & Hochzeiten aus dem Zillertal",
             "Florian Kröll · Dorfstraße 17 · 6280 Zell am Ziller · 0664 381 22 09"],
            ["Katharina und Florian Egger", "Innstraße 48", "6020 Innsbruck"],
            "Rechnung Nr. 14",
            [("Datum", "9. November 2026"), ("Hochzeit", "31. Oktober 2026, Gasthof Post, Hippach")],
            ("", "", "", "Betrag"),
            [("Hochzeitsmusik, 4 Musikanten, 14:00–02:00", "", "", eurd(a1)),
             ("Fahrtkosten pauschal", "", "", eurd(a2)),
             ("Summe", "", "", eurd(tot)),
             ("abzüglich Anzahlung vom 12. Jänner 2026", "", "", "-" + eurd(dep))],
            [("Restbetrag", eurd(tot - dep), True)],
            ["Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung gem. § 6 Abs. 1 Z 27 UStG.",
             "Zahlbar binnen 14 Tagen auf " + sp(i) + " (Kontoinhaber Florian Kröll).",
             "Vergelt's Gott und alles Gute für euch zwei!"])
    R("Word", "de", "AT", "pdf", "wirtshausmusi@aon.at", "Die Wirtshausmusi", ("Katharina Egger", "kathi.egger@gmx.at"),
      "Rechnung Hochzeitsmusik", d,
      text="Griaß eich Kathi und Florian,\n\nes war uns eine Ehre! Anbei die Rechnung, die Anzahlung vom Jänner "
           "ist schon abgezogen.\n\nPfiat eich\nFlorian (der andere Florian 😉)",
      pages=[p], fname="Rechnung 14 Egger.pdf",
      exp=E("14", tot - dep, tot, d, plus(d, 14), "Katharina und Florian Egger", "kathi.egger@gmx.at", i, False, "de"),
      note="An Austrian wedding band's Word invoice: bare number 'Nr. 14', 'Jänner', the sum as a table "
           "row and the deposit under it, Austrian small-business exemption, 'binnen 14 Tagen'.")


def de43():
    d = D(2026, 12, 3)
    i = ib("AT")
    a1, a2, tx = 3 * 24000, 15 * 1400, 15 * 250
    net = a1 + a2
    v = vat(net, 10)
    tot = net + v + tx
    p = doc(["Ferienhaus Alpenblick", "Maria Gruber · Oberdorf 8 · 5753 Saalbach",
             "urlaub@alpenblick-saalbach.at · +43 6541 7712"],
            ["Steinbauer Consulting GmbH", "z. H. Frau Mag. Petra Lang", "Mariahilfer Straße 88", "1070 Wien"],
            "Rechnung FA-2026/052",
            [("Rechnungsdatum", "03.12.2026"), ("Aufenthalt", "27.–30.11.2026, 5 Personen"),
             ("Zahlbar bis", "18.12.2026")],
            ("Leistung", "Anzahl", "Preis", "Gesamt"),
            [("Appartement Hochkönig, Nacht", "3", eurd(24000), eurd(a1)),
             ("Frühstückskorb pro Person/Tag", "15", eurd(1400), eurd(a2)),
             ("Ortstaxe (nicht steuerbar)", "15", "2,50 €", eurd(tx))],
            [("Netto", eurd(net)), ("USt 10 %", eurd(v)), ("Ortstaxe", eurd(tx)), ("Gesamtbetrag", eurd(tot), True)],
            ["Bankverbindung: Raiffeisenbank Saalbach, Maria Gruber, " + sp(i),
             "UID ATU71234509"], style="B")
    R("Excel", "de", "AT", "pdf", "urlaub@alpenblick-saalbach.at", "Ferienhaus Alpenblick", ("Petra Lang", "office@steinbauer-consulting.at"),
      "Rechnung Aufenthalt 27.-30.11.", d,
      text="Sehr geehrte Frau Mag. Lang,\n\nvielen Dank für Ihren Aufenthalt. Anbei die Rechnung.\n\n"
           "Mit freundlichen Grüßen aus Saalbach\nMaria Gruber",
      pages=[p], fname="Rechnung FA-2026-052.pdf",
      exp=E("FA-2026/052", tot, tot, d, D(2026, 12, 18), "Steinbauer Consulting GmbH", "office@steinbauer-consulting.at", i, True, "de"),
      note="An Austrian holiday flat's Excel invoice to a company: 10% USt, Ortstaxe outside VAT listed "
           "again under the totals, 'z. H.' a person, 'Zahlbar bis' printed.")


def de44():
    d = D(2026, 11, 17)
    i = ib("CH")
    a1, a2, a3 = 35 * 850, 4800, 2200
    tot = a1 + a2 + a3
    p = doc(["Atelier Nadelöhr", "Massschneiderei & Änderungen · Seraina Brunner",
             "Zweierstrasse 35 · 8004 Zürich · 044 241 08 77"],
            ["Frau Dr. Regula Keller", "Gartenhofstrasse 12", "8004 Zürich"],
            "Rechnung Nr. 2026-31",
            [("Datum", "17. November 2026"), ("Auftrag", "Änderung Wollmantel")],
            ("Arbeit / Material", "Menge", "Ansatz", "Betrag"),
            [("Ärmel kürzen, Futter ersetzen (Std.)", "3.5", "85.00", money(a1, "ch")),
             ("Futterstoff Viskose", "1", "48.00", money(a2, "ch")),
             ("Knöpfe Horn (4 Stk.)", "1", "22.00", money(a3, "ch"))],
            [("Total CHF", money(tot, "ch"), True)],
            ["Nicht MWST-pflichtig.",
             "Zahlbar innert 30 Tagen auf IBAN " + sp(i),
             "Kontoinhaberin: S. Brunner, Zürich. Herzlichen Dank!"])
    R("Word", "de", "CH", "pdf", "atelier@nadeloehr.ch", "Atelier Nadelöhr", ("Regula Keller", "regula.keller@bluewin.ch"),
      "Rechnung Mantel", d,
      text="Grüezi Frau Keller\n\nDer Mantel ist fertig und kann ab Donnerstag abgeholt werden. Die Rechnung "
           "sende ich Ihnen vorab.\n\nFreundliche Grüsse\nSeraina Brunner",
      pages=[p], fname="Rechnung 2026-31.pdf",
      exp=E("2026-31", tot, tot, d, plus(d, 30), "Dr. Regula Keller", "regula.keller@bluewin.ch", i, False, "de", cur="CHF"),
      note="A Swiss seamstress's Word invoice in CHF without a currency on the lines ('Total CHF' label), "
           "3.5 hours, not VAT-registered, 'innert 30 Tagen', no QR slip.")


def de45():
    d = D(2026, 11, 25)
    i = ib("DE")
    tot = 3 * 9500 + 14000 + 2500
    ref = "Rg 2026-48 Musikschule"
    body = ("Liebe Frau Sommer,\n\n"
            "wie jedes Jahr im November waren die Instrumente dran. Hier meine Rechnung:\n\n"
            "Rechnung Nr. 2026-48 vom 25.11.2026\n"
            "an: Musikschule Lindenau e.V., Karl-Heine-Str. 22, 04229 Leipzig\n\n"
            "Stimmen Klavier (Raum 1, 4, 7)   3 x 95,00 €   285,00 €\n"
            "Stimmen Flügel Saal                            140,00 €\n"
            "Anfahrt                                         25,00 €\n"
            "Endbetrag                                      450,00 €\n"
            "(in Worten: vierhundertfünfzig Euro)\n\n"
            "Gemäß § 19 UStG keine Umsatzsteuer.\n"
            "Bitte innerhalb einer Woche auf mein Konto " + sp(i) + " (B. Kühn),\n"
            "Verwendungszweck: " + ref + "\n\n"
            "Das Klavier in Raum 4 braucht nächstes Jahr neue Hammerköpfe.\n\n"
            "Herzliche Grüße\nBernd Kühn\nKlavierstimmer · Leipzig · 0341 4928 331")
    R("mail", "de", "DE", "body-text", "bernd.kuehn@klavierstimmer-leipzig.de", "Bernd Kühn", ("Sabine Sommer", "verwaltung@musikschule-lindenau.de"),
      "Rechnung Klavierstimmung November", d, text=body,
      exp=E("2026-48", tot, tot, d, plus(d, 7), "Musikschule Lindenau e.V.", "verwaltung@musikschule-lindenau.de", i, True, "de", ref=ref),
      note="A piano tuner's invoice in the mail body: the total also in words, 'Bitte innerhalb einer "
           "Woche', a Verwendungszweck with words, the debtor on an 'an:' line.")


def de46():
    d = D(2026, 11, 21)
    i = ib("AT")
    a1, a2 = 10 * 2500, 2 * 4000
    tot = a1 + a2
    body = ("Hallo Thomas,\n\nanbei wie vereinbart meine Rechnung für Lumpi:\n\n"
            "Rechnung PG-2026-58\t\tWien, 21.11.2026\n"
            "Mag. Thomas Leitner, Margaretenstraße 70/12, 1050 Wien\n\n"
            "Tag\tLeistung\t\tBetrag\n"
            "03.–14.11.\tTagesbetreuung 10 x\t250,00\n"
            "07./08.11.\tÜbernachtung 2 x 40,00\t80,00\n"
            "\t\t\t------\n"
            "\tSumme EUR\t\t330,00\n\n"
            "Kleinunternehmerin, daher ohne USt.\n"
            "Bitte bis Monatsende auf " + i + " überweisen.\n\n"
            "Liebe Grüße, auch an Lumpi\nSabine\n\n"
            "Pfotenglück – Hundebetreuung Sabine Huber\nIBAN " + sp(i) + " · BIC BKAUATWW")
    R("mail", "de", "AT", "body-text", "pfotenglueck.wien@gmail.com", "Sabine Huber", ("Thomas Leitner", "t.leitner@chello.at"),
      "Rechnung Lumpi November", d, text=body,
      exp=E("PG-2026-58", tot, tot, d, eom(d), "Mag. Thomas Leitner", "t.leitner@chello.at", i, False, "de"),
      note="A Viennese dog-sitter's invoice typed with tabs, 'Summe EUR' without a sign on the amounts, "
           "'bis Monatsende' (30 Nov), the IBAN unspaced in the sentence and spaced in the signature; "
           "'Mag.' kept as an academic title.")


def de47():
    d = D(2026, 11, 18)
    i = ib("CH")
    a1, a2 = 60 * 950, 20 * 1400
    net = a1 + a2
    v = vat(net, 2.6)
    tot = net + v
    body = ("Grüezi Herr Frei\n\nHier meine Rechnung für die Lieferung vom Montag.\n\n"
            "Imkerei Sonnhalde, Ruedi Baumann, Sonnhalde 4, 8630 Rüti ZH\n"
            "MWST-Nr. CHE-118.442.907 MWST\n\n"
            "Rechnung Nr. 26-112, 18.11.2026\n"
            "Dorfladen Rüti GmbH, Bahnhofstrasse 9, 8630 Rüti ZH\n\n"
            "60 Gläser Blütenhonig 500 g   à 9.50    570.00\n"
            "20 Wabenhonig 250 g           à 14.00   280.00\n"
            "Zwischentotal                           850.00\n"
            "MWST 2.6 %                               22.10\n"
            "Endbetrag CHF                           872.10\n\n"
            "Zahlbar innert 20 Tagen, IBAN " + sp(i) + ", Raiffeisenbank Zürcher Oberland.\n\n"
            "Freundliche Grüsse\nRuedi Baumann")
    R("mail", "de", "CH", "body-text", "imkerei.sonnhalde@bluewin.ch", "Ruedi Baumann", ("Dorfladen Rüti", "einkauf@dorfladen-rueti.ch"),
      "Rechnung Honig 26-112", d, text=body,
      exp=E("26-112", tot, tot, d, plus(d, 20), "Dorfladen Rüti GmbH", "einkauf@dorfladen-rueti.ch", i, True, "de", cur="CHF"),
      note="A Swiss beekeeper's invoice to a village shop in the mail: 2.6% MWST, 'Endbetrag CHF', "
           "sender and debtor address lines one after the other, 'innert 20 Tagen'.")


def de48():
    d = D(2026, 11, 26)
    i = ib("DE")
    a1, a2 = 4 * 18000, 6 * 7500
    net = a1 + a2
    v = vat(net, 19)
    tot = net + v
    table = gsheet([["Pos.", "Leistung", "Menge", "Preis", "Summe"],
                    ["1", "Newsletter-Texte Dezember", "4", "180,00 €", eurd(a1)],
                    ["2", "Überarbeitung Website Leistungen (Std.)", "6", "75,00 €", eurd(a2)],
                    ["", "", "", "netto", eurd(net)], ["", "", "", "19 % USt.", eurd(v)],
                    ["", "", "", "Summe", eurd(tot)]])
    html = gmail(["Hallo Herr Böhm,",
                  "hier kommt meine Rechnung für November – ich habe die Tabelle direkt aus meiner "
                  "Rechnungsvorlage kopiert, ein PDF schicke ich gerne nach, falls Ihre Buchhaltung eines braucht.",
                  "Rechnungsnummer AR-2026-12\nRechnungsdatum 26.11.2026\n"
                  "Böhm & Partner Steuerberatung PartG mbB, Oststraße 51, 40211 Düsseldorf",
                  table,
                  "Zahlungsziel: 14 Tage. Konto: Anna Richter, " + sp(i) + ".",
                  "Viele Grüße\nAnna Richter\nTexte von Anna Richter · USt-IdNr. DE331902774"])
    R("Gmail", "de", "DE", "body-html", "post@texte-annarichter.de", "Anna Richter", ("Dr. Georg Böhm", "g.boehm@boehm-partner.de"),
      "Rechnung AR-2026-12", d, html=html,
      exp=E("AR-2026-12", tot, tot, d, plus(d, 14), "Böhm & Partner Steuerberatung PartG mbB", "g.boehm@boehm-partner.de", i, True, "de"),
      note="A copywriter's Gmail invoice with a five-column table pasted from Sheets, 'Zahlungsziel: "
           "14 Tage', a PDF offered only 'if needed'; labels without colons.")


def de49():
    d = D(2026, 11, 13)
    i = ib("CH")
    a1, a2, a3 = 120000, 16 * 9500, 18000
    net = a1 + a2 + a3
    v = vat(net, 8.1)
    tot = net + v
    meta = ("<table cellpadding=3 style=\"border-collapse:collapse;font-family:Calibri\">"
            "<tr><td>Rechnungsnummer</td><td>LM-2026-17</td></tr><tr><td>Datum</td><td>13.11.2026</td></tr>"
            "<tr><td>Kunde</td><td>Verein Openair Sihltal, c/o Nina Huber, Sihlstrasse 14, 8135 Langnau am Albis</td></tr></table>")
    table = xltable([["Leistung", "Menge", "Ansatz CHF", "Betrag CHF"], ["Drehtag Festival", "1", "1'200.00", money(a1, "ch")],
                     ["Schnitt Aftermovie (Std.)", "16", "95.00", money(a2, "ch")], ["Musiklizenz", "1", "180.00", money(a3, "ch")],
                     ["Zwischentotal", "", "", money(net, "ch")], ["MWST 8.1 %", "", "", money(v, "ch")],
                     ["Total", "", "", money(tot, "ch")]])
    html = outlook(["Liebe Nina", "Anbei, bzw. unten, meine Rechnung für den Aftermovie.", meta, table,
                    "Zahlbar innert 30 Tagen auf " + sp(i) + " (Lukas Meier, Zürcher Kantonalbank).",
                    "Liebe Grüsse\nLukas\n\nLukas Meier Film · CHE-402.118.665 MWST"], lang="DE-CH")
    R("Outlook", "de", "CH", "body-html", "lukas@lukasmeierfilm.ch", "Lukas Meier Film", ("Nina Huber", "kasse@openair-sihltal.ch"),
      "Rechnung Aftermovie Openair", d, html=html,
      exp=E("LM-2026-17", tot, tot, d, plus(d, 30), "Verein Openair Sihltal", "kasse@openair-sihltal.ch", i, True, "de", cur="CHF"),
      note="A Swiss videographer's Outlook invoice: the number in a two-column table of its own, the "
           "lines pasted from Excel in CHF with apostrophes, 8.1% MWST, the association c/o a person.")


def de50():
    d = D(2026, 12, 3)
    i = ib("DE")
    a1, a2, a3 = 28000, 9000, 3500
    tot = a1 + a2 + a3
    html = gmail(["Liebe Johanna,",
                  "vielen Dank nochmal für die schöne Tag! Hier ist meine Rechnug (sorry, mein Deutsch ist nicht perfekt 🙈).",
                  "<div><b>Rechnug Nr. MU-2026-09</b><br>Datum: 03.12.2026<br>An: Johanna Weiß, Boxhagener Str. 21, "
                  "10245 Berlin</div><div><br></div>",
                  "Braut Make-up + Haare: 280,00 €\nProbetermin: 90,00 €\nAnfahrt Potsdam: 35,00 €\n"
                  "Totale: " + eurd(tot),
                  "Keine Umsatzsteuer wegen § 19 UStG (Kleinunternehmer).\nZahlbar bis 20.12.2026 an Emily Carter, "
                  "IBAN " + sp(i) + " oder paypal.me/emilymakeupberlin",
                  "Liebe Grüße\nEmily\nEmily Carter Make-up · Berlin-Friedrichshain"])
    R("Gmail", "de", "DE", "body-html", "emily@emilycartermakeup.de", "Emily Carter", ("Johanna Weiß", "johanna.weiss@posteo.de"),
      "Rechnung Hochzeit", d, html=html,
      exp=E("MU-2026-09", tot, tot, d, D(2026, 12, 20), "Johanna Weiß", "johanna.weiss@posteo.de", i, False, "de"),
      note="A British make-up artist in Berlin invoicing in German with slips ('Rechnug', 'Totale', 'die "
           "schöne Tag'): lines as 'label: amount' in one div, § 19, PayPal.me, a printed pay-by date.")

# ======================================================================================
# Not invoices (25: nl 9, en 8, de 8), from the same people
# ======================================================================================

def x01():
    d = D(2026, 11, 26)
    a1, a2 = 3 * 17500, 22 * 1500
    net = a1 + a2
    v = vat(net, 21)
    p = doc(["Lotte Verbeek Fotografie", "Kerkstraat 14 · 3811 CV Amersfoort",
             "hallo@lotteverbeek.nl · 06 41 27 88 03"],
            ["Makelaardij Eemland B.V.", "t.a.v. Wouter Ploeg", "Stadsring 90", "3811 HT Amersfoort"],
            "OFFERTE",
            [("Offerte nr:", "O-2026-12"), ("Datum:", "26 november 2026"), ("Geldig tot:", "31 januari 2027")],
            ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
            [("Shoot op locatie (uur)", "3", eur(17500), eur(a1)),
             ("Portret bewerkt, per medewerker", "22", eur(1500), eur(a2))],
            [("Subtotaal", eur(net)), ("Btw 21%", eur(v)), ("Totaal offerte", eur(net + v), True)],
            ["Akkoord? Stuur deze offerte getekend terug, dan plannen we een datum in januari.",
             "Na de shoot ontvangt u de factuur."])
    R("Word", "nl", "NL", "none", "hallo@lotteverbeek.nl", "Lotte Verbeek", ("Wouter Ploeg", "w.ploeg@makelaardij-eemland.nl"),
      "Offerte teamfoto's", d,
      text="Beste Wouter,\n\nLeuk je gisteren te spreken. Zoals beloofd mijn offerte voor de nieuwe teamfoto's "
           "voor jullie website.\n\nHartelijke groet,\nLotte",
      pages=[p], fname="Offerte O-2026-12 Makelaardij Eemland.pdf",
      why="A quote (Offerte) with a validity date, in the same Word template as her invoices; nothing is owed until accepted.",
      note="Same letterhead and table as an invoice in the set, with totals and VAT; only 'OFFERTE', "
           "'Offerte nr' and 'Geldig tot' tell it apart.")


def x02():
    d = D(2026, 11, 16)
    body = ("Hoi Sem,\n\nOeps, ik zie net dat ik de factuur voor het verjaardagsfeest van zaterdag niet heb "
            "meegestuurd. Mijn laptop deed moeilijk, hij komt morgen alsnog jouw kant op.\n\n"
            "Het wordt € 640,00 zoals afgesproken (5 uur draaien + licht), geen reiskosten want het was om de hoek.\n\n"
            "Groet,\nRamon\nDJ Ramon")
    R("mail", "nl", "NL", "none", "ramon@djramon.nl", "DJ Ramon", ("Sem Vos", "semvos@hotmail.com"),
      "Re: factuur feest", d, text=body,
      why="Says the invoice was forgotten and follows tomorrow; the amount is mentioned but no invoice is sent.",
      note="From the DJ's address with an amount and 'factuur' in subject and body, but no number, no IBAN and no document.")


def x03():
    d = D(2026, 11, 19)
    html = gmail(["Hoi Gijs,",
                  "Wauw, dat was snel! Factuur F11 van € 612,40 is vandaag al binnen. Dank je wel!",
                  "Vanaf januari bak ik op dinsdag ook spelt, laat maar weten of jullie dat willen proberen.",
                  "Groetjes,\nBea\nBakkerij Kruimel"])
    R("Gmail", "nl", "NL", "none", "bestellen@bakkerijkruimel.nl", "Bakkerij Kruimel", ("Gijs Hendriks", "gijs@koffiebardemolen.nl"),
      "betaling ontvangen 👍", d, html=html,
      why="A thank-you for a payment already received on invoice F11; nothing is owed.",
      note="Names an invoice number and its amount from the same baker who sends F12 in the set.")


def x04():
    d = D(2026, 11, 28)
    rows = [("04/11", "3,0"), ("07/11", "3,0"), ("11/11", "2,5"), ("14/11", "3,0"), ("18/11", "3,0"),
            ("21/11", "3,0"), ("25/11", "2,5"), ("28/11", "3,0")]
    p = doc(["Poetsdienst Nadia", "Nadia El Amrani · Roeselare", "poetsdienst.nadia@telenet.be · BTW BE 0754.118.903"],
            ["Tandartsenpraktijk Vermeulen", "Meensesteenweg 301", "8800 Roeselare"],
            "Urenoverzicht november 2026 – ter controle",
            [("Datum", "28/11/2026"), ("Uurprijs", "€ 32,00 excl. btw")],
            ("Datum", "Uren"), rows,
            [("Totaal uren", "23,0", True)],
            ["Klopt dit overzicht? Laat het me weten vóór 2 december,",
             "daarna maak ik de factuur op."], style="B")
    R("Word", "nl", "BE", "none", "poetsdienst.nadia@telenet.be", "Nadia El Amrani", ("Lies Vermeulen", "lies@tandartsvermeulen.be"),
      "urenoverzicht november", d,
      text="Dag Lies,\n\nIn bijlage het overzicht van mijn uren in november. Mag ik even horen of alles klopt? "
           "Dan stuur ik begin volgende week de factuur.\n\nGroetjes\nNadia",
      pages=[p], fname="uren november Vermeulen.pdf",
      why="An hours overview sent for checking before the invoice is made; it states no amount due and no invoice number.",
      note="Same cleaner as a Flemish invoice in the set: dates, hours and a rate, only no total in euro.")


def x05():
    d = D(2026, 11, 3)
    p = doc(["Vakantiehuisje Het Kraaiennest", "Duinweg 17, 1871 EH Schoorl", "kraaiennest.schoorl@gmail.com"],
            [], "Tarieven 2027",
            [("Geldig vanaf", "1 januari 2027")],
            ("Periode", "Per week", "Midweek", "Weekend"),
            [("Laagseizoen (jan–mrt, nov)", eur(69500), eur(45000), eur(36000)),
             ("Middenseizoen (apr–jun, sep–okt)", eur(89500), eur(59500), eur(45000)),
             ("Hoogseizoen (jul–aug)", eur(119500), "–", "–"),
             ("Kerst / oud & nieuw", eur(99500), "–", "–")],
            [("Eindschoonmaak", eur(8000)), ("Toeristenbelasting p.p.p.n.", eur(205)), ("Hond", eur(2500))],
            ["Bij boeking betaalt u 30% aanbetaling, het restant uiterlijk 4 weken voor aankomst."],
            style="A")
    R("Google Docs", "nl", "NL", "none", "kraaiennest.schoorl@gmail.com", "Vakantiehuisje Het Kraaiennest", ("Nicole Brouwer", "nicole.brouwer@gmail.com"),
      "Prijzen 2027", d,
      text="Beste Nicole,\n\nLeuk dat jullie volgend jaar weer willen komen! Hierbij de prijzen voor 2027. "
           "Laat maar weten welke week, dan zet ik hem voor jullie vast.\n\nGroet,\nAnnemarie",
      pages=[p], fname="Tarieven Kraaiennest 2027.pdf",
      why="A price list for next season; nothing has been booked and nothing is owed.",
      note="Euro amounts in a table with a 'Eindschoonmaak' total-like block and deposit terms; no number, no debtor.")


def x06():
    d = D(2026, 11, 29)
    body = ("Hoi lieverds,\n\nWat was het gezellig gisteren bij Mama Kelly! Ik heb de rekening voorgeschoten, "
            "het kwam op € 186,00 voor ons zessen, dus € 31,00 per persoon.\n\n"
            "Tikkie: https://tikkie.me/pay/yaram/tK8sRe2P\n\n"
            "Volgende keer kiest Demi het restaurant 😄\n\nXx Yara")
    R("notes app", "nl", "NL", "none", "hello@glowbyyara.nl", "Yara Mahabier", ("", "undisclosed-recipients:;"),
      "Tikkie etentje", d, text=body,
      why="A Tikkie among friends for a shared dinner, sent from her business address; a private settling-up, not a bill to a customer.",
      note="From the make-up artist's business address, with an amount, a payment link and a bride from the set among the friends.")
    RECS[-1]["envelope"]["rcpt_to"] = ["demiverhoeven@gmail.com", "sarita.k@gmail.com", "lisanne.boer@live.nl"]


def x07():
    d = D(2026, 11, 30)
    body = ("Goedemiddag meneer De Ruiter,\n\n"
            "Volgens mijn administratie heb ik de betaling van factuur 2026-033 van 12 oktober nog niet ontvangen. "
            "Het gaat om € 412,50 voor het vervangen van de dakgoot.\n\n"
            "Misschien is het er bij u doorgeschoten? Wilt u het even nakijken en overmaken op mijn rekening? "
            "Heeft u al betaald, dan is deze mail niet nodig.\n\n"
            "Met vriendelijke groet,\nHenk Jansen\nKlussenbedrijf Henk Jansen")
    R("mail", "nl", "NL", "none", "klussen.henkjansen@ziggo.nl", "Henk Jansen", ("P. de Ruiter", "pderuiter@kpnmail.nl"),
      "herinnering factuur 2026-033", d, text=body,
      why="The handyman's own typed reminder for invoice 2026-033 sent in October; the invoice was already recorded then.",
      note="Invoice number, amount and 'overmaken' in a reminder typed in the mail by the same handyman.")


def x08():
    d = D(2026, 12, 1)
    i = ib("BE")
    net = 48600
    v = vat(net, 6)
    p = doc(["Groothandel Flora Antwerpen NV", "Haven 210, 2030 Antwerpen · BTW BE 0403.118.227"],
            ["Bloemenatelier Roos", "Roos Peeters", "Mechelsesteenweg 233", "2018 Antwerpen"],
            "FACTUUR 2026-118842",
            [("Datum", "26/11/2026"), ("Klantnr.", "40771"), ("Vervaldag", "10/12/2026")],
            ("Artikel", "Aantal", "Prijs", "Totaal"),
            [("Ranonkel mix, bos 10", "20", eur(870), eur(17400)),
             ("Eucalyptus cinerea, bos", "24", eur(650), eur(15600)),
             ("Amaryllis rood, steel", "60", eur(260), eur(15600))],
            [("Totaal excl. btw", eur(net)), ("Btw 6%", eur(v)), ("Te betalen", eur(net + v), True)],
            ["Te betalen op " + sp(i) + " met mededeling +++261/1188/42071+++"])
    R("forward", "nl", "BE", "none", "bestel@bloemenatelierroos.be", "Bloemenatelier Roos", ("Boekhoudkantoor Janssens", "dossiers@boekhouding-janssens.be"),
      "Fwd: Factuur 2026-118842 - voor de administratie", d,
      text="Dag Kris,\n\nVoor de administratie: factuur van de groothandel, is al betaald via de app.\n\nRoos\n\n"
           "---------- Doorgestuurd bericht ---------\nVan: Groothandel Flora Antwerpen <facturen@flora-antwerpen.be>\n"
           "Onderwerp: Factuur 2026-118842\n\nGeachte klant, in bijlage uw factuur.",
      pages=[p], fname="Factuur 2026-118842.pdf",
      why="A supplier's invoice to the florist forwarded to her bookkeeper for the books; it is a bill she received, not one she sends.",
      note="A complete supplier invoice with number, IBAN and structured communication, from the florist's billing address; the debtor is the sender herself.")


def x09():
    d = D(2026, 11, 11)
    html = gmail(["Beste mevrouw Tijssen,",
                  "Jammer dat jullie verblijf van 18 tot 20 december niet doorgaat, en veel beterschap voor uw man.",
                  "Ik heb de boeking geannuleerd. Omdat u meer dan vier weken van tevoren annuleert, zijn er geen "
                  "kosten en hoeft u niets te betalen. U had nog geen aanbetaling gedaan, dus er valt ook niets terug te storten.",
                  "Hopelijk tot een andere keer in Middelburg!",
                  "Hartelijke groet,\nWilma Knop\nB&B De Zeeuwse Knop"])
    R("Gmail", "nl", "NL", "none", "kamers@dezeeuwseknop.nl", "B&B De Zeeuwse Knop", ("Joke Tijssen", "j.tijssen@xs4all.nl"),
      "Annulering 18-20 december", d, html=html,
      why="A booking cancelled free of charge: it says nothing is to be paid.",
      note="From the B&B's billing address with dates and 'betalen'; no amount at all.")


def x10():
    d = D(2026, 11, 24)
    a1, a2 = 85000, 10 * 4500
    net = a1 + a2
    v = vat(net, 20)
    p = doc(["REEL NORTH FILMS", "Callum Reid · 7 Cross Belgrave St · Leeds LS2 8JP",
             "callum@reelnorthfilms.co.uk"],
            ["Kirkstall Food Bank (CIO)", "Abbey Road", "Leeds LS5 3HS"],
            "Quote",
            [("Quote number", "Q-26-09"), ("Date", "24.11.2026"), ("Valid for", "60 days")],
            ("Description", "Qty", "Unit", "Net"),
            [("Filming day, volunteers' stories", "1", gbp(a1), gbp(a1)),
             ("Edit, 3 min film + 3 social cuts (hours)", "10", gbp(4500), gbp(a2))],
            [("Net total", gbp(net)), ("VAT @ 20%", gbp(v)), ("Quoted total", gbp(net + v), True)],
            ["A 10% charity discount can apply once you confirm the date."], style="C")
    R("Excel", "en", "UK", "none", "callum@reelnorthfilms.co.uk", "Callum Reid", ("Amira Shah", "amira@kirkstallfoodbank.org.uk"),
      "Quote for your film", d,
      text="Hi Amira,\n\nGreat to meet you on Friday. My quote for the film is attached; happy to adjust.\n\nCallum",
      pages=[p], fname="Quote Q-26-09.pdf",
      why="A quote valid for 60 days in the videographer's invoice template; no work done, nothing owed.",
      note="Same right-column layout as an invoice in the set, with VAT and a total; 'Quote number' and 'Valid for' are the only tells.")


def x11():
    d = D(2026, 11, 18)
    p = doc(["The Velvet Foxes", "wedding & party band", "bookings@thevelvetfoxes.co.uk · 07700 914 262"],
            ["Priya Nair & Sam Okafor", "51 Lyncombe Hill", "Bath BA2 4PQ"],
            "Booking confirmation",
            [("Booking", "VF-2027-05"), ("Date of wedding", "12 June 2027"), ("Venue", "Kelston Manor, Bath")],
            ("Agreed", "Amount"),
            [("Evening set 3 x 45 min + DJ playlist", gbp(260000)), ("Travel (estimate)", gbp(5000))],
            [("Agreed fee", gbp(265000), True)],
            ["Deposit: 25% (" + gbp(66250) + "). We'll send the deposit invoice in January; no need",
             "to pay anything yet. The balance is invoiced after the wedding."])
    R("Word", "en", "UK", "none", "bookings@thevelvetfoxes.co.uk", "The Velvet Foxes", ("Priya Nair", "priya.nair@gmail.com"),
      "You're booked! 12 June 2027", d,
      text="Hi Priya and Sam,\n\nAmazing news, you're in the diary! Confirmation attached with the fee we agreed.\n\n"
           "Rob",
      pages=[p], fname="Booking VF-2027-05.pdf",
      why="A booking confirmation with the agreed fee; the deposit will be invoiced in January and nothing is to be paid yet.",
      note="Same band letterhead as an invoice in the set with a fee, a deposit amount and a booking number.")


def x12():
    d = D(2026, 11, 20)
    body = ("Hi Aisha,\n\nJust a quick note to say thank you for paying Inv# 043 (£850.00) so quickly - "
            "it landed this morning! It makes such a difference for a one-woman business.\n\n"
            "I'll get the blog posts over to you by Friday.\n\nHannah")
    R("mail", "en", "UK", "none", "hannah@colecopy.co.uk", "Hannah Cole", ("Aisha Rahman", "practice@brightwaterdental.co.uk"),
      "Thank you!", d, text=body,
      why="A thank-you for a payment already received on Inv# 043; nothing is owed.",
      note="Invoice label, number and a GBP amount from the copywriter who sends Inv# 044 in the set to the same practice.")


def x13():
    d = D(2026, 12, 1)
    html = outlook(["Dear Mr Quinlan,",
                    "Thank you for buying a Seaview B&B gift voucher - what a lovely Christmas present.",
                    "Voucher no. GV-0412\nValue: €150.00 (one night for two with breakfast)\nValid until 30/11/2027\n"
                    "Paid in full by card on 01/12/2026 - thank you.",
                    "The voucher itself is in the post to you today.",
                    "Kind regards,\nMary Ó Sé\nSeaview B&B, Dingle"], lang="EN-IE")
    R("Outlook", "en", "IE", "none", "stay@seaviewdingle.ie", "Seaview B&B", ("Liam Quinlan", "liam.quinlan@eircom.net"),
      "Your gift voucher GV-0412", d, html=html,
      why="A gift voucher already paid in full by card; it confirms a sale, nothing is owed.",
      note="Number-like voucher code, an amount and 'Paid in full', from the B&B's billing address.")


def x14():
    d = D(2026, 11, 17)
    p = doc(["Smokestack BBQ Truck", "Smokestack BBQ LLC · Dallas, TX · jd@smokestackbbq.com"],
            ["Oak Cliff Neighborhood Association", "c/o Tanya Brooks", "Dallas, TX 75208"],
            "Catering Agreement",
            [("Event", "Spring Block Party, 04/17/2027"), ("Guests", "200 (est.)"), ("Agreement date", "11/17/2026")],
            None, (),
            [("Fee per plate", "$16.00"), ("Minimum (150 plates)", usd(240000)), ("Deposit", usd(60000), True)],
            ["1. The deposit is due 30 days before the event and is invoiced separately.",
             "2. Final count due 7 days before; the balance is invoiced after the event, due in 14 days.",
             "3. Cancellation more than 60 days out: deposit refunded in full.",
             "",
             "Signed for Smokestack BBQ LLC: ____________     Client: ____________"])
    R("Google Docs", "en", "US", "none", "jd@smokestackbbq.com", "Smokestack BBQ Truck", ("Tanya Brooks", "tanya@oakcliffna.org"),
      "Agreement for the block party", d,
      text="Hi Tanya,\n\nHere's the agreement for April. Sign and send it back whenever you're ready.\n\nJD",
      pages=[p], fname="Smokestack_Agreement_OakCliff.pdf",
      why="A catering agreement stating the fee and deposit terms for an event in 2027; both are to be invoiced later.",
      note="Dollar amounts, a bold 'Deposit' line and payment terms in a contract from the food truck's address.")


def x15():
    d = D(2026, 11, 12)
    body = ("Hi Mr Osei,\n\nYou were right, I charged you for 5 hours on invoice DM1179 and it was 3 and a half. "
            "Sorry about that. I'll refund the difference of £42.00 to your account today, "
            "it should be with you tomorrow.\n\nCheers,\nDave Marsh")
    R("mail", "en", "UK", "none", "davemarsh.repairs@gmail.com", "Dave Marsh", ("Kwame Osei", "k.osei@gmail.com"),
      "invoice DM1179 - refund", d, text=body,
      why="Announces a refund of an overcharge on an earlier invoice; the customer owes nothing and no credit note is attached.",
      note="Invoice number and amount in the subject and body from the handyman's address.")


def x16():
    d = D(2026, 11, 27)
    body = ("Hello Daan,\n\nBefore I send my invoice for November, could you check the hours below? "
            "These are the in-house sessions for the tender documents, billed at €55.00 an hour.\n\n"
            "date       | task                          | hours\n"
            "03/11/2026 | glossary set-up               | 2.0\n"
            "10/11/2026 | review tender chapter 1-3     | 3.5\n"
            "17/11/2026 | review chapter 4, call        | 2.5\n"
            "24/11/2026 | final read, formatting        | 1.5\n"
            "           | total                         | 9.5\n\n"
            "If it's all fine, I'll invoice on Monday.\n\nBest,\nSophie")
    R("mail", "en", "NL", "none", "sophie@vandamtranslations.nl", "Sophie van Dam", ("Daan Smit", "daan@canalsiderobotics.com"),
      "Hours November - please check", d, text=body,
      why="A list of hours sent for the client to check before the invoice is made; no amount due or number.",
      note="A rate and a pipe table of hours from the translator who invoices the same client in the set.")


def x17():
    d = D(2026, 11, 25)
    table = gsheet([["2027 wedding flowers", "from"], ["Bridal bouquet", "£145.00"], ["Bridesmaid bouquet", "£65.00"],
                    ["Buttonhole", "£12.00"], ["Table centrepiece", "£55.00"], ["Foliage arch (hire)", "£380.00"]])
    html = gmail(["Hi lovely,",
                  "Thanks for your enquiry! Here are my prices for 2027 weddings. A £150.00 booking fee secures "
                  "the date, I'll send a proper quote once we've met.",
                  table,
                  "Flora\nWild Bloom Studio"])
    R("Gmail", "en", "UK", "none", "hello@wildbloomstudio.co.uk", "Wild Bloom Studio", ("Beth Robson", "bethrobson92@hotmail.co.uk"),
      "Wild Bloom 2027 prices", d, html=html,
      why="A price list for next season's weddings, with a quote promised later; nothing booked or owed.",
      note="A pasted Sheets table of GBP prices and a booking fee, from the florist who invoices in the same style.")


def x18():
    d = D(2026, 12, 2)
    a1, a2 = 40 * 2450, 40 * 750
    net = a1 + a2
    v7, v19 = vat(a1, 7), vat(a2, 19)
    p = doc(["Partyservice Kaiser", "Inh. Michael Kaiser · Bahnhofstr. 4 · 85354 Freising",
             "Tel. 08161 90 44 12 · info@partyservice-kaiser.de"],
            ["Kanzlei Oberhuber Rechtsanwälte", "Untere Hauptstraße 3", "85354 Freising"],
            "Angebot Nr. AN-2026-0211",
            [("Datum:", "02.12.2026"), ("Gültig bis:", "16.12.2026"), ("Anlass:", "Weihnachtsessen 18.12.2026")],
            ("Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
            [("Weihnachtsmenü 3 Gänge (7 %)", "40", "24,50 €", eurd(a1)),
             ("Getränkepauschale (19 %)", "40", "7,50 €", eurd(a2))],
            [("Netto", eurd(net)), ("MwSt 7 %", eurd(v7)), ("MwSt 19 %", eurd(v19)), ("Angebotssumme", eurd(net + v7 + v19), True)],
            ["Wir freuen uns auf Ihre Zusage. Die Rechnung erhalten Sie nach der Veranstaltung."], style="B")
    R("Excel", "de", "DE", "none", "info@partyservice-kaiser.de", "Partyservice Kaiser", ("Dr. Tanja Oberhuber", "kanzlei@oberhuber-ra.de"),
      "Angebot Weihnachtsessen", d,
      text="Sehr geehrte Frau Dr. Oberhuber,\n\nwie telefonisch besprochen erhalten Sie anbei unser Angebot.\n\n"
           "Mit freundlichen Grüßen\nMichael Kaiser",
      pages=[p], fname="Angebot AN-2026-0211.pdf",
      why="An Angebot valid until 16.12.2026 in the caterer's invoice template; the invoice follows after the event.",
      note="Same Excel layout as the caterer's invoice in the set, with two VAT rates and a bold sum.")


def x19():
    d = D(2026, 11, 20)
    p = doc(["Die Wirtshausmusi", "Tanzlmusi & Hochzeiten aus dem Zillertal",
             "Florian Kröll · Dorfstraße 17 · 6280 Zell am Ziller · 0664 381 22 09"],
            ["Anna Moser und Lukas Pichler", "Bahnhofstraße 3", "6130 Schwaz"],
            "Kostenvoranschlag",
            [("Datum", "20. November 2026"), ("Hochzeit", "28. August 2027, Schwaz")],
            ("", "Betrag"),
            [("Kirchenmusik und Agape (3 Musikanten)", eurd(45000)),
             ("Hochzeitsmusik ab 18:00, 4 Musikanten", eurd(180000)),
             ("Fahrtkosten pauschal", eurd(8000))],
            [("Voraussichtlich", eurd(233000), True)],
            ["Bei Zusage bitten wir um eine Anzahlung von 500,00 €, dafür schicken wir eine eigene Rechnung.",
             "Der Kostenvoranschlag ist bis Ende Jänner 2027 gültig."])
    R("Word", "de", "AT", "none", "wirtshausmusi@aon.at", "Die Wirtshausmusi", ("Anna Moser", "anna.moser@tirol.com"),
      "Kostenvoranschlag Hochzeit 2027", d,
      text="Liebe Anna, lieber Lukas,\n\ndanke für eure Anfrage! Anbei unser Kostenvoranschlag.\n\nPfiat eich\nFlorian",
      pages=[p], fname="KV Moser-Pichler 2027.pdf",
      why="A Kostenvoranschlag (estimate) for a wedding in 2027; the deposit would get its own invoice after acceptance.",
      note="Same Austrian band letterhead and amount column as an invoice in the set, a bold total-like 'Voraussichtlich'.")


def x20():
    d = D(2026, 11, 28)
    body = ("Grüezi Frau Ammann\n\nSie wollten für Ihre Buchhaltung noch eine Quittung für den Einkauf heute "
            "am Wochenmarkt:\n\n"
            "QUITTUNG\nImkerei Sonnhalde, Ruedi Baumann, Rüti ZH\n"
            "28.11.2026, Wochenmarkt Rapperswil\n\n"
            "6 Gläser Blütenhonig à 12.00   72.00\n"
            "2 Bienenwachskerzen à 9.50     19.00\n"
            "Total CHF 91.00, inkl. 2.6 % MWST\n\n"
            "Betrag bar erhalten. Besten Dank!\n\nRuedi Baumann")
    R("mail", "de", "CH", "none", "imkerei.sonnhalde@bluewin.ch", "Ruedi Baumann", ("Claudia Ammann", "c.ammann@praxis-ammann.ch"),
      "Quittung Wochenmarkt", d, text=body,
      why="A receipt for goods paid in cash at the market; nothing is owed.",
      note="Lines, a CHF total and VAT from the beekeeper who invoices a shop in the set; 'bar erhalten' is the tell.")


def x21():
    d = D(2026, 12, 2)
    body = ("Liebe Frau Albrecht,\n\n"
            "ich hoffe, es geht Ihnen gut und der Flügel klingt noch schön. Bei der Durchsicht meiner Unterlagen "
            "ist mir aufgefallen, dass meine Rechnung Nr. 2026-39 vom 21.10.2026 über 165,00 € noch offen ist.\n\n"
            "Vielleicht ist sie untergegangen? Ich wäre dankbar, wenn Sie den Betrag in den nächsten Tagen "
            "überweisen. Sollte sich das mit Ihrer Zahlung überschnitten haben, betrachten Sie diese Mail bitte "
            "als gegenstandslos.\n\nHerzliche Grüße\nBernd Kühn")
    R("mail", "de", "DE", "none", "bernd.kuehn@klavierstimmer-leipzig.de", "Bernd Kühn", ("Ute Albrecht", "ute.albrecht@web.de"),
      "Erinnerung Rechnung 2026-39", d, text=body,
      why="The piano tuner's own reminder for invoice 2026-39 of 21 October; the invoice itself was sent then.",
      note="Invoice number, date, amount and a request to transfer, typed in the mail by the tuner.")


def x22():
    d = D(2026, 11, 30)
    html = gmail(["Hallo Herr Schubert,",
                  "vielen Dank für Ihre Bestellung! Ihr Gutschein für 5 Personal-Training-Einheiten im Wert von "
                  "350,00 € ist bezahlt (PayPal, 30.11.2026).",
                  "Gutschein-Code: FMJ-X26-117\nFür: Lea Schubert\nEinlösbar bis 31.12.2027",
                  "Den Gutschein als PDF zum Ausdrucken bekommen Sie morgen in einer zweiten Mail.",
                  "Sportliche Grüße\nJonas\nFit mit Jonas"])
    R("Gmail", "de", "DE", "none", "jonas@fitmitjonas.de", "Jonas Petersen", ("Henrik Schubert", "h.schubert@gmx.de"),
      "Dein Gutschein ist bezahlt", d, html=html,
      why="Confirms a gift voucher already paid by PayPal; nothing is owed.",
      note="Amount, code and a name from the trainer's billing address; the voucher is for a client invoiced in the set.")


def x23():
    d = D(2026, 11, 4)
    p = doc(["Ferienhaus Alpenblick", "Maria Gruber · Oberdorf 8 · 5753 Saalbach",
             "urlaub@alpenblick-saalbach.at · +43 6541 7712"],
            ["Familie Hofbauer", "Linzer Straße 201", "4020 Linz"],
            "Stornobestätigung",
            [("Buchung", "B-2027-008"), ("Datum", "04.11.2026"), ("Zeitraum", "02.–09.01.2027")],
            ("Position", "Betrag"),
            [("Appartement Hochkönig, 7 Nächte", eurd(168000)), ("Stornogebühr", "0,00 €")],
            [("Zu zahlen", "0,00 €", True)],
            ["Die Stornierung erfolgte mehr als 6 Wochen vor Anreise und ist daher kostenfrei.",
             "Eine Anzahlung wurde nicht geleistet."], style="B")
    R("Excel", "de", "AT", "none", "urlaub@alpenblick-saalbach.at", "Ferienhaus Alpenblick", ("Gerhard Hofbauer", "g.hofbauer@liwest.at"),
      "Stornobestätigung Jänner 2027", d,
      text="Sehr geehrter Herr Hofbauer,\n\nschade, dass es nicht klappt. Anbei die Bestätigung Ihrer Stornierung.\n\n"
           "Mit lieben Grüßen\nMaria Gruber",
      pages=[p], fname="Storno B-2027-008.pdf",
      why="A cancellation confirmation with a fee of 0,00 € and nothing to pay.",
      note="Same Excel template as the holiday flat's invoice: a price line and a bold 'Zu zahlen' of zero.")


def x24():
    d = D(2026, 11, 30)
    body = ("Hi Tobi,\n\nsorry, eben gemerkt, dass der Anhang fehlt – die Rechnung für euren 40. "
            "kommt morgen früh, ich sitz grad noch im Auto.\n\nWird wie besprochen 595,00 € inkl. Licht.\n\nGruß Marco")
    R("mail", "de", "DE", "none", "booking@djmarcofuchs.de", "DJ Marco Fuchs", ("Tobias Lenz", "tobi.lenz@gmail.com"),
      "AW: Rechnung", d, text=body,
      why="Says the invoice attachment is missing and will follow tomorrow; no invoice is in this mail.",
      note="A short reply with 'Rechnung' in the subject and an amount from the DJ's booking address.")


def x25():
    d = D(2026, 11, 25)
    i = ib("DE")
    net = 18412
    v = vat(net, 19)
    p = doc(["Baustoffe Lehmann KG", "Industriestraße 40 · 51373 Leverkusen · USt-IdNr. DE129004117"],
            ["Hausmeisterservice Yilmaz", "Murat Yilmaz", "Kölner Str. 55", "51379 Leverkusen"],
            "Rechnung 7781120",
            [("Rechnungsdatum", "19.11.2026"), ("Kundennummer", "23318"), ("Fällig", "03.12.2026")],
            ("Artikel", "Menge", "Preis", "Betrag"),
            [("Dachrinne Zink halbrund 333, 3 m", "4", "24,90 €", eurd(9960)),
             ("Rinnenhalter verzinkt", "12", "3,29 €", eurd(3948)),
             ("Fallrohr Zink 100 mm, 2 m", "2", "22,52 €", eurd(4504))],
            [("Netto", eurd(net)), ("USt 19 %", eurd(v)), ("Rechnungsbetrag", eurd(net + v), True)],
            ["Zahlbar bis 03.12.2026 auf " + sp(i) + " (Sparkasse Leverkusen)."])
    R("forward", "de", "DE", "none", "service@hms-yilmaz.de", "Hausmeisterservice Yilmaz", ("Steuerbüro Hartung", "belege@steuerbuero-hartung.de"),
      "WG: Rechnung 7781120 für die Buchhaltung", d,
      text="Hallo Frau Hartung,\n\nfür die Buchhaltung November, Material für Becker. Ist bezahlt.\n\nGruß M. Yilmaz\n\n"
           "-----Ursprüngliche Nachricht-----\nVon: rechnung@baustoffe-lehmann.de\nBetreff: Rechnung 7781120\n\n"
           "Sehr geehrter Kunde, anbei Ihre Rechnung.",
      pages=[p], fname="Rechnung_7781120.pdf",
      why="A builders' merchant's invoice to the handyman forwarded to his tax office for the books; a bill he received, not one he sends.",
      note="A complete supplier invoice with IBAN and due date from the handyman's billing address; the debtor is the sender himself.")

# ======================================================================================

def width(it):
    return len(it["text"]) * it["size"] * 0.5 * 1.12


def check(records, meta):
    mk.check_labels(records)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for ln in lines:
        json.loads(ln)
    ids = [r["id"] for r in records]
    assert ids == ["inv-hold21-%03d" % k for k in range(1, len(records) + 1)], "ids"
    inv = [r for r in records if r["is_invoice"]]
    assert len(records) == 75 and len(inv) == 50, (len(records), len(inv))
    cnt = lambda rs, key: {v: sum(1 for r in rs if key(r) == v) for v in set(map(key, rs))}  # noqa: E731
    assert cnt(inv, lambda r: r["lang"]) == {"nl": 20, "en": 15, "de": 15}
    assert cnt([r for r in records if not r["is_invoice"]], lambda r: r["lang"]) == {"nl": 9, "en": 8, "de": 8}
    assert cnt(inv, lambda r: r["kind"]) == {"pdf": 30, "body-text": 10, "body-html": 10}
    errs = []
    for r in records:
        m = meta[r["id"]]
        for pg in (r.get("pdf") or {}).get("pages", []):
            W, H = pg.get("width", 595), pg.get("height", 842)
            spans = {}
            for it in pg["items"]:
                w = width(it)
                x0, x1 = (it["x"] - w, it["x"]) if it["align"] == "right" else (it["x"], it["x"] + w)
                if not (x0 >= 18 and x1 <= W - 18 and 20 <= it["y"] <= H - 20):
                    errs.append((r["id"], "outside", it["text"], int(x0), int(x1)))
                spans.setdefault(it["y"], []).append((x0, x1, it["text"]))
            for y, ss in spans.items():
                ss.sort()
                for a, b in zip(ss, ss[1:]):
                    if a[1] > b[0]:
                        errs.append((r["id"], "overlap", a[2], b[2]))
        e = r["expected"]
        if e is None:
            continue
        text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
        if e["payment_reference"]:
            assert e["payment_reference"] in text, r["id"]
        assert e["debtor_email"] in m["to_header"], r["id"]
        assert e["debtor_email"] in r["envelope"]["rcpt_to"], r["id"]
        assert e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert e["language"] == r["lang"], r["id"]
    assert not errs, "\n".join(map(str, errs))
    # no sentence over 45 characters shared by two mails
    seen = {}
    for r in records:
        body = r["eml"].split("\n\n", 1)[1]
        txt = re.sub(r"<[^>]+>", "\n", body)
        if r.get("pdf"):
            # a sender's letterhead and footer (under 9 pt) repeat in its template by design
            txt += "\n" + "\n".join(it["text"] for pg in r["pdf"]["pages"] for it in pg["items"] if it["size"] >= 9)
        sents = set(s.strip().lower() for s in re.split(r"[.!?\n]", txt) if len(s.strip()) > 45)
        for s in sents:
            if "boundary" in s or "content-type" in s or s.startswith("<") or "google-sheets" in s:
                continue
            if s in seen:
                errs.append(("shared sentence", s, seen.get(s), r["id"]))
            seen[s] = r["id"]
    assert not errs, "\n".join(map(str, errs))


def main():
    for name, fn in list(globals().items()):
        if re.match(r"^(nl|en|de)\d\d$|^x\d\d$", name) and callable(fn):
            fn()
    rng.shuffle(RECS)
    records, meta = [], {}
    for k, r in enumerate(RECS, 1):
        rid = "inv-hold21-%03d" % k
        pages = r["pages"]
        records.append(mk.record(rid, r["tool"], r["lang"], r["kind"], r["envelope"], r["eml"], pages=pages,
                                 pdf_filename=r["fname"], expected=r["exp"], why_not=r["why"], note=r["note"]))
        meta[rid] = r
    check(records, meta)
    mk.write(OUT, records)
    inv = [r for r in records if r["is_invoice"]]
    print("wrote %d records (%d invoices) to %s" % (len(records), len(inv), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
