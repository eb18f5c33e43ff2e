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
BAD = []


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
        line = re.sub(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?|(?:\d{4} ){2,}\d{1,4}",
                      lambda m: m.group(0).replace(" ", "\x00"), line)
        while line and W(line, 9) > 480:
            cut = line.rfind(" ", 0, 86)
            p.text(56, y, line[:cut].replace("\x00", " "), 9)
            line = line[cut + 1:]
            y += 12
        line = line.replace("\x00", " ")
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


def CHQRIBAN():
    """A Swiss QR-IBAN (clearing 30000-31999), the account a QR reference needs."""
    bban = "30" + "".join(rng.choice("0123456789") for _ in range(15))
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


rf = mk.rf


HEAD = {
    "nl": {"po": "Regel", "art": "Artikelnr.", "desc": "Omschrijving", "qty": "Aantal", "unit": "Prijs",
           "amt": "Bedrag", "dn": "Pakbon"},
    "en": {"po": "PO line", "art": "Item", "desc": "Description", "qty": "Qty", "unit": "Unit price",
           "amt": "Amount", "dn": "Delivery note"},
    "de": {"po": "Pos.", "art": "Art.-Nr.", "desc": "Bezeichnung", "qty": "Menge", "unit": "Einzelpreis",
           "amt": "Gesamt", "dn": "Lieferschein"},
}
XS = {"po": 56, "art": 98, "dn": 98, "desc": 160, "qty": 400, "unit": 470, "amt": 539}
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
    n = net_of(lines); loon = int(round(n * 0.35))
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
    lines = [("Binnentuin Vlietstraat, 1e fase", 1, 3420000, "1"),
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


# ---------------------------------------------------------------- English invoices
def G(c):
    return M(c, "GBP")


def en_invoices():
    # E1 NHS trust: invoices only to the scanning bureau's address
    d = D(2026, 11, 13)
    i, isp = IB("GB")
    lines = [("Deep clean, Ward 7B (post-outbreak)", 1, 184000, "1"),
             ("Curtain exchange, 46 bays", 46, 1850, "2"),
             ("Out-of-hours call-out", 2, 12500, "3")]
    n = net_of(lines); v = vat_of(n, 20); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en", "GBP")
    add("e01", "Sage", "en", "pdf", "accounts@brightwardcleaning.co.uk", "Brightward Cleaning Ltd",
        "Northmoor Hospitals Accounts Payable <nmh.invoices@scan-ap-services.co.uk>",
        ["nmh.invoices@scan-ap-services.co.uk"], "Invoice BW-11873 PO NMH/PO/2026/118877", d,
        text="Dear Accounts Payable,\n\nPlease find attached invoice BW-11873. As your supplier notice asks, it is sent "
             "to the scanning bureau address only and carries the official order number.\n\nKind regards,\n"
             "Sandra Pike\nCredit Control, Brightward Cleaning Ltd",
        spec=dict(lay="A", head=[("Brightward Cleaning Ltd", 14, True), ("Unit 4, Moss Lane Industrial Estate, Bolton BL3 6QS", 8, False),
                                 ("VAT Reg. GB 312 4478 02 · Company No. 08822714", 8, False)],
                  addr=["Northmoor Hospitals NHS Foundation Trust", "Accounts Payable", "PO Box 3217", "Bolton BL1 9ZF"],
                  refs=[("Purchase order", "NMH/PO/2026/118877"), ("Requisitioner", "Estates & Facilities"),
                        ("Supplier no.", "V104482"), ("Cost centre", "EF-2210")],
                  title="TAX INVOICE", meta=[("Invoice no.", "BW-11873"), ("Invoice date", "13 November 2026"),
                                             ("Terms", "30 days")],
                  cols=cols, rows=rows,
                  totals=[("Net", G(n), False), ("VAT @ 20%", G(v), False), ("Total due", G(t), True)],
                  after=["BACS: Brightward Cleaning Ltd, sort code 60-14-28, IBAN %s." % isp,
                         "Please quote BW-11873 on your remittance advice."],
                  foot=["Invoices for the Trust must be sent to nmh.invoices@scan-ap-services.co.uk, never to wards or staff."]),
        fname="BW-11873.pdf",
        exp=X("BW-11873", t, t, d, d + TD(days=30), "Northmoor Hospitals NHS Foundation Trust",
              "nmh.invoices@scan-ap-services.co.uk", i, "en", cur="GBP"),
        note="Sent to the trust's scanning bureau (a third-party domain) as its AP inbox; order number, supplier number and "
             "cost centre boxed.")

    # E2 UK domestic reverse charge (CIS) subcontractor -> main contractor
    d = D(2026, 11, 27)
    i, isp = IB("GB")
    lines = [("Groundworks, plots 14-22, valuation 4", 1, 1286000, "", "AFP-04"),
             ("Drainage connections", 9, 42000, "", "AFP-04")]
    n = net_of(lines); v = vat_of(n, 20)
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "en", "GBP", heads={"dn": "Application"})
    add("e02", "QuickBooks", "en", "pdf", "office@hendrygroundworks.co.uk", "Hendry Groundworks",
        "Kestrel Homes Ltd - Purchase Ledger <purchaseledger@kestrelhomes.co.uk>", ["purchaseledger@kestrelhomes.co.uk"],
        "Invoice 3391 - Ashby Fields - Application 4", d,
        text="Hi,\n\nAttached is our invoice for valuation 4 at Ashby Fields, as certified by your QS.\n\nThanks,\nCraig Hendry",
        spec=dict(lay="B", head=[("HENDRY GROUNDWORKS", 15, True), ("12 Station Road, Coalville LE67 3FN", 8, False)],
                  addr=["Kestrel Homes Ltd", "Purchase Ledger", "Kestrel House, Meridian Way", "Leicester LE19 1WX"],
                  refs=[("Site", "Ashby Fields, phase 2"), ("Subcontract order", "KH-SO-5512"), ("Your ref", "QS: D. Marlow"),
                        ("CIS", "gross status")],
                  title="Invoice 3391", meta=[("Date", "27/11/2026"), ("Payment due", "27/12/2026")],
                  cols=cols, rows=rows,
                  totals=[("Net amount", G(n), False), ("VAT 20% (reverse charge)", G(v), False),
                          ("Amount payable", G(n), True)],
                  after=["Reverse charge: customer to pay the VAT to HMRC. VAT Act 1994 Section 55A applies.",
                         "Bank: Hendry Groundworks Ltd, IBAN %s" % isp],
                  foot=["VAT GB 284 1173 55"]),
        fname="Invoice-3391.pdf",
        exp=X("3391", n, n, d, D(2026, 12, 27), "Kestrel Homes Ltd", "purchaseledger@kestrelhomes.co.uk", i, "en", cur="GBP"),
        note="Construction reverse charge: the VAT is shown but not payable, so total and due are the net amount.")

    # E3 university, two pages, PO line numbers
    d = D(2026, 11, 20)
    i, isp = IB("GB")
    lines = [("Pipette tips 200 µl, rack of 96", 50, 645, "1", "PT-200"),
             ("Pipette tips 1000 µl, rack of 96", 40, 710, "2", "PT-1000"),
             ("Nitrile gloves M, box 100", 120, 489, "3", "NG-M"),
             ("Nitrile gloves L, box 100", 80, 489, "4", "NG-L"),
             ("Centrifuge tubes 50 ml, bag 25", 60, 820, "5", "CT-50"),
             ("Cryo boxes 81-place", 30, 395, "6", "CB-81"),
             ("Parafilm M, 38 m roll", 12, 2450, "7", "PF-38"),
             ("Serological pipettes 10 ml, case", 15, 6400, "8", "SP-10"),
             ("Delivery (dry ice)", 1, 4500, "9", "DEL-DI")]
    n = net_of(lines); v = vat_of(n, 20); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "en", "GBP")
    add("e03", "Sage", "en", "pdf", "invoicing@labstock-direct.co.uk", "LabStock Direct",
        "invoices@brackenfield.ac.uk", ["invoices@brackenfield.ac.uk"], "PO 4300991820 / Invoice LSD-260811", d,
        text="Good afternoon,\n\nAttached please find our invoice LSD-260811 against PO 4300991820 (one invoice per PDF, as "
             "requested by your Finance Office).\n\nLabStock Direct Sales Ledger",
        spec=dict(lay="A", head=[("LabStock Direct", 14, True), ("Cambridge Road, Royston SG8 6RB", 8, False)],
                  addr=["The University of Brackenfield", "Finance Office - Accounts Payable", "Library Road",
                        "Brackenfield BF2 7TU"],
                  refs=[("PO number", "4300991820"), ("Vendor ID", "0000718834"), ("Deliver to", "School of Biosciences"),
                        ("Ordered by", "Dr A. Okafor")],
                  title="INVOICE", meta=[("Invoice number", "LSD-260811"), ("Invoice date", "20/11/2026"),
                                         ("Due date", "20/12/2026"), ("Account", "BRACK01")],
                  cols=cols, rows=rows, split=6, cont="continued overleaf", page2="Page 2 of 2 - LSD-260811",
                  totals=[("Goods", G(n), False), ("VAT 20%", G(v), False), ("Invoice total", G(t), True)],
                  after=["Payment to LabStock Direct Ltd, IBAN %s, BIC NWBKGB2L." % isp]),
        fname="LSD-260811.pdf",
        exp=X("LSD-260811", t, t, d, D(2026, 12, 20), "The University of Brackenfield", "invoices@brackenfield.ac.uk",
              i, "en", cur="GBP"),
        note="Two pages with PO line numbers and item codes; Vendor ID ten digits beside the PO; customer account code.")

    # E4 retail chain: store deliveries, goods received notes, settlement discount
    d = D(2026, 11, 6)
    i, isp = IB("GB")
    lines = [("Gift hamper 'Winter Larder', case of 4", 36, 8800, "10", "GRN 771402"),
             ("Gift hamper 'Cheese Board', case of 4", 24, 7600, "20", "GRN 771402"),
             ("Point-of-sale display units", 6, 0, "30", "GRN 771403")]
    n = net_of(lines); v = vat_of(n, 20); t = n + v
    cols, rows = table(lines, ["po", "dn", "desc", "qty", "unit", "amt"], "en", "GBP", heads={"dn": "GRN"})
    add("e04", "Xero", "en", "pdf", "accounts@fellsidepantry.co.uk", "Fellside Pantry",
        "Harlow & Penn AP <ap.invoices@harlowpenn.co.uk>", ["ap.invoices@harlowpenn.co.uk"],
        "Invoice INV-2231 (Harlow & Penn PO 7700451209)", d,
        text="Hello,\n\nHere is invoice INV-2231 for the hamper delivery to your Carlisle distribution centre. Goods "
             "received note numbers are on each line.\n\nBest wishes,\nJo Airey\nFellside Pantry",
        spec=dict(lay="C", head=[("Fellside Pantry", 20, True), ("fine foods from Cumbria", 9, False)],
                  addr=["Harlow & Penn Retail Ltd", "Accounts Payable", "Penn House, 2 Botchergate", "Carlisle CA1 1RZ"],
                  refs=[("PO", "7700451209"), ("Supplier account", "FELL002"), ("Depot", "Carlisle DC")],
                  title="INVOICE", meta=[("Invoice Number", "INV-2231"), ("Invoice Date", "6 Nov 2026"),
                                         ("Due Date", "6 Jan 2027")],
                  cols=cols, rows=rows,
                  totals=[("Subtotal", G(n), False), ("Total VAT 20%", G(v), False), ("Amount Due GBP", G(t), True)],
                  after=["Per your supplier terms, 2.5% settlement discount may be taken if paid within 14 days.",
                         "Bank transfer to Fellside Pantry Ltd, IBAN %s" % isp]),
        fname="Invoice INV-2231.pdf",
        exp=X("INV-2231", t, t, d, D(2027, 1, 6), "Harlow & Penn Retail Ltd", "ap.invoices@harlowpenn.co.uk", i, "en",
              cur="GBP"),
        note="Goods-received-note numbers per line; zero-priced display units; a settlement discount that does not change "
             "the amount due.")

    # E5 factoring: invoice assigned to an invoice-finance company
    d = D(2026, 11, 10)
    f, fsp = IB("GB")
    lines = [("Pallet storage, racked, October (pallet weeks)", 1240, 215, "", "WK40-44"),
             ("Handling in/out per pallet", 386, 340, "", "WK40-44")]
    n = net_of(lines); v = vat_of(n, 20); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "en", "GBP", heads={"dn": "Period"})
    add("e05", "Sage", "en", "pdf", "salesledger@midshirestorage.co.uk", "Midshire Storage",
        "FAO Finance - Tolland Freight <payables@tollandfreight.co.uk>", ["payables@tollandfreight.co.uk"],
        "Midshire Storage invoice MS/26/0944", d,
        text="Dear Finance team,\n\nPlease find our October storage invoice attached. Kindly note our bank details: "
             "payments are collected by Albion Invoice Finance.\n\nMidshire Storage Ltd",
        spec=dict(lay="A", head=[("Midshire Storage Ltd", 14, True), ("Hams Hall Distribution Park, Coleshill B46 1AL", 8, False)],
                  addr=["Tolland Freight Services Ltd", "FAO Finance", "Unit 9, Birch Coppice", "Tamworth B78 1SE"],
                  refs=[("Your PO", "TFS-PO-11872"), ("Contract", "MSA-2024-07"), ("Account", "TOLL01")],
                  title="Invoice MS/26/0944", meta=[("Tax point", "10/11/2026"), ("Terms", "Net 30")],
                  cols=cols, rows=rows,
                  totals=[("Net", G(n), False), ("VAT 20%", G(v), False), ("Total", G(t), True)],
                  after=["This debt has been assigned to Albion Invoice Finance Ltd, to whom payment must be made:",
                         "Albion Invoice Finance Ltd re Midshire Storage, IBAN %s." % fsp,
                         "Payment to any other account will not discharge the debt."]),
        fname="MS-26-0944.pdf",
        exp=X("MS/26/0944", t, t, d, d + TD(days=30), "Tolland Freight Services Ltd", "payables@tollandfreight.co.uk",
              f, "en", cur="GBP"),
        note="Assigned to an invoice-finance company: its IBAN is labelled; 'Tax point' is the invoice date; Net 30.")

    # E6 Irish reverse charge (RCT) subcontractor -> principal contractor
    d = D(2026, 11, 17)
    i, isp = IEIBAN()
    lines = [("Electrical first fix, Block C apartments", 1, 2475000, "", "VAL-3"),
             ("Temporary site lighting", 1, 186000, "", "VAL-3")]
    n = net_of(lines)
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "en", heads={"dn": "Valuation"})
    cols = [(h.replace("Unit price", "Rate"), x, a) for h, x, a in cols]
    add("e06", "Big Red Cloud", "en", "pdf", "accounts@ocallaghan-electrical.ie", "O'Callaghan Electrical",
        "accountspayable@kilbrideconstruction.ie", ["accountspayable@kilbrideconstruction.ie"],
        "Invoice OCE-2611 / Subcontract KC-2231 / Valuation 3", d,
        text="Hi all,\n\nInvoice OCE-2611 for valuation 3 on Harbour View attached. RCT payment notification to follow from "
             "your side as usual.\n\nRegards,\nDeclan O'Callaghan",
        spec=dict(lay="B", head=[("O'Callaghan Electrical Ltd", 15, True), ("Unit 7, Tramore Road Business Park, Cork T12 X9F2", 8, False)],
                  addr=["Kilbride Construction Limited", "Accounts Payable", "Harbour View site office", "Cobh, Co. Cork"],
                  refs=[("Subcontract", "KC-2231"), ("Project", "Harbour View Block C"), ("Your contact", "QS Aoife Nolan")],
                  title="Invoice OCE-2611", meta=[("Date", "17/11/2026"), ("Payment terms", "30 days from invoice")],
                  cols=cols, rows=rows,
                  totals=[("Net", M(n, "EUR", "en"), False), ("VAT", "RCT - reverse charge", False),
                          ("Total due", M(n, "EUR", "en"), True)],
                  after=["VAT on Reverse Charge: principal contractor to account for VAT at 13.5%.",
                         "EFT: %s (BIC AIBKIE2D)" % isp],
                  foot=["O'Callaghan Electrical Ltd · VAT IE 3318721DH · Registered in Ireland 611842"]),
        fname="OCE-2611.pdf",
        exp=X("OCE-2611", n, n, d, d + TD(days=30), "Kilbride Construction Limited", "accountspayable@kilbrideconstruction.ie",
              i, "en"),
        note="Irish RCT reverse charge: no VAT amount, the VAT cell holds words; EUR amounts written with a € sign and "
             "English separators.")

    # E7 Irish county council, stage payment 2 of 3 against one PO
    d = D(2026, 11, 3)
    i, isp = IEIBAN()
    n = 1840000; v = vat_of(n, 23); t = n + v
    lines = [("Heritage audit, stage 2 of 3", 1, n, "2")]
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en")
    add("e07", "Surf Accounts", "en", "pdf", "billing@fernhillheritage.ie", "Fernhill Heritage Consultants",
        "Accounts Payable, Carrow County Council <ap@carrowcoco.ie>", ["ap@carrowcoco.ie"],
        "PO 2026/0412887 - stage 2 invoice FHC-0098", d,
        text="Dear Sir or Madam,\n\nWe attach invoice FHC-0098, the second of three stage payments under purchase order "
             "2026/0412887.\n\nYours faithfully,\nMáire Kinsella",
        spec=dict(lay="A", head=[("Fernhill Heritage Consultants", 13, True), ("Main Street, Thomastown, Co. Kilkenny", 8, False)],
                  addr=["Carrow County Council", "Finance Department - Accounts Payable", "Áras an Chontae",
                        "Carrow R93 K2X0"],
                  refs=[("PO", "2026/0412887"), ("Contract", "CCC-HER-2026-03"), ("Section", "Planning & Heritage"),
                        ("Tax clearance", "TCAN 0418827A")],
                  title="Invoice", meta=[("Invoice no.", "FHC-0098"), ("Date", "3 November 2026"),
                                         ("Payable within", "15 days (Prompt Payment of Accounts)")],
                  cols=cols, rows=rows,
                  totals=[("Subtotal", M(n, "EUR", "en"), False), ("VAT 23%", M(v, "EUR", "en"), False),
                          ("Total", M(t, "EUR", "en"), True),
                          ("Contract value", M(5520000, "EUR", "en"), False), ("Invoiced to date", M(3680000, "EUR", "en"), False)],
                  after=["Bank: Fernhill Heritage Consultants, IBAN %s." % isp]),
        fname="FHC-0098.pdf",
        exp=X("FHC-0098", t, t, d, d + TD(days=15), "Carrow County Council", "ap@carrowcoco.ie", i, "en"),
        note="Stage payment 2 of 3: contract value and invoiced-to-date printed under the total; a tax clearance number; "
             "'Payable within 15 days'.")

    # E8 Irish university, vendor number, cost centre and fund code
    d = D(2026, 11, 25)
    i, isp = IEIBAN()
    lines = [("Conference AV hire, 2 days", 2, 138000, "1"), ("Technician (hours)", 16, 5500, "2"),
             ("Live-stream encoding", 1, 65000, "3")]
    n = net_of(lines); v = vat_of(n, 23); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en")
    add("e08", "Sage", "en", "pdf", "accounts@liffeyav.ie", "Liffey AV Services",
        "Dublin Northside University - Accounts Payable <accounts.payable@dnu.ie>",
        ["accounts.payable@dnu.ie", "events@dnu.ie"], "Invoice LAV-14420 (PO UP-0098812)", d,
        cc="Events Office <events@dnu.ie>",
        text="Hello,\n\nInvoice LAV-14420 for the Climate Futures conference is attached; the Events Office is copied for "
             "goods-receipting in Core.\n\nThank you,\nCiara Byrne\nLiffey AV Services",
        spec=dict(lay="B", head=[("LIFFEY AV", 16, True), ("Unit 3, Northwest Business Park, Dublin 15", 8, False)],
                  addr=["Dublin Northside University", "Accounts Payable, Finance Office", "Glasnevin", "Dublin 9 D09 Y5N0"],
                  refs=[("PO", "UP-0098812"), ("Vendor no.", "204417"), ("Cost centre", "EVT-3010"), ("Fund", "R-2291")],
                  title="INVOICE LAV-14420", meta=[("Date", "25 Nov 2026"), ("Due", "25 Dec 2026")],
                  cols=cols, rows=rows,
                  totals=[("Net", M(n, "EUR", "en"), False), ("VAT @ 23%", M(v, "EUR", "en"), False),
                          ("Total EUR", M(t, "EUR", "en"), True)],
                  after=["Please remit to IBAN %s quoting LAV-14420." % isp],
                  foot=["Liffey AV Services Ltd · VAT IE 9821344K"]),
        fname="LAV-14420.pdf",
        exp=X("LAV-14420", t, t, d, D(2026, 12, 25), "Dublin Northside University", "accounts.payable@dnu.ie", i, "en"),
        note="AP inbox in To, events office in Cc and in the envelope; vendor number, cost centre and fund code boxed.")

    # E9 (NL) Dutch supplier invoicing a Rotterdam logistics firm in English
    d = D(2026, 11, 16)
    i, isp = IB("NL")
    lines = [("Forklift inspection, per truck", 14, 9500, "10"),
             ("Replacement forks, pair", 2, 74000, "20"), ("Travel costs", 1, 8500, "30")]
    n = net_of(lines); v = vat_of(n, 21); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en")
    add("e09", "Exact Online", "en", "pdf", "invoices@heftruckservice-delta.nl", "Heftruckservice Delta",
        "\"Accounts Payable Maasvlakte Cargo\" <ap-invoices@maasvlaktecargo.com>", ["ap-invoices@maasvlaktecargo.com"],
        "Invoice 26-30218 | your PO MC-45-00912 | GR 5000412871", d,
        text="Dear Accounts Payable team,\n\nPlease find attached invoice 26-30218. The goods receipt number your "
             "warehouse gave us is in the subject.\n\nKind regards,\nHeftruckservice Delta B.V.",
        spec=dict(lay="A", head=[("Heftruckservice Delta B.V.", 13, True), ("Botlekweg 121 · 3197 KA Rotterdam", 8, False),
                                 ("VAT NL861130578B01", 8, False)],
                  addr=["Maasvlakte Cargo Terminals B.V.", "Attn: Accounts Payable", "Europaweg 910",
                        "3199 LC Maasvlakte Rotterdam"],
                  refs=[("Your PO", "MC-45-00912"), ("Goods receipt", "5000412871"), ("Supplier ID", "SUP-03381")],
                  title="Invoice", meta=[("Invoice number", "26-30218"), ("Invoice date", "16-11-2026"),
                                         ("Payment term", "45 days")],
                  cols=cols, rows=rows,
                  totals=[("Subtotal", M(n, "EUR", "en"), False), ("VAT 21%", M(v, "EUR", "en"), False),
                          ("Total amount", M(t, "EUR", "en"), True)],
                  after=["Please transfer within 45 days to %s (ABN AMRO)." % isp]),
        fname="Invoice_26-30218.pdf",
        exp=X("26-30218", t, t, d, d + TD(days=45), "Maasvlakte Cargo Terminals B.V.", "ap-invoices@maasvlaktecargo.com",
              i, "en"),
        note="A Dutch supplier's English invoice with Dutch dates (16-11-2026); subject carries PO and goods receipt.")

    # E10 typed invoice to a housing association, FAO Finance
    d = D(2026, 11, 12)
    i, isp = IB("GB")
    n = 3 * 9500 + 4260; v = 0; t = n
    add("e10", "mail", "en", "body-text", "gary@mercerplumbing.co.uk", "Gary Mercer Plumbing",
        "invoices@caldervaleha.org.uk", ["invoices@caldervaleha.org.uk"],
        "Invoice 0457 - job ref CV/R/88213 - 14 Mill Street", d,
        text="FAO Finance\n\nInvoice no 0457\nDate 12/11/2026\n\nTo: Calder Vale Housing Association\n"
             "Calder House, 3 Wharf Street, Sowerby Bridge HX6 2AF\n\nJob ref CV/R/88213 (repairs order raised by "
             "Lisa Crowther)\nAddress of works: 14 Mill Street, flat 2\n\nLabour 3 hrs @ £95.00 = £285.00\n"
             "Parts (TRV valves x 2, pipe) = £42.60\nTotal £%s\n\nNot VAT registered.\n" % mk.money(t, "en") +
             "Payment within 28 days please to Gary Mercer, IBAN %s\n\nCheers,\nGary" % isp,
        exp=X("0457", t, t, d, d + TD(days=28), "Calder Vale Housing Association", "invoices@caldervaleha.org.uk", i, "en",
              cur="GBP"),
        note="Typed sole-trader invoice with FAO Finance first; repairs job reference and the works address (a tenant's flat) "
             "near the debtor.")

    # E11 Irish typed invoice to a retail chain, vendor ID
    d = D(2026, 11, 19)
    i, isp = IEIBAN()
    n = 420 * 385; v = vat_of(n, 23); t = n + v
    add("e11", "mail", "en", "body-text", "orders@wildatlanticsoap.ie", "Wild Atlantic Soap Co.",
        "\"AP Dunleary Stores\" <supplierinvoices@dunlearystores.ie>", ["supplierinvoices@dunlearystores.ie"],
        "Invoice WAS-2026-141 Vendor ID 55102", d,
        text="Hi there,\n\nInvoice below for the Christmas order, delivered to your Ballymount DC on 17/11 "
             "(docket D-3390).\n\nInvoice: WAS-2026-141\nInvoice date: 19 November 2026\nBill to: Dunleary Stores "
             "Limited, Ballymount Road, Dublin 12\nVendor ID: 55102 | PO: DS-PO-771203\n\n"
             "420 x Seaweed soap bar 100g @ €3.85 = €%s\nVAT 23%%: €%s\nTotal: €%s\n\n" % (mk.money(n, "en"), mk.money(v, "en"),
                                                                                    mk.money(t, "en")) +
             "Terms: 60 days as per your supplier agreement (due 18 January 2027).\n"
             "IBAN %s\n\nMany thanks,\nÉadaoin\nWild Atlantic Soap Co., Dingle" % isp,
        exp=X("WAS-2026-141", t, t, d, D(2027, 1, 18), "Dunleary Stores Limited", "supplierinvoices@dunlearystores.ie",
              i, "en"),
        note="Typed invoice with 'Bill to:', vendor ID, PO and delivery docket; 60-day term with the date printed.")

    # E12 interpreter -> NHS trust, typed, FAO Finance, scanning address in the signature
    d = D(2026, 12, 1)
    i, isp = IB("GB")
    n = 6 * 4200 + 2 * 1870
    add("e12", "mail", "en", "body-text", "k.nowak.interpreting@outlook.com", "Katarzyna Nowak",
        "Eastfield NHS Trust invoices <eastfield.invoices@nhs-sbs-scan.co.uk>", ["eastfield.invoices@nhs-sbs-scan.co.uk"],
        "Invoice KN-112 / PO EFT-2026-55103", d,
        text="FAO Finance, Eastfield Community Health NHS Trust\n\nInvoice KN-112 - 1 December 2026\n"
             "Polish interpreting, November, under PO EFT-2026-55103 (booking team: Language Services)\n\n"
             "6 hours @ £42.00 = £252.00\nTravel 2 x £18.70 = £37.40\nAmount due: £%s (no VAT - exempt)\n\n" % mk.money(n, "en") +
             "Please pay by 31 December 2026 to K. Nowak, IBAN %s.\n\nKind regards,\nKasia Nowak" % isp,
        exp=X("KN-112", n, n, d, D(2026, 12, 31), "Eastfield Community Health NHS Trust",
              "eastfield.invoices@nhs-sbs-scan.co.uk", i, "en", cur="GBP"),
        note="The debtor is named only on the FAO line (no address block); the envelope goes to a shared-services scanning "
             "address.")

    # E13 Xero-style HTML to a council, PO in the summary
    d = D(2026, 11, 9)
    i, isp = IB("GB")
    n = 264000; v = vat_of(n, 20); t = n + v
    html = ("<div style=\"font-family:Helvetica;max-width:560px\"><p>Dear Castlebridge Borough Council,</p>"
            "<p>Here's invoice <b>INV-0688</b> for <b>GBP %s</b>.</p>" % mk.money(t, "en") +
            "<p>The amount outstanding of <b>£%s</b> is due on <b>9 Dec 2026</b>.</p>" % mk.money(t, "en") +
            "<table style=\"border-top:1px solid #ccc\"><tr><td>Reference</td><td>PO 6100043318 - play area inspections</td></tr>"
            "<tr><td>Billed to</td><td>Castlebridge Borough Council, Accounts Payable, Civic Centre, Castlebridge CB4 1AA</td></tr>"
            "<tr><td>Subtotal</td><td>£%s</td></tr><tr><td>VAT 20%%</td><td>£%s</td></tr>" % (mk.money(n, "en"), mk.money(v, "en")) +
            "<tr><td>Total</td><td>£%s</td></tr></table>" % mk.money(t, "en") +
            "<p>Pay by bank transfer: Playsafe Inspections Ltd, IBAN %s.</p>" % isp +
            "<p>If you have any questions, please let us know.</p><p>Thanks,<br>Playsafe Inspections Ltd</p></div>")
    add("e13", "Xero", "en", "body-html", "accounts@playsafeinspections.co.uk", "Playsafe Inspections Ltd",
        "Castlebridge Borough Council <accounts.payable@castlebridge.gov.uk>", ["accounts.payable@castlebridge.gov.uk"],
        "Invoice INV-0688 from Playsafe Inspections Ltd for Castlebridge Borough Council", d, html=html,
        exp=X("INV-0688", t, t, d, D(2026, 12, 9), "Castlebridge Borough Council", "accounts.payable@castlebridge.gov.uk",
              i, "en", cur="GBP"),
        note="Xero's summary mail to the council's AP inbox; 'Reference' holds the PO, not a payment reference; the greeting names the council.")

    # E14 Irish HTML to a port logistics company, buyer in Cc
    d = D(2026, 11, 30)
    i, isp = IEIBAN()
    lines = [("Crane hire 60t with operator (hours)", 22, 18500), ("Mobilisation", 1, 45000)]
    n = sum(int(a * b) for _, a, b in lines); v = vat_of(n, 23); t = n + v
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">€%s</td><td align=\"right\">€%s</td></tr>"
                   % (c, a, mk.money(b, "en"), mk.money(a * b, "en")) for c, a, b in lines)
    html = ("<p>Hi Accounts,</p><p>Please see our invoice for November below (Niall in copy for approval).</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><td colspan=\"4\"><b>Shannon Lift Hire Ltd &ndash; Invoice SLH-3307</b><br>Date: 30/11/2026<br>"
            "Customer: Galway Port Logistics DAC, New Docks, Galway H91 P2K8<br>Your order no.: GPL/4471/26 &middot; "
            "Approver: N. Fahy</td></tr>"
            "<tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>" + rows +
            "<tr><td colspan=\"3\">Net</td><td align=\"right\">€%s</td></tr>" % mk.money(n, "en") +
            "<tr><td colspan=\"3\">VAT 23%%</td><td align=\"right\">€%s</td></tr>" % mk.money(v, "en") +
            "<tr><td colspan=\"3\"><b>Balance due</b></td><td align=\"right\"><b>€%s</b></td></tr></table>" % mk.money(t, "en") +
            "<p>Terms 30 days. IBAN %s, BIC BOFIIE2D.</p><p>Regards,<br>Orla Quinn<br>Shannon Lift Hire</p>" % isp)
    add("e14", "Outlook", "en", "body-html", "accounts@shannonlifthire.ie", "Orla Quinn",
        "accounts@galwayportlogistics.ie", ["accounts@galwayportlogistics.ie", "n.fahy@galwayportlogistics.ie"],
        "SLH-3307 crane hire November", d, cc="Niall Fahy <n.fahy@galwayportlogistics.ie>", html=html,
        exp=X("SLH-3307", t, t, d, d + TD(days=30), "Galway Port Logistics DAC", "accounts@galwayportlogistics.ie", i, "en"),
        note="HTML table with the customer's order number and approver in the header cell; approver in Cc and envelope.")

    # E15 HTML to a college, 'Your ref' and cost centre, Net 30 EOM
    d = D(2026, 11, 18)
    i, isp = IB("GB")
    n = 12 * 17500; v = vat_of(n, 20); t = n + v
    due = eom(d) + TD(days=30)
    html = ("<html><body><p>To the Finance Office,</p>"
            "<p><b>INVOICE No. GW/2026/77</b> &nbsp; Date: 18 November 2026</p>"
            "<p>Kingsmere College of Further Education<br>Finance Office (Purchase Ledger)<br>Abbey Road, Kingsmere KM1 4QP</p>"
            "<p>Your ref: KCFE-PO-019334 &nbsp;|&nbsp; Cost centre: 4410 Horticulture &nbsp;|&nbsp; Requested by: Mr D. Shah</p>"
            "<ul><li>12 x raised bed kits, oak, delivered and assembled @ £175.00 = £2,100.00</li></ul>"
            "<p>Net £%s &middot; VAT 20%% £%s &middot; <b>Total £%s</b></p>" % (mk.money(n, "en"), mk.money(v, "en"), mk.money(t, "en")) +
            "<p>Terms: Net 30 EOM. Greenwood Garden Supplies, IBAN %s.</p>" % isp +
            "<p>With thanks,<br>Tom Greenwood</p></body></html>")
    add("e15", "Gmail", "en", "body-html", "tom@greenwoodgardensupplies.co.uk", "Tom Greenwood",
        "\"Purchase Ledger\" <purchase.ledger@kingsmere.ac.uk>", ["purchase.ledger@kingsmere.ac.uk"],
        "Invoice GW/2026/77 - your ref KCFE-PO-019334", d, html=html,
        exp=X("GW/2026/77", t, t, d, due, "Kingsmere College of Further Education", "purchase.ledger@kingsmere.ac.uk",
              i, "en", cur="GBP"),
        note="'Net 30 EOM' (30 days from the end of November); 'Your ref' is the PO; a 'Requested by' person with a title.")


qrref = mk.qrr


qr_spaced = mk.qrr_spaced


def E(c):
    return M(c, "EUR", "de")


def F(c):
    return mk.money(c, "ch")


# ---------------------------------------------------------------- German, Austrian and Swiss invoices
def de_invoices():
    # D1 Stadtwerke, Rechnungseingang, Skonto per Einkaufsbedingungen
    d = D(2026, 11, 18)
    i, isp = IB("DE")
    lines = [("Prüfung ortsveränd. Betriebsmittel", 412, 390, "10"),
             ("Prüfprotokolle und Prüfplaketten", 1, 18500, "20"),
             ("Anfahrt Betriebshof Nord", 2, 6500, "30")]
    n = net_of(lines); v = vat_of(n, 19); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "de")
    add("d01", "lexoffice", "de", "pdf", "rechnung@elektro-prueftechnik-brandt.de", "Elektro-Prüftechnik Brandt",
        "Rechnungseingang Stadtwerke Lindenau <rechnungseingang@stadtwerke-lindenau.de>",
        ["rechnungseingang@stadtwerke-lindenau.de"], "Rechnung RE-2026-0734 zu Bestellnummer 4500123876", d,
        text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-0734 zur Bestellung 4500123876.\n\n"
             "Mit freundlichen Grüßen\nKai Brandt",
        spec=dict(lay="A", head=[("Elektro-Prüftechnik Brandt", 13, True), ("Gewerbering 7 · 04178 Leipzig", 8, False),
                                 ("USt-IdNr. DE318840271", 8, False)],
                  addr=["Stadtwerke Lindenau GmbH", "z. Hd. Kreditorenbuchhaltung", "Karl-Heine-Straße 99",
                        "04229 Leipzig"],
                  refs=[("Bestellnummer", "4500123876"), ("Kreditorennummer", "70014582"), ("Ihr Zeichen", "TB-Ne/ort"),
                        ("Kostenstelle", "31200")],
                  title="Rechnung", meta=[("Rechnungsnummer", "RE-2026-0734"), ("Rechnungsdatum", "18.11.2026"),
                                          ("Leistungszeitraum", "02.11.-13.11.2026")],
                  cols=cols, rows=rows,
                  totals=[("Nettobetrag", E(n), False), ("zzgl. 19 % USt", E(v), False), ("Rechnungsbetrag", E(t), True)],
                  after=["Gemäß Ihren Einkaufsbedingungen: zahlbar innerhalb von 14 Tagen mit 3 % Skonto",
                         "oder innerhalb von 30 Tagen netto. Bankverbindung: Sparkasse Leipzig, IBAN %s" % isp],
                  foot=["Elektro-Prüftechnik Brandt e.K. · Inhaber Kai Brandt · HRA 19833 Amtsgericht Leipzig"]),
        fname="RE-2026-0734.pdf",
        exp=X("RE-2026-0734", t, t, d, d + TD(days=30), "Stadtwerke Lindenau GmbH", "rechnungseingang@stadtwerke-lindenau.de",
              i, "de"),
        note="Skonto demanded by the customer's terms (3 % in 14 days): the amount due is the full total, the due date the "
             "30-day net term; Kreditorennummer and Ihr Zeichen boxed.")

    # D2 hospital gGmbH, invoices only to a scanning service, two pages
    d = D(2026, 11, 24)
    i, isp = IB("DE")
    lines = [("Wartung Sterilisator MST-V", 2, 68000, "1", "WV-STE"),
             ("Wartung RDG Miele PG 8528", 4, 29500, "2", "WV-RDG"),
             ("Validierung nach DIN EN ISO 17665", 2, 112000, "3", "VAL-17665"),
             ("Ersatzteil Türdichtung", 2, 18640, "4", "ET-4411"),
             ("Ersatzteil Dosierpumpe", 1, 42780, "5", "ET-5120"),
             ("Arbeitszeit Techniker (Std.)", 14, 9800, "6", "AZ"),
             ("Fahrtkosten pauschal", 3, 7500, "7", "FK")]
    n = net_of(lines); v = vat_of(n, 19); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "de", heads={"po": "Pos."})
    add("d02", "sevDesk", "de", "pdf", "buchhaltung@steritec-service.de", "SteriTec Service",
        "Klinikum Nordheide Kreditoren <klinikum-nordheide@rechnung-scan.de>", ["klinikum-nordheide@rechnung-scan.de"],
        "Rechnung 2026-11-0093 / Bestellung BE-KN-2026-18841", d,
        text="Sehr geehrte Damen und Herren,\n\nwie in Ihrem Lieferantenschreiben verlangt, senden wir die Rechnung "
             "ausschließlich an die Adresse Ihres Scan-Dienstleisters, eine Rechnung je PDF.\n\nFreundliche Grüße\n"
             "SteriTec Service GmbH",
        spec=dict(lay="B", head=[("SteriTec Service GmbH", 15, True), ("Am Hafen 31 · 21079 Hamburg", 8, False)],
                  addr=["Klinikum Nordheide gGmbH", "z. Hd. Kreditorenbuchhaltung", "Postfach 1140", "21244 Buchholz"],
                  refs=[("Bestellung", "BE-KN-2026-18841"), ("Kreditor-Nr.", "204711"), ("Kostenstelle", "ZSVA 6120"),
                        ("Wartungsvertrag", "WV-2023-014")],
                  title="Rechnung Nr. 2026-11-0093",
                  meta=[("Datum", "24.11.2026"), ("Zahlungsziel", "30 Tage"), ("Leistungsdatum", "10.-12.11.2026")],
                  cols=cols, rows=rows, split=4, cont="Übertrag auf Seite 2", page2="Seite 2 von 2",
                  totals=[("Summe netto", E(n), False), ("USt 19 %", E(v), False), ("Gesamtbetrag", E(t), True)],
                  after=["Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf IBAN %s (Haspa)." % isp],
                  foot=["Geschäftsführer: Jörn Petersen · HRB 148820 Hamburg · USt-IdNr. DE299017722"]),
        fname="Rechnung_2026-11-0093.pdf",
        exp=X("2026-11-0093", t, t, d, d + TD(days=30), "Klinikum Nordheide gGmbH", "klinikum-nordheide@rechnung-scan.de",
              i, "de"),
        note="To a scanning service's address (a third-party domain); two pages; a maintenance contract, Kreditor-Nr. and "
             "Kostenstelle boxed; 'Rechnung Nr.' in the title.")

    # D3 Steuerschuldnerschaft des Leistungsempfängers (§ 13b) subcontractor -> builder
    d = D(2026, 11, 6)
    i, isp = IB("DE")
    lines = [("Trockenbau Wände EG, Aufmaß lt. Anlage (m²)", 286, 4150, "", "AB-3"),
             ("Abhangdecke Flur (m²)", 74, 5200, "", "AB-3")]
    n = net_of(lines)
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "de", heads={"dn": "Abschlag"})
    add("d03", "Billomat", "de", "pdf", "info@trockenbau-yilmaz.de", "Trockenbau Yilmaz",
        "Kreditorenbuchhaltung <rechnungen@hochbau-reimers.de>", ["rechnungen@hochbau-reimers.de"],
        "3. Abschlagsrechnung AR-26-071 BV Kita Sonnenhang", d,
        text="Guten Tag,\n\nanbei die 3. Abschlagsrechnung für das Bauvorhaben Kita Sonnenhang. Das Aufmaß wurde von "
             "Herrn Reimers jun. abgezeichnet.\n\nViele Grüße\nEmre Yilmaz",
        spec=dict(lay="A", head=[("Trockenbau Yilmaz", 15, True), ("Industriestraße 12 · 24537 Neumünster", 8, False)],
                  addr=["Hochbau Reimers GmbH & Co. KG", "Kreditorenbuchhaltung", "Holstenstraße 140", "24103 Kiel"],
                  refs=[("Bauvorhaben", "Kita Sonnenhang, Kiel"), ("Auftrag", "NU-2026-0418"), ("Ihr Zeichen", "Rei/bau")],
                  title="3. Abschlagsrechnung", meta=[("Rechnungsnummer", "AR-26-071"), ("Datum", "06.11.2026"),
                                                      ("Fällig", "20.11.2026")],
                  cols=cols, rows=rows,
                  totals=[("Nettobetrag", E(n), False), ("Umsatzsteuer", "0,00 €", False), ("Zahlbetrag", E(n), True)],
                  after=["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG.",
                         "Zahlung auf IBAN %s, Verwendungszweck: AR-26-071 NU-2026-0418" % isp]),
        fname="AR-26-071.pdf",
        exp=X("AR-26-071", n, n, d, D(2026, 11, 20), "Hochbau Reimers GmbH & Co. KG", "rechnungen@hochbau-reimers.de", i,
              "de", ref="AR-26-071 NU-2026-0418"),
        note="§ 13b reverse charge (no VAT); an Abschlagsrechnung; the Verwendungszweck combines number and order.")

    # D4 factoring: Forderung abgetreten
    d = D(2026, 11, 12)
    own, ownsp = IB("DE"); f, fsp = IB("DE")
    lines = [("Fahrerüberlassung KW 44-45 (Std.)", 176, 3690, "", "LN-8812"),
             ("Zuschlag Samstag", 12, 920, "", "LN-8812")]
    n = net_of(lines); v = vat_of(n, 19); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "de", heads={"dn": "Nachweis"})
    add("d04", "Lexware", "de", "pdf", "rechnung@fahrerpool-ost.de", "FahrerPool Ost",
        "\"Spedition Kaltenbach\" <kreditoren@spedition-kaltenbach.de>", ["kreditoren@spedition-kaltenbach.de"],
        "Rechnung 26-4419 Fahrerüberlassung KW 44-45", d,
        text="Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung 26-4419. Bitte beachten Sie den Abtretungshinweis: "
             "Zahlungen mit befreiender Wirkung nur an unseren Factor.\n\nMit freundlichen Grüßen\nFahrerPool Ost GmbH",
        spec=dict(lay="C", head=[("FahrerPool Ost", 20, True), ("Personaldienstleistungen Logistik", 9, False)],
                  addr=["Spedition Kaltenbach GmbH", "Kreditorenbuchhaltung", "Am Güterbahnhof 5", "01159 Dresden"],
                  refs=[("Ihre Bestellung", "SK-B-26-1180"), ("Kreditorennr.", "K-30882"), ("Niederlassung", "Dresden")],
                  title="Rechnung", meta=[("Rechnung Nr.", "26-4419"), ("Datum", "12.11.2026"),
                                          ("Zahlbar bis", "26.11.2026")],
                  cols=cols, rows=rows,
                  totals=[("Netto", E(n), False), ("MwSt. 19 %", E(v), False), ("Endbetrag", E(t), True)],
                  after=["Diese Forderung wurde abgetreten an die Elbe Factoring GmbH, Dresden.",
                         "Zahlungen mit schuldbefreiender Wirkung nur auf deren Konto IBAN %s." % fsp],
                  foot=["FahrerPool Ost GmbH · Hausbank %s · HRB 40118 Dresden" % ownsp]),
        fname="Rechnung_26-4419.pdf",
        exp=X("26-4419", t, t, d, D(2026, 11, 26), "Spedition Kaltenbach GmbH", "kreditoren@spedition-kaltenbach.de",
              f, "de"),
        note="Assigned to a factor: the factor's IBAN is labelled, the supplier's house-bank IBAN is in the footer.")

    # D5 university, Teillieferung, Projekt/Drittmittel, Verwendungszweck with Kassenzeichen-like code
    d = D(2026, 11, 27)
    i, isp = IB("DE")
    lines = [("Laborstuhl ESD, Teillieferung 1 (von 2)", 20, 28900, "10", "LS-ESD-2"),
             ("Labortisch 1500 mm, Teillieferung 1", 6, 124000, "20", "LT-1500")]
    n = net_of(lines); v = vat_of(n, 19); t = n + v
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "de")
    add("d05", "DATEV", "de", "pdf", "faktura@laborbau-meinhardt.de", "Laborbau Meinhardt",
        "Universität Ostwestfalen - Rechnungseingang <rechnungseingang@uni-ostwestfalen.de>",
        ["rechnungseingang@uni-ostwestfalen.de"], "Teilrechnung TR-26-1102 zu Bestellnummer 4200077310", d,
        text="Sehr geehrte Damen und Herren,\n\nfür die erste Teillieferung übersenden wir die Teilrechnung TR-26-1102. "
             "Die Restlieferung (Positionen 30-40) folgt im Januar mit gesonderter Rechnung.\n\nMit freundlichen Grüßen\n"
             "Laborbau Meinhardt GmbH",
        spec=dict(lay="A", head=[("Laborbau Meinhardt GmbH", 13, True), ("Hansastraße 4 · 32049 Herford", 8, False)],
                  addr=["Universität Ostwestfalen", "Dezernat Finanzen, Kreditorenbuchhaltung", "Universitätsstraße 25",
                        "33615 Bielefeld"],
                  refs=[("Bestellnummer", "4200077310"), ("Projekt", "DFG SFB 1288 / B04"), ("Besteller", "Prof. Dr. H. Gerlach"),
                        ("Lieferschein", "LS-26-5541")],
                  title="Teilrechnung", meta=[("Rechnungs-Nr.", "TR-26-1102"), ("Rechnungsdatum", "27.11.2026"),
                                              ("Zahlungsbedingung", "30 Tage netto")],
                  cols=cols, rows=rows,
                  totals=[("Warenwert netto", E(n), False), ("USt 19 %", E(v), False), ("Rechnungsbetrag", E(t), True)],
                  after=["Bitte bei Zahlung als Verwendungszweck angeben: TR-26-1102 / 4200077310",
                         "Commerzbank Bielefeld, IBAN %s" % isp]),
        fname="TR-26-1102.pdf",
        exp=X("TR-26-1102", t, t, d, d + TD(days=30), "Universität Ostwestfalen", "rechnungseingang@uni-ostwestfalen.de", i,
              "de", ref="TR-26-1102 / 4200077310"),
        note="Teilrechnung for a partial delivery; a professor as Besteller and a DFG project code boxed; Verwendungszweck "
             "printed with a slash.")

    # D6 organic retail chain: Lieferantennummer, Filiale, Lieferscheine, zahlbar 45 Tage
    d = D(2026, 11, 30)
    i, isp = IB("DE")
    lines = [("Hafer-Cookies 175 g, Lieferung 03.11.", 144, 189, "", "LS 11803"),
             ("Dinkel-Cracker 125 g, Lieferung 10.11.", 96, 165, "", "LS 11841"),
             ("Hafer-Cookies 175 g, Lieferung 17.11.", 168, 189, "", "LS 11879"),
             ("Dinkel-Cracker 125 g, Lieferung 24.11.", 120, 165, "", "LS 11922")]
    n = net_of(lines); v = vat_of(n, 7); t = n + v
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "de")
    add("d06", "Debitoor", "de", "pdf", "buero@backstube-lenz.de", "Backstube Lenz",
        "\"Grünkorb Kreditoren\" <rechnungen@gruenkorb-biomarkt.de>", ["rechnungen@gruenkorb-biomarkt.de"],
        "Sammelrechnung 2026/112 Lieferantennr. 88210 Filiale 07", d,
        text="Hallo liebes Kreditoren-Team,\n\nanbei die Sammelrechnung November für Filiale 07 (Freiburg-Wiehre).\n\n"
             "Viele Grüße aus der Backstube\nMiriam Lenz",
        spec=dict(lay="B", head=[("Backstube Lenz", 17, True), ("Bio-Feingebäck · Schwarzwaldstraße 3 · 79117 Freiburg", 8, False)],
                  addr=["Grünkorb Biomarkt GmbH & Co. KG", "Kreditorenbuchhaltung", "Postfach 6 12", "79006 Freiburg"],
                  refs=[("Lieferantennummer", "88210"), ("Filiale", "07 Freiburg-Wiehre"), ("Rahmenvertrag", "GK-RV-2025-114")],
                  title="Sammelrechnung 2026/112", meta=[("Rechnungsdatum", "30. November 2026"), ("Zahlungsziel", "45 Tage")],
                  cols=cols, rows=rows,
                  totals=[("Summe netto", E(n), False), ("USt 7 %", E(v), False), ("Summe brutto", E(t), True)],
                  after=["Bitte überweisen auf %s (GLS Bank)." % isp]),
        fname="Sammelrechnung_2026-112.pdf",
        exp=X("2026/112", t, t, d, d + TD(days=45), "Grünkorb Biomarkt GmbH & Co. KG", "rechnungen@gruenkorb-biomarkt.de", i,
              "de"),
        note="Monthly collective invoice by delivery note for one store of a chain; supplier number and store in the subject.")

    # D7 AT municipality, Auftragsnummer, Ihr Zeichen
    d = D(2026, 11, 16)
    i, isp = ATIBAN()
    lines = [("Winterdienst-Bereitschaft Nov.", 1, 240000, "1"),
             ("Räumeinsätze Traktor mit Pflug (Std.)", 18.5, 8600, "2"),
             ("Streusplitt (t)", 6, 4200, "3")]
    n = net_of(lines); v = vat_of(n, 20); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "de", heads={"po": "Pos."})
    add("d07", "BMD", "de", "pdf", "office@agrardienst-pichler.at", "Agrardienst Pichler",
        "Buchhaltung Marktgemeinde <buchhaltung@st-veit-gloelan.gv.at>", ["buchhaltung@st-veit-gloelan.gv.at"],
        "Rechnung 2026-0212 Winterdienst, Auftrag 14/2026", d,
        text="Sehr geehrte Damen und Herren,\n\nim Anhang unsere Rechnung für den Winterdienst im November.\n\n"
             "Mit freundlichen Grüßen\nJosef Pichler",
        spec=dict(lay="A", head=[("Agrardienst Pichler", 14, True), ("Glanegger Straße 22 · 9560 Feldkirchen in Kärnten", 8, False),
                                 ("UID ATU71842205", 8, False)],
                  addr=["Marktgemeinde St. Veit-Glölan", "z. H. Buchhaltung", "Hauptplatz 1", "9300 St. Veit an der Glan"],
                  refs=[("Auftragsnummer", "14/2026"), ("Ihr Zeichen", "BA-Wi/Ma"), ("Kreditor", "3300912")],
                  title="Rechnung", meta=[("Rechnungsnummer", "2026-0212"), ("Datum", "16. November 2026"),
                                          ("Zahlungsziel", "14 Tage")],
                  cols=cols, rows=rows,
                  totals=[("Nettobetrag", E(n), False), ("20 % USt", E(v), False), ("Gesamtbetrag", E(t), True)],
                  after=["Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto %s (Raiffeisenbank)." % isp]),
        fname="Rechnung_2026-0212.pdf",
        exp=X("2026-0212", t, t, d, d + TD(days=14), "Marktgemeinde St. Veit-Glölan", "buchhaltung@st-veit-gloelan.gv.at",
              i, "de"),
        note="Austrian municipality (a Marktgemeinde): decimal hours, 'z. H. Buchhaltung', an order number with a slash.")

    # D8 AT reverse charge (Bauleistung, § 19 Abs. 1a UStG)
    d = D(2026, 11, 20)
    i, isp = ATIBAN()
    lines = [("Fliesenlegearbeiten Sanitärkerne Top 1-12", 1, 1864000, "", "LV 04"),
             ("Abdichtung Nassräume", 12, 38500, "", "LV 05")]
    n = net_of(lines)
    cols, rows = table(lines, ["dn", "desc", "qty", "unit", "amt"], "de", heads={"dn": "LV-Pos."})
    add("d08", "Excel", "de", "pdf", "fliesen.hadzic@aon.at", "Fliesen Hadžić",
        "\"Baumeister Hofer GmbH, Rechnungseingang\" <rechnungseingang@hofer-bau.at>",
        ["rechnungseingang@hofer-bau.at"], "Teilrechnung Nr. 3/2026 - BV Wohnanlage Aigen", d,
        text="Grüß Gott,\n\nanbei Teilrechnung 3/2026. Der Haftrücklass von 3 % ist wie vereinbart abgezogen.\n\n"
             "Mfg\nAdnan Hadžić",
        spec=dict(lay="C", head=[("Fliesen Hadžić", 18, True), ("Fliesenleger-Meisterbetrieb · Salzburg", 9, False)],
                  addr=["Baumeister Hofer GmbH", "Rechnungseingang", "Alpenstraße 48", "5020 Salzburg"],
                  refs=[("Subauftrag", "SA-2026-077"), ("BV", "Wohnanlage Aigen"), ("Bauleiter", "Ing. Florian Gruber")],
                  title="Teilrechnung Nr. 3/2026", meta=[("Datum", "20.11.2026"), ("Zahlbar", "binnen 30 Tagen netto")],
                  cols=cols, rows=rows,
                  totals=[("Summe netto", E(n), False), ("abzgl. 3 % Haftrücklass", "-" + E(int(round(n * 0.03))), False),
                          ("Zahlbetrag", E(n - int(round(n * 0.03))), True)],
                  after=["Übergang der Steuerschuld gem. § 19 Abs. 1a UStG. UID Leistungsempfänger ATU58112930.",
                         "Bankverbindung: Salzburger Sparkasse, IBAN %s" % isp]),
        fname="TR_3-2026.pdf",
        exp=X("3/2026", n - int(round(n * 0.03)), n, d, d + TD(days=30), "Baumeister Hofer GmbH", "rechnungseingang@hofer-bau.at",
              i, "de"),
        note="Austrian reverse charge for construction (no VAT) and a 3 % Haftrücklass deducted: due is the Zahlbetrag, "
             "total the net sum; number '3/2026' in the title.")

    # D9 CH Einwohnergemeinde, QR-Rechnung with QR reference
    d = D(2026, 11, 10)
    i, isp = CHQRIBAN(); qr = qrref("00000000000000026110" + "000412")
    lines = [("Baumpflege Friedhof, Equipe 2 Pers. (Std.)", 16, 14500, "1"),
             ("Hubarbeitsbühne 20 m (Tag)", 2, 48000, "2"),
             ("Entsorgung Grüngut (m³)", 9, 3800, "3")]
    n = net_of(lines); v = vat_of(n, 8.1); t = n + v
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "de", "CHF", heads={"po": "Pos."})
    add("d09", "bexio", "de", "pdf", "rechnungen@baumpflege-aebi.ch", "Baumpflege Aebi",
        "Finanzverwaltung Gemeinde <kreditoren@langnau-west.ch>", ["kreditoren@langnau-west.ch"],
        "Rechnung 26-0412 / Bestellung BV-2026-061", d,
        text="Grüezi\n\nIm Anhang die Rechnung 26-0412 für die Baumpflege auf dem Friedhof, mit QR-Zahlteil.\n\n"
             "Freundliche Grüsse\nUrs Aebi",
        spec=dict(lay="A", head=[("Baumpflege Aebi GmbH", 14, True), ("Dorfstrasse 14 · 3550 Langnau i.E.", 8, False),
                                 ("MWST CHE-219.440.181", 8, False)],
                  addr=["Einwohnergemeinde Langnau-West", "Finanzverwaltung, Kreditoren", "Gemeindehausplatz 1",
                        "3552 Bärau"],
                  refs=[("Bestellung", "BV-2026-061"), ("Konto", "7710.3144.00"), ("Ansprechperson", "R. Wüthrich, Werkhof")],
                  title="Rechnung", meta=[("Rechnungsnummer", "26-0412"), ("Datum", "10.11.2026"),
                                          ("Zahlbar", "innert 30 Tagen")],
                  cols=cols, rows=rows,
                  totals=[("Total exkl. MWST", "CHF " + F(n), False), ("MWST 8.1 %", "CHF " + F(v), False),
                          ("Total CHF", F(t), True)],
                  after=["", "Zahlteil", "Konto / Zahlbar an: %s" % isp, "Baumpflege Aebi GmbH, 3550 Langnau i.E.",
                         "Referenz: %s" % qr_spaced(qr), "Währung CHF   Betrag %s" % F(t)]),
        fname="Rechnung_26-0412.pdf",
        exp=X("26-0412", t, t, d, d + TD(days=30), "Einwohnergemeinde Langnau-West", "kreditoren@langnau-west.ch", i, "de",
              ref=qr, cur="CHF"),
        note="Swiss QR payment part with a QR reference in groups; the Gemeinde's account number '7710.3144.00' in the box.")

    # D10 typed invoice to a logistics company, Kreditorennummer in the Verwendungszweck
    d = D(2026, 11, 23)
    i, isp = IB("DE")
    n = 8 * 11900 + 3400; v = vat_of(n, 19); t = n + v
    add("d10", "mail", "de", "body-text", "werkstatt@reifen-oezdemir.de", "Reifenservice Özdemir",
        "Rechnungseingang Spedition Hansen <rechnungseingang@hansen-logistik.de>",
        ["rechnungseingang@hansen-logistik.de", "fuhrpark@hansen-logistik.de"], "Rechnung 1187 Reifenwechsel Auflieger",
        d, cc="Fuhrpark <fuhrpark@hansen-logistik.de>",
        text="Sehr geehrte Damen und Herren,\n\nhiermit stelle ich Ihnen folgende Leistung in Rechnung:\n\n"
             "Rechnung Nr. 1187 vom 23.11.2026\nRechnungsempfänger: Spedition Hansen GmbH & Co. KG, Hafenstraße 60, "
             "28217 Bremen\nIhre Auftragsnummer: FP-26-0931 (Herr Wiebe, Fuhrpark)\n\n"
             "8 x Reifenwechsel Auflieger-Achse à 119,00 € = 952,00 €\n1 x Altreifenentsorgung = 34,00 €\n"
             "Netto %s, 19 %% MwSt. %s, Gesamt %s\n\n" % (E(n), E(v), E(t)) +
             "Zahlbar bis 07.12.2026 auf %s.\nVerwendungszweck: RE 1187 Kred 70041\n\n" % isp +
             "Mit freundlichen Grüßen\nMurat Özdemir\nReifenservice Özdemir, Bremen",
        exp=X("1187", t, t, d, D(2026, 12, 7), "Spedition Hansen GmbH & Co. KG", "rechnungseingang@hansen-logistik.de", i,
              "de", ref="RE 1187 Kred 70041"),
        note="Typed invoice; the Verwendungszweck carries the supplier's own Kreditor number; fleet department in Cc.")

    # D11 AT housing cooperative, typed, Skonto
    d = D(2026, 11, 4)
    i, isp = ATIBAN()
    n = 1240000; v = vat_of(n, 20); t = n + v
    add("d11", "mail", "de", "body-text", "office@malerei-steinbauer.at", "Malerei Steinbauer",
        "\"Rechnungswesen Alpenland\" <kreditoren@alpenland-wohnbau.at>", ["kreditoren@alpenland-wohnbau.at"],
        "RE 26/088 Stiegenhaus Kärntner Straße 14 (Ihre Bestellung 2026-BE-3371)", d,
        text="Sehr geehrte Damen und Herren,\n\nwir erlauben uns zu verrechnen:\n\n"
             "Rechnung RE 26/088, Wien, am 4. November 2026\nan: Gemeinnützige Wohnbaugenossenschaft Alpenland reg. Gen.m.b.H., "
             "Linzer Straße 412, 1140 Wien\nObjekt: Kärntner Straße 14, Stiegen 1-3 - Ihre Bestellung 2026-BE-3371\n\n"
             "Malerarbeiten Stiegenhaus lt. Angebot AN-26-051   netto %s\n20 %% USt   %s\nGesamtbetrag %s\n\n" % (E(n), E(v), E(t)) +
             "Zahlungsbedingungen lt. Ihren AEB: 3 %% Skonto binnen 10 Tagen, 30 Tage netto.\n"
             "Bankverbindung: Erste Bank, IBAN %s\n\nHochachtungsvoll\nIng. Karl Steinbauer" % isp,
        exp=X("RE 26/088", t, t, d, d + TD(days=30), "Gemeinnützige Wohnbaugenossenschaft Alpenland reg. Gen.m.b.H.",
              "kreditoren@alpenland-wohnbau.at", i, "de"),
        note="Austrian typed invoice with 'wir erlauben uns zu verrechnen'; the quote number beside the order number; "
             "Skonto in the customer's terms; the number includes 'RE'.")

    # D12 CH typed invoice to an energy utility, CHF, Bestellnummer
    d = D(2026, 11, 26)
    i, isp = CHIBAN()
    n = 3 * 124000 + 38000; v = vat_of(n, 8.1); t = n + v
    add("d12", "mail", "de", "body-text", "info@gisservice-ammann.ch", "GIS-Service Ammann",
        "Kreditorenbuchhaltung IWS <kreditoren@iw-seetal.ch>", ["kreditoren@iw-seetal.ch"],
        "Rechnung 2026-047, Ihre Bestellnummer 45-1187", d,
        text="Guten Tag\n\nGerne stelle ich Ihnen die Nachführung des Leitungskatasters in Rechnung.\n\n"
             "Rechnung 2026-047 · Datum 26.11.2026\nEmpfänger: Industrielle Werke Seetal AG, Kreditoren, "
             "Bahnhofstrasse 9, 5707 Seengen\nBestellnummer 45-1187 / Kostenstelle 6230 Netz Wasser\n\n"
             "Nachführung Werkleitungen Gas/Wasser, 3 Tage à CHF 1'240.00\nDatenexport Interlis/DXF CHF 380.00\n"
             "Total exkl. MWST CHF %s\nMWST 8.1 %% CHF %s\nTotal CHF %s\n\n" % (F(n), F(v), F(t)) +
             "Zahlbar innert 30 Tagen auf %s (PostFinance).\n\nFreundliche Grüsse\nSilvia Ammann" % isp,
        exp=X("2026-047", t, t, d, d + TD(days=30), "Industrielle Werke Seetal AG", "kreditoren@iw-seetal.ch", i, "de",
              cur="CHF"),
        note="Swiss typed invoice with apostrophe thousands; 'innert 30 Tagen'; order number and cost centre on one line.")

    # D13 XRechnung uploaded to a portal; the mail is a readable copy for the Landkreis
    d = D(2026, 12, 2)
    i, isp = IB("DE")
    n = 5 * 68000; v = vat_of(n, 19); t = n + v
    html = ("<html><body style=\"font-family:Verdana;font-size:13px\"><p>Sehr geehrte Damen und Herren,</p>"
            "<p>die folgende Rechnung haben wir heute als XRechnung über das Rechnungseingangsportal übermittelt "
            "(Leitweg-ID 03351-0001-72). Zu Ihrer Information die Angaben in Kurzform:</p>"
            "<table border=\"0\" cellpadding=\"3\">"
            "<tr><td>Rechnungsnummer</td><td><b>KS-2026-219</b></td></tr>"
            "<tr><td>Rechnungsdatum</td><td>02.12.2026</td></tr>"
            "<tr><td>Rechnungsempfänger</td><td>Landkreis Weserbergland-Süd, Fachdienst Finanzen, Am Markt 1, 31785 Hameln</td></tr>"
            "<tr><td>Bestellzeichen</td><td>FD40-2026-0877</td></tr>"
            "<tr><td>Leistung</td><td>5 Schulungstage Datenschutz für Verwaltungsmitarbeitende</td></tr>"
            "<tr><td>Nettobetrag</td><td>%s</td></tr><tr><td>Umsatzsteuer 19 %%</td><td>%s</td></tr>" % (E(n), E(v)) +
            "<tr><td><b>Zahlbetrag</b></td><td><b>%s</b></td></tr>" % E(t) +
            "<tr><td>Fälligkeit</td><td>01.01.2027</td></tr><tr><td>IBAN</td><td>%s</td></tr></table>" % isp +
            "<p>Bitte buchen Sie die Rechnung nur einmal (maßgeblich ist die XRechnung).</p>"
            "<p>Mit freundlichen Grüßen<br>Dr. Katrin Sommer<br>Kompetenzzentrum Sommer Datenschutz</p></body></html>")
    add("d13", "Outlook", "de", "body-html", "rechnung@sommer-datenschutz.de", "Kompetenzzentrum Sommer",
        "Fachdienst Finanzen <rechnungseingang@weserbergland-sued.de>", ["rechnungseingang@weserbergland-sued.de"],
        "XRechnung KS-2026-219 übermittelt - Bestellzeichen FD40-2026-0877", d, html=html,
        exp=X("KS-2026-219", t, t, d, D(2027, 1, 1), "Landkreis Weserbergland-Süd", "rechnungseingang@weserbergland-sued.de",
              i, "de"),
        note="A readable copy beside an XRechnung sent to a portal: all facts in the HTML table; a Leitweg-ID and a "
             "Bestellzeichen that are neither number nor reference.")

    # D14 AT retail chain, HTML, Lieferantennummer
    d = D(2026, 11, 13)
    i, isp = ATIBAN()
    items = [("Kürbiskernöl 0,5 l", 240, 990), ("Kürbiskerne geröstet 200 g", 300, 345)]
    n = sum(a * b for _, a, b in items); v = vat_of(n, 10); t = n + v
    rows = "".join("<tr><td>%s</td><td>%d</td><td>%s</td><td>%s</td></tr>" % (c, a, mk.money(b, "de"), mk.money(a * b, "de"))
                   for c, a, b in items)
    html = ("<p>Sehr geehrtes Team der Kreditorenbuchhaltung,</p><p>anbei die Rechnung zu Ihrer Bestellung.</p>"
            "<table border=\"1\" style=\"border-collapse:collapse\"><tr><td colspan=\"4\">"
            "<b>Ölmühle Kern</b> &middot; Rechnung <b>ÖK-1126</b> &middot; 13.11.2026<br>"
            "Kunde: Regionalmarkt Steiner GmbH, Zentrale Graz, Conrad-von-Hötzendorf-Straße 150, 8010 Graz<br>"
            "Lieferantennummer 40771 &middot; Bestellung 8800442190 &middot; Lieferschein 2026-317</td></tr>"
            "<tr><th>Artikel</th><th>Menge</th><th>Preis €</th><th>Betrag €</th></tr>" + rows +
            "<tr><td colspan=\"3\">Netto</td><td>%s</td></tr>" % mk.money(n, "de") +
            "<tr><td colspan=\"3\">USt 10 %%</td><td>%s</td></tr>" % mk.money(v, "de") +
            "<tr><td colspan=\"3\"><b>Rechnungsbetrag</b></td><td><b>%s</b></td></tr></table>" % mk.money(t, "de") +
            "<p>Zahlung innerhalb von 30 Tagen, bei Zahlung binnen 8 Tagen 2 %% Skonto. IBAN: %s</p>" % isp +
            "<p>Freundliche Grüße aus der Südsteiermark<br>Theresa Kern</p>")
    add("d14", "Gmail", "de", "body-html", "theresa@oelmuehle-kern.at", "Ölmühle Kern",
        "\"Steiner Kreditorenbuchhaltung\" <kreditoren@regionalmarkt-steiner.at>", ["kreditoren@regionalmarkt-steiner.at"],
        "Rechnung ÖK-1126 / Bestellung 8800442190", d, html=html,
        exp=X("ÖK-1126", t, t, d, d + TD(days=30), "Regionalmarkt Steiner GmbH", "kreditoren@regionalmarkt-steiner.at", i,
              "de"),
        note="Austrian HTML invoice: header cell holds number, customer, supplier number, order and delivery note; "
             "a number starting with Ö; Skonto optional.")

    # D15 CH hospital AG, HTML, CHF
    d = D(2026, 11, 20)
    i, isp = CHIBAN()
    n = 22 * 9500 + 14000; v = vat_of(n, 8.1); t = n + v
    html = ("<div style=\"font-family:Arial\"><p>Guten Tag</p><p>Wie von Ihrer Einkaufsabteilung gewünscht, erhalten Sie "
            "die Rechnung direkt an die Kreditorenadresse.</p>"
            "<p><b>Rechnung Nr. 20261120</b><br>Datum: 20.11.2026<br>Rechnungsadresse: Spital Oberland AG, "
            "Kreditorenbuchhaltung, Spitalstrasse 24, 3600 Thun</p>"
            "<p>Bestellnummer: SO-BE-26-04471<br>Kostenstelle: 5120 Physiotherapie<br>Ansprechpartnerin: Frau M. Zbinden</p>"
            "<table><tr><td>Ergonomie-Schulung Pflege, 22 Std. à CHF 95.00</td><td align=\"right\">%s</td></tr>" % F(22 * 9500) +
            "<tr><td>Unterlagen und Material</td><td align=\"right\">140.00</td></tr>"
            "<tr><td>MWST 8.1 %%</td><td align=\"right\">%s</td></tr>" % F(v) +
            "<tr><td><b>Total CHF</b></td><td align=\"right\"><b>%s</b></td></tr></table>" % F(t) +
            "<p>Zahlbar innert 45 Tagen.<br>IBAN %s, lautend auf Bewegt Arbeiten GmbH</p>" % isp +
            "<p>Freundliche Grüsse<br>Lukas Brunner</p></div>")
    add("d15", "Outlook", "de", "body-html", "lukas.brunner@bewegt-arbeiten.ch", "Lukas Brunner | Bewegt Arbeiten",
        "kreditoren@spital-oberland.ch", ["kreditoren@spital-oberland.ch"], "Rechnung 20261120 Bestellnummer SO-BE-26-04471",
        d, html=html,
        exp=X("20261120", t, t, d, d + TD(days=45), "Spital Oberland AG", "kreditoren@spital-oberland.ch", i, "de",
              cur="CHF"),
        note="Swiss HTML invoice whose number looks like a date; 'Rechnungsadresse:'; lines without a currency under "
             "'Total CHF'; a contact person with 'Frau'.")


# ---------------------------------------------------------------- not invoices
def nl_not():
    # X1 order confirmation with amounts (supplier -> municipality)
    d = D(2026, 11, 10)
    lines = [("Kopieerpapier A4 80 g, doos 5x500", 40, 2395, "10", "100457"),
             ("Tonercartridge HP 59X", 8, 21450, "40", "310902"),
             ("Monitorarm enkel", 12, 8995, "110", "510561")]
    n = net_of(lines); v = vat_of(n, 21)
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "nl")
    add("x01", "AFAS", "nl", "none", "verkoop@kantoorpartner-oost.nl", "KantoorPartner Oost",
        "M. Hendriks <m.hendriks@berkelland-noord.nl>", ["m.hendriks@berkelland-noord.nl"],
        "Orderbevestiging OB-26-7731 op uw inkooporder 2026/IO/01187", d,
        text="Beste heer Hendriks,\n\nDank voor uw inkooporder. In de bijlage onze orderbevestiging; de monitorarmen "
             "leveren wij in week 47, de rest binnen drie werkdagen. De factuur volgt na levering.\n\n"
             "Met vriendelijke groet,\nBinnendienst KantoorPartner Oost",
        spec=dict(lay="A", head=[("KantoorPartner Oost", 14, True), ("Havenweg 3 · 7481 LT Haaksbergen", 8, False)],
                  addr=["Gemeente Berkelland-Noord", "t.a.v. M. Hendriks, Facilitair", "Postbus 200", "7270 HA Borculo"],
                  refs=[("Inkoopordernummer", "2026/IO/01187"), ("Leveranciersnr.", "300417")],
                  title="ORDERBEVESTIGING", meta=[("Ordernummer", "OB-26-7731"), ("Datum", "10-11-2026"),
                                                  ("Verwachte levering", "week 47")],
                  cols=cols, rows=rows,
                  totals=[("Orderwaarde excl. btw", M(n), False), ("Btw 21%", M(v), False), ("Orderwaarde incl. btw", M(n + v), True)],
                  after=["Facturatie na levering, conform de raamovereenkomst."]),
        fname="Orderbevestiging_OB-26-7731.pdf",
        why="An order confirmation stating the order's value; it says the invoice follows after delivery.",
        note="Same supplier layout as its invoice, with PO, article numbers, VAT and a bold total.")

    # X2 delivery note with the PO, no prices
    d = D(2026, 11, 4)
    add("x02", "Unit4 Multivers", "nl", "none", "logistiek@schoonhuys.nl", "Schoonhuys Producten",
        "Goederenontvangst DC Tiel <ontvangst.tiel@fenna-retail.nl>", ["ontvangst.tiel@fenna-retail.nl"],
        "Pakbon SH-PB-33021 bij inkoopordernummer 80055120", d,
        text="Goedemorgen,\n\nBijgaand de pakbon voor de zending van donderdag. Wilt u bij ontvangst de aantallen "
             "controleren en afwijkingen binnen 48 uur melden?\n\nLogistiek Schoonhuys",
        spec=dict(lay="B", head=[("Schoonhuys", 18, True), ("Producten voor huis en hygiëne", 8, False),
                                 ("Kanaalweg 5 · 4004 LA Tiel", 8, False)],
                  addr=["Fenna Drogisterijen B.V.", "DC Tiel, dock 4", "Latensteinse Rondweg 20", "4005 LW Tiel"],
                  refs=[("Inkoopordernummer", "80055120"), ("Leveranciersnummer", "600712"), ("Vervoerder", "Van Dalen")],
                  title="PAKBON SH-PB-33021", meta=[("Leverdatum", "05-11-2026"), ("Colli", "11 pallets")],
                  cols=[("PO-regel", 56, "left"), ("EAN/artikel", 110, "left"), ("Omschrijving", 200, "left"),
                        ("Besteld", 460, "right"), ("Geleverd", 539, "right")],
                  rows=[["10", "8714200113", "Vloerreiniger lavendel 1 l, doos 12", "84", "84"],
                        ["20", "8714200144", "Afwasmiddel navulling 5 l", "36", "36"],
                        ["30", "STG-KRAT", "Statiegeld kratten", "10", "10"]],
                  totals=[("Totaal colli", "130", True)],
                  after=["Handtekening ontvanger: ____________________"]),
        fname="Pakbon_SH-PB-33021.pdf",
        why="A delivery note listing quantities against the PO, with no amount to pay.",
        note="Same PO, supplier number and article numbers as the supplier's invoice; a bold 'Totaal' that counts boxes.")

    # X3 AP rejection forwarded inside the supplier
    d = D(2026, 11, 5)
    add("x03", "forward", "nl", "none", "facturatie@glansrijk-schoonmaak.nl", "Glansrijk Schoonmaak - facturatie",
        "Marco de Haan <m.dehaan@glansrijk-schoonmaak.nl>", ["m.dehaan@glansrijk-schoonmaak.nl"],
        "Fwd: Factuur 26100377 afgekeurd - inkoopordernummer ontbreekt", d,
        text="Marco, kun jij bij de klant het PO-nummer voor oktober opvragen? Dan maak ik de factuur opnieuw aan.\n"
             "Groet, Ilse\n\n---------- Doorgestuurd bericht ----------\nVan: Crediteurenadministratie Rijnland Zorggroep "
             "<facturen@rijnlandzorggroep.nl>\nOnderwerp: Factuur 26100377 afgekeurd\n\nGeachte leverancier,\n\n"
             "Uw factuur 26100377 van 31-10-2026 ad € 22.914,60 is niet in behandeling genomen, omdat er geen geldig "
             "inkoopordernummer (45xxxxxxxx) op vermeld staat. De factuur is uit onze administratie verwijderd.\n"
             "Wij verzoeken u een nieuwe factuur met inkoopordernummer in te dienen via facturen@rijnlandzorggroep.nl.\n\n"
             "Met vriendelijke groet,\nTeam Crediteuren\nStichting Rijnland Zorggroep",
        why="The customer's AP rejecting an invoice for a missing PO, forwarded inside the supplier; it asks for a new invoice.",
        note="Invoice number, date and amount of the rejected invoice quoted; sent from the supplier's own billing address.")

    # X4 remittance advice from a housing corporation
    d = D(2026, 12, 3)
    add("x04", "mail", "nl", "none", "noreply-betalingen@eemvallei.nl", "Woonstichting Eemvallei",
        "administratie@groenwerk-eemland.nl", ["administratie@groenwerk-eemland.nl"], "Betaaladvies 2026-49", d,
        text="Betaalspecificatie Woonstichting Eemvallei\nBetaalrun 2026-49, uitgevoerd op 03-12-2026\n\n"
             "Crediteur 20981 Groenwerk Eemland\n\nUw factuur     Factuurdatum   Bedrag\nGE-26-1114      03-11-2026     € 7.260,00\n"
             "GE-26-1131      10-11-2026     € 1.815,00\n                      Totaal  € 9.075,00\n\n"
             "Het totaalbedrag is overgemaakt naar uw bekende rekening. Dit is een automatisch bericht.",
        why="A remittance advice: the customer reports what it has paid, nothing is asked.",
        note="Invoice numbers, dates and a total in a table, sent by the customer's payment run to the supplier.")

    # X5 Flemish portal notice: invoice approved and scheduled
    d = D(2026, 11, 28)
    html = ("<p><b>Mercurius / Peppol-melding</b></p><p>Geachte leverancier,</p>"
            "<p>Uw factuur <b>F2026/0873</b> (bedrag EUR 5.891,49) aan IVAGO-West werd <b>goedgekeurd</b> door de "
            "budgethouder en is ingepland voor betaling op <b>20/12/2026</b>.</p>"
            "<p>U hoeft niets te doen. Dit bericht werd automatisch verzonden; antwoorden worden niet gelezen.</p>")
    add("x05", "portal", "nl", "none", "no-reply@einvoice-ivago-west.be", "IVAGO-West e-facturatie",
        "boekhouding@drukkerij-vanacker.be", ["boekhouding@drukkerij-vanacker.be"],
        "Status factuur F2026/0873: goedgekeurd", d, html=html,
        why="A customer's e-invoicing portal telling the supplier its invoice was approved and scheduled for payment.",
        note="Invoice number, amount and a payment date, but it is the debtor's status notice, not an invoice.")

    # X6 Flemish credit-note announcement without the credit note
    d = D(2026, 11, 26)
    add("x06", "mail", "nl", "none", "invoices@medisupply-lier.be", "MediSupply Lier",
        "crediteuren@az-scheldeland.be", ["crediteuren@az-scheldeland.be"],
        "Factuur 26/04471 - creditnota volgt", d,
        text="Geachte,\n\nTwee van de twaalf infuuspompen uit de eerste deellevering (factuur 26/04471) werden defect "
             "teruggestuurd. Wij maken volgende week een creditnota op voor 2 x € 1.385,00 plus btw.\n"
             "Gelieve factuur 26/04471 intussen niet te blokkeren: het saldo wordt met de creditnota verrekend.\n\n"
             "Met vriendelijke groeten,\nMediSupply Lier - boekhouding",
        why="It announces a credit note that is not attached; no document with its own number.",
        note="From the supplier's invoice address, quoting an invoice number and amounts.")

    # X7 supplier-registration form with the supplier's IBAN
    d = D(2026, 10, 28)
    ibn, ibsp = IB("NL")
    add("x07", "mail", "nl", "none", "hallo@smaakmakerscatering.nl", "Smaakmakers Catering",
        "Inkoop Hogeschool Amstelland <inkoop@hs-amstelland.nl>", ["inkoop@hs-amstelland.nl"],
        "Ingevuld: aanmeldformulier nieuwe leverancier", d,
        text="Beste inkoopafdeling,\n\nHierbij het ingevulde aanmeldformulier, zodat jullie ons als leverancier kunnen "
             "aanmaken voor het symposium.\n\nGroet,\nNoor Bakkali",
        spec=dict(lay="A", head=[("Stichting Hogeschool Amstelland", 12, True), ("Inkoop & Contractmanagement", 8, False)],
                  addr=["Smaakmakers Catering", "Bankrashof 3", "1183 NP Amstelveen"],
                  refs=[("Formulier", "INK-F04 v3"), ("Aanvrager", "dr. E. Verhulst")],
                  title="Aanmelding leverancier", meta=[("Handelsnaam", "Smaakmakers Catering"), ("KvK", "71942236"),
                                                        ("Btw-nummer", "NL002183366B42"), ("IBAN", ibsp),
                                                        ("Tenaamstelling", "N. Bakkali h.o.d.n. Smaakmakers"),
                                                        ("Facturen van", "hallo@smaakmakerscatering.nl")],
                  cols=[("Verwachte jaaromzet", 56, "left"), ("", 539, "right")],
                  rows=[["Categorie: catering evenementen", "€ 25.000,00"]],
                  totals=[("Getekend", "28-10-2026", False)],
                  after=["Facturen uitsluitend naar facturen@hs-amstelland.nl, met PO-nummer in het onderwerp."]),
        fname="Aanmelding_leverancier_Smaakmakers.pdf",
        why="A supplier-registration form with the supplier's IBAN and expected turnover; it bills nothing.",
        note="IBAN, VAT number and a euro amount in a form, sent by the caterer who also has an invoice in the set.")

    # X8 price indexation notice
    d = D(2026, 11, 20)
    add("x08", "mail", "nl", "none", "facturen@veiligwest.nl", "VeiligWest Beveiliging",
        "\"Stichting Openbaar Onderwijs Westland\" <crediteuren@soow.nl>", ["crediteuren@soow.nl", "inkoop@soow.nl"],
        "Indexering tarieven 2027 - contract C-0317", d, cc="inkoop@soow.nl",
        text="Geachte relatie,\n\nConform artikel 7 van contract C-0317 indexeren wij per 1 januari 2027 onze tarieven "
             "met 4,2% (CAO Particuliere Beveiliging).\n\n"
             "Alarmopvolging en surveillance per maand: € 1.180,00 wordt € 1.229,56\nSleutelbeheer per locatie: € 12,50 wordt € 13,03\n\n"
             "De eerste termijnfactuur tegen het nieuwe tarief ontvangt u begin januari.\n\nMet vriendelijke groet,\n"
             "VeiligWest Beveiliging B.V.",
        why="A price-indexation notice for next year; the first invoice at the new rate follows in January.",
        note="From the same invoice address as the monthly instalments, with old and new amounts and the contract number.")

    # X9 statement of account from the staffing agency
    d = D(2026, 12, 1)
    add("x09", "Carerix", "nl", "none", "facturen@flexwerk-venlo.nl", "FlexWerk Venlo",
        "\"Kroes Logistics - Accounts Payable\" <ap@kroeslogistics.nl>", ["ap@kroeslogistics.nl"],
        "Rekeningoverzicht per 1 december 2026", d,
        text="Geachte administratie,\n\nIn de bijlage het overzicht van de openstaande posten per 1 december. "
             "Wilt u de vervallen posten aan Brabantse Factoring voldoen?\n\nFlexWerk Venlo",
        spec=dict(lay="A", head=[("FlexWerk Venlo", 14, True), ("Eindhovenseweg 120 · 5928 RB Venlo", 8, False)],
                  addr=["Transportonderneming Kroes Logistics B.V.", "t.a.v. Accounts Payable", "Celsiusweg 8", "5928 PR Venlo"],
                  refs=[("Inlenersnummer", "KL-0042")],
                  title="Rekeningoverzicht", meta=[("Per datum", "01-12-2026")],
                  cols=[("Factuur", 56, "left"), ("Datum", 160, "left"), ("Vervaldatum", 260, "left"),
                        ("Bedrag", 460, "right"), ("Open", 539, "right")],
                  rows=[["2644-0881", "09-11-2026", "23-11-2026", "9.804,13", "9.804,13"],
                        ["2645-0917", "16-11-2026", "30-11-2026", "3.115,51", "3.115,51"],
                        ["2646-0955", "23-11-2026", "07-12-2026", "8.911,40", "8.911,40"]],
                  totals=[("Totaal openstaand", M(2183104), True)],
                  after=["Betaling uitsluitend op rekening van Brabantse Factoring B.V., zie de afzonderlijke facturen."]),
        fname="Rekeningoverzicht_KL-0042.pdf",
        why="A statement of account listing open invoices; each is already billed under its own number.",
        note="Three invoice numbers with dates and a bold open total, from the agency's billing address.")


def en_not():
    # Y1 tender quote (pdf)
    d = D(2026, 11, 2)
    lines = [("Ward and theatre cleaning, year 1", 1, 24880000, "L2"),
             ("Periodic deep cleans (per event)", 40, 182000, "L2"),
             ("Mobilisation (one-off)", 1, 650000, "L2")]
    n = net_of(lines); v = vat_of(n, 20)
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en", "GBP", heads={"po": "Lot"})
    add("y01", "Word", "en", "none", "accounts@brightwardcleaning.co.uk", "Brightward Cleaning Ltd",
        "Procurement <tenders@northmoorhospitals.nhs.uk>", ["tenders@northmoorhospitals.nhs.uk"],
        "ITT NMH-2026-044 Lot 2 - pricing schedule", d,
        text="Dear Procurement team,\n\nPlease find attached our pricing schedule for ITT NMH-2026-044, Lot 2, submitted "
             "ahead of the 5 November deadline. Prices are fixed for the first contract year.\n\nYours sincerely,\n"
             "Martin Pike, Director",
        spec=dict(lay="A", head=[("Brightward Cleaning Ltd", 14, True), ("Unit 4, Moss Lane Industrial Estate, Bolton BL3 6QS", 8, False)],
                  addr=["Northmoor Hospitals NHS Foundation Trust", "Procurement Department", "PO Box 3217", "Bolton BL1 9ZF"],
                  refs=[("Tender ref.", "ITT NMH-2026-044"), ("Lot", "2 - Clinical areas"), ("Valid for", "120 days")],
                  title="PRICING SCHEDULE / QUOTATION", meta=[("Quotation no.", "Q-BW-2026-31"), ("Date", "2 November 2026")],
                  cols=cols, rows=rows,
                  totals=[("Year 1 net", G(n), False), ("VAT @ 20%", G(v), False),
                          ("Total year 1", G(n + v), True)],
                  after=["This quotation forms part of our tender response and is subject to contract award."]),
        fname="Q-BW-2026-31_pricing_schedule.pdf",
        why="A tender quotation, subject to contract award; nothing is owed.",
        note="Same supplier letterhead and the same debtor as its invoice; VAT and a bold year total.")

    # Y2 contract award letter from the council
    d = D(2026, 10, 30)
    add("y02", "mail", "en", "none", "procurement@castlebridge.gov.uk", "Castlebridge Borough Council Procurement",
        "accounts@playsafeinspections.co.uk", ["accounts@playsafeinspections.co.uk"],
        "Contract award - CBC/2026/PL/017 Play area inspections", d,
        text="Dear Playsafe Inspections Ltd,\n\nCONTRACT AWARD: CBC/2026/PL/017 Annual inspection of play areas\n\n"
             "Following the standstill period, I am pleased to confirm that the Council has awarded the above contract to "
             "your company. Contract value: £31,680.00 (excluding VAT) over three years from 1 December 2026.\n\n"
             "Purchase orders will be raised for each quarter; please quote the PO on every invoice and send invoices to "
             "accounts.payable@castlebridge.gov.uk.\n\nYours faithfully,\nHelen Marsh\nCategory Manager, Procurement",
        why="A contract-award letter from the customer stating the contract value; invoices will follow per PO.",
        note="Sent by the council to the supplier's billing address; a contract number and a pound amount.")

    # Y3 remittance advice from the university (html)
    d = D(2026, 12, 3)
    html = ("<p><b>REMITTANCE ADVICE</b></p><p>The University of Brackenfield &middot; Finance Office</p>"
            "<p>Supplier: LabStock Direct (0000718834)<br>Payment date: 03/12/2026 &middot; Method: BACS</p>"
            "<table border=\"1\"><tr><th>Your invoice</th><th>Our document</th><th>Amount</th></tr>"
            "<tr><td>LSD-260744</td><td>5100887710</td><td>£1,288.80</td></tr>"
            "<tr><td>LSD-260791</td><td>5100887744</td><td>£642.00</td></tr>"
            "<tr><td colspan=\"2\"><b>Total paid</b></td><td><b>£1,930.80</b></td></tr></table>"
            "<p>Please allow 3 working days for funds to clear.</p>")
    add("y03", "portal", "en", "none", "ap-remittance@brackenfield.ac.uk", "University of Brackenfield Finance",
        "invoicing@labstock-direct.co.uk", ["invoicing@labstock-direct.co.uk"], "Remittance advice 03/12/2026", d, html=html,
        why="A remittance advice: the customer reports a payment already made.",
        note="Invoice numbers, amounts and 'Total paid' in bold; the vendor ID as in the invoices.")

    # Y4 e-invoicing portal: invoice received, awaiting approval
    d = D(2026, 11, 14)
    html = ("<div style=\"font-family:Arial\"><h3>Invoice received</h3><p>Hello Brightward Cleaning Ltd,</p>"
            "<p>Northmoor Hospitals NHS Foundation Trust has received your invoice:</p>"
            "<ul><li>Invoice number: BW-11873</li><li>Invoice date: 13/11/2026</li><li>Gross amount: GBP 3,529.20</li>"
            "<li>Status: <b>Awaiting approval</b> (matched to PO NMH/PO/2026/118877)</li></ul>"
            "<p>Payment is made in the weekly run after approval, in line with your terms.</p>"
            "<p>This is an automated message from the Trust's invoice processing service.</p></div>")
    add("y04", "portal", "en", "none", "notifications@scan-ap-services.co.uk", "NMH Invoice Processing",
        "accounts@brightwardcleaning.co.uk", ["accounts@brightwardcleaning.co.uk"],
        "Invoice BW-11873 received - awaiting approval", d, html=html,
        why="The customer's invoice-processing service confirming receipt of an invoice; it is a status notice.",
        note="Number, date and gross amount of the supplier's own invoice, from the scanning bureau's domain.")

    # Y5 goods-receipt query (invoice on hold)
    d = D(2026, 11, 12)
    add("y05", "mail", "en", "none", "ap.queries@harlowpenn.co.uk", "Harlow & Penn AP Queries",
        "accounts@fellsidepantry.co.uk", ["accounts@fellsidepantry.co.uk"], "ON HOLD: INV-2231 - GRN mismatch", d,
        text="Hello,\n\nYour invoice INV-2231 (£5,990.40) is on hold. Our goods received note GRN 771402 records 34 cases "
             "of 'Winter Larder' received at Carlisle DC, your invoice charges 36.\n\nPlease either issue a credit note for "
             "2 cases or send proof of delivery. Until then we cannot release payment.\n\nRegards,\nDanielle\n"
             "Accounts Payable Queries, Harlow & Penn Retail Ltd",
        why="A goods-receipt query from the customer's AP about an invoice on hold; it asks for a credit note or proof.",
        note="Quotes the invoice number and its amount and a GRN; comes from the debtor's back office.")

    # Y6 order acknowledgement (pdf) from the AV company
    d = D(2026, 10, 20)
    lines = [("Conference AV hire, 2 days", 2, 138000, "1"), ("Technician (hours, estimate)", 16, 5500, "2"),
             ("Live-stream encoding", 1, 65000, "3")]
    n = net_of(lines); v = vat_of(n, 23)
    cols, rows = table(lines, ["po", "desc", "qty", "unit", "amt"], "en")
    add("y06", "Sage", "en", "none", "accounts@liffeyav.ie", "Liffey AV Services",
        "events@dnu.ie", ["events@dnu.ie"], "Order acknowledgement OA-5512 - Climate Futures conference", d,
        text="Hi Events team,\n\nThanks for PO UP-0098812. Attached is our order acknowledgement; we will invoice after "
             "the event to Accounts Payable.\n\nCiara",
        spec=dict(lay="B", head=[("LIFFEY AV", 16, True), ("Unit 3, Northwest Business Park, Dublin 15", 8, False)],
                  addr=["Dublin Northside University", "Events Office", "Glasnevin", "Dublin 9 D09 Y5N0"],
                  refs=[("PO", "UP-0098812"), ("Event", "24-25 November 2026")],
                  title="ORDER ACKNOWLEDGEMENT OA-5512", meta=[("Date", "20 Oct 2026")],
                  cols=cols, rows=rows,
                  totals=[("Net", M(n, "EUR", "en"), False), ("VAT @ 23%", M(v, "EUR", "en"), False),
                          ("Order total EUR", M(n + v, "EUR", "en"), True)],
                  after=["Technician hours are estimated and will be invoiced as worked."]),
        fname="OA-5512.pdf",
        why="An order acknowledgement with the order's value; the invoice follows after the event.",
        note="Same lines, layout and PO as the company's invoice to the university, with a bold EUR total.")

    # Y7 self-billing statement from the main contractor (pdf)
    d = D(2026, 12, 2)
    add("y07", "Sage", "en", "none", "purchaseledger@kestrelhomes.co.uk", "Kestrel Homes Ltd",
        "office@hendrygroundworks.co.uk", ["office@hendrygroundworks.co.uk"],
        "Self-billing invoice SB-004471 / Payment notice - Ashby Fields", d,
        text="Please find attached the self-billed invoice and payment notice for your application 4. Payment will be "
             "made on 27/12/2026. Do not issue your own VAT invoice for this amount.\n\nKestrel Homes Purchase Ledger",
        spec=dict(lay="A", head=[("Kestrel Homes Ltd", 14, True), ("Kestrel House, Meridian Way, Leicester LE19 1WX", 8, False)],
                  addr=["Hendry Groundworks Ltd", "12 Station Road", "Coalville LE67 3FN"],
                  refs=[("SB agreement", "SBA-0219"), ("Subcontract order", "KH-SO-5512"), ("Supplier", "HEN004")],
                  title="SELF-BILLED INVOICE SB-004471", meta=[("Date", "2 December 2026"), ("Payment date", "27/12/2026")],
                  cols=[("Description", 56, "left"), ("Amount", 539, "right")],
                  rows=[["Valuation 4 as certified", "16,640.00"], ["Less retention 3%", "-499.20"]],
                  totals=[("Net", "£16,140.80", False), ("VAT reverse charge", "£0.00", False), ("Payable to you", "£16,140.80", True)],
                  after=["The VAT shown is your output tax due to HMRC under the reverse charge. Issued under a self-billing",
                         "agreement: the supplier must not issue sales invoices for these supplies."]),
        fname="SB-004471.pdf",
        why="A self-billed invoice issued by the customer on the supplier's behalf; the customer pays, the supplier bills nothing.",
        note="Titled 'SELF-BILLED INVOICE' with a number and a bold amount payable; sent by the debtor to the supplier.")

    # Y8 statement of account from the crane-hire firm
    d = D(2026, 12, 1)
    add("y08", "mail", "en", "none", "accounts@shannonlifthire.ie", "Orla Quinn",
        "accounts@galwayportlogistics.ie", ["accounts@galwayportlogistics.ie"], "Statement at 30/11/2026 - Galway Port Logistics", d,
        text="Hi Accounts,\n\nYour statement as at 30 November is below for reconciliation.\n\n"
             "Date        Ref        Debit       Credit     Balance\n"
             "31/10/2026  SLH-3261   €4,612.50              €4,612.50\n"
             "14/11/2026  Receipt               €4,612.50   €0.00\n"
             "30/11/2026  SLH-3307   €5,559.60              €5,559.60\n\n"
             "Balance outstanding: €5,559.60 (not yet due).\n\nRegards,\nOrla",
        why="A statement of account for reconciliation; the one open invoice was sent separately and is not yet due.",
        note="Lists the invoice of this set and a balance in euro, from the same sender and to the same AP inbox.")


def de_not():
    # Z1 Auftragsbestätigung with amounts (pdf)
    d = D(2026, 10, 22)
    lines = [("Laborstuhl ESD", 32, 28900, "10", "LS-ESD-2"), ("Labortisch 1500 mm", 6, 124000, "20", "LT-1500"),
             ("Abzugsschrank 1200 mm", 2, 684000, "30", "AS-1200"), ("Montage", 1, 190000, "40", "MON")]
    n = net_of(lines); v = vat_of(n, 19)
    cols, rows = table(lines, ["po", "art", "desc", "qty", "unit", "amt"], "de")
    add("z01", "DATEV", "de", "none", "faktura@laborbau-meinhardt.de", "Laborbau Meinhardt",
        "\"Prof. Dr. H. Gerlach\" <h.gerlach@uni-ostwestfalen.de>", ["h.gerlach@uni-ostwestfalen.de"],
        "Auftragsbestätigung AB-26-0871 zu Ihrer Bestellung 4200077310", d,
        text="Sehr geehrter Herr Prof. Gerlach,\n\nvielen Dank für Ihre Bestellung. Wir liefern in zwei Teillieferungen "
             "(KW 47 und KW 2/2027) und rechnen jeweils nach Lieferung ab.\n\nMit freundlichen Grüßen\nLaborbau Meinhardt GmbH",
        spec=dict(lay="A", head=[("Laborbau Meinhardt GmbH", 13, True), ("Hansastraße 4 · 32049 Herford", 8, False)],
                  addr=["Universität Ostwestfalen", "Fakultät für Chemie, Prof. Dr. H. Gerlach", "Universitätsstraße 25",
                        "33615 Bielefeld"],
                  refs=[("Bestellnummer", "4200077310"), ("Projekt", "DFG SFB 1288 / B04")],
                  title="Auftragsbestätigung", meta=[("Nummer", "AB-26-0871"), ("Datum", "22.10.2026"),
                                                     ("Liefertermin", "KW 47 / KW 2 2027")],
                  cols=cols, rows=rows,
                  totals=[("Auftragswert netto", E(n), False), ("USt 19 %", E(v), False), ("Auftragswert brutto", E(n + v), True)],
                  after=["Die Rechnungsstellung erfolgt je Teillieferung an die Kreditorenbuchhaltung der Universität."]),
        fname="AB-26-0871.pdf",
        why="An order confirmation with the order value; invoices follow per partial delivery.",
        note="Same order number, article numbers and layout as the partial invoice; bold gross value.")

    # Z2 Lieferschein with the order (pdf, no prices)
    d = D(2026, 11, 24)
    add("z02", "Debitoor", "de", "none", "buero@backstube-lenz.de", "Backstube Lenz",
        "Filiale 07 Grünkorb <filiale07@gruenkorb-biomarkt.de>", ["filiale07@gruenkorb-biomarkt.de"],
        "Lieferschein LS 11922 für Filiale 07", d,
        text="Hallo ihr Lieben in der Wiehre,\n\nhier der Lieferschein von heute zum Abzeichnen. Bitte zurück an uns, "
             "sonst hängt die Sammelrechnung bei eurer Buchhaltung.\n\nMiriam",
        spec=dict(lay="B", head=[("Backstube Lenz", 17, True), ("Bio-Feingebäck · Schwarzwaldstraße 3 · 79117 Freiburg", 8, False)],
                  addr=["Grünkorb Biomarkt GmbH & Co. KG", "Filiale 07 Freiburg-Wiehre", "Günterstalstraße 41", "79102 Freiburg"],
                  refs=[("Lieferantennummer", "88210"), ("Bestellung", "Dauerauftrag 07-2026")],
                  title="Lieferschein LS 11922", meta=[("Lieferdatum", "24.11.2026")],
                  cols=[("Artikel", 56, "left"), ("Bezeichnung", 140, "left"), ("Menge", 539, "right")],
                  rows=[["HC-175", "Hafer-Cookies 175 g", "168"], ["DC-125", "Dinkel-Cracker 125 g", "120"]],
                  totals=[("Kisten gesamt", "12", True)],
                  after=["Ware erhalten: ____________  Datum: ________"]),
        fname="LS_11922.pdf",
        why="A delivery note without prices, for the store to sign; billing is by the monthly collective invoice.",
        note="Supplier number, store and delivery-note number also printed on the collective invoice.")

    # Z3 Gutschrift im Gutschriftverfahren (pdf)
    d = D(2026, 12, 1)
    add("z03", "SAP", "de", "none", "kreditoren@spedition-kaltenbach.de", "Spedition Kaltenbach Kreditoren",
        "rechnung@fahrerpool-ost.de", ["rechnung@fahrerpool-ost.de"], "Gutschrift GS-2026-11-0442 (Gutschriftverfahren)", d,
        text="Sehr geehrte Damen und Herren,\n\nim Rahmen des vereinbarten Gutschriftverfahrens erhalten Sie anbei unsere "
             "Gutschrift für November. Der Betrag wird zum 15.12.2026 überwiesen.\n\nSpedition Kaltenbach GmbH\nKreditorenbuchhaltung",
        spec=dict(lay="A", head=[("Spedition Kaltenbach GmbH", 13, True), ("Am Güterbahnhof 5 · 01159 Dresden", 8, False)],
                  addr=["FahrerPool Ost GmbH", "Bautzner Straße 18", "01099 Dresden"],
                  refs=[("Kreditorennr.", "K-30882"), ("Vereinbarung", "GV-2025-07")],
                  title="Gutschrift GS-2026-11-0442", meta=[("Datum", "01.12.2026"), ("Zeitraum", "November 2026")],
                  cols=[("Leistung", 56, "left"), ("Std.", 390, "right"), ("Satz", 460, "right"), ("Betrag", 539, "right")],
                  rows=[["Fahrerüberlassung KW 46-48", "264", "36,90", "9.741,60"]],
                  totals=[("Netto", E(974160), False), ("USt 19 %", E(185090), False), ("Auszahlungsbetrag", E(1159250), True)],
                  after=["Gutschrift im Sinne des § 14 Abs. 2 Satz 2 UStG. Bitte stellen Sie für diese Leistungen keine",
                         "eigene Rechnung aus; Einwände binnen 14 Tagen."]),
        fname="GS-2026-11-0442.pdf",
        why="A self-billing Gutschrift issued by the customer, which pays the supplier; the supplier bills nothing.",
        note="A numbered document with VAT and a bold amount, sent by the debtor's AP to the supplier's invoice address.")

    # Z4 rejected by the scanning service, forwarded
    d = D(2026, 11, 9)
    add("z04", "forward", "de", "none", "buchhaltung@steritec-service.de", "SteriTec Buchhaltung",
        "Jörn Petersen <j.petersen@steritec-service.de>", ["j.petersen@steritec-service.de"],
        "WG: Rückweisung Rechnung 2026-10-0071 - Bestellnummer fehlt", d,
        text="Hallo Jörn,\n\ndas Klinikum hat die Oktober-Rechnung zurückgewiesen. Hast du die Bestellnummer vom "
             "Einkauf? Dann schreibe ich sie neu.\n\nGruß Anke\n\n-----Ursprüngliche Nachricht-----\n"
             "Von: Rechnungseingang Klinikum Nordheide <klinikum-nordheide@rechnung-scan.de>\n"
             "Betreff: Rückweisung Rechnung 2026-10-0071\n\nSehr geehrte Damen und Herren,\n\nIhre Rechnung 2026-10-0071 vom "
             "29.10.2026 über 4.180,30 € kann nicht bearbeitet werden: Es fehlt eine gültige Bestellnummer (BE-KN-…).\n"
             "Die Rechnung wurde nicht gebucht. Bitte reichen Sie eine neue Rechnung mit Bestellnummer ein.\n\n"
             "Ihr Scan-Dienstleister im Auftrag der Klinikum Nordheide gGmbH",
        why="A rejection of an invoice by the customer's scanning service, forwarded inside the supplier; a new invoice is asked for.",
        note="Invoice number, date and amount of the rejected invoice; from the supplier's own billing address.")

    # Z5 Zahlungsavis from the Stadtwerke (Skonto taken)
    d = D(2026, 11, 30)
    add("z05", "SAP", "de", "none", "zahlungsavis@stadtwerke-lindenau.de", "Stadtwerke Lindenau Zahlungsverkehr",
        "rechnung@elektro-prueftechnik-brandt.de", ["rechnung@elektro-prueftechnik-brandt.de"],
        "Zahlungsavis 2000148812 Kreditor 70014582", d,
        text="Zahlungsavis\n\nSehr geehrte Geschäftspartner,\nwir haben heute folgende Zahlung veranlasst:\n\n"
             "Ihre Rechnung   Rechnungsdatum   Brutto       Skonto 3 %   Zahlbetrag\n"
             "RE-2026-0734    18.11.2026       2.286,94 €   68,61 €      2.218,33 €\n\n"
             "Summe der Zahlung: 2.218,33 €\nValuta: 01.12.2026\n\nStadtwerke Lindenau GmbH, Kreditorenbuchhaltung",
        why="A payment advice from the customer: the invoice has been paid (less Skonto).",
        note="The supplier's invoice number with gross, Skonto and a payment amount; from the debtor's payment run.")

    # Z6 AT Zuschlag (contract award) with the contract value
    d = D(2026, 10, 26)
    add("z06", "mail", "de", "none", "bauamt@st-veit-gloelan.gv.at", "Marktgemeinde St. Veit-Glölan Bauamt",
        "office@agrardienst-pichler.at", ["office@agrardienst-pichler.at"], "Zuschlag Winterdienst 2026/27 - Los 3", d,
        text="Sehr geehrter Herr Pichler,\n\nder Gemeindevorstand hat in seiner Sitzung vom 22.10.2026 beschlossen, Ihnen "
             "den Zuschlag für den Winterdienst Los 3 (Ortsteile Projern und Hörzendorf) zu erteilen.\n"
             "Auftragssumme laut Angebot: 27.840,00 € netto für die Saison 2026/27.\n\n"
             "Bitte verrechnen Sie monatlich unter Angabe der Auftragsnummer 14/2026 an buchhaltung@st-veit-gloelan.gv.at.\n\n"
             "Mit freundlichen Grüßen\nFür den Bürgermeister\nIng. Martina Lackner, Bauamt",
        why="A contract-award letter with the contract sum; the supplier is to bill monthly later.",
        note="An amount and the order number the supplier's invoices carry; sent by the municipality.")

    # Z7 AT price adjustment announcement (html)
    d = D(2026, 11, 27)
    html = ("<p>Sehr geehrtes Einkaufsteam,</p><p>aufgrund der schwachen Kürbisernte passen wir unsere Listenpreise ab "
            "1. Jänner 2027 an:</p><table border=\"1\"><tr><th>Artikel</th><th>bisher</th><th>neu ab 01.01.2027</th></tr>"
            "<tr><td>Kürbiskernöl 0,5 l</td><td>9,90 €</td><td>10,80 €</td></tr>"
            "<tr><td>Kürbiskerne geröstet 200 g</td><td>3,45 €</td><td>3,70 €</td></tr></table>"
            "<p>Bestellungen bis 31.12.2026 liefern wir noch zum bisherigen Preis.</p>"
            "<p>Freundliche Grüße<br>Theresa Kern, Ölmühle Kern</p>")
    add("z07", "Gmail", "de", "none", "theresa@oelmuehle-kern.at", "Ölmühle Kern",
        "einkauf@regionalmarkt-steiner.at", ["einkauf@regionalmarkt-steiner.at"], "Preisanpassung ab Jänner 2027", d,
        html=html, why="A price-adjustment notice for next year's deliveries; nothing is billed.",
        note="Euro prices in a table from the supplier's invoice address, with 'Jänner'.")

    # Z8 CH portal notice: invoice approved, payment scheduled
    d = D(2026, 12, 2)
    html = ("<div style=\"font-family:Arial\"><p>Guten Tag</p><p>Ihre Rechnung wurde im Kreditorenworkflow der "
            "Spital Oberland AG <b>freigegeben</b>.</p><table><tr><td>Rechnungsnummer</td><td>20261120</td></tr>"
            "<tr><td>Betrag</td><td>CHF 2'410.63</td></tr><tr><td>Geplante Zahlung</td><td>04.01.2027</td></tr>"
            "<tr><td>Bestellnummer</td><td>SO-BE-26-04471</td></tr></table>"
            "<p>Diese Nachricht wurde automatisch erstellt.</p></div>")
    add("z08", "portal", "de", "none", "workflow@spital-oberland.ch", "Spital Oberland Kreditoren-Workflow",
        "lukas.brunner@bewegt-arbeiten.ch", ["lukas.brunner@bewegt-arbeiten.ch"],
        "Rechnung 20261120 freigegeben - Zahlung geplant", d, html=html,
        why="The customer's workflow reporting an invoice approved and its payment scheduled; a status notice.",
        note="The supplier's invoice number, amount in CHF and a date; sent by the debtor's system.")


# ---------------------------------------------------------------- assembly and checks
def sentences(r):
    out = []
    body = r["eml"].split("\n\n", 1)[1] if "\n\n" in r["eml"] else r["eml"]
    body = re.sub(r"<[^>]+>", "\n", body)
    for line in body.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(s) > 45 and not s.startswith(("Content-", "------=")):
                out.append(s)
    for p in (r.get("pdf") or {}).get("pages", []):
        for it in p["items"]:
            if it["size"] >= 9 and len(it["text"]) > 45:
                out.append(it["text"])
    return out


def check(recs):
    mk.check_labels(recs)
    ids = [r["id"] for r in recs]
    assert ids == ["inv-hold22-%03d" % k for k in range(1, len(recs) + 1)], "ids"
    for r in recs:
        json.loads(json.dumps(r, ensure_ascii=False))
    inv = [r for r in recs if r["is_invoice"]]
    non = [r for r in recs if not r["is_invoice"]]
    assert len(recs) == 75 and len(inv) == 50 and len(non) == 25
    lang = lambda rs, l: sum(1 for r in rs if r["lang"] == l)  # noqa: E731
    assert (lang(inv, "nl"), lang(inv, "en"), lang(inv, "de")) == (20, 15, 15)
    kinds = [r["kind"] for r in inv]
    assert (kinds.count("pdf"), kinds.count("body-text"), kinds.count("body-html")) == (30, 10, 10), kinds
    assert all(r["kind"] == "none" for r in non)
    for r in recs:
        e = r["expected"]
        to = [l for l in r["eml"].split("\n") if l.startswith("To: ")][0]
        if e:
            assert e["debtor_email"] in to and e["debtor_email"] in r["envelope"]["rcpt_to"], r["id"]
            assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), r["id"]
            assert e["language"] == r["lang"], r["id"]
            if e["payment_reference"]:
                txt = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
                assert e["payment_reference"] in txt or e["payment_reference"] in txt.replace(" ", ""), r["id"]
        has_pdf = "@@PDF@@" in r["eml"]
        assert has_pdf == ("pdf" in r), r["id"]
        for p in (r.get("pdf") or {}).get("pages", []):
            rows = {}
            for it in p["items"]:
                w = W(it["text"], it["size"], it["bold"])
                x0 = it["x"] - w if it["align"] == "right" else it["x"]
                x1 = x0 + w
                if not (20 <= x0 and x1 <= 575 and 20 <= it["y"] <= 822):
                    BAD.append((r["id"], it["text"], x0, x1))
                rows.setdefault(it["y"], []).append((x0, x1, it["text"]))
            for y, its in rows.items():
                its.sort()
                for a, b in zip(its, its[1:]):
                    if a[1] > b[0] + 1:
                        BAD.append((r["id"], y, a[2], b[2], round(a[1] - b[0])))
    assert not BAD, "\n".join(map(str, BAD))
    seen = {}
    for r in recs:
        for s in set(sentences(r)):
            seen.setdefault(s, set()).add(r["id"])
    dup = {s: v for s, v in seen.items() if len(v) > 1}
    assert not dup, dup


def main():
    nl_invoices(); en_invoices(); de_invoices(); nl_not(); en_not(); de_not()
    order = list(RECORDS)
    random.Random(SEED + 1).shuffle(order)
    recs = []
    for k, item in enumerate(order, 1):
        r = item["rec"]
        r["id"] = "inv-hold22-%03d" % k
        recs.append(r)
    check(recs)
    mk.write(OUT, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(OUT)))
    return recs


if __name__ == "__main__":
    main()
