"""heldout23: a blind held-out set of 50 invoices and 25 mails that are not invoices,
written around the people billed — private persons, couples and households, names with
titles, initials, tussenvoegsels and particles, names of many origins, someone paying for
someone else, associations, VvE's, foundations and clubs, Postbus and flat numbers,
addresses abroad, window-envelope return lines and address blocks beside other boxes.
Every mail's text and layout is written by hand; the generator draws IBANs, message ids
and the order of the records (seed 20261223). Run: python3 gen/heldout23.py"""
import datetime
import email.header
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import (Page, check_labels, date_in, days, expected, iban, iban_spaced, mail,
                     money, money_in, month_end, ogm, record, write)

D = datetime.date
rng = random.Random(20261223)
RECS = []

LBL = {
    "nl": dict(desc="Omschrijving", qty="Aantal", price="Prijs", amt="Bedrag", sub="Subtotaal",
               vat="Btw %s%%", total="Totaal", paid="Reeds voldaan", due="Te betalen", page="Pagina %d van %d",
               cont="Vervolg op pagina 2"),
    "en": dict(desc="Description", qty="Qty", price="Unit price", amt="Amount", sub="Subtotal",
               vat="VAT %s%%", total="Total", paid="Less paid", due="Balance due", page="Page %d of %d",
               cont="Continued overleaf"),
    "de": dict(desc="Bezeichnung", qty="Menge", price="Einzelpreis", amt="Gesamt", sub="Nettobetrag",
               vat="USt. %s %%", total="Rechnungsbetrag", paid="abzgl. Anzahlung", due="Zahlbetrag",
               page="Seite %d von %d", cont="Fortsetzung auf Seite 2"),
    "ch": dict(desc="Bezeichnung", qty="Menge", price="Preis", amt="Betrag", sub="Total exkl. MWST",
               vat="MWST %s %%", total="Total inkl. MWST", paid="abzgl. Akonto", due="Zu bezahlen",
               page="Seite %d von %d", cont="Fortsetzung Seite 2"),
}


def width(s, size, bold=False):
    """A generous estimate of the printed width (12 % over Helvetica's average)."""
    return len(s) * size * (0.56 if bold else 0.52) * 1.12


def sums(lines, vat, incl=False):
    """net, vat, gross of @lines (desc, qty, unit cents); @incl: the prices include the VAT."""
    gross_or_net = sum(q * u for _, q, u in lines)
    if vat is None:
        return gross_or_net, 0, gross_or_net
    rate = vat
    if incl:
        v = round(gross_or_net * rate / (100 + rate))
        return gross_or_net - v, v, gross_or_net
    v = round(gross_or_net * rate / 100)
    return gross_or_net, v, gross_or_net + v


def qtys(q):
    return str(q) if isinstance(q, int) else q


def pdf_doc(lang, cur, seller, addr, meta, title, lines, vat, pay, footer, layout="window",
            ret=None, paid=0, incl=False, split=None, intro=None, lbl=None, mstyle=None, side=None):
    """The pages of a tool-like document and its (total, due): @seller the letterhead lines
    (first bold), @addr the address block, @meta (label, value) rows, @lines the positions,
    @pay and @footer lines under the totals and at the page foot; @layout where the address
    and the boxes sit; @ret the window envelope's return line; @paid already paid; @side
    lines printed beside the address (a QR box's caption, a note)."""
    L = dict(LBL[lbl or lang])
    ms = mstyle or lang
    fmt = lambda c: money_in(cur, ms, c)
    net, v, gross = sums(lines, vat, incl)
    due = gross - paid
    p1 = Page()
    pages = [p1]
    # letterhead
    if layout in ("right", "qr"):
        for k, s in enumerate(seller):
            p1.right(539, 50 + k * 11, s, 13 if k == 0 else 8, k == 0)
    else:
        for k, s in enumerate(seller):
            p1.text(56, 50 + k * 11, s, 13 if k == 0 else 8, k == 0)
    ax = 320 if layout == "swap" else 56
    ay = 150
    if ret:
        p1.text(ax, 136, ret, 6.5)
        p1.rule(ax, 139, ax + min(230, width(ret, 6.5)), 139)
    for k, s in enumerate(addr):
        p1.text(ax, ay + k * 13, s, 10)
    end_addr = ay + len(addr) * 13
    if layout == "window" or layout == "qr":
        mx, my = (360, 150) if layout == "window" else (56, end_addr + 22)
        if layout == "qr":
            p1.rule(440, 130, 530, 130); p1.rule(440, 220, 530, 220)
            p1.rule(440, 130, 440, 220); p1.rule(530, 130, 530, 220)
            p1.text(465, 180, "[QR]", 12, True)
            for k, s in enumerate(side or []):
                p1.text(440, 234 + k * 10, s, 7)
    elif layout == "swap":
        mx, my = 56, 150
    else:  # right: the boxes under the address
        mx, my = 56, end_addr + 22
    for k, (a, b) in enumerate(meta):
        p1.text(mx, my + k * 13, a, 9)
        p1.text(mx + 100, my + k * 13, b, 9)
    if layout != "qr" and side:
        for k, s in enumerate(side):
            p1.text(420, 150 + k * 11, s, 8)
    y = max(end_addr, my + len(meta) * 13) + 36
    p1.text(56, y, title, 15, True)
    y += 22
    if intro:
        for s in intro:
            p1.text(56, y, s, 9)
            y += 12
        y += 6
    page = p1

    def head(pg, y):
        pg.text(56, y, L["desc"], 9, True)
        pg.right(360, y, L["qty"], 9, True)
        pg.right(450, y, L["price"], 9, True)
        pg.right(539, y, L["amt"], 9, True)
        pg.rule(56, y + 4, 539, y + 4)
        return y + 18
    y = head(page, y)
    for k, (d, q, u) in enumerate(lines):
        if split is not None and k == split:
            page.text(56, 760, L["cont"], 8)
            page = Page()
            pages.append(page)
            page.text(56, 50, seller[0], 11, True)
            page.text(56, 64, title, 9)
            y = head(page, 100)
        page.text(56, y, d, 9)
        page.right(360, y, qtys(q), 9)
        page.right(450, y, fmt(u), 9)
        page.right(539, y, fmt(u * (q if isinstance(q, int) else 1)), 9)
        y += 14
    page.rule(330, y - 6, 539, y - 6)
    y += 8
    rows = []
    if vat is not None and not incl:
        rows.append((L["sub"], fmt(net)))
        rows.append((L["vat"] % vat, fmt(v)))
        rows.append((L["total"], fmt(gross)))
    elif vat is not None:
        rows.append((L["total"], fmt(gross)))
        rows.append(((L["vat"] % vat) + (" incl." if lang == "nl" else " inkl." if lang == "de" else " incl."), fmt(v)))
    else:
        rows.append((L["total"], fmt(gross)))
    if paid:
        rows.append((L["paid"], fmt(-paid)))
        rows.append((L["due"], fmt(due)))
    for k, (a, b) in enumerate(rows):
        bold = k == len(rows) - 1 or a == L["total"] and not paid
        page.text(340, y, a, 9, bold)
        page.right(539, y, b, 9, bold)
        y += 14
    y += 18
    for s in pay:
        page.text(56, y, s, 9)
        y += 12
    if len(pages) > 1:
        for n, pg in enumerate(pages):
            pg.right(539, 800, L["page"] % (n + 1, len(pages)), 7)
    for k, s in enumerate(footer):
        p1.text(56, 790 + k * 9, s, 7)
    return pages, gross, due


def phrase(s):
    """@s as a header phrase: an RFC 2047 encoded word when it is not ASCII, as mail tools send it."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def to_hdr(disp, addr):
    if not disp:
        return addr
    return ('"%s" <%s>' if disp.isascii() else '%s <%s>') % (phrase(disp), addr)


def add(tool, lang, kind, frm, frm_name, to, disp, subject, d, text=None, html=None, pages=None,
        fname=None, exp=None, why=None, note="", extra=()):
    eml = mail(rng, frm, phrase(frm_name), to_hdr(disp, to), phrase(subject), d, body_text=text, body_html=html,
               pdf=pages is not None, extra_headers=extra)
    RECS.append(record(None, tool, lang, kind, {"mail_from": frm, "rcpt_to": [to]}, eml, pages=pages,
                       pdf_filename=fname, expected=exp, why_not=why, note=note))


def E(number, due, total, issue, due_d, name, email, ib, business, lang, ref=None, cur="EUR", credit=False):
    return expected(number, due, total, issue, due_d, name, email, ib, business, lang, ref, cur, credit)


# ---------------------------------------------------------------- Dutch and Flemish invoices
def nl_invoices():
    # 1 window envelope, a couple by surname only
    d = D(2026, 11, 9); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Schildersbedrijf Van Dam", "Kerkweg 14, 3951 AD Maarn", "KvK 61844203 · btw NL002184407B58"],
        ["Dhr. en Mevr. de Vries", "Bosrandweg 7", "3958 BK Amerongen"],
        [("Factuurnummer", "F2026-187"), ("Factuurdatum", date_in("nl", d)), ("Klantnummer", "1042"),
         ("Vervaldatum", date_in("nl", d + days(14)))],
        "Factuur", [("Buitenschilderwerk kozijnen voorgevel", 1, 184500), ("Houtrot herstel 2 dorpels", 1, 31250),
                    ("Verf en materiaal", 1, 22780)], 21,
        ["Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op",
         "IBAN %s ten name van Schildersbedrijf Van Dam." % iban_spaced(ib)],
        ["Schildersbedrijf Van Dam · Kerkweg 14 · 3951 AD Maarn · 0343-441907 · info@vandamschilders.nl"],
        ret="Schildersbedrijf Van Dam · Kerkweg 14 · 3951 AD Maarn")
    add("Moneybird", "nl", "pdf", "facturen@vandamschilders.nl", "Schildersbedrijf Van Dam",
        "devries.amerongen@ziggo.nl", "Kees en Marian", "Factuur F2026-187 schilderwerk Bosrandweg", d,
        text="Beste heer en mevrouw De Vries,\n\nDank voor de prettige samenwerking aan de voorgevel. "
             "In de bijlage vindt u de factuur voor het schilderwerk.\n\nGroet,\nRonald van Dam\n",
        pages=pages, fname="F2026-187.pdf",
        exp=E("F2026-187", due, tot, d, d + days(14), "Dhr. en Mevr. de Vries", "devries.amerongen@ziggo.nl", ib, False, "nl"),
        note="A couple named by forms of address and the surname only (kept whole); the sender's return line above the window.")

    # 2 household, QR box beside the address
    d = D(2026, 11, 12); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Groen & Zo Hoveniers", "Tuinderslaan 31 · 5662 HB Geldrop", "btw-id NL861003449B01 · KvK 17288051"],
        ["Fam. Janssen", "Heuvelstraat 22", "5664 TP Geldrop"],
        [("Factuur", "GZ-26-0419"), ("Datum", date_in("nl", d)), ("Debiteur", "J0218")],
        "Factuur tuinonderhoud najaar", [("Snoeien haag en heesters (uren)", 6, 4250), ("Afvoer groenafval", 1, 3500),
                                         ("Bladblazen en gazon verticuteren", 1, 8900)], 21,
        ["Betaaltermijn 14 dagen. Scan de QR-code of maak over naar %s" % iban_spaced(ib),
         "o.v.v. het factuurnummer. Vragen? Bel Mark op 06-41877302."],
        ["Groen & Zo Hoveniers — tuinaanleg en onderhoud in de Kempen"], layout="qr",
        side=["Scan & betaal met je bankapp"])
    add("e-Boekhouden", "nl", "pdf", "administratie@groenenzo.nl", "Groen & Zo Hoveniers",
        "janssen.heuvelstraat@gmail.com", "Familie Janssen", "Uw factuur GZ-26-0419", d,
        text="Goedemiddag,\n\nHierbij ontvangt u de factuur voor het najaarsonderhoud van uw tuin.\n\n"
             "Met groene groet,\nGroen & Zo Hoveniers\n",
        pages=pages, fname="Factuur_GZ-26-0419.pdf",
        exp=E("GZ-26-0419", due, tot, d, d + days(14), "Fam. Janssen", "janssen.heuvelstraat@gmail.com", ib, False, "nl"),
        note="'Fam.' household name; a QR box beside the address; 'Debiteur' code in the box; term 14 days.")

    # 3 couple with initials and a double surname, address right, boxes left (interleaved)
    d = D(2026, 11, 3); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Pianostemmerij Noorderlicht", "Oude Boteringestraat 9a, 9712 GD Groningen", "KvK 70022916"],
        ["J. & M. van den Berg-de Wit", "Keizersgracht 412 3-hoog", "1016 GC Amsterdam"],
        [("Nota nr.", "2026/088"), ("Datum", date_in("nl", d)), ("Uw klantcode", "BERG04"), ("Stemming", "2e van 2026")],
        "Nota", [("Stemmen vleugel Blüthner, A=442", 1, 14500), ("Intoneren drie hamers", 1, 4500), ("Reiskosten", 1, 3850)],
        None, ["Graag binnen 30 dagen voldoen op %s t.n.v. T. Hazenberg." % iban_spaced(ib),
               "Vrijgesteld van omzetbelasting (kleineondernemersregeling)."],
        ["Pianostemmerij Noorderlicht · Tjeerd Hazenberg · 050-3182240"], layout="swap")
    add("Word", "nl", "pdf", "tjeerd@pianonoorderlicht.nl", "Tjeerd Hazenberg",
        "jm.vandenberg@xs4all.nl", "Joost & Mieke", "Nota stemming vleugel", d,
        text="Beste Joost en Mieke,\n\nFijn dat de vleugel weer goed klinkt. Mijn nota zit in de bijlage.\n\n"
             "Hartelijke groet,\nTjeerd\n",
        pages=pages, fname="nota-2026-088.pdf",
        exp=E("2026/088", due, tot, d, d + days(30), "J. & M. van den Berg-de Wit", "jm.vandenberg@xs4all.nl", ib, False, "nl"),
        note="Couple by initials with a hyphenated double surname, '3-hoog' in the street line; the address right with the boxes interleaved left; KOR, no VAT.")

    # 4 academic titles, right letterhead, boxes below
    d = D(2026, 11, 18); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Boekbinderij Het Perkament", "Voorstraat 61 · 3512 AK Utrecht", "KvK 30177426 · NL001926633B09"],
        ["mr. drs. A.B. van der Linden", "Maliesingel 5", "3581 BC Utrecht"],
        [("Factuurnr.", "HP-1133"), ("Datum", date_in("nl", d)), ("Vervaldatum", date_in("nl", d + days(21)))],
        "Factuur", [("Restauratie atlas 1742, halfleer", 1, 38000), ("Foedraal op maat", 1, 9500)], 21,
        ["Het bedrag van deze factuur kunt u uiterlijk op de vervaldatum overmaken naar",
         "%s (Boekbinderij Het Perkament)." % iban_spaced(ib)],
        ["Het Perkament · ambachtelijk boekbinden en restaureren sinds 1988"], layout="right")
    add("SnelStart", "nl", "pdf", "winkel@hetperkament.nl", "Boekbinderij Het Perkament",
        "abvdlinden@planet.nl", None, "Factuur HP-1133", d,
        text="Geachte heer Van der Linden,\n\nDe atlas is klaar en kan worden opgehaald. Bijgaand de factuur.\n\n"
             "Met vriendelijke groet,\nEls Dekker\nBoekbinderij Het Perkament\n",
        pages=pages, fname="HP-1133.pdf",
        exp=E("HP-1133", due, tot, d, d + days(21), "mr. drs. A.B. van der Linden", "abvdlinden@planet.nl", ib, False, "nl"),
        note="'mr. drs.' academic titles with initials and 'van der' (part of the name); the To header only an address.")

    # 5 surname first
    d = D(2026, 11, 20); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Fysiotherapie De Brink", "Brinkstraat 2, 7411 BR Deventer", "AGB 04-123987"],
        ["Vries, de J.", "Zutphenseweg 118", "7418 AK Deventer"],
        [("Notanummer", "202611-0341"), ("Notadatum", date_in("nl", d)), ("Geboortedatum", "14-03-1961"),
         ("Verzekeraar", "niet gedeclareerd")],
        "Nota fysiotherapie", [("Behandeling fysiotherapie 03-11", 1, 4200), ("Behandeling fysiotherapie 10-11", 1, 4200),
                               ("Behandeling fysiotherapie 17-11", 1, 4200), ("Toeslag behandeling aan huis", 3, 1950)],
        None, ["Deze nota is niet bij uw zorgverzekeraar ingediend. Wij verzoeken u het bedrag binnen",
               "30 dagen over te maken op rekening %s." % iban_spaced(ib),
               "Zorg is vrijgesteld van btw."],
        ["Fysiotherapie De Brink · 0570-612044 · praktijk@fysiodebrink.nl"])
    add("Intramed", "nl", "pdf", "praktijk@fysiodebrink.nl", "Fysiotherapie De Brink",
        "jdevries61@kpnmail.nl", "Jan de Vries", "Nota fysiotherapie november", d,
        text="Geachte heer De Vries,\n\nIn de bijlage treft u de nota aan van uw behandelingen in november.\n\n"
             "Met vriendelijke groet,\nSecretariaat Fysiotherapie De Brink\n",
        pages=pages, fname="nota_202611-0341.pdf",
        exp=E("202611-0341", due, tot, d, d + days(30), "J. de Vries", "jdevries61@kpnmail.nl", ib, False, "nl"),
        note="Surname first with the tussenvoegsel after the comma ('Vries, de J.'), labelled as it is said (relabelled 2026-12-05: the README's labelling choices); a date of birth in the box; no VAT.")

    # 6 a bewindvoerder: p/a and a Postbus
    d = D(2026, 11, 6); ib = iban(rng, "NL")
    net = 37188; v = round(net * 21 / 100); tot = net + v
    pages, _, _ = pdf_doc("nl", "EUR",
        ["Schoonmaakdienst Twente Thuis", "Haaksbergerstraat 190 · 7513 EM Enschede", "KvK 08176630 · btw NL818822017B01"],
        ["Dhr. M. Kartosen", "p/a Bewindvoering Het Anker", "Postbus 1203", "7500 BE Enschede"],
        [("Factuurnummer", "TT-2610-077"), ("Factuurdatum", date_in("nl", d)), ("Periode", "oktober 2026"),
         ("Cliëntnummer", "C-3310")],
        "Factuur", [("Huishoudelijke hulp okt. (12,5 uur à € 29,75)", 1, net)], 21,
        ["Het totaal van %s graag binnen 14 dagen naar %s" % (money_in("EUR", "nl", tot), iban_spaced(ib)),
         "onder vermelding van betalingskenmerk 7003 3100 2610 0770."],
        ["Twente Thuis · huishoudelijke hulp aan huis · 053-4331872"])
    add("WeFact", "nl", "pdf", "facturatie@twentethuis.nl", "Twente Thuis",
        "administratie@bewindvoeringhetanker.nl", "Bewindvoering Het Anker", "Factuur TT-2610-077 cliënt C-3310", d,
        text="Geachte bewindvoerder,\n\nBijgaand de factuur voor de huishoudelijke hulp van dhr. Kartosen over oktober.\n\n"
             "Met vriendelijke groet,\nTwente Thuis\n",
        pages=pages, fname="TT-2610-077.pdf",
        exp=E("TT-2610-077", tot, tot, d, d + days(14), "M. Kartosen", "administratie@bewindvoeringhetanker.nl", ib, False, "nl",
              ref="7003310026100770"),
        note="A client billed 'p/a' his bewindvoerder at a Postbus; the mail goes to the bewindvoerder; a betalingskenmerk in groups.")

    # 7 a VvE, t.a.v. the treasurer, Postbus; two pages
    d = D(2026, 11, 24); ib = iban(rng, "NL")
    lines = [("Onderhoudsbeurt lift A (kwartaal 4)", 1, 38500), ("Onderhoudsbeurt lift B (kwartaal 4)", 1, 38500),
             ("Storingsdienst 02-10, deur blijft hangen", 1, 14650), ("Deurcontact lift A vervangen", 1, 8920),
             ("Keuring aanwijzingsbesluit lift A", 1, 21000), ("Keuring aanwijzingsbesluit lift B", 1, 21000),
             ("Noodtelefoon abonnement Q4 (2 liften)", 2, 4800), ("Kooiverlichting LED lift B", 1, 6375),
             ("Voorrijkosten storing 02-10", 1, 5500), ("Smeermiddel en klein materiaal", 1, 2140),
             ("Logboek bijwerken en rapportage", 1, 3500), ("Controle noodstroomvoorziening", 2, 4250)]
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Liftservice Brabant B.V.", "Industrieweg 40, 4879 AN Etten-Leur", "KvK 20118734 · btw NL009366120B01"],
        ["VvE Parkflat Oosterhout", "t.a.v. de penningmeester", "Postbus 88", "4900 AB Oosterhout"],
        [("Factuurnummer", "LSB260931"), ("Factuurdatum", date_in("nl", d)), ("Contractnr.", "OC-2219"),
         ("Object", "Parklaan 2-120")],
        "Factuur", lines, 21,
        ["Betaling binnen 30 dagen na factuurdatum op %s t.n.v. Liftservice Brabant B.V." % iban_spaced(ib),
         "Vermeld bij betaling ons factuurnummer."],
        ["Liftservice Brabant B.V. · 076-5029100 · debiteuren@liftservicebrabant.nl"], split=7)
    add("Exact Online", "nl", "pdf", "debiteuren@liftservicebrabant.nl", "Liftservice Brabant",
        "penningmeester@vveparkflat.nl", "Penningmeester VvE Parkflat", "Factuur LSB260931 onderhoud liften Q4", d,
        text="Geachte penningmeester,\n\nBijgevoegd treft u onze factuur LSB260931 voor het onderhoud en de keuring "
             "van beide liften aan.\n\nMet vriendelijke groet,\nLiftservice Brabant B.V.\n",
        pages=pages, fname="LSB260931.pdf",
        exp=E("LSB260931", due, tot, d, d + days(30), "VvE Parkflat Oosterhout", "penningmeester@vveparkflat.nl", ib, True, "nl"),
        note="A VvE (business true by this set's call) billed 't.a.v. de penningmeester' at a Postbus; totals on page 2.")

    # 8 Flemish, Moroccan name, structured communication
    d = D(2026, 11, 10); ib = iban(rng, "BE"); ref = ogm("0261110042")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Elektro Vandamme", "Brugsesteenweg 233 · 9000 Gent", "BTW BE 0712.448.203"],
        ["Mevrouw Nadia El Khattabi", "Sleepstraat 71 bus 3", "9000 Gent"],
        [("Factuur nr.", "2026-0412"), ("Factuurdatum", date_in("be", d)), ("Vervaldag", date_in("be", d + days(15))),
         ("Klant", "K-0877")],
        "FACTUUR", [("Vervangen zekeringkast 8 kringen", 1, 64000), ("Differentieel 30 mA", 1, 9800),
                    ("Keuring AREI door erkend organisme", 1, 15500)], 6,
        ["Btw 6 %: woning ouder dan 10 jaar, verklaring van de klant op de offerte.",
         "Gelieve te betalen op %s met gestructureerde mededeling %s." % (iban_spaced(ib), ref)],
        ["Elektro Vandamme · erkend installateur · 09 223 41 90"], mstyle="nl")
    add("Teamleader", "nl", "pdf", "factuur@elektrovandamme.be", "Elektro Vandamme",
        "nadia.elkhattabi@telenet.be", "Nadia", "Factuur 2026-0412", d,
        text="Beste mevrouw El Khattabi,\n\nIn bijlage vindt u de factuur voor de nieuwe zekeringkast.\n\n"
             "Met vriendelijke groeten,\nPieter Vandamme\n",
        pages=pages, fname="factuur_2026-0412.pdf",
        exp=E("2026-0412", due, tot, d, d + days(15), "Nadia El Khattabi", "nadia.elkhattabi@telenet.be", ib, False, "nl", ref=ref),
        note="Flemish; 'Mevrouw' before a Moroccan name with 'El'; a 'bus 3' flat number; structured communication.")

    # 9 Flemish, heirs of the late ..., p/a the notary
    d = D(2026, 11, 16); ib = iban(rng, "BE"); ref = ogm("0261116019")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Ontruimingen Deconinck", "Kortrijksestraat 58, 8500 Kortrijk", "BTW BE 0688.120.954"],
        ["Erven wijlen Jozef Verbeke", "p/a Notariskantoor Claeys & Devos", "Doorniksewijk 44", "8500 Kortrijk"],
        [("Factuur", "OD/26/118"), ("Datum", date_in("be", d)), ("Adres woning", "Hoogstraat 12, Heule")],
        "Factuur", [("Volledige ontruiming woning, 3 dagen", 1, 245000), ("Container 20 m³", 2, 39500),
                    ("Opbrengst inboedel (opkoop)", 1, -42000)], 21,
        ["Te betalen binnen 30 dagen na factuurdatum op %s," % iban_spaced(ib),
         "mededeling %s." % ref],
        ["Ontruimingen Deconinck · woningontruiming na overlijden · 056 37 22 10"], mstyle="nl")
    add("Exact Online", "nl", "pdf", "boekhouding@ontruimingendeconinck.be", "Ontruimingen Deconinck",
        "dossiers@claeysdevos.be", "Notariskantoor Claeys & Devos", "Factuur OD/26/118 - nalatenschap Verbeke", d,
        text="Geachte notaris,\n\nZoals afgesproken sturen wij de factuur voor de ontruiming van de woning in de Hoogstraat "
             "op naam van de erven. De waarde van de opgekochte inboedel is in mindering gebracht.\n\n"
             "Hoogachtend,\nDries Deconinck\n",
        pages=pages, fname="OD-26-118.pdf",
        exp=E("OD/26/118", due, tot, d, d + days(30), "Erven wijlen Jozef Verbeke", "dossiers@claeysdevos.be", ib, False, "nl", ref=ref),
        note="Heirs of the late J. Verbeke billed p/a the notary (business false: private heirs); a negative line for the bought contents.")

    # 10 a Dutch couple living in Spain
    d = D(2026, 11, 2); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("nl", "EUR",
        ["Caravanstalling De Peel", "Peelweg 3 · 5757 RA Liessel", "KvK 17190325 · NL001442871B73"],
        ["Dhr. P. Hoekstra en mevr. L. Hoekstra-Mulder", "Calle Almendros 14, Urb. La Sella", "03749 Jesús Pobre (Alicante)", "SPANJE"],
        [("Factuurnr.", "2026-3051"), ("Datum", date_in("nl", d)), ("Stallingsplek", "B-17"),
         ("Te betalen vóór", date_in("nl", D(2026, 12, 1)))],
        "Factuur stalling 2026-2027", [("Binnenstalling caravan 1-11-26 t/m 31-10-27", 1, 86000),
                                        ("Accu onderhoudsladen", 1, 4500)], 21,
        ["Betaling vóór 1 december 2026 op %s (BIC RABONL2U)." % iban_spaced(ib),
         "Bij betaling vanuit het buitenland graag kosten voor uw rekening (SHA/OUR)."],
        ["Caravanstalling De Peel · stalling en onderhoud van caravans en campers"], layout="right")
    add("Informer", "nl", "pdf", "info@caravanstallingdepeel.nl", "Caravanstalling De Peel",
        "pietenlies.hoekstra@gmail.com", "Piet en Lies", "Factuur stalling seizoen 2026-2027", d,
        text="Beste heer en mevrouw Hoekstra,\n\nHierbij de factuur voor de stalling van uw caravan voor het komende jaar. "
             "Fijne winter in Spanje!\n\nGroeten,\nCaravanstalling De Peel\n",
        pages=pages, fname="factuur-2026-3051.pdf",
        exp=E("2026-3051", due, tot, d, D(2026, 12, 1), "P. Hoekstra en L. Hoekstra-Mulder", "pietenlies.hoekstra@gmail.com", ib, False, "nl"),
        note="A couple named one by one (both forms dropped), living in Spain; 'SPANJE' as the last address line.")

    # 11 body text: the parents of a pupil, To header 'Mama'
    d = D(2026, 11, 4); ib = iban(rng, "NL")
    text = ("Beste ouders van Sem,\n\nHierbij de factuur voor het tweede lesblok van dit schooljaar.\n\n"
            "FACTUUR 26-2-0147\n"
            "Aan: t.a.v. de ouders van Sem Bakker, Lindeweg 8, 3781 GE Voorthuizen\n"
            "Datum: %s\n\n"
            "Lesblok 2 (november t/m januari), 10 gitaarlessen van 30 minuten   € 235,00\n"
            "Huur gitaar 3/4, drie maanden                                       € 27,00\n"
            "Totaal (vrijgesteld van btw)                                        € 262,00\n\n"
            "Wilt u het bedrag uiterlijk %s overmaken naar %s t.n.v. Muziekschool De Toonladder?\n\n"
            "Muzikale groet,\nAnnemiek Hol\nMuziekschool De Toonladder\n") % (
        date_in("nl", d), date_in("nl", D(2026, 11, 25), "long"), iban_spaced(ib))
    add("mail", "nl", "body-text", "administratie@detoonladder.nl", "Muziekschool De Toonladder",
        "bakker.voorthuizen@hotmail.com", "Mama", "Factuur lesblok 2 - Sem Bakker", d, text=text,
        exp=E("26-2-0147", 26200, 26200, d, D(2026, 11, 25), "de ouders van Sem Bakker", "bakker.voorthuizen@hotmail.com", ib, False, "nl"),
        note="Billed 't.a.v. de ouders van' a pupil (debtor as printed after t.a.v.); To header 'Mama'; no VAT.")

    # 12 body text: Indonesian name, To header 'Opa Rudi'
    d = D(2026, 11, 19); ib = iban(rng, "NL")
    text = ("Dag meneer Soerjadi,\n\nDe laptop is weer helemaal in orde; u kunt hem morgen ophalen. "
            "Hieronder mijn rekening.\n\n"
            "Rekening nr. PC-0936 van %s\n"
            "Voor: dhr. R.M. Soerjadi, Johan de Wittlaan 61, 2517 JR Den Haag\n\n"
            "- SSD 1 TB geplaatst en Windows opnieuw geïnstalleerd: € 149,00\n"
            "- Gegevens overgezet van oude schijf: € 45,00\n"
            "- Bedrag inclusief 21%% btw (€ 33,67): € 194,00\n\n"
            "Betalen kan binnen 8 dagen op %s (PC Hulp Scheveningen), of contant bij het ophalen.\n\n"
            "Met vriendelijke groet,\nBas Ruijgrok\nPC Hulp Scheveningen - KvK 59921047 - btw NL853371092B01\n") % (
        date_in("nl", d, "long"), iban_spaced(ib))
    add("mail", "nl", "body-text", "bas@pchulpscheveningen.nl", "Bas Ruijgrok",
        "rm.soerjadi@casema.nl", "Opa Rudi", "rekening laptop", d, text=text,
        exp=E("PC-0936", 19400, 19400, d, d + days(8), "R.M. Soerjadi", "rm.soerjadi@casema.nl", ib, False, "nl"),
        note="Typed 'Rekening' for an Indonesian name with two initials; To header 'Opa Rudi'; total incl. VAT; 8 days.")

    # 13 body text: Turkish double surname
    d = D(2026, 11, 23); ib = iban(rng, "NL")
    text = ("Lieve Şeyma,\n\nWat een prachtige bruiloft was het! Zoals beloofd de factuur voor het haar en de make-up.\n\n"
            "Factuurnummer: BH-26041\nFactuurdatum: %s\n"
            "Klant: mevr. Ş. Yıldırım-Kaya, Weimarstraat 210, 2562 HE Den Haag\n\n"
            "Bruidskapsel incl. proefsessie ........ € 325,00\n"
            "Bruidsmake-up incl. proefsessie ....... € 275,00\n"
            "Make-up twee bruidsmeisjes ............ € 170,00\n"
            "Totaal ................................ € 770,00\n"
            "Reeds betaald (aanbetaling) ........... € 200,00 -\n"
            "Nog te voldoen ........................ € 570,00\n\n"
            "Alle prijzen zijn inclusief 21%% btw. Het restant graag binnen 14 dagen naar %s "
            "t.n.v. Beauty by Hülya.\n\nLiefs,\nHülya\nBeauty by Hülya | KvK 81230457 | NL004187229B12\n") % (
        date_in("nl", d), iban_spaced(ib))
    add("Gmail", "nl", "body-text", "hulya@beautybyhulya.nl", "Beauty by Hülya",
        "seyma.yildirim@live.nl", "Şeyma", "Factuur bruidsstyling BH-26041", d, text=text,
        exp=E("BH-26041", 57000, 77000, d, d + days(14), "Ş. Yıldırım-Kaya", "seyma.yildirim@live.nl", ib, False, "nl"),
        note="Turkish hyphenated double surname with dotless ı and Ş; a deposit already paid.")

    # 14 body text Flemish: a football club paying a bus trip
    d = D(2026, 11, 13); ib = iban(rng, "BE"); ref = ogm("0000261342")
    text = ("Beste Filip,\n\nBedankt om opnieuw met ons te rijden. Hierbij de factuur voor de verplaatsing van de U13.\n\n"
            "FACTUUR 26/1342 — %s\n"
            "Klant: KFC Rapid Heist vzw, jeugdwerking, Sportlaan 5, 2220 Heist-op-den-Berg (BTW BE 0419.662.307)\n\n"
            "Autocar 50 plaatsen Heist – Oostende v.v. (14/11)     € 780,00\n"
            "Parkeerkosten en tol                                   € 35,00\n"
            "Btw 6 %%                                                € 48,90\n"
            "Totaal                                                 € 863,90\n\n"
            "Betaling op %s vóór %s met mededeling %s.\n\n"
            "Groeten,\nAutocars Peeters\n") % (
        date_in("be", d), iban_spaced(ib), date_in("be", D(2026, 12, 13)), ref)
    add("mail", "nl", "body-text", "planning@autocarspeeters.be", "Autocars Peeters",
        "jeugd@kfcrapidheist.be", "Filip (jeugdwerking)", "Factuur 26/1342 busreis U13", d, text=text,
        exp=E("26/1342", 86390, 86390, d, D(2026, 12, 13), "KFC Rapid Heist vzw", "jeugd@kfcrapidheist.be", ib, True, "nl", ref=ref),
        note="Flemish; a sports club (vzw, with a VAT number) paying a youth team's trip; the department after the name.")

    # 15 body text: a landlord paying for a tenant's flat
    d = D(2026, 11, 26); ib = iban(rng, "NL")
    text = ("Goedemorgen,\n\nVanochtend de voordeur van het appartement van uw huurder geopend en het slot vervangen. "
            "De kosten zijn voor de verhuurder, zoals met uw beheerder afgesproken.\n\n"
            "Factuur 2026-1188 (%s)\n"
            "Factuuradres: Verhuur Maasoever B.V., Postbus 5021, 3008 AA Rotterdam (KvK 24391107)\n"
            "Betreft: huurder dhr. K. Wiśniewski, Maasboulevard 40 app. 12, Rotterdam\n\n"
            "Spoedopening deur buiten kantooruren   € 145,00\n"
            "SKG*** cilinder incl. montage          € 89,50\n"
            "Subtotaal                              € 234,50\n"
            "BTW 21%%                                € 49,25\n"
            "Totaal                                 € 283,75\n\n"
            "Graag voldoen binnen 14 dagen op %s.\n\n"
            "Met vriendelijke groet,\nSleutelservice Feijenoord\n") % (date_in("nl", d), iban_spaced(ib))
    add("mail", "nl", "body-text", "info@sleutelservicefeijenoord.nl", "Sleutelservice Feijenoord",
        "onderhoud@verhuurmaasoever.nl", "Verhuur Maasoever - onderhoud", "Factuur 2026-1188 spoedopening Maasboulevard 40-12", d, text=text,
        exp=E("2026-1188", 28375, 28375, d, d + days(14), "Verhuur Maasoever B.V.", "onderhoud@verhuurmaasoever.nl", ib, True, "nl"),
        note="A landlord billed for work at a Polish tenant's flat: the tenant named on a 'Betreft' line is not the debtor.")

    # 16 html: a foundation
    d = D(2026, 11, 17); ib = iban(rng, "NL")
    html = ("<html><body style=\"font-family:Arial\"><p>Beste Hanneke,</p><p>Dank voor de bestelling voor de "
            "vrijwilligersavond. Hieronder de factuur.</p>"
            "<table cellpadding=\"4\"><tr><td><b>Factuur</b></td><td>KK-2026-311</td></tr>"
            "<tr><td>Datum</td><td>%s</td></tr>"
            "<tr><td>Aan</td><td>Stichting Vrienden van Hospice De Linde<br>Postbus 214<br>6800 AE Arnhem</td></tr></table>"
            "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
            "<tr><th>Omschrijving</th><th>Bedrag</th></tr>"
            "<tr><td>Buffet warm en koud, 45 personen à € 24,50</td><td>€ 1.102,50</td></tr>"
            "<tr><td>Bediening 2 personen, 4 uur</td><td>€ 280,00</td></tr>"
            "<tr><td>Btw 9%% over buffet</td><td>€ 99,23</td></tr>"
            "<tr><td>Btw 21%% over bediening</td><td>€ 58,80</td></tr>"
            "<tr><td><b>Totaal</b></td><td><b>€ 1.540,53</b></td></tr></table>"
            "<p>Wij zien het bedrag graag binnen 21 dagen tegemoet op %s t.n.v. Keuken van Kaat.</p>"
            "<p>Hartelijke groet,<br>Kaat Hermsen<br>Keuken van Kaat · KvK 09211866</p></body></html>") % (
        date_in("nl", d), iban_spaced(ib))
    add("Jortt", "nl", "body-html", "kaat@keukenvankaat.nl", "Keuken van Kaat",
        "secretariaat@vriendenhospicedelinde.nl", "Hanneke Smits", "Factuur KK-2026-311 vrijwilligersavond", d, html=html,
        exp=E("KK-2026-311", 154053, 154053, d, d + days(21), "Stichting Vrienden van Hospice De Linde", "secretariaat@vriendenhospicedelinde.nl", ib, True, "nl"),
        note="A foundation at a Postbus (business true: an organisation); the To header names the secretary; two VAT rates.")

    # 17 html: Vietnamese name, driving school
    d = D(2026, 11, 27); ib = iban(rng, "NL")
    html = ("<html><body><p>Hallo Lan,</p><p>Gefeliciteerd met je tussentijdse toets! Hier is de factuur voor je "
            "lespakket.</p><div style=\"border:1px solid #ccc;padding:10px\">"
            "<p><b>Autorijschool Vooruit</b><br>Hoofdweg 77, 9681 AC Midwolda</p>"
            "<p>Factuurnummer: <b>AV 2611-22</b><br>Factuurdatum: %s<br>"
            "Leerling / debiteur: Mevr. Nguyen Thi Lan<br>Adres: Zuiderstraat 3a, 9679 BK Scheemda</p>"
            "<p>Lespakket 20 lessen van 60 minuten: € 1.190,00<br>Tussentijdse toets (CBR): € 154,00<br>"
            "Totaal: € 1.344,00<br>Ontvangen termijn 1: - € 600,00<br><b>Openstaand: € 744,00</b></p>"
            "<p>Prijzen incl. btw. Betaal het openstaande bedrag vóór %s op %s.</p></div>"
            "<p>Groet, Henk</p></body></html>") % (
        date_in("nl", d), date_in("nl", D(2026, 12, 11)), iban_spaced(ib))
    add("mail", "nl", "body-html", "henk@autorijschoolvooruit.nl", "Autorijschool Vooruit",
        "lan.nguyen2008@gmail.com", "Lan Nguyen", "Factuur lespakket", d, html=html,
        exp=E("AV 2611-22", 74400, 134400, d, D(2026, 12, 11), "Nguyen Thi Lan", "lan.nguyen2008@gmail.com", ib, False, "nl"),
        note="A Vietnamese name in its own order (family name first) after 'Mevr.'; the To header reorders it; one instalment paid.")

    # 18 html: a school class paying as a group
    d = D(2026, 11, 25); ib = iban(rng, "NL")
    html = ("<html><body><table width=\"600\"><tr><td><h2>Theaterwerkplaats Het Podium</h2>"
            "<p>Factuur <b>TP-26-074</b> &middot; %s</p>"
            "<p>Factuuradres:<br>OBS De Regenboog<br>t.a.v. groep 8, juf Anouk Meijer<br>Zwanenveld 90-01<br>6538 RW Nijmegen</p>"
            "<table border=\"0\" cellpadding=\"3\"><tr><td>Workshop musical groep 8 (28 leerlingen, 4 dagdelen)</td><td>€ 640,00</td></tr>"
            "<tr><td>Kostuums en grime</td><td>€ 85,00</td></tr>"
            "<tr><td><b>Totaal</b> (onderwijs, vrijgesteld van btw)</td><td><b>€ 725,00</b></td></tr></table>"
            "<p>U kunt het bedrag binnen 30 dagen overmaken op %s, betalingskenmerk 1100 2607 4000 0018.</p>"
            "<p>Veel plezier met de eindmusical!</p></td></tr></table></body></html>") % (
        date_in("nl", d, "long"), iban_spaced(ib))
    add("Moneybird", "nl", "body-html", "factuur@theaterhetpodium.nl", "Theaterwerkplaats Het Podium",
        "groep8@obsderegenboog.nl", "Juf Anouk", "Factuur TP-26-074 workshop groep 8", d, html=html,
        exp=E("TP-26-074", 72500, 72500, d, d + days(30), "OBS De Regenboog", "groep8@obsderegenboog.nl", ib, True, "nl",
              ref="1100260740000018"),
        note="A school class paying as a group: the school is the debtor, the class and the teacher on the t.a.v. line.")

    # 19 html: Portuguese name, To header a couple's nicknames
    d = D(2026, 11, 30); ib = iban(rng, "NL")
    html = ("<html><body><p>Olá João,</p><p>Je e-bike is klaar voor de winter. De factuur staat hieronder.</p>"
            "<table cellspacing=\"0\" cellpadding=\"5\" style=\"border:1px solid #888\">"
            "<tr><td colspan=\"2\"><b>Fietshuys Oost</b> — factuur <b>FO-2611-58</b></td></tr>"
            "<tr><td>Klant</td><td>Dhr. João Pereira da Silva<br>Javastraat 102-II<br>1094 HJ Amsterdam</td></tr>"
            "<tr><td>Datum</td><td>%s</td></tr>"
            "<tr><td>Winterbeurt e-bike</td><td>€ 89,00</td></tr>"
            "<tr><td>Kettingset Shimano</td><td>€ 64,95</td></tr>"
            "<tr><td>Binnenband + plakken</td><td>€ 17,50</td></tr>"
            "<tr><td><b>Te betalen</b> (incl. € 29,76 btw)</td><td><b>€ 171,45</b></td></tr></table>"
            "<p>Graag binnen 7 dagen overmaken naar %s t.n.v. Fietshuys Oost. Tot ziens!</p></body></html>") % (
        date_in("nl", d), iban_spaced(ib))
    add("mail", "nl", "body-html", "werkplaats@fietshuysoost.nl", "Fietshuys Oost",
        "joaoemarta@protonmail.com", "João & Marta", "Factuur winterbeurt", d, html=html,
        exp=E("FO-2611-58", 17145, 17145, d, d + days(7), "João Pereira da Silva", "joaoemarta@protonmail.com", ib, False, "nl"),
        note="A Portuguese name with 'da' after 'Dhr.'; flat 'II' in the street; To header a couple's first names.")

    # 20 html Flemish: a couple by a double surname only
    d = D(2026, 11, 5); ib = iban(rng, "BE"); ref = ogm("2611050077")
    html = ("<html><body><p>Geachte heer en mevrouw,</p><p>Wij danken u voor uw vertrouwen. Hierbij onze factuur "
            "voor de aanleg van de oprit.</p>"
            "<p><b>Tuinaanleg Goossens</b> &ndash; Lierseweg 140, 2200 Herentals &ndash; BTW BE 0845.302.118</p>"
            "<p>Factuur nr. <b>F26-077</b><br>Factuurdatum: %s<br>Vervaldatum: %s</p>"
            "<p>Dhr. en Mevr. Claes-Peeters<br>Molenstraat 19<br>2260 Westerlo</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><td>Oprit in kasseien, 42 m²</td><td>€ 3.570,00</td></tr>"
            "<tr><td>Fundering en afvoer grond</td><td>€ 1.140,00</td></tr>"
            "<tr><td>Btw 6 %%</td><td>€ 282,60</td></tr>"
            "<tr><td><b>Totaal te betalen</b></td><td><b>€ 4.992,60</b></td></tr></table>"
            "<p>Gelieve het totaal te storten op %s met vermelding van %s.</p>"
            "<p>Met vriendelijke groeten,<br>Jef Goossens</p></body></html>") % (
        date_in("be", d), date_in("be", d + days(30)), iban_spaced(ib), ref)
    add("Odoo", "nl", "body-html", "info@tuinaanleggoossens.be", "Tuinaanleg Goossens",
        "claes.peeters@skynet.be", None, "Factuur F26-077", d, html=html,
        exp=E("F26-077", 499260, 499260, d, d + days(30), "Dhr. en Mevr. Claes-Peeters", "claes.peeters@skynet.be", ib, False, "nl", ref=ref),
        note="Flemish; a couple by one double surname only (forms kept); the address block in the middle of the body.")


# ---------------------------------------------------------------- Dutch and Flemish non-invoices
def nl_not():
    # N1 a kitchen quote (PDF)
    d = D(2026, 11, 11)
    pages, tot, _ = pdf_doc("nl", "EUR",
        ["Keukenstudio Lindenhof", "Energieweg 12 · 3861 NN Nijkerk", "KvK 32099415 · NL812004661B01"],
        ["Fam. Öztürk", "Vogelkers 33", "3863 HX Nijkerk"],
        [("Offertenummer", "OFF-26-2207"), ("Datum", date_in("nl", d)), ("Geldig tot", date_in("nl", d + days(30)))],
        "Offerte keuken", [("Keuken in hoekopstelling, mat antraciet", 1, 1189000), ("Inductiekookplaat met afzuiging", 1, 189500),
                           ("Composiet werkblad 3 m", 1, 214000), ("Montage en aansluiten", 1, 98000)], 21,
        ["Voor akkoord graag deze offerte ondertekend retour. Bij opdracht vragen wij 30 % aanbetaling;",
         "de rest na oplevering."],
        ["Keukenstudio Lindenhof · showroom open di t/m za"], ret="Keukenstudio Lindenhof · Energieweg 12 · Nijkerk")
    add("Word", "nl", "none", "verkoop@keukenstudiolindenhof.nl", "Keukenstudio Lindenhof",
        "ozturk.nijkerk@gmail.com", "Emre Öztürk", "Uw offerte OFF-26-2207", d,
        text="Beste familie Öztürk,\n\nDank voor uw bezoek aan onze showroom. Zoals besproken ontvangt u hierbij de offerte "
             "voor uw nieuwe keuken.\n\nMet vriendelijke groet,\nRamon Lindhout\n",
        pages=pages, fname="Offerte_OFF-26-2207.pdf",
        why="A quote with a validity date and a signature for approval; nothing is owed yet.",
        note="Offerte with totals and VAT in an invoice-like layout, a window return line and a household name.")

    # N2 appointment confirmation with the price
    d = D(2026, 11, 20)
    add("Salonized", "nl", "none", "afspraken@voetenwerkpedicure.nl", "Voetenwerk Pedicure",
        "a.tjonafong@gmail.com", "Mevr. A. Tjon-A-Fong", "Bevestiging van uw afspraak op 3 december", d,
        text="Beste mevrouw Tjon-A-Fong,\n\nUw afspraak is bevestigd:\n\n"
             "Behandeling: medische voetzorg (diabetische voet)\nDatum: donderdag 3 december 2026, 10:30 uur\n"
             "Locatie: Voetenwerk Pedicure, Marktplein 4, Almere Haven\nPrijs: € 48,50 (af te rekenen na de behandeling, pin of contant)\n\n"
             "Verhinderd? Annuleer kosteloos tot 24 uur van tevoren.\n\nTot dan,\nVoetenwerk Pedicure\n",
        why="An appointment confirmation: the price is paid at the visit, nothing is billed.",
        note="A Surinamese-Chinese double surname, a price and a date; paid at the appointment.")

    # N3 webshop order confirmation, paid online
    d = D(2026, 11, 28)
    html = ("<html><body><h2>Bedankt voor je bestelling!</h2><p>Hoi Marloes,</p><p>We hebben je betaling via iDEAL "
            "ontvangen en pakken je bestelling vandaag in.</p>"
            "<p>Bestelnummer: <b>#100482</b><br>Besteldatum: %s</p>"
            "<table cellpadding=\"3\"><tr><td>Wollen plaid oker 130x170</td><td>€ 79,95</td></tr>"
            "<tr><td>Kussenhoes linnen 2x</td><td>€ 39,90</td></tr><tr><td>Verzending</td><td>€ 4,95</td></tr>"
            "<tr><td><b>Totaal (incl. btw)</b></td><td><b>€ 124,80</b></td></tr>"
            "<tr><td>Betaald met iDEAL</td><td>€ 124,80</td></tr></table>"
            "<p>Bezorgadres: M. Kramer-Ong, Vlamingstraat 7-2, 2611 KX Delft</p>"
            "<p>De factuur vind je straks in je account.</p></body></html>") % date_in("nl", d)
    add("Shopify", "nl", "none", "hallo@wolwinkeldelft.nl", "Wolwinkel Delft",
        "marloes.kramer@outlook.com", "Marloes", "Bestelling #100482 bevestigd", d, html=html,
        why="A webshop order confirmation already paid by iDEAL; nothing is asked.",
        note="Totals with VAT and a bold total, a delivery address with a hyphenated name; 'Betaald met iDEAL'.")

    # N4 a deposit request before the work starts (this set's call: not an invoice)
    d = D(2026, 11, 9); ib = iban(rng, "NL")
    pages = []
    p = Page()
    p.text(56, 50, "Badkamerspecialist Van Leeuwen", 13, True)
    p.text(56, 61, "Ambachtsweg 9 · 2222 AH Katwijk · KvK 28140377", 8)
    for k, s in enumerate(["Dhr. A. Benali en mevr. S. Benali-Amrani", "Zeeweg 41", "2224 BN Katwijk"]):
        p.text(56, 150 + k * 13, s, 10)
    p.text(56, 230, "Aanbetalingsverzoek", 15, True)
    rows = [("Kenmerk", "AV-2026-031"), ("Datum", date_in("nl", d)), ("Opdracht", "offerte OFF-2026-118, akkoord 02-11-2026")]
    for k, (a, b) in enumerate(rows):
        p.text(56, 256 + k * 13, a, 9); p.text(156, 256 + k * 13, b, 9)
    p.text(56, 310, "Opdrachtsom badkamerrenovatie (incl. btw)", 9); p.right(539, 310, "€ 14.820,00", 9)
    p.text(56, 324, "Aanbetaling 25 %, te voldoen vóór aanvang werkzaamheden", 9, True); p.right(539, 324, "€ 3.705,00", 9, True)
    p.text(56, 352, "Na ontvangst van de aanbetaling plannen wij de startdatum in. U ontvangt voor elk termijn", 9)
    p.text(56, 364, "een factuur; deze aanbetaling wordt verrekend in de eindfactuur.", 9)
    p.text(56, 378, "Overmaken naar %s o.v.v. AV-2026-031." % iban_spaced(ib), 9)
    pages.append(p)
    add("Gripp", "nl", "none", "planning@badkamervanleeuwen.nl", "Badkamerspecialist Van Leeuwen",
        "benali.katwijk@ziggo.nl", "Ahmed & Samira", "Aanbetalingsverzoek badkamer Zeeweg 41", d,
        text="Beste heer en mevrouw Benali,\n\nFijn dat u voor ons hebt gekozen! In de bijlage het verzoek om de aanbetaling "
             "zodat we de start kunnen inplannen.\n\nMet vriendelijke groet,\nMarco van Leeuwen\n",
        pages=pages, fname="Aanbetalingsverzoek_AV-2026-031.pdf",
        why="A deposit request before work starts, not a VAT invoice: it says each instalment will be invoiced (this set's call).",
        note="Amount, IBAN, 'te voldoen vóór aanvang' and a reference: looks like a bill; a couple named one by one.")

    # N5 membership renewal collected by direct debit (this set's call: not an invoice)
    d = D(2026, 12, 1)
    add("Club Assistant", "nl", "none", "ledenadministratie@ltcdewissel.nl", "LTC De Wissel",
        "familie.deboer@kpnplanet.nl", "Fam. de Boer", "Verlenging lidmaatschap 2027", d,
        text="Beste leden van de familie De Boer,\n\nUw gezinslidmaatschap van LTC De Wissel wordt per 1 januari 2027 "
             "automatisch verlengd. De contributie voor 2027 bedraagt € 412,00 (2 senioren, 2 junioren).\n\n"
             "Conform uw machtiging schrijven wij dit bedrag op of rond 28 januari 2027 af van uw rekening eindigend op 4471. "
             "U hoeft zelf niets te doen.\n\nWilt u opzeggen? Dat kan nog tot 15 december via de ledenadministratie.\n\n"
             "Sportieve groet,\nLedenadministratie LTC De Wissel\n",
        why="A renewal notice whose fee will be collected by direct debit: nothing to transfer or chase (this set's call).",
        note="A household membership with an amount and a collection date; no number, no IBAN of the club.")

    # N6 jaaroverzicht for the tax return (PDF)
    d = D(2026, 12, 2)
    p = Page()
    p.text(56, 50, "Gastouderbureau Kleine Stapjes", 13, True)
    p.text(56, 61, "Dorpsstraat 3 · 1234 AB Ergens · LRK 231004417", 8)
    p.text(56, 136, "Gastouderbureau Kleine Stapjes · Dorpsstraat 3 · 1234 AB Ergens", 6.5)
    for k, s in enumerate(["Dhr. D. Hendriks en mevr. N. Hendriks-Tan", "Zonnedauw 18", "1235 CT Ergens"]):
        p.text(56, 150 + k * 13, s, 10)
    p.text(56, 230, "Jaaroverzicht kinderopvang 2026", 15, True)
    p.text(56, 252, "Ten behoeve van de definitieve berekening van uw kinderopvangtoeslag.", 9)
    rows = [("Kind", "Mila Hendriks, geb. 02-05-2022"), ("Opvangsoort", "gastouderopvang"),
            ("Aantal uren 2026", "1.248"), ("Uurprijs", "€ 8,40"), ("Totaal betaald 2026", "€ 10.483,20")]
    for k, (a, b) in enumerate(rows):
        p.text(56, 276 + k * 13, a, 9); p.text(200, 276 + k * 13, b, 9)
    p.text(56, 356, "Alle facturen over 2026 zijn voldaan. Bewaar dit overzicht bij uw administratie.", 9)
    add("KOVnet", "nl", "none", "administratie@kleinestapjes.nl", "Gastouderbureau Kleine Stapjes",
        "nina.tan@gmail.com", "Nina", "Jaaroverzicht 2026 Mila", d,
        text="Beste Nina en Daan,\n\nIn de bijlage vinden jullie het jaaroverzicht 2026 voor de Belastingdienst.\n\n"
             "Groetjes,\nGastouderbureau Kleine Stapjes\n",
        pages=[p], fname="Jaaroverzicht_2026_Hendriks.pdf",
        why="A yearly overview for the childcare allowance: everything in it is already paid.",
        note="Window return line 'Dorpsstraat 3 · 1234 AB Ergens', a couple named one by one, a paid total.")

    # N7 the business's own typed reminder about an earlier invoice
    d = D(2026, 12, 3)
    add("mail", "nl", "none", "info@klusbedrijfakkerman.nl", "Klusbedrijf Akkerman",
        "r.ramdin@hotmail.com", "Rajesh Ramdin", "Herinnering factuur 2026-0093", d,
        text="Beste meneer Ramdin,\n\nVolgens mijn administratie staat factuur 2026-0093 van 14 oktober (€ 642,00, "
             "het plaatsen van de dakkapelgoot) nog open. Misschien is het aan uw aandacht ontsnapt.\n\n"
             "Zou u willen kijken of de betaling onderweg is? Als u al betaald heeft, kunt u deze mail als niet verzonden "
             "beschouwen.\n\nMet vriendelijke groet,\nGerrit Akkerman\n",
        why="A reminder the business typed about an earlier invoice; the invoice itself was sent before.",
        note="An invoice number, an amount and a date, from the billing address to a private person.")

    # N8 Flemish school-trip letter asking parents to transfer a contribution (this set's call: not an invoice)
    d = D(2026, 11, 18); ib = iban(rng, "BE")
    html = ("<html><body><p>Beste ouders van het zesde leerjaar,</p>"
            "<p>Van 8 tot 12 februari 2027 trekken we met 6A en 6B op sneeuwklassen naar Saint-Jean d'Aulps. "
            "De totale kostprijs bedraagt € 465,00 per leerling; de oudervereniging betaalt daarvan € 60,00.</p>"
            "<p>Wij vragen u een bijdrage van <b>€ 405,00</b> over te schrijven vóór 15 december op rekening %s "
            "van Vrije Basisschool Sint-Jozef, met vermelding van de naam van uw kind en de klas.</p>"
            "<p>Wie het moeilijk heeft om dit bedrag te betalen, kan in alle discretie contact opnemen met de directie; "
            "een afbetalingsplan is mogelijk.</p><p>Met vriendelijke groeten,<br>Meester Wim en juf Sofie</p></body></html>") % iban_spaced(ib)
    add("Gimme", "nl", "none", "secretariaat@vbssintjozef-lier.be", "VBS Sint-Jozef Lier",
        "ouders.6a@vbssintjozef-lier.be", "Ouders 6A", "Sneeuwklassen 2027: bijdrage", d, html=html,
        why="A school letter asking every parent for a trip contribution: no invoice number, no named debtor (this set's call).",
        note="Flemish; an amount, a deadline and an IBAN in a letter to all parents.")

    # N9 Flemish credit note announcement
    d = D(2026, 11, 30)
    add("mail", "nl", "none", "boekhouding@verandadecock.be", "Veranda De Cock",
        "m.vanhecke-dhondt@telenet.be", "Mieke", "Uw factuur 2026/0388 - creditnota volgt", d,
        text="Beste mevrouw Vanhecke-D'hondt,\n\nU hebt gelijk: op factuur 2026/0388 werden de zonwering en de motor "
             "twee keer aangerekend. Wij maken deze week een creditnota op van € 1.245,00 en bezorgen u die per post.\n\n"
             "U hoeft voor het saldo van de factuur niets te doen tot u de creditnota ontvangen hebt.\n\n"
             "Excuses voor het ongemak,\nLieve De Cock\n",
        why="Announces a credit note that is not attached; the credit note itself will follow.",
        note="Flemish; an invoice number and an amount about a credit; a name with an apostrophe.")


# ---------------------------------------------------------------- English invoices (UK, IE, NL)
def en_invoices():
    # E1 UK: a couple by surname only, window
    d = D(2026, 11, 10); ib = iban(rng, "GB")
    pages, tot, due = pdf_doc("en", "GBP",
        ["Hearth & Home Heating", "Unit 6, Mill Lane Trading Estate, Knutsford WA16 8QE", "Gas Safe reg. 603117 · VAT GB 284 1177 09"],
        ["Mr & Mrs O'Neill", "Rose Cottage", "12 Church Walk", "Lower Peover", "Knutsford WA16 9PT"],
        [("Invoice no.", "HH-4471"), ("Invoice date", date_in("en", d)), ("Job ref.", "JB-2210"), ("Due date", date_in("en", d + days(14)))],
        "INVOICE", [("Annual boiler service, Worcester Greenstar", 1, 8500), ("Landlord/homeowner gas safety record", 1, 4500),
                    ("Replacement condensate trap", 1, 3800)], 20,
        ["Please pay within 14 days by bank transfer to IBAN %s." % iban_spaced(ib),
         "Thank you for your custom."],
        ["Hearth & Home Heating Ltd · registered in England no. 10884312"],
        ret="Hearth & Home Heating · Unit 6 Mill Lane · Knutsford WA16 8QE", mstyle="en")
    add("QuickBooks", "en", "pdf", "accounts@hearthandhomeheating.co.uk", "Hearth & Home Heating",
        "the.oneills@btinternet.com", "Pat and Sheila", "Invoice HH-4471 from Hearth & Home Heating", d,
        text="Dear Mr and Mrs O'Neill,\n\nThanks for having us out to service the boiler. Your invoice is attached.\n\n"
             "Kind regards,\nDarren\nHearth & Home Heating\n",
        pages=pages, fname="Invoice_HH-4471.pdf",
        exp=E("HH-4471", due, tot, d, d + days(14), "Mr & Mrs O'Neill", "the.oneills@btinternet.com", ib, False, "en", cur="GBP"),
        note="'Mr & Mrs' with a surname only (kept whole), an apostrophe; five address lines under the window return line.")

    # E2 UK: Dr with a flat number
    d = D(2026, 11, 16); ib = iban(rng, "GB")
    pages, tot, due = pdf_doc("en", "GBP",
        ["Floorwise Carpets", "48 Gloucester Road, Bristol BS7 8BH", "VAT reg. 319 6620 51"],
        ["Dr Priya Raghunathan", "Flat 4", "22 Albion Road", "Bristol BS6 5JE"],
        [("Invoice", "FW-26-0318"), ("Date", date_in("en", d, "dmy/")), ("Account", "RAGH01")],
        "Tax Invoice", [("Wool twist carpet, lounge and hall (31 m²)", 31, 3450), ("Underlay 11 mm", 31, 650),
                        ("Fitting and gripper", 1, 18500), ("Uplift and disposal of old carpet", 1, 4000)], 20,
        ["Payment terms: 7 days from the invoice date.",
         "Bank: Floorwise Carpets, IBAN %s." % iban_spaced(ib)],
        ["Floorwise Carpets · family-run since 1996"], layout="right", mstyle="en")
    add("Sage", "en", "pdf", "office@floorwisecarpets.co.uk", "Floorwise Carpets",
        "priya.r@doctors.org.uk", "Priya", "Your invoice FW-26-0318", d,
        text="Hello Dr Raghunathan,\n\nPlease find attached the invoice for the carpet fitted on Friday. "
             "Let us know if anything needs a tweak.\n\nBest wishes,\nJo at Floorwise\n",
        pages=pages, fname="FW-26-0318.pdf",
        exp=E("FW-26-0318", due, tot, d, d + days(7), "Dr Priya Raghunathan", "priya.r@doctors.org.uk", ib, False, "en", cur="GBP"),
        note="'Dr' kept with a Tamil name; 'Flat 4' on its own line; the account code box under the address.")

    # E3 UK: a letting agent paying for a tenant's repair
    d = D(2026, 11, 19); ib = iban(rng, "GB")
    pages, tot, due = pdf_doc("en", "GBP",
        ["Sparkwell Electrical", "3 Forge Yard, Canterbury CT1 2RA", "NICEIC approved contractor"],
        ["Harcourt Lettings Ltd", "Maintenance Department", "PO Box 7713", "Canterbury CT1 9ZB"],
        [("Invoice No", "SE2611-09"), ("Date", date_in("en", d, "dmy/")), ("Property", "7b Marsh Lane, CT2 7PJ"),
         ("Tenant", "Ms K. Adeyemi")],
        "INVOICE", [("Call-out, no power to kitchen ring", 1, 7500), ("Replace RCBO and test circuit", 1, 9800),
                    ("Labour (1.5 hrs)", 1, 6750)], None,
        ["Not VAT registered. Payment within 30 days to %s, quoting the property." % iban_spaced(ib),
         "Company no. 09311402 (Harcourt Lettings Ltd is billed as landlord's agent)."],
        ["Sparkwell Electrical · Dan Oyelaran · 07700 918 244"], layout="swap", mstyle="en")
    add("FreeAgent", "en", "pdf", "dan@sparkwellelectrical.co.uk", "Sparkwell Electrical",
        "maintenance@harcourtlettings.co.uk", "Harcourt Lettings Maintenance", "Invoice SE2611-09 - 7b Marsh Lane", d,
        text="Hi team,\n\nJob at 7b Marsh Lane done this morning, power restored. Invoice attached.\n\nCheers,\nDan\n",
        pages=pages, fname="SE2611-09.pdf",
        exp=E("SE2611-09", due, tot, d, d + days(30), "Harcourt Lettings Ltd", "maintenance@harcourtlettings.co.uk", ib, True, "en", cur="GBP"),
        note="A letting agent billed for a tenant's repair: the tenant's name sits in the box beside the address; PO Box.")

    # E4 UK: a village hall committee c/o its treasurer; two pages
    d = D(2026, 11, 23); ib = iban(rng, "GB")
    lines = [("Trestle tables 6 ft", 8, 4200), ("Stacking chairs, grey", 40, 2150), ("Chair trolley", 2, 8900),
             ("Table trolley", 1, 12400), ("Urn 30 litre", 1, 16900), ("Crockery set for 60", 1, 21000),
             ("Delivery and installation", 1, 6500), ("Stage steps, anti-slip", 1, 18800), ("Display boards", 4, 5450),
             ("Notice board, lockable", 1, 14200)]
    pages, tot, due = pdf_doc("en", "GBP",
        ["Dales Hall Furnishings", "Station Yard, Skipton BD23 1EF", "VAT no. GB 402 8810 77"],
        ["Millbrook Village Hall Management Committee", "c/o Mrs J. Pritchard, Treasurer", "2 The Green", "Millbrook",
         "Settle BD24 0QA"],
        [("Invoice", "DHF 7742"), ("Date", date_in("en", d)), ("Charity no.", "1019344"), ("Order", "telephone, 2 Oct")],
        "INVOICE", lines, 20,
        ["Terms 30 days. BACS to %s please." % iban_spaced(ib)],
        ["Dales Hall Furnishings Ltd · registered in England 05521880"], split=6, mstyle="en")
    add("Xero", "en", "pdf", "sales@daleshallfurnishings.co.uk", "Dales Hall Furnishings",
        "treasurer.millbrookhall@gmail.com", "Jean Pritchard", "Invoice DHF 7742 from Dales Hall Furnishings", d,
        text="Dear Mrs Pritchard,\n\nI hope the committee is pleased with the new furniture. Here is invoice DHF 7742.\n\n"
             "Yours sincerely,\nAlan Hirst\n",
        pages=pages, fname="Invoice DHF 7742.pdf",
        exp=E("DHF 7742", due, tot, d, d + days(30), "Millbrook Village Hall Management Committee", "treasurer.millbrookhall@gmail.com", ib, True, "en", cur="GBP"),
        note="A village hall committee (a charity, business true) c/o its treasurer; the totals on page 2; a number with a space.")

    # E5 IE: an Irish-language name with a fada, Eircode
    d = D(2026, 11, 6); ib = iban(rng, "IE")
    pages, tot, due = pdf_doc("en", "EUR",
        ["Cronin Electrical Services", "Main Street, Macroom, Co. Cork P12 X2F7", "VAT IE 3318274KH · RECI 61220"],
        ["Mr Seán Ó Briain", "Cnoc na Gaoithe", "Baile Mhic Íre", "Co. Chorcaí P12 TY48"],
        [("Invoice No.", "CES-1906"), ("Date", date_in("en", d, "dmy/")), ("Terms", "14 days")],
        "Invoice", [("EV charger supply and install, 7 kW", 1, 89000), ("Dedicated circuit and isolator", 1, 18000),
                    ("SEAI grant deducted", 1, -30000)], 13.5,
        ["Payment by EFT to %s (AIB Macroom)." % iban_spaced(ib), "Go raibh maith agat!"],
        ["Cronin Electrical Services · 026 41 903"], mstyle="en")
    add("Big Red Cloud", "en", "pdf", "accounts@croninelectrical.ie", "Cronin Electrical Services",
        "seanobriain@eircom.net", "Seán", "Invoice CES-1906", d,
        text="Hi Seán,\n\nCharger's up and running. Invoice attached, with the grant taken off.\n\nThanks,\nMichael Cronin\n",
        pages=pages, fname="CES-1906.pdf",
        exp=E("CES-1906", due, tot, d, d + days(14), "Seán Ó Briain", "seanobriain@eircom.net", ib, False, "en"),
        note="An Irish-language name and address with fadas and an Eircode; 13.5 % VAT; the grant deducted as a negative line.")

    # E6 IE: the estate of the late ..., c/o the solicitors
    d = D(2026, 11, 12); ib = iban(rng, "IE")
    pages, tot, due = pdf_doc("en", "EUR",
        ["Liffey Valley Auctioneers", "14 Main Street, Lucan, Co. Dublin K78 E2P4", "PSRA licence 002914 · VAT IE 9644120R"],
        ["Estate of the late Margaret Doyle", "c/o Kavanagh & Co Solicitors", "Attn: Ms Róisín Kavanagh", "22 Fitzwilliam Place",
         "Dublin 2, D02 KX63"],
        [("Invoice", "LVA/26/0587"), ("Date", date_in("en", d)), ("Property", "31 Esker Lawns, Lucan"), ("Your ref.", "RK/DOY/4410")],
        "Invoice", [("Valuation for probate purposes", 1, 35000), ("Inventory of contents", 1, 22000)], 23,
        ["Payable within 28 days. Our account: %s (Bank of Ireland, Lucan)." % iban_spaced(ib)],
        ["Liffey Valley Auctioneers · 01 628 1044 · valuations@liffeyvalleyauctioneers.ie"], layout="right", mstyle="en")
    add("Surf Accounts", "en", "pdf", "valuations@liffeyvalleyauctioneers.ie", "Liffey Valley Auctioneers",
        "probate@kavanaghsolicitors.ie", "Róisín Kavanagh", "Estate of Margaret Doyle - our invoice LVA/26/0587", d,
        text="Dear Róisín,\n\nFurther to our valuation of 31 Esker Lawns, please find our invoice enclosed, addressed to the "
             "estate care of your office.\n\nKind regards,\nNiall Brennan MIPAV\n",
        pages=pages, fname="LVA-26-0587.pdf",
        exp=E("LVA/26/0587", due, tot, d, d + days(28), "Estate of the late Margaret Doyle", "probate@kavanaghsolicitors.ie", ib, False, "en"),
        note="An estate billed c/o the solicitors with an Attn line (business false: a private estate); the solicitor's ref in the box.")

    # E7 NL firm in English: an employer paying a course
    d = D(2026, 11, 20); ib = iban(rng, "NL")
    pages, tot, due = pdf_doc("en", "EUR",
        ["Taalhuis Utrecht", "Oudegracht 274, 3511 NV Utrecht", "KvK 58190043 · VAT NL853009772B01"],
        ["Brightwave Analytics B.V.", "attn. HR – Sanne Visser", "Europalaan 93", "3526 KP Utrecht"],
        [("Invoice number", "TU-2026-0612"), ("Invoice date", date_in("nl", d)), ("Participant", "Ms Yuki Tanaka"),
         ("Course", "Dutch A2, 12 weeks")],
        "Invoice", [("Dutch A2 semi-private course (12 x 2 hrs)", 1, 129000), ("Course book Nederlands in gang", 1, 4650)], 21,
        ["Please transfer the amount within 30 days to %s, Taalhuis Utrecht." % iban_spaced(ib)],
        ["Taalhuis Utrecht · Dutch for internationals"], mstyle="en")
    add("Moneybird", "en", "pdf", "invoices@taalhuisutrecht.nl", "Taalhuis Utrecht",
        "hr@brightwave-analytics.com", "HR Brightwave", "Invoice TU-2026-0612 - Dutch course Yuki Tanaka", d,
        text="Dear Sanne,\n\nAttached is the invoice for Yuki's Dutch course, which starts next Monday.\n\n"
             "Kind regards,\nTaalhuis Utrecht\n",
        pages=pages, fname="TU-2026-0612.pdf",
        exp=E("TU-2026-0612", due, tot, d, d + days(30), "Brightwave Analytics B.V.", "hr@brightwave-analytics.com", ib, True, "en"),
        note="A Dutch school's English invoice: the employer pays, the Japanese participant sits in the box; Dutch dates.")

    # E8 UK body text: a parent paying for lessons
    d = D(2026, 11, 2); ib = iban(rng, "GB")
    text = ("Dear Mrs Kowalczyk,\n\nHere is this term's invoice for Zofia's piano lessons.\n\n"
            "INVOICE 0411\nDate: %s\nInvoice to: Mrs A. Kowalczyk, 19 Laburnum Grove, Reading RG2 7LS\n"
            "Pupil: Zofia Kowalczyk (Grade 3)\n\n"
            "Autumn term, 11 lessons x 40 minutes @ £26.00   £286.00\n"
            "ABRSM Grade 3 exam entry fee                     £52.00\n"
            "TOTAL DUE                                        £338.00\n\n"
            "Payment by %s please; bank transfer to %s (Miss H. Lowe).\n\n"
            "With best wishes,\nHelen Lowe LRSM\n") % (date_in("en", d), date_in("en", D(2026, 11, 16)), iban_spaced(ib))
    add("mail", "en", "body-text", "helenlowe.piano@gmail.com", "Helen Lowe",
        "agnieszka.kowalczyk@yahoo.co.uk", "Agnieszka K", "Zofia - piano invoice autumn term", d, text=text,
        exp=E("0411", 33800, 33800, d, D(2026, 11, 16), "A. Kowalczyk", "agnieszka.kowalczyk@yahoo.co.uk", ib, False, "en", cur="GBP"),
        note="A parent billed for a pupil (the pupil named on her own line); a Polish surname; a number of four digits.")

    # E9 UK body text: a junior football team paying kit as a group
    d = D(2026, 11, 14); ib = iban(rng, "GB")
    text = ("Hi Gary,\n\nKit's been printed and is ready to collect. Invoice below, as agreed with the club.\n\n"
            "Invoice number: TK-26-155\nInvoice date: %s\n"
            "Bill to: Hadley Wanderers FC (Under-11s), c/o Gary Mensah, team manager, 41 Beacon Road, Hadley, Telford TF1 5QQ\n\n"
            "16 x home shirt with number and initials @ £21.50 = £344.00\n"
            "16 x shorts @ £9.00 = £144.00\n"
            "Sponsor print (front), 16 @ £3.00 = £48.00\n"
            "Subtotal £536.00, VAT 20%% £107.20, Total £643.20\n\n"
            "Terms: 21 days. Teamkit Telford Ltd, IBAN %s, VAT GB 187 2294 60.\n\nThanks, Laura\n") % (
        date_in("en", d, "dmy/"), iban_spaced(ib))
    add("mail", "en", "body-text", "orders@teamkittelford.co.uk", "Teamkit Telford",
        "gary.mensah@hadleywanderers.org.uk", "Gary Mensah", "Invoice TK-26-155 U11 kit", d, text=text,
        exp=E("TK-26-155", 64320, 64320, d, d + days(21), "Hadley Wanderers FC", "gary.mensah@hadleywanderers.org.uk", ib, True, "en", cur="GBP"),
        note="A club paying for a team (business true); the team in brackets and a c/o manager on the Bill-to line.")

    # E10 IE body text: a couple by first names
    d = D(2026, 11, 24); ib = iban(rng, "IE")
    text = ("Dermot, Aoife,\n\nThe stove is in and drawing well. My invoice:\n\n"
            "Invoice: 2026-61\nDated: %s\n"
            "To: Dermot & Aoife Gallagher, Ardnagreevagh, Renvyle, Co. Galway H91 R2C8\n\n"
            "Supply multi-fuel stove 8 kW ......... €1,450.00\n"
            "Flue liner and installation .......... €980.00\n"
            "VAT @ 13.5%% .......................... €328.05\n"
            "Total ................................ €2,758.05\n\n"
            "Please pay within 10 days of the date above by transfer to %s (Joyce Stoves).\n\n"
            "Slán,\nMartin Joyce\n") % (date_in("en", d), iban_spaced(ib))
    add("mail", "en", "body-text", "martin@joycestoves.ie", "Martin Joyce",
        "gallaghers.renvyle@gmail.com", "The Gallaghers", "Stove invoice", d, text=text,
        exp=E("2026-61", 275805, 275805, d, d + days(10), "Dermot & Aoife Gallagher", "gallaghers.renvyle@gmail.com", ib, False, "en"),
        note="A couple by first names with '&' and one surname; a townland address; 13.5 % VAT.")

    # E11 IE body text: a parent paying grinds
    d = D(2026, 11, 30); ib = iban(rng, "IE")
    text = ("Hello Mr Murphy,\n\nPlease see below the invoice for Oisín's maths grinds in November.\n\n"
            "Invoice no. GR-118 | %s\n"
            "Invoice to: Mr P. Murphy (parent), 7 Sycamore Court, Ballincollig, Co. Cork P31 VX04\n"
            "Student: Oisín Murphy, 6th year\n\n"
            "4 grinds, Leaving Cert Higher Level maths, 1 hour @ €45   €180.00\n"
            "Mock paper pack                                            €12.00\n"
            "Amount due                                                 €192.00\n\n"
            "Payment by %s to IBAN %s, name Clodagh Walsh.\n\nMany thanks,\nClodagh Walsh\n") % (
        date_in("en", d, "dmy/"), date_in("en", D(2026, 12, 7)), iban_spaced(ib))
    add("mail", "en", "body-text", "clodagh.walsh.tuition@gmail.com", "Clodagh Walsh",
        "padraig.murphy@vodafone.ie", "Pádraig", "Grinds invoice November - Oisín", d, text=text,
        exp=E("GR-118", 19200, 19200, d, D(2026, 12, 7), "P. Murphy", "padraig.murphy@vodafone.ie", ib, False, "en"),
        note="A parent billed for a student; '(parent)' after the name; the student on his own line.")

    # E12 UK html: a Chinese name, family name first
    d = D(2026, 11, 8); ib = iban(rng, "GB")
    html = ("<html><body><p>Dear Mr Wong,</p><p>Thank you for choosing Greenleaf. Your invoice is below.</p>"
            "<table style=\"border:1px solid #3a7;padding:8px\"><tr><td><b>Greenleaf Garden Care</b><br>"
            "Invoice <b>GL-3392</b><br>Date: %s</td><td style=\"padding-left:40px\">Customer:<br>"
            "Mr WONG Ka-Ming<br>58 Cedar Drive<br>Edgbaston<br>Birmingham B15 3NP</td></tr></table>"
            "<table cellpadding=\"3\"><tr><td>Autumn lawn treatment</td><td>£65.00</td></tr>"
            "<tr><td>Hedge cutting (laurel, both sides)</td><td>£140.00</td></tr>"
            "<tr><td>Green waste removal</td><td>£25.00</td></tr>"
            "<tr><td><b>Total (no VAT charged)</b></td><td><b>£230.00</b></td></tr></table>"
            "<p>Payment due: %s. Pay by transfer to %s.</p>"
            "<p>Greenleaf Garden Care, 9 Wharf Street, Birmingham B1 2JB</p></body></html>") % (
        date_in("en", d, "dmy/"), date_in("en", D(2026, 11, 22), "dmy/"), iban_spaced(ib))
    add("Zoho Invoice", "en", "body-html", "invoices@greenleafgardencare.co.uk", "Greenleaf Garden Care",
        "km.wong@gmail.com", "Kenneth Wong", "Invoice GL-3392", d, html=html,
        exp=E("GL-3392", 23000, 23000, d, D(2026, 11, 22), "WONG Ka-Ming", "km.wong@gmail.com", ib, False, "en", cur="GBP"),
        note="A Cantonese name with the family name in capitals first; the To header gives an English first name.")

    # E13 UK html: a professor with a double-barrelled name, To header a couple
    d = D(2026, 11, 26); ib = iban(rng, "GB")
    html = ("<html><body style=\"font-family:Georgia\"><h3>Oxford Piano &amp; Harpsichord Workshop</h3>"
            "<p>Invoice number <b>OPH/2611/4</b><br>Issued %s</p>"
            "<p>Prof. Helen Ashworth-Brown<br>The Old Rectory<br>Church Lane, Cumnor<br>Oxford OX2 9QE</p>"
            "<p>Regulation and voicing of Broadwood square piano (two visits): £420.00<br>"
            "Replacement of damper felts: £85.00<br>VAT at 20%%: £101.00<br>"
            "<b>Total payable: £606.00</b></p>"
            "<p>Due within 14 days. Account name OPHW Ltd, IBAN %s.</p>"
            "<p>With thanks,<br>Edmund Carey</p></body></html>") % (date_in("en", d), iban_spaced(ib))
    add("Xero", "en", "body-html", "edmund@oxfordpianoworkshop.co.uk", "Oxford Piano & Harpsichord Workshop",
        "ashworthbrowns@outlook.com", "Helen & Mark", "Invoice OPH/2611/4", d, html=html,
        exp=E("OPH/2611/4", 60600, 60600, d, d + days(14), "Prof. Helen Ashworth-Brown", "ashworthbrowns@outlook.com", ib, False, "en", cur="GBP"),
        note="'Prof.' with a double-barrelled surname; the To header names a couple.")

    # E14 IE html: a residents' association
    d = D(2026, 11, 3); ib = iban(rng, "IE")
    html = ("<html><body><p>Dear Committee,</p><p>Invoice for the estate's Christmas lights, as quoted.</p>"
            "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">"
            "<tr><td>Invoice No.</td><td>BL-0927</td></tr><tr><td>Date</td><td>%s</td></tr>"
            "<tr><td>Billed to</td><td>Rathmore Park Residents' Association<br>c/o The Secretary, 44 Rathmore Park<br>Naas, Co. Kildare W91 K8P2</td></tr>"
            "<tr><td>Christmas lights on 6 green trees, install and take-down</td><td>€1,200.00</td></tr>"
            "<tr><td>Timer and outdoor sockets</td><td>€160.00</td></tr>"
            "<tr><td>VAT 23%%</td><td>€312.80</td></tr>"
            "<tr><td><b>Invoice total</b></td><td><b>€1,672.80</b></td></tr></table>"
            "<p>Terms 30 days. EFT to %s, Bright Lights Kildare.</p></body></html>") % (
        date_in("en", d, "dmy/"), iban_spaced(ib))
    add("Sage", "en", "body-html", "accounts@brightlightskildare.ie", "Bright Lights Kildare",
        "secretary.rathmorepark@gmail.com", "Rathmore Park RA", "Invoice BL-0927 Christmas lights", d, html=html,
        exp=E("BL-0927", 167280, 167280, d, d + days(30), "Rathmore Park Residents' Association", "secretary.rathmorepark@gmail.com", ib, True, "en"),
        note="A residents' association (an organisation, business true) c/o its secretary.")

    # E15 NL firm in English, html: a UK customer
    d = D(2026, 11, 21); ib = iban(rng, "NL")
    html = ("<html><body><p>Dear Tom,</p><p>Thanks for riding with us on Texel! Here is your invoice for the damaged "
            "e-bike battery, as discussed at the shop.</p>"
            "<p><b>Fietsverhuur Texel Noord</b> · Pontweg 2, 1796 MA De Koog · KvK 37166290</p>"
            "<p>Invoice: <b>FTN-26-2204</b><br>Invoice date: %s<br>Bill to: Mr Tom Ellery, 14 Chapel Row, Bath BA1 1HN, United Kingdom</p>"
            "<p>Replacement battery 500 Wh: €549.00<br>Labour: €35.00<br>Less deposit retained: -€150.00<br>"
            "Total incl. 21%% VAT: €584.00<br><b>To pay: €434.00</b></p>"
            "<p>Please transfer within 14 days to %s (BIC INGBNL2A).</p></body></html>") % (
        date_in("nl", d), iban_spaced(ib))
    add("Jortt", "en", "body-html", "info@fietsverhuurtexelnoord.nl", "Fietsverhuur Texel Noord",
        "tom.ellery@icloud.com", "Tom", "Invoice FTN-26-2204 e-bike battery", d, html=html,
        exp=E("FTN-26-2204", 43400, 58400, d, d + days(14), "Tom Ellery", "tom.ellery@icloud.com", ib, False, "en"),
        note="A Dutch firm billing a UK customer in English, with Dutch dates; a retained deposit set off.")


# ---------------------------------------------------------------- English non-invoices
def en_not():
    # EN1 UK bathroom quote (PDF)
    d = D(2026, 11, 4)
    pages, _, _ = pdf_doc("en", "GBP",
        ["Aqua Bathrooms Leeds", "112 Roundhay Road, Leeds LS8 5AJ", "VAT GB 377 1029 44"],
        ["Mr & Mrs Hussain", "27 Harehills Avenue", "Leeds LS8 4EU"],
        [("Quotation", "Q-26-0551"), ("Date", date_in("en", d)), ("Valid for", "60 days")],
        "QUOTATION", [("Strip out and dispose of existing suite", 1, 45000), ("Walk-in shower, tray and screen", 1, 128000),
                      ("Wall and floor tiling (18 m²)", 1, 162000), ("Vanity unit, WC, towel radiator", 1, 98000)], 20,
        ["To accept, sign and return one copy. A 20% deposit secures a start date."],
        ["Aqua Bathrooms Leeds · design, supply and fit"], mstyle="en")
    add("Tradify", "en", "none", "quotes@aquabathroomsleeds.co.uk", "Aqua Bathrooms Leeds",
        "hussain.family@sky.com", "Imran Hussain", "Your bathroom quotation Q-26-0551", d,
        text="Dear Mr and Mrs Hussain,\n\nThank you for inviting us round. Please find our quotation attached.\n\n"
             "Kind regards,\nLee Barker\n",
        pages=pages, fname="Quotation Q-26-0551.pdf",
        why="A quotation valid for 60 days, to be signed; nothing is owed.",
        note="Totals with VAT in an invoice layout; a couple by surname only.")

    # EN2 UK receipt after a card payment
    d = D(2026, 11, 21)
    add("SumUp", "en", "none", "receipts@harbourvets.co.uk", "Harbour Veterinary Surgery",
        "jasmine.okafor@gmail.com", "Jasmine Okafor", "Your receipt from Harbour Veterinary Surgery", d,
        text="Receipt R-88120\n21 Nov 2026, 16:42\n\nClient: Ms J. Okafor-Reid\nPatient: Biscuit (cat)\n\n"
             "Consultation £48.00\nBooster vaccination £52.00\nTotal £100.00 (incl. VAT £16.67)\n\n"
             "Paid by Visa contactless **** 9031. Thank you - see you and Biscuit next year.\n",
        why="A receipt for a card payment already made.",
        note="A hyphenated name, a total and VAT; 'Paid by Visa'.")

    # EN3 UK newsletter with prices to The Occupier
    d = D(2026, 11, 15)
    html = ("<html><body><p>To The Occupier,<br>Flat 2, 9 Victoria Terrace, Whitby YO21 3HB</p>"
            "<h2>Winter chimney sweeping - book now</h2>"
            "<p>It's that time again! Our winter prices:</p><ul><li>Open fire sweep: £65</li>"
            "<li>Wood burner sweep and certificate: £75</li><li>Bird nest removal: from £45</li></ul>"
            "<p>Book before 20 December and get 10% off. Reply to this email or call 01947 600 118.</p>"
            "<p>Unsubscribe at any time.</p></body></html>")
    add("Mailchimp", "en", "none", "hello@whitbysweeps.co.uk", "Whitby Sweeps",
        "flat2.victoriaterrace@gmail.com", "The Occupier", "Winter sweep prices", d, html=html,
        why="A newsletter with prices; nobody is billed.",
        note="Addressed to 'The Occupier' with a flat number; prices in a list.")

    # EN4 IE direct debit pre-notification
    d = D(2026, 11, 25)
    add("GoCardless", "en", "none", "billing@shannonsidealarms.ie", "Shannonside Alarms",
        "b.mcnamara@eircom.net", "Bríd McNamara", "Upcoming payment to Shannonside Alarms", d,
        text="Dear Bríd McNamara,\n\nThis is to let you know that €89.00 will be collected by Direct Debit from your account "
             "ending 62 on or around 3 December 2026 for your annual alarm monitoring (ref. SSA-MON-1147).\n\n"
             "You do not need to do anything. If you have any questions, contact us before the collection date.\n\n"
             "Shannonside Alarms, Ennis Road, Limerick\n",
        why="A direct debit pre-notification: the amount will be collected, nothing is to be paid by the customer.",
        note="An amount, a date and a reference; SEPA pre-notification wording.")

    # EN5 UK payment confirmation
    d = D(2026, 11, 29)
    add("mail", "en", "none", "accounts@kestrelroofing.co.uk", "Kestrel Roofing",
        "d.achterberg@gmail.com", "Dirk & Fiona", "Payment received - thank you", d,
        text="Dear Mr Achterberg,\n\nJust to confirm we received your payment of £1,860.00 today against invoice KR-2250 "
             "for the flat roof over the garage. Your account is now clear.\n\nThe guarantee certificate will follow by post.\n\n"
             "Best regards,\nFiona at Kestrel Roofing\n",
        why="A payment confirmation for an invoice already paid.",
        note="An invoice number and an amount; a Dutch surname in the UK.")

    # EN6 IE webshop order confirmation, paid
    d = D(2026, 11, 27)
    html = ("<html><body><h2>Order confirmed</h2><p>Hi Niamh,</p><p>Thanks for your order! Payment has been taken "
            "from your card.</p><p>Order <b>WCW-20441</b> placed %s</p>"
            "<table><tr><td>Aran wool throw, natural</td><td>€119.00</td></tr><tr><td>Gift wrapping</td><td>€5.00</td></tr>"
            "<tr><td>Shipping to Northern Ireland</td><td>€9.50</td></tr><tr><td><b>Total paid</b></td><td><b>€133.50</b></td></tr></table>"
            "<p>Ship to: Niamh Ní Bhriain c/o Mrs E. Boyle, 3 Strand Road, Portstewart BT55 7LU</p></body></html>") % date_in("en", d)
    add("WooCommerce", "en", "none", "orders@westcoastweavers.ie", "West Coast Weavers",
        "niamhnibhriain@gmail.com", "Niamh", "Your West Coast Weavers order WCW-20441", d, html=html,
        why="A webshop order confirmation, paid by card at checkout.",
        note="A c/o delivery address across the border; a bold total.")

    # EN7 UK forwarded bill from the firm's own supplier
    d = D(2026, 12, 2)
    add("forward", "en", "none", "office@pennineplastering.co.uk", "Pennine Plastering",
        "bookkeeping.pennine@gmail.com", "Sue (bookkeeper)", "Fwd: Invoice 99341 from Trade Plaster Supplies", d,
        text="Sue - another one from the merchant for the Greenhalgh job, please pay from the business account.\nRob\n\n"
             "---------- Forwarded message ---------\nFrom: Trade Plaster Supplies <ar@tradeplastersupplies.co.uk>\n"
             "Subject: Invoice 99341\n\nInvoice 99341, 30 Nov 2026\nTo: Pennine Plastering\n"
             "Multi-finish 25 kg x 20, bonding 25 kg x 10\nTotal £312.00 inc VAT, due 30 Dec 2026\n",
        why="A supplier's invoice to the firm, forwarded inside it; the firm is the debtor, not its customer.",
        note="A full invoice quoted in a forward from the billing address.")

    # EN8 IE price list (PDF)
    d = D(2026, 12, 1)
    p = Page()
    p.text(56, 50, "Corrib Window Cleaning", 13, True)
    p.text(56, 61, "Headford Road, Galway H91 D7X2 · 091 770 214", 8)
    p.text(56, 120, "Dear Mr & Mrs Ó Conaill,", 10)
    p.text(56, 140, "Price list from 1 January 2027", 15, True)
    rows = [("Semi-detached, outside only", "€30.00"), ("Semi-detached, inside and out", "€55.00"),
            ("Detached, outside only", "€40.00"), ("Conservatory roof", "€45.00"), ("Gutter clearing", "from €60.00")]
    for k, (a, b) in enumerate(rows):
        p.text(56, 170 + k * 14, a, 9); p.right(400, 170 + k * 14, b, 9)
    p.text(56, 250, "Prices include VAT. Your four-weekly round continues unchanged; you will be invoiced per visit.", 9)
    add("Word", "en", "none", "info@corribwindowcleaning.ie", "Corrib Window Cleaning",
        "oconaill.family@gmail.com", "Cathal", "Our prices for 2027", d,
        text="Dear customer,\n\nAttached is our price list for next year. Thank you for your loyalty.\n\nCorrib Window Cleaning\n",
        pages=[p], fname="Prices 2027.pdf",
        why="A price list for next year; each visit will be invoiced separately.",
        note="Amounts in euro in a PDF addressed to a couple with an Irish surname.")


def qr_ref(base26):
    """A Swiss QR reference: 26 digits and their recursive modulo-10 check digit."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in base26:
        carry = table[(carry + int(c)) % 10]
    return base26 + str((10 - carry) % 10)


def qr_iban(rng):
    """A Swiss QR-IBAN (institution id 30000-31999), the account a QR reference is paid to."""
    bban = "3" + str(rng.randint(0, 1)) + "".join(rng.choice("0123456789") for _ in range(15))
    digits = "".join(str(int(c, 36)) for c in bban + "CH00")
    return "CH%02d%s" % (98 - int(digits) % 97, bban)


def qr_spaced(ref):
    return ref[:2] + " " + " ".join(ref[k:k + 5] for k in range(2, 27, 5))


# ---------------------------------------------------------------- German invoices (DE, AT, CH)
def de_invoices():
    # G1 DE: a couple with a title, surname only, window
    d = D(2026, 11, 11); ib = iban(rng, "DE")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Heizungsbau Krämer GmbH", "Am Wasserturm 7 · 65191 Wiesbaden", "USt-IdNr. DE287441903 · HRB 30871"],
        ["Herrn und Frau Dr. Müller", "Sonnenberger Straße 44", "65193 Wiesbaden"],
        [("Rechnungs-Nr.", "RE-2026-1472"), ("Rechnungsdatum", date_in("de", d)), ("Kunden-Nr.", "20418"),
         ("Leistungsdatum", "05.11.2026")],
        "Rechnung", [("Wartung Gas-Brennwerttherme", 1, 16900), ("Abgasmessung", 1, 4800),
                     ("Zündelektrode ersetzt", 1, 3850), ("Anfahrt", 1, 3500)], 19,
        ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf %s." % iban_spaced(ib),
         "Lohnanteil nach § 35a EStG: 205,00 € (brutto)."],
        ["Heizungsbau Krämer GmbH · Geschäftsführer Tobias Krämer · Amtsgericht Wiesbaden"],
        ret="Heizungsbau Krämer GmbH · Am Wasserturm 7 · 65191 Wiesbaden")
    add("Lexware", "de", "pdf", "rechnung@heizungsbau-kraemer.de", "Heizungsbau Krämer",
        "dr.mueller.wiesbaden@t-online.de", "Mueller", "Rechnung RE-2026-1472", d,
        text="Sehr geehrte Frau Dr. Müller, sehr geehrter Herr Dr. Müller,\n\nanbei erhalten Sie unsere Rechnung für die "
             "Wartung Ihrer Heizung.\n\nMit freundlichen Grüßen\nHeizungsbau Krämer GmbH\n",
        pages=pages, fname="RE-2026-1472.pdf",
        exp=E("RE-2026-1472", due, tot, d, d + days(14), "Herrn und Frau Dr. Müller", "dr.mueller.wiesbaden@t-online.de", ib, False, "de"),
        note="'Herrn und Frau Dr.' with a surname only (kept whole, this set's call); window return line; § 35a labour share.")

    # G2 DE: Eheleute, an Anzahlungsrechnung (an invoice, unlike a deposit request)
    d = D(2026, 11, 17); ib = iban(rng, "DE")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Dachdeckerei Brandt & Sohn", "Mühlenweg 19 · 49074 Osnabrück", "St.-Nr. 66/102/33418 · USt-IdNr. DE312009876"],
        ["Eheleute", "Jörg und Anke Schmidt", "Kiefernweg 5", "49086 Osnabrück"],
        [("Rechnung Nr.", "AZ-26-031"), ("Datum", date_in("de", d)), ("Auftrag", "Angebot 26-118 vom 20.10.2026"),
         ("Fällig am", date_in("de", d + days(10)))],
        "Anzahlungsrechnung", [("1. Abschlag 30 % Dachsanierung", 1, 1152000)], 19,
        ["Bitte überweisen Sie den Betrag bis zum Fälligkeitstag auf %s." % iban_spaced(ib),
         "Die Anzahlung wird in der Schlussrechnung verrechnet. Materialbestellung nach Zahlungseingang."],
        ["Dachdeckerei Brandt & Sohn · Meisterbetrieb seit 1954"], layout="right",
        intro=["Auftragssumme laut Angebot 26-118: 38.400,00 € netto; Abschläge nach Zahlungsplan."])
    add("sevDesk", "de", "pdf", "buero@dachdeckerei-brandt.de", "Dachdeckerei Brandt & Sohn",
        "anke.schmidt@gmx.de", "Anke Schmidt", "Anzahlungsrechnung AZ-26-031 Dachsanierung", d,
        text="Sehr geehrte Eheleute Schmidt,\n\nwie vereinbart erhalten Sie die Anzahlungsrechnung für die Dachsanierung.\n\n"
             "Freundliche Grüße\nKatrin Brandt\n",
        pages=pages, fname="AZ-26-031.pdf",
        exp=E("AZ-26-031", due, tot, d, d + days(10), "Jörg und Anke Schmidt", "anke.schmidt@gmx.de", ib, False, "de"),
        note="'Eheleute' on its own line above the first names (the letter's form of address, dropped: "
             "relabelled 2026-12-05, see the README's labelling choices); an Anzahlungsrechnung is an invoice.")

    # G3 DE: Prof. Dr. med. with a nobiliary particle
    d = D(2026, 11, 5); ib = iban(rng, "DE")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Buchrestaurierung Lenz", "Jakobstraße 22 · 52064 Aachen", "Steuernummer 201/5118/3304"],
        ["Herrn", "Prof. Dr. med. Hans-Peter von Arnim", "Lousberghöhe 3", "52070 Aachen"],
        [("Rechnung", "2026-044"), ("Datum", date_in("de", d)), ("Ihr Auftrag", "vom 12.09.2026")],
        "Rechnung", [("Restaurierung Anatomieatlas 1802, Einband", 1, 68000), ("Schuber aus Buchbinderleinen", 1, 9500)], None,
        ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
         "Ich bitte um Überweisung innerhalb von 30 Tagen auf %s (Sparkasse Aachen)." % iban_spaced(ib)],
        ["Marlene Lenz · Buchbindermeisterin · 0241 4409 117"], layout="swap")
    add("Word", "de", "pdf", "atelier@buchrestaurierung-lenz.de", "Marlene Lenz",
        "hp.vonarnim@web.de", "H.-P. v. Arnim", "Rechnung Restaurierung Anatomieatlas", d,
        text="Sehr geehrter Herr Professor von Arnim,\n\nder Atlas ist fertig und kann abgeholt werden. Meine Rechnung "
             "liegt bei.\n\nMit freundlichen Grüßen\nMarlene Lenz\n",
        pages=pages, fname="Rechnung_2026-044.pdf",
        exp=E("2026-044", due, tot, d, d + days(30), "Prof. Dr. med. Hans-Peter von Arnim", "hp.vonarnim@web.de", ib, False, "de"),
        note="'Herrn' on its own line, then 'Prof. Dr. med.' and 'von'; address right with the boxes left; Kleinunternehmer.")

    # G4 DE: a Betreuer, c/o, Postfach
    d = D(2026, 11, 25); ib = iban(rng, "DE")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Mobile Fußpflege Sonja Petrović", "Ulmenstraße 8 · 44137 Dortmund", "Steuernr. 314/5092/1178"],
        ["Frau Hannelore Brandt", "c/o Betreuungsbüro Kessler", "z. Hd. Herrn Martin Kessler", "Postfach 10 22 41", "44022 Dortmund"],
        [("Rechnungsnr.", "FP-26-219"), ("Datum", date_in("de", d)), ("Behandlungsort", "Am Park, Zi. 112")],
        "Rechnung", [("Medizinische Fußpflege 06.11.2026", 1, 3800), ("Medizinische Fußpflege 20.11.2026", 1, 3800),
                     ("Hausbesuchspauschale", 2, 800)], None,
        ["Umsatzsteuerfrei nach § 4 Nr. 14 UStG.",
         "Bitte bis %s überweisen: %s, Verwendungszweck FP26219 Brandt." % (date_in("de", d + days(14)), iban_spaced(ib))],
        ["Sonja Petrović · Podologin · 0231 9081 445"])
    add("Billomat", "de", "pdf", "rechnung@fusspflege-petrovic.de", "Fußpflege Petrović",
        "kessler@betreuungsbuero-kessler.de", "Betreuungsbüro Kessler", "Rechnung FP-26-219 Frau Brandt", d,
        text="Sehr geehrter Herr Kessler,\n\nanbei die Rechnung für die Fußpflege Ihrer Betreuten Frau Brandt im November.\n\n"
             "Viele Grüße\nSonja Petrović\n",
        pages=pages, fname="FP-26-219.pdf",
        exp=E("FP-26-219", due, tot, d, d + days(14), "Hannelore Brandt", "kessler@betreuungsbuero-kessler.de", ib, False, "de",
              ref="FP26219 Brandt"),
        note="A person billed c/o her Betreuer with a z. Hd. line and a Postfach; mail to the Betreuer; a Verwendungszweck.")

    # G5 DE: an estate (Nachlass) with an executor
    d = D(2026, 11, 9); ib = iban(rng, "DE")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Entrümpelung Nordheide", "Gewerbestraße 4 · 21244 Buchholz i. d. N.", "USt-IdNr. DE301552847"],
        ["Nachlass Gerda Wolff", "z. Hd. Herrn Rechtsanwalt Dr. Till Becker", "(Testamentsvollstrecker)", "Bahnhofstraße 12",
         "21244 Buchholz"],
        [("Rechnungsnummer", "EN-2611-08"), ("Rechnungsdatum", date_in("de", d)), ("Objekt", "Heidweg 9, Holm-Seppensen")],
        "Rechnung", [("Haushaltsauflösung Einfamilienhaus", 1, 290000), ("Entsorgung Sperrmüll 18 m³", 1, 72000),
                     ("Besenreine Übergabe", 1, 25000)], 19,
        ["Zahlungsziel: 21 Tage nach Rechnungsdatum. Bankverbindung %s." % iban_spaced(ib)],
        ["Entrümpelung Nordheide · Inh. Kai Ahrens"], layout="right")
    add("lexoffice", "de", "pdf", "kontakt@entruempelung-nordheide.de", "Entrümpelung Nordheide",
        "kanzlei@ra-becker-buchholz.de", "Kanzlei Dr. Becker", "Rechnung EN-2611-08 Nachlass Wolff", d,
        text="Sehr geehrter Herr Dr. Becker,\n\ndas Haus am Heidweg ist geräumt und übergeben. Anbei unsere Rechnung an den "
             "Nachlass.\n\nMit freundlichen Grüßen\nKai Ahrens\n",
        pages=pages, fname="EN-2611-08.pdf",
        exp=E("EN-2611-08", due, tot, d, d + days(21), "Nachlass Gerda Wolff", "kanzlei@ra-becker-buchholz.de", ib, False, "de"),
        note="An estate billed z. Hd. the executor (business false); a bracketed line under the z. Hd. line.")

    # G6 DE: a sports club, two pages
    d = D(2026, 11, 13); ib = iban(rng, "DE")
    lines = [("Trainingsbälle 3-Stern, 72er Karton", 3, 5490), ("Wettkampfbälle 3-Stern, 12er", 6, 2190),
             ("Netzgarnitur Klemmbefestigung", 4, 2950), ("Tischtennistisch Indoor, Turnier", 2, 64900),
             ("Tischabdeckung Schutzhülle", 2, 3990), ("Schlägerbeläge Vereinsangebot", 20, 2890),
             ("Vereinstrikots mit Druck", 14, 3450), ("Zählgeräte", 6, 1490), ("Umrandungen 2,33 m", 12, 2690),
             ("Lieferung und Aufbau", 1, 8900)]
    pages, tot, due = pdf_doc("de", "EUR",
        ["Sport Hartl", "Münchner Straße 57 · 82031 Grünwald", "USt-IdNr. DE129774310"],
        ["TSV Grünwald 1911 e.V.", "Abteilung Tischtennis", "z. Hd. Herrn Florian Obermaier", "Postfach 12 04", "82028 Grünwald"],
        [("Rechnung Nr.", "SH-104773"), ("Datum", date_in("de", d)), ("Kunden-Nr.", "V-0041 (Vereinskonto)")],
        "Rechnung", lines, 19,
        ["Zahlbar bis %s netto. Vereinsrabatt bereits eingerechnet." % date_in("de", d + days(30)),
         "Überweisung an Sport Hartl, %s, Verwendungszweck SH-104773." % iban_spaced(ib)],
        ["Sport Hartl e.K. · Inhaber Georg Hartl · Amtsgericht München HRA 88120"], split=6)
    add("JTL", "de", "pdf", "buchhaltung@sport-hartl.de", "Sport Hartl",
        "tischtennis@tsv-gruenwald.de", "TT-Abteilung TSV", "Rechnung SH-104773", d,
        text="Servus Florian,\n\nalles ist aufgebaut, anbei die Rechnung für die Abteilung.\n\nSportliche Grüße\nGeorg Hartl\n",
        pages=pages, fname="Rechnung_SH-104773.pdf",
        exp=E("SH-104773", due, tot, d, d + days(30), "TSV Grünwald 1911 e.V.", "tischtennis@tsv-gruenwald.de", ib, True, "de",
              ref="SH-104773"),
        note="A sports club (e.V., business true) with a department and z. Hd. line and a Postfach; totals on page 2; the Verwendungszweck is the number.")

    # G7 AT: Mag. with a flat (Top) number
    d = D(2026, 11, 18); ib = iban(rng, "AT")
    pages, tot, due = pdf_doc("de", "EUR",
        ["Installationen Hrdlicka GmbH", "Simmeringer Hauptstraße 121 · 1110 Wien", "UID ATU68119420 · FN 402118 k"],
        ["Frau Mag. Eva Gruber", "Kaiserstraße 38/2/7", "1070 Wien"],
        [("Rechnungsnummer", "2026/0917"), ("Rechnungsdatum", date_in("de", d)), ("Kundennummer", "14402"),
         ("Einsatzort", "Top 7, 2. Stiege")],
        "Rechnung", [("Austausch Therme, Kombigerät 24 kW", 1, 298000), ("Abgasrohr und Anschlussarbeiten", 1, 41000),
                     ("Entsorgung Altgerät", 1, 6500)], 20,
        ["Zahlbar binnen 14 Tagen ab Rechnungsdatum ohne Abzug auf %s (Erste Bank)." % iban_spaced(ib)],
        ["Installationen Hrdlicka GmbH · Gas Wasser Heizung · 01 749 22 10"], ret="Hrdlicka GmbH · 1110 Wien")
    add("BMD", "de", "pdf", "office@hrdlicka-installationen.at", "Installationen Hrdlicka",
        "eva.gruber@chello.at", "Eva", "Rechnung 2026/0917", d,
        text="Sehr geehrte Frau Mag. Gruber,\n\nbeiliegend übermitteln wir Ihnen die Rechnung für den Thermentausch.\n\n"
             "Mit freundlichen Grüßen\nInstallationen Hrdlicka\n",
        pages=pages, fname="Rechnung_2026-0917.pdf",
        exp=E("2026/0917", due, tot, d, d + days(14), "Mag. Eva Gruber", "eva.gruber@chello.at", ib, False, "de"),
        note="Austrian 'Mag.' kept, 'Frau' dropped; a Viennese address with Stiege/Top; 20 % USt.")

    # G8 CH: lic. iur., QR bill layout, QR reference
    d = D(2026, 11, 20)
    ref = qr_ref("00000000000002611200000415")
    qib = qr_iban(rng)
    pages, tot, due = pdf_doc("de", "CHF",
        ["Malergeschäft Caduff AG", "Via Rhaetia 10 · 7000 Chur", "CHE-112.338.905 MWST"],
        ["Herr lic. iur. Reto Caflisch", "Postfach 214", "7001 Chur"],
        [("Rechnung", "R-2611-415"), ("Datum", date_in("de", d)), ("Objekt", "Masanserstrasse 31, Whg. 4. OG")],
        "Rechnung", [("Malerarbeiten Wohnzimmer und Flur", 1, 284000), ("Abdeckmaterial und Farbe", 1, 41050)], 8.1,
        ["Zahlbar innert 30 Tagen mit dem QR-Zahlteil.",
         "Konto %s · Referenz %s" % (iban_spaced(qib), qr_spaced(ref))],
        ["Malergeschäft Caduff AG · Chur · 081 252 19 40"], layout="qr", lbl="ch", mstyle="de",
        side=["Zahlteil: Referenz siehe unten"])
    add("bexio", "de", "pdf", "rechnungen@caduff-maler.ch", "Malergeschäft Caduff AG",
        "reto.caflisch@bluewin.ch", "Reto", "Rechnung R-2611-415", d,
        text="Grüezi Herr Caflisch\n\nIm Anhang finden Sie unsere Rechnung für die Malerarbeiten an der Masanserstrasse.\n\n"
             "Freundliche Grüsse\nMalergeschäft Caduff AG\n",
        pages=pages, fname="Rechnung_R-2611-415.pdf",
        exp=E("R-2611-415", due, tot, d, d + days(30), "lic. iur. Reto Caflisch", "reto.caflisch@bluewin.ch", qib, False, "de",
              ref=ref, cur="CHF"),
        note="Swiss 'lic. iur.' after 'Herr', a Postfach; the flat in the object box; a QR reference in groups; 8.1 % MWST.")

    # G9 DE body text: a father paying tutoring, Whg. number
    d = D(2026, 11, 6); ib = iban(rng, "DE")
    text = ("Hallo Herr Öztürk,\n\nanbei wie besprochen die Abrechnung für Elifs Nachhilfe im Oktober.\n\n"
            "Rechnung Nr. 2026-10-07\nRechnungsdatum: %s\n"
            "Rechnungsempfänger: Herrn Mehmet Öztürk, Gneisenaustraße 61, Whg. 4, 10961 Berlin\n"
            "Schülerin: Elif Öztürk, Klasse 9\n\n"
            "8 Einzelstunden Mathematik à 35,00 €   280,00 €\n"
            "2 Einzelstunden Englisch à 35,00 €      70,00 €\n"
            "Gesamt                                 350,00 €\n\n"
            "Als Kleinunternehmerin berechne ich keine Umsatzsteuer (§ 19 UStG).\n"
            "Bitte überweisen Sie den Betrag bis zum %s auf %s.\n\n"
            "Viele Grüße\nJulia Brenner\n") % (date_in("de", d), date_in("de", D(2026, 11, 20)), iban_spaced(ib))
    add("mail", "de", "body-text", "julia.brenner.nachhilfe@posteo.de", "Julia Brenner",
        "m.oeztuerk@gmx.net", "Baba", "Nachhilfe Oktober - Rechnung", d, text=text,
        exp=E("2026-10-07", 35000, 35000, d, D(2026, 11, 20), "Mehmet Öztürk", "m.oeztuerk@gmx.net", ib, False, "de"),
        note="A father billed for his daughter's tutoring; 'Whg. 4' inside the address; To header 'Baba'; a number like a date.")

    # G10 CH body text: an employer paying a course
    d = D(2026, 11, 12); ib = iban(rng, "CH")
    text = ("Guten Tag Frau Zbinden\n\nVielen Dank für die Anmeldung Ihres Mitarbeiters. Hier die Rechnung für den Kurs.\n\n"
            "Rechnung Nr. KS-26-388 vom %s\n"
            "Rechnungsadresse: Schreinerei Zbinden AG, z. Hd. Frau Petra Zbinden, Industriestrasse 14, 3612 Steffisburg\n"
            "Teilnehmer: Luca Keller\nKurs: Nothelferkurs für Betriebe, 28./29. November 2026\n\n"
            "Kursgebühr                 CHF 240.00\nLehrmittel                 CHF 25.00\n"
            "Total (MWST-befreit)       CHF 265.00\n\n"
            "Zahlbar innert 20 Tagen auf %s, Kursschule Thun GmbH.\n\n"
            "Freundliche Grüsse\nKursschule Thun\n") % (date_in("de", d), iban_spaced(ib))
    add("mail", "de", "body-text", "admin@kursschule-thun.ch", "Kursschule Thun",
        "petra.zbinden@zbinden-schreinerei.ch", "Petra Zbinden", "Rechnung Nothelferkurs Luca Keller", d, text=text,
        exp=E("KS-26-388", 26500, 26500, d, d + days(20), "Schreinerei Zbinden AG", "petra.zbinden@zbinden-schreinerei.ch", ib, True, "de",
              cur="CHF"),
        note="An employer billed for an employee's course; participant on his own line; z. Hd. inside the address line; CHF.")

    # G11 AT body text: a household with a double surname
    d = D(2026, 11, 27); ib = iban(rng, "AT")
    text = ("Grüß Gott,\n\nfür die Kehrung und Überprüfung Ihrer Feuerstätten stellen wir in Rechnung:\n\n"
            "Rechnung 26-3311, %s\nFamilie Hofer-Pichler, Kirchenweg 4, 4810 Gmunden\n\n"
            "Kehrung Kamin Kachelofen        48,00\nÜberprüfung Gastherme           36,00\nFahrtkosten                      9,50\n"
            "Netto                           93,50\n20 %% USt                        18,70\nSumme EUR                      112,20\n\n"
            "Fällig bis %s. Konto %s, Rauchfangkehrermeister Stadlbauer.\n\n"
            "Mit freundlichen Grüßen\nWolfgang Stadlbauer\n") % (date_in("de", d), date_in("de", D(2026, 12, 11)), iban_spaced(ib))
    add("mail", "de", "body-text", "kehrung@rauchfangkehrer-stadlbauer.at", "Rauchfangkehrer Stadlbauer",
        "hofer.pichler@aon.at", "Hofer-Pichler", "Rechnung Kehrung Herbst 2026", d, text=text,
        exp=E("26-3311", 11220, 11220, d, D(2026, 12, 11), "Familie Hofer-Pichler", "hofer.pichler@aon.at", ib, False, "de"),
        note="Austrian chimney sweep; 'Familie' with a double surname; amounts without a currency sign and 'Summe EUR'.")

    # G12 CH body text: a couple by a double surname only
    d = D(2026, 11, 30); ib = iban(rng, "CH")
    text = ("Liebe Familie Brunner-Meier\n\nDie Klavierstunden von Noah im November:\n\n"
            "Rechnung 11/2026-03\nDatum: %s\nAn: Herr und Frau Brunner-Meier, Rebbergstrasse 9, 8706 Meilen\n\n"
            "4 Lektionen à 45 Min., CHF 62.00       CHF 248.00\nNotenmaterial                          CHF 18.50\n"
            "Total                                  CHF 266.50\n\n"
            "Bitte bis %s überweisen auf %s (Lea Frischknecht).\n\n"
            "Herzlich\nLea Frischknecht\n") % (date_in("de", d), date_in("de", D(2026, 12, 15)), iban_spaced(ib))
    add("mail", "de", "body-text", "lea.frischknecht@klavier-meilen.ch", "Lea Frischknecht",
        "brunner-meier@gmail.com", "Sandra Brunner", "Klavierunterricht November", d, text=text,
        exp=E("11/2026-03", 26650, 26650, d, D(2026, 12, 15), "Herr und Frau Brunner-Meier", "brunner-meier@gmail.com", ib, False, "de",
              cur="CHF"),
        note="Swiss couple by a double surname only (forms kept); 'Familie' in the greeting; the child not the debtor.")

    # G13 DE html: a Vietnamese name in German order, moving company
    d = D(2026, 11, 23); ib = iban(rng, "DE")
    html = ("<html><body><p>Sehr geehrte Frau Nguyen,</p><p>vielen Dank, dass Sie mit uns umgezogen sind. "
            "Ihre Rechnung finden Sie unten.</p>"
            "<table cellpadding=\"4\" style=\"border:1px solid #999\"><tr><td valign=\"top\">Rechnung an<br>"
            "Frau Thi Hoa Nguyen<br>Leipziger Straße 120, 3. OG links<br>01127 Dresden</td>"
            "<td valign=\"top\">Rechnungsnr. <b>UM-26-1140</b><br>Datum %s<br>Umzugstag 21.11.2026</td></tr></table>"
            "<table cellpadding=\"3\"><tr><td>Umzug 2-Zimmer-Wohnung, 3 Träger, 6 Std.</td><td>780,00 €</td></tr>"
            "<tr><td>Halteverbotszone beantragt</td><td>95,00 €</td></tr>"
            "<tr><td>Kartons (40 Stück)</td><td>60,00 €</td></tr>"
            "<tr><td>Summe netto</td><td>935,00 €</td></tr><tr><td>19 %% MwSt.</td><td>177,65 €</td></tr>"
            "<tr><td><b>Gesamtbetrag</b></td><td><b>1.112,65 €</b></td></tr></table>"
            "<p>Bitte überweisen Sie den Gesamtbetrag innerhalb von 10 Tagen auf %s.</p>"
            "<p>Elbe Umzüge Hoang &amp; Richter GbR</p></body></html>") % (date_in("de", d), iban_spaced(ib))
    add("sevDesk", "de", "body-html", "rechnung@elbe-umzuege.de", "Elbe Umzüge",
        "hoa.nguyen@freenet.de", "Hoa", "Ihre Rechnung UM-26-1140", d, html=html,
        exp=E("UM-26-1140", 111265, 111265, d, d + days(10), "Thi Hoa Nguyen", "hoa.nguyen@freenet.de", ib, False, "de"),
        note="A Vietnamese name in German order; the floor in the street line; the address and the number side by side in one table.")

    # G14 DE html: a WEG through its manager (business null by the README)
    d = D(2026, 11, 16); ib = iban(rng, "DE")
    html = ("<html><body><p>Sehr geehrte Damen und Herren,</p><p>für die Treppenhausreinigung im Oktober berechnen wir:</p>"
            "<p><b>Rechnung Nr. 4417</b> vom %s</p>"
            "<p>Wohnungseigentümergemeinschaft Lindenallee 12<br>vertreten durch Hausverwaltung Seidel<br>"
            "Postfach 31 08 14<br>04162 Leipzig</p>"
            "<table><tr><td>Treppenhausreinigung wöchentlich, Oktober 2026</td><td>320,00 €</td></tr>"
            "<tr><td>Fensterreinigung Treppenhaus</td><td>110,00 €</td></tr>"
            "<tr><td>zzgl. 19 %% USt.</td><td>81,70 €</td></tr><tr><td><b>Rechnungsbetrag</b></td><td><b>511,70 €</b></td></tr></table>"
            "<p>Fällig: %s. Bitte auf %s überweisen.</p>"
            "<p>Glanzwerk Gebäudeservice, Inh. Ramona Kühn</p></body></html>") % (
        date_in("de", d), date_in("de", D(2026, 11, 30)), iban_spaced(ib))
    add("Debitoor", "de", "body-html", "buchhaltung@glanzwerk-leipzig.de", "Glanzwerk Gebäudeservice",
        "weg@hausverwaltung-seidel.de", "Hausverwaltung Seidel", "Rechnung 4417 Lindenallee 12", d, html=html,
        exp=E("4417", 51170, 51170, d, D(2026, 11, 30), "Wohnungseigentümergemeinschaft Lindenallee 12", "weg@hausverwaltung-seidel.de", ib,
              None, "de"),
        note="A WEG represented by its manager (business null by the README's call) at a Postfach; a bare number.")

    # G15 AT html: a school parents' association paying a bus
    d = D(2026, 11, 10); ib = iban(rng, "AT")
    html = ("<html><body><p>Liebe Frau Wimmer,</p><p>danke für die Buchung des Busses für den Wandertag.</p>"
            "<p>Rechnung <b>B-2026-552</b><br>Rechnungsdatum: %s</p>"
            "<p>Elternverein der Volksschule Gmunden-Ost<br>z. H. Obfrau Sabine Wimmer<br>Schulgasse 2<br>4810 Gmunden</p>"
            "<table><tr><td>Bus 50 Sitze, Gmunden – Ebensee – Feuerkogel-Seilbahn und retour</td><td>540,00</td></tr>"
            "<tr><td>10 %% USt</td><td>54,00</td></tr><tr><td><b>Gesamt EUR</b></td><td><b>594,00</b></td></tr></table>"
            "<p>Zahlbar innerhalb von 14 Tagen auf %s, Verwendungszweck B-2026-552 Elternverein.</p>"
            "<p>Traunsee Reisen GmbH</p></body></html>") % (date_in("de", d), iban_spaced(ib))
    add("mail", "de", "body-html", "office@traunsee-reisen.at", "Traunsee Reisen",
        "elternverein.vs-gmunden-ost@gmx.at", "Elternverein VS Gmunden-Ost", "Rechnung Bus Wandertag", d, html=html,
        exp=E("B-2026-552", 59400, 59400, d, d + days(14), "Elternverein der Volksschule Gmunden-Ost", "elternverein.vs-gmunden-ost@gmx.at", ib,
              True, "de", ref="B-2026-552 Elternverein"),
        note="A school's parents' association (a Verein, business true) paying a class trip; 'z. H. Obfrau'; 'Gesamt EUR'.")


# ---------------------------------------------------------------- German non-invoices
def de_not():
    # D1 DE Angebot for a bathroom (PDF)
    d = D(2026, 11, 3)
    pages, _, _ = pdf_doc("de", "EUR",
        ["Bäder Wendt GmbH", "Hafenstraße 31 · 24937 Flensburg", "USt-IdNr. DE811440927"],
        ["Herrn Dipl.-Ing. Lothar Kuhn", "und Frau Birgit Kuhn-Lassen", "Friesische Straße 88", "24937 Flensburg"],
        [("Angebot Nr.", "AN-26-1207"), ("Datum", date_in("de", d)), ("Bindefrist", date_in("de", d + days(42)))],
        "Angebot", [("Demontage Altbad, Entsorgung", 1, 98000), ("Bodengleiche Dusche mit Rinne", 1, 264000),
                    ("Fliesenarbeiten 24 m²", 1, 312000), ("Sanitärobjekte lt. Auswahl", 1, 221000)], 19,
        ["Wir würden uns über Ihren Auftrag freuen. Zahlungsplan: 30 % bei Auftrag, Rest nach Abnahme."],
        ["Bäder Wendt GmbH · Ausstellung Mo–Fr 9–18 Uhr"], layout="right")
    add("Lexware", "de", "none", "angebote@baeder-wendt.de", "Bäder Wendt",
        "lothar.kuhn@web.de", "Lothar und Birgit", "Angebot AN-26-1207 Badsanierung", d,
        text="Sehr geehrte Frau Kuhn-Lassen, sehr geehrter Herr Kuhn,\n\nanbei unser Angebot für Ihr neues Bad.\n\n"
             "Mit freundlichen Grüßen\nBäder Wendt GmbH\n",
        pages=pages, fname="Angebot_AN-26-1207.pdf",
        why="An Angebot with a binding period and a payment plan; no work done, nothing owed.",
        note="Totals and USt in an invoice layout; a couple with 'Dipl.-Ing.' over two lines.")

    # D2 DE appointment confirmation with the price
    d = D(2026, 11, 24)
    add("mail", "de", "none", "termine@klavierstimmer-haas.de", "Klavierstimmer Haas",
        "familie.yilmaz-berger@gmx.de", "Familie Yılmaz-Berger", "Terminbestätigung Klavierstimmung 4.12.", d,
        text="Guten Tag Familie Yılmaz-Berger,\n\nhiermit bestätige ich den Termin zum Stimmen Ihres Klaviers am Freitag, "
             "4. Dezember 2026, gegen 14 Uhr.\n\nDie Stimmung kostet 129,00 € inkl. MwSt.; eine Rechnung erhalten Sie nach "
             "dem Termin.\n\nBis dann\nAndreas Haas\n",
        why="An appointment confirmation; the invoice is sent after the visit.",
        note="A price with VAT and a date for a household with a Turkish-German double name.")

    # D3 DE Jahresbescheinigung (PDF)
    d = D(2026, 12, 1)
    p = Page()
    p.text(56, 50, "Haushaltshilfe Rheinland UG", 13, True)
    p.text(56, 61, "Severinstraße 14 · 50678 Köln", 8)
    p.text(56, 136, "Haushaltshilfe Rheinland UG · Severinstraße 14 · 50678 Köln", 6.5)
    for k, s in enumerate(["Frau Dr. Agnieszka Nowak-Lange", "Bonner Wall 30, Whg. 12", "50677 Köln"]):
        p.text(56, 150 + k * 13, s, 10)
    p.text(330, 150, "Kundennummer  K-2281", 9)
    p.text(330, 163, "Datum  " + date_in("de", d), 9)
    p.text(56, 230, "Jahresbescheinigung 2026 nach § 35a EStG", 14, True)
    rows = [("Haushaltsnahe Dienstleistungen (Reinigung)", "2.964,00 €"), ("davon Arbeitskosten", "2.964,00 €"),
            ("gezahlt per Überweisung, 12 Rechnungen", "vollständig beglichen")]
    for k, (a, b) in enumerate(rows):
        p.text(56, 260 + k * 14, a, 9); p.right(539, 260 + k * 14, b, 9)
    p.text(56, 320, "Diese Bescheinigung dient zur Vorlage beim Finanzamt und ist keine Rechnung.", 9)
    add("sevDesk", "de", "none", "verwaltung@haushaltshilfe-rheinland.de", "Haushaltshilfe Rheinland",
        "a.nowak-lange@netcologne.de", "Agnieszka", "Ihre Jahresbescheinigung 2026", d,
        text="Sehr geehrte Frau Dr. Nowak-Lange,\n\nanbei Ihre Jahresbescheinigung für die Steuererklärung.\n\n"
             "Freundliche Grüße\nHaushaltshilfe Rheinland\n",
        pages=[p], fname="Jahresbescheinigung_2026_K-2281.pdf",
        why="A yearly certificate of amounts already paid, for the tax return.",
        note="Window return line, a Polish-German double surname with 'Whg. 12', a customer number box beside the address.")

    # D4 DE SEPA pre-notification
    d = D(2026, 11, 26)
    add("mail", "de", "none", "abrechnung@hausnotruf-lahn.de", "Hausnotruf Lahn",
        "s.krueger.giessen@gmx.de", "Stefan (Sohn)", "Vorabinformation SEPA-Lastschrift Dezember", d,
        text="Sehr geehrter Herr Krüger,\n\nfür den Hausnotruf Ihrer Mutter, Frau Irmgard Krüger, ziehen wir am 02.12.2026 "
             "den Monatsbeitrag von 29,90 € von dem Konto DE•• •••• •••• •••• 4418 ein.\n"
             "Mandatsreferenz: HNL-00731, Gläubiger-ID DE98ZZZ00000312044.\n\nSie müssen nichts weiter tun.\n\n"
             "Mit freundlichen Grüßen\nHausnotruf Lahn\n",
        why="A SEPA pre-notification: the monthly fee is collected by direct debit.",
        note="A son paying for his mother; an amount, a date, a mandate reference and a creditor id.")

    # D5 DE payment confirmation (html)
    d = D(2026, 11, 30)
    html = ("<html><body><p>Sehr geehrte Eheleute Kowalski,</p><p>wir bestätigen den Eingang Ihrer Zahlung über "
            "<b>2.380,00 €</b> für unsere Rechnung 2026-0871 (Fenstertausch Erdgeschoss).</p>"
            "<p>Damit ist die Rechnung vollständig beglichen. Vielen Dank!</p><p>Fensterbau Ostholstein</p></body></html>")
    add("lexoffice", "de", "none", "buchhaltung@fensterbau-ostholstein.de", "Fensterbau Ostholstein",
        "kowalski.eutin@t-online.de", "Marek & Ewa", "Zahlungseingang Rechnung 2026-0871", d, html=html,
        why="A confirmation that an invoice has been paid.",
        note="An invoice number and an amount in bold; 'Eheleute' with a Polish surname.")

    # D6 AT price list / newsletter
    d = D(2026, 12, 2)
    add("mail", "de", "none", "info@gartenpflege-leitner.at", "Gartenpflege Leitner",
        "fam.schwarzenberger@a1.net", "Familie Schwarzenberger", "Unsere Tarife 2027", d,
        text="Liebe Kundinnen und Kunden,\n\nab 1. Jänner 2027 gelten folgende Preise (inkl. 20 % USt):\n\n"
             "Rasenmähen bis 300 m²: 42,00\nHeckenschnitt pro Stunde: 48,00\nWinterdienst-Pauschale Saison: 390,00\n\n"
             "Bestehende Daueraufträge laufen weiter und werden wie gewohnt nach jedem Einsatz verrechnet.\n\n"
             "Schöne Feiertage!\nMartin Leitner\n",
        why="A price list for next year; work is invoiced after each visit.",
        note="Austrian 'Jänner', amounts without currency signs.")

    # D7 CH webshop order confirmation paid with TWINT (html)
    d = D(2026, 11, 28)
    html = ("<html><body><h3>Bestellbestätigung 7731-204</h3><p>Grüezi Frau Rüegg-Bösch</p>"
            "<p>Besten Dank für Ihre Bestellung. Die Zahlung mit TWINT ist bei uns eingegangen.</p>"
            "<table><tr><td>Fondue-Caquelon Gusseisen</td><td>CHF 89.00</td></tr><tr><td>Rechaud mit Brenner</td><td>CHF 39.00</td></tr>"
            "<tr><td>Versand</td><td>CHF 9.00</td></tr><tr><td><b>Total bezahlt</b></td><td><b>CHF 137.00</b></td></tr></table>"
            "<p>Lieferadresse: Ursula Rüegg-Bösch, c/o Familie Bösch, Dorfstrasse 21, 9450 Altstätten</p>"
            "<p>Die Quittung liegt dem Paket bei.</p></body></html>")
    add("Shopify", "de", "none", "shop@chuchi-laedeli.ch", "Chuchi-Lädeli",
        "ursula.rueegg@bluewin.ch", "Ursi", "Bestellbestätigung 7731-204", d, html=html,
        why="A webshop order confirmation already paid with TWINT.",
        note="Swiss double surname with c/o delivery address; 'Total bezahlt'.")

    # D8 DE credit note announcement
    d = D(2026, 12, 3)
    add("mail", "de", "none", "service@gartenbau-lindner.de", "Gartenbau Lindner",
        "h.weissgerber@posteo.de", "Heike Weißgerber", "Ihre Rechnung 26-0644 – Gutschrift folgt", d,
        text="Sehr geehrte Frau Weißgerber,\n\nSie haben recht, die Baumfällung wurde auf Rechnung 26-0644 doppelt berechnet. "
             "Wir erstellen eine Gutschrift über 357,00 € und senden sie Ihnen in den nächsten Tagen zu.\n\n"
             "Bitte zahlen Sie bis dahin nur den verbleibenden Betrag.\n\nMit freundlichen Grüßen\nGartenbau Lindner\n",
        why="Announces a credit note that is not attached.",
        note="An invoice number and an amount; a 'Gutschrift' not yet issued.")


# ---------------------------------------------------------------- checks and output
def sentences(r):
    """The sentences of a mail over 45 characters: its body lines and its PDF items of 9 pt and more."""
    out = set()
    body = r["eml"].split("\n\n", 1)[1]
    texts = [ln for ln in body.split("\n") if not ln.startswith(("Content-", "--", "MIME"))]
    for pg in (r.get("pdf") or {}).get("pages", []):
        texts += [it["text"] for it in pg["items"] if it["size"] >= 9]
    for t in texts:
        for s in re.split(r"<[^>]+>|[.!?]\s|\n", t):
            s = " ".join(s.split())
            if len(s) > 45:
                out.add(s)
    return out


def check(recs):
    check_labels(recs)
    for k, r in enumerate(recs):
        assert r["id"] == "inv-hold23-%03d" % (k + 1)
        json.loads(json.dumps(r, ensure_ascii=False))
    inv = [r for r in recs if r["is_invoice"]]
    non = [r for r in recs if not r["is_invoice"]]
    assert len(recs) == 75 and len(inv) == 50 and len(non) == 25, (len(inv), len(non))
    lang = lambda rs, l: sum(1 for r in rs if r["lang"] == l)
    assert (lang(inv, "nl"), lang(inv, "en"), lang(inv, "de")) == (20, 15, 15)
    kinds = {k: sum(1 for r in inv if r["kind"] == k) for k in ("pdf", "body-text", "body-html")}
    assert kinds == {"pdf": 25, "body-text": 13, "body-html": 12}, kinds
    assert all(r["kind"] == "none" for r in non)
    problems = []
    for r in recs:
        e = r["expected"]
        if r["kind"] == "pdf":
            assert "@@PDF@@" in r["eml"] and r.get("pdf"), r["id"]
        for pg in (r.get("pdf") or {}).get("pages", []):
            W_, H_ = pg.get("width", 595), pg.get("height", 842)
            spans = {}
            for it in pg["items"]:
                w = width(it["text"], it["size"], it["bold"])
                x0 = it["x"] - w if it["align"] == "right" else it["x"]
                if not (20 <= x0 and x0 + w <= W_ - 20 and 20 <= it["y"] <= H_ - 20):
                    problems.append((r["id"], "outside", it["text"]))
                spans.setdefault(it["y"], []).append((x0, x0 + w, it["text"]))
            for y, sp in spans.items():
                sp.sort()
                for a, b in zip(sp, sp[1:]):
                    if a[1] > b[0] + 1:
                        problems.append((r["id"], "overlap", a[2], b[2]))
        if e is None:
            continue
        assert e["debtor_email"] in r["envelope"]["rcpt_to"] and e["debtor_email"] in r["eml"].split("\n\n")[0], r["id"]
        assert e["amount_due_cents"] <= e["amount_total_cents"], r["id"]
        assert e["language"] == r["lang"], r["id"]
        if e["payment_reference"]:
            text = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
            assert e["payment_reference"] in text or qr_spaced(e["payment_reference"]) in text or \
                " ".join(e["payment_reference"][k:k + 4] for k in range(0, 16, 4)) in text, r["id"]
    assert not problems, "\n".join(map(str, problems))
    seen = {}
    for r in recs:
        for s in sentences(r):
            assert s not in seen, (seen.get(s), r["id"], s)
            seen[s] = r["id"]


def main():
    nl_invoices(); nl_not(); en_invoices(); en_not(); de_invoices(); de_not()
    rng.shuffle(RECS)
    for k, r in enumerate(RECS):
        r["id"] = "inv-hold23-%03d" % (k + 1)
        RECS[k] = dict([("id", r["id"])] + [(a, b) for a, b in r.items() if a != "id"])
    check(RECS)
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "..", "heldout23.jsonl"), RECS)
    inv = [r for r in RECS if r["is_invoice"]]
    cur = {}
    for r in inv:
        cur[r["expected"]["currency"]] = cur.get(r["expected"]["currency"], 0) + 1
    print("heldout23: %d records, %d invoices, currencies %s" % (len(RECS), len(inv), cur))


if __name__ == "__main__":
    main()
