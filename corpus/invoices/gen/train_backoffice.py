"""train_backoffice: a training split about the customer's back office (the backoffice22
round, from heldout22's brief, with its own suppliers, customers and wordings), and the mails
from the same suppliers that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): small suppliers
billing organisations with an accounts-payable department (hospitals, a university, councils
and Gemeinden, housing corporations, a retail chain, logistics firms, Stadtwerke, an NHS
trust, an intercommunale) and printing what those customers demand: the purchase-order
number, the supplier number the customer gave, cost centres, project codes, contract,
delivery-note and goods-receipt numbers, the customer's internal contact ("t.a.v.
crediteurenadministratie", "z. Hd. Kreditorenbuchhaltung", "Attn: Accounts Payable", "FAO
Finance"); mails to an AP inbox while the To header names a person or a department, or with
the buyer in Cc; a scanning service's address; the PO in the subject; reverse charge, a
G-rekening split, factoring and assignment, Skonto and early-settlement discounts, retention,
partial invoices against one PO, order lines with the customer's article numbers, an
e-invoice portal's notification text beside the PDF.

Not invoices: an order acknowledgement with its total, a delivery note with the PO, a
goods-receipt query, a rejection by the customer's AP forwarded, a self-billing statement
and a Gutschrift im Gutschriftverfahren, a remittance advice, a statement of account, a
supplier-registration form with the IBAN, a tender quote, a price-indexation notice, a
contract-award letter, a credit-note announcement, a portal's "scheduled for payment" notice,
an Auftragsbestätigung.

Labels follow corpus/invoices/README.md lines 1-74 and the calls of "A nineteenth held-out
set" where they reach: the debtor is the organisation of the address block by its legal
name (not the department or contact); a public body, an NHS trust, a Gemeinde or an
intercommunale is a business (`true`: an organisation); `debtor_email` the first envelope
recipient (the AP inbox or the scanning service); a PO, supplier, cost-centre or contract
number is never the invoice number nor a payment reference; under a G-rekening split the
amount due is the whole invoice and `iban` the ordinary account; with factoring or an
assignment `iban` is the factor's; under reverse charge the net is the total; retention
printed as withheld reduces the amount due, not the total; an early-payment discount leaves
the amount due at the full total and the due date at the net term's.  Written by hand for
training (the reader's rules are tuned on it); seeded; run it to write
../train-backoffice.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, ogm  # noqa: E402

SEED = 20261205
rng = random.Random(SEED)
D = datetime.date


def eur(cents, lang):
    return mk.money_in("EUR", lang, cents)


def gbp(cents):
    return mk.money_in("GBP", "en", cents)


def chf(cents):
    return mk.money_in("CHF", "de", cents)




def vat(net, pct):
    return net * pct // 100


# Suppliers: name, address line, mailbox, country of the IBAN, registration line.
SUPPLIERS = {
    "glas": ("Glasbewassing Teunissen B.V.", "Ambachtsweg 31, 4004 JK Tiel", "facturatie@teunissen-glas.nl", "NL",
             "KvK 30987120 · btw NL809871203B01"),
    "groen": ("Hoveniersbedrijf Korenbloem", "Veldweg 5, 5281 RA Boxtel", "administratie@korenbloem-groen.nl", "NL",
              "KvK 17234598 · btw NL001723459B02"),
    "elek": ("Elektrotechniek Hendriks & Zn. B.V.", "Nijverheidsstraat 12, 7921 JS Zuidwolde",
             "facturen@hendriks-elektro.nl", "NL", "KvK 04112876 · btw NL804112876B01"),
    "druk": ("Drukkerij Ooievaar", "Spoorlaan 77, 5038 CB Tilburg", "debiteuren@drukkerij-ooievaar.nl", "NL",
             "KvK 18220943 · btw NL818220943B01"),
    "cater": ("Lunchservice Het Bolletje", "Havenkade 4, 3198 LK Europoort", "orders@hetbolletje-lunch.nl", "NL",
              "KvK 24119834 · btw NL862411983B01"),
    "schild": ("Schildersbedrijf Wouters-Oosting", "Kanaal Noord 140, 7323 AL Apeldoorn",
               "boekhouding@wouters-oosting.nl", "NL", "KvK 08112204 · btw NL808112204B01"),
    "ict": ("Datawijs IT-diensten", "Stationsplein 2, 3818 LE Amersfoort", "rekening@datawijs.nl", "NL",
            "KvK 61234098 · btw NL002061234B55"),
    "dak": ("Dakwerken Vanderhaeghen BV", "Industriepark 9, 9800 Deinze", "boekhouding@vanderhaeghen-dak.be", "BE",
            "Ondernemingsnr. 0456.778.210 · btw BE 0456.778.210"),
    "poets": ("Poetsbedrijf Claeys NV", "Brugsesteenweg 201, 8800 Roeselare", "facturatie@claeys-poets.be", "BE",
              "Ondernemingsnr. 0478.120.335 · btw BE 0478.120.335"),
    "reinig": ("Gebäudereinigung Albers GmbH", "Hafenstraße 22, 26789 Leer", "rechnungen@albers-reinigung.de", "DE",
               "HRB 201998 Aurich · USt-IdNr. DE281223409"),
    "metall": ("Metallbau Brettschneider", "Gewerbering 8, 09599 Freiberg", "buchhaltung@brettschneider-metall.de",
               "DE", "USt-IdNr. DE298110456"),
    "etikett": ("Etikettendruck Sommerfeld GmbH", "Am Kanal 3, 14467 Potsdam", "faktura@sommerfeld-etiketten.de", "DE",
                "HRB 30112 P · USt-IdNr. DE301998722"),
    "lager": ("Regaltechnik Weißgerber KG", "Lindenallee 60, 33332 Gütersloh", "rechnung@weissgerber-regal.de", "DE",
              "HRA 8812 · USt-IdNr. DE277019345"),
    "mess": ("Messtechnik Ohlendorf", "Fischerweg 11, 24105 Kiel", "info@ohlendorf-messtechnik.de", "DE",
             "Steuernr. 20/291/44810"),
    "elat": ("Elektro Aigner GmbH", "Salzburger Straße 44, 4600 Wels", "rechnungen@elektro-aigner.at", "AT",
             "FN 229871 k · UID ATU63310982"),
    "tischat": ("Tischlerei Pfeifer", "Dorfstraße 2, 6300 Wörgl", "office@tischlerei-pfeifer.at", "AT",
                "UID ATU71029933"),
    "itch": ("Bergsicht Informatik GmbH", "Bahnhofstrasse 19, 6003 Luzern", "debitoren@bergsicht-it.ch", "CH",
             "CHE-330.129.877 MWST"),
    "clean": ("Brightwell Facilities Ltd", "Unit 4, Canal Side, Stoke-on-Trent ST4 2RP", "accounts@brightwellfm.co.uk",
              "GB", "Company No. 09871223 · VAT Reg. GB 310 2277 41"),
    "grounds": ("Kestrel Grounds Care Ltd", "Mill Farm, Tadcaster LS24 9QB", "invoicing@kestrelgrounds.co.uk", "GB",
                "Company No. 11092834 · VAT Reg. GB 388 1290 02"),
    "signs": ("Pennant Signs & Displays Ltd", "22 Dock Road, Grimsby DN31 3LT", "sales.ledger@pennantsigns.co.uk", "GB",
              "Company No. 07711298 · VAT Reg. GB 199 4410 87"),
    "haul": ("Tamar Pallet Services Ltd", "Yard 3, Saltash PL12 6LX", "credit.control@tamarpallets.co.uk", "GB",
             "Company No. 10228811 · VAT Reg. GB 276 0033 19"),
    "lab": ("Liffey Lab Supplies Ltd", "Unit 12, Grange Business Park, Dublin D24 XK71", "accounts@liffeylab.ie", "IE",
            "CRO 612298 · VAT IE 9812233K"),
    "joiner": ("Corran Joinery", "Quay Street, Sligo F91 H2X4", "office@corranjoinery.ie", "IE", "VAT IE 3321908LH"),
}

IBANS = {k: mk.iban(rng, v[3]) for k, v in SUPPLIERS.items()}


def doc_pdf(key, block, facts, title, lines, totals, notes, facts_below=False, letterhead_right=False):
    """One A4 page: the supplier's letterhead, the customer's address block (left window), the
    facts beside it or in a row below it, the order lines (description, then up to three
    right-aligned columns), the totals, the notes and the footer with the supplier's account."""
    name, addr, mailbox, _c, reg = SUPPLIERS[key]
    ib = mk.iban_spaced(IBANS[key])
    p = mk.Page()
    if letterhead_right:
        p.right(539, 52, name, size=13, bold=True)
        p.right(539, 66, addr, size=8)
        p.right(539, 77, "%s · %s" % (mailbox, reg), size=7)
    else:
        p.text(56, 52, name, size=13, bold=True)
        p.text(56, 66, addr, size=8)
        p.text(56, 77, "%s · %s" % (mailbox, reg), size=7)
    p.text(56, 126, "%s · %s" % (name, addr), size=6)
    for i, ln in enumerate(block):
        p.text(56, 142 + 13 * i, ln, size=10)
    if facts_below:
        y = 142 + 13 * len(block) + 24
        p.text(56, y, title, size=15, bold=True)
        y += 22
        for col, (lab, val) in enumerate(facts):
            x = 56 + (col % 4) * 124
            yy = y + (col // 4) * 24
            p.text(x, yy, lab, size=7)
            p.text(x, yy + 10, val, size=9)
        y += 24 * ((len(facts) + 3) // 4) + 14
    else:
        for i, (lab, val) in enumerate(facts):
            p.text(345, 142 + 13 * i, lab, size=8.5)
            p.right(539, 142 + 13 * i, val, size=8.5)
        y = 142 + 13 * max(len(block), len(facts)) + 26
        p.text(56, y, title, size=15, bold=True)
        y += 24
    y = p.line_rows(y, lines)
    y = p.totals_notes(y, totals, notes, ib)
    p.text(56, 800, "%s · %s · IBAN %s" % (name, reg, ib), size=6.5)
    return [p]


def invoice(rid, key, lang, debtor, rcpt, business, number, issue, subject, due, due_cents, total_cents,
            to_header=None, cc=None, cover=None, pages=None, text=None, html=None, ref=None, cur="EUR",
            iban=None, note="", pdf_name=None):
    name, _a, mailbox, _c, _r = SUPPLIERS[key]
    ib = mk.iban_spaced(IBANS[key])
    to = to_header or rcpt
    extra = ["Cc: %s" % cc] if cc else []
    eml, kind = mk.mail_in_kind(rng, mailbox, name, to, subject, issue, cover, pages, html, text, ib,
                                extra_headers=extra)
    exp = mk.expected(number, due_cents, total_cents, issue, due, debtor, rcpt,
                      iban if iban is not None else IBANS[key], business, lang, reference=ref, currency=cur)
    return mk.record(rid, "backoffice", lang, kind, {"mail_from": mailbox, "rcpt_to": [rcpt]}, eml, pages=pages,
                     pdf_filename=pdf_name or ("%s.pdf" % number.replace("/", "-") if pages else None),
                     expected=exp, note=note)


def build_invoices():
    out = []

    def rid():
        return "inv-bo-%03d" % (len(out) + 1)

    # 1. nl window cleaner to a hospital's AP inbox; PO, leveranciersnummer, kostenplaats, t.a.v.
    i = D(2026, 11, 30)
    n = "2026-1187"
    net = 184500
    tot = net + vat(net, 21)
    out.append(invoice(
        rid(), "glas", "nl", "Stichting Ziekenhuis Betuwezicht", "facturen@betuwezicht.nl", True, n, i,
        "Factuur %s - inkooporder 4500318872" % n, i + days(30), tot, tot,
        to_header="Crediteurenadministratie Betuwezicht <facturen@betuwezicht.nl>",
        cover="Geachte heer, mevrouw,\n\nIn de bijlage treft u onze factuur voor de glasbewassing in november, "
              "onder inkooporder 4500318872.\n\nMet vriendelijke groet,\nGlasbewassing Teunissen B.V.",
        pages=doc_pdf("glas", ["Stichting Ziekenhuis Betuwezicht", "t.a.v. crediteurenadministratie",
                               "Postbus 4120", "4000 LA Tiel"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Inkoopordernummer", "4500318872"),
                       ("Leveranciersnummer", "208817"), ("Kostenplaats", "KP 6120 Facilitair"),
                       ("Contactpersoon", "R. Gerritsen")],
                      "Factuur",
                      [("Glasbewassing buitenzijde hoofdgebouw, november 2026", "", eur(131000, "nl")),
                       ("Glasbewassing poliklinieken A en B, november 2026", "", eur(53500, "nl"))],
                      [("Subtotaal", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Totaal te betalen", eur(tot, "nl"), True)],
                      ["Betaling binnen 30 dagen na factuurdatum op {iban} t.n.v. Glasbewassing Teunissen B.V.",
                       "Vermeld bij betaling het factuurnummer."]),
        note="a hospital's AP: PO, supplier number and cost centre beside the invoice number; 't.a.v.' under the name"))

    # 2. nl gardener to a municipality; PO in subject first; project code; 'Uw kenmerk'.
    i = D(2026, 12, 1)
    n = "F26-0419"
    net = 392000
    tot = net + vat(net, 21)
    out.append(invoice(
        rid(), "groen", "nl", "Gemeente Dommelvliet", "facturen@dommelvliet.nl", True, n, i,
        "PO 4700022918 / Factuur F26-0419", i + days(30), tot, tot,
        to_header="Team Inkoop, mw. S. el Amrani <facturen@dommelvliet.nl>",
        cover="Goedemiddag,\n\nHierbij de factuur voor het snoeiwerk langs de Beekdalweg (uw kenmerk "
              "INK/2026/0871).\n\nGroet,\nPeter Korenbloem",
        pages=doc_pdf("groen", ["Gemeente Dommelvliet", "Afdeling Openbare Ruimte", "Postbus 50", "5280 AB Boxtel"],
                      [("Factuurnr.", n), ("Datum", mk.date_in("nl", i)), ("Uw kenmerk", "INK/2026/0871"),
                       ("Inkoopordernr.", "4700022918"), ("Projectcode", "OR-2026-114"),
                       ("Crediteurnr.", "31877")],
                      "Factuur",
                      [("Snoeien laanbomen Beekdalweg, 112 stuks", "112 st", eur(3500, "nl"), eur(392000, "nl"))],
                      [("Totaal excl. btw", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Totaal incl. btw", eur(tot, "nl"), True)],
                      ["Wij verzoeken u het bedrag binnen 30 dagen over te maken naar {iban}."],
                      facts_below=True),
        note="the PO first in the subject; 'Uw kenmerk', project code, creditor number"))

    # 3. nl electrician to a housing corporation: btw verlegd, G-rekening split.
    i = D(2026, 12, 2)
    n = "HE-2026-0733"
    net = 1264000
    g_part = 316000
    g_iban = mk.iban_spaced(mk.iban(rng, "NL"))
    out.append(invoice(
        rid(), "elek", "nl", "Woonstichting Vechtoever", "crediteuren@vechtoever.nl", True, n, i,
        "Factuur HE-2026-0733 renovatie Zuiderhof", i + days(30), net, net,
        cover="Beste crediteurenadministratie,\n\nBijgevoegd onze factuur voor de elektrotechnische installatie "
              "Zuiderhof, blok C. Btw verlegd.\n\nMet vriendelijke groet,\nElektrotechniek Hendriks & Zn.",
        pages=doc_pdf("elek", ["Woonstichting Vechtoever", "t.a.v. Crediteurenadministratie", "Burgemeester Pieksmalaan 3",
                               "7921 GA Zuidwolde"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Bestelnummer", "BV-26-03318"),
                       ("Contractnummer", "RAM-2024-007"), ("Complex", "Zuiderhof blok C")],
                      "Factuur",
                      [("Vervangen groepenkasten, 24 woningen", "24", eur(38500, "nl"), eur(924000, "nl")),
                       ("Aanleg rookmelders op net, 24 woningen", "24", eur(14166, "nl"), eur(340000, "nl"))],
                      [("Totaal", eur(net, "nl"), True), ("Btw", "verlegd", False)],
                      ["Btw verlegd ingevolge artikel 12, lid 5 Wet OB; btw-nummer afnemer NL806611234B01.",
                       "Van dit bedrag %s (loonkostendeel) storten op G-rekening %s," % (eur(g_part, "nl"), g_iban),
                       "het restant %s op {iban}, binnen 30 dagen." % eur(net - g_part, "nl")]),
        note="btw verlegd with a G-rekening share: the whole invoice is due, the ordinary account"))

    # 4. nl printer to a hogeschool: order lines with the customer's article numbers; Uw referentie.
    i = D(2026, 11, 27)
    n = "202611-058"
    lines = [("Art. HZ-10044 Studiegids 2027, 96 pag.", "1.500", eur(412, "nl"), eur(618000, "nl")),
             ("Art. HZ-10051 Inschrijfformulier A4", "5.000", eur(11, "nl"), eur(55000, "nl"))]
    net = 673000
    tot = net + vat(net, 9)
    out.append(invoice(
        rid(), "druk", "nl", "Hogeschool Zuiderwaard", "facturen@zuiderwaard.nl", True, n, i,
        "Factuur 202611-058 (PO 88120455)", i + days(21), tot, tot,
        to_header="\"Bureau Inkoop Hogeschool Zuiderwaard\" <facturen@zuiderwaard.nl>",
        cover="Geachte relatie,\n\nBijgaand ontvangt u de factuur voor de studiegidsen, geleverd op 20 november "
              "2026 met pakbon PB-77120.\n\nDrukkerij Ooievaar",
        pages=doc_pdf("druk", ["Hogeschool Zuiderwaard", "Financiële Administratie / crediteuren",
                               "Kenniscampus 1", "5037 AB Tilburg"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Uw referentie", "PO 88120455"),
                       ("Pakbon", "PB-77120"), ("Budgethouder", "dhr. T. Vos")],
                      "FACTUUR",
                      lines,
                      [("Netto", eur(net, "nl"), False), ("Btw 9%", eur(vat(net, 9), "nl"), False),
                       ("Te betalen", eur(tot, "nl"), True)],
                      ["Betalingstermijn 21 dagen. IBAN {iban} t.n.v. Drukkerij Ooievaar."],
                      letterhead_right=True),
        note="order lines with the customer's article numbers; a pakbon number; 9% VAT on print"))

    # 5. nl caterer to a logistics firm: factoring; the factor's IBAN.
    i = D(2026, 12, 3)
    n = "HB-9921"
    net = 218640
    tot = net + vat(net, 9)
    factor = mk.iban(rng, "NL")
    out.append(invoice(
        rid(), "cater", "nl", "Van Ommeren Havenlogistiek B.V.", "ap@vanommeren-logistiek.nl", True, n, i,
        "Factuur HB-9921 lunches november", i + days(14), tot, tot,
        to_header="Accounts Payable <ap@vanommeren-logistiek.nl>",
        cover="Beste collega's van de crediteurenadministratie,\n\nIn de bijlage de factuur voor de lunches van "
              "november. Let op: wij werken met factoring, betaal a.u.b. op het rekeningnummer op de factuur.\n\n"
              "Lunchservice Het Bolletje",
        pages=doc_pdf("cater", ["Van Ommeren Havenlogistiek B.V.", "t.a.v. crediteurenadministratie",
                                "Merseyweg 40", "3197 KG Botlek Rotterdam"],
                      [("Factuurnummer", n), ("Datum", mk.date_in("nl", i)), ("Klantnummer", "D-1043"),
                       ("Uw ordernummer", "VO-PO-26-4410")],
                      "Factuur",
                      [("Lunchpakketten kantine Botlek, 1.104 stuks", "", eur(net, "nl"))],
                      [("Subtotaal", eur(net, "nl"), False), ("Btw 9%", eur(vat(net, 9), "nl"), False),
                       ("Totaal", eur(tot, "nl"), True)],
                      ["Deze vordering is overgedragen aan Rijnmond Factoring B.V. Betaling uitsluitend op",
                       "rekening van Rijnmond Factoring B.V., IBAN %s, binnen 14 dagen," % mk.iban_spaced(factor),
                       "onder vermelding van het factuurnummer."]),
        iban=factor,
        note="factoring: the factor's account is the invoice's, the supplier's footer account is not"))

    # 6. nl painter: second partial invoice against one PO, 5 % retentie withheld.
    i = D(2026, 11, 26)
    n = "WO-26-212"
    net = 1850000
    gross = net + vat(net, 21)
    ret = gross * 5 // 100
    out.append(invoice(
        rid(), "schild", "nl", "Woningcorporatie De Veste", "facturen@deveste.nl", True, n, i,
        "2e deelfactuur schilderwerk Kastanjehof", i + days(30), gross - ret, gross,
        cover="Geachte heer Bouwman,\n\nHierbij de tweede deelfactuur voor het schilderwerk Kastanjehof. Het "
              "inkoopnummer staat op de factuur.\n\nMet vriendelijke groet,\nSchildersbedrijf Wouters-Oosting",
        pages=doc_pdf("schild", ["Woningcorporatie De Veste", "t.a.v. dhr. J. Bouwman, projectleider",
                                 "Kastanjelaan 100", "7321 AB Apeldoorn"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Inkoopnummer", "DV-2026-00781"),
                       ("Opdrachtsom", eur(5550000, "nl")), ("Deelfactuur", "2 van 3")],
                      "Deelfactuur",
                      [("Tweede termijn schilderwerk Kastanjehof (1/3 van opdrachtsom)", "", eur(net, "nl"))],
                      [("Bedrag excl. btw", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Factuurbedrag", eur(gross, "nl"), True),
                       ("Af: 5% retentie (vrijgave na oplevering)", "- " + eur(ret, "nl"), False),
                       ("Nu te betalen", eur(gross - ret, "nl"), True)],
                      ["Betaling binnen 30 dagen op {iban}."]),
        note="a partial invoice against one PO with 5% retention withheld; the contract sum is no total"))

    # 7. nl IT consultant, typed in the mail; AP inbox, To names a person, buyer in Cc.
    i = D(2026, 12, 1)
    n = "DW-2026-044"
    net = 38 * 9500
    tot = net + vat(net, 21)
    text = ("Beste Marieke,\n\nHierbij mijn factuur voor de ondersteuning in november. Ik stuur hem zoals "
            "afgesproken naar jullie factuuradres.\n\n"
            "FACTUUR %s\nFactuurdatum: %s\nInkoopordernummer: 4510098812\nLeveranciersnummer: 70021\n"
            "Kostenplaats: 4410 ICT\n\n"
            "Werkplekbeheer november, 38 uur à %s      %s\nBtw 21%%                                 %s\n"
            "Totaal                                  %s\n\n"
            "Betaling binnen 30 dagen op {iban} t.n.v. Datawijs IT-diensten.\n\n"
            "Groet,\nWouter Jaspers\nDatawijs IT-diensten · KvK 61234098 · btw NL002061234B55\n"
            % (n, mk.date_in("nl", i, "long"), eur(9500, "nl"), eur(net, "nl"), eur(vat(net, 21), "nl"), eur(tot, "nl")))
    out.append(invoice(
        rid(), "ict", "nl", "Stichting Welzijn Eemland", "facturen@welzijneemland.nl", True, n, i,
        "Factuur DW-2026-044", i + days(30), tot, tot,
        to_header="Marieke Hoogland <facturen@welzijneemland.nl>", cc="m.hoogland@welzijneemland.nl",
        text=text.replace("FACTUUR", "Stichting Welzijn Eemland\nt.a.v. crediteurenadministratie\n\nFACTUUR", 1),
        note="typed; the AP inbox named as a person; the buyer in Cc; hours not the total"))

    # 8. nl: an e-invoice portal's notification text in the body, the PDF beside it.
    i = D(2026, 11, 30)
    n = "2026-1204"
    net = 96000
    tot = net + vat(net, 21)
    out.append(invoice(
        rid(), "glas", "nl", "Stadsbeheer Tielerwaard N.V.", "scan.facturen@tielerwaard.nl", True, n, i,
        "Nieuwe factuur van Glasbewassing Teunissen B.V. (%s)" % n, i + days(30), tot, tot,
        cover="Er staat een nieuwe factuur voor u klaar.\n\nAfzender: Glasbewassing Teunissen B.V.\n"
              "Factuurnummer: %s\nBedrag: %s\nVervaldatum: %s\n\nDe factuur is ook als UBL aangeleverd via het "
              "Peppol-netwerk; de PDF vindt u in de bijlage.\n\nDit bericht is automatisch verzonden."
              % (n, eur(tot, "nl"), mk.date_in("nl", i + days(30))),
        pages=doc_pdf("glas", ["Stadsbeheer Tielerwaard N.V.", "Crediteurenadministratie", "Postbus 612",
                               "4000 AP Tiel"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Vervaldatum", mk.date_in("nl", i + days(30))),
                       ("Ordernummer", "ST-44120"), ("Leveranciersnummer", "S-00912")],
                      "Factuur",
                      [("Glasbewassing gemeentewerf en remise, november", "", eur(net, "nl"))],
                      [("Subtotaal", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Totaal", eur(tot, "nl"), True)],
                      ["Graag betalen op {iban}."]),
        note="a portal's notification text beside the PDF; a scanning inbox"))

    # 9. be roofer to an intercommunale: structured communication, bestelbon, medecontractant.
    i = D(2026, 12, 1)
    n = "VF26/0388"
    net = 2241000
    ref = ogm("2026038812")
    out.append(invoice(
        rid(), "dak", "nl", "Intercommunale Leiewater", "facturen@leiewater.be", True, n, i,
        "Factuur VF26/0388 - bestelbon 2026/BB/01455", i + days(30), net, net,
        cover="Geachte,\n\nIn bijlage onze factuur voor de dakrenovatie van het pompstation Astene.\n\n"
              "Met vriendelijke groeten,\nDakwerken Vanderhaeghen BV",
        pages=doc_pdf("dak", ["Intercommunale Leiewater", "t.a.v. dienst boekhouding", "Leiestraat 12",
                              "9800 Deinze"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Vervaldag", mk.date_in("nl", i + days(30))),
                       ("Uw bestelbon", "2026/BB/01455"), ("Uw referentie", "Dossier PS-Astene"),
                       ("Btw-nr. klant", "BE 0201.334.120")],
                      "Factuur",
                      [("Dakrenovatie pompstation Astene, volgens offerte O26-201", "", eur(net, "nl"))],
                      [("Maatstaf van heffing", eur(net, "nl"), False), ("Btw", "0,00", False),
                       ("Te betalen", eur(net, "nl"), True)],
                      ["Btw verlegd: verlegging van heffing, art. 20 KB nr. 1. De medecontractant is gehouden",
                       "de btw te voldoen. Gelieve te betalen op {iban} met mededeling %s." % ref],
                      letterhead_right=True),
        ref=ref, note="Flemish: bestelbon and uw referentie, medecontractant, structured communication"))

    # 10. be cleaner to a hospital vzw, body html; PO, leveranciersnummer.
    i = D(2026, 11, 30)
    n = "2026-00917"
    net = 612500
    tot = net + vat(net, 21)
    ref = ogm("2026009170")
    html = ("<p>Geachte,</p><p>Hierbij onze factuur voor de schoonmaak van november.</p>"
            "<p><b>AZ Sint-Gerlindis vzw</b><br>t.a.v. Crediteurenbeheer<br>Ziekenhuisstraat 2<br>8800 Roeselare</p>"
            "<table><tr><td>Factuurnummer</td><td>%s</td></tr><tr><td>Factuurdatum</td><td>%s</td></tr>"
            "<tr><td>Bestelbonnummer</td><td>PO-AZG-2026-3318</td></tr>"
            "<tr><td>Leveranciersnummer</td><td>LEV 40122</td></tr></table>"
            "<table><tr><td>Schoonmaak operatiekwartier, november</td><td>%s</td></tr>"
            "<tr><td>Btw 21%%</td><td>%s</td></tr><tr><td><b>Totaal</b></td><td><b>%s</b></td></tr></table>"
            "<p>Te betalen binnen 30 dagen op {iban} met gestructureerde mededeling %s.</p>"
            "<p>Poetsbedrijf Claeys NV - btw BE 0478.120.335</p>"
            % (n, mk.date_in("nl", i, "dmy/"), eur(net, "nl"), eur(vat(net, 21), "nl"), eur(tot, "nl"), ref))
    out.append(invoice(
        rid(), "poets", "nl", "AZ Sint-Gerlindis vzw", "facturen@azgerlindis.be", True, n, i,
        "Factuur 2026-00917 PO-AZG-2026-3318", i + days(30), tot, tot, html=html, ref=ref,
        note="Flemish hospital vzw in html; bestelbon and supplier number"))

    # 11. nl: second partial invoice, typed, to a retail chain's AP; 'Inkoopordernummer' first.
    i = D(2026, 12, 2)
    n = "2026-1211"
    net = 148000
    tot = net + vat(net, 21)
    text = ("Inkoopordernummer: 4500412290\nLeveranciersnummer: 100477\n\n"
            "Geachte crediteurenadministratie,\n\nHierbij factuur %s d.d. %s voor de glasbewassing van de "
            "filialen Culemborg en Geldermalsen (deellevering 2 van 4 op bovenstaande order).\n\n"
            "Bedrag excl. btw: %s\nBtw 21%%: %s\nTotaal: %s\n\nBetaling binnen 14 dagen op {iban}.\n\n"
            "Glasbewassing Teunissen B.V.\nKvK 30987120"
            % (n, mk.date_in("nl", i), eur(net, "nl"), eur(vat(net, 21), "nl"), eur(tot, "nl")))
    out.append(invoice(
        rid(), "glas", "nl", "Dekamarkt Retail B.V.", "invoices@dekamarkt-retail.nl", True, n, i,
        "Inkooporder 4500412290 - factuur %s" % n, i + days(14), tot, tot,
        text=text.replace("Geachte", "Dekamarkt Retail B.V.\nt.a.v. crediteurenadministratie\n\nGeachte", 1),
        note="typed; the PO and supplier number above the invoice number"))

    # 12. nl printer to a municipality with 2% kredietbeperking (an early-payment discount).
    i = D(2026, 11, 25)
    n = "202611-041"
    net = 287500
    tot = net + vat(net, 21)
    out.append(invoice(
        rid(), "druk", "nl", "Gemeente Hilvarenbeek-Oost", "facturen@hilvarenbeek-oost.nl", True, n, i,
        "Factuur 202611-041", i + days(30), tot, tot,
        to_header="Gemeente Hilvarenbeek-Oost, afd. Communicatie <facturen@hilvarenbeek-oost.nl>",
        cover="Geachte mevrouw Van Beek,\n\nBijgaand de factuur voor het drukwerk van de gemeentegids.\n\n"
              "Met vriendelijke groet,\nDrukkerij Ooievaar",
        pages=doc_pdf("druk", ["Gemeente Hilvarenbeek-Oost", "t.a.v. mevr. L. van Beek, afd. Communicatie",
                               "Raadhuisplein 1", "5081 CA Hilvarenbeek"],
                      [("Factuurnummer", n), ("Factuurdatum", mk.date_in("nl", i)), ("Zaaknummer", "Z/26/118231"),
                       ("Verplichtingnummer", "V2026-03410")],
                      "Factuur",
                      [("Gemeentegids 2027, 24.000 ex.", "", eur(net, "nl"))],
                      [("Netto", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Totaal", eur(tot, "nl"), True)],
                      ["Betaling binnen 30 dagen. Bij betaling binnen 8 dagen mag u 2% kredietbeperking",
                       "(%s) in mindering brengen. IBAN {iban}." % eur(tot * 2 // 100, "nl")]),
        note="a municipality's zaaknummer and verplichtingnummer; 2% kredietbeperking leaves the total due"))

    # 13. de cleaner to Stadtwerke: Bestellnummer, Kreditorennummer, z. Hd. Kreditorenbuchhaltung, Skonto.
    i = D(2026, 12, 1)
    n = "RE-2026-4471"
    net = 742000
    tot = net + vat(net, 19)
    out.append(invoice(
        rid(), "reinig", "de", "Stadtwerke Emsland-Nord GmbH", "rechnungseingang@sw-emsland-nord.de", True, n, i,
        "Rechnung RE-2026-4471 zu Bestellung 4500771203", i + days(30), tot, tot,
        to_header="Kreditorenbuchhaltung <rechnungseingang@sw-emsland-nord.de>",
        cover="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für die Unterhaltsreinigung im "
              "November.\n\nMit freundlichen Grüßen\nGebäudereinigung Albers GmbH",
        pages=doc_pdf("reinig", ["Stadtwerke Emsland-Nord GmbH", "z. Hd. Kreditorenbuchhaltung", "Postfach 1120",
                                 "26761 Leer"],
                      [("Rechnungsnummer", n), ("Rechnungsdatum", mk.date_in("de", i)), ("Ihre Bestellnummer", "4500771203"),
                       ("Unsere Kreditorennummer", "711098"), ("Kostenstelle", "3100 Verwaltung"),
                       ("Leistungszeitraum", "01.11.-30.11.2026")],
                      "Rechnung",
                      [("Unterhaltsreinigung Verwaltungsgebäude lt. Vertrag V-2025-118", "", mk.money(612000, "de")),
                       ("Glasreinigung Kundencenter", "", mk.money(130000, "de"))],
                      [("Nettobetrag", mk.money(net, "de") + " €", False),
                       ("USt. 19 %", mk.money(vat(net, 19), "de") + " €", False),
                       ("Rechnungsbetrag", mk.money(tot, "de") + " €", True)],
                      ["Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.",
                       "Bankverbindung: {iban}"]),
        note="Bestellnummer, Kreditorennummer, Kostenstelle and a Vertrag; Skonto leaves the total"))

    # 14. de metalwork to a hospital gGmbH: § 13b, Lieferschein and Wareneingang numbers.
    i = D(2026, 11, 27)
    n = "2026/0318"
    net = 1489000
    out.append(invoice(
        rid(), "metall", "de", "Kreiskrankenhaus Mittelsachsen gGmbH", "kreditoren@kkh-mittelsachsen.de", True, n, i,
        "Rechnung 2026/0318 – Ihr Zeichen Tech/Kl", i + days(21), net, net,
        cover="Guten Tag Herr Klemm,\n\nwie besprochen schicke ich die Rechnung direkt an Ihre Kreditorenbuchhaltung."
              "\n\nMit freundlichen Grüßen\nJens Brettschneider",
        pages=doc_pdf("metall", ["Kreiskrankenhaus Mittelsachsen gGmbH", "Technik / Herr Klemm",
                                 "Krankenhausstraße 5", "09599 Freiberg"],
                      [("Rechnung Nr.", n), ("Datum", mk.date_in("de", i)), ("Ihr Zeichen", "Tech/Kl"),
                       ("Ihre Bestellung", "BE-26-01187 vom 02.10.2026"), ("Lieferschein", "LS 26-0911"),
                       ("WE-Nummer", "5000332190")],
                      "Rechnung",
                      [("Fluchttreppe Haus C, verzinkt, montiert", "", mk.money(net, "de") + " €")],
                      [("Rechnungsbetrag netto", mk.money(net, "de") + " €", True)],
                      ["Steuerschuldnerschaft des Leistungsempfängers nach § 13b UStG.",
                       "Zahlbar ohne Abzug innerhalb von 21 Tagen auf {iban}."],
                      letterhead_right=True),
        note="§ 13b: the net is the total; Bestellung, Lieferschein and WE-Nummer numbers"))

    # 15. de label printer to a retail chain: assigned to a factor.
    i = D(2026, 12, 2)
    n = "F-88412"
    net = 318050
    tot = net + vat(net, 19)
    factor = mk.iban(rng, "DE")
    out.append(invoice(
        rid(), "etikett", "de", "Frischemarkt Nordost GmbH & Co. KG", "rechnungen@frischemarkt-no.de", True, n, i,
        "Rechnung F-88412 / Bestellnr. 7700194411", i + days(30), tot, tot,
        cover="Sehr geehrte Damen und Herren,\n\nim Anhang unsere Rechnung. Bitte beachten Sie den Abtretungsvermerk."
              "\n\nEtikettendruck Sommerfeld GmbH",
        pages=doc_pdf("etikett", ["Frischemarkt Nordost GmbH & Co. KG", "Rechnungseingang", "Postfach 60 02 11",
                                  "14402 Potsdam"],
                      [("Rechnungs-Nr.", n), ("Rechnungsdatum", mk.date_in("de", i)), ("Bestellnummer", "7700194411"),
                       ("Lieferanten-Nr.", "L-40981"), ("Lieferdatum", "25.11.2026")],
                      "Rechnung",
                      [("Art.-Nr. 118-204 (Ihre Art.-Nr. FM-55012) Preisetiketten 40x30", "250.000",
                        mk.money(122, "de"), mk.money(305000, "de")),
                       ("Klischeekosten", "1", mk.money(13050, "de"), mk.money(13050, "de"))],
                      [("Summe netto", mk.money(net, "de") + " €", False),
                       ("zzgl. 19 % USt.", mk.money(vat(net, 19), "de") + " €", False),
                       ("Gesamtbetrag", mk.money(tot, "de") + " €", True)],
                      ["Diese Forderung wurde an die Havelland Factoring GmbH abgetreten. Zahlungen mit",
                       "befreiender Wirkung nur an diese: IBAN %s. Zahlungsziel 30 Tage netto."
                       % mk.iban_spaced(factor)]),
        iban=factor, note="assigned to a factor; the customer's article numbers repeated"))

    # 16. de rack builder: Teilrechnung 1 against one order, to a logistics firm; buyer in Cc.
    i = D(2026, 11, 30)
    n = "TR-2026-061"
    net = 2150000
    tot = net + vat(net, 19)
    out.append(invoice(
        rid(), "lager", "de", "Spedition Kranzbühler GmbH", "kreditoren@kranzbuehler-logistik.de", True, n, i,
        "1. Teilrechnung Palettenregale Halle 4 – Ihre Bestellung 4600012933", i + days(30), tot, tot,
        cc="Frank Vollmer <f.vollmer@kranzbuehler-logistik.de>",
        cover="Sehr geehrte Damen und Herren,\n\nanbei die 1. Teilrechnung zu Ihrer Bestellung 4600012933 "
              "(Auftragswert 64.500,00 € netto). Herr Vollmer erhält eine Kopie.\n\nRegaltechnik Weißgerber KG",
        pages=doc_pdf("lager", ["Spedition Kranzbühler GmbH", "Kreditorenbuchhaltung", "Gewerbestraße 100",
                                "33334 Gütersloh"],
                      [("Teilrechnung Nr.", n), ("Datum", mk.date_in("de", i)), ("Bestell-Nr.", "4600012933"),
                       ("Auftrags-Nr.", "AB-26-0554"), ("Kreditoren-Nr.", "K-60218")],
                      "1. Teilrechnung",
                      [("Lieferung Regalrahmen und Traversen Halle 4, 1. Bauabschnitt", "", mk.money(net, "de"))],
                      [("Netto", mk.money(net, "de") + " €", False),
                       ("USt. 19 %", mk.money(vat(net, 19), "de") + " €", False),
                       ("Teilrechnungsbetrag", mk.money(tot, "de") + " €", True)],
                      ["Zahlbar bis %s ohne Abzug auf {iban}." % mk.date_in("de", i + days(30))],
                      facts_below=True),
        note="a first partial invoice; the order's value is not the total; the buyer in Cc"))

    # 17. de typed: a small measuring firm to a university's Rechnungseingang, Ihr Zeichen, PSP element.
    i = D(2026, 12, 3)
    n = "2026-112"
    net = 128000
    tot = net + vat(net, 19)
    text = ("Universität Lübbenau\nDezernat Finanzen – Rechnungseingang\nPostfach 2201\n03222 Lübbenau\n\n"
            "Rechnung Nr. %s vom %s\n\nIhr Zeichen: Phys-AG Bremer\nBestellnummer: 4100221876\n"
            "PSP-Element: P-2026-0412-01\n\n"
            "Kalibrierung Drucksensoren, 8 Stück                %s\nzzgl. 19 %% USt.                                "
            "   %s\nGesamt                                              %s\n\n"
            "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf {iban}.\n\n"
            "Mit freundlichen Grüßen\nHenrik Ohlendorf\nMesstechnik Ohlendorf · Steuernr. 20/291/44810"
            % (n, mk.date_in("de", i), mk.money(net, "de") + " €", mk.money(vat(net, 19), "de") + " €",
               mk.money(tot, "de") + " €"))
    out.append(invoice(
        rid(), "mess", "de", "Universität Lübbenau", "rechnungseingang@uni-luebbenau.de", True, n, i,
        "Rechnung 2026-112 (Bestellnr. 4100221876)", i + days(30), tot, tot,
        to_header="Prof. Dr. Kathrin Bremer <rechnungseingang@uni-luebbenau.de>", text=text,
        note="typed; the To header names the professor, the envelope the Rechnungseingang; a PSP element"))

    # 18. de cleaner to a Gemeinde, in html: the Gemeinde's Aktenzeichen and a Leistungsnachweis number.
    i = D(2026, 11, 28)
    n = "RE-2026-4460"
    net = 96000
    tot = net + vat(net, 19)
    html = ("<p>Sehr geehrte Damen und Herren,</p><p>für die Sonderreinigung nach dem Martinsmarkt berechnen wir:</p>"
            "<p>Gemeinde Moormerland-Süd<br>Kämmerei<br>Rathausplatz 1<br>26802 Moormerland</p>"
            "<table><tr><td>Rechnungsnummer</td><td>%s</td></tr><tr><td>Datum</td><td>%s</td></tr>"
            "<tr><td>Ihr Auftrag</td><td>Schreiben vom 09.11.2026, Az. 32.1-118</td></tr>"
            "<tr><td>Leistungsnachweis</td><td>LN-26-3309</td></tr></table>"
            "<table><tr><td>Sonderreinigung Marktplatz, 16 Std.</td><td>%s</td></tr>"
            "<tr><td>USt. 19 %%</td><td>%s</td></tr><tr><td><b>Gesamtbetrag</b></td><td><b>%s</b></td></tr></table>"
            "<p>Zahlbar innerhalb von 14 Tagen auf {iban}.</p><p>Gebäudereinigung Albers GmbH</p>"
            % (n, mk.date_in("de", i), mk.money(net, "de") + " €", mk.money(vat(net, 19), "de") + " €",
               mk.money(tot, "de") + " €"))
    out.append(invoice(
        rid(), "reinig", "de", "Gemeinde Moormerland-Süd", "kaemmerei@moormerland-sued.de", True, n, i,
        "Rechnung Sonderreinigung Martinsmarkt", i + days(14), tot, tot, html=html,
        note="a Gemeinde's Aktenzeichen and a Leistungsnachweis number"))

    # 19. at electrician to a housing cooperative: Übergang der Steuerschuld, Haftrücklass.
    i = D(2026, 11, 30)
    n = "AR 2026/219"
    net = 1672000
    hrl = net * 3 // 100
    out.append(invoice(
        rid(), "elat", "de", "Gemeinnützige Wohnungsgenossenschaft Traunblick eGen", "rechnungen@traunblick.at", True,
        n, i, "Rechnung AR 2026/219, Ihr Zeichen WB-Gm/26", i + days(30), net - hrl, net,
        cover="Sehr geehrte Damen und Herren,\n\nin der Beilage übermitteln wir die Rechnung zum Auftrag "
              "Wohnanlage Lindach.\n\nFreundliche Grüße\nElektro Aigner GmbH",
        pages=doc_pdf("elat", ["Gemeinnützige Wohnungsgenossenschaft Traunblick eGen", "z. Hd. Rechnungswesen",
                               "Linzer Straße 18", "4810 Gmunden"],
                      [("Rechnungsnummer", n), ("Rechnungsdatum", mk.date_in("de", i)), ("Ihr Zeichen", "WB-Gm/26"),
                       ("Bestellnummer", "BST-2026-0419"), ("Bauvorhaben", "WA Lindach, BT 2")],
                      "Rechnung",
                      [("Elektroinstallation 18 Wohneinheiten lt. Leistungsverzeichnis", "", mk.money(net, "de"))],
                      [("Summe netto", mk.money(net, "de") + " €", False),
                       ("abzgl. 3 % Haftrücklass", "-" + mk.money(hrl, "de") + " €", False),
                       ("Zahlbetrag", mk.money(net - hrl, "de") + " €", True)],
                      ["Übergang der Steuerschuld gemäß § 19 Abs. 1a UStG; UID des Leistungsempfängers ATU15220981.",
                       "Zahlbar binnen 30 Tagen auf {iban}."]),
        note="Austrian reverse charge; a Haftrücklass withheld reduces the amount due"))

    # 20. at joiner: a Stadtgemeinde, typed, "Ihr Zeichen", Auftragsnummer, "zahlbar bis".
    i = D(2026, 12, 2)
    n = "2026-0087"
    net = 384000
    tot = net + vat(net, 20)
    text = ("Sehr geehrte Damen und Herren,\n\nfür die Lieferung und Montage der Garderoben im Kindergarten "
            "Bruckhäusl erlauben wir uns zu verrechnen:\n\n"
            "Stadtgemeinde Wörgl-Land\nBuchhaltung\nBahnhofstraße 15\n6300 Wörgl\n\n"
            "Rechnung Nr. %s, %s\nIhr Zeichen: BA-KiGa/2026/14\nAuftragsnummer: 2026-00412\n\n"
            "Garderobenanlage Eiche, 3 Gruppenräume   %s\n20 %% USt.                               %s\n"
            "Rechnungsbetrag                         %s\n\nZahlbar bis %s auf {iban}.\n\n"
            "Mit freundlichen Grüßen\nTischlerei Pfeifer, UID ATU71029933"
            % (n, mk.date_in("de", i), mk.money(net, "de") + " €", mk.money(vat(net, 20), "de") + " €",
               mk.money(tot, "de") + " €", mk.date_in("de", D(2027, 1, 4))))
    out.append(invoice(
        rid(), "tischat", "de", "Stadtgemeinde Wörgl-Land", "buchhaltung@woergl-land.at", True, n, i,
        "Rechnung 2026-0087", D(2027, 1, 4), tot, tot, text=text,
        note="Austrian typed invoice to a Stadtgemeinde; Ihr Zeichen and Auftragsnummer"))

    # 21. ch IT firm to a Gemeinde: CHF, Kreditor-Nr., Ihre Referenz, innert 30 Tagen.
    i = D(2026, 11, 30)
    n = "R-26-1190"
    net = 436000
    mwst = 35316
    tot = net + mwst
    out.append(invoice(
        rid(), "itch", "de", "Einwohnergemeinde Horw-Seefeld", "kreditoren@horw-seefeld.ch", True, n, i,
        "Rechnung R-26-1190 Ihre Bestellung BS-2026-088", i + days(30), tot, tot, cur="CHF",
        cover="Grüezi\n\nIm Anhang senden wir Ihnen die Rechnung für die Migration der Schul-Clients.\n\n"
              "Freundliche Grüsse\nBergsicht Informatik GmbH",
        pages=doc_pdf("itch", ["Einwohnergemeinde Horw-Seefeld", "Finanzverwaltung, Kreditoren",
                               "Gemeindehausplatz 1", "6048 Horw"],
                      [("Rechnungsnummer", n), ("Datum", mk.date_in("de", i)), ("Ihre Referenz", "BS-2026-088 / Schulen"),
                       ("Kreditor-Nr.", "200-4412"), ("Vertrag", "Rahmenvertrag ICT 2025-2028")],
                      "Rechnung",
                      [("Migration Schul-Clients, 109 Geräte", "109", mk.money(4000, "ch"), mk.money(net, "ch"))],
                      [("Total exkl. MWST", chf(net), False), ("MWST 8.1 %", chf(mwst), False),
                       ("Total inkl. MWST", chf(tot), True)],
                      ["Zahlbar innert 30 Tagen netto auf {iban}."]),
        note="Swiss Gemeinde: a Kreditor-Nr. and a framework contract"))

    # 22. uk cleaner to an NHS trust: sent to the payables scanning address; FAO, PO, supplier no.
    i = D(2026, 11, 30)
    n = "BFM-10482"
    net = 968000
    tot = net + vat(net, 20)
    out.append(invoice(
        rid(), "clean", "en", "Wyebridge Hospitals NHS Foundation Trust", "wyebridge.payables@nhsscan.co.uk", True,
        n, i, "Invoice BFM-10482 - PO WYB/4412091", i + days(30), tot, tot, cur="GBP",
        to_header="Accounts Payable <wyebridge.payables@nhsscan.co.uk>",
        cover="Dear Accounts Payable,\n\nPlease find attached invoice BFM-10482 for deep cleaning in November, "
              "raised against PO WYB/4412091.\n\nKind regards,\nCredit Control\nBrightwell Facilities Ltd",
        pages=doc_pdf("clean", ["Wyebridge Hospitals NHS Foundation Trust", "FAO Accounts Payable",
                                "Trust Payables, PO Box 312", "Hereford HR1 9XX"],
                      [("Invoice No.", n), ("Invoice date", mk.date_in("en", i)), ("Tax point", mk.date_in("en", i)),
                       ("PO number", "WYB/4412091"), ("Supplier no.", "SUP-118832"),
                       ("Cost centre", "W7120 Estates")],
                      "TAX INVOICE",
                      [("Deep clean, theatres 1-6, November 2026", "", gbp(812000)),
                       ("Consumables", "", gbp(156000))],
                      [("Net", gbp(net), False), ("VAT @ 20%", gbp(vat(net, 20)), False),
                       ("Total due", gbp(tot), True)],
                      ["Payment terms: 30 days from date of invoice.",
                       "BACS: Brightwell Facilities Ltd, sort code 60-11-22, IBAN {iban}."]),
        note="an NHS trust via its payables scanning address; PO, supplier number, cost centre"))

    # 23. uk grounds contractor to a council, typed: 'Your ref', contract and supplier numbers.
    i = D(2026, 12, 1)
    n = "KGC-2026-377"
    net = 285000
    tot = net + vat(net, 20)
    text = ("To: Ashcombe District Council, Finance (Creditors), Council Offices, Market Street, Ashcombe AS1 2AA\n\n"
            "INVOICE %s\nDate: %s\nYour ref: PO 2100448127\nContract: ADC/GM/2024/03 (grounds maintenance)\n"
            "Our supplier number with you: 0045521\n\n"
            "November grass cutting, cemeteries lot 2     %s\nVAT at 20%%                                     %s\n"
            "Total                                        %s\n\nPayment within 30 days, please, to IBAN {iban} "
            "(Kestrel Grounds Care Ltd).\n\nMany thanks,\nAmy Kestrel\nKestrel Grounds Care Ltd"
            % (n, mk.date_in("en", i), gbp(net), gbp(vat(net, 20)), gbp(tot)))
    out.append(invoice(
        rid(), "grounds", "en", "Ashcombe District Council", "invoices@ashcombe.gov.uk", True, n, i,
        "Invoice KGC-2026-377 / PO 2100448127", i + days(30), tot, tot, cur="GBP",
        to_header="Creditors Team <invoices@ashcombe.gov.uk>", text=text,
        note="typed to a council's invoices inbox; contract and supplier numbers"))

    # 24. uk signs to a retail chain: Vendor ID, 2.5% settlement discount, PO in subject first.
    i = D(2026, 11, 26)
    n = "INV-51207"
    net = 436500
    tot = net + vat(net, 20)
    out.append(invoice(
        rid(), "signs", "en", "Fairholme Stores plc", "ap.invoices@fairholmestores.co.uk", True, n, i,
        "PO 3300918822 / Invoice INV-51207", i + days(30), tot, tot, cur="GBP",
        cover="Hello,\n\nAttached is our invoice for the Christmas window graphics, 18 stores.\n\n"
              "Pennant Signs & Displays Ltd",
        pages=doc_pdf("signs", ["Fairholme Stores plc", "Attn: Accounts Payable", "Head Office, 1 Canal Wharf",
                                "Leeds LS11 5PZ"],
                      [("Invoice", n), ("Date", mk.date_in("en", i, "short-en")), ("Purchase order", "3300918822"),
                       ("Vendor ID", "V-220918"), ("Delivery note", "DN-66120"), ("Account", "FAIR01")],
                      "Invoice",
                      [("Window vinyl set WX-24 (your item 77810042)", "18", gbp(18500), gbp(333000)),
                       ("Fitting, 18 stores", "18", gbp(5750), gbp(103500))],
                      [("Subtotal", gbp(net), False), ("VAT 20%", gbp(vat(net, 20)), False),
                       ("Invoice total", gbp(tot), True)],
                      ["Terms: net 30 days. A 2.5% settlement discount may be taken if paid within 10 days.",
                       "Pay to Pennant Signs & Displays Ltd, IBAN {iban}."],
                      letterhead_right=True),
        note="Vendor ID, delivery note, the customer's item numbers; a settlement discount leaves the total"))

    # 25. uk haulier: invoice finance, the factor's account; Attn: Purchase Ledger.
    i = D(2026, 12, 2)
    n = "TPS-20931"
    net = 176400
    tot = net + vat(net, 20)
    factor = mk.iban(rng, "GB")
    out.append(invoice(
        rid(), "haul", "en", "Cornish Dairy Logistics Ltd", "purchase.ledger@cornishdairylogistics.co.uk", True, n, i,
        "Invoice TPS-20931", i + days(45), tot, tot, cur="GBP",
        cover="Dear Purchase Ledger,\n\nPlease find our invoice attached. Note our bank details for payment are "
              "those of our invoice finance provider.\n\nTamar Pallet Services",
        pages=doc_pdf("haul", ["Cornish Dairy Logistics Ltd", "Attn: Purchase Ledger", "Treliske Depot",
                               "Truro TR1 3LQ"],
                      [("Invoice number", n), ("Invoice date", mk.date_in("en", i)), ("Your order", "CDL-PO-77814"),
                       ("GRN", "GRN 440921"), ("Terms", "45 days")],
                      "INVOICE",
                      [("Pallet repair and supply, 420 pallets", "420", gbp(420), gbp(net))],
                      [("Net", gbp(net), False), ("VAT 20%", gbp(vat(net, 20)), False),
                       ("Total", gbp(tot), True)],
                      ["This debt has been assigned to Westcountry Invoice Finance Ltd, to whom payment must be",
                       "made: IBAN %s. Payment to any other account will not discharge it." % mk.iban_spaced(factor)]),
        iban=factor, note="invoice finance: the assignee's account; a GRN number"))

    # 26. uk cleaner: interim invoice against a contract with retention, to a university.
    i = D(2026, 11, 27)
    n = "BFM-10470"
    net = 1200000
    tot = net + vat(net, 20)
    ret = net * 5 // 100
    out.append(invoice(
        rid(), "clean", "en", "University of Stokeley", "accounts.payable@stokeley.ac.uk", True, n, i,
        "Interim invoice 2 - halls refurbishment clean - PO 5500021374", i + days(30), tot - ret, tot, cur="GBP",
        cover="Good afternoon,\n\nAttached is our second interim invoice for the halls clean-down.\n\nBrightwell FM",
        pages=doc_pdf("clean", ["University of Stokeley", "Finance Office - Accounts Payable",
                                "College Road", "Stoke-on-Trent ST4 2DE"],
                      [("Invoice No.", n), ("Date", mk.date_in("en", i)), ("PO", "5500021374"),
                       ("Project code", "EST-HR-2026-09"), ("Contract value", gbp(3600000))],
                      "Interim Invoice 2",
                      [("Post-refurbishment clean, Halls B and C", "", gbp(net))],
                      [("Net", gbp(net), False), ("VAT 20%", gbp(vat(net, 20)), False),
                       ("Invoice total", gbp(tot), True), ("Less retention 5% of net", "-" + gbp(ret), False),
                       ("Amount now due", gbp(tot - ret), True)],
                      ["Payment within 30 days to IBAN {iban}."]),
        note="retention withheld; the contract value is no total"))

    # 27. ie lab supplier to a university, order lines with the customer's catalogue numbers; EUR.
    i = D(2026, 12, 1)
    n = "LLS-60318"
    net = 231450
    tot = net + vat(net, 23)
    out.append(invoice(
        rid(), "lab", "en", "Ardmore Technological University", "invoices@ardmoretu.ie", True, n, i,
        "Invoice LLS-60318 for PO 4501229043", i + days(30), tot, tot,
        to_header="Dr Aoife Brennan <invoices@ardmoretu.ie>",
        cover="Hi Aoife,\n\nThe invoice for your order is attached and copied to Accounts Payable as requested."
              "\n\nLiffey Lab Supplies",
        pages=doc_pdf("lab", ["Ardmore Technological University", "Accounts Payable, Finance Office",
                              "Castle Road", "Ardmore, Co. Waterford P36 YX21"],
                      [("Invoice No", n), ("Invoice Date", mk.date_in("en", i, "dmy/")), ("PO No", "4501229043"),
                       ("Vendor No", "100872"), ("Requisitioner", "Dr A. Brennan, Chemistry")],
                      "INVOICE",
                      [("Cat. 55-1020 Nitrile gloves M, box 100", "60", eur(895, "en"), eur(53700, "en")),
                       ("Cat. 21-4471 Pipette tips 200 µl, rack", "150", eur(1185, "en"), eur(177750, "en"))],
                      [("Goods", eur(net, "en"), False), ("VAT 23%", eur(vat(net, 23), "en"), False),
                       ("Total EUR", eur(tot, "en"), True)],
                      ["Payment terms 30 days. Bank: IBAN {iban}."],
                      facts_below=True),
        note="an Irish university; the requisitioner named in To, the AP inbox in the envelope"))

    # 28. ie joiner to a county council: FAO Finance, RCT not applicable, typed.
    i = D(2026, 11, 30)
    n = "CJ-0412"
    net = 540000
    tot = net + net * 135 // 1000
    text = ("Corran Joinery\nQuay Street, Sligo\nVAT IE 3321908LH\n\n"
            "Sligo-Leitrim County Council\nFAO Finance Section\nRiverside, Sligo\n\n"
            "Invoice no.: %s\nDate: %s\nPurchase order: SLCC-PO-26-01932\nProject: Library shelving, Carrowroe\n\n"
            "Supply and fit oak shelving          %s\nVAT 13.5%%                            %s\n"
            "Amount due                           %s\n\nPlease pay within 30 days to IBAN {iban}.\n\nSeán Corran"
            % (n, mk.date_in("en", i), eur(net, "en"), eur(tot - net, "en"), eur(tot, "en")))
    out.append(invoice(
        rid(), "joiner", "en", "Sligo-Leitrim County Council", "accountspayable@slcc.ie", True, n, i,
        "Invoice CJ-0412 PO SLCC-PO-26-01932", i + days(30), tot, tot, text=text,
        note="typed Irish invoice to a council; FAO Finance"))

    # 29. be cleaner to a city: the subject names only the supplier number and the bestelbon.
    i = D(2026, 12, 3)
    n = "2026-00931"
    net = 84000
    tot = net + vat(net, 21)
    ref = ogm("2026009314")
    out.append(invoice(
        rid(), "poets", "nl", "Stad Roeselare-West", "facturen@roeselare-west.be", True, n, i,
        "Leveranciersnr. 88120 - bestelbon BB26-7711", i + days(30), tot, tot,
        cover="Goedemorgen,\n\nIn bijlage vindt u onze factuur voor de extra poetsbeurt in de sporthal.\n\n"
              "Met vriendelijke groeten,\nPoetsbedrijf Claeys NV",
        pages=doc_pdf("poets", ["Stad Roeselare-West", "Financiële dienst - crediteuren", "Botermarkt 2",
                                "8800 Roeselare"],
                      [("Factuur nr.", n), ("Datum", mk.date_in("nl", i, "dmy/")), ("Bestelbon", "BB26-7711"),
                       ("Leveranciersnr.", "88120"), ("Budgetsleutel", "0740-00/6140000")],
                      "FACTUUR",
                      [("Extra poetsbeurt sporthal De Mandel, 21 november", "", eur(net, "nl"))],
                      [("Totaal excl. btw", eur(net, "nl"), False), ("Btw 21%", eur(vat(net, 21), "nl"), False),
                       ("Totaal incl. btw", eur(tot, "nl"), True)],
                      ["Betaling binnen 30 dagen op {iban}, mededeling %s." % ref]),
        ref=ref, note="a Flemish city; the subject names only the supplier number and the bestelbon"))

    # 30. de label printer to a Stadtwerke AöR, typed: Bestellnummer and Lieferantennummer before the
    # Rechnungsnummer, Ihr Zeichen / Unser Zeichen, Skonto.
    i = D(2026, 11, 27)
    n = "F-88397"
    net = 71230
    tot = net + vat(net, 19)
    text = ("Sehr geehrte Frau Lindqvist,\n\nanbei unsere Rechnung für die Zählerplomben-Etiketten.\n\n"
            "Stadtwerke Havelberg-Rathenow AöR\nz. Hd. Frau Lindqvist, Einkauf\nWerderstraße 4\n14712 Rathenow\n\n"
            "Bestellnummer 4500998120 vom 03.11.2026\nLieferantennummer 330091\nIhr Zeichen: EK/li  Unser Zeichen: "
            "so\n\nRechnungsnummer %s\nRechnungsdatum %s\n\nZählerplomben-Etiketten, 20.000 Stück   %s\n"
            "USt. 19 %%                               %s\nRechnungsbetrag                        %s\n\n"
            "Zahlbar innerhalb 10 Tagen abzüglich 3 %% Skonto, 30 Tage netto. IBAN {iban}\n\n"
            "Etikettendruck Sommerfeld GmbH"
            % (n, mk.date_in("de", i), mk.money(net, "de") + " €", mk.money(vat(net, 19), "de") + " €",
               mk.money(tot, "de") + " €"))
    out.append(invoice(
        rid(), "etikett", "de", "Stadtwerke Havelberg-Rathenow AöR", "rechnungen@sw-havelberg-rathenow.de", True, n,
        i, "Rechnung F-88397", i + days(30), tot, tot, text=text,
        to_header="Einkauf Stadtwerke <rechnungen@sw-havelberg-rathenow.de>",
        note="typed; Bestellnummer and Lieferantennummer printed before the invoice number; Skonto"))
    return out


def not_invoice(rid, key, lang, to, subject, body, why, pages=None, pdf_name=None):
    name, _a, mailbox, _c, _r = SUPPLIERS[key]
    eml = mk.mail(rng, mailbox, name, to, subject, D(2026, 12, 2), body_text=body.replace("{iban}", mk.iban_spaced(
        IBANS[key])), pdf=pages is not None)
    return mk.record(rid, "backoffice", lang, "none", {"mail_from": mailbox, "rcpt_to": [to]}, eml, pages=pages,
                     pdf_filename=pdf_name, why_not=why, note=why)


def order_ack_pdf():
    return doc_pdf("lager", ["Spedition Kranzbühler GmbH", "Einkauf, Herr Vollmer", "Gewerbestraße 100",
                             "33334 Gütersloh"],
                   [("Auftragsbestätigung Nr.", "AB-26-0571"), ("Datum", "01.12.2026"),
                    ("Ihre Bestellung", "4600013020"), ("Liefertermin", "KW 3/2027")],
                   "Auftragsbestätigung",
                   [("Kragarmregal einseitig, 6 m", "4", mk.money(287500, "de"), mk.money(1150000, "de"))],
                   [("Netto", mk.money(1150000, "de") + " €", False), ("USt. 19 %", mk.money(218500, "de") + " €", False),
                    ("Auftragssumme", mk.money(1368500, "de") + " €", True)],
                   ["Wir danken für Ihren Auftrag. Die Rechnung folgt nach Lieferung.",
                    "Zahlungsbedingungen: 30 Tage netto."])


def delivery_note_pdf():
    return doc_pdf("etikett", ["Frischemarkt Nordost GmbH & Co. KG", "Wareneingang Zentrallager",
                               "Am Güterbahnhof 7", "14478 Potsdam"],
                   [("Lieferschein Nr.", "LS-88502"), ("Datum", "02.12.2026"), ("Bestellnummer", "7700194477"),
                    ("Lieferanten-Nr.", "L-40981")],
                   "Lieferschein",
                   [("Art.-Nr. 118-204 Preisetiketten 40x30", "120.000", "", ""),
                    ("Art.-Nr. 118-310 Aktionsetiketten rot", "40.000", "", "")],
                   [("Packstücke", "6 Kartons", False)],
                   ["Ware geprüft und vollständig erhalten: ____________ (Unterschrift Wareneingang)"])


def gutschrift_pdf():
    return doc_pdf("metall", ["Metallbau Brettschneider", "Gewerbering 8", "09599 Freiberg"],
                   [("Gutschrift Nr.", "GS-2026-11-0412"), ("Datum", "30.11.2026"), ("Kreditor", "100883"),
                    ("Abrechnungszeitraum", "November 2026")],
                   "Gutschrift im Gutschriftverfahren (§ 14 Abs. 2 Satz 2 UStG)",
                   [("Wartung Brandschutztüren lt. Rahmenvertrag, November", "", mk.money(244000, "de"))],
                   [("Netto", mk.money(244000, "de") + " €", False), ("USt. 19 %", mk.money(46360, "de") + " €", False),
                    ("Auszahlungsbetrag", mk.money(290360, "de") + " €", True)],
                   ["Aussteller: Kreiskrankenhaus Mittelsachsen gGmbH, Krankenhausstraße 5, 09599 Freiberg.",
                    "Der Betrag wird am 10.12.2026 auf Ihr Konto {iban} überwiesen."])


def statement_pdf():
    return doc_pdf("glas", ["Stichting Ziekenhuis Betuwezicht", "t.a.v. crediteurenadministratie", "Postbus 4120",
                            "4000 LA Tiel"],
                   [("Datum", "02-12-2026"), ("Debiteurnummer", "10412")],
                   "Rekeningoverzicht",
                   [("Factuur 2026-1093 d.d. 31-10-2026, vervallen 30-11-2026", "", eur(223245, "nl")),
                    ("Factuur 2026-1187 d.d. 30-11-2026, vervalt 30-12-2026", "", eur(223245, "nl"))],
                   [("Openstaand saldo", eur(446490, "nl"), True)],
                   ["Dit overzicht is geen factuur. Heeft u vragen, neem dan contact op met onze administratie."])


def registration_pdf():
    return doc_pdf("reinig", ["Stadtwerke Emsland-Nord GmbH", "Einkauf / Lieferantenmanagement", "Postfach 1120",
                              "26761 Leer"],
                   [("Formular", "Lieferantenstammdatenblatt"), ("Stand", "01.12.2026")],
                   "Lieferantenstammdaten",
                   [("Firma: Gebäudereinigung Albers GmbH, Hafenstraße 22, 26789 Leer", ""),
                    ("USt-IdNr.: DE281223409   Handelsregister: HRB 201998 Aurich", ""),
                    ("Bankverbindung: IBAN {iban}   BIC: GENODEF1LER".format(iban=mk.iban_spaced(IBANS["reinig"])), ""),
                    ("Ansprechpartner Buchhaltung: Frau Hinrichs, 0491 9988120", ""),
                    ("Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto", "")],
                   [("Unterschrift", "Leer, 01.12.2026", False)],
                   ["Bitte ausgefüllt zurück an lieferantenmanagement@sw-emsland-nord.de."])


NOT_INVOICES = [
    ("druk", "nl", "inkoop@zuiderwaard.nl", "Orderbevestiging PO 88120502",
     "Geachte heer Vos,\n\nHartelijk dank voor uw bestelling PO 88120502. Wij bevestigen:\n\n"
     "Studiegids minors 2027, 800 ex.   € 2.960,00\nBtw 9%                             € 266,40\n"
     "Totaal                             € 3.226,40\n\nLevering in week 2. De factuur volgt na levering, "
     "met vermelding van uw PO-nummer.\n\nMet vriendelijke groet,\nDrukkerij Ooievaar",
     "an order acknowledgement with its total: the invoice follows after delivery", None, None),
    ("lager", "de", "f.vollmer@kranzbuehler-logistik.de", "Auftragsbestätigung AB-26-0571 zu Ihrer Bestellung 4600013020",
     "Sehr geehrter Herr Vollmer,\n\nvielen Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung.\n\n"
     "Regaltechnik Weißgerber KG",
     "an Auftragsbestätigung PDF with the order's sum", order_ack_pdf, "AB-26-0571.pdf"),
    ("etikett", "de", "wareneingang@frischemarkt-no.de", "Lieferschein LS-88502 zu Bestellnummer 7700194477",
     "Guten Tag,\n\nanbei der Lieferschein zur heutigen Lieferung. Die Rechnung erhalten Sie separat.\n\n"
     "Etikettendruck Sommerfeld GmbH",
     "a delivery note with the PO", delivery_note_pdf, "Lieferschein-LS-88502.pdf"),
    ("clean", "en", "wyebridge.payables@nhsscan.co.uk", "Invoice BFM-10391 on hold - goods receipt missing",
     "Dear Accounts Payable,\n\nYour remittance team tells us invoice BFM-10391 (£11,616.00, PO WYB/4409877) is on "
     "hold because no goods receipt has been entered against the PO. Could you ask Estates to receipt the order "
     "so the invoice can be released? We have not attached it again; you already hold it.\n\n"
     "Kind regards,\nCredit Control\nBrightwell Facilities Ltd",
     "a goods-receipt query about an invoice the customer already holds", None, None),
    ("groen", "nl", "boekhouding@korenbloem-groen.nl", "Fwd: Factuur F26-0377 afgewezen - inkoopordernummer ontbreekt",
     "Hoi Anja,\n\nZie hieronder: de gemeente heeft factuur F26-0377 teruggestuurd. Kun jij hem opnieuw "
     "aanmaken met het inkoopordernummer erop en dan naar facturen@dommelvliet.nl sturen?\n\nPeter\n\n"
     "---------- Doorgestuurd bericht ----------\nVan: Crediteurenadministratie Gemeente Dommelvliet "
     "<facturen@dommelvliet.nl>\nOnderwerp: Factuur F26-0377 afgewezen\n\nGeachte leverancier,\n\nUw factuur "
     "F26-0377 van € 1.452,00 kunnen wij niet in behandeling nemen: een geldig inkoopordernummer ontbreekt. "
     "Wilt u de factuur opnieuw indienen met het inkoopordernummer (47000…)?\n\nMet vriendelijke groet,\n"
     "Crediteurenadministratie",
     "a rejection by the customer's AP forwarded inside the supplier's office", None, None),
    ("metall", "de", "kreditoren@kkh-mittelsachsen.de", "Ihre Gutschrift GS-2026-11-0412 – gegengezeichnet zurück",
     "Sehr geehrte Damen und Herren,\n\nanbei die Gutschrift im Gutschriftverfahren für November gegengezeichnet "
     "zurück. Die Angaben sind korrekt; wir erwarten die Überweisung wie angekündigt.\n\n"
     "Mit freundlichen Grüßen\nJens Brettschneider",
     "a Gutschrift im Gutschriftverfahren: the customer bills itself on the supplier's behalf",
     gutschrift_pdf, "GS-2026-11-0412.pdf"),
    ("haul", "en", "bookkeeping@tamarpallets.co.uk", "Self-billing statement November - for the ledger",
     "Hi Rachel,\n\nCornish Dairy Logistics have sent this month's self-billing invoice for the pallet hire "
     "under our self-billing agreement:\n\nSelf-billed invoice SB-CDL-2611-044, dated 30 November 2026\n"
     "Net £2,940.00, VAT £588.00, total £3,528.00, to be paid by them on 15 December.\n\n"
     "Please book it as a sale; we do not issue our own invoice for it.\n\nMark",
     "a self-billing statement issued by the customer: not the supplier's invoice to chase", None, None),
    ("signs", "en", "sales.ledger@pennantsigns.co.uk", "Fw: Remittance advice - Fairholme Stores plc",
     "FYI - remittance from Fairholme, please allocate.\n\n----- Forwarded -----\nREMITTANCE ADVICE\n"
     "Payment date: 01/12/2026  Payment ref: FHS-BACS-884120\nINV-51033   £2,208.00\nINV-51077   £1,044.00\n"
     "Total paid: £3,252.00\nVendor ID V-220918",
     "a remittance advice from the customer", None, None),
    ("glas", "nl", "facturen@betuwezicht.nl", "Rekeningoverzicht leveranciersnummer 208817",
     "Geachte crediteurenadministratie,\n\nIn de bijlage het overzicht van onze openstaande facturen. Wilt u "
     "nagaan of factuur 2026-1093 in behandeling is?\n\nGlasbewassing Teunissen B.V.",
     "a statement of account listing open invoices", statement_pdf, "rekeningoverzicht.pdf"),
    ("reinig", "de", "lieferantenmanagement@sw-emsland-nord.de", "Lieferantenstammdatenblatt ausgefüllt",
     "Sehr geehrte Damen und Herren,\n\nanbei das ausgefüllte Lieferantenstammdatenblatt mit unserer "
     "Bankverbindung IBAN {iban}, damit Sie uns als Kreditor anlegen können.\n\nGebäudereinigung Albers GmbH",
     "a supplier-registration form with the supplier's IBAN", registration_pdf, "Stammdatenblatt.pdf"),
    ("grounds", "en", "procurement@ashcombe.gov.uk", "Tender ADC/GM/2027/01 - our priced response",
     "Dear Procurement Team,\n\nPlease find below our priced response for lot 2 (cemeteries) of tender "
     "ADC/GM/2027/01:\n\nAnnual grass cutting, 26 visits   £31,200.00\nHedge maintenance                £4,850.00\n"
     "Total annual price               £36,050.00 excl. VAT\n\nOur prices are valid for 90 days.\n\n"
     "Amy Kestrel\nKestrel Grounds Care Ltd",
     "a tender quote", None, None),
    ("poets", "nl", "aankoop@azgerlindis.be", "Indexering tarieven 2027",
     "Geachte,\n\nConform artikel 9 van het raamcontract passen wij op 1 januari 2027 onze tarieven aan volgens de "
     "loonindex sector 121: +2,87 %. Het uurtarief schoonmaak wordt € 34,92 excl. btw. U ontvangt de eerste "
     "factuur aan het nieuwe tarief begin februari.\n\nMet vriendelijke groeten,\nPoetsbedrijf Claeys NV",
     "a price-indexation notice", None, None),
    ("joiner", "en", "seancorran@gmail.com", "Fwd: Contract award - library shelving framework",
     "Forwarding for our files.\n\n----- Forwarded message -----\nFrom: Sligo-Leitrim County Council Procurement\n\n"
     "Dear Mr Corran,\n\nWe are pleased to confirm that Corran Joinery has been awarded lot 1 of the library "
     "shelving framework, contract value €148,000.00 excluding VAT over three years. Purchase orders will be "
     "raised per call-off; invoices must quote the PO number.\n\nProcurement Unit",
     "a contract-award letter with the contract value", None, None),
    ("lager", "de", "kreditoren@kranzbuehler-logistik.de", "Ankündigung Gutschrift zu TR-2026-048",
     "Sehr geehrte Damen und Herren,\n\nfür die zurückgesandten Traversen (Rücklieferschein RL-26-112) werden wir "
     "Ihnen eine Gutschrift über 1.128,40 € brutto zu unserer Rechnung TR-2026-048 ausstellen. Die Gutschrift "
     "erhalten Sie in den nächsten Tagen; bitte kürzen Sie die Rechnung nicht selbst.\n\nRegaltechnik Weißgerber KG",
     "a credit-note announcement without the credit note", None, None),
    ("ict", "nl", "wouter@datawijs.nl", "Fwd: Status factuur DW-2026-039: goedgekeurd, ingepland voor betaling",
     "Ter info voor de administratie.\n\n---------- Doorgestuurd bericht ----------\nVan: Leveranciersportaal "
     "Stichting Welzijn Eemland <noreply@portal-welzijneemland.nl>\n\nUw factuur DW-2026-039 (€ 4.127,20) is "
     "ontvangen, goedgekeurd en ingepland voor betaling op 11-12-2026.\n\nDit is een automatisch bericht.",
     "a portal's 'approved, scheduled for payment' notice", None, None),
]


def build():
    out = build_invoices()
    for key, lang, to, subject, body, why, pages, pdf_name in NOT_INVOICES:
        out.append(not_invoice("inv-bo-%03d" % (len(out) + 1), key, lang, to, subject, body, why,
                               pages() if pages else None, pdf_name))
    return out


def check(recs):
    """mailkit's checks, the counts, and each labelled reference printed."""
    mk.check_labels(recs)
    assert sum(r["is_invoice"] for r in recs) == 30 and len(recs) == 45, len(recs)
    mk.check_references_printed(recs)


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-backoffice.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
