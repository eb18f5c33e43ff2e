# ---------------------------------------------------------------- the invoices
WORDS = {"nl": {8: "acht", 14: "veertien", 30: "dertig", 21: "eenentwintig", 10: "tien"},
         "en": {14: "fourteen", 30: "thirty", 7: "seven", 21: "twenty-one", 10: "ten"},
         "de": {14: "vierzehn", 30: "dreißig", 10: "zehn", 21: "einundzwanzig", 8: "acht"}}
DS = {"nl": "dmy-", "en": "short-en", "de": "dmy."}


def inv(**s):
    lang = s["lang"]
    s.setdefault("cur", "EUR")
    s.setdefault("kind", "pdf")
    s.setdefault("business", True)
    s.setdefault("tool", "word-pdf")
    ds = s.get("ds", DS[lang])
    s.setdefault("issue_str", mk.date(s["issue"], ds, lang))
    L = dict(LB[lang], **s.get("lb", {}))
    dd = due_date(s)
    credit = s.get("credit", False)
    s.setdefault("title", ((L["cn"] if credit else L["inv"]) + " " + s["number"]) if s.get("title_no", True) else L["inv"])
    if "facts" not in s:
        f = [(L["no"], s["number"]), (L["date"], s["issue_str"])]
        if s.get("custno"):
            f.append((L["cust"], s["custno"]))
        if dd and not s.get("term_words") and s.get("show_due", True):
            f.append((L["due"], mk.date(dd, ds, lang)))
        f += s.get("xfacts", [])
        s["facts"] = f
    if "payline" not in s:
        pl = []
        term = s.get("term")
        if s.get("term_words"):
            w = WORDS[lang][term]
            pl.append({"nl": "Wij verzoeken u het bedrag binnen %s dagen over te maken" % w,
                       "en": "Payment is due within %s days of the invoice date" % w,
                       "de": "Bitte überweisen Sie den Betrag innerhalb von %s Tagen" % w}[lang]
                      + ({"nl": " op", "en": " to", "de": " auf"}[lang] + " " + mk.iban_spaced(s["iban"]) if s.get("iban") else "") + ".")
        elif s.get("iban") and not credit:
            pl.append({"nl": "Graag overmaken op %s t.n.v. %s" % (mk.iban_spaced(s["iban"]), s["seller"]["name"]),
                       "en": "Please pay by bank transfer to IBAN %s (%s)" % (mk.iban_spaced(s["iban"]), s["seller"]["name"]),
                       "de": "Bankverbindung: %s · IBAN %s" % (s.get("bank", "Sparkasse"), mk.iban_spaced(s["iban"]))}[lang])
        if s.get("ref"):
            pl.append("%s: %s" % (L["ref"], s.get("ref_print", s["ref"])))
        s["payline"] = pl
    if "subject" not in s:
        s["subject"] = {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % s["number"]
        if credit:
            s["subject"] = {"nl": "Creditnota %s", "en": "Credit note %s", "de": "Gutschrift %s"}[lang] % s["number"]
    s["subject"] = qsubj(s["subject"]) if s.get("q", True) else b64subj(s["subject"])
    if s["kind"] == "pdf" and "body" not in s:
        g = s.get("greet") or {"nl": "Geachte heer/mevrouw,", "en": "Dear Sir or Madam,", "de": "Sehr geehrte Damen und Herren,"}[lang]
        s["body"] = g + "\n\n" + {"nl": "In de bijlage vindt u %s %s.\n\nMet vriendelijke groet,\n",
                                  "en": "Please find attached %s %s.\n\nKind regards,\n",
                                  "de": "anbei erhalten Sie %s %s.\n\nMit freundlichen Grüßen\n"}[lang] % (
            {"nl": "creditnota" if credit else "factuur", "en": "credit note" if credit else "invoice",
             "de": "die Gutschrift" if credit else "die Rechnung"}[lang], s["number"]) + s.get("sign", s["seller"]["name"])
    s.setdefault("fname", s["title"].replace(" ", "_").replace("/", "-") + ".pdf")
    return add_invoice(s)


d = D
# 1 nl: title + infix debtor, deposit deducted
sel = S("Schildersbedrijf Van Wageningen", ["Molenweg 14", "3771 BH Barneveld", "info@schildersbedrijfvanwageningen.nl", "0342-418772"],
        "facturen@schildersbedrijfvanwageningen.nl", ["KvK 61844209", "btw NL002184471B57"])
I1 = iban("NL")
inv(lang="nl", tool="snelstart", seller=sel, number="2026-0412", issue=d(2026, 11, 24), term=14, iban=I1,
    ref="7041 2026 0412 0066".replace(" ", ""), ref_print="7041 2026 0412 0066",
    block=["mr. drs. J.W. van der Heijden", "Kastanjelaan 9", "3772 KP Barneveld"], debtor="mr. drs. J.W. van der Heijden",
    business=False, rcpt="jw.vanderheijden@ziggo.nl", to="\"J.W. van der Heijden\" <jw.vanderheijden@ziggo.nl>",
    lines=[("Buitenschilderwerk woning, kozijnen en boeidelen", 1, 412000, 21), ("Houtrotreparatie 2 kozijnen (uren)", 6, 5250, 21),
           ("Materiaal: Sikkens Rubbol XD, plamuur", 1, 38640, 21)],
    deduct=[("Aanbetaling ontvangen 12-10-2026", 150000)], layout="A",
    intro=["Volgens offerte O-2026-0377 van 2 oktober 2026."],
    body="Geachte heer Van der Heijden,\n\nHierbij ontvangt u de factuur voor het buitenschilderwerk aan uw woning. De aanbetaling hebben wij hierop in mindering gebracht.\n\nMet vriendelijke groet,\nGerrit van Wageningen",
    note="Dutch 'mr. drs.' titles with a 'van der' infix kept in the name; deposit already paid is deducted from the total.")

# 2 nl body-text: couple, termijn 2 van 3
sel = S("Hoveniersbedrijf De Linde", ["Broekweg 3", "6741 MG Lunteren"], "administratie@hoveniersbedrijfdelinde.nl", ["KvK 72210954"])
I2 = iban("NL")


def b2(c):
    return ("Geachte heer en mevrouw Dekker,\n\nZoals afgesproken factureer ik hierbij de tweede termijn voor de aanleg van uw tuin.\n\n"
            "Factuur: 26-118\nDatum: 27-11-2026\nTermijn 2 van 3 (na oplevering bestrating)\n\n"
            "Aanneemsom aanleg tuin Bosrand 22: %s excl. btw\n\n" % fmt(2370249, "EUR", "nl")
            + "\n".join(text_lines(SP2, c)) +
            "\n\nGraag voldoen vóór 11 december 2026 op %s t.n.v. Hoveniersbedrijf De Linde, o.v.v. factuurnummer 26-118.\n\n"
            "De laatste termijn volgt na het planten in maart.\n\nGroet,\nWouter Hak\nHoveniersbedrijf De Linde\n" % mk.iban_spaced(I2))


SP2 = dict(lang="nl", cur="EUR", lines=[("Termijn 2 van 3 (1/3 van aanneemsom, excl. btw)", 1, 790083, 21)])
inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, number="26-118", issue=d(2026, 11, 27), due=d(2026, 12, 11), iban=I2,
    block=[], debtor="heer en mevrouw Dekker", business=False, rcpt="fam.dekker@kpnmail.nl", to="fam.dekker@kpnmail.nl",
    lines=SP2["lines"], typed=b2, subject="Factuur 26-118 tweede termijn tuin", from_name="Wouter Hak",
    note="Typed instalment invoice ('termijn 2 van 3') to a couple named only as 'heer en mevrouw Dekker' in the greeting (kept: only a surname would remain); the contract sum is printed too but is not what is due.")

# 3 nl: customer number first, reverse charge (btw verlegd)
sel = S("Elektrotechniek Brouwer", ["Industrieweg 41", "8091 RX Wezep", "T 038-3761140"], "facturatie@brouwer-elektro.nl", ["KvK 08162271", "btw NL801643228B01"])
inv(lang="nl", tool="exact-online", seller=sel, number="F260977", issue=d(2026, 11, 20), term=30, iban=iban("NL"),
    block=["Debiteurnr. 20418", "Bouwbedrijf Kortekaas B.V.", "Postbus 112", "8090 AC Wezep"], debtor="Bouwbedrijf Kortekaas B.V.",
    rcpt="crediteuren@kortekaasbouw.nl", to="crediteuren@kortekaasbouw.nl", layout="C", custno="20418",
    lines=[("Elektra-installatie 6 woningen Hattemerweg, fase 1", 1, 1864000, 0), ("Meerwerk extra groep keukens (6x)", 6, 14500, 0)],
    zero_row="Btw verlegd", notes=["Btw verlegd naar afnemer, art. 12 lid 5 Wet OB 1968.", "Btw-nummer afnemer: NL812200451B01"],
    lb={"vat": "Btw %s%%"}, xfacts=[("Project", "Hattemerweg 6 won.")],
    note="Debtor block opens with 'Debiteurnr. 20418'; reverse-charge invoice without VAT, total equals the net sum.")

# 4 nl: department under the firm, discount line, term in words
sel = S("Drukkerij Tijssen", ["Ambachtstraat 7", "7461 TP Rijssen"], "orders@drukkerijtijssen.nl", ["KvK 06094412", "btw NL001522389B14"])
I4 = iban("NL")
inv(lang="nl", tool="informer", seller=sel, number="INV-26-3318", issue=d(2026, 11, 18), term=30, term_words=True, iban=I4,
    block=["Hoekstra Installatietechniek B.V.", "Afdeling Marketing & Communicatie", "De Schakel 18", "7461 PR Rijssen"],
    debtor="Hoekstra Installatietechniek B.V.", rcpt="marketing@hoekstra-installatie.nl", to="marketing@hoekstra-installatie.nl", layout="A",
    lines=[("Brochure A4 16 pag. 4/4 silk 150 g", 2500, 71, 21), ("Roll-up banner 85x200 incl. cassette", 3, 8950, 21), ("Opmaak en lithografie", 1, 24000, 21)],
    discount=("Relatiekorting 7,5%", 7.5), late=3,
    note="Department line under the firm (the firm is the debtor); discount line before VAT; term only in words ('binnen dertig dagen'); mailed three days after the issue date.")

# 5 nl body-html: attention line, partial payment received
sel = S("Studio Roodhart", ["Oudegracht 212", "3511 NR Utrecht"], "hallo@studioroodhart.nl", ["KvK 84410236"])
I5 = iban("NL")
SP5 = dict(lang="nl", cur="EUR", lines=[("Website redesign, fase 2 (24 uur à € 85)", 24, 8500, 21), ("Hosting + onderhoud 2027", 1, 36000, 21)],
           deduct=[("Reeds ontvangen (deelbetaling 16-11)", 100000)])


def h5(c):
    return ("<p>Hoi Joost,</p><p>Hierbij de factuur voor fase 2. Je deelbetaling van vorige week is al verrekend.</p>"
            "<p>Factuurdatum: 25-11-2026</p><p><b>Van Lier &amp; Zn. V.O.F.</b><br>t.a.v. Joost van Lier<br>Nieuwe Weg 4<br>3417 ME Montfoort</p>",
            "<p>Betaal het openstaande bedrag vóór %s op %s t.n.v. Studio Roodhart.</p><p>Groetjes,<br>Femke</p>" % (
                mk.date(d(2026, 12, 9), "long", "nl"), mk.iban_spaced(I5)))


inv(lang="nl", tool="moneybird", kind="body-html", seller=sel, number="2026-0088", issue=d(2026, 11, 25), due=d(2026, 12, 9), iban=I5,
    block=[], debtor="Van Lier & Zn. V.O.F.", rcpt="joost@vanlierzn.nl", to="Joost van Lier <joost@vanlierzn.nl>",
    html=lambda c: html_invoice(dict(SP5, facts=[]), c, *h5(c)), **{k: v for k, v in SP5.items() if k not in ("lang", "cur")},
    subject="Factuur 2026-0088 van Studio Roodhart",
    note="HTML invoice to a V.O.F. with a 't.a.v.' line; a partial payment already received is deducted, due is the balance.")

# 6 nl: foundation, invoice + delivery address side by side, 9% and 21%
sel = S("Cateringservice Smaakvol", ["Zuiderhaven 3", "1018 KD Amsterdam", "T 020-6247710"], "administratie@smaakvolcatering.nl", ["KvK 70021348", "btw NL858421003B01"])
inv(lang="nl", tool="e-boekhouden", seller=sel, number="20260519", issue=d(2026, 11, 21), term=14, iban=iban("NL"),
    block=["Factuuradres:", "Stichting Buurtkeuken Oost", "Postbus 94102", "1090 GC Amsterdam"],
    block2=["Afleveradres:", "Buurthuis De Meeuw", "Javaplein 21", "1094 HX Amsterdam"],
    debtor="Stichting Buurtkeuken Oost", rcpt="penningmeester@buurtkeukenoost.nl", to="penningmeester@buurtkeukenoost.nl", layout="B",
    lines=[("Lunchbuffet vrijwilligersdag (60 pers.)", 60, 1450, 9), ("Soep van de dag, 8 liter", 2, 3600, 9),
           ("Huur statafels incl. rok", 6, 1250, 21), ("Bediening 2 pers. x 4 uur", 8, 3250, 21)],
    note="'Factuuradres:' label over a foundation, with a different 'Afleveradres' beside it; food at 9% and service/rental at 21%.")

# 7 nl body-text: debtor only in the greeting, no VAT (KOR)
sel = S("Pianoles Ilse Mertens", [], "ilse.mertens.piano@gmail.com")
I7 = iban("NL")


def t7(c):
    return ("Beste Marloes,\n\nHierbij de rekening voor de pianolessen van Sanne in oktober en november.\n\n"
            "Factuurnummer: 2026-31\nFactuurdatum: 1 december 2026\n\n" + "\n".join(text_lines(SP7, c, 36)) +
            "\n\nGeen btw: ik maak gebruik van de kleineondernemersregeling.\n"
            "Wil je het bedrag binnen veertien dagen overmaken naar %s t.n.v. I. Mertens?\n\nGroetjes,\nIlse\n" % mk.iban_spaced(I7))


SP7 = dict(lang="nl", cur="EUR", lines=[("lessen van 30 min. (okt/nov)", 8, 2400, 0)])
inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, from_name="Ilse Mertens", number="2026-31", issue=d(2026, 12, 1), term=14,
    iban=I7, block=[], debtor="Marloes", business=False, rcpt="marloes.kuipers@hotmail.com", to="marloes.kuipers@hotmail.com",
    lines=SP7["lines"], typed=t7, subject="Rekening pianoles okt/nov", issue_str="1 december 2026",
    note="Typed bill where the debtor is named only by first name in the greeting; no VAT (KOR); term in words; 'rekening' rather than 'factuur' in the subject.")

# 8 nl-BE: BV/SRL, btw medecontractant, structured reference
sel = S("Schrijnwerkerij Claeys", ["Brugsesteenweg 188", "8800 Roeselare"], "boekhouding@schrijnwerkerijclaeys.be", ["BTW BE 0712.448.190", "RPR Gent afd. Kortrijk"])
O8 = ogm()
inv(lang="nl", tool="winbooks", seller=sel, number="F2026/0311", issue=d(2026, 11, 19), due=d(2026, 12, 19), iban=iban("BE"), ref=O8,
    block=["Atelier Demeyere BV/SRL", "Meensesteenweg 61 bus 2", "8500 Kortrijk", "BTW BE 0687.215.904"], debtor="Atelier Demeyere BV/SRL",
    rcpt="facturen@atelierdemeyere.be", to="facturen@atelierdemeyere.be", layout="A", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Gestructureerde mededeling"},
    lines=[("Maatwerk toonkasten eik, plaatsing incl.", 4, 186500, 0), ("Aanpassing bestaande balie", 1, 64000, 0)],
    zero_row="Btw 0% - medecontractant", notes=["Verlegging van heffing. Bij gebrek aan schriftelijke betwisting binnen een termijn van",
                                                 "één maand na ontvangst van de factuur, wordt de klant geacht te erkennen dat hij een",
                                                 "belastingplichtige is gehouden tot de indiening van periodieke aangiften."],
    greet="Beste,", note="Flemish invoice to a BV/SRL under the Belgian reverse-charge wording (medecontractant); structured +++ reference; due date dd/mm/yyyy.")

# 9 nl-BE: VZW, credit note referencing an invoice, 21% and 6%
sel = S("Drankencentrale Vercauteren", ["Gentsesteenweg 402", "9300 Aalst"], "facturatie@vercauteren-dranken.be", ["BTW BE 0448.920.117"])
inv(lang="nl", tool="exact-online", seller=sel, number="CN26-0042", credit=True, issue=d(2026, 11, 30),
    block=["Jeugdhuis De Kelder VZW", "Kerkstraat 12", "9300 Aalst"], debtor="Jeugdhuis De Kelder VZW",
    rcpt="kassa@jeugdhuisdekelder.be", to="kassa@jeugdhuisdekelder.be", layout="C", ds="dmy/",
    lines=[("Retour leeggoed bakken pils (24x25cl)", 14, -390, 21), ("Retour frisdrank niet geopend", 6, -1180, 6)],
    xfacts=[("Betreft factuur", "F26-1877")], intro=["Creditnota op factuur F26-1877 van 14/11/2026."],
    notes=["Dit bedrag wordt verrekend met uw volgende factuur of teruggestort op aanvraag."], payline=[],
    note="Credit note of a Flemish drinks wholesaler to a VZW, referencing the invoice it corrects; two rates (21% and 6%), negative amounts.")

# 10 nl-BE: Comm.V, 2% korting contant (Skonto: due stays the total)
sel = S("Garage Van Hecke", ["Antwerpsesteenweg 77", "2390 Malle"], "administratie@garagevanhecke.be", ["BTW BE 0460.118.725"])
O10 = ogm()
inv(lang="nl", tool="word-pdf", seller=sel, number="2026-1204", issue=d(2026, 11, 23), term=30, iban=iban("BE"), ref=O10,
    block=["Transport Goossens Comm.V", "Industriepark 9", "2390 Malle"], debtor="Transport Goossens Comm.V",
    rcpt="boekhouding@transportgoossens.be", to="boekhouding@transportgoossens.be", layout="B", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Mededeling"},
    lines=[("Onderhoud vrachtwagen 1-VKT-482 (arbeid)", 5.5, 7200, 21), ("Olie 10W-40, 38 l", 38, 920, 21), ("Filters (olie, lucht, brandstof)", 1, 24650, 21)],
    notes=["2% korting bij contante betaling binnen 8 dagen na factuurdatum.", "Netto binnen 30 dagen."],
    note="Flemish garage bill to a Comm.V; a cash discount of 2% within 8 days is offered, but the amount due is the full total (convention); due date from the 30-day term.")

# 11 nl: municipality t.a.v., mailed four days later
sel = S("Groenvoorziening Jansen", ["Zwolseweg 18", "8096 PA Oldebroek"], "facturen@groenjansen.nl", ["KvK 50441782", "btw NL822301654B01"])
inv(lang="nl", tool="twinfield", seller=sel, number="GJ-2026-00214", issue=d(2026, 11, 16), term=30, iban=iban("NL"), late=4,
    block=["Gemeente Oldebroek", "t.a.v. crediteurenadministratie", "Postbus 2", "8090 AA Wezep"], debtor="Gemeente Oldebroek",
    rcpt="facturen@oldebroek.nl", to="facturen@oldebroek.nl", layout="A",
    xfacts=[("Inkoopordernr.", "IO-2026-1881")],
    lines=[("Snoeiwerk laanbomen Eperweg (ploeg 3 pers.)", 24, 6150, 21), ("Afvoer snoeihout, per m³", 18, 1850, 21), ("Inzet hoogwerker 20 m", 2, 34500, 21)],
    note="Invoice to a municipality through 't.a.v. crediteurenadministratie', with a purchase order number; mailed four days after the issue date.")

# 12 nl: sports association, discount line
sel = S("Sportvloeren Meijer", ["Kanaalweg 66", "5061 KP Oisterwijk"], "info@sportvloerenmeijer.nl", ["KvK 17281904"])
I12 = iban("NL")
inv(lang="nl", tool="wefact", seller=sel, number="F2026-00781", issue=d(2026, 11, 26), term=21, iban=I12,
    block=["Tennisvereniging De Smash", "t.a.v. de penningmeester", "Sportpark Den Donk 4", "5062 NR Oisterwijk"], debtor="Tennisvereniging De Smash",
    rcpt="penningmeester@tvdesmash.nl", to="penningmeester@tvdesmash.nl", layout="C",
    lines=[("Jaarlijks onderhoud kunstgras 4 banen", 4, 39500, 21), ("Bijvullen zand, per ton", 6, 7400, 21)],
    discount=("Verenigingskorting 10%", 10),
    note="Tennis club debtor with the treasurer in a 't.a.v.' line; 10% discount line; 21-day term.")

# 13 nl body-text: sole trader h.o.d.n., final invoice after advance invoices
sel = S("Installatiebedrijf Koster", ["Handelsweg 5", "1271 EJ Huizen"], "koster.installatie@outlook.com")
I13 = iban("NL")
SP13 = dict(lang="nl", cur="EUR", lines=[("Vervangen cv-ketel + radiatoren, aanneemsom", 1, 748000, 21), ("Meerwerk: extra radiator zolder", 1, 41500, 21)],
            deduct=[("Voorschotnota 2026-051 (incl. btw)", 300000), ("Voorschotnota 2026-063 (incl. btw)", 300000)])


def t13(c):
    return ("Beste Ruud,\n\nHierbij de eindafrekening voor de klus aan de Havenstraat.\n\n"
            "EINDFACTUUR 2026-077\nDatum: 30-11-2026\n\nAan:\nR. Bakker h.o.d.n. Bakker Klusservice\nOude Haven 3\n1271 AB Huizen\n\n"
            + "\n".join(text_lines(SP13, c, 44)) +
            "\n\nBetaling binnen 14 dagen op %s t.n.v. Installatiebedrijf Koster.\n\nMet vriendelijke groet,\nHenk Koster\n" % mk.iban_spaced(I13))


inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, from_name="Henk Koster", number="2026-077", issue=d(2026, 11, 30), term=14,
    iban=I13, block=[], debtor="R. Bakker h.o.d.n. Bakker Klusservice", rcpt="ruud@bakkerklusservice.nl", to="ruud@bakkerklusservice.nl",
    typed=t13, subject="Eindfactuur Havenstraat", **{k: v for k, v in SP13.items() if k not in ("lang", "cur")},
    note="Typed final invoice to a sole trader 'h.o.d.n.' (labelled as printed); two advance invoices deducted, due is the balance.")

# 14 nl: restaurant B.V. with delivery address; 9% and 21%
sel = S("Groothandel Vis & Zo", ["Visserijkade 2", "1976 ZB IJmuiden"], "debiteuren@visenzo.nl", ["KvK 34088120", "btw NL003021471B02"])
inv(lang="nl", tool="exact-online", seller=sel, number="VZ2611784", issue=d(2026, 11, 28), term=8, iban=iban("NL"),
    block=["Restaurant De Groene Vork B.V.", "Kerkplein 1", "2011 HR Haarlem"],
    block2=["Leveradres:", "De Groene Vork - keuken", "Spaarne 44 (achteringang)", "2011 CK Haarlem"],
    debtor="Restaurant De Groene Vork B.V.", rcpt="administratie@degroenevork.nl", to="administratie@degroenevork.nl", layout="C",
    lines=[("Kabeljauwfilet vers, kg", 12.5, 2290, 9), ("Noordzeegarnalen gepeld, kg", 3, 4150, 9), ("Statiegeld koelboxen", 4, 750, 21), ("Bezorgtoeslag", 1, 1500, 21)],
    note="Delivery address beside the invoice address (the invoice address is the debtor); kilogram quantities with decimals; 9% and 21%.")

# 15 nl: dr. ir., vet practice, 9% and 21%
sel = S("Dierenkliniek Het Anker", ["Dorpsstraat 90", "3927 BD Renswoude"], "balie@dierenkliniekhetanker.nl", ["KvK 30119845"])
inv(lang="nl", tool="vetsoft", seller=sel, number="A-104418", issue=d(2026, 11, 29), term=14, iban=iban("NL"),
    block=["dr. ir. P. ten Cate", "Emminkhuizerweg 7", "3927 CL Renswoude"], debtor="dr. ir. P. ten Cate", business=False,
    rcpt="p.tencate@xs4all.nl", to="p.tencate@xs4all.nl", layout="B", custno="8841", xfacts=[("Patiënt", "Bobbie (hond)")],
    lines=[("Consult", 1, 4200, 21), ("Gebitsbehandeling onder narcose", 1, 28500, 21), ("Medicatie Metacam 32 ml", 1, 2380, 9), ("Dieetvoer 4 kg", 2, 3195, 9)],
    note="Academic 'dr. ir.' with a 'ten' infix; vet bill with 21% and 9%.")

# 16 nl: Factuuradres label, Skonto-type korting
sel = S("Kantoorinrichting Vermaat", ["Europaweg 120", "7336 AL Apeldoorn"], "facturatie@vermaatinrichting.nl", ["KvK 08211903", "btw NL009287716B01"])
inv(lang="nl", tool="afas", seller=sel, number="300215", issue=d(2026, 11, 17), term=30, iban=iban("NL"),
    block=["Factuuradres:", "Notariskantoor Wentink", "Postbus 10017", "7301 GA Apeldoorn"], debtor="Notariskantoor Wentink",
    rcpt="boekhouding@wentinknotarissen.nl", to="boekhouding@wentinknotarissen.nl", layout="A",
    lines=[("Zit-sta bureau 160x80 elektrisch", 4, 64900, 21), ("Bureaustoel ergonomisch", 4, 42500, 21), ("Montage en afvoer verpakking", 1, 18000, 21)],
    notes=["Bij betaling binnen 8 dagen mag u 2% korting in mindering brengen.", "Betalingstermijn: 30 dagen netto."],
    note="'Factuuradres:' label before the debtor; 2% early-payment discount offered (amount due stays the full total).")

# 17 nl body-html: credit note to a V.O.F.
sel = S("Fietsonderdelen Direct", ["Nijverheidsstraat 11", "7557 KD Hengelo"], "noreply@fietsonderdelendirect.nl", ["KvK 65811024"])
SP17 = dict(lang="nl", cur="EUR", lines=[("Retour: Shimano Deore achterderailleur", 3, -4380, 21), ("Retour: kettingen KMC X11 (5 st.)", 1, -9450, 21)])


def h17(c):
    return ("<p>Beste klant,</p><p>Wij hebben uw retourzending ontvangen en een creditnota aangemaakt op factuur <b>FD-77120</b>. "
            "Het bedrag wordt binnen 5 werkdagen teruggestort.</p><p><b>Het Fietsdepot V.O.F.</b><br>Markt 4<br>7551 DB Hengelo</p>"
            "<p>Creditnota <b>CR-2026-0419</b>, datum 02-12-2026</p>", "<p>Fietsonderdelen Direct</p>")


inv(lang="nl", tool="lightspeed", kind="body-html", seller=sel, number="CR-2026-0419", credit=True, issue=d(2026, 12, 2),
    block=[], debtor="Het Fietsdepot V.O.F.", rcpt="inkoop@hetfietsdepot.nl", to="inkoop@hetfietsdepot.nl",
    html=lambda c: html_invoice(dict(SP17, facts=[]), c, *h17(c)), lines=SP17["lines"],
    note="HTML credit note referencing invoice FD-77120; negative amounts; no IBAN (refunded by the seller), no due date.")

# 18 nl: primary school, 9%, term in words
sel = S("Touringcarbedrijf Van Dalen", ["Kraanvogelweg 2", "3851 SV Ermelo"], "planning@vandalentours.nl", ["KvK 08039917", "btw NL001388432B01"])
inv(lang="nl", tool="word-pdf", seller=sel, number="26/0655", issue=d(2026, 11, 20), term=14, term_words=True, iban=iban("NL"),
    block=["Basisschool De Regenboog", "t.a.v. mw. E. Schut, directie", "Horsterweg 12", "3851 BK Ermelo"], debtor="Basisschool De Regenboog",
    rcpt="administratie@bsderegenboog-ermelo.nl", to="administratie@bsderegenboog-ermelo.nl", layout="B",
    lines=[("Busvervoer schoolreis groep 5-6, Ermelo - Hellendoorn v.v.", 2, 69500, 9), ("Parkeerkosten chauffeur", 1, 1800, 9)],
    note="School as debtor with the head teacher in an attention line; passenger transport at 9%; term only in words.")

# 19 nl: body states only a summary; partial payment
sel = S("Adviesbureau Oosterveld", ["Stationsplein 6", "8011 CW Zwolle"], "administratie@oosterveldadvies.nl", ["KvK 05081224", "btw NL812339201B01"])
I19 = iban("NL")
c19 = None
SP19 = dict(lines=[("Advieswerk ruimtelijke onderbouwing, 31,5 uur", 31.5, 11500, 21), ("Reiskosten", 1, 8600, 21)], deduct=[("Voldaan op 20-11-2026", 200000)])
c19 = compute(SP19)
inv(lang="nl", tool="snelstart", seller=sel, number="2026-1140", issue=d(2026, 11, 27), term=30, iban=I19,
    block=["Bureau Kroes B.V.", "t.a.v. mevr. S. Kroes", "Assendorperstraat 55", "8012 DH Zwolle"], debtor="Bureau Kroes B.V.",
    rcpt="s.kroes@bureaukroes.nl", to="\"Kroes, Sandra\" <s.kroes@bureaukroes.nl>", layout="A", **SP19,
    body="Geachte mevrouw Kroes,\n\nBijgaand onze factuur 2026-1140. Na aftrek van uw betaling van 20 november resteert het openstaande bedrag van %s, dat wij binnen 30 dagen tegemoet zien.\n\nMet vriendelijke groet,\nAdviesbureau Oosterveld\nAnouk Brink" % fmt(c19["due"], "EUR", "nl"),
    note="The body gives only the open balance after a partial payment; it must agree with the page's 'Te betalen'.")

# 20 nl-BE: private person with Flemish particle, voorschot deducted
sel = S("Keukens Verstraete", ["Kortrijksesteenweg 1020", "9051 Gent"], "info@keukensverstraete.be", ["BTW BE 0822.417.315"])
O20 = ogm()
inv(lang="nl", tool="word-pdf", seller=sel, number="2026-188", issue=d(2026, 11, 26), due=d(2026, 12, 10), iban=iban("BE"), ref=O20,
    block=["Dhr. Pieter-Jan Van den Broeck", "Ottergemsesteenweg 301", "9000 Gent"], debtor="Pieter-Jan Van den Broeck", business=False,
    rcpt="pj.vandenbroeck@telenet.be", to="pj.vandenbroeck@telenet.be", layout="C", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Gestructureerde mededeling"},
    lines=[("Keuken volgens bestelbon 2026-188 (meubelen, werkblad)", 1, 1284000, 6), ("Toestellen (oven, inductie, dampkap)", 1, 312000, 6), ("Plaatsing", 1, 95000, 6)],
    deduct=[("Voorschot betaald 15/09/2026", 500000)],
    notes=["6% btw: renovatie privéwoning ouder dan 10 jaar (attest afnemer ontvangen)."], greet="Beste Pieter-Jan,",
    note="Flemish kitchen invoice at 6% to a private person ('Dhr.' dropped, 'Van den' kept); advance paid deducted; structured reference.")

# ---------------------------------------------------------------- English
# 21 UK: "The ..." Ltd, discount line, GBP
sel = S("Hartley & Sons Catering Equipment", ["Unit 4, Brindley Park", "Stoke-on-Trent ST4 2RL", "VAT Reg. GB 318 4471 26"], "accounts@hartleycatering.co.uk", ["Registered in England 08841227"])
I21 = iban("GB")
inv(lang="en", tool="xero", cur="GBP", seller=sel, number="INV-4471", issue=d(2026, 11, 24), term=30, iban=I21,
    block=["The Copper Kettle Tearooms Ltd", "14 Church Street", "Leek", "Staffordshire ST13 6AB"], debtor="The Copper Kettle Tearooms Ltd",
    rcpt="hello@copperkettleleek.co.uk", to="hello@copperkettleleek.co.uk", layout="A", ds="long",
    lines=[("Commercial dishwasher service + descale", 1, 14500, 20), ("Replacement wash arm assembly", 2, 3875, 20), ("Call-out charge", 1, 6500, 20)],
    discount=("Loyalty discount 5%", 5), payline=["Bank transfer: Hartley & Sons, sort code 40-11-62, acc. 31884402", "IBAN %s" % mk.iban_spaced(I21)],
    note="English firm whose name begins with 'The'; discount line before VAT; GBP; date written out.")

# 22 UK: FAO, stage payment 2 of 3, words
sel = S("Marsh Lane Architects", ["2 Marsh Lane", "Bristol BS3 4QT"], "studio@marshlanearchitects.co.uk", ["VAT GB 221 7749 03"])
inv(lang="en", tool="quickbooks", cur="GBP", seller=sel, number="1187", issue=d(2026, 11, 23), term=14, term_words=True, iban=iban("GB"),
    block=["Harcourt Joinery Ltd", "FAO: Accounts Payable", "Unit 9 Avonside Industrial Estate", "Bristol BS2 0SP"], debtor="Harcourt Joinery Ltd",
    rcpt="ap@harcourtjoinery.co.uk", to="ap@harcourtjoinery.co.uk", layout="B", ds="dmy/",
    intro=["Workshop extension, Avonside: fee £18,600.00 + VAT, payable in three stages."],
    lines=[("Stage payment 2 of 3: planning application & technical design", 1, 620000, 20)],
    note="FAO line to the payables team; stage payment 2 of 3 of a larger fee (the fee is printed too); term in words.")

# 23 UK body-text: couple, not VAT registered, deposit, no IBAN
sel = S("Rhys Pugh Plastering", [], "rhyspughplastering@btinternet.com")
SP23 = dict(lang="en", cur="GBP", lines=[("Skim coat lounge + hallway ceilings", 1, 98000, 0), ("Materials (Multi-Finish, beads, PVA)", 1, 12640, 0)],
            deduct=[("Less deposit paid 3 Nov", 30000)])


def t23(c):
    return ("Hi both,\n\nHope you're enjoying the new ceilings! Invoice below.\n\nINVOICE 0093\nDate: 26/11/2026\nTo: Mr & Mrs Okafor, 18 Heol y Nant, Cardiff CF14 6HL\n\n"
            + "\n".join(text_lines(SP23, c, 40)) +
            "\n\nNot VAT registered.\nPayment within 7 days please to R Pugh, sort code 30-96-26, account 44182093 (ref: Okafor).\n\nCheers,\nRhys\n")


inv(lang="en", tool="typed-mail", kind="body-text", seller=sel, from_name="Rhys Pugh", number="0093", issue=d(2026, 11, 26), term=7,
    block=[], debtor="Mr & Mrs Okafor", business=False, rcpt="okafor.home@gmail.com", to="okafor.home@gmail.com", typed=t23,
    issue_str="26/11/2026", subject="Invoice - ceilings", **{k: v for k, v in SP23.items() if k not in ("lang", "cur")},
    note="Typed invoice from a sole trader, not VAT-registered, to 'Mr & Mrs Okafor' (kept: only a surname would remain); deposit deducted; UK account number only, no IBAN.")

# 24 UK: LLP, Attn, retention 5%, summary in body
sel = S("Severn Shopfitting Ltd", ["Riverside Works, Quay Road", "Gloucester GL1 2LH"], "finance@severnshopfitting.co.uk", ["Company no. 07719302", "VAT GB 114 8830 51"])
SP24 = dict(lines=[("Reception refit, 3rd floor (per contract)", 1, 2240000, 20), ("Variation 02: glazed partition", 1, 318000, 20)], deduct=[("Less retention 5%", 0.05)])
c24 = compute(SP24)
inv(lang="en", tool="sage", cur="GBP", seller=sel, number="SSF-10552", issue=d(2026, 11, 19), term=30, iban=iban("GB"), late=2,
    block=["Pell & Quarry LLP", "Attn: Sarah Whitcombe", "31 Colmore Row", "Birmingham B3 2BH"], debtor="Pell & Quarry LLP",
    rcpt="s.whitcombe@pellquarry.co.uk", to="Sarah Whitcombe <s.whitcombe@pellquarry.co.uk>", layout="C", ds="dmy/", **SP24,
    body="Dear Sarah,\n\nPlease find attached invoice SSF-10552 for the reception refit. After the 5%% retention the amount payable now is %s; the retention falls due after the 12-month defects period.\n\nKind regards,\nMark Dunning\nSevern Shopfitting" % fmt(c24["due"], "GBP", "en"),
    note="LLP with an 'Attn' line; 5% retention withheld from the total, due is the rest; the body states the payable sum, which matches the page.")

# 25 UK: parish council, PO
sel = S("Greenway Grounds Maintenance", ["The Old Dairy, Mill Road", "Hitchin SG4 7DF"], "invoices@greenwaygrounds.co.uk", ["VAT No. GB 402 1186 73"])
inv(lang="en", tool="freeagent", cur="GBP", seller=sel, number="GG-2026-301", issue=d(2026, 11, 30), term=30, iban=iban("GB"),
    block=["Oakfield Parish Council", "The Clerk", "Village Hall, High Street", "Oakfield SG4 9JT"], debtor="Oakfield Parish Council",
    rcpt="clerk@oakfield-pc.gov.uk", to="clerk@oakfield-pc.gov.uk", layout="A", ds="short-en", xfacts=[("PO number", "OPC/26/044")],
    lines=[("Verge cutting, Nov (4 visits)", 4, 18500, 20), ("Leaf clearance, churchyard and play area", 1, 26000, 20)],
    lb={"due": "Payment due"},
    note="Parish council (public body) as debtor, addressed to 'The Clerk'; purchase-order number printed.")

# 26 IE: school, 13.5% and 23%
sel = S("Byrne Facilities Services", ["Unit 3, Ballymount Cross", "Dublin 24, D24 K2X7"], "accounts@byrnefacilities.ie", ["VAT IE 3318472QH"])
inv(lang="en", tool="sage", seller=sel, number="BFS-8813", issue=d(2026, 11, 25), term=30, iban=iban("IE"),
    block=["Kilbride National School", "Roll No. 19284K", "Kilbride, Co. Wicklow"], debtor="Kilbride National School",
    rcpt="secretary@kilbridens.ie", to="secretary@kilbridens.ie", layout="B", ds="dmy/",
    lines=[("Contract cleaning, November", 1, 184000, 13.5), ("Washroom consumables", 1, 26850, 23), ("Hand sanitiser units (supply)", 4, 3990, 23)],
    note="Irish school as debtor; two VAT rates (13.5% service, 23% goods) on one invoice; EUR written English-style.")

# 27 IE body-html: Dr., credit note
sel = S("Harbourside Physiotherapy", ["7 Harbour Road", "Howth, Co. Dublin"], "reception@harbourside-physio.ie")
SP27 = dict(lang="en", cur="EUR", lines=[("Refund: cancelled block session (paid in advance)", 2, -6500, 0)])


def h27(c):
    return ("<p>Dear Dr. Ní Bhriain,</p><p>As requested, here is a credit note for the two sessions you cancelled. It refers to invoice <b>HP-2231</b>; the amount will be refunded to your card.</p>"
            "<p><b>Credit note HP-C-0107</b><br>Date: 1 Dec 2026<br>Client: Dr. Aoife Ní Bhriain</p>", "<p>Harbourside Physiotherapy<br>Physiotherapy services are exempt from VAT.</p>")


inv(lang="en", tool="cliniko", kind="body-html", seller=sel, number="HP-C-0107", credit=True, issue=d(2026, 12, 1),
    block=[], debtor="Dr. Aoife Ní Bhriain", business=False, rcpt="aoife.nibhriain@gmail.com", to="aoife.nibhriain@gmail.com",
    html=lambda c: html_invoice(dict(SP27, facts=[]), c, *h27(c)), lines=SP27["lines"], subject="Credit note HP-C-0107",
    note="HTML credit note to a private person with 'Dr.' and an Irish surname with a fada; refers to invoice HP-2231; VAT-exempt service; no IBAN.")

# 28 international: USD, partial payment, no VAT (export of services)
sel = S("Nordlicht Motion Studio", ["Keizersgracht 418", "1016 GD Amsterdam", "The Netherlands"], "billing@nordlichtmotion.com", ["CoC 81120433", "VAT NL862114509B01"])
I28 = iban("NL")
inv(lang="en", tool="invoice-ninja", cur="USD", seller=sel, number="NM-2026-061", issue=d(2026, 11, 20), term=30, iban=I28,
    block=["Harbor Lane Media, Inc.", "Attn: Accounts Payable", "1450 Broadway, 11th Floor", "New York, NY 10018", "USA"], debtor="Harbor Lane Media, Inc.",
    rcpt="ap@harborlanemedia.com", to="ap@harborlanemedia.com", layout="C", ds="us",
    lines=[("Animated explainer video, 90 s", 1, 960000, 0), ("Additional revision round", 2, 45000, 0)],
    deduct=[("Payment received Nov 2 (thank you)", 500000)], zero_row="VAT 0% - services outside the EU",
    payline=["Pay in USD to IBAN %s, BIC INGBNL2A (Nordlicht Motion Studio)" % mk.iban_spaced(I28)],
    notes=["VAT not applicable: place of supply outside the EU (Art. 44 VAT Directive)."],
    note="Dutch studio invoicing a US firm in USD with a partial payment already received; no VAT; US date format.")

# 29 UK: t/a sole trader, builders' merchant, trade discount
sel = S("Tamar Building Supplies", ["Ferry Road", "Plymouth PL2 1HG"], "sales.ledger@tamarbuilding.co.uk", ["VAT GB 377 2045 18"])
inv(lang="en", tool="merchant-erp", cur="GBP", seller=sel, number="SI-0448172", issue=d(2026, 11, 27), due=d(2026, 12, 31), iban=iban("GB"),
    block=["Dylan Price t/a Price Plastering", "22 Ocean View", "Plymouth PL5 3QR"], debtor="Dylan Price t/a Price Plastering",
    rcpt="dylan@priceplastering.co.uk", to="dylan@priceplastering.co.uk", layout="B", ds="dmy/", custno="PRI004",
    lines=[("British Gypsum Multi-Finish 25kg", 40, 1095, 20), ("Thistle Bonding 25kg", 15, 1420, 20), ("Angle bead 3m", 30, 189, 20)],
    discount=("Trade discount 12.5%", 12.5), lb={"due": "Due by"},
    note="Sole trader 't/a' trading name as debtor (labelled as printed); trade-discount line; due date by date (end of following month).")

# 30 UK: "The ..." print room, early settlement discount (due stays total)
sel = S("Pennine Paper Co.", ["Mill 3, Canal Side", "Hebden Bridge HX7 8AD"], "accounts@penninepaper.co.uk", ["VAT GB 290 6613 44"])
inv(lang="en", tool="xero", cur="GBP", seller=sel, number="INV-20931", issue=d(2026, 11, 18), term=30, iban=iban("GB"), late=5,
    block=["The Whitby Print Room", "4 Flowergate", "Whitby YO21 3BA"], debtor="The Whitby Print Room",
    rcpt="studio@whitbyprintroom.co.uk", to="studio@whitbyprintroom.co.uk", layout="A", ds="short-en",
    lines=[("Somerset Velvet 300gsm, 56x76, sheet", 100, 385, 20), ("Japanese kozo paper, roll", 2, 6800, 20)],
    notes=["Early settlement: 2.5% discount if paid within 7 days. Otherwise net 30 days."],
    note="'The' trading name without a legal form; early-settlement discount offered, amount due left at the full total; mailed five days after issue.")

# 31 international: JPY
sel = S("Studio Brandt Keramik", ["Ostertorsteinweg 61", "28203 Bremen", "Germany"], "info@studiobrandt-keramik.de", ["USt-IdNr. DE318447720"])
I31 = iban("DE")
inv(lang="en", tool="word-pdf", cur="JPY", seller=sel, number="SB-2026-44", issue=d(2026, 11, 21), term=30, iban=I31,
    block=["Kaneda Trading Co., Ltd.", "3-8-1 Marunouchi, Chiyoda-ku", "Tokyo 100-0005", "Japan"], debtor="Kaneda Trading Co., Ltd.",
    rcpt="import@kaneda-trading.co.jp", to="import@kaneda-trading.co.jp", layout="B", ds="long",
    lines=[("Stoneware tea bowls, ash glaze", 24, 6800, 0), ("Serving plates 28 cm", 12, 9500, 0), ("Export packing", 1, 12000, 0)],
    zero_row="VAT 0% (export delivery)", payline=["Amount payable in Japanese yen (JPY), no decimals.", "IBAN %s · BIC BRLADE22" % mk.iban_spaced(I31)],
    note="German potter invoicing a Japanese importer in yen (no minor unit: amounts are whole yen, labelled in yen); export without VAT.")

# 32 UK: double surname private client, term in words
sel = S("Fenwick Conservation Studio", ["The Coach House, Priory Lane", "York YO1 7EX"], "studio@fenwickconservation.co.uk", ["VAT GB 155 9023 61"])
inv(lang="en", tool="word-pdf", cur="GBP", seller=sel, number="FCS/26/038", issue=d(2026, 11, 22), term=30, term_words=True, iban=iban("GB"),
    block=["Ms Eleanor Fairweather-Hughes", "Hollins Farm", "Kirkby Malzeard", "Ripon HG4 3RT"], debtor="Eleanor Fairweather-Hughes", business=False,
    rcpt="eleanor.fh@outlook.com", to="eleanor.fh@outlook.com", layout="C", ds="long",
    lines=[("Conservation of oil painting (Yorkshire landscape, c.1860)", 1, 86000, 20), ("Re-gilding of frame", 1, 32000, 20), ("Condition report", 1, 7500, 20)],
    note="Private client with a double surname ('Ms' dropped); term only in words.")

# 33 international: Swiss seller in English, CHF, rounding, no Swiss VAT
sel = S("Alpenglow Data GmbH", ["Bahnhofstrasse 21", "6300 Zug", "Switzerland"], "billing@alpenglowdata.ch", ["CHE-412.883.901 MWST"])
inv(lang="en", tool="bexio", cur="CHF", seller=sel, number="AD-26-0192", issue=d(2026, 11, 26), term=30, iban=iban("CH"),
    block=["Lindqvist Analytics AB", "Sveavägen 44", "111 34 Stockholm", "Sweden"], debtor="Lindqvist Analytics AB",
    rcpt="invoices@lindqvistanalytics.se", to="invoices@lindqvistanalytics.se", layout="A", ds="dmy.",
    lines=[("Data pipeline consulting (hours)", 37.25, 16500, 0), ("Cloud costs passed through", 1, 41833, 0)],
    round05=True, round_label="Rounding", zero_row="VAT: export of services, not subject to Swiss VAT",
    note="Swiss firm invoicing a Swedish AB in CHF, apostrophe thousands; total rounded to 5 Rappen with a rounding line; no VAT.")

# ---------------------------------------------------------------- German, Austrian, Swiss
# 34 de: Prof. Dr. + double surname, Skonto (due stays total)
sel = S("Malerbetrieb Kühnel", ["Am Steinbruch 7", "69118 Heidelberg", "Tel. 06221 480 213"], "buero@maler-kuehnel.de", ["Steuernr. 32489/04417", "USt-IdNr. DE281144709"])
I34 = iban("DE")
inv(lang="de", tool="lexoffice", seller=sel, number="RE-2026-0517", issue=d(2026, 11, 24), term=14, iban=I34, bank="Heidelberger Volksbank",
    block=["Frau", "Prof. Dr. Annelie Großkopf-Behrens", "Schlierbacher Landstraße 112", "69118 Heidelberg"], debtor="Prof. Dr. Annelie Großkopf-Behrens", business=False,
    rcpt="grosskopf-behrens@web.de", to="\"Prof. Dr. Großkopf-Behrens\" <grosskopf-behrens@web.de>", layout="A",
    lines=[("Treppenhaus streichen, Wände und Decke (m²)", 86, 1450, 19), ("Lackierarbeiten Geländer (Std.)", 7, 6200, 19), ("Material pauschal", 1, 21800, 19)],
    notes=["Zahlbar innerhalb von 14 Tagen ohne Abzug oder innerhalb von 7 Tagen mit 2 % Skonto.", "Leistungszeitraum: 09.11.2026 bis 13.11.2026"],
    greet="Sehr geehrte Frau Prof. Dr. Großkopf-Behrens,", subject="Ihre Rechnung RE-2026-0517 von Malerbetrieb Kühnel",
    note="'Frau' on its own line is dropped, 'Prof. Dr.' and the double surname kept; 2 % Skonto offered, amount due is the full total.")

# 35 de: Eheleute, 2. Abschlagsrechnung, body summary
sel = S("Zimmerei Haslinger", ["Gewerbering 3", "83620 Feldkirchen-Westerham"], "rechnung@zimmerei-haslinger.de", ["USt-IdNr. DE199402217", "HRA 5521 AG Traunstein"])
SP35 = dict(lines=[("2. Abschlag gem. Zahlungsplan: Dachstuhl gerichtet (30 % von 64.800,00 €)", 1, 1944000, 19)])
c35 = compute(SP35)
inv(lang="de", tool="sevdesk", seller=sel, number="AR-2026-0093", issue=d(2026, 11, 20), term=10, iban=iban("DE"), bank="Raiffeisenbank Mangfalltal",
    block=["Eheleute Baumgartner", "Riedweg 14", "83620 Feldkirchen-Westerham"], debtor="Eheleute Baumgartner", business=False,
    rcpt="baumgartner.familie@t-online.de", to="baumgartner.familie@t-online.de", layout="C", title="2. Abschlagsrechnung AR-2026-0093", **SP35,
    body="Grüß Gott Herr und Frau Baumgartner,\n\nanbei die 2. Abschlagsrechnung für Ihren Dachstuhl. Bitte überweisen Sie %s bis zum %s.\n\nViele Grüße\nAndreas Haslinger" % (fmt(c35["due"], "EUR", "de"), mk.date(d(2026, 11, 30), "dmy.", "de")),
    note="Couple as 'Eheleute Baumgartner' (kept whole); second instalment (Abschlagsrechnung) of a contract sum; body repeats the amount and date.")

# 36 de: GmbH, Schlussrechnung with §13b, deducting Abschläge
sel = S("Estrichbau Öztürk", ["Industriestraße 28", "73230 Kirchheim unter Teck"], "info@estrich-oeztuerk.de", ["USt-IdNr. DE300118254"])
inv(lang="de", tool="orgamax", seller=sel, number="SR-2026-014", issue=d(2026, 11, 27), term=30, iban=iban("DE"), bank="Kreissparkasse Esslingen-Nürtingen",
    block=["Holzbau Riedl GmbH", "Bauleitung", "Alte Weinsteige 9", "70597 Stuttgart"], debtor="Holzbau Riedl GmbH",
    rcpt="rechnungseingang@holzbau-riedl.de", to="rechnungseingang@holzbau-riedl.de", layout="B", title="Schlussrechnung SR-2026-014",
    xfacts=[("Bauvorhaben", "MFH Esslingen, Kanalstr. 4")],
    lines=[("Zementestrich CT-C25-F4, 65 mm (m²)", 812, 2450, 0), ("Randdämmstreifen (lfm)", 640, 95, 0), ("Bewegungsfugen schneiden (lfm)", 96, 780, 0)],
    deduct=[("abzgl. 1. Abschlagsrechnung AR-2026-031 vom 02.10.2026", 800000), ("abzgl. 2. Abschlagsrechnung AR-2026-038 vom 30.10.2026", 700000)],
    zero_row="Umsatzsteuer 0 % (§ 13b UStG)",
    notes=["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG."],
    note="Final invoice (Schlussrechnung) of a subcontractor under § 13b reverse charge, deducting two advance invoices; due is the remainder.")

# 37 de: GmbH & Co. KG, z. Hd., Sicherheitseinbehalt
sel = S("Kälte- und Klimatechnik Sauer", ["Daimlerstraße 40", "48301 Nottuln"], "buchhaltung@kaelte-sauer.de", ["Amtsgericht Coesfeld HRB 8817", "USt-IdNr. DE812774013"])
inv(lang="de", tool="label-software", seller=sel, number="24611", issue=d(2026, 11, 19), term=30, iban=iban("DE"), bank="Sparkasse Westmünsterland", late=3,
    block=["Brenner Haustechnik GmbH & Co. KG", "z. Hd. Herrn Jörg Brenner", "Otto-Hahn-Straße 5", "48161 Münster"], debtor="Brenner Haustechnik GmbH & Co. KG",
    rcpt="j.brenner@brenner-haustechnik.de", to="\"Brenner, Jörg\" <j.brenner@brenner-haustechnik.de>", layout="A",
    lines=[("Lieferung und Montage VRF-Außengerät 28 kW", 1, 1378000, 19), ("Innengeräte Kassette 4-Wege", 6, 118500, 19), ("Inbetriebnahme und Dichtheitsprüfung", 1, 64000, 19)],
    deduct=[("Sicherheitseinbehalt 5 % (bis Abnahme)", 0.05)],
    note="GmbH & Co. KG with a 'z. Hd.' line; 5 % retention withheld; mailed three days after issue.")

# 38 de body-text: e.K. debtor, Kleinunternehmer
sel = S("Foto Lenz", [], "mail@fotolenz.de")
I38 = iban("DE")
SP38 = dict(lang="de", cur="EUR", lines=[("Produktfotos Feinkost, freigestellt", 45, 1800, 0), ("Anfahrt Hamburg-Altona", 1, 3500, 0)])


def t38(c):
    return ("Hallo Herr Albers,\n\nwie besprochen hier die Rechnung für das Shooting vom 17.11.\n\n"
            "Rechnung Nr. 2026-027 vom 30.11.2026\n\nRechnungsempfänger:\nFeinkost Albers e.K.\nInh. Hinrich Albers\nOttenser Hauptstraße 19\n22765 Hamburg\n\n"
            + "\n".join(text_lines(SP38, c, 40)) +
            "\n\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n"
            "Zahlbar bis 14.12.2026 auf IBAN %s (Jana Lenz), Verwendungszweck: RE 2026-027.\n\nBeste Grüße\nJana Lenz\nFoto Lenz\n" % mk.iban_spaced(I38))


inv(lang="de", tool="typed-mail", kind="body-text", seller=sel, from_name="Jana Lenz", number="2026-027", issue=d(2026, 11, 30), due=d(2026, 12, 14),
    iban=I38, ref="RE 2026-027", block=[], debtor="Feinkost Albers e.K.", rcpt="info@feinkost-albers.de", to="info@feinkost-albers.de", typed=t38,
    subject="Rechnung Produktfotos", **{k: v for k, v in SP38.items() if k not in ("lang", "cur")},
    note="Typed Kleinunternehmer invoice (§ 19 UStG, no VAT) with a 'Rechnungsempfänger:' label over an e.K. and its 'Inh.' line; Verwendungszweck as printed.")

# 39 de: AG with cost centre, Rabatt
sel = S("Messebau Kronenberg", ["Rheinallee 88", "40545 Düsseldorf"], "faktura@messebau-kronenberg.de", ["HRB 77104 AG Düsseldorf", "USt-IdNr. DE254300781"])
inv(lang="de", tool="weclapp", seller=sel, number="MK-R-26-1093", issue=d(2026, 11, 25), term=30, iban=iban("DE"), bank="Stadtsparkasse Düsseldorf",
    block=["Rechnungsempfänger:", "Tillmann Präzisionsteile AG", "Kostenstelle 4120 Marketing", "Hafenstraße 50", "47119 Duisburg"], debtor="Tillmann Präzisionsteile AG",
    rcpt="kreditoren@tillmann-ag.de", to="kreditoren@tillmann-ag.de", layout="C", xfacts=[("Ihre Bestellung", "4500 218 774")],
    lines=[("Messestand 6x4 m, Systembau inkl. Grafik, Messe EMO", 1, 1240000, 19), ("Standbeleuchtung LED-Spots", 18, 3400, 19), ("Auf- und Abbau", 1, 186000, 19)],
    discount=("Rabatt 8 % lt. Rahmenvertrag", 8),
    note="'Rechnungsempfänger:' label, an AG with a cost centre line under it; discount line from a framework contract; order number with spaces.")

# 40 de: Inh. sole trader, 7 % and 19 %
sel = S("Gärtnerei Wohlfahrt", ["Auf dem Kamp 12", "32049 Herford"], "rechnungen@gaertnerei-wohlfahrt.de", ["USt-IdNr. DE126655901"])
inv(lang="de", tool="sage", seller=sel, number="40821", issue=d(2026, 11, 28), term=14, iban=iban("DE"), bank="Volksbank Herford-Mindener Land",
    block=["Blumen Sommer", "Inh. Kerstin Sommer", "Lübberstraße 3", "32052 Herford"], debtor="Blumen Sommer",
    rcpt="kerstin@blumen-sommer.de", to="Kerstin Sommer <kerstin@blumen-sommer.de>", layout="B", custno="1177",
    lines=[("Weihnachtssterne 13er Topf", 120, 245, 7), ("Amaryllis im Topf", 40, 390, 7), ("Transportkisten (Pfand)", 12, 500, 19), ("Lieferung", 1, 2500, 19)],
    note="Shop with its owner in an 'Inh.' line (the shop's name is the debtor); plants at 7 % and crates/delivery at 19 %.")

# 41 de: Verein e.V., Kleinunternehmer
sel = S("Bewegungsraum Nadja Funke", ["Bünder Straße 61", "32584 Löhne"], "kontakt@bewegungsraum-funke.de", ["Steuernr. 335/5122/4481"])
inv(lang="de", tool="word-pdf", seller=sel, number="NF-26-48", issue=d(2026, 11, 29), due=d(2026, 12, 15), iban=iban("DE"), bank="Sparkasse Herford",
    block=["Turnverein Eintracht Löhne e.V.", "Abteilung Gesundheitssport", "Postfach 1120", "32571 Löhne"], debtor="Turnverein Eintracht Löhne e.V.",
    rcpt="kasse@tv-eintracht-loehne.de", to="kasse@tv-eintracht-loehne.de", layout="A", ds="long",
    lines=[("Übungsleitung Rückenfit, Okt.-Nov. (Einheiten à 60 Min.)", 16, 3500, 0), ("Fahrtkosten pauschal", 1, 4000, 0)],
    notes=["Kein Ausweis der Umsatzsteuer, da Kleinunternehmer gemäß § 19 UStG."],
    note="Sports club (e.V.) with a department line; Kleinunternehmer invoice without VAT; dates written out.")

# 42 de body-html: Gemeinde, Verwendungszweck
sel = S("Kanalservice Huber", ["Gewerbestraße 2", "82229 Seefeld"], "rechnung@kanalservice-huber.de", ["USt-IdNr. DE288201447"])
I42 = iban("DE")
SP42 = dict(lang="de", cur="EUR", lines=[("Kanal-TV-Inspektion Hauptstraße (lfm)", 380, 420, 19), ("Hochdruckreinigung (Std.)", 6, 14500, 19), ("Entsorgung Spülgut (t)", 2.4, 8800, 19)])


def h42(c):
    return ("<p>Sehr geehrte Damen und Herren,</p><p>anbei unsere Rechnung.</p>"
            "<p><b>Gemeinde Seefeld</b><br>Bauamt<br>Rathausplatz 1<br>82229 Seefeld</p>"
            "<p>Rechnungsnummer: <b>KH-2026-0311</b><br>Rechnungsdatum: 23.11.2026<br>Leitweg-ID: 09188143-SEEF-12</p>",
            "<p>Zahlungsziel: 30 Tage netto.<br>IBAN: %s<br>Verwendungszweck: KH-2026-0311</p><p>Mit freundlichen Grüßen<br>Kanalservice Huber</p>" % mk.iban_spaced(I42))


inv(lang="de", tool="sevdesk", kind="body-html", seller=sel, number="KH-2026-0311", issue=d(2026, 11, 23), term=30, iban=I42, ref="KH-2026-0311",
    block=[], debtor="Gemeinde Seefeld", rcpt="kaemmerei@seefeld.de", to="kaemmerei@seefeld.de",
    html=lambda c: html_invoice(dict(SP42, facts=[]), c, *h42(c)), lines=SP42["lines"],
    note="HTML invoice to a municipality (Bauamt under it) with a Leitweg-ID; Verwendungszweck equal to the number; term '30 Tage netto'.")

# 43 AT: Mag., Teilzahlung, 20 % and 10 %
sel = S("Tischlerei Gruber", ["Linzer Straße 140", "4600 Wels", "Österreich"], "office@tischlerei-gruber.at", ["UID ATU61882044", "FN 288311h"])
inv(lang="de", tool="bmd", seller=sel, number="2026/0384", issue=d(2026, 11, 24), term=14, iban=iban("AT"), bank="Raiffeisenbank Wels",
    block=["Frau Mag. Verena Pichler", "Pollheimerstraße 7", "4600 Wels"], debtor="Mag. Verena Pichler", business=False,
    rcpt="verena.pichler@gmx.at", to="verena.pichler@gmx.at", layout="C", lb={"vat": "USt. %s %%", "due": "Zahlbar bis"},
    lines=[("Einbauschrank Vorraum, Eiche natur", 1, 486000, 20), ("Montage", 1, 42000, 20), ("Fachbuch Möbelpflege", 1, 2900, 10)],
    deduct=[("abzüglich Teilzahlung vom 05.11.2026", 250000)], greet="Sehr geehrte Frau Mag. Pichler,",
    note="Austrian invoice to 'Frau Mag.' ('Frau' dropped, 'Mag.' kept); 20 % and 10 % on one invoice; a partial payment deducted.")

# 44 AT: Magistrat, term in words
sel = S("Stadtgärtnerei Wimmer KG", ["Vogelweiderstraße 33", "4600 Wels"], "buchhaltung@wimmer-gruen.at", ["UID ATU57203119", "FN 104772p"])
inv(lang="de", tool="bmd", seller=sel, number="WI-26-1502", issue=d(2026, 11, 17), term=30, term_words=True, iban=iban("AT"), late=2,
    block=["Magistrat der Stadt Wels", "Dienststelle Stadtgärten", "Stadtplatz 1", "4600 Wels"], debtor="Magistrat der Stadt Wels",
    rcpt="rechnungen@wels.gv.at", to="rechnungen@wels.gv.at", layout="B", lb={"vat": "USt. %s %%"},
    xfacts=[("Auftrag", "MA-SG/2026/117")],
    lines=[("Herbstbepflanzung Kaiser-Josef-Platz (Stk.)", 1400, 185, 20), ("Pflanzarbeiten (Std.)", 32, 5200, 20)],
    note="Austrian city administration (Magistrat) with a department line; term in words ('dreißig Tagen'); mailed two days after issue.")

# 45 AT: DI, separate delivery address, Anzahlung deducted
sel = S("Ofenbau Stockinger", ["Hauptplatz 8", "8160 Weiz"], "office@ofenbau-stockinger.at", ["UID ATU70112836"])
inv(lang="de", tool="word-pdf", seller=sel, number="R-26-077", issue=d(2026, 11, 26), due=d(2026, 12, 10), iban=iban("AT"), bank="Steiermärkische Sparkasse",
    block=["Rechnungsadresse:", "DI Thomas Aigner", "Elisabethstraße 30/4", "8010 Graz"],
    block2=["Lieferadresse:", "Ferienhaus Aigner", "Oberfeistritz 112", "8184 Anger"], debtor="DI Thomas Aigner", business=False,
    rcpt="t.aigner@aon.at", to="t.aigner@aon.at", layout="C", lb={"vat": "USt. %s %%", "due": "Fällig"},
    lines=[("Kachelofen mit Sichtfenster, Ausführung lt. Angebot A-26-031", 1, 1180000, 20), ("Rauchfanganschluss und Abnahme", 1, 48000, 20)],
    deduct=[("abzgl. Anzahlung (bezahlt am 18.09.2026)", 400000)],
    note="Austrian 'DI' degree kept; invoice address (Graz) differs from the delivery address (holiday house); deposit deducted.")

# 46 CH: Stiftung, CHF, 8.1 % and 2.6 %, rounding, RF reference
sel = S("Bäckerei-Konditorei Zollinger", ["Dorfstrasse 19", "8706 Meilen"], "buchhaltung@zollinger-beck.ch", ["MWST CHE-104.227.816"])
RF46 = rf("2026" + digits(8))
inv(lang="de", tool="bexio", cur="CHF", seller=sel, number="20261128-04", issue=d(2026, 11, 28), term=30, iban=iban("CH"), ref=RF46, ref_print=grp(RF46),
    block=["Stiftung Lesepaten Zürichsee", "Seestrasse 240", "8706 Meilen"], debtor="Stiftung Lesepaten Zürichsee",
    rcpt="finanzen@lesepaten-zuerichsee.ch", to="finanzen@lesepaten-zuerichsee.ch", layout="A", ds="dmy.",
    lb={"vat": "MWST %s %%", "total": "Total CHF", "ref": "Referenz"},
    lines=[("Apéro-Gebäck Helferanlass (Platten)", 6, 4850, 2.6), ("Zopf 1 kg", 4, 1290, 2.6), ("Lieferung und Service", 1, 6500, 8.1)],
    round05=True, round_label="Rundungsdifferenz",
    note="Swiss foundation; CHF with 2.6 % and 8.1 % VAT and a 5-Rappen rounding line; RF creditor reference (labelled without spaces).")

# 47 CH: customer number first, Gutschrift, CHF
sel = S("Müllereigenossenschaft Seeland", ["Mühleweg 4", "3250 Lyss"], "debitoren@muehle-seeland.ch", ["MWST CHE-105.882.443"])
inv(lang="de", tool="abacus", cur="CHF", seller=sel, number="GS-26-0061", credit=True, issue=d(2026, 12, 1),
    block=["Kunden-Nr. 30117", "Bäckerei Gasser AG", "Bahnhofstrasse 7", "3250 Lyss"], debtor="Bäckerei Gasser AG",
    rcpt="buero@baeckerei-gasser.ch", to="buero@baeckerei-gasser.ch", layout="B", ds="dmy.", show_due=False,
    lb={"vat": "MWST %s %%", "total": "Total Gutschrift CHF"},
    intro=["Gutschrift zu Rechnung 26-10884 vom 12.11.2026 (Qualitätsmangel Lieferung Ruchmehl)."],
    lines=[("Ruchmehl 25 kg (Rücknahme)", 8, -3120, 2.6), ("Preisminderung Lieferung", 1, -5000, 2.6)],
    payline=["Der Betrag wird mit Ihrer nächsten Rechnung verrechnet."], notes=[],
    note="Swiss credit note (Gutschrift) to an AG whose block opens with 'Kunden-Nr.'; refers to invoice 26-10884; negative CHF; set off, no IBAN, so no due date is labelled.")

# 48 de body-text: debtor only in the greeting, Kleinunternehmer tutoring
sel = S("Nachhilfe Clara Weiß", [], "clara.weiss.nachhilfe@gmx.de")
I48 = iban("DE")
SP48 = dict(lang="de", cur="EUR", lines=[("Doppelstunden Mathe November", 6, 3000, 0)])


def t48(c):
    return ("Hallo Jonas,\n\nhier die Rechnung für November (Rechnungsnr. 11/2026, Datum 30.11.2026):\n\n" + "\n".join(text_lines(SP48, c, 34)) +
            "\n\nAls Kleinunternehmerin nach § 19 UStG weise ich keine Umsatzsteuer aus.\n"
            "Überweis das bitte innerhalb von zehn Tagen auf %s.\n\nLiebe Grüße und viel Erfolg bei der Klausur!\nClara\n" % mk.iban_spaced(I48))


inv(lang="de", tool="typed-mail", kind="body-text", seller=sel, from_name="Clara Weiß", number="11/2026", issue=d(2026, 11, 30), term=10,
    iban=I48, block=[], debtor="Jonas", business=False, rcpt="jonas.engel07@gmail.com", to="jonas.engel07@gmail.com", typed=t48,
    subject="Rechnung November", lines=SP48["lines"],
    note="Typed tutoring bill, debtor named only as 'Jonas' in the greeting; Kleinunternehmerin; term in words (zehn Tagen); the number looks like a month.")

# 49 de: school, due by date in words
sel = S("Reisedienst Kowalski", ["Am Hafen 5", "23966 Wismar"], "buchung@reisedienst-kowalski.de", ["USt-IdNr. DE133028771"])
inv(lang="de", tool="word-pdf", seller=sel, number="2026-1419", issue=d(2026, 12, 1), due=d(2027, 1, 15), bank="Sparkasse Mecklenburg-Nordwest",
    block=["Grundschule am Lindenplatz", "Schulleitung", "Lindenplatz 2", "23970 Wismar"], debtor="Grundschule am Lindenplatz",
    rcpt="sekretariat@gs-lindenplatz-wismar.de", to="sekretariat@gs-lindenplatz-wismar.de", layout="A", show_due=False,
    lines=[("Busfahrt Klassenfahrt 3a/3b Wismar - Schwerin und zurück", 1, 84000, 7), ("Wartezeit Fahrer (Std.)", 3, 3500, 7)],
    payline=["Bitte überweisen Sie den Rechnungsbetrag bis zum 15. Januar 2027.", "IBAN wird auf Wunsch auch per Telefon bestätigt."],
    notes=["Personenbeförderung im Nahverkehr (unter 50 km): ermäßigter Steuersatz 7 %."],
    note="Primary school as debtor; due date stated only in words in a sentence; no IBAN printed (label null); 7 % VAT.")

# 50 de: Stiftung (DE), Anzahlung deducted, due in words of date
sel = S("Tagungshaus Birkenhain", ["Birkenweg 1", "34346 Hann. Münden"], "rechnung@tagungshaus-birkenhain.de", ["USt-IdNr. DE285600193"])
inv(lang="de", tool="billomat", seller=sel, number="TB-0942", issue=d(2026, 11, 22), term=14, iban=iban("DE"), bank="Sparkasse Münden",
    block=["Stiftung Haus am Wald", "z. Hd. Frau Dr. Ingrid Seel", "Waldweg 12", "37073 Göttingen"], debtor="Stiftung Haus am Wald",
    rcpt="verwaltung@stiftung-hausamwald.de", to="verwaltung@stiftung-hausamwald.de", layout="B", ds="long",
    lines=[("Übernachtung EZ inkl. Frühstück (Nächte)", 18, 7900, 7), ("Tagungspauschale (Pers./Tag)", 18, 4800, 19), ("Seminarraum Technik", 2, 9500, 19)],
    deduct=[("abzüglich geleistete Anzahlung", 60000)], late=4,
    note="Foundation with a 'z. Hd. Frau Dr.' line; lodging at 7 % and conference package at 19 %; deposit deducted; mailed four days after issue.")
