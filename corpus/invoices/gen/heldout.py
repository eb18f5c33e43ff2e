"""heldout.py: corpus/invoices/heldout.jsonl — a held-out set written before any change to
the reader was made for it, in layouts, tools and voices the train generator does not
have: Word documents with the address block on the right, two-column label/value tables,
"Bill to" beside the invoice details, deposits and the amount still due ("Te betalen",
"Openstaand", "Amount due", "Zu zahlen", "Restbetrag"), debtors that are persons at a
business or consumers, payment terms instead of dates; and mails that are not invoices
(receipts, quotes, order confirmations, the owner's own reminder, renewals, credit notes
announced, forwarded supplier bills, newsletters with prices, "did you get my invoice?").

`python3 corpus/invoices/gen/heldout.py` writes corpus/invoices/heldout.jsonl (seeded: the
same file every time). Never tune the reader against it."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from mailkit import Page, date, expected, iban, iban_spaced, mail, money, record, write  # noqa: E402

rng = random.Random(80808)

SELLERS = {
    "nl": [("Atelier Wilgenroos", "Wilgenstraat 4", "6821 GB Arnhem", "NL"),
           ("Kustlicht Fotografie", "Boulevard 88", "4381 KB Vlissingen", "NL"),
           ("Praktijk Zoutkeet", "Havenkade 3", "1781 AA Den Helder", "NL"),
           ("Bureau Duinvorst", "Kerkplein 17", "2042 JM Zandvoort", "NL")],
    "en": [("Harrow & Finch Joinery", "14 Mill Lane", "Leeds LS6 2QR", "GB"),
           ("Bluewater Sound Ltd", "3 Dock Street", "Bristol BS1 4RQ", "GB"),
           ("Kestrel Copywriting", "22 Orchard Row", "Norwich NR2 1EJ", "GB")],
    "de": [("Tischlerei Brandhorst", "Lindenweg 5", "33602 Bielefeld", "DE"),
           ("Studio Ostwind", "Hafenstraße 21", "24103 Kiel", "DE"),
           ("Übersetzungsbüro Kranich", "Marktplatz 2", "79098 Freiburg", "DE")],
}
BUSINESSES = {
    "nl": [("Groentekwekerij De Vlonder B.V.", "Marieke Post", "Vlonderweg 2", "2675 LK Honselersdijk", "m.post@devlonder.nl"),
           ("Van Rijswijk Installatietechniek", "Sander van Rijswijk", "Ambachtsweg 40", "3542 DG Utrecht", "sander@vanrijswijk-it.nl"),
           ("Camping Het Zwanenmeer V.O.F.", "Els Hoekstra", "Meerdijk 11", "8531 PH Lemmer", "boekhouding@zwanenmeer.nl"),
           ("Tandartsen Overvecht", "Karim Bouzid", "Zamenhofdreef 9", "3562 JT Utrecht", "admin@tandartsenovervecht.nl")],
    "en": [("Marlowe Property Services Ltd", "Priya Nair", "9 Canal Wharf", "Leeds LS11 5PS", "accounts@marloweproperty.co.uk"),
           ("Greenfield Primary School", "Dan Hughes", "Church Road", "York YO10 4PL", "office@greenfield.sch.uk"),
           ("Oakhill Vets LLP", "Hannah Webb", "41 High Street", "Bath BA1 5AW", "finance@oakhillvets.co.uk")],
    "de": [("Weinhaus Berger GmbH", "Thomas Berger", "Rebenstraße 14", "67098 Bad Dürkheim", "buchhaltung@weinhaus-berger.de"),
           ("Physiotherapie Lenz", "Julia Lenz", "Bahnhofstraße 3", "72070 Tübingen", "praxis@physio-lenz.de"),
           ("Kröger & Sohn OHG", "Martin Kröger", "Industriering 8", "28199 Bremen", "rechnung@kroeger-sohn.de")],
}
CONSUMERS = {
    "nl": [("Fleur Janssen", "Rozenhof 21", "5611 AB Eindhoven", "fleur.janssen@gmail.com"),
           ("Wouter de Graaf", "Kastanjelaan 7", "3833 AL Leusden", "w.degraaf@ziggo.nl")],
    "en": [("Oliver Bennett", "17 Elm Close", "Cambridge CB1 3TT", "oliver.bennett@outlook.com"),
           ("Grace Thompson", "2 Rose Terrace", "Exeter EX4 6PL", "gracet@btinternet.com")],
    "de": [("Sabine Vogt", "Amselweg 12", "50667 Köln", "sabine.vogt@web.de"),
           ("Jonas Keller", "Gartenstraße 30", "80331 München", "jonas.keller@gmx.de")],
}
VAT = {"NL": lambda: "NL%09dB%02d" % (rng.randint(10**8, 10**9 - 1), rng.randint(1, 99)),
       "DE": lambda: "DE%09d" % rng.randint(10**8, 10**9 - 1),
       "GB": lambda: "GB%03d %04d %02d" % (rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10, 99))}
RATE = {"nl": 21, "en": 20, "de": 19}
CUR = {"nl": ("EUR", "€ "), "en": ("GBP", "£"), "de": ("EUR", "")}


def amount_text(lang, cents):
    if cents < 0:
        return "- " + amount_text(lang, -cents)
    cur, sym = CUR[lang]
    if lang == "de":
        return money(cents, "de") + " €"
    if lang == "en":
        return sym + money(cents, "en")
    return sym + money(cents, "nl")


class Deal:
    def __init__(self, lang, consumer=False, deposit=False):
        self.lang = lang
        s = rng.choice(SELLERS[lang])
        self.seller, self.s_street, self.s_city, self.country = s
        self.s_vat = VAT[self.country]()
        self.iban = iban(rng, "DE" if self.country == "DE" else self.country)
        dom = self.seller.lower().replace(" ", "").replace("&", "").replace("ü", "ue")[:16]
        self.s_mail = {"nl": "facturen@", "en": "accounts@", "de": "rechnung@"}[lang] + dom + \
            {"nl": ".nl", "en": ".co.uk", "de": ".de"}[lang]
        self.consumer = consumer
        if consumer:
            c = rng.choice(CONSUMERS[lang])
            self.name, self.person, self.street, self.city, self.email = c[0], c[0], c[1], c[2], c[3]
        else:
            b = rng.choice(BUSINESSES[lang])
            self.name, self.person, self.street, self.city, self.email = b
        self.d_vat = None if consumer else VAT[{"nl": "NL", "en": "GB", "de": "DE"}[lang]]()
        self.issue = datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28))
        self.term = rng.choice([14, 14, 30, 21, 8])
        self.due = self.issue + datetime.timedelta(days=self.term)
        self.number = rng.choice(["F%d-%03d", "%d.%04d", "INV-%d%03d", "R%d/%03d", "%d-%02d"]) % (
            rng.choice([2026, 26]), rng.randint(1, 300))
        self.lines = [(rng.choice(self.items()), rng.randint(1, 12), rng.randint(25, 400) * 100 + rng.choice([0, 50, 95]))
                      for _ in range(rng.randint(1, 3))]
        self.net = sum(q * p for _, q, p in self.lines)
        self.vat = round(self.net * RATE[lang] / 100)
        self.total = self.net + self.vat
        self.deposit = (self.total // 300) * 100 if deposit else 0
        self.due_cents = self.total - self.deposit

    def items(self):
        return {"nl": ["Ontwerp en advies", "Montage", "Uren op locatie", "Materiaal", "Fotoreportage"],
                "en": ["Design work", "Fitting", "Consultancy hours", "Materials", "Recording session"],
                "de": ["Planung", "Montage", "Arbeitsstunden", "Material", "Übersetzung"]}[self.lang]

    def to_header(self):
        return "%s <%s>" % (self.person, self.email)

    def exp(self, due=True, reference=None):
        return expected(self.number, self.due_cents, self.total, self.issue, self.due if due else None,
                        self.name, self.email, self.iban, not self.consumer, self.lang,
                        reference=reference, currency=CUR[self.lang][0])

    def envelope(self, extra=()):
        return {"mail_from": self.s_mail, "rcpt_to": [self.email] + list(extra)}


W = {  # the words each layout prints
    "nl": dict(title="FACTUUR", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               sub="Subtotaal", vat="Btw %d%%", tot="Totaal", dep="Reeds betaald (aanbetaling)",
               pay="Te betalen", open="Openstaand", term="Betaaltermijn", days="%d dagen",
               billto="Factuur aan:", kvk="KvK", vatl="Btw-nr.", desc="Omschrijving", qty="Aantal",
               price="Prijs", amt="Bedrag"),
    "en": dict(title="INVOICE", num="Invoice number", date="Invoice date", due="Due date",
               sub="Subtotal", vat="VAT %d%%", tot="Total", dep="Less deposit paid",
               pay="Amount due", open="Balance due", term="Terms", days="Net %d",
               billto="Bill to:", kvk="Company no.", vatl="VAT reg.", desc="Description",
               qty="Qty", price="Rate", amt="Amount"),
    "de": dict(title="RECHNUNG", num="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               sub="Zwischensumme", vat="USt. %d %%", tot="Gesamtbetrag", dep="abzgl. Abschlagszahlung",
               pay="Zu zahlen", open="Restbetrag", term="Zahlungsziel", days="%d Tage netto",
               billto="Rechnungsempfänger", kvk="HRB", vatl="USt-IdNr.", desc="Leistung",
               qty="Menge", price="Einzelpreis", amt="Betrag"),
}
DSTYLE = {"nl": "dmy-", "en": "long", "de": "dmy."}


def line_rows(p, d, w, y):
    p.text(56, y, w["desc"], bold=True)
    p.right(380, y, w["qty"], bold=True)
    p.right(460, y, w["price"], bold=True)
    p.right(539, y, w["amt"], bold=True)
    p.rule(56, y + 4, 539, y + 4)
    for desc, q, price in d.lines:
        y += 16
        p.text(56, y, desc)
        p.right(380, y, str(q))
        p.right(460, y, amount_text(d.lang, price))
        p.right(539, y, amount_text(d.lang, q * price))
    return y + 24


def totals(p, d, w, y, pay_word):
    rows = [(w["sub"], d.net), (w["vat"] % RATE[d.lang], d.vat), (w["tot"], d.total)]
    if d.deposit:
        rows += [(w["dep"], -d.deposit), (pay_word, d.due_cents)]
    for label, c in rows:
        bold = label in (w["tot"], pay_word) and (label == pay_word or not d.deposit)
        p.text(330, y, label, bold=bold)
        p.right(539, y, amount_text(d.lang, c), bold=bold)
        y += 15
    return y + 10


def layout_word_right(i):
    """A Word document: letterhead left, the debtor's block on the right, a two-column
    label/value table, the term as days."""
    lang = ["nl", "en", "de"][i % 3]
    d = Deal(lang, consumer=(i % 4 == 3), deposit=(i % 2 == 0))
    w = W[lang]
    p = Page()
    p.text(56, 62, d.seller, size=16, bold=True)
    p.text(56, 80, d.s_street)
    p.text(56, 92, d.s_city)
    y = 150
    block = [d.name] + ([] if d.consumer else [{"nl": "t.a.v. ", "en": "FAO ", "de": "z. Hd. "}[lang] + d.person]) \
        + [d.street, d.city]
    if d.d_vat and i % 3 != 1:
        block.append("%s %s" % (w["vatl"], d.d_vat))
    for line in block:
        p.text(340, y, line)
        y += 13
    p.text(56, 250, w["title"], size=20, bold=True)
    rows = [(w["num"], d.number), (w["date"], date(d.issue, DSTYLE[lang], lang)),
            (w["term"], w["days"] % d.term)]
    y = 280
    for label, value in rows:
        p.text(56, y, label + ":")
        p.text(170, y, value)
        y += 14
    y = line_rows(p, d, w, y + 20)
    y = totals(p, d, w, y, w["pay"])
    foot = {"nl": "Gelieve het bedrag binnen %d dagen over te maken op %s t.n.v. %s onder vermelding van het factuurnummer.",
            "en": "Please pay within %d days to %s (%s), quoting the invoice number.",
            "de": "Bitte überweisen Sie den Betrag innerhalb von %d Tagen auf %s (%s)."}[lang]
    p.text(56, y + 20, foot % (d.term, iban_spaced(d.iban), d.seller), size=8)
    p.text(56, 800, "%s · %s · %s %s · IBAN %s" % (d.seller, d.s_city, w["vatl"], d.s_vat, iban_spaced(d.iban)), size=7)
    subj = {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % d.number
    body = {"nl": "Beste %s,\n\nIn de bijlage vind je de factuur voor de afgelopen werkzaamheden.\n\nGroet,\n%s",
            "en": "Hi %s,\n\nAttached is my invoice for the recent work. Any questions, just ask.\n\nBest,\n%s",
            "de": "Hallo %s,\n\nim Anhang finden Sie meine Rechnung.\n\nBeste Grüße\n%s"}[lang] % (d.person.split()[0], d.seller)
    eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue, body_text=body, pdf=True)
    return record(None, "word-right", lang, "pdf", d.envelope(), eml, [p], "%s.pdf" % d.number.replace("/", "-"),
                  d.exp(), note="address block on the right; term in days; deposit when even")


def layout_bill_to_beside(i):
    """Bill-to on the left, the invoice's details in a box on the right, on the same rows."""
    lang = ["en", "nl", "de"][i % 3]
    d = Deal(lang, consumer=(i % 3 == 2), deposit=(i % 4 == 1))
    w = W[lang]
    p = Page()
    p.right(539, 60, d.seller, size=14, bold=True)
    p.right(539, 74, "%s, %s" % (d.s_street, d.s_city), size=8)
    p.right(539, 85, "%s %s" % (w["vatl"], d.s_vat), size=8)
    p.text(56, 130, w["title"], size=22, bold=True)
    p.text(56, 170, w["billto"], bold=True)
    left = [d.name, d.street, d.city] if d.consumer else [d.person, d.name, d.street, d.city]
    right = [(w["num"], d.number), (w["date"], date(d.issue, "short-en" if lang == "en" else DSTYLE[lang], lang)),
             (w["due"], date(d.due, "short-en" if lang == "en" else DSTYLE[lang], lang))]
    for k in range(max(len(left), len(right))):
        y = 184 + 13 * k
        if k < len(left):
            p.text(56, y, left[k])
        if k < len(right):
            p.text(360, y, right[k][0])
            p.right(539, y, right[k][1])
    y = line_rows(p, d, w, 270)
    y = totals(p, d, w, y, w["open"])
    p.text(56, y + 10, {"nl": "Bankrekening", "en": "Bank account", "de": "Bankverbindung"}[lang] + ": " + iban_spaced(d.iban))
    subj = {"nl": "%s stuurt je factuur %s", "en": "%s sent you invoice %s", "de": "%s hat Ihnen Rechnung %s gesendet"}[lang] % (d.seller, d.number)
    body = {"en": "<p>Hello,</p><p>%s has sent you an invoice. Please see the attached PDF.</p>",
            "nl": "<p>Hallo,</p><p>%s heeft je een factuur gestuurd. Zie de bijgevoegde PDF.</p>",
            "de": "<p>Guten Tag,</p><p>%s hat Ihnen eine Rechnung gesendet, siehe PDF.</p>"}[lang] % d.seller
    eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue, body_html="<html><body>%s</body></html>" % body,
               pdf=True, msgid_domain="mailer.invoiceflow.example")
    who = "person then business" if not d.consumer else "consumer"
    return record(None, "invoiceflow-beside", lang, "pdf", d.envelope(), eml, [p], "invoice-%s.pdf" % d.number.replace("/", "-"),
                  d.exp(), note="bill-to block beside the details box, %s" % who)


def layout_body_typed(i):
    """An invoice typed in the mail by someone without a tool, with a deposit."""
    lang = ["nl", "de", "en"][i % 3]
    d = Deal(lang, consumer=(i % 2 == 0), deposit=True)
    w = W[lang]
    a = lambda c: amount_text(lang, c)
    if lang == "nl":
        body = ("Hoi %s,\n\nHierbij mijn factuur voor de klus van vorige week.\n\n"
                "Factuur aan: %s\n%s, %s\n\nFactuurnr: %s\nDatum: %s\n\n"
                "Werkzaamheden: %s\nBtw 21%%: %s\nTotaal: %s\nAanbetaling ontvangen: %s\nOpenstaand: %s\n\n"
                "Graag binnen %d dagen overmaken naar %s t.n.v. %s.\n\nGroetjes,\n%s\n%s · btw %s"
                ) % (d.person.split()[0], d.name, d.street, d.city, d.number, date(d.issue, "long", "nl"),
                     a(d.net), a(d.vat), a(d.total), a(d.deposit), a(d.due_cents), d.term, iban_spaced(d.iban),
                     d.seller, d.seller, d.s_city, d.s_vat)
    elif lang == "de":
        body = ("Hallo %s,\n\nwie besprochen hier die Rechnung direkt in der Mail.\n\n"
                "Rechnung an: %s, %s, %s\nRechnungs-Nr.: %s\nDatum: %s\n\n"
                "Leistungen netto: %s\nzzgl. 19 %% USt.: %s\nGesamt: %s\nbereits erhalten (Anzahlung): %s\nRestbetrag: %s\n\n"
                "Zahlbar innerhalb von %d Tagen ohne Abzug auf %s.\n\nViele Grüße\n%s\nUSt-IdNr. %s"
                ) % (d.person.split()[0], d.name, d.street, d.city, d.number, date(d.issue, "long", "de"),
                     a(d.net), a(d.vat), a(d.total), a(d.deposit), a(d.due_cents), d.term, iban_spaced(d.iban),
                     d.seller, d.s_vat)
    else:
        body = ("Hi %s,\n\nHere's the invoice for the job, typed out below.\n\n"
                "Bill to: %s\n%s\n%s\n\nInvoice no. %s\nDated %s\n\n"
                "Work: %s\nVAT 20%%: %s\nTotal: %s\nDeposit paid: %s\nAmount due: %s\n\n"
                "Payment within %d days please, to %s.\n\nCheers,\n%s\nVAT reg %s"
                ) % (d.person.split()[0], d.name, d.street, d.city, d.number, date(d.issue, "us"),
                     a(d.net), a(d.vat), a(d.total), a(d.deposit), a(d.due_cents), d.term, iban_spaced(d.iban),
                     d.seller, d.s_vat)
    subj = {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % d.number
    eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue, body_text=body)
    return record(None, "typed-deposit", lang, "body-text", d.envelope(), eml, None, None, d.exp(),
                  note="typed in the mail; deposit; term in days")


def layout_html_table(i):
    """An HTML body with a two-column label/value table (a web shop or booking tool)."""
    lang = ["en", "de", "nl"][i % 3]
    d = Deal(lang, consumer=(i % 3 == 0), deposit=(i % 2 == 1))
    w = W[lang]
    a = lambda c: amount_text(lang, c)
    rows = [(w["num"], d.number), (w["date"], date(d.issue, "iso")), (w["due"], date(d.due, "iso")),
            (w["billto"].rstrip(":"), d.name), (w["tot"], a(d.total))]
    if d.deposit:
        rows += [(w["dep"], a(-d.deposit)), (w["pay"], a(d.due_cents))]
    rows.append(("IBAN", iban_spaced(d.iban)))
    tr = "".join("<tr><td style=\"color:#666\">%s</td><td><b>%s</b></td></tr>" % r for r in rows)
    intro = {"en": "Thank you for booking with %s. Your invoice:", "nl": "Bedankt voor je boeking bij %s. Je factuur:",
             "de": "Vielen Dank für Ihre Buchung bei %s. Ihre Rechnung:"}[lang] % d.seller
    html = "<html><body><p>%s</p><table>%s</table><p>%s · %s %s</p></body></html>" % (
        intro, tr, d.seller, w["vatl"], d.s_vat)
    subj = {"nl": "Je factuur %s", "en": "Your invoice %s", "de": "Ihre Rechnung %s"}[lang] % d.number
    eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue, body_html=html)
    return record(None, "booking-html", lang, "body-html", d.envelope(), eml, None, None, d.exp(),
                  note="label/value table in HTML, ISO dates")


def layout_terms_pdf(i):
    """A PDF that states no due date, only a term after the invoice date; debtor block
    labelled, seller's VAT number printed near the debtor's block."""
    lang = ["de", "nl", "en"][i % 3]
    d = Deal(lang, consumer=(i % 2 == 1), deposit=(i % 3 == 0))
    w = W[lang]
    p = Page()
    p.text(56, 56, "%s – %s – %s" % (d.seller, d.s_street, d.s_city), size=7)
    label = {"nl": "Factuuradres", "en": "Invoice to", "de": "Rechnungsempfänger"}[lang]
    p.text(56, 110, label, size=8, bold=True)
    y = 124
    for line in [d.name, d.street, d.city]:
        p.text(56, y, line)
        y += 13
    p.text(360, 124, "%s %s" % (w["vatl"], d.s_vat), size=8)
    p.text(360, 136, "IBAN %s" % iban_spaced(d.iban), size=8)
    p.text(56, 220, "%s %s" % (w["title"].capitalize(), d.number), size=16, bold=True)
    p.text(56, 240, "%s: %s" % (w["date"], date(d.issue, "dmy/" if lang == "en" else DSTYLE[lang], lang)))
    y = line_rows(p, d, w, 270)
    y = totals(p, d, w, y, w["pay"])
    term = {"nl": "Betaling %d dagen na factuurdatum.", "en": "Payment due %d days from the invoice date.",
            "de": "Zahlbar innerhalb von %d Tagen ab Rechnungsdatum."}[lang] % d.term
    p.text(56, y + 10, term)
    subj = {"nl": "Factuur %s – %s", "en": "Invoice %s – %s", "de": "Rechnung %s – %s"}[lang] % (d.number, d.seller)
    body = {"nl": "Goedemiddag,\n\nZie bijlage.\n\nMet vriendelijke groet,\n%s",
            "en": "Good afternoon,\n\nPlease see attached.\n\nKind regards,\n%s",
            "de": "Guten Tag,\n\nanbei die Rechnung.\n\nFreundliche Grüße\n%s"}[lang] % d.seller
    eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue, body_text=body, pdf=True)
    return record(None, "terms-only", lang, "pdf", d.envelope(), eml, [p], "%s.pdf" % d.number.replace("/", "-"),
                  d.exp(), note="term only; seller's VAT number beside the debtor's block")


INVOICE_LAYOUTS = [layout_word_right, layout_bill_to_beside, layout_body_typed, layout_html_table, layout_terms_pdf]


def non_invoices():
    out = []

    def add(tool, lang, why, d, subj, body, pages=None, html=False, extra=()):
        eml = mail(rng, d.s_mail, d.seller, d.to_header(), subj, d.issue,
                   body_text=None if html else body, body_html=body if html else None,
                   pdf=pages is not None, extra_headers=extra)
        out.append(record(None, tool, lang, "none", d.envelope(), eml, pages,
                          "document.pdf" if pages else None, None, why_not=why))

    for lang in ("nl", "en", "de"):
        d = Deal(lang)
        a = lambda c: amount_text(lang, c)
        # a receipt: the invoice number and amount, and nothing open
        add("receipt", lang, "a payment receipt: nothing is open", d,
            {"nl": "Factuur %s – betaling ontvangen", "en": "Invoice %s – thanks!", "de": "Rechnung %s"}[lang] % d.number,
            {"nl": "Beste %s,\n\nWe hebben je betaling van %s voor factuur %s in goede orde ontvangen. Openstaand: € 0,00.\n\nGroet,\n%s",
             "en": "Hi %s,\n\nWe've received your payment of %s for invoice %s. Balance due: £0.00. Thanks!\n\n%s",
             "de": "Hallo %s,\n\nIhre Zahlung über %s für Rechnung %s ist eingegangen. Offener Betrag: 0,00 €.\n\n%s"}[lang]
            % (d.person.split()[0], a(d.total), d.number, d.seller))
        # the owner's own typed reminder
        add("own-reminder", lang, "the business's own reminder of an earlier invoice", d,
            {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % d.number,
            {"nl": "Hoi %s,\n\nFactuur %s van %s (%s) staat bij mij nog open. Zou je die willen betalen?\n\nGroet,\n%s",
             "en": "Hi %s,\n\nJust a nudge: invoice %s of %s (%s) hasn't been paid yet. Could you take a look?\n\nThanks,\n%s",
             "de": "Hallo %s,\n\ndie Rechnung %s vom %s über %s ist bei mir noch offen. Könnten Sie das prüfen?\n\nGrüße\n%s"}[lang]
            % (d.person.split()[0], d.number, date(d.issue, DSTYLE[lang], lang), a(d.total), d.seller))
        # a quote as a PDF under a neutral subject
        p = Page()
        p.text(56, 60, d.seller, size=14, bold=True)
        p.text(340, 150, d.name)
        p.text(340, 163, d.street)
        p.text(340, 176, d.city)
        p.text(56, 250, {"nl": "OFFERTE", "en": "ESTIMATE", "de": "ANGEBOT"}[lang], size=20, bold=True)
        p.text(56, 280, "Nr. %s" % d.number.replace("F", "O"))
        p.text(56, 294, {"nl": "Geldig tot", "en": "Valid until", "de": "Gültig bis"}[lang] + ": " + date(d.due, DSTYLE[lang], lang))
        totals(p, d, W[lang], 330, W[lang]["pay"])
        add("quote", lang, "a quote", d,
            {"nl": "Voorstel voor %s", "en": "Proposal for %s", "de": "Ihr Projekt bei %s"}[lang] % d.name,
            {"nl": "Hoi,\n\nZoals beloofd het voorstel in de bijlage.\n\n%s", "en": "Hi,\n\nAs promised, the proposal is attached.\n\n%s",
             "de": "Hallo,\n\nwie versprochen anbei unser Vorschlag.\n\n%s"}[lang] % d.seller, pages=[p])
        # a forwarded supplier bill
        sup = Deal(lang)
        fwd = {"nl": "---------- Doorgestuurd bericht ---------", "en": "---------- Forwarded message ---------",
               "de": "-------- Weitergeleitete Nachricht --------"}[lang]
        add("forwarded-supplier", lang, "a supplier's bill to the business, forwarded", d,
            {"nl": "%s factuur %s", "en": "%s invoice %s", "de": "%s Rechnung %s"}[lang] % (sup.seller, sup.number),
            {"nl": "Ter info voor de boekhouding.\n\n%s\nVan: %s <%s>\nOnderwerp: Factuur %s\n\nBeste klant,\n\nFactuur %s, totaal %s, te betalen voor %s.\n",
             "en": "For the books.\n\n%s\nFrom: %s <%s>\nSubject: Invoice %s\n\nDear customer,\n\nInvoice %s, total %s, due %s.\n",
             "de": "Zur Info für die Buchhaltung.\n\n%s\nVon: %s <%s>\nBetreff: Rechnung %s\n\nSehr geehrte Kunden,\n\nRechnung %s, Gesamt %s, fällig am %s.\n"}[lang]
            % (fwd, sup.seller, sup.s_mail, sup.number, sup.number, a(sup.total), date(sup.due, DSTYLE[lang], lang)))
        # a renewal notice with a price
        add("renewal", lang, "a contract renewal notice", d,
            {"nl": "Je onderhoudscontract loopt per %s door", "en": "Your support plan continues on %s",
             "de": "Ihr Wartungsvertrag läuft ab %s weiter"}[lang] % date(d.due, DSTYLE[lang], lang),
            {"nl": "Beste %s,\n\nJe contract loopt op %s automatisch door voor een jaar, voor %s per jaar. Je ontvangt dan een factuur.\n\n%s",
             "en": "Dear %s,\n\nYour plan carries on from %s for another year at %s a year. We'll invoice you then.\n\n%s",
             "de": "Guten Tag %s,\n\nIhr Vertrag läuft ab %s ein weiteres Jahr zu %s jährlich. Die Rechnung folgt dann.\n\n%s"}[lang]
            % (d.person, date(d.due, DSTYLE[lang], lang), a(d.total), d.seller))
        # a credit note announced
        add("credit-announce", lang, "a credit note announced, not issued", d,
            {"nl": "Over factuur %s", "en": "About invoice %s", "de": "Zu Rechnung %s"}[lang] % d.number,
            {"nl": "Hoi %s,\n\nJe hebt gelijk, de montage is dubbel berekend. Ik maak een creditnota op voor %s; die stuur ik morgen.\n\n%s",
             "en": "Hi %s,\n\nYou're right, the fitting was charged twice. I'll raise a credit note for %s and send it tomorrow.\n\n%s",
             "de": "Hallo %s,\n\nSie haben recht, die Montage wurde doppelt berechnet. Ich erstelle eine Gutschrift über %s und schicke sie morgen.\n\n%s"}[lang]
            % (d.person.split()[0], a(d.lines[0][2]), d.seller))
        # "did you get my invoice?"
        add("question", lang, "a question about an invoice sent earlier", d,
            {"nl": "factuur %s", "en": "invoice %s", "de": "Rechnung %s"}[lang] % d.number,
            {"nl": "Hoi %s, heb je mijn factuur %s van vorige week ontvangen? Hij was %s. Groet, %s",
             "en": "Hi %s, did my invoice %s from last week reach you? It was for %s. Thanks, %s",
             "de": "Hallo %s, ist meine Rechnung %s von letzter Woche angekommen? Sie lautete über %s. Grüße, %s"}[lang]
            % (d.person.split()[0], d.number, a(d.total), d.seller))
    for lang in ("nl", "en"):
        d = Deal(lang)
        a = lambda c: amount_text(lang, c)
        add("newsletter", lang, "a newsletter with prices", d,
            {"nl": "Nieuw bij %s: voorjaarsactie", "en": "New at %s: spring deals"}[lang] % d.seller,
            {"nl": "<html><body><h1>Voorjaarsactie</h1><p>Onderhoudsbeurt nu %s (was %s). Boek voor 1 mei.</p></body></html>",
             "en": "<html><body><h1>Spring deals</h1><p>Service check now %s (was %s). Book by 1 May.</p></body></html>"}[lang]
            % (a(d.net), a(d.total)), html=True)
        add("order-confirmation", lang, "an order confirmation", d,
            {"nl": "Bedankt voor je bestelling %s", "en": "Thanks for your order %s"}[lang] % d.number,
            {"nl": "Hoi %s,\n\nWe hebben je bestelling %s ontvangen. Totaal %s. De factuur volgt bij levering.\n\n%s",
             "en": "Hi %s,\n\nWe've got your order %s. Total %s. The invoice follows on delivery.\n\n%s"}[lang]
            % (d.person.split()[0], d.number, a(d.total), d.seller))
    return out


def main():
    recs = []
    for k in range(45):
        recs.append(INVOICE_LAYOUTS[k % len(INVOICE_LAYOUTS)](k // len(INVOICE_LAYOUTS)))
    recs += non_invoices()
    for n, r in enumerate(recs, 1):
        r["id"] = "inv-heldout-%03d" % n
    write(os.path.join(os.path.dirname(__file__), "..", "heldout.jsonl"), recs)
    print("%d records, %d invoices" % (len(recs), sum(r["is_invoice"] for r in recs)))


main()
