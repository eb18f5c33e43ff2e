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


def rf(ref_body):
    digits_ = "".join(str(int(c, 36)) for c in ref_body + "RF00")
    return "RF%02d%s" % (98 - int(digits_) % 97, ref_body)


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
    rows = [(L["sub"], c["sub"], False)]
    if c["disc"]:
        rows.append((s["discount"][0], c["disc"], False))
        rows.append((L.get("after_disc", L["sub"] + " na korting" if lang == "nl" else
                           ("Subtotal after discount" if lang == "en" else "Netto nach Rabatt")),
                     c["sub"] + c["disc"], False))
    for r in sorted(c["vat"]):
        if len(c["net_by_rate"]) > 1:
            lab = {"nl": "Btw %s%% over %s", "en": "VAT %s%% on %s",
                   "de": "USt. %s %% auf %s"}[lang] % (rate_s(r, lang), num(c["net_by_rate"][r], cur, lang))
        else:
            lab = L["vat"] % rate_s(r, lang)
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
        p.right(465, y, {"nl": "Btw", "en": "VAT", "de": "USt."}[lang], 9, True)
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
                    p.right(465, y, rate_s(r, lang) + "%", 9)
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
    eml = mk.mail(rng, seller["email"], s.get("from_name", seller["name"]), s["to"],
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
    eml = mk.mail(rng, seller["email"], from_name or seller["name"], to, subject, d,
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


exec(open(os.path.join(os.path.dirname(__file__), "heldout14_data.py"), encoding="utf-8").read())


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
