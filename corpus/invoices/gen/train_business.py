"""train_business: a training split of invoices whose debtor shows it is a business, a
public body or an organisation — or a private person — by more than its name (issue 8,
business round).

Businesses and organisations with and without a legal form (B.V., vof, BVBA, VZW, GmbH, UG,
KG, e.K., AG, Ltd, LLP, plc, CIC, Sàrl; stichting, Stiftung, Verein, Magistrat, Landratsamt,
OCMW, Pfarrei, Kita, hospital, surgery, credit union, "Gebr.", "Brothers", a maatschap), and
those whose name says nothing but whose invoice does: a department or "t.a.v." / "z. Hd." /
"FAO" under the name, the buyer's purchase-order number, cost centre, supplier number or
Leitweg-ID, the buyer's VAT number, reverse charge ("btw verlegd", § 13b UStG, "reverse
charge"), the mail to an invoice-processing or an office's mailbox (facturen@, ap@,
rechnungseingang@, kreditoren@, penningmeester@).  Near neighbours that stay consumers:
persons with a form of address, couples, households, and bare names at a private mailbox;
estates and a German WEG stay unsaid (null), whatever mailbox their representative reads.

Labels follow corpus/invoices/README.md lines 1-70: a business or organisation `true`, a
private person or household `false`, `null` where the invoice cannot tell (an estate, a
WEG).  The debtor's name is the organisation over its department or contact.

Seeded: run it to write ../train-business.jsonl; check() then finds each label's words in the
text.  The layouts, money, due dates and items are train_debtors.py's."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
import train_debtors as td  # noqa: E402

SEED = 20261215
rng = random.Random(SEED)
D = datetime.date

W, R, L, T = "window", "right", "label", "typed"

# (lang, the block's lines, the label's name, business, the To header's name (None: the bare
#  address), mailbox, where the block stands, details rows beside the number and date,
#  lines printed after the totals)
DEBTORS = [
    # --- Dutch and Flemish: organisations whose name says it, or whose invoice does
    ("nl", ["Zorggroep Het Baken", "Postbus 220", "8000 AE Zwolle"], "Zorggroep Het Baken", True,
     None, "crediteuren@zorggroephetbaken.nl", W, [("Inkoopordernummer", "PO-2026-4471")], []),
    ("nl", ["Woonstichting De Leeuw", "Afdeling Vastgoed", "Markt 9", "6511 KB Nijmegen"],
     "Woonstichting De Leeuw", True, None, "facturen@woonstichtingdeleeuw.nl", L, [], []),
    ("nl", ["De Groene Linde", "t.a.v. mevr. S. Kok", "Lindelaan 3", "7411 KT Deventer"], "De Groene Linde",
     True, "S. Kok", "facturen@degroenelinde.nl", W, [], []),
    ("nl", ["Hoeve Oostwold", "Oostwolderweg 12", "9682 PA Oostwold"], "Hoeve Oostwold", True,
     None, "administratie@hoeveoostwold.nl", R, [("Kostenplaats", "4410 Horeca")], []),
    ("nl", ["Trouwlocatie Het Koetshuis", "Kasteellaan 1", "3941 MJ Doorn"], "Trouwlocatie Het Koetshuis", True,
     "Events Het Koetshuis", "events@hetkoetshuis.nl", L, [], []),
    ("nl", ["Jansen & Bakker vof", "Industrieweg 14", "4104 AN Culemborg"], "Jansen & Bakker vof", True,
     None, "info@jansenbakker.nl", W, [], []),
    ("nl", ["Houtbouw Smit", "Zuiderhaven 6", "8861 CK Harlingen"], "Houtbouw Smit", True,
     "Gerrit Smit", "gerrit@houtbouwsmit.nl", W, [("Uw btw-nummer", "NL8123.45.678.B01")],
     ["Btw verlegd."]),
    ("nl", ["Stadsbakkerij Vos", "Grote Markt 2", "9711 LV Groningen"], "Stadsbakkerij Vos", True,
     None, "boekhouding@stadsbakkerijvos.nl", T, [], ["Omzetbelasting verlegd naar afnemer."]),
    ("nl", ["Antonius Hospitaal", "Crediteurenadministratie", "Koekoekslaan 1", "3435 CM Nieuwegein"],
     "Antonius Hospitaal", True, None, "crediteuren@antonius-hospitaal.nl", R, [("Bestelbon", "BB-771203")], []),
    ("nl", ["OBS De Regenboog", "Schoolstraat 5", "7461 AB Rijssen"], "OBS De Regenboog", True,
     None, "administratie@obsderegenboog.nl", W, [], []),
    ("nl", ["Maatschap Huisartsen Noord", "Noorderweg 40", "1221 AA Hilversum"], "Maatschap Huisartsen Noord",
     True, None, "praktijk@huisartsennoord.nl", L, [], []),
    ("nl", ["Stad Gent", "Dienst Feestelijkheden", "Botermarkt 1", "9000 Gent"], "Stad Gent", True,
     None, "facturen@stad.gent", R, [("Bestelbonnummer", "2026/BB/0418")], []),
    ("nl", ["OCMW Leuven", "Aankoopdienst", "Andreas Vesaliusstraat 47", "3000 Leuven"], "OCMW Leuven", True,
     None, "facturen@ocmwleuven.be", L, [], []),
    ("nl", ["Jeugdhuis De Kroon", "Kerkstraat 11", "2800 Mechelen"], "Jeugdhuis De Kroon", True,
     "Penningmeester De Kroon", "penningmeester@jeugdhuisdekroon.be", T, [], []),
    ("nl", ["Verhuur Claes BVBA", "Nijverheidslaan 8", "2500 Lier"], "Verhuur Claes BVBA", True,
     None, "info@verhuurclaes.be", W, [], []),
    ("nl", ["Kerkgenootschap De Ark", "Dorpsstraat 17", "3871 AG Hoevelaken"], "Kerkgenootschap De Ark", True,
     None, "kerkrentmeesters@deark-hoevelaken.nl", R, [], []),
    ("nl", ["Pieter Hendriks", "Veemarkt 3", "5611 DC Eindhoven"], "Pieter Hendriks", True,
     None, "facturen@hendriks-advies.nl", L, [("Uw inkoopnummer", "IO-2026-118")], []),
    ("nl", ["Gebr. Van Rijn", "Havenweg 22", "3311 BX Dordrecht"], "Gebr. Van Rijn", True,
     None, "info@gebrvanrijn.nl", W, [], []),
    # Dutch and Flemish private persons, households, an estate
    ("nl", ["Dhr. K. Bos", "Beukenlaan 8", "3722 AH Bilthoven"], "Dhr. K. Bos", False,
     None, "kbos@ziggo.nl", W, [], []),
    ("nl", ["Fam. de Graaf", "Wilgenstraat 30", "2012 EE Haarlem"], "Fam. de Graaf", False,
     "de Graaf", "fam.degraaf@kpnmail.nl", L, [], []),
    ("nl", ["Sanne Vermeer", "Prinsengracht 410", "1016 JA Amsterdam"], "Sanne Vermeer", False,
     "Sanne Vermeer", "sanne.vermeer@gmail.com", R, [], []),
    ("nl", ["Dhr. en mevr. Kramer", "Lijsterstraat 4", "6531 RS Nijmegen"], "Dhr. en mevr. Kramer", False,
     None, "kramer.thuis@hotmail.com", T, [], []),
    ("nl", ["Erven A. Bakker", "p/a Notariskantoor Hoek", "Postbus 51", "3700 AB Zeist"], "Erven A. Bakker", None,
     "Notariskantoor Hoek", "kantoor@notarishoek.nl", W, [], []),
    ("nl", ["Mevr. L. Peeters", "Vaartstraat 19", "3000 Leuven"], "L. Peeters", False,
     None, "lien.peeters@telenet.be", L, [], []),
    # --- German, Austrian, Swiss
    ("de", ["Bürgerstiftung Lindau", "Bahnhofplatz 2", "88131 Lindau"], "Bürgerstiftung Lindau", True,
     None, "buchhaltung@buergerstiftung-lindau.de", W, [], []),
    ("de", ["Magistrat der Stadt Wien", "MA 34 – Bau- und Gebäudemanagement", "Muthgasse 62", "1190 Wien"],
     "Magistrat der Stadt Wien", True, None, "rechnungen@ma34.wien.gv.at", L, [], []),
    ("de", ["Landratsamt Rosenheim", "Kämmerei", "Wittelsbacherstraße 53", "83022 Rosenheim"],
     "Landratsamt Rosenheim", True, None, "rechnungseingang@lra-rosenheim.de", R,
     [("Leitweg-ID", "09187-0000-12")], []),
    ("de", ["Alpenhof Ramsau", "Direktion", "Am Anger 4", "83486 Ramsau"], "Alpenhof Ramsau", True,
     None, "kreditoren@alpenhof-ramsau.de", W, [], []),
    ("de", ["Holz Maier", "Sägewerkstraße 3", "94469 Deggendorf"], "Holz Maier", True,
     "Anton Maier", "anton.maier@holz-maier.de", L, [("Ihre PO-Nr.", "4500123987")], []),
    ("de", ["Bau Gruber", "Gewerbepark 12", "4020 Linz"], "Bau Gruber", True,
     None, "office@bau-gruber.at", R, [],
     ["Übergang der Steuerschuld auf den Leistungsempfänger gemäß § 19 Abs. 1a UStG."]),
    ("de", ["Fliesen Kaya", "Otto-Hahn-Straße 9", "44227 Dortmund"], "Fliesen Kaya", True,
     None, "info@fliesen-kaya.de", T, [], ["Nach § 13b UStG schuldet der Leistungsempfänger die Umsatzsteuer."]),
    ("de", ["Kita Sonnenkinder", "Wiesenweg 2", "79104 Freiburg"], "Kita Sonnenkinder", True,
     None, "leitung@kita-sonnenkinder.de", W, [], []),
    ("de", ["Pfarrei St. Josef", "Pfarrgasse 1", "6020 Innsbruck"], "Pfarrei St. Josef", True,
     None, "pfarrbuero@stjosef-ibk.at", L, [], []),
    ("de", ["Lindner Transporte", "z. Hd. Frau Krüger", "Hafenstraße 40", "47119 Duisburg"], "Lindner Transporte",
     True, "Petra Krüger", "p.krueger@lindner-transporte.de", R, [("Kostenstelle", "4711")], []),
    ("de", ["Schmidt Immobilienverwaltung", "Kaiserstraße 18", "60311 Frankfurt am Main"],
     "Schmidt Immobilienverwaltung", True, None, "rechnungseingang@schmidt-iv.de", W, [], []),
    ("de", ["Klinikum Nord", "Einkauf", "Langenhorner Chaussee 560", "22419 Hamburg"], "Klinikum Nord", True,
     None, "einkauf@klinikum-nord.de", L, [("Lieferantennummer", "70044812")], []),
    ("de", ["Spitex Oberland", "Dorfstrasse 21", "3714 Frutigen"], "Spitex Oberland", True,
     None, "buchhaltung@spitex-oberland.ch", R, [], []),
    ("de", ["Stadtbibliothek Kassel", "Obere Königsstraße 3", "34117 Kassel"], "Stadtbibliothek Kassel", True,
     None, "rechnungen@stadt-kassel.de", W, [("Leitweg-ID", "06611000-ST-37")], []),
    ("de", ["Elektro Brandl e.K.", "Am Bach 4", "84028 Landshut"], "Elektro Brandl e.K.", True,
     None, "info@elektro-brandl.de", T, [], []),
    ("de", ["Atelier Moret Sàrl", "Rue du Rhône 14", "1204 Genève"], "Atelier Moret Sàrl", True,
     None, "compta@atelier-moret.ch", L, [], []),
    ("de", ["Markus Weiß", "Fichtenweg 2", "01187 Dresden"], "Markus Weiß", True,
     None, "m.weiss@weiss-planung.de", R, [("USt-IdNr. des Kunden", "DE287364512")], []),
    # German private persons, households, an estate, a WEG
    ("de", ["Herrn Jonas Becker", "Ulmenweg 7", "50825 Köln"], "Herrn Jonas Becker", False,
     None, "jonas.becker@web.de", W, [], []),
    ("de", ["Familie Schäfer", "Am Rain 3", "97070 Würzburg"], "Familie Schäfer", False,
     "Schäfer", "familie.schaefer@gmx.de", L, [], []),
    ("de", ["Eheleute Maria und Paul Roth", "Rosenweg 11", "70372 Stuttgart"], "Eheleute Maria und Paul Roth",
     False, None, "roth.maria@t-online.de", R, [], []),
    ("de", ["Lea Hartmann", "Bergstraße 9", "69120 Heidelberg"], "Lea Hartmann", False,
     "Lea Hartmann", "lea.hartmann@web.de", T, [], []),
    ("de", ["WEG Kastanienallee 7", "c/o Hausverwaltung Brenner GmbH", "Kastanienallee 9", "10435 Berlin"],
     "WEG Kastanienallee 7", None, "Hausverwaltung Brenner", "buchhaltung@hv-brenner.de", W, [], []),
    ("de", ["Frau Dr. Ulrike Nowak", "Lerchenfelder Straße 44", "1080 Wien"], "Dr. Ulrike Nowak", False,
     None, "ulrike.nowak@aon.at", L, [], []),
    # --- English (UK, Ireland)
    ("en", ["Kestrel Ventures", "14 Albion Street", "Leeds LS1 6HX"], "Kestrel Ventures", True,
     None, "ap@kestrelventures.co.uk", W, [("PO number", "PO-88213")], []),
    ("en", ["Harbour View Surgery", "2 Quay Street", "Falmouth TR11 3HH"], "Harbour View Surgery", True,
     "Practice Manager", "practice.manager@harbourviewsurgery.nhs.uk", L, [], []),
    ("en", ["Greenhill Hospital", "Accounts Payable", "Greenhill Road", "Sheffield S8 7RA"], "Greenhill Hospital",
     True, None, "accounts.payable@greenhill.nhs.uk", R, [("Purchase order", "4501188273")], []),
    ("en", ["Calder & Pike", "FAO Accounts Payable", "9 Canal Wharf", "Leeds LS11 5PS"], "Calder & Pike", True,
     None, "invoices@calderpike.co.uk", W, [], []),
    ("en", ["Harlow Brothers", "Unit 4, Riverside Estate", "Reading RG1 8EQ"], "Harlow Brothers", True,
     None, "office@harlowbros.co.uk", L, [], []),
    ("en", ["Ballymore Credit Union", "Main Street", "Ballymore, Co. Westmeath"], "Ballymore Credit Union", True,
     None, "accounts@ballymorecu.ie", R, [], []),
    ("en", ["Finch Analytics", "3 Dock Road", "Dublin D02 X285"], "Finch Analytics", True,
     None, "billing@finchanalytics.ie", T, [("Your VAT number", "IE6388047V")], ["Reverse charge applies."]),
    ("en", ["Mossley Community Hub", "Stamford Street", "Mossley OL5 0LL"], "Mossley Community Hub", True,
     "Mossley Hub Treasurer", "treasurer@mossleyhub.org.uk", W, [], []),
    ("en", ["Greenway Bikes CIC", "22 Hope Street", "Liverpool L1 9BX"], "Greenway Bikes CIC", True,
     None, "hello@greenwaybikes.org", L, [], []),
    ("en", ["Tern Holdings plc", "Finance Department", "1 Canada Square", "London E14 5AB"], "Tern Holdings plc",
     True, None, "payables@ternholdings.com", R, [("Cost centre", "UK-FIN-204")], []),
    ("en", ["Laura Kent", "48 Bridge Street", "Chester CH1 1NQ"], "Laura Kent", True,
     None, "accounts@laurakentdesign.co.uk", W, [("Your order ref", "PO 1174")], []),
    # English private persons, households, an estate
    ("en", ["Mr Tom Hughes", "17 Elm Grove", "Bath BA1 2JQ"], "Tom Hughes", False,
     None, "tom.hughes@btinternet.com", L, [], []),
    ("en", ["Mr & Mrs Patel", "5 Orchard Close", "Leicester LE2 3PQ"], "Mr & Mrs Patel", False,
     None, "patels@gmail.com", R, [], []),
    ("en", ["The Okafor Family", "9 Linden Avenue", "Cork T12 KX30"], "The Okafor Family", False,
     "Okafor", "okafor.home@gmail.com", T, [], []),
    ("en", ["Chloe Bennett", "23 Mill Road", "Cambridge CB1 2AD"], "Chloe Bennett", False,
     "Chloe Bennett", "chloe.bennett@outlook.com", W, [], []),
    ("en", ["Estate of the late Ruth Carey", "c/o Hale & Co Solicitors", "4 Castle Street", "Exeter EX4 3PT"],
     "Estate of the late Ruth Carey", None, "Hale & Co Solicitors", "probate@halesolicitors.co.uk", L, [], []),
]


def typed_body(lang, seller, number, issue, lines, rows, items, totals, due_lines, iban_):
    """td.typed_body with the details rows typed under the debtor's line."""
    body = td.typed_body(lang, seller, number, issue, lines, items, totals, due_lines, iban_).split("\n")
    at = next(i for i, ln in enumerate(body) if ln.startswith(
        ("Aan: ", "Factuur voor ", "Rechnung an: ", "An: ", "To: ", "Invoice for: "))) + 1
    return "\n".join(body[:at] + ["%s: %s" % row for row in rows] + body[at:])


def build():
    records = []
    due_kinds = ["table", "by-sentence", "words", "receipt"]
    for k, d in enumerate(DEBTORS):
        lang, lines, name, business, to_name, email, place, rows, after = d
        seller = td.SELLERS[lang][k % 3]
        issue = D(2026, 11, 1) + datetime.timedelta(days=rng.randrange(40))
        number = td.NUMBERS[k % len(td.NUMBERS)].format(n=rng.randrange(12, 980))
        items, totals, total = td.amounts(lang, rng)
        if after and any(w in " ".join(after) for w in ("verlegd", "13b", "19 Abs", "Reverse")):
            # reverse charge: the buyer accounts for the tax, the invoice charges none
            net = totals[0][1]
            totals, total = [(totals[0][0], net), (totals[2][0], net)], net
        due_kind = due_kinds[k % len(due_kinds)]
        if place == T and due_kind == "table":
            due_kind = "by-sentence"
        due_lines, due_rows, due = td.due_text(lang, issue, due_kind, rng)
        due_lines = after + due_lines
        iban_ = mk.iban(rng, seller[4])
        subject = {"nl": "Factuur %s", "de": "Rechnung %s", "en": "Invoice %s"}[lang] % number
        to_header = td.mk_addr(to_name, email)
        sent = issue + datetime.timedelta(days=rng.choice([0, 0, 1, 2]))
        if place == T:
            body = typed_body(lang, seller, number, issue, lines, rows, items, totals, due_lines, iban_)
            eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body)
            pages, kind, fname = None, "body-text", None
        else:
            body = {"nl": "Geachte heer/mevrouw,\n\nIn de bijlage vindt u factuur %s.\n\nMet vriendelijke groet,\n%s",
                    "de": "Guten Tag,\n\nanbei erhalten Sie die Rechnung %s.\n\nMit freundlichen Grüßen\n%s",
                    "en": "Hello,\n\nPlease find invoice %s attached.\n\nKind regards,\n%s"}[lang] % (number, seller[0])
            eml = mk.mail(rng, seller[3], seller[0], to_header, subject, sent, body_text=body, pdf=True)
            pages = td.pdf_pages(lang, seller, number, issue, lines, place, items, totals, rows + due_rows,
                                 due_lines, iban_)
            kind, fname = "pdf", "%s_%s.pdf" % (td.TITLE[lang].capitalize(), number.replace("/", "-").replace(" ", "_"))
        label = mk_name(name)
        exp = mk.expected(number, total, total, issue, due, label, email, iban_, business, lang,
                          currency=td.CUR[lang])
        signs = "; ".join("%s %s" % r for r in rows) + ("; " if rows and after else "") + " ".join(after)
        note = "debtor %s: %s%s; mailbox %s" % (place, " / ".join(lines), "; " + signs if signs else "", email)
        records.append(mk.record("inv-biz-%03d" % (k + 1), "business-" + place, lang, kind,
                                 {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages,
                                 pdf_filename=fname, expected=exp, note=note))
    return records


def mk_name(name):
    """The label's name by the README's convention: a form of address goes unless only a
    surname would remain."""
    for form in ("Herrn ", "Dhr. ", "Mevr. ", "Mr ", "Frau "):
        rest = name[len(form):]
        if name.startswith(form) and len(rest.split()) > 1 and not rest.startswith(("en ", "& ")):
            return rest
    return name


if __name__ == "__main__":
    recs = build()
    td.check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-business.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
