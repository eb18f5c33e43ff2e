"""train_threads: a training split of invoices sent inside conversations, and by other hands
than the invoicing tool's (the threads round).

Who sends: the owner from a phone ("Verzonden vanaf mijn iPhone", "Von meinem Smartphone
gesendet", "Sent from my Galaxy"), a bookkeeper or office manager writing "namens" / "on
behalf of" / "i. A.", a shared mailbox (administratie@, accounts@, buchhaltung@), an
assistant, the other partner of a two-person firm.  Each signature may carry the sender's
own KvK / BTW / VAT / USt-IdNr. / Companies House number, and a tax-rate line ("BTW 21 %").

The conversation: a reply to the customer's own mail, the earlier mail quoted below (Outlook
"Van: / Verzonden:", "Von: / Gesendet:", "From: / Sent:", "-----Original Message-----",
"Op … schreef …:", "Am … schrieb …:", "On … wrote:") or above (a bottom-posted answer);
subjects "Re:", "RE:", "AW:", "Antw:", "FW:", "WG:", "TR:", "Fwd:"; a quoted offer whose
total is not the invoice's; an invoice typed into the reply; a second PDF beside the
invoice (general terms, a work order, a test certificate), sometimes before it.

The non-invoices come from the same threads: a quote in reply to a request, "did you get
my invoice?", "I will send the invoice tomorrow", a supplier's bill forwarded to the
bookkeeper, a payment thanked for, a timesheet to approve, a billing-address question, a
delivery note, the owner's typed reminder, an order confirmation asking a deposit, an
out-of-office of the billing mailbox.

Labels follow corpus/invoices/README.md; facts come from the invoice only, never from the
quoted mail or the second document; `debtor_email` is the first envelope recipient.
Written by hand for training (the reader's rules are tuned on it); seeded; run it to write
../train-threads.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import money_in  # noqa: E402

SEED = 20261204
rng = random.Random(SEED)
D = datetime.date

# ---------------------------------------------------------------- the firms

FIRMS = {
    "nl": [
        dict(name="Hoveniersbedrijf Zwanenburg", domain="zwanenburg-tuinen.nl", street="Polderweg 31",
             city="1906 BK Limmen", ids=["KvK 70213345", "BTW NL004512876B01"], owner="Gerrit Zwanenburg",
             country="NL"),
        dict(name="Klusbedrijf Osinga", domain="osingaklus.nl", street="Dorpsstraat 88",
             city="9101 AD Dokkum", ids=["KvK 58120934", "Btw-id NL001987345B55"], owner="Sjoerd Osinga",
             country="NL"),
        dict(name="Vertaalbureau Linthorst", domain="linthorstvertalingen.nl", street="Emmastraat 5",
             city="7513 BA Enschede", ids=["KvK 66098127", "BTW-nr NL002345098B87"], owner="Ilse Linthorst",
             country="NL"),
        dict(name="Schildersbedrijf De Kwast", domain="dekwast-schilders.be", street="Molenstraat 12",
             city="9300 Aalst", ids=["Ondernemingsnr. 0712.345.908", "BTW BE0712345908"], owner="Wim Van Acker",
             country="BE"),
    ],
    "en": [
        dict(name="Fernhill Joinery Ltd", domain="fernhilljoinery.co.uk", street="Unit 3, Tannery Yard",
             city="Kendal LA9 4PQ", ids=["Company No. 10456782", "VAT Reg. GB 284 5521 07"], owner="Owen Pritchard",
             country="GB"),
        dict(name="Larkspur Garden Design", domain="larkspurgardens.co.uk", street="2 Vicarage Walk",
             city="Ludlow SY8 1DJ", ids=["VAT No. GB 391 2267 40"], owner="Hannah Cole", country="GB"),
        dict(name="Brennan & Daly Surveyors", domain="brennandaly.ie", street="14 Parnell Square",
             city="Dublin D01 R2X7", ids=["VAT IE 6387412TH", "CRO 612345"], owner="Aoife Brennan",
             country="IE"),
        dict(name="Tidewater Web Studio Ltd", domain="tidewaterweb.co.uk", street="40 Harbour Road",
             city="Falmouth TR11 2AB", ids=["Registered in England No. 11872093"], owner="Sam Treloar",
             country="GB"),
    ],
    "de": [
        dict(name="Malerbetrieb Hufnagel", domain="maler-hufnagel.de", street="Kirchgasse 7",
             city="97070 Würzburg", ids=["USt-IdNr. DE318265907", "Steuernr. 257/123/45678"],
             owner="Markus Hufnagel", country="DE"),
        dict(name="Sanitär Brandl GmbH", domain="sanitaer-brandl.de", street="Gewerbering 19",
             city="94032 Passau", ids=["HRB 9821 Amtsgericht Passau", "USt-IdNr. DE276543190"],
             owner="Florian Brandl", country="DE"),
        dict(name="Übersetzungen Kowalski", domain="kowalski-uebersetzungen.de", street="Feldstraße 22",
             city="24105 Kiel", ids=["USt-IdNr. DE301298456"], owner="Agnieszka Kowalski", country="DE"),
        dict(name="Zimmerei Gasser", domain="zimmerei-gasser.at", street="Dorfplatz 4",
             city="6060 Hall in Tirol", ids=["UID ATU71234509", "FN 412345x"], owner="Thomas Gasser",
             country="AT"),
    ],
}

# (name as the invoice prints it, block lines below it, mailbox, business, the person who wrote)
DEBTORS = {
    "nl": [
        ("Vereniging van Eigenaren Het Baken", ["Strandweg 40", "1931 AL Egmond aan Zee"],
         "beheer@vve-hetbaken.nl", True, "Ria Veldhuis"),
        ("Karin Bosma", ["Tulpstraat 9", "9203 KL Drachten"], "karinbosma@hotmail.com", False, "Karin Bosma"),
        ("Noordkaap Logistiek B.V.", ["Havenkade 3", "8601 BA Sneek"], "crediteuren@noordkaaplogistiek.nl", True,
         "Pieter Hoekstra"),
        ("Dhr. en mevr. Ter Horst", ["Zonnebloemlaan 14", "7522 DM Enschede"], "terhorst.familie@kpnmail.nl", False,
         "Frank ter Horst"),
        ("Bakkerij Lambrechts", ["Kerkplein 2", "9300 Aalst"], "info@bakkerijlambrechts.be", True, "Els Lambrechts"),
        ("Joris Meulenbelt", ["Beukenlaan 61", "7531 GE Enschede"], "joris.meulenbelt@gmail.com", False,
         "Joris Meulenbelt"),
    ],
    "en": [
        ("Harrowgate Veterinary Practice Ltd", ["9 Market Place", "Kendal LA9 4TN"], "accounts@harrowgatevets.co.uk",
         True, "Claire Benson"),
        ("Mr and Mrs Whitlock", ["Rose Cottage, Mill Lane", "Ludlow SY8 2BE"], "pwhitlock@btinternet.com", False,
         "Peter Whitlock"),
        ("Ciara Nolan", ["22 Sandymount Avenue", "Dublin D04 K6P2"], "ciara.nolan@gmail.com", False, "Ciara Nolan"),
        ("Penrose Holiday Lets LLP", ["The Old Barn, Penrose", "Helston TR13 0RB"], "bookings@penroselets.co.uk",
         True, "Tom Penrose"),
        ("Dr Amelia Hartigan", ["4 Castle Terrace", "Kendal LA9 7AU"], "amelia.hartigan@outlook.com", False,
         "Amelia Hartigan"),
        ("Ashcombe Parish Council", ["Village Hall, Church Road", "Ludlow SY8 3QQ"], "clerk@ashcombe-pc.gov.uk",
         True, "Linda Marsh"),
    ],
    "de": [
        ("Weinhaus Kessler GmbH", ["Rebenweg 11", "97080 Würzburg"], "buchhaltung@weinhaus-kessler.de", True,
         "Sabine Kessler"),
        ("Stefan und Miriam Egger", ["Auweg 5", "94036 Passau"], "egger.familie@gmx.de", False, "Miriam Egger"),
        ("Kanzlei Roth & Partner mbB", ["Holstenstraße 40", "24103 Kiel"], "sekretariat@kanzlei-roth.de", True,
         "Julia Roth"),
        ("Petra Unterberger", ["Salvatorgasse 3", "6060 Hall in Tirol"], "p.unterberger@aon.at", False,
         "Petra Unterberger"),
        ("Hausverwaltung Lindner KG", ["Domplatz 8", "94032 Passau"], "rechnungen@hv-lindner.de", True,
         "Klaus Lindner"),
        ("Dr. Henrik Sauer", ["Ringstraße 77", "97072 Würzburg"], "henrik.sauer@t-online.de", False, "Henrik Sauer"),
    ],
}

CUR = {"nl": "EUR", "de": "EUR", "en": "GBP"}


def money(lang, cents, firm=None):
    return money_in(currency(lang, firm) if firm else CUR[lang], lang, cents)


def currency(lang, firm):
    if lang == "en" and firm["country"] == "IE":
        return "EUR"
    return CUR[lang]


def dmy(lang, d):
    return mk.date(d, "dmy." if lang == "de" else ("dmy/" if lang == "en" else "dmy-"))


# ---------------------------------------------------------------- the hands (who sends)

def hand(lang, firm, kind):
    """(From address, From name, closing lines) for one of the senders a small firm has."""
    dom = firm["domain"]
    owner = firm["owner"]
    first = owner.split()[0]
    ids = " | ".join(firm["ids"])
    if kind == "phone":
        tail = {"nl": "Verzonden vanaf mijn iPhone", "en": "Sent from my Galaxy",
                "de": "Von meinem Smartphone gesendet"}[lang]
        return ("%s@%s" % (first.lower(), dom), owner, "%s\n\n%s" % ({"nl": "Gr. ", "en": "Cheers, ", "de": "VG "}[lang] + first, tail))
    if kind == "bookkeeper":
        person = {"nl": "Marieke Dijkstra", "en": "Janet Fowler", "de": "Heike Wendt"}[lang]
        role = {"nl": "Marieke Dijkstra\nadministratie, namens %s" % firm["name"],
                "en": "Janet Fowler\nBookkeeper, on behalf of %s" % firm["name"],
                "de": "i. A. Heike Wendt\nBuchhaltung %s" % firm["name"]}[lang]
        box = {"nl": "administratie", "en": "accounts", "de": "buchhaltung"}[lang]
        return ("%s@%s" % (box, dom), person, "%s\n%s\n%s\n%s" % (role, firm["street"], firm["city"], ids))
    if kind == "shared":
        box = {"nl": "info", "en": "office", "de": "info"}[lang]
        return ("%s@%s" % (box, dom), firm["name"], "%s\n%s · %s\n%s" % (firm["name"], firm["street"], firm["city"], ids))
    if kind == "assistant":
        person = {"nl": "Lotte Brouwer", "en": "Megan Price", "de": "Lena Vogel"}[lang]
        role = {"nl": "office manager", "en": "Office Manager", "de": "Büroorganisation"}[lang]
        env = {"nl": "Denk aan het milieu voordat u deze e-mail print.",
               "en": "Please consider the environment before printing this email.",
               "de": "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."}[lang]
        return ("%s@%s" % (person.split()[0].lower(), dom), person,
                "%s\n%s | %s\n%s\n\n%s" % (person, role, firm["name"], ids, env))
    if kind == "office":
        # a bookkeeping office sending for its client: the signature's numbers are the office's
        person, office, oids = {
            "nl": ("Ymke Terpstra", "Administratiekantoor Terpstra & Bakker", "KvK 34098711 | BTW NL008877665B01"),
            "en": ("Gareth Lloyd", "Ledgerline Bookkeeping Ltd", "Company No. 09911223 | VAT GB 552 1098 33"),
            "de": ("Sonja Hartl", "Steuerbüro Hartl", "USt-IdNr. DE265544109 | StB-Nr. 4471")}[lang]
        line = {"nl": "namens onze cliënt %s", "en": "for and on behalf of our client %s",
                "de": "im Auftrag unseres Mandanten %s"}[lang] % firm["name"]
        odom = {"nl": "terpstrabakker.nl", "en": "ledgerline.co.uk", "de": "steuerbuero-hartl.de"}[lang]
        return ("facturatie@%s" % odom if lang == "nl" else "billing@%s" % odom if lang == "en" else "faktura@%s" % odom,
                person, "%s\n%s\n%s\n%s" % (person, line, office, oids))
    # the other partner
    partner = {"nl": "Anouk", "en": "Rosie", "de": "Jana"}[lang]
    return ("%s@%s" % (partner.lower(), dom), "%s %s" % (partner, owner.split()[-1]),
            "%s\n%s\n%s" % (partner, firm["name"], ids))


# ---------------------------------------------------------------- quoted mails

def quote_header(style, who, mailbox, when, subject, to):
    """The attribution or header block a mail client sets above the mail it quotes."""
    if style == "outlook-nl":
        return "Van: %s <%s>\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n" % (who, mailbox, when.strftime("%d-%m-%Y 10:42"), to, subject)
    if style == "outlook-de":
        return "Von: %s <%s>\nGesendet: %s\nAn: %s\nBetreff: %s\n" % (who, mailbox, when.strftime("%d.%m.%Y 08:17"), to, subject)
    if style == "outlook-en":
        return "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n" % (who, mailbox, when.strftime("%d %B %Y 14:05"), to, subject)
    if style == "original-en":
        return "-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n" % (
            who, mailbox, when.strftime("%A, %d %B %Y 09:31"), to, subject)
    if style == "original-de":
        return "-----Ursprüngliche Nachricht-----\nVon: %s <%s>\nGesendet: %s\nAn: %s\nBetreff: %s\n" % (
            who, mailbox, when.strftime("%d.%m.%Y 16:02"), to, subject)
    if style == "fwd-nl":
        return "---------- Doorgestuurd bericht ---------\nVan: %s <%s>\nDatum: %s\nOnderwerp: %s\nAan: %s\n" % (
            who, mailbox, when.strftime("%d-%m-%Y 13:20"), subject, to)
    if style == "fwd-en":
        return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n" % (
            who, mailbox, when.strftime("%a, %d %b %Y at 11:52"), subject, to)
    if style == "fwd-de":
        return "Anfang der weitergeleiteten Nachricht:\n\nVon: %s <%s>\nBetreff: %s\nDatum: %s\nAn: %s\n" % (
            who, mailbox, subject, when.strftime("%d. %m. %Y um 10:05:33 MEZ"), to)
    if style == "fr-outlook":
        return "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (who, mailbox, when.strftime("%d/%m/%Y 11:47"), to, subject)
    if style == "original-nl":
        return "-----Oorspronkelijk bericht-----\nVan: %s <%s>\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n" % (
            who, mailbox, when.strftime("%d-%m-%Y 15:33"), to, subject)
    if style == "schreef":
        return "Op %d %s %d om 11:08 schreef %s <%s>:\n" % (when.day, mk.MONTHS["nl"][when.month - 1][:3] + ".", when.year, who, mailbox)
    if style == "schrieb":
        return "Am %s um 19:44 schrieb %s <%s>:\n" % (when.strftime("%d.%m.%Y"), who, mailbox)
    if style == "wrote":
        return "On %s at 20:15, %s <%s> wrote:\n" % (when.strftime("%a, %d %b %Y"), who, mailbox)
    raise ValueError(style)


def quoted(style, who, mailbox, when, subject, to, text):
    head = quote_header(style, who, mailbox, when, subject, to)
    if style in ("schreef", "schrieb", "wrote"):
        return head + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return head + "\n" + text


# ---------------------------------------------------------------- the invoice PDF

WORDS = {
    "nl": dict(title="FACTUUR", credit_title="CREDITFACTUUR", number="Factuurnummer", date="Factuurdatum",
               due="Vervaldatum", desc="Omschrijving", amount="Bedrag", sub="Subtotaal", vat="BTW 21%",
               total="Totaal", pay="Te betalen", deposit="Reeds voldaan (aanbetaling)",
               ask="Gelieve het bedrag vóór de vervaldatum over te maken op %s t.n.v. %s.",
               ref="Betalingskenmerk", term="Betaling binnen %d dagen na factuurdatum op %s t.n.v. %s."),
    "en": dict(title="INVOICE", credit_title="CREDIT NOTE", number="Invoice No.", date="Invoice date",
               due="Due date", desc="Description", amount="Amount", sub="Subtotal", vat="VAT 20%",
               total="Total", pay="Amount due", deposit="Less deposit paid",
               ask="Please pay by bank transfer to %s (%s) by the due date.",
               ref="Payment reference", term="Payment within %d days of the invoice date to %s, %s."),
    "de": dict(title="RECHNUNG", credit_title="GUTSCHRIFT", number="Rechnungsnummer", date="Rechnungsdatum",
               due="Fällig am", desc="Leistung", amount="Betrag", sub="Nettobetrag", vat="zzgl. 19 % USt.",
               total="Gesamtbetrag", pay="Zahlbetrag", deposit="abzgl. Anzahlung",
               ask="Bitte überweisen Sie den Betrag bis zum Fälligkeitsdatum auf %s (%s).",
               ref="Verwendungszweck", term="Zahlbar innerhalb von %d Tagen auf %s, Kontoinhaber %s."),
}
VAT_RATE = {"nl": 21, "en": 20, "de": 19}


def invoice_pages(lang, firm, inv, extra_page=None):
    w = WORDS[lang]
    p = mk.Page()
    p.text(56, 60, firm["name"], 16, True)
    p.text(56, 76, "%s · %s" % (firm["street"], firm["city"]), 8)
    y = 140
    for line in [inv["debtor_name"]] + inv["debtor_lines"]:
        p.text(56, y, line, 10)
        y += 13
    p.text(56, 230, w["credit_title"] if inv["credit"] else w["title"], 18, True)
    p.text(56, 256, w["number"] + ":", 9)
    p.text(170, 256, inv["number"], 9)
    p.text(56, 269, w["date"] + ":", 9)
    p.text(170, 269, dmy(lang, inv["issue"]), 9)
    if inv["due"] and not inv["term_days"]:
        p.text(56, 282, w["due"] + ":", 9)
        p.text(170, 282, dmy(lang, inv["due"]), 9)
    y = 320
    p.text(56, y, w["desc"], 9, True)
    p.right(539, y, w["amount"], 9, True)
    p.rule(56, y + 5, 539, y + 5)
    y += 20
    for desc, cents in inv["items"]:
        p.text(56, y, desc, 9)
        p.right(539, y, money(lang, cents, firm), 9)
        y += 14
    p.rule(56, y, 539, y)
    y += 16
    net = sum(c for _, c in inv["items"])
    p.text(330, y, w["sub"], 9)
    p.right(539, y, money(lang, net, firm), 9)
    y += 14
    p.text(330, y, w["vat"].replace("20%", "%d%%" % inv["vat_rate"]) if lang == "en" else w["vat"], 9)
    p.right(539, y, money(lang, inv["total"] - net, firm), 9)
    y += 14
    p.text(330, y, w["total"], 10, True)
    p.right(539, y, money(lang, inv["total"], firm), 10, True)
    if inv["deposit"]:
        y += 14
        p.text(330, y, w["deposit"], 9)
        p.right(539, y, "-" + money(lang, inv["deposit"], firm), 9)
        y += 14
        p.text(330, y, w["pay"], 10, True)
        p.right(539, y, money(lang, inv["total"] - inv["deposit"], firm), 10, True)
    y += 40
    if not inv["credit"]:
        if inv["term_days"]:
            p.text(56, y, w["term"] % (inv["term_days"], mk.iban_spaced(inv["iban"]), firm["name"]), 9)
        else:
            p.text(56, y, w["ask"] % (mk.iban_spaced(inv["iban"]), firm["name"]), 9)
        if inv["reference"]:
            y += 14
            p.text(56, y, "%s: %s" % (w["ref"], inv["reference_printed"]), 9)
    p.text(56, 800, "%s · %s · IBAN %s" % (firm["name"], " · ".join(firm["ids"]), mk.iban_spaced(inv["iban"])), 7)
    pages = [p]
    if extra_page:
        pages.append(extra_page)
    return pages


def terms_page(lang, firm):
    """General terms: day counts, a percentage and a date of their own, none the invoice's."""
    p = mk.Page()
    title = {"nl": "Algemene voorwaarden %s" % firm["name"], "en": "Terms of Business — %s" % firm["name"],
             "de": "Allgemeine Geschäftsbedingungen der %s" % firm["name"]}[lang]
    p.text(56, 60, title, 13, True)
    lines = {
        "nl": ["Artikel 1 – Toepasselijkheid", "Deze voorwaarden gelden voor alle offertes en opdrachten.",
               "Artikel 6 – Betaling", "Betaling dient te geschieden binnen 21 dagen na factuurdatum.",
               "Bij niet tijdige betaling is de wettelijke rente verschuldigd, vermeerderd met 15% incassokosten.",
               "Artikel 9 – Klachten", "Klachten worden binnen 8 dagen na oplevering schriftelijk gemeld.",
               "Gedeponeerd bij de Kamer van Koophandel op 1 maart 2024."],
        "en": ["1. Definitions", "These terms apply to every quotation and order accepted by us.",
               "7. Payment", "Unless agreed otherwise, invoices are payable within 45 days.",
               "Interest on late payment accrues at 8% above the Bank of England base rate.",
               "9. Cancellation", "Orders cancelled within 10 days of delivery incur a 25% restocking fee.",
               "Version 3, effective 1 June 2025."],
        "de": ["§ 1 Geltungsbereich", "Diese Bedingungen gelten für alle Angebote und Aufträge.",
               "§ 5 Zahlung", "Rechnungen sind innerhalb von 10 Tagen ohne Abzug zahlbar.",
               "Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 % Skonto nur nach Vereinbarung.",
               "§ 8 Gewährleistung", "Mängel sind innerhalb von 14 Tagen schriftlich anzuzeigen.",
               "Stand: 01.01.2025"],
    }[lang]
    y = 100
    for line in lines:
        p.text(56, y, line, 9, line[:1] in "§A1" and len(line) < 40)
        y += 15
    return [p]


def workorder_page(lang, firm, debtor, when):
    p = mk.Page()
    title = {"nl": "WERKBON", "en": "WORK ORDER / JOB SHEET", "de": "ARBEITSNACHWEIS"}[lang]
    p.text(56, 60, title, 15, True)
    p.text(56, 80, firm["name"], 9)
    rows = {
        "nl": [("Werkbonnummer", "WB-%d" % rng.randint(3000, 3999)), ("Datum uitvoering", dmy(lang, when)),
               ("Klant", debtor), ("Uren", "6,5"), ("Materiaal", "zie bijlage"),
               ("Handtekening klant", "akkoord")],
        "en": [("Job No.", "J-%d" % rng.randint(700, 999)), ("Date attended", dmy(lang, when)), ("Customer", debtor),
               ("Engineer hours", "4.5"), ("Parts", "see invoice"), ("Customer signature", "signed on site")],
        "de": [("Auftragsnummer", "A-%d" % rng.randint(5000, 5999)), ("Ausführung am", dmy(lang, when)),
               ("Kunde", debtor), ("Arbeitsstunden", "7,0"), ("Material", "laut Rechnung"),
               ("Unterschrift Kunde", "erteilt")],
    }[lang]
    y = 120
    for k, v in rows:
        p.text(56, y, k, 9, True)
        p.text(220, y, v, 9)
        y += 16
    return [p]


def certificate_page(lang, firm, when):
    p = mk.Page()
    title = {"nl": "KEURINGSRAPPORT CV-INSTALLATIE", "en": "GAS SAFETY RECORD",
             "de": "PRÜFPROTOKOLL DRUCKPRÜFUNG"}[lang]
    p.text(56, 60, title, 14, True)
    rows = {
        "nl": ["Rapportnummer K-%d" % rng.randint(100, 999), "Datum keuring: %s" % dmy(lang, when),
               "Resultaat: goedgekeurd", "Volgende keuring vóór %s" % dmy(lang, when + datetime.timedelta(days=365))],
        "en": ["Certificate No. GSR-%d" % rng.randint(10000, 99999), "Date of inspection: %s" % dmy(lang, when),
               "Appliances tested: 2 — both pass", "Next inspection due by %s" % dmy(lang, when + datetime.timedelta(days=365))],
        "de": ["Protokoll-Nr. P-%d" % rng.randint(1000, 9999), "Prüfdatum: %s" % dmy(lang, when),
               "Prüfdruck 10 bar, 30 Minuten, dicht", "Nächste Prüfung bis %s" % dmy(lang, when + datetime.timedelta(days=730))],
    }[lang]
    y = 100
    for line in rows:
        p.text(56, y, line, 10)
        y += 16
    p.text(56, 800, firm["name"], 7)
    return [p]


def timesheet_page(lang, firm, debtor, month):
    p = mk.Page()
    p.text(56, 60, {"nl": "URENOVERZICHT", "en": "TIMESHEET", "de": "STUNDENNACHWEIS"}[lang], 15, True)
    p.text(56, 80, "%s — %s" % (firm["name"], debtor), 9)
    y = 120
    total = 0
    for i in range(5):
        d = month + datetime.timedelta(days=3 * i)
        h = rng.choice([2, 3, 4, 6, 8])
        total += h
        p.text(56, y, dmy(lang, d), 9)
        p.right(300, y, str(h), 9)
        y += 14
    p.text(56, y + 10, {"nl": "Totaal uren", "en": "Total hours", "de": "Summe Stunden"}[lang], 9, True)
    p.right(300, y + 10, str(total), 9, True)
    return [p]


def document_pages(lang, firm, debtor, title, number_label, number, when, items, total_label):
    """A quote, a delivery note, a statement, an order confirmation: one page of rows."""
    p = mk.Page()
    p.text(56, 60, firm["name"], 15, True)
    p.text(56, 76, "%s · %s" % (firm["street"], firm["city"]), 8)
    p.text(56, 140, debtor, 10)
    p.text(56, 220, title, 17, True)
    p.text(56, 246, "%s: %s" % (number_label, number), 9)
    p.text(56, 259, dmy(lang, when), 9)
    y = 300
    total = 0
    for desc, cents in items:
        p.text(56, y, desc, 9)
        if cents is not None:
            p.right(539, y, money(lang, cents, firm), 9)
            total += cents
        y += 14
    if total_label:
        p.rule(330, y, 539, y)
        p.text(330, y + 14, total_label, 10, True)
        p.right(539, y + 14, money(lang, total, firm), 10, True)
    p.text(56, 800, "%s · %s" % (firm["name"], " · ".join(firm["ids"])), 7)
    return [p]


# ---------------------------------------------------------------- the mails

JOBS = {
    "nl": [("Snoeien en afvoeren groen", 38500), ("Herstel schutting achtertuin", 61250), ("Vertaling jaarverslag NL-EN", 94000),
           ("Schilderwerk kozijnen voorgevel", 142000), ("Vervangen dakgoot", 48775), ("Aanleg grindpad", 73600)],
    "en": [("Fitted oak shelving, living room", 128000), ("Garden planting plan and supply", 86450),
           ("Building survey, Level 3", 95000), ("Website maintenance, quarter", 54000),
           ("Replacement sash window", 112500), ("Hedge reduction and clearance", 32000)],
    "de": [("Malerarbeiten Treppenhaus", 187400), ("Austausch Heizkörperventile", 64320),
           ("Fachübersetzung Vertrag DE-PL", 71150), ("Dachstuhl Reparatur Carport", 156000),
           ("Badsanierung Teilleistung", 238000), ("Fassadenanstrich Nordseite", 98500)],
}

REPLY_PREFIX = {"nl": ["Re: ", "RE: ", "Antw: "], "en": ["Re: ", "RE: "], "de": ["AW: ", "AW: AW: ", "Re: "]}
FORWARD_PREFIX = {"nl": ["FW: ", "Doorst: ", "TR: "], "en": ["FW: ", "Fwd: "], "de": ["WG: ", "Fwd: "]}


def make_invoice(lang, firm, debtor, k, issue, term_days=None, deposit=0, credit=False, reference=False):
    name, lines, box, business, person = debtor
    job, net = JOBS[lang][k % len(JOBS[lang])]
    net += rng.randint(0, 40) * 25
    items = [(job, net)]
    if k % 3 == 0:
        extra = rng.randint(4, 30) * 500
        items.append(({"nl": "Materiaal", "en": "Materials", "de": "Material"}[lang], extra))
        net += extra
    vat_rate = VAT_RATE[lang] if not (lang == "en" and firm["country"] == "IE") else 23
    if lang == "nl" and firm["country"] == "BE":
        vat_rate = 21
    total = net + round(net * vat_rate / 100)
    if credit:
        items = [(i[0], -i[1]) for i in items]
        total = -total
    prefix = {"nl": "F", "en": "INV-", "de": "RE-"}[lang]
    number = "%s%d-%04d" % (prefix if lang != "en" else "INV-", issue.year, rng.randint(20, 480)) if lang != "en" \
        else "INV-%05d" % rng.randint(1200, 9800)
    due = None if credit else issue + datetime.timedelta(days=term_days or 14)
    ref = ref_printed = None
    if reference and not credit:
        if lang == "de":
            ref = ref_printed = "KD%d%s" % (rng.randint(1000, 9999), number.replace("-", ""))
        elif lang == "nl":
            digits = "".join(rng.choice("0123456789") for _ in range(16))
            ref, ref_printed = digits, " ".join(digits[i:i + 4] for i in range(0, 16, 4))
        else:
            ref = ref_printed = "%s%s" % (name.split()[-1][:4].upper(), number[-4:])
    return dict(number=number, issue=issue, due=due, term_days=term_days, items=items, total=total,
                deposit=deposit if deposit < abs(total) else 0, credit=credit, vat_rate=vat_rate,
                debtor_name=name, debtor_lines=lines, business=business, person=person, box=box,
                iban=firm["iban"], reference=ref, reference_printed=ref_printed)


def expected_of(lang, firm, inv, rcpt):
    due_cents = inv["total"] - inv["deposit"]
    return mk.expected(inv["number"], due_cents, inv["total"], inv["issue"], inv["due"], inv["debtor_name"], rcpt,
                       inv["iban"], inv["business"], lang, reference=inv["reference"],
                       currency=currency(lang, firm), credit=inv["credit"])


COVER = {
    "nl": ["In de bijlage vind je de factuur %s voor de werkzaamheden.",
           "Hierbij de factuur %s, zoals afgesproken.",
           "Bijgaand ontvangt u factuur %s. Dank voor de opdracht!"],
    "en": ["Please find attached invoice %s for the work.",
           "Attached is our invoice %s as discussed.",
           "Here is invoice %s — thanks again for having us."],
    "de": ["anbei erhalten Sie unsere Rechnung %s für die ausgeführten Arbeiten.",
           "im Anhang finden Sie die Rechnung %s.",
           "wie besprochen sende ich Ihnen die Rechnung %s."],
}
GREET = {"nl": "Beste %s,", "en": "Hi %s,", "de": "Guten Tag %s,"}

CUSTOMER_ASKS = {
    # what the customer wrote before: a question, and an offer quoted with a total not the invoice's
    "nl": ["Hoi, de tuin ziet er prachtig uit. Kun je de factuur sturen? Dan betaal ik hem deze week.\nDe offerte was € 2.145,00 incl. btw, klopt dat nog?",
           "Goedemorgen, wanneer kunnen we de rekening verwachten? Onze administratie sluit vrijdag de maand af.\nDe aanbetaling is al voldaan, die kunt u eraf halen.",
           "Graag de factuur op naam van de VvE en niet op mijn eigen naam. Vorige keer ging dat mis.\nOfferte O-2026-118: totaal € 4.980,00."],
    "en": ["Hello, all looks great. Could you send over the invoice when you get a chance? Your quote Q-3381 said £2,360.00.",
           "Hi, our accounts team needs the invoice by Friday to include it in this month's run. PO 77120 please.\nThe deposit has already been paid, by the way.",
           "Thanks for coming out on Tuesday. Is the bill on its way? Happy to pay straight away."],
    "de": ["Guten Tag, die Arbeiten sind abgeschlossen, vielen Dank. Bitte senden Sie uns die Rechnung zu.\nIhr Angebot Nr. AN-2026-77 lautete über 3.480,00 €.",
           "Hallo, können Sie mir bitte die Rechnung schicken? Ich brauche sie für die Steuer.\nDie Anzahlung wurde schon bezahlt.",
           "Sehr geehrter Herr, wir bitten um Zusendung der Rechnung mit unserer Bestellnummer 45-2290."],
}


def invoice_mail(rid, lang, firm, debtor, k, issue, hand_kind, thread, quote_style, kind="pdf",
                 extra=None, term_days=None, deposit=0, credit=False, reference=False, answer_first=None,
                 bottom_post=False, cc=False, late=False, corrected=False, prefix=None, quoted_offer=False,
                 fresh=None, stage=False):
    inv = make_invoice(lang, firm, debtor, k, issue, term_days, deposit, credit, reference)
    sender, sender_name, closing = hand(lang, firm, hand_kind)
    name, lines, box, business, person = debtor
    rcpt = box
    subj_base = {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % inv["number"]
    asked = CUSTOMER_ASKS[lang][k % 3]
    ask_subject = {"nl": "Factuur tuin / werkzaamheden", "en": "Invoice for the job", "de": "Rechnung Auftrag"}[lang]
    extra_headers = []
    sent = issue + datetime.timedelta(days=rng.choice([0, 0, 1, 3]))
    if late:
        sent = issue + datetime.timedelta(days=rng.randint(16, 26))
    if kind == "loose":
        sent = issue  # the typed note has no date of its own: the mail's Date is its issue date
    if quoted_offer:
        asked = OFFER_ACCEPTED[lang] + "\n\n" + quoted(
            {"nl": "schreef", "en": "wrote", "de": "schrieb"}[lang], firm["owner"],
            "%s@%s" % (firm["owner"].split()[0].lower(), firm["domain"]), issue - datetime.timedelta(days=30),
            "", person, OFFER[lang])
    if corrected:
        asked = CORRECTION_ASKS[lang]
    if thread == "reply":
        subject = (prefix or rng.choice(REPLY_PREFIX[lang])) + ask_subject
        if fresh:
            # a corrected invoice sent over the customer's request under a subject of its own
            subject = FRESH_SUBJECT[lang] % inv["number"]
        if fresh != "bare":
            extra_headers += ["In-Reply-To: <%x@%s>" % (rng.getrandbits(48), box.split("@")[1]),
                              "References: <%x@%s>" % (rng.getrandbits(48), box.split("@")[1])]
        quote = quoted(quote_style, person, box, sent - datetime.timedelta(days=2), ask_subject, sender, asked)
    elif thread == "forward":
        subject = (prefix or rng.choice(FORWARD_PREFIX[lang])) + subj_base
        first_to = "%s <%s>" % (person, "%s@%s" % (person.split()[0].lower(), box.split("@")[1]))
        first_text = (GREET[lang] % person.split()[0]) + "\n\n" + COVER[lang][0] % inv["number"] + "\n\n" + firm["owner"]
        quote = quoted(quote_style, firm["owner"], "%s@%s" % (firm["owner"].split()[0].lower(), firm["domain"]),
                       issue, subj_base, first_to, first_text)
        if cc:
            extra_headers.append("Cc: %s" % first_to)
    else:
        subject = subj_base
        quote = None
    greet = GREET[lang] % (person.split()[0] if not business else person.split()[0])
    own = []
    if answer_first:
        own.append(answer_first)
    if late:
        own.append(LATE[lang])
    if stage:
        own.append(STAGE[lang])
    if kind == "pdf" and corrected:
        own.append(CORRECTED[lang] % inv["number"])
    elif kind == "pdf":
        own.append(COVER[lang][k % 3] % inv["number"])
        if thread == "forward":
            own.insert(0, {"nl": "Ter info: hieronder de factuur die eerder naar jullie contactpersoon ging.",
                           "en": "Forwarding the invoice below, sent to your colleague earlier, for your payables team.",
                           "de": "zur Info leite ich Ihnen die Rechnung weiter, die zuvor an Ihren Ansprechpartner ging."}[lang])
    elif kind == "loose":
        own = [loose_invoice(lang, firm, inv)] + own
    else:
        own.append(typed_invoice(lang, firm, inv))
    body_own = greet + "\n\n" + "\n\n".join(own) + "\n\n" + closing
    if quote and bottom_post:
        body = quote + "\n\n" + body_own
    elif quote:
        body = body_own + "\n\n" + quote
    else:
        body = body_own
    extra_pages = None
    pdf2 = None
    pages2 = None
    fname2 = None
    if extra == "terms":
        pages2, fname2, pdf2 = terms_page(lang, firm), {"nl": "Algemene_voorwaarden.pdf", "en": "Terms_of_Business.pdf", "de": "AGB.pdf"}[lang], "after"
    elif extra == "workorder":
        pages2, fname2, pdf2 = workorder_page(lang, firm, name, issue - datetime.timedelta(days=2)), \
            {"nl": "werkbon.pdf", "en": "job-sheet.pdf", "de": "Arbeitsnachweis.pdf"}[lang], "before"
    elif extra == "certificate":
        pages2, fname2, pdf2 = certificate_page(lang, firm, issue - datetime.timedelta(days=1)), \
            {"nl": "Keuringsrapport.pdf", "en": "Gas_Safety_Record.pdf", "de": "Pruefprotokoll.pdf"}[lang], "after"
    elif extra == "page2":
        extra_pages = terms_page(lang, firm)[0]
    elif extra in ("deliverynote2", "hours2", "pricelist2"):
        extra_pages = second_page(lang, firm, extra, issue)
    elif extra == "signed-order":
        pages2 = document_pages(lang, firm, name, {"nl": "OPDRACHTBEVESTIGING", "en": "ORDER CONFIRMATION",
                                                   "de": "AUFTRAGSBESTÄTIGUNG"}[lang],
                                {"nl": "Opdrachtnummer", "en": "Order No.", "de": "Auftragsnummer"}[lang],
                                "OB-%d" % rng.randint(300, 399), issue - datetime.timedelta(days=40),
                                [(inv["items"][0][0], None), ({"nl": "Voor akkoord getekend", "en": "Signed as agreed",
                                                               "de": "Unterschrieben zurück"}[lang], None)], None)
        fname2, pdf2 = {"nl": "opdrachtbevestiging_getekend.pdf", "en": "order_signed.pdf",
                        "de": "Auftragsbestaetigung_unterschrieben.pdf"}[lang], "before"
    elif extra == "deliverynote-pdf":
        pages2 = document_pages(lang, firm, name, {"nl": "PAKBON", "en": "DELIVERY NOTE", "de": "LIEFERSCHEIN"}[lang],
                                {"nl": "Pakbonnummer", "en": "Delivery note no.", "de": "Lieferschein-Nr."}[lang],
                                "LS-%d" % rng.randint(600, 699), issue - datetime.timedelta(days=3),
                                [(inv["items"][0][0], None)], None)
        fname2, pdf2 = {"nl": "pakbon.pdf", "en": "delivery_note.pdf", "de": "Lieferschein.pdf"}[lang], "before"
    elif extra == "photoreport":
        pages2, fname2, pdf2 = photo_report(lang, firm, issue), \
            {"nl": "fotorapport.pdf", "en": "photo-report.pdf", "de": "Fotodokumentation.pdf"}[lang], "before"
    to_header = "%s <%s>" % (person, box)
    if kind == "loose":
        body = "\n\n".join(own) + "\n\n" + closing + ("\n\n" + quote if quote else "")
    eml = mk.mail(rng, sender, sender_name, to_header, subject, sent, body_text=body, pdf=(kind == "pdf"),
                  extra_headers=extra_headers, pdf2=pdf2)
    pages = invoice_pages(lang, firm, inv, extra_pages) if kind == "pdf" else None
    fname = {"nl": "Factuur_%s.pdf", "en": "Invoice_%s.pdf", "de": "Rechnung_%s.pdf"}[lang] % inv["number"]
    env = {"mail_from": sender, "rcpt_to": [rcpt]}
    note = "%s, %s, %s%s" % (hand_kind, thread, quote_style or "-", (", " + extra) if extra else "")
    return mk.record(rid, "thread", lang, "pdf" if kind == "pdf" else "body-text", env, eml, pages, fname,
                     expected_of(lang, firm, inv, rcpt), note=note, pages2=pages2, pdf2_filename=fname2)


OFFER_ACCEPTED = {"nl": "Hoi, alles is netjes afgerond, dank je wel! Stuur de rekening maar.",
                  "en": "All finished and looks lovely, thank you. Send the bill over whenever.",
                  "de": "Alles erledigt, vielen Dank! Schicken Sie uns gern die Rechnung."}
OFFER = {"nl": "OFFERTE O-2026-0412\nWerkzaamheden volgens bespreking\nTotaal € 2.450,00 incl. btw\nDeze offerte is geldig tot 31-12-2026.\nNa oplevering sturen wij de factuur.",
         "en": "QUOTATION Q-2291\nWork as discussed on site\nTotal £2,940.00 including VAT\nThis quote is valid for 30 days.\nWe'll send the invoice once the work is complete.",
         "de": "ANGEBOT AN-2026-188\nArbeiten wie besprochen\nAngebotssumme 3.120,00 € inkl. MwSt.\nDas Angebot ist gültig bis 31.12.2026.\nDie Rechnung erhalten Sie nach Abschluss der Arbeiten."}


def loose_invoice(lang, firm, inv):
    """An invoice typed from a phone, in a few lines and no layout."""
    total = money(lang, inv["total"], firm)
    job = inv["items"][0][0].lower()
    if lang == "nl":
        return ("Hoi %s,\n\nHierbij de rekening voor de %s, factuurnr. %s: %s incl. btw.\n"
                "Wil je het binnen 14 dagen overmaken op %s t.n.v. %s?" %
                (inv["person"].split()[0], job, inv["number"], total, mk.iban_spaced(inv["iban"]), firm["name"]))
    if lang == "en":
        return ("Hi %s,\n\nThe bill for the %s: invoice %s, %s incl. VAT.\n"
                "Payment within 14 days please, to %s (%s)." %
                (inv["person"].split()[0], job, inv["number"], total, mk.iban_spaced(inv["iban"]), firm["name"]))
    return ("Hallo %s,\n\nhier die Rechnung für %s, Rechnungsnr. %s: %s inkl. MwSt.\n"
            "Bitte innerhalb von 14 Tagen auf %s (%s) überweisen." %
            (inv["person"].split()[0], job, inv["number"], total, mk.iban_spaced(inv["iban"]), firm["name"]))


def second_page(lang, firm, what, issue):
    """Page 2 of the invoice PDF: another document with numbers of its own."""
    p = mk.Page()
    if what == "deliverynote2":
        title = {"nl": "PAKBON", "en": "DELIVERY NOTE", "de": "LIEFERSCHEIN"}[lang]
        rows = [({"nl": "Geleverd op", "en": "Delivered on", "de": "Geliefert am"}[lang], dmy(lang, issue - datetime.timedelta(days=5))),
                ({"nl": "Pakbonnummer", "en": "Delivery note no.", "de": "Lieferschein-Nr."}[lang], "LS-%d" % rng.randint(4000, 4999)),
                ({"nl": "Aantal colli", "en": "Packages", "de": "Packstücke"}[lang], "3")]
    elif what == "hours2":
        title = {"nl": "URENSPECIFICATIE", "en": "HOURS STATEMENT", "de": "STUNDENAUFSTELLUNG"}[lang]
        rows = [(dmy(lang, issue - datetime.timedelta(days=d)), "%d,5" % (d % 5 + 2)) for d in (9, 8, 6, 3)]
    else:
        title = {"nl": "PRIJSLIJST 2027", "en": "PRICE LIST 2027", "de": "PREISLISTE 2027"}[lang]
        rows = [({"nl": "Uurtarief", "en": "Hourly rate", "de": "Stundensatz"}[lang], money(lang, 6250, firm)),
                ({"nl": "Voorrijkosten", "en": "Call-out", "de": "Anfahrt"}[lang], money(lang, 3900, firm)),
                ({"nl": "Geldig vanaf", "en": "Valid from", "de": "Gültig ab"}[lang], dmy(lang, D(2027, 1, 1)))]
    p.text(56, 60, title, 15, True)
    y = 100
    for k_, v in rows:
        p.text(56, y, k_, 9)
        p.right(400, y, v, 9)
        y += 15
    return p


def photo_report(lang, firm, issue):
    p = mk.Page()
    p.text(56, 60, {"nl": "FOTORAPPORTAGE OPLEVERING", "en": "PHOTO REPORT — COMPLETION",
                    "de": "FOTODOKUMENTATION ABNAHME"}[lang], 15, True)
    for i in range(3):
        p.rule(56, 100 + i * 200, 539, 100 + i * 200)
        p.text(56, 120 + i * 200, {"nl": "Foto %d – situatie na afloop, %s", "en": "Photo %d — after completion, %s",
                                   "de": "Bild %d – Zustand nach Abschluss, %s"}[lang] % (i + 1, dmy(lang, issue - datetime.timedelta(days=1))), 9)
    p.text(56, 800, firm["name"], 7)
    return [p]


def typed_invoice(lang, firm, inv):
    """An invoice typed into the reply itself."""
    due = dmy(lang, inv["due"])
    total = money(lang, inv["total"], firm)
    job = inv["items"][0][0]
    if lang == "nl":
        return ("Hierbij de factuur, direct in de mail:\n\nFactuur aan: %s\nFactuurnummer: %s\nFactuurdatum: %s\n%s\n"
                "Totaal incl. 21%% btw: %s\nGraag voldoen vóór %s op %s t.n.v. %s." %
                (inv["debtor_name"], inv["number"], dmy(lang, inv["issue"]), job, total, due,
                 mk.iban_spaced(inv["iban"]), firm["name"]))
    if lang == "en":
        return ("Here is the invoice for it:\n\nBill to: %s\nInvoice number: %s\nDate: %s\n%s\nTotal (incl. VAT): %s\n"
                "Payment due by %s to %s, account name %s." %
                (inv["debtor_name"], inv["number"], dmy(lang, inv["issue"]), job, total, due, mk.iban_spaced(inv["iban"]), firm["name"]))
    return ("hier die Rechnung direkt in der Mail:\n\nRechnungsempfänger: %s\nRechnungsnummer: %s\nRechnungsdatum: %s\n%s\n"
            "Gesamtbetrag inkl. 19 %% MwSt.: %s\nZahlbar bis %s auf %s, Kontoinhaber %s." %
            (inv["debtor_name"], inv["number"], dmy(lang, inv["issue"]), job, total, due, mk.iban_spaced(inv["iban"]), firm["name"]))


STAGE = {"nl": "Dit is de termijnfactuur voor de eerste fase; de eindfactuur volgt na oplevering.",
         "en": "This is the stage invoice for the first phase; the final invoice will follow once the job is signed off.",
         "de": "Dies ist die Abschlagsrechnung für den ersten Bauabschnitt; die Schlussrechnung folgt nach der Abnahme."}
FRESH_SUBJECT = {"nl": "Gecorrigeerde factuur %s", "en": "Invoice %s (reissued)", "de": "Korrigierte Rechnung %s"}
LATE = {"nl": "Sorry voor de late factuur, het was een drukke maand.",
        "en": "Apologies for the delay in getting this out to you.",
        "de": "Entschuldigen Sie bitte, dass die Rechnung erst jetzt kommt."}
CORRECTED = {"nl": "Hierbij de aangepaste factuur %s, nu op het juiste adres. Het nummer en de datum blijven gelijk.",
             "en": "Attached is invoice %s reissued with your PO number on it; number and date are unchanged.",
             "de": "anbei die korrigierte Rechnung %s mit der richtigen Rechnungsanschrift."}
CORRECTION_ASKS = {
    "nl": "Goedemiddag, de factuur staat nog op ons oude adres. Kunt u hem aanpassen en opnieuw sturen?\nDe vorige factuur kunnen we zo niet verwerken.",
    "en": "Hi, we can't process the invoice without our PO number (PO 88213). Could you reissue it please?",
    "de": "Guten Tag, die Rechnung ist an unsere alte Anschrift adressiert. Bitte schicken Sie uns eine korrigierte Fassung.",
}

ANSWERS = {
    "nl": ["Dinsdag 15 december om 9 uur past prima, dan komen we de laatste tegels leggen.",
           "Het materiaal is besteld en komt donderdag binnen."],
    "en": ["Yes, Thursday 10 December works for the second visit, we'll be there by 8.",
           "The spare part arrived this morning, so that's all sorted."],
    "de": ["Der Termin am Montag, 7. Dezember, um 8 Uhr passt uns gut.",
           "Das Ersatzteil ist heute eingetroffen."],
}

INVOICE_PLAN = [
    # lang, hand, thread, quote style, kind, extra, options
    ("nl", "phone", "reply", "schreef", "pdf", None, {"late": True}),
    ("nl", "bookkeeper", "reply", "outlook-nl", "pdf", "signed-order", {}),
    ("nl", "shared", "forward", "outlook-nl", "pdf", None, {"cc": True}),
    ("nl", "assistant", "reply", "schreef", "pdf", "workorder", {"answer": 0}),
    ("nl", "partner", "reply", "outlook-nl", "body", None, {}),
    ("nl", "phone", "reply", "schreef", "pdf", None, {"bottom": True, "quoted_offer": True}),
    ("nl", "bookkeeper", "none", None, "pdf", "certificate", {"reference": True}),
    ("nl", "shared", "reply", "outlook-nl", "pdf", "deliverynote2", {"term": 30, "answer": 0}),
    ("nl", "assistant", "forward", "fwd-nl", "pdf", "page2", {}),
    ("nl", "phone", "reply", "outlook-nl", "loose", None, {"debtor": 1}),
    ("nl", "bookkeeper", "reply", "schreef", "pdf", None, {"deposit": 50000, "stage": True}),
    ("nl", "partner", "forward", "fr-outlook", "pdf", "terms", {"credit": True, "prefix": "TR: "}),
    ("nl", "office", "reply", "schreef", "pdf", None, {}),
    ("nl", "assistant", "reply", "original-nl", "pdf", None, {"reference": True, "corrected": True, "fresh": "bare"}),
    ("en", "phone", "reply", "wrote", "pdf", None, {"late": True}),
    ("en", "bookkeeper", "reply", "original-en", "pdf", "terms", {"corrected": True, "fresh": "threaded"}),
    ("en", "shared", "forward", "outlook-en", "pdf", "signed-order", {"cc": True}),
    ("en", "assistant", "reply", "outlook-en", "pdf", "certificate", {"answer": 0, "quoted_offer": True}),
    ("en", "partner", "reply", "wrote", "body", None, {}),
    ("en", "phone", "reply", "outlook-en", "pdf", None, {"bottom": True}),
    ("en", "bookkeeper", "forward", "fwd-en", "pdf", "workorder", {}),
    ("en", "shared", "reply", "wrote", "pdf", "hours2", {"term": 30, "answer": 0}),
    ("en", "assistant", "reply", "original-en", "pdf", "page2", {"reference": True, "stage": True}),
    ("en", "phone", "reply", "wrote", "loose", None, {"debtor": 2}),
    ("en", "bookkeeper", "reply", "outlook-en", "pdf", None, {"deposit": 40000}),
    ("en", "partner", "none", None, "pdf", None, {}),
    ("en", "office", "reply", "outlook-en", "pdf", None, {}),
    ("en", "assistant", "reply", "wrote", "pdf", None, {"prefix": "RE: FW: "}),
    ("de", "phone", "reply", "schrieb", "pdf", None, {"late": True}),
    ("de", "bookkeeper", "reply", "outlook-de", "pdf", "deliverynote-pdf", {}),
    ("de", "shared", "forward", "outlook-de", "pdf", None, {"cc": True, "stage": True}),
    ("de", "assistant", "reply", "original-de", "pdf", "photoreport", {"answer": 0}),
    ("de", "partner", "reply", "schrieb", "body", None, {}),
    ("de", "phone", "reply", "outlook-de", "pdf", None, {"bottom": True}),
    ("de", "bookkeeper", "none", None, "pdf", "certificate", {"reference": True}),
    ("de", "shared", "reply", "schrieb", "pdf", "pricelist2", {"term": 21, "quoted_offer": True}),
    ("de", "assistant", "forward", "fwd-de", "pdf", "page2", {}),
    ("de", "phone", "reply", "schrieb", "loose", None, {"debtor": 3}),
    ("de", "office", "reply", "outlook-de", "pdf", None, {"deposit": 60000}),
    ("de", "partner", "reply", "outlook-de", "pdf", None, {"corrected": True, "fresh": "bare"}),
    ("de", "shared", "reply", "outlook-de", "pdf", None, {"reference": True, "prefix": "AW: WG: "}),
]


def firm_of(lang, k):
    f = dict(FIRMS[lang][k % len(FIRMS[lang])])
    f.setdefault("iban", IBANS[(lang, k % len(FIRMS[lang]))])
    return f


IBANS = {}
for _lang in FIRMS:
    for _k, _f in enumerate(FIRMS[_lang]):
        IBANS[(_lang, _k)] = mk.iban(rng, {"NL": "NL", "BE": "BE", "DE": "DE", "AT": "DE", "IE": "NL", "GB": "GB"}[_f["country"]])


def build_invoices():
    out = []
    count = {"nl": 0, "en": 0, "de": 0}
    for n, (lang, hand_kind, thread, style, kind, extra, opt) in enumerate(INVOICE_PLAN):
        k = count[lang]
        count[lang] += 1
        firm = firm_of(lang, k)
        debtor = DEBTORS[lang][opt["debtor"] if "debtor" in opt else (k * 5 + 1) % len(DEBTORS[lang])]
        issue = D(2026, 11, 2) + datetime.timedelta(days=rng.randint(0, 30))
        answer = ANSWERS[lang][opt["answer"]] if "answer" in opt else None
        out.append(invoice_mail("inv-threads-%03d" % (n + 1), lang, firm, debtor, k, issue, hand_kind, thread, style,
                                kind=kind, extra=extra, term_days=opt.get("term"),
                                deposit=opt.get("deposit", 0), credit=opt.get("credit", False),
                                reference=opt.get("reference", False), answer_first=answer,
                                bottom_post=opt.get("bottom", False), cc=opt.get("cc", False),
                                late=opt.get("late", False), corrected=opt.get("corrected", False),
                                prefix=opt.get("prefix"), quoted_offer=opt.get("quoted_offer", False),
                                fresh=opt.get("fresh"), stage=opt.get("stage", False)))
    return out


# ---------------------------------------------------------------- not invoices

def not_invoice(rid, lang, firm, debtor, hand_kind, subject, own, quote_style=None, asked=None, pages=None,
                fname=None, why="", in_reply=True):
    sender, sender_name, closing = hand(lang, firm, hand_kind)
    name, lines, box, business, person = debtor
    sent = D(2026, 11, 10) + datetime.timedelta(days=rng.randint(0, 20))
    body = (GREET[lang] % person.split()[0]) + "\n\n" + own + "\n\n" + closing
    if quote_style:
        body += "\n\n" + quoted(quote_style, person, box, sent - datetime.timedelta(days=1),
                                subject.split(": ")[-1], sender, asked)
    headers = ["In-Reply-To: <%x@%s>" % (rng.getrandbits(48), box.split("@")[1])] if in_reply else []
    eml = mk.mail(rng, sender, sender_name, "%s <%s>" % (person, box), subject, sent, body_text=body,
                  pdf=pages is not None, extra_headers=headers)
    return mk.record(rid, "thread", lang, "none", {"mail_from": sender, "rcpt_to": [box]}, eml, pages, fname,
                     None, why_not=why, note=why)


def build_not_invoices():
    out = []
    n = [0]

    def rid():
        n[0] += 1
        return "inv-threads-n%02d" % n[0]

    nl = lambda k: firm_of("nl", k)  # noqa: E731
    en = lambda k: firm_of("en", k)  # noqa: E731
    de = lambda k: firm_of("de", k)  # noqa: E731
    dn, de_, dd = DEBTORS["nl"], DEBTORS["en"], DEBTORS["de"]
    # nl
    out.append(not_invoice(rid(), "nl", nl(0), dn[1], "phone", "Re: Factuur F2026-0217",
                           "Heb je de factuur van 3 november eigenlijk ontvangen? Ik zie nog niks binnenkomen, "
                           "het ging om € 1.386,00.", "schreef",
                           "Factuur F2026-0217 in de bijlage.\nTotaal € 1.386,00, te betalen binnen 14 dagen.",
                           why="asks whether an earlier invoice arrived; the invoice is only quoted"))
    out.append(not_invoice(rid(), "nl", nl(1), dn[2], "bookkeeper", "Re: Aanvraag dakgoot",
                           "Naar aanleiding van uw aanvraag sturen wij u hierbij onze offerte. De prijs is "
                           "geldig tot 31 december.", "outlook-nl", "Kunt u een prijs geven voor een nieuwe dakgoot?",
                           document_pages("nl", nl(1), dn[2][0], "OFFERTE", "Offertenummer", "OF-2026-%d" % rng.randint(100, 300),
                                          D(2026, 11, 18), [("Vervangen dakgoot zink 12 m", 145000), ("BTW 21%", 30450)],
                                          "Totaal offerte"), "Offerte.pdf",
                           why="a quote in reply to a request"))
    own_nl = ("", [], "marieke@" + nl(2)["domain"], True, "Marieke Dijkstra")
    own_de = ("", [], "heike@" + de(0)["domain"], True, "Heike Wendt")
    out.append(not_invoice(rid(), "nl", nl(2), own_nl, "partner", "FW: Factuur leverancier november",
                           "kun je deze inkoopfactuur van de drukkerij inboeken? Is al betaald via de bank.",
                           None, None,
                           document_pages("nl", dict(nl(2), name="Drukkerij Veenstra", ids=["KvK 12098334"]),
                                          nl(2)["name"], "FACTUUR", "Factuurnummer", "2026-3318", D(2026, 11, 4),
                                          [("Drukwerk visitekaartjes", 18900), ("BTW 21%", 3969)], "Totaal"),
                           "factuur_drukkerij.pdf", why="a supplier's bill forwarded to the business's own bookkeeper",
                           in_reply=False))
    out.append(not_invoice(rid(), "nl", nl(3), dn[4], "shared", "Re: Schilderwerk winkelpand",
                           "Bedankt voor uw betaling van € 2.904,00, die is vandaag bij ons binnengekomen. "
                           "Factuur F2026-0088 is daarmee voldaan.", "outlook-nl",
                           "Wij hebben de factuur vandaag overgemaakt.", why="thanks for a payment received"))
    out.append(not_invoice(rid(), "nl", nl(0), dn[3], "phone", "Re: Tuinonderhoud",
                           "De factuur stuur ik je morgen, het wordt ongeveer € 420,- voor het snoeiwerk.",
                           "schreef", "Hoe hoog wordt de rekening ongeveer?",
                           why="announces the invoice; none attached"))
    out.append(not_invoice(rid(), "nl", nl(1), dn[5], "assistant", "Re: Klus badkamer",
                           "Voordat ik de factuur maak: klopt het factuuradres nog (Beukenlaan 61)? Of moet die op "
                           "naam van uw bedrijf?", "schreef", "Wanneer kunnen we de rekening verwachten?",
                           why="a billing-address question before invoicing"))
    out.append(not_invoice(rid(), "nl", nl(3), dn[4], "bookkeeper", "Re: Opdracht schilderwerk",
                           "Hierbij de opdrachtbevestiging. Wij vragen een aanbetaling van 30% (€ 1.260,00); de "
                           "aanbetalingsfactuur en de eindfactuur volgen apart.", "outlook-nl", "Akkoord met de offerte.",
                           document_pages("nl", nl(3), dn[4][0], "OPDRACHTBEVESTIGING", "Referentie", "OB-2026-41",
                                          D(2026, 11, 20), [("Schilderwerk winkelpui", 347100), ("BTW 21%", 72891)],
                                          "Totaal opdracht"), "Opdrachtbevestiging.pdf",
                           why="an order confirmation asking a deposit; the invoices follow"))
    out.append(not_invoice(rid(), "nl", nl(2), dn[3], "assistant", "Re: Vraag over factuur F2026-0207",
                           "Het bedrag van € 1.210,00 klopt: € 1.000,00 voor de vertaling plus 21%% btw. Factuur "
                           "F2026-0207 kan dus gewoon betaald worden op %s." % mk.iban_spaced(nl(2)["iban"]),
                           "outlook-nl", "Klopt het bedrag op de factuur wel? Ik had € 1.000 afgesproken.",
                           why="explains the amount of an invoice sent before"))
    # en
    out.append(not_invoice(rid(), "en", en(2), de_[2], "bookkeeper", "Re: Invoice INV-05120",
                           "Did you receive invoice INV-05120 for €615.00? Our bank details once more: %s." %
                           mk.iban_spaced(en(2)["iban"]), "wrote", "Which account do I pay into?",
                           why="asks after an invoice sent before, with the account again"))
    out.append(not_invoice(rid(), "en", en(0), de_[0], "shared", "Re: Shelving quote",
                           "Thanks for getting in touch — our quotation is attached. It is valid for 30 days.",
                           "outlook-en", "Could you quote for oak shelving in the waiting room?",
                           document_pages("en", en(0), de_[0][0], "QUOTATION", "Quote No.", "Q-%d" % rng.randint(2000, 2999),
                                          D(2026, 11, 16), [("Oak shelving, 3 bays", 184000), ("VAT 20%", 36800)],
                                          "Quotation total"), "Quotation.pdf", why="a quote in reply to a request"))
    out.append(not_invoice(rid(), "en", en(1), de_[1], "assistant", "Re: November visits",
                           "Attached is the timesheet for November for your approval. Once you're happy with the "
                           "hours, the invoice will follow.", "wrote", "Can you send the hours before you bill us?",
                           timesheet_page("en", en(1), de_[1][0], D(2026, 11, 3)), "Timesheet_November.pdf",
                           why="a timesheet for approval; the invoice follows"))
    out.append(not_invoice(rid(), "en", en(2), de_[2], "phone", "Re: Invoice INV-04412",
                           "Just checking you got the invoice I sent last week? It's £840.00 and was due on the 20th.",
                           "wrote", "Invoice INV-04412 attached, total £840.00.",
                           why="the owner's typed reminder quoting the invoice"))
    out.append(not_invoice(rid(), "en", en(3), de_[3], "bookkeeper", "RE: PO number",
                           "Apologies, I'll reissue the invoice with PO 77120 on it first thing tomorrow.",
                           "original-en", "The invoice is missing our PO number, please resend.",
                           why="a corrected invoice announced, not attached"))
    out.append(not_invoice(rid(), "en", en(0), de_[4], "partner", "Re: Balance",
                           "As requested, here is your statement: invoices INV-03310 (£420.00) and INV-03377 "
                           "(£215.50) are still open, £635.50 in all.", "outlook-en", "What do we still owe you?",
                           why="a statement of open items"))
    out.append(not_invoice(rid(), "en", en(1), de_[5], "shared", "Automatic reply: Invoice query",
                           "Thank you for your email. The accounts office is closed until 4 January; invoices and "
                           "payments will be dealt with on our return.", None, None,
                           why="an out-of-office reply of the billing mailbox", in_reply=False))
    # de
    out.append(not_invoice(rid(), "de", de(3), dd[3], "partner", "AW: Rechnung RE2026-0198",
                           "bitte die Rechnung RE2026-0198 über 1.428,00 € ignorieren und nichts auf %s überweisen; "
                           "die Stornorechnung schicke ich gleich hinterher." % mk.iban_spaced(de(3)["iban"]),
                           "schrieb", "Die Rechnung ging an die falsche Adresse.",
                           why="asks to ignore an invoice; the cancellation follows"))
    out.append(not_invoice(rid(), "de", de(0), dd[0], "bookkeeper", "AW: Anfrage Treppenhaus",
                           "vielen Dank für Ihre Anfrage. Anbei unser Angebot, gültig bis 31.01.2027.", "outlook-de",
                           "Bitte um ein Angebot für den Anstrich des Treppenhauses.",
                           document_pages("de", de(0), dd[0][0], "ANGEBOT", "Angebotsnummer", "AN-2026-%d" % rng.randint(100, 200),
                                          D(2026, 11, 12), [("Malerarbeiten Treppenhaus", 246000), ("19 % USt.", 46740)],
                                          "Angebotssumme"), "Angebot.pdf", why="a quote in reply to a request"))
    out.append(not_invoice(rid(), "de", de(1), dd[1], "assistant", "AW: Lieferung Waschtisch",
                           "anbei der Lieferschein zur heutigen Lieferung. Die Rechnung erhalten Sie nach der Montage.",
                           "schrieb", "Wann wird der Waschtisch geliefert?",
                           document_pages("de", de(1), dd[1][0], "LIEFERSCHEIN", "Lieferschein-Nr.", "LS-%d" % rng.randint(800, 999),
                                          D(2026, 11, 24), [("Waschtisch 80 cm, weiß", None), ("Armatur chrom", None)],
                                          None), "Lieferschein.pdf", why="a delivery note; the invoice follows"))
    out.append(not_invoice(rid(), "de", de(2), dd[2], "phone", "AW: Rechnung RE2026-0315",
                           "Haben Sie meine Rechnung vom 2. November erhalten? Der Betrag von 846,30 € ist noch offen.",
                           "schrieb", "Rechnung RE2026-0315 im Anhang, zahlbar bis 16.11.2026.",
                           why="the owner's typed reminder quoting the invoice"))
    out.append(not_invoice(rid(), "de", de(3), dd[3], "partner", "AW: Zahlung",
                           "danke, Ihre Überweisung über 1.204,00 € ist eingegangen. Die Rechnung ist damit beglichen.",
                           "original-de", "Ich habe heute überwiesen.", why="thanks for a payment received"))
    out.append(not_invoice(rid(), "de", de(1), dd[4], "shared", "AW: Termin Heizungswartung",
                           "gerne bestätigen wir den Termin am Mittwoch, 9. Dezember. Die Wartung kostet pauschal "
                           "189,00 € zzgl. Material; die Rechnung schicken wir danach.", "outlook-de",
                           "Wann können Sie zur Wartung kommen?", why="an appointment with a price; invoice later"))
    out.append(not_invoice(rid(), "de", de(0), own_de, "phone", "WG: Rechnung Baustoffhandel",
                           "bitte diese Eingangsrechnung vom Baustoffhandel prüfen und freigeben.",
                           None, None,
                           document_pages("de", dict(de(0), name="Baustoffe Reiter KG", ids=["USt-IdNr. DE199887766"]),
                                          de(0)["name"], "RECHNUNG", "Rechnungsnummer", "BR-559021", D(2026, 11, 6),
                                          [("Spachtelmasse 25 kg", 8640), ("19 % USt.", 1642)], "Rechnungsbetrag"),
                           "Rechnung_Reiter.pdf", why="a supplier's bill forwarded inside the business", in_reply=False))
    return out


def build():
    return build_invoices() + build_not_invoices()


if __name__ == "__main__":
    recs = build()
    mk.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-threads.jsonl"), recs)
    print(len(recs), "records:", sum(r["is_invoice"] for r in recs), "invoices")
