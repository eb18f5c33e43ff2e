"""train.py: corpus/invoices/train-tools.jsonl — a broad training set: invoices in the
styles of many invoicing tools and habits (each a combination of where the letterhead,
the debtor's block and the invoice's details stand, how dates, amounts and terms are
written, whether a deposit was paid, body or PDF), in Dutch, English and German, and
mails from a billing address that are not invoices, in many voices.

The parts of each style are drawn at random (seeded) so that no rule can lean on one
tool's exact layout: the reader must work from what the words and positions mean.
A second round (records 169 on) adds layouts and wordings the first lacks: the debtor's
block in a second column under its label, a contact person above the company, a
department line, the letter's place and date instead of a date label, delivery and order
dates beside the invoice's, due dates said in words ("te voldoen vóór", "fällig am",
"payable by"), terms in number words or weeks, a cash discount's term, "due on receipt",
deductions of earlier part invoices, the debtor's registration numbers, CHF and USD; and
mails that are not invoices in new kinds (a timesheet for approval, a booking, a price
change, a delivery note with a PDF).
`python3 corpus/invoices/gen/train.py` writes the file (the same one every time)."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from mailkit import MONTHS as MONTHS_BY_LANG, Page, date, expected, iban, iban_spaced, mail, money, record, write  # noqa: E402

rng = random.Random(1515)

TOOLS = ["moneybird", "exact-online", "e-boekhouden", "snelstart", "jortt", "wefact", "informer",
         "twinfield", "xero", "quickbooks", "zoho-invoice", "lexoffice", "sevdesk", "billomat",
         "freshbooks", "word-pdf", "excel-pdf", "handtyped"]

FIRST = {"nl": ["Anouk", "Bram", "Daan", "Eva", "Joris", "Lotte", "Milan", "Noor", "Ruben", "Sanne", "Thijs", "Yara"],
         "en": ["Amelia", "George", "Harry", "Isla", "Jack", "Lily", "Noah", "Olivia", "Sophie", "Alfie", "Freya", "Leo"],
         "de": ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Hannah", "Lukas", "Mia", "Paul", "Lena", "Tim"]}
LAST = {"nl": ["Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"],
        "en": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hall", "Clarke", "Price", "Hughes"],
        "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Wolf", "Neumann"]}
ORG_HEAD = {"nl": ["Bouwbedrijf", "Drukkerij", "Kinderopvang", "Stichting", "Hoveniersbedrijf", "Adviesbureau", "Autobedrijf", "Restaurant"],
            "en": ["Northside", "Riverside", "Summit", "Harbour", "Meadow", "Crown", "Beacon", "Granite"],
            "de": ["Bäckerei", "Autohaus", "Zahnarztpraxis", "Ingenieurbüro", "Gasthof", "Malerbetrieb", "Elektro", "Kanzlei"]}
ORG_TAIL = {"nl": ["B.V.", "BV", "V.O.F.", "", "& Zn.", "Holding B.V."],
            "en": ["Ltd", "Limited", "LLP", "Group", "Consulting Ltd", "& Co"],
            "de": ["GmbH", "GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)", "OHG", "AG"]}
PLACE = {"nl": ["Tilburg", "Zwolle", "Haarlem", "Delft", "Breda", "Almere", "Amersfoort", "Maastricht"],
         "en": ["Manchester", "Brighton", "Oxford", "Cardiff", "Sheffield", "Reading", "Glasgow", "Derby"],
         "de": ["Hamburg", "Dresden", "Mainz", "Kassel", "Ulm", "Bonn", "Münster", "Erfurt"]}
STREET = {"nl": ["Dorpsstraat", "Stationsweg", "Molenlaan", "Industrieweg", "Prinsengracht", "Veldweg"],
          "en": ["High Street", "Station Road", "Park Lane", "Queen Street", "Victoria Road", "Green Lane"],
          "de": ["Hauptstraße", "Schulstraße", "Gartenweg", "Bergstraße", "Ringstraße", "Mühlenweg"]}
CUR = {"nl": "EUR", "en": "GBP", "de": "EUR"}
RATE = {"nl": 21, "en": 20, "de": 19}


def postcode(lang):
    if lang == "nl":
        return "%04d %s%s" % (rng.randint(1000, 9999), rng.choice("ABCDEGHJKLMNPRST"), rng.choice("ABCDEGHJKLMNPRSTVWXZ"))
    if lang == "de":
        return "%05d" % rng.randint(10000, 99999)
    return "%s%d %d%s%s" % (rng.choice(["M", "BN", "OX", "CF", "S", "RG", "G", "DE"]), rng.randint(1, 20),
                            rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def city_line(lang):
    pc, place = postcode(lang), rng.choice(PLACE[lang])
    return "%s %s" % (place, pc) if lang == "en" else "%s %s" % (pc, place)


def person(lang):
    return "%s %s" % (rng.choice(FIRST[lang]), rng.choice(LAST[lang]))


def org(lang):
    tail = rng.choice(ORG_TAIL[lang])
    head = rng.choice(ORG_HEAD[lang])
    core = rng.choice(LAST[lang]) if lang != "en" else rng.choice(["Lakes", "Fields", "Works", "Systems", "Partners", "Studios"])
    return ("%s %s %s" % (head, core, tail)).strip()


def slug(s):
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())[:14] or "firma"


def vat(lang):
    if lang == "nl":
        return "NL%09dB%02d" % (rng.randint(10**8, 10**9 - 1), rng.randint(1, 99))
    if lang == "de":
        return "DE%09d" % rng.randint(10**8, 10**9 - 1)
    return "GB%09d" % rng.randint(10**8, 10**9 - 1)


def fmt_amount(lang, cents, style):
    neg = cents < 0
    cents = abs(cents)
    s = {"nl": lambda: ["€ ", "€", "EUR "][style % 3] + money(cents, "nl"),
         "en": lambda: ["£", "GBP "][style % 2] + money(cents, "en"),
         "de": lambda: [money(cents, "de") + " €", money(cents, "de") + " EUR", "EUR " + money(cents, "de")][style % 3]}[lang]()
    return ("-" + s) if neg else s


class Inv:
    def __init__(self, lang, tool):
        self.lang, self.tool = lang, tool
        self.style = rng.randint(0, 5)
        self.seller = org(lang) if rng.random() < 0.6 else person(lang) + " " + rng.choice(
            {"nl": ["Ontwerp", "Vertalingen", "Klusbedrijf", "Coaching"], "en": ["Design", "Photography", "Plumbing", "Tutoring"],
             "de": ["Grafikdesign", "Übersetzungen", "Fotografie", "Beratung"]}[lang])
        self.s_street = "%s %d" % (rng.choice(STREET[lang]), rng.randint(1, 200))
        self.s_city = city_line(lang)
        self.s_vat = vat(lang)
        self.s_reg = {"nl": "KvK %08d" % rng.randint(10**7, 10**8 - 1), "en": "Company No. %08d" % rng.randint(10**6, 10**8 - 1),
                      "de": "Amtsgericht %s HRB %d" % (rng.choice(PLACE["de"]), rng.randint(1000, 99999))}[lang]
        self.s_mail = "%s@%s.%s" % (rng.choice(["factuur", "billing", "invoices", "administratie", "rechnungen", "info"]),
                                    slug(self.seller), {"nl": "nl", "en": "co.uk", "de": "de"}[lang])
        self.iban = iban(rng, {"nl": "NL", "en": "GB", "de": "DE"}[lang])
        self.consumer = rng.random() < 0.35
        self.contact = person(lang)
        if self.consumer:
            self.name = self.contact
            self.email = "%s.%s@%s" % (slug(self.contact.split()[0]), slug(self.contact.split()[-1]),
                                       rng.choice(["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "web.de", "kpnmail.nl"]))
        else:
            self.name = org(lang)
            self.email = "%s@%s.%s" % (rng.choice(["finance", "ap", "boekhouding", "buchhaltung", "accounts", self.contact.split()[0].lower()]),
                                       slug(self.name), {"nl": "nl", "en": "co.uk", "de": "de"}[lang])
        self.d_street = "%s %d" % (rng.choice(STREET[lang]), rng.randint(1, 300))
        self.d_city = city_line(lang)
        self.d_vat = vat(lang) if not self.consumer and rng.random() < 0.5 else None
        self.d_reg = ({"nl": "KvK %08d" % rng.randint(10**7, 10**8 - 1), "en": "Company no. %08d" % rng.randint(10**6, 10**8 - 1),
                       "de": "HRB %d" % rng.randint(1000, 99999)}[lang]
                      if not self.consumer and not self.d_vat and rng.random() < 0.4 else None)
        self.issue = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        self.term = rng.choice([7, 10, 14, 14, 21, 30, 30, 60])
        self.due = self.issue + datetime.timedelta(days=self.term)
        pattern = rng.choice(["%d%04d", "%d-%04d", "F%d.%03d", "INV-%05d", "RE-%d-%03d", "%d/%d", "%05d"])
        n = pattern.count("%")
        self.number = pattern % ((2026, rng.randint(1, 999)) if n == 2 else (rng.randint(100, 99999),))
        self.lines = [(rng.choice({"nl": ["Advieswerk", "Arbeidsuren", "Onderdelen", "Reiskosten", "Licentie", "Drukwerk"],
                                   "en": ["Consulting", "Labour", "Parts", "Travel", "Licence", "Printing"],
                                   "de": ["Beratung", "Arbeitszeit", "Ersatzteile", "Anfahrt", "Lizenz", "Druck"]}[lang]),
                       rng.randint(1, 20), rng.randint(5, 250) * 100 + rng.choice([0, 0, 25, 50, 99]))
                      for _ in range(rng.randint(1, 4))]
        self.net = sum(q * p for _, q, p in self.lines)
        self.vat = round(self.net * RATE[lang] / 100)
        self.total = self.net + self.vat
        self.deposit = 0
        if rng.random() < 0.3:
            self.deposit = rng.choice([self.total // 2, (self.total // 400) * 100, self.total // 3])
        self.due_cents = self.total - self.deposit
        self.reference = None
        if rng.random() < 0.2 and lang == "nl":
            self.reference = "%016d" % rng.randint(10**15, 10**16 - 1)
        self.state_due = rng.random() < 0.6   # a due date printed; else only the term

    def a(self, cents):
        return fmt_amount(self.lang, cents, self.style)

    def d(self, day):
        st = {"nl": ["dmy-", "long", "dmy-", "iso"], "en": ["long", "dmy/", "us", "short-en"],
              "de": ["dmy.", "long", "dmy.", "iso"]}[self.lang][self.style % 4]
        return date(day, st, self.lang)

    def to_header(self):
        name = self.contact if rng.random() < 0.8 else self.name
        return "\"%s\" <%s>" % (name, self.email)

    def exp(self):
        return expected(self.number, self.due_cents, self.total, self.issue, self.due, self.name, self.email,
                        self.iban, not self.consumer, self.lang, reference=self.reference, currency=CUR[self.lang])


L = {
    "nl": dict(inv=["Factuur", "FACTUUR", "Verkoopfactuur"], num=["Factuurnummer", "Factuurnr.", "Nummer"],
               date=["Factuurdatum", "Datum"], due=["Vervaldatum", "Uiterste betaaldatum", "Te betalen voor"],
               term=["Betalingstermijn: %d dagen", "Betaling binnen %d dagen na factuurdatum", "Wij verzoeken u het bedrag binnen %d dagen over te maken"],
               label=["Factuur aan", "Factuuradres", "Aan", "Klant", "Debiteur"], attn="t.a.v.",
               sub=["Subtotaal", "Totaal excl. btw"], vat="BTW %d%%", total=["Totaal", "Totaal incl. btw", "Totaalbedrag"],
               paid=["Aanbetaling", "Reeds voldaan", "Voorschot ontvangen", "Eerder betaald"],
               due_amount=["Te betalen", "Nog te betalen", "Openstaand bedrag", "Totaal te betalen"],
               ref="Betalingskenmerk", vatl=["BTW-nummer", "Btw-id", "BTW nr"], regl="KvK"),
    "en": dict(inv=["Invoice", "INVOICE", "Tax Invoice"], num=["Invoice number", "Invoice No.", "Invoice #"],
               date=["Invoice date", "Date", "Issue date"], due=["Due date", "Payment due", "Due"],
               term=["Terms: Net %d", "Payment terms: %d days", "Please pay within %d days of the invoice date"],
               label=["Bill to", "Invoice to", "Billed to", "To", "Customer"], attn="Attn:",
               sub=["Subtotal", "Net total"], vat="VAT @ %d%%", total=["Total", "Total incl. VAT", "Invoice total"],
               paid=["Less deposit", "Deposit received", "Amount paid", "Payments received"],
               due_amount=["Amount due", "Balance due", "Total due", "Amount payable"],
               ref="Reference", vatl=["VAT No.", "VAT Reg No", "VAT number"], regl="Company no."),
    "de": dict(inv=["Rechnung", "RECHNUNG", "Rechnung"], num=["Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr."],
               date=["Rechnungsdatum", "Datum"], due=["Fällig am", "Zahlbar bis", "Fälligkeitsdatum"],
               term=["Zahlungsziel: %d Tage", "Zahlbar innerhalb von %d Tagen ohne Abzug", "Bitte begleichen Sie den Betrag innerhalb von %d Tagen"],
               label=["Rechnungsempfänger", "Rechnungsadresse", "An", "Kunde", "Rechnung an"], attn="z. Hd.",
               sub=["Zwischensumme", "Summe netto", "Nettobetrag"], vat="zzgl. %d %% USt.", total=["Gesamtbetrag", "Rechnungsbetrag", "Gesamt brutto"],
               paid=["abzgl. Anzahlung", "Bereits bezahlt", "Abschlagszahlung", "Erhaltene Anzahlung"],
               due_amount=["Zu zahlen", "Restbetrag", "Offener Betrag", "Zahlbetrag"],
               ref="Verwendungszweck", vatl=["USt-IdNr.", "USt-ID", "Umsatzsteuer-ID"], regl="HRB"),
}


def pick(v, k):
    return v[k % len(v)]


def debtor_lines(inv, w):
    lines = [inv.name]
    if not inv.consumer and rng.random() < 0.5:
        lines.append("%s %s" % (w["attn"], inv.contact))
    lines += [inv.d_street, inv.d_city]
    if inv.d_vat:
        lines.append("%s: %s" % (pick(w["vatl"], inv.style), inv.d_vat))
    elif inv.d_reg:
        lines.append(inv.d_reg)
    return lines


def detail_rows(inv, w):
    rows = [(pick(w["num"], inv.style), inv.number), (pick(w["date"], inv.style), inv.d(inv.issue))]
    if inv.state_due:
        rows.append((pick(w["due"], inv.style), inv.d(inv.due)))
    if inv.reference:
        rows.append((w["ref"], inv.reference))
    return rows


def totals_rows(inv, w):
    rows = [(pick(w["sub"], inv.style), inv.net), (w["vat"] % RATE[inv.lang], inv.vat),
            (pick(w["total"], inv.style), inv.total)]
    if inv.deposit:
        rows += [(pick(w["paid"], inv.style), -inv.deposit), (pick(w["due_amount"], inv.style), inv.due_cents)]
    elif rng.random() < 0.4:
        rows.append((pick(w["due_amount"], inv.style), inv.due_cents))
    return rows


def term_sentence(inv, w):
    return pick(w["term"], inv.style) % inv.term


def pdf_invoice(inv):
    """A PDF page from the parts a tool combines."""
    w = L[inv.lang]
    p = Page()
    head = rng.choice(["left", "right", "center-line"])
    block = rng.choice(["window-left", "window-right", "labelled", "beside"])
    if head == "left":
        p.text(56, 60, inv.seller, size=15, bold=True)
        p.text(56, 76, inv.s_street, size=8)
        p.text(56, 86, inv.s_city, size=8)
        p.text(56, 96, inv.s_mail, size=8)
    elif head == "right":
        for k, s in enumerate([inv.seller, inv.s_street, inv.s_city, "T +%d %d" % (rng.randint(30, 49), rng.randint(10**8, 10**9)), inv.s_mail]):
            p.right(539, 58 + 12 * k, s, size=13 if k == 0 else 8, bold=k == 0)
    else:
        p.text(56, 60, inv.seller, size=18, bold=True)
        p.text(56, 120, "%s · %s · %s" % (inv.seller, inv.s_street, inv.s_city), size=6)
    dl = debtor_lines(inv, w)
    rows = detail_rows(inv, w)
    y0 = 140
    if block in ("window-left", "window-right"):
        x = 56 if block == "window-left" else 330
        for k, s in enumerate(dl):
            p.text(x, y0 + 13 * k, s)
        dx = 330 if block == "window-left" else 56
        for k, (lab, val) in enumerate(rows):
            p.text(dx, 250 + 13 * k, lab)
            p.right(dx + 209, 250 + 13 * k, val) if rng.random() < 0.5 else p.text(dx + 110, 250 + 13 * k, val)
        ytitle = 235
    elif block == "labelled":
        p.text(56, y0, pick(w["label"], inv.style) + ":", bold=True)
        for k, s in enumerate(dl):
            p.text(56, y0 + 13 * (k + 1), s)
        for k, (lab, val) in enumerate(rows):
            p.text(330, y0 + 13 * (k + 1), lab + ":")
            p.right(539, y0 + 13 * (k + 1), val)
        ytitle = 250
    else:
        p.text(56, y0, pick(w["label"], inv.style), size=8, bold=True)
        p.text(330, y0, pick(w["inv"], 0) + " " + inv.number, size=8, bold=True)
        for k in range(max(len(dl), len(rows))):
            if k < len(dl):
                p.text(56, y0 + 13 * (k + 1), dl[k])
            if k < len(rows):
                p.text(330, y0 + 13 * (k + 1), rows[k][0])
                p.text(440, y0 + 13 * (k + 1), rows[k][1])
        ytitle = 250
    p.text(56, ytitle, pick(w["inv"], inv.style), size=18, bold=True)
    y = 330
    for desc, q, price in inv.lines:
        p.text(56, y, desc)
        p.right(360, y, str(q))
        p.right(450, y, inv.a(price))
        p.right(539, y, inv.a(q * price))
        y += 14
    y += 16
    for lab, c in totals_rows(inv, w):
        p.text(340, y, lab, bold=lab in w["due_amount"])
        p.right(539, y, inv.a(c))
        y += 14
    if not inv.state_due or rng.random() < 0.3:
        p.text(56, y + 20, term_sentence(inv, w))
    p.text(56, 790, "%s · %s · %s %s" % (inv.seller, inv.s_reg, pick(w["vatl"], inv.style), inv.s_vat), size=7)
    p.text(56, 800, "IBAN %s" % iban_spaced(inv.iban), size=7)
    return p


def body_invoice(inv, html):
    w = L[inv.lang]
    dl = debtor_lines(inv, w)
    rows = detail_rows(inv, w)
    greet = {"nl": ["Beste %s,", "Goedemorgen %s,", "Hallo %s,"], "en": ["Dear %s,", "Hello %s,", "Hi %s,"],
             "de": ["Sehr geehrte/r %s,", "Hallo %s,", "Guten Tag %s,"]}[inv.lang]
    intro = {"nl": ["Hierbij stuur ik je de factuur voor de werkzaamheden.", "Zoals afgesproken de factuur hieronder."],
             "en": ["Please find my invoice for the work below.", "As agreed, here is the invoice."],
             "de": ["anbei erhalten Sie die Rechnung für unsere Leistungen.", "wie vereinbart die Rechnung."]}[inv.lang]
    parts = [pick(greet, inv.style) % inv.contact.split()[0], "", pick(intro, inv.style), ""]
    lab = pick(w["label"], inv.style)
    if rng.random() < 0.5:
        parts.append("%s: %s" % (lab, ", ".join([inv.name] + dl[1:])))
    else:
        parts += [lab + ":"] + dl
    parts.append("")
    parts += ["%s: %s" % r for r in rows]
    parts.append("")
    parts += ["%s: %s" % (d, inv.a(q * p)) for d, q, p in inv.lines]
    parts += ["%s: %s" % (lab2, inv.a(c)) for lab2, c in totals_rows(inv, w)]
    parts += ["", term_sentence(inv, w) + (".", "")[rng.random() < 0.5], "IBAN: %s" % iban_spaced(inv.iban), "",
              {"nl": "Met vriendelijke groet,", "en": "Kind regards,", "de": "Mit freundlichen Grüßen"}[inv.lang],
              inv.seller, "%s %s" % (pick(w["vatl"], inv.style + 1), inv.s_vat)]
    text = "\n".join(parts)
    if not html:
        return text
    rows_html = "".join("<tr><td>%s</td></tr>" % ("</td><td>".join(x.split(": ", 1)) if ": " in x else x)
                        for x in parts if x)
    return "<html><body><table>%s</table></body></html>" % rows_html


def subject_for(inv):
    return rng.choice({"nl": ["Factuur %s", "Uw factuur %s van %s", "Nieuwe factuur %s", "Factuur %s - %s"],
                       "en": ["Invoice %s", "Invoice %s from %s", "New invoice %s", "Your invoice %s - %s"],
                       "de": ["Rechnung %s", "Ihre Rechnung %s von %s", "Neue Rechnung %s", "Rechnung %s - %s"]}[inv.lang]) \
        .replace("%s", inv.number, 1).replace("%s", inv.seller)


def make_invoice(k):
    tool = TOOLS[k % len(TOOLS)]
    lang = ["nl", "en", "de"][(k // len(TOOLS)) % 3] if tool != "handtyped" else ["nl", "en", "de"][k % 3]
    inv = Inv(lang, tool)
    kind = "pdf" if tool not in ("handtyped",) and rng.random() < 0.8 else rng.choice(["body-text", "body-html"])
    if kind == "pdf":
        body = {"nl": "Beste %s,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
                "en": "Dear %s,\n\nYour invoice %s is attached.\n\nKind regards,\n%s",
                "de": "Hallo %s,\n\nim Anhang finden Sie die Rechnung %s.\n\nViele Grüße\n%s"}[lang] % (
            inv.contact.split()[0], inv.number, inv.seller)
        eml = mail(rng, inv.s_mail, inv.seller, inv.to_header(), subject_for(inv), inv.issue, body_text=body, pdf=True)
        return record(None, tool, lang, kind, {"mail_from": inv.s_mail, "rcpt_to": [inv.email]}, eml,
                      [pdf_invoice(inv)], "%s.pdf" % inv.number.replace("/", "_"), inv.exp())
    html = kind == "body-html"
    body = body_invoice(inv, html)
    eml = mail(rng, inv.s_mail, inv.seller, inv.to_header(), subject_for(inv), inv.issue,
               body_text=None if html else body, body_html=body if html else None)
    return record(None, tool, lang, kind, {"mail_from": inv.s_mail, "rcpt_to": [inv.email]}, eml, None, None, inv.exp())


NON = {
    "receipt": ("a payment receipt", {
        "nl": [("Bevestiging betaling factuur {n}", "Beste {c},\n\nDank je wel! Je betaling van {t} voor factuur {n} is bij ons binnen. Er staat niets meer open.\n\n{s}"),
               ("Factuur {n} voldaan", "Hallo {c},\n\nFactuur {n} ({t}) is betaald. Saldo: € 0,00.\n\nGroeten,\n{s}")],
        "en": [("Payment for invoice {n} received", "Hi {c},\n\nThanks, we've received {t} for invoice {n}. Your balance is now £0.00.\n\n{s}"),
               ("Invoice {n} is paid", "Hello {c},\n\nThis confirms that invoice {n} for {t} has been paid in full. Nothing is outstanding.\n\n{s}")],
        "de": [("Zahlungseingang Rechnung {n}", "Hallo {c},\n\nvielen Dank, Ihre Zahlung über {t} zu Rechnung {n} ist eingegangen. Offen: 0,00 €.\n\n{s}"),
               ("Rechnung {n} bezahlt", "Guten Tag {c},\n\nRechnung {n} über {t} wurde vollständig beglichen. Danke!\n\n{s}")]}),
    "own-reminder": ("the business's own reminder", {
        "nl": [("Factuur {n} nog open", "Beste {c},\n\nVolgens mijn administratie is factuur {n} van {d} ({t}) nog niet betaald. Wil je dit even nakijken?\n\n{s}"),
               ("Factuur {n}", "Hoi {c},\n\nIk wil je even herinneren aan factuur {n} die ik op {d} stuurde, {t}. De vervaldatum is verstreken.\n\n{s}")],
        "en": [("Invoice {n}", "Hi {c},\n\nA friendly reminder that invoice {n} sent on {d} for {t} is now overdue.\n\n{s}"),
               ("Outstanding invoice {n}", "Dear {c},\n\nOur records show invoice {n} dated {d} ({t}) remains unpaid. Could you let me know when to expect payment?\n\n{s}")],
        "de": [("Rechnung {n}", "Hallo {c},\n\nich möchte Sie an die Rechnung {n} vom {d} über {t} erinnern, die noch offen ist.\n\n{s}"),
               ("Offene Rechnung {n}", "Guten Tag {c},\n\nleider konnte ich zur Rechnung {n} vom {d} ({t}) noch keinen Zahlungseingang feststellen.\n\n{s}")]}),
    "quote": ("a quote", {
        "nl": [("Offerte {n}", "Beste {c},\n\nHierbij de offerte voor de werkzaamheden, totaal {t} incl. btw, geldig tot {d}.\n\n{s}"),
               ("Prijsvoorstel verbouwing", "Hoi {c},\n\nMijn prijsopgave: {t} inclusief btw. Laat maar weten of het akkoord is.\n\n{s}")],
        "en": [("Quote {n}", "Hi {c},\n\nHere is our quote for the job: {t} including VAT, valid until {d}.\n\n{s}"),
               ("Estimate for your project", "Hello {c},\n\nOur estimate comes to {t}. Reply to accept and we'll book you in.\n\n{s}")],
        "de": [("Angebot {n}", "Guten Tag {c},\n\nanbei unser Angebot über {t} brutto, gültig bis {d}.\n\n{s}"),
               ("Kostenvoranschlag", "Hallo {c},\n\nder Kostenvoranschlag beläuft sich auf {t}. Bitte geben Sie uns Bescheid.\n\n{s}")]}),
    "order-confirmation": ("an order confirmation", {
        "nl": [("Orderbevestiging {n}", "Beste {c},\n\nBedankt voor je opdracht. Ordernummer {n}, totaal {t}. De factuur sturen we na levering.\n\n{s}")],
        "en": [("Order confirmation {n}", "Hi {c},\n\nThanks for your order {n} ({t}). We'll invoice once it ships.\n\n{s}")],
        "de": [("Auftragsbestätigung {n}", "Guten Tag {c},\n\nwir bestätigen Ihren Auftrag {n} über {t}. Die Rechnung folgt nach Lieferung.\n\n{s}")]}),
    "renewal": ("a renewal notice", {
        "nl": [("Verlenging abonnement", "Beste {c},\n\nJe abonnement wordt op {d} verlengd voor {t} per jaar. Wil je opzeggen, laat het dan voor die datum weten.\n\n{s}")],
        "en": [("Your subscription renews on {d}", "Hi {c},\n\nYour annual plan renews on {d} at {t}. No action is needed.\n\n{s}")],
        "de": [("Vertragsverlängerung", "Hallo {c},\n\nIhr Vertrag verlängert sich am {d} um ein Jahr zu {t}.\n\n{s}")]}),
    "credit-announce": ("a credit note announced", {
        "nl": [("Correctie factuur {n}", "Beste {c},\n\nSorry voor de fout. Je krijgt van ons een creditnota voor {t}; die volgt deze week.\n\n{s}")],
        "en": [("Correction to invoice {n}", "Hi {c},\n\nApologies for the error. We will issue a credit note for {t} shortly.\n\n{s}")],
        "de": [("Korrektur Rechnung {n}", "Hallo {c},\n\nentschuldigen Sie den Fehler. Eine Gutschrift über {t} schicken wir Ihnen in Kürze.\n\n{s}")]}),
    "forwarded-supplier": ("a supplier's bill forwarded", {
        "nl": [("Fwd: Factuur {n}", "Kun jij deze betalen?\n\n-----Oorspronkelijk bericht-----\nVan: leverancier\nOnderwerp: Factuur {n}\n\nFactuur {n}, totaal {t}, vervaldatum {d}."),
               ("Factuur {n} van de drukker", "Zie hieronder.\n\n---------- Doorgestuurd bericht ---------\nVan: Drukkerij <info@drukker.nl>\nDatum: {d}\nOnderwerp: Factuur {n}\n\nTe betalen: {t} voor {d}.")],
        "en": [("FW: Invoice {n}", "Can you pay this one?\n\n-----Original Message-----\nFrom: supplier\nSubject: Invoice {n}\n\nInvoice {n}, amount due {t}, due {d}."),
               ("Invoice {n} from our printer", "See below.\n\nBegin forwarded message:\n\nFrom: Printer <billing@printer.co.uk>\nSubject: Invoice {n}\n\nAmount due: {t} by {d}.")],
        "de": [("WG: Rechnung {n}", "Bitte überweisen.\n\n-----Ursprüngliche Nachricht-----\nVon: Lieferant\nBetreff: Rechnung {n}\n\nRechnung {n}, zu zahlen {t} bis {d}."),
               ("Rechnung {n} vom Lieferanten", "Zur Info.\n\n-------- Weitergeleitete Nachricht --------\nVon: Lieferant <rechnung@lieferant.de>\nBetreff: Rechnung {n}\n\nZu zahlen: {t} bis {d}.")]}),
    "newsletter": ("a newsletter with prices", {
        "nl": [("Onze nieuwe tarieven", "Beste klant,\n\nPer {d} gelden nieuwe tarieven: een uur advies kost dan {t}.\n\n{s}")],
        "en": [("What's new this month", "Hi all,\n\nOur workshop is back, tickets {t}. Early bird ends {d}.\n\n{s}")],
        "de": [("Neuigkeiten und Preise", "Liebe Kunden,\n\nab {d} kostet die Wartung {t}.\n\n{s}")]}),
    "question": ("a question about an invoice", {
        "nl": [("Factuur {n} ontvangen?", "Hoi {c}, heb je factuur {n} ontvangen? Ik hoor het graag. {s}"),
               ("factuur", "Hallo {c}, is mijn factuur van {t} goed aangekomen? Groet {s}")],
        "en": [("Invoice {n} - did it arrive?", "Hi {c}, just checking you received invoice {n}? Thanks, {s}")],
        "de": [("Rechnung {n} angekommen?", "Hallo {c}, haben Sie meine Rechnung {n} erhalten? Grüße {s}")]}),
    "statement": ("a statement of account", {
        "nl": [("Overzicht openstaande facturen", "Beste {c},\n\nHieronder je openstaande posten: factuur {n} {t}.\n\n{s}")],
        "en": [("Statement of account", "Dear {c},\n\nYour statement: invoice {n} {t} outstanding.\n\n{s}")],
        "de": [("Kontoauszug offene Posten", "Guten Tag {c},\n\nIhre offenen Posten: Rechnung {n} {t}.\n\n{s}")]}),
}


def make_non(k):
    kinds = list(NON)
    kind = kinds[k % len(kinds)]
    lang = ["nl", "en", "de"][(k // len(kinds)) % 3]
    inv = Inv(lang, kind)
    why, variants = NON[kind]
    subj, body = variants[lang][(k // (3 * len(kinds))) % len(variants[lang])]
    vals = dict(n=inv.number, t=inv.a(inv.total), d=inv.d(inv.due), c=inv.contact.split()[0], s=inv.seller)
    eml = mail(rng, inv.s_mail, inv.seller, inv.to_header(), subj.format(**vals), inv.issue,
               body_text=body.format(**vals))
    return record(None, kind, lang, "none", {"mail_from": inv.s_mail, "rcpt_to": [inv.email]}, eml, why_not=why)


# --- Second round (issue 8, third round): layouts and wordings the styles above lack, in
# the styles of more tools and habits.  Generated after the records above, so those stay
# exactly as they were.

TOOLS2 = ["bexio", "debitoor", "kleinunternehmer-word", "dutch-accountant-pdf", "flemish-word-pdf",
          "us-contractor", "uk-sole-trader", "austrian-honorarnote", "swiss-kmu", "din5008-letter",
          "google-docs-template", "construction-final"]

NUM_WORDS = {"nl": {7: "zeven", 8: "acht", 10: "tien", 14: "veertien", 21: "eenentwintig", 30: "dertig"},
             "en": {7: "seven", 10: "ten", 14: "fourteen", 21: "twenty-one", 30: "thirty"},
             "de": {7: "sieben", 8: "acht", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}}


def iban_of(country, length):
    """A random IBAN of @country, @length characters, digits only, valid check digits."""
    bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def due_wording(inv, lang, kind):
    """The due date or term as a sentence of @kind; returns (text, due date)."""
    d = inv.d
    if kind == "date":
        t = rng.choice({"nl": ["Te voldoen vóór %s.", "Gelieve het bedrag uiterlijk %s over te maken.", "Uiterste betaaldatum: %s"],
                        "en": ["Payable by %s.", "Please pay no later than %s.", "Payment due: %s"],
                        "de": ["Fällig am %s.", "Zahlbar bis zum %s.", "Zahlungsziel: %s"]}[lang])
        return t % d(inv.due), inv.due
    if kind == "receipt":
        t = {"nl": "Te voldoen bij ontvangst.", "en": "Terms: Due on receipt", "de": "Der Betrag ist sofort fällig."}[lang]
        return t, inv.issue
    if kind == "skonto":
        net = rng.choice([30, 30, 21])
        inv.due = inv.issue + datetime.timedelta(days=net)
        t = {"nl": "Bij betaling binnen 8 dagen 2%% korting, anders binnen %d dagen." % net,
             "en": "2%% discount if paid within 10 days; otherwise net %d." % net,
             "de": "Zahlbar innerhalb von 10 Tagen mit 2 %% Skonto oder innerhalb von %d Tagen netto." % net}[lang]
        return t, inv.due
    words = NUM_WORDS[lang]
    n = rng.choice([k for k in words if k in (7, 14, 21, 30) or lang != "en"])
    inv.due = inv.issue + datetime.timedelta(days=n)
    if kind == "weeks" and n in (7, 14, 21):
        w = {"nl": ["één", "twee", "drie"], "en": ["one", "two", "three"], "de": ["einer", "zwei", "drei"]}[lang][n // 7 - 1]
        t = {"nl": "Graag binnen %s we%s betalen." % (w, "ek" if n == 7 else "ken"),
             "en": "Please pay within %s week%s." % (w, "" if n == 7 else "s"),
             "de": "Bitte zahlen Sie innerhalb %s Woche%s." % ("von " + w if n > 7 else w, "n" if n > 7 else "")}[lang]
        return t, inv.due
    word = words[n]
    t = rng.choice({"nl": ["Betaling binnen %s dagen na ontvangst van de factuur.", "Te betalen binnen de %s dagen."],
                    "en": ["Payment is due %s days from receipt of this invoice.", "Please settle within %s days."],
                    "de": ["Zahlbar innert %s Tagen.", "Zahlbar %s Tage nach Erhalt der Rechnung."]}[lang])
    return t % (word if rng.random() < 0.5 else str(n)), inv.due


DISTRACTOR_DATES = {"nl": ["Leverdatum", "Orderdatum", "Datum levering"],
                    "en": ["Delivery date", "Order date", "Date of supply"],
                    "de": ["Lieferdatum", "Leistungsdatum", "Bestelldatum"]}
DEPARTMENTS = {"nl": ["Afdeling Inkoop", "Crediteurenadministratie", "Financiële administratie"],
               "en": ["Accounts Payable", "Finance Department", "Purchase Ledger"],
               "de": ["Abteilung Einkauf", "Buchhaltung", "Kreditorenbuchhaltung"]}
DEBTOR_NUMBERS = {"nl": ["KvK %08d", "BTW-id NL%09dB01", "Ondernemingsnummer BE 0%03d.%03d.%03d"],
                  "en": ["Company no. %08d", "VAT reg. GB%09d"],
                  "de": ["USt-IdNr. DE%09d", "HRB %d", "UID CHE-%03d.%03d.%03d MWST", "Firmenbuch FN %d%s"]}
DEDUCTIONS = {"nl": ["Af: voorschotfactuur %s", "Af: reeds gefactureerde termijn %s", "Verminderd met aanbetaling %s"],
              "en": ["Less: progress invoice %s", "Less: deposit invoice %s", "Less retainer %s"],
              "de": ["abzüglich Abschlagsrechnung Nr. %s", "abzgl. Anzahlungsrechnung %s", "abzüglich Teilrechnung %s"]}


def debtor_number(lang):
    f = rng.choice(DEBTOR_NUMBERS[lang])
    if "%s" in f:
        return f % (rng.randint(100000, 599999), rng.choice("abcdgkmpt"))
    if f.count("%") == 3:
        return f % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    if "08d" in f:
        return f % rng.randint(10**7, 10**8 - 1)
    if "09d" in f:
        return f % rng.randint(10**8, 10**9 - 1)
    return f % rng.randint(1000, 99999)


def make_layout_invoice(k):
    """An invoice in one of the second round's layouts: debtor block in a second column under
    its label, a contact person above the company, a department line, the letter's place and
    date instead of a date label, distracting delivery and order dates, due-date wordings,
    deductions of earlier part invoices, other currencies."""
    tool = TOOLS2[k % len(TOOLS2)]
    lang = ["nl", "en", "de"][(k // len(TOOLS2)) % 3]
    inv = Inv(lang, tool)
    w = L[lang]
    cur = CUR[lang]
    money_style = lang
    if tool == "swiss-kmu" and lang != "nl":
        cur, money_style = "CHF", "ch"
        inv.iban = iban_of("CH", 21)
    elif tool == "us-contractor" and lang == "en":
        cur, money_style = "USD", "en"
        inv.style = 2    # month first, as Americans write dates
    elif tool == "flemish-word-pdf" and lang == "nl":
        inv.iban = iban_of("BE", 16)

    def a(c):
        sym = {"EUR": "€ " if lang == "nl" else "", "GBP": "£", "USD": "$", "CHF": "CHF "}[cur]
        s = money(c, money_style)
        return (sym + s) if sym else (s + " €")

    block = rng.choice(["column-to", "contact-above", "department", "numbers", "window"])
    datestyle = rng.choice(["label", "letter"])
    due_kind = rng.choice(["date", "term", "term", "weeks", "skonto", "receipt"])
    due_text, due = due_wording(inv, lang, due_kind)
    deductions = []
    if tool == "construction-final" or rng.random() < 0.25:
        for j in range(rng.choice([1, 2])):
            part = (inv.total // 4) // 100 * 100
            deductions.append((rng.choice(DEDUCTIONS[lang]) % ("%s-%d" % (inv.number.split("-")[0], j + 1)), part))
    due_cents = inv.total - sum(p for _, p in deductions)
    p = Page()
    p.text(56, 60, inv.seller, size=15, bold=True)
    seller_lines = [inv.s_street, inv.s_city, inv.s_mail]
    if block == "column-to":
        fl = {"nl": ("Van:", "Aan:"), "en": ("From:", "To:"), "de": ("Von:", "An:")}[lang]
        p.text(56, 130, fl[0], bold=True)
        p.text(330, 130, fl[1], bold=True)
        for j, s in enumerate([inv.seller] + seller_lines[:2]):
            p.text(56, 143 + 13 * j, s)
        dl = [inv.name] + ([inv.d_street, inv.d_city])
    else:
        for j, s in enumerate(seller_lines):
            p.text(56, 76 + 10 * j, s, size=8)
        p.text(56, 122, "%s · %s · %s" % (inv.seller, inv.s_street, inv.s_city), size=6)
        if inv.consumer:
            dl = [inv.name, inv.d_street, inv.d_city]
            if lang == "de" and rng.random() < 0.6:
                dl = [rng.choice(["Herrn", "Frau"])] + dl
        elif block == "contact-above":
            dl = [inv.contact, inv.name, inv.d_street, inv.d_city]
        elif block == "department":
            dep = rng.choice(DEPARTMENTS[lang])
            dl = [inv.name, dep, inv.d_street, inv.d_city] if rng.random() < 0.6 else [dep, inv.name, inv.d_street, inv.d_city]
        else:
            dl = [inv.name, inv.d_street, inv.d_city]
    business = not inv.consumer
    if business and block in ("numbers", "column-to") and rng.random() < 0.7:
        dl.append(debtor_number(lang))
    x0 = 330 if block == "column-to" else 56
    y0 = 143 if block == "column-to" else 140
    for j, s in enumerate(dl):
        p.text(x0, y0 + 13 * j, s)
    rows = [(pick(w["num"], inv.style), inv.number)]
    if rng.random() < 0.6:
        rows.insert(0, (rng.choice(DISTRACTOR_DATES[lang]), inv.d(inv.issue - datetime.timedelta(days=rng.randint(3, 20)))))
    if datestyle == "label":
        rows.append((pick(w["date"], inv.style), inv.d(inv.issue)))
    else:
        place = inv.s_city.split()[-1] if lang != "en" else inv.s_city.split()[0]
        p.right(539, 100, "%s, %s" % (place, inv.d(inv.issue)))
    dx = 56 if block == "column-to" else 330
    for j, (lab, val) in enumerate(rows):
        p.text(dx, 215 + 13 * j, lab)
        p.text(dx + 110, 215 + 13 * j, val)
    p.text(56, 275, pick(w["inv"], inv.style), size=18, bold=True)
    y = 320
    for desc, q, price in inv.lines:
        p.text(56, y, desc)
        p.right(360, y, str(q))
        p.right(450, y, a(price))
        p.right(539, y, a(q * price))
        y += 14
    y += 16
    tot = [(pick(w["sub"], inv.style), inv.net), (w["vat"] % RATE[lang], inv.vat), (pick(w["total"], inv.style), inv.total)]
    tot += [(lab, -c) for lab, c in deductions]
    if deductions and rng.random() < 0.5:
        tot.append((pick(w["due_amount"], inv.style), due_cents))
    for lab, c in tot:
        p.text(300, y, lab)
        p.right(539, y, a(c))
        y += 14
    p.text(56, y + 20, due_text)
    p.text(56, 790, "%s · %s %s" % (inv.seller, pick(w["vatl"], inv.style), inv.s_vat), size=7)
    p.text(56, 800, "IBAN %s" % iban_spaced(inv.iban), size=7)
    body = {"nl": "Beste %s,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
            "en": "Dear %s,\n\nPlease find invoice %s attached.\n\nKind regards,\n%s",
            "de": "Guten Tag %s,\n\nanbei die Rechnung %s.\n\nMit freundlichen Grüßen\n%s"}[lang] % (
        inv.contact.split()[0], inv.number, inv.seller)
    eml = mail(rng, inv.s_mail, inv.seller, inv.to_header(), subject_for(inv), inv.issue + datetime.timedelta(days=rng.choice([0, 0, 1, 3])),
               body_text=body, pdf=True)
    # No payment reference is printed in these layouts.
    exp = expected(inv.number, due_cents, inv.total, inv.issue, due, inv.name, inv.email, inv.iban, business, lang,
                   currency=cur)
    return record(None, tool, lang, "pdf", {"mail_from": inv.s_mail, "rcpt_to": [inv.email]}, eml,
                  [p], "%s.pdf" % inv.number.replace("/", "_"), exp,
                  note="second round: %s block, %s date, %s due, %d deduction(s)" % (block, datestyle, due_kind,
                                                                                     len(deductions)))


NON2 = {
    "timesheet": ("a timesheet sent for approval", {
        "nl": [("Urenoverzicht {m} ter goedkeuring", "Beste {c},\n\nHierbij het urenoverzicht van {m}: 42 uur. Wil je het akkoorden? "
                "Na je akkoord stuur ik de factuur.\n\n{s}")],
        "en": [("Timesheet for {m} - please approve", "Hi {c},\n\nAttached is my timesheet for {m} (38.5 hours). Once you approve it "
                "I'll send the invoice.\n\n{s}")],
        "de": [("Stundennachweis {m} zur Freigabe", "Hallo {c},\n\nanbei der Stundennachweis für {m} (40 Stunden). Bitte kurz "
                "freigeben, danach schreibe ich die Rechnung.\n\n{s}")]}),
    "booking": ("a booking confirmation", {
        "nl": [("Bevestiging van je boeking {n}", "Hoi {c},\n\nJe boeking {n} voor {d} staat vast. Totaalprijs {t}, te betalen ter plaatse.\n\n{s}")],
        "en": [("Your booking confirmation {n}", "Hi {c},\n\nYour booking {n} on {d} is confirmed. Price {t}, payable on the day.\n\n{s}")],
        "de": [("Buchungsbestätigung {n}", "Guten Tag {c},\n\nIhre Buchung {n} am {d} ist bestätigt. Preis {t}, zahlbar vor Ort.\n\n{s}")]}),
    "price-change": ("a price change announced", {
        "nl": [("Nieuwe tarieven per {d}", "Beste {c},\n\nPer {d} wordt ons uurtarief {t}. Voor lopende opdrachten verandert er niets.\n\n{s}")],
        "en": [("Price increase from {d}", "Dear {c},\n\nFrom {d} our day rate will be {t}. Existing bookings keep the old rate.\n\n{s}")],
        "de": [("Preisanpassung zum {d}", "Guten Tag {c},\n\nab dem {d} beträgt unser Stundensatz {t}. Laufende Aufträge bleiben unverändert.\n\n{s}")]}),
    "delivery-note": ("a delivery note with a PDF", {
        "nl": [("Levering {n}", "Beste {c},\n\nIn de bijlage de pakbon van vandaag. De factuur volgt aan het eind van de maand.\n\n{s}")],
        "en": [("Delivery {n}", "Hi {c},\n\nPlease find the delivery note for today's delivery attached. We invoice monthly.\n\n{s}")],
        "de": [("Lieferung {n}", "Hallo {c},\n\nanbei der Lieferschein zur heutigen Lieferung. Die Rechnung folgt zum Monatsende.\n\n{s}")]}),
}
DOC_TITLE = {"delivery-note": {"nl": "Pakbon", "en": "Delivery note", "de": "Lieferschein"}}


def make_non2(k):
    kinds = list(NON2)
    kind = kinds[k % len(kinds)]
    lang = ["nl", "en", "de"][(k // len(kinds)) % 3]
    inv = Inv(lang, kind)
    why, variants = NON2[kind]
    subj, body = variants[lang][0]
    month = MONTHS_BY_LANG[lang][inv.issue.month - 1]
    vals = dict(n=inv.number, t=inv.a(inv.total), d=inv.d(inv.due), c=inv.contact.split()[0], s=inv.seller, m=month)
    pages = None
    if kind in DOC_TITLE:
        page = Page()
        page.text(56, 60, inv.seller, size=15, bold=True)
        for j, line in enumerate(debtor_lines(inv, L[lang])):
            page.text(56, 140 + 13 * j, line)
        page.text(56, 250, DOC_TITLE[kind][lang], size=18, bold=True)
        page.text(330, 250, "%s %s" % (pick(L[lang]["num"], 0), inv.number))
        for j, (desc, q, _) in enumerate(inv.lines):
            page.text(56, 300 + 14 * j, desc)
            page.right(360, 300 + 14 * j, str(q))
        pages = [page]
    eml = mail(rng, inv.s_mail, inv.seller, inv.to_header(), subj.format(**vals), inv.issue,
               body_text=body.format(**vals), pdf=pages is not None)
    return record(None, kind, lang, "none", {"mail_from": inv.s_mail, "rcpt_to": [inv.email]}, eml,
                  pages, "%s.pdf" % inv.number.replace("/", "_") if pages else None, why_not=why)


def main():
    recs = [make_invoice(k) for k in range(108)] + [make_non(k) for k in range(60)]
    recs += [make_layout_invoice(k) for k in range(72)] + [make_non2(k) for k in range(12)]
    for n, r in enumerate(recs, 1):
        r["id"] = "inv-tools-%03d" % n
    write(os.path.join(os.path.dirname(__file__), "..", "train-tools.jsonl"), recs)
    print("%d records, %d invoices" % (len(recs), sum(r["is_invoice"] for r in recs)))


main()
