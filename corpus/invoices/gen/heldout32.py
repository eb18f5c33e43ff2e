"""heldout32: a blind held-out set (session 31) — mails that carry more than one document,
and pages that carry more than one thing. 50 invoices and 25 mails that are not invoices,
in Dutch (a few Flemish), English and German.

Run from the repository root: python3 corpus/invoices/gen/heldout32.py
It writes corpus/invoices/heldout32.jsonl, after check() has passed on every record.
Every name, firm, address, number and IBAN is invented; the IBANs carry valid checksums."""
import datetime
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import (Page, check_labels, check_references_printed, date_in, expected,  # noqa: E402
                     header_words, iban, iban_spaced, mail, money_in, ogm, qrr, qrr_spaced, record, write)

D = datetime.date
rng = random.Random(20261232)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout32.jsonl")

# ---------------------------------------------------------------- words per language

W = {
    "nl": dict(num="Factuurnummer", date="Factuurdatum", due="Vervaldatum", cust="Klantnummer",
               desc="Omschrijving", qty="Aantal", price="Prijs", amt="Bedrag", net="Subtotaal",
               vat="BTW {r}", total="Totaal", pay="Te betalen", ship="Afleveradres", page="Pagina"),
    "be": dict(num="Factuurnummer", date="Factuurdatum", due="Vervaldag", cust="Klantnummer",
               desc="Omschrijving", qty="Aantal", price="Eenheidsprijs", amt="Bedrag", net="Totaal excl. btw",
               vat="Btw {r}", total="Totaal incl. btw", pay="Te betalen", ship="Leveringsadres", page="Pagina"),
    "en": dict(num="Invoice number", date="Invoice date", due="Due date", cust="Customer no.",
               desc="Description", qty="Qty", price="Unit price", amt="Amount", net="Subtotal",
               vat="VAT {r}", total="Total", pay="Amount due", ship="Deliver to", page="Page"),
    "de": dict(num="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", cust="Kundennummer",
               desc="Bezeichnung", qty="Menge", price="Einzelpreis", amt="Gesamt", net="Summe netto",
               vat="USt. {r}", total="Gesamtbetrag", pay="Zahlbetrag", ship="Lieferadresse", page="Seite"),
}
VAT_WORD = {"AT": "USt. {r}", "CH": "MWST {r}", "US": "Sales tax {r}"}


def base(lang):
    return "nl" if lang == "be" else lang


def rate_txt(rate, lang, country=None):
    """A VAT rate as printed: '21%', '8,1 %' in German, '8.1 %' in Swiss German."""
    if country == "CH":
        return str(rate) + " %"
    s = str(rate).rstrip("0").rstrip(".") if "." in str(rate) else str(rate)
    if lang in ("nl", "be", "de"):
        s = s.replace(".", ",")
    return s + ("%" if lang in ("nl", "be", "en") else " %")


def qty_txt(q, lang):
    q = Decimal(str(q))
    if q == q.to_integral():
        return str(int(q))
    s = str(q.normalize())
    return s.replace(".", ",") if lang in ("nl", "be", "de") else s


def rhu(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def sums(lines):
    """Each line's amount (qty x unit price, half up), the net per rate, the VAT per rate
    (half up), the net and the total."""
    amts, per = [], {}
    for _, q, unit, rate in lines:
        a = rhu(Decimal(str(q)) * unit)
        amts.append(a)
        per[rate] = per.get(rate, 0) + a
    vat = {r: rhu(Decimal(n) * Decimal(str(r)) / 100) for r, n in per.items()}
    net = sum(amts)
    return amts, per, vat, net, net + sum(vat.values())


# ---------------------------------------------------------------- pages

def letterhead(p, s):
    p.text(56, 56, s["name"], size=13, bold=True)
    p.text(56, 68, s["addr"], size=8)
    p.text(56, 79, s["mail"] + ("   " + s["phone"] if s.get("phone") else ""), size=8)


def footer(p, s, lang, extra=""):
    bits = [s["name"]]
    if s.get("iban"):
        bits.append("IBAN " + iban_spaced(s["iban"]))
    if s.get("bic"):
        bits.append("BIC " + s["bic"])
    if s.get("reg"):
        bits.append(s["reg"])
    p.text(56, 800, " · ".join(bits), size=7)
    if extra:
        p.text(56, 810, extra, size=7)


def page(s, lang, to_lines, title, meta, head, rows, totals, notes, ship=None, foot=True):
    """One page as the tools draw it: letterhead, the address window (and a delivery
    address beside it), the meta fields right, a title, a line table, totals, notes, a foot."""
    p = Page()
    letterhead(p, s)
    y = 140
    for ln in to_lines:
        p.text(56, y, ln, size=10)
        y += 13
    if ship:
        p.text(236, 140, W[lang]["ship"], size=8, bold=True)
        yy = 153
        for ln in ship:
            p.text(236, yy, ln, size=8.5)
            yy += 12
    y = 140
    for lab, val in meta:
        p.text(378, y, lab, size=8.5)
        p.text(466, y, val, size=8.5)
        y += 12
    p.text(56, 255, title, size=15, bold=True)
    y = 290
    if head:
        p.text(56, y, head[0], size=8.5, bold=True)
        for k, h in enumerate(head[1:]):
            p.right(539 - 70 * (len(head) - 2 - k), y, h, size=8.5, bold=True)
        p.rule(56, y + 4, 539, y + 4)
        y += 17
        y = p.line_rows(y, rows)
        y += 8
        y = p.totals_notes(y, totals, notes, s.get("iban") and iban_spaced(s["iban"]))
    else:
        for ln in notes:
            p.text(56, y, ln, size=9)
            y += 13
    if foot:
        footer(p, s, lang)
    return p


def text_page(s, title, paras, size=8.5):
    """A page of running text: terms and conditions, a mandate form, a newsletter."""
    p = Page()
    letterhead(p, s)
    p.text(56, 120, title, size=13, bold=True)
    y = 145
    for ln in paras:
        if ln.startswith("##"):
            y += 4
            p.text(56, y, ln[2:].strip(), size=size + 0.5, bold=True)
        elif ln == "":
            y += 4
            continue
        else:
            p.text(56, y, ln, size=size)
        y += size + 4.5
    footer(p, s, "nl")
    return p


TERMS = {
    "nl": ["##Artikel 1 Toepasselijkheid",
           "Deze voorwaarden gelden voor iedere offerte, opdracht en overeenkomst van {name}.",
           "##Artikel 2 Offertes",
           "Offertes zijn vrijblijvend en dertig dagen geldig, tenzij anders vermeld.",
           "##Artikel 3 Betaling",
           "Betaling binnen veertien dagen na factuurdatum, tenzij schriftelijk anders overeengekomen.",
           "Bij niet tijdige betaling is de opdrachtgever de wettelijke (handels)rente verschuldigd.",
           "##Artikel 4 Eigendomsvoorbehoud",
           "Geleverde zaken blijven eigendom van {name} totdat alle facturen volledig zijn voldaan.",
           "##Artikel 5 Klachten",
           "Klachten dienen binnen acht dagen na levering schriftelijk te worden gemeld.",
           "##Artikel 6 Aansprakelijkheid",
           "Onze aansprakelijkheid is beperkt tot het factuurbedrag van de betreffende opdracht.",
           "##Artikel 7 Toepasselijk recht",
           "Op alle overeenkomsten is Nederlands recht van toepassing."],
    "be": ["##Artikel 1 Toepassing",
           "Deze algemene voorwaarden zijn van toepassing op alle prestaties van {name}.",
           "##Artikel 2 Betaling",
           "Facturen zijn betaalbaar binnen 30 dagen na factuurdatum, met vermelding van de",
           "gestructureerde mededeling. Bij laattijdige betaling is van rechtswege een intrest",
           "verschuldigd overeenkomstig de wet van 2 augustus 2002, en een forfaitaire",
           "schadevergoeding van 10 % met een minimum van 40 euro.",
           "##Artikel 3 Protest",
           "Protest tegen een factuur dient binnen 8 dagen na ontvangst aangetekend te gebeuren.",
           "##Artikel 4 Bevoegdheid",
           "Enkel de rechtbanken van het arrondissement van onze maatschappelijke zetel zijn bevoegd."],
    "en": ["##1. Definitions",
           "In these terms 'we' means {name} and 'you' means the customer named on the order.",
           "##2. Quotations",
           "A quotation is valid for 30 days and is not an offer capable of acceptance after that.",
           "##3. Payment",
           "Unless agreed otherwise in writing, invoices are payable within 30 days of the invoice date.",
           "We may charge interest on late payments under the Late Payment of Commercial Debts",
           "(Interest) Act 1998.",
           "##4. Title and risk",
           "Risk passes on delivery; title passes only when we have been paid in full.",
           "##5. Liability",
           "Our total liability shall not exceed the price paid for the goods or services concerned."],
    "de": ["##§ 1 Geltungsbereich",
           "Diese Allgemeinen Geschäftsbedingungen gelten für alle Verträge mit {name}.",
           "##§ 2 Angebot und Vertragsschluss",
           "Unsere Angebote sind freibleibend. Ein Vertrag kommt mit unserer Auftragsbestätigung zustande.",
           "##§ 3 Zahlungsbedingungen",
           "Rechnungen sind, soweit nicht anders vereinbart, innerhalb von 14 Tagen ohne Abzug zahlbar.",
           "Bei Zahlungsverzug berechnen wir Verzugszinsen in gesetzlicher Höhe.",
           "##§ 4 Eigentumsvorbehalt",
           "Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
           "##§ 5 Gewährleistung",
           "Offensichtliche Mängel sind innerhalb von 7 Tagen nach Lieferung schriftlich anzuzeigen.",
           "##§ 6 Gerichtsstand",
           "Gerichtsstand ist der Sitz unseres Unternehmens."],
}


def terms_page(s, lang, title=None):
    t = title or {"nl": "Algemene voorwaarden", "be": "Algemene voorwaarden",
                  "en": "Terms and Conditions of Business", "de": "Allgemeine Geschäftsbedingungen (AGB)"}[lang]
    return text_page(s, t, [ln.format(name=s["name"]) for ln in TERMS[lang]])


def mandate_page(s, lang, creditor_id, mandate_ref, debtor_lines):
    if lang == "de":
        paras = ["Gläubiger-Identifikationsnummer: " + creditor_id, "Mandatsreferenz: " + mandate_ref, "",
                 "Ich ermächtige %s, Zahlungen von meinem Konto mittels Lastschrift einzuziehen." % s["name"],
                 "Zugleich weise ich mein Kreditinstitut an, die von %s auf mein Konto" % s["name"],
                 "gezogenen Lastschriften einzulösen. Ich kann innerhalb von acht Wochen, beginnend mit dem",
                 "Belastungsdatum, die Erstattung des belasteten Betrages verlangen.", ""]
        paras += ["Kontoinhaber: " + debtor_lines[0], "Anschrift: " + ", ".join(debtor_lines[1:]),
                  "IBAN: DE__ ____ ____ ____ ____ __", "BIC: ___________", "",
                  "Ort, Datum: ______________________   Unterschrift: ______________________"]
        title = "SEPA-Lastschriftmandat"
    elif lang == "en":
        paras = ["Creditor identifier: " + creditor_id, "Mandate reference: " + mandate_ref, "",
                 "By signing this mandate form, you authorise %s to send instructions to your" % s["name"],
                 "bank to debit your account, and your bank to debit your account in accordance with those",
                 "instructions. You are entitled to a refund from your bank within eight weeks.", "",
                 "Name of debtor: " + debtor_lines[0], "Address: " + ", ".join(debtor_lines[1:]),
                 "IBAN: ____ ____ ____ ____ ____ __", "BIC: ___________", "",
                 "Place and date: ____________________   Signature: ____________________"]
        title = "SEPA Direct Debit Mandate"
    else:
        paras = ["Incassant ID: " + creditor_id, "Kenmerk machtiging: " + mandate_ref, "",
                 "Door ondertekening van dit formulier geeft u toestemming aan %s om" % s["name"],
                 "doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te",
                 "schrijven, en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven",
                 "overeenkomstig de opdracht. Als u het niet eens bent met deze afschrijving kunt u deze",
                 "laten terugboeken binnen acht weken na afschrijving.", "",
                 "Naam: " + debtor_lines[0], "Adres: " + ", ".join(debtor_lines[1:]),
                 "IBAN: ____ ____ ____ ____ __", "", "Plaats en datum: ________________   Handtekening: ________________"]
        title = "Doorlopende machtiging SEPA"
    return text_page(s, title, paras, size=9)


def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def qr_iban(r):
    """A Swiss QR-IBAN: its bank part in the QR range 30000-31999, as a QR reference needs."""
    return iban_of("CH", "30" + "".join(r.choice("0123456789") for _ in range(15)))


def qr_page(s, debtor, debtor_addr, ref, amount):
    """The QR-bill's receipt and payment part on a page of its own."""
    p = Page()
    p.text(56, 560, "Empfangsschein", size=11, bold=True)
    p.text(230, 560, "Zahlteil", size=11, bold=True)
    rows = [("Konto / Zahlbar an", iban_spaced(s["iban"])), ("", s["name"]), ("", s["addr"].replace(" · ", ", ")),
            ("Referenz", qrr_spaced(ref)), ("Zahlbar durch", debtor), ("", debtor_addr),
            ("Währung", "CHF"), ("Betrag", amount)]
    y = 585
    for lab, val in rows:
        if lab:
            p.text(350, y, lab, size=7, bold=True)
            y += 10
        p.text(350, y, val, size=8)
        y += 11
    p.text(56, 585, "Konto / Zahlbar an", size=6, bold=True)
    p.text(56, 595, iban_spaced(s["iban"]), size=7)
    p.text(56, 615, "Referenz", size=6, bold=True)
    p.text(56, 625, qrr_spaced(ref), size=7)
    p.text(56, 645, "Betrag  CHF", size=6, bold=True)
    p.text(56, 655, amount, size=7)
    p.rule(220, 540, 220, 842)
    p.rule(0, 540, 595, 540)
    return p


# ---------------------------------------------------------------- invoices

SELLERS = {}


def seller(key, name, addr, mail_, country, reg="", phone="", bic=""):
    s = dict(name=name, addr=addr, mail=mail_, country=country, reg=reg, phone=phone, bic=bic)
    s["iban"] = iban(rng, country) if country != "US" else None
    SELLERS[key] = s
    return s


def pay_sentence(lang, cur, due_amt, due, iban_, number, term=None, ref=None):
    lg = base(lang)
    m = money_in(cur, lg, due_amt)
    if lang == "nl":
        t = "Wij verzoeken u vriendelijk %s vóór %s over te maken op %s" % (m, date_in("nl", due), iban_spaced(iban_))
        return [t, "o.v.v. factuurnummer %s." % number] if not ref else [t + ".", "Betalingskenmerk: " + ref]
    if lang == "be":
        return ["Gelieve %s te betalen vóór %s op rekening %s" % (m, date_in("be", due), iban_spaced(iban_)),
                "met vermelding van de gestructureerde mededeling %s." % ref]
    if lang == "en":
        if iban_ is None:
            return ["Please pay %s by %s. Checks payable to the company name above." % (m, date_in("en", due, "us"))]
        return ["Please pay %s by %s to IBAN %s," % (m, date_in("en", due), iban_spaced(iban_)),
                "quoting %s as your reference." % number]
    t = "Bitte überweisen Sie %s bis zum %s auf das Konto IBAN %s." % (m, date_in("de", due), iban_spaced(iban_))
    return [t] if not ref else [t, "Verwendungszweck: " + ref]


def invoice_doc(s, lang, spec):
    """The invoice's page(s) and its figures from @spec; returns (pages, figures)."""
    w = W[lang]
    cur = spec.get("cur", "EUR")
    lg = base(lang)
    amts, per, vat, net, total = sums(spec["lines"])
    sign = -1 if spec.get("credit") else 1
    deduct = spec.get("deduct", [])
    due_amt = total - sum(c for _, c in deduct)
    meta = list(spec.get("meta_before", []))
    meta += [(spec.get("num_label", w["num"]), spec["number"]),
             (spec.get("date_label", w["date"]), date_in(lang, spec["issue"], spec.get("dstyle")))]
    meta += spec.get("meta", [])
    if spec.get("due") and not spec.get("credit") and not spec.get("no_due_meta"):
        meta.append((spec.get("due_label", w["due"]), date_in(lang, spec["due"], spec.get("dstyle"))))
    vw = VAT_WORD.get(s["country"], w["vat"])
    rows = [(d, qty_txt(q, lang), money_in(cur, lg, u), money_in(cur, lg, a * sign))
            for (d, q, u, _), a in zip(spec["lines"], amts)]
    totals = [(w["net"], money_in(cur, lg, net * sign), False)]
    for r in sorted(per, key=lambda k: Decimal(str(k))):
        if spec.get("no_vat_rows"):
            break
        totals.append((spec.get("vat_label", vw).format(r=rate_txt(r, lang, s["country"])), money_in(cur, lg, vat[r] * sign), False))
    totals.append((spec.get("total_label", w["total"]), money_in(cur, lg, total * sign), not deduct))
    for lab, c in deduct:
        totals.append((lab, money_in(cur, lg, -c), False))
    if deduct:
        totals.append((spec.get("pay_label", w["pay"]), money_in(cur, lg, due_amt), True))
    totals += spec.get("after", [])
    notes = spec.get("notes")
    if notes is None:
        notes = pay_sentence(lang, cur, due_amt, spec["due"], s["iban"], spec["number"], ref=spec.get("ref_printed"))
    notes = [ln.replace("@DUE@", money_in(cur, lg, due_amt)).replace(
        "@OPEN@", money_in(cur, lg, due_amt + spec.get("open_extra", 0))) for ln in list(notes) + spec.get("notes_more", [])]
    head = [w["desc"], w["qty"], w["price"], w["amt"]]
    p = page(s, lang, spec["to"], spec["title"], meta, head, rows, totals, notes, ship=spec.get("ship"))
    for it in spec.get("extra_items", []):
        p.text(*it[:3], size=it[3] if len(it) > 3 else 8.5, bold=it[4] if len(it) > 4 else False)
    pages = [p] + spec.get("more_pages", [])
    if len(pages) > 1:
        for k, pg in enumerate(pages):
            pg.right(539, 830, "%s %d/%d" % (w["page"], k + 1, len(pages)), size=7)
    fig = dict(net=net, total=total * sign, due=due_amt * sign, vat=vat, per=per, amts=amts, deduct=deduct)
    return pages, fig


def body_text_of(s, lang, spec, fig):
    """The same invoice as 'label: value' lines in a mail body."""
    w = W[lang]
    cur, lg = spec.get("cur", "EUR"), base(lang)
    billed = {"nl": "Factuur aan", "be": "Factuur aan", "en": "Bill to", "de": "Rechnung an"}[lang]
    out = ["%s: %s" % (billed, ", ".join(spec["to"])), "%s: %s" % (w["num"], spec["number"]),
           "%s: %s" % (w["date"], date_in(lang, spec["issue"]))]
    if spec.get("due"):
        out.append("%s: %s" % (w["due"], date_in(lang, spec["due"])))
    out.append("")
    for (d, q, u, _), a in zip(spec["lines"], fig["amts"]):
        out.append("%s  %s x %s  %s" % (d, qty_txt(q, lang), money_in(cur, lg, u), money_in(cur, lg, a)))
    out.append("%s: %s" % (w["net"], money_in(cur, lg, fig["net"])))
    for r in sorted(fig["per"], key=lambda k: Decimal(str(k))):
        out.append("%s: %s" % (VAT_WORD.get(s["country"], w["vat"]).format(r=rate_txt(r, lang, s["country"])), money_in(cur, lg, fig["vat"][r])))
    out.append("%s: %s" % (w["total"], money_in(cur, lg, fig["total"])))
    for lab, c in fig["deduct"]:
        out.append("%s: %s" % (lab, money_in(cur, lg, -c)))
    if fig["deduct"]:
        out.append("%s: %s" % (w["pay"], money_in(cur, lg, fig["due"])))
    if s.get("iban"):
        out.append("IBAN: %s" % iban_spaced(s["iban"]))
    return "\n".join(out)


RECS = []
SPECS = {}


def to_header(display, addr):
    return "%s <%s>" % (header_words('"%s"' % display if "," in display else display), addr) if display else addr


def add_invoice(n, s, lang, tool, spec):
    cur = spec.get("cur", "EUR")
    pages, fig = invoice_doc(s, lang, spec)
    cover = spec["cover"].format(iban=s["iban"] and iban_spaced(s["iban"]), number=spec["number"]).replace(
        "@DUE@", money_in(cur, base(lang), fig["due"]))
    kind = spec.get("kind", "pdf")
    att = spec.get("att")  # (position, filename, pages)
    more = dict(pdf2=att[0]) if att else {}
    if kind == "pdf":
        if spec.get("body_copy"):
            cover = cover + "\n\n" + body_text_of(s, lang, spec, fig) + "\n\n" + spec.get("sign", "")
        eml = mail(rng, s["mail"], header_words(spec.get("from_name", s["name"])),
                   to_header(spec.get("to_display"), spec["email"]), header_words(spec["subject"]),
                   spec["sent"], body_text=cover, pdf=True, **more)
    else:
        eml = mail(rng, s["mail"], header_words(spec.get("from_name", s["name"])),
                   to_header(spec.get("to_display"), spec["email"]), header_words(spec["subject"]),
                   spec["sent"], body_text=cover + "\n\n" + body_text_of(s, lang, spec, fig) + "\n\n" + spec.get("sign", ""))
        pages = None
    credit = bool(spec.get("credit"))
    exp = expected(spec["number"], fig["due"], fig["total"], spec["issue"], None if credit else spec["due"],
                   spec["debtor"], spec["email"], s["iban"], spec["business"], base(lang),
                   reference=spec.get("ref"), currency=cur, credit=credit)
    r = record("inv-hold32-%03d" % n, tool, base(lang), kind, {"mail_from": s["mail"], "rcpt_to": [spec["email"]]},
               eml, pages=pages, pdf_filename=spec.get("pdfname"), expected=exp, note=spec["note"],
               pages2=att[2] if att else None, pdf2_filename=att[1] if att else None)
    r["_country"] = s["country"]
    r["_flemish"] = lang == "be"
    r["_fig"] = fig
    SPECS[n] = spec
    RECS.append(r)


def add_none(n, s, lang, tool, subject, sent, email_, display, cover, why, note, pages=None, pdfname=None,
             att=None):
    more = dict(pdf2=att[0]) if att else {}
    eml = mail(rng, s["mail"], header_words(s["name"]), to_header(display, email_), header_words(subject), sent,
               body_text=cover, pdf=pages is not None, **more)
    r = record("inv-hold32-%03d" % n, tool, base(lang), "none", {"mail_from": s["mail"], "rcpt_to": [email_]},
               eml, pages=pages, pdf_filename=pdfname, why_not=why, note=note,
               pages2=att[2] if att else None, pdf2_filename=att[1] if att else None)
    r["_country"] = s["country"]
    r["_flemish"] = lang == "be"
    RECS.append(r)


def tsheet(s, lang, title, meta, rows, foot_lines):
    """A timesheet, packing list or delivery note: a table without money."""
    heads = {"nl": ["Datum / omschrijving", "Uren"], "be": ["Datum / prestatie", "Uren"],
             "en": ["Date / work", "Hours"], "de": ["Datum / Tätigkeit", "Stunden"]}
    p = page(s, lang, [], title, meta, None, [], [], [])
    y = 290
    hours = any(w_ in title for w_ in ("Uren", "Timesheet", "Stunden", "Prestatie"))
    if not hours:
        heads = {"nl": ["Artikel", "Aantal"], "be": ["Artikel", "Aantal"], "en": ["Item", "Qty"], "de": ["Artikel", "Menge"]}
    p.text(56, y, heads[lang][0], size=8.5, bold=True)
    p.right(539, y, heads[lang][1], size=8.5, bold=True)
    p.rule(56, y + 4, 539, y + 4)
    y += 17
    for row in rows:
        p.text(56, y, row[0], size=8.5)
        if row[1]:
            p.right(539, y, row[1], size=8.5)
        y += 13
    y += 10
    for ln in foot_lines:
        p.text(56, y, ln, size=8.5)
        y += 12
    return p


def invoices():
    # ---------------------------------------------------------------- Dutch (NL)
    s = seller("nl1", "Van Rijswijk Interieurbouw B.V.", "Industrieweg 14 · 3401 MA IJsselstein",
               "facturen@vanrijswijk-interieur.nl", "NL", reg="KvK 71044382 · BTW NL858874412B01")
    add_invoice(1, s, "nl", "moneybird", dict(
        number="2026-0318", issue=D(2026, 11, 24), due=D(2026, 12, 8), title="Factuur",
        to=["Koffiebranderij De Vijzel B.V.", "t.a.v. mevrouw S. Hamersma", "Vijzelstraat 9", "3511 KT Utrecht"],
        debtor="Koffiebranderij De Vijzel B.V.", email="administratie@devijzel-koffie.nl", business=True,
        to_display="Administratie De Vijzel", meta=[(W["nl"]["cust"], "1047")],
        lines=[("Toonbank eiken, maatwerk 320 cm", 1, 284000, 21), ("Wandrek met 6 legborden", 2, 46500, 21),
               ("Montage op locatie (uren)", 14, 5800, 21)],
        subject="Factuur 2026-0318 van Van Rijswijk Interieurbouw B.V.", sent=D(2026, 11, 24),
        cover="Beste Sanne,\n\nIn de bijlage vind je factuur 2026-0318 voor de toonbank en wandrekken.\n"
              "Onze algemene voorwaarden sturen we, zoals afgesproken, als tweede bijlage mee.\n\n"
              "Met vriendelijke groet,\nMaarten van Rijswijk\n\n-- \nDeze factuur is verstuurd met Moneybird",
        pdfname="Factuur 2026-0318.pdf", att=("after", "Algemene voorwaarden Van Rijswijk 2026.pdf", [terms_page(s, "nl")]),
        note="Invoice PDF first, the general terms as a second PDF (payment term 14 days, retention of title)."))

    s = seller("nl2", "Bureau Kerkhof Advies", "Stationsplein 3 · 8011 CW Zwolle", "administratie@kerkhofadvies.nl",
               "NL", reg="KvK 80127743 · btw NL004512876B31")
    add_invoice(2, s, "nl", "e-boekhouden", dict(
        number="F20260412", issue=D(2026, 12, 1), due=D(2026, 12, 31), title="FACTUUR",
        to=["Gemeente Dalfsen", "Afdeling Ruimte", "Postbus 35", "7720 AA Dalfsen"],
        debtor="Gemeente Dalfsen", email="facturen@dalfsen-gemeente.nl", business=True,
        meta=[("Inkoopordernr.", "4500219874"), ("Periode", "november 2026")],
        lines=[("Advies omgevingsplan, november 2026", "37.5", 11250, 21), ("Reiskosten (km)", 212, 23, 21)],
        subject="Factuur F20260412 met urenverantwoording", sent=D(2026, 12, 1),
        cover="Geachte heer, mevrouw,\n\nBijgaand ontvangt u factuur F20260412 over november 2026, met de\n"
              "urenverantwoording als aparte bijlage (inkoopordernummer 4500219874).\n\n"
              "Met vriendelijke groet,\nIngrid Kerkhof",
        pdfname="F20260412.pdf",
        att=("after", "Urenspecificatie november 2026.pdf", [tsheet(s, "nl", "Urenspecificatie november 2026",
             [("Opdracht", "Omgevingsplan"), ("Inkoopordernr.", "4500219874")],
             [("03-11-2026 intake en documentstudie", "6,0"), ("10-11-2026 werksessie gemeente", "7,5"),
              ("12-11-2026 concept regels", "8,0"), ("19-11-2026 verwerking reacties", "6,0"),
              ("26-11-2026 eindversie en toelichting", "10,0"), ("Totaal", "37,5")],
             ["Uren zijn gefactureerd op factuur F20260412."])]),
        notes=["Betaling binnen 30 dagen na factuurdatum op %s" % iban_spaced(s["iban"]), "o.v.v. het factuurnummer."],
        note="Hours 37,5 in a separate hours specification PDF; a PO number and a period beside the invoice number."))

    s = seller("nl3", "Groothandel Bloemendaal Horeca", "Kruisweg 880 · 2132 NG Hoofddorp", "orders@bloemendaal-horeca.nl",
               "NL", reg="KvK 34228801 · BTW NL801236654B01")
    add_invoice(3, s, "nl", "snelstart", dict(
        number="VF26-10773", issue=D(2026, 11, 27), due=D(2026, 12, 11), title="Verkoopfactuur",
        to=["Eetcafé 't Schippertje V.O.F.", "Postbus 118", "1440 AC Purmerend"],
        ship=["Eetcafé 't Schippertje", "Kaasmarkt 4", "1441 BG Purmerend"],
        debtor="Eetcafé 't Schippertje V.O.F.", email="info@schippertje-purmerend.nl", business=True,
        meta=[("Debiteurnr.", "20318"), ("Ordernr.", "ORD-55120"), ("Leverdatum", "26-11-2026")],
        lines=[("Bierglas Vaasje 22 cl (doos 24)", 6, 3180, 21), ("Koffiekop + schotel wit (doos 12)", 4, 4450, 21),
               ("Servetten 33x33 2-laags (pak 500)", 5, 1295, 21), ("Koffiebonen Espresso 1 kg", 10, 1780, 9)],
        subject="Pakbon en factuur ORD-55120", sent=D(2026, 11, 27),
        cover="Goedemiddag,\n\nHierbij de pakbon en de verkoopfactuur van uw bestelling ORD-55120.\n\n"
              "Met vriendelijke groet,\nBinnendienst Bloemendaal Horeca",
        pdfname="VF26-10773.pdf",
        att=("before", "Pakbon PB26-08811.pdf", [tsheet(s, "nl", "Pakbon PB26-08811",
             [("Ordernr.", "ORD-55120"), ("Leverdatum", "26-11-2026")],
             [("Bierglas Vaasje 22 cl (doos 24)", "6"), ("Koffiekop + schotel wit (doos 12)", "4"),
              ("Servetten 33x33 2-laags (pak 500)", "5"), ("Koffiebonen Espresso 1 kg", "10")],
             ["Colli: 3   Gewicht: 41 kg", "Voor ontvangst: ____________________"])]),
        note="The packing slip is the first attachment, the invoice the second; an invoice address (Postbus) and a delivery address; two VAT rates."))

    s = seller("nl4", "Schildersbedrijf R. Oosterhuis", "Dorpsstraat 61 · 9301 KG Roden", "r.oosterhuis@kpnmail.nl",
               "NL", reg="KvK 02098711 · btw NL001866231B45", phone="06-41872290")
    add_invoice(4, s, "nl", "word", dict(
        number="2026-057", issue=D(2026, 11, 20), due=D(2026, 12, 4), title="FACTUUR",
        to=["Fam. Kuipers", "Esdoornlaan 12", "9301 RT Roden"],
        debtor="Fam. Kuipers", email="jan.kuipers@ziggo.nl", business=False, to_display="Jan Kuipers",
        lines=[("Schilderwerk buitenkozijnen voorgevel", 1, 186000, 21), ("Materiaal (verf, kit, grondverf)", 1, 31250, 21)],
        notes=["Graag binnen 14 dagen overmaken op %s t.n.v. R. Oosterhuis" % iban_spaced(s["iban"]),
               "onder vermelding van het factuurnummer."],
        subject="factuur", sent=D(2026, 11, 22),
        cover="Goedemiddag meneer Kuipers,\n\nHierbij de factuur voor het schilderwerk. Zie bijlage.\n\n"
              "Groet,\nRoelof Oosterhuis\n06-41872290\n\nVerzonden vanaf mijn iPhone",
        pdfname="scan_0042.pdf",
        note="A Word invoice scanned under a meaningless file name; 'Fam. Kuipers' is the household's name."))

    s = seller("nl5", "Fysio Totaal Hoogeveen B.V.", "Het Haagje 40 · 7901 BE Hoogeveen", "debiteuren@fysiototaal-hgv.nl",
               "NL", reg="KvK 65528109")
    debit_iban = iban(rng, "NL")
    add_invoice(5, s, "nl", "twinfield", dict(
        number="31400291", issue=D(2026, 12, 2), due=D(2026, 12, 16), title="Factuur",
        to=["Bouwbedrijf Zwiers & Zn. B.V.", "t.a.v. P&O", "Bentinckslaan 2", "7902 AC Hoogeveen"],
        debtor="Bouwbedrijf Zwiers & Zn. B.V.", email="po@zwiers-bouw.nl", business=True,
        meta=[("Relatienr.", "100872"), ("Contractnr.", "BGZ-2026-014")],
        lines=[("Bedrijfsfysiotherapie december (abonnement)", 1, 64500, 21),
               ("Werkplekonderzoek 3 medewerkers", 3, 9500, 21)],
        notes=["Dit bedrag wordt op %s automatisch afgeschreven van uw rekening" % date_in("nl", D(2026, 12, 16)),
               "%s (machtiging BGZ-2026-014). Onze rekening: %s." % (iban_spaced(debit_iban), iban_spaced(s["iban"]))],
        subject="Factuur 31400291 Fysio Totaal Hoogeveen", sent=D(2026, 12, 2),
        cover="Geachte relatie,\n\nIn de bijlage treft u factuur 31400291 aan. Het bedrag wordt automatisch\n"
              "geïncasseerd. Op pagina 2 vindt u het machtigingsformulier voor het nieuwe contract; wilt u dit\n"
              "ondertekend retourneren?\n\nMet vriendelijke groet,\nFysio Totaal Hoogeveen",
        pdfname="31400291.pdf",
        more_pages=[mandate_page(s, "nl", "NL44ZZZ655281090000", "BGZ-2026-015",
                                 ["Bouwbedrijf Zwiers & Zn. B.V.", "Bentinckslaan 2", "7902 AC Hoogeveen"])],
        note="Two IBANs on the page: the customer's debited account and the sender's; page 2 is a SEPA mandate form."))

    s = seller("nl6", "Drukkerij Hoekstra", "Zuiderhaven 7 · 8861 CK Harlingen", "info@drukkerijhoekstra.nl", "NL",
               reg="KvK 01087452 · BTW NL001122398B01")
    ref6 = "3000 1274 5512 0089"
    add_invoice(6, s, "nl", "moneybird", dict(
        number="2026-1180", issue=D(2026, 11, 30), due=D(2026, 12, 14), title="Factuur",
        to=["Watersportvereniging De Zwette", "Secretariaat", "Sneekerweg 3", "8605 BN Sneek"],
        debtor="Watersportvereniging De Zwette", email="penningmeester@dezwette.nl", business=True,
        lines=[("Clubblad 'Op de Zwette' nr. 4, 450 ex.", 450, 118, 9), ("Verzending PostNL", 1, 18600, 21)],
        ref="3000127455120089",
        open_extra=61240 + 58765,
        notes=["Betaal @DUE@ vóór %s op %s," % (date_in("nl", D(2026, 12, 14)), iban_spaced(s["iban"])),
               "betalingskenmerk %s." % ref6, "Nog openstaand van eerdere facturen:",
               "2026-1011   30-09-2026   € 612,40", "2026-1094   31-10-2026   € 587,65",
               "Totaal openstaand inclusief deze factuur: @OPEN@"],
        subject="Factuur 2026-1180 Drukkerij Hoekstra", sent=D(2026, 11, 30),
        cover="Beste penningmeester,\n\nHierbij factuur 2026-1180 voor clubblad nummer 4.\n"
              "Op de factuur staan ook de twee eerdere facturen die nog openstaan; wilt u die meenemen?\n\n"
              "Groet,\nWiebe Hoekstra",
        pdfname="Factuur_2026-1180.pdf",
        note="The page lists two earlier invoices still open and a total open including this one; this mail bills 2026-1180 only."))

    s = seller("nl7", "Tuincentrum De Linde", "Rijksstraatweg 210 · 7231 AJ Warnsveld", "webshop@tuincentrumdelinde.nl",
               "NL", reg="KvK 08112267 · btw NL814402215B01")
    add_invoice(7, s, "nl", "exact-online", dict(
        number="22600841", issue=D(2026, 11, 18), due=D(2026, 12, 2), title="Factuur",
        to=["Hoveniersbedrijf Groenrijk", "Hessenweg 18", "7231 PL Warnsveld"],
        debtor="Hoveniersbedrijf Groenrijk", email="groenrijk.hoveniers@gmail.com", business=True,
        meta=[("Uw referentie", "Tuin Bleeker"), ("Orderdatum", "09-11-2026")],
        lines=[("Taxus baccata 80-100 kluit", 40, 1450, 9), ("Tuinaarde zak 40 l", 30, 395, 21),
               ("Retour: Taxus baccata 80-100 kluit", -6, 1450, 9), ("Sierbestrating Tegel 60x60 antraciet", 24, 1875, 21)],
        deduct=[("Reeds betaald (pin 09-11-2026)", 25000)],
        subject="Factuur 22600841", sent=D(2026, 11, 18),
        cover="Geachte heer, mevrouw,\n\nBijgaand treft u factuur 22600841 aan. De geretourneerde planten zijn op\n"
              "de factuur verrekend, evenals uw aanbetaling bij de kassa.\n\nMet vriendelijke groet,\nTuincentrum De Linde\n\n"
              "Dit bericht is verzonden met Exact Online",
        pdfname="Factuur_22600841.pdf",
        note="A returned item as a negative line inside the net, then a payment at the till deducted: total and amount due both on the page."))

    s = seller("nl8", "Voegbedrijf M. Dekker", "Ambachtsweg 9 · 2222 AH Katwijk", "info@voegbedrijfdekker.nl", "NL",
               reg="KvK 57712081 · btw NL002337154B02")
    g_iban = iban(rng, "NL")
    add_invoice(8, s, "nl", "snelstart", dict(
        number="2026-0092", issue=D(2026, 11, 26), due=D(2026, 12, 24), title="Factuur",
        to=["Bouwcombinatie Duinzicht B.V.", "t.a.v. crediteurenadministratie", "Zeeweg 201", "2224 CJ Katwijk"],
        debtor="Bouwcombinatie Duinzicht B.V.", email="crediteuren@duinzicht-bouw.nl", business=True,
        meta=[("Project", "Duinzicht fase 2, blok C"), ("Uw ordernr.", "DZ-OA-0417")],
        lines=[("Voegwerk gevels blok C (termijn 2)", 1, 1840000, 0), ("Steigerhuur week 46-47", 2, 38000, 0)],
        no_vat_rows=True, vat_label="BTW verlegd",
        after=[("BTW verlegd (art. 24ba Wet OB)", "€ 0,00", False)],
        notes=["Betaling binnen 28 dagen. Van het factuurbedrag € 19.160,00 graag:",
               "€ 6.706,00 (35%% loonkostendeel) op G-rekening %s" % iban_spaced(g_iban),
               "€ 12.454,00 op rekening %s" % iban_spaced(s["iban"]), "onder vermelding van 2026-0092."],
        subject="Factuur 2026-0092 Duinzicht blok C", sent=D(2026, 11, 26),
        cover="Goedemiddag,\n\nBijgevoegd factuur 2026-0092 voor termijn 2 van het voegwerk blok C.\n"
              "Let op de verdeling over de G-rekening.\n\nMet vriendelijke groet,\nMark Dekker",
        pdfname="Factuur 2026-0092.pdf",
        note="A subcontractor's invoice, VAT reverse-charged, its total split: 35 % to the blocked G-account, the rest to the ordinary account."))

    s = seller("nl9", "Fietsspeciaalzaak Wielders", "Markt 22 · 6211 CL Maastricht", "administratie@wielders-fietsen.nl",
               "NL", reg="KvK 14092276 · BTW NL001499872B01")
    add_invoice(9, s, "nl", "snelstart", dict(
        number="F-2026-1442", issue=D(2026, 12, 3), due=D(2026, 12, 17), title="Factuur",
        to=["Koeriersdienst Snelpost Limburg", "Ambyerstraat Zuid 80", "6225 AJ Maastricht"],
        debtor="Koeriersdienst Snelpost Limburg", email="inkoop@snelpost-limburg.nl", business=True,
        meta=[("Klantnr.", "4471"), ("Ordernr.", "O-26-0388")],
        lines=[("Bakfiets elektrisch 'Cargo L'", 2, 389000, 21), ("Slot ART-2 kettingslot", 2, 8950, 21)],
        subject="Factuur F-2026-1442 en creditnota C-2026-0061", sent=D(2026, 12, 3),
        cover="Beste heer Lemmens,\n\nIn de bijlage de factuur F-2026-1442 voor de twee bakfietsen. Helaas was de\n"
              "afgesproken fleetkorting van 5% er niet op verwerkt; daarvoor sturen we creditnota C-2026-0061 mee.\n"
              "Per saldo is dus € 9.159,70 te betalen.\n\n"
              "Met vriendelijke groet,\nAnnemiek Wielders",
        pdfname="F-2026-1442.pdf",
        att=("after", "C-2026-0061.pdf", None),
        note="The invoice and its own credit note (a discount forgotten) in one mail as two PDFs, the cover giving the net; labelled as the invoice with its own amounts."))
    # the credit note beside it, drawn as the same tool draws it
    cn_pages, _ = invoice_doc(s, "nl", dict(number="C-2026-0061", issue=D(2026, 12, 3), due=None, credit=True,
                                            title="Creditnota", to=["Koeriersdienst Snelpost Limburg", "Ambyerstraat Zuid 80", "6225 AJ Maastricht"],
                                            num_label="Creditnotanummer", meta=[("Betreft factuur", "F-2026-1442")],
                                            lines=[("Fleetkorting 5% op 2 bakfietsen", 1, 38900, 21)],
                                            notes=["Dit bedrag wordt verrekend met factuur F-2026-1442."]))
    RECS[-1]["pdf2"] = {"pages": [p.json() for p in cn_pages]}
    RECS[-1]["pdf2_filename"] = "C-2026-0061.pdf"

    s = seller("nl10", "Schoonmaakbedrijf Glansrijk", "Transportweg 31 · 2742 RH Waddinxveen", "facturatie@glansrijk.nl",
               "NL", reg="KvK 61554018")
    add_invoice(10, s, "nl", "moneybird", dict(
        number="GR-2026-2204", issue=D(2026, 11, 30), due=D(2026, 12, 14), title="Factuur",
        to=["Tandartspraktijk Het Lint", "Kerkweg 2", "2741 GX Waddinxveen"],
        debtor="Tandartspraktijk Het Lint", email="info@tandartshetlint.nl", business=True,
        meta=[("Periode", "november 2026")],
        lines=[("Dagelijkse schoonmaak praktijk, november", 1, 98000, 21), ("Glasbewassing buiten", 1, 14500, 21)],
        subject="Facturen GR-2026-2204 en GR-2026-2205", sent=D(2026, 11, 30),
        cover="Beste mevrouw Verduin,\n\nHierbij twee facturen: GR-2026-2204 voor de schoonmaak in november en\n"
              "GR-2026-2205 voor de extra dieptereiniging van de behandelkamers.\n\nMet vriendelijke groet,\nGlansrijk",
        pdfname="Factuur GR-2026-2204.pdf", att=("after", "Factuur GR-2026-2205.pdf", None),
        note="Two invoices in one mail as two PDFs; labelled as the first (first in the subject, the first attachment)."))
    two_pages, _ = invoice_doc(s, "nl", dict(number="GR-2026-2205", issue=D(2026, 11, 30), due=D(2026, 12, 14),
                                             title="Factuur", to=["Tandartspraktijk Het Lint", "Kerkweg 2", "2741 GX Waddinxveen"],
                                             lines=[("Dieptereiniging 4 behandelkamers", 4, 16500, 21)]))
    RECS[-1]["pdf2"] = {"pages": [p.json() for p in two_pages]}
    RECS[-1]["pdf2_filename"] = "Factuur GR-2026-2205.pdf"

    s = seller("nl11", "Vertaalbureau Lingua Tilburg", "Piusstraat 55 · 5038 WP Tilburg", "info@linguatilburg.nl", "NL",
               reg="KvK 18055271 · btw NL002876112B18")
    add_invoice(11, s, "nl", "word", dict(
        number="LT26-0231", issue=D(2026, 11, 25), due=D(2026, 12, 25), title="Factuur",
        to=["Advocatenkantoor Brugmans Van Loon", "Postbus 4012", "5004 JA Tilburg"],
        debtor="Advocatenkantoor Brugmans Van Loon", email="secretariaat@brugmansvanloon.nl", business=True,
        meta=[("Uw dossier", "2026/1187-BVL")],
        lines=[("Beëdigde vertaling NL-DE, 3.420 woorden", 3420, 16, 21), ("Legalisatie rechtbank", 1, 3500, 21)],
        notes=["Betalingstermijn 30 dagen. IBAN %s." % iban_spaced(s["iban"])],
        subject="Factuur LT26-0231 (dossier 2026/1187-BVL)", sent=D(2026, 11, 25),
        cover="Geachte mevrouw Brugmans,\n\nHieronder en in de bijlage onze factuur voor de beëdigde vertaling.",
        body_copy=True, sign="Met vriendelijke groet,\nAnouk de Graaf\nVertaalbureau Lingua Tilburg",
        pdfname="LT26-0231.pdf",
        note="The invoice set out in the mail body and the same invoice as PDF; a dossier number beside the invoice number."))

    s = seller("nl12", "Koeltechniek Haaglanden", "Zuiderweg 72 · 2289 BV Rijswijk", "facturen@koeltechniek-haaglanden.nl",
               "NL", reg="KvK 27115630 · BTW NL009115337B01")
    add_invoice(12, s, "nl", "exact-online", dict(
        number="60012873", issue=D(2026, 11, 10), due=D(2026, 12, 10), title="Factuur",
        to=["Slagerij Van der Knaap", "Herenstraat 44", "2282 BS Rijswijk"],
        debtor="Slagerij Van der Knaap", email="slagerij@vanderknaap-rijswijk.nl", business=True,
        meta=[("Werkbon", "WB-88120")],
        lines=[("Storing koelcel verholpen, compressor vervangen", 1, 148000, 21), ("Voorrijkosten", 1, 6500, 21)],
        subject="FW: Factuur 60012873 - nieuw e-mailadres", sent=D(2026, 11, 28),
        cover="Goedemiddag,\n\nOnze mail van 10 november kwam terug (onbestelbaar). Zie hieronder de factuur\n"
              "nogmaals, nu naar uw nieuwe adres. De vervaldatum blijft 10-12-2026.\n\nMet vriendelijke groet,\n"
              "Esther Bos, administratie\n\n-----Oorspronkelijk bericht-----\nVan: Koeltechniek Haaglanden\n"
              "Verzonden: dinsdag 10 november 2026 09:12\nAan: info@slagerijvanderknaap.nl\nOnderwerp: Factuur 60012873\n\n"
              "Geachte heer, mevrouw,\n\nBijgaand treft u factuur 60012873 aan.\n\nDit bericht is verzonden met Exact Online",
        pdfname="Factuur_60012873.pdf",
        note="An invoice forwarded again by its sender after a bounce, to a new address, with 'zie hieronder'; original number and dates."))

    s = seller("nl13", "Zonnepanelen Oost B.V.", "Havenstraat 6 · 7005 AG Doetinchem", "administratie@zonnepanelen-oost.nl",
               "NL", reg="KvK 09221884 · BTW NL862201145B01")
    add_invoice(13, s, "nl", "word", dict(
        number="ZO-26-0512", issue=D(2026, 11, 19), due=D(2026, 12, 3), title="Factuur",
        to=["Dhr. en mevr. Hendriksen", "Vlierweg 7", "7004 HB Doetinchem"],
        debtor="Dhr. en mevr. Hendriksen", email="hendriksen.vlierweg@hetnet.nl", business=False,
        meta=[("Offertenr.", "OF-26-0377"), ("Installatiedatum", "14-11-2026")],
        lines=[("Zonnepaneel 440 Wp full black", 12, 17900, 0), ("Omvormer 5 kW", 1, 112000, 0),
               ("Montage en aansluiting", 1, 95000, 0)],
        vat_label="BTW {r} (art. 9 Wet OB)",
        deduct=[("Aanbetaling 30% (factuur ZO-26-0488)", 126540)],
        subject="Factuur ZO-26-0512 en getekende offerte", sent=D(2026, 11, 19),
        cover="Beste familie Hendriksen,\n\nHartelijk dank voor uw opdracht. In de bijlage de eindfactuur en ter\n"
              "controle een kopie van de door u getekende offerte OF-26-0377.\n\nMet zonnige groet,\nZonnepanelen Oost",
        pdfname="Factuur ZO-26-0512.pdf",
        att=("after", "Offerte OF-26-0377 getekend.pdf", [page(s, "nl", ["Dhr. en mevr. Hendriksen", "Vlierweg 7", "7004 HB Doetinchem"],
             "Offerte OF-26-0377", [("Offertedatum", "20-10-2026"), ("Geldig tot", "19-11-2026")],
             ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
             [("Zonnepaneel 440 Wp full black", "12", "€ 179,00", "€ 2.148,00"), ("Omvormer 5 kW", "1", "€ 1.120,00", "€ 1.120,00"),
              ("Montage en aansluiting", "1", "€ 950,00", "€ 950,00")],
             [("Totaal (0% btw)", "€ 4.218,00", True)],
             ["Voor akkoord: 22-10-2026  (getekend) H. Hendriksen", "Aanbetaling 30% bij opdracht, rest na oplevering."])]),
        note="Final invoice after a 30 % deposit (deducted by number) beside a copy of the signed quote with its own total."))

    s = seller("nl14", "Wijnkoperij Het Wapen", "Lange Kerkstraat 3 · 4331 AJ Middelburg", "bestellingen@hetwapen-wijn.nl",
               "NL", reg="KvK 22054481 · BTW NL001774212B01")
    add_invoice(14, s, "nl", "e-boekhouden", dict(
        number="20261208", issue=D(2026, 12, 4), due=D(2026, 12, 18), title="Factuur",
        to=["Hotel De Zeeuwse Stromen", "t.a.v. F&B manager", "Boulevard de Ruyter 14", "4381 KA Vlissingen"],
        debtor="Hotel De Zeeuwse Stromen", email="fb@zeeuwsestromen.nl", business=True,
        lines=[("Muscadet Sèvre et Maine 2024 (doos 6)", 8, 7350, 21), ("Crémant de Loire brut (doos 6)", 5, 9900, 21)],
        subject="Kerstnieuwsbrief en factuur 20261208", sent=D(2026, 12, 4),
        cover="Beste relatie,\n\nBijgevoegd onze kerstnieuwsbrief met de feestdagenselectie, en de factuur van uw\n"
              "bestelling van vorige week.\n\nProost!\nWijnkoperij Het Wapen",
        pdfname="factuur 20261208.pdf",
        att=("before", "Nieuwsbrief december 2026.pdf", [text_page(s, "Feestdagenselectie 2026", [
            "##Bubbels", "Crémant de Loire brut — € 16,50 per fles, 6 voor € 89,00",
            "Cava Reserva — € 13,95 per fles", "##Wit", "Muscadet Sèvre et Maine 2024 — € 12,25",
            "Riesling Kabinett 2023 — € 15,75", "##Rood", "Côtes du Rhône Villages — € 14,50",
            "", "Bestel vóór 18 december en wij bezorgen vóór Kerst. Actie: 10% korting vanaf 12 flessen."])]),
        note="A newsletter full of prices as the first PDF, the invoice second."))

    s = seller("nl15", "Kantoorvakhandel Prins", "Stationsweg 101 · 6711 PT Ede", "verkoop@kantoorprins.nl", "NL",
               reg="KvK 09087654 · BTW NL001238761B01")
    add_invoice(15, s, "nl", "exact-online", dict(
        number="V2026-30417", issue=D(2026, 11, 27), due=D(2026, 12, 27), title="Factuur",
        to=["Accountantskantoor Verhoef & Co", "Postbus 302", "6710 BH Ede"],
        ship=["Verhoef & Co", "Vestiging Wageningen", "Nudepark 14", "6702 DZ Wageningen"],
        debtor="Accountantskantoor Verhoef & Co", email="inkoop@verhoef-accountants.nl", business=True,
        meta=[("Orderdatum", "17-11-2026"), ("Leverdatum", "20-11-2026"), ("Ordernr.", "VO-118204"), ("Debiteur", "30022")],
        lines=[("Bureaustoel ergonomisch 'Flex 3'", 4, 42900, 21), ("Monitorarm dubbel", 4, 8950, 21)],
        notes=["Betalingsconditie: 30 dagen netto.", "IBAN %s t.n.v. Kantoorvakhandel Prins." % iban_spaced(s["iban"])],
        subject="Factuur V2026-30417", sent=D(2026, 11, 27),
        cover="Geachte relatie,\n\nIn de bijlage uw factuur V2026-30417.\n\nDit bericht is verzonden met Exact Online",
        pdfname="V2026-30417.pdf",
        note="Four dates and three numbers in the meta block; invoice address a Postbus, delivery to another branch."))

    s = seller("nl16", "Bakkerij Stroeve", "Kerkstraat 19 · 1901 EB Castricum", "bestellingen@bakkerijstroeve.nl", "NL",
               reg="KvK 37081291 · btw NL001093212B01")
    add_invoice(16, s, "nl", "word", dict(
        number="2026/0448", issue=D(2026, 12, 1), due=D(2026, 12, 15), title="Factuur",
        to=["Zorgcentrum Duinrand", "Afdeling Facilitair", "Duinweg 5", "1901 KN Castricum"],
        debtor="Zorgcentrum Duinrand", email="facilitair@duinrand-zorg.nl", business=True,
        meta=[("Bestelnummer", "FAC-26-1120")],
        lines=[("Brood en banket week 44-47", 1, 164320, 9), ("Gebak jubileum 40 jaar", 60, 325, 9)],
        notes=["Graag binnen 14 dagen voldoen op %s." % iban_spaced(s["iban"])],
        kind="body-text",
        subject="Factuur 2026/0448 (bestelnummer FAC-26-1120)", sent=D(2026, 12, 1),
        cover="Beste mevrouw Roos,\n\nHieronder onze factuur voor november. Een pdf sturen we niet mee; de\n"
              "bestelbonnen van de vier weken liggen bij de receptie.",
        sign="Met vriendelijke groet,\nBakkerij Stroeve",
        note="Invoice typed in the mail body, an order number in the subject beside the invoice number."))

    # ---------------------------------------------------------------- Flemish
    s = seller("be1", "Dakwerken Vermeulen BV", "Gentsesteenweg 188 · 9300 Aalst", "boekhouding@dakwerken-vermeulen.be",
               "BE", reg="BTW BE 0712.448.905 · RPR Gent")
    o17 = ogm("0412260177")
    add_invoice(17, s, "be", "exact-online", dict(
        number="F26/0177", issue=D(2026, 11, 23), due=D(2026, 12, 23), title="Factuur",
        to=["De heer en mevrouw Van Damme-Claes", "Molenstraat 41", "9300 Aalst"],
        debtor="De heer en mevrouw Van Damme-Claes", email="vandamme.claes@telenet.be", business=False, to_display="Koen Van Damme",
        meta=[("Werf", "Molenstraat 41, Aalst")],
        lines=[("Vernieuwen dakgoten zink", 24, 6800, 6), ("Plaatsen dakvenster", 1, 89000, 6)],
        vat_label="Btw {r} (renovatie, woning > 10 jaar)", ref=o17, ref_printed=o17,
        subject="Factuur F26/0177", sent=D(2026, 11, 23),
        cover="Beste mevrouw, mijnheer,\n\nIn bijlage vindt u onze factuur F26/0177. Op pagina 2 staan onze\n"
              "algemene voorwaarden.\n\nMet vriendelijke groeten,\nDakwerken Vermeulen",
        pdfname="F26-0177.pdf", more_pages=[terms_page(s, "be")],
        note="Flemish invoice with the general terms as its page 2; 6 % renovation VAT, a structured communication."))

    s = seller("be2", "Elektro Peeters", "Lierseweg 72 · 2200 Herentals", "elektro.peeters@skynet.be", "BE",
               reg="BTW BE 0634.112.780")
    o18 = ogm("2611240018")
    add_invoice(18, s, "be", "word", dict(
        number="2026-118", issue=D(2026, 11, 24), due=D(2026, 12, 8), title="FACTUUR",
        to=["Frituur 't Hoekske", "Grote Markt 3", "2200 Herentals"],
        debtor="Frituur 't Hoekske", email="frituur.hoekske@gmail.com", business=True,
        lines=[("Nieuwe aansluiting friteuse 400V", 1, 38500, 21), ("Keuring AREI", 1, 17500, 21)],
        ref=o18, ref_printed=o18,
        subject="document", sent=D(2026, 11, 24),
        cover="Dag Wim,\n\nzie document in bijlage.\n\nGroetjes\nJef",
        pdfname="document.pdf",
        note="Flemish, a one-line mail, the invoice under 'document.pdf' with the subject 'document'."))

    s = seller("be3", "Studiebureau Lambrecht", "Kortrijksesteenweg 1090 · 9051 Gent", "facturatie@studiebureau-lambrecht.be",
               "BE", reg="BTW BE 0558.209.113")
    o19 = ogm("0000260419")
    add_invoice(19, s, "be", "word", dict(
        number="2026-0419", issue=D(2026, 12, 2), due=D(2027, 1, 1), title="Factuur",
        to=["Bouwonderneming Desmet NV", "Industriepark 12", "8790 Waregem"],
        debtor="Bouwonderneming Desmet NV", email="aankoop@desmet-bouw.be", business=True,
        meta=[("Project", "Residentie Leieoever"), ("Bestelbon", "BB-26-2231")],
        lines=[("Stabiliteitsstudie, prestaties november", "46.5", 9500, 21)],
        deduct=[("Voorschotfactuur 2026-0301 (betaald)", 150000)],
        ref=o19, ref_printed=o19,
        subject="Factuur 2026-0419 + prestatiestaat november", sent=D(2026, 12, 2),
        cover="Geachte,\n\nIn bijlage onze factuur 2026-0419 en de prestatiestaat van november.\n\nMet vriendelijke groeten,\n"
              "ir. Pieter Lambrecht",
        pdfname="Factuur 2026-0419.pdf",
        att=("after", "Prestatiestaat november 2026.pdf", [tsheet(s, "be", "Prestatiestaat november 2026",
             [("Project", "Residentie Leieoever")],
             [("04/11/2026 Berekening funderingen", "12,0"), ("12/11/2026 Werfbezoek", "4,5"),
              ("18/11/2026 Wapeningsplannen", "18,0"), ("27/11/2026 Overleg architect", "12,0"), ("Totaal", "46,5")],
             [])]),
        note="Hours 46,5 in a second PDF; an advance invoice deducted by number; due 30 days."))

    s = seller("be4", "Cateringhuis Mertens", "Stationsstraat 25 · 3500 Hasselt", "info@cateringmertens.be", "BE",
               reg="BTW BE 0477.501.226")
    o20 = ogm("2612050020")
    add_invoice(20, s, "be", "word", dict(
        number="VF-2026-352", issue=D(2026, 12, 5), due=D(2026, 12, 19), title="Factuur",
        to=["vzw Jeugdhuis De Kelder", "Kapelstraat 9", "3500 Hasselt"],
        debtor="vzw Jeugdhuis De Kelder", email="dekelder.hasselt@gmail.com", business=True,
        meta=[("Klantnummer", "C-0871"), ("Evenement", "Kerstfeest 28/11/2026")],
        lines=[("Broodjesbuffet (personen)", 85, 1150, 6), ("Dranken forfait", 1, 32000, 21)],
        ref=o20, ref_printed=o20, kind="body-text",
        subject="Factuur VF-2026-352 kerstfeest", sent=D(2026, 12, 5),
        cover="Dag Lotte,\n\nBedankt voor de fijne samenwerking! Hieronder de factuur voor jullie kerstfeest.",
        sign="Gelieve te betalen met gestructureerde mededeling %s.\n\nVriendelijke groeten,\nAn Mertens" % o20,
        note="Flemish invoice in the body: an event date beside the invoice date, two VAT rates."))

    # ---------------------------------------------------------------- English
    s = seller("uk1", "Fenwick Data Services Ltd", "4 Castle Mews · Durham DH1 3RW", "accounts@fenwickdata.co.uk", "GB",
               reg="Company no. 10988214 · VAT GB 284 1190 37")
    add_invoice(21, s, "en", "xero", dict(
        number="INV-2291", issue=D(2026, 11, 30), due=D(2026, 12, 30), title="TAX INVOICE", cur="GBP",
        to=["Weardale Community Housing", "Attn: Finance", "Front Street", "Stanhope DL13 2TS"],
        debtor="Weardale Community Housing", email="finance@weardalehousing.org.uk", business=True,
        meta=[("Reference", "PO 7731"), ("Account", "WCH01")],
        lines=[("Database support, November 2026 (hours)", "22.5", 6500, 20), ("Licence renewal, backup service", 1, 24000, 20)],
        notes=["Payment within 30 days to Fenwick Data Services Ltd, sort code 20-45-77, account 53118820,",
               "or IBAN %s. Please quote INV-2291." % iban_spaced(s["iban"])],
        subject="Invoice INV-2291 from Fenwick Data Services Ltd for Weardale Community Housing", sent=D(2026, 11, 30),
        cover="Hi Priya,\n\nHere's invoice INV-2291 for @DUE@. The timesheet for November is attached as well.\n\n"
              "The amount outstanding of @DUE@ is due on 30 Dec 2026.\n\nThanks,\nTom Fenwick",
        pdfname="Invoice INV-2291.pdf",
        att=("after", "Timesheet November 2026 - WCH.pdf", [tsheet(s, "en", "Timesheet — November 2026",
             [("Client", "WCH01"), ("PO", "PO 7731")],
             [("02 Nov  patching and index rebuild", "4.0"), ("09 Nov  tenant import", "6.5"),
              ("16 Nov  report fixes", "5.0"), ("23 Nov  backup restore test", "7.0"), ("Total", "22.5")],
             ["Approved by client: P. Sharma, 27 Nov 2026"])]),
        note="Invoice and its timesheet as two PDFs; a sort code and account beside the IBAN; a PO as the reference."))

    s = seller("us1", "Lakeshore Restaurant Supply Inc.", "2210 N Clybourn Ave · Chicago, IL 60614", "billing@lakeshoresupply.com",
               "US", reg="Tel (312) 555-0148")
    add_invoice(22, s, "en", "quickbooks", dict(
        number="10457", issue=D(2026, 11, 20), due=D(2026, 12, 20), title="INVOICE", cur="USD", dstyle="us",
        to=["Bill To", "Greenline Bistro LLC", "1804 W Division St", "Chicago, IL 60622"],
        ship=["Greenline Bistro", "Loading dock, rear alley", "1804 W Division St", "Chicago, IL 60622"],
        debtor="Greenline Bistro LLC", email="owner@greenlinebistro.com", business=True,
        meta=[("P.O. Number", "GB-1120"), ("Terms", "Net 30"), ("Ship Date", "11/19/2026")],
        lines=[("Sheet pan, half size (case 12)", 3, 5400, "10.25"), ("Cambro 22 qt container", 6, 2295, "10.25")],
        vat_label="Sales tax {r}",
        subject="Invoice 10457 from Lakeshore Restaurant Supply Inc.", sent=D(2026, 11, 20),
        cover="Dear Greenline Bistro LLC,\n\nYour invoice is attached. The packing slip for the shipment is attached too.\n"
              "Please remit payment at your earliest convenience.\n\nThank you for your business - we appreciate it very much.\n\n"
              "Sincerely,\nLakeshore Restaurant Supply Inc.",
        pdfname="Invoice_10457_from_Lakeshore_Restaurant_Supply_Inc.pdf",
        att=("after", "Packing_Slip_10457.pdf", [tsheet(s, "en", "PACKING SLIP", [("Order", "GB-1120"), ("Ship Date", "11/19/2026")],
             [("Sheet pan, half size (case 12)", "3"), ("Cambro 22 qt container", "6")], ["Shipped via: own truck"])]),
        note="US QuickBooks invoice: bill-to and ship-to, a PO and a ship date, sales tax; packing slip as second PDF; no IBAN."))

    s = seller("uk2", "Hollis & Reed Surveyors", "18 Market Place · Wokingham RG40 1AL", "office@hollisreed.co.uk", "GB",
               reg="VAT GB 311 8842 09")
    add_invoice(23, s, "en", "freeagent", dict(
        number="HR-0877", issue=D(2026, 11, 26), due=D(2026, 12, 10), title="Invoice", cur="GBP",
        to=["Mr Daniel Okafor", "7 Tudor Close", "Wokingham RG41 4DW"],
        debtor="Daniel Okafor", email="dan.okafor@btinternet.com", business=False,
        meta=[("Property", "7 Tudor Close"), ("Survey date", "19 November 2026")],
        lines=[("RICS Level 2 Home Survey", 1, 59500, 20)],
        subject="Invoice HR-0877 from Hollis & Reed Surveyors", sent=D(2026, 11, 26),
        cover="Dear Mr Okafor,\n\nPlease find attached invoice HR-0877 for the survey of 7 Tudor Close, with our\n"
              "terms of engagement for your records.\n\nKind regards,\nAlice Reed MRICS\n\nSent via FreeAgent",
        pdfname="HR-0877.pdf", att=("after", "Terms of Engagement.pdf", [terms_page(s, "en", "Terms of Engagement")]),
        note="A consumer's survey invoice beside the terms of engagement; a survey date beside the invoice date."))

    s = seller("ie1", "Corrib Print & Signs Ltd", "Unit 5, Liosban Business Park · Galway H91 X2T7", "accounts@corribprint.ie",
               "IE", reg="CRO 512877 · VAT IE 3318842UH")
    add_invoice(24, s, "en", "xero", dict(
        number="INV-4120", issue=D(2026, 12, 1), due=D(2026, 12, 31), title="TAX INVOICE",
        to=["Salthill Rowing Club CLG", "The Prom", "Salthill, Galway H91 TK2W"],
        debtor="Salthill Rowing Club CLG", email="treasurer@salthillrowing.ie", business=True,
        meta=[("Reference", "Regatta banners")],
        lines=[("PVC banner 3m x 1m", 4, 8500, 23), ("Feather flags with base", 6, 6200, 23)],
        deduct=[("Less Credit Note CN-0312", 4920)],
        subject="Invoice INV-4120 from Corrib Print & Signs Ltd", sent=D(2026, 12, 1),
        cover="Hi Ciara,\n\nPlease find attached invoice INV-4120. The credit for the misprinted flag (CN-0312)\n"
              "has been applied, so the balance is lower than the total.\n\nThanks,\nNiamh\nCorrib Print & Signs",
        pdfname="Invoice INV-4120.pdf",
        note="Irish Xero invoice with a credit note applied under the total; total and amount due both printed."))

    s = seller("uk3", "J. Whitmore Plumbing & Heating", "22 Elm Grove · Bristol BS7 8AH", "jwhitmoreplumbing@outlook.com", "GB",
               phone="07700 918244")
    add_invoice(25, s, "en", "word", dict(
        number="0198", issue=D(2026, 11, 21), due=D(2026, 12, 5), title="INVOICE", cur="GBP",
        num_label="Invoice No.", to=["Mrs E. Hartley", "41 Cranbrook Road", "Bristol BS6 7BS"],
        debtor="E. Hartley", email="e.hartley55@gmail.com", business=False, to_display="Eleanor Hartley",
        lines=[("Replace combi boiler (Worcester 30i)", 1, 185000, 0), ("Magnetic filter and flush", 1, 22000, 0)],
        vat_label="VAT {r} (not VAT registered)",
        notes=["Payment within 14 days please, by bank transfer to J Whitmore,",
               "IBAN %s. Thank you for your custom." % iban_spaced(s["iban"])],
        subject="Invoice", sent=D(2026, 11, 21),
        cover="Hi Mrs Hartley\n\nInvoice attached for the boiler. Any problems give me a ring.\n\nJohn\n07700 918244",
        pdfname="Document1.pdf",
        note="A sole trader's Word invoice saved as 'Document1.pdf'; number '0198' with its zero."))

    s = seller("us2", "Brightwater Web Studio LLC", "88 Pearl St, Suite 4 · Portland, ME 04101", "hello@brightwaterweb.com",
               "US")
    add_invoice(26, s, "en", "quickbooks", dict(
        number="1093", issue=D(2026, 12, 1), due=D(2026, 12, 16), title="INVOICE", cur="USD", dstyle="us",
        to=["Casco Bay Kayak Tours", "12 Commercial St", "Portland, ME 04101"],
        debtor="Casco Bay Kayak Tours", email="info@cascobaykayak.com", business=True,
        meta=[("Terms", "Net 15")],
        lines=[("Website redesign - final milestone", 1, 420000, 0), ("Booking plugin license (1 yr)", 1, 19900, 0)],
        no_vat_rows=True, deduct=[("Payments/Credits", 210000)], pay_label="Balance Due",
        subject="Invoice 1093 from Brightwater Web Studio LLC", sent=D(2026, 12, 1),
        cover="Dear Casco Bay Kayak Tours,\n\nHere's your invoice! We appreciate your prompt payment.\n\n"
              "Thanks for your business!\nBrightwater Web Studio LLC",
        pdfname="Invoice_1093_from_Brightwater_Web_Studio_LLC.pdf",
        note="QuickBooks: Total, Payments/Credits and Balance Due; the balance is due."))

    s = seller("uk4", "Penrose Garden Design", "The Old Forge · Truro TR1 2HX", "studio@penrosegardens.co.uk", "GB",
               reg="VAT GB 198 5520 41")
    add_invoice(27, s, "en", "freeagent", dict(
        number="PGD-2026-041", issue=D(2026, 11, 12), due=D(2026, 12, 12), title="Invoice", cur="GBP",
        to=["Trelissick Barn Holidays Ltd", "Feock", "Truro TR3 6QL"],
        debtor="Trelissick Barn Holidays Ltd", email="bookings@trelissickbarns.co.uk", business=True,
        lines=[("Courtyard planting scheme, design and drawings", 1, 145000, 20)],
        subject="Fwd: Invoice PGD-2026-041 from Penrose Garden Design", sent=D(2026, 11, 27),
        cover="Hello Mark,\n\nMy first email bounced back (the old info@ address), so see below and the invoice\n"
              "attached again. Nothing has changed - still due on 12 December.\n\nBest wishes,\nLowenna Penrose\n\n"
              "---------- Forwarded message ---------\nFrom: Penrose Garden Design <studio@penrosegardens.co.uk>\n"
              "Date: Thu, 12 Nov 2026 at 10:41\nSubject: Invoice PGD-2026-041 from Penrose Garden Design\n"
              "To: <info@trelissickbarns.co.uk>\n\nHi Mark,\n\nPlease find attached invoice PGD-2026-041 for the courtyard\n"
              "design.\n\nSent via FreeAgent",
        pdfname="PGD-2026-041.pdf",
        note="An invoice re-sent by its sender with 'see below' after a bounce; the original's number and dates."))

    s = seller("uk5", "Marlow Office Cleaning Ltd", "Unit 2, Globe Park · Marlow SL7 1YL", "accounts@marlowclean.co.uk", "GB",
               reg="Company no. 08812231 · VAT GB 177 4402 86")
    add_invoice(28, s, "en", "xero", dict(
        number="INV-7718", issue=D(2026, 11, 30), due=D(2026, 12, 14), title="TAX INVOICE", cur="GBP",
        to=["Thameside Veterinary Practice Ltd", "Station Road", "Marlow SL7 1NX"],
        debtor="Thameside Veterinary Practice Ltd", email="practice.manager@thamesidevets.co.uk", business=True,
        meta=[("Reference", "Contract MOC-114")],
        lines=[("Contract cleaning, November 2026", 1, 112000, 20), ("Deep clean of theatre", 1, 18500, 20)],
        after=[("Unpaid: INV-7554 of 31 Oct 2026", "£1,344.00", False),
               ("Total outstanding on account", "£2,910.00", True)],
        subject="Invoice INV-7718 from Marlow Office Cleaning Ltd", sent=D(2026, 11, 30),
        cover="Dear Accounts,\n\nPlease find attached invoice INV-7718 for November. Could you also check INV-7554\n"
              "from October, which we don't seem to have received yet?\n\nRegards,\nSharon Doyle\nMarlow Office Cleaning",
        pdfname="Invoice INV-7718.pdf",
        note="The invoice page carries an earlier unpaid invoice and a total outstanding on the account; this mail bills INV-7718."))

    s = seller("ie2", "Shannon Joinery", "Ballycasey Workshops · Shannon, Co. Clare V14 FX22", "shannonjoinery@eircom.net",
               "IE", reg="VAT IE 6411250T")
    add_invoice(29, s, "en", "word", dict(
        number="SJ/26/077", issue=D(2026, 11, 25), due=D(2026, 12, 9), title="INVOICE",
        to=["Mr. & Mrs. Brennan", "Knockanean", "Ennis, Co. Clare V95 C8P1"],
        debtor="Mr. & Mrs. Brennan", email="brennanfamily@gmail.com", business=False,
        meta=[("Quote ref.", "Q-26-031")],
        lines=[("Solid oak staircase, supplied and fitted", 1, 620000, "13.5")],
        subject="Invoice for staircase", sent=D(2026, 11, 25),
        cover="Hi Sean and Aoife,\n\nAttached is the signed quote again for your records and the invoice for the stairs.\n"
              "Payment within 14 days please.\n\nMany thanks,\nPádraig\nShannon Joinery",
        pdfname="Invoice SJ-26-077.pdf",
        att=("before", "Quote Q-26-031 signed.pdf", [page(s, "en", ["Mr. & Mrs. Brennan", "Knockanean", "Ennis, Co. Clare V95 C8P1"],
             "QUOTATION Q-26-031", [("Date", "2 October 2026"), ("Valid until", "1 November 2026")],
             ["Description", "Qty", "Price", "Amount"],
             [("Solid oak staircase, supplied and fitted", "1", "€6,200.00", "€6,200.00")],
             [("VAT 13.5%", "€837.00", False), ("Total", "€7,037.00", True)],
             ["Accepted: A. Brennan, 6 October 2026"])]),
        note="The signed quote is the first PDF, the invoice the second, with the same total; 'Mr. & Mrs. Brennan' keeps its forms."))

    s = seller("uk6", "Greaves Accountancy", "3 Bridge Street · Leek ST13 5HQ", "mail@greavesaccountancy.co.uk", "GB",
               reg="VAT GB 402 1178 25")
    add_invoice(30, s, "en", "sage", dict(
        number="SI-3304", issue=D(2026, 12, 3), due=D(2026, 12, 17), title="Sales Invoice", cur="GBP",
        to=["Moorland Alpaca Trekking", "Hillside Farm", "Leek ST13 8TA"],
        debtor="Moorland Alpaca Trekking", email="hello@moorlandalpacas.co.uk", business=True,
        lines=[("Year-end accounts to 31 August 2026", 1, 95000, 20), ("Self assessment returns (2 partners)", 2, 22500, 20)],
        subject="Sales Invoice SI-3304", sent=D(2026, 12, 3),
        cover="Dear Helen and Rob,\n\nOur invoice for this year's work is below, and attached as a PDF for your files.",
        body_copy=True, sign="Kind regards,\nMartin Greaves FCCA",
        pdfname="SI-3304.pdf",
        note="The invoice set out in the body and attached as PDF too; an accounting year-end date beside the invoice date."))

    s = seller("ie3", "Liffey Valley Alarms Ltd", "Unit 9 Fonthill Industrial Park · Dublin 22 D22 W5P8", "billing@liffeyalarms.ie",
               "IE", reg="CRO 498115 · VAT IE 9812244K")
    add_invoice(31, s, "en", "sage-ie", dict(
        number="LVA-60211", issue=D(2026, 12, 1), due=D(2026, 12, 15), title="Invoice",
        to=["Lucan Montessori School", "Main Street", "Lucan, Co. Dublin K78 N2X4"],
        debtor="Lucan Montessori School", email="office@lucanmontessori.ie", business=True,
        meta=[("Account", "LUC-0041"), ("Contract", "MON-2027")],
        lines=[("Alarm monitoring, Jan-Dec 2027", 1, 54000, 23), ("Annual service visit", 1, 12000, 23)],
        notes=["This invoice will be collected by SEPA direct debit on or after 15 December 2026.",
               "Our bank: IBAN %s. Please sign and return the new mandate on page 2." % iban_spaced(s["iban"])],
        subject="Invoice LVA-60211 and direct debit mandate", sent=D(2026, 12, 1),
        cover="Dear Bursar,\n\nPlease find attached invoice LVA-60211 for monitoring in 2027. As your bank has changed,\n"
              "page 2 is a new SEPA mandate for signature.\n\nRegards,\nAccounts, Liffey Valley Alarms",
        pdfname="LVA-60211.pdf",
        more_pages=[mandate_page(s, "en", "IE58ZZZ361244", "LVA-LUC-0041-2", ["Lucan Montessori School", "Main Street", "Lucan, Co. Dublin K78 N2X4"])],
        note="Page 2 is a SEPA mandate form to sign; a service period in 2027 beside the invoice date; collected on the due date."))

    s = seller("uk7", "Kestrel Scaffolding & Brickwork", "Yard 3, Mill Lane · Stockport SK4 1RJ", "office@kestrelbuild.co.uk", "GB",
               reg="VAT GB 337 0912 54 · UTR 4471902281")
    add_invoice(32, s, "en", "quickbooks", dict(
        number="KB-1187", issue=D(2026, 11, 28), due=D(2026, 12, 28), title="Invoice", cur="GBP",
        to=["Northpoint Developments Ltd", "2 St Peter's Square", "Manchester M2 3DE"],
        debtor="Northpoint Developments Ltd", email="payables@northpointdev.co.uk", business=True,
        meta=[("Site", "Heaton Mersey plots 4-6"), ("Application", "No. 3")],
        lines=[("Brickwork labour, plots 4-6", 1, 840000, 0), ("Materials (wall ties, mortar)", 1, 96000, 0)],
        vat_label="VAT {r} (reverse charge)",
        deduct=[("Less CIS deduction 20% on labour", 168000)],
        notes=["Customer to account to HMRC for the reverse charge VAT (domestic reverse charge, s55A VATA 1994).",
               "Pay the amount due within 30 days to IBAN %s." % iban_spaced(s["iban"])],
        subject="Invoice KB-1187 application 3", sent=D(2026, 11, 28),
        cover="Hi,\n\nApplication 3 invoice attached. CIS deducted at 20% as per your verification.\n\nCheers,\nLee",
        pdfname="KB-1187.pdf",
        note="A UK subcontractor's invoice under the VAT reverse charge with the contractor's CIS deduction withheld: total and amount due."))

    s = seller("us3", "Summit Trail Outfitters Co.", "415 Main St · Boulder, CO 80302", "groups@summittrailco.com", "US")
    add_invoice(33, s, "en", "freshbooks", dict(
        number="0000318", issue=D(2026, 11, 23), due=D(2026, 12, 23), title="Invoice", cur="USD", dstyle="us",
        num_label="Invoice Number", to=["Front Range Running Club", "PO Box 2281", "Boulder, CO 80306"],
        debtor="Front Range Running Club", email="treasurer@frontrangerunning.org", business=True,
        lines=[("Club jackets, embroidered", 32, 8900, 0), ("Embroidery setup", 1, 7500, 0)],
        no_vat_rows=True, deduct=[("Deposit received 11/02/2026", 100000)], pay_label="Amount Due (USD)",
        subject="Summit Trail Outfitters Co. sent you an invoice (0000318)", sent=D(2026, 11, 23),
        cover="Hi there,\n\nSummit Trail Outfitters Co. sent you an invoice (0000318) for $1,923.00 that's due on\n"
              "December 23, 2026. Our winter catalog is attached too!\n\nThanks,\nSummit Trail Outfitters Co.",
        pdfname="Invoice 0000318.pdf",
        att=("before", "Winter Catalog 2026.pdf", [text_page(s, "Winter Catalog 2026", [
            "##Group orders", "Softshell jacket — $89.00  (12+ pieces: $79.00)", "Insulated vest — $65.00",
            "Beanie with club logo — $18.00", "##Services", "Embroidery setup — $75.00 per design", "",
            "Order by January 15 for delivery before spring season."])]),
        note="A catalogue of prices as the first PDF; the invoice with a deposit received and the amount due."))

    s = seller("nlen", "Tulip Event Technics B.V.", "Cruquiusweg 110 · 1019 AK Amsterdam", "invoices@tulipeventtech.nl", "NL",
               reg="KvK 70221938 · VAT NL858221908B01")
    add_invoice(34, s, "en", "moneybird", dict(
        number="TET-2026-0611", issue=D(2026, 12, 2), due=D(2026, 12, 16), title="Invoice",
        to=["International School Amstelveen", "Attn. Operations", "Sportlaan 10", "1185 TB Amstelveen"],
        debtor="International School Amstelveen", email="operations@isamstelveen.nl", business=True,
        meta=[("Event", "Winter concert 27-11-2026")], dstyle="dmy-",
        lines=[("Sound system hire incl. technician", 1, 168000, 21), ("Stage lighting package", 1, 74500, 21)],
        vat_label="VAT {r}",
        subject="Invoice TET-2026-0611 from Tulip Event Technics B.V.", sent=D(2026, 12, 2),
        cover="Dear Ms Janssen,\n\nPlease find attached invoice TET-2026-0611 for the winter concert, and our general\n"
              "terms and conditions as a second attachment.\n\nKind regards,\nTulip Event Technics\n\n"
              "-- \nThis invoice was sent with Moneybird",
        pdfname="Invoice TET-2026-0611.pdf",
        att=("after", "General terms Tulip Event Technics.pdf", [terms_page(s, "en", "General Terms and Conditions")]),
        note="A Dutch firm's English invoice in Dutch date style with its general terms as a second PDF; an event date."))

    s = seller("ie4", "Midlands Agri Supplies Ltd", "Dublin Road · Tullamore, Co. Offaly R35 K8N2", "accounts@midlandsagri.ie", "IE",
               reg="VAT IE 4418291P")
    add_invoice(35, s, "en", "sage-ie", dict(
        number="MAS-118840", issue=D(2026, 11, 30), due=D(2026, 12, 31), title="Invoice",
        to=["Kilcormac Equestrian Centre", "Kilcormac, Co. Offaly R42 D9T1"],
        debtor="Kilcormac Equestrian Centre", email="kilcormacequestrian@gmail.com", business=True,
        meta=[("Order date", "20 November 2026"), ("Delivery date", "24 November 2026"), ("Docket", "DN-57021")],
        lines=[("Haylage bales (round)", 40, 3800, "13.5"), ("Stable shavings (bale)", 60, 1150, 23)],
        notes=["Terms: payment by the end of the month following invoice. IBAN %s." % iban_spaced(s["iban"])],
        subject="Invoice MAS-118840 and delivery docket", sent=D(2026, 11, 30),
        cover="Hello,\n\nAttached please find invoice MAS-118840 and the signed delivery docket DN-57021.\n\nMidlands Agri Accounts",
        pdfname="MAS-118840.pdf",
        att=("after", "DN-57021.pdf", [tsheet(s, "en", "Delivery Docket DN-57021", [("Delivered", "24 November 2026")],
             [("Haylage bales (round)", "40"), ("Stable shavings (bale)", "60")], ["Received by: M. Kinsella"])]),
        note="Order, delivery and invoice dates; a delivery docket as second PDF; a term to the end of the following month."))

    # ---------------------------------------------------------------- German (DE)
    s = seller("de1", "Schreinerei Baumgartl GmbH", "Gewerbering 7 · 84034 Landshut", "rechnung@schreinerei-baumgartl.de", "DE",
               reg="HRB 10442 Landshut · USt-IdNr. DE318844120")
    add_invoice(36, s, "de", "lexoffice", dict(
        number="RE-2026-0388", issue=D(2026, 11, 26), due=D(2026, 12, 10), title="Rechnung",
        to=["Gasthof Zur Post OHG", "Marktplatz 2", "84028 Landshut"],
        debtor="Gasthof Zur Post OHG", email="buchhaltung@gasthof-post-landshut.de", business=True,
        meta=[("Kundennr.", "10318"), ("Leistungsdatum", "20.11.2026")],
        lines=[("Eckbank Eiche massiv, nach Maß", 1, 268000, 19), ("Tische 80x80 Eiche", 4, 42000, 19),
               ("Anlieferung und Montage", 1, 18000, 19)],
        ref="RE-2026-0388", ref_printed="RE-2026-0388",
        subject="Rechnung RE-2026-0388", sent=D(2026, 11, 26),
        cover="Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung RE-2026-0388 sowie unsere\n"
              "Allgemeinen Geschäftsbedingungen.\n\nMit freundlichen Grüßen\nSchreinerei Baumgartl GmbH",
        pdfname="Rechnung_RE-2026-0388.pdf", att=("after", "AGB_Schreinerei_Baumgartl.pdf", [terms_page(s, "de")]),
        note="lexoffice invoice with the AGB as a second PDF (14 Tage in the AGB, a date on the invoice); Verwendungszweck labelled."))

    s = seller("de2", "Jonas Reiter IT-Beratung", "Hansaring 44 · 50670 Köln", "jonas@reiter-it.de", "DE",
               reg="St.-Nr. 214/5021/3318 · USt-IdNr. DE301228845")
    add_invoice(37, s, "de", "sevdesk", dict(
        number="2026-112", issue=D(2026, 12, 1), due=D(2026, 12, 15), title="Rechnung",
        to=["Rheinland Logistik GmbH", "z. H. Herrn Stefan Brück", "Niehler Str. 300", "50735 Köln"],
        debtor="Rheinland Logistik GmbH", email="eingangsrechnungen@rheinland-logistik.de", business=True,
        meta=[("Bestellnr.", "BE-4500-7781"), ("Leistungszeitraum", "01.11.–30.11.2026")],
        lines=[("Beratung Lagerverwaltungssystem (Std.)", "31.5", 9500, 19)],
        subject="Rechnung 2026-112 und Stundennachweis November", sent=D(2026, 12, 1),
        cover="Hallo Herr Brück,\n\nanbei meine Rechnung für November und der Stundennachweis zur Freigabe in Ihrem\n"
              "Einkauf (Bestellnr. BE-4500-7781).\n\nViele Grüße\nJonas Reiter",
        pdfname="Rechnung_2026-112.pdf",
        att=("after", "Stundennachweis_November_2026.pdf", [tsheet(s, "de", "Stundennachweis November 2026",
             [("Bestellnr.", "BE-4500-7781")],
             [("04.11.2026 Workshop Prozesse", "7,5"), ("11.11.2026 Schnittstelle ERP", "8,0"),
              ("18.11.2026 Tests", "6,0"), ("25.11.2026 Schulung Lager", "10,0"), ("Summe", "31,5")],
             ["Bestätigt: ____________________"])]),
        note="A freelancer's invoice beside the timesheet; a service period and an order number beside the number."))

    s = seller("de3", "Getränke Hoffmann & Söhne KG", "Am Güterbahnhof 3 · 97421 Schweinfurt", "buchhaltung@getraenke-hoffmann.de",
               "DE", reg="HRA 3318 Schweinfurt · USt-IdNr. DE132290417")
    add_invoice(38, s, "de", "datev", dict(
        number="4471", issue=D(2026, 11, 27), due=D(2026, 12, 11), title="Rechnung",
        num_label="Rechnung Nr.", to=["Sportheim TSV Gochsheim e.V.", "Am Sportplatz 1", "97469 Gochsheim"],
        debtor="Sportheim TSV Gochsheim e.V.", email="kasse@tsv-gochsheim.de", business=True,
        meta=[("Lieferschein", "LS 88120"), ("Lieferdatum", "25.11.2026"), ("Kunde", "2207")],
        lines=[("Pils 20x0,5 l Kiste", 25, 1590, 19), ("Apfelschorle 12x1,0 l", 10, 1190, 19),
               ("Pfand Kisten", 35, 330, 19)],
        subject="Lieferschein und Rechnung 4471", sent=D(2026, 11, 27),
        cover="Sehr geehrte Damen und Herren,\n\nanbei Lieferschein LS 88120 und Rechnung Nr. 4471.\n\n"
              "Mit freundlichen Grüßen\nBuchhaltung Getränke Hoffmann",
        pdfname="RE_4471.pdf",
        att=("before", "LS_88120.pdf", [tsheet(s, "de", "Lieferschein LS 88120", [("Lieferdatum", "25.11.2026")],
             [("Pils 20x0,5 l Kiste", "25"), ("Apfelschorle 12x1,0 l", "10"), ("Leergut zurück: 12 Kisten", "")],
             ["Ware erhalten: ____________________"])]),
        note="The delivery note is the first PDF, the invoice the second; a four-digit number among a customer and delivery-note number; a crate deposit line."))

    s = seller("de4", "Fliesenleger Kaya", "Holsteiner Chaussee 19 · 22523 Hamburg", "fliesen.kaya@web.de", "DE",
               reg="St.-Nr. 43/118/02291", phone="0176 22819044")
    add_invoice(39, s, "de", "word", dict(
        number="26-031", issue=D(2026, 11, 26), due=D(2026, 12, 10), title="RECHNUNG",
        num_label="Rechnungs-Nr.", to=["Herrn", "Jörg Albers", "Eidelstedter Weg 102", "22529 Hamburg"],
        debtor="Jörg Albers", email="joerg.albers@t-online.de", business=False,
        lines=[("Badezimmer: Wandfliesen verlegen (m²)", 24, 5800, 19), ("Bodenfliesen verlegen (m²)", 6, 6500, 19),
               ("Kleinmaterial", 1, 14000, 19)],
        notes=["Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN %s." % iban_spaced(s["iban"]),
               "Lohnanteil nach § 35a EStG: 1.782,00 € (netto) zzgl. USt."],
        subject="Rechnung Bad", sent=D(2026, 11, 26),
        cover="Hallo Herr Albers,\n\nanbei wie besprochen die Rechnung.\n\nGruß\nMehmet Kaya\n0176 22819044",
        pdfname="Scan_20261126_0001.pdf",
        note="A tradesman's Word invoice under a scanner's file name; a § 35a labour share beside the total."))

    s = seller("de5", "Kanzleisoft Nord GmbH", "Speicherstraße 12 · 28217 Bremen", "abrechnung@kanzleisoft-nord.de", "DE",
               reg="HRB 30887 HB · USt-IdNr. DE287731120")
    add_invoice(40, s, "de", "lexoffice", dict(
        number="KN-R-26-10931", issue=D(2026, 12, 1), due=D(2026, 12, 8), title="Rechnung",
        to=["Steuerberatung Meinke & Ohlsen PartG mbB", "Am Wall 140", "28195 Bremen"],
        debtor="Steuerberatung Meinke & Ohlsen PartG mbB", email="kanzlei@meinke-ohlsen.de", business=True,
        meta=[("Vertragsnr.", "V-2024-0412"), ("Zeitraum", "Dezember 2026")],
        lines=[("Lizenz Kanzleisoft Pro, 6 Arbeitsplätze", 6, 4900, 19), ("Cloud-Backup 500 GB", 1, 2900, 19)],
        notes=["Der Betrag wird am 08.12.2026 per SEPA-Lastschrift von Ihrem Konto eingezogen",
               "(Mandatsreferenz V-2024-0412). Bitte senden Sie das neue Mandat auf Seite 2 unterschrieben zurück."],
        subject="Ihre Rechnung KN-R-26-10931", sent=D(2026, 12, 1),
        cover="Sehr geehrte Damen und Herren,\n\nanbei Ihre Rechnung für Dezember. Da Sie uns eine neue Bankverbindung\n"
              "mitgeteilt haben, finden Sie auf Seite 2 ein neues SEPA-Lastschriftmandat.\n\nIhr Team von Kanzleisoft Nord",
        pdfname="Rechnung_KN-R-26-10931.pdf",
        more_pages=[mandate_page(s, "de", "DE98ZZZ09999999999", "V-2024-0412-2",
                                 ["Steuerberatung Meinke & Ohlsen PartG mbB", "Am Wall 140", "28195 Bremen"])],
        note="A direct-debit invoice whose page 2 is a SEPA mandate form; the seller's IBAN only in the foot; due on the debit date."))

    s = seller("de6", "Elektro Sommerfeld", "Lindenallee 8 · 14467 Potsdam", "info@elektro-sommerfeld.de", "DE",
               reg="USt-IdNr. DE271188043")
    add_invoice(41, s, "de", "sevdesk", dict(
        number="RE-1318", issue=D(2026, 11, 30), due=D(2026, 12, 14), title="Schlussrechnung",
        to=["Frau Dr. Katrin Lührs", "Seestraße 31", "14467 Potsdam"],
        debtor="Dr. Katrin Lührs", email="k.luehrs@posteo.de", business=False,
        meta=[("Auftrag", "AB-2026-077"), ("Fertigstellung", "24.11.2026")],
        lines=[("Elektroinstallation Dachgeschoss lt. Auftrag", 1, 684000, 19), ("Wallbox 11 kW inkl. Anschluss", 1, 149000, 19)],
        deduct=[("abzgl. Abschlag RE-1244", 297500)],
        subject="Schlussrechnung RE-1318", sent=D(2026, 11, 30),
        cover="Sehr geehrte Frau Dr. Lührs,\n\nanbei erhalten Sie unsere Schlussrechnung. Die bereits bezahlte\n"
              "Abschlagsrechnung ist abgezogen.\n\nMit freundlichen Grüßen\nElektro Sommerfeld",
        pdfname="Schlussrechnung_RE-1318.pdf",
        note="A final invoice with a paid Abschlag deducted: Gesamtbetrag and Zahlbetrag both on the page."))

    s = seller("de7", "Metallbau Freitag", "Industriestraße 55 · 73430 Aalen", "buero@metallbau-freitag.de", "DE",
               reg="USt-IdNr. DE145522871")
    add_invoice(42, s, "de", "word", dict(
        number="R 2026/214", issue=D(2026, 11, 20), due=D(2026, 12, 20), title="Rechnung",
        to=["Brenz Immobilien GmbH", "Buchhaltung", "Postfach 1120", "89501 Heidenheim"],
        ship=["Baustelle Brenzpark", "Brenzstraße 14-18", "89518 Heidenheim"],
        debtor="Brenz Immobilien GmbH", email="rechnungen@brenz-immobilien.de", business=True,
        meta=[("Ihre Bestellung", "BP-0912"), ("Unsere AB", "AB 26/118")],
        lines=[("Balkongeländer verzinkt, lfm", 42, 18500, 19), ("Montage", 1, 126000, 19)],
        notes=["Zahlbar innerhalb von 30 Tagen ohne Abzug.", "IBAN %s" % iban_spaced(s["iban"])],
        subject="Rechnung R 2026/214 - Ihre Bestellung BP-0912", sent=D(2026, 11, 20),
        cover="Sehr geehrte Damen und Herren,\n\nin der Anlage erhalten Sie unsere Rechnung sowie eine Kopie der von\n"
              "Ihnen unterschriebenen Auftragsbestätigung AB 26/118.\n\nMit freundlichen Grüßen\nKlaus Freitag",
        pdfname="Rechnung R 2026-214.pdf",
        att=("after", "AB 26-118 unterschrieben.pdf", [page(s, "de", ["Brenz Immobilien GmbH", "Postfach 1120", "89501 Heidenheim"],
             "Auftragsbestätigung AB 26/118", [("Datum", "02.10.2026"), ("Ihre Bestellung", "BP-0912")],
             ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
             [("Balkongeländer verzinkt, lfm", "42", "185,00 €", "7.770,00 €"), ("Montage", "1", "1.260,00 €", "1.260,00 €")],
             [("Summe netto", "9.030,00 €", False), ("USt. 19 %", "1.715,70 €", False), ("Gesamtbetrag", "10.745,70 €", True)],
             ["Zahlung: 30 Tage netto nach Rechnungsstellung.", "Einverstanden: 06.10.2026, i. A. R. Weller (unterschrieben)"])]),
        note="Invoice and the signed order confirmation with the same total; invoice address a Postfach, delivery to a building site."))

    s = seller("de8", "Papier Union Südwest GmbH", "Hafenstraße 21 · 68159 Mannheim", "debitoren@papierunion-sw.de", "DE",
               reg="HRB 70221 Mannheim · USt-IdNr. DE228814460")
    add_invoice(43, s, "de", "datev", dict(
        number="90318842", issue=D(2026, 12, 2), due=D(2027, 1, 1), title="Rechnung",
        to=["Druckhaus Neckartal GmbH", "Hauptstraße 77", "69117 Heidelberg"],
        debtor="Druckhaus Neckartal GmbH", email="kreditoren@druckhaus-neckartal.de", business=True,
        meta=[("Kunden-Nr.", "511820"), ("Auftrags-Nr.", "A-773104"), ("Lieferdatum", "01.12.2026")],
        lines=[("Bilderdruck matt 135 g, 70x100 (Bogen)", 12000, 9, 19), ("Offsetpapier 90 g, 61x86 (Bogen)", 20000, 4, 19)],
        notes=["Zahlungsbedingungen: bis 16.12.2026 abzüglich 2 % Skonto = 2.192,46 €,",
               "bis 01.01.2027 netto ohne Abzug. IBAN %s" % iban_spaced(s["iban"])],
        subject="Rechnung 90318842", sent=D(2026, 12, 2),
        cover="Sehr geehrte Damen und Herren,\n\nim Anhang übersenden wir Ihnen unsere Rechnung 90318842.\n\n"
              "Mit freundlichen Grüßen\nPapier Union Südwest GmbH - Debitorenbuchhaltung",
        pdfname="90318842.pdf",
        note="Skonto: the amount after discount and its date beside the net term; due is the full total by the net date."))

    s = seller("de9", "Fotostudio Lichtwerk", "Burgstraße 4 · 37073 Göttingen", "hallo@lichtwerk-goettingen.de", "DE",
               reg="St.-Nr. 20/142/11874")
    add_invoice(44, s, "de", "fastbill", dict(
        number="LW-2026-0093", issue=D(2026, 11, 16), due=D(2026, 11, 30), title="Rechnung",
        to=["Göttinger Kammerchor e.V.", "z. Hd. Kassenwart", "Weender Landstraße 59", "37075 Göttingen"],
        debtor="Göttinger Kammerchor e.V.", email="kasse@goettinger-kammerchor.de", business=True,
        lines=[("Konzertfotografie 08.11.2026, pauschal", 1, 45000, 19), ("Bildbearbeitung, 60 Bilder", 60, 400, 19)],
        subject="WG: Rechnung LW-2026-0093 (neue Adresse)", sent=D(2026, 12, 1),
        cover="Liebe Frau Hartung,\n\nder Verein hat eine neue Kassen-Adresse, daher schicke ich Ihnen die Rechnung\n"
              "noch einmal, siehe unten. Sie war am 30.11.2026 fällig, ist aber sicher nur untergegangen.\n\n"
              "Herzliche Grüße\nMira Albrecht\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Rechnung LW-2026-0093\n"
              "Datum: 16.11.2026 14:02\nVon: Fotostudio Lichtwerk <hallo@lichtwerk-goettingen.de>\nAn: kammerchor.goe@gmx.de\n\n"
              "Guten Tag,\n\nanbei die Rechnung für die Konzertfotos.\n\nErstellt mit FastBill",
        pdfname="Rechnung_LW-2026-0093.pdf",
        note="An invoice re-sent by its sender to a new address after its due date, 'siehe unten'; the original's number and dates."))

    # ---------------------------------------------------------------- Austria
    s = seller("at1", "Tischlerei Gruber & Partner GmbH", "Bahnhofstraße 12 · 4600 Wels", "office@tischlerei-gruber.at", "AT",
               reg="FN 412880 t · UID ATU68812244")
    add_invoice(45, s, "de", "bmd", dict(
        number="2026/0847", issue=D(2026, 11, 24), due=D(2026, 12, 24), title="Rechnung",
        to=["Hotel Traunsee Betriebs GmbH", "Seestraße 44", "4810 Gmunden"],
        debtor="Hotel Traunsee Betriebs GmbH", email="buchhaltung@hotel-traunsee.at", business=True,
        meta=[("Ihre UID", "ATU71124590"), ("Lieferdatum", "18.11.2026")],
        lines=[("Zimmertüren Eiche furniert inkl. Zarge", 12, 64000, 20), ("Montage", 12, 9500, 20)],
        notes=["Zahlbar innerhalb von 30 Tagen netto auf IBAN %s." % iban_spaced(s["iban"]),
               "Es gelten unsere beiliegenden Allgemeinen Geschäftsbedingungen."],
        subject="Rechnung 2026/0847", sent=D(2026, 11, 24),
        cover="Sehr geehrte Damen und Herren,\n\nin der Beilage übermitteln wir Ihnen unsere Rechnung 2026/0847 und unsere AGB.\n\n"
              "Mit freundlichen Grüßen\nTischlerei Gruber & Partner GmbH",
        pdfname="Rechnung_2026_0847.pdf", att=("after", "AGB_Tischlerei_Gruber.pdf", [terms_page(s, "de")]),
        note="Austrian invoice with the customer's UID beside the seller's; the AGB as a second PDF."))

    s = seller("at2", "Sport Pichler Schladming", "Hauptplatz 6 · 8970 Schladming", "verkauf@sportpichler.at", "AT",
               reg="UID ATU55218803")
    add_invoice(46, s, "de", "word", dict(
        number="SP-26-3318", issue=D(2026, 12, 3), due=D(2026, 12, 17), title="Rechnung",
        to=["Mittelschule Schladming", "Schulgasse 2", "8970 Schladming"],
        debtor="Mittelschule Schladming", email="direktion@ms-schladming.at", business=True,
        meta=[("Schikurs", "12.–16.01.2027")],
        lines=[("Schiverleih 5 Tage (Set)", 38, 4500, 20), ("Helmverleih 5 Tage", 38, 1200, 20),
               ("Gutschrift Retour: 4 Sets nicht benötigt", -4, 4500, 20)],
        subject="Rechnung Schikurs Jänner 2027", sent=D(2026, 12, 3),
        cover="Sehr geehrte Frau Direktorin,\n\nanbei die Rechnung für den Schikurs. Die vier nicht benötigten Sets\n"
              "sind bereits gutgeschrieben.\n\nSportliche Grüße\nSport Pichler",
        pdfname="SP-26-3318.pdf",
        note="A credit for returned sets as a negative line inside the net; a course period in 2027 beside the invoice date."))

    s = seller("at3", "Installateur Wimmer", "Linzer Straße 90 · 3100 St. Pölten", "installateur.wimmer@aon.at", "AT",
               reg="UID ATU61122945")
    add_invoice(47, s, "de", "word", dict(
        number="1187", issue=D(2026, 11, 27), due=D(2026, 12, 11), title="Rechnung", num_label="Rechnung Nr.",
        to=["Frau Mag. Eva Gruber", "Kremser Gasse 21/4", "3100 St. Pölten"],
        debtor="Mag. Eva Gruber", email="eva.gruber@gmx.at", business=False,
        lines=[("Tausch Thermostatbatterie Bad", 1, 28900, 20), ("Arbeitszeit (Std.)", 2, 6800, 20)],
        subject="Rechnung 1187", sent=D(2026, 11, 27),
        cover="Sehr geehrte Frau Mag. Gruber,\n\nhier unsere Rechnung zum Nachlesen, die PDF hängt auch an.",
        body_copy=True, sign="Mit freundlichen Grüßen\nInstallateur Wimmer",
        pdfname="Rechnung_1187.pdf",
        note="Austrian invoice in the body and the same as PDF; an academic title stays in the name."))

    # ---------------------------------------------------------------- Switzerland
    s = seller("ch1", "Velowerk Aare GmbH", "Thunstrasse 41 · 3005 Bern", "buchhaltung@velowerk-aare.ch", "CH",
               reg="CHE-318.441.902 MWST")
    s["iban"] = qr_iban(rng)
    q48 = qrr("00000000000000000002026412")
    lines48 = [("Lastenvelo Service und Reparatur", 1, 28000, "8.1"), ("Kindersitz mit Regendach", 2, 14900, "8.1")]
    add_invoice(48, s, "de", "bexio", dict(
        number="RE-26-412", issue=D(2026, 11, 25), due=D(2026, 12, 25), title="Rechnung", cur="CHF",
        to=["Kita Sonnenblume", "Weissensteinstrasse 12", "3008 Bern"],
        debtor="Kita Sonnenblume", email="leitung@kita-sonnenblume.ch", business=True,
        lines=lines48,
        ref=q48, notes=["Zahlbar innert 30 Tagen mit dem Einzahlungsschein auf Seite 2."],
        subject="Rechnung RE-26-412", sent=D(2026, 11, 25),
        cover="Grüezi Frau Zbinden\n\nIm Anhang finden Sie unsere Rechnung RE-26-412 mit QR-Einzahlungsschein.\n\n"
              "Freundliche Grüsse\nVelowerk Aare\n\nDiese E-Mail wurde mit bexio versendet.",
        pdfname="Rechnung_RE-26-412.pdf",
        more_pages=[qr_page(s, "Kita Sonnenblume", "Weissensteinstrasse 12, 3008 Bern", q48, money_in("CHF", "de", sums(lines48)[4])[4:])],
        note="Swiss invoice whose second page is the QR payment part with its QR reference and QR-IBAN."))

    s = seller("ch2", "Kaffeerösterei Brunner AG", "Industriestrasse 8 · 6300 Zug", "debitoren@brunner-kaffee.ch", "CH",
               reg="CHE-109.882.145 MWST")
    add_invoice(49, s, "de", "bexio", dict(
        number="RE-2026-1944", issue=D(2026, 12, 1), due=D(2026, 12, 31), title="Rechnung", cur="CHF",
        to=["Bürogemeinschaft Metalli", "Administration", "Baarerstrasse 14", "6300 Zug"],
        ship=["Bürogemeinschaft Metalli", "Kaffeeküche 3. OG", "Baarerstrasse 14", "6300 Zug"],
        debtor="Bürogemeinschaft Metalli", email="admin@metalli-buero.ch", business=True,
        meta=[("Kunden-Nr.", "K-2281"), ("Lieferdatum", "28.11.2026")],
        lines=[("Kaffeebohnen Hausmischung 1 kg", 12, 3150, "2.6"), ("Entkalker für Vollautomat", 2, 2480, "8.1")],
        notes=["Zahlbar innert 30 Tagen netto. IBAN %s" % iban_spaced(s["iban"])],
        subject="Rechnung RE-2026-1944", sent=D(2026, 12, 1),
        cover="Guten Tag\n\nIm Anhang erhalten Sie unsere Rechnung sowie unsere neuen AGB, gültig ab 1. Januar 2027.\n\n"
              "Freundliche Grüsse\nKaffeerösterei Brunner AG\n\nDiese E-Mail wurde mit bexio versendet.",
        pdfname="Rechnung_RE-2026-1944.pdf", att=("after", "AGB_2027_Brunner.pdf", [terms_page(s, "de")]),
        note="Two VAT rates (2,6 % and 8,1 %), an invoice and a delivery address, the AGB as a second PDF."))

    s = seller("ch3", "Gartenbau Räber", "Seetalstrasse 120 · 6032 Emmen", "info@gartenbau-raeber.ch", "CH",
               reg="CHE-441.230.118 MWST")
    add_invoice(50, s, "de", "word", dict(
        number="2026-208", issue=D(2026, 11, 28), due=D(2026, 12, 28), title="Rechnung", cur="CHF",
        to=["Herr und Frau Thomas und Ursula Amrein", "Rigistrasse 7", "6030 Ebikon"],
        debtor="Thomas und Ursula Amrein", email="t.amrein@bluewin.ch", business=False,
        meta=[("Offerte", "OF-2026-091"), ("Ausführung", "02.–20.11.2026")],
        lines=[("Sitzplatz Natursteinplatten (m²)", 28, 14500, "8.1"), ("Bepflanzung Hecke (lfm)", 18, 6200, "8.1")],
        deduct=[("abzüglich Anzahlung vom 28.10.2026", 200000)],
        notes=["Zahlbar innert 30 Tagen auf IBAN %s." % iban_spaced(s["iban"])],
        subject="Rechnung 2026-208 / Lieferschein Pflanzen", sent=D(2026, 11, 28),
        cover="Grüezi Herr und Frau Amrein\n\nBesten Dank für den Auftrag. Anbei die Rechnung und der Lieferschein\n"
              "der Baumschule für die Heckenpflanzen.\n\nFreundliche Grüsse\nBeat Räber",
        pdfname="Rechnung 2026-208.pdf",
        att=("after", "Lieferschein_Baumschule.pdf", [tsheet(s, "de", "Lieferschein 55-0912", [("Lieferdatum", "10.11.2026")],
             [("Hainbuche 125-150 cm Ballen", "54"), ("Pflanzerde 50 l", "12")], ["Ware erhalten: B. Räber"])]),
        note="A deposit deducted; an execution period and a quote number; a nursery's delivery note as the second PDF."))


def priced(s, lang, to, title, meta, lines, notes, cur="EUR", total_label=None, ship=None):
    """A priced document that is not an invoice (a quote, an order confirmation): its lines,
    net, VAT per rate and total computed as on an invoice."""
    w, lg = W[lang], base(lang)
    amts, per, vat, net, total = sums(lines)
    rows = [(d, qty_txt(q, lang), money_in(cur, lg, u), money_in(cur, lg, a)) for (d, q, u, _), a in zip(lines, amts)]
    vw = VAT_WORD.get(s["country"], w["vat"])
    totals = [(w["net"], money_in(cur, lg, net), False)]
    totals += [(vw.format(r=rate_txt(r, lang, s["country"])), money_in(cur, lg, vat[r]), False)
               for r in sorted(per, key=lambda k: Decimal(str(k)))]
    totals.append((total_label or w["total"], money_in(cur, lg, total), True))
    return page(s, lang, to, title, meta, [w["desc"], w["qty"], w["price"], w["amt"]], rows, totals, notes, ship=ship)


def statement(s, lang, to, title, meta, items, cur, notes, total_label):
    """A list of open invoices (a statement of account): number, date, due date, amount."""
    lg = base(lang)
    heads = {"nl": ["Factuur / datum", "Vervaldatum", "Openstaand"], "be": ["Factuur / datum", "Vervaldag", "Openstaand"],
             "en": ["Invoice / date", "Due", "Outstanding"], "de": ["Rechnung / Datum", "Fällig", "Offen"]}[lang]
    rows = [("%s   %s" % (n, date_in(lang, d)), date_in(lang, due), money_in(cur, lg, c)) for n, d, due, c in items]
    tot = sum(c for *_, c in items)
    return page(s, lang, to, title, meta, heads, rows, [(total_label, money_in(cur, lg, tot), True)], notes)


def not_invoices():
    # ---------------------------------------------------------------- Dutch
    s = SELLERS["nl1"]
    add_none(51, s, "nl", "moneybird", "Offerte 2026-Q-0144 winkelinrichting", D(2026, 11, 17),
             "info@boekhandel-lindeboom.nl", "Boekhandel Lindeboom",
             "Beste Gerrit,\n\nZoals besproken hierbij onze offerte voor de nieuwe boekenkasten, met onze algemene\n"
             "voorwaarden. De offerte is 30 dagen geldig.\n\nMet vriendelijke groet,\nMaarten van Rijswijk",
             "A quote with its terms attached; nothing is owed until it is accepted.",
             "Offerte with totals and a 'geldig tot' date, terms as a second PDF.",
             pages=[priced(s, "nl", ["Boekhandel Lindeboom", "Voorstraat 18", "3512 AL Utrecht"], "Offerte 2026-Q-0144",
                           [("Offertedatum", "17-11-2026"), ("Geldig tot", "17-12-2026")],
                           [("Boekenkast eiken 240x200", 6, 118000, 21), ("Presentatietafel", 2, 54000, 21)],
                           ["Levertijd ca. 6 weken na akkoord. Bij akkoord 40% aanbetaling, rest bij oplevering."])],
             pdfname="Offerte 2026-Q-0144.pdf", att=("after", "Algemene voorwaarden.pdf", [terms_page(s, "nl")]))

    s = SELLERS["nl3"]
    add_none(52, s, "nl", "snelstart", "Orderbevestiging ORD-55371", D(2026, 12, 2),
             "inkoop@strandpaviljoen-zuid.nl", "Strandpaviljoen Zuid",
             "Goedemiddag,\n\nHierbij de orderbevestiging van uw bestelling ORD-55371 en onze leveringsvoorwaarden.\n"
             "Leverschema:\n- 9 december 2026: glaswerk en servies\n- 16 december 2026: textiel\n\n"
             "De factuur volgt na de laatste levering.\n\nMet vriendelijke groet,\nBinnendienst Bloemendaal Horeca",
             "An order confirmation with a delivery schedule; the invoice follows after delivery.",
             "Priced order confirmation with two delivery dates and the terms as a second PDF.",
             pages=[priced(s, "nl", ["Strandpaviljoen Zuid", "Boulevard 1", "2042 AA Zandvoort"], "Orderbevestiging ORD-55371",
                           [("Orderdatum", "02-12-2026"), ("Debiteurnr.", "20455")],
                           [("Wijnglas 35 cl (doos 24)", 8, 4120, 21), ("Tafellinnen wit 140x140", 40, 1450, 21)],
                           ["Levering volgens leverschema. Facturering na volledige levering."])],
             pdfname="Orderbevestiging ORD-55371.pdf",
             att=("after", "Leveringsvoorwaarden.pdf", [terms_page(s, "nl", "Leverings- en betalingsvoorwaarden")]))

    s = SELLERS["nl5"]
    add_none(53, s, "nl", "twinfield", "Uw contract bedrijfsfysiotherapie 2027", D(2026, 11, 20),
             "directie@hoogeveen-metaal.nl", "Directie Hoogeveen Metaal",
             "Geachte heer Bakker,\n\nBijgaand het contract voor 2027 en de SEPA-machtiging. Wilt u beide ondertekend\n"
             "retourneren? De eerste factuur volgt in januari.\n\nMet vriendelijke groet,\nFysio Totaal Hoogeveen",
             "A contract and a mandate form to sign; the first invoice follows in January.",
             "Contract with a monthly fee and a SEPA mandate form to sign as a second PDF.",
             pages=[priced(s, "nl", ["Hoogeveen Metaal B.V.", "Edisonstraat 4", "7903 AN Hoogeveen"],
                           "Overeenkomst bedrijfsfysiotherapie 2027",
                           [("Contractnr.", "BGZ-2027-003"), ("Looptijd", "01-01-2027 t/m 31-12-2027")],
                           [("Abonnement per maand", 12, 52500, 21)],
                           ["Facturering maandelijks vooraf, betaling per automatische incasso.",
                            "Voor akkoord: ______________________"])],
             pdfname="Contract BGZ-2027-003.pdf",
             att=("after", "SEPA machtiging.pdf", [mandate_page(s, "nl", "NL44ZZZ655281090000", "BGZ-2027-003",
                                                                ["Hoogeveen Metaal B.V.", "Edisonstraat 4", "7903 AN Hoogeveen"])]))

    s = SELLERS["nl2"]
    add_none(54, s, "nl", "e-boekhouden", "Urenverantwoording december ter goedkeuring", D(2026, 12, 4),
             "projecten@ommen-gemeente.nl", "Gemeente Ommen",
             "Beste Frank,\n\nVoordat ik factureer: wil je de uren van de afgelopen periode goedkeuren? Na je akkoord\n"
             "stuur ik de factuur (37 uur à € 112,50 excl. btw).\n\nGroet,\nIngrid Kerkhof",
             "A timesheet sent for approval before the invoice; the invoice follows on approval.",
             "Hours and a rate in the mail; no invoice number, no amount due.",
             pages=[tsheet(s, "nl", "Urenverantwoording 16-11 t/m 04-12-2026", [("Opdracht", "Visie buitengebied")],
                           [("18-11-2026 interviews", "8,0"), ("25-11-2026 analyse", "12,0"), ("02-12-2026 rapportage", "17,0"),
                            ("Totaal", "37,0")], ["Akkoord opdrachtgever: ____________________"])],
             pdfname="Uren ter goedkeuring.pdf")

    s = SELLERS["nl7"]
    add_none(55, s, "nl", "exact-online", "Pakbon 70012261 - uw order 22600912", D(2026, 12, 3),
             "groenrijk.hoveniers@gmail.com", "Hoveniersbedrijf Groenrijk",
             "Geachte heer, mevrouw,\n\nBijgaand de pakbon en de paklijst van uw zending van vandaag.\n\n"
             "Met vriendelijke groet,\nTuincentrum De Linde\n\nDit bericht is verzonden met Exact Online",
             "A delivery note with a packing list; the invoice follows separately.",
             "Two documents with quantities and an order number; no amounts.",
             pages=[tsheet(s, "nl", "Pakbon 70012261", [("Ordernr.", "22600912"), ("Leverdatum", "03-12-2026")],
                           [("Buxus sempervirens 30-40", "120"), ("Boomschors 70 l", "25")], ["Ontvangen: ____________"])],
             pdfname="Pakbon 70012261.pdf",
             att=("after", "Paklijst 70012261.pdf", [tsheet(s, "nl", "Paklijst 70012261", [("Colli", "6")],
                  [("Pallet 1: Buxus 60 st.", "1"), ("Pallet 2: Buxus 60 st.", "1"), ("Rolcontainer boomschors", "4")], [])]))

    s = SELLERS["nl6"]
    add_none(56, s, "nl", "moneybird", "Overzicht openstaande facturen", D(2026, 12, 4),
             "info@zeilmakerij-harlingen.nl", "Zeilmakerij Harlingen",
             "Beste Jelle,\n\nVolgens onze administratie staan de onderstaande facturen nog open. Zie het overzicht\n"
             "in de bijlage. Is er al betaald, dan kun je dit bericht als niet verzonden beschouwen.\n\nGroet,\nWiebe Hoekstra",
             "A statement of account listing open invoices; it bills nothing new.",
             "Three open invoices, a total and an IBAN; no new invoice number.",
             pages=[statement(s, "nl", ["Zeilmakerij Harlingen", "Noorderhaven 60", "8861 AP Harlingen"],
                              "Rekeningoverzicht", [("Datum", "04-12-2026"), ("Klantnummer", "1188")],
                              [("2026-0987", D(2026, 9, 12), D(2026, 9, 26), 48400), ("2026-1065", D(2026, 10, 20), D(2026, 11, 3), 18150),
                               ("2026-1142", D(2026, 11, 18), D(2026, 12, 2), 72600)], "EUR",
                              ["Graag het openstaande saldo overmaken op %s." % iban_spaced(s["iban"])], "Totaal openstaand")],
             pdfname="Rekeningoverzicht 1188.pdf")

    s = SELLERS["be2"]
    add_none(57, s, "be", "word", "creditnota volgt", D(2026, 12, 1), "frituur.hoekske@gmail.com", "Frituur 't Hoekske",
             "Dag Wim,\n\nje hebt gelijk, de keuring AREI op factuur 2026-118 had ik niet mogen aanrekenen. Ik maak een\n"
             "creditnota op van € 211,75 en stuur die apart door. Die factuur hoef je dus maar gedeeltelijk te betalen.\n\n"
             "Groetjes\nJef",
             "A credit note announced, not the credit note itself.",
             "An amount and an invoice number in the text; the credit note follows.")

    s = seller("be5", "Drankencentrale Wouters", "Herentalsebaan 400 · 2160 Wommelgem", "verkoop@drankenwouters.be", "BE",
               reg="BTW BE 0455.218.907")
    add_none(58, s, "be", "word", "Prijslijst 2027 en bestelformulier", D(2026, 12, 2), "info@zaal-deroos.be", "Feestzaal De Roos",
             "Beste klant,\n\nIn bijlage onze nieuwe prijslijst vanaf 1 januari 2027 en een bestelformulier voor de\n"
             "feestdagen. Bestellingen vóór 18 december worden nog aan de oude prijzen geleverd.\n\n"
             "Met vriendelijke groeten,\nDrankencentrale Wouters",
             "A price list with an order form; nothing has been ordered or delivered.",
             "Prices per crate with VAT and a blank order form with totals to fill in.",
             pages=[priced(s, "be", ["Feestzaal De Roos", "Kerkplein 2", "2160 Wommelgem"], "Prijslijst 2027",
                           [("Geldig vanaf", "01/01/2027")],
                           [("Pils 24x25 cl (bak)", 1, 1890, 21), ("Spuitwater 6x1,5 l", 1, 640, 21), ("Cava brut 75 cl", 1, 895, 21)],
                           ["Voorbeeldbestelling per stuk; leeggoed niet inbegrepen."], total_label="Totaal voorbeeld")],
             pdfname="Prijslijst 2027.pdf",
             att=("after", "Bestelformulier feestdagen.pdf", [tsheet(s, "be", "Bestelformulier feestdagen",
                  [("Klant", "____________"), ("Levering", "__/12/2026")],
                  [("Pils 24x25 cl (bak)  à € 18,90", "____"), ("Spuitwater 6x1,5 l  à € 6,40", "____"),
                   ("Cava brut 75 cl  à € 8,95", "____")], ["Handtekening: ____________"])]))

    s = seller("nl17", "Energiecoöperatie Zonnedael U.A.", "Molenweg 2 · 6662 AA Elst", "leden@zonnedael.nl", "NL",
               reg="KvK 62118804")
    add_none(59, s, "nl", "portal", "Je nieuwe factuur staat klaar in Mijn Zonnedael", D(2026, 12, 1),
             "m.verbeek@kpnplanet.nl", "Marloes Verbeek",
             "Beste Marloes,\n\nEr staat een nieuwe factuur voor je klaar in Mijn Zonnedael. Log in om de factuur te\n"
             "bekijken en te downloaden:\n\nhttps://mijn.zonnedael.nl/facturen\n\nHet bedrag wordt zoals altijd rond de\n"
             "25e van de maand van je rekening afgeschreven.\n\nZonnige groet,\nEnergiecoöperatie Zonnedael",
             "A notice that an invoice is ready in a portal: no number, no amount; the invoice is only behind the link.",
             "Portal notification without amount or number.")

    # ---------------------------------------------------------------- English
    s = SELLERS["uk2"]
    add_none(60, s, "en", "freeagent", "Quote for Level 3 Building Survey - 14 Orchard Way", D(2026, 11, 30),
             "sarah.pemberton@icloud.com", "Sarah Pemberton",
             "Dear Ms Pemberton,\n\nThank you for your enquiry. Please find our quote attached together with our terms of\n"
             "engagement. If you would like to go ahead, simply reply to this email.\n\nKind regards,\nAlice Reed MRICS",
             "A quote with terms attached; nothing is owed until accepted.",
             "Quote with VAT and total and a validity date; terms as a second PDF.",
             pages=[priced(s, "en", ["Ms S. Pemberton", "14 Orchard Way", "Wokingham RG40 3PJ"], "Quote QU-0212",
                           [("Date", "30 November 2026"), ("Valid until", "30 December 2026")],
                           [("RICS Level 3 Building Survey", 1, 89500, 20)], ["Payment is due on completion of the survey."],
                           cur="GBP")],
             pdfname="Quote QU-0212.pdf", att=("after", "Terms of Engagement.pdf", [terms_page(s, "en", "Terms of Engagement")]))

    s = seller("uk8", "Pennine Timber Supplies Ltd", "Canal Wharf · Skipton BD23 1LB", "sales@penninetimber.co.uk", "GB",
               reg="VAT GB 244 8108 32")
    add_none(61, s, "en", "sage", "Order Acknowledgement SO-48812", D(2026, 12, 1), "buying@dalesjoinery.co.uk", "Dales Joinery",
             "Good afternoon,\n\nThank you for your order. Please find our order acknowledgement and delivery schedule\n"
             "attached. You will be invoiced on despatch of each delivery.\n\nRegards,\nSales Office",
             "An order acknowledgement with a delivery schedule; invoices follow on despatch.",
             "Priced order with VAT and total; a delivery schedule as a second PDF.",
             pages=[priced(s, "en", ["Dales Joinery Ltd", "Station Yard", "Settle BD24 9AA"], "ORDER ACKNOWLEDGEMENT SO-48812",
                           [("Order date", "1 December 2026"), ("Your ref", "PO-2217")],
                           [("Oak boards 27x200 (m)", 120, 1480, 20), ("Sapele 50x150 (m)", 60, 1925, 20)],
                           ["Deliveries as per attached schedule. Terms: 30 days from invoice."], cur="GBP")],
             pdfname="SO-48812.pdf",
             att=("after", "Delivery schedule SO-48812.pdf", [tsheet(s, "en", "Delivery schedule SO-48812", [("Order", "SO-48812")],
                  [("8 December 2026  Oak boards 120 m", "1"), ("15 December 2026  Sapele 60 m", "2")], [])]))

    s = SELLERS["uk1"]
    add_none(62, s, "en", "xero", "Timesheet for approval - December", D(2026, 12, 4), "finance@weardalehousing.org.uk",
             "Weardale Community Housing",
             "Hi Priya,\n\nBefore I raise this month's invoice, could you approve the attached timesheet (16.5 hours)?\n"
             "Once approved I'll send the invoice against PO 7731.\n\nThanks,\nTom",
             "A timesheet sent for approval before the invoice.",
             "Hours and a PO number; no amount, no invoice number.",
             pages=[tsheet(s, "en", "Timesheet — 1 to 4 December 2026", [("Client", "WCH01"), ("PO", "PO 7731")],
                           [("01 Dec  server migration", "8.0"), ("03 Dec  user training", "8.5"), ("Total", "16.5")],
                           ["Approved by: ____________________"])],
             pdfname="Timesheet December.pdf")

    s = SELLERS["uk5"]
    add_none(63, s, "en", "xero", "Statement from Marlow Office Cleaning Ltd", D(2026, 12, 1),
             "accounts@henleyrowingclub.org.uk", "Henley Rowing Club",
             "Dear Accounts,\n\nPlease find attached your statement. Two invoices are currently outstanding.\n\n"
             "Regards,\nSharon Doyle",
             "A statement of account listing open invoices; no new invoice.",
             "Statement with two invoices, their due dates and a balance due.",
             pages=[statement(s, "en", ["Henley Rowing Club", "Remenham Lane", "Henley-on-Thames RG9 2LR"], "STATEMENT",
                              [("Date", "1 December 2026"), ("Account", "HRC02")],
                              [("INV-7490", D(2026, 10, 1), D(2026, 10, 15), 54000), ("INV-7602", D(2026, 11, 1), D(2026, 11, 15), 54000)],
                              "GBP", ["Please pay to sort code 30-91-44, account 22817731."], "BALANCE DUE")],
             pdfname="Statement HRC02.pdf")

    s = SELLERS["ie1"]
    add_none(64, s, "en", "xero", "Payment received - thank you (INV-4102)", D(2026, 11, 29), "office@galwaydance.ie",
             "Galway Dance Academy",
             "Hi Orla,\n\nThank you for your payment of €861.00 received on 27 November. A copy of the paid invoice\n"
             "is attached for your records.\n\nThanks,\nNiamh\nCorrib Print & Signs",
             "A payment confirmation with a copy of the invoice already paid (a receipt).",
             "The attached invoice copy is stamped PAID with amount due 0.00.",
             pages=[page(s, "en", ["Galway Dance Academy", "Dominick Street", "Galway H91 E2F3"], "TAX INVOICE — PAID",
                         [("Invoice number", "INV-4102"), ("Invoice date", "10 November 2026"), ("Paid", "27 November 2026")],
                         ["Description", "Qty", "Unit price", "Amount"],
                         [("Pull-up banners", "2", "€175.00", "€350.00"), ("Flyers A5 (1000)", "2", "€175.00", "€350.00")],
                         [("Subtotal", "€700.00", False), ("VAT 23%", "€161.00", False), ("Total", "€861.00", False),
                          ("Less amount paid", "-€861.00", False), ("Amount due", "€0.00", True)], ["PAID — thank you."])],
             pdfname="Invoice INV-4102 (paid).pdf")

    s = seller("uk9", "Harbour Broadband", "Harbour House · Poole BH15 1HJ", "noreply@harbourbroadband.co.uk", "GB")
    add_none(65, s, "en", "portal", "Your December bill is ready", D(2026, 12, 3), "g.thornton@gmail.com", "Gemma Thornton",
             "Hi Gemma,\n\nYour December bill is ready to view in My Account.\n\nAmount: £38.50\n"
             "We'll collect it by Direct Debit on or after 17 December.\n\nView your bill: https://my.harbourbroadband.co.uk/bills\n\n"
             "Harbour Broadband",
             "A notice that a bill is ready in the customer portal: an amount but no bill number; the bill is behind a link.",
             "Portal notice with an amount and a debit date, no invoice number; the document is not in the mail.")

    s = seller("ie5", "Atlantic Coast Guesthouse", "Strand Road · Dingle, Co. Kerry V92 A2X1", "stay@atlanticcoastdingle.ie", "IE")
    add_none(66, s, "en", "forward", "Fwd: Invoice 55120 from Kerry Linen Services", D(2026, 12, 2), "declan@oshea-accounts.ie",
             "Declan O'Shea",
             "Hi Declan,\n\nForwarding the linen invoice for November for the books - I paid it today by transfer.\n\n"
             "Thanks,\nMaura\n\n---------- Forwarded message ---------\nFrom: Kerry Linen Services <accounts@kerrylinen.ie>\n"
             "Date: Mon, 30 Nov 2026\nSubject: Invoice 55120 from Kerry Linen Services\nTo: stay@atlanticcoastdingle.ie\n\n"
             "Dear Customer,\n\nPlease find attached invoice 55120 for €412.91, due 14 December 2026.",
             "A supplier's invoice forwarded to the bookkeeper: a bill to this business, not one it sends.",
             "A complete invoice (number, amount, due date) from another firm, forwarded with its PDF.",
             pages=[page(SELLERS.get("kl") or seller("kl", "Kerry Linen Services", "Tralee Road · Castleisland, Co. Kerry",
                                                     "accounts@kerrylinen.ie", "IE"), "en",
                         ["Atlantic Coast Guesthouse", "Strand Road", "Dingle, Co. Kerry V92 A2X1"], "Invoice",
                         [("Invoice number", "55120"), ("Invoice date", "30 November 2026"), ("Due date", "14 December 2026")],
                         ["Description", "Qty", "Unit price", "Amount"],
                         [("Linen hire, November (sets)", "90", "€3.73", "€335.70")],
                         [("Subtotal", "€335.70", False), ("VAT 23%", "€77.21", False), ("Total", "€412.91", True)], [])],
             pdfname="Invoice_55120.pdf")

    s = seller("uk10", "Association of Independent Bookbinders", "12 Paternoster Row · London EC4M 7EJ",
               "membership@aib-bookbinders.org.uk", "GB")
    add_none(67, s, "en", "mailchimp", "Winter newsletter - and your 2027 membership", D(2026, 12, 1),
             "studio@inkandthread.co.uk", "Ink & Thread Bindery",
             "WINTER NEWSLETTER\n\nFair dates for 2027, a new workshop series and this year's award winners inside.\n\n"
             "YOUR ANNUAL FEE FOR 2027\n\n  Membership (studio)          £120.00\n  Fair stand deposit           £60.00\n"
             "  Total                        £180.00\n\nYour invoice for 2027 will follow in January; please do not pay now.\n\n"
             "Association of Independent Bookbinders",
             "A newsletter with the coming year's fee table; it says the invoice follows in January.",
             "An invoice-like fee table with a total in a newsletter body, but 'please do not pay now'.")

    # ---------------------------------------------------------------- German
    s = SELLERS["de1"]
    add_none(68, s, "de", "lexoffice", "Angebot AN-2026-0207", D(2026, 11, 30), "info@cafe-isartor.de", "Café Isartor",
             "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot und unsere AGB.\n\n"
             "Mit freundlichen Grüßen\nSchreinerei Baumgartl GmbH",
             "A quote with the AGB attached; no obligation to pay.",
             "Angebot with totals and a validity date; AGB as second PDF.",
             pages=[priced(s, "de", ["Café Isartor", "Frau Andrea Lang", "Isartorplatz 3", "80331 München"], "Angebot AN-2026-0207",
                           [("Angebotsdatum", "30.11.2026"), ("Gültig bis", "31.12.2026")],
                           [("Theke Nussbaum, nach Maß", 1, 412000, 19), ("Barhocker", 6, 28500, 19)],
                           ["Zahlungsbedingungen: 30 % Anzahlung bei Auftrag, Rest nach Montage."], total_label="Angebotssumme")],
             pdfname="Angebot_AN-2026-0207.pdf", att=("after", "AGB.pdf", [terms_page(s, "de")]))

    s = SELLERS["de8"]
    add_none(69, s, "de", "datev", "Auftragsbestätigung A-774210", D(2026, 12, 3), "einkauf@offsetdruck-weinheim.de",
             "Offsetdruck Weinheim",
             "Sehr geehrte Damen und Herren,\n\nwir bestätigen Ihren Auftrag. Anbei die Auftragsbestätigung, unsere AGB\n"
             "und der Lieferplan. Die Rechnung erhalten Sie mit jeder Teillieferung.\n\nMit freundlichen Grüßen\nPapier Union Südwest",
             "An order confirmation with terms and a delivery plan; invoices follow with each delivery.",
             "Priced order confirmation; the delivery plan is typed in the page's notes.",
             pages=[priced(s, "de", ["Offsetdruck Weinheim GmbH", "Bahnhofstraße 5", "69469 Weinheim"], "Auftragsbestätigung A-774210",
                           [("Datum", "03.12.2026"), ("Kunden-Nr.", "511902")],
                           [("Offsetpapier 80 g, 70x100 (Bogen)", 40000, 3, 19)],
                           ["Lieferplan: 10.12.2026 20.000 Bogen, 07.01.2027 20.000 Bogen.",
                            "Es gelten unsere AGB (Anlage)."])],
             pdfname="AB_A-774210.pdf", att=("after", "AGB_Papier_Union.pdf", [terms_page(s, "de")]))

    s = seller("de10", "Hausnotruf Weser GmbH", "Schlachte 12 · 28195 Bremen", "vertrag@hausnotruf-weser.de", "DE",
               reg="HRB 33120 HB")
    add_none(70, s, "de", "word", "Ihr Vertrag Hausnotruf und SEPA-Lastschriftmandat", D(2026, 11, 26),
             "renate.hollmann@t-online.de", "Renate Hollmann",
             "Sehr geehrte Frau Hollmann,\n\nanbei Ihr Vertrag über den Hausnotruf und das SEPA-Lastschriftmandat. Bitte senden\n"
             "Sie beides unterschrieben zurück. Die erste Rechnung erhalten Sie nach der Installation.\n\n"
             "Mit freundlichen Grüßen\nHausnotruf Weser",
             "A contract and a direct debit mandate to sign; the first invoice follows after installation.",
             "Monthly fee in the contract, a mandate form as second PDF.",
             pages=[text_page(s, "Vertrag Hausnotruf Basis", ["Vertragsnummer: HN-26-3318", "Monatliches Entgelt: 25,50 €",
                                                              "Einmalige Anschlussgebühr: 10,49 €", "Beginn: 01.12.2026",
                                                              "", "Unterschrift Kundin: ______________________"])],
             pdfname="Vertrag_HN-26-3318.pdf",
             att=("after", "SEPA-Mandat.pdf", [mandate_page(s, "de", "DE71ZZZ00001234567", "HN-26-3318",
                                                           ["Renate Hollmann", "Am Dobben 40", "28203 Bremen"])]))

    s = SELLERS["de3"]
    add_none(71, s, "de", "datev", "Lieferschein LS 88341", D(2026, 12, 4), "kasse@tsv-gochsheim.de", "TSV Gochsheim",
             "Sehr geehrte Damen und Herren,\n\nanbei Lieferschein und Packliste zu Ihrer heutigen Lieferung. Die Rechnung\n"
             "folgt zum Monatsende.\n\nBuchhaltung Getränke Hoffmann",
             "A delivery note with a packing list; the invoice follows at the end of the month.",
             "Quantities, a delivery date and numbers; no amounts.",
             pages=[tsheet(s, "de", "Lieferschein LS 88341", [("Lieferdatum", "04.12.2026"), ("Kunde", "2207")],
                           [("Pils 20x0,5 l Kiste", "30"), ("Glühwein 1,0 l", "24")], ["Ware erhalten: ____________"])],
             pdfname="LS_88341.pdf",
             att=("after", "Packliste_88341.pdf", [tsheet(s, "de", "Packliste 88341", [("Paletten", "2")],
                  [("Palette 1: Pils 30 Kisten", "1"), ("Palette 2: Glühwein 4 Kartons", "1")], [])]))

    s = SELLERS["de2"]
    add_none(72, s, "de", "sevdesk", "Neue AGB ab 1. Januar 2027", D(2026, 12, 2), "eingangsrechnungen@rheinland-logistik.de",
             "Rheinland Logistik GmbH",
             "Sehr geehrte Damen und Herren,\n\nzum 1. Januar 2027 passe ich meine Allgemeinen Geschäftsbedingungen an\n"
             "(Zahlungsziel künftig 14 Tage, Stundensatz 98,00 € netto). Die neue Fassung finden Sie im Anhang.\n\n"
             "Viele Grüße\nJonas Reiter",
             "New terms and conditions only; nothing billed.",
             "A payment term and an hourly rate in the mail; only the AGB attached.",
             pages=[terms_page(s, "de", "Allgemeine Geschäftsbedingungen (gültig ab 01.01.2027)")], pdfname="AGB_2027.pdf")

    s = SELLERS["de4"]
    add_none(73, s, "de", "word", "Zahlungserinnerung Rechnung 26-024", D(2026, 12, 3), "s.petersen@gmx.de", "Sabine Petersen",
             "Sehr geehrte Frau Petersen,\n\nsicher haben Sie es übersehen: meine Rechnung 26-024 vom 23.10.2026 über\n"
             "1.428,00 € ist noch offen. Bitte überweisen Sie den Betrag bis zum 14.12.2026 auf\nIBAN " +
             iban_spaced(s["iban"]) + ".\n\nSollten Sie bereits bezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\n"
             "Mit freundlichen Grüßen\nMehmet Kaya",
             "A payment reminder the business typed itself for an invoice already sent.",
             "Invoice number, amount, a new date and the IBAN in the body; it chases, it does not bill.")

    s = SELLERS["at2"]
    add_none(74, s, "de", "word", "Preisliste Schiverleih Saison 2026/27 und Bestellformular", D(2026, 11, 20),
             "sekretariat@vs-ramsau.at", "Volksschule Ramsau",
             "Sehr geehrte Damen und Herren,\n\nanbei unsere Preisliste für Schulschikurse und das Bestellformular.\n"
             "Bitte bis 15. Dezember ausgefüllt retournieren.\n\nSportliche Grüße\nSport Pichler",
             "A price list with an order form; nothing ordered yet.",
             "Prices with VAT and a blank order form.",
             pages=[priced(s, "de", ["Volksschule Ramsau", "Ramsau 150", "8972 Ramsau am Dachstein"], "Preisliste Schulschikurse 2026/27",
                           [("Gültig", "Saison 2026/27")],
                           [("Schiverleih 5 Tage (Set)", 1, 4500, 20), ("Helmverleih 5 Tage", 1, 1200, 20)],
                           ["Preise pro Kind. Mindestbestellung 10 Sets."], total_label="Summe Beispiel")],
             pdfname="Preisliste_2026-27.pdf",
             att=("after", "Bestellformular.pdf", [tsheet(s, "de", "Bestellformular Schikurs", [("Schule", "____________")],
                  [("Sets Größe S", "____"), ("Sets Größe M", "____"), ("Helme", "____")], ["Unterschrift: ____________"])]))

    s = SELLERS["ch2"]
    add_none(75, s, "de", "bexio", "Kontoauszug per 30.11.2026", D(2026, 12, 1), "buchhaltung@cafe-seeblick-zug.ch", "Café Seeblick",
             "Guten Tag\n\nIm Anhang erhalten Sie Ihren Kontoauszug mit den offenen Posten per 30.11.2026.\n\n"
             "Freundliche Grüsse\nKaffeerösterei Brunner AG\n\nDiese E-Mail wurde mit bexio versendet.",
             "A statement of account with open items; no new invoice.",
             "Two open invoices with due dates and a total in CHF.",
             pages=[statement(s, "de", ["Café Seeblick", "Seestrasse 1", "6300 Zug"], "Kontoauszug",
                              [("Per", "30.11.2026"), ("Kunden-Nr.", "K-2077")],
                              [("RE-2026-1702", D(2026, 10, 1), D(2026, 10, 31), 45880), ("RE-2026-1850", D(2026, 11, 2), D(2026, 12, 2), 38120)],
                              "CHF", ["Bitte begleichen Sie die offenen Posten auf IBAN %s." % iban_spaced(s["iban"])], "Total offen")],
             pdfname="Kontoauszug_K-2077.pdf")



def check(recs):
    """The set's own checks (see the README section): mailkit's, then format, counts,
    IBANs, references, dates and sums."""
    check_labels(recs)
    check_references_printed(recs)
    fields = {"number", "amount_due_cents", "amount_total_cents", "currency", "issue_date", "due_date", "debtor_name",
              "debtor_email", "payment_reference", "iban", "business", "credit_note", "language"}
    count = {}
    sender_iban = {}
    clashes = []
    for r in recs:
        json.loads(json.dumps(r))
        assert r["kind"] in ("pdf", "body-text", "body-html", "none"), r["id"]
        assert r["lang"] in ("nl", "en", "de"), r["id"]
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        assert ("@@PDF2@@" in r["eml"]) == ("pdf2" in r), r["id"]
        assert ("pdf2" in r) == ("pdf2_filename" in r), r["id"]
        for k in ("pdf", "pdf2"):
            for pg in r.get(k, {}).get("pages", []):
                for it in pg["items"]:
                    assert 0 <= it["x"] <= 595 and 0 < it["y"] <= 842, (r["id"], it)
                    assert "{" not in it["text"] and "@DUE@" not in it["text"], (r["id"], it["text"])
        assert "@DUE@" not in r["eml"] and "@OPEN@" not in r["eml"], r["id"]
        for k in ("pdf", "pdf2"):
            for pg in r.get(k, {}).get("pages", []):
                spans = {}
                for it in pg["items"]:
                    assert it["text"], r["id"]
                    wdt = len(it["text"]) * it["size"] * (0.62 if it["bold"] else 0.56)
                    x0 = it["x"] - wdt if it["align"] == "right" else it["x"]
                    assert x0 >= 0 and x0 + wdt <= 600, (r["id"], it["text"])
                    for a, b, s_ in spans.get(it["y"], []):
                        if not (x0 + wdt <= a or x0 >= b):
                            clashes.append((r["id"], it["text"], s_))
                    spans.setdefault(it["y"], []).append((x0, x0 + wdt, it["text"]))
        e = r["expected"]
        key = (r["lang"], r["is_invoice"], r["_flemish"])
        count[key] = count.get(key, 0) + 1
        rcpt = r["envelope"]["rcpt_to"][0]
        to_line = [ln for ln in r["eml"].split("\n") if ln.startswith("To: ")][0]
        assert rcpt in to_line, r["id"]
        if e is None:
            assert r["kind"] == "none" and r["why_not"] and not r["is_invoice"], r["id"]
            continue
        assert r["is_invoice"] and r["kind"] != "none" and set(e) == fields, r["id"]
        assert e["debtor_email"] == rcpt and e["language"] == r["lang"], r["id"]
        iss = datetime.date.fromisoformat(e["issue_date"])
        if e["due_date"]:
            assert datetime.date.fromisoformat(e["due_date"]) >= iss, r["id"]
        assert e["credit_note"] == (e["amount_total_cents"] < 0), r["id"]
        assert not e["credit_note"] or e["due_date"] is None, r["id"]
        assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), r["id"]
        if e["iban"]:
            i = e["iban"]
            assert int("".join(str(int(c, 36)) for c in i[4:] + i[:4])) % 97 == 1, r["id"]
            assert sender_iban.setdefault(r["envelope"]["mail_from"], i) == i, r["id"]
        ref = e["payment_reference"]
        if ref and ref.startswith("+++"):
            d = ref.strip("+").replace("/", "")
            assert int(d[:10]) % 97 == (int(d[10:]) % 97 or 97) or int(d[10:]) == 97, r["id"]
        elif ref and r["_country"] == "CH":
            assert qrr(ref[:26]) == ref, r["id"]
        f = r["_fig"]
        assert f["net"] == sum(f["amts"]) and sum(f["per"].values()) == f["net"], r["id"]
        assert abs(f["total"]) == f["net"] + sum(f["vat"].values()), r["id"]
        assert e["amount_total_cents"] == f["total"], r["id"]
        assert e["amount_due_cents"] == f["total"] - sum(c for _, c in f["deduct"]), r["id"]
        assert e["currency"] in ("EUR", "GBP", "USD", "CHF"), r["id"]
    assert not clashes, "\n".join(map(str, clashes))
    want = {("nl", True, False): 16, ("nl", True, True): 4, ("en", True, False): 15, ("de", True, False): 15,
            ("nl", False, False): 7, ("nl", False, True): 2, ("en", False, False): 8, ("de", False, False): 8}
    assert count == want, count


def main():
    invoices()
    not_invoices()
    recs = sorted(RECS, key=lambda r: r["id"])
    assert [r["id"] for r in recs] == ["inv-hold32-%03d" % k for k in range(1, 76)]
    check(recs)
    for r in recs:
        for k in [k for k in r if k.startswith("_")]:
            del r[k]
    write(OUT, recs)


if __name__ == "__main__":
    main()
