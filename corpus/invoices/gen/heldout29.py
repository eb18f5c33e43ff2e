"""heldout29: a realistic outbox, a second month — the billing mail one-person businesses and
small trades send in a month (freelancers, tradespeople, a therapist, a music teacher, a small
shop), mostly ordinary invoices as the cheap and free tools send them by default, some typed in
the mail, with the usual small twists; and the other mail such an address sends.

Written blind (see the README's "A twenty-ninth held-out set"). Run from the repo root:
    python3 corpus/invoices/gen/heldout29.py
It writes corpus/invoices/heldout29.jsonl, seeded, byte for byte the same on every run."""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261229
OUT = "corpus/invoices/heldout29.jsonl"
D = datetime.date


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


def half_up(x_num, x_den):
    """@x_num / @x_den rounded half up (both positive integers)."""
    return (2 * x_num + x_den) // (2 * x_den)


# ---------------------------------------------------------------- words per language
W = {
    "nl": dict(title="Factuur", number="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               cols=("Omschrijving", "Aantal", "Prijs", "Bedrag"), net="Subtotaal", vat="Btw %s%%",
               total="Totaal", deposit="Reeds betaald (aanbetaling)", due_amt="Te betalen",
               credit="Creditfactuur", noVAT="Totaal"),
    "be": dict(title="Factuur", number="Factuurnummer", date="Factuurdatum", due="Vervaldag",
               cols=("Omschrijving", "Aantal", "E.prijs", "Totaal"), net="Totaal excl. btw",
               vat="Btw %s%%", total="Totaal incl. btw", deposit="Voorschot betaald",
               due_amt="Te betalen", credit="Creditnota", noVAT="Totaal"),
    "en": dict(title="INVOICE", number="Invoice number", date="Invoice date", due="Due date",
               cols=("Description", "Qty", "Unit price", "Amount"), net="Subtotal", vat="VAT %s%%",
               total="Total", deposit="Less deposit paid", due_amt="Amount due",
               credit="CREDIT NOTE", noVAT="Total"),
    "de": dict(title="Rechnung", number="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               cols=("Beschreibung", "Menge", "Einzelpreis", "Gesamt"), net="Nettobetrag",
               vat="zzgl. USt. %s %%", total="Gesamtbetrag", deposit="abzgl. Anzahlung vom %s",
               due_amt="Zahlbetrag", credit="Rechnungskorrektur", noVAT="Gesamtbetrag"),
}

# tool: (sign-off line in the cover, whether the page prints a due date, title override)
TOOLS = {
    "moneybird": ("Deze factuur is verstuurd met Moneybird.", True),
    "exact": ("Dit bericht is verzonden met Exact Online.", True),
    "eboekhouden": ("", False),
    "snelstart": ("", True),
    "jortt": ("Verstuurd met Jortt", True),
    "wefact": ("", True),
    "informer": ("Verzonden via Informer Online Facturatie", True),
    "twinfield": ("", True),
    "teamleader": ("Verstuurd via Teamleader Focus", True),
    "odoo": ("", True),
    "sumup": ("Verzonden met SumUp Facturen", True),
    "word": ("", False),
    "libreoffice": ("", False),
    "xero": ("", True),
    "quickbooks": ("", True),
    "zoho": ("", True),
    "freeagent": ("Sent using FreeAgent", True),
    "sage": ("", True),
    "lexoffice": ("Diese Rechnung wurde mit lexoffice erstellt.", False),
    "sevdesk": ("", True),
    "billomat": ("", True),
    "bexio": ("Diese E-Mail wurde mit bexio versendet.", True),
    "typed": ("", False),
}


# what a Dutch tool writes under a mail it sends in English
SIGN_OFF_EN = {"moneybird": "This invoice was sent with Moneybird.", "jortt": "Sent with Jortt"}

# the tools whose default layout puts the letterhead right and the address window left
LETTERHEAD_RIGHT = {t: "right" for t in ("lexoffice", "sevdesk", "billomat", "exact", "sage", "snelstart")}


# ---------------------------------------------------------------- parties
class P:
    def __init__(self, name, lines, email, display=None):
        self.name, self.lines, self.email = name, lines, email
        self.display = display or name


def seller(name, street, city, email, country, extra=""):
    return dict(name=name, street=street, city=city, email=email, country=country, extra=extra)


# ---------------------------------------------------------------- documents
def lines_amounts(lines):
    """Each line (description, qty in hundredths, unit cents) with its amount, half up."""
    out = []
    for desc, q100, unit in lines:
        out.append((desc, q100, unit, half_up(q100 * unit, 100)))
    return out


def qty_str(q100, lang):
    if q100 % 100 == 0:
        return str(q100 // 100)
    s = "%d.%02d" % divmod(q100, 100)
    s = s.rstrip("0")
    return s if lang == "en" else s.replace(".", ",")


def compute(doc):
    rows = lines_amounts(doc["lines"])
    net = sum(r[3] for r in rows)
    vat = half_up(net * doc["rate10"], 1000) if doc["rate10"] else 0
    total = net + vat
    if doc.get("credit"):
        rows = [(d, q, -u, -a) for d, q, u, a in rows]
        net, vat, total = -net, -vat, -total
    due = total - doc.get("deposit", 0)
    return rows, net, vat, total, due


def rate_str(rate10, lang):
    s = "%d" % (rate10 // 10) if rate10 % 10 == 0 else "%d.%d" % divmod(rate10, 10)
    return s if lang == "en" else s.replace(".", ",")


def swiss(wl, cur):
    """The words of @wl, with the Swiss VAT's name when the document is in francs."""
    return dict(wl, vat="MWST %s %%") if cur == "CHF" else wl


def build_page(doc, s, debtor, lang, cur, wl, amounts, notes, layout, title, meta, cols=None):
    """One invoice-like page: letterhead, the address window, title, meta fields, lines and
    totals, notes and a foot. @layout 'left' puts the letterhead left and the window right."""
    rows, net, vat, total, due = amounts
    wl = swiss(wl, cur)
    pg = mk.Page()
    lx, wx = (56, 330) if layout == "left" else (330, 56)
    pg.text(lx, 60, s["name"], size=14, bold=True)
    pg.text(lx, 74, s["street"], size=8)
    pg.text(lx, 84, s["city"], size=8)
    pg.text(lx, 94, s["email"], size=8)
    y = 150
    for ln in debtor.lines:
        pg.text(wx, y, ln, size=10)
        y += 13
    pg.text(56, 245, title, size=16, bold=True)
    y = 268
    for lab, val in meta:
        pg.text(56, y, lab, size=9)
        pg.text(170, y, val, size=9)
        y += 13
    y += 20
    if not rows:  # a delivery note: what was delivered, in the notes, without prices
        for ln in notes:
            pg.text(56, y, ln, size=9)
            y += 13
        if s["extra"]:
            pg.text(56, 800, s["extra"], size=7)
        return pg
    c = cols or wl["cols"]
    pg.text(56, y, c[0], size=9, bold=True)
    for x, head in zip((399, 469, 539), c[1:]):
        if head:
            pg.right(x, y, head, size=9, bold=True)
    pg.rule(56, y + 5, 539, y + 5)
    y += 20
    m = lambda v: mk.money_in(cur, lang if lang != "be" else "nl", v)  # noqa: E731
    if cols:  # a list of documents: one amount a row
        y = pg.line_rows(y, [(d, "", "", m(a)) for d, q, u, a in rows])
    else:
        y = pg.line_rows(y, [(d, qty_str(q, lang), m(u), m(a)) for d, q, u, a in rows])
    totals = []
    if doc["rate10"]:
        totals.append((wl["net"], m(net), False))
        totals.append((wl["vat"] % rate_str(doc["rate10"], "en" if cur == "CHF" else lang), m(vat), False))
        totals.append((wl["total"], m(total), True))
    else:
        totals.append((wl["noVAT"], m(total), True))
    if doc.get("deposit"):
        lab = wl["deposit"] % doc["deposit_date"] if "%s" in wl["deposit"] else wl["deposit"]
        totals.append((lab, m(-doc["deposit"]), False))
        totals.append((wl["due_amt"], m(due), True))
    y = pg.totals_notes(y + 4, totals, notes, doc.get("iban_spaced", ""))
    if s["extra"]:
        pg.text(56, 800, s["extra"], size=7)
    return pg


def totals_rows(doc, lang, cur, wl, amounts):
    rows, net, vat, total, due = amounts
    wl = swiss(wl, cur)
    m = lambda v: mk.money_in(cur, lang if lang != "be" else "nl", v)  # noqa: E731
    out = []
    if doc["rate10"]:
        out += [(wl["net"], m(net)), (wl["vat"] % rate_str(doc["rate10"], "en" if cur == "CHF" else lang), m(vat)), (wl["total"], m(total))]
    else:
        out.append((wl["noVAT"], m(total)))
    if doc.get("deposit"):
        lab = wl["deposit"] % doc["deposit_date"] if "%s" in wl["deposit"] else wl["deposit"]
        out += [(lab, m(-doc["deposit"])), (wl["due_amt"], m(due))]
    return out, m


def typed(doc, s, debtor, lang, cur, wl, amounts, notes, title, meta):
    """The document as 'label: value' lines in a plain mail."""
    tr, m = totals_rows(doc, lang, cur, wl, amounts)
    out = ["%s" % title, ""] + ["%s: %s" % lv for lv in meta] + ["", "\n".join(debtor.lines), ""]
    out += ["%s  %s x %s  %s" % (d, qty_str(q, lang), m(u), m(a)) for d, q, u, a in amounts[0]]
    out += [""] + ["%s: %s" % lv for lv in tr] + [""] + notes + ["", s["name"], s["street"] + ", " + s["city"], s["extra"]]
    return "\n".join(out)


def html_doc(doc, s, debtor, lang, cur, wl, amounts, notes, title, meta, intro):
    """The document as the HTML mail of a tool that puts the invoice in the body."""
    tr, m = totals_rows(doc, lang, cur, wl, amounts)
    h = ["<html><body style=\"font-family:Arial,sans-serif\">"]
    if intro:
        h += ["<p>%s</p>" % p.replace("\n", "<br>") for p in intro.split("\n\n")]
    h.append("<h2>%s</h2><p>%s</p>" % (title, "<br>".join(debtor.lines)))
    h.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % lv for lv in meta) + "</table>")
    h.append("<table><tr>" + "".join("<th>%s</th>" % c for c in wl["cols"]) + "</tr>")
    h += ["<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (d, qty_str(q, lang), m(u), m(a)) for d, q, u, a in amounts[0]]
    h += ["<tr><td colspan=\"3\">%s</td><td>%s</td></tr>" % lv for lv in tr]
    h.append("</table>")
    h += ["<p>%s</p>" % n for n in notes]
    h.append("<p style=\"color:#777\">%s · %s, %s · %s</p></body></html>" % (s["name"], s["street"], s["city"], s["extra"]))
    return "\n".join(h)


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.records = []
        self.ibans = {}

    def iban_of(self, s):
        if s["email"] not in self.ibans:
            self.ibans[s["email"]] = mk.iban(self.rng, s["country"])
        return self.ibans[s["email"]]

    # -------------------------------------------------------- an invoice
    def invoice(self, tool, lang, s, debtor, business, number, issue, lines, rate10, cur="EUR",
                term=14, due_date=None, deposit=0, deposit_date="", credit=False, kind="pdf",
                cover=None, subject=None, reference=None, ref_label=None, notes_extra=(),
                title=None, layout="left", resent=False, second_page=None, note="", ogm=None,
                term_text=None, meta_extra=(), pdf_name=None):
        doc = dict(lines=lines, rate10=rate10, deposit=deposit, deposit_date=deposit_date, credit=credit)
        amounts = compute(doc)
        rows, net, vat, total, due = amounts
        ib = self.iban_of(s)
        doc["iban_spaced"] = mk.iban_spaced(ib)
        wl = W[lang]
        L = "nl" if lang == "be" else lang
        due_d = None if credit else (due_date or issue + mk.days(term))
        sign_off, prints_due = TOOLS[tool]
        if L == "en" and tool in SIGN_OFF_EN:
            sign_off = SIGN_OFF_EN[tool]
        dd = lambda d: mk.date_in(lang, d)  # noqa: E731
        num_label = {"en": "Credit note number", "de": "Korrektur-Nr."}.get(L, wl["number"]) if credit else wl["number"]
        meta = [(num_label, number), (wl["date"], dd(issue))]
        meta += list(meta_extra)
        if prints_due and due_d:
            meta.append((wl["due"], dd(due_d)))
        if ref_label and reference:
            meta.append((ref_label, reference))
        notes = []
        if not credit:
            if term_text:
                notes.append(term_text)
            elif L == "nl":
                if ogm:
                    notes.append("Gelieve %s te betalen op {iban} met mededeling %s." % (
                        mk.money_in(cur, "nl", due), ogm))
                else:
                    notes.append("Wij verzoeken u het bedrag binnen %d dagen over te maken op {iban}" % term)
                    notes.append("t.n.v. %s, o.v.v. het factuurnummer." % s["name"])
            elif L == "en":
                notes.append("Payment within %d days to %s, IBAN {iban}." % (term, s["name"]))
            else:
                notes.append("Bitte überweisen Sie den Betrag innerhalb von %d Tagen ohne Abzug" % term)
                notes.append("auf das Konto {iban} (%s)." % s["name"])
        else:  # a credit note prints the seller's bank account in its foot, as the tools do
            notes.append({"nl": "IBAN: {iban}", "en": "Bank details: IBAN {iban}", "de": "Bankverbindung: IBAN {iban}"}[L])
        notes += list(notes_extra)
        if ogm:
            reference = ogm
        doc_title = title or (wl["credit"] if credit else wl["title"])
        pages = None
        if kind == "pdf":
            layout = LETTERHEAD_RIGHT.get(tool, layout)
            pg = build_page(doc, s, debtor, lang, cur, wl, amounts, notes, layout, doc_title, meta)
            pages = [pg]
            if second_page:
                p2 = mk.Page()
                p2.text(56, 60, s["name"], size=9, bold=True)
                y = 90
                for ln in second_page:
                    p2.text(56, y, ln, size=9)
                    y += 13
                pages.append(p2)
        text = html = None
        if kind == "body-text":
            text = cover if cover is not None else typed(doc, s, debtor, lang, cur, wl, amounts, notes, doc_title, meta)
            cover = None
        if kind == "body-html":
            html = html_doc(doc, s, debtor, lang, cur, wl, amounts, notes, doc_title, meta, cover)
            cover = None
        to = '%s <%s>' % (enc(debtor.display), debtor.email)
        subj = subject or "%s %s" % (wl["title"].capitalize(), number)
        if sign_off and cover is not None:
            cover = cover + "\n\n--\n" + sign_off
        eml, k = mk.mail_in_kind(self.rng, s["email"], enc(s["name"]), to, enc(subj), issue if not resent else resent,
                                 cover=cover, pages=pages, html=html, text=text, iban=doc["iban_spaced"])
        assert k == kind
        e = mk.expected(number, due, total, issue, due_d, debtor.name, debtor.email, ib, business,
                        L, reference=reference, currency=cur, credit=credit)
        self.records.append(dict(tool=tool, lang=L, kind=kind, envelope={"mail_from": s["email"], "rcpt_to": [debtor.email]},
                                 eml=eml, pages=pages, pdf_filename=pdf_name or ("%s_%s.pdf" % (doc_title.split()[0].capitalize(), number.replace(" ", "_").replace("/", "-"))),
                                 expected=e, note=note, flemish=(lang == "be"), amounts=amounts, doc=doc, sent=resent or issue))

    # -------------------------------------------------------- not an invoice
    def other(self, tool, lang, s, debtor, subject, d, why, note, body, lines=None, rate10=0, cur="EUR",
              title=None, meta=(), notes=(), layout="left", deposit=0, pdf_name=None, cols=None):
        L = "nl" if lang == "be" else lang
        pages = None
        amounts = None
        doc = None
        if lines is not None:
            doc = dict(lines=lines, rate10=rate10, deposit=deposit, deposit_date="", credit=False,
                       iban_spaced=mk.iban_spaced(self.iban_of(s)))
            amounts = compute(doc)
            layout = LETTERHEAD_RIGHT.get(tool, layout)
            pages = [build_page(doc, s, debtor, lang, cur, W[lang], amounts, list(notes), layout, title, list(meta), cols)]
        to = '%s <%s>' % (enc(debtor.display), debtor.email)
        body = body.replace("{iban}", mk.iban_spaced(self.iban_of(s)))
        eml = mk.mail(self.rng, s["email"], enc(s["name"]), to, enc(subject), d, body_text=body, pdf=pages is not None)
        self.records.append(dict(tool=tool, lang=L, kind="none", envelope={"mail_from": s["email"], "rcpt_to": [debtor.email]},
                                 eml=eml, pages=pages, pdf_filename=pdf_name or "document.pdf", expected=None,
                                 why_not=why, note=note, flemish=(lang == "be"), amounts=amounts, doc=doc, sent=d))


# ---------------------------------------------------------------- the month's invoices
def invoices(g):
    rng = g.rng
    d = D
    # ---- Dutch (16) and Flemish (4)
    s = seller("Studio Lijnwerk", "Oudegracht 211", "3511 NL Utrecht", "hallo@studiolijnwerk.nl", "NL",
               "KvK 81234567 · btw NL004512876B01")
    g.invoice("moneybird", "nl", s, P("Bakkerij Van Dort B.V.", ["Bakkerij Van Dort B.V.", "t.a.v. Marieke van Dort", "Voorstraat 14", "3311 ER Dordrecht"],
              "administratie@bakkerijvandort.nl", "Marieke van Dort"), True, "2026-0187", d(2026, 11, 3),
              [("Ontwerp verpakking kerstkoek (2 varianten)", 100, 68000), ("Drukproef en correcties", 250, 7500)], 210,
              cover="Beste Marieke,\n\nHierbij ontvang je factuur 2026-0187 voor het ontwerp van de kerstverpakking.\nJe kunt de factuur ook online bekijken en betalen via de link in deze mail.\n\nMet vriendelijke groet,\nSanne Lijn\nStudio Lijnwerk",
              note="Moneybird default: cover, PDF with due date, o.v.v. factuurnummer.")
    s = seller("Loodgietersbedrijf R. Bosman", "Kerkweg 8", "7461 AB Rijssen", "info@bosmanloodgieter.nl", "NL",
               "KvK 60123987 · btw-id NL001987654B92")
    g.invoice("eboekhouden", "nl", s, P("P. Verbeek", ["Dhr. P. Verbeek", "Haarstraat 33", "7462 AK Rijssen"], "pverbeek@ziggo.nl", "P. Verbeek"),
              False, "F2026-112", d(2026, 11, 4),
              [("Vervangen mengkraan badkamer", 100, 14500), ("Arbeid (uur)", 150, 6200), ("Voorrijkosten", 100, 3500)], 210,
              cover="Geachte heer Verbeek,\n\nIn de bijlage vindt u factuur F2026-112.\n\nMet vriendelijke groet,\nRonald Bosman",
              subject="Factuur F2026-112 van Loodgietersbedrijf R. Bosman",
              note="e-Boekhouden: term only (14 dagen), no due date printed; private customer with Dhr.")
    s = seller("Vertaalbureau Anouk de Wit", "Lange Nieuwstraat 5", "2011 CK Haarlem", "anouk@dewitvertalingen.nl", "NL",
               "KvK 72004411 · btw NL002233445B66")
    g.invoice("jortt", "nl", s, P("Keulen Medical Devices B.V.", ["Keulen Medical Devices B.V.", "Afdeling Regulatory Affairs", "Postbus 2207", "5600 CE Eindhoven"],
              "crediteuren@keulenmedical.nl"), True, "DW-26-041", d(2026, 11, 5),
              [("Vertaling gebruiksaanwijzing EN-NL (4.210 woorden)", 421000, 11), ("Revisie en terminologielijst", 200, 4500)], 210, term=30,
              cover="Goedemiddag,\n\nBijgaand mijn factuur DW-26-041 voor de vertaling van de gebruiksaanwijzing (uw PO 4500-2291).\n\nGroet,\nAnouk de Wit",
              note="Jortt; a per-word line (4210 x 0,11); 30 days.")
    s = seller("Elektro Hendriks", "Industrieweg 12", "5731 HR Mierlo", "administratie@elektrohendriks.nl", "NL",
               "KvK 17065432 · BTW NL809912345B01")
    g.invoice("snelstart", "nl", s, P("Kapsalon Knip & Co", ["Kapsalon Knip & Co", "Dorpsstraat 7", "5731 JG Mierlo"], "info@knipenco.nl"), True,
              "20260318", d(2026, 11, 6),
              [("Aanleg groepenkast 8 groepen incl. aardlekschakelaars", 100, 89500), ("LED-spots salon", 1200, 3450), ("Arbeid", 900, 5800)], 210,
              deposit=60000, term=14,
              cover="Beste mevrouw Jansen,\n\nBijgaand de eindfactuur voor de elektra in de salon. De aanbetaling van € 600,00 is hierop in mindering gebracht.\n\nMet vriendelijke groet,\nTheo Hendriks",
              subject="Factuur 20260318",
              note="SnelStart: eindfactuur with the aanbetaling deducted.")
    s = seller("Hoveniersbedrijf De Groene Vinger", "Molenpad 3", "8081 PA Elburg", "degroenevinger@gmail.com", "NL",
               "KvK 88776655 · Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR)")
    g.invoice("word", "nl", s, P("Fam. Schuitemaker", ["Fam. Schuitemaker", "Beekstraat 19", "8081 EB Elburg"], "schuitemaker.elburg@hetnet.nl"), False,
              "2026-38", d(2026, 11, 9),
              [("Snoeien heg en vruchtbomen", 600, 3500), ("Afvoer groenafval (aanhanger)", 100, 4500)], 0,
              cover="Beste familie Schuitemaker,\n\nHierbij de rekening voor het snoeiwerk van afgelopen week. Fijn dat we het voor de winter nog konden doen!\n\nGroeten,\nJan-Willem Koster\nDe Groene Vinger",
              subject="Rekening snoeiwerk", term_text="Graag binnen 14 dagen overmaken op {iban} o.v.v. factuurnummer 2026-38.",
              pdf_name="Factuur 2026-38 Schuitemaker.pdf",
              note="Word template from a KOR gardener: no VAT, the exemption in the foot.")
    s = seller("Schildersbedrijf M. Yildiz", "Bloemstraat 40", "6811 EN Arnhem", "m.yildiz.schilder@outlook.com", "NL", "")
    g.invoice("typed", "nl", s, P("H. Kroon-Vermaas", ["Mevr. H. Kroon-Vermaas"], "h.kroon@kpnmail.nl", "H. Kroon"), False, "2026-021", d(2026, 11, 10),
              [("Arbeid", 2200, 4250), ("Verf en materiaal", 100, 9700)], 210, kind="body-text",
              cover="Geachte mevrouw Kroon-Vermaas,\n\nHierbij stuur ik u de factuur voor het schilderwerk aan de Jansbuitensingel.\n\nFactuurnummer: 2026-021\nFactuurdatum: 10-11-2026\nAan: Mevr. H. Kroon-Vermaas, Jansbuitensingel 12, 6811 AD Arnhem\n\nBuitenschilderwerk kozijnen en deuren\nArbeid 22 uur x € 42,50 = € 935,00\nVerf en materiaal € 97,00\nSubtotaal € 1.032,00\nBtw 21% € 216,72\n---\nTotaal € 1.248,72\n\nGraag binnen 14 dagen overmaken op {iban} t.n.v. M. Yildiz.\n\nMet vriendelijke groet,\nMehmet Yildiz\nSchildersbedrijf M. Yildiz\nKvK 91234001\nBtw NL005512399B88",
              note="Invoice typed in the mail body by a painter.")
    s = seller("Pixelpaard Webontwikkeling", "Zuiderhaven 2", "8861 CJ Harlingen", "facturen@pixelpaard.nl", "NL",
               "KvK 70112233 · btw NL003344556B12")
    g.invoice("wefact", "nl", s, P("Zeilmakerij Vlieland V.O.F.", ["Zeilmakerij Vlieland V.O.F.", "Havenweg 4", "8899 BB Vlieland"], "info@zeilmakerijvlieland.nl"),
              True, "F202600214", d(2026, 11, 2),
              [("Hosting en onderhoud WordPress, december 2026", 100, 3950), ("Domeinnaam zeilmakerijvlieland.nl (1 jaar)", 100, 1200),
               ("Aanpassing webshop verzendkosten (uur)", 150, 7500)], 210, kind="body-html",
              cover="Geachte heer, mevrouw,\n\nHieronder vindt u onze factuur F202600214. De PDF kunt u downloaden in het klantenpaneel.",
              note="WeFact HTML mail with the invoice as a table.")
    s = seller("Theeboetiek Het Blauwe Blik", "Markt 12", "4331 LK Middelburg", "winkel@hetblauweblik.nl", "NL",
               "KvK 22098765 · btw NL001122889B04")
    g.invoice("exact", "nl", s, P("Hotel De Schorre B.V.", ["Hotel De Schorre B.V.", "Crediteurenadministratie", "Boulevard 8", "4357 AA Domburg"],
              "facturen@hoteldeschorre.nl"), True, "26700093", d(2026, 11, 11),
              [("Losse thee Earl Grey 1 kg", 400, 2450), ("Losse thee Sencha 1 kg", 200, 3190), ("Theefilters (doos 100)", 1000, 385)], 90,
              term=30, reference="7000264912850031", ref_label="Betalingskenmerk",
              cover="Geachte relatie,\n\nIn de bijlage treft u factuur 26700093 aan.\n\nMet vriendelijke groet,\nHet Blauwe Blik",
              subject="Factuur 26700093 van Theeboetiek Het Blauwe Blik",
              note="Exact Online with a labelled betalingskenmerk; 9% VAT (food).")
    s = seller("Fotografie Lotte Brink", "Prins Hendrikkade 99", "1011 AB Amsterdam", "lotte@lottebrink.nl", "NL",
               "KvK 34556677 · btw NL001987123B33")
    g.invoice("informer", "nl", s, P("Stichting Buurtbalie Noord", ["Stichting Buurtbalie Noord", "t.a.v. de penningmeester", "Buikslotermeerplein 3", "1025 XL Amsterdam"],
              "penningmeester@buurtbalienoord.nl"), True, "2026-0066", d(2026, 11, 12),
              [("Fotoreportage jubileumavond (4 uur)", 400, 9500), ("Nabewerking 120 foto's", 100, 18000), ("Online galerij", 100, 2500)], 210,
              cover="Beste penningmeester,\n\nBijgevoegd de factuur voor de fotoreportage van de jubileumavond. Op pagina 2 staan de licentievoorwaarden.\n\nHartelijke groet,\nLotte Brink",
              second_page=["Licentievoorwaarden", "De foto's mogen door de Stichting worden gebruikt voor eigen communicatie.",
                           "Gebruik door derden alleen na schriftelijke toestemming.", "Pagina 2 van 2"],
              note="Informer; a second page with licence terms.")
    s = seller("Studio Lijnwerk", "Oudegracht 211", "3511 NL Utrecht", "hallo@studiolijnwerk.nl", "NL",
               "KvK 81234567 · btw NL004512876B01")
    g.invoice("moneybird", "nl", s, P("Bakkerij Van Dort B.V.", ["Bakkerij Van Dort B.V.", "t.a.v. Marieke van Dort", "Voorstraat 14", "3311 ER Dordrecht"],
              "administratie@bakkerijvandort.nl", "Marieke van Dort"), True, "2026-0194", d(2026, 11, 24),
              [("Creditering drukproef (dubbel gefactureerd op 2026-0187)", 250, 7500)], 210, credit=True,
              cover="Beste Marieke,\n\nJe had gelijk: de drukproef stond er dubbel op. Hierbij de creditfactuur 2026-0194.\n\nMet vriendelijke groet,\nSanne Lijn",
              subject="Creditfactuur 2026-0194",
              note="Moneybird credit note naming the invoice it corrects.")
    s = seller("Praktijk voor Psychotherapie E. Wolters", "Wilhelminapark 21", "5041 EB Tilburg", "praktijk@ewolters.nl", "NL",
               "KvK 50112299 · AGB 94012345 · Vrijgesteld van btw (art. 11 lid 1 sub g Wet OB)")
    g.invoice("jortt", "nl", s, P("A.M. de Bruijn", ["Mevr. A.M. de Bruijn", "Goirkestraat 120", "5046 GN Tilburg"], "amdebruijn@gmail.com", "Anne de Bruijn"),
              False, "EW-2026-311", d(2026, 11, 30),
              [("Sessie 4 november 2026", 100, 11500), ("Sessie 18 november 2026", 100, 11500)], 0,
              cover="Beste mevrouw De Bruijn,\n\nHierbij de nota voor de sessies in november.\n\nMet vriendelijke groet,\nEls Wolters",
              subject="Nota november", note="Jortt; a therapist's nota without VAT (medical exemption).")
    s = seller("Muziekles Noor Lammers", "Spoorstraat 18", "6701 AS Wageningen", "noor.lammers.muziek@gmail.com", "NL",
               "KvK 85551234 · geen btw (KOR)")
    g.invoice("libreoffice", "nl", s, P("Dhr. en mevr. Hoekstra", ["Dhr. en mevr. Hoekstra", "Churchillweg 45", "6706 AB Wageningen"], "hoekstra.fam@xs4all.nl"),
              False, "2026/47", d(2026, 11, 30),
              [("Pianoles Lieke, december (4 x 30 min)", 400, 2400)], 0,
              cover="Beste meneer en mevrouw Hoekstra,\n\nHierbij de factuur voor de pianolessen van Lieke in december.\n\nGroetjes,\nNoor",
              subject="Factuur pianoles december", term_text="Graag betalen vóór 15-12-2026 op {iban} t.n.v. N. Lammers.", due_date=d(2026, 12, 15),
              pdf_name="factuur 2026-47.pdf", note="LibreOffice template; couple with forms over a surname; due date in the note.")
    s = seller("Loodgietersbedrijf R. Bosman", "Kerkweg 8", "7461 AB Rijssen", "info@bosmanloodgieter.nl", "NL",
               "KvK 60123987 · btw-id NL001987654B92")
    g.invoice("eboekhouden", "nl", s, P("VvE Het Hofje", ["VvE Het Hofje", "p/a Beheer Twente", "Markt 2", "7461 CE Rijssen"], "vve.hethofje@beheertwente.nl"),
              True, "F2026-098", d(2026, 10, 22),
              [("Ontstoppen standleiding", 100, 18500), ("Camera-inspectie riool", 100, 12000)], 210, resent=d(2026, 11, 16),
              cover="Geachte heer Mulder,\n\nZoals telefonisch besproken hierbij nogmaals de factuur F2026-098 van 22 oktober.\n\nMet vriendelijke groet,\nRonald Bosman",
              subject="FW: Factuur F2026-098", note="Re-sent as discussed: the original's number and dates.")
    s = seller("Vertaalbureau Anouk de Wit", "Lange Nieuwstraat 5", "2011 CK Haarlem", "anouk@dewitvertalingen.nl", "NL",
               "KvK 72004411 · btw NL002233445B66")
    g.invoice("jortt", "nl", s, P("Lingua Vlaanderen BV", ["Lingua Vlaanderen BV", "Kouter 40", "9000 Gent", "België", "btw BE 0712.345.678"],
              "boekhouding@linguavlaanderen.be"), True, "DW-26-044", d(2026, 11, 20),
              [("Vertaling website EN-NL", 100, 64000)], 0, term=30,
              notes_extra=("Btw verlegd (art. 196 Btw-richtlijn).",),
              cover="Beste collega's,\n\nBijgaand factuur DW-26-044.\n\nGroet,\nAnouk", note="Reverse charge to a Belgian agency: 'btw verlegd'.")
    s = seller("Klusbedrijf Ouwehand", "Noordeinde 51", "2311 CB Leiden", "klus.ouwehand@gmail.com", "NL", "KvK 68771234 · btw NL003145678B55")
    g.invoice("typed", "nl", s, P("R. Lakerveld", ["Dhr. R. Lakerveld"], "r.lakerveld@casema.nl", "Rob Lakerveld"), False, "0412", d(2026, 11, 27),
              [("Laminaat leggen woonkamer (36 m²)", 3600, 1850), ("Plinten", 100, 12400)], 210, kind="body-text",
              cover="Hoi Rob,\n\nZoals beloofd de rekening voor het laminaat.\n\nFactuur 0412 – 27-11-2026\nAan: R. Lakerveld, Rapenburg 70, 2311 EZ Leiden\nLaminaat leggen woonkamer 36 m² à € 18,50: € 666,00\nPlinten leveren en plaatsen: € 124,00\nTotaal excl. btw: € 790,00\nBtw 21%: € 165,90\nTotaal: € 955,90\n\nBetalen binnen 8 dagen graag, op {iban} t.n.v. K. Ouwehand.\n\nGroet,\nKees Ouwehand\nKlusbedrijf Ouwehand", term=8,
              subject="rekening laminaat", note="Typed in the mail, first name greeting, 8 days.")
    s = seller("Coachpraktijk Veerkracht", "Stationsweg 2", "3811 CA Amersfoort", "info@coachingveerkracht.nl", "NL", "KvK 77665544 · btw NL004499887B12")
    g.invoice("moneybird", "nl", s, P("Gemeente Leusden", ["Gemeente Leusden", "t.a.v. afdeling HR, mw. S. Bakker", "Postbus 150", "3830 AD Leusden"],
              "facturen@leusden.nl"), True, "2026-0021", d(2026, 11, 18),
              [("Loopbaancoaching traject medewerker (6 sessies)", 600, 12500), ("Intake en eindverslag", 100, 15000)], 210, term=30,
              meta_extra=(("Uw inkoopnummer", "IO-26-1187"),),
              cover="Geachte mevrouw Bakker,\n\nHierbij ontvangt u factuur 2026-0021 voor het coachingstraject.\n\nMet vriendelijke groet,\nMireille Smits", note="Moneybird; a municipality's PO number in the meta.")
    # Flemish (4)
    s = seller("Codewerf BV", "Vaartstraat 17", "3000 Leuven", "facturatie@codewerf.be", "BE", "BTW BE 0789.123.456 · RPR Leuven")
    g.invoice("teamleader", "be", s, P("Brouwerij De Kroon CommV", ["Brouwerij De Kroon CommV", "Dorpsplein 3", "3080 Tervuren"], "boekhouding@brouwerijdekroon.be"),
              True, "2026/0133", d(2026, 11, 6), [("Ontwikkeling webshop module abonnementen", 1800, 8500), ("Hosting november", 100, 4500)], 210,
              term=30, ogm=mk.ogm_drawn(rng),
              cover="Beste,\n\nIn bijlage vindt u factuur 2026/0133.\n\nMet vriendelijke groeten,\nPieter Claes", note="Teamleader, structured communication.")
    s = seller("Elektriciteitswerken Van Acker", "Brugsesteenweg 220", "8500 Kortrijk", "info@vanacker-elektro.be", "BE", "BTW BE 0654.987.321")
    g.invoice("odoo", "be", s, P("Lieve Desmet", ["Mevrouw Lieve Desmet", "Kasteelstraat 9", "8510 Marke"], "lieve.desmet@telenet.be"), False,
              "INV/2026/00412", d(2026, 11, 13), [("Vervanging zekeringkast en keuring", 100, 98000), ("Verplaatsing", 100, 3500)], 60,
              term=15, ogm=mk.ogm_drawn(rng), notes_extra=("Btw 6% - woning ouder dan 10 jaar, verklaring klant.",),
              cover="Beste Lieve Desmet,\n\nHier is uw factuur INV/2026/00412 voor een bedrag van € 1.075,90.\n\nGelieve ons te contacteren als u vragen heeft.\n\nVan Acker Elektro", note="Odoo default mail; 6% renovation VAT; OGM.")
    s = seller("Schilderwerken Tom Verhaeghe", "Leiestraat 66", "9800 Deinze", "tom@verhaeghe-schilder.be", "BE", "BTW BE 0723.456.890")
    g.invoice("word", "be", s, P("Tandartspraktijk Deinze BV", ["Tandartspraktijk Deinze BV", "t.a.v. Dr. K. Vermeulen", "Markt 5", "9800 Deinze"], "admin@tandartsdeinze.be"),
              True, "F26-071", d(2026, 11, 17), [("Schilderen wachtzaal en gang", 100, 214000)], 210,
              due_date=mk.month_end(d(2026, 11, 17) + mk.days(30)), term_text="Betaling: 30 dagen einde maand op {iban}.",
              cover="Dag dokter,\n\nIn bijlage de factuur voor het schilderwerk.\n\nMvg,\nTom Verhaeghe", note="Word template, '30 dagen einde maand' Belgian count.")
    s = seller("Fotostudio Elke Maes", "Groenplaats 11", "2000 Antwerpen", "elke@fotostudiomaes.be", "BE", "Niet btw-plichtig - vrijstellingsregeling kleine ondernemingen")
    g.invoice("sumup", "be", s, P("Jonas Peeters", ["Jonas Peeters", "Kloosterstraat 80", "2000 Antwerpen"], "jonas.peeters@skynet.be"), False,
              "2026-0029", d(2026, 11, 26), [("Gezinsshoot in de studio", 100, 17500), ("Fotoboek A4", 100, 6500)], 0, term=14,
              cover="Hallo Jonas,\n\nDank voor jullie bezoek! Hierbij de factuur.\n\nElke", note="SumUp invoice; small business exemption, no VAT.")


    # ---- English (UK 8, IE 5, NL 2)
    s = seller("Hollis Design Studio", "14 Cathedral Road", "Cardiff CF11 9LJ", "accounts@hollisdesign.co.uk", "GB", "VAT Reg. No. GB 318 4477 21")
    g.invoice("xero", "en", s, P("Penarth Pantry Ltd", ["Penarth Pantry Ltd", "Attn: Gareth Price", "3 Windsor Road", "Penarth CF64 1JE"], "gareth@penarthpantry.co.uk", "Gareth Price"),
              True, "INV-0412", d(2026, 11, 3), [("Menu redesign and print files", 100, 48000), ("Logo refresh", 100, 32000)], 200, cur="GBP", term=30,
              ref_label="Reference", reference=None,
              cover="Hi Gareth,\n\nHere's invoice INV-0412 for £960.00.\n\nThe amount outstanding of £960.00 is due on 3 Dec 2026.\n\nView and pay your bill online: https://in.xero.com/abc123\n\nIf you have any questions, please let us know.\n\nThanks,\nHollis Design Studio",
              note="Xero default cover.")
    s = seller("A. Kowalczyk Plumbing & Heating", "22 Mill Lane", "Leeds LS12 4HT", "adam@akplumbing.co.uk", "GB", "Gas Safe 554123 · Not VAT registered")
    g.invoice("quickbooks", "en", s, P("Mr and Mrs Whitfield", ["Mr and Mrs Whitfield", "9 Beech Grove", "Leeds LS6 2BN"], "whitfields@btinternet.com"), False,
              "1047", d(2026, 11, 5), [("Boiler service", 100, 8500), ("Replace radiator valve x2", 200, 3200)], 0, cur="GBP", term=7,
              cover="Dear Mr and Mrs Whitfield,\n\nYour invoice is attached. Please remit payment at your earliest convenience.\n\nThank you for your business - we appreciate it very much.\n\nSincerely,\nA. Kowalczyk Plumbing & Heating",
              subject="Invoice 1047 from A. Kowalczyk Plumbing & Heating", note="QuickBooks default; not VAT registered; couple over a surname.")
    s = seller("Fernleaf Software", "Unit 4, 18 Gloucester Road", "Bristol BS7 8AE", "billing@fernleaf.dev", "GB", "Fernleaf Software Ltd · Company no. 11223344 · VAT GB 287 1122 90")
    g.invoice("freeagent", "en", s, P("Brightwater Housing Association", ["Brightwater Housing Association", "Finance Team", "1 Temple Quay", "Bristol BS1 6DZ"], "invoices@brightwaterha.org.uk"),
              True, "FS-0088", d(2026, 11, 9), [("Tenant portal maintenance, November (days)", 450, 52000)], 200, cur="GBP", term=30,
              meta_extra=(("PO number", "PO-77120"),),
              cover="Hi,\n\nPlease find attached invoice FS-0088 for £2,808.00.\n\nBest wishes,\nEmily Carter", note="FreeAgent; PO number in the meta; days as quantity.")
    s = seller("Sparkright Electrical", "7 Station Parade", "Harrogate HG1 1TT", "office@sparkright.co.uk", "GB", "VAT No. GB 402 8811 63 · NICEIC approved")
    g.invoice("sage", "en", s, P("The Old Granary Cafe", ["The Old Granary Cafe", "12 Market Place", "Knaresborough HG5 8AG"], "hello@oldgranarycafe.co.uk"), True,
              "SI-2093", d(2026, 11, 12), [("Kitchen rewire incl. materials", 100, 265000), ("EICR certificate", 100, 18000)], 200, cur="GBP", term=14,
              deposit=80000,
              cover="Dear Sir/Madam,\n\nPlease find attached our invoice SI-2093. The deposit of £800.00 paid on 20 October has been deducted.\n\nKind regards,\nSparkright Electrical", note="Sage; deposit deducted.")
    s = seller("Wren & Willow Gardens", "Rose Cottage, Church Street", "Ludlow SY8 1AP", "wrenandwillow@gmail.com", "GB", "")
    g.invoice("typed", "en", s, P("J. Harrington", ["Mrs J. Harrington"], "jane.harrington@gmail.com", "Jane Harrington"), False, "WW-118", d(2026, 11, 14),
              [("Autumn tidy", 100, 21000)], 0, cur="GBP", kind="body-text", term=14,
              cover="Dear Mrs Harrington,\n\nThank you for having us this week. Invoice WW-118 (14 November 2026)\nTo: Mrs J. Harrington, 4 Broad Street, Ludlow SY8 1NG\n\nAutumn tidy, leaf clearance and bulb planting - £210.00\n\nTotal due: £210.00\n\nPlease pay by bank transfer within 14 days: Wren & Willow Gardens, IBAN {iban} (sort code 20-45-77, account 53017788).\n\nBest wishes,\nHolly Wren",
              note="Typed in the mail; not VAT registered.")
    s = seller("Clare Munro Counselling", "41 Albany Street", "Edinburgh EH1 3QY", "clare@claremunrocounselling.co.uk", "GB", "BACP registered · Counselling services exempt from VAT")
    g.invoice("word", "en", s, P("Thomas Reid", ["Thomas Reid", "5/2 Leith Walk", "Edinburgh EH6 8RA"], "t.reid88@hotmail.co.uk"), False, "CM/26/139", d(2026, 11, 28),
              [("Counselling session 50 min", 400, 6000)], 0, cur="GBP", term=14,
              term_text="Payment within 14 days by bank transfer to IBAN {iban}.", cover="Hi Thomas,\n\nAttached is your invoice for November's sessions.\n\nWarm regards,\nClare",
              subject="Invoice - November sessions", note="Word template, VAT exempt counselling.")
    s = seller("Ana Ribeiro Translations", "Flat 3, 88 Mare Street", "London E8 4RT", "ana@ribeirotranslations.co.uk", "GB", "Not VAT registered")
    g.invoice("zoho", "en", s, P("Kestrel Legal LLP", ["Kestrel Legal LLP", "Accounts Payable", "30 Fleet Street", "London EC4Y 1AA"], "ap@kestrellegal.co.uk"), True,
              "CN-00007", d(2026, 11, 19), [("Credit for cancelled certified translation (ref INV-000231)", 100, 14500)], 0, cur="GBP", credit=True,
              cover="Dear Accounts Payable,\n\nThank you for your business. Please find attached credit note CN-00007 for £145.00.\n\nRegards,\nAna Ribeiro",
              subject="Credit Note - CN-00007 from Ana Ribeiro Translations", note="Zoho credit note.")
    s = seller("North Star Coaching", "2 Quayside", "Newcastle upon Tyne NE1 3DX", "hello@northstarcoaching.co.uk", "GB", "VAT Reg GB 390 1276 54")
    g.invoice("xero", "en", s, P("Tyne Valley Dental Practice", ["Tyne Valley Dental Practice", "Practice Manager", "Main Street", "Hexham NE46 1XX"], "manager@tynevalleydental.co.uk"),
              True, "INV-0233", d(2026, 10, 30), [("Team workshop, half day", 100, 65000)], 200, cur="GBP", term=30, resent=d(2026, 11, 20),
              cover="Hi Louise,\n\nAs discussed on the phone, here's invoice INV-0233 again - it seems the first one went to an old address.\n\nThanks,\nRachel",
              subject="Invoice INV-0233 from North Star Coaching (as discussed)", note="Re-sent as discussed: original number and dates.")
    s = seller("Aoife Brennan Photography", "Unit 2, Mill Yard", "Kilkenny R95 X2E4", "aoife@aoifebrennan.ie", "IE", "VAT IE 3456789TH")
    g.invoice("sage", "en", s, P("Nore Valley Hotel Ltd", ["Nore Valley Hotel Ltd", "Attn: Sales Office", "John Street", "Kilkenny R95 KX82"], "accounts@norevalleyhotel.ie"), True,
              "AB-2026-061", d(2026, 11, 4), [("Wedding brochure shoot", 100, 95000), ("Licence for web use", 100, 15000)], 230, term=30,
              cover="Hi,\n\nPlease see attached invoice AB-2026-061.\n\nThanks a million,\nAoife", note="Sage IE, 23% VAT.")
    s = seller("Declan Fahy Painting & Decorating", "14 Oak Park", "Galway H91 E2P4", "declanfahypainting@gmail.com", "IE", "VAT IE 9876543K")
    g.invoice("quickbooks", "en", s, P("Siobhan Keane", ["Siobhan Keane", "7 Sea Road", "Salthill, Galway H91 T6C3"], "siobhan.keane@eircom.net"), False,
              "1158", d(2026, 11, 10), [("Paint hall, stairs and landing", 100, 140000)], 135, term=14,
              cover="Dear Siobhan Keane,\n\nYour invoice is attached. Please remit payment at your earliest convenience.\n\nThank you for your business - we appreciate it very much.\n\nSincerely,\nDeclan Fahy Painting & Decorating", note="QuickBooks IE, 13.5%.")
    s = seller("Niamh O'Connor Music", "3 Chapel Lane", "Cork T12 AB34", "niamhoconnormusic@gmail.com", "IE", "")
    g.invoice("xero", "en", s, P("Ciara Walsh", ["Ciara Walsh", "22 Douglas Road", "Cork T12 X7K9"], "ciara.walsh@gmail.com"), False, "INV-0095", d(2026, 11, 30),
              [("Violin lessons for Sean, December (4 x 45 min)", 400, 3000)], 0, term=7,
              cover="Hi Ciara,\n\nHere's invoice INV-0095 for €120.00.\n\nThe amount outstanding of €120.00 is due on 7 Dec 2026.\n\nThanks,\nNiamh", note="Xero IE, no VAT; the parent billed.")
    s = seller("Ballymore Wholesale Crafts", "Unit 9 Enterprise Centre", "Athlone N37 W2K8", "sales@ballymorecrafts.ie", "IE", "VAT IE 6612345W")
    g.invoice("zoho", "en", s, P("The Gift Loft Ltd", ["The Gift Loft Ltd", "Main Street", "Westport F28 Y6N2"], "orders@thegiftloft.ie"), True,
              "INV-001204", d(2026, 11, 16),
              [("Hand-thrown mug, blue glaze", 4800, 950), ("Candle, beeswax", 3600, 700), ("Linen tea towel", 2400, 850), ("Carriage", 100, 2500)], 230, term=30,
              second_page=["Terms & Conditions", "Goods remain our property until paid in full.", "Claims for breakage within 5 days of delivery.", "Page 2 of 2"],
              cover="Dear Customer,\n\nThank you for your business. Your invoice INV-001204 can be viewed, printed and downloaded as PDF from the attachment.\n\nRegards,\nBallymore Wholesale Crafts",
              subject="Invoice - INV-001204 from Ballymore Wholesale Crafts", note="Zoho, a small shop billing a shop; terms on page 2.")
    s = seller("Eoin Gallagher Electrical", "Ballinteer Road", "Dublin 16 D16 HK22", "eoin@gallagherelectrical.ie", "IE", "VAT IE 2234567P · RECI registered")
    g.invoice("word", "en", s, P("Corrib Build Contractors Ltd", ["Corrib Build Contractors Ltd", "Parkwest Business Park", "Dublin 12 D12 E4W9"], "payables@corribbuild.ie"), True,
              "EG-0317", d(2026, 11, 21), [("First fix electrics, 4 units at Sandyford site", 400, 180000)], 0, term=30,
              notes_extra=("VAT on this supply to be accounted for by the principal contractor (RCT reverse charge).",),
              cover="Hi Niall,\n\nInvoice attached for the first fix at Sandyford.\n\nEoin", note="Irish RCT reverse charge, no VAT on the page.")
    s = seller("Jasper Vos Development", "Weteringschans 120", "1017 XT Amsterdam", "jasper@jaspervos.dev", "NL", "CoC 81122334 · VAT NL003499001B77")
    g.invoice("moneybird", "en", s, P("Fjordline Analytics AB", ["Fjordline Analytics AB", "Sveavägen 44", "111 34 Stockholm", "Sweden", "VAT SE556677889901"], "invoices@fjordline.se"),
              True, "2026-0077", d(2026, 11, 25), [("Backend development November (hours)", 6200, 9500)], 0, term=30,
              notes_extra=("VAT reverse charged (Art. 196 VAT Directive).",),
              cover="Hi,\n\nPlease find attached invoice 2026-0077.\n\nKind regards,\nJasper Vos", note="Moneybird in English to a Swedish client; reverse charge.")
    s = seller("Mila Hartog Illustration", "Vismarkt 8", "9712 CB Groningen", "studio@milahartog.nl", "NL", "CoC 79001122 · small business scheme (KOR): no VAT charged")
    g.invoice("jortt", "en", s, P("Little Owl Press Ltd", ["Little Owl Press Ltd", "FAO Editorial", "5 Pound Lane", "Oxford OX1 2AB", "United Kingdom"], "editorial@littleowlpress.co.uk"),
              True, "MH-2026-019", d(2026, 11, 26), [("Cover illustration 'The Winter Hare'", 100, 120000)], 0, term=30,
              cover="Dear all,\n\nAttached is my invoice for the cover illustration. Lovely working with you!\n\nMila", note="Jortt in English from a KOR freelancer, EUR to a UK client.")

    # ---- German (DE 8, AT 4, CH 3)
    s = seller("Grafikbüro Kranich", "Hafenstraße 9", "48153 Münster", "post@grafikbuero-kranich.de", "DE", "St.-Nr. 337/5012/4411 · USt-IdNr. DE312457788")
    g.invoice("lexoffice", "de", s, P("Rösterei Feldkamp GmbH", ["Rösterei Feldkamp GmbH", "z. Hd. Herrn Jens Feldkamp", "Ludgeristraße 60", "48143 Münster"], "buchhaltung@roesterei-feldkamp.de", "Jens Feldkamp"),
              True, "RE-1093", d(2026, 11, 2), [("Etikettengestaltung Wintermischung", 100, 54000), ("Reinzeichnung 3 Sorten", 300, 9000)], 190, term=14,
              cover="Sehr geehrter Herr Feldkamp,\n\nanbei erhalten Sie unsere Rechnung RE-1093.\n\nMit freundlichen Grüßen\nKatrin Kranich", note="lexoffice default: term only, no due date printed.")
    s = seller("Sanitär Özdemir", "Bahnhofstraße 31", "72764 Reutlingen", "info@sanitaer-oezdemir.de", "DE", "USt-IdNr. DE298811223 · Meisterbetrieb")
    g.invoice("sevdesk", "de", s, P("Markus Engel", ["Herrn", "Markus Engel", "Gartenstraße 4", "72762 Reutlingen"], "m.engel@web.de", "Markus Engel"),
              False, "RE-2026-0412", d(2026, 11, 4), [("Austausch WC-Spülkasten", 100, 21500), ("Arbeitszeit (Std.)", 200, 6800), ("Anfahrt", 100, 3900)], 190, term=10,
              notes_extra=("Lohnanteil: 175,00 € netto (§ 35a EStG).",),
              cover="Sehr geehrter Herr Engel,\n\nim Anhang finden Sie die Rechnung RE-2026-0412.\n\nMit freundlichen Grüßen\nSanitär Özdemir", note="sevDesk; Herrn on its own line; a 35a labour share.")
    s = seller("Übersetzungen Dr. Lena Haas", "Schillerplatz 2", "01309 Dresden", "kontakt@haas-uebersetzungen.de", "DE", "USt-IdNr. DE301122334")
    g.invoice("billomat", "de", s, P("Elbtal Maschinenbau GmbH", ["Elbtal Maschinenbau GmbH", "Einkauf", "Industriestraße 80", "01129 Dresden"], "rechnungseingang@elbtal-mb.de"),
              True, "RE100231", d(2026, 11, 9), [("Fachübersetzung DE-EN Betriebsanleitung (Normzeilen)", 31000, 165), ("Eilzuschlag 25 %", 100, 12788)], 190, term=30,
              meta_extra=(("Ihre Bestellnummer", "4502-88713"),),
              cover="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE100231.\n\nMit freundlichen Grüßen\nLena Haas", note="Billomat; lines per Normzeile and a surcharge.")
    s = seller("Naturheilpraxis Sabine Wendt", "Lindenallee 7", "24103 Kiel", "praxis@naturheilpraxis-wendt.de", "DE", "Heilpraktikerin · umsatzsteuerfrei nach § 4 Nr. 14 UStG")
    g.invoice("word", "de", s, P("Ines Thamm", ["Frau", "Ines Thamm", "Holtenauer Str. 155", "24105 Kiel"], "ines.thamm@gmx.de", "Ines Thamm"),
              False, "2026-114", d(2026, 11, 11), [("Ziffer 1 GebüH Erstanamnese", 100, 4500), ("Ziffer 25.4 Akupunktur", 300, 3800)], 0, term=14,
              title="Rechnung",
              cover="Liebe Frau Thamm,\n\nanbei Ihre Rechnung für die Behandlungen im Oktober und November.\n\nHerzliche Grüße\nSabine Wendt", note="Word template; a Heilpraktikerin's GebüH invoice without VAT.")
    s = seller("Klavierunterricht Jonas Reuter", "Mühlweg 12", "35037 Marburg", "jonas.reuter.klavier@posteo.de", "DE", "")
    g.invoice("typed", "de", s, P("Familie Brandt", ["Familie Brandt"], "brandt.marburg@t-online.de"), False, "17/2026", d(2026, 11, 30),
              [("Klavierunterricht Emil, Dezember (4 x 45 Min.)", 400, 3200)], 0, kind="body-text", term=14,
              cover="Liebe Familie Brandt,\n\nhier die Rechnung für den Dezember:\n\nRechnung Nr. 17/2026 vom 30.11.2026\nKlavierunterricht Emil, 4 x 45 Min. à 32,00 €\nGesamt: 128,00 €\n\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\nBitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN {iban} (Jonas Reuter).\n\nViele Grüße\nJonas Reuter",
              note="Typed in the mail by a Kleinunternehmer; Familie with a surname.")
    s = seller("Elektro Lindner", "Am Anger 3", "99084 Erfurt", "buero@elektro-lindner.de", "DE", "USt-IdNr. DE287766554 · HRA 501234 Amtsgericht Jena")
    g.invoice("lexoffice", "de", s, P("Zahnarztpraxis Dr. Weiß", ["Zahnarztpraxis Dr. Weiß", "Anger 44", "99084 Erfurt"], "praxis@zahnarzt-weiss-erfurt.de"),
              True, "RE-2026-1187", d(2026, 11, 13), [("Elektroinstallation Praxisumbau lt. Angebot AN-2026-310", 100, 742000)], 190, term=14,
              deposit=300000, deposit_date="01.10.2026",
              cover="Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung RE-2026-1187. Die Abschlagszahlung ist berücksichtigt.\n\nMit freundlichen Grüßen\nElektro Lindner",
              subject="Schlussrechnung RE-2026-1187", title="Schlussrechnung", note="lexoffice Schlussrechnung with one Abschlag deducted.")
    s = seller("Gartenpflege Hoffmann", "Feldweg 2", "30900 Wedemark", "gartenpflege.hoffmann@gmail.com", "DE", "USt-IdNr. DE319988776")
    g.invoice("sevdesk", "de", s, P("Dr. Petra Lohmann", ["Frau Dr. Petra Lohmann", "Am Walde 17", "30900 Wedemark"], "p.lohmann@gmx.net", "Petra Lohmann"),
              False, "RE-0388", d(2026, 11, 18), [("Herbstschnitt Hecke (Std.)", 500, 4200), ("Grünschnittentsorgung", 100, 6000)], 190, term=14,
              reference="RE-0388 Lohmann", ref_label="Verwendungszweck",
              cover="Sehr geehrte Frau Dr. Lohmann,\n\nim Anhang finden Sie die Rechnung RE-0388.\n\nMit freundlichen Grüßen\nUwe Hoffmann", note="sevDesk; a labelled Verwendungszweck.")
    s = seller("Fotografie Nils Bauer", "Schanzenstraße 50", "20357 Hamburg", "hallo@nilsbauer-foto.de", "DE", "USt-IdNr. DE333445566")
    g.invoice("billomat", "de", s, P("Agentur Leuchtturm GmbH", ["Agentur Leuchtturm GmbH", "Stresemannstraße 29", "22769 Hamburg"], "rechnungen@agentur-leuchtturm.de"),
              True, "KR100017", d(2026, 11, 23), [("Korrektur: Nutzungsrecht Print entfällt (zu RE100204)", 100, 35000)], 190, credit=True,
              cover="Sehr geehrte Damen und Herren,\n\nanbei die Rechnungskorrektur KR100017 zur Rechnung RE100204.\n\nMit freundlichen Grüßen\nNils Bauer",
              subject="Rechnungskorrektur KR100017", note="Billomat Rechnungskorrektur (credit note) naming the invoice.")
    s = seller("Coaching Maria Gruber", "Mariahilfer Straße 101/12", "1060 Wien", "office@coaching-gruber.at", "AT", "UID ATU71234567")
    g.invoice("billomat", "de", s, P("Bäckerei Stadler GmbH", ["Bäckerei Stadler GmbH", "z. H. Frau Eva Stadler", "Hauptplatz 3", "3100 St. Pölten"], "buchhaltung@baeckerei-stadler.at", "Eva Stadler"),
              True, "RE-2026-077", d(2026, 11, 5), [("Führungskräfte-Coaching (Einheiten à 90 Min.)", 500, 18000)], 200, term=14,
              cover="Sehr geehrte Frau Stadler,\n\nim Anhang übermittle ich die Rechnung RE-2026-077.\n\nFreundliche Grüße\nMaria Gruber", note="Austrian coach, 20% USt.")
    s = seller("Malermeister Pichler", "Salzburger Straße 15", "4020 Linz", "pichler.maler@aon.at", "AT", "UID ATU65432109 · FN 234567a")
    g.invoice("sevdesk", "de", s, P("Florian Steiner", ["Herrn", "Florian Steiner", "Dornacher Straße 8", "4040 Linz"], "florian.steiner@gmx.at", "Florian Steiner"),
              False, "RE-1208", d(2026, 11, 12), [("Malerarbeiten Wohnzimmer und Flur (m²)", 8600, 950), ("Abdeckmaterial", 100, 4500)], 200, term=14,
              cover="Sehr geehrter Herr Steiner,\n\nanbei die Rechnung RE-1208.\n\nMit freundlichen Grüßen\nMalermeister Pichler", note="sevDesk, Austrian painter.")
    s = seller("Softwareentwicklung DI Thomas Wallner", "Herrengasse 28", "8010 Graz", "thomas@wallner-dev.at", "AT", "Umsatzsteuerbefreit - Kleinunternehmer gem. § 6 Abs. 1 Z 27 UStG")
    g.invoice("word", "de", s, P("Weingut Kollerhof OG", ["Weingut Kollerhof OG", "Kollerweg 4", "8461 Ehrenhausen"], "office@kollerhof.at"), True,
              "2026-09", d(2026, 11, 19), [("Anpassung Online-Shop (Stunden)", 1450, 7000)], 0, term=30,
              cover="Sehr geehrte Familie Koller,\n\nanbei meine Rechnung für die Anpassungen am Shop.\n\nBeste Grüße\nThomas Wallner", note="Austrian Kleinunternehmer, no USt.")
    s = seller("Übersetzungsbüro Anna Moser", "Maria-Theresien-Straße 18", "6020 Innsbruck", "anna@moser-translations.at", "AT", "UID ATU77889900")
    g.invoice("lexoffice", "de", s, P("Tiroler Bergbahnen Marketing GmbH", ["Tiroler Bergbahnen Marketing GmbH", "Buchhaltung", "Rennweg 1", "6020 Innsbruck"], "rechnungen@tbb-marketing.at"),
              True, "RE-2026-0155", d(2026, 11, 27), [("Übersetzung Winterprospekt DE-IT", 100, 86000)], 200, term=14,
              cover="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE-2026-0155.\n\nMit freundlichen Grüßen\nAnna Moser", note="lexoffice from Austria.")
    s = seller("Atelier Rüegg Grafik", "Bahnhofstrasse 12", "8400 Winterthur", "info@atelier-rueegg.ch", "CH", "MWST CHE-123.456.789")
    scor = mk.rf("2026%06d" % rng.randrange(10 ** 5, 10 ** 6))
    g.invoice("bexio", "de", s, P("Velowerkstatt Töss GmbH", ["Velowerkstatt Töss GmbH", "Zürcherstrasse 90", "8406 Winterthur"], "buchhaltung@velo-toess.ch"),
              True, "RE-00412", d(2026, 11, 6), [("Flyer und Plakat Frühlingsaktion", 100, 120000), ("Druckvorbereitung", 200, 9500)], 81, cur="CHF", term=30,
              reference=scor, ref_label="Referenz", notes_extra=("Zahlbar mit dem QR-Einzahlungsschein (Referenz " + mk.iban_spaced(scor) + ").",),
              cover="Guten Tag\n\nIm Anhang finden Sie die Rechnung RE-00412.\n\nFreundliche Grüsse\nDaniel Rüegg", note="bexio, CHF, 8.1% MWST and a creditor reference (SCOR) on the QR-bill.")
    s = seller("Sanitär Gisler AG", "Dorfstrasse 5", "6460 Altdorf", "info@sanitaer-gisler.ch", "CH", "MWST CHE-234.567.890")
    g.invoice("bexio", "de", s, P("Beat Arnold", ["Herr", "Beat Arnold", "Gotthardstrasse 22", "6460 Altdorf"], "beat.arnold@bluewin.ch", "Beat Arnold"),
              False, "RE-02291", d(2026, 11, 16), [("Entkalkung Boiler", 100, 28000), ("Dichtungen", 100, 3500)], 81, cur="CHF", term=30,
              cover="Grüezi Herr Arnold\n\nIm Anhang finden Sie die Rechnung RE-02291.\n\nFreundliche Grüsse\nSanitär Gisler AG", note="bexio, a private customer in CHF.")
    s = seller("Gesangsunterricht Lea Baumann", "Rosenweg 4", "3007 Bern", "lea.baumann.gesang@bluewin.ch", "CH", "Nicht mehrwertsteuerpflichtig")
    g.invoice("word", "de", s, P("Simone Kunz", ["Frau", "Simone Kunz", "Wylerstrasse 19", "3014 Bern"], "simone.kunz@gmx.ch"), False,
              "2026-31", d(2026, 11, 29), [("Gesangsstunden Dezember (à 60 Min.)", 300, 9000)], 0, cur="CHF", term=30,
              cover="Liebe Simone\n\nAnbei die Rechnung für die Stunden im Dezember.\n\nLiebe Grüsse\nLea", note="Word template from Bern, no MWST, CHF.")



# ---------------------------------------------------------------- the month's other mail
def others(g):
    d = D
    # ---- Dutch (7) and Flemish (2)
    s = seller("Studio Lijnwerk", "Oudegracht 211", "3511 NL Utrecht", "hallo@studiolijnwerk.nl", "NL", "KvK 81234567 · btw NL004512876B01")
    g.other("moneybird", "nl", s, P("Brouwerij Stadsgracht", ["Brouwerij Stadsgracht", "t.a.v. Joost Hermans", "Lauwerhof 3", "3512 VH Utrecht"], "joost@brouwerijstadsgracht.nl", "Joost Hermans"),
            "Offerte 2026-O-031 - etiketten winterbier", d(2026, 11, 10), "A quote (offerte) valid for 30 days; nothing is owed until it is accepted.",
            "Moneybird offerte with totals and a sign-online link.",
            "Beste Joost,\n\nZoals besproken hierbij de offerte voor de etiketten van het winterbier. Je kunt de offerte online accepteren.\n\nMet vriendelijke groet,\nSanne Lijn\n\n--\nDeze offerte is verstuurd met Moneybird.",
            lines=[("Ontwerp etiket winterbier", 100, 55000), ("Aanpassing 3 varianten", 300, 9000)], rate10=210, title="Offerte",
            meta=(("Offertenummer", "2026-O-031"), ("Offertedatum", "10-11-2026"), ("Geldig tot", "10-12-2026")),
            notes=("Deze offerte is 30 dagen geldig.",), pdf_name="Offerte 2026-O-031.pdf")
    s = seller("Loodgietersbedrijf R. Bosman", "Kerkweg 8", "7461 AB Rijssen", "info@bosmanloodgieter.nl", "NL", "")
    g.other("typed", "nl", s, P("W. ter Horst", ["W. ter Horst"], "wterhorst@planet.nl", "W. ter Horst"), "Herinnering factuur F2026-087", d(2026, 11, 19),
            "The owner's own typed reminder of an invoice already sent; the invoice itself is the bill.", "A reminder with the amount, the IBAN and a new date.",
            "Geachte heer Ter Horst,\n\nVolgens mijn administratie is factuur F2026-087 van 14 oktober (€ 312,18) nog niet betaald. Wilt u het bedrag alsnog vóór 26 november overmaken op {iban}? Mocht u al betaald hebben, dan kunt u dit bericht als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nRonald Bosman")
    s = seller("Vertaalbureau Anouk de Wit", "Lange Nieuwstraat 5", "2011 CK Haarlem", "anouk@dewitvertalingen.nl", "NL", "")
    g.other("typed", "nl", s, P("Keulen Medical Devices B.V.", ["Keulen Medical Devices B.V."], "crediteuren@keulenmedical.nl"), "Re: betaling DW-26-033", d(2026, 11, 23),
            "A thank-you for a payment received; nothing is asked.", "Payment thanks quoting the paid invoice and amount.",
            "Goedemiddag,\n\nDank voor de betaling van factuur DW-26-033 (€ 1.452,00), vandaag ontvangen.\n\nGroet,\nAnouk de Wit")
    s = seller("Elektro Hendriks", "Industrieweg 12", "5731 HR Mierlo", "administratie@elektrohendriks.nl", "NL", "KvK 17065432")
    g.other("snelstart", "nl", s, P("Woningstichting Mierlo", ["Woningstichting Mierlo", "t.a.v. crediteurenadministratie", "Heer van Scherpenzeelweg 2", "5731 JK Mierlo"], "crediteuren@wsmierlo.nl"),
            "Rekeningoverzicht per 30-11-2026", d(2026, 11, 30), "A statement of account listing open invoices; each was sent as its own invoice.",
            "SnelStart debiteurenoverzicht with three open items and a total.",
            "Geachte heer, mevrouw,\n\nBijgaand een overzicht van de openstaande posten per 30 november. Wilt u dit controleren?\n\nMet vriendelijke groet,\nTheo Hendriks",
            lines=[("Factuur 20260288 d.d. 07-10-2026", 100, 41200), ("Factuur 20260301 d.d. 21-10-2026", 100, 18755), ("Factuur 20260322 d.d. 12-11-2026", 100, 96800)],
            title="Rekeningoverzicht", cols=("Factuur", "", "", "Openstaand"), meta=(("Debiteurnummer", "1044"), ("Datum", "30-11-2026")), notes=("Openstaand saldo volgens onze administratie.",),
            pdf_name="Rekeningoverzicht 1044.pdf")
    s = seller("Schildersbedrijf M. Yildiz", "Bloemstraat 40", "6811 EN Arnhem", "m.yildiz.schilder@outlook.com", "NL", "")
    g.other("typed", "nl", s, P("Verhuurbeheer Oost B.V.", ["Verhuurbeheer Oost B.V."], "facturen@verhuurbeheeroost.nl"), "Factuur 2026-017 goed ontvangen?", d(2026, 11, 20),
            "Asks whether an earlier invoice arrived; the invoice is not attached.", "'Did you get my invoice?' with the number and amount.",
            "Goedendag,\n\nIk heb op 23 oktober factuur 2026-017 gestuurd voor het schilderwerk aan de Velperweg (€ 2.843,50). Kunt u bevestigen dat die goed is aangekomen? Ik heb nog geen betaling gezien.\n\nMet vriendelijke groet,\nMehmet Yildiz")
    s = seller("Klusbedrijf Ouwehand", "Noordeinde 51", "2311 CB Leiden", "klus.ouwehand@gmail.com", "NL", "")
    g.other("forward", "nl", s, P("Administratiekantoor Van Rijn", ["Administratiekantoor Van Rijn"], "boekhouding@vanrijnadministratie.nl", "Esther van Rijn"),
            "Fwd: Factuur 9200418877 Bouwmaat", d(2026, 11, 25), "A supplier's bill to the business, forwarded to its bookkeeper; nobody is asked to pay the sender.",
            "A forwarded builders' merchant invoice in the body.",
            "Hoi Esther,\n\nVoor de boekhouding van november.\n\nKees\n\n---------- Doorgestuurd bericht ---------\nVan: Bouwmaat <noreply@bouwmaat.nl>\nDatum: 24 nov 2026\nOnderwerp: Factuur 9200418877\n\nGeachte klant,\n\nFactuurnummer: 9200418877\nKlantnummer: 556120\nTotaal incl. btw: € 418,62\nHet bedrag wordt automatisch geïncasseerd.\n\nMet vriendelijke groet,\nBouwmaat")
    s = seller("Muziekles Noor Lammers", "Spoorstraat 18", "6701 AS Wageningen", "noor.lammers.muziek@gmail.com", "NL", "")
    g.other("mailchimp", "nl", s, P("Leerlingen en ouders", ["Leerlingen en ouders"], "noor.lammers.muziek@gmail.com", "Leerlingen en ouders"),
            "Nieuwsbrief december: lestijden en tarieven 2027", d(2026, 12, 1), "A newsletter announcing next year's prices; it bills no one.",
            "Newsletter with prices per lesson and package.",
            "Lieve leerlingen en ouders,\n\nHet jaar zit er bijna op! Vanaf januari 2027 gelden deze tarieven:\n- Losse les 30 minuten: € 25,00\n- Strippenkaart 10 lessen: € 235,00\n- Duo-les 45 minuten: € 19,50 p.p.\n\nDe kerstvoorspeelavond is op 18 december om 19.30 uur.\n\nHartelijke groet,\nNoor")
    s = seller("Codewerf BV", "Vaartstraat 17", "3000 Leuven", "facturatie@codewerf.be", "BE", "BTW BE 0789.123.456")
    g.other("teamleader", "be", s, P("Tuincentrum Groenhof", ["Tuincentrum Groenhof BV", "Steenweg 12", "3001 Heverlee"], "info@groenhof.be"),
            "Orderbevestiging 2026-OB-019", d(2026, 11, 16), "An order confirmation; the invoice follows on delivery.",
            "Teamleader orderbevestiging with totals and 'facturatie na oplevering'.",
            "Beste,\n\nIn bijlage vindt u de orderbevestiging voor de nieuwe webshop. Facturatie gebeurt na oplevering.\n\nMet vriendelijke groeten,\nPieter Claes",
            lines=[("Webshop op maat, fase 1", 100, 420000), ("Koppeling kassasysteem", 100, 85000)], rate10=210, title="Orderbevestiging",
            meta=(("Ordernummer", "2026-OB-019"), ("Datum", "16/11/2026")), notes=("Facturatie na oplevering.",), pdf_name="Orderbevestiging 2026-OB-019.pdf")
    s = seller("Schilderwerken Tom Verhaeghe", "Leiestraat 66", "9800 Deinze", "tom@verhaeghe-schilder.be", "BE", "")
    g.other("typed", "be", s, P("Syndicus Leieland", ["Syndicus Leieland"], "info@syndicusleieland.be"), "Prijsaanpassing 2027", d(2026, 12, 2),
            "A price notice for next year; nothing is billed.", "New hourly rates from January.",
            "Beste,\n\nVanaf 1 januari 2027 pas ik mijn tarieven aan de index aan: uurloon € 48,00 excl. btw (was € 46,00), verplaatsing € 25,00.\nLopende offertes blijven aan de oude prijs.\n\nMet vriendelijke groeten,\nTom Verhaeghe")
    # ---- English (8)
    s = seller("Hollis Design Studio", "14 Cathedral Road", "Cardiff CF11 9LJ", "accounts@hollisdesign.co.uk", "GB", "VAT Reg. No. GB 318 4477 21")
    g.other("xero", "en", s, P("Cardiff Climbing Co-op", ["Cardiff Climbing Co-op", "Attn: Mark Ellis", "Unit 6 Ferry Road", "Cardiff CF11 0JR"], "mark@cardiffclimbing.coop", "Mark Ellis"),
            "Quote QU-0057 from Hollis Design Studio", d(2026, 11, 12), "A quote with an expiry date; nothing is owed unless accepted.", "Xero quote cover and PDF.",
            "Hi Mark,\n\nThank you for your enquiry.\n\nHere's quote QU-0057 for £1,440.00.\n\nView your quote online: https://in.xero.com/q-77\n\nThanks,\nHollis Design Studio",
            lines=[("Brand identity refresh", 100, 120000)], rate10=200, cur="GBP", title="QUOTE",
            meta=(("Quote number", "QU-0057"), ("Date", "12 November 2026"), ("Expiry", "12 December 2026")), pdf_name="Quote QU-0057.pdf")
    s = seller("Ballymore Wholesale Crafts", "Unit 9 Enterprise Centre", "Athlone N37 W2K8", "sales@ballymorecrafts.ie", "IE", "VAT IE 6612345W")
    g.other("zoho", "en", s, P("The Gift Loft Ltd", ["The Gift Loft Ltd", "Main Street", "Westport F28 Y6N2"], "orders@thegiftloft.ie"),
            "Delivery note DN-000512", d(2026, 11, 14), "A delivery note listing goods shipped; the invoice is sent separately.",
            "Zoho delivery note with quantities and no prices.",
            "Dear Customer,\n\nYour order SO-000733 has been dispatched today with An Post. The delivery note is attached; the invoice will follow.\n\nRegards,\nBallymore Wholesale Crafts",
            lines=[], title="DELIVERY NOTE", meta=(("Delivery note", "DN-000512"), ("Sales order", "SO-000733"), ("Date", "14 November 2026")),
            notes=("Hand-thrown mug, blue glaze - 48", "Candle, beeswax - 36", "Linen tea towel - 24", "Received in good condition: ______________"),
            pdf_name="DN-000512.pdf")
    s = seller("A. Kowalczyk Plumbing & Heating", "22 Mill Lane", "Leeds LS12 4HT", "adam@akplumbing.co.uk", "GB", "")
    g.other("typed", "en", s, P("Dr S. Okafor", ["Dr S. Okafor"], "sokafor@doctors.org.uk", "Sam Okafor"), "Invoice 1021 - reminder", d(2026, 11, 24),
            "The owner's typed reminder about an invoice already sent.", "Friendly reminder with the amount and bank details.",
            "Hi Dr Okafor,\n\nJust a gentle reminder that invoice 1021 (£265.00) from 15 October is still showing as unpaid. Bank details are on the invoice, or IBAN {iban}.\n\nMany thanks,\nAdam Kowalczyk")
    s = seller("Fernleaf Software", "Unit 4, 18 Gloucester Road", "Bristol BS7 8AE", "billing@fernleaf.dev", "GB", "")
    g.other("typed", "en", s, P("Brightwater Housing Association", ["Brightwater Housing Association"], "contracts@brightwaterha.org.uk", "Contracts Team"),
            "Support retainer renewal 2027", d(2026, 11, 26), "A contract renewal offer for next year; invoices will follow monthly once renewed.",
            "Retainer renewal with the new monthly price.",
            "Dear Contracts Team,\n\nOur support retainer for the tenant portal ends on 31 December. We'd be glad to renew for 2027 on the same terms at £2,150.00 + VAT per month (up from £2,080.00). Please reply to confirm and we'll send the updated agreement for signature.\n\nBest wishes,\nEmily Carter\nFernleaf Software")
    s = seller("Aoife Brennan Photography", "Unit 2, Mill Yard", "Kilkenny R95 X2E4", "aoife@aoifebrennan.ie", "IE", "VAT IE 3456789TH")
    g.other("quickbooks", "en", s, P("Orla Daly", ["Orla Daly", "5 Parliament Street", "Kilkenny R95 D2P3"], "orla.daly@gmail.com"),
            "Payment Receipt for Invoice 1082", d(2026, 11, 18), "A receipt for an invoice already paid.", "QuickBooks payment receipt PDF with amounts and 'PAID'.",
            "Dear Orla Daly,\n\nHere's your payment receipt for Invoice 1082, for €350.00.\n\nThank you for your business!\n\nAoife Brennan Photography",
            lines=[("Family portrait session", 100, 28455)], rate10=230, title="PAYMENT RECEIPT",
            meta=(("Invoice", "1082"), ("Payment date", "18 November 2026"), ("Status", "PAID")), notes=("Amount paid in full. Balance due: €0.00",),
            pdf_name="Receipt-1082.pdf")
    s = seller("Declan Fahy Painting & Decorating", "14 Oak Park", "Galway H91 E2P4", "declanfahypainting@gmail.com", "IE", "")
    g.other("typed", "en", s, P("Galway Bay Lettings", ["Galway Bay Lettings"], "accounts@galwaybaylettings.ie"), "Did you get my invoice?", d(2026, 11, 27),
            "Asks whether an earlier invoice arrived; nothing new is billed.", "'Did you get my invoice' with its number.",
            "Hi there,\n\nJust checking you got invoice 1139 for the flat in Renmore - €1,702.50. Let me know if you need it sent to a different address.\n\nThanks,\nDeclan")
    s = seller("Wren & Willow Gardens", "Rose Cottage, Church Street", "Ludlow SY8 1AP", "wrenandwillow@gmail.com", "GB", "")
    g.other("mailchimp", "en", s, P("Wren & Willow customers", ["Wren & Willow customers"], "wrenandwillow@gmail.com", "Wren & Willow customers"),
            "Winter care packages and 2027 prices", d(2026, 11, 29), "A newsletter with prices; it bills no one.", "Seasonal newsletter with package prices.",
            "Hello from Wren & Willow!\n\nOur winter care packages are back:\n- Monthly visit (Dec-Feb): £95.00 per visit\n- Hedge and tree pruning: from £180.00\n\nFrom January our hourly rate will be £32.00.\n\nHolly & Sam")
    s = seller("Clare Munro Counselling", "41 Albany Street", "Edinburgh EH1 3QY", "clare@claremunrocounselling.co.uk", "GB", "")
    g.other("typed", "en", s, P("Fiona Grant", ["Fiona Grant"], "fiona.grant@outlook.com"), "Your first appointment", d(2026, 12, 2),
            "An appointment confirmation stating the fee; no invoice is issued yet.", "Fee and cancellation terms in a confirmation.",
            "Dear Fiona,\n\nThis confirms your first appointment on Tuesday 8 December at 10:00. Sessions are 50 minutes and cost £60.00; I invoice monthly. Cancellations with less than 24 hours' notice are charged in full.\n\nWarm regards,\nClare Munro")
    # ---- German (8)
    s = seller("Grafikbüro Kranich", "Hafenstraße 9", "48153 Münster", "post@grafikbuero-kranich.de", "DE", "USt-IdNr. DE312457788")
    g.other("lexoffice", "de", s, P("Buchhandlung Lesezeichen", ["Buchhandlung Lesezeichen", "Salzstraße 22", "48143 Münster"], "info@buchhandlung-lesezeichen.de"),
            "Angebot AG-0214", d(2026, 11, 17), "A quote (Angebot) with a validity date; no obligation to pay yet.", "lexoffice Angebot with totals.",
            "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser Angebot AG-0214.\n\nMit freundlichen Grüßen\nKatrin Kranich",
            lines=[("Gestaltung Lesezeichen-Kalender 2027", 100, 68000)], rate10=190, title="Angebot",
            meta=(("Angebotsnr.", "AG-0214"), ("Datum", "17.11.2026"), ("Gültig bis", "17.12.2026")), pdf_name="Angebot AG-0214.pdf")
    s = seller("Sanitär Özdemir", "Bahnhofstraße 31", "72764 Reutlingen", "info@sanitaer-oezdemir.de", "DE", "")
    g.other("sevdesk", "de", s, P("Hausverwaltung Achalm GmbH", ["Hausverwaltung Achalm GmbH", "Karlstraße 2", "72764 Reutlingen"], "auftraege@hv-achalm.de"),
            "Auftragsbestätigung AB-0093", d(2026, 11, 20), "An order confirmation; the invoice follows after the work.", "sevDesk Auftragsbestätigung with totals and a date.",
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Auftrag. Anbei die Auftragsbestätigung AB-0093. Ausführung voraussichtlich in KW 50.\n\nMit freundlichen Grüßen\nSanitär Özdemir",
            lines=[("Strangsanierung Haus 3 (pauschal)", 100, 460000)], rate10=190, title="Auftragsbestätigung",
            meta=(("Nummer", "AB-0093"), ("Datum", "20.11.2026")), pdf_name="Auftragsbestaetigung AB-0093.pdf")
    s = seller("Übersetzungen Dr. Lena Haas", "Schillerplatz 2", "01309 Dresden", "kontakt@haas-uebersetzungen.de", "DE", "")
    g.other("typed", "de", s, P("Verlag Elbsandstein", ["Verlag Elbsandstein"], "buchhaltung@verlag-elbsandstein.de"), "Zahlungserinnerung RE100198", d(2026, 11, 24),
            "The owner's typed reminder of an invoice already sent.", "Zahlungserinnerung with amount and IBAN.",
            "Sehr geehrte Damen und Herren,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Meine Rechnung RE100198 vom 13.10.2026 über 1.190,00 € ist noch offen. Ich bitte um Überweisung bis zum 04.12.2026 auf {iban}.\n\nMit freundlichen Grüßen\nLena Haas")
    s = seller("Malermeister Pichler", "Salzburger Straße 15", "4020 Linz", "pichler.maler@aon.at", "AT", "UID ATU65432109")
    g.other("bmd", "de", s, P("Hausverwaltung Donaublick", ["Hausverwaltung Donaublick GmbH", "Landstraße 50", "4020 Linz"], "buchhaltung@donaublick-hv.at"),
            "Kontoauszug per 30.11.2026", d(2026, 11, 30), "A statement of open items; each invoice was sent on its own.", "Offene-Posten list with a total.",
            "Sehr geehrte Damen und Herren,\n\nanbei unser Kontoauszug mit den offenen Posten zum 30.11.2026 zur Abstimmung.\n\nMit freundlichen Grüßen\nMalermeister Pichler",
            lines=[("RE-1144 vom 02.10.2026", 100, 186000), ("RE-1190 vom 30.10.2026", 100, 64200)], title="Kontoauszug", cols=("Beleg", "", "", "Offen"),
            meta=(("Kundennr.", "20417"), ("Stichtag", "30.11.2026")), notes=("Summe offene Posten.",), pdf_name="Kontoauszug_20417.pdf")
    s = seller("Atelier Rüegg Grafik", "Bahnhofstrasse 12", "8400 Winterthur", "info@atelier-rueegg.ch", "CH", "")
    g.other("bexio", "de", s, P("Velowerkstatt Töss GmbH", ["Velowerkstatt Töss GmbH", "Zürcherstrasse 90", "8406 Winterthur"], "buchhaltung@velo-toess.ch"),
            "Lieferschein LS-00088", d(2026, 11, 9), "A delivery note for printed matter; the invoice was sent separately.", "bexio Lieferschein without prices.",
            "Guten Tag\n\nIm Anhang finden Sie den Lieferschein LS-00088 zu Ihrer Bestellung.\n\nFreundliche Grüsse\nDaniel Rüegg",
            lines=[], title="Lieferschein", meta=(("Lieferschein", "LS-00088"), ("Datum", "09.11.2026")),
            notes=("500 Flyer A5, 4-farbig", "30 Plakate A2"), pdf_name="Lieferschein LS-00088.pdf")
    s = seller("Coaching Maria Gruber", "Mariahilfer Straße 101/12", "1060 Wien", "office@coaching-gruber.at", "AT", "")
    g.other("typed", "de", s, P("Bäckerei Stadler GmbH", ["Bäckerei Stadler GmbH"], "eva.stadler@baeckerei-stadler.at", "Eva Stadler"), "Honorare ab 2027", d(2026, 12, 1),
            "A price notice for next year; nothing is billed.", "New fee per unit from January.",
            "Liebe Frau Stadler,\n\nab 1. Jänner 2027 beträgt mein Honorar pro Coaching-Einheit (90 Min.) 190,00 € zzgl. 20 % USt. Bereits vereinbarte Termine im Dezember rechne ich noch zum bisherigen Satz ab.\n\nHerzliche Grüße\nMaria Gruber")
    s = seller("Elektro Lindner", "Am Anger 3", "99084 Erfurt", "buero@elektro-lindner.de", "DE", "")
    g.other("typed", "de", s, P("Kita Sonnenschein e.V.", ["Kita Sonnenschein e.V."], "vorstand@kita-sonnenschein-erfurt.de"), "Verlängerung Wartungsvertrag E-Check", d(2026, 11, 26),
            "A maintenance contract renewal; the yearly invoice follows after the inspection.", "Renewal with the yearly price.",
            "Sehr geehrte Damen und Herren,\n\nIhr Wartungsvertrag für den jährlichen E-Check (DGUV V3) läuft zum 31.12.2026 aus. Wir bieten die Verlängerung um ein Jahr zum Pauschalpreis von 420,00 € netto an. Bitte geben Sie uns bis 15.12. kurz Bescheid.\n\nMit freundlichen Grüßen\nStefan Lindner")
    s = seller("Sanitär Gisler AG", "Dorfstrasse 5", "6460 Altdorf", "info@sanitaer-gisler.ch", "CH", "")
    g.other("typed", "de", s, P("Gemeinde Flüelen", ["Gemeinde Flüelen"], "finanzen@flueelen.ch"), "Zahlungseingang RE-02210 - besten Dank", d(2026, 11, 27),
            "A thank-you for a payment received.", "Payment confirmation with the amount.",
            "Guten Tag\n\nWir bestätigen den Eingang Ihrer Zahlung von CHF 1'245.60 für die Rechnung RE-02210 und danken Ihnen bestens.\n\nFreundliche Grüsse\nSanitär Gisler AG")


# ---------------------------------------------------------------- checks
COUNTS = {("nl", True): 20, ("en", True): 15, ("de", True): 15, ("nl", False): 9, ("en", False): 8, ("de", False): 8}
FLEMISH = {True: 4, False: 2}
FIELDS = ("number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
          "debtor_email", "payment_reference", "iban", "business", "credit_note", "language")


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def qrr_ok(r):
    return mk.qrr(r[:26]) == r


def ogm_ok(o):
    digits = o.strip("+").replace("/", "")
    return len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:])


def check(raw, recs):
    """Every record valid by the README's format and the labels consistent with the text."""
    mk.check_labels(recs)
    mk.check_references_printed(recs)
    seen = {}
    for k, n in COUNTS.items():
        assert sum(1 for r in recs if (r["lang"], r["is_invoice"]) == k) == n, k
    for inv, n in FLEMISH.items():
        assert sum(1 for r in raw if r["flemish"] and (r["expected"] is not None) == inv) == n, inv
    for r, q in zip(recs, raw):
        json.loads(json.dumps(r))
        rid = r["id"]
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), rid
        assert r["kind"] in ("pdf", "body-text", "body-html", "none"), rid
        assert (r["kind"] == "none") == (not r["is_invoice"]), rid
        assert r["kind"] != "pdf" or "pdf" in r, rid
        for addr in r["envelope"]["rcpt_to"]:
            assert addr in r["eml"].split("\n\n", 1)[0], rid
        if q["amounts"] is not None:  # every document's sums, invoice or not
            doc = q["doc"]
            rows, net, vat, total, due = compute(doc)
            assert sum(a for _, _, _, a in rows) == net, rid
            for _, qq, u, a in rows:
                assert a == half_up(qq * abs(u), 100) * (1 if a >= 0 else -1), rid
            assert total == net + vat and due == total - doc.get("deposit", 0), rid
        e = r["expected"]
        if e is None:
            continue
        assert set(e) == set(FIELDS), rid
        assert e["language"] == r["lang"], rid
        rows, net, vat, total, due = q["amounts"]
        assert (e["amount_total_cents"], e["amount_due_cents"]) == (total, due), rid
        assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), rid
        issue = datetime.date.fromisoformat(e["issue_date"])
        assert e["credit_note"] == (total < 0), rid
        if e["credit_note"]:
            assert e["due_date"] is None, rid
        else:
            assert datetime.date.fromisoformat(e["due_date"]) >= issue, rid
        assert iban_ok(e["iban"]), rid
        assert seen.setdefault(r["envelope"]["mail_from"], e["iban"]) == e["iban"], rid
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            assert ogm_ok(ref), rid
        elif ref and ref.isdigit() and len(ref) == 27:
            assert qrr_ok(ref), rid
        elif ref and ref.startswith("RF"):
            assert mk.rf(ref[4:]) == ref, rid
        assert e["debtor_email"] in r["envelope"]["rcpt_to"], rid
        assert e["currency"] in ("EUR", "GBP", "CHF"), rid


def width(it):
    """A text item's width, estimated 12 % over Helvetica's average."""
    return len(it["text"]) * it["size"] * 0.56 * 1.12


def check_pages(recs):
    """Every PDF item inside its page, and no two items on one baseline overlapping."""
    for r in recs:
        for pg in r.get("pdf", {}).get("pages", []):
            spans = []
            for it in pg["items"]:
                x0 = it["x"] - width(it) if it["align"] == "right" else it["x"]
                x1 = x0 + width(it)
                assert 20 <= x0 and x1 <= 580 and 20 <= it["y"] <= 830, (r["id"], it["text"])
                spans.append((it["y"], x0, x1, it["text"]))
            for a in spans:
                for b in spans:
                    if a is not b and a[0] == b[0]:
                        assert a[2] <= b[1] or b[2] <= a[1], (r["id"], a[3], b[3])


def main():
    g = Gen()
    invoices(g)
    others(g)
    raw = sorted(g.records, key=lambda q: (q["sent"], q["eml"]))
    recs = []
    for n, q in enumerate(raw, 1):
        r = mk.record("inv-hold29-%03d" % n, q["tool"], q["lang"], q["kind"], q["envelope"], q["eml"],
                      pages=q["pages"], pdf_filename=q["pdf_filename"] if q["pages"] else None,
                      expected=q["expected"], why_not=q.get("why_not"), note=q["note"])
        recs.append(r)
    check(raw, recs)
    check_pages(recs)
    mk.write(OUT, recs)


if __name__ == "__main__":
    main()
