"""train_fees: a training split about the professions' own bills (the fees19 round, from
heldout19's brief, with its own practices, firms, debtors and wordings), and the mails from
the same offices that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): fee notes
under the professions' words (declaratie, nota, staat van kosten en ereloon, ereloonnota,
lesgeldnota, Liquidation, Privatliquidation, Vergütungsrechnung, Kostennote, Honorarnote,
Bill of Costs, fee note, Vorschreibung) with no invoice word, or one only in the small
print; a voorschot, provisie, money on account or Vorschuss deducted, and a third party's
share (an insurer, the NCS subsidy, a Betreuungsgutschein, a funeral policy) deducted;
progress bills (Abschlagsrechnung under § 13b and under the HOAI, a termijn under the
verleggingsregeling with a G-rekening share); untaxed disbursements inside the total; a
Gegenstandswert, Streitwert, anrechenbare Kosten or contract sum printed larger than the
amount asked; the office account beside a Stichting Derdengelden, kwaliteitsrekening or
Anderkonto; the parent, widow or council billed rather than the child, patient, deceased
or contact person; VAT-exempt notices; Belgian structured communications; due dates
"binnen vier weken", "vóór 15 december", "by your next lesson on …", "21 Tagen nach
Zugang".

Not invoices: an appointment confirmation with its fee, a begroting, a Heil- und
Kostenplan, an estimate of costs, a Kostenvoranschlag, receipts paid at the desk (a
declaratie for the insurer marked paid, a Quittung, a receipt for Med 2), an engagement
letter naming an advance to be billed, a client-account statement with a nil balance, next
year's fee schedule, a court's fee request passed on, a grant approval, a payment plan for
an earlier fee note.

Labels follow corpus/invoices/README.md and heldout19's calls (its section "A nineteenth
held-out set"): the amount due is the balance after advances and third-party shares, the
total the gross; a progress bill's own amount is its total; the office IBAN, never the
third-party account; the debtor is whom the bill is addressed to.  Written by hand for
training (the reader's rules are tuned on it); seeded; run it to write
../train-fees.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, date_in, money_in, ogm  # noqa: E402

SEED = 20261204
rng = random.Random(SEED)
D = datetime.date


# Offices: name, address line, mailbox, country of the IBAN, registration line.
OFFICES = {
    "fysio": ("Fysiotherapie Wielewaal", "Wielewaalplein 6, 6881 RT Velp", "administratie@fysiowielewaal.nl", "NL",
              "AGB 04-123987 · KvK 80811234"),
    "advo": ("Brinkhorst Vermeer Advocaten", "Nieuwe Haven 18, 2801 CW Gouda", "declaraties@brinkhorstvermeer.nl", "NL",
             "KvK 55019283 · btw NL855019283B01"),
    "tand": ("Tandartspraktijk De Kroon", "Kroonstraat 41, 9711 KL Groningen", "praktijk@tandartsdekroon.nl", "NL",
             "AGB 12-004561"),
    "logo": ("Logopediepraktijk Taalkracht", "Dorpsstraat 12, 3732 HJ De Bilt", "info@logopedie-taalkracht.nl", "NL",
             "AGB 08-231140 · KvK 69001234"),
    "uitv": ("Uitvaartzorg Van Rossum", "Kerkpad 3, 4461 AB Goes", "nota@uitvaartzorgvanrossum.nl", "NL",
             "KvK 22109876 · btw NL002210987B01"),
    "sloop": ("Voegwerk & Gevel Hoekstra V.O.F.", "Industrieweg 14, 8401 KL Gorredijk", "administratie@hoekstragevel.nl",
              "NL", "KvK 01098733 · btw NL820199881B01"),
    "notnl": ("Notariskantoor Schoenmaker", "Singel 220, 3311 KK Dordrecht", "nota@notarisschoenmaker.nl", "NL",
              "KvK 24331098 · btw NL812233109B01"),
    "psy": ("Psychologenpraktijk Oosterpoort", "Oosterstraat 55, 8011 BV Zwolle", "praktijk@psy-oosterpoort.nl", "NL",
            "AGB 94-012398 · KvK 71234400"),
    "muznl": ("Muziekschool De Toonladder", "Molenweg 2, 7511 AE Enschede", "ledenadministratie@toonladder.nl", "NL",
              "KvK 44109872"),
    "advbe": ("Advocatenkantoor Claes & Wouters", "Frankrijklei 88, 2000 Antwerpen", "secretariaat@claeswouters.be",
              "BE", "Ondernemingsnr. 0812.345.109 · btw BE 0812.345.109"),
    "notbe": ("Notaris Liesbeth Dewulf", "Markt 9, 8500 Kortrijk", "boekhouding@notarisdewulf.be", "BE",
              "Ondernemingsnr. 0567.112.334"),
    "acabe": ("Academie voor Muziek en Woord Lier", "Kardinaal Mercierplein 4, 2500 Lier", "financien@academielier.be",
              "BE", "Ondernemingsnr. 0207.501.993"),
    "solic": ("Hartwell & Pryce Solicitors", "14 Castle Street, Shrewsbury SY1 2BQ", "accounts@hartwellpryce.co.uk",
              "GB", "SRA No. 612398 · VAT Reg. GB 219 8812 30"),
    "clerk": ("Whitfriars Chambers", "3 Whitefriars Lane, Bristol BS1 4QX", "fees@whitfriarschambers.co.uk", "GB",
              "Clerk to Ms Harriet Okafor · VAT Reg. GB 303 1190 47"),
    "iesol": ("Brennan Kiely Solicitors LLP", "22 Mallow Street, Limerick V94 R2K8", "accounts@brennankiely.ie", "IE",
              "VAT No. IE 3344122NH"),
    "tutor": ("Northgate Tuition", "41 Northgate, Chester CH1 2HQ", "office@northgatetuition.co.uk", "GB",
              "Registered in England No. 10982234"),
    "ukphy": ("Cotswold Spine & Sports Clinic", "7 Sheep Street, Cirencester GL7 1QW", "billing@cotswoldspine.co.uk",
              "GB", "Company No. 08122345"),
    "creche": ("Little Acorns Crèche", "Unit 2, Ballincollig Town Centre, Co. Cork P31 XK20", "fees@littleacorns.ie", "IE",
               "Tusla Reg. TU2019CK112"),
    "arch": ("Pemberton Hale Architects", "20 Bold Street, Liverpool L1 4DS", "accounts@pembertonhale.co.uk", "GB",
             "VAT Reg. GB 442 0198 12"),
    "interp": ("Dr Ewa Nowicka, Interpreting Services", "5 Clifton Road, Rugby CV21 3QF", "ewa@nowicka-interpreting.co.uk",
               "GB", "NRPSI 17734"),
    "counsel": ("Harbourview Counselling", "12 The Quay, Waterford X91 K2F6", "appointments@harbourviewcounselling.ie",
                "IE", "IACP accredited · CRO 661234"),
    "rade": ("Kanzlei Vogt & Demir", "Königstraße 40, 70173 Stuttgart", "buchhaltung@vogt-demir.de", "DE",
             "USt-IdNr. DE287412093"),
    "zahn": ("Zahnarztpraxis Dr. Annika Rössler", "Marktplatz 7, 91054 Erlangen", "abrechnung@praxis-roessler.de", "DE",
             "Steuernr. 216/123/45678"),
    "arzt": ("Hautarztpraxis Dr. med. Tobias Krämer", "Leopoldstraße 112, 80804 München", "privat@hautarzt-kraemer.de",
             "DE", "Steuernr. 144/221/30918"),
    "svg": ("Sachverständigenbüro Lindqvist", "Am Wall 9, 28195 Bremen", "buero@sv-lindqvist.de", "DE",
            "USt-IdNr. DE312098745"),
    "fliese": ("Fliesen Kovačević GmbH", "Industriestraße 5, 68169 Mannheim", "buchhaltung@fliesen-kovacevic.de", "DE",
               "HRB 71234 Mannheim · USt-IdNr. DE299123884"),
    "hoai": ("Architekturbüro Haferkamp", "Prinzipalmarkt 30, 48143 Münster", "verwaltung@haferkamp-architekten.de", "DE",
             "USt-IdNr. DE271190332"),
    "raat": ("Rechtsanwaltskanzlei Mag. Pichler", "Herrengasse 14, 8010 Graz", "kanzlei@ra-pichler.at", "AT",
             "UID ATU61229034"),
    "hvat": ("Hausverwaltung Steindl", "Mariahilfer Straße 81, 1060 Wien", "vorschreibung@hv-steindl.at", "AT",
             "UID ATU70112398"),
    "kita": ("Kita Sonnenhügel", "Seefeldstrasse 120, 8008 Zürich", "eltern@kita-sonnenhuegel.ch", "CH",
             "CHE-112.334.009"),
    "vetat": ("Tierarztpraxis Dr. Huber-Lenz", "Linzer Gasse 3, 5020 Salzburg", "praxis@tierarzt-huberlenz.at", "AT",
              "UID ATU58812231"),
    "physch": ("Physiotherapie am Rhein", "Rheinweg 14, 4058 Basel", "admin@physio-amrhein.ch", "CH",
               "ZSR K 1234.56"),
}

IBANS = {k: mk.iban(rng, v[3]) for k, v in OFFICES.items()}


def fee_pdf(key, block, facts, title, items, totals, notes, footer_extra="", letterhead_right=False):
    """One page: the office's letterhead (left, or right-aligned), the addressee's block, the
    facts, the items, the totals with a deduction where there is one, the notes and the
    footer with the office account."""
    name, addr, mailbox, _c, reg = OFFICES[key]
    ib = mk.iban_spaced(IBANS[key])
    p = mk.Page()
    if letterhead_right:
        p.right(539, 56, name, size=14, bold=True)
        p.right(539, 70, addr, size=8)
        p.right(539, 81, mailbox, size=8)
        p.text(56, 128, "%s · %s" % (name, addr), size=6)
    else:
        p.text(56, 56, name, size=14, bold=True)
        p.text(56, 70, addr, size=8)
        p.text(56, 81, "%s · %s" % (mailbox, reg), size=8)
    for i, ln in enumerate(block):
        p.text(56, 142 + 13 * i, ln, size=10)
    for i, (lab, val) in enumerate(facts):
        p.text(330, 142 + 13 * i, lab, size=9)
        p.right(539, 142 + 13 * i, val, size=9)
    y = 142 + 13 * max(len(block), len(facts)) + 28
    p.text(56, y, title, size=15, bold=True)
    y += 24
    y = p.line_rows(y, items)
    y = p.totals_notes(y, totals, notes, ib, gap=16)
    p.text(56, 800, "%s · %s · IBAN %s%s" % (name, reg, ib, footer_extra), size=6.5)
    return [p]


def fee(rid, key, lang, to_name, to_mail, business, number, issue, subject, due, due_cents, total_cents,
        cur="EUR", cover=None, pages=None, text=None, html=None, ref=None, note="", iban_label=True):
    name, _a, mailbox, _c, _r = OFFICES[key]
    ib = mk.iban_spaced(IBANS[key])
    to = "%s <%s>" % (to_name, to_mail)
    eml, kind = mk.mail_in_kind(rng, mailbox, name, to, subject, issue, cover, pages, html, text, ib)
    exp = mk.expected(number, due_cents, total_cents, issue, due, to_name, to_mail,
                      IBANS[key] if iban_label else None, business, lang, reference=ref, currency=cur)
    return mk.record(rid, "fees", lang, kind, {"mail_from": mailbox, "rcpt_to": [to_mail]}, eml, pages=pages,
                     pdf_filename="%s.pdf" % number.replace("/", "-") if pages else None, expected=exp, note=note)


def build_invoices():
    out = []

    def rid():
        return "inv-fees-%03d" % (len(out) + 1)

    # 1. nl physiotherapist: a nota for a child's treatments, billed to the father; exempt; four weeks.
    i = D(2026, 12, 3)
    n = "FW-26-4471"
    sess = [(D(2026, 11, 5), 4650), (D(2026, 11, 12), 4650), (D(2026, 11, 19), 4650), (D(2026, 11, 26), 6200)]
    tot = sum(c for _d, c in sess)
    out.append(fee(rid(), "fysio", "nl", "P.J. Brouwer", "pj.brouwer@ziggo.nl", False, n, i,
                   "Nota fysiotherapie november - Sem Brouwer", i + days(28), tot, tot,
                   cover="Geachte heer Brouwer,\n\nBijgaand de nota voor de behandelingen van Sem in november. U kunt "
                         "deze indienen bij uw zorgverzekeraar.\n\nMet vriendelijke groet,\nFysiotherapie Wielewaal",
                   pages=fee_pdf("fysio", ["De heer P.J. Brouwer", "Beekhuizenseweg 27", "6881 AH Velp"],
                                 [("Notanummer", n), ("Notadatum", date_in("nl", i)), ("Patiënt", "Sem Brouwer"),
                                  ("Geboortedatum", "14-03-2015"), ("Verzekerde", "P.J. Brouwer")],
                                 "Nota",
                                 [("%s  prestatiecode 1000  zitting kinderfysiotherapie" % date_in("nl", d), money_in("EUR", "nl", c))
                                  for d, c in sess[:3]] +
                                 [("%s  prestatiecode 1864  uitgebreid onderzoek" % date_in("nl", sess[3][0]),
                                   money_in("EUR", "nl", sess[3][1]))],
                                 [("Totaal nota", money_in("EUR", "nl", tot), True)],
                                 ["Vrijgesteld van btw op grond van art. 11 lid 1 sub g Wet OB.",
                                  "Wij verzoeken u het bedrag binnen vier weken over te maken op {iban}",
                                  "onder vermelding van het notanummer."]),
                   note="a nota for a child billed to the father; 'binnen vier weken' is 28 days"))

    # 2. nl lawyer: a declaratie, fees with VAT plus court fee, less the voorschot; Derdengelden beside.
    i = D(2026, 11, 30)
    n = "D2026-0871"
    hon, vat, griffie, voorschot = 342000, 71820, 67600, 150000
    tot = hon + vat + griffie
    derden = mk.iban_spaced(mk.iban(rng, "NL"))
    out.append(fee(rid(), "advo", "nl", "Installatiebedrijf Kramer B.V.", "administratie@kramer-installatie.nl", True,
                   n, i, "Declaratie %s inzake Kramer / Woonstede" % n, i + days(14), tot - voorschot, tot,
                   cover="Geachte heer Kramer,\n\nHierbij ontvangt u onze declaratie over de werkzaamheden in november "
                         "in de zaak tegen Woonstede.\n\nMet vriendelijke groet,\nmr. A. Vermeer",
                   pages=fee_pdf("advo", ["Installatiebedrijf Kramer B.V.", "t.a.v. de heer H. Kramer",
                                          "Goudseweg 201", "2411 HK Bodegraven"],
                                 [("Declaratienummer", n), ("Datum", date_in("nl", i)), ("Dossier", "2026.0412 Kramer/Woonstede"),
                                  ("Behandeld door", "mr. A. Vermeer")],
                                 "Declaratie",
                                 [("Honorarium 14,25 uur à € 240,00", money_in("EUR", "nl", hon)),
                                  ("Btw 21% over honorarium", money_in("EUR", "nl", vat)),
                                  ("Verschotten (onbelast): griffierecht rechtbank Den Haag", money_in("EUR", "nl", griffie))],
                                 [("Totaal declaratie", money_in("EUR", "nl", tot), False),
                                  ("Af: voorschotdeclaratie D2026-0702 (voldaan)", "- " + money_in("EUR", "nl", voorschot), False),
                                  ("Te voldoen", money_in("EUR", "nl", tot - voorschot), True)],
                                 ["Betaling binnen 14 dagen na declaratiedatum op {iban} t.n.v. Brinkhorst Vermeer Advocaten.",
                                  "Gelden voor derden uitsluitend op Stichting Derdengelden Brinkhorst Vermeer, IBAN %s."
                                  % derden]),
                   note="a declaratie less a paid voorschot; the Derdengelden account is not the office's"))

    # 3. nl dentist: a nota with NZa codes for a child, billed to the mother; 'vóór 15 december'.
    i = D(2026, 12, 1)
    n = "NK-2026-11873"
    codes = [("C002 periodiek mondonderzoek", 2784), ("M03 gebitsreiniging 3x 5 min", 4059),
             ("V91 één vlak composiet, element 75", 6023)]
    tot = sum(c for _x, c in codes)
    text = ("Beste mevrouw Smit,\n\nHierbij de nota voor de behandeling van Noor op 24 november 2026.\n\n"
            "Notanummer: %s\nNotadatum: %s\nPatiënt: Noor Smit, geb. 02-08-2018\n\n" % (n, date_in("nl", i)) +
            "".join("%-45s %s\n" % (d, money_in("EUR", "nl", c)) for d, c in codes) +
            "\nTotaal: %s\n\nGraag ontvangen wij het bedrag vóór 15 december op {iban} t.n.v. Tandartspraktijk De "
            "Kroon, onder vermelding van %s. Tandheelkundige zorg is vrijgesteld van btw.\n\n"
            "Met vriendelijke groet,\nTandartspraktijk De Kroon\nKroonstraat 41, 9711 KL Groningen" % (money_in("EUR", "nl", tot), n))
    out.append(fee(rid(), "tand", "nl", "Marloes Smit", "marloes.smit@kpnmail.nl", False, n, i,
                   "Nota tandarts Noor Smit", D(2026, 12, 15), tot, tot, text=text,
                   note="a typed nota for a child billed to the mother; 'vóór 15 december' is that day"))

    # 4. nl speech therapist: a declaratie in html, for a child, to the mother.
    i = D(2026, 12, 2)
    n = "LT-0934"
    tot = 3 * 5150
    html = ("<p>Beste mevrouw Jansen,</p><p>Hierbij de declaratie voor de logopedie van Daan in november.</p>"
            "<table><tr><td>Declaratienummer</td><td>%s</td></tr><tr><td>Datum</td><td>%s</td></tr>"
            "<tr><td>Cliënt</td><td>Daan Jansen (geb. 11-06-2019)</td></tr></table>"
            "<table><tr><td>3 x reguliere zitting logopedie (code 1201) à %s</td><td>%s</td></tr>"
            "<tr><td><b>Totaal</b></td><td><b>%s</b></td></tr></table>"
            "<p>Wilt u het bedrag binnen 30 dagen overmaken op {iban} t.n.v. Logopediepraktijk Taalkracht? "
            "U kunt de declaratie daarna indienen bij uw zorgverzekeraar.</p><p>Btw-vrijgesteld (art. 11 Wet OB).</p>"
            "<p>Hartelijke groet,<br>Inge Bakker, logopedist</p>"
            % (n, date_in("nl", i), money_in("EUR", "nl", 5150), money_in("EUR", "nl", tot), money_in("EUR", "nl", tot)))
    out.append(fee(rid(), "logo", "nl", "Femke Jansen", "femke.jansen@hotmail.com", False, n, i,
                   "Declaratie logopedie november", i + days(30), tot, tot, html=html,
                   note="a declaratie that asks for money for work done, in html"))

    # 5. nl funeral director: a nota to the widow, less the funeral insurer's payout.
    i = D(2026, 11, 27)
    n = "UV-2026-118"
    items = [("Verzorging en opbaring", 145000), ("Kist eiken, bekleding", 128500), ("Rouwauto en dragers", 89000)]
    net = sum(c for _x, c in items)
    vat = net * 21 // 100
    crem, drukwerk = 112500, 34780
    tot = net + vat + crem + drukwerk
    payout = 250000
    out.append(fee(rid(), "uitv", "nl", "W. de Visser-Kole", "w.devisser@zeelandnet.nl", False, n, i,
                   "Nota uitvaart de heer J. de Visser", i + days(30), tot - payout, tot,
                   cover="Geachte mevrouw De Visser,\n\nMet deze mail sturen wij u de nota van de uitvaart van uw man. "
                         "De uitkering van de uitvaartverzekering hebben wij al ontvangen en verrekend.\n\n"
                         "Met hartelijke groet,\nUitvaartzorg Van Rossum",
                   pages=fee_pdf("uitv", ["Mevrouw W. de Visser-Kole", "Ravelijn 8", "4461 GJ Goes"],
                                 [("Notanummer", n), ("Datum", date_in("nl", i)), ("Overledene", "J. de Visser"),
                                  ("Polisnummer", "DELA 7712093")],
                                 "Nota uitvaartverzorging",
                                 [(d, money_in("EUR", "nl", c)) for d, c in items] +
                                 [("Btw 21% over bovenstaande", money_in("EUR", "nl", vat)),
                                  ("Doorberekend zonder btw: crematorium Middelburg", money_in("EUR", "nl", crem)),
                                  ("Doorberekend zonder btw: drukwerk rouwkaarten", money_in("EUR", "nl", drukwerk))],
                                 [("Totaal uitvaartkosten", money_in("EUR", "nl", tot), False),
                                  ("Af: uitkering uitvaartverzekering (ontvangen)", "- " + money_in("EUR", "nl", payout), False),
                                  ("Nog te voldoen", money_in("EUR", "nl", tot - payout), True)],
                                 ["Wij verzoeken u het restant binnen 30 dagen over te maken op {iban}."]),
                   note="a widow billed; the insurer's payout deducted: the amount due is the rest"))

    # 6. nl subcontractor: verleggingsregeling with a G-rekening share.
    i = D(2026, 12, 4)
    n = "HG-26-0192"
    net = 1846000
    g_share = 646100
    g_iban = mk.iban_spaced(mk.iban(rng, "NL"))
    out.append(fee(rid(), "sloop", "nl", "Bouwbedrijf Wessels Noord B.V.", "inkoopfacturen@wesselsnoord.nl", True, n, i,
                   "Termijn 2 gevelrenovatie Heerenveen %s" % n, i + days(30), net, net,
                   cover="Goedendag,\n\nBijgaand termijn 2 voor het voegwerk aan het project Heerenveen-Oost.\n\n"
                         "Groet,\nVoegwerk & Gevel Hoekstra",
                   pages=fee_pdf("sloop", ["Bouwbedrijf Wessels Noord B.V.", "Postbus 118", "8440 AC Heerenveen"],
                                 [("Nummer", n), ("Datum", date_in("nl", i)), ("Project", "2612 Heerenveen-Oost"),
                                  ("Uw werknummer", "W-88120")],
                                 "Termijnnota 2",
                                 [("Aanneemsom voegwerk (ter informatie)", money_in("EUR", "nl", 5520000)),
                                  ("Termijn 2: 35% van aanneemsom, gereed gemeld 27-11-2026", money_in("EUR", "nl", net))],
                                 [("Te betalen (btw verlegd)", money_in("EUR", "nl", net), True)],
                                 ["Btw verlegd naar de hoofdaannemer, art. 24ba Uitvoeringsbesluit OB.",
                                  "Hiervan %s (loonkostendeel 35%%) op G-rekening %s," % (money_in("EUR", "nl", g_share), g_iban),
                                  "het restant %s op {iban}. Betaling binnen 30 dagen." % money_in("EUR", "nl", net - g_share)]),
                   note="verleggingsregeling: the net is the total; the ordinary account, not the G-rekening"))

    # 7. nl notary: a nota with kadaster costs untaxed; kwaliteitsrekening beside.
    i = D(2026, 12, 1)
    n = "2026/1188"
    hon, vat, kad = 89500, 18795, 15800
    tot = hon + vat + kad
    kwal = mk.iban_spaced(mk.iban(rng, "NL"))
    out.append(fee(rid(), "notnl", "nl", "R. van Leeuwen", "r.vanleeuwen@planet.nl", False, n, i,
                   "Nota testament en levenstestament", i + days(14), tot, tot,
                   cover="Geachte heer Van Leeuwen,\n\nIn de bijlage vindt u de nota voor het opstellen van uw testament "
                         "en levenstestament.\n\nMet vriendelijke groet,\nNotariskantoor Schoenmaker",
                   pages=fee_pdf("notnl", ["De heer R. van Leeuwen", "Vrieseweg 90", "3311 NZ Dordrecht"],
                                 [("Notanummer", n), ("Datum", date_in("nl", i)), ("Dossier", "26.0877/LS")],
                                 "Nota",
                                 [("Honorarium testament en levenstestament", money_in("EUR", "nl", hon)),
                                  ("Btw 21%", money_in("EUR", "nl", vat)),
                                  ("Inschrijving Centraal Testamentenregister en registers (onbelast)", money_in("EUR", "nl", kad))],
                                 [("Totaal", money_in("EUR", "nl", tot), True)],
                                 ["Gaarne binnen 14 dagen op kantoorrekening {iban}.",
                                  "Niet op de kwaliteitsrekening %s; die is alleen voor transacties." % kwal],
                                 letterhead_right=True),
                   note="a notary's nota; the kwaliteitsrekening is not the office account"))

    # 8. nl psychologist: body text, exempt, within 30 days.
    i = D(2026, 12, 2)
    n = "PO-26-1502"
    tot = 2 * 11950
    text = ("Beste Hanneke,\n\nHierbij de declaratie voor de sessies van 10 en 24 november 2026.\n\n"
            "Declaratienummer: %s\nDatum: %s\n\n2 x consult 60 minuten à %s   %s\nTe betalen: %s\n\n"
            "Gezondheidszorg in de zin van art. 11 Wet OB, dus zonder btw. Graag binnen 30 dagen overmaken naar "
            "{iban} t.n.v. Psychologenpraktijk Oosterpoort.\n\nVriendelijke groet,\ndrs. M. Visscher, GZ-psycholoog"
            % (n, date_in("nl", i), money_in("EUR", "nl", 11950), money_in("EUR", "nl", tot), money_in("EUR", "nl", tot)))
    out.append(fee(rid(), "psy", "nl", "Hanneke Dijkman", "hanneke.dijkman@gmail.com", False, n, i,
                   "Declaratie november", i + days(30), tot, tot, text=text,
                   note="a typed declaratie, exempt"))

    # 9. nl music school: a lesgeldnota to the parent, 'vóór 1 januari'.
    i = D(2026, 12, 1)
    n = "LG-27-0318"
    les, huur = 21600, 4500
    tot = les + huur
    out.append(fee(rid(), "muznl", "nl", "Fam. Oude Luttikhuis", "oudeluttikhuis@home.nl", False, n, i,
                   "Lesgeldnota 2e halfjaar - Jesse", D(2027, 1, 1), tot, tot,
                   cover="Beste ouders,\n\nIn de bijlage de lesgeldnota voor het tweede halfjaar.\n\n"
                         "Muziekschool De Toonladder",
                   pages=fee_pdf("muznl", ["Fam. Oude Luttikhuis", "Hengelosestraat 300", "7521 AN Enschede"],
                                 [("Notanummer", n), ("Datum", date_in("nl", i)), ("Leerling", "Jesse Oude Luttikhuis")],
                                 "Lesgeldnota januari - juni 2027",
                                 [("Gitaarles 30 min, 18 lessen", money_in("EUR", "nl", les)),
                                  ("Huurinstrument", money_in("EUR", "nl", huur))],
                                 [("Totaal", money_in("EUR", "nl", tot), True)],
                                 ["Wij verzoeken u het lesgeld vóór 1 januari 2027 te voldoen op {iban}.",
                                  "Lesgeld voor leerlingen tot 21 jaar is vrijgesteld van btw."]),
                   note="a lesgeldnota to the family; 'vóór 1 januari 2027'"))

    # 10. be lawyer: staat van kosten en ereloon, provisie deducted, structured communication.
    i = D(2026, 12, 2)
    n = "2026/0415"
    ere, kosten = 185000, 12000
    vat = (ere + kosten) * 21 // 100
    rol = 16500
    tot = ere + kosten + vat + rol
    prov = 100000
    ref = ogm("4120871260")
    out.append(fee(rid(), "advbe", "nl", "Bart Peeters", "bart.peeters@telenet.be", False, n, i,
                   "Staat van kosten en ereloon - uw dossier huur", i + days(15), tot - prov, tot,
                   cover="Geachte heer Peeters,\n\nIngesloten vindt u onze staat van kosten en ereloon in uw dossier. "
                         "Gelieve bij betaling de gestructureerde mededeling te gebruiken.\n\nMet de meeste "
                         "hoogachting,\nMr. Sofie Claes",
                   pages=fee_pdf("advbe", ["De heer Bart Peeters", "Lange Leemstraat 77", "2018 Antwerpen"],
                                 [("Staat nr.", n), ("Datum", date_in("nl", i)), ("Dossier", "Peeters / NV Immo Zuid")],
                                 "Staat van kosten en ereloon",
                                 [("Ereloon: 7,4 uur à € 250,00", money_in("EUR", "nl", ere)),
                                  ("Kantoorkosten (forfait)", money_in("EUR", "nl", kosten)),
                                  ("Btw 21%", money_in("EUR", "nl", vat)),
                                  ("Rolrecht (niet onderworpen aan btw)", money_in("EUR", "nl", rol))],
                                 [("Totaal staat", money_in("EUR", "nl", tot), False),
                                  ("Provisie ontvangen op 12-09-2026", "- " + money_in("EUR", "nl", prov), False),
                                  ("Saldo te betalen", money_in("EUR", "nl", tot - prov), True)],
                                 ["Te betalen binnen 15 dagen op {iban} met mededeling %s." % ref,
                                  "Betwistingen kunnen worden voorgelegd aan de stafhouder van de Orde van Advocaten."]),
                   ref=ref, note="a Flemish staat van kosten en ereloon less the provisie; structured communication"))

    # 11. be notary: an ereloonnota typed, registration duties untaxed, 8 days.
    i = D(2026, 12, 3)
    n = "EN-26-3312"
    ere = 48000
    vat = ere * 21 // 100
    reg = 5000
    tot = ere + vat + reg
    ref = ogm("0903312261")
    text = ("Geachte mevrouw Vanhoutte,\n\nHierbij onze ereloonnota voor de akte van volmacht.\n\n"
            "Ereloonnota nr. %s - %s\n\nEreloon  %s\nBtw 21%%  %s\nRegistratierechten (voorgeschoten)  %s\n"
            "Totaal te betalen  %s\n\nGelieve binnen 8 dagen te betalen op rekening {iban} met de gestructureerde "
            "mededeling %s.\n\nMet vriendelijke groeten,\nKantoor notaris Liesbeth Dewulf"
            % (n, date_in("nl", i), money_in("EUR", "nl", ere), money_in("EUR", "nl", vat), money_in("EUR", "nl", reg), money_in("EUR", "nl", tot), ref))
    out.append(fee(rid(), "notbe", "nl", "An Vanhoutte", "an.vanhoutte@skynet.be", False, n, i,
                   "Ereloonnota %s" % n, i + days(8), tot, tot, text=text, ref=ref,
                   note="a Belgian notary's typed ereloonnota with a structured communication"))

    # 12. be academy: lesgeldnota per trimester to the mother, date printed.
    i = D(2026, 12, 1)
    n = "AML-2627-0881"
    tot = 6500
    ref = ogm("1502627088")
    out.append(fee(rid(), "acabe", "nl", "Els Wuyts", "els.wuyts@proximus.be", False, n, i,
                   "Lesgeldnota tweede trimester - Lotte Maes", D(2026, 12, 20), tot, tot,
                   cover="Beste ouder,\n\nIn bijlage de lesgeldnota voor het tweede trimester.\n\nAcademie Lier",
                   pages=fee_pdf("acabe", ["Mevrouw Els Wuyts", "Berlaarsestraat 12", "2500 Lier"],
                                 [("Nota", n), ("Datum", date_in("nl", i)), ("Leerling", "Lotte Maes"),
                                  ("Vervaldag", date_in("nl", D(2026, 12, 20)))],
                                 "Lesgeldnota",
                                 [("Inschrijvingsgeld tweede trimester, domein muziek", money_in("EUR", "nl", tot))],
                                 [("Te betalen", money_in("EUR", "nl", tot), True)],
                                 ["Overschrijven op {iban} met mededeling %s." % ref,
                                  "Vrijgesteld van btw, art. 44 W.BTW."]),
                   ref=ref, note="a child named; the mother addressed is the debtor"))

    # 13. uk solicitor: a bill of costs, disbursements, money on account deducted, 28 days.
    i = D(2026, 11, 27)
    n = "HP/26/1907"
    prof, vat = 185000, 37000
    lr, search = 3000, 26880
    tot = prof + vat + lr + search
    moa = 50000
    out.append(fee(rid(), "solic", "en", "Gareth Lloyd", "gareth.lloyd@btinternet.com", False, n, i,
                   "Our bill - your purchase of 4 Rowley Close", i + days(28), tot - moa, tot, cur="GBP",
                   cover="Dear Mr Lloyd,\n\nCompletion went through this week. Please find attached our bill; the "
                         "balance is shown at the foot.\n\nKind regards,\nJane Pryce\nHartwell & Pryce",
                   pages=fee_pdf("solic", ["Mr Gareth Lloyd", "11 Kingsland Road", "Shrewsbury SY3 7LP"],
                                 [("Bill No.", n), ("Date", date_in("en", i)), ("Matter", "JP/LLO/0088")],
                                 "Bill of Costs",
                                 [("Our professional charges: purchase of 4 Rowley Close", money_in("GBP", "en", prof)),
                                  ("VAT at 20%", money_in("GBP", "en", vat)),
                                  ("Disbursements (no VAT): Land Registry fee", money_in("GBP", "en", lr)),
                                  ("Disbursements (no VAT): local authority and drainage searches", money_in("GBP", "en", search))],
                                 [("Total of this bill", money_in("GBP", "en", tot), False),
                                  ("Less: money on account received", "-" + money_in("GBP", "en", moa), False),
                                  ("Balance due", money_in("GBP", "en", tot - moa), True)],
                                 ["Payment within 28 days to our office account {iban}.",
                                  "Client account funds are held separately and are not used for this bill.",
                                  "You may have the right to object under Part III of the Solicitors Act 1974."]),
                   note="a bill of costs less money on account; disbursements in the total"))

    # 14. uk barrister: fee note to the instructing solicitors, typed, 30 days.
    i = D(2026, 12, 1)
    n = "WFC-HO-2215"
    brief, vat = 120000, 24000
    tot = brief + vat
    text = ("Dear Accounts Team,\n\nPlease find below Ms Okafor's fee note in Haddon v Crestline Homes.\n\n"
            "Fee note: %s\nDate: %s\nInstructing solicitors: Marsh Tennant LLP, ref. KT/4410\n\n"
            "Brief fee, trial 24-25 November 2026   %s\nVAT @ 20%%   %s\nTotal   %s\n\n"
            "Payment within 30 days, please, to {iban} (Whitfriars Chambers fees account).\n\n"
            "Regards,\nTom Ellery\nSenior Clerk, Whitfriars Chambers"
            % (n, date_in("en", i), money_in("GBP", "en", brief), money_in("GBP", "en", vat), money_in("GBP", "en", tot)))
    out.append(fee(rid(), "clerk", "en", "Marsh Tennant LLP", "accounts@marshtennant.co.uk", True, n, i,
                   "Fee note - Haddon v Crestline Homes", i + days(30), tot, tot, cur="GBP", text=text,
                   note="a barrister's fee note sent by her clerk"))

    # 15. ie solicitor: fee note, outlay, payment on account, section 150.
    i = D(2026, 12, 2)
    n = "BK-FN-6120"
    fee_, vat = 240000, 55200
    stamp, pra = 15000, 8000
    tot = fee_ + vat + stamp + pra
    poa = 100000
    out.append(fee(rid(), "iesol", "en", "Siobhán and Declan Hayes", "hayes.family@eircom.net", False, n, i,
                   "Fee note - sale of 3 Riverbank, Castletroy", i + days(21), tot - poa, tot,
                   cover="Dear Siobhán and Declan,\n\nThe sale has closed. Our fee note is attached.\n\n"
                         "Kind regards,\nNiamh Kiely",
                   pages=fee_pdf("iesol", ["Siobhán and Declan Hayes", "3 Riverbank", "Castletroy",
                                           "Limerick V94 X7P2"],
                                 [("Fee Note No.", n), ("Date", date_in("en", i)), ("Our ref", "NK/HAY/221")],
                                 "FEE NOTE",
                                 [("Professional fee as per section 150 notice", money_in("EUR", "en", fee_)),
                                  ("VAT at 23%", money_in("EUR", "en", vat)),
                                  ("Outlay: stamp duty on deed of rectification", money_in("EUR", "en", stamp)),
                                  ("Outlay: Property Registration Authority", money_in("EUR", "en", pra))],
                                 [("Total", money_in("EUR", "en", tot), False),
                                  ("Less paid on account", "-" + money_in("EUR", "en", poa), False),
                                  ("Amount due", money_in("EUR", "en", tot - poa), True)],
                                 ["Kindly discharge within 21 days to our office account {iban}."]),
                   note="an Irish fee note less a payment on account; outlay in the total"))

    # 16. uk tutor: fee note in html due by the next lesson.
    i = D(2026, 12, 4)
    n = "NT-3318"
    tot = 8 * 3800
    nxt = D(2026, 12, 10)
    html = ("<p>Dear Mrs Achebe,</p><p>Here is the fee note for Chidi's maths tuition for the rest of term.</p>"
            "<p>Fee note %s &middot; %s</p><table><tr><td>8 x one-hour GCSE maths sessions at %s</td>"
            "<td>%s</td></tr><tr><td><b>Total payable</b></td><td><b>%s</b></td></tr></table>"
            "<p>Please pay by your next lesson on Thursday 10 December, by bank transfer to {iban}.</p>"
            "<p>Thank you,<br>Northgate Tuition</p>" % (n, date_in("en", i), money_in("GBP", "en", 3800), money_in("GBP", "en", tot), money_in("GBP", "en", tot)))
    out.append(fee(rid(), "tutor", "en", "Ngozi Achebe", "ngozi.achebe@gmail.com", False, n, i,
                   "Chidi - tuition fees to end of term", nxt, tot, tot, cur="GBP", html=html,
                   note="'by your next lesson on Thursday 10 December'"))

    # 17. uk clinic: insurer's share deducted.
    i = D(2026, 12, 1)
    n = "CSS-26-8821"
    ses = [(D(2026, 11, 3), 7500), (D(2026, 11, 10), 6000), (D(2026, 11, 17), 6000), (D(2026, 11, 24), 6000)]
    tot = sum(c for _d, c in ses)
    ins = 16000
    out.append(fee(rid(), "ukphy", "en", "Priya Raman", "priya.raman@outlook.com", False, n, i,
                   "Your treatment account %s" % n, i + days(14), tot - ins, tot, cur="GBP",
                   cover="Dear Ms Raman,\n\nAttached is your treatment account for November. Your insurer has paid "
                         "its share; the remainder is yours to settle.\n\nCotswold Spine & Sports Clinic",
                   pages=fee_pdf("ukphy", ["Ms Priya Raman", "2 Ashcroft Gardens", "Cirencester GL7 1RA"],
                                 [("Account No.", n), ("Date", date_in("en", i)), ("Policy", "AXA 441289011")],
                                 "Treatment account",
                                 [("%s  %s" % (date_in("en", d), "initial assessment" if k == 0 else "follow-up session"),
                                   money_in("GBP", "en", c)) for k, (d, c) in enumerate(ses)],
                                 [("Total fees", money_in("GBP", "en", tot), False),
                                  ("Less: settled by AXA Health", "-" + money_in("GBP", "en", ins), False),
                                  ("Balance payable by you", money_in("GBP", "en", tot - ins), True)],
                                 ["Medical treatment is exempt from VAT.",
                                  "Please pay the balance within 14 days to {iban}."]),
                   note="the insurer's share deducted: the balance is due, the gross the total"))

    # 18. ie creche: NCS subsidy deducted, date printed.
    i = D(2026, 12, 1)
    n = "LA-DEC26-044"
    gross = 98000
    ncs = 41600
    due = D(2026, 12, 7)
    out.append(fee(rid(), "creche", "en", "Aoife Murphy", "aoife.murphy@gmail.com", False, n, i,
                   "December fees - Róisín", due, gross - ncs, gross,
                   cover="Hi Aoife,\n\nDecember's fees for Róisín are attached, with the NCS subsidy taken off.\n\n"
                         "Little Acorns",
                   pages=fee_pdf("creche", ["Aoife Murphy", "17 Inniscarra View", "Ballincollig, Co. Cork"],
                                 [("Fee statement no.", n), ("Date", date_in("en", i)), ("Child", "Róisín Murphy"),
                                  ("Payment due", date_in("en", due))],
                                 "Childcare fees - December 2026",
                                 [("Full-time place, 4 weeks", money_in("EUR", "en", gross))],
                                 [("Gross fees", money_in("EUR", "en", gross), False),
                                  ("Less NCS subsidy (CHICK 7T9QW)", "-" + money_in("EUR", "en", ncs), False),
                                  ("Parent contribution", money_in("EUR", "en", gross - ncs), True)],
                                 ["Please pay by standing order or transfer to {iban}."]),
                   note="the NCS subsidy deducted: the parent's share is due"))

    # 19. uk architect: fee account at a RIBA stage, construction cost larger.
    i = D(2026, 11, 30)
    n = "PHA-1124-03"
    stage, vat = 684000, 136800
    tot = stage + vat
    out.append(fee(rid(), "arch", "en", "Mersey Quay Developments Ltd", "payables@merseyquaydev.co.uk", True, n, i,
                   "Fee account 3 - Stage 4 technical design", i + days(30), tot, tot, cur="GBP",
                   cover="Dear Sirs,\n\nPlease find attached our fee account no. 3 for the Wapping Dock scheme.\n\n"
                         "Pemberton Hale Architects",
                   pages=fee_pdf("arch", ["Mersey Quay Developments Ltd", "Accounts Payable", "1 Strand Street",
                                          "Liverpool L1 8LT"],
                                 [("Fee account", n), ("Date", date_in("en", i)), ("Project", "1124 Wapping Dock"),
                                  ("PO", "MQD-77210")],
                                 "Fee account no. 3",
                                 [("Construction cost (estimate)", money_in("GBP", "en", 4560000_00)),
                                  ("Total fee (9.0% of construction cost)", money_in("GBP", "en", 41040000)),
                                  ("Fees earned to date (Stages 1-4, 60%)", money_in("GBP", "en", 24624000)),
                                  ("Less previously invoiced", "-" + money_in("GBP", "en", 23940000)),
                                  ("This account", money_in("GBP", "en", stage))],
                                 [("Net", money_in("GBP", "en", stage), False), ("VAT 20%", money_in("GBP", "en", vat), False),
                                  ("Amount due", money_in("GBP", "en", tot), True)],
                                 ["Payment terms: 30 days. Bank: {iban}."]),
                   note="a progress fee account: the construction cost and whole fee are not the total"))

    # 20. uk interpreter to a council: the council is the debtor, not its officer.
    i = D(2026, 12, 3)
    n = "EN-2026-071"
    hrs, travel = 3 * 4500, 2340
    tot = hrs + travel
    text = ("Dear Mr Hollis,\n\nPlease find my fee note for the interpreting on 26 November below.\n\n"
            "To: Warwickshire County Council, Children's Services (Mr R. Hollis)\nFee note %s, dated %s\n"
            "Purchase order: 4500218873\n\nPolish interpreting, 3 hours at %s   %s\nMileage 52 miles at 45p   %s\n"
            "Total   %s\n\nNot VAT registered. Payment within 30 days to {iban}.\n\nMany thanks,\nDr Ewa Nowicka"
            % (n, date_in("en", i), money_in("GBP", "en", 4500), money_in("GBP", "en", hrs), money_in("GBP", "en", travel), money_in("GBP", "en", tot)))
    out.append(fee(rid(), "interp", "en", "Warwickshire County Council", "ap.invoices@warwickshire.gov.uk", True, n, i,
                   "Fee note %s - PO 4500218873" % n, i + days(30), tot, tot, cur="GBP", text=text,
                   note="a council billed, its officer named"))

    # 21. ie counsellor: typed fee note, exempt, 14 days.
    i = D(2026, 12, 4)
    n = "HVC-0388"
    tot = 4 * 7000
    text = ("Hi Ciarán,\n\nHere is your fee note for November's sessions (4, 11, 18 and 25 November).\n\n"
            "Fee note %s - %s\n4 sessions at %s: %s\nTotal due: %s\n\nCounselling is exempt from VAT. "
            "Please pay within 14 days to IBAN {iban}. You may claim this from your health insurer.\n\n"
            "Best wishes,\nMáire Power" % (n, date_in("en", i), money_in("EUR", "en", 7000), money_in("EUR", "en", tot), money_in("EUR", "en", tot)))
    out.append(fee(rid(), "counsel", "en", "Ciarán Walsh", "ciaran.walsh@gmail.com", False, n, i,
                   "Fee note - November sessions", i + days(14), tot, tot, text=text,
                   note="a typed Irish fee note"))

    # 22. de lawyer: Vergütungsrechnung, Gegenstandswert, Vorschuss, Anderkonto, 21 Tage nach Zugang.
    i = D(2026, 12, 2)
    n = "VR-2026-00731"
    gv = 2500000
    geb, pausch = 127530, 2000
    vat = (geb + pausch) * 19 // 100
    tot = geb + pausch + vat
    vor = 50000
    ander = mk.iban_spaced(mk.iban(rng, "DE"))
    out.append(fee(rid(), "rade", "de", "Jörg Albrecht", "joerg.albrecht@web.de", False, n, i,
                   "Vergütungsrechnung in Sachen Albrecht ./. Baugenossenschaft", i + days(21), tot - vor, tot,
                   cover="Sehr geehrter Herr Albrecht,\n\nanbei erhalten Sie unsere Vergütungsrechnung für die "
                         "außergerichtliche Vertretung.\n\nMit freundlichen Grüßen\nRAin Selin Demir",
                   pages=fee_pdf("rade", ["Herrn", "Jörg Albrecht", "Neckarstraße 150", "70190 Stuttgart"],
                                 [("Nr.", n), ("Datum", date_in("de", i)), ("Az.", "412/26 SD")],
                                 "Vergütungsrechnung",
                                 [("Gegenstandswert: %s" % money_in("EUR", "de", gv), ""),
                                  ("1,3 Geschäftsgebühr Nr. 2300 VV RVG", money_in("EUR", "de", geb)),
                                  ("Pauschale Post/Telekommunikation Nr. 7002 VV RVG", money_in("EUR", "de", pausch)),
                                  ("19 % Umsatzsteuer Nr. 7008 VV RVG", money_in("EUR", "de", vat))],
                                 [("Summe", money_in("EUR", "de", tot), False),
                                  ("abzüglich Vorschuss vom 15.10.2026", "-" + money_in("EUR", "de", vor), False),
                                  ("Zahlbetrag", money_in("EUR", "de", tot - vor), True)],
                                 ["Zahlbar innerhalb von 21 Tagen nach Zugang auf {iban}.",
                                  "Bitte nicht auf das Anderkonto %s überweisen." % ander,
                                  "Diese Berechnung ist gemäß § 10 RVG unterzeichnet."]),
                   note="a Vergütungsrechnung less a Vorschuss; Gegenstandswert larger; the Anderkonto not the office's"))

    # 23. de dentist: Liquidation GOZ for a child, to the mother, Zahlbar bis.
    i = D(2026, 12, 1)
    n = "L-26-09132"
    goz = [("0010 eingehende Untersuchung, Faktor 2,3", 1294), ("1020 Fluoridierung, Faktor 2,3", 776),
           ("2060 Kompositfüllung einflächig, Zahn 85, Faktor 2,3", 7441)]
    tot = sum(c for _x, c in goz)
    due = D(2026, 12, 31)
    out.append(fee(rid(), "zahn", "de", "Claudia Weinreich", "c.weinreich@t-online.de", False, n, i,
                   "Liquidation für Emil Weinreich", due, tot, tot,
                   cover="Sehr geehrte Frau Weinreich,\n\nanbei die Liquidation für die Behandlung von Emil.\n\n"
                         "Ihr Praxisteam Dr. Rössler",
                   pages=fee_pdf("zahn", ["Frau", "Claudia Weinreich", "Bismarckstraße 22", "91054 Erlangen"],
                                 [("Liquidation Nr.", n), ("Datum", date_in("de", i)), ("Patient", "Emil Weinreich"),
                                  ("geb.", "09.04.2017")],
                                 "Liquidation nach GOZ",
                                 [("18.11.2026  " + d, money_in("EUR", "de", c)) for d, c in goz],
                                 [("Gesamtbetrag", money_in("EUR", "de", tot), True)],
                                 ["Zahlbar bis %s auf {iban}." % date_in("de", due),
                                  "Umsatzsteuerfrei nach § 4 Nr. 14 UStG."]),
                   note="a Liquidation for a child addressed to the mother"))

    # 24. de dermatologist: Privatliquidation typed, 30 days.
    i = D(2026, 12, 3)
    n = "PL-2026-4410"
    tot = 1072 + 2012 + 4021
    text = ("Sehr geehrter Herr Oberländer,\n\nfür die Behandlung am 19.11.2026 erlauben wir uns zu berechnen:\n\n"
            "Privatliquidation Nr. %s vom %s\n\nGOÄ 1 Beratung, 2,3fach   %s\nGOÄ 5 Untersuchung, 2,3fach   %s\n"
            "GOÄ 750 Auflichtmikroskopie, 2,3fach   %s\nGesamt   %s\n\nBitte überweisen Sie den Betrag innerhalb von "
            "30 Tagen auf {iban}. Ärztliche Heilbehandlung ist umsatzsteuerfrei.\n\nMit freundlichen Grüßen\n"
            "Praxis Dr. med. Tobias Krämer"
            % (n, date_in("de", i), money_in("EUR", "de", 1072), money_in("EUR", "de", 2012), money_in("EUR", "de", 4021), money_in("EUR", "de", tot)))
    out.append(fee(rid(), "arzt", "de", "Konrad Oberländer", "k.oberlaender@gmx.de", False, n, i,
                   "Privatliquidation %s" % n, i + days(30), tot, tot, text=text,
                   note="a typed Privatliquidation"))

    # 25. de expert: Kostennote with a Streitwert, to a GmbH.
    i = D(2026, 12, 1)
    n = "KN-26-118"
    net = 248000
    vat = net * 19 // 100
    tot = net + vat
    out.append(fee(rid(), "svg", "de", "Weser Logistik GmbH", "kreditoren@weser-logistik.de", True, n, i,
                   "Kostennote %s – Gutachten Hallendach" % n, i + days(14), tot, tot,
                   cover="Sehr geehrte Damen und Herren,\n\nanbei unsere Kostennote für das Gutachten.\n\n"
                         "Mit freundlichen Grüßen\nDipl.-Ing. Lars Lindqvist",
                   pages=fee_pdf("svg", ["Weser Logistik GmbH", "z. Hd. Frau Melanie Brandt", "Hafenstraße 60",
                                         "28217 Bremen"],
                                 [("Kostennote", n), ("Datum", date_in("de", i)), ("Streitwert", money_in("EUR", "de", 18500000))],
                                 "Kostennote",
                                 [("Gutachten Schadensursache Hallendach, 31 Std. à 80,00 €", money_in("EUR", "de", net))],
                                 [("Netto", money_in("EUR", "de", net), False), ("19 % USt.", money_in("EUR", "de", vat), False),
                                  ("Gesamtbetrag", money_in("EUR", "de", tot), True)],
                                 ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf {iban}."]),
                   note="a Kostennote beside a larger Streitwert; the firm, not its contact"))

    # 26. de tiler: 3. Abschlagsrechnung § 13b.
    i = D(2026, 12, 2)
    n = "AR-3-2026-0419"
    auftrag, stand, frueher = 18600000, 11250000, 7400000
    tot = stand - frueher
    out.append(fee(rid(), "fliese", "de", "Bauträger Neckarbogen GmbH & Co. KG", "rechnungseingang@neckarbogen-bau.de",
                   True, n, i, "3. Abschlagsrechnung BV Quartier Lindenhof", i + days(21), tot, tot,
                   cover="Sehr geehrte Damen und Herren,\n\nim Anhang unsere 3. Abschlagsrechnung.\n\n"
                         "Fliesen Kovačević GmbH",
                   pages=fee_pdf("fliese", ["Bauträger Neckarbogen GmbH & Co. KG", "Augustaanlage 8",
                                            "68165 Mannheim"],
                                 [("Nr.", n), ("Datum", date_in("de", i)), ("Bauvorhaben", "Quartier Lindenhof, Haus B")],
                                 "3. Abschlagsrechnung",
                                 [("Auftragssumme netto", money_in("EUR", "de", auftrag)),
                                  ("Leistungsstand bis 30.11.2026 netto", money_in("EUR", "de", stand)),
                                  ("abzüglich 1. und 2. Abschlag", "-" + money_in("EUR", "de", frueher))],
                                 [("Betrag dieser Abschlagsrechnung", money_in("EUR", "de", tot), True)],
                                 ["Steuerschuldnerschaft des Leistungsempfängers nach § 13b UStG.",
                                  "Zahlbar innerhalb von 21 Tagen auf {iban}."]),
                   note="a § 13b progress bill: its own net amount is the total"))

    # 27. de architect: HOAI Abschlag with anrechenbare Kosten.
    i = D(2026, 11, 30)
    n = "HA-2026-214"
    abs_net = 1420000
    vat = abs_net * 19 // 100
    tot = abs_net + vat
    out.append(fee(rid(), "hoai", "de", "Stadtwerke Münster GmbH", "eingangsrechnungen@stadtwerke-ms.de", True, n, i,
                   "2. Abschlag Leistungsphase 5 – Betriebshof Loddenheide", i + days(30), tot, tot,
                   cover="Sehr geehrte Damen und Herren,\n\nanbei unser 2. Abschlag nach HOAI.\n\n"
                         "Architekturbüro Haferkamp",
                   pages=fee_pdf("hoai", ["Stadtwerke Münster GmbH", "Hafenplatz 1", "48155 Münster"],
                                 [("Nr.", n), ("Datum", date_in("de", i)), ("Bestellnummer", "4700123987")],
                                 "2. Abschlag nach § 15 HOAI",
                                 [("Anrechenbare Kosten (KG 300/400)", money_in("EUR", "de", 312000000)),
                                  ("Gesamthonorar Lph. 1-8", money_in("EUR", "de", 39650000)),
                                  ("Lph. 5, 40 % erbracht", money_in("EUR", "de", 3280000)),
                                  ("abzüglich 1. Abschlag", "-" + money_in("EUR", "de", 1860000)),
                                  ("Abschlag netto", money_in("EUR", "de", abs_net))],
                                 [("19 % USt.", money_in("EUR", "de", vat), False), ("Zahlbetrag", money_in("EUR", "de", tot), True)],
                                 ["Zahlbar innerhalb von 30 Tagen auf {iban}."]),
                   note="an HOAI progress bill: anrechenbare Kosten and whole fee are not totals"))

    # 28. at lawyer: Honorarnote RATG, Pauschalgebühr after VAT.
    i = D(2026, 12, 1)
    n = "HN 26/0512"
    tarif, es = 91840, 45920
    vat = (tarif + es) * 20 // 100
    pg = 34300
    tot = tarif + es + vat + pg
    out.append(fee(rid(), "raat", "de", "Mag. Veronika Auer", "v.auer@aon.at", False, n, i,
                   "Honorarnote %s" % n, i + days(14), tot, tot,
                   cover="Sehr geehrte Frau Mag. Auer,\n\nanbei unsere Honorarnote.\n\nMit freundlichen Grüßen\n"
                         "Mag. Pichler",
                   pages=fee_pdf("raat", ["Frau", "Mag. Veronika Auer", "Annenstraße 19", "8020 Graz"],
                                 [("Honorarnote", n), ("Datum", date_in("de", i)), ("Streitwert", money_in("EUR", "de", 1200000))],
                                 "Honorarnote",
                                 [("Klage TP 3A RATG", money_in("EUR", "de", tarif)),
                                  ("50 % Einheitssatz", money_in("EUR", "de", es)),
                                  ("20 % USt.", money_in("EUR", "de", vat)),
                                  ("Pauschalgebühr (umsatzsteuerfrei)", money_in("EUR", "de", pg))],
                                 [("Gesamt", money_in("EUR", "de", tot), True)],
                                 ["Zahlbar binnen 14 Tagen auf {iban}."],
                                 letterhead_right=True),
                   note="an Austrian Honorarnote; the Pauschalgebühr after the VAT line is in the total"))

    # 29. at property manager: Vorschreibung, due on a printed date.
    i = D(2026, 12, 15)
    n = "VS-2701-0044"
    miete, bk = 64000, 18500
    vat = miete * 10 // 100 + bk * 10 // 100
    tot = miete + bk + vat
    due = D(2027, 1, 5)
    out.append(fee(rid(), "hvat", "de", "Florian Gruber", "florian.gruber@chello.at", False, n, i,
                   "Vorschreibung Jänner 2027 – Top 7", due, tot, tot,
                   cover="Sehr geehrter Herr Gruber,\n\nanbei die Vorschreibung für Jänner 2027.\n\nHausverwaltung Steindl",
                   pages=fee_pdf("hvat", ["Herrn", "Florian Gruber", "Gumpendorfer Straße 40/7", "1060 Wien"],
                                 [("Vorschreibung", n), ("Datum", date_in("de", i)), ("Objekt", "Gumpendorfer Str. 40, Top 7"),
                                  ("Fällig am", date_in("de", due))],
                                 "Vorschreibung Jänner 2027",
                                 [("Hauptmietzins", money_in("EUR", "de", miete)), ("Betriebskosten-Akonto", money_in("EUR", "de", bk)),
                                  ("10 % USt.", money_in("EUR", "de", vat))],
                                 [("Gesamt", money_in("EUR", "de", tot), True)],
                                 ["Bitte überweisen Sie den Betrag bis zum Fälligkeitstag auf {iban}."]),
                   note="an Austrian Vorschreibung for the next month"))

    # 30. ch kita: Elternbeitrag with Betreuungsgutschein deducted.
    i = D(2026, 12, 1)
    n = "KS-2612-031"
    gross = 248000
    gut = 92000
    due = D(2026, 12, 31)
    out.append(fee(rid(), "kita", "de", "Familie Brunner", "brunner.family@bluewin.ch", False, n, i,
                   "Elternbeitrag Dezember – Mia", due, gross - gut, gross, cur="CHF",
                   cover="Liebe Familie Brunner\n\nIm Anhang der Elternbeitrag für Dezember.\n\nKita Sonnenhügel",
                   pages=fee_pdf("kita", ["Familie Brunner", "Hammerstrasse 9", "8008 Zürich"],
                                 [("Beleg Nr.", n), ("Datum", date_in("de", i)), ("Kind", "Mia Brunner")],
                                 "Elternbeitrag Dezember 2026",
                                 [("Betreuung 3 Tage/Woche, Tarif voll", money_in("CHF", "de", gross))],
                                 [("Total Betreuung", money_in("CHF", "de", gross), False),
                                  ("abzüglich Betreuungsgutschein Stadt Zürich", "-" + money_in("CHF", "de", gut), False),
                                  ("Ihr Anteil", money_in("CHF", "de", gross - gut), True)],
                                 ["Zahlbar bis %s auf {iban}." % date_in("de", due)]),
                   note="a Swiss Betreuungsgutschein deducted: the family's share is due"))

    # 31. at vet: a Honorarnote typed, date printed.
    i = D(2026, 12, 2)
    n = "TA-26-7713"
    net = 12800
    vat = net * 20 // 100
    tot = net + vat
    due = D(2026, 12, 16)
    text = ("Liebe Frau Kogler,\n\nfür die Behandlung von Bello am 30.11. dürfen wir Ihnen verrechnen:\n\n"
            "Honorarnote Nr. %s vom %s\nUntersuchung und Impfung   %s\n20 %% USt.   %s\nSumme   %s\n\n"
            "Fällig am %s. Bankverbindung: {iban}.\n\nLiebe Grüße\nTierarztpraxis Dr. Huber-Lenz"
            % (n, date_in("de", i), money_in("EUR", "de", net), money_in("EUR", "de", vat), money_in("EUR", "de", tot), date_in("de", due)))
    out.append(fee(rid(), "vetat", "de", "Sabine Kogler", "sabine.kogler@sbg.at", False, n, i,
                   "Honorarnote Bello", due, tot, tot, text=text,
                   note="a vet's typed Honorarnote"))
    return out


def not_fee(rid, key, lang, to, subject, body, why, pages=None):
    name, _a, mailbox, _c, _r = OFFICES[key]
    d = D(2026, 12, 1) + days(rng.randrange(8))
    eml = mk.mail(rng, mailbox, name, to, subject, d, body_text=body, pdf=pages is not None)
    return mk.record(rid, "fees-not", lang, "none", {"mail_from": mailbox, "rcpt_to": [to]}, eml, pages=pages,
                     pdf_filename="document.pdf" if pages else None, why_not=why, note=why)


def begroting_pdf():
    return fee_pdf("tand", ["Mevrouw J. Holtrop", "Paterswoldseweg 510", "9728 BV Groningen"],
                   [("Begroting", "BG-26-0412"), ("Datum", "01-12-2026"), ("Geldig tot", "01-03-2027")],
                   "Begroting",
                   [("R24 kroon porselein op metaal, element 36", "€ 578,40"),
                    ("Techniekkosten (schatting)", "€ 310,00")],
                   [("Totaal begroot", "€ 888,40", True)],
                   ["Voor akkoord tekenen en retourneren vóór aanvang van de behandeling.",
                    "Handtekening patiënt: ____________________"])


def hkp_pdf():
    return fee_pdf("zahn", ["Herrn", "Uwe Steinbach", "Hauptstraße 4", "91052 Erlangen"],
                   [("HKP Nr.", "HKP-26-0877"), ("Datum", "02.12.2026")],
                   "Heil- und Kostenplan",
                   [("Brücke 14-16, vollverblendet, voraussichtliches Honorar GOZ", "1.420,00 €"),
                    ("Material- und Laborkosten (geschätzt)", "980,00 €")],
                   [("Voraussichtliche Gesamtkosten", "2.400,00 €", True)],
                   ["Bitte legen Sie diesen Plan Ihrer Versicherung vor, bevor wir beginnen.",
                    "Die Abrechnung erfolgt nach Behandlungsende."])


def client_statement_pdf():
    return fee_pdf("solic", ["Mrs Eleanor Whitby", "8 Abbey Foregate", "Shrewsbury SY2 6AE"],
                   [("Matter", "JP/WHI/0131"), ("Date", "3 December 2026")],
                   "Client account statement",
                   [("Received from you, 2 October 2026", "£2,500.00"),
                    ("Paid to Shropshire Council, searches", "-£412.00"),
                    ("Transferred to office account against bill HP/26/1766", "-£2,088.00")],
                   [("Balance held for you", "£0.00", True)],
                   ["Nothing further is owed on this matter. This statement is for your records."])


NOT_FEES = [
    ("fysio", "nl", "k.ramdin@gmail.com", "Bevestiging afspraak 9 december",
     "Beste mevrouw Ramdin,\n\nHierbij bevestigen wij uw afspraak op woensdag 9 december om 10:15 uur bij "
     "fysiotherapeut Joost. Het tarief voor een intake is € 62,00; dit declareren wij na afloop bij uw verzekeraar "
     "of u ontvangt een nota.\n\nAfzeggen kan tot 24 uur van tevoren.\n\nFysiotherapie Wielewaal",
     "an appointment confirmation with its fee", None),
    ("tand", "nl", "j.holtrop@ziggo.nl", "Begroting kroon element 36",
     "Beste mevrouw Holtrop,\n\nZoals besproken ontvangt u in de bijlage de begroting voor de kroon. Wilt u deze "
     "ondertekend meenemen naar uw volgende afspraak?\n\nTandartspraktijk De Kroon",
     "a dentist's begroting to sign", begroting_pdf),
    ("zahn", "de", "uwe.steinbach@web.de", "Ihr Heil- und Kostenplan",
     "Sehr geehrter Herr Steinbach,\n\nanbei der Heil- und Kostenplan für die geplante Brücke zur Vorlage bei Ihrer "
     "Versicherung.\n\nIhr Praxisteam Dr. Rössler",
     "a Heil- und Kostenplan", hkp_pdf),
    ("solic", "en", "m.okoro@gmail.com", "Your divorce - our estimate of costs",
     "Dear Mr Okoro,\n\nThank you for instructing us. We estimate our costs for the financial remedy stage at "
     "between £3,200 and £4,800 plus VAT, plus the court fee of £313 which you pay at issue. We will ask for "
     "£1,000 on account before we start and bill monthly thereafter.\n\nKind regards,\nJane Pryce",
     "an estimate of costs in an engagement letter", None),
    ("arzt", "de", "h.brandl@posteo.de", "Ihre Quittung vom 01.12.2026",
     "Sehr geehrte Frau Brandl,\n\nwie gewünscht die Quittung für Ihre Beihilfe: Für die Behandlung am 01.12.2026 "
     "(GOÄ 1, 5, 750) haben wir 71,05 € bar erhalten. Es ist nichts mehr offen.\n\nPraxis Dr. med. Tobias Krämer",
     "a Quittung for an amount paid in cash", None),
    ("counsel", "en", "orla.quinn@gmail.com", "Receipt for your Med 2 claim",
     "Hi Orla,\n\nAs requested, here is a receipt for your tax relief claim: 6 sessions between September and "
     "November 2026, €420.00 in total, paid in full by card at each session. Balance: €0.00.\n\nBest wishes,\n"
     "Máire Power",
     "a receipt for a Med 2 claim, paid in full", None),
    ("fysio", "nl", "a.kuipers@xs4all.nl", "Declaratie voor uw zorgverzekeraar (reeds betaald)",
     "Beste heer Kuipers,\n\nU heeft de behandeling van 27 november (€ 46,50) al ter plekke met de pin voldaan. "
     "Hierbij de declaratie die u bij uw zorgverzekeraar kunt indienen; u hoeft niets meer te betalen.\n\n"
     "Fysiotherapie Wielewaal",
     "a declaratie for the insurer, already paid at the desk: a receipt", None),
    ("advo", "nl", "directie@bakkerijvos.nl", "Opdrachtbevestiging arbeidszaak",
     "Geachte heer Vos,\n\nHierbij bevestig ik dat u ons opdracht heeft gegeven u bij te staan in de arbeidszaak. "
     "Ons uurtarief bedraagt € 240,00 exclusief btw. Wij brengen u eerst een voorschot van € 1.500,00 in rekening; "
     "de voorschotdeclaratie volgt in een aparte mail.\n\nMet vriendelijke groet,\nmr. A. Vermeer",
     "an engagement letter naming an advance to be billed", None),
    ("solic", "en", "eleanor.whitby@btinternet.com", "Client account statement - matter closed",
     "Dear Mrs Whitby,\n\nNow that the matter is closed, please find attached the statement of your client account. "
     "The balance is nil.\n\nKind regards,\nHartwell & Pryce",
     "a client-account statement with a nil balance", client_statement_pdf),
    ("acabe", "nl", "ouders@academielier.be", "Inschrijvingsgelden schooljaar 2027-2028",
     "Beste ouders,\n\nVanaf 1 september 2027 gelden nieuwe inschrijvingsgelden: € 80,00 voor leerlingen jonger dan "
     "18 jaar, € 345,00 voor volwassenen, verminderd tarief € 60,00. U ontvangt de lesgeldnota bij de inschrijving."
     "\n\nAcademie voor Muziek en Woord Lier",
     "next year's fee schedule", None),
    ("rade", "de", "joerg.albrecht@web.de", "Gerichtskostenvorschuss – bitte direkt an die Landesoberkasse zahlen",
     "Sehr geehrter Herr Albrecht,\n\ndas Landgericht Stuttgart fordert einen Gerichtskostenvorschuss von "
     "1.317,00 €. Bitte zahlen Sie diesen Betrag direkt an die Landesoberkasse Baden-Württemberg, IBAN "
     "DE02 6005 0101 7495 5301 02, Kassenzeichen 8811 2026 0445 1. Erst nach Eingang wird die Klage zugestellt."
     "\n\nMit freundlichen Grüßen\nRAin Selin Demir",
     "a court's fee request passed on: the payee is the court, not the sender", None),
    ("creche", "en", "sean.doyle@gmail.com", "Your NCS subsidy has been approved",
     "Hi Seán,\n\nGood news: your National Childcare Scheme award (CHICK 3PZ8K) has been approved at €2.10 an hour "
     "for Tadhg from January. It will be taken off your monthly fees automatically.\n\nLittle Acorns",
     "a subsidy approval letter", None),
    ("uitv", "nl", "h.meijer@kpnplanet.nl", "Betalingsregeling nota UV-2026-097",
     "Geachte mevrouw Meijer,\n\nZoals afgesproken kunt u het restant van nota UV-2026-097 (€ 2.400,00) in drie "
     "termijnen van € 800,00 voldoen: op 1 januari, 1 februari en 1 maart 2027.\n\nMet vriendelijke groet,\n"
     "Uitvaartzorg Van Rossum",
     "a payment plan for an earlier nota", None),
    ("vetat", "de", "m.hofer@aon.at", "Kostenvoranschlag Zahnsanierung Minka",
     "Liebe Frau Hofer,\n\nfür die Zahnsanierung bei Minka rechnen wir mit Kosten zwischen 380,00 € und 520,00 € "
     "inkl. USt., je nach Befund im Röntgen. Die Honorarnote erhalten Sie nach der Behandlung.\n\n"
     "Tierarztpraxis Dr. Huber-Lenz",
     "a vet's Kostenvoranschlag with a range", None),
]


def build():
    out = build_invoices()
    for key, lang, to, subject, body, why, pages in NOT_FEES:
        out.append(not_fee("inv-fees-%03d" % (len(out) + 1), key, lang, to, subject, body, why,
                           pages() if pages else None))
    return out


if __name__ == "__main__":
    recs = build()
    mk.check_labels(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-fees.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
