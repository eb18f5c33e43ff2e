"""train_shapes: a training split of invoices whose shape misleads a reader (issue 8, twelfth
round), in four families, each with the near neighbours that must keep working.

1. The debtor over its representative: an estate over its executor or notary ("Nachlass ... /
   z. Hd. Testamentsvollstrecker / RA ...", "Erven ... / t.a.v. notaris ...", "Estate of the
   late ... / c/o ... Solicitors"), a ward over the guardian ("p/a bewindvoerder", "vertreten
   durch Betreuerin", a deputy), a firm over its bookkeeper or its curator.  Near neighbours: a
   firm with a contact line, a person "c/o" a company, a law firm or a notary that is itself
   the client.
2. A line table's date column: a timesheet on page 2 (or on page 1, the invoice on page 2), a
   service list with a date per row on the invoice page, the invoice's date in the header or
   below the table, a landscape timesheet.  Near neighbour: the first row's date is the
   invoice's date.
3. Rent due on the first day of its period ("spätestens am 3. Werktag", "vóór de eerste dag
   van de huurperiode", "payable in advance on the 1st of each month"), with the period
   printed; "Vorauszahlung" rows charged with VAT are charges.  Near neighbour: rent due by
   a fixed date.
4. Two columns at the same heights: the debtor's block on the left, the creditor's letterhead
   and details on the right, their baselines a little apart so a text extractor interleaves
   them.

And a few non-invoices of the same families: a timesheet sent for approval, a rent schedule,
an estate's statement, a quote to an executor, a rent increase.

Labels follow corpus/invoices/README.md: forms of address dropped unless only a surname would
remain; the debtor is the estate, the ward, the client, the firm, never the representative who
receives the mail; estates are business null, persons false, firms and bodies true.  The due
date of rent due on a period's working day counts Monday to Friday (the periods chosen have no
public holiday in their first week).

Seeded: run it to write ../train-shapes.jsonl; check() then finds each label in the text."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in  # noqa: E402
import train_debtors as td  # noqa: E402

SEED = 20261212
rng = random.Random(SEED)
D = datetime.date
WINDOW, RIGHT, LABEL, TYPED = "window", "right", "label", "typed"

# 1. (lang, the block's name lines, street, postcode line, label name, business, To name,
#     mailbox, two places)
REPRESENTED = [
    ("de", ["Nachlass Erwin Haller", "z. Hd. Testamentsvollstrecker", "RA Dr. Stefan Kolb"], "Kanzleistraße 4",
     "33602 Bielefeld", "Nachlass Erwin Haller", None, "Kanzlei Dr. Kolb", "kolb@kanzlei-kolb.de", (WINDOW, LABEL)),
    ("nl", ["Erven H. van der Laan", "t.a.v. notaris mr. P. Bosman"], "Stationsweg 12", "7411 AB Deventer",
     "Erven H. van der Laan", None, "Notariskantoor Bosman", "notaris@bosman-notarissen.nl", (WINDOW, RIGHT)),
    ("en", ["Estate of the late Arthur Penrose", "c/o Whitlock & Reed Solicitors"], "18 Castle Street",
     "York YO1 9RS", "Estate of the late Arthur Penrose", None, "Whitlock & Reed", "probate@whitlockreed.co.uk",
     (WINDOW, LABEL)),
    ("nl", ["Mevr. J. Hoekstra", "p/a bewindvoerder", "Bewindvoering Noord B.V."], "Postbus 412", "9700 AK Groningen",
     "J. Hoekstra", False, "Bewindvoering Noord", "post@bewindvoeringnoord.nl", (WINDOW, TYPED)),
    ("de", ["Herrn Walter Brenner", "vertreten durch Betreuerin", "Sabine Albers"], "Am Markt 7", "48143 Münster",
     "Walter Brenner", False, "Sabine Albers", "albers@betreuung-muenster.de", (WINDOW, RIGHT)),
    ("en", ["Mrs Edith Marsh", "c/o Carewell Deputyship Services Ltd"], "5 Albion Place", "Leeds LS1 6JL",
     "Edith Marsh", False, "Carewell Deputyship", "clients@carewell-deputy.co.uk", (LABEL, WINDOW)),
    ("de", ["Café Lindgren GmbH", "c/o Steuerbüro Albrecht & Kern"], "Bahnhofstraße 22", "79098 Freiburg",
     "Café Lindgren GmbH", True, "Steuerbüro Albrecht & Kern", "belege@albrecht-kern.de", (WINDOW, TYPED)),
    ("nl", ["Dhr. K. Postma", "p/a Bewindvoering Zorgvuldig", "t.a.v. mw. E. Dekker"], "Zuiderdiep 40",
     "9711 HH Groningen", "K. Postma", False, "E. Dekker", "e.dekker@zorgvuldig-bewind.nl", (RIGHT, LABEL)),
    ("nl", ["Timmerbedrijf Rijnders B.V.", "t.a.v. de curator mr. L. Vos"], "Keizersgracht 88", "1015 CV Amsterdam",
     "Timmerbedrijf Rijnders B.V.", True, "mr. L. Vos", "curator@vosinsolventie.nl", (WINDOW, LABEL)),
    ("de", ["Frau Irmgard Seifert", "c/o Betreuungsbüro Lange & Vogt", "z. Hd. Herrn Tim Lange"], "Lindenplatz 3",
     "04109 Leipzig", "Irmgard Seifert", False, "Betreuungsbüro Lange & Vogt", "post@lange-vogt.de", (LABEL, WINDOW)),
    ("en", ["Estate of Dorothy Ames", "c/o Mr James Ames (executor)"], "9 Orchard Rise", "Bath BA2 4QT",
     "Estate of Dorothy Ames", None, "James Ames", "james.ames@btinternet.com", (RIGHT, TYPED)),
    ("en", ["Pemberton Bakery Ltd", "c/o Hollis Bookkeeping", "Attn: Accounts"], "3 Queen Street",
     "Sheffield S1 2DX", "Pemberton Bakery Ltd", True, "Hollis Bookkeeping", "inbox@hollisbooks.co.uk",
     (WINDOW, RIGHT)),
    ("de", ["Erbengemeinschaft Ursula Kranz", "z. Hd. Herrn Martin Kranz"], "Goethestraße 15", "34119 Kassel",
     "Erbengemeinschaft Ursula Kranz", None, "Martin Kranz", "martin.kranz@gmx.de", (WINDOW, LABEL)),
    ("nl", ["Stichting Het Baken", "p/a Administratiekantoor De Cijfers", "t.a.v. mevr. R. Aydın"], "Markt 5",
     "6811 CG Arnhem", "Stichting Het Baken", True, "R. Aydın", "r.aydin@decijfers.nl", (RIGHT, WINDOW)),
    # near neighbours: the first line is the debtor, the second a contact; the lawyer as client
    ("nl", ["Bouwbedrijf Kok B.V.", "t.a.v. dhr. M. Kok"], "Industrieweg 14", "3401 MA IJsselstein",
     "Bouwbedrijf Kok B.V.", True, "M. Kok", "m.kok@bouwbedrijfkok.nl", (WINDOW, LABEL)),
    ("de", ["Dr. Nina Hartmann", "c/o Praxisgemeinschaft Am Markt"], "Marktplatz 2", "79098 Freiburg",
     "Dr. Nina Hartmann", False, "Nina Hartmann", "n.hartmann@praxis-ammarkt.de", (WINDOW, RIGHT)),
    ("en", ["Ms Laura Greene", "c/o Pinewood Creative Ltd"], "Unit 7, Mill Yard", "Leeds LS2 7QT",
     "Laura Greene", False, "Laura Greene", "laura@pinewoodcreative.co.uk", (LABEL, WINDOW)),
    ("de", ["Autohaus Becker GmbH", "z. Hd. Frau Anja Roth", "Buchhaltung"], "Hafenstraße 30", "28217 Bremen",
     "Autohaus Becker GmbH", True, "Anja Roth", "buchhaltung@autohaus-becker.de", (RIGHT, WINDOW)),
    ("en", ["Hale & Sons Solicitors", "Attn: Accounts Payable"], "21 King Street", "Bristol BS1 4EF",
     "Hale & Sons Solicitors", True, None, "accounts@halesons.co.uk", (WINDOW, TYPED)),
    ("nl", ["Notariskantoor Bosman", "t.a.v. mr. P. Bosman"], "Brink 20", "7411 BV Deventer",
     "Notariskantoor Bosman", True, None, "kantoor@bosman-notarissen.nl", (LABEL, RIGHT)),
]

LABEL_WORDS = {"nl": ["Factuuradres", "Factuur aan"], "de": ["Rechnungsempfänger", "Rechnung an"],
               "en": ["Bill to", "Invoice to"]}
TYPED_OPENER = {"nl": "Factuur aan:", "de": "Rechnung an:", "en": "Invoice to:"}


def details(p, y, lang, number, issue, due_rows, x=56, xv=180):
    rows = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue))] + due_rows
    for i, (lab, val) in enumerate(rows):
        p.text(x, y + 13 * i, lab, size=9)
        p.text(xv, y + 13 * i, val, size=9)
    return y + 13 * len(rows) + 20


def footer(p, seller, iban_, y=800):
    p.text(56, y, "%s · %s, %s · IBAN %s" % (seller[0], seller[1], seller[2], mk.iban_spaced(iban_)), size=7)


def block_page(lang, seller, block, place, number, issue, items, totals, due_rows, due_lines, iban_):
    """One page: the letterhead, the debtor's block in @place, the details, the items."""
    p = mk.Page()
    p.text(56, 60, seller[0], size=14, bold=True)
    y = 130
    if place == RIGHT:
        p.text(56, 76, seller[1], size=9)
        p.text(56, 88, seller[2], size=9)
        for i, ln in enumerate(block):
            p.text(330, 76 + 12 * i, ln, size=9)
        y = max(150, 76 + 12 * len(block) + 24)
    else:
        p.text(330, 60, "%s | %s" % (seller[1], seller[2]), size=8)
        if place == LABEL:
            p.text(56, y, rng.choice(LABEL_WORDS[lang]) + ":", size=8, bold=True)
            y += 13
        for i, ln in enumerate(block):
            p.text(56, y + 13 * i, ln, size=10)
        y += 13 * len(block) + 24
    y = details(p, y, lang, number, issue, due_rows)
    td.pdf_items(p, y, lang, items, totals, due_lines, iban_)
    footer(p, seller, iban_)
    return [p]


def typed_block_body(lang, seller, number, issue, block, items, totals, due_lines, iban_):
    out = td.typed_head(lang, number, issue) + ["", TYPED_OPENER[lang]] + block + [""]
    out += td.typed_items(lang, seller, items, totals, due_lines, iban_)
    return "\n".join(out)


def attach_body(lang, number, seller):
    return {"nl": "Beste relatie,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
            "de": "Guten Tag,\n\nanbei erhalten Sie die Rechnung %s.\n\nMit freundlichen Grüßen\n%s",
            "en": "Hello,\n\nPlease find invoice %s attached.\n\nKind regards,\n%s"}[lang] % (number, seller[0])


def subject_of(lang, number):
    return {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number


def pdf_name(lang, number):
    return "%s_%s.pdf" % (td.TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))


class Counter:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return "inv-shape-%03d" % self.n


def invoice_record(ids, tool, lang, seller, to_name, email, number, issue, pages, body, exp, note):
    sent = issue + datetime.timedelta(days=rng.choice([0, 0, 1]))
    to_header = td.mk_addr(to_name, email)
    if pages is None:
        eml = mk.mail(rng, seller[3], seller[0], to_header, subject_of(lang, number), sent, body_text=body)
        return mk.record(ids.next(), tool, lang, "body-text", {"mail_from": seller[3], "rcpt_to": [email]}, eml,
                         expected=exp, note=note)
    eml = mk.mail(rng, seller[3], seller[0], to_header, subject_of(lang, number), sent,
                  body_text=attach_body(lang, number, seller), pdf=True)
    return mk.record(ids.next(), tool, lang, "pdf", {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                     pdf_filename=pdf_name(lang, number), expected=exp, note=note)


def represented(ids, records):
    due_kinds = ["table", "by-sentence", "words", "receipt"]
    for rnd in range(2):
        for k, d in enumerate(REPRESENTED):
            lang, lines, street, pc, name, business, to_name, email, places = d
            place = places[rnd]
            seller = td.SELLERS[lang][(k + rnd) % 3]
            issue = D(2026, 11, 2) + datetime.timedelta(days=rng.randrange(38))
            number = td.NUMBERS[(k + rnd * 3) % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
            items, totals, total = td.amounts(lang, rng)
            due_kind = due_kinds[(k + rnd) % len(due_kinds)]
            if place == TYPED and due_kind == "table":
                due_kind = "words"
            due_lines, due_rows, due = td.due_text(lang, issue, due_kind, rng)
            iban_ = mk.iban(rng, seller[4])
            block = lines + [street, pc]
            if place == TYPED:
                pages, body = None, typed_block_body(lang, seller, number, issue, block, items, totals, due_lines, iban_)
            else:
                pages = block_page(lang, seller, block, place, number, issue, items, totals, due_rows, due_lines, iban_)
                body = None
            exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang,
                              currency=td.CUR[lang])
            records.append(invoice_record(ids, "shapes-represented-" + place, lang, seller, to_name, email, number,
                                          issue, pages, body, exp,
                                          "debtor over its representative, %s: %s" % (place, " / ".join(lines))))


# 2. Timesheets and service lists: (lang, debtor block, label name, business, mailbox, layout)
SHEET, SHEET_FIRST, ONE_PAGE, DATE_BELOW, LANDSCAPE, TYPED_LIST = (
    "timesheet-page2", "timesheet-page1", "service-list", "date-below-table", "landscape-page2", "typed-list")
TIMESHEETS = [
    ("nl", ["Gemeente Houten", "Afdeling Sociaal Domein", "Postbus 30", "3990 DA Houten"], "Gemeente Houten", True,
     "facturen@houten.nl"),
    ("de", ["Gesamtschule Am Rhein", "Sekretariat", "Schulstraße 5", "50668 Köln"], "Gesamtschule Am Rhein", True,
     "sekretariat@ge-amrhein.de"),
    ("en", ["Northgate Housing Trust", "Finance Team", "40 Wellington Street", "Leeds LS1 2DE"],
     "Northgate Housing Trust", True, "invoices@northgatehousing.org.uk"),
    ("nl", ["Dhr. T. Verbeek", "Lindelaan 9", "3818 HM Amersfoort"], "T. Verbeek", False, "t.verbeek@ziggo.nl"),
    ("de", ["Frau Petra Winkler", "Birkenweg 11", "79117 Freiburg"], "Petra Winkler", False, "p.winkler@web.de"),
    ("en", ["Brookfield Dental Practice", "2 Church Lane", "York YO1 8BB"], "Brookfield Dental Practice", True,
     "practice@brookfielddental.co.uk"),
]
SHEET_LAYOUTS = [SHEET, SHEET_FIRST, ONE_PAGE, DATE_BELOW, LANDSCAPE, TYPED_LIST]
SHEET_WORDS = {
    "nl": {"title": "URENSPECIFICATIE", "head": ("Datum", "Omschrijving", "Uren", "Bedrag"),
           "work": ["Begeleiding cliëntoverleg", "Adviesgesprek", "Rapportage opgesteld", "Training team",
                    "Telefonisch overleg"], "line": "Werkzaamheden %s volgens urenspecificatie",
           "sum": "Totaal uren", "see": "Zie de urenspecificatie op de volgende pagina."},
    "de": {"title": "STUNDENNACHWEIS", "head": ("Datum", "Tätigkeit", "Std.", "Betrag"),
           "work": ["Theaterworkshop Klasse 7b", "Probe Aula", "Vorbereitung Aufführung", "Beratung vor Ort",
                    "Elternabend"], "line": "Leistungen %s lt. Stundennachweis", "sum": "Summe Stunden",
           "see": "Der Stundennachweis liegt auf Seite 2 bei."},
    "en": {"title": "TIMESHEET", "head": ("Date", "Description", "Hours", "Amount"),
           "work": ["Site visit and survey", "Design meeting", "Report drafting", "Staff training session",
                    "Phone consultation"], "line": "Services %s as per timesheet", "sum": "Total hours",
           "see": "The timesheet is on the next page."},
}
RATE = {"nl": 8500, "de": 7500, "en": 6500}


def sheet_rows(lang, issue, first_is_issue):
    """Four to six dated rows in the weeks before @issue (the first on @issue itself when
    @first_is_issue): (date, work, hours in tenths, cents)."""
    n = rng.choice([4, 5, 6])
    start = issue - datetime.timedelta(days=rng.randrange(20, 28))
    days = sorted(rng.sample(range(0, 19), n))
    dates = [start + datetime.timedelta(days=x) for x in days]
    if first_is_issue:
        dates = [issue] + [issue + datetime.timedelta(days=x + 1) for x in range(n - 1)]
    rows = []
    for d in dates:
        tenths = rng.choice([10, 15, 20, 25, 30, 40])
        rows.append((d, rng.choice(SHEET_WORDS[lang]["work"]), tenths, RATE[lang] * tenths // 10))
    return rows


def hours(lang, tenths):
    s = "%d.%d" % divmod(tenths, 10)
    return s if lang == "en" else s.replace(".", ",")


def sheet_table(p, y, lang, rows, x0=56, width=484, with_title=True):
    w = SHEET_WORDS[lang]
    if with_title:
        p.text(x0, y, w["title"], size=14, bold=True)
        y += 24
    right = x0 + width
    p.text(x0, y, w["head"][0], bold=True)
    p.text(x0 + 80, y, w["head"][1], bold=True)
    p.right(right - 90, y, w["head"][2], bold=True)
    p.right(right, y, w["head"][3], bold=True)
    p.rule(x0, y + 4, right, y + 4)
    y += 16
    for d, work, tenths, cents in rows:
        p.text(x0, y, date_in(lang, d) if lang != "en" else mk.date(d, "dmy/"))
        p.text(x0 + 80, y, work)
        p.right(right - 90, y, hours(lang, tenths))
        p.right(right, y, td.money(lang, cents))
        y += 14
    p.rule(x0, y - 8, right, y - 8)
    p.text(x0 + 80, y + 4, w["sum"], bold=True)
    p.right(right - 90, y + 4, hours(lang, sum(r[2] for r in rows)), bold=True)
    return y + 30


def sheet_totals(lang, rows):
    net = sum(r[3] for r in rows)
    vat = round(net * td.VAT[lang] / 100)
    tl = {"nl": ("Subtotaal", "Btw %d%%" % td.VAT[lang], "Totaal"),
          "de": ("Zwischensumme netto", "zzgl. %d%% USt." % td.VAT[lang], "Gesamtbetrag"),
          "en": ("Subtotal", "VAT %d%%" % td.VAT[lang], "Total")}[lang]
    return [(tl[0], net), (tl[1], vat), (tl[2], net + vat)], net + vat


def window(p, lang, seller, block, y=130):
    p.text(56, 60, seller[0], size=14, bold=True)
    p.text(330, 60, "%s | %s" % (seller[1], seller[2]), size=8)
    for i, ln in enumerate(block):
        p.text(56, y + 13 * i, ln, size=10)
    return y + 13 * len(block) + 24


def month_word(lang, d):
    return "%s %d" % (mk.MONTHS[lang][d.month - 1], d.year)


def timesheet_pages(lang, seller, block, layout, number, issue, rows, totals, due_rows, due_lines, iban_):
    w = SHEET_WORDS[lang]
    summary = [(w["line"] % month_word(lang, rows[0][0]), 1, sum(r[3] for r in rows))]
    if layout in (SHEET, SHEET_FIRST, LANDSCAPE):
        inv = mk.Page()
        y = window(inv, lang, seller, block)
        y = details(inv, y, lang, number, issue, due_rows)
        y = td.pdf_items(inv, y, lang, summary, totals, due_lines, iban_)
        inv.text(56, y + 10, w["see"] if layout != SHEET_FIRST else "", size=8)
        footer(inv, seller, iban_)
        sheet = mk.Page(landscape=layout == LANDSCAPE)
        sheet.text(56, 50, seller[0], size=10, bold=True)
        sheet.text(56, 64, "%s %s" % (td.NUM_LABEL[lang], number), size=8)
        sheet_table(sheet, 100, lang, rows, width=730 if layout == LANDSCAPE else 484)
        return [sheet, inv] if layout == SHEET_FIRST else [inv, sheet]
    p = mk.Page()
    y = window(p, lang, seller, block)
    if layout == ONE_PAGE:
        # the details beside the block, the service list under the title
        rows_ = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue))] + due_rows
        for i, (lab, val) in enumerate(rows_):
            p.text(360, 130 + 13 * i, lab, size=9)
            p.text(460, 130 + 13 * i, val, size=9)
        y = max(y, 130 + 13 * len(rows_) + 24)
    p.text(56, y, td.TITLE[lang], size=16, bold=True)
    y = sheet_table(p, y + 24, lang, rows, with_title=False)
    for lab, cents in totals:
        p.text(330, y, lab)
        p.right(540, y, td.money(lang, cents))
        y += 14
    y += 12
    if layout == DATE_BELOW:
        y = details(p, y, lang, number, issue, due_rows)
    for ln in due_lines:
        p.text(56, y, ln.format(iban=mk.iban_spaced(iban_)))
        y += 14
    footer(p, seller, iban_)
    return [p]


def typed_list_body(lang, seller, number, issue, block, rows, totals, due_lines, iban_):
    """A typed invoice: the debtor, the dated list, the totals, then the number and date."""
    greet = {"nl": "Goedendag,", "de": "Guten Tag,", "en": "Hello,"}[lang]
    intro = {"nl": "Hierbij mijn factuur voor de gewerkte uren:", "de": "hier meine Rechnung für die geleisteten Stunden:",
             "en": "Here is my invoice for the hours worked:"}[lang]
    out = [greet, "", intro, "", TYPED_OPENER[lang]] + block + [""]
    for d, work, tenths, cents in rows:
        out.append("%s   %-32s %5s   %12s" % (date_in(lang, d), work, hours(lang, tenths), td.money(lang, cents)))
    out.append("")
    for lab, cents in totals:
        out.append("%-40s %18s" % (lab, td.money(lang, cents)))
    out += ["", "%s: %s" % (td.NUM_LABEL[lang], number), "%s: %s" % (td.DATE_LABEL[lang], date_in(lang, issue)), ""]
    out += [ln.format(iban=mk.iban_spaced(iban_)) for ln in due_lines]
    close = {"nl": "Met vriendelijke groet,", "de": "Mit freundlichen Grüßen", "en": "Kind regards,"}[lang]
    return "\n".join(out + ["", close, seller[0]])


def timesheets(ids, records):
    due_kinds = ["table", "by-sentence", "words"]
    i = 0
    for rnd in range(2):
        for k, (lang, block, name, business, email) in enumerate(TIMESHEETS):
            layout = SHEET_LAYOUTS[(k + rnd * 3) % len(SHEET_LAYOUTS)]
            seller = td.SELLERS[lang][(k + rnd) % 3]
            issue = D(2026, 11, 2) + datetime.timedelta(days=rng.randrange(38))
            number = td.NUMBERS[(k + rnd * 5) % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
            # the near neighbour: the first row's date is the invoice's own
            first_is_issue = i % 5 == 2
            i += 1
            rows = sheet_rows(lang, issue, first_is_issue)
            totals, total = sheet_totals(lang, rows)
            due_kind = due_kinds[(k + rnd) % len(due_kinds)]
            if layout == TYPED_LIST and due_kind == "table":
                due_kind = "by-sentence"
            due_lines, due_rows, due = td.due_text(lang, issue, due_kind, rng)
            iban_ = mk.iban(rng, seller[4])
            if layout == TYPED_LIST:
                pages = None
                body = typed_list_body(lang, seller, number, issue, block, rows, totals, due_lines, iban_)
            else:
                pages = timesheet_pages(lang, seller, block, layout, number, issue, rows, totals, due_rows, due_lines,
                                        iban_)
                body = None
            exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang,
                              currency=td.CUR[lang])
            records.append(invoice_record(ids, "shapes-" + layout, lang, seller, None, email, number, issue, pages,
                                          body, exp, "dated line table, %s%s" % (
                                              layout, "; first row on the invoice's date" if first_is_issue else "")))


# 3. Rent: (lang, tenant block, label name, business, mailbox, landlord, the rule, VAT charged)
LANDLORDS = {
    "de": [("Hausverwaltung Krämer", "Kaiserstraße 40", "60329 Frankfurt am Main", "miete@hv-kraemer.de", "DE"),
           ("Gewerbehof Ostend GbR", "Hanauer Landstraße 100", "60314 Frankfurt am Main", "buchhaltung@gewerbehof-ostend.de",
            "DE")],
    "nl": [("Vastgoed Dijkhuis B.V.", "Nieuwe Gracht 6", "3512 LT Utrecht", "huur@dijkhuisvastgoed.nl", "NL"),
           ("Bedrijfsverzamelgebouw De Werf", "Werfkade 2", "3011 BA Rotterdam", "administratie@dewerf-rotterdam.nl",
            "NL")],
    "en": [("Calder Property Lettings", "8 Park Row", "Leeds LS1 5HD", "rent@calderlettings.co.uk", "GB"),
           ("Millbrook Studios Ltd", "Millbrook Works", "Sheffield S3 8RT", "accounts@millbrookstudios.co.uk", "GB")],
}
TENANTS = [
    ("de", ["Architekturbüro Sommer", "Hanauer Landstraße 100", "60314 Frankfurt am Main"], "Architekturbüro Sommer",
     True, "buero@architektur-sommer.de"),
    ("de", ["Herrn Jonas Pfeiffer", "Eschenheimer Tor 3", "60318 Frankfurt am Main"], "Jonas Pfeiffer", False,
     "jonas.pfeiffer@gmx.de"),
    ("nl", ["Studio Vlak B.V.", "t.a.v. de administratie", "Werfkade 2, unit 14", "3011 BA Rotterdam"],
     "Studio Vlak B.V.", True, "administratie@studiovlak.nl"),
    ("nl", ["Mevr. D. Kramer", "Oudegracht 201", "3511 NK Utrecht"], "D. Kramer", False, "d.kramer@gmail.com"),
    ("en", ["Orchid Yoga Ltd", "Unit 3, Millbrook Works", "Sheffield S3 8RT"], "Orchid Yoga Ltd", True,
     "hello@orchidyoga.co.uk"),
    ("en", ["Mr Callum Reid", "Flat 2, 14 Hyde Terrace", "Leeds LS2 9LN"], "Callum Reid", False,
     "callum.reid@outlook.com"),
]
# The periods: months whose first week has no public holiday.
PERIODS = [D(2026, 12, 1), D(2027, 2, 1), D(2027, 3, 1), D(2027, 6, 1), D(2027, 9, 1), D(2026, 11, 1)]
RENT_ITEMS = {
    "de": [("Kaltmiete Büro 2. OG", 92000), ("Betriebskostenvorauszahlung", 18500), ("Stellplatz Tiefgarage", 9000)],
    "nl": [("Huur bedrijfsruimte", 125000), ("Voorschot servicekosten", 21000), ("Parkeerplaats", 7500)],
    "en": [("Rent, studio 3", 85000), ("Service charge on account", 12000), ("Parking bay", 6000)],
}
RENT_ITEMS_HOME = {
    "de": [("Miete Wohnung 3. OG links", 89000), ("Nebenkostenvorauszahlung", 21000)],
    "nl": [("Huur woning", 112500), ("Voorschot servicekosten", 6500)],
    "en": [("Rent, flat 2", 95000), ("Service charge", 4500)],
}
PERIOD_LABEL = {"de": "Mietzeitraum", "nl": "Huurperiode", "en": "Period"}


def working_day(first, n):
    """The @n-th working day (Monday to Friday) of the month that starts on @first."""
    d = first
    while True:
        if d.weekday() < 5:
            n -= 1
            if n == 0:
                return d
        d += datetime.timedelta(days=1)


def period_text(lang, first, style):
    last = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    if lang == "de":
        return month_word("de", first) if style == 0 else "%s – %s" % (date_in("de", first), date_in("de", last))
    if lang == "nl":
        return "%s t/m %s" % (mk.date(first, "dmy-"), mk.date(last, "dmy-")) if style == 0 else month_word("nl", first)
    if style == 0:
        return "1–%d %s" % (last.day, month_word("en", first))
    return "%s – %s" % (mk.date(first, "long", "en"), mk.date(last, "long", "en"))


def rent_rule(lang, first, variant):
    """(the sentence, the due date) of @variant: the period's working day, its first day, or
    (the near neighbour) a fixed date before it."""
    if variant == "fixed":
        due = first - datetime.timedelta(days=rng.choice([3, 5, 7]))
        return {"de": "Bitte überweisen Sie den Betrag bis zum %s auf {iban}." % date_in("de", due),
                "nl": "Gelieve het bedrag vóór %s over te maken op {iban}." % date_in("nl", due),
                "en": "Please pay by %s to {iban}." % date_in("en", due)}[lang], due
    if lang == "de":
        if variant == "workday":
            return ("Die Miete ist monatlich im Voraus, spätestens am 3. Werktag fällig. Bitte überweisen Sie "
                    "auf {iban}.", working_day(first, 3))
        return "Die Miete ist im Voraus zum 1. eines jeden Monats zu zahlen, Konto {iban}.", first
    if lang == "nl":
        if variant == "workday":
            return ("De huur dient uiterlijk op de eerste werkdag van de huurperiode te zijn voldaan op {iban}.",
                    working_day(first, 1))
        return "Het bedrag te voldoen vóór de eerste dag van de huurperiode op {iban}.", first
    if variant == "workday":
        return "Rent is payable in advance on the first working day of the period to {iban}.", working_day(first, 1)
    return "Rent is payable in advance on the 1st of each month to {iban}.", first


def rent_totals(lang, items, vat):
    net = sum(c for _, c in items)
    tax = round(net * td.VAT[lang] / 100) if vat else 0
    tl = {"nl": ("Subtotaal", "Btw %d%%" % td.VAT[lang], "Totaal"),
          "de": ("Summe netto", "zzgl. %d%% USt." % td.VAT[lang], "Gesamtbetrag"),
          "en": ("Subtotal", "VAT %d%%" % td.VAT[lang], "Total")}[lang]
    if not vat:
        return [(tl[2], net)], net
    return [(tl[0], net), (tl[1], tax), (tl[2], net + tax)], net + tax


def rents(ids, records):
    variants = ["first", "workday", "first", "fixed"]
    for rnd in range(2):
        for k, (lang, block, name, business, email) in enumerate(TENANTS):
            landlord = LANDLORDS[lang][(k + rnd) % 2]
            first = PERIODS[(k + rnd * 2) % len(PERIODS)]
            issue = first - datetime.timedelta(days=rng.randrange(10, 20))
            number = {"de": "MR-{n:04d}", "nl": "H{n:05d}", "en": "RENT-{n:04d}"}[lang].format(n=rng.randrange(100, 9000))
            vat = business
            items = RENT_ITEMS[lang] if business else RENT_ITEMS_HOME[lang]
            items = items[:rng.choice([2, len(items)])]
            totals, total = rent_totals(lang, items, vat)
            variant = variants[(k + rnd * 3) % len(variants)]
            line, due = rent_rule(lang, first, variant)
            iban_ = mk.iban(rng, landlord[4])
            p = mk.Page()
            y = window(p, lang, landlord, block)
            rows = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue)),
                    (PERIOD_LABEL[lang], period_text(lang, first, (k + rnd) % 2))]
            for i, (lab, val) in enumerate(rows):
                p.text(56, y + 13 * i, lab, size=9)
                p.text(180, y + 13 * i, val, size=9)
            y += 13 * len(rows) + 20
            td.pdf_items(p, y, lang, [(desc, 1, c) for desc, c in items], totals, [line], iban_)
            footer(p, landlord, iban_)
            exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang,
                              currency=td.CUR[lang])
            records.append(invoice_record(ids, "shapes-rent-" + variant, lang, landlord, None, email, number, issue,
                                          [p], None, exp, "rent due %s; period %s" % (variant, first.isoformat())))


# 4. Two columns at the same heights: the debtor left, the creditor's letterhead right.
CREATORS = {
    "de": [("Theaterworkshops Lena Maas", "Lena Maas", "Kastanienweg 3", "50667 Köln", "rechnung@theater-maas.de", "DE"),
           ("Fotostudio Lichtblick", "Inh. Deniz Aksoy", "Ehrenstraße 44", "50672 Köln", "studio@lichtblick-foto.de",
            "DE")],
    "nl": [("Kindertheater De Zeepbel", "Mira de Graaf", "Lange Nieuwstraat 9", "3512 PA Utrecht",
            "info@dezeepbel.nl", "NL"),
           ("Yoga & Ontspanning Roos", "Roos Vermeulen", "Kerkstraat 31", "2011 BG Haarlem", "roos@yoga-roos.nl", "NL")],
    "en": [("Brightside Drama Workshops", "Amy Coulson", "12 Mill Street", "Leeds LS9 8AB",
            "amy@brightsidedrama.co.uk", "GB"),
           ("Hollow Oak Illustration", "Tom Pryce", "4 Orchard Lane", "Bath BA1 5EX", "tom@hollowoak.co.uk", "GB")],
}
INTERLEAVED = [
    ("de", ["Gesamtschule Am Rhein", "Sekretariat", "Schulstraße 5", "50668 Köln"], "Gesamtschule Am Rhein", True,
     "sekretariat@ge-amrhein.de"),
    ("de", ["Kita Sonnenblume e.V.", "Frau Heike Brandt", "Gartenweg 2", "50733 Köln"], "Kita Sonnenblume e.V.", True,
     "kita-sonnenblume@web.de"),
    ("nl", ["Basisschool De Wilgen", "t.a.v. de directie", "Wilgenlaan 4", "3523 KT Utrecht"], "Basisschool De Wilgen",
     True, "directie@bsdewilgen.nl"),
    ("nl", ["Mevr. S. van Rijn", "Zijlweg 88", "2013 DK Haarlem"], "S. van Rijn", False, "s.vanrijn@kpnmail.nl"),
    ("en", ["St Anne's Primary School", "School Business Manager", "Park Road", "Leeds LS6 1AB"],
     "St Anne's Primary School", True, "sbm@stannes-leeds.sch.uk"),
    ("en", ["Mr Ravi Patel", "27 Sydney Buildings", "Bath BA2 6BZ"], "Ravi Patel", False, "ravi.patel@gmail.com"),
]
CREATOR_DETAILS = {
    "de": ["Tel. 0221 %07d" % 4471230, "Steuernr. 215/5012/%04d" % 3381, "www.%s"],
    "nl": ["Tel. 06-%08d" % 41236587, "KvK %08d" % 71234561, "Btw NL%09dB01" % 865432109],
    "en": ["Tel. 07%09d" % 700123456, "www.%s", "UTR %010d" % 4412398761],
}


def interleaved_page(lang, creator, block, pitch, number, issue, items, totals, due_rows, due_lines, iban_):
    """The debtor's block on the left at one line pitch, the creator's name, address and
    details on the right at another, starting at the same height."""
    p = mk.Page()
    top = 128
    p.text(56, top - 16, "%s · %s · %s" % (creator[0], creator[2], creator[3]), size=6)
    for i, ln in enumerate(block):
        p.text(56, top + pitch[0] * i, ln, size=10)
    site = creator[4].split("@")[1]
    right = [creator[0], creator[1], creator[2], creator[3]] + [d.replace("%s", site) if "%s" in d else d
                                                                for d in CREATOR_DETAILS[lang]] + [creator[4]]
    for i, ln in enumerate(right):
        p.text(360, top - 2 + pitch[1] * i, ln, size=11 if i == 0 else 8, bold=i == 0)
    y = max(top + pitch[0] * len(block), top + pitch[1] * len(right)) + 28
    y = details(p, y, lang, number, issue, due_rows)
    td.pdf_items(p, y, lang, items, totals, due_lines, iban_)
    p.text(56, 800, "%s · IBAN %s" % (creator[0], mk.iban_spaced(iban_)), size=7)
    return [p]


WORKSHOP_ITEMS = {
    "de": [("Theaterworkshop (Doppelstunde)", 4, 9000), ("Materialpauschale", 1, 4500), ("Fotoshooting Schulfest", 1, 38000)],
    "nl": [("Voorstelling kindertheater", 1, 45000), ("Workshop (per uur)", 3, 7500), ("Reiskosten", 1, 3800)],
    "en": [("Drama workshop (per session)", 3, 12000), ("Materials", 1, 3500), ("Illustration, school mural", 1, 48000)],
}


def interleaved(ids, records):
    pitches = [(13, 11), (12, 10), (14, 12), (13, 9.5)]
    due_kinds = ["table", "by-sentence", "words"]
    for rnd in range(2):
        for k, (lang, block, name, business, email) in enumerate(INTERLEAVED):
            creator = CREATORS[lang][(k + rnd) % 2]
            issue = D(2026, 11, 2) + datetime.timedelta(days=rng.randrange(38))
            number = td.NUMBERS[(k + rnd * 4) % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
            items = rng.sample(WORKSHOP_ITEMS[lang], 2)
            net = sum(q * c for _, q, c in items)
            # a small business below the VAT threshold: no VAT
            totals = [({"de": "Gesamtbetrag", "nl": "Totaal", "en": "Total"}[lang], net)]
            due_lines, due_rows, due = td.due_text(lang, issue, due_kinds[(k + rnd) % 3], rng)
            iban_ = mk.iban(rng, creator[5])
            pages = interleaved_page(lang, creator, block, pitches[(k + rnd) % len(pitches)], number, issue, items,
                                     totals, due_rows, due_lines, iban_)
            exp = mk.expected(number, net, net, issue, due, name, email, iban_, business, lang,
                              currency=td.CUR[lang])
            seller = (creator[0], creator[2], creator[3], creator[4], creator[5])
            records.append(invoice_record(ids, "shapes-two-columns", lang, seller, None, email, number, issue, pages,
                                          None, exp, "debtor left, creator's letterhead right at the same heights"))


# Non-invoices of the same families.
def not_invoices(records):
    out = []
    n = 0

    def add(lang, seller, email, subject, body, pages, why):
        nonlocal n
        n += 1
        d = D(2026, 11, 10) + datetime.timedelta(days=rng.randrange(30))
        eml = mk.mail(rng, seller[3], seller[0], email, subject, d, body_text=body, pdf=pages is not None)
        out.append(mk.record("inv-shape-n%02d" % n, "shapes-not-invoice", lang, "none" if pages is None else "pdf",
                             {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                             pdf_filename="document.pdf" if pages else None, why_not=why))

    # timesheets sent for approval, before any invoice
    for lang in ("nl", "de", "en"):
        seller = td.SELLERS[lang][0]
        rows = sheet_rows(lang, D(2026, 11, 30), False)
        p = mk.Page()
        p.text(56, 60, seller[0], size=14, bold=True)
        sheet_table(p, 120, lang, rows)
        ask = {"nl": "Graag uw akkoord op deze uren; daarna volgt de factuur.",
               "de": "Bitte bestätigen Sie die Stunden; die Rechnung folgt danach.",
               "en": "Please approve these hours; the invoice will follow."}[lang]
        p.text(56, 400, ask)
        subj = {"nl": "Urenspecificatie november ter akkoord", "de": "Stundennachweis November zur Freigabe",
                "en": "Timesheet November for approval"}[lang]
        add(lang, seller, TIMESHEETS[["nl", "de", "en"].index(lang)][4], subj, ask, [p],
            "a timesheet sent for approval; the invoice follows")
    # a rent schedule for the year and a rent increase
    landlord = LANDLORDS["de"][0]
    plan = ["Guten Tag Herr Pfeiffer,", "", "anbei der Zahlungsplan für 2027:", ""]
    for m in range(1, 13):
        plan.append("%s   Miete %s   1.110,00 €" % (date_in("de", D(2027, m, 3)), mk.MONTHS["de"][m - 1]))
    plan += ["", "Die Miete ist monatlich im Voraus, spätestens am 3. Werktag fällig.", "",
             "Mit freundlichen Grüßen", landlord[0]]
    add("de", landlord, "jonas.pfeiffer@gmx.de", "Zahlungsplan Miete 2027", "\n".join(plan), None,
        "a rent schedule for the year: each month's rent is asked for by its own invoice or standing order")
    landlord = LANDLORDS["nl"][0]
    add("nl", landlord, "d.kramer@gmail.com", "Huurverhoging per 1 februari 2027",
        "Beste mevrouw Kramer,\n\nPer 1 februari 2027 wordt de huur verhoogd met 3,1%%. De nieuwe huur bedraagt "
        "€ 1.159,88 per maand, te voldoen vóór de eerste dag van de huurperiode op NL%s.\n\nMet vriendelijke groet,\n%s"
        % (mk.iban(rng, "NL")[2:], landlord[0]), None, "a rent increase announced, no amount charged")
    # an estate's statement and a quote to an executor
    seller = td.SELLERS["en"][1]
    add("en", seller, "probate@whitlockreed.co.uk", "Estate of the late Arthur Penrose - statement",
        "Dear Sirs,\n\nAs requested, a statement of the account of the Estate of the late Arthur Penrose:\n\n"
        "Invoice INV-A/0412 of 3 October 2026   £420.00\nPaid 21 October 2026   -£420.00\nBalance   £0.00\n\n"
        "Kind regards,\n%s" % seller[0], None, "a statement of account with nothing owed")
    seller = td.SELLERS["de"][0]
    add("de", seller, "kolb@kanzlei-kolb.de", "Angebot Räumung Nachlass Haller",
        "Sehr geehrter Herr Dr. Kolb,\n\nfür den Nachlass Erwin Haller bieten wir die Räumung und Renovierung der "
        "Wohnung an:\n\nAngebot AN-2026-118 vom 20.11.2026\nGesamtbetrag 3.480,00 € inkl. 19 %% USt.\n"
        "Gültig bis 31.12.2026.\n\nMit freundlichen Grüßen\n%s" % seller[0], None, "a quote to an executor")
    seller = td.SELLERS["nl"][2]
    add("nl", seller, "post@bewindvoeringnoord.nl", "Mevr. J. Hoekstra - betalingsregeling",
        "Geachte bewindvoerder,\n\nHierbij bevestigen wij de betalingsregeling voor factuur 2026/0412 van mevr. J. "
        "Hoekstra: zes termijnen van € 45,00, de eerste vóór 1 januari 2027.\n\nMet vriendelijke groet,\n%s"
        % seller[0], None, "a payment plan confirmed for an invoice sent before")
    records.extend(out)


def check(records):
    """train_debtors' check on the invoices: each label's number, name and IBAN printed."""
    td.check([r for r in records if r["expected"] is not None])


def build():
    records = []
    ids = Counter()
    represented(ids, records)
    timesheets(ids, records)
    rents(ids, records)
    interleaved(ids, records)
    not_invoices(records)
    return records


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-shapes.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
