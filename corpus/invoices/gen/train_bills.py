"""train_bills: a training split around the life of a bill (issue 8, the bills round): the
invoices a bill becomes over time, and the mails of that world that are not invoices.

Invoices (nl incl. Flemish, en, de): a deposit invoice (voorschotnota, Anzahlungsrechnung,
deposit invoice) with the contract sum printed beside its share; the final invoice that
deducts the deposits (eindfactuur, Schlussrechnung listing the Abschläge, "less deposit
received"); instalment and stage invoices (termijnfactuur 2 van 3, Abschlagsrechnung, stage
payment 40 %, a termly fee); recurring bills with a period (rent with a service-cost advance,
contributie / Mitgliedsbeitrag with a family discount, Hausgeld, a subscription, a pro-rata
first month); a yearly service-cost settlement with a balance to pay; a part already paid
("reeds voldaan", "bereits bezahlt", "less payment received"); a corrected invoice that
replaces an earlier one; credit notes naming the invoice they reduce; an interest and
collection-costs invoice; direct-debit invoices (the due date is the collection date).

Not invoices: the announcement that the annual or final invoice will follow, a payment-plan
confirmation, a statement of account, a rent-increase notice, a settlement with a refund, a
renewal notice, a "your direct debit was successful" receipt, a deposit receipt, a quote
with a deposit schedule, a termination confirmation, a booking confirmation with a payment
schedule, the business's own typed reminder.

Labels follow corpus/invoices/README.md: amount_due_cents after deposits and amounts paid,
amount_total_cents the document's gross total (for an instalment, deposit or stage invoice
its own share: total = due); a settlement's total is the year's costs, its due the balance.

Seeded: run it to write ../train-bills.jsonl; check() finds each label's number, IBAN and
amounts in the text."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import date_in, days, money_in, ogm_drawn  # noqa: E402

SEED = 20261216
rng = random.Random(SEED)
D = datetime.date
DAY = datetime.timedelta(days=1)

SELLERS = {
    "nl": [("Bouwbedrijf Ter Horst", "Industrieweg 31", "7521 PM Enschede", "facturatie@terhorstbouw.nl", "NL"),
           ("Woonstichting Het Anker", "Kerkplein 2", "8011 TB Zwolle", "huur@hetanker-wonen.nl", "NL"),
           ("Zwemvereniging De Dolfijn", "Sportlaan 7", "5611 AB Eindhoven", "penningmeester@zvdedolfijn.nl", "NL")],
    "be": [("Renovatie Claes BV", "Steenweg op Aalst 88", "9300 Aalst", "boekhouding@claesrenovatie.be", "BE"),
           ("Tennisclub Ter Linde", "Lindedreef 3", "8310 Brugge", "secretariaat@tcterlinde.be", "BE")],
    "de": [("Holzbau Reinhardt GmbH", "Sägewerkstraße 14", "87435 Kempten", "rechnung@holzbau-reinhardt.de", "DE"),
           ("Hausverwaltung Lenz & Partner", "Goethestraße 22", "04109 Leipzig", "abrechnung@hv-lenz.de", "DE"),
           ("Turnverein Grünau 1889 e.V.", "Am Sportpark 1", "12527 Berlin", "kasse@tv-gruenau.de", "DE")],
    "en": [("Harrowgate Builders Ltd", "Unit 3, Kiln Lane", "York YO26 4XB", "accounts@harrowgatebuilders.co.uk", "GB"),
           ("Millbrook Property Management", "18 Castle Street", "Norwich NR2 1PE", "lettings@millbrookpm.co.uk", "GB"),
           ("St Brigid's Preschool", "2 Chapel Row", "Bath BA1 1HN", "office@stbrigidspreschool.co.uk", "GB")],
}

# (block lines, label name, business, mailbox)
DEBTORS = {
    "nl": [(["Dhr. en mevr. Kuipers", "Esdoornlaan 9", "7531 KL Enschede"], "Dhr. en mevr. Kuipers", False,
            "fam.kuipers@kpnmail.nl"),
           (["Tandartspraktijk Hengelo B.V.", "t.a.v. crediteurenadministratie", "Marktstraat 12", "7551 DS Hengelo"],
            "Tandartspraktijk Hengelo B.V.", True, "crediteuren@tandartshengelo.nl"),
           (["Mevr. L. Verbeek", "Stadsgracht 4-II", "8011 VE Zwolle"], "L. Verbeek", False, "l.verbeek@ziggo.nl")],
    "be": [(["Dhr. Pieter Claeys", "Kouterstraat 17", "9400 Ninove"], "Pieter Claeys", False,
            "pieter.claeys@telenet.be"),
           (["Apotheek Vermeire BV", "Grote Markt 5", "8000 Brugge"], "Apotheek Vermeire BV", True,
            "administratie@apotheekvermeire.be")],
    "de": [(["Herrn", "Matthias Brandl", "Alpenblick 6", "87439 Kempten"], "Matthias Brandl", False,
            "m.brandl@t-online.de"),
           (["Praxis für Physiotherapie Seidel", "Karl-Liebknecht-Str. 40", "04107 Leipzig"],
            "Praxis für Physiotherapie Seidel", True, "praxis@physio-seidel.de"),
           (["Familie Oswald", "Regattastraße 101", "12527 Berlin"], "Familie Oswald", False, "oswald.familie@gmx.de")],
    "en": [(["Mrs Helen Ashworth", "22 Clifton Green", "York YO30 6AD"], "Helen Ashworth", False,
            "helen.ashworth@btinternet.com"),
           (["Bellfield Veterinary Clinic Ltd", "Accounts Payable", "9 Riverside Way", "Norwich NR1 1SR"],
            "Bellfield Veterinary Clinic Ltd", True, "ap@bellfieldvets.co.uk"),
           (["Mr Tom Okafor", "5 Lansdown Place", "Bath BA1 5EX"], "Tom Okafor", False, "tom.okafor@gmail.com")],
}

TITLES = {"nl": "Factuur", "be": "Factuur", "de": "Rechnung", "en": "Invoice"}
NUM = {"nl": "Factuurnummer", "be": "Factuurnummer", "de": "Rechnungsnummer", "en": "Invoice no."}
DAT = {"nl": "Factuurdatum", "be": "Factuurdatum", "de": "Rechnungsdatum", "en": "Invoice date"}
def money(lang, cents):
    """An English bill is in pounds, the others in euros."""
    return money_in("GBP" if lang == "en" else "EUR", lang, cents)


# A document: head rows (label, value), text lines, amount rows (label, cents, bold), foot
# lines.  {iban} in any line is the seller's IBAN, spaced.

def render_pdf(lang, seller, block, title, rows, lines, amounts, foot, iban_):
    p = mk.Page()
    p.text(56, 58, seller[0], size=15, bold=True)
    p.text(56, 72, "%s · %s" % (seller[1], seller[2]), size=8)
    p.right(540, 58, seller[3], size=8)
    for i, ln in enumerate(block):
        p.text(56, 130 + 13 * i, ln, size=10)
    y = 130
    for lab, val in rows:
        p.text(340, y, lab, size=9)
        p.right(540, y, val, size=9)
        y += 13
    y = max(y, 130 + 13 * len(block)) + 30
    p.text(56, y, title, size=16, bold=True)
    y += 24
    for ln in lines:
        p.text(56, y, ln.format(iban=mk.iban_spaced(iban_)), size=9)
        y += 13
    y += 8
    p.rule(56, y - 10, 540, y - 10)
    for lab, cents, bold in amounts:
        p.text(56, y, lab, size=9, bold=bold)
        p.right(540, y, money(lang, cents) if isinstance(cents, int) else cents, size=9, bold=bold)
        y += 14
    y += 14
    for ln in foot:
        p.text(56, y, ln.format(iban=mk.iban_spaced(iban_)), size=9)
        y += 13
    p.text(56, 805, "%s · %s %s · IBAN %s" % (seller[0], seller[1], seller[2], mk.iban_spaced(iban_)), size=7)
    return [p]


def render_text(lang, seller, block, title, rows, lines, amounts, foot, iban_, greet):
    out = [greet, ""] + [title.upper(), ""]
    out += ["%s: %s" % (lab, val) for lab, val in rows] + [""] + block + [""]
    out += [ln.format(iban=mk.iban_spaced(iban_)) for ln in lines]
    if amounts:
        out.append("")
    for lab, cents, _ in amounts:
        out.append("%-46s %14s" % (lab, money(lang, cents) if isinstance(cents, int) else cents))
    out += [""] + [ln.format(iban=mk.iban_spaced(iban_)) for ln in foot]
    close = {"nl": "Met vriendelijke groet,", "be": "Met vriendelijke groeten,", "de": "Mit freundlichen Grüßen",
             "en": "Kind regards,"}[lang]
    out += ["", close, seller[0], "%s, %s" % (seller[1], seller[2]), "IBAN %s" % mk.iban_spaced(iban_)]
    return "\n".join(out)


GREET = {"nl": "Beste klant,", "be": "Geachte,", "de": "Guten Tag,", "en": "Dear customer,"}
COVER = {"nl": "Beste %s,\n\nIn de bijlage vindt u %s.\n\nMet vriendelijke groet,\n%s",
         "be": "Geachte %s,\n\nIn bijlage vindt u %s.\n\nMet vriendelijke groeten,\n%s",
         "de": "Guten Tag %s,\n\nanbei erhalten Sie %s.\n\nMit freundlichen Grüßen\n%s",
         "en": "Dear %s,\n\nPlease find attached %s.\n\nKind regards,\n%s"}


def vat_rows(lang, net, rate, total_label):
    vat = round(net * rate / 100)
    lab = {"nl": ("Subtotaal excl. btw", "Btw %d%%" % rate), "be": ("Totaal excl. btw", "Btw %d%%" % rate),
           "de": ("Nettobetrag", "zzgl. %d %% USt." % rate), "en": ("Net", "VAT @ %d%%" % rate)}[lang]
    return [(lab[0], net, False), (lab[1], vat, False), (total_label, net + vat, True)], net + vat


# Each scenario: function (lang, issue) -> dict(title, number, rows, lines, amounts, foot, due_cents, total_cents,
# due_date, note, [credit, reference, subject, pdf]) for an invoice, or dict(... why_not=...) for a non-invoice.

def nl_voorschot(lang, issue):
    n = "2026-%04d" % rng.randrange(100, 900)
    som = 1815000
    share = round(som * 30 / 100)
    due = issue + days(14)
    return dict(title="Voorschotnota", number=n, rows=[("Nota nr.", n), ("Datum", date_in(lang, issue)),
                                                       ("Project", "Aanbouw Esdoornlaan 9")],
                lines=["Eerste voorschot volgens aanneemovereenkomst van 02-10-2026.",
                       "Aanneemsom incl. btw: %s" % money(lang, som)],
                amounts=[("Voorschot 30% van de aanneemsom", share, False), ("Te betalen", share, True)],
                foot=["Wij verzoeken u het bedrag vóór %s over te maken op {iban}." % date_in(lang, due)],
                due_cents=share, total_cents=share, due_date=due,
                note="deposit invoice: the contract sum printed beside its 30 % share")


def nl_eindfactuur(lang, issue):
    n = "2026-%04d" % rng.randrange(100, 900)
    rows_, total = vat_rows(lang, 1500000, 21, "Totaal aanneemsom incl. btw")
    paid = [544500, 726000]
    due = issue + days(30)
    am = rows_ + [("Af: voorschotnota 2026-0311 (voldaan)", -paid[0], False),
                  ("Af: termijnfactuur 2026-0398 (voldaan)", -paid[1], False),
                  ("Nog te voldoen", total - sum(paid), True)]
    return dict(title="Eindfactuur", number=n, rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue))],
                lines=["Oplevering aanbouw Esdoornlaan 9 conform opdracht."], amounts=am,
                foot=["Betaling binnen 30 dagen na factuurdatum op {iban} o.v.v. het factuurnummer."],
                due_cents=total - sum(paid), total_cents=total, due_date=due,
                note="final invoice deducting a deposit and an instalment: due is what remains")


def nl_termijn(lang, issue):
    n = "TF-%d" % rng.randrange(1000, 9999)
    net = round(4200000 * 40 / 100)
    rows_, total = vat_rows(lang, net, 21, "Totaal termijn 2")
    due = issue + days(21)
    return dict(title="Termijnfactuur 2 van 3", number=n, rows=[("Factuurnr.", n), ("Datum", date_in(lang, issue))],
                lines=["Aanneemsom excl. btw € 42.000,00 — termijn 2: 40% bij gereedkomen ruwbouw."],
                amounts=[("Termijn 2 (40% van € 42.000,00)", net, False)] + rows_[1:],
                foot=["Vervaldatum: %s" % date_in(lang, due), "IBAN {iban}"],
                due_cents=total, total_cents=total, due_date=due,
                note="instalment 2 of 3: the contract sum beside its share; total = due = the instalment")


def nl_huur(lang, issue):
    n = "H%s-%05d" % (issue.strftime("%y%m"), rng.randrange(10000, 99999))
    due = D(issue.year + (issue.month == 12), issue.month % 12 + 1, 1)
    tot = 98450 + 8500 + 1250
    return dict(title="Huurnota", number=n, rows=[("Notanummer", n), ("Datum", date_in(lang, issue)),
                                                  ("Periode", "1 t/m 31 %s" % mk.MONTHS["nl"][due.month - 1])],
                lines=["Huurovereenkomst Stadsgracht 4-II, Zwolle."],
                amounts=[("Kale huur", 98450, False), ("Voorschot servicekosten", 8500, False),
                         ("Voorschot stookkosten", 1250, False), ("Totaal per maand", tot, True)],
                foot=["De huur dient uiterlijk %s op {iban} te zijn bijgeschreven." % date_in(lang, due)],
                due_cents=tot, total_cents=tot, due_date=due, note="rent with service-cost advances for a period")


def nl_contributie(lang, issue):
    n = "C26-%03d" % rng.randrange(100, 999)
    am = [("Contributie senior (seizoen 2026-2027)", 21000, False), ("Contributie jeugd 2 x € 135,00", 27000, False),
          ("Gezinskorting 10%", -4800, False), ("Te betalen", 43200, True)]
    due = issue + days(30)
    return dict(title="Contributienota", number=n, rows=[("Nota", n), ("Datum", date_in(lang, issue)),
                                                         ("Lidnummer", "%d" % rng.randrange(1000, 9999))],
                lines=["Contributie voor het seizoen 2026-2027 voor uw gezin."], amounts=am,
                foot=["Graag binnen 30 dagen overmaken naar {iban} t.n.v. ZV De Dolfijn."],
                due_cents=43200, total_cents=43200, due_date=due, note="membership fee with a family discount")


def nl_afrekening_bij(lang, issue):
    n = "JA-2026-%04d" % rng.randrange(100, 9999)
    due = issue + days(30)
    return dict(title="Jaarafrekening servicekosten 2025", number=n,
                rows=[("Factuurnummer", n), ("Datum", date_in(lang, issue)), ("Periode", "01-01-2025 t/m 31-12-2025")],
                lines=["Afrekening van de servicekosten over 2025 voor Stadsgracht 4-II."],
                amounts=[("Werkelijke servicekosten 2025", 112460, False),
                         ("Betaalde voorschotten 12 x € 85,00", -102000, False),
                         ("Door u bij te betalen", 10460, True)],
                foot=["Wij verzoeken u het verschil vóór %s over te maken op {iban}." % date_in(lang, due)],
                due_cents=10460, total_cents=112460, due_date=due,
                note="a yearly settlement with a balance to pay: due = costs minus advances")


def nl_reeds_voldaan(lang, issue):
    n = "%d%04d" % (issue.year, rng.randrange(100, 9999))
    rows_, total = vat_rows(lang, 200000, 21, "Totaal incl. btw")
    due = issue + days(14)
    return dict(title="Factuur", number=n, rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue))],
                lines=["Levering en montage keukenblok."],
                amounts=rows_ + [("Reeds voldaan (aanbetaling 12-10-2026)", -50000, False),
                                 ("Openstaand saldo", total - 50000, True)],
                foot=["Betaling binnen 14 dagen op {iban}."],
                due_cents=total - 50000, total_cents=total, due_date=due, note="a part already paid ('reeds voldaan')")


def nl_correctie(lang, issue):
    n = "2026-%04d" % rng.randrange(500, 900)
    old = "2026-%04d" % rng.randrange(100, 499)
    rows_, total = vat_rows(lang, 86000, 21, "Totaal")
    due = issue + days(14)
    return dict(title="Gecorrigeerde factuur", number=n,
                rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue)), ("Vervangt factuur", old)],
                lines=["Deze factuur vervangt factuur %s van %s; die komt hiermee te vervallen."
                       % (old, date_in(lang, issue - days(12))), "Onderhoud cv-installatie, gecorrigeerd uurtarief."],
                amounts=rows_, foot=["Te voldoen vóór %s op {iban}." % date_in(lang, due)],
                due_cents=total, total_cents=total, due_date=due,
                note="a corrected invoice: the number is its own, not the replaced one's")


def nl_creditnota(lang, issue):
    n = "CN-2026-%03d" % rng.randrange(10, 99)
    ref = "2026-%04d" % rng.randrange(100, 900)
    rows_, total = vat_rows(lang, -25000, 21, "Totaal creditnota")
    return dict(title="Creditnota", number=n, rows=[("Creditnota", n), ("Datum", date_in(lang, issue)),
                                                    ("Betreft factuur", ref)],
                lines=["Creditering van 2 dagdelen die niet zijn uitgevoerd op factuur %s." % ref],
                amounts=rows_, foot=["Het bedrag wordt verrekend met factuur %s." % ref],
                due_cents=total, total_cents=total, due_date=None, credit=True,
                note="a credit note naming the invoice it reduces")


def nl_rente(lang, issue):
    n = "R-2026-%03d" % rng.randrange(10, 99)
    due = issue + days(14)
    return dict(title="Factuur rente en incassokosten", number=n,
                rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue))],
                lines=["Factuur 2026-0188 van 01-07-2026 (€ 1.452,00) is op 03-11-2026 voldaan,",
                       "na de vervaldatum. Wij brengen u daarom het volgende in rekening:"],
                amounts=[("Wettelijke handelsrente 01-08-2026 t/m 03-11-2026", 3086, False),
                         ("Buitengerechtelijke incassokosten", 4000, False), ("Te betalen", 7086, True)],
                foot=["Wij verzoeken u dit bedrag binnen 14 dagen te voldoen op {iban}."],
                due_cents=7086, total_cents=7086, due_date=due, note="an interest and collection-costs invoice")


def nl_prorata(lang, issue):
    n = "ABO-%06d" % rng.randrange(10 ** 5, 10 ** 6)
    due = issue + days(14)
    return dict(title="Factuur", number=n, rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue)),
                                                 ("Klantnummer", "K%05d" % rng.randrange(10000, 99999))],
                lines=["Abonnement Boekhouding Plus, ingang %s." % date_in(lang, D(2026, 11, 13))],
                amounts=[("Pro rata 13-11-2026 t/m 30-11-2026 (18/30 x € 45,00)", 2700, False),
                         ("December 2026", 4500, False), ("Btw 21%", 1512, False), ("Totaal", 8712, True)],
                foot=["Te betalen vóór %s op {iban}." % date_in(lang, due)],
                due_cents=8712, total_cents=8712, due_date=due, note="a pro-rata first month and the next month")


def nl_incasso(lang, issue):
    n = "2026.%05d" % rng.randrange(10000, 99999)
    due = issue + days(8)
    return dict(title="Factuur", number=n, rows=[("Factuurnummer", n), ("Factuurdatum", date_in(lang, issue)),
                                                 ("Periode", "december 2026")],
                lines=["Huur opslagbox 14 (6 m²)."], amounts=[("Huur december 2026", 5100, False),
                                                              ("Btw 21%", 1071, False), ("Totaal", 6171, True)],
                foot=["Wij schrijven dit bedrag op %s automatisch af van uw rekening NL29 RABO 0123 4567 89." %
                      date_in(lang, due, "long"), "Incassant: %s, IBAN {iban}" % "Woonstichting Het Anker"],
                due_cents=6171, total_cents=6171, due_date=due, note="direct debit: the due date is the collection date")


def be_voorschot(lang, issue):
    n = "VF26/%03d" % rng.randrange(10, 999)
    ref = ogm_drawn(rng)
    due = issue + days(15)
    rows_, total = vat_rows(lang, 600000, 6, "Te betalen voorschot")
    return dict(title="Voorschotfactuur", number=n, rows=[("Factuurnr.", n), ("Factuurdatum", date_in(lang, issue)),
                                                          ("Vervaldag", date_in(lang, due))],
                lines=["Renovatie badkamer volgens offerte OF26/114 (totaal € 20.000,00 excl. btw).",
                       "Voorschot van 30% bij aanvang der werken."],
                amounts=[("Voorschot 30%", 600000, False)] + rows_[1:],
                foot=["Gelieve te betalen op {iban} met gestructureerde mededeling %s." % ref],
                due_cents=total, total_cents=total, due_date=due, reference=ref,
                note="Flemish deposit invoice with a structured communication")


def be_eindafrekening(lang, issue):
    n = "F26/%04d" % rng.randrange(100, 999)
    due = issue + days(30)
    rows_, total = vat_rows(lang, 2040000, 6, "Totaal werken incl. btw")
    paid = 636000
    return dict(title="Factuur - eindafrekening", number=n, rows=[("Factuurnr.", n), ("Datum", date_in(lang, issue))],
                lines=["Eindafrekening renovatie badkamer, inclusief meerwerk douchewand."],
                amounts=rows_ + [("Min reeds betaald voorschot (VF26/041)", -paid, False),
                                 ("Saldo te betalen", total - paid, True)],
                foot=["Te betalen binnen 30 dagen op rekening {iban}."],
                due_cents=total - paid, total_cents=total, due_date=due,
                note="Flemish final account: less the deposit already paid")


def be_lidgeld(lang, issue):
    n = "LG-2027-%03d" % rng.randrange(10, 999)
    due = D(2027, 1, 31)
    return dict(title="Betaalverzoek lidgeld 2027", number=n, rows=[("Nummer", n), ("Datum", date_in(lang, issue))],
                lines=["Lidgeld tennisclub voor het speeljaar 2027 (1 januari - 31 december)."],
                amounts=[("Volwassene", 16500, False), ("Partner", 16500, False), ("Gezinsreductie", -3000, False),
                         ("Totaal", 30000, True)],
                foot=["Te betalen uiterlijk op 31 januari 2027 op {iban}."],
                due_cents=30000, total_cents=30000, due_date=due, note="a yearly membership fee, Flemish")


def de_anzahlung(lang, issue):
    n = "AR-2026-%03d" % rng.randrange(10, 999)
    due = issue + days(10)
    rows_, total = vat_rows(lang, 1200000, 19, "Anzahlungsbetrag brutto")
    return dict(title="Anzahlungsrechnung", number=n, rows=[("Rechnungs-Nr.", n), ("Datum", date_in(lang, issue)),
                                                            ("Auftrag", "Carport Alpenblick 6")],
                lines=["Gemäß Auftragsbestätigung vom 14.10.2026 (Auftragssumme netto 40.000,00 €)",
                       "berechnen wir eine Anzahlung von 30 %."],
                amounts=[("Anzahlung 30 %", 1200000, False)] + rows_[1:],
                foot=["Zahlbar bis %s ohne Abzug auf {iban}." % date_in(lang, due)],
                due_cents=total, total_cents=total, due_date=due, note="a deposit invoice beside the order sum")


def de_schluss(lang, issue):
    n = "SR-2026-%03d" % rng.randrange(10, 999)
    due = issue + days(30)
    rows_, total = vat_rows(lang, 2400000, 19, "Gesamtbetrag brutto")
    a1, a2 = 952000, 952000
    return dict(title="Schlussrechnung", number=n, rows=[("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, issue))],
                lines=["Dachstuhl und Eindeckung, Abnahme am 20.11.2026."],
                amounts=rows_ + [("abzgl. 1. Abschlagsrechnung AB-2026-031 vom 01.09.2026", -a1, False),
                                 ("abzgl. 2. Abschlagsrechnung AB-2026-047 vom 01.10.2026", -a2, False),
                                 ("Verbleibender Zahlbetrag", total - a1 - a2, True)],
                foot=["Zahlbar innerhalb von 30 Tagen ohne Abzug auf {iban}."],
                due_cents=total - a1 - a2, total_cents=total, due_date=due,
                note="Schlussrechnung listing the Abschläge paid")


def de_abschlag(lang, issue):
    n = "AB-2026-%03d" % rng.randrange(10, 999)
    due = issue + days(14)
    net = 1080000
    vat = round(net * 19 / 100)
    am = [("Auftragssumme netto", "36.000,00 €", False), ("Leistungsstand 60 %", "21.600,00 €", False),
          ("abzgl. bisher berechnet (30 %)", "-10.800,00 €", False), ("Diese Abschlagsrechnung netto", net, False),
          ("zzgl. 19 % USt.", vat, False), ("Zahlbetrag", net + vat, True)]
    return dict(title="2. Abschlagsrechnung", number=n, rows=[("Rechnungsnummer", n), ("Datum", date_in(lang, issue))],
                lines=["Abschlag nach Baufortschritt gemäß § 632a BGB."], amounts=am,
                foot=["Bitte überweisen Sie den Zahlbetrag bis %s auf {iban}." % date_in(lang, due)],
                due_cents=net + vat, total_cents=net + vat, due_date=due,
                note="an Abschlagsrechnung: the order sum and earlier Abschläge beside its own share")


def de_beitrag(lang, issue):
    n = "BR-2027-%04d" % rng.randrange(100, 9999)
    due = D(2027, 1, 15)
    return dict(title="Beitragsrechnung 2027", number=n, rows=[("Rechnungs-Nr.", n), ("Datum", date_in(lang, issue)),
                                                              ("Mitgliedsnummer", "%05d" % rng.randrange(10 ** 4))],
                lines=["Mitgliedsbeitrag für das Kalenderjahr 2027."],
                amounts=[("Beitrag Erwachsene (2 x 96,00 €)", 19200, False), ("Beitrag Kind", 6000, False),
                         ("Familienrabatt", -2400, False), ("Gesamt", 22800, True)],
                foot=["Bitte überweisen Sie den Beitrag bis zum 15.01.2027 auf {iban}."],
                due_cents=22800, total_cents=22800, due_date=due, note="Mitgliedsbeitrag with a family discount")


def de_hausgeld(lang, issue):
    n = "HG-%s-%03d" % (issue.strftime("%Y%m"), rng.randrange(10, 999))
    due = issue + days(10)
    return dict(title="Rechnung Hausgeld", number=n, rows=[("Rechnungsnummer", n), ("Datum", date_in(lang, issue)),
                                                          ("Zeitraum", "01.01.2027 - 31.03.2027")],
                lines=["Hausgeld laut Wirtschaftsplan 2027, Wohnung Nr. 7, für das 1. Quartal."],
                amounts=[("Hausgeld 3 x 312,00 €", 93600, False), ("Erhaltungsrücklage 3 x 45,00 €", 13500, False),
                         ("Summe", 107100, True)],
                foot=["Fällig am %s. Bankverbindung: {iban}" % date_in(lang, due)],
                due_cents=107100, total_cents=107100, due_date=due, note="Hausgeld for a quarter")


def de_nachzahlung(lang, issue):
    n = "NK-2025-%03d" % rng.randrange(10, 999)
    due = issue + days(30)
    return dict(title="Nebenkostenabrechnung 2025 - Rechnung", number=n,
                rows=[("Rechnungsnummer", n), ("Datum", date_in(lang, issue)), ("Abrechnungszeitraum", "01.01.-31.12.2025")],
                lines=["Ihre Betriebskosten für die Wohnung Regattastraße 101, 2. OG links."],
                amounts=[("Ihr Anteil an den Betriebskosten", 218430, False),
                         ("abzüglich geleistete Vorauszahlungen", -192000, False), ("Nachzahlung", 26430, True)],
                foot=["Bitte überweisen Sie die Nachzahlung innerhalb von 30 Tagen auf {iban}."],
                due_cents=26430, total_cents=218430, due_date=due,
                note="a service-cost settlement with a balance to pay")


def de_bereits(lang, issue):
    n = "RE-%d" % rng.randrange(20000, 29999)
    due = issue + days(14)
    rows_, total = vat_rows(lang, 100000, 19, "Rechnungsbetrag")
    return dict(title="Rechnung", number=n, rows=[("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, issue))],
                lines=["Reparatur Dachrinne und Fallrohr."],
                amounts=rows_ + [("bereits bezahlt (bar am 05.11.2026)", -40000, False),
                                 ("noch zu zahlen", total - 40000, True)],
                foot=["Zahlungsziel: 14 Tage. IBAN {iban}"],
                due_cents=total - 40000, total_cents=total, due_date=due, note="a part already paid (bereits bezahlt)")


def de_korrektur(lang, issue):
    n = "RE-2026-%04d" % rng.randrange(500, 999)
    old = "RE-2026-%04d" % rng.randrange(100, 499)
    due = issue + days(14)
    rows_, total = vat_rows(lang, 64000, 19, "Gesamtbetrag")
    return dict(title="Korrigierte Rechnung", number=n,
                rows=[("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, issue)), ("Ersetzt Rechnung", old)],
                lines=["Diese Rechnung ersetzt unsere Rechnung %s vom %s (falsche Anschrift)."
                       % (old, date_in(lang, issue - days(9))), "Physiotherapie, 8 Behandlungen."],
                amounts=rows_, foot=["Zahlbar bis %s auf {iban}." % date_in(lang, due)],
                due_cents=total, total_cents=total, due_date=due,
                note="a corrected invoice replacing an earlier one: its own number")


def de_gutschrift(lang, issue):
    n = "GS-2026-%03d" % rng.randrange(10, 999)
    ref = "RE-2026-%04d" % rng.randrange(100, 999)
    rows_, total = vat_rows(lang, -18000, 19, "Gutschriftsbetrag")
    return dict(title="Rechnungskorrektur (Gutschrift)", number=n,
                rows=[("Gutschrift-Nr.", n), ("Datum", date_in(lang, issue)), ("zur Rechnung", ref)],
                lines=["Wir schreiben Ihnen für die Rechnung %s zwei nicht erbrachte Stunden gut." % ref],
                amounts=rows_, foot=["Der Betrag wird mit der nächsten Rechnung verrechnet."],
                due_cents=total, total_cents=total, due_date=None, credit=True,
                note="a credit note naming the invoice it reduces")


def de_zinsen(lang, issue):
    n = "ZR-2026-%03d" % rng.randrange(10, 999)
    due = issue + days(14)
    return dict(title="Rechnung Verzugszinsen und Mahnkosten", number=n,
                rows=[("Rechnungsnummer", n), ("Datum", date_in(lang, issue))],
                lines=["Unsere Rechnung RE-2026-0233 über 2.380,00 € wurde erst am 28.10.2026 beglichen."],
                amounts=[("Verzugszinsen (9 Prozentpunkte über Basiszins), 41 Tage", 3127, False),
                         ("Verzugspauschale § 288 Abs. 5 BGB", 4000, False), ("Gesamt", 7127, True)],
                foot=["Bitte zahlen Sie bis %s auf {iban}." % date_in(lang, due)],
                due_cents=7127, total_cents=7127, due_date=due, note="an interest and collection-costs invoice")


def de_lastschrift(lang, issue):
    n = "%d-%05d" % (issue.year, rng.randrange(10000, 99999))
    due = issue + days(7)
    rows_, total = vat_rows(lang, 3990, 19, "Rechnungsbetrag")
    return dict(title="Rechnung", number=n, rows=[("Rechnungsnummer", n), ("Rechnungsdatum", date_in(lang, issue)),
                                                  ("Leistungszeitraum", "01.12.2026 - 31.12.2026")],
                lines=["Online-Kursprogramm, Monatsabo."], amounts=rows_,
                foot=["Der Rechnungsbetrag wird am %s per SEPA-Lastschrift von Ihrem Konto" % date_in(lang, due),
                      "DE02 1203 0000 0000 2020 51 eingezogen. Mandatsreferenz: TVG-%05d, Gläubiger-ID" % rng.randrange(10 ** 4),
                      "DE98ZZZ09999999999. Unser Konto: {iban}"],
                due_cents=total, total_cents=total, due_date=due,
                note="SEPA direct debit: the due date is the collection date")


def en_deposit(lang, issue):
    n = "INV-%04d" % rng.randrange(1000, 9999)
    due = issue + days(7)
    return dict(title="Deposit Invoice", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue)),
                                                         ("Quote ref", "Q-%d" % rng.randrange(100, 999))],
                lines=["Kitchen extension, 22 Clifton Green. Contract price £38,400.00 incl. VAT.",
                       "Deposit of 25% payable before work starts."],
                amounts=[("Deposit (25% of £38,400.00)", 960000, False), ("Amount due", 960000, True)],
                foot=["Payment due by %s. Bank: IBAN {iban}" % date_in(lang, due)],
                due_cents=960000, total_cents=960000, due_date=due, note="a deposit invoice beside the contract price")


def en_final(lang, issue):
    n = "INV-%04d" % rng.randrange(1000, 9999)
    due = issue + days(14)
    rows_, total = vat_rows(lang, 3200000, 20, "Total")
    return dict(title="Final Invoice", number=n, rows=[("Invoice no.", n), ("Invoice date", date_in(lang, issue))],
                lines=["Kitchen extension, 22 Clifton Green: completion."],
                amounts=rows_ + [("Less deposit received", -960000, False),
                                 ("Less stage payment received", -1536000, False),
                                 ("Balance due", total - 2496000, True)],
                foot=["Terms: 14 days. Please pay to IBAN {iban} quoting %s." % n],
                due_cents=total - 2496000, total_cents=total, due_date=due,
                note="a final invoice less the deposit and stage payment received")


def en_stage(lang, issue):
    n = "HB-%05d" % rng.randrange(10000, 99999)
    due = issue + days(14)
    net = 1280000
    rows_, total = vat_rows(lang, net, 20, "Total this application")
    return dict(title="Invoice - Stage Payment 2", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue))],
                lines=["Contract sum: £32,000.00 + VAT", "Stage 2 (40%): first fix complete."],
                amounts=[("Stage payment 40%", net, False)] + rows_[1:],
                foot=["Please pay within 14 days to IBAN {iban}."],
                due_cents=total, total_cents=total, due_date=due, note="a stage payment with the contract sum printed")


def en_termly(lang, issue):
    n = "SB%d" % rng.randrange(10000, 99999)
    due = D(2027, 1, 8)
    return dict(title="Invoice - Spring Term 2027", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue)),
                                                                    ("Child", "Ada Okafor")],
                lines=["Spring term: 5 January - 1 April 2027 (12 weeks)."],
                amounts=[("Sessions: 3 days x 12 weeks", 216000, False), ("Funded hours deduction", -72000, False),
                         ("Sibling discount 5%", -7200, False), ("Total due", 136800, True)],
                foot=["Fees are payable by 8 January 2027 to IBAN {iban}."],
                due_cents=136800, total_cents=136800, due_date=due, note="a termly fee with discounts")


def en_part_paid(lang, issue):
    n = "%d" % rng.randrange(100000, 999999)
    due = issue + days(30)
    rows_, total = vat_rows(lang, 145000, 20, "Invoice total")
    return dict(title="Invoice", number=n, rows=[("Invoice number", n), ("Invoice date", date_in(lang, issue))],
                lines=["Veterinary supplies, November."],
                amounts=rows_ + [("Less payment received 12/11/2026", -100000, False),
                                 ("Amount outstanding", total - 100000, True)],
                foot=["Terms: 30 days net. IBAN {iban}"],
                due_cents=total - 100000, total_cents=total, due_date=due, note="a part already paid")


def en_revised(lang, issue):
    n = "INV-%04d-R1" % rng.randrange(1000, 9999)
    old = n[:-3]
    due = issue + days(30)
    rows_, total = vat_rows(lang, 74000, 20, "Total")
    return dict(title="Revised Invoice", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue)),
                                                         ("Replaces", old)],
                lines=["This invoice replaces invoice %s dated %s, which should be disregarded."
                       % (old, date_in(lang, issue - days(6))), "Property management fee, November."],
                amounts=rows_, foot=["Payment due within 30 days. IBAN {iban}"],
                due_cents=total, total_cents=total, due_date=due, note="a revised invoice with its own number")


def en_credit(lang, issue):
    n = "CN-%04d" % rng.randrange(100, 9999)
    ref = "INV-%04d" % rng.randrange(1000, 9999)
    rows_, total = vat_rows(lang, -12500, 20, "Total credit")
    return dict(title="Credit Note", number=n, rows=[("Credit note no.", n), ("Date", date_in(lang, issue)),
                                                     ("Against invoice", ref)],
                lines=["Credit for one session not delivered on invoice %s." % ref], amounts=rows_,
                foot=["This credit will be set against your next invoice."],
                due_cents=total, total_cents=total, due_date=None, credit=True,
                note="a credit note against an invoice")


def en_late(lang, issue):
    n = "LPI-%03d" % rng.randrange(10, 999)
    due = issue + days(14)
    return dict(title="Invoice - Late Payment Interest", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue))],
                lines=["Invoice INV-4471 (£3,600.00) was paid 47 days late.",
                       "Under the Late Payment of Commercial Debts (Interest) Act 1998 we charge:"],
                amounts=[("Statutory interest, 47 days at 12.75%", 5910, False),
                         ("Fixed-sum compensation", 7000, False), ("Total payable", 12910, True)],
                foot=["Payable within 14 days to IBAN {iban}."],
                due_cents=12910, total_cents=12910, due_date=due, note="an interest and compensation invoice")


def en_dd(lang, issue):
    n = "MB%06d" % rng.randrange(10 ** 5, 10 ** 6)
    due = issue + days(10)
    rows_, total = vat_rows(lang, 2400, 20, "Total")
    return dict(title="Invoice", number=n, rows=[("Invoice no.", n), ("Invoice date", date_in(lang, issue)),
                                                 ("Billing period", "1 Dec 2026 - 31 Dec 2026")],
                lines=["Tenant portal subscription (monthly)."], amounts=rows_,
                foot=["This amount will be collected by Direct Debit on or after %s." % date_in(lang, due),
                      "Our bank: IBAN {iban}"],
                due_cents=total, total_cents=total, due_date=due, note="direct debit: due is the collection date")


def en_balancing(lang, issue):
    n = "SC-%d" % rng.randrange(1000, 9999)
    due = issue + days(28)
    return dict(title="Service Charge Year-End Invoice", number=n,
                rows=[("Invoice no.", n), ("Date", date_in(lang, issue)), ("Year ended", "31 March 2026")],
                lines=["Flat 4, 18 Castle Street: your share (6.25%) of the certified expenditure."],
                amounts=[("Your share of actual expenditure", 148216, False),
                         ("Less on-account payments made", -130000, False), ("Balancing charge due", 18216, True)],
                foot=["Please pay within 28 days to IBAN {iban}."],
                due_cents=18216, total_cents=148216, due_date=due, note="a service-charge balancing charge")


def en_rent(lang, issue):
    n = "R%s%03d" % (issue.strftime("%y%m"), rng.randrange(100, 999))
    due = D(issue.year + (issue.month == 12), issue.month % 12 + 1, 1)
    return dict(title="Rent Invoice", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue)),
                                                      ("Period", "%s" % due.strftime("%B %Y"))],
                lines=["Flat 4, 18 Castle Street, Norwich."],
                amounts=[("Rent", 95000, False), ("Service charge (on account)", 10833, False),
                         ("Total", 105833, True)],
                foot=["Due on %s. IBAN {iban}" % date_in(lang, due)],
                due_cents=105833, total_cents=105833, due_date=due, note="rent with a service charge on account")


def en_prorata(lang, issue):
    n = "SUB-%05d" % rng.randrange(10000, 99999)
    due = issue
    return dict(title="Invoice", number=n, rows=[("Invoice no.", n), ("Date", date_in(lang, issue))],
                lines=["Clinic booking software, Team plan, from 17 November 2026."],
                amounts=[("17 Nov - 30 Nov 2026 (pro rata, 14/30)", 2800, False),
                         ("December 2026", 6000, False), ("VAT 20%", 1760, False), ("Total", 10560, True)],
                foot=["Payment due on receipt. IBAN {iban}"],
                due_cents=10560, total_cents=10560, due_date=due, note="a pro-rata first month")


INVOICES = [
    ("nl", nl_voorschot), ("nl", nl_eindfactuur), ("nl", nl_termijn), ("nl", nl_huur), ("nl", nl_contributie),
    ("nl", nl_afrekening_bij), ("nl", nl_reeds_voldaan), ("nl", nl_correctie), ("nl", nl_creditnota),
    ("nl", nl_rente), ("nl", nl_prorata), ("nl", nl_incasso),
    ("be", be_voorschot), ("be", be_eindafrekening), ("be", be_lidgeld),
    ("de", de_anzahlung), ("de", de_schluss), ("de", de_abschlag), ("de", de_beitrag), ("de", de_hausgeld),
    ("de", de_nachzahlung), ("de", de_bereits), ("de", de_korrektur), ("de", de_gutschrift), ("de", de_zinsen),
    ("de", de_lastschrift),
    ("en", en_deposit), ("en", en_final), ("en", en_stage), ("en", en_termly), ("en", en_part_paid),
    ("en", en_revised), ("en", en_credit), ("en", en_late), ("en", en_dd), ("en", en_balancing), ("en", en_rent),
    ("en", en_prorata),
]

# Not invoices: (lang, subject, title, rows, lines, amounts, foot, why_not)
NOT_INVOICES = [
    ("nl", "Aankondiging jaarnota 2027", "Aankondiging jaarnota", [("Klantnummer", "K20931")],
     ["Binnenkort ontvangt u de jaarnota voor uw abonnement over 2027.",
      "Het te betalen bedrag zal ongeveer gelijk zijn aan dat van vorig jaar:"],
     [("Verwacht bedrag jaarnota", 54000, False)],
     ["U hoeft nu nog niets te betalen; de factuur volgt in januari."],
     "an announcement that the annual invoice will follow"),
    ("nl", "Bevestiging betalingsregeling", "Bevestiging betalingsregeling", [("Dossier", "BR-2026-118")],
     ["Zoals telefonisch afgesproken betaalt u de openstaande factuur 2026-0412 in drie termijnen:"],
     [("Termijn 1 uiterlijk 01-12-2026", 40000, False), ("Termijn 2 uiterlijk 01-01-2027", 40000, False),
      ("Termijn 3 uiterlijk 01-02-2027", 36850, False), ("Totaal", 116850, True)],
     ["Graag op {iban} onder vermelding van BR-2026-118."],
     "a payment-plan confirmation of an earlier invoice"),
    ("nl", "Uw rekeningoverzicht", "Rekeningoverzicht per 30-11-2026", [("Debiteurnummer", "40217")],
     ["Overzicht van uw openstaande posten:", "Factuur 2026-0380 van 02-10-2026: € 605,00",
      "Factuur 2026-0433 van 01-11-2026: € 242,00"], [("Totaal openstaand", 84700, True)],
     ["Heeft u al betaald? Dan kunt u dit overzicht als niet verzonden beschouwen."],
     "a statement of account"),
    ("nl", "Huurverhoging per 1 januari 2027", "Voorstel huurverhoging", [("Huurcontract", "HC-0714")],
     ["Per 1 januari 2027 wordt uw kale huur verhoogd met 4,1%.", "Uw nieuwe maandhuur wordt daarmee:"],
     [("Huidige kale huur", 98450, False), ("Nieuwe kale huur", 102486, False),
      ("Voorschot servicekosten (ongewijzigd)", 8500, False), ("Nieuwe totale huur", 110986, True)],
     ["U kunt tot 1 januari bezwaar maken bij de Huurcommissie."], "a rent-increase notice"),
    ("nl", "Jaarafrekening servicekosten 2025", "Jaarafrekening servicekosten 2025", [("Adres", "Kerkplein 2-14")],
     ["Afrekening van de servicekosten over 2025."],
     [("Werkelijke servicekosten", 93360, False), ("Betaalde voorschotten 12 x € 85,00", -102000, False),
      ("Uw tegoed", -8640, True)],
     ["Wij storten het tegoed van € 86,40 binnen vier weken terug op uw rekening."],
     "a settlement with a refund to the tenant"),
    ("nl", "Offerte aanbouw", "Offerte OF-2026-077", [("Geldig tot", "31-12-2026")],
     ["Hierbij onze offerte voor de aanbouw. Betalingsschema bij opdracht:"],
     [("30% bij opdracht", 544500, False), ("40% bij gereedkomen ruwbouw", 726000, False),
      ("30% bij oplevering", 544500, False), ("Aanneemsom incl. btw", 1815000, True)],
     ["Voor akkoord graag getekend retour."], "a quote with a deposit schedule"),
    ("be", "Bevestiging opzegging lidmaatschap", "Bevestiging opzegging", [("Lidnummer", "2207")],
     ["Wij bevestigen de opzegging van uw lidmaatschap per 31 december 2026.",
      "Het lidgeld 2026 (€ 165,00) werd reeds betaald; er volgt geen nieuwe betaalvraag."], [],
     ["Bedankt voor de voorbije jaren bij Tennisclub Ter Linde."], "a termination confirmation"),
    ("de", "Ihre Nebenkostenabrechnung 2025", "Nebenkostenabrechnung 2025", [("Mieter", "Familie Oswald")],
     ["Abrechnung der Betriebskosten für 01.01.-31.12.2025."],
     [("Ihr Anteil an den Betriebskosten", 176520, False), ("geleistete Vorauszahlungen", -192000, False),
      ("Guthaben zu Ihren Gunsten", -15480, True)],
     ["Das Guthaben überweisen wir Ihnen bis zum 31.12.2026 auf Ihr Konto."],
     "a settlement with a refund to the tenant"),
    ("de", "Bestätigung Ihrer Ratenzahlung", "Ratenzahlungsvereinbarung", [("Vorgang", "RZ-2026-031")],
     ["Wie besprochen begleichen Sie die Rechnung RE-2026-0388 über 1.428,00 € in Raten:"],
     [("1. Rate fällig am 01.12.2026", 47600, False), ("2. Rate fällig am 01.01.2027", 47600, False),
      ("3. Rate fällig am 01.02.2027", 47600, False)],
     ["Bitte überweisen Sie die Raten auf {iban}."], "a payment-plan confirmation"),
    ("de", "Zahlungsbestätigung Lastschrift", "Zahlungsbestätigung", [("Rechnung", "2026-04417")],
     ["Die SEPA-Lastschrift zu Rechnung 2026-04417 wurde erfolgreich eingezogen.", "Vielen Dank!"],
     [("Eingezogener Betrag", 4748, True)], ["Sie müssen nichts weiter tun."],
     "a receipt: the direct debit was collected"),
    ("de", "Quittung Anzahlung", "Quittung über Ihre Anzahlung", [("Auftrag", "Carport Alpenblick 6")],
     ["Wir bestätigen den Eingang Ihrer Anzahlung am 20.11.2026."],
     [("Erhaltene Anzahlung", 1428000, True)], ["Die Schlussrechnung erhalten Sie nach der Abnahme."],
     "a deposit receipt"),
    ("de", "Buchungsbestätigung Ferienhaus Seeblick", "Buchungsbestätigung", [("Buchungsnr.", "FH-88213")],
     ["Aufenthalt 12.07.2027 - 26.07.2027, 4 Personen. Zahlungsplan:"],
     [("Anzahlung 30 % bis 15.12.2026", 63000, False), ("Restzahlung bis 12.06.2027", 147000, False),
      ("Reisepreis gesamt", 210000, True)],
     ["Die Rechnung über die Anzahlung senden wir Ihnen gesondert zu."],
     "a booking confirmation with a payment schedule"),
    ("de", "Angebot Dachsanierung", "Angebot AN-2026-119", [("Gültig bis", "15.01.2027")],
     ["Zahlungsplan: 30 % Anzahlung bei Auftragserteilung, 60 % nach Eindeckung, 10 % nach Abnahme."],
     [("Angebotssumme netto", 2400000, False), ("zzgl. 19 % USt.", 456000, False), ("Angebotssumme brutto", 2856000, True)],
     ["Wir freuen uns auf Ihren Auftrag."], "a quote with a deposit schedule"),
    ("de", "Kontoauszug offene Posten", "Kontoauszug", [("Kundennummer", "10442")],
     ["Offene Posten zum 30.11.2026:", "RE-2026-0311 vom 02.10.2026  714,00 €",
      "RE-2026-0360 vom 03.11.2026  238,00 €"], [("Saldo", 95200, True)],
     ["Bitte prüfen Sie den Kontostand."], "a statement of account"),
    ("en", "Your membership renews soon", "Renewal notice", [("Member no.", "M-20417")],
     ["Your annual membership will renew automatically on 1 January 2027.",
      "We will collect the renewal fee by Direct Debit on that date:"],
     [("Annual membership 2027", 12000, True)], ["No action is needed unless you wish to cancel."],
     "a renewal notice"),
    ("en", "Your Direct Debit payment was successful", "Payment confirmation", [("Reference", "MB204417")],
     ["We have successfully collected your Direct Debit payment for invoice MB204417.", "Thank you."],
     [("Amount collected", 2880, True)], [], "a receipt for a collected direct debit"),
    ("en", "Payment plan confirmation", "Payment plan", [("Account", "A-3301")],
     ["As agreed, the balance on invoice INV-4471 will be paid in instalments:"],
     [("1 December 2026", 120000, False), ("1 January 2027", 120000, False), ("1 February 2027", 120000, False)],
     ["Payments to IBAN {iban}."], "a payment-plan confirmation"),
    ("en", "Booking confirmation - The Old Granary", "Booking confirmation", [("Booking ref", "OG-5512")],
     ["Wedding reception, Saturday 12 June 2027, 80 guests. Payment schedule:"],
     [("Deposit (paid)", 150000, False), ("Second payment due 1 March 2027", 300000, False),
      ("Final balance due 12 May 2027", 450000, False), ("Total booking value", 900000, True)],
     ["We will send an invoice before each payment date."], "a booking confirmation with a payment schedule"),
    ("en", "Reminder: invoice INV-4471 overdue", "Payment reminder", [("Invoice", "INV-4471")],
     ["Our records show that invoice INV-4471 dated 1 October 2026 is now 30 days overdue.",
      "If you have already paid, please ignore this reminder."], [("Outstanding", 360000, True)],
     ["Please pay to IBAN {iban} at your earliest convenience."], "the business's own reminder"),
    ("en", "Deposit received - thank you", "Deposit receipt", [("Quote ref", "Q-412")],
     ["Thank you for your deposit. We have received it and booked your start date of 11 January 2027."],
     [("Deposit received", 960000, True)], ["Your final invoice will follow on completion."], "a deposit receipt"),
    ("en", "End of tenancy confirmation", "Notice of termination", [("Tenancy", "Flat 4, 18 Castle Street")],
     ["We confirm that your tenancy ends on 31 January 2027.",
      "A final account of rent and service charges will follow after the check-out inspection."], [],
     ["Your deposit is protected with the TDS and will be returned after the inspection."],
     "a termination confirmation; the final account will follow"),
]


def build():
    records = []
    for i, (lang, fn) in enumerate(INVOICES, 1):
        seller = SELLERS[lang][i % len(SELLERS[lang])]
        block, name, business, email = DEBTORS[lang][i % len(DEBTORS[lang])]
        issue = D(2026, 11, 2) + days(rng.randrange(40))
        s = fn(lang, issue)
        iban_ = mk.iban(rng, seller[4])
        subject = "%s %s" % (s["title"], s["number"])
        as_pdf = i % 3 != 0
        lab = "nl" if lang == "be" else lang
        if as_pdf:
            eml = mk.mail(rng, seller[3], seller[0], email, subject, issue,
                          body_text=COVER[lang] % (name, s["title"].lower() + " " + s["number"], seller[0]), pdf=True)
            pages = render_pdf(lang, seller, block, s["title"], s["rows"], s["lines"], s["amounts"], s["foot"], iban_)
            kind, fname = "pdf", "%s_%s.pdf" % (s["title"].split()[0], s["number"].replace("/", "-"))
        else:
            body = render_text(lang, seller, block, s["title"], s["rows"], s["lines"], s["amounts"], s["foot"], iban_,
                               GREET[lang])
            eml = mk.mail(rng, seller[3], seller[0], email, subject, issue, body_text=body)
            pages, kind, fname = None, "body-text", None
        exp = mk.expected(s["number"], s["due_cents"], s["total_cents"], issue, s["due_date"], name, email, iban_,
                          business, lab, reference=s.get("reference"), currency="GBP" if lang == "en" else "EUR",
                          credit=s.get("credit", False))
        records.append(mk.record("inv-bills-%03d" % i, "bills-" + fn.__name__.replace("_", "-"), lab, kind,
                                 {"mail_from": seller[3], "rcpt_to": [email]}, eml, pages=pages, pdf_filename=fname,
                                 expected=exp, note=s["note"]))
    for j, (lang, subject, title, rows, lines, amounts, foot, why) in enumerate(NOT_INVOICES, len(records) + 1):
        seller = SELLERS[lang][j % len(SELLERS[lang])]
        block, name, business, email = DEBTORS[lang][j % len(DEBTORS[lang])]
        d = D(2026, 11, 2) + days(rng.randrange(40))
        iban_ = mk.iban(rng, seller[4])
        rows = [("Datum" if lang != "en" else "Date", date_in(lang, d))] + rows
        if j % 3 == 0:
            eml = mk.mail(rng, seller[3], seller[0], email, subject, d,
                          body_text=COVER[lang] % (name, title.lower(), seller[0]), pdf=True)
            pages = render_pdf(lang, seller, block, title, rows, lines, amounts, foot, iban_)
            kind, fname = "pdf", title.replace(" ", "_") + ".pdf"
        else:
            eml = mk.mail(rng, seller[3], seller[0], email, subject, d,
                          body_text=render_text(lang, seller, block, title, rows, lines, amounts, foot, iban_,
                                                GREET[lang]))
            pages, kind, fname = None, "none", None
        records.append(mk.record("inv-bills-%03d" % j, "bills-not", "nl" if lang == "be" else lang,
                                 "none" if pages is None else "none", {"mail_from": seller[3], "rcpt_to": [email]},
                                 eml, pages=pages, pdf_filename=fname, why_not=why, note=why))
    return records


if __name__ == "__main__":
    recs = build()
    mk.check_labels(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-bills.jsonl")
    mk.write(out, recs)
    print("wrote %d records to %s" % (len(recs), os.path.normpath(out)))
