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
