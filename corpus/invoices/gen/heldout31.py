"""heldout31: a blind held-out set on look-alikes and hard-to-find parties.

Invoices that look like something else (final invoices after a deposit, deposit and
instalment invoices, corrected invoices, a re-sent invoice under a "statement" subject, a
subscription, rent billed as a letter, a notary's nota, a practitioner's declaratie, an
Austrian Honorarnote, a self-billing invoice), non-invoices that look like invoices
(statements, yearly overviews, payment plans, a typed Mahnung, pro formas, quotes, order
confirmations, receipts, estimates, a price list, a priced delivery note, a deposit
confirmation, a payment advice), and parties hard to find on the page (return lines over
the window, two columns, delivery addresses, t.a.v./z.Hd./Attn, c/o and p/a, estates,
trading names over legal names, capitals, titles, names split over two lines).

Run from the repository root: python3 corpus/invoices/gen/heldout31.py
It writes corpus/invoices/heldout31.jsonl after check() passes. Seed 20261231."""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

rng = random.Random(20261231)
D = datetime.date

# Labels per language ("be" is Flemish and shares the Dutch words).
LAB = {
    "nl": dict(date="Factuurdatum", due="Vervaldatum", num="Factuurnummer", cust="Klantnummer",
               desc="Omschrijving", qty="Aantal", unit="Prijs", amt="Bedrag", net="Subtotaal",
               vat="btw", total="Totaal", pay="Te betalen", ref="Betalingskenmerk",
               deliv="Afleveradres", frm="Van", to="Aan"),
    "en": dict(date="Invoice date", due="Due date", num="Invoice number", cust="Account no.",
               desc="Description", qty="Qty", unit="Unit price", amt="Amount", net="Subtotal",
               vat="VAT", total="Total", pay="Amount due", ref="Payment reference",
               deliv="Deliver to", frm="From", to="Bill to"),
    "de": dict(date="Rechnungsdatum", due="Fällig am", num="Rechnungsnummer", cust="Kundennummer",
               desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amt="Gesamt", net="Summe netto",
               vat="USt.", total="Gesamtbetrag", pay="Zahlbetrag", ref="Verwendungszweck",
               deliv="Lieferanschrift", frm="Absender", to="Rechnungsempfänger"),
}
LAB["be"] = LAB["nl"]

IBAN_CC = {"NL": "NL", "BE": "BE", "GB": "GB", "IE": "IE", "DE": "DE", "AT": "AT", "CH": "CH"}
BIC = {"BE": "GEBABEBB", "DE": "COBADEFFXXX", "AT": "BKAUATWW", "CH": "UBSWCHZH80A"}


def bic(ib):
    """The BIC printed beside @ib: the bank's own for the IBANs that name it."""
    cc = ib[:2]
    if cc in ("NL", "GB", "IE"):
        return ib[4:8] + cc + {"NL": "2A", "GB": "2L", "IE": "2D"}[cc]
    return BIC[cc]


def vat_of(net, permille):
    """VAT on @net cents at @permille, rounded half up."""
    return (net * permille + 500) // 1000


def wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def est_width(s, size):
    """A text's width in points, estimated 12 % over Helvetica's average."""
    return len(s) * size * 0.5 * 1.12


class Doc:
    """One document (invoice or not): its parties, meta rows, lines and totals, computed."""

    def __init__(self, **k):
        self.__dict__.update(k)
        self.lang = k["lang"]
        self.ml = "nl" if self.lang == "be" else self.lang
        self.cur = k.get("cur", "EUR")
        self.lines = k.get("lines", [])
        self.ded = k.get("ded", [])
        self.net = sum(q * u for _, q, u, _r in self.lines)
        rates = sorted({r for *_x, r in self.lines}, reverse=True)
        self.vats = [(r, vat_of(sum(q * u for _, q, u, rr in self.lines if rr == r), r)) for r in rates]
        self.vat_total = sum(v for _, v in self.vats)
        raw = self.net + self.vat_total
        # A franc invoice is paid to five Rappen: the rounding row makes up the difference.
        self.rounding = (raw + 2) // 5 * 5 - raw if self.cur == "CHF" else 0
        self.total = raw + self.rounding
        self.due_amount = self.total - sum(c for _, c in self.ded)

    def m(self, cents):
        return mk.money_in(self.cur, self.ml, cents)

    def d(self, day):
        return mk.date_in(self.lang, day, self.__dict__.get("dstyle"))

    def totals(self):
        L = LAB[self.lang]
        rows = []
        if self.vats and any(r for r, _ in self.vats) or len(self.vats) > 1:
            rows.append((self.__dict__.get("netlab", L["net"]), self.m(self.net), False))
            for r, v in self.vats:
                pct = ("%g" % (r / 10)).replace(".", "," if self.ml != "en" else ".")
                rows.append(("%s %s%%" % (self.__dict__.get("vatlab", L["vat"]), pct), self.m(v), False))
        if self.rounding:
            rows.append(({"de": "Rundung", "en": "Rounding", "nl": "Afronding"}[self.ml], self.m(self.rounding), False))
        rows.append((self.__dict__.get("totlab", L["total"]), self.m(self.total), not self.ded))
        for lab, c in self.ded:
            rows.append((lab, self.m(-c), False))
        if self.ded:
            rows.append((self.__dict__.get("paylab", L["pay"]), self.m(self.due_amount), True))
        return rows

    def meta(self):
        L = self.__dict__.get("labs", {})
        rows = []
        if self.__dict__.get("num"):
            rows.append((L.get("num", LAB[self.lang]["num"]), self.num))
        if self.__dict__.get("issue_printed", True):
            rows.append((L.get("date", LAB[self.lang]["date"]), self.d(self.issue)))
        if self.__dict__.get("due"):
            rows.append((L.get("due", LAB[self.lang]["due"]), self.d(self.due)))
        rows += self.__dict__.get("meta_rows", [])
        return rows


META_RIGHT = {"lexoffice", "sevDesk", "DATEV", "Xero", "QuickBooks", "Exact Online"}


def draw(doc, iban_print):
    """The PDF page of @doc: letterhead, window (with a return line, two columns or a
    delivery address beside it), title, meta rows, line table, totals, notes, foot."""
    p = mk.Page()
    lay = doc.__dict__.get("layout", "right")
    L = LAB[doc.lang]
    head = [doc.seller] + doc.saddr
    win_x = 56 if lay in ("left", "deliv") else 300
    if lay in ("left", "deliv"):
        p.right(539, 56, head[0], size=13, bold=True)
        for k, s in enumerate(head[1:]):
            p.right(539, 68 + 11 * k, s, size=8)
    elif lay == "twocol":
        pass
    else:
        p.text(56, 56, head[0], size=13, bold=True)
        for k, s in enumerate(head[1:]):
            p.text(56, 68 + 11 * k, s, size=8)
    if lay == "twocol":
        p.text(56, 56, doc.title, size=15, bold=True)
        p.text(56, 132, doc.__dict__.get("frm", L["frm"]), size=8, bold=True)
        p.text(300, 132, doc.__dict__.get("tolab", L["to"]), size=8, bold=True)
        for k, s in enumerate(head):
            p.text(56, 148 + 13 * k, s, size=10, bold=(k == 0))
        for k, s in enumerate(doc.win):
            p.text(300, 148 + 13 * k, s, size=10)
    else:
        if doc.__dict__.get("ret"):
            p.text(win_x, 136, doc.ret, size=6.5)
        for k, s in enumerate(doc.win):
            p.text(win_x, 150 + 13 * k, s, size=10)
        if lay == "deliv":
            p.text(300, 136, doc.__dict__.get("delivlab", L["deliv"]), size=8, bold=True)
            for k, s in enumerate(doc.deliv):
                p.text(300, 150 + 13 * k, s, size=10)
    y = 250
    if lay != "twocol":
        p.text(56, y, doc.title, size=15, bold=True)
    y += 22
    rows = doc.meta()
    # lexoffice, sevDesk, DATEV, Xero, QuickBooks and Exact set their facts in a block at the
    # right under the window; the others list them under the title.
    mx = 340 if doc.tool in META_RIGHT and lay not in ("twocol",) else 56
    if rows:
        vx = mx + max(est_width(a, 9) for a, _ in rows) + 12
        my = 210 + 13 * max(0, len(doc.win) - 4) if mx != 56 else y
        for a, b in rows:
            p.text(mx, my, a, size=9)
            p.text(vx, my, b, size=9)
            my += 13
        y = max(y, my)
    for s in doc.__dict__.get("intro", []):
        y += 4
        for ln in wrap(s, 92):
            p.text(56, y, ln, size=9)
            y += 12
    y += 20
    hdr = doc.__dict__.get("cols", [L["desc"], L["qty"], L["unit"], L["amt"]])
    p.text(56, y, hdr[0], size=9, bold=True)
    p.right(360, y, hdr[1], size=9, bold=True)
    p.right(450, y, hdr[2], size=9, bold=True)
    p.right(539, y, hdr[3], size=9, bold=True)
    p.rule(56, y + 4, 539, y + 4)
    y += 16
    for desc, q, u, _r in doc.lines:
        p.text(56, y, desc, size=8.5)
        p.right(360, y, ("%d" % q), size=8.5)
        p.right(450, y, doc.m(u), size=8.5)
        p.right(539, y, doc.m(q * u), size=8.5)
        y += 13
    p.rule(56, y - 5, 539, y - 5)
    y += 8
    for lab, amount, bold in ([] if doc.__dict__.get("no_totals") else doc.totals()):
        lx = min(330, 539 - 85 - est_width(lab, 9))
        p.text(lx, y, lab, size=9, bold=bold)
        p.right(539, y, amount, size=9, bold=bold)
        y += 14
    y += 12
    for note in doc.__dict__.get("notes", []):
        # The bank line is never broken: a wrapped IBAN is no IBAN a reader should be asked to join.
        for ln in wrap(note.format(iban=iban_print.replace(" ", "\x00")), 92):
            p.text(56, y, ln.replace("\x00", " "), size=8.5)
            y += 12
        y += 3
    foot = doc.__dict__.get("foot") or ("%s · %s" % (doc.seller, iban_print))
    for k, ln in enumerate(wrap(foot, 118)):
        p.text(56, 790 + 10 * k, ln, size=7)
    return p


def as_text(doc, iban_print):
    """The document as a plain body prints it: label: value lines."""
    out = [doc.title, ""] + doc.win + [""]
    out += ["%s: %s" % (a, b) for a, b in doc.meta()]
    out += [""] + doc.__dict__.get("intro", [])
    out.append("")
    for desc, q, u, _r in doc.lines:
        out.append("%s  %d x %s = %s" % (desc, q, doc.m(u), doc.m(q * u)))
    out.append("")
    out += ["%s: %s" % (a, b) for a, b, _ in doc.totals()]
    out.append("")
    out += [n.format(iban=iban_print) for n in doc.__dict__.get("notes", [])]
    return "\n".join(out)


def as_html(doc, iban_print):
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in doc.meta())
    lines = "".join("<tr><td>%s</td><td align=\"right\">%d</td><td align=\"right\">%s</td>"
                    "<td align=\"right\">%s</td></tr>" % (d_, q, doc.m(u), doc.m(q * u))
                    for d_, q, u, _r in doc.lines)
    tots = "".join("<tr><td colspan=\"3\">%s</td><td align=\"right\">%s</td></tr>" % (
        ("<b>%s</b>" % a) if b_ else a, ("<b>%s</b>" % b) if b_ else b) for a, b, b_ in doc.totals())
    intro = "".join("<p>%s</p>" % s for s in doc.__dict__.get("intro", []))
    notes = "".join("<p>%s</p>" % n.format(iban=iban_print) for n in doc.__dict__.get("notes", []))
    win = "<p>%s</p>" % "<br>".join(doc.win)
    return ("<html><body><h2>%s</h2>%s<table>%s</table>%s<table>%s%s</table>%s</body></html>"
            % (doc.title, win, rows, intro, lines, tots, notes))


RECORDS = []
IBANS = {}


def add(tool, lang, cc, seller, saddr, sfrom, to, subj, cover, title, issue, lines, name=None,
        biz=None, why=None, note="", kind="pdf", **k):
    """One record: the document drawn as a PDF (or in the body), labelled from the same
    numbers it prints."""
    rid = "inv-hold31-%03d" % (len(RECORDS) + 1)
    doc = Doc(tool=tool, lang=lang, seller=seller, saddr=saddr, title=title, issue=issue,
              lines=lines, **k)
    if cc in IBAN_CC:
        if sfrom not in IBANS:
            IBANS[sfrom] = mk.iban(rng, IBAN_CC[cc])
        ib = IBANS[sfrom]
        iban_print = "IBAN %s · BIC %s" % (mk.iban_spaced(ib), bic(ib))
    else:
        ib = None
        iban_print = k.get("bank", "")
    disp, addr = to
    to_h = ("%s <%s>" % (mk.header_words(disp), addr)) if disp else addr
    subj_h = mk.header_words(subj)
    sender_name = mk.header_words(k.get("sname", seller))
    cover = cover.replace("{iban}", iban_print)
    pages = None
    if kind == "pdf":
        pages = [draw(doc, iban_print)]
        eml = mk.mail(rng, sfrom, sender_name, to_h, subj_h, issue if not k.get("sent") else k["sent"],
                      body_text=cover, pdf=True)
        kd = "pdf"
    elif kind == "text":
        body = cover if k.get("cover_only") else cover + "\n\n" + as_text(doc, iban_print) + "\n\n" + k.get("sig", "")
        eml = mk.mail(rng, sfrom, sender_name, to_h, subj_h, issue if not k.get("sent") else k["sent"],
                      body_text=body)
        kd = "body-text"
    else:
        html = "<p>%s</p>" % cover.replace("\n\n", "</p><p>").replace("\n", "<br>")
        eml = mk.mail(rng, sfrom, sender_name, to_h, subj_h, issue if not k.get("sent") else k["sent"],
                      body_html=html + as_html(doc, iban_print))
        kd = "body-html"
    exp = None
    if why is None:
        due = k.get("due") or (issue + mk.days(k["term"]) if k.get("term") is not None else None)
        exp = mk.expected(k.get("num"), doc.due_amount, doc.total, issue, due, name, addr, ib, biz,
                          "nl" if lang == "be" else lang, reference=k.get("ref"), currency=doc.cur,
                          credit=doc.total < 0)
    r = mk.record(rid, tool, "nl" if lang == "be" else lang, "none" if why else kd,
                  {"mail_from": sfrom, "rcpt_to": [addr]}, eml, pages=pages,
                  pdf_filename=k.get("fname", "document.pdf"), expected=exp, why_not=why, note=note)
    r["_doc"] = doc
    r["_flemish"] = lang == "be"
    r["_country"] = cc
    RECORDS.append(r)
    return r


# ---------------------------------------------------------------- Dutch and Flemish invoices
add("Moneybird", "nl", "NL", "Keukenstudio Van Ark", ["Industrieweg 14 · 4131 NM Vianen", "KvK 71239904 · btw NL002187734B41"],
    "facturen@keukenstudiovanark.nl", ("Bas en Nienke Hermans", "b.hermans@kpnmail.nl"),
    "Eindfactuur keuken Dorpsstraat 8", "Beste Bas en Nienke,\n\nDe keuken staat, en hierbij de eindfactuur. Het voorschot van september is al verrekend.\n\nMet vriendelijke groet,\nRuud van Ark",
    "Eindfactuur", D(2026, 11, 23), [("Keuken Linea 360, montage en aansluiten", 1, 1435000, 210), ("Werkblad composiet 3,2 m", 1, 168000, 210)],
    num="2026-0412", term=14, ret="Keukenstudio Van Ark · Industrieweg 14 · 4131 NM Vianen",
    win=["B. Hermans en N. Hermans-Doeleman", "Dorpsstraat 8", "4133 AB Vianen"],
    ded=[("Af: voorschotfactuur 2026-0318", 650000)],
    notes=["Wij verzoeken u het restant binnen 14 dagen over te maken op {iban} o.v.v. 2026-0412."],
    name="B. Hermans en N. Hermans-Doeleman", biz=False, fname="Factuur_2026-0412.pdf",
    note="Final invoice after a deposit; return line above the window; deposit deducted by number.")

add("Exact Online", "nl", "NL", "Bouwbedrijf Gebr. Rietveld B.V.", ["Polderweg 3 · 2871 RT Schoonhoven", "KvK 24011782"],
    "debiteuren@rietveldbouw.nl", ("Administratie VvE Havenzicht", "administratie@vve-havenzicht.nl"),
    "Voorschotfactuur 1 - gevelrenovatie", "Geachte heer, mevrouw,\n\nConform de opdrachtbevestiging sturen wij u hierbij de eerste voorschotfactuur (30%) voor de gevelrenovatie.\n\nMet vriendelijke groet,\nBouwbedrijf Gebr. Rietveld B.V.\n\nDit bericht is verzonden met Exact Online.",
    "VOORSCHOTFACTUUR", D(2026, 11, 16), [("1e termijn 30% gevelrenovatie Havenkade 2-40", 1, 2415000, 210)],
    num="26700118", due=D(2026, 11, 30),
    win=["Vereniging van Eigenaars Havenzicht", "t.a.v. de penningmeester", "Havenkade 2", "2871 AA Schoonhoven"],
    meta_rows=[("Uw referentie", "Opdracht 11-2026"), ("Projectnummer", "P-2611")],
    notes=["Betaling binnen 14 dagen op {iban} onder vermelding van het factuurnummer."],
    name="Vereniging van Eigenaars Havenzicht", biz=True, fname="26700118.pdf",
    note="A deposit invoice (voorschotfactuur) is an invoice; VvE over t.a.v.")

add("e-Boekhouden", "nl", "NL", "Installatiebedrijf Dekker", ["Kanaalweg 61 · 8061 BC Hasselt", "Tel. 038 477 2210"],
    "info@dekkerinstallatie.nl", ("J. Meijering", "jmeijering@ziggo.nl"),
    "Termijnfactuur 2 van 3 warmtepomp", "Geachte heer Meijering,\n\nZoals afgesproken in de betalingsregeling bij de offerte ontvangt u hierbij de tweede termijn.\n\nMet vriendelijke groet,\nErik Dekker",
    "Factuur", D(2026, 12, 1), [("Termijn 2 van 3 - warmtepomp lucht/water 8 kW", 1, 248000, 90)],
    num="F26-1093", term=14, win=["Dhr. J. Meijering", "Zwolseweg 122", "8061 AH Hasselt"],
    intro=["Betalingsregeling: 3 termijnen van € 2.703,20 (totaal € 8.109,60 incl. btw)."],
    notes=["Gelieve het bedrag binnen 14 dagen over te maken naar {iban}."],
    name="J. Meijering", biz=False, fname="F26-1093.pdf",
    note="An instalment invoice of a payment plan; the plan's total beside the instalment.")

add("SnelStart", "nl", "NL", "Drukkerij Het Anker", ["Spoorstraat 40 · 1621 CK Hoorn", "KvK 37088214"],
    "administratie@drukkerijhetanker.nl", ("Jolanda Visser", "inkoop@zeilmakerijwestfriesland.nl"),
    "Gecorrigeerde factuur 2026-2214 (vervangt 2026-2201)", "Beste Jolanda,\n\nIn factuur 2026-2201 stond een verkeerde oplage. Hierbij de gecorrigeerde factuur; de vorige kunt u vernietigen.\n\nGroet,\nMarco",
    "Factuur (gecorrigeerd)", D(2026, 11, 27), [("Folders A5 4/4 135 grs, oplage 2.500", 1, 38400, 210), ("Visitekaartjes 2x250", 2, 4950, 210)],
    num="2026-2214", term=30, win=["ZEILMAKERIJ WEST-FRIESLAND V.O.F.", "AFD. INKOOP", "Westerdijk 9", "1621 LE HOORN"],
    meta_rows=[("Vervangt factuur", "2026-2201")], notes=["Betaling binnen 30 dagen op {iban}."],
    name="ZEILMAKERIJ WEST-FRIESLAND V.O.F.", biz=True, fname="Factuur 2026-2214.pdf",
    note="Corrected invoice replacing an earlier number; name in capitals with VOF and a department line.")

add("Twinfield", "nl", "NL", "Facilitair Bureau Noord B.V.", ["Zernikepark 6 · 9747 AN Groningen"],
    "debiteuren@fbnoord.nl", ("Crediteurenadministratie", "crediteuren@uitzendgroep-delta.nl"),
    "Rekeningoverzicht november - factuur 90412", "Geachte relatie,\n\nBijgaand treft u factuur 90412 voor de schoonmaak in november aan. Eerdere facturen zijn door u voldaan; er staat alleen deze factuur open.\n\nMet vriendelijke groet,\nDebiteurenbeheer",
    "Factuur", D(2026, 11, 30), [("Schoonmaakonderhoud kantoor nov. 2026", 1, 184500, 210), ("Glasbewassing buitenzijde", 1, 21000, 210)],
    num="90412", term=30, win=["Uitzendgroep Delta B.V.", "Crediteurenadministratie", "Postbus 1120", "9701 BC Groningen"],
    meta_rows=[("Debiteurnummer", "D-40117")], notes=["Wij verzoeken u het bedrag binnen 30 dagen te voldoen op {iban}."],
    name="Uitzendgroep Delta B.V.", biz=True, fname="90412.pdf",
    note="An invoice under a 'rekeningoverzicht' subject; department under the firm.")

add("Word", "nl", "NL", "Tennisvereniging De Lobbers", ["Sportlaan 2 · 6851 CG Huissen"],
    "penningmeester@tvdelobbers.nl", ("Fam. Gerritsen", "gerritsen.huissen@gmail.com"),
    "Contributie 2027", "Beste leden,\n\nHieronder de contributienota voor 2027. Vriendelijk verzoek om voor 15 januari te betalen.\n\nSportieve groet,\nAnneke Peters, penningmeester",
    "Contributienota 2027", D(2026, 12, 2), [("Seniorlidmaatschap 2027", 1, 21500, 0), ("Juniorlidmaatschap 2027", 2, 9750, 0)],
    num="C27-0188", due=D(2027, 1, 15), win=["Familie Gerritsen", "Rijndijk 31", "6851 EK Huissen"],
    notes=["Betaling op {iban} t.n.v. TV De Lobbers o.v.v. C27-0188."],
    kind="text", name="Familie Gerritsen", biz=False, fname="contributie_2027.pdf",
    note="A yearly membership invoice; 0 % (vrijgesteld) line only.")

add("Word", "nl", "NL", "Beheer Van Loon Vastgoed", ["Kerkstraat 77 · 5211 KH 's-Hertogenbosch"],
    "huur@vanloonvastgoed.nl", ("K. Ouaziz", "k.ouaziz@hotmail.com"),
    "Uw huur januari 2027", "Geachte heer Ouaziz,\n\nHierbij de huurnota voor januari.\n\nMet vriendelijke groet,\nW. van Loon",
    "Huurnota januari 2027", D(2026, 12, 1), [("Kale huur Orthenstraat 15A, januari 2027", 1, 98500, 0), ("Servicekosten", 1, 6500, 0)],
    num="H-2027-01-15A", due=D(2027, 1, 1), win=["Dhr. K. Ouaziz (huurder)", "p/a Kerkstraat 77", "5211 KH 's-Hertogenbosch"],
    intro=["Geachte heer Ouaziz, hierbij ontvangt u de nota voor de huur van de woning Orthenstraat 15A over januari 2027."],
    notes=["Wij verzoeken u de huur vóór de eerste van de maand over te maken op {iban}."],
    kind="text", name="K. Ouaziz", biz=False, fname="huurnota_jan2027.pdf",
    note="Rent billed as a letter; the tenant at the owner's address (p/a).")

add("Jortt", "nl", "NL", "Notariskantoor Smit & Van der Kooij", ["Brink 12 · 7411 BS Deventer"],
    "nota@notarissmitvdkooij.nl", ("Erven Hoekstra", "m.hoekstra@xs4all.nl"),
    "Nota afwikkeling nalatenschap", "Geachte mevrouw Hoekstra,\n\nBijgaand onze nota voor de afwikkeling van de nalatenschap van wijlen de heer J.P. Hoekstra.\n\nHoogachtend,\nmr. L. Smit, notaris",
    "Nota", D(2026, 11, 19), [("Verklaring van erfrecht", 1, 69500, 210), ("Akte van verdeling", 1, 115000, 210), ("Kadasterkosten (verschotten)", 1, 3200, 0)],
    num="N2026/0815", term=30, win=["Erven J.P. Hoekstra", "p/a mevrouw M. Hoekstra", "Keizerstraat 4", "7411 HE Deventer"],
    labs={"num": "Notanummer", "date": "Datum"}, meta_rows=[("Dossier", "2026.0311.LS")],
    notes=["U wordt verzocht deze nota binnen 30 dagen te voldoen op {iban} onder vermelding van het notanummer."],
    name="Erven J.P. Hoekstra", biz=False, fname="Nota N2026-0815.pdf",
    note="A notary's nota to an estate, p/a a daughter; 'Notanummer' label.")

add("Word", "nl", "NL", "Fysiotherapie Zuiderpark", ["Melis Stokelaan 901 · 2541 GJ Den Haag", "AGB 04051234"],
    "administratie@fysiozuiderpark.nl", ("S. de Wit-Kramer", "sdewit@planet.nl"),
    "Declaratie behandelingen Emma", "Beste mevrouw De Wit,\n\nHierbij de declaratie voor de behandelingen van Emma. U kunt deze indienen bij uw zorgverzekeraar.\n\nGroet,\nFysiotherapie Zuiderpark",
    "Declaratie", D(2026, 11, 24), [("Zitting fysiotherapie (1000)", 6, 3850, 0), ("Screening (1864)", 1, 1900, 0)],
    num="D-26-3381", term=30, win=["Mevrouw S. de Wit-Kramer", "Leyweg 288", "2545 CJ Den Haag"],
    intro=["Betreft: Emma de Wit, geb. 14-03-2016"], notes=["Gelieve binnen 30 dagen te betalen op {iban} o.v.v. D-26-3381."],
    name="S. de Wit-Kramer", biz=False, fname="declaratie_D-26-3381.pdf",
    note="A practitioner's declaratie; the parent billed for a child.")

add("Moneybird", "nl", "NL", "Broodbakkerij Zeevaart", ["Visserijkade 5 · 1781 AC Den Helder"],
    "facturen@broodbakkerijzeevaart.nl", ("Ilse", "ilse@dezonbakkerij.nl"),
    "Nieuwe bestelling + factuur oktober", "Hoi Ilse,\n\nDank voor je nieuwe bestelling voor de kerst: 40 kerststollen en 60 tulbanden, levering 21 december, dat staat genoteerd. Kun je nog laten weten of de tulbanden met of zonder poedersuiker moeten?\n\nIn de bijlage ook nog de factuur van oktober.\n\nGroetjes,\nSander",
    "Factuur", D(2026, 11, 6), [("Meel tarwe T65 25 kg", 12, 2140, 90), ("Roggemeel 25 kg", 4, 2610, 90), ("Bezorging", 1, 1500, 210)],
    num="MB-2026-0733", term=14, win=["Bakkerij De Zon", "De Zon Holding B.V.", "Middenweg 140", "1782 BK Den Helder"],
    notes=["Te betalen binnen 14 dagen op {iban}."], name="De Zon Holding B.V.", biz=True, fname="MB-2026-0733.pdf",
    note="Invoice under a mail about a new order; trading name over legal name; only a first name in the mail.")

add("Word", "nl", "NL", "Advocatenkantoor Brouwer", ["Oudegracht 210 · 3511 NR Utrecht"],
    "secretariaat@brouweradvocatuur.nl", ("H.A. Lindeboom", "ha.lindeboom@lindeboomdakwerken.nl"),
    "Declaratie november 2026 - zaak Lindeboom/Kraaijeveld", "Geachte heer Lindeboom,\n\nBijgaand treft u mijn declaratie over november aan, met een specificatie van de bestede tijd.\n\nMet vriendelijke groet,\nmr. C.E. Brouwer",
    "Declaratie", D(2026, 12, 1), [("Werkzaamheden nov. 2026 (specificatie bijgevoegd), uren", 7, 19500, 210), ("Griffierecht (verschot)", 1, 69500, 0)],
    num="2026.112.04", term=14, win=["Lindeboom Dakwerken B.V.", "t.a.v. de heer H.A. Lindeboom", "Nijverheidsweg 12", "3534 AM Utrecht"],
    labs={"num": "Declaratienummer", "date": "Datum"}, meta_rows=[("Zaak", "Lindeboom / Kraaijeveld")],
    notes=["Betaling binnen 14 dagen op {iban} onder vermelding van het declaratienummer."],
    name="Lindeboom Dakwerken B.V.", biz=True, fname="declaratie_2026.112.04.pdf",
    note="A lawyer's declaratie to a firm t.a.v. a person.")

add("Word", "nl", "NL", "Zeilmakerij Westhoek", ["Havenweg 2 · 8531 PK Lemmer"],
    "administratie@zeilmakerijwesthoek.nl", ("Crediteuren", "crediteuren@jachtwerfdegeus.nl"),
    "Retour self-billing factuur SB-2026-0091 (akkoord)", "Geachte heer, mevrouw,\n\nUw self-billing factuur SB-2026-0091 over november hebben wij gecontroleerd en akkoord bevonden. Wij zien de betaling graag binnen de afgesproken termijn tegemoet op {iban}.\n\nMet vriendelijke groet,\nTjeerd Westra",
    "Factuur (self-billing, opgemaakt door afnemer)", D(2026, 12, 2), [("Zeilen reparatie november, volgens opdrachten", 1, 312000, 210)],
    num="SB-2026-0091", term=30, layout="twocol", frm="Leverancier", tolab="Afnemer (opsteller)",
    win=["Jachtwerf De Geus B.V.", "Industrieweg 30", "8531 RE Lemmer"],
    notes=["Deze factuur is door de afnemer uitgereikt namens de leverancier (factuur uitgereikt door afnemer).", "Betaling binnen 30 dagen aan de leverancier op {iban}."],
    name="Jachtwerf De Geus B.V.", biz=True, fname="SB-2026-0091.pdf",
    note="A self-billing invoice drawn up by the customer and returned approved: we are owed; two columns.")

add("e-Boekhouden", "nl", "NL", "Schilderwerken Bos", ["Esdoornlaan 7 · 3755 LG Eemnes"],
    "info@schilderwerkenbos.nl", ("Mevrouw Van Dam", "lvandam@casema.nl"),
    "Specificatie schilderwerk", "Geachte mevrouw Van Dam,\n\nHierbij de specificatie van het schilderwerk, tevens factuur.\n\nMet vriendelijke groet,\nPeter Bos",
    "Specificatie / factuur", D(2026, 11, 12), [("Buitenschilderwerk kozijnen voorzijde, uren", 22, 5200, 90), ("Verf en materiaal", 1, 31450, 210)],
    num="2026-149", term=14, win=["MEVROUW L. VAN DAM", "WAKKERENDIJK 86", "3755 DG EEMNES"],
    notes=["Betaling binnen 14 dagen op {iban}."], name="L. VAN DAM", biz=False, fname="2026-149.pdf",
    note="Subject says 'specificatie'; name in capitals with 'mevrouw'.")

add("Exact Online", "nl", "NL", "Technisch Bureau Ploeg", ["Energieweg 20 · 3542 DZ Utrecht"],
    "facturatie@tbploeg.nl", ("Inkoop", "inkoop@hofstede-installatie.nl"),
    "Factuur 26100457", "Geachte heer, mevrouw,\n\nIn de bijlage vindt u factuur 26100457.\n\nMet vriendelijke groet,\nTechnisch Bureau Ploeg\n\nDit bericht is verzonden met Exact Online.",
    "Factuur", D(2026, 11, 26), [("Inregelen luchtbehandeling kantoor De Meern", 1, 96000, 210), ("Filters F7 592x592", 8, 2475, 210)],
    num="26100457", term=30, layout="deliv", delivlab="Afleveradres",
    win=["Hofstede Installatietechniek B.V.", "Postbus 2044", "3500 GA Utrecht"],
    deliv=["Projectlocatie De Meern", "Veldhuizen 88", "3454 PA De Meern"],
    notes=["Betalingstermijn 30 dagen. {iban}"], name="Hofstede Installatietechniek B.V.", biz=True, fname="26100457.pdf",
    note="Invoice address beside a different delivery address.")

add("Moneybird", "nl", "NL", "Kinderopvang Het Speelbos", ["Bosweg 3 · 3862 AA Nijkerk"],
    "facturen@hetspeelbos.nl", ("Martijn Schouten", "m.schouten@online.nl"),
    "Overzicht opvang december", "Beste Martijn,\n\nHierbij het overzicht van de opvang in december, tevens de factuur. Het bedrag wordt niet automatisch afgeschreven.\n\nGroet,\nHet Speelbos",
    "Factuur december 2026", D(2026, 11, 25), [("BSO Thijs, 52 uur à € 9,85 (december)", 1, 51220, 0), ("Vakantieopvang 23-24 december", 2, 6800, 0)],
    num="SB-26-1204", due=D(2026, 12, 5), win=["M. Schouten", "Betreft: Thijs, groep 5", "Kerkstraat 18", "3861 AE Nijkerk"],
    notes=["Te betalen vóór 5 december 2026 op {iban}."], kind="html", name="M. Schouten", biz=False, fname="SB-26-1204.pdf",
    note="'Overzicht' subject; parent billed for a child with the child on the line under the name.")

add("Informer", "nl", "NL", "Vertaalbureau Lingua Franca", ["Stationsplein 9 · 6811 KL Arnhem"],
    "administratie@linguafranca-vertalingen.nl", ("Dr. R. Akkermans", "r.akkermans@radboudumc-onderzoek.nl"),
    "Factuur vertaling artikel", "Geachte dr. Akkermans,\n\nHierbij de factuur voor de vertaling van uw artikel.\n\nMet vriendelijke groet,\nLingua Franca",
    "Factuur", D(2026, 11, 18), [("Vertaling NL-EN, 6.240 woorden à € 0,14", 1, 87360, 210)],
    num="LF26-0342", term=21, win=["Stichting Neurowetenschap Oost", "Afd. Onderzoek", "Dr. R. Akkermans", "Postbus 9101", "6500 HB Nijmegen"],
    notes=["Betaling binnen 21 dagen op {iban}."], name="Stichting Neurowetenschap Oost", biz=True, fname="LF26-0342.pdf",
    note="A foundation with a department and a titled person below it.")

add("Billit", "be", "BE", "Dakwerken Verlinden BV", ["Steenweg 112 · 2800 Mechelen", "BTW BE 0712.448.103"],
    "facturatie@dakwerkenverlinden.be", ("An Peeters", "an.peeters@telenet.be"),
    "Eindfactuur dakwerken", "Beste mevrouw Peeters,\n\nIn bijlage de eindfactuur voor de dakwerken, met aftrek van het voorschot.\n\nMet vriendelijke groeten,\nKoen Verlinden\n\nDeze e-mail werd verstuurd met Billit.",
    "EINDFACTUUR", D(2026, 11, 20), [("Vernieuwen dakbedekking EPDM 48 m²", 48, 8500, 60), ("Zinkwerk dakgoot", 1, 112000, 60)],
    num="2026/0188", term=15, ref=mk.ogm("0026018816"), win=["Mevr. An Peeters", "c/o Peeters & Vennoten CommV", "Hoogstraat 5", "2800 Mechelen"],
    ded=[("Voorschot factuur 2026/0131 betaald", 200000)],
    notes=["Gelieve te betalen binnen 15 dagen op {iban} met gestructureerde mededeling " + mk.ogm("0026018816") + "."],
    name="An Peeters", biz=False, fname="2026-0188.pdf",
    note="Flemish final invoice, 6 % renovation VAT, deposit deducted; a person c/o a firm (the works at her home).")

add("Teamleader", "be", "BE", "Praktijk Logopedie Maes", ["Kerkplein 4 · 9000 Gent"],
    "praktijk@logopediemaes.be", ("Familie Claeys", "claeys.gent@skynet.be"),
    "Kwitantie/factuur oktober", "Beste ouders,\n\nIn bijlage de factuur voor de sessies van oktober van Lotte.\n\nVriendelijke groeten,\nSofie Maes",
    "Factuur", D(2026, 11, 3), [("Logopedie individuele sessie 30 min (Lotte)", 8, 3150, 0)],
    num="LM-2026-211", term=None,  # no term printed: due_date null (relabelled after the misses31 round)
    ref=mk.ogm("2026021103"), win=["Dhr. en Mevr. Claeys-De Smet", "Bollebergen 18", "9052 Zwijnaarde"],
    intro=["Betreft: Lotte Claeys, 3de leerjaar"], notes=["Te betalen op {iban} met mededeling " + mk.ogm("2026021103") + "."],
    name="Dhr. en Mevr. Claeys-De Smet", biz=False, fname="LM-2026-211.pdf",
    note="Flemish, parents' forms over a surname kept (README); child named under 'Betreft'.")

add("Yuki", "be", "BE", "Catering 't Smulhuis", ["Marktstraat 33 · 3500 Hasselt"],
    "boekhouding@smulhuis.be", ("Vanessa", "vanessa@evenementen-limburg.be"),
    "Sluiting kerstverlof + factuur receptie", "Dag Vanessa,\n\nOpgelet: onze keuken is gesloten van 24 december tot en met 6 januari. Bestellingen voor januari graag voor 20 december doorgeven.\n\nIn bijlage nog de factuur van de receptie van 14 november.\n\nGroetjes,\nDries",
    "Factuur", D(2026, 11, 17), [("Walking dinner 85 personen", 85, 3200, 120), ("Drankenforfait", 85, 1450, 210)],
    num="26-0477", term=30, ref=mk.ogm("2600477000"), win=["EVENEMENTEN LIMBURG BV", "Dienst boekhouding", "Kempische Steenweg 293", "3500 Hasselt"],
    notes=["Betaling binnen 30 dagen op {iban}, mededeling " + mk.ogm("2600477000") + "."],
    name="EVENEMENTEN LIMBURG BV", biz=True, fname="26-0477.pdf",
    note="Flemish invoice under a holiday-closure mail; 12 % and 21 %.")

add("Word", "be", "BE", "Kinesitherapie Wouters", ["Grote Markt 9 · 2300 Turnhout"],
    "info@kinewouters.be", ("Nachlatenschap Janssens", "p.janssens@proximus.be"),
    "Ereloonnota", "Geachte heer Janssens,\n\nHierbij de ereloonnota voor de behandelingen aan huis van uw vader.\n\nMet vriendelijke groeten,\nTom Wouters",
    "Ereloonnota", D(2026, 11, 25), [("Behandeling aan huis", 10, 2870, 0)],
    num="EN-26-093", term=None,  # no term printed: due_date null (relabelled after the misses31 round)
    ref=mk.ogm("2609300000"), win=["Erven Jozef Janssens", "p/a Peter Janssens", "Lindelei 40", "2300 Turnhout"],
    notes=["Gelieve te betalen op {iban} met mededeling " + mk.ogm("2609300000") + "."],
    name="Erven Jozef Janssens", biz=False, fname="EN-26-093.pdf",
    note="Flemish ereloonnota to an estate, p/a a son.")


# ---------------------------------------------------------------- English invoices
add("Xero", "en", "GB", "Hartley Joinery Ltd", ["Unit 4, Mill Lane · Leeds LS12 6BD", "VAT GB 318 4471 02"],
    "accounts@hartleyjoinery.co.uk", ("Grace Whitfield", "grace.whitfield@btinternet.com"),
    "Final invoice INV-2291 - staircase", "Hi Grace,\n\nThe staircase is fitted. Here's the final invoice; your deposit has been taken off.\n\nThanks again,\nTom Hartley\n\nSent via Xero",
    "TAX INVOICE", D(2026, 11, 24), [("Oak staircase, supply and fit (final)", 1, 640000, 200), ("Glass balustrade panels", 4, 18500, 200)],
    num="INV-2291", term=14, ret="Hartley Joinery Ltd, Unit 4, Mill Lane, Leeds LS12 6BD",
    win=["Dr Grace Whitfield", "The Old Vicarage", "Church Road", "Otley LS21 3JP"],
    ded=[("Less deposit paid (INV-2187)", 250000)], paylab="Balance due",
    notes=["Payment within 14 days to {iban}."], name="Dr Grace Whitfield", biz=False, fname="INV-2291.pdf", cur="GBP",
    note="Final invoice after a deposit; return line above the window; title Dr.")

add("QuickBooks", "en", "GB", "Brightwell Events Ltd", ["42 Wharf Street · Bristol BS1 4RN"],
    "invoices@brightwellevents.co.uk", ("Priya Nair", "priya.nair@kestrel-analytics.co.uk"),
    "Deposit invoice 1047 for your summer party", "Dear Priya,\n\nThank you for booking with us. Please find attached the deposit invoice (50%) to secure the date.\n\nKind regards,\nHolly Brightwell",
    "Deposit Invoice", D(2026, 11, 10), [("50% deposit - summer party 10 July 2027", 1, 425000, 200)],
    num="1047", due=D(2026, 11, 24), win=["Kestrel Analytics Ltd", "Attn: Priya Nair, Office Manager", "3 Temple Quay", "Bristol BS1 6DZ"],
    notes=["Please pay by bank transfer to {iban}."], name="Kestrel Analytics Ltd", biz=True, fname="Invoice_1047.pdf", cur="GBP",
    note="A deposit invoice is an invoice; Attn line under the firm.")

add("FreeAgent", "en", "GB", "Moor & Dale Veterinary Practice", ["Market Place · Malton YO17 7LX"],
    "accounts@moordalevets.co.uk", ("E. Fairbairn", "fairbairn.farm@gmail.com"),
    "Your statement and invoice 5512", "Dear Mr Fairbairn,\n\nPlease find attached invoice 5512 for the TB testing last week. Your account is otherwise clear.\n\nRegards,\nMoor & Dale Accounts\n\nSent via FreeAgent",
    "Invoice", D(2026, 11, 21), [("TB test, cattle (per head)", 64, 650, 200), ("Visit fee", 2, 4800, 200)],
    num="5512", term=30, win=["E. FAIRBAIRN & SONS", "HIGH RIGG FARM", "HOVINGHAM", "YORK YO62 4LE"],
    notes=["Payment due within 30 days. {iban}"], name="E. FAIRBAIRN & SONS", biz=True, fname="Invoice-5512.pdf", cur="GBP",
    note="Invoice re-sent under a 'statement' subject; partnership in capitals.")

add("Word", "en", "GB", "Penrose Property Management", ["9 Lemon Street · Truro TR1 2LS"],
    "rent@penroseproperty.co.uk", ("Callum Reid", "callum.reid@outlook.com"),
    "Rent for January - Flat 2, 17 River Street", "Dear Callum,\n\nPlease see below the rent due for January.\n\nBest wishes,\nJenna Penrose",
    "Rent due - January 2027", D(2026, 12, 1), [("Rent, Flat 2, 17 River Street, 1-31 January 2027", 1, 89500, 0)],
    num="PPM-R-0127-02", due=D(2027, 1, 1), win=["Mr C. Reid", "c/o Penrose Property Management", "9 Lemon Street", "Truro TR1 2LS"],
    labs={"num": "Rent invoice no.", "date": "Date"},
    intro=["Dear Mr Reid, this is your rent demand for January 2027. Please make sure it reaches us by 1 January."],
    notes=["Pay to {iban}, quoting PPM-R-0127-02."], kind="text", name="C. Reid", biz=False, fname="rent_jan2027.pdf", cur="GBP",
    note="Rent invoice titled like a letter; tenant billed c/o the agent's address.")

add("Sage 50", "en", "GB", "Calder Print & Signs Ltd", ["Dean Clough · Halifax HX3 5AX"],
    "accounts@calderprint.co.uk", ("Accounts Payable", "ap@northernrail-heritage.org.uk"),
    "Invoice 00731 (replaces 00719)", "Dear Sirs,\n\nInvoice 00719 showed the wrong quantity. Please disregard it; the attached invoice 00731 replaces it.\n\nRegards,\nCalder Print",
    "INVOICE", D(2026, 11, 30), [("Interpretation panels A1 dibond", 6, 14500, 200), ("Installation", 1, 32000, 200)],
    num="00731", term=30, layout="deliv", delivlab="Deliver to",
    win=["Northern Rail Heritage Trust", "Accounts Payable", "PO Box 412", "Leeds LS1 9AF"],
    deliv=["Keighley Station Museum", "Station Road", "Keighley BD21 4HP"],
    meta_rows=[("Replaces invoice", "00719")], notes=["Terms: 30 days. Bank: {iban}"],
    name="Northern Rail Heritage Trust", biz=True, fname="00731.pdf", cur="GBP",
    note="Corrected invoice replacing an earlier number; delivery address beside the invoice address.")

add("KashFlow", "en", "GB", "Lowther Garden Design", ["2 Quarry Lane · Kendal LA9 4HT"],
    "hello@lowthergardens.co.uk", ("Estate of Margaret Hollis", "j.hollis@hollislaw.co.uk"),
    "Invoice LGD-0412", "Dear Mr Hollis,\n\nAs discussed, please find the invoice for clearing and tidying the garden at Fellside before the sale.\n\nKind regards,\nAmy Lowther",
    "Invoice", D(2026, 11, 13), [("Garden clearance, 3 operatives, days", 3, 42000, 0), ("Skip hire", 1, 28500, 0)],
    num="LGD-0412", term=14, win=["The Estate of the late Margaret Hollis", "c/o Hollis & Co Solicitors", "14 Highgate", "Kendal LA9 4ED"],
    notes=["Not VAT registered. Please pay within 14 days to {iban}."],
    name="The Estate of the late Margaret Hollis", biz=False, fname="LGD-0412.pdf", cur="GBP",
    note="An estate billed c/o solicitors; no VAT.")

add("Sage IE", "en", "IE", "Corrib Plant Hire Ltd", ["Ballybrit Business Park · Galway H91 E2K6"],
    "accounts@corribplant.ie", ("Niamh", "niamh@oconnor-construction.ie"),
    "Interim application 3 / invoice", "Hi Niamh,\n\nAttached is our invoice for November hire. Also, just to let you know, we're closed 23 Dec - 2 Jan.\n\nRegards,\nDeclan",
    "INVOICE", D(2026, 11, 30), [("Excavator 14t hire, weeks", 4, 112000, 230), ("Dumper 6t hire, weeks", 4, 38000, 230)],
    num="CPH-18842", term=30, win=["O'CONNOR & DALY CONSTRUCTION", "LIMITED", "Unit 7, Oranmore Business Park", "Oranmore, Co. Galway"],
    notes=["Payment 30 days. {iban}"], name="O'CONNOR & DALY CONSTRUCTION LIMITED", biz=True, fname="CPH-18842.pdf",
    note="Irish; name split over two lines in capitals; greeting a first name only.")

add("Xero", "en", "IE", "Liffey Physiotherapy Clinic", ["22 Ormond Quay · Dublin 7 D07 X2F1"],
    "billing@liffeyphysio.ie", ("Sinead Walsh", "sinead.walsh@eircom.net"),
    "Receipt/Invoice for Ciaran's sessions", "Hi Sinead,\n\nPlease find the invoice for Ciaran's sessions. Payment is still outstanding, you can pay by bank transfer.\n\nThanks,\nLiffey Physio\n\nSent via Xero",
    "Invoice / Receipt", D(2026, 11, 27), [("Physiotherapy session (Ciaran Walsh, U14)", 5, 6000, 0)],
    num="INV-6620", due=D(2026, 12, 11), win=["Ms Sinead Walsh", "Re: Ciaran Walsh", "41 Griffith Avenue", "Dublin 9 D09 K7C2"],
    labs={"due": "Payment due"}, notes=["Amount outstanding. Pay to {iban}."], name="Sinead Walsh", biz=False, fname="INV-6620.pdf",
    note="'Invoice / Receipt' not yet paid; parent billed for a child.")

add("Sage IE", "en", "IE", "Shannon Office Supplies", ["Dock Road · Limerick V94 R6C3"],
    "accounts@shannonoffice.ie", ("Purchasing", "purchasing@midwest-credit-union.ie"),
    "Invoice 40918 + new price list attached", "Dear Customer,\n\nOur price list for 2027 is now available on our website, with new ranges of ergonomic chairs. Place your orders before 18 December for delivery before Christmas.\n\nInvoice 40918 for your November order is attached.\n\nRegards,\nShannon Office Supplies",
    "Invoice", D(2026, 11, 28), [("Copier paper A4 80g, boxes", 20, 2650, 230), ("Toner HP 59A", 3, 11900, 230)],
    num="40918", term=30, layout="twocol", frm="Supplier", tolab="Customer",
    win=["Mid West Credit Union Limited", "Account no. MW-2210", "12 O'Connell Street", "Limerick V94 XK70"],
    notes=["Payment within 30 days to {iban}."], name="Mid West Credit Union Limited", biz=True, fname="40918.pdf",
    note="Invoice under a mail about a price list; two columns; account number under the name.")

add("Word", "en", "IE", "Brennan Solicitors", ["5 Main Street · Naas, Co. Kildare W91 T2P4"],
    "accounts@brennansolicitors.ie", ("Mr & Mrs Dunne", "dunnefamily@gmail.com"),
    "Our fee note - purchase of 12 Sallins Road", "Dear Mr and Mrs Dunne,\n\nPlease find our fee note for the conveyancing on your purchase.\n\nYours sincerely,\nAoife Brennan",
    "Fee Note", D(2026, 11, 16), [("Professional fee, conveyancing", 1, 180000, 230), ("Land Registry fee (outlay)", 1, 70000, 0)],
    num="FN-2026-318", term=14, win=["Mr & Mrs Dunne", "12 Sallins Road", "Naas, Co. Kildare W91 Y8E3"],
    labs={"num": "Fee note no.", "date": "Date"}, notes=["Payment within 14 days to {iban}."],
    name="Mr & Mrs Dunne", biz=False, fname="FN-2026-318.pdf",
    note="A solicitor's fee note; couple's forms over a surname kept.")

add("QuickBooks", "en", "US", "Cedar Ridge Landscaping LLC", ["1180 Quarry Rd · Boulder, CO 80301"],
    "billing@cedarridgeland.com", ("Ana Delgado", "adelgado@summitdental.com"),
    "Invoice 3305 from Cedar Ridge Landscaping LLC", "Hi Ana,\n\nYour invoice for the fall cleanup is attached. Thanks for your business!\n\nCedar Ridge Landscaping LLC",
    "INVOICE", D(2026, 11, 18), [("Fall cleanup and leaf removal", 1, 128000, 0), ("Irrigation winterization", 1, 18500, 0)],
    num="3305", term=30, labs={"due": "Due Date"}, due=D(2026, 12, 18), dstyle="us", layout="twocol", frm="From", tolab="Bill To",
    win=["Summit Dental Group, P.C.", "Attn: Ana Delgado", "2400 Pearl St", "Boulder, CO 80302"],
    notes=["Terms: Net 30. Pay by ACH: routing 102001017, account 4417 2093 18."], bank="ACH routing 102001017",
    name="Summit Dental Group, P.C.", biz=True, fname="Invoice_3305.pdf", cur="USD",
    note="US, two columns, no IBAN (ACH details).")

add("FreshBooks", "en", "US", "Ironwood Web Studio LLC", ["55 Elm St, Suite 3 · Portland, ME 04101"],
    "billing@ironwoodweb.com", ("Mike", "mike@harborlightbrewing.com"),
    "Retainer invoice for January", "Hi Mike,\n\nBelow is the monthly retainer invoice for January, payable in advance.\n\nCheers,\nJess",
    "Retainer Invoice", D(2026, 12, 15), [("Website care plan, January 2027", 1, 95000, 0), ("Hosting, January 2027", 1, 4500, 0)],
    num="0218", due=D(2027, 1, 1), dstyle="us", win=["HARBOR LIGHT BREWING CO., LLC", "Michael O'Shea", "12 Commercial St", "Portland, ME 04101"],
    notes=["Pay online or by check to Ironwood Web Studio LLC."], bank="Pay online",
    kind="html", name="HARBOR LIGHT BREWING CO., LLC", biz=True, fname="Invoice-0218.pdf", cur="USD",
    note="A retainer invoice billed in advance; the firm in capitals with its LLC; person under it.")

add("Stripe", "en", "US", "Quillfeather Press LLC", ["PO Box 880 · Ann Arbor, MI 48106"],
    "billing@quillfeatherpress.com", ("Harriet Osei", "harriet.osei@umich-alumni.org"),
    "Your annual membership invoice", "Hello Harriet,\n\nThank you for renewing your membership of the Quillfeather Readers' Circle. Your invoice is below and payable online.\n\nQuillfeather Press",
    "Invoice", D(2026, 12, 1), [("Readers' Circle annual membership 2027", 1, 12000, 0)],
    num="QF-8812-0007", due=D(2026, 12, 31), dstyle="us", win=["Harriet Osei", "418 Packard St", "Ann Arbor, MI 48104"],
    notes=["Pay online at the link in the email."], bank="Pay online",
    kind="html", name="Harriet Osei", biz=False, fname="Invoice-QF-8812-0007.pdf", cur="USD",
    note="A yearly membership invoice in Stripe's words.")

add("Moneybird", "en", "NL", "Studio Noordlicht B.V.", ["Czaar Peterstraat 200 · 1018 PL Amsterdam"],
    "billing@studionoordlicht.nl", ("Finance", "finance@fjordline-media.no"),
    "Invoice 2026-0611 - final invoice after advance", "Dear Finance team,\n\nPlease find attached the final invoice for the brand film, with the advance invoice deducted.\n\nKind regards,\nSanne de Ridder",
    "Final invoice", D(2026, 11, 25), [("Brand film production, final", 1, 1860000, 0)],
    num="2026-0611", term=30, win=["Fjordline Media AS", "Dept. Finance", "Bryggen 14", "5003 Bergen, Norway"],
    ded=[("Advance invoice 2026-0477", 900000)], paylab="Balance due",
    notes=["VAT reverse-charged. Payment within 30 days to {iban}."],
    name="Fjordline Media AS", biz=True, fname="2026-0611.pdf",
    note="Dutch firm in English, final invoice after an advance, reverse-charge.")

add("Xero", "en", "AU", "Bluegum Surveying Pty Ltd", ["14 Hay St · Subiaco WA 6008", "ABN 41 118 402 337"],
    "accounts@bluegumsurvey.com.au", ("Lachlan Burke", "lachlan@burkeconstruction.com.au"),
    "Progress claim / invoice INV-1190", "G'day Lachlan,\n\nAttached is invoice INV-1190 for the set-out works this month.\n\nCheers,\nKate\n\nSent via Xero",
    "TAX INVOICE", D(2026, 11, 30), [("Set-out survey, lots 12-18", 1, 420000, 100)],
    num="INV-1190", term=14, win=["Burke Construction Pty Ltd", "ATTN: Lachlan Burke", "PO Box 771", "Osborne Park WA 6917"],
    vatlab="GST", notes=["Payment within 14 days: BSB 066-001, Acc 1049 2287."], bank="BSB 066-001",
    name="Burke Construction Pty Ltd", biz=True, fname="INV-1190.pdf", cur="AUD",
    note="Australian tax invoice, GST 10 %, no IBAN.")


# ---------------------------------------------------------------- German invoices
add("lexoffice", "de", "DE", "Tischlerei Brandt GmbH & Co. KG", ["Hafenstraße 18 · 28217 Bremen"],
    "rechnung@tischlerei-brandt.de", ("Familie Oltmanns", "oltmanns@web.de"),
    "Schlussrechnung Einbauschränke", "Sehr geehrte Familie Oltmanns,\n\nanbei die Schlussrechnung für die Einbauschränke. Die Abschlagszahlung ist abgezogen.\n\nMit freundlichen Grüßen\nJan Brandt",
    "Schlussrechnung", D(2026, 11, 20), [("Einbauschrank Flur, Eiche furniert", 1, 485000, 190), ("Einbauschrank Schlafzimmer", 1, 392000, 190)],
    num="RE-2026-0388", term=14, ret="Tischlerei Brandt GmbH & Co. KG · Hafenstraße 18 · 28217 Bremen",
    win=["Herrn und Frau", "Gerd und Silke Oltmanns", "Am Deich 4", "28199 Bremen"],
    ded=[("abzgl. Abschlagsrechnung RE-2026-0301 (bezahlt)", 400000)], ref="RE-2026-0388",
    notes=["Bitte überweisen Sie den Restbetrag innerhalb von 14 Tagen auf {iban}.", "Verwendungszweck: RE-2026-0388"],
    name="Gerd und Silke Oltmanns", biz=False, fname="RE-2026-0388.pdf",
    note="Schlussrechnung with the Abschlag deducted; couple's forms on a line of their own dropped.")

add("sevDesk", "de", "DE", "Elektro Hübner GmbH", ["Gewerbering 7 · 91074 Herzogenaurach"],
    "buchhaltung@elektro-huebner.de", ("Ingrid Lanz", "i.lanz@lanz-architekten.de"),
    "Abschlagsrechnung Nr. 2 - BV Lindenweg", "Sehr geehrte Frau Lanz,\n\nanbei unsere zweite Abschlagsrechnung für das Bauvorhaben Lindenweg.\n\nMit freundlichen Grüßen\nElektro Hübner GmbH",
    "2. Abschlagsrechnung", D(2026, 11, 25), [("Abschlag 2: Elektroinstallation OG lt. Aufmaß", 1, 1120000, 190)],
    num="AR-26-0142", term=21, layout="twocol", frm="Auftragnehmer", tolab="Auftraggeber",
    win=["Lanz Architekten PartG mbB", "Dipl.-Ing. Herbert Lanz", "Schlossplatz 3", "91054 Erlangen"],
    notes=["Zahlbar innerhalb von 21 Tagen ohne Abzug auf {iban}."],
    name="Lanz Architekten PartG mbB", biz=True, fname="AR-26-0142.pdf",
    note="An Abschlagsrechnung; two columns; a partnership over a titled person.")

add("DATEV", "de", "DE", "Steuerberatung Kessler & Roth", ["Marktplatz 5 · 72070 Tübingen"],
    "kanzlei@kessler-roth-stb.de", ("Dr. Friederike Baum", "f.baum@t-online.de"),
    "Jahresübersicht / Rechnung Einkommensteuer 2025", "Sehr geehrte Frau Dr. Baum,\n\nanbei unsere Rechnung für die Einkommensteuererklärung 2025 mit einer Übersicht der Leistungen.\n\nMit freundlichen Grüßen\nKanzlei Kessler & Roth",
    "Rechnung", D(2026, 11, 11), [("Einkommensteuererklärung 2025 (§ 24 StBVV)", 1, 98600, 190), ("Anlage V, 2 Objekte", 2, 14800, 190), ("Auslagenpauschale", 1, 2000, 190)],
    num="2026/1187", term=14, win=["Frau Dr. Friederike Baum", "Mühlstraße 21", "72074 Tübingen"],
    ref="2026/1187 Baum", notes=["Zahlbar innerhalb von 14 Tagen auf {iban}.", "Verwendungszweck: 2026/1187 Baum"],
    name="Dr. Friederike Baum", biz=False, fname="Rechnung_2026-1187.pdf",
    note="A tax adviser's invoice under a 'Jahresübersicht' subject.")

add("Word", "de", "DE", "Hausverwaltung Körner", ["Bahnhofstraße 40 · 04109 Leipzig"],
    "buchhaltung@hv-koerner.de", ("Tobias Wendt", "tobias.wendt@gmx.de"),
    "Ihre Miete Januar 2027 - Wohnung 3. OG links", "Sehr geehrter Herr Wendt,\n\nanbei die Mietrechnung für Januar 2027.\n\nMit freundlichen Grüßen\nHausverwaltung Körner",
    "Mietrechnung Januar 2027", D(2026, 12, 3), [("Stellplatz TG Nr. 14, Januar 2027", 1, 6500, 190), ("Nebenkostenvorauszahlung Stellplatz", 1, 1000, 190)],
    num="MR-27-01-014", due=D(2027, 1, 3), win=["Herrn Tobias Wendt", "bei Körner Hausverwaltung", "Bahnhofstraße 40", "04109 Leipzig"],
    intro=["Sehr geehrter Herr Wendt, für den von Ihnen gemieteten Stellplatz berechnen wir für Januar 2027:"],
    ref="MR-27-01-014", notes=["Bitte überweisen Sie bis zum 3. Werktag auf {iban}, Verwendungszweck: MR-27-01-014."],
    name="Tobias Wendt", biz=False, fname="MR-27-01-014.pdf",
    note="A rent invoice written as a letter; tenant billed at the manager's address.")

add("Billomat", "de", "DE", "Fotostudio Lichtwerk", ["Kaiserstraße 12 · 76133 Karlsruhe"],
    "rechnung@lichtwerk-foto.de", ("Carina", "carina@weingut-hassler.de"),
    "Neue Termine 2027 + Rechnung Herbstshooting", "Hallo Carina,\n\nfür die Frühjahrsbilder habe ich euch den 14. oder 21. März 2027 vorgemerkt, sag mir bitte bis Ende Dezember, welcher Tag passt. Ich bräuchte dann noch die Liste der Weine für die Flaschenfotos.\n\nIm Anhang noch die Rechnung fürs Herbstshooting.\n\nViele Grüße\nLeonie",
    "Rechnung", D(2026, 11, 9), [("Fotoshooting Weinlese, Tagessatz", 1, 120000, 190), ("Bildbearbeitung, 40 Bilder", 40, 1500, 190)],
    num="RE-1422", term=14, win=["Weingut Haßler", "Inh. Carina Haßler", "Weinstraße 81", "76829 Landau"],
    notes=["Zahlbar innerhalb von 14 Tagen ohne Abzug auf {iban}."], name="Weingut Haßler", biz=True, fname="RE-1422.pdf",
    note="Invoice under a mail about new dates; a trading name over its owner ('Inh.').")

add("Collmex", "de", "DE", "Heizungsbau Wagner", ["Am Anger 2 · 99084 Erfurt"],
    "info@heizung-wagner.de", ("Nachlass Gertrud Albers", "h.albers@freenet.de"),
    "Rechnung/Quittung Wartung Gastherme", "Sehr geehrter Herr Albers,\n\nanbei die Rechnung über die Wartung der Therme im Haus Ihrer verstorbenen Mutter. Der Betrag ist noch offen, bitte überweisen Sie ihn.\n\nMit freundlichen Grüßen\nKlaus Wagner",
    "Rechnung / Quittung", D(2026, 11, 13), [("Wartung Gas-Brennwerttherme", 1, 16900, 190), ("Kleinteile", 1, 2340, 190)],
    num="2026-0733", term=10, win=["Nachlass Gertrud Albers", "z. Hd. Herrn Helmut Albers", "Lindenstraße 9", "99092 Erfurt"],
    notes=["Betrag noch offen - zahlbar innerhalb von 10 Tagen auf {iban}.", "Betrag erhalten: ____________ (nur bei Barzahlung)"],
    name="Nachlass Gertrud Albers", biz=False, fname="Rechnung_2026-0733.pdf",
    note="'Rechnung / Quittung' still to be paid; an estate z. Hd. a son.")

add("Papierkram", "de", "DE", "Übersetzungsbüro Kaya", ["Bergstraße 3 · 69120 Heidelberg"],
    "rechnung@kaya-uebersetzungen.de", ("Buchhaltung", "buchhaltung@rheinmaschinen.de"),
    "Korrigierte Rechnung 2026-219 (ersetzt 2026-211)", "Sehr geehrte Damen und Herren,\n\nin Rechnung 2026-211 war der Zeilensatz falsch. Die beigefügte Rechnung 2026-219 ersetzt sie.\n\nMit freundlichen Grüßen\nSelin Kaya",
    "Rechnung (Korrektur)", D(2026, 11, 26), [("Fachübersetzung DE-TR, Normzeilen", 640, 145, 190), ("Beglaubigung", 1, 2500, 190)],
    num="2026-219", term=14, win=["RHEIN-MASCHINENBAU GMBH", "Abt. Einkauf / Kst. 4410", "Industriestraße 55", "68169 Mannheim"],
    meta_rows=[("Ersetzt Rechnung", "2026-211")], notes=["Zahlbar in 14 Tagen auf {iban}."],
    name="RHEIN-MASCHINENBAU GMBH", biz=True, fname="RE_2026-219.pdf",
    note="A corrected invoice replacing an earlier number; capitals; a department line.")

add("FastBill", "de", "DE", "Musikschule Allegro", ["Goethestraße 10 · 34119 Kassel"],
    "verwaltung@musikschule-allegro.de", ("Sabine Krämer", "sabine.kraemer@posteo.de"),
    "Jahresbeitrag 2027 - Anna", "Liebe Frau Krämer,\n\nnachstehend die Rechnung über den Jahresbeitrag 2027 für Anna.\n\nHerzliche Grüße\nMusikschule Allegro\n\nErstellt mit FastBill",
    "Rechnung Jahresbeitrag", D(2026, 12, 2), [("Klavierunterricht 30 Min., Jahr 2027 (Anna, 9 J.)", 1, 105600, 0)],
    num="MS-27-0041", due=D(2027, 1, 15), win=["Frau Sabine Krämer", "für Anna Krämer", "Wilhelmshöher Allee 122", "34119 Kassel"],
    notes=["Umsatzsteuerfrei nach § 4 Nr. 21 UStG. Bitte überweisen Sie bis 15.01.2027 auf {iban}."],
    kind="html", name="Sabine Krämer", biz=False, fname="MS-27-0041.pdf",
    note="A yearly fee invoice; a parent billed for a child.")

add("BMD", "de", "AT", "Dr. Martina Leitner, Rechtsanwältin", ["Herrengasse 6 · 8010 Graz"],
    "kanzlei@ra-leitner.at", ("Mag. Florian Pichler", "f.pichler@pichler-bau.at"),
    "Honorarnote 2026/118", "Sehr geehrter Herr Mag. Pichler,\n\nanbei übermittle ich meine Honorarnote für die Vertretung im Verfahren gegen die Bauträger GmbH.\n\nMit freundlichen Grüßen\nDr. Martina Leitner",
    "HONORARNOTE", D(2026, 11, 18), [("Vertretung lt. RATG, Leistungsverzeichnis", 1, 284000, 200), ("Barauslagen (Pauschalgebühr)", 1, 32100, 0)],
    num="2026/118", term=14, win=["Pichler Bau GmbH & Co KG", "z.Hd. Herrn Mag. Florian Pichler", "Wiener Straße 60", "8020 Graz"],
    labs={"num": "Honorarnote Nr.", "date": "Datum"}, notes=["Zahlbar binnen 14 Tagen auf {iban}."],
    name="Pichler Bau GmbH & Co KG", biz=True, fname="HN_2026-118.pdf",
    note="An Austrian Honorarnote; a GmbH & Co KG z.Hd. a titled person.")

add("RZL", "de", "AT", "Ordination Dr. Peter Steiner", ["Hauptplatz 3 · 4020 Linz"],
    "ordination@dr-steiner.at", ("Johanna Gruber", "johanna.gruber@aon.at"),
    "Honorarnote Ordination", "Sehr geehrte Frau Gruber,\n\nanbei die Honorarnote für die Untersuchungen. Sie können diese bei Ihrer Krankenkasse zur Rückvergütung einreichen.\n\nMit freundlichen Grüßen\nOrdination Dr. Steiner",
    "Honorarnote", D(2026, 11, 24), [("Ordination, Untersuchung", 2, 9000, 0), ("Ultraschall Abdomen", 1, 11500, 0)],
    num="HN-26-0907", term=14, win=["Frau Johanna Gruber", "Landstraße 77/4", "4020 Linz"],
    notes=["Umsatzsteuerfrei gemäß § 6 Abs. 1 Z 19 UStG. Zahlbar binnen 14 Tagen auf {iban}."],
    name="Johanna Gruber", biz=False, fname="HN-26-0907.pdf",
    note="A doctor's Honorarnote to a patient.")

add("BMD", "de", "AT", "Bauunternehmung Hofer GmbH", ["Industriezeile 4 · 6020 Innsbruck"],
    "rechnungswesen@hofer-bau.at", ("Hausverwaltung Alpin", "office@hv-alpin.at"),
    "Schlussrechnung Dachsanierung", "Sehr geehrte Damen und Herren,\n\nanbei die Schlussrechnung. Die Teilrechnungen 1 und 2 sind abgezogen.\n\nMit freundlichen Grüßen\nBauunternehmung Hofer",
    "Schlussrechnung", D(2026, 11, 27), [("Dachsanierung Innrain 12 lt. Aufmaß", 1, 6480000, 200)],
    num="SR-2026-044", term=30, layout="deliv", delivlab="Baustelle",
    win=["Mag. Theresia Obermair", "c/o Hausverwaltung Alpin GmbH", "Museumstraße 20", "6020 Innsbruck"],
    deliv=["Wohnhaus Innrain 12", "6020 Innsbruck"],
    ded=[("abzgl. Teilrechnung 1 (TR-2026-031)", 2500000), ("abzgl. Teilrechnung 2 (TR-2026-038)", 2500000)],
    notes=["Zahlbar binnen 30 Tagen auf {iban}."], name="Mag. Theresia Obermair", biz=False, fname="SR-2026-044.pdf",
    note="An Austrian Schlussrechnung with two partial invoices deducted; an owner c/o the property manager, site beside.")

add("Word", "de", "AT", "Kindergruppe Sonnenschein", ["Schulgasse 2 · 5020 Salzburg"],
    "kassa@kindergruppe-sonnenschein.at", ("Familie Huber", "huber.salzburg@gmx.at"),
    "Vorschreibung Elternbeitrag Jänner", "Liebe Familie Huber,\n\nhier die Vorschreibung für Jänner für Leni.\n\nLiebe Grüße\nDie Kassierin",
    "Vorschreibung Jänner 2027", D(2026, 12, 4), [("Elternbeitrag Jänner 2027 (Leni Huber)", 1, 26000, 0), ("Essensgeld", 1, 7200, 0)],
    num="V-2027-01-12", due=D(2027, 1, 5), win=["Eltern von Leni Huber", "Familie Huber", "Nonntaler Hauptstraße 48", "5020 Salzburg"],
    labs={"num": "Vorschreibung Nr."}, notes=["Bitte bis 5. Jänner auf {iban} überweisen."],
    kind="text", name="Familie Huber", biz=False, fname="Vorschreibung_Jaenner.pdf",
    note="An Austrian Vorschreibung (a bill) titled as such; parents billed for a child.")

add("bexio", "de", "CH", "Gartenbau Meier AG", ["Seestrasse 41 · 8820 Wädenswil"],
    "buchhaltung@gartenbau-meier.ch", ("Stockwerkeigentümer Rebhalde", "verwaltung@rebhalde-stwe.ch"),
    "Jahresabo Gartenpflege 2027", "Grüezi\n\nAnbei die Rechnung für das Jahresabonnement Gartenpflege 2027.\n\nFreundliche Grüsse\nGartenbau Meier AG\n\nDiese E-Mail wurde mit bexio versendet.",
    "Rechnung", D(2026, 12, 1), [("Jahresabo Gartenpflege 2027, Pauschale", 1, 486000, 81)],
    num="RE-11873", term=30, cur="CHF",
    win=["STWEG Rebhalde", "c/o Immo Zürisee GmbH", "Bahnhofstrasse 5", "8810 Horgen"],
    ref=mk.qrr("00000000000000000001187305"),
    notes=["Zahlbar innert 30 Tagen. Referenz " + mk.qrr_spaced(mk.qrr("00000000000000000001187305")) + " · {iban}"],
    name="STWEG Rebhalde", biz=True, fname="RE-11873.pdf",
    note="A Swiss yearly subscription invoice; Stockwerkeigentümergemeinschaft c/o manager (business true: the WEG's null is German and Austrian law's, heldout12 and heldout15 label a STWEG true).")

add("Abacus", "de", "CH", "Treuhand Brunner & Partner AG", ["Zeughausgasse 8 · 6300 Zug"],
    "debitoren@brunner-treuhand.ch", ("Dr. Lukas Favre", "l.favre@favre-consulting.ch"),
    "Honorarrechnung Jahresabschluss", "Sehr geehrter Herr Dr. Favre\n\nIn der Beilage erhalten Sie unsere Honorarrechnung für den Jahresabschluss 2025.\n\nFreundliche Grüsse\nBrunner & Partner",
    "Honorarrechnung", D(2026, 11, 19), [("Jahresabschluss 2025, Stunden", 14, 19000, 81), ("Steuererklärung juristische Person", 1, 85000, 81)],
    num="H-2026-5521", term=30, cur="CHF",
    win=["Favre Consulting GmbH", "Dr. Lukas Favre", "Geschäftsführer", "Baarerstrasse 19", "6300 Zug"],
    ref=mk.qrr("00000000000000000000552110"),
    notes=["Zahlbar innert 30 Tagen. Referenz " + mk.qrr_spaced(mk.qrr("00000000000000000000552110")) + " · {iban}"],
    name="Favre Consulting GmbH", biz=True, fname="H-2026-5521.pdf",
    note="A Swiss fee invoice; the firm above its titled manager.")

add("bexio", "de", "CH", "Zahnarztpraxis Dr. med. dent. Anna Rüegg", ["Marktgasse 14 · 3011 Bern"],
    "praxis@zahnarzt-rueegg.ch", ("Beat Zürcher", "beat.zuercher@bluewin.ch"),
    "Rechnung Behandlung - Ratenzahlung 2/3", "Grüezi Herr Zürcher\n\nWie vereinbart erhalten Sie die zweite Rate der Behandlung als eigene Rechnung.\n\nFreundliche Grüsse\nPraxis Dr. Rüegg",
    "Rechnung Rate 2 von 3", D(2026, 11, 30), [("Rate 2/3 Implantatbehandlung", 1, 140000, 0)],
    num="ZR-26-1180-2", term=30, cur="CHF",
    win=["Herr Beat Zürcher", "für Lea Zürcher", "Kramgasse 70", "3011 Bern"],
    ref=mk.qrr("00000000000000000002611802"),
    notes=["Zahlbar innert 30 Tagen. Referenz " + mk.qrr_spaced(mk.qrr("00000000000000000002611802")) + " · {iban}"],
    name="Beat Zürcher", biz=False, fname="ZR-26-1180-2.pdf",
    note="An instalment invoice of a dentist's payment plan; a parent billed for a child.")


# ---------------------------------------------------------------- not invoices
add("Exact Online", "nl", "NL", "Groothandel Tuinland B.V.", ["Veilingweg 12 · 2675 BS Honselersdijk"],
    "debiteuren@tuinland-groothandel.nl", ("Crediteuren", "crediteuren@hoveniersbedrijfstaal.nl"),
    "Rekeningoverzicht per 30-11-2026", "Geachte relatie,\n\nBijgaand het overzicht van de openstaande posten op uw rekening. Heeft u vragen, neem dan contact met ons op.\n\nMet vriendelijke groet,\nDebiteurenbeheer\n\nDit bericht is verzonden met Exact Online.",
    "Rekeningoverzicht", D(2026, 11, 30), [("Factuur 26003311 d.d. 02-10-2026", 1, 84717, 0), ("Factuur 26003590 d.d. 30-10-2026", 1, 125235, 0), ("Factuur 26003877 d.d. 20-11-2026", 1, 40293, 0)],
    cols=["Openstaande post", "", "Bedrag", "Open"], labs={"date": "Datum"}, meta_rows=[("Debiteurnummer", "40771")], totlab="Totaal openstaand",
    win=["Hoveniersbedrijf Staal V.O.F.", "Crediteurenadministratie", "Naaldwijkseweg 4", "2691 RA 's-Gravenzande"],
    notes=["Wij verzoeken u de vervallen posten te voldoen op {iban}."], fname="Rekeningoverzicht_40771.pdf",
    why="A statement of account listing invoices already sent; it bills nothing new.",
    note="Statement with open items, a total open and an IBAN.")

add("Moneybird", "nl", "NL", "Sportschool Vitaal", ["Laan van Meerdervoort 500 · 2563 BL Den Haag"],
    "administratie@sportschoolvitaal.nl", ("Rianne Bakker", "rianne.bakker@kpnplanet.nl"),
    "Jaaropgave 2026 voor uw werkgever", "Beste Rianne,\n\nOp verzoek hierbij de jaaropgave 2026 van je abonnement, voor de fietsplan/vitaliteitsregeling van je werkgever. Alle termijnen zijn geïncasseerd.\n\nSportieve groet,\nSportschool Vitaal",
    "Jaaropgave 2026", D(2026, 12, 3), [("Abonnement All-in, 12 maanden à € 44,95", 12, 4495, 210)],
    labs={"date": "Datum"}, meta_rows=[("Lidnummer", "V-20931"), ("Periode", "01-01-2026 t/m 31-12-2026")], totlab="Totaal betaald 2026",
    win=["Mevrouw R. Bakker", "Thomsonlaan 71", "2565 JB Den Haag"], notes=["Alle bedragen zijn per automatische incasso voldaan."],
    fname="Jaaropgave_2026.pdf", why="A yearly overview of amounts already collected, for an employer's scheme; nothing is due.",
    note="Jaaropgave with a VAT breakdown and a total.")

add("Twinfield", "nl", "NL", "Koeltechniek Van Doorn B.V.", ["Havenstraat 22 · 4941 XS Raamsdonksveer"],
    "debiteuren@vandoornkoeltechniek.nl", ("E. Kuipers", "e.kuipers@slagerijkuipers.nl"),
    "Betalingsregeling facturen 26-1140 en 26-1202", "Geachte heer Kuipers,\n\nZoals telefonisch besproken bevestigen wij de betalingsregeling voor de openstaande facturen. Wilt u het ondertekende exemplaar retour sturen?\n\nMet vriendelijke groet,\nKarin van Doorn",
    "Betalingsregeling", D(2026, 11, 19), [("Termijn 1 - uiterlijk 01-12-2026", 1, 95000, 0), ("Termijn 2 - uiterlijk 02-01-2027", 1, 95000, 0), ("Termijn 3 - uiterlijk 01-02-2027", 1, 73412, 0)],
    cols=["Termijn", "", "Bedrag", "Bedrag"], labs={"date": "Datum"}, meta_rows=[("Betreft facturen", "26-1140, 26-1202")],
    win=["Slagerij Kuipers", "t.a.v. de heer E. Kuipers", "Dorpsstraat 50", "4941 AE Raamsdonksveer"],
    notes=["De termijnen voldoet u op {iban} o.v.v. de factuurnummers."], fname="Betalingsregeling_Kuipers.pdf",
    why="A payment plan over invoices already sent; not a new invoice.", note="Dates, amounts, an IBAN and a total, as an invoice would.")

add("Word", "nl", "NL", "Glashandel Verbeek", ["Edisonweg 9 · 2952 AD Alblasserdam"],
    "info@glashandelverbeek.nl", ("G. van Leeuwen", "g.vanleeuwen@hetnet.nl"),
    "Herinnering factuur 2026-0871", "Geachte heer Van Leeuwen,\n\nIn de bijlage een herinnering voor factuur 2026-0871. Wellicht is de betaling aan uw aandacht ontsnapt.\n\nMet vriendelijke groet,\nH. Verbeek",
    "Betalingsherinnering", D(2026, 12, 2), [("Factuur 2026-0871 d.d. 15-10-2026, vervallen 29-10-2026", 1, 61589, 0)],
    labs={"date": "Datum"}, totlab="Nog te voldoen", win=["Dhr. G. van Leeuwen", "Kerkstraat 12", "2951 BG Alblasserdam"],
    notes=["Wij verzoeken u het bedrag binnen 7 dagen over te maken op {iban}."], fname="Herinnering_2026-0871.pdf",
    why="The business's own typed reminder of an invoice already sent (README: not an invoice).", note="A reminder PDF in an invoice's layout.")

add("SnelStart", "nl", "NL", "Scheepsbouw Klaassen B.V.", ["Werfkade 1 · 3361 EB Sliedrecht"],
    "verkoop@klaassenscheepsbouw.nl", ("Purchasing", "purchasing@baltic-dredge.ee"),
    "Pro forma factuur PF-2026-014", "Geachte heer, mevrouw,\n\nOp uw verzoek hierbij de pro forma factuur voor de aanbetaling, voor uw bank.\n\nMet vriendelijke groet,\nKlaassen Scheepsbouw",
    "PRO FORMA", D(2026, 11, 12), [("Hydraulische lier 12 t, aanbetaling 40%", 1, 3720000, 0)],
    num="PF-2026-014", labs={"num": "Pro forma nr.", "date": "Datum"},
    win=["Baltic Dredge OÜ", "Sadama 25", "10111 Tallinn, Estonia"], notes=["Dit is geen factuur. Na ontvangst volgt de factuur. {iban}"],
    fname="PF-2026-014.pdf", why="A pro forma (README: not an invoice).", note="Pro forma with number, total, IBAN.")

add("Word", "nl", "NL", "Timmerbedrijf Kok", ["Dorpsweg 88 · 1679 GL Midwoud"],
    "info@timmerbedrijfkok.nl", ("Mevr. Schipper", "schipper.midwoud@gmail.com"),
    "Kwitantie", "Geachte mevrouw Schipper,\n\nHierbij de kwitantie voor het contant betaalde bedrag voor de reparatie van de schuurdeur.\n\nMet vriendelijke groet,\nDirk Kok",
    "KWITANTIE", D(2026, 11, 28), [("Reparatie schuurdeur, arbeid en materiaal", 1, 18595, 210)],
    num="K-2026-041", labs={"num": "Kwitantienummer", "date": "Datum"}, ded=[("Contant ontvangen op 28-11-2026", 22500)], paylab="Nog te betalen",
    win=["Mevr. J. Schipper", "Oostereinde 17", "1679 GB Midwoud"], notes=["Voor voldaan, D. Kok"], fname="Kwitantie_K-2026-041.pdf",
    why="A receipt for cash paid (README: a receipt is not an invoice).", note="Kwitantie with VAT and a zero balance.")

add("Teamleader", "be", "BE", "Renovatie Declercq BV", ["Brugsesteenweg 250 · 8500 Kortrijk"],
    "offertes@renovatiedeclercq.be", ("Wim Vandenberghe", "wim.vandenberghe@telenet.be"),
    "Begroting badkamer", "Beste Wim,\n\nIn bijlage onze begroting voor de renovatie van de badkamer. Deze blijft 30 dagen geldig.\n\nVriendelijke groeten,\nStijn Declercq\n\nVerstuurd met Teamleader",
    "Begroting", D(2026, 11, 14), [("Afbraak en afvoer bestaande badkamer", 1, 145000, 60), ("Inloopdouche en wandtegels", 1, 620000, 60), ("Sanitair", 1, 284000, 60)],
    num="B-2026-0093", labs={"num": "Begroting nr.", "date": "Datum"}, meta_rows=[("Geldig tot", "14/12/2026")],
    win=["Dhr. W. Vandenberghe", "Doorniksewijk 31", "8500 Kortrijk"], notes=["Voorschot 30% bij aanvaarding. {iban}"], fname="Begroting_B-2026-0093.pdf",
    why="A cost estimate (begroting) with a validity date; nothing is owed yet.", note="Flemish estimate in invoice layout, 6 % VAT.")

add("Billit", "be", "BE", "Brouwerij De Kroon", ["Kroonstraat 2 · 3090 Overijse"],
    "orders@brouwerijdekroon.be", ("Bart", "bart@cafedegouden.be"),
    "Orderbevestiging 26-ORD-1187", "Dag Bart,\n\nBedankt voor je bestelling. Levering op donderdag 10 december. De factuur volgt bij levering.\n\nGroeten,\nBrouwerij De Kroon",
    "Orderbevestiging", D(2026, 12, 4), [("Kroon Tripel vat 20 l", 6, 7400, 210), ("Kroon Blond bak 24x25 cl", 10, 2680, 210), ("Leeggoed", 10, 390, 0)],
    num="26-ORD-1187", labs={"num": "Order", "date": "Datum"}, win=["Café De Gouden Leeuw", "Markt 1", "3090 Overijse"],
    notes=["Betaling binnen 30 dagen na factuurdatum."], fname="Orderbevestiging_26-ORD-1187.pdf",
    why="An order confirmation; the invoice follows at delivery.", note="Totals table and a payment term.")

add("Yuki", "be", "BE", "Elektro Van Hecke", ["Nieuwstraat 8 · 9100 Sint-Niklaas"],
    "boekhouding@elektrovanhecke.be", ("Els Martens", "els.martens@scarlet.be"),
    "Creditnota voor factuur 26-0312", "Beste mevrouw Martens,\n\nU heeft gelijk: de verplaatsingskosten op factuur 26-0312 werden dubbel aangerekend. We maken hiervoor een creditnota van € 45,00 op; u ontvangt die volgende week.\n\nVriendelijke groeten,\nJoris Van Hecke",
    "Creditnota aangekondigd", D(2026, 11, 30), [("Verplaatsingskosten (dubbel aangerekend)", 1, 4245, 60)],
    kind="text", cover_only=True, fname=None, why="A credit note announced without the document (README: not an invoice).",
    note="Body names an amount and an invoice number; the credit note itself is not sent.")

add("Sage 50", "en", "GB", "Pennine Fuel Supplies Ltd", ["Brunswick Road · Huddersfield HD1 6QW"],
    "credit.control@penninefuel.co.uk", ("Accounts", "accounts@hollowayhaulage.co.uk"),
    "Statement of account - November 2026", "Dear Customer,\n\nPlease find your monthly statement attached. Items over 30 days are shown as overdue.\n\nCredit Control\nPennine Fuel Supplies",
    "STATEMENT", D(2026, 11, 30), [("INV 77120 15/10/2026 (overdue)", 1, 210460, 0), ("INV 77498 06/11/2026", 1, 188225, 0), ("INV 77811 27/11/2026", 1, 96840, 0)],
    cols=["Item", "", "Amount", "Balance"], labs={"date": "Statement date"}, totlab="Balance due",
    win=["Holloway Haulage Ltd", "Accounts Dept.", "Leeds Road", "Huddersfield HD2 1YY"],
    notes=["Payments to {iban}."], fname="Statement_Nov2026.pdf", cur="GBP",
    why="A statement of account listing invoices already sent.", note="Statement with 'Balance due'.")

add("Sage IE", "en", "IE", "Crumlin Family Dental", ["88 Crumlin Road · Dublin 12 D12 F6W3"],
    "reception@crumlinfamilydental.ie", ("Declan Moran", "declanmoran@eircom.net"),
    "Annual statement 2026 for Med 2 / tax relief", "Dear Declan,\n\nAs requested, here is your statement of fees paid in 2026 for your tax return. All fees have been paid.\n\nKind regards,\nCrumlin Family Dental",
    "Annual Statement of Fees Paid 2026", D(2026, 12, 4), [("Crown, 14/03/2026", 1, 95000, 0), ("Root canal, 02/06/2026", 1, 68000, 0)],
    labs={"date": "Date"}, totlab="Total paid in 2026", win=["Mr D. Moran", "7 Kildare Road", "Dublin 12 D12 H2K8"],
    notes=["Paid in full - no balance outstanding."], fname="Annual_statement_2026.pdf",
    why="A yearly statement of fees paid, for a tax return; nothing is due.", note="Annual statement with dates and a total.")

add("Xero", "en", "GB", "Atlas Trade Machinery Ltd", ["Trafford Park · Manchester M17 1AB"],
    "sales@atlastrade.co.uk", ("Omar Haddad", "omar@haddad-trading.ae"),
    "Pro Forma Invoice PF-0099", "Dear Omar,\n\nPlease find the pro forma invoice for your letter of credit. We will issue the commercial invoice on shipment.\n\nRegards,\nAtlas Trade Machinery\n\nSent via Xero",
    "PRO FORMA INVOICE", D(2026, 11, 17), [("CNC lathe TL-40, export", 1, 2450000, 0), ("Crating and FOB Felixstowe", 1, 85000, 0)],
    num="PF-0099", labs={"num": "Pro forma no."}, due=D(2026, 12, 1), win=["Haddad Trading LLC", "PO Box 51288", "Dubai, UAE"],
    notes=["Bank: {iban}"], fname="PF-0099.pdf", cur="GBP", why="A pro forma invoice (README: not an invoice).",
    note="Pro forma with a due date and an IBAN.")

add("QuickBooks", "en", "US", "Granite State Roofing LLC", ["20 Industrial Dr · Concord, NH 03301"],
    "office@granitestateroofing.com", ("Paul Lindqvist", "plindqvist@comcast.net"),
    "Estimate 1184 from Granite State Roofing LLC", "Hi Paul,\n\nThanks for having us out. Your estimate is attached; it's valid for 30 days. Reply to accept and we'll schedule you for spring.\n\nGranite State Roofing",
    "ESTIMATE", D(2026, 11, 11), [("Tear-off and replace asphalt shingles, squares", 24, 52000, 0), ("Ice and water shield", 1, 98000, 0)],
    num="1184", labs={"num": "Estimate #", "date": "Date"}, dstyle="us", meta_rows=[("Expiration date", "December 11, 2026")],
    win=["Paul Lindqvist", "14 Birch Hill Rd", "Bow, NH 03304"], notes=["Deposit of 30% due on acceptance."], bank="",
    fname="Estimate_1184.pdf", cur="USD", why="A quote (estimate) in full invoice layout; nothing owed until accepted.",
    note="Estimate with total and expiry.")

add("Word", "en", "GB", "Hebden Timber Merchants", ["Valley Road · Hebden Bridge HX7 7BZ"],
    "yard@hebdentimber.co.uk", ("Site office", "site@marsdenbuild.co.uk"),
    "Delivery note DN 55120", "Hi,\n\nDelivery note for today's drop attached, signed by your site foreman. Invoice to follow at month end.\n\nCheers,\nHebden Timber",
    "DELIVERY NOTE", D(2026, 11, 26), [("C24 timber 47x150 4.8 m", 40, 1290, 200), ("OSB3 18 mm 2440x1220", 25, 2475, 200)],
    num="DN 55120", labs={"num": "Delivery note", "date": "Date"}, layout="deliv", delivlab="Delivered to",
    win=["Marsden Build Ltd", "Accounts", "Station Yard", "Marsden HD7 6AX"], deliv=["Plot 4, Moorside", "Marsden HD7 6DE"],
    notes=["Goods received in good condition: signed R. Haigh. Invoice follows at month end."], fname="DN55120.pdf", cur="GBP",
    why="A delivery note with prices; the invoice follows.", note="Priced delivery note with VAT and total.")

add("Word", "en", "IE", "Kinsale Sailing Supplies", ["Pier Road · Kinsale, Co. Cork P17 X266"],
    "accounts@kinsalesailing.ie", ("Accounts", "accounts@kinsalesailing.ie"),
    "Fwd: Payment advice from Cork Harbour Marina", "FYI - payment advice received from Cork Harbour Marina for invoices 3310 and 3324; please match in the ledger.\n\n-- forwarded --\nPayment Advice\nFrom: Cork Harbour Marina CLG",
    "PAYMENT ADVICE", D(2026, 11, 27), [("Your invoice 3310", 1, 84600, 0), ("Your invoice 3324", 1, 51290, 0)],
    num="PA-88172", labs={"num": "Remittance no.", "date": "Payment date"}, totlab="Total paid",
    win=["Kinsale Sailing Supplies", "Pier Road", "Kinsale, Co. Cork"], notes=["Paid by EFT to your account ending 4471."],
    fname="PaymentAdvice_PA-88172.pdf", why="A customer's payment advice, forwarded internally; it pays, it does not bill.",
    note="Payment advice with amounts and invoice numbers.")

add("Square", "en", "US", "Maple & Main Bakery", ["301 Main St · Northampton, MA 01060"],
    "receipts@mapleandmain.com", ("Linda Perez", "lperez@smithcollege-alumni.org"),
    "Your receipt from Maple & Main Bakery", "Thanks for your order, Linda!\n\nYour receipt is attached.",
    "RECEIPT", D(2026, 11, 25), [("Pie, apple (Thanksgiving pre-order)", 2, 2800, 0), ("Dinner rolls, dozen", 2, 900, 0)],
    num="#4471-2290", labs={"num": "Receipt", "date": "Date"}, dstyle="us", ded=[("Paid - cash", 7400)], paylab="Balance",
    win=["Linda Perez"], notes=["Paid in full. Thank you!"], bank="", fname="receipt.pdf", cur="USD",
    why="A receipt for cash paid.", note="Receipt with totals and a zero balance.")

add("Word", "en", "GB", "Dalesway Catering Equipment", ["Unit 9 · Skipton BD23 2TZ"],
    "sales@dalesway-catering.co.uk", ("Trade customer", "orders@theswanpub.co.uk"),
    "Trade price list 2027", "Dear Trade Customer,\n\nOur 2027 trade price list is attached. Prices apply to orders from 1 January 2027.\n\nKind regards,\nDalesway",
    "TRADE PRICE LIST 2027", D(2026, 12, 1), [("Combi oven 6-grid", 1, 489000, 200), ("Undercounter glasswasher", 1, 129500, 200), ("Planetary mixer 20 l", 1, 175000, 200)],
    labs={"date": "Valid from"}, win=["The Swan Inn", "Main Street", "Grassington BD23 5AA"],
    notes=["Delivery free over £500. Terms 30 days for account customers."], fname="PriceList2027.pdf", cur="GBP",
    why="A price list with VAT and totals; it bills nothing.", note="Price list in an invoice's table.")

add("Word", "de", "DE", "Sanitär Köhler GmbH", ["Bahnhofstraße 33 · 45127 Essen"],
    "buchhaltung@sanitaer-koehler.de", ("Ralf Neumann", "r.neumann@neumann-immobilien.de"),
    "Mahnung zu Rechnung 2026-1412", "Sehr geehrter Herr Neumann,\n\nanbei unsere Zahlungserinnerung zu Rechnung 2026-1412.\n\nMit freundlichen Grüßen\nSanitär Köhler GmbH",
    "1. Mahnung", D(2026, 12, 1), [("Rechnung 2026-1412 vom 15.10.2026", 1, 147203, 0), ("Mahngebühr", 1, 500, 0)],
    labs={"date": "Datum"}, totlab="Offener Betrag", win=["Neumann Immobilien GmbH", "z. Hd. Herrn Ralf Neumann", "Rüttenscheider Str. 88", "45130 Essen"],
    notes=["Bitte überweisen Sie den offenen Betrag bis zum 11.12.2026 auf {iban}."], fname="Mahnung_2026-1412.pdf",
    why="The business's own typed reminder (Mahnung) of an invoice already sent (README: not an invoice).",
    note="A Mahnung PDF with a fee, a total and a date to pay by.")

add("Word", "de", "DE", "Kfz-Werkstatt Demir", ["Hagener Str. 140 · 44225 Dortmund"],
    "werkstatt@kfz-demir.de", ("Olga Schneider", "olga.schneider@web.de"),
    "Kostenvoranschlag Reparatur", "Hallo Frau Schneider,\n\nanbei der Kostenvoranschlag für die Reparatur Ihres Golf. Bitte geben Sie uns kurz Bescheid, ob wir beginnen sollen.\n\nViele Grüße\nMehmet Demir",
    "Kostenvoranschlag", D(2026, 11, 23), [("Kupplung komplett erneuern", 1, 64000, 190), ("Arbeitslohn, AW", 30, 1200, 190)],
    num="KV-26-0217", labs={"num": "KV-Nr.", "date": "Datum"}, meta_rows=[("Kennzeichen", "DO-OS 412")],
    win=["Frau Olga Schneider", "Wittener Str. 12", "44149 Dortmund"], notes=["Unverbindlicher Kostenvoranschlag, gültig 4 Wochen."],
    fname="KV-26-0217.pdf", why="A cost estimate (Kostenvoranschlag); nothing owed yet.", note="Estimate with VAT and total.")

add("Word", "de", "DE", "Hofladen Sommerfeld", ["Dorfstraße 5 · 14552 Michendorf"],
    "hofladen@sommerfeld-hof.de", ("Katrin Vogt", "katrin.vogt@kita-sonnenblume.de"),
    "Quittung Weihnachtsbäume", "Liebe Frau Vogt,\n\nwie gewünscht die Quittung über die bar bezahlten Bäume für die Kita.\n\nViele Grüße\nFamilie Sommerfeld",
    "Quittung", D(2026, 12, 4), [("Nordmanntanne 1,75-2,00 m", 3, 3900, 70), ("Netz und Ständer", 3, 600, 190)],
    num="Q-26-118", labs={"num": "Quittung Nr.", "date": "Datum"}, ded=[("Betrag dankend erhalten (bar)", 14661)], paylab="Offen",
    win=["Kita Sonnenblume e.V.", "Bergstraße 2", "14552 Michendorf"], notes=["Betrag dankend erhalten. Michendorf, 04.12.2026"],
    fname="Quittung_Q-26-118.pdf", why="A receipt for cash paid ('Betrag dankend erhalten').", note="Quittung with 7 % and 19 %.")

add("sevDesk", "de", "DE", "Möbelwerkstatt Engel", ["Industriestr. 4 · 79108 Freiburg"],
    "auftrag@moebel-engel.de", ("Markus Lehmann", "m.lehmann@lehmann-steuer.de"),
    "Auftragsbestätigung AB-2026-0311", "Sehr geehrter Herr Lehmann,\n\nvielen Dank für Ihren Auftrag. Anbei die Auftragsbestätigung; die Rechnung erhalten Sie nach der Lieferung.\n\nMit freundlichen Grüßen\nMöbelwerkstatt Engel",
    "Auftragsbestätigung", D(2026, 11, 16), [("Empfangstheke Eiche nach Maß", 1, 640000, 190), ("Lieferung und Montage", 1, 48000, 190)],
    num="AB-2026-0311", labs={"num": "Auftragsnr.", "date": "Datum"}, meta_rows=[("Liefertermin", "KW 5/2027")],
    win=["Lehmann Steuerberatungsgesellschaft mbH", "Kaiser-Joseph-Str. 200", "79098 Freiburg"],
    notes=["Zahlungsbedingungen: 14 Tage nach Rechnungsstellung ohne Abzug."], fname="AB-2026-0311.pdf",
    why="An order confirmation with totals and a payment term; the invoice follows delivery.", note="AB with a full totals table.")

add("BMD", "de", "AT", "Fernwärme Mühlviertel GmbH", ["Linzer Straße 12 · 4240 Freistadt"],
    "kundenservice@fernwaerme-muehlviertel.at", ("Alois Reiter", "alois.reiter@aon.at"),
    "Jahresübersicht 2026 Ihrer Teilbeträge", "Sehr geehrter Herr Reiter,\n\nanbei die Übersicht Ihrer 2026 bezahlten Teilbeträge. Die Jahresabrechnung erhalten Sie im Februar.\n\nMit freundlichen Grüßen\nFernwärme Mühlviertel",
    "Jahresübersicht 2026", D(2026, 12, 2), [("Teilbetrag, monatlich (Jänner-Dezember)", 12, 9500, 100)],
    labs={"date": "Datum"}, meta_rows=[("Kundennummer", "300-4471")], totlab="Summe bezahlt",
    win=["Herrn Alois Reiter", "Zemannstraße 8", "4240 Freistadt"], notes=["Alle Teilbeträge wurden per Einziehungsauftrag bezahlt."],
    fname="Jahresuebersicht_2026.pdf", why="A yearly overview of partial payments already made; the bill comes later.",
    note="Austrian overview with 10 % and a total.")

add("Word", "de", "AT", "Hausverwaltung Prem", ["Mariahilfer Straße 90 · 1070 Wien"],
    "office@hv-prem.at", ("Lena Fischer", "lena.fischer@gmx.at"),
    "Bestätigung Kaution Top 12", "Sehr geehrte Frau Fischer,\n\nwir bestätigen den Eingang Ihrer Kaution für die Wohnung Top 12.\n\nMit freundlichen Grüßen\nHausverwaltung Prem",
    "Kautionsbestätigung", D(2026, 11, 20), [("Kaution, 3 Bruttomonatsmieten", 3, 98000, 0)],
    labs={"date": "Datum"}, ded=[("Eingegangen am 18.11.2026", 294000)], paylab="Offen",
    win=["Frau Lena Fischer", "Zieglergasse 25/12", "1070 Wien"], notes=["Die Kaution wird auf einem Sparbuch veranlagt."],
    fname="Kaution_Top12.pdf", why="A tenancy deposit confirmation: money received, nothing billed.", note="Amounts in an invoice's table.")

add("bexio", "de", "CH", "Velo Huber GmbH", ["Langstrasse 100 · 8004 Zürich"],
    "buchhaltung@velohuber.ch", ("Reto Bachmann", "reto.bachmann@sunrise.ch"),
    "Ratenvereinbarung E-Bike", "Grüezi Herr Bachmann\n\nAnbei die Ratenvereinbarung für Ihr E-Bike zur Unterschrift. Die Raten stellen wir Ihnen jeweils einzeln in Rechnung.\n\nFreundliche Grüsse\nVelo Huber",
    "Ratenvereinbarung", D(2026, 11, 21), [("Rate 1 - 31.12.2026", 1, 150000, 0), ("Rate 2 - 31.01.2027", 1, 150000, 0), ("Rate 3 - 28.02.2027", 1, 119000, 0)],
    labs={"date": "Datum"}, cur="CHF", meta_rows=[("Vertrag", "RV-26-013")],
    win=["Herr Reto Bachmann", "Josefstrasse 41", "8005 Zürich"], notes=["Die Raten werden jeweils einzeln in Rechnung gestellt."],
    fname="Ratenvereinbarung.pdf", why="A payment plan agreement; each instalment is billed separately.",
    note="Dates and amounts in an invoice's table.")

add("Abacus", "de", "CH", "Holzbau Aebi AG", ["Dorfstrasse 7 · 3550 Langnau i.E."],
    "offerten@holzbau-aebi.ch", ("Monika Gerber", "m.gerber@gerber-kaese.ch"),
    "Offerte Anbau Lagerhalle", "Sehr geehrte Frau Gerber\n\nBesten Dank für Ihre Anfrage. In der Beilage erhalten Sie unsere Offerte.\n\nFreundliche Grüsse\nHolzbau Aebi AG",
    "Offerte", D(2026, 11, 10), [("Holzständerbau Anbau 120 m²", 1, 8640000, 81), ("Dachfenster", 4, 124000, 81)],
    num="OF-26-0412", labs={"num": "Offerte Nr.", "date": "Datum"}, cur="CHF", meta_rows=[("Gültig bis", "31.01.2027")],
    win=["Käserei Gerber AG", "Frau Monika Gerber", "Talstrasse 3", "3550 Langnau i.E."], notes=["Zahlungskonditionen: 30 % bei Auftrag, Rest nach Abnahme. {iban}"],
    fname="Offerte_OF-26-0412.pdf", why="A quote (Offerte) in full invoice layout; nothing owed yet.", note="Offerte with rounding row and an IBAN.")


# ---------------------------------------------------------------- the checker
def iban_valid(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ref_valid(ref):
    if ref.startswith("+++"):
        d = ref.strip("+").replace("/", "")
        return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])
    if ref.startswith("RF"):
        return int("".join(str(int(c, 36)) for c in ref[4:] + ref[:4])) % 97 == 1
    if ref.isdigit() and len(ref) == 27:
        return mk.qrr(ref[:26]) == ref
    return True  # a Verwendungszweck in words and numbers, as printed


def check_page(rid, page):
    w, h = page.get("width", 595), page.get("height", 842)
    rows = {}
    for it in page["items"]:
        wd = est_width(it["text"], it["size"])
        x0 = it["x"] - wd if it["align"] == "right" else it["x"]
        assert 0 <= x0 and x0 + wd <= w and 0 < it["y"] <= h, (rid, it["text"])
        rows.setdefault(it["y"], []).append((x0, x0 + wd, it["text"]))
    for y, spans in rows.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (rid, "overlap", a[2], b[2])


def check(records):
    mk.check_labels(records)
    mk.check_references_printed(records)
    want = {("nl", True): 20, ("en", True): 15, ("de", True): 15, ("nl", False): 9, ("en", False): 8, ("de", False): 8}
    got = {}
    for r in records:
        got[(r["lang"], r["is_invoice"])] = got.get((r["lang"], r["is_invoice"]), 0) + 1
    assert got == want, got
    assert sum(1 for r in records if r["_flemish"] and r["is_invoice"]) == 4
    per_sender = {}
    for r in records:
        rid, e, doc = r["id"], r["expected"], r["_doc"]
        assert ("pdf" in r) == ("@@PDF@@" in r["eml"]), rid
        assert r["kind"] == "none" or r["kind"] in ("pdf", "body-text", "body-html"), rid
        for page in r.get("pdf", {}).get("pages", []):
            check_page(rid, page)
        # the document's arithmetic, invoice or not
        assert doc.net == sum(q * u for _, q, u, _r in doc.lines), rid
        assert doc.total == doc.net + sum(v for _, v in doc.vats) + doc.rounding, rid
        assert doc.due_amount == doc.total - sum(c for _, c in doc.ded), rid
        if doc.cur == "CHF":
            assert doc.total % 5 == 0, rid
        assert doc.due_amount >= 0, rid
        if e is None:
            assert r["kind"] == "none" and r["why_not"], rid
            # a receipt or a deposit's confirmation deducts what was received to nothing
            assert not doc.ded or doc.due_amount == 0, rid
            continue
        assert set(e) == set(mk.expected("x", 0, 0, D(2026, 1, 1), None, "x", "x", None, None, "nl")), rid
        assert e["amount_due_cents"] == doc.due_amount and e["amount_total_cents"] == doc.total, rid
        assert 0 <= e["amount_due_cents"] <= e["amount_total_cents"], rid
        assert e["credit_note"] == (e["amount_total_cents"] < 0), rid
        assert e["language"] == r["lang"], rid
        issue = datetime.date.fromisoformat(e["issue_date"])
        if e["due_date"]:
            assert datetime.date.fromisoformat(e["due_date"]) >= issue, rid
        to_line = [ln for ln in r["eml"].split("\n") if ln.startswith("To: ")][0]
        assert e["debtor_email"] in to_line and r["envelope"]["rcpt_to"] == [e["debtor_email"]], rid
        if e["iban"]:
            assert iban_valid(e["iban"]), rid
            per_sender.setdefault(r["envelope"]["mail_from"], set()).add(e["iban"])
        if e["payment_reference"]:
            assert ref_valid(e["payment_reference"]), rid
        assert e["business"] in (True, False, None), rid
        assert e["number"], rid
    assert all(len(v) == 1 for v in per_sender.values())


def main():
    check(RECORDS)
    out = []
    for r in RECORDS:
        out.append({k: v for k, v in r.items() if not k.startswith("_")})
    for r in out:
        json.loads(json.dumps(r))
    here = os.path.dirname(os.path.abspath(__file__))
    mk.write(os.path.join(here, "..", "heldout31.jsonl"), out)
    print("heldout31: %d records (%d invoices)" % (len(out), sum(r["is_invoice"] for r in out)))


if __name__ == "__main__":
    main()
