"""heldout15: the same small-business invoice as each country writes it — Netherlands,
Flanders, Germany, Austria, German-speaking Switzerland, the UK and Ireland, and a few
invoices across their borders — and 25 mails from the same billing addresses that are
not invoices.  Seed 20261215.  Written from a brief built around borders and national
conventions; all names, firms, numbers and accounts are invented.

Run: python3 corpus/invoices/gen/heldout15.py  (writes corpus/invoices/heldout15.jsonl)"""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import mailkit as mk  # noqa: E402

rng = random.Random(20261215)
D = dt.date

# ---------------------------------------------------------------- numbers and accounts

BANKS = {
    "NL": ["ABNA", "RABO", "INGB", "TRIO", "KNAB", "SNSB", "ASNB", "BUNQ"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
    "IE": ["AIBK", "BOFI", "IPBS"],
}


def _check(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def iban(country, qr=False, bank=None):
    n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if country == "NL":
        bban = (bank or rng.choice(BANKS["NL"])) + n(10)
    elif country == "DE":
        bban = n(18)
    elif country == "BE":
        b10 = (bank or rng.choice(["001", "068", "363", "735", "143", "751"])) + n(7)
        bban = b10 + "%02d" % (int(b10) % 97 or 97)
    elif country == "AT":
        bban = rng.choice(["20111", "32000", "12000", "14000", "34000"]) + n(11)
    elif country == "CH":
        bban = (str(rng.randint(30000, 31999)) if qr else rng.choice(["00700", "00230", "08390", "80808"])) + n(12)
    elif country == "GB":
        bban = (bank or rng.choice(BANKS["GB"])) + n(14)
    elif country == "IE":
        bban = rng.choice(BANKS["IE"]) + n(14)
    return _check(country, bban)


def sp(i):
    return mk.iban_spaced(i)


def be_struct():
    """A Belgian structured communication: 10 digits and their mod-97 check."""
    base = rng.randint(10 ** 9, 10 ** 10 - 1)
    c = base % 97 or 97
    s = "%010d%02d" % (base, c)
    # Labelled as printed, +++ and slashes kept: the corpus's convention for a Belgian
    # structured communication (set by the merger before the first run).
    printed = "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])
    return printed, printed


def be_vat():
    f8 = rng.randint(2000000, 9999999)
    s = "0%07d%02d" % (f8, 97 - f8 % 97)
    return "BE%s.%s.%s" % (s[:4], s[4:7], s[7:])


def qr_ref():
    """A 27-digit QR reference with its recursive mod-10 check digit."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    body = "".join(rng.choice("0123456789") for _ in range(26))
    carry = 0
    for ch in body:
        carry = table[(carry + int(ch)) % 10]
    s = body + str((10 - carry) % 10)
    return s, s[:2] + " " + " ".join(s[k:k + 5] for k in range(2, 27, 5))


def rf_ref(base):
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    s = "RF%02d%s" % (98 - int(digits) % 97, base)
    return s, " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def nl_kenmerk():
    s = "".join(rng.choice("0123456789") for _ in range(16))
    return s, " ".join(s[k:k + 4] for k in range(0, 16, 4))


def n_digits(k):
    return "".join(rng.choice("0123456789") for _ in range(k))


# ---------------------------------------------------------------- money and dates

NL_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fd(d, st):
    if st == "nl-long":
        return "%d %s %d" % (d.day, mk.MONTHS["nl"][d.month - 1], d.year)
    if st == "nl-short":
        return "%d %s %d" % (d.day, NL_SHORT[d.month - 1], d.year)
    if st == "de-long":
        return "%d. %s %d" % (d.day, mk.MONTHS["de"][d.month - 1], d.year)
    if st == "en-long":
        return "%d %s %d" % (d.day, mk.MONTHS["en"][d.month - 1], d.year)
    if st == "en-ord":
        return "%s %s %d" % (ordinal(d.day), mk.MONTHS["en"][d.month - 1], d.year)
    return mk.date(d, st)


def money(c, st):
    if st == "nl":
        return "€ " + mk.money(c, "nl")
    if st == "nl-":  # EUR 1.234,- for whole euros
        return "EUR " + (mk.money(c, "nl")[:-3] + ",-" if c % 100 == 0 else mk.money(c, "nl"))
    if st == "be":
        return mk.money(c, "nl") + " EUR"
    if st == "be-sp":
        return mk.money(c, "sp") + " €"
    if st == "de":
        return mk.money(c, "de") + " €"
    if st == "de-eur":
        return mk.money(c, "de") + " EUR"
    if st == "at":
        return "€ " + mk.money(c, "de")
    if st == "ch":
        return "CHF " + mk.money(c, "ch")
    if st == "ch-eur":
        return "EUR " + mk.money(c, "ch")
    if st in ("gb", "uk"):
        return ("-£" if c < 0 else "£") + mk.money(abs(c), "en")
    if st == "ie":
        return ("-€" if c < 0 else "€") + mk.money(abs(c), "en")
    if st == "eur-en":
        return "EUR " + mk.money(c, "en")
    raise ValueError(st)


def bare(c, st):
    """The amount without its currency, as table cells print it."""
    if st in ("ch", "ch-eur"):
        return mk.money(c, "ch")
    if st in ("gb", "uk", "ie", "eur-en"):
        return mk.money(c, "en")
    if st == "be-sp":
        return mk.money(c, "sp")
    return mk.money(c, "nl")


def r5(c):
    return int((c + 2) // 5 * 5)


def half_up(x):
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def compute(items, swiss_round=False):
    """items: (description, qty, unit_cents, vat_percent). Returns lines, net, vat groups, total."""
    lines, net, groups = [], 0, {}
    for desc, q, u, v in items:
        amt = half_up(q * u)
        lines.append((desc, q, u, v, amt))
        net += amt
        groups[v] = groups.get(v, 0) + amt
    vats = [(v, b, half_up(b * v / 100.0)) for v, b in sorted(groups.items(), reverse=True)]
    total = net + sum(x[2] for x in vats)
    rounding = 0
    if swiss_round:
        rounding = r5(total) - total
        total += rounding
    return lines, net, vats, rounding, total


def qty(q, lang):
    if q == int(q):
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s.replace(".", ",") if lang in ("nl", "de") else s


def rate(v, lang):
    s = ("%g" % v)
    return s.replace(".", ",") if lang in ("nl", "de") else s


def q2047(s):
    if all(ord(c) < 128 for c in s):
        return s
    out = ""
    for ch in s:
        if ch == " ":
            out += "_"
        elif ord(ch) < 128 and ch not in "=?_":
            out += ch
        else:
            out += "".join("=%02X" % b for b in ch.encode("utf-8"))
    return "=?utf-8?q?%s?=" % out


def to_hdr(name, email):
    if name is None:
        return email
    n = name
    if any(c in n for c in ",.()&") or any(ord(c) > 127 for c in n):
        n = q2047(n) if any(ord(c) > 127 for c in n) else '"%s"' % n
    return "%s <%s>" % (n, email)


# ---------------------------------------------------------------- country words

L = {
    "nl": dict(lang="nl", title="Factuur", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               cust="Klantnummer", desc="Omschrijving", q="Aantal", up="Prijs", amt="Bedrag",
               net="Subtotaal", vat="Btw {r}%", total="Totaal", paid="Reeds betaald", todo="Te betalen",
               ref="Betalingskenmerk", rc="Btw verlegd"),
    "be": dict(lang="nl", title="FACTUUR", no="Factuurnr.", date="Factuurdatum", due="Vervaldag",
               cust="Klantnr.", desc="Omschrijving", q="Aantal", up="Eenheidsprijs", amt="Totaal excl. btw",
               net="Totaal excl. btw", vat="Btw {r}%", total="Totaal incl. btw", paid="Voorschot betaald",
               todo="Te betalen", ref="Mededeling", rc="Btw verlegd"),
    "de": dict(lang="de", title="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", due="Zahlbar bis",
               cust="Kundennummer", desc="Bezeichnung", q="Menge", up="Einzelpreis", amt="Gesamt",
               net="Nettobetrag", vat="zzgl. {r} % USt.", total="Rechnungsbetrag", paid="abzgl. Anzahlung",
               todo="Zahlbetrag", ref="Verwendungszweck", rc="Steuerschuldnerschaft des Leistungsempfängers"),
    "at": dict(lang="de", title="RECHNUNG", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               cust="Kundennr.", desc="Leistung", q="Menge", up="Einzelpreis", amt="Betrag",
               net="Summe netto", vat="USt {r} %", total="Gesamtbetrag", paid="abzüglich Akonto",
               todo="Offener Betrag", ref="Zahlungsreferenz", rc="Reverse Charge"),
    "ch": dict(lang="de", title="Rechnung", no="Rechnungs-Nr.", date="Datum", due="Zahlbar bis",
               cust="Kunden-Nr.", desc="Bezeichnung", q="Menge", up="Preis", amt="Total",
               net="Total exkl. MWST", vat="MWST {r} %", total="Total", paid="Anzahlung",
               todo="Zu bezahlen", ref="Referenz", rc=""),
    "uk": dict(lang="en", title="INVOICE", no="Invoice No.", date="Invoice date", due="Payment due",
               cust="Account ref", desc="Description", q="Qty", up="Unit price", amt="Amount",
               net="Subtotal", vat="VAT @ {r}%", total="Total", paid="Less deposit paid", todo="Balance due",
               ref="Payment reference", rc="Reverse charge"),
    "ie": dict(lang="en", title="Invoice", no="Invoice No", date="Date", due="Due date",
               cust="Customer", desc="Description", q="Qty", up="Rate", amt="Amount",
               net="Net", vat="VAT {r}%", total="Total", paid="Less paid on account", todo="Amount due",
               ref="Reference", rc="Reverse charge"),
    "xen": dict(lang="en", title="INVOICE", no="Invoice number", date="Invoice date", due="Due date",
                cust="Customer no.", desc="Description", q="Qty", up="Unit price", amt="Amount",
                net="Net amount", vat="VAT {r}%", total="Total", paid="Paid", todo="Amount due",
                ref="Payment reference", rc="VAT reverse charged"),
}


# ---------------------------------------------------------------- one invoice

RECORDS = []
COUNT = [0]


def rid():
    COUNT[0] += 1
    return "inv-hold15-%03d" % COUNT[0]


class Inv:
    def __init__(self, **k):
        self.__dict__.update(k)


def invoice(style, tool, kind, seller, sender, debtor, items, issue, number, term, money_st, date_st,
            debtor_label, debtor_email, business, ref=None, ref_print=None, ref_label=None, ibans=(),
            bic=None, footer=(), intro=None, subject=None, delay=0, paid=0, currency=None,
            swiss=False, qr=False, extra_fields=(), note="", vat_note=None, credit=False,
            pdf_name=None, pay_line=None, to_name=None, header_lines=(), cc_sender=None, lang=None):
    W = L[style]
    lang = lang or W["lang"]
    if currency is None:
        currency = {"ch": "CHF", "uk": "GBP", "gb": "GBP"}.get(money_st, "EUR")
    lines, net, vats, rounding, total = compute(items, swiss)
    due_amt = total - paid
    kind_of_term, tval = term[0], term[1]
    if kind_of_term == "days":
        due = issue + dt.timedelta(days=tval)
    elif kind_of_term == "date":
        due = tval
    elif kind_of_term == "now":
        due = issue
    else:
        due = None
    M = lambda c: money(c, money_st)  # noqa: E731
    B = lambda c: bare(c, money_st)  # noqa: E731
    F = lambda d: fd(d, date_st)  # noqa: E731

    # document header fields
    fields = [(W["no"], number), (W["date"], F(issue))]
    fields += list(extra_fields)
    if term[0] in ("days", "date") and len(term) > 2 and term[2]:
        fields.append((W["due"], F(due)))
    if ref_print and ref_label:
        fields.append((ref_label, ref_print))

    rows = []
    nlang = "en" if money_st.startswith("ch") else lang  # Swiss German writes 2.75 and 8.1 %
    for desc, q, u, v, a in lines:
        rows.append((desc, qty(q, nlang), B(u), B(a), rate(v, nlang)))
    tots = []
    exempt = all(x[0] == 0 for x in vats) and vat_note and any(
        w in vat_note for w in ("KOR", "§ 19", "Kleinunternehmer", "Vrijgesteld", "Nicht MWST"))
    if not exempt and (len(vats) > 1 or vats[0][0] != 0 or vat_note):
        tots.append((W["net"], M(net)))
        for v, b, x in vats:
            if v == 0 and vat_note:
                continue
            tots.append((W["vat"].format(r=rate(v, nlang)) + (" van " + B(b) if style in ("nl", "be") and len(vats) > 1 else ""), M(x)))
    if rounding:
        tots.append(("Rundungsdifferenz", M(rounding)))
    tots.append((W["total"], M(total)))
    if paid:
        tots.append((W["paid"], M(-paid)))
        tots.append((W["todo"], M(due_amt)))

    ex = mk.expected(number, -abs(due_amt) if credit else due_amt, -abs(total) if credit else total,
                     issue, due, debtor_label, debtor_email, ibans[0] if ibans else None, business, lang,
                     reference=ref, currency=currency, credit=credit)
    ex["due_date"] = due.isoformat() if due else None
    return dict(style=style, tool=tool, kind=kind, seller=seller, sender=sender, debtor=debtor,
                rows=rows, tots=tots, fields=fields, W=W, lang=lang, pay_line=pay_line, footer=footer,
                intro=intro, subject=subject, delay=delay, issue=issue, ex=ex, note=note, number=number,
                vat_note=vat_note, pdf_name=pdf_name, qr=qr, M=M, due_amt=due_amt, total=total,
                to_name=to_name, header_lines=header_lines, swiss=swiss, ibans=ibans, currency=currency,
                ref_print=ref_print, debtor_email=debtor_email, F=F, due=due, cc_sender=cc_sender)


def text_doc(v):
    """The invoice typed or generated into a plain-text body."""
    W = v["W"]
    out = list(v["seller"]) + [""]
    out.append(W["title"] if v["style"] not in ("uk",) else "INVOICE")
    out.append("")
    w = max(len(k) for k, _ in v["fields"]) + 2
    for k, val in v["fields"]:
        out.append((k + ":").ljust(w) + val)
    out.append("")
    if v["debtor"]:
        out += v["debtor"]
        out.append("")
    lefts = [d_ if q == "1" else "%s  %s x %s" % (d_, q, u) for d_, q, u, a, r in v["rows"]]
    dw = max(len(x) for x in lefts) + 2
    for left, row in zip(lefts, v["rows"]):
        out.append(left.ljust(dw) + row[3].rjust(12))
    out.append("")
    tw = max(len(k) for k, _ in v["tots"]) + 2
    for k, val in v["tots"]:
        out.append(k.ljust(tw) + val.rjust(16))
    if v["vat_note"]:
        out.append(v["vat_note"])
    out.append("")
    out += v["pay_line"]
    if v["footer"]:
        out.append("")
        out += v["footer"]
    return "\n".join(out)


def html_doc(v, accent="#2a6f97"):
    W = v["W"]
    h = ['<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">',
         '<table width="600" cellpadding="0" cellspacing="0" style="margin:auto">',
         '<tr><td style="padding:18px;background:%s;color:#fff;font-size:20px"><b>%s</b></td></tr>' % (accent, v["seller"][0])]
    h.append('<tr><td style="padding:14px">')
    for p in v["intro"]:
        h.append("<p>%s</p>" % p)
    h.append('<table cellpadding="4" style="border-collapse:collapse">')
    for k, val in v["fields"]:
        h.append("<tr><td>%s</td><td><b>%s</b></td></tr>" % (k, val))
    h.append("</table>")
    if v["debtor"]:
        h.append('<p style="color:#555">%s</p>' % "<br>".join(v["debtor"]))
    h.append('<table width="100%" cellpadding="5" style="border-collapse:collapse">')
    h.append('<tr style="border-bottom:1px solid #999"><th align="left">%s</th><th align="right">%s</th><th align="right">%s</th><th align="right">%s</th></tr>'
             % (W["desc"], W["q"], W["up"], W["amt"]))
    for d_, q, u, a, r in v["rows"]:
        h.append('<tr><td>%s</td><td align="right">%s</td><td align="right">%s</td><td align="right">%s</td></tr>' % (d_, q, u, a))
    for k, val in v["tots"]:
        h.append('<tr><td colspan="3" align="right">%s</td><td align="right"><b>%s</b></td></tr>' % (k, val))
    h.append("</table>")
    if v["vat_note"]:
        h.append('<p style="font-size:12px">%s</p>' % v["vat_note"])
    for p in v["pay_line"]:
        h.append("<p>%s</p>" % p)
    h.append('</td></tr><tr><td style="padding:12px;font-size:11px;color:#777">%s</td></tr>' % "<br>".join(v["footer"]))
    h.append("</table></body></html>")
    return "\n".join(h)


def pdf_doc(v, title=None):
    W = v["W"]
    p = mk.Page()
    y = 58
    p.text(56, y, v["seller"][0], 14, True)
    for s in v["seller"][1:]:
        y += 11
        p.text(56, y, s, 8)
    y = 150
    for s in v["debtor"]:
        p.text(56, y, s, 10)
        y += 13
    y = 150
    for k, val in v["fields"]:
        p.text(360, y, k, 8)
        p.right(539, y, val, 8)
        y += 12
    y = max(y, 150 + 13 * len(v["debtor"])) + 40
    p.text(56, y, title or W["title"], 16, True)
    y += 30
    p.text(56, y, W["desc"], 9, True)
    p.right(330, y, W["q"], 9, True)
    p.right(430, y, W["up"], 9, True)
    p.right(539, y, W["amt"], 9, True)
    p.rule(56, y + 4, 539, y + 4)
    y += 18
    for d_, q, u, a, r in v["rows"]:
        p.text(56, y, d_, 9)
        p.right(330, y, q, 9)
        p.right(430, y, u, 9)
        p.right(539, y, a, 9)
        y += 14
    p.rule(330, y - 6, 539, y - 6)
    y += 8
    for i, (k, val) in enumerate(v["tots"]):
        last = i == len(v["tots"]) - 1
        p.text(330, y, k, 10 if last else 9, last)
        p.right(539, y, val, 10 if last else 9, last)
        y += 14
    if v["vat_note"]:
        y += 6
        p.text(56, y, v["vat_note"], 8)
        y += 12
    y += 18
    for s in v["pay_line"]:
        p.text(56, y, s, 9)
        y += 12
    yf = 790
    for s in reversed(v["footer"]):
        p.text(297, yf, s, 7, align="center")
        yf -= 10
    pages = [p]
    if v["qr"]:
        pages.append(qr_page(v))
    return pages


def qr_page(v):
    """The QR-bill: receipt and payment part printed as text at the foot of a page."""
    q = v["qr"]
    p = mk.Page()
    p.text(56, 60, v["seller"][0], 12, True)
    p.text(56, 80, "Einzahlungsschein für Rechnung %s" % v["number"], 9)
    p.rule(0, 540, 595, 540)
    p.rule(175, 540, 175, 842)
    p.text(14, 560, "Empfangsschein", 11, True)
    p.text(14, 580, "Konto / Zahlbar an", 6, True)
    y = 590
    for s in [sp(q["iban"])] + q["creditor"]:
        p.text(14, y, s, 8)
        y += 9
    y += 6
    if q.get("ref"):
        p.text(14, y, "Referenz", 6, True)
        p.text(14, y + 10, q["ref"], 8)
        y += 26
    p.text(14, y, "Zahlbar durch", 6, True)
    y += 10
    for s in q["debtor"]:
        p.text(14, y, s, 8)
        y += 9
    p.text(14, 750, "Währung", 6, True)
    p.text(60, 750, "Betrag", 6, True)
    p.text(14, 760, q["cur"], 8)
    p.text(60, 760, q["amt"], 8)
    p.text(110, 790, "Annahmestelle", 6, True)
    p.text(190, 560, "Zahlteil", 11, True)
    p.text(190, 700, "[Swiss QR Code]", 8)
    p.text(190, 750, "Währung", 8, True)
    p.text(250, 750, "Betrag", 8, True)
    p.text(190, 762, q["cur"], 10)
    p.text(250, 762, q["amt"], 10)
    p.text(350, 560, "Konto / Zahlbar an", 8, True)
    y = 572
    for s in [sp(q["iban"])] + q["creditor"]:
        p.text(350, y, s, 10)
        y += 12
    y += 6
    if q.get("ref"):
        p.text(350, y, "Referenz", 8, True)
        p.text(350, y + 12, q["ref"], 10)
        y += 30
    if q.get("info"):
        p.text(350, y, "Zusätzliche Informationen", 8, True)
        p.text(350, y + 12, q["info"], 10)
        y += 30
    p.text(350, y, "Zahlbar durch", 8, True)
    y += 12
    for s in q["debtor"]:
        p.text(350, y, s, 10)
        y += 12
    return p


def emit(v, body_text=None, html=False, pdf=False, extra_headers=()):
    issue = v["issue"]
    maild = issue + dt.timedelta(days=v["delay"])
    subject = q2047(v["subject"])
    to = to_hdr(v["to_name"], v["debtor_email"])
    sender_name, sender = v["sender"]
    if html:
        eml = mk.mail(rng, sender, q2047(sender_name) if any(ord(c) > 127 for c in sender_name) else sender_name,
                      to, subject, maild, body_text=body_text, body_html=html_doc(v) if html is True else html,
                      extra_headers=extra_headers)
    else:
        eml = mk.mail(rng, sender, q2047(sender_name) if any(ord(c) > 127 for c in sender_name) else sender_name,
                      to, subject, maild, body_text=body_text, pdf=bool(pdf), extra_headers=extra_headers)
    rcpt = [v["debtor_email"]] + ([v["cc_sender"]] if v["cc_sender"] else [])
    rec = mk.record(rid(), v["tool"], v["lang"], v["kind"], {"mail_from": sender, "rcpt_to": rcpt}, eml,
                    pages=pdf if pdf else None, pdf_filename=v["pdf_name"], expected=v["ex"], note=v["note"])
    RECORDS.append(rec)
    return rec


def non_invoice(tool, lang, sender, to_name, to_email, subject, d, why, note, body=None, html=None,
                pages=None, pdf_name=None, extra_headers=()):
    sname, saddr = sender
    eml = mk.mail(rng, saddr, q2047(sname) if any(ord(c) > 127 for c in sname) else sname,
                  to_hdr(to_name, to_email), q2047(subject), d, body_text=body, body_html=html,
                  pdf=pages is not None, extra_headers=extra_headers)
    kind = "none"
    rec = mk.record(rid(), tool, lang, kind, {"mail_from": saddr, "rcpt_to": [to_email]}, eml,
                    pages=pages, pdf_filename=pdf_name, expected=None, why_not=why, note=note)
    RECORDS.append(rec)
    return rec


def send(v, mode, intro, sign, alt_text=False):
    """mode: 'text' (the invoice in the body), 'pdf' (short body + PDF), 'html' (a tool's HTML)."""
    if mode == "text":
        body = "\n".join(intro) + "\n\n" + text_doc(v) + "\n\n" + "\n".join(sign)
        return emit(v, body_text=body)
    if mode == "pdf":
        body = "\n".join(intro) + "\n\n" + "\n".join(sign)
        return emit(v, body_text=body, pdf=pdf_doc(v))
    v["intro"] = intro
    alt = None
    if alt_text:
        alt = "\n".join(intro) + "\n\n" + text_doc(v) + "\n\n" + "\n".join(sign)
    v["footer"] = list(v["footer"]) + list(sign)
    return emit(v, body_text=alt, html=True)


def nl_footer(kvk, btw, ibans, extra=()):
    s = "KvK %s · Btw-id %s" % (kvk, btw)
    return [s] + ["IBAN %s" % sp(i) for i in ibans] + list(extra)


DAY = dt.timedelta(days=1)

# ================================================================ NETHERLANDS (10 invoices)

# 1 gardener, eenmanszaak, typed in the mail, couple named by surname only
ib = iban("NL")
v = invoice("nl", "typed-mail", "body-text",
            ["Hoveniersbedrijf Groenewoud", "Dorpsstraat 41, 3956 KD Leersum"],
            ("Hoveniersbedrijf Groenewoud", "info@groenewoud-hoveniers.nl"),
            ["Dhr. en mevr. Kuipers", "Van Limburg Stirumlaan 8", "3958 VE Amerongen"],
            [("Snoeien leilinden en haag (2 man, 1 dag)", 16, 4250, 21), ("Afvoer groenafval", 1, 9500, 21),
             ("Boomschors 40 l", 12, 650, 9)],
            D(2026, 11, 12), "2026-118", ("days", 14), "nl", "nl-long", "Dhr. en mevr. Kuipers",
            "kuipers.amerongen@ziggo.nl", False, ibans=[ib],
            footer=nl_footer("58213907", "NL002184733B58", []), to_name="Fam. Kuipers",
            subject="Factuur snoeiwerk november",
            pay_line=["Graag het bedrag binnen 14 dagen na factuurdatum overmaken op",
                      "%s t.n.v. Hoveniersbedrijf Groenewoud, o.v.v. het factuurnummer." % sp(ib)],
            note="Typed by the gardener: 9% and 21% lines, term in days from the invoice date, a couple named by surname only (label keeps 'Dhr. en mevr.'); 'o.v.v. factuurnummer' is no labelled reference.")
send(v, "text", ["Beste meneer en mevrouw Kuipers,", "",
                 "Hierbij de factuur voor het snoeiwerk van vorige week. Fijn dat we weer mochten komen!"],
     ["Met groene groet,", "Bart Groenewoud", "06-41873302"])

# 2 web studio VOF -> BV, PDF, betalingskenmerk, two accounts
ib1, ib2 = iban("NL", bank="INGB"), iban("NL", bank="RABO")
ken, kenp = nl_kenmerk()
v = invoice("nl", "word-pdf", "pdf",
            ["Studio Pixelveld VOF", "Oudegracht 212-bis · 3511 NT Utrecht", "administratie@pixelveld.nl · 030 231 44 80"],
            ("Studio Pixelveld administratie", "administratie@pixelveld.nl"),
            ["Koffiebranderij De Boon B.V.", "t.a.v. crediteurenadministratie", "Industrieweg 17", "4104 AR Culemborg"],
            [("Ontwikkeling webshop fase 2 (vast bedrag)", 1, 385000, 21), ("Hosting en onderhoud okt-dec", 3, 4500, 21),
             ("Extra uren fotobewerking", 6.5, 7500, 21)],
            D(2026, 11, 2), "PV26-0093", ("days", 30, True), "nl", "dmy-", "Koffiebranderij De Boon B.V.",
            "crediteuren@koffiebranderijdeboon.nl", True, ref=ken, ref_print=kenp, ref_label="Betalingskenmerk",
            ibans=[ib1, ib2], extra_fields=[("Klantnummer", "K-0412")],
            footer=["Studio Pixelveld VOF · KvK 71230985 · Btw-id NL859302117B01",
                    "ING %s · Rabobank %s" % (sp(ib1), sp(ib2))],
            subject="Factuur PV26-0093 van Studio Pixelveld", pdf_name="Factuur_PV26-0093.pdf",
            pay_line=["Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op een van onze rekeningen,",
                      "onder vermelding van het betalingskenmerk %s." % kenp],
            note="Two accounts printed (ING first, then Rabobank; label takes the first printed); a 16-digit betalingskenmerk in groups, labelled without spaces.")
send(v, "pdf", ["Goedemiddag,", "", "In de bijlage vindt u factuur PV26-0093 voor fase 2 van de webshop.",
                "Vragen over de factuur? Mail gerust terug."], ["Met vriendelijke groet,", "", "Sanne Veld", "Studio Pixelveld"])

# 3 physiotherapist, VAT exempt, tool HTML, term in words
ib = iban("NL")
v = invoice("nl", "praktijk-html", "body-html",
            ["Fysiotherapie Aan de Vliet"], ("Fysiotherapie Aan de Vliet", "facturen@fysioaandevliet.nl"),
            ["Mw. R. El Idrissi", "Hooigracht 22", "2312 KP Leiden"],
            [("Behandeling fysiotherapie 03-11-2026", 1, 4200, 0), ("Behandeling fysiotherapie 10-11-2026", 1, 4200, 0),
             ("Behandeling fysiotherapie 17-11-2026", 1, 4200, 0), ("Dry needling toeslag", 1, 1500, 0)],
            D(2026, 11, 20), "2026/03318", ("days", 30), "nl", "dmy-", "R. El Idrissi",
            "rachida.elidrissi@gmail.com", False, ibans=[ib],
            footer=["Fysiotherapie Aan de Vliet · Vlietweg 4 · 2323 LB Leiden · KvK 27184301 · AGB 04-091823"],
            vat_note="Vrijgesteld van btw op grond van art. 11 lid 1 onder g Wet OB.",
            subject="Uw nota van Fysiotherapie Aan de Vliet (2026/03318)", to_name="R. El Idrissi",
            pay_line=["Wij verzoeken u deze nota binnen dertig dagen te voldoen op rekening %s" % sp(ib),
                      "ten name van Fysiotherapie Aan de Vliet. Uw zorgverzekeraar vergoedt mogelijk een deel; dien de nota dan zelf in."],
            note="'Nota' not 'factuur'; VAT-exempt care, no VAT lines; term 'binnen dertig dagen' in words.")
send(v, "html", ["Beste mevrouw El Idrissi,", "Hieronder vindt u de nota voor uw behandelingen in november."],
     ["Met vriendelijke groet, het team van Fysiotherapie Aan de Vliet"])

# 4 painter -> VvE, PDF, RF reference, 9% labour on old dwelling
ib = iban("NL")
rf, rfp = rf_ref("2611" + n_digits(6))
v = invoice("nl", "excel-pdf", "pdf",
            ["Schildersbedrijf J. van Rijswijk", "Kanaalweg 9 · 2903 LR Capelle aan den IJssel", "KvK 24318876 · btw NL001772618B02"],
            ("J. van Rijswijk Schilders", "facturatie@vanrijswijkschilders.nl"),
            ["VvE Parkflat Rozenburg", "p/a Beheerkantoor Maasoever", "Postbus 3120", "3003 AC Rotterdam"],
            [("Schilderwerk trappenhuis A+B, arbeid", 46, 5250, 9), ("Verf en materialen", 1, 128760, 21),
             ("Steiger/hoogwerker huur 3 dagen", 3, 18500, 21)],
            D(2026, 10, 30), "F2026-057", ("date", D(2026, 11, 27), True), "nl", "dmy-", "VvE Parkflat Rozenburg",
            "vve.parkflat@beheermaasoever.nl", True, ref=rf, ref_print=rfp, ref_label="Betalingskenmerk",
            ibans=[ib], delay=4, footer=["IBAN %s · BIC %s" % (sp(ib), ib[4:8] + "NL2A")],
            subject="Factuur F2026-057 schilderwerk trappenhuizen", pdf_name="F2026-057.pdf",
            pay_line=["Betaling vóór de vervaldatum op %s onder vermelding van %s." % (sp(ib), rfp)],
            note="An RF creditor reference labelled 'Betalingskenmerk' printed in groups; mailed four days after the invoice date; 9% labour and 21% materials.")
send(v, "pdf", ["Geachte heer, mevrouw,", "", "Bijgaand onze factuur voor het schilderwerk in de trappenhuizen, zoals besproken met het bestuur."],
     ["Met vriendelijke groet,", "Jeroen van Rijswijk"])

# 5 wholesale to a market trader, 'contant'
ib = iban("NL")
v = invoice("nl", "snelstart-like-text", "body-text",
            ["Groothandel Kaas & Zo B.V.", "Veilingweg 3, 2651 BE Berkel en Rodenrijs"],
            ("Kaas & Zo verkoop", "verkoop@kaasenzo.nl"),
            ["Kaashandel Ozdemir", "Marktkraam Afrikaanderplein", "Rotterdam"],
            [("Goudse jong belegen 12 kg", 4, 8940, 9), ("Oude Leidse komijn 8 kg", 2, 10120, 9), ("Kaaspapier rol", 2, 1450, 21)],
            D(2026, 11, 24), "V-264471", ("now", None), "nl", "dmy-", "Kaashandel Ozdemir",
            "ozdemir.kaas@hotmail.com", True, ibans=[ib],
            footer=nl_footer("69017354", "NL857612034B01", [ib]),
            subject="Factuur V-264471", to_name="Kaashandel Ozdemir",
            pay_line=["Betalingsconditie: contant.", "Overmaken kan ook direct op %s." % sp(ib)],
            note="'Betalingsconditie: contant' (payable at once): due date labelled as the invoice date; sole trader's trade name as debtor.")
send(v, "text", ["Geachte klant,", "", "Hierbij ontvangt u de factuur van uw bestelling van vandaag."],
     ["Met vriendelijke groet,", "Groothandel Kaas & Zo B.V."])

# 6 translator under the KOR -> stichting, short Dutch dates
ib = iban("NL")
v = invoice("nl", "typed-mail", "body-text",
            ["Vertaalbureau Lingua Lieke", "Lieke Dorrestein", "Spoorsingel 30", "2613 BC Delft"],
            ("Lieke Dorrestein", "lieke@linguelieke.nl"),
            ["Stichting Oude Ambachten", "t.a.v. mw. K. Bosman", "Molenstraat 2", "2611 KL Delft"],
            [("Vertaling NL-EN jaarverslag 2025 (4.120 woorden à € 0,12)", 1, 49440, 0),
             ("Eindredactie", 2, 4500, 0)],
            D(2026, 11, 16), "2026-31", ("days", 14, True), "nl", "nl-short", "Stichting Oude Ambachten",
            "secretariaat@oudeambachten.nl", True, ibans=[ib],
            footer=["KvK 80123977"], vat_note="Btw niet van toepassing: kleineondernemersregeling (KOR).",
            subject="factuur vertaling jaarverslag", to_name="Karin Bosman",
            pay_line=["Je kunt het bedrag overmaken naar %s t.n.v. L. Dorrestein." % ib],
            note="Freelancer under the KOR: no VAT, total only; short Dutch dates ('16 nov. 2026'); IBAN unspaced.")
send(v, "text", ["Hoi Karin,", "", "Zoals beloofd de factuur voor de vertaling, zie hieronder. Dank voor de fijne samenwerking!"],
     ["Groetjes,", "Lieke"])

# 7 caterer -> football club, PDF, deposit paid
ib = iban("NL")
v = invoice("nl", "word-pdf", "pdf",
            ["Catering 't Smikkelhuys", "Brink 7 · 7411 BR Deventer", "info@smikkelhuys.nl · 0570 61 22 90"],
            ("Catering 't Smikkelhuys", "info@smikkelhuys.nl"),
            ["v.v. Sparta Deventer", "t.a.v. de penningmeester", "Sportpark Zuid 1", "7416 AA Deventer"],
            [("Jubileumbuffet 75 jaar (140 personen)", 140, 2450, 9), ("Drankenarrangement 4 uur", 140, 1375, 21),
             ("Servicepersoneel", 18, 3200, 21)],
            D(2026, 11, 9), "SM-2026-211", ("days", 14, True), "nl", "nl-long", "v.v. Sparta Deventer",
            "penningmeester@vvspartadeventer.nl", True, ibans=[ib], paid=150000,
            footer=nl_footer("08213344", "NL001928346B71", [ib]),
            subject="Factuur jubileumfeest 75 jaar", pdf_name="factuur SM-2026-211.pdf",
            pay_line=["Het resterende bedrag graag binnen 14 dagen overmaken op %s," % sp(ib),
                      "onder vermelding van factuurnummer SM-2026-211."],
            note="A football club; the deposit already paid is deducted ('Reeds betaald'): amount due is the rest; 9% food and 21% drinks.")
send(v, "pdf", ["Beste bestuur,", "", "Wat een feest was het! Bijgaand de eindfactuur; de aanbetaling is al verrekend."],
     ["Hartelijke groet,", "Marloes en Pieter", "'t Smikkelhuys"])

# 8 accountant -> bakery (eenmanszaak), tool HTML with text alternative
ib = iban("NL")
v = invoice("nl", "boekhoudtool-html", "body-html",
            ["Administratiekantoor Dekker & Zn."], ("Administratiekantoor Dekker", "noreply@dekker-administratie.nl"),
            ["Bakkerij Van der Wal", "Voorstraat 55", "8861 BK Harlingen"],
            [("Jaarrekening 2025 en aangifte IB", 1, 118000, 21), ("Btw-aangifte Q3 2026", 1, 14500, 21)],
            D(2026, 11, 19), "20261147", ("days", 21, True), "nl", "dmy-", "Bakkerij Van der Wal",
            "info@bakkerijvanderwal.nl", True, ibans=[ib],
            footer=["Administratiekantoor Dekker & Zn. · Zuiderhaven 12 · 8861 CJ Harlingen", "KvK 01098233 · btw NL001833456B01 · IBAN %s" % sp(ib)],
            subject="Factuur 20261147 van Administratiekantoor Dekker & Zn.", to_name="Bakkerij Van der Wal",
            pay_line=["Wij verzoeken u vriendelijk het bedrag binnen 21 dagen over te maken op %s." % sp(ib)],
            note="A bookkeeping tool's HTML with a plain-text alternative; term 21 days and the date printed.")
send(v, "html", ["Beste Wietske,", "Hierbij ontvang je onze factuur. Betalen kan eenvoudig via de bank."],
     ["Administratiekantoor Dekker & Zn."], alt_text=True)

# 9 vet -> private person, body text, due date only
ib = iban("NL")
v = invoice("nl", "praktijksoftware-text", "body-text",
            ["Dierenkliniek De Kromme Rijn", "Rijnkade 3, 3981 EM Bunnik"],
            ("Dierenkliniek De Kromme Rijn", "balie@dkkrommerijn.nl"),
            ["Dhr. T. Hoekstra", "Zonnehof 14", "3981 GZ Bunnik"],
            [("Consult + vaccinatie (Bobbie)", 1, 5826, 21), ("Gebitsbehandeling onder narcose", 1, 26446, 21),
             ("Medicatie Metacam 15 ml", 1, 1735, 21)],
            D(2026, 11, 27), "183402", ("days", 8, True), "nl", "dmy-", "T. Hoekstra",
            "t.hoekstra71@kpnmail.nl", False, ibans=[ib],
            footer=["KvK 30214987 · btw-id NL002311762B03"], to_name="T. Hoekstra",
            subject="Nota Dierenkliniek De Kromme Rijn",
            pay_line=["U heeft niet aan de balie afgerekend. Wilt u het bedrag vóór de vervaldatum overmaken",
                      "op %s t.n.v. Dierenkliniek De Kromme Rijn o.v.v. nota 183402?" % sp(ib)],
            note="Vet's practice software; 'Dhr.' dropped from the label; 8-day term printed as a date.")
send(v, "text", ["Beste heer Hoekstra,", "", "Hierbij de nota van het bezoek van Bobbie."], ["Met vriendelijke groet,", "Balie Dierenkliniek De Kromme Rijn"])

# 10 installer -> municipality, PDF, PO number, betalingskenmerk
ib = iban("NL")
ken, kenp = nl_kenmerk()
v = invoice("nl", "installatie-erp-pdf", "pdf",
            ["Van Dam Installatietechniek B.V.", "Edisonweg 40 · 7556 PE Hengelo", "KvK 06071129 · Btw-id NL006481203B01"],
            ("Van Dam Installatietechniek", "debiteuren@vandam-installatie.nl"),
            ["Gemeente Hengelo", "Afdeling Vastgoed", "Postbus 18", "7550 AA Hengelo"],
            [("Vervangen cv-ketel gymzaal Berflo Es", 1, 684000, 21), ("Inregelen en keuring", 1, 42500, 21)],
            D(2026, 11, 6), "VF2026-3117", ("days", 30, True), "nl", "dmy-", "Gemeente Hengelo",
            "facturen@hengelo.nl", True, ref=ken, ref_print=kenp, ref_label="Betalingskenmerk", ibans=[ib],
            extra_fields=[("Inkoopordernummer", "4500218834"), ("Uw referentie", "R. Nijhuis")],
            footer=["Van Dam Installatietechniek B.V. · IBAN %s · Op al onze leveringen zijn de UAV 2012 van toepassing" % sp(ib)],
            subject="Factuur VF2026-3117 inkooporder 4500218834", pdf_name="VF2026-3117.pdf", delay=2,
            pay_line=["Betaling binnen 30 dagen na factuurdatum onder vermelding van betalingskenmerk %s." % kenp],
            note="A public body as debtor with a purchase-order number beside the invoice number; betalingskenmerk in groups.")
send(v, "pdf", ["Geachte heer, mevrouw,", "", "Bijgevoegd treft u onze factuur VF2026-3117 aan, inkoopordernummer 4500218834."],
     ["Met vriendelijke groet,", "Debiteurenadministratie", "Van Dam Installatietechniek B.V."])

# ================================================================ FLANDERS (8 invoices)


def be_footer(name, vat, ibans, bic=None, rpr=None):
    out = ["%s · %s%s" % (name, "BTW " + vat, " · RPR " + rpr if rpr else "")]
    for i in ibans:
        out.append("IBAN %s%s" % (sp(i), " · BIC " + bic if bic else ""))
    return out


# 11 plumber BV -> private person, PDF, structured communication, 6% renovation
ib = iban("BE", bank="735")
st, stp = be_struct()
vat = be_vat()
v = invoice("be", "be-boekhoud-pdf", "pdf",
            ["Sanitair Vermeulen BV", "Kortrijksesteenweg 221 · 9830 Sint-Martens-Latem", "info@sanitairvermeulen.be · 09 281 33 70"],
            ("Sanitair Vermeulen", "facturatie@sanitairvermeulen.be"),
            ["Mevrouw Els De Smet", "Veldstraat 48", "9000 Gent"],
            [("Vervangen boiler 150 l incl. montage", 1, 138500, 6), ("Verplaatsing", 1, 3500, 6),
             ("Werkuren", 3.5, 5800, 6)],
            D(2026, 11, 18), "2026/0412", ("days", 30, True), "be", "dmy/", "Els De Smet",
            "els.desmet@telenet.be", False, ref=st, ref_print=stp, ref_label="Gestructureerde mededeling",
            ibans=[ib], footer=be_footer("Sanitair Vermeulen BV", vat, [ib], "KREDBEBB", "Gent, afdeling Gent"),
            vat_note="Btw 6%: renovatie van een privéwoning ouder dan 10 jaar (attest van de klant, art. 63.11 KB nr. 20).",
            subject="Factuur 2026/0412 - Sanitair Vermeulen", pdf_name="Factuur_2026-0412.pdf",
            pay_line=["Te betalen binnen 30 dagen op %s met gestructureerde mededeling %s." % (sp(ib), stp)],
            note="Flemish invoice: 'Vervaldag', 6% renovation with the attest sentence, structured communication (labelled as its 12 digits).")
send(v, "pdf", ["Beste mevrouw De Smet,", "", "In bijlage vindt u de factuur voor de vervanging van uw boiler.",
                "Gelieve bij betaling de gestructureerde mededeling te gebruiken."], ["Met vriendelijke groeten,", "Kristof Vermeulen"])

# 12 accountant CommV -> BV, typed body, 'te betalen binnen 30 dagen'
ib = iban("BE", bank="001")
st, stp = be_struct()
vat = be_vat()
v = invoice("be", "typed-mail", "body-text",
            ["Boekhoudkantoor Claes CommV", "Stationsstraat 14, 2800 Mechelen", "BTW " + vat],
            ("Boekhoudkantoor Claes", "an@claes-boekhouding.be"),
            ["Bakkerij Wouters BV", "Grote Markt 9", "2500 Lier"],
            [("Boekhouding en btw-aangiftes Q3 2026", 1, 96000, 21), ("Opmaak jaarrekening 2025 (saldo)", 1, 45000, 21)],
            D(2026, 11, 4), "F26-0187", ("days", 30), "be", "dmy-", "Bakkerij Wouters BV",
            "info@bakkerijwouters.be", True, ref=st, ref_print=stp, ref_label="Mededeling", ibans=[ib],
            footer=["IBAN " + sp(ib) + " - BIC GEBABEBB"], subject="Factuur F26-0187", to_name="Bakkerij Wouters",
            pay_line=["Te betalen binnen 30 dagen na factuurdatum.", "Gelieve te storten op %s met vermelding %s." % (sp(ib), stp)],
            note="Typed by the accountant; term only (30 days); 'Mededeling' with a structured communication.")
send(v, "text", ["Dag Tom,", "", "Hierbij mijn factuur voor het derde kwartaal. Alles is ingediend bij de FOD Financiën."],
     ["Vriendelijke groeten,", "An Claes"])

# 13 florist eenmanszaak -> vzw, tool HTML, 6%, due by date in long form
ib = iban("BE", bank="068")
vat = be_vat()
v = invoice("be", "facturatie-app-html", "body-html",
            ["Bloemen Lotte"], ("Bloemen Lotte", "noreply@facturen-app.be"),
            ["vzw Vrienden van het Woonzorgcentrum", "Kloosterstraat 3", "3290 Diest"],
            [("Tafelstukken kerstfeest", 24, 1850, 6), ("Bloemstuk onthaal", 2, 6500, 6), ("Levering", 1, 1500, 21)],
            D(2026, 11, 26), "LOT-2026-088", ("date", D(2026, 12, 20), True), "be", "nl-long",
            "vzw Vrienden van het Woonzorgcentrum", "kas@vriendenwzc-diest.be", True, ibans=[ib],
            footer=["Bloemen Lotte · Lotte Jacobs, eenmanszaak · Demerstraat 20, 3290 Diest", "BTW " + vat + " · IBAN " + sp(ib)],
            subject="Nieuwe factuur LOT-2026-088 van Bloemen Lotte", to_name="Vrienden van het WZC",
            pay_line=["Gelieve het bedrag over te schrijven op %s vóór de vervaldag." % sp(ib),
                      "Vermeld als mededeling: LOT-2026-088."],
            note="A Flemish invoicing app's HTML for a vzw; dates written out ('26 november 2026'); 6% flowers and 21% delivery; free-text mededeling is the number, not labelled as reference.")
send(v, "html", ["Beste klant,", "Bloemen Lotte heeft u een factuur gestuurd."], ["Verstuurd via uw facturatie-app"])

# 14 architect -> couple, PDF, fee instalment minus paid instalment
ib = iban("BE", bank="363")
st, stp = be_struct()
vat = be_vat()
v = invoice("be", "word-pdf", "pdf",
            ["Architectenbureau Maes & Goossens", "Architecten BV", "Tiensevest 60 · 3000 Leuven", "BTW " + vat],
            ("Architectenbureau Maes & Goossens", "secretariaat@maes-goossens.be"),
            ["Dhr. en Mevr. Peeters-Janssens", "Kapeldreef 11", "3001 Heverlee"],
            [("Ereloon schijf 2: bouwaanvraag (35% van raming)", 1, 612500, 21)],
            D(2026, 10, 28), "EH/2026/041", ("days", 30, True), "be", "dmy/", "Dhr. en Mevr. Peeters-Janssens",
            "peeters.janssens@skynet.be", False, ref=st, ref_print=stp, ref_label="Mededeling", ibans=[ib],
            paid=200000, footer=be_footer("Architectenbureau Maes & Goossens BV", vat, [ib], "BBRUBEBB"),
            subject="Ereloonnota EH/2026/041 - woning Kapeldreef", pdf_name="Ereloonnota_EH-2026-041.pdf",
            delay=6,
            pay_line=["Het saldo is te betalen binnen 30 dagen na factuurdatum op %s," % sp(ib), "met mededeling %s." % stp],
            note="An architect's 'ereloonnota'; the provisional fee already paid is deducted; a couple as 'Dhr. en Mevr. Peeters-Janssens' (label keeps the forms: only a surname would remain); mailed six days late.")
send(v, "pdf", ["Geachte heer en mevrouw Peeters,", "", "In bijlage onze ereloonnota voor de tweede schijf (indiening bouwaanvraag).",
                "Het voorschot van vorige maand is erop in mindering gebracht."], ["Met vriendelijke groeten,", "ir.-arch. Hanne Goossens"])

# 15 IT freelancer -> NV, PDF, two accounts, '1 234,56 €'
ib1, ib2 = iban("BE", bank="735"), iban("BE", bank="068")
st, stp = be_struct()
vat = be_vat()
v = invoice("be", "excel-pdf", "pdf",
            ["Wouter Lambrechts — IT-consultancy", "Hoogstraat 87 bus 2 · 2000 Antwerpen", "BTW " + vat],
            ("Wouter Lambrechts", "wouter@lambrechts-it.be"),
            ["Transport Dierickx NV", "Havenlaan 4", "1000 Brussel", "BTW " + be_vat()],
            [("Consultancy november (dagen)", 14, 68000, 21), ("Licentie back-uptool 12 maanden", 1, 34900, 21)],
            D(2026, 11, 30), "2026-024", ("days", 30, True), "be-sp", "dmy-", "Transport Dierickx NV",
            "boekhouding@dierickx-transport.be", True, ref=st, ref_print=stp, ref_label="Gestructureerde mededeling",
            ibans=[ib1, ib2], footer=["KBC %s · Belfius %s" % (sp(ib1), sp(ib2))],
            subject="Factuur 2026-024 (november)", pdf_name="2026-024 Lambrechts.pdf",
            pay_line=["Gelieve te betalen vóór de vervaldag op een van beide rekeningen."],
            note="Amounts in '1 234,56 €' form; two accounts (KBC, Belfius), label the first; day rate times days.")
send(v, "pdf", ["Hallo,", "", "In bijlage mijn factuur voor november.", ""], ["Groeten,", "Wouter"])

# 16 print shop VOF -> municipal school, typed body, long date
ib = iban("BE", bank="143")
vat = be_vat()
v = invoice("be", "typed-mail", "body-text",
            ["Drukkerij De Letterzetter VOF", "Nieuwstraat 31, 8500 Kortrijk", "BTW " + vat, "IBAN " + sp(ib)],
            ("Drukkerij De Letterzetter", "drukkerij@deletterzetter.be"),
            ["Gemeentelijke Basisschool De Regenboog", "Schoolstraat 1", "8530 Harelbeke"],
            [("Schoolkrant december, 450 ex. A4 kleur", 450, 62, 21), ("Nietjes en plooien", 1, 2800, 21)],
            D(2026, 12, 1), "1146", ("date", D(2026, 12, 31), True), "be", "nl-long",
            "Gemeentelijke Basisschool De Regenboog", "directie@gbsderegenboog.be", True, ibans=[ib],
            subject="factuur schoolkrant", to_name="Directie GBS De Regenboog",
            pay_line=["Te betalen ten laatste op de vervaldag, met vermelding van het factuurnummer."],
            note="Typed by the print shop for a municipal school; the due day printed in words; no structured communication.")
send(v, "text", ["Beste directie,", "", "De schoolkranten zijn vanmorgen geleverd. Hieronder de factuur."],
     ["Vriendelijke groet,", "Griet", "Drukkerij De Letterzetter"])

# 17 garage -> private, 'te betalen bij ontvangst'
ib = iban("BE", bank="751")
vat = be_vat()
v = invoice("be", "garage-software-text", "body-text",
            ["Garage Van Hove BV", "Brusselsesteenweg 400, 1730 Asse"], ("Garage Van Hove", "werkplaats@garagevanhove.be"),
            ["Dhr. Jonas Mertens", "Kerkplein 6", "1731 Zellik"],
            [("Onderhoudsbeurt + olie 5W30", 1, 18900, 21), ("Remblokken vooraan", 1, 11450, 21), ("Arbeid", 1.5, 6200, 21)],
            D(2026, 11, 23), "WO-88231", ("now", None), "be", "dmy/", "Jonas Mertens",
            "jonas.mertens@proximus.be", False, ibans=[ib], extra_fields=[("Nummerplaat", "2-ABC-417")],
            footer=["Garage Van Hove BV · BTW " + vat + " · IBAN " + sp(ib) + " · BIC GKCCBEBB"],
            subject="Factuur WO-88231 - onderhoud", to_name="Jonas Mertens",
            pay_line=["Te betalen bij ontvangst van deze factuur.", "Vermeld bij overschrijving: WO-88231 2-ABC-417"],
            note="'Te betalen bij ontvangst': due the invoice date; a number plate among the header fields.")
send(v, "text", ["Beste,", "", "Uw wagen staat klaar. Hieronder de factuur van het onderhoud."], ["Met vriendelijke groeten,", "Garage Van Hove"])

# 18 a real Flemish credit note, PDF
ib = iban("BE", bank="001")
vat = be_vat()
v = invoice("be", "be-boekhoud-pdf", "pdf",
            ["Koffie & Co BV", "Industriepark 12 · 9100 Sint-Niklaas", "BTW " + vat],
            ("Koffie & Co", "facturatie@koffieenco.be"),
            ["Brasserie 't Pleintje CommV", "Markt 3", "9160 Lokeren"],
            [("Retour koffiebonen espresso 1 kg (beschadigd)", -6, 1890, 6), ("Retour melkkan 1 l", -2, 1450, 21)],
            D(2026, 11, 25), "CN-2026-0019", ("none", None), "be", "dmy-", "Brasserie 't Pleintje CommV",
            "pleintje.lokeren@gmail.com", True, ibans=[], credit=True,
            extra_fields=[("Betreft factuur", "F-2026-1102")],
            footer=be_footer("Koffie & Co BV", vat, [], rpr="Gent, afdeling Dendermonde"),
            subject="Creditnota CN-2026-0019", pdf_name="CN-2026-0019.pdf",
            pay_line=["Dit bedrag wordt verrekend met uw volgende factuur."],
            note="A credit note itself (not an announcement): negative lines and total, no due date, no account printed.")
v["W"] = dict(v["W"], title="CREDITNOTA")
v["fields"][0] = ("Creditnotanr.", v["number"])
send(v, "pdf", ["Beste Sofie,", "", "Zoals afgesproken de creditnota voor de beschadigde levering."], ["Groeten,", "Koffie & Co"])

# ================================================================ GERMANY (7 invoices)


def de_footer(name, addr, stnr=None, ust=None, ibans=(), banks=(), hr=None):
    out = ["%s · %s" % (name, addr)]
    ids = []
    if hr:
        ids.append(hr)
    if stnr:
        ids.append("Steuernummer " + stnr)
    if ust:
        ids.append("USt-IdNr. " + ust)
    if ids:
        out.append(" · ".join(ids))
    for i, b in zip(ibans, banks):
        out.append("%s · IBAN %s · BIC %s" % (b[0], sp(i), b[1]))
    return out


def de_ust():
    return "DE" + n_digits(9)


# 19 electrician GmbH -> private, PDF, Leistungsdatum, Verwendungszweck
ib = iban("DE")
v = invoice("de", "handwerker-software-pdf", "pdf",
            ["Elektro Sauerland GmbH", "Bahnhofstraße 18 · 57462 Olpe", "Tel. 02761 94 33 0 · rechnung@elektro-sauerland.de"],
            ("Elektro Sauerland GmbH", "rechnung@elektro-sauerland.de"),
            ["Herrn", "Markus Hennecke", "Am Kimicker Berg 5", "57462 Olpe"],
            [("Wallbox 11 kW inkl. Montage", 1, 89900, 19), ("Leitungsschutzschalter, FI Typ A EV", 1, 14850, 19),
             ("Mantelleitung NYM-J 5x6 (m)", 18, 790, 19), ("Monteurstunden", 4.5, 6900, 19)],
            D(2026, 11, 17), "RE-2026-1187", ("days", 14, True), "de", "dmy.", "Markus Hennecke",
            "m.hennecke@t-online.de", False, ref="RE-2026-1187 / 20418", ref_print="RE-2026-1187 / 20418",
            ref_label=None, ibans=[ib], extra_fields=[("Leistungsdatum", "12.11.2026"), ("Kundennummer", "20418")],
            footer=de_footer("Elektro Sauerland GmbH", "Amtsgericht Siegen HRB 7712", "338/5712/0934", de_ust(), [ib], [("Sparkasse Olpe", "WELADED1OPE")]),
            vat_note="Im Rechnungsbetrag enthaltene Arbeitskosten (§ 35a EStG): %s inkl. USt." % money(half_up(4.5 * 6900 * 1.19), "de"),
            subject="Ihre Rechnung RE-2026-1187", pdf_name="Rechnung_RE-2026-1187.pdf",
            pay_line=["Zahlbar innerhalb 14 Tagen ohne Abzug.",
                      "Bitte geben Sie als Verwendungszweck an: RE-2026-1187 / 20418"],
            note="Leistungsdatum beside Rechnungsdatum; the Verwendungszweck (number and customer number) is the labelled reference; a § 35a labour share printed that is not an amount due.")
send(v, "pdf", ["Sehr geehrter Herr Hennecke,", "", "anbei erhalten Sie unsere Rechnung für die Installation Ihrer Wallbox.",
                "Vielen Dank für Ihren Auftrag!"], ["Mit freundlichen Grüßen", "", "Ihr Team von Elektro Sauerland"])

# 20 designer (Kleinunternehmerin) -> Verein e.V., typed body, zahlbar bis
ib = iban("DE")
v = invoice("de", "typed-mail", "body-text",
            ["Kirsten Albers · Grafik & Illustration", "Lindenauer Markt 4", "04177 Leipzig", "Steuernummer 232/274/11835"],
            ("Kirsten Albers", "post@kirsten-albers.de"),
            ["Tierschutzverein Leipzig-West e.V.", "z. Hd. Frau Hoppe", "Merseburger Str. 190", "04178 Leipzig"],
            [("Gestaltung Jahreskalender 2027 (13 Motive)", 1, 78000, 0), ("Korrekturschleife", 2, 6000, 0)],
            D(2026, 11, 13), "2026-019", ("date", D(2026, 11, 30), True), "de", "dmy.",
            "Tierschutzverein Leipzig-West e.V.", "vorstand@tsv-leipzig-west.de", True,
            ref="Kalender 2027 Albers", ref_print=None, ibans=[ib],
            vat_note="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            subject="Rechnung Kalendergestaltung", to_name="Tierschutzverein Leipzig-West",
            pay_line=["Bitte überweisen Sie den Betrag bis zum 30.11.2026 auf folgendes Konto:",
                      "Kirsten Albers, IBAN %s, GLS Bank" % sp(ib), "Verwendungszweck: Kalender 2027 Albers"],
            note="A Kleinunternehmerin (§ 19 UStG, no VAT); a Verein e.V.; 'zahlbar bis' given as a date; the Verwendungszweck in words.")
send(v, "text", ["Liebe Frau Hoppe,", "", "hier wie besprochen meine Rechnung für den Kalender. Es hat mir viel Freude gemacht!"],
     ["Herzliche Grüße", "Kirsten Albers"])

# 21 translation office -> GmbH & Co. KG, tool HTML, 'zahlbar sofort ohne Abzug'
ib = iban("DE")
v = invoice("de", "rechnungsprogramm-html", "body-html",
            ["Übersetzungsbüro Kowalski"], ("Übersetzungsbüro Kowalski", "buchhaltung@uebersetzungen-kowalski.de"),
            ["Brinkmann Landtechnik GmbH & Co. KG", "Einkauf", "Industriestraße 7", "49393 Lohne"],
            [("Fachübersetzung DE>PL Betriebsanleitung (Normzeilen)", 812, 165, 19), ("Beglaubigung", 1, 2500, 19)],
            D(2026, 11, 20), "UK-26-1432", ("now", None), "de", "dmy.", "Brinkmann Landtechnik GmbH & Co. KG",
            "eingangsrechnungen@brinkmann-landtechnik.de", True, ibans=[ib],
            footer=de_footer("Übersetzungsbüro Kowalski, Inh. Ewa Kowalski", "Große Straße 33 · 49377 Vechta", None, de_ust(), [ib], [("Oldenburgische Landesbank", "OLBODEH2XXX")]),
            subject="Rechnung UK-26-1432", to_name="Brinkmann Landtechnik GmbH & Co. KG",
            pay_line=["Zahlbar sofort ohne Abzug."],
            note="'Zahlbar sofort ohne Abzug' (due the invoice date); per-line price per Normzeile; sent to an incoming-invoices address.")
send(v, "html", ["Sehr geehrte Damen und Herren,", "anbei erhalten Sie die Rechnung zu Ihrem Auftrag vom 02.11.2026."],
     ["Mit freundlichen Grüßen, Ewa Kowalski"])

# 22 tax adviser -> private, PDF, long German dates, 30 days
ib = iban("DE")
v = invoice("de", "kanzlei-pdf", "pdf",
            ["Steuerberatung Dr. Henrike Lutz", "Königsallee 61 · 40215 Düsseldorf"],
            ("Kanzlei Dr. Lutz", "kanzlei@stb-lutz.de"),
            ["Frau Dr. Annette Kleinschmidt", "Rather Broich 140", "40472 Düsseldorf"],
            [("Einkommensteuererklärung 2025 (§ 24 StBVV, 3/10, Gegenstandswert 48.000 €)", 1, 51930, 19),
             ("Anlage V (zwei Objekte)", 1, 28440, 19), ("Post- und Telekommunikation pauschal (Nr. 7002 VV)", 1, 2000, 19)],
            D(2026, 11, 10), "2026/0871", ("days", 30, True), "de", "de-long", "Dr. Annette Kleinschmidt",
            "a.kleinschmidt@web.de", False, ibans=[ib],
            footer=de_footer("Steuerberatung Dr. Henrike Lutz", "Königsallee 61 · 40215 Düsseldorf", "133/5099/4412", None, [ib], [("Deutsche Bank", "DEUTDEDDXXX")]),
            subject="Ihre Steuerberatervergütung 2025", pdf_name="Kostennote_2026-0871.pdf", delay=3,
            pay_line=["Die Vergütung ist innerhalb von 30 Tagen nach Rechnungsstellung ohne Abzug zur Zahlung fällig."],
            note="A tax adviser's fee note (StBVV lines); German long dates ('10. November 2026'); 'Frau Dr.' dropped to 'Dr.'; mailed three days late.")
send(v, "pdf", ["Sehr geehrte Frau Dr. Kleinschmidt,", "", "beigefügt übersende ich Ihnen meine Kostennote für die Erstellung Ihrer Einkommensteuererklärung 2025."],
     ["Mit freundlichen Grüßen", "Dr. Henrike Lutz", "Steuerberaterin"])

# 23 joinery -> couple by surname, PDF, Schlussrechnung minus Abschlag
ib = iban("DE")
v = invoice("de", "handwerker-software-pdf", "pdf",
            ["Schreinerei Bachmeier", "Inh. Florian Bachmeier", "Mühlweg 3 · 83026 Rosenheim"],
            ("Schreinerei Bachmeier", "info@schreinerei-bachmeier.de"),
            ["Herrn und Frau", "Huber", "Kaiserstraße 22", "83022 Rosenheim"],
            [("Einbauküche Eiche massiv lt. Auftrag vom 14.07.2026", 1, 1480000, 19),
             ("Arbeitsplatte Granit, Zuschnitt und Einbau", 1, 186000, 19), ("Montage", 16, 6200, 19)],
            D(2026, 11, 24), "SR-2026-044", ("days", 10, True), "de", "dmy.", "Herrn und Frau Huber",
            "huber.rosenheim@gmx.de", False, ref="SR-2026-044", ref_print=None, ibans=[ib], paid=800000,
            extra_fields=[("Leistungszeitraum", "09.11.-20.11.2026")],
            footer=de_footer("Schreinerei Bachmeier", "Mühlweg 3 · 83026 Rosenheim", "156/213/40078", None, [ib], [("Raiffeisenbank Rosenheim", "GENODEF1R0S")]),
            subject="Schlussrechnung SR-2026-044 Einbauküche", pdf_name="Schlussrechnung_SR-2026-044.pdf",
            pay_line=["Bitte überweisen Sie den Restbetrag innerhalb von 10 Tagen ohne Abzug.",
                      "Verwendungszweck: SR-2026-044"],
            note="A Schlussrechnung with the Abschlagszahlung deducted; a couple named 'Herrn und Frau Huber' (label keeps the forms: only a surname would remain); Verwendungszweck = the number.")
v["W"] = dict(v["W"], title="Schlussrechnung", paid="abzgl. Abschlagszahlung vom 15.07.2026")
v["tots"][-2] = ("abzgl. Abschlagszahlung vom 15.07.2026", v["tots"][-2][1])
send(v, "pdf", ["Sehr geehrte Familie Huber,", "", "vielen Dank, dass wir Ihre neue Küche bauen durften. Anbei die Schlussrechnung;",
                "die Abschlagszahlung ist bereits abgezogen."], ["Beste Grüße aus der Werkstatt", "Florian Bachmeier"])

# 24 event hall -> city, short body + PDF, Steuernummer only, due date
ib = iban("DE")
v = invoice("de", "word-pdf", "pdf",
            ["Kulturscheune Hohenstein", "Veranstaltungsservice Petra Lange e.K.", "Dorfanger 2 · 02826 Görlitz"],
            ("Petra Lange Kulturscheune", "lange@kulturscheune-hohenstein.de"),
            ["Stadt Görlitz", "Kulturservice", "Untermarkt 6-8", "02826 Görlitz"],
            [("Saalmiete Seniorenadvent 28.11.2026", 1, 45000, 19), ("Bestuhlung und Technik", 1, 12000, 19),
             ("Kaffeegedeck (Personen)", 120, 690, 7)],
            D(2026, 11, 30), "KS-26-112", ("date", D(2026, 12, 21), True), "de", "dmy.", "Stadt Görlitz",
            "rechnungseingang@goerlitz.de", True, ref="Az. 41.2-0917", ref_print=None, ibans=[ib],
            extra_fields=[("Ihr Zeichen", "Az. 41.2-0917"), ("Leistungsdatum", "28.11.2026")],
            footer=de_footer("Kulturscheune Hohenstein, Petra Lange e.K.", "HRA 3329 Amtsgericht Dresden", "203/244/05518", None, [ib], [("Sparkasse Oberlausitz-Niederschlesien", "WELADED1GRL")]),
            subject="Rechnung KS-26-112 Seniorenadvent", pdf_name="KS-26-112.pdf",
            pay_line=["Zahlungsziel: 21.12.2026", "Verwendungszweck: Az. 41.2-0917"],
            note="A city as debtor; 7% and 19% lines; the Verwendungszweck is the city's file mark (Aktenzeichen) printed as 'Ihr Zeichen'.")
send(v, "pdf", ["Sehr geehrte Damen und Herren,", "", "für die Veranstaltung am 28.11. erhalten Sie anbei unsere Rechnung."],
     ["Freundliche Grüße", "Petra Lange"])

# 25 café caterer -> UG, typed body, two accounts
ib1, ib2 = iban("DE"), iban("DE")
v = invoice("de", "typed-mail", "body-text",
            ["Café Kranich · Catering", "Inh. Jan-Ole Petersen", "Lange Reihe 70, 20099 Hamburg", "St.-Nr. 43/117/03928 · USt-IdNr. " + de_ust()],
            ("Café Kranich", "catering@cafe-kranich.de"),
            ["Nordlicht Apps UG (haftungsbeschränkt)", "Schanzenstraße 41", "20357 Hamburg"],
            [("Frühstücksbuffet Team-Meeting (25 Pers.)", 25, 1490, 7), ("Kaffee, Tee, Säfte pauschal", 25, 480, 19),
             ("Lieferung und Abholung", 1, 3500, 19)],
            D(2026, 11, 27), "2611-07", ("days", 14), "de", "dmy.", "Nordlicht Apps UG (haftungsbeschränkt)",
            "office@nordlicht-apps.de", True, ibans=[ib1, ib2],
            subject="Rechnung Catering 26.11.", to_name="Nordlicht Apps",
            pay_line=["Zahlbar innerhalb 14 Tagen ohne Abzug auf eines unserer Konten:",
                      "Hamburger Sparkasse  IBAN %s" % sp(ib1), "Volksbank Hamburg    IBAN %s" % sp(ib2)],
            note="Typed by a café owner: two accounts (Haspa first, labelled), 7% food and 19% drinks/delivery; term only.")
send(v, "text", ["Moin Frau Çelik,", "", "vielen Dank für die Bestellung! Hier die Rechnung für das Frühstück gestern."],
     ["Schöne Grüße", "Jan-Ole Petersen"])

# ================================================================ AUSTRIA (4 invoices)


def atu():
    return "ATU" + n_digits(8)


# 26 installer e.U. -> private, PDF, Zahlungsreferenz, binnen 14 Tagen
ib = iban("AT", bank="20111")
v = invoice("at", "handwerker-software-pdf", "pdf",
            ["Installationen Gruber e.U.", "Gas · Wasser · Heizung", "Hauptplatz 9 · 4020 Linz"],
            ("Installationen Gruber", "buero@installationen-gruber.at"),
            ["Herrn", "Ing. Stefan Wimmer", "Leonfeldner Straße 112", "4040 Linz"],
            [("Thermenwartung inkl. Abgasmessung", 1, 14900, 20), ("Dichtungssatz, Kleinmaterial", 1, 2380, 20),
             ("Anfahrt Zone 1", 1, 3900, 20)],
            D(2026, 11, 11), "2026-1294", ("days", 14, True), "at", "dmy.", "Ing. Stefan Wimmer",
            "stefan.wimmer@aon.at", False, ref="129420261111", ref_print="129420261111", ref_label="Zahlungsreferenz",
            ibans=[ib], footer=["Installationen Gruber e.U. · FN 401233 k · LG Linz · UID " + atu(),
                                "Erste Bank · IBAN %s · BIC GIBAATWWXXX" % sp(ib)],
            subject="Rechnung 2026-1294", pdf_name="Rechnung 2026-1294.pdf",
            pay_line=["Zahlbar binnen 14 Tagen ohne Abzug. Bitte Zahlungsreferenz angeben."],
            note="Austrian wording ('zahlbar binnen 14 Tagen', 'Zahlungsreferenz', e.U. with FN and UID); 'Ing.' is an Austrian title kept in the name.")
send(v, "pdf", ["Sehr geehrter Herr Ing. Wimmer,", "", "danke für Ihren Auftrag. Anbei die Rechnung für die Thermenwartung."],
     ["Mit freundlichen Grüßen", "Christa Gruber", "Büro"])

# 27 carpentry OG -> GmbH, typed body, 'zahlbar sofort nach Erhalt'
ib = iban("AT", bank="32000")
v = invoice("at", "typed-mail", "body-text",
            ["Tischlerei Brandstätter OG", "Gewerbepark 4, 5020 Salzburg", "UID " + atu()],
            ("Tischlerei Brandstätter", "office@tischlerei-brandstaetter.at"),
            ["Alpenblick Hotelbetriebs GmbH", "z.H. Herrn Leitner", "Dorfstraße 15", "5562 Obertauern"],
            [("Reparatur Zirbenbetten Zimmer 12, 14, 21", 3, 28500, 20), ("Material Zirbe massiv", 1, 41260, 20)],
            D(2026, 11, 26), "R-26/311", ("now", None), "at", "dmy.", "Alpenblick Hotelbetriebs GmbH",
            "buchhaltung@alpenblick-obertauern.at", True, ibans=[ib],
            subject="Rechnung R-26/311", to_name="Alpenblick Buchhaltung",
            pay_line=["Zahlbar sofort nach Erhalt ohne Abzug auf unser Konto bei der Raiffeisenbank:",
                      "IBAN %s, BIC RVSAAT2S" % sp(ib)],
            note="Typed; 'zahlbar sofort nach Erhalt' (due the invoice date); a hotel GmbH.")
send(v, "text", ["Grüß Gott Herr Leitner,", "", "die Betten sind wieder in Ordnung. Anbei die Rechnung:"],
     ["Mit freundlichen Grüßen", "Johann Brandstätter", "Tischlerei Brandstätter OG"])

# 28 inn KG -> brass band club, tool HTML, 10% food 20% drinks
ib = iban("AT", bank="34000")
v = invoice("at", "registrierkasse-html", "body-html",
            ["Gasthof Zum Goldenen Hirschen"], ("Gasthof Zum Goldenen Hirschen", "rechnung@goldener-hirsch-lilienfeld.at"),
            ["Musikverein Lilienfeld", "Obmann Gerhard Pichler", "Marktl 3", "3180 Lilienfeld"],
            [("Cäciliafeier Menü (Personen)", 48, 2180, 10), ("Getränke lt. Bon", 1, 52650, 20)],
            D(2026, 11, 23), "2026-0733", ("days", 21, True), "at", "dmy.", "Musikverein Lilienfeld",
            "obmann@mv-lilienfeld.at", True, ibans=[ib],
            footer=["Gasthof Zum Goldenen Hirschen Pichlmayr KG · Babenbergerstraße 2 · 3180 Lilienfeld",
                    "FN 188412 z · UID %s · IBAN %s" % (atu(), sp(ib))],
            subject="Ihre Rechnung 2026-0733 vom Goldenen Hirschen", to_name="Musikverein Lilienfeld",
            pay_line=["Bitte überweisen Sie den Betrag binnen 21 Tagen."],
            note="Tool HTML for a club dinner; 10% food and 20% drinks; term 21 days with the date printed.")
send(v, "html", ["Lieber Musikverein,", "herzlichen Dank für die schöne Cäciliafeier bei uns!"], ["Familie Pichlmayr"])

# 29 photographer, Kleinunternehmer -> wedding couple, typed body, binnen 8 Tagen
ib = iban("AT", bank="14000")
v = invoice("at", "typed-mail", "body-text",
            ["Lena Hofstätter Fotografie", "Griesgasse 17, 8020 Graz"], ("Lena Hofstätter", "hallo@lenahofstaetter.at"),
            ["Katharina und Markus Riegler", "Peterstalstraße 40", "8042 Graz"],
            [("Hochzeitsreportage ganztags", 1, 185000, 0), ("Fotobuch 30x30, 40 Seiten", 1, 32000, 0)],
            D(2026, 10, 21), "LH-2026-27", ("days", 8), "at", "dmy.", "Katharina und Markus Riegler",
            "kati.riegler@gmx.at", False, ibans=[ib], paid=50000,
            vat_note="Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung (§ 6 Abs. 1 Z 27 UStG).",
            subject="Rechnung Hochzeitsfotos", to_name="Katharina & Markus",
            pay_line=["Die Anzahlung von € 500,00 habe ich abgezogen.", "Bitte überweist den Rest binnen 8 Tagen an:",
                      "Lena Hofstätter, IBAN %s" % sp(ib)],
            note="Austrian Kleinunternehmerin (no USt); the deposit deducted ('Akonto'); a couple named one by one; 'du' form; term 8 days.")
send(v, "text", ["Liebe Kati, lieber Markus,", "", "eure Fotos sind online und das Buch ist in Druck! Hier noch die Rechnung:"],
     ["Alles Liebe", "Lena"])

# ================================================================ SWITZERLAND (4 invoices)


def che():
    return "CHE-%s.%s.%s" % (n_digits(3), n_digits(3), n_digits(3))


def qr_block(v, ibq, ref_print, info, creditor, debtor, cur="CHF"):
    v["qr"] = dict(iban=ibq, ref=ref_print, info=info, creditor=creditor, debtor=debtor, cur=cur,
                   amt=mk.money(v["due_amt"], "sp").replace(",", "."))


# 30 sanitary GmbH -> private, PDF + QR-bill with QR reference, 5-Rappen rounding
ibq = iban("CH", qr=True)
qr, qrp = qr_ref()
v = invoice("ch", "bexio-like-pdf", "pdf",
            ["Sanitär Meier GmbH", "Seestrasse 114 · 8712 Stäfa", "MWST " + che() + " MWST"],
            ("Sanitär Meier GmbH", "buchhaltung@sanitaer-meier.ch"),
            ["Herr", "Daniel Brunner", "Rebweg 7", "8713 Uerikon"],
            [("Entkalkung Boiler 300 l", 1, 39500, 8.1), ("Ersatz Anode", 1, 8930, 8.1),
             ("Arbeit Monteur (Std.)", 2.75, 11800, 8.1), ("Kleinmaterial", 1, 2345, 8.1)],
            D(2026, 11, 19), "R-2026-2201", ("days", 30, True), "ch", "dmy.", "Daniel Brunner",
            "d.brunner@bluewin.ch", False, ref=qr, ref_print=qrp, ref_label=None, ibans=[ibq], currency="CHF",
            swiss=True, footer=["Sanitär Meier GmbH · Seestrasse 114 · 8712 Stäfa · 044 926 11 40"],
            subject="Rechnung R-2026-2201", pdf_name="Rechnung_R-2026-2201.pdf",
            pay_line=["Zahlbar innert 30 Tagen netto. Bitte verwenden Sie den beiliegenden Einzahlungsschein."],
            note="Swiss: MWST 8.1 %, 5-Rappen rounding line, 'zahlbar innert 30 Tagen netto', QR-bill payment part as text with a QR-IBAN and a 27-digit QR reference (labelled without spaces).")
qr_block(v, ibq, qrp, "Rechnung R-2026-2201", ["Sanitär Meier GmbH", "Seestrasse 114", "8712 Stäfa"],
         ["Daniel Brunner", "Rebweg 7", "8713 Uerikon"])
send(v, "pdf", ["Grüezi Herr Brunner", "", "Im Anhang erhalten Sie unsere Rechnung für die Boilerentkalkung.",
                "Besten Dank für Ihren Auftrag."], ["Freundliche Grüsse", "Sanitär Meier GmbH", "Monika Meier"])

# 31 graphic designer, Einzelfirma (not MWST-registered) -> AG, typed body, no reference
ib = iban("CH")
v = invoice("ch", "typed-mail", "body-text",
            ["Atelier Nadja Bühler", "Einzelfirma", "Spalenberg 38", "4051 Basel"],
            ("Nadja Bühler", "nadja@atelier-buehler.ch"),
            ["Rheinweg Immobilien AG", "Frau S. Gerber", "Aeschenvorstadt 21", "4051 Basel"],
            [("Logo-Überarbeitung und Styleguide", 1, 240000, 0), ("Visitenkarten Gestaltung, 6 Personen", 6, 4500, 0)],
            D(2026, 11, 25), "2026-14", ("days", 30), "ch", "dmy.", "Rheinweg Immobilien AG",
            "kreditoren@rheinweg-immobilien.ch", True, ibans=[ib], currency="CHF",
            vat_note="Nicht MWST-pflichtig.",
            subject="Rechnung Logo/Styleguide", to_name="Sabine Gerber",
            pay_line=["Zahlbar innert 30 Tagen.", "Bank: Basler Kantonalbank, IBAN %s, zugunsten Nadja Bühler" % sp(ib)],
            note="Swiss sole proprietor without MWST: total only in CHF 2'670.00; no reference; term 30 days.")
send(v, "text", ["Liebe Frau Gerber", "", "Vielen Dank für die angenehme Zusammenarbeit. Gerne stelle ich Ihnen meinen Aufwand in Rechnung:"],
     ["Herzliche Grüsse", "Nadja Bühler"])

# 32 fiduciary AG -> GmbH, PDF + QR-bill with SCOR (RF) reference, two VAT rates
ibq = iban("CH")
rf, rfp = rf_ref("T" + n_digits(9))
v = invoice("ch", "abacus-like-pdf", "pdf",
            ["Treuhand Zürcher Oberland AG", "Bahnhofstrasse 3 · 8620 Wetzikon", "MWST-Nr. " + che() + " MWST"],
            ("Treuhand Zürcher Oberland AG", "debitoren@treuhand-zo.ch"),
            ["Velo Kessler GmbH", "Usterstrasse 88", "8620 Wetzikon"],
            [("Buchführung und MWST-Abrechnung Q3/2026", 1, 182000, 8.1), ("Lohnbuchhaltung 4 Mitarbeitende, 3 Monate", 12, 4500, 8.1),
             ("Fachliteratur Kontenplan KMU", 1, 4900, 2.6)],
            D(2026, 11, 3), "40-26-1877", ("days", 20, True), "ch", "dmy.", "Velo Kessler GmbH",
            "buchhaltung@velo-kessler.ch", True, ref=rf, ref_print=rfp, ibans=[ibq], currency="CHF", swiss=True,
            footer=["Treuhand Zürcher Oberland AG · Mitglied TREUHAND|SUISSE"],
            subject="Rechnung 40-26-1877", pdf_name="Rechnung_40-26-1877.pdf", delay=2,
            pay_line=["Zahlbar innert 20 Tagen netto."],
            note="QR-bill with a normal IBAN and a creditor reference (RF, SCOR) in groups; 8.1 % and 2.6 % MWST; 5-Rappen rounding.")
qr_block(v, ibq, rfp, None, ["Treuhand Zürcher Oberland AG", "Bahnhofstrasse 3", "8620 Wetzikon"],
         ["Velo Kessler GmbH", "Usterstrasse 88", "8620 Wetzikon"])
send(v, "pdf", ["Guten Tag", "", "Beiliegend erhalten Sie unsere Rechnung mit Einzahlungsschein (QR-Rechnung)."],
     ["Freundliche Grüsse", "Debitorenbuchhaltung"])

# 33 garden firm -> condominium owners (STWEG), PDF + QR-bill without reference
ibq = iban("CH")
v = invoice("ch", "word-pdf", "pdf",
            ["Gartenbau Zaugg", "Inh. Reto Zaugg", "Dorfstrasse 51 · 3073 Gümligen", "MWST " + che() + " MWST"],
            ("Gartenbau Zaugg", "info@gartenbau-zaugg.ch"),
            ["STWEG Melchenbühlweg 12-16", "c/o Verwaltung Aebi Treuhand", "Thunstrasse 95", "3006 Bern"],
            [("Herbstschnitt Hecken und Sträucher (Std.)", 22, 7800, 8.1), ("Laubentsorgung Mulde", 1, 38500, 8.1),
             ("Bodendecker Cotoneaster, Stk.", 40, 690, 2.6)],
            D(2026, 11, 20), "2026-381", ("days", 30, True), "ch", "dmy.", "STWEG Melchenbühlweg 12-16",
            "verwaltung@aebi-treuhand.ch", True, ibans=[ibq], currency="CHF", swiss=True,
            footer=["Gartenbau Zaugg · Berner Kantonalbank · IBAN %s" % sp(ibq)],
            subject="Rechnung Herbstschnitt 2026-381", pdf_name="Rechnung 2026-381.pdf",
            pay_line=["Zahlbar innert 30 Tagen netto.", "Besten Dank für Ihren Auftrag."],
            note="A condominium owners' community (STWEG) via its manager; QR-bill without reference ('Zusätzliche Informationen' only); plants at 2.6 %.")
qr_block(v, ibq, None, "Rechnung 2026-381", ["Gartenbau Zaugg", "Dorfstrasse 51", "3073 Gümligen"],
         ["STWEG Melchenbühlweg 12-16", "c/o Verwaltung Aebi Treuhand", "3006 Bern"])
send(v, "pdf", ["Sehr geehrte Damen und Herren", "", "In der Beilage senden wir Ihnen die Rechnung für die Herbstarbeiten."],
     ["Freundliche Grüsse", "Reto Zaugg"])

# ================================================================ UNITED KINGDOM (6 invoices)


def sortcode(i):
    return "%s-%s-%s" % (i[8:10], i[10:12], i[12:14])


def acct(i):
    return i[14:22]


def gbvat():
    return "GB %s %s %s" % (n_digits(3), n_digits(4), n_digits(2))


# 34 plumber, sole trader (not VAT registered) -> private, typed, payable on receipt
ib = iban("GB", bank="LOYD")
v = invoice("uk", "typed-mail", "body-text",
            ["Dave Pritchard Plumbing & Heating", "14 Alma Terrace, Stockport SK4 2JB", "Gas Safe reg. 584213"],
            ("Dave Pritchard", "davepritchardplumbing@outlook.com"),
            ["Mrs J. Whitfield", "3 Heaton Moor Road", "Stockport SK4 4NX"],
            [("Replace kitchen mixer tap and isolation valves", 1, 14500, 0), ("Parts (tap supplied by customer)", 1, 1850, 0),
             ("Annual boiler service", 1, 8500, 0)],
            D(2026, 11, 21), "0417", ("now", None), "uk", "dmy/", "J. Whitfield",
            "jwhitfield58@btinternet.com", False, ibans=[ib],
            subject="Invoice 0417 - tap and boiler service", to_name="Jean Whitfield",
            pay_line=["Payable on receipt please.", "Bank transfer: D. Pritchard, sort code %s, account %s" % (sortcode(ib), acct(ib)),
                      "(IBAN %s if paying from abroad)" % sp(ib)],
            note="A sole trader not registered for VAT; 'payable on receipt' (due the invoice date); sort code and account number beside the IBAN; 'Mrs' dropped.")
send(v, "text", ["Hi Jean,", "", "Thanks for having me round on Thursday. Invoice below, any questions give me a ring."],
     ["Cheers,", "Dave", "07700 914 226"])

# 35 design studio Ltd -> Ltd, PDF, 30 days from date of invoice
ib = iban("GB", bank="BARC")
v = invoice("uk", "xero-like-pdf", "pdf",
            ["Fennick & Hale Design Ltd", "Unit 4, The Paintworks · Bristol BS4 3EH", "accounts@fennickhale.co.uk"],
            ("Fennick & Hale Design Ltd", "accounts@fennickhale.co.uk"),
            ["Greystone Cider Company Ltd", "Attn: Accounts Payable", "Orchard Barn, Hill Lane", "Taunton TA3 7QR"],
            [("Label redesign - Heritage range (3 SKUs)", 3, 85000, 20), ("Print-ready artwork and proofs", 1, 42000, 20),
             ("Photography day rate", 1, 65000, 20)],
            D(2026, 11, 5), "INV-2291", ("days", 30, True), "uk", "en-long", "Greystone Cider Company Ltd",
            "ap@greystonecider.co.uk", True, ref=None, ref_print="GREY-PO-1187", ref_label="Reference",
            ibans=[ib], footer=["Fennick & Hale Design Ltd · Registered in England and Wales No. 09812274 · VAT Reg No " + gbvat(),
                                "Barclays · Sort code %s · Account %s · IBAN %s · BIC BARCGB22" % (sortcode(ib), acct(ib), sp(ib))],
            subject="Invoice INV-2291 from Fennick & Hale Design Ltd", pdf_name="Invoice INV-2291.pdf",
            pay_line=["Payment terms: 30 days from date of invoice.", "Please quote INV-2291 with your payment."],
            note="UK accounting-tool layout: 'Reference' field carries the customer's PO (not a payment reference: null; the mail asks to quote the invoice number), long English dates, VAT Reg No.")
send(v, "pdf", ["Hi there,", "", "Here's invoice INV-2291 for GBP %s." % mk.money(v["total"], "en"),
                "The amount outstanding of %s is due on %s." % (money(v["due_amt"], "gb"), fd(v["due"], "en-long")), "",
                "If you have any questions, please let us know."], ["Thanks,", "Fennick & Hale Design Ltd"])

# 36 catering LLP -> CIC, tool HTML, due date with ordinal
ib = iban("GB", bank="NWBK")
v = invoice("uk", "invoicing-app-html", "body-html",
            ["Spoon & Ladle Kitchen LLP"], ("Spoon & Ladle Kitchen", "invoices@spoonandladle.co.uk"),
            ["Riverside Youth Hub CIC", "22 Quay Street", "Carmarthen SA31 3JT"],
            [("Christmas lunch for volunteers (heads)", 35, 1650, 20), ("Vegan option supplement", 8, 200, 20),
             ("Delivery and setup", 1, 4500, 20)],
            D(2026, 11, 30), "SL-00318", ("date", D(2026, 12, 14), True), "uk", "en-ord", "Riverside Youth Hub CIC",
            "finance@riversideyouthhub.org.uk", True, ibans=[ib],
            footer=["Spoon & Ladle Kitchen LLP · OC431877 · VAT Reg No " + gbvat(),
                    "NatWest · Sort code %s · Account no. %s" % (sortcode(ib), acct(ib)), "IBAN " + sp(ib)],
            subject="Invoice SL-00318 from Spoon & Ladle Kitchen LLP", to_name="Riverside Youth Hub CIC",
            pay_line=["Please pay by bank transfer by the due date, quoting SL-00318."],
            note="Community interest company as debtor; dates with ordinals ('30th November 2026'); an LLP's registration number.")
send(v, "html", ["Dear Riverside Youth Hub,", "Thank you for your order. Your invoice is below."], ["Spoon & Ladle Kitchen LLP"])

# 37 accountants LLP -> sole trader trading as, PDF, 14 days
ib = iban("GB", bank="HBUK")
v = invoice("uk", "practice-software-pdf", "pdf",
            ["Marsden Ogunleye LLP", "Chartered Accountants", "5 Castle Gate · Nottingham NG1 7AQ"],
            ("Marsden Ogunleye LLP", "billing@marsdenogunleye.co.uk"),
            ["Tom Reardon t/a Reardon Roofing", "28 Beeston Lane", "Nottingham NG9 2PD"],
            [("Self assessment tax return 2025/26", 1, 39500, 20), ("Sole trader accounts year ended 5 April 2026", 1, 65000, 20),
             ("Making Tax Digital set-up", 1, 12000, 20)],
            D(2026, 11, 12), "MO/26/1539", ("days", 14, True), "uk", "dmy/", "Tom Reardon t/a Reardon Roofing",
            "tom@reardonroofing.co.uk", True, ibans=[ib],
            footer=["Marsden Ogunleye LLP, a limited liability partnership registered in England No. OC398812",
                    "VAT Reg No %s · HSBC UK · Sort code %s · Account %s · IBAN %s" % (gbvat(), sortcode(ib), acct(ib), sp(ib))],
            subject="Your invoice MO/26/1539", pdf_name="MO-26-1539.pdf",
            pay_line=["Payment due within 14 days. You can also pay by card on 0115 960 4411."],
            note="A sole trader with a trading name as debtor (a business); 'Payment due' row; 31/03/2026-style dates; the mail names the client's own tax due to HMRC, which is not this invoice's amount.")
send(v, "pdf", ["Dear Tom,", "", "Please find attached our invoice for this year's accounts and tax return.",
                "Your return has been filed and the tax due of £3,412.60 must be paid to HMRC by 31 January 2027 - that is not part of our invoice."],
     ["Kind regards,", "Priya Ogunleye", "Partner"])

# 38 bookkeeper -> charity, typed, 'due immediately'
ib = iban("GB", bank="MIDL")
v = invoice("uk", "typed-mail", "body-text",
            ["Clear Ledger Bookkeeping", "Fiona McAllister", "9 Gala Park, Galashiels TD1 1EZ"],
            ("Fiona McAllister", "fiona@clearledger.scot"),
            ["Borders Riding for the Disabled (SC041286)", "Hawick Road Stables", "Selkirk TD7 5DT"],
            [("Bookkeeping October and November (hours)", 11.5, 3200, 0), ("Gift Aid claim preparation", 1, 7500, 0)],
            D(2026, 12, 1), "CL-112", ("now", None), "uk", "dmy/", "Borders Riding for the Disabled",
            "treasurer@bordersrda.org.uk", True, ibans=[],
            subject="Invoice CL-112", to_name="Alison (Treasurer)",
            pay_line=["Due immediately. Sort code %s, account %s, name F McAllister." % (sortcode(ib), acct(ib)),
                      "I'm not VAT registered so there's no VAT on this."],
            note="A Scottish charity (business true) with its charity number beside the name (left out of the label); 'due immediately'; only a sort code and account number, no IBAN (label null).")
send(v, "text", ["Hi Alison,", "", "Invoice for the last two months below. The Gift Aid claim went in yesterday."],
     ["Best wishes,", "Fiona"])

# 39 builder Ltd -> couple by surname, PDF, stage payment minus deposit
ib = iban("GB", bank="NWBK")
v = invoice("uk", "word-pdf", "pdf",
            ["Harrowgate Build Ltd", "The Yard, Sandy Lane · Guildford GU3 1HF", "VAT Reg No " + gbvat()],
            ("Harrowgate Build", "office@harrowgatebuild.co.uk"),
            ["Mr and Mrs Okafor", "Linden Cottage, Shalford Road", "Guildford GU4 8BL"],
            [("Rear extension - stage 3 (roof and windows)", 1, 1420000, 20), ("Variation: rooflight upgrade", 1, 86000, 20)],
            D(2026, 11, 16), "HB-0877", ("days", 7, True), "uk", "en-long", "Mr and Mrs Okafor",
            "okafor.family@gmail.com", False, ibans=[ib], paid=300000,
            footer=["Harrowgate Build Ltd · Company No. 10452271 · NatWest · Sort code %s · Account %s" % (sortcode(ib), acct(ib)),
                    "IBAN " + sp(ib)],
            subject="Stage 3 invoice HB-0877", pdf_name="HB-0877 Stage 3.pdf", delay=1,
            pay_line=["Balance payable within 7 days of the invoice date."],
            note="A stage invoice with the deposit held deducted ('Less deposit paid'); a couple named by surname only (label keeps 'Mr and Mrs').")
send(v, "pdf", ["Dear Mr and Mrs Okafor,", "", "Please find attached the stage 3 invoice, less the deposit held as agreed."],
     ["Kind regards,", "Steve Harrow", "Harrowgate Build Ltd"])

# ================================================================ IRELAND (3 invoices)


def ievat():
    return "IE%s%s" % (n_digits(7), rng.choice(["T", "W", "H", "R"]) + rng.choice(["", "A", "H"]))


# 40 electrician, sole trader -> private, typed, 13.5%
ib = iban("IE", bank="AIBK")
v = invoice("ie", "typed-mail", "body-text",
            ["Ciarán Ó Murchú Electrical", "Ballyvolane, Cork T23 X2K4", "VAT No " + ievat(), "RECI reg. 7741"],
            ("Ciarán Ó Murchú", "ciaran@omurchuelectrical.ie"),
            ["Aoife Brennan", "12 Glanmire Road Upper", "Cork T23 P9H1"],
            [("Rewire of kitchen and utility, labour and materials", 1, 168000, 13.5), ("Safe Electric completion cert", 1, 6000, 13.5)],
            D(2026, 11, 18), "1093", ("days", 30), "ie", "dmy/", "Aoife Brennan", "aoifebrennan@eircom.net", False,
            ibans=[ib], subject="Invoice 1093", to_name="Aoife Brennan",
            pay_line=["Payment within 30 days please.", "AIB, IBAN %s, BIC AIBKIE2D" % sp(ib)],
            note="Irish sole trader ('Ó Murchú'), VAT 13.5% on building services, IBAN and BIC, term only.")
send(v, "text", ["Hi Aoife,", "", "All done and the cert is lodged. Invoice below."], ["Thanks a million,", "Ciarán"])

# 41 marketing Ltd -> DAC, PDF, 23%
ib = iban("IE", bank="BOFI")
v = invoice("ie", "sage-like-pdf", "pdf",
            ["Tidewater Digital Ltd", "3 Merchants Quay · Galway H91 E2W7", "VAT No " + ievat() + " · CRO 598731"],
            ("Tidewater Digital", "accounts@tidewaterdigital.ie"),
            ["Connemara Seafoods DAC", "The Pier", "Rossaveel, Co. Galway H91 KX03"],
            [("Social media management Nov 2026", 1, 145000, 23), ("Paid ads spend (recharged at cost)", 1, 60000, 23),
             ("Product video shoot", 1, 95000, 23)],
            D(2026, 11, 30), "TD-1402", ("days", 30, True), "ie", "dmy/", "Connemara Seafoods DAC",
            "payables@connemaraseafoods.ie", True, ibans=[ib],
            footer=["Tidewater Digital Ltd · Registered in Ireland 598731 · Bank of Ireland · IBAN %s · BIC BOFIIE2D" % sp(ib)],
            subject="Invoice TD-1402 - November", pdf_name="TD-1402.pdf",
            pay_line=["Terms: 30 days nett."],
            note="An Irish DAC as debtor; 23% VAT; 'Terms: 30 days nett'.")
send(v, "pdf", ["Hi Niamh,", "", "Please find attached invoice TD-1402 for November."], ["Kind regards,", "Accounts", "Tidewater Digital"])

# 42 café Teo. -> Gaelscoil, tool HTML, due date
ib = iban("IE", bank="IPBS")
v = invoice("ie", "invoicing-app-html", "body-html",
            ["Caifé na Trá Teo."], ("Caifé na Trá Teo.", "billing@caifenatra.ie"),
            ["Gaelscoil an Chuain", "Bóthar na Trá", "An Spidéal, Co. na Gaillimhe"],
            [("Christmas concert refreshments (pupils)", 180, 250, 13.5), ("Tea/coffee for parents", 120, 150, 13.5),
             ("Hire of urns", 2, 2000, 23)],
            D(2026, 12, 2), "CNT-0562", ("date", D(2026, 12, 23), True), "ie", "dmy/", "Gaelscoil an Chuain",
            "oifig@gaelscoilanchuain.ie", True, ibans=[ib],
            footer=["Caifé na Trá Teoranta · VAT No %s · IBAN %s" % (ievat(), sp(ib))],
            subject="Invoice CNT-0562 from Caifé na Trá Teo.", to_name="Oifig Gaelscoil an Chuain",
            pay_line=["Please pay by the due date by bank transfer. Go raibh maith agaibh!"],
            note="An Irish-medium school as debtor; the seller a 'Teo.' company; 13.5% and 23% lines.")
send(v, "html", ["A chara,", "Please find your invoice below."], ["Caifé na Trá Teo."])

# ================================================================ ACROSS BORDERS (8 invoices)

# 43 Dutch BV -> German GmbH, in English, reverse charge, RF reference
ib = iban("NL", bank="RABO")
rf, rfp = rf_ref("2026" + n_digits(7))
v = invoice("xen", "exact-like-pdf", "pdf",
            ["Hollands Kas Techniek B.V.", "Coldenhovelaan 12 · 2671 DJ Naaldwijk · The Netherlands",
             "Chamber of Commerce 27190332 · VAT NL815577210B01"],
            ("Hollands Kas Techniek B.V.", "invoices@hollandskas.nl"),
            ["Gärtnerei Lindemann GmbH", "Attn. Mr Sven Lindemann", "Am Deich 40", "47559 Kranenburg", "Germany",
             "VAT ID DE" + n_digits(9)],
            [("LED grow light retrofit, greenhouse 3 (fixtures)", 64, 38500, 0), ("Installation crew, 3 days", 3, 198000, 0),
             ("Climate computer licence 2027", 1, 145000, 0)],
            D(2026, 11, 24), "90026581", ("days", 30, True), "eur-en", "dmy-", "Gärtnerei Lindemann GmbH",
            "buchhaltung@gaertnerei-lindemann.de", True, ref=rf, ref_print=rfp, ref_label="Payment reference",
            ibans=[ib], vat_note="VAT reverse charged - Article 196 Council Directive 2006/112/EC.",
            footer=["Rabobank · IBAN %s · BIC RABONL2U" % sp(ib)],
            subject="Invoice 90026581 - Hollands Kas Techniek B.V.", pdf_name="Invoice_90026581.pdf",
            pay_line=["Payment within 30 days of the invoice date, quoting the payment reference."],
            note="Dutch firm, English invoice to a German business: reverse charge (0% line left out), Dutch date form 24-11-2026, 'EUR 1,234.56', RF reference.")
send(v, "pdf", ["Dear Mr Lindemann,", "", "Please find attached our invoice for the LED retrofit of greenhouse 3.",
                "Kind regards from Naaldwijk,"], ["Marieke Zwinkels", "Finance | Hollands Kas Techniek B.V."])

# 44 Dutch bookkeeping-tool HTML, in English, to a Flemish BV
ib = iban("NL", bank="BUNQ")
v = invoice("xen", "online-boekhouding-html", "body-html",
            ["Koppel & Kode"], ("Koppel & Kode via online invoicing", "noreply@invoices-online.nl"),
            ["Fietsfabriek Brugge BV", "Sint-Pietersvaart 18", "8000 Brugge", "Belgium", "VAT BE" + be_vat()[2:]],
            [("API integration webshop - dealer portal (hours)", 36, 9500, 0), ("Hosting staging environment Q4", 1, 12000, 0)],
            D(2026, 11, 13), "2026-0147", ("days", 14, True), "ie", "en-long", "Fietsfabriek Brugge BV",
            "facturen@fietsfabriekbrugge.be", True, ibans=[ib],
            vat_note="VAT reverse-charged to the customer (intra-EU service, art. 44 and 196 VAT Directive).",
            footer=["Koppel & Kode VOF · Herengracht 400 · 1017 BX Amsterdam · KvK 85501296 · VAT NL864113982B01 · IBAN %s" % sp(ib)],
            subject="Invoice 2026-0147 from Koppel & Kode", to_name="Fietsfabriek Brugge",
            pay_line=["Please transfer %s within 14 days to %s, stating invoice number 2026-0147." % (None, sp(ib))],
            note="A Dutch online bookkeeping tool's HTML in English to a Flemish business; reverse charge; '€1,234.56' English amounts; long English dates.")
v["pay_line"] = ["Please transfer %s within 14 days to %s, stating invoice number 2026-0147." % (money(v["due_amt"], "ie"), sp(ib))]
send(v, "html", ["Dear customer,", "Koppel & Kode has sent you an invoice."], ["Sent with your online bookkeeping"])

# 45 Flemish BV -> Dutch B.V., in Dutch, BTW verlegd, structured communication
ib = iban("BE", bank="735")
st, stp = be_struct()
vat = be_vat()
v = invoice("be", "be-boekhoud-pdf", "pdf",
            ["Houtbouw Verstraete BV", "Ambachtenlaan 5 · 8800 Roeselare · België", "BTW " + vat],
            ("Houtbouw Verstraete", "boekhouding@houtbouwverstraete.be"),
            ["Recreatiepark De Zeven Heuvels B.V.", "Boslaan 2", "6571 CT Berg en Dal", "Nederland", "Btw-id NL" + n_digits(9) + "B01"],
            [("Houten chalet type Eik, geleverd en gemonteerd", 2, 2145000, 0), ("Transport Roeselare - Berg en Dal", 2, 85000, 0)],
            D(2026, 11, 6), "2026/1031", ("days", 45, True), "be", "dmy/", "Recreatiepark De Zeven Heuvels B.V.",
            "administratie@dezevenheuvels.nl", True, ref=st, ref_print=stp, ref_label="Gestructureerde mededeling",
            ibans=[ib], vat_note="Btw verlegd - intracommunautaire levering, art. 39bis W.BTW.",
            footer=be_footer("Houtbouw Verstraete BV", vat, [ib], "KREDBEBB", "Gent, afdeling Kortrijk"),
            subject="Factuur 2026/1031 Houtbouw Verstraete", pdf_name="factuur_2026-1031.pdf", delay=5,
            pay_line=["Te betalen binnen 45 dagen na factuurdatum met vermelding van de gestructureerde mededeling."],
            note="Belgian firm to a Dutch B.V.: Flemish 'Vervaldag', structured communication, intra-community supply without VAT; mailed five days after the invoice date.")
send(v, "pdf", ["Beste,", "", "In bijlage vindt u de factuur voor de twee chalets. De levering is goed verlopen, hopen we!"],
     ["Met vriendelijke groeten,", "Ilse Verstraete"])

# 46 Austrian KG -> German GmbH, Reverse Charge
ib = iban("AT", bank="12000")
uidb = "DE" + n_digits(9)
v = invoice("at", "handwerker-software-pdf", "pdf",
            ["Stahlbau Moser KG", "Industriezeile 44 · 6300 Wörgl · Österreich", "UID " + atu() + " · FN 87231 p · LG Innsbruck"],
            ("Stahlbau Moser KG", "rechnungswesen@stahlbau-moser.at"),
            ["Holzhaus Allgäu GmbH", "Gewerbestraße 9", "87435 Kempten", "Deutschland", "USt-IdNr. " + uidb],
            [("Stahlträger HEB 200 feuerverzinkt (lfm)", 38, 12800, 0), ("Fertigung Anschlussplatten", 1, 186000, 0),
             ("Lieferung frei Baustelle", 1, 48000, 0)],
            D(2026, 11, 10), "AR-26-0917", ("days", 30, True), "at", "dmy.", "Holzhaus Allgäu GmbH",
            "kreditoren@holzhaus-allgaeu.de", True, ref="AR260917", ref_print="AR260917", ref_label="Zahlungsreferenz",
            ibans=[ib], vat_note="Steuerfreie innergemeinschaftliche Lieferung gem. Art. 6 Abs. 1 UStG 1994 / Art. 138 MwStSystRL.",
            footer=["Bank Austria · IBAN %s · BIC BKAUATWW" % sp(ib)],
            subject="Rechnung AR-26-0917", pdf_name="AR-26-0917.pdf",
            pay_line=["Zahlbar binnen 30 Tagen netto. Bitte bei Zahlung die Zahlungsreferenz angeben."],
            note="Austrian firm to a German GmbH: both VAT ids, tax-free intra-community supply, Austrian 'zahlbar binnen 30 Tagen netto' and 'Zahlungsreferenz'.")
send(v, "pdf", ["Sehr geehrte Damen und Herren,", "", "anbei übermitteln wir Ihnen die Rechnung zur Lieferung vom 09.11.2026."],
     ["Freundliche Grüße aus Wörgl", "Sabine Moser", "Rechnungswesen"])

# 47 UK Ltd -> Irish Teo., EUR, outside the scope of UK VAT
ib = iban("GB", bank="BARC")
v = invoice("uk", "typed-mail", "body-text",
            ["Northwind Sound Ltd", "41 Dale Street, Liverpool L2 2HF", "VAT Reg No " + gbvat()],
            ("Northwind Sound Ltd", "bookings@northwindsound.co.uk"),
            ["Féile an Atlantaigh Teo.", "Sráid an tSéipéil", "Clifden, Co. Galway", "Ireland"],
            [("PA and lighting hire, festival weekend", 1, 420000, 0), ("Sound engineers (days)", 6, 45000, 0),
             ("Ferry and haulage Holyhead-Dublin", 1, 98000, 0)],
            D(2026, 10, 26), "NWS-3377", ("days", 30, True), "eur-en", "en-ord", "Féile an Atlantaigh Teo.",
            "cuntais@feileanatlantaigh.ie", True, ibans=[ib],
            vat_note="Outside the scope of UK VAT - place of supply Ireland (customer to account for VAT under reverse charge).",
            subject="Invoice NWS-3377 (EUR)", to_name="Féile an Atlantaigh",
            pay_line=["Please pay in euro to our Barclays euro account:", "IBAN %s · BIC BARCGB22" % sp(ib),
                      "Payment due 30 days from date of invoice."],
            note="UK firm invoicing an Irish company in euro: ordinals in dates, no UK VAT (place of supply), euro account IBAN.")
send(v, "text", ["Hi Máire,", "", "Great weekend - thanks for having us. Invoice below, in euro as agreed."],
     ["All the best,", "Kieran", "Northwind Sound Ltd"])

# 48 Swiss GmbH -> German firm, in EUR, QR-bill in EUR, no MWST
ibq = iban("CH")
v = invoice("ch", "bexio-like-pdf", "pdf",
            ["Alpenkäserei Tanner GmbH", "Dorf 12 · 9658 Wildhaus", "MWST " + che() + " MWST"],
            ("Alpenkäserei Tanner", "verkauf@alpenkaeserei-tanner.ch"),
            ["Feinkost Albrecht OHG", "Maximilianstraße 30", "86150 Augsburg", "Deutschland"],
            [("Toggenburger Bergkäse Laib ca. 7 kg (kg)", 42.6, 2480, 0), ("Alpkäse Sommer 2026 (kg)", 18.4, 3150, 0),
             ("Kühlversand bis Grenze", 1, 9500, 0)],
            D(2026, 11, 26), "R-2026-0688", ("days", 30, True), "ch-eur", "dmy.", "Feinkost Albrecht OHG",
            "einkauf@feinkost-albrecht.de", True, ibans=[ibq], currency="EUR",
            vat_note="Export: von der MWST befreit (Art. 23 Abs. 2 Ziff. 1 MWSTG). Einfuhrumsatzsteuer trägt der Empfänger.",
            footer=["Alpenkäserei Tanner GmbH · St. Galler Kantonalbank · EUR-Konto IBAN %s" % sp(ibq)],
            subject="Rechnung R-2026-0688 (EUR)", pdf_name="Rechnung_R-2026-0688.pdf",
            pay_line=["Zahlbar innert 30 Tagen netto in EUR auf unser EUR-Konto."],
            note="Swiss firm invoicing in EUR (no 5-Rappen rounding): amounts 'EUR 1'234.50', export without MWST, weights in decimals, QR-bill in EUR without reference.")
qr_block(v, ibq, None, "Rechnung R-2026-0688", ["Alpenkäserei Tanner GmbH", "Dorf 12", "9658 Wildhaus"],
         ["Feinkost Albrecht OHG", "Maximilianstraße 30", "DE-86150 Augsburg"], cur="EUR")
send(v, "pdf", ["Grüezi Herr Albrecht", "", "Die Ware ist unterwegs. Anbei die Rechnung in EUR mit Einzahlungsschein."],
     ["Freundliche Grüsse aus dem Toggenburg", "Urs Tanner"])

# 49 Irish Ltd -> Northern Ireland Ltd, in GBP
ib = iban("IE", bank="AIBK")
v = invoice("ie", "sage-like-pdf", "pdf",
            ["Lough Erne Joinery Ltd", "Blacklion Road · Belturbet, Co. Cavan H14 RT90", "VAT No " + ievat()],
            ("Lough Erne Joinery", "accounts@lougherne-joinery.ie"),
            ["Fermanagh Lakeside Lodges Ltd", "Killyhevlin", "Enniskillen BT74 4AU", "Northern Ireland", "VAT XI " + n_digits(9)],
            [("Oak staircases, supplied and fitted", 3, 465000, 0), ("Handrail extensions (m)", 14, 8500, 0)],
            D(2026, 11, 9), "LEJ-2026-118", ("days", 30, True), "gb", "dmy/", "Fermanagh Lakeside Lodges Ltd",
            "finance@lakesidelodges.co.uk", True, ibans=[ib], currency="GBP",
            vat_note="Zero-rated supply of goods to a VAT-registered customer in Northern Ireland (XI). Customer to account for VAT.",
            footer=["Lough Erne Joinery Ltd · CRO 441297 · AIB sterling account · IBAN %s · BIC AIBKIE2D" % sp(ib)],
            subject="Invoice LEJ-2026-118 (GBP)", pdf_name="LEJ-2026-118.pdf",
            pay_line=["Payment in sterling within 30 days of invoice date."],
            note="An Irish company invoicing across the border in sterling (GBP in Ireland), zero-rated to an XI VAT number.")
send(v, "pdf", ["Hi Gareth,", "", "Please see attached invoice for the staircases, in sterling as quoted."], ["Regards,", "Declan", "Lough Erne Joinery"])

# 50 German GmbH -> Swiss AG, EUR, tax-free service to Switzerland, typed
ib = iban("DE")
v = invoice("de", "typed-mail", "body-text",
            ["Messebau Rheinfelden GmbH", "Güterstraße 11, 79618 Rheinfelden (Baden)", "USt-IdNr. " + de_ust()],
            ("Messebau Rheinfelden GmbH", "buchhaltung@messebau-rheinfelden.de"),
            ["Präzisionsmechanik Frei AG", "Industriestrasse 20", "CH-4310 Rheinfelden", "Schweiz"],
            [("Messestand 24 m², Auf- und Abbau, Swissbau", 1, 1180000, 0), ("Grafikdruck Rückwand", 1, 84000, 0)],
            D(2026, 11, 19), "MB-2026-212", ("days", 14, True), "de", "dmy.", "Präzisionsmechanik Frei AG",
            "kreditoren@frei-praezision.ch", True, ref="MB-2026-212", ibans=[ib],
            vat_note="Nicht im Inland steuerbare Leistung (§ 3a Abs. 2 UStG), Steuerschuldnerschaft des Leistungsempfängers.",
            subject="Rechnung MB-2026-212 Messestand", to_name="Präzisionsmechanik Frei AG",
            pay_line=["Zahlbar innerhalb 14 Tagen ohne Abzug in EUR.", "Volksbank Dreiländereck, IBAN %s" % sp(ib),
                      "Verwendungszweck: MB-2026-212"],
            note="German firm to a Swiss AG in EUR: no German VAT (place of supply), Verwendungszweck = number, German date form.")
send(v, "text", ["Sehr geehrte Damen und Herren,", "", "für den Messestand stellen wir Ihnen wie vereinbart in Rechnung:"],
     ["Mit freundlichen Grüßen", "Messebau Rheinfelden GmbH", "Buchhaltung"])

# ================================================================ NOT INVOICES (25)


def doc_pdf(head, addr, title, fields, cols, rows, tots, tail, footer=(), landscape=False):
    p = mk.Page(landscape)
    p.text(56, 58, head[0], 14, True)
    y = 58
    for s in head[1:]:
        y += 11
        p.text(56, y, s, 8)
    y = 150
    for s in addr:
        p.text(56, y, s, 10)
        y += 13
    y2 = 150
    for k, val in fields:
        p.text(360, y2, k, 8)
        p.right(539, y2, val, 8)
        y2 += 12
    y = max(y, y2) + 36
    p.text(56, y, title, 16, True)
    y += 30
    xs = [56, 330, 430, 539][-len(cols):] if len(cols) < 4 else [56, 330, 430, 539]
    if len(cols) == 5:
        xs = [56, 250, 330, 430, 539]
    for i, c in enumerate(cols):
        (p.text if i == 0 else p.right)(xs[i], y, c, 9, True)
    p.rule(56, y + 4, 539, y + 4)
    y += 18
    for r in rows:
        for i, c in enumerate(r):
            (p.text if i == 0 else p.right)(xs[i], y, c, 9)
        y += 14
    y += 6
    for i, (k, val) in enumerate(tots):
        last = i == len(tots) - 1
        p.text(330, y, k, 9, last)
        p.right(539, y, val, 9, last)
        y += 14
    y += 20
    for s in tail:
        p.text(56, y, s, 9)
        y += 12
    yf = 790
    for s in reversed(list(footer)):
        p.text(297, yf, s, 7, align="center")
        yf -= 10
    return [p]


def simple_rows(items, st, lang):
    lines, net, vats, rounding, total = compute(items, st == "ch")
    rows = [(d_, qty(q, lang), bare(u, st), bare(a, st)) for d_, q, u, v_, a in lines]
    return rows, net, vats, rounding, total


# 51 Swiss Mahnung that only refers to invoices already sent
a1, a2 = 184235, 62990
non_invoice("bexio-like-text", "de", ("Schreinerei Odermatt AG", "buchhaltung@odermatt-schreinerei.ch"),
            "Bistro Seeblick GmbH", "admin@bistro-seeblick.ch", "1. Mahnung – offene Rechnungen", D(2026, 11, 30),
            "A first reminder listing two invoices already sent; it asks for payment of those invoices and is not an invoice itself.",
            "Mahnung in Swiss style: invoice numbers, dates, CHF amounts and a total outstanding; no new charge.",
            body="\n".join([
                "Sehr geehrte Damen und Herren", "",
                "Bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Rechnungen noch offen sind:", "",
                "Rechnung      Datum        fällig am      Betrag",
                "R-2026-1712   18.09.2026   18.10.2026     CHF %s" % mk.money(a1, "ch"),
                "R-2026-1840   07.10.2026   06.11.2026     CHF %s" % mk.money(a2, "ch"),
                "", "Total offen: CHF %s" % mk.money(a1 + a2, "ch"), "",
                "Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie diese Mahnung bitte als gegenstandslos.",
                "Andernfalls bitten wir Sie, den Betrag innert 10 Tagen mit den Einzahlungsscheinen der Originalrechnungen zu begleichen.",
                "", "Freundliche Grüsse", "Schreinerei Odermatt AG", "Buchhaltung", "Stanserstrasse 40, 6370 Stans"]))

# 52 Austrian Kostenvoranschlag
rows, net, vats, _, tot = simple_rows([("Dachrinnen Kupfer erneuern (lfm)", 34, 6850, 20), ("Gerüst inkl. Auf- und Abbau", 1, 148000, 20),
                                       ("Spenglerarbeiten Kamineinfassung", 1, 62000, 20)], "at", "de")
non_invoice("handwerker-software-pdf", "de", ("Spenglerei Aigner GmbH", "office@spenglerei-aigner.at"),
            "Brigitte Haslinger", "b.haslinger@a1.net", "Kostenvoranschlag KV-2026-148", D(2026, 11, 17),
            "A Kostenvoranschlag (estimate) for work not yet ordered; nothing is owed.",
            "Estimate with net, USt 20 % and Gesamtbetrag, 'unverbindlich', valid three months.",
            body="Sehr geehrte Frau Haslinger,\n\nwie besprochen übermitteln wir Ihnen unseren Kostenvoranschlag für die Dachrinnen.\n\nMit freundlichen Grüßen\nMartin Aigner",
            pages=doc_pdf(["Spenglerei Aigner GmbH", "Wiener Straße 77 · 3100 St. Pölten", "UID ATU%s" % n_digits(8)],
                          ["Frau", "Brigitte Haslinger", "Kremser Landstraße 9", "3100 St. Pölten"], "Kostenvoranschlag",
                          [("KV-Nr.", "KV-2026-148"), ("Datum", "17.11.2026"), ("Gültig bis", "17.02.2027")],
                          ["Leistung", "Menge", "Einzelpreis", "Betrag"], rows,
                          [("Summe netto", money(net, "at")), ("USt 20 %", money(vats[0][2], "at")), ("Gesamtbetrag", money(tot, "at"))],
                          ["Dieser Kostenvoranschlag ist unverbindlich und unentgeltlich.",
                           "Bei Auftragserteilung: zahlbar binnen 14 Tagen nach Rechnungslegung ohne Abzug."]),
            pdf_name="KV-2026-148.pdf")

# 53 Flemish offerte with a voorschot
rows, net, vats, _, tot = simple_rows([("Ramen PVC antraciet, 6 stuks, geleverd en geplaatst", 1, 742000, 6),
                                       ("Afbraak en afvoer oude ramen", 1, 48000, 6)], "be", "nl")
non_invoice("be-boekhoud-pdf", "nl", ("Schrijnwerkerij Desmet BV", "offertes@schrijnwerkerij-desmet.be"),
            "Pieter Vandenberghe", "pieter.vandenberghe@telenet.be", "Offerte OF-26-0233 ramen", D(2026, 11, 20),
            "An offerte (quote) that asks for a deposit once accepted; no invoice yet.",
            "Flemish quote with totals, 6% renovation VAT and 'bij akkoord voorschot 30%' with an account number.",
            body="Beste Pieter,\n\nIn bijlage vindt u onze offerte voor de vernieuwing van uw ramen. Bij akkoord mag u de offerte ondertekend terugsturen.\n\nMet vriendelijke groeten,\nNathalie Desmet",
            pages=doc_pdf(["Schrijnwerkerij Desmet BV", "Brugsesteenweg 150 · 8500 Kortrijk", "BTW " + be_vat()],
                          ["Dhr. Pieter Vandenberghe", "Leiestraat 27", "8500 Kortrijk"], "OFFERTE",
                          [("Offertenr.", "OF-26-0233"), ("Datum", "20/11/2026"), ("Geldig tot", "20/01/2027")],
                          ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"], rows,
                          [("Totaal excl. btw", money(net, "be")), ("Btw 6%", money(vats[0][2], "be")), ("Totaal incl. btw", money(tot, "be"))],
                          ["Bij akkoord vragen wij een voorschot van 30%% (%s)." % money(half_up(tot * 0.3), "be"),
                           "U ontvangt hiervoor een voorschotfactuur. Saldo te betalen na plaatsing."]),
            pdf_name="Offerte OF-26-0233.pdf")

# 54 UK statement of account
st_rows = [("02/09/2026", "Invoice INV-1802", "1,240.00", ""), ("15/09/2026", "Invoice INV-1819", "386.40", ""),
           ("30/09/2026", "Payment received - thank you", "", "1,240.00"), ("06/10/2026", "Invoice INV-1877", "912.00", ""),
           ("04/11/2026", "Invoice INV-1940", "455.00", "")]
bal = 124000 + 38640 - 124000 + 91200 + 45500
non_invoice("sage-like-pdf", "en", ("Ashdown Office Supplies Ltd", "credit.control@ashdownoffice.co.uk"),
            "Accounts Payable", "ap@brightwellvets.co.uk", "Statement of account - November 2026", D(2026, 11, 30),
            "A statement of account listing invoices and payments already sent; it claims no new charge.",
            "Statement with running items, a payment and a balance owing, 'please remit' wording and the bank details.",
            body="Dear Sir/Madam,\n\nPlease find attached your statement of account as at 30/11/2026. We would be grateful if overdue items could be settled at your earliest convenience.\n\nKind regards,\nCredit Control\nAshdown Office Supplies Ltd",
            pages=doc_pdf(["Ashdown Office Supplies Ltd", "Unit 9, Bell Lane Industrial Estate · Uckfield TN22 1QL", "VAT Reg No " + gbvat()],
                          ["Brightwell Veterinary Practice Ltd", "44 High Street", "Crowborough TN6 2QA"], "STATEMENT",
                          [("Account", "BRI004"), ("Statement date", "30/11/2026")],
                          ["Date", "Details", "Debit", "Credit"], st_rows,
                          [("Balance owing", "£" + mk.money(bal, "en"))],
                          ["Remittances to: sort code 40-11-62, account 21447780. Please quote your account number."]),
            pdf_name="Statement_BRI004_Nov2026.pdf")

# 55 remittance advice received and forwarded to the bookkeeper
non_invoice("forwarded-mail", "en", ("Oakfield Garden Rooms", "accounts@oakfieldgardenrooms.co.uk"),
            "Megan (bookkeeper)", "megan@ledgerlane-bookkeeping.co.uk", "Fwd: Remittance Advice - Payment 0009817734",
            D(2026, 11, 26),
            "A customer's remittance advice, forwarded to the bookkeeper: it reports a payment made, not money owed.",
            "Forwarded remittance with an invoice number, amount and 'payment date'; the sender is the business itself.",
            body="\n".join([
                "Hi Megan,", "", "FYI - Halden Homes have paid INV-0612. Can you match it up please?", "", "Thanks, Rob", "",
                "---------- Forwarded message ---------",
                "From: Halden Homes Ltd <payments@haldenhomes.co.uk>", "Date: Thu, 26 Nov 2026 at 06:02",
                "Subject: Remittance Advice - Payment 0009817734", "To: accounts@oakfieldgardenrooms.co.uk", "",
                "REMITTANCE ADVICE", "", "Supplier: Oakfield Garden Rooms", "Payment date: 26/11/2026",
                "Payment method: BACS", "",
                "Your ref      Our ref     Invoice date   Amount paid",
                "INV-0612      PO-77310    29/10/2026     £8,640.00", "",
                "Total paid: £8,640.00", "",
                "This is an automated message. Please allow 2-3 working days for funds to clear."]))

# 56 Flemish credit note announced, not attached
non_invoice("typed-mail", "nl", ("Elektro Claeys BV", "administratie@elektroclaeys.be"),
            "Hilde Wuyts", "hilde.wuyts@scarlet.be", "Uw factuur 2026/0887 - creditnota volgt", D(2026, 11, 19),
            "An announcement that a credit note will be made; the credit note itself is not in the mail.",
            "Names the original invoice, its amount and the amount to be credited; no document.",
            body="\n".join(["Beste mevrouw Wuyts,", "",
                            "U hebt gelijk: op factuur 2026/0887 van 412,10 EUR werd de verplaatsing twee keer aangerekend.",
                            "Wij maken een creditnota op van 42,35 EUR (35,00 EUR excl. 21% btw). U ontvangt die deze week via de post en per mail.",
                            "U mag dus het verschil van 369,75 EUR betalen, met dezelfde gestructureerde mededeling als op de factuur.",
                            "", "Excuses voor het ongemak.", "", "Met vriendelijke groeten,", "Dirk Claeys"]))

# 57 German Auftragsbestätigung with totals
rows, net, vats, _, tot = simple_rows([("Bürostuhl ergonomisch, Modell Kiel", 8, 41900, 19),
                                       ("Höhenverstellbarer Schreibtisch 160x80", 8, 58900, 19), ("Lieferung und Montage", 1, 39000, 19)], "de", "de")
non_invoice("lexware-like-pdf", "de", ("Büromöbel Hansen GmbH", "auftrag@bueromoebel-hansen.de"),
            "Einkauf Westphal Logistik", "einkauf@westphal-logistik.de", "Auftragsbestätigung AB-26-0559", D(2026, 11, 25),
            "An order confirmation with totals; the invoice follows on delivery.",
            "Auftragsbestätigung with net, 19 % USt, Gesamtbetrag and 'zahlbar innerhalb 14 Tagen nach Rechnungserhalt'.",
            body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung; Liefertermin KW 50.\n\nMit freundlichen Grüßen\nBüromöbel Hansen GmbH",
            pages=doc_pdf(["Büromöbel Hansen GmbH", "Hafenstraße 8 · 24768 Rendsburg"], ["Westphal Logistik GmbH", "Einkauf", "Am Kanal 3", "24782 Büdelsdorf"],
                          "Auftragsbestätigung", [("AB-Nr.", "AB-26-0559"), ("Datum", "25.11.2026"), ("Ihre Bestellung", "BE-4471 vom 23.11.2026")],
                          ["Artikel", "Menge", "Einzelpreis", "Gesamt"], rows,
                          [("Nettobetrag", money(net, "de")), ("zzgl. 19 % USt.", money(vats[0][2], "de")), ("Gesamtbetrag", money(tot, "de"))],
                          ["Die Rechnung erhalten Sie nach Lieferung.", "Zahlungsbedingungen: zahlbar innerhalb 14 Tagen nach Rechnungserhalt ohne Abzug."]),
            pdf_name="AB-26-0559.pdf")

# 58 Dutch payment received confirmation
non_invoice("boekhoudtool-text", "nl", ("Loodgietersbedrijf Smit", "facturen@smit-loodgieters.nl"),
            "A. Bakker", "a.bakker@xs4all.nl", "Betaling ontvangen voor factuur 2026-0911", D(2026, 11, 24),
            "A confirmation that an invoice has been paid; nothing is owed.",
            "Thank-you mail with invoice number, amount and 'openstaand bedrag € 0,00'.",
            body="\n".join(["Beste heer Bakker,", "", "Wij hebben uw betaling van € 286,77 voor factuur 2026-0911 in goede orde ontvangen.",
                            "Openstaand bedrag: € 0,00", "", "Bedankt en tot een volgende keer!", "", "Loodgietersbedrijf Smit",
                            "Dit bericht is automatisch verstuurd vanuit ons boekhoudprogramma."]))

# 59 Austrian price list
pl = [("Christbaum Nordmanntanne 150-175 cm", "39,00"), ("Christbaum Nordmanntanne 175-200 cm", "49,00"),
      ("Blaufichte 150-200 cm", "29,00"), ("Ständer Gusseisen", "24,90"), ("Zustellung Wien (je Lieferung)", "15,00")]
non_invoice("excel-pdf", "de", ("Forstgut Wallner OG", "verkauf@forstgut-wallner.at"),
            "Hotel Stefanie Einkauf", "einkauf@hotel-stefanie-wien.at", "Preisliste Christbäume 2026", D(2026, 11, 12),
            "A price list for the season; no goods or services have been charged.",
            "Prices incl. USt with delivery fees and 'Zahlung binnen 14 Tagen nach Lieferung' in the conditions.",
            body="Sehr geehrte Damen und Herren,\n\nanbei unsere Preisliste für die Saison 2026. Bestellungen bitte bis 5. Dezember.\n\nMit freundlichen Grüßen\nFamilie Wallner",
            pages=doc_pdf(["Forstgut Wallner OG", "Hauptstraße 4 · 3571 Gars am Kamp", "UID ATU%s" % n_digits(8)], [], "Preisliste 2026",
                          [("Gültig ab", "12.11.2026")], ["Artikel", "Preis inkl. 10 % USt"], pl, [],
                          ["Mengenrabatt ab 20 Stück 10 %.", "Zahlung binnen 14 Tagen nach Lieferung und Rechnungslegung."]),
            pdf_name="Preisliste_2026.pdf")

# 60 Irish booking confirmation with a payment schedule
non_invoice("booking-system-text", "en", ("Dingle Bay Cottages", "bookings@dinglebaycottages.ie"),
            "Hannah Schmitt", "hannah.schmitt@gmx.de", "Booking confirmed - Fuchsia Cottage, 10-17 July 2027",
            D(2026, 11, 21),
            "A booking confirmation with a schedule of future payments; the deposit was paid by card and no amount is invoiced.",
            "Shows total price, deposit paid and a balance due date eight weeks before arrival.",
            body="\n".join(["Dear Hannah,", "", "Thank you for your booking! Here are your details:", "",
                            "Booking ref: DBC-27-0318", "Property: Fuchsia Cottage, Ventry", "Dates: Saturday 10 July 2027 - Saturday 17 July 2027",
                            "Guests: 2 adults, 2 children", "", "Total price:        €1,450.00",
                            "Deposit paid (card): €435.00   - received 21/11/2026",
                            "Balance:            €1,015.00  - due 15/05/2027", "",
                            "We will email you a reminder before the balance is due. Nothing more to pay today.", "",
                            "Fáilte romhat!", "Siobhán", "Dingle Bay Cottages"]))

# 61 UK pro-forma for customs
rows, net, vats, _, tot = simple_rows([("Handmade leather satchel, tan (HS 4202.91)", 12, 6800, 0),
                                       ("Leather card holder (HS 4202.31)", 40, 1150, 0)], "gb", "en")
non_invoice("word-pdf", "en", ("Cotswold Hide Co.", "orders@cotswoldhide.co.uk"),
            "Lederwaren Keller", "info@lederwaren-keller.ch", "Pro forma invoice for customs - shipment CH-2611", D(2026, 11, 27),
            "A pro-forma for customs clearance: the goods were paid in advance and the document says no payment is due.",
            "Pro-forma titled 'invoice' with HS codes, values, Incoterms and 'no payment required'.",
            body="Dear Mr Keller,\n\nYour parcel ships today with DHL. Attached is the pro forma invoice for Swiss customs; please keep it with the import paperwork.\n\nBest wishes,\nEmily",
            pages=doc_pdf(["Cotswold Hide Co.", "Mill Yard, Chipping Norton OX7 5NP · EORI GB%s000" % n_digits(9)],
                          ["Lederwaren Keller", "Marktgasse 14", "3011 Bern", "Switzerland"], "PRO FORMA INVOICE",
                          [("Pro forma no.", "PF-2611"), ("Date", "27/11/2026"), ("Incoterms", "DAP Bern")],
                          ["Description", "Qty", "Unit value", "Value"], rows,
                          [("Total value for customs", "£" + mk.money(tot, "en"))],
                          ["For customs purposes only. Goods paid in full on 20/11/2026 - no payment required.",
                           "Country of origin: United Kingdom. Zero-rated export."]),
            pdf_name="Proforma_PF-2611.pdf")

# 62 Irish quotation
non_invoice("typed-mail", "en", ("Shannon Side Landscaping", "info@shannonsidelandscaping.ie"),
            "Pádraig Kelly", "pkelly@kellyfamily.ie", "Quotation - patio and drainage", D(2026, 11, 14),
            "A quotation for work not yet agreed.",
            "Itemised quote with VAT at 13.5%, a total and 'deposit of 25% on acceptance'.",
            body="\n".join(["Hi Pádraig,", "", "Thanks for having me out on Tuesday. As promised, here's the quotation:", "",
                            "QUOTATION Q-2026-071", "Date: 14/11/2026", "",
                            "Sandstone patio 28 m², supplied and laid        €4,760.00",
                            "French drain along the boundary, 16 m          €1,120.00",
                            "Removal of spoil                                 €380.00",
                            "Subtotal                                       €6,260.00",
                            "VAT 13.5%                                        €845.10",
                            "Total                                          €7,105.10", "",
                            "Quote valid for 60 days. A 25% deposit secures a start date in March; the balance on completion.", "",
                            "Talk soon,", "Eoin Hayes", "Shannon Side Landscaping"]))

# 63 German Zuwendungsbestätigung (tax certificate)
non_invoice("vereinssoftware-pdf", "de", ("Förderverein Freibad Sonnenberg e.V.", "kasse@freibad-sonnenberg.de"),
            "Gerhard Ziegler", "g.ziegler@arcor.de", "Ihre Zuwendungsbestätigung 2026", D(2026, 12, 2),
            "A donation receipt for the tax office (Zuwendungsbestätigung): it confirms money already given.",
            "Official form wording with an amount in figures and words and the Finanzamt's exemption notice.",
            body="Lieber Herr Ziegler,\n\nherzlichen Dank für Ihre Unterstützung! Anbei Ihre Zuwendungsbestätigung für das Finanzamt.\n\nViele Grüße\nUte Brandl, Kassiererin",
            pages=doc_pdf(["Förderverein Freibad Sonnenberg e.V.", "Badweg 1 · 09429 Wolkenstein"], ["Herrn", "Gerhard Ziegler", "Am Hang 6", "09429 Wolkenstein"],
                          "Bestätigung über Geldzuwendungen",
                          [("Datum", "02.12.2026")], ["Art der Zuwendung", "Betrag"],
                          [("Geldzuwendung vom 14.08.2026", "250,00 €")], [("in Worten", "zweihundertfünfzig Euro")],
                          ["Wir sind wegen Förderung des Sports nach dem Freistellungsbescheid des Finanzamts Annaberg-Buchholz",
                           "vom 12.03.2025, StNr. 222/141/04418, von der Körperschaftsteuer befreit.",
                           "Es wird bestätigt, dass die Zuwendung nur zur Förderung des Sports verwendet wird."]),
            pdf_name="Zuwendungsbestaetigung_2026_Ziegler.pdf")

# 64 SEPA pre-notification of a debit for an invoice already sent
ibd = iban("DE")
non_invoice("abo-software-text", "de", ("Yogastudio Prana Münster", "abrechnung@prana-muenster.de"),
            "Julia Terhorst", "julia.terhorst@posteo.de", "Vorabankündigung SEPA-Lastschrift zu Rechnung 2026-1204", D(2026, 12, 1),
            "A SEPA pre-notification: the studio will collect the amount of an invoice already sent by direct debit; the customer need not pay, so there is nothing to chase.",
            "Vorabankündigung with mandate reference, creditor id, amount, debit date and the customer's masked IBAN; refers to an invoice sent separately.",
            body="\n".join(["Liebe Julia,", "", "hiermit kündigen wir den Einzug des Betrags aus Rechnung 2026-1204 (Jahresabo 2027) an:", "",
                            "Betrag:                  588,00 €", "Fälligkeit / Einzug am:  04.01.2027",
                            "Mandatsreferenz:         PRANA-0417", "Gläubiger-ID:            DE71ZZZ00002489133",
                            "Ihr Konto:               DE** **** **** **** **%s" % ibd[-2:], "",
                            "Bitte sorge für ausreichende Deckung. Du musst nichts überweisen.", "",
                            "Namaste", "Dein Prana-Team"]))

# 65 Dutch typed payment reminder of the business itself
non_invoice("typed-mail", "nl", ("Klusbedrijf Yilmaz", "info@klusbedrijfyilmaz.nl"),
            "Mevr. De Graaf", "degraaf.s@hetnet.nl", "Herinnering factuur 2026-077", D(2026, 11, 28),
            "The business's own payment reminder for an invoice already sent.",
            "Friendly reminder naming the invoice, its amount, the original due date and the account.",
            body="\n".join(["Beste mevrouw De Graaf,", "",
                            "Volgens mijn administratie staat factuur 2026-077 van 14 oktober (€ 1.186,90) nog open; de vervaldatum was 28 oktober.",
                            "Misschien is het door de drukte erbij ingeschoten. Wilt u het bedrag binnen 7 dagen overmaken op NL%s?" % iban("NL", bank="INGB")[2:],
                            "Is het al betaald, dan kunt u dit bericht als niet verzonden beschouwen.", "",
                            "Met vriendelijke groet,", "Murat Yilmaz", "Klusbedrijf Yilmaz"]))

# 66 Dutch webshop order confirmation, paid by iDEAL
non_invoice("webshop-html", "nl", ("Theehuys Lente", "bestellingen@theehuyslente.nl"),
            "Joyce Mulder", "joycemulder@live.nl", "Bedankt voor je bestelling #10482", D(2026, 11, 22),
            "A webshop order confirmation for an order already paid by iDEAL.",
            "Order lines, total and 'Betaald via iDEAL'.",
            html="\n".join(['<html><body style="font-family:Georgia,serif">', "<h2>Bedankt voor je bestelling, Joyce!</h2>",
                            "<p>Bestelnummer: <b>#10482</b> &middot; 22 november 2026</p>",
                            "<table><tr><td>Winterthee rooibos 250 g</td><td>2 x &euro; 8,95</td><td>&euro; 17,90</td></tr>",
                            "<tr><td>Theefilter RVS</td><td>1 x &euro; 6,50</td><td>&euro; 6,50</td></tr>",
                            "<tr><td>Verzending PostNL</td><td></td><td>&euro; 4,95</td></tr>",
                            "<tr><td><b>Totaal</b></td><td></td><td><b>&euro; 29,35</b></td></tr>",
                            "</table>",
                            "<p>Betaald via iDEAL. Je factuur vind je in je account zodra de bestelling is verzonden.</p>",
                            "<p>Theehuys Lente &middot; KvK 91877234</p></body></html>"]))

# 67 Swiss Offerte in CHF
rows, net, vats, rnd, tot = simple_rows([("Malerarbeiten Wohnung 4.5 Zi., Wände und Decken", 1, 680000, 8.1),
                                         ("Abdeckmaterial und Reinigung", 1, 42750, 8.1)], "ch", "de")
non_invoice("bexio-like-pdf", "de", ("Malergeschäft Frey", "info@maler-frey.ch"),
            "Herr Thomas Steiner", "t.steiner@sunrise.ch", "Offerte Nr. 2026-0412", D(2026, 11, 18),
            "A quote (Offerte) for painting work; nothing ordered or delivered yet.",
            "Swiss Offerte with MWST 8.1 %, rounding and 'zahlbar innert 30 Tagen netto' in the conditions.",
            body="Grüezi Herr Steiner\n\nBesten Dank für die Anfrage. Gerne unterbreiten wir Ihnen unsere Offerte.\n\nFreundliche Grüsse\nMarco Frey",
            pages=doc_pdf(["Malergeschäft Frey", "Bernstrasse 22 · 3600 Thun", "MWST " + che() + " MWST"],
                          ["Herr", "Thomas Steiner", "Hofstettenstrasse 5", "3600 Thun"], "Offerte",
                          [("Offerte Nr.", "2026-0412"), ("Datum", "18.11.2026"), ("Gültig bis", "31.01.2027")],
                          ["Bezeichnung", "Menge", "Preis", "Total"], rows,
                          [("Total exkl. MWST", money(net, "ch")), ("MWST 8.1 %", money(vats[0][2], "ch"))] +
                          ([("Rundung", money(rnd, "ch"))] if rnd else []) + [("Total inkl. MWST", money(tot, "ch"))],
                          ["Zahlungskonditionen: zahlbar innert 30 Tagen netto nach Rechnungsstellung."]),
            pdf_name="Offerte_2026-0412.pdf")

# 68 Flemish delivery note, invoice follows
non_invoice("typed-mail", "nl", ("Brouwerij Het Klokske BV", "levering@hetklokske.be"),
            "Café Den Hoek", "cafedenhoek@gmail.com", "Leveringsbon LB-26-1187", D(2026, 11, 26),
            "A delivery note; the invoice for the delivery follows at month end.",
            "Lists quantities and empties deposit, says 'factuur volgt einde maand'.",
            body="\n".join(["Dag Kris,", "", "Hierbij de leveringsbon van vandaag:", "",
                            "Leveringsbon LB-26-1187 - 26/11/2026", "  12 bakken Klokske Blond 24x25cl",
                            "   6 bakken Klokske Tripel 24x33cl", "   2 vaten Blond 20 l", "  Leeggoed retour: 14 bakken, 3 vaten", "",
                            "De factuur volgt zoals gewoonlijk einde maand, met vervaldag 30 dagen.", "",
                            "Gezondheid!", "Wim", "Brouwerij Het Klokske BV"]))

# 69 UK card receipt
non_invoice("pos-receipt-text", "en", ("The Mended Drum Bike Shop", "receipts@mendeddrumbikes.co.uk"),
            None, "sam.okonkwo@icloud.com", "Your receipt from The Mended Drum Bike Shop", D(2026, 11, 28),
            "A card payment receipt for a sale already paid.",
            "Receipt with line items, VAT included, 'Paid by Visa' and a receipt number.",
            body="\n".join(["The Mended Drum Bike Shop", "17 Gloucester Road, Bristol BS7 8AE", "",
                            "Receipt #R-48211    28 Nov 2026 14:07", "",
                            "Full service - road bike         £85.00", "Chain KMC X11                    £29.99",
                            "Bar tape                         £14.50", "",
                            "Total                           £129.49", "Incl. VAT 20%                    £21.58",
                            "Paid by Visa ****4471           £129.49", "",
                            "Thanks for riding with us!", "VAT Reg No " + gbvat()]))

# 70 UK price increase notice
non_invoice("typed-mail", "en", ("Kestrel Window Cleaning", "office@kestrelwindows.co.uk"),
            "Lisa Chambers", "lisa.chambers@talktalk.net", "Our prices from 1st January 2027", D(2026, 11, 29),
            "A notice of new prices from next year; it bills nothing.",
            "New and old prices for the customer's round, payment by card link or bank after each clean.",
            body="\n".join(["Dear Lisa,", "", "Thank you for being a customer this year. From 1st January 2027 our prices will change:", "",
                            "Front and back, 3-bed semi:     £18.00 (was £16.00)", "Conservatory roof, twice a year: £35.00 (was £32.00)", "",
                            "You'll still get an invoice after each clean, payable within 7 days as now.", "",
                            "Best wishes,", "Gary and Sue", "Kestrel Window Cleaning"]))

# 71 German delivery note, invoice follows separately
non_invoice("warenwirtschaft-pdf", "de", ("Getränke Vogt GmbH", "versand@getraenke-vogt.de"),
            "Sportheim TSV Gaiberg", "wirt@tsv-gaiberg.de", "Lieferschein LS-88417", D(2026, 11, 27),
            "A delivery note (Lieferschein); the invoice is sent separately.",
            "Lieferschein with quantities only and 'Rechnung folgt separat'.",
            body="Guten Tag,\n\nanbei der Lieferschein zu Ihrer heutigen Lieferung.\n\nGetränke Vogt GmbH",
            pages=doc_pdf(["Getränke Vogt GmbH", "Rohrbacher Str. 120 · 69115 Heidelberg"], ["TSV Gaiberg 1921 e.V.", "Sportheim", "Am Sportplatz 1", "69251 Gaiberg"],
                          "Lieferschein", [("Lieferschein-Nr.", "LS-88417"), ("Lieferdatum", "27.11.2026"), ("Kundennr.", "3317")],
                          ["Artikel", "Menge"], [("Pils 20x0,5 l", "15 Ki."), ("Apfelschorle 12x0,7 l", "8 Ki."), ("Mineralwasser 12x0,7 l", "10 Ki.")], [],
                          ["Leergut zurück: 28 Kisten.", "Rechnung folgt separat."]),
            pdf_name="LS-88417.pdf")

# 72 Austrian payment confirmation
non_invoice("typed-mail", "de", ("Autohaus Leitgeb GmbH", "buchhaltung@autohaus-leitgeb.at"),
            "Frau Mag. Eva Strobl", "eva.strobl@chello.at", "Zahlungsbestätigung zu Rechnung 26-4471", D(2026, 11, 20),
            "A confirmation that an invoice was paid in full.",
            "Names the invoice, amount and date of payment and a balance of € 0,00.",
            body="\n".join(["Sehr geehrte Frau Mag. Strobl,", "",
                            "wir bestätigen den Eingang Ihrer Zahlung über € 1.284,60 am 19.11.2026 zu Rechnung 26-4471 (Service und Winterreifen).",
                            "Die Rechnung ist damit vollständig beglichen, offener Saldo: € 0,00.", "",
                            "Mit freundlichen Grüßen", "Autohaus Leitgeb GmbH", "Buchhaltung"]))

# 73 Dutch yearly overview of paid invoices
non_invoice("boekhoudtool-pdf", "nl", ("Schoonmaakbedrijf Glans", "administratie@schoonmaakglans.nl"),
            "Tandartspraktijk Molenzicht", "info@tandartsmolenzicht.nl", "Jaaroverzicht 2026", D(2026, 12, 2),
            "A yearly overview of invoices sent and paid, for the customer's records; nothing new to pay.",
            "Table of monthly invoices, all marked 'betaald', with a yearly total.",
            body="Beste relatie,\n\nVoor uw administratie sturen wij u het overzicht van onze facturen over 2026 tot en met november.\n\nMet vriendelijke groet,\nSchoonmaakbedrijf Glans",
            pages=doc_pdf(["Schoonmaakbedrijf Glans", "Bedrijvenpark 12 · 6541 AG Nijmegen"], ["Tandartspraktijk Molenzicht", "Molenstraat 88", "6511 HK Nijmegen"],
                          "Jaaroverzicht 2026", [("Debiteurnr.", "D-1088"), ("Datum", "02-12-2026")],
                          ["Factuur", "Datum", "Bedrag", "Status"],
                          [("2026-%03d" % (12 + 9 * m), "%02d-%02d-2026" % (28, m + 1) if m != 1 else "27-02-2026", "€ 653,40", "betaald") for m in range(11)],
                          [("Totaal 2026", "€ 7.187,40"), ("Openstaand", "€ 0,00")], ["Alle facturen zijn voldaan. Dank u wel!"]),
            pdf_name="Jaaroverzicht_2026_D-1088.pdf")

# 74 Dutch firm's English pro-forma for advance payment to a German customer
rows, net, vats, _, tot = simple_rows([("Custom stainless bar counter, 4.2 m", 1, 1240000, 0), ("Crating and freight to Cologne", 1, 68000, 0)], "eur-en", "en")
non_invoice("exact-like-pdf", "en", ("RVS Maatwerk Brabant B.V.", "sales@rvsmaatwerkbrabant.nl"),
            "Brauhaus am Ring GmbH", "verwaltung@brauhaus-am-ring.de", "Pro forma invoice PF-26-044 - advance payment", D(2026, 11, 23),
            "A pro-forma asking for advance payment before production; the real invoice is issued on delivery.",
            "Looks like an invoice (amounts, IBAN, 'please pay before'), titled PRO FORMA and stating the VAT invoice follows.",
            body="Dear Mr Krämer,\n\nAs agreed, please find attached our pro forma invoice. Production starts once the advance payment is received.\n\nBest regards,\nJoost van Gestel",
            pages=doc_pdf(["RVS Maatwerk Brabant B.V.", "Ekkersrijt 4020 · 5692 DA Son · The Netherlands", "VAT NL%sB01" % n_digits(9)],
                          ["Brauhaus am Ring GmbH", "Hohenzollernring 40", "50672 Köln", "Germany"], "PRO FORMA INVOICE",
                          [("Pro forma no.", "PF-26-044"), ("Date", "23-11-2026")], ["Description", "Qty", "Unit price", "Amount"], rows,
                          [("Total (VAT reverse charged)", money(tot, "eur-en"))],
                          ["Please transfer 100%% in advance to IBAN %s before 4 December 2026." % sp(iban("NL", bank="ABNA")),
                           "This is not a VAT invoice. The invoice will be issued on delivery."]),
            pdf_name="Proforma_PF-26-044.pdf")

# 75 Swiss receipt for cash payment
non_invoice("typed-mail", "de", ("Velowerkstatt Gisler", "werkstatt@velo-gisler.ch"),
            "Andrea Bachmann", "andrea.bachmann@bluewin.ch", "Quittung Reparatur", D(2026, 11, 28),
            "A receipt (Quittung) for a repair paid in cash at pick-up.",
            "Quittung with CHF amounts, MWST included and 'bar bezahlt'.",
            body="\n".join(["Hoi Andrea", "", "Wie gewünscht noch die Quittung per Mail:", "",
                            "Quittung Nr. 2026-318, 28.11.2026", "Service E-Bike und Bremsbeläge    CHF 189.00",
                            "inkl. MWST 8.1 %                   CHF 14.16", "Betrag bar bezahlt, besten Dank.", "",
                            "Liebe Grüsse", "Beat", "Velowerkstatt Gisler, Altdorf"]))


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout15.jsonl")
    mk.write(os.path.normpath(out), RECORDS)
    print(len(RECORDS), "records")
