"""heldout27: a blind held-out set on numbers and amounts that look alike.

50 invoices and 25 mails that are not invoices (Dutch with a few Flemish, English from the
UK, Ireland and a few others, German from Germany, Austria and Switzerland), each page
crowded with numbers of which only one is the invoice's number, amounts of which only one
is what is due, and dates of which only one is the invoice's. Written blind: its author
read only lines 1-89 of the README, mailkit.py, two records of heldout4.jsonl and the
heldout26 section. Seeded and deterministic; run from the repository's root:

    python3 corpus/invoices/gen/heldout27.py

It checks every record (check()) before it writes corpus/invoices/heldout27.jsonl."""
import datetime
import json
import os
import random
import sys
import textwrap
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261227
OUT = "corpus/invoices/heldout27.jsonl"
rng = random.Random(SEED)


def D(m, d, y=2026):
    return datetime.date(y, m, d)


# ---- sellers: one IBAN per firm, drawn once --------------------------------------------

_IBANS = {}


def seller_iban(name, country):
    if name not in _IBANS:
        _IBANS[name] = mk.iban(rng, country)
    return _IBANS[name]


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


# ---- amounts -------------------------------------------------------------------------

def half_up(x):
    return int(Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def qty_text(q, lang):
    s = str(q)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",") if lang in ("nl", "de", "be") else s


def compute(lines):
    """Net per rate, VAT per rate (rounded half up per rate), net and total."""
    per = {}
    rows = []
    for desc, q, unit, rate in lines:
        amt = half_up(Decimal(str(q)) * unit)
        rows.append((desc, q, unit, rate, amt))
        per[rate] = per.get(rate, 0) + amt
    vat = {r: half_up(Decimal(n) * Decimal(str(r)) / 100) for r, n in per.items()}
    net = sum(per.values())
    return rows, per, vat, net, net + sum(vat.values())


WORDS = {
    "nl": dict(desc="Omschrijving", qty="Aantal", unit="Prijs", amt="Bedrag", net="Subtotaal excl. btw",
               vat="Btw {r} %", vatover="Btw {r} % over {b}", total="Totaal incl. btw"),
    "de": dict(desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amt="Gesamt", net="Zwischensumme netto",
               vat="USt. {r} %", vatover="zzgl. {r} % USt. auf {b}", total="Gesamtbetrag brutto"),
    "en": dict(desc="Description", qty="Qty", unit="Unit price", amt="Amount", net="Subtotal",
               vat="VAT {r}%", vatover="VAT {r}% on {b}", total="Total"),
}


def rate_text(r, lang):
    s = str(r)
    return s.replace(".", ",") if lang in ("nl", "de") else s


class Doc:
    """One document (invoice or not): who, what, the rows and totals, the notes. The amounts
    are computed from the lines; totals rows name what the page prints below the table."""

    def __init__(self, lang, cur, seller, addr, title, meta, lines, totals, notes, foot,
                 layout="left", words=None, table=True, header_right=None):
        self.lang, self.cur = lang, cur
        self.seller, self.addr, self.title, self.meta = seller, addr, title, meta
        self.rows, self.per, self.vat, self.net, self.total = compute(lines)
        ib = mk.iban_spaced(seller["iban"])
        self.notes = [n.replace("{iban}", ib) for n in notes]
        self.foot, self.layout = foot, layout
        self.words = dict(WORDS[lang])
        self.words.update(words or {})
        self.table = table
        self.header_right = header_right or []
        self.less = 0
        self.extra = 0
        self.total_rows = self._totals(totals)
        self.due = self.total - self.less

    def m(self, c):
        return mk.money_in(self.cur, self.lang, c)

    def _totals(self, spec):
        out = []
        w = self.words
        for t in spec:
            if t == "net":
                out.append((w["net"], self.m(self.net), False))
            elif t == "vat":
                for r in sorted(self.vat, reverse=True):
                    out.append((w["vat"].format(r=rate_text(r, self.lang)), self.m(self.vat[r]), False))
            elif t == "vatover":
                for r in sorted(self.vat, reverse=True):
                    out.append((w["vatover"].format(r=rate_text(r, self.lang), b=self.m(self.per[r])),
                                self.m(self.vat[r]), False))
            elif t == "total":
                out.append((w["total"], self.m(self.total), True))
            elif t[0] == "total":
                out.append((t[1], self.m(self.total), t[2] if len(t) > 2 else True))
            elif t[0] == "round":  # a rounding row: part of the total
                self.total += t[2]
                self.extra += t[2]
                out.append((t[1], self.m(t[2]), False))
            elif t[0] == "less":  # paid, deposit, credit applied, retention: off what is due
                self.less += t[2]
                out.append((t[1], self.m(-t[2]), False))
            elif t[0] == "due":
                out.append((t[1], self.m(self.total - self.less), True))
            elif t[0] == "row":  # printed only: Skonto, balance, instalment, another currency
                out.append((t[1], t[2] if isinstance(t[2], str) else self.m(t[2]), t[3] if len(t) > 3 else False))
            else:
                raise ValueError(t)
        return out

    # -- rendering --
    def pages(self):
        p = mk.Page()
        s = self.seller
        if self.layout == "right":
            p.right(539, 56, s["name"], size=13, bold=True)
            y = 68
            for ln in s["head"]:
                p.right(539, y, ln, size=8)
                y += 10
        else:
            p.text(56, 56, s["name"], size=13, bold=True)
            y = 68
            for ln in s["head"]:
                p.text(56, y, ln, size=8)
                y += 10
        ax = 56 if self.layout == "right" else 320
        y = 150
        for ln in self.addr:
            p.text(ax, y, ln, size=10)
            y += 13
        hy = 150
        hx = 320 if self.layout == "right" else 56
        for ln in self.header_right:
            p.text(hx, hy, ln, size=8.5)
            hy += 12
        y = max(y, hy) + 30
        p.text(56, y, self.title, size=15, bold=True)
        y += 22
        vx = max([166] + [66 + len(lab) * 9 * 0.56 for lab, val in self.meta])
        for lab, val in self.meta:
            p.text(56, y, lab, size=9)
            p.text(round(vx), y, val, size=9)
            y += 13
        y += 24
        w = self.words
        if self.table:
            p.text(56, y, w["desc"], size=9, bold=True)
            p.right(370, y, w["qty"], size=9, bold=True)
            p.right(455, y, w["unit"], size=9, bold=True)
            p.right(539, y, w["amt"], size=9, bold=True)
            p.rule(56, y + 4, 539, y + 4)
            y += 16
            for desc, q, unit, rate, amt in self.rows:
                p.text(56, y, desc, size=8.5)
                p.right(370, y, qty_text(q, self.lang), size=8.5)
                p.right(455, y, self.m(unit), size=8.5)
                p.right(539, y, self.m(amt), size=8.5)
                y += 13
            y += 8
        p.rule(300, y - 7, 539, y - 7)
        y += 6
        for lab, amt, bold in self.total_rows:
            # a long label starts further left, clear of its amount
            p.text(max(56, min(300, 450 - len(lab) * 9 * 0.56)), y, lab, size=9, bold=bold)
            p.right(539, y, amt, size=9, bold=bold)
            y += 14
        y += 14
        for note in self.notes:
            for ln in textwrap.wrap(note, 92):
                p.text(56, y, ln, size=8.5)
                y += 12
        assert y < 770, (self.title, y)
        fy = 790
        for ln in [w for f in self.foot for w in textwrap.wrap(f, 115)]:
            p.text(56, fy, ln, size=7)
            fy += 9
        return [p]

    def text(self):
        """The document as a plain mail body prints it."""
        w = self.words
        out = [self.title, ""]
        out += ["%s: %s" % (lab, val) for lab, val in self.meta]
        out.append("")
        out += self.addr
        out.append("")
        if self.table:
            for desc, q, unit, rate, amt in self.rows:
                out.append("%s  %s x %s  %s" % (desc, qty_text(q, self.lang), self.m(unit), self.m(amt)))
            out.append("")
        out += ["%s: %s" % (lab, amt) for lab, amt, bold in self.total_rows]
        out.append("")
        out += self.notes
        return "\n".join(out)

    def html(self):
        w = self.words
        h = ["<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">",
             "<h2>%s</h2>" % self.title, "<table>"]
        h += ["<tr><td>%s</td><td>%s</td></tr>" % (lab, val) for lab, val in self.meta]
        h.append("</table><p>%s</p>" % "<br>".join(self.addr))
        if self.table:
            h.append("<table cellpadding=\"4\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>" % (
                w["desc"], w["qty"], w["unit"], w["amt"]))
            for desc, q, unit, rate, amt in self.rows:
                h.append("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td>"
                         "<td align=\"right\">%s</td></tr>" % (desc, qty_text(q, self.lang), self.m(unit), self.m(amt)))
            h.append("</table>")
        h.append("<table>")
        for lab, amt, bold in self.total_rows:
            if bold:
                h.append("<tr><td><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (lab, amt))
            else:
                h.append("<tr><td>%s</td><td align=\"right\">%s</td></tr>" % (lab, amt))
        h.append("</table>")
        h += ["<p>%s</p>" % n for n in self.notes]
        h.append("<p style=\"font-size:11px;color:#666\">%s</p>" % "<br>".join(self.foot))
        h.append("</body></html>")
        return "\n".join(h)


RECORDS = []
CHECKS = []  # (id, doc, expected) for the arithmetic check


def seller(name, country, head, email, phone, foot_fmt, sender_name=None):
    ib = seller_iban(name, country)
    return {"name": name, "country": country, "head": head, "email": email, "phone": phone,
            "iban": ib, "foot": [f.format(iban=mk.iban_spaced(ib)) for f in foot_fmt],
            "sender_name": sender_name or name}


def add(rid, tool, lang, region, kind, s, to_name, to_email, subject, date_sent, doc, cover,
        exp=None, why_not=None, note="", pdf_name=None, signature=None):
    """One record: the document in its kind (PDF under @cover, or the body itself)."""
    to = "%s <%s>" % (enc(to_name), to_email) if to_name else to_email
    sig = signature or ""
    if kind == "pdf":
        eml = mk.mail(rng, s["email"], enc(s["sender_name"]), to, enc(subject), date_sent,
                      body_text=cover + sig, pdf=True)
        pages = doc.pages()
    elif kind == "body-html":
        body = doc.html().replace("</body>", "<p>%s</p></body>" % (cover + sig).replace("\n", "<br>\n"))
        eml = mk.mail(rng, s["email"], enc(s["sender_name"]), to, enc(subject), date_sent, body_html=body)
        pages = None
    else:
        body = cover + "\n\n" + doc.text() + "\n\n" + "\n".join(doc.foot) + sig
        eml = mk.mail(rng, s["email"], enc(s["sender_name"]), to, enc(subject), date_sent, body_text=body)
        pages = None
    rec = mk.record(rid, tool, lang, "none" if exp is None else kind,
                    {"mail_from": s["email"], "rcpt_to": [to_email]}, eml, pages=pages,
                    pdf_filename=pdf_name, expected=exp, why_not=why_not, note=note)
    rec["_region"] = region
    RECORDS.append(rec)
    CHECKS.append((rid, doc, exp))
    return rec


def expect(doc, number, issue, due, debtor, email, business, lang, s, ref=None, iban=True, credit=False):
    return mk.expected(number, doc.due, doc.total, issue, due, debtor, email,
                       s["iban"] if iban else None, business, lang, reference=ref,
                       currency=doc.cur, credit=credit)


def fd(lang, d, style=None):
    return mk.date_in(lang, d, style)


# ======================================================================================
# Dutch and Flemish invoices (20, of which 5 Flemish)
# ======================================================================================

def dutch_invoices():
    L = "nl"
    f = lambda d: fd("nl", d)  # noqa: E731
    fb = lambda d: fd("be", d)  # noqa: E731

    # 01 Moneybird: an installer; customer, order, project and work-order numbers beside it
    s = seller("Klimaattechniek Verhoef B.V.", "NL",
               ["Industrieweg 41 · 3433 NX Nieuwegein", "Tel. 030 - 604 18 22"],
               "facturen@verhoef-klimaat.nl", "030-6041822",
               ["KvK 81449203 · Btw NL862114907B01 · IBAN {iban} · BIC RABONL2U",
                "Op al onze leveringen zijn de Techniek Nederland-voorwaarden van toepassing. Pagina 1/1"])
    issue = D(11, 16)
    due = issue + mk.days(14)
    doc = Doc(L, "EUR", s, ["Drukkerij Zandbergen B.V.", "t.a.v. crediteurenadministratie", "Postbus 1187",
                            "3430 BD Nieuwegein"],
              "Factuur", [("Factuurnummer", "2026 / 0147"), ("Factuurdatum", f(issue)), ("Vervaldatum", f(due)),
                          ("Klantnummer", "20418"), ("Uw ordernummer", "PO-88213"), ("Projectnummer", "P26-031"),
                          ("Werkbon", "5512 / 5514"), ("Uitgevoerd op", f(D(11, 12)))],
              [("Onderhoud luchtbehandelingskast LBK-2 (2026)", 1, 48500, 21),
               ("Filterset F7 592x592x360, art.nr. 100-4471", 6, 3875, 21),
               ("Arbeid monteur (uren)", 3.5, 6950, 21),
               ("Voorrijkosten postcode 3433", 1, 0, 21)],
              ["net", "vat", "total"],
              ["Wij verzoeken u het totaalbedrag vóór %s over te maken op %s" % (f(due), "{iban}"),
               "onder vermelding van het factuurnummer. Vragen? Bel 030 - 604 18 22 (ma-vr 8-17 uur)."],
              s["foot"])
    doc.notes = [n.replace("{iban}", mk.iban_spaced(s["iban"])) for n in doc.notes]
    add("inv-hold27-001", "moneybird", L, "NL", "pdf", s, "Crediteuren Zandbergen", "crediteuren@drukkerij-zandbergen.nl",
        "Factuur 2026 / 0147 - werkbon 5512 (uw PO-88213)", issue, doc,
        "Geachte heer, mevrouw,\n\nIn de bijlage vindt u factuur 2026 / 0147 voor het onderhoud van 12 november (werkbon 5512).\n"
        "Uw ordernummer PO-88213 staat op de factuur vermeld.\n\nMet vriendelijke groet,\n\nSandra Verhoef\nKlimaattechniek Verhoef B.V.\nT 030 - 604 18 22 | M 06 - 41 28 93 07\n",
        exp=expect(doc, "2026 / 0147", issue, due, "Drukkerij Zandbergen B.V.", "crediteuren@drukkerij-zandbergen.nl",
                   True, L, s),
        note="Number with spaces and a slash among order, project, work-order and article numbers; a 0,00 line; KvK and phone.",
        pdf_name="Factuur 2026-0147.pdf")

    # 02 e-Boekhouden: number F-26.0093, betalingskenmerk in groups, a previous invoice corrected
    s = seller("Hoveniersbedrijf De Groene Zoom", "NL",
               ["Zoomweg 7, 4614 RB Bergen op Zoom", "info@degroenezoom.nl · 0164 - 23 87 10"],
               "administratie@degroenezoom.nl", "0164-238710",
               ["KvK 40286117 · btw-id NL001948273B44 · {iban}"])
    issue = D(11, 20)
    due = D(12, 4)
    ref = "7001 2684 0093 1126"
    doc = Doc(L, "EUR", s, ["Dhr. en mevr. Van Riemsdijk", "Steenbergsestraat 114", "4611 TE Bergen op Zoom"],
              "Factuur F-26.0093", [("Factuurnummer", "F-26.0093"), ("Datum", f(issue)),
                                    ("Debiteurnummer", "D-0318"), ("Betreft", "aanleg achtertuin, offerte O-26.041"),
                                    ("Vervangt factuur", "F-26.0087 (vervallen)"), ("Betaaltermijn", "14 dagen")],
              [("Bestrating keramisch 60x60, 38 m2", 38, 6450, 21),
               ("Graszoden 2026, 55 m2", 55, 695, 9),
               ("Beplanting volgens plan (21 stuks)", 21, 1895, 9),
               ("Arbeid 2 man, 3 dagen (48 uur)", 48, 5200, 21)],
              ["net", "vat", "total"],
              ["Deze factuur vervangt factuur F-26.0087 van %s; die hoeft u niet te betalen." % f(D(11, 13)),
               "Graag het bedrag voor %s overmaken op %s met betalingskenmerk %s." % (f(due), mk.iban_spaced(s["iban"]), ref)],
              s["foot"])
    add("inv-hold27-002", "e-boekhouden", L, "NL", "pdf", s, "Ruud van Riemsdijk", "ruud.vanriemsdijk@ziggo.nl",
        "Factuur F-26.0093 (vervangt F-26.0087)", issue, doc,
        "Beste familie Van Riemsdijk,\n\nExcuses voor de fout in factuur F-26.0087: de graszoden stonden er tegen 21 % op.\n"
        "Bijgaand de juiste factuur F-26.0093. De oude kunt u weggooien.\n\nGroet,\nBas Hermans\n06 - 18 44 20 91\n",
        exp=expect(doc, "F-26.0093", issue, due, "Dhr. en mevr. Van Riemsdijk", "ruud.vanriemsdijk@ziggo.nl",
                   False, L, s, ref=ref.replace(" ", "")),
        note="A corrected invoice naming the one it replaces; betalingskenmerk printed in groups; two VAT rates.",
        pdf_name="F-26.0093.pdf")

    # 03 Exact Online: final invoice less a deposit; open items of earlier invoices beside it
    s = seller("Van Dongen Interieurbouw B.V.", "NL",
               ["Ambachtsweg 22", "5272 RZ Sint-Michielsgestel", "T 073 - 551 30 40"],
               "debiteuren@vandongen-interieur.nl", "073-5513040",
               ["KvK 17095532 | BTW NL809441275B01 | IBAN {iban} | Algemene voorwaarden op aanvraag"])
    issue = D(11, 24)
    due = D(12, 24)
    doc = Doc(L, "EUR", s, ["Tandartspraktijk Molenwijk", "Mw. drs. E. Koenraads", "Molenstraat 9", "5271 AB Sint-Michielsgestel"],
              "Eindfactuur", [("Factuur", "VF26-00412"), ("Factuurdatum", f(issue)), ("Vervaldatum", f(due)),
                              ("Debiteur", "10377"), ("Order", "VO26-0188"), ("Opleverdatum", f(D(11, 19)))],
              [("Balie en wachtkamermeubilair volgens tekening 26-188-03", 1, 1862000, 21),
               ("Meerwerk: extra ladeblok (opdracht 3 nov.)", 1, 74500, 21)],
              ["net", "vat", "total", ("less", "Reeds gefactureerd: aanbetaling VF26-00301 (30 %)", 0),
               ("due", "Nog te betalen")],
              [], s["foot"])
    dep = half_up(Decimal(doc.total) * Decimal("0.3"))
    doc = Doc(L, "EUR", s, doc.addr, doc.title, doc.meta,
              [("Balie en wachtkamermeubilair volgens tekening 26-188-03", 1, 1862000, 21),
               ("Meerwerk: extra ladeblok (opdracht 3 nov.)", 1, 74500, 21)],
              ["net", "vat", "total", ("less", "Reeds gefactureerd: aanbetaling VF26-00301 (30 %)", dep),
               ("due", "Nog te betalen")],
              ["Openstaande posten op uw rekening per %s:" % f(issue),
               "VF26-00301  %s  aanbetaling  %s  (betaald %s)" % (f(D(9, 30)), mk.money_in("EUR", L, dep), f(D(10, 9))),
               "VF26-00377  %s  service-abonnement  %s  open" % (f(D(11, 1)), mk.money_in("EUR", L, 14520)),
               "Betaling binnen 30 dagen op %s o.v.v. VF26-00412." % mk.iban_spaced(s["iban"])],
              s["foot"])
    add("inv-hold27-003", "exact-online", L, "NL", "pdf", s, "Praktijk Molenwijk", "administratie@tandartsmolenwijk.nl",
        "Factuur VF26-00412 van Van Dongen Interieurbouw B.V.", issue, doc,
        "Geachte relatie,\n\nBijgaand ontvangt u factuur VF26-00412.\n\nMet vriendelijke groet,\n\nVan Dongen Interieurbouw B.V.\n"
        "073 - 551 30 40\n\nDit bericht is verzonden met Exact Online.\n",
        exp=expect(doc, "VF26-00412", issue, due, "Tandartspraktijk Molenwijk", "administratie@tandartsmolenwijk.nl",
                   True, L, s),
        note="Final invoice less a 30 % deposit; a list of open items (another invoice still open) beside it.",
        pdf_name="VF26-00412.pdf")

    # 04 Jortt in the body: a freelancer, hours x rate, service period, the client's PO
    s = seller("Studio Lijnwerk", "NL", ["Lauriergracht 88-2, 1016 RN Amsterdam"],
               "noor@studiolijnwerk.nl", "06-24819930",
               ["Studio Lijnwerk · KvK 77102894 · btw NL003178455B71 · IBAN {iban}"], sender_name="Noor Tjon")
    issue = D(12, 1)
    due = issue + mk.days(30)
    doc = Doc(L, "EUR", s, ["Stichting Buurtmuseum Oost", "Linnaeusstraat 2", "1092 CK Amsterdam"],
              "FACTUUR", [("Factuurnummer", "2026-031"), ("Factuurdatum", f(issue)), ("Periode", "1 t/m 30 november 2026"),
                          ("Uw inkoopnummer", "BMO-2026-117"), ("Vervaldatum", f(due))],
              [("Ontwerp tentoonstellingsteksten (uren)", 22.5, 7500, 21),
               ("Drukproeven A0, 3 stuks", 3, 2450, 21)],
              ["net", "vat", "total"],
              ["Betaling binnen 30 dagen na factuurdatum op {iban}."], s["foot"])
    add("inv-hold27-004", "jortt", L, "NL", "body-text", s, "Buurtmuseum Oost", "financien@buurtmuseumoost.nl",
        "Factuur 2026-031 | inkoopnummer BMO-2026-117", issue, doc,
        "Hoi Marijke,\n\nHierbij mijn factuur over november (22,5 uur). Jullie inkoopnummer BMO-2026-117 staat erop.",
        exp=expect(doc, "2026-031", issue, due, "Stichting Buurtmuseum Oost", "financien@buurtmuseumoost.nl", True, L, s),
        note="Hours 22,5 x 75,00 in the body; the client's purchase number looks like an invoice number.",
        signature="\n\nGroet,\nNoor Tjon\nStudio Lijnwerk | 06 - 24 81 99 30\n")
    doc.notes = [n.replace("{iban}", mk.iban_spaced(s["iban"])) for n in doc.notes]
    RECORDS[-1]["eml"] = RECORDS[-1]["eml"].replace("{iban}", mk.iban_spaced(s["iban"]))


def S(name, country, street, city, email, phone, regs, web=None):
    """A seller with a letterhead (street, city, phone) and a foot (registrations, IBAN)."""
    head = [street + " · " + city, phone + (" · " + web if web else "")]
    return seller(name, country, head, email, phone, [regs + " · IBAN {iban}"])


def I(rid, tool, lang, region, kind, s, to_name, email, debtor, business, title, number, issue, due,
      meta, lines, totals, notes, subject, cover, ref=None, note="", cur="EUR", layout="left",
      iban=True, credit=False, words=None, addr=None, table=True, sent=None, pdf_name=None):
    """An invoice in one call: the doc, its mail and its label."""
    doc = Doc(lang if lang != "be" else "nl", cur, s, addr or [debtor], title, meta, lines, totals, notes,
              s["foot"], layout=layout, words=words, table=table)
    lg = "nl" if lang == "be" else lang
    exp = expect(doc, number, issue, due, debtor if addr is None else debtor, email, business, lg, s,
                 ref=ref, iban=iban, credit=credit)
    return add(rid, tool, lg, region, kind, s, to_name, email, subject, sent or issue, doc, cover, exp=exp,
               note=note, pdf_name=pdf_name or (title.split()[0] + "_" + number.replace(" ", "").replace("/", "-") + ".pdf"))


def N(rid, tool, lang, region, kind, s, to_name, email, addr, title, meta, lines, totals, notes, subject,
      cover, why, note="", cur="EUR", layout="left", words=None, table=True, sent=None, pdf_name=None):
    """A mail that is not an invoice, as crowded with numbers."""
    doc = Doc(lang, cur, s, addr, title, meta, lines, totals, notes, s["foot"], layout=layout, words=words,
              table=table)
    return add(rid, tool, lang, region, kind, s, to_name, email, subject, sent, doc, cover, why_not=why,
               note=note, pdf_name=pdf_name or (title.split()[0] + ".pdf"))


def dutch2():
    L = "nl"
    f = lambda d: fd("nl", d)  # noqa: E731
    fb = lambda d: fd("be", d)  # noqa: E731
    M = lambda c: mk.money_in("EUR", "nl", c)  # noqa: E731

    # 05 Flemish, Billit-like: OGM, BTW/ondernemingsnummer, a 6 % and 21 % job, a 0,00 line
    s = S("Dakwerken Vermeersch BV", "BE", "Kortrijksesteenweg 212", "9830 Sint-Martens-Latem",
          "facturatie@dakwerken-vermeersch.be", "Tel. 09 282 41 16", "BTW BE 0712.448.391 · RPR Gent")
    i, d = D(11, 18), D(12, 18)
    og = mk.ogm("0261104712")
    I("inv-hold27-005", "billit", "be", "BE", "pdf", s, "Griet Van Hecke", "griet.vanhecke@telenet.be",
      "Griet Van Hecke", False, "Factuur", "F2026/0471", i, d,
      [("Factuurnr.", "F2026/0471"), ("Factuurdatum", fb(i)), ("Vervaldag", fb(d)), ("Klantnr.", "K-1184"),
       ("Werfadres", "Leiestraat 33, 9830"), ("Offerte", "OF2026/0390 van " + fb(D(9, 2)))],
      [("Herstelling zinken goot, 14 lm (renovatie > 10 jaar)", 14, 4200, 6),
       ("Vervanging dakpannen, 2 m2", 2, 8800, 6), ("Stelling en verplaatsing", 1, 0, 6),
       ("Dakkoepel 60x90 (levering zonder plaatsing)", 1, 41250, 21)],
      ["net", "vatover", "total"],
      ["Gelieve %s te betalen voor %s op {iban}" % ("het totaal", fb(d)), "met gestructureerde mededeling %s." % og,
       "Btw 6 %: renovatie van een woning ouder dan 10 jaar, art. 1bis KB nr. 20."],
      "Factuur F2026/0471 - Dakwerken Vermeersch", "Beste mevrouw Van Hecke,\n\nIn bijlage vindt u factuur F2026/0471 "
      "voor de herstelling aan de Leiestraat 33.\n\nMet vriendelijke groeten,\nKoen Vermeersch\n0475 31 88 20\n\n"
      "Deze e-mail werd verstuurd met Billit.\n", ref=og, addr=["Mevrouw Griet Van Hecke", "Leiestraat 33",
                                                               "9830 Sint-Martens-Latem"],
      note="OGM, offerte number and date, klantnummer; VAT 6 % and 21 % each 'over' its base.")

    # 06 Flemish, Teamleader: "2026 / 186", a discount row, a voorschot already paid
    s = S("Lumen Events CommV", "BE", "Vaartkaai 5 bus 3", "2000 Antwerpen", "boekhouding@lumenevents.be",
          "+32 3 226 90 14", "BTW BE 0688.203.517")
    i, d = D(11, 27), D(12, 11)
    og = mk.ogm("0260186004")
    I("inv-hold27-006", "teamleader", "be", "BE", "pdf", s, "Boekhouding Hofstede", "facturen@hofstede-advocaten.be",
      "Hofstede & Peeters Advocaten", True, "Factuur", "2026 / 186", i, d,
      [("Factuurnummer", "2026 / 186"), ("Datum", fb(i)), ("Vervaldatum", fb(d)), ("Evenement", "eindejaarsfeest 19/12"),
       ("Uw referentie", "HP/2026/0045"), ("Klant", "00231")],
      [("Zaalhuur Loods 5 (19/12/2026)", 1, 185000, 21), ("Catering walking dinner, 85 pers.", 85, 4650, 21),
       ("Korting vaste klant 5 %", 1, -18028, 21)],
      ["net", "vat", "total", ("less", "Voorschot ontvangen (factuur 2026 / 151)", 150000), ("due", "Saldo te betalen")],
      ["Betaal het saldo voor %s op {iban} met mededeling %s." % (fb(d), og)],
      "Factuur 2026 / 186 - eindejaarsfeest (uw ref. HP/2026/0045)",
      "Beste,\n\nHierbij onze factuur 2026 / 186. Het voorschot van factuur 2026 / 151 is in mindering gebracht.\n\n"
      "Vriendelijke groeten,\nLotte Wuyts\n+32 3 226 90 14\n", ref=og,
      addr=["Hofstede & Peeters Advocaten", "t.a.v. mevr. A. Peeters", "Mechelsesteenweg 61", "2018 Antwerpen"],
      layout="right", note="Saldo after a voorschot whose invoice number is printed; discount row; a date inside the event name.")

    # 07 Flemish in the body: a structured communication and a Klantnummer; VCS/meter number
    s = S("Verwarming Claeys", "BE", "Brugsesteenweg 90", "8200 Brugge", "info@verwarming-claeys.be",
          "050 38 12 77", "BTW BE 0634.119.208")
    i = D(11, 30)
    d = i + mk.days(15)
    og = mk.ogm("3000412977")
    I("inv-hold27-007", "excel", "be", "BE", "body-text", s, None, "jan.dewulf@skynet.be", "Jan Dewulf", False,
      "FACTUUR 26-412", "26-412", i, d,
      [("Factuurdatum", fb(i)), ("Klantnummer", "3318"), ("Toestel", "Vaillant ecoTEC, serienr. 21163400100287"),
       ("Interventie", fb(D(11, 26))), ("Betaling", "binnen 15 dagen")],
      [("Jaarlijks onderhoud gasketel + attest", 1, 11500, 21), ("Verplaatsing", 1, 3500, 21)],
      ["net", "vat", "total"],
      ["Over te schrijven op {iban} met mededeling %s." % og],
      "Factuur 26-412 onderhoud ketel", "Dag meneer Dewulf,\n\nHieronder de factuur voor het onderhoud van 26/11.",
      ref=og, addr=["Dhr. Jan Dewulf", "Zandstraat 18", "8200 Brugge"],
      note="Serial number of the boiler, customer number and intervention date in a typed body.")

    # 08 Flemish, a freelancer's invoice with a pro rata credit applied
    s = S("Atelier Maes", "BE", "Nekkerspoelstraat 14", "2800 Mechelen", "hallo@ateliermaes.be", "0486 22 19 03",
          "Ondernemingsnr. 0799.541.062 · BTW BE 0799.541.062")
    i, d = D(12, 2), D(12, 16)
    I("inv-hold27-008", "dexxter", "be", "BE", "pdf", s, "Sofie Goossens", "sofie@goossens-architecten.be",
      "Goossens Architecten BV", True, "Factuur", "2026-0058", i, d,
      [("Factuurnummer", "2026-0058"), ("Factuurdatum", fb(i)), ("Vervaldatum", fb(d)), ("Projectcode", "GA-2611"),
       ("Leveringsdatum", fb(D(11, 28)))],
      [("Visualisaties 3D, 4 beelden", 4, 32500, 21), ("Extra aanpassingsronde", 1, 9000, 21)],
      ["net", "vat", "total", ("less", "Verrekend: creditnota 2026-0051", 18150), ("due", "Te betalen")],
      ["Gelieve te betalen voor %s op {iban}." % fb(d), "Creditnota 2026-0051 (%s) is verrekend." % M(18150)],
      "Factuur 2026-0058 Atelier Maes (project GA-2611)",
      "Dag Sofie,\n\nIn bijlage factuur 2026-0058. Ik heb creditnota 2026-0051 er meteen mee verrekend.\n\nGroetjes,\nEls Maes\n0486 22 19 03\n",
      addr=["Goossens Architecten BV", "Kapucijnenvoer 33", "3000 Leuven"],
      note="A credit note's amount applied on the page; due is after it.")

    # 09 Flemish body-html: a subscription month against the annual sum
    s = S("Kantoorpunt Gent", "BE", "Dok Noord 4", "9000 Gent", "facturen@kantoorpunt-gent.be", "09 335 70 40",
          "BTW BE 0745.882.130")
    i, d = D(12, 1), D(12, 10)
    og = mk.ogm("2612010331")
    I("inv-hold27-009", "yuki", "be", "BE", "body-html", s, None, "info@bureau-declercq.be", "Bureau De Clercq", True,
      "Factuur 2612-0331", "2612-0331", i, d,
      [("Factuurdatum", fb(i)), ("Vervaldag", fb(d)), ("Contract", "CW-0418, looptijd 01/01/2026 - 31/12/2026"),
       ("Periode", "december 2026 (12/12)")],
      [("Coworking vaste plek, maandtermijn", 1, 34500, 21), ("Parkeerplaats P-17", 1, 6000, 21)],
      ["net", "vat", "total", ("row", "Jaarbedrag contract (ter info, incl. btw)", 588060)],
      ["Te betalen op {iban} met mededeling %s." % og],
      "Factuur 2612-0331 december 2026", "Beste klant,\n\nUw maandfactuur voor december staat hierboven.", ref=og,
      addr=["Bureau De Clercq", "Coupure Links 119", "9000 Gent"],
      note="The month's invoice beside the contract's annual sum.")

    # 10 SnelStart: letter date at top differs from the factuurdatum; order date, delivery date
    s = S("Groothandel Bakker Horeca B.V.", "NL", "Pieter Zeemanweg 60", "3316 GZ Dordrecht",
          "debiteuren@bakkerhoreca.nl", "078 - 617 22 90", "KvK 23091847 · BTW NL805337214B01")
    i, d = D(11, 23), D(12, 7)
    I("inv-hold27-010", "snelstart", L, "NL", "pdf", s, None, "inkoop@brasserie-dewerf.nl", "Brasserie De Werf V.O.F.",
      True, "Factuur", "0000417", i, d,
      [("Dordrecht,", f(D(11, 25))), ("Factuurnummer", "0000417"), ("Factuurdatum", f(i)), ("Orderdatum", f(D(11, 17))),
       ("Leverdatum", f(D(11, 20))), ("Pakbon", "PB-26-3390"), ("Klantnr.", "4417"), ("Vervaldatum", f(d))],
      [("Art. 81045 Frituurvet 10 l", 6, 2895, 9), ("Art. 22017 Servetten 3-laags 40x40 (2000)", 2, 3450, 21),
       ("Art. 90100 Statiegeld kratten", 4, 390, 0), ("Art. 81045 retour (beschadigd)", -1, 2895, 9)],
      ["net", "vat", "total"],
      ["Betalingsconditie: 14 dagen netto. IBAN {iban} t.n.v. Groothandel Bakker Horeca B.V."],
      "Factuur 0000417 (order 26-8812)", "Geachte klant,\n\nHierbij de factuur bij order 26-8812, geleverd op 20-11.\n\n"
      "Met vriendelijke groet,\nAfdeling debiteuren\n078 - 617 22 90\n",
      addr=["Brasserie De Werf V.O.F.", "Wolwevershaven 12", "3311 AW Dordrecht"],
      note="Letter date 25-11 above a factuurdatum of 23-11; number with leading zeros; article numbers; a return line.")

    # 11 WeFact: a hosting firm; the year, licence and ticket numbers; "INV 0042 B"
    s = S("Servermeester B.V.", "NL", "Europalaan 100", "3526 KS Utrecht", "billing@servermeester.nl",
          "030 - 799 40 10", "KvK 69220471 · BTW NL857813902B01", web="servermeester.nl")
    i, d = D(11, 2), D(11, 16)
    I("inv-hold27-011", "wefact", L, "NL", "pdf", s, "Finance Koster", "finance@kosteradvies.nl",
      "Koster Advies & Zn. B.V.", True, "Factuur INV 0042 B", "INV 0042 B", i, d,
      [("Factuurnummer", "INV 0042 B"), ("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Debiteurnummer", "DB10042"),
       ("Ticket", "#204117"), ("Periode", "01-11-2026 t/m 31-10-2027")],
      [("VPS Pro 8 GB (jaar 2027) - srv-0042.servermeester.nl", 1, 46800, 21),
       ("Microsoft 365 licentie, 12 x 11,70", 12, 1170, 21), ("SSL-certificaat (gratis)", 1, 0, 21)],
      ["net", "vat", "total"],
      ["Wij incasseren niet. Maak het bedrag over op {iban} o.v.v. INV 0042 B."],
      "Factuur INV 0042 B - ticket #204117", "Beste klant,\n\nZoals besproken in ticket #204117 is het pakket omgezet. "
      "Bijgaand de factuur.\n\nServermeester B.V. | support 030 - 799 40 12\n", addr=["Koster Advies & Zn. B.V.",
                                                                                      "Maliebaan 40", "3581 CR Utrecht"],
      note="Number with spaces and a letter; a hostname with digits; 12 x 11,70 licence line.")

    # 12 Informer: a consumer's invoice with a betalingsregeling note (monthly part vs total)
    s = S("Fietsenmakerij Hoekstra", "NL", "Voorstraat 15", "8861 BE Harlingen", "info@fietshoekstra.nl",
          "0517 - 41 33 02", "KvK 01184467 · BTW NL001122793B02")
    i, d = D(11, 21), D(12, 5)
    I("inv-hold27-012", "informer", L, "NL", "pdf", s, "A. de Boer", "adeboer1961@hotmail.com", "A. de Boer", False,
      "Factuur", "2026.0388", i, d,
      [("Factuurnummer", "2026.0388"), ("Datum", f(i)), ("Vervaldatum", f(d)), ("Framenummer", "WGZ7183344K"),
       ("Klant", "1209")],
      [("E-bike Gazelle Paris C7, 2026", 1, 229900, 21), ("Inruil oude fiets", 1, -25000, 21)],
      ["net", "vat", "total", ("less", "Aanbetaling bij bestelling (pin, 2-11)", 30000), ("due", "Te voldoen")],
      ["U kunt het restant ook in 3 termijnen van %s betalen (vraag naar de voorwaarden)." % M(72643),
       "Overmaken op {iban} onder vermelding van 2026.0388."],
      "Uw factuur 2026.0388", "Beste heer De Boer,\n\nHierbij de factuur van uw nieuwe fiets. Veel fietsplezier!\n\n"
      "Fietsenmakerij Hoekstra\n0517 - 41 33 02\n", addr=["Dhr. A. de Boer", "Noorderhaven 7", "8861 AL Harlingen"],
      note="A frame number, a trade-in line, a deposit paid by card and an instalment offer beside what remains.")

    # 13 Twinfield: a tax-point-like 'leverdatum', a g-rekening part (WKA) in the text
    s = S("Bouwbedrijf Smits & Zonen B.V.", "NL", "Kanaaldijk 8", "5683 CR Best", "administratie@smitsbouw.nl",
          "0499 - 37 11 60", "KvK 17045118 · BTW NL004218870B01")
    i, d = D(11, 30), D(12, 30)
    I("inv-hold27-013", "twinfield", L, "NL", "pdf", s, None, "facturen@wonenbest.nl", "Woonstichting Best", True,
      "Termijnfactuur", "26-T-0093", i, d,
      [("Factuurnummer", "26-T-0093"), ("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Contract", "C-2025-014"),
       ("Termijn", "4 van 6"), ("Uw bestelnr.", "4500038812")],
      [("Termijn 4: ruwbouw blok B (aanneemsom 1.240.000,00)", 1, 18600000, 21)],
      ["net", "vat", "total", ("less", "Inhouding 5 % (oplevering)", 1125300), ("due", "Te betalen deze termijn")],
      ["Eerder gefactureerd: termijn 1-3 samen %s excl. btw." % M(55800000),
       "Te betalen op {iban} (G-rekening deel volgens verlegging: n.v.t.)."],
      "Termijnfactuur 26-T-0093 contract C-2025-014", "Geachte heer Aydin,\n\nBijgaand termijn 4 van 6.\n\n"
      "Met vriendelijke groet,\nM. Smits\n0499 - 37 11 60\n", addr=["Woonstichting Best", "afd. vastgoed",
                                                                  "Postbus 112", "5680 AC Best"],
      note="A stage invoice: the contract sum in a line's text, earlier stages' sum, a 5 % retention off what is due.")

    # 14 Zoho: credit note correcting an invoice
    s = S("Copyshop Centraal", "NL", "Oudegracht 201", "3511 NH Utrecht", "orders@copyshopcentraal.nl",
          "030 - 231 40 08", "KvK 30211875 · BTW NL813390115B01")
    i = D(11, 26)
    I("inv-hold27-014", "zoho", L, "NL", "pdf", s, None, "boekhouding@koorutrecht.nl", "Utrechts Studentenkoor", True,
      "Creditnota", "CN-000071", i, None,
      [("Creditnota", "CN-000071"), ("Datum", f(i)), ("Betreft factuur", "INV-000912 van " + f(D(11, 10))),
       ("Order", "SO-04418")],
      [("Partituren A4 dubbelzijdig (te veel berekend)", -120, 35, 21), ("Inbinden, 60 stuks", -60, 150, 21)],
      ["net", "vat", ("total", "Totaal credit")],
      ["Het bedrag wordt binnen 10 dagen teruggestort op uw rekening."],
      "Creditnota CN-000071 bij INV-000912", "Beste,\n\nExcuses voor de fout; bijgaand de creditnota.\n\nCopyshop Centraal\n",
      addr=["Utrechts Studentenkoor", "Drift 21", "3512 BR Utrecht"], credit=True, iban=False,
      note="A credit note naming the invoice it corrects; no IBAN printed (foot says the shop's).")
    RECORDS[-1]["expected"]["iban"] = s["iban"]

    # 15 Moneybird body-html: a Kleine-ondernemer, the KOR; order number in subject
    s = S("Keramiek Vos", "NL", "Hoogstraat 3", "6701 BM Wageningen", "post@keramiekvos.nl", "06 - 11 52 47 80",
          "KvK 86012239 · vrijgesteld van btw (KOR)")
    i, d = D(12, 3), D(12, 17)
    I("inv-hold27-015", "moneybird", L, "NL", "body-html", s, "Lisa Meijer", "lisa.meijer@gmail.com", "Lisa Meijer",
      False, "Factuur 2026-0071", "2026-0071", i, d,
      [("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Bestelling", "#1093 (webshop)"), ("Verzonden", f(D(12, 2)))],
      [("Kom 'Zout' 14 cm", 4, 2450, 0), ("Schaal 32 cm", 1, 6800, 0), ("Verzending PostNL 3SFKVO0012248", 1, 695, 0)],
      [("total", "Totaal (geen btw, KOR)")],
      ["Betalen kan op {iban} t.n.v. Keramiek Vos."],
      "Bestelling #1093 - factuur 2026-0071", "Hoi Lisa,\n\nDank voor je bestelling #1093. Je pakketje is onderweg.",
      addr=["Lisa Meijer", "Bergstraat 44", "6881 AG Velp"], note="A track-and-trace code and a web order number; no VAT.")

    # 16 Exact Online: Amount with 'openstaand saldo' of the statement vs this invoice
    s = S("Drukwerk Noord B.V.", "NL", "Zernikepark 6", "9747 AN Groningen", "debiteuren@drukwerknoord.nl",
          "050 - 571 80 30", "KvK 02098871 · BTW NL803311546B01")
    i, d = D(11, 25), D(12, 25)
    I("inv-hold27-016", "exact-online", L, "NL", "pdf", s, None, "crediteuren@hanzezorg.nl", "Hanze Zorggroep", True,
      "Factuur", "31007745", i, d,
      [("Factuur", "31007745"), ("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Debiteur", "200317"),
       ("Uw referentie", "INK-2026-33820"), ("Pagina", "1 / 1")],
      [("Folders A5 4/4, oplage 5.000", 5000, 6, 21), ("Opmaak", 1, 18500, 21)],
      ["net", "vat", "total", ("row", "Openstaand saldo vorige facturen", 412890),
       ("row", "Totaal openstaand incl. deze factuur", 412890 + 58685)],
      ["Betaling binnen 30 dagen op {iban} o.v.v. factuurnummer."],
      "Factuur 31007745", "Geachte relatie,\n\nBijgaand factuur 31007745 (uw ref. INK-2026-33820).\n\nDrukwerk Noord B.V.\n",
      addr=["Hanze Zorggroep", "Crediteurenadministratie", "Antwoordnummer 4410", "9700 VB Groningen"],
      note="The account's open balance and a total open beside this invoice's own total.")

    # 17 Word document as PDF: a notary-like dossier number, a year, a postcode; a mail with dossier no.
    s = S("Van Leeuwen Vastgoedbeheer", "NL", "Stationsweg 12", "2312 AV Leiden", "beheer@vanleeuwenvastgoed.nl",
          "071 - 512 09 88", "KvK 28104490 · BTW NL852001762B01")
    i, d = D(12, 1), D(12, 31)
    ref = "5000 0412 2612 0117"
    I("inv-hold27-017", "word", L, "NL", "pdf", s, None, "penningmeester@vve-rijnzicht.nl", "VvE Rijnzicht", True,
      "FACTUUR", "BH/2026/117", i, d,
      [("Nummer", "BH/2026/117"), ("Datum", f(i)), ("Dossier", "VvE-0412"), ("Complex", "Rijnzicht 1-67, 2316 XZ"),
       ("Periode", "4e kwartaal 2026"), ("Uiterste betaaldatum", f(d))],
      [("Beheervergoeding Q4 2026 (67 app. x 9,50 x 3 mnd)", 1, 190950, 21),
       ("Vergaderkosten ALV 12-11-2026", 1, 12500, 21)],
      ["net", "vat", "total"],
      ["Betalingskenmerk: %s" % ref, "IBAN {iban} t.n.v. Van Leeuwen Vastgoedbeheer"],
      "Factuur BH/2026/117 beheer Q4 (dossier VvE-0412)", "Geachte penningmeester,\n\nBijgevoegd de factuur beheer "
      "voor het vierde kwartaal.\n\nMet vriendelijke groet,\nP. van Leeuwen\n071 - 512 09 88\n",
      ref=ref.replace(" ", ""), addr=["VvE Rijnzicht", "t.a.v. de penningmeester", "Rijnzicht 1", "2316 XZ Leiden"],
      note="Number with slashes; a dossier number, the complex's postcode and the line's 67 x 9,50 x 3 inside text.")

    # 18 AFAS: kredietbeperking; two amounts to pay, the full one due
    s = S("Technische Unie Zuid B.V.", "NL", "Hurksestraat 19", "5652 AH Eindhoven", "debiteuren@tu-zuid.nl",
          "040 - 250 77 00", "KvK 17281139 · BTW NL809877120B01")
    i, d = D(11, 19), D(12, 19)
    I("inv-hold27-018", "afas", L, "NL", "pdf", s, None, "inkoop@elektro-vdheuvel.nl", "Elektrotechniek Van den Heuvel",
      True, "Factuur", "F-2611-0093", i, d,
      [("Factuurnummer", "F-2611-0093"), ("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Klantnummer", "58211"),
       ("Uw order", "Project Kerkstraat 2-8"), ("Pakbon", "P26-77103"), ("Leverdatum", f(D(11, 18)))],
      [("Installatiekabel XMvK 3x2,5 (ring 100 m)", 4, 21450, 21), ("Groepenkast 3F 12-groeps", 2, 31900, 21),
       ("Kabelgoot 60x60 (per m)", 36, 1240, 21)],
      ["net", "vat", "total", ("row", "Bij betaling binnen 8 dagen 2 % kredietbeperking", -4701),
       ("row", "Te betalen binnen 8 dagen", 230329)],
      ["Betaling binnen 30 dagen, of binnen 8 dagen met 2 % kredietbeperking. IBAN {iban}."],
      "Factuur F-2611-0093 (pakbon P26-77103)", "Geachte klant,\n\nBijgaand uw factuur.\n\nTechnische Unie Zuid B.V.\n"
      "040 - 250 77 00\n", addr=["Elektrotechniek Van den Heuvel", "Kerkstraat 102", "5581 GJ Waalre"],
      note="Kredietbeperking: an amount 'within 8 days' below the full total, which stays what is due.")

    # 19 Excel as PDF: a caterer; amounts per person x persons; an extra line 0,00; a reminder date
    s = S("Smaakmakers Catering", "NL", "Havenstraat 9", "1211 KK Hilversum", "info@smaakmakers-catering.nl",
          "035 - 621 44 90", "KvK 64011872 · BTW NL855600193B01")
    i, d = D(11, 14), D(11, 28)
    I("inv-hold27-019", "excel", L, "NL", "pdf", s, None, "events@mediapark-studio4.nl", "Studio Vier Producties B.V.",
      True, "Factuur", "SM-2026-211", i, d,
      [("Factuurnr.", "SM-2026-211"), ("Factuurdatum", f(i)), ("Datum event", f(D(11, 7))), ("Aantal gasten", "140"),
       ("Uw PO", "SV4-PO-7781"), ("Betalen voor", f(d))],
      [("Lunchbuffet per persoon", 140, 1950, 9), ("Koffie/thee onbeperkt p.p.", 140, 425, 9),
       ("Bediening, 4 x 6 uur", 24, 3900, 21), ("Servies en glaswerk", 1, 0, 21)],
      ["net", "vat", "total"],
      ["Niet betaald op %s? Dan volgt op %s automatisch een herinnering." % (f(d), f(D(12, 5))),
       "IBAN {iban} o.v.v. SM-2026-211."],
      "Factuur SM-2026-211 lunch 7 november (PO SV4-PO-7781)", "Hallo Eline,\n\nDank voor de fijne samenwerking op 7 "
      "november. Hierbij de factuur.\n\nMaarten\nSmaakmakers | 035 - 621 44 90\n",
      addr=["Studio Vier Producties B.V.", "Mediapark 1", "1217 WE Hilversum"],
      note="Guests x price per person; the event date, the due date and a reminder date.")

    # 20 Xero NL: English tool, Dutch text; an RF reference and a VAT number that looks like a number
    s = S("Kade 11 Coffee Roasters B.V.", "NL", "Kattenburgerstraat 5", "1018 JA Amsterdam",
          "accounts@kade11.nl", "020 - 820 11 90", "KvK 73301188 · BTW NL859233107B01")
    i, d = D(11, 28), D(12, 12)
    rf = mk.rf("26110288")
    I("inv-hold27-020", "xero", L, "NL", "pdf", s, None, "admin@hetbakhuys.nl", "Het Bakhuys", True,
      "FACTUUR", "INV-110288", i, d,
      [("Factuurnummer", "INV-110288"), ("Factuurdatum", f(i)), ("Vervaldatum", f(d)), ("Referentie", "Order 4471 / wk 48"),
       ("Btw-nummer klant", "NL001844203B93")],
      [("Espresso blend 'Kade' 1 kg", 24, 2290, 9), ("Filter 'Oost' 250 g", 40, 790, 9),
       ("Verzendkosten", 1, 1250, 21)],
      ["net", "vat", ("total", "TOTAAL EUR"), ("less", "Min betaald bedrag", 0), ("due", "TE BETALEN EUR")],
      ["Betalingskenmerk %s" % " ".join(rf[k:k + 4] for k in range(0, len(rf), 4)), "Rekening {iban}"],
      "Factuur INV-110288 van Kade 11 Coffee Roasters B.V.", "Beste Het Bakhuys,\n\nHierbij factuur INV-110288 "
      "voor € , te betalen voor 12 dec 2026.\n\nKade 11 Coffee Roasters\n", ref=rf,
      addr=["Het Bakhuys", "Sint Jansstraat 30", "1012 HG Amsterdam"],
      note="An RF reference in groups; the customer's VAT number; a 'min betaald bedrag' row of 0,00.")
    # Xero's cover names the amount
    r = RECORDS[-1]
    r["eml"] = r["eml"].replace("voor € ,", "voor %s," % M(r["expected"]["amount_due_cents"]))


# ======================================================================================
# English invoices (15: UK 8, IE 5, US 1, and a Dutch firm's in English)
# ======================================================================================

def english_invoices():
    L = "en"
    f = lambda d: fd("en", d)  # noqa: E731
    G = lambda c: mk.money_in("GBP", "en", c)  # noqa: E731
    E = lambda c: mk.money_in("EUR", "en", c)  # noqa: E731

    # 21 Sage 50: tax point vs invoice date, account ref, order no, delivery note
    s = S("Pennine Fasteners Ltd", "GB", "Unit 4, Calder Trade Park", "Huddersfield HD5 0RL",
          "accounts@penninefasteners.co.uk", "01484 530 217", "VAT Reg No. GB 284 1193 62 · Co. No. 08812740")
    i, tp, d = D(11, 30), D(11, 27), D(12, 30)
    I("inv-hold27-021", "sage50", L, "GB", "pdf", s, None, "purchase.ledger@ridingsjoinery.co.uk",
      "Ridings Joinery Ltd", True, "SALES INVOICE", "41187", i, d,
      [("Invoice No.", "41187"), ("Invoice Date", f(i)), ("Tax Point", f(tp)), ("Account Ref", "RID002"),
       ("Order No.", "PO 7730"), ("Delivery Note", "DN 41020"), ("Page", "1 of 1")],
      [("M8 x 60 coach screws (box 200), code CS0860", 12, 1485, 20), ("Wood glue D3 5 kg, code WG5D3", 3, 2760, 20),
       ("Carriage", 1, 950, 20)],
      ["net", "vat", ("total", "Total GBP")],
      ["Terms: 30 days from invoice date. Payment due %s." % f(d),
       "Bank: sort code 20-45-77, account 53318842. IBAN {iban}."],
      "Invoice 41187 - your PO 7730", "Please find attached invoice 41187 for goods delivered on DN 41020.\n\n"
      "Kind regards\nJulie Haigh\nCredit Control | 01484 530 217 ext. 24\n",
      cur="GBP", addr=["Ridings Joinery Ltd", "Mill Lane", "Brighouse", "HD6 1PY"],
      note="Tax point 27 Nov beside an invoice date of 30 Nov; account ref, PO, delivery note, product codes, sort code.")

    # 22 Xero UK: statement-like block of earlier invoice, credit applied
    s = S("Fenwick & Dale Design Ltd", "GB", "14 Grey Street", "Newcastle upon Tyne NE1 6AE",
          "hello@fenwickdale.co.uk", "0191 249 3306", "VAT No. 317 4402 85 · Company 11820334")
    i, d = D(11, 18), D(12, 2)
    I("inv-hold27-022", "xero", L, "GB", "pdf", s, None, "finance@tynebrew.co.uk", "Tyne Brewing Co. Ltd", True,
      "TAX INVOICE", "INV-2207", i, d,
      [("Invoice Number", "INV-2207"), ("Invoice Date", f(i)), ("Due Date", f(d)), ("Reference", "Label refresh 2027"),
       ("VAT Number", "GB 317 4402 85")],
      [("Can label redesign, 4 SKUs", 4, 42500, 20), ("Print-ready artwork files", 1, 15000, 20)],
      ["net", "vat", ("total", "TOTAL GBP"), ("less", "Less Credit Note CN-0061 applied", 9000),
       ("due", "AMOUNT DUE GBP")],
      ["Please use INV-2207 as your reference when paying.", "Sort code 40-11-62 · Account 81220977 · IBAN {iban}"],
      "Invoice INV-2207 from Fenwick & Dale Design Ltd for Tyne Brewing Co. Ltd",
      "Hi Alex,\n\nHere's invoice INV-2207 for £ . We've applied credit note CN-0061 (£90.00).\n\n"
      "Thanks,\nPriya\n0191 249 3306\n", cur="GBP", addr=["Tyne Brewing Co. Ltd", "Attn: Alex Rowe",
                                                            "Hoults Yard", "Newcastle NE6 2HL"],
      note="A credit note applied on the page; 'use INV-2207 as your reference' is not a labelled reference.")
    r = RECORDS[-1]
    r["eml"] = r["eml"].replace("for £ .", "for %s." % G(r["expected"]["amount_due_cents"]))

    # 23 FreeAgent in the body: a sole trader not VAT registered; hours x rate
    s = S("Tom Ashdown Photography", "GB", "27 Albion Road", "Brighton BN2 9PQ", "tom@ashdownphoto.co.uk",
          "07700 914 388", "Not VAT registered · UTR on request")
    i, d = D(11, 22), D(12, 6)
    I("inv-hold27-023", "freeagent", L, "GB", "body-text", s, None, "bookings@thelanesgallery.co.uk",
      "The Lanes Gallery", True, "Invoice 0093", "0093", i, d,
      [("Invoice date", f(i)), ("Due", f(d)), ("Shoot date", f(D(11, 15))), ("Your PO", "LG/26/118"),
       ("Images delivered", "64")],
      [("Exhibition photography (hours)", 6, 8500, 0), ("Retouching, 64 images @ 4.00", 64, 400, 0)],
      [("total", "Amount due")],
      ["Pay by bank transfer: sort code 60-83-71, account 20193847 (IBAN {iban}), reference 0093."],
      "Invoice 0093 - The Lanes Gallery (PO LG/26/118)", "Hi Hannah,\n\nHere's invoice 0093 for the exhibition shoot.",
      cur="GBP", addr=["The Lanes Gallery", "8 Meeting House Lane", "Brighton BN1 1HB"],
      note="A short number among a PO, an image count and a shoot date; not VAT registered.",
      sent=D(11, 22))
    RECORDS[-1]["eml"] = RECORDS[-1]["eml"].rstrip("\n") + "\n\nThanks,\nTom\n07700 914 388\n\nSent via FreeAgent\n"

    # 24 QuickBooks UK html: monthly instalment of a yearly contract, service period
    s = S("Greenline Grounds Maintenance Ltd", "GB", "Yard 3, Station Road", "Didcot OX11 7NN",
          "invoices@greenlinegrounds.co.uk", "01235 818 440", "VAT GB 902 4417 30 · Reg. 09344812")
    i, d = D(12, 1), D(12, 15)
    I("inv-hold27-024", "quickbooks", L, "GB", "body-html", s, None, "accounts@abbeyfieldschool.org.uk",
      "Abbeyfield School", True, "Invoice 1047", "1047", i, d,
      [("Invoice no.", "1047"), ("Date", f(i)), ("Due date", f(d)), ("Contract", "GM-2026-09 (12 monthly payments)"),
       ("Service period", "1-31 December 2026")],
      [("Grounds maintenance, month 9 of 12", 1, 118750, 20)],
      ["net", "vat", ("total", "Total this invoice"), ("row", "Annual contract value (inc. VAT)", 1710000)],
      ["Bank: Lloyds, sort code 30-96-12, account 07731840. IBAN {iban}"],
      "Invoice 1047 from Greenline Grounds Maintenance Ltd", "Dear Accounts,\n\nYour invoice is above. Thank you for "
      "your business.\nGreenline Grounds | 01235 818 440", cur="GBP",
      addr=["Abbeyfield School", "Finance Office", "Abbey Way", "Abingdon OX14 3RS"],
      note="A month of a yearly contract, the annual value beside it; month 9 of 12.")

    # 25 KashFlow: statement balance vs this invoice
    s = S("Marlow Office Supplies Ltd", "GB", "2 Crown Yard", "Marlow SL7 1BS", "credit@marlowoffice.co.uk",
          "01628 471 300", "VAT Reg GB 188 2930 47")
    i, d = D(11, 30), D(12, 30)
    I("inv-hold27-025", "kashflow", L, "GB", "pdf", s, None, "ap@chilternvets.co.uk", "Chiltern Veterinary Group", True,
      "INVOICE", "SI-10293", i, d,
      [("Invoice", "SI-10293"), ("Date", f(i)), ("Customer code", "CHI004"), ("Your order", "CVG-5518"),
       ("Due", f(d))],
      [("Copier paper A4 80 gsm, box of 5 reams", 8, 2199, 20), ("Toner HP 59X", 2, 16450, 20)],
      ["net", "vat", ("total", "Invoice total"), ("row", "Balance brought forward", 61210),
       ("row", "Statement balance", 61210 + 60590)],
      ["Payment within 30 days to IBAN {iban}. Please remit this invoice only if the brought-forward balance is queried."],
      "Invoice SI-10293 (order CVG-5518)", "Good afternoon,\n\nAttached is invoice SI-10293.\n\nMarlow Office Supplies\n"
      "01628 471 300\n", cur="GBP", addr=["Chiltern Veterinary Group", "Accounts Payable", "London Road",
                                                 "High Wycombe HP11 1BX"],
      note="A balance brought forward and a statement balance below the invoice's own total.")

    # 26 Word as PDF: a UK plumber to a household; a job number, a boiler serial, a Gas Safe number
    s = S("J. Okonkwo Plumbing & Heating", "GB", "41 Wellington Road", "Stockport SK4 1HL",
          "jokonkwo.plumbing@gmail.com", "07812 330 419", "Gas Safe Reg. 588102 · VAT No. 402 1183 77")
    i, d = D(11, 24), D(12, 8)
    I("inv-hold27-026", "word", L, "GB", "pdf", s, None, "sarahlindqvist@outlook.com", "S. Lindqvist", False,
      "INVOICE", "JO/2026/212", i, d,
      [("Invoice no.", "JO/2026/212"), ("Date", f(i)), ("Job no.", "2614"), ("Boiler serial", "47-311-09 / 2016"),
       ("Payment by", f(d))],
      [("Replace diverter valve (part 87161)", 1, 14800, 20), ("Labour, 2.5 hrs @ 60.00", 2.5, 6000, 20),
       ("Call-out (waived)", 1, 0, 20)],
      ["net", "vat", "total", ("less", "Deposit paid on the day (card)", 10000), ("due", "Balance to pay")],
      ["Bank transfer to IBAN {iban} (sort code 09-01-28, acct 41880217), ref JO/2026/212."],
      "Invoice JO/2026/212 - job 2614", "Hi Sarah,\n\nThanks for today. Invoice attached, less the £100 you paid by card.\n\n"
      "Joseph Okonkwo\n07812 330 419\n", cur="GBP", addr=["Mrs S. Lindqvist", "9 Heaton Moor Road", "Stockport SK4 4LX"],
      note="A household's invoice: a deposit paid, a waived call-out at 0.00, a serial number with a year.")

    # 27 Zoho UK: amounts in two currencies (EUR invoice with VAT in GBP)
    s = S("Harbour Light Translations Ltd", "GB", "5 Castle Street", "Edinburgh EH2 3AH",
          "billing@harbourlight.co.uk", "0131 226 4810", "VAT GB 366 9012 14 · SC 612044")
    i, d = D(11, 26), D(12, 26)
    I("inv-hold27-027", "zoho", L, "GB", "pdf", s, None, "ap@nordhavn-shipping.co.uk", "Nordhavn Shipping (UK) Ltd",
      True, "Tax Invoice", "HLT-26-0441", i, d,
      [("Invoice #", "HLT-26-0441"), ("Invoice Date", f(i)), ("Due Date", f(d)), ("P.O.#", "NS-4410-EU"),
       ("Words", "18,250")],
      [("Translation DA>EN, technical manual (per 1,000 words)", 18.25, 9500, 20), ("Proofreading", 1, 24000, 20)],
      ["net", "vat", ("total", "Total (EUR)"), ("row", "VAT in GBP at 0.8571 (HMRC rate)", "£338.34"),
       ("due", "Balance Due")],
      ["Payable in euro to IBAN {iban}."],
      "Invoice HLT-26-0441 (PO NS-4410-EU)", "Dear Accounts Payable,\n\nPlease find invoice HLT-26-0441 attached.\n\n"
      "Harbour Light Translations\n0131 226 4810\n", cur="EUR", addr=["Nordhavn Shipping (UK) Ltd", "Ocean Terminal",
                                                                          "Edinburgh EH6 6JJ"],
      note="A euro invoice showing its VAT in pounds too; a word count with a thousands comma.")

    # 28 Stripe html: a SaaS invoice; many ids
    s = S("Ledgerly Ltd", "GB", "20 Old Street", "London EC1V 9AB", "invoice+statements@ledgerly.io",
          "+44 20 3808 1122", "VAT GB 299 5520 41")
    i = D(12, 1)
    I("inv-hold27-028", "stripe", L, "GB", "body-html", s, None, "ops@coastalkitchens.co.uk", "Coastal Kitchens Ltd",
      True, "Invoice 8F3A21C0-0012", "8F3A21C0-0012", i, i,
      [("Invoice number", "8F3A21C0-0012"), ("Date of issue", f(i)), ("Date due", f(i)),
       ("Subscription", "sub_1QxT8e2026"), ("Billing period", "Dec 1 - Dec 31, 2026")],
      [("Ledgerly Team (per seat)", 7, 1800, 20), ("Bank feed add-on", 1, 900, 20)],
      ["net", "vat", ("total", "Total"), ("less", "Applied balance", 2500), ("due", "Amount due")],
      ["Will be charged to the card on file ending 4412 on %s. IBAN for transfers: {iban}" % f(i)],
      "Your Ledgerly invoice #8F3A21C0-0012", "Questions? Reply or call +44 20 3808 1122.", cur="GBP",
      addr=["Coastal Kitchens Ltd", "11 Harbour Parade", "Ramsgate CT11 8LP"],
      note="A hex-like number, a subscription id, card digits; an applied balance off the amount due.")

    # 29 Sage IE: 13.5 % and 23 %; PO, job, the CRO and VAT numbers
    s = S("Liffey Electrical Contractors Ltd", "IE", "Unit 9, Ballymount Ind. Est.", "Dublin 12 D12 X8R4",
          "accounts@liffeyelectrical.ie", "01 456 2290", "VAT IE 9713402T · CRO 588210")
    i, d = D(11, 20), D(12, 20)
    I("inv-hold27-029", "sage-ie", L, "IE", "pdf", s, None, "payables@brennanhotels.ie", "Brennan Hotels Ltd", True,
      "INVOICE", "LEC-7720", i, d,
      [("Invoice No", "LEC-7720"), ("Date", f(i)), ("Your PO", "BH-22-01947"), ("Job No", "J-3310"),
       ("Completed", f(D(11, 14))), ("Terms", "30 days")],
      [("Emergency lighting upgrade, labour (13.5 %)", 1, 286000, 13.5), ("LED fittings, 42 units", 42, 3890, 23)],
      ["net", "vat", "total"],
      ["Due %s. Please pay to IBAN {iban}, BIC AIBKIE2D." % f(d)],
      "Invoice LEC-7720 / PO BH-22-01947", "Hi,\n\nInvoice LEC-7720 attached for job J-3310.\n\nRegards,\nCiara Byrne\n"
      "Liffey Electrical | 01 456 2290 | 087 221 4490\n", addr=["Brennan Hotels Ltd", "Accounts Dept.", "Harcourt St",
                                                                 "Dublin 2 D02 K769"],
      note="Two Irish rates; a PO with a year-like group; an Eircode; the CRO number.")

    # 30 Xero IE: retention on a contractor's valuation
    s = S("Corrib Build Ltd", "IE", "Headford Road", "Galway H91 FX2T", "accounts@corribbuild.ie", "091 773 410",
          "VAT IE 3311790LH · CRO 702114")
    i, d = D(11, 30), D(12, 30)
    I("inv-hold27-030", "xero", L, "IE", "pdf", s, None, "finance@westcountycouncil-housing.ie",
      "Atlantic Housing Association CLG", True, "TAX INVOICE", "INV-0518", i, d,
      [("Invoice Number", "INV-0518"), ("Invoice Date", f(i)), ("Due Date", f(d)), ("Reference", "Valuation 6"),
       ("Contract", "AHA-2025-031")],
      [("Valuation 6: works to 27 Nov 2026", 1, 9440000, 13.5)],
      ["net", "vat", ("total", "TOTAL EUR"), ("less", "Less retention 5 %", 535720), ("due", "AMOUNT DUE EUR")],
      ["Cumulative value to date: €612,300.00 net. Retention held to date: €30,615.00.", "Bank: IBAN {iban}"],
      "Invoice INV-0518 - Valuation 6", "Hi Declan,\n\nHere's invoice INV-0518 for Valuation 6.\n\nThanks,\nNiamh\n"
      "Corrib Build | 091 773 410\n", addr=["Atlantic Housing Association CLG", "Dock Road", "Galway H91 E2KT"],
      note="5 % retention off the valuation's total; cumulative figures in the notes.")

    # 31 Irish accountant in the body: a fee note; tax year, PPS-like client ref, previous fee note
    s = S("Moran & Keane Chartered Accountants", "IE", "3 Patrick Street", "Cork T12 RF44", "fees@morankeane.ie",
          "021 427 8830", "VAT IE 6388214M")
    i = D(11, 27)
    d = i + mk.days(21)
    I("inv-hold27-031", "word", L, "IE", "body-text", s, None, "aoife.nidhuibhir@eircom.net", "Aoife Ní Dhuibhir",
      False, "FEE NOTE 26/0391", "26/0391", i, d,
      [("Date", f(i)), ("Client", "ND0117"), ("Tax year", "2025 (Form 11, filed 12 November 2026)"),
       ("Previous fee note", "25/0402 - paid, thank you"), ("Terms", "within 21 days")],
      [("Preparation of Form 11 return 2025", 1, 68000, 23), ("Rental schedule, 2 properties", 2, 9500, 23)],
      ["net", "vat", ("total", "Total due")],
      ["Payment to IBAN {iban}, quoting 26/0391."],
      "Fee note 26/0391 - Form 11 2025", "Dear Aoife,\n\nPlease see our fee note below for your 2025 return.",
      addr=["Ms Aoife Ní Dhuibhir", "14 Sunday's Well Road", "Cork T23 P8W1"],
      note="A fee note numbered like a date fraction; a tax year, a filing date and a previous paid fee note.")
    RECORDS[-1]["eml"] = RECORDS[-1]["eml"].rstrip("\n") + "\n\nKind regards\nSeán Moran FCA\n021 427 8830\n"

    # 32 QuickBooks IE: unit price x quantity, a 0.00 line and a discount; an earlier invoice's balance
    s = S("Burren Coffee Supply Ltd", "IE", "Ennis Road", "Ennistymon V95 K2P3", "orders@burrencoffee.ie",
          "065 707 2211", "VAT IE 3577021WH")
    i, d = D(11, 25), D(12, 9)
    I("inv-hold27-032", "quickbooks", L, "IE", "pdf", s, None, "hello@thekilncafe.ie", "The Kiln Café", True,
      "Invoice", "3318", i, d,
      [("Invoice no.", "3318"), ("Date", f(i)), ("Due date", f(d)), ("Terms", "Net 14"), ("Ship date", f(D(11, 24))),
       ("Tracking no.", "AN 4471 0933 21 IE")],
      [("Espresso beans 1 kg", 20, 1880, 23), ("Oat milk 1 l (case of 6)", 5, 1390, 23),
       ("Grinder loan (no charge)", 1, 0, 23), ("Loyalty discount", 1, -2800, 23)],
      ["net", "vat", "total", ("row", "Previous balance (invoice 3251, overdue)", 44310),
       ("due", "Balance due this invoice")],
      ["Please pay to IBAN {iban}."],
      "Invoice 3318 from Burren Coffee Supply Ltd", "Dear The Kiln Café,\n\nYour invoice 3318 is attached. Invoice 3251 "
      "(€443.10) is still open; please let us know if it has been paid.\n\nMáire | 065 707 2211\n",
      addr=["The Kiln Café", "Main Street", "Lahinch V95 XH82"],
      note="A 0.00 line, a discount, a tracking number and an overdue earlier invoice's balance printed beside this one.")

    # 33 FreshBooks IE html: amount already paid (partial)
    s = S("Wicklow Web Studio", "IE", "The Murrough", "Wicklow A67 W2C8", "billing@wicklowweb.ie", "0404 61 239",
          "VAT IE 4182260QH")
    i, d = D(12, 2), D(12, 16)
    I("inv-hold27-033", "freshbooks", L, "IE", "body-html", s, None, "info@glendaloughtours.ie", "Glendalough Tours Ltd",
      True, "Invoice 0000187", "0000187", i, d,
      [("Invoice Number", "0000187"), ("Date of Issue", f(i)), ("Due Date", f(d)), ("Reference", "Quote 0000172"),
       ("Project", "Booking site v2")],
      [("Website build, milestone 2 of 3", 1, 320000, 23), ("Hosting 12 months", 12, 2500, 23)],
      ["net", "vat", "total", ("less", "Amount Paid", 150000), ("due", "Amount Due (EUR)")],
      ["Transfer to IBAN {iban}."],
      "Wicklow Web Studio sent you an invoice (0000187)", "Thanks for your business!\nRóisín, 0404 61 239",
      addr=["Glendalough Tours Ltd", "Laragh", "Co. Wicklow A98 C9X4"],
      note="A partial payment already made; the quote's number looks like the invoice's.")

    # 34 US: a software consultancy billing a Dutch client in USD; ACH and SWIFT numbers, no IBAN
    s = seller("Northfield Data Consulting LLC", "GB", ["1200 Pearl Street, Suite 310", "Boulder, CO 80302, USA",
                                                         "+1 (303) 555-0148"],
               "ar@northfielddata.com", "+1 303 555 0148",
               ["EIN 84-2219087 · Wire: Chase, ABA 102001017, SWIFT CHASUS33, acct 000718441190"])
    i = D(11, 30)
    d = i + mk.days(30)
    I("inv-hold27-034", "quickbooks-us", L, "US", "pdf", s, None, "ap@tulpdata.nl", "Tulp Data B.V.", True,
      "INVOICE", "1150", i, d,
      [("Invoice #", "1150"), ("Date", mk.date(i, "us")), ("Due Date", mk.date(d, "us")), ("Terms", "Net 30"),
       ("P.O. Number", "TD-2026-0091"), ("Hours", "46.5")],
      [("Data pipeline consulting (hours)", 46.5, 18500, 0), ("Cloud costs passed through (Nov 2026)", 1, 41217, 0)],
      [("total", "Total"), ("due", "Balance Due")],
      ["Reverse charge: VAT to be accounted for by the recipient (NL001937402B01).",
       "Pay by wire; ABA and account number in the footer."],
      "Invoice 1150 from Northfield Data Consulting LLC", "Hi Tulp Data team,\n\nAttached is invoice 1150 for November.\n\n"
      "Best,\nDana Whitfield\n+1 (303) 555-0148\n", cur="USD", iban=False,
      addr=["Tulp Data B.V.", "Attn: Accounts Payable", "Vredenburg 40", "3511 BD Utrecht", "The Netherlands"],
      note="USD; a routing, SWIFT and account number but no IBAN; the client's VAT number.")

    # 35 A Dutch firm invoicing in English: an order number, a container number, an EORI
    s = S("Vlietland Flowers B.V.", "NL", "Middenweg 190", "2671 MJ Naaldwijk", "invoices@vlietlandflowers.nl",
          "+31 174 62 88 10", "KvK 27188350 · VAT NL814600319B01 · EORI NL814600319")
    i, d = D(11, 19), D(12, 3)
    I("inv-hold27-035", "exact-online", L, "NL", "pdf", s, None, "accounts@bloomandstem.co.uk", "Bloom & Stem Ltd",
      True, "Invoice", "26900731", i, d,
      [("Invoice", "26900731"), ("Invoice date", f(i)), ("Due date", f(d)), ("Customer", "UK-0071"),
       ("Order", "SO 26-10412"), ("Container", "MSKU 4418207")],
      [("Roses Red Naomi 60 cm (stems)", 1200, 42, 0), ("Tulips mixed 40 cm (stems)", 2500, 21, 0),
       ("Phytosanitary certificate", 1, 3500, 0)],
      [("total", "Total EUR (0 % VAT, export)")],
      ["Please transfer to IBAN {iban}, BIC INGBNL2A, stating 26900731."],
      "Invoice 26900731 - order SO 26-10412", "Dear customer,\n\nPlease find attached invoice 26900731.\n\n"
      "Vlietland Flowers | +31 174 62 88 10\n", addr=["Bloom & Stem Ltd", "Unit 12, New Covent Garden Market",
                                                     "London SW8 5EE", "United Kingdom"],
      note="An export invoice at 0 %; stems x price; a container number and an EORI.")


# ======================================================================================
# German invoices (15: DE 8, AT 4, CH 3)
# ======================================================================================

def german_invoices():
    L = "de"
    f = lambda d: fd("de", d)  # noqa: E731
    E = lambda c: mk.money_in("EUR", "de", c)  # noqa: E731
    C = lambda c: mk.money_in("CHF", "de", c)  # noqa: E731

    # 36 lexoffice: Skonto amount and date beside the full total; Leistungszeitraum
    s = S("Elektro Brandstätter GmbH", "DE", "Gewerbering 14", "85649 Brunnthal", "rechnung@elektro-brandstaetter.de",
          "Tel. 089 609 41 20", "HRB 204418 AG München · USt-IdNr. DE318840271")
    i = D(11, 20)
    d, sk = i + mk.days(30), i + mk.days(10)
    I("inv-hold27-036", "lexoffice", L, "DE", "pdf", s, None, "buchhaltung@physio-am-anger.de", "Physiotherapie am Anger GbR",
      True, "Rechnung", "RE-2026-0311/2", i, d,
      [("Rechnungsnr.", "RE-2026-0311/2"), ("Rechnungsdatum", f(i)), ("Kundennr.", "10455"),
       ("Leistungszeitraum", "02.–13.11.2026"), ("Ihre Bestellung", "vom 28.10.2026"), ("Seite", "1/1")],
      [("Elektroinstallation Praxisräume, Pauschale", 1, 384000, 19), ("Steckdosen-Kombination 3-fach", 14, 2870, 19),
       ("Prüfprotokoll DGUV V3", 1, 16500, 19)],
      ["net", "vat", "total", ("row", "Bei Zahlung bis %s 2 %% Skonto" % f(sk), -10488),
       ("row", "Zahlbetrag mit Skonto", 513921)],
      ["Zahlbar ohne Abzug bis %s auf {iban}." % f(d), "Verwendungszweck: RE-2026-0311/2 KD 10455"],
      "Rechnung RE-2026-0311/2 – Praxisräume", "Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung zum Auftrag "
      "vom 28.10.2026 (Teil 2 von 2).\n\nMit freundlichen Grüßen\nMarkus Brandstätter\nTel. 089 609 41 20\n",
      ref="RE-2026-0311/2 KD 10455", addr=["Physiotherapie am Anger GbR", "Am Anger 3", "85521 Ottobrunn"],
      note="A number with a slash; Skonto amount and a discounted total under the full one; a service period.")

    # 37 sevDesk: Abschlagsrechnungen deducted in a Schlussrechnung, each with its number
    s = S("Malerbetrieb Krüger & Sohn", "DE", "Hafenstraße 77", "48153 Münster", "buero@maler-krueger.de",
          "0251 78 33 02", "St.-Nr. 337/5118/2043 · USt-IdNr. DE271093884")
    i, d = D(11, 26), D(12, 10)
    I("inv-hold27-037", "sevdesk", L, "DE", "pdf", s, None, "verwaltung@wohnbau-aasee.de", "Wohnbau Aasee GmbH & Co. KG",
      True, "Schlussrechnung", "2026-0188", i, d,
      [("Rechnungsnummer", "2026-0188"), ("Datum", f(i)), ("Bauvorhaben", "Aaseestr. 120-124"),
       ("Auftrag", "vom 04.08.2026, Nr. 4410"), ("Abnahme", f(D(11, 21))), ("Fällig am", f(d))],
      [("Fassadenanstrich 1.240 m² à 18,40", 1240, 1840, 19), ("Gerüststellung pauschal", 1, 480000, 19)],
      ["net", "vat", "total", ("less", "abzgl. 1. Abschlag RE 2026-0121 (brutto)", 1200000),
       ("less", "abzgl. 2. Abschlag RE 2026-0156 (brutto)", 800000), ("due", "Noch zu zahlen")],
      ["Bitte überweisen Sie den Restbetrag bis %s auf {iban}." % f(d)],
      "Schlussrechnung 2026-0188 BV Aaseestr. 120-124", "Guten Tag Frau Terhorst,\n\nanbei die Schlussrechnung.\n\n"
      "Freundliche Grüße\nJens Krüger\n0251 78 33 02 / mobil 0171 4420 913\n",
      addr=["Wohnbau Aasee GmbH & Co. KG", "z. H. Frau Terhorst", "Warendorfer Str. 41", "48145 Münster"],
      note="Two progress invoices deducted, each with its own number; an area x rate line; the contract number.")

    # 38 DATEV: direct debit; mandate reference, creditor ID, the debtor's masked IBAN
    s = S("Stadtwerke-Service Nordheide GmbH", "DE", "Bahnhofstraße 2", "21244 Buchholz", "kundenservice@sw-nordheide.de",
          "04181 930 400", "HRB 207731 AG Tostedt · USt-IdNr. DE814420677 · Gläubiger-ID DE71ZZZ00000318812")
    i = D(11, 16)
    d = D(11, 30)
    I("inv-hold27-038", "datev", L, "DE", "pdf", s, None, "k.hansen-bauer@web.de", "Kirsten Hansen-Bauer", False,
      "Rechnung", "4100288193", i, d,
      [("Rechnungsnummer", "4100288193"), ("Rechnungsdatum", f(i)), ("Vertragskonto", "200 331 874"),
       ("Zählernummer", "1ESY1160 4471 82"), ("Zählerstand", "31.844 kWh am 31.10.2026"),
       ("Mandatsreferenz", "SWN-200331874-01")],
      [("Wärmepumpentarif, Arbeitspreis (kWh)", 1422, 27, 19), ("Grundpreis Oktober", 1, 1190, 19)],
      ["net", "vat", "total"],
      ["Der Betrag wird am %s von Ihrem Konto DE41 **** **** **** **18 52 per SEPA-Lastschrift abgebucht." % f(d),
       "Unsere Bankverbindung: {iban}"],
      "Ihre Rechnung 4100288193 (Vertragskonto 200 331 874)", "Sehr geehrte Frau Hansen-Bauer,\n\nanbei Ihre "
      "Rechnung für Oktober.\n\nIhr Kundenservice · 04181 930 400 (Mo–Fr 8–18 Uhr)\n",
      addr=["Frau Kirsten Hansen-Bauer", "Heidweg 9", "21244 Buchholz"],
      note="Direct debit: a mandate reference and a creditor ID are not payment references; meter numbers and readings.")

    # 39 Billomat body-html: Rechnungskorrektur (credit) naming the original
    s = S("Druckerei Pfeiffer e.K.", "DE", "Lindenallee 5", "99423 Weimar", "rechnung@druckerei-pfeiffer.de",
          "03643 77 21 90", "HRA 501344 AG Jena · USt-IdNr. DE290113357")
    i = D(11, 23)
    I("inv-hold27-039", "billomat", L, "DE", "body-html", s, None, "info@weimarer-kunstverein.de",
      "Weimarer Kunstverein e.V.", True, "Rechnungskorrektur GS-2026-017", "GS-2026-017", i, None,
      [("Datum", f(i)), ("Zur Rechnung", "RE-2026-0412 vom " + f(D(11, 9))), ("Kundennummer", "K-2231"),
       ("Auftrag", "A-2026-0398")],
      [("Gutschrift: Katalog 48 S., 150 Ex. statt 250", -100, 1260, 7)],
      ["net", "vat", ("total", "Gutschriftsbetrag")],
      ["Wir überweisen den Betrag auf Ihr Konto. Unsere Bankverbindung: {iban}"],
      "Rechnungskorrektur GS-2026-017 zu RE-2026-0412", "Mit freundlichen Grüßen\nDruckerei Pfeiffer · 03643 77 21 90",
      addr=["Weimarer Kunstverein e.V.", "Burgplatz 4", "99423 Weimar"], credit=True,
      note="A credit note naming the invoice it corrects (two RE-like numbers).")

    # 40 Debitoor/SumUp: a consumer's invoice with an amount in words? a Kleinunternehmer; membership no
    s = S("Yogaraum Kerstin Alt", "DE", "Schillerstraße 40", "79102 Freiburg", "kontakt@yogaraum-alt.de",
          "0761 480 22 17", "Steuernr. 06143/19022 · Kleinunternehmer nach § 19 UStG")
    i, d = D(12, 1), D(12, 15)
    I("inv-hold27-040", "debitoor", L, "DE", "pdf", s, None, "s.lorenz-ekici@gmx.de", "Selin Lorenz-Ekici", False,
      "Rechnung Nr. 2026-112", "2026-112", i, d,
      [("Rechnungsnr.", "2026-112"), ("Datum", f(i)), ("Mitgliedsnr.", "M-0318"), ("Kurs", "Hatha 2, Do 19:30"),
       ("Zeitraum", "01.01.–31.03.2027"), ("Zahlbar bis", f(d))],
      [("10er-Karte Hatha (10 x 16,50)", 1, 16500, 0), ("Matte (Leihgabe)", 1, 0, 0)],
      [("total", "Rechnungsbetrag")],
      ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", "Bitte überweisen Sie auf {iban}."],
      "Deine Rechnung Nr. 2026-112 (Mitgliedsnr. M-0318)", "Liebe Selin,\n\nanbei deine Rechnung für das nächste "
      "Quartal.\n\nNamaste\nKerstin · 0761 480 22 17\n", addr=["Selin Lorenz-Ekici", "Habsburgerstr. 88", "79104 Freiburg"],
      note="'Nr. 2026-112' as the number; a membership number, a course time, a period in 2027.")

    # 41 Papierkram in the body: 7 % and 19 %; an order number and a DHL tracking number
    s = S("Imkerei Sonnenwabe", "DE", "Dorfstraße 12", "17039 Trollenhagen", "bestellung@sonnenwabe.de",
          "0395 707 41 88", "USt-IdNr. DE331027740")
    i, d = D(11, 29), D(12, 13)
    I("inv-hold27-041", "papierkram", L, "DE", "body-text", s, None, "einkauf@hofladen-luebbe.de", "Hofladen Lübbe KG",
      True, "Rechnung R-0093", "R-0093", i, d,
      [("Rechnungsdatum", f(i)), ("Lieferdatum", f(D(11, 27))), ("Bestellnr.", "HL-4471"),
       ("Sendungsnr.", "00340434161094015902"), ("Zahlungsziel", "14 Tage")],
      [("Blütenhonig 500 g", 48, 690, 7), ("Bienenwachskerzen 3er", 12, 1150, 19), ("Versand", 1, 790, 19)],
      ["net", "vat", ("total", "Rechnungsbetrag")],
      ["Bitte überweisen Sie innerhalb von 14 Tagen auf {iban}, Verwendungszweck R-0093."],
      "Rechnung R-0093 zu Ihrer Bestellung HL-4471", "Hallo Herr Lübbe,\n\nhier die Rechnung zu Bestellung HL-4471, "
      "versendet mit Papierkram.", ref="R-0093", addr=["Hofladen Lübbe KG", "Am Markt 2", "17033 Neubrandenburg"],
      note="A 20-digit parcel number, an order number; 7 % and 19 %; the Verwendungszweck is the number.")
    RECORDS[-1]["eml"] = RECORDS[-1]["eml"].rstrip("\n") + "\n\nViele Grüße\nAnja Brüggemann\n0395 707 41 88\n"

    # 42 Word as PDF: a lawyer's Kostennote (RVG); Aktenzeichen, Gegenstandswert, Vorschuss paid
    s = S("Kanzlei Dr. Wendt & Ohlsen", "DE", "Jungfernstieg 30", "20354 Hamburg", "sekretariat@wendt-ohlsen.de",
          "040 35 71 88 0", "USt-IdNr. DE289914410 · Steuernr. 41/713/04411")
    i = D(12, 2)
    d = i + mk.days(14)
    I("inv-hold27-042", "word", L, "DE", "pdf", s, None, "info@fahrschule-celik.de", "Fahrschule Çelik GmbH", True,
      "Kostennote", "2026/0418-K", i, d,
      [("Rechnungsnr.", "2026/0418-K"), ("Datum", f(i)), ("Unser Zeichen", "118/26 We/ko"),
       ("Ihr Zeichen", "Çelik ./. Autohaus Reimers"), ("Gegenstandswert", "24.500,00 €"), ("Az. LG", "312 O 88/26")],
      [("1,3 Verfahrensgebühr Nr. 3100 VV RVG", 1, 119340, 19), ("1,2 Terminsgebühr Nr. 3104 VV RVG", 1, 110160, 19),
       ("Auslagenpauschale Nr. 7002 VV RVG", 1, 2000, 19)],
      ["net", "vat", "total", ("less", "abzgl. Vorschuss vom 14.07.2026", 80000), ("due", "Restbetrag")],
      ["Zahlbar innerhalb von 14 Tagen auf {iban} unter Angabe unseres Zeichens 118/26."],
      "Kostennote 2026/0418-K – Çelik ./. Autohaus Reimers (118/26)",
      "Sehr geehrter Herr Çelik,\n\nanbei unsere Kostennote.\n\nMit freundlichen Grüßen\nSekretariat Dr. Wendt\n"
      "040 35 71 88 0\n", addr=["Fahrschule Çelik GmbH", "Herrn Murat Çelik", "Wandsbeker Chaussee 120",
                                 "22089 Hamburg"],
      note="A lawyer's fee note: a file number, a court's Aktenzeichen, a Gegenstandswert, fee factors; an advance paid.")

    # 43 FastBill html: a monthly instalment against the annual sum, an old Rechnung listed
    s = S("Wartungsdienst Aufzug Mitte GmbH", "DE", "Rheinallee 60", "55118 Mainz", "faktura@aufzug-mitte.de",
          "06131 22 45 80", "HRB 48812 AG Mainz · USt-IdNr. DE300227418")
    i, d = D(12, 1), D(12, 15)
    I("inv-hold27-043", "fastbill", L, "DE", "body-html", s, None, "hausverwaltung@mainzer-hof-immobilien.de",
      "Mainzer Hof Immobilien GmbH", True, "Rechnung 2026-12-0041", "2026-12-0041", i, d,
      [("Rechnungsdatum", f(i)), ("Fällig", f(d)), ("Vertrag", "WV-1104 (Jahrespauschale 4.498,20 € netto)"),
       ("Anlage", "Fabrik-Nr. 8817340, Baujahr 1998"), ("Leistungszeitraum", "01.–31.12.2026")],
      [("Wartungspauschale Dezember (1/12)", 1, 37485, 19)],
      ["net", "vat", ("total", "Rechnungsbetrag")],
      ["Überweisung bis %s auf {iban}." % f(d)],
      "Rechnung 2026-12-0041 – Vertrag WV-1104", "Erstellt mit FastBill · Fragen: 06131 22 45 80",
      addr=["Mainzer Hof Immobilien GmbH", "Große Bleiche 15", "55116 Mainz"],
      note="A number that starts like a date; the annual flat fee in the meta, a serial number and a year of build.")

    # 44 Collmex text: a wholesaler; many positions, the total after a 3 % Rabatt line
    s = S("Holzhandel Wiegand GmbH", "DE", "Sägewerkstraße 1", "36251 Bad Hersfeld", "rechnung@holz-wiegand.de",
          "06621 91 44 0", "HRB 1141 AG Bad Hersfeld · USt-IdNr. DE112734509")
    i, d = D(11, 27), D(12, 27)
    I("inv-hold27-044", "collmex", L, "DE", "pdf", s, None, "einkauf@zimmerei-rausch.de", "Zimmerei Rausch GmbH", True,
      "Rechnung", "10447", i, d,
      [("Rechnung Nr.", "10447"), ("Datum", f(i)), ("Kunde", "20318"), ("Lieferschein", "LS 88120 vom 25.11.2026"),
       ("Ihre Bestellung", "B-26-1140"), ("Fälligkeit", f(d))],
      [("KVH 60x120 C24, 13 m (lfm)", 130, 1180, 19), ("OSB/3 22 mm 2500x675", 40, 2240, 19),
       ("Konstruktionsschrauben 8x240 (50)", 6, 3890, 19), ("3 % Rabatt", 1, -7990, 19)],
      ["net", "vat", ("total", "Rechnungsbetrag")],
      ["Zahlbar bis %s netto. Bankverbindung {iban}" % f(d), "Verwendungszweck: 10447 / 20318"],
      "Rechnung 10447 (LS 88120)", "Guten Tag,\n\nim Anhang Rechnung 10447.\n\nHolzhandel Wiegand\n06621 91 44 0\n",
      ref="10447 / 20318", addr=["Zimmerei Rausch GmbH", "Lindenweg 7", "36272 Niederaula"],
      note="Dimensions full of digits in each line, a Rabatt row; Verwendungszweck of number and customer number.")

    # 45 BMD (AT): Skonto with its date, ATU numbers, a Lieferschein and an Auftragsbestätigung number
    s = S("Tischlerei Hofbauer GmbH", "AT", "Gewerbestraße 8", "4600 Wels", "office@tischlerei-hofbauer.at",
          "+43 7242 46 118", "FN 388120 k LG Wels · UID ATU68841207")
    i = D(11, 24)
    d, sk = i + mk.days(30), i + mk.days(14)
    I("inv-hold27-045", "bmd", L, "AT", "pdf", s, None, "buchhaltung@zahnarzt-dr-lehner.at", "Dr. Lehner Zahnarzt OG",
      True, "Rechnung", "AR 26/1187", i, d,
      [("Rechnungsnummer", "AR 26/1187"), ("Rechnungsdatum", f(i)), ("Kundennummer", "31208"),
       ("AB-Nr.", "AB 26/0940"), ("Lieferdatum", f(D(11, 19))), ("Ihre UID", "ATU71224508")],
      [("Empfangstheke Eiche, lt. Plan 26-0940-01", 1, 642000, 20), ("Montage (Stunden)", 9, 6200, 20)],
      ["net", "vat", ("total", "Rechnungsbetrag")],
      ["Zahlungsziel: 30 Tage netto (%s), bei Zahlung bis %s 3 %% Skonto (%s)." % (f(d), f(sk), E(25121)),
       "Bankverbindung: Oberbank, {iban}"],
      "Rechnung AR 26/1187", "Sehr geehrte Frau Dr. Lehner,\n\nanbei übermitteln wir unsere Rechnung.\n\n"
      "Mit freundlichen Grüßen\nThomas Hofbauer\n+43 7242 46 118\n",
      addr=["Dr. Lehner Zahnarzt OG", "Ringstraße 14", "4600 Wels"],
      note="Skonto's date and amount in the term; ATU numbers and an AB number beside 'AR 26/1187'.")

    # 46 Zoho (AT) html: 10 % and 20 %, amounts already paid at booking; a guest's reservation number
    s = S("Gasthof Zur Alten Post", "AT", "Hauptplatz 3", "5580 Tamsweg", "rezeption@altepost-tamsweg.at",
          "+43 6474 22 41", "UID ATU55120344 · FN 201188 x")
    i, d = D(11, 23), D(12, 7)
    I("inv-hold27-046", "zoho", L, "AT", "body-html", s, None, "hr@lungau-solar.at", "Lungau Solar GmbH", True,
      "Rechnung 2026-00931", "2026-00931", i, d,
      [("Rechnungsdatum", f(i)), ("Fällig", f(d)), ("Reservierung", "R-77120"), ("Aufenthalt", "16.–20.11.2026"),
       ("Zimmer", "12, 14, 21")],
      [("Übernachtung mit Frühstück (Nächte x Zimmer)", 12, 8900, 10), ("Seminarpauschale", 4, 2400, 20),
       ("Ortstaxe (Pers. x Nächte)", 12, 200, 0)],
      ["net", "vat", ("total", "Gesamtbetrag"), ("less", "Anzahlung vom 02.10.2026", 40000), ("due", "Offener Betrag")],
      ["Bitte überweisen Sie den offenen Betrag auf {iban}."],
      "Rechnung 2026-00931 – Reservierung R-77120", "Vielen Dank für Ihren Aufenthalt! Gasthof Zur Alten Post, +43 6474 22 41",
      addr=["Lungau Solar GmbH", "Personalabteilung", "Industriestraße 5", "5580 Tamsweg"],
      note="Room numbers, a reservation number, a tourist tax at 0 %; a deposit paid.")

    # 47 RZL (AT): a tax adviser's Honorarnote; Steuernummer, Jahr, a payment plan mention
    s = S("Steuerberatung Mag. Eder KG", "AT", "Landstraße 22", "4020 Linz", "kanzlei@stb-eder.at", "+43 732 77 18 40",
          "UID ATU63390128 · FN 302214 t")
    i, d = D(11, 30), D(12, 14)
    I("inv-hold27-047", "rzl", L, "AT", "pdf", s, None, "martin.gruber.linz@aon.at", "Martin Gruber", False,
      "Honorarnote", "HN 2026-0633", i, d,
      [("Honorarnote", "HN 2026-0633"), ("Datum", f(i)), ("Klient", "1-0417"), ("Steuernummer", "46 118/2209"),
       ("Veranlagung", "Einkommensteuer 2025"), ("Fällig", f(d))],
      [("Einkommensteuererklärung 2025 inkl. Vermietung", 1, 54000, 20), ("Beilagen E1b, E1c", 2, 6000, 20)],
      ["net", "vat", ("total", "Honorar gesamt"),
       ("row", "Ihre Nachzahlung lt. Bescheid (an das Finanzamt)", 231800)],
      ["Bitte überweisen Sie das Honorar auf {iban}. Die Nachzahlung zahlen Sie direkt an das Finanzamt."],
      "Honorarnote HN 2026-0633", "Sehr geehrter Herr Gruber,\n\nanbei unsere Honorarnote.\n\nMit freundlichen "
      "Grüßen\nKanzlei Mag. Eder\n+43 732 77 18 40\n", addr=["Herrn Martin Gruber", "Hopfengasse 9", "4020 Linz"],
      note="A tax assessment's back payment printed under the fee's total: not this invoice's amount.")

    # 48 bexio (CH): CHF rounding line, QR reference, a EUR equivalent
    s = S("Velo Werkstatt Aarau GmbH", "CH", "Bahnhofstrasse 41", "5000 Aarau", "buchhaltung@velowerkstatt-aarau.ch",
          "062 822 41 90", "CHE-318.447.902 MWST")
    i, d = D(11, 25), D(12, 25)
    qr = mk.qrr("00000000000000031840026118")
    I("inv-hold27-048", "bexio", L, "CH", "pdf", s, None, "admin@kita-sonnenschein-aarau.ch", "Kita Sonnenschein Aarau",
      True, "Rechnung", "RE-02611", i, d,
      [("Rechnungs-Nr.", "RE-02611"), ("Datum", f(i)), ("Kunden-Nr.", "3184"), ("Auftrag", "AU-00772"),
       ("Zahlbar bis", f(d))],
      [("Cargo-Velo Service (Std.)", 3.5, 11800, 8.1), ("Kette, Kassette 11-fach", 2, 8990, 8.1),
       ("Bremsbeläge (Paar)", 4, 1990, 8.1)],
      ["net", "vat", ("round", "Rundung", -1), ("total", "Total CHF"), ("row", "entspricht ca. (Kurs 0.94)", "EUR 683.24")],
      ["Referenz: %s" % mk.qrr_spaced(qr), "Konto / Zahlbar an: {iban}"],
      "Rechnung RE-02611 von Velo Werkstatt Aarau GmbH", "Guten Tag\n\nIm Anhang finden Sie die Rechnung RE-02611.\n\n"
      "Freundliche Grüsse\nVelo Werkstatt Aarau · 062 822 41 90\n\nDiese E-Mail wurde mit bexio versendet.\n",
      cur="CHF", ref=qr, addr=["Kita Sonnenschein Aarau", "Frau Regula Meier", "Zelgliweg 12", "5000 Aarau"],
      note="A 5-Rappen rounding row within the total; a euro equivalent; a QR reference in groups.")

    # 49 Abacus (CH): a Teilzahlung already received; a contract and a Objekt number; 8.1 % and 2.6 %
    s = S("Gartenbau Kälin AG", "CH", "Seestrasse 210", "8810 Horgen", "debitoren@kaelin-gartenbau.ch",
          "044 725 18 30", "CHE-109.772.413 MWST · HR ZH")
    i, d = D(11, 20), D(12, 20)
    I("inv-hold27-049", "abacus", L, "CH", "pdf", s, None, "verwaltung@wg-seeblick.ch", "Wohnbaugenossenschaft Seeblick",
      True, "Rechnung", "710 2026 4471", i, d,
      [("Rechnung", "710 2026 4471"), ("Datum", f(i)), ("Debitor", "44 120"), ("Objekt", "Seeblick 3, 8810 Horgen"),
       ("Vertrag", "UV-2026-08"), ("Fällig", f(d))],
      [("Gartenunterhalt Saison 2026 (pauschal)", 1, 980000, 8.1), ("Pflanzen und Saatgut", 1, 84000, 2.6)],
      ["net", "vat", ("total", "Total CHF"), ("less", "Akontozahlung vom 30.06.2026", 500000), ("due", "Restbetrag CHF")],
      ["Zahlbar innert 30 Tagen auf {iban}."],
      "Rechnung 710 2026 4471 – Gartenunterhalt 2026", "Guten Tag\n\nIn der Beilage erhalten Sie die Schlussrechnung "
      "der Saison.\n\nFreundliche Grüsse\nRoman Kälin\n044 725 18 30\n", cur="CHF",
      addr=["Wohnbaugenossenschaft Seeblick", "c/o Verwaltung Zürisee AG", "Postfach", "8810 Horgen"],
      note="A number in groups of digits like a debtor number; an Akontozahlung deducted; two Swiss rates.")

    # 50 Run my Accounts style in German body-text: an annual subscription, the month's sum beside it
    s = S("Alpin IT Services GmbH", "CH", "Poststrasse 6", "7000 Chur", "rechnungen@alpin-it.ch", "081 250 77 40",
          "CHE-441.908.117 MWST")
    i, d = D(12, 1), D(12, 31)
    I("inv-hold27-050", "excel", L, "CH", "body-text", s, None, "praxis@dr-caduff.ch", "Dr. med. Linard Caduff", True,
      "Rechnung 26-1201-07", "26-1201-07", i, d,
      [("Datum", f(i)), ("Kunde", "CAD-07"), ("Leistung", "IT-Support-Abo 2027, Jahresrechnung"),
       ("Zahlbar bis", f(d))],
      [("Support-Abo Praxis (12 x CHF 89.00)", 12, 8900, 8.1), ("Backup-Speicher 500 GB, Jahr", 1, 24000, 8.1)],
      ["net", "vat", ("total", "Total CHF")],
      ["Monatlich entspricht dies CHF 117.83. Zahlung auf {iban}."],
      "Jahresrechnung 2027 – IT-Support", "Grüezi Herr Dr. Caduff\n\nHier die Jahresrechnung für 2027.",
      cur="CHF", addr=["Herr Dr. med. Linard Caduff", "Praxis am Obertor", "Obere Gasse 20", "7000 Chur"],
      note="An annual sum with a month's share beside it; an ID like a date.")


# ======================================================================================
# Not invoices (25): Dutch 9 (3 Flemish), English 8, German 8 -- as crowded with numbers
# ======================================================================================

def not_invoices():
    f = lambda d: fd("nl", d)  # noqa: E731
    fb = lambda d: fd("be", d)  # noqa: E731
    fe = lambda d: fd("en", d)  # noqa: E731
    fg = lambda d: fd("de", d)  # noqa: E731
    M = lambda c: mk.money_in("EUR", "nl", c)  # noqa: E731
    G = lambda c: mk.money_in("GBP", "en", c)  # noqa: E731
    E = lambda c: mk.money_in("EUR", "de", c)  # noqa: E731

    # 51 BE quote (offerte) with a validity date and a voorschot asked on acceptance
    s = S("Schrijnwerkerij Peeters", "BE", "Industriepark 12", "2440 Geel", "info@schrijnwerkerij-peeters.be",
          "014 58 40 22", "BTW BE 0456.771.208")
    N("inv-hold27-051", "teamleader", "nl", "BE", "pdf", s, "Tom Janssens", "tom.janssens@telenet.be",
      ["Dhr. Tom Janssens", "Pas 88", "2440 Geel"], "Offerte OF-2026-0219",
      [("Offertenummer", "OF-2026-0219"), ("Datum", fb(D(11, 21))), ("Geldig tot", fb(D(12, 21))), ("Klantnr.", "K-2290")],
      [("Maatkast eik, 3 m breed", 1, 386000, 6), ("Plaatsing", 1, 42000, 6)],
      ["net", "vat", ("total", "Totaal offerte")],
      ["Bij akkoord vragen wij een voorschot van 30 %% (%s) te betalen binnen 8 dagen na ondertekening." % M(136104),
       "Handtekening voor akkoord: ........................"],
      "Offerte OF-2026-0219 maatkast", "Beste Tom,\n\nZoals beloofd onze offerte. Ze is geldig tot 21/12/2026.\n\n"
      "Groeten,\nWim Peeters\n014 58 40 22\n", why="A quote with a validity date and a deposit asked only on acceptance.",
      sent=D(11, 21), note="Totals, VAT, a deposit amount and two dates; nothing owed yet.")

    # 52 BE statement of account (rekeninguittreksel) listing invoices with OGMs
    s = S("Brouwerij Het Anker Distributie", "BE", "Nijverheidsstraat 5", "2800 Mechelen",
          "debiteuren@ankerdistributie.be", "015 29 18 60", "BTW BE 0438.502.117")
    N("inv-hold27-052", "exact-online", "nl", "BE", "pdf", s, None, "boekhouding@cafe-dekroon.be",
      ["Café De Kroon", "Grote Markt 17", "2800 Mechelen"], "Rekeninguittreksel",
      [("Klant", "40117"), ("Datum", fb(D(12, 1))), ("Periode", "01/10/2026 - 30/11/2026")],
      [], [("row", "Factuur 26/04471  %s  vervallen %s" % (fb(D(10, 12)), fb(D(11, 11))), 84730),
           ("row", "Factuur 26/04890  %s  vervallen %s" % (fb(D(11, 9)), fb(D(12, 9))), 61240),
           ("row", "Betaling %s" % fb(D(11, 20)), -50000), ("row", "Saldo in ons voordeel", 95970, True)],
      ["Dit overzicht is geen factuur. Gelieve vervallen facturen te betalen met de mededeling van de factuur zelf."],
      "Rekeninguittreksel klant 40117", "Beste klant,\n\nIn bijlage uw rekeninguittreksel per 1 december.\n\n"
      "Debiteurenbeheer | 015 29 18 60\n", why="A statement of account listing invoices sent before; it bills nothing new.",
      sent=D(12, 1), table=False, note="Two invoice numbers, their dates and a balance.")

    # 53 BE price-change notice
    s = S("Linnenservice Vlaanderen NV", "BE", "Ringlaan 44", "8500 Kortrijk", "klantendienst@linnenservice.be",
          "056 21 44 10", "BTW BE 0412.889.320")
    N("inv-hold27-053", "word", "nl", "BE", "body-text", s, None, "info@hotel-ter-leie.be",
      ["Hotel Ter Leie", "Overleie 2", "8500 Kortrijk"], "Prijsaanpassing per 1 januari 2027",
      [("Klantnummer", "LV-3318"), ("Contract", "2023-118"), ("Index", "agoria 2026: +3,4 %")],
      [("Laken 1p, per stuk (was 0,92)", 1, 95, 21), ("Badhanddoek, per stuk (was 0,71)", 1, 73, 21)],
      [], ["De nieuwe prijzen gelden voor leveringen vanaf %s. U hoeft nu niets te doen." % fb(D(1, 1, 2027))],
      "Prijsaanpassing 2027 - klant LV-3318", "Geachte klant,\n\nWij informeren u over de indexering van onze tarieven.",
      why="A notice of next year's prices; nothing delivered or billed.", sent=D(11, 28),
      note="Unit prices old and new, an index percentage, a contract number.")

    # 54 NL payment plan (betalingsregeling) for invoices already sent
    s = S("Installatiebedrijf Kuipers B.V.", "NL", "Nijverheidsweg 30", "7442 PH Nijverdal", "debiteuren@kuipers-installatie.nl",
          "0548 - 61 20 90", "KvK 06092114 · BTW NL001234009B01")
    N("inv-hold27-054", "word", "nl", "NL", "pdf", s, None, "h.bosman@kpnmail.nl",
      ["Dhr. H. Bosman", "Grotestraat 201", "7441 GR Nijverdal"], "Betalingsregeling",
      [("Kenmerk", "BR-26-014"), ("Datum", f(D(11, 26))), ("Betreft factuur", "F2026-0814 (" + M(384000) + ")")],
      [], [("row", "Termijn 1 vóór %s" % f(D(12, 15)), 96000), ("row", "Termijn 2 vóór %s" % f(D(1, 15, 2027)), 96000),
           ("row", "Termijn 3 vóór %s" % f(D(2, 15, 2027)), 96000), ("row", "Termijn 4 vóór %s" % f(D(3, 15, 2027)), 96000),
           ("row", "Totaal", 384000, True)],
      ["Graag per termijn overmaken op {iban} o.v.v. F2026-0814 en het termijnnummer."],
      "Bevestiging betalingsregeling factuur F2026-0814", "Beste meneer Bosman,\n\nZoals telefonisch afgesproken "
      "bevestigen wij de betalingsregeling.\n\nMet vriendelijke groet,\nIngrid Kuipers\n0548 - 61 20 90\n",
      why="A payment plan for an invoice already sent; it splits an existing debt and is not a new invoice.",
      sent=D(11, 26), table=False, note="Four instalments with dates beside the invoice's number and total.")

    # 55 NL order confirmation
    s = S("Kantoormeubel Direct B.V.", "NL", "Transportweg 3", "2742 RH Waddinxveen", "verkoop@kantoormeubeldirect.nl",
          "0182 - 30 41 70", "KvK 29047761 · BTW NL810212577B01")
    N("inv-hold27-055", "afas", "nl", "NL", "pdf", s, None, "facilitair@notaris-vandam.nl",
      ["Notariskantoor Van Dam", "Markt 12", "2801 JJ Gouda"], "Orderbevestiging",
      [("Ordernummer", "VO-2026-11847"), ("Orderdatum", f(D(11, 30))), ("Uw referentie", "FAC-26-012"),
       ("Verwachte levering", "week 51 (" + f(D(12, 16)) + ")"), ("Debiteurnummer", "33018")],
      [("Zit-sta bureau 160x80", 6, 54900, 21), ("Bureaustoel ergonomisch", 6, 38900, 21)],
      ["net", "vat", ("total", "Ordertotaal")],
      ["U ontvangt de factuur na levering. Betalingstermijn 30 dagen na factuurdatum."],
      "Orderbevestiging VO-2026-11847", "Geachte heer, mevrouw,\n\nHartelijk dank voor uw bestelling.\n\n"
      "Kantoormeubel Direct | 0182 - 30 41 70\n", why="An order confirmation; the invoice follows after delivery.",
      sent=D(11, 30), note="Order total with VAT and a delivery week; says the invoice comes later.")

    # 56 NL packing list (pakbon) with quantities and weights
    s = S("Tuincentrum Groothandel Westland", "NL", "Veilingweg 18", "2675 BM Honselersdijk", "logistiek@tgwestland.nl",
          "0174 - 61 88 00", "KvK 27330198")
    N("inv-hold27-056", "snelstart", "nl", "NL", "pdf", s, None, "inkoop@tuinwinkel-hof.nl",
      ["Tuinwinkel 't Hof", "Dorpsstraat 40", "3481 EK Harmelen"], "Pakbon",
      [("Pakbonnummer", "PB-2026-33871"), ("Order", "26-7714"), ("Verzenddatum", f(D(12, 2))),
       ("Colli", "14"), ("Gewicht", "318 kg"), ("Rolcontainers", "3 (statiegeld op factuur)")],
      [("Kerstster 12 cm (tray 20)", 20, 0, 0), ("Hulst in pot 19 cm", 36, 0, 0)],
      [], ["Controleer de levering bij ontvangst. De factuur volgt per e-mail."],
      "Pakbon PB-2026-33871 bij order 26-7714", "Hierbij de pakbon van uw levering van vandaag.\nLogistiek TG Westland, "
      "0174 - 61 88 00", why="A packing list: quantities and weights, no amounts owed; the invoice follows.",
      sent=D(12, 2), words={"unit": "", "amt": ""}, note="Colli, weights, tray counts; prices 0,00.")

    # 57 NL meter readings confirmation (energy)
    s = S("Polderstroom Energie B.V.", "NL", "Energieweg 1", "8251 PA Dronten", "klantenservice@polderstroom.nl",
          "0321 - 33 90 00", "KvK 60221184")
    N("inv-hold27-057", "word", "nl", "NL", "body-html", s, None, "m.el.amrani@gmail.com",
      ["M. el Amrani", "Wisentweg 8", "8251 EZ Dronten"], "Bevestiging meterstanden",
      [("Klantnummer", "1004418822"), ("EAN stroom", "871687120004417712"), ("Meternummer", "E0031403318822"),
       ("Opnamedatum", f(D(11, 30))), ("Stand normaal", "23.418 kWh"), ("Stand dal", "19.207 kWh"),
       ("Teruglevering", "4.880 kWh")],
      [], [("row", "Huidig termijnbedrag per maand", 14500)],
      ["Uw jaarafrekening volgt in januari. Uw termijnbedrag blijft gelijk."],
      "Bevestiging meterstanden 30-11-2026", "Bedankt voor het doorgeven van uw meterstanden.",
      why="A confirmation of meter readings; the annual bill follows later.", sent=D(11, 30), table=False,
      note="EAN, meter and customer numbers and readings; a monthly instalment amount.")

    # 58 NL annual overview for the tax return (jaaropgave kinderopvang)
    s = S("Kinderopvang De Vlinderboom", "NL", "Schoolstraat 4", "3751 BK Bunschoten", "administratie@vlinderboom.nl",
          "033 - 299 41 20", "KvK 32119870 · LRK 184410772")
    N("inv-hold27-058", "excel", "nl", "NL", "pdf", s, None, "jeroen.vanlaar@xs4all.nl",
      ["J. van Laar", "Kerkstraat 19", "3751 AM Bunschoten"], "Jaaropgave kinderopvang 2026",
      [("Kind", "Daan van Laar, geb. 14-03-2023"), ("BSN ouder", "*****4417"), ("LRK-nummer", "184410772"),
       ("Uren 2026", "1.296"), ("Uurprijs", M(1051))],
      [], [("row", "Totaal betaald over 2026", 1362096, True), ("row", "Waarvan januari t/m november", 1248588)],
      ["Deze jaaropgave heeft u nodig voor de Belastingdienst (kinderopvangtoeslag). Dit is geen factuur."],
      "Jaaropgave 2026 kinderopvang", "Beste ouder,\n\nBijgaand de jaaropgave 2026.", why="An annual overview for "
      "the tax return of amounts paid; asks nothing.", sent=D(12, 3), table=False,
      note="Hours, an hourly rate, an LRK number and yearly totals paid.")

    # 59 NL pro forma
    s = S("Scheepswerf Van Os B.V.", "NL", "Werfkade 2", "4201 HZ Gorinchem", "office@scheepswerfvanos.nl",
          "0183 - 62 11 40", "KvK 23018849 · BTW NL002110094B01")
    N("inv-hold27-059", "exact-online", "nl", "NL", "pdf", s, None, "info@rederij-maasstroom.nl",
      ["Rederij Maasstroom B.V.", "Boompjes 600", "3011 XZ Rotterdam"], "PRO FORMA FACTUUR",
      [("Pro forma nr.", "PF-26-0031"), ("Datum", f(D(11, 27))), ("Project", "Dokbeurt ms 'Maasstroom II'"),
       ("Geldig tot", f(D(12, 27)))],
      [("Dokken en schoonspuiten", 1, 1250000, 21), ("Conserveren onderwaterschip", 1, 860000, 21)],
      ["net", "vat", ("total", "Totaal")],
      ["Dit is een pro forma factuur en geen factuur. U ontvangt de factuur na afronding van de werkzaamheden."],
      "Pro forma PF-26-0031 dokbeurt", "Geachte heer Hooijmans,\n\nZoals gevraagd voor uw financiering de pro forma.\n\n"
      "Scheepswerf Van Os | 0183 - 62 11 40\n", why="A pro forma invoice; the README counts it as not an invoice.",
      sent=D(11, 27), note="Totals and a validity date; called a factuur in its title.")

    # 60 UK statement of account
    s = S("Thames Valley Packaging Ltd", "GB", "Unit 7, Stadium Way", "Reading RG30 6BX", "credit@tvpackaging.co.uk",
          "0118 945 2210", "VAT GB 733 0184 22")
    N("inv-hold27-060", "sage50", "en", "GB", "pdf", s, None, "accounts@bakehouse-twyford.co.uk",
      ["The Bakehouse (Twyford) Ltd", "High Street", "Twyford RG10 9AB"], "STATEMENT",
      [("Account Ref", "BAK001"), ("Statement date", fe(D(11, 30))), ("Credit limit", G(250000)), ("Page", "1 of 1")],
      [], [("row", "INV 40712  %s" % fe(D(9, 28)), 41840), ("row", "INV 41003  %s" % fe(D(10, 26)), 38215),
           ("row", "PAYMENT  %s" % fe(D(11, 3)), -41840), ("row", "INV 41198  %s" % fe(D(11, 27)), 44110),
           ("row", "Current 44,110.00 · 30 days 38,215.00 · 60 days 0.00", ""), ("row", "Balance due", 82325, True)],
      ["Please remit against the invoice numbers above. This is a statement, not a VAT invoice."],
      "Statement of account - BAK001 - November 2026", "Dear Customer,\n\nPlease find your monthly statement attached.\n\n"
      "Credit Control\n0118 945 2210\n", why="A statement of account summing invoices already sent.", sent=D(11, 30),
      table=False, note="Three invoice numbers, ageing buckets and a balance due.")

    # 61 UK quote
    s = S("Oakridge Roofing Ltd", "GB", "3 Forge Lane", "Tonbridge TN9 1RE", "quotes@oakridgeroofing.co.uk",
          "01732 770 418", "VAT GB 265 4419 03")
    N("inv-hold27-061", "quickbooks", "en", "GB", "pdf", s, None, "d.achterberg@btinternet.com",
      ["Mr D. Achterberg", "22 Yardley Park Road", "Tonbridge TN9 1NB"], "Estimate",
      [("Estimate #", "1094"), ("Date", fe(D(11, 24))), ("Expiry date", fe(D(12, 24))), ("Survey", fe(D(11, 19)))],
      [("Strip and re-tile rear roof, 42 m²", 42, 7800, 20), ("Scaffolding (4 weeks)", 1, 95000, 20),
       ("Skip hire", 2, 29000, 20)],
      ["net", "vat", ("total", "Total")],
      ["A 25 % deposit is payable on acceptance; balance on completion. Prices held until the expiry date."],
      "Estimate 1094 from Oakridge Roofing Ltd", "Dear Mr Achterberg,\n\nThank you for having us survey the roof. "
      "Estimate 1094 is attached.\n\nRegards,\nGary Webb\n01732 770 418\n",
      why="An estimate (quote) with an expiry date; nothing is owed until it is accepted.", sent=D(11, 24),
      note="Totals and a deposit percentage; an expiry date like a due date.")

    # 62 UK remittance advice from a customer to the firm
    s = seller("Harrowgate Care Homes Ltd", "GB", ["Accounts Payable", "Station Parade, Harrogate HG1 1TT"],
               "ap@harrowgatecare.co.uk", "01423 508 300", ["Harrowgate Care Homes Ltd · Company 04418270"])
    N("inv-hold27-062", "sage200", "en", "GB", "body-text", s, None, "accounts@yorkshirelinen.co.uk",
      ["Yorkshire Linen Services Ltd"], "REMITTANCE ADVICE",
      [("Payment ref", "BACS 0004418"), ("Payment date", fe(D(12, 2))), ("Supplier account", "YOR014")],
      [], [("row", "Invoice YL-55120 (%s)" % fe(D(10, 31)), 128440), ("row", "Invoice YL-55391 (%s)" % fe(D(11, 7)), 96015),
           ("row", "Credit note YLC-0912", -12000), ("row", "Total paid", 212455, True)],
      ["The above amount will reach your account within 3 working days."],
      "Remittance advice - BACS 0004418", "Dear Supplier,\n\nPlease see details of our payment below.\n\n"
      "Accounts Payable\n01423 508 300\n", why="A customer's remittance advice telling the firm what it paid.",
      sent=D(12, 2), table=False, note="Invoice numbers and a total paid; from a customer to the firm.")

    # 63 IE pro forma
    s = S("Shannon Marquee Hire Ltd", "IE", "Ballycasey", "Shannon V14 P028", "bookings@shannonmarquee.ie",
          "061 364 880", "VAT IE 8220144S")
    N("inv-hold27-063", "sage-ie", "en", "IE", "pdf", s, None, "orla@kellyweddings.ie",
      ["Orla Kelly", "Kelly Weddings", "Ennis V95 D2H1"], "PRO FORMA INVOICE",
      [("Pro forma No", "PF 2026/118"), ("Date", fe(D(11, 20))), ("Event date", fe(D(6, 12, 2027))),
       ("Booking ref", "SMH-7741")],
      [("Marquee 12 x 24 m, 3 days", 1, 480000, 23), ("Flooring and lighting", 1, 120000, 23)],
      ["net", "vat", ("total", "Total")],
      ["This pro forma is not a VAT invoice. A 20 % booking deposit secures the date; the invoice follows."],
      "Pro forma PF 2026/118 - 12 June 2027", "Hi Orla,\n\nPro forma attached as requested.\n\nShannon Marquee Hire\n"
      "061 364 880\n", why="A pro forma; it states itself not to be a VAT invoice.", sent=D(11, 20),
      note="A date in 2027, a booking ref and totals.")

    # 64 IE order confirmation
    s = S("Atlantic Seafood Wholesale Ltd", "IE", "The Quay", "Killybegs F94 X2P6", "orders@atlanticseafood.ie",
          "074 973 1150", "VAT IE 6411290K")
    N("inv-hold27-064", "xero", "en", "IE", "body-html", s, None, "kitchen@theharbourbar.ie",
      ["The Harbour Bar", "Main Street", "Portrush"], "Order Confirmation SO-20418",
      [("Order", "SO-20418"), ("Order date", fe(D(12, 3))), ("Delivery", fe(D(12, 5)) + ", van 2, slot 07:00-09:00"),
       ("Customer", "HAR-019")],
      [("Hake fillet (kg)", 12, 1890, 0), ("Mussels 5 kg bag", 4, 2250, 0)],
      ["net", ("total", "Order value")],
      ["Invoice issued on delivery. Weights are estimates; final invoice by actual weight."],
      "Order Confirmation SO-20418", "Thanks for your order. Call 074 973 1150 with changes before 16:00.",
      why="An order confirmation; the invoice is issued on delivery.", sent=D(12, 3),
      note="Order value, a delivery slot, a van number.")

    # 65 UK payment plan
    s = S("Bristol Dental Lab Ltd", "GB", "40 Gloucester Road", "Bristol BS7 8AD", "accounts@bristoldentallab.co.uk",
          "0117 942 6011", "Co. No. 07711209")
    N("inv-hold27-065", "word", "en", "GB", "pdf", s, None, "practice@smileworks-clifton.co.uk",
      ["Smileworks Clifton", "12 Princess Victoria Street", "Bristol BS8 4BP"], "Payment Plan Agreement",
      [("Agreement", "PP-0031"), ("Date", fe(D(11, 25))), ("Covers invoices", "BDL-9120, BDL-9188, BDL-9214")],
      [], [("row", "Outstanding balance", 588000), ("row", "Instalment 1 due %s" % fe(D(12, 15)), 147000),
           ("row", "Instalments 2-4 due 15th of Jan, Feb, Mar 2027", 147000), ("row", "Total", 588000, True)],
      ["Instalments by standing order to IBAN {iban}. Late instalments cancel this agreement."],
      "Payment plan PP-0031 - please sign and return", "Dear Dr Marsh,\n\nAs discussed, please sign and return the "
      "agreement.\n\nRegards,\nFiona Clarke\n0117 942 6011\n", why="A payment plan for invoices already sent.",
      sent=D(11, 25), table=False, note="Instalments with due dates over earlier invoices' balance.")

    # 66 UK delivery note / packing list
    s = S("Midlands Bearing Supplies Ltd", "GB", "Unit 22, Tyseley Ind. Est.", "Birmingham B11 2AA",
          "despatch@midlandsbearings.co.uk", "0121 706 3390", "VAT GB 301 8822 40")
    N("inv-hold27-066", "sage50", "en", "GB", "pdf", s, None, "goodsin@coventrygearworks.co.uk",
      ["Coventry Gearworks Ltd", "Goods In", "Torrington Avenue", "Coventry CV4 9AQ"], "DELIVERY NOTE",
      [("Delivery Note", "DN 77120"), ("Date", fe(D(12, 1))), ("Your order", "CGW-PO-3318"), ("Consignment", "DPD 15501234567890"),
       ("Boxes", "3"), ("Weight", "41.5 kg")],
      [("6205-2RS bearing", 200, 0, 0), ("6308-ZZ bearing", 48, 0, 0)],
      [], ["Goods remain our property until paid in full. Invoice to follow."],
      "Delivery note DN 77120 (your order CGW-PO-3318)", "Despatched today. Tracking DPD 15501234567890.\n"
      "Despatch | 0121 706 3390", why="A delivery note; no amounts, the invoice follows.", sent=D(12, 1),
      words={"unit": "", "amt": ""}, note="Part numbers full of digits, a 14-digit consignment number.")

    # 67 IE annual certificate of fees paid (for tax relief)
    s = S("Lee Valley Physiotherapy", "IE", "Western Road", "Cork T12 X2C1", "admin@leevalleyphysio.ie", "021 490 1177",
          "VAT exempt medical services")
    N("inv-hold27-067", "excel", "en", "IE", "pdf", s, None, "p.oshea@gmail.com",
      ["Mr Padraig O'Shea", "7 Rosebank", "Cork T12 Y6E3"], "Statement of fees paid 2026 (for Med 1)",
      [("Patient", "P-20871"), ("Date", fe(D(12, 2))), ("Sessions", "11"), ("Year", "1 Jan - 31 Dec 2026")],
      [], [("row", "Fees paid in 2026", 77000, True), ("row", "Fees outstanding", 0)],
      ["Keep this statement for your Med 1 claim. No payment is due."],
      "Your 2026 statement of fees (Med 1)", "Dear Padraig,\n\nAs requested, your statement of fees paid in 2026.\n\n"
      "Lee Valley Physiotherapy | 021 490 1177\n", why="An annual statement of fees paid for a tax claim; asks nothing.",
      sent=D(12, 2), table=False, note="A yearly sum paid, outstanding 0.00, sessions and a patient number.")

    # 68 DE Offene-Posten-Liste (statement)
    s = S("Getränke Hoffmann Großhandel GmbH", "DE", "Industriestraße 40", "33689 Bielefeld", "debitoren@getraenke-hoffmann.de",
          "0521 44 71 80", "HRB 38871 AG Bielefeld · USt-IdNr. DE124477019")
    N("inv-hold27-068", "datev", "de", "DE", "pdf", s, None, "buchhaltung@gaststaette-zum-hirsch.de",
      ["Gaststätte Zum Hirsch", "Inh. Jürgen Meyer", "Hauptstraße 2", "33649 Bielefeld"], "Kontoauszug / Offene Posten",
      [("Kundennummer", "12044"), ("Stand", fg(D(11, 30))), ("Seite", "1 von 1")],
      [], [("row", "RE 2026-10488 vom %s, fällig %s" % (fg(D(10, 15)), fg(D(10, 29))), 68420),
           ("row", "RE 2026-11203 vom %s, fällig %s" % (fg(D(11, 12)), fg(D(11, 26))), 71330),
           ("row", "Gutschrift GS 2026-0311", -4800), ("row", "Saldo offene Posten", 134950, True)],
      ["Dies ist keine Rechnung. Bitte begleichen Sie fällige Posten unter Angabe der Rechnungsnummer."],
      "Offene Posten Kundennr. 12044 – Stand 30.11.2026", "Guten Tag Herr Meyer,\n\nanbei Ihr Kontoauszug.\n\n"
      "Debitorenbuchhaltung · 0521 44 71 80\n", why="A list of open items (statement of account) of invoices already sent.",
      sent=D(11, 30), table=False, note="Two Rechnung numbers with dates, a credit, a balance.")

    # 69 DE Angebot
    s = S("Solartechnik Reinhardt GmbH", "DE", "Am Sonnenhang 4", "97080 Würzburg", "angebote@solar-reinhardt.de",
          "0931 359 44 10", "HRB 13318 AG Würzburg · USt-IdNr. DE301188420")
    N("inv-hold27-069", "lexoffice", "de", "DE", "pdf", s, None, "familie.schoenberger@t-online.de",
      ["Familie Schönberger", "Rottendorfer Str. 71", "97074 Würzburg"], "Angebot AN-2026-0883",
      [("Angebotsnr.", "AN-2026-0883"), ("Datum", fg(D(11, 22))), ("Gültig bis", fg(D(12, 31))),
       ("Anlagengröße", "9,86 kWp"), ("Speicher", "10,2 kWh")],
      [("PV-Modul 435 Wp", 24, 16900, 0), ("Hybrid-Wechselrichter 10 kW", 1, 189000, 0),
       ("Montage und Anmeldung", 1, 320000, 0)],
      ["net", "vat", ("total", "Angebotssumme")],
      ["Zahlungsplan bei Auftrag: 30 % Anzahlung, 60 % bei Lieferung, 10 % nach Inbetriebnahme."],
      "Ihr Angebot AN-2026-0883 (9,86 kWp)", "Sehr geehrte Familie Schönberger,\n\nvielen Dank für Ihr Interesse. "
      "Anbei unser Angebot.\n\nMit sonnigen Grüßen\nLukas Reinhardt\n0931 359 44 10\n",
      why="A quote (Angebot) with a validity date.", sent=D(11, 22), note="0 % VAT, a payment schedule in percentages.")

    # 70 DE Auftragsbestätigung
    s = S("Stahlbau Neumann GmbH", "DE", "Hüttenweg 9", "57072 Siegen", "vertrieb@stahlbau-neumann.de",
          "0271 31 88 40", "HRB 7712 AG Siegen · USt-IdNr. DE126614908")
    N("inv-hold27-070", "sage", "de", "DE", "pdf", s, None, "einkauf@landtechnik-kraemer.de",
      ["Landtechnik Krämer GmbH", "Industriestraße 12", "35708 Haiger"], "Auftragsbestätigung",
      [("AB-Nr.", "AB-26-04471"), ("Datum", fg(D(12, 1))), ("Ihre Bestellung", "4500088120 vom " + fg(D(11, 27))),
       ("Liefertermin", "KW 3/2027"), ("Kundennr.", "D-10772")],
      [("Stahlhalle 12 x 20 m, feuerverzinkt", 1, 4880000, 19), ("Statik und Prüfung", 1, 240000, 19)],
      ["net", "vat", ("total", "Auftragswert")],
      ["Die Abschlagsrechnung über 30 % erhalten Sie gesondert."],
      "Auftragsbestätigung AB-26-04471 zu Bestellung 4500088120", "Sehr geehrte Damen und Herren,\n\nvielen Dank "
      "für Ihren Auftrag.\n\nStahlbau Neumann · 0271 31 88 40\n", why="An order confirmation; the invoices follow.",
      sent=D(12, 1), note="A ten-digit order number, a delivery week, totals.")

    # 71 DE price change with a new Abschlag (energy)
    s = S("Gasversorgung Oberland GmbH", "DE", "Bahnhofplatz 1", "83607 Holzkirchen", "service@gas-oberland.de",
          "08024 90 41 00", "HRB 11840 AG München")
    N("inv-hold27-071", "word", "de", "DE", "body-text", s, None, "peter.huber.hk@gmx.de",
      ["Herrn Peter Huber", "Tegernseer Str. 18", "83607 Holzkirchen"], "Preisanpassung zum 01.02.2027",
      [("Kundennummer", "30044182"), ("Vertragskonto", "700 118 442"), ("Zählernummer", "7GMT0031188")],
      [], [("row", "Arbeitspreis bisher / neu (ct/kWh)", "10,98 / 11,64"), ("row", "Grundpreis neu (mtl.)", 1490),
           ("row", "Ihr neuer Abschlag ab Februar 2027", 11800, True)],
      ["Der Abschlag wird wie bisher am 15. eines Monats per Lastschrift eingezogen. Sie müssen nichts tun."],
      "Preisanpassung Erdgas – Kundennr. 30044182", "Sehr geehrter Herr Huber,\n\nwir informieren Sie über die "
      "Anpassung Ihres Gaspreises.", why="A notice of new prices and instalments; it bills nothing.", sent=D(11, 27),
      table=False, note="Prices in cents, a new monthly instalment, meter and contract numbers.")

    # 72 DE Zahlungsavis from a customer
    s = seller("Klinikum Lahn-Dill gGmbH", "DE", ["Kreditorenbuchhaltung", "Forsthausstraße 1, 35578 Wetzlar"],
               "kreditoren@klinikum-lahndill.de", "06441 79 0", ["Klinikum Lahn-Dill gGmbH · HRB 5518 AG Wetzlar"])
    N("inv-hold27-072", "sap", "de", "DE", "pdf", s, None, "buchhaltung@medi-textil-wagner.de",
      ["Medi-Textil Wagner GmbH", "Am Steinbruch 3", "35745 Herborn"], "Zahlungsavis",
      [("Zahlungsnummer", "2000441187"), ("Zahldatum", fg(D(12, 3))), ("Ihre Lieferantennr. bei uns", "70044120")],
      [], [("row", "Ihre Rechnung 26-3318 vom %s" % fg(D(10, 22)), 418880),
           ("row", "Ihre Rechnung 26-3402 vom %s" % fg(D(11, 4)), 122150), ("row", "abzgl. 2 % Skonto", -10821),
           ("row", "Überwiesener Betrag", 530209, True)],
      ["Bei Rückfragen wenden Sie sich bitte an die Kreditorenbuchhaltung."],
      "Zahlungsavis 2000441187", "Sehr geehrte Damen und Herren,\n\nanbei das Zahlungsavis zu unserer Überweisung.\n\n"
      "Kreditorenbuchhaltung · 06441 79 0\n", why="A customer's payment advice to its supplier: money sent, nothing asked.",
      sent=D(12, 3), table=False, note="Invoice numbers, a Skonto taken and the sum transferred.")

    # 73 AT Ratenvereinbarung
    s = S("Autohaus Pichler GmbH", "AT", "Wiener Straße 120", "3100 St. Pölten", "buchhaltung@autohaus-pichler.at",
          "+43 2742 35 50", "UID ATU41882019 · FN 118422 m")
    N("inv-hold27-073", "bmd", "de", "AT", "pdf", s, None, "s.wallner@gmx.at",
      ["Frau Sabine Wallner", "Kremser Landstraße 41", "3100 St. Pölten"], "Ratenvereinbarung",
      [("Vereinbarung", "RV 26/014"), ("Datum", fg(D(11, 24))), ("Zu Rechnung", "AR 26/3318 vom " + fg(D(10, 30))),
       ("Kennzeichen", "P-418 KW")],
      [], [("row", "Offener Betrag", 246000), ("row", "6 Monatsraten zu je", 41000),
           ("row", "1. Rate fällig am %s" % fg(D(12, 15)), 41000), ("row", "Summe", 246000, True)],
      ["Bitte überweisen Sie die Raten auf {iban} mit Verwendungszweck RV 26/014."],
      "Ihre Ratenvereinbarung RV 26/014", "Sehr geehrte Frau Wallner,\n\nwie besprochen übersenden wir die "
      "Ratenvereinbarung zur Unterschrift.\n\nAutohaus Pichler · +43 2742 35 50\n",
      why="A payment plan for an invoice already sent.", sent=D(11, 24), table=False,
      note="A licence plate, instalments and the earlier invoice's number.")

    # 74 CH Proforma
    s = S("Uhrenatelier Brunner", "CH", "Marktgasse 9", "3011 Bern", "atelier@uhren-brunner.ch", "031 311 20 48",
          "CHE-230.118.774 MWST")
    N("inv-hold27-074", "bexio", "de", "CH", "pdf", s, None, "h.dubach@bluewin.ch",
      ["Herr Hans Dubach", "Thunstrasse 40", "3005 Bern"], "Proforma-Rechnung",
      [("Proforma-Nr.", "PF-2026-018"), ("Datum", fg(D(11, 29))), ("Uhr", "Ref. 5513, Kaliber 2824-2"),
       ("Gültig", "30 Tage")],
      [("Revision Automatikwerk", 1, 48000, 8.1), ("Ersatzglas Saphir", 1, 12000, 8.1)],
      ["net", "vat", ("total", "Total CHF")],
      ["Proforma für den Zoll. Die Rechnung folgt bei Abholung."],
      "Proforma PF-2026-018", "Grüezi Herr Dubach\n\nHier die gewünschte Proforma für den Versand.\n\n"
      "Uhrenatelier Brunner · 031 311 20 48\n", why="A pro forma; the invoice follows on collection.", cur="CHF",
      sent=D(11, 29), note="A reference and calibre number; totals in CHF.")

    # 75 AT meter reading (Ablesung) confirmation
    s = S("Wasserverband Mittleres Mühlviertel", "AT", "Marktplatz 1", "4190 Bad Leonfelden", "verrechnung@wv-muehlviertel.at",
          "+43 7213 63 20", "UID ATU37718820")
    N("inv-hold27-075", "word", "de", "AT", "body-html", s, None, "fam.leitner@aon.at",
      ["Familie Leitner", "Ringstraße 17", "4190 Bad Leonfelden"], "Bestätigung Zählerablesung",
      [("Kundennummer", "100-4471"), ("Zählernummer", "WZ 0031 8820"), ("Ablesedatum", fg(D(11, 28))),
       ("Zählerstand", "1.884 m³"), ("Verbrauch 2026", "142 m³")],
      [], [("row", "Vorauszahlung 2027 (4 x)", 9350)],
      ["Die Jahresabrechnung erhalten Sie im Jänner. Bitte jetzt nichts überweisen."],
      "Zählerablesung 2026 – Kundennummer 100-4471", "Vielen Dank für die Ablesung.",
      why="A meter reading confirmation; the annual bill follows.", sent=D(11, 28), table=False,
      note="Meter number, reading, consumption and a quarterly prepayment amount.")


# ======================================================================================
# The checker: every record valid by the README's format before the file is written
# ======================================================================================

def iban_valid(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ogm_valid(r):
    d = r.strip("+").replace("/", "")
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def rf_valid(r):
    s = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def width(item):
    return len(item["text"]) * item["size"] * 0.5 * 1.12


COUNTS = {("nl", True): 20, ("en", True): 15, ("de", True): 15,
          ("nl", False): 9, ("en", False): 8, ("de", False): 8}


def check(records):
    mk.check_labels(records)
    for r in records:  # each labelled reference printed, with or without its spaces
        e = r["expected"]
        if e and e["payment_reference"]:
            text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
            assert e["payment_reference"] in text or e["payment_reference"] in text.replace(" ", ""), r["id"]
    seen = {}
    for r in records:
        seen[(r["lang"], r["is_invoice"])] = seen.get((r["lang"], r["is_invoice"]), 0) + 1
    assert seen == COUNTS, seen
    assert sum(1 for r in records if r["_region"] == "BE" and r["is_invoice"]) == 5
    assert sum(1 for r in records if r["_region"] == "BE" and not r["is_invoice"]) == 3
    firm_iban = {}
    for r in records:
        rid, e = r["id"], r["expected"]
        json.loads(json.dumps(r, ensure_ascii=False))
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), rid
        assert r["envelope"]["rcpt_to"][0] in r["eml"].split("\nTo: ", 1)[1].split("\n", 1)[0], rid
        assert r["kind"] == ("none" if e is None else r["kind"]), rid
        assert (e is None) == (r["kind"] == "none") and r["is_invoice"] == (e is not None), rid
        if "pdf" in r:
            for pg in r["pdf"]["pages"]:
                rows = {}
                for it in pg["items"]:
                    w = width(it)
                    x0 = it["x"] - w if it["align"] == "right" else it["x"]
                    assert 20 <= x0 and x0 + w <= 580 and 20 <= it["y"] <= 830, (rid, it["text"])
                    rows.setdefault(it["y"], []).append((x0, x0 + w, it["text"]))
                for y, spans in rows.items():
                    spans.sort()
                    for a, b in zip(spans, spans[1:]):
                        assert a[1] <= b[0] + 1, (rid, a[2], b[2])
        if e is None:
            continue
        for k in ("number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date",
                  "debtor_name", "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"):
            assert k in e, (rid, k)
        assert e["language"] == r["lang"], rid
        assert e["debtor_email"] == r["envelope"]["rcpt_to"][0], rid
        datetime.date.fromisoformat(e["issue_date"])
        if e["due_date"]:
            assert datetime.date.fromisoformat(e["due_date"]) >= datetime.date.fromisoformat(e["issue_date"]), rid
        assert e["credit_note"] == (e["amount_total_cents"] < 0), rid
        assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), rid
        assert e["credit_note"] is False or e["due_date"] is None, rid
        if e["iban"]:
            assert iban_valid(e["iban"]), rid
            firm = r["envelope"]["mail_from"]
            assert firm_iban.setdefault(firm, e["iban"]) == e["iban"], rid
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            assert ogm_valid(ref), rid
        elif ref and ref.startswith("RF"):
            assert rf_valid(ref), rid
        elif ref and ref.isdigit() and len(ref) == 27:
            assert mk.qrr(ref[:26]) == ref, rid
    for rid, doc, e in CHECKS:
        # the arithmetic again, from the printed rows: lines, VAT per rate, totals, what is due
        per = {}
        for desc, q, unit, rate, amt in doc.rows:
            assert amt == half_up(Decimal(str(q)) * unit), (rid, desc)
            per[rate] = per.get(rate, 0) + amt
        assert per == doc.per and sum(per.values()) == doc.net, rid
        for rate, n in per.items():
            assert doc.vat[rate] == half_up(Decimal(n) * Decimal(str(rate)) / 100), rid
        assert doc.total == doc.net + sum(doc.vat.values()) + doc.extra, rid
        assert doc.due == doc.total - doc.less, rid
        if e is not None:
            assert (e["amount_total_cents"], e["amount_due_cents"]) == (doc.total, doc.due), rid


def build():
    dutch_invoices()
    dutch2()
    english_invoices()
    german_invoices()
    not_invoices()
    return RECORDS


def main():
    recs = build()
    check(recs)
    for r in recs:
        del r["_region"]
    mk.write(OUT, recs)
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
