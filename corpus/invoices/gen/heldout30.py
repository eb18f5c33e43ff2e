"""heldout30: a thirtieth held-out set — a realistic outbox, a third month: November 2026's
outgoing billing mail of small firms (3-25 people) in the Netherlands, Flanders, the UK,
Ireland, Germany, Austria and Switzerland, sent from the mid-range tools and their default
layouts.  50 invoices and 25 mails from the same billing addresses that are not invoices.

Written blind (see the README's "A thirtieth held-out set").  Every amount and date is
computed here first and then printed; check() runs before the file is written.  Run with
python3 from the repository root (or anywhere): it rewrites corpus/invoices/heldout30.jsonl,
seeded, the same each run.
"""
import datetime
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

D = datetime.date
RNG = random.Random(20261230)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout30.jsonl")


def half_up(x):
    """A Decimal amount of cents rounded half away from nought, as invoices round."""
    return int(x.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def kenmerk(base15):
    """A Dutch betalingskenmerk of 16 digits: a mod-11 check digit before the 15 given."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    s = sum(int(c) * w[k] for k, c in enumerate(reversed(base15)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + base15


def kenmerk_ok(k):
    return len(k) == 16 and kenmerk(k[1:]) == k


def kenmerk_spaced(k):
    return " ".join(k[i:i + 4] for i in range(0, 16, 4))


BICS = {"AIBK": "AIBKIE2D", "BOFI": "BOFIIE2D", "ABNA": "ABNANL2A", "RABO": "RABONL2U", "INGB": "INGBNL2A",
        "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A", "KNAB": "KNABNL2H", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21"}


def bic(f):
    """The BIC of the bank in @f's IBAN (Irish and Dutch IBANs name it)."""
    return BICS[f["iban"][4:8]]


def rf_spaced(r):
    return " ".join(r[i:i + 4] for i in range(0, len(r), 4))


# ---------------------------------------------------------------- the firms

REGION = {  # region: language, label language, currency, date style, money style
    "nl": ("nl", "nl", "EUR", "dmy-"), "be": ("nl", "nl", "EUR", "dmy/"),
    "uk": ("en", "en", "GBP", "long"), "ie": ("en", "en", "EUR", "dmy/"),
    "nl-en": ("en", "en", "EUR", "short-en"), "be-en": ("en", "en", "EUR", "dmy/"),
    "de": ("de", "de", "EUR", "dmy."), "at": ("de", "de", "EUR", "dmy."),
    "ch": ("de", "de", "CHF", "dmy."),
}
IBAN_COUNTRY = {"nl": "NL", "be": "BE", "uk": "GB", "ie": "IE", "nl-en": "NL", "be-en": "BE",
                "de": "DE", "at": "AT", "ch": "CH"}

FIRMS = {}


def firm(key, name, street, city, email, phone, vat, reg, tool, signer, region, layout, iban_from=None):
    FIRMS[key] = dict(key=key, name=name, street=street, city=city, email=email, phone=phone, vat=vat,
                      reg=reg, tool=tool, signer=signer, region=region, layout=layout,
                      iban=FIRMS[iban_from]["iban"] if iban_from else mk.iban(RNG, IBAN_COUNTRY[region]))


firm("bitveld", "Bitveld IT-Consultancy B.V.", "Kanaalweg 14", "3526 KM Utrecht", "facturen@bitveld.nl",
     "030 298 4410", "NL861204417B01", "KvK 70418822", "Exact Online", "Sander Kroes", "nl", "A")
firm("kolk", "Kolk & Verhaar Accountants", "Thorbeckegracht 3", "8011 VL Zwolle", "debiteuren@kolkverhaar.nl",
     "038 421 6630", "NL823350190B01", "KvK 58120344", "Twinfield", "Ilse Verhaar", "nl", "A")
firm("vandijk", "Van Dijk Installatietechniek B.V.", "Nijverheidsweg-Noord 42", "3812 PM Amersfoort",
     "facturatie@vandijk-installatie.nl", "033 460 1275", "NL850037726B01", "KvK 31048257", "AFAS",
     "Marieke van Dijk", "nl", "A")
firm("korenbeurs", "Groothandel De Korenbeurs B.V.", "Industrieweg 9", "7418 EH Deventer",
     "facturen@korenbeurs-groothandel.nl", "0570 63 22 10", "NL809921364B01", "KvK 08117460", "SnelStart",
     "Gerrit Hulshof", "nl", "C")
firm("lindeboom", "Studio Lindeboom", "Zijlweg 118", "2015 BH Haarlem", "hallo@studiolindeboom.nl",
     "023 737 0192", "NL004417283B62", "KvK 69302281", "Moneybird", "Femke Lindeboom", "nl", "B")
firm("glans", "Glans Schoonmaakdiensten B.V.", "Ringbaan-West 220", "5037 PD Tilburg",
     "administratie@glans-schoonmaak.nl", "013 590 4418", "NL862775103B01", "KvK 74120598", "King",
     "Nadia el Amrani", "nl", "A")
firm("wolters", "Wolters Transport B.V.", "Havenweg 31", "7554 RG Hengelo", "facturen@wolterstransport.nl",
     "074 250 3390", "NL001762254B01", "KvK 06082137", "Visma eAccounting", "Jolanda Wolters", "nl", "B")
firm("kennispunt", "Kennispunt Opleidingen B.V.", "Proost van Maurikstraat 6", "6711 AB Ede",
     "administratie@kennispunt-opleidingen.nl", "0318 64 10 22", "NL854410962B01", "KvK 81550214",
     "Exact Online", "Ruud Sloots", "nl", "A")
firm("smulhuis", "'t Smulhuis BV", "Kortrijksesteenweg 402", "9000 Gent", "facturatie@smulhuis.be",
     "09 224 18 60", "BE 0712.448.902", "RPR Gent", "Teamleader", "Lotte De Smet", "be", "B")
firm("vdbroucke", "Drukkerij Vandenbroucke BV", "Meensesteenweg 88", "8500 Kortrijk",
     "boekhouding@drukkerijvandenbroucke.be", "056 21 47 90", "BE 0438.102.675", "RPR Gent, afd. Kortrijk",
     "Odoo", "Pieter Vandenbroucke", "be", "B")
firm("maes", "Architectenbureau Maes & Claes", "Tiensevest 61", "3010 Leuven", "info@maesclaes-architecten.be",
     "016 40 88 13", "BE 0827.331.406", "", "Word", "Ann Claes", "be", "C")
firm("harbour", "Harbour Lane IT Ltd", "Unit 4, Spike Island Works, Cumberland Road", "Bristol BS1 6UX",
     "accounts@harbourlaneit.co.uk", "0117 403 2290", "GB 318 4471 26", "Company No. 10448213", "Xero",
     "Owen Tapley", "uk", "B")
firm("pennant", "Pennant & Rees Chartered Accountants", "22 Cathedral Road", "Cardiff CF11 9LJ",
     "billing@pennantrees.co.uk", "029 2034 7781", "GB 190 2256 43", "Company No. 08821450", "QuickBooks",
     "Gwen Rees", "uk", "B")
firm("greenfield", "Greenfield Heating & Solar Ltd", "Unit 7, Ring Road Business Park", "Leeds LS12 6BD",
     "accounts@greenfieldheating.co.uk", "0113 287 6610", "GB 274 9903 18", "Company No. 09377165", "Sage 50",
     "Dawn Pickering", "uk", "A")
firm("ashby", "Ashby Kitchen Catering Ltd", "41 Mansfield Road", "Nottingham NG1 3FB",
     "hello@ashbykitchen.co.uk", "0115 950 2284", "GB 402 7718 55", "Company No. 11902734", "FreeAgent",
     "Priya Ashby", "uk", "B")
firm("brightwell", "Brightwell Cleaning Services Ltd", "9 Portman Road", "Reading RG30 1EA",
     "accounts@brightwellcleaning.co.uk", "0118 958 0317", "GB 233 5109 72", "Company No. 07611098",
     "QuickBooks", "Karen Lowe", "uk", "B")
firm("northgate", "Northgate Print & Design Ltd", "3 Layerthorpe Industrial Estate", "York YO31 7YW",
     "accounts@northgateprint.co.uk", "01904 622 481", "GB 155 8724 09", "Company No. 04416677", "Sage 50",
     "Stuart Hebden", "uk", "A")
firm("hollis", "Hollis Pryce Architects", "14 Trim Street", "Bath BA1 1HB", "office@hollispryce.co.uk",
     "01225 480 326", "GB 389 1145 60", "", "Word", "Martha Hollis", "uk", "C")
firm("corrib", "Corrib Freight Ltd", "Unit 12, Ballybrit Business Park", "Galway H91 P2DK",
     "accounts@corribfreight.ie", "091 771 420", "IE 3381765QH", "CRO 612904", "Sage 50", "Niamh Folan", "ie", "A")
firm("liffey", "Liffey Training Institute Ltd", "58 Ormond Quay Upper", "Dublin 7 D07 X2K4",
     "accounts@liffeytraining.ie", "01 872 4406", "IE 9924118TH", "CRO 574388", "Xero", "Declan Ryan", "ie", "B")
firm("shannon", "Shannon Catering Supplies Ltd", "Raheen Industrial Estate", "Limerick V94 K7T2",
     "invoices@shannoncatering.ie", "061 302 885", "IE 6457290SA", "CRO 488210", "Odoo", "Ciara Moloney", "ie", "B")
firm("bluestack", "Bluestack Digital", "7 Washington Street West", "Cork T12 R2C8", "billing@bluestack.ie",
     "021 427 9053", "IE 3829104LH", "CRO 701552", "Xero", "Fionn Healy", "ie", "B")
firm("bitveld-en", "Bitveld IT-Consultancy B.V.", "Kanaalweg 14", "3526 KM Utrecht, The Netherlands",
     "facturen@bitveld.nl", "+31 30 298 4410", "NL861204417B01", "KvK 70418822", "Exact Online", "Sander Kroes",
     "nl-en", "A", iban_from="bitveld")
firm("vdbroucke-en", "Drukkerij Vandenbroucke BV", "Meensesteenweg 88", "8500 Kortrijk, Belgium",
     "boekhouding@drukkerijvandenbroucke.be", "+32 56 21 47 90", "BE 0438.102.675", "RPR Gent, afd. Kortrijk",
     "Odoo", "Pieter Vandenbroucke", "be-en", "B", iban_from="vdbroucke")
firm("kessler", "Kessler IT-Service GmbH", "Karl-Heine-Straße 63", "04229 Leipzig", "rechnung@kessler-it.de",
     "0341 4927 310", "DE318827405", "HRB 33871, AG Leipzig", "lexoffice", "Jan Kessler", "de", "A")
firm("brandt", "Brandt & Hollmann Steuerberatungsgesellschaft mbH", "Podbielskistraße 166", "30177 Hannover",
     "buchhaltung@brandt-hollmann.de", "0511 6290 440", "DE274410983", "HRB 210774, AG Hannover",
     "DATEV Unternehmen online", "Katrin Hollmann", "de", "A")
firm("wendt", "Wendt Haustechnik GmbH", "Hafenstraße 27", "28217 Bremen", "rechnungen@wendt-haustechnik.de",
     "0421 3876 520", "DE301554879", "HRB 29810 HB", "sevDesk", "Holger Wendt", "de", "A")
firm("rieger", "Rieger Gastro-Großhandel GmbH", "Derchinger Straße 140", "86165 Augsburg",
     "fibu@rieger-gastro.de", "0821 7490 30", "DE129887340", "HRB 18255, AG Augsburg", "SAP Business One",
     "Sabine Rieger", "de", "A")
firm("blaupause", "Blaupause Kommunikation GmbH", "Stresemannstraße 374", "22761 Hamburg",
     "buchhaltung@blaupause-kommunikation.de", "040 8537 1120", "DE327710492", "HRB 152298, AG Hamburg",
     "Billomat", "Merle Johannsen", "de", "B")
firm("reinhold", "Reinhold Gebäudeservice GmbH", "Evinger Straße 305", "44339 Dortmund",
     "rechnung@reinhold-gebaeudeservice.de", "0231 8820 614", "DE289145336", "HRB 27740, AG Dortmund",
     "lexoffice", "Tanja Reinhold", "de", "A")
firm("hartkopf", "Spedition Hartkopf GmbH & Co. KG", "Eckendorfer Straße 52", "33609 Bielefeld",
     "fakturierung@hartkopf-spedition.de", "0521 9381 70", "DE124590227", "HRA 15622, AG Bielefeld",
     "DATEV Unternehmen online", "Dirk Hartkopf", "de", "A")
firm("hofer", "Hofer Haustechnik GmbH", "Kärntner Straße 404", "8054 Graz", "office@hofer-haustechnik.at",
     "0316 28 14 77", "ATU69382145", "FN 412877 s, LG f. ZRS Graz", "sevDesk", "Martina Hofer", "at", "A")
firm("donau", "Donau Druck & Medien GmbH", "Industriezeile 47", "4020 Linz", "buchhaltung@donaudruck.at",
     "0732 77 30 18", "ATU57712039", "FN 256610 d, LG Linz", "Billomat", "Christian Aigner", "at", "B")
firm("alpenkueche", "Alpenküche Catering e.U.", "Amraser Straße 12", "6020 Innsbruck", "office@alpenkueche.at",
     "0512 39 44 80", "ATU72219805", "FN 498211 m", "Word", "Verena Pichler", "at", "C")
firm("limmat", "Limmat Informatik AG", "Hardturmstrasse 131", "8005 Zürich", "buchhaltung@limmat-informatik.ch",
     "044 271 83 50", "CHE-281.449.730 MWST", "", "bexio", "Reto Baumann", "ch", "B")
firm("gerber", "Treuhand Gerber AG", "Monbijoustrasse 68", "3007 Bern", "debitoren@treuhand-gerber.ch",
     "031 372 40 15", "CHE-109.882.417 MWST", "", "Abacus", "Daniela Gerber", "ch", "A")
firm("aare", "Aare Catering GmbH", "Bahnhofstrasse 54", "5000 Aarau", "rechnung@aare-catering.ch",
     "062 823 19 40", "CHE-430.557.198 MWST", "", "bexio", "Luca Widmer", "ch", "B")



def qr_iban(rng):
    """A Swiss QR-IBAN (institution id 30000-31999), the account a QR reference is paid to."""
    bban = "%05d" % rng.randint(30000, 31999) + "".join(rng.choice("0123456789") for _ in range(12))
    digits = "".join(str(int(c, 36)) for c in bban + "CH00")
    return "CH%02d%s" % (98 - int(digits) % 97, bban)


for _k in ("limmat", "gerber", "aare"):  # they bill with QR references, so to a QR-IBAN
    FIRMS[_k]["iban"] = qr_iban(RNG)

# Each tool's words: title, meta labels, columns, totals, and the cover line its mails end with.
WORDS = {
    "Exact Online/nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
                            cust="Klantnummer", cols=("Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"),
                            net="Totaal excl. BTW", vat="BTW {r}% over {b}", total="Totaal incl. BTW",
                            pay="Te betalen", foot="Dit bericht is verzonden met Exact Online."),
    "Exact Online/en": dict(title="Invoice", num="Invoice number", date="Invoice date", due="Due date",
                            cust="Customer number", cols=("Description", "Quantity", "Price", "VAT", "Amount"),
                            net="Total excl. VAT", vat="VAT {r}% on {b}", total="Total incl. VAT",
                            pay="Amount due", foot="This message was sent with Exact Online."),
    "Twinfield/nl": dict(title="FACTUUR", num="Factuurnr.", date="Datum", due="Vervaldatum", cust="Debiteurnr.",
                         cols=("Omschrijving", "Aantal", "Tarief", "BTW", "Bedrag"),
                         net="Subtotaal", vat="BTW {r}%", total="Totaal", pay="Te voldoen", foot=""),
    "AFAS/nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
                    cust="Debiteur", cols=("Omschrijving", "Aantal", "Prijs", "BTW", "Totaal"),
                    net="Totaal exclusief btw", vat="Btw {r}%", total="Totaal inclusief btw",
                    pay="Nog te betalen", foot=""),
    "SnelStart/nl": dict(title="FACTUUR", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
                         cust="Klantcode", cols=("Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"),
                         net="Totaal excl. btw", vat="Btw {r}% over {b}", total="Totaal incl. btw",
                         pay="Te betalen", foot=""),
    "Moneybird/nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
                         cust="Klantnummer", cols=("Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"),
                         net="Subtotaal", vat="{r}% btw", total="Totaal", pay="Te betalen",
                         foot="Verstuurd met Moneybird"),
    "King/nl": dict(title="Factuur", num="Factuurnr", date="Factuurdatum", due="Vervaldatum", cust="Klantnr",
                    cols=("Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"),
                    net="Totaal excl. btw", vat="Btw {r}%", total="Totaal factuur", pay="Te betalen", foot=""),
    "Visma eAccounting/nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
                                 cust="Klantnummer", cols=("Omschrijving", "Aantal", "Stukprijs", "Btw %", "Bedrag"),
                                 net="Totaal exclusief btw", vat="Btw {r}%", total="Totaal te betalen",
                                 pay="Te betalen", foot="Verzonden via Visma eAccounting"),
    "Teamleader/nl": dict(title="Factuur", num="Factuurnummer", date="Factuurdatum", due="Vervaldag",
                          cust="Klantnummer", cols=("Omschrijving", "Aantal", "Eenheidsprijs", "Btw", "Totaal"),
                          net="Totaal excl. btw", vat="Btw {r}%", total="Totaal incl. btw", pay="Te betalen",
                          foot="Verstuurd via Teamleader"),
    "Odoo/nl": dict(title="Factuur", num="Factuur", date="Factuurdatum", due="Vervaldatum", cust="Klantreferentie",
                    cols=("Omschrijving", "Hoeveelheid", "Prijs", "Btw", "Bedrag"),
                    net="Maatstaf van heffing", vat="Btw {r}%", total="Totaal", pay="Te betalen", foot=""),
    "Word/nl": dict(title="FACTUUR", num="Factuur nr.", date="Datum", due="Vervaldag", cust="Dossier",
                    cols=("Omschrijving", "Aantal", "Eenheidsprijs", "Btw", "Bedrag"),
                    net="Totaal excl. btw", vat="Btw {r}%", total="Totaal incl. btw", pay="Te betalen", foot=""),
    "Xero/en": dict(title="TAX INVOICE", num="Invoice Number", date="Invoice Date", due="Due Date",
                    cust="Reference", cols=("Description", "Quantity", "Unit Price", "VAT", "Amount {c}"),
                    net="Subtotal", vat="TOTAL VAT {r}%", total="TOTAL {c}", pay="AMOUNT DUE {c}", foot=""),
    "QuickBooks/en": dict(title="INVOICE", num="INVOICE NO.", date="DATE", due="DUE DATE", cust="TERMS",
                          cols=("DESCRIPTION", "QTY", "RATE", "VAT", "AMOUNT"),
                          net="SUBTOTAL", vat="VAT @ {r}% on {b}", total="TOTAL", pay="BALANCE DUE", foot=""),
    "Sage 50/en": dict(title="INVOICE", num="Invoice No.", date="Invoice/Tax Date", due="Payment Due",
                       cust="Account Ref", cols=("Details", "Quantity", "Unit Price", "VAT %", "Net Amount"),
                       net="Total Net Amount", vat="Total VAT Amount ({r}%)", total="Invoice Total",
                       pay="Balance Due", foot=""),
    "FreeAgent/en": dict(title="Invoice", num="Invoice Number", date="Dated", due="Payment Due",
                         cust="Project", cols=("Details", "Qty", "Price", "VAT", "Amount"),
                         net="Net", vat="VAT at {r}%", total="Total", pay="Total Due", foot="Sent using FreeAgent"),
    "Word/en": dict(title="INVOICE", num="Invoice no.", date="Date", due="Payment due", cust="Job",
                    cols=("Description", "Qty", "Rate", "VAT", "Amount"),
                    net="Subtotal", vat="VAT {r}%", total="Total", pay="Amount due", foot=""),
    "Odoo/en": dict(title="Invoice", num="Invoice", date="Invoice Date", due="Due Date", cust="Source",
                    cols=("Description", "Quantity", "Unit Price", "Taxes", "Amount"),
                    net="Untaxed Amount", vat="VAT {r}%", total="Total", pay="Amount Due", foot=""),
    "lexoffice/de": dict(title="Rechnung", num="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am",
                         cust="Kundennr.", cols=("Bezeichnung", "Menge", "Einzelpreis", "USt.", "Gesamt"),
                         net="Gesamtbetrag netto", vat="zzgl. Umsatzsteuer {r} %", total="Gesamtbetrag brutto",
                         pay="Zahlbetrag", foot=""),
    "DATEV Unternehmen online/de": dict(title="Rechnung", num="Rechnungs-Nr.", date="Rechnungsdatum",
                                        due="Zahlbar bis", cust="Kunden-Nr.",
                                        cols=("Leistung", "Menge", "Preis", "USt", "Betrag"),
                                        net="Summe netto", vat="Umsatzsteuer {r} %", total="Rechnungsbetrag",
                                        pay="Zu zahlender Betrag", foot=""),
    "sevDesk/de": dict(title="Rechnung", num="Rechnungsnummer", date="Rechnungsdatum", due="Fälligkeit",
                       cust="Kundennummer", cols=("Beschreibung", "Menge", "Einzelpreis", "USt.", "Gesamt"),
                       net="Gesamt netto", vat="Umsatzsteuer {r} %", total="Gesamt", pay="Offener Betrag", foot=""),
    "SAP Business One/de": dict(title="Rechnung", num="Belegnummer", date="Belegdatum", due="Fälligkeitsdatum",
                                cust="Kundennummer", cols=("Artikelbeschreibung", "Menge", "Preis", "MwSt", "Summe"),
                                net="Summe vor MwSt.", vat="MwSt {r} %", total="Gesamtsumme",
                                pay="Zu zahlen", foot=""),
    "Billomat/de": dict(title="Rechnung", num="Rechnungs-Nr.", date="Datum", due="Fällig am", cust="Kunden-Nr.",
                        cols=("Bezeichnung", "Menge", "Preis", "USt.", "Betrag"),
                        net="Netto", vat="zzgl. {r} % USt.", total="Gesamt", pay="Zahlbetrag", foot=""),
    "Word/de": dict(title="RECHNUNG", num="Rechnung Nr.", date="Datum", due="Zahlbar bis", cust="Veranstaltung",
                    cols=("Leistung", "Menge", "Preis", "USt.", "Betrag"),
                    net="Summe netto", vat="zzgl. {r} % USt.", total="Gesamtbetrag", pay="Zu zahlen", foot=""),
    "bexio/de": dict(title="Rechnung", num="Rechnungsnummer", date="Rechnungsdatum", due="Zahlbar bis",
                     cust="Kundennummer", cols=("Beschreibung", "Menge", "Preis", "MWST", "Total"),
                     net="Total exkl. MWST", vat="MWST {r} %", total="Total CHF", pay="Zu bezahlen",
                     foot="Diese E-Mail wurde mit bexio versendet."),
    "Abacus/de": dict(title="Rechnung", num="Rechnung Nr.", date="Datum", due="Zahlbar bis", cust="Kunden-Nr.",
                      cols=("Leistung", "Menge", "Ansatz", "MWST", "Betrag"),
                      net="Total exkl. MWST", vat="MWST {r} % auf {b}", total="Rechnungstotal", pay="Zu bezahlen",
                      foot=""),
}


def words_of(f):
    return WORDS["%s/%s" % (f["tool"], REGION[f["region"]][1])]


# ---------------------------------------------------------------- documents and their sums

def L(desc, qty, unit, rate):
    """A line: description, quantity (a string, may be decimal or negative), unit price in
    cents, VAT rate in percent (a string)."""
    return (desc, str(qty), unit, str(rate))


def sums(lines, deductions=(), rounding=0):
    """Each line's amount, the net per rate, the VAT per rate (half up), total and due."""
    amounts = [half_up(Decimal(q) * unit) for _, q, unit, _ in lines]
    per_rate = {}
    for (_, _, _, r), a in zip(lines, amounts):
        per_rate[r] = per_rate.get(r, 0) + a
    vat = {r: half_up(Decimal(b) * Decimal(r) / 100) for r, b in per_rate.items()}
    net = sum(amounts)
    total = net + sum(vat.values()) + rounding
    due = total - sum(c for _, c in deductions)
    return dict(amounts=amounts, per_rate=per_rate, vat=vat, net=net, total=total, due=due, rounding=rounding)


def chf_rounding(lines):
    """The Swiss rounding row to five Rappen."""
    s = sums(lines)
    t = s["total"]
    return (t + 2) // 5 * 5 - t


def fmt_qty(q, style):
    d = Decimal(q)
    s = str(d.normalize()) if d != d.to_integral() else str(int(d))
    return s.replace(".", ",") if style in ("nl", "de") else s


def money_style(region):
    return {"nl": "nl", "be": "nl", "uk": "en", "ie": "en", "nl-en": "en", "be-en": "en",
            "de": "de", "at": "de", "ch": "ch"}[region]


def rate_txt(r, region):
    return r.replace(".", ",") if money_style(region) in ("nl", "de") else r


class Doc:
    """One document a firm sends (an invoice or not): who, what and the page's words."""

    def __init__(self, f, **kw):
        self.f = f
        self.region = f["region"]
        self.lang, _, self.cur, self.dstyle = REGION[self.region]
        self.w = dict(words_of(f))
        self.w.update(kw.pop("words", {}))
        self.to_lines = kw.pop("to_lines")
        self.number = kw.pop("number")
        self.issue = kw.pop("issue")
        self.due = kw.pop("due", None)
        self.meta = kw.pop("meta", [])
        self.lines = kw.pop("lines", [])
        self.deductions = kw.pop("deductions", [])
        self.notes = kw.pop("notes", [])
        self.rounding = kw.pop("rounding", 0)
        self.vat_labels = kw.pop("vat_labels", {})
        self.split = kw.pop("split", None)
        self.show_due = kw.pop("show_due", True)
        self.title = kw.pop("title", self.w["title"])
        self.dstyle = kw.pop("dstyle", self.dstyle)
        self.totals_extra = kw.pop("totals_extra", [])
        assert not kw, kw
        self.s = sums(self.lines, self.deductions, self.rounding)

    def d(self, day):
        return mk.date(day, self.dstyle, self.lang)

    def m(self, c):
        return mk.money(c, money_style(self.region))

    def mc(self, c):
        return mk.money_in(self.cur, "nl" if self.region == "be" else self.lang, c)

    def meta_rows(self):
        rows = [(self.w["num"], self.number), (self.w["date"], self.d(self.issue))]
        if self.due and self.show_due:
            rows.append((self.w["due"], self.d(self.due)))
        return rows + list(self.meta)

    def total_rows(self):
        w, s = self.w, self.s
        rows = [(w["net"], self.mc(s["net"]), False)]
        for r in sorted(s["per_rate"], key=lambda x: -float(x)):
            lab = self.vat_labels.get(r) or w["vat"].format(r=rate_txt(r, self.region),
                                                            b=self.mc(s["per_rate"][r]), c=self.cur)
            rows.append((lab, self.mc(s["vat"][r]), False))
        if self.rounding:
            rows.append(({"de": "Rundungsdifferenz"}.get(self.lang, "Rounding"), self.mc(self.rounding), False))
        rows.append((w["total"].format(c=self.cur), self.mc(s["total"]), not self.deductions))
        for lab, c in self.deductions:
            rows.append((lab, self.mc(-c), False))
        if self.deductions:
            rows.append((w["pay"].format(c=self.cur), self.mc(s["due"]), True))
        return rows + [(a, b, False) for a, b in self.totals_extra]

    def line_rows(self):
        out = []
        for (desc, q, unit, r), a in zip(self.lines, self.s["amounts"]):
            out.append((desc, fmt_qty(q, money_style(self.region)), self.m(unit),
                        rate_txt(r, self.region) + "%", self.m(a)))
        return out

    # ------------------------------------------------------------ the PDF
    def pages(self):
        f, w = self.f, self.w
        lay = f["layout"]
        p = mk.Page()
        pages = [p]
        small = "%s · %s · %s" % (f["name"], f["street"], f["city"])
        if lay == "A":
            p.text(56, 58, f["name"], size=14, bold=True)
            p.text(56, 71, "%s, %s" % (f["street"], f["city"]), size=8)
            p.text(56, 82, "%s · %s" % (f["phone"], f["email"]), size=8)
            p.text(56, 138, small[:95], size=6.5)
            y = 152
            for ln in self.to_lines:
                p.text(56, y, ln, size=10)
                y += 13
            my = 152
            vx = max(445, 345 + int(max(len(a) for a, _ in self.meta_rows()) * 8.5 * 0.56) + 8)
            for lab, val in self.meta_rows():
                p.text(345, my, lab, size=8.5)
                p.text(vx, my, val, size=8.5)
                my += 12
            ty = max(y, my) + 36
        elif lay == "B":
            p.text(56, 70, self.title, size=20, bold=True)
            p.right(539, 58, f["name"], size=11, bold=True)
            p.right(539, 71, f["street"], size=8)
            p.right(539, 82, f["city"], size=8)
            p.right(539, 93, f["email"], size=8)
            y = 135
            for ln in self.to_lines:
                p.text(56, y, ln, size=10)
                y += 13
            my = 135
            for lab, val in self.meta_rows():
                p.text(min(330, int(539 - (len(lab) + len(val)) * 8.5 * 0.56 - 10)), my, lab, size=8.5, bold=True)
                p.right(539, my, val, size=8.5)
                my += 12
            ty = max(y, my) + 24
        else:  # C: a Word template
            p.text(56, 60, f["name"], size=16, bold=True)
            p.text(56, 74, "%s · %s" % (f["street"], f["city"]), size=8.5)
            p.text(56, 85, "Tel. %s · %s" % (f["phone"], f["email"]), size=8.5)
            p.rule(56, 93, 539, 93)
            y = 130
            for ln in self.to_lines:
                p.text(330, y, ln, size=10)
                y += 13
            my = 130
            vx = max(150, 56 + int(max(len(a) for a, _ in self.meta_rows()) * 9 * 0.56) + 12)
            for lab, val in self.meta_rows():
                p.text(56, my, lab + ":", size=9)
                p.text(vx, my, val, size=9)
                my += 13
            ty = max(y, my) + 24
        if lay != "B":
            p.text(56, ty, self.title + ("" if lay == "C" else " " + self.number), size=14, bold=True)
            ty += 28
        else:
            ty += 8
        rows = self.line_rows()
        split = self.split if self.split else len(rows)

        def header(pg, y):
            c = w["cols"]
            pg.text(56, y, c[0], size=8.5, bold=True)
            pg.right(330, y, c[1], size=8.5, bold=True)
            pg.right(410, y, c[2], size=8.5, bold=True)
            pg.right(455, y, c[3], size=8.5, bold=True)
            pg.right(539, y, c[4].format(c=self.cur), size=8.5, bold=True)
            pg.rule(56, y + 4, 539, y + 4)
            return y + 16

        def body(pg, y, rs):
            for desc, q, unit, r, a in rs:
                pg.text(56, y, desc, size=8.5)
                pg.right(330, y, q, size=8.5)
                pg.right(410, y, unit, size=8.5)
                pg.right(455, y, r, size=8.5)
                pg.right(539, y, a, size=8.5)
                y += 13
            return y

        y = body(p, header(p, ty), rows[:split])
        if split < len(rows):
            p.right(539, 780, {"nl": "Pagina 1 van 2", "en": "Page 1 of 2", "de": "Seite 1 von 2"}[self.lang], size=7.5)
            p2 = mk.Page()
            pages.append(p2)
            p2.text(56, 58, f["name"], size=10, bold=True)
            p2.text(56, 72, "%s %s · %s" % (self.title, self.number, self.d(self.issue)), size=8.5)
            p2.right(539, 780, {"nl": "Pagina 2 van 2", "en": "Page 2 of 2", "de": "Seite 2 von 2"}[self.lang], size=7.5)
            p = p2
            y = body(p, header(p, 110), rows[split:])
        y += 6
        p.rule(300, y - 8, 539, y - 8)
        y += 6
        for lab, amount, bold in self.total_rows():
            # a long label starts further left, clear of its amount
            p.text(min(300, int(539 - (len(lab) + len(amount)) * 9 * 0.56 - 14)), y, lab, size=9, bold=bold)
            p.right(539, y, amount, size=9, bold=bold)
            y += 14
        y += 14
        for ln in self.notes:
            p.text(56, y, ln, size=8.5)
            y += 12
        foot = ["%s · %s · %s" % (f["name"], f["street"], f["city"]),
                "IBAN %s · %s%s" % (mk.iban_spaced(f["iban"]), {"nl": "btw ", "en": "VAT ", "de": "USt-IdNr. "}
                                    [self.lang] if self.region != "ch" else "", f["vat"])
                + (" · " + f["reg"] if f["reg"] else "")]
        fy = 812 - 10 * len(foot)
        for pg in pages:
            for k, ln in enumerate(foot):
                pg.text(56, fy + 10 * k, ln[:110], size=7)
        assert y < 770, ("page overflows", self.number)
        return pages

    # ------------------------------------------------------------ the body forms
    def text_body(self):
        out = ["%s %s" % (self.title, self.number), ""] + list(self.to_lines) + [""]
        out += ["%s: %s" % (a, b) for a, b in self.meta_rows()]
        out.append("")
        for desc, q, unit, r, a in self.line_rows():
            out.append("%s  %s x %s  (%s)  %s" % (desc, q, unit, r, a))
        out.append("")
        out += ["%s: %s" % (a, b) for a, b, _ in self.total_rows()]
        out.append("")
        out += self.notes
        return "\n".join(out)

    def html_body(self, intro, outro):
        def esc(s):
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        h = ["<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"]
        h += ["<p>%s</p>" % esc(x) for x in intro]
        h.append("<h2>%s %s</h2>" % (esc(self.title), esc(self.number)))
        h.append("<p>%s</p>" % "<br>".join(esc(x) for x in self.to_lines))
        h.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b))
                                     for a, b in self.meta_rows()) + "</table>")
        c = self.w["cols"]
        h.append("<table cellpadding=\"4\"><tr>" + "".join("<th>%s</th>" % esc(x.format(c=self.cur)) for x in c) + "</tr>")
        for row in self.line_rows():
            h.append("<tr>" + "".join("<td>%s</td>" % esc(x) for x in row) + "</tr>")
        h.append("</table>")
        h.append("<table>" + "".join("<tr><td>%s%s%s</td><td align=\"right\">%s%s%s</td></tr>" % (
            "<b>" if b else "", esc(a), "</b>" if b else "", "<b>" if b else "", esc(v), "</b>" if b else "")
            for a, v, b in self.total_rows()) + "</table>")
        h += ["<p>%s</p>" % esc(x) for x in self.notes]
        h += ["<p>%s</p>" % esc(x).replace("\n", "<br>") for x in outro]
        h.append("</body></html>")
        return "\n".join(h)


# ---------------------------------------------------------------- records

RECORDS = []
N = {"inv": 0}


def addr_header(name, email):
    if any(c in name for c in ",.\"()") or not name.isascii():
        if name.isascii():
            return "\"%s\" <%s>" % (name, email)
        return "%s <%s>" % (mk.header_words(name), email)
    return "%s <%s>" % (name, email)


def emit(f, doc, to_name, to_email, subject, cover, kind="pdf", label=None, why_not=None, note="", cc=None,
         sent=None, filename=None, html_intro=None, html_outro=None, sender_name=None, sender=None, pdf=True,
         extra_headers=()):
    """One record: the mail of @doc (or a mail without a document when @doc is None)."""
    N["inv"] += 1
    rid = "inv-hold30-%03d" % N["inv"]
    sender = sender or f["email"]
    sender_name = mk.header_words(sender_name or f["name"])
    to = addr_header(to_name, to_email)
    hdrs = list(extra_headers)
    rcpt = [to_email]
    if cc:
        hdrs.append("Cc: %s" % addr_header(*cc))
        rcpt.append(cc[1])
    day = sent or (doc.issue if doc else None)
    subj = mk.header_words(subject)
    pages = None
    if kind == "pdf" and doc is not None and pdf:
        pages = doc.pages()
        eml = mk.mail(RNG, sender, sender_name, to, subj, day, body_text=cover, pdf=True, extra_headers=hdrs)
    elif kind == "body-html":
        eml = mk.mail(RNG, sender, sender_name, to, subj, day,
                      body_text=doc.text_body() if False else None,
                      body_html=doc.html_body(html_intro or [], html_outro or []), extra_headers=hdrs)
    elif kind == "body-text":
        eml = mk.mail(RNG, sender, sender_name, to, subj, day, body_text=cover, extra_headers=hdrs)
    else:  # none: a mail, with the document's PDF when there is one
        if doc is not None and pdf:
            pages = doc.pages()
            eml = mk.mail(RNG, sender, sender_name, to, subj, day, body_text=cover, pdf=True, extra_headers=hdrs)
        else:
            eml = mk.mail(RNG, sender, sender_name, to, subj, day, body_text=cover, extra_headers=hdrs)
    rkind = kind if label else "none"
    r = mk.record(rid, f["tool"], REGION[f["region"]][0], rkind, {"mail_from": sender, "rcpt_to": rcpt}, eml,
                  pages=pages, pdf_filename=filename, expected=label, why_not=why_not, note=note)
    r["_region"] = f["region"]
    r["_doc"] = doc
    RECORDS.append(r)
    return r


def invoice(f, doc, to_name, to_email, debtor, business, subject, cover, kind="pdf", reference=None,
            amount_due=None, credit=False, note="", **kw):
    """An invoice's record; its label from the document's own sums."""
    s = doc.s
    lab = mk.expected(doc.number, s["due"] if amount_due is None else amount_due, s["total"], doc.issue,
                      None if credit else doc.due, debtor, to_email, f["iban"], business, doc.lang,
                      reference=reference, currency=doc.cur, credit=credit)
    return emit(f, doc, to_name, to_email, subject, cover, kind=kind, label=lab, note=note, **kw)


def other(f, doc, to_name, to_email, subject, cover, why_not, note="", **kw):
    return emit(f, doc, to_name, to_email, subject, cover, kind="none", why_not=why_not, note=note, **kw)


# ---------------------------------------------------------------- covers

def sig(f):
    return "%s\n%s\n%s | %s" % (f["signer"], f["name"], f["phone"], f["email"])


def cover_nl(f, greet, body, foot=None):
    out = "%s,\n\n%s\n\nMet vriendelijke groet,\n\n%s" % (greet, body, sig(f))
    foot = words_of(f)["foot"] if foot is None else foot
    return out + ("\n\n--\n" + foot if foot else "")


def cover_be(f, greet, body):
    return "%s,\n\n%s\n\nMet vriendelijke groeten,\n\n%s" % (greet, body, sig(f)) + (
        "\n\n--\n" + words_of(f)["foot"] if words_of(f)["foot"] else "")


def cover_en(f, greet, body, close="Kind regards"):
    foot = words_of(f)["foot"]
    return "%s,\n\n%s\n\n%s,\n\n%s" % (greet, body, close, sig(f)) + ("\n\n--\n" + foot if foot else "")


def cover_de(f, greet, body, close="Mit freundlichen Grüßen"):
    foot = words_of(f)["foot"]
    return "%s\n\n%s\n\n%s\n\n%s" % (greet, body, close, sig(f)) + ("\n\n--\n" + foot if foot else "")


def cover_ch(f, greet, body):
    return cover_de(f, greet, body, close="Freundliche Grüsse")


def qr_spaced(r):
    return mk.qrr_spaced(r)


F = FIRMS
NOV = lambda d: D(2026, 11, d)  # noqa: E731


# ================================================================ the invoices (50)

def invoices():
    # ---------------------------------------------------------------- Dutch, the Netherlands (15)
    f = F["bitveld"]
    doc = Doc(f, number="26100418", issue=NOV(2), due=NOV(16),
              to_lines=["Houtbouw Ravenswaaij B.V.", "T.a.v. de heer K. Blom", "Rijnstraat 41",
                        "4111 LG Zoelmond"],
              meta=[("Klantnummer", "20114"), ("Uw referentie", "PO 4500-2291"), ("Project", "P26-118 Beheer")],
              lines=[L("Beheercontract werkplekken november 2026", 18, 3450, 21),
                     L("Extra uren support oktober 2026", "6.5", 9500, 21),
                     L("Microsoft 365 Business Standard (per gebruiker)", 18, 1170, 21),
                     L("Back-up cloudopslag 2 TB", 1, 4900, 21)],
              notes=["Betaling binnen 14 dagen na factuurdatum op IBAN %s t.n.v. Bitveld IT-Consultancy B.V."
                     % mk.iban_spaced(f["iban"]), "Vermeld bij betaling het factuurnummer 26100418."])
    invoice(f, doc, "Koen Blom", "k.blom@houtbouwravenswaaij.nl", "Houtbouw Ravenswaaij B.V.", True,
            "Factuur 26100418 van Bitveld IT-Consultancy B.V.",
            cover_nl(f, "Beste Koen", "In de bijlage vindt u factuur 26100418 voor het beheer van november en de "
                     "extra supporturen van oktober.\nHeeft u vragen over deze factuur? Neem dan contact met ons op."),
            filename="Factuur_26100418.pdf",
            note="Exact Online: a PO number, a project and a customer number beside the invoice number; hours 6,5.")

    doc = Doc(f, number="26100397", issue=D(2026, 10, 27), due=D(2026, 11, 26),
              to_lines=["Stichting Kinderopvang De Boomhut", "Afdeling financiën", "Postbus 1182",
                        "3430 BD Nieuwegein"],
              meta=[("Klantnummer", "20087"), ("Project", "P26-097 Servermigratie")],
              lines=[L("Servermigratie naar Windows Server 2025 (vaste prijs)", 1, 385000, 21),
                     L("Synology NAS RS1221+ incl. 4x 8 TB", 1, 124900, 21),
                     L("Installatie en configuratie NAS", 4, 9500, 21)],
              notes=["Betaling binnen 30 dagen na factuurdatum op IBAN %s." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Marloes Jansen", "financien@kdv-deboomhut.nl", "Stichting Kinderopvang De Boomhut", True,
            "Factuur 26100397 (zoals besproken)",
            cover_nl(f, "Beste Marloes", "Zoals vanochtend telefonisch besproken stuur ik u hierbij nogmaals factuur "
                     "26100397 van 27 oktober. Blijkbaar is de eerste mail bij u in de spamfolder beland.\n"
                     "De vervaldatum blijft 26 november."),
            sent=NOV(19), filename="Factuur_26100397.pdf",
            note="A re-send 'zoals besproken' of an October invoice: labelled with its own number and dates.")

    f = F["kolk"]
    k = kenmerk("000026004125817")
    doc = Doc(f, number="2026-4125", issue=NOV(3), due=NOV(17),
              to_lines=["Bakkerij Van der Meulen V.O.F.", "Diezerstraat 72", "8011 RJ Zwolle"],
              meta=[("Debiteurnr.", "1044"), ("Betalingskenmerk", kenmerk_spaced(k))],
              lines=[L("Samenstellen jaarrekening 2025", 1, 245000, 21),
                     L("Aangifte inkomstenbelasting vennoten 2025", 2, 38500, 21),
                     L("Salarisadministratie oktober 2026 (7 medewerkers)", 7, 2850, 21),
                     L("Aangifte loonheffingen oktober 2026", 1, 4500, 21)],
              notes=["Wij verzoeken u het bedrag binnen 14 dagen over te maken op %s onder vermelding van"
                     % mk.iban_spaced(f["iban"]), "betalingskenmerk %s." % kenmerk_spaced(k)])
    invoice(f, doc, "Bakkerij Van der Meulen", "info@bakkerijvandermeulen.nl", "Bakkerij Van der Meulen V.O.F.",
            True, "Factuur 2026-4125 Kolk & Verhaar Accountants",
            cover_nl(f, "Geachte heer, mevrouw", "Bijgaand ontvangt u onze factuur 2026-4125.", foot=""),
            reference=k, filename="2026-4125.pdf",
            note="Twinfield: a betalingskenmerk in groups in the meta block and in the notes.")

    k = kenmerk("000026004139022")
    doc = Doc(f, number="2026-4139", issue=NOV(9), due=NOV(23),
              to_lines=["Dhr. J.P. Brouwer", "Assendorperstraat 19", "8012 DE Zwolle"],
              meta=[("Debiteurnr.", "2317")],
              lines=[L("Aangifte inkomstenbelasting 2025 (fiscaal partners)", 1, 29500, 21),
                     L("Aanvraag voorlopige aanslag 2027", 1, 6500, 21)],
              notes=["Betalingskenmerk: %s" % kenmerk_spaced(k),
                     "Graag binnen 14 dagen overmaken op %s t.n.v. Kolk & Verhaar Accountants."
                     % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "J.P. Brouwer", "jp.brouwer@ziggo.nl", "J.P. Brouwer", False,
            "Uw factuur 2026-4139",
            "Geachte heer Brouwer,\n\nHieronder vindt u onze factuur voor de aangifte inkomstenbelasting.\n\n"
            + doc.text_body() + "\n\nMet vriendelijke groet,\n\n" + sig(f), kind="body-text", reference=k,
            note="Twinfield's plain-text mail with the invoice in the body; a private client ('Dhr.' dropped).")

    f = F["vandijk"]
    dep = 250000
    doc = Doc(f, number="260812", issue=NOV(4), due=NOV(18),
              to_lines=["Fam. Hendriksen", "Leusderweg 233", "3818 AD Amersfoort"],
              meta=[("Debiteur", "40291"), ("Projectnummer", "PRJ-2026-0334"), ("Werkbon", "WB-7781"),
                    ("Opleverdatum", "30-10-2026")],
              lines=[L("Hybride warmtepomp 5 kW (buitenunit + binnenunit)", 1, 425000, 21),
                     L("Montage-uren monteur", 14, 6250, 21),
                     L("Leidingwerk en bevestigingsmateriaal", 1, 38460, 21),
                     L("Elektrische aansluiting, extra groep", 1, 17500, 21)],
              deductions=[("Af: voorschotfactuur 260655 (betaald)", dep)],
              notes=["Betaling binnen 14 dagen op %s o.v.v. factuurnummer 260812." % mk.iban_spaced(f["iban"]),
                     "Denkt u aan de ISDE-subsidie? Het installatiebewijs is bijgevoegd."])
    invoice(f, doc, "R. Hendriksen", "r.hendriksen@kpnmail.nl", "Fam. Hendriksen", False,
            "Factuur 260812 - warmtepomp Leusderweg 233",
            cover_nl(f, "Geachte familie Hendriksen", "Hartelijk dank voor uw opdracht. Hierbij ontvangt u de "
                     "eindfactuur voor de installatie van de hybride warmtepomp. Het voorschot is op de factuur "
                     "in mindering gebracht."),
            filename="Factuur 260812.pdf",
            note="AFAS final invoice with the deposit invoice deducted: due is the total less the deposit.")

    doc = Doc(f, number="260857", issue=NOV(18), due=D(2026, 12, 2),
              to_lines=["Dhr. M. Aydın", "Kruiskamp 58", "3815 KH Amersfoort"],
              meta=[("Debiteur", "40318"), ("Projectnummer", "PRJ-2026-0361"), ("Orderdatum", "22-09-2026"),
                    ("Leverdatum", "12-11-2026")],
              lines=[L("Zonnepanelen 430 Wp full black", 10, 18900, 0),
                     L("Omvormer 4 kW incl. monitoring", 1, 89000, 0),
                     L("Montage zonnepanelen op hellend dak", 1, 95000, 0),
                     L("Extra groep meterkast + aardlekschakelaar", 1, 24500, 21)],
              vat_labels={"0": "Btw 0% (zonnepanelen woning)"},
              notes=["Betaling binnen 14 dagen op %s o.v.v. factuurnummer." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Mehmet Aydın", "m.aydin@outlook.com", "M. Aydın", False,
            "Factuur 260857 zonnepanelen",
            cover_nl(f, "Geachte heer Aydın", "Bijgaand de factuur voor de installatie van uw zonnepanelen. "
                     "Zonnepanelen op een woning vallen onder het 0%-tarief; alleen de meterkast is met 21% btw "
                     "belast."),
            filename="Factuur 260857.pdf", note="Two rates, 0 % for solar panels on a home and 21 %.")

    f = F["korenbeurs"]
    k = kenmerk("100000260418830")
    doc = Doc(f, number="26-04188", issue=NOV(5), due=NOV(19),
              to_lines=["Eetcafé De Waag", "Brink 70", "7411 BV Deventer"],
              meta=[("Klantcode", "1043"), ("Orderdatum", "03-11-2026"), ("Leverdatum", "04-11-2026"),
                    ("Pakbon", "PB-26-08812"), ("Betalingskenmerk", kenmerk_spaced(k))],
              lines=[L("Koffiebonen espresso blend 1 kg", 12, 1895, 9),
                     L("Melk vol 1 L (doos 12)", 6, 1290, 9),
                     L("Suikersticks 4 g (doos 1000)", 2, 1475, 9),
                     L("Bitterballen rundvlees 20 g (doos 100)", 8, 1650, 9),
                     L("Frituurolie vloeibaar 10 L", 4, 2395, 9),
                     L("Servetten 3-laags 33x33 (pak 250)", 6, 645, 21),
                     L("Vaatwasmiddel professioneel 10 L", 2, 3890, 21),
                     L("Emballage kratten", "-4", 390, 21)],
              notes=["Betaling binnen 14 dagen onder vermelding van het betalingskenmerk.",
                     "IBAN %s t.n.v. Groothandel De Korenbeurs B.V." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Eetcafé De Waag", "administratie@eetcafedewaag.nl", "Eetcafé De Waag", True,
            "Factuur 26-04188",
            cover_nl(f, "Geachte relatie", "Hierbij ontvangt u de factuur van uw levering van 4 november.", foot=""),
            reference=k, filename="Factuur_26-04188.pdf",
            note="SnelStart wholesale to a café: 9 % and 21 %, order, delivery date, packing slip, returned crates.")

    doc = Doc(f, number="26-04251", issue=NOV(16), title="CREDITFACTUUR",
              words={"num": "Creditfactuurnummer"},
              to_lines=["Hotel-Restaurant De Gouden Leeuw B.V.", "Markt 12", "7431 BX Diepenveen"],
              meta=[("Klantcode", "1012"), ("Betreft factuur", "26-04109"), ("Retourdatum", "13-11-2026")],
              lines=[L("Retour: slagroom 35% 1 L (THT verlopen)", "-12", 425, 9),
                     L("Retour: glazen tumbler 27 cl (breuk)", "-24", 115, 21)],
              notes=["Dit bedrag wordt verrekend met uw volgende factuur of binnen 14 dagen aan u terugbetaald."])
    invoice(f, doc, "Hotel De Gouden Leeuw", "inkoop@goudenleeuw-diepenveen.nl",
            "Hotel-Restaurant De Gouden Leeuw B.V.", True, "Creditfactuur 26-04251",
            cover_nl(f, "Geachte heer Oosterhuis", "Zoals afgesproken ontvangt u hierbij een creditfactuur voor de "
                     "geretourneerde artikelen van factuur 26-04109.", foot=""),
            credit=True, filename="Creditfactuur_26-04251.pdf",
            note="A SnelStart credit note at two rates, naming the invoice it corrects.")

    f = F["lindeboom"]
    doc = Doc(f, number="2026-087", issue=NOV(6), due=D(2026, 12, 6),
              to_lines=["Fietsenmakerij Spaak & Zonen", "t.a.v. Bas Spaak", "Cronjéstraat 41", "2022 LA Haarlem"],
              meta=[("Klantnummer", "0031"), ("Referentie", "Nieuwe website fase 2")],
              lines=[L("Ontwerp en bouw webshop (fase 2 van 2)", 1, 240000, 21),
                     L("Productfotografie (halve dag)", 1, 39500, 21),
                     L("Koppeling voorraadsysteem", 6, 8500, 21)],
              notes=["We verzoeken je vriendelijk het bedrag van %s vóór %s over te maken op"
                     % (mk.money_in("EUR", "nl", 0), "06-12-2026"),
                     "IBAN %s t.n.v. Studio Lindeboom, o.v.v. factuurnummer 2026-087." % mk.iban_spaced(f["iban"])])
    doc.notes[0] = "We verzoeken je vriendelijk het bedrag van %s vóór 06-12-2026 over te maken op" % doc.mc(doc.s["due"])
    invoice(f, doc, "Bas Spaak", "bas@spaakenzonen.nl", "Fietsenmakerij Spaak & Zonen", True,
            "Factuur 2026-087 van Studio Lindeboom",
            cover_nl(f, "Hoi Bas", "Hierbij ontvang je factuur 2026-087 van %s met vervaldatum 06-12-2026. "
                     "Je vindt de factuur als PDF in de bijlage." % doc.mc(doc.s["due"])),
            filename="factuur-2026-087.pdf", note="Moneybird, 'o.v.v. factuurnummer' (no reference).")

    doc = Doc(f, number="2026-091", issue=NOV(13), due=NOV(27),
              to_lines=["Yogastudio Ademruimte", "Kleine Houtstraat 3", "2011 DD Haarlem"],
              meta=[("Klantnummer", "0024"), ("Periode", "november 2026")],
              lines=[L("Website onderhoud & updates (maandabonnement)", 1, 9500, 21),
                     L("Hosting en SSL", 1, 2450, 21),
                     L("Nieuwsbrief opmaken (2x)", 2, 6000, 21)],
              notes=["Betaal binnen 14 dagen op IBAN %s o.v.v. 2026-091." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Eva Roos", "eva@ademruimte.nl", "Yogastudio Ademruimte", True,
            "Factuur 2026-091 van Studio Lindeboom", None, kind="body-html",
            cc=("Boekhouder Studio Lindeboom", "boekhouding@cijferwerk-haarlem.nl"),
            html_intro=["Hoi Eva,", "Hierbij de factuur voor het onderhoud van november."],
            html_outro=["Groet,\nFemke Lindeboom\nStudio Lindeboom", "Verstuurd met Moneybird"],
            note="Moneybird's HTML mail with the invoice in the body, a cc to the firm's own bookkeeper.")

    f = F["glans"]
    doc = Doc(f, number="F26-1130", issue=NOV(30), due=D(2026, 12, 31), show_due=False,
              to_lines=["Tandartspraktijk Reeshof", "t.a.v. mevr. drs. L. Pijnenburg", "Ringbaan-Oost 2",
                        "5013 CA Tilburg"],
              meta=[("Klantnr", "3307"), ("Contract", "SC-2024-118"), ("Periode", "november 2026")],
              lines=[L("Dagelijkse schoonmaak praktijk (20 werkdagen)", 20, 6850, 21),
                     L("Glasbewassing binnen en buiten", 1, 14500, 21),
                     L("Hygiënemiddelen en handdoekpapier", 1, 8730, 21)],
              notes=["Betalingsconditie: 30 dagen einde maand.",
                     "Gelieve te betalen op IBAN %s t.n.v. Glans Schoonmaakdiensten B.V." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Tandartspraktijk Reeshof", "administratie@tandartsreeshof.nl", "Tandartspraktijk Reeshof",
            True, "Factuur F26-1130 schoonmaak november",
            cover_nl(f, "Geachte mevrouw Pijnenburg", "Bijgaand treft u de factuur aan voor de schoonmaak in "
                     "november 2026.", foot=""),
            filename="F26-1130.pdf",
            note="King, 'Betalingsconditie: 30 dagen einde maand' and no date printed: 30 Nov + 30 days, then the "
                 "month's end (README).")

    doc = Doc(f, number="F26-1102", issue=NOV(10), due=NOV(24),
              to_lines=["Mevr. S. de Wit-Bakker", "Piushaven 19", "5017 AN Tilburg"],
              meta=[("Klantnr", "3391"), ("Uitgevoerd op", "06-11-2026")],
              lines=[L("Opleverschoonmaak appartement (3 personen)", "5.5", 9450, 21),
                     L("Reinigen keukenapparatuur", 1, 6500, 21)],
              notes=["Graag binnen 14 dagen betalen op %s o.v.v. F26-1102." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "S. de Wit-Bakker", "sdewitbakker@gmail.com", "S. de Wit-Bakker", False,
            "Factuur opleverschoonmaak Piushaven 19",
            "Beste mevrouw De Wit,\n\nDank voor uw opdracht. Hieronder de factuur voor de opleverschoonmaak.\n\n"
            + doc.text_body() + "\n\nMet vriendelijke groet,\n\n" + sig(f), kind="body-text",
            note="King's plain-text mail with the facts in the body; a private client, 'Mevr.' dropped.")

    f = F["wolters"]
    k = kenmerk("200000260077410")
    doc = Doc(f, number="260774", issue=NOV(11), due=D(2026, 12, 11),
              to_lines=["Bouwbedrijf Oude Egberink B.V.", "Crediteurenadministratie", "Oldenzaalsestraat 410",
                        "7523 AJ Enschede"],
              meta=[("Klantnummer", "10288"), ("Uw referentie", "Inkooporder 26-3318"),
                    ("Orderdatum", "02-11-2026"), ("Leverdatum", "05-11-2026"),
                    ("Betalingskenmerk", kenmerk_spaced(k))],
              lines=[L("Rit Hengelo - Enschede, oplegger 13,6 m", 6, 28500, 21),
                     L("Kraanwagen 2 uur incl. chauffeur", 2, 14500, 21),
                     L("Wachturen bouwplaats", "1.5", 6200, 21),
                     L("Dieseltoeslag 7,5%", 1, 15180, 21)],
              notes=["Betalingstermijn 30 dagen. Vermeld bij betaling het betalingskenmerk.",
                     "Rekening: %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Crediteuren Oude Egberink", "crediteuren@oudeegberink.nl", "Bouwbedrijf Oude Egberink B.V.",
            True, "Factuur 260774 Wolters Transport",
            cover_nl(f, "Geachte heer, mevrouw", "Hierbij ontvangt u factuur 260774. De factuur is als PDF "
                     "bijgevoegd."),
            reference=k, filename="Factuur_260774.pdf",
            note="Visma eAccounting: PO, order and delivery dates, a betalingskenmerk; 'Dieseltoeslag 7,5%' in a line.")

    doc = Doc(f, number="260781", issue=NOV(12), due=D(2026, 12, 12),
              to_lines=["Vandermeersch Logistics NV", "Nieuwe Weg 1", "2070 Zwijndrecht", "België"],
              meta=[("Klantnummer", "10311"), ("Btw-nr. klant", "BE 0466.271.309"), ("Uw referentie", "VM-44718")],
              lines=[L("Transport Hengelo - Antwerpen, complete lading", 3, 64500, 0),
                     L("Laden en lossen buiten venstertijd", 2, 7500, 0)],
              vat_labels={"0": "Btw verlegd (art. 44 en 196 Btw-richtlijn)"},
              notes=["Btw verlegd naar afnemer. Betalingstermijn 30 dagen.",
                     "IBAN %s · BIC op aanvraag" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Vandermeersch Logistics", "facturen@vandermeersch-logistics.be", "Vandermeersch Logistics NV",
            True, "Factuur 260781", cover_nl(f, "Beste Wim", "In de bijlage de factuur voor de ritten naar Antwerpen."),
            filename="Factuur_260781.pdf", note="Reverse charge to a Belgian company, Dutch seller, 0 % 'verlegd'.")

    f = F["kennispunt"]
    doc = Doc(f, number="26500233", issue=NOV(20), due=D(2026, 12, 20),
              to_lines=["Gemeente Barneveld", "Afdeling P&O", "Postbus 63", "3770 AB Barneveld"],
              meta=[("Klantnummer", "3108"), ("Inkoopordernummer", "4700123456"), ("Cursusdata", "10 en 17 nov 2026")],
              lines=[L("Incompany training BHV basis (2 dagen, 12 deelnemers)", 1, 240000, 0),
                     L("Lesmateriaal en certificaten", 12, 1850, 0),
                     L("Lunch op locatie", 24, 1450, 9)],
              vat_labels={"0": "Btw vrijgesteld (art. 11 lid 1 onder o)"},
              notes=["Betaling binnen 30 dagen onder vermelding van factuur- en inkoopordernummer.",
                     "IBAN %s t.n.v. Kennispunt Opleidingen B.V." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Gemeente Barneveld Crediteuren", "facturen@barneveld.nl", "Gemeente Barneveld", True,
            "Factuur 26500233 BHV-training (PO 4700123456)",
            cover_nl(f, "Geachte heer, mevrouw", "Hierbij ontvangt u de factuur voor de BHV-training van 10 en 17 "
                     "november. Het inkoopordernummer staat op de factuur."),
            cc=("Administratiekantoor Veluwe", "kennispunt@administratiekantoorveluwe.nl"),
            filename="Factuur 26500233.pdf",
            note="Exempt training (0 %, 'vrijgesteld') and lunch at 9 %; a municipality's PO; cc to the bookkeeper.")

    # ---------------------------------------------------------------- Dutch, Flanders (5)
    f = F["smulhuis"]
    o = mk.ogm("0261120044")
    dep = 150000
    doc = Doc(f, number="2026/0412", issue=NOV(20), due=D(2026, 12, 20),
              to_lines=["Advocatenkantoor Verhaeghe & Partners", "Coupure Links 611", "9000 Gent"],
              meta=[("Klantnummer", "K-0288"), ("Btw klant", "BE 0871.552.317"), ("Evenement", "14/11/2026"),
                    ("Gestructureerde mededeling", o)],
              lines=[L("Walking dinner 6 gangen", 65, 4200, 12),
                     L("Bediening (4 personen, 6 uur)", 24, 3900, 12),
                     L("Drankenforfait wijn, bier, frisdrank", 65, 1800, 21),
                     L("Huur glaswerk en servies", 1, 18500, 21)],
              deductions=[("Voorschot factuur 2026/0366", dep)],
              notes=["Te betalen binnen 30 dagen met de gestructureerde mededeling %s." % o,
                     "Rekening %s · BIC GKCCBEBB" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Verhaeghe & Partners", "boekhouding@verhaeghe-advocaten.be",
            "Advocatenkantoor Verhaeghe & Partners", True, "Factuur 2026/0412 - walking dinner 14/11",
            cover_be(f, "Beste mevrouw Verhaeghe", "In bijlage vindt u de eindfactuur voor het walking dinner van 14 "
                     "november. Het voorschot werd in mindering gebracht."),
            reference=o, filename="Factuur_2026-0412.pdf",
            note="Teamleader, catering at 12 % and drinks at 21 %, a deposit invoice deducted, a structured "
                 "communication.")

    o = mk.ogm("0261123018")
    doc = Doc(f, number="2026/0418", issue=NOV(23), due=D(2026, 12, 7),
              to_lines=["Dhr. Koen Van Acker", "Oude Houtlei 118", "9000 Gent"],
              meta=[("Klantnummer", "K-0301"), ("Feest", "21/11/2026"), ("Gestructureerde mededeling", o)],
              lines=[L("Buffet 'Smul' (50ste verjaardag)", 40, 3450, 12),
                     L("Dessertbuffet", 40, 850, 12),
                     L("Aperitief cava", 40, 650, 21),
                     L("Verplaatsingskosten", 1, 4500, 21)],
              notes=["Gelieve te betalen binnen 14 dagen met mededeling %s." % o])
    invoice(f, doc, "Koen Van Acker", "koen.vanacker@telenet.be", "Koen Van Acker", False,
            "Factuur 2026/0418 van 't Smulhuis", None, kind="body-html", reference=o,
            html_intro=["Beste Koen,", "Nog eens proficiat met je verjaardag! Hieronder vind je de factuur."],
            html_outro=["Rekeningnummer: %s" % mk.iban_spaced(f["iban"]),
                        "Met vriendelijke groeten,\nLotte De Smet\n't Smulhuis BV", "Verstuurd via Teamleader"],
            note="Teamleader's HTML mail, a private party, two rates, a structured communication.")

    f = F["vdbroucke"]
    o = mk.ogm("0260058125")
    doc = Doc(f, number="INV/2026/00581", issue=NOV(5), due=D(2026, 12, 5),
              to_lines=["Brouwerij Den Hopduvel BV", "Steenweg op Deinze 150", "9810 Nazareth"],
              meta=[("Klantreferentie", "BO-2026-211"), ("Bron", "S00744"), ("Btw-nr.", "BE 0645.781.210")],
              lines=[L("Etiketten 'Tripel Duvelke' 75 cl, 4 kleuren", 20000, 9, 21),
                     L("Brochure A5 16 p., 135 g mat", 2500, 62, 21),
                     L("Bierviltjes 2-zijdig", 10000, 4, 21),
                     L("Opmaak en drukproef", 3, 6500, 21)],
              notes=["Betalingsvoorwaarden: 30 dagen. 2% korting bij betaling binnen 8 dagen.",
                     "Gestructureerde mededeling: %s" % o, "IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Brouwerij Den Hopduvel", "facturen@hopduvel.be", "Brouwerij Den Hopduvel BV", True,
            "Drukkerij Vandenbroucke Factuur (Ref INV/2026/00581)",
            cover_be(f, "Beste", "Hierbij uw factuur INV/2026/00581 voor een bedrag van %s van Drukkerij "
                     "Vandenbroucke BV.\nAarzel niet om ons te contacteren als u vragen heeft."
                     % doc.mc(doc.s["due"])),
            reference=o, filename="Factuur_INV_2026_00581.pdf",
            note="Odoo, a discount for early payment (the full total and the net date stand), unit prices of cents.")

    o = mk.ogm("0260062230")
    doc = Doc(f, number="INV/2026/00622", issue=NOV(13), due=D(2026, 12, 31), show_due=False,
              to_lines=["VZW Jeugdhuis De Kelder", "Leiestraat 9", "8500 Kortrijk"],
              meta=[("Klantreferentie", "Affiches kerstfuif"), ("Bron", "S00781")],
              lines=[L("Affiches A2 4/0, 170 g", 150, 145, 21),
                     L("Flyers A6 4/4, 350 g", 2000, 5, 21),
                     L("Polsbandjes Tyvek, genummerd", 600, 12, 21)],
              notes=["Betalingsvoorwaarden: 30 dagen einde maand",
                     "Gestructureerde mededeling: %s" % o, "IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Jeugdhuis De Kelder", "penning@jhdekelder.be", "VZW Jeugdhuis De Kelder", True,
            "Drukkerij Vandenbroucke Factuur (Ref INV/2026/00622)",
            cover_be(f, "Beste", "Hierbij uw factuur INV/2026/00622 voor een bedrag van %s." % doc.mc(doc.s["due"])),
            reference=o, cc=("Boekhouding Vandenbroucke", "vandenbroucke@fiduciaire-desmet.be"),
            filename="Factuur_INV_2026_00622.pdf",
            note="Odoo, '30 dagen einde maand' with no date: 13 Nov + 30 days, then the month's end; a vzw; cc.")

    f = F["maes"]
    o = mk.ogm("2026031000")
    # the fee: 30 % of 7 % of the estimated works of 285.000,00
    fee = 598500
    doc = Doc(f, number="2026/031", issue=NOV(24), due=D(2026, 12, 24),
              to_lines=["Dhr. en mevr. Peeters-Janssens", "Naamsesteenweg 402", "3001 Heverlee"],
              meta=[("Dossier", "2025-014 Verbouwing woning")],
              lines=[L("Ereloon schijf 2 - bouwaanvraag", 1, fee, 21),
                     L("Plannen en afdrukken aanvraagdossier", 1, 14200, 21)],
              notes=[])
    body = ("Geachte heer en mevrouw Peeters,\n\nHierbij onze factuur voor de tweede schijf van het ereloon "
            "(bouwaanvraag ingediend op 17/11/2026).\n\nFACTUUR 2026/031\nDatum: 24/11/2026\n"
            "Dossier: 2025-014 Verbouwing woning\nAan: Dhr. en mevr. Peeters-Janssens, Naamsesteenweg 402, "
            "3001 Heverlee\n\n"
            "Ereloon schijf 2 - bouwaanvraag (30%% van het ereloon van 7%% op een raming van € 285.000,00): %s\n"
            "Plannen en afdrukken aanvraagdossier: %s\n\nTotaal excl. btw: %s\nBtw 21%%: %s\n"
            "Totaal te betalen: %s\n\nTe betalen binnen 30 dagen op rekening %s met vermelding van %s.\n"
            "Vervaldag: 24/12/2026\n\nMet vriendelijke groeten,\n\n%s"
            % (doc.mc(fee), doc.mc(14200), doc.mc(doc.s["net"]), doc.mc(doc.s["vat"]["21"]),
               doc.mc(doc.s["total"]), mk.iban_spaced(f["iban"]), o, sig(f)))
    invoice(f, doc, "Peeters-Janssens", "peeters.janssens@skynet.be", "Dhr. en mevr. Peeters-Janssens", False,
            "Factuur 2026/031 ereloon schijf 2", body, kind="body-text", reference=o,
            note="An architect's invoice typed in the mail; a percentage of an estimate in a sentence; 'Dhr. en "
                 "mevr.' over a surname stays (README).")
    RECORDS[-1]["tool"] = "typed"
    RECORDS[-1]["_doc"] = doc

    # ---------------------------------------------------------------- English: UK (8)
    f = F["harbour"]
    doc = Doc(f, number="INV-2291", issue=NOV(2), due=D(2026, 12, 2), dstyle="short-en",
              to_lines=["Clifton Dental Practice Ltd", "Attn: Practice Manager", "88 Whiteladies Road",
                        "Bristol BS8 2QN"],
              meta=[("Reference", "PO 7731"), ("VAT Number", "GB 318 4471 26")],
              lines=[L("Managed IT support - November 2026 (per user)", 14, 3800, 20),
                     L("Microsoft 365 Business Premium", 14, 1890, 20),
                     L("Firewall licence renewal (12 months)", 1, 42000, 20),
                     L("On-site visit 27 Oct - printer replacement", "2.5", 8500, 20)],
              notes=["Due Date: 2 Dec 2026",
                     "Payment by bank transfer to Harbour Lane IT Ltd, sort code 60-83-71, account 41229087,",
                     "IBAN %s. Please quote INV-2291 as your reference." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Nicola Bright", "accounts@cliftondental.co.uk", "Clifton Dental Practice Ltd", True,
            "Invoice INV-2291 from Harbour Lane IT Ltd for Clifton Dental Practice Ltd",
            cover_en(f, "Hi Nicola", "Here's invoice INV-2291 for %s.\n\nThe amount outstanding of %s is due on "
                     "2 Dec 2026.\n\nIf you have any questions, please let us know." %
                     (doc.mc(doc.s["due"]), doc.mc(doc.s["due"])), close="Thanks"),
            filename="Invoice INV-2291.pdf",
            note="Xero: 'Reference' holds the customer's PO (no payment reference); 'quote INV-2291' is no reference.")

    doc = Doc(f, number="CN-0058", issue=NOV(17), title="CREDIT NOTE", dstyle="short-en",
              words={"num": "Credit Note Number", "date": "Credit Note Date", "total": "TOTAL CREDIT {c}"},
              to_lines=["Redland Estate Agents Ltd", "142 Gloucester Road", "Bristol BS7 8NT"],
              meta=[("Reference", "Return of INV-2264"), ("VAT Number", "GB 318 4471 26")],
              lines=[L("Dell Latitude 5550 laptop - returned unused", "-2", 98900, 20),
                     L("Restocking fee", 1, 7500, 20)],
              notes=["This credit has been applied to your account and will be offset against your next invoice."])
    invoice(f, doc, "Redland Estate Agents", "office@redlandestates.co.uk", "Redland Estate Agents Ltd", True,
            "Credit Note CN-0058 from Harbour Lane IT Ltd",
            cover_en(f, "Hi Tom", "Here's credit note CN-0058 for %s for the two returned laptops.\n\nThe "
                     "restocking fee we agreed has been taken off." % doc.mc(-doc.s["total"]), close="Thanks"),
            credit=True, filename="Credit Note CN-0058.pdf",
            note="A Xero credit note with a positive restocking fee line inside a negative total.")

    f = F["pennant"]
    doc = Doc(f, number="1187", issue=NOV(6), due=D(2026, 12, 6), dstyle="dmy/",
              to_lines=["Mr Rhys Morgan", "7 Llandaff Place", "Cardiff CF5 2AE"],
              meta=[("TERMS", "Net 30")],
              lines=[L("Self assessment tax return 2025/26", 1, 39500, 20),
                     L("Rental property schedule (1 property)", 1, 12000, 20),
                     L("HMRC correspondence - penalty appeal", 1, 7500, 20)])
    invoice(f, doc, "Rhys Morgan", "rhys.morgan@btinternet.com", "Rhys Morgan", False,
            "Invoice 1187 from Pennant & Rees Chartered Accountants", None, kind="body-html",
            html_intro=["Dear Rhys,", "Here's your invoice! We appreciate your prompt payment.",
                        "Invoice 1187 - Balance due %s - Due date 06/12/2026" % doc.mc(doc.s["due"])],
            html_outro=["Bank details: Pennant & Rees Chartered Accountants, IBAN %s" % mk.iban_spaced(f["iban"]),
                        "Thanks for your business!\nGwen Rees\nPennant & Rees Chartered Accountants"],
            note="QuickBooks' HTML mail with the invoice in it; a private client, 'Mr' dropped.")

    f = F["greenfield"]
    dep = 120000
    doc = Doc(f, number="SI-10482", issue=NOV(9), due=NOV(23), dstyle="dmy/",
              to_lines=["Mrs J. Whitfield", "21 Moor Grange Drive", "Leeds LS16 5BL"],
              meta=[("Account Ref", "WHITFI01"), ("Order No.", "SO-3391"), ("Installed", "05/11/2026")],
              lines=[L("Worcester Bosch 4000 30kW combi boiler", 1, 185000, 20),
                     L("Installation, flush and commissioning", 1, 95000, 20),
                     L("Solar PV battery 5.2 kWh (retrofit)", 1, 310000, 0),
                     L("Magnetic system filter", 1, 12500, 20)],
              vat_labels={"0": "Total VAT Amount (0%, energy saving)"},
              deductions=[("Less deposit paid 14/10/2026", dep)],
              notes=["Payment due within 14 days. Sort code 30-94-21  Account 62017734",
                     "IBAN %s  Please use the invoice number as your reference." % mk.iban_spaced(f["iban"]),
                     "Boiler guarantee registered: 10 years, subject to annual service."])
    invoice(f, doc, "Julie Whitfield", "juliewhitfield@sky.com", "J. Whitfield", False,
            "Invoice SI-10482 - Greenfield Heating & Solar Ltd",
            cover_en(f, "Dear Mrs Whitfield", "Please find attached our invoice SI-10482 for the boiler and "
                     "battery installation. The deposit you paid in October has been deducted."),
            filename="SI-10482.pdf",
            note="Sage 50, 20 % and 0 % (battery storage), a deposit deducted; 'Mrs' dropped.")

    f = F["ashby"]
    doc = Doc(f, number="AKC-0413", issue=NOV(12), due=D(2026, 12, 12), dstyle="long",
              to_lines=["Trent Valley Architects LLP", "The Lace Market Studios", "3 Stoney Street",
                        "Nottingham NG1 1LG"],
              meta=[("Project", "Board lunches Q4"), ("Your PO", "TVA-PO-0921")],
              lines=[L("Working lunch, 10 November (per head)", 18, 1650, 20),
                     L("Working lunch, 11 November (per head)", 22, 1650, 20),
                     L("Fresh juice and coffee service", 40, 350, 20),
                     L("Delivery and collection", 2, 2500, 20)],
              notes=["Payment due within 30 days of the invoice date.",
                     "Bank: Ashby Kitchen Catering Ltd, IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Trent Valley Architects Accounts", "accounts@trentvalleyarchitects.co.uk",
            "Trent Valley Architects LLP", True, "Invoice AKC-0413 from Ashby Kitchen Catering Ltd",
            cover_en(f, "Hi there", "Please find attached invoice AKC-0413 for the board lunches on 10 and 11 "
                     "November, payable by 12 December 2026."),
            filename="Invoice AKC-0413.pdf", note="FreeAgent, two event days, a project and a PO.")

    f = F["brightwell"]
    doc = Doc(f, number="5530", issue=NOV(27), due=D(2026, 12, 30), dstyle="dmy/",
              to_lines=["Kennet Solicitors LLP", "Attn: Accounts", "40 Castle Street", "Reading RG1 7SB"],
              meta=[("TERMS", "Net 30 EOM"), ("P.O. NUMBER", "KS-1180")],
              lines=[L("Office cleaning November 2026 (weekday evenings)", 21, 7400, 20),
                     L("Deep clean of kitchen and washrooms", 1, 18500, 20),
                     L("Consumables (soap, paper, bin liners)", 1, 6340, 20)],
              notes=["Please pay by BACS to Brightwell Cleaning Services Ltd, IBAN %s." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Kennet Solicitors Accounts", "accounts@kennetsolicitors.co.uk", "Kennet Solicitors LLP", True,
            "Invoice 5530 from Brightwell Cleaning Services Ltd",
            cover_en(f, "Dear Sir/Madam", "Please see the attached invoice 5530 for November's cleaning. "
                     "Feel free to contact us if you have any questions.\n\nHave a great day, thank you for your "
                     "business."),
            cc=("Brightwell bookkeeping", "brightwell@lowe-bookkeeping.co.uk"), filename="Invoice_5530.pdf",
            note="QuickBooks with TERMS 'Net 30 EOM' and the due date it computed (30 Nov + 30 days); cc.")

    f = F["northgate"]
    lines = [L("Beer mats 95 mm round, 4-colour, 1000 pack", 20, 4850, 20),
             L("Pump clip inserts 'Ouse Gold'", 150, 185, 20),
             L("Pump clip inserts 'Minster Dark'", 150, 185, 20),
             L("A5 leaflets 170gsm silk, 2500", 1, 16900, 20),
             L("A1 posters gloss, Winter beer festival", 40, 420, 20),
             L("Roller banner 850 x 2000 mm", 2, 8900, 20),
             L("Bottle labels 500 ml 'Ouse Gold'", 6000, 6, 20),
             L("Bottle labels 500 ml 'Minster Dark'", 6000, 6, 20),
             L("Bottle labels 330 ml 'Hopscotch IPA'", 4000, 5, 20),
             L("Gift box sleeves, 3-bottle", 500, 64, 20),
             L("Price list cards A6 (trade)", 1000, 9, 20),
             L("Christmas cards 4-colour with envelopes", 300, 48, 20),
             L("Brewery tour tickets, numbered", 1000, 7, 20),
             L("Design time - label artwork revisions", "4.5", 5500, 20),
             L("Proofs and colour matching", 1, 4500, 20),
             L("Children's colouring sheets (zero-rated)", 500, 12, 0),
             L("Festival programme 12pp (zero-rated booklet)", 800, 38, 0),
             L("Delivery to brewery (2 pallets)", 2, 3500, 20)]
    doc = Doc(f, number="43117", issue=NOV(19), due=D(2026, 12, 19), dstyle="dmy/", split=14, lines=lines,
              to_lines=["Ouse Valley Brewing Co Ltd", "Unit 2, Foss Islands Road", "York YO31 7UL"],
              meta=[("Account Ref", "OUSEVA01"), ("Order No.", "OVB-PO-2026-77"), ("Despatch Date", "17/11/2026")],
              notes=["Terms: 30 days net. A settlement discount of 2.5% may be taken if paid within 7 days;",
                     "VAT is then due on the amount paid. Bank: IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Ouse Valley Brewing Accounts", "accounts@ousevalleybrewing.co.uk", "Ouse Valley Brewing Co Ltd",
            True, "Sales Invoice 43117",
            cover_en(f, "Dear Helen", "Please find attached sales invoice 43117 for the festival print run, "
                     "delivered on Tuesday."),
            filename="INV43117.pdf",
            note="Sage 50 over two pages, 20 % and 0 % (booklets), a settlement discount: the full total stands.")

    f = F["hollis"]
    doc = Doc(f, number="HPA/26/044", issue=NOV(25), due=D(2026, 12, 25), dstyle="long",
              to_lines=["Mr and Mrs Ashworth", "The Old Rectory", "Church Lane", "Bathampton BA2 6TA"],
              meta=[("Job", "2519 - Rear extension"), ("Stage", "RIBA Stage 4")],
              lines=[L("RIBA Stage 4 technical design (fixed fee)", 1, 680000, 20),
                     L("Structural engineer's fee (recharged at cost)", 1, 145000, 20),
                     L("Building regulations application fee", 1, 62400, 0)],
              vat_labels={"0": "VAT 0% (local authority fee)"},
              notes=["Payment is due within 30 days.",
                     "Bank: Hollis Pryce Architects, sort code 30-99-50, account 17742093",
                     "IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Simon Ashworth", "simon.ashworth@me.com", "Mr and Mrs Ashworth", False,
            "Invoice HPA/26/044 - Rear extension, Stage 4",
            cover_en(f, "Dear Simon and Clare", "Please find attached our invoice for Stage 4 of the extension "
                     "project. As agreed, the structural engineer's fee is recharged at cost.", close="Best wishes"),
            filename="HPA-26-044.pdf",
            note="A Word template; 'Mr and Mrs Ashworth' keeps its forms (surname only); a 0 % council fee.")

    # ---------------------------------------------------------------- English: Ireland (5)
    f = F["corrib"]
    doc = Doc(f, number="SI0028817", issue=NOV(10), due=D(2026, 12, 10),
              to_lines=["Atlantic Seafoods Ltd", "Rossaveal Harbour", "Co. Galway H91 C7X4"],
              meta=[("Account Ref", "ATLA001"), ("Order No.", "AS-88412"), ("Delivery Date", "06/11/2026")],
              lines=[L("Chilled pallet Galway - Dublin Port", 8, 14500, 23),
                     L("Chilled pallet Galway - Cork", 3, 16800, 23),
                     L("Fuel surcharge", 1, 9870, 23),
                     L("Tail-lift delivery", 2, 2500, 23)])
    body = ("Dear Seán,\n\nPlease see below invoice SI0028817 for last week's deliveries.\n\n" + doc.text_body()
            + "\n\nPayment terms 30 days. Bank transfer to IBAN %s, BIC %s.\n\nKind regards,\n\n%s"
            % (mk.iban_spaced(f["iban"]), bic(f), sig(f)))
    invoice(f, doc, "Seán Ó Conghaile", "accounts@atlanticseafoods.ie", "Atlantic Seafoods Ltd", True,
            "Invoice SI0028817", body, kind="body-text",
            note="Sage 50's invoice set out in a plain-text mail; a term of 30 days with the due date printed.")

    doc = Doc(f, number="SI0028840", issue=NOV(18), due=D(2026, 12, 18),
              to_lines=["Van Houten Visgroothandel B.V.", "Havenkade 14", "1781 AL Den Helder",
                        "The Netherlands"],
              meta=[("Account Ref", "VANH002"), ("Customer VAT", "NL815502317B01"), ("Order No.", "VH-2026-3302")],
              lines=[L("Refrigerated groupage Galway - Rotterdam", 4, 41000, 0),
                     L("Customs documentation (EX/T1)", 1, 6500, 0)],
              vat_labels={"0": "VAT 0% - reverse charge"},
              notes=["Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).",
                     "Payment within 30 days to IBAN %s, BIC %s." % (mk.iban_spaced(f["iban"]), bic(f))])
    invoice(f, doc, "Van Houten Visgroothandel", "crediteuren@vanhoutenvis.nl", "Van Houten Visgroothandel B.V.",
            True, "Invoice SI0028840 - Corrib Freight Ltd",
            cover_en(f, "Dear Sir/Madam", "Please find attached invoice SI0028840 for the groupage shipments to "
                     "Rotterdam."),
            filename="SI0028840.pdf", note="An Irish carrier's reverse-charge invoice to a Dutch company.")

    f = F["liffey"]
    doc = Doc(f, number="INV-1043", issue=NOV(16), due=NOV(30), dstyle="short-en",
              to_lines=["Dublin Port Services DAC", "Alexandra Road", "Dublin 1 D01 H4C6"],
              meta=[("Reference", "Manual Handling 12 Nov"), ("VAT Number", "IE 9924118TH")],
              lines=[L("Manual Handling (QQI) one-day course, per delegate", 14, 9500, 0),
                     L("Course handbook and certificate", 14, 600, 23)],
              vat_labels={"0": "VAT exempt (education)"})
    invoice(f, doc, "Accounts Payable", "ap@dublinportservices.ie", "Dublin Port Services DAC", True,
            "Invoice INV-1043 from Liffey Training Institute Ltd for Dublin Port Services DAC", None,
            kind="body-html",
            html_intro=["Hi,", "Here's invoice INV-1043 for %s." % doc.mc(doc.s["due"]),
                        "The amount outstanding of %s is due on 30 Nov 2026." % doc.mc(doc.s["due"])],
            html_outro=["Pay by bank transfer: Liffey Training Institute Ltd, IBAN %s, BIC %s"
                        % (mk.iban_spaced(f["iban"]), bic(f)), "Thanks,\nDeclan Ryan\nLiffey Training Institute Ltd"],
            note="Xero's HTML mail with the invoice; exempt training beside a 23 % line.")

    f = F["shannon"]
    doc = Doc(f, number="INV/2026/01214", issue=NOV(24), due=D(2026, 12, 24), dstyle="dmy/",
              to_lines=["The Quays Bar & Grill", "Honan's Quay", "Limerick V94 RX81"],
              meta=[("Source", "S02381"), ("Delivery Date", "23/11/2026")],
              lines=[L("Irish butter 10 x 454 g", 6, 3120, 0),
                     L("Free-range eggs, tray of 30", 10, 785, 0),
                     L("Plain flour 16 kg", 4, 1690, 0),
                     L("Rapeseed oil 20 L", 3, 4650, 0),
                     L("Dishwasher detergent 20 L", 2, 5290, 23),
                     L("Blue roll 6-pack", 5, 1390, 23)],
              notes=["Payment terms: 30 Days",
                     "Please use the following communication for your payment: INV/2026/01214",
                     "IBAN %s  BIC %s" % (mk.iban_spaced(f["iban"]), bic(f))])
    invoice(f, doc, "The Quays Bar & Grill", "accounts@thequayslimerick.ie", "The Quays Bar & Grill", True,
            "Shannon Catering Supplies Ltd Invoice (Ref INV/2026/01214)",
            cover_en(f, "Dear The Quays Bar & Grill", "Here is your invoice INV/2026/01214 amounting in %s from "
                     "Shannon Catering Supplies Ltd. Please remit payment at your earliest convenience.\nPlease use "
                     "the following communication for your payment: INV/2026/01214." % doc.mc(doc.s["due"]),
                     close="Do not hesitate to contact us if you have any questions"),
            filename="Invoice_INV_2026_01214.pdf",
            note="Odoo: zero-rated food and 23 % cleaning goods; the communication is the invoice's number (no "
                 "reference, README).")

    f = F["bluestack"]
    doc = Doc(f, number="INV-0422", issue=NOV(26), due=D(2026, 12, 10), dstyle="short-en",
              words={"pay": "AMOUNT DUE {c}"},
              to_lines=["Kinsale Harbour Hotel Ltd", "Pier Road", "Kinsale, Co. Cork P17 YX93"],
              meta=[("Reference", "Website rebuild"), ("VAT Number", "IE 3829104LH")],
              lines=[L("Website rebuild - design and development", 1, 640000, 23),
                     L("Booking engine integration", 1, 95000, 23),
                     L("Copywriting, 12 pages", 12, 9000, 23)],
              deductions=[("Less Amount Paid", 250000)],
              notes=["Due Date: 10 Dec 2026",
                     "Bank transfer to Bluestack Digital, IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Aoife Crowley", "aoife@kinsaleharbourhotel.ie", "Kinsale Harbour Hotel Ltd", True,
            "Invoice INV-0422 from Bluestack Digital for Kinsale Harbour Hotel Ltd",
            cover_en(f, "Hi Aoife", "Here's invoice INV-0422 for %s.\n\nThe amount outstanding of %s is due on "
                     "10 Dec 2026." % (doc.mc(doc.s["total"]), doc.mc(doc.s["due"])), close="Thanks"),
            filename="Invoice INV-0422.pdf",
            note="Xero with a deposit recorded as 'Less Amount Paid': the amount due is after it.")

    # ---------------------------------------------------------------- English from the continent (2)
    f = F["bitveld-en"]
    doc = Doc(f, number="26100452", issue=NOV(23), due=D(2026, 12, 23),
              to_lines=["Kestrel Analytics Ltd", "Attn: Finance", "4 Grand Canal Square", "Dublin 2 D02 X576",
                        "Ireland"],
              meta=[("Customer number", "20131"), ("Your reference", "KA-PO-1187"), ("Customer VAT", "IE 3488120OH")],
              lines=[L("Azure migration consultancy, November 2026", 36, 11500, 0),
                     L("Travel Utrecht - Dublin (fixed)", 1, 64000, 0)],
              vat_labels={"0": "VAT 0% - reverse charge"},
              notes=["VAT reverse-charged to the customer (Article 196, Directive 2006/112/EC).",
                     "Payment within 30 days to IBAN %s, BIC %s." % (mk.iban_spaced(f["iban"]), bic(f))])
    invoice(f, doc, "Kestrel Finance", "finance@kestrelanalytics.ie", "Kestrel Analytics Ltd", True,
            "Invoice 26100452 from Bitveld IT-Consultancy B.V.",
            cover_en(f, "Dear Sir/Madam", "Please find attached invoice 26100452 for November's consultancy."),
            filename="Invoice_26100452.pdf",
            note="A Dutch firm's Exact Online invoice in English, reverse charge to an Irish company.")

    f = F["vdbroucke-en"]
    o = mk.rf("2026000644")
    doc = Doc(f, number="INV/2026/00644", issue=NOV(25), due=D(2026, 12, 25),
              to_lines=["Moselle Events S.à r.l.", "12, rue de la Gare", "L-5690 Ellange", "Luxembourg"],
              meta=[("Customer VAT", "LU 28804417"), ("Source", "S00802")],
              lines=[L("Event badges PVC, printed both sides", 800, 95, 0),
                     L("Lanyards with logo", 800, 68, 0),
                     L("Programme booklets A5 24 pp", 600, 145, 0)],
              vat_labels={"0": "VAT 0% - intra-Community supply"},
              notes=["Intra-Community supply, exempt (Art. 138 Directive 2006/112/EC).",
                     "Payment Communication: %s" % rf_spaced(o), "IBAN %s  BIC GEBABEBB" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Moselle Events", "comptabilite@moselle-events.lu", "Moselle Events S.à r.l.", True,
            "Drukkerij Vandenbroucke BV Invoice (Ref INV/2026/00644)",
            cover_en(f, "Dear Moselle Events", "Here is your invoice INV/2026/00644 amounting in %s from Drukkerij "
                     "Vandenbroucke BV." % doc.mc(doc.s["due"])),
            reference=o, filename="Invoice_INV_2026_00644.pdf",
            note="A Flemish printer's Odoo invoice in English to Luxembourg, with an RF creditor reference in groups.")

    # ---------------------------------------------------------------- German: Germany (9)
    f = F["kessler"]
    doc = Doc(f, number="RE2026-0318", issue=NOV(3), due=NOV(17), show_due=False,
              to_lines=["Physiotherapie am Südplatz GbR", "Karl-Liebknecht-Straße 102", "04275 Leipzig"],
              meta=[("Kundennr.", "10042"), ("Leistungszeitraum", "01.10.2026 - 31.10.2026")],
              lines=[L("IT-Wartungsvertrag Praxis (monatlich)", 1, 18900, 19),
                     L("Fernwartung nach Aufwand (Std.)", "3.5", 8900, 19),
                     L("Ersatz-Festplatte SSD 1 TB für Empfang", 1, 11490, 19)],
              notes=["Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ab Rechnungseingang ohne Abzüge.",
                     "Bankverbindung: IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Physiotherapie am Südplatz", "verwaltung@physio-suedplatz.de", "Physiotherapie am Südplatz GbR",
            True, "Rechnung RE2026-0318 von Kessler IT-Service GmbH",
            cover_de(f, "Sehr geehrte Damen und Herren,", "im Anhang finden Sie unsere Rechnung RE2026-0318 über "
                     "%s.\n\nBei Fragen stehen wir Ihnen gerne zur Verfügung." % doc.mc(doc.s["due"])),
            filename="Rechnung_RE2026-0318.pdf",
            note="lexoffice, '14 Tagen ab Rechnungseingang' counted from the invoice's date (README).")

    doc = Doc(f, number="RE2026-0331", issue=NOV(16), due=D(2026, 12, 16), show_due=False,
              to_lines=["Rechtsanwälte Dr. Rühl & Kollegen", "Frau Petra Lorenz", "Käthe-Kollwitz-Straße 20",
                        "04109 Leipzig"],
              meta=[("Kundennr.", "10057"), ("Lieferdatum", "12.11.2026"), ("Ihre Bestellung", "vom 28.10.2026")],
              lines=[L("Notebook Lenovo ThinkPad T14 Gen 5", 4, 124900, 19),
                     L("Dockingstation USB-C", 4, 18900, 19),
                     L("Einrichtung und Datenübernahme (Std.)", 6, 8900, 19)])
    skonto = half_up(Decimal(doc.s["total"]) * Decimal("0.98"))
    doc.notes = ["Zahlungsbedingungen: Zahlbar innerhalb von 10 Tagen mit 2 %% Skonto (%s) oder innerhalb von 30 "
                 "Tagen" % doc.mc(skonto), "ohne Abzug. Bankverbindung: IBAN %s" % mk.iban_spaced(f["iban"])]
    invoice(f, doc, "Petra Lorenz", "p.lorenz@ruehl-kollegen.de", "Rechtsanwälte Dr. Rühl & Kollegen", True,
            "Rechnung RE2026-0331 von Kessler IT-Service GmbH",
            cover_de(f, "Sehr geehrte Frau Lorenz,", "im Anhang finden Sie unsere Rechnung RE2026-0331 über %s."
                     % doc.mc(doc.s["total"])),
            filename="Rechnung_RE2026-0331.pdf",
            note="lexoffice with Skonto: the full total and the net term (30 Tage) stand.")

    f = F["brandt"]
    vz = "RE 2026/1184 KD 10233"
    doc = Doc(f, number="2026/1184", issue=NOV(5), due=NOV(19),
              to_lines=["Metzgerei Kühn GmbH", "Lister Meile 58", "30161 Hannover"],
              meta=[("Kunden-Nr.", "10233"), ("Leistungsdatum", "Oktober 2026")],
              lines=[L("Erstellung Jahresabschluss 2025 (§ 35 StBVV)", 1, 284000, 19),
                     L("Körperschaftsteuer- und Gewerbesteuererklärung 2025", 1, 96500, 19),
                     L("Lohnbuchhaltung Oktober 2026 (9 Arbeitnehmer)", 9, 2900, 19),
                     L("Post- und Telekommunikationspauschale", 1, 2000, 19)],
              deductions=[("abzgl. Vorschuss lt. Rechnung 2026/0920", 95200)],
              notes=["Bitte überweisen Sie den Betrag bis zum 19.11.2026 auf IBAN %s." % mk.iban_spaced(f["iban"]),
                     "Verwendungszweck: %s" % vz])
    invoice(f, doc, "Metzgerei Kühn", "buero@metzgerei-kuehn.de", "Metzgerei Kühn GmbH", True,
            "Rechnung 2026/1184", cover_de(f, "Sehr geehrter Herr Kühn,", "anbei erhalten Sie unsere Rechnung "
                                           "2026/1184 für den Jahresabschluss 2025."),
            reference=vz, filename="Rechnung_2026-1184.pdf",
            note="DATEV: a tax adviser's fee with an advance deducted, a Verwendungszweck labelled.")

    f = F["wendt"]
    doc = Doc(f, number="RE-1421", issue=NOV(6), due=NOV(20),
              to_lines=["Herrn", "Dieter Albers", "Kulenkampffallee 41", "28213 Bremen"],
              meta=[("Kundennummer", "K-2088"), ("Leistungsdatum", "03.11.2026")],
              lines=[L("Wartung Gas-Brennwerttherme inkl. Abgasmessung", 1, 17800, 19),
                     L("Dichtungssatz Brenner", 1, 2460, 19),
                     L("Zündelektrode", 1, 3890, 19),
                     L("Anfahrtspauschale", 1, 3900, 19)],
              notes=["Der Rechnungsbetrag ist bis zum 20.11.2026 fällig.",
                     "Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: 178,00 € netto.",
                     "IBAN %s · Sparkasse Bremen" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Dieter Albers", "d.albers@t-online.de", "Dieter Albers", False,
            "Rechnung RE-1421", cover_de(f, "Sehr geehrter Herr Albers,", "vielen Dank für Ihren Auftrag. Im Anhang "
                                         "erhalten Sie die Rechnung RE-1421 für die Wartung Ihrer Heizung."),
            filename="RE-1421.pdf", note="sevDesk, 'Herrn' on its own line; a § 35a labour figure beside the total.")

    lines = [L("PV-Modul 440 Wp Glas-Glas", 24, 16900, 0),
             L("Hybrid-Wechselrichter 10 kW", 1, 198000, 0),
             L("Batteriespeicher 10,2 kWh", 1, 489000, 0),
             L("Unterkonstruktion Ziegeldach", 1, 148000, 0),
             L("DC-Verkabelung und Stecker", 1, 42000, 0),
             L("Gerüst (Stellung 4 Wochen)", 1, 89000, 0),
             L("Montage Module (Std.)", 32, 6800, 0),
             L("Elektroinstallation, Zählerschrank", 1, 164000, 0),
             L("Anmeldung Netzbetreiber und Marktstammdatenregister", 1, 25000, 0),
             L("Wallbox 11 kW inkl. Montage", 1, 129000, 19)]
    doc = Doc(f, number="RE-1437", issue=NOV(20), due=D(2026, 12, 4), lines=lines, split=7,
              to_lines=["Eheleute Sabine und Frank Tönjes", "Am Wall 12", "28195 Bremen"],
              meta=[("Kundennummer", "K-2102"), ("Auftrag", "AB-2026-0077"), ("Leistungsdatum", "16.11.2026")],
              vat_labels={"0": "Umsatzsteuer 0 % (§ 12 Abs. 3 UStG)"},
              deductions=[("abzgl. Abschlagsrechnung RE-1388 vom 02.10.2026", 500000)],
              notes=["Der offene Betrag ist bis zum 04.12.2026 fällig.",
                     "IBAN %s · Sparkasse Bremen" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Frank Tönjes", "frank.toenjes@web.de", "Eheleute Sabine und Frank Tönjes", False,
            "Schlussrechnung RE-1437 Photovoltaikanlage",
            cover_de(f, "Sehr geehrte Frau Tönjes, sehr geehrter Herr Tönjes,", "anbei die Schlussrechnung für "
                     "Ihre Photovoltaikanlage. Die Abschlagsrechnung vom Oktober ist berücksichtigt."),
            filename="RE-1437.pdf",
            note="A two-page final invoice, 0 % and 19 %, an Abschlag deducted; 'Eheleute' on the names' line stays.")

    f = F["rieger"]
    doc = Doc(f, number="300184", issue=NOV(11), due=D(2026, 12, 11),
              to_lines=["Gasthof Hirschen GmbH", "Küche / Einkauf", "Hauptstraße 7", "86343 Königsbrunn"],
              meta=[("Kundennummer", "C20418"), ("Ihre Bestellnummer", "HIR-1109"),
                    ("Lieferschein", "200931"), ("Lieferdatum", "10.11.2026")],
              lines=[L("Rinderfond 5 kg Eimer", 4, 3290, 7),
                     L("Pommes frites 9 mm 4 x 2,5 kg", 10, 1845, 7),
                     L("Sahne 30 % 1 l", 24, 298, 7),
                     L("Apfelsaftschorle 0,33 l Kiste", 6, 1140, 19),
                     L("Grillreiniger 5 l", 2, 2650, 19),
                     L("Servietten 40 x 40 bordeaux", 10, 795, 19)],
              notes=["Zahlbar innerhalb 30 Tagen netto. Bitte geben Sie bei Zahlung die Belegnummer an.",
                     "IBAN %s · Stadtsparkasse Augsburg" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Gasthof Hirschen", "buchhaltung@gasthof-hirschen.de", "Gasthof Hirschen GmbH", True,
            "Rechnung 300184", cover_de(f, "Sehr geehrte Damen und Herren,", "anbei erhalten Sie die Rechnung "
                                        "300184 zu unserer Lieferung vom 10.11.2026."),
            filename="Rechnung_300184.pdf",
            note="SAP Business One: 7 % and 19 %, order, delivery note and delivery date beside the number.")

    f = F["blaupause"]
    doc = Doc(f, number="RE-2026-0187", issue=NOV(17), due=D(2026, 12, 1),
              to_lines=["Nordlicht Segelschule GmbH", "Övelgönne 3", "22605 Hamburg"],
              meta=[("Kunden-Nr.", "KD-1029"), ("Projekt", "P-26-041 Saisonkampagne 2027")],
              lines=[L("Retainer Social Media November 2026", 1, 185000, 19),
                     L("Fotoshooting an Bord (Tagessatz)", 1, 120000, 19),
                     L("Fremdkosten Druck Flyer (Weiterberechnung)", 1, 41280, 19)],
              notes=["Bitte überweisen Sie den Betrag bis zum 01.12.2026 auf IBAN %s." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Nordlicht Segelschule", "info@nordlicht-segelschule.de", "Nordlicht Segelschule GmbH", True,
            "Rechnung RE-2026-0187 von Blaupause Kommunikation GmbH", None, kind="body-html",
            cc=("Steuerkanzlei Meyer", "belege@stb-meyer-altona.de"),
            html_intro=["Sehr geehrte Damen und Herren,", "nachfolgend erhalten Sie unsere Rechnung."],
            html_outro=["Mit freundlichen Grüßen\nMerle Johannsen\nBlaupause Kommunikation GmbH",
                        "Versendet mit Billomat"],
            note="Billomat's HTML mail with the invoice; a cc to the agency's tax adviser.")

    f = F["reinhold"]
    doc = Doc(f, number="RE0941", issue=NOV(30), due=D(2026, 12, 14), show_due=False,
              to_lines=["WEG Lindenhorster Straße 12-16", "c/o Hausverwaltung Krampe GmbH", "Westenhellweg 88",
                        "44137 Dortmund"],
              meta=[("Kundennr.", "20117"), ("Leistungszeitraum", "01.11.2026 - 30.11.2026"),
                    ("Objekt", "Lindenhorster Str. 12-16")],
              lines=[L("Treppenhausreinigung wöchentlich (3 Aufgänge)", 12, 4800, 19),
                     L("Reinigung Kellerflure und Waschküche", 2, 6500, 19),
                     L("Mülltonnenservice", 4, 2200, 19)],
              notes=["Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ohne Abzug.",
                     "Enthaltene Lohnkosten nach § 35a EStG: 884,00 €. IBAN %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Hausverwaltung Krampe", "rechnungen@hv-krampe.de", "WEG Lindenhorster Straße 12-16", None,
            "Rechnung RE0941 von Reinhold Gebäudeservice GmbH",
            cover_de(f, "Sehr geehrte Damen und Herren,", "im Anhang finden Sie unsere Rechnung RE0941 über %s."
                     % doc.mc(doc.s["due"])),
            filename="Rechnung_RE0941.pdf",
            note="lexoffice to a WEG through its manager: business null (README's WEG call); 14 Tage from the date.")

    f = F["hartkopf"]
    vz = "RG 26-11872"
    doc = Doc(f, number="26-11872", issue=NOV(13), due=D(2026, 12, 13),
              to_lines=["Möbelhaus Brinkmann GmbH & Co. KG", "Kreditorenbuchhaltung", "Herforder Straße 311",
                        "33609 Bielefeld"],
              meta=[("Kunden-Nr.", "4417"), ("Auftrags-Nr.", "A-26-3390"), ("Leistungsdatum", "09.-11.11.2026")],
              lines=[L("Sammelgut Bielefeld - Leipzig, 14 Stellplätze", 14, 6200, 19),
                     L("Sammelgut Bielefeld - München, 9 Stellplätze", 9, 8150, 19),
                     L("Avisierung und Zustellung 2-Mann-Handling", 11, 3500, 19),
                     L("Mautkostenzuschlag", 1, 11870, 19),
                     L("Dieselfloater 6,8 %", 1, 15360, 19)])
    body = ("Sehr geehrte Damen und Herren,\n\nnachfolgend unsere Rechnung zu Ihrem Auftrag A-26-3390.\n\n"
            + doc.text_body() + "\n\nZahlbar innerhalb von 30 Tagen. Bankverbindung: IBAN %s\n"
            "Verwendungszweck: %s\n\nMit freundlichen Grüßen\n\n%s" % (mk.iban_spaced(f["iban"]), vz, sig(f)))
    invoice(f, doc, "Kreditorenbuchhaltung Brinkmann", "kreditoren@moebel-brinkmann.de",
            "Möbelhaus Brinkmann GmbH & Co. KG", True, "Rechnung 26-11872 / Auftrag A-26-3390", body,
            kind="body-text", reference=vz,
            note="DATEV's invoice set out in a plain-text mail, a Verwendungszweck, a percentage in a line.")

    # ---------------------------------------------------------------- German: Austria (3)
    f = F["hofer"]
    doc = Doc(f, number="2026-0512", issue=NOV(12), due=D(2026, 12, 12), show_due=False,
              to_lines=["Frau Mag. Elisabeth Gruber", "Leonhardstraße 61", "8010 Graz"],
              meta=[("Kundennummer", "1208"), ("Lieferdatum", "10.11.2026"), ("Angebot", "AN-2026-0144")],
              lines=[L("Gas-Brennwertgerät 24 kW inkl. Speicher", 1, 468000, 20),
                     L("Demontage und Entsorgung Altgerät", 1, 32000, 20),
                     L("Montage (Std.)", 12, 6900, 20),
                     L("Kleinmaterial pauschal", 1, 14750, 20)],
              vat_labels={"20": "USt. 20 %"})
    sk = half_up(Decimal(doc.s["total"]) * Decimal("0.97"))
    doc.notes = ["Zahlbar innerhalb von 8 Tagen abzüglich 3 %% Skonto (%s) oder innerhalb von 30 Tagen netto."
                 % doc.mc(sk), "Bankverbindung: Steiermärkische Sparkasse, IBAN %s" % mk.iban_spaced(f["iban"])]
    invoice(f, doc, "Elisabeth Gruber", "e.gruber@aon.at", "Mag. Elisabeth Gruber", False,
            "Rechnung 2026-0512 Heizungstausch",
            cover_de(f, "Sehr geehrte Frau Mag. Gruber,", "wir bedanken uns für Ihren Auftrag und übermitteln "
                     "Ihnen anbei unsere Rechnung 2026-0512.", close="Mit freundlichen Grüßen aus Graz"),
            filename="Rechnung_2026-0512.pdf",
            note="sevDesk in Austria, Skonto 3 % / 30 Tage netto; 'Frau' dropped, 'Mag.' kept.")

    f = F["donau"]
    doc = Doc(f, number="RE-26-1044", issue=NOV(19), due=D(2026, 12, 3),
              to_lines=["Bäckerei Lechner GmbH", "Ludwigstraße 18", "94032 Passau", "Deutschland"],
              meta=[("Kunden-Nr.", "K-3311"), ("UID Kunde", "DE287750113"), ("Lieferdatum", "17.11.2026")],
              lines=[L("Brotsackerl Papier bedruckt 1-färbig", 20000, 4, 0),
                     L("Tragetaschen Papier, Logo 2-färbig", 5000, 19, 0),
                     L("Kundenkarten Stempelkarte", 3000, 3, 0)],
              vat_labels={"0": "USt. 0 % (Reverse Charge)"},
              notes=["Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                     "Zahlbar bis 03.12.2026. IBAN %s · BIC RLNWATWW" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Bäckerei Lechner", "buchhaltung@baeckerei-lechner.de", "Bäckerei Lechner GmbH", True,
            "Rechnung RE-26-1044 von Donau Druck & Medien GmbH",
            cover_de(f, "Sehr geehrte Damen und Herren,", "anbei erhalten Sie die Rechnung RE-26-1044 über %s."
                     % doc.mc(doc.s["due"])),
            filename="Rechnung_RE-26-1044.pdf",
            note="Billomat, an Austrian printer billing a German bakery with reverse charge.")

    f = F["alpenkueche"]
    doc = Doc(f, number="2026-58", issue=NOV(30), due=D(2026, 12, 14),
              to_lines=["Tiroler Seilbahnplanung GmbH", "z. H. Frau Anna Strasser", "Museumstraße 23", "6020 Innsbruck"],
              meta=[("Veranstaltung", "Weihnachtsfeier 27.11.2026"), ("Personen", "45")],
              lines=[L("Menü 'Tiroler Abend' 3 Gänge", 45, 4800, 10),
                     L("Getränkepauschale", 45, 2200, 20),
                     L("Servicepersonal (Std.)", 18, 3900, 20),
                     L("Geschirr- und Gläserverleih", 1, 25000, 20)],
              deductions=[("abzüglich Anzahlung vom 15.10.2026", 100000)],
              notes=["Zahlbar bis 14.12.2026 ohne Abzug auf IBAN %s." % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Anna Strasser", "a.strasser@seilbahnplanung.at", "Tiroler Seilbahnplanung GmbH", True,
            "Rechnung Weihnachtsfeier",
            cover_de(f, "Liebe Frau Strasser,", "danke nochmals für den schönen Abend! Anbei die Rechnung; die "
                     "Anzahlung haben wir abgezogen.", close="Liebe Grüße"),
            filename="Rechnung_2026-58.pdf",
            note="A Word template: 10 % food and 20 % drinks and service, an Anzahlung deducted; 'z. H.' under the firm.")

    # ---------------------------------------------------------------- German: Switzerland (3)
    f = F["limmat"]
    q = mk.qrr("00000000000000002026041200")
    lines = [L("Support-Abo KMU, Dezember 2026", 1, 45000, "8.1"),
             L("Einrichtung neuer Arbeitsplatz", "2.5", 16500, "8.1"),
             L("Lizenz Backup-Software (12 Monate)", 3, 11980, "8.1")]
    rnd = chf_rounding(lines)
    doc = Doc(f, number="RE-00412", issue=NOV(30), due=D(2026, 12, 30), lines=lines, rounding=rnd,
              to_lines=["Schreinerei Wyss AG", "Buckhauserstrasse 24", "8048 Zürich"],
              meta=[("Kundennummer", "1077"), ("Referenz", qr_spaced(q))],
              notes=["Zahlbar innert 30 Tagen mit dem QR-Einzahlungsschein.",
                     "Konto / Zahlbar an: %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Schreinerei Wyss", "buchhaltung@schreinerei-wyss.ch", "Schreinerei Wyss AG", True,
            "Rechnung RE-00412 - Limmat Informatik AG", None, kind="body-html", reference=q,
            html_intro=["Grüezi Frau Wyss", "Gerne senden wir Ihnen unsere Rechnung RE-00412."],
            html_outro=["Freundliche Grüsse\nReto Baumann\nLimmat Informatik AG",
                        "Diese E-Mail wurde mit bexio versendet."],
            note="bexio's HTML mail with the invoice, 8.1 % VAT, a CHF rounding row, a QR reference.")

    f = F["gerber"]
    q = mk.qrr("21000000000000000000011840")
    lines = [L("Finanzbuchhaltung Juli - Oktober 2026 (Std.)", "14.5", 16000, "8.1"),
             L("Lohnbuchhaltung 11 Mitarbeitende x 4 Monate", 44, 2800, "8.1"),
             L("MWST-Abrechnung Q3 2026", 1, 38000, "8.1")]
    doc = Doc(f, number="11840", issue=NOV(10), due=D(2026, 12, 10), lines=lines, rounding=chf_rounding(lines),
              to_lines=["Bäckerei-Konditorei Aebi GmbH", "Marktgasse 31", "3011 Bern"],
              meta=[("Kunden-Nr.", "4021"), ("Periode", "Juli - Oktober 2026")],
              notes=["Zahlbar innert 30 Tagen netto.", "Referenz: %s" % qr_spaced(q),
                     "Konto: %s · Berner Kantonalbank" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Bäckerei Aebi", "office@aebi-beck.ch", "Bäckerei-Konditorei Aebi GmbH", True,
            "Rechnung 11840", cover_ch(f, "Sehr geehrte Frau Aebi", "Beiliegend erhalten Sie unsere Rechnung "
                                       "für die Buchhaltung der Monate Juli bis Oktober."),
            reference=q, filename="Rechnung_11840.pdf",
            note="Abacus, a fiduciary's fee by hours, a QR reference in groups.")

    f = F["aare"]
    q = mk.qrr("00000000000000002026008800")
    lines = [L("Apéro riche (pro Person)", 60, 3800, "8.1"),
             L("Getränke nach Aufwand", 1, 84250, "8.1"),
             L("Servicepersonal (Std.)", 15, 5500, "8.1")]
    rnd = chf_rounding(lines)
    doc = Doc(f, number="RE-2026-088", issue=NOV(24), due=D(2026, 12, 24), lines=lines, rounding=rnd,
              to_lines=["Herr und Frau Meier", "Rain 14", "5000 Aarau"],
              meta=[("Anlass", "Hochzeitsapéro 21.11.2026"), ("Referenz", qr_spaced(q))],
              deductions=[("abzüglich Anzahlung", 150000)],
              notes=["Zahlbar innert 30 Tagen. Konto %s" % mk.iban_spaced(f["iban"])])
    invoice(f, doc, "Sandra Meier", "sandra.meier@bluewin.ch", "Herr und Frau Meier", False,
            "Rechnung RE-2026-088 - Aare Catering GmbH",
            cover_ch(f, "Liebe Frau Meier", "Herzlichen Dank, dass wir Ihren Hochzeitsapéro begleiten durften. "
                     "Anbei unsere Schlussrechnung; die Anzahlung ist abgezogen."),
            reference=q, filename="Rechnung_RE-2026-088.pdf",
            note="bexio with a deposit deducted and a rounding row; 'Herr und Frau Meier' keeps its forms.")


# ================================================================ not invoices (25)

def not_invoices():
    # ---------------------------------------------------------------- Dutch (9, 3 Flemish)
    f = F["bitveld"]
    doc = Doc(f, number="OF26-0112", issue=NOV(4), due=D(2026, 12, 4), title="Offerte",
              words={"num": "Offertenummer", "date": "Offertedatum", "due": "Geldig tot", "total": "Totaal incl. BTW"},
              to_lines=["Accountantskantoor Dekker & Zn.", "Biltstraat 190", "3572 BP Utrecht"],
              meta=[("Klantnummer", "20140")],
              lines=[L("HP EliteBook 840 G11, 16 GB, 512 GB", 6, 129500, 21),
                     L("Installatie en uitrol per werkplek", 6, 19000, 21),
                     L("Projectleiding (uren)", 4, 9500, 21)],
              notes=["Deze offerte is geldig tot en met 04-12-2026. Na akkoord factureren wij 50% vooraf.",
                     "Betaling binnen 14 dagen na factuurdatum."])
    other(f, doc, "Pieter Dekker", "p.dekker@dekkerenzn.nl", "Offerte OF26-0112 nieuwe laptops",
          cover_nl(f, "Beste Pieter", "Zoals besproken hierbij onze offerte voor de vervanging van de laptops. "
                   "Als u akkoord bent, kunt u de offerte digitaal ondertekenen via de link in Exact Online."),
          "A quote (offerte) with a validity date; nothing is owed until it is accepted and invoiced.",
          filename="Offerte_OF26-0112.pdf", note="Exact Online quote with totals, VAT and payment terms.")

    f = F["korenbeurs"]
    to_lines = ["Lunchroom Het Zonnetje V.O.F.", "Korte Bisschopstraat 8", "7411 KS Deventer"]
    pages = mk.Page()
    y = 60
    pages.text(56, y, f["name"], size=14, bold=True)
    pages.text(56, y + 13, "%s, %s · %s" % (f["street"], f["city"], f["phone"]), size=8)
    for i, ln in enumerate(to_lines):
        pages.text(56, 140 + 13 * i, ln, size=10)
    pages.text(345, 140, "Pakbonnummer", size=8.5)
    pages.text(445, 140, "PB-26-09017", size=8.5)
    pages.text(345, 152, "Leverdatum", size=8.5)
    pages.text(445, 152, "25-11-2026", size=8.5)
    pages.text(345, 164, "Ordernummer", size=8.5)
    pages.text(445, 164, "ORD-26-12270", size=8.5)
    pages.text(56, 230, "PAKBON", size=14, bold=True)
    y = 260
    pages.text(56, y, "Artikel", size=8.5, bold=True)
    pages.text(130, y, "Omschrijving", size=8.5, bold=True)
    pages.right(480, y, "Besteld", size=8.5, bold=True)
    pages.right(539, y, "Geleverd", size=8.5, bold=True)
    for code, desc, n, m in [("10442", "Croissants roomboter diepvries (doos 60)", 3, 3),
                             ("10518", "Tomatensoep 2,5 L", 4, 4), ("20031", "Koffiebekers 8 oz (doos 1000)", 2, 1),
                             ("30117", "Handzeep navulling 5 L", 1, 1)]:
        y += 14
        pages.text(56, y, code, size=8.5)
        pages.text(130, y, desc, size=8.5)
        pages.right(480, y, str(n), size=8.5)
        pages.right(539, y, str(m), size=8.5)
    pages.text(56, y + 30, "Nageleverd wordt: 1 doos koffiebekers. De factuur volgt aan het einde van de week.", size=8.5)
    pages.text(56, y + 60, "Handtekening ontvanger: ______________________", size=8.5)
    N["inv"] += 1
    eml = mk.mail(RNG, f["email"], mk.header_words(f["name"]), "Lunchroom Het Zonnetje <inkoop@hetzonnetje-deventer.nl>",
                  "Pakbon PB-26-09017", NOV(25),
                  body_text=cover_nl(f, "Beste klant", "Bijgaand de pakbon van de levering van vandaag.", foot=""),
                  pdf=True)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "nl", "none",
                  {"mail_from": f["email"], "rcpt_to": ["inkoop@hetzonnetje-deventer.nl"]}, eml, pages=[pages],
                  pdf_filename="Pakbon_PB-26-09017.pdf", expected=None,
                  why_not="A delivery note (pakbon) with quantities only; the invoice follows.",
                  note="SnelStart packing slip: order number, delivery date, no prices.")
    r["_region"] = "nl"
    r["_doc"] = None
    RECORDS.append(r)

    f = F["kolk"]
    other(f, None, "Garage Timmerman", "info@garagetimmerman.nl", "Factuur 2026-4071 ontvangen?",
          "Beste heer Timmerman,\n\nOp 12 oktober hebben wij u factuur 2026-4071 gestuurd voor de "
          "salarisadministratie van het derde kwartaal (€ 612,08). In onze administratie zien we nog geen betaling, "
          "maar misschien is de factuur niet goed bij u aangekomen.\n\nKunt u even laten weten of u hem heeft "
          "ontvangen? Dan stuur ik hem zo nodig opnieuw.\n\nMet vriendelijke groet,\n\n" + sig(f),
          "A mail asking whether an earlier invoice arrived; it carries no invoice.", sent=NOV(18),
          note="'Did you get my invoice?' with the number and amount of the earlier invoice.")

    f = F["vandijk"]
    doc = Doc(f, number="OB-2026-0388", issue=NOV(26), title="Orderbevestiging",
              words={"num": "Ordernummer", "date": "Datum", "total": "Totaal opdracht incl. btw"},
              to_lines=["Dhr. T. Schouten", "Bisschopsweg 12", "3817 BP Amersfoort"],
              meta=[("Debiteur", "40344"), ("Geplande installatie", "week 3 (2027)")],
              lines=[L("All-electric warmtepomp 8 kW incl. boiler 200 L", 1, 895000, 21),
                     L("Montage en inbedrijfstelling", 1, 185000, 21)],
              notes=["Termijnen: 40% bij opdracht (voorschotfactuur volgt), 60% na oplevering.",
                     "Wij danken u voor uw opdracht."])
    other(f, doc, "Thijs Schouten", "thijs.schouten@hotmail.com", "Orderbevestiging OB-2026-0388 warmtepomp",
          cover_nl(f, "Geachte heer Schouten", "Hartelijk dank voor uw opdracht. In de bijlage vindt u de "
                   "orderbevestiging. De voorschotfactuur ontvangt u binnenkort apart."),
          "An order confirmation with a payment schedule; the deposit invoice follows separately.",
          filename="Orderbevestiging_OB-2026-0388.pdf", note="AFAS order confirmation with totals and VAT.")

    f = F["glans"]
    other(f, None, "Tandartspraktijk Reeshof", "administratie@tandartsreeshof.nl", "Tariefaanpassing per 1 januari 2027",
          "Geachte relatie,\n\nPer 1 januari 2027 stijgen de cao-lonen in de schoonmaakbranche met 4,1%. Wij passen "
          "onze tarieven daarom per die datum aan:\n\n- Dagelijkse schoonmaak: van € 68,50 naar € 71,30 per dag\n"
          "- Glasbewassing: van € 145,00 naar € 151,00 per beurt\n\nAlle bedragen zijn exclusief 21% btw. Uw "
          "contract SC-2024-118 loopt verder ongewijzigd.\n\nMet vriendelijke groet,\n\n" + sig(f),
          "A notice of next year's prices; nothing is billed.", sent=NOV(20),
          note="A price increase notice with old and new prices and a contract number.")

    f = F["wolters"]
    other(f, None, "Crediteuren Tuinland Hengelo", "crediteuren@tuinland-hengelo.nl",
          "Herinnering factuur 260702",
          "Geachte heer, mevrouw,\n\nVolgens onze administratie staat factuur 260702 van 14 oktober 2026 ter "
          "hoogte van € 1.846,35 nog open. De vervaldatum was 13 november.\n\nWilt u het bedrag binnen 7 dagen "
          "overmaken op %s o.v.v. het factuurnummer? Heeft u al betaald, dan kunt u deze herinnering als niet "
          "verzonden beschouwen.\n\nMet vriendelijke groet,\n\nJolanda Wolters\nWolters Transport B.V."
          % mk.iban_spaced(f["iban"]),
          "A payment reminder typed by the office about an invoice already sent.", sent=NOV(23),
          note="A typed reminder with an amount, a date, an IBAN and a seven-day term.")

    f = F["smulhuis"]
    doc = Doc(f, number="PF-2026-031", issue=NOV(9), due=NOV(23), title="PRO FORMA",
              words={"num": "Pro forma nr.", "date": "Datum", "due": "Te betalen vóór", "total": "Totaal incl. btw"},
              to_lines=["Mevr. Hanne De Clercq", "Sint-Pietersnieuwstraat 77", "9000 Gent"],
              meta=[("Huwelijksfeest", "12/06/2027")],
              lines=[L("Voorschot 30% huwelijksfeest (120 personen)", 1, 396000, 12)],
              notes=["Dit is geen factuur. Na ontvangst van het voorschot bevestigen wij de datum definitief.",
                     "Rekening %s" % mk.iban_spaced(f["iban"])])
    other(f, doc, "Hanne De Clercq", "hanne.declercq@gmail.com", "Pro forma voorschot huwelijksfeest 12/06/2027",
          cover_be(f, "Beste Hanne", "Zoals afgesproken de pro forma voor het voorschot van jullie trouwfeest."),
          "A pro forma (the README counts a pro forma as no invoice), asking a deposit to confirm a date.",
          filename="Proforma_PF-2026-031.pdf", note="Teamleader pro forma with an amount, a date to pay and an IBAN.")

    f = F["vdbroucke"]
    to_lines = ["Brouwerij Den Hopduvel BV", "Steenweg op Deinze 150", "9810 Nazareth"]
    pg = mk.Page()
    pg.text(56, 60, f["name"], size=13, bold=True)
    pg.text(56, 73, "%s, %s" % (f["street"], f["city"]), size=8)
    for i, ln in enumerate(to_lines):
        pg.text(330, 130 + 13 * i, ln, size=10)
    pg.text(56, 210, "Rekeninguittreksel per 30/11/2026", size=14, bold=True)
    y = 240
    for a, b, c, d in [("Factuur", "Datum", "Vervaldag", "Openstaand")] + [
            ("INV/2026/00512", "08/10/2026", "07/11/2026", "€ 1.284,80"),
            ("INV/2026/00581", "05/11/2026", "05/12/2026", "€ 5.247,15")]:
        bold = a == "Factuur"
        pg.text(56, y, a, size=8.5, bold=bold)
        pg.text(200, y, b, size=8.5, bold=bold)
        pg.text(300, y, c, size=8.5, bold=bold)
        pg.right(539, y, d, size=8.5, bold=bold)
        y += 14
    pg.text(300, y + 6, "Totaal openstaand", size=9, bold=True)
    pg.right(539, y + 6, "€ 6.531,95", size=9, bold=True)
    pg.text(56, y + 40, "Gelieve het vervallen bedrag te betalen met vermelding van het factuurnummer.", size=8.5)
    N["inv"] += 1
    eml = mk.mail(RNG, f["email"], mk.header_words(f["name"]), "Brouwerij Den Hopduvel <facturen@hopduvel.be>",
                  "Rekeninguittreksel Drukkerij Vandenbroucke", NOV(30),
                  body_text=cover_be(f, "Beste", "In bijlage vindt u het overzicht van uw openstaande facturen."),
                  pdf=True)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "nl", "none",
                  {"mail_from": f["email"], "rcpt_to": ["facturen@hopduvel.be"]}, eml, pages=[pg],
                  pdf_filename="Rekeninguittreksel.pdf", expected=None,
                  why_not="A statement of account listing invoices already sent (the README counts it as none).",
                  note="Odoo follow-up statement with two invoices, one overdue, and a total open.")
    r["_region"] = "be"
    r["_doc"] = None
    RECORDS.append(r)
    assert 128480 + 524715 == 653195

    f = F["maes"]
    other(f, None, "Peeters-Janssens", "peeters.janssens@skynet.be", "Creditnota schijf 1",
          "Geachte heer en mevrouw Peeters,\n\nBij het nakijken van het dossier merkten we dat in schijf 1 de "
          "opmeting twee keer werd aangerekend. We maken daarom een creditnota op van € 726,00 (incl. 21% btw) "
          "op factuur 2026/019.\n\nU ontvangt de creditnota deze week per post; u kunt het bedrag ook in "
          "mindering brengen op factuur 2026/031.\n\nMet vriendelijke groeten,\n\n" + sig(f),
          "An announcement of a credit note without the credit note itself (the README counts it as none).",
          sent=D(2026, 12, 1), note="A credit note announced with its amount and the invoices it concerns.")

    # ---------------------------------------------------------------- English (8: UK 5, IE 3)
    f = F["harbour"]
    doc = Doc(f, number="QU-0142", issue=NOV(10), due=D(2026, 12, 10), title="QUOTE", dstyle="short-en",
              words={"num": "Quote Number", "date": "Date", "due": "Expiry", "total": "TOTAL {c}"},
              to_lines=["Hotwells Yoga Ltd", "5 Dowry Square", "Bristol BS8 4SH"],
              lines=[L("Ubiquiti Wi-Fi access points", 3, 17900, 20),
                     L("Installation and cabling (day rate)", 1, 52000, 20)],
              notes=["This quote is valid until the expiry date. Terms: 50% on acceptance, balance on completion."])
    other(f, doc, "Lucy Harper", "lucy@hotwellsyoga.co.uk", "Quote QU-0142 from Harbour Lane IT Ltd for Hotwells Yoga Ltd",
          cover_en(f, "Hi Lucy", "Here's quote QU-0142 for %s.\n\nYou can accept the quote online." % doc.mc(doc.s["total"]),
                   close="Thanks"),
          "A quote with an expiry date; nothing is owed until accepted.", filename="Quote QU-0142.pdf",
          note="Xero quote: totals, VAT and payment terms.")

    f = F["greenfield"]
    pg = mk.Page()
    pg.text(56, 58, f["name"], size=14, bold=True)
    pg.text(56, 71, "%s, %s" % (f["street"], f["city"]), size=8)
    for i, ln in enumerate(["Aire Valley Care Homes Ltd", "Bradford Road", "Shipley BD18 3DE"]):
        pg.text(56, 140 + 13 * i, ln, size=10)
    pg.text(345, 140, "Account Ref", size=8.5)
    pg.text(445, 140, "AIREVA01", size=8.5)
    pg.text(345, 152, "Statement Date", size=8.5)
    pg.text(445, 152, "30/11/2026", size=8.5)
    pg.text(56, 220, "STATEMENT", size=14, bold=True)
    y = 250
    for row in [("Date", "Ref", "Details", "Debit", "Credit"),
                ("02/10/2026", "SI-10377", "Goods/Services", "2,184.00", ""),
                ("21/10/2026", "SI-10411", "Goods/Services", "648.00", ""),
                ("03/11/2026", "BACS", "Payment", "", "2,184.00"),
                ("16/11/2026", "SI-10501", "Goods/Services", "1,296.00", "")]:
        bold = row[0] == "Date"
        pg.text(56, y, row[0], size=8.5, bold=bold)
        pg.text(130, y, row[1], size=8.5, bold=bold)
        pg.text(200, y, row[2], size=8.5, bold=bold)
        pg.right(440, y, row[3], size=8.5, bold=bold)
        pg.right(539, y, row[4], size=8.5, bold=bold)
        y += 14
    y += 10
    for lab, v in [("Current", "1,296.00"), ("30 Days", "648.00"), ("60 Days", "0.00"), ("Amount Due", "£1,944.00")]:
        pg.text(300, y, lab, size=9, bold=lab == "Amount Due")
        pg.right(539, y, v, size=9, bold=lab == "Amount Due")
        y += 14
    N["inv"] += 1
    eml = mk.mail(RNG, f["email"], f["name"], "Aire Valley Care Homes <accounts@airevalleycare.co.uk>",
                  "Statement of account - November 2026", NOV(30),
                  body_text=cover_en(f, "Dear Sir/Madam", "Please find attached your statement of account as at 30 "
                                     "November 2026."), pdf=True)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "en", "none",
                  {"mail_from": f["email"], "rcpt_to": ["accounts@airevalleycare.co.uk"]}, eml, pages=[pg],
                  pdf_filename="Statement AIREVA01.pdf", expected=None,
                  why_not="A statement of account (the README counts it as none): it lists invoices already sent.",
                  note="Sage 50 statement with ageing and an 'Amount Due'.")
    r["_region"] = "uk"
    r["_doc"] = None
    RECORDS.append(r)
    assert 218400 + 64800 - 218400 + 129600 == 194400

    f = F["ashby"]
    other(f, None, "Trent Valley Architects Accounts", "accounts@trentvalleyarchitects.co.uk",
          "Payment received - thank you",
          "Hi there,\n\nJust a quick note to say thank you: we've received your payment of £1,296.00 for invoice "
          "AKC-0398. Your account is now up to date.\n\nWe look forward to catering your Christmas lunch on 18 "
          "December!\n\nBest wishes,\n\n" + sig(f) + "\n\n--\nSent using FreeAgent",
          "A thank-you for a payment received; nothing is asked.", sent=NOV(24),
          note="FreeAgent payment thanks with an amount and an invoice number.")

    f = F["northgate"]
    N["inv"] += 1
    html = ("<html><body><h1>Northgate Print - Christmas offers</h1><p>Order by 11 December for delivery before "
            "Christmas.</p><table><tr><td>Christmas cards A6, 100 with envelopes</td><td>£69.00</td></tr>"
            "<tr><td>Wall calendars A4, 50 copies</td><td>£245.00</td></tr><tr><td>Gift vouchers, 250 numbered"
            "</td><td>£58.50</td></tr></table><p>All prices exclude VAT at 20%. Use code XMAS26 for 10% off.</p>"
            "<p>Northgate Print &amp; Design Ltd, 3 Layerthorpe Industrial Estate, York YO31 7YW</p>"
            "<p><a href=\"https://northgateprint.co.uk/unsubscribe\">Unsubscribe</a></p></body></html>")
    eml = mk.mail(RNG, "news@northgateprint.co.uk", "Northgate Print", "ouse-valley@ousevalleybrewing.co.uk",
                  "Christmas print offers - order by 11 December", NOV(16), body_html=html)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "en", "none",
                  {"mail_from": "news@northgateprint.co.uk", "rcpt_to": ["ouse-valley@ousevalleybrewing.co.uk"]}, eml,
                  why_not="A newsletter with prices; nothing is billed.",
                  note="HTML newsletter with a price table and a discount code.")
    r["_region"] = "uk"
    r["_doc"] = None
    RECORDS.append(r)

    f = F["brightwell"]
    other(f, None, "Kennet Solicitors Accounts", "accounts@kennetsolicitors.co.uk",
          "Your cleaning contract - renewal from 1 January 2027",
          "Dear Mr Shah,\n\nYour office cleaning contract (ref. BW-C-0214) comes up for renewal on 1 January 2027. "
          "From that date the monthly charge will be £1,640.00 plus VAT (currently £1,554.00), reflecting the "
          "increase in the National Living Wage.\n\nIf you are happy to continue, there is nothing you need to do: "
          "the contract renews for twelve months and we will invoice monthly as before. If you would like to "
          "discuss the schedule, just reply to this email.\n\nKind regards,\n\n" + sig(f),
          "A contract renewal notice with next year's monthly price; nothing is billed yet.", sent=NOV(26),
          note="A renewal with old and new monthly amounts and a contract reference.")

    f = F["corrib"]
    pg = mk.Page()
    pg.text(56, 58, f["name"], size=14, bold=True)
    pg.text(56, 71, "%s, %s" % (f["street"], f["city"]), size=8)
    pg.text(56, 130, "DELIVERY NOTE / PROOF OF DELIVERY", size=13, bold=True)
    for i, (a, b) in enumerate([("Delivery Note No.", "DN-55120"), ("Date", "26/11/2026"),
                                ("Consignee", "Atlantic Seafoods Ltd, Rossaveal"), ("Order No.", "AS-88530"),
                                ("Pallets", "6 chilled"), ("Gross weight", "4,380 kg"),
                                ("Received by", "______________________")]):
        pg.text(56, 160 + 14 * i, a, size=9)
        pg.text(180, 160 + 14 * i, b, size=9)
    N["inv"] += 1
    eml = mk.mail(RNG, f["email"], f["name"], "Atlantic Seafoods <accounts@atlanticseafoods.ie>",
                  "Delivery note DN-55120 / order AS-88530", NOV(26),
                  body_text=cover_en(f, "Dear Seán", "Attached is the signed delivery note for today's collection. "
                                     "The invoice will follow with the weekly run."), pdf=True)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "en", "none",
                  {"mail_from": f["email"], "rcpt_to": ["accounts@atlanticseafoods.ie"]}, eml, pages=[pg],
                  pdf_filename="DN-55120.pdf", expected=None,
                  why_not="A delivery note (proof of delivery) without prices; the invoice follows.",
                  note="Sage-era POD with weights and pallets.")
    r["_region"] = "ie"
    r["_doc"] = None
    RECORDS.append(r)

    f = F["bluestack"]
    pg = mk.Page()
    pg.text(56, 60, "Cloudnest Hosting Ltd", size=16, bold=True)
    pg.text(56, 74, "2 Blackhall Place, Dublin 7 · VAT IE 3412277RH", size=8)
    pg.text(56, 120, "Bill to: Bluestack Digital, 7 Washington Street West, Cork", size=9)
    pg.text(56, 160, "INVOICE CN-88214", size=14, bold=True)
    pg.text(56, 180, "Invoice date: 01/11/2026   Due: 15/11/2026 (paid by card)", size=9)
    pg.text(56, 210, "VPS Pro 8 GB - November 2026", size=9)
    pg.right(539, 210, "€89.00", size=9)
    pg.text(56, 224, "Managed backups", size=9)
    pg.right(539, 224, "€15.00", size=9)
    pg.text(300, 250, "VAT 23%", size=9)
    pg.right(539, 250, "€23.92", size=9)
    pg.text(300, 264, "Total", size=9, bold=True)
    pg.right(539, 264, "€127.92", size=9, bold=True)
    assert 8900 + 1500 == 10400 and half_up(Decimal(10400) * Decimal("0.23")) == 2392
    N["inv"] += 1
    eml = mk.mail(RNG, f["email"], f["name"], "Murphy Bookkeeping <bluestack@murphybookkeeping.ie>",
                  "Fwd: Your Cloudnest invoice CN-88214", NOV(4),
                  body_text="Hi Orla,\n\nAnother one for the October/November pile - paid by card on the 2nd.\n\n"
                            "Fionn\n\n---------- Forwarded message ---------\nFrom: Cloudnest Billing "
                            "<billing@cloudnest.ie>\nDate: Sun, 1 Nov 2026\nSubject: Your Cloudnest invoice "
                            "CN-88214\nTo: billing@bluestack.ie\n\nThank you for your business. Your invoice is "
                            "attached.", pdf=True)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "en", "none",
                  {"mail_from": f["email"], "rcpt_to": ["bluestack@murphybookkeeping.ie"]}, eml, pages=[pg],
                  pdf_filename="Cloudnest-CN-88214.pdf", expected=None,
                  why_not="A supplier's bill to the firm forwarded to its bookkeeper (the README counts it as none).",
                  note="A forwarded hosting bill, already paid, addressed to the sender itself.")
    r["_region"] = "ie"
    r["_doc"] = None
    RECORDS.append(r)

    f = F["liffey"]
    other(f, None, "Accounts Payable", "ap@dublinportservices.ie", "Booking confirmed: First Aid Responder, 12-14 January 2027",
          "Hi,\n\nThank you for your booking. This email confirms 8 places on our First Aid Responder (PHECC) course:\n\n"
          "Dates: 12-14 January 2027, 09:00-17:00\nVenue: 58 Ormond Quay Upper, Dublin 7\nBooking ref: BK-2027-0031\n"
          "Fee: 8 x €495.00 = €3,960.00 (exempt from VAT)\n\nYour invoice will be issued after the course. If you "
          "need a purchase order number on it, please reply with it before 5 January.\n\nThanks,\n\nDeclan Ryan\n"
          "Liffey Training Institute Ltd",
          "A booking (order) confirmation; the invoice is issued after the course.", sent=NOV(27),
          note="An order confirmation with a fee, a booking reference and dates.")

    # ---------------------------------------------------------------- German (8: DE 5, AT 1, CH 2)
    f = F["kessler"]
    doc = Doc(f, number="AN2026-0097", issue=NOV(9), due=D(2026, 12, 9), title="Angebot", show_due=True,
              words={"num": "Angebotsnr.", "date": "Angebotsdatum", "due": "Gültig bis", "total": "Gesamtbetrag brutto"},
              to_lines=["Zahnarztpraxis Dr. Weidlich", "Gohliser Straße 9", "04105 Leipzig"],
              meta=[("Kundennr.", "10061")],
              lines=[L("Server Dell PowerEdge T360 inkl. Lizenzen", 1, 389000, 19),
                     L("USV 1500 VA", 1, 54900, 19),
                     L("Installation und Migration (Std.)", 16, 8900, 19)],
              notes=["Zahlungsbedingungen nach Auftrag: 14 Tage ohne Abzug. Wir freuen uns auf Ihren Auftrag."])
    other(f, doc, "Dr. Jana Weidlich", "praxis@zahnarzt-weidlich.de", "Angebot AN2026-0097",
          cover_de(f, "Sehr geehrte Frau Dr. Weidlich,", "vielen Dank für Ihre Anfrage. Anbei erhalten Sie unser "
                   "Angebot AN2026-0097."),
          "A quote (Angebot) with a validity date; nothing is owed.", filename="Angebot_AN2026-0097.pdf",
          note="lexoffice Angebot with totals and terms.")

    f = F["rieger"]
    doc = Doc(f, number="100772", issue=NOV(26), title="Auftragsbestätigung",
              words={"num": "Auftragsnummer", "date": "Belegdatum", "total": "Gesamtsumme"},
              to_lines=["Café Maximilian GmbH", "Maximilianstraße 51", "86150 Augsburg"],
              meta=[("Kundennummer", "C20455"), ("Liefertermin", "01.12.2026"), ("Ihre Bestellnummer", "CM-2211")],
              lines=[L("Kaffeebohnen Crema 1 kg", 20, 1690, 7),
                     L("Hafermilch Barista 1 l", 36, 245, 7),
                     L("To-go-Becher 300 ml (1000 Stk.)", 2, 6890, 19)],
              notes=["Die Rechnung erhalten Sie mit der Lieferung."])
    other(f, doc, "Café Maximilian", "einkauf@cafe-maximilian.de", "Auftragsbestätigung 100772",
          cover_de(f, "Sehr geehrte Damen und Herren,", "vielen Dank für Ihre Bestellung. Anbei die "
                   "Auftragsbestätigung."),
          "An order confirmation; the invoice comes with the delivery.", filename="AB_100772.pdf",
          note="SAP Business One order confirmation with 7 % and 19 %.")

    f = F["brandt"]
    other(f, None, "Metzgerei Kühn", "buero@metzgerei-kuehn.de", "SEPA-Lastschriftmandat für unsere Honorare",
          "Sehr geehrter Herr Kühn,\n\nwie telefonisch besprochen, möchten wir unsere Honorare ab Januar 2027 per "
          "SEPA-Lastschrift einziehen. Bitte senden Sie uns das beigefügte Mandat unterschrieben zurück.\n\n"
          "Gläubiger-ID: DE41ZZZ00002290148\nMandatsreferenz: BH-10233\n\nDie laufende Rechnung 2026/1184 "
          "überweisen Sie bitte wie gewohnt.\n\nMit freundlichen Grüßen\n\n" + sig(f),
          "A request to sign a direct debit mandate; nothing is billed.", sent=NOV(12),
          note="A SEPA mandate request naming an open invoice, a creditor ID and a mandate reference.")

    f = F["reinhold"]
    other(f, None, "Hausverwaltung Krampe", "rechnungen@hv-krampe.de", "Zahlungseingang RE0902 - vielen Dank",
          "Sehr geehrte Damen und Herren,\n\nwir bestätigen den Eingang Ihrer Zahlung über 1.118,60 € zu unserer "
          "Rechnung RE0902 vom 31.10.2026. Vielen Dank!\n\nMit freundlichen Grüßen\n\n" + sig(f),
          "A confirmation that a payment arrived; nothing is asked.", sent=NOV(16),
          note="Payment thanks with an amount, an invoice number and a date.")

    f = F["hartkopf"]
    other(f, None, "Kreditorenbuchhaltung Brinkmann", "kreditoren@moebel-brinkmann.de",
          "Anpassung Mautkostenzuschlag und Dieselfloater zum 01.01.2027",
          "Sehr geehrte Damen und Herren,\n\nzum 01.01.2027 passen wir den Mautkostenzuschlag an die neuen "
          "Mautsätze an. Er beträgt dann 9,8 % (bisher 8,4 %) auf die Frachtkosten. Der Dieselfloater wird "
          "weiterhin monatlich nach dem Index des Statistischen Bundesamts berechnet.\n\nBeispiel: Sammelgut "
          "Bielefeld - Leipzig, Stellplatz 62,00 € netto zzgl. 6,08 € Maut.\n\nFür Rückfragen steht Ihnen Herr "
          "Hartkopf gern zur Verfügung.\n\nMit freundlichen Grüßen\n\n" + sig(f),
          "A notice of new surcharges from next year; nothing is billed.", sent=NOV(25),
          note="A price increase notice with percentages and an example amount.")

    f = F["hofer"]
    doc = Doc(f, number="KV-2026-0211", issue=NOV(18), due=D(2026, 12, 18), title="Kostenvoranschlag",
              words={"num": "KV-Nummer", "date": "Datum", "due": "Gültig bis", "total": "Gesamt brutto"},
              to_lines=["Herrn", "Ing. Paul Lackner", "Ragnitzstraße 150", "8047 Graz"],
              meta=[("Kundennummer", "1231")],
              lines=[L("Luft-Wasser-Wärmepumpe 9 kW", 1, 1180000, 20),
                     L("Pufferspeicher 300 l", 1, 165000, 20),
                     L("Montage und Inbetriebnahme (pauschal)", 1, 290000, 20)],
              vat_labels={"20": "USt. 20 %"},
              notes=["Unverbindlicher Kostenvoranschlag gemäß § 5 KSchG. Förderung 'Raus aus Öl und Gas' möglich."])
    other(f, doc, "Paul Lackner", "paul.lackner@gmx.at", "Kostenvoranschlag KV-2026-0211 Wärmepumpe",
          cover_de(f, "Sehr geehrter Herr Ing. Lackner,", "wie besprochen übermitteln wir Ihnen unseren "
                   "Kostenvoranschlag für die Wärmepumpe."),
          "A cost estimate (Kostenvoranschlag); nothing is owed.", filename="KV-2026-0211.pdf",
          note="sevDesk Austrian estimate with a validity date and gross total.")

    f = F["limmat"]
    other(f, None, "Schreinerei Wyss", "buchhaltung@schreinerei-wyss.ch", "Verlängerung Support-Abo KMU 2027",
          "Grüezi Frau Wyss\n\nIhr Support-Abo KMU (Vertrag V-0311) verlängert sich per 1. Januar 2027 um ein "
          "weiteres Jahr. Der Preis bleibt unverändert bei CHF 450.00 pro Monat exkl. MWST; neu sind 2 Stunden "
          "Vor-Ort-Einsatz pro Quartal inbegriffen.\n\nMöchten Sie kündigen oder etwas anpassen, melden Sie sich "
          "bitte bis 15. Dezember. Die Rechnungen erhalten Sie wie bisher monatlich.\n\nFreundliche Grüsse\n\n"
          + sig(f) + "\n\n--\nDiese E-Mail wurde mit bexio versendet.",
          "A contract renewal notice; nothing is billed by it.", sent=NOV(27),
          note="A renewal with a monthly price and a contract number.")

    f = F["gerber"]
    N["inv"] += 1
    html = ("<html><body><h2>Treuhand Gerber - Mandanteninformation Dezember 2026</h2><p>Liebe Kundinnen und "
            "Kunden</p><p>Ab 1. Januar 2027 gelten unsere neuen Stundenansätze: Buchhaltung CHF 165.00 (bisher "
            "160.00), Lohnbuchhaltung pro Mitarbeitende und Monat CHF 29.00 (bisher 28.00), Steuererklärung "
            "Privatperson ab CHF 380.00.</p><p>Denken Sie an die Belege für den Jahresabschluss 2026 bis Ende "
            "Februar.</p><p>Treuhand Gerber AG, Monbijoustrasse 68, 3007 Bern</p></body></html>")
    eml = mk.mail(RNG, "info@treuhand-gerber.ch", "Treuhand Gerber AG", "office@aebi-beck.ch",
                  mk.header_words("Mandanteninformation Dezember 2026: neue Ansätze"), NOV(30), body_html=html)
    r = mk.record("inv-hold30-%03d" % N["inv"], f["tool"], "de", "none",
                  {"mail_from": "info@treuhand-gerber.ch", "rcpt_to": ["office@aebi-beck.ch"]}, eml,
                  why_not="A client newsletter announcing next year's rates; nothing is billed.",
                  note="A newsletter with prices in CHF.")
    r["_region"] = "ch"
    r["_doc"] = None
    RECORDS.append(r)


# ================================================================ the check, then the file

FIELDS = ("number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
          "debtor_email", "payment_reference", "iban", "business", "credit_note", "language")


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ogm_ok(o):
    d = o.strip("+").replace("/", "")
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def rf_ok(r):
    s = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def qrr_ok(r):
    return len(r) == 27 and r.isdigit() and mk.qrr(r[:26]) == r


def width(text, size):
    return len(text) * size * 0.5 * 1.12


def check_page(rid, page):
    w, h = page.get("width", 595), page.get("height", 842)
    spans = {}
    for it in page["items"]:
        wd = width(it["text"], it["size"])
        x0 = it["x"] - wd if it["align"] == "right" else it["x"]
        x1 = x0 + wd
        assert 0 <= x0 and x1 <= w and 0 < it["y"] <= h, (rid, it["text"])
        spans.setdefault(it["y"], []).append((x0, x1, it["text"]))
    for y, ss in spans.items():
        ss.sort()
        for a, b in zip(ss, ss[1:]):
            assert a[1] <= b[0] + 0.5, (rid, "overlap", a[2], b[2])


def check(records):
    mk.check_labels(records)
    mk.check_references_printed(records)
    want = {("nl", True): 20, ("en", True): 15, ("de", True): 15, ("nl", False): 9, ("en", False): 8,
            ("de", False): 8}
    got = {}
    for r in records:
        got[(r["lang"], r["is_invoice"])] = got.get((r["lang"], r["is_invoice"]), 0) + 1
    assert got == want, got
    reg = {}
    for r in records:
        reg[(r["_region"], r["is_invoice"])] = reg.get((r["_region"], r["is_invoice"]), 0) + 1
    assert reg[("be", True)] == 5 and reg[("be", False)] == 3, reg
    assert reg[("uk", True)] == 8 and reg[("ie", True)] == 5, reg
    assert reg[("de", True)] == 9 and reg[("at", True)] == 3 and reg[("ch", True)] == 3, reg
    ibans = {}
    for r in records:
        rid, e = r["id"], r["expected"]
        json.loads(json.dumps(r, ensure_ascii=False, default=str))
        assert ("pdf" in r) == ("@@PDF@@" in r["eml"]), rid
        assert r["eml"].count("@@PDF@@") <= 1, rid
        assert r["is_invoice"] == (e is not None) == (r["kind"] != "none"), rid
        assert r["kind"] in ("pdf", "body-text", "body-html", "none"), rid
        if r["kind"] == "pdf":
            assert "pdf" in r, rid
        for p in r.get("pdf", {}).get("pages", []):
            check_page(rid, p)
        for hdr in r["eml"].split("\n\n", 1)[0].split("\n"):
            assert hdr.isascii(), (rid, hdr)
        if e is None:
            assert r["why_not"], rid
            continue
        assert set(e) == set(FIELDS), rid
        assert e["language"] == r["lang"], rid
        to = [h for h in r["eml"].split("\n") if h.startswith("To: ")][0]
        assert e["debtor_email"] in to and e["debtor_email"] in r["envelope"]["rcpt_to"], rid
        issue = datetime.date.fromisoformat(e["issue_date"])
        if e["due_date"]:
            assert datetime.date.fromisoformat(e["due_date"]) >= issue, rid
        assert e["credit_note"] == (e["amount_total_cents"] < 0), rid
        if e["credit_note"]:
            assert e["due_date"] is None and e["amount_due_cents"] == e["amount_total_cents"], rid
        else:
            assert e["due_date"] and 0 < e["amount_due_cents"] <= e["amount_total_cents"], rid
        assert iban_ok(e["iban"]), rid
        sender = r["envelope"]["mail_from"]
        assert ibans.setdefault(sender, e["iban"]) == e["iban"], (rid, "two IBANs for one sender")
        ref = e["payment_reference"]
        if ref:
            if ref.startswith("+++"):
                assert ogm_ok(ref), rid
            elif ref.startswith("RF"):
                assert rf_ok(ref), rid
            elif ref.isdigit() and len(ref) == 27:
                assert qrr_ok(ref), rid
            elif ref.isdigit() and len(ref) == 16:
                assert kenmerk_ok(ref), rid
        assert e["currency"] == {"ch": "CHF", "uk": "GBP"}.get(r["_region"], "EUR"), rid
        doc = r["_doc"]
        s = sums(doc.lines, doc.deductions, doc.rounding)
        assert s["total"] == e["amount_total_cents"] and s["due"] == e["amount_due_cents"], rid
        assert s["net"] == sum(s["per_rate"].values()), rid
        if e["currency"] == "CHF":
            assert e["amount_total_cents"] % 5 == 0 and e["amount_due_cents"] % 5 == 0, rid
        assert doc.number == e["number"] and doc.issue.isoformat() == e["issue_date"], rid
    kinds = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return kinds


def main():
    invoices()
    not_invoices()
    order = list(range(len(RECORDS)))
    random.Random(30).shuffle(order)
    recs = [RECORDS[k] for k in order]
    for n, r in enumerate(recs, 1):
        r["id"] = "inv-hold30-%03d" % n
    kinds = check(recs)
    for r in recs:
        del r["_region"], r["_doc"]
    mk.write(OUT, recs)
    print("heldout30: %d records %s" % (len(recs), kinds))


if __name__ == "__main__":
    main()
