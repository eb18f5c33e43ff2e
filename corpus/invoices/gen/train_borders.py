"""train_borders: the same invoice as each neighbouring country writes it (issue 8, the
borders round): Flanders, Austria, Switzerland, the United Kingdom and Ireland, and
cross-border invoices under the reverse charge in each language.

- Flemish: "Factuurdatum", "Vervaldag", dates 15/12/2026, "Te betalen binnen 30 dagen",
  "Contant", the gestructureerde mededeling +++123/4567/89012+++ (its last two digits the
  first ten's remainder by 97), BTW BE0…, RPR, debtors BV, CommV, VOF, NV, VZW;
- Austrian: UID ATU…, Firmenbuch FN, "zahlbar binnen 14 Tagen", "prompt", "Jänner",
  Zahlungsreferenz, 20 % USt., debtors e.U., OG, KG, GmbH, a Gemeinde;
- Swiss German: "zahlbar innert 30 Tagen netto", MWST CHE-…, 8,1 % MWST, CHF 1'234.50 with
  the 5-Rappen rounding row, a QR-bill's receipt and payment part printed as text with a
  27-digit QR reference (its last digit the recursive mod-10 check) beside a QR-IBAN,
  debtors Einzelfirma, GmbH, AG, Genossenschaft;
- UK: "Payment due", "30 days from date of invoice", "payable on receipt", sort code and
  account number beside the IBAN, "1st December 2026", 30/11/2026, VAT Reg No GB…, debtors
  Ltd, LLP, plc, CIC;
- Irish: VAT IE…, 23 % and 13.5 % VAT, Eircodes, debtors DAC, Teo., CLG;
- cross-border: reverse charge in Dutch, German and English, Swiss export without VAT.

Debtors of every kind (firms, public bodies, clubs, persons, couples), body-only (text and
HTML) and PDF.  Twelve mails of the same countries are no invoices: a Kostenvoranschlag, a
Mahnung and a Zahlungserinnerung listing invoices already sent, a remittance advice, an
offerte asking a voorschot on acceptance, a SEPA pre-notification of a direct debit for an
invoice already sent, a pro-forma, a statement of account, a quote, a Lieferschein, an
Auftragsbestätigung, a payment confirmation.

Labels follow corpus/invoices/README.md lines 1-70.  The calls this split makes: a SEPA
pre-notification that collects an invoice sent earlier is not an invoice (the invoice was
the bill; README's earlier splits agree); a Mahnung listing earlier invoices is not a new
invoice; an offerte whose voorschot is due only on acceptance is a quote.  The Swiss total
is the rounded one (what the slip asks), the rounding row printed; the QR reference and the
Belgian structured reference are payment references (the former without its spaces, the
latter as printed); an Austrian "Zahlungsreferenz" is one too.  Forms of address dropped
unless only a surname would remain; academic titles kept.

Seeded: run it to write ../train-borders.jsonl; check() then finds each label in the text
and checks the check digits and sums."""
import datetime
import email.utils
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261203
rng = random.Random(SEED)
D = datetime.date
DAY = datetime.timedelta(days=1)


# --- check digits -------------------------------------------------------------------------

def iban(country):
    """A random IBAN of @country (AT, CH, CH-QR, IE, BE, GB) with valid check digits."""
    dig = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country in ("BE", "GB", "NL", "DE"):
        return mk.iban(rng, country)
    if country == "AT":
        bban = rng.choice(["20111", "12000", "32000", "14000"]) + dig(11)
    elif country == "CH":
        bban = rng.choice(["00700", "00230", "00767", "08390"]) + dig(12)
    elif country == "CH-QR":  # a QR-IBAN: its institution id 30000-31999
        country, bban = "CH", "3%04d" % rng.randrange(2000) + dig(12)
    else:  # IE
        bban = rng.choice(["AIBK", "BOFI"]) + dig(14)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def be_structured():
    """A Belgian structured communication: ten digits and their remainder by 97 (97 for 0)."""
    base = rng.randrange(10 ** 9, 10 ** 10)
    check = base % 97 or 97
    s = "%010d%02d" % (base, check)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


QR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_check(digits):
    carry = 0
    for c in digits:
        carry = QR_TABLE[(carry + int(c)) % 10]
    return (10 - carry) % 10


def qr_reference(number_digits):
    """A Swiss QR reference: 26 digits (a customer and the invoice's number, zero padded)
    and the recursive mod-10 check digit."""
    body = "%06d" % rng.randrange(10 ** 6) + number_digits.rjust(20, "0")
    return body + str(qr_check(body))


def qr_spaced(ref):
    """The QR reference as printed: two digits, then groups of five."""
    return ref[:2] + " " + " ".join(ref[k:k + 5] for k in range(2, 27, 5))


def round5(cents):
    return (cents + 2) // 5 * 5


# --- how each country writes -------------------------------------------------------------

LANG = {"BE": "nl", "AT": "de", "CH": "de", "GB": "en", "IE": "en"}
CUR = {"BE": "EUR", "AT": "EUR", "CH": "CHF", "GB": "GBP", "IE": "EUR"}
VAT = {"BE": 21, "AT": 20, "CH": 8.1, "GB": 20, "IE": 23}
MONTHS_AT = ["Jänner"] + mk.MONTHS["de"][1:]


def money(c, cents):
    if c == "BE":
        return "€ " + mk.money(cents, "nl")
    if c == "AT":
        return "EUR " + mk.money(cents, "de")
    if c == "CH":
        return mk.money(cents, "ch")
    if c == "GB":
        return "£" + mk.money(cents, "en")
    return "€" + mk.money(cents, "en")


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date(c, d, style="short"):
    if c == "BE":
        return d.strftime("%d/%m/%Y") if style == "short" else mk.date(d, "long", "nl")
    if c in ("AT", "CH"):
        if style == "short":
            return d.strftime("%d.%m.%Y")
        months = MONTHS_AT if c == "AT" else mk.MONTHS["de"]
        return "%d. %s %d" % (d.day, months[d.month - 1], d.year)
    if style == "short":
        return d.strftime("%d/%m/%Y")
    return "%s %s %d" % (ordinal(d.day), mk.MONTHS["en"][d.month - 1], d.year)


SELLERS = {
    "BE": [("Schrijnwerkerij Vermeulen", "Kortrijksesteenweg 212", "9830 Sint-Martens-Latem",
            "facturatie@vermeulen-schrijnwerk.be", "BTW BE0%03d.%03d.%03d · RPR Gent"),
           ("Studio Lijnwerk BV", "Lange Kievitstraat 41", "2018 Antwerpen", "boekhouding@lijnwerk.be",
            "BTW BE0%03d.%03d.%03d · RPR Antwerpen")],
    "AT": [("Elektrotechnik Gruber e.U.", "Mariahilfer Straße 88", "1070 Wien", "office@gruber-elektro.at",
            "UID: ATU%08d · FN %06dk · HG Wien"),
           ("Tischlerei Hofer OG", "Dorfstraße 14", "6020 Innsbruck", "rechnung@tischlerei-hofer.at",
            "UID ATU%08d · FN %06dv · LG Innsbruck")],
    "CH": [("Malergeschäft Keller", "Seestrasse 51", "8002 Zürich", "info@maler-keller.ch",
            "MWST-Nr. CHE-%03d.%03d.%03d MWST"),
           ("Bergwerk Informatik GmbH", "Bahnhofplatz 3", "3011 Bern", "buchhaltung@bergwerk-it.ch",
            "UID CHE-%03d.%03d.%03d MWST")],
    "GB": [("Harwood Surveying Ltd", "3 Castle Street", "Chester CH1 2DS", "accounts@harwoodsurveying.co.uk",
            "VAT Reg No: GB %03d %04d %02d · Company No. %08d"),
           ("Pennant Design LLP", "27 Deansgate", "Manchester M3 4LQ", "billing@pennantdesign.co.uk",
            "VAT Registration No. GB%03d%04d%02d · LLP No. OC%06d")],
    "IE": [("Corrib Web Studio", "14 Dominick Street", "Galway H91 X2KD", "accounts@corribweb.ie",
            "VAT No. IE%07d%s · CRO %06d"),
           ("Liffey Catering Teoranta", "8 Ormond Quay", "Dublin D07 T2E4", "invoices@liffeycatering.ie",
            "VAT Reg. IE %07d%s · CRO %06d")],
}


def tax_line(c, fmt):
    if c == "BE":
        return fmt % (rng.randrange(400, 999), rng.randrange(1000), rng.randrange(1000))
    if c == "AT":
        return fmt % (rng.randrange(10 ** 8), rng.randrange(10 ** 6))
    if c == "CH":
        return fmt % (rng.randrange(100, 999), rng.randrange(1000), rng.randrange(1000))
    if c == "GB":
        return fmt % (rng.randrange(100, 999), rng.randrange(10000), rng.randrange(100), rng.randrange(10 ** 6))
    return fmt % (rng.randrange(10 ** 7), rng.choice("ABCDEFGHW") + rng.choice(["", "H"]), rng.randrange(10 ** 6))


ITEMS = {
    "BE": [("Plaatsen maatkast slaapkamer", 1, 184000), ("Werkuren schrijnwerker", 6, 5200),
           ("Huisstijl en logo", 1, 95000), ("Verplaatsingskosten", 1, 3500), ("Eiken tablet", 2, 21450)],
    "AT": [("Elektroinstallation Küche", 1, 128000), ("Arbeitszeit Monteur (Std.)", 5, 6800),
           ("Kleinmaterial", 1, 4725), ("Anfahrtspauschale", 1, 3900), ("Einbauschrank Eiche", 1, 215000)],
    "CH": [("Malerarbeiten Wohnung 3. OG", 1, 246000), ("Arbeitsstunden", 7, 9500), ("Material", 1, 18735),
           ("Webhosting 12 Monate", 1, 36000), ("Support (Std.)", 3, 14000)],
    "GB": [("Level 2 Home Survey", 1, 52500), ("Site visit", 1, 9500), ("Brand identity design", 1, 180000),
           ("Design hours", 6, 7500), ("Printing proofs", 2, 2250)],
    "IE": [("Website redesign, phase 1", 1, 240000), ("Hosting (12 months)", 1, 18000),
           ("Corporate lunch, 24 guests", 24, 1850), ("Staff delivery charge", 1, 4500), ("SEO audit", 1, 65000)],
}

T = {  # the words of each country's invoice
    "BE": dict(title="FACTUUR", num="Factuurnummer", date="Factuurdatum", due="Vervaldag",
               head=("Omschrijving", "Aantal", "Eenheidsprijs", "Bedrag"), net="Totaal excl. btw",
               vat="Btw %s%%", total="Totaal te betalen", client="Klant", ref="Gestructureerde mededeling",
               rc="Btw verlegd – medecontractant, art. 51 §2 Wetboek btw", round=None),
    "AT": dict(title="RECHNUNG", num="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               head=("Bezeichnung", "Menge", "Einzelpreis", "Gesamt"), net="Summe netto",
               vat="zzgl. %s %% USt.", total="Rechnungsbetrag", client="Rechnungsempfänger",
               ref="Zahlungsreferenz",
               rc="Übergang der Steuerschuld auf den Leistungsempfänger (Reverse Charge)", round=None),
    "CH": dict(title="Rechnung", num="Rechnungs-Nr.", date="Datum", due="Zahlbar bis",
               head=("Leistung", "Menge", "Preis", "Betrag CHF"), net="Total exkl. MWST",
               vat="MWST %s %%", total="Rechnungstotal CHF", client="Rechnungsadresse", ref="Referenz",
               rc="Leistung im Ausland erbracht, nicht der Schweizer MWST unterstellt", round="Rundungsdifferenz"),
    "GB": dict(title="INVOICE", num="Invoice No.", date="Invoice Date", due="Due Date",
               head=("Description", "Qty", "Unit Price", "Amount"), net="Subtotal", vat="VAT @ %s%%",
               total="Total Due", client="Invoice To", ref="Payment reference",
               rc="Reverse charge: customer to account for VAT under Article 196, Council Directive 2006/112/EC",
               round=None),
    "IE": dict(title="INVOICE", num="Invoice Number", date="Date", due="Due Date",
               head=("Description", "Qty", "Rate", "Amount"), net="Net", vat="VAT @ %s%%", total="Total",
               client="Bill To", ref="Reference",
               rc="Reverse charge applies: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)",
               round=None),
}


def term(c, kind, issue):
    """(lines after the totals, details rows, the due date) of a payment term."""
    f = lambda d: date(c, d)  # noqa: E731
    if kind == "row":
        due = issue + rng.choice([14, 30]) * DAY
        return [], [(T[c]["due"], f(due))], due
    if kind == "row-long":
        due = issue + 30 * DAY
        return [], [(T[c]["due"], date(c, due, "long"))], due
    table = {
        ("BE", "binnen"): ("Te betalen binnen %d dagen na factuurdatum.", 30),
        ("BE", "binnen15"): ("Betaling binnen 15 dagen op rekening {iban}.", 15),
        ("BE", "contant"): ("Contant te betalen.", 0),
        ("BE", "tegen"): ("Gelieve dit bedrag te betalen tegen %s.", 21),
        ("AT", "binnen"): ("Zahlbar binnen %d Tagen ohne Abzug.", 14),
        ("AT", "prompt"): ("Zahlungskondition: prompt netto Kassa.", 0),
        ("AT", "skonto"): ("Zahlbar binnen 8 Tagen mit 2 %% Skonto oder binnen %d Tagen netto.", 30),
        ("AT", "bis"): ("Wir ersuchen um Überweisung bis spätestens %s.", 14),
        ("CH", "binnen"): ("Zahlbar innert %d Tagen netto.", 30),
        ("CH", "frist"): ("Zahlungsfrist: %d Tage netto", 20),
        ("CH", "bis"): ("Bitte überweisen Sie den Betrag bis am %s.", 30),
        ("GB", "binnen"): ("Payment due: %d days from date of invoice.", 30),
        ("GB", "receipt"): ("Payable on receipt.", 0),
        ("GB", "terms"): ("Terms: strictly %d days net.", 14),
        ("GB", "bis"): ("Please pay by %s.", 28),
        ("IE", "binnen"): ("Payment terms: %d days.", 30),
        ("IE", "receipt"): ("Payment due on receipt of invoice.", 0),
        ("IE", "bis"): ("Payment is due by %s.", 14),
    }
    text, days = table[(c, kind)]
    due = issue + days * DAY
    if "%d" in text:
        text = text % days
    elif "%s" in text:
        text = text % date(c, due, rng.choice(["short", "long"]))
    return [text], [], due


def amounts(c, items, vat_rate, paid=0):
    """The totals rows and (total, due) of @items at @vat_rate (None: reverse charge)."""
    net = sum(q * p for _, q, p in items)
    vat = 0 if vat_rate is None else int(round(net * vat_rate / 100))
    gross = net + vat
    rows = [(T[c]["net"], net)]
    if vat_rate is not None:
        rows.append((T[c]["vat"] % (("%g" % vat_rate).replace(".", ",") if c in ("BE", "AT", "CH") else "%g" % vat_rate),
                     vat))
    else:
        rows.append((T[c]["vat"] % "0", 0))
    total = gross
    if paid and paid * 2 > gross:  # a deposit is a part of the sum
        paid = gross // 300 * 100
    if c == "CH" and round5(gross) != gross:
        total = round5(gross)
        rows.append((T[c]["round"], total - gross))
    if paid:
        rows.append((T[c]["total"].replace(" te betalen", ""), total))
        rows.append(({"BE": "Reeds betaald voorschot", "AT": "abzgl. Akontozahlung", "CH": "abzüglich Anzahlung",
                      "GB": "Less deposit paid", "IE": "Less deposit received"}[c], -paid))
        rows.append(({"BE": "Te betalen", "AT": "Offener Betrag", "CH": "Restbetrag CHF", "GB": "Balance Due",
                      "IE": "Balance Due"}[c], total - paid))
    else:
        rows.append((T[c]["total"], total))
    return rows, total, total - paid


def pay_lines(c, iban_, ref, ref_printed):
    """How to pay: the account, and in the UK the sort code and account number beside it."""
    sp = mk.iban_spaced(iban_)
    if c == "BE":
        out = ["Rekeningnummer: %s · BIC %s" % (sp, rng.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB"]))]
    elif c == "AT":
        out = ["Bankverbindung: Erste Bank · IBAN %s · BIC GIBAATWWXXX" % sp]
    elif c == "CH":
        out = ["Bankverbindung: IBAN %s" % sp]
    elif c == "GB":
        bban = iban_[8:]
        out = ["Bank: %s · Sort code: %s-%s-%s · Account number: %s" % (
            {"NWBK": "NatWest", "BARC": "Barclays", "LOYD": "Lloyds", "MIDL": "HSBC"}[iban_[4:8]],
            bban[:2], bban[2:4], bban[4:6], bban[6:]), "IBAN: %s" % sp]
    else:
        out = ["IBAN: %s  BIC: %s" % (sp, "AIBKIE2D" if "AIBK" in iban_ else "BOFIIE2D")]
    if ref:
        out.append("%s: %s" % (T[c]["ref"], ref_printed))
    return out


def pdf_invoice(c, seller, tax, number, issue, block, items, rows, due_rows, lines, extras):
    p = mk.Page()
    p.text(56, 60, seller[0], size=15, bold=True)
    p.text(56, 74, "%s · %s" % (seller[1], seller[2]), size=8)
    p.text(56, 84, seller[3], size=8)
    y = 140
    p.text(56, y - 14, "%s, %s, %s" % (seller[0], seller[1], seller[2]), size=6)
    for i, ln in enumerate(block):
        p.text(56, y + 13 * i, ln, size=10)
    details = [(T[c]["num"], number), (T[c]["date"], date(c, issue, rng.choice(["short", "short", "long"])))]
    details += due_rows
    for i, (lab, val) in enumerate(details):
        p.text(340, y + 13 * i, lab + ":", size=9)
        p.text(450, y + 13 * i, val, size=9)
    y += 13 * max(len(block), len(details)) + 34
    p.text(56, y, T[c]["title"] + " " + number, size=16, bold=True)
    y += 26
    head = T[c]["head"]
    p.text(56, y, head[0], bold=True)
    p.right(370, y, head[1], bold=True)
    p.right(455, y, head[2], bold=True)
    p.right(540, y, head[3], bold=True)
    p.rule(56, y + 4, 540, y + 4)
    y += 16
    for desc, q, price in items:
        p.text(56, y, desc)
        p.right(370, y, str(q))
        p.right(455, y, money(c, price))
        p.right(540, y, money(c, q * price))
        y += 14
    p.rule(330, y - 6, 540, y - 6)
    y += 6
    for lab, cents in rows:
        last = lab == rows[-1][0]
        p.text(330, y, lab, bold=last)
        p.right(540, y, money(c, cents), bold=last)
        y += 14
    y += 14
    for ln in extras + lines:
        p.text(56, y, ln)
        y += 13
    p.text(56, 800, "%s · %s" % (seller[0], tax), size=7)
    return p, y


def qr_slip(p, c, seller, iban_, ref, total, block):
    """A Swiss QR-bill's receipt and payment part at the page's foot, printed as text."""
    y = 560
    block = [ln for ln in block if ln not in ("Herr", "Frau")]  # the slip prints the name and address
    p.rule(0, y, 595, y)
    p.text(20, y + 20, "Empfangsschein", size=11, bold=True)
    p.text(20, y + 36, "Konto / Zahlbar an", size=6, bold=True)
    p.text(20, y + 46, mk.iban_spaced(iban_), size=8)
    p.text(20, y + 56, seller[0], size=8)
    p.text(20, y + 66, seller[2], size=8)
    p.text(20, y + 80, "Referenz", size=6, bold=True)
    p.text(20, y + 90, qr_spaced(ref), size=8)
    p.text(20, y + 104, "Zahlbar durch", size=6, bold=True)
    for i, ln in enumerate(block[:1] + block[-2:]):
        p.text(20, y + 114 + 10 * i, ln, size=8)
    p.text(20, y + 150, "Währung   Betrag", size=6, bold=True)
    p.text(20, y + 160, "CHF       %s" % mk.money(total, "sp").replace(",", "."), size=8)
    p.text(190, y + 20, "Zahlteil", size=11, bold=True)
    p.text(190, y + 150, "Währung   Betrag", size=6, bold=True)
    p.text(190, y + 160, "CHF       %s" % mk.money(total, "sp").replace(",", "."), size=10)
    p.text(340, y + 20, "Konto / Zahlbar an", size=8, bold=True)
    p.text(340, y + 31, mk.iban_spaced(iban_), size=10)
    p.text(340, y + 42, seller[0], size=10)
    p.text(340, y + 53, seller[1], size=10)
    p.text(340, y + 64, seller[2], size=10)
    p.text(340, y + 80, "Referenz", size=8, bold=True)
    p.text(340, y + 91, qr_spaced(ref), size=10)
    p.text(340, y + 107, "Zahlbar durch", size=8, bold=True)
    for i, ln in enumerate(block):
        p.text(340, y + 118 + 11 * i, ln, size=10)


def typed_body(c, seller, number, issue, block, items, rows, due_rows, lines, extras, greet):
    out = [greet, ""]
    out.append({"BE": "Hierbij onze factuur voor de uitgevoerde werken.",
                "AT": "anbei die Rechnung für die durchgeführten Arbeiten.",
                "CH": "gerne stellen wir Ihnen unsere Leistungen wie folgt in Rechnung:",
                "GB": "Please find our invoice below.", "IE": "Please see our invoice below."}[c])
    out += ["", "%s %s" % (T[c]["title"].capitalize(), number)]
    out.append("%s: %s" % (T[c]["date"], date(c, issue)))
    out += ["%s: %s" % r for r in due_rows]
    out += ["%s: %s" % (T[c]["client"], ", ".join(block)), ""]
    for desc, q, price in items:
        out.append("%d x %s à %s = %s" % (q, desc, money(c, price), money(c, q * price)) if c != "GB" and c != "IE"
                   else "%d x %s @ %s = %s" % (q, desc, money(c, price), money(c, q * price)))
    out.append("")
    out += ["%s: %s" % (lab, money(c, cents)) for lab, cents in rows]
    out.append("")
    out += extras + lines
    out += ["", {"BE": "Met vriendelijke groeten,", "AT": "Mit freundlichen Grüßen", "CH": "Freundliche Grüsse",
                 "GB": "Kind regards,", "IE": "Many thanks,"}[c], seller[0], "%s, %s" % (seller[1], seller[2])]
    return "\n".join(out)


def html_body(c, seller, number, issue, block, items, rows, due_rows, lines, extras, greet):
    cell = lambda s, r=False: "<td%s>%s</td>" % (' style="text-align:right"' if r else "", s)  # noqa: E731
    h = ["<html><body>", "<p>%s</p>" % greet,
         "<h2>%s %s</h2>" % (T[c]["title"].capitalize(), number), "<table>",
         "<tr><td>%s</td><td>%s</td></tr>" % (T[c]["date"], date(c, issue))]
    h += ["<tr><td>%s</td><td>%s</td></tr>" % r for r in due_rows]
    h += ["<tr><td>%s</td><td>%s</td></tr>" % (T[c]["client"], "<br>".join(block)), "</table>",
          "<table><tr>%s</tr>" % "".join("<th>%s</th>" % x for x in T[c]["head"])]
    for desc, q, price in items:
        h.append("<tr>%s%s%s%s</tr>" % (cell(desc), cell(q, True), cell(money(c, price), True),
                                        cell(money(c, q * price), True)))
    for lab, cents in rows:
        h.append("<tr><td colspan=\"3\">%s</td>%s</tr>" % (lab, cell(money(c, cents), True)))
    h.append("</table>")
    h += ["<p>%s</p>" % ln for ln in extras + lines]
    h += ["<p>%s<br>%s</p>" % ({"BE": "Met vriendelijke groeten,", "AT": "Mit freundlichen Grüßen",
                                "CH": "Freundliche Grüsse", "GB": "Kind regards,", "IE": "Many thanks,"}[c], seller[0]),
          "</body></html>"]
    return "\n".join(h)


GREET = {"BE": "Beste klant,", "AT": "Sehr geehrte Damen und Herren,", "CH": "Grüezi",
         "GB": "Dear Sir or Madam,", "IE": "Hi there,"}
COVER = {"BE": "Beste,\n\nIn bijlage vindt u factuur %s.\n\nMet vriendelijke groeten,\n%s",
         "AT": "Sehr geehrte Damen und Herren,\n\nim Anhang übermitteln wir Ihnen die Rechnung %s.\n\nMit freundlichen Grüßen\n%s",
         "CH": "Guten Tag\n\nIm Anhang erhalten Sie unsere Rechnung %s mit QR-Zahlteil.\n\nFreundliche Grüsse\n%s",
         "GB": "Good afternoon,\n\nPlease find attached invoice %s.\n\nKind regards,\n%s",
         "IE": "Hi,\n\nInvoice %s attached, thanks for your business.\n\nBest regards,\n%s"}

# The invoices: country, kind, seller, debtor block, label's name, business, To name,
# mailbox, number, issue, term, reference kind, VAT (None: reverse charge), deposit paid,
# extra lines (the debtor's VAT number, the reverse charge's words).
INV = [
    # Flanders
    ("BE", "pdf", 0, ["Bakkerij Claeys BV", "Dorpsstraat 12", "9000 Gent"], "Bakkerij Claeys BV", True,
     None, "info@bakkerijclaeys.be", "2026/0412", D(2026, 11, 4), "row", "be", 21, 0, ["BTW klant: BE0712.441.208"]),
    ("BE", "pdf", 1, ["Dewaele & Peeters CommV", "Meir 44", "2000 Antwerpen"], "Dewaele & Peeters CommV", True,
     "Boekhouding Dewaele & Peeters", "boekhouding@dewaele-peeters.be", "F26-0188", D(2026, 11, 9), "binnen",
     "be", 21, 0, []),
    ("BE", "pdf", 0, ["De heer en mevrouw Van Damme-Wouters", "Lindenlaan 7", "9830 Sint-Martens-Latem"],
     "De heer en mevrouw Van Damme-Wouters", False, "Griet Wouters", "griet.wouters@telenet.be", "2026/0431",
     D(2026, 11, 16), "contant", "be", 6, 0, ["Btw 6 % – renovatie privéwoning ouder dan 10 jaar (KB nr. 20)"]),
    ("BE", "body-text", 1, ["Frituur 't Hoekske VOF", "Markt 3", "3000 Leuven"], "Frituur 't Hoekske VOF", True,
     None, "thoekske@skynet.be", "F26-0201", D(2026, 11, 20), "binnen15", "be", 21, 0, []),
    ("BE", "pdf", 0, ["Mevr. Sofie Verstraete", "Kerkstraat 88 bus 2", "8500 Kortrijk"], "Sofie Verstraete",
     False, "Sofie Verstraete", "sofie.verstraete@gmail.com", "2026/0440", D(2026, 11, 23), "tegen", "be", 21,
     50000, []),
    ("BE", "body-html", 1, ["Jeugdhuis De Kelder vzw", "Stationsstraat 5", "2800 Mechelen"],
     "Jeugdhuis De Kelder vzw", True, "Jeugdhuis De Kelder", "penningmeester@dekelder.be", "F26-0215",
     D(2026, 11, 25), "row", "be", 21, 0, []),
    ("BE", "pdf", 1, ["Hoogstraten Logistics NV", "t.a.v. Accounts Payable", "Industriepark Noord 17",
                      "2321 Meer"], "Hoogstraten Logistics NV", True, None, "invoices@hoogstraten-logistics.be",
     "F26-0222", D(2026, 12, 1), "binnen", "be", 21, 0, ["Uw btw-nummer: BE0459.882.117", "Uw bestelbon: PO-77812"]),
    # Austria
    ("AT", "pdf", 0, ["Café Sperl Betriebs GmbH", "z. Hd. Frau Mag. Huber", "Gumpendorfer Straße 11",
                      "1060 Wien"], "Café Sperl Betriebs GmbH", True, None, "buchhaltung@cafe-sperl-betrieb.at",
     "RE-2026-0317", D(2026, 11, 3), "binnen", "at", 20, 0, ["UID Kunde: ATU61288302"]),
    ("AT", "pdf", 1, ["Herrn", "DI Markus Pichler", "Anichstraße 21/4", "6020 Innsbruck"], "DI Markus Pichler",
     False, "Markus Pichler", "markus.pichler@aon.at", "2026-148", D(2026, 11, 10), "skonto", None, 20, 0, []),
    ("AT", "body-text", 0, ["Weinbau Steiner KG", "Kellergasse 4", "3491 Straß im Straßertale"],
     "Weinbau Steiner KG", True, "Weinbau Steiner", "office@weinbau-steiner.at", "RE-2026-0329",
     D(2026, 11, 12), "prompt", None, 20, 0, []),
    ("AT", "pdf", 1, ["Marktgemeinde Kirchberg in Tirol", "Bauamt", "Dorfstraße 1", "6365 Kirchberg in Tirol"],
     "Marktgemeinde Kirchberg in Tirol", True, None, "gemeinde@kirchberg.tirol.gv.at", "2026-155",
     D(2026, 11, 18), "row-long", "at", 20, 0, []),
    ("AT", "body-html", 0, ["Frau Dr. Elisabeth Wimmer", "Hauptplatz 9", "8010 Graz"], "Dr. Elisabeth Wimmer",
     False, "Elisabeth Wimmer", "e.wimmer@gmx.at", "RE-2026-0341", D(2026, 11, 24), "bis", None, 20, 0, []),
    ("AT", "pdf", 0, ["Reiter & Partner Steuerberatung OG", "Schottenring 2", "1010 Wien"],
     "Reiter & Partner Steuerberatung OG", True, None, "kanzlei@reiter-partner.at", "RE-2026-0350",
     D(2026, 12, 2), "row", "at", 20, 120000, []),
    ("AT", "pdf", 1, ["Studio Blumauer e.U.", "Landstraße 31", "4020 Linz"], "Studio Blumauer e.U.", True,
     "Sandra Blumauer", "sandra@studio-blumauer.at", "2026-162", D(2026, 12, 7), "binnen", None, 20, 0, []),
    # Switzerland
    ("CH", "pdf", 0, ["Herr", "Peter Brunner", "Rigistrasse 14", "8006 Zürich"], "Peter Brunner", False,
     "Peter Brunner", "p.brunner@bluewin.ch", "2026-0921", D(2026, 11, 5), "binnen", "qr", 8.1, 0, []),
    ("CH", "pdf", 1, ["Bäckerei Zbinden AG", "Buchhaltung", "Marktgasse 22", "3011 Bern"], "Bäckerei Zbinden AG",
     True, None, "kreditoren@baeckerei-zbinden.ch", "RG-26-0412", D(2026, 11, 11), "frist", "qr", 8.1, 0, []),
    ("CH", "pdf", 0, ["Schreinerei Gisler", "Inhaber Toni Gisler", "Dorfstrasse 7", "6460 Altdorf UR"],
     "Schreinerei Gisler", True, "Toni Gisler", "info@schreinerei-gisler.ch", "2026-0934", D(2026, 11, 17),
     "bis", "qr", 8.1, 0, []),
    ("CH", "body-text", 1, ["Wohnbaugenossenschaft Sonnenhalde", "Verwaltung", "Bergstrasse 40", "8032 Zürich"],
     "Wohnbaugenossenschaft Sonnenhalde", True, None, "verwaltung@wbg-sonnenhalde.ch", "RG-26-0427",
     D(2026, 11, 19), "binnen", None, 8.1, 0, []),
    ("CH", "pdf", 1, ["Frau", "Ursula Meier-Amstutz", "Seefeldstrasse 101", "8008 Zürich"],
     "Ursula Meier-Amstutz", False, None, "ursula.meier@hispeed.ch", "RG-26-0433", D(2026, 11, 26), "row",
     "qr", 8.1, 0, []),
    ("CH", "body-html", 0, ["Architekturbüro Caminada GmbH", "Via Maistra 5", "7500 St. Moritz"],
     "Architekturbüro Caminada GmbH", True, None, "office@caminada-arch.ch", "2026-0948", D(2026, 12, 1),
     "frist", None, 8.1, 0, []),
    ("CH", "pdf", 1, ["Fiduciaire Rochat Sàrl", "Rue du Lac 12", "1800 Vevey"], "Fiduciaire Rochat Sàrl", True,
     None, "comptabilite@rochat-fiduciaire.ch", "RG-26-0441", D(2026, 12, 4), "binnen", "qr", 8.1, 80000, []),
    # United Kingdom
    ("GB", "pdf", 0, ["Mr James Whitfield", "12 Abbey Road", "Chester CH2 3AB"], "James Whitfield", False,
     "James Whitfield", "jameswhitfield@btinternet.com", "HS-2026-114", D(2026, 11, 2), "binnen", None, 20, 0, []),
    ("GB", "pdf", 1, ["Northgate Dental Practice LLP", "FAO Practice Manager", "5 Northgate Street",
                      "Chester CH1 2HA"], "Northgate Dental Practice LLP", True, None,
     "accounts@northgatedental.co.uk", "PD-0587", D(2026, 11, 6), "row-long", "gb", 20, 0, []),
    ("GB", "body-text", 0, ["Mrs A. Kowalczyk", "Flat 4, 19 Hough Green", "Chester CH4 8JQ"], "A. Kowalczyk",
     False, None, "a.kowalczyk@outlook.com", "HS-2026-121", D(2026, 11, 13), "receipt", None, 20, 0, []),
    ("GB", "pdf", 1, ["Greenway Community Energy CIC", "The Old Library", "Oldham Road", "Manchester M4 5HU"],
     "Greenway Community Energy CIC", True, "Greenway Energy", "finance@greenwayenergy.org.uk", "PD-0593",
     D(2026, 11, 19), "terms", "gb", 20, 0, []),
    ("GB", "body-html", 1, ["Ardent Retail Group plc", "Accounts Payable", "1 Spinningfields", "Manchester M3 3AP"],
     "Ardent Retail Group plc", True, None, "ap@ardentretail.co.uk", "PD-0601", D(2026, 11, 27), "bis", None,
     20, 0, ["Your PO: 4500198812"]),
    ("GB", "pdf", 0, ["Hollins & Rowe Ltd", "Unit 7, Sealand Industrial Estate", "Chester CH1 4RN"],
     "Hollins & Rowe Ltd", True, None, "purchase.ledger@hollinsrowe.co.uk", "HS-2026-133", D(2026, 12, 1),
     "row", None, 20, 30000, []),
    ("GB", "pdf", 1, ["St Werburgh's Primary School", "The Bursar", "Victoria Road", "Chester CH2 2AU"],
     "St Werburgh's Primary School", True, None, "bursar@stwerburghs.cheshire.sch.uk", "PD-0612",
     D(2026, 12, 3), "binnen", "gb", 20, 0, []),
    # Ireland
    ("IE", "pdf", 0, ["Atlantic Seafoods DAC", "Rossaveel", "Co. Galway", "H91 E2T6"], "Atlantic Seafoods DAC",
     True, None, "accounts@atlanticseafoods.ie", "CWS-1042", D(2026, 11, 4), "binnen", None, 23, 0,
     ["Customer VAT No.: IE 6388047V"]),
    ("IE", "pdf", 1, ["Bia Bhlasta Teo.", "An Spidéal", "Co. na Gaillimhe", "H91 K8P2"], "Bia Bhlasta Teo.",
     True, None, "oifig@biabhlasta.ie", "LC-26-077", D(2026, 11, 12), "receipt", "ie", 13.5, 0, []),
    ("IE", "body-text", 0, ["Ms Aoife Gallagher", "22 Sandymount Avenue", "Dublin 4", "D04 W9X1"],
     "Aoife Gallagher", False, "Aoife Gallagher", "aoifegallagher@eircom.net", "CWS-1051", D(2026, 11, 20),
     "bis", None, 23, 0, []),
    ("IE", "pdf", 1, ["Ballymun Youth Football Club CLG", "c/o The Treasurer", "Ballymun Road", "Dublin 9",
                      "D09 Y8F3"], "Ballymun Youth Football Club CLG", True, "BYFC Treasurer",
     "treasurer@ballymunyfc.ie", "LC-26-084", D(2026, 11, 28), "row", "ie", 13.5, 25000, []),
    ("IE", "body-html", 0, ["Fitzgerald & Quinn Solicitors", "Merrion Square", "Dublin 2", "D02 VX40"],
     "Fitzgerald & Quinn Solicitors", True, None, "accounts@fitzquinn.ie", "CWS-1063", D(2026, 12, 2), "binnen",
     None, 23, 0, []),
    # cross-border, reverse charge
    ("BE", "pdf", 1, ["Van Rijn Media B.V.", "Keizersgracht 221", "1016 DV Amsterdam", "Nederland"],
     "Van Rijn Media B.V.", True, None, "facturen@vanrijnmedia.nl", "F26-0230", D(2026, 12, 3), "binnen", "be",
     None, 0, ["Btw-nummer klant: NL862155031B01"]),
    ("AT", "pdf", 0, ["Alpenholz Bau GmbH", "Bahnhofstraße 8", "83435 Bad Reichenhall", "Deutschland"],
     "Alpenholz Bau GmbH", True, None, "rechnungseingang@alpenholz-bau.de", "RE-2026-0362", D(2026, 12, 4),
     "binnen", "at", None, 0, ["UID Leistungsempfänger: DE287331904"]),
    ("CH", "pdf", 1, ["Schwarzwald Software GmbH", "Kaiser-Joseph-Straße 240", "79098 Freiburg im Breisgau",
                      "Deutschland"], "Schwarzwald Software GmbH", True, None, "rechnungen@schwarzwald-software.de",
     "RG-26-0450", D(2026, 12, 7), "binnen", None, None, 0, ["USt-IdNr. Kunde: DE314992018"]),
    ("GB", "pdf", 1, ["Brennan Architects Ltd", "Unit 3, Docklands Innovation Park", "East Wall Road",
                      "Dublin 3", "D03 YT20"], "Brennan Architects Ltd", True, None, "accounts@brennanarchitects.ie",
     "PD-0620", D(2026, 12, 8), "binnen", None, None, 0, ["Customer VAT No.: IE 3312877KH",
                                                          "Outside the scope of UK VAT: place of supply Ireland."]),
    ("IE", "pdf", 0, ["Maes & Jacobs BV", "Kouter 19", "9000 Gent", "België"], "Maes & Jacobs BV", True, None,
     "boekhouding@maesjacobs.be", "CWS-1070", D(2026, 12, 9), "binnen", None, None, 0,
     ["Customer VAT No.: BE0644.198.225"]),
    ("BE", "pdf", 0, ["Müller Haustechnik GmbH", "Aachener Straße 120", "52068 Aachen", "Duitsland"],
     "Müller Haustechnik GmbH", True, None, "buchhaltung@mueller-haustechnik.de", "2026/0455", D(2026, 12, 10),
     "row", "be", None, 0, ["BTW klant: DE251188407"]),
]


def numeric(number):
    return "".join(ch for ch in number if ch.isdigit())


def build_invoice(i, spec):
    (c, kind, s, block, name, business, to_name, mailbox, number, issue, tkind, refkind, vat_rate, paid,
     extras) = spec
    seller = SELLERS[c][s]
    tax = tax_line(c, seller[4])
    items = rng.sample(ITEMS[c], rng.choice([1, 2, 3]))
    rows, total, due_cents = amounts(c, items, vat_rate, paid)
    lines, due_rows, due = term(c, tkind, issue)
    acct = "CH-QR" if refkind == "qr" else {"GB": "GB", "IE": "IE"}.get(c, c)
    iban_ = iban(acct)
    ref = printed = None
    if refkind == "be":
        ref = printed = be_structured()
    elif refkind == "at":
        ref = printed = "%s-%04d" % (numeric(number)[-6:], rng.randrange(10000))
    elif refkind == "qr":
        ref = qr_reference(numeric(number))
        printed = qr_spaced(ref)
    elif refkind in ("gb", "ie"):
        ref = printed = number
    extras = list(extras)
    if vat_rate is None:
        extras.append(T[c]["rc"])
    lines = [ln.format(iban=mk.iban_spaced(iban_)) for ln in lines]
    pays = pay_lines(c, iban_, ref, printed)
    if any(mk.iban_spaced(iban_) in ln for ln in lines):
        pays = [ln for ln in pays if "IBAN" not in ln and "Rekening" not in ln] or pays[-1:]
        pays = [p for p in pays if ref is None or T[c]["ref"] in p]
    lines = lines + pays
    lang = LANG[c]
    subject = {"BE": "Factuur %s", "AT": "Rechnung %s", "CH": "Rechnung %s", "GB": "Invoice %s",
               "IE": "Invoice %s from %s"}[c] % ((number, seller[0]) if c == "IE" else number)
    to = email.utils.formataddr((to_name, mailbox), charset="utf-8") if to_name else mailbox
    sent = issue + rng.choice([0, 0, 1]) * DAY
    pages = fname = None
    if kind == "pdf":
        page, _ = pdf_invoice(c, seller, tax, number, issue, block, items, rows, due_rows, lines, extras)
        if refkind == "qr":
            qr_slip(page, c, seller, iban_, ref, due_cents, block)
        pages = [page]
        fname = "%s_%s.pdf" % ({"nl": "Factuur", "de": "Rechnung", "en": "Invoice"}[lang],
                               number.replace("/", "-"))
        eml = mk.mail(rng, seller[3], seller[0], to, subject, sent, body_text=COVER[c] % (number, seller[0]),
                      pdf=True)
    elif kind == "body-text":
        body = typed_body(c, seller, number, issue, block, items, rows, due_rows, lines, extras + [tax], GREET[c])
        eml = mk.mail(rng, seller[3], seller[0], to, subject, sent, body_text=body)
    else:
        html = html_body(c, seller, number, issue, block, items, rows, due_rows, lines, extras + [tax], GREET[c])
        eml = mk.mail(rng, seller[3], seller[0], to, subject, sent, body_html=html)
    exp = mk.expected(number, due_cents, total, issue, due, name, mailbox, iban_, business, lang,
                      reference=ref, currency=CUR[c])
    note = "%s %s; term %s%s%s" % (c, kind, tkind, "; reference %s" % refkind if refkind else "",
                                   "; reverse charge" if vat_rate is None else "")
    return mk.record("inv-bord-%03d" % i, "borders-" + c.lower(), lang, kind,
                     {"mail_from": seller[3], "rcpt_to": [mailbox]}, eml, pages=pages, pdf_filename=fname,
                     expected=exp, note=note)


# --- mails of the same countries that are no invoices -------------------------------------

def nonpdf(title, lines):
    p = mk.Page()
    y = 60
    for ln in [title] + lines:
        p.text(56, y, ln, size=15 if ln == title else 9, bold=ln == title)
        y += 24 if ln == title else 13
    return p


def build_nonsense():
    """(country, kind, seller, To, subject, body, pdf title and lines, why not)."""
    out = []
    be, at, ch, gb, ie = (SELLERS[k] for k in ("BE", "AT", "CH", "GB", "IE"))
    iban_at = mk.iban_spaced(iban("AT"))
    iban_be = mk.iban_spaced(iban("BE"))
    out.append(("AT", "pdf", at[1], "familie.lechner@aon.at", "Kostenvoranschlag KV-2026-044",
                "Sehr geehrte Familie Lechner,\n\nanbei unser Kostenvoranschlag für die Einbauküche.\nEr ist 3 Monate gültig.\n\nMit freundlichen Grüßen\nTischlerei Hofer OG",
                ("KOSTENVORANSCHLAG", ["KV-Nr.: KV-2026-044", "Datum: 04.11.2026", "Familie Lechner",
                                        "Einbauküche Eiche massiv          EUR 8.450,00",
                                        "Montage                           EUR 1.200,00",
                                        "Summe netto                       EUR 9.650,00",
                                        "zzgl. 20 % USt.                   EUR 1.930,00",
                                        "Gesamtbetrag                      EUR 11.580,00",
                                        "Bei Auftragserteilung 30 % Anzahlung, Rest nach Montage.",
                                        "Dieser Kostenvoranschlag ist unverbindlich und 3 Monate gültig."]),
                "a Kostenvoranschlag (quote): nothing is owed until the order is given and invoiced"))
    out.append(("AT", "body-text", at[0], "office@pizzeria-adria.at", "Mahnung – offene Rechnungen",
                "Sehr geehrte Damen und Herren,\n\nleider konnten wir zu folgenden Rechnungen noch keinen Zahlungseingang feststellen:\n\n"
                "RE-2026-0211 vom 02.09.2026   EUR 1.476,00   fällig seit 16.09.2026\n"
                "RE-2026-0248 vom 30.09.2026   EUR   612,00   fällig seit 14.10.2026\n\n"
                "Offener Gesamtbetrag: EUR 2.088,00\n\nWir ersuchen Sie, den offenen Betrag binnen 7 Tagen auf IBAN %s zu überweisen.\n"
                "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\n"
                "Mit freundlichen Grüßen\nElektrotechnik Gruber e.U." % iban_at, None,
                "a Mahnung listing invoices already sent: a reminder, no new invoice"))
    out.append(("GB", "pdf", gb[0], "accounts@moorlandstone.co.uk", "Remittance advice",
                "Hello,\n\nPlease find attached our remittance advice for the payment made today.\n\nKind regards,\nHarwood Surveying Ltd",
                ("REMITTANCE ADVICE", ["To: Moorland Stone Supplies Ltd", "Payment date: 27/11/2026",
                                       "Your invoice MS-8812 dated 30/10/2026        £1,140.00",
                                       "Your invoice MS-8840 dated 06/11/2026          £384.00",
                                       "Total paid by BACS                           £1,524.00",
                                       "Paid to sort code 40-11-62, account 71234590"]),
                "a remittance advice: the business tells its supplier what it paid"))
    out.append(("BE", "pdf", be[0], "jan.desmet@telenet.be", "Offerte O-2026-077 maatkasten",
                "Beste Jan,\n\nIn bijlage onze offerte voor de maatkasten. Bij akkoord vragen we een voorschot van 30 %.\n\nMet vriendelijke groeten,\nSchrijnwerkerij Vermeulen",
                ("OFFERTE", ["Offertenummer: O-2026-077", "Datum: 12/11/2026", "Geldig tot: 12/12/2026",
                             "Maatkast slaapkamer                  € 2.840,00",
                             "Plaatsing                              € 420,00",
                             "Totaal excl. btw                     € 3.260,00",
                             "Btw 6 %                                € 195,60",
                             "Totaal incl. btw                     € 3.455,60",
                             "Bij ondertekening voor akkoord: voorschot 30 %% (€ 1.036,68) te storten op %s." % iban_be,
                             "Voor akkoord: ............................ (handtekening)"]),
                "an offerte whose voorschot is asked only on acceptance: a quote"))
    out.append(("BE", "body-text", be[1], "boekhouding@deknop.be", "Vooraankondiging domiciliëring",
                "Geachte klant,\n\nWij melden u dat het bedrag van factuur F26-0174 van 03/11/2026, € 726,00, op of rond 28/11/2026 "
                "via SEPA-domiciliëring van uw rekening BE68 5390 0754 7034 zal worden geïnd.\n"
                "Mandaatreferentie: LIJN-0042 · Schuldeiser-ID: BE12ZZZ0456789012\n\n"
                "U hoeft niets te doen.\n\nMet vriendelijke groeten,\nStudio Lijnwerk BV", None,
                "a SEPA pre-notification of a direct debit collecting an invoice already sent: no new bill"))
    out.append(("CH", "pdf", ch[1], "info@hotel-alpenblick.ch", "Auftragsbestätigung AB-26-118",
                "Guten Tag\n\nVielen Dank für Ihren Auftrag. Im Anhang die Auftragsbestätigung.\n\nFreundliche Grüsse\nBergwerk Informatik GmbH",
                ("Auftragsbestätigung", ["AB-Nr.: AB-26-118", "Datum: 18.11.2026", "Hotel Alpenblick AG",
                                         "Neues Buchungssystem, Einrichtung      CHF 4'800.00",
                                         "MWST 8,1 %                             CHF   388.80",
                                         "Total                                  CHF 5'188.80",
                                         "Die Rechnung folgt nach Abnahme. Zahlbar innert 30 Tagen netto."]),
                "an order confirmation: the invoice follows on delivery"))
    out.append(("CH", "body-text", ch[0], "h.vogel@bluewin.ch", "1. Zahlungserinnerung Rechnung 2026-0811",
                "Guten Tag Herr Vogel\n\nIn der Hektik des Alltags geht manchmal etwas vergessen. Unsere Rechnung 2026-0811 vom "
                "08.10.2026 über CHF 1'245.35 ist noch offen.\n\nWir bitten Sie, den Betrag innert 10 Tagen zu begleichen. "
                "Den QR-Zahlteil finden Sie auf der ursprünglichen Rechnung.\n\nFreundliche Grüsse\nMalergeschäft Keller", None,
                "a first Zahlungserinnerung for an invoice already sent: a reminder"))
    out.append(("GB", "pdf", gb[1], "finance@brightside-events.co.uk", "Statement of account – November 2026",
                "Hi,\n\nPlease find your statement of account attached, for information.\n\nKind regards,\nPennant Design LLP",
                ("STATEMENT OF ACCOUNT", ["Brightside Events Ltd", "Statement date: 30/11/2026",
                                          "01/10/2026  Invoice PD-0541        £2,400.00",
                                          "15/10/2026  Payment received      -£2,400.00",
                                          "04/11/2026  Invoice PD-0566          £960.00",
                                          "Balance outstanding                  £960.00",
                                          "Invoice PD-0566 is due on 4th December 2026."]),
                "a statement of account for information; its invoice was sent already"))
    out.append(("IE", "pdf", ie[1], "events@tullamoregolf.ie", "Pro-forma invoice PF-26-019",
                "Hi,\n\nAs requested, the pro-forma for your Christmas lunch. A confirmed booking needs the deposit.\n\nThanks,\nLiffey Catering Teoranta",
                ("PRO-FORMA INVOICE", ["Pro-forma No.: PF-26-019", "Date: 21/11/2026",
                                       "Christmas lunch, 60 guests @ €38.00     €2,280.00",
                                       "VAT @ 13.5%                             €307.80",
                                       "Total                                   €2,587.80",
                                       "This is not a VAT invoice. A tax invoice will issue after the event."]),
                "a pro-forma: the tax invoice follows the event"))
    out.append(("GB", "body-text", gb[0], "d.oconnell@gmail.com", "Quotation Q-2026-061 – Level 3 survey",
                "Dear Mr O'Connell,\n\nThank you for your enquiry. Our quotation for a Level 3 Building Survey of 4 Hough Green:\n\n"
                "Level 3 Building Survey    £780.00\nVAT @ 20%                  £156.00\nTotal                      £936.00\n\n"
                "The quotation is valid for 30 days. If you would like to go ahead, reply to this email and we will book the inspection; "
                "our invoice will follow with the report, payable within 14 days.\n\nKind regards,\nHarwood Surveying Ltd", None,
                "a quotation: nothing is owed until accepted and invoiced"))
    out.append(("AT", "pdf", at[0], "office@hausverwaltung-berger.at", "Lieferschein LS-2026-0588",
                "Sehr geehrte Damen und Herren,\n\nanbei der Lieferschein zur heutigen Lieferung. Die Rechnung folgt gesondert.\n\nMit freundlichen Grüßen\nElektrotechnik Gruber e.U.",
                ("LIEFERSCHEIN", ["Lieferschein-Nr.: LS-2026-0588", "Lieferdatum: 25.11.2026",
                                  "Hausverwaltung Berger GmbH", "12 Stk. LED-Panel 60x60", "4 Stk. Bewegungsmelder",
                                  "Ware vollständig und unbeschädigt übernommen: ____________"]),
                "a Lieferschein (delivery note): the invoice follows"))
    out.append(("BE", "body-text", be[0], "an.goossens@proximus.be", "Betalingsbevestiging factuur 2026/0398",
                "Beste mevrouw Goossens,\n\nWij hebben uw betaling van € 1.512,50 voor factuur 2026/0398 (gestructureerde mededeling "
                "+++090/9337/55493+++) goed ontvangen op 24/11/2026. Uw rekening staat daarmee op nul.\n\n"
                "Met vriendelijke groeten,\nSchrijnwerkerij Vermeulen", None,
                "a payment confirmation: nothing is owed"))
    return out


def build():
    records = [build_invoice(i + 1, spec) for i, spec in enumerate(INV)]
    for j, (c, kind, seller, to, subject, body, pdf, why) in enumerate(build_nonsense()):
        sent = D(2026, 11, 2) + rng.randrange(35) * DAY
        pages = fname = None
        if pdf:
            pages = [nonpdf(pdf[0], pdf[1])]
            fname = pdf[0].title().replace(" ", "_").replace("-", "_") + ".pdf"
        eml = mk.mail(rng, seller[3], seller[0], to, subject, sent, body_text=body, pdf=bool(pdf))
        records.append(mk.record("inv-bord-%03d" % (len(INV) + j + 1), "borders-" + c.lower(), LANG[c],
                                 "none", {"mail_from": seller[3], "rcpt_to": [to]}, eml, pages=pages,
                                 pdf_filename=fname, why_not=why, note="not an invoice (%s)" % c))
    return records


def check(records):
    """Each label's number, name words, IBAN and reference printed; the check digits valid;
    the due on or after the issue."""
    for r in records:
        e = r["expected"]
        if not e:
            continue
        text = r["eml"] + (json.dumps(r.get("pdf"), ensure_ascii=False) if r.get("pdf") else "")
        assert e["number"] in text, (r["id"], e["number"])
        assert all(w in text for w in e["debtor_name"].split()), (r["id"], e["debtor_name"])
        assert mk.iban_spaced(e["iban"]) in text, r["id"]
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            d = ref.strip("+").replace("/", "")
            assert int(d[:10]) % 97 == int(d[10:]) % 97 and d[10:] != "00", r["id"]
        elif ref and len(ref) == 27 and ref.isdigit():
            assert qr_check(ref[:26]) == int(ref[26]) and qr_spaced(ref) in text, r["id"]
        elif ref:
            assert ref in text, r["id"]
        if e["currency"] == "CHF":
            assert e["amount_total_cents"] % 5 == 0, r["id"]
        assert e["due_date"] >= e["issue_date"], r["id"]


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-borders.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
