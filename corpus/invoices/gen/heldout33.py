"""heldout33: a blind held-out set on the state of payment on the page — invoices that show
what is already paid and what is left (a deposit, a part payment, a credit applied, money
taken at the counter), invoices with a payment link, invoices collected by direct debit,
instalment invoices; and beside them the mails that look like them and ask nothing: a paid
invoice or receipt, the payment provider's confirmation, a portal notice, a statement of
account, the business's own typed reminder, a quote asking a deposit, a refund
confirmation, a customer's self-billing statement.

Written blind (session 32): see the README section "A thirty-third held-out set".
Run: python3 corpus/invoices/gen/heldout33.py  (writes corpus/invoices/heldout33.jsonl)."""
import datetime
import json
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261233
rng = mk.random.Random(SEED)
D = datetime.date
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout33.jsonl")

# ---------------------------------------------------------------- sellers and their trades

TRADES = {
    "nl": [
        ("Installatietechniek", [("Vervangen cv-ketel HR107 incl. montage", 245000, 21), ("Arbeid monteur (uur)", 6250, 21), ("Klein materiaal", 3890, 21)]),
        ("Schilderwerken", [("Buitenschilderwerk kozijnen voorgevel", 6450, 21), ("Arbeid schilder (uur)", 5200, 21), ("Verf en grondlak", 18750, 21)]),
        ("Hoveniers", [("Aanleg border incl. beplanting", 87500, 21), ("Arbeid hovenier (uur)", 4800, 21), ("Boomschors 40 L", 695, 21)]),
        ("Fietsenmakerij", [("Onderhoudsbeurt e-bike", 8900, 21), ("Kettingset Shimano", 4250, 21), ("Binnenband 28 inch", 1195, 21)]),
        ("Administratiekantoor", [("Jaarrekening en aangifte IB 2025", 69500, 21), ("Btw-aangiften Q3", 12500, 21), ("Loonadministratie (per strook)", 1450, 21)]),
        ("Timmerbedrijf", [("Plaatsen dakkapel 3,2 m", 640000, 21), ("Arbeid timmerman (uur)", 5650, 21), ("Afvoer bouwafval", 18500, 21)]),
        ("Fotografie", [("Bruiloftsreportage hele dag", 145000, 21), ("Fotoalbum 30x30", 29500, 21), ("Reiskosten (km)", 23, 21)]),
        ("Catering", [("Lunchbuffet (p.p.)", 1850, 9), ("Koffie en thee (p.p.)", 395, 9), ("Bediening (uur)", 3800, 21)]),
        ("Autobedrijf", [("APK-keuring", 4950, 21), ("Remblokken voor vervangen", 11800, 21), ("Arbeid (uur)", 7200, 21)]),
        ("Dierenkliniek", [("Consult", 4200, 21), ("Vaccinatie cocktail", 5650, 21), ("Ontworming tablet", 1275, 21)]),
    ],
    "en": [
        ("Plumbing & Heating", [("Boiler service and safety check", 9500, 20), ("Replace thermostatic radiator valve", 4200, 20), ("Labour (hour)", 5500, 20)]),
        ("Web Studio", [("Website redesign - phase 1", 240000, 20), ("Hosting, 12 months", 14400, 20), ("Content editing (hour)", 6500, 20)]),
        ("Joinery", [("Fitted wardrobe, oak veneer", 185000, 20), ("Labour (day)", 26000, 20), ("Ironmongery", 8450, 20)]),
        ("Events", [("Marquee hire 6x12 m", 145000, 20), ("Trestle tables", 850, 20), ("Delivery and set-up", 22000, 20)]),
        ("Dog Grooming", [("Full groom, large breed", 6500, 20), ("Nail clip", 1200, 20), ("Flea treatment", 1850, 20)]),
        ("Electrical", [("Consumer unit replacement", 68000, 20), ("EICR certificate", 18000, 20), ("Labour (hour)", 5200, 20)]),
        ("Bookkeeping", [("Monthly bookkeeping", 35000, 20), ("VAT return", 15000, 20), ("Payroll (per employee)", 1200, 20)]),
        ("Landscaping", [("Patio, Indian sandstone (m2)", 9500, 20), ("Turf laying (m2)", 1400, 20), ("Skip hire", 32000, 20)]),
    ],
    "de": [
        ("Haustechnik", [("Wartung Gasbrennwerttherme", 18900, 19), ("Arbeitszeit Monteur (Std.)", 7400, 19), ("Kleinmaterial", 2480, 19)]),
        ("Malerbetrieb", [("Wohnzimmer streichen, Wände und Decke", 64000, 19), ("Arbeitszeit Maler (Std.)", 5600, 19), ("Abdeckmaterial", 3450, 19)]),
        ("Gartenbau", [("Heckenschnitt Thuja", 38000, 19), ("Arbeitszeit Gärtner (Std.)", 4900, 19), ("Grüngutentsorgung", 6500, 19)]),
        ("Tischlerei", [("Einbauküche Maßanfertigung", 840000, 19), ("Montage (Std.)", 6200, 19), ("Arbeitsplatte Eiche", 98000, 19)]),
        ("Steuerberatung", [("Einkommensteuererklärung 2025", 85000, 19), ("Buchführung Monat Oktober", 32000, 19), ("Auslagenpauschale", 2000, 19)]),
        ("Fahrradladen", [("Inspektion E-Bike", 8900, 19), ("Bremsbeläge Scheibenbremse", 3290, 19), ("Fahrradschloss Bügel", 5990, 19)]),
        ("Partyservice", [("Buffet Mediterran (p. P.)", 2450, 7), ("Getränkepauschale (p. P.)", 1500, 19), ("Servicekraft (Std.)", 3500, 19)]),
        ("Elektro", [("Wallbox 11 kW inkl. Installation", 189000, 19), ("Unterverteilung erweitern", 42000, 19), ("Arbeitszeit (Std.)", 6800, 19)]),
    ],
}

SURNAMES = {
    "nl": ["Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Dekker", "Brouwer", "Hendriks",
           "Vos", "Peters", "Jacobs", "Kok", "Postma", "Veenstra", "Wouters", "Claes", "Maes"],
    "en": ["Harper", "Whitfield", "Osei", "Lynch", "Morrison", "Doyle", "Patel", "Gallagher", "Reeve",
           "Kavanagh", "Ashworth", "Quinn"],
    "de": ["Krüger", "Hoffmann", "Brandt", "Zimmermann", "Lorenz", "Seidel", "Vogt", "Hartmann",
           "Kühn", "Winter", "Böhm", "Arnold"],
}
CITIES = {
    "NL": [("Kerkstraat 14", "3811 CV Amersfoort"), ("Industrieweg 7", "8304 AD Emmeloord"),
           ("Hoofdstraat 112", "9461 AB Gieten"), ("Bedrijvenpark 3", "5462 GE Veghel"),
           ("Molenweg 28", "7721 AK Dalfsen"), ("Zuideinde 51", "2991 LK Barendrecht")],
    "BE": [("Stationsstraat 22", "9000 Gent"), ("Mechelsesteenweg 140", "2018 Antwerpen"),
           ("Diestsestraat 9", "3000 Leuven")],
    "GB": [("14 Mill Lane", "Harrogate HG1 4QP"), ("Unit 3, Brook Park", "Leeds LS11 7AB"),
           ("27 Church Street", "Frome BA11 1PW"), ("8 Station Road", "Hitchin SG4 9UD")],
    "IE": [("12 Main Street", "Naas, Co. Kildare W91 K2T4"), ("Unit 6, Ballycurreen Business Park", "Cork T12 X9P2")],
    "US": [("410 Elm Street, Suite 2", "Burlington, VT 05401"), ("88 Harbor Road", "Portland, ME 04101")],
    "DE": [("Lindenstraße 12", "34117 Kassel"), ("Gewerbering 5", "93077 Bad Abbach"),
           ("Hauptstraße 88", "69117 Heidelberg"), ("Am Markt 3", "18055 Rostock"),
           ("Bahnhofstraße 41", "49074 Osnabrück")],
    "AT": [("Mariahilfer Straße 54", "1070 Wien"), ("Landstraße 19", "4020 Linz")],
}
VAT_OF = {"NL": None, "BE": 21, "GB": 20, "IE": 23, "US": 0, "DE": None, "AT": 20}


def slug(s):
    out = s.lower()
    for a, b in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("&", ""), (" ", "-"), ("'", "")):
        out = out.replace(a, b)
    return "-".join(p for p in out.split("-") if p)


_used_sellers = set()


BUILDERS = {"Installatietechniek", "Timmerbedrijf", "Hoveniers", "Joinery", "Landscaping", "Web Studio",
            "Tischlerei", "Elektro", "Malerbetrieb"}


def make_seller(lang, cc, builder=False):
    while True:
        trade, items = rng.choice([t for t in TRADES[lang] if not builder or t[0] in BUILDERS])
        sur = rng.choice(SURNAMES[lang])
        if lang == "nl":
            name = rng.choice(["%s %s", "%s %s B.V.", "%s %s", "%s %s V.O.F."]) % (sur, trade)
        elif lang == "en":
            name = rng.choice(["%s %s Ltd", "%s %s", "%s %s Ltd"]) % (sur, trade)
        else:
            name = rng.choice(["%s %s GmbH", "%s %s", "%s %s e.K."]) % (trade, sur) if cc != "AT" else \
                "%s %s OG" % (trade, sur)
        if name not in _used_sellers:
            _used_sellers.add(name)
            break
    street, city = rng.choice(CITIES[cc])
    core = slug(name.replace(" B.V.", "").replace(" V.O.F.", "").replace(" Ltd", "")
                .replace(" GmbH", "").replace(" e.K.", "").replace(" OG", ""))
    tld = {"NL": "nl", "BE": "be", "GB": "co.uk", "IE": "ie", "US": "com", "DE": "de", "AT": "at"}[cc]
    domain = "%s.%s" % (core, tld)
    local = {"nl": "facturen", "en": "accounts", "de": "rechnung"}[lang]
    ib = None if cc == "US" else mk.iban(rng, cc)
    return dict(name=name, street=street, city=city, email="%s@%s" % (local, domain), domain=domain,
                iban=ib, items=items, cc=cc, trade=trade)


# ---------------------------------------------------------------- debtors
# (printed lines of the address window, the label's name, e-mail, business)
DEBTORS = {
    "nl": [
        (["Dhr. P.J. de Wit", "Lindelaan 4", "3817 BG Amersfoort"], "P.J. de Wit", "pj.dewit@ziggo.nl", False),
        (["Mevrouw S. Yilmaz-Bos", "Vinkenstraat 19", "1013 JT Amsterdam"], "S. Yilmaz-Bos", "s.yilmaz@kpnmail.nl", False),
        (["Bouwbedrijf Hazelaar B.V.", "t.a.v. crediteurenadministratie", "Postbus 214", "8300 AE Emmeloord"], "Bouwbedrijf Hazelaar B.V.", "crediteuren@hazelaar-bouw.nl", True),
        (["Fam. Roozendaal", "Esdoornlaan 61", "7722 KL Dalfsen"], "Fam. Roozendaal", "roozendaal.thuis@gmail.com", False),
        (["Stichting Dorpshuis De Schakel", "Brink 2", "9461 AA Gieten"], "Stichting Dorpshuis De Schakel", "penningmeester@deschakel-gieten.nl", True),
        (["Dhr. en mevr. Van Leeuwen", "Parkweg 8", "2991 CC Barendrecht"], "Dhr. en mevr. Van Leeuwen", "vanleeuwen8@hotmail.com", False),
        (["Kapsalon Knipwerk", "Mw. J. Pronk", "Marktplein 5", "5461 JK Veghel"], "Kapsalon Knipwerk", "info@knipwerk-veghel.nl", True),
        (["A. el Amrani", "Zonnebloemstraat 33", "3812 TW Amersfoort"], "A. el Amrani", "a.elamrani@outlook.com", False),
        (["Tandartspraktijk Oostergo", "Oosterstraat 17", "9461 CK Gieten"], "Tandartspraktijk Oostergo", "administratie@tp-oostergo.nl", True),
        (["Dhr. R. Kuipers", "Weverij 12", "5462 HB Veghel"], "R. Kuipers", "rkuipers@xs4all.nl", False),
        (["Voetbalvereniging SV Dalfsen", "t.a.v. de penningmeester", "Sportlaan 1", "7721 DE Dalfsen"], "Voetbalvereniging SV Dalfsen", "penningmeester@svdalfsen.nl", True),
        (["Mevr. drs. L.M. Terpstra", "Koningin Julianaweg 90", "8302 BC Emmeloord"], "drs. L.M. Terpstra", "lm.terpstra@planet.nl", False),
        (["Gemeente Barendrecht", "Afdeling Inkoop", "Postbus 2", "2990 AA Barendrecht"], "Gemeente Barendrecht", "facturen@barendrecht.nl", True),
        (["H. Oosterhuis", "Dorpsstraat 140", "3811 BN Amersfoort"], "H. Oosterhuis", "henk.oosterhuis@gmail.com", False),
    ],
    "be": [
        (["Mevrouw Annelies Claeys", "Kortrijksesteenweg 310", "9000 Gent"], "Annelies Claeys", "annelies.claeys@telenet.be", False),
        (["Brasserie De Kroon bv", "Grote Markt 7", "3000 Leuven"], "Brasserie De Kroon bv", "boekhouding@dekroon-leuven.be", True),
        (["De heer Wim Janssens", "Lange Lozanastraat 44", "2018 Antwerpen"], "Wim Janssens", "wim.janssens@skynet.be", False),
        (["Basisschool De Regenboog vzw", "Schoolstraat 3", "9050 Gentbrugge"], "Basisschool De Regenboog vzw", "secretariaat@regenboog-gentbrugge.be", True),
    ],
    "GB": [
        (["Mrs Helen Carter", "22 Orchard Close", "Harrogate HG2 8LN"], "Helen Carter", "helen.carter@btinternet.com", False),
        (["Northfield Dental Practice", "Attn: Practice Manager", "5 Victoria Avenue", "Leeds LS6 2DH"], "Northfield Dental Practice", "manager@northfielddental.co.uk", True),
        (["Mr and Mrs Pritchard", "The Old Rectory", "Frome BA11 3EG"], "Mr and Mrs Pritchard", "pritchards@gmail.com", False),
        (["Brook & Vale Architects LLP", "3rd Floor, 16 Park Row", "Leeds LS1 5JL"], "Brook & Vale Architects LLP", "accounts@brookvale.co.uk", True),
        (["Dr. Samuel Okafor", "41 Walsworth Road", "Hitchin SG4 9SX"], "Dr. Samuel Okafor", "s.okafor@outlook.com", False),
        (["Hitchin Rugby Club", "Attn: Treasurer", "King George V Fields", "Hitchin SG5 1QA"], "Hitchin Rugby Club", "treasurer@hitchinrfc.co.uk", True),
        (["Ms. Priya Raman", "9 Beech Grove", "Harrogate HG2 0ET"], "Priya Raman", "priya.raman@icloud.com", False),
        (["Tern Valley Veterinary Ltd", "Accounts Payable", "Unit 2, Riverside Way", "Frome BA11 2RF"], "Tern Valley Veterinary Ltd", "ap@ternvalleyvets.co.uk", True),
    ],
    "IE": [
        (["Ms Aoife Brennan", "17 Sallins Road", "Naas, Co. Kildare"], "Aoife Brennan", "aoife.brennan@eircom.net", False),
        (["Kilcullen Community Creche CLG", "Main Street", "Kilcullen, Co. Kildare"], "Kilcullen Community Creche CLG", "accounts@kilcullencreche.ie", True),
    ],
    "US": [
        (["Bill To", "Lakeside Yoga Collective", "22 Church Street", "Burlington, VT 05401"], "Lakeside Yoga Collective", "billing@lakesideyoga.org", True),
        (["Bill To", "Jennifer Alvarez", "5 Maple Court", "South Portland, ME 04106"], "Jennifer Alvarez", "jen.alvarez@gmail.com", False),
    ],
    "DE": [
        (["Herrn", "Dr. Thomas Albrecht", "Wilhelmshöher Allee 118", "34119 Kassel"], "Dr. Thomas Albrecht", "t.albrecht@posteo.de", False),
        (["Frau Sabine Reuter", "Ringstraße 7", "93077 Bad Abbach"], "Sabine Reuter", "sabine.reuter@web.de", False),
        (["Kita Sonnenblume e.V.", "z. H. Frau Kessler", "Gartenweg 2", "69120 Heidelberg"], "Kita Sonnenblume e.V.", "verwaltung@kita-sonnenblume-hd.de", True),
        (["Herrn und Frau", "Jörg und Anke Schmidt", "Am Hang 14", "49076 Osnabrück"], "Jörg und Anke Schmidt", "schmidt.am.hang@t-online.de", False),
        (["Praxis für Physiotherapie Lenz", "Bahnhofstraße 9", "18055 Rostock"], "Praxis für Physiotherapie Lenz", "praxis@physio-lenz.de", True),
        (["Herr Müller", "Kastanienweg 3", "34121 Kassel"], "Herr Müller", "mueller.kassel@gmx.de", False),
        (["Weingut Hessler GbR", "Weinbergstraße 21", "69469 Weinheim"], "Weingut Hessler GbR", "buero@weingut-hessler.de", True),
        (["Familie Brückner", "Lindenhof 5", "93083 Obertraubling"], "Familie Brückner", "brueckner.familie@gmx.de", False),
        (["Ingenieurbüro Sattler GmbH", "Buchhaltung", "Postfach 1207", "49002 Osnabrück"], "Ingenieurbüro Sattler GmbH", "buchhaltung@sattler-ing.de", True),
        (["Frau Prof. Dr. Ingrid Hausmann", "Neuenheimer Landstraße 30", "69120 Heidelberg"], "Prof. Dr. Ingrid Hausmann", "i.hausmann@uni-hd-mail.de", False),
    ],
    "AT": [
        (["Frau Mag. Katharina Pichler", "Neubaugasse 12/4", "1070 Wien"], "Mag. Katharina Pichler", "k.pichler@aon.at", False),
        (["Tischlerei Gruber KG", "Industriezeile 8", "4020 Linz"], "Tischlerei Gruber KG", "office@tischlerei-gruber.at", True),
    ],
}
_debtor_cursor = {}


def next_debtor(key):
    pool = DEBTORS[key]
    k = _debtor_cursor.get(key, rng.randrange(len(pool)))
    _debtor_cursor[key] = (k + 1) % len(pool)
    return pool[k]


# ---------------------------------------------------------------- words per language

W = {
    "nl": dict(title="Factuur", number="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               cust="Klantnummer", desc="Omschrijving", qty="Aantal", unit="Prijs", amt="Bedrag",
               net="Subtotaal", vat="Btw %d%%", total="Totaal", left="Nog te betalen",
               deposit="Aanbetaling ontvangen %s", part="Reeds ontvangen %s", credit="Verrekend creditnota %s",
               counter="Contant betaald aan de balie", term="Betaaltermijn", days="%d dagen",
               pay="Graag het bedrag van {amt} vóór {due} overmaken op {iban} t.n.v. {seller} o.v.v. {num}.",
               ref="Betalingskenmerk", hello="Beste {name},", bye="Met vriendelijke groet,"),
    "en": dict(title="Invoice", number="Invoice number", date="Invoice date", due="Due date",
               cust="Account no.", desc="Description", qty="Qty", unit="Unit price", amt="Amount",
               net="Subtotal", vat="VAT %d%%", total="Total", left="Balance due",
               deposit="Less deposit paid %s", part="Payment received %s", credit="Credit note %s applied",
               counter="Paid at the counter", term="Terms", days="%d days",
               pay="Please pay {amt} by {due} to {seller}, IBAN {iban}, quoting {num}.",
               ref="Payment reference", hello="Dear {name},", bye="Kind regards,"),
    "de": dict(title="Rechnung", number="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               cust="Kundennummer", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amt="Gesamt",
               net="Nettobetrag", vat="USt. %d %%", total="Rechnungsbetrag", left="Noch zu zahlen",
               deposit="abzgl. Anzahlung vom %s", part="bereits gezahlt am %s", credit="abzgl. Gutschrift %s",
               counter="bar bezahlt bei Abholung", term="Zahlungsziel", days="%d Tage",
               pay="Bitte überweisen Sie {amt} bis zum {due} auf das Konto {iban} ({seller}).",
               ref="Verwendungszweck", hello="Guten Tag {name},", bye="Mit freundlichen Grüßen"),
}

# Tools: title override, file name pattern, cover's closing line, number pattern.
TOOLS = {
    "Moneybird": dict(fname="Factuur {num}.pdf", foot="Deze factuur is verstuurd met Moneybird.", num="{y}-{n:04d}"),
    "e-Boekhouden": dict(fname="Factuur_{num}.pdf", foot="Verzonden via e-Boekhouden.nl", num="F{y}{n:04d}"),
    "Exact Online": dict(fname="{num}.pdf", foot="Dit bericht is verzonden met Exact Online.", num="{n:05d}"),
    "SnelStart": dict(fname="Factuur {num}.pdf", foot="", num="{y}{n:05d}"),
    "Jortt": dict(fname="factuur-{num}.pdf", foot="Verstuurd met Jortt", num="F{y}-{n:03d}"),
    "WeFact": dict(fname="Factuur-{num}.pdf", foot="", num="F{y}{n:04d}"),
    "Word-as-PDF": dict(fname="Factuur {num}.pdf", foot="", num="{y}-{n:03d}"),
    "typed by hand": dict(fname=None, foot="", num="{y}/{n:02d}"),
    "Xero": dict(fname="Invoice {num}.pdf", foot="", num="INV-{n:04d}"),
    "QuickBooks": dict(fname="Invoice_{num}_from_{seller}.pdf", foot="", num="{n:04d}"),
    "FreshBooks": dict(fname="Invoice-{num}.pdf", foot="Sent using FreshBooks", num="{n:07d}"),
    "Zoho Invoice": dict(fname="INV-{num}.pdf", foot="", num="INV-{n:06d}"),
    "lexoffice": dict(fname="Rechnung_{num}.pdf", foot="", num="RE{n:04d}"),
    "sevDesk": dict(fname="Rechnung {num}.pdf", foot="", num="RE-{n:04d}"),
    "Billomat": dict(fname="Rechnung_{num}.pdf", foot="Diese E-Mail wurde mit Billomat versendet.", num="RE{y}-{n:04d}"),
}


def half_up(x_num, x_den):
    """x_num / x_den rounded half up (positive numbers)."""
    return (2 * x_num + x_den) // (2 * x_den)


def fmt_date(lang, d, style=None):
    return mk.date_in(lang, d, style)


def to_header(name, addr):
    """The To header: a quoted display name when ASCII, encoded words when not."""
    shown = mk.header_words(name)
    return ('"%s" <%s>' % (name, addr)) if shown == name else "%s <%s>" % (shown, addr)


def wrap(lines, width=92):
    out = []
    for ln in lines:
        out += textwrap.wrap(ln, width) or [""]
    return out


# ---------------------------------------------------------------- one invoice

def compute(lines):
    """lines: (desc, qty, unit_cents, rate) -> rows with amounts, net, vat per rate, total."""
    rows, net, per_rate = [], 0, {}
    for desc, qty, unit, rate in lines:
        amount = qty * unit
        rows.append((desc, qty, unit, amount, rate))
        net += amount
        per_rate[rate] = per_rate.get(rate, 0) + amount
    vat = {r: half_up(a * r, 100) for r, a in per_rate.items()}
    return rows, net, vat, net + sum(vat.values())


def pick_lines(seller, n=None):
    items = list(seller["items"])
    n = n or rng.randint(1, 3)
    out = []
    for desc, unit, rate in items[:n]:
        qty = 1 if unit > 50000 else rng.choice([1, 2, 3, 4, 6, 8])
        if "(km)" in desc:
            qty = rng.choice([48, 86, 124])
        out.append((desc, qty, unit, rate))
    return out


def page_head(pg, s, lang, debtor_lines, meta, title, cur):
    pg.text(56, 56, s["name"], size=13, bold=True)
    pg.text(56, 68, "%s · %s" % (s["street"], s["city"]), size=8)
    pg.text(56, 79, s["email"], size=8)
    y = 150
    for ln in debtor_lines:
        pg.text(56, y, ln, size=10)
        y += 13
    y = 150
    for lab, val in meta:
        pg.text(350, y, lab, size=8.5)
        pg.right(539, y, val, size=8.5)
        y += 12
    pg.text(56, 262, title, size=15, bold=True)


def draw_invoice(inv, lang, tool, title, meta, notes, extra_top=None):
    """The invoice's page: head, line table, totals with deductions, notes, foot."""
    s = inv["seller"]
    w = W[lang]
    pg = mk.Page()
    page_head(pg, s, lang, inv["debtor"][0], meta, title, inv["cur"])
    y = 290
    if extra_top:
        for ln in extra_top:
            pg.text(56, y, ln, size=9)
            y += 12
        y += 8
    pg.text(56, y, w["desc"], size=8.5, bold=True)
    pg.right(399, y, w["qty"], size=8.5, bold=True)
    pg.right(469, y, w["unit"], size=8.5, bold=True)
    pg.right(539, y, w["amt"], size=8.5, bold=True)
    pg.rule(56, y + 4, 539, y + 4)
    y += 17
    m = lambda c: mk.money_in(inv["cur"], lang, c)  # noqa: E731
    rows = [(d, str(q), m(u), m(a)) for d, q, u, a, r in inv["rows"]]
    y = pg.line_rows(y, rows)
    pg.rule(56, y - 7, 539, y - 7)
    y += 6
    totals = [(w["net"], m(inv["net"]), False)]
    for r in sorted(inv["vat"]):
        if r:
            totals.append((w["vat"] % r, m(inv["vat"][r]), False))
    totals.append((w["total"], m(inv["total"]), True))
    for lab, c in inv["deductions"]:
        totals.append((lab, m(-c), False))
    if inv["deductions"]:
        totals.append((inv.get("left_label") or w["left"], m(inv["due_cents"]), True))
    for lab, amt, bold in totals:
        pg.text(270, y, lab, size=9, bold=bold)
        pg.right(539, y, amt, size=9, bold=bold)
        y += 14
    if inv.get("stamp"):
        pg.text(380, 230, inv["stamp"], size=22, bold=True)
    y += 14
    for ln in wrap(notes):
        pg.text(56, y, ln, size=8.5)
        y += 12
    foot = inv["foot"]
    pg.rule(56, 790, 539, 790)
    pg.text(56, 802, foot, size=7)
    return pg


def foot_line(s, lang):
    reg = {"NL": "KvK %08d · btw NL%09dB01", "BE": "Ondernemingsnr. BE 0%03d.%03d.%03d",
           "GB": "Company no. %08d · VAT GB %09d", "IE": "CRO %06d · VAT IE%07dT",
           "US": "", "DE": "USt-IdNr. DE%09d · Amtsgericht HRB %05d", "AT": "UID ATU%08d · FN %06dx"}[s["cc"]]
    cc = s["cc"]
    if cc == "NL":
        reg = reg % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 8, 10 ** 9))
    elif cc == "BE":
        reg = reg % (rng.randrange(100, 999), rng.randrange(100, 999), rng.randrange(100, 999))
    elif cc == "GB":
        reg = reg % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 8, 10 ** 9))
    elif cc == "IE":
        reg = reg % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7))
    elif cc == "DE":
        reg = reg % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 4, 10 ** 5))
    elif cc == "AT":
        reg = reg % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 5, 10 ** 6))
    parts = [s["name"]]
    if s["iban"]:
        parts.append("IBAN " + mk.iban_spaced(s["iban"]))
    if reg:
        parts.append(reg)
    return " · ".join(parts)


RECORDS = []
COUNTER = {"n": 0}


def rid():
    COUNTER["n"] += 1
    return "inv-hold33-%03d" % COUNTER["n"]


def debtor_key(lang, cc):
    return "be" if cc == "BE" else ({"nl": "nl"}.get(lang) or cc)


def salutation(lang, debtor):
    name = debtor[1]
    if not debtor[3]:
        return W[lang]["hello"].format(name=name)
    return {"nl": "Geachte heer/mevrouw,", "en": "Dear Sir or Madam,", "de": "Sehr geehrte Damen und Herren,"}[lang]


def make_invoice(lang, cc, tool, theme, kind, issue, note):
    """One invoice of @theme; returns its record."""
    s = make_seller(lang, cc, builder=theme == "instalment")
    debtor = next_debtor(debtor_key(lang, cc))
    w = W[lang]
    t = TOOLS[tool]
    n = rng.randint(12, 480)
    num = t["num"].format(y=issue.year, n=n)
    cur = {"GB": "GBP", "US": "USD"}.get(cc, "EUR")
    dl = lambda d: fmt_date("be" if cc == "BE" else lang, d, "us" if cc == "US" else None)  # noqa: E731
    m = lambda c: mk.money_in(cur, lang, c)  # noqa: E731

    # the lines; an instalment bills one share of a contract sum
    extra_top = None
    if theme == "instalment":
        contract = rng.choice([1850000, 2400000, 960000, 3200000])
        k, of = rng.choice([(1, 3), (2, 3), (3, 4), (2, 4)])
        share = rng.choice([25, 30, 35, 40])
        unit = half_up(contract * share, 100)
        csum = m(contract)
        desc = {"nl": "Termijn %d van %d (%d%% van aanneemsom)" % (k, of, share),
                "en": "Stage payment %d of %d (%d%% of contract sum)" % (k, of, share),
                "de": "%d. Abschlagsrate von %d (%d %% der Auftragssumme)" % (k, of, share)}[lang]
        rate = 23 if cc == "IE" else (VAT_OF.get(cc) or {"nl": 21, "en": 20, "de": 19}[lang])
        lines = [(desc, 1, unit, rate)]
        extra_top = [{"nl": "Project: %s, aanneemsom %s excl. btw" % (s["items"][0][0], csum),
                      "en": "Project: %s, contract sum %s excl. VAT" % (s["items"][0][0], csum),
                      "de": "Bauvorhaben: %s, Auftragssumme %s netto" % (s["items"][0][0], csum)}[lang]]
        if k > 1:
            extra_top.append({"nl": "Eerder gefactureerd: termijn 1 t/m %d" % (k - 1),
                              "en": "Previously invoiced: stages 1 to %d" % (k - 1),
                              "de": "Bereits berechnet: Raten 1 bis %d" % (k - 1)}[lang])
    else:
        lines = pick_lines(s)
        if cc in ("IE", "AT", "BE", "US"):
            lines = [(d, q, u, VAT_OF[cc]) for d, q, u, r in lines]
    rows, net, vat, total = compute(lines)

    # what is already paid
    deductions = []
    paid_on = issue - mk.days(rng.randint(10, 40))
    if theme == "deposit":
        dep = max(100, (total * rng.choice([20, 25, 30, 50]) // 100) // 5000 * 5000) if total > 20000 else 5000
        deductions.append((w["deposit"] % fmt_date(lang, paid_on, "dmy." if lang == "de" else ("dmy-" if lang == "nl" else "short-en")), dep))
    elif theme == "part":
        dep = (total // 3) // 1000 * 1000 or 1000
        deductions.append((w["part"] % fmt_date(lang, paid_on, "dmy." if lang == "de" else ("dmy-" if lang == "nl" else "short-en")), dep))
    elif theme == "credit":
        cn = {"nl": "CN-%d-%03d", "en": "CN-%04d%03d", "de": "GS-%d-%03d"}[lang] % (issue.year, rng.randint(1, 60))
        dep = min(total // 4, rng.choice([2500, 4000, 6450, 9900, 12000]))
        deductions.append((w["credit"] % cn, dep))
    elif theme == "counter":
        dep = rng.choice([5000, 10000, 2000, 15000])
        deductions.append((w["counter"], dep))
    due_cents = total - sum(c for _, c in deductions)

    # due date, payment words
    term = rng.choice([14, 14, 30, 8, 21]) if cc != "US" else 30
    due = issue + mk.days(term)
    meta = [(w["number"], num), (w["date"], dl(issue))]
    notes = []
    ref = None
    print_due = rng.random() < 0.5
    if theme == "debit":
        debit_day = issue + mk.days(rng.choice([5, 7, 10, 14]))
        due = debit_day
        masked = ("ending %02d" % rng.randrange(100)) if cc == "GB" else "%s** **** **** %04d" % (cc, rng.randrange(10000))
        mandate = "MD-%05d" % rng.randrange(10 ** 5)
        notes = {"nl": ["Het totaalbedrag wordt op of rond %s automatisch van uw rekening %s" % (dl(debit_day), masked),
                        "afgeschreven (machtigingskenmerk %s). U hoeft zelf niets over te maken." % mandate],
                 "en": ["The total of %s will be collected by Direct Debit from your account %s" % (m(total), masked),
                        "on or shortly after %s (mandate reference %s). No action is needed." % (dl(debit_day), mandate)],
                 "de": ["Der Rechnungsbetrag wird am %s per SEPA-Lastschrift von Ihrem Konto" % dl(debit_day),
                        "%s eingezogen (Mandatsreferenz %s, Gläubiger-ID DE%02dZZZ%08d)." % (masked, mandate, rng.randrange(10, 99), rng.randrange(10 ** 7, 10 ** 8))]}[lang]
        print_due = False
    else:
        if print_due:
            meta.append((w["due"], dl(due)))
        else:
            meta.append((w["term"], w["days"] % term))
        pay_amt = m(due_cents)
        if s["iban"]:
            notes.append(w["pay"].format(amt=pay_amt, due=dl(due), iban=mk.iban_spaced(s["iban"]),
                                         seller=s["name"], num=num))
        if theme == "link":
            tok = "%012x" % rng.getrandbits(48)
            prov = rng.choice(["mollie", "stripe"]) if lang != "en" else "stripe"
            url = ("https://www.mollie.com/checkout/select-method/%s" % tok if prov == "mollie"
                   else "https://pay.stripe.com/invoice/acct_%s/live_%s" % (tok[:8], tok))
            notes.append({"nl": "Liever direct betalen met iDEAL? %s" % ("Betaal online: " + url),
                          "en": "Pay now by card or Apple Pay: %s" % url,
                          "de": "Jetzt bezahlen (Kreditkarte, PayPal, Sofort): %s" % url}[lang])
            inv_link = url
        if cc == "US":
            notes.append("Pay now online: https://connect.intuit.com/pay/%s" % ("%010x" % rng.getrandbits(40))
                         if tool == "QuickBooks" else "Payment by ACH or card via the link in the e-mail.")
    if cc == "BE" and theme != "debit":
        ref = mk.ogm_drawn(rng)
        notes.append("Gestructureerde mededeling: %s" % ref)
    elif lang == "nl" and tool in ("SnelStart", "e-Boekhouden") and theme != "debit":
        ref = "".join(rng.choice("0123456789") for _ in range(16))
        notes.append("%s: %s" % (w["ref"], " ".join(ref[k:k + 4] for k in range(0, 16, 4))))
    elif lang == "de" and theme not in ("debit",) and rng.random() < 0.4:
        ref = num
        notes.append("Verwendungszweck: %s" % ref)
    if cc != "US" and s["iban"] and theme == "debit":
        pass
    if theme == "instalment":
        notes.append({"nl": "De volgende termijn factureren wij bij gereedkomen van de volgende fase.",
                      "en": "The next stage will be invoiced on completion of the following phase.",
                      "de": "Die nächste Rate stellen wir nach Abschluss des nächsten Bauabschnitts in Rechnung."}[lang])

    title = {"instalment": {"nl": "Termijnfactuur", "en": "Stage Invoice", "de": "Abschlagsrechnung"}[lang]}.get(theme, w["title"])
    if tool == "Xero" and theme != "instalment":
        title = "TAX INVOICE"
    inv = dict(seller=s, debtor=debtor, cur=cur, rows=rows, net=net, vat=vat, total=total,
               deductions=deductions, due_cents=due_cents,
               left_label={"Xero": "AMOUNT DUE", "QuickBooks": "Balance Due", "FreshBooks": "Amount Due (%s)" % cur,
                           "Zoho Invoice": "Balance Due", "sevDesk": "Offener Betrag", "lexoffice": "Zu zahlender Betrag",
                           "Jortt": "Openstaand", "Moneybird": "Te betalen"}.get(tool),
               foot=foot_line(s, lang))
    to_hdr = to_header(debtor[1], debtor[2]) if rng.random() < 0.6 else debtor[2]
    subj = {"nl": "Factuur %s van %s" % (num, s["name"]), "en": "Invoice %s from %s" % (num, s["name"]),
            "de": "Rechnung %s" % num}[lang]
    if theme == "instalment":
        subj = {"nl": "Termijnfactuur %s" % num, "en": "Stage invoice %s" % num, "de": "Abschlagsrechnung %s" % num}[lang]
    hello = salutation(lang, debtor)
    mail_day = issue + mk.days(rng.choice([0, 0, 1]))
    if kind == "pdf":
        pg = draw_invoice(inv, lang, tool, title, meta, notes, extra_top)
        cover_mid = {"nl": "In de bijlage vindt u factuur %s." % num,
                     "en": "Please find attached invoice %s." % num,
                     "de": "anbei erhalten Sie unsere Rechnung %s." % num}[lang]
        if theme == "link":
            cover_mid += {"nl": "\nU kunt direct online betalen via: %s" % inv_link,
                          "en": "\nYou can pay online here: %s" % inv_link,
                          "de": "\nSie können direkt online bezahlen: %s" % inv_link}[lang]
        if theme == "debit":
            cover_mid += {"nl": "\nHet bedrag wordt automatisch geïncasseerd.",
                          "en": "\nThe amount will be collected by Direct Debit.",
                          "de": "\nDer Betrag wird per Lastschrift eingezogen."}[lang]
        cover = "%s\n\n%s\n\n%s\n%s\n" % (hello, cover_mid, w["bye"], s["name"])
        if t["foot"]:
            cover += "\n--\n%s\n" % t["foot"]
        fname = (t["fname"] or "Factuur {num}.pdf").format(num=num, seller=s["name"].replace(" ", "_"))
        eml, kind_ = mk.mail_in_kind(rng, s["email"], mk.header_words(s["name"]), to_hdr, mk.header_words(subj),
                                     mail_day, cover=cover, pages=[pg])
        pages = [pg]
    else:
        pages, fname = None, None
        body_lines = render_body_lines(inv, lang, title, meta, notes, extra_top, m)
        if kind == "body-text":
            text = "%s\n\n%s\n\n%s\n%s\n%s\n" % (hello, "\n".join(body_lines), w["bye"], s["name"], s["street"] + ", " + s["city"])
            if s["iban"]:
                text += "IBAN %s\n" % mk.iban_spaced(s["iban"])
            if t["foot"]:
                text += "\n%s\n" % t["foot"]
            eml, kind_ = mk.mail_in_kind(rng, s["email"], mk.header_words(s["name"]), to_hdr, mk.header_words(subj),
                                         mail_day, text=text)
        else:
            html = render_html(inv, lang, title, meta, notes, extra_top, m, hello, theme)
            eml, kind_ = mk.mail_in_kind(rng, s["email"], mk.header_words(s["name"]), to_hdr, mk.header_words(subj),
                                         mail_day, html=html)
    exp = mk.expected(num, due_cents, total, issue, due, debtor[1], debtor[2], s["iban"], debtor[3], lang,
                      reference=ref, currency=cur)
    rec = mk.record(rid(), tool, lang, kind_, {"mail_from": s["email"], "rcpt_to": [debtor[2]]}, eml,
                    pages=pages, pdf_filename=fname, expected=exp, note=note)
    rec["_theme"] = theme
    rec["_cc"] = cc
    return rec


def render_body_lines(inv, lang, title, meta, notes, extra_top, m):
    w = W[lang]
    out = ["%s %s" % (title.upper() if lang != "de" else title, meta[0][1]), ""]
    out.append({"nl": "Aan:", "en": "To:", "de": "An:"}[lang])
    out += inv["debtor"][0]
    out.append("")
    for lab, val in meta[1:]:
        out.append("%s: %s" % (lab, val))
    out.append("")
    for ln in extra_top or []:
        out.append(ln)
    for d, q, u, a, r in inv["rows"]:
        out.append("%s x %s  à %s  = %s" % (q, d, m(u), m(a)))
    out.append("")
    out.append("%s: %s" % (w["net"], m(inv["net"])))
    for r in sorted(inv["vat"]):
        if r:
            out.append("%s: %s" % (w["vat"] % r, m(inv["vat"][r])))
    out.append("%s: %s" % (w["total"], m(inv["total"])))
    for lab, c in inv["deductions"]:
        out.append("%s: %s" % (lab, m(-c)))
    if inv["deductions"]:
        out.append("%s: %s" % (inv.get("left_label") or w["left"], m(inv["due_cents"])))
    out.append("")
    out += notes
    return out


def render_html(inv, lang, title, meta, notes, extra_top, m, hello, theme):
    w = W[lang]
    s = inv["seller"]
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                   % (d, q, m(u), m(a)) for d, q, u, a, r in inv["rows"])
    tots = "<tr><td colspan=\"3\">%s</td><td align=\"right\">%s</td></tr>" % (w["net"], m(inv["net"]))
    for r in sorted(inv["vat"]):
        if r:
            tots += "<tr><td colspan=\"3\">%s</td><td align=\"right\">%s</td></tr>" % (w["vat"] % r, m(inv["vat"][r]))
    tots += "<tr><td colspan=\"3\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (w["total"], m(inv["total"]))
    for lab, c in inv["deductions"]:
        tots += "<tr><td colspan=\"3\">%s</td><td align=\"right\">%s</td></tr>" % (lab, m(-c))
    if inv["deductions"]:
        tots += "<tr><td colspan=\"3\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (
            inv.get("left_label") or w["left"], m(inv["due_cents"]))
    meta_html = "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in meta)
    notes_html = ""
    for ln in notes:
        if "https://" in ln:
            url = ln[ln.index("https://"):]
            btn = {"nl": "Nu betalen", "en": "Pay now", "de": "Jetzt bezahlen"}[lang]
            notes_html += "<p><a href=\"%s\" style=\"background:#1a73e8;color:#fff;padding:8px 16px\">%s</a></p>" % (url, btn)
        else:
            notes_html += "<p>%s</p>" % ln
    top = "".join("<p>%s</p>" % ln for ln in extra_top or [])
    addr = "<br>".join(inv["debtor"][0])
    return ("<html><body style=\"font-family:Arial\"><p>%s</p><h2>%s</h2><p><b>%s</b><br>%s<br>%s</p>"
            "<p>%s</p><table>%s</table>%s<table width=\"100%%\"><tr><th align=\"left\">%s</th><th>%s</th><th>%s</th><th>%s</th></tr>%s%s</table>"
            "%s<p style=\"font-size:11px;color:#777\">%s</p></body></html>") % (
        hello, title, s["name"], s["street"], s["city"], addr, meta_html, top, w["desc"], w["qty"], w["unit"], w["amt"],
        rows, tots, notes_html, inv["foot"])


# ---------------------------------------------------------------- the invoices
# (lang, country, tool, theme, kind, note)
INVOICES = [
    ("nl", "NL", "Moneybird", "deposit", "pdf", "Aanbetaling afgetrokken onder het totaal; te betalen is het restant."),
    ("nl", "NL", "e-Boekhouden", "deposit", "pdf", "Aanbetaling en betalingskenmerk; due na aftrek."),
    ("nl", "NL", "Word-as-PDF", "deposit", "pdf", "Word-factuur met aanbetaling op een eigen regel onder het totaal."),
    ("nl", "NL", "Exact Online", "part", "pdf", "Deelbetaling ontvangen; nog te betalen het restant."),
    ("nl", "NL", "typed by hand", "part", "body-text", "Getypte factuur met 'Reeds ontvangen' en restant."),
    ("nl", "NL", "Jortt", "credit", "pdf", "Creditnota verrekend op de factuur: 'Openstaand' is het verschil."),
    ("nl", "NL", "SnelStart", "counter", "pdf", "Contant aan de balie betaald; restant met betalingskenmerk."),
    ("nl", "NL", "WeFact", "counter", "body-html", "Html-factuur: deel contant betaald, rest over te maken."),
    ("nl", "NL", "Moneybird", "link", "pdf", "Mollie-betaallink naast IBAN; het volle bedrag is te betalen."),
    ("nl", "NL", "Jortt", "link", "body-html", "Html-factuur met 'Nu betalen'-knop."),
    ("nl", "NL", "WeFact", "link", "pdf", "iDEAL-link in de voet en in de begeleidende mail."),
    ("nl", "BE", "Word-as-PDF", "link", "pdf", "Vlaamse factuur met gestructureerde mededeling en betaallink."),
    ("nl", "NL", "Exact Online", "debit", "pdf", "Automatische incasso: de afschrijfdatum is de vervaldatum."),
    ("nl", "NL", "e-Boekhouden", "debit", "pdf", "Incasso op een gemaskeerd rekeningnummer; de IBAN van de verkoper in de voet."),
    ("nl", "BE", "WeFact", "debit", "body-text", "Vlaamse domiciliëring in een getypte mail."),
    ("nl", "NL", "Moneybird", "instalment", "pdf", "Termijnfactuur: aanneemsom en eerdere termijnen genoemd, alleen deze termijn te betalen."),
    ("nl", "NL", "Word-as-PDF", "instalment", "pdf", "Termijnfactuur van een aannemer in Word."),
    ("nl", "BE", "Exact Online", "instalment", "pdf", "Vlaamse vorderingsstaat-achtige termijnfactuur met gestructureerde mededeling."),
    ("nl", "NL", "SnelStart", "plain", "body-text", "Gewone getypte factuur met betalingskenmerk."),
    ("nl", "NL", "Jortt", "plain", "pdf", "Gewone factuur; geen betaalstatus."),
    ("en", "GB", "Xero", "deposit", "pdf", "Xero TAX INVOICE with a deposit line and AMOUNT DUE."),
    ("en", "IE", "Word-as-PDF", "deposit", "pdf", "Irish Word invoice, deposit deducted."),
    ("en", "GB", "QuickBooks", "part", "pdf", "Payment received line and Balance Due."),
    ("en", "US", "QuickBooks", "part", "pdf", "US QuickBooks: no IBAN, partial payment, Balance Due."),
    ("en", "GB", "FreshBooks", "credit", "pdf", "Credit applied; Amount Due (GBP)."),
    ("en", "GB", "Zoho Invoice", "credit", "body-html", "Zoho HTML invoice with a credit note applied."),
    ("en", "GB", "typed by hand", "counter", "body-text", "Typed invoice: part paid at the counter."),
    ("en", "GB", "Xero", "link", "pdf", "Stripe 'Pay now' link beside the bank details."),
    ("en", "US", "FreshBooks", "link", "body-html", "US FreshBooks HTML invoice with Pay now; no IBAN."),
    ("en", "IE", "Zoho Invoice", "link", "pdf", "Irish invoice with a Stripe link."),
    ("en", "GB", "Xero", "debit", "pdf", "Collected by Direct Debit; the collection date is the due date."),
    ("en", "GB", "typed by hand", "debit", "body-text", "Typed note: Direct Debit on a date."),
    ("en", "GB", "Word-as-PDF", "instalment", "pdf", "Stage payment of a contract sum."),
    ("en", "IE", "QuickBooks", "instalment", "pdf", "Irish stage invoice."),
    ("en", "GB", "FreshBooks", "plain", "pdf", "Plain invoice."),
    ("de", "DE", "lexoffice", "deposit", "pdf", "Anzahlung abgezogen; Zu zahlender Betrag."),
    ("de", "DE", "sevDesk", "deposit", "pdf", "Schlussrechnung mit Anzahlung; offener Betrag."),
    ("de", "AT", "Word-as-PDF", "deposit", "pdf", "Österreichische Rechnung mit Anzahlung."),
    ("de", "DE", "Billomat", "part", "pdf", "Teilzahlung erhalten, Rest offen."),
    ("de", "DE", "lexoffice", "credit", "body-html", "HTML-Rechnung mit verrechneter Gutschrift."),
    ("de", "DE", "typed by hand", "counter", "body-text", "Getippte Rechnung: Anzahlung bar bei Abholung."),
    ("de", "DE", "sevDesk", "link", "pdf", "Rechnung mit 'Jetzt bezahlen'-Link."),
    ("de", "DE", "Billomat", "link", "pdf", "Billomat-Rechnung mit Zahlungslink."),
    ("de", "AT", "lexoffice", "link", "body-text", "Österreichische Rechnung in der Mail mit Link."),
    ("de", "DE", "lexoffice", "debit", "pdf", "SEPA-Lastschrift: Einzugsdatum als Fälligkeit."),
    ("de", "DE", "sevDesk", "debit", "pdf", "Lastschrift mit Mandatsreferenz und Gläubiger-ID."),
    ("de", "DE", "Word-as-PDF", "debit", "pdf", "Word-Rechnung mit Lastschrift."),
    ("de", "DE", "Billomat", "instalment", "pdf", "Abschlagsrechnung nach Auftragssumme."),
    ("de", "DE", "Word-as-PDF", "instalment", "pdf", "Abschlagsrechnung eines Handwerkers."),
    ("de", "DE", "typed by hand", "plain", "pdf", "Einfache Rechnung ohne Zahlungsstand."),
]


# ---------------------------------------------------------------- the non-invoices

def non_invoice(lang, cc, tool, what, issue):
    s = make_seller(lang, cc)
    debtor = next_debtor(debtor_key(lang, cc))
    w = W[lang]
    cur = {"GB": "GBP", "US": "USD"}.get(cc, "EUR")
    m = lambda c: mk.money_in(cur, lang, c)  # noqa: E731
    dl = lambda d: fmt_date("be" if cc == "BE" else lang, d)  # noqa: E731
    lines = pick_lines(s)
    if cc in ("IE", "AT", "BE"):
        lines = [(d, q, u, VAT_OF[cc]) for d, q, u, r in lines]
    rows, net, vat, total = compute(lines)
    t = TOOLS.get(tool, TOOLS["Word-as-PDF"])
    num = t["num"].format(y=issue.year, n=rng.randint(12, 480))
    hello = salutation(lang, debtor)
    to_hdr = to_header(debtor[1], debtor[2])
    pages, fname, body, subj, why = None, None, None, None, None
    sender, sender_name = s["email"], s["name"]
    rcpt = debtor[2]
    meta = [(w["number"], num), (w["date"], dl(issue))]
    inv = dict(seller=s, debtor=debtor, cur=cur, rows=rows, net=net, vat=vat, total=total, deductions=[],
               due_cents=total, foot=foot_line(s, lang))
    if what == "paid":
        inv["deductions"] = [({"nl": "Betaald op %s", "en": "Paid on %s", "de": "Betrag erhalten am %s"}[lang] % dl(issue), total)]
        inv["left_label"] = {"nl": "Openstaand", "en": "Balance due", "de": "Offener Betrag"}[lang]
        inv["due_cents"] = 0
        inv["stamp"] = {"nl": "BETAALD", "en": "PAID", "de": "BEZAHLT"}[lang]
        title = {"nl": "Factuur", "en": "Invoice", "de": "Rechnung/Quittung"}[lang]
        pg = draw_invoice(inv, lang, tool, title, meta, [{"nl": "Deze factuur is voldaan. Dank voor uw betaling.",
                                                           "en": "This invoice has been paid in full. Thank you.",
                                                           "de": "Betrag dankend erhalten."}[lang]])
        pages = [pg]
        fname = (t["fname"] or "Factuur {num}.pdf").format(num=num, seller=s["name"].replace(" ", "_"))
        subj = {"nl": "Betaalde factuur %s" % num, "en": "Receipt for invoice %s (PAID)" % num,
                "de": "Rechnung/Quittung %s" % num}[lang]
        body = {"nl": "%s\n\nBedankt voor je betaling! Hierbij de betaalde factuur %s voor je administratie.\n\n%s\n%s\n",
                "en": "%s\n\nThank you for your payment. Attached is invoice %s marked as paid, for your records.\n\n%s\n%s\n",
                "de": "%s\n\nvielen Dank für Ihre Zahlung. Anbei die Rechnung %s als Quittung für Ihre Unterlagen.\n\n%s\n%s\n"}[lang] % (
            hello, num, w["bye"], s["name"])
        why = {"nl": "Een betaalde factuur (BETAALD, openstaand € 0,00) als bewijs: een kwitantie, niets te innen.",
               "en": "A paid invoice sent as a receipt: PAID, balance due 0.00; nothing to collect.",
               "de": "Rechnung/Quittung: der Betrag ist erhalten, offener Betrag 0,00 €."}[lang]
    elif what == "cash-receipt":
        pg = mk.Page()
        page_head(pg, s, lang, debtor[0], meta[1:], "Kwitantie", cur)
        y = 300
        for ln in ["Ontvangen van: %s" % debtor[1], "Het bedrag van: %s" % m(total),
                   "Wegens: %s" % rows[0][0], "Contant voldaan op %s." % dl(issue), "", "Voor ontvangst getekend,", s["name"]]:
            if ln:
                pg.text(56, y, ln, size=10)
            y += 15
        pages = [pg]
        fname = "Kwitantie.pdf"
        subj = "Kwitantie"
        body = "%s\n\nZoals gevraagd stuur ik je de kwitantie van de contante betaling.\n\n%s\n%s\n" % (hello, w["bye"], s["name"])
        why = "Een kwitantie voor een contante betaling: bewijs dat er betaald is, niets te innen."
    elif what == "provider":
        prov = {"nl": ("Mollie", "betalingen@mollie.com"), "en": ("Stripe", "receipts@stripe.com"), "de": ("Stripe", "receipts@stripe.com")}[lang]
        sender, sender_name = prov[1], "%s via %s" % (s["name"], prov[0])
        tr = "tr_%010x" % rng.getrandbits(40)
        body = {"nl": "Betaling geslaagd\n\nJe betaling van %s aan %s is gelukt.\n\nOmschrijving: Factuur %s\nBetaalmethode: iDEAL\nTransactie: %s\nDatum: %s\n\nBewaar deze e-mail als bewijs van betaling.\n",
                "en": "Receipt from %s\n\nAmount paid %s\nFor: Invoice %s\nPayment method: Visa ending 4242\nReceipt number: %s\nDate paid: %s\n\nQuestions? Contact %s.\n",
                "de": "Zahlungsbestätigung\n\nIhre Zahlung über %s an %s war erfolgreich.\n\nBeschreibung: Rechnung %s\nZahlungsart: Kreditkarte\nBeleg: %s\nDatum: %s\n"}[lang]
        if lang == "en":
            body = body % (s["name"], m(total), num, tr, dl(issue), s["email"])
        else:
            body = body % (m(total), s["name"], num, tr, dl(issue))
        subj = {"nl": "Je betaling aan %s is gelukt" % s["name"], "en": "Your receipt from %s" % s["name"],
                "de": "Ihre Zahlung an %s" % s["name"]}[lang]
        why = {"nl": "De bevestiging van de betaalprovider dat de factuur via de betaallink is betaald.",
               "en": "The payment provider's receipt for an invoice paid through its link.",
               "de": "Die Zahlungsbestätigung des Zahlungsanbieters: die Rechnung ist bezahlt."}[lang]
    elif what == "portal":
        portal = "https://%s/portal" % s["domain"] if tool not in ("Exact Online", "QuickBooks") else \
            ("https://start.exactonline.nl/docs/Portal" if tool == "Exact Online" else "https://connect.intuit.com/portal")
        body = {"nl": "%s\n\nEr staat een nieuwe factuur voor u klaar in uw online klantomgeving. U kunt deze bekijken en downloaden via:\n%s\n\nDit bericht is automatisch verzonden.\n",
                "en": "%s\n\nYour invoice is ready to view in your online account. Sign in to see the details and pay:\n%s\n\nThis is an automated message, please do not reply.\n",
                "de": "%s\n\nin Ihrem Kundenportal steht ein neues Dokument für Sie bereit. Sie können es hier einsehen:\n%s\n\nDiese Nachricht wurde automatisch erstellt.\n"}[lang] % (hello, portal)
        subj = {"nl": "Nieuwe factuur beschikbaar in uw klantomgeving", "en": "Your invoice is ready to view",
                "de": "Neues Dokument im Kundenportal"}[lang]
        why = {"nl": "Een portaalmelding zonder factuurnummer of bedrag: de factuur staat alleen achter de link.",
               "en": "A portal notice with no invoice number or amount: the document is only behind the link.",
               "de": "Ein Portalhinweis ohne Nummer und Betrag: das Dokument liegt nur im Portal."}[lang]
    elif what == "statement":
        pg = mk.Page()
        stitle = {"nl": "Rekeningoverzicht", "en": "Statement of Account", "de": "Kontoauszug / Offene Posten"}[lang]
        page_head(pg, s, lang, debtor[0], [({"nl": "Datum", "en": "Date", "de": "Stand"}[lang], dl(issue))], stitle, cur)
        y = 300
        hdr = {"nl": ("Factuur", "Datum", "Bedrag", "Openstaand"), "en": ("Invoice", "Date", "Amount", "Balance"),
               "de": ("Rechnung", "Datum", "Betrag", "Offen")}[lang]
        pg.text(56, y, hdr[0], size=8.5, bold=True)
        pg.text(170, y, hdr[1], size=8.5, bold=True)
        pg.right(469, y, hdr[2], size=8.5, bold=True)
        pg.right(539, y, hdr[3], size=8.5, bold=True)
        y += 15
        bal = 0
        for k in range(3):
            amt = rng.randrange(8000, 90000)
            paid = amt if k == 0 else (amt // 2 if k == 1 else 0)
            bal += amt - paid
            pg.text(56, y, t["num"].format(y=issue.year, n=rng.randint(12, 480)), size=8.5)
            pg.text(170, y, dl(issue - mk.days(70 - 25 * k)), size=8.5)
            pg.right(469, y, m(amt), size=8.5)
            pg.right(539, y, m(amt - paid), size=8.5)
            y += 13
        pg.rule(56, y - 6, 539, y - 6)
        pg.text(300, y + 6, {"nl": "Totaal openstaand", "en": "Total outstanding", "de": "Saldo offen"}[lang], size=9, bold=True)
        pg.right(539, y + 6, m(bal), size=9, bold=True)
        pg.text(56, y + 40, {"nl": "Dit overzicht is ter informatie; de afzonderlijke facturen blijven leidend.",
                             "en": "This statement is for information; please refer to the individual invoices.",
                             "de": "Dieser Auszug dient Ihrer Information; maßgeblich sind die einzelnen Rechnungen."}[lang], size=8.5)
        pages = [pg]
        fname = {"nl": "Rekeningoverzicht.pdf", "en": "Statement.pdf", "de": "Kontoauszug.pdf"}[lang]
        subj = stitle
        body = "%s\n\n%s\n\n%s\n%s\n" % (hello, {"nl": "Bijgaand het overzicht van uw openstaande posten.",
                                                "en": "Please find attached your statement of account.",
                                                "de": "anbei Ihr aktueller Kontoauszug mit den offenen Posten."}[lang], w["bye"], s["name"])
        why = {"nl": "Een rekeningoverzicht van meerdere facturen, geen factuur zelf.",
               "en": "A statement of account listing several invoices; not an invoice.",
               "de": "Ein Kontoauszug über mehrere Rechnungen, keine Rechnung."}[lang]
    elif what == "reminder":
        old = issue - mk.days(rng.choice([30, 35, 45]))
        body = {"nl": "%s\n\nVolgens mijn administratie staat factuur %s van %s (%s) nog open. Wil je het bedrag alsnog overmaken op %s? Als je al betaald hebt, kun je deze mail negeren.\n\n%s\n%s\n",
                "en": "%s\n\nJust a friendly reminder that invoice %s dated %s for %s is still outstanding. Could you please arrange payment to %s? If you have already paid, please ignore this.\n\n%s\n%s\n",
                "de": "%s\n\nbei Durchsicht unserer Buchhaltung ist uns aufgefallen, dass die Rechnung %s vom %s über %s noch offen ist. Bitte überweisen Sie den Betrag auf %s. Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\n%s\n%s\n"}[lang] % (
            hello, num, dl(old), m(total), mk.iban_spaced(s["iban"]), w["bye"], s["name"])
        subj = {"nl": "Herinnering factuur %s" % num, "en": "Reminder: invoice %s" % num, "de": "Zahlungserinnerung %s" % num}[lang]
        why = {"nl": "De eigen getypte herinnering aan een eerder verstuurde factuur; de factuur zelf is al geboekt.",
               "en": "The business's own typed reminder of an invoice sent before.",
               "de": "Die selbst geschriebene Zahlungserinnerung zu einer bereits verschickten Rechnung."}[lang]
    elif what == "quote-deposit":
        pg = mk.Page()
        qtitle = {"nl": "Offerte", "en": "Quotation", "de": "Angebot"}[lang]
        qnum = {"nl": "OF-%d-%03d", "en": "QU-%d%03d", "de": "AN-%d-%03d"}[lang] % (issue.year, rng.randint(1, 300))
        valid = issue + mk.days(30)
        qmeta = [({"nl": "Offertenummer", "en": "Quote number", "de": "Angebotsnummer"}[lang], qnum),
                 ({"nl": "Datum", "en": "Date", "de": "Datum"}[lang], dl(issue)),
                 ({"nl": "Geldig tot", "en": "Valid until", "de": "Gültig bis"}[lang], dl(valid))]
        dep = total * 30 // 100
        qinv = dict(inv, deductions=[], foot=inv["foot"])
        pg = draw_invoice(qinv, lang, tool, qtitle, qmeta,
                          [{"nl": "Bij akkoord vragen wij een aanbetaling van 30%% (%s); na ontvangst plannen wij de werkzaamheden in.",
                            "en": "To book, a 30%% deposit (%s) is required on acceptance; we will send a deposit invoice.",
                            "de": "Bei Auftragserteilung bitten wir um eine Anzahlung von 30 %% (%s); die Anzahlungsrechnung folgt."}[lang] % m(dep)])
        pages = [pg]
        fname = "%s %s.pdf" % (qtitle, qnum)
        subj = "%s %s" % (qtitle, qnum)
        body = "%s\n\n%s\n\n%s\n%s\n" % (hello, {"nl": "Hierbij onze offerte. Bij akkoord ontvangt u de aanbetalingsfactuur.",
                                                "en": "Please find our quotation attached. Once you accept, we will invoice the deposit.",
                                                "de": "anbei unser Angebot. Nach Ihrer Zusage erhalten Sie die Anzahlungsrechnung."}[lang], w["bye"], s["name"])
        why = {"nl": "Een offerte die een aanbetaling vraagt bij akkoord: nog geen verplichting, de aanbetalingsfactuur volgt.",
               "en": "A quotation asking for a deposit on acceptance; no obligation yet, the deposit invoice follows.",
               "de": "Ein Angebot mit Anzahlung bei Auftrag; noch keine Zahlungspflicht, die Rechnung folgt."}[lang]
    elif what == "refund":
        body = {"nl": "%s\n\nWe hebben %s teruggestort op je rekening voor de geretourneerde artikelen (factuur %s). Het bedrag staat binnen 3 werkdagen op je rekening.\n\n%s\n%s\n",
                "en": "%s\n\nWe have issued a refund of %s for invoice %s to your original payment method. It may take 5-10 working days to appear.\n\n%s\n%s\n",
                "de": "%s\n\nwir haben Ihnen %s zur Rechnung %s erstattet.\n\n%s\n%s\n"}[lang] % (
            hello, m(rows[0][3]), num, w["bye"], s["name"])
        subj = {"nl": "Terugbetaling verwerkt", "en": "Your refund has been processed", "de": "Erstattung"}[lang]
        why = {"nl": "Een bevestiging van een terugbetaling aan de klant: geld gaat naar hem, niet van hem.",
               "en": "A refund confirmation: money goes back to the customer; nothing is owed.",
               "de": "Eine Erstattungsbestätigung: nichts ist zu zahlen."}[lang]
    elif what == "selfbill":
        # the customer's self-billing statement, forwarded by the business to its bookkeeper
        buyer = {"nl": ("Bouwcombinatie Eemhaven B.V.", "Afrekening zelffacturering"), "en": ("Harrow Construction Ltd", "Self-billing Statement"),
                 "de": ("Generalbau Meyer GmbH & Co. KG", "Gutschrift im Gutschriftverfahren")}[lang]
        pg = mk.Page()
        sb = {"nl": "AFR-%d-%04d", "en": "SB%d/%04d", "de": "GS-%d-%04d"}[lang] % (issue.year, rng.randint(1, 9999))
        pg.text(56, 56, buyer[0], size=13, bold=True)
        y = 150
        for ln in [s["name"], s["street"], s["city"]]:
            pg.text(56, y, ln, size=10)
            y += 13
        pg.text(350, 150, {"nl": "Afrekeningnummer", "en": "Statement no.", "de": "Gutschrift-Nr."}[lang], size=8.5)
        pg.right(539, 150, sb, size=8.5)
        pg.text(350, 162, {"nl": "Datum", "en": "Date", "de": "Datum"}[lang], size=8.5)
        pg.right(539, 162, dl(issue), size=8.5)
        pg.text(56, 262, buyer[1], size=15, bold=True)
        y = pg.line_rows(300, [(d, str(q), m(u), m(a)) for d, q, u, a, r in rows])
        pg.totals_notes(y, [(W[lang]["net"], m(net), False)] + [(W[lang]["vat"] % r, m(v), False) for r, v in sorted(vat.items())]
                        + [(W[lang]["total"], m(total), True)],
                        {"nl": ["Dit bedrag wordt binnen 10 dagen overgemaakt op uw rekening {iban}.", "Afrekening opgesteld door de afnemer (zelffacturering)."],
                         "en": ["This amount will be paid to your account {iban}.", "Self-billed by the customer."],
                         "de": ["Der Betrag wird auf Ihr Konto {iban} überwiesen.", "Gutschrift ausgestellt durch den Leistungsempfänger."]}[lang],
                        mk.iban_spaced(s["iban"]))
        pages = [pg]
        fname = "%s.pdf" % sb
        book = {"nl": "administratie@boekhouder-%s.nl", "en": "hello@%s-bookkeeping.co.uk", "de": "kanzlei@stb-%s.de"}[lang] % slug(debtor[1].split()[-1])
        rcpt = book
        to_hdr = book
        subj = {"nl": "Fwd: %s %s" % (buyer[1], sb), "en": "Fwd: %s %s" % (buyer[1], sb), "de": "WG: %s %s" % (buyer[1], sb)}[lang]
        body = {"nl": "Hoi,\n\nHierbij de zelffactureringsafrekening van Eemhaven voor de administratie.\n\nGroet,\n%s\n",
                "en": "Hi,\n\nForwarding this month's self-billing statement from Harrow for the books.\n\nThanks,\n%s\n",
                "de": "Hallo,\n\nanbei die Gutschrift von Generalbau Meyer für die Buchhaltung.\n\nGruß\n%s\n"}[lang] % s["name"]
        why = {"nl": "Een afrekening die de afnemer zelf opstelt (zelffacturering), doorgestuurd naar de boekhouder: de zaak ontvangt geld, niemand wordt aangemaand.",
               "en": "A customer's self-billing statement forwarded to the bookkeeper: money comes to the business, nobody is asked to pay.",
               "de": "Eine Gutschrift im Gutschriftverfahren des Kunden, an die Buchhaltung weitergeleitet: niemand soll zahlen."}[lang]
    elif what == "plan":
        k = 3
        part = total // k
        sched = "\n".join("  %d. %s  %s" % (i + 1, dl(issue + mk.days(30 * (i + 1))), m(part if i < k - 1 else total - part * (k - 1)))
                          for i in range(k))
        body = ("%s\n\nZoals besproken bevestigen wij de betalingsregeling voor factuur %s (%s). Je betaalt in %d termijnen:\n\n%s\n\n"
                "Je ontvangt voor elke termijn geen aparte factuur; maak de bedragen over op %s o.v.v. het factuurnummer.\n\n%s\n%s\n") % (
            hello, num, m(total), k, sched, mk.iban_spaced(s["iban"]), w["bye"], s["name"])
        subj = "Bevestiging betalingsregeling factuur %s" % num
        why = "De bevestiging van een betalingsregeling voor een eerder verstuurde factuur: geen nieuwe factuur."
    if pages is not None:
        eml = mk.mail(rng, sender, mk.header_words(sender_name), to_hdr, mk.header_words(subj), issue, body_text=body, pdf=True)
    else:
        eml = mk.mail(rng, sender, mk.header_words(sender_name), to_hdr, mk.header_words(subj), issue, body_text=body)
    r = mk.record(rid(), tool, lang, "none", {"mail_from": sender, "rcpt_to": [rcpt]}, eml, pages=pages,
                  pdf_filename=fname, why_not=why, note="look-alike: %s" % what)
    r["_theme"] = what
    r["_cc"] = cc
    return r


NON_INVOICES = [
    ("nl", "NL", "Moneybird", "paid"), ("nl", "NL", "Word-as-PDF", "cash-receipt"), ("nl", "NL", "Jortt", "provider"),
    ("nl", "NL", "Exact Online", "portal"), ("nl", "NL", "SnelStart", "statement"), ("nl", "NL", "typed by hand", "reminder"),
    ("nl", "BE", "Word-as-PDF", "quote-deposit"), ("nl", "NL", "WeFact", "refund"), ("nl", "NL", "typed by hand", "selfbill"),
    ("nl", "NL", "e-Boekhouden", "plan"),
    ("en", "GB", "Xero", "paid"), ("en", "GB", "FreshBooks", "provider"), ("en", "US", "QuickBooks", "portal"),
    ("en", "GB", "Xero", "statement"), ("en", "IE", "typed by hand", "reminder"), ("en", "GB", "Word-as-PDF", "quote-deposit"),
    ("en", "GB", "Zoho Invoice", "refund"), ("en", "GB", "typed by hand", "selfbill"),
    ("de", "DE", "lexoffice", "paid"), ("de", "DE", "sevDesk", "provider"), ("de", "DE", "Billomat", "portal"),
    ("de", "DE", "sevDesk", "statement"), ("de", "DE", "typed by hand", "reminder"), ("de", "AT", "Word-as-PDF", "quote-deposit"),
    ("de", "DE", "typed by hand", "selfbill"),
]


# ---------------------------------------------------------------- checks

def check(recs):
    mk.check_labels(recs)
    mk.check_references_printed(recs)
    want = {("nl", True): 20, ("nl", False): 10, ("en", True): 15, ("en", False): 8, ("de", True): 15, ("de", False): 7}
    got = {}
    for r in recs:
        got[(r["lang"], r["is_invoice"])] = got.get((r["lang"], r["is_invoice"]), 0) + 1
        json.loads(json.dumps(r))
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        e = r["expected"]
        if e is None:
            continue
        assert set(e) == {"number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date",
                          "debtor_name", "debtor_email", "payment_reference", "iban", "business", "credit_note",
                          "language"}, r["id"]
        assert e["debtor_email"] in r["eml"] and e["debtor_email"] in r["envelope"]["rcpt_to"], r["id"]
        assert 0 < e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert e["language"] == r["lang"], r["id"]
        if e["iban"]:
            i = e["iban"]
            assert int("".join(str(int(c, 36)) for c in i[4:] + i[:4])) % 97 == 1, r["id"]
    assert got == want, got
    # no two items on one baseline overlapping (widths estimated generously)
    for r in recs:
        for p in (r.get("pdf") or {}).get("pages", []):
            spans = {}
            for it in p["items"]:
                wdt = len(it["text"]) * it["size"] * 0.56
                x0 = it["x"] - wdt if it["align"] == "right" else it["x"]
                assert it["text"], r["id"]
                assert x0 >= 30 and x0 + wdt <= 575, (r["id"], it["text"])
                spans.setdefault(it["y"], []).append((x0, x0 + wdt, it["text"]))
            for y, ss in spans.items():
                ss.sort()
                for a, b in zip(ss, ss[1:]):
                    assert a[1] <= b[0] + 1, (r["id"], a[2], b[2])


def main():
    recs = []
    base = D(2026, 11, 2)
    for k, (lang, cc, tool, theme, kind, note) in enumerate(INVOICES):
        issue = base + mk.days((k * 7) % 34)
        recs.append(make_invoice(lang, cc, tool, theme, kind, issue, note))
    for k, (lang, cc, tool, what) in enumerate(NON_INVOICES):
        issue = base + mk.days((k * 5 + 3) % 34)
        recs.append(non_invoice(lang, cc, tool, what, issue))
    order = list(range(len(recs)))
    rng.shuffle(order)
    recs = [recs[k] for k in order]
    for k, r in enumerate(recs):
        r["id"] = "inv-hold33-%03d" % (k + 1)
    for r in recs:
        r.pop("_theme")
        r.pop("_cc")
    check(recs)
    mk.write(OUT, recs)


if __name__ == "__main__":
    main()
