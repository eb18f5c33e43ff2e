"""train_names2: a second training split of debtors' names (issue 8, fourteenth round): the
shapes real debtor blocks, headers and typed invoices take in nl, en and de (NL, BE, DE, AT,
CH, UK, IE) that the earlier splits print seldom or never.

- a line of the letter's own above the name in the window: DIN 5008's note zone
  ("Persönlich/Vertraulich", "Einschreiben"), "Vertrouwelijk", "Per e-mail", "Private &
  Confidential", "BY EMAIL ONLY";
- a line that addresses the name without naming anyone: "An die" / "An das" above a public
  body, "Herrn" / "Frau" / "Herr" alone above the person, "Aan het bestuur van", "The
  Trustees of", "Eheleute";
- an office or department alone in the block, below or above the name, or as the only line
  under a payment slip's "Zahlbar durch": "Direktion", "Geschäftsleitung", "Directie",
  "Management", "The Directors", "The Practice Manager";
- the sender's return line in the window written with commas, with the details column set
  beside the block, or set between the name and the street (a small line whose baseline
  falls there);
- an attention written after the name on its line ("…, Attn: Accounts Payable", "… - t.a.v.
  crediteurenadministratie", "…, z. Hd. Frau Lange", "…, FAO Niamh Walsh");
- names with digits: a club's founding year or a restaurant's number at the end ("SV
  Blau-Weiß Hollage 1925", "Restaurant 1890"), a figure at the start ("4 Jahreszeiten
  Catering GmbH", "3D Print Hub Ltd");
- abbreviated forms of address and academic titles of the region ("Hrn. Ing.", "Fr. Dr.
  med.", "Mevr. drs.", "De heer ir.");
- a block printed in capitals, its town too ("90402 NÜRNBERG", "A-6020 INNSBRUCK");
- the beneficiary's label before the payer's ("Leistungsempfänger:" then
  "Rechnungsempfänger:", "Client:" then "Bill to:");
- typed invoices with no block: a To header of a given name alone while the text prints the
  whole name ("hey Lena, …" / "Invoice 31 for Lena Marchetti"), or an organisation's
  directory form "Surname, Given" ("Whitlock, Martin", "Dijk, Anouk van");
- near neighbours that already read right (a Belgian block with its country, an Irish
  locality above its Eircode, a UK house name) and ten mails that are no invoices with the
  same blocks (quotes, order confirmations, payment receipts, statements).

Labels follow corpus/invoices/README.md: forms of address dropped unless only a surname would
remain ("Herrn", "Hrn.", "Fr.", "Mevr.", "De heer", "Eheleute"), academic titles kept ("Dr.",
"Mag.", "Ing.", "drs.", "ir.", "Dr. med."); the organisation over an office or department; the
payer, never the beneficiary; a name printed in capitals as printed; a name a header gives in
directory form as it is said ("Martin Whitlock").  Persons false, firms, clubs and public bodies
true.

Seeded: run it to write ../train-names2.jsonl; train_debtors.check() then finds each label's
words in the text.  Money, due dates and items are train_debtors.py's."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in  # noqa: E402
import train_debtors as td  # noqa: E402

SEED = 20261214
rng = random.Random(SEED)
D = datetime.date

# Where and how the name is printed.
WINDOW = "window"            # under the letterhead, a return line above
WINDOW_COMMA = "window-comma"  # the return line with commas, the details column beside the block
WINDOW_BETWEEN = "window-between"  # the return line's baseline between the name and the street
RIGHT = "right"              # the right column of a two-column header
LABEL = "label"              # under a label
TWO_LABELS = "two-labels"    # the beneficiary's label first, then the payer's
SLIP = "slip"                # the window, and a payment slip whose "Zahlbar durch" opens with an office
TYPED = "typed"              # typed in the mail on one line after "Aan:" / "To:" / "Rechnung an:"
TYPED_NO_BLOCK = "typed-no-block"  # typed in the mail, the name in a sentence, no block

# (lang, place, the block's lines as printed (name lines, street, postcode lines), the label's
#  name, business, the To header's display name (None: the bare address), mailbox, extra)
DEBTORS = [
    # a note of the letter's own above the name
    ("de", WINDOW, ["Persönlich/Vertraulich", "Herrn Dr. Tobias Rehm", "Eichendorffstraße 14", "91054 Erlangen"],
     "Dr. Tobias Rehm", False, None, "t.rehm@posteo.de", None),
    ("de", RIGHT, ["Einschreiben", "Bäckerei Lindner GmbH", "Hauptstraße 8", "96047 Bamberg"],
     "Bäckerei Lindner GmbH", True, None, "buero@baeckerei-lindner.de", None),
    ("nl", WINDOW, ["Vertrouwelijk", "Dhr. M. Hendriks", "Wilhelminastraat 41", "6524 AL Nijmegen"],
     "M. Hendriks", False, None, "m.hendriks@ziggo.nl", None),
    ("en", WINDOW, ["Private & Confidential", "Mrs Joanne Pike", "17 Westbourne Road", "Sheffield S10 2QT"],
     "Joanne Pike", False, "Jo Pike", "jo.pike@btinternet.com", None),
    ("en", RIGHT, ["BY EMAIL ONLY", "Northgate Veterinary Ltd", "2 Northgate", "Chester CH1 2HA"],
     "Northgate Veterinary Ltd", True, None, "accounts@northgatevets.co.uk", None),
    ("nl", RIGHT, ["Per e-mail", "Stichting Buurthuis De Klimop", "Klimopstraat 2", "2802 PK Gouda"],
     "Stichting Buurthuis De Klimop", True, None, "penningmeester@buurthuisdeklimop.nl", None),
    ("de", WINDOW, ["Persönlich", "Frau Mag. Sabine Huber", "Mariahilfer Straße 88", "1070 Wien"],
     "Mag. Sabine Huber", False, None, "sabine.huber@aon.at", None),
    ("de", WINDOW, ["Vertraulich", "Herr Beat Zürcher", "Bahnhofstrasse 5", "8001 Zürich"],
     "Beat Zürcher", False, "Beat Zürcher", "beat.zuercher@bluewin.ch", None),
    # a line that addresses the name without naming anyone
    ("de", WINDOW, ["An die", "Stadtverwaltung Kamen", "Rathausplatz 1", "59174 Kamen"],
     "Stadtverwaltung Kamen", True, None, "rechnungseingang@stadt-kamen.de", None),
    ("de", RIGHT, ["An das", "Landratsamt Erding", "Alois-Schießl-Platz 2", "85435 Erding"],
     "Landratsamt Erding", True, None, "kasse@lra-ed.de", None),
    ("de", WINDOW, ["Herrn", "Jörg Wendt", "Gartenstraße 3", "31785 Hameln"],
     "Jörg Wendt", False, None, "joerg.wendt@t-online.de", None),
    ("de", LABEL, ["Frau", "Dr. Ilka Brandes", "Am Wall 120", "28195 Bremen"],
     "Dr. Ilka Brandes", False, "Ilka Brandes", "ilka.brandes@web.de", None),
    ("de", WINDOW, ["Herr", "Reto Caflisch", "Via Maistra 22", "7500 St. Moritz"],
     "Reto Caflisch", False, None, "reto.caflisch@bluewin.ch", None),
    ("nl", WINDOW, ["Aan het bestuur van", "Tennisvereniging De Lobbers", "Sportlaan 9", "7241 GL Lochem"],
     "Tennisvereniging De Lobbers", True, None, "bestuur@tvdelobbers.nl", None),
    ("en", RIGHT, ["The Trustees", "Millbrook Village Hall", "Church Road", "Millbrook PL10 1AA"],
     "Millbrook Village Hall", True, None, "trustees@millbrookhall.org.uk", None),
    ("de", WINDOW, ["Eheleute", "Klaus und Petra Wendler", "Birkenweg 7", "35396 Gießen"],
     "Klaus und Petra Wendler", False, None, "wendler.giessen@gmx.de", None),
    # an office or department alone in the block
    ("de", WINDOW, ["Hotel Seeblick AG", "Direktion", "Seestrasse 21", "6353 Weggis"],
     "Hotel Seeblick AG", True, None, "direktion@seeblick-weggis.ch", None),
    ("de", SLIP, ["Hotel Bellevue Brunnen AG", "Direktion", "Axenstrasse 4", "6440 Brunnen"],
     "Hotel Bellevue Brunnen AG", True, None, "kreditoren@bellevue-brunnen.ch", None),
    ("de", SLIP, ["Bergbahnen Sörenberg AG", "Buchhaltung", "Rischli 2", "6174 Sörenberg"],
     "Bergbahnen Sörenberg AG", True, None, "buchhaltung@soerenberg-bahnen.ch", None),
    ("nl", WINDOW, ["Zorgcentrum De Brink", "Directie", "Brinkstraat 30", "9401 HZ Assen"],
     "Zorgcentrum De Brink", True, None, "directie@zorgcentrumdebrink.nl", None),
    ("en", WINDOW, ["The Directors", "Lismore Joinery Ltd", "Unit 7, Ballymount Road", "Dublin 12 D12 X2K7"],
     "Lismore Joinery Ltd", True, None, "office@lismorejoinery.ie", None),
    ("en", LABEL, ["The Practice Manager", "Harbourside Dental Practice", "4 Quay Street", "Galway H91 E2K3"],
     "Harbourside Dental Practice", True, "Practice Manager", "pm@harboursidedental.ie", None),
    ("de", RIGHT, ["Geschäftsleitung", "Müller & Töchter Logistik GmbH", "Industriestraße 40", "76187 Karlsruhe"],
     "Müller & Töchter Logistik GmbH", True, None, "gl@mueller-toechter.de", None),
    ("nl", LABEL, ["Hotel Het Wapen van Drenthe", "Management", "Brink 4", "7991 CG Dwingeloo"],
     "Hotel Het Wapen van Drenthe", True, None, "management@wapenvandrenthe.nl", None),
    ("de", WINDOW, ["Geschäftsführung", "Autohaus Brinkmann GmbH & Co. KG", "Osnabrücker Straße 80", "49076 Osnabrück"],
     "Autohaus Brinkmann GmbH & Co. KG", True, None, "gf@autohaus-brinkmann.de", None),
    # the sender's return line with commas, the details column beside the block
    ("de", WINDOW_COMMA, ["Landtechnik Vosskuhle GmbH", "Kreditorenbuchhaltung", "Am Kanal 14", "26871 Papenburg"],
     "Landtechnik Vosskuhle GmbH", True, None, "rechnungseingang@vosskuhle-landtechnik.de", None),
    ("nl", WINDOW_COMMA, ["Loonbedrijf Ter Haar B.V.", "Crediteurenadministratie", "Veenweg 21", "7701 AB Dedemsvaart"],
     "Loonbedrijf Ter Haar B.V.", True, None, "facturen@terhaar-loonbedrijf.nl", None),
    ("en", WINDOW_COMMA, ["Pennine Stone Ltd", "Purchase Ledger", "Quarry Lane", "Halifax HX3 9QR"],
     "Pennine Stone Ltd", True, None, "purchaseledger@penninestone.co.uk", None),
    ("de", WINDOW_COMMA, ["Frau Dr. Heike Amsel", "Lindenstraße 9", "48143 Münster"],
     "Dr. Heike Amsel", False, None, "heike.amsel@web.de", None),
    # the return line's baseline between the name and the street
    ("de", WINDOW_BETWEEN, ["Sportfreunde Lindenau e.V.", "Am Sportforum 3", "04177 Leipzig"],
     "Sportfreunde Lindenau e.V.", True, "Kasse Sportfreunde", "kasse@sf-lindenau.de", None),
    ("nl", WINDOW_BETWEEN, ["Kinderopvang Het Speelhuis", "Dorpsstraat 50", "3732 HJ De Bilt"],
     "Kinderopvang Het Speelhuis", True, None, "administratie@hetspeelhuis.nl", None),
    ("en", WINDOW_BETWEEN, ["Mr Callum Fraser", "8 Marchmont Crescent", "Edinburgh EH9 1HN"],
     "Callum Fraser", False, None, "callum.fraser@gmail.com", None),
    # an attention after the name on its line
    ("en", LABEL, ["Pennine Climbing Wall Ltd, Attn: Accounts Payable", "Mill 3, Dean Clough", "Halifax HX3 5AX"],
     "Pennine Climbing Wall Ltd", True, None, "ap@penninewall.co.uk", None),
    ("nl", WINDOW, ["Bouwbedrijf Van Veen B.V. - t.a.v. crediteurenadministratie", "Nijverheidsweg 12",
                    "3771 ME Barneveld"],
     "Bouwbedrijf Van Veen B.V.", True, None, "crediteuren@vanveenbouw.nl", None),
    ("de", RIGHT, ["Weinhandlung Roth KG, z. Hd. Frau Lange", "Marktplatz 6", "97070 Würzburg"],
     "Weinhandlung Roth KG", True, "Sabine Lange", "s.lange@weinhandlung-roth.de", None),
    ("en", TYPED, ["Castlebar Physio Ltd, FAO Niamh Walsh", "4 Main Street", "Castlebar, Co. Mayo"],
     "Castlebar Physio Ltd", True, "Niamh Walsh", "niamh@castlebarphysio.ie", None),
    ("nl", LABEL, ["Kaatsclub Oer 't Hout, t.a.v. de penningmeester", "Sportpark 1", "8801 KM Franeker"],
     "Kaatsclub Oer 't Hout", True, None, "penningmeester@kcoerthout.nl", None),
    # names with digits
    ("de", WINDOW, ["SV Blau-Weiß Hollage 1925", "Am Sportplatz 4", "49134 Wallenhorst"],
     "SV Blau-Weiß Hollage 1925", True, None, "kasse@bw-hollage.de", None),
    ("nl", RIGHT, ["Korfbalvereniging Oranje 1958", "Sportlaan 40", "3905 AD Veenendaal"],
     "Korfbalvereniging Oranje 1958", True, None, "penningmeester@kvoranje.nl", None),
    ("nl", WINDOW, ["Restaurant 1890", "Stationsplein 12", "8011 CW Zwolle"],
     "Restaurant 1890", True, "Restaurant 1890", "info@restaurant1890.nl", None),
    ("de", LABEL, ["4 Jahreszeiten Catering GmbH", "Messeallee 2", "04356 Leipzig"],
     "4 Jahreszeiten Catering GmbH", True, None, "buchhaltung@4jz-catering.de", None),
    ("en", WINDOW, ["3D Print Hub Ltd", "Unit 2, Riverside Works", "Leeds LS10 1NE"],
     "3D Print Hub Ltd", True, None, "accounts@3dprinthub.co.uk", None),
    # forms of address and titles of the region
    ("de", WINDOW, ["Hrn. Ing. Markus Gruber", "Innrain 15", "6020 Innsbruck"],
     "Ing. Markus Gruber", False, None, "markus.gruber@tirol.com", None),
    ("de", RIGHT, ["Fr. Dr. med. Claudia Widmer", "Seefeldstrasse 90", "8008 Zürich"],
     "Dr. med. Claudia Widmer", False, None, "c.widmer@hin.ch", None),
    ("nl", WINDOW, ["Mevr. drs. A. Kramer", "Burgemeester de Withstraat 3", "5611 BA Eindhoven"],
     "drs. A. Kramer", False, None, "a.kramer@onsbrabantnet.nl", None),
    ("nl", LABEL, ["De heer ir. P. van Leeuwen", "Kanaaldijk 88", "5683 CR Best"],
     "ir. P. van Leeuwen", False, "Pieter van Leeuwen", "pvanleeuwen@kpnmail.nl", None),
    # a block in capitals
    ("de", WINDOW, ["MÜLLER BAUSTOFFE GMBH", "POSTFACH 12 34", "90402 NÜRNBERG"],
     "MÜLLER BAUSTOFFE GMBH", True, None, "kreditoren@mueller-baustoffe.de", None),
    ("de", RIGHT, ["TISCHLEREI HAUSER OG", "ANICHSTRASSE 7", "A-6020 INNSBRUCK"],
     "TISCHLEREI HAUSER OG", True, None, "office@tischlerei-hauser.at", None),
    # the beneficiary's label before the payer's
    ("de", TWO_LABELS, ["Leistungsempfänger:", "Mia Schubert", "Rechnungsempfänger:", "Frau Anke Schubert",
                        "Lerchenweg 4", "04229 Leipzig"],
     "Anke Schubert", False, "Anke Schubert", "anke.schubert@gmx.de", None),
    ("de", TWO_LABELS, ["Leistungsempfänger:", "Herr Paul Keller", "Rechnungsempfänger:",
                        "Keller Haustechnik GmbH", "Südring 12", "86154 Augsburg"],
     "Keller Haustechnik GmbH", True, None, "buchhaltung@keller-haustechnik.de", None),
    ("en", TWO_LABELS, ["Client:", "Oscar Reid", "Bill to:", "Mr Daniel Reid", "14 Ash Grove", "Leeds LS6 2NQ"],
     "Daniel Reid", False, "Daniel Reid", "daniel.reid@outlook.com", None),
    ("en", TWO_LABELS, ["Client:", "Ms Ava Lynch", "Bill to:", "Corrib Insurance DAC", "Claims Department",
                        "Eyre Square", "Galway H91 F2X4"],
     "Corrib Insurance DAC", True, None, "claims@corribinsurance.ie", None),
    # typed, no block: a given name alone in the header, a directory form
    ("en", TYPED_NO_BLOCK, ["Lena Marchetti"], "Lena Marchetti", False, "Lena", "lenamarchetti@proton.me",
     "given-only"),
    ("nl", TYPED_NO_BLOCK, ["Joost van der Meer"], "Joost van der Meer", False, "Joost", "joost.vdmeer@gmail.com",
     "given-only"),
    ("de", TYPED_NO_BLOCK, ["Jonas Keller"], "Jonas Keller", False, "Jonas", "jonaskeller@posteo.de", "given-only"),
    ("en", TYPED_NO_BLOCK, [], "Martin Whitlock", False, "Whitlock, Martin", "martin.whitlock@example-corp.co.uk",
     "directory"),
    ("nl", TYPED_NO_BLOCK, [], "Anouk van Dijk", False, "Dijk, Anouk van", "a.vandijk@example-zorg.nl", "directory"),
    ("de", TYPED_NO_BLOCK, [], "Katrin Schneider", False, "Schneider, Katrin", "katrin.schneider@example-ag.de",
     "directory"),
    # more of the same in Dutch and English
    ("nl", WINDOW, ["Persoonlijk", "Mevrouw E. Jacobs", "Kasteeldreef 3", "B-8000 Brugge"],
     "E. Jacobs", False, None, "els.jacobs@telenet.be", None),
    ("nl", RIGHT, ["De Directie", "Van der Linden Transport B.V.", "Transportweg 5", "2991 LV Barendrecht"],
     "Van der Linden Transport B.V.", True, None, "facturen@vdlinden-transport.nl", None),
    ("en", WINDOW, ["Kingsmead School", "The Bursar", "Kingsmead Road", "Oxford OX2 6PY"],
     "Kingsmead School", True, "Bursary", "bursary@kingsmead.oxon.sch.uk", None),
    ("nl", TWO_LABELS, ["Cliënt:", "Sem de Wit", "Factuuradres:", "Dhr. R. de Wit", "Lijsterbeslaan 12",
                        "3852 AB Ermelo"],
     "R. de Wit", False, None, "r.dewit@kpnmail.nl", None),
    ("en", WINDOW, ["HARGREAVES PLUMBING LTD", "14 MILL STREET", "BOLTON BL1 2AB"],
     "HARGREAVES PLUMBING LTD", True, None, "accounts@hargreavesplumbing.co.uk", None),
    ("en", TYPED_NO_BLOCK, [], "Chidi Okonkwo", False, "Okonkwo, Chidi", "chidi.okonkwo@example-ltd.co.uk",
     "directory"),
    # near neighbours that read right already
    ("nl", WINDOW, ["Bakkerij Peeters BV", "Kerkstraat 12", "2000 Antwerpen", "België"],
     "Bakkerij Peeters BV", True, None, "info@bakkerijpeeters.be", None),
    ("en", WINDOW, ["Ms Aoife Brennan", "12 Seapoint Avenue", "Blackrock", "Co. Dublin A94 X2Y3"],
     "Aoife Brennan", False, None, "aoife.brennan@eircom.net", None),
    ("en", RIGHT, ["Dr Helen Marsh", "Rose Cottage", "Church Lane", "Fakenham NR21 0AB"],
     "Dr Helen Marsh", False, "Helen Marsh", "helen.marsh@btinternet.com", None),
    ("de", TYPED, ["Herrn Stefan Albrecht", "Uhlandstraße 5", "70182 Stuttgart"],
     "Stefan Albrecht", False, None, "stefan.albrecht@gmx.de", None),
]

# Mails that are no invoices, with the blocks above: (lang, kind, debtor index)
NOT_INVOICES = [("nl", "quote", 2), ("de", "quote", 8), ("en", "quote", 20), ("de", "order", 22),
                ("en", "order", 4), ("nl", "receipt", 13), ("de", "receipt", 15), ("en", "receipt", 33),
                ("nl", "statement", 26), ("de", "statement", 37)]

SELLERS = td.SELLERS
RETURN_SEP = {WINDOW: " · ", WINDOW_COMMA: ", ", WINDOW_BETWEEN: " · ", SLIP: " · "}
SLIP_WORDS = ("Empfangsschein", "Zahlteil", "Konto / Zahlbar an", "Referenz", "Zahlbar durch", "Währung", "Betrag")


def details_rows(lang, number, issue, due_rows, cust_no):
    rows = [(td.NUM_LABEL[lang], number), (td.DATE_LABEL[lang], date_in(lang, issue))]
    rows.append(({"nl": "Klantnummer", "de": "Kundennummer", "en": "Customer no."}[lang], cust_no))
    return rows + due_rows


def letterhead(p, seller):
    p.text(56, 58, seller[0], size=14, bold=True)
    p.text(56, 72, "%s · %s" % (seller[1], seller[2]), size=8)
    p.text(56, 82, seller[3], size=8)


def return_line(seller, place):
    return RETURN_SEP[place].join([seller[0], seller[1], seller[2]])


def address_area(p, lang, seller, place, lines, rows):
    """The debtor's block (and the details rows) on @p; the y below them."""
    letterhead(p, seller)
    if place == RIGHT:
        for i, ln in enumerate(lines):
            p.text(330, 100 + 12 * i, ln, size=9)
        y = 110 + 12 * len(lines)
        for lab, val in rows:
            p.text(56, y, lab, size=9)
            p.text(180, y, val, size=9)
            y += 13
        return y + 20
    if place in (WINDOW, SLIP, WINDOW_COMMA):
        p.text(56, 118, return_line(seller, place), size=6)
        for i, ln in enumerate(lines):
            p.text(56, 132 + 13 * i, ln, size=10)
        if place == WINDOW_COMMA:
            # the details column beside the block, its rows at their own pitch
            for i, (lab, val) in enumerate(rows):
                p.text(350, 114 + 10 * i, lab, size=8)
                p.text(470, 114 + 10 * i, val, size=8)
            return max(132 + 13 * len(lines), 114 + 10 * len(rows)) + 30
        y = 132 + 13 * len(lines) + 24
    elif place == WINDOW_BETWEEN:
        # the small return line drawn where its baseline falls between the name and the street
        p.text(56, 128, return_line(seller, place), size=6)
        p.text(56, 120, lines[0], size=10)
        for i, ln in enumerate(lines[1:]):
            p.text(56, 133 + 13 * i, ln, size=10)
        y = 133 + 13 * len(lines) + 24
    elif place == LABEL:
        p.text(56, 118, rng.choice(td.LABELS[lang]) + ":", size=8, bold=True)
        for i, ln in enumerate(lines):
            p.text(56, 131 + 13 * i, ln, size=10)
        y = 131 + 13 * len(lines) + 24
    else:  # TWO_LABELS: each label bold over its lines
        y = 118
        for ln in lines:
            label = ln.endswith(":")
            if label and y > 118:
                y += 8
            p.text(56, y, ln, size=8 if label else 10, bold=label)
            y += 13
        y += 24
    for lab, val in rows:
        p.text(56, y, lab, size=9)
        p.text(180, y, val, size=9)
        y += 13
    return y + 20


def slip(p, seller, lines, iban_, total_text):
    """A Swiss QR-bill's payment part at the foot of the page; the payer's block opens with
    the office the ERP keeps as the address's first line."""
    y = 600
    p.rule(16, 580, 580, 580)
    p.text(16, y, "Empfangsschein", size=11, bold=True)
    p.text(190, y, "Zahlteil", size=11, bold=True)
    y += 18
    for col in (16, 320):
        yy = y
        for ln in ["Konto / Zahlbar an", mk.iban_spaced(iban_), seller[0], seller[1], seller[2], "Zahlbar durch"] + lines[1:]:
            p.text(col, yy, ln, size=8, bold=ln in SLIP_WORDS)
            yy += 10
    p.text(16, 760, "Währung", size=7, bold=True)
    p.text(70, 760, "Betrag", size=7, bold=True)
    p.text(16, 770, "EUR", size=8)
    p.text(70, 770, total_text, size=8)


def pdf_pages(lang, seller, place, lines, number, issue, items, totals, due_rows, due_lines, iban_, title=None):
    p = mk.Page()
    cust_no = "%s-%05d" % ({"nl": "K", "de": "KD", "en": "C"}[lang], rng.randrange(100, 99999))
    rows = details_rows(lang, number, issue, due_rows, cust_no)
    y = address_area(p, lang, seller, place, lines, rows)
    y = td.pdf_items(p, y, lang, items, totals, due_lines, iban_)
    if title:
        # a document that is no invoice: its own title over the invoice's
        for it in p.items:
            if it["text"] == td.TITLE[lang]:
                it["text"] = title
    if place == SLIP:
        slip(p, seller, lines, iban_, td.money(lang, totals[-1][1]).replace(" €", ""))
    p.text(56, 810, "%s · %s, %s · IBAN %s" % (seller[0], seller[1], seller[2], mk.iban_spaced(iban_)), size=7)
    return [p]


def typed_body(lang, seller, place, lines, name, number, issue, items, totals, due_lines, iban_, to_name, extra):
    if place == TYPED:
        opener = {"nl": "Aan: ", "de": "Rechnung an: ", "en": "To: "}[lang]
        out = td.typed_head(lang, number, issue) + [opener + ", ".join(lines), ""]
        out += td.typed_items(lang, seller, items, totals, due_lines, iban_)
        return "\n".join(out)
    if extra == "given-only":
        # typed on a phone: a greeting of the given name, the whole name once after the number
        greet = {"nl": "Hoi %s, de klus is klaar!", "de": "Hallo %s, alles erledigt!", "en": "hey %s, all done!"}[lang]
        head = {"nl": "Factuur %s - %s - %s", "de": "Rechnung %s - %s - %s", "en": "Invoice %s - %s - %s"}[lang]
        out = [greet % to_name, "", head % (number, date_in(lang, issue), lines[0])]
    else:
        # a colleague's mailbox in directory form; the mail greets the person
        given = name.split()[0]
        greet = {"nl": "Beste %s,", "de": "Hallo %s,", "en": "Hi %s,"}[lang] % given
        said = {"nl": "Zoals besproken hierbij de factuur voor de workshop.",
                "de": "wie besprochen hier die Rechnung für den Workshop.",
                "en": "As discussed, here is the invoice for the workshop."}[lang]
        out = [greet, "", said, "", "%s %s" % (td.NUM_LABEL[lang], number),
               "%s: %s" % (td.DATE_LABEL[lang], date_in(lang, issue))]
    out += [""] + td.typed_items(lang, seller, items, totals, due_lines, iban_)
    return "\n".join(out)


NOT_TITLE = {
    "quote": {"nl": "OFFERTE", "de": "ANGEBOT", "en": "QUOTE"},
    "order": {"nl": "ORDERBEVESTIGING", "de": "AUFTRAGSBESTÄTIGUNG", "en": "ORDER CONFIRMATION"},
    "receipt": {"nl": "BETALINGSBEWIJS", "de": "ZAHLUNGSBESTÄTIGUNG", "en": "PAYMENT RECEIPT"},
    "statement": {"nl": "REKENINGOVERZICHT", "de": "KONTOAUSZUG", "en": "STATEMENT OF ACCOUNT"},
}
NOT_SUBJECT = {
    "quote": {"nl": "Offerte %s", "de": "Angebot %s", "en": "Quote %s"},
    "order": {"nl": "Orderbevestiging %s", "de": "Auftragsbestätigung %s", "en": "Order confirmation %s"},
    "receipt": {"nl": "Betalingsbewijs %s", "de": "Zahlungsbestätigung %s", "en": "Payment receipt %s"},
    "statement": {"nl": "Rekeningoverzicht %s", "de": "Kontoauszug %s", "en": "Statement of account %s"},
}
NOT_BODY = {
    "quote": {"nl": "Hierbij onze offerte; deze is dertig dagen geldig.",
              "de": "anbei unser Angebot, gültig dreißig Tage.",
              "en": "Please find our quote attached, valid for thirty days."},
    "order": {"nl": "Hierbij de bevestiging van uw bestelling; de factuur volgt na levering.",
              "de": "anbei die Bestätigung Ihres Auftrags; die Rechnung folgt nach Lieferung.",
              "en": "Attached is the confirmation of your order; the invoice follows on delivery."},
    "receipt": {"nl": "Bedankt voor uw betaling; hierbij het betalingsbewijs. U hoeft niets meer te doen.",
                "de": "vielen Dank für Ihre Zahlung; anbei die Zahlungsbestätigung. Es ist nichts mehr offen.",
                "en": "Thank you for your payment; your receipt is attached. Nothing is outstanding."},
    "statement": {"nl": "Hierbij het overzicht van uw rekening ter informatie; dit is geen factuur.",
                  "de": "anbei Ihr Kontoauszug zur Information; dies ist keine Rechnung.",
                  "en": "Your statement of account is attached for information; this is not an invoice."},
}
WHY_NOT = {"quote": "a quote: nothing is owed until it is accepted and invoiced",
           "order": "an order confirmation: the invoice follows on delivery",
           "receipt": "a receipt for a payment made: nothing is owed",
           "statement": "a statement of account for information, no invoice"}


def attach_body(lang, number, seller, what):
    head = {"nl": "Beste relatie,", "de": "Sehr geehrte Damen und Herren,", "en": "Hello,"}[lang]
    close = {"nl": "Met vriendelijke groet,", "de": "Mit freundlichen Grüßen", "en": "Kind regards,"}[lang]
    return "%s\n\n%s\n\n%s\n%s" % (head, what % number if "%s" in what else what, close, seller[0])


def invoice_record(rng_, k, d, series, number_at, pages_of):
    """The record of the @k-th debtor @d (a DEBTORS row) of the split @series, its invoice's
    number the @number_at-th of train_debtors' shapes and its PDF from @pages_of (this
    file's pdf_pages or a split's own), every draw from @rng_."""
    lang, place, lines, name, business, to_name, email, extra = d
    seller = SELLERS[lang][k % 3]
    issue = D(2026, 11, 2) + datetime.timedelta(days=rng_.randrange(40))
    number = td.NUMBERS[number_at % len(td.NUMBERS)].format(n=rng_.randrange(12, 980))
    items, totals, total = td.amounts(lang, rng_)
    due_kind = ["table", "by-sentence", "words", "receipt"][k % 4]
    typed = place in (TYPED, TYPED_NO_BLOCK)
    if (typed or place == WINDOW_COMMA) and due_kind == "table":
        due_kind = "by-sentence"
    due_lines, due_rows, due = td.due_text(lang, issue, due_kind, rng_)
    iban_ = mk.iban(rng_, seller[4])
    subject = {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number
    to_header = td.mk_addr(to_name, email)
    sent = issue + datetime.timedelta(days=rng_.choice([0, 0, 1, 3]))
    if typed:
        body = typed_body(lang, seller, place, lines, name, number, issue, items, totals, due_lines, iban_,
                          to_name, extra)
        eml = mk.mail(rng_, seller[3], seller[0], to_header, subject, sent, body_text=body)
        pages, kind, fname = None, "body-text", None
    else:
        said = {"nl": "In de bijlage vindt u factuur %s.", "de": "anbei erhalten Sie die Rechnung %s.",
                "en": "Please find invoice %s attached."}[lang]
        body = attach_body(lang, number, seller, said)
        eml = mk.mail(rng_, seller[3], seller[0], to_header, subject, sent, body_text=body, pdf=True)
        pages = pages_of(lang, seller, place, lines, number, issue, items, totals, due_rows, due_lines, iban_)
        kind = "pdf"
        fname = "%s_%s.pdf" % (td.TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))
    exp = mk.expected(number, total, total, issue, due, name, email, iban_, business, lang, currency=td.CUR[lang])
    note = "debtor's name %s: %s" % (place, " / ".join(lines) or "(none; To: %s)" % to_name)
    return mk.record("inv-%s-%03d" % (series, k + 1), "%s-%s" % (series, place), lang, kind,
                     {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                     pdf_filename=fname, expected=exp, note=note)


def build():
    records = [invoice_record(rng, k, d, "names2", k, pdf_pages) for k, d in enumerate(DEBTORS)]
    for j, (lang, what, idx) in enumerate(NOT_INVOICES):
        _l, place, lines, _name, _b, to_name, email, _x = DEBTORS[idx]
        if place in (TYPED, TYPED_NO_BLOCK, SLIP):
            place = WINDOW
        seller = SELLERS[lang][(j + 1) % 3]
        issue = D(2026, 11, 2) + datetime.timedelta(days=rng.randrange(40))
        number = "%s-2026-%03d" % ({"quote": "OF", "order": "AB", "receipt": "BB", "statement": "RO"}[what],
                                   rng.randrange(12, 980))
        items, totals, _total = td.amounts(lang, rng)
        iban_ = mk.iban(rng, seller[4])
        pages = pdf_pages(lang, seller, place, lines, number, issue, items, totals, [], [], iban_,
                          title=NOT_TITLE[what][lang])
        # the details' number label is the document's own, not an invoice's
        own_label = {"quote": {"nl": "Offertenummer", "de": "Angebotsnummer", "en": "Quote number"},
                     "order": {"nl": "Ordernummer", "de": "Auftragsnummer", "en": "Order number"},
                     "receipt": {"nl": "Bewijsnummer", "de": "Belegnummer", "en": "Receipt number"},
                     "statement": {"nl": "Overzichtnummer", "de": "Auszugsnummer", "en": "Statement number"}}
        for it in pages[0].items:
            if it["text"] == td.NUM_LABEL[lang]:
                it["text"] = own_label[what][lang]
        subject = NOT_SUBJECT[what][lang] % number
        body = attach_body(lang, number, seller, NOT_BODY[what][lang])
        eml = mk.mail(rng, seller[3], seller[0], td.mk_addr(to_name, email), subject, issue, body_text=body, pdf=True)
        records.append(mk.record("inv-names2-%03d" % (len(DEBTORS) + j + 1), "names2-not-" + what, lang, "none",
                                 {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                                 pdf_filename="%s_%s.pdf" % (what, number), why_not=WHY_NOT[what],
                                 note="not an invoice (%s) to a block printed %s" % (what, place)))
    return records


if __name__ == "__main__":
    recs = build()
    td.check([r for r in recs if r["expected"]])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-names2.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
