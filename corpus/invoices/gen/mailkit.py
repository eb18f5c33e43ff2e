"""mailkit: the pieces every corpus generator shares — valid IBANs, money and date
formats per language, a PDF page builder in the layout format tests/eval renders, and
the mail (headers, body, the @@PDF@@ slot) as one JSON Lines record.

The generators that use it (heldout*.py, train*.py) write their own layouts and voices;
this file holds no wording of an invoice. What two generators wrote alike lives here
(days, date_in, money_in, ogm, month_end): change a helper only so that every corpus
written with it stays byte-identical (run the generators, then git diff corpus/invoices)."""
import base64
import datetime
import email.header
import json
import random

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


def iban(rng, country):
    """A random IBAN of @country with valid check digits."""
    if country == "NL":
        bank = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "BUNQ", "KNAB", "SNSB", "ASNB"])
        bban = bank + "".join(rng.choice("0123456789") for _ in range(10))
    elif country == "DE":
        bban = "".join(rng.choice("0123456789") for _ in range(18))
    elif country == "BE":
        bban = "".join(rng.choice("0123456789") for _ in range(12))
    elif country == "AT":
        bban = "".join(rng.choice("0123456789") for _ in range(16))
    elif country == "CH":
        bban = "".join(rng.choice("0123456789") for _ in range(17))
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice("0123456789") for _ in range(14))
    else:  # GB
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(rng.choice("0123456789") for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_stand_in(country):
    """The country whose IBAN the generators written when iban() knew only NL, DE, BE and
    GB give a seller of @country: an Austrian seller a German IBAN, any other country a
    British one. Kept so that their corpora stay as they were written."""
    if country == "AT":
        return "DE"
    return country if country in ("NL", "DE", "BE", "GB") else "GB"


def iban_spaced(i):
    """@i printed in groups of four, as invoices show an IBAN."""
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def money(cents, style):
    """@cents written as invoices do: 'nl' 1.234,56, 'en' 1,234.56, 'de' 1.234,56,
    'ch' 1'234.56, 'sp' 1 234,56, 'plain' 1234.56."""
    neg = cents < 0
    cents = abs(cents)
    units, frac = divmod(cents, 100)
    sep = {"nl": ".", "de": ".", "en": ",", "ch": "'", "sp": " ", "plain": ""}[style]
    dec = "," if style in ("nl", "de", "sp") else "."
    s = "{:,}".format(units).replace(",", sep) + dec + "%02d" % frac
    return ("-" if neg else "") + s


def date(d, style, lang="nl"):
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            return "%d %s %d" % (d.day, m, d.year)
        if lang == "de":
            return "%d. %s %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year)
    if style == "us":
        return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if style == "short-en":
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1][:3], d.year)
    raise ValueError(style)


def days(n):
    """A span of @n days, to move a date by."""
    return datetime.timedelta(days=n)


def month_end(d):
    """The last day of @d's month."""
    nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - days(1)


# The date style an invoice in a language writes when nothing else is asked ("be" is Flemish).
DATE_STYLE = {"nl": "dmy-", "be": "dmy/", "de": "dmy.", "en": "long"}


def date_in(lang, d, style=None):
    """@d as an invoice in @lang writes it: in @style, or else in the language's usual style
    (DATE_STYLE); Flemish takes the Dutch month names."""
    return date(d, style or DATE_STYLE[lang], "nl" if lang == "be" else lang)


def money_in(cur, lang, cents):
    """@cents of currency @cur as an invoice in @lang writes them: '£1,234.56', '$1,234.56'
    (USD, AUD, CAD), "CHF 1'234.56", and the euro '1.234,56 €' in German, '€1,234.56' in
    English, '€ 1.234,56' in Dutch and Flemish. A minus stands before a sign written
    in front ('-£12.00'), after the euro and its space ('€ -12,00') and before an amount
    the euro follows ('-12,00 €')."""
    sign, cents = ("-" if cents < 0 else ""), abs(cents)
    if cur == "GBP":
        return sign + "£" + money(cents, "en")
    if cur in ("USD", "AUD", "CAD"):
        return sign + "$" + money(cents, "en")
    if cur == "CHF":
        return "CHF " + sign + money(cents, "ch")
    if lang == "de":
        return sign + money(cents, "de") + " €"
    if lang == "en":
        return sign + "€" + money(cents, "en")
    return "€ " + sign + money(cents, "nl")


def ogm(base10):
    """A Belgian structured communication (+++123/4567/89012+++) for the ten digits
    @base10: their remainder modulo 97 (97 for none) as its check digits."""
    s = base10 + "%02d" % (int(base10) % 97 or 97)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def ogm_drawn(rng):
    """A structured communication for ten digits drawn from @rng."""
    return ogm("%010d" % rng.randrange(10 ** 9, 10 ** 10))


def rf(body):
    """An ISO 11649 creditor reference: RF, its two mod-97 check digits, then @body, for
    every generator that prints one."""
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, body)


def qrr(base26):
    """A Swiss QR reference: the 26 digits @base26 and their recursive mod-10 check digit
    (the standard's table), for every generator that prints a QR-bill."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in base26:
        carry = table[(carry + int(c)) % 10]
    return base26 + str((10 - carry) % 10)


def qrr_spaced(r):
    """A QR reference printed as the QR-bill prints it: 2 digits, then groups of five."""
    return r[:2] + " " + " ".join(r[k:k + 5] for k in range(2, 27, 5))


def rfc2822(d, rng):
    dt = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0100")


class Page:
    """One page of text items (x, baseline y, size, bold, align) and rules: A4 portrait, or
    A4 landscape when @landscape."""

    def __init__(self, landscape=False):
        self.items = []
        self.rules = []
        self.landscape = landscape

    def text(self, x, y, s, size=9, bold=False, align="left"):
        self.items.append({"x": x, "y": y, "size": size, "bold": bold, "align": align, "text": s})

    def right(self, x, y, s, size=9, bold=False):
        self.text(x, y, s, size, bold, "right")

    def rule(self, x1, y1, x2, y2):
        self.rules.append([x1, y1, x2, y2])

    def line_rows(self, y, rows, size=8.5):
        """A line table's rows from @y: each row a description at the left margin, then its
        amounts right-aligned in columns 70 points apart ending at 539 (an empty one left
        blank). Returns the baseline below the last row."""
        for row in rows:
            desc, cols = row[0], row[1:]
            self.text(56, y, desc, size=size)
            for k, c in enumerate(cols):
                if c:
                    self.right(539 - 70 * (len(cols) - 1 - k), y, c, size=size)
            y += 13
        return y

    def totals_notes(self, y, totals, notes, iban, gap=14):
        """The rule under a line table whose rows end above @y, its totals rows (label,
        amount, bold), then after @gap the notes, each with {iban} filled in. Returns the
        baseline below the last note."""
        self.rule(56, y - 7, 539, y - 7)
        y += 6
        for lab, amount, bold in totals:
            self.text(300, y, lab, size=9, bold=bold)
            self.right(539, y, amount, size=9, bold=bold)
            y += 14
        y += gap
        for ln in notes:
            self.text(56, y, ln.format(iban=iban), size=8.5)
            y += 12
        return y

    def json(self):
        page = {"items": self.items, "rules": self.rules}
        if self.landscape:
            page.update(width=842, height=595)
        return page


def header_words(s):
    """A header value (a display name, a subject) as a mail tool writes it: RFC 2047 encoded
    words when it is not ASCII, the value itself when it is."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode()


def qp_free(text):
    """Body text kept 8bit: the generators write UTF-8 directly."""
    return text


def mail(rng, sender, sender_name, to_header, subject, d, body_text=None, body_html=None,
         pdf=False, extra_headers=(), msgid_domain=None, pdf2=None, extra_parts=()):
    """The message as a tool sends it; @@PDF@@ stands for the attachment, @@PDF2@@ for a
    second document beside it (@pdf2 "before" or "after" the invoice's part); @extra_parts
    are further attachments after them, each (content type, file name, bytes), written in
    base64 (a CSV list, a photo)."""
    b = "----=_dm_%08x" % rng.getrandbits(32)
    hdr = ["From: %s <%s>" % (sender_name, sender), "To: %s" % to_header, "Subject: %s" % subject,
           "Date: %s" % rfc2822(d, rng),
           "Message-ID: <%016x@%s>" % (rng.getrandbits(64), msgid_domain or sender.split("@")[1]),
           "MIME-Version: 1.0"]
    hdr += list(extra_headers)
    parts = []
    if body_text is not None:
        parts.append("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body_text + "\n")
    if body_html is not None:
        parts.append("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body_html + "\n")
    if len(parts) == 1 and not pdf and not pdf2 and not extra_parts:
        ct, rest = parts[0].split("\n", 1)
        return "\n".join(hdr) + "\n" + ct + "\n" + rest
    if len(parts) == 2:
        b2 = b + "_alt"
        alt = "Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b2 + "".join(
            "--%s\n%s\n" % (b2, p) for p in parts) + "--%s--\n" % b2
        parts = [alt]
    out = "\n".join(hdr) + "\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n" % b
    for p in parts:
        out += "--%s\n%s\n" % (b, p)
    if pdf2 == "before":
        out += "--%s\n@@PDF2@@\n" % b
    if pdf:
        out += "--%s\n@@PDF@@\n" % b
    if pdf2 == "after":
        out += "--%s\n@@PDF2@@\n" % b
    for ctype, fname, data in extra_parts:
        b64 = base64.b64encode(data).decode("ascii")
        out += "--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n" \
               "Content-Transfer-Encoding: base64\n\n%s\n" % (
                   b, ctype, fname, fname, "\n".join(b64[k:k + 76] for k in range(0, len(b64), 76)))
    out += "--%s--\n" % b
    return out


def mail_in_kind(rng, sender, sender_name, to, subject, d, cover=None, pages=None, html=None, text=None,
                 iban=None, **more):
    """An invoice's mail in its kind: a PDF under @cover when @pages is given, else the HTML
    body @html, else the plain body @text, {iban} in a body filled in with @iban when given;
    @more goes to mail(). Returns (eml, kind)."""
    def filled(body):
        return body.replace("{iban}", iban) if iban is not None else body
    if pages is not None:
        return mail(rng, sender, sender_name, to, subject, d, body_text=cover, pdf=True, **more), "pdf"
    if html is not None:
        return mail(rng, sender, sender_name, to, subject, d, body_html=filled(html), **more), "body-html"
    return mail(rng, sender, sender_name, to, subject, d, body_text=filled(text), **more), "body-text"


def check_references_printed(recs):
    """Each labelled payment reference stands in its mail or its PDF's text. A reference
    printed in groups ("RF18 5390 0754 7034") is labelled without the spaces (README), so
    white space is left out of both sides."""
    def bare(s):
        return "".join(s.split())
    for r in recs:
        e = r["expected"]
        if e and e["payment_reference"]:
            assert bare(e["payment_reference"]) in bare(r["eml"] + str(r.get("pdf"))), r["id"]


def record(rid, tool, lang, kind, envelope, eml, pages=None, pdf_filename=None,
           expected=None, why_not=None, note=None, pages2=None, pdf2_filename=None):
    r = {"id": rid, "tool": tool, "lang": lang, "kind": kind, "is_invoice": expected is not None,
         "why_not": why_not, "envelope": envelope, "eml": eml}
    if pages is not None:
        r["pdf"] = {"pages": [p.json() for p in pages]}
        r["pdf_filename"] = pdf_filename or "document.pdf"
    if pages2 is not None:
        r["pdf2"] = {"pages": [p.json() for p in pages2]}
        r["pdf2_filename"] = pdf2_filename or "attachment.pdf"
    r["expected"] = expected
    r["note"] = note
    return r


def expected(number, due_cents, total_cents, issue, due, debtor_name, debtor_email, iban_,
             business, lang, reference=None, currency="EUR", credit=False):
    return {"number": number, "amount_due_cents": due_cents, "amount_total_cents": total_cents,
            "currency": currency, "issue_date": issue.isoformat(),
            "due_date": due.isoformat() if due else None, "debtor_name": debtor_name,
            "debtor_email": debtor_email, "payment_reference": reference, "iban": iban_,
            "business": business, "credit_note": credit, "language": lang}


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_labels(records):
    """The checks every generator's labels should pass, in one place: ids unique; each
    invoice's number, IBAN (spaced) and debtor name's words printed in its mail or PDF; the
    amounts printed in one of money()'s styles; the due date on or after the issue date;
    every non-invoice with its reason; no {iban} slot left unfilled.  A generator's slip,
    caught before the file is written rather than read as the reader's miss.  Raises
    AssertionError naming the record."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in records:
        assert "{iban}" not in r["eml"], r["id"]
        e = r["expected"]
        if e is None:
            assert r["why_not"], r["id"]
            continue
        text = r["eml"] + "".join(json.dumps(r.get(k), ensure_ascii=False) for k in ("pdf", "pdf2") if r.get(k))
        assert e["number"] in text, (r["id"], e["number"])
        assert e["iban"] is None or iban_spaced(e["iban"]) in text, (r["id"], e["iban"])
        assert all(w in text for w in e["debtor_name"].split()), (r["id"], e["debtor_name"])
        for c in (e["amount_due_cents"], e["amount_total_cents"]):
            assert any(money(abs(c), s) in text for s in ("nl", "en", "ch", "sp", "plain")), (r["id"], c)
        assert e["due_date"] is None or e["due_date"] >= e["issue_date"], r["id"]
