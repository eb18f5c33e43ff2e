#!/usr/bin/env python3
"""heldout24: the twenty-fourth held-out set — the mail around the invoice.

Each mail is written as the sender's own client and habits make it: Outlook's Word
markup with a signature table and a logo, Apple Mail, Gmail, Thunderbird, a phone,
webmail; long signatures full of the sender's own facts (KvK, Handelsregister, Companies
House, VAT numbers, IBAN, opening hours, banners, disclaimers in two languages); mails
sent by an assistant, an office manager or a bookkeeper on the owner's behalf; the cover
in one language and the PDF in another; more than one attachment; tool mails with a
pay button; several recipients and a Reply-To; corrected and resent invoices; replies in
a thread.  Every text is hand-written for its one mail; the generator varies only the
IBANs, message ids and the order of the records.

Run from anywhere: writes ../heldout24.jsonl next to this directory.
"""
import datetime
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

SEED = 20261224
rng = random.Random(SEED)
D = datetime.date
RECORDS = []          # (firm key, record) before the shuffle
IB = {}               # a firm's IBAN, set by its invoice, reused in its other mails
DUE = {}              # a firm's invoice's amount due, for its later mails


enc = mk.header_words  # RFC 2047 where a header value is not ASCII


def who(name, addr):
    return "%s <%s>" % (enc(name), addr)


def quoted_who(name, addr):
    return '"%s" <%s>' % (name, addr) if re.search(r"[,.]", name) and name.isascii() else who(name, addr)


def iban(cc):
    return mk.iban(rng, cc)


def sp(i):
    return mk.iban_spaced(i)


def m(cur, lang, cents):
    return mk.money_in(cur, lang, cents)


def ds(lang, d, style=None):
    return mk.date_in(lang, d, style)


def vat(net, rate):
    """VAT on @net cents at @rate percent, rounded half up as invoicing tools do."""
    return int(net * rate / 100.0 + 0.5)


def kenmerk(fifteen):
    """A Dutch betalingskenmerk: the check digit (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the
    right, modulo 11) before @fifteen digits, printed in groups of four."""
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    total = sum(int(c) * w[k % 10] for k, c in enumerate(reversed(fifteen)))
    check = 11 - total % 11
    check = {10: 1, 11: 0}.get(check, check)
    s = str(check) + fifteen
    return " ".join(s[k:k + 4] for k in range(0, 16, 4))


def qr_reference(twenty_six):
    """A Swiss QR reference: @twenty_six digits and their recursive modulo-10 check digit,
    printed in groups of five from the right."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in twenty_six:
        carry = table[(carry + int(c)) % 10]
    s = twenty_six + str((10 - carry) % 10)
    return s[:2] + " " + " ".join(s[k:k + 5] for k in range(2, 27, 5))


def lines_total(rows):
    return sum(r[-1] for r in rows)


# ---------------------------------------------------------------- PDF layouts

WIDTH_FACTOR = 0.5 * 1.12   # Helvetica's mean advance per point, 12 % over


def est_width(text, size, bold=False):
    return len(text) * size * WIDTH_FACTOR * (1.06 if bold else 1.0)


def invoice_pdf(layout, seller, buyer, title, box, head, rows, totals, notes, footer,
                cur, lang, intro=None):
    """A tool-like invoice page.  @seller: (name, [address lines]); @buyer: address lines;
    @box: (label, value) pairs; @head: four column heads; @rows: (desc, qty, unit cents,
    amount cents); @totals: (label, cents, bold); @notes: lines under the totals;
    @footer: small lines at the foot.  Layouts: 0 the window envelope with the box at the
    right, 1 a right-aligned letterhead with the box under the address, 2 a banner title
    with the address at the right and the box at the left."""
    p = mk.Page()
    name, addr = seller
    if layout == 0:
        p.text(56, 60, name, size=15, bold=True)
        y = 74
        for a in addr:
            p.text(56, y, a, size=8)
            y += 10
        p.text(56, 138, " · ".join([name] + addr[:2]), size=6.5)
        y = 152
        for b in buyer:
            p.text(56, y, b, size=10)
            y += 13
        y = 152
        for lab, val in box:
            p.text(340, y, lab, size=9)
            p.right(539, y, val, size=9)
            y += 13
        y = 255
        p.text(56, y, title, size=16, bold=True)
    elif layout == 1:
        p.right(539, 58, name, size=14, bold=True)
        y = 72
        for a in addr:
            p.right(539, y, a, size=8)
            y += 10
        y = 160
        for b in buyer:
            p.text(56, y, b, size=10)
            y += 13
        p.text(56, 240, title, size=16, bold=True)
        y = 262
        for lab, val in box:
            p.text(56, y, lab, size=9)
            p.text(170, y, val, size=9)
            y += 13
        y += 6
    else:
        p.text(56, 62, title, size=20, bold=True)
        p.text(56, 84, name, size=10, bold=True)
        y = 96
        for a in addr:
            p.text(56, y, a, size=8)
            y += 10
        y = 160
        for lab, val in box:
            p.text(56, y, lab, size=9, bold=True)
            p.text(150, y, val, size=9)
            y += 13
        y = 160
        for b in buyer:
            p.text(330, y, b, size=10)
            y += 13
        y = 255
    y += 24
    if intro:
        for ln in intro:
            p.text(56, y, ln, size=9)
            y += 13
        y += 8
    p.text(56, y, head[0], size=9, bold=True)
    for k, h in enumerate(head[1:]):
        p.right(399 + 70 * k, y, h, size=9, bold=True)
    p.rule(56, y + 5, 539, y + 5)
    y += 20
    table = []
    for desc, qty, unit, amount in rows:
        table.append((desc, qty, m(cur, lang, unit) if unit is not None else "", m(cur, lang, amount)))
    y = p.line_rows(y, table)
    tot = [(lab, m(cur, lang, c), b) for lab, c, b in totals]
    p.totals_notes(y + 6, tot, notes, None)
    fy = 790
    for ln in footer:
        p.text(56, fy, ln, size=7)
        fy += 10
    return p


def doc_pdf(title, lines, heading=None, size=9):
    """A plain document page (terms, a delivery note, a timesheet): @heading lines in the
    head, a title, then @lines as (x, text, bold) or text."""
    p = mk.Page()
    y = 58
    for h in heading or []:
        p.text(56, y, h, size=9 if y > 58 else 13, bold=(y == 58))
        y += 13 if y == 58 else 11
    y += 18
    p.text(56, y, title, size=14, bold=True)
    y += 24
    for ln in lines:
        if isinstance(ln, tuple):
            x, t, b = ln
        else:
            x, t, b = 56, ln, False
        if t:
            p.text(x, y, t, size=size, bold=b)
        y += size + 4
    return p


# ---------------------------------------------------------------- HTML pieces

def outlook_html(paras, sig_rows, logo_cid="image001.png", disclaimer=()):
    """An Outlook mail: Word's markup, paragraphs of class MsoNormal, a signature table
    with the logo in its left cell."""
    body = "".join('<p class="MsoNormal"><span lang="NL" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s<o:p></o:p></span></p>\n' % p
                   if p else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in paras)
    sig = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
           '<tr><td width="110" valign="top" style="padding:0cm 8pt 0cm 0cm"><p class="MsoNormal">'
           '<img width="96" height="48" src="cid:%s" alt="logo"></p></td>\n<td valign="top" style="border-left:solid #9BBB59 1.0pt;padding:0cm 0cm 0cm 8pt">\n' % logo_cid
           + "".join('<p class="MsoNormal"><span style="font-size:8.0pt;color:#595959">%s</span></p>\n' % r for r in sig_rows)
           + '</td></tr></table>\n')
    disc = "".join('<p class="MsoNormal"><span style="font-size:7.0pt;color:gray">%s</span></p>\n' % d for d in disclaimer)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
            '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>\n'
            '<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + body + sig + disc + '</div>\n</body>\n</html>')


def gmail_html(paras, sig_lines, quote_html=""):
    body = "".join("<div>%s</div>" % (p or "<br>") for p in paras)
    sig = ('<div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
           + "<br>".join(sig_lines) + "</div></div>")
    return '<div dir="ltr">' + body + sig + "</div>" + quote_html


def apple_html(paras, sig_lines):
    body = "".join("<div>%s</div>" % (p or "<br>") for p in paras)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + body + '<div><br></div><div><div style="color: rgb(0, 0, 0); font-family: Helvetica; font-size: 12px;">'
            + "<br>".join(sig_lines) + "</div></div></body></html>")


def tool_html(title, intro_html, rows_html, button_url, button_label, footer_lines, second_button=None):
    btn = ('<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="#2D6CDF" style="border-radius:4px">'
           '<a href="%s" style="display:inline-block;padding:12px 24px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
           '</td></tr></table>' % (button_url, button_label))
    if second_button:
        btn += '<p style="font-size:13px"><a href="%s" style="color:#2D6CDF">%s</a></p>' % second_button
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table role="presentation" width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<tr><td><h1 style="font-size:20px;margin:0 0 16px">%s</h1>%s%s%s</td></tr>'
            '<tr><td style="font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr></table></td></tr></table></body></html>'
            % (title, intro_html, rows_html, btn, "<br>".join(footer_lines)))


def html_table(pairs, style="font-size:14px"):
    return ('<table cellpadding="4" cellspacing="0" style="%s;border-collapse:collapse">' % style
            + "".join('<tr><td style="color:#666">%s</td><td style="text-align:right"><b>%s</b></td></tr>' % (a, b) for a, b in pairs)
            + "</table>")


def lines_table(head, rows, totals):
    h = "<tr>" + "".join('<th align="%s" style="border-bottom:1px solid #999;padding:3px 8px">%s</th>' % ("left" if k == 0 else "right", c)
                         for k, c in enumerate(head)) + "</tr>"
    b = "".join("<tr>" + "".join('<td align="%s" style="padding:3px 8px">%s</td>' % ("left" if k == 0 else "right", c)
                                 for k, c in enumerate(r)) + "</tr>" for r in rows)
    t = "".join('<tr><td colspan="%d" align="right" style="padding:3px 8px">%s</td><td align="right" style="padding:3px 8px">%s</td></tr>'
                % (len(head) - 1, ("<b>%s</b>" % a) if bold else a, ("<b>%s</b>" % v) if bold else v) for a, v, bold in totals)
    return '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:10.5pt">' + h + b + t + "</table>"


def quote_text(lines, intro):
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)


JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000060000000300806000000") + bytes(24)


def add(firm, rid_hint, tool, lang, kind, sender, rcpts, eml, pages=None, fname=None, exp=None, why=None,
        note=None, pages2=None, fname2=None):
    head, rest = eml.split("\nMIME-Version: 1.0\n", 1)
    head = re.sub(r"^From: (.*) <", lambda mo: "From: %s <" % enc(mo.group(1)), head, count=1, flags=re.M)
    head = re.sub(r"^Subject: (.*)$", lambda mo: "Subject: %s" % enc(mo.group(1)), head, count=1, flags=re.M)
    eml = head + "\nMIME-Version: 1.0\n" + rest
    if 'content="Microsoft Word 15' in eml and lang != "nl":
        eml = eml.replace('lang="NL"', 'lang="%s"' % {"de": "DE", "en": "EN-GB"}[lang])
    if exp:
        IB.setdefault(firm, exp["iban"])
        DUE.setdefault(firm, exp["amount_due_cents"])
    RECORDS.append((firm, mk.record(rid_hint, tool, lang, kind, {"mail_from": sender, "rcpt_to": rcpts}, eml,
                                    pages=pages, pdf_filename=fname, expected=exp, why_not=why, note=note,
                                    pages2=pages2, pdf2_filename=fname2)))


def dt(d, h, mi):
    return datetime.datetime(d.year, d.month, d.day, h, mi).strftime("%a, %d %b %Y %H:%M:%S +0100")


def set_date(eml, d, h=10, mi=12):
    """The mail's Date header moved to @d (mailkit draws the hour)."""
    return re.sub(r"^Date: .*$", "Date: " + dt(d, h, mi), eml, count=1, flags=re.M)


# ================================================================ Dutch invoices, PDF

def nl_pdf():
    # N1 — Outlook, the office manager sends for the owner; terms first, invoice second, logo.
    ib = iban("NL")
    issue = D(2026, 11, 24)
    rows = [("HR-combiketel Remeha Tzerra Ace 28c, geleverd", "1", 218500, 218500),
            ("Montage en inbedrijfstelling (uren)", "6", 6850, 41100),
            ("Klein materiaal, afvoer oude ketel", "1", 7435, 7435)]
    net = lines_total([r[1:] for r in rows]) if False else sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    seller = ("Installatiebedrijf Verhoef B.V.", ["Kapelweg 14, 3818 BM Amersfoort", "T 033 461 22 90 · www.verhoef-installatie.nl"])
    pg = invoice_pdf(0, seller, ["Kramer Vastgoedbeheer B.V.", "t.a.v. dhr. R. Kramer", "Utrechtseweg 211", "3818 EC Amersfoort"],
                     "Factuur", [("Factuurnummer", "2026-1187"), ("Factuurdatum", ds("nl", issue)), ("Klantnummer", "K0418"),
                                 ("Uw referentie", "Hobbemastraat 9 bg")],
                     ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                     [("Subtotaal", net, False), ("BTW 21%", tax, False), ("Totaal te betalen", tot, True)],
                     ["Wij verzoeken u het bedrag binnen 30 dagen na factuurdatum over te maken op",
                      "rekening %s t.n.v. Installatiebedrijf Verhoef B.V. o.v.v. het factuurnummer." % sp(ib)],
                     ["KvK 32145678 · BTW NL812345678B01 · IBAN %s · Op al onze werkzaamheden zijn de ALIB-voorwaarden van toepassing." % sp(ib)],
                     "EUR", "nl")
    terms = doc_pdf("Algemene leveringsvoorwaarden", [
        "Artikel 1 — Toepasselijkheid", "Deze voorwaarden gelden voor alle offertes en opdrachten van Installatiebedrijf Verhoef B.V.",
        "", "Artikel 7 — Betaling", "Facturen dienen binnen dertig dagen na dagtekening te worden voldaan.",
        "Bij overschrijding is de opdrachtgever de wettelijke handelsrente verschuldigd.", "",
        "Artikel 9 — Garantie", "Op montagewerk geven wij twaalf maanden garantie, op materialen de fabrieksgarantie."],
        heading=["Installatiebedrijf Verhoef B.V.", "Gedeponeerd bij de KvK Midden-Nederland onder nummer 32145678"])
    html = outlook_html(
        ["Goedemiddag meneer Kramer,", "",
         "Namens Peter Verhoef stuur ik u in de bijlage onze factuur voor de nieuwe cv-ketel aan de Hobbemastraat 9.",
         "Voor de volledigheid heb ik ook onze algemene voorwaarden meegestuurd.", "",
         "Heeft u nog vragen over de factuur, dan hoor ik het graag.", "",
         "Met vriendelijke groet,"],
        ["<b>Monique Jansen</b>", "Office manager", "<b>Installatiebedrijf Verhoef B.V.</b>", "Kapelweg 14 | 3818 BM Amersfoort",
         "T 033 461 22 90 | M 06 41 87 22 05", "KvK 32145678 | BTW NL812345678B01", "IBAN %s" % sp(ib),
         '<a href="https://www.verhoef-installatie.nl">www.verhoef-installatie.nl</a>',
         "Bereikbaar ma t/m do 8.00–16.30 uur"],
        disclaimer=["Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per abuis ontvangen, verwijder het dan en laat het ons weten.",
                    "This message is intended solely for the addressee. If you received it in error, please delete it and notify the sender."])
    eml = mk.mail(rng, "monique@verhoef-installatie.nl", "Monique Jansen | Verhoef Installatie",
                  quoted_who("R. Kramer", "r.kramer@kramervastgoed.nl"), "Factuur 2026-1187 Hobbemastraat 9", D(2026, 11, 24),
                  body_html=html, pdf=True, pdf2="before", extra_parts=[("image/png", "image001.png", PNG)])
    add("verhoef", "n01", "Outlook", "nl", "pdf", "monique@verhoef-installatie.nl", ["r.kramer@kramervastgoed.nl"], eml,
        [pg], "Factuur_2026-1187.pdf",
        mk.expected("2026-1187", tot, tot, issue, issue + mk.days(30), "Kramer Vastgoedbeheer B.V.", "r.kramer@kramervastgoed.nl",
                    ib, True, "nl"),
        note="Outlook Word markup with a signature table and logo sent by the office manager for the owner; the general terms come first, the invoice second; seller's KvK/BTW/IBAN in the signature and the footer.",
        pages2=[terms], fname2="Algemene_Voorwaarden_Verhoef.pdf")

    # N2 — iPhone, a handyman's Word invoice scanned as scan0001.pdf, a private customer.
    ib = iban("NL")
    issue = D(2026, 11, 18)
    rows = [("Schutting achtertuin vervangen (8 m¹), incl. palen", "1", 96000, 96000),
            ("Tuinpoort geplaatst", "1", 28500, 28500),
            ("Afvoer oud hout", "1", 4500, 4500)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(1, ("Klusbedrijf Ruud de Wit", ["Zeilmakersstraat 3", "1781 TE Den Helder", "06 28 44 71 90"]),
                     ["Marloes Visser", "Duinweg 41", "1782 GG Den Helder"], "FACTUUR",
                     [("Nummer:", "2026-041"), ("Datum:", ds("nl", issue)), ("Vervaldatum:", ds("nl", D(2026, 12, 2)))],
                     ["Werkzaamheden", "Aantal", "Prijs", "Totaal"], rows,
                     [("Totaal excl. btw", net, False), ("Btw 21%", tax, False), ("Totaal", tot, True)],
                     ["Graag overmaken naar %s t.n.v. R. de Wit." % sp(ib)],
                     ["KvK 71230988 · btw-id NL002318876B55"], "EUR", "nl")
    body = "Hoi Marloes,\n\nHierbij de factuur van de schutting. Was een mooie klus!\n\nGr Ruud\n\nVerstuurd vanaf mijn iPhone"
    eml = mk.mail(rng, "ruuddewit71@gmail.com", "Ruud de Wit", who("Marloes Visser", "marloes.visser@ziggo.nl"), "Factuur",
                  D(2026, 11, 19), body_text=body, pdf=True)
    add("dewit", "n02", "iPhone", "nl", "pdf", "ruuddewit71@gmail.com", ["marloes.visser@ziggo.nl"], eml, [pg], "scan0001.pdf",
        mk.expected("2026-041", tot, tot, issue, D(2026, 12, 2), "Marloes Visser", "marloes.visser@ziggo.nl", ib, False, "nl"),
        note="A one-line cover from an iPhone with a bare subject 'Factuur' and a file called scan0001.pdf; the mail is a day after the invoice.")

    # N3 — the bookkeeper sends for a painter, her own firm's facts in the signature, Reply-To the painter.
    ib_b = iban("NL")
    ib = iban("NL")
    issue = D(2026, 11, 27)
    ref = kenmerk("012778811905523")
    rows = [("Schilderwerk buitenkozijnen voorgevel (arbeid)", "", None, 184000),
            ("Verf en materialen", "", None, 31250)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(2, ("Schildersbedrijf Bosman", ["Molenstraat 88, 5341 GE Oss", "KvK 17098234 · BTW NL001876345B71"]),
                     ["VvE Het Kwartier", "t.a.v. de penningmeester", "Raadhuislaan 2-40", "5341 GM Oss"], "FACTUUR",
                     [("Factuurnr.", "B-26117"), ("Datum", ds("nl", issue)), ("Vervalt op", ds("nl", D(2026, 12, 11)))],
                     ["Omschrijving", "", "", "Bedrag"], rows,
                     [("Netto", net, False), ("BTW 21%", tax, False), ("Te voldoen", tot, True)],
                     ["Betaling op %s t.n.v. Schildersbedrijf Bosman" % sp(ib), "onder vermelding van betalingskenmerk %s." % ref],
                     ["Schildersbedrijf Bosman · Molenstraat 88 · 5341 GE Oss · 0412 63 19 07"], "EUR", "nl")
    body = ("Geachte penningmeester,\n\n"
            "Namens Schildersbedrijf Bosman stuur ik u de factuur voor het schilderwerk aan de kozijnen van de voorgevel.\n"
            "Wij verzorgen de administratie van Bosman; voor vragen over het werk zelf kunt u het beste rechtstreeks\n"
            "contact opnemen met Henk Bosman (antwoorden op deze mail komen bij hem terecht).\n\n"
            "Met vriendelijke groet,\n\nEls van Dam\nAdministratiekantoor Van Dam\nKerkstraat 5 | 5341 BX Oss\n"
            "T 0412 62 00 41\nKvK 60213498 | BTW NL853002116B01\nIBAN %s\nwww.vandam-administratie.nl\n\n"
            "Onze kantoren zijn gesloten van 24 december t/m 1 januari." % sp(ib_b))
    eml = mk.mail(rng, "els@vandam-administratie.nl", "Administratiekantoor Van Dam", who("VvE Het Kwartier", "penningmeester@vvehetkwartier.nl"),
                  "Factuur B-26117 Schildersbedrijf Bosman", D(2026, 11, 27), body_text=body, pdf=True,
                  extra_headers=["Reply-To: Henk Bosman <info@schildersbedrijfbosman.nl>"])
    add("vandam", "n03", "bookkeeper", "nl", "pdf", "els@vandam-administratie.nl", ["penningmeester@vvehetkwartier.nl"], eml, [pg],
        "Factuur B-26117.pdf",
        mk.expected("B-26117", tot, tot, issue, D(2026, 12, 11), "VvE Het Kwartier", "penningmeester@vvehetkwartier.nl", ib, True,
                    "nl", reference=ref.replace(" ", "")),
        note="Sent by the painter's bookkeeper 'namens' him from her own domain, her own KvK/BTW/IBAN in the signature differ from the invoice's; Reply-To the painter; a closing banner.")

    # N4 — corrected resend: the previous one had the wrong hourly rate; quoted earlier mail below.
    ib = iban("NL")
    issue = D(2026, 11, 30)
    rows = [("Fysiotherapie bedrijfsfitness november (uren)", "14", 7200, 100800),
            ("Werkplekonderzoek afdeling logistiek", "1", 34500, 34500)]
    net = sum(r[3] for r in rows)
    tot = net
    pg = invoice_pdf(1, ("Fysio Vitaal Zwolle", ["Assendorperstraat 120", "8012 DK Zwolle", "administratie@fysiovitaal.nl"]),
                     ["Transportbedrijf Koster & Zn. B.V.", "Afd. crediteurenadministratie", "Marsweg 17", "8013 PE Zwolle"],
                     "Factuur (gecorrigeerd)",
                     [("Factuurnummer", "FV26-0342"), ("Factuurdatum", ds("nl", issue)), ("Betalingstermijn", "21 dagen")],
                     ["Omschrijving", "Aantal", "Tarief", "Bedrag"], rows,
                     [("Totaal (geen btw)", tot, True)],
                     ["Vrijgesteld van btw op grond van art. 11 Wet OB.", "Deze factuur vervangt factuur FV26-0339 van 27-11-2026.",
                      "Gelieve te betalen binnen 21 dagen op %s." % sp(ib)],
                     ["Fysio Vitaal Zwolle · KvK 05089912 · AGB 04-123456"], "EUR", "nl")
    body = ("Beste Wilma,\n\nExcuses, in de vorige stond een fout: ik had het uurtarief van vorig jaar gebruikt.\n"
            "Hierbij de juiste factuur; de vorige (FV26-0339) mag je als vervallen beschouwen.\n\n"
            "Hartelijke groet,\nJoost Meinema\nFysio Vitaal Zwolle\n038 421 77 30\n\n"
            + quote_text(["Beste mevrouw Koster,", "", "Bijgaand de factuur voor bedrijfsfitness en het werkplekonderzoek.",
                          "", "Met vriendelijke groet,", "Joost Meinema"],
                         "Op 27 nov 2026, om 16:02 heeft Joost Meinema <joost@fysiovitaal.nl> het volgende geschreven:"))
    eml = mk.mail(rng, "joost@fysiovitaal.nl", "Joost Meinema", who("Wilma Koster", "crediteuren@kostertransport.nl"),
                  "Re: Factuur FV26-0339 -> gecorrigeerd FV26-0342", D(2026, 11, 30), body_text=body, pdf=True)
    add("fysiovitaal", "n04", "Apple Mail", "nl", "pdf", "joost@fysiovitaal.nl", ["crediteuren@kostertransport.nl"], eml, [pg],
        "Factuur FV26-0342.pdf",
        mk.expected("FV26-0342", tot, tot, issue, issue + mk.days(21), "Transportbedrijf Koster & Zn. B.V.",
                    "crediteuren@kostertransport.nl", ib, True, "nl"),
        note="A corrected invoice resent in the thread of the wrong one: the old number is in the subject, the cover and the PDF, the new one only in the PDF box and the subject's end.")

    # N5 — resent because it was not received; the original dates, already past due.
    ib = iban("NL")
    issue = D(2026, 10, 21)
    rows = [("Hosting en onderhoud website oktober t/m december", "3", 4950, 14850),
            ("Extra werk: nieuwe pagina vacatures", "2,5", 8000, 20000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(0, ("Pixelwerf", ["Oude Boteringestraat 44", "9712 GL Groningen", "hallo@pixelwerf.nl"]),
                     ["Bakkerij Gorter", "Vismarkt 12", "9712 CB Groningen"], "Factuur",
                     [("Factuur", "PW-2026-118"), ("Datum", ds("nl", issue)), ("Vervaldatum", ds("nl", D(2026, 11, 4)))],
                     ["Omschrijving", "Aantal", "Prijs", "Totaal"], rows,
                     [("Subtotaal", net, False), ("21% btw", tax, False), ("Totaal", tot, True)],
                     ["Betalen kan op %s t.n.v. Pixelwerf." % sp(ib)], ["Pixelwerf · KvK 69900213 · btw NL858120944B01"], "EUR", "nl")
    body = ("Hoi Anneke,\n\nJe gaf vanochtend aan de telefoon aan dat de factuur van oktober nooit is aangekomen.\n"
            "Vervelend! Hierbij stuur ik hem opnieuw, misschien is hij destijds in de spam beland.\n\n"
            "Groetjes,\nSanne\n\n--\nSanne Hofstra | Pixelwerf\nwebdesign & hosting\n050 211 87 40 | pixelwerf.nl\n"
            "Instagram @pixelwerf | LinkedIn linkedin.com/in/sannehofstra\n"
            "Ik werk op maandag, dinsdag en donderdag.")
    eml = mk.mail(rng, "sanne@pixelwerf.nl", "Sanne Hofstra", who("Anneke Gorter", "info@bakkerijgorter.nl"),
                  "Factuur oktober (opnieuw)", D(2026, 12, 1), body_text=body, pdf=True)
    add("pixelwerf", "n05", "Thunderbird", "nl", "pdf", "sanne@pixelwerf.nl", ["info@bakkerijgorter.nl"], eml, [pg], "Factuur.pdf",
        mk.expected("PW-2026-118", tot, tot, issue, D(2026, 11, 4), "Bakkerij Gorter", "info@bakkerijgorter.nl", ib, True, "nl"),
        note="An invoice resent six weeks later because it was not received: the original date and due date, now past; 'Factuur.pdf'; part-time working days in the signature.")

    # N6 — Belgian, the cover in Dutch and French, the PDF in Dutch, OGM.
    ib = iban("BE")
    issue = D(2026, 11, 26)
    ogm = mk.ogm("0260112604")
    rows = [("Plaatsing laminaat living en hal (m²)", "42", 3150, 132300),
            ("Plinten en overgangsprofielen", "1", 18640, 18640),
            ("Verwijderen oude vloerbekleding", "1", 24000, 24000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 6)
    tot = net + tax
    pg = invoice_pdf(0, ("Vloeren Declercq BV", ["Brugsesteenweg 310, 8500 Kortrijk", "BTW BE 0712.334.908 · RPR Gent afd. Kortrijk"]),
                     ["Mevr. Nathalie Vandenberghe", "Groeningelaan 17", "8500 Kortrijk"], "FACTUUR",
                     [("Factuurnr.", "2026/0877"), ("Datum", ds("be", issue)), ("Vervaldag", ds("be", D(2026, 12, 26)))],
                     ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"], rows,
                     [("Maatstaf van heffing", net, False), ("BTW 6%", tax, False), ("Te betalen", tot, True)],
                     ["Btw 6%: renovatie van een woning ouder dan tien jaar (attest ondertekend door de klant).",
                      "Gelieve te storten op %s met mededeling %s" % (sp(ib), ogm)],
                     ["Vloeren Declercq BV · Brugsesteenweg 310 · 8500 Kortrijk · 056 22 81 40 · info@vloerendeclercq.be"], "EUR", "be")
    body = ("Beste mevrouw Vandenberghe,\nChère Madame Vandenberghe,\n\n"
            "In bijlage vindt u de factuur voor de plaatsing van uw nieuwe vloer.\n"
            "Vous trouverez en annexe la facture pour la pose de votre nouveau sol.\n\n"
            "Met vriendelijke groeten / Bien à vous,\n\nKatrien Declercq\nVloeren Declercq BV\n"
            "Brugsesteenweg 310 - 8500 Kortrijk\nT +32 56 22 81 40\nBTW/TVA BE 0712.334.908\nIBAN %s - BIC GKCCBEBB\n\n"
            "Dit e-mailbericht en de bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n"
            "Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire." % sp(ib))
    eml = mk.mail(rng, "katrien@vloerendeclercq.be", "Vloeren Declercq", who("Nathalie Vandenberghe", "n.vandenberghe@telenet.be"),
                  "Factuur / Facture 2026/0877", D(2026, 11, 26), body_text=body, pdf=True)
    add("declercq", "n06", "Outlook", "nl", "pdf", "katrien@vloerendeclercq.be", ["n.vandenberghe@telenet.be"], eml, [pg],
        "Factuur_2026-0877.pdf",
        mk.expected("2026/0877", tot, tot, issue, D(2026, 12, 26), "Nathalie Vandenberghe", "n.vandenberghe@telenet.be", ib, False,
                    "nl", reference=ogm),
        note="Flemish: a cover in Dutch and French line by line, a disclaimer in both, the PDF in Dutch with a structured communication; 6% renovation VAT.")

    # N7 — Flemish, Thunderbird with the '-- ' separator, photos of the work, the customer's accountant in Cc.
    ib = iban("BE")
    issue = D(2026, 12, 1)
    rows = [("Herstelling platte dakbedekking EPDM (m²)", "18", 6200, 111600),
            ("Vervangen dakgoot zink (lm)", "7", 4800, 33600),
            ("Verplaatsingskosten", "1", 3500, 3500)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    ogm = mk.ogm("0261201037")
    pg = invoice_pdf(1, ("Dakwerken Peeters", ["Lierseweg 77, 2200 Herentals", "ondernemingsnr. 0644.281.370"]),
                     ["Bakkerij Van Roey BV", "Grote Markt 9", "2200 Herentals", "BTW BE 0455.190.726"], "Factuur",
                     [("Nummer", "F26-0214"), ("Datum", ds("be", issue)), ("Vervaldatum", ds("be", D(2026, 12, 31)))],
                     ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                     [("Totaal excl. btw", net, False), ("Btw 21%", tax, False), ("Totaal incl. btw", tot, True)],
                     ["Te betalen op rekening %s" % sp(ib), "met gestructureerde mededeling %s" % ogm],
                     ["Dakwerken Peeters · 014 21 90 66 · dakwerkenpeeters.be"], "EUR", "be")
    body = ("Dag Bart,\n\nDe factuur voor het dak van de bakkerij zit in bijlage, met een paar foto's van hoe het er nu bij ligt.\n"
            "Ik heb jullie boekhouder in cc gezet zoals gevraagd.\n\nGroeten,\nWim\n\n-- \nWim Peeters\nDakwerken Peeters\n"
            "Lierseweg 77, 2200 Herentals\ngsm 0476 33 18 52\nIBAN %s\nwww.dakwerkenpeeters.be\n"
            "Erkend aannemer klasse 1 - categorie D" % sp(ib))
    eml = mk.mail(rng, "wim@dakwerkenpeeters.be", "Wim Peeters", who("Bart Van Roey", "bart@bakkerijvanroey.be"),
                  "factuur dak + foto's", D(2026, 12, 1), body_text=body, pdf=True,
                  extra_headers=["Cc: Boekhoudkantoor Lemmens <dossiers@lemmens-boekhouding.be>",
                                 "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"],
                  extra_parts=[("image/jpeg", "IMG_20261128_141502.jpg", JPEG), ("image/jpeg", "IMG_20261128_141533.jpg", JPEG)])
    add("peeters", "n07", "Thunderbird", "nl", "pdf", "wim@dakwerkenpeeters.be",
        ["bart@bakkerijvanroey.be", "dossiers@lemmens-boekhouding.be"], eml, [pg], "F26-0214.pdf",
        mk.expected("F26-0214", tot, tot, issue, D(2026, 12, 31), "Bakkerij Van Roey BV", "bart@bakkerijvanroey.be", ib, True, "nl",
                    reference=ogm),
        note="Flemish Thunderbird mail with two photos after the invoice and the customer's accountant in Cc (not the debtor); the buyer's own VAT number in the address block.")

    # N8 — the cover in English to an expat customer, the PDF in Dutch.
    ib = iban("NL")
    issue = D(2026, 11, 20)
    rows = [("Verhuisbegeleiding: inpakken en verhuizen (uren, 3 man)", "21", 5250, 110250),
            ("Verhuiswagen 20 m³, 1 dag", "1", 29500, 29500),
            ("Verhuisdozen (stuks)", "40", 275, 11000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(2, ("Verhuisservice Jacobs", ["Industrieweg 31, 2712 LB Zoetermeer", "KvK 27788120 · BTW NL8120.03.551.B01"]),
                     ["Dr. Priya Nair", "Laan van Meerdervoort 512", "2563 BG Den Haag"], "Factuur",
                     [("Factuurnummer", "VJ-5531"), ("Datum", ds("nl", issue)), ("Termijn", "14 dagen")],
                     ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                     [("Subtotaal", net, False), ("Btw 21%", tax, False), ("Totaal", tot, True)],
                     ["Graag binnen 14 dagen overmaken op %s." % sp(ib)], ["Verhuisservice Jacobs · 079 342 18 00"], "EUR", "nl")
    body = ("Dear Dr Nair,\n\nThank you for choosing us for your move to The Hague. Attached is our invoice; it is in Dutch,\n"
            "as our software only prints Dutch, but the amounts speak for themselves. Payment within 14 days is appreciated.\n\n"
            "Kind regards,\n\nDaan Jacobs\nVerhuisservice Jacobs\n+31 79 342 18 00\n\nSent from Outlook for iOS")
    eml = mk.mail(rng, "daan@verhuisservicejacobs.nl", "Daan Jacobs", quoted_who("Dr. Priya Nair", "priya.nair@protonmail.com"),
                  "Invoice for your move", D(2026, 11, 20), body_text=body, pdf=True)
    add("jacobs", "n08", "Outlook iOS", "nl", "pdf", "daan@verhuisservicejacobs.nl", ["priya.nair@protonmail.com"], eml, [pg],
        "Factuur VJ-5531.pdf",
        mk.expected("VJ-5531", tot, tot, issue, issue + mk.days(14), "Dr. Priya Nair", "priya.nair@protonmail.com", ib, False, "nl"),
        note="The cover in English, the PDF in Dutch (its language is the invoice's): the term only as '14 dagen'; the seller's VAT number written with dots.")

    # N9 — an invoicing tool's mail: 'Bekijk online' and an iDEAL button beside the PDF, its footer.
    ib = iban("NL")
    issue = D(2026, 12, 2)
    ref = kenmerk("001442088163309")
    rows = [("Abonnement Team (december 2026)", "1", 14900, 14900),
            ("Extra gebruikers (stuks)", "3", 1200, 3600)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(0, ("Roosterlicht B.V.", ["Stationsplein 45, 3511 ED Utrecht", "KvK 80442197 · BTW NL861554201B01"]),
                     ["Kinderdagverblijf De Speelboom", "t.a.v. Fatima El Amrani", "Lindenlaan 3", "3451 AB Vleuten"], "Factuur",
                     [("Factuurnummer", "RL-2026-06631"), ("Factuurdatum", ds("nl", issue)), ("Vervaldatum", ds("nl", D(2026, 12, 16))),
                      ("Betalingskenmerk", ref)],
                     ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows,
                     [("Subtotaal", net, False), ("Btw 21%", tax, False), ("Totaal", tot, True)],
                     ["Betaal via iDEAL met de link in de e-mail of maak over naar %s" % sp(ib),
                      "onder vermelding van het betalingskenmerk."], ["Roosterlicht B.V. · support@roosterlicht.nl"], "EUR", "nl")
    html = tool_html("Je factuur van Roosterlicht",
                     "<p>Hallo Fatima,</p><p>Bedankt dat jullie Roosterlicht gebruiken. In de bijlage vind je de factuur over december.</p>",
                     html_table([("Factuurnummer", "RL-2026-06631"), ("Bedrag", m("EUR", "nl", tot)), ("Vervaldatum", ds("nl", D(2026, 12, 16)))]),
                     "https://pay.roosterlicht.nl/i/RL-2026-06631", "Betaal direct met iDEAL",
                     ["Roosterlicht B.V. · Stationsplein 45 · 3511 ED Utrecht · KvK 80442197",
                      "Verzonden met Factuurflow — facturen sturen zonder gedoe",
                      '<a href="https://roosterlicht.nl/afmelden?u=88123">Afmelden voor productupdates</a>'],
                     second_button=("https://app.roosterlicht.nl/facturen/RL-2026-06631", "Bekijk de factuur online"))
    eml = mk.mail(rng, "facturen@roosterlicht.nl", "Roosterlicht", who("Fatima El Amrani", "administratie@despeelboom.nl"),
                  "Factuur RL-2026-06631", D(2026, 12, 2), body_html=html, pdf=True)
    add("roosterlicht", "n09", "tool mail", "nl", "pdf", "facturen@roosterlicht.nl", ["administratie@despeelboom.nl"], eml, [pg],
        "RL-2026-06631.pdf",
        mk.expected("RL-2026-06631", tot, tot, issue, D(2026, 12, 16), "Kinderdagverblijf De Speelboom", "administratie@despeelboom.nl",
                    ib, True, "nl", reference=ref.replace(" ", "")),
        note="An invoicing tool's HTML with a pay button, a 'view online' link, a 'Verzonden met' footer and an unsubscribe line beside the PDF; the contact person on a t.a.v. line.")

    # N10 — a shared mailbox, a display name unlike the firm; the delivery note first, 'document (3).pdf'.
    ib = iban("NL")
    issue = D(2026, 11, 23)
    rows = [("Kerststukken tafel, groot (stuks)", "12", 3450, 41400),
            ("Adventskransen 40 cm (stuks)", "4", 5200, 20800),
            ("Bezorging Leiden centrum", "1", 1250, 1250)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 9)
    tot = net + tax
    pg = invoice_pdf(1, ("Bloemen & Zo", ["Haarlemmerstraat 140", "2312 GE Leiden", "071 514 02 77"]),
                     ["Restaurant De Waag Leiden", "Aalmarkt 21", "2311 EC Leiden"], "Factuur",
                     [("Factuur nr.", "2026-0391"), ("Datum", ds("nl", issue)), ("Pakbon", "PB-1120"), ("Betaaltermijn", "8 dagen")],
                     ["Artikel", "Aantal", "Prijs", "Totaal"], rows,
                     [("Totaal excl. btw", net, False), ("Btw 9%", tax, False), ("Totaal", tot, True)],
                     ["Wij verzoeken u vriendelijk binnen 8 dagen te betalen op %s" % sp(ib), "ten name van Bloemen & Zo V.O.F."],
                     ["Bloemen & Zo V.O.F. · KvK 28076643 · BTW NL809441230B01"], "EUR", "nl")
    pakbon = doc_pdf("Pakbon PB-1120", ["Afleveradres: Restaurant De Waag, Aalmarkt 21, Leiden", "Bezorgd op 23-11-2026",
                                         "", "12 x kerststuk tafel groot", "4 x adventskrans 40 cm", "", "Voor ontvangst getekend: ............"],
                     heading=["Bloemen & Zo", "Haarlemmerstraat 140 · 2312 GE Leiden"])
    body = ("Goedemorgen,\n\nZoals beloofd de pakbon en de factuur van de kerststukken van vandaag.\n"
            "De boekhouding van jullie heb ik in de cc gezet.\n\nFijne dag!\n\nSandra\nnamens team Bloemen & Zo\n\n"
            "Bloemen & Zo V.O.F. | Haarlemmerstraat 140 | 2312 GE Leiden\nOpen di-za 9.00-18.00, zondag gesloten\n"
            "IBAN %s | KvK 28076643\nVolg ons op Instagram: @bloemenenzo_leiden\n\n"
            "Denk aan het milieu voordat u deze e-mail print." % sp(ib))
    eml = mk.mail(rng, "info@bloemenenzo.nl", "Sandra | Bloemen & Zo", who("De Waag Leiden", "reserveringen@dewaagleiden.nl"),
                  "pakbon en factuur kerststukken", D(2026, 11, 23), body_text=body, pdf=True, pdf2="before",
                  extra_headers=["Cc: administratie@hkboekhouding.nl"])
    add("bloemenenzo", "n10", "webmail", "nl", "pdf", "info@bloemenenzo.nl", ["reserveringen@dewaagleiden.nl", "administratie@hkboekhouding.nl"],
        eml, [pg], "document (3).pdf",
        mk.expected("2026-0391", tot, tot, issue, issue + mk.days(8), "Restaurant De Waag Leiden", "reserveringen@dewaagleiden.nl",
                    ib, True, "nl"),
        note="A shared mailbox with a person's display name; the delivery note is the first PDF and the invoice 'document (3).pdf' the second; the customer's bookkeeper in Cc; 9% VAT.",
        pages2=[pakbon], fname2="Pakbon PB-1120.pdf")



# ================================================================ Dutch invoices in the body

def nl_body():
    # N11 — a thread reply 'hierbij alsnog de factuur', the customer's own facts quoted below.
    ib = iban("NL")
    ib_c = iban("NL")
    issue = D(2026, 12, 3)
    net = 79000 + 30000
    tax = vat(net, 21)
    tot = net + tax
    body = ("Hoi Gijs,\n\nHierbij alsnog de factuur, sorry dat het even duurde. Dan kan hij vrijdag nog mee.\n\n"
            "FACTUUR 2026-027\nDatum: %s\n\nAan:\nZeewind Communicatie B.V.\nt.a.v. Gijs Ravesteijn\nBoompjes 40\n3011 XB Rotterdam\n\n"
            "Fotoshoot bedrijfsportretten, 2 dagdelen à € 395,00        € 790,00\n"
            "Nabewerking 24 foto's à € 12,50                           € 300,00\n"
            "Subtotaal                                                 € 1.090,00\n"
            "Btw 21%%                                                   € %s\n"
            "Totaal                                                    %s\n\n"
            "Graag binnen 14 dagen overmaken naar %s t.n.v. L. Brink Fotografie.\n\n"
            "Groetjes,\nLotte\n\nLotte Brink Fotografie | KvK 74120558 | btw NL002245567B92\n06 18 22 90 41 | lottebrink.nl\n\n"
            % (ds("nl", issue, "long"), mk.money(tax, "nl"), m("EUR", "nl", tot), sp(ib))
            + quote_text(["Hoi Lotte,", "", "De foto's zijn echt top, iedereen is blij. Kun je de factuur nog sturen?",
                          "Dan gaat hij mee in de betaalrun van vrijdag.", "", "Groet,", "Gijs", "",
                          "Gijs Ravesteijn | Office manager", "Zeewind Communicatie B.V.", "Boompjes 40 | 3011 XB Rotterdam",
                          "KvK 24456710 | BTW NL803311287B01 | IBAN %s" % sp(ib_c)],
                         "Op di 1 dec 2026 om 09:14 schreef Gijs Ravesteijn <gijs@zeewindcommunicatie.nl>:"))
    eml = mk.mail(rng, "info@lottebrink.nl", "Lotte Brink", who("Gijs Ravesteijn", "gijs@zeewindcommunicatie.nl"),
                  "Re: foto's + factuur?", issue, body_text=body)
    add("lottebrink", "n11", "Gmail", "nl", "body-text", "info@lottebrink.nl", ["gijs@zeewindcommunicatie.nl"], eml,
        exp=mk.expected("2026-027", tot, tot, issue, issue + mk.days(14), "Zeewind Communicatie B.V.", "gijs@zeewindcommunicatie.nl",
                        ib, True, "nl"),
        note="An invoice typed in a reply, with the customer's quoted message below carrying the customer's own KvK, BTW and IBAN; the issue date written out in words.")

    # N12 — Gmail plain text, a copywriter under the KOR, a long signature with a holiday banner.
    ib = iban("NL")
    issue = D(2026, 11, 30)
    tot = 145000
    body = ("Beste Ingrid,\n\nFijn dat de nieuwe bewonersbrochure zo goed is ontvangen! Hieronder mijn factuur.\n\n"
            "Factuurnummer: WW2026-31\nFactuurdatum: 30-11-2026\nOpdrachtgever: Woonstichting De Linie, t.a.v. Ingrid Mulder\n"
            "Omschrijving: teksten bewonersbrochure 'Samen wonen' (vast bedrag volgens offerte)\n"
            "Bedrag: € 1.450,00\nGeen btw: ik maak gebruik van de kleineondernemersregeling (KOR).\n\n"
            "Wil je het bedrag uiterlijk 31 december 2026 overmaken naar %s ten name van M. Dekker?\n\n"
            "Hartelijke groet,\n\nMirjam Dekker\nWoordwerk – teksten die werken\nVaartweg 12 | 4941 GA Raamsdonksveer\n"
            "06 51 09 33 28\nKvK 58830412\nIBAN %s\nwoordwerk.nl\nLinkedIn: linkedin.com/in/mirjamdekker-woordwerk\n"
            "Bereikbaar: ma-do 9-15 uur\n\n"
            "*** Woordwerk is gesloten van 24 december t/m 1 januari. Vanaf 4 januari ben ik er weer! ***" % (sp(ib), sp(ib)))
    eml = mk.mail(rng, "mirjam@woordwerk.nl", "Mirjam | Woordwerk", who("Ingrid Mulder", "i.mulder@woonstichtingdelinie.nl"),
                  "Factuur brochure", D(2026, 11, 30), body_text=body)
    add("woordwerk", "n12", "Gmail", "nl", "body-text", "mirjam@woordwerk.nl", ["i.mulder@woonstichtingdelinie.nl"], eml,
        exp=mk.expected("WW2026-31", tot, tot, issue, D(2026, 12, 31), "Woonstichting De Linie", "i.mulder@woonstichtingdelinie.nl",
                        ib, True, "nl"),
        note="A typed invoice whose due date stands in a sentence; the IBAN twice (sentence and signature); a holiday banner with dates after the signature.")

    # N13 — a gardener's typed invoice from a phone.
    ib = iban("NL")
    issue = D(2026, 11, 28)
    tot = 25500 + 3500
    body = ("Goedemiddag mevrouw Smeets,\n\nHier de rekening van het tuinonderhoud.\n\nFactuur nr 112\n28-11-2026\n\n"
            "Tuinonderhoud november 6 uur a 42,50 = 255,00\nAfvoer groenafval = 35,00\nTotaal € 290,00\n\n"
            "Graag binnen 2 weken op %s (G. Hermans). Geen btw ivm KOR.\n\nMet vriendelijke groet\nGerard Hermans\nHermans Tuinonderhoud\n\n"
            "Verzonden vanaf mijn Galaxy" % sp(ib))
    eml = mk.mail(rng, "g.hermans.tuin@hotmail.com", "G Hermans", who("J. Smeets", "jsmeets1954@kpnmail.nl"),
                  "rekening tuin", D(2026, 11, 28), body_text=body)
    add("hermans", "n13", "Android", "nl", "body-text", "g.hermans.tuin@hotmail.com", ["jsmeets1954@kpnmail.nl"], eml,
        exp=mk.expected("112", tot, tot, issue, issue + mk.days(14), "J. Smeets", "jsmeets1954@kpnmail.nl", ib, False, "nl"),
        note="A phone-typed 'rekening' with a bare number 112, no address block, the debtor known from the To header; 'binnen 2 weken'.")

    # N14 — Flemish caterer, typed invoice with OGM, disclaimer in Dutch and French.
    ib = iban("BE")
    issue = D(2026, 11, 25)
    ogm = mk.ogm("0261125031")
    net = 120 * 1850 + 45000
    tax = vat(net, 12)
    tot = net + tax
    body = ("Goeiedag mevrouw De Smet,\n\nBedankt nogmaals voor het fijne personeelsfeest. Hierbij onze factuur.\n\n"
            "Factuur 26/0458 - datum 25/11/2026 - vervaldag 09/12/2026\n"
            "Klant: Drukkerij Vermeersch NV, Industrielaan 8, 9800 Deinze (BTW BE 0421.876.102)\n\n"
            "- Walking dinner, 120 personen x € 18,50 = € 2.220,00\n- Bediening (3 personen, forfait) = € 450,00\n"
            "Totaal excl. btw: € 2.670,00\nBtw 12%%: € %s\nTe betalen: %s\n\n"
            "Gelieve te betalen op rekening %s met de mededeling %s.\n\n"
            "Met vriendelijke groeten,\nHilde Dewulf\nTraiteur Dewulf\nKortrijksesteenweg 1040, 9051 Gent\n"
            "tel. 09 222 41 80 | BTW BE 0598.224.117\n\n"
            "Dit bericht is vertrouwelijk. Bent u niet de bestemmeling, gelieve ons te verwittigen en het bericht te wissen.\n"
            "Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de nous prévenir et de le supprimer."
            % (mk.money(tax, "nl"), m("EUR", "be", tot), sp(ib), ogm))
    eml = mk.mail(rng, "hilde@traiteurdewulf.be", "Traiteur Dewulf", who("Sofie De Smet", "sofie.desmet@vermeersch.be"),
                  "Factuur personeelsfeest 20/11", D(2026, 11, 25), body_text=body)
    add("dewulf", "n14", "Outlook", "nl", "body-text", "hilde@traiteurdewulf.be", ["sofie.desmet@vermeersch.be"], eml,
        exp=mk.expected("26/0458", tot, tot, issue, D(2026, 12, 9), "Drukkerij Vermeersch NV", "sofie.desmet@vermeersch.be",
                        ib, True, "nl", reference=ogm),
        note="Flemish typed invoice with number, date and due date on one line, the customer on a 'Klant' line with its own VAT number; 12% VAT; a two-language disclaimer.")

    # N15 — a carpenter's wife sends from the family's webmail 'namens' him; the customer's bookkeeper in Cc.
    ib = iban("NL")
    issue = D(2026, 12, 4)
    net = 16 * 5200 + 38740
    tax = vat(net, 21)
    tot = net + tax
    body = ("Geachte heer Verbeek,\n\nIk stuur deze factuur namens mijn man Gert, die zit nog op een klus in Zeist.\n"
            "Zoals afgesproken ook naar uw boekhouder.\n\n"
            "Bakker Timmerwerken\nFactuur 2026-088 d.d. 4 december 2026\n\n"
            "Aan: Verbeek Makelaardij, Dorpsstraat 65, 3732 HG De Bilt\n\n"
            "Plaatsen scheidingswand kantoor, 16 uur x € 52,00        € 832,00\n"
            "Materiaal (metal stud, gips, deur)                        € 387,40\n"
            "Subtotaal € 1.219,40\nBtw 21%% € %s\nTotaal € %s\n\n"
            "Betalen binnen 30 dagen op %s t.n.v. G. Bakker Timmerwerken.\n\n"
            "Met vriendelijke groet,\nAnja Bakker\n(administratie Bakker Timmerwerken, KvK 30219874)"
            % (mk.money(tax, "nl"), mk.money(tot, "nl"), sp(ib)))
    eml = mk.mail(rng, "fam.bakker@ziggo.nl", "Familie Bakker", who("Verbeek Makelaardij", "r.verbeek@verbeekmakelaardij.nl"),
                  "factuur wand kantoor", D(2026, 12, 4), body_text=body,
                  extra_headers=["Cc: Boekhouding Verbeek <boekhouding@admin-dekker.nl>", "X-Mailer: Ziggo Webmail"])
    add("bakkertimmer", "n15", "webmail", "nl", "body-text", "fam.bakker@ziggo.nl", ["r.verbeek@verbeekmakelaardij.nl", "boekhouding@admin-dekker.nl"], eml,
        exp=mk.expected("2026-088", tot, tot, issue, issue + mk.days(30), "Verbeek Makelaardij", "r.verbeek@verbeekmakelaardij.nl",
                        ib, True, "nl"),
        note="Sent from a family webmail address whose display name 'Familie Bakker' is neither the firm nor the debtor, by the owner's wife; the customer's bookkeeper in Cc.")

    # N16 — Outlook HTML invoice in the body, a signature table with a logo, Reply-To debiteuren.
    ib = iban("NL")
    issue = D(2026, 11, 26)
    rows = [("Onderhoudscontract koelcellen 2027 (jaar)", 68000), ("Vervangen deurrubber vriescel", 14250), ("Voorrijkosten", 4500)]
    net = sum(r[1] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    tbl = lines_table(["Omschrijving", "Bedrag"], [(a, m("EUR", "nl", c)) for a, c in rows],
                      [("Subtotaal", m("EUR", "nl", net), False), ("BTW 21%", m("EUR", "nl", tax), False), ("Totaal", m("EUR", "nl", tot), True)])
    html = outlook_html(
        ["Geachte heer Hendriks,", "",
         "Hieronder treft u onze factuur aan voor het onderhoudscontract van volgend jaar en de reparatie van vorige week.", "",
         "<b>Factuur 26-4410</b> &nbsp;|&nbsp; Factuurdatum 26-11-2026 &nbsp;|&nbsp; Vervaldatum 10-12-2026",
         "Debiteur: Slagerij Hendriks, Beekstraat 30, 6211 LH Maastricht", "", tbl, "",
         "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op %s o.v.v. het factuurnummer." % sp(ib), "",
         "Met vriendelijke groet,"],
        ["<b>Lars Brouwer</b> | Directeur", "<b>Koeltechniek Brouwer B.V.</b>", "Ambyerstraat Zuid 88 | 6225 AH Maastricht",
         "T +31 43 363 12 12 | E lars@koeltechniekbrouwer.nl", "KvK 14077321 | BTW NL809911004B01 | IBAN %s" % sp(ib),
         "F-gassen gecertificeerd (STEK) | storingsdienst 24/7: 043 363 12 00"],
        disclaimer=["De informatie in dit bericht is vertrouwelijk en kan juridisch beschermd zijn.",
                    "Die Information in dieser Nachricht ist vertraulich und kann rechtlich geschützt sein."])
    eml = mk.mail(rng, "lars@koeltechniekbrouwer.nl", "Lars Brouwer", who("Slagerij Hendriks", "info@slagerijhendriks.nl"),
                  "Factuur 26-4410", D(2026, 11, 26), body_html=html, extra_headers=["Reply-To: debiteuren@koeltechniekbrouwer.nl"],
                  extra_parts=[("image/png", "image001.png", PNG)])
    add("brouwer", "n16", "Outlook", "nl", "body-html", "lars@koeltechniekbrouwer.nl", ["info@slagerijhendriks.nl"], eml,
        exp=mk.expected("26-4410", tot, tot, issue, D(2026, 12, 10), "Slagerij Hendriks", "info@slagerijhendriks.nl", ib, True, "nl"),
        note="Outlook Word markup with the invoice's facts on one line and a table in the body; the seller's KvK/BTW/IBAN in a signature table; a Dutch/German disclaimer; Reply-To the receivables address.")

    # N17 — a booking tool's HTML with a Tikkie button, the invoice's facts in the body.
    ib = iban("NL")
    issue = D(2026, 12, 1)
    tot = 10 * 6200
    html = tool_html("Factuur RV-2026-0902",
                     "<p>Beste Noah de Graaf,</p><p>Hierbij ontvang je de factuur voor je lespakket. Je kunt betalen met de Tikkie-knop "
                     "hieronder of door het bedrag over te maken naar %s t.n.v. Rijschool Veilig Onderweg, uiterlijk op de vervaldatum.</p>" % sp(ib),
                     lines_table(["Omschrijving", "Bedrag"], [("Lespakket 10 rijlessen B (à € 62,00)", m("EUR", "nl", tot))],
                                 [("Totaal incl. 21% btw", m("EUR", "nl", tot), True)])
                     + html_table([("Factuurdatum", "01-12-2026"), ("Vervaldatum", "15-12-2026")]),
                     "https://tikkie.me/pay/VeiligOnderweg/8fk2Lw0q", "Betaal met Tikkie",
                     ["Rijschool Veilig Onderweg · Spoorsingel 7 · 2613 BE Delft · KvK 62018833 · BTW NL001998120B24",
                      "Verstuurd met LesPlanner", '<a href="https://lesplanner.nl/uitschrijven">Geen e-mails meer ontvangen?</a>'])
    eml = mk.mail(rng, "noreply@lesplanner.nl", "Rijschool Veilig Onderweg", who("Noah de Graaf", "noahdegraaf2008@gmail.com"),
                  "Je factuur van Rijschool Veilig Onderweg", D(2026, 12, 1), body_html=html,
                  extra_headers=["Reply-To: Rijschool Veilig Onderweg <info@rijschoolveiligonderweg.nl>"],
                  msgid_domain="lesplanner.nl")
    add("veiligonderweg", "n17", "booking tool", "nl", "body-html", "noreply@lesplanner.nl", ["noahdegraaf2008@gmail.com"], eml,
        exp=mk.expected("RV-2026-0902", tot, tot, issue, D(2026, 12, 15), "Noah de Graaf", "noahdegraaf2008@gmail.com", ib, False, "nl"),
        note="A tool's no-reply sender with the firm in the display name and Reply-To; a Tikkie button; VAT only in the total's label; the tool's 'Verstuurd met' footer.")

    # N18 — Flemish architect, Apple Mail HTML, a fee instalment, Reply-To the bookkeeping.
    ib = iban("BE")
    issue = D(2026, 11, 23)
    ogm = mk.ogm("0261123118")
    net = 385000
    tax = vat(net, 21)
    tot = net + tax
    html = apple_html(
        ["Beste Tom en Lien,", "",
         "Zoals voorzien in onze overeenkomst volgt hierbij de ereloonnota voor de fase bouwaanvraag (35 % van het ereloon).", "",
         "<b>Ereloonnota 2026-061</b>", "Datum: 23/11/2026", "Bestemmeling: Tom Wouters en Lien Janssens, Kapelstraat 14, 2540 Hove", "",
         "Ereloon fase bouwaanvraag: € 3.850,00", "Btw 21%: € " + mk.money(tax, "nl"), "<b>Te betalen: € " + mk.money(tot, "nl") + "</b>", "",
         "Betaling binnen 30 dagen op %s met mededeling %s." % (sp(ib), ogm), "", "Hartelijke groeten,"],
        ["Annelies Goossens", "architect", "Goossens Architecten", "Mechelsesteenweg 112, 2018 Antwerpen",
         "+32 3 239 44 10", "BE 0811.992.443", "www.goossensarchitecten.be"])
    eml = mk.mail(rng, "annelies@goossensarchitecten.be", "Annelies Goossens", "Tom Wouters <tom.wouters@skynet.be>, Lien Janssens <lien.janssens@gmail.com>",
                  "Ereloonnota fase bouwaanvraag", D(2026, 11, 23), body_html=html,
                  extra_headers=["Reply-To: boekhouding@goossensarchitecten.be"])
    add("goossens", "n18", "Apple Mail", "nl", "body-html", "annelies@goossensarchitecten.be",
        ["tom.wouters@skynet.be", "lien.janssens@gmail.com"], eml,
        exp=mk.expected("2026-061", tot, tot, issue, issue + mk.days(30), "Tom Wouters en Lien Janssens", "tom.wouters@skynet.be",
                        ib, False, "nl", reference=ogm),
        note="Flemish 'ereloonnota' (a fee note, an invoice by another name) in Apple Mail HTML to two recipients, the couple on a 'Bestemmeling' line; '35 %' in the text is not a rate.")

    # N19 — Gmail HTML, a bilingual NL/EN invoice in the body for a start-up, a co-founder in Cc.
    ib = iban("NL")
    issue = D(2026, 12, 2)
    net = 32 * 9500
    tax = vat(net, 21)
    tot = net + tax
    html = gmail_html(
        ["Hi Mila,", "", "Hierbij / please find below my invoice for November.", "",
         "<b>Factuur / Invoice</b> 2026-NOV-02", "Datum / Date: 02-12-2026", "Vervaldatum / Due date: 16-12-2026",
         "Klant / Client: Fietsflow B.V., Singel 250, 1016 AB Amsterdam", "",
         lines_table(["Omschrijving / Description", "Uren / Hours", "Tarief / Rate", "Bedrag / Amount"],
                     [("Backend development (Django), november", "32", m("EUR", "nl", 9500), m("EUR", "nl", net))],
                     [("Btw / VAT 21%", m("EUR", "nl", tax), False), ("Totaal / Total", m("EUR", "nl", tot), True)]), "",
         "IBAN: %s t.n.v. / in the name of Kuipers Software" % sp(ib), "", "Groet / Cheers,", "Ruben"],
        ["Ruben Kuipers", "Kuipers Software", "KvK 85510322 · BTW NL004411908B61",
         '<a href="https://github.com/rkuipers">github.com/rkuipers</a> · <a href="https://www.linkedin.com/in/rubenkuipers">LinkedIn</a>'])
    eml = mk.mail(rng, "ruben@kuiperssoftware.nl", "Ruben Kuipers", who("Mila Janssen", "mila@fietsflow.nl"),
                  "Factuur / Invoice November", D(2026, 12, 2), body_html=html, extra_headers=["Cc: finance@fietsflow.nl"])
    add("kuipers", "n19", "Gmail", "nl", "body-html", "ruben@kuiperssoftware.nl", ["mila@fietsflow.nl", "finance@fietsflow.nl"], eml,
        exp=mk.expected("2026-NOV-02", tot, tot, issue, D(2026, 12, 16), "Fietsflow B.V.", "mila@fietsflow.nl", ib, True, "nl"),
        note="Gmail HTML with every label in Dutch and English ('Factuur / Invoice'); the language labelled Dutch (printed first); finance in Cc.")

    # N20 — the call: a portal notice carrying number, amount and due date is an invoice.
    ib = iban("NL")
    issue = D(2026, 12, 1)
    net = 184000
    tax = vat(net, 21)
    tot = net + tax
    html = tool_html("Uw factuur staat klaar in Mijn Glans",
                     "<p>Geachte relatie,</p><p>Voor <b>Tandartspraktijk Zuidwijk</b> staat een nieuwe factuur voor u klaar in Mijn Glans. "
                     "Hieronder de gegevens; de volledige factuur kunt u downloaden in het portaal.</p>",
                     html_table([("Factuurnummer", "GL-261201-0077"), ("Periode", "november 2026 (schoonmaak praktijkruimte)"),
                                 ("Factuurdatum", "01-12-2026"), ("Bedrag incl. btw", m("EUR", "nl", tot)), ("Te betalen vóór", "31-12-2026")])
                     + "<p>U kunt betalen via iDEAL met de knop hieronder of overmaken op %s t.n.v. Glans Schoonmaak B.V.</p>" % sp(ib),
                     "https://mijn.glansschoonmaak.nl/betalen/GL-261201-0077", "Betalen via Mollie",
                     ["Glans Schoonmaak B.V. · Wolphaertsbocht 180 · 3083 MV Rotterdam · KvK 24300871 · BTW NL807733091B01",
                      "Dit is een automatisch bericht uit Mijn Glans; u kunt deze e-mail niet beantwoorden."],
                     second_button=("https://mijn.glansschoonmaak.nl/facturen", "Naar Mijn Glans"))
    eml = mk.mail(rng, "noreply@glansschoonmaak.nl", "Mijn Glans", who("Tandartspraktijk Zuidwijk", "praktijk@tandartszuidwijk.nl"),
                  "Nieuwe factuur beschikbaar in Mijn Glans", D(2026, 12, 1), body_html=html)
    add("glans", "n20", "portal", "nl", "body-html", "noreply@glansschoonmaak.nl", ["praktijk@tandartszuidwijk.nl"], eml,
        exp=mk.expected("GL-261201-0077", tot, tot, issue, D(2026, 12, 31), "Tandartspraktijk Zuidwijk", "praktijk@tandartszuidwijk.nl",
                        ib, True, "nl"),
        note="A 'your invoice is ready in the portal' notice that carries the number, the amount, the due date and the IBAN (labelled an invoice by this set's call); the salutation is 'Geachte relatie'.")



# ================================================================ English invoices

def en_pdf():
    # E1 — UK, Outlook cover with a signature table; the invoice then the timesheet.
    ib = iban("GB")
    issue = D(2026, 11, 30)
    rows = [("IT support retainer, November 2026", "1", 65000, 65000),
            ("On-site support (hours, see timesheet)", "7.5", 7500, 56250),
            ("Replacement SSD 1TB, reception PC", "1", 8900, 8900)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    tot = net + tax
    pg = invoice_pdf(1, ("Harcourt IT Services Ltd", ["Unit 4, Sheepscar Court", "Leeds LS7 2BB", "accounts@harcourt-it.co.uk"]),
                     ["Pennine Dental Group Ltd", "FAO Practice Manager", "14 Otley Road", "Headingley, Leeds LS6 3PX"], "INVOICE",
                     [("Invoice no.", "INV-10482"), ("Invoice date", ds("en", issue)), ("Due date", ds("en", D(2026, 12, 30))),
                      ("Your PO", "PDG-2211")],
                     ["Description", "Qty", "Rate", "Amount"], rows,
                     [("Subtotal", net, False), ("VAT @ 20%", tax, False), ("Amount due", tot, True)],
                     ["Please pay by BACS to Harcourt IT Services Ltd, IBAN %s" % sp(ib),
                      "sort code %s-%s-%s, account %s." % (ib[8:10], ib[10:12], ib[12:14], ib[14:])],
                     ["Registered in England and Wales no. 08812346 · VAT reg. GB 301 4429 87"], "GBP", "en")
    ts = doc_pdf("Timesheet — November 2026", ["Client: Pennine Dental Group Ltd", "",
                                                "04/11  Printer queue and scanner set-up       1.5 h",
                                                "12/11  New reception PC, data migration       3.0 h",
                                                "25/11  Wi-Fi access point, surgery 3          3.0 h", "",
                                                "Total on-site hours                           7.5 h"],
                 heading=["Harcourt IT Services Ltd", "Engineer: Callum Reid"])
    html = outlook_html(["Hi Rebecca,", "", "Please find attached our invoice for November, together with the timesheet for the on-site hours.",
                         "Let me know if anything needs clarifying.", "", "Many thanks,"],
                        ["<b>Tom Harcourt</b> | Director", "Harcourt IT Services Ltd", "Unit 4, Sheepscar Court, Leeds LS7 2BB",
                         "T 0113 496 0721", "Company no. 08812346 | VAT GB 301 4429 87", "harcourt-it.co.uk",
                         '<a href="https://www.linkedin.com/company/harcourt-it">LinkedIn</a> | <a href="https://x.com/harcourtit">X</a>'],
                        disclaimer=["This email and any attachments are confidential and may be legally privileged.",
                                    "Please consider the environment before printing this email."])
    eml = mk.mail(rng, "tom@harcourt-it.co.uk", "Tom Harcourt", who("Rebecca Lowe", "practice.manager@penninedental.co.uk"),
                  "INV-10482 - November support", D(2026, 11, 30), body_html=html, pdf=True, pdf2="after",
                  extra_parts=[("image/png", "image001.png", PNG)])
    add("harcourt", "e01", "Outlook", "en", "pdf", "tom@harcourt-it.co.uk", ["practice.manager@penninedental.co.uk"], eml, [pg],
        "INV-10482.pdf",
        mk.expected("INV-10482", tot, tot, issue, D(2026, 12, 30), "Pennine Dental Group Ltd", "practice.manager@penninedental.co.uk",
                    ib, True, "en", currency="GBP"),
        note="Outlook HTML cover with a signature table (company number, VAT number, social links); the invoice and a timesheet PDF with hours; an FAO line under the company.",
        pages2=[ts], fname2="Timesheet_Nov26.pdf")

    # E2 — UK sole trader, 'Sent from my iPhone', a scanned invoice.
    ib = iban("GB")
    issue = D(2026, 11, 26)
    rows = [("Replace kitchen mixer tap (supplied)", "1", 14500, 14500), ("Power flush, 9 radiators", "1", 38000, 38000),
            ("Magnetic filter fitted", "1", 12000, 12000)]
    tot = sum(r[3] for r in rows)
    pg = invoice_pdf(0, ("Dave Holt Plumbing & Heating", ["22 Millbrook Close, Stockport SK2 6QT", "07700 912 448 · Gas Safe 551870"]),
                     ["Mrs J. Atherton", "9 Bramhall Lane", "Stockport SK3 8TA"], "Invoice",
                     [("Invoice", "0417"), ("Date", ds("en", issue, "dmy/")), ("Terms", "7 days")],
                     ["Work", "Qty", "Price", "Total"], rows, [("Total due", tot, True)],
                     ["Not VAT registered. Bank transfer to D Holt, IBAN %s" % sp(ib),
                      "or sort code %s-%s-%s acc %s." % (ib[8:10], ib[10:12], ib[12:14], ib[14:])],
                     ["Thank you for your custom!"], "GBP", "en")
    eml = mk.mail(rng, "daveholtplumbing@outlook.com", "Dave Holt", who("Jean Atherton", "jean.atherton@btinternet.com"),
                  "Invoice", D(2026, 11, 26), body_text="Hi Jean, invoice attached as promised. Cheers, Dave\n\nSent from my iPhone",
                  pdf=True)
    add("holt", "e02", "iPhone", "en", "pdf", "daveholtplumbing@outlook.com", ["jean.atherton@btinternet.com"], eml, [pg],
        "Scanned Document.pdf",
        mk.expected("0417", tot, tot, issue, issue + mk.days(7), "J. Atherton", "jean.atherton@btinternet.com", ib, False, "en",
                    currency="GBP"),
        note="A one-line phone cover and the Notes app's 'Scanned Document.pdf'; the number is a bare 0417, the date in dd/mm/yyyy, 'Terms 7 days'.")

    # E3 — UK, an accounting tool's mail with 'View invoice' and a Stripe 'Pay now' beside the PDF.
    ib = iban("GB")
    issue = D(2026, 12, 1)
    rows = [("Menu and signage design, winter refresh", "1", 120000, 120000), ("Print management (A-boards x2)", "1", 16500, 16500)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    tot = net + tax
    pg = invoice_pdf(2, ("Bramble & Finch Design Ltd", ["3 Kings Yard, Bath BA1 1QR", "VAT No. GB 412 7730 16"]),
                     ["The Old Forge Café Ltd", "Attn: Accounts", "2 Forge Lane", "Frome BA11 1AB"], "TAX INVOICE",
                     [("Invoice", "BF-0882"), ("Date", ds("en", issue)), ("Due", ds("en", D(2026, 12, 15))), ("Reference", "Winter menus")],
                     ["Description", "Qty", "Unit", "Amount GBP"], rows,
                     [("Subtotal", net, False), ("Total VAT 20%", tax, False), ("Amount Due GBP", tot, True)],
                     ["Pay online with the link in our email, or transfer to %s" % sp(ib), "(Bramble & Finch Design Ltd)."],
                     ["Company Registration No: 10982235. Registered office: 3 Kings Yard, Bath BA1 1QR."], "GBP", "en")
    html = tool_html("Invoice BF-0882 from Bramble & Finch Design Ltd",
                     "<p>Hi Ellie,</p><p>Here's invoice BF-0882 for %s.</p><p>The amount outstanding of <b>%s</b> is due on 15 Dec 2026.</p>"
                     % (m("GBP", "en", tot), m("GBP", "en", tot)), "",
                     "https://in.xero.com/Ab3kT9q2ZxYpL", "View invoice", ["Sent via Xero on behalf of Bramble & Finch Design Ltd"],
                     second_button=("https://pay.stripe.com/invoice/acct_1PQ/test_YWNjdF8x", "Pay now by card"))
    eml = mk.mail(rng, "messaging-service@post.xero.com", "Bramble & Finch Design Ltd", who("Ellie Marsh", "ellie@oldforgecafe.co.uk"),
                  "Invoice BF-0882 from Bramble & Finch Design Ltd for The Old Forge Café Ltd", D(2026, 12, 1), body_html=html, pdf=True,
                  extra_headers=["Reply-To: studio@brambleandfinch.co.uk"], msgid_domain="post.xero.com")
    add("bramble", "e03", "Xero", "en", "pdf", "messaging-service@post.xero.com", ["ellie@oldforgecafe.co.uk"], eml, [pg],
        "Invoice BF-0882.pdf",
        mk.expected("BF-0882", tot, tot, issue, D(2026, 12, 15), "The Old Forge Café Ltd", "ellie@oldforgecafe.co.uk", ib, True,
                    "en", currency="GBP"),
        note="Sent through an accounting tool's relay with the firm's name in the display name and a Reply-To; 'View invoice' and 'Pay now' buttons; a 'Reference' box field that is not a payment reference.")

    # E4 — IE, the office manager on behalf of the director; Reply-To accounts; the customer's bookkeeper in Cc.
    ib = iban("IE")
    issue = D(2026, 11, 27)
    rows = [("Rewire of guest rooms 1-6 (labour)", "1", 420000, 420000), ("Materials as per quotation Q-2231", "1", 186520, 186520),
            ("RECI certificate", "1", 15000, 15000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 13.5)
    tot = net + tax
    pg = invoice_pdf(0, ("Keane Electrical Contractors Ltd", ["Unit 9, Kinsale Road Business Park, Cork T12 X2PK", "VAT IE 3344187NH"]),
                     ["Harbour View Guesthouse", "Crosshaven Road", "Carrigaline, Co. Cork", "P43 KX52"], "Invoice",
                     [("Invoice No.", "KE-2026-311"), ("Date", ds("en", issue)), ("Due", "Net 30"), ("Account", "HVG01")],
                     ["Description", "Qty", "Rate", "Total"], rows,
                     [("Net", net, False), ("VAT 13.5%", tax, False), ("Total", tot, True)],
                     ["Payment by EFT to AIB, IBAN %s, BIC AIBKIE2D." % sp(ib), "Please quote the invoice number."],
                     ["Registered in Ireland No. 512298 · Directors: M. Keane, S. Keane"], "EUR", "en")
    body = ("Dear Ms O'Sullivan,\n\nOn behalf of Michael Keane, please find attached our invoice for the rewiring works at the guesthouse.\n"
            "I've copied your accountant as requested. Any queries, just reply to this email and it will reach our accounts team.\n\n"
            "Kind regards,\n\nGráinne Hurley\nOffice Manager\nKeane Electrical Contractors Ltd\nT: 021 431 7780 | www.keane-electrical.ie\n"
            "Registered in Ireland No. 512298 | VAT No. IE 3344187NH\nSafe Electric Registered Contractor\n\n"
            "Office hours: Mon-Fri 8.30am - 5pm. Closed 23 December to 2 January inclusive.")
    eml = mk.mail(rng, "office@keane-electrical.ie", "Gráinne Hurley", who("Orla O'Sullivan", "orla@harbourviewcrosshaven.ie"),
                  "Invoice KE-2026-311", D(2026, 11, 27), body_text=body, pdf=True,
                  extra_headers=["Cc: Declan Burke <declan@burkeaccountants.ie>", "Reply-To: accounts@keane-electrical.ie"])
    add("keane", "e04", "Outlook", "en", "pdf", "office@keane-electrical.ie", ["orla@harbourviewcrosshaven.ie", "declan@burkeaccountants.ie"],
        eml, [pg], "KE-2026-311.pdf",
        mk.expected("KE-2026-311", tot, tot, issue, issue + mk.days(30), "Harbour View Guesthouse", "orla@harbourviewcrosshaven.ie",
                    ib, True, "en"),
        note="Irish: the office manager writes on behalf of the director, the customer's accountant in Cc, a Reply-To for accounts; 'Net 30' in the box; 13.5% VAT; a Christmas closure in the signature.")

    # E5 — UK, a revised invoice resent: the previous one carried the wrong PO number.
    ib = iban("GB")
    issue = D(2026, 11, 19)
    rows = [("Fascia sign, aluminium composite 4800 x 600, printed", "1", 138000, 138000),
            ("Installation at height (2 fitters, half day)", "1", 32000, 32000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    tot = net + tax
    pg = invoice_pdf(1, ("Northgate Signs Ltd", ["41 Lister Lane", "Halifax HX1 5AS", "01422 351 660"]),
                     ["Calloway Motors Ltd", "Purchase Ledger", "Kings Cross Road", "Halifax HX1 1EB"], "Invoice (revised)",
                     [("Invoice number", "NS-3318"), ("Date", ds("en", issue)), ("PO number", "CM/PO/07741"), ("Payment terms", "30 days EOM")],
                     ["Item", "Qty", "Price", "Line total"], rows,
                     [("Net", net, False), ("VAT 20%", tax, False), ("Total", tot, True)],
                     ["BACS: Northgate Signs Ltd, IBAN %s" % sp(ib)],
                     ["Co. reg. 06671120 · VAT GB 944 1180 27"], "GBP", "en")
    body = ("Hi Priya,\n\nApologies — the invoice I sent last week had the wrong PO number on it. Please find the revised copy attached\n"
            "(same invoice number, everything else unchanged) and disregard the earlier one.\n\nBest wishes,\nKaren Lister\n"
            "Accounts, Northgate Signs Ltd\n\n"
            + quote_text(["Hi Karen,", "", "Our system has rejected NS-3318: the PO should be CM/PO/07741, not CM/PO/07714.",
                          "Could you reissue it please?", "", "Thanks,", "Priya Shah", "Purchase Ledger | Calloway Motors Ltd",
                          "Company No. 04418893 | VAT GB 718 2290 44"],
                         "On Wed, 25 Nov 2026 at 11:47, Priya Shah <purchaseledger@callowaymotors.co.uk> wrote:"))
    eml = mk.mail(rng, "accounts@northgatesigns.co.uk", "Northgate Signs Accounts", who("Priya Shah", "purchaseledger@callowaymotors.co.uk"),
                  "RE: NS-3318 wrong PO", D(2026, 11, 25), body_text=body, pdf=True)
    add("northgate", "e05", "Outlook", "en", "pdf", "accounts@northgatesigns.co.uk", ["purchaseledger@callowaymotors.co.uk"], eml, [pg],
        "NS-3318 revised.pdf",
        mk.expected("NS-3318", tot, tot, issue, mk.month_end(issue) + mk.days(30), "Calloway Motors Ltd",
                    "purchaseledger@callowaymotors.co.uk", ib, True, "en", currency="GBP"),
        note="A revised invoice (same number, corrected PO) in a reply, the customer's quoted message carrying its own company and VAT numbers; '30 days EOM' counts from the month's end.")

    # E6 — IE, resent because the school never received it; the original dates.
    ib = iban("IE")
    issue = D(2026, 10, 14)
    rows = [("Autumn hedge and grass maintenance, school grounds", "1", 86000, 86000), ("Leaf clearance, car park (2 visits)", "2", 9500, 19000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 13.5)
    tot = net + tax
    pg = invoice_pdf(2, ("Clare Coast Landscaping", ["Ballyvaughan, Co. Clare H91 C2E8", "VAT No. IE 9876512K"]),
                     ["Scoil Bhríde National School", "Attn: The Principal", "Lahinch Road", "Ennistymon, Co. Clare"], "Invoice",
                     [("No.", "CCL-1049"), ("Date", ds("en", issue)), ("Due date", ds("en", D(2026, 11, 13)))],
                     ["Description", "Qty", "Rate", "Total"], rows,
                     [("Sub-total", net, False), ("VAT 13.5%", tax, False), ("Total due", tot, True)],
                     ["Bank: Bank of Ireland, IBAN %s" % sp(ib)], ["Clare Coast Landscaping · 065 707 3381"], "EUR", "en")
    body = ("Dear Siobhán,\n\nThanks for letting me know the October invoice never arrived. I've attached it again here;\n"
            "the details are the same as before.\n\nKind regards,\nPádraig Considine\nClare Coast Landscaping\n087 331 9020")
    eml = mk.mail(rng, "clarecoastlandscaping@eircom.net", "Pádraig Considine", who("Siobhán Ní Dhomhnaill", "secretary@scoilbhride-ennistymon.ie"),
                  "Invoice CCL-1049 (resent)", D(2026, 12, 2), body_text=body, pdf=True)
    add("clarecoast", "e06", "webmail", "en", "pdf", "clarecoastlandscaping@eircom.net", ["secretary@scoilbhride-ennistymon.ie"], eml, [pg],
        "Invoice.pdf",
        mk.expected("CCL-1049", tot, tot, issue, D(2026, 11, 13), "Scoil Bhríde National School", "secretary@scoilbhride-ennistymon.ie",
                    ib, True, "en"),
        note="Irish: resent seven weeks on because it never arrived, with the original date and a past due date; the school billed with an 'Attn' line, the secretary reading the mail; 'Invoice.pdf'.")

    # E7 — IE, terms and photos around the invoice, which is not first.
    ib = iban("IE")
    issue = D(2026, 11, 21)
    rows = [("Slate roof repair, rear elevation (approx. 30 slates)", "1", 68000, 68000), ("Lead flashing to chimney", "1", 42000, 42000),
            ("Scaffold hire (1 week)", "1", 35000, 35000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 13.5)
    tot = net + tax
    pg = invoice_pdf(1, ("Moran Roofing & Guttering", ["Old Mill Road, Naas, Co. Kildare", "VAT IE 3129874QH"]),
                     ["Aidan Fitzgerald", "12 Sallins Road", "Naas, Co. Kildare W91 R2F6"], "INVOICE",
                     [("Invoice", "0937"), ("Date", ds("en", issue, "dmy/")), ("Payment due", ds("en", D(2026, 12, 5), "dmy/"))],
                     ["Description", "Qty", "Price", "Amount"], rows,
                     [("Total ex VAT", net, False), ("VAT 13.5%", tax, False), ("Balance due", tot, True)],
                     ["IBAN %s  BIC BOFIIE2D" % sp(ib)], ["Moran Roofing & Guttering · 045 876 210 · moranroofing.ie"], "EUR", "en")
    terms = doc_pdf("Terms and Conditions", ["1. Quotations are valid for 30 days.", "2. Payment is due within 14 days of invoice.",
                                              "3. Guarantee: 5 years on workmanship, subject to full payment.",
                                              "4. Title in materials passes on payment in full."],
                    heading=["Moran Roofing & Guttering", "Old Mill Road, Naas"])
    body = ("Hi Aidan,\n\nAll finished on the roof. I've attached our terms, the invoice and a few before-and-after photos.\n\n"
            "Thanks again,\nSeán Moran\nMoran Roofing & Guttering\nM: 086 214 5566\nFacebook: fb.com/moranroofingnaas\n\n"
            "Sent from Mail for Windows")
    eml = mk.mail(rng, "sean@moranroofing.ie", "Seán Moran", who("Aidan Fitzgerald", "aidan.fitz@gmail.com"),
                  "Roof - invoice and photos", D(2026, 11, 21), body_text=body, pdf=True, pdf2="before",
                  extra_parts=[("image/jpeg", "before.jpg", JPEG), ("image/jpeg", "after.jpg", JPEG), ("image/jpeg", "chimney.jpg", JPEG)])
    add("moran", "e07", "Mail for Windows", "en", "pdf", "sean@moranroofing.ie", ["aidan.fitz@gmail.com"], eml, [pg],
        "document (2).pdf",
        mk.expected("0937", tot, tot, issue, D(2026, 12, 5), "Aidan Fitzgerald", "aidan.fitz@gmail.com", ib, False, "en"),
        note="Irish: the general terms (with a '14 days' term) are the first PDF, the invoice second as 'document (2).pdf', three photos after; dates in dd/mm/yyyy.",
        pages2=[terms], fname2="Terms.pdf")

    # E8 — a Dutch studio: the cover in Dutch, the invoice in English for a shipping company's finance team.
    ib = iban("NL")
    issue = D(2026, 11, 25)
    rows = [("Brand refresh: logo, colour palette and guidelines", "1", 640000, 640000),
            ("Trade fair stand graphics (Europort 2026)", "1", 185000, 185000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 21)
    tot = net + tax
    pg = invoice_pdf(0, ("Studio Oostwind B.V.", ["Van Nelleweg 1, 3044 BC Rotterdam", "CoC 73319902 · VAT NL859771330B01"]),
                     ["Nordvik Shipping B.V.", "Attn. Finance Department", "Wilhelminakade 91", "3072 AP Rotterdam"], "Invoice",
                     [("Invoice no.", "SO-2026-1142"), ("Invoice date", ds("en", issue)), ("Payment term", "30 days"), ("PO", "4500118732")],
                     ["Description", "Qty", "Price", "Amount"], rows,
                     [("Subtotal", net, False), ("VAT 21%", tax, False), ("Total", tot, True)],
                     ["Please transfer the total within 30 days to %s (ABN AMRO)," % sp(ib), "stating the invoice number and PO."],
                     ["Studio Oostwind B.V. · hello@oostwind.studio"], "EUR", "en")
    body = ("Beste Lisa,\n\nIn de bijlage vind je de factuur voor de huisstijl en de beursstand. Op verzoek van jullie finance-afdeling\n"
            "hebben we hem in het Engels opgesteld en het PO-nummer vermeld.\n\nMet vriendelijke groet,\n\nEva Schouten\nprojectmanager\n"
            "Studio Oostwind\n010 760 33 21\n\nStudio Oostwind B.V. | Van Nelleweg 1 | 3044 BC Rotterdam | KvK 73319902")
    eml = mk.mail(rng, "eva@oostwind.studio", "Eva Schouten", who("Lisa van den Heuvel", "l.vandenheuvel@nordvikshipping.com"),
                  "Factuur huisstijl + beursstand", D(2026, 11, 25), body_text=body, pdf=True,
                  extra_headers=["Cc: ap.nl@nordvikshipping.com"])
    add("oostwind", "e08", "Outlook", "en", "pdf", "eva@oostwind.studio", ["l.vandenheuvel@nordvikshipping.com", "ap.nl@nordvikshipping.com"],
        eml, [pg], "SO-2026-1142.pdf",
        mk.expected("SO-2026-1142", tot, tot, issue, issue + mk.days(30), "Nordvik Shipping B.V.", "l.vandenheuvel@nordvikshipping.com",
                    ib, True, "en"),
        note="A Dutch studio's cover in Dutch, the invoice in English (labelled en); the firm's CoC/KvK in both; the customer's payables mailbox in Cc.")


def en_body():
    # E9 — UK freelancer, Gmail plain text, a long signature.
    ib = iban("GB")
    issue = D(2026, 12, 3)
    net = 3 * 45000 + 18000
    tot = net
    body = ("Hi Hannah,\n\nHope the gala went brilliantly! Invoice below for the photography.\n\n"
            "INVOICE #57\nDate: 3 December 2026\nBill to: Foxglove Events Ltd, 88 Deansgate, Manchester M3 2ER\n\n"
            "Event photography, 3 days @ £450.00 ........ £1,350.00\nOnline gallery and licence ................. £180.00\n"
            "TOTAL DUE .................................. £1,530.00\n\n"
            "Payment terms: 14 days. Bank: HSBC, account name Amira Okafor, IBAN %s.\n"
            "I'm not VAT registered.\n\nThanks so much,\nAmira\n\n--\nAmira Okafor Photography\nEvents | Portraits | Brand\n"
            "07946 118 302 | amiraokafor.co.uk\nInstagram: @amiraokaforphoto | LinkedIn: /in/amira-okafor\n"
            "Studio hours Tue-Sat 10-6\nPlease think of the environment before printing this email." % sp(ib))
    eml = mk.mail(rng, "hello@amiraokafor.co.uk", "Amira Okafor Photography", who("Hannah Price", "hannah@foxglove-events.co.uk"),
                  "Invoice #57 - Winter Gala", issue, body_text=body)
    add("okafor", "e09", "Gmail", "en", "body-text", "hello@amiraokafor.co.uk", ["hannah@foxglove-events.co.uk"], eml,
        exp=mk.expected("57", tot, tot, issue, issue + mk.days(14), "Foxglove Events Ltd", "hannah@foxglove-events.co.uk", ib, True,
                        "en", currency="GBP"),
        note="A typed invoice with dot leaders, the number as '#57', 'Bill to' on one line; studio hours and an environment line in the signature.")

    # E10 — IE, the invoice typed in a reply 'as promised', quoted messages below.
    ib = iban("IE")
    issue = D(2026, 11, 24)
    net = 4 * 38000
    tax = vat(net, 23)
    tot = net + tax
    body = ("Hi Conor,\n\nAs promised on the call, here is the invoice for the workshops.\n\n"
            "Invoice: LT-26-044\nDate: 24/11/2026\nTo: Brightwater Credit Union Ltd, Main Street, Mullingar, Co. Westmeath\n"
            "4 x half-day leadership workshops at €380.00 = €1,520.00\nVAT @ 23%%: %s\nTotal: %s\n"
            "Due: within 21 days\nPay to: Liffey Training Ltd, IBAN %s\n\n"
            "All the best,\nNuala\n\nNuala Brennan | Director | Liffey Training Ltd\nCRO 655310 | VAT IE 3589112LH\n\n"
            % (m("EUR", "en", tax), m("EUR", "en", tot), sp(ib))
            + quote_text(["Thanks Nuala, great sessions. Can you send the invoice by email? Our board signs off on Thursday.", "",
                          "Conor Daly", "Operations Manager, Brightwater Credit Union Ltd",
                          "Brightwater Credit Union Limited is regulated by the Central Bank of Ireland. Reg. No. 244CU"],
                         "From: Conor Daly <cdaly@brightwatercu.ie>\nSent: Monday 23 November 2026 16:20\nTo: Nuala Brennan\nSubject: Workshops"))
    eml = mk.mail(rng, "nuala@liffeytraining.ie", "Nuala Brennan", who("Conor Daly", "cdaly@brightwatercu.ie"),
                  "RE: Workshops", issue, body_text=body)
    add("liffey", "e10", "Outlook", "en", "body-text", "nuala@liffeytraining.ie", ["cdaly@brightwatercu.ie"], eml,
        exp=mk.expected("LT-26-044", tot, tot, issue, issue + mk.days(21), "Brightwater Credit Union Ltd", "cdaly@brightwatercu.ie",
                        ib, True, "en"),
        note="Irish: an invoice typed in a reply above an Outlook-style quoted header; the customer's regulator line quoted below; 'within 21 days'.")

    # E11 — UK, a bookkeeper sends on behalf of a mobile mechanic (Thunderbird).
    ib = iban("GB")
    issue = D(2026, 11, 29)
    net = 2 * 6500 + 21480
    tax = vat(net, 20)
    tot = net + tax
    body = ("Dear Mr Patel,\n\nI look after the books for Gary Whitmore (GW Mobile Mechanics) and am sending his invoice\n"
            "for the fleet servicing on his behalf.\n\n"
            "GW Mobile Mechanics - Invoice GW-2026-0193 - 29 November 2026\n"
            "Customer: Patel Pharmacy Group Ltd, 5 High Street, Leicester LE1 4FP\n\n"
            "Service, 2 x delivery vans (labour)     £130.00\nParts (filters, oil, brake pads)        £214.80\n"
            "Net                                    £344.80\nVAT 20%%                                 %s\nTotal                                  %s\n\n"
            "Please pay by 13 December 2026 to GW Mobile Mechanics, IBAN %s.\n\n"
            "Kind regards,\nSusan Clarke\nClarke Bookkeeping Services\nMember of the Institute of Certified Bookkeepers\n"
            "01162 770 415 | clarkebookkeeping.co.uk\n\n-- \nThis e-mail was sent from Clarke Bookkeeping Services on behalf of our client."
            % (m("GBP", "en", tax), m("GBP", "en", tot), sp(ib)))
    eml = mk.mail(rng, "susan@clarkebookkeeping.co.uk", "Susan Clarke", who("Raj Patel", "raj@patelpharmacy.co.uk"),
                  "GW Mobile Mechanics - invoice GW-2026-0193", issue, body_text=body,
                  extra_headers=["Reply-To: gary@gwmobilemechanics.co.uk", "User-Agent: Mozilla Thunderbird"])
    add("clarke", "e11", "Thunderbird", "en", "body-text", "susan@clarkebookkeeping.co.uk", ["raj@patelpharmacy.co.uk"], eml,
        exp=mk.expected("GW-2026-0193", tot, tot, issue, D(2026, 12, 13), "Patel Pharmacy Group Ltd", "raj@patelpharmacy.co.uk", ib, True,
                        "en", currency="GBP"),
        note="A bookkeeper sends her client's invoice from her own firm's address with a Reply-To to the client; the invoice is one header line and a small table.")

    # E12 — IE, a dog trainer from an iPad.
    ib = iban("IE")
    issue = D(2026, 12, 2)
    tot = 16000
    body = ("Hi Fiona,\n\nLovely to have Bonnie in the puppy class! Here's the invoice for the course:\n\n"
            "Invoice no. PP-212, 2 Dec 2026\nFiona Gallagher - Puppy Foundations, 6 weeks (starts 9 Jan): €160.00\n"
            "Please pay before the first class (9 January 2027) to IBAN %s, Happy Paws Training.\n\n"
            "Woof!\nDeirdre\nHappy Paws Training, Navan\n\nSent from my iPad" % sp(ib))
    eml = mk.mail(rng, "happypawsnavan@gmail.com", "Happy Paws Navan", who("Fiona Gallagher", "fionagallagher88@yahoo.ie"),
                  "Puppy class", issue, body_text=body)
    add("happypaws", "e12", "iPad", "en", "body-text", "happypawsnavan@gmail.com", ["fionagallagher88@yahoo.ie"], eml,
        exp=mk.expected("PP-212", tot, tot, issue, D(2027, 1, 9), "Fiona Gallagher", "fionagallagher88@yahoo.ie", ib, False, "en"),
        note="An iPad-typed invoice in two lines: the debtor's name leads the item line; the due date is 'before the first class' with the date given.")

    # E13 — UK, Outlook HTML fee invoice in the body.
    ib = iban("GB")
    issue = D(2026, 11, 20)
    rows = [("Level 2 Home Survey, 17 Alma Road, Clifton", 65000), ("Additional: roof void inspection report", 12000)]
    net = sum(r[1] for r in rows)
    tax = vat(net, 20)
    tot = net + tax
    html = outlook_html(
        ["Dear Dr Ellison,", "", "Thank you for instructing us. Our fee invoice is set out below; the survey report follows separately.", "",
         "<b>Invoice WS/26/0715</b>", "Date: 20 November 2026", "Client: Dr Martin Ellison, 4 Cotham Vale, Bristol BS6 6HS", "",
         lines_table(["Description", "Amount"], [(a, m("GBP", "en", c)) for a, c in rows],
                     [("Net fee", m("GBP", "en", net), False), ("VAT at 20%", m("GBP", "en", tax), False), ("Total payable", m("GBP", "en", tot), True)]),
         "", "Payment is due within 14 days of the date of this invoice to Whitfield & Co, IBAN %s." % sp(ib), "", "Yours sincerely,"],
        ["<b>Harriet Whitfield</b> MRICS", "Director", "Whitfield & Co Chartered Surveyors", "21 Park Row, Bristol BS1 5LJ",
         "0117 925 0481 | whitfieldsurveyors.co.uk", "Registered in England No. 09921743 | VAT No. GB 228 5516 90", "Regulated by RICS"],
        disclaimer=["CYBER FRAUD WARNING: we will never change our bank details by email. Please call us to verify before paying.",
                    "This email is confidential and intended only for the named recipient."])
    eml = mk.mail(rng, "harriet@whitfieldsurveyors.co.uk", "Harriet Whitfield", quoted_who("Dr. Martin Ellison", "m.ellison@doctors.org.uk"),
                  "Invoice - Level 2 Survey, 17 Alma Road", issue, body_html=html, extra_parts=[("image/png", "image002.png", PNG)])
    add("whitfield", "e13", "Outlook", "en", "body-html", "harriet@whitfieldsurveyors.co.uk", ["m.ellison@doctors.org.uk"], eml,
        exp=mk.expected("WS/26/0715", tot, tot, issue, issue + mk.days(14), "Dr Martin Ellison", "m.ellison@doctors.org.uk", ib, False,
                        "en", currency="GBP"),
        note="Outlook HTML fee invoice for a private client with a 'Client' line; a cyber-fraud warning about bank details in the footer; the surveyed address is not the debtor's.")

    # E14 — IE, a small tool's HTML with a PayPal button.
    ib = iban("IE")
    issue = D(2026, 11, 30)
    net = 8 * 9000
    tax = vat(net, 23)
    tot = net + tax
    html = tool_html("Invoice WAY-0061",
                     "<p>Dear Ciara,</p><p>Thank you for booking the lunchtime yoga series for your team. Your invoice is below.</p>"
                     "<p>Billed to: <b>Tidewater Software Ltd</b>, Custom House Quay, Galway</p>",
                     lines_table(["Item", "Qty", "Amount"], [("Lunchtime yoga session (on-site)", "8", m("EUR", "en", net))],
                                 [("VAT 23%", m("EUR", "en", tax), False), ("Total", m("EUR", "en", tot), True)])
                     + "<p>Issued 30 November 2026 · Due 14 December 2026</p><p>Or by bank transfer: IBAN %s</p>" % sp(ib),
                     "https://www.paypal.com/invoice/p/#WAY0061", "Pay with PayPal",
                     ["Wild Atlantic Yoga Ltd · Salthill, Galway · CRO 701122 · VAT IE 4021177QH",
                      "Powered by InvoiceSimple", '<a href="https://wildatlanticyoga.ie/unsubscribe">Unsubscribe</a> from class news'])
    eml = mk.mail(rng, "bookings@wildatlanticyoga.ie", "Wild Atlantic Yoga", who("Ciara Hynes", "ciara.hynes@tidewatersoftware.ie"),
                  "Invoice WAY-0061 from Wild Atlantic Yoga", issue, body_html=html)
    add("wildatlantic", "e14", "InvoiceSimple", "en", "body-html", "bookings@wildatlanticyoga.ie", ["ciara.hynes@tidewatersoftware.ie"], eml,
        exp=mk.expected("WAY-0061", tot, tot, issue, D(2026, 12, 14), "Tidewater Software Ltd", "ciara.hynes@tidewatersoftware.ie",
                        ib, True, "en"),
        note="Irish tool HTML with a PayPal button, 'Billed to' in a paragraph and the dates in one line under the table; an unsubscribe footer.")

    # E15 — UK, Outlook.com webmail from a phone, a window cleaner billing a letting agent.
    ib = iban("GB")
    issue = D(2026, 12, 4)
    rows = [("Flats 1-8 Regent Court, external windows (8 x £18)", 14400), ("Communal stairwell glazing", 4500)]
    tot = sum(r[1] for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Aptos, sans-serif; font-size: 12pt;">Morning Kelly,</div><div><br></div>'
            "<div>Invoice for this month's clean at Regent Court below.</div><div><br></div>"
            "<div><b>Shine Window Cleaning</b> &ndash; invoice SWC 2026/118, 4 December 2026</div>"
            "<div>To: Castlegate Lettings Ltd (re Regent Court)</div><div><br></div>"
            + lines_table(["", "£"], [(a, m("GBP", "en", c)) for a, c in rows], [("Total", m("GBP", "en", tot), True)])
            + "<div><br></div><div>Payment within 10 days please to L. Barker, IBAN %s.</div><div><br></div>"
              "<div>Thanks</div><div>Lee</div><div><br></div>"
              '<div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>' % sp(ib))
    eml = mk.mail(rng, "shinewindows.lee@outlook.com", "Lee Barker", who("Kelly Morgan", "maintenance@castlegatelettings.co.uk"),
                  "Regent Court windows Dec", issue, body_html=html)
    add("shine", "e15", "Outlook for Android", "en", "body-html", "shinewindows.lee@outlook.com", ["maintenance@castlegatelettings.co.uk"], eml,
        exp=mk.expected("SWC 2026/118", tot, tot, issue, issue + mk.days(10), "Castlegate Lettings Ltd", "maintenance@castlegatelettings.co.uk",
                        ib, True, "en", currency="GBP"),
        note="Phone webmail HTML with a 'Get Outlook for Android' footer; the number has a space ('SWC 2026/118'); the building in brackets after the debtor.")


# ================================================================ German invoices

def de_pdf():
    # D1 — DE, Outlook cover with Pflichtangaben; the Lieferschein first, the invoice second.
    ib = iban("DE")
    issue = D(2026, 11, 25)
    rows = [("Bürodrehstuhl ErgoPro 3D, schwarz", "6", 48900, 293400), ("Schreibtisch elektr. höhenverstellbar 160x80", "3", 62500, 187500),
            ("Lieferung und Montage", "1", 19000, 19000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    pg = invoice_pdf(0, ("Bürowelt Hansen GmbH", ["Lise-Meitner-Str. 7, 24941 Flensburg", "Tel. 0461 480 77 0 · www.buerowelt-hansen.de"]),
                     ["Steuerkanzlei Petersen & Lund PartG mbB", "Frau Anke Lund", "Holm 19", "24937 Flensburg"], "Rechnung",
                     [("Rechnungsnr.", "RE-26-04471"), ("Datum", ds("de", issue)), ("Kunden-Nr.", "20118"), ("Lieferschein", "LS-26-0917")],
                     ["Artikel", "Menge", "Einzelpreis", "Gesamt"], rows,
                     [("Nettobetrag", net, False), ("zzgl. 19 % USt.", tax, False), ("Rechnungsbetrag", tot, True)],
                     ["Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto", "IBAN %s (Nord-Ostsee Sparkasse)." % sp(ib)],
                     ["Bürowelt Hansen GmbH · Amtsgericht Flensburg HRB 8812 FL · USt-IdNr. DE 281 447 903 · Geschäftsführer: Jens Hansen"],
                     "EUR", "de")
    ls = doc_pdf("Lieferschein LS-26-0917", ["Lieferadresse: Steuerkanzlei Petersen & Lund, Holm 19, 24937 Flensburg",
                                             "Liefertermin: 24.11.2026", "", "6  Bürodrehstuhl ErgoPro 3D, schwarz",
                                             "3  Schreibtisch elektr. höhenverstellbar 160x80", "", "Ware vollständig und unbeschädigt erhalten:",
                                             "Unterschrift ___________________"], heading=["Bürowelt Hansen GmbH", "Lise-Meitner-Str. 7 · 24941 Flensburg"])
    html = outlook_html(["Sehr geehrte Frau Lund,", "",
                         "anbei erhalten Sie den unterschriebenen Lieferschein sowie unsere Rechnung zur gestrigen Lieferung.", "",
                         "Mit freundlichen Grüßen"],
                        ["<b>Birte Carstensen</b>", "Auftragsabwicklung", "Bürowelt Hansen GmbH", "Lise-Meitner-Str. 7 · 24941 Flensburg",
                         "Tel. 0461 480 77 12 · Fax 0461 480 77 99", "Sitz der Gesellschaft: Flensburg · Amtsgericht Flensburg HRB 8812 FL",
                         "Geschäftsführer: Jens Hansen · USt-IdNr. DE 281 447 903", "Bankverbindung: IBAN %s" % sp(ib)],
                        disclaimer=["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
                                    "This e-mail contains confidential information. If you are not the intended recipient, please notify the sender immediately."])
    eml = mk.mail(rng, "b.carstensen@buerowelt-hansen.de", "Birte Carstensen", who("Anke Lund", "lund@petersen-lund.de"),
                  enc("Lieferung vom 24.11. – Lieferschein und Rechnung"), issue, body_html=html, pdf=True, pdf2="before",
                  extra_parts=[("image/png", "image001.png", PNG)])
    add("hansen", "d01", "Outlook", "de", "pdf", "b.carstensen@buerowelt-hansen.de", ["lund@petersen-lund.de"], eml, [pg],
        "RE-26-04471.pdf",
        mk.expected("RE-26-04471", tot, tot, issue, issue + mk.days(14), "Steuerkanzlei Petersen & Lund PartG mbB", "lund@petersen-lund.de",
                    ib, True, "de"),
        note="Outlook cover with the Pflichtangaben (HRB, USt-IdNr., Geschäftsführer, IBAN) in the signature; the Lieferschein is the first PDF, the invoice the second; a DE/EN disclaimer.",
        pages2=[ls], fname2="Lieferschein LS-26-0917.pdf")

    # D2 — DE, a tiler from an iPad; 'Rechnung.pdf'.
    ib = iban("DE")
    issue = D(2026, 11, 20)
    rows = [("Fliesen verlegen Bad OG (m²)", "14", 5800, 81200), ("Silikonfugen erneuern", "1", 16000, 16000),
            ("Material lt. Aufstellung", "1", 42360, 42360)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    pg = invoice_pdf(1, ("Fliesen Öztürk", ["Meisterbetrieb", "Brückenstraße 12", "44135 Dortmund"]),
                     ["Herrn", "Klaus-Dieter Brinkmann", "Am Rombergpark 7", "44225 Dortmund"], "Rechnung",
                     [("Rechnungs-Nr.:", "2026-117"), ("Datum:", ds("de", issue)), ("Leistungszeitraum:", "09.–13.11.2026")],
                     ["Leistung", "Menge", "EP", "GP"], rows,
                     [("Summe netto", net, False), ("MwSt. 19 %", tax, False), ("Gesamtbetrag", tot, True)],
                     ["Bitte überweisen Sie den Betrag bis zum %s auf %s." % (ds("de", D(2026, 12, 4)), sp(ib)),
                      "Der Lohnanteil (Arbeitskosten) beträgt 972,00 € netto (§ 35a EStG)."],
                     ["Steuernummer 317/5012/4478 · Fliesen Öztürk, Inh. Mehmet Öztürk"], "EUR", "de")
    eml = mk.mail(rng, "fliesen.oeztuerk@web.de", "Mehmet Öztürk", who("Klaus-Dieter Brinkmann", "kd.brinkmann@t-online.de"),
                  "Rechnung Bad", D(2026, 11, 21),
                  body_text="Guten Tag Herr Brinkmann,\n\nanbei die Rechnung für das Bad.\n\nMfG\nM. Öztürk\n\nVon meinem iPad gesendet",
                  pdf=True)
    add("oeztuerk", "d02", "iPad", "de", "pdf", "fliesen.oeztuerk@web.de", ["kd.brinkmann@t-online.de"], eml, [pg], "Rechnung.pdf",
        mk.expected("2026-117", tot, tot, issue, D(2026, 12, 4), "Klaus-Dieter Brinkmann", "kd.brinkmann@t-online.de", ib, False, "de"),
        note="An iPad cover of two lines and 'Rechnung.pdf'; 'Herrn' on its own line; the § 35a labour share is an amount that is not the total.")

    # D3 — DE, a tool's mail: 'Rechnung online ansehen' and a PayPal button beside the PDF.
    ib = iban("DE")
    issue = D(2026, 12, 3)
    rows = [("Website-Wartung Paket M (Dez. 2026)", "1", 8900, 8900), ("SSL-Zertifikat Wildcard (1 Jahr)", "1", 14900, 14900)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    pg = invoice_pdf(2, ("Webmanufaktur Kessler", ["Königstraße 20, 70173 Stuttgart", "USt-IdNr. DE 319 004 512"]),
                     ["Weingut Albrecht GbR", "Weinsteige 3", "71394 Kernen im Remstal"], "Rechnung",
                     [("Nr.", "WMK-2026-1203"), ("Datum", ds("de", issue)), ("Fällig", ds("de", D(2026, 12, 17)))],
                     ["Leistung", "Menge", "Preis", "Betrag"], rows,
                     [("Netto", net, False), ("USt. 19 %", tax, False), ("Gesamt", tot, True)],
                     ["Bitte zahlen Sie per PayPal oder überweisen Sie auf %s." % sp(ib)],
                     ["Webmanufaktur Kessler · Inh. Jonas Kessler · kontakt@webmanufaktur-kessler.de"], "EUR", "de")
    html = tool_html("Ihre Rechnung WMK-2026-1203",
                     "<p>Hallo Familie Albrecht,</p><p>vielen Dank für Ihr Vertrauen. Ihre Rechnung über <b>%s</b> finden Sie im Anhang.</p>" % m("EUR", "de", tot),
                     "", "https://www.paypal.com/invoice/p/#WMK20261203", "Jetzt mit PayPal bezahlen",
                     ["Webmanufaktur Kessler · Königstraße 20 · 70173 Stuttgart", "Erstellt mit Rechnungsprofi",
                      '<a href="https://rechnungsprofi.de/abmelden">Abmelden</a>'],
                     second_button=("https://app.rechnungsprofi.de/r/8c1e77a0", "Rechnung online ansehen"))
    eml = mk.mail(rng, "rechnung@webmanufaktur-kessler.de", "Webmanufaktur Kessler", who("Weingut Albrecht", "info@weingut-albrecht.de"),
                  "Ihre Rechnung WMK-2026-1203", issue, body_html=html, pdf=True)
    add("kessler", "d03", "tool mail", "de", "pdf", "rechnung@webmanufaktur-kessler.de", ["info@weingut-albrecht.de"], eml, [pg],
        "Rechnung_WMK-2026-1203.pdf",
        mk.expected("WMK-2026-1203", tot, tot, issue, D(2026, 12, 17), "Weingut Albrecht GbR", "info@weingut-albrecht.de", ib, True, "de"),
        note="A tool's HTML mail with PayPal and 'online ansehen' buttons and an unsubscribe footer beside the PDF; the greeting 'Familie Albrecht' while the debtor is a GbR.")

    # D4 — DE, the secretary sends 'i. A.'; Reply-To Buchhaltung; the customer's tax adviser in Cc.
    ib = iban("DE")
    issue = D(2026, 11, 30)
    rows = [("Baumpflege: Kronenschnitt 3 Linden (Stunden)", "9", 7800, 70200), ("Hubarbeitsbühne 20 m (Tag)", "1", 39000, 39000),
            ("Entsorgung Schnittgut (t)", "1,5", 8500, 12750)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    pg = invoice_pdf(1, ("Grünpflege Wieland GmbH & Co. KG", ["Am Anger 4", "99084 Erfurt", "buchhaltung@gruenpflege-wieland.de"]),
                     ["Hausverwaltung Kästner GmbH", "Objekt Johannesstraße 40", "Anger 51", "99084 Erfurt"], "Rechnung",
                     [("Rechnungsnummer", "GW-R-2026-0652"), ("Rechnungsdatum", ds("de", issue)), ("Zahlungsziel", "30 Tage netto"),
                      ("Verwendungszweck", "GW-R-2026-0652 Kästner")],
                     ["Leistung", "Menge", "Preis", "Summe"], rows,
                     [("Nettosumme", net, False), ("19 % USt.", tax, False), ("Endbetrag", tot, True)],
                     ["Zahlbar bis %s auf IBAN %s." % (ds("de", issue + mk.days(30)), sp(ib))],
                     ["Sitz Erfurt · AG Jena HRA 502211 · pers. haftende Ges.: Wieland Verwaltungs GmbH, AG Jena HRB 117730"], "EUR", "de")
    body = ("Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Wieland übersende ich Ihnen die Rechnung für die Baumpflege\n"
            "im Objekt Johannesstraße 40. Ihre Steuerberaterin erhält wie gewünscht eine Kopie.\n"
            "Rückfragen zur Rechnung richten Sie bitte an unsere Buchhaltung (Antwort auf diese Mail).\n\n"
            "Mit freundlichen Grüßen\ni. A. Sabine Röder\nSekretariat\n\nGrünpflege Wieland GmbH & Co. KG\nAm Anger 4 · 99084 Erfurt\n"
            "Tel. 0361 600 21 40\nUSt-IdNr. DE 298 113 645\nÖffnungszeiten Büro: Mo–Fr 7:30–15:00 Uhr")
    eml = mk.mail(rng, "sekretariat@gruenpflege-wieland.de", "Sekretariat Grünpflege Wieland", who("Hausverwaltung Kästner", "rechnungen@hv-kaestner.de"),
                  "Rechnung GW-R-2026-0652", issue, body_text=body, pdf=True,
                  extra_headers=["Cc: Kanzlei Vogt <kanzlei@stb-vogt-erfurt.de>", "Reply-To: buchhaltung@gruenpflege-wieland.de"])
    add("wieland", "d04", "Outlook", "de", "pdf", "sekretariat@gruenpflege-wieland.de", ["rechnungen@hv-kaestner.de", "kanzlei@stb-vogt-erfurt.de"],
        eml, [pg], "GW-R-2026-0652.pdf",
        mk.expected("GW-R-2026-0652", tot, tot, issue, issue + mk.days(30), "Hausverwaltung Kästner GmbH", "rechnungen@hv-kaestner.de",
                    ib, True, "de", reference="GW-R-2026-0652 Kästner"),
        note="Sent 'i. A.' by the secretary from a shared address, Reply-To the Buchhaltung, the customer's tax adviser in Cc; a Verwendungszweck in the box; the KG's and its GmbH's registers in the footer.")

    # D5 — DE, a corrected invoice with a new number replacing a cancelled one.
    ib = iban("DE")
    issue = D(2026, 12, 2)
    rows = [("Übersetzung DE>EN Geschäftsbericht 2025 (Normzeilen)", "1.240", 145, 179800), ("Lektorat durch Muttersprachler", "1", 22000, 22000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    pg = invoice_pdf(0, ("Übersetzungsbüro Lindqvist", ["Grindelallee 100, 20146 Hamburg", "info@lindqvist-uebersetzungen.de"]),
                     ["Hafenlogistik Elbe AG", "Abteilung Kommunikation", "Am Sandtorkai 44", "20457 Hamburg"], "Rechnung",
                     [("Rechnungsnr.", "L-2026-0388"), ("Datum", ds("de", issue)), ("Ihre Bestellung", "4711-KOM-26"),
                      ("Ersetzt", "L-2026-0381 (storniert)")],
                     ["Leistung", "Menge", "Preis", "Betrag"], rows,
                     [("Netto", net, False), ("USt. 19 %", tax, False), ("Zu zahlen", tot, True)],
                     ["Zahlbar innerhalb von 30 Tagen ab Rechnungsdatum.", "IBAN %s · BIC HASPDEHHXXX" % sp(ib)],
                     ["Inh. Karin Lindqvist · USt-IdNr. DE 276 310 884"], "EUR", "de")
    body = ("Sehr geehrter Herr Brandt,\n\nentschuldigen Sie bitte: In der Rechnung von gestern war der Zeilenpreis falsch berechnet.\n"
            "Ich habe die Rechnung L-2026-0381 storniert; anbei die korrigierte Rechnung L-2026-0388.\n\n"
            "Mit freundlichen Grüßen\nKarin Lindqvist\n\n--\nÜbersetzungsbüro Lindqvist\nermächtigte Übersetzerin für Englisch und Schwedisch\n"
            "Grindelallee 100 · 20146 Hamburg · +49 40 4418 2270\nMitglied im BDÜ\n\n"
            + quote_text(["Sehr geehrter Herr Brandt,", "", "anbei die Rechnung für die Übersetzung des Geschäftsberichts.", "",
                          "Mit freundlichen Grüßen", "Karin Lindqvist"],
                         "Am 01.12.2026 um 17:05 schrieb Karin Lindqvist:"))
    eml = mk.mail(rng, "info@lindqvist-uebersetzungen.de", enc("Übersetzungsbüro Lindqvist"), who("Jan Brandt", "j.brandt@hafenlogistik-elbe.de"),
                  enc("Korrigierte Rechnung L-2026-0388 (ersetzt L-2026-0381)"), issue, body_text=body, pdf=True,
                  extra_headers=["User-Agent: Mozilla Thunderbird"])
    add("lindqvist", "d05", "Thunderbird", "de", "pdf", "info@lindqvist-uebersetzungen.de", ["j.brandt@hafenlogistik-elbe.de"], eml, [pg],
        "Rechnung_L-2026-0388_korrigiert.pdf",
        mk.expected("L-2026-0388", tot, tot, issue, issue + mk.days(30), "Hafenlogistik Elbe AG", "j.brandt@hafenlogistik-elbe.de", ib, True, "de"),
        note="A corrected invoice with a new number: the cancelled number stands in the subject, the cover and the box ('Ersetzt'); a quantity written '1.240' with a thousands dot.")

    # D6 — AT, the cover in German and English, the invoice in German; Firmenbuch and UID in the signature.
    ib = iban("AT")
    issue = D(2026, 11, 24)
    rows = [("Messestand-Bau Vienna Tech Expo (pauschal)", "1", 780000, 780000), ("Standpersonal-Schulung", "1", 45000, 45000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    tot = net + tax
    pg = invoice_pdf(1, ("Alpenbau Events GmbH", ["Mariahilfer Straße 122", "1070 Wien", "FN 488213 k · UID ATU73318842"]),
                     ["Nordlicht Robotics GmbH", "z. Hd. Frau Ingrid Sørensen", "Wagramer Straße 19", "1220 Wien"], "Rechnung",
                     [("Rechnungsnummer", "AE-2026-214"), ("Rechnungsdatum", ds("de", issue)), ("Fälligkeit", ds("de", D(2026, 12, 9)))],
                     ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"], rows,
                     [("Summe netto", net, False), ("USt 20 %", tax, False), ("Gesamtbetrag", tot, True)],
                     ["Bitte überweisen Sie den Gesamtbetrag bis zur Fälligkeit auf %s (Erste Bank)." % sp(ib)],
                     ["Alpenbau Events GmbH · Handelsgericht Wien · www.alpenbau-events.at"], "EUR", "de")
    body = ("Sehr geehrte Frau Sørensen, dear Ms Sørensen,\n\n"
            "anbei übermitteln wir Ihnen unsere Rechnung für den Messestand.\nPlease find attached our invoice for the trade fair stand (in German, as required for our books).\n\n"
            "Mit freundlichen Grüßen / Kind regards\n\nMag. Florian Huber\nAlpenbau Events GmbH\nMariahilfer Straße 122, 1070 Wien\n"
            "T +43 1 523 88 40\nFN 488213 k | Handelsgericht Wien | UID ATU73318842\n\n"
            "Diese Nachricht ist vertraulich. Sollten Sie nicht der beabsichtigte Empfänger sein, löschen Sie sie bitte.\n"
            "This message is confidential. If you are not the intended recipient, please delete it.")
    eml = mk.mail(rng, "f.huber@alpenbau-events.at", "Florian Huber", who("Ingrid Sørensen", "ingrid.sorensen@nordlicht-robotics.com"),
                  "Rechnung / Invoice AE-2026-214", issue, body_text=body, pdf=True)
    add("alpenbau", "d06", "Outlook", "de", "pdf", "f.huber@alpenbau-events.at", ["ingrid.sorensen@nordlicht-robotics.com"], eml, [pg],
        "AE-2026-214.pdf",
        mk.expected("AE-2026-214", tot, tot, issue, D(2026, 12, 9), "Nordlicht Robotics GmbH", "ingrid.sorensen@nordlicht-robotics.com",
                    ib, True, "de"),
        note="Austrian: the cover in German and English sentence by sentence, the invoice in German; FN and UID in the signature and the letterhead; a z. Hd. line.")

    # D7 — CH, a QR-bill invoice in CHF, sent from an iPhone.
    ib = iban("CH")
    issue = D(2026, 11, 27)
    qr = qr_reference("00000000000000002612190042")
    rows = [("Klavierstimmung Flügel (Konzertsaal)", "1", 28000, 28000), ("Intonation und Regulierung (Std.)", "2,5", 12000, 30000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 8.1)
    tot = net + tax
    pg = invoice_pdf(0, ("Pianoservice Bachmann", ["Seefeldstrasse 45, 8008 Zürich", "CHE-114.902.337 MWST"]),
                     ["Musikschule Zürichsee", "Sekretariat", "Bahnhofstrasse 3", "8810 Horgen"], "Rechnung",
                     [("Rechnung Nr.", "PB-26-219"), ("Datum", ds("de", issue)), ("Zahlbar bis", ds("de", D(2026, 12, 27)))],
                     ["Leistung", "Menge", "Preis", "Betrag"], rows,
                     [("Total exkl. MWST", net, False), ("MWST 8.1 %", tax, False), ("Total CHF", tot, True)],
                     ["Zahlung mit QR-Rechnung: Konto %s" % sp(ib), "Referenz %s" % qr],
                     ["Pianoservice Bachmann · Inhaber Urs Bachmann · 044 381 22 09"], "CHF", "ch")
    eml = mk.mail(rng, "urs@pianoservice-bachmann.ch", "Urs Bachmann", who("Musikschule Zürichsee", "sekretariat@musikschule-zuerichsee.ch"),
                  "Rechnung Stimmung Konzertflügel", issue,
                  body_text=("Grüezi Frau Keller\n\nIm Anhang die Rechnung für die Stimmung vom Dienstag. Der QR-Teil ist auf der Rechnung.\n\n"
                             "Freundliche Grüsse\nUrs Bachmann\n\nVon meinem iPhone gesendet"), pdf=True)
    add("bachmann", "d07", "iPhone", "de", "pdf", "urs@pianoservice-bachmann.ch", ["sekretariat@musikschule-zuerichsee.ch"], eml, [pg],
        "Rechnung PB-26-219.pdf",
        mk.expected("PB-26-219", tot, tot, issue, D(2026, 12, 27), "Musikschule Zürichsee", "sekretariat@musikschule-zuerichsee.ch", ib, True,
                    "de", reference=qr.replace(" ", ""), currency="CHF"),
        note="Swiss: a phone cover ('Von meinem iPhone gesendet'), CHF with 8.1% MWST; the QR reference printed in groups; the seller's UID with MWST.")


def de_body():
    # D8 — DE freelancer, Thunderbird '-- ' signature with Steuernummer, USt-IdNr., IBAN, socials and Betriebsferien.
    ib = iban("DE")
    issue = D(2026, 11, 23)
    net = 3 * 72000
    tax = vat(net, 19)
    tot = net + tax
    body = ("Hallo Frau Wendt,\n\nwie besprochen hier meine Rechnung für die Workshops im November:\n\n"
            "Rechnung Nr. 2026-48 vom 23.11.2026\nRechnungsempfänger: Stadtwerke Lüneburg GmbH, Am Sande 14, 21335 Lüneburg\n"
            "Leistung: 3 Tagesworkshops „Agiles Arbeiten“ à 720,00 € = 2.160,00 €\nzzgl. 19 %% USt. %s\nGesamt: %s\n\n"
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.\n\nViele Grüße\nTimo Rasch\n\n-- \nTimo Rasch – Beratung & Moderation\n"
            "Rote Straße 9 · 21335 Lüneburg\nMobil 0170 552 18 43\nSteuernummer 33/140/05519 · USt-IdNr. DE 322 871 406\n"
            "IBAN %s · GLS Bank\nwww.timorasch.de · LinkedIn · Xing\n"
            "Betriebsferien vom 23.12.2026 bis 06.01.2027." % (m("EUR", "de", tax), m("EUR", "de", tot), sp(ib)))
    eml = mk.mail(rng, "post@timorasch.de", "Timo Rasch", who("Petra Wendt", "p.wendt@stadtwerke-lueneburg.de"),
                  "Rechnung Workshops November", issue, body_text=body, extra_headers=["User-Agent: Mozilla Thunderbird"])
    add("rasch", "d08", "Thunderbird", "de", "body-text", "post@timorasch.de", ["p.wendt@stadtwerke-lueneburg.de"], eml,
        exp=mk.expected("2026-48", tot, tot, issue, issue + mk.days(14), "Stadtwerke Lüneburg GmbH", "p.wendt@stadtwerke-lueneburg.de",
                        ib, True, "de"),
        note="A typed invoice above a '-- ' signature holding the IBAN, Steuernummer and USt-IdNr.; the Betriebsferien dates are not the due date.")

    # D9 — DE, 'anbei nun doch die Rechnung' typed in a reply; the customer's facts quoted below.
    ib = iban("DE")
    ib_c = iban("DE")
    issue = D(2026, 12, 4)
    net = 42000 + 8 * 1500
    tax = vat(net, 19)
    tot = net + tax
    body = ("Hallo Herr Krüger,\n\nhier nun doch noch die Rechnung direkt in der Mail, der Anhang wollte nicht durch Ihren Filter.\n\n"
            "RECHNUNG 1147\nDatum: 04.12.2026\nKunde: Krüger Kfz-Technik e. K., Industriestr. 22, 48155 Münster\n"
            "Reinigung Werkstattboden (Maschine, pauschal)  420,00 €\nReinigung Sozialräume, 8 Std. à 15,00 €  120,00 €\n"
            "Netto 540,00 € · USt 19 %% %s · Brutto %s\n"
            "Zahlungsziel: 10 Tage. Verwendungszweck: RE1147\nKonto: Clean & Shine Münster, IBAN %s\n\n"
            "Freundliche Grüße\nAylin Demir\nClean & Shine Münster\n\n" % (m("EUR", "de", tax), m("EUR", "de", tot), sp(ib))
            + quote_text(["Hallo Frau Demir,", "", "Ihre Mail mit der Rechnung ist bei uns nicht angekommen, nur ein leerer Anhang.",
                          "Können Sie die Rechnung nochmal schicken?", "", "Gruß", "Sven Krüger", "Krüger Kfz-Technik e. K.",
                          "Amtsgericht Münster HRA 9921 · USt-IdNr. DE 126 553 809", "Sparkasse Münsterland Ost · IBAN %s" % sp(ib_c)],
                         "-------- Ursprüngliche Nachricht --------\nVon: Sven Krüger <info@krueger-kfz.de>\nDatum: 03.12.26 14:51"))
    eml = mk.mail(rng, "a.demir@cleanandshine-muenster.de", "Aylin Demir", who("Sven Krüger", "info@krueger-kfz.de"),
                  "AW: Rechnung", issue, body_text=body)
    add("cleanshine", "d09", "Android", "de", "body-text", "a.demir@cleanandshine-muenster.de", ["info@krueger-kfz.de"], eml,
        exp=mk.expected("1147", tot, tot, issue, issue + mk.days(10), "Krüger Kfz-Technik e. K.", "info@krueger-kfz.de", ib, True, "de",
                        reference="RE1147"),
        note="An invoice typed into a reply because the attachment was blocked; the customer's quoted signature carries its own USt-IdNr. and IBAN; a Verwendungszweck 'RE1147'.")

    # D10 — AT, a chimney sweep's typed invoice from a Samsung phone.
    ib = iban("AT")
    issue = D(2026, 11, 26)
    net = 6800 + 4500
    tax = vat(net, 20)
    tot = net + tax
    body = ("Grüß Gott Frau Leitner,\n\nwie am Telefon gesagt die Rechnung per Mail:\n\n"
            "Rechnung Nr. 26/0871, Datum 26.11.2026\nFrau Mag. Theresa Leitner, Hauptplatz 6, 4560 Kirchdorf an der Krems\n"
            "Kehrung Kamin (2 Züge) 68,00\nAbgasmessung Gastherme 45,00\nnetto 113,00 + 20%% MwSt %s = %s\n\n"
            "Zahlbar binnen 14 Tagen auf %s, Rauchfangkehrer Pichler.\n\nSchönen Tag noch\nJosef Pichler\nRauchfangkehrermeister\n\n"
            "Von meinem Samsung Galaxy Smartphone gesendet." % (mk.money(tax, "de"), m("EUR", "de", tot), sp(ib)))
    eml = mk.mail(rng, "rfk.pichler@aon.at", "Rauchfangkehrer Pichler", who("Theresa Leitner", "theresa.leitner@gmx.at"),
                  "Rechnung Kehrung", issue, body_text=body)
    add("pichler", "d10", "Android", "de", "body-text", "rfk.pichler@aon.at", ["theresa.leitner@gmx.at"], eml,
        exp=mk.expected("26/0871", tot, tot, issue, issue + mk.days(14), "Mag. Theresa Leitner", "theresa.leitner@gmx.at", ib, False, "de"),
        note="Austrian phone-typed invoice: the debtor's name and address on one line with 'Frau Mag.', the VAT and total on one line; 'binnen 14 Tagen'.")

    # D11 — CH, the Treuhand office sends in the name of its client; CHF.
    ib = iban("CH")
    issue = D(2026, 11, 30)
    net = 12 * 9500
    tax = vat(net, 8.1)
    tot = net + tax
    body = ("Sehr geehrter Herr Baumann\n\nIm Namen unserer Mandantin, der Gartenbau Frei GmbH, stellen wir Ihnen folgende Leistung in Rechnung:\n\n"
            "Rechnung 2026-5512 vom 30.11.2026\nEmpfänger: Immo Baumann AG, Rütistrasse 8, 5400 Baden (Liegenschaft Sonnenrain 4, Wettingen)\n"
            "Winterschnitt Hecken und Sträucher, 12 Std. à CHF 95.00 = CHF 1'140.00\nMWST 8.1 %% %s\nTotal %s\n\n"
            "Zahlbar innert 30 Tagen auf das Konto der Gartenbau Frei GmbH, IBAN %s.\n\n"
            "Freundliche Grüsse\n\nTreuhand Widmer AG\nim Auftrag der Gartenbau Frei GmbH\nCorinne Widmer\n"
            "Mellingerstrasse 20, 5400 Baden\nTel. 056 222 71 30\nUID CHE-108.771.204 MWST\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. / Ce message peut contenir des informations confidentielles."
            % (m("CHF", "ch", tax), m("CHF", "ch", tot), sp(ib)))
    eml = mk.mail(rng, "c.widmer@treuhand-widmer.ch", "Treuhand Widmer AG", who("Immo Baumann AG", "verwaltung@immo-baumann.ch"),
                  "Rechnung Gartenbau Frei GmbH", issue, body_text=body)
    add("widmer", "d11", "Outlook", "de", "body-text", "c.widmer@treuhand-widmer.ch", ["verwaltung@immo-baumann.ch"], eml,
        exp=mk.expected("2026-5512", tot, tot, issue, issue + mk.days(30), "Immo Baumann AG",
                        "verwaltung@immo-baumann.ch", ib, True, "de", currency="CHF"),
        note="Swiss: a fiduciary sends in the name of its client, its own UID in the signature; the property managed named in brackets after the debtor; CHF with apostrophes.")

    # D12 — DE, Outlook HTML invoice in the body, a signature table with logo and Pflichtangaben, DE/EN disclaimer.
    ib = iban("DE")
    issue = D(2026, 11, 27)
    rows = [("Wartung Druckluftkompressor KX-55 (Std.)", 3, 8900, 26700), ("Ölabscheider-Filter", 2, 6480, 12960), ("Anfahrtspauschale", 1, 5500, 5500)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 19)
    tot = net + tax
    html = outlook_html(
        ["Sehr geehrter Herr Yilmaz,", "", "für die Wartung am 24.11.2026 berechnen wir Ihnen:", "",
         "<b>Rechnung R2611-093</b> · Rechnungsdatum 27.11.2026 · Kundennummer 30482",
         "Rechnungsanschrift: Metallbau Yilmaz GmbH, Gewerbering 15, 86167 Augsburg", "",
         lines_table(["Position", "Menge", "Einzelpreis", "Gesamt"], [(a, str(q), m("EUR", "de", u), m("EUR", "de", c)) for a, q, u, c in rows],
                     [("Netto", m("EUR", "de", net), False), ("USt. 19 %", m("EUR", "de", tax), False), ("Rechnungsbetrag", m("EUR", "de", tot), True)]),
         "", "Zahlungsbedingung: 8 Tage 2 % Skonto, 30 Tage netto. Bankverbindung siehe Signatur.", "", "Mit freundlichen Grüßen"],
        ["<b>Michaela Gruber</b> | Kundendienst", "<b>Drucklufttechnik Südbayern GmbH</b>", "Haunstetter Str. 101 · 86161 Augsburg",
         "Tel. +49 821 455 09 0", "Amtsgericht Augsburg HRB 28177 · Geschäftsführer: Peter Lechner", "USt-IdNr. DE 811 390 227",
         "Stadtsparkasse Augsburg · IBAN %s" % sp(ib)],
        disclaimer=["Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken. Please consider the environment before printing this e-mail."])
    eml = mk.mail(rng, "kundendienst@druckluft-suedbayern.de", "Drucklufttechnik Südbayern", who("Emre Yilmaz", "e.yilmaz@metallbau-yilmaz.de"),
                  "Rechnung R2611-093", issue, body_html=html, extra_parts=[("image/png", "image001.png", PNG)])
    add("druckluft", "d12", "Outlook", "de", "body-html", "kundendienst@druckluft-suedbayern.de", ["e.yilmaz@metallbau-yilmaz.de"], eml,
        exp=mk.expected("R2611-093", tot, tot, issue, issue + mk.days(30), "Metallbau Yilmaz GmbH", "e.yilmaz@metallbau-yilmaz.de", ib, True, "de"),
        note="Outlook HTML invoice whose IBAN stands only in the signature table ('Bankverbindung siehe Signatur'); Skonto terms (the net term is the due date).")

    # D13 — DE, a small tool's HTML with a 'Jetzt bezahlen' button, the facts in the body.
    ib = iban("DE")
    issue = D(2026, 12, 1)
    tot = 4 * 3500
    html = tool_html("Rechnung Nr. NH-26-1201-04",
                     "<p>Liebe Frau Hoffmann,</p><p>anbei Ihre Rechnung für die Nachhilfe im November (4 Einzelstunden Mathematik für Leon).</p>"
                     "<p>Rechnungsempfängerin: Sandra Hoffmann, Eichendorffweg 3, 37085 Göttingen</p>",
                     html_table([("Rechnungsdatum", "01.12.2026"), ("4 × 60 Min. à 35,00 €", m("EUR", "de", tot)),
                                 ("Gesamtbetrag (umsatzsteuerfrei, § 4 Nr. 21 UStG)", m("EUR", "de", tot)), ("Fällig am", "15.12.2026")])
                     + "<p>Überweisung auf %s (Lernstudio Göttingen).</p>" % sp(ib),
                     "https://checkout.stripe.com/c/pay/cs_live_a1NH26120104", "Jetzt bezahlen",
                     ["Lernstudio Göttingen · Weender Str. 60 · 37073 Göttingen", "Versendet mit Kursverwalter",
                      '<a href="https://kursverwalter.de/abmelden">Newsletter abbestellen</a>'])
    eml = mk.mail(rng, "rechnung@kursverwalter.de", "Lernstudio Göttingen", who("Sandra Hoffmann", "sandra.hoffmann@posteo.de"),
                  "Ihre Rechnung NH-26-1201-04", issue, body_html=html, extra_headers=["Reply-To: info@lernstudio-goettingen.de"],
                  msgid_domain="kursverwalter.de")
    add("lernstudio", "d13", "tool mail", "de", "body-html", "rechnung@kursverwalter.de", ["sandra.hoffmann@posteo.de"], eml,
        exp=mk.expected("NH-26-1201-04", tot, tot, issue, D(2026, 12, 15), "Sandra Hoffmann", "sandra.hoffmann@posteo.de", ib, False, "de"),
        note="A course tool's HTML with a Stripe 'Jetzt bezahlen' button; the parent is the 'Rechnungsempfängerin', the pupil's name only in the text; VAT-exempt.")

    # D14 — AT, Gmail HTML invoice with a Reply-To the bookkeeping.
    ib = iban("AT")
    issue = D(2026, 11, 28)
    net = 2 * 24000 + 3600
    tax = vat(net, 20)
    tot = net + tax
    html = gmail_html(
        ["Liebe Frau Egger,", "", "danke für den schönen Auftrag! Hier die Rechnung:", "",
         "<b>Rechnung 2026-39</b> vom 28.11.2026", "An: Bäckerei Egger KG, Linzer Gasse 12, 5020 Salzburg", "",
         "2 × Fotoshooting Produkte (halber Tag) à 240,00 € = 480,00 €", "Nutzungsrechte Online 36,00 €",
         "Netto 516,00 € · 20 % USt " + m("EUR", "de", tax) + " · <b>Gesamt " + m("EUR", "de", tot) + "</b>", "",
         "Zahlbar bis 12.12.2026 auf AT-Konto " + sp(ib) + ".", "", "Liebe Grüße", "Lena"],
        ["Lena Moser Fotografie", "Schallmooser Hauptstraße 30, 5020 Salzburg", "UID ATU70188254",
         '<a href="https://instagram.com/lenamoser.foto">Instagram</a> · +43 662 870 344'])
    eml = mk.mail(rng, "lena.moser.foto@gmail.com", "Lena Moser", who("Maria Egger", "office@baeckerei-egger.at"),
                  "Rechnung Fotoshooting", issue, body_html=html, extra_headers=["Reply-To: buchhaltung@lenamoser.at"])
    add("moser", "d14", "Gmail", "de", "body-html", "lena.moser.foto@gmail.com", ["office@baeckerei-egger.at"], eml,
        exp=mk.expected("2026-39", tot, tot, issue, D(2026, 12, 12), "Bäckerei Egger KG", "office@baeckerei-egger.at", ib, True, "de"),
        note="Austrian Gmail HTML invoice in a few lines, the IBAN called 'AT-Konto', a Reply-To to the bookkeeping address.")

    # D15 — CH, webmail HTML from a bluewin address, CHF.
    ib = iban("CH")
    issue = D(2026, 12, 3)
    tot = 48000 + 6500
    html = ('<html><body><div style="font-family:Arial;font-size:13px">Guten Tag Herr Zürcher<br><br>'
            "Besten Dank für den Auftrag. Gerne stelle ich Ihnen die Reparatur in Rechnung:<br><br>"
            "<b>Rechnung Nr. 1088</b>, Bern, 3. Dezember 2026<br>Adresse: Hans Zürcher, Kramgasse 52, 3011 Bern<br><br>"
            "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            "<tr><td>Reparatur Polstersessel (Gurten, Federn, Bezug)</td><td align=\"right\">CHF 480.00</td></tr>"
            "<tr><td>Abhol- und Lieferdienst</td><td align=\"right\">CHF 65.00</td></tr>"
            "<tr><td><b>Total</b></td><td align=\"right\"><b>%s</b></td></tr></table><br>"
            "Nicht MWST-pflichtig. Zahlbar innert 10 Tagen auf IBAN %s (Polsterei Rüegg).<br><br>"
            "Freundliche Grüsse<br>Beat Rüegg<br>Polsterei Rüegg, Lorrainestrasse 9, 3013 Bern<br><br>"
            '<span style="font-size:11px;color:#999">Gesendet mit Bluewin Mail</span></div></body></html>' % (m("CHF", "ch", tot), sp(ib)))
    eml = mk.mail(rng, "polsterei.rueegg@bluewin.ch", enc("Beat Rüegg"), who("Hans Zürcher", "h.zuercher@sunrise.ch"),
                  "Rechnung Sessel", issue, body_html=html)
    add("rueegg", "d15", "webmail", "de", "body-html", "polsterei.rueegg@bluewin.ch", ["h.zuercher@sunrise.ch"], eml,
        exp=mk.expected("1088", tot, tot, issue, issue + mk.days(10), "Hans Zürcher", "h.zuercher@sunrise.ch", ib, False, "de", currency="CHF"),
        note="Swiss webmail HTML from an upholsterer not registered for VAT; the place and date after the number; an 'Adresse' line; 'innert 10 Tagen'.")


# ================================================================ not invoices

def nl_not():
    # X1 — Verhoef asks for the purchase-order number before invoicing.
    ib = IB["verhoef"]
    html = outlook_html(
        ["Goedemorgen mevrouw Schouten,", "",
         "De installatie van de warmtepomp bij uw vestiging in Leusden is afgerond. Voordat wij de factuur kunnen opmaken,",
         "hebben wij van u nog het inkoopordernummer nodig; uw crediteurenafdeling wijst facturen zonder PO-nummer af.",
         "Het bedrag zal conform de offerte € 11.480,00 excl. btw bedragen.", "",
         "Zou u het nummer vandaag of morgen willen doorgeven?", "", "Met vriendelijke groet,"],
        ["<b>Monique Jansen</b>", "Office manager", "<b>Installatiebedrijf Verhoef B.V.</b>", "Kapelweg 14 | 3818 BM Amersfoort",
         "T 033 461 22 90 | M 06 41 87 22 05", "KvK 32145678 | BTW NL812345678B01", "IBAN %s" % sp(ib),
         '<a href="https://www.verhoef-installatie.nl">www.verhoef-installatie.nl</a>', "Bereikbaar ma t/m do 8.00–16.30 uur"],
        disclaimer=["Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per abuis ontvangen, verwijder het dan en laat het ons weten.",
                    "This message is intended solely for the addressee. If you received it in error, please delete it and notify the sender."])
    eml = mk.mail(rng, "monique@verhoef-installatie.nl", "Monique Jansen | Verhoef Installatie",
                  who("Ellen Schouten", "e.schouten@zorggroepeemland.nl"), "Inkoopordernummer warmtepomp Leusden", D(2026, 11, 26),
                  body_html=html, extra_parts=[("image/png", "image001.png", PNG)])
    add("verhoef", "x01", "Outlook", "nl", "none", "monique@verhoef-installatie.nl", ["e.schouten@zorggroepeemland.nl"], eml,
        why="A request for the purchase-order number before the invoice is made; the amount is announced, nothing is invoiced yet.",
        note="Same Outlook signature table (KvK, BTW, IBAN) as the firm's invoice, an amount excl. VAT and the word 'factuur' twice.")

    # X2 — De Wit from his iPhone: the invoice follows next week.
    eml = mk.mail(rng, "ruuddewit71@gmail.com", "Ruud de Wit", who("Karin Boersma", "kboersma@quicknet.nl"), "Re: vlonder",
                  D(2026, 11, 30),
                  body_text=("Hoi Karin,\n\nVlonder is klaar, kwam uit op ongeveer 1.250 euro alles bij elkaar. De factuur stuur ik volgende week,\n"
                             "moet eerst de bonnen van het hout nog hebben.\n\nGr Ruud\n\nVerstuurd vanaf mijn iPhone\n\n"
                             + quote_text(["Hoi Ruud, hoe staat het met de vlonder? En wat gaat het ongeveer kosten? Groetjes Karin"],
                                          "Op 29 nov. 2026 om 20:41 heeft Karin Boersma <kboersma@quicknet.nl> het volgende geschreven:")))
    add("dewit", "x02", "iPhone", "nl", "none", "ruuddewit71@gmail.com", ["kboersma@quicknet.nl"], eml,
        why="Announces that the invoice follows next week, with an approximate amount; no invoice yet.",
        note="Phone reply with 'factuur' and an amount ('ongeveer 1.250 euro') but no number, date or IBAN.")

    # X3 — Bloemen & Zo sends the delivery note on its own; invoices follow monthly.
    ib = IB["bloemenenzo"]
    pb = doc_pdf("Pakbon PB-1187", ["Afleveradres: Hotel Nieuw Minerva, Boommarkt 23, Leiden", "Bezorgd op 03-12-2026", "",
                                     "Aantal  Artikel", "6       Tafelstuk amaryllis", "2       Entreestuk groot (op standaard)", "",
                                     "Deze levering wordt gefactureerd bij de maandfactuur van december.", "",
                                     "Voor ontvangst getekend: ............"], heading=["Bloemen & Zo", "Haarlemmerstraat 140 · 2312 GE Leiden"])
    body = ("Hallo Jeroen,\n\nBijgaand de getekende pakbon van vanochtend voor jullie administratie.\n"
            "Zoals altijd komt alles op de maandfactuur begin januari.\n\nGroetjes,\nSandra\nnamens team Bloemen & Zo\n\n"
            "Bloemen & Zo V.O.F. | Haarlemmerstraat 140 | 2312 GE Leiden\nOpen di-za 9.00-18.00, zondag gesloten\n"
            "IBAN %s | KvK 28076643\nVolg ons op Instagram: @bloemenenzo_leiden\n\nDenk aan het milieu voordat u deze e-mail print." % sp(ib))
    eml = mk.mail(rng, "info@bloemenenzo.nl", "Sandra | Bloemen & Zo", who("Hotel Nieuw Minerva", "receptie@nieuwminerva.nl"),
                  "pakbon PB-1187", D(2026, 12, 3), body_text=body, pdf=True)
    add("bloemenenzo", "x03", "webmail", "nl", "none", "info@bloemenenzo.nl", ["receptie@nieuwminerva.nl"], eml, [pb], "Pakbon PB-1187.pdf",
        why="A delivery note (pakbon) without prices; the delivery will be invoiced on the monthly invoice.",
        note="The same shared-mailbox signature with IBAN and KvK as the firm's invoice; a PDF with a document number and a date.")

    # X4 — Kuipers: an hours overview for approval before invoicing.
    html = gmail_html(
        ["Hi Mila,", "", "Hieronder mijn urenoverzicht over december tot nu toe. Zou je die willen goedkeuren?",
         "Na je akkoord maak ik de factuur op. / Once approved I'll send the invoice.", "",
         lines_table(["Week", "Uren / Hours", "Bedrag / Amount"],
                     [("49", "12", m("EUR", "nl", 114000)), ("50", "9,5", m("EUR", "nl", 90250))],
                     [("Totaal excl. btw", m("EUR", "nl", 204250), True)]), "", "Groet,", "Ruben"],
        ["Ruben Kuipers", "Kuipers Software", "KvK 85510322 · BTW NL004411908B61",
         '<a href="https://github.com/rkuipers">github.com/rkuipers</a> · <a href="https://www.linkedin.com/in/rubenkuipers">LinkedIn</a>'])
    eml = mk.mail(rng, "ruben@kuiperssoftware.nl", "Ruben Kuipers", who("Mila Janssen", "mila@fietsflow.nl"),
                  "Urenoverzicht december – graag akkoord", D(2026, 12, 4), body_html=html)
    add("kuipers", "x04", "Gmail", "nl", "none", "ruben@kuiperssoftware.nl", ["mila@fietsflow.nl"], eml,
        why="An hours overview sent for approval; the invoice is made only after the customer agrees.",
        note="Gmail HTML with hours, amounts and a total excl. VAT, bilingual like the firm's invoice; no number, no due date, no IBAN.")

    # X5 — Koeltechniek Brouwer: our IBAN has changed.
    ib_old = IB["brouwer"]
    ib_new = iban("NL")
    html = outlook_html(
        ["Geachte relatie,", "",
         "Per 1 januari 2027 stappen wij over naar een andere bank. Ons rekeningnummer wijzigt daardoor:", "",
         "Oud: %s<br>Nieuw: <b>%s</b> (t.n.v. Koeltechniek Brouwer B.V.)" % (sp(ib_old), sp(ib_new)), "",
         "Wilt u het nieuwe nummer in uw administratie aanpassen? Betalingen op het oude nummer worden tot 1 april nog doorgestuurd.",
         "Let op: wij vragen u nooit per e-mail om een openstaande factuur op een ander nummer te betalen zonder dat u ons even belt.", "",
         "Met vriendelijke groet,"],
        ["<b>Lars Brouwer</b> | Directeur", "<b>Koeltechniek Brouwer B.V.</b>", "Ambyerstraat Zuid 88 | 6225 AH Maastricht",
         "T +31 43 363 12 12 | E lars@koeltechniekbrouwer.nl", "KvK 14077321 | BTW NL809911004B01 | IBAN %s" % sp(ib_new),
         "F-gassen gecertificeerd (STEK) | storingsdienst 24/7: 043 363 12 00"],
        disclaimer=["De informatie in dit bericht is vertrouwelijk en kan juridisch beschermd zijn.",
                    "Die Information in dieser Nachricht ist vertraulich und kann rechtlich geschützt sein."])
    eml = mk.mail(rng, "lars@koeltechniekbrouwer.nl", "Lars Brouwer", who("Slagerij Hendriks", "info@slagerijhendriks.nl"),
                  "Wijziging bankrekeningnummer Koeltechniek Brouwer", D(2026, 12, 4), body_html=html,
                  extra_parts=[("image/png", "image001.png", PNG)])
    add("brouwer", "x05", "Outlook", "nl", "none", "lars@koeltechniekbrouwer.nl", ["info@slagerijhendriks.nl"], eml,
        why="A notice that the firm's bank account changes; it asks for no payment.",
        note="Two IBANs, the firm's KvK and BTW, 'openstaande factuur' in a warning; the same signature as the firm's invoice.")

    # X6 — Mijn Glans: a new document in the portal, without its facts (the call: not an invoice).
    html = tool_html("Er staat een nieuw document voor u klaar",
                     "<p>Geachte relatie,</p><p>In Mijn Glans staat een nieuw document voor <b>Fysiotherapie Kralingen</b> klaar. "
                     "Log in om het te bekijken of te downloaden. Om veiligheidsredenen sturen wij facturen niet meer als bijlage.</p>", "",
                     "https://mijn.glansschoonmaak.nl/documenten", "Inloggen op Mijn Glans",
                     ["Glans Schoonmaak B.V. · Wolphaertsbocht 180 · 3083 MV Rotterdam · KvK 24300871 · BTW NL807733091B01",
                      "Vragen? Bel onze klantenservice op 010 480 22 11 (werkdagen 8.30–17.00 uur)."])
    eml = mk.mail(rng, "noreply@glansschoonmaak.nl", "Mijn Glans", who("Fysiotherapie Kralingen", "info@fysiokralingen.nl"),
                  "Nieuw document in Mijn Glans", D(2026, 12, 1), body_html=html)
    add("glans", "x06", "portal", "nl", "none", "noreply@glansschoonmaak.nl", ["info@fysiokralingen.nl"], eml,
        why="A portal notice that a document is waiting, without the invoice's number, amount or due date; the invoice itself is not in the mail.",
        note="The same portal as an invoice notice of this set that carries the facts; here only a login button and 'facturen' in a sentence.")

    # X7 — Pixelwerf forwards the month's sales invoices to her own bookkeeper (the call: not an invoice).
    ib = IB["pixelwerf"]
    issue = D(2026, 11, 30)
    rows = [("Logo-ontwerp en huisstijl", "1", 95000, 95000)]
    tax = vat(95000, 21)
    pg = invoice_pdf(0, ("Pixelwerf", ["Oude Boteringestraat 44", "9712 GL Groningen", "hallo@pixelwerf.nl"]),
                     ["Koffiebranderij Noord", "Zuiderdiep 70", "9711 HM Groningen"], "Factuur",
                     [("Factuur", "PW-2026-131"), ("Datum", ds("nl", issue)), ("Vervaldatum", ds("nl", D(2026, 12, 14)))],
                     ["Omschrijving", "Aantal", "Prijs", "Totaal"], rows,
                     [("Subtotaal", 95000, False), ("21% btw", tax, False), ("Totaal", 95000 + tax, True)],
                     ["Betalen kan op %s t.n.v. Pixelwerf." % sp(ib)], ["Pixelwerf · KvK 69900213 · btw NL858120944B01"], "EUR", "nl")
    body = ("Hoi Bert,\n\nHierbij de verkoopfacturen van november voor de btw-aangifte. Deze ene zat nog niet in de map,\n"
            "de andere vijf staan in de gedeelde Dropbox.\n\nGroetjes,\nSanne\n\n"
            "---------- Doorgestuurd bericht ----------\nVan: Sanne Hofstra <sanne@pixelwerf.nl>\nDatum: ma 30 nov 2026 om 15:12\n"
            "Onderwerp: Factuur logo-ontwerp\nAan: Koffiebranderij Noord <info@koffiebranderijnoord.nl>\n\n"
            "Hoi Tim, in de bijlage de factuur voor het logo. Groetjes, Sanne\n\n--\nSanne Hofstra | Pixelwerf\nwebdesign & hosting\n"
            "050 211 87 40 | pixelwerf.nl")
    eml = mk.mail(rng, "sanne@pixelwerf.nl", "Sanne Hofstra", who("Bert Wolters", "bert@wolters-administratie.nl"),
                  "Fwd: Factuur logo-ontwerp", D(2026, 12, 3), body_text=body, pdf=True)
    add("pixelwerf", "x07", "Thunderbird", "nl", "none", "sanne@pixelwerf.nl", ["bert@wolters-administratie.nl"], eml, [pg],
        "Factuur PW-2026-131.pdf",
        why="The owner forwards her own sales invoice to her bookkeeper for the VAT return; the recipient owes nothing.",
        note="A complete invoice PDF (number, amount, due date, IBAN) forwarded to the firm's own bookkeeper; the debtor is only in the quoted header and the PDF.")

    # X8 — Declercq's out-of-office, with the holiday banner and the IBAN in the signature.
    ib = IB["declercq"]
    body = ("Bedankt voor uw bericht. Ons kantoor is gesloten van 24 december t/m 4 januari.\n"
            "Merci pour votre message. Nos bureaux sont fermés du 24 décembre au 4 janvier.\n\n"
            "Dringende vragen over een plaatsing? Bel Dries op 0478 55 20 13.\nVoor betalingen: IBAN %s.\n\n"
            "Vloeren Declercq BV\nBrugsesteenweg 310 - 8500 Kortrijk\nBTW/TVA BE 0712.334.908" % sp(ib))
    eml = mk.mail(rng, "katrien@vloerendeclercq.be", "Vloeren Declercq", who("Nathalie Vandenberghe", "n.vandenberghe@telenet.be"),
                  "Automatisch antwoord: Factuur / Facture 2026/0877", D(2026, 12, 24), body_text=body,
                  extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add("declercq", "x08", "Outlook", "nl", "none", "katrien@vloerendeclercq.be", ["n.vandenberghe@telenet.be"], eml,
        why="The firm's automatic out-of-office reply; the invoice's number is only in the quoted subject.",
        note="Flemish auto-reply whose subject repeats an invoice's subject, with an IBAN 'voor betalingen' and the VAT number.")

    # X9 — Peeters answers the customer's question about an invoice already sent.
    ib = IB["peeters"]
    body = ("Dag Bart,\n\nGoeie vraag. Op factuur F26-0214 staat 21% btw omdat het om een bedrijfsgebouw gaat;\n"
            "het verlaagd tarief van 6% geldt alleen voor woningen ouder dan tien jaar. Het bedrag blijft dus zoals het is,\n"
            "en de gestructureerde mededeling ook. Je boekhouder kan de btw gewoon recupereren.\n\nGroeten,\nWim\n\n-- \nWim Peeters\n"
            "Dakwerken Peeters\nLierseweg 77, 2200 Herentals\ngsm 0476 33 18 52\nIBAN " + sp(ib) + "\nwww.dakwerkenpeeters.be\n\n"
            + quote_text(["Wim,", "", "Waarom staat er 21% btw op de factuur van het dak? Bij mijn zus rekenden ze 6%.", "", "Bart"],
                         "Bart Van Roey schreef op 3/12/2026 om 08:02:"))
    eml = mk.mail(rng, "wim@dakwerkenpeeters.be", "Wim Peeters", who("Bart Van Roey", "bart@bakkerijvanroey.be"),
                  "Re: factuur dak + foto's", D(2026, 12, 3), body_text=body)
    add("peeters", "x09", "Thunderbird", "nl", "none", "wim@dakwerkenpeeters.be", ["bart@bakkerijvanroey.be"], eml,
        why="A reply explaining the VAT rate on an invoice sent earlier; it carries no new invoice.",
        note="Flemish reply in the invoice's thread (same subject), naming the invoice number and rates, with the IBAN in the signature.")


def en_not():
    # X10 — Moran Roofing sends its updated terms on their own.
    ib = IB["moran"]
    terms = doc_pdf("Terms and Conditions of Business (from 1 January 2027)",
                    ["1. All quotations are valid for 30 days from the date of issue.",
                     "2. A deposit of 30% is payable on acceptance for jobs over €5,000.",
                     "3. Invoices are payable within 14 days. Interest under the Late Payments Directive applies.",
                     "4. Payment by EFT to IBAN %s." % sp(ib), "5. Our guarantee is void where invoices remain unpaid."],
                    heading=["Moran Roofing & Guttering", "Old Mill Road, Naas, Co. Kildare · VAT IE 3129874QH"])
    body = ("Hi all,\n\nWe've updated our terms for the new year, mainly the deposit for bigger jobs. Copy attached for your files.\n\n"
            "Thanks,\nSeán Moran\nMoran Roofing & Guttering\nM: 086 214 5566\nFacebook: fb.com/moranroofingnaas\n\nSent from Mail for Windows")
    eml = mk.mail(rng, "sean@moranroofing.ie", "Seán Moran", "undisclosed-recipients:;", "Updated terms 2027", D(2026, 12, 2),
                  body_text=body, pdf=True)
    add("moran", "x10", "Mail for Windows", "en", "none", "sean@moranroofing.ie", ["aidan.fitz@gmail.com", "info@kildarelettings.ie"], eml,
        [terms], "Terms 2027.pdf",
        why="The firm's general terms sent on their own; they state payment terms but bill nothing.",
        note="Irish: a terms PDF with 'Invoices are payable within 14 days' and the IBAN, to undisclosed recipients.")

    # X11 — Northgate Signs: a quotation.
    ib = IB["northgate"]
    issue = D(2026, 12, 1)
    rows = [("Illuminated box sign, 3000 x 800, LED", "1", 246000, 246000), ("Removal of existing sign and making good", "1", 38000, 38000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    pg = invoice_pdf(1, ("Northgate Signs Ltd", ["41 Lister Lane", "Halifax HX1 5AS", "01422 351 660"]),
                     ["Calloway Motors Ltd", "Kings Cross Road", "Halifax HX1 1EB"], "Quotation",
                     [("Quote no.", "Q-1907"), ("Date", ds("en", issue)), ("Valid until", ds("en", D(2026, 12, 31)))],
                     ["Item", "Qty", "Price", "Line total"], rows,
                     [("Net", net, False), ("VAT 20%", tax, False), ("Total", net + tax, True)],
                     ["50%% deposit on acceptance, balance on completion. BACS to IBAN %s." % sp(ib)],
                     ["Co. reg. 06671120 · VAT GB 944 1180 27"], "GBP", "en")
    body = ("Hi Priya,\n\nAs discussed with Mark, please find attached our quotation for the illuminated sign at the showroom.\n"
            "If you'd like to go ahead, a signed copy or a PO is all we need.\n\nBest wishes,\nKaren Lister\nAccounts, Northgate Signs Ltd")
    eml = mk.mail(rng, "accounts@northgatesigns.co.uk", "Northgate Signs Accounts", who("Priya Shah", "purchaseledger@callowaymotors.co.uk"),
                  "Quotation Q-1907 illuminated sign", issue, body_text=body, pdf=True)
    add("northgate", "x11", "Outlook", "en", "none", "accounts@northgatesigns.co.uk", ["purchaseledger@callowaymotors.co.uk"], eml, [pg],
        "Quotation Q-1907.pdf",
        why="A quotation valid until a date; nothing is owed until it is accepted.",
        note="Same sender, layout and customer as an invoice of this set; a total, VAT, a deposit term and the IBAN on the quote.")

    # X12 — Keane Electrical: payment received.
    body = ("Dear Ms O'Sullivan,\n\nThank you for your payment of " + m("EUR", "en", DUE["keane"]) + " received today against invoice KE-2026-311.\n"
            "Your account is now clear. It was a pleasure working at the guesthouse.\n\n"
            "Kind regards,\n\nGráinne Hurley\nOffice Manager\nKeane Electrical Contractors Ltd\nT: 021 431 7780 | www.keane-electrical.ie\n"
            "Registered in Ireland No. 512298 | VAT No. IE 3344187NH\nSafe Electric Registered Contractor")
    eml = mk.mail(rng, "office@keane-electrical.ie", "Gráinne Hurley", who("Orla O'Sullivan", "orla@harbourviewcrosshaven.ie"),
                  "Payment received - KE-2026-311", D(2026, 12, 4), body_text=body)
    add("keane", "x12", "Outlook", "en", "none", "office@keane-electrical.ie", ["orla@harbourviewcrosshaven.ie"], eml,
        why="A confirmation that the invoice has been paid; nothing is due.",
        note="Irish: an amount, an invoice number and 'account' in one sentence, with the firm's registration and VAT numbers.")

    # X13 — Amira Okafor's own typed reminder.
    ib = IB["okafor"]
    body = ("Hi Tom,\n\nJust a gentle nudge: invoice #52 for the product shoot (£640.00) was due on 20 November and I don't think\n"
            "it's come through yet. Could you check with your accounts team? Bank details are on the invoice, or IBAN %s.\n\n"
            "Thanks so much,\nAmira\n\n--\nAmira Okafor Photography\nEvents | Portraits | Brand\n07946 118 302 | amiraokafor.co.uk\n"
            "Instagram: @amiraokaforphoto | LinkedIn: /in/amira-okafor" % sp(ib))
    eml = mk.mail(rng, "hello@amiraokafor.co.uk", "Amira Okafor Photography", who("Tom Ridley", "tom@ridleyandsons.co.uk"),
                  "Invoice #52 - quick reminder", D(2026, 12, 2), body_text=body)
    add("okafor", "x13", "Gmail", "en", "none", "hello@amiraokafor.co.uk", ["tom@ridleyandsons.co.uk"], eml,
        why="The business's own reminder about an invoice sent earlier; the reminder is not a new invoice.",
        note="A friendly typed reminder with the number, amount, past due date and IBAN all in two sentences.")

    # X14 — Wild Atlantic Yoga's newsletter with prices.
    html = tool_html("Winter timetable & new corporate packages",
                     "<p>Hi there,</p><p>Our winter timetable starts on 5 January. New this year: corporate wellness packages for teams.</p>",
                     html_table([("Lunchtime series, 8 sessions on-site", "€720 + VAT"), ("Team away-day (half day)", "€450 + VAT"),
                                 ("Drop-in class, Salthill studio", "€16")])
                     + "<p>Book before 20 December and get 10% off.</p>",
                     "https://wildatlanticyoga.ie/corporate", "Book a package",
                     ["Wild Atlantic Yoga Ltd · Salthill, Galway · CRO 701122 · VAT IE 4021177QH",
                      "You are receiving this because you booked with us.",
                      '<a href="https://wildatlanticyoga.ie/unsubscribe?e=ciara">Unsubscribe</a> · <a href="https://wildatlanticyoga.ie/privacy">Privacy</a>'])
    eml = mk.mail(rng, "news@wildatlanticyoga.ie", "Wild Atlantic Yoga", "ciara.hynes@tidewatersoftware.ie",
                  "Winter timetable + 10% off team packages", D(2026, 12, 3), body_html=html,
                  extra_headers=["List-Unsubscribe: <https://wildatlanticyoga.ie/unsubscribe?e=ciara>", "Precedence: bulk"])
    add("wildatlantic", "x14", "Mailchimp", "en", "none", "news@wildatlanticyoga.ie", ["ciara.hynes@tidewatersoftware.ie"], eml,
        why="A newsletter with a price list and a discount offer; nothing is billed.",
        note="Irish: the same firm and recipient as an invoice of this set, prices with VAT, the CRO and VAT numbers in the footer.")

    # X15 — Bramble & Finch forwards its printer's bill to its own bookkeeper.
    ib_sup = iban("GB")
    issue = D(2026, 11, 28)
    rows = [("A-board posters, 4 x A1 gloss", "4", 2250, 9000), ("Menu cards, 300gsm, 500 pcs", "1", 11800, 11800)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    pg = invoice_pdf(0, ("Avon Print Works Ltd", ["Unit 2, Feeder Road", "Bristol BS2 0SB", "VAT GB 117 3388 02"]),
                     ["Bramble & Finch Design Ltd", "3 Kings Yard", "Bath BA1 1QR"], "Invoice",
                     [("Invoice", "APW-55120"), ("Date", ds("en", issue)), ("Due", ds("en", D(2026, 12, 28)))],
                     ["Description", "Qty", "Price", "Total"], rows,
                     [("Net", net, False), ("VAT 20%", tax, False), ("Total", net + tax, True)],
                     ["Pay to Avon Print Works Ltd, IBAN %s" % sp(ib_sup)], ["Avon Print Works Ltd · Co. no. 03882410"], "GBP", "en")
    body = ("Hi Jo,\n\nForwarding the printer's bill for the Old Forge job - can you pay this one in the next run? It's been recharged\n"
            "to the client on BF-0882.\n\nThanks,\nNed\n\nNed Finch | Bramble & Finch Design Ltd | 01225 310 884\n\n"
            "---------- Forwarded message ---------\nFrom: Avon Print Works <accounts@avonprintworks.co.uk>\nDate: Sat, 28 Nov 2026\n"
            "Subject: Invoice APW-55120\nTo: studio@brambleandfinch.co.uk\n\nPlease find attached invoice APW-55120. Many thanks.")
    eml = mk.mail(rng, "ned@brambleandfinch.co.uk", "Ned Finch", who("Jo Kemp", "jo@kempbookkeeping.co.uk"),
                  "Fwd: Invoice APW-55120", D(2026, 11, 30), body_text=body, pdf=True)
    add("bramble", "x15", "Gmail", "en", "none", "ned@brambleandfinch.co.uk", ["jo@kempbookkeeping.co.uk"], eml, [pg], "APW-55120.pdf",
        why="A supplier's invoice addressed to the firm, forwarded to its own bookkeeper to pay; the firm is the debtor here, not the creditor.",
        note="A complete invoice PDF from the firm's billing domain, but it is the firm's supplier's, addressed to the firm itself.")

    # X16 — Harcourt IT: a timesheet for approval, as a CSV.
    ib = IB["harcourt"]
    csv = ("date,engineer,task,hours\n2026-12-01,Callum Reid,Server room cabling,4.0\n2026-12-03,Callum Reid,Backup restore test,2.5\n").encode()
    html = outlook_html(["Hi Rebecca,", "",
                         "Before we invoice the December project work, could you approve the attached timesheet (6.5 hours so far)?",
                         "Reply 'approved' and it'll go on the month-end invoice at the usual £75/hour.", "", "Many thanks,"],
                        ["<b>Tom Harcourt</b> | Director", "Harcourt IT Services Ltd", "Unit 4, Sheepscar Court, Leeds LS7 2BB",
                         "T 0113 496 0721", "Company no. 08812346 | VAT GB 301 4429 87", "harcourt-it.co.uk",
                         '<a href="https://www.linkedin.com/company/harcourt-it">LinkedIn</a> | <a href="https://x.com/harcourtit">X</a>'],
                        disclaimer=["This email and any attachments are confidential and may be legally privileged.",
                                    "Please consider the environment before printing this email."])
    eml = mk.mail(rng, "tom@harcourt-it.co.uk", "Tom Harcourt", who("Rebecca Lowe", "practice.manager@penninedental.co.uk"),
                  "Timesheet for approval - December project", D(2026, 12, 4), body_html=html,
                  extra_parts=[("image/png", "image001.png", PNG), ("text/csv", "timesheet_dec.csv", csv)])
    add("harcourt", "x16", "Outlook", "en", "none", "tom@harcourt-it.co.uk", ["practice.manager@penninedental.co.uk"], eml,
        why="A timesheet sent for approval before invoicing; the hours go on a later invoice.",
        note="The same Outlook signature table as the firm's invoice, an hourly rate and hours, a CSV attachment; no amount due.")

    # X17 — Liffey Training: the invoice follows next week.
    body = ("Hi Conor,\n\nQuick one: the invoice for the January workshops (€1,869.60 incl. VAT) will follow next week once the dates are\n"
            "confirmed with your board. No need to do anything until then.\n\nAll the best,\nNuala\n\n"
            "Nuala Brennan | Director | Liffey Training Ltd\nCRO 655310 | VAT IE 3589112LH")
    eml = mk.mail(rng, "nuala@liffeytraining.ie", "Nuala Brennan", who("Conor Daly", "cdaly@brightwatercu.ie"),
                  "January workshops - invoice to follow", D(2026, 12, 4), body_text=body)
    add("liffey", "x17", "Outlook", "en", "none", "nuala@liffeytraining.ie", ["cdaly@brightwatercu.ie"], eml,
        why="Announces that an invoice will follow next week; no invoice yet.",
        note="Irish: an amount incl. VAT and 'invoice' in the subject, from the same sender as an invoice of this set.")


def de_not():
    # X18 — Bürowelt Hansen: the Lieferschein alone, the invoice follows separately.
    ib = IB["hansen"]
    ls = doc_pdf("Lieferschein LS-26-0958", ["Kunde: Hafenapotheke Mürwik, Mürwiker Str. 88, 24943 Flensburg", "Liefertermin: 03.12.2026",
                                             "Ihre Bestellung vom 27.11.2026", "", "Menge  Artikel", "2      Rollcontainer 3 Schubladen, weiß",
                                             "1      Aktenschrank abschließbar 100 cm", "", "Die Rechnung erhalten Sie gesondert per E-Mail."],
                 heading=["Bürowelt Hansen GmbH", "Lise-Meitner-Str. 7 · 24941 Flensburg"])
    html = outlook_html(["Sehr geehrter Herr Thomsen,", "", "anbei der Lieferschein zur heutigen Lieferung. Die Rechnung folgt in den nächsten Tagen.", "",
                         "Mit freundlichen Grüßen"],
                        ["<b>Birte Carstensen</b>", "Auftragsabwicklung", "Bürowelt Hansen GmbH", "Lise-Meitner-Str. 7 · 24941 Flensburg",
                         "Tel. 0461 480 77 12 · Fax 0461 480 77 99", "Sitz der Gesellschaft: Flensburg · Amtsgericht Flensburg HRB 8812 FL",
                         "Geschäftsführer: Jens Hansen · USt-IdNr. DE 281 447 903", "Bankverbindung: IBAN %s" % sp(ib)],
                        disclaimer=["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
                                    "This e-mail contains confidential information. If you are not the intended recipient, please notify the sender immediately."])
    eml = mk.mail(rng, "b.carstensen@buerowelt-hansen.de", "Birte Carstensen", who("Lars Thomsen", "einkauf@hafenapotheke-muerwik.de"),
                  "Lieferschein LS-26-0958", D(2026, 12, 3), body_html=html, pdf=True, extra_parts=[("image/png", "image001.png", PNG)])
    add("hansen", "x18", "Outlook", "de", "none", "b.carstensen@buerowelt-hansen.de", ["einkauf@hafenapotheke-muerwik.de"], eml, [ls],
        "Lieferschein LS-26-0958.pdf",
        why="A delivery note (Lieferschein) without prices; the invoice follows separately.",
        note="The same Outlook signature with HRB, USt-IdNr. and IBAN as the firm's invoice; a PDF with a number and a date.")

    # X19 — Grünpflege Wieland asks for the order number before invoicing.
    body = ("Sehr geehrte Frau Kästner,\n\nfür die Rechnung zum Winterdienst-Vertrag Johannesstraße 40 benötigen wir noch Ihre Bestellnummer.\n"
            "Ohne Bestellnummer werden unsere Rechnungen laut Ihrer Buchhaltung zurückgewiesen. Die Pauschale beträgt wie vereinbart 1.380,00 € netto.\n\n"
            "Mit freundlichen Grüßen\ni. A. Sabine Röder\nSekretariat\n\nGrünpflege Wieland GmbH & Co. KG\nAm Anger 4 · 99084 Erfurt\n"
            "Tel. 0361 600 21 40\nUSt-IdNr. DE 298 113 645\nÖffnungszeiten Büro: Mo–Fr 7:30–15:00 Uhr")
    eml = mk.mail(rng, "sekretariat@gruenpflege-wieland.de", "Sekretariat Grünpflege Wieland", who("Hausverwaltung Kästner", "rechnungen@hv-kaestner.de"),
                  "Bestellnummer Winterdienst Johannesstraße 40", D(2026, 12, 2), body_text=body)
    add("wieland", "x19", "Outlook", "de", "none", "sekretariat@gruenpflege-wieland.de", ["rechnungen@hv-kaestner.de"], eml,
        why="A request for the order number before the invoice is written; nothing is invoiced yet.",
        note="Sent to the customer's invoice mailbox with 'Rechnung' three times and a net amount; the same i. A. signature as the firm's invoice.")

    # X20 — Alpenbau Events: an Angebot.
    ib = IB["alpenbau"]
    issue = D(2026, 12, 1)
    rows = [("Messestand 24 m², Systembau inkl. Grafik", "1", 960000, 960000), ("Auf- und Abbau", "1", 120000, 120000)]
    net = sum(r[3] for r in rows)
    tax = vat(net, 20)
    pg = invoice_pdf(1, ("Alpenbau Events GmbH", ["Mariahilfer Straße 122", "1070 Wien", "FN 488213 k · UID ATU73318842"]),
                     ["Nordlicht Robotics GmbH", "z. Hd. Frau Ingrid Sørensen", "Wagramer Straße 19", "1220 Wien"], "Angebot",
                     [("Angebotsnummer", "AN-2026-077"), ("Datum", ds("de", issue)), ("Gültig bis", ds("de", D(2027, 1, 15)))],
                     ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"], rows,
                     [("Summe netto", net, False), ("USt 20 %", tax, False), ("Angebotssumme", net + tax, True)],
                     ["Zahlungsbedingungen: 50 % bei Auftrag, Rest 14 Tage nach Messeende.", "Bankverbindung: %s" % sp(ib)],
                     ["Alpenbau Events GmbH · Handelsgericht Wien · www.alpenbau-events.at"], "EUR", "de")
    body = ("Sehr geehrte Frau Sørensen, dear Ms Sørensen,\n\n"
            "wie besprochen unser Angebot für die Hannover Messe 2027.\nAs discussed, please find our quote for Hannover Messe 2027 attached.\n\n"
            "Mit freundlichen Grüßen / Kind regards\n\nMag. Florian Huber\nAlpenbau Events GmbH\nMariahilfer Straße 122, 1070 Wien\n"
            "T +43 1 523 88 40\nFN 488213 k | Handelsgericht Wien | UID ATU73318842")
    eml = mk.mail(rng, "f.huber@alpenbau-events.at", "Florian Huber", who("Ingrid Sørensen", "ingrid.sorensen@nordlicht-robotics.com"),
                  "Angebot / Quote AN-2026-077", issue, body_text=body, pdf=True)
    add("alpenbau", "x20", "Outlook", "de", "none", "f.huber@alpenbau-events.at", ["ingrid.sorensen@nordlicht-robotics.com"], eml, [pg],
        "AN-2026-077.pdf",
        why="A quote (Angebot) valid until a date; nothing is owed until it is accepted.",
        note="Austrian: the same bilingual cover and layout as the firm's invoice, a payment term and the IBAN on the quote.")

    # X21 — Pianoservice Bachmann: new bank details.
    ib_old = IB["bachmann"]
    ib_new = iban("CH")
    body = ("Grüezi mitenand\n\nAb sofort habe ich ein neues Geschäftskonto bei der Zürcher Kantonalbank:\n"
            "neu: %s (Pianoservice Bachmann, 8008 Zürich)\nbisher: %s\n\n"
            "Bitte passen Sie Ihre Stammdaten an. Offene Rechnungen mit dem alten QR-Teil können Sie noch bis Ende Januar bezahlen.\n\n"
            "Freundliche Grüsse\nUrs Bachmann\nPianoservice Bachmann · Seefeldstrasse 45 · 8008 Zürich\nCHE-114.902.337 MWST\n\n"
            "Von meinem iPhone gesendet" % (sp(ib_new), sp(ib_old)))
    eml = mk.mail(rng, "urs@pianoservice-bachmann.ch", "Urs Bachmann", "Kundinnen und Kunden <urs@pianoservice-bachmann.ch>",
                  "Neue Bankverbindung", D(2026, 12, 1), body_text=body)
    add("bachmann", "x21", "iPhone", "de", "none", "urs@pianoservice-bachmann.ch", ["sekretariat@musikschule-zuerichsee.ch", "info@kirche-enge.ch"], eml,
        why="A notice of new bank details; it asks for no payment.",
        note="Swiss: two IBANs, 'Offene Rechnungen' and 'QR-Teil' in a sentence, sent to customers in Bcc.")

    # X22 — Lindqvist: payment received.
    body = ("Sehr geehrter Herr Brandt,\n\nvielen Dank, Ihre Zahlung zur Rechnung L-2026-0388 über %s ist heute eingegangen.\n"
            "Die Rechnung ist damit vollständig beglichen.\n\nMit freundlichen Grüßen\nKarin Lindqvist\n\n--\nÜbersetzungsbüro Lindqvist\n"
            "ermächtigte Übersetzerin für Englisch und Schwedisch\nGrindelallee 100 · 20146 Hamburg · +49 40 4418 2270\nMitglied im BDÜ"
            % m("EUR", "de", DUE["lindqvist"]))
    eml = mk.mail(rng, "info@lindqvist-uebersetzungen.de", "Übersetzungsbüro Lindqvist", who("Jan Brandt", "j.brandt@hafenlogistik-elbe.de"),
                  "Zahlungseingang L-2026-0388", D(2026, 12, 4), body_text=body)
    add("lindqvist", "x22", "Thunderbird", "de", "none", "info@lindqvist-uebersetzungen.de", ["j.brandt@hafenlogistik-elbe.de"], eml,
        why="A confirmation that the invoice has been paid; nothing is due.",
        note="The invoice's number and full amount with 'Rechnung' twice, from the same sender as an invoice of this set.")

    # X23 — Timo Rasch's own typed reminder.
    ib = IB["rasch"]
    body = ("Hallo Herr Neumann,\n\nkurze Erinnerung: Meine Rechnung Nr. 2026-41 vom 15.10.2026 über 1.428,00 € ist seit dem 29.10. fällig.\n"
            "Vielleicht ist sie untergegangen? Ich freue mich über eine kurze Rückmeldung oder die Überweisung.\n\nViele Grüße\nTimo Rasch\n\n"
            "-- \nTimo Rasch – Beratung & Moderation\nRote Straße 9 · 21335 Lüneburg\nMobil 0170 552 18 43\n"
            "Steuernummer 33/140/05519 · USt-IdNr. DE 322 871 406\nIBAN %s · GLS Bank\nwww.timorasch.de · LinkedIn · Xing" % sp(ib))
    eml = mk.mail(rng, "post@timorasch.de", "Timo Rasch", who("Bernd Neumann", "b.neumann@ihk-lueneburg-kunden.de"),
                  "Erinnerung Rechnung 2026-41", D(2026, 12, 1), body_text=body)
    add("rasch", "x23", "Thunderbird", "de", "none", "post@timorasch.de", ["b.neumann@ihk-lueneburg-kunden.de"], eml,
        why="The business's own reminder about an earlier invoice; not a new invoice.",
        note="Number, date, amount and due date of an old invoice in one sentence, with the IBAN in the signature.")

    # X24 — Clean & Shine: a Stundenzettel for approval.
    body = ("Hallo Herr Krüger,\n\nanbei die Stunden für Dezember bis heute zur Freigabe:\n\n"
            "01.12. Sozialräume 2,0 Std.\n03.12. Sozialräume 2,0 Std.\n04.12. Werkstattboden Maschine (pauschal)\n\n"
            "Wenn alles passt, geben Sie bitte kurz Bescheid, dann schreibe ich Ende des Monats die Rechnung.\n\n"
            "Freundliche Grüße\nAylin Demir\nClean & Shine Münster")
    eml = mk.mail(rng, "a.demir@cleanandshine-muenster.de", "Aylin Demir", who("Sven Krüger", "info@krueger-kfz.de"),
                  "Stundenzettel Dezember zur Freigabe", D(2026, 12, 5), body_text=body)
    add("cleanshine", "x24", "Android", "de", "none", "a.demir@cleanandshine-muenster.de", ["info@krueger-kfz.de"], eml,
        why="Hours sent for approval; the invoice is written at the end of the month.",
        note="A typed list of dates and hours to the same customer as an invoice of this set; no amounts.")

    # X25 — Drucklufttechnik Südbayern sends its AGB alone.
    ib = IB["druckluft"]
    agb = doc_pdf("Allgemeine Geschäftsbedingungen (Stand 01/2027)",
                  ["§ 1 Geltungsbereich", "Diese AGB gelten für alle Wartungs- und Serviceaufträge gegenüber Unternehmern.", "",
                   "§ 6 Zahlung", "Rechnungen sind innerhalb von 30 Tagen netto zahlbar; bei Zahlung binnen 8 Tagen 2 % Skonto.",
                   "Zahlungen auf IBAN %s." % sp(ib), "", "§ 9 Gerichtsstand", "Gerichtsstand ist Augsburg."],
                  heading=["Drucklufttechnik Südbayern GmbH", "Haunstetter Str. 101 · 86161 Augsburg · HRB 28177"])
    html = outlook_html(["Sehr geehrte Kundin, sehr geehrter Kunde,", "",
                         "zum Jahreswechsel haben wir unsere Allgemeinen Geschäftsbedingungen aktualisiert. Sie finden sie im Anhang.", "",
                         "Mit freundlichen Grüßen"],
                        ["<b>Michaela Gruber</b> | Kundendienst", "<b>Drucklufttechnik Südbayern GmbH</b>", "Haunstetter Str. 101 · 86161 Augsburg",
                         "Tel. +49 821 455 09 0", "Amtsgericht Augsburg HRB 28177 · Geschäftsführer: Peter Lechner", "USt-IdNr. DE 811 390 227",
                         "Stadtsparkasse Augsburg · IBAN %s" % sp(ib)],
                        disclaimer=["Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken. Please consider the environment before printing this e-mail."])
    eml = mk.mail(rng, "kundendienst@druckluft-suedbayern.de", "Drucklufttechnik Südbayern", who("Emre Yilmaz", "e.yilmaz@metallbau-yilmaz.de"),
                  "Aktualisierte AGB 2027", D(2026, 12, 3), body_html=html, pdf=True, extra_parts=[("image/png", "image001.png", PNG)])
    add("druckluft", "x25", "Outlook", "de", "none", "kundendienst@druckluft-suedbayern.de", ["e.yilmaz@metallbau-yilmaz.de"], eml, [agb],
        "AGB_2027.pdf",
        why="The general terms sent on their own; they state payment terms but bill nothing.",
        note="An AGB PDF with Skonto terms and the IBAN, under the same signature table as the firm's body invoice.")


# ================================================================ checks and output

def text_of(r):
    """The mail's and its PDFs' text, tags stripped: what a reader could see."""
    eml = re.sub(r"^[A-Za-z0-9+/=]{16,}$", "", r["eml"], flags=re.M)     # attachments' base64
    out = [re.sub(r"<[^>]+>", "\n", eml)]
    for k in ("pdf", "pdf2"):
        if r.get(k):
            out += [it["text"] for pg in r[k]["pages"] for it in pg["items"] if it["size"] >= 9]
    return "\n".join(out)


def check(records):
    mk.check_labels(records)
    for r in records:   # each reference printed, those in groups labelled without their spaces
        e = r["expected"]
        if e and e["payment_reference"]:
            t = r["eml"] + json.dumps(r.get("pdf"), ensure_ascii=False)
            assert e["payment_reference"] in t or e["payment_reference"] in t.replace(" ", ""), r["id"]
    ids = [r["id"] for r in records]
    assert ids == ["inv-hold24-%03d" % (k + 1) for k in range(len(records))], "ids in order"
    inv = [r for r in records if r["is_invoice"]]
    assert len(records) == 75 and len(inv) == 50, (len(records), len(inv))
    lang = lambda rs, l: sum(1 for r in rs if r["lang"] == l)
    assert (lang(inv, "nl"), lang(inv, "en"), lang(inv, "de")) == (20, 15, 15)
    nots = [r for r in records if not r["is_invoice"]]
    assert (lang(nots, "nl"), lang(nots, "en"), lang(nots, "de")) == (9, 8, 8)
    kinds = [r["kind"] for r in inv]
    assert (kinds.count("pdf"), kinds.count("body-text"), kinds.count("body-html")) == (25, 13, 12), kinds
    assert all(r["kind"] == "none" for r in nots)
    for r in records:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        to = re.search(r"^To: (.*)$", r["eml"], re.M).group(1)
        e = r["expected"]
        if e:
            assert e["debtor_email"] in to and e["debtor_email"] in r["envelope"]["rcpt_to"], r["id"]
            assert abs(e["amount_due_cents"]) <= abs(e["amount_total_cents"]), r["id"]
            assert e["language"] == r["lang"], r["id"]
            assert ("@@PDF@@" in r["eml"]) == (r["kind"] == "pdf"), r["id"]
        assert ("@@PDF@@" in r["eml"]) == ("pdf" in r), r["id"]
        assert ("@@PDF2@@" in r["eml"]) == ("pdf2" in r), r["id"]
        for k in ("pdf", "pdf2"):
            for pg in (r[k]["pages"] if r.get(k) else []):
                rows = {}
                for it in pg["items"]:
                    w = est_width(it["text"], it["size"], it["bold"])
                    x0 = it["x"] - w if it["align"] == "right" else it["x"]
                    assert 20 <= x0 and x0 + w <= 575 and 20 <= it["y"] <= 822, (r["id"], it["text"], x0, w)
                    rows.setdefault(it["y"], []).append((x0, x0 + w, it["text"]))
                for y, spans in rows.items():
                    spans.sort()
                    for a, b in zip(spans, spans[1:]):
                        assert a[1] <= b[0] + 1, (r["id"], y, a[2], b[2])
    # no sentence over 45 characters shared by mails of two different firms
    seen = {}
    for firm, r in FIRMED:
        for s in set(x.strip(" >-*|") for ln in text_of(r).split("\n") for x in re.split(r"(?<=[.!?])\s+", ln)):
            if len(s) > 45 and not s.startswith(("Content-", "Message-ID", "Date:", "<")) and "{" not in s:
                other = seen.setdefault(s, firm)
                assert other == firm, (r["id"], s)


FIRMED = []


def main():
    nl_pdf()
    nl_body()
    en_pdf()
    en_body()
    de_pdf()
    de_body()
    nl_not()
    en_not()
    de_not()
    order = list(RECORDS)
    rng.shuffle(order)
    records = []
    for k, (firm, r) in enumerate(order):
        r["id"] = "inv-hold24-%03d" % (k + 1)
        records.append(r)
        FIRMED.append((firm, r))
    check(records)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout24.jsonl")
    mk.write(out, records)
    with open(out, encoding="utf-8") as f:
        back = [json.loads(ln) for ln in f]
    assert [r["id"] for r in back] == [r["id"] for r in records]
    print("wrote %d records (%d invoices) to %s" % (len(records), sum(r["is_invoice"] for r in records), os.path.normpath(out)))


if __name__ == "__main__":
    main()
