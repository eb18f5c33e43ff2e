"""train_names: a training split of invoices whose debtor's name is more than one line of one
person or one organisation (issue 8, eleventh round).

Couples named one by one ("Dr. Jens Kessler und Ayşe Ünal-Kessler", "Dhr. P. de Wit en mevr.
S. Öztürk", "Mr John Hale & Ms Priya Raman"), on one line or one person a line (the second
perhaps opening with "und", "en", "&"), with the same surname, different ones, hyphenated
ones, academic titles; households ("Familie", "Fam.", "Gezin", "The ... Family"); estates
("Erven", "Nachlass", "Estate of"); names with particles and letters beyond ASCII; a trade
name over its owner ("Bakkerij De Korenaar" / "J. Smit", on two lines or after a slash); and
the near neighbours that stay one person or one organisation: a person "c/o" a company, "Jansen
en Zonen B.V.", "Krüger & Partner", "Smith and Jones Architects", a contact under a company.

Each is printed in two of seven places: the window under the letterhead, the right column of
a two-column header, under a label, in a "Kunde" / "Klant" / "Customer" cell of the details
(no address block), in a header row of cells (the customer's caption over the name, the
customer number beside it), typed in a mail on one line ("Aan: ..., street, postcode"), or
typed in a mail after "Kunde:" / "Klant:" / "Customer:" with the address below.

Labels follow corpus/invoices/README.md: forms of address dropped, a couple's second one too,
unless only a surname would remain; "Dr.", "Prof.", "Familie", "Fam.", "Gezin", "Family" stay;
a couple printed one person a line is joined with the word its second line opens with, or
the document's language's "en" / "und" / "and"; the trade name over its owner; a person c/o a
company is the person.  Persons and households are no business (false), an estate is not said
(null), firms are businesses.

Seeded: run it to write ../train-names.jsonl; check() then finds each label's words in the
text.  The layouts' money, due dates and items are train_debtors.py's."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in  # noqa: E402
import train_debtors as td  # noqa: E402

SEED = 20261211
rng = random.Random(SEED)
D = datetime.date

# Where the name stands.
WINDOW, RIGHT, LABEL, CELL, CELLS, TYPED, TYPED_LABEL = (
    "window", "right", "label", "cell", "header-cells", "typed", "typed-label")

# (lang, the name's lines as printed, street, postcode line, the label's name, business,
#  the To header's display name (None: the bare address), mailbox, the two places)
DEBTORS = [
    # couples named one by one, on one line
    ("de", ["Dr. Jens Kessler und Ayşe Ünal-Kessler"], "Lindenweg 8", "79100 Freiburg",
     "Dr. Jens Kessler und Ayşe Ünal-Kessler", False, "Ayşe Ünal-Kessler", "a.uenal-kessler@posteo.de",
     (WINDOW, CELL)),
    ("nl", ["Dhr. P. de Wit en mevr. S. Öztürk"], "Kerkstraat 14", "3811 CV Amersfoort",
     "P. de Wit en S. Öztürk", False, "S. Öztürk", "s.ozturk@ziggo.nl", (LABEL, TYPED)),
    ("en", ["Mr John Hale & Ms Priya Raman"], "27 Orchard Way", "Leeds LS6 3HT",
     "John Hale & Priya Raman", False, None, "hale.raman@gmail.com", (RIGHT, CELLS)),
    ("nl", ["Jan en Marieke Hoogendoorn"], "Brinkweg 3", "7411 BS Deventer",
     "Jan en Marieke Hoogendoorn", False, "Marieke Hoogendoorn", "marieke.hoogendoorn@kpnmail.nl",
     (WINDOW, CELL)),
    ("de", ["Herr Tobias Brandt und Frau Lena Wolff"], "Am Mühlbach 6", "33602 Bielefeld",
     "Tobias Brandt und Lena Wolff", False, "Tobias Brandt", "tobias.brandt@web.de", (LABEL, TYPED)),
    ("en", ["Dr Aisha Bello and Mr Tom Fairweather"], "9 Kingsley Road", "Bristol BS6 5AP",
     "Dr Aisha Bello and Tom Fairweather", False, "Aisha Bello", "aisha.bello@outlook.com", (WINDOW, TYPED)),
    ("nl", ["Mevr. A. Kuipers + dhr. B. van Dijk"], "Zandpad 21", "3601 NA Maarssen",
     "A. Kuipers + B. van Dijk", False, None, "kuipersvandijk@hotmail.com", (RIGHT, CELLS)),
    ("de", ["Prof. Dr. Hans-Peter Vogt und Dr. Miriam Vogt-Şahin"], "Gellertstraße 4", "04103 Leipzig",
     "Prof. Dr. Hans-Peter Vogt und Dr. Miriam Vogt-Şahin", False, "Miriam Vogt-Şahin", "m.vogt-sahin@gmx.de",
     (RIGHT, LABEL)),
    ("en", ["Mr & Mrs Oliver and Chloe Whitfield"], "The Old Rectory", "Lewes BN7 1HG",
     "Oliver and Chloe Whitfield", False, "Chloe Whitfield", "chloe.whitfield@btinternet.com", (WINDOW, CELL)),
    # couples one person a line
    ("nl", ["Dhr. R. Bakker", "Mevr. L. Bakker-Visser"], "Populierenlaan 40", "6713 AB Ede",
     "R. Bakker en L. Bakker-Visser", False, "Lotte Bakker", "lotte.bakker@xs4all.nl", (WINDOW, LABEL)),
    ("de", ["Herrn Matthias Lorenz", "und Frau Sevgi Lorenz-Aydın"], "Rosenstraße 9", "79117 Freiburg",
     "Matthias Lorenz und Sevgi Lorenz-Aydın", False, None, "lorenz-aydin@t-online.de", (WINDOW, RIGHT)),
    ("en", ["Mr Daniel Osei", "Mrs Hannah Osei"], "41 Beech Avenue", "York YO24 4AQ",
     "Daniel Osei and Hannah Osei", False, "Daniel Osei", "d.osei@gmail.com", (LABEL, RIGHT)),
    ("de", ["Dr. Katrin Hoffmann", "Michael Schulze-Hoffmann"], "Parkallee 17", "20144 Hamburg",
     "Dr. Katrin Hoffmann und Michael Schulze-Hoffmann", False, "Katrin Hoffmann", "k.hoffmann@posteo.de",
     (WINDOW, LABEL)),
    ("nl", ["J.W. van den Berg", "en A.M. van den Berg-de Jong"], "Lindenlaan 5", "3062 HK Rotterdam",
     "J.W. van den Berg en A.M. van den Berg-de Jong", False, None, "vdberg.dejong@planet.nl", (RIGHT, WINDOW)),
    ("en", ["Ms Niamh O'Sullivan", "& Mr Kofi Mensah"], "12 Hollybank Road", "Sheffield S7 2LB",
     "Niamh O'Sullivan & Kofi Mensah", False, "Niamh O'Sullivan", "niamh.osullivan@gmail.com", (WINDOW, LABEL)),
    # households
    ("de", ["Familie Rüegg-Schneider"], "Bergstrasse 12", "8032 Zürich",
     "Familie Rüegg-Schneider", False, "Rüegg-Schneider", "rueegg-schneider@bluewin.ch", (CELL, CELLS)),
    ("nl", ["Fam. Wijnands"], "Molenstraat 8", "5211 AB 's-Hertogenbosch",
     "Fam. Wijnands", False, "Wijnands", "wijnands.thuis@ziggo.nl", (CELL, TYPED_LABEL)),
    ("en", ["The Ashworth Family"], "3 Meadow Close", "Harrogate HG2 8PL",
     "The Ashworth Family", False, "Ashworth", "ashworths@outlook.com", (CELLS, CELL)),
    ("nl", ["Gezin Bouali"], "Vondellaan 60", "2332 AH Leiden",
     "Gezin Bouali", False, "Bouali", "bouali.gezin@gmail.com", (CELL, WINDOW)),
    ("de", ["Familie Özdemir"], "Schillerstraße 31", "24768 Rendsburg",
     "Familie Özdemir", False, "Özdemir", "oezdemir.familie@gmx.de", (TYPED_LABEL, CELLS)),
    ("nl", ["Familie van Dam"], "Dorpsweg 12", "1791 CA Den Burg",
     "Familie van Dam", False, "Familie van Dam", "famvandam@hetnet.nl", (CELL, LABEL)),
    ("en", ["Family Kowalczyk"], "18 Station Road", "Lewes BN7 2UP",
     "Family Kowalczyk", False, "Kowalczyk", "kowalczyk.home@gmail.com", (TYPED_LABEL, RIGHT)),
    # estates
    ("nl", ["Erven J.H. Mulder"], "Postbus 118", "7400 AC Deventer",
     "Erven J.H. Mulder", None, "Notariskantoor Dijkstra", "erven.mulder@notarisdijkstra.nl", (WINDOW, CELL)),
    ("de", ["Nachlass Helga Brandt"], "Hafenstraße 3", "20457 Hamburg",
     "Nachlass Helga Brandt", None, None, "nachlass.brandt@kanzlei-feld.de", (LABEL, RIGHT)),
    ("en", ["Estate of Margaret Lowe"], "6 Chapel Street", "Bristol BS2 0UW",
     "Estate of Margaret Lowe", None, "Peter Lowe", "peter.lowe@btinternet.com", (RIGHT, TYPED)),
    # particles and letters beyond ASCII
    ("nl", ["Mevr. Ş. Çelik-van der Linde"], "Bachlaan 7", "3723 BG Bilthoven",
     "Ş. Çelik-van der Linde", False, None, "celik.vdlinde@gmail.com", (CELLS, CELL)),
    ("de", ["Frau Zoë Ångström-Dąbrowska"], "Kantstraße 41", "10625 Berlin",
     "Zoë Ångström-Dąbrowska", False, "Zoë Ångström-Dąbrowska", "zoe.ad@posteo.de", (CELL, CELLS)),
    ("en", ["Mr Seán Ó Briain"], "22 Dock Road", "Liverpool L3 4AB",
     "Seán Ó Briain", False, "Seán Ó Briain", "sean.obriain@gmail.com", (CELL, LABEL)),
    # a trade name over its owner
    ("nl", ["Bakkerij De Korenaar", "J. Smit"], "Marktplein 2", "6711 AA Ede",
     "Bakkerij De Korenaar", True, "J. Smit", "info@bakkerijdekorenaar.nl", (WINDOW, RIGHT)),
    ("nl", ["Fietsenmakerij De Spaak / R. de Jong"], "Stationsweg 19", "3401 MA IJsselstein",
     "Fietsenmakerij De Spaak", True, None, "info@despaak.nl", (LABEL, CELL)),
    ("de", ["Schreinerei Holzwurm", "Inh. Peter Lang"], "Gewerbestraße 5", "79108 Freiburg",
     "Schreinerei Holzwurm", True, "Peter Lang", "info@schreinerei-holzwurm.de", (WINDOW, RIGHT)),
    ("en", ["Bluebell Florist", "Prop. Emma Hughes"], "4 Market Place", "Leeds LS1 6DT",
     "Bluebell Florist", True, "Emma Hughes", "hello@bluebellflorist.co.uk", (WINDOW, LABEL)),
    # near neighbours: one person, one organisation
    ("nl", ["J. Visser", "c/o Studio Lumen B.V."], "Oudegracht 120", "3511 AX Utrecht",
     "J. Visser", False, "Joris Visser", "joris@studiolumen.nl", (WINDOW, LABEL)),
    ("nl", ["Jansen en Zonen B.V."], "Ambachtsweg 4", "3401 MB IJsselstein",
     "Jansen en Zonen B.V.", True, None, "administratie@jansenenzonen.nl", (CELL, WINDOW)),
    ("de", ["Krüger & Partner"], "Domplatz 2", "48143 Münster",
     "Krüger & Partner", True, None, "kanzlei@krueger-partner.de", (RIGHT, CELLS)),
    ("en", ["Harrow & Vale Ltd", "Emily Carter"], "Unit 3, Canal Wharf", "Leeds LS11 5PS",
     "Harrow & Vale Ltd", True, "Emily Carter", "emily.carter@harrowvale.co.uk", (WINDOW, LABEL)),
    ("de", ["Berger & Söhne Dachdeckerei"], "Industriestraße 9", "33611 Bielefeld",
     "Berger & Söhne Dachdeckerei", True, None, "buero@berger-dach.de", (CELL, TYPED)),
    ("en", ["Smith and Jones Architects"], "14 Mill Lane", "Bristol BS1 4RN",
     "Smith and Jones Architects", True, None, "accounts@smithjones-arch.co.uk", (CELLS, TYPED)),
    ("nl", ["Van Dijk en De Vries Advocaten"], "Maliebaan 50", "3581 CS Utrecht",
     "Van Dijk en De Vries Advocaten", True, None, "facturen@vdvadvocaten.nl", (LABEL, CELLS)),
]

CELL_LABEL = {"nl": ["Klant", "Debiteur"], "de": ["Kunde", "Kundin"], "en": ["Customer", "Client", "Bill to"]}
CUSTOMER_NO = {"nl": "Klantnummer", "de": "Kundennummer", "en": "Customer no."}
TYPED_LABELS = {"nl": "Klant", "de": "Kunde", "en": "Customer"}


def one_line(lines):
    """The name's lines on one line, as a cell or a typed address prints them."""
    return " ".join(lines)


def in_cell(lines, rnd):
    """The name as a narrow cell prints it: a couple on one line runs over two at the word
    that joins them (that word ending the first line in one round, opening the second in
    the other), a household's word longer than the cell is wide goes on a line of its
    own; anything else on one line."""
    name = one_line(lines)
    for join in (" und ", " en ", " and ", " & ", " + "):
        if join in name and len(lines) == 1:
            head, tail = name.split(join, 1)
            return [head + join.rstrip(), tail] if rnd == 0 else [head, join.strip() + " " + tail]
    word, _, rest = name.partition(" ")
    if word in ("Familie", "Fam.", "Gezin", "Family") and len(name) > 18:
        return [word, rest]
    return [name]


def pdf_pages(lang, seller, number, issue, d, place, items, totals, due_rows, due_lines, iban_, cust_no, rnd):
    lines, street, pc = d[1], d[2], d[3]
    block = lines + [street, pc]
    p = mk.Page()
    name = seller[0]
    p.text(56, 60, name, size=14, bold=True)
    y = 130
    if place == RIGHT:
        p.text(56, 76, seller[1], size=9)
        p.text(56, 88, seller[2], size=9)
        for i, ln in enumerate(block):
            p.text(330, 76 + 12 * i, ln, size=9)
        y = 150
    else:
        p.text(330, 60, "%s | %s" % (seller[1], seller[2]), size=8)
        if place == LABEL:
            p.text(56, y, rng.choice(td.LABELS[lang]) + ":", size=8, bold=True)
            y += 13
        if place in (WINDOW, LABEL):
            for i, ln in enumerate(block):
                p.text(56, y + 13 * i, ln, size=10)
            y += 13 * len(block) + 24
        if place == CELLS:
            # a header row of cells: the captions, the values under them
            p.text(56, y, rng.choice(CELL_LABEL[lang]), size=8, bold=True)
            p.text(330, y, CUSTOMER_NO[lang], size=8, bold=True)
            for j, ln in enumerate(in_cell(lines, rnd)):
                p.text(56, y + 12 + 11 * j, ln, size=9)
            p.text(330, y + 12, cust_no, size=9)
            y += 44 + 11 * (len(in_cell(lines, rnd)) - 1)
    rows = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue))]
    if place == CELL:
        rows.insert(rng.randrange(3), (rng.choice(CELL_LABEL[lang]), in_cell(lines, rnd)))
    rows += due_rows
    for lab, val in rows:
        p.text(56, y, lab, size=9)
        for j, ln in enumerate(val if isinstance(val, list) else [val]):
            p.text(180, y + 11 * j, ln, size=9)
            y += 11 if j else 0
        y += 13
    y += 20
    td.pdf_items(p, y, lang, items, totals, due_lines, iban_)
    p.text(56, 800, "%s · %s, %s · IBAN %s" % (name, seller[1], seller[2], mk.iban_spaced(iban_)), size=7)
    return [p]


def typed_body(lang, seller, number, issue, d, place, items, totals, due_lines, iban_):
    """An invoice typed in a mail: the debtor on one line after "Aan:" / "Rechnung an:" /
    "Invoice for:", its address after commas; or after "Klant:" / "Kunde:" / "Customer:"
    with the address on the lines below."""
    lines, street, pc = d[1], d[2], d[3]
    if place == TYPED:
        opener = {"nl": rng.choice(["Aan: ", "Factuur voor "]), "de": rng.choice(["Rechnung an: ", "An: "]),
                  "en": rng.choice(["To: ", "Invoice for: "])}[lang]
        debtor = [opener + ", ".join([one_line(lines), street, pc])]
    else:
        debtor = ["%s: %s" % (TYPED_LABELS[lang], one_line(lines)), street, pc]
    out = td.typed_head(lang, number, issue) + debtor + [""]
    out += td.typed_items(lang, seller, items, totals, due_lines, iban_)
    return "\n".join(out)


def build():
    records = []
    due_kinds = ["table", "by-sentence", "words", "receipt"]
    i = 0
    for rnd in range(2):
        for k, d in enumerate(DEBTORS):
            lang, lines, _street, _pc, name, business, to_name, email, places = d
            i += 1
            place = places[rnd]
            seller = td.SELLERS[lang][(k + rnd) % 3]
            issue = D(2026, 11, 1) + datetime.timedelta(days=rng.randrange(40))
            number = td.NUMBERS[(k + rnd * 3) % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
            items, totals, total = td.amounts(lang, rng)
            due_kind = due_kinds[(k + rnd) % len(due_kinds)]
            typed = place in (TYPED, TYPED_LABEL)
            if typed and due_kind == "table":
                due_kind = "by-sentence"
            due_lines, due_rows, due = td.due_text(lang, issue, due_kind, rng)
            iban_ = mk.iban(rng, seller[4])
            subject = {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number
            to_header = td.mk_addr(to_name, email)
            sent = issue + datetime.timedelta(days=rng.choice([0, 0, 1, 2]))
            if typed:
                body = typed_body(lang, seller, number, issue, d, place, items, totals, due_lines, iban_)
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body)
                pages, kind, fname = None, "body-text", None
            else:
                body = {"nl": "Beste relatie,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
                        "de": "Guten Tag,\n\nanbei erhalten Sie die Rechnung %s.\n\nMit freundlichen Grüßen\n%s",
                        "en": "Hello,\n\nPlease find invoice %s attached.\n\nKind regards,\n%s"}[lang] % (number, seller[0])
                eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body, pdf=True)
                cust_no = "%s-%05d" % ({"nl": "K", "de": "KD", "en": "C"}[lang], rng.randrange(100, 99999))
                pages = pdf_pages(lang, seller, number, issue, d, place, items, totals, due_rows, due_lines, iban_,
                                  cust_no, rnd)
                kind, fname = "pdf", "%s_%s.pdf" % (td.TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))
            exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang,
                              currency=td.CUR[lang])
            note = "debtor's name %s: %s; due %s" % (place, " / ".join(lines), due_kind)
            records.append(mk.record("inv-name-%03d" % i, "names-" + place, lang, kind,
                                     {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                                     pdf_filename=fname, expected=exp, note=note))
    return records


if __name__ == "__main__":
    recs = build()
    # a couple printed one person a line is joined in its label with a word the print may lack
    td.check(recs, unprinted=("en", "und", "and"))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-names.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
