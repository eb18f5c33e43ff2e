"""train_pay: a training split about how an invoice asks to be paid (the pay round, from
heldout18's brief, without its firms or wordings), and the mails about payment near them
that are not invoices.

Invoices (nl incl. Flemish, en incl. an Australian and a Canadian firm, de incl. Austria):
early-payment discounts worded as a deduction ("2% may be deducted", "mag u 2 % in
mindering brengen", "dürfen Sie 2 % abziehen") beside the net term; direct debits in the
active voice ("Wir buchen den Betrag am … ab", "we will collect … on …", "schrijven wij …
af") and wrapped over two lines of a PDF; instalments with their dates in one sentence
(termijnen, instalments, Raten); deposit invoices that say the final invoice follows
("De eindfactuur volgt na oplevering", "Die Schlussrechnung folgt nach Fertigstellung",
"The final invoice will follow on completion") with the order's value in the text and a
"Deposit payable" / "Te betalen aanbetaling" label; payment links in a real invoice ("Betaal
direct", "Pay online", "Jetzt online bezahlen"); terms counted from the receipt of the
invoice in a mail sent days after its date; a typed heading "Rechnung 26-118 · 03.12.2026"
with "bis Monatsende"; a dollar sign beside a currency code (AUD, CAD); "payable before
delivery on …".

Not invoices: payment links renewed or about to expire for an invoice sent earlier, direct
debit pre-notifications whose subject names the invoice they collect (nl, de, en), refunds
done ("zurücküberwiesen", "teruggestort", "we have refunded") that point to a credit note
kept elsewhere, an order confirmation and a quote that ask for a deposit and say the final
invoice will follow.

Labels follow corpus/invoices/README.md and heldout18's calls: a discount's date or term
counts for nothing, the net term gives the due date; a debit's date is the due date;
instalments are due in full, on the first instalment's date; a deposit invoice's deposit
with VAT is its total; a term counted from the receipt counts from the mail's date.
Written by hand for training (the reader's rules are tuned on it); seeded; run it to write
../train-pay.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, date_in, money_in  # noqa: E402

SEED = 20261220
rng = random.Random(SEED)
D = datetime.date


# Sellers: name, street and town, mailbox, country of the IBAN, VAT line.
SELLERS = {
    "glas": ("Glaszetterij Van Dam", "Lindeweg 4, 3771 CC Barneveld", "facturatie@glaszetterijvandam.nl", "NL",
             "KvK 61234987 · btw NL003318844B01"),
    "koffie": ("Koffiebranderij De Molenwiek", "Havenweg 22, 8271 AB IJsselmuiden", "zakelijk@molenwiek-koffie.nl",
               "NL", "KvK 72239941 · btw NL002201937B87"),
    "dans": ("Dansstudio Pirouette", "Kerkstraat 9, 2000 Antwerpen", "info@dansstudiopirouette.be", "BE",
             "Ondernemingsnr. 0734.221.908"),
    "keuken": ("Keukenatelier Brandsma", "Industrieweg 31, 8601 AA Sneek", "administratie@keukenatelierbrandsma.nl",
               "NL", "KvK 01872244 · btw NL001872244B01"),
    "schlosser": ("Metallbau Reindl", "Gewerbestraße 12, 83022 Rosenheim", "rechnung@metallbau-reindl.de", "DE",
                  "USt-IdNr. DE281736450"),
    "getraenke": ("Getränke Hollerbach GmbH", "Bahnhofstraße 50, 96047 Bamberg", "buchhaltung@hollerbach-getraenke.de",
                  "DE", "HRB 5521 Bamberg · USt-IdNr. DE199283745"),
    "fahrrad": ("Radhaus Stiegler", "Linzer Straße 8, 4040 Linz", "office@radhaus-stiegler.at", "AT",
                "UID ATU68231907"),
    "kurs": ("Sprachschule Wortwerk", "Kaiserstraße 14, 76133 Karlsruhe", "kurse@wortwerk-sprachen.de", "DE",
             "USt-IdNr. DE300912847"),
    "drone": ("Skyline Aerial Media Ltd", "9 Canal Wharf, Leeds LS11 5PS", "accounts@skylineaerial.co.uk", "GB",
              "VAT Reg. GB 318 4471 26"),
    "tutor": ("Maple Leaf Tutoring", "Flat 3, 18 Elm Grove, Brighton BN2 3ES", "hello@mapleleaftutoring.co.uk", "GB",
              "Sole trader - not VAT registered"),
    "joiner": ("Oakbeam Joinery Ltd", "Unit 4, Riverside Works, Hexham NE46 1RB", "office@oakbeamjoinery.co.uk", "GB",
               "Company No. 09881234 · VAT GB 271 9034 55"),
    "aussie": ("Coral Coast Web Pty Ltd", "22 Esplanade, Cairns QLD 4870", "billing@coralcoastweb.com.au", "AU",
               "ABN 51 624 118 903"),
    "canuck": ("Fraser Valley Timber Frames Inc.", "3100 Mill Road, Abbotsford BC V2T 1A1", "ar@fvtimberframes.ca", "CA",
               "GST/HST 81234 5678 RT0001"),
}


def seller_iban(key):
    return mk.iban(rng, mk.iban_stand_in(SELLERS[key][3]))


def pdf_invoice(key, lang, block, facts, title, items, totals, terms, iban_):
    """One page: letterhead, the debtor's block on the left, the facts on the right, items,
    totals, the terms' sentences (a PDF line each) and the footer with the IBAN."""
    name, addr, mailbox, _country, vat = SELLERS[key]
    p = mk.Page()
    p.text(56, 58, name, size=15, bold=True)
    p.text(56, 72, addr, size=8)
    p.text(56, 83, "%s · %s" % (mailbox, vat), size=8)
    for i, ln in enumerate(block):
        p.text(56, 140 + 13 * i, ln, size=10)
    for i, (lab, val) in enumerate(facts):
        p.text(340, 140 + 13 * i, lab, size=9)
        p.right(539, 140 + 13 * i, val, size=9)
    y = 140 + 13 * max(len(block), len(facts)) + 30
    p.text(56, y, title, size=16, bold=True)
    y += 26
    for desc, amount in items:
        p.text(56, y, desc, size=9)
        p.right(539, y, amount, size=9)
        y += 14
    p.rule(56, y - 8, 539, y - 8)
    y += 6
    for lab, amount, bold in totals:
        p.text(330, y, lab, size=9, bold=bold)
        p.right(539, y, amount, size=9, bold=bold)
        y += 14
    y += 18
    for ln in terms:
        p.text(56, y, ln.format(iban=mk.iban_spaced(iban_)), size=9)
        y += 13
    p.text(56, 806, "%s · %s · IBAN %s" % (name, vat, mk.iban_spaced(iban_)), size=7)
    return [p]


def typed_invoice(lines, iban_):
    return "\n".join(ln.format(iban=mk.iban_spaced(iban_)) for ln in lines)


def invoice(rid, key, lang, to_name, to_mail, business, number, issue, sent, subject, due, due_cents, total_cents,
            cur="EUR", cover=None, body=None, pdf=None, note=""):
    """A record: @pdf a function of the IBAN giving the pages, or @body one giving the typed
    mail; @sent is the mail's date (the day after the invoice's when a term counts from its
    receipt)."""
    name, _addr, mailbox, _c, _v = SELLERS[key]
    iban_ = seller_iban(key)
    to = "%s <%s>" % (to_name, to_mail)
    if pdf:
        eml = mk.mail(rng, mailbox, name, to, subject, sent, body_text=cover, pdf=True)
        pages, fname, kind = pdf(iban_), "%s.pdf" % number, "pdf"
    else:
        eml = mk.mail(rng, mailbox, name, to, subject, sent, body_text=body(iban_))
        pages, fname, kind = None, None, "body-text"
    exp = mk.expected(number, due_cents, total_cents, issue, due, to_name, to_mail, iban_, business, lang,
                      currency=cur)
    return mk.record(rid, "pay", lang, kind, {"mail_from": mailbox, "rcpt_to": [to_mail]}, eml, pages=pages,
                     pdf_filename=fname, expected=exp, note=note)


def build_invoices():
    out = []

    def rid():
        return "inv-pay-%03d" % (len(out) + 1)

    # 1. nl: a discount as a deduction, the net term after it.
    i = D(2026, 12, 2)
    n, net, vat = "GVD-26-0318", 148500, 31185
    out.append(invoice(rid(), "glas", "nl", "Autobedrijf Hoefnagel B.V.", "crediteuren@hoefnagel-auto.nl", True, n, i, i,
                       "Factuur %s Glaszetterij Van Dam" % n, i + days(30), net + vat, net + vat,
                       cover="Goedemiddag,\n\nIn de bijlage onze factuur voor het vervangen van de showroomruit.\n\n"
                             "Met vriendelijke groet,\nGlaszetterij Van Dam",
                       pdf=lambda ib: pdf_invoice("glas", "nl", ["Autobedrijf Hoefnagel B.V.", "Stationsweg 80",
                                                                  "3771 VH Barneveld"],
                                                  [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i))], "Factuur",
                                                  [("Showroomruit 3,2 x 2,4 m gehard glas, incl. plaatsing",
                                                    money_in("EUR", "nl", net))],
                                                  [("Subtotaal", money_in("EUR", "nl", net), False),
                                                   ("Btw 21%", money_in("EUR", "nl", vat), False),
                                                   ("Totaal", money_in("EUR", "nl", net + vat), True)],
                                                  ["Bij betaling binnen 8 dagen mag u 2% in mindering brengen; het volledige "
                                                   "bedrag voldoet u binnen 30 dagen",
                                                   "na factuurdatum op {iban}."], ib),
                       note="a discount as a deduction within 8 days; due at the net 30 days"))
    # 2. en: "1/10 net 30" worded as a deduction.
    i = D(2026, 11, 24)
    n, net, vat = "OBJ-2291", 326000, 65200
    out.append(invoice(rid(), "joiner", "en", "Tyne Valley Lettings Ltd", "accounts@tynevalleylettings.co.uk", True, n, i,
                       i, "Invoice OBJ-2291", i + days(30), net + vat, net + vat, cur="GBP",
                       cover="Hello,\n\nPlease find our invoice attached for the sash windows at Battle Hill.\n\n"
                             "Kind regards,\nOakbeam Joinery",
                       pdf=lambda ib: pdf_invoice("joiner", "en", ["Tyne Valley Lettings Ltd", "2 Priestpopple",
                                                                    "Hexham NE46 1PS"],
                                                  [("Invoice No.", n), ("Invoice Date", date_in("en", i)),
                                                   ("Terms", "1/10 Net 30")], "INVOICE",
                                                  [("Four box sash windows, made and fitted", money_in("GBP", "en", net))],
                                                  [("Net", money_in("GBP", "en", net), False),
                                                   ("VAT 20%", money_in("GBP", "en", vat), False),
                                                   ("Total", money_in("GBP", "en", net + vat), True)],
                                                  ["1% may be deducted when paid within 10 days of the invoice date; the "
                                                   "invoice total is due within 30 days.",
                                                   "Bank transfer to IBAN {iban}."], ib),
                       note="'1% may be deducted when paid within 10 days': the discount's term, not the due date"))
    # 3. de: "dürfen Sie 2 % abziehen".
    i = D(2026, 12, 1)
    n, net = "MR-2026-0457", 212000
    vat = 40280
    out.append(invoice(rid(), "schlosser", "de", "Autohaus Kainz GmbH", "buchhaltung@autohaus-kainz.de", True, n, i, i,
                       "Rechnung MR-2026-0457", i + days(30), net + vat, net + vat,
                       cover="Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für das Geländer.\n\n"
                             "Mit freundlichen Grüßen\nMetallbau Reindl",
                       pdf=lambda ib: pdf_invoice("schlosser", "de", ["Autohaus Kainz GmbH", "Kufsteiner Straße 101",
                                                                       "83022 Rosenheim"],
                                                  [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i))], "Rechnung",
                                                  [("Edelstahlgeländer Showroom, 14 lfm, montiert",
                                                    money_in("EUR", "de", net))],
                                                  [("Nettobetrag", money_in("EUR", "de", net), False),
                                                   ("zzgl. 19 % USt.", money_in("EUR", "de", vat), False),
                                                   ("Rechnungsbetrag", money_in("EUR", "de", net + vat), True)],
                                                  ["Bei Zahlung innerhalb von 7 Tagen dürfen Sie 2 % abziehen, ansonsten "
                                                   "zahlbar innerhalb von 30 Tagen",
                                                   "ohne Abzug auf {iban}."], ib),
                       note="'dürfen Sie 2 % abziehen' is a Skonto by another name"))
    # 4. de: a direct debit in the active voice, wrapped.
    i = D(2026, 11, 30)
    n, net = "GH-112087", 68430
    vat = 13002
    due = D(2026, 12, 11)
    out.append(invoice(rid(), "getraenke", "de", "Gasthaus Zur Linde", "wirt@gasthaus-linde-bamberg.de", True, n, i, i,
                       "Ihre Rechnung GH-112087", due, net + vat, net + vat,
                       cover="Guten Tag,\n\nim Anhang die Rechnung zur Lieferung vom 27.11. Der Betrag wird wie "
                             "vereinbart abgebucht.\n\nIhr Getränke Hollerbach Team",
                       pdf=lambda ib: pdf_invoice("getraenke", "de", ["Gasthaus Zur Linde", "Inh. Bernd Schuster",
                                                                       "Lindenplatz 2", "96049 Bamberg"],
                                                  [("Rechnung Nr.", n), ("Datum", date_in("de", i)),
                                                   ("Mandatsreferenz", "HB-M-2044")], "Rechnung",
                                                  [("Lieferung 27.11.2026, Fassbier und Limonaden",
                                                    money_in("EUR", "de", net))],
                                                  [("Netto", money_in("EUR", "de", net), False),
                                                   ("USt. 19 %", money_in("EUR", "de", vat), False),
                                                   ("Gesamt", money_in("EUR", "de", net + vat), True)],
                                                  ["Den Gesamtbetrag buchen wir am %s per SEPA-Lastschrift von Ihrem Konto"
                                                   % date_in("de", due),
                                                   "DE12 **** **** **** **71 00 ab. Gläubiger-ID DE55ZZZ00001234567.",
                                                   "Zahlungen bei Rücklastschrift bitte auf {iban}."], ib),
                       note="'buchen wir am … ab': the debit's date in the active voice is the due date"))
    # 5. nl: incasso wrapped over two lines.
    i = D(2026, 12, 1)
    n, net = "MW-2026-1204", 41250
    vat = 3713
    due = D(2026, 12, 15)
    out.append(invoice(rid(), "koffie", "nl", "Lunchroom 't Hoekje", "info@lunchroomhoekje.nl", True, n, i, i,
                       "Factuur november", due, net + vat, net + vat,
                       cover="Hallo,\n\nDe factuur van november staat in de bijlage; het bedrag wordt automatisch "
                             "geïncasseerd.\n\nGroeten,\nDe Molenwiek",
                       pdf=lambda ib: pdf_invoice("koffie", "nl", ["Lunchroom 't Hoekje", "Markt 3",
                                                                    "8261 GE Kampen"],
                                                  [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i))], "Factuur",
                                                  [("Koffiebonen Huismelange 25 kg", money_in("EUR", "nl", net))],
                                                  [("Subtotaal", money_in("EUR", "nl", net), False),
                                                   ("Btw 9%", money_in("EUR", "nl", vat), False),
                                                   ("Totaal", money_in("EUR", "nl", net + vat), True)],
                                                  ["Dit bedrag wordt op of omstreeks %s van uw rekening" % date_in("nl", due, "long"),
                                                   "NL** RABO **** **** 12 afgeschreven (doorlopende SEPA-machtiging).",
                                                   "Terugboeken? Maak het bedrag dan over op {iban}."], ib),
                       note="the debit's word on the line after its date (a PDF wrap)"))
    # 6. en: GoCardless-style "we will collect … on".
    i = D(2026, 12, 3)
    n = "SAM-0877"
    due = D(2026, 12, 10)
    out.append(invoice(rid(), "drone", "en", "Northgate Estate Agents Ltd", "finance@northgateagents.co.uk", True, n, i, i,
                       "Invoice SAM-0877 - aerial photography", due, 54000, 54000, cur="GBP",
                       body=lambda ib: typed_invoice([
                           "Hi Karen,", "", "Thanks for booking us again. Your invoice:", "",
                           "INVOICE SAM-0877", "Date: 3 December 2026",
                           "To: Northgate Estate Agents Ltd, 14 Boar Lane, Leeds LS1 6EN", "",
                           "Aerial photos and video, 3 properties ........ £450.00",
                           "VAT 20% ........................................ £90.00",
                           "Total ......................................... £540.00", "",
                           "We will collect £540.00 from your account by Direct Debit on 10 December 2026.",
                           "Our bank details, should you need them: IBAN {iban}.", "",
                           "Cheers,", "Jamie", "Skyline Aerial Media Ltd"], ib),
                       note="'We will collect … on <date>': the debit's date"))
    # 7. en: two instalments by date.
    i = D(2026, 12, 4)
    n = "MLT-058"
    out.append(invoice(rid(), "tutor", "en", "Rebecca Lowe", "rebecca.lowe@gmail.com", False, n, i, i,
                       "Invoice for Tom's spring tutoring", D(2027, 1, 8), 62400, 62400, cur="GBP",
                       body=lambda ib: typed_invoice([
                           "Dear Rebecca,", "", "As promised, here is the invoice for Tom's maths tutoring next term.", "",
                           "Invoice MLT-058", "Invoice date: 4 December 2026",
                           "Bill to: Rebecca Lowe, 7 Preston Park Avenue, Brighton BN1 6HJ", "",
                           "Weekly GCSE maths sessions, 12 x 1 hour at £52.00 ..... £624.00",
                           "Amount due ............................................. £624.00", "",
                           "You can pay in two instalments of £312.00: the first by 8 January 2027, the second by "
                           "8 February 2027.",
                           "Account: Maple Leaf Tutoring, IBAN {iban}.", "",
                           "Best wishes,", "Andrea", "Maple Leaf Tutoring"], ib),
                       note="instalments: the whole amount, due on the first instalment's date"))
    # 8. nl: drie termijnen.
    i = D(2026, 12, 1)
    n = "DP-2026-0412"
    out.append(invoice(rid(), "dans", "nl", "Familie Peeters", "peeters.gezin@telenet.be", False, n, i, i,
                       "Factuur lessenpakket 2027", D(2027, 1, 5), 54000, 54000,
                       body=lambda ib: typed_invoice([
                           "Beste familie Peeters,", "", "Hierbij de factuur voor de danslessen van Lotte in 2027.", "",
                           "Factuur DP-2026-0412", "Factuurdatum: 01/12/2026",
                           "Aan: Familie Peeters, Lange Lozanastraat 40, 2018 Antwerpen", "",
                           "Jaarabonnement klassiek ballet (vrijstelling btw, art. 44) € 540,00",
                           "Te betalen € 540,00", "",
                           "U betaalt in drie termijnen van € 180,00, telkens op 05/01/2027, 05/02/2027 en 05/03/2027.",
                           "Rekening {iban} t.n.v. Dansstudio Pirouette.", "",
                           "Dansende groeten,", "Dansstudio Pirouette"], ib),
                       note="three termijnen in one sentence: due on the first"))
    # 9. de: zwei Raten.
    i = D(2026, 12, 2)
    n = "WW-26-1190"
    out.append(invoice(rid(), "kurs", "de", "Jonas Ehrhardt", "jonas.ehrhardt@web.de", False, n, i, i,
                       "Rechnung Intensivkurs Spanisch", D(2026, 12, 16), 78000, 78000,
                       body=lambda ib: typed_invoice([
                           "Hallo Herr Ehrhardt,", "", "vielen Dank für Ihre Anmeldung. Hier Ihre Rechnung:", "",
                           "Rechnung WW-26-1190", "Rechnungsdatum: 02.12.2026",
                           "Empfänger: Jonas Ehrhardt, Sophienstraße 21, 76133 Karlsruhe", "",
                           "Intensivkurs Spanisch B1, 40 Unterrichtseinheiten     780,00 €",
                           "Gesamtbetrag (umsatzsteuerfrei nach § 4 Nr. 21 UStG)  780,00 €", "",
                           "Sie können in zwei Raten zu je 390,00 € zahlen: am 16.12.2026 und am 15.01.2027.",
                           "Bankverbindung: Sprachschule Wortwerk, IBAN {iban}", "",
                           "Viele Grüße", "Ihr Wortwerk-Team"], ib),
                       note="two Raten with their dates"))
    # 10. nl: aanbetalingsfactuur, the final invoice follows.
    i = D(2026, 12, 3)
    n, dep = "KB-A-2026-031", 435600
    out.append(invoice(rid(), "keuken", "nl", "Dhr. en mevr. Wiersma", "wiersma.thuis@ziggo.nl", False, n, i, i,
                       "Aanbetalingsfactuur keuken", i + days(14), dep, dep,
                       body=lambda ib: typed_invoice([
                           "Beste meneer en mevrouw Wiersma,", "",
                           "Fijn dat u voor ons hebt gekozen. Hierbij de aanbetalingsfactuur voor uw nieuwe keuken.", "",
                           "Aanbetalingsfactuur KB-A-2026-031", "Factuurdatum: 03-12-2026",
                           "Aan: Dhr. en mevr. Wiersma, Oosterdijk 12, 8601 BT Sneek", "",
                           "Keuken eiken, opdrachtsom € 14.520,00 incl. btw",
                           "Aanbetaling 30% (incl. 21% btw) ............ € 4.356,00",
                           "Te betalen aanbetaling ..................... € 4.356,00", "",
                           "Graag binnen 14 dagen overmaken op {iban}. De eindfactuur volgt na oplevering.", "",
                           "Met vriendelijke groet,", "Keukenatelier Brandsma"], ib),
                       note="a deposit invoice says the final invoice follows: it is still an invoice"))
    # 11. de: Anzahlungsrechnung, Schlussrechnung folgt.
    i = D(2026, 11, 27)
    n, net = "MR-A-2026-0091", 300000
    vat = 57000
    out.append(invoice(rid(), "schlosser", "de", "Bauunternehmung Stangl KG", "rechnungen@stangl-bau.de", True, n, i, i,
                       "Anzahlungsrechnung Treppenanlage", i + days(10), net + vat, net + vat,
                       cover="Guten Tag Herr Stangl,\n\nanbei die Anzahlungsrechnung für die Treppenanlage. Die "
                             "Schlussrechnung folgt nach Fertigstellung.\n\nMit freundlichen Grüßen\nMetallbau Reindl",
                       pdf=lambda ib: pdf_invoice("schlosser", "de", ["Bauunternehmung Stangl KG", "Innstraße 60",
                                                                       "83022 Rosenheim"],
                                                  [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i)),
                                                   ("Auftragssumme netto", money_in("EUR", "de", 1000000))],
                                                  "Anzahlungsrechnung",
                                                  [("Anzahlung 30 % auf Treppenanlage Stahl", money_in("EUR", "de", net))],
                                                  [("Netto", money_in("EUR", "de", net), False),
                                                   ("zzgl. 19 % USt.", money_in("EUR", "de", vat), False),
                                                   ("Anzahlungsbetrag", money_in("EUR", "de", net + vat), True)],
                                                  ["Zahlbar innerhalb von 10 Tagen ohne Abzug auf {iban}.",
                                                   "Die Anzahlung wird in der Schlussrechnung verrechnet."], ib),
                       note="'Die Schlussrechnung folgt' in the cover note of a deposit invoice"))
    # 12. en: deposit invoice, "Deposit payable", the final invoice to follow.
    i = D(2026, 12, 2)
    n, dep = "OBJ-D-2302", 180000
    out.append(invoice(rid(), "joiner", "en", "Mr and Mrs Fenwick", "fenwicks@btinternet.com", False, n, i, i,
                       "Deposit invoice OBJ-D-2302", D(2026, 12, 16), dep, dep, cur="GBP",
                       body=lambda ib: typed_invoice([
                           "Dear Mr and Mrs Fenwick,", "",
                           "Thank you for the go-ahead on the oak staircase. Here is the deposit invoice; the final "
                           "invoice will follow on completion.", "",
                           "DEPOSIT INVOICE OBJ-D-2302", "Date: 2 December 2026",
                           "Customer: Mr and Mrs Fenwick, Dilston Lodge, Corbridge NE45 5RH", "",
                           "Oak staircase, agreed price £6,000.00 (VAT included)",
                           "Deposit 30% (VAT included) ........... £1,800.00",
                           "Deposit payable ...................... £1,800.00", "",
                           "Please pay by 16 December 2026 to IBAN {iban}.", "",
                           "Kind regards,", "Oakbeam Joinery Ltd"], ib),
                       note="a deposit invoice: 'the final invoice will follow on completion'"))
    # 13. nl: an invoice with a pay-now link.
    i = D(2026, 12, 4)
    n = "DP-2026-0433"
    out.append(invoice(rid(), "dans", "nl", "Sofie Claes", "sofie.claes@skynet.be", False, n, i, i,
                       "Factuur DP-2026-0433 workshop", i + days(14), 7500, 7500,
                       body=lambda ib: typed_invoice([
                           "Dag Sofie,", "", "Bedankt voor je inschrijving voor de workshop hedendaags!", "",
                           "Factuur DP-2026-0433", "Factuurdatum: 04/12/2026",
                           "Aan: Sofie Claes, Vleminckveld 8, 2000 Antwerpen", "",
                           "Workshop hedendaags, 2 dagen ..... € 75,00", "Te betalen .......................... € 75,00",
                           "", "Betaal direct via deze link: https://betaal.dansstudiopirouette.be/DP-2026-0433",
                           "of schrijf binnen 14 dagen over op {iban}.", "",
                           "Tot dan!", "Dansstudio Pirouette"], ib),
                       note="an invoice with a 'Betaal direct' link is an invoice"))
    # 14. en: pay online.
    i = D(2026, 12, 1)
    n = "CCW-1184"
    out.append(invoice(rid(), "aussie", "en", "Reef Dive Adventures Pty Ltd", "admin@reefdiveadventures.com.au", True, n, i,
                       i, "Invoice CCW-1184 from Coral Coast Web", i + days(14), 231000, 231000, cur="AUD",
                       cover="G'day Mel,\n\nYour invoice for the booking system is attached. You can pay online with "
                             "the link in the invoice.\n\nCheers,\nLiam",
                       pdf=lambda ib: pdf_invoice("aussie", "en", ["Reef Dive Adventures Pty Ltd", "5 Wharf Street",
                                                                    "Cairns QLD 4870"],
                                                  [("Invoice Number", n), ("Invoice Date", mk.date(i, "dmy/")),
                                                   ("Due Date", mk.date(i + days(14), "dmy/"))], "TAX INVOICE",
                                                  [("Online booking system, build and launch", money_in("AUD", "en", 210000))],
                                                  [("Subtotal", money_in("AUD", "en", 210000), False),
                                                   ("GST 10%", money_in("AUD", "en", 21000), False),
                                                   ("Total AUD", money_in("AUD", "en", 231000), True)],
                                                  ["Pay online: https://pay.coralcoastweb.com.au/CCW-1184",
                                                   "or by transfer to IBAN {iban}."], ib),
                       note="Australian dollars with a bare '$': 'Total AUD' says which; a pay-online link"))
    # 15. en: Canadian dollars named once, "All amounts in CAD".
    i = D(2026, 11, 26)
    n = "FV-20461"
    out.append(invoice(rid(), "canuck", "en", "Harrison Lake Lodge Ltd", "office@harrisonlakelodge.ca", True, n, i, i,
                       "Invoice FV-20461", i + days(30), 1837500, 1837500, cur="CAD",
                       cover="Hi Grant,\n\nAttached is the invoice for the pavilion frame.\n\nRegards,\nFraser Valley "
                             "Timber Frames",
                       pdf=lambda ib: pdf_invoice("canuck", "en", ["Harrison Lake Lodge Ltd", "100 Esplanade Ave",
                                                                    "Harrison Hot Springs BC V0M 1K0"],
                                                  [("Invoice #", n), ("Date", mk.date(i, "us")), ("Terms", "Net 30")],
                                                  "INVOICE",
                                                  [("Timber frame pavilion, Douglas fir", money_in("CAD", "en", 1750000))],
                                                  [("Subtotal", money_in("CAD", "en", 1750000), False),
                                                   ("GST 5%", money_in("CAD", "en", 87500), False),
                                                   ("Total", money_in("CAD", "en", 1837500), True)],
                                                  ["All amounts in CAD. Wire transfer to IBAN {iban}."], ib),
                       note="a bare '$' on a Canadian invoice that says 'All amounts in CAD'"))
    # 16. de: 14 Tage nach Erhalt der Rechnung, sent three days later.
    i = D(2026, 11, 25)
    sent = D(2026, 11, 28)
    n = "RS-26-0815"
    out.append(invoice(rid(), "fahrrad", "de", "Tanja Moser", "tanja.moser@gmx.at", False, n, i, sent,
                       "Rechnung Service E-Bike", i + days(14), 34800, 34800,
                       body=lambda ib: typed_invoice([
                           "Liebe Frau Moser,", "", "entschuldigen Sie die späte Rechnung - hier ist sie:", "",
                           "Rechnung Nr. RS-26-0815", "Rechnungsdatum: 25.11.2026",
                           "Kundin: Tanja Moser, Hauptplatz 7, 4020 Linz", "",
                           "Jahresservice E-Bike inkl. Bremsbeläge   EUR 290,00",
                           "20 % USt.                                EUR 58,00",
                           "Summe                                    EUR 348,00", "",
                           "Zahlbar innerhalb von 14 Tagen nach Erhalt der Rechnung auf IBAN {iban}.", "",
                           "Liebe Grüße", "Radhaus Stiegler"], ib),
                       note="a term counted from the receipt, the mail sent three days after the invoice: from the invoice's date (corpus/invoices/README.md, labelling choices)"))
    # 17. en: within 21 days of receipt.
    i = D(2026, 11, 30)
    sent = D(2026, 12, 2)
    n = "SAM-0881"
    out.append(invoice(rid(), "drone", "en", "Aire Valley Builders Ltd", "accounts@airevalleybuilders.co.uk", True, n, i,
                       sent, "Invoice SAM-0881", i + days(21), 108000, 108000, cur="GBP",
                       cover="Hello,\n\nInvoice SAM-0881 for the site survey flights attached.\n\nThanks,\nJamie",
                       pdf=lambda ib: pdf_invoice("drone", "en", ["Aire Valley Builders Ltd", "Canal Road",
                                                                   "Shipley BD18 3HD"],
                                                  [("Invoice no.", n), ("Invoice date", date_in("en", i))], "INVOICE",
                                                  [("Site survey, 4 flights and orthomosaic", money_in("GBP", "en", 90000))],
                                                  [("Net", money_in("GBP", "en", 90000), False),
                                                   ("VAT 20%", money_in("GBP", "en", 18000), False),
                                                   ("Total due", money_in("GBP", "en", 108000), True)],
                                                  ["Payment within 21 days of receipt of this invoice, to IBAN {iban}."],
                                                  ib),
                       note="'within 21 days of receipt', the mail sent two days later: from the invoice's date"))
    # 18. nl: binnen 14 dagen na ontvangst van deze factuur.
    i = D(2026, 11, 27)
    sent = D(2026, 11, 30)
    n = "GVD-26-0322"
    out.append(invoice(rid(), "glas", "nl", "H. Bouwmeester", "h.bouwmeester@kpnmail.nl", False, n, i, sent,
                       "Factuur glasherstel", i + days(14), 38720, 38720,
                       body=lambda ib: typed_invoice([
                           "Geachte heer Bouwmeester,", "", "Hierbij ontvangt u de factuur voor het herstel van uw "
                           "serreruit.", "",
                           "Factuur GVD-26-0322", "Factuurdatum: 27-11-2026",
                           "Aan: H. Bouwmeester, Brinklaan 5, 3772 KT Barneveld", "",
                           "Serreruit HR++ vervangen .......... € 320,00",
                           "Btw 21% ............................ € 67,20",
                           "Totaal ............................. € 387,20", "",
                           "Wij verzoeken u het bedrag binnen 14 dagen na ontvangst van deze factuur over te maken op "
                           "{iban}.", "",
                           "Met vriendelijke groet,", "Glaszetterij Van Dam"], ib),
                       note="'binnen 14 dagen na ontvangst van deze factuur', the mail sent three days later: from the invoice's date"))
    # 19. de: typed heading with a middle dot, "bis Monatsende".
    i = D(2026, 12, 3)
    n = "RS-26-0840"
    out.append(invoice(rid(), "fahrrad", "de", "Lukas Gruber", "lukas.gruber@a1.net", False, n, i, i,
                       "Ihr Rad + Rechnung", D(2026, 12, 31), 15600, 15600,
                       body=lambda ib: typed_invoice([
                           "Servus Herr Gruber,", "", "Ihr Rad ist abholbereit. Die Rechnung gleich dazu:", "",
                           "Rechnung RS-26-0840 · 03.12.2026",
                           "Kunde: Lukas Gruber, Landstraße 31, 4020 Linz", "",
                           "Schlauch + Mantel hinten .......... 61,00 EUR",
                           "Arbeitszeit 1 Std. ................ 69,00 EUR",
                           "Summe inkl. 20 % USt. (26,00 EUR) .. 156,00 EUR", "",
                           "Bitte überweisen Sie bis Monatsende auf IBAN {iban}.", "",
                           "Schönen Tag", "Radhaus Stiegler"], ib),
                       note="a one-line heading 'Rechnung N · date' and 'bis Monatsende'"))
    # 20. nl: payable before delivery on a date.
    i = D(2026, 12, 4)
    n = "KB-2026-0588"
    due = D(2026, 12, 18)
    out.append(invoice(rid(), "keuken", "nl", "Restaurant De Waag", "eigenaar@dewaag-sneek.nl", True, n, i, i,
                       "Factuur werkblad", due, 96800, 96800,
                       body=lambda ib: typed_invoice([
                           "Beste Roel,", "", "Hierbij de factuur voor het nieuwe werkblad.", "",
                           "Factuur KB-2026-0588", "Factuurdatum: 04-12-2026",
                           "Aan: Restaurant De Waag, Waagplein 1, 8601 CE Sneek", "",
                           "RVS werkblad op maat, 3,2 m .......... € 800,00",
                           "Btw 21% ............................... € 168,00",
                           "Totaal ................................ € 968,00", "",
                           "Te voldoen vóór de levering op 18 december 2026, op {iban}.", "",
                           "Groet,", "Keukenatelier Brandsma"], ib),
                       note="'vóór de levering op <date>': that date"))
    # 21. en: due before collection on a date, deposit invoice in a PDF.
    i = D(2026, 12, 1)
    n = "SAM-D-0090"
    due = D(2026, 12, 9)
    out.append(invoice(rid(), "drone", "en", "Pennine Film Collective CIC", "hello@penninefilm.org.uk", True, n, i, i,
                       "Deposit invoice SAM-D-0090", due, 72000, 72000, cur="GBP",
                       cover="Hi both,\n\nDeposit invoice for the January shoot attached.\n\nJamie",
                       pdf=lambda ib: pdf_invoice("drone", "en", ["Pennine Film Collective CIC", "The Mill, Dale Road",
                                                                   "Hebden Bridge HX7 8AD"],
                                                  [("Invoice no.", n), ("Date", date_in("en", i)),
                                                   ("Shoot ref", "PFC-JAN-27")], "DEPOSIT INVOICE",
                                                  [("January shoot, 5 days (total fee £3,000.00 net)", ""),
                                                   ("Deposit 20% of fee", money_in("GBP", "en", 60000))],
                                                  [("VAT 20%", money_in("GBP", "en", 12000), False),
                                                   ("Deposit payable", money_in("GBP", "en", 72000), True)],
                                                  ["Deposit payable before the booking is confirmed on %s." % date_in("en", due),
                                                   "IBAN {iban}. The balance will be invoiced after the shoot."], ib),
                       note="'Deposit payable' is the amount due; the fee in the text is not the total"))
    # 22. nl: aanbetaling PDF with "Te betalen aanbetaling".
    i = D(2026, 11, 30)
    n = "GVD-A-26-014"
    out.append(invoice(rid(), "glas", "nl", "VvE Residentie Het Anker", "beheer@vve-hetanker.nl", True, n, i, i,
                       "Aanbetalingsfactuur GVD-A-26-014", i + days(8), 363000, 363000,
                       cover="Geachte heer De Boer,\n\nBijgaand de aanbetalingsfactuur voor de nieuwe puien. De "
                             "eindfactuur volgt na montage.\n\nMet vriendelijke groet,\nGlaszetterij Van Dam",
                       pdf=lambda ib: pdf_invoice("glas", "nl", ["VvE Residentie Het Anker", "t.a.v. het bestuur",
                                                                  "Ankerplein 1", "3772 AA Barneveld"],
                                                  [("Factuurnummer", n), ("Factuurdatum", date_in("nl", i))],
                                                  "Aanbetalingsfactuur",
                                                  [("Entreepuien 6 stuks, opdrachtwaarde € 12.100,00 incl. btw", ""),
                                                   ("Aanbetaling 30% excl. btw", money_in("EUR", "nl", 300000))],
                                                  [("Btw 21%", money_in("EUR", "nl", 63000), False),
                                                   ("Te betalen aanbetaling", money_in("EUR", "nl", 363000), True)],
                                                  ["Te voldoen binnen 8 dagen op {iban}."], ib),
                       note="'Te betalen aanbetaling' is the amount due; 'De eindfactuur volgt' in the cover note"))
    # 23. de: online link in an invoice.
    i = D(2026, 12, 2)
    n = "WW-26-1202"
    out.append(invoice(rid(), "kurs", "de", "Nordsee Consulting GmbH", "personal@nordsee-consulting.de", True, n, i, i,
                       "Rechnung WW-26-1202 Firmenkurs", i + days(14), 285600, 285600,
                       cover="Guten Tag Frau Lehmann,\n\nanbei die Rechnung für den Firmenkurs Englisch. Sie können "
                             "bequem online bezahlen: https://pay.wortwerk-sprachen.de/WW-26-1202\n\nViele Grüße\n"
                             "Sprachschule Wortwerk",
                       pdf=lambda ib: pdf_invoice("kurs", "de", ["Nordsee Consulting GmbH", "Personalabteilung",
                                                                  "Karlstraße 40", "76133 Karlsruhe"],
                                                  [("Rechnungsnummer", n), ("Rechnungsdatum", date_in("de", i))], "Rechnung",
                                                  [("Firmenkurs Englisch B2, 20 Termine", money_in("EUR", "de", 240000))],
                                                  [("Netto", money_in("EUR", "de", 240000), False),
                                                   ("USt. 19 %", money_in("EUR", "de", 45600), False),
                                                   ("Rechnungsbetrag", money_in("EUR", "de", 285600), True)],
                                                  ["Jetzt online bezahlen oder innerhalb von 14 Tagen überweisen auf "
                                                   "{iban}."], ib),
                       note="'Jetzt online bezahlen' in an invoice: still an invoice"))
    # 24. en: wrapped debit, "on or around".
    i = D(2026, 12, 1)
    n = "MLT-061"
    due = D(2026, 12, 14)
    out.append(invoice(rid(), "tutor", "en", "Daniel Okafor", "d.okafor@outlook.com", False, n, i, i,
                       "December invoice - MLT-061", due, 20800, 20800, cur="GBP",
                       body=lambda ib: typed_invoice([
                           "Hi Daniel,", "", "Here's December's invoice for Ada's sessions.", "",
                           "Invoice MLT-061", "Invoice date: 1 December 2026",
                           "Bill to: Daniel Okafor, 3 Hanover Crescent, Brighton BN2 9SB", "",
                           "English tutoring, 4 x 1 hour at £52.00 ..... £208.00",
                           "Total ....................................... £208.00", "",
                           "The £208.00 will be taken by Direct Debit on or around",
                           "14 December 2026 (GoCardless, mandate MLT-DD-0031).",
                           "IBAN for other payments: {iban}", "",
                           "Best,", "Andrea"], ib),
                       note="a debit date on the line after its verb"))
    # 25. de: 3 % Skonto worded "abzüglich 3 % Skonto", a net date printed.
    i = D(2026, 11, 30)
    n = "GH-112101"
    due = D(2026, 12, 30)
    out.append(invoice(rid(), "getraenke", "de", "Sportverein Bamberg-Ost e.V.", "kasse@sv-bamberg-ost.de", True, n, i, i,
                       "Rechnung GH-112101 Vereinsfest", due, 142800, 142800,
                       body=lambda ib: typed_invoice([
                           "Hallo Herr Dorsch,", "", "hier die Rechnung für das Vereinsfest.", "",
                           "Rechnung GH-112101", "Rechnungsdatum: 30.11.2026",
                           "An: Sportverein Bamberg-Ost e.V., Am Sportplatz 1, 96052 Bamberg", "",
                           "Getränke Vereinsfest lt. Lieferschein     1.200,00 €",
                           "USt. 19 %                                   228,00 €",
                           "Gesamtbetrag                              1.428,00 €", "",
                           "Bei Zahlung bis 07.12.2026 können Sie 3 % abziehen; netto fällig am 30.12.2026.",
                           "IBAN {iban}", "",
                           "Viele Grüße", "Getränke Hollerbach"], ib),
                       note="a deduction by an early date, the net date printed"))
    return out


def not_invoice(rid, key, lang, to, subject, body, why):
    name, _addr, mailbox, _c, _v = SELLERS[key]
    d = D(2026, 12, 1) + days(rng.randrange(10))
    eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=body)
    return mk.record(rid, "pay-not", lang, "none", {"mail_from": mailbox, "rcpt_to": [to]}, eml, why_not=why, note=why)


NOT_INVOICES = [
    ("dans", "nl", "lien.maes@telenet.be", "Nieuwe betaallink voor factuur DP-2026-0398",
     "Dag Lien,\n\nDe betaallink voor factuur DP-2026-0398 (€ 96,00) was verlopen. Hier is een nieuwe: "
     "https://betaal.dansstudiopirouette.be/DP-2026-0398\nVerder verandert er niets: dezelfde factuur, dezelfde "
     "vervaldatum.\n\nGroetjes,\nDansstudio Pirouette",
     "a new payment link for an invoice sent earlier"),
    ("aussie", "en", "accounts@tropicalfruitco.com.au", "Your payment link for invoice CCW-1170 expires on Friday",
     "Hi Sarah,\n\nJust so you know, the online payment link for invoice CCW-1170 ($1,320.00) stops working on Friday "
     "11 December. After that we'll send a fresh one automatically, so there's nothing you need to request.\n\n"
     "Already paid? Then please ignore this message.\n\nCoral Coast Web",
     "a payment link about to expire"),
    ("kurs", "de", "m.seidel@posteo.de", "Neuer Zahlungslink zu Ihrer Rechnung WW-26-1150",
     "Hallo Frau Seidel,\n\nder Zahlungslink zu Rechnung WW-26-1150 über 420,00 € ist abgelaufen. Hier ein neuer "
     "Link: https://pay.wortwerk-sprachen.de/WW-26-1150\nAn der Rechnung selbst ändert sich nichts.\n\n"
     "Viele Grüße\nSprachschule Wortwerk",
     "a payment link renewed for an earlier invoice"),
    ("koffie", "nl", "administratie@hotelzwolle.nl", "Aankondiging incasso factuur MW-2026-1180",
     "Geachte relatie,\n\nOp 12 december 2026 schrijven wij € 2.318,44 af van uw rekening NL** INGB **** **** 90 "
     "voor factuur MW-2026-1180 van 28 november.\nMachtigingskenmerk MW-M-0117, Incassant-ID NL21ZZZ081234560000.\n\n"
     "Met vriendelijke groet,\nKoffiebranderij De Molenwiek",
     "a direct debit pre-notification of an invoice sent before"),
    ("getraenke", "de", "einkauf@hotel-bamberger-hof.de", "Vorabinformation zur Lastschrift – Rechnung GH-112055",
     "Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass wir den Betrag unserer Rechnung GH-112055 vom "
     "27.11.2026 per SEPA-Lastschrift einziehen:\n\nBetrag: 3.104,20 €\nEinzugsdatum: 09.12.2026\n"
     "Mandatsreferenz: HB-M-1877\nGläubiger-ID: DE55ZZZ00001234567\n\nMit freundlichen Grüßen\nGetränke Hollerbach GmbH",
     "a SEPA pre-notification of an invoice sent before"),
    ("drone", "en", "finance@leedsarchitects.co.uk", "Direct Debit advance notice – invoice SAM-0870",
     "Dear customer,\n\nThis is to let you know that we will collect £1,260.00 for invoice SAM-0870 (sent on "
     "25 November) from your bank account on or shortly after 9 December 2026.\nThe payment will appear on your "
     "statement as SKYLINE AERIAL.\n\nSkyline Aerial Media Ltd",
     "a Direct Debit advance notice of an invoice sent before"),
    ("fahrrad", "de", "p.wallner@gmx.at", "Rückerstattung zu Rechnung RS-26-0790",
     "Liebe Frau Wallner,\n\ndas zurückgegebene Kinderrad (Rechnung RS-26-0790) haben wir erhalten. Wir haben Ihnen "
     "heute 389,00 EUR auf Ihr Konto zurücküberwiesen. Die Gutschrift finden Sie in Ihrem Kundenkonto.\n\n"
     "Liebe Grüße\nRadhaus Stiegler",
     "a refund done; the credit note is elsewhere"),
    ("canuck", "en", "buyer@coastmountainhomes.ca", "Refund for invoice FV-20410",
     "Hi Alex,\n\nWe have refunded $1,150.00 to your card for the returned cedar beams on invoice FV-20410. The "
     "credit note is available in your customer portal.\n\nRegards,\nFraser Valley Timber Frames",
     "a refund done, pointing to a credit note elsewhere"),
    ("glas", "nl", "j.hermans@hetnet.nl", "Terugbetaling factuur GVD-26-0301",
     "Beste heer Hermans,\n\nU had factuur GVD-26-0301 twee keer voldaan. Wij hebben het bedrag van € 242,00 "
     "vandaag naar u teruggestort. De creditnota staat in uw klantportaal.\n\nMet vriendelijke groet,\n"
     "Glaszetterij Van Dam",
     "a refund done, pointing to a credit note elsewhere"),
    ("keuken", "nl", "fam.dijkstra@planet.nl", "Uw keuken - de volgende stap",
     "Beste familie Dijkstra,\n\nFijn dat u akkoord bent met ons voorstel van € 11.800,00 incl. btw. Om de opdracht "
     "in te plannen vragen wij een aanbetaling van 30% (€ 3.540,00); daarvoor sturen wij u volgende week de "
     "aanbetalingsfactuur. De eindfactuur volgt na oplevering.\n\nMet vriendelijke groet,\nKeukenatelier Brandsma",
     "an order confirmed; the deposit invoice and the final invoice both follow"),
    ("schlosser", "de", "info@baeckerei-huber.de", "Ihr Auftrag Vordach – nächste Schritte",
     "Sehr geehrter Herr Huber,\n\nvielen Dank für Ihren Auftrag über das Vordach (8.330,00 € brutto). Bitte leisten "
     "Sie vorab eine Anzahlung von 2.500,00 € auf IBAN DE89 3704 0044 0532 0130 00. Die Schlussrechnung folgt nach "
     "Fertigstellung.\n\nMit freundlichen Grüßen\nMetallbau Reindl",
     "an order confirmed with a deposit asked; no invoice set out"),
    ("joiner", "en", "claire.b@talktalk.net", "Your garden room - our price",
     "Dear Claire,\n\nOur price for the garden room is £14,400.00 including VAT. If you'd like to go ahead, we ask a "
     "25% deposit when you accept, and the final invoice will follow on completion. The price holds for 30 days.\n\n"
     "Kind regards,\nOakbeam Joinery Ltd",
     "a price given in a mail: a quote"),
]


def build():
    out = build_invoices()
    for key, lang, to, subject, body, why in NOT_INVOICES:
        out.append(not_invoice("inv-pay-%03d" % (len(out) + 1), key, lang, to, subject, body, why))
    return out


if __name__ == "__main__":
    recs = build()
    mk.check_labels(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-pay.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
