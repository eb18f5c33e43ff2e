"""heldout22: a blind held-out set — small suppliers invoicing organisations with an
accounts-payable department (hospitals, universities, municipalities, housing
corporations, retail chains, logistics firms, Stadtwerke, NHS trusts, councils, a Flemish
intercommunale): purchase-order numbers, supplier numbers, cost centres, AP inboxes,
scanning services, reverse charge, G-rekening, factoring, Skonto, retention, partial
invoices, e-invoice portals — and 25 mails from the same suppliers and back offices that
are not invoices.  Seeded (20261222); the texts and layouts are written by hand, the
generator varies the IBANs and message ids.  Writes corpus/invoices/heldout22.jsonl."""
import datetime
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261222
rng = random.Random(SEED)
D = datetime.date
TD = datetime.timedelta
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout22.jsonl")

RECORDS = []


def eom(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - TD(days=1)


def M(c, cur="EUR", lang="nl"):
    """An amount as the layout prints it."""
    if cur == "GBP":
        return ("-" if c < 0 else "") + "£" + mk.money(abs(c), "en")
    if cur == "CHF":
        return "CHF " + mk.money(c, "ch")
    if lang == "nl":
        return "€ " + mk.money(c, "nl")
    if lang == "en":
        return "€" + mk.money(c, "en")
    return mk.money(c, "de") + " €"


def net_of(lines):
    return sum(int(round(l[1] * l[2])) for l in lines)


def vat_of(cents, rate):
    return int(round(cents * rate / 100.0))


def qty_s(q, lang):
    if isinstance(q, float) and q != int(q):
        s = ("%.2f" % q).rstrip("0")
        return s.replace(".", ",") if lang in ("nl", "de") else s
    return str(int(q))


def W(s, size, bold=False):
    return len(s) * size * (0.56 if bold else 0.53) * 1.12


def pdf(spec):
    """Pages of an invoice-like document.  spec keys: lay A/B/C, head [(text, size, bold)],
    addr [lines], refs [(label, value)], title, meta [(label, value)], cols [(header, x,
    align)], rows [[cells]], totals [(label, value, bold)], after [lines], foot [lines],
    split (rows on page one), page2 (label for 'page 2 of 2')."""
    lay = spec.get("lay", "A")
    pages = [mk.Page()]
    p = pages[0]
    y = 56
    for t, s, b in spec["head"]:
        if lay == "B":
            p.right(539, y, t, s, b)
        else:
            p.text(56, y, t, s, b)
        y += s + 3
    # address and the customer's references in a box
    if lay == "A":
        ax, ay, bx, by = 56, 150, 318, 140
    elif lay == "B":
        ax, ay, bx, by = 56, 140, 56, 140 + 13 * len(spec["addr"]) + 20
    else:
        ax, ay, bx, by = 318, 150, 56, 140
    for i, line in enumerate(spec["addr"]):
        p.text(ax, ay + 13 * i, line, 10)
    refs = spec.get("refs", [])
    if refs:
        bw = 221 if lay != "B" else 483
        if lay == "B":
            half = (len(refs) + 1) // 2
            for i, (k, v) in enumerate(refs):
                col = 0 if i < half else 1
                r = i if i < half else i - half
                p.text(bx + 8 + col * 242, by + 14 + 13 * r, k, 8)
                p.text(bx + 8 + col * 242 + 110, by + 14 + 13 * r, v, 9, True)
            h = 13 * half + 10
        else:
            for i, (k, v) in enumerate(refs):
                p.text(bx + 8, by + 14 + 13 * i, k, 8)
                p.text(bx + 110, by + 14 + 13 * i, v, 9, True)
            h = 13 * len(refs) + 10
        p.rule(bx, by, bx + bw, by)
        p.rule(bx, by + h, bx + bw, by + h)
        p.rule(bx, by, bx, by + h)
        p.rule(bx + bw, by, bx + bw, by + h)
        end = by + h
    else:
        end = ay
    y = max(end, ay + 13 * len(spec["addr"])) + 40
    p.text(56, y, spec["title"], 15, True)
    y += 22
    for k, v in spec.get("meta", []):
        p.text(56, y, k, 9)
        p.text(170, y, v, 9)
        y += 13
    y += 18
    cols = spec["cols"]

    def header(pg, yy):
        for h, x, a in cols:
            pg.text(x, yy, h, 9, True, a)
        pg.rule(56, yy + 4, 539, yy + 4)
        return yy + 18

    y = header(p, y)
    split = spec.get("split")
    for i, row in enumerate(spec["rows"]):
        if split is not None and i == split:
            p.text(539, 800, spec.get("cont", "→"), 8, False, "right")
            p = mk.Page()
            pages.append(p)
            y = 56
            for t, s, b in spec["head"][:1]:
                p.text(56, y, t, 11, True)
            p.right(539, y, spec.get("page2", "2 / 2"), 8)
            y = 90
            y = header(p, y)
        for (h, x, a), cell in zip(cols, row):
            if cell:
                p.text(x, y, cell, 9, False, a)
        y += 14
    p.rule(330, y - 6, 539, y - 6)
    y += 8
    for k, v, b in spec["totals"]:
        s = 10 if b else 9
        p.text(330, y, k, s, b)
        p.right(539, y, v, s, b)
        y += 14
    y += 18
    for line in spec.get("after", []):
        if line:
            p.text(56, y, line, 9)
        y += 12
    for i, line in enumerate(spec.get("foot", [])):
        p.text(56, 790 + 10 * i - 10 * (len(spec.get("foot", [])) - 1), line, 7)
    return pages


def add(rid, tool, lang, kind, frm, frm_name, to, rcpt, subject, d, text=None, html=None, spec=None,
        fname=None, exp=None, why=None, note=None, cc=None, extra=()):
    hdr = list(extra)
    if cc:
        hdr.append("Cc: %s" % cc)
    pages = pdf(spec) if spec else None
    eml = mk.mail(rng, frm, frm_name, to, subject, d, body_text=text, body_html=html,
                  pdf=pages is not None, extra_headers=hdr)
    RECORDS.append(dict(rid=rid, rec=mk.record(
        rid, tool, lang, kind, {"mail_from": frm, "rcpt_to": rcpt}, eml, pages=pages,
        pdf_filename=fname, expected=exp, why_not=why, note=note)))


def X(number, due, total, issue, duedate, name, email, iban, lang, ref=None, cur="EUR", business=True,
      credit=False):
    return mk.expected(number, due, total, issue, duedate, name, email, iban, business, lang,
                       reference=ref, currency=cur, credit=credit)


def IB(c):
    i = mk.iban(rng, c)
    return i, mk.iban_spaced(i)


def CHIBAN():
    """A Swiss IBAN (CH, 5-digit clearing + 12) with valid check digits."""
    bban = "".join(rng.choice("0123456789") for _ in range(17))
    digits = "".join(str(int(c, 36)) for c in bban + "CH00")
    i = "CH%02d%s" % (98 - int(digits) % 97, bban)
    return i, mk.iban_spaced(i)


def ATIBAN():
    bban = "".join(rng.choice("0123456789") for _ in range(16))
    digits = "".join(str(int(c, 36)) for c in bban + "AT00")
    i = "AT%02d%s" % (98 - int(digits) % 97, bban)
    return i, mk.iban_spaced(i)


def IEIBAN():
    bban = rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice("0123456789") for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + "IE00")
    i = "IE%02d%s" % (98 - int(digits) % 97, bban)
    return i, mk.iban_spaced(i)


def bestruct(base10):
    """A Belgian structured communication with valid check digits."""
    n = int(base10)
    c = n % 97 or 97
    s = "%010d%02d" % (n, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def rf(body):
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, body)


HEAD = {
    "nl": {"po": "PO-regel", "art": "Artikelnr.", "desc": "Omschrijving", "qty": "Aantal", "unit": "Prijs",
           "amt": "Bedrag", "dn": "Pakbon"},
    "en": {"po": "PO line", "art": "Item", "desc": "Description", "qty": "Qty", "unit": "Unit price",
           "amt": "Amount", "dn": "Delivery note"},
    "de": {"po": "Bestellpos.", "art": "Art.-Nr.", "desc": "Bezeichnung", "qty": "Menge", "unit": "Einzelpreis",
           "amt": "Gesamt", "dn": "Lieferschein"},
}
XS = {"po": 56, "art": 104, "dn": 104, "desc": 170, "qty": 390, "unit": 460, "amt": 539}
AL = {"qty": "right", "unit": "right", "amt": "right"}


def table(lines, keys, lang, cur="EUR", heads=None):
    """Columns and rows for @lines (desc, qty, unit cents, po line, article or delivery note)."""
    h = dict(HEAD[lang])
    h.update(heads or {})
    xs = dict(XS)
    if "po" not in keys and "art" not in keys and "dn" not in keys:
        xs["desc"] = 56
    elif "po" not in keys:
        xs["art"] = xs["dn"] = 56
        xs["desc"] = 130
    cols = [(h[k], xs[k], AL.get(k, "left")) for k in keys]
    rows = []
    for l in lines:
        desc, q, u = l[0], l[1], l[2]
        po = l[3] if len(l) > 3 else ""
        art = l[4] if len(l) > 4 else ""
        cell = {"desc": desc, "qty": qty_s(q, lang), "unit": M(u, cur, lang).replace("€ ", "").replace("€", "")
                .replace("CHF ", "").replace(" ", "") if cur != "GBP" else mk.money(u, "en"),
                "amt": M(int(round(q * u)), cur, lang).replace("€ ", "").replace(" €", "").replace("€", "")
                .replace("CHF ", "") if cur != "GBP" else mk.money(int(round(q * u)), "en"),
                "po": po, "art": art, "dn": art}
        rows.append([cell[k] for k in keys])
    return cols, rows


# ---------------------------------------------------------------- Dutch and Flemish invoices
def nl_invoices():
    # N1 cleaning firm -> hospital foundation, AP inbox, PO and supplier number in a box
    d = D(2026, 11, 30)
    i, isp = IB("NL")
    lines = [("Dagelijkse schoonmaak poli's, november", 1, 1846000, "10"),
             ("Glasbewassing buitenzijde gebouw C", 1, 212500, "20"),
             ("Extra inzet OK-complex 14-11 (uren)", 9.5, 3875, "30")]
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "nl")
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    add("n01", "Exact Online", "nl", "pdf", "facturatie@glansrijk-schoonmaak.nl", "Glansrijk Schoonmaak B.V.",
        "Crediteurenadministratie <facturen@rijnlandzorggroep.nl>", ["facturen@rijnlandzorggroep.nl"],
        "Factuur 26110482 - PO 4500012345", d,
        text="Geachte heer, mevrouw,\n\nIn de bijlage vindt u onze factuur 26110482 voor de schoonmaak in november.\n"
             "Zoals gevraagd één factuur per pdf en het inkoopordernummer in het onderwerp.\n\n"
             "Met vriendelijke groet,\nAfdeling facturatie\nGlansrijk Schoonmaak B.V.",
        spec=dict(lay="A", head=[("Glansrijk Schoonmaak B.V.", 14, True), ("Industrieweg 41 · 2382 NV Zoeterwoude", 8, False),
                                 ("KvK 58213390 · btw NL853120479B01", 8, False)],
                  addr=["Stichting Rijnland Zorggroep", "t.a.v. crediteurenadministratie", "Postbus 4220", "2301 CE Leiden"],
                  refs=[("Inkoopordernummer", "4500012345"), ("Leveranciersnummer", "100234"), ("Kostenplaats", "7140 Facilitair"),
                        ("Contractnummer", "RZG-C-2024-031")],
                  title="Factuur", meta=[("Factuurnummer", "26110482"), ("Factuurdatum", "30-11-2026"),
                                         ("Vervaldatum", "30-12-2026"), ("Periode", "1 t/m 30 november 2026")],
                  cols=cols, rows=rows,
                  totals=[("Subtotaal", M(n), False), ("Btw 21%", M(v), False), ("Totaal te betalen", M(t), True)],
                  after=["Betaling binnen 30 dagen op %s t.n.v. Glansrijk Schoonmaak B.V." % isp,
                         "Vermeld bij betaling het factuurnummer."],
                  foot=["Op al onze diensten zijn de NEN-schoonmaakvoorwaarden van toepassing."]),
        fname="Factuur_26110482.pdf",
        exp=X("26110482", t, t, d, D(2026, 12, 30), "Stichting Rijnland Zorggroep", "facturen@rijnlandzorggroep.nl", i, "nl"),
        note="PO, supplier number, cost centre and contract number boxed beside the address; 't.a.v. crediteurenadministratie' "
             "in the address; To header names the department, not a person.")

    # N2 subcontractor -> main contractor, btw verlegd, G-rekening split
    d = D(2026, 11, 24)
    i, isp = IB("NL"); g, gsp = IB("NL")
    lines = [("Stelwerk metselwerk blok B, termijn 3", 1, 2860000, "", "WB-118"),
             ("Steigerhuur week 45-47", 3, 41000, "", "WB-118")]
    n = net_of(lines); loon = int(n * 0.35)
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "nl", heads={"dn": "Werkbon"})
    add("n02", "SnelStart", "nl", "pdf", "administratie@bouwbedrijf-kooistra.nl", "Kooistra Metselwerken",
        "\"Bouwcombinatie Van Wijk B.V. - Crediteuren\" <crediteuren@bouwcombinatievanwijk.nl>",
        ["crediteuren@bouwcombinatievanwijk.nl"], "Termijnfactuur 2026-0318 project Hof van Noord", d,
        text="Beste crediteurenadministratie,\n\nBijgaand termijnfactuur 2026-0318 voor project 2419 Hof van Noord.\n"
             "Let op de verdeling tussen G-rekening en vrije rekening.\n\nGroet,\nSietske Kooistra",
        spec=dict(lay="B", head=[("KOOISTRA METSELWERKEN", 15, True), ("Voorstraat 9, 8861 BJ Harlingen", 8, False),
                                 ("btw NL001964218B35 · KvK 01093417", 8, False)],
                  addr=["Bouwcombinatie Van Wijk B.V.", "Afdeling crediteuren", "Zuiderhaven 12", "8861 CJ Harlingen"],
                  refs=[("Projectnummer", "2419 Hof van Noord"), ("Opdrachtnummer", "OA-2419-07"),
                        ("Uw kenmerk", "J. Bosma / uitvoering"), ("Onze referentie", "SK")],
                  title="Termijnfactuur 2026-0318",
                  meta=[("Datum", "24 november 2026"), ("Betalingstermijn", "30 dagen")],
                  cols=cols, rows=rows,
                  totals=[("Totaal excl. btw", M(n), False), ("Btw verlegd", M(0), False),
                          ("Te betalen", M(n), True)],
                  after=["Btw verlegd naar de opdrachtgever (art. 24ba Uitvoeringsbesluit OB); uw btw-nummer NL812277301B01.",
                         "Loonkostenbestanddeel 35%%: %s." % M(loon),
                         "Te storten op G-rekening %s: %s" % (gsp, M(loon)),
                         "Te storten op rekening %s: %s" % (isp, M(n - loon)),
                         "Beide onder vermelding van 2026-0318."],
                  foot=["Kooistra Metselwerken is ingeschreven in het Handelsregister onder nummer 01093417."]),
        fname="2026-0318.pdf",
        exp=X("2026-0318", n, n, d, d + TD(days=30), "Bouwcombinatie Van Wijk B.V.", "crediteuren@bouwcombinatievanwijk.nl",
              i, "nl"),
        note="Btw verlegd (total = net), G-rekening split: the free account's IBAN is labelled, the amount due is the whole "
             "invoice; work-order and project numbers beside the number.")

    # N3 caterer -> university of applied sciences, PO in subject
    d = D(2026, 11, 18)
    i, isp = IB("NL")
    lines = [("Lunch symposium 12 november, 140 pers.", 140, 1450, "1"),
             ("Koffie/thee doorlopend", 140, 395, "2"),
             ("Borrel na afloop", 1, 86000, "3")]
    n = net_of(lines); v = vat_of(n, 9); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "nl", heads={"po": "Regel"})
    add("n03", "Moneybird", "nl", "pdf", "hallo@smaakmakerscatering.nl", "Smaakmakers Catering",
        "facturen@hs-amstelland.nl", ["facturen@hs-amstelland.nl"], "PO 4500871120 / Factuur 2026-0412", d,
        text="Goedemiddag,\n\nHierbij factuur 2026-0412 (PO 4500871120) voor de catering van het symposium op 12 november.\n\n"
             "Hartelijke groet,\nNoor Bakkali\nSmaakmakers Catering",
        spec=dict(lay="C", head=[("Smaakmakers", 20, True), ("catering & events · Amstelveen", 9, False)],
                  addr=["Stichting Hogeschool Amstelland", "Financiële Administratie / Crediteuren", "Postbus 75100",
                        "1070 AC Amsterdam"],
                  refs=[("PO-nummer", "4500871120"), ("Budgethouder", "dr. E. Verhulst"), ("Kostenplaats", "FBE-3301")],
                  title="Factuur", meta=[("Factuurnummer", "2026-0412"), ("Datum", "18-11-2026"),
                                         ("Te betalen vóór", "18-12-2026")],
                  cols=cols, rows=rows,
                  totals=[("Subtotaal", M(n), False), ("Btw 9%", M(v), False), ("Totaal", M(t), True)],
                  after=["Gelieve te betalen op %s ten name van Smaakmakers Catering." % isp],
                  foot=["Smaakmakers Catering · Bankrashof 3 · 1183 NP Amstelveen · KvK 71942236"]),
        fname="factuur-2026-0412.pdf",
        exp=X("2026-0412", t, t, d, D(2026, 12, 18), "Stichting Hogeschool Amstelland", "facturen@hs-amstelland.nl", i, "nl"),
        note="Subject 'PO 4500871120 / Factuur 2026-0412' puts the PO number first; budget holder and cost centre in the box.")

    # N4 office supplies -> municipality, two pages, repeats customer's order lines
    d = D(2026, 11, 26)
    i, isp = IB("NL")
    lines = [("Kopieerpapier A4 80 g, doos 5x500", 40, 2395, "10", "100457"),
             ("Kopieerpapier A3 80 g, doos 5x500", 6, 4420, "20", "100462"),
             ("Ordner 80 mm blauw", 60, 289, "30", "220118"),
             ("Tonercartridge HP 59X", 8, 21450, "40", "310902"),
             ("Whiteboardmarkers set 4 kleuren", 25, 615, "50", "410077"),
             ("Notitieblok A5 gelinieerd", 120, 185, "60", "420311"),
             ("Balpen blauw medium, doos 50", 10, 1290, "70", "430015"),
             ("Nietjes 24/6, doos 5000", 30, 139, "80", "440210"),
             ("Archiefdoos zuurvrij", 200, 349, "90", "450622"),
             ("Bureaulamp LED dimbaar", 12, 5450, "100", "510440"),
             ("Monitorarm enkel", 12, 8995, "110", "510561"),
             ("Verzendkosten", 1, 0, "120", "990001")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "nl")
    add("n04", "AFAS", "nl", "pdf", "debiteuren@kantoorpartner-oost.nl", "KantoorPartner Oost",
        "\"Gemeente Berkelland-Noord, Inkoop\" <e-facturen@berkelland-noord.nl>", ["e-facturen@berkelland-noord.nl"],
        "Factuur VF26-10931 inkooporder 2026/IO/01187", d,
        text="Geachte heer/mevrouw,\n\nBijgevoegd onze factuur VF26-10931 voor inkooporder 2026/IO/01187, "
             "geleverd op 20 november (pakbon PB-55871).\n\nMet vriendelijke groet,\nKantoorPartner Oost\nDebiteurenbeheer",
        spec=dict(lay="A", head=[("KantoorPartner Oost", 14, True), ("Havenweg 3 · 7481 LT Haaksbergen", 8, False)],
                  addr=["Gemeente Berkelland-Noord", "Afdeling Financiën, crediteurenadministratie", "Postbus 200",
                        "7270 HA Borculo"],
                  refs=[("Inkoopordernummer", "2026/IO/01187"), ("Uw besteller", "M. Hendriks, Facilitair"),
                        ("Leveranciersnr.", "300417"), ("Pakbon", "PB-55871 (20-11-2026)")],
                  title="FACTUUR", meta=[("Factuurnummer", "VF26-10931"), ("Factuurdatum", "26-11-2026"),
                                         ("Debiteurnummer", "14022"), ("Betalingsconditie", "30 dagen netto")],
                  cols=cols, rows=rows, split=8, cont="zie blad 2", page2="Blad 2 van 2 · factuur VF26-10931",
                  totals=[("Totaal excl. btw", M(n), False), ("Btw 21%", M(v), False), ("Totaal incl. btw", M(t), True)],
                  after=["Regelnummers conform uw inkooporder. Betaling op %s o.v.v. VF26-10931." % isp],
                  foot=["Leveringen volgens Raamovereenkomst Kantoorartikelen 2025-2028, perceel 1."]),
        fname="VF26-10931.pdf",
        exp=X("VF26-10931", t, t, d, d + TD(days=30), "Gemeente Berkelland-Noord", "e-facturen@berkelland-noord.nl", i, "nl"),
        note="Two pages repeating the municipality's order lines with its article numbers; a free shipping line of € 0,00; "
             "debtor number, supplier number, order number and delivery note around the invoice number.")

    # N5 staffing agency -> logistics firm, factoring: the factor's IBAN
    d = D(2026, 11, 16)
    own, ownsp = IB("NL"); f, fsp = IB("NL")
    lines = [("Orderpicker L. Dijkstra, wk 45 (uren)", 38, 3140, "", "UB-77120"),
             ("Orderpicker R. Mendes, wk 45 (uren)", 40, 3140, "", "UB-77121"),
             ("Toeslag nachtdienst 25%", 16, 785, "", "UB-77121")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "nl", heads={"dn": "Urenbrief"})
    add("n05", "Carerix", "nl", "pdf", "facturen@flexwerk-venlo.nl", "FlexWerk Venlo",
        "\"Kroes Logistics - Accounts Payable\" <ap@kroeslogistics.nl>", ["ap@kroeslogistics.nl"],
        "Factuur 2645-0917 week 45 / kostenplaats DC Venlo", d,
        text="Geachte administratie,\n\nHierbij de factuur over week 45 voor DC Venlo.\nWij wijzen u erop dat "
             "betaling alleen bevrijdend kan geschieden op de rekening van onze factormaatschappij.\n\nFlexWerk Venlo",
        spec=dict(lay="A", head=[("FlexWerk Venlo", 14, True), ("Eindhovenseweg 120 · 5928 RB Venlo", 8, False),
                                 ("NEN 4400-1 gecertificeerd", 8, False)],
                  addr=["Transportonderneming Kroes Logistics B.V.", "t.a.v. Accounts Payable", "Celsiusweg 8",
                        "5928 PR Venlo"],
                  refs=[("Inlenersnummer", "KL-0042"), ("Kostenplaats", "DC Venlo / 4100"), ("Uw PO", "PO-KL-26-3381")],
                  title="Factuur 2645-0917", meta=[("Factuurdatum", "16 november 2026"), ("Vervaldatum", "30 november 2026")],
                  cols=cols, rows=rows,
                  totals=[("Netto", M(n), False), ("Btw 21%", M(v), False), ("Totaal", M(t), True)],
                  after=["Deze vordering is gecedeerd. Betaling uitsluitend op rekening",
                         "%s van Brabantse Factoring B.V. te Eindhoven," % fsp,
                         "onder vermelding van het factuurnummer. Betalingen op onze eigen rekening werken niet bevrijdend."],
                  foot=["FlexWerk Venlo B.V. · eigen rekening %s (niet voor betaling van deze factuur)" % ownsp]),
        fname="2645-0917.pdf",
        exp=X("2645-0917", t, t, d, D(2026, 11, 30), "Transportonderneming Kroes Logistics B.V.", "ap@kroeslogistics.nl",
              f, "nl"),
        note="Factoring: the factor's IBAN is the one to pay; the supplier's own IBAN is printed in the footer as not for "
             "payment. Timesheet numbers in the line column.")

    # N6 landscaper -> housing corporation, 5 % retentie deducted now
    d = D(2026, 12, 1)
    i, isp = IB("NL")
    lines = [("Herinrichting binnentuin Vlietstraat, oplevering 1e fase", 1, 3420000, "1"),
             ("Boomspiegels en beplanting", 1, 465000, "2")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v; ret = int(round(t * 0.05)); due = t - ret
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "nl", heads={"po": "Pos."})
    add("n06", "Twinfield", "nl", "pdf", "administratie@groenwerk-eemland.nl", "Groenwerk Eemland",
        "Woonstichting Eemvallei <facturen@eemvallei.nl>", ["facturen@eemvallei.nl"],
        "Factuur GE-26-1207 | opdracht 2026-ONH-0455", d,
        text="Geachte heer, mevrouw,\n\nBijgaand factuur GE-26-1207 voor de eerste fase Vlietstraat. Conform het bestek "
             "hebben wij 5% retentie ingehouden tot de oplevering.\n\nVriendelijke groet,\nTeun Aalbers\nGroenwerk Eemland",
        spec=dict(lay="B", head=[("Groenwerk Eemland", 16, True), ("Nijverheidsweg 17, 3771 ME Barneveld", 8, False)],
                  addr=["Woonstichting Eemvallei", "Crediteurenadministratie", "Postbus 1140", "3800 BC Amersfoort"],
                  refs=[("Opdrachtnummer", "2026-ONH-0455"), ("Complex", "VL-031 Vlietstraat"),
                        ("Projectleider", "A. van Rossum"), ("Leveranciersnr.", "20981")],
                  title="Factuur GE-26-1207", meta=[("Datum", "01-12-2026"), ("Betaaltermijn", "30 dagen")],
                  cols=cols, rows=rows,
                  totals=[("Totaal excl. btw", M(n), False), ("Btw 21%", M(v), False), ("Factuurbedrag", M(t), True),
                          ("Af: 5% retentie", "-" + M(ret), False), ("Nu te betalen", M(due), True)],
                  after=["De retentie van %s wordt gefactureerd na de oplevering van fase 2." % M(ret),
                         "Betaling binnen 30 dagen op %s." % isp],
                  foot=["Groenwerk Eemland is aangesloten bij VHG · KvK 69011821 · btw NL857820144B01"]),
        fname="GE-26-1207.pdf",
        exp=X("GE-26-1207", due, t, d, d + TD(days=30), "Woonstichting Eemvallei", "facturen@eemvallei.nl", i, "nl"),
        note="5% retention deducted on the invoice: due is the amount after retention, total the full Factuurbedrag.")

    # N7 Flemish printer -> intercommunale, Peppol mention, structured communication
    d = D(2026, 11, 20)
    i, isp = IB("BE"); sc = bestruct("2026112041")
    lines = [("Affiche A2 sorteercampagne, 4/0", 800, 118, "", "BB 2026-1432"),
             ("Folder A5 recyparkkalender 2027", 42000, 9, "", "BB 2026-1432"),
             ("Levering op 3 adressen", 1, 14500, "", "BB 2026-1432")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "nl", heads={"dn": "Bestelbon"})
    add("n07", "Odoo", "nl", "pdf", "boekhouding@drukkerij-vanacker.be", "Drukkerij Van Acker",
        "Boekhouding IVAGO-West <facturen@ivago-west.be>", ["facturen@ivago-west.be"],
        "Factuur F2026/0873 - bestelbon BB 2026-1432", d,
        text="Beste,\n\nIn bijlage factuur F2026/0873 voor bestelbon BB 2026-1432. Dezelfde factuur werd ook via Peppol "
             "verstuurd naar uw ondernemingsnummer; gelieve ze slechts één keer te boeken.\n\nMet vriendelijke groeten,\n"
             "Lieve Van Acker",
        spec=dict(lay="A", head=[("Drukkerij Van Acker bv", 14, True), ("Kortrijksesteenweg 212 · 8530 Harelbeke", 8, False),
                                 ("BTW BE 0456.781.220", 8, False)],
                  addr=["IVAGO-West, Intergemeentelijke Vereniging", "voor Afvalbeheer", "Dienst Boekhouding",
                        "Pathoekeweg 40", "8000 Brugge"],
                  refs=[("Bestelbonnummer", "BB 2026-1432"), ("Dienst", "Communicatie"), ("BTW klant", "BE 0205.155.411")],
                  title="Factuur", meta=[("Nummer", "F2026/0873"), ("Datum", "20/11/2026"), ("Vervaldag", "20/12/2026")],
                  cols=cols, rows=rows,
                  totals=[("Maatstaf van heffing", M(n), False), ("BTW 21%", M(v), False), ("Te betalen", M(t), True)],
                  after=["Gelieve het bedrag over te schrijven op %s (KREDBEBB)" % isp,
                         "met de gestructureerde mededeling %s." % sc],
                  foot=["Algemene voorwaarden op de keerzijde. RPR Gent, afdeling Kortrijk."]),
        fname="F2026-0873.pdf",
        exp=X("F2026/0873", t, t, d, D(2026, 12, 20), "IVAGO-West, Intergemeentelijke Vereniging voor Afvalbeheer",
              "facturen@ivago-west.be", i, "nl", ref=sc),
        note="Flemish intercommunale whose legal name runs over two address lines; bestelbon number beside the "
             "invoice number; Peppol copy mentioned in the mail.")

    # N8 Flemish medical supplier -> hospital vzw, partial delivery, deelfactuur
    d = D(2026, 11, 12)
    i, isp = IB("BE"); sc = bestruct("4420261112")
    lines = [("Infuuspomp IP-300, deellevering 1 van 2", 12, 138500, "0010", "IP300"),
             ("Bevestigingsklem statief", 12, 4200, "0020", "IP-KL2")]
    n = net_of(lines); v = vat_of(n, 6); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "nl", heads={"po": "Lijn"})
    add("n08", "Exact Online", "nl", "pdf", "invoices@medisupply-lier.be", "MediSupply Lier",
        "Leveranciersboekhouding <crediteuren@az-scheldeland.be>", ["crediteuren@az-scheldeland.be"],
        "Deelfactuur 26/04471 - PO 4700098812 (deellevering 1)", d,
        text="Geachte,\n\nIn bijlage de deelfactuur voor de eerste levering van 12 infuuspompen op uw bestelling 4700098812. "
             "De resterende 8 stuks volgen begin december met een aparte factuur.\n\nMediSupply Lier",
        spec=dict(lay="C", head=[("MediSupply", 20, True), ("Antwerpsesteenweg 455 · 2500 Lier", 8, False)],
                  addr=["Algemeen Ziekenhuis Scheldeland vzw", "Leveranciersboekhouding", "Kasteelstraat 23",
                        "2880 Bornem"],
                  refs=[("Uw bestelling", "4700098812"), ("Ontvangstnr.", "GR-26-11803"), ("Afdeling", "Intensieve zorg")],
                  title="Deelfactuur", meta=[("Factuur nr.", "26/04471"), ("Factuurdatum", "12/11/2026"),
                                             ("Betaling", "60 dagen factuurdatum")],
                  cols=cols, rows=rows,
                  totals=[("Totaal excl. btw", M(n), False), ("Btw 6%", M(v), False), ("Totaal", M(t), True)],
                  after=["Betaling op %s met mededeling %s." % (isp, sc)],
                  foot=["MediSupply bv · BTW BE 0712.334.905 · RPR Antwerpen, afdeling Mechelen"]),
        fname="26-04471.pdf",
        exp=X("26/04471", t, t, d, d + TD(days=60), "Algemeen Ziekenhuis Scheldeland vzw", "crediteuren@az-scheldeland.be",
              i, "nl", ref=sc),
        note="Partial invoice against one PO (first delivery); goods-receipt number boxed; 60-day term from the invoice date; "
             "hospital vzw (an organisation: business true).")

    # N9 Flemish IT freelancer -> city, bestelbon and dossier, payment at 30 days end of month
    d = D(2026, 11, 5)
    i, isp = IB("BE"); sc = bestruct("0000311105")
    lines = [("Ondersteuning migratie loketsoftware (dagen)", 11, 72000, "", "BB/2026/3318"),
             ("Verplaatsingen Gent-Aalst", 11, 2240, "", "BB/2026/3318")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "nl", heads={"dn": "Bestelbon"})
    due = eom(d + TD(days=30))
    add("n09", "Accountable", "nl", "pdf", "pieter@declercq-it.be", "Pieter De Clercq IT",
        "Stad Aalst - Dienst Financiën <facturen@aalst-stad.be>", ["facturen@aalst-stad.be"],
        "Factuur 2026-031 / bestelbon BB/2026/3318", d,
        text="Dag dienst Financiën,\n\nHierbij mijn factuur 2026-031 voor oktober, met het bestelbonnummer zoals jullie "
             "inkoopvoorwaarden vragen. Het tijdsoverzicht is door Katrien Moens goedgekeurd.\n\nGroeten,\nPieter",
        spec=dict(lay="A", head=[("Pieter De Clercq IT", 13, True), ("Brugsesteenweg 88 bus 2 · 9000 Gent", 8, False),
                                 ("BTW BE 0688.410.233", 8, False)],
                  addr=["Stad Aalst", "Dienst Financiën - Facturatie", "Grote Markt 3", "9300 Aalst"],
                  refs=[("Bestelbon", "BB/2026/3318"), ("Dossier", "ICT-2026-014"), ("Contact", "K. Moens, ICT")],
                  title="Factuur 2026-031", meta=[("Datum", "5 november 2026"), ("Prestaties", "oktober 2026"),
                                                   ("Betaling", "30 dagen einde maand")],
                  cols=cols, rows=rows,
                  totals=[("Subtotaal", M(n), False), ("BTW 21%", M(v), False), ("Totaal", M(t), True)],
                  after=["Over te schrijven op %s met vermelding %s" % (isp, sc)]),
        fname="factuur_2026-031.pdf",
        exp=X("2026-031", t, t, d, due, "Stad Aalst", "facturen@aalst-stad.be", i, "nl", ref=sc),
        note="'30 dagen einde maand' (Belgian: +30 days then end of that month); bestelbon and dossier numbers in the box.")

    # N10 supplier -> retail chain, betalingskenmerk, 60 days, store number
    d = D(2026, 11, 9)
    i, isp = IB("NL"); bk = "7026110900418253"
    lines = [("Vloerreiniger lavendel 1 l, doos 12", 84, 1476, "10", "8714200113"),
             ("Afwasmiddel navulling 5 l", 36, 1190, "20", "8714200144"),
             ("Statiegeld kratten", 10, 390, "30", "STG-KRAT")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "nl", heads={"art": "EAN/artikel"})
    add("n10", "Unit4 Multivers", "nl", "pdf", "facturen@schoonhuys.nl", "Schoonhuys Producten",
        "\"Crediteuren Fenna Drogisterijen\" <invoices@fenna-retail.nl>", ["invoices@fenna-retail.nl"],
        "Factuur 126-00418 Inkoopordernummer 80055120", d,
        text="Geachte heer/mevrouw,\n\nBijgevoegd de factuur voor levering aan DC Tiel (inkoopordernummer 80055120).\n\n"
             "Schoonhuys Producten\nafdeling debiteuren",
        spec=dict(lay="B", head=[("Schoonhuys", 18, True), ("Producten voor huis en hygiëne", 8, False),
                                 ("Kanaalweg 5 · 4004 LA Tiel", 8, False)],
                  addr=["Fenna Drogisterijen B.V.", "t.a.v. crediteurenadministratie", "Postbus 310", "4000 AH Tiel"],
                  refs=[("Inkoopordernummer", "80055120"), ("Leveranciersnummer", "600712"), ("Afleveradres", "DC Tiel, dock 4"),
                        ("Pakbon", "SH-PB-33021")],
                  title="Factuur", meta=[("Factuurnummer", "126-00418"), ("Factuurdatum", "09-11-2026"),
                                         ("Betaaltermijn", "60 dagen (uw inkoopvoorwaarden)"), ("Vervaldatum", "08-01-2027")],
                  cols=cols, rows=rows,
                  totals=[("Netto", M(n), False), ("Btw 21%", M(v), False), ("Totaal", M(t), True)],
                  after=["Betalen op %s onder vermelding van betalingskenmerk %s" % (isp, " ".join(bk[k:k + 4] for k in range(0, 16, 4)))],
                  foot=["Retouren uitsluitend na overleg · KvK 11052931"]),
        fname="126-00418.pdf",
        exp=X("126-00418", t, t, d, D(2027, 1, 8), "Fenna Drogisterijen B.V.", "invoices@fenna-retail.nl", i, "nl", ref=bk),
        note="Retail chain: EAN article numbers, a deposit line, 60-day term from the customer's purchasing terms, a "
             "16-digit betalingskenmerk in groups.")

    # N11 credit note -> water company, against an invoice
    d = D(2026, 11, 27)
    i, isp = IB("NL")
    lines = [("Creditering meetkasten, retour 3 stuks", -3, 48500, "20", "MK-400"),
             ("Retourvracht", -1, 6500, "20", "")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "nl")
    add("n11", "Exact Online", "nl", "pdf", "finance@meettechniek-brabant.nl", "Meettechniek Brabant",
        "facturen@waterbedrijf-maasland.nl", ["facturen@waterbedrijf-maasland.nl"],
        "Creditnota CN-26-0044 op factuur 26-1193 (PO 4500337891)", d,
        text="Geachte crediteurenadministratie,\n\nNaar aanleiding van de afgekeurde meetkasten sturen wij u creditnota "
             "CN-26-0044. Deze kunt u verrekenen met factuur 26-1193.\n\nMet vriendelijke groet,\nMeettechniek Brabant",
        spec=dict(lay="A", head=[("Meettechniek Brabant B.V.", 13, True), ("Ekkersrijt 4104 · 5692 DA Son", 8, False)],
                  addr=["N.V. Waterbedrijf Maasland", "Crediteurenadministratie", "Postbus 1025", "5200 BA 's-Hertogenbosch"],
                  refs=[("Inkooporder", "4500337891"), ("Betreft factuur", "26-1193"), ("Uw kenmerk", "KWAL-2026-118")],
                  title="CREDITNOTA", meta=[("Creditnotanummer", "CN-26-0044"), ("Datum", "27-11-2026")],
                  cols=cols, rows=rows,
                  totals=[("Totaal excl. btw", M(n).replace("€ -", "-€ "), False), ("Btw 21%", M(v).replace("€ -", "-€ "), False),
                          ("Totaal te crediteren", M(t).replace("€ -", "-€ "), True)],
                  after=["Het bedrag wordt verrekend met openstaande facturen of binnen 14 dagen teruggestort."],
                  foot=["Meettechniek Brabant B.V. · %s · KvK 17093342" % isp]),
        fname="CN-26-0044.pdf",
        exp=X("CN-26-0044", t, t, d, None, "N.V. Waterbedrijf Maasland", "facturen@waterbedrijf-maasland.nl", i, "nl",
              credit=True),
        note="Credit note against an earlier invoice and PO; negative amounts; the earlier invoice number in the box.")

    # N12 security firm -> school foundation, contract, monthly instalment, RF reference
    d = D(2026, 12, 1)
    i, isp = IB("NL"); ref = rf("2612010317")
    lines = [("Alarmopvolging en surveillance, december 2026", 1, 118000, "", "C-0317"),
             ("Sleutelbeheer 6 locaties", 6, 1250, "", "C-0317")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "nl", heads={"dn": "Contract"})
    add("n12", "Informer", "nl", "pdf", "facturen@veiligwest.nl", "VeiligWest Beveiliging",
        "\"Stichting Openbaar Onderwijs Westland\" <crediteuren@soow.nl>", ["crediteuren@soow.nl"],
        "Termijnfactuur december - contract C-0317", d,
        text="Goedemorgen,\n\nHierbij de maandtermijn voor december volgens contract C-0317.\n\nVeiligWest Beveiliging",
        spec=dict(lay="C", head=[("VeiligWest", 20, True), ("beveiliging · alarmopvolging", 9, False)],
                  addr=["Stichting Openbaar Onderwijs Westland", "Bestuursbureau, afd. Financiën", "Laan van Adrichem 2",
                        "2671 HA Naaldwijk"],
                  refs=[("Contractnummer", "C-0317"), ("Kostenplaats", "Huisvesting 4310"), ("Inkoopnummer", "SOOW-IO-26-077")],
                  title="Factuur", meta=[("Factuurnummer", "VW26-1201-07"), ("Datum", "01-12-2026"),
                                         ("Termijn", "12 van 12"), ("Uiterste betaaldatum", "15-12-2026")],
                  cols=cols, rows=rows,
                  totals=[("Subtotaal", M(n), False), ("Btw 21%", M(v), False), ("Totaal", M(t), True)],
                  after=["Wij verzoeken u het bedrag over te maken naar %s" % isp,
                         "onder vermelding van betalingskenmerk %s." % " ".join(ref[k:k + 4] for k in range(0, len(ref), 4))],
                  foot=["VeiligWest Beveiliging B.V. · ND-vergunning 4521 · KvK 27188436"]),
        fname="VW26-1201-07.pdf",
        exp=X("VW26-1201-07", t, t, d, D(2026, 12, 15), "Stichting Openbaar Onderwijs Westland", "crediteuren@soow.nl",
              i, "nl", ref=ref),
        note="Instalment 12 of 12 of a contract; contract number in the line column; RF reference printed in groups.")

    # N13 typed invoice to an AP inbox, Cc the buyer
    d = D(2026, 11, 19)
    i, isp = IB("NL")
    n = 3 * 64500 + 18000; v = vat_of(n, 21); t = n + v
    add("n13", "mail", "nl", "body-text", "info@koeltechniek-dekker.nl", "Koeltechniek Dekker",
        "Afdeling Crediteuren <crediteuren@vandermeerlogistiek.nl>",
        ["crediteuren@vandermeerlogistiek.nl", "r.smit@vandermeerlogistiek.nl"],
        "Factuur 2026-118 onderhoud koelcellen (uw PO 45-22871)", d, cc="Ronald Smit <r.smit@vandermeerlogistiek.nl>",
        text="Geachte crediteurenadministratie,\n\nHierbij onze factuur voor het halfjaarlijks onderhoud. Ronald Smit "
             "(Technische Dienst) staat in de cc en heeft de werkbon afgetekend.\n\n"
             "FACTUUR 2026-118\nDatum: 19-11-2026\n\nAan: Koninklijke Van der Meer Logistiek B.V.\n"
             "      Distributieweg 14, 3199 LH Maasvlakte Rotterdam\nUw PO: 45-22871   Werkbon: WB 7710\n\n"
             "3 x onderhoud koelcel (F-gassencontrole incl.)  à € 645,00   € 1.935,00\n"
             "1 x koudemiddel bijvullen R449A                          € 180,00\n"
             "                                       subtotaal   %s\n" % M(n) +
             "                                       btw 21%%     %s\n" % M(v) +
             "                                       totaal      %s\n\n" % M(t) +
             "Graag binnen 21 dagen overmaken op %s t.n.v. Koeltechniek Dekker.\n\n" % isp +
             "Met vriendelijke groet,\nHenk Dekker\nKoeltechniek Dekker · KvK 24411802 · btw NL001288371B72",
        exp=X("2026-118", t, t, d, d + TD(days=21), "Koninklijke Van der Meer Logistiek B.V.",
              "crediteuren@vandermeerlogistiek.nl", i, "nl"),
        note="Typed invoice sent to the AP inbox with the buyer in Cc (also in the envelope); PO and work-order numbers on "
             "one line near the number.")

    # N14 Flemish typed invoice to a care organisation, structured communication, Peppol-less
    d = D(2026, 11, 23)
    i, isp = IB("BE"); sc = bestruct("0000264471")
    n = 18 * 5500; v = vat_of(n, 21); t = n + v
    add("n14", "mail", "nl", "body-text", "an@vertaalbureau-vermeulen.be", "Vertaalbureau Vermeulen",
        "facturatie@zorgbedrijf-rivierenland.be", ["facturatie@zorgbedrijf-rivierenland.be"],
        "factuur 26-0447 tolkopdrachten oktober", d,
        text="Goeiedag,\n\nOp vraag van mevrouw Claes (sociale dienst) stuur ik de factuur rechtstreeks naar dit adres.\n\n"
             "Factuur nr. 26-0447 - 23/11/2026\nKlant: Zorgbedrijf Rivierenland, Antwerpsestraat 130, 2850 Boom\n"
             "Uw referentie: SD/2026/tolk/19\n\n18 uur sociaal tolken Arabisch-Nederlands (oktober) à 55,00 = 990,00 EUR\n"
             "BTW 21%%: %s EUR\nTe betalen: %s EUR\n\n" % (mk.money(v, "nl"), mk.money(t, "nl")) +
             "Vervaldag: 23/12/2026\nRekening %s, mededeling %s\n\nVriendelijke groeten,\nAn Vermeulen" % (isp, sc),
        exp=X("26-0447", t, t, d, D(2026, 12, 23), "Zorgbedrijf Rivierenland", "facturatie@zorgbedrijf-rivierenland.be",
              i, "nl", ref=sc),
        note="Flemish typed invoice, amounts with EUR after them; the customer's reference 'SD/2026/tolk/19' is not the number.")

    # N15 handyman -> housing corporation, work order; 'onder vermelding van werkorder' is no reference
    d = D(2026, 11, 11)
    i, isp = IB("NL")
    n = 2 * 5250 + 8740; v = vat_of(n, 21); t = n + v
    add("n15", "mail", "nl", "body-text", "klusbedrijf.ozturk@gmail.com", "Klusbedrijf Öztürk",
        "\"Woonstichting Maasoever - facturen\" <facturen@maasoever.nl>", ["facturen@maasoever.nl"],
        "Factuur 1187 werkorder WO-2026-60412 Lindelaan 31", d,
        text="Beste mensen van Maasoever,\n\nDe reparatie op de Lindelaan 31 is klaar, de huurder heeft getekend.\n\n"
             "Factuurnummer: 1187\nFactuurdatum: 11 november 2026\nWerkorder: WO-2026-60412\n"
             "Debiteur: Woonstichting Maasoever, Postbus 88, 5340 AB Oss\n\n"
             "- arbeid 2 uur x € 52,50 = € 105,00\n- materiaal (kitwerk, scharnieren) € 87,40\n"
             "Totaal excl. btw %s, btw 21%% %s, totaal %s\n\n" % (M(n), M(v), M(t)) +
             "Graag betalen binnen 14 dagen op %s onder vermelding van de werkorder.\n\n" % isp +
             "Groet,\nMehmet Öztürk\nKlusbedrijf Öztürk, Oss",
        exp=X("1187", t, t, d, d + TD(days=14), "Woonstichting Maasoever", "facturen@maasoever.nl", i, "nl"),
        note="Work order in subject and body; 'onder vermelding van de werkorder' is no labelled reference (null).")

    # N16 payment-term discount demanded by the customer's purchasing terms
    d = D(2026, 11, 17)
    i, isp = IB("NL")
    n = 240 * 1875; v = vat_of(n, 21); t = n + v; disc = int(round(t * 0.02))
    add("n16", "mail", "nl", "body-text", "verkoop@drukwerkdirect-zwolle.nl", "Drukwerk Direct Zwolle",
        "Crediteurenadministratie HS IJsselland <crediteuren@hs-ijsselland.nl>", ["crediteuren@hs-ijsselland.nl"],
        "Factuur DD-26-5521 | PO 4100082215", d,
        text="Geachte heer/mevrouw,\n\nVolgens uw inkoopvoorwaarden hierbij de factuur in de mail zelf.\n\n"
             "Factuur DD-26-5521, d.d. 17-11-2026\nStichting Hogeschool IJsselland, Campus 2, 8017 CA Zwolle\n"
             "Inkooporder 4100082215, regel 1, ontvangen door J. Wolters\n\n"
             "240 stuks diploma-mappen met goudfoliedruk à € 18,75 = %s\nbtw 21%% = %s\nTotaal = %s\n\n" % (M(n), M(v), M(t)) +
             "Betaaltermijn 30 dagen. Conform art. 9 van uw inkoopvoorwaarden: 2%% betalingskorting (%s) " % M(disc) +
             "bij betaling binnen 8 dagen.\nIBAN %s\n\nDrukwerk Direct Zwolle" % isp,
        exp=X("DD-26-5521", t, t, d, d + TD(days=30), "Stichting Hogeschool IJsselland", "crediteuren@hs-ijsselland.nl",
              i, "nl"),
        note="Payment-term discount demanded by the customer (2% within 8 days): the amount due stays the full total and "
             "the due date the 30-day term; the display name of the AP inbox differs from the debtor.")

    # N17 e-invoice portal's mail instead of the PDF (sent on the supplier's behalf)
    d = D(2026, 11, 25)
    i, isp = IB("NL")
    n = 1568000; v = vat_of(n, 21); t = n + v
    html = ("<html><body style=\"font-family:Arial\"><p style=\"color:#666\">Verzonden via FactuurPortaal namens "
            "Van Os Verhuur B.V.</p><h2>U heeft een nieuwe factuur ontvangen</h2>"
            "<table cellpadding=\"4\"><tr><td>Van</td><td>Van Os Verhuur B.V.</td></tr>"
            "<tr><td>Aan</td><td>Gemeente Hollands Kroon-Zuid, Financiële administratie</td></tr>"
            "<tr><td>Factuurnummer</td><td><b>VOV-2611-2290</b></td></tr>"
            "<tr><td>Factuurdatum</td><td>25-11-2026</td></tr>"
            "<tr><td>Uw ordernummer</td><td>HKZ-2026-00731</td></tr>"
            "<tr><td>Omschrijving</td><td>Huur 2 verreikers november, incl. transport</td></tr>"
            "<tr><td>Bedrag excl. btw</td><td>%s</td></tr><tr><td>Btw 21%%</td><td>%s</td></tr>" % (M(n), M(v)) +
            "<tr><td><b>Te betalen</b></td><td><b>%s</b></td></tr>" % M(t) +
            "<tr><td>Vervaldatum</td><td>25-12-2026</td></tr><tr><td>IBAN</td><td>%s</td></tr></table>" % isp +
            "<p>De UBL-factuur is afgeleverd in uw Peppol-inbox (0106:59011234). Deze e-mail is een leesbare kopie.</p>"
            "<p style=\"font-size:11px;color:#999\">FactuurPortaal verwerkt facturen namens de verzender. "
            "Vragen over de inhoud? Neem contact op met Van Os Verhuur.</p></body></html>")
    add("n17", "portal", "nl", "body-html", "facturen@vanosverhuur.nl", "Van Os Verhuur via FactuurPortaal",
        "Financiële administratie <facturen@hollandskroon-zuid.nl>", ["facturen@hollandskroon-zuid.nl"],
        "Nieuwe factuur VOV-2611-2290 van Van Os Verhuur B.V.", d, html=html,
        exp=X("VOV-2611-2290", t, t, d, D(2026, 12, 25), "Gemeente Hollands Kroon-Zuid", "facturen@hollandskroon-zuid.nl",
              i, "nl"),
        note="A portal's readable copy of a Peppol invoice instead of a PDF: 'Van' and 'Aan' rows; the debtor row also names "
             "the department.")

    # N18 municipality, Uw kenmerk / Ons kenmerk, HTML table
    d = D(2026, 12, 2)
    i, isp = IB("NL")
    n = 4 * 97500; v = vat_of(n, 21); t = n + v
    html = ("<html><body><p>Geachte heer Jansen,</p><p>Zoals afgesproken stuur ik de factuur voor de vier workshops "
            "naar de crediteurenadministratie, met uw kenmerk erop.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"
            "<tr><th colspan=\"2\" align=\"left\">FACTUUR 20261202-1</th></tr>"
            "<tr><td>Gemeente Steenwijkerland-Noord</td><td>Uw kenmerk: Z/26/118432</td></tr>"
            "<tr><td>Postbus 20, 8330 AA Steenwijk</td><td>Ons kenmerk: WS-SWL-4</td></tr>"
            "<tr><td>Factuurdatum 2 december 2026</td><td>Vervaldatum 1 januari 2027</td></tr>"
            "<tr><td>4 workshops 'Schrijven voor de burger' à € 975,00</td><td align=\"right\">%s</td></tr>" % M(n) +
            "<tr><td>Btw 21%%</td><td align=\"right\">%s</td></tr>" % M(v) +
            "<tr><td><b>Totaal</b></td><td align=\"right\"><b>%s</b></td></tr></table>" % M(t) +
            "<p>Betaling op %s t.n.v. Helder Taaladvies.</p>" % isp +
            "<p>Met vriendelijke groet,<br>Eva Hoekstra<br>Helder Taaladvies</p></body></html>")
    add("n18", "Outlook", "nl", "body-html", "eva@heldertaaladvies.nl", "Eva Hoekstra | Helder Taaladvies",
        "\"Jansen, Peter\" <crediteuren@steenwijkerland-noord.nl>", ["crediteuren@steenwijkerland-noord.nl"],
        "Factuur workshops - uw kenmerk Z/26/118432", d, html=html,
        exp=X("20261202-1", t, t, d, D(2027, 1, 1), "Gemeente Steenwijkerland-Noord",
              "crediteuren@steenwijkerland-noord.nl", i, "nl"),
        note="The To header names a person at the AP inbox; the greeting names him too; 'Uw kenmerk' (a case number) and "
             "'Ons kenmerk' beside the invoice number.")

    # N19 Flemish, intercommunale water, HTML, bestelbon, structured communication, vervaldag
    d = D(2026, 11, 13)
    i, isp = IB("BE"); sc = bestruct("0000778213")
    lines = [(6, 31500, "Debietmeting rioolstreng (dag)"), (1, 42000, "Rapportering en GIS-update")]
    n = sum(a * b for a, b, _ in lines); v = vat_of(n, 21); t = n + v
    rows = "".join("<tr><td>%s</td><td>%d</td><td>%s</td><td>%s</td></tr>" % (c, a, mk.money(b, "nl"), mk.money(a * b, "nl"))
                   for a, b, c in lines)
    html = ("<div style=\"font-family:Calibri\"><p>Beste,</p><p>Hierbij onze factuur voor bestelbon 2026/BB/00912.</p>"
            "<p><b>Hydrometrie Dendervallei bv</b> &middot; Factuur <b>HD-2026-0201</b> &middot; 13/11/2026</p>"
            "<p>Aan: Intercommunale Waterbeheer Dender (IWD), Dienst Boekhouding, Gentsesteenweg 96, 9300 Aalst<br>"
            "BTW IWD: BE 0212.540.388 &middot; Bestelbon: 2026/BB/00912 &middot; Projectleider: ir. S. Baert</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>Omschrijving</th><th>Aantal</th><th>Eenheidsprijs</th>"
            "<th>Totaal</th></tr>" + rows +
            "<tr><td colspan=\"3\">Totaal excl. BTW</td><td>%s</td></tr>" % mk.money(n, "nl") +
            "<tr><td colspan=\"3\">BTW 21%%</td><td>%s</td></tr>" % mk.money(v, "nl") +
            "<tr><td colspan=\"3\"><b>Te betalen EUR</b></td><td><b>%s</b></td></tr></table>" % mk.money(t, "nl") +
            "<p>Vervaldag: 13/12/2026. Rekening %s &ndash; mededeling %s</p>" % (isp, sc) +
            "<p>Met vriendelijke groeten,<br>Bart Van den Bossche</p></div>")
    add("n19", "Gmail", "nl", "body-html", "facturatie@hydrometrie-dendervallei.be", "Hydrometrie Dendervallei",
        "\"IWD Boekhouding\" <boekhouding@iwd-dender.be>", ["boekhouding@iwd-dender.be"],
        "Factuur HD-2026-0201 (bestelbon 2026/BB/00912)", d, html=html,
        exp=X("HD-2026-0201", t, t, d, D(2026, 12, 13), "Intercommunale Waterbeheer Dender (IWD)", "boekhouding@iwd-dender.be",
              i, "nl", ref=sc),
        note="Flemish intercommunale with its abbreviation in brackets; the customer's VAT number and bestelbon on the "
             "'Aan' line; 'Te betalen EUR' with the currency in the label.")

    # N20 bakery supplying a supermarket franchise: deliveries listed with delivery notes
    d = D(2026, 11, 30)
    i, isp = IB("NL")
    deliveries = [("02-11", "PB 6610", 41260), ("09-11", "PB 6644", 38815), ("16-11", "PB 6689", 44120),
                  ("23-11", "PB 6731", 40305)]
    n = sum(x[2] for x in deliveries); v = vat_of(n, 9); t = n + v
    rows = "".join("<tr><td>%s</td><td>%s</td><td align=\"right\">%s</td></tr>" % (a, b, M(c)) for a, b, c in deliveries)
    html = ("<p>Hallo,</p><p>Hierbij de verzamelfactuur over november voor filiaal 114 (Zwolle-Assendorp).</p>"
            "<table><tr><td>Factuurnummer</td><td>BV-1126</td></tr><tr><td>Datum</td><td>30 november 2026</td></tr>"
            "<tr><td>Klant</td><td>Buurtsupers Noord B.V. (handelend als 'Buurtsuper Plus')</td></tr>"
            "<tr><td>Leveranciersnummer</td><td>700389</td></tr><tr><td>Filiaal</td><td>114</td></tr></table>"
            "<table border=\"1\"><tr><th>Leverdatum</th><th>Pakbon</th><th>Bedrag excl.</th></tr>" + rows + "</table>"
            "<p>Totaal excl. btw %s<br>Btw 9%% %s<br><b>Totaal %s</b></p>" % (M(n), M(v), M(t)) +
            "<p>Betaling binnen 14 dagen op %s.<br>Bakkerij Vos, Assendorperstraat 60, Zwolle</p>" % isp)
    add("n20", "Gmail", "nl", "body-html", "bakkerijvos@ziggo.nl", "Bakkerij Vos",
        "facturen@buurtsupersnoord.nl", ["facturen@buurtsupersnoord.nl"],
        "Verzamelfactuur november filiaal 114", d, html=html,
        exp=X("BV-1126", t, t, d, d + TD(days=14), "Buurtsupers Noord B.V.", "facturen@buurtsupersnoord.nl", i, "nl"),
        note="Monthly collective invoice listing four delivery notes; trading name beside the legal name; store and "
             "supplier numbers near the number.")
