"""train_names3: a third training split of debtors' names and kinds (names16 round), written to
probe how the rules generalise before any of them changes: debtor shapes real letters print
that the earlier splits lack, in nl, en and de.

- a line above or beside the name that is not the debtor: "c/o", "p/a", "bei", a department
  above a firm ("Afdeling Inkoop", "Abteilung Einkauf", "Accounts Payable"), a person under
  a firm, an attention after the address ("Attn:", "T.a.v.", "z. Hd."), a customer number
  opening the block ("Klantnr. 20417", "Kd.-Nr. 44812", "Account: C-10293");
- a firm's name over two lines ("Coöperatieve Zuivelfabriek" / "De Eendracht U.A.");
- a person trading under a name ("h.o.d.n.", "t/a", "trading as", "Inh.") over two lines;
- persons' names with apostrophes, hyphens, particles in capitals ("Van den Berg", "Van Der
  Meulen"), initials only, a couple with two surnames, a family;
- organisations without a legal form: foundations, schools, churches, municipalities, an
  owners' or residents' association, an "Erbengemeinschaft" and an "Eigentümergemeinschaft";
- the To header that spells a diacritic without it ("Juergen Mueller" for "Jürgen Müller"),
  shows a person at a firm, or a consumer at a mailbox of their own domain;
- the window block set on the right, and the block under a logo with no return line.

Labels follow corpus/invoices/README.md: forms of address dropped unless only a surname would
remain; the organisation over a department, an office or a contact; the person "c/o" a place
is the person; a person trading under a name is labelled as printed on one line with its
joining word ("J. de Wit h.o.d.n. De Wit Schilderwerken", as heldout14 labels it); a firm's
name over two lines joined with a space; persons and households false, organisations true,
an estate's heirs and a German WEG null.

Seeded: run it to write ../train-names3.jsonl; train_debtors.check() then finds each label's
words in the text.  Money, due dates and items are train_debtors.py's, the page's other
places train_names2.py's."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
import train_debtors as td  # noqa: E402
import train_names2 as n2  # noqa: E402

SEED = 20261216
rng = random.Random(SEED)

WINDOW, RIGHT, LABEL, TYPED = n2.WINDOW, n2.RIGHT, n2.LABEL, n2.TYPED
WINDOW_RIGHT = "window-right"  # the window on the right: return line and block at the right margin's column
LOGO = "logo"                  # the block right under a large logo, no return line

# (lang, place, the block's lines as printed, the label's name, business, the To header's display
#  name (None: the bare address), mailbox)
DEBTORS = [
    # c/o, p/a, bei: the person is the debtor
    ("nl", WINDOW, ["Mevr. A. Visser", "p/a Woonzorgcentrum Het Anker", "Ankerstraat 10", "8261 GB Kampen"],
     "A. Visser", False, None, "annie.visser@kpnmail.nl"),
    ("de", WINDOW_RIGHT, ["Herrn Lukas Brandt", "bei Familie Schröder", "Kastanienallee 31", "10435 Berlin"],
     "Lukas Brandt", False, None, "lukas.brandt@posteo.de"),
    ("en", LOGO, ["Ms Imogen Hart", "c/o The Old Rectory", "Church Street", "Ludlow SY8 1AP"],
     "Imogen Hart", False, "Imogen Hart", "imogen.hart@outlook.com"),
    # a department above the firm
    ("nl", WINDOW, ["Afdeling Inkoop", "Van Gelder Installatietechniek B.V.", "Zuidhaven 7", "4761 CR Zevenbergen"],
     "Van Gelder Installatietechniek B.V.", True, None, "inkoop@vangelder-installatie.nl"),
    ("de", RIGHT, ["Abteilung Einkauf", "Hebel Metallbau GmbH", "Industriestraße 12", "73033 Göppingen"],
     "Hebel Metallbau GmbH", True, None, "einkauf@hebel-metallbau.de"),
    ("en", WINDOW_RIGHT, ["Accounts Payable", "Brightwater Homes Ltd", "Unit 4, Kingsway Park", "Derby DE22 3FT"],
     "Brightwater Homes Ltd", True, None, "invoices@brightwaterhomes.co.uk"),
    # a person under the firm, the To header showing the person
    ("nl", LABEL, ["Studio Noord B.V.", "Dhr. K. Mulder", "Noorderhaven 22", "9712 VL Groningen"],
     "Studio Noord B.V.", True, "Koen Mulder", "koen@studionoord.nl"),
    ("en", RIGHT, ["Calder & Finch LLP", "Ms Rachel Finch", "9 Albion Street", "Leeds LS1 5ER"],
     "Calder & Finch LLP", True, "Rachel Finch", "rachel@calderfinch.co.uk"),
    ("de", LOGO, ["Brauhaus Am Markt", "Herr Tobias Ederer", "Marktplatz 3", "83022 Rosenheim"],
     "Brauhaus Am Markt", True, "Tobias Ederer", "t.ederer@brauhaus-am-markt.de"),
    # an attention after the address
    ("en", WINDOW, ["Westfield Dental Care Ltd", "22 High Street", "Reading RG1 2AB", "Attn: Dr Priya Shah"],
     "Westfield Dental Care Ltd", True, "Priya Shah", "priya.shah@westfielddental.co.uk"),
    ("nl", RIGHT, ["Stichting Het Gildehuis", "Kerkstraat 4", "5211 KH 's-Hertogenbosch", "T.a.v. mevr. J. Bos"],
     "Stichting Het Gildehuis", True, None, "j.bos@gildehuis.nl"),
    ("de", WINDOW, ["Autohaus Kern GmbH", "Ringstraße 2", "97421 Schweinfurt", "z. Hd. Herrn Kern"],
     "Autohaus Kern GmbH", True, None, "buchhaltung@autohaus-kern.de"),
    # a firm's name over two lines
    ("nl", WINDOW, ["Coöperatieve Zuivelfabriek", "De Eendracht U.A.", "Melkweg 1", "9285 TA Buitenpost"],
     "Coöperatieve Zuivelfabriek De Eendracht U.A.", True, None, "crediteuren@de-eendracht.nl"),
    ("de", LABEL, ["Gesellschaft für Umwelttechnik", "und Recycling mbH", "Hafenstraße 44", "47119 Duisburg"],
     "Gesellschaft für Umwelttechnik und Recycling mbH", True, None, "rechnungen@gur-duisburg.de"),
    ("en", WINDOW_RIGHT, ["Northern Counties Housing", "Association Ltd", "Gallowgate House", "Newcastle NE1 4SD"],
     "Northern Counties Housing Association Ltd", True, None, "payables@nchousing.org.uk"),
    # a person trading under a name, over two lines
    ("nl", WINDOW, ["J. de Wit", "h.o.d.n. De Wit Schilderwerken", "Lindelaan 9", "3904 JB Veenendaal"],
     "J. de Wit h.o.d.n. De Wit Schilderwerken", True, None, "info@dewitschilderwerken.nl"),
    ("en", LABEL, ["Mark Evans", "t/a Evans Roofing", "3 Bridge Street", "Swansea SA1 3LT"],
     "Mark Evans t/a Evans Roofing", True, "Mark Evans", "evansroofing@gmail.com"),
    # apostrophes, hyphens, particles in capitals, initials only
    ("en", WINDOW, ["Mr D'Arcy O'Neill", "41 Marine Parade", "Dún Laoghaire", "Co. Dublin A96 K2T8"],
     "D'Arcy O'Neill", False, "Darcy ONeill", "darcy.oneill@eircom.net"),
    ("nl", LOGO, ["Mevr. C. van 't Hof", "Duinweg 17", "2202 BN Noordwijk"],
     "C. van 't Hof", False, None, "c.vanthof@ziggo.nl"),
    ("de", WINDOW, ["Frau Anna-Lena Meyer-Hoffmann", "Am Stadtgraben 2-4", "48143 Münster"],
     "Anna-Lena Meyer-Hoffmann", False, "Anna-Lena Meyer-Hoffmann", "al.meyer-hoffmann@web.de"),
    ("nl", RIGHT, ["Dhr. R. Van den Berg", "Kapelstraat 8", "2800 Mechelen"],
     "R. Van den Berg", False, None, "rvandenberg@telenet.be"),
    ("nl", WINDOW_RIGHT, ["A.B.C. Jansen", "Prinsengracht 112", "1015 EA Amsterdam"],
     "A.B.C. Jansen", False, None, "abc.jansen@xs4all.nl"),
    ("en", RIGHT, ["J.R. Hartley", "12 Bookman's Row", "Bath BA1 2QH"],
     "J.R. Hartley", False, None, "jrhartley@btinternet.com"),
    # a family, a couple with two surnames
    ("nl", WINDOW, ["Fam. Öztürk", "Anjerstraat 30", "7511 JG Enschede"],
     "Fam. Öztürk", False, "Fam. Ozturk", "fam.ozturk@ziggo.nl"),
    ("en", LABEL, ["Mr Tom Reed and Ms Sara Lind", "5 Orchard Close", "Cambridge CB4 1XY"],
     "Tom Reed and Sara Lind", False, None, "tom.reed@gmail.com"),
    ("de", WINDOW_RIGHT, ["Herrn Jan Vogt und Frau Lea Sommer", "Weidenweg 11", "79098 Freiburg"],
     "Jan Vogt und Lea Sommer", False, None, "vogt.sommer@gmx.de"),
    # organisations without a legal form: foundations, schools, churches, municipalities
    ("de", WINDOW, ["Stiftung Kinderhilfe Allgäu", "Bahnhofstraße 6", "87435 Kempten"],
     "Stiftung Kinderhilfe Allgäu", True, None, "verwaltung@kinderhilfe-allgaeu.de"),
    ("nl", RIGHT, ["Openbare Basisschool De Regenboog", "Schoolstraat 5", "8011 XH Zwolle"],
     "Openbare Basisschool De Regenboog", True, None, "administratie@obsderegenboog.nl"),
    ("en", LOGO, ["St Mary's C of E Primary School", "School Lane", "Thame OX9 3AE"],
     "St Mary's C of E Primary School", True, "School Office", "office@stmarys-thame.oxon.sch.uk"),
    ("nl", WINDOW, ["Protestantse Gemeente Lochem", "Kerkplein 1", "7241 AA Lochem"],
     "Protestantse Gemeente Lochem", True, None, "kerkrentmeesters@pglochem.nl"),
    ("de", RIGHT, ["Ev.-luth. Kirchengemeinde St. Johannis", "Kirchplatz 2", "29525 Uelzen"],
     "Ev.-luth. Kirchengemeinde St. Johannis", True, None, "kirchenbuero@johannis-uelzen.de"),
    ("en", WINDOW, ["St Andrew's Parochial Church Council", "The Vestry", "Church Road", "Ashby LE65 1AB"],
     "St Andrew's Parochial Church Council", True, "PCC Treasurer", "treasurer@standrewsashby.org.uk"),
    ("nl", LABEL, ["Gemeente Zeewolde", "t.a.v. afdeling Financiën", "Postbus 1", "3890 AA Zeewolde"],
     "Gemeente Zeewolde", True, None, "facturen@zeewolde.nl"),
    ("de", LOGO, ["Ortsgemeinde Hütschenhausen", "Hauptstraße 48", "66882 Hütschenhausen"],
     "Ortsgemeinde Hütschenhausen", True, None, "gemeinde@huetschenhausen.de"),
    # owners' and residents' associations, heirs
    ("nl", WINDOW_RIGHT, ["Vereniging van Eigenaars Residentie Duinzicht", "Boulevard 40", "2202 KA Noordwijk"],
     "Vereniging van Eigenaars Residentie Duinzicht", True, None, "bestuur@vveduinzicht.nl"),
    ("en", RIGHT, ["Maple Court Residents' Association", "Flat 1, Maple Court", "Guildford GU1 3RS"],
     "Maple Court Residents' Association", True, None, "maplecourtra@gmail.com"),
    ("de", WINDOW, ["Eigentümergemeinschaft Parkstraße 5", "Parkstraße 5", "30175 Hannover"],
     "Eigentümergemeinschaft Parkstraße 5", None, None, "weg.parkstrasse5@gmx.de"),
    ("de", LABEL, ["Erbengemeinschaft nach Wilhelm Koch", "z. Hd. Frau Renate Koch", "Ulmenweg 3", "34117 Kassel"],
     "Erbengemeinschaft nach Wilhelm Koch", None, "Renate Koch", "renate.koch@t-online.de"),
    # a customer number opening the block
    ("nl", WINDOW, ["Klantnr. 20417", "Dhr. H. Smit", "Esdoornlaan 14", "3843 AK Harderwijk"],
     "H. Smit", False, None, "h.smit@hetnet.nl"),
    ("de", RIGHT, ["Kd.-Nr. 44812", "Frau Ingrid Lau", "Moltkestraße 9", "76133 Karlsruhe"],
     "Ingrid Lau", False, None, "ingrid.lau@web.de"),
    ("en", WINDOW, ["Account: C-10293", "Mr Ben Ashcroft", "18 Fern Avenue", "Bolton BL1 4HS"],
     "Ben Ashcroft", False, None, "ben.ashcroft@sky.com"),
    # a diacritic the To header spells without; a consumer at their own domain
    ("de", WINDOW, ["Herrn Jürgen Müller", "Schillerstraße 21", "04109 Leipzig"],
     "Jürgen Müller", False, "Juergen Mueller", "juergen.mueller@t-online.de"),
    ("nl", LABEL, ["Pieter Zwart", "Vondellaan 3", "2012 BA Haarlem"],
     "Pieter Zwart", False, "Pieter Zwart", "pieter@zwart.nl"),
    ("en", TYPED, ["Hannah Cole", "7 Mill Lane", "Hove BN3 4AD"],
     "Hannah Cole", False, None, "hannah@hannahcole.me"),
    ("de", TYPED, ["Bäckerei Sonnenkorn GmbH", "Lange Straße 4", "26122 Oldenburg"],
     "Bäckerei Sonnenkorn GmbH", True, "Katja Ahlers", "k.ahlers@sonnenkorn.de"),
]


def address_area(p, lang, seller, place, lines, rows):
    """The debtor's block (and the details rows) on @p for this split's own places, the
    others as train_names2 sets them; the y below them."""
    if place not in (WINDOW_RIGHT, LOGO):
        return n2.address_area(p, lang, seller, place, lines, rows)
    if place == WINDOW_RIGHT:
        n2.letterhead(p, seller)
        p.text(320, 118, n2.return_line(seller, WINDOW), size=6)
        x, y0 = 320, 132
    else:
        # the seller's logo, its name in large capitals, the block set right under it
        p.text(56, 70, seller[0].upper(), size=24, bold=True)
        p.text(400, 60, seller[1], size=8)
        p.text(400, 70, seller[2], size=8)
        x, y0 = 56, 100
    for i, ln in enumerate(lines):
        p.text(x, y0 + 13 * i, ln, size=10)
    y = max(y0 + 13 * len(lines) + 24, 200)
    for lab, val in rows:
        p.text(56, y, lab, size=9)
        p.text(180, y, val, size=9)
        y += 13
    return y + 20


def pdf_pages(lang, seller, place, lines, number, issue, items, totals, due_rows, due_lines, iban_):
    p = mk.Page()
    cust_no = "%s-%05d" % ({"nl": "K", "de": "KD", "en": "C"}[lang], rng.randrange(100, 99999))
    y = address_area(p, lang, seller, place, lines, n2.details_rows(lang, number, issue, due_rows, cust_no))
    td.pdf_items(p, y, lang, items, totals, due_lines, iban_)
    p.text(56, 810, "%s · %s, %s · IBAN %s" % (seller[0], seller[1], seller[2], mk.iban_spaced(iban_)), size=7)
    return [p]


def build():
    return [n2.invoice_record(rng, k, d + (None,), "names3", k + 3, pdf_pages) for k, d in enumerate(DEBTORS)]


if __name__ == "__main__":
    recs = build()
    td.check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-names3.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
