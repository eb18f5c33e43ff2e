"""train_recall: a training split around the invoices heldout17 did not recognise, and the
debtors it misread (the recall17 round), in this file's own firms and wordings.

Invoices (nl incl. Flemish, en, de): an invoice sent as the answer in a thread whose subject
is the customer's (a quote or an estimate asked for, a question: "Re: Offerte dakkapel",
"AW: Kostenvoranschlag", "Re: are you free on Friday?", "AW: Rechnung schon fertig?"), the
quoted quote's total other than the invoice's; a credit note whose number's label stands in
a cell beside the address ("Creditnotanummer", "Gutschrift-Nr.", "Credit note no."), with a
cover note that says when the money goes back; an invoice typed on a phone that names
itself only by an abbreviation before its number ("inv 57", "Fact. 31", "Rg. 118"); an
accountant's or bookkeeping office that forwards the invoice it made for its client ("TR:",
"WG:", "FW:") "on behalf of our client"; invoices whose letterhead (the seller's name,
address and company number) stands first or in the left column while the sender's From
name is a person's (an office manager, a VA); Flemish and Dutch invoices typed in the mail
with the whole address on the "Klant:" line and the sender's BTW number further down; an
invoice sent with its terms and conditions as the first PDF, the invoice PDF printing no
number of its own (its file name does).

Not invoices: the owner answering a quote thread with a new quote; an answer that says the
invoice follows; a supplier's bill forwarded to the business's own bookkeeper; a credit
note announced for next week; an invoice withdrawn ("bitte ignorieren", "überweisen Sie
nichts"); a typed cash receipt ("Betaalbewijs", "Voldaan"); an abbreviation that is no
invoice ("in fact 2 of them").

Labels follow corpus/invoices/README.md.  Seeded: run it to write ../train-recall.jsonl;
mailkit.check_labels finds each label's number, IBAN and amounts in the text."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, money_in  # noqa: E402

SEED = 20261221
rng = random.Random(SEED)
D = datetime.date


def pdf(seller, block, title, rows, items, totals, foot, iban_, lang, cur, layout="stacked", cell_rows=None):
    """One A4 page. @layout "stacked": letterhead, then the debtor's block under it, details
    right; "columns": the letterhead left and the debtor right on the same rows, the title
    above both; @cell_rows: details printed in the debtor block's rows, right of it."""
    p = mk.Page()
    y = 60
    if layout == "columns":
        p.text(60, y, title, size=16, bold=True)
        y += 30
        for k, ln in enumerate(seller):
            p.text(60, y + 13 * k, ln, size=9, bold=(k == 0))
        for k, ln in enumerate(block):
            p.text(330, y + 13 * k, ln, size=9)
        y += 13 * max(len(seller), len(block)) + 20
    else:
        for k, ln in enumerate(seller):
            p.text(60, y + 13 * k, ln, size=(13 if k == 0 else 8), bold=(k == 0))
        y += 13 * len(seller) + 30
        for k, ln in enumerate(block):
            p.text(60, y + 13 * k, ln, size=10)
            if cell_rows and k < len(cell_rows):
                p.text(330, y + 13 * k, cell_rows[k][0], size=9)
                p.right(536, y + 13 * k, cell_rows[k][1], size=9)
        y += 13 * len(block) + 24
        p.text(60, y, title, size=15, bold=True)
        y += 24
    for lab, val in rows:
        p.text(330, y, lab, size=9)
        p.right(536, y, val, size=9)
        y += 13
    y += 14
    for desc, cents in items:
        p.text(60, y, desc, size=9)
        p.right(536, y, money_in(cur, lang, cents), size=9)
        y += 13
    y += 6
    p.rule(60, y - 8, 536, y - 8)
    for lab, cents, bold in totals:
        p.text(330, y, lab, size=9, bold=bold)
        p.right(536, y, money_in(cur, lang, cents), size=9, bold=bold)
        y += 14
    y += 14
    for ln in foot:
        p.text(60, y, ln.format(iban=mk.iban_spaced(iban_)), size=8)
        y += 12
    return [p]


def terms_page(lines):
    p = mk.Page()
    for k, ln in enumerate(lines):
        p.text(60, 70 + 14 * k, ln, size=(12 if k == 0 else 9), bold=(k == 0))
    return [p]


INVOICES = []
NOT_INVOICES = []


def invoice(**kw):
    INVOICES.append(kw)


def vat(net, rate):
    return net * rate // 100


# --- replies in a thread whose subject is the customer's (a quote, a question) ---------------

def thread_replies():
    # 1. en: answer to the customer's "please send the invoice" under the quote thread.
    i = D(2027, 1, 18)
    items = [("Loft insulation, 270 mm mineral wool (52 m2)", 143000), ("Boarding for storage (8 m2)", 36000),
             ("Extra: loft hatch draught seal", 4500)]
    tot = sum(c for _, c in items)
    invoice(lang="en", cur="GBP", seller=["Kettering Warm Homes", "9 Spinney Road, Kettering NN15 6BX",
                                          "kim@ketteringwarmhomes.co.uk"],
            from_=("Kim Ashdown", "kim@ketteringwarmhomes.co.uk"), block=["Mr D. Farrow", "22 Orchard Way",
                                                                           "Desborough NN14 2LT"],
            name="D. Farrow", business=False, email="dfarrow@talktalk.net", title="INVOICE",
            rows=[("Invoice no.", "KWH-0388"), ("Date", mk.date(i, "long", "en")),
                  ("Payment due", mk.date(i + days(14), "long", "en"))],
            items=items, totals=[("Total", tot, True)], number="KWH-0388", total=tot, due=tot, issue=i,
            due_date=i + days(14), foot=["Not VAT registered. Bank transfer to IBAN {iban}."],
            subject="Re: Quote for loft insulation",
            body="Hi David,\n\nInvoice attached as promised. The hatch seal is the only thing added to the quote.\n\n"
                 "Thanks again\nKim\n\nSent from my iPhone\n\n"
                 "> On 16 Jan 2027, at 19:12, David Farrow <dfarrow@talktalk.net> wrote:\n>\n"
                 "> Hi Kim, all done and the house feels warmer already. Send me the invoice when you can.\n>\n"
                 "> On 2 Dec 2026, at 09:30, Kim Ashdown <kim@ketteringwarmhomes.co.uk> wrote:\n>\n"
                 "> > Hi David, our quote for the loft comes to £1,790.00 all in. We can start mid January.\n",
            reply=True, note="an invoice answering the quote thread; the quoted quote's total differs")
    # 2. en: business, "Here's the invoice" under "Re: estimate".
    i = D(2027, 2, 4)
    net = 68000
    invoice(lang="en", cur="GBP", seller=["Harbourside Boiler Care Ltd", "Unit 3, Quayside Park, Poole BH15 1HJ",
                                          "VAT Reg. GB 284 1190 55"],
            from_=("Harbourside Boiler Care", "service@harboursideboilers.co.uk"),
            block=["Brackenfield Care Home Ltd", "Facilities Office", "41 Longfleet Road", "Poole BH15 2HP"],
            name="Brackenfield Care Home Ltd", business=True, email="facilities@brackenfieldcare.co.uk",
            title="TAX INVOICE", rows=[("Invoice number", "HBC-20417"), ("Invoice date", mk.date(i, "long", "en")),
                                       ("Due date", mk.date(i + days(30), "long", "en"))],
            items=[("Annual service, 3 commercial boilers", net)],
            totals=[("Net", net, False), ("VAT 20%", vat(net, 20), False), ("Total due", net + vat(net, 20), True)],
            number="HBC-20417", total=net + vat(net, 20), due=net + vat(net, 20), issue=i, due_date=i + days(30),
            foot=["Payment by BACS to IBAN {iban}, quoting the invoice number."],
            subject="Re: estimate - boiler servicing",
            body="Hello Mr Grant,\n\nHere's the invoice for the servicing done on Tuesday; all three boilers passed.\n\n"
                 "Kind regards\nHarbourside Boiler Care\n\n-----Original Message-----\nFrom: Neil Grant "
                 "<facilities@brackenfieldcare.co.uk>\nSent: 12 January 2027 10:04\nTo: service@harboursideboilers.co.uk\n"
                 "Subject: estimate - boiler servicing\n\nCould you give us an estimate for servicing our three boilers?\n",
            reply=True, note="'Here's the invoice' answering the customer's request for an estimate")
    # 3. nl: "Bijgaand de factuur" under "Re: Offerte dakkapel", the quote named in a cell.
    i = D(2027, 1, 22)
    net = 740000
    invoice(lang="nl", cur="EUR", seller=["Timmerbedrijf Kloosterman", "Veenweg 12 · 8431 PK Oosterwolde",
                                          "KvK 60227431 · btw NL001873344B02"],
            from_=("Hidde Kloosterman", "hidde@timmerbedrijfkloosterman.nl"),
            block=["Dhr. en mevr. Postma", "Brink 4", "8431 AB Oosterwolde"], name="Dhr. en mevr. Postma",
            business=False, email="postma.brink@planet.nl", title="FACTUUR",
            rows=[("Factuurnummer", "TK-27-006"), ("Factuurdatum", mk.date(i, "dmy-")), ("Offerte", "OF-26-113"),
                  ("Vervaldatum", mk.date(i + days(14), "dmy-"))],
            items=[("Dakkapel 3,2 m, geplaatst en afgewerkt", net)],
            totals=[("Subtotaal", net, False), ("Btw 21%", vat(net, 21), False), ("Totaal", net + vat(net, 21), True)],
            number="TK-27-006", total=net + vat(net, 21), due=net + vat(net, 21), issue=i, due_date=i + days(14),
            foot=["Graag overmaken op {iban} t.n.v. Timmerbedrijf Kloosterman."],
            subject="Re: Offerte dakkapel",
            body="Goedemiddag,\n\nBijgaand de factuur voor de dakkapel, precies volgens de offerte.\n\nGroet,\nHidde\n\n"
                 "Op 20 jan. 2027 om 20:41 schreef Postma <postma.brink@planet.nl>:\n> Hoi Hidde, de dakkapel is prachtig. "
                 "Stuur je de rekening?\n> \n> Op 3 nov. 2026 schreef Hidde Kloosterman:\n> > Offerte dakkapel: "
                 "€ 8.900,00 incl. btw.\n",
            reply=True, note="'Bijgaand de factuur' under 'Re: Offerte'; the quote named in a reference cell")
    # 4. Flemish: "In bijlage vindt u de factuur" under "Re: offerte schilderwerken".
    i = D(2027, 2, 9)
    net = 312000
    invoice(lang="nl", cur="EUR", seller=["Schilderwerken Declercq", "Kerkstraat 77 · 8800 Roeselare",
                                          "BTW BE 0712.448.160"],
            from_=("Pieter Declercq", "info@schilderwerkendeclercq.be"),
            block=["Mevrouw L. Vanhoutte", "Meensesteenweg 14", "8800 Roeselare"], name="L. Vanhoutte",
            business=False, email="lies.vanhoutte@telenet.be", title="FACTUUR",
            rows=[("Factuurnr.", "2027/019"), ("Datum", mk.date(i, "dmy/")),
                  ("Vervaldag", mk.date(i + days(15), "dmy/"))],
            items=[("Schilderen leefruimte en hal", net)],
            totals=[("Totaal excl. btw", net, False), ("Btw 6%", vat(net, 6), False),
                    ("Te betalen", net + vat(net, 6), True)],
            number="2027/019", total=net + vat(net, 6), due=net + vat(net, 6), issue=i, due_date=i + days(15),
            foot=["Te betalen op rekening {iban}."],
            subject="Re: offerte schilderwerken",
            body="Goedemiddag mevrouw Vanhoutte,\n\nIn bijlage vindt u de factuur voor de schilderwerken.\n\n"
                 "Met vriendelijke groeten,\nPieter Declercq\n\nVan: Lies Vanhoutte <lies.vanhoutte@telenet.be>\n"
                 "Verzonden: zondag 7 februari 2027 18:02\nAan: info@schilderwerkendeclercq.be\n"
                 "Onderwerp: offerte schilderwerken\n\nDag Pieter, mag ik de factuur ontvangen?\n",
            reply=True, note="Flemish 'In bijlage vindt u de factuur' under 'Re: offerte'")
    # 5. de: "anbei die Rechnung" above Outlook's original, subject "AW: Angebot Dachrinnen".
    i = D(2027, 1, 27)
    net = 146000
    invoice(lang="de", cur="EUR", seller=["Dachdeckerei Brunsmann", "Kanalstraße 30 · 48147 Münster",
                                          "USt-IdNr. DE301774520"],
            from_=("Uwe Brunsmann", "uwe@dachdeckerei-brunsmann.de"),
            block=["Herrn Lars Tebbe", "Mauritzstraße 8", "48143 Münster"], name="Lars Tebbe", business=False,
            email="lars.tebbe@t-online.de", title="Rechnung",
            rows=[("Rechnungs-Nr.", "2027-031"), ("Datum", mk.date(i, "dmy.")),
                  ("Fällig am", mk.date(i + days(14), "dmy."))],
            items=[("Dachrinnen erneuert, 18 m inkl. Fallrohr", net)],
            totals=[("Netto", net, False), ("19 % USt.", vat(net, 19), False),
                    ("Rechnungsbetrag", net + vat(net, 19), True)],
            number="2027-031", total=net + vat(net, 19), due=net + vat(net, 19), issue=i, due_date=i + days(14),
            foot=["Bitte überweisen Sie den Betrag auf IBAN {iban}."],
            subject="AW: Angebot Dachrinnen",
            body="Hallo Herr Tebbe,\n\nanbei die Rechnung zu den Dachrinnen.\n\nGruß\nUwe Brunsmann\n\n"
                 "-----Ursprüngliche Nachricht-----\nVon: Lars Tebbe <lars.tebbe@t-online.de>\n"
                 "Gesendet: Montag, 25. Januar 2027 17:40\nAn: uwe@dachdeckerei-brunsmann.de\nBetreff: Angebot Dachrinnen\n\n"
                 "Alles dicht, danke! Das Angebot war 1.690,00 €, schicken Sie mir die Rechnung?\n",
            reply=True, note="'anbei die Rechnung' under 'AW: Angebot'")
    # 6. de: business, "im Anhang finden Sie die Rechnung" under "AW: Kostenvoranschlag".
    i = D(2027, 2, 15)
    net = 98000
    invoice(lang="de", cur="EUR", seller=["Kältetechnik Oberländer", "Gewerbering 4 · 83022 Rosenheim",
                                          "USt-IdNr. DE287331604"],
            from_=("Kältetechnik Oberländer", "service@kaelte-oberlaender.de"),
            block=["Metzgerei Huber GmbH", "Max-Josefs-Platz 3", "83022 Rosenheim"], name="Metzgerei Huber GmbH",
            business=True, email="buero@metzgerei-huber.de", title="RECHNUNG",
            rows=[("Rechnungsnummer", "KO-27-0112"), ("Rechnungsdatum", mk.date(i, "dmy.")),
                  ("Zahlbar bis", mk.date(i + days(10), "dmy."))],
            items=[("Reparatur Kühlzelle, Verdichter getauscht", net)],
            totals=[("Nettobetrag", net, False), ("USt. 19 %", vat(net, 19), False),
                    ("Gesamtbetrag", net + vat(net, 19), True)],
            number="KO-27-0112", total=net + vat(net, 19), due=net + vat(net, 19), issue=i, due_date=i + days(10),
            foot=["Bankverbindung: IBAN {iban}"],
            subject="AW: Kostenvoranschlag Reparatur Kühlzelle",
            body="Sehr geehrte Frau Huber,\n\nim Anhang finden Sie die Rechnung für die Reparatur vom Freitag.\n\n"
                 "Mit freundlichen Grüßen\nKältetechnik Oberländer\n",
            reply=True, note="'im Anhang finden Sie die Rechnung' under 'AW: Kostenvoranschlag'")
    # 7. en: a question answered first ("Re: are you free Friday?"), then the invoice.
    i = D(2027, 3, 3)
    tot = 42000
    invoice(lang="en", cur="GBP", seller=["Fern & Flint Gardens", "The Potting Shed, Mill Lane, Frome BA11 3LP"],
            from_=("Rosie Fern", "rosie@fernandflint.co.uk"), block=["Mrs P. Okoro", "Rook Cottage", "Nunney BA11 4NJ"],
            name="P. Okoro", business=False, email="pat.okoro@gmail.com", title="INVOICE",
            rows=[("Invoice no.", "FF-1207"), ("Date", mk.date(i, "long", "en")),
                  ("Due", mk.date(i + days(7), "long", "en"))],
            items=[("Winter pruning and clearance (2 days)", tot)], totals=[("Amount due", tot, True)],
            number="FF-1207", total=tot, due=tot, issue=i, due_date=i + days(7),
            foot=["Sort code 40-11-62, or IBAN {iban}."], subject="Re: are you free on Friday?",
            body="Hi Pat,\n\nFriday is fine, I'll be there about 9.\n\nI've also attached the invoice for last week's "
                 "pruning.\n\nRosie\n\nOn 2 Mar 2027, Pat Okoro <pat.okoro@gmail.com> wrote:\n"
                 "> Could you come on Friday for the hedge?\n",
            reply=True, note="a question answered first; the invoice attached after it; subject '?'")
    # 8. nl: "Re: wanneer komen jullie?" — the visit answered, the invoice handed over.
    i = D(2027, 1, 11)
    net = 27500
    invoice(lang="nl", cur="EUR", seller=["Glazenwasserij Helder", "Ambachtsweg 9 · 2222 AJ Katwijk",
                                          "KvK 58110429"],
            from_=("Glazenwasserij Helder", "planning@glazenwasserijhelder.nl"),
            block=["Tandartspraktijk Duinzicht", "Zeeweg 20", "2224 AA Katwijk"], name="Tandartspraktijk Duinzicht",
            business=True, email="info@tandartsduinzicht.nl", title="Factuur",
            rows=[("Factuurnummer", "GH-27-0014"), ("Factuurdatum", mk.date(i, "dmy-")),
                  ("Vervaldatum", mk.date(i + days(14), "dmy-"))],
            items=[("Glasbewassing binnen en buiten, januari", net)],
            totals=[("Subtotaal", net, False), ("Btw 21%", vat(net, 21), False), ("Totaal", net + vat(net, 21), True)],
            number="GH-27-0014", total=net + vat(net, 21), due=net + vat(net, 21), issue=i, due_date=i + days(14),
            foot=["Betaling op {iban}."], subject="Re: wanneer komen jullie?",
            body="Goedemorgen,\n\nWe komen donderdag 14 januari in de ochtend. Hierbij alvast de factuur van "
                 "januari.\n\nMet vriendelijke groet,\nPlanning Glazenwasserij Helder\n",
            reply=True, note="a visit answered first, then 'Hierbij alvast de factuur'; subject '?'")
    # 9. de: "AW: Rechnung schon fertig?" — "die Rechnung hängt an".
    i = D(2027, 2, 1)
    net = 240000
    invoice(lang="de", cur="EUR", seller=["Lenz & Abay Webdesign GbR", "Schillerstraße 12 · 70173 Stuttgart",
                                          "USt-IdNr. DE341209876"],
            from_=("Deniz Abay", "deniz@lenz-abay.de"),
            block=["Weingut Kessler KG", "Z. Hd. Frau Kessler", "Weinsteige 40", "71229 Leonberg"],
            name="Weingut Kessler KG", business=True, email="kessler@weingut-kessler.de", title="Rechnung",
            rows=[("Rechnung Nr.", "LA-2027-004"), ("Datum", mk.date(i, "dmy.")),
                  ("Zahlbar bis", mk.date(i + days(14), "dmy."))],
            items=[("Relaunch Online-Shop, Phase 2", net)],
            totals=[("Netto", net, False), ("USt 19 %", vat(net, 19), False), ("Gesamt", net + vat(net, 19), True)],
            number="LA-2027-004", total=net + vat(net, 19), due=net + vat(net, 19), issue=i, due_date=i + days(14),
            foot=["IBAN {iban}"], subject="AW: Rechnung schon fertig?",
            body="Hallo Frau Kessler,\n\nja, die Rechnung hängt an, zusammen mit der Übersicht.\n\nViele Grüße\nDeniz\n",
            reply=True, note="'die Rechnung hängt an' under the customer's question")
    # 10. en: "Re: invoice for March?" — the invoice is attached.
    i = D(2027, 4, 1)
    net = 180000
    invoice(lang="en", cur="EUR", seller=["Quillon Translations Ltd", "14 Merrion Square, Dublin 2",
                                          "VAT No. IE 9876543WH"],
            from_=("Quillon Translations", "billing@quillontranslations.ie"),
            block=["Corrib Medical Devices Ltd", "Accounts Payable", "Parkmore West", "Galway H91 KX2E"],
            name="Corrib Medical Devices Ltd", business=True, email="ap@corribmedical.ie", title="Invoice",
            rows=[("Invoice No.", "QT-27-0151"), ("Invoice date", mk.date(i, "long", "en")),
                  ("Due date", mk.date(i + days(30), "long", "en"))],
            items=[("Translation of IFU, EN>DE/FR (12,000 words)", net)],
            totals=[("Net", net, False), ("VAT 23%", vat(net, 23), False), ("Total", net + vat(net, 23), True)],
            number="QT-27-0151", total=net + vat(net, 23), due=net + vat(net, 23), issue=i, due_date=i + days(30),
            foot=["Bank: IBAN {iban}"], subject="RE: invoice for March?",
            body="Hello Aoife,\n\nThe invoice for March is attached.\n\nBest regards,\nQuillon Translations\n",
            reply=True, note="'The invoice for March is attached' under the customer's question")


# --- credit notes whose number's label stands beside the address -------------------------------

def credit_notes():
    i = D(2027, 2, 22)
    net = -31000
    invoice(lang="nl", cur="EUR", seller=["Meubelmakerij Het Gulden Hout", "Havenstraat 3 · 1211 KK Hilversum",
                                          "KvK 71155032 · btw NL861100233B01"],
            from_=("Joris Mulder", "joris@guldenhout.nl"), block=["Restaurant De Vlonder", "Loosdrechtseweg 2",
                                                                  "1215 JX Hilversum"],
            cell_rows=[("Creditnotanummer", "CR-27-002"), ("Datum", mk.date(i, "dmy-"))],
            name="Restaurant De Vlonder", business=True, email="info@restaurantdevlonder.nl", title="CREDITNOTA",
            rows=[("Betreft factuur", "GH-27-0009")], items=[("Retour: 2 barkrukken", net)],
            totals=[("Subtotaal", net, False), ("Btw 21%", -vat(-net, 21), False),
                    ("Totaal", net - vat(-net, 21), True)],
            number="CR-27-002", total=net - vat(-net, 21), due=net - vat(-net, 21), issue=i, due_date=None,
            foot=["Gulden Hout · IBAN {iban}"], credit=True, subject="RE: retour krukken",
            body="Hoi Lotte,\n\nHierbij de creditnota, het bedrag boeken we deze week terug.\n\nGroet,\nJoris\n",
            reply=True, note="a credit note whose number's label stands beside the address; money back this week")
    i = D(2027, 3, 10)
    net = -8400
    invoice(lang="de", cur="EUR", seller=["Papeterie Sommer", "Altmarkt 5 · 01067 Dresden", "USt-IdNr. DE299117340"],
            from_=("Clara Sommer", "clara@papeterie-sommer.de"), block=["Kanzlei Voigt & Partner", "Prager Straße 9",
                                                                        "01069 Dresden"],
            cell_rows=[("Gutschrift-Nr.", "GS-2027-005"), ("Datum", mk.date(i, "dmy."))],
            name="Kanzlei Voigt & Partner", business=True, email="buero@kanzlei-voigt.de", title="GUTSCHRIFT",
            rows=[("zu Rechnung", "RE-2027-061")], items=[("Rücknahme 6 Ordner Leinen", net)],
            totals=[("Netto", net, False), ("USt 19 %", -vat(-net, 19), False),
                    ("Gutschriftsbetrag", net - vat(-net, 19), True)],
            number="GS-2027-005", total=net - vat(-net, 19), due=net - vat(-net, 19), issue=i, due_date=None,
            foot=["IBAN {iban}"], credit=True, subject="AW: Rückgabe Ordner",
            body="Guten Tag Frau Voigt,\n\nanbei die Gutschrift; den Betrag überweisen wir in den nächsten Tagen "
                 "zurück.\n\nViele Grüße\nClara Sommer\n",
            reply=True, note="a Gutschrift whose number's label stands beside the address; money back in days")
    i = D(2027, 1, 29)
    net = -12500
    invoice(lang="en", cur="GBP", seller=["Bramble Print Studio", "8 Tanner Row, York YO1 6JB", "VAT GB 377 2201 84"],
            from_=("Ellie Marsh", "ellie@brambleprint.co.uk"), block=["Ouse Valley Tearooms Ltd", "3 Low Petergate",
                                                                      "York YO1 7HZ"],
            cell_rows=[("Credit note no.", "CN-0044"), ("Date", mk.date(i, "long", "en"))],
            name="Ouse Valley Tearooms Ltd", business=True, email="hello@ousevalleytearooms.co.uk", title="CREDIT NOTE",
            rows=[("Against invoice", "BP-0971")], items=[("Misprinted menus (250)", net)],
            totals=[("Net", net, False), ("VAT 20%", -vat(-net, 20), False), ("Total credit", net - vat(-net, 20), True)],
            number="CN-0044", total=net - vat(-net, 20), due=net - vat(-net, 20), issue=i, due_date=None,
            foot=["Bramble Print Studio · IBAN {iban}"], credit=True, subject="RE: menus",
            body="Hi Tom,\n\nPlease find the credit note attached; the money goes back to your account this week.\n\n"
                 "Ellie\n",
            reply=True, note="a credit note handed over; the label beside the address")


# --- typed on a phone: an abbreviation before the number ---------------------------------------

def typed_short():
    i = D(2027, 2, 17)
    invoice(lang="en", cur="GBP", kind="text", from_=("Gary Doyle", "gary.doyle.fixit@outlook.com"),
            name="Ruth Bamber", business=False, email="ruthbamber@hotmail.co.uk", number="57", total=16500, due=16500,
            issue=i, due_date=i + days(7), subject="inv 57",
            body="Hi Ruth\n\ninv 57 - new kitchen tap fitted + radiator valve\n\ndate %s\nlabour £120.00\nparts £45.00\n"
                 "total £165.00\n\nto G Doyle, IBAN {iban}\nwithin 7 days thanks, inv no as ref\n\nGary\n"
                 "Sent from my Galaxy" % mk.date(i, "dmy/"),
            note="'inv 57': an abbreviation and the number, no invoice word")
    i = D(2027, 1, 26)
    invoice(lang="nl", cur="EUR", kind="text", from_=("Wouter Smit", "woutersmit.klussen@gmail.com"),
            name="Ilse Verbeek", business=False, email="ilse.verbeek@kpnmail.nl", number="31", total=38720, due=38720,
            issue=i, due_date=i + days(14), subject="fact. 31 schuurdeur",
            body="Hoi Ilse,\n\nFact. 31 voor de nieuwe schuurdeur\ndatum: %s\nwerk + materiaal: € 320,00\nbtw 21%%: € 67,20\n"
                 "totaal: € 387,20\n\nGraag binnen 14 dagen op {iban} t.n.v. W. Smit\n\ngr Wouter\n"
                 "Verstuurd vanaf mijn iPhone" % mk.date(i, "dmy-"),
            note="'Fact. 31': the Dutch abbreviation before the number")
    i = D(2027, 3, 2)
    invoice(lang="de", cur="EUR", kind="text", from_=("Mehmet Kaya", "kaya.fliesen@web.de"),
            name="Sabine Roth", business=False, email="sabine.roth@gmx.de", number="118", total=59500, due=59500,
            issue=i, due_date=i + days(10), subject="Rg. 118",
            body="Hallo Frau Roth,\n\nRg. 118 für die Fliesen im Gäste-WC\nDatum: %s\nArbeit + Material netto 500,00 €\n"
                 "MwSt 19%%: 95,00 €\nGesamt: 595,00 €\n\nBitte innerhalb von 10 Tagen auf {iban}\n\nGruß M. Kaya\n"
                 "Von meinem iPhone gesendet" % mk.date(i, "dmy."),
            note="'Rg. 118': the German abbreviation before the number")


# --- an office forwards the invoice it made for its client -----------------------------------

def office_forwards():
    i = D(2027, 1, 31)
    net = 214000
    invoice(lang="nl", cur="EUR", seller=["Slagerij Verstraete", "Markt 6 · 9000 Gent", "BTW BE 0677.120.954"],
            from_=("Boekhoudkantoor Maes", "facturen@boekhoudkantoormaes.be"),
            block=["Traiteur Sint-Pieters bv", "Sint-Pietersplein 21", "9000 Gent"], name="Traiteur Sint-Pieters bv",
            business=True, email="administratie@traiteursintpieters.be", title="FACTUUR",
            rows=[("Nummer", "SV-27-014"), ("Datum", mk.date(i, "dmy/")),
                  ("Vervaldag", mk.date(i + days(30), "dmy/"))],
            items=[("Vleeswaren en gehakt, leveringen januari", net)],
            totals=[("Totaal excl. btw", net, False), ("Btw 6%", vat(net, 6), False),
                    ("Totaal", net + vat(net, 6), True)],
            number="SV-27-014", total=net + vat(net, 6), due=net + vat(net, 6), issue=i, due_date=i + days(30),
            foot=["Te betalen op {iban}."], subject="TR: factuur januari Traiteur Sint-Pieters",
            body="Geachte,\n\nNamens onze klant Slagerij Verstraete sturen wij u hierbij de factuur voor de leveringen "
                 "van januari.\n\nMet vriendelijke groeten,\nEls Maes\nBoekhoudkantoor Maes\n\n"
                 "De : Slagerij Verstraete <slagerij.verstraete@telenet.be>\nEnvoyé : vendredi 29 janvier 2027 16:40\n"
                 "À : facturen@boekhoudkantoormaes.be\nObjet : factuur januari Traiteur Sint-Pieters\n\n"
                 "Els, wil je de factuur voor de traiteur maken en doorsturen? Bedankt!\n",
            note="a bookkeeping office forwards the invoice it made 'namens onze klant'")
    i = D(2027, 2, 26)
    net = 118000
    invoice(lang="de", cur="EUR", seller=["Tischlerei Brandl", "Holzgasse 2 · 93047 Regensburg", "USt-IdNr. DE314552800"],
            from_=("Steuerbüro Wimmer", "rechnungen@steuerbuero-wimmer.de"),
            block=["Hotel Goldener Anker GmbH", "Buchhaltung", "Keplerstraße 11", "93047 Regensburg"],
            name="Hotel Goldener Anker GmbH", business=True, email="buchhaltung@goldener-anker.de", title="Rechnung",
            rows=[("Rechnungsnummer", "TB-2027-022"), ("Rechnungsdatum", mk.date(i, "dmy.")),
                  ("Fällig", mk.date(i + days(14), "dmy."))],
            items=[("Reparatur Empfangstheke", net)],
            totals=[("Netto", net, False), ("19 % USt", vat(net, 19), False), ("Rechnungsbetrag", net + vat(net, 19), True)],
            number="TB-2027-022", total=net + vat(net, 19), due=net + vat(net, 19), issue=i, due_date=i + days(14),
            foot=["Konto der Tischlerei Brandl: IBAN {iban}"], subject="WG: Rechnung Hotel Goldener Anker",
            body="Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Mandanten, der Tischlerei Brandl, erhalten Sie "
                 "anbei die Rechnung für die Reparatur.\n\nMit freundlichen Grüßen\nSteuerbüro Wimmer\n\n"
                 "-----Ursprüngliche Nachricht-----\nVon: Tischlerei Brandl <info@tischlerei-brandl.de>\n"
                 "Gesendet: Donnerstag, 25. Februar 2027 18:02\nAn: rechnungen@steuerbuero-wimmer.de\n"
                 "Betreff: Rechnung Hotel Goldener Anker\n\nBitte die Rechnung an das Hotel schicken.\n",
            note="a tax office forwards the invoice 'im Auftrag unseres Mandanten'")
    i = D(2027, 3, 5)
    net = 76000
    invoice(lang="en", cur="GBP", seller=["Copperleaf Catering", "2 Bridge Street, Hexham NE46 1NE"],
            from_=("Tynedale Bookkeeping", "invoices@tynedalebookkeeping.co.uk"),
            block=["Hexham Rugby Club", "Tyne Green", "Hexham NE46 3RY"], name="Hexham Rugby Club", business=True,
            email="treasurer@hexhamrugby.co.uk", title="INVOICE",
            rows=[("Invoice no.", "CC-0419"), ("Date", mk.date(i, "long", "en")),
                  ("Due date", mk.date(i + days(14), "long", "en"))],
            items=[("Annual dinner, 76 covers", net)], totals=[("Total due", net, True)],
            number="CC-0419", total=net, due=net, issue=i, due_date=i + days(14),
            foot=["Pay Copperleaf Catering, IBAN {iban}"], subject="FW: invoice annual dinner",
            body="Dear Treasurer,\n\nOn behalf of our client Copperleaf Catering, please find attached their invoice "
                 "for the annual dinner.\n\nRegards\nTynedale Bookkeeping\n\n-----Original Message-----\n"
                 "From: Copperleaf Catering <hello@copperleafcatering.co.uk>\nSent: 4 March 2027 21:15\n"
                 "To: invoices@tynedalebookkeeping.co.uk\nSubject: invoice annual dinner\n\nCould you send this one "
                 "to the rugby club?\n",
            note="a bookkeeper forwards 'on behalf of our client'")


# --- the letterhead first, the sender's From name a person's -------------------------------------

def letterheads():
    i = D(2027, 2, 12)
    net = 126000
    invoice(lang="en", cur="GBP", seller=["Calder & Sons Roofing Ltd", "Unit 6, Mill Bank, Halifax HX3 5QT",
                                          "VAT Reg. GB 401 5529 18 · Company no. 08811452"],
            from_=("Janet Holroyd", "office@calderandsons.co.uk"),
            block=["Shibden Property Management Ltd", "Accounts Payable", "14 Horton Street", "Halifax HX1 1QE"],
            name="Shibden Property Management Ltd", business=True, email="accounts@shibdenproperty.co.uk",
            title="Tax Invoice", rows=[("Invoice", "CS-7731"), ("Date", mk.date(i, "short-en")),
                                       ("Due date", mk.date(i + days(30), "short-en"))],
            items=[("Replace slipped slates, 3 properties", net)],
            totals=[("Net", net, False), ("VAT 20%", vat(net, 20), False), ("Invoice total", net + vat(net, 20), True)],
            number="CS-7731", total=net + vat(net, 20), due=net + vat(net, 20), issue=i, due_date=i + days(30),
            foot=["BACS to IBAN {iban}"], subject="Invoice CS-7731 - Calder & Sons",
            body="Dear Mr Akhtar,\n\nOn behalf of Ray Calder, please find attached our invoice CS-7731.\n\nKind regards\n"
                 "Janet Holroyd\nOffice Manager\nCalder & Sons Roofing Ltd\n",
            note="the letterhead stands first; the From name is the office manager's")
    i = D(2027, 1, 20)
    net = 54000
    invoice(lang="en", cur="GBP", seller=["The Gilded Spoon", "4 Castle Street, Shrewsbury SY1 2AZ",
                                          "VAT No. GB 300 8812 47"],
            from_=("Megan Price", "megan@thegildedspoon.co.uk"),
            block=["Severn Accountancy LLP", "9 Dogpole", "Shrewsbury SY1 1EN"], name="Severn Accountancy LLP",
            business=True, email="office@severnaccountancy.co.uk", title="Invoice",
            rows=[("Invoice no", "GS-0288"), ("Invoice date", mk.date(i, "long", "en")),
                  ("Due date", mk.date(i + days(14), "long", "en"))],
            items=[("Client breakfast, 30 covers", net)],
            totals=[("Net", net, False), ("VAT", vat(net, 20), False), ("Total", net + vat(net, 20), True)],
            number="GS-0288", total=net + vat(net, 20), due=net + vat(net, 20), issue=i, due_date=i + days(14),
            foot=["IBAN {iban}"], subject="Invoice GS-0288 - client breakfast",
            body="Dear Rhys,\n\nSorry this is late - please find attached our invoice for the breakfast.\n\n"
                 "Best wishes,\nMegan Price\nThe Gilded Spoon\n",
            note="the letterhead stands first; the firm named like its mail domain")
    i = D(2027, 3, 8)
    net = 375000
    invoice(lang="en", cur="USD", seller=["Invoice", "Marlowe Research Ltd", "2 Kingsway, London WC2B 6AA",
                                          "Company no. 10477213"], layout="columns",
            from_=("Hana Ito", "hana@marloweresearch.co.uk"),
            block=["Lakeshore Analytics Inc.", "Attn: Accounts Payable", "200 West Adams Street", "Chicago, IL 60606, USA"],
            name="Lakeshore Analytics Inc.", business=True, email="ap@lakeshoreanalytics.com", title="Invoice",
            rows=[("Invoice #", "MR-2027-019"), ("Date", mk.date(i, "long", "en")),
                  ("Due", mk.date(i + days(30), "long", "en"))],
            items=[("Market study, phase 1", net)], totals=[("Total USD", net, True)],
            number="MR-2027-019", total=net, due=net, issue=i, due_date=i + days(30),
            foot=["Pay in USD to Marlowe Research Ltd, IBAN {iban}."], subject="Invoice MR-2027-019",
            body="Hi Carla,\n\nI'm Tom's assistant - he asked me to send you the invoice for phase 1.\n\nBest,\nHana\n",
            note="letterhead left, the debtor right on the same rows; the company number under the letterhead")
    i = D(2027, 2, 2)
    net = 180000
    invoice(lang="en", cur="EUR", seller=["Invoice 2207", "Aoife Byrne Illustration", "Studio 4, The Linen Hall",
                                          "Newry BT35 6BL"], layout="columns",
            from_=("Aoife Byrne", "aoife@aoifebyrne.ie"),
            block=["Moher Coast Distillery Ltd", "Liscannor", "Co. Clare V95 T2X3"], name="Moher Coast Distillery Ltd",
            business=True, email="accounts@mohercoast.ie", title="Invoice 2207",
            rows=[("Date", mk.date(i, "long", "en")), ("Due date", mk.date(i + days(30), "long", "en"))],
            items=[("Label illustrations, 3 gins", net)],
            totals=[("Subtotal", net, False), ("VAT @ 23%", vat(net, 23), False), ("Total due", net + vat(net, 23), True)],
            number="2207", total=net + vat(net, 23), due=net + vat(net, 23), issue=i, due_date=i + days(30),
            foot=["Bank transfer, IBAN {iban}"], subject="Invoice 2207",
            body="Hi all,\n\nInvoice 2207 attached for the labels.\n\nAoife\n",
            note="the title above two columns: the letterhead left, the debtor right")


# --- typed in the mail: the whole address on the customer's line -------------------------------

def typed_one_line():
    i = D(2027, 2, 24)
    invoice(lang="nl", cur="EUR", kind="text", from_=("Bram Peeters", "dakwerken.peeters@telenet.be"),
            name="Koen Claes", business=False, email="koen.claes@skynet.be", number="2027/031", total=31800, due=31800,
            issue=i, due_date=i + days(15), subject="factuur dakgoot",
            body="Dag Koen,\n\nHierbij de factuur voor het herstellen van de dakgoot.\n\nFactuur nr 2027/031 - datum %s\n"
                 "Klant: Koen Claes, Tiensesteenweg 12, 3001 Heverlee\nWerk en materiaal: € 300,00 excl. btw\n"
                 "Btw 6%%: € 18,00\nTe betalen: € 318,00\n\nRek. {iban}\nBetalen binnen 15 dagen aub.\n\nMvg\nBram Peeters\n"
                 "Dakwerken Peeters - BTW BE 0745.221.609" % mk.date(i, "dmy/"),
            note="the customer's whole address on the 'Klant:' line; the sender's BTW number below is not theirs")
    i = D(2027, 3, 11)
    invoice(lang="nl", cur="EUR", kind="text", from_=("Ruben Kok", "rubenkok.tuin@gmail.com"),
            name="Mirjam Smits", business=False, email="mirjam.smits@ziggo.nl", number="27-008", total=26000, due=26000,
            issue=i, due_date=i + days(14), subject="factuur tuin",
            body="Hoi Mirjam,\n\nzoals afgesproken de factuur vd heg\n\nfactuurnr: 27-008\nfactuurdatum: %s\n"
                 "aan: Mirjam Smits, Lindelaan 5 Gouda\nwerk: heg snoeien + afvoer\nbedrag: € 260,00\n(geen btw, KOR)\n\n"
                 "graag binnen 14 dagen op {iban}\ntnv R. Kok Tuinonderhoud\n\ngroet Ruben" % mk.date(i, "dmy-"),
            note="the address on the 'aan:' line; '(geen btw)' below is the sender's")


# --- the invoice PDF second, after the terms; its number only in its file name ------------------

def terms_first():
    i = D(2027, 2, 19)
    net = 64000
    invoice(lang="en", cur="GBP", seller=["Wildflower Cottage Lets", "Hollins Lane, Hebden Bridge HX7 8AA"],
            from_=("Wildflower Cottage Lets", "stay@wildflowercottagelets.co.uk"),
            block=["Pennine Walking Club", "c/o 3 Albert Street", "Hebden Bridge HX7 8AH"], name="Pennine Walking Club",
            business=True, email="secretary@penninewalkers.org.uk", title="INVOICE",
            rows=[("Date", mk.date(i, "long", "en")), ("Due date", mk.date(i + days(21), "long", "en"))],
            items=[("Group booking, 4 nights, 2 cottages", net)], totals=[("Total", net, True)],
            number="2231", total=net, due=net, issue=i, due_date=i + days(21),
            foot=["Please pay to IBAN {iban}"], subject="April stay - Pennine Walking Club",
            body="Dear Margaret,\n\nPlease find our invoice for the club's stay attached, with our terms.\n\n"
                 "Kind regards\nWildflower Cottage Lets\n",
            pdf_name="Invoice_2231.pdf", pdf2="before", pdf2_name="Terms_and_Conditions_2027.pdf",
            pages2=terms_page(["Terms and Conditions 2027", "1. Bookings are confirmed on receipt of a 25% deposit.",
                               "2. Cancellations within 28 days are charged in full.", "3. Ref TC-2027-4, issue 3."]),
            note="the terms PDF comes first; the invoice PDF prints no number, its file name does")


# --- letterheads that the reader took for the debtor: the letterhead's rows as printed --------

def letterhead_page(left, right_at, block, rows, items, totals, foot, lang, cur, columns=None, top_title=None):
    """A page printed row by row: @left the letterhead's lines, @right_at {row: text} set right
    of them, then @block under them; with @columns the debtor's lines right of the letterhead
    on the same rows, @top_title above both."""
    p = mk.Page()
    y = 56
    if top_title:
        p.text(60, y, top_title, size=16, bold=True)
        y += 26
    for k, ln in enumerate(left):
        p.text(60, y + 13 * k, ln, size=(12 if k == 0 else 8), bold=(k == 0))
        if k in right_at:
            p.right(536, y + 13 * k, right_at[k], size=14, bold=True)
        if columns and k < len(columns):
            p.text(330, y + 13 * k, columns[k], size=9)
    y += 13 * max(len(left), len(columns or [])) + 20
    for k, ln in enumerate(block):
        p.text(60, y + 13 * k, ln, size=10)
    y += 13 * len(block) + 20
    for lab, val in rows:
        p.text(330, y, lab, size=9)
        p.right(536, y, val, size=9)
        y += 13
    y += 12
    for desc, cents in items:
        p.text(60, y, desc, size=9)
        p.right(536, y, money_in(cur, lang, cents), size=9)
        y += 13
    for lab, cents, bold in totals:
        p.text(330, y + 6, lab, size=9, bold=bold)
        p.right(536, y + 6, money_in(cur, lang, cents), size=9, bold=bold)
        y += 14
    y += 18
    for ln in foot:
        p.text(60, y, ln, size=8)
        y += 12
    return [p]


def letterheads_read_wrong():
    i = D(2027, 2, 25)
    net = 214000
    invoice(lang="en", cur="GBP", from_=("Tracy Walsh", "office@hebdenjoineryandsons.co.uk"),
            name="Moorside Housing Association", business=True, email="finance@moorsidehousing.org.uk",
            number="HJ-5512", total=net + vat(net, 20), due=net + vat(net, 20), issue=i, due_date=i + days(30),
            page=lambda iban_, i=i, net=net: letterhead_page(
                ["Hebden Joinery & Sons Ltd", "Unit 3, Calder Works, Hebden Bridge HX7 6EF", "01422 845 771",
                 "VAT Reg. GB 377 1021 40 · Company no. 07719302"], {1: "Tax Invoice"},
                ["Moorside Housing Association", "Finance Team", "22 Northgate", "Halifax HX1 1UN"],
                [("Invoice", "HJ-5512"), ("Date", mk.date(i, "short-en")), ("Due date", mk.date(i + days(30), "short-en"))],
                [("Replacement fire doors, 6 flats", net)],
                [("Net", net, False), ("VAT 20%", vat(net, 20), False), ("Invoice total", net + vat(net, 20), True)],
                ["BACS to Hebden Joinery & Sons Ltd, IBAN %s" % mk.iban_spaced(iban_)], "en", "GBP"),
            subject="Invoice HJ-5512 - Hebden Joinery & Sons",
            body="Dear Finance Team,\n\nOn behalf of Martin Hebden, please find attached our invoice HJ-5512 for the "
                 "fire doors.\n\nKind regards\nTracy Walsh\nOffice Manager\n",
            note="the letterhead first, a title beside it; the From name the office manager's, the domain the firm's")
    i = D(2027, 1, 14)
    net = 61500
    invoice(lang="en", cur="GBP", from_=("Jo Pearce", "jo@thecopperkettlebakery.co.uk"),
            name="Wye Valley Vets LLP", business=True, email="practice@wyevalleyvets.co.uk",
            number="CK-0904", total=net + vat(net, 20), due=net + vat(net, 20), issue=i, due_date=i + days(14),
            page=lambda iban_, i=i, net=net: letterhead_page(
                ["The Copper Kettle Bakery", "14 Bridge Street, Hay-on-Wye HR3 5DE", "VAT No. GB 411 2093 65"], {},
                ["Wye Valley Vets LLP", "3 Castle Street", "Hay-on-Wye HR3 5AA"],
                [("Invoice no", "CK-0904"), ("Invoice date", mk.date(i, "long", "en")),
                 ("Due date", mk.date(i + days(14), "long", "en"))],
                [("Staff lunch platters (monthly)", net)],
                [("Net", net, False), ("VAT", vat(net, 20), False), ("Total", net + vat(net, 20), True)],
                ["IBAN %s" % mk.iban_spaced(iban_)], "en", "GBP"),
            subject="Invoice CK-0904 - lunch platters",
            body="Hi Sian,\n\nSorry for the delay - please find attached our invoice for January.\n\nJo\n",
            note="the letterhead stacked over the customer's block; the From name the owner's first name")
    i = D(2027, 2, 6)
    net = 95000
    invoice(lang="en", cur="EUR", from_=("Niamh Kelly", "hello@niamhkelly.ie"),
            name="Achill Sea Salt Ltd", business=True, email="accounts@achillseasalt.ie",
            number="3318", total=net + vat(net, 23), due=net + vat(net, 23), issue=i, due_date=i + days(30),
            page=lambda iban_, i=i, net=net: letterhead_page(
                ["Niamh Kelly Photography", "Unit 4, Quay Business Centre", "Westport, Co. Mayo F28 X2K7"], {},
                ["VAT No. IE 6388102KH"],
                [("Date", mk.date(i, "long", "en")), ("Due date", mk.date(i + days(30), "long", "en"))],
                [("Product photography, 40 images", net)],
                [("Subtotal", net, False), ("VAT @ 23%", vat(net, 23), False), ("Total due", net + vat(net, 23), True)],
                ["Bank transfer, IBAN %s" % mk.iban_spaced(iban_)], "en", "EUR",
                columns=["Achill Sea Salt Ltd", "Keel", "Achill, Co. Mayo F28 P3V8"], top_title="Invoice 3318"),
            subject="Invoice 3318", body="Hi all,\n\nInvoice 3318 attached for the product shoot.\n\nNiamh\n",
            note="title above two columns: the letterhead (its unit line under the name) left, the debtor right")
    i = D(2027, 3, 1)
    net = 286000
    invoice(lang="en", cur="AUD", from_=("Sam Riley", "accounts@saltbushdesign.com.au"),
            name="Coral Coast Physio", business=True, email="admin@coralcoastphysio.com.au",
            number="SD-2207", total=net + net // 10, due=net + net // 10, issue=i, due_date=i + days(14),
            page=lambda iban_, i=i, net=net: letterhead_page(
                ["Saltbush Design Pty Ltd", "ABN 31 604 112 908", "PO Box 88, Noosa Heads QLD 4567"], {0: "TAX INVOICE"},
                ["Coral Coast Physio", "Attn: Practice Manager", "5/21 Sunshine Beach Rd", "Noosaville QLD 4566"],
                [("Invoice No", "SD-2207"), ("Invoice Date", mk.date(i, "dmy/")), ("Due Date", mk.date(i + days(14), "dmy/"))],
                [("Website refresh and booking page", net)],
                [("Subtotal", net, False), ("GST 10%", net // 10, False), ("Amount Due AUD", net + net // 10, True)],
                ["Pay by EFT (Wise), IBAN %s" % mk.iban_spaced(iban_)], "en", "AUD"),
            subject="Invoice SD-2207 from Saltbush Design",
            body="Hi Kate,\n\nPlease find attached the invoice for the website refresh.\n\nSam\n",
            note="a bare $ under a total whose label ends in AUD")


NOT = [
    ("nl", ("Hidde Kloosterman", "hidde@timmerbedrijfkloosterman.nl"), "Re: Offerte overkapping",
     "Hoi Frank,\n\nHierbij de aangepaste offerte voor de overkapping, nu met polycarbonaat dak: € 4.350,00 incl. btw.\n"
     "Offertenummer: OF-27-009\n\nGroet,\nHidde\n",
     "a new quote in the quote thread"),
    ("en", ("Kim Ashdown", "kim@ketteringwarmhomes.co.uk"), "Re: when can you start?",
     "Hi Sue,\n\nWe can start on 8 March. The invoice will follow once the job is done.\n\nKim\n",
     "an answer that says the invoice follows"),
    ("de", ("Uwe Brunsmann", "uwe@dachdeckerei-brunsmann.de"), "AW: Rechnung schon da?",
     "Hallo Frau Sänger,\n\nnein, die Rechnung schreibe ich nächste Woche, sobald das Gerüst abgebaut ist.\n\n"
     "Gruß\nUwe Brunsmann\n",
     "an answer to the customer's question: the invoice is still to come"),
    ("nl", ("Joris Mulder", "joris@guldenhout.nl"), "FW: factuur houthandel",
     "Hoi Marieke,\n\nHierbij de factuur van de houthandel, kun je deze inboeken?\n\nJoris\n\n"
     "Van: Houthandel Jansen <facturen@houthandeljansen.nl>\nVerzonden: maandag 1 maart 2027 09:12\n"
     "Aan: joris@guldenhout.nl\nOnderwerp: factuur HJ-27-0881\n\nFactuur HJ-27-0881, € 1.284,00, "
     "te betalen binnen 30 dagen.\n",
     "a supplier's bill forwarded to the business's own bookkeeper"),
    ("en", ("Ellie Marsh", "ellie@brambleprint.co.uk"), "RE: menus",
     "Hi Tom,\n\nSo sorry about the misprint. We'll send a credit note next week for the £150.00.\n\nEllie\n",
     "a credit note announced, not sent"),
    ("de", ("Clara Sommer", "clara@papeterie-sommer.de"), "Rechnung RE-2027-070 bitte ignorieren",
     "Sehr geehrter Herr Lang,\n\ndie Rechnung RE-2027-070 über 214,20 € vom 02.03.2027 wurde versehentlich "
     "zweimal erstellt. Bitte betrachten Sie sie als gegenstandslos und überweisen Sie nichts. Die "
     "Stornorechnung erhalten Sie in den nächsten Tagen.\n\nMit freundlichen Grüßen\nClara Sommer\n",
     "an invoice withdrawn; the Stornorechnung announced"),
    ("nl", ("Bram Peeters", "dakwerken.peeters@telenet.be"), "betaalbewijs",
     "Dag Marleen,\n\nZoals gevraagd het betaalbewijs:\n\nBETAALBEWIJS\nOntvangen van: Marleen Jacobs\n"
     "Bedrag: € 240,00 (cash)\nVoor: factuur 2027/022, herstelling dakgoot\nDatum betaling: 04/03/2027\n"
     "Voldaan.\n\nGroeten,\nBram\n",
     "a typed cash receipt for a paid invoice"),
    ("en", ("Gary Doyle", "gary.doyle.fixit@outlook.com"), "taps",
     "Hi Ruth\n\nthe taps came in, in fact 2 of them are the wrong finish so I'll swap them. Back on Thursday, "
     "cost stays £165.00 as quoted.\n\nGary\n",
     "no invoice: 'in fact 2' is no abbreviation of one"),
    ("de", ("Steuerbüro Wimmer", "rechnungen@steuerbuero-wimmer.de"), "WG: Rechnung Druckerei",
     "Hallo Frau Brandl,\n\nanbei die Rechnung der Druckerei zur Ablage, bitte kurz prüfen und freigeben.\n\n"
     "Gruß\nSteuerbüro Wimmer\n\n-----Ursprüngliche Nachricht-----\nVon: Druckerei Weber <rechnung@druckerei-weber.de>\n"
     "Gesendet: Montag, 1. März 2027 08:00\nAn: info@tischlerei-brandl.de\nBetreff: Rechnung 2027-311\n\n"
     "Rechnung 2027-311 über 842,00 €.\n",
     "a supplier's bill forwarded for filing, not on behalf of a client to its customer"),
    ("en", ("Rosie Fern", "rosie@fernandflint.co.uk"), "Re: are you free on Friday?",
     "Hi Pat,\n\nFriday is fine. I'll put the invoice through after the job.\n\nRosie\n",
     "a question answered; no invoice handed over"),
]


def build():
    thread_replies()
    credit_notes()
    typed_short()
    office_forwards()
    letterheads()
    typed_one_line()
    terms_first()
    letterheads_read_wrong()
    country = {"nl": "NL", "de": "DE", "en": "GB"}
    records = []
    for k, s in enumerate(INVOICES, 1):
        lang = s["lang"]
        ctry = country[lang]
        if s.get("email", "").endswith(".be") or (s.get("seller") and "BE 0" in " ".join(s["seller"])):
            ctry = "BE"
        iban_ = mk.iban(rng, ctry)
        sender_name, sender = s["from_"]
        to = "%s <%s>" % (s["name"], s["email"])
        extra = []
        if s.get("reply"):
            extra = ["In-Reply-To: <%016x@%s>" % (rng.getrandbits(64), s["email"].split("@")[1])]
        body = s["body"].replace("{iban}", mk.iban_spaced(iban_))
        if s.get("kind") == "text":
            eml = mk.mail(rng, sender, sender_name, to, s["subject"], s["issue"], body_text=body, extra_headers=extra)
            pages, fname = None, None
        else:
            eml = mk.mail(rng, sender, sender_name, to, s["subject"], s["issue"] + days(rng.randrange(2)),
                          body_text=body, pdf=True, extra_headers=extra, pdf2=s.get("pdf2"))
            pages = s["page"](iban_) if "page" in s else pdf(
                s["seller"], s["block"], s["title"], s["rows"], s["items"], s["totals"], s["foot"], iban_,
                lang, s["cur"], s.get("layout", "stacked"), s.get("cell_rows"))
            fname = s.get("pdf_name") or "%s.pdf" % s["number"].replace("/", "-")
        exp = mk.expected(s["number"], s["due"], s["total"], s["issue"], s["due_date"], s["name"], s["email"], iban_,
                          s["business"], lang, currency=s["cur"], credit=s.get("credit", False))
        records.append(mk.record("inv-recall-%03d" % k, "recall", lang, "pdf" if pages else "body-text",
                                 {"mail_from": sender, "rcpt_to": [s["email"]]}, eml, pages=pages, pdf_filename=fname,
                                 expected=exp, note=s["note"], pages2=s.get("pages2"),
                                 pdf2_filename=s.get("pdf2_name")))
    for j, (lang, (sender_name, sender), subject, body, why) in enumerate(NOT, len(records) + 1):
        d = D(2027, 1, 5) + days(rng.randrange(60))
        to = "klant%d@example.net" % j
        extra = ["In-Reply-To: <%016x@example.net>" % rng.getrandbits(64)] if subject[:3].lower() in ("re:", "aw:") else []
        eml = mk.mail(rng, sender, sender_name, to, subject, d, body_text=body, extra_headers=extra)
        records.append(mk.record("inv-recall-%03d" % j, "recall-not", lang, "none",
                                 {"mail_from": sender, "rcpt_to": [to]}, eml, why_not=why, note=why))
    return records


if __name__ == "__main__":
    recs = build()
    # A number printed only in the PDF's file name counts as printed (the check reads the
    # mail and the layout, not the part's name).
    mk.check_labels([dict(r, eml=r["eml"] + (r.get("pdf_filename") or "")) for r in recs])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-recall.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
