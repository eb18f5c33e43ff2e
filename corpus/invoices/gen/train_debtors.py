"""train_debtors: a training split of invoices whose debtor block is laid out the ways real
tools and people lay it out and the earlier splits lack (issue 8, tenth round).

Associations (Verein e.V., vereniging, stichting, a VvE or WEG "p/a" or "c/o" its managing
agent, where the association is the debtor), households and couples ("Fam.", "Dhr. en Mevr.",
"Herrn und Frau", "Mr & Mrs"), a person at a company (the company owes), a department line, a
customer or VAT number on the name's line, names with particles, hyphens and diacritics,
public bodies (Gemeente, Stadt, a council, a school, a university's faculty); each printed in
one of five places: the window on the left, the right column of a two-column header, under a
label (sometimes in another language than the document), beside the details, or typed in a
mail ("Aan: ...", "Factuur voor ...").  Due dates as a table's "Vervaldatum" / "Fällig am" /
"Due by", "Zahlbar bis", "te voldoen vóór", terms in words, "payment due upon receipt";
invoice numbers with letters, slashes and spaces.

Labels follow corpus/invoices/README.md: the form of address is dropped unless only a surname
would remain; "Fam." and "Dr." stay; the organisation is the debtor over a contact,
department or office line; an owners' association is the debtor, not its managing agent: a
Dutch VvE (a legal person) a business, a German WEG unknown (null: one with a private owner
counts as a consumer, BGH VIII ZR 243/13, as train.jsonl labels it); public bodies, schools
and clubs are businesses.

Seeded: run it to write ../train-debtors.jsonl; check() then finds each label in the text."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in, money_in  # noqa: E402

SEED = 20261210
rng = random.Random(SEED)
D = datetime.date

SELLERS = {
    "nl": [("Schilderwerken Bos", "Dorpsstraat 4", "6711 AB Ede", "info@schilderwerkenbos.nl", "NL"),
           ("Drukkerij De Letterzetter", "Havenkade 18", "1601 AB Enkhuizen", "facturen@letterzetter.nl", "NL"),
           ("Hofman ICT-beheer", "Stationsplein 2", "3811 BB Amersfoort", "administratie@hofman-ict.nl", "NL")],
    "de": [("Malerbetrieb Krause", "Lindenstraße 12", "33602 Bielefeld", "rechnung@maler-krause.de", "DE"),
           ("Druckhaus Elbufer", "Am Sandtorkai 5", "20457 Hamburg", "buchhaltung@druckhaus-elbufer.de", "DE"),
           ("Kältetechnik Arslan", "Gewerbering 7", "79108 Freiburg", "info@kaelte-arslan.de", "DE")],
    "en": [("Fernside Joinery", "4 Mill Yard", "Leeds LS2 7QT", "accounts@fernsidejoinery.co.uk", "GB"),
           ("Quayside Print Ltd", "12 Harbour Road", "Bristol BS1 5TY", "billing@quaysideprint.co.uk", "GB"),
           ("Ashdown IT Support", "7 Station Approach", "Lewes BN7 2DG", "hello@ashdownit.co.uk", "GB")],
}

# The debtor as printed: the block's lines (name lines, street, postcode), the label's
# name and business, the To header's display name (None: the bare address) and mailbox.
DEBTORS = [
    # associations
    ("nl", ["Voetbalvereniging De Zwaluwen", "t.a.v. de penningmeester", "Sportparkweg 4", "7412 AB Deventer"],
     "Voetbalvereniging De Zwaluwen", True, "Penningmeester VV De Zwaluwen", "penningmeester@vvdezwaluwen.nl"),
    ("nl", ["Stichting Vrienden van het Hospice", "Kerkplein 2", "3811 AB Amersfoort"],
     "Stichting Vrienden van het Hospice", True, None, "secretariaat@vriendenhospice.nl"),
    ("nl", ["VvE Parkzicht", "p/a Beheer Plus B.V.", "Maliebaan 12", "3581 CN Utrecht"],
     "VvE Parkzicht", True, "Beheer Plus B.V.", "vve@beheerplus.nl"),
    ("nl", ["Vereniging Dorpshuis Oosterend", "Penningmeester", "Dorpsweg 21", "1791 CA Den Burg"],
     "Vereniging Dorpshuis Oosterend", True, None, "dorpshuis.oosterend@gmail.com"),
    ("de", ["Turnverein Jahn 1888 e.V.", "Vorstand", "Turnhallenweg 3", "33604 Bielefeld"],
     "Turnverein Jahn 1888 e.V.", True, "TV Jahn Vorstand", "vorstand@tv-jahn1888.de"),
    ("de", ["WEG Lindenallee 12", "c/o Immobilienverwaltung Schulte GmbH", "Bahnhofstraße 8", "48143 Münster"],
     "WEG Lindenallee 12", None, "Immobilienverwaltung Schulte", "weg@schulte-verwaltung.de"),
    ("de", ["Förderverein der Grundschule am Park e.V.", "Kassenwartin Petra Brenner", "Parkstraße 40",
            "79100 Freiburg"],
     "Förderverein der Grundschule am Park e.V.", True, "Petra Brenner", "kasse@foerderverein-gsapark.de"),
    ("en", ["Riverside Court RTM Company Ltd", "c/o Harbour Block Management Ltd", "12 Quay Street",
            "Bristol BS1 4DJ"],
     "Riverside Court RTM Company Ltd", True, "Harbour Block Management", "riverside@harbourblock.co.uk"),
    ("en", ["Friends of Hollin Park", "Treasurer: Grace Okafor", "3 Elm Road", "Leeds LS6 2AB"],
     "Friends of Hollin Park", True, "Grace Okafor", "treasurer@friendsofhollinpark.org.uk"),
    # households and couples
    ("nl", ["Fam. Jansen-El Amrani", "Hoefslag 7", "3451 AB Vleuten"],
     "Fam. Jansen-El Amrani", False, None, "jansen.elamrani@ziggo.nl"),
    ("nl", ["Dhr. en Mevr. Van der Veen", "Brink 3", "7411 BR Deventer"],
     "Dhr. en Mevr. Van der Veen", False, "Henk van der Veen", "hvdveen@kpnmail.nl"),
    ("de", ["Herrn und Frau", "Thomas und Anja Müller-Lüdenscheidt", "Am Hang 5", "79117 Freiburg"],
     "Thomas und Anja Müller-Lüdenscheidt", False, "Anja Müller-Lüdenscheidt", "anja.ml@web.de"),
    ("de", ["Familie Schäfer-Yıldız", "Rosenweg 14", "24768 Rendsburg"],
     "Familie Schäfer-Yıldız", False, None, "schaefer-yildiz@t-online.de"),
    ("en", ["Mr & Mrs D. Okonkwo", "14 Beech Grove", "York YO24 1AB"],
     "D. Okonkwo", False, "Dayo Okonkwo", "dayo.okonkwo@btinternet.com"),
    ("en", ["Mr and Mrs Hartley", "The Old Forge", "Church Street", "Lewes BN7 2AB"],
     "Mr and Mrs Hartley", False, None, "thehartleys@outlook.com"),
    # a person at a company: the company owes
    ("nl", ["Marieke de Boer", "Groenland Hoveniers B.V.", "Industrieweg 3", "3401 MA IJsselstein"],
     "Groenland Hoveniers B.V.", True, "Marieke de Boer", "m.deboer@groenland-hoveniers.nl"),
    ("en", ["Sarah O'Neill", "Brightwater Studio", "5 Canal Wharf", "Leeds LS11 5PS"],
     "Brightwater Studio", True, "Sarah O'Neill", "sarah@brightwaterstudio.co.uk"),
    ("de", ["Weber & Söhne Metallbau GmbH", "Herr Jonas Weber", "Industriestraße 22", "33611 Bielefeld"],
     "Weber & Söhne Metallbau GmbH", True, "Jonas Weber", "j.weber@weber-metallbau.de"),
    ("nl", ["Kapsalon Knipkunst", "S. Demir", "Utrechtseweg 7", "3811 NA Amersfoort"],
     "Kapsalon Knipkunst", True, None, "info@knipkunst.nl"),
    # departments and public bodies
    ("nl", ["Gemeente Zeist", "Afdeling Inkoop", "Postbus 513", "3700 AM Zeist"],
     "Gemeente Zeist", True, "Crediteurenadministratie Gemeente Zeist", "facturen@zeist.nl"),
    ("en", ["University of Northfield", "School of Engineering", "1 Mill Lane", "Northfield NF2 3AB"],
     "University of Northfield", True, "Accounts Payable", "ap@northfield.ac.uk"),
    ("de", ["Stadt Paderborn", "Amt für Schule und Sport", "Am Abdinghof 11", "33098 Paderborn"],
     "Stadt Paderborn", True, None, "rechnungseingang@paderborn.de"),
    ("nl", ["Universiteit Leiden", "Faculteit der Geesteswetenschappen", "Postbus 9515", "2300 RA Leiden"],
     "Universiteit Leiden", True, None, "facturen@leidenuniv.nl"),
    ("de", ["Universität Trier", "Fachbereich II", "Universitätsring 15", "54296 Trier"],
     "Universität Trier", True, None, "rechnungen@uni-trier.de"),
    ("en", ["Kirkby Parish Council", "Council Offices", "2 Market Street", "Kirkby L32 1AB"],
     "Kirkby Parish Council", True, "The Clerk", "clerk@kirkbyparishcouncil.gov.uk"),
    ("nl", ["Basisschool De Regenboog", "t.a.v. de administratie", "Schoolstraat 9", "6711 EH Ede"],
     "Basisschool De Regenboog", True, None, "administratie@bs-regenboog.nl"),
    # a customer or VAT number on the name's line
    ("nl", ["Bouwbedrijf Hendriks B.V., klantnr. 20417", "Nijverheidsweg 30", "6712 GH Ede"],
     "Bouwbedrijf Hendriks B.V.", True, None, "inkoop@hendriks-bouw.nl"),
    ("de", ["Müller Kältetechnik GmbH, Kd.-Nr. 4711", "Hafenstraße 2", "20457 Hamburg"],
     "Müller Kältetechnik GmbH", True, "Buchhaltung Müller Kältetechnik", "buchhaltung@mueller-kaelte.de"),
    ("en", ["Pinecrest Outdoor Ltd, VAT GB 287 6611 04", "Unit 4, Dale Park", "Sheffield S9 2RS"],
     "Pinecrest Outdoor Ltd", True, None, "invoices@pinecrestoutdoor.co.uk"),
    ("nl", ["Jansen Installatietechniek, KvK 61234567", "Ambachtsweg 11", "3401 MB IJsselstein"],
     "Jansen Installatietechniek", True, "Piet Jansen", "piet@jansen-installatie.nl"),
    # particles, hyphens, diacritics
    ("nl", ["Dhr. J.P. van 't Hof", "Lange Voort 88", "2341 KD Oegstgeest"],
     "J.P. van 't Hof", False, "Jan-Pieter van 't Hof", "jpvanthof@xs4all.nl"),
    ("de", ["Frau Dr. Ayşe Çelik-Brünnow", "Gellertstraße 19", "04103 Leipzig"],
     "Dr. Ayşe Çelik-Brünnow", False, "Ayşe Çelik-Brünnow", "a.celik-bruennow@posteo.de"),
    ("en", ["Ms Siobhán Ní Bhriain", "22 Dock Road", "Liverpool L3 4AB"],
     "Siobhán Ní Bhriain", False, "Siobhán Ní Bhriain", "siobhan.nibhriain@gmail.com"),
    ("nl", ["Mevr. A. de la Fuente-Ødegaard", "Vijverlaan 3", "3062 HK Rotterdam"],
     "A. de la Fuente-Ødegaard", False, None, "a.delafuente@hotmail.com"),
    ("de", ["Herrn Karl-Heinz von der Mühlen", "Schloßallee 2", "53179 Bonn"],
     "Karl-Heinz von der Mühlen", False, "K.-H. von der Mühlen", "khvdm@gmx.de"),
]

# Where the block stands: window (left, under the letterhead), right (a two-column header:
# the sender left, the debtor right), label (under a label), foreign-label (a label in
# another language than the document), typed (the body of a mail).
PLACES = ["window", "right", "label", "foreign-label", "typed"]

LABELS = {"nl": ["Factuuradres", "Factuur aan", "Klant"], "de": ["Rechnungsempfänger", "Rechnung an", "Kunde"],
          "en": ["Bill to", "Invoice to", "Customer"]}
TITLE = {"nl": "FACTUUR", "de": "RECHNUNG", "en": "INVOICE"}
NUM_LABEL = {"nl": "Factuurnummer", "de": "Rechnungsnummer", "en": "Invoice number"}
DATE_LABEL = {"nl": "Factuurdatum", "de": "Rechnungsdatum", "en": "Invoice date"}
MONEY = {"nl": "nl", "de": "de", "en": "en"}
VAT = {"nl": 21, "de": 19, "en": 20}
CUR = {"nl": "EUR", "de": "EUR", "en": "GBP"}
ITEMS = {
    "nl": [("Schilderwerk kozijnen", 4, 6500), ("Materiaal", 1, 18450), ("Voorrijkosten", 1, 3500),
           ("Drukwerk flyers A5", 2, 12500), ("Onderhoud netwerk (uren)", 3, 7500)],
    "de": [("Malerarbeiten Treppenhaus", 6, 5200), ("Material", 1, 21490), ("Anfahrt", 1, 4500),
           ("Druck Vereinsheft", 1, 48000), ("Wartung Kälteanlage (Std.)", 3, 8900)],
    "en": [("Joinery, sash windows", 3, 14500), ("Materials", 1, 26800), ("Call-out", 1, 6000),
           ("Printing, newsletters", 2, 9500), ("IT support (hours)", 4, 6500)],
}
# Invoice numbers with letters, slashes and spaces, as small businesses and tools write them.
NUMBERS = ["2026/{n:04d}", "F-2026-{n:03d}-B", "VR 2026/{n:03d}", "INV-A/{n:04d}", "RE 26-{n:03d}",
           "{n:05d}/26", "DL-{n:04d}/NL", "F2026.{n:03d}"]


def due_text(lang, issue, kind, rng_):
    """(lines printed after the totals, details rows (label, value), the due date)."""
    if kind == "table":
        due = issue + datetime.timedelta(days=rng_.choice([14, 21, 30]))
        label = {"nl": "Vervaldatum", "de": "Fällig am", "en": "Due by"}[lang]
        return [], [(label, date_in(lang, due))], due
    if kind == "by-sentence":
        due = issue + datetime.timedelta(days=rng_.choice([10, 14]))
        line = {"nl": "Het totaalbedrag te voldoen vóór %s op %s.",
                "de": "Zahlbar bis %s ohne Abzug auf %s.",
                "en": "Payment due by %s to %s."}[lang]
        return [line % (date_in(lang, due), "{iban}")], [], due
    if kind == "words":
        n, word = rng_.choice({"nl": [(14, "veertien"), (30, "dertig"), (15, "vijftien")],
                               "de": [(14, "vierzehn"), (30, "dreißig"), (10, "zehn")],
                               "en": [(14, "fourteen"), (30, "thirty"), (28, "twenty-eight")]}[lang])
        line = {"nl": "Wij verzoeken u het bedrag binnen %s dagen over te maken op {iban}.",
                "de": "Bitte überweisen Sie den Betrag innerhalb von %s Tagen auf {iban}.",
                "en": "Please pay within %s days to {iban}."}[lang]
        return [line % word], [], issue + datetime.timedelta(days=n)
    line = {"nl": "Betaling direct na ontvangst op {iban}.",
            "de": "Zahlbar sofort nach Erhalt auf {iban}.",
            "en": "Payment due upon receipt to {iban}."}[lang]
    return [line], [], issue


def pdf_pages(lang, seller, number, issue, block_lines, place, items, totals, due_rows, due_lines, iban_):
    p = mk.Page()
    name, street, pc = seller[0], seller[1], seller[2]
    y = 60
    p.text(56, y, name, size=14, bold=True)
    if place == "right":
        # the sender's address under its name, the debtor's block in the right column of the
        # same rows
        p.text(56, 76, street, size=9)
        p.text(56, 88, pc, size=9)
        for i, ln in enumerate(block_lines):
            p.text(330, 76 + 12 * i, ln, size=9)
        y = 150
    else:
        p.text(330, 60, "%s | %s" % (street, pc), size=8)
        y = 130
        if place in ("label", "foreign-label"):
            other = {"nl": "en", "de": "en", "en": "de"}[lang] if place == "foreign-label" else lang
            p.text(56, y, LABELS[other][rng.randrange(3)] + ":", size=8, bold=True)
            y += 13
        for i, ln in enumerate(block_lines):
            p.text(56, y + 13 * i, ln, size=10)
        y += 13 * len(block_lines) + 24
    rows = [(NUM_LABEL[lang], number), (DATE_LABEL[lang], date_in(lang, issue))] + due_rows
    for i, (lab, val) in enumerate(rows):
        p.text(56, y + 13 * i, lab, size=9)
        p.text(180, y + 13 * i, val, size=9)
    y += 13 * len(rows) + 20
    pdf_items(p, y, lang, items, totals, due_lines, iban_)
    tax = {"nl": "KvK 7%07d · Btw NL00%07dB01" % (rng.randrange(10 ** 7), rng.randrange(10 ** 7)),
           "de": "USt-IdNr. DE%09d" % rng.randrange(10 ** 9),
           "en": "VAT GB %03d %04d %02d" % (rng.randrange(1000), rng.randrange(10000), rng.randrange(100))}[lang]
    p.text(56, 800, "%s · %s · IBAN %s" % (name, tax, mk.iban_spaced(iban_)), size=7)
    return [p]


def pdf_items(p, y, lang, items, totals, due_lines, iban_):
    """The title, the items' table, the totals and the payment lines on @p from @y down;
    the y below them."""
    p.text(56, y, TITLE[lang], size=16, bold=True)
    y += 24
    head = {"nl": ("Omschrijving", "Aantal", "Prijs", "Bedrag"), "de": ("Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
            "en": ("Description", "Qty", "Unit price", "Amount")}[lang]
    p.text(56, y, head[0], bold=True)
    p.right(360, y, head[1], bold=True)
    p.right(450, y, head[2], bold=True)
    p.right(540, y, head[3], bold=True)
    y += 16
    for desc, q, price in items:
        p.text(56, y, desc)
        p.right(360, y, str(q))
        p.right(450, y, money(lang, price))
        p.right(540, y, money(lang, q * price))
        y += 14
    y += 8
    for lab, cents in totals:
        p.text(330, y, lab)
        p.right(540, y, money(lang, cents))
        y += 14
    y += 12
    for ln in due_lines:
        p.text(56, y, ln.format(iban=mk.iban_spaced(iban_)))
        y += 14
    return y


def typed_head(lang, number, issue):
    """A typed invoice's greeting, its sentence, its number and date, as lines of the mail."""
    head = {"nl": "Hierbij de factuur voor de werkzaamheden.", "de": "anbei die Rechnung für die Arbeiten.",
            "en": "Please find the invoice for the work below."}[lang]
    greet = {"nl": "Goedendag,", "de": "Guten Tag,", "en": "Hello,"}[lang]
    return [greet, "", head, "", "%s %s" % (NUM_LABEL[lang], number),
            "%s: %s" % (DATE_LABEL[lang], date_in(lang, issue))]


def typed_items(lang, seller, items, totals, due_lines, iban_):
    """A typed invoice's items, totals, payment lines and closing, as lines of the mail."""
    out = []
    for desc, q, price in items:
        out.append("%-40s %3d x %12s" % (desc, q, money(lang, price)))
    out.append("")
    for lab, cents in totals:
        out.append("%-40s %18s" % (lab, money(lang, cents)))
    out.append("")
    out += [ln.format(iban=mk.iban_spaced(iban_)) for ln in due_lines]
    close = {"nl": "Met vriendelijke groet,", "de": "Mit freundlichen Grüßen", "en": "Kind regards,"}[lang]
    out += ["", close, seller[0], "%s, %s" % (seller[1], seller[2])]
    return out


def amounts(lang, rng_):
    """Two or three items of @lang's, and the totals rows (net, VAT, total); the total."""
    items = rng_.sample(ITEMS[lang], rng_.choice([2, 3]))
    net = sum(q * p for _, q, p in items)
    vat = round(net * VAT[lang] / 100)
    total = net + vat
    tl = {"nl": ("Subtotaal", "Btw %d%%" % VAT[lang], "Totaal"),
          "de": ("Zwischensumme netto", "zzgl. %d%% USt." % VAT[lang], "Gesamtbetrag"),
          "en": ("Subtotal", "VAT %d%%" % VAT[lang], "Total")}[lang]
    return items, [(tl[0], net), (tl[1], vat), (tl[2], total)], total


def money(lang, cents):
    return money_in(CUR[lang], lang, cents)


def typed_body(lang, seller, number, issue, block_lines, items, totals, due_lines, iban_):
    """An invoice typed in a mail: the debtor after "Aan:" / "Rechnung an:" / "Invoice for",
    its address on the same line after commas."""
    opener = {"nl": rng.choice(["Aan: ", "Factuur voor "]), "de": rng.choice(["Rechnung an: ", "An: "]),
              "en": rng.choice(["To: ", "Invoice for: "])}[lang]
    names = [ln for ln in block_lines if not ln.startswith(("Herrn und Frau",))]
    out = typed_head(lang, number, issue) + [opener + ", ".join(names), ""]
    out += typed_items(lang, seller, items, totals, due_lines, iban_)
    return "\n".join(out)


def build():
    records = []
    due_kinds = ["table", "by-sentence", "words", "receipt"]
    i = 0
    for rnd in range(2):
        for k, (lang, lines, name, business, to_name, email) in enumerate(DEBTORS):
            i += 1
            place = PLACES[(k + rnd * 2) % len(PLACES)]
            seller = SELLERS[lang][(k + rnd) % 3]
            issue = D(2026, 11, 1) + datetime.timedelta(days=rng.randrange(40))
            number = NUMBERS[(k + rnd * 3) % len(NUMBERS)].format(n=rng.randrange(12, 980))
            items, totals, total = amounts(lang, rng)
            due_kind = due_kinds[(k + rnd) % len(due_kinds)]
            if place == "typed" and due_kind == "table":
                due_kind = "by-sentence"
            due_lines, due_rows, due = due_text(lang, issue, due_kind, rng)
            iban_ = mk.iban(rng, seller[4])
            subject = {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number
            to_header = mk_addr(to_name, email)
            sent = issue + datetime.timedelta(days=rng.choice([0, 0, 1, 2]))
            if place == "typed":
                body = typed_body(lang, seller, number, issue, lines, items, totals, due_lines, iban_)
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body)
                pages, kind, fname = None, "body-text", None
            else:
                body = {"nl": "Beste relatie,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
                        "de": "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung %s.\n\nMit freundlichen Grüßen\n%s",
                        "en": "Hello,\n\nPlease find invoice %s attached.\n\nKind regards,\n%s"}[lang] % (number, seller[0])
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body, pdf=True)
                pages = pdf_pages(lang, seller, number, issue, lines, place, items, totals, due_rows, due_lines, iban_)
                kind, fname = "pdf", "%s_%s.pdf" % (TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))
            exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang,
                              currency=CUR[lang])
            note = "debtor block %s: %s; due %s" % (place, " / ".join(lines), due_kind)
            records.append(mk.record("inv-debt-%03d" % i, "debtor-" + place, lang, kind,
                                     {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                                     pdf_filename=fname, expected=exp, note=note))
    return records


def mk_addr(name, address):
    import email.utils
    return email.utils.formataddr((name, address), charset="utf-8") if name else address


def check(records, unprinted=()):
    """Each label's number, name (as printed, or its words but the @unprinted ones, which a
    label may add), IBAN and amount in the text."""
    import json
    for r in records:
        text = r["eml"] + (json.dumps(r.get("pdf"), ensure_ascii=False) if r.get("pdf") else "")
        e = r["expected"]
        assert e["number"] in text, (r["id"], e["number"])
        words = [w for w in e["debtor_name"].split() if w not in unprinted]
        assert all(w in text for w in words), (r["id"], e["debtor_name"])
        assert mk.iban_spaced(e["iban"]) in text, r["id"]


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-debtors.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
