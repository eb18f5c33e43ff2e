"""heldout14: a fourteenth held-out set, built around who pays and how much.

50 invoices and 25 non-invoices (nl incl. Flemish, en UK/IE/international, de incl.
Austrian and Swiss).  Every debtor shape (titles, couples, legal forms, trading names,
associations, foundations, public bodies, departments, attention lines, labelled debtor
blocks, delivery addresses, a name only in the greeting, "The ...") and every shape of
what is due (deposits, partial payments, instalments, final invoices, Skonto, several
rates, reverse charge, Kleinunternehmer, rounding, retention, credit notes, discounts,
GBP/CHF/USD/JPY).  Amounts and dates are computed here and printed from those values.

Labelling decisions (see README "A fourteenth held-out set"):
- an early-payment discount (Skonto, korting bij betaling binnen 8 dagen, early settlement)
  leaves amount_due the full total; the due date is the net term's;
- deposits, advance invoices, partial payments and retention already deducted on the page
  reduce amount_due; amount_total is the invoice's gross total before those deductions;
- an instalment invoice's total and due are the instalment;
- Belgian structured references are labelled as printed (+++ddd/dddd/ddddd+++), RF
  references without their spaces;
- debtor_name is the debtor block's first line (the firm, not its department or the person
  in an attention line; a trading-name line "R. Bakker h.o.d.n. ..." as printed).
"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import mailkit as mk  # noqa: E402

SEED = 20261214
rng = random.Random(SEED)
D = datetime.date


def iban_any(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban(country):
    if country in ("NL", "DE", "BE", "GB"):
        return mk.iban(rng, country)
    if country == "AT":
        return iban_any("AT", digits(16))
    if country == "CH":
        return iban_any("CH", digits(17))
    if country == "IE":
        return iban_any("IE", rng.choice(["AIBK", "BOFI"]) + digits(14))
    raise ValueError(country)


def ogm():
    base = int(digits(10))
    c = base % 97 or 97
    s = "%010d%02d" % (base, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


rf = mk.rf


def grp(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def b64subj(s):
    import base64
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?%s?=" % base64.b64encode(s.encode()).decode()


def qsubj(s):
    if all(ord(c) < 128 for c in s):
        return s
    out = ""
    for ch in s:
        if ch == " ":
            out += "_"
        elif ord(ch) < 128 and ch not in "=?_":
            out += ch
        else:
            out += "".join("=%02X" % b for b in ch.encode())
    return "=?utf-8?q?%s?=" % out


def enc_to(to):
    """A To header with a non-ASCII display name encoded (RFC 2047)."""
    if all(ord(c) < 128 for c in to) or "<" not in to:
        return to
    name, addr = to.rsplit("<", 1)
    return qsubj(name.strip().strip('"')) + " <" + addr


# ---------------------------------------------------------------- money per currency

def fmt(cents, cur, lang, style=None):
    """@cents printed with its currency the way invoices in @lang do."""
    if cur == "JPY":
        s = "{:,}".format(abs(cents))
        return ("-" if cents < 0 else "") + "¥" + s
    if cur == "CHF":
        return "CHF " + mk.money(cents, "ch")
    if cur == "GBP":
        return ("-" if cents < 0 else "") + "£" + mk.money(abs(cents), "en")
    if cur == "USD":
        return ("-" if cents < 0 else "") + "$" + mk.money(abs(cents), "en") if style != "code" \
            else "USD " + mk.money(cents, "en")
    # EUR
    if lang == "en":
        return ("-" if cents < 0 else "") + "€" + mk.money(abs(cents), "en")
    if lang == "de":
        return mk.money(cents, "de") + " €" if style != "code" else "EUR " + mk.money(cents, "de")
    return "€ " + mk.money(cents, "nl")


def num(cents, cur, lang):
    """The bare number (column values)."""
    if cur == "JPY":
        return "{:,}".format(cents)
    if cur == "CHF":
        return mk.money(cents, "ch")
    if lang == "en" or cur in ("GBP", "USD"):
        return mk.money(cents, "en")
    return mk.money(cents, "nl")


def qtys(q, lang):
    if q == int(q):
        return str(int(q))
    s = ("%.2f" % q).rstrip("0")
    return s if lang == "en" else s.replace(".", ",")


# ---------------------------------------------------------------- labels

LB = {
    "nl": dict(inv="Factuur", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
               desc="Omschrijving", qty="Aantal", price="Prijs", amt="Bedrag", sub="Subtotaal",
               vat="Btw %s%%", total="Totaal", pay="Te betalen", ref="Betalingskenmerk",
               iban="IBAN", cust="Klantnummer", excl="excl. btw", cn="Creditnota"),
    "en": dict(inv="Invoice", no="Invoice number", date="Invoice date", due="Due date",
               desc="Description", qty="Qty", price="Unit price", amt="Amount", sub="Subtotal",
               vat="VAT %s%%", total="Total", pay="Amount due", ref="Payment reference",
               iban="IBAN", cust="Account no.", excl="excl. VAT", cn="Credit note"),
    "de": dict(inv="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
               desc="Bezeichnung", qty="Menge", price="Einzelpreis", amt="Gesamt",
               sub="Summe netto", vat="zzgl. USt. %s %%", total="Rechnungsbetrag",
               pay="Zahlbetrag", ref="Verwendungszweck", iban="IBAN", cust="Kundennummer",
               excl="netto", cn="Gutschrift"),
}


def rate_s(r, lang):
    s = ("%g" % r)
    return s if lang == "en" else s.replace(".", ",")


# ---------------------------------------------------------------- computing an invoice

def compute(s):
    lines = []
    net_by_rate = {}
    for desc, q, unit, r in s["lines"]:
        amt = int(round(q * unit))
        lines.append((desc, q, unit, r, amt))
        net_by_rate[r] = net_by_rate.get(r, 0) + amt
    sub = sum(l[4] for l in lines)
    disc = 0
    if s.get("discount"):
        label, pct = s["discount"]
        # discount on the single-rate net
        assert len(net_by_rate) == 1
        disc = -int(round(sub * pct / 100))
        r = list(net_by_rate)[0]
        net_by_rate[r] += disc
    vat = {r: int(round(n * r / 100)) for r, n in net_by_rate.items() if r}
    total = sum(net_by_rate.values()) + sum(vat.values())
    rounding = 0
    if s.get("round05"):
        rounding = int(5 * round(total / 5)) - total
        if rounding == 0:
            rounding = 0
    total += rounding
    deds = []
    for label, v in s.get("deduct", []):
        if isinstance(v, float):  # a share of the total (retention)
            v = int(round(total * v))
        deds.append((label, v))
    due = total - sum(v for _, v in deds)
    return dict(lines=lines, sub=sub, disc=disc, net_by_rate=net_by_rate, vat=vat,
                total=total, rounding=rounding, deds=deds, due=due)


def due_date(s):
    if s.get("due"):
        return s["due"]
    if s.get("term") is not None:
        return s["issue"] + datetime.timedelta(days=s["term"])
    return None


def totals_rows(s, c):
    """(label, value-cents, bold) rows under the lines."""
    L = dict(LB[s["lang"]], **s.get("lb", {}))
    lang, cur = s["lang"], s["cur"]
    plain = not c["vat"] and not c["disc"] and not s.get("zero_row") and not c["rounding"]
    rows = [] if plain else [(L["sub"], c["sub"], False)]
    if c["disc"]:
        rows.append((s["discount"][0], c["disc"], False))
        rows.append((L.get("after_disc", L["sub"] + " na korting" if lang == "nl" else
                           ("Subtotal after discount" if lang == "en" else "Netto nach Rabatt")),
                     c["sub"] + c["disc"], False))
    for r in sorted(c["vat"]):
        if len(c["net_by_rate"]) > 1:
            lab = {"nl": "Btw %s%% over %s", "en": "VAT %s%% on %s",
                   "de": "MWST %s %% auf %s" if cur == "CHF" else "USt. %s %% auf %s"}[lang] % (rate_s(r, lang if cur != "CHF" else "en"), num(c["net_by_rate"][r], cur, lang))
        else:
            lab = L["vat"] % rate_s(r, lang if cur != "CHF" else "en")
        rows.append((lab, c["vat"][r], False))
    for r in sorted(k for k in c["net_by_rate"] if not k):
        if s.get("zero_row"):
            rows.append((s["zero_row"], 0, False))
    if c["rounding"]:
        rows.append((s.get("round_label", "Rundung"), c["rounding"], False))
    rows.append((L["total"], c["total"], True))
    for label, v in c["deds"]:
        rows.append((label, -v, False))
    if c["deds"]:
        rows.append((L["pay"], c["due"], True))
    return rows


# ---------------------------------------------------------------- PDF layouts

def pdf_invoice(s, c):
    L = dict(LB[s["lang"]], **s.get("lb", {}))
    lang, cur = s["lang"], s["cur"]
    layout = s.get("layout", "A")
    p = mk.Page()
    seller = s["seller"]
    if layout == "A":  # letterhead left, address window left, facts right
        p.text(56, 60, seller["name"], 14, True)
        y = 72
        for ln in seller["addr"]:
            p.text(56, y, ln, 8)
            y += 10
        p.text(56, 132, seller["name"] + " · " + " · ".join(seller["addr"][:2]), 6)
        y = 150
        for ln in s["block"]:
            p.text(56, y, ln, 10)
            y += 13
        fy = 150
        for k, v in s["facts"]:
            p.text(360, fy, k, 9)
            p.right(540, fy, v, 9)
            fy += 13
        ty = max(y, fy) + 40
        p.text(56, ty, s["title"], 15, True)
    elif layout == "B":  # centred name, title right, blocks side by side
        p.text(297, 54, seller["name"], 16, True, "center")
        p.text(297, 68, " | ".join(seller["addr"]), 8, False, "center")
        p.rule(56, 78, 540, 78)
        p.text(400, 110, s["title"], 18, True)
        y = 140
        for ln in s["block"]:
            p.text(56, y, ln, 10)
            y += 13
        if s.get("block2"):
            yy = 140
            for ln in s["block2"]:
                p.text(300, yy, ln, 10)
                yy += 13
            y = max(y, yy)
        fy = y + 20
        for k, v in s["facts"]:
            p.text(56, fy, k + ":", 9, True)
            p.text(170, fy, v, 9)
            fy += 12
        ty = fy + 6
    else:  # "C": right-hand letterhead, meta table in a box
        p.right(540, 56, seller["name"], 12, True)
        y = 68
        for ln in seller["addr"]:
            p.right(540, y, ln, 8)
            y += 10
        y = 160
        for ln in s["block"]:
            p.text(70, y, ln, 10)
            y += 13
        if s.get("block2"):
            yy = 160
            for ln in s["block2"]:
                p.text(320, yy, ln, 10)
                yy += 13
            y = max(y, yy)
        p.text(56, y + 30, s["title"], 14, True)
        fy = y + 50
        p.rule(56, fy - 10, 540, fy - 10)
        xs = [56, 180, 300, 420]
        for i, (k, v) in enumerate(s["facts"]):
            p.text(xs[i % 4], fy + 24 * (i // 4), k, 7)
            p.text(xs[i % 4], fy + 24 * (i // 4) + 11, v, 9, True)
        fy += 24 * ((len(s["facts"]) + 3) // 4)
        p.rule(56, fy - 6, 540, fy - 6)
        ty = fy
    y = ty + 16
    for ln in s.get("intro", []):
        p.text(56, y, ln, 9)
        y += 12
    y += 8
    showrate = len(c["net_by_rate"]) > 1
    p.text(56, y, L["desc"], 9, True)
    p.right(330, y, L["qty"], 9, True)
    p.right(420, y, L["price"], 9, True)
    if showrate:
        p.right(465, y, {"nl": "Btw", "en": "VAT", "de": "MWST" if cur == "CHF" else "USt."}[lang], 9, True)
    p.right(540, y, L["amt"], 9, True)
    p.rule(56, y + 4, 540, y + 4)
    y += 18
    for desc, q, unit, r, amt in c["lines"]:
        parts = []
        for dl in desc.split("\n"):
            while len(dl) > 46:
                cut = dl.rfind(" ", 0, 46)
                cut = cut if cut > 0 else 46
                parts.append(dl[:cut])
                dl = dl[cut:].lstrip()
            parts.append(dl)
        for k, dl in enumerate(parts):
            p.text(56, y, dl, 9)
            if k == 0:
                p.right(330, y, qtys(q, lang), 9)
                p.right(420, y, num(unit, cur, lang), 9)
                if showrate:
                    p.right(465, y, rate_s(r, lang if cur != "CHF" else "en") + "%", 9)
                p.right(540, y, num(amt, cur, lang), 9)
            y += 12
        y += 2
    p.rule(300, y, 540, y)
    y += 14
    for label, v, bold in totals_rows(s, c):
        p.text(min(300, int(460 - 4.4 * len(label))), y, label, 9, bold)
        p.right(540, y, fmt(v, cur, lang, s.get("mstyle")), 9, bold)
        y += 13
        if bold:
            p.rule(300, y - 9, 540, y - 9)
    y += 16
    for ln in s.get("notes", []):
        p.text(56, y, ln, 9)
        y += 12
    y += 6
    for ln in s.get("payline", []):
        p.text(56, y, ln, 9)
        y += 12
    fl = s.get("footer") or [seller["name"]] + seller.get("legal", [])
    fy = 790
    for ln in fl:
        p.text(297, fy, ln, 7, False, "center")
        fy += 9
    return [p]


def text_lines(s, c, width=44):
    """An invoice's lines and totals as typed text."""
    lang, cur = s["lang"], s["cur"]
    out = []
    for desc, q, unit, r, amt in c["lines"]:
        d = desc.replace("\n", " ")
        lead = "%s x %s" % (qtys(q, lang), d) if q != 1 else d
        out.append("%s%s" % (lead.ljust(width), fmt(amt, cur, lang, s.get("mstyle")).rjust(14)))
    out.append("-" * (width + 14))
    for label, v, bold in totals_rows(s, c):
        out.append("%s%s" % (label.ljust(width), fmt(v, cur, lang, s.get("mstyle")).rjust(14)))
    return out


def html_invoice(s, c, head, foot):
    lang, cur = s["lang"], s["cur"]
    L = dict(LB[lang], **s.get("lb", {}))
    rows = "".join(
        "<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>\n"
        % (d.replace("\n", "<br>"), qtys(q, lang), num(u, cur, lang), num(a, cur, lang))
        for d, q, u, r, a in c["lines"])
    tot = "".join("<tr><td colspan=\"3\" align=\"right\">%s%s%s</td><td align=\"right\">%s%s%s</td></tr>\n"
                  % ("<b>" if b else "", lab, "</b>" if b else "", "<b>" if b else "",
                     fmt(v, cur, lang, s.get("mstyle")), "</b>" if b else "")
                  for lab, v, b in totals_rows(s, c))
    facts = "".join("<tr><td>%s</td><td>%s</td></tr>" % kv for kv in s["facts"])
    return ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n"
            "<table cellpadding=\"3\">%s</table>\n"
            "<table cellpadding=\"4\" style=\"border-collapse:collapse;width:100%%\">\n"
            "<tr style=\"background:#eee\"><th align=\"left\">%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n"
            "%s%s</table>\n%s\n</body></html>") % (head, facts, L["desc"], L["qty"], L["price"], L["amt"],
                                                  rows, tot, foot)


# ---------------------------------------------------------------- records

RECORDS = []
CHECK = []  # (record, strings that must appear)


def rid():
    return "inv-hold14-%03d" % (len(RECORDS) + 1)


def add_invoice(s):
    c = compute(s)
    lang, cur = s["lang"], s["cur"]
    dd = due_date(s)
    mdate = s["issue"] + datetime.timedelta(days=s.get("late", 0))
    seller = s["seller"]
    body_text = s["body"](c) if callable(s.get("body")) else s.get("body")
    body_html = None
    pages = None
    if s["kind"] == "body-html":
        body_html = s["html"](c)
    if s["kind"] == "body-text" and s.get("typed"):
        body_text = s["typed"](c)
    if s["kind"] == "pdf":
        pages = pdf_invoice(s, c)
    eml = mk.mail(rng, seller["email"], qsubj(s.get("from_name", seller["name"])), enc_to(s["to"]),
                  s["subject"], mdate, body_text=body_text, body_html=body_html,
                  pdf=pages is not None, extra_headers=s.get("headers", ()))
    exp = mk.expected(s["number"], c["due"], c["total"], s["issue"], dd, s["debtor"],
                      s["rcpt"], s.get("iban"), s["business"], lang,
                      reference=s.get("ref"), currency=cur, credit=c["total"] < 0)
    r = mk.record(rid(), s["tool"], lang, s["kind"],
                  {"mail_from": seller["email"], "rcpt_to": [s["rcpt"]]}, eml, pages,
                  s.get("fname"), exp, None, s["note"])
    RECORDS.append(r)
    must = [s["number"], s["debtor"], num(c["due"], cur, lang), num(c["total"], cur, lang)]
    if s.get("iban"):
        must.append(s["iban"])
    if s.get("ref"):
        must.append(s["ref"])
    must.append(s["issue_str"])
    CHECK.append((r, must, s))
    return c


def add_none(lang, tool, seller, to, rcpt, subject, d, body, why, note, pages=None, fname=None,
             html=None, from_name=None, headers=()):
    eml = mk.mail(rng, seller["email"], qsubj(from_name or seller["name"]), enc_to(to), subject, d,
                  body_text=body, body_html=html, pdf=pages is not None, extra_headers=headers)
    kind = "none"
    r = mk.record(rid(), tool, lang, kind, {"mail_from": seller["email"], "rcpt_to": [rcpt]},
                  eml, pages, fname, None, why, note)
    RECORDS.append(r)
    CHECK.append((r, [], None))


def doc_page(seller, block, title, facts, head, rows, tail, notes, right_cols=1):
    """A simple non-invoice document page: a table of rows (cells; the last right-aligned)."""
    p = mk.Page()
    p.text(56, 58, seller["name"], 13, True)
    y = 70
    for ln in seller["addr"]:
        p.text(56, y, ln, 8)
        y += 10
    y = 150
    for ln in block:
        p.text(56, y, ln, 10)
        y += 13
    fy = 150
    for k, v in facts:
        p.text(350, fy, k, 9)
        p.right(540, fy, v, 9)
        fy += 13
    y = max(y, fy) + 36
    p.text(56, y, title, 15, True)
    y += 26
    xs = [56, 300, 390, 470, 540]

    def row(cells, bold=False):
        n = len(cells)
        pos = {1: [56], 2: [56, 540], 3: [56, 420, 540], 4: [56, 300, 420, 540],
               5: [56, 250, 340, 440, 540]}[n]
        for k, (x, cell) in enumerate(zip(pos, cells)):
            if k == 0:
                p.text(x, y, cell, 9, bold)
            else:
                p.right(x, y, cell, 9, bold)
    if head:
        row(head, True)
        p.rule(56, y + 4, 540, y + 4)
        y += 18
    for cells in rows:
        row(cells)
        y += 13
    if tail:
        p.rule(300, y - 4, 540, y - 4)
        y += 6
        for cells in tail:
            row(cells, True)
            y += 13
    y += 16
    for ln in notes:
        p.text(56, y, ln, 9)
        y += 12
    p.text(297, 800, seller["name"] + " · " + " · ".join(seller.get("legal", [])), 7, False, "center")
    return [p]


def S(name, addr, email, legal=()):
    return {"name": name, "addr": list(addr), "email": email, "legal": list(legal)}


# ---------------------------------------------------------------- the invoices
WORDS = {"nl": {8: "acht", 14: "veertien", 30: "dertig", 21: "eenentwintig", 10: "tien"},
         "en": {14: "fourteen", 30: "thirty", 7: "seven", 21: "twenty-one", 10: "ten"},
         "de": {14: "vierzehn", 30: "dreißig", 10: "zehn", 21: "einundzwanzig", 8: "acht"}}
DS = {"nl": "dmy-", "en": "short-en", "de": "dmy."}


def inv(**s):
    lang = s["lang"]
    s.setdefault("cur", "EUR")
    s.setdefault("kind", "pdf")
    s.setdefault("business", True)
    s.setdefault("tool", "word-pdf")
    ds = s.get("ds", DS[lang])
    s.setdefault("issue_str", mk.date(s["issue"], ds, lang))
    L = dict(LB[lang], **s.get("lb", {}))
    dd = due_date(s)
    credit = s.get("credit", False)
    s.setdefault("title", ((L["cn"] if credit else L["inv"]) + " " + s["number"]) if s.get("title_no", True) else L["inv"])
    if "facts" not in s:
        f = [(L["no"], s["number"]), (L["date"], s["issue_str"])]
        if s.get("custno"):
            f.append((L["cust"], s["custno"]))
        if dd and not s.get("term_words") and s.get("show_due", True):
            f.append((L["due"], mk.date(dd, ds, lang)))
        f += s.get("xfacts", [])
        s["facts"] = f
    if "payline" not in s:
        pl = []
        term = s.get("term")
        if s.get("term_words"):
            w = WORDS[lang][term]
            pl.append({"nl": "Wij verzoeken u het bedrag binnen %s dagen over te maken" % w,
                       "en": "Payment is due within %s days of the invoice date" % w,
                       "de": "Bitte überweisen Sie den Betrag innerhalb von %s Tagen" % w}[lang]
                      + ({"nl": " op", "en": " to", "de": " auf"}[lang] + " " + mk.iban_spaced(s["iban"]) if s.get("iban") else "") + ".")
        elif s.get("iban") and not credit:
            pl.append({"nl": "Graag overmaken op %s t.n.v. %s" % (mk.iban_spaced(s["iban"]), s["seller"]["name"]),
                       "en": "Please pay by bank transfer to IBAN %s (%s)" % (mk.iban_spaced(s["iban"]), s["seller"]["name"]),
                       "de": "Bankverbindung: %s · IBAN %s" % (s.get("bank", "Sparkasse"), mk.iban_spaced(s["iban"]))}[lang])
        if s.get("ref"):
            pl.append("%s: %s" % (L["ref"], s.get("ref_print", s["ref"])))
        s["payline"] = pl
    if "subject" not in s:
        s["subject"] = {"nl": "Factuur %s", "en": "Invoice %s", "de": "Rechnung %s"}[lang] % s["number"]
        if credit:
            s["subject"] = {"nl": "Creditnota %s", "en": "Credit note %s", "de": "Gutschrift %s"}[lang] % s["number"]
    s["subject"] = qsubj(s["subject"]) if s.get("q", True) else b64subj(s["subject"])
    if s["kind"] == "pdf" and "body" not in s:
        g = s.get("greet") or {"nl": "Geachte heer/mevrouw,", "en": "Dear Sir or Madam,", "de": "Sehr geehrte Damen und Herren,"}[lang]
        s["body"] = g + "\n\n" + {"nl": "In de bijlage vindt u %s %s.\n\nMet vriendelijke groet,\n",
                                  "en": "Please find attached %s %s.\n\nKind regards,\n",
                                  "de": "anbei erhalten Sie %s %s.\n\nMit freundlichen Grüßen\n"}[lang] % (
            {"nl": "creditnota" if credit else "factuur", "en": "credit note" if credit else "invoice",
             "de": "die Gutschrift" if credit else "die Rechnung"}[lang], s["number"]) + s.get("sign", s["seller"]["name"])
    s.setdefault("fname", s["title"].replace(" ", "_").replace("/", "-") + ".pdf")
    return add_invoice(s)


d = D
# 1 nl: title + infix debtor, deposit deducted
sel = S("Schildersbedrijf Van Wageningen", ["Molenweg 14", "3771 BH Barneveld", "info@schildersbedrijfvanwageningen.nl", "0342-418772"],
        "facturen@schildersbedrijfvanwageningen.nl", ["KvK 61844209", "btw NL002184471B57"])
I1 = iban("NL")
inv(lang="nl", tool="snelstart", seller=sel, number="2026-0412", issue=d(2026, 11, 24), term=14, iban=I1,
    ref="7041 2026 0412 0066".replace(" ", ""), ref_print="7041 2026 0412 0066",
    block=["mr. drs. J.W. van der Heijden", "Kastanjelaan 9", "3772 KP Barneveld"], debtor="mr. drs. J.W. van der Heijden",
    business=False, rcpt="jw.vanderheijden@ziggo.nl", to="\"J.W. van der Heijden\" <jw.vanderheijden@ziggo.nl>",
    lines=[("Buitenschilderwerk woning, kozijnen en boeidelen", 1, 412000, 21), ("Houtrotreparatie 2 kozijnen (uren)", 6, 5250, 21),
           ("Materiaal: Sikkens Rubbol XD, plamuur", 1, 38640, 21)],
    deduct=[("Aanbetaling ontvangen 12-10-2026", 150000)], layout="A",
    intro=["Volgens offerte O-2026-0377 van 2 oktober 2026."],
    body="Geachte heer Van der Heijden,\n\nHierbij ontvangt u de factuur voor het buitenschilderwerk aan uw woning. De aanbetaling hebben wij hierop in mindering gebracht.\n\nMet vriendelijke groet,\nGerrit van Wageningen",
    note="Dutch 'mr. drs.' titles with a 'van der' infix kept in the name; deposit already paid is deducted from the total.")

# 2 nl body-text: couple, termijn 2 van 3
sel = S("Hoveniersbedrijf De Linde", ["Broekweg 3", "6741 MG Lunteren"], "administratie@hoveniersbedrijfdelinde.nl", ["KvK 72210954"])
I2 = iban("NL")


def b2(c):
    return ("Geachte heer en mevrouw Dekker,\n\nZoals afgesproken factureer ik hierbij de tweede termijn voor de aanleg van uw tuin.\n\n"
            "Factuur: 26-118\nDatum: 27-11-2026\nTermijn 2 van 3 (na oplevering bestrating)\n\n"
            "Aanneemsom aanleg tuin Bosrand 22: %s excl. btw\n\n" % fmt(2370249, "EUR", "nl")
            + "\n".join(text_lines(SP2, c)) +
            "\n\nGraag voldoen vóór 11 december 2026 op %s t.n.v. Hoveniersbedrijf De Linde, o.v.v. factuurnummer 26-118.\n\n"
            "De laatste termijn volgt na het planten in maart.\n\nGroet,\nWouter Hak\nHoveniersbedrijf De Linde\n" % mk.iban_spaced(I2))


SP2 = dict(lang="nl", cur="EUR", lines=[("Termijn 2 van 3 (1/3 van aanneemsom, excl. btw)", 1, 790083, 21)])
inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, number="26-118", issue=d(2026, 11, 27), due=d(2026, 12, 11), iban=I2,
    block=[], debtor="heer en mevrouw Dekker", business=False, rcpt="fam.dekker@kpnmail.nl", to="fam.dekker@kpnmail.nl",
    lines=SP2["lines"], typed=b2, subject="Factuur 26-118 tweede termijn tuin", from_name="Wouter Hak",
    note="Typed instalment invoice ('termijn 2 van 3') to a couple named only as 'heer en mevrouw Dekker' in the greeting (kept: only a surname would remain); the contract sum is printed too but is not what is due.")

# 3 nl: customer number first, reverse charge (btw verlegd)
sel = S("Elektrotechniek Brouwer", ["Industrieweg 41", "8091 RX Wezep", "T 038-3761140"], "facturatie@brouwer-elektro.nl", ["KvK 08162271", "btw NL801643228B01"])
inv(lang="nl", tool="exact-online", seller=sel, number="F260977", issue=d(2026, 11, 20), term=30, iban=iban("NL"),
    block=["Debiteurnr. 20418", "Bouwbedrijf Kortekaas B.V.", "Postbus 112", "8090 AC Wezep"], debtor="Bouwbedrijf Kortekaas B.V.",
    rcpt="crediteuren@kortekaasbouw.nl", to="crediteuren@kortekaasbouw.nl", layout="C", custno="20418",
    lines=[("Elektra-installatie 6 woningen Hattemerweg, fase 1", 1, 1864000, 0), ("Meerwerk extra groep keukens (6x)", 6, 14500, 0)],
    zero_row="Btw verlegd", notes=["Btw verlegd naar afnemer, art. 12 lid 5 Wet OB 1968.", "Btw-nummer afnemer: NL812200451B01"],
    lb={"vat": "Btw %s%%"}, xfacts=[("Project", "Hattemerweg 6 won.")],
    note="Debtor block opens with 'Debiteurnr. 20418'; reverse-charge invoice without VAT, total equals the net sum.")

# 4 nl: department under the firm, discount line, term in words
sel = S("Drukkerij Tijssen", ["Ambachtstraat 7", "7461 TP Rijssen"], "orders@drukkerijtijssen.nl", ["KvK 06094412", "btw NL001522389B14"])
I4 = iban("NL")
inv(lang="nl", tool="informer", seller=sel, number="INV-26-3318", issue=d(2026, 11, 18), term=30, term_words=True, iban=I4,
    block=["Hoekstra Installatietechniek B.V.", "Afdeling Marketing & Communicatie", "De Schakel 18", "7461 PR Rijssen"],
    debtor="Hoekstra Installatietechniek B.V.", rcpt="marketing@hoekstra-installatie.nl", to="marketing@hoekstra-installatie.nl", layout="A",
    lines=[("Brochure A4 16 pag. 4/4 silk 150 g", 2500, 71, 21), ("Roll-up banner 85x200 incl. cassette", 3, 8950, 21), ("Opmaak en lithografie", 1, 24000, 21)],
    discount=("Relatiekorting 7,5%", 7.5), late=3,
    note="Department line under the firm (the firm is the debtor); discount line before VAT; term only in words ('binnen dertig dagen'); mailed three days after the issue date.")

# 5 nl body-html: attention line, partial payment received
sel = S("Studio Roodhart", ["Oudegracht 212", "3511 NR Utrecht"], "hallo@studioroodhart.nl", ["KvK 84410236"])
I5 = iban("NL")
SP5 = dict(lang="nl", cur="EUR", lines=[("Website redesign, fase 2 (24 uur à € 85)", 24, 8500, 21), ("Hosting + onderhoud 2027", 1, 36000, 21)],
           deduct=[("Reeds ontvangen (deelbetaling 16-11)", 100000)])


def h5(c):
    return ("<p>Hoi Joost,</p><p>Hierbij de factuur voor fase 2. Je deelbetaling van vorige week is al verrekend.</p>"
            "<p>Factuurdatum: 25-11-2026</p><p><b>Van Lier &amp; Zn. V.O.F.</b><br>t.a.v. Joost van Lier<br>Nieuwe Weg 4<br>3417 ME Montfoort</p>",
            "<p>Betaal het openstaande bedrag vóór %s op %s t.n.v. Studio Roodhart.</p><p>Groetjes,<br>Femke</p>" % (
                mk.date(d(2026, 12, 9), "long", "nl"), mk.iban_spaced(I5)))


inv(lang="nl", tool="moneybird", kind="body-html", seller=sel, number="2026-0088", issue=d(2026, 11, 25), due=d(2026, 12, 9), iban=I5,
    block=[], debtor="Van Lier & Zn. V.O.F.", rcpt="joost@vanlierzn.nl", to="Joost van Lier <joost@vanlierzn.nl>",
    html=lambda c: html_invoice(dict(SP5, facts=[]), c, *h5(c)), **{k: v for k, v in SP5.items() if k not in ("lang", "cur")},
    subject="Factuur 2026-0088 van Studio Roodhart",
    note="HTML invoice to a V.O.F. with a 't.a.v.' line; a partial payment already received is deducted, due is the balance.")

# 6 nl: foundation, invoice + delivery address side by side, 9% and 21%
sel = S("Cateringservice Smaakvol", ["Zuiderhaven 3", "1018 KD Amsterdam", "T 020-6247710"], "administratie@smaakvolcatering.nl", ["KvK 70021348", "btw NL858421003B01"])
inv(lang="nl", tool="e-boekhouden", seller=sel, number="20260519", issue=d(2026, 11, 21), term=14, iban=iban("NL"),
    block=["Factuuradres:", "Stichting Buurtkeuken Oost", "Postbus 94102", "1090 GC Amsterdam"],
    block2=["Afleveradres:", "Buurthuis De Meeuw", "Javaplein 21", "1094 HX Amsterdam"],
    debtor="Stichting Buurtkeuken Oost", rcpt="penningmeester@buurtkeukenoost.nl", to="penningmeester@buurtkeukenoost.nl", layout="B",
    lines=[("Lunchbuffet vrijwilligersdag (60 pers.)", 60, 1450, 9), ("Soep van de dag, 8 liter", 2, 3600, 9),
           ("Huur statafels incl. rok", 6, 1250, 21), ("Bediening 2 pers. x 4 uur", 8, 3250, 21)],
    note="'Factuuradres:' label over a foundation, with a different 'Afleveradres' beside it; food at 9% and service/rental at 21%.")

# 7 nl body-text: debtor only in the greeting, no VAT (KOR)
sel = S("Pianoles Ilse Mertens", [], "ilse.mertens.piano@gmail.com")
I7 = iban("NL")


def t7(c):
    return ("Beste Marloes,\n\nHierbij de rekening voor de pianolessen van Sanne in oktober en november.\n\n"
            "Factuurnummer: 2026-31\nFactuurdatum: 1 december 2026\n\n" + "\n".join(text_lines(SP7, c, 36)) +
            "\n\nGeen btw: ik maak gebruik van de kleineondernemersregeling.\n"
            "Wil je het bedrag binnen veertien dagen overmaken naar %s t.n.v. I. Mertens?\n\nGroetjes,\nIlse\n" % mk.iban_spaced(I7))


SP7 = dict(lang="nl", cur="EUR", lines=[("lessen van 30 min. (okt/nov)", 8, 2400, 0)])
inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, from_name="Ilse Mertens", number="2026-31", issue=d(2026, 12, 1), term=14,
    iban=I7, block=[], debtor="Marloes", business=False, rcpt="marloes.kuipers@hotmail.com", to="marloes.kuipers@hotmail.com",
    lines=SP7["lines"], typed=t7, subject="Rekening pianoles okt/nov", issue_str="1 december 2026",
    note="Typed bill where the debtor is named only by first name in the greeting; no VAT (KOR); term in words; 'rekening' rather than 'factuur' in the subject.")

# 8 nl-BE: BV/SRL, btw medecontractant, structured reference
sel = S("Schrijnwerkerij Claeys", ["Brugsesteenweg 188", "8800 Roeselare"], "boekhouding@schrijnwerkerijclaeys.be", ["BTW BE 0712.448.190", "RPR Gent afd. Kortrijk"])
O8 = ogm()
inv(lang="nl", tool="winbooks", seller=sel, number="F2026/0311", issue=d(2026, 11, 19), due=d(2026, 12, 19), iban=iban("BE"), ref=O8,
    block=["Atelier Demeyere BV/SRL", "Meensesteenweg 61 bus 2", "8500 Kortrijk", "BTW BE 0687.215.904"], debtor="Atelier Demeyere BV/SRL",
    rcpt="facturen@atelierdemeyere.be", to="facturen@atelierdemeyere.be", layout="A", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Gestructureerde mededeling"},
    lines=[("Maatwerk toonkasten eik, plaatsing incl.", 4, 186500, 0), ("Aanpassing bestaande balie", 1, 64000, 0)],
    zero_row="Btw 0% - medecontractant", notes=["Verlegging van heffing. Bij gebrek aan schriftelijke betwisting binnen een termijn van",
                                                 "één maand na ontvangst van de factuur, wordt de klant geacht te erkennen dat hij een",
                                                 "belastingplichtige is gehouden tot de indiening van periodieke aangiften."],
    greet="Beste,", note="Flemish invoice to a BV/SRL under the Belgian reverse-charge wording (medecontractant); structured +++ reference; due date dd/mm/yyyy.")

# 9 nl-BE: VZW, credit note referencing an invoice, 21% and 6%
sel = S("Drankencentrale Vercauteren", ["Gentsesteenweg 402", "9300 Aalst"], "facturatie@vercauteren-dranken.be", ["BTW BE 0448.920.117"])
inv(lang="nl", tool="exact-online", seller=sel, number="CN26-0042", credit=True, issue=d(2026, 11, 30),
    block=["Jeugdhuis De Kelder VZW", "Kerkstraat 12", "9300 Aalst"], debtor="Jeugdhuis De Kelder VZW",
    rcpt="kassa@jeugdhuisdekelder.be", to="kassa@jeugdhuisdekelder.be", layout="C", ds="dmy/",
    lines=[("Retour leeggoed bakken pils (24x25cl)", 14, -390, 21), ("Retour frisdrank niet geopend", 6, -1180, 6)],
    xfacts=[("Betreft factuur", "F26-1877")], intro=["Creditnota op factuur F26-1877 van 14/11/2026."],
    notes=["Dit bedrag wordt verrekend met uw volgende factuur of teruggestort op aanvraag."], payline=[],
    note="Credit note of a Flemish drinks wholesaler to a VZW, referencing the invoice it corrects; two rates (21% and 6%), negative amounts.")

# 10 nl-BE: Comm.V, 2% korting contant (Skonto: due stays the total)
sel = S("Garage Van Hecke", ["Antwerpsesteenweg 77", "2390 Malle"], "administratie@garagevanhecke.be", ["BTW BE 0460.118.725"])
O10 = ogm()
inv(lang="nl", tool="word-pdf", seller=sel, number="2026-1204", issue=d(2026, 11, 23), term=30, iban=iban("BE"), ref=O10,
    block=["Transport Goossens Comm.V", "Industriepark 9", "2390 Malle"], debtor="Transport Goossens Comm.V",
    rcpt="boekhouding@transportgoossens.be", to="boekhouding@transportgoossens.be", layout="B", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Mededeling"},
    lines=[("Onderhoud vrachtwagen 1-VKT-482 (arbeid)", 5.5, 7200, 21), ("Olie 10W-40, 38 l", 38, 920, 21), ("Filters (olie, lucht, brandstof)", 1, 24650, 21)],
    notes=["2% korting bij contante betaling binnen 8 dagen na factuurdatum.", "Netto binnen 30 dagen."],
    note="Flemish garage bill to a Comm.V; a cash discount of 2% within 8 days is offered, but the amount due is the full total (convention); due date from the 30-day term.")

# 11 nl: municipality t.a.v., mailed four days later
sel = S("Groenvoorziening Jansen", ["Zwolseweg 18", "8096 PA Oldebroek"], "facturen@groenjansen.nl", ["KvK 50441782", "btw NL822301654B01"])
inv(lang="nl", tool="twinfield", seller=sel, number="GJ-2026-00214", issue=d(2026, 11, 16), term=30, iban=iban("NL"), late=4,
    block=["Gemeente Oldebroek", "t.a.v. crediteurenadministratie", "Postbus 2", "8090 AA Wezep"], debtor="Gemeente Oldebroek",
    rcpt="facturen@oldebroek.nl", to="facturen@oldebroek.nl", layout="A",
    xfacts=[("Inkoopordernr.", "IO-2026-1881")],
    lines=[("Snoeiwerk laanbomen Eperweg (ploeg 3 pers.)", 24, 6150, 21), ("Afvoer snoeihout, per m³", 18, 1850, 21), ("Inzet hoogwerker 20 m", 2, 34500, 21)],
    note="Invoice to a municipality through 't.a.v. crediteurenadministratie', with a purchase order number; mailed four days after the issue date.")

# 12 nl: sports association, discount line
sel = S("Sportvloeren Meijer", ["Kanaalweg 66", "5061 KP Oisterwijk"], "info@sportvloerenmeijer.nl", ["KvK 17281904"])
I12 = iban("NL")
inv(lang="nl", tool="wefact", seller=sel, number="F2026-00781", issue=d(2026, 11, 26), term=21, iban=I12,
    block=["Tennisvereniging De Smash", "t.a.v. de penningmeester", "Sportpark Den Donk 4", "5062 NR Oisterwijk"], debtor="Tennisvereniging De Smash",
    rcpt="penningmeester@tvdesmash.nl", to="penningmeester@tvdesmash.nl", layout="C",
    lines=[("Jaarlijks onderhoud kunstgras 4 banen", 4, 39500, 21), ("Bijvullen zand, per ton", 6, 7400, 21)],
    discount=("Verenigingskorting 10%", 10),
    note="Tennis club debtor with the treasurer in a 't.a.v.' line; 10% discount line; 21-day term.")

# 13 nl body-text: sole trader h.o.d.n., final invoice after advance invoices
sel = S("Installatiebedrijf Koster", ["Handelsweg 5", "1271 EJ Huizen"], "koster.installatie@outlook.com")
I13 = iban("NL")
SP13 = dict(lang="nl", cur="EUR", lines=[("Vervangen cv-ketel + radiatoren, aanneemsom", 1, 748000, 21), ("Meerwerk: extra radiator zolder", 1, 41500, 21)],
            deduct=[("Voorschotnota 2026-051 (incl. btw)", 300000), ("Voorschotnota 2026-063 (incl. btw)", 300000)])


def t13(c):
    return ("Beste Ruud,\n\nHierbij de eindafrekening voor de klus aan de Havenstraat.\n\n"
            "EINDFACTUUR 2026-077\nDatum: 30-11-2026\n\nAan:\nR. Bakker h.o.d.n. Bakker Klusservice\nOude Haven 3\n1271 AB Huizen\n\n"
            + "\n".join(text_lines(SP13, c, 44)) +
            "\n\nBetaling binnen 14 dagen op %s t.n.v. Installatiebedrijf Koster.\n\nMet vriendelijke groet,\nHenk Koster\n" % mk.iban_spaced(I13))


inv(lang="nl", tool="typed-mail", kind="body-text", seller=sel, from_name="Henk Koster", number="2026-077", issue=d(2026, 11, 30), term=14,
    iban=I13, block=[], debtor="R. Bakker h.o.d.n. Bakker Klusservice", rcpt="ruud@bakkerklusservice.nl", to="ruud@bakkerklusservice.nl",
    typed=t13, subject="Eindfactuur Havenstraat", **{k: v for k, v in SP13.items() if k not in ("lang", "cur")},
    note="Typed final invoice to a sole trader 'h.o.d.n.' (labelled as printed); two advance invoices deducted, due is the balance.")

# 14 nl: restaurant B.V. with delivery address; 9% and 21%
sel = S("Groothandel Vis & Zo", ["Visserijkade 2", "1976 ZB IJmuiden"], "debiteuren@visenzo.nl", ["KvK 34088120", "btw NL003021471B02"])
inv(lang="nl", tool="exact-online", seller=sel, number="VZ2611784", issue=d(2026, 11, 28), term=8, iban=iban("NL"),
    block=["Restaurant De Groene Vork B.V.", "Kerkplein 1", "2011 HR Haarlem"],
    block2=["Leveradres:", "De Groene Vork - keuken", "Spaarne 44 (achteringang)", "2011 CK Haarlem"],
    debtor="Restaurant De Groene Vork B.V.", rcpt="administratie@degroenevork.nl", to="administratie@degroenevork.nl", layout="C",
    lines=[("Kabeljauwfilet vers, kg", 12.5, 2290, 9), ("Noordzeegarnalen gepeld, kg", 3, 4150, 9), ("Statiegeld koelboxen", 4, 750, 21), ("Bezorgtoeslag", 1, 1500, 21)],
    note="Delivery address beside the invoice address (the invoice address is the debtor); kilogram quantities with decimals; 9% and 21%.")

# 15 nl: dr. ir., vet practice, 9% and 21%
sel = S("Dierenkliniek Het Anker", ["Dorpsstraat 90", "3927 BD Renswoude"], "balie@dierenkliniekhetanker.nl", ["KvK 30119845"])
inv(lang="nl", tool="vetsoft", seller=sel, number="A-104418", issue=d(2026, 11, 29), term=14, iban=iban("NL"),
    block=["dr. ir. P. ten Cate", "Emminkhuizerweg 7", "3927 CL Renswoude"], debtor="dr. ir. P. ten Cate", business=False,
    rcpt="p.tencate@xs4all.nl", to="p.tencate@xs4all.nl", layout="B", custno="8841", xfacts=[("Patiënt", "Bobbie (hond)")],
    lines=[("Consult", 1, 4200, 21), ("Gebitsbehandeling onder narcose", 1, 28500, 21), ("Medicatie Metacam 32 ml", 1, 2380, 9), ("Dieetvoer 4 kg", 2, 3195, 9)],
    note="Academic 'dr. ir.' with a 'ten' infix; vet bill with 21% and 9%.")

# 16 nl: Factuuradres label, Skonto-type korting
sel = S("Kantoorinrichting Vermaat", ["Europaweg 120", "7336 AL Apeldoorn"], "facturatie@vermaatinrichting.nl", ["KvK 08211903", "btw NL009287716B01"])
inv(lang="nl", tool="afas", seller=sel, number="300215", issue=d(2026, 11, 17), term=30, iban=iban("NL"),
    block=["Factuuradres:", "Notariskantoor Wentink", "Postbus 10017", "7301 GA Apeldoorn"], debtor="Notariskantoor Wentink",
    rcpt="boekhouding@wentinknotarissen.nl", to="boekhouding@wentinknotarissen.nl", layout="A",
    lines=[("Zit-sta bureau 160x80 elektrisch", 4, 64900, 21), ("Bureaustoel ergonomisch", 4, 42500, 21), ("Montage en afvoer verpakking", 1, 18000, 21)],
    notes=["Bij betaling binnen 8 dagen mag u 2% korting in mindering brengen.", "Betalingstermijn: 30 dagen netto."],
    note="'Factuuradres:' label before the debtor; 2% early-payment discount offered (amount due stays the full total).")

# 17 nl body-html: credit note to a V.O.F.
sel = S("Fietsonderdelen Direct", ["Nijverheidsstraat 11", "7557 KD Hengelo"], "noreply@fietsonderdelendirect.nl", ["KvK 65811024"])
SP17 = dict(lang="nl", cur="EUR", lines=[("Retour: Shimano Deore achterderailleur", 3, -4380, 21), ("Retour: kettingen KMC X11 (5 st.)", 1, -9450, 21)])


def h17(c):
    return ("<p>Beste klant,</p><p>Wij hebben uw retourzending ontvangen en een creditnota aangemaakt op factuur <b>FD-77120</b>. "
            "Het bedrag wordt binnen 5 werkdagen teruggestort.</p><p><b>Het Fietsdepot V.O.F.</b><br>Markt 4<br>7551 DB Hengelo</p>"
            "<p>Creditnota <b>CR-2026-0419</b>, datum 02-12-2026</p>", "<p>Fietsonderdelen Direct</p>")


inv(lang="nl", tool="lightspeed", kind="body-html", seller=sel, number="CR-2026-0419", credit=True, issue=d(2026, 12, 2),
    block=[], debtor="Het Fietsdepot V.O.F.", rcpt="inkoop@hetfietsdepot.nl", to="inkoop@hetfietsdepot.nl",
    html=lambda c: html_invoice(dict(SP17, facts=[]), c, *h17(c)), lines=SP17["lines"],
    note="HTML credit note referencing invoice FD-77120; negative amounts; no IBAN (refunded by the seller), no due date.")

# 18 nl: primary school, 9%, term in words
sel = S("Touringcarbedrijf Van Dalen", ["Kraanvogelweg 2", "3851 SV Ermelo"], "planning@vandalentours.nl", ["KvK 08039917", "btw NL001388432B01"])
inv(lang="nl", tool="word-pdf", seller=sel, number="26/0655", issue=d(2026, 11, 20), term=14, term_words=True, iban=iban("NL"),
    block=["Basisschool De Regenboog", "t.a.v. mw. E. Schut, directie", "Horsterweg 12", "3851 BK Ermelo"], debtor="Basisschool De Regenboog",
    rcpt="administratie@bsderegenboog-ermelo.nl", to="administratie@bsderegenboog-ermelo.nl", layout="B",
    lines=[("Busvervoer schoolreis groep 5-6, Ermelo - Hellendoorn v.v.", 2, 69500, 9), ("Parkeerkosten chauffeur", 1, 1800, 9)],
    note="School as debtor with the head teacher in an attention line; passenger transport at 9%; term only in words.")

# 19 nl: body states only a summary; partial payment
sel = S("Adviesbureau Oosterveld", ["Stationsplein 6", "8011 CW Zwolle"], "administratie@oosterveldadvies.nl", ["KvK 05081224", "btw NL812339201B01"])
I19 = iban("NL")
c19 = None
SP19 = dict(lines=[("Advieswerk ruimtelijke onderbouwing, 31,5 uur", 31.5, 11500, 21), ("Reiskosten", 1, 8600, 21)], deduct=[("Voldaan op 20-11-2026", 200000)])
c19 = compute(SP19)
inv(lang="nl", tool="snelstart", seller=sel, number="2026-1140", issue=d(2026, 11, 27), term=30, iban=I19,
    block=["Bureau Kroes B.V.", "t.a.v. mevr. S. Kroes", "Assendorperstraat 55", "8012 DH Zwolle"], debtor="Bureau Kroes B.V.",
    rcpt="s.kroes@bureaukroes.nl", to="\"Kroes, Sandra\" <s.kroes@bureaukroes.nl>", layout="A", **SP19,
    body="Geachte mevrouw Kroes,\n\nBijgaand onze factuur 2026-1140. Na aftrek van uw betaling van 20 november resteert het openstaande bedrag van %s, dat wij binnen 30 dagen tegemoet zien.\n\nMet vriendelijke groet,\nAdviesbureau Oosterveld\nAnouk Brink" % fmt(c19["due"], "EUR", "nl"),
    note="The body gives only the open balance after a partial payment; it must agree with the page's 'Te betalen'.")

# 20 nl-BE: private person with Flemish particle, voorschot deducted
sel = S("Keukens Verstraete", ["Kortrijksesteenweg 1020", "9051 Gent"], "info@keukensverstraete.be", ["BTW BE 0822.417.315"])
O20 = ogm()
inv(lang="nl", tool="word-pdf", seller=sel, number="2026-188", issue=d(2026, 11, 26), due=d(2026, 12, 10), iban=iban("BE"), ref=O20,
    block=["Dhr. Pieter-Jan Van den Broeck", "Ottergemsesteenweg 301", "9000 Gent"], debtor="Pieter-Jan Van den Broeck", business=False,
    rcpt="pj.vandenbroeck@telenet.be", to="pj.vandenbroeck@telenet.be", layout="C", ds="dmy/",
    lb={"due": "Vervaldag", "ref": "Gestructureerde mededeling"},
    lines=[("Keuken volgens bestelbon 2026-188 (meubelen, werkblad)", 1, 1284000, 6), ("Toestellen (oven, inductie, dampkap)", 1, 312000, 6), ("Plaatsing", 1, 95000, 6)],
    deduct=[("Voorschot betaald 15/09/2026", 500000)],
    notes=["6% btw: renovatie privéwoning ouder dan 10 jaar (attest afnemer ontvangen)."], greet="Beste Pieter-Jan,",
    note="Flemish kitchen invoice at 6% to a private person ('Dhr.' dropped, 'Van den' kept); advance paid deducted; structured reference.")

# ---------------------------------------------------------------- English
# 21 UK: "The ..." Ltd, discount line, GBP
sel = S("Hartley & Sons Catering Equipment", ["Unit 4, Brindley Park", "Stoke-on-Trent ST4 2RL", "VAT Reg. GB 318 4471 26"], "accounts@hartleycatering.co.uk", ["Registered in England 08841227"])
I21 = iban("GB")
inv(lang="en", tool="xero", cur="GBP", seller=sel, number="INV-4471", issue=d(2026, 11, 24), term=30, iban=I21,
    block=["The Copper Kettle Tearooms Ltd", "14 Church Street", "Leek", "Staffordshire ST13 6AB"], debtor="The Copper Kettle Tearooms Ltd",
    rcpt="hello@copperkettleleek.co.uk", to="hello@copperkettleleek.co.uk", layout="A", ds="long",
    lines=[("Commercial dishwasher service + descale", 1, 14500, 20), ("Replacement wash arm assembly", 2, 3875, 20), ("Call-out charge", 1, 6500, 20)],
    discount=("Loyalty discount 5%", 5), payline=["Bank transfer: Hartley & Sons, sort code 40-11-62, acc. 31884402", "IBAN %s" % mk.iban_spaced(I21)],
    note="English firm whose name begins with 'The'; discount line before VAT; GBP; date written out.")

# 22 UK: FAO, stage payment 2 of 3, words
sel = S("Marsh Lane Architects", ["2 Marsh Lane", "Bristol BS3 4QT"], "studio@marshlanearchitects.co.uk", ["VAT GB 221 7749 03"])
inv(lang="en", tool="quickbooks", cur="GBP", seller=sel, number="1187", issue=d(2026, 11, 23), term=14, term_words=True, iban=iban("GB"),
    block=["Harcourt Joinery Ltd", "FAO: Accounts Payable", "Unit 9 Avonside Industrial Estate", "Bristol BS2 0SP"], debtor="Harcourt Joinery Ltd",
    rcpt="ap@harcourtjoinery.co.uk", to="ap@harcourtjoinery.co.uk", layout="B", ds="dmy/",
    intro=["Workshop extension, Avonside: fee £18,600.00 + VAT, payable in three stages."],
    lines=[("Stage payment 2 of 3: planning application & technical design", 1, 620000, 20)],
    note="FAO line to the payables team; stage payment 2 of 3 of a larger fee (the fee is printed too); term in words.")

# 23 UK body-text: couple, not VAT registered, deposit, no IBAN
sel = S("Rhys Pugh Plastering", [], "rhyspughplastering@btinternet.com")
SP23 = dict(lang="en", cur="GBP", lines=[("Skim coat lounge + hallway ceilings", 1, 98000, 0), ("Materials (Multi-Finish, beads, PVA)", 1, 12640, 0)],
            deduct=[("Less deposit paid 3 Nov", 30000)])


def t23(c):
    return ("Hi both,\n\nHope you're enjoying the new ceilings! Invoice below.\n\nINVOICE 0093\nDate: 26/11/2026\nTo: Mr & Mrs Okafor, 18 Heol y Nant, Cardiff CF14 6HL\n\n"
            + "\n".join(text_lines(SP23, c, 40)) +
            "\n\nNot VAT registered.\nPayment within 7 days please to R Pugh, sort code 30-96-26, account 44182093 (ref: Okafor).\n\nCheers,\nRhys\n")


inv(lang="en", tool="typed-mail", kind="body-text", seller=sel, from_name="Rhys Pugh", number="0093", issue=d(2026, 11, 26), term=7,
    block=[], debtor="Mr & Mrs Okafor", business=False, rcpt="okafor.home@gmail.com", to="okafor.home@gmail.com", typed=t23,
    issue_str="26/11/2026", subject="Invoice - ceilings", **{k: v for k, v in SP23.items() if k != "lang"},
    note="Typed invoice from a sole trader, not VAT-registered, to 'Mr & Mrs Okafor' (kept: only a surname would remain); deposit deducted; UK account number only, no IBAN.")

# 24 UK: LLP, Attn, retention 5%, summary in body
sel = S("Severn Shopfitting Ltd", ["Riverside Works, Quay Road", "Gloucester GL1 2LH"], "finance@severnshopfitting.co.uk", ["Company no. 07719302", "VAT GB 114 8830 51"])
SP24 = dict(lines=[("Reception refit, 3rd floor (per contract)", 1, 2240000, 20), ("Variation 02: glazed partition", 1, 318000, 20)], deduct=[("Less retention 5%", 0.05)])
c24 = compute(SP24)
inv(lang="en", tool="sage", cur="GBP", seller=sel, number="SSF-10552", issue=d(2026, 11, 19), term=30, iban=iban("GB"), late=2,
    block=["Pell & Quarry LLP", "Attn: Sarah Whitcombe", "31 Colmore Row", "Birmingham B3 2BH"], debtor="Pell & Quarry LLP",
    rcpt="s.whitcombe@pellquarry.co.uk", to="Sarah Whitcombe <s.whitcombe@pellquarry.co.uk>", layout="C", ds="dmy/", **SP24,
    body="Dear Sarah,\n\nPlease find attached invoice SSF-10552 for the reception refit. After the 5%% retention the amount payable now is %s; the retention falls due after the 12-month defects period.\n\nKind regards,\nMark Dunning\nSevern Shopfitting" % fmt(c24["due"], "GBP", "en"),
    note="LLP with an 'Attn' line; 5% retention withheld from the total, due is the rest; the body states the payable sum, which matches the page.")

# 25 UK: parish council, PO
sel = S("Greenway Grounds Maintenance", ["The Old Dairy, Mill Road", "Hitchin SG4 7DF"], "invoices@greenwaygrounds.co.uk", ["VAT No. GB 402 1186 73"])
inv(lang="en", tool="freeagent", cur="GBP", seller=sel, number="GG-2026-301", issue=d(2026, 11, 30), term=30, iban=iban("GB"),
    block=["Oakfield Parish Council", "The Clerk", "Village Hall, High Street", "Oakfield SG4 9JT"], debtor="Oakfield Parish Council",
    rcpt="clerk@oakfield-pc.gov.uk", to="clerk@oakfield-pc.gov.uk", layout="A", ds="short-en", xfacts=[("PO number", "OPC/26/044")],
    lines=[("Verge cutting, Nov (4 visits)", 4, 18500, 20), ("Leaf clearance, churchyard and play area", 1, 26000, 20)],
    lb={"due": "Payment due"},
    note="Parish council (public body) as debtor, addressed to 'The Clerk'; purchase-order number printed.")

# 26 IE: school, 13.5% and 23%
sel = S("Byrne Facilities Services", ["Unit 3, Ballymount Cross", "Dublin 24, D24 K2X7"], "accounts@byrnefacilities.ie", ["VAT IE 3318472QH"])
inv(lang="en", tool="sage", seller=sel, number="BFS-8813", issue=d(2026, 11, 25), term=30, iban=iban("IE"),
    block=["Kilbride National School", "Roll No. 19284K", "Kilbride, Co. Wicklow"], debtor="Kilbride National School",
    rcpt="secretary@kilbridens.ie", to="secretary@kilbridens.ie", layout="B", ds="dmy/",
    lines=[("Contract cleaning, November", 1, 184000, 13.5), ("Washroom consumables", 1, 26850, 23), ("Hand sanitiser units (supply)", 4, 3990, 23)],
    note="Irish school as debtor; two VAT rates (13.5% service, 23% goods) on one invoice; EUR written English-style.")

# 27 IE body-html: Dr., credit note
sel = S("Harbourside Physiotherapy", ["7 Harbour Road", "Howth, Co. Dublin"], "reception@harbourside-physio.ie")
SP27 = dict(lang="en", cur="EUR", lines=[("Refund: cancelled block session (paid in advance)", 2, -6500, 0)])


def h27(c):
    return ("<p>Dear Dr. Ní Bhriain,</p><p>As requested, here is a credit note for the two sessions you cancelled. It refers to invoice <b>HP-2231</b>; the amount will be refunded to your card.</p>"
            "<p><b>Credit note HP-C-0107</b><br>Date: 1 Dec 2026<br>Client: Dr. Aoife Ní Bhriain</p>", "<p>Harbourside Physiotherapy<br>Physiotherapy services are exempt from VAT.</p>")


inv(lang="en", tool="cliniko", kind="body-html", seller=sel, number="HP-C-0107", credit=True, issue=d(2026, 12, 1),
    block=[], debtor="Dr. Aoife Ní Bhriain", business=False, rcpt="aoife.nibhriain@gmail.com", to="aoife.nibhriain@gmail.com",
    html=lambda c: html_invoice(dict(SP27, facts=[]), c, *h27(c)), lines=SP27["lines"], subject="Credit note HP-C-0107",
    note="HTML credit note to a private person with 'Dr.' and an Irish surname with a fada; refers to invoice HP-2231; VAT-exempt service; no IBAN.")

# 28 international: USD, partial payment, no VAT (export of services)
sel = S("Nordlicht Motion Studio", ["Keizersgracht 418", "1016 GD Amsterdam", "The Netherlands"], "billing@nordlichtmotion.com", ["CoC 81120433", "VAT NL862114509B01"])
I28 = iban("NL")
inv(lang="en", tool="invoice-ninja", cur="USD", seller=sel, number="NM-2026-061", issue=d(2026, 11, 20), term=30, iban=I28,
    block=["Harbor Lane Media, Inc.", "Attn: Accounts Payable", "1450 Broadway, 11th Floor", "New York, NY 10018", "USA"], debtor="Harbor Lane Media, Inc.",
    rcpt="ap@harborlanemedia.com", to="ap@harborlanemedia.com", layout="C", ds="us",
    lines=[("Animated explainer video, 90 s", 1, 960000, 0), ("Additional revision round", 2, 45000, 0)],
    deduct=[("Payment received Nov 2 (thank you)", 500000)], zero_row="VAT 0% - services outside the EU",
    payline=["Pay in USD to IBAN %s, BIC INGBNL2A (Nordlicht Motion Studio)" % mk.iban_spaced(I28)],
    notes=["VAT not applicable: place of supply outside the EU (Art. 44 VAT Directive)."],
    note="Dutch studio invoicing a US firm in USD with a partial payment already received; no VAT; US date format.")

# 29 UK: t/a sole trader, builders' merchant, trade discount
sel = S("Tamar Building Supplies", ["Ferry Road", "Plymouth PL2 1HG"], "sales.ledger@tamarbuilding.co.uk", ["VAT GB 377 2045 18"])
inv(lang="en", tool="merchant-erp", cur="GBP", seller=sel, number="SI-0448172", issue=d(2026, 11, 27), due=d(2026, 12, 31), iban=iban("GB"),
    block=["Dylan Price t/a Price Plastering", "22 Ocean View", "Plymouth PL5 3QR"], debtor="Dylan Price t/a Price Plastering",
    rcpt="dylan@priceplastering.co.uk", to="dylan@priceplastering.co.uk", layout="B", ds="dmy/", custno="PRI004",
    lines=[("British Gypsum Multi-Finish 25kg", 40, 1095, 20), ("Thistle Bonding 25kg", 15, 1420, 20), ("Angle bead 3m", 30, 189, 20)],
    discount=("Trade discount 12.5%", 12.5), lb={"due": "Due by"},
    note="Sole trader 't/a' trading name as debtor (labelled as printed); trade-discount line; due date by date (end of following month).")

# 30 UK: "The ..." print room, early settlement discount (due stays total)
sel = S("Pennine Paper Co.", ["Mill 3, Canal Side", "Hebden Bridge HX7 8AD"], "accounts@penninepaper.co.uk", ["VAT GB 290 6613 44"])
inv(lang="en", tool="xero", cur="GBP", seller=sel, number="INV-20931", issue=d(2026, 11, 18), term=30, iban=iban("GB"), late=5,
    block=["The Whitby Print Room", "4 Flowergate", "Whitby YO21 3BA"], debtor="The Whitby Print Room",
    rcpt="studio@whitbyprintroom.co.uk", to="studio@whitbyprintroom.co.uk", layout="A", ds="short-en",
    lines=[("Somerset Velvet 300gsm, 56x76, sheet", 100, 385, 20), ("Japanese kozo paper, roll", 2, 6800, 20)],
    notes=["Early settlement: 2.5% discount if paid within 7 days. Otherwise net 30 days."],
    note="'The' trading name without a legal form; early-settlement discount offered, amount due left at the full total; mailed five days after issue.")

# 31 international: JPY
sel = S("Studio Brandt Keramik", ["Ostertorsteinweg 61", "28203 Bremen", "Germany"], "info@studiobrandt-keramik.de", ["USt-IdNr. DE318447720"])
I31 = iban("DE")
inv(lang="en", tool="word-pdf", cur="JPY", seller=sel, number="SB-2026-44", issue=d(2026, 11, 21), term=30, iban=I31,
    block=["Kaneda Trading Co., Ltd.", "3-8-1 Marunouchi, Chiyoda-ku", "Tokyo 100-0005", "Japan"], debtor="Kaneda Trading Co., Ltd.",
    rcpt="import@kaneda-trading.co.jp", to="import@kaneda-trading.co.jp", layout="B", ds="long",
    lines=[("Stoneware tea bowls, ash glaze", 24, 6800, 0), ("Serving plates 28 cm", 12, 9500, 0), ("Export packing", 1, 12000, 0)],
    zero_row="VAT 0% (export delivery)", payline=["Amount payable in Japanese yen (JPY), no decimals.", "IBAN %s · BIC BRLADE22" % mk.iban_spaced(I31)],
    note="German potter invoicing a Japanese importer in yen (no minor unit: amounts are whole yen, labelled in yen); export without VAT.")

# 32 UK: double surname private client, term in words
sel = S("Fenwick Conservation Studio", ["The Coach House, Priory Lane", "York YO1 7EX"], "studio@fenwickconservation.co.uk", ["VAT GB 155 9023 61"])
inv(lang="en", tool="word-pdf", cur="GBP", seller=sel, number="FCS/26/038", issue=d(2026, 11, 22), term=30, term_words=True, iban=iban("GB"),
    block=["Ms Eleanor Fairweather-Hughes", "Hollins Farm", "Kirkby Malzeard", "Ripon HG4 3RT"], debtor="Eleanor Fairweather-Hughes", business=False,
    rcpt="eleanor.fh@outlook.com", to="eleanor.fh@outlook.com", layout="C", ds="long",
    lines=[("Conservation of oil painting (Yorkshire landscape, c.1860)", 1, 86000, 20), ("Re-gilding of frame", 1, 32000, 20), ("Condition report", 1, 7500, 20)],
    note="Private client with a double surname ('Ms' dropped); term only in words.")

# 33 international: Swiss seller in English, CHF, rounding, no Swiss VAT
sel = S("Alpenglow Data GmbH", ["Bahnhofstrasse 21", "6300 Zug", "Switzerland"], "billing@alpenglowdata.ch", ["CHE-412.883.901 MWST"])
inv(lang="en", tool="bexio", cur="CHF", seller=sel, number="AD-26-0192", issue=d(2026, 11, 26), term=30, iban=iban("CH"),
    block=["Lindqvist Analytics AB", "Sveavägen 44", "111 34 Stockholm", "Sweden"], debtor="Lindqvist Analytics AB",
    rcpt="invoices@lindqvistanalytics.se", to="invoices@lindqvistanalytics.se", layout="A", ds="dmy.",
    lines=[("Data pipeline consulting (hours)", 37.25, 16500, 0), ("Cloud costs passed through", 1, 41833, 0)],
    round05=True, round_label="Rounding", zero_row="VAT: export of services, not subject to Swiss VAT",
    note="Swiss firm invoicing a Swedish AB in CHF, apostrophe thousands; total rounded to 5 Rappen with a rounding line; no VAT.")

# ---------------------------------------------------------------- German, Austrian, Swiss
# 34 de: Prof. Dr. + double surname, Skonto (due stays total)
sel = S("Malerbetrieb Kühnel", ["Am Steinbruch 7", "69118 Heidelberg", "Tel. 06221 480 213"], "buero@maler-kuehnel.de", ["Steuernr. 32489/04417", "USt-IdNr. DE281144709"])
I34 = iban("DE")
inv(lang="de", tool="lexoffice", seller=sel, number="RE-2026-0517", issue=d(2026, 11, 24), term=14, iban=I34, bank="Heidelberger Volksbank",
    block=["Frau", "Prof. Dr. Annelie Großkopf-Behrens", "Schlierbacher Landstraße 112", "69118 Heidelberg"], debtor="Prof. Dr. Annelie Großkopf-Behrens", business=False,
    rcpt="grosskopf-behrens@web.de", to="\"Prof. Dr. Großkopf-Behrens\" <grosskopf-behrens@web.de>", layout="A",
    lines=[("Treppenhaus streichen, Wände und Decke (m²)", 86, 1450, 19), ("Lackierarbeiten Geländer (Std.)", 7, 6200, 19), ("Material pauschal", 1, 21800, 19)],
    notes=["Zahlbar innerhalb von 14 Tagen ohne Abzug oder innerhalb von 7 Tagen mit 2 % Skonto.", "Leistungszeitraum: 09.11.2026 bis 13.11.2026"],
    greet="Sehr geehrte Frau Prof. Dr. Großkopf-Behrens,", subject="Ihre Rechnung RE-2026-0517 von Malerbetrieb Kühnel",
    note="'Frau' on its own line is dropped, 'Prof. Dr.' and the double surname kept; 2 % Skonto offered, amount due is the full total.")

# 35 de: Eheleute, 2. Abschlagsrechnung, body summary
sel = S("Zimmerei Haslinger", ["Gewerbering 3", "83620 Feldkirchen-Westerham"], "rechnung@zimmerei-haslinger.de", ["USt-IdNr. DE199402217", "HRA 5521 AG Traunstein"])
SP35 = dict(lines=[("2. Abschlag gem. Zahlungsplan: Dachstuhl gerichtet (30 % von 64.800,00 €)", 1, 1944000, 19)])
c35 = compute(SP35)
inv(lang="de", tool="sevdesk", seller=sel, number="AR-2026-0093", issue=d(2026, 11, 20), term=10, iban=iban("DE"), bank="Raiffeisenbank Mangfalltal",
    block=["Eheleute Baumgartner", "Riedweg 14", "83620 Feldkirchen-Westerham"], debtor="Eheleute Baumgartner", business=False,
    rcpt="baumgartner.familie@t-online.de", to="baumgartner.familie@t-online.de", layout="C", title="2. Abschlagsrechnung AR-2026-0093", subject="2. Abschlagsrechnung AR-2026-0093 – Dachstuhl Riedweg 14", **SP35,
    body="Grüß Gott Herr und Frau Baumgartner,\n\nanbei die 2. Abschlagsrechnung für Ihren Dachstuhl. Bitte überweisen Sie %s bis zum %s.\n\nViele Grüße\nAndreas Haslinger" % (fmt(c35["due"], "EUR", "de"), mk.date(d(2026, 11, 30), "dmy.", "de")),
    note="Couple as 'Eheleute Baumgartner' (kept whole); second instalment (Abschlagsrechnung) of a contract sum; body repeats the amount and date.")

# 36 de: GmbH, Schlussrechnung with §13b, deducting Abschläge
sel = S("Estrichbau Öztürk", ["Industriestraße 28", "73230 Kirchheim unter Teck"], "info@estrich-oeztuerk.de", ["USt-IdNr. DE300118254"])
inv(lang="de", tool="orgamax", seller=sel, number="SR-2026-014", issue=d(2026, 11, 27), term=30, iban=iban("DE"), bank="Kreissparkasse Esslingen-Nürtingen",
    block=["Holzbau Riedl GmbH", "Bauleitung", "Alte Weinsteige 9", "70597 Stuttgart"], debtor="Holzbau Riedl GmbH",
    rcpt="rechnungseingang@holzbau-riedl.de", to="rechnungseingang@holzbau-riedl.de", layout="B", title="Schlussrechnung SR-2026-014", subject="Schlussrechnung SR-2026-014 BV Kanalstr. 4",
    xfacts=[("Bauvorhaben", "MFH Esslingen, Kanalstr. 4")],
    lines=[("Zementestrich CT-C25-F4, 65 mm (m²)", 812, 2450, 0), ("Randdämmstreifen (lfm)", 640, 95, 0), ("Bewegungsfugen schneiden (lfm)", 96, 780, 0)],
    deduct=[("abzgl. 1. Abschlagsrechnung AR-2026-031 vom 02.10.2026", 800000), ("abzgl. 2. Abschlagsrechnung AR-2026-038 vom 30.10.2026", 700000)],
    zero_row="Umsatzsteuer 0 % (§ 13b UStG)",
    notes=["Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG."],
    note="Final invoice (Schlussrechnung) of a subcontractor under § 13b reverse charge, deducting two advance invoices; due is the remainder.")

# 37 de: GmbH & Co. KG, z. Hd., Sicherheitseinbehalt
sel = S("Kälte- und Klimatechnik Sauer", ["Daimlerstraße 40", "48301 Nottuln"], "buchhaltung@kaelte-sauer.de", ["Amtsgericht Coesfeld HRB 8817", "USt-IdNr. DE812774013"])
inv(lang="de", tool="label-software", seller=sel, number="24611", issue=d(2026, 11, 19), term=30, iban=iban("DE"), bank="Sparkasse Westmünsterland", late=3,
    block=["Brenner Haustechnik GmbH & Co. KG", "z. Hd. Herrn Jörg Brenner", "Otto-Hahn-Straße 5", "48161 Münster"], debtor="Brenner Haustechnik GmbH & Co. KG",
    rcpt="j.brenner@brenner-haustechnik.de", to="\"Brenner, Jörg\" <j.brenner@brenner-haustechnik.de>", layout="A",
    lines=[("Lieferung und Montage VRF-Außengerät 28 kW", 1, 1378000, 19), ("Innengeräte Kassette 4-Wege", 6, 118500, 19), ("Inbetriebnahme und Dichtheitsprüfung", 1, 64000, 19)],
    deduct=[("Sicherheitseinbehalt 5 % (bis Abnahme)", 0.05)],
    note="GmbH & Co. KG with a 'z. Hd.' line; 5 % retention withheld; mailed three days after issue.")

# 38 de body-text: e.K. debtor, Kleinunternehmer
sel = S("Foto Lenz", [], "mail@fotolenz.de")
I38 = iban("DE")
SP38 = dict(lang="de", cur="EUR", lines=[("Produktfotos Feinkost, freigestellt", 45, 1800, 0), ("Anfahrt Hamburg-Altona", 1, 3500, 0)])


def t38(c):
    return ("Hallo Herr Albers,\n\nwie besprochen hier die Rechnung für das Shooting vom 17.11.\n\n"
            "Rechnung Nr. 2026-027 vom 30.11.2026\n\nRechnungsempfänger:\nFeinkost Albers e.K.\nInh. Hinrich Albers\nOttenser Hauptstraße 19\n22765 Hamburg\n\n"
            + "\n".join(text_lines(SP38, c, 40)) +
            "\n\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n"
            "Zahlbar bis 14.12.2026 auf IBAN %s (Jana Lenz), Verwendungszweck: RE 2026-027.\n\nBeste Grüße\nJana Lenz\nFoto Lenz\n" % mk.iban_spaced(I38))


inv(lang="de", tool="typed-mail", kind="body-text", seller=sel, from_name="Jana Lenz", number="2026-027", issue=d(2026, 11, 30), due=d(2026, 12, 14),
    iban=I38, ref="RE 2026-027", block=[], debtor="Feinkost Albers e.K.", rcpt="info@feinkost-albers.de", to="info@feinkost-albers.de", typed=t38,
    subject="Rechnung Produktfotos", **{k: v for k, v in SP38.items() if k not in ("lang", "cur")},
    note="Typed Kleinunternehmer invoice (§ 19 UStG, no VAT) with a 'Rechnungsempfänger:' label over an e.K. and its 'Inh.' line; Verwendungszweck as printed.")

# 39 de: AG with cost centre, Rabatt
sel = S("Messebau Kronenberg", ["Rheinallee 88", "40545 Düsseldorf"], "faktura@messebau-kronenberg.de", ["HRB 77104 AG Düsseldorf", "USt-IdNr. DE254300781"])
inv(lang="de", tool="weclapp", seller=sel, number="MK-R-26-1093", issue=d(2026, 11, 25), term=30, iban=iban("DE"), bank="Stadtsparkasse Düsseldorf",
    block=["Rechnungsempfänger:", "Tillmann Präzisionsteile AG", "Kostenstelle 4120 Marketing", "Hafenstraße 50", "47119 Duisburg"], debtor="Tillmann Präzisionsteile AG",
    rcpt="kreditoren@tillmann-ag.de", to="kreditoren@tillmann-ag.de", layout="C", xfacts=[("Ihre Bestellung", "4500 218 774")],
    lines=[("Messestand 6x4 m, Systembau inkl. Grafik, Messe EMO", 1, 1240000, 19), ("Standbeleuchtung LED-Spots", 18, 3400, 19), ("Auf- und Abbau", 1, 186000, 19)],
    discount=("Rabatt 8 % lt. Rahmenvertrag", 8),
    note="'Rechnungsempfänger:' label, an AG with a cost centre line under it; discount line from a framework contract; order number with spaces.")

# 40 de: Inh. sole trader, 7 % and 19 %
sel = S("Gärtnerei Wohlfahrt", ["Auf dem Kamp 12", "32049 Herford"], "rechnungen@gaertnerei-wohlfahrt.de", ["USt-IdNr. DE126655901"])
inv(lang="de", tool="sage", seller=sel, number="40821", issue=d(2026, 11, 28), term=14, iban=iban("DE"), bank="Volksbank Herford-Mindener Land",
    block=["Blumen Sommer", "Inh. Kerstin Sommer", "Lübberstraße 3", "32052 Herford"], debtor="Blumen Sommer",
    rcpt="kerstin@blumen-sommer.de", to="Kerstin Sommer <kerstin@blumen-sommer.de>", layout="B", custno="1177",
    lines=[("Weihnachtssterne 13er Topf", 120, 245, 7), ("Amaryllis im Topf", 40, 390, 7), ("Transportkisten (Pfand)", 12, 500, 19), ("Lieferung", 1, 2500, 19)],
    note="Shop with its owner in an 'Inh.' line (the shop's name is the debtor); plants at 7 % and crates/delivery at 19 %.")

# 41 de: Verein e.V., Kleinunternehmer
sel = S("Bewegungsraum Nadja Funke", ["Bünder Straße 61", "32584 Löhne"], "kontakt@bewegungsraum-funke.de", ["Steuernr. 335/5122/4481"])
inv(lang="de", tool="word-pdf", seller=sel, number="NF-26-48", issue=d(2026, 11, 29), due=d(2026, 12, 15), iban=iban("DE"), bank="Sparkasse Herford",
    block=["Turnverein Eintracht Löhne e.V.", "Abteilung Gesundheitssport", "Postfach 1120", "32571 Löhne"], debtor="Turnverein Eintracht Löhne e.V.",
    rcpt="kasse@tv-eintracht-loehne.de", to="kasse@tv-eintracht-loehne.de", layout="A", ds="long",
    lines=[("Übungsleitung Rückenfit, Okt.-Nov. (Einheiten à 60 Min.)", 16, 3500, 0), ("Fahrtkosten pauschal", 1, 4000, 0)],
    notes=["Kein Ausweis der Umsatzsteuer, da Kleinunternehmer gemäß § 19 UStG."],
    note="Sports club (e.V.) with a department line; Kleinunternehmer invoice without VAT; dates written out.")

# 42 de body-html: Gemeinde, Verwendungszweck
sel = S("Kanalservice Huber", ["Gewerbestraße 2", "82229 Seefeld"], "rechnung@kanalservice-huber.de", ["USt-IdNr. DE288201447"])
I42 = iban("DE")
SP42 = dict(lang="de", cur="EUR", lines=[("Kanal-TV-Inspektion Hauptstraße (lfm)", 380, 420, 19), ("Hochdruckreinigung (Std.)", 6, 14500, 19), ("Entsorgung Spülgut (t)", 2.4, 8800, 19)])


def h42(c):
    return ("<p>Sehr geehrte Damen und Herren,</p><p>anbei unsere Rechnung.</p>"
            "<p><b>Gemeinde Seefeld</b><br>Bauamt<br>Rathausplatz 1<br>82229 Seefeld</p>"
            "<p>Rechnungsnummer: <b>KH-2026-0311</b><br>Rechnungsdatum: 23.11.2026<br>Leitweg-ID: 09188143-SEEF-12</p>",
            "<p>Zahlungsziel: 30 Tage netto.<br>IBAN: %s<br>Verwendungszweck: KH-2026-0311</p><p>Mit freundlichen Grüßen<br>Kanalservice Huber</p>" % mk.iban_spaced(I42))


inv(lang="de", tool="sevdesk", kind="body-html", seller=sel, number="KH-2026-0311", issue=d(2026, 11, 23), term=30, iban=I42, ref="KH-2026-0311",
    block=[], debtor="Gemeinde Seefeld", rcpt="kaemmerei@seefeld.de", to="kaemmerei@seefeld.de",
    html=lambda c: html_invoice(dict(SP42, facts=[]), c, *h42(c)), lines=SP42["lines"],
    note="HTML invoice to a municipality (Bauamt under it) with a Leitweg-ID; Verwendungszweck equal to the number; term '30 Tage netto'.")

# 43 AT: Mag., Teilzahlung, 20 % and 10 %
sel = S("Tischlerei Gruber", ["Linzer Straße 140", "4600 Wels", "Österreich"], "office@tischlerei-gruber.at", ["UID ATU61882044", "FN 288311h"])
inv(lang="de", tool="bmd", seller=sel, number="2026/0384", issue=d(2026, 11, 24), term=14, iban=iban("AT"), bank="Raiffeisenbank Wels",
    block=["Frau Mag. Verena Pichler", "Pollheimerstraße 7", "4600 Wels"], debtor="Mag. Verena Pichler", business=False,
    rcpt="verena.pichler@gmx.at", to="verena.pichler@gmx.at", layout="C", lb={"vat": "USt. %s %%", "due": "Zahlbar bis"},
    lines=[("Einbauschrank Vorraum, Eiche natur", 1, 486000, 20), ("Montage", 1, 42000, 20), ("Fachbuch Möbelpflege", 1, 2900, 10)],
    deduct=[("abzüglich Teilzahlung vom 05.11.2026", 250000)], greet="Sehr geehrte Frau Mag. Pichler,",
    note="Austrian invoice to 'Frau Mag.' ('Frau' dropped, 'Mag.' kept); 20 % and 10 % on one invoice; a partial payment deducted.")

# 44 AT: Magistrat, term in words
sel = S("Stadtgärtnerei Wimmer KG", ["Vogelweiderstraße 33", "4600 Wels"], "buchhaltung@wimmer-gruen.at", ["UID ATU57203119", "FN 104772p"])
inv(lang="de", tool="bmd", seller=sel, number="WI-26-1502", issue=d(2026, 11, 17), term=30, term_words=True, iban=iban("AT"), late=2,
    block=["Magistrat der Stadt Wels", "Dienststelle Stadtgärten", "Stadtplatz 1", "4600 Wels"], debtor="Magistrat der Stadt Wels",
    rcpt="rechnungen@wels.gv.at", to="rechnungen@wels.gv.at", layout="B", lb={"vat": "USt. %s %%"},
    xfacts=[("Auftrag", "MA-SG/2026/117")],
    lines=[("Herbstbepflanzung Kaiser-Josef-Platz (Stk.)", 1400, 185, 20), ("Pflanzarbeiten (Std.)", 32, 5200, 20)],
    note="Austrian city administration (Magistrat) with a department line; term in words ('dreißig Tagen'); mailed two days after issue.")

# 45 AT: DI, separate delivery address, Anzahlung deducted
sel = S("Ofenbau Stockinger", ["Hauptplatz 8", "8160 Weiz"], "office@ofenbau-stockinger.at", ["UID ATU70112836"])
inv(lang="de", tool="word-pdf", seller=sel, number="R-26-077", issue=d(2026, 11, 26), due=d(2026, 12, 10), iban=iban("AT"), bank="Steiermärkische Sparkasse",
    block=["Rechnungsadresse:", "DI Thomas Aigner", "Elisabethstraße 30/4", "8010 Graz"],
    block2=["Lieferadresse:", "Ferienhaus Aigner", "Oberfeistritz 112", "8184 Anger"], debtor="DI Thomas Aigner", business=False,
    rcpt="t.aigner@aon.at", to="t.aigner@aon.at", layout="C", lb={"vat": "USt. %s %%", "due": "Fällig"},
    lines=[("Kachelofen mit Sichtfenster, Ausführung lt. Angebot A-26-031", 1, 1180000, 20), ("Rauchfanganschluss und Abnahme", 1, 48000, 20)],
    deduct=[("abzgl. Anzahlung (bezahlt am 18.09.2026)", 400000)],
    note="Austrian 'DI' degree kept; invoice address (Graz) differs from the delivery address (holiday house); deposit deducted.")

# 46 CH: Stiftung, CHF, 8.1 % and 2.6 %, rounding, RF reference
sel = S("Bäckerei-Konditorei Zollinger", ["Dorfstrasse 19", "8706 Meilen"], "buchhaltung@zollinger-beck.ch", ["MWST CHE-104.227.816"])
RF46 = rf("2026" + digits(8))
inv(lang="de", tool="bexio", cur="CHF", seller=sel, number="20261128-04", issue=d(2026, 11, 28), term=30, iban=iban("CH"), ref=RF46, ref_print=grp(RF46), bank="Zürcher Kantonalbank",
    block=["Stiftung Lesepaten Zürichsee", "Seestrasse 240", "8706 Meilen"], debtor="Stiftung Lesepaten Zürichsee",
    rcpt="finanzen@lesepaten-zuerichsee.ch", to="finanzen@lesepaten-zuerichsee.ch", layout="A", ds="dmy.",
    lb={"vat": "MWST %s %%", "total": "Total CHF", "ref": "Referenz"},
    lines=[("Apéro-Gebäck Helferanlass (Platten)", 6, 4850, 2.6), ("Zopf 1 kg", 4, 1290, 2.6), ("Lieferung und Service", 1, 6500, 8.1)],
    round05=True, round_label="Rundungsdifferenz",
    note="Swiss foundation; CHF with 2.6 % and 8.1 % VAT and a 5-Rappen rounding line; RF creditor reference (labelled without spaces).")

# 47 CH: customer number first, Gutschrift, CHF
sel = S("Müllereigenossenschaft Seeland", ["Mühleweg 4", "3250 Lyss"], "debitoren@muehle-seeland.ch", ["MWST CHE-105.882.443"])
inv(lang="de", tool="abacus", cur="CHF", seller=sel, number="GS-26-0061", credit=True, issue=d(2026, 12, 1),
    block=["Kunden-Nr. 30117", "Bäckerei Gasser AG", "Bahnhofstrasse 7", "3250 Lyss"], debtor="Bäckerei Gasser AG",
    rcpt="buero@baeckerei-gasser.ch", to="buero@baeckerei-gasser.ch", layout="B", ds="dmy.", show_due=False,
    lb={"vat": "MWST %s %%", "total": "Total Gutschrift CHF"},
    intro=["Gutschrift zu Rechnung 26-10884 vom 12.11.2026 (Qualitätsmangel Lieferung Ruchmehl)."],
    lines=[("Ruchmehl 25 kg (Rücknahme)", 8, -3120, 2.6), ("Preisminderung Lieferung", 1, -5000, 2.6)],
    payline=["Der Betrag wird mit Ihrer nächsten Rechnung verrechnet."], notes=[],
    note="Swiss credit note (Gutschrift) to an AG whose block opens with 'Kunden-Nr.'; refers to invoice 26-10884; negative CHF; set off, no IBAN, so no due date is labelled.")

# 48 de body-text: debtor only in the greeting, Kleinunternehmer tutoring
sel = S("Nachhilfe Clara Weiß", [], "clara.weiss.nachhilfe@gmx.de")
I48 = iban("DE")
SP48 = dict(lang="de", cur="EUR", lines=[("Doppelstunden Mathe November", 6, 3000, 0)])


def t48(c):
    return ("Hallo Jonas,\n\nhier die Rechnung für November (Rechnungsnr. 11/2026, Datum 30.11.2026):\n\n" + "\n".join(text_lines(SP48, c, 34)) +
            "\n\nAls Kleinunternehmerin nach § 19 UStG weise ich keine Umsatzsteuer aus.\n"
            "Überweis das bitte innerhalb von zehn Tagen auf %s.\n\nLiebe Grüße und viel Erfolg bei der Klausur!\nClara\n" % mk.iban_spaced(I48))


inv(lang="de", tool="typed-mail", kind="body-text", seller=sel, from_name="Clara Weiß", number="11/2026", issue=d(2026, 11, 30), term=10,
    iban=I48, block=[], debtor="Jonas", business=False, rcpt="jonas.engel07@gmail.com", to="jonas.engel07@gmail.com", typed=t48,
    subject="Rechnung November", lines=SP48["lines"],
    note="Typed tutoring bill, debtor named only as 'Jonas' in the greeting; Kleinunternehmerin; term in words (zehn Tagen); the number looks like a month.")

# 49 de: school, due by date in words
sel = S("Reisedienst Kowalski", ["Am Hafen 5", "23966 Wismar"], "buchung@reisedienst-kowalski.de", ["USt-IdNr. DE133028771"])
inv(lang="de", tool="word-pdf", seller=sel, number="2026-1419", issue=d(2026, 12, 1), due=d(2027, 1, 15), bank="Sparkasse Mecklenburg-Nordwest",
    block=["Grundschule am Lindenplatz", "Schulleitung", "Lindenplatz 2", "23970 Wismar"], debtor="Grundschule am Lindenplatz",
    rcpt="sekretariat@gs-lindenplatz-wismar.de", to="sekretariat@gs-lindenplatz-wismar.de", layout="A", show_due=False,
    lines=[("Busfahrt Klassenfahrt 3a/3b Wismar - Schwerin und zurück", 1, 84000, 7), ("Wartezeit Fahrer (Std.)", 3, 3500, 7)],
    payline=["Bitte überweisen Sie den Rechnungsbetrag bis zum 15. Januar 2027.", "IBAN wird auf Wunsch auch per Telefon bestätigt."],
    notes=["Personenbeförderung im Nahverkehr (unter 50 km): ermäßigter Steuersatz 7 %."],
    note="Primary school as debtor; due date stated only in words in a sentence; no IBAN printed (label null); 7 % VAT.")

# 50 de: Stiftung (DE), Anzahlung deducted, due in words of date
sel = S("Tagungshaus Birkenhain", ["Birkenweg 1", "34346 Hann. Münden"], "rechnung@tagungshaus-birkenhain.de", ["USt-IdNr. DE285600193"])
inv(lang="de", tool="billomat", seller=sel, number="TB-0942", issue=d(2026, 11, 22), term=14, iban=iban("DE"), bank="Sparkasse Münden",
    block=["Stiftung Haus am Wald", "z. Hd. Frau Dr. Ingrid Seel", "Waldweg 12", "37073 Göttingen"], debtor="Stiftung Haus am Wald",
    rcpt="verwaltung@stiftung-hausamwald.de", to="verwaltung@stiftung-hausamwald.de", layout="B", ds="long",
    lines=[("Übernachtung EZ inkl. Frühstück (Nächte)", 18, 7900, 7), ("Tagungspauschale (Pers./Tag)", 18, 4800, 19), ("Seminarraum Technik", 2, 9500, 19)],
    deduct=[("abzüglich geleistete Anzahlung", 60000)], late=4,
    note="Foundation with a 'z. Hd. Frau Dr.' line; lodging at 7 % and conference package at 19 %; deposit deducted; mailed four days after issue.")

# ---------------------------------------------------------------- the non-invoices
E = "€ "

# N1 nl: quote acceptance form with deposit request
sel = S("Dakdekkersbedrijf Smit & Zn.", ["Vlietweg 30", "2266 KA Leidschendam"], "offertes@smitdaken.nl", ["KvK 27104418"])
net = 684000 + 124500
vat = int(round(net * 0.21))
pg = doc_page(sel, ["Dhr. en mevr. Van Rijn", "Prinses Irenelaan 8", "2264 AB Leidschendam"], "Opdrachtbevestiging / akkoordverklaring",
              [("Offertenummer", "OF-2026-214"), ("Datum", "27-11-2026"), ("Geldig tot", "27-12-2026")],
              ["Omschrijving", "Bedrag"], [["Vernieuwen dakbedekking plat dak 42 m² (EPDM)", mk.money(684000, "nl")], ["Nieuwe dakrand en hemelwaterafvoer", mk.money(124500, "nl")]],
              [["Totaal excl. btw", E + mk.money(net, "nl")], ["Btw 21%", E + mk.money(vat, "nl")], ["Totaal incl. btw", E + mk.money(net + vat, "nl")]],
              ["Bij akkoord vragen wij een aanbetaling van 30%% (%s) na ondertekening." % (E + mk.money(int(round((net + vat) * 0.3)), "nl")),
               "De aanbetalingsfactuur sturen wij u na ontvangst van dit getekende formulier.", "",
               "Voor akkoord: ______________________   Datum: ____________   Plaats: ______________"])
add_none("nl", "word-pdf", sel, "vanrijn.leidschendam@ziggo.nl", "vanrijn.leidschendam@ziggo.nl", "Offerte OF-2026-214 ter ondertekening", d(2026, 11, 27),
         "Beste heer en mevrouw Van Rijn,\n\nZoals besproken hierbij onze offerte met akkoordverklaring. Wilt u deze getekend retourneren? Daarna ontvangt u de factuur voor de aanbetaling.\n\nMet vriendelijke groet,\nKees Smit",
         "A quote's acceptance form that names the deposit to be invoiced after signing; nothing is owed yet.",
         "Totals with VAT and a 30 % deposit amount, but it is an acceptance form; the deposit invoice follows.", pg, "Akkoordverklaring_OF-2026-214.pdf")

# N2 nl: payment plan proposal
I_n2 = iban("NL")
add_none("nl", "typed-mail", S("Fysiotherapie Duinzicht", [], "administratie@fysioduinzicht.nl"), "r.bosman@hotmail.com", "r.bosman@hotmail.com",
         "Voorstel betalingsregeling", d(2026, 12, 2),
         "Beste meneer Bosman,\n\nNaar aanleiding van ons telefoongesprek stellen wij de volgende regeling voor het openstaande bedrag van € 684,00 (facturen 2026-311 en 2026-342) voor:\n\n"
         "  termijn 1   15-12-2026   € 228,00\n  termijn 2   15-01-2027   € 228,00\n  termijn 3   15-02-2027   € 228,00\n\n"
         "Als u akkoord gaat, hoort u dat graag per mail; pas dan geldt deze regeling. Betalen kan op %s o.v.v. uw klantnummer 4471.\n\n"
         "Met vriendelijke groet,\nLinda Verhoef\nFysiotherapie Duinzicht\n" % mk.iban_spaced(I_n2),
         "A proposed payment plan for invoices already sent; a schedule of future instalments, not a new invoice.",
         "Schedule with dates and amounts, an IBAN and a customer number; refers to earlier invoices.")

# N3 en: statement of account
sel = S("Calder Valley Timber Ltd", ["Station Yard", "Todmorden OL14 5QT"], "credit.control@caldertimber.co.uk", ["VAT GB 201 5570 98"])
rows = [["02/10/2026  INV 77812", "£1,248.00"], ["17/10/2026  INV 77944", "£386.40"], ["21/10/2026  Payment - thank you", "-£1,248.00"], ["06/11/2026  INV 78101", "£2,011.20"], ["12/11/2026  CRN 2210", "-£96.00"]]
pg = doc_page(sel, ["Moorside Builders Ltd", "Unit 2, Burnley Road", "Todmorden OL14 7AA"], "Statement of account",
              [("Account", "MOO010"), ("Statement date", "30 Nov 2026")], ["Date / reference", "Amount"], rows,
              [["Balance outstanding", "£2,301.60"], ["of which overdue", "£290.40"]],
              ["This statement lists invoices already sent to you. Please do not pay from this statement if you have already paid."])
add_none("en", "sage", sel, "accounts@moorsidebuilders.co.uk", "accounts@moorsidebuilders.co.uk", "Statement of account - MOO010 - November 2026", d(2026, 12, 1),
         "Good morning,\n\nPlease find attached your statement of account as at 30 November.\n\nRegards,\nCredit Control\nCalder Valley Timber",
         "A statement of account summarising invoices already sent, with a balance.", "Running balance and an overdue figure; no new invoice number.",
         pg, "Statement_MOO010_2026-11.pdf")

# N4 de: receipt for a partial payment
add_none("de", "typed-mail", S("Autohaus Reinke", [], "buchhaltung@autohaus-reinke.de"), "m.yilmaz@freenet.de", "m.yilmaz@freenet.de",
         qsubj("Zahlungseingang Teilzahlung Rechnung 26-8841"), d(2026, 11, 30),
         "Sehr geehrter Herr Yılmaz,\n\nwir bestätigen den Eingang Ihrer Teilzahlung über 500,00 € am 27.11.2026 zu Rechnung 26-8841 vom 06.11.2026.\n\n"
         "Rechnungsbetrag: 1.486,20 €\nbisher gezahlt: 500,00 €\nverbleibender Betrag: 986,20 €\n\nDie Restzahlung ist wie vereinbart bis 31.12.2026 fällig.\n\n"
         "Mit freundlichen Grüßen\nBuchhaltung Autohaus Reinke\n",
         "A receipt for a partial payment on an invoice already sent; it confirms money received.",
         "Shows the remaining balance and a due date of the rest, which look like an invoice's facts.")

# N5 en: refund confirmation (HTML)
add_none("en", "shopify", S("Wildflower & Wax", [], "orders@wildflowerandwax.co.uk"), "jess.morgan@icloud.com", "jess.morgan@icloud.com",
         "Refund processed for order #3318", d(2026, 11, 26), None,
         "A refund confirmation; money goes back to the customer.", "Order number, amounts and VAT in an HTML table.",
         html="<html><body><h2>Your refund is on its way</h2><p>Hi Jess,</p><p>We've refunded <b>£34.50</b> for order <b>#3318</b> to your Visa ending 4412. "
              "It can take 5-10 working days to appear.</p><table><tr><td>Lavender soy candle x2</td><td>£29.00</td></tr><tr><td>Shipping</td><td>£5.50</td></tr>"
              "<tr><td><b>Refund total</b></td><td><b>£34.50</b></td></tr></table><p>Wildflower &amp; Wax</p></body></html>")

# N6 nl: credit-limit notice
add_none("nl", "exact-online", S("Bouwmaterialen Hendriks B.V.", [], "kredietbeheer@hendriksbouwmaterialen.nl"), "info@aannemersbedrijfdekker.nl", "info@aannemersbedrijfdekker.nl",
         "Wijziging kredietlimiet klantnummer 30881", d(2026, 11, 24),
         "Geachte relatie,\n\nNa onze jaarlijkse beoordeling stellen wij de kredietlimiet voor uw account 30881 per 1 december 2026 vast op € 15.000,00 (was € 25.000,00).\n"
         "Uw huidige openstaande saldo is € 11.240,35. Orders boven de limiet leveren wij tegen vooruitbetaling.\n\nMet vriendelijke groet,\nAfdeling Kredietbeheer\nBouwmaterialen Hendriks B.V.\n",
         "A credit-limit notice; it states a limit and a balance but asks for no payment.", "Euro amounts and a customer number; no invoice number or due date.")

# N7 de: price increase announcement with examples
add_none("de", "typed-mail", S("Hausmeisterservice Brandl", [], "info@hausmeister-brandl.de"), "verwaltung@weg-isarauen.de", "verwaltung@weg-isarauen.de",
         qsubj("Preisanpassung zum 01.01.2027"), d(2026, 11, 20),
         "Sehr geehrte Damen und Herren,\n\naufgrund gestiegener Lohn- und Materialkosten passen wir unsere Preise zum 01.01.2027 um 4,5 % an. Beispiele:\n\n"
         "  Hausmeisterdienst pro Monat (bisher 420,00 €)     neu 438,90 € netto\n  Winterdienst pro Einsatz (bisher 85,00 €)          neu 88,83 € netto\n"
         "  Stundensatz Sonderleistungen (bisher 48,00 €)      neu 50,16 € netto\n\nAlle Preise zzgl. 19 % USt. Ihre Dezember-Rechnung erfolgt noch zu den alten Preisen.\n\n"
         "Mit freundlichen Grüßen\nMarkus Brandl\n",
         "A price-increase announcement with examples; it bills nothing.", "Amounts with 'netto' and 'zzgl. 19 % USt.' and a date, but nothing is owed.")

# N8 nl: annual overview for tax purposes (jaaropgave kinderopvang)
sel = S("Kinderopvang Het Vlindertje", ["Beukenlaan 40", "5651 CD Eindhoven"], "administratie@kovlindertje.nl", ["LRK 184422907"])
rows = [["%s 2026" % m, mk.money(v, "nl")] for m, v in [("januari", 112380), ("februari", 112380), ("maart", 112380), ("april", 112380), ("mei", 112380), ("juni", 112380),
                                                             ("juli", 84285), ("augustus", 84285), ("september", 118620), ("oktober", 118620), ("november", 118620), ("december", 118620)]]
tot = sum(v for v in [112380] * 6 + [84285] * 2 + [118620] * 4)
pg = doc_page(sel, ["Fam. El Amrani", "Kruisstraat 77", "5612 CH Eindhoven"], "Jaaropgave kinderopvang 2026",
              [("Klantnummer", "K-2214"), ("Kind", "Yasmine, 14-03-2023"), ("Uurprijs", "€ 10,25")],
              ["Maand", "Bedrag"], rows, [["Totaal betaald 2026", E + mk.money(tot, "nl")], ["Aantal uren", "1.296"]],
              ["Deze jaaropgave is bestemd voor de Belastingdienst (kinderopvangtoeslag).", "Alle facturen over 2026 zijn voldaan; u hoeft niets te betalen."])
add_none("nl", "kidsadmin", sel, "elamrani.gezin@gmail.com", "elamrani.gezin@gmail.com", "Jaaropgave 2026", d(2026, 12, 3),
         "Beste ouder(s),\n\nIn de bijlage vindt u alvast de jaaropgave 2026 voor de Belastingdienst. Bewaar deze goed.\n\nHartelijke groet,\nKinderopvang Het Vlindertje",
         "An annual overview of fees already paid, for the tax office.", "Monthly amounts and a yearly total in a table; says everything is paid.", pg, "Jaaropgave_2026_K-2214.pdf")

# N9 de: SEPA direct-debit mandate form
sel = S("Reitverein St. Georg Pulheim e.V.", ["Am Hofgut 3", "50259 Pulheim"], "kasse@rv-stgeorg-pulheim.de", ["Gläubiger-ID DE62ZZZ00001884210"])
pg = doc_page(sel, ["Familie Schäfer-Lindner", "Venloer Straße 201", "50259 Pulheim"], "SEPA-Lastschriftmandat",
              [("Mandatsreferenz", "M-0417"), ("Datum", "25.11.2026")], None,
              [["Ich ermächtige den Reitverein St. Georg Pulheim e.V., Zahlungen von meinem Konto mittels Lastschrift einzuziehen."],
               ["Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen."], ["Jahresbeitrag Jugendmitglied: 180,00 € (Einzug jeweils am 15.01.)"],
               ["Kontoinhaber: ____________________________"], ["IBAN: DE__ ____ ____ ____ ____ __"], ["Ort, Datum, Unterschrift: ____________________________"]],
              None, ["Bitte unterschrieben an den Kassenwart zurücksenden."])
add_none("de", "word-pdf", sel, "schaefer-lindner@posteo.de", "schaefer-lindner@posteo.de", qsubj("Lastschriftmandat für Jonte – bitte ausfüllen"), d(2026, 11, 25),
         "Liebe Familie Schäfer-Lindner,\n\nwillkommen im Verein! Anbei das SEPA-Mandat für den Jahresbeitrag. Bitte ausgefüllt zurückschicken.\n\nViele Grüße\nAnke Dorn, Kassenwartin",
         "A direct-debit mandate form to be signed; no amount is billed.", "A yearly fee and a creditor ID appear, with an empty IBAN field.", pg, "SEPA-Mandat_M-0417.pdf")

# N10 en: pro forma
sel = S("Kestrel Audio Ltd", ["14 Wharf Street", "Leeds LS2 7EQ"], "sales@kestrelaudio.co.uk", ["VAT GB 330 1185 42"])
Ipf = iban("GB")
pg = doc_page(sel, ["Sonic Bloom GmbH", "Schanzenstraße 22", "20357 Hamburg", "Germany"], "PRO FORMA INVOICE",
              [("Pro forma no.", "PF-0661"), ("Date", "24 Nov 2026"), ("Valid for", "14 days")], ["Item", "Qty", "Unit", "Total"],
              [["KA-2 studio monitor (pair)", "4", "£1,180.00", "£4,720.00"], ["Shipping to DE, insured", "1", "£145.00", "£145.00"]],
              [["Total (zero-rated, EU B2B, reverse charge)", "£4,865.00"]],
              ["This is not a VAT invoice. Goods are released once payment is received;", "the VAT invoice is issued on dispatch.",
               "Payment to IBAN %s, reference PF-0661." % mk.iban_spaced(Ipf)])
add_none("en", "quickbooks", sel, "einkauf@sonicbloom.de", "einkauf@sonicbloom.de", "Pro forma PF-0661 - Kestrel Audio", d(2026, 11, 24),
         "Hello Lukas,\n\nAs requested, a pro forma for the four pairs of KA-2s. Once paid we'll ship the same week.\n\nBest,\nTom\nKestrel Audio",
         "A pro forma invoice; the README's conventions do not count it as an invoice.", "Has an IBAN, reference and total; says 'not a VAT invoice'.", pg, "ProForma_PF-0661.pdf")

# N11 de: quote with deposit terms
sel = S("Fliesen Demir GmbH", ["Carl-Benz-Straße 12", "68723 Schwetzingen"], "angebote@fliesen-demir.de", ["HRB 712883 AG Mannheim"])
net = 912000
pg = doc_page(sel, ["Herrn Dr. Felix Amann", "Hebelstraße 4", "68723 Schwetzingen"], "Angebot AN-26-0288",
              [("Datum", "19.11.2026"), ("Gültig bis", "19.12.2026")], ["Leistung", "Betrag"],
              [["Badsanierung: Fliesen Wand/Boden 38 m², Verlegung", mk.money(742000, "de")], ["Bodengleiche Dusche inkl. Abdichtung", mk.money(170000, "de")]],
              [["Nettobetrag", mk.money(net, "de") + " €"], ["zzgl. 19 % USt.", mk.money(int(net * 0.19), "de") + " €"], ["Angebotssumme", mk.money(net + int(net * 0.19), "de") + " €"]],
              ["Zahlungsbedingungen: 30 % Anzahlung bei Auftragserteilung, 60 % nach Verlegung,", "Rest nach Abnahme; jeweils zahlbar innerhalb von 10 Tagen nach Rechnungsstellung."])
add_none("de", "lexoffice", sel, "felix.amann@gmx.net", "felix.amann@gmx.net", "Ihr Angebot AN-26-0288", d(2026, 11, 19),
         "Sehr geehrter Herr Dr. Amann,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot für die Badsanierung.\n\nMit freundlichen Grüßen\nSerkan Demir",
         "A quote (Angebot) with deposit terms; nothing is owed until ordered and invoiced.", "Payment terms with percentages and days, VAT and a sum.", pg, "Angebot_AN-26-0288.pdf")

# N12 en: order confirmation (HTML)
add_none("en", "woocommerce", S("Brambling Coffee Roasters", [], "orders@bramblingcoffee.ie"), "cafe@thelittlepantry.ie", "cafe@thelittlepantry.ie",
         "Order #10422 confirmed", d(2026, 11, 28), None,
         "An order confirmation with totals; paid by card at checkout.", "Looks like a receipt-invoice: VAT and totals in a table, no amount owed.",
         html="<html><body><p>Thanks for your order, The Little Pantry!</p><table border=\"0\"><tr><th>Product</th><th>Qty</th><th>Price</th></tr>"
              "<tr><td>Espresso blend 1 kg</td><td>6</td><td>€132.00</td></tr><tr><td>Decaf Colombia 1 kg</td><td>2</td><td>€48.00</td></tr>"
              "<tr><td>Subtotal</td><td></td><td>€180.00</td></tr><tr><td>VAT (incl.)</td><td></td><td>€0.00</td></tr><tr><td><b>Total paid (Visa)</b></td><td></td><td><b>€180.00</b></td></tr></table>"
              "<p>We'll email you when it ships.</p></body></html>")

# N13 nl: dunning letter referring to invoices already sent
add_none("nl", "typed-mail", S("Loodgietersbedrijf Visser", [], "administratie@visserloodgieters.nl"), "info@vvemolenhof.nl", "info@vvemolenhof.nl",
         "2e herinnering openstaande facturen", d(2026, 12, 2),
         "Geachte heer, mevrouw,\n\nOndanks onze herinnering van 12 november hebben wij de volgende facturen nog niet ontvangen:\n\n"
         "  2026-0611  d.d. 24-09-2026  € 412,09\n  2026-0702  d.d. 15-10-2026  € 1.088,60\n\n  Totaal openstaand: € 1.500,69\n\n"
         "Wij verzoeken u dit bedrag binnen 7 dagen te voldoen. Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\n"
         "Met vriendelijke groet,\nMarjan Visser\n",
         "A reminder that only refers to invoices already sent (the business's own dunning letter).", "Amounts, dates and a 7-day demand; no new invoice number.")

# N14 de: supplier's invoice forwarded to the bookkeeper
add_none("de", "typed-mail", S("Weinhandlung Keller", [], "info@weinhandlung-keller.de"), "belege@steuerbuero-mahler.de", "belege@steuerbuero-mahler.de",
         "WG: Ihre Rechnung 7700412 von Verpackungen Nord GmbH", d(2026, 11, 27),
         "Hallo Frau Mahler,\n\nanbei die Rechnung vom Kartonlieferanten für November, bitte verbuchen. Ist per Lastschrift bezahlt.\n\nGruß\nTim Keller\n\n"
         "-------- Weitergeleitete Nachricht --------\nVon: Verpackungen Nord GmbH <rechnung@verpackungen-nord.de>\nBetreff: Ihre Rechnung 7700412\n\n"
         "Sehr geehrter Kunde,\nRechnung 7700412 vom 24.11.2026 über 318,92 € (inkl. 19 % USt.) wird am 01.12.2026 von Ihrem Konto abgebucht.\nVerpackungen Nord GmbH\n",
         "A supplier's invoice to the business, forwarded to its bookkeeper; the business is the payer, not the creditor.",
         "Quoted invoice number, amount and date; 'WG:' subject from the billing address.")

# N15 de: Spendenbescheinigung
sel = S("Tiertafel Oberland e.V.", ["Am Anger 9", "82362 Weilheim"], "spenden@tiertafel-oberland.de", ["Steuernummer 168/109/20441", "Freistellungsbescheid FA Weilheim 14.03.2025"])
pg = doc_page(sel, ["Hofmann Landtechnik GmbH", "Pollinger Straße 2", "82362 Weilheim"], "Bestätigung über Geldzuwendungen",
              [("Datum", "01.12.2026")], None,
              [["im Sinne des § 10b EStG an eine steuerbegünstigte Einrichtung"], ["Betrag der Zuwendung in Ziffern: 750,00 €"],
               ["in Buchstaben: siebenhundertfünfzig Euro"], ["Tag der Zuwendung: 18.11.2026"],
               ["Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen."]], None,
              ["Wir bestätigen, dass die Zuwendung nur zur Förderung des Tierschutzes verwendet wird.", "Vielen Dank für Ihre Unterstützung!"])
add_none("de", "word-pdf", sel, "buchhaltung@hofmann-landtechnik.de", "buchhaltung@hofmann-landtechnik.de", qsubj("Zuwendungsbestätigung Ihre Spende vom 18.11."), d(2026, 12, 1),
         "Sehr geehrte Damen und Herren,\n\nherzlichen Dank für Ihre Spende! Anbei die Zuwendungsbestätigung für Ihre Steuerunterlagen.\n\nIhr Team der Tiertafel Oberland",
         "A donation receipt (Zuwendungsbestätigung) for money already given.", "Amount in figures and words, tax numbers; nothing to pay.", pg, "Zuwendungsbestaetigung_Hofmann.pdf")

# N16 nl: membership renewal reminder, no invoice yet
add_none("nl", "clubcollect", S("Roeivereniging De Amstel", [], "ledenadministratie@rvdeamstel.nl"), "t.wouters@gmail.com", "t.wouters@gmail.com",
         "Je lidmaatschap 2027 – even checken", d(2026, 11, 23),
         "Hoi Thijs,\n\nHet roeiseizoen 2027 komt eraan! Je lidmaatschap loopt door, tenzij je vóór 15 december opzegt.\n\n"
         "De contributie voor 2027 wordt € 395,00 (studenten € 240,00). De factuur ontvang je in januari via ClubCollect; je kunt dan ook in termijnen betalen.\n\n"
         "Sportieve groet,\nLedenadministratie RV De Amstel\n",
         "A membership renewal reminder; the fee invoice follows in January.", "A fee amount and a deadline (for cancelling), no invoice.")

# N17 en: booking confirmation with payment schedule
add_none("en", "typed-mail", S("Glencairn Lodge", [], "bookings@glencairnlodge.co.uk"), "r.castellano@outlook.com", "r.castellano@outlook.com",
         "Booking confirmation GL-2027-0148 - 14-21 May 2027", d(2026, 11, 29),
         "Dear Roberto,\n\nThank you for booking the Lodge for 14-21 May 2027 (7 nights, 8 guests).\n\nTotal price: £2,940.00\n"
         "Deposit paid today by card: £735.00\nBalance of £2,205.00 due by 2 April 2027 - we'll send a reminder with payment details six weeks before.\n\n"
         "Cancellation terms are in the attached booking conditions.\n\nWarm regards,\nFiona MacLeod\nGlencairn Lodge\n",
         "A booking confirmation with a payment schedule; the balance will be requested later.", "A total, a paid deposit and a future balance with a date.")

# N18 nl-BE: kostenraming with stage schedule
sel = S("Renovatiewerken Peeters", ["Liersesteenweg 219", "2800 Mechelen"], "info@renovatiepeeters.be", ["BTW BE 0755.321.408"])
pg = doc_page(sel, ["Mevr. Sofie De Smedt", "Hoogstraat 17", "2800 Mechelen"], "Kostenraming KR-26-071",
              [("Datum", "21/11/2026"), ("Geldig", "30 dagen")], ["Post", "Bedrag excl. btw"],
              [["Afbraak en afvoer badkamer", "1.850,00"], ["Sanitair en leidingen", "4.320,00"], ["Tegelwerk", "3.680,00"]],
              [["Totaal excl. btw", "€ 9.850,00"], ["Btw 6%", "€ 591,00"], ["Totaal incl. btw", "€ 10.441,00"]],
              ["Voorgestelde betaling: 30% bij start, 40% halverwege, 30% bij oplevering (telkens per factuur).", "Dit is een raming; definitieve prijs na opmeting."])
add_none("nl", "word-pdf", sel, "sofie.desmedt@telenet.be", "sofie.desmedt@telenet.be", "Kostenraming badkamer", d(2026, 11, 21),
         "Beste mevrouw De Smedt,\n\nIn bijlage de kostenraming voor uw badkamer, zoals besproken ter plaatse.\n\nMet vriendelijke groeten,\nBart Peeters",
         "A cost estimate with a proposed payment schedule; no work done or billed.", "Flemish estimate with VAT and totals; percentages to be invoiced later.", pg, "Kostenraming_KR-26-071.pdf")

# N19 en: payment received (paid invoice receipt)
add_none("en", "stripe", S("Northstar Bookkeeping", [], "receipts@northstarbookkeeping.com"), "owner@lanternyoga.co.uk", "owner@lanternyoga.co.uk",
         "Receipt for your payment to Northstar Bookkeeping [#2291-4410]", d(2026, 11, 30),
         "Northstar Bookkeeping\n\nReceipt #2291-4410\n\nAmount paid   £180.00\nDate paid     30 Nov 2026\nPayment method   Mastercard - 8821\n\n"
         "Invoice INV-0217 - Monthly bookkeeping, November   £150.00\nVAT 20%   £30.00\nAmount paid   £180.00\n\nIf you have questions, reply to this email.\n",
         "A payment receipt for an invoice that has been paid in full.", "Stripe-style receipt naming an invoice number and the amount paid.")

# N20 de: Saldenbestätigung request
add_none("de", "datev", S("Metallbau Jüttner GmbH", [], "buchhaltung@metallbau-juettner.de"), "rechnungswesen@stahlhandel-ost.de", "rechnungswesen@stahlhandel-ost.de",
         qsubj("Saldenbestätigung zum 30.11.2026 – Debitor 10334"), d(2026, 12, 3),
         "Sehr geehrte Damen und Herren,\n\nim Rahmen unseres Zwischenabschlusses bitten wir um Bestätigung des folgenden Saldos:\n\n"
         "Unsere Forderung an Sie zum 30.11.2026: 14.882,40 €\n(Rechnungen RE-26-1102, RE-26-1187, RE-26-1240)\n\n"
         "Bitte bestätigen oder korrigieren Sie den Betrag bis 15.12.2026. Dies ist keine Zahlungsaufforderung.\n\nMit freundlichen Grüßen\nPetra Jüttner\n",
         "A balance-confirmation request for the books; explicitly not a payment request.", "A receivable total, invoice numbers and a reply date.")

# N21 en: credit-note announcement without the credit note
add_none("en", "typed-mail", S("Brightwater Signs", [], "accounts@brightwatersigns.co.uk"), "manager@theoldforge-inn.co.uk", "manager@theoldforge-inn.co.uk",
         "Re: invoice BW-3381 - sign lettering", d(2026, 11, 25),
         "Hi Gemma,\n\nSorry about the misspelt lettering on the car park sign. We'll remake it free of charge and I'll issue a credit note for £96.00 against BW-3381 for the delay.\n"
         "Please just pay the remaining balance when due.\n\nThanks,\nOwen\nBrightwater Signs\n",
         "Announces a credit note without being one; the README counts such a mail as not an invoice.", "An invoice number and an amount in a conversational reply.")

# N22 nl: hours overview for approval
add_none("nl", "typed-mail", S("Van Dam ICT-advies", [], "jeroen@vandamict.nl"), "p.kuijpers@kuijpersmakelaardij.nl", "p.kuijpers@kuijpersmakelaardij.nl",
         "Urenoverzicht november ter akkoord", d(2026, 12, 1),
         "Hoi Petra,\n\nHieronder mijn uren over november. Als je akkoord bent, maak ik de factuur.\n\n"
         "  03-11  migratie mailboxen          4,0 u\n  10-11  netwerk kantoor 2e verdieping  3,5 u\n  24-11  back-up inrichten             2,5 u\n"
         "  Totaal                              10,0 u x € 82,50 = € 825,00 excl. btw\n\nGroet,\nJeroen\n",
         "An hours overview for approval before invoicing.", "A rate, a total and 'excl. btw', but the invoice follows.")

# N23 de (AT): SEPA pre-notification
add_none("de", "typed-mail", S("Fitnessstudio Kraftwerk Linz", [], "mitglieder@kraftwerk-linz.at"), "l.hofbauer@a1.net", "l.hofbauer@a1.net",
         qsubj("Vorabankündigung SEPA-Lastschrift Jänner 2027"), d(2026, 12, 2),
         "Liebe Lena,\n\nwir kündigen Ihnen hiermit den Einzug Ihres Mitgliedsbeitrags an:\n\nBetrag: 49,90 €\nFälligkeit/Einzug: 05.01.2027\nMandatsreferenz: KW-LZ-20781\n"
         "Creditor-ID: AT61ZZZ00000018822\n\nSie müssen nichts tun; der Betrag wird von Ihrem Konto abgebucht.\n\nSportliche Grüße\nKraftwerk Linz\n",
         "A direct-debit pre-notification; the amount is collected, nobody has to pay on request.", "An amount, a date and a mandate reference.")

# N24 en: remittance advice
add_none("en", "xero", S("Kingfisher Interiors Ltd", [], "accounts@kingfisherinteriors.co.uk"), "sales@ashfordfabrics.co.uk", "sales@ashfordfabrics.co.uk",
         "Remittance advice - Kingfisher Interiors Ltd", d(2026, 11, 27),
         "Dear Ashford Fabrics,\n\nWe have paid the following invoices by BACS today:\n\n  AF-20931   £1,214.40\n  AF-21006   £386.00\n  Total paid  £1,600.40\n\n"
         "Payment reference: KINGFISHER 2711.\n\nKind regards,\nAccounts Payable\nKingfisher Interiors Ltd\n",
         "A remittance advice for invoices the business paid to its own supplier.", "Invoice numbers, amounts and a payment reference flowing the other way.")

# N25 nl: extra-work overview for approval
sel = S("Aannemersbedrijf Bos", ["Zandweg 12", "3454 HE De Meern"], "werkvoorbereiding@bosbouw.nl", ["KvK 30188741"])
pg = doc_page(sel, ["VvE Leidsche Rijn Blok C", "t.a.v. het bestuur", "Grauwaartsingel 4", "3452 ZL Utrecht"], "Meerwerkopgave ter goedkeuring",
              [("Project", "Gevelrenovatie Blok C"), ("Datum", "30-11-2026"), ("Nummer", "MW-04")], ["Post", "Bedrag excl. btw"],
              [["Vervangen 6 extra rotte borstweringen", "2.940,00"], ["Extra steigerhuur 2 weken", "1.180,00"]],
              [["Totaal meerwerk excl. btw", "€ 4.120,00"], ["Btw 21%", "€ 865,20"], ["Totaal incl. btw", "€ 4.985,20"]],
              ["Na uw schriftelijke goedkeuring nemen wij dit meerwerk op in de volgende termijnfactuur."])
add_none("nl", "word-pdf", sel, "bestuur@vvelrblokc.nl", "bestuur@vvelrblokc.nl", "Meerwerk MW-04 ter goedkeuring", d(2026, 11, 30),
         "Geacht bestuur,\n\nBijgaand de meerwerkopgave MW-04. Graag uw akkoord, dan verwerken we het in de volgende termijn.\n\nMet vriendelijke groet,\nDaan Bos",
         "An extra-work overview awaiting approval; it will be invoiced later.", "Totals with VAT on a page that looks like a bill.", pg, "Meerwerk_MW-04.pdf")


def validate():
    import json
    ok = True
    for r, must, s in CHECK:
        text = r["eml"]
        if r.get("pdf"):
            text += "\n" + "\n".join(i["text"] for pg in r["pdf"]["pages"] for i in pg["items"])
        import html as _h
        text = _h.unescape(text)
        if r["is_invoice"]:
            e = r["expected"]
            for k in ("number", "amount_due_cents", "amount_total_cents", "currency", "issue_date",
                      "due_date", "debtor_name", "debtor_email", "payment_reference", "iban",
                      "business", "credit_note", "language"):
                if k not in e:
                    print(r["id"], "missing", k)
                    ok = False
            for m in must:
                if m not in text and m not in text.replace(" ", ""):
                    if m == e["iban"] and mk.iban_spaced(m) in text:
                        continue
                    print(r["id"], "not printed:", m)
                    ok = False
            if e["iban"]:
                i = e["iban"]
                dg = "".join(str(int(ch, 36)) for ch in i[4:] + i[:4])
                if int(dg) % 97 != 1:
                    print(r["id"], "bad iban")
                    ok = False
            if "@@PDF@@" in r["eml"] and not r.get("pdf"):
                print(r["id"], "slot without pdf")
                ok = False
        json.loads(json.dumps(r))
    return ok


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "heldout14.jsonl")
    mk.write(out, RECORDS)
    good = validate()
    inv = [r for r in RECORDS if r["is_invoice"]]
    print(len(RECORDS), "records,", len(inv), "invoices;", "valid" if good else "PROBLEMS")
    from collections import Counter
    print(Counter((r["lang"], r["is_invoice"]) for r in RECORDS))
    print(Counter(r["kind"] for r in RECORDS))
