"""train_due: a training split of invoices whose due date is stated the ways real invoices in
Dutch, English and German state it (NL, BE, DE, AT, CH, UK, IE), and the earlier splits lack
(issue 8, the due-date round).

Each shape is printed twice, with another seller, debtor, number and date, once in a PDF and
once in a PDF or typed in the mail, in a wording of its own each time:

- terms in words and in weeks ("binnen veertien dagen", "innerhalb von zwei Wochen", "within
  thirty days") and in months ("binnen één maand", "innerhalb eines Monats", "within one
  month of the invoice date");
- N days and the end of a month: nl "30 dagen einde maand", de "30 Tage nach Monatsende", en
  "30 days EOM" (read as corpus/invoices/README.md's conventions say);
- a day of the next month: "zahlbar bis zum 15. des Folgemonats", "uiterlijk de 15e van de
  maand volgend op de factuurdatum", "by the 20th of the month following the invoice date";
- a term counted from the delivery, its date printed ("30 Tage nach Lieferung" beside
  "Lieferdatum"): counted from that date;
- "uiterlijk op", "spätestens bis", a weekday's name before the date, a date without a year
  (into the next year), German word order ("ist am 15.12.2026 fällig"), Flemish "tegen";
- a cash discount beside the net term ("2 % Skonto bei Zahlung binnen 10 Tagen, 30 Tage
  netto", "2/10 net 30", "korting ... netto binnen 30 dagen"): the net one;
- at once: "on receipt", "sofort", "bij ontvangst", "prompt", "on collection", "bij afhalen";
- a request whose sentence a PDF wraps over two lines ("Ich bitte Sie, den Betrag bis zum
  09.12.2026 auf mein Konto ...", "zu überweisen" on the next line);
- the due date only in a payment slip below a dashed line, or only in a table cell;
- a mail body naming another due date than its PDF (the PDF's counts: the document is the
  invoice, the mail a note beside it); a term counted from a mail sent days after the
  invoice's date (from the invoice's date).

Labels follow corpus/invoices/README.md: a term counts from the invoice's date (also "after
receipt"); "on receipt" gives the invoice's date; with a cash discount the net term.  Month
terms are calendar months (the same day of the month, or its last day when the month is
shorter).

Seeded: run it to write ../train-due.jsonl; check() recomputes nothing but finds each label's
number and IBAN in the text and each due date after the issue date."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in, days, month_end  # noqa: E402
import train_debtors as td  # noqa: E402

SEED = 20261214
rng = random.Random(SEED)
D = datetime.date
DAY = datetime.timedelta(days=1)

WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

# (lang, the block's lines, label name, business, To name, mailbox)
DEBTORS = {
    "nl": [(["Hoveniersbedrijf Van Loon B.V.", "Tuinderslaan 8", "2671 AB Naaldwijk"], "Hoveniersbedrijf Van Loon B.V.",
            True, None, "administratie@vanloon-hoveniers.nl"),
           (["Mevr. S. Kramer", "Beukenlaan 14", "3722 BC Bilthoven"], "S. Kramer", False, "Sanne Kramer",
            "sanne.kramer@ziggo.nl"),
           (["Brouwerij De Gouden Leeuw BV", "Kaai 21", "9000 Gent"], "Brouwerij De Gouden Leeuw BV", True, None,
            "boekhouding@goudenleeuw.be"),
           (["Dhr. R. Peeters", "Mechelsesteenweg 112", "2018 Antwerpen"], "R. Peeters", False, "Ruben Peeters",
            "ruben.peeters@telenet.be"),
           (["Architectenbureau Lijn & Vlak", "t.a.v. de administratie", "Oudegracht 201", "3511 NH Utrecht"],
            "Architectenbureau Lijn & Vlak", True, None, "facturen@lijnenvlak.nl")],
    "de": [(["Bäckerei Hoffmann GmbH", "Marktstraße 3", "69117 Heidelberg"], "Bäckerei Hoffmann GmbH", True, None,
            "buchhaltung@baeckerei-hoffmann.de"),
           (["Frau", "Katrin Albers", "Kanalstraße 61", "48147 Münster"], "Katrin Albers", False, "Katrin Albers",
            "katrin.albers@web.de"),
           (["Tischlerei Gruber OG", "Hauptplatz 9", "4020 Linz"], "Tischlerei Gruber OG", True, None,
            "office@tischlerei-gruber.at"),
           (["Zahnarztpraxis Dr. Meier AG", "Bahnhofstrasse 40", "8001 Zürich"], "Zahnarztpraxis Dr. Meier AG",
            True, None, "praxis@zahnarzt-meier.ch"),
           (["Herrn", "Jonas Vogel", "Lindenweg 5", "79100 Freiburg"], "Jonas Vogel", False, None,
            "jonas.vogel@gmx.de")],
    "en": [(["Harbourside Cafe Ltd", "2 Quay Street", "Bristol BS1 4DJ"], "Harbourside Cafe Ltd", True, None,
            "accounts@harbourside-cafe.co.uk"),
           (["Ms Orla Byrne", "14 Strand Road", "Dublin 4"], "Orla Byrne", False, "Orla Byrne", "orla.byrne@eircom.net"),
           (["Kestrel Logistics Ltd", "Attn: Purchase Ledger", "Unit 9, Dale Park", "Leeds LS11 5PS"],
            "Kestrel Logistics Ltd", True, None, "purchaseledger@kestrel-logistics.co.uk"),
           (["Mr Daniel Hughes", "7 Elm Grove", "Cardiff CF5 1AB"], "Daniel Hughes", False, "Dan Hughes",
            "dan.hughes@outlook.com"),
           (["Glenview Dental Practice", "41 Main Street", "Galway H91 X2Y7"], "Glenview Dental Practice", True, None,
            "admin@glenviewdental.ie")],
}

def add_months(d, k):
    """@d moved by @k calendar months: the same day, or the month's last when it is shorter."""
    y, m = divmod(d.month - 1 + k, 12)
    first = D(d.year + y, m + 1, 1)
    return D(first.year, first.month, min(d.day, month_end(first).day))


def next_month_day(d, day):
    first = month_end(d) + DAY
    return D(first.year, first.month, day)


# Each shape: (lang, name, function (issue, rnd) -> dict).  The dict: lines (printed under the
# totals; {iban} is filled in), rows (details rows), due, note; optional slip (a payment slip's
# rows), cover (a line for the mail body beside a PDF), delivery (a date printed as a row),
# issue (the issue date the shape needs), pdf_only.

def nl_words(issue, rnd):
    n, w = [(14, "veertien"), (30, "dertig")][rnd]
    line = ["Wij verzoeken u het bedrag binnen %s dagen over te maken op {iban}." % w,
            "Gelieve binnen de %s dagen te betalen op rekening {iban}." % w][rnd]
    return dict(lines=[line], due=issue + days(n), note="term in words: %s" % w)


def nl_einde_maand(issue, rnd):
    n = [30, 60][rnd]
    line = ["Betalingsvoorwaarden: %d dagen einde maand." % n, "Betaling: %d dagen einde maand op {iban}." % n][rnd]
    return dict(lines=[line, "Rekening: {iban}"] if rnd == 0 else [line],
                due=month_end(issue + days(n)), note="%d dagen einde maand: + %d days, then to that month's end" % (n, n))


def nl_maand(issue, rnd):
    line = ["Te betalen binnen één maand na factuurdatum op {iban}.",
            "Wij verzoeken u het totaalbedrag binnen een maand over te maken op {iban}."][rnd]
    return dict(lines=[line], due=add_months(issue, 1), note="a term of one month")


def nl_levering(issue, rnd):
    delivery = issue - days(rng.randint(3, 9))
    n = [30, 14][rnd]
    line = ["Betaling binnen %d dagen na levering op {iban}." % n,
            "Betalingstermijn: %d dagen na leverdatum." % n][rnd]
    return dict(lines=[line] + ([] if rnd == 0 else ["IBAN: {iban}"]), rows=[("Leverdatum", date_in("nl", delivery))],
                due=delivery + days(n), delivery=delivery, note="a term counted from the printed delivery date")


def nl_uiterlijk_weekday(issue, rnd):
    due = issue + days(rng.choice([10, 14, 21]))
    wd = WEEKDAYS["nl"][due.weekday()]
    line = ["Te voldoen uiterlijk op %s %s op {iban}." % (wd, date_in("nl", due, "long")),
            "Graag uiterlijk %s %s betalen op {iban}." % (wd, date_in("nl", due, "long"))][rnd]
    return dict(lines=[line], due=due, note="uiterlijk (op) with a weekday's name")


def nl_korting(issue, rnd):
    line = ["Bij betaling binnen 8 dagen 2% korting; netto binnen 30 dagen.",
            "Betalingsconditie: 2% kredietbeperking bij betaling binnen 10 dagen, 30 dagen netto."][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=issue + days(30), note="a discount beside the net term")


def nl_ontvangst(issue, rnd):
    line = ["Te voldoen bij ontvangst van deze factuur op {iban}.",
            "Te betalen bij afhalen, contant of via {iban}."][rnd]
    return dict(lines=[line], due=issue, note="at once: " + ["bij ontvangst", "bij afhalen"][rnd])


def nl_zonder_jaar(issue, rnd):
    issue = D(2026, 12, rng.randint(17, 23))
    due = D(2027, 1, rng.randint(6, 15))
    line = ["Graag ontvangen wij uw betaling vóór %d januari op {iban}." % due.day,
            "Te betalen vóór %d januari op rekening {iban}." % due.day][rnd]
    return dict(lines=[line], due=due, issue=issue, note="a date without a year, in the next year")


def nl_volgende_maand(issue, rnd):
    day = [15, 10][rnd]
    line = ["Te voldoen uiterlijk de %de van de maand volgend op de factuurdatum." % day,
            "Betaling vóór de %de van de volgende maand op {iban}." % day][rnd]
    return dict(lines=[line] + (["Rekeningnummer: {iban}"] if rnd == 0 else []), due=next_month_day(issue, day),
                note="a day of the next month")


def nl_tegen_afwijkend(issue, rnd):
    if rnd == 0:
        due = issue + days(15)
        return dict(lines=["Te betalen tegen %s op rekening {iban} met vermelding van het factuurnummer."
                           % date_in("nl", due, "dmy/")], due=due, note="Flemish 'te betalen tegen'")
    due = issue + days(14)
    later = due + days(7)
    return dict(lines=["Betaling op {iban}."], rows=[("Vervaldatum", date_in("nl", due))], due=due, pdf_only=True,
                cover="Omdat het bedrijf tussen kerst en nieuwjaar dicht is: graag betaling vóór %s."
                % date_in("nl", later, "long"),
                note="the body names a later date than the PDF: the PDF's")


def nl_wrapped(issue, rnd):
    due = issue + days(14)
    if rnd == 0:
        return dict(lines=["Wij verzoeken u vriendelijk het totaalbedrag vóór",
                           "%s over te maken op rekeningnummer {iban}." % date_in("nl", due, "long")],
                    due=due, pdf_only=True, note="a request wrapped over two lines")
    return dict(lines=["Betaling op {iban}."], slip=[("Factuurnummer", None), ("Bedrag", None),
                                                   ("Uiterste betaaldatum", date_in("nl", due))],
                due=due, pdf_only=True, note="the due date only in the payment slip")


def de_wochen(issue, rnd):
    n, w = [(14, "zwei Wochen"), (21, "drei Wochen")][rnd]
    line = ["Bitte überweisen Sie den Betrag innerhalb von %s auf {iban}." % w,
            "Zahlbar binnen %s ohne Abzug auf {iban}." % w][rnd]
    return dict(lines=[line], due=issue + days(n), note="a term in weeks, in words")


def de_monatsende(issue, rnd):
    n = [30, 15][rnd]
    line = ["Zahlbar %d Tage nach Monatsende ohne Abzug." % n, "Zahlungsziel: %d Tage ab Monatsende" % n][rnd]
    return dict(lines=[line, "Bankverbindung: {iban}"], due=month_end(issue) + days(n),
                note="N Tage nach Monatsende: from the invoice month's last day")


def de_monat(issue, rnd):
    line = ["Zahlbar innerhalb eines Monats ab Rechnungsdatum auf {iban}.",
            "Bitte begleichen Sie die Rechnung innerhalb von einem Monat auf {iban}."][rnd]
    return dict(lines=[line], due=add_months(issue, 1), note="a term of one month")


def de_lieferung(issue, rnd):
    delivery = issue - days(rng.randint(3, 9))
    n = [30, 14][rnd]
    line = ["Zahlbar innerhalb von %d Tagen nach Lieferung ohne Abzug." % n,
            "Zahlungsbedingungen: %d Tage netto ab Lieferdatum" % n][rnd]
    return dict(lines=[line, "IBAN: {iban}"], rows=[("Lieferdatum", date_in("de", delivery))], due=delivery + days(n),
                delivery=delivery, note="a term counted from the printed delivery date")


def de_spaetestens(issue, rnd):
    due = issue + days(rng.choice([10, 14]))
    wd = WEEKDAYS["de"][due.weekday()]
    line = ["Zahlbar spätestens bis %s, %s auf {iban}." % (wd, date_in("de", due, "long")),
            "Bitte überweisen Sie den Betrag spätestens bis zum %s auf {iban}." % date_in("de", due)][rnd]
    return dict(lines=[line], due=due, note="spätestens bis, a weekday's name")


def de_skonto(issue, rnd):
    line = ["2 % Skonto bei Zahlung binnen 10 Tagen, 30 Tage netto.",
            "Zahlungsbedingungen: innerhalb 14 Tagen 3 % Skonto, innerhalb 45 Tagen netto Kasse."][rnd]
    return dict(lines=[line, "Bankverbindung: {iban}"], due=issue + days([30, 45][rnd]), note="Skonto beside the net term")


def de_sofort(issue, rnd):
    line = ["Der Rechnungsbetrag ist sofort nach Erhalt ohne Abzug fällig.", "Zahlbar prompt netto."][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=issue, note="at once: " + ["sofort", "prompt"][rnd])


def de_folgemonat(issue, rnd):
    day = [15, 10][rnd]
    line = ["Zahlbar bis zum %d. des Folgemonats auf {iban}." % day,
            "Zahlungsziel: %d. des auf die Rechnungsstellung folgenden Monats" % day][rnd]
    return dict(lines=[line] + ([] if rnd == 0 else ["IBAN: {iban}"]), due=next_month_day(issue, day),
                note="a day of the next month")


def de_am_faellig(issue, rnd):
    due = issue + days(14)
    if rnd == 0:
        return dict(lines=["Der Rechnungsbetrag ist am %s zur Zahlung fällig." % date_in("de", due), "IBAN: {iban}"],
                    due=due, note="the date before 'fällig'")
    issue = D(2026, 12, rng.randint(16, 22))
    due = D(2027, 1, rng.randint(5, 12))
    return dict(lines=["Bitte zahlen Sie bis %d.1. auf {iban}." % due.day], due=due, issue=issue,
                note="a day and month without a year, in the next year")


def de_wrapped(issue, rnd):
    due = issue + days(14)
    if rnd == 0:
        return dict(lines=["Ich bitte Sie, den Betrag bis zum %s auf mein Konto bei der Sparkasse," % date_in("de", due),
                           "IBAN {iban}, unter Angabe der Rechnungsnummer zu überweisen."],
                    due=due, pdf_only=True, note="a request wrapped over two lines")
    return dict(lines=["Bankverbindung: {iban}"], slip=[("Rechnungsnummer", None), ("Betrag", None),
                                                       ("Zahlbar bis", date_in("de", due))],
                due=due, pdf_only=True, note="the due date only in the payment slip")


def de_abweichend(issue, rnd):
    due = issue + days(14)
    if rnd == 0:
        return dict(lines=["Zahlungsziel: 14 Tage nach Rechnungseingang", "IBAN {iban}"], due=due, sent_late=4,
                    note="a term after receipt, the mail sent days later: from the invoice's date")
    return dict(lines=["IBAN {iban}"], rows=[("Fällig am", date_in("de", due))], due=due, pdf_only=True,
                cover="Gerne können Sie auch bis zum %s zahlen." % date_in("de", due + days(10)),
                note="the body names a later date than the PDF: the PDF's")


def en_words(issue, rnd):
    n, w = [(30, "thirty"), (21, "twenty-one")][rnd]
    line = ["Please pay within %s days to {iban}." % w,
            "Payment is requested within %s (%d) days of the invoice date." % (w, n)][rnd]
    return dict(lines=[line] + ([] if rnd == 0 else ["IBAN: {iban}"]), due=issue + days(n), note="term in words")


def en_eom(issue, rnd):
    line = ["Terms: 30 days EOM", "Payment terms: Net 30 EOM"][rnd]
    return dict(lines=[line, "Bank: IBAN {iban}"], due=month_end(issue) + days(30),
                note="30 days EOM: from the invoice month's last day")


def en_month(issue, rnd):
    line = ["Payment is due within one month of the invoice date.", "Please settle within 1 month."][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=add_months(issue, 1), note="a term of one month")


def en_delivery(issue, rnd):
    delivery = issue - days(rng.randint(3, 9))
    line = ["Payment due 30 days after delivery.", "Terms: 14 days from date of delivery"][rnd]
    return dict(lines=[line, "IBAN {iban}"], rows=[("Delivery date", date_in("en", delivery))],
                due=delivery + days([30, 14][rnd]), delivery=delivery,
                note="a term counted from the printed delivery date")


def en_weekday(issue, rnd):
    due = issue + days(rng.choice([7, 14]))
    wd = WEEKDAYS["en"][due.weekday()]
    line = ["Please pay by %s %s to {iban}." % (wd, date_in("en", due, "long")),
            "Kindly remit payment no later than %s, %s." % (wd, date_in("en", due, "us"))][rnd]
    return dict(lines=[line] + ([] if rnd == 0 else ["IBAN {iban}"]), due=due, note="a weekday's name")


def en_discount(issue, rnd):
    line = ["Terms: 2/10 Net 30", "2% discount if paid within 10 days, otherwise 30 days net."][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=issue + days(30), note="a discount beside the net term")


def en_receipt(issue, rnd):
    line = ["Payment is due on receipt of this invoice.", "Please pay on collection or by transfer today."][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=issue, note="at once: " + ["on receipt", "on collection"][rnd])


def en_month_following(issue, rnd):
    day = [20, 15][rnd]
    line = ["Payable by the %dth of the month following the invoice date." % day,
            "Terms: %dth of the following month" % day][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=next_month_day(issue, day), note="a day of the next month")


def en_strictly(issue, rnd):
    n = [14, 30][rnd]
    line = ["Payment terms: strictly %d days." % n, "Terms: %d days nett" % n][rnd]
    return dict(lines=[line, "IBAN {iban}"], due=issue + days(n), note="strictly / nett")


def en_wrapped(issue, rnd):
    due = issue + days(21)
    if rnd == 0:
        return dict(lines=["We would be grateful if you could settle this invoice by",
                           "%s, quoting the invoice number, to IBAN {iban}." % date_in("en", due, "long")],
                    due=due, pdf_only=True, note="a request wrapped over two lines")
    return dict(lines=["IBAN {iban}"], slip=[("Invoice number", None), ("Amount due", None),
                                            ("Due date", date_in("en", due, "short-en"))],
                due=due, pdf_only=True, note="the due date only in the remittance slip")


SHAPES = [
    ("nl", nl_words), ("nl", nl_einde_maand), ("nl", nl_maand), ("nl", nl_levering), ("nl", nl_uiterlijk_weekday),
    ("nl", nl_korting), ("nl", nl_ontvangst), ("nl", nl_zonder_jaar), ("nl", nl_volgende_maand),
    ("nl", nl_tegen_afwijkend), ("nl", nl_wrapped),
    ("de", de_wochen), ("de", de_monatsende), ("de", de_monat), ("de", de_lieferung), ("de", de_spaetestens),
    ("de", de_skonto), ("de", de_sofort), ("de", de_folgemonat), ("de", de_am_faellig), ("de", de_wrapped),
    ("de", de_abweichend),
    ("en", en_words), ("en", en_eom), ("en", en_month), ("en", en_delivery), ("en", en_weekday),
    ("en", en_discount), ("en", en_receipt), ("en", en_month_following), ("en", en_strictly), ("en", en_wrapped),
]

SLIP_TITLE = {"nl": "Betaalstrook", "de": "Zahlschein", "en": "REMITTANCE ADVICE"}


def page(lang, seller, block, number, issue, items, totals, shape, iban_, total):
    p = mk.Page()
    p.text(56, 60, seller[0], size=14, bold=True)
    p.text(330, 60, "%s | %s" % (seller[1], seller[2]), size=8)
    y = 130
    for i, ln in enumerate(block):
        p.text(56, y + 13 * i, ln, size=10)
    y += 13 * len(block) + 24
    rows = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue))] + shape.get("rows", [])
    for i, (lab, val) in enumerate(rows):
        p.text(56, y + 13 * i, lab, size=9)
        p.text(180, y + 13 * i, val, size=9)
    y += 13 * len(rows) + 20
    y = td.pdf_items(p, y, lang, items, totals, shape["lines"], iban_)
    if shape.get("slip"):
        y = max(y + 40, 640)
        p.rule(56, y, 540, y)
        p.text(56, y + 16, SLIP_TITLE[lang], size=10, bold=True)
        for i, (lab, val) in enumerate(shape["slip"]):
            if val is None:
                val = number if i == 0 else td.money(lang, total)
            p.text(56, y + 32 + 13 * i, lab, size=9)
            p.text(200, y + 32 + 13 * i, val, size=9)
    tax = {"nl": "KvK %08d" % rng.randrange(10 ** 8), "de": "St.-Nr. %03d/%04d/%04d" % (
        rng.randrange(1000), rng.randrange(10000), rng.randrange(10000)), "en": "VAT GB %09d" % rng.randrange(10 ** 9)}
    p.text(56, 800, "%s · %s · IBAN %s" % (seller[0], tax[lang], mk.iban_spaced(iban_)), size=7)
    return [p]


def typed(lang, seller, block, number, issue, items, totals, shape, iban_):
    out = td.typed_head(lang, number, issue)
    out += ["%s: %s" % (lab, val) for lab, val in shape.get("rows", [])]
    out += ["", {"nl": "Aan:", "de": "Rechnung an:", "en": "Invoice to:"}[lang]] + block + [""]
    out += td.typed_items(lang, seller, items, totals, shape["lines"], iban_)
    return "\n".join(out)


def cover(lang, number, seller, extra):
    text = {"nl": "Beste relatie,\n\nIn de bijlage vindt u factuur %s.%s\n\nMet vriendelijke groet,\n%s",
            "de": "Guten Tag,\n\nanbei erhalten Sie die Rechnung %s.%s\n\nMit freundlichen Grüßen\n%s",
            "en": "Hello,\n\nPlease find invoice %s attached.%s\n\nKind regards,\n%s"}[lang]
    return text % (number, (" " + extra) if extra else "", seller[0])


def build():
    records = []
    i = 0
    for rnd in range(2):
        for k, (lang, shape_of) in enumerate(SHAPES):
            i += 1
            seller = td.SELLERS[lang][(k + rnd) % 3]
            block, name, business, to_name, email = DEBTORS[lang][(k * 2 + rnd) % len(DEBTORS[lang])]
            issue = D(2026, 11, 2) + days(rng.randrange(45))
            shape = shape_of(issue, rnd)
            issue = shape.get("issue", issue)
            number = td.NUMBERS[(k + rnd * 3) % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
            items, totals, total = td.amounts(lang, rng)
            iban_ = mk.iban(rng, seller[4])
            sent = issue + days(shape.get("sent_late", rng.choice([0, 0, 1])))
            subject = {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number
            to_header = td.mk_addr(to_name, email)
            as_body = rnd == 1 and k % 2 == 0 and not shape.get("pdf_only")
            if as_body:
                body = typed(lang, seller, block, number, issue, items, totals, shape, iban_)
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body)
                pages, kind, fname = None, "body-text", None
            else:
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent,
                              body_text=cover(lang, number, seller, shape.get("cover")), pdf=True)
                pages = page(lang, seller, block, number, issue, items, totals, shape, iban_, total)
                kind = "pdf"
                fname = "%s_%s.pdf" % (td.TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))
            exp = mk.expected(number, total, total, issue, shape["due"], name, email, iban_, business, lang,
                              currency="GBP" if lang == "en" else "EUR")
            records.append(mk.record("inv-due-%03d" % i, "due-" + shape_of.__name__.replace("_", "-"), lang, kind,
                                     {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                                     pdf_filename=fname, expected=exp, note=shape["note"]))
    return records


def check(records):
    """Each label's number and IBAN in the text, each due date on or after the issue date."""
    import json
    for r in records:
        text = r["eml"] + (json.dumps(r.get("pdf"), ensure_ascii=False) if r.get("pdf") else "")
        e = r["expected"]
        assert e["number"] in text, (r["id"], e["number"])
        assert mk.iban_spaced(e["iban"]) in text, r["id"]
        assert e["due_date"] >= e["issue_date"], (r["id"], e["issue_date"], e["due_date"])
        assert "{iban}" not in text, r["id"]


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-due.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
