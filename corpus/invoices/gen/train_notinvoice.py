"""train_notinvoice: a training split of hard NON-invoices from a billing address, and
invoices that carry the same words (issue 8, tenth round).

The non-invoices are what real businesses send from the address their invoices come
from and what looks most like an invoice: a number, an amount, a date, an IBAN — a quote,
an order or booking confirmation with a total, a pro-forma, a payment receipt quoting the
invoice, a statement of account, the business's own reminder, a direct-debit
pre-notification, "your card will be charged", a credit-note announcement, a forwarded
supplier bill, a reply in a thread about an invoice, a price change, a delivery note, a
timesheet, a cancellation, a refund, a payment link, a forwarded tax assessment, a
contract renewal — each in several wordings, in nl, en and de, some with a PDF.  The
invoices guard recall: an invoice that references its quote ("Offertenummer"), its order
confirmation ("Auftragsbestätigung vom"), a Stripe-style invoice with a "receipt" link,
an invoice paid by direct debit, an invoice sent in a reply.

Written by hand for training (the reader's rules are tuned on it); seeded; run it to
write ../train-notinvoice.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261210
rng = random.Random(SEED)
D = datetime.date

# ---------------------------------------------------------------- the senders

SELLERS = {
    "nl": [
        dict(name="Bouwbedrijf Kooistra", mail="administratie@kooistrabouw.nl", street="Industrieweg 14",
             city="8401 AB Gorredijk", ids="KvK 01098765 · btw NL001234567B12", country="NL"),
        dict(name="Studio Lindeboom", mail="facturen@studiolindeboom.nl", street="Oudegracht 221",
             city="3511 NK Utrecht", ids="KvK 61234987 · btw NL002233445B01", country="NL"),
        dict(name="Van Dalen Installatietechniek", mail="boekhouding@vandalen-installatie.nl",
             street="Nijverheidsstraat 3", city="2802 AK Gouda", ids="KvK 29384756 · btw NL003344556B02",
             country="NL"),
    ],
    "en": [
        dict(name="Harbour Lane Studio Ltd", mail="accounts@harbourlane.co.uk", street="12 Quay Street",
             city="Bristol BS1 4DX", ids="Company no. 09876543 · VAT GB 123 4567 89", country="GB"),
        dict(name="Pinewood Catering", mail="billing@pinewoodcatering.co.uk", street="4 Mill Road",
             city="Cambridge CB1 2AD", ids="VAT GB 987 6543 21", country="GB"),
        dict(name="Northgate IT Services", mail="invoices@northgate-it.ie", street="Unit 7, Harbour Park",
             city="Cork T12 X2Y3", ids="VAT IE 3456789KH", country="IE"),
    ],
    "de": [
        dict(name="Schreinerei Albrecht GmbH", mail="buchhaltung@schreinerei-albrecht.de", street="Talstraße 9",
             city="79100 Freiburg", ids="HRB 712345 · USt-IdNr. DE298765432", country="DE"),
        dict(name="Grafikbüro Sommer", mail="rechnung@grafik-sommer.de", street="Lindenallee 40",
             city="50968 Köln", ids="USt-IdNr. DE312345678", country="DE"),
        dict(name="Elektro Hartmann e.K.", mail="info@elektro-hartmann.de", street="Am Anger 2",
             city="99084 Erfurt", ids="HRA 501234 · USt-IdNr. DE287654321", country="DE"),
    ],
}

DEBTORS = {
    "nl": [("Marloes Verbeek", "m.verbeek@ziggo.nl", False), ("Hendriks Vastgoed B.V.", "crediteuren@hendriksvastgoed.nl", True),
           ("Tim de Boer", "timdeboer@gmail.com", False), ("Stichting De Wielewaal", "penningmeester@dewielewaal.nl", True)],
    "en": [("Sarah Whitfield", "sarah.whitfield@btinternet.com", False), ("Copperfield Events Ltd", "ap@copperfieldevents.co.uk", True),
           ("James O'Connor", "jamesoconnor@eircom.net", False), ("Brightwater Dental Ltd", "admin@brightwaterdental.co.uk", True)],
    "de": [("Katrin Becker", "katrin.becker@web.de", False), ("Müller & Sohn Bau GmbH", "buchhaltung@mueller-sohn-bau.de", True),
           ("Jonas Krause", "j.krause@gmx.de", False), ("Praxis Dr. Lang", "praxis@dr-lang-koeln.de", True)],
}

MONEY = {"nl": lambda c: "€ " + mk.money(c, "nl"), "de": lambda c: mk.money(c, "de") + " €",
         "en": lambda c: "£" + mk.money(c, "en")}
CUR = {"nl": "EUR", "de": "EUR", "en": "GBP"}


def seller_of(lang, k):
    s = dict(SELLERS[lang][k % len(SELLERS[lang])])
    s.setdefault("iban", mk.iban(rng, s["country"] if s["country"] in ("NL", "DE", "GB") else "NL"))
    return s


for _lang in SELLERS:
    for _s in SELLERS[_lang]:
        _s["iban"] = mk.iban(rng, {"IE": "GB"}.get(_s["country"], _s["country"]))


def debtor_of(lang, k):
    return DEBTORS[lang][k % len(DEBTORS[lang])]


def page(s, title, block, meta, rows, totals, outro):
    """A one-page document: letterhead, the addressee, details, title, lines, totals."""
    p = mk.Page()
    p.text(56, 60, s["name"], 14, True)
    p.text(56, 74, s["street"] + ", " + s["city"], 8)
    y = 140
    for ln in block:
        p.text(56, y, ln, 10)
        y += 13
    ym = 140
    for k, v in meta:
        p.text(340, ym, k, 9)
        p.right(539, ym, v, 9)
        ym += 13
    y = max(y, ym) + 24
    p.text(56, y, title, 16, True)
    y += 28
    for r in rows:
        p.text(56, y, r[0], 9, r is rows[0])
        if len(r) > 1:
            p.right(539, y, r[1], 9, r is rows[0])
        y += 14
    p.rule(56, y - 8, 539, y - 8)
    y += 6
    for k, v in totals:
        p.text(340, y, k, 9)
        p.right(539, y, v, 9)
        y += 14
    y += 14
    for ln in outro:
        p.text(56, y, ln, 9)
        y += 12
    p.rule(56, 790, 539, 790)
    p.text(56, 802, s["ids"] + " · IBAN " + mk.iban_spaced(s["iban"]), 6.5)
    return [p]


RECORDS = []


def add(lang, tool, s, debtor, subject, body, d, why=None, expected=None, pages=None, fname=None, note=None,
        html=None, extra=()):
    name, mail, _ = debtor
    eml = mk.mail(rng, s["mail"], s["name"], "%s <%s>" % (name, mail), subject, d, body_text=body,
                  body_html=html, pdf=pages is not None, extra_headers=extra)
    kind = "none" if expected is None else ("pdf" if pages else ("body-html" if html else "body-text"))
    RECORDS.append(mk.record("", tool, lang, kind, {"mail_from": s["mail"], "rcpt_to": [mail]}, eml, pages,
                             fname, expected, why, note))


def nums(prefix):
    return "%s%d-%03d" % (prefix, 2026, rng.randint(10, 480))


# ---------------------------------------------------------------- non-invoices, Dutch

def non_nl():
    L = "nl"
    m = MONEY[L]
    # Quotes: a number, an amount, a validity date.
    s, deb = seller_of(L, 0), debtor_of(L, 1)
    n, amt = nums("OF-"), 1245000
    add(L, "typed-mail", s, deb, "Prijsvoorstel verbouwing Dorpsstraat 12",
        "Geachte heer Hendriks,\n\nNaar aanleiding van ons gesprek sturen wij u ons voorstel.\n\n"
        "Offertenummer: %s\nDatum: 03-11-2026\nTotaal: %s incl. btw\nGeldig tot: 03-12-2026\n\n"
        "Bij akkoord ontvangen wij graag de getekende opdrachtbevestiging retour. Betaling in drie termijnen.\n\n"
        "Met vriendelijke groet,\nSjoerd Kooistra\n%s\n" % (n, m(amt), s["name"]), D(2026, 11, 3),
        why="A quote with its number, total and validity: nothing is owed until it is accepted and invoiced.")
    add(L, "word-pdf", s, debtor_of(L, 0), "Uw aanvraag: ons voorstel voor de dakkapel",
        "Beste Marloes,\n\nIn de bijlage vind je ons voorstel voor de dakkapel. Het bedrag is inclusief plaatsing en afvoer. "
        "Het voorstel is 30 dagen geldig.\n\nGroet,\nSjoerd Kooistra\n", D(2026, 11, 5),
        why="A quote in a PDF titled Offerte; the subject does not name it.",
        pages=page(s, "OFFERTE", ["Marloes Verbeek", "Lindelaan 4", "8401 CD Gorredijk"],
                   [("Offertenummer", nums("OF-")), ("Datum", "05-11-2026"), ("Geldig tot", "05-12-2026")],
                   [("Omschrijving", "Bedrag"), ("Dakkapel 3 m, kunststof, incl. plaatsing", m(780000))],
                   [("Subtotaal", m(780000)), ("Btw 21%", m(163800)), ("Totaal", m(943800))],
                   ["Voor akkoord: ____________________"]), fname="offerte.pdf")
    # Order and booking confirmations with a total.
    s2 = seller_of(L, 1)
    add(L, "shop-mail", s2, debtor_of(L, 2), "Je bestelling #10482 is geplaatst",
        "Hoi Tim,\n\nBedankt! We hebben je bestelling goed ontvangen.\n\nBestelnummer: 10482\n"
        "2x Poster A2 Utrechtse grachten   %s\nVerzendkosten   %s\nTotaal   %s\n\n"
        "Je hebt betaald met iDEAL. Zodra je pakket onderweg is, krijg je een mail met de track & trace.\n\n"
        "Studio Lindeboom\n" % (m(5990), m(495), m(6485)), D(2026, 11, 10),
        why="A shop's order confirmation with a total, already paid with iDEAL.")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Reservering workshop 14 januari bevestigd",
        "Beste penningmeester,\n\nHierbij bevestigen we de groepsworkshop voor 12 personen op 14 januari 2027.\n"
        "Prijs per persoon: %s\nTotaal: %s\n\nDe factuur sturen we na afloop van de workshop.\n\nGroet,\nEva Lindeboom\n"
        % (m(4500), m(54000)), D(2026, 11, 12),
        why="A booking confirmation with a total; the invoice is sent after the workshop.")
    # A pro-forma.
    add(L, "word-pdf", s, debtor_of(L, 1), "Vooruitbetaling kozijnen project Breedstraat",
        "Geachte heer Hendriks,\n\nVoor de bestelling van de kozijnen vragen wij een vooruitbetaling. In de bijlage de proformafactuur; "
        "de definitieve factuur volgt bij oplevering.\n\nMet vriendelijke groet,\nAdministratie Kooistra\n", D(2026, 11, 6),
        why="A pro-forma asking for payment in advance; the real invoice follows on delivery.",
        pages=page(s, "PROFORMAFACTUUR", ["Hendriks Vastgoed B.V.", "Breedstraat 80", "8401 EF Gorredijk"],
                   [("Nummer", "PF-2026-017"), ("Datum", "06-11-2026")],
                   [("Omschrijving", "Bedrag"), ("Kozijnen hardhout, 6 stuks", m(640000))],
                   [("Totaal excl. btw", m(640000)), ("Btw 21%", m(134400)), ("Te betalen vooraf", m(774400))],
                   ["Dit is geen factuur."]), fname="proforma.pdf")
    # Payment receipts quoting the invoice.
    s3 = seller_of(L, 2)
    add(L, "typed-mail", s3, debtor_of(L, 0), "Factuur 2026-211 voldaan",
        "Beste mevrouw Verbeek,\n\nWij hebben uw betaling van %s voor factuur 2026-211 in goede orde ontvangen. "
        "Er staat niets meer open.\n\nMet vriendelijke groet,\nVan Dalen Installatietechniek\n" % m(36300), D(2026, 11, 20),
        why="A payment receipt quoting the invoice it settles.")
    add(L, "moneybird", s3, debtor_of(L, 1), "Bedankt voor uw betaling",
        "Beste Hendriks Vastgoed B.V.,\n\nWe hebben een betaling ontvangen.\n\nFactuurnummer: 2026-198\nBedrag: %s\n"
        "Datum ontvangst: 18-11-2026\nOpenstaand: %s\n\nMet vriendelijke groet,\nVan Dalen Installatietechniek\n"
        % (m(121000), m(0)), D(2026, 11, 18),
        why="A tool's payment receipt: number, amount, nothing open.")
    # Statement of account, the business's own reminder.
    add(L, "excel-pdf", s3, debtor_of(L, 1), "Saldo-overzicht per 30 november",
        "Geachte heer, mevrouw,\n\nIn de bijlage het overzicht van uw openstaande posten per 30 november 2026.\n\n"
        "Met vriendelijke groet,\nAdministratie Van Dalen\n", D(2026, 11, 30),
        why="A statement of account listing invoices already sent.",
        pages=page(s3, "Overzicht openstaande posten", ["Hendriks Vastgoed B.V.", "Postbus 120", "8400 AC Gorredijk"],
                   [("Datum", "30-11-2026"), ("Debiteur", "10233")],
                   [("Factuur", "Openstaand"), ("2026-171 van 12-10-2026", m(48400)), ("2026-198 van 02-11-2026", m(121000))],
                   [("Totaal openstaand", m(169400))], []), fname="saldo.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 2), "Factuur 2026-144",
        "Hoi Tim,\n\nIk zag dat factuur 2026-144 van 14 oktober (%s) nog openstaat. Wil je het bedrag deze week overmaken "
        "op NL%s? Mocht het al onderweg zijn, dan kun je dit bericht negeren.\n\nGroet,\nEva\n"
        % (m(27500), s2["iban"][2:]), D(2026, 11, 19),
        why="The business's own typed reminder of an earlier invoice, under the invoice's subject.")
    add(L, "typed-mail", s, debtor_of(L, 3), "Openstaande factuur 2026-099",
        "Beste penningmeester,\n\nVolgens onze administratie hebben wij voor factuur 2026-099 van 1 oktober nog geen betaling ontvangen. "
        "Het bedrag van %s was op 15 oktober vervallen. Wilt u het alsnog voldoen?\n\nMet vriendelijke groet,\nAdministratie Kooistra\n"
        % m(90750), D(2026, 11, 16),
        why="The business's own reminder: no payment yet for an earlier invoice.")
    # Direct debit, card charge.
    add(L, "typed-mail", s2, debtor_of(L, 0), "Vooraankondiging incasso december",
        "Beste Marloes,\n\nOp of rond 1 december 2026 schrijven wij %s af van je rekening voor je abonnement (december).\n"
        "Machtigingskenmerk: LB-2291\nIncassant-ID: NL98ZZZ612349870000\n\nJe hoeft niets te doen.\n\nStudio Lindeboom\n"
        % m(2995), D(2026, 11, 24),
        why="A direct-debit pre-notification: the business collects the amount itself, nothing is to be transferred.")
    add(L, "saas-mail", s2, debtor_of(L, 2), "Je kaart wordt binnenkort belast",
        "Hoi Tim,\n\nOp 1 december verlengen we je jaarabonnement. We belasten dan %s op je creditcard eindigend op 4421. "
        "Je factuur ontvang je na de betaling.\n\nStudio Lindeboom\n" % m(14900), D(2026, 11, 24),
        why="'Your card will be charged': the invoice comes after the charge.")
    # Credit note announced; forwarded bills; a reply in a thread.
    add(L, "typed-mail", s3, debtor_of(L, 1), "Correctie factuur 2026-198",
        "Geachte heer Hendriks,\n\nU heeft gelijk: op factuur 2026-198 zijn twee uren te veel berekend. Wij sturen u binnenkort een "
        "creditnota van %s.\n\nMet vriendelijke groet,\nVan Dalen\n" % m(19360), D(2026, 11, 21),
        why="A credit-note announcement; the credit note itself is not attached.")
    add(L, "forward", s, debtor_of(L, 0), "Factuur energie november",
        "Hoi,\n\nZie hieronder, wil jij deze betalen?\n\nBegin doorgestuurd bericht:\n\nVan: Greenchoice <facturen@greenchoice.example>\n"
        "Onderwerp: Je factuur van november\nDatum: 20 november 2026\n\nFactuurnummer: 880122341\nTe betalen: %s\n"
        "Wij schrijven het bedrag rond 28 november af.\n" % m(18412), D(2026, 11, 21),
        why="A supplier's bill to the business, forwarded (Apple Mail's 'Begin doorgestuurd bericht').")
    add(L, "forward", s3, debtor_of(L, 3), "Doorgestuurd: Factuur KPN 2026-11",
        "Ter info voor de boekhouding.\n\nFactuur KPN november\nFactuurnummer: 7001234455\nBedrag: %s\n"
        % m(8950), D(2026, 11, 22),
        why="A supplier's bill forwarded to the bookkeeper (Doorgestuurd:).")
    add(L, "typed-mail", s2, debtor_of(L, 2), "Re: Factuur 2026-144",
        "Hoi Tim,\n\nGeen probleem, het bedrag van %s mag je ook in twee keer betalen: de helft nu, de rest in december.\n\n"
        "Groet,\nEva\n\nOp 20 nov. 2026 schreef Tim de Boer:\n> Kan ik de factuur in delen betalen?\n" % m(27500), D(2026, 11, 20),
        why="A reply in a thread about an invoice: it quotes number and amount, issues nothing.")
    add(L, "typed-mail", s, debtor_of(L, 1), "Antw: factuur 2026-171",
        "Geachte heer Hendriks,\n\nDe factuur 2026-171 van %s betreft het meerwerk aan de dakgoot, zoals besproken op 3 oktober. "
        "De specificatie staat op pagina 2 van de factuur.\n\nMet vriendelijke groet,\nSjoerd Kooistra\n" % m(48400), D(2026, 11, 13),
        why="An answer to a question about an invoice, in the thread.")
    # Price change, delivery note, timesheet, cancellation, refund, payment link, tax, renewal.
    add(L, "typed-mail", s3, debtor_of(L, 3), "Onze tarieven per 1 januari 2027",
        "Beste relatie,\n\nPer 1 januari 2027 wijzigt ons uurtarief van %s naar %s excl. btw. Het voorrijtarief blijft %s.\n\n"
        "Met vriendelijke groet,\nVan Dalen Installatietechniek\n" % (m(6800), m(7200), m(3500)), D(2026, 11, 25),
        why="A price change letter; nothing is owed.")
    add(L, "word-pdf", s, debtor_of(L, 1), "Levering materialen project Breedstraat",
        "Geachte heer Hendriks,\n\nVandaag zijn de materialen geleverd. In de bijlage de afleverbon. De factuur volgt.\n\n"
        "Met vriendelijke groet,\nKooistra\n", D(2026, 11, 26),
        why="A delivery note; the invoice follows.",
        pages=page(s, "Afleverbon", ["Hendriks Vastgoed B.V.", "Breedstraat 80", "8401 EF Gorredijk"],
                   [("Bonnummer", "AB-2026-311"), ("Datum", "26-11-2026")],
                   [("Artikel", "Aantal"), ("Gipsplaat 12,5 mm", "40"), ("Stelkozijn", "6")], [], []), fname="afleverbon.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Uren november ter akkoord",
        "Beste penningmeester,\n\nHierbij de uren van november: 22,5 uur à %s, samen %s excl. btw. "
        "Na je akkoord stuur ik de factuur.\n\nGroet,\nEva\n" % (m(7500), m(168750)), D(2026, 11, 30),
        why="A timesheet for approval; the invoice follows after approval.")
    add(L, "typed-mail", s2, debtor_of(L, 0), "Annulering workshop 14 januari",
        "Beste Marloes,\n\nJe annulering voor de workshop van 14 januari is verwerkt. Omdat je meer dan 14 dagen van tevoren "
        "annuleert, zijn er geen kosten. Het betaalde bedrag van %s storten we binnen 5 werkdagen terug.\n\nEva\n" % m(4500),
        D(2026, 11, 27), why="A cancellation with a refund; nothing is owed.")
    add(L, "shop-mail", s2, debtor_of(L, 2), "Je retour is verwerkt",
        "Hoi Tim,\n\nWe hebben je retour ontvangen. We hebben %s teruggestort op je rekening; het kan 3 werkdagen duren "
        "voordat je het ziet.\n\nStudio Lindeboom\n" % m(5990), D(2026, 11, 28),
        why="A refund confirmation: money goes back to the customer.")
    add(L, "payment-link", s2, debtor_of(L, 0), "Betaalverzoek van Studio Lindeboom",
        "Hoi Marloes,\n\nEva Lindeboom vraagt je %s te betalen voor 'Workshop keramiek 7 december'.\n\n"
        "Betaal via Tikkie: https://tikkie.me/pay/Lindeboom/3f8a2c\nDit verzoek is geldig tot 14 december 2026.\n" % m(4500),
        D(2026, 11, 30), why="A payment link (Tikkie); no invoice document is issued.")
    add(L, "forward", s3, debtor_of(L, 3), "Fwd: Aanslag inkomstenbelasting 2025",
        "Ter info. Kun je deze controleren?\n\n---------- Forwarded message ---------\nVan: Belastingdienst\n\n"
        "Aanslagnummer: 1234.56.789.H.56\nTe betalen: %s\nUiterste betaaldatum: 31-01-2027\n" % m(341200), D(2026, 11, 29),
        why="A tax assessment forwarded to the adviser: the authority's demand on the business.")
    add(L, "typed-mail", s3, debtor_of(L, 1), "Uw onderhoudscontract loopt door",
        "Geachte heer Hendriks,\n\nUw onderhoudscontract voor de cv-installaties loopt op 1 januari 2027 automatisch een jaar door "
        "voor %s per jaar. Wilt u opzeggen, laat het ons dan voor 15 december weten.\n\nVan Dalen\n" % m(42350),
        D(2026, 11, 24), why="A contract renewal notice; the invoice comes later.")


# ---------------------------------------------------------------- non-invoices, English

def non_en():
    L = "en"
    m = MONEY[L]
    s, s2, s3 = seller_of(L, 0), seller_of(L, 1), seller_of(L, 2)
    add(L, "typed-mail", s, debtor_of(L, 1), "Proposal for the spring campaign",
        "Hi Tom,\n\nThanks for the brief. Our proposal:\n\nQuote number: Q-2026-118\nTotal: %s + VAT\nValid until: 31 December 2026\n\n"
        "If you're happy, reply to accept and we'll book the shoot.\n\nBest,\nNina\nHarbour Lane Studio Ltd\n" % m(480000),
        D(2026, 11, 4), why="A quote with number, total and validity date.")
    add(L, "word-pdf", s, debtor_of(L, 0), "Your kitchen photos - our price",
        "Dear Sarah,\n\nPlease find our estimate attached. It is valid for 30 days.\n\nKind regards,\nNina\n", D(2026, 11, 6),
        why="An estimate in a PDF; the subject does not name it.",
        pages=page(s, "ESTIMATE", ["Sarah Whitfield", "8 Elm Row", "Bath BA1 5HT"],
                   [("Estimate no.", "E-2026-041"), ("Date", "6 November 2026"), ("Valid until", "6 December 2026")],
                   [("Description", "Amount"), ("Interior shoot, half day", m(65000))],
                   [("Subtotal", m(65000)), ("VAT 20%", m(13000)), ("Total", m(78000))], []), fname="estimate.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 1), "Your event on 12 December is booked",
        "Hi Tom,\n\nGreat news, your Christmas lunch is confirmed.\n\nGuests: 40\nMenu: 3 courses at %s per head\nTotal: %s\n\n"
        "We'll send the invoice after the event.\n\nPinewood Catering\n" % (m(3250), m(130000)), D(2026, 11, 10),
        why="A booking confirmation with a total; the invoice follows the event.")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Order confirmation - platters for 5 December",
        "Dear Brightwater team,\n\nThank you for your order.\n\nOrder ref: PC-7721\n4 x sandwich platter  %s\nDelivery  %s\n"
        "Order total: %s\n\nPayment is taken on delivery.\n\nPinewood Catering\n" % (m(18000), m(1500), m(19500)), D(2026, 11, 28),
        why="An order confirmation with a total.")
    add(L, "word-pdf", s3, debtor_of(L, 1), "Hardware for the new office - payment in advance",
        "Hi Tom,\n\nAttached is the proforma invoice for the laptops. Once payment is in we'll place the order; the VAT invoice follows on delivery.\n\n"
        "Regards,\nNorthgate IT Services\n", D(2026, 11, 12), why="A pro-forma invoice for payment in advance.",
        pages=page(s3, "PROFORMA INVOICE", ["Copperfield Events Ltd", "22 King Street", "Manchester M2 4LQ"],
                   [("Number", "PF-0091"), ("Date", "12 November 2026")],
                   [("Description", "Amount"), ("Laptop 14\", 5 units", "€6,250.00")],
                   [("Total", "€6,250.00")], ["This is not a VAT invoice."]), fname="proforma.pdf")
    add(L, "quickbooks", s, debtor_of(L, 0), "Payment received - thank you",
        "Dear Sarah,\n\nWe've received your payment of %s for invoice INV-2026-077. Your balance is now %s.\n\n"
        "Harbour Lane Studio Ltd\n" % (m(78000), m(0)), D(2026, 11, 20), why="A payment receipt quoting the invoice.")
    add(L, "stripe", s3, debtor_of(L, 3), "Your receipt from Northgate IT Services [#2291-4410]",
        "Receipt from Northgate IT Services\n\nAmount paid: %s\nDate paid: 18 November 2026\nPayment method: Visa - 4242\n\n"
        "Invoice number: NIT-2026-0412\n" % m(29900), D(2026, 11, 18), why="A card receipt for a payment already made.")
    add(L, "xero", s, debtor_of(L, 1), "Statement from Harbour Lane Studio Ltd",
        "Hi Tom,\n\nHere's your statement as at 30 November 2026.\n\nINV-2026-061  2 Oct 2026  %s\nINV-2026-080  3 Nov 2026  %s\n"
        "Balance due: %s\n\nThanks,\nHarbour Lane Studio Ltd\n" % (m(120000), m(96000), m(216000)), D(2026, 11, 30),
        why="A statement of account listing invoices already sent.")
    add(L, "typed-mail", s2, debtor_of(L, 2), "Invoice PC-2026-088",
        "Hi James,\n\nJust a gentle nudge: invoice PC-2026-088 for %s was due on 15 November and I can't see a payment yet. "
        "Could you have a look?\n\nThanks,\nMegan\nPinewood Catering\n" % m(54000), D(2026, 11, 22),
        why="The business's own reminder of an earlier invoice, under the invoice's subject.")
    add(L, "typed-mail", s3, debtor_of(L, 3), "Direct Debit advance notice",
        "Dear customer,\n\nThis is to let you know that %s will be collected by Direct Debit from your account on or after "
        "1 December 2026 for your support plan (December).\nMandate reference: NIT-DD-0193\n\nNorthgate IT Services\n" % m(24000),
        D(2026, 11, 24), why="A direct-debit advance notice; nothing to transfer.")
    add(L, "saas-mail", s3, debtor_of(L, 2), "Your card will be charged on 1 December",
        "Hi James,\n\nYour annual backup plan renews on 1 December 2026. We'll charge %s to the card ending 1881. "
        "You'll receive your invoice once the payment has gone through.\n\nNorthgate IT Services\n" % m(9900), D(2026, 11, 24),
        why="'Your card will be charged': the invoice follows the charge.")
    add(L, "typed-mail", s, debtor_of(L, 1), "About invoice INV-2026-080",
        "Hi Tom,\n\nYou're right, the second shoot day was cancelled. We'll send you a credit note for %s this week.\n\nNina\n" % m(48000),
        D(2026, 11, 21), why="A credit-note announcement.")
    add(L, "forward", s2, debtor_of(L, 3), "FW: Your British Gas bill",
        "Can you pay this one from the business account?\n\nFrom: British Gas <bills@britishgas.example>\nSent: 19 November 2026\n"
        "Subject: Your British Gas bill\n\nAmount due: %s\nDue date: 3 December 2026\n" % m(31245), D(2026, 11, 20),
        why="A supplier's bill forwarded (FW:).")
    add(L, "forward", s, debtor_of(L, 1), "Hosting invoice - for the books",
        "For the books.\n\n---------- Forwarded message ---------\nFrom: CloudHost <billing@cloudhost.example>\n\n"
        "Invoice CH-99812\nTotal due: %s\n" % m(4800), D(2026, 11, 23),
        why="A supplier's invoice forwarded without a prefix, marked in the body.")
    add(L, "typed-mail", s, debtor_of(L, 1), "RE: Invoice INV-2026-080",
        "Hi Tom,\n\nThe %s covers both shoot days and the edit, as in the quote. Happy to split it into two payments if that helps.\n\n"
        "Nina\n\n-----Original Message-----\nFrom: Tom Hale\nSent: 20 November 2026\nSubject: Invoice INV-2026-080\n\nWhat does this cover?\n"
        % m(96000), D(2026, 11, 20), why="A reply in a thread about an invoice.")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Our 2027 menu prices",
        "Dear Brightwater team,\n\nFrom 1 January 2027 our lunch platter goes from %s to %s. Nothing changes for orders placed before then.\n\n"
        "Pinewood Catering\n" % (m(4500), m(4800)), D(2026, 11, 25), why="A price change; nothing is owed.")
    add(L, "typed-mail", s3, debtor_of(L, 1), "Timesheet November for approval",
        "Hi Tom,\n\nHours for November: 31.5 at %s = %s. Once you approve, I'll raise the invoice.\n\nDaniel\n" % (m(6500), m(204750)),
        D(2026, 11, 30), why="A timesheet for approval.")
    add(L, "typed-mail", s2, debtor_of(L, 0), "Cancellation confirmed - 12 December",
        "Dear Sarah,\n\nWe've cancelled your booking for 12 December. Your deposit of %s will be refunded to your card within 5 working days.\n\n"
        "Pinewood Catering\n" % m(10000), D(2026, 11, 26), why="A cancellation with a refund.")
    add(L, "payment-link", s, debtor_of(L, 0), "Request for payment from Harbour Lane Studio",
        "Harbour Lane Studio Ltd has requested %s for 'Portrait session, 29 November'.\n\nPay now: https://pay.example/r/hls-77a1\n" % m(15000),
        D(2026, 11, 29), why="A payment link from a payment platform; no invoice document.")
    add(L, "typed-mail", s3, debtor_of(L, 3), "Your support contract renews on 1 January",
        "Dear Brightwater team,\n\nYour support contract renews automatically on 1 January 2027 at %s a year. To cancel, reply before 15 December.\n\n"
        "Northgate IT Services\n" % m(288000), D(2026, 11, 24), why="A contract renewal notice.")


# ---------------------------------------------------------------- non-invoices, German

def non_de():
    L = "de"
    m = MONEY[L]
    s, s2, s3 = seller_of(L, 0), seller_of(L, 1), seller_of(L, 2)
    add(L, "typed-mail", s, debtor_of(L, 0), "Ihre Anfrage: Einbauschrank Dachgeschoss",
        "Sehr geehrte Frau Becker,\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:\n\nAngebotsnummer: AN-2026-0231\n"
        "Einbauschrank Eiche, 2,40 m: %s\nGesamt inkl. 19 %% MwSt.: %s\nGültig bis: 31.12.2026\n\nMit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n"
        % (m(310000), m(368900)), D(2026, 11, 5), why="A quote (Angebot) with number, total and validity.")
    add(L, "word-pdf", s2, debtor_of(L, 3), "Ihr neues Praxislogo",
        "Sehr geehrter Herr Dr. Lang,\n\nanbei unser Kostenvoranschlag für das neue Logo und die Geschäftsausstattung.\n\n"
        "Mit freundlichen Grüßen\nGrafikbüro Sommer\n", D(2026, 11, 7), why="A cost estimate in a PDF.",
        pages=page(s2, "Kostenvoranschlag", ["Praxis Dr. Lang", "Ringstraße 4", "50996 Köln"],
                   [("Nummer", "KV-2026-019"), ("Datum", "07.11.2026")],
                   [("Leistung", "Betrag"), ("Logo, 3 Entwürfe", m(120000))],
                   [("Netto", m(120000)), ("USt. 19 %", m(22800)), ("Gesamt", m(142800))], []), fname="kv.pdf")
    add(L, "word-pdf", s, debtor_of(L, 1), "Ihr Auftrag vom 02.11.2026",
        "Sehr geehrte Damen und Herren,\n\nanbei die Bestätigung Ihres Auftrags. Die Rechnung erhalten Sie nach Lieferung.\n\n"
        "Mit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n", D(2026, 11, 3), why="An order confirmation in a PDF.",
        pages=page(s, "Auftragsbestätigung", ["Müller & Sohn Bau GmbH", "Industriestraße 5", "79108 Freiburg"],
                   [("Auftrag", "AB-2026-0412"), ("Datum", "03.11.2026")],
                   [("Position", "Betrag"), ("Innentüren, 8 Stück", m(560000))],
                   [("Netto", m(560000)), ("USt. 19 %", m(106400)), ("Gesamt", m(666400))], []), fname="ab.pdf")
    add(L, "typed-mail", s3, debtor_of(L, 2), "Ihre Bestellung 55120 ist eingegangen",
        "Hallo Herr Krause,\n\nvielen Dank für Ihre Bestellung.\n\nBestellnummer: 55120\nLED-Panel 60x60, 4 Stück: %s\nGesamtsumme: %s\n\n"
        "Die Zahlung ist per PayPal erfolgt.\n\nElektro Hartmann\n" % (m(23960), m(23960)), D(2026, 11, 9),
        why="An order confirmation, paid by PayPal.")
    add(L, "word-pdf", s, debtor_of(L, 1), "Vorauskasse Treppe Projekt Lindenhof",
        "Sehr geehrte Damen und Herren,\n\nanbei die Proformarechnung zur Vorauskasse. Die Rechnung folgt mit der Montage.\n\n"
        "Mit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n", D(2026, 11, 10), why="A pro-forma for payment in advance.",
        pages=page(s, "Proformarechnung", ["Müller & Sohn Bau GmbH", "Industriestraße 5", "79108 Freiburg"],
                   [("Nummer", "PR-2026-007"), ("Datum", "10.11.2026")],
                   [("Position", "Betrag"), ("Treppe Eiche", m(890000))],
                   [("Gesamt", m(1059100))], []), fname="proforma.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Zahlungseingang Rechnung 2026-118",
        "Sehr geehrter Herr Dr. Lang,\n\nvielen Dank, Ihre Zahlung über %s zur Rechnung 2026-118 ist bei uns eingegangen.\n\n"
        "Mit freundlichen Grüßen\nGrafikbüro Sommer\n" % m(142800), D(2026, 11, 19), why="A payment receipt quoting the invoice.")
    add(L, "typed-mail", s3, debtor_of(L, 0), "Rechnung 2026-0877 beglichen",
        "Hallo Frau Becker,\n\nwir bestätigen den Eingang von %s. Die Rechnung 2026-0877 ist damit vollständig bezahlt.\n\n"
        "Elektro Hartmann\n" % m(41650), D(2026, 11, 20), why="A payment confirmation.")
    add(L, "lexoffice", s, debtor_of(L, 1), "Kontoauszug November 2026",
        "Sehr geehrte Damen und Herren,\n\nanbei Ihr Kontoauszug mit den offenen Posten zum 30.11.2026.\n\nSchreinerei Albrecht GmbH\n",
        D(2026, 11, 30), why="A statement of account.",
        pages=page(s, "Offene Posten", ["Müller & Sohn Bau GmbH", "Industriestraße 5", "79108 Freiburg"],
                   [("Stand", "30.11.2026")],
                   [("Rechnung", "Offen"), ("2026-0301 vom 01.10.2026", m(238000)), ("2026-0344 vom 02.11.2026", m(666400))],
                   [("Summe offen", m(904400))], []), fname="op.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Rechnung 2026-131",
        "Sehr geehrter Herr Dr. Lang,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung 2026-131 über %s war am "
        "15.11.2026 fällig. Bitte überweisen Sie den Betrag in den nächsten Tagen.\n\nMit freundlichen Grüßen\nGrafikbüro Sommer\n" % m(59500),
        D(2026, 11, 23), why="The business's own reminder under the invoice's subject.")
    add(L, "typed-mail", s3, debtor_of(L, 2), "Vorabankündigung SEPA-Lastschrift",
        "Hallo Herr Krause,\n\nwir ziehen den Betrag von %s für Ihren Wartungsvertrag am 01.12.2026 per SEPA-Lastschrift von Ihrem Konto ein.\n"
        "Mandatsreferenz: EH-2291\nGläubiger-ID: DE98ZZZ09999999999\n\nElektro Hartmann\n" % m(8900), D(2026, 11, 24),
        why="A direct-debit pre-notification.")
    add(L, "saas-mail", s2, debtor_of(L, 0), "Ihre Kreditkarte wird am 01.12. belastet",
        "Hallo Frau Becker,\n\nIhr Jahresabo verlängert sich am 01.12.2026. Wir belasten dann %s auf Ihrer Kreditkarte. "
        "Die Rechnung senden wir Ihnen nach der Abbuchung.\n\nGrafikbüro Sommer\n" % m(11900), D(2026, 11, 24),
        why="'Your card will be charged'.")
    add(L, "typed-mail", s, debtor_of(L, 1), "Ihre Reklamation zu Rechnung 2026-0344",
        "Sehr geehrte Damen und Herren,\n\nSie haben recht, zwei Türen wurden doppelt berechnet. Sie erhalten von uns eine Gutschrift "
        "über %s.\n\nMit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n" % m(140000), D(2026, 11, 25),
        why="A credit-note announcement.")
    add(L, "forward", s2, debtor_of(L, 3), "WG: Ihre Telekom Rechnung November 2026",
        "Zur Info / bitte bezahlen.\n\nVon: Telekom <rechnung@telekom.example>\nGesendet: 20.11.2026\n\nRechnungsbetrag: %s\n"
        "Der Betrag wird am 27.11.2026 abgebucht.\n" % m(5995), D(2026, 11, 21), why="A supplier's bill forwarded (WG:).")
    add(L, "forward", s3, debtor_of(L, 2), "Rechnung Stadtwerke - bitte prüfen",
        "Hallo,\n\nkannst du die mal prüfen?\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Stadtwerke Erfurt\nBetreff: Ihre Jahresrechnung\n\n"
        "Rechnungsnummer: 4455120\nNachzahlung: %s\n" % m(21870), D(2026, 11, 22),
        why="A supplier's bill forwarded (Apple Mail's 'Anfang der weitergeleiteten Nachricht').")
    add(L, "typed-mail", s, debtor_of(L, 0), "AW: Rechnung 2026-0877",
        "Sehr geehrte Frau Becker,\n\nder Betrag von %s setzt sich aus Material und Montage zusammen, wie im Angebot. "
        "Eine Ratenzahlung ist leider nicht möglich.\n\nMit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n" % m(41650),
        D(2026, 11, 19), why="A reply in a thread about an invoice.")
    add(L, "typed-mail", s3, debtor_of(L, 1), "Neue Stundensätze ab 2027",
        "Sehr geehrte Damen und Herren,\n\nab dem 01.01.2027 berechnen wir %s statt %s je Monteurstunde.\n\nElektro Hartmann\n"
        % (m(7400), m(6900)), D(2026, 11, 25), why="A price change.")
    add(L, "word-pdf", s, debtor_of(L, 1), "Lieferung Innentüren",
        "Sehr geehrte Damen und Herren,\n\nanbei der Lieferschein zur heutigen Lieferung. Die Rechnung folgt separat.\n\n"
        "Schreinerei Albrecht GmbH\n", D(2026, 11, 26), why="A delivery note.",
        pages=page(s, "Lieferschein", ["Müller & Sohn Bau GmbH", "Industriestraße 5", "79108 Freiburg"],
                   [("Lieferschein-Nr.", "LS-2026-077"), ("Datum", "26.11.2026")],
                   [("Artikel", "Menge"), ("Innentür Eiche", "8")], [], []), fname="lieferschein.pdf")
    add(L, "typed-mail", s2, debtor_of(L, 3), "Stunden November zur Freigabe",
        "Sehr geehrter Herr Dr. Lang,\n\nim November habe ich 14 Stunden à %s für Sie gearbeitet (%s netto). "
        "Nach Ihrer Freigabe schreibe ich die Rechnung.\n\nGrafikbüro Sommer\n" % (m(8500), m(119000)), D(2026, 11, 30),
        why="A timesheet for approval.")
    add(L, "typed-mail", s3, debtor_of(L, 2), "Stornierung Ihres Auftrags 55120",
        "Hallo Herr Krause,\n\nwie gewünscht haben wir Ihren Auftrag storniert. Den bereits gezahlten Betrag von %s erstatten wir "
        "Ihnen auf Ihr Konto.\n\nElektro Hartmann\n" % m(23960), D(2026, 11, 12), why="A cancellation with a refund.")
    add(L, "forward", s2, debtor_of(L, 3), "WG: Gewerbesteuerbescheid 2025",
        "Zur Prüfung.\n\nNachzahlung laut Bescheid: %s, fällig am 15.12.2026.\n" % m(184000), D(2026, 11, 28),
        why="A tax assessment forwarded to the adviser.")
    add(L, "typed-mail", s3, debtor_of(L, 1), "Verlängerung Ihres Wartungsvertrags",
        "Sehr geehrte Damen und Herren,\n\nIhr Wartungsvertrag verlängert sich zum 01.01.2027 um ein Jahr zu %s netto.\n\nElektro Hartmann\n"
        % m(96000), D(2026, 11, 24), why="A contract renewal notice.")


# ---------------------------------------------------------------- invoices with the same words

def invoice(lang, tool, s, debtor, subject, body, d, number, total, term, due_cents=None, pages=None, fname=None,
            reference=None, name=None, note=None):
    deb_name, mail, business = debtor
    exp = mk.expected(number, due_cents if due_cents is not None else total, total, d, d + datetime.timedelta(days=term),
                      name or deb_name, mail, s["iban"], business, lang, reference, CUR[lang] if s["country"] != "IE" else "EUR")
    add(lang, tool, s, debtor, subject, body, d, expected=exp, pages=pages, fname=fname, note=note)


def inv_page(lang, s, debtor, number, d, term, rows, net, vat, total, extra_meta=(), extra_rows=(), due=None, outro=()):
    m = MONEY[lang]
    lab = {"nl": ("FACTUUR", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Subtotaal", "Btw 21%", "Totaal", "Te betalen"),
           "en": ("INVOICE", "Invoice number", "Invoice date", "Due date", "Subtotal", "VAT 20%", "Total", "Amount due"),
           "de": ("RECHNUNG", "Rechnungsnummer", "Rechnungsdatum", "Fällig am", "Netto", "USt. 19 %", "Gesamt", "Zahlbetrag")}[lang]
    ds = {"nl": "dmy-", "en": "long", "de": "dmy."}[lang]
    meta = [(lab[1], number), (lab[2], mk.date(d, ds, lang)), (lab[3], mk.date(d + datetime.timedelta(days=term), ds, lang))]
    tots = [(lab[4], m(net)), (lab[5], m(vat)), (lab[6], m(total))] + list(extra_rows) + [(lab[7], m(due if due is not None else total))]
    block = [debtor[0], "Kerkstraat 1" if lang == "nl" else ("1 High Street" if lang == "en" else "Hauptstraße 1"),
             "1234 AB Ergens" if lang == "nl" else ("London N1 1AA" if lang == "en" else "10115 Berlin")]
    return page(s, lab[0], block, meta + list(extra_meta), [("Omschrijving" if lang == "nl" else ("Description" if lang == "en" else "Leistung"),
                                                             "Bedrag" if lang == "nl" else ("Amount" if lang == "en" else "Betrag"))] + rows,
                tots, list(outro) + ["IBAN " + mk.iban_spaced(s["iban"])])


def invoices():
    # Dutch
    L, m = "nl", MONEY["nl"]
    s = seller_of(L, 0)
    deb = debtor_of(L, 1)
    invoice(L, "word-pdf", s, deb, "Factuur 2026-120 dakkapel (offerte OF-2026-0091)",
            "Geachte heer Hendriks,\n\nHierbij de factuur voor de dakkapel, volgens onze offerte OF-2026-0091.\n\nMet vriendelijke groet,\nKooistra\n",
            D(2026, 11, 20), "2026-120", 943800, 30, pages=inv_page(L, s, deb, "2026-120", D(2026, 11, 20), 30,
                                                                 [("Dakkapel volgens offerte", m(780000))], 780000, 163800, 943800,
                                                                 extra_meta=[("Offertenummer", "OF-2026-0091")]), fname="factuur-2026-120.pdf")
    s2 = seller_of(L, 1)
    deb = debtor_of(L, 2)
    invoice(L, "typed-mail", s2, deb, "Factuur 2026-151",
            "Hoi Tim,\n\nHierbij de factuur voor de posters uit de offerte van vorige week (offertenummer OF-2026-0077).\n\n"
            "Factuur 2026-151\nDatum: 19-11-2026\nAan: Tim de Boer\n\n3x Poster A2   %s\nTotaal: %s (incl. 21%% btw)\n\n"
            "Graag binnen 14 dagen overmaken op %s t.n.v. Studio Lindeboom.\n\nGroet,\nEva\n" % (m(17970), m(17970), mk.iban_spaced(s2["iban"])),
            D(2026, 11, 19), "2026-151", 17970, 14)
    s3 = seller_of(L, 2)
    deb = debtor_of(L, 3)
    invoice(L, "word-pdf", s3, deb, "Factuur 2026-230 onderhoud cv",
            "Beste penningmeester,\n\nIn de bijlage de factuur voor het jaarlijkse onderhoud. Het bedrag wordt niet automatisch geïncasseerd; "
            "wilt u het overmaken?\n\nMet vriendelijke groet,\nVan Dalen\n", D(2026, 11, 23), "2026-230", 42350, 14,
            pages=inv_page(L, s3, deb, "2026-230", D(2026, 11, 23), 14, [("Onderhoud cv-installatie", m(35000))], 35000, 7350, 42350),
            fname="factuur.pdf")
    deb = debtor_of(L, 0)
    invoice(L, "typed-mail", s2, deb, "Re: workshop keramiek - factuur",
            "Hoi Marloes,\n\nZoals beloofd de factuur:\n\nFactuurnummer: 2026-160\nFactuurdatum: 24-11-2026\n"
            "Workshop keramiek 7 december   %s\nTotaal: %s\n\nGraag binnen 14 dagen overmaken op %s.\n\nGroet,\nEva\n"
            % (m(4500), m(4500), mk.iban_spaced(s2["iban"])), D(2026, 11, 24), "2026-160", 4500, 14,
            note="An invoice sent in a reply: it states its number and amount.")
    deb = debtor_of(L, 1)
    invoice(L, "word-pdf", s, deb, "Factuur 2026-133 (aanbetaling ontvangen)",
            "Geachte heer Hendriks,\n\nHierbij de eindfactuur. De aanbetaling hebben wij in mindering gebracht.\n\nKooistra\n",
            D(2026, 11, 27), "2026-133", 774400, 14, due_cents=774400 - 232320,
            pages=inv_page(L, s, deb, "2026-133", D(2026, 11, 27), 14, [("Kozijnen hardhout, 6 stuks", m(640000))], 640000, 134400,
                           774400, extra_rows=[("Aanbetaling ontvangen", "- " + m(232320))], due=774400 - 232320), fname="eindfactuur.pdf")
    invoice(L, "typed-mail", s3, debtor_of(L, 0), "Factuur 2026-241 na prijsaanpassing",
            "Beste mevrouw Verbeek,\n\nHierbij de factuur voor de storing van 20 november, met het nieuwe uurtarief.\n\n"
            "Factuurnummer: 2026-241\nFactuurdatum: 25-11-2026\nArbeid 2 uur à %s   %s\nVoorrijkosten   %s\nTotaal incl. btw: %s\n\n"
            "Te voldoen binnen 14 dagen op %s.\n\nVan Dalen Installatietechniek\n"
            % (m(7200), m(14400), m(3500), m(21659), mk.iban_spaced(s3["iban"])), D(2026, 11, 25), "2026-241", 21659, 14)
    deb = debtor_of(L, 1)
    invoice(L, "word-pdf", s, deb, "Factuur 2026-250 bij afleverbon AB-2026-311",
            "Geachte heer Hendriks,\n\nHierbij de factuur voor de materialen van afleverbon AB-2026-311.\n\nKooistra\n",
            D(2026, 11, 30), "2026-250", 197230, 30,
            pages=inv_page(L, s, deb, "2026-250", D(2026, 11, 30), 30, [("Materialen volgens afleverbon AB-2026-311", m(163000))],
                           163000, 34230, 197230, extra_meta=[("Afleverbon", "AB-2026-311")]), fname="factuur-2026-250.pdf")
    # English
    L, m = "en", MONEY["en"]
    s, s2, s3 = seller_of(L, 0), seller_of(L, 1), seller_of(L, 2)
    deb = debtor_of(L, 1)
    invoice(L, "stripe", s, deb, "Invoice INV-2026-0231 from Harbour Lane Studio Ltd",
            "Harbour Lane Studio Ltd\n\nInvoice INV-2026-0231\nAmount due: %s\nDue: 20 December 2026\nInvoice date: 20 November 2026\n\n"
            "Pay online: https://invoice.example/i/hls-0231\nDownload invoice | Download receipt\n\n"
            "Bill to: Copperfield Events Ltd\nPay by bank transfer: %s\n\nQuestions? Reply to this email.\n"
            % (m(576000), mk.iban_spaced(s["iban"])), D(2026, 11, 20), "INV-2026-0231", 576000, 30,
            note="A Stripe-style invoice that is due, with a 'Download receipt' link.")
    deb = debtor_of(L, 3)
    invoice(L, "word-pdf", s2, deb, "Invoice PC-2026-101 - your order PC-7721",
            "Dear Brightwater team,\n\nPlease find attached the invoice for the platters delivered on 5 December (order confirmation PC-7721).\n\n"
            "Pinewood Catering\n", D(2026, 12, 5), "PC-2026-101", 23400, 14,
            pages=inv_page(L, s2, deb, "PC-2026-101", D(2026, 12, 5), 14, [("Sandwich platters, order PC-7721", m(19500))], 19500, 3900, 23400,
                           extra_meta=[("Order confirmation", "PC-7721")]), fname="PC-2026-101.pdf")
    deb = debtor_of(L, 2)
    invoice(L, "typed-mail", s3, deb, "RE: backup plan - invoice",
            "Hi James,\n\nAs discussed, here is the invoice.\n\nInvoice number: NIT-2026-0455\nInvoice date: 26 November 2026\n"
            "Backup plan, 12 months: €99.00\nAmount due: €99.00\nDue: 10 December 2026\n\nIBAN %s\n\nNorthgate IT Services\n"
            % mk.iban_spaced(s3["iban"]), D(2026, 11, 26), "NIT-2026-0455", 9900, 14, note="An invoice in a reply.")
    deb = debtor_of(L, 1)
    invoice(L, "xero", s, deb, "Invoice INV-2026-0240 (quote Q-2026-118 accepted)",
            "Hi Tom,\n\nThanks for accepting quote Q-2026-118. Here's invoice INV-2026-0240 for %s, due 28 December 2026.\n\n"
            "Nina\n" % m(576000), D(2026, 11, 28), "INV-2026-0240", 576000, 30,
            pages=inv_page(L, s, deb, "INV-2026-0240", D(2026, 11, 28), 30, [("Spring campaign shoot (quote Q-2026-118)", m(480000))],
                           480000, 96000, 576000, extra_meta=[("Quote", "Q-2026-118")]), fname="INV-2026-0240.pdf")
    deb = debtor_of(L, 0)
    invoice(L, "typed-mail", s2, deb, "Invoice PC-2026-104 - balance after deposit",
            "Dear Sarah,\n\nThank you for the deposit of %s, which we received on 1 December. Here is the final invoice.\n\n"
            "Invoice PC-2026-104\nDate: 13 December 2026\nChristmas lunch, 12 guests   %s\nTotal   %s\nDeposit received   -%s\n"
            "Balance due   %s\n\nPlease pay within 14 days to %s.\n\nPinewood Catering\n"
            % (m(10000), m(39000), m(39000), m(10000), m(29000), mk.iban_spaced(s2["iban"])), D(2026, 12, 13), "PC-2026-104",
            39000, 14, due_cents=29000)
    invoice(L, "typed-mail", s3, debtor_of(L, 3), "Invoice NIT-2026-0460 - direct debit",
            "Dear Brightwater team,\n\nInvoice NIT-2026-0460\nInvoice date: 1 December 2026\nSupport plan, December   €240.00\n"
            "Amount due: €240.00\nDue date: 15 December 2026\n\nPlease pay by bank transfer to %s.\n\nNorthgate IT Services\n"
            % mk.iban_spaced(s3["iban"]), D(2026, 12, 1), "NIT-2026-0460", 24000, 14)
    invoice(L, "typed-mail", s3, debtor_of(L, 1), "Invoice NIT-2026-0470 - November timesheet",
            "Hi Tom,\n\nThanks for approving the timesheet. Here is the invoice.\n\nInvoice number: NIT-2026-0470\n"
            "Invoice date: 2 December 2026\nConsulting, 31.5 hours at €65.00: €2,047.50\nVAT 23%%: €470.93\nTotal due: €2,518.43\n"
            "Payment terms: 30 days\n\nIBAN %s\n\nNorthgate IT Services\n" % mk.iban_spaced(s3["iban"]),
            D(2026, 12, 2), "NIT-2026-0470", 251843, 30)
    # German
    L, m = "de", MONEY["de"]
    s, s2, s3 = seller_of(L, 0), seller_of(L, 1), seller_of(L, 2)
    deb = debtor_of(L, 1)
    invoice(L, "word-pdf", s, deb, "Rechnung 2026-0361",
            "Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung zu Ihrem Auftrag (Auftragsbestätigung vom 03.11.2026).\n\n"
            "Mit freundlichen Grüßen\nSchreinerei Albrecht GmbH\n", D(2026, 11, 27), "2026-0361", 666400, 14,
            pages=inv_page(L, s, deb, "2026-0361", D(2026, 11, 27), 14, [("Innentüren, 8 Stück, lt. Auftragsbestätigung vom 03.11.2026", m(560000))],
                           560000, 106400, 666400, extra_meta=[("Lieferschein", "LS-2026-077")]), fname="Rechnung_2026-0361.pdf")
    deb = debtor_of(L, 3)
    invoice(L, "word-pdf", s2, deb, "Rechnung 2026-140 zum Angebot KV-2026-019",
            "Sehr geehrter Herr Dr. Lang,\n\nvielen Dank für den Auftrag. Anbei die Rechnung zum Kostenvoranschlag KV-2026-019.\n\n"
            "Grafikbüro Sommer\n", D(2026, 11, 24), "2026-140", 142800, 14,
            pages=inv_page(L, s2, deb, "2026-140", D(2026, 11, 24), 14, [("Logo und Geschäftsausstattung", m(120000))], 120000, 22800, 142800,
                           extra_meta=[("Angebot", "KV-2026-019")]), fname="Rechnung_2026-140.pdf")
    deb = debtor_of(L, 0)
    invoice(L, "typed-mail", s3, deb, "Rechnung 2026-0912",
            "Hallo Frau Becker,\n\nanbei die Rechnung für den Einbau der Steckdosen am 25.11.2026.\n\nRechnungsnummer: 2026-0912\n"
            "Rechnungsdatum: 26.11.2026\nArbeitszeit 3 Std. à %s: %s\nMaterial: %s\nGesamt inkl. 19 %% USt.: %s\n\n"
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf %s.\n\nElektro Hartmann\n"
            % (m(6900), m(20700), m(4300), m(29750), mk.iban_spaced(s3["iban"])), D(2026, 11, 26), "2026-0912", 29750, 14)
    deb = debtor_of(L, 2)
    invoice(L, "typed-mail", s3, deb, "AW: Angebot Wallbox - Rechnung",
            "Hallo Herr Krause,\n\nwie besprochen erhalten Sie hiermit die Rechnung für die Wallbox.\n\nRechnungsnummer: 2026-0920\n"
            "Rechnungsdatum: 30.11.2026\nWallbox 11 kW inkl. Montage: %s\nZahlbetrag: %s\nZahlbar bis 14.12.2026 auf %s.\n\nElektro Hartmann\n"
            % (m(149000), m(149000), mk.iban_spaced(s3["iban"])), D(2026, 11, 30), "2026-0920", 149000, 14,
            note="An invoice sent in a reply to the quote's thread.")
    deb = debtor_of(L, 1)
    invoice(L, "lexoffice", s, deb, "Schlussrechnung 2026-0370 Treppe Lindenhof",
            "Sehr geehrte Damen und Herren,\n\nanbei die Schlussrechnung. Ihre Vorauszahlung zur Proformarechnung PR-2026-007 ist berücksichtigt.\n\n"
            "Schreinerei Albrecht GmbH\n", D(2026, 12, 2), "2026-0370", 1059100, 14, due_cents=1059100 - 500000,
            pages=inv_page(L, s, deb, "2026-0370", D(2026, 12, 2), 14, [("Treppe Eiche, Montage", m(890000))], 890000, 169100, 1059100,
                           extra_rows=[("abzgl. Vorauszahlung", "- " + m(500000))], due=1059100 - 500000), fname="Schlussrechnung.pdf")
    invoice(L, "typed-mail", s2, debtor_of(L, 0), "Rechnung 2026-142 (Zahlung per Lastschrift)",
            "Hallo Frau Becker,\n\nRechnungsnummer: 2026-142\nRechnungsdatum: 27.11.2026\nFlyer-Gestaltung: %s\nGesamt: %s\n\n"
            "Bitte überweisen Sie den Betrag bis zum 11.12.2026 auf %s.\n\nGrafikbüro Sommer\n"
            % (m(23800), m(23800), mk.iban_spaced(s2["iban"])), D(2026, 11, 27), "2026-142", 23800, 14)


def contracts():
    """A contract sent to sign, titled as one (issue 8, twelfth round): the rent or the work
    is billed later; a deposit it names is a term of the contract, not an invoice."""
    for lang, title, subject, body, block, meta, rows, outro in (
        ("nl", "HUUROVEREENKOMST", "Huurovereenkomst partytent 12 december",
         "Beste Marloes,\n\nIn de bijlage de huurovereenkomst voor de partytent. Graag getekend retour.\n\nGroet,\nSjoerd\n",
         ["Marloes Verbeek", "Lindelaan 4", "8401 CD Gorredijk"], [("Datum", "02-12-2026"), ("Kenmerk", "HO-26-0412")],
         [("Omschrijving", "Huurprijs"), ("Partytent 6 x 12 m, per dag", "€ 450,00")],
         ["Waarborg: € 300,00, te voldoen vóór 09-12-2026.", "De factuur voor de huur volgt na afloop."]),
        ("en", "HIRE AGREEMENT", "Your hire agreement for 12 December",
         "Hi Tom,\n\nPlease find the hire agreement attached. Sign and return it by Monday.\n\nThanks,\nAlex\n",
         ["Tom Abernethy", "12 Mill Lane", "Bristol BS3 1AA"], [("Date", "2 December 2026"), ("Ref", "HA-26-0871")],
         [("Item", "Hire per day"), ("Marquee 6 x 12 m", "£450.00")],
         ["Security deposit: £300.00, payable by 9 December 2026.", "The hire is invoiced after the event."]),
        ("de", "MIETVERTRAG", "Mietvertrag Festzelt 12. Dezember",
         "Sehr geehrte Frau Becker,\n\nanbei der Mietvertrag zur Unterschrift.\n\nMit freundlichen Grüßen\n",
         ["Anna Becker", "Goethestraße 20", "60313 Frankfurt am Main"], [("Datum", "02.12.2026"), ("Vertrag", "MV-26-0871")],
         [("Mietgegenstand", "Mietpreis/Tag"), ("Festzelt 6 x 12 m", "450,00 €")],
         ["Kaution: 300,00 €, zahlbar bis 09.12.2026.", "Die Rechnung über die Miete erhalten Sie nach Veranstaltungsende."]),
    ):
        s = seller_of(lang, 0)
        add(lang, "word-pdf", s, debtor_of(lang, 0), subject, body, D(2026, 12, 2),
            why="A contract sent to sign, titled as one: the rent is billed later; the deposit is a term of the contract.",
            pages=page(s, title, block, meta, rows, [], outro), fname="contract.pdf")


def main():
    non_nl()
    non_en()
    non_de()
    invoices()
    contracts()
    for k, r in enumerate(RECORDS):
        r["id"] = "inv-ni-%03d" % (k + 1)
    n_inv = sum(1 for r in RECORDS if r["is_invoice"])
    print("%d records: %d invoices, %d not invoices" % (len(RECORDS), n_inv, len(RECORDS) - n_inv))
    mk.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-notinvoice.jsonl"), RECORDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
