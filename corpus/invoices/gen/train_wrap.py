"""train_wrap: a training split about the mail around the invoice (the wrap24 round, from
heldout24's brief, with its own firms, customers and wordings), and mails from the same firms,
with the same heavy signatures, that are not invoices.

Invoices (nl incl. Flemish, en UK and IE, de incl. Austria and Switzerland): the invoice in
the mail its sender's client and habits make — Outlook's Word HTML with a signature table and
a logo, Apple Mail, Gmail, Thunderbird's "-- " signature, a phone ("Verstuurd vanaf mijn
iPhone", "Von meinem iPhone gesendet", "Verzonden vanaf mijn Galaxy"), an invoicing tool's HTML
with "pay now" and "view online" buttons beside the PDF; long signatures full of the sender's
own facts (function, firm, address, phone, KvK, Handelsregister, Companies House, CRO, UID,
CHE, BTW / USt-IdNr. / VAT numbers, IBAN, website, opening hours, a holiday banner, a
disclaimer in two languages); an office manager, an assistant or the bookkeeper writing
"namens" / "on behalf of" / "i. A." the firm, a shared mailbox, a From display name unlike the
firm; the cover in one language and the PDF in another; several attachments (general terms, a
timesheet, a delivery note, photos; the invoice not first; "scan0001.pdf", "document (3).pdf");
the customer's bookkeeper in Cc, two addresses in To, a Reply-To; invoices resent corrected or
because they did not arrive; a short reply in a thread with the customer's mail quoted below.

Not invoices (same firms, same signatures): a request for the PO number before invoicing, "the
invoice follows next week", a delivery note, a timesheet for approval, the general terms
alone, a quote, a notice that the firm's IBAN changed, a "your invoice is ready in the portal"
notice, the firm's own out-of-office, the owner forwarding the month's sales invoices to the
firm's bookkeeper, an answer to a question about an invoice already sent, a payment
confirmation, the firm's own typed reminder, a newsletter, a bill from the firm's own supplier
forwarded to a colleague.

Labels follow corpus/invoices/README.md lines 1-88; where they leave room: facts are the
invoice's (the PDF's, or the typed invoice's), never the signature's, the quoted mail's or the
second document's; `debtor_email` the first envelope recipient (the customer, not the
bookkeeper in Cc); `language` the invoice document's language, not the cover's; the owner's
forward of the month's invoices to the firm's own bookkeeper is not an invoice (it is not sent
to the debtor); a portal notice giving an amount and a due date but no invoice (no number, no
document: "log in to view it") is not one either.  Written by hand for training (the reader's
rules are tuned on it); seeded; run it to write ../train-wrap.jsonl."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from mailkit import days, ogm  # noqa: E402

SEED = 20261207
rng = random.Random(SEED)
D = datetime.date


def cash(cur, lang, cents):
    return mk.money_in(cur, "nl" if lang == "be" else lang, cents)


def vat(net, pct):
    return net * pct // 100


# Firms: key -> (name, street, town, mailbox, iban country, lang, register facts, phone, web).
FIRMS = {
    "stuc": ("Stukadoorsbedrijf Rijnmond Afbouw B.V.", "Schiekade 118", "3032 AJ Rotterdam",
             "administratie@rijnmond-afbouw.nl", "NL", "nl", ["KvK 7245 1983", "BTW NL862451983B01"],
             "010 - 466 21 90", "www.rijnmond-afbouw.nl"),
    "vert": ("Lindeboom Vertalingen", "Oude Gracht 201", "3511 NK Utrecht", "info@lindeboomvertalingen.nl",
             "NL", "nl", ["KvK-nummer: 58120376", "Btw-id: NL001872216B41"], "+31 30 231 77 04",
             "lindeboomvertalingen.nl"),
    "tuin": ("Tuinontwerp De Vlinderhof", "Dorpsstraat 7", "6681 BK Bemmel", "post@vlinderhof-tuinen.nl", "NL",
             "nl", ["KvK 09182744", "BTW NL004120988B12"], "06 - 4128 7760", "www.vlinderhof-tuinen.nl"),
    "foto": ("Fotografie Maartje Kooiman", "Zuiderdiep 54", "9711 HJ Groningen", "maartje@kooimanfoto.nl", "NL",
             "nl", ["KvK 68801234", "btw NL002281733B09"], "06 18 22 40 97", "kooimanfoto.nl"),
    "ict": ("Netwijs Systeembeheer", "Kanaalweg 30", "2903 LS Capelle aan den IJssel", "support@netwijs.nl", "NL",
            "nl", ["KvK 24456781", "BTW NL001945510B77"], "010 - 204 55 18", "www.netwijs.nl"),
    "schrijn": ("Schrijnwerkerij Van Damme BV", "Kortrijksesteenweg 412", "9830 Sint-Martens-Latem",
                "info@vandamme-schrijnwerk.be", "BE", "be", ["Ondernemingsnummer 0712.448.903", "RPR Gent"],
                "09 282 14 70", "www.vandamme-schrijnwerk.be"),
    "studie": ("Studiebureau Peeters & Wuyts", "Mechelsesteenweg 88", "2018 Antwerpen",
               "boekhouding@peeters-wuyts.be", "BE", "be", ["BTW BE 0644.219.578", "RPR Antwerpen"],
               "03 218 40 66", "www.peeters-wuyts.be"),
    "harrow": ("Harrowgate Print & Design Ltd", "14 Station Parade", "Harrogate HG1 1TE",
               "hello@harrowgateprint.co.uk", "GB", "en",
               ["Registered in England and Wales No. 08812467", "VAT No. GB 184 2290 71"], "01423 551 208",
               "www.harrowgateprint.co.uk"),
    "tide": ("Tidewater Marine Surveys Ltd", "The Old Sail Loft, Quay Road", "Falmouth TR11 3HH",
             "office@tidewatersurveys.co.uk", "GB", "en",
             ["Company No. 10442893", "VAT Reg No. GB 287 1193 40"], "01326 210 884", "tidewatersurveys.co.uk"),
    "ledger": ("Greenbank Bookkeeping Services", "3 Mill Lane", "Ludlow SY8 1BB", "accounts@greenbankbooks.co.uk",
               "GB", "en", ["Company No. 11290384", "VAT GB 301 7782 15"], "01584 872 301", "greenbankbooks.co.uk"),
    "elec": ("Ballymore Electrical Ltd", "Unit 6, Marsh Road Business Park", "Drogheda, Co. Louth A92 K2X8",
             "accounts@ballymore-electrical.ie", "IE", "en", ["CRO No. 588213", "VAT No. IE 3187742KH"],
             "041 983 2210", "www.ballymore-electrical.ie"),
    "design": ("Fernhill Studio", "22 Upper Mount Street", "Dublin 2, D02 XR58", "studio@fernhill.ie", "IE", "en",
               ["CRO 702118", "VAT IE 4420918RH"], "+353 1 662 1048", "fernhill.ie"),
    "zimmer": ("Zimmerei Holzapfel GmbH", "Sägewerkstraße 9", "87435 Kempten (Allgäu)", "buero@holzapfel-zimmerei.de",
               "DE", "de", ["Amtsgericht Kempten HRB 11872", "USt-IdNr. DE291184377",
                            "Geschäftsführer: Anton Holzapfel"], "0831 520 71-0", "www.holzapfel-zimmerei.de"),
    "uebers": ("Übersetzungsbüro Kranich", "Schwanthalerstraße 61", "80336 München", "kontakt@kranich-uebersetzt.de",
               "DE", "de", ["Steuernummer 143/228/40118", "USt-IdNr. DE318842019"], "089 5432 118",
               "kranich-uebersetzt.de"),
    "grafik": ("Lena Voigt Grafikdesign", "Rosenthaler Straße 40", "10178 Berlin", "hallo@lenavoigt.design", "DE",
               "de", ["USt-IdNr. DE330981276"], "030 2847 1190", "lenavoigt.design"),
    "install": ("Installationen Gruber & Söhne GmbH", "Kärntner Straße 211", "8054 Graz", "office@gruber-install.at",
                "AT", "de", ["FN 284417 t, Landesgericht für ZRS Graz", "UID ATU64418290"], "+43 316 28 44 10",
                "www.gruber-install.at"),
    "maler": ("Malerei Steinböck", "Hauptplatz 12", "4020 Linz", "malerei@steinboeck.at", "AT", "de",
              ["UID-Nr. ATU71822047"], "0732 77 12 09", "steinboeck.at"),
    "schrein": ("Schreinerei Ammann AG", "Zürcherstrasse 140", "8406 Winterthur", "buchhaltung@ammann-schreinerei.ch",
                "CH", "de", ["CHE-114.882.309 MWST", "Handelsregister des Kantons Zürich"], "052 203 44 18",
                "www.ammann-schreinerei.ch"),
}

IBANS = {k: mk.iban(rng, v[4]) for k, v in FIRMS.items()}

LABELS = {
    "nl": {"title": "Factuur", "number": "Factuurnummer", "date": "Factuurdatum", "due": "Vervaldatum",
           "cust": "Klantnummer", "net": "Subtotaal", "vat": "BTW 21%", "total": "Totaal te betalen",
           "pay": "Wij verzoeken u het bedrag vóór {due} over te maken op {iban} o.v.v. het factuurnummer."},
    "be": {"title": "Factuur", "number": "Factuurnummer", "date": "Factuurdatum", "due": "Vervaldag",
           "cust": "Klantnummer", "net": "Totaal excl. btw", "vat": "Btw 21%", "total": "Te betalen",
           "pay": "Gelieve te betalen vóór {due} op rekening {iban}."},
    "en": {"title": "INVOICE", "number": "Invoice No.", "date": "Invoice date", "due": "Due date",
           "cust": "Account", "net": "Subtotal", "vat": "VAT 20%", "total": "Amount due",
           "pay": "Please pay by {due} to {iban}, quoting the invoice number."},
    "ie": {"title": "INVOICE", "number": "Invoice No.", "date": "Invoice date", "due": "Due date",
           "cust": "Account", "net": "Subtotal", "vat": "VAT 23%", "total": "Amount due",
           "pay": "Please pay by {due} to {iban}, quoting the invoice number."},
    "de": {"title": "Rechnung", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Fällig am",
           "cust": "Kundennummer", "net": "Nettobetrag", "vat": "USt. 19 %", "total": "Rechnungsbetrag",
           "pay": "Bitte überweisen Sie den Betrag bis {due} auf {iban}."},
    "xe": {"title": "INVOICE", "number": "Invoice No.", "date": "Invoice date", "due": "Due date",
           "cust": "Account", "net": "Net amount", "vat": "VAT 0% (reverse charge)", "total": "Amount due",
           "pay": "Please pay by {due} to {iban}, quoting the invoice number."},
    "at": {"title": "Rechnung", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "cust": "Kundennummer", "net": "Nettobetrag", "vat": "USt. 20 %", "total": "Gesamtbetrag",
           "pay": "Bitte überweisen Sie den Betrag bis {due} auf {iban}."},
    "ch": {"title": "Rechnung", "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "cust": "Kundennummer", "net": "Total exkl. MWST", "vat": "MWST 8.1 %", "total": "Total inkl. MWST",
           "pay": "Zahlbar bis {due} auf {iban}."},
}
VAT_PCT = {"xe": 0, "nl": 21, "be": 21, "en": 20, "ie": 23, "de": 19, "at": 20, "ch": 8}
DATE_LANG = {"xe": "en", "nl": "nl", "be": "be", "en": "en", "ie": "en", "de": "de", "at": "de", "ch": "de"}
CUR = {"en": "GBP", "ch": "CHF"}


def invoice_pdf(key, style, block, number, issue, due, rows, deposit=0, reference=None, extra_facts=()):
    """One A4 page in the invoice's @style (nl, be, en, ie, de, at, ch): the firm's letterhead, the
    customer's block in the window, the facts beside it, the lines, the totals and the footer
    with the firm's own registration facts and account. Returns (pages, net+vat total, due)."""
    name, street, town, mailbox, _c, _l, reg, phone, web = FIRMS[key]
    lab = LABELS[style]
    cur = CUR.get(style, "EUR")
    dl = DATE_LANG[style]
    ib = mk.iban_spaced(IBANS[key])
    net = sum(r[1] for r in rows)
    tax = vat(net, VAT_PCT[style]) if style != "ch" else net * 81 // 1000
    total = net + tax
    p = mk.Page()
    p.text(56, 56, name, size=14, bold=True)
    p.text(56, 70, "%s · %s · %s" % (street, town, phone), size=8)
    p.text(56, 126, "%s · %s · %s" % (name, street, town), size=6)
    for i, ln in enumerate(block):
        p.text(56, 142 + 13 * i, ln, size=10)
    facts = [(lab["number"], number), (lab["date"], mk.date_in(dl, issue))]
    if due:
        facts.append((lab["due"], mk.date_in(dl, due)))
    facts += list(extra_facts)
    if reference:
        facts.append(reference)
    for i, (k, v) in enumerate(facts):
        p.text(340, 142 + 13 * i, k, size=8.5)
        p.right(539, 142 + 13 * i, v, size=8.5)
    y = 142 + 13 * max(len(block), len(facts)) + 30
    p.text(56, y, lab["title"], size=16, bold=True)
    y = p.line_rows(y + 26, [(d, cash(cur, dl, c)) for d, c in rows])
    totals = [(lab["net"], cash(cur, dl, net), False), (lab["vat"], cash(cur, dl, tax), False)]
    if deposit:
        totals.append(("Totaal" if dl in ("nl", "be") else ("Total" if dl == "en" else "Gesamt"),
                       cash(cur, dl, total), False))
        totals.append(({"nl": "Reeds voldaan (aanbetaling)", "be": "Voorschot betaald", "en": "Less deposit paid",
                        "de": "abzüglich Anzahlung"}[dl], "-" + cash(cur, dl, deposit), False))
    totals.append((lab["total"], cash(cur, dl, total - deposit), True))
    notes = [lab["pay"].format(due=mk.date_in(dl, due) if due else "", iban="{iban}")]
    p.totals_notes(y, totals, notes, ib)
    p.text(56, 790, "%s · %s · %s · %s" % (name, " · ".join(reg[:2]), web, mailbox), size=6.5)
    p.text(56, 800, "IBAN %s" % ib, size=6.5)
    return [p], total, total - deposit


def doc_pdf(key, block, title, lines):
    """A page that is no invoice (delivery note, timesheet, terms, quote): letterhead, block,
    title and free lines, the firm's footer."""
    name, street, town, mailbox, _c, _l, reg, phone, web = FIRMS[key]
    p = mk.Page()
    p.text(56, 56, name, size=14, bold=True)
    p.text(56, 70, "%s · %s · %s" % (street, town, phone), size=8)
    for i, ln in enumerate(block):
        p.text(56, 142 + 13 * i, ln, size=10)
    y = 142 + 13 * len(block) + 30
    p.text(56, y, title, size=16, bold=True)
    y += 26
    for ln in lines:
        if isinstance(ln, tuple):
            p.text(56, y, ln[0], size=9)
            p.right(539, y, ln[1], size=9)
        else:
            p.text(56, y, ln, size=9)
        y += 13
    p.text(56, 790, "%s · %s · %s" % (name, " · ".join(reg[:2]), web), size=6.5)
    p.text(56, 800, "IBAN %s" % mk.iban_spaced(IBANS[key]), size=6.5)
    return [p]


# ---- signatures ---------------------------------------------------------------------------

def sig_text(key, person, function=None, extra=(), hours=None, banner=None, disclaimer=None):
    """A plain signature: person, function, firm, address, phone, web, the register facts and the
    IBAN, then opening hours, a holiday banner and a disclaimer when given."""
    name, street, town, mailbox, _c, _l, reg, phone, web = FIRMS[key]
    out = [person]
    if function:
        out.append(function)
    out += [name, street, town, "T " + phone, web] + list(reg) + ["IBAN " + mk.iban_spaced(IBANS[key])]
    out += list(extra)
    if hours:
        out += ["", hours]
    if banner:
        out += ["", banner]
    if disclaimer:
        out += ["", disclaimer]
    return "\n".join(out)


def outlook_html(paragraphs, key, person, function, banner=None, disclaimer=None, quoted=None):
    """Outlook's Word HTML: MsoNormal paragraphs, a signature table with a logo cell and the
    sender's facts, an optional quoted message under the Outlook header block."""
    name, street, town, mailbox, _c, _l, reg, phone, web = FIRMS[key]
    body = "".join('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                   '%s<o:p></o:p></span></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % p for p in paragraphs)
    facts = "<br>".join(reg + ["IBAN " + mk.iban_spaced(IBANS[key])])
    sig = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">\n<tr>'
           '<td width="96" valign="top"><img width="80" height="80" src="cid:image001.png@01DB4A1C.5E2F3A10" '
           'alt="%s"></td>\n<td valign="top"><p class="MsoNormal"><b><span style="color:#1F3864">%s</span></b><br>'
           '%s<br>%s</p><p class="MsoNormal"><span style="font-size:8.0pt;color:gray">%s<br>%s<br>T %s | '
           '<a href="https://%s">%s</a><br>%s</span></p></td></tr>\n</table>\n'
           % (name, person, function, name, street, town, phone, web, web, facts))
    extra = ""
    if banner:
        extra += '<p class="MsoNormal"><span style="color:#C00000">%s</span></p>\n' % banner
    if disclaimer:
        extra += '<p class="MsoNormal"><span style="font-size:7.0pt;color:gray">%s</span></p>\n' % disclaimer
    q = ""
    if quoted:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal"><b>%s</b></p></div>\n<p class="MsoNormal">%s</p>\n'
             % (quoted[0], quoted[1].replace("\n", "<br>\n")))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '\n<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- '
            'p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
            '<body lang="NL" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + body + sig + extra + q + '</div></body></html>')


def tool_html(intro, amount, number, view, pay, footer):
    """An invoicing tool's HTML mail with a 'view online' and a 'pay now' button beside the PDF,
    and the tool's own footer."""
    return ('<html><body style="background:#f4f5f7"><table width="600" align="center" '
            'style="background:#fff;font-family:Helvetica,Arial"><tr><td style="padding:24px">\n'
            '<p>%s</p>\n<table><tr><td>%s</td><td align="right"><b>%s</b></td></tr>\n'
            '<tr><td>%s</td><td align="right">%s</td></tr></table>\n'
            '<p><a href="https://pay.example.org/i/%08x" style="background:#0a7;color:#fff;padding:10px 18px">%s</a>'
            ' &nbsp; <a href="https://view.example.org/d/%08x">%s</a></p>\n</td></tr>\n'
            '<tr><td style="font-size:11px;color:#888;padding:16px">%s</td></tr></table></body></html>'
            % (intro, number[0], number[1], amount[0], amount[1], rng.getrandbits(32), pay, rng.getrandbits(32),
               view, footer))


DISC_NL_EN = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, "
              "verwijder het dan en laat het ons weten. / This message is intended solely for the addressee. If you "
              "received it in error, please delete it and notify the sender.")
DISC_BE = ("Dit e-mailbericht is vertrouwelijk. / Ce courriel est confidentiel et destiné uniquement à son "
           "destinataire. Toute diffusion est interdite.")
DISC_DE_EN = ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
              "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. / This e-mail contains "
              "confidential information. If you are not the intended recipient, please notify the sender.")
DISC_EN = ("This email and any attachments are confidential and may be legally privileged. If you are not the "
           "intended recipient please delete it; any use or disclosure is prohibited. Greenbank Bookkeeping "
           "Services is registered in England and Wales.")


# ---- records ------------------------------------------------------------------------------

def rec(rid, key, tool, lang, kind, rcpts, eml, pages=None, pdf_name=None, exp=None, why_not=None, note="",
        pages2=None, pdf2_name=None):
    return mk.record(rid, tool, lang, kind, {"mail_from": FIRMS[key][3], "rcpt_to": rcpts}, eml, pages=pages,
                     pdf_filename=pdf_name, expected=exp, why_not=why_not, note=note, pages2=pages2,
                     pdf2_filename=pdf2_name)


def hdrs(cc=None, reply_to=None, more=()):
    h = []
    if cc:
        h.append("Cc: %s" % cc)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    return h + list(more)


def build_invoices():
    out = []

    def rid():
        return "inv-wrap-%03d" % (len(out) + 1)

    def add(key, tool, lang, style, to, rcpts, subject, issue, due, block, debtor, business, number, rows,
            sender_name=None, cover=None, html=None, cc=None, reply_to=None, pdf_name=None, pages2=None,
            pdf2_name=None, pdf2=None, extra_parts=(), deposit=0, reference=None, ref_label=None,
            extra_facts=(), note="", more_headers=(), sent=None):
        ref_fact = (ref_label, reference) if reference else None
        pages, total, due_amt = invoice_pdf(key, style, block, number, issue, due, rows, deposit, ref_fact,
                                            extra_facts)
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, sender_name or name, to, subject, sent or issue, body_text=cover,
                      body_html=html, pdf=True, extra_headers=hdrs(cc, reply_to, more_headers), pdf2=pdf2,
                      extra_parts=extra_parts)
        exp = mk.expected(number, due_amt, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          reference=reference.replace(" ", "") if reference and not reference.startswith("+++")
                          else reference, currency=CUR.get(style, "EUR"))
        out.append(rec(rid(), key, tool, lang, "pdf", rcpts, eml, pages, pdf_name or "Factuur_%s.pdf" % number,
                       exp, note=note, pages2=pages2, pdf2_name=pdf2_name))

    def add_typed(key, tool, lang, to, rcpts, subject, issue, text, number, due_amt, total, due, debtor, business,
                  sender_name=None, cc=None, reference=None, cur="EUR", note=""):
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, sender_name or name, to, subject, issue, body_text=text,
                      extra_headers=hdrs(cc))
        exp = mk.expected(number, due_amt, total, issue, due, debtor, rcpts[0], IBANS[key], business, lang,
                          reference=reference, currency=cur)
        out.append(rec(rid(), key, tool, lang, "body-text", rcpts, eml, exp=exp, note=note))

    ib = {k: mk.iban_spaced(v) for k, v in IBANS.items()}

    # 1. nl Outlook HTML, signature table with logo and KvK/BTW/IBAN; the customer's bookkeeper in Cc.
    i = D(2026, 11, 27)
    add("stuc", "outlook", "nl", "nl", "Ruben Meijer <r.meijer@meerzicht-kantoren.nl>",
        ["r.meijer@meerzicht-kantoren.nl", "crediteuren@boekhoudhuis-delta.nl"],
        "Factuur 2026-0318 stucwerk kantoorverdieping", i, i + days(30),
        ["Kantoorhuis Meerzicht B.V.", "t.a.v. de heer R. Meijer", "Weena 505", "3013 AL Rotterdam"],
        "Kantoorhuis Meerzicht B.V.", True, "2026-0318",
        [("Stucwerk wanden 2e verdieping, 212 m²", 551200), ("Plafonds sausklaar opleveren", 138000)],
        sender_name="Sandra de Wit | Rijnmond Afbouw",
        html=outlook_html(["Beste Ruben,", "In de bijlage vind je de factuur voor het stucwerk op de tweede "
                           "verdieping. Jullie boekhouder staat in de cc.", "Met vriendelijke groet,"],
                          "stuc", "Sandra de Wit", "Office manager", disclaimer=DISC_NL_EN),
        cc="Boekhoudhuis Delta <crediteuren@boekhoudhuis-delta.nl>", note="Outlook HTML, signature table, Cc")

    # 2. nl owner from the iPhone, "scan0001.pdf", a private customer.
    i = D(2026, 11, 20)
    add("tuin", "iphone", "nl", "nl", "Erik Brouwer <erik.brouwer72@gmail.com>", ["erik.brouwer72@gmail.com"],
        "factuur tuin", i, i + days(14), ["Dhr. E. Brouwer", "Kerkpad 3", "6681 CE Bemmel"], "E. Brouwer", False,
        "VH-26041", [("Aanleg border en grindpad", 186000), ("Beplanting volgens ontwerp", 74550)],
        sender_name="Jolanda",
        cover="Hoi Erik,\n\nHierbij de factuur van de tuin. Nogmaals bedankt, het is mooi geworden!\n\nGroetjes "
              "Jolanda\n\nVerstuurd vanaf mijn iPhone", pdf_name="scan0001.pdf", note="phone, scan0001.pdf")

    # 3. nl office manager "namens", heavy plain signature with KvK, a private customer.
    i = D(2026, 11, 16)
    add("vert", "thunderbird", "nl", "nl", "t.hoekstra@ziggo.nl", ["t.hoekstra@ziggo.nl"],
        "Factuur beëdigde vertaling", i, i + days(14),
        ["Dhr. T. Hoekstra", "Lange Nieuwstraat 9", "3512 PA Utrecht"], "T. Hoekstra", False, "LV-2026-1144",
        [("Beëdigde vertaling akte, NL-EN, 3 pagina's", 13500), ("Legalisatie en verzending", 2500)],
        sender_name="Marloes Verbeek",
        cover="Geachte heer Hoekstra,\n\nNamens Lindeboom Vertalingen stuur ik u hierbij de factuur voor de "
              "beëdigde vertaling van uw akte.\n\nMet vriendelijke groet,\n\n-- \n"
              + sig_text("vert", "Marloes Verbeek", "Officemanager", hours="Bereikbaar ma t/m do 9.00 - 16.00 uur")
        , note="office manager namens, KvK in signature, private customer")

    # 4. nl typed invoice in the body, long signature with holiday banner and opening hours.
    i = D(2026, 12, 1)
    n = "2026-212"
    net = 68000
    tot = net + vat(net, 21)
    add_typed("foto", "gmail", "nl", "Anouk Veldhuis <anoukveldhuis@hotmail.com>", ["anoukveldhuis@hotmail.com"],
              "Factuur fotoshoot", i,
              "Hoi Anouk,\n\nHier is de factuur voor de gezinsshoot van 22 november.\n\nFactuur %s\nDatum: %s\n"
              "Aan: A. Veldhuis, Prinsenhof 12, 9717 AB Groningen\n\nGezinsshoot (2 uur) incl. 25 bewerkte foto's"
              "   %s\nbtw 21%%   %s\nTotaal   %s\n\nGraag binnen 14 dagen overmaken op %s t.n.v. Fotografie Maartje "
              "Kooiman.\n\nLiefs,\nMaartje\n\n%s" % (
                  n, mk.date_in("nl", i), cash("EUR", "nl", net), cash("EUR", "nl", vat(net, 21)),
                  cash("EUR", "nl", tot), ib["foto"],
                  sig_text("foto", "Maartje Kooiman", "fotograaf",
                           hours="Studio open: di-za 10:00-17:00",
                           banner="Van 21 december t/m 4 januari is de studio gesloten. Vanaf 5 januari ben ik er "
                                  "weer!")),
              n, tot, tot, i + days(14), "A. Veldhuis", False, note="typed invoice, holiday banner with dates")

    # 5. nl tool mail with iDEAL "Betaal nu" and "Bekijk online", PDF beside it, a business customer.
    i = D(2026, 11, 30)
    pages_net = [("Beheer en monitoring november, 14 werkplekken", 42000), ("Microsoft 365 licenties", 16800)]
    nm = "NW26-0912"
    total = sum(c for _d, c in pages_net)
    total += vat(total, 21)
    add("ict", "factuurtool", "nl", "nl", "administratie@tandartsenpraktijk-deviersprong.nl",
        ["administratie@tandartsenpraktijk-deviersprong.nl"], "Nieuwe factuur %s van Netwijs Systeembeheer" % nm,
        i, i + days(14), ["Tandartsenpraktijk De Viersprong", "Koperwiek 40", "2903 AD Capelle aan den IJssel"],
        "Tandartsenpraktijk De Viersprong", True, nm, pages_net,
        html=tool_html("Beste klant,<br>Netwijs Systeembeheer heeft u een factuur gestuurd. U vindt de factuur ook "
                       "als PDF in de bijlage.", ("Bedrag", cash("EUR", "nl", total)), ("Factuur", nm),
                       "Bekijk factuur online", "Betaal direct met iDEAL",
                       "Deze e-mail is verzonden via Factuurwijs namens Netwijs Systeembeheer, KvK 24456781. "
                       "Factuurwijs B.V., Postbus 1180, 3800 BD Amersfoort. Afmelden is niet mogelijk voor "
                       "factuurberichten."),
        note="tool mail with pay and view buttons, tool's footer with its own KvK")

    # 6. nl two attachments, terms first, invoice "document (3).pdf", English cover, Dutch PDF.
    i = D(2026, 11, 24)
    add("stuc", "outlook", "nl", "nl", "Facilities <facilities@hollandmarine-offices.com>",
        ["facilities@hollandmarine-offices.com"], "Invoice plasterwork reception / factuur 2026-0322", i,
        i + days(30), ["Holland Marine Offices B.V.", "Attn. Mr J. Lindqvist", "Wilhelminakade 91",
                       "3072 AP Rotterdam"], "Holland Marine Offices B.V.", True, "2026-0322",
        [("Herstel stucwerk receptie en trappenhuis", 284000)], sender_name="Rijnmond Afbouw Administratie",
        cover="Dear Mr Lindqvist,\n\nPlease find attached our invoice for the repairs in the reception area, "
              "together with our general terms and conditions.\n\nKind regards,\n\nSandra de Wit\nOffice manager\n"
              + "\n".join(FIRMS["stuc"][6]) + "\nIBAN " + ib["stuc"],
        pdf_name="document (3).pdf", pdf2="before",
        pages2=doc_pdf("stuc", [], "Algemene voorwaarden", [
            "Artikel 1. Toepasselijkheid", "Deze voorwaarden gelden voor alle offertes en overeenkomsten.",
            "Artikel 7. Betaling", "Betaling dient te geschieden binnen 8 dagen na factuurdatum, tenzij anders",
            "overeengekomen. Bij overschrijding is de opdrachtgever de wettelijke handelsrente verschuldigd."]),
        pdf2_name="Algemene voorwaarden Rijnmond Afbouw.pdf", note="terms first, English cover over a Dutch PDF")

    # 7. nl short reply in a thread, the customer's mail with its own signature quoted below.
    i = D(2026, 12, 2)
    add("tuin", "apple-mail", "nl", "nl", "Jeroen Smit <jeroen@smitvastgoedbeheer.nl>",
        ["jeroen@smitvastgoedbeheer.nl"], "Re: onderhoud binnentuinen Lindenhof", i, i + days(30),
        ["Smit Vastgoedbeheer B.V.", "Postbus 2231", "6802 CE Arnhem"], "Smit Vastgoedbeheer B.V.", True,
        "VH-26044", [("Najaarsonderhoud binnentuinen Lindenhof", 96000), ("Afvoer groenafval", 12500)],
        cover="Hoi Jeroen,\n\nKlopt, de factuur zit in de bijlage.\n\nGroet,\nJolanda\n\nTuinontwerp De Vlinderhof\n"
              "KvK 09182744\n\nOp 1 dec 2026, om 16:12 heeft Jeroen Smit <jeroen@smitvastgoedbeheer.nl> het "
              "volgende geschreven:\n\n> Hoi Jolanda,\n>\n> Kun je de factuur voor het najaarsonderhoud nog sturen? "
              "Jullie offerte was € 1.450,00, dat bedrag heb ik voor dit jaar gereserveerd.\n>\n> Met vriendelijke "
              "groet,\n> Jeroen Smit\n> Smit Vastgoedbeheer B.V. | Postbus 2231 | 6802 CE Arnhem\n> KvK 51227804 | "
              "T 026 - 351 88 20",
        more_headers=["In-Reply-To: <a81c22@smitvastgoedbeheer.nl>"],
        note="reply on top, the customer's mail and signature quoted below")

    # 8. nl resent because it did not arrive, a private customer.
    i = D(2026, 11, 3)
    add("ict", "outlook", "nl", "nl", "M. Koster <mkoster@kpnmail.nl>", ["mkoster@kpnmail.nl"],
        "FW: Factuur NW26-0874", i, i + days(14),
        ["Mevr. M. Koster", "Rozenlaan 18", "2902 BH Capelle aan den IJssel"], "M. Koster", False, "NW26-0874",
        [("Herinstallatie laptop en back-up", 9500), ("Aan huis, voorrijkosten", 3500)],
        sender_name="Netwijs Systeembeheer",
        cover="Beste mevrouw Koster,\n\nU gaf telefonisch aan dat u onze factuur niet heeft ontvangen; hierbij "
              "stuur ik hem nogmaals.\n\nMet vriendelijke groet,\nDennis Bakker\nNetwijs Systeembeheer\n"
              "KvK 24456781 · BTW NL001945510B77\n\n-----Oorspronkelijk bericht-----\nVan: Netwijs Systeembeheer "
              "<support@netwijs.nl>\nVerzonden: dinsdag 3 november 2026 10:14\nAan: mkoster@kpnmail.nl\n"
              "Onderwerp: Factuur NW26-0874\n\nBijgaand de factuur voor de werkzaamheden aan uw laptop.",
        note="resent, not received; mail dated weeks after the invoice", sent=D(2026, 11, 25))

    # 9. nl corrected invoice (address), a business customer, the bookkeeper "namens" via shared box.
    i = D(2026, 11, 18)
    add("vert", "outlook", "nl", "nl", "Crediteuren Van Houten Advocaten <crediteuren@vanhouten-advocaten.nl>",
        ["crediteuren@vanhouten-advocaten.nl"], "Gecorrigeerde factuur LV-2026-1139", i, i + days(30),
        ["Van Houten Advocaten N.V.", "t.a.v. crediteurenadministratie", "Maliebaan 71", "3581 CG Utrecht"],
        "Van Houten Advocaten N.V.", True, "LV-2026-1139",
        [("Vertaling due-diligencerapport EN-NL, 9.400 woorden", 141000)], sender_name="Lindeboom Vertalingen",
        cover="Geachte heer, mevrouw,\n\nZoals gevraagd hierbij de gecorrigeerde factuur met het juiste "
              "factuuradres. De eerdere versie kunt u als vervallen beschouwen.\n\nMet vriendelijke groet,\n\n"
              "Petra Lindeboom\n" + sig_text("vert", "Lindeboom Vertalingen", disclaimer=DISC_NL_EN),
        note="corrected re-send, signature with KvK and IBAN", sent=D(2026, 11, 26))

    # 10. be Outlook HTML, French/Dutch disclaimer, structured communication, a private customer.
    i = D(2026, 11, 26)
    sc = ogm("0712448903")
    add("schrijn", "outlook", "nl", "be", "Familie Goossens <goossens.kathleen@telenet.be>",
        ["goossens.kathleen@telenet.be"], "Factuur 26/0187 - trap en kasten", i, i + days(15),
        ["Kathleen Goossens", "Latemstraat 33", "9830 Sint-Martens-Latem"], "Kathleen Goossens", False, "26/0187",
        [("Maatwerk eiken trap", 642000), ("Inbouwkasten zolder", 218000)], deposit=300000,
        reference=sc, ref_label="Gestructureerde mededeling",
        html=outlook_html(["Beste mevrouw Goossens,", "In bijlage vindt u de eindfactuur voor de trap en de kasten. "
                           "Het voorschot van € 3.000,00 is hierop in mindering gebracht.", "Met vriendelijke groeten,"],
                          "schrijn", "Lies Van Damme", "Administratie", disclaimer=DISC_BE),
        note="Flemish Outlook, deposit deducted, OGM")

    # 11. be shared mailbox, assistant, the customer's accountant in Cc, a business customer.
    i = D(2026, 11, 30)
    add("studie", "webmail", "nl", "be", "info@bouwbedrijf-claessens.be",
        ["info@bouwbedrijf-claessens.be", "facturen@accountancy-wouters.be"], "Factuur 2026/0411 stabiliteitsstudie",
        i, i + days(30), ["Bouwbedrijf Claessens BV", "Industrieweg 14", "2280 Grobbendonk"],
        "Bouwbedrijf Claessens BV", True, "2026/0411",
        [("Stabiliteitsstudie uitbreiding loods", 385000), ("Werfbezoeken (3)", 54000)],
        sender_name="Boekhouding Peeters & Wuyts",
        cover="Goedemiddag,\n\nIn naam van ir. Bart Peeters bezorg ik u in bijlage onze factuur voor de "
              "stabiliteitsstudie. Uw boekhouder ontvangt een kopie.\n\nVriendelijke groeten,\n\nInge Maes\n"
              "Administratief medewerker\n" + sig_text("studie", "Studiebureau Peeters & Wuyts",
                                                        hours="Kantooruren: ma-vr 8u30 - 17u00", disclaimer=DISC_BE),
        cc="facturen@accountancy-wouters.be", note="Flemish, assistant in naam van, accountant in To")

    # 12. be from a Galaxy, invoice plus two photos, a private customer.
    i = D(2026, 12, 3)
    photo = b"\xff\xd8\xff\xe0" + bytes(rng.getrandbits(8) for _ in range(180)) + b"\xff\xd9"
    add("schrijn", "android", "nl", "be", "Wim <wim.deprez@skynet.be>", ["wim.deprez@skynet.be"], "Factuur + foto's",
        i, i + days(30), ["Dhr. Wim Deprez", "Veldstraat 2", "9000 Gent"], "Wim Deprez", False, "26/0191",
        [("Herstelling voordeur en plaatsen tochtstrip", 68000)], sender_name="Koen Van Damme",
        cover="Dag Wim,\n\nHierbij de factuur en een paar foto's van de deur na de herstelling.\n\nGroeten,\nKoen\n\n"
              "Verzonden vanaf mijn Galaxy", pdf_name="Factuur 26-0191.pdf",
        extra_parts=[("image/jpeg", "IMG_2041.jpg", photo), ("image/jpeg", "IMG_2042.jpg", photo[::-1])],
        note="phone, photos after the invoice")

    # 13. en Outlook HTML, Companies House and VAT in the signature, customer's bookkeeper in Cc, Reply-To.
    i = D(2026, 11, 30)
    add("harrow", "outlook", "en", "en", "Claire Dunmore <claire@yorkdalesgin.co.uk>", ["claire@yorkdalesgin.co.uk"],
        "Invoice HPD-3381 - labels and gift boxes", i, i + days(30),
        ["Yorkdales Gin Company Ltd", "Attn: Claire Dunmore", "Unit 2, Brewery Yard", "Masham HG4 4DX"],
        "Yorkdales Gin Company Ltd", True, "HPD-3381",
        [("Bottle labels, 5,000 (two designs)", 118000), ("Rigid gift boxes, 400", 164000)],
        sender_name="Tom Ashworth",
        html=outlook_html(["Hi Claire,", "Please find attached our invoice for the label run and the gift boxes. "
                           "I've copied in Mark at your accountants as you asked.", "Best regards,"],
                          "harrow", "Tom Ashworth", "Studio Manager",
                          banner="Our studio closes on 23 December and reopens on 4 January."),
        cc="Mark Pryor <mark@pryor-accountancy.co.uk>", reply_to="accounts@harrowgateprint.co.uk",
        note="Outlook HTML, bookkeeper in Cc, Reply-To accounts@, closing banner")

    # 14. en private customer, Gmail from the phone, "Invoice.pdf".
    i = D(2026, 11, 21)
    add("tide", "gmail", "en", "en", "paul.hennessy@btinternet.com", ["paul.hennessy@btinternet.com"],
        "Survey invoice - Moody 33 'Kittiwake'", i, i + days(14),
        ["Mr Paul Hennessy", "4 Harbour Terrace", "St Mawes TR2 5DR"], "Paul Hennessy", False, "TMS-26-118",
        [("Pre-purchase survey, Moody 33 'Kittiwake'", 72000), ("Travel", 4800)], sender_name="Accounts - Tidewater",
        cover="Dear Mr Hennessy,\n\nOn behalf of Jack Trelawny, please find attached the invoice for the survey of "
              "Kittiwake. The report itself follows separately.\n\nKind regards\n\nBeth Pascoe\nOffice Administrator\n"
              + sig_text("tide", "Tidewater Marine Surveys Ltd",
                         extra=["Registered office: The Old Sail Loft, Quay Road, Falmouth TR11 3HH"])
              + "\n\nSent from my iPhone",
        pdf_name="Invoice.pdf", note="assistant on behalf of, registered office line, private customer")

    # 15. en tool mail with Stripe "Pay online" button, a business customer.
    i = D(2026, 12, 1)
    rows = [("Monthly bookkeeping, November", 36000), ("VAT return Q3", 15000)]
    total = sum(c for _d, c in rows)
    total += vat(total, 20)
    add("ledger", "stripe", "en", "en", "owner@thecrookedspoon.co.uk", ["owner@thecrookedspoon.co.uk"],
        "Your invoice from Greenbank Bookkeeping Services", i, i + days(14),
        ["The Crooked Spoon Café Ltd", "11 Broad Street", "Ludlow SY8 1NG"], "The Crooked Spoon Café Ltd", True,
        "GB-2026-0144", rows,
        html=tool_html("Hi,<br>Greenbank Bookkeeping Services sent you an invoice. The PDF is attached.",
                       ("Amount due", cash("GBP", "en", total)), ("Invoice number", "GB-2026-0144"), "View invoice",
                       "Pay online",
                       "Questions? Contact Greenbank Bookkeeping Services at accounts@greenbankbooks.co.uk. "
                       "Powered by Stripe. Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2."),
        note="tool mail with Stripe button and footer")

    # 16. en invoice with a timesheet after it.
    i = D(2026, 11, 30)
    add("ledger", "apple-mail", "en", "en", "Dr Helen Marsh <helen@marshphysio.co.uk>", ["helen@marshphysio.co.uk"],
        "November invoice and timesheet", i, i + days(21),
        ["Marsh Physiotherapy LLP", "2 Castle Square", "Ludlow SY8 1AY"], "Marsh Physiotherapy LLP", True,
        "GB-2026-0146", [("Payroll and bookkeeping, November (11.5 hours)", 40250)],
        sender_name="Rachel Greenbank",
        cover="Hi Helen,\n\nAttached are this month's invoice and the timesheet behind it.\n\nThanks,\nRachel\n\n"
              "Rachel Greenbank FCCA\nDirector\n" + sig_text("ledger", "Greenbank Bookkeeping Services",
                                                            disclaimer=DISC_EN),
        pdf2="after", pages2=doc_pdf("ledger", ["Marsh Physiotherapy LLP"], "Timesheet November 2026", [
            ("03/11 Bank reconciliation", "2.0 h"), ("10/11 Payroll run", "3.5 h"), ("17/11 Purchase ledger", "2.5 h"),
            ("24/11 Payroll run, pension upload", "3.5 h"), ("Total", "11.5 h")]),
        pdf2_name="Timesheet Nov 2026.pdf", note="timesheet after the invoice, ACCA signature")

    # 17. en thread reply, "-----Original Message-----" below, a business customer.
    i = D(2026, 12, 2)
    add("harrow", "outlook", "en", "en", "Simon Kaye <simon.kaye@nidderdale-hotels.co.uk>",
        ["simon.kaye@nidderdale-hotels.co.uk"], "RE: menus for the Christmas season", i, i + days(30),
        ["Nidderdale Hotels Ltd", "The Crown, High Street", "Pateley Bridge HG3 5AP"], "Nidderdale Hotels Ltd", True,
        "HPD-3389", [("Christmas menus, 600 copies, 300gsm", 54000), ("Design amendments", 9000)],
        cover="Hi Simon,\n\nAll delivered this morning - invoice attached.\n\nCheers,\nTom\n\nTom Ashworth | Studio "
              "Manager\nHarrowgate Print & Design Ltd | Registered in England and Wales No. 08812467\n\n"
              "-----Original Message-----\nFrom: Simon Kaye <simon.kaye@nidderdale-hotels.co.uk>\nSent: 28 November "
              "2026 09:40\nTo: Tom Ashworth\nSubject: menus for the Christmas season\n\nTom, can you do 600 menus "
              "by Tuesday? Same as last year (£580 + VAT I think).\n\nSimon Kaye\nGeneral Manager\nNidderdale Hotels "
              "Ltd | Company No. 05512877",
        note="reply above an Outlook original message with the customer's own company number")

    # 18. ie Apple Mail, CRO/VAT in signature, Reply-To, a business customer.
    i = D(2026, 11, 25)
    add("elec", "apple-mail", "en", "ie", "Niamh Brennan <niamh@brennan-dental.ie>", ["niamh@brennan-dental.ie"],
        "Invoice BE-7720", i, i + days(30), ["Brennan Dental Practice Ltd", "18 Laurence Street", "Drogheda A92 F7W2"],
        "Brennan Dental Practice Ltd", True, "BE-7720",
        [("Rewire of surgery 2 and new distribution board", 236000), ("Emergency lighting test cert", 18000)],
        sender_name="Ballymore Accounts",
        cover="Hi Niamh,\n\nPlease see attached invoice for the works completed last week.\n\nMany thanks,\nSiobhán\n\n"
              + sig_text("elec", "Siobhán Carroll", "Accounts",
                         hours="Office hours: Mon-Fri 8.00am-4.30pm", banner="RECI Registered Contractor No. 4418"),
        reply_to="Siobhán Carroll <siobhan@ballymore-electrical.ie>",
        note="Irish, Reply-To to a person, RECI number in the signature")

    # 19. ie typed invoice in the body with the bank details in the signature, a private customer.
    i = D(2026, 11, 28)
    n = "FS-0447"
    net = 95000
    tot = net + vat(net, 23)
    add_typed("design", "gmail", "en", "Aoife Dunne <aoife.dunne@eircom.net>", ["aoife.dunne@eircom.net"],
              "Invoice FS-0447 wedding stationery", i,
              "Hi Aoife,\n\nThanks again - here's the invoice for the wedding stationery.\n\nINVOICE %s\nDate: %s\n"
              "Billed to: Aoife Dunne, 7 Seafield Road, Clontarf, Dublin 3\n\nWedding invitations, RSVP cards and "
              "table plan   %s\nVAT @ 23%%   %s\nTotal due   %s\n\nPayment within 14 days by bank transfer please "
              "(details below).\n\nSorcha\n\n--\nSorcha Fern | Fernhill Studio\n22 Upper Mount Street, Dublin 2, "
              "D02 XR58\nCRO 702118 | VAT IE 4420918RH\nIBAN %s | BIC AIBKIE2D\nfernhill.ie | @fernhillstudio" % (
                  n, mk.date_in("en", i), cash("EUR", "en", net), cash("EUR", "en", vat(net, 23)),
                  cash("EUR", "en", tot), ib["design"]),
              n, tot, tot, i + days(14), "Aoife Dunne", False, note="typed invoice, IBAN only in the signature")

    # 20. ie corrected re-send with a PO added, a business customer.
    i = D(2026, 11, 19)
    add("design", "gmail", "en", "ie", "Accounts Payable <ap@liffeyside-brewing.ie>", ["ap@liffeyside-brewing.ie"],
        "Re: Invoice FS-0441 - PO missing", i, i + days(30),
        ["Liffeyside Brewing Co. Ltd", "Accounts Payable", "Unit 3, Park West", "Dublin 12, D12 P9K4"],
        "Liffeyside Brewing Co. Ltd", True, "FS-0441", [("Can label refresh, 4 SKUs", 220000)],
        extra_facts=[("PO", "LB-PO-2291")], sender_name="Sorcha Fern",
        cover="Hi,\n\nApologies - please find the invoice re-issued with your PO number LB-PO-2291.\n\nBest,\n"
              "Sorcha\n\nOn Thu, 26 Nov 2026 at 11:02, Accounts Payable <ap@liffeyside-brewing.ie> wrote:\n"
              "> Hello, we cannot process invoice FS-0441 without a PO number. Please re-send.\n> Liffeyside Brewing "
              "Co. Ltd | VAT IE 9921044D",
        note="corrected re-send with PO, the customer's VAT number quoted", sent=D(2026, 11, 27))

    # 21. de Outlook HTML, Pflichtangaben and a two-language disclaimer, a business customer.
    i = D(2026, 11, 26)
    add("zimmer", "outlook", "de", "de", "Rechnungseingang Alpenblick <rechnung@alpenblick-hotel.de>",
        ["rechnung@alpenblick-hotel.de"], "Rechnung 2026-1187 Dachstuhl Nebengebäude", i, i + days(14),
        ["Hotel Alpenblick GmbH & Co. KG", "Buchhaltung", "Bergstraße 5", "87541 Bad Hindelang"],
        "Hotel Alpenblick GmbH & Co. KG", True, "2026-1187",
        [("Abbund und Montage Dachstuhl Nebengebäude", 1248000), ("Kranstellung", 86000)],
        sender_name="Holzapfel Buchhaltung",
        html=outlook_html(["Sehr geehrte Damen und Herren,", "anbei erhalten Sie unsere Rechnung für den "
                           "Dachstuhl des Nebengebäudes.", "Mit freundlichen Grüßen", "i. A. Franziska Berger"],
                          "zimmer", "Franziska Berger", "Buchhaltung", disclaimer=DISC_DE_EN),
        note="German Outlook, HRB/USt-IdNr./Geschäftsführer in the signature")

    # 22. de Thunderbird "-- " signature, a private customer, "Scan_2026-11-28.pdf".
    i = D(2026, 11, 28)
    add("uebers", "thunderbird", "de", "de", "Anja Lorenz <anja.lorenz@web.de>", ["anja.lorenz@web.de"],
        "Ihre Rechnung", i, i + days(14), ["Frau Anja Lorenz", "Tegernseer Landstraße 80", "81539 München"],
        "Anja Lorenz", False, "K-26-388",
        [("Beglaubigte Übersetzung Zeugnis, DE-EN", 8900), ("Versand Einschreiben", 450)],
        sender_name="Birgit Kranich",
        cover="Sehr geehrte Frau Lorenz,\n\nanbei die Rechnung für die Übersetzung Ihres Zeugnisses.\n\nMit "
              "freundlichen Grüßen\nBirgit Kranich\n\n-- \n" + sig_text(
                  "uebers", "Birgit Kranich", "Staatlich geprüfte und allgemein beeidigte Übersetzerin",
                  hours="Bürozeiten: Mo-Fr 9-13 Uhr"),
        pdf_name="Scan_2026-11-28.pdf", note="Thunderbird signature, private customer")

    # 23. de delivery note before the invoice, i. A. the bookkeeper, a business customer.
    i = D(2026, 12, 1)
    add("zimmer", "outlook", "de", "de", "einkauf@bauhof-sonthofen.de", ["einkauf@bauhof-sonthofen.de"],
        "Lieferschein und Rechnung 2026-1191", i, i + days(30),
        ["Holzbau Sonthofen GmbH", "Einkauf", "Industriestraße 22", "87527 Sonthofen"],
        "Holzbau Sonthofen GmbH", True, "2026-1191", [("Brettschichtholz GL24h, 6,4 m³", 492000)],
        cover="Guten Tag,\n\nim Anhang finden Sie den Lieferschein und die Rechnung zur Lieferung vom 27.11.\n\n"
              "Freundliche Grüße\ni. A. Franziska Berger\nBuchhaltung\n\n" + sig_text("zimmer", "Zimmerei Holzapfel GmbH"),
        pdf2="before", pages2=doc_pdf("zimmer", ["Holzbau Sonthofen GmbH", "Industriestraße 22", "87527 Sonthofen"],
                                      "Lieferschein LS-26-0733", ["Lieferdatum: 27.11.2026",
                                                                  ("Brettschichtholz GL24h", "6,4 m³"),
                                                                  "Ware vollständig erhalten: ____________"]),
        pdf2_name="Lieferschein LS-26-0733.pdf", pdf_name="Rechnung_2026-1191.pdf",
        note="delivery note first")

    # 24. de cover in German, PDF in English, to a Dutch business.
    i = D(2026, 11, 23)
    add("grafik", "apple-mail", "en", "xe", "Sanne Bos <sanne@rotterdamcoffee.nl>", ["sanne@rotterdamcoffee.nl"],
        "Rechnung / invoice LV-2026-031", i, i + days(30),
        ["Rotterdam Coffee Roasters B.V.", "Lloydstraat 30", "3024 EA Rotterdam", "Netherlands"],
        "Rotterdam Coffee Roasters B.V.", True, "LV-2026-031",
        [("Graphic design, trade fair booth Frankfurt", 280000), ("Print files and proofing", 35000)],
        extra_facts=[("VAT ID customer", "NL859311740B01")], sender_name="Lena Voigt",
        cover="Hallo Sanne,\n\nanbei wie besprochen die Rechnung für das Messedesign (auf Englisch für eure "
              "Buchhaltung).\n\nViele Grüße\nLena\n\n" + sig_text("grafik", "Lena Voigt", "Grafikdesign & Illustration"),
        pdf_name="Invoice_LV-2026-031.pdf", note="German cover, English PDF, reverse charge")

    # 25. de tool mail with a PayPal button, a private customer.
    i = D(2026, 11, 29)
    rows = [("Logo und Visitenkarten", 48000)]
    total = 48000 + vat(48000, 19)
    add("grafik", "tool", "de", "de", "m.hoffmann@posteo.de", ["m.hoffmann@posteo.de"],
        "Rechnung LV-2026-033 von Lena Voigt Grafikdesign", i, i + days(14),
        ["Herrn Michael Hoffmann", "Kastanienallee 12", "10435 Berlin"], "Michael Hoffmann", False, "LV-2026-033",
        rows, html=tool_html("Hallo Michael Hoffmann,<br>anbei erhalten Sie Ihre Rechnung als PDF.",
                             ("Betrag", cash("EUR", "de", total)), ("Rechnung", "LV-2026-033"),
                             "Rechnung online ansehen", "Jetzt mit PayPal bezahlen",
                             "Gesendet mit Rechnungsfix. Rechnungsfix GmbH, Amtsgericht Hamburg HRB 170221, "
                             "USt-IdNr. DE309912845. Impressum | Datenschutz"),
        note="tool mail with PayPal button and the tool's register facts")

    # 26. at Outlook, FN/UID in the signature, a business customer.
    i = D(2026, 11, 27)
    add("install", "outlook", "de", "at", "Hausverwaltung Pichler <office@hv-pichler.at>", ["office@hv-pichler.at"],
        "Rechnung 26-04412 Heizungstausch", i, i + days(14),
        ["Hausverwaltung Pichler GmbH", "Annenstraße 29", "8020 Graz"], "Hausverwaltung Pichler GmbH", True,
        "26-04412", [("Tausch Gastherme Stiege 2", 684000), ("Entsorgung Altgerät", 12000)],
        sender_name="Gruber Installationen - Büro",
        html=outlook_html(["Sehr geehrte Damen und Herren,", "beiliegend übermitteln wir Ihnen die Rechnung zum "
                           "Thermentausch.", "Mit freundlichen Grüßen"], "install", "Sabine Gruber", "Büroleitung",
                          banner="Betriebsurlaub vom 24.12.2026 bis 06.01.2027 – Notdienst: 0664 118 22 09",
                          disclaimer=DISC_DE_EN),
        note="Austrian Outlook, Betriebsurlaub banner with dates")

    # 27. at iPhone, a private customer.
    i = D(2026, 12, 2)
    add("maler", "iphone", "de", "at", "Christa Eder <christa.eder@gmx.at>", ["christa.eder@gmx.at"], "Rechnung",
        i, i + days(14), ["Frau Christa Eder", "Landstraße 58/4", "4020 Linz"], "Christa Eder", False, "2026/118",
        [("Malerarbeiten Wohnung (3 Räume)", 248000)], sender_name="Steinböck",
        cover="Grüß Gott Frau Eder,\n\nim Anhang die Rechnung. Danke für den Auftrag!\n\nLG Herbert Steinböck\n\n"
              "Von meinem iPhone gesendet", pdf_name="Rechnung 2026-118.pdf", note="phone, Austrian, private")

    # 28. ch QR reference, photos, a private customer.
    i = D(2026, 11, 25)
    qr = "21 00000 00003 13947 14300 09017"
    add("schrein", "outlook", "de", "ch", "Beat Frei <beat.frei@bluewin.ch>", ["beat.frei@bluewin.ch"],
        "Rechnung 26-0512 Einbauschrank", i, i + days(30),
        ["Herr Beat Frei", "Rosenbergstrasse 14", "8400 Winterthur"], "Beat Frei", False, "26-0512",
        [("Einbauschrank Eiche, Korridor", 512000)], reference=qr, ref_label="Referenz",
        cover="Guten Tag Herr Frei\n\nIm Anhang erhalten Sie die Rechnung mit QR-Einzahlungsschein sowie zwei Fotos "
              "vom fertigen Schrank.\n\nFreundliche Grüsse\n\nMarco Ammann\n" + sig_text(
                  "schrein", "Schreinerei Ammann AG", hours="Öffnungszeiten Werkstatt: Mo-Fr 7.00-12.00 / 13.00-17.00"),
        extra_parts=[("image/jpeg", "Schrank_1.jpg", photo), ("image/jpeg", "Schrank_2.jpg", photo)],
        note="Swiss, QR reference, photos")

    # 29. ch bilingual cover German/French, a business customer.
    i = D(2026, 11, 30)
    add("schrein", "outlook", "de", "ch", "comptabilite@fiduciaire-rochat.ch", ["comptabilite@fiduciaire-rochat.ch"],
        "Rechnung / Facture 26-0517", i, i + days(30),
        ["Fiduciaire Rochat SA", "Avenue de la Gare 8", "1003 Lausanne"], "Fiduciaire Rochat SA", True, "26-0517",
        [("Empfangstheke Eiche, Montage in Lausanne", 865000)], sender_name="Ammann Buchhaltung",
        cover="Guten Tag / Bonjour,\n\nIm Anhang unsere Rechnung für die Empfangstheke.\nVous trouverez ci-joint "
              "notre facture pour le comptoir d'accueil.\n\nFreundliche Grüsse / Meilleures salutations\n\nNadja "
              "Ammann\nBuchhaltung / Comptabilité\n" + sig_text("schrein", "Schreinerei Ammann AG"),
        note="bilingual cover, Swiss CHE number in the signature")

    # 30. ie the customer and a colleague both in To, their accountant in Cc.
    i = D(2026, 11, 24)
    add("elec", "outlook", "en", "ie", "Declan Murphy <declan@murphyhardware.ie>, Orla <orla@murphyhardware.ie>",
        ["declan@murphyhardware.ie", "orla@murphyhardware.ie"], "Invoice BE-7716 shop lighting", i, i + days(30),
        ["Murphy's Hardware Ltd", "Main Street", "Ardee, Co. Louth A92 YX20"], "Murphy's Hardware Ltd", True,
        "BE-7716", [("LED retrofit, shop floor and stores", 312000)], sender_name="Ballymore Electrical",
        cover="Hi Declan, hi Orla,\n\nInvoice attached for the lighting retrofit. Any questions just give me a "
              "shout.\n\nRegards\nSiobhán\n\n" + sig_text("elec", "Siobhán Carroll", "Accounts"),
        cc="Gerry Ward <gerry@wardaccountants.ie>", note="two in To and the accountant in Cc")
    return out


def build_not_invoices():
    out = []

    def rid():
        return "inv-wrap-%03d" % (31 + len(out))

    def add(key, tool, lang, to, rcpts, subject, d, why, text=None, html=None, pages=None, pdf_name=None,
            sender_name=None, more=(), note=""):
        name, _s, _t, mailbox = FIRMS[key][:4]
        eml = mk.mail(rng, mailbox, sender_name or name, to, subject, d, body_text=text, body_html=html,
                      pdf=pages is not None, extra_headers=list(more))
        kind = "none"
        out.append(rec(rid(), key, tool, lang, kind, rcpts, eml, pages, pdf_name, None, why, note))

    ib = {k: mk.iban_spaced(v) for k, v in IBANS.items()}

    add("stuc", "outlook", "nl", "r.meijer@meerzicht-kantoren.nl", ["r.meijer@meerzicht-kantoren.nl"],
        "Inkoopnummer voor factuur?", D(2026, 11, 25), "asks for the PO number before the invoice is made",
        html=outlook_html(["Beste Ruben,", "Voordat ik de factuur van € 2.840,00 voor de receptie kan opmaken, heb "
                           "ik jullie inkoopordernummer nodig. Kun je dat sturen?", "Met vriendelijke groet,"],
                          "stuc", "Sandra de Wit", "Office manager", disclaimer=DISC_NL_EN))
    add("tide", "gmail", "en", "paul.hennessy@btinternet.com", ["paul.hennessy@btinternet.com"],
        "Kittiwake survey report", D(2026, 11, 19), "announces the invoice for next week",
        text="Dear Mr Hennessy,\n\nThe survey report is attached. Our invoice (£768.00 incl. travel) will follow next "
             "week once Jack has signed off.\n\nKind regards\n\nBeth Pascoe\nOffice Administrator\n"
             + sig_text("tide", "Tidewater Marine Surveys Ltd"),
        pages=doc_pdf("tide", ["Mr Paul Hennessy"], "Survey Report - Moody 33 'Kittiwake'",
                      ["Hull: sound, minor osmosis blistering below the waterline.", "Rigging: replace within 2 years."]),
        pdf_name="Survey report Kittiwake.pdf")
    add("zimmer", "outlook", "de", "einkauf@bauhof-sonthofen.de", ["einkauf@bauhof-sonthofen.de"],
        "Lieferschein LS-26-0741", D(2026, 12, 3), "a delivery note; the invoice comes later",
        text="Guten Tag,\n\nanbei der Lieferschein zur heutigen Lieferung. Die Rechnung erhalten Sie separat.\n\n"
             "Freundliche Grüße\ni. A. Franziska Berger\n\n" + sig_text("zimmer", "Zimmerei Holzapfel GmbH"),
        pages=doc_pdf("zimmer", ["Holzbau Sonthofen GmbH", "Industriestraße 22", "87527 Sonthofen"],
                      "Lieferschein LS-26-0741", ["Lieferdatum: 03.12.2026", ("Konstruktionsvollholz KVH 60/120", "2,2 m³"),
                                                  ("Preis lt. Auftrag", "1.540,00 €")]),
        pdf_name="Lieferschein LS-26-0741.pdf")
    add("ledger", "apple-mail", "en", "helen@marshphysio.co.uk", ["helen@marshphysio.co.uk"],
        "Timesheet for approval - December", D(2026, 12, 4), "a timesheet to approve; the invoice follows the OK",
        text="Hi Helen,\n\nCould you approve the attached timesheet? I'll raise the invoice (about £420) once you're "
             "happy.\n\nThanks,\nRachel\n\n" + sig_text("ledger", "Greenbank Bookkeeping Services", disclaimer=DISC_EN),
        pages=doc_pdf("ledger", ["Marsh Physiotherapy LLP"], "Timesheet December 2026 (draft)",
                      [("01/12 Bank reconciliation", "2.0 h"), ("03/12 Payroll", "3.5 h"), ("Total", "5.5 h"),
                       ("Rate £70.00/h, estimated", "£385.00")]), pdf_name="Timesheet Dec 2026.pdf")
    add("stuc", "outlook", "nl", "facilities@hollandmarine-offices.com", ["facilities@hollandmarine-offices.com"],
        "Onze algemene voorwaarden", D(2026, 11, 10), "the general terms alone",
        text="Beste heer Lindqvist,\n\nZoals gevraagd stuur ik u onze algemene voorwaarden.\n\nMet vriendelijke "
             "groet,\n\nSandra de Wit\n" + sig_text("stuc", "Stukadoorsbedrijf Rijnmond Afbouw B.V."),
        pages=doc_pdf("stuc", [], "Algemene voorwaarden", ["Artikel 7. Betaling",
                                                           "Betaling binnen 8 dagen na factuurdatum."]),
        pdf_name="Algemene voorwaarden.pdf")
    add("install", "outlook", "de", "office@hv-pichler.at", ["office@hv-pichler.at"], "Angebot 26-A-0388",
        D(2026, 11, 12), "a quote",
        text="Sehr geehrte Damen und Herren,\n\nwie besprochen unser Angebot für den Thermentausch.\n\nMit "
             "freundlichen Grüßen\nSabine Gruber\n" + sig_text("install", "Installationen Gruber & Söhne GmbH"),
        pages=doc_pdf("install", ["Hausverwaltung Pichler GmbH", "Annenstraße 29", "8020 Graz"], "Angebot 26-A-0388",
                      ["Angebotsdatum: 12.11.2026", ("Tausch Gastherme", "6.840,00 €"), ("USt. 20 %", "1.368,00 €"),
                       ("Angebotssumme", "8.208,00 €"), "Gültig bis 31.12.2026."]), pdf_name="Angebot 26-A-0388.pdf")
    newib = mk.iban(rng, "NL")
    add("vert", "outlook", "nl", "Van Houten Advocaten <crediteuren@vanhouten-advocaten.nl>",
        ["crediteuren@vanhouten-advocaten.nl"], "Gewijzigd rekeningnummer", D(2026, 12, 1),
        "announces a new account number",
        text="Geachte relatie,\n\nPer 1 januari 2027 is ons rekeningnummer gewijzigd in %s. Wilt u dit aanpassen in "
             "uw administratie? Openstaande facturen kunt u nog op het oude nummer voldoen.\n\nMet vriendelijke "
             "groet,\n\nPetra Lindeboom\n%s" % (mk.iban_spaced(newib), sig_text("vert", "Lindeboom Vertalingen")))
    add("ict", "factuurtool", "nl", "administratie@tandartsenpraktijk-deviersprong.nl",
        ["administratie@tandartsenpraktijk-deviersprong.nl"], "Er staat een nieuwe factuur voor u klaar",
        D(2026, 12, 1), "a portal notice: no invoice in the mail, no number",
        html=tool_html("Beste klant,<br>Er staat een nieuwe factuur voor u klaar in het klantportaal van Netwijs "
                       "Systeembeheer. Log in om de factuur te bekijken en te downloaden.",
                       ("Bedrag", "€ 711,48"), ("Vervaldatum", "15-12-2026"), "Naar het klantportaal",
                       "Inloggen", "Netwijs Systeembeheer · KvK 24456781 · BTW NL001945510B77 · IBAN "
                       + ib["ict"]))
    add("zimmer", "outlook", "de", "Anja Lorenz <anja.lorenz@web.de>", ["anja.lorenz@web.de"],
        "Abwesenheitsnotiz: Ihre Anfrage", D(2026, 12, 4), "the firm's own out-of-office",
        text="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro. In dringenden "
             "Fällen wenden Sie sich bitte an buero@holzapfel-zimmerei.de oder 0831 520 71-0.\n\nRechnungsfragen "
             "beantworten wir nach meiner Rückkehr.\n\nFranziska Berger\n" + sig_text("zimmer", "Zimmerei Holzapfel GmbH"),
        more=["Auto-Submitted: auto-replied"])
    pages, _t, _d = invoice_pdf("tuin", "nl", ["Dhr. E. Brouwer", "Kerkpad 3", "6681 CE Bemmel"], "VH-26041",
                                D(2026, 11, 20), D(2026, 12, 4),
                                [("Aanleg border en grindpad", 186000), ("Beplanting volgens ontwerp", 74550)])
    add("tuin", "apple-mail", "nl", "Boekhouding Van Ree <post@vanree-boekhouding.nl>", ["post@vanree-boekhouding.nl"],
        "verkoopfacturen november", D(2026, 12, 2),
        "the owner forwards her own sales invoice to her bookkeeper; not sent to the debtor",
        text="Hoi Wendy,\n\nHierbij de verkoopfacturen van november voor de btw-aangifte (de andere twee stuur ik "
             "morgen). Deze van Brouwer is nog niet betaald.\n\nGroetjes,\nJolanda\nTuinontwerp De Vlinderhof\n"
             "KvK 09182744",
        pages=pages, pdf_name="scan0001.pdf")
    add("harrow", "outlook", "en", "Claire Dunmore <claire@yorkdalesgin.co.uk>", ["claire@yorkdalesgin.co.uk"],
        "RE: Invoice HPD-3381 - labels and gift boxes", D(2026, 12, 3), "answers a question about an invoice sent",
        text="Hi Claire,\n\nYes - the £3,384.00 on HPD-3381 includes VAT at 20%; the boxes were £1,640.00 net. "
             "Payment by 30 December is fine.\n\nBest regards,\nTom\n\n" + sig_text("harrow", "Tom Ashworth",
                                                                                    "Studio Manager")
             + "\n\n-----Original Message-----\nFrom: Claire Dunmore\nSent: 02 December 2026 15:20\n"
               "Subject: RE: Invoice HPD-3381\n\nTom, does the invoice total include VAT?")
    add("uebers", "thunderbird", "de", "anja.lorenz@web.de", ["anja.lorenz@web.de"], "Zahlungseingang",
        D(2026, 12, 4), "confirms a payment received",
        text="Sehr geehrte Frau Lorenz,\n\nvielen Dank, Ihre Zahlung über 110,67 € zur Rechnung K-26-388 ist "
             "eingegangen.\n\nMit freundlichen Grüßen\nBirgit Kranich\n\n-- \n" + sig_text("uebers", "Birgit Kranich"))
    add("ict", "outlook", "nl", "M. Koster <mkoster@kpnmail.nl>", ["mkoster@kpnmail.nl"],
        "Herinnering factuur NW26-0874", D(2026, 12, 4), "the firm's own typed reminder",
        text="Beste mevrouw Koster,\n\nVolgens onze administratie staat factuur NW26-0874 van 3 november 2026 ad "
             "€ 157,30 nog open; de vervaldatum was 17-11-2026. Wilt u het bedrag binnen 7 dagen overmaken op %s?\n\n"
             "Met vriendelijke groet,\nDennis Bakker\n%s" % (ib["ict"], sig_text("ict", "Netwijs Systeembeheer")))
    add("harrow", "mailchimp", "en", "claire@yorkdalesgin.co.uk", ["claire@yorkdalesgin.co.uk"],
        "Christmas print deadlines & 10% off January orders", D(2026, 11, 18), "a newsletter",
        html="<html><body><h1>Last orders for Christmas!</h1><p>Order by 12 December for delivery before the "
             "break. Business cards from £39.00, flyers from £65.00 per 1,000. Pay by 31 January and take 10% "
             "off.</p><p>Harrowgate Print &amp; Design Ltd · Registered in England and Wales No. 08812467 · VAT No. "
             "GB 184 2290 71</p><p><a href=\"https://example.org/unsub\">Unsubscribe</a></p></body></html>")
    sp = mk.Page()
    sp.text(56, 56, "Drukkerij Scheldeprint NV", size=14, bold=True)
    for k, ln in enumerate(["Studiebureau Peeters & Wuyts", "Mechelsesteenweg 88", "2018 Antwerpen"]):
        sp.text(56, 142 + 13 * k, ln, size=10)
    for k, (a, b) in enumerate([("Factuurnummer", "SP-26-8812"), ("Factuurdatum", "25/11/2026"),
                                ("Vervaldag", "25/12/2026")]):
        sp.text(340, 142 + 13 * k, a, size=8.5)
        sp.right(539, 142 + 13 * k, b, size=8.5)
    sp.text(56, 220, "Factuur", size=16, bold=True)
    sp.line_rows(246, [("Plannen A1, 40 stuks", "€ 320,00"), ("Btw 21%", "€ 67,20"), ("Te betalen", "€ 387,20")])
    sp.text(56, 800, "Drukkerij Scheldeprint NV · BTW BE 0455.120.984 · IBAN %s" % mk.iban_spaced(mk.iban(rng, "BE")),
            size=6.5)
    add("studie", "outlook", "nl", "Inge Maes <inge@peeters-wuyts.be>", ["inge@peeters-wuyts.be"],
        "Fwd: Factuur SP-26-8812 Scheldeprint", D(2026, 11, 27), "a supplier's bill to the firm forwarded inside it",
        text="Inge, kan jij deze inboeken en betalen? Bart\n\n---------- Doorgestuurd bericht ---------\nVan: "
             "Scheldeprint <facturatie@scheldeprint.be>\nDatum: 25 nov. 2026 om 14:02\nOnderwerp: Factuur "
             "SP-26-8812\n\nGeachte klant, in bijlage uw factuur.\n\n" + sig_text("studie", "Bart Peeters",
                                                                                 "Zaakvoerder"),
        pages=[sp], pdf_name="SP-26-8812.pdf", sender_name="Bart Peeters")
    return out


def build():
    return build_invoices() + build_not_invoices()


def check(recs):
    """mailkit's checks, the counts, and each labelled reference printed (its groups joined)."""
    mk.check_labels(recs)
    assert sum(r["is_invoice"] for r in recs) == 30 and len(recs) == 45, len(recs)
    for r in recs:  # a reference printed in groups is labelled without its spaces
        ref = r["expected"] and r["expected"]["payment_reference"]
        assert not ref or ref in (r["eml"] + str(r.get("pdf"))).replace(" ", ""), r["id"]


if __name__ == "__main__":
    recs = build()
    check(recs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train-wrap.jsonl")
    mk.write(out, recs)
    print("wrote %d records (%d invoices) to %s" % (len(recs), sum(r["is_invoice"] for r in recs),
                                                    os.path.normpath(out)))
