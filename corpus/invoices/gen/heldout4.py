"""heldout4: a fourth held-out set of invoice mails and mails from a billing address that
are not invoices (50 + 25), written without sight of the reader's code or the other sets'
generators.  Every amount and date is computed here first and then printed; run
`python3 heldout4.py` to rewrite ../heldout4.jsonl (seeded: the output is the same each run).
"""
import datetime
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP
from email.header import Header

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402

D = datetime.date
RNG = random.Random(20261202)


# ---------------------------------------------------------------- small helpers

def iban_of(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(digits) % 97, bban)


NL_BIC = {"ABNA": "ABNANL2A", "RABO": "RABONL2U", "INGB": "INGBNL2A", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A",
          "KNAB": "KNABNL2H", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21"}
GB_BANK = {"NWBK": "NatWest", "BARC": "Barclays", "LOYD": "Lloyds", "MIDL": "HSBC"}
IE_BIC = {"AIBK": "AIBKIE2D", "BOFI": "BOFIIE2D"}


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def iban(country, bank=None):
    """A valid IBAN; @bank fixes the bank code where the document names the bank."""
    if country == "NL":
        return iban_of("NL", (bank or RNG.choice(sorted(NL_BIC))) + digits(10))
    if country == "GB":
        return iban_of("GB", (bank or RNG.choice(sorted(GB_BANK))) + digits(14))
    if country in ("DE", "BE"):
        return mk.iban(RNG, country)
    if country == "AT":
        return iban_of("AT", digits(16))
    if country == "CH":
        return iban_of("CH", (bank or digits(5)) + digits(12))
    if country == "SE":
        return iban_of("SE", (bank or "800") + digits(17))
    if country == "IE":
        b = bank or RNG.choice(sorted(IE_BIC))
        return iban_of("IE", b + digits(14))
    raise ValueError(country)


def rf_ref(base):
    digits = "".join(str(int(c, 36)) for c in base + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, base)


def rf_spaced(r):
    return " ".join(r[k:k + 4] for k in range(0, len(r), 4))


def rhu(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def money(c, style, dash=False):
    """mailkit's formats plus EUR 1.234,- for whole amounts."""
    if style == "jpy":
        return "{:,}".format(c // 100)
    if dash and c % 100 == 0:
        s = mk.money(c, style)
        return s[:-3] + ",-"
    return mk.money(c, style)


def qty_s(q, dec=","):
    q = Decimal(q)
    if q == q.to_integral():
        return str(int(q))
    return ("%s" % q.normalize()).replace(".", dec)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qname(n):
    return '"%s"' % n if any(ch in n for ch in ",.()@;:") else n


def addr_hdr(name, a):
    n = qname(name)
    try:
        n.encode("ascii")
    except UnicodeEncodeError:
        n = Header(name, "utf-8").encode()
    return "%s <%s>" % (n, a) if name else a


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- the invoice model

class Inv:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.deposits = kw.get("deposits", [])          # [(label, cents)]
        self.credit = kw.get("credit", False)
        self.currency = kw.get("currency", "EUR")
        self.reference = kw.get("reference")
        self.compute()

    def compute(self):
        self.rows = []
        by_rate = {}
        for (desc, q, unit, rate) in self.lines:
            net = rhu(Decimal(str(q)) * unit)
            self.rows.append((desc, q, unit, rate, net))
            by_rate[rate] = by_rate.get(rate, 0) + net
        self.net = sum(by_rate.values())
        self.vat = [(rate, n, rhu(Decimal(n) * Decimal(str(rate)) / 100)) for rate, n in sorted(by_rate.items(), reverse=True)]
        self.vat_total = sum(v for _, _, v in self.vat)
        self.rounding = getattr(self, "round5", False) and (
            rhu(Decimal(self.net + self.vat_total) / 5) * 5 - (self.net + self.vat_total)) or 0
        self.total = self.net + self.vat_total + self.rounding
        self.paid = sum(c for _, c in self.deposits)
        self.due_amt = self.total - self.paid
        self.due = None if self.credit else self.issue + datetime.timedelta(days=self.term_days)

    def expected(self):
        return mk.expected(self.number, self.due_amt, self.total, self.issue, self.due, self.debtor["name"],
                           self.debtor["email"], self.seller.get("iban") if self.seller.get("iban_in_doc", True) else None,
                           self.debtor["business"], self.lang, reference=self.reference, currency=self.currency,
                           credit=self.credit)


# ---------------------------------------------------------------- page helpers

def block(p, x, y, lines, size=9, step=12, bold_first=False):
    for i, s in enumerate(lines):
        p.text(x, y + i * step, s, size, bold_first and i == 0)
    return y + len(lines) * step


def kv(p, x, y, pairs, w=90, size=9, step=13, bold_labels=False, value_right=None):
    for i, (k, v) in enumerate(pairs):
        p.text(x, y + i * step, k, size, bold_labels)
        if value_right:
            p.right(value_right, y + i * step, v, size)
        else:
            p.text(x + w, y + i * step, v, size)
    return y + len(pairs) * step


def table(p, y, cols, rows, size=9, step=14, head_bold=True, rule_head=True, rule_x=(56, 539), zebra=False):
    """cols: [(x, align, header)], rows: [[cell, ...]]"""
    for x, al, h in cols:
        p.text(x, y, h, size, head_bold, al)
    if rule_head:
        p.rule(rule_x[0], y + 4, rule_x[1], y + 4)
    y += step + 2
    for r in rows:
        for (x, al, _), cell in zip(cols, r):
            p.text(x, y, cell, size, False, al)
        y += step
    return y


def ibans(i):
    return mk.iban_spaced(i)


# ---------------------------------------------------------------- PDF layouts (invoices)

def lay_moneybird(v):
    """Logo text top right, window block left, details as stacked label/value right of it."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.right(539, 62, s["name"], 15, True)
    block_r = [s["street"], s["city"], s.get("web", ""), s["email"]]
    for i, t in enumerate(block_r):
        p.right(539, 78 + i * 11, t, 8)
    y = block(p, 62, 150, d["block"], 10, 13)
    title = "Creditfactuur" if v.credit else "Factuur"
    p.text(62, 240, title, 20, True)
    pairs = [("Factuurnummer", v.number), ("Factuurdatum", mk.date(v.issue, v.dfmt, "nl"))]
    if v.credit:
        pairs.append(("Betreft factuur", v.orig_number))
    elif v.print_due:
        pairs.append(("Vervaldatum", mk.date(v.due, v.dfmt, "nl")))
    if d.get("ref"):
        pairs.append(("Uw referentie", d["ref"]))
    kv(p, 340, 150, pairs, w=95)
    cols = [(62, "left", "Omschrijving"), (330, "right", "Aantal"), (400, "right", "Prijs"),
            (450, "right", "Btw"), (539, "right", "Totaal")]
    rows = [[desc, qty_s(q), "€ " + money(u, "nl"), "%s%%" % rate, "€ " + money(n, "nl")] for desc, q, u, rate, n in v.rows]
    y = table(p, 290, cols, rows)
    y += 10
    p.rule(330, y - 8, 539, y - 8)
    p.text(330, y + 4, "Subtotaal", 9)
    p.right(539, y + 4, "€ " + money(v.net, "nl"), 9)
    y += 16
    for rate, n, vat in v.vat:
        p.text(330, y, "%s%% btw over € %s" % (rate, money(n, "nl")), 9)
        p.right(539, y, "€ " + money(vat, "nl"), 9)
        y += 14
    p.rule(330, y - 8, 539, y - 8)
    p.text(330, y + 4, "Totaal", 11, True)
    p.right(539, y + 4, "€ " + money(v.total, "nl"), 11, True)
    if v.credit:
        t = ["Dit bedrag wordt binnen 5 werkdagen teruggestort op uw rekening.",
             "Deze creditfactuur vervangt factuur %s gedeeltelijk." % v.orig_number]
    else:
        t = ["We verzoeken u vriendelijk het bovenstaande bedrag van € %s %s" % (money(v.total, "nl"), v.term_text),
             "over te maken op %s t.n.v. %s onder vermelding van het factuurnummer." % (ibans(s["iban"]), s["name"])]
    block(p, 62, 700, t, 8, 11)
    p.text(62, 780, "KvK %s  ·  Btw-id %s  ·  IBAN %s" % (s["kvk"], s["vat"], ibans(s["iban"])), 7)
    return [p]


def lay_exact(v):
    """Window on the right, a ruled row of header labels with values under them, no due date printed."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(50, 55, s["name"].upper(), 12, True)
    block(p, 50, 70, [s["street"], s["city"], "T " + s["phone"], s["email"]], 8, 10)
    block(p, 330, 140, d["block"], 9, 12)
    p.text(50, 240, "FACTUUR", 14, True)
    heads = [(50, "Factuurnr."), (140, "Datum"), (230, "Debiteur"), (320, "Uw ordernr."), (430, "Valuta")]
    vals = [v.number, mk.date(v.issue, v.dfmt, "nl"), d.get("debnr", "—"), d.get("ref", "-"), v.currency]
    p.rule(50, 252, 545, 252)
    for (x, h), val in zip(heads, vals):
        p.text(x, 264, h, 7, True)
        p.text(x, 277, val, 9)
    p.rule(50, 284, 545, 284)
    cols = [(50, "left", "Artikel"), (110, "left", "Omschrijving"), (360, "right", "Aantal"),
            (420, "right", "Stukprijs"), (470, "right", "BTW"), (545, "right", "Bedrag")]
    rows = [[a, desc, qty_s(q), money(u, "nl"), {21: "H", 9: "L", 0: "0"}[rate], money(n, "nl")]
            for a, (desc, q, u, rate, n) in zip(v.codes, v.rows)]
    y = table(p, 305, cols, rows, 8, 13)
    y += 14
    kv(p, 360, y, [("Totaal excl. BTW", money(v.net, "nl"))], value_right=545)
    y += 13
    for rate, n, vat in v.vat:
        kv(p, 360, y, [("BTW %s (%s%%)" % ({21: "hoog", 9: "laag"}[rate], rate), money(vat, "nl"))], value_right=545)
        y += 13
    p.rule(360, y - 6, 545, y - 6)
    p.text(360, y + 6, "Totaal EUR", 10, True)
    p.right(545, y + 6, money(v.total, "nl"), 10, True)
    y += 40
    p.text(50, y, "Betalingsconditie: %s" % v.term_text, 8)
    p.text(50, y + 11, "Betaling op rekening %s (BIC %s) o.v.v. factuurnummer en debiteurnummer." % (ibans(s["iban"]), s["bic"]), 8)
    p.rule(50, 770, 545, 770)
    p.text(50, 782, "%s | KvK %s | BTW %s | Op al onze leveringen zijn de algemene voorwaarden van toepassing." % (s["name"], s["kvk"], s["vat"]), 6)
    return [p]


def lay_eboekhouden(v):
    """Centred letterhead; two columns of details under the address; betalingskenmerk."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(297, 50, s["name"], 16, True, "center")
    p.text(297, 64, "%s - %s - %s" % (s["street"], s["city"], s["phone"]), 8, False, "center")
    p.rule(56, 72, 539, 72)
    p.text(56, 120, "Factuur aan:", 8, True)
    block(p, 56, 134, d["block"], 9, 12)
    y = 220
    kv(p, 56, y, [("Factuurnummer:", v.number), ("Factuurdatum:", mk.date(v.issue, v.dfmt, "nl"))], w=85)
    right = [("Relatienummer:", d.get("debnr", "")), ("Betalingskenmerk:", v.ref_print)]
    kv(p, 300, y, right, w=95)
    cols = [(56, "left", "Aantal"), (100, "left", "Omschrijving"), (400, "right", "Bedrag"), (460, "right", "BTW"),
            (539, "right", "Totaal")]
    rows = [[qty_s(q), desc, money(u, "nl"), "%d%%" % rate, money(n, "nl")] for desc, q, u, rate, n in v.rows]
    y = table(p, 280, cols, rows)
    p.rule(56, y - 8, 539, y - 8)
    y += 6
    pairs = [("Totaal exclusief BTW", money(v.net, "nl"))] + [("BTW %d%%" % r, money(vt, "nl")) for r, _, vt in v.vat]
    y = kv(p, 340, y, pairs, value_right=539)
    p.text(340, y + 4, "Totaal inclusief BTW", 10, True)
    p.right(539, y + 4, "€ " + money(v.total, "nl"), 10, True)
    y += 50
    block(p, 56, y, ["Wij verzoeken u vriendelijk het totaalbedrag %s over te maken" % v.term_text,
                     "op rekeningnummer %s ten name van %s," % (ibans(s["iban"]), s["name"]),
                     "onder vermelding van betalingskenmerk %s." % v.ref_print], 9, 12)
    p.text(297, 790, "KvK-nummer %s   BTW-nummer %s   %s" % (s["kvk"], s["vat"], s["email"]), 7, False, "center")
    return [p]


def lay_snelstart(v):
    """Window left, a ruled box of details on the right, VAT per line as a code."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(60, 48, s["name"], 18, True)
    p.text(60, 62, s["tag"], 8)
    block(p, 400, 40, [s["street"], s["city"], s["phone"], s["email"], "KvK " + s["kvk"], "Btw " + s["vat"]], 7, 9)
    block(p, 60, 150, d["block"], 10, 13)
    # box
    p.rule(340, 140, 539, 140)
    p.rule(340, 210, 539, 210)
    p.rule(340, 140, 340, 210)
    p.rule(539, 140, 539, 210)
    kv(p, 348, 156, [("Factuur", v.number), ("Datum", mk.date(v.issue, v.dfmt, "nl")),
                     ("Klantnummer", d.get("debnr", "")), ("Vervaldatum", mk.date(v.due, v.dfmt, "nl"))], w=75, step=15)
    cols = [(60, "left", "Omschrijving"), (330, "right", "Aantal"), (390, "right", "Eenh."), (450, "right", "Prijs"),
            (539, "right", "Bedrag")]
    rows = [[desc, qty_s(q), unit_name, money(u, "nl"), money(n, "nl")] for (desc, q, u, rate, n), unit_name in zip(v.rows, v.units)]
    y = table(p, 250, cols, rows)
    y += 8
    p.rule(60, y - 10, 539, y - 10)
    cols2 = [(300, "Grondslag"), (380, "Btw %"), (450, "Btw")]
    for x, h in cols2:
        p.text(x, y, h, 8, True)
    y += 12
    for r, n, vt in v.vat:
        p.text(300, y, money(n, "nl"), 8)
        p.text(380, y, str(r), 8)
        p.text(450, y, money(vt, "nl"), 8)
        y += 12
    p.text(300, y + 8, "Te betalen", 11, True)
    p.right(539, y + 8, "EUR " + money(v.total, "nl"), 11, True)
    p.text(60, 740, "Betalen: %s  ·  IBAN %s  ·  BIC %s" % (v.term_text, ibans(s["iban"]), s["bic"]), 8)
    return [p]


def lay_jortt(v):
    """One-line letterhead, client block under 'Aan', deposit subtracted under the total."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(50, 50, "%s  |  %s, %s  |  %s" % (s["name"], s["street"], s["city"], s["email"]), 8)
    p.rule(50, 58, 545, 58)
    p.text(50, 110, "Factuur %s" % v.number, 22, True)
    p.text(50, 150, "Aan", 8, True)
    block(p, 50, 163, d["block"], 9, 12)
    p.text(330, 150, "Details", 8, True)
    kv(p, 330, 163, [("Datum", mk.date(v.issue, v.dfmt, "nl")), ("Betaaltermijn", v.term_short),
                     ("Project", v.project)], w=80, step=12)
    cols = [(50, "left", "Wat"), (380, "right", "Uren/aantal"), (460, "right", "Tarief"), (545, "right", "Bedrag")]
    rows = [[desc, qty_s(q), "€" + money(u, "nl"), "€" + money(n, "nl")] for desc, q, u, rate, n in v.rows]
    y = table(p, 260, cols, rows, 9, 15)
    y += 10
    pairs = [("Subtotaal", "€" + money(v.net, "nl"))] + [("Btw %s%%" % r, "€" + money(vt, "nl")) for r, _, vt in v.vat]
    pairs.append(("Totaal", "€" + money(v.total, "nl")))
    for lab, c in v.deposits:
        pairs.append((lab, "-€" + money(c, "nl")))
    y = kv(p, 330, y, pairs, value_right=545, step=14)
    p.rule(330, y - 8, 545, y - 8)
    p.text(330, y + 6, "Nog te betalen", 11, True)
    p.right(545, y + 6, "€" + money(v.due_amt, "nl"), 11, True)
    block(p, 50, y + 60, ["Graag het openstaande bedrag %s overmaken naar" % v.term_text,
                          "%s t.n.v. %s o.v.v. %s." % (ibans(s["iban"]), s["holder"], v.number)], 9, 12)
    p.text(50, 790, "KvK %s · btw %s" % (s["kvk"], s["vat"]), 7)
    return [p]


def lay_wefact(v):
    """Grey band with the title, window left, label/value right; 'Te betalen voor' a date;
    betalingskenmerk in the payment box."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(56, 58, s["name"], 14, True)
    block(p, 380, 48, [s["street"], s["city"], s["phone"], s["web"]], 8, 10)
    p.rule(0, 96, 595, 96)
    p.text(56, 112, "FACTUUR", 11, True)
    p.rule(0, 120, 595, 120)
    block(p, 56, 160, d["block"], 9, 12)
    kv(p, 360, 160, [("Factuurnummer", v.number), ("Factuurdatum", mk.date(v.issue, v.dfmt, "nl")),
                     ("Te betalen voor", mk.date(v.due, v.dfmt, "nl")), ("Debiteurnummer", d["debnr"])], w=90)
    cols = [(56, "left", "Aantal"), (100, "left", "Beschrijving"), (410, "right", "Stuksprijs"), (539, "right", "Totaal")]
    rows = [[qty_s(q) + "x", desc, "€ " + money(u, "nl"), "€ " + money(n, "nl")] for desc, q, u, rate, n in v.rows]
    y = table(p, 270, cols, rows)
    y += 6
    pairs = [("Subtotaal", "€ " + money(v.net, "nl"))] + [("%s%% BTW" % r, "€ " + money(vt, "nl")) for r, _, vt in v.vat]
    y = kv(p, 360, y, pairs, value_right=539)
    p.text(360, y + 4, "Totaal", 10, True)
    p.right(539, y + 4, "€ " + money(v.total, "nl"), 10, True)
    y += 50
    p.rule(56, y, 539, y)
    p.text(56, y + 14, "Betaalgegevens", 9, True)
    kv(p, 56, y + 28, [("IBAN", ibans(s["iban"])), ("T.n.v.", s["name"]), ("Betalingskenmerk", v.ref_print),
                        ("Bedrag", "€ " + money(v.due_amt, "nl"))], w=100, step=12)
    p.text(56, 790, "KvK %s  BTW %s  —  Onze algemene voorwaarden vindt u op %s" % (s["kvk"], s["vat"], s["web"]), 7)
    return [p]


def lay_informer(v):
    """Sender block left under the logo, client right under 'Factuuradres', details in a box 'Factuurgegevens'."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(56, 60, s["name"], 13, True)
    block(p, 56, 76, [s["street"], s["city"], s["email"]], 8, 10)
    p.text(320, 110, "Factuuradres", 7, True)
    block(p, 320, 124, d["block"], 9, 12)
    p.text(56, 215, "Factuurgegevens", 9, True)
    p.rule(56, 220, 300, 220)
    kv(p, 56, 234, [("Nummer", v.number), ("Datum", mk.date(v.issue, v.dfmt, "nl")), ("Uw kenmerk", d.get("ref", "-"))], w=80, step=12)
    cols = [(56, "left", "Omschrijving"), (380, "right", "Aantal"), (450, "right", "Prijs p/st"), (539, "right", "Totaal")]
    rows = [[desc, qty_s(q), money(u, "nl"), money(n, "nl")] for desc, q, u, rate, n in v.rows]
    y = table(p, 300, cols, rows)
    y += 12
    y = kv(p, 350, y, [("Netto", money(v.net, "nl"))] + [("BTW %d%%" % r, money(vt, "nl")) for r, _, vt in v.vat], value_right=539)
    p.text(350, y + 4, "Totaal €", 10, True)
    p.right(539, y + 4, money(v.total, "nl"), 10, True)
    block(p, 56, y + 50, [v.term_text, "IBAN: %s  BIC: %s" % (ibans(s["iban"]), s["bic"])], 9, 12)
    p.text(56, 792, "KvK %s | BTW-nr %s" % (s["kvk"], s["vat"]), 7)
    return [p]


def lay_word_nl(v):
    """A freelancer's Word letter: place and date, 'Betreft', lines as sentences, euros as ',-'."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(70, 70, s["name"], 12, True)
    block(p, 70, 84, [s["street"], s["city"], s["phone"], s["email"]], 9, 11)
    block(p, 70, 170, d["block"], 10, 13)
    p.text(70, 250, "%s, %s" % (s["place"], mk.date(v.issue, "long", "nl")), 10)
    p.text(70, 275, "Betreft: factuur %s" % v.number, 10, True)
    y = block(p, 70, 305, v.intro, 10, 13) + 12
    for desc, q, u, rate, n in v.rows:
        p.text(90, y, "- " + desc, 10)
        p.right(500, y, "€ " + money(n, "nl", True), 10)
        y += 14
    p.rule(420, y - 4, 500, y - 4)
    y += 10
    p.text(90, y, "Totaal excl. btw", 10)
    p.right(500, y, "€ " + money(v.net, "nl", True), 10)
    for r, _, vt in v.vat:
        y += 14
        p.text(90, y, "Btw %d%%" % r, 10)
        p.right(500, y, "€ " + money(vt, "nl", True), 10)
    y += 18
    p.text(90, y, "Totaal te voldoen", 10, True)
    p.right(500, y, "€ " + money(v.total, "nl", True), 10, True)
    y += 36
    y = block(p, 70, y, ["Ik verzoek u dit bedrag %s over te maken op rekeningnummer" % v.term_text,
                         "%s t.n.v. %s, onder vermelding van het factuurnummer." % (ibans(s["iban"]), s["holder"]),
                         "", "Met vriendelijke groet,", "", s["holder"]], 10, 13)
    p.text(70, 790, "KvK %s   btw-id %s" % (s["kvk"], s["vat"]), 8)
    return [p]


def lay_twinfield(v, lang):
    """Twinfield-style: a grid of details on the right, debtor in the left window; PaymentID printed."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    L = {"nl": dict(t="Factuur", no="Factuurnummer", dt="Factuurdatum", du="Vervaldatum", cust="Debiteur",
                    pid="Betalingskenmerk", desc="Omschrijving", q="Aantal", pr="Prijs", vat="Btw", am="Bedrag",
                    ex="Totaal excl. btw", vt="Btw %s%%", tot="Totaal", pre="Reeds ontvangen (voorschot)",
                    pay="Te betalen", note="Betaling %s onder vermelding van het betalingskenmerk op %s."),
         "en": dict(t="Invoice", no="Invoice number", dt="Invoice date", du="Due date", cust="Customer",
                    pid="Payment reference", desc="Description", q="Qty", pr="Price", vat="VAT", am="Amount",
                    ex="Total excl. VAT", vt="VAT %s%%", tot="Total", pre="Advance received",
                    pay="Amount payable", note="Please pay %s quoting the payment reference, to %s.")}[lang]
    p.text(56, 56, s["name"], 14, True)
    block(p, 56, 72, [s["street"], s["city"], s["email"]], 8, 10)
    block(p, 56, 150, d["block"], 9, 12)
    p.text(340, 140, L["t"], 16, True)
    kv(p, 340, 162, [(L["no"], v.number), (L["dt"], mk.date(v.issue, v.dfmt, lang)),
                     (L["du"], mk.date(v.due, v.dfmt, lang)), (L["cust"], d["debnr"]), (L["pid"], v.ref_print)], w=95, step=13)
    cols = [(56, "left", L["desc"]), (360, "right", L["q"]), (420, "right", L["pr"]), (460, "right", L["vat"]),
            (539, "right", L["am"])]
    st = "nl" if lang == "nl" else "en"
    rows = [[desc, qty_s(q, "," if st == "nl" else "."), money(u, st), "%d%%" % rate, money(n, st)] for desc, q, u, rate, n in v.rows]
    y = table(p, 260, cols, rows)
    y += 10
    pairs = [(L["ex"], money(v.net, st))] + [(L["vt"] % r, money(vt, st)) for r, _, vt in v.vat] + [(L["tot"], money(v.total, st))]
    for lab, c in v.deposits:
        pairs.append((L["pre"], "-" + money(c, st)))
    y = kv(p, 330, y, pairs, value_right=539)
    p.text(330, y + 6, L["pay"] + " EUR", 10, True)
    p.right(539, y + 6, money(v.due_amt, st), 10, True)
    p.text(56, y + 50, L["note"] % (v.term_text, ibans(s["iban"])), 8)
    p.text(56, 790, "KvK %s · VAT %s · BIC %s" % (s["kvk"], s["vat"], s["bic"]), 7)
    return [p]


def lay_xero(v):
    """Xero-like: TAX INVOICE title left, the client under it, three small label/value columns on the
    right; a payment advice slip at the foot."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    sym = {"GBP": "£", "EUR": "€"}[v.currency]
    title = "CREDIT NOTE" if v.credit else "INVOICE"
    p.text(50, 70, title, 22, True)
    block(p, 50, 100, d["block"], 9, 11)
    heads = [("Date" if v.credit else "Invoice Date", mk.date(v.issue, "short-en")),
             ("Credit Note Number" if v.credit else "Invoice Number", v.number),
             ("Reference", d.get("ref", ""))]
    for i, (k, val) in enumerate(heads):
        p.text(300, 80 + i * 22, k, 8, True)
        p.text(300, 91 + i * 22, val, 9)
    block(p, 420, 80, [s["name"], s["street"], s["city"], s["country"], "VAT No. " + s["vat"]], 8, 10)
    cols = [(50, "left", "Description"), (330, "right", "Quantity"), (400, "right", "Unit Price"),
            (460, "right", "VAT"), (545, "right", "Amount " + v.currency)]
    rows = [[desc, qty_s(q, "."), money(u, "en"), ("%s%%" % rate) if rate else "No VAT", money(n, "en")] for desc, q, u, rate, n in v.rows]
    y = table(p, 220, cols, rows, 8, 14)
    y += 6
    pairs = [("Subtotal", money(v.net, "en"))] + [(("TOTAL VAT %s%%" % r) if r else "Reverse charge", money(vt, "en")) for r, _, vt in v.vat]
    y = kv(p, 340, y, pairs, value_right=545, size=8)
    p.rule(340, y - 6, 545, y - 6)
    p.text(340, y + 6, ("TOTAL CREDIT " if v.credit else "TOTAL ") + v.currency, 9, True)
    p.right(545, y + 6, money(v.total, "en"), 9, True)
    y += 36
    if v.credit:
        p.text(50, y, "This credit has been applied against invoice %s. Any balance will be refunded to your account." % v.orig_number, 8)
    else:
        p.text(50, y, "Due Date: %s" % mk.date(v.due, "long", "en"), 9, True)
        p.text(50, y + 12, "Bank: %s  Sort code %s  Account %s  IBAN %s" % (s["bank"], s["sort"], s["acct"], ibans(s["iban"])), 8)
    if v.credit:
        p.text(50, 800, "Registered in England and Wales, company number %s." % s["kvk"], 6)
        return [p]
    # payment advice
    p.rule(30, 640, 565, 640)
    p.text(50, 660, "PAYMENT ADVICE", 12, True)
    block(p, 50, 676, ["To: " + s["name"], s["street"], s["city"]], 8, 10)
    kv(p, 300, 660, [("Customer", d["name"]), (("Credit Note Number" if v.credit else "Invoice Number"), v.number),
                     ("Amount Due" if not v.credit else "Amount", sym + money(v.due_amt, "en")),
                     ("Due Date" if not v.credit else "Date", mk.date(v.due if not v.credit else v.issue, "short-en")),
                     ("Amount Enclosed", "")], w=90, step=13, size=8)
    p.rule(390, 718, 545, 718)
    p.text(50, 800, "Registered in England and Wales, company number %s." % s["kvk"], 6)
    return [p]


def lay_quickbooks(v):
    """US layout: company top left, INVOICE big right, BILL TO / SHIP TO, terms word, BALANCE DUE."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    block(p, 40, 50, [s["name"], s["street"], s["city"], s["phone"], s["email"]], 9, 12, True)
    p.right(555, 60, "INVOICE", 24, True)
    p.text(40, 140, "BILL TO", 8, True)
    block(p, 40, 154, d["block"], 9, 12)
    p.text(220, 140, "SHIP TO", 8, True)
    block(p, 220, 154, d["block"][:1] + d.get("ship", d["block"][1:]), 9, 12)
    kv(p, 400, 140, [("INVOICE #", v.number), ("DATE", mk.date(v.issue, "dmy/", "en").split("/")[1] + "/" +
                                                  mk.date(v.issue, "dmy/").split("/")[0] + "/" + str(v.issue.year)),
                     ("DUE DATE", "%02d/%02d/%d" % (v.due.month, v.due.day, v.due.year)), ("TERMS", v.term_short)],
       w=70, step=14, bold_labels=True, size=8)
    cols = [(40, "left", "DATE"), (110, "left", "ACTIVITY"), (380, "right", "QTY"), (460, "right", "RATE"),
            (555, "right", "AMOUNT")]
    rows = [["%02d/%02d/%d" % (dd.month, dd.day, dd.year), desc, qty_s(q, "."), money(u, "en"), money(n, "en")]
            for dd, (desc, q, u, rate, n) in zip(v.line_dates, v.rows)]
    p.rule(40, 248, 555, 248)
    y = table(p, 262, cols, rows, 8, 16, rule_head=False)
    p.rule(40, y - 6, 555, y - 6)
    y += 8
    pairs = [("SUBTOTAL", money(v.net, "en"))]
    for r, _, vt in v.vat:
        if r:
            pairs.append(("TAX (%s%%)" % r, money(vt, "en")))
    pairs.append(("TOTAL", money(v.total, "en")))
    for lab, c in v.deposits:
        pairs.append((lab, "-" + money(c, "en")))
    y = kv(p, 380, y, pairs, value_right=555, size=8, step=15)
    p.text(380, y + 8, "BALANCE DUE", 10, True)
    p.right(555, y + 8, "$" + money(v.due_amt, "en"), 14, True)
    block(p, 40, y + 60, v.pay_lines, 8, 11)
    return [p]


def lay_zoho(v):
    """Zoho-like: title and number right, 'Balance Due' box, Bill To left; Payment Made line."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    block(p, 40, 50, [s["name"], s["street"], s["city"], s["country"], s["vat_line"]], 8, 11, True)
    p.right(555, 60, "TAX INVOICE", 20)
    p.right(555, 78, "# " + v.number, 9, True)
    p.right(555, 104, "Balance Due", 8)
    p.right(555, 118, "€" + money(v.due_amt, "en"), 12, True)
    p.text(40, 160, "Bill To", 8)
    block(p, 40, 174, d["block"], 9, 12, True)
    kv(p, 380, 160, [("Invoice Date :", mk.date(v.issue, "short-en")), ("Terms :", v.term_short),
                     ("Due Date :", mk.date(v.due, "short-en"))], w=80, step=14, size=8)
    cols = [(40, "left", "#"), (60, "left", "Item & Description"), (360, "right", "Qty"), (440, "right", "Rate"),
            (555, "right", "Amount")]
    rows = [[str(i + 1), desc, qty_s(q, "."), money(u, "en"), money(n, "en")] for i, (desc, q, u, rate, n) in enumerate(v.rows)]
    p.rule(40, 250, 555, 250)
    y = table(p, 262, cols, rows, 8, 16)
    y += 6
    pairs = [("Sub Total", money(v.net, "en"))] + [("VAT (%s%%)" % r, money(vt, "en")) for r, _, vt in v.vat]
    pairs.append(("Total", "€" + money(v.total, "en")))
    for lab, c in v.deposits:
        pairs.append((lab, "(-) " + money(c, "en")))
    y = kv(p, 380, y, pairs, value_right=555, step=15, size=8)
    p.text(380, y + 6, "Balance Due", 9, True)
    p.right(555, y + 6, "€" + money(v.due_amt, "en"), 9, True)
    block(p, 40, y + 50, ["Notes", "Thanks for your business.", "", "Terms & Conditions",
                          "Please transfer to %s, IBAN %s, BIC %s." % (s["name"], ibans(s["iban"]), s["bic"])], 8, 11)
    return [p]


def lay_freshbooks(v):
    """FreshBooks-like: Billed To / Date of Issue / Invoice Number / Amount Due in a row of columns."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(50, 60, s["name"], 16, True)
    block(p, 420, 50, [s["phone"], s["street"], s["city"], s["country"]], 8, 10)
    p.text(50, 130, "Billed To", 8, True)
    block(p, 50, 143, d["block"], 9, 11)
    p.text(220, 130, "Date of Issue", 8, True)
    p.text(220, 143, mk.date(v.issue, "dmy/"), 9)
    p.text(220, 170, "Due Date", 8, True)
    p.text(220, 183, mk.date(v.due, "dmy/"), 9)
    p.text(340, 130, "Invoice Number", 8, True)
    p.text(340, 143, v.number, 9)
    p.right(545, 130, "Amount Due (%s)" % v.currency, 8, True)
    p.right(545, 150, "CHF " + money(v.due_amt, "ch"), 18, True)
    p.rule(50, 220, 545, 220)
    cols = [(50, "left", "Description"), (350, "right", "Rate"), (420, "right", "Qty"), (545, "right", "Line Total")]
    rows = [[desc, money(u, "ch"), qty_s(q, "."), money(n, "ch")] for desc, q, u, rate, n in v.rows]
    y = table(p, 236, cols, rows, 9, 15, rule_head=False)
    p.rule(300, y, 545, y)
    y += 14
    y = kv(p, 350, y, [("Subtotal", money(v.net, "ch"))] + [("MWST %s%%" % r, money(vt, "ch")) for r, _, vt in v.vat] +
           ([("Rundung", money(v.rounding, "ch"))] if v.rounding else []) + [("Total", money(v.total, "ch"))],
           value_right=545)
    p.text(350, y + 6, "Amount Due (CHF)", 9, True)
    p.right(545, y + 6, "CHF " + money(v.due_amt, "ch"), 9, True)
    block(p, 50, y + 50, ["Terms", v.term_text, "Bank transfer: %s, IBAN %s" % (s["bank"], ibans(s["iban"])),
                          "MWST-Nr. " + s["vat"]], 8, 11)
    return [p]


def lay_word_en_sek(v):
    """A Swedish illustrator's Word invoice in English, amounts 12 500,00 with the krona after."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(60, 70, s["name"], 20, True)
    p.text(60, 86, "illustration & lettering", 9)
    block(p, 380, 60, [s["street"], s["city"], s["country"], s["email"], "Org.nr " + s["kvk"], "VAT " + s["vat"]], 8, 10)
    p.text(60, 160, "INVOICE TO", 8, True)
    block(p, 60, 174, d["block"], 10, 13)
    kv(p, 360, 160, [("Invoice no", v.number), ("Date", mk.date(v.issue, "iso")), ("Payment terms", v.term_short),
                     ("Due", mk.date(v.due, "iso"))], w=90, step=14)
    y = 280
    p.text(60, y, "Work", 9, True)
    p.right(530, y, "SEK", 9, True)
    p.rule(60, y + 4, 530, y + 4)
    y += 20
    for desc, q, u, rate, n in v.rows:
        p.text(60, y, desc, 10)
        p.right(530, y, money(n, "sp") + " kr", 10)
        y += 16
    p.rule(60, y - 6, 530, y - 6)
    y += 8
    p.text(300, y, "Net", 10)
    p.right(530, y, money(v.net, "sp") + " kr", 10)
    y += 15
    p.text(300, y, "VAT 0 % - reverse charge", 10)
    p.right(530, y, "0,00 kr", 10)
    y += 18
    p.text(300, y, "To pay", 12, True)
    p.right(530, y, "SEK " + money(v.total, "sp"), 12, True)
    y += 40
    block(p, 60, y, ["Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).",
                     "Customer VAT no: %s" % d["vatno"], "",
                     "Bank: %s   IBAN %s   BIC %s" % (s["bank"], ibans(s["iban"]), s["bic"]),
                     "Please use the invoice number as reference."], 9, 12)
    return [p]


def lay_excel_uk(v):
    """A UK plumber's Excel sheet: grid of cells, pound sign in its own cell, terms in words."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(297, 50, s["name"].upper(), 16, True, "center")
    p.text(297, 66, "%s · %s · %s" % (s["street"], s["city"], s["phone"]), 8, False, "center")
    for y in (90, 108):
        p.rule(50, y, 545, y)
    p.text(56, 102, "INVOICE", 10, True)
    p.text(300, 102, "No.", 9, True)
    p.text(330, 102, v.number, 9)
    p.text(420, 102, "Date", 9, True)
    p.text(450, 102, mk.date(v.issue, "dmy/"), 9)
    p.text(56, 130, "Customer", 9, True)
    block(p, 140, 130, d["block"], 9, 12)
    p.text(56, 190, "Job", 9, True)
    p.text(140, 190, v.project, 9)
    y = 230
    xs = [50, 340, 400, 470, 485, 545]
    p.rule(50, y - 12, 545, y - 12)
    for x, h in [(56, "Description"), (346, "Qty"), (406, "Unit £")]:
        p.text(x, y, h, 9, True)
    p.right(539, y, "Total", 9, True)
    p.rule(50, y + 5, 545, y + 5)
    y += 18
    for desc, q, u, rate, n in v.rows:
        p.text(56, y, desc, 9)
        p.right(390, y, qty_s(q, "."), 9)
        p.right(460, y, money(u, "en"), 9)
        p.text(476, y, "£", 9)
        p.right(539, y, money(n, "en"), 9)
        p.rule(50, y + 5, 545, y + 5)
        y += 17
    for x in xs:
        p.rule(x, 218, x, y - 12)
    y += 6
    for lab, c, b in [("Sub-total", v.net, False)] + [("VAT @ %s%%" % r, vt, False) for r, _, vt in v.vat] + [("TOTAL", v.total, True)]:
        p.text(346, y, lab, 9, b)
        p.text(476, y, "£", 9, b)
        p.right(539, y, money(c, "en"), 9, b)
        y += 15
    block(p, 56, y + 30, ["Payment %s by bank transfer please." % v.term_text,
                          "%s  Sort code %s  Acc %s" % (s["bank"], s["sort"], s["acct"]),
                          "IBAN %s" % ibans(s["iban"]), "VAT reg no %s" % s["vat"], "", "Many thanks, " + s["holder"]], 9, 12)
    return [p]


def lay_lexoffice(v):
    """DIN 5008 letter: return address line above the window, info block right, 'Rechnung Nr.' as subject."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.right(539, 60, s["name"], 14, True)
    p.text(70, 140, "%s · %s · %s" % (s["name"], s["street"], s["city"]), 6)
    p.rule(70, 143, 300, 143)
    block(p, 70, 160, d["block"], 10, 12)
    pairs = [("Rechnungsnr.", v.number), ("Kundennr.", d["debnr"]), ("Datum", mk.date(v.issue, "dmy."))]
    if getattr(v, "leistung", None):
        pairs.append(("Leistungsdatum", v.leistung))
    pairs += [("Ihr Ansprechpartner", s["holder"]), ("", s["email"])]
    kv(p, 370, 140, pairs, w=90, step=12, size=8)
    title = "Abschlagsrechnung" if getattr(v, "abschlag", False) else ("Schlussrechnung" if v.deposits else "Rechnung")
    p.text(70, 290, "%s Nr. %s" % (title, v.number), 12, True)
    block(p, 70, 315, [d["salut"], "", v.intro], 10, 13)
    cols = [(70, "left", "Pos."), (95, "left", "Bezeichnung"), (330, "right", "Menge"), (360, "left", "Einheit"),
            (460, "right", "Einzelpreis"), (539, "right", "Gesamtpreis")]
    rows = [[str(i + 1), desc, qty_s(q), un, money(u, "de") + " €", money(n, "de") + " €"]
            for i, ((desc, q, u, rate, n), un) in enumerate(zip(v.rows, v.units))]
    y = table(p, 370, cols, rows, 9, 15)
    y += 10
    pairs = [("Gesamtbetrag netto", money(v.net, "de") + " €")] + [("zzgl. Umsatzsteuer %s %%" % r, money(vt, "de") + " €") for r, _, vt in v.vat]
    pairs.append(("Gesamtbetrag brutto", money(v.total, "de") + " €"))
    for lab, c in v.deposits:
        pairs.append((lab, "-" + money(c, "de") + " €"))
    y = kv(p, 300, y, pairs, value_right=539, step=14)
    if v.deposits:
        p.text(300, y + 4, "Zahlbetrag", 10, True)
        p.right(539, y + 4, money(v.due_amt, "de") + " €", 10, True)
        y += 16
    y += 28
    y = block(p, 70, y, [v.term_text, "", "Mit freundlichen Grüßen", s["holder"]], 10, 13)
    for i, col in enumerate([[s["name"], s["street"], s["city"]],
                             ["Tel. " + s["phone"], s["email"], s["web"]],
                             [s["bank"], "IBAN " + ibans(s["iban"]), "BIC " + s["bic"]],
                             ["USt-IdNr. " + s["vat"], "St.-Nr. " + s["stnr"], s["court"]]]):
        block(p, 70 + i * 120, 770, col, 6, 8)
    return [p]


def lay_sevdesk(v):
    """sevDesk-like: sender line, window left, right column 'Rechnungsdatum' etc.; a Gutschrift variant."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(56, 50, s["name"], 16, True)
    p.text(56, 64, s["tag"], 8)
    p.text(56, 130, "%s, %s, %s" % (s["name"], s["street"], s["city"]), 6)
    block(p, 56, 146, d["block"], 10, 12)
    if v.credit:
        pairs = [("Gutschrift-Nr.", v.number), ("Datum", mk.date(v.issue, "dmy.")), ("zu Rechnung", v.orig_number),
                 ("Kunden-Nr.", d["debnr"])]
    else:
        pairs = [("Rechnungs-Nr.", v.number), ("Rechnungsdatum", mk.date(v.issue, "dmy.")),
                 ("Lieferdatum", v.leistung), ("Kunden-Nr.", d["debnr"])]
        if d.get("ref"):
            pairs.append(("Ihre Bestellung", d["ref"]))
    kv(p, 360, 130, pairs, w=85, step=13, size=9)
    p.text(56, 270, ("Gutschrift (Rechnungskorrektur) " if v.credit else "Rechnung ") + v.number, 14, True)
    p.text(56, 292, v.intro, 9)
    cols = [(56, "left", "Pos"), (80, "left", "Beschreibung"), (330, "right", "Menge"), (400, "right", "Preis"),
            (450, "right", "USt."), (539, "right", "Betrag")]
    rows = [[str(i + 1), desc, qty_s(q), money(u, "de"), "%d %%" % rate, money(n, "de")] for i, (desc, q, u, rate, n) in enumerate(v.rows)]
    y = table(p, 320, cols, rows, 9, 15)
    y += 8
    pairs = [("Gesamt netto", money(v.net, "de") + " EUR")] + [("Umsatzsteuer %d %%" % r, money(vt, "de") + " EUR") for r, _, vt in v.vat]
    y = kv(p, 330, y, pairs, value_right=539)
    p.rule(330, y - 8, 539, y - 8)
    p.text(330, y + 4, "Gutschriftsbetrag" if v.credit else "Gesamtbetrag", 10, True)
    p.right(539, y + 4, money(v.total, "de") + " EUR", 10, True)
    y += 40
    if v.credit:
        block(p, 56, y, ["Der Betrag wird mit Ihrer nächsten Rechnung verrechnet bzw. auf Ihr Konto erstattet."], 9, 12)
    else:
        lines = [v.term_text]
        if v.reference:
            lines.append("Bitte überweisen Sie den Betrag auf das unten genannte Konto.")
            lines.append("Verwendungszweck: %s" % v.ref_print)
        block(p, 56, y, lines, 9, 12)
    p.rule(56, 760, 539, 760)
    block(p, 56, 772, ["%s · %s · %s" % (s["name"], s["street"], s["city"]),
                       "%s · IBAN %s · BIC %s · USt-IdNr. %s" % (s["bank"], ibans(s["iban"]), s["bic"], s["vat"])], 7, 9)
    return [p]


def lay_billomat(v):
    """Billomat-like: a full-width header row of columns (Rechnung / Datum / Kunde / Fällig), Anzahlung line."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(56, 54, s["name"], 12, True)
    p.right(539, 54, s["web"], 8)
    block(p, 330, 120, d["block"], 9, 12)
    p.text(56, 120, "Absender", 7, True)
    block(p, 56, 132, [s["name"], s["street"], s["city"], s["phone"]], 8, 10)
    p.rule(56, 222, 539, 222)
    for x, h, val in [(56, "Rechnung", v.number), (170, "Datum", mk.date(v.issue, "long", "de")),
                      (300, "Kundennummer", d["debnr"]), (420, "Zahlungsziel", v.term_short)]:
        p.text(x, 234, h, 7)
        p.text(x, 247, val, 10, True)
    p.rule(56, 255, 539, 255)
    block(p, 56, 285, [d["salut"], v.intro], 9, 13)
    cols = [(56, "left", "Artikel / Leistung"), (350, "right", "Anz."), (430, "right", "Preis netto"), (539, "right", "Summe netto")]
    rows = [[desc, qty_s(q), money(u, "de") + " €", money(n, "de") + " €"] for desc, q, u, rate, n in v.rows]
    y = table(p, 330, cols, rows)
    y += 8
    pairs = [("Netto", money(v.net, "de") + " €")] + [("MwSt. %d%%" % r, money(vt, "de") + " €") for r, _, vt in v.vat]
    pairs.append(("Brutto", money(v.total, "de") + " €"))
    for lab, c in v.deposits:
        pairs.append((lab, "- " + money(c, "de") + " €"))
    y = kv(p, 330, y, pairs, value_right=539)
    p.rule(330, y - 8, 539, y - 8)
    p.text(330, y + 4, "Offener Betrag", 10, True)
    p.right(539, y + 4, money(v.due_amt, "de") + " €", 10, True)
    block(p, 56, y + 44, [v.term_text, "Bankverbindung: %s, IBAN %s" % (s["bank"], ibans(s["iban"])),
                          "Steuernummer %s" % s["stnr"]], 9, 12)
    return [p]


def lay_excel_ch(v):
    """A Swiss Excel sheet: Rechnung left, grid, 1'234.50, 'zahlbar innert 30 Tagen netto', a rounding line."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    block(p, 60, 50, [s["name"], s["street"], s["city"], "Tel. " + s["phone"]], 9, 11, True)
    block(p, 340, 130, d["block"], 10, 12)
    p.text(60, 120, "%s, %s" % (s["place"], mk.date(v.issue, "dmy.")), 9)
    p.text(60, 230, "RECHNUNG %s" % v.number, 13, True)
    if d.get("ref"):
        p.text(60, 246, "Objekt: %s" % d["ref"], 9)
    y = 275
    p.rule(60, y - 12, 535, y - 12)
    for x, h, al in [(64, "Position", "left"), (340, "Menge", "right"), (420, "Ansatz", "right"), (531, "CHF", "right")]:
        p.text(x, y, h, 9, True, al)
    p.rule(60, y + 5, 535, y + 5)
    y += 18
    for desc, q, u, rate, n in v.rows:
        p.text(64, y, desc, 9)
        p.right(340, y, qty_s(q, "."), 9)
        p.right(420, y, money(u, "ch"), 9)
        p.right(531, y, money(n, "ch"), 9)
        p.rule(60, y + 5, 535, y + 5)
        y += 16
    for x in (60, 300, 350, 430, 535):
        p.rule(x, 263, x, y - 11)
    y += 8
    rows = [("Total netto", v.net)] + [("MWST %s%%" % r, vt) for r, _, vt in v.vat]
    if v.rounding:
        rows.append(("Rundungsdifferenz", v.rounding))
    for lab, c in rows:
        p.text(350, y, lab, 9)
        p.right(531, y, money(c, "ch"), 9)
        y += 14
    p.text(350, y + 2, "Total CHF", 10, True)
    p.right(531, y + 2, money(v.total, "ch"), 10, True)
    block(p, 60, y + 40, [v.term_text, "%s, IBAN %s" % (s["bank"], ibans(s["iban"])), "MWST-Nr. %s" % s["vat"], "",
                          "Freundliche Grüsse", s["holder"]], 9, 12)
    return [p]


def lay_word_de(v):
    """A Kleinunternehmer's Word letter without VAT; 'Rechnung Nr. 17'; Verwendungszweck labelled."""
    p = mk.Page()
    s, d = v.seller, v.debtor
    p.text(300, 60, s["name"], 13, True, "center")
    p.text(300, 74, "%s | %s | %s" % (s["street"], s["city"], s["phone"]), 8, False, "center")
    block(p, 70, 150, d["block"], 10, 13)
    p.right(530, 240, "%s, den %s" % (s["place"], mk.date(v.issue, "long", "de")), 10)
    p.text(70, 270, "Rechnung Nr. %s" % v.number, 12, True)
    y = block(p, 70, 298, v.intro, 10, 13) + 10
    for desc, q, u, rate, n in v.rows:
        p.text(70, y, desc, 10)
        p.right(530, y, money(n, "de") + " €", 10)
        y += 15
    p.rule(400, y - 6, 530, y - 6)
    p.text(70, y + 8, "Rechnungsbetrag", 10, True)
    p.right(530, y + 8, money(v.total, "de") + " €", 10, True)
    y += 40
    block(p, 70, y, ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", "",
                     v.term_text, "%s · IBAN %s" % (s["bank"], ibans(s["iban"])), "Verwendungszweck: %s" % v.ref_print,
                     "", "Vielen Dank und viele Grüße", s["holder"], "", "Steuernummer: %s" % s["stnr"]], 10, 13)
    return [p]


# ---------------------------------------------------------------- UBL

def ubl(v, note=""):
    s, d = v.seller, v.debtor
    cur = v.currency

    def amt(tag, c):
        return '<cbc:%s currencyID="%s">%s</cbc:%s>' % (tag, cur, mk.money(c, "plain"), tag)
    lines = []
    for i, (desc, q, u, rate, n) in enumerate(v.rows):
        lines.append("""  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
    %s
    <cac:Item>
      <cbc:Name>%s</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price>%s</cac:Price>
  </cac:InvoiceLine>""" % (i + 1, v.ubl_units[i], qty_s(q, "."), amt("LineExtensionAmount", n), esc(desc), "S" if rate else "K", rate, amt("PriceAmount", u)))
    subs = "".join("""
    <cac:TaxSubtotal>%s%s<cac:TaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%s</cbc:Percent>%s<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>""" % (
        amt("TaxableAmount", n), amt("TaxAmount", vt), "S" if r else "K", r,
        "" if r else "<cbc:TaxExemptionReason>Intra-community supply</cbc:TaxExemptionReason>") for r, n, vt in v.vat)

    def party(tag, name, street, city, country, vat, email):
        return """  <cac:%s>
    <cac:Party>
      <cbc:EndpointID schemeID="EM">%s</cbc:EndpointID>
      <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>
      <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cac:Country><cbc:IdentificationCode>%s</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:%s>""" % (tag, email, esc(name), esc(street), esc(city), country, vat, esc(name), tag)
    x = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>%s</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
  <cbc:DueDate>%s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>%s
  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>%s</cbc:BuyerReference>
%s
%s
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cbc:PaymentID>%s</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>%s</cbc:Name></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>%s</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    %s%s
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    %s
    %s
    %s
    %s
    %s
  </cac:LegalMonetaryTotal>
%s
</Invoice>
""" % (v.ubl_cust, v.number, v.issue.isoformat(), v.due.isoformat(),
       ("\n  <cbc:Note>%s</cbc:Note>" % esc(note)) if note else "", cur, esc(d.get("ref") or d["debnr"]),
       party("AccountingSupplierParty", s["name"], s["street"], s["city"], s["cc"], s["vat"], s["email"]),
       party("AccountingCustomerParty", d["name"], d["street"], d["city"], d["cc"], d["vatno"], d["email"]),
       v.reference, s["iban"], esc(s["name"]), esc(v.term_text), amt("TaxAmount", v.vat_total), subs,
       amt("LineExtensionAmount", v.net), amt("TaxExclusiveAmount", v.net), amt("TaxInclusiveAmount", v.total),
       amt("PrepaidAmount", v.paid), amt("PayableAmount", v.due_amt), "\n".join(lines))
    return x


def attach_ubl(eml, fname, xml):
    """Put the UBL part before the closing boundary of the multipart/mixed message."""
    head, _, _ = eml.partition("\n\n")
    b = head.split('boundary="')[1].split('"')[0]
    part = ('--%s\nContent-Type: application/xml; charset=utf-8; name="%s"\nContent-Disposition: attachment; '
            'filename="%s"\nContent-Transfer-Encoding: 8bit\n\n%s\n' % (b, fname, fname, xml))
    end = "--%s--\n" % b
    assert eml.endswith(end)
    return eml[:-len(end)] + part + end


# ---------------------------------------------------------------- mail assembly

RECORDS = []


def send_day(issue, late):
    return issue + datetime.timedelta(days=late)


def pdf_record(v, tool, subject, body, from_name, fname, to_name=None, kind="pdf", mail_from=None, rcpt=None,
               headers=(), late=0, html=None, ubl_xml=None, ubl_name=None, note=""):
    s, d = v.seller, v.debtor
    pages = v.pages
    eml = mk.mail(RNG, s["email"], qname(from_name), addr_hdr(to_name if to_name is not None else d["name"], d["email"]),
                  subj(subject), send_day(v.issue, late), body_text=body, body_html=html, pdf=True,
                  extra_headers=list(headers))
    eml = eml.replace("From: %s <" % qname(from_name), "From: %s <" % addr_hdr(from_name, "x").rsplit(" <", 1)[0], 1)
    if ubl_xml:
        eml = attach_ubl(eml, ubl_name, ubl_xml)
    env = {"mail_from": mail_from or s["email"], "rcpt_to": rcpt or [d["email"]]}
    r = mk.record(None, tool, v.lang, kind, env, eml, pages=pages, pdf_filename=fname, expected=v.expected(), note=note)
    if ubl_xml:
        r["ubl"] = ubl_xml
    r["_v"] = v
    RECORDS.append(r)
    return r


def body_record(v, tool, kind, subject, from_name, text=None, html=None, to_name=None, mail_from=None, rcpt=None,
                headers=(), late=0, note=""):
    s, d = v.seller, v.debtor
    eml = mk.mail(RNG, s["email"], qname(from_name), addr_hdr(to_name if to_name is not None else d["name"], d["email"]),
                  subj(subject), send_day(v.issue, late), body_text=text, body_html=html, extra_headers=list(headers))
    eml = eml.replace("From: %s <" % qname(from_name), "From: %s <" % addr_hdr(from_name, "x").rsplit(" <", 1)[0], 1)
    env = {"mail_from": mail_from or s["email"], "rcpt_to": rcpt or [d["email"]]}
    r = mk.record(None, tool, v.lang, kind, env, eml, expected=v.expected(), note=note)
    r["_v"] = v
    RECORDS.append(r)
    return r


def non_record(tool, lang, sender, from_name, to_name, to_addr, subject, day, why, text=None, html=None, pages=None,
               fname=None, mail_from=None, headers=(), note="", rcpt=None):
    eml = mk.mail(RNG, sender, qname(from_name), addr_hdr(to_name, to_addr), subj(subject), day, body_text=text,
                  body_html=html, pdf=pages is not None, extra_headers=list(headers))
    eml = eml.replace("From: %s <" % qname(from_name), "From: %s <" % addr_hdr(from_name, "x").rsplit(" <", 1)[0], 1)
    env = {"mail_from": mail_from or sender, "rcpt_to": rcpt or [to_addr]}
    r = mk.record(None, tool, lang, "none", env, eml, pages=pages, pdf_filename=fname, expected=None, why_not=why, note=note)
    RECORDS.append(r)
    return r


def issue_day(lo=0, hi=36):
    return D(2026, 10, 26) + datetime.timedelta(days=RNG.randint(lo, hi))


def late():
    return RNG.choice([0, 0, 1, 2, 3])


def debnr():
    return str(RNG.randint(10010, 19990))


def kvk():
    return "%08d" % RNG.randint(10000000, 99999999)


def nl_vat():
    return "NL%09dB%02d" % (RNG.randint(0, 999999999), RNG.randint(1, 3))


def de_vat():
    return "DE%09d" % RNG.randint(100000000, 999999999)


def bk16():
    """A 16-digit betalingskenmerk with the weighted mod-11 check digit first."""
    body = "".join(RNG.choice("0123456789") for _ in range(15))
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    tot = sum(int(c) * wi for c, wi in zip(reversed(body), w))
    chk = 11 - tot % 11
    chk = {10: 1, 11: 0}.get(chk, chk)
    return str(chk) + body


def seller(**kw):
    kw.setdefault("holder", kw["name"])
    i = kw.get("iban") or ""
    if i.startswith("NL"):
        kw["bic"] = NL_BIC[i[4:8]]
    if i.startswith("GB"):
        kw["bank"] = GB_BANK[i[4:8]]
    if i.startswith("IE"):
        kw["bic"] = IE_BIC[i[4:8]]
    return kw


# ================================================================ Dutch invoices

def nl_invoices():
    # --- Moneybird: a graphic design studio, two invoices and a creditfactuur
    kwast = seller(name="Studio Kwast", street="Assendorperstraat 118", city="8012 DL Zwolle", web="www.studiokwast.nl",
                   email="administratie@studiokwast.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"))
    deb = dict(name="Bakkerij Ovink B.V.", email="inkoop@bakkerijovink.nl", business=True, ref="Huisstijl 2027",
               block=["Bakkerij Ovink B.V.", "t.a.v. Gerdien Ovink", "Grotestraat 41", "7461 KJ Rijssen"])
    v = Inv(lang="nl", seller=kwast, debtor=deb, number="2026-0187", issue=issue_day(), term_days=14,
            term_text="binnen 14 dagen", dfmt="dmy-", print_due=False,
            lines=[("Ontwerp logo en beeldmerk (3 schetsrondes)", 1, 129500, 21),
                   ("Huisstijlhandboek, 12 pagina's", 1, 64000, 21),
                   ("Ontwerp verpakking broodzak", 2, 18750, 21)])
    v.pages = lay_moneybird(v)
    pdf_record(v, "moneybird", "Factuur 2026-0187 van Studio Kwast", "Beste Gerdien,\n\nHierbij ontvang je factuur 2026-0187 voor het huisstijltraject. Je kunt de factuur als pdf in de bijlage vinden.\n\nFijne dag!\n\nGroet,\nFemke van Dalen\nStudio Kwast\n", "Studio Kwast", "Factuur 2026-0187.pdf", to_name="Gerdien Ovink", late=late(),
               note="Moneybird; due date only as 'binnen 14 dagen' in the payment sentence; contact person (t.a.v.) under the company.")

    deb = dict(name="Marloes Verbeek", email="marloes.verbeek@ziggo.nl", business=False,
               block=["Marloes Verbeek", "Berkenlaan 7", "8024 AB Zwolle"])
    v = Inv(lang="nl", seller=kwast, debtor=deb, number="2026-0192", issue=issue_day(), term_days=14,
            term_text="binnen 14 dagen", dfmt="long", print_due=True,
            lines=[("Ontwerp geboortekaartje Sem", 1, 14500, 21),
                   ("Drukwerk geboortekaartje, 120 st. incl. enveloppen", 120, 135, 21),
                   ("Verzendkosten", 1, 695, 21)])
    v.pages = lay_moneybird(v)
    pdf_record(v, "moneybird", "Factuur 2026-0192 van Studio Kwast", "Hoi Marloes,\n\nGefeliciteerd nogmaals met jullie zoon! In de bijlage vind je de factuur voor het ontwerp en drukwerk van de kaartjes.\n\nLieve groet,\nFemke\n", "Studio Kwast", "Factuur 2026-0192.pdf", late=late(),
               note="Moneybird to a private person; issue and due dates in words; quantity 120 at € 1,35.")

    deb = dict(name="Fietsenmakerij Hoekstra", email="info@fietshoekstra.nl", business=True,
               block=["Fietsenmakerij Hoekstra", "Diezerstraat 9", "8011 RA Zwolle", "KvK 7184" + "2251"])
    v = Inv(lang="nl", seller=kwast, debtor=deb, number="2026-0195", orig_number="2026-0171", issue=issue_day(20, 36), term_days=0,
            term_text="", dfmt="dmy-", print_due=False, credit=True,
            lines=[("Creditering: flyers A5 — tweede drukgang niet geleverd", -1, 21400, 21),
                   ("Creditering: bezorgkosten", -1, 1250, 21)])
    v.pages = lay_moneybird(v)
    pdf_record(v, "moneybird", "Creditfactuur 2026-0195 van Studio Kwast",
               "Beste Jelle,\n\nZoals beloofd crediteren we de tweede drukgang van de flyers. In de bijlage de creditfactuur 2026-0195 bij factuur 2026-0171.\n\nMet vriendelijke groet,\nFemke van Dalen\nStudio Kwast\n", "Studio Kwast", "Creditfactuur 2026-0195.pdf", to_name="Jelle Hoekstra",
               note="Moneybird creditfactuur: negative amounts, names the original invoice 2026-0171; debtor's KvK number in the block.")

    # --- Exact Online: a wholesaler, header row of labels, term only
    brink = seller(name="Technische Groothandel Brinkman B.V.", street="Industrieweg 22", city="3846 BD Harderwijk",
                   phone="0341-471 200", email="debiteuren@brinkman-tg.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), bic="RABONL2U")
    for deb, num, term, tt, lines, codes, dfmt in [
        (dict(name="Installatiebedrijf Van der Veen", email="administratie@vanderveen-installatie.nl", business=True,
              debnr=debnr(), ref="PO 26-0912",
              block=["Installatiebedrijf Van der Veen", "Postbus 114", "3840 AC Harderwijk"]),
         "F26004471", 30, "30 dagen na factuurdatum",
         [("Radiatorkraan thermostatisch 1/2\"", 24, 1875, 21), ("Persfitting koper 15 mm knie", 150, 212, 21),
          ("Expansievat 18 l", 3, 4690, 21), ("Verzendkosten pallet", 1, 3500, 21)],
         ["RK-1215", "PF-15K", "EV-18", "VZ-PAL"], "dmy-"),
        (dict(name="Klimaattechniek Oosterhout B.V.", email="facturen@kt-oosterhout.nl", business=True,
              debnr=debnr(), ref="project Lindeboom",
              block=["Klimaattechniek Oosterhout B.V.", "Afd. Crediteuren", "Vlakbroek 31", "4903 RH Oosterhout"]),
         "F26004533", 30, "30 dagen netto",
         [("Warmtepomp lucht/water 8 kW", 1, 489000, 21), ("Buffervat 200 l", 1, 91500, 21),
          ("Flexibele aansluitslang 1\" 60 cm", 4, 2745, 21)],
         ["WP-8LW", "BV-200", "FL-1-60"], "iso")]:
        v = Inv(lang="nl", seller=brink, debtor=deb, number=num, issue=issue_day(), term_days=term, term_text=tt, dfmt=dfmt,
                lines=lines, codes=codes)
        v.pages = lay_exact(v)
        pdf_record(v, "exact-online", "Factuur %s" % num,
                   "Geachte heer/mevrouw,\n\nIn de bijlage treft u factuur %s aan.\n\nHeeft u vragen over deze factuur, neem dan contact op met onze debiteurenadministratie via 0341-471 200.\n\nMet vriendelijke groet,\n\nTechnische Groothandel Brinkman B.V.\nDebiteurenadministratie\n\nDit bericht is automatisch verzonden vanuit Exact Online.\n" % num,
                   "Technische Groothandel Brinkman B.V.", "%s.pdf" % num, late=late(),
                   headers=["X-Mailer: Exact Online"],
                   note="Exact Online: labels in a ruled header row above the values; VAT as code H per line; due date only as the term '%s'." % tt)

    # --- e-Boekhouden: a gardener, two VAT rates, betalingskenmerk
    wilg = seller(name="Hoveniersbedrijf De Wilg", street="Dorpsstraat 64", city="3732 HJ De Bilt", phone="030-220 81 17",
                  email="factuur@hoveniersdewilg.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"))
    for deb, num, lines, dfmt, tdays, tt in [
        (dict(name="R. Scholten", email="rscholten@kpnmail.nl", business=False, debnr="0412",
              block=["R. Scholten", "Soestdijkseweg Zuid 201", "3721 AE Bilthoven"]), "20260388",
         [("Snoeien haag en leibomen (uren)", 7.5, 4850, 21), ("Vaste planten, diverse", 18, 695, 9),
          ("Afvoer groenafval", 1, 6500, 21)], "dmy-", 14, "binnen 14 dagen na factuurdatum"),
        (dict(name="VvE Parkzicht Zeist", email="penningmeester@vve-parkzicht.nl", business=True, debnr="0377",
              block=["VvE Parkzicht Zeist", "KvK 40478810", "Laan van Vollenhove 1102", "3706 AH Zeist"]), "20260401",
         [("Onderhoud gemeenschappelijke tuin november (uren)", 12, 4850, 21), ("Bladblazen en afvoer blad", 1, 14500, 21),
          ("Bloembollen narcis, 300 st.", 300, 32, 9)], "dmy-", 30, "binnen 30 dagen")]:
        v = Inv(lang="nl", seller=wilg, debtor=deb, number=num, issue=issue_day(), term_days=tdays, term_text=tt, dfmt=dfmt,
                lines=lines)
        v.reference = bk16()
        v.ref_print = " ".join(v.reference[k:k + 4] for k in range(0, 16, 4))
        v.pages = lay_eboekhouden(v)
        pdf_record(v, "e-boekhouden", "Factuur %s" % num,
                   "Geachte klant,\n\nBijgaand ontvangt u de factuur met nummer %s.\n\nMet vriendelijke groet,\n\nHoveniersbedrijf De Wilg\n030-220 81 17\n" % num,
                   "Hoveniersbedrijf De Wilg", "Factuur_%s.pdf" % num, late=late(),
                   note="e-Boekhouden: centred letterhead, details in two columns, 16-digit betalingskenmerk printed in groups of four; two VAT rates (21 and 9); term '%s'." % tt)

    # --- SnelStart (own rendition): a printer, boxed details with a printed due date
    veld = seller(name="Drukkerij Veldkamp", tag="offset · digitaal · grootformaat", street="Ambachtsweg 5",
                  city="6581 AD Malden", phone="024-358 44 90", email="facturatie@drukkerijveldkamp.nl", kvk=kvk(), vat=nl_vat(),
                  iban=iban("NL"), bic="INGBNL2A")
    deb = dict(name="Hotel De Zeven Linden B.V.", email="crediteuren@zevenlinden.nl", business=True, debnr=debnr(),
               block=["Hotel De Zeven Linden B.V.", "Postweg 88", "6561 KJ Groesbeek"])
    v = Inv(lang="nl", seller=veld, debtor=deb, number="26-1148", issue=issue_day(), term_days=21, term_text="21 dagen na factuurdatum",
            dfmt="dmy-", lines=[("Menukaarten A4, 4/4, 350 grs gesatineerd", 250, 118, 21),
                                ("Kamerinformatiemap met 2 inlegvellen", 60, 745, 21), ("Opmaak en proefdruk", 1.5, 6500, 21)],
            units=["st", "st", "uur"])
    v.pages = lay_snelstart(v)
    pdf_record(v, "snelstart", "Factuur 26-1148 Drukkerij Veldkamp",
               "Geachte relatie,\n\nBijgaand sturen wij u onze factuur 26-1148.\nGraag verwijzen wij u naar de betalingsvoorwaarden op de factuur.\n\nMet vriendelijke groet,\n\nDrukkerij Veldkamp\n", "Drukkerij Veldkamp",
               "factuur_26-1148.pdf", late=late(),
               note="SnelStart-like: details in a ruled box right of the window with a printed Vervaldatum; VAT in a separate grondslag table.")

    # --- Jortt: a photographer and a copywriter, both with an amount already paid
    anouk = seller(name="Anouk Meijer Fotografie", street="Kerkstraat 3", city="4331 LN Middelburg", email="hallo@anoukmeijer.nl",
                   kvk=kvk(), vat=nl_vat(), iban=iban("NL"), holder="A.M. Meijer")
    deb = dict(name="Daan Bosman en Sanne de Ruiter", email="daanensanne@gmail.com", business=False,
               block=["Daan Bosman en Sanne de Ruiter", "Zuidsingel 17", "4301 CA Zierikzee"])
    iss = issue_day()
    v = Inv(lang="nl", seller=anouk, debtor=deb, number="AM-2026-041", issue=iss, term_days=14, term_text="binnen twee weken",
            term_short="14 dagen", project="Bruiloft 17 oktober 2026", dfmt="dmy-",
            lines=[("Bruidsreportage hele dag (10 uur)", 1, 154545, 21), ("Fotoalbum 30x30, 40 pagina's", 1, 32231, 21),
                   ("Reiskosten (km)", 86, 23, 21)],
            deposits=[("Aanbetaling voldaan op 12-05-2026", 50000)])
    v.pages = lay_jortt(v)
    pdf_record(v, "jortt", "Factuur AM-2026-041 - bruiloft", "Hoi Daan en Sanne,\n\nWat was het een prachtige dag! De foto's staan inmiddels in jullie online galerij. Hierbij ook de eindfactuur; de aanbetaling van € 500,00 is er al vanaf.\n\nLiefs,\nAnouk\n", "Anouk Meijer Fotografie",
               "Factuur AM-2026-041.pdf", late=late(),
               note="Jortt-like: one-line letterhead, client under 'Aan', a deposit of € 500 paid in May subtracted below the total: amount due 'Nog te betalen'.")

    lijn = seller(name="Lijn & Letter tekstbureau", street="Oudegracht 201-bis", city="3511 NH Utrecht", email="facturen@lijnenletter.nl",
                  kvk=kvk(), vat=nl_vat(), iban=iban("NL"), holder="Lijn & Letter")
    deb = dict(name="Zorggroep De Linde", email="crediteurenadministratie@zorggroepdelinde.nl", business=True,
               block=["Zorggroep De Linde", "t.a.v. afdeling Communicatie", "Postbus 2041", "3800 CA Amersfoort"])
    v = Inv(lang="nl", seller=lijn, debtor=deb, number="2026-066", issue=issue_day(), term_days=30, term_text="binnen 30 dagen",
            term_short="30 dagen", project="Jaarverslag 2025", dfmt="dmy-",
            lines=[("Interviews en teksten jaarverslag", 38, 9500, 21), ("Eindredactie", 9, 8500, 21),
                   ("Reistijd", 4, 4750, 21)],
            deposits=[("Af: voorschotfactuur 2026-051", 181500)])
    v.pages = lay_jortt(v)
    pdf_record(v, "jortt", "Factuur 2026-066 Lijn & Letter", "Goedemiddag,\n\nIn de bijlage de eindafrekening voor het jaarverslag. De voorschotfactuur van september is verrekend.\n\nHartelijke groet,\nIlse Vermeulen\nLijn & Letter tekstbureau\n", "Lijn & Letter",
               "Factuur 2026-066.pdf", to_name="Zorggroep De Linde - crediteuren",
               note="Jortt-like final invoice: an earlier advance invoice (2026-051) subtracted; amount due differs from the total.")

    # --- WeFact: a hosting company, printed due date, betalingskenmerk
    nest = seller(name="NetNest Hosting", street="Kanaalweg 40", city="2903 LS Capelle aan den IJssel", phone="010-760 30 31",
                  web="www.netnest.nl", email="billing@netnest.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"))
    for deb, num, lines, dfmt in [
        (dict(name="Kapsalon Knip & Kleur", email="info@knipenkleur.nl", business=True, debnr="DB10482",
              block=["Kapsalon Knip & Kleur", "Mevrouw S. Yilmaz", "Hoofdweg 311", "2908 LC Capelle aan den IJssel"]),
         "F2026-11037", [("Webhosting Business (01-12-2026 t/m 30-11-2027)", 1, 14400, 21),
                         ("Domeinnaam knipenkleur.nl (1 jaar)", 1, 995, 21), ("SSL-certificaat", 1, 2900, 21)], "dmy-"),
        (dict(name="Joost Hendriks", email="joost@hendriks-online.nl", business=False, debnr="DB11920",
              block=["Joost Hendriks", "Rembrandtlaan 12", "2902 AD Capelle aan den IJssel"]),
         "F2026-11102", [("Mailbox Basis, 12 maanden", 1, 4200, 21), ("Domeinnaam hendriks-online.nl", 1, 995, 21)], "dmy-")]:
        v = Inv(lang="nl", seller=nest, debtor=deb, number=num, issue=issue_day(), term_days=14, dfmt=dfmt, lines=lines)
        v.reference = bk16()
        v.ref_print = v.reference
        v.pages = lay_wefact(v)
        pdf_record(v, "wefact", "Nieuwe factuur %s" % num,
                   "Beste klant,\n\nEr staat een nieuwe factuur voor u klaar. Factuurnummer: %s, bedrag: € %s.\nU vindt de factuur als bijlage bij deze e-mail.\n\nBetaal vóór %s met het betalingskenmerk uit de factuur.\n\nMet vriendelijke groet,\nNetNest Hosting\n" % (
                       num, money(v.due_amt, "nl"), mk.date(v.due, "dmy-")),
                   "NetNest Hosting", "factuur-%s.pdf" % num,
                   note="WeFact-like: title band, 'Te betalen voor' date, 16-digit betalingskenmerk in a payment box; amount also in the mail body.")

    # --- Informer: a handyman to a private client, '8 dagen'
    timmer = seller(name="Klussenbedrijf Timmer", street="Molenweg 14", city="1611 CR Bovenkarspel", email="info@klussenbedrijftimmer.nl",
                    kvk=kvk(), vat=nl_vat(), iban=iban("NL"), bic="RABONL2U")
    deb = dict(name="A. Kuipers-de Boer", email="akuipers@hetnet.nl", business=False, ref="badkamer",
               block=["Mevr. A. Kuipers-de Boer", "Zesstedenweg 88", "1613 JE Grootebroek"])
    v = Inv(lang="nl", seller=timmer, debtor=deb, number="1267", issue=issue_day(), term_days=8,
            term_text="Wij verzoeken u vriendelijk het bedrag binnen 8 dagen na factuurdatum over te maken.", dfmt="dmy-",
            lines=[("Arbeidsloon renovatie badkamer", 32, 5200, 21), ("Tegelwerk materiaal", 1, 68744, 21),
                   ("Kitwerk en afwerking", 1, 8500, 21), ("Voorrijkosten", 4, 2500, 21)])
    v.pages = lay_informer(v)
    pdf_record(v, "informer", "Factuur 1267", "Geachte mevrouw Kuipers,\n\nHierbij de factuur van de werkzaamheden aan uw badkamer. Bedankt voor de opdracht en de koffie!\n\nMet vriendelijke groet,\nKees Timmer\n\nVerzonden via Informer Online\n", "Klussenbedrijf Timmer",
               "Factuur_1267.pdf", to_name="A. Kuipers", late=late(),
               note="Informer-like: a bare number (1267), client under 'Factuuradres' on the right with 'Mevr.' on the name line; due in 8 days only as a sentence.")

    # --- Word letters: a translator and an IT freelancer, euros printed as ',-'
    lotte = seller(name="Lotte Brink Vertalingen", street="Wilhelminapark 9", city="5041 EB Tilburg", phone="06-2841 7730",
                   email="lotte@brinkvertalingen.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), holder="Lotte Brink", place="Tilburg")
    deb = dict(name="Uitgeverij Mosterdzaad", email="rekeningen@mosterdzaad.nl", business=True,
               block=["Uitgeverij Mosterdzaad", "t.a.v. mw. drs. E. Claassen", "Prinsengracht 612", "1017 KS Amsterdam"])
    v = Inv(lang="nl", seller=lotte, debtor=deb, number="LB26-19", issue=issue_day(), term_days=30, term_text="binnen 30 dagen",
            intro=["Geachte mevrouw Claassen,", "", "Voor de vertaling (Duits-Nederlands) van 'Die stille Stunde' breng ik",
                   "u conform onze afspraak het volgende in rekening:"],
            lines=[("Vertaling, 64.000 woorden", 1, 640000, 21), ("Verwerking correcties drukproef", 1, 30000, 21)])
    v.pages = lay_word_nl(v)
    pdf_record(v, "word", "factuur LB26-19 vertaling Die stille Stunde", "Beste Esther,\n\nBijgaand mijn factuur voor de vertaling. Het was een mooi boek om aan te werken.\n\nHartelijke groet,\nLotte\n\n--\nLotte Brink | beëdigd vertaler Duits\n06-2841 7730\n", "Lotte Brink",
               "factuur LB26-19.pdf", to_name="Esther Claassen", late=late(),
               note="A Word letter: place and date, 'Betreft: factuur', amounts as '€ 6.400,-' and '€ 8.107,-'; a contact with titles under the company.")

    ruben = seller(name="Mulder ICT-advies", street="Brinkstraat 27", city="7411 BS Deventer", phone="06-1923 5510",
                   email="ruben@mulder-ict.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), holder="R. Mulder", place="Deventer")
    deb = dict(name="Stichting Buurtwerk Oost", email="financien@buurtwerkoost.nl", business=True,
               block=["Stichting Buurtwerk Oost", "Afdeling Financiën", "Snipperlingsdijk 4", "7417 BJ Deventer"])
    v = Inv(lang="nl", seller=ruben, debtor=deb, number="2026/23", issue=issue_day(), term_days=30, term_text="binnen dertig dagen",
            intro=["Geachte heer, mevrouw,", "", "Hierbij factureer ik de werkzaamheden van de afgelopen maand:"],
            lines=[("Migratie mailomgeving naar Microsoft 365 (16 uur)", 1, 120000, 21),
                   ("Configuratie 8 laptops en telefoons", 1, 60000, 21), ("Licenties eerste kwartaal (doorbelast)", 1, 20000, 21)])
    v.pages = lay_word_nl(v)
    pdf_record(v, "word", "Factuur 2026/23", "Goedemorgen,\n\nIn de bijlage mijn factuur 2026/23 voor de migratie. Graag hoor ik of alles naar wens werkt.\n\nMet vriendelijke groet,\nRuben Mulder\n", "Ruben Mulder",
               "Factuur 2026-23 Buurtwerk Oost.pdf", late=late(),
               note="Word letter: number with a slash, term in words ('binnen dertig dagen'), amounts as '€ 2.420,-'.")

    # --- Twinfield with a UBL file: a cleaning company
    glans = seller(name="Schoonmaakbedrijf Glans B.V.", street="Databankweg 12", city="3821 AL Amersfoort", cc="NL",
                   email="facturatie@glans-schoonmaak.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), bic="ABNANL2A")
    deb = dict(name="Kantoorpand Beheer Amersfoort B.V.", email="ap@kpb-amersfoort.nl", business=True, debnr="D-30518",
               street="Stationsplein 40", city="3818 LE Amersfoort", cc="NL", vatno=nl_vat(),
               block=["Kantoorpand Beheer Amersfoort B.V.", "Stationsplein 40", "3818 LE Amersfoort"])
    v = Inv(lang="nl", seller=glans, debtor=deb, number="VF2026-3391", issue=issue_day(), term_days=30,
            term_text="binnen 30 dagen na factuurdatum", dfmt="dmy-",
            lines=[("Dagelijkse schoonmaak kantoorvloer 2-4, november", 1, 386000, 21),
                   ("Glasbewassing buitenzijde", 1, 54000, 21), ("Sanitaire hygiëneproducten", 1, 11275, 21)],
            ubl_units=["C62", "C62", "C62"], ubl_cust="urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0")
    v.reference = "3000" + "".join(RNG.choice("0123456789") for _ in range(12))
    v.ref_print = v.reference
    v.pages = lay_twinfield(v, "nl")
    pdf_record(v, "twinfield", "Factuur VF2026-3391 Schoonmaakbedrijf Glans B.V.",
               "Geachte relatie,\n\nBijgevoegd vindt u factuur VF2026-3391 als PDF en als UBL-bestand voor uw boekhoudpakket.\n\nMet vriendelijke groet,\nSchoonmaakbedrijf Glans B.V.\nFinanciële administratie\n",
               "Glans facturatie", "VF2026-3391.pdf", kind="pdf+ubl", ubl_xml=None, late=late())
    r = RECORDS[-1]
    x = ubl(v)
    r["eml"] = attach_ubl(r["eml"], "VF2026-3391.xml", x)
    r["ubl"] = x
    r["note"] = "Twinfield-like PDF plus a UBL 2.1 (NLCIUS) file; the betalingskenmerk is the UBL PaymentID; term of 30 days and a printed due date."

    # --- typed in the mail: a window cleaner and a music teacher
    s = seller(name="Glazenwasserij Bart Smit", email="bartsmitglazenwasser@gmail.com", iban=iban("NL"))
    deb = dict(name="Fam. Wijnberg", email="h.wijnberg@casema.nl", business=False)
    iss = issue_day()
    v = Inv(lang="nl", seller=s, debtor=deb, number="2026-118", issue=iss, term_days=14, lines=[("Glazenwassen", 1, 4500, 21)])
    v.lines = [("Ramen buiten, 4 beurten (aug t/m nov)", 4, 3750, 21), ("Dakkapel en serre", 1, 2500, 21)]
    v.compute()
    txt = """Beste familie Wijnberg,

Hierbij de rekening voor het glazenwassen van de afgelopen maanden.

Aan: Fam. Wijnberg, Lindenlaan 23, 2251 HK Voorschoten
Factuur nr: 2026-118
Datum: %s

4x ramen buitenkant (aug t/m nov) a € 37,50 = € 150,00
1x dakkapel + serre = € 25,00
                                   -------
totaal excl btw € %s
btw 21%% € %s
Totaal € %s

Graag binnen 14 dagen overmaken op %s tnv B. Smit ovv het factuurnummer.

Alvast bedankt en tot de volgende keer!

Groeten,
Bart Smit
Glazenwasserij Bart Smit
KvK %s
06-43 19 88 02

Verzonden vanaf mijn iPhone""" % (mk.date(iss, "dmy-"), money(v.net, "nl"), money(v.vat_total, "nl"), money(v.total, "nl"),
                                     v.seller["iban"], kvk())
    body_record(v, "typed", "body-text", "rekening glazenwassen", "Bart Smit", text=txt, to_name="",
                note="Typed in the mail from a Gmail address; subject without a number; debtor is 'familie Wijnberg' (private); term 'binnen 14 dagen'.")

    s = seller(name="Muziekles Hanneke Post", email="lesgeld@muziekleshanneke.nl", iban=iban("NL"))
    deb = dict(name="Marieke de Graaf", email="mariekedegraaf78@outlook.com", business=False)
    iss = issue_day()
    v = Inv(lang="nl", seller=s, debtor=deb, number="L-2026-2-037", issue=iss, term_days=30,
            lines=[("Pianoles Fenna, blok 2 (10 lessen van 30 min)", 10, 2850, 0)])
    txt = """Beste Marieke,

Hierbij het lesgeld voor het tweede lesblok van Fenna (september t/m december).

Aan: Marieke de Graaf
Factuurnummer: L-2026-2-037
Factuurdatum: %s
Leerling: Fenna de Graaf

10 pianolessen van 30 minuten x € 28,50 = € %s
Muziekles is vrijgesteld van btw (art. 11 Wet OB).

Te betalen: € %s
Betaaltermijn: 30 dagen na factuurdatum
Rekening: %s t.n.v. H. Post

Mocht je liever in twee termijnen betalen, laat het even weten.

Muzikale groet,
Hanneke Post
www.muziekleshanneke.nl""" % (mk.date(iss, "long", "nl"), money(v.total, "nl"), money(v.total, "nl"), ibans(s["iban"]))
    body_record(v, "typed", "body-text", "Lesgeld Fenna - blok 2", "Hanneke Post | Muziekles", text=txt, late=late(),
                note="Typed lesgeld invoice to a parent; the pupil is named but the addressee (the parent) is the debtor; VAT-exempt; a suggestion of instalments that is not a payment plan.")

    # --- HTML: a garden centre's B2B order on account, and a camp site's balance after a deposit
    s = seller(name="Tuincentrum De Hortensia", email="zakelijk@dehortensia.nl", iban=iban("NL"))
    deb = dict(name="Hoveniersbedrijf Groenrijk V.O.F.", email="inkoop@groenrijk-hoveniers.nl", business=True)
    iss = issue_day()
    items = [("Buxus sempervirens 40-50 cm", 60, 595, 9), ("Potgrond professioneel 70 l", 24, 899, 9),
             ("Boomschors 40 l", 30, 549, 21), ("Tuinslang 25 m", 2, 2495, 21)]
    v = Inv(lang="nl", seller=s, debtor=deb, number="ZK-26-00912", issue=iss, term_days=30, lines=items)
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">&euro;&nbsp;%s</td><td align=\"right\">%s%%</td><td align=\"right\">&euro;&nbsp;%s</td></tr>\n" % (
        esc(dd), q, money(u, "nl"), r, money(n, "nl")) for dd, q, u, r, n in v.rows)
    vatrows = "".join("<tr><td colspan=\"4\" align=\"right\">Btw %s%%</td><td align=\"right\">&euro;&nbsp;%s</td></tr>\n" % (r, money(vt, "nl")) for r, _, vt in v.vat)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600"><tr><td><img src="cid:logo" alt="Tuincentrum De Hortensia"></td><td align="right">Zakelijke klanten</td></tr></table>
<p>Beste relatie,</p>
<p>Bedankt voor uw bestelling. Omdat u op rekening koopt, ontvangt u hieronder de factuur. De goederen liggen klaar bij de zakelijke balie.</p>
<table cellpadding="4">
<tr><td><b>Factuurnummer</b></td><td>ZK-26-00912</td></tr>
<tr><td><b>Factuurdatum</b></td><td>%s</td></tr>
<tr><td><b>Klant</b></td><td>Hoveniersbedrijf Groenrijk V.O.F.<br>Klantnr. 40155<br>Btw-nr. %s</td></tr>
<tr><td><b>Betaaltermijn</b></td><td>30 dagen</td></tr>
</table>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#dfeedd"><th align="left">Artikel</th><th>Aantal</th><th>Prijs</th><th>Btw</th><th>Totaal</th></tr>
%s<tr><td colspan="4" align="right">Subtotaal excl. btw</td><td align="right">&euro;&nbsp;%s</td></tr>
%s<tr><td colspan="4" align="right"><b>Totaal te betalen</b></td><td align="right"><b>&euro;&nbsp;%s</b></td></tr>
</table>
<p>Wij verzoeken u het bedrag binnen de betaaltermijn over te maken op %s t.n.v. Tuincentrum De Hortensia o.v.v. ZK-26-00912.</p>
<p>Met groene groet,<br>Team zakelijke verkoop<br>Tuincentrum De Hortensia &middot; Rijksstraatweg 190 &middot; 3956 CT Leersum</p>
</body></html>""" % (mk.date(iss, "dmy-"), nl_vat(), rows, money(v.net, "nl"), vatrows, money(v.total, "nl"), ibans(s["iban"]))
    body_record(v, "webshop-html", "body-html", "Uw factuur ZK-26-00912", "Tuincentrum De Hortensia", html=html, late=late(),
                note="HTML mail with the invoice in tables; VAT 9% and 21%; '30 dagen' as Betaaltermijn; the customer's VAT number in the mail.")

    s = seller(name="Camping De Berkenhoeve", email="reserveringen@berkenhoeve.nl", iban=iban("NL"))
    deb = dict(name="Willem en Ans Koster", email="wkoster@planet.nl", business=False)
    iss = D(2026, 11, 16)
    due = D(2026, 12, 15)
    v = Inv(lang="nl", seller=s, debtor=deb, number="SZ27-014", issue=iss, term_days=(due - iss).days,
            lines=[("Seizoensplaats 2027, plaats 48 (incl. 2 personen)", 1, 164220, 9),
                   ("Elektra 10 A, vastrecht", 1, 18500, 21), ("Toeristenbelasting 2 pers. (forfait)", 1, 12400, 0)],
            deposits=[("Reeds ontvangen aanbetaling", 40000)])
    vrows = "".join("<tr><td>%s</td><td style=\"text-align:right\">%s</td></tr>" % (esc(dd), money(n, "nl")) for dd, q, u, r, n in v.rows)
    html = """<div style="font-family:Georgia,serif">
<h2 style="color:#3b6b35">Camping De Berkenhoeve</h2>
<p>Beste Willem en Ans,</p>
<p>Fijn dat jullie ook in 2027 weer een seizoensplaats bij ons hebben! Hieronder vinden jullie de factuur voor het nieuwe seizoen.</p>
<p><strong>Factuur SZ27-014</strong> &mdash; %s<br>Aan: Willem en Ans Koster, Merelstraat 9, 8017 GH Zwolle</p>
<table style="border-collapse:collapse" cellpadding="3">
<tr><th style="text-align:left">Omschrijving</th><th style="text-align:right">Bedrag (&euro;)</th></tr>
%s
<tr><td>Btw 9%% over %s</td><td style="text-align:right">%s</td></tr>
<tr><td>Btw 21%% over %s</td><td style="text-align:right">%s</td></tr>
<tr><td><strong>Totaal</strong></td><td style="text-align:right"><strong>%s</strong></td></tr>
<tr><td>Reeds ontvangen aanbetaling (augustus)</td><td style="text-align:right">-%s</td></tr>
<tr><td><strong>Restant te voldoen</strong></td><td style="text-align:right"><strong>%s</strong></td></tr>
</table>
<p>Het restant dient uiterlijk <b>15 december 2026</b> op onze rekening %s (t.n.v. Recreatiebedrijf Berkenhoeve) te staan. Vermeld bij de betaling a.u.b. het factuurnummer.</p>
<p>Hartelijke groet,<br>Gerrit en Hilde Oosterveld<br>Camping De Berkenhoeve, Berkenweg 2, 7短 Dwingeloo</p>
</div>""".replace("7短", "7991 PE") % (
        mk.date(iss, "long", "nl"), vrows, money(v.vat[1][1] if v.vat[1][0] == 9 else 0, "nl"),
        money(dict((r, vt) for r, _, vt in v.vat)[9], "nl"), money(dict((r, n) for r, n, _ in v.vat)[21], "nl"),
        money(dict((r, vt) for r, _, vt in v.vat)[21], "nl"), money(v.total, "nl"), money(40000, "nl"),
        money(v.due_amt, "nl"), ibans(s["iban"]))
    body_record(v, "html-template", "body-html", "Factuur seizoensplaats 2027 - SZ27-014", "Camping De Berkenhoeve", html=html,
                note="HTML invoice with a deposit paid in August subtracted; due date stated as '15 december 2026'; three VAT treatments (9%, 21%, none for tourist tax).")


# ================================================================ English invoices

def en_invoices():
    # --- Xero: a Bristol web studio, two GBP invoices and a EUR credit note
    hb = seller(name="Harbourside Web Ltd", street="Unit 4, Paintworks, Bath Road", city="Bristol BS4 3EH", country="United Kingdom",
                email="accounts@harbourside-web.co.uk", vat="GB 318 4471 92", kvk="09817362", iban=iban("GB", "NWBK"))
    hb["acct"] = hb["iban"][-8:]
    hb["sort"] = "%s-%s-%s" % (hb["iban"][8:10], hb["iban"][10:12], hb["iban"][12:14])
    for deb, num, lines, tdays, tt in [
        (dict(name="Calder & Finch Solicitors LLP", email="accounts.payable@calderfinch.co.uk", business=True, ref="Website rebuild phase 2",
              block=["Calder & Finch Solicitors LLP", "Attention: Priya Raman", "12 Queen Square", "Bristol", "BS1 4NT"]),
         "INV-2231", [("Phase 2 development - sprint 3 and 4", 1, 640000, 20), ("Hosting and support, December", 1, 9500, 20),
                      ("Accessibility audit (WCAG 2.2)", 6, 8500, 20)], 30, None),
        (dict(name="Tom Ashworth", email="tom.ashworth@btinternet.com", business=False, ref="Bakery site",
              block=["Tom Ashworth", "27 Cotham Vale", "Bristol BS6 6HS"]),
         "INV-2238", [("Shopify theme set-up for Ashworth's Bakehouse", 1, 45000, 20), ("Product photography edit (40 images)", 40, 350, 20)],
         14, None)]:
        v = Inv(lang="en", seller=hb, debtor=deb, number=num, issue=issue_day(), term_days=tdays, currency="GBP", lines=lines)
        v.pages = lay_xero(v)
        first = deb["block"][1].replace("Attention: ", "").split()[0] if deb["business"] else deb["name"].split()[0]
        pdf_record(v, "xero", "Invoice %s from Harbourside Web Ltd for %s" % (num, deb["name"]),
                   "Hi %s,\n\nHere's invoice %s for GBP %s.\n\nThe amount outstanding of GBP %s is due on %s.\n\nView and pay your bill online: https://in.xero.com/%s\n\nIf you have any questions, please let us know.\n\nThanks,\nHarbourside Web Ltd\n" % (
                       first, num, money(v.total, "en"), money(v.due_amt, "en"), mk.date(v.due, "short-en"),
                       "".join(RNG.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(24))),
                   "Harbourside Web Ltd", "Invoice %s.pdf" % num, mail_from="messaging-service@post.xero.com",
                   headers=["Reply-To: accounts@harbourside-web.co.uk"],
                   note="Xero-like: labels above values in narrow columns, the supplier on the right, a payment advice slip repeating the amount; sent by the platform with the business in Reply-To.")
    deb = dict(name="Lough Derg Kayaks Ltd", email="office@loughdergkayaks.ie", business=True, ref="INV-2204",
               block=["Lough Derg Kayaks Ltd", "The Quay", "Killaloe, Co. Clare", "Ireland V94 K2X7", "VAT IE 3318254KH"])
    hb2 = dict(hb, iban=None, iban_in_doc=False)
    v = Inv(lang="en", seller=hb2, debtor=deb, number="CN-0031", orig_number="INV-2204", issue=issue_day(15, 36), term_days=0,
            currency="EUR", credit=True, lines=[("Credit: booking widget licence not used (Oct-Dec)", -3, 4900, 0),
                                                ("Credit: duplicate domain renewal", -1, 2400, 0)])
    v.pages = lay_xero(v)
    pdf_record(v, "xero", "Credit Note CN-0031 from Harbourside Web Ltd for Lough Derg Kayaks Ltd",
               "Hi Aoife,\n\nHere's credit note CN-0031 for EUR %s.\n\nWe've applied this against invoice INV-2204 as agreed on the phone.\n\nThanks,\nHarbourside Web Ltd\n" % money(-v.total, "en"),
               "Harbourside Web Ltd", "Credit Note CN-0031.pdf", mail_from="messaging-service@post.xero.com",
               headers=["Reply-To: accounts@harbourside-web.co.uk"],
               note="Xero credit note in EUR to an Irish company (reverse-charge, no VAT); negative amounts; the mail body gives the amount without a minus; no bank details printed (iban null).")

    # --- QuickBooks: two US businesses, USD, ACH only
    pine = seller(name="Pinecrest Carpentry LLC", street="88 Mill Brook Rd", city="Stowe, VT 05672", phone="(802) 555-0143",
                  email="office@pinecrestcarpentry.com", iban=None, iban_in_doc=False)
    deb = dict(name="Jennifer Walsh", email="jen.walsh@gmail.com", business=False,
               block=["Jennifer Walsh", "14 Birch Hill Ln", "Stowe, VT 05672"])
    iss = issue_day()
    v = Inv(lang="en", seller=pine, debtor=deb, number="1089", issue=iss, term_days=15, term_short="Net 15", currency="USD",
            lines=[("Custom built-in bookcase, white oak", 1, 480000, 6), ("Labor - install and finish", 14, 8500, 0),
                   ("Materials - hardware and finish", 1, 31265, 6)],
            deposits=[("PAYMENT RECEIVED", 250000)])
    v.line_dates = [iss - datetime.timedelta(days=k) for k in (9, 3, 3)]
    v.pay_lines = ["Thank you for your business! A 50% deposit of $2,500.00 was received on 09/22/2026.",
                   "Pay online with the link in the email, or by ACH: Green Mountain Savings Bank,",
                   "routing 011600033, account 4471209, Pinecrest Carpentry LLC."]
    v.pages = lay_quickbooks(v)
    pdf_record(v, "quickbooks", "Invoice 1089 from Pinecrest Carpentry LLC",
               "Dear Jennifer Walsh,\n\nHere's your invoice! We appreciate your prompt payment.\n\nInvoice 1089\nDue %s\nBalance due $%s\n\nView and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%016x\n\nThanks for your business!\nPinecrest Carpentry LLC\n" % (
                   "%02d/%02d/%d" % (v.due.month, v.due.day, v.due.year), money(v.due_amt, "en"), RNG.getrandbits(64)),
               "Pinecrest Carpentry LLC", "Invoice_1089_from_Pinecrest_Carpentry_LLC.pdf", mail_from="quickbooks@notification.intuit.com",
               headers=["Reply-To: office@pinecrestcarpentry.com"], to_name="", late=late(),
               note="QuickBooks-like, USD: dates MM/DD/YYYY, Net 15, a $2,500 deposit subtracted as PAYMENT RECEIVED, sales tax on materials only, ACH only (iban null).")

    lake = seller(name="Lakeside Audio Rentals Inc.", street="2150 W Fulton St", city="Chicago, IL 60612", phone="(312) 555-0187",
                  email="billing@lakesideaudio.com", iban=None, iban_in_doc=False)
    deb = dict(name="Blue Heron Events LLC", email="ap@blueheronevents.com", business=True,
               block=["Blue Heron Events LLC", "Attn: Accounts Payable", "400 N Michigan Ave, Ste 1700", "Chicago, IL 60611"],
               ship=["Navy Pier Grand Ballroom", "600 E Grand Ave", "Chicago, IL 60611"])
    iss = issue_day()
    v = Inv(lang="en", seller=lake, debtor=deb, number="LA-20417", issue=iss, term_days=30, term_short="Net 30", currency="USD",
            lines=[("Line array rental, 2 days", 2, 185000, 10.25), ("Wireless mic kit (8 ch)", 2, 42000, 10.25),
                   ("Audio technician, on site", 22, 7500, 0), ("Delivery and pickup", 1, 35000, 0)])
    v.line_dates = [iss - datetime.timedelta(days=k) for k in (5, 5, 5, 4)]
    v.pay_lines = ["Wire/ACH: First Lakeshore Bank, ABA 071000013, acct 880044217, Lakeside Audio Rentals Inc.",
                   "Please include the invoice number with your payment. A 1.5% monthly finance charge applies after the due date."]
    v.pages = lay_quickbooks(v)
    pdf_record(v, "quickbooks", "Invoice LA-20417 from Lakeside Audio Rentals Inc.",
               "Dear Blue Heron Events LLC,\n\nPlease review the attached invoice and remit payment at your earliest convenience. Feel free to contact us if you have any questions.\n\nInvoice LA-20417\nDue %s\nBalance due $%s\n\nThank you.\nLakeside Audio Rentals Inc.\n" % (
                   "%02d/%02d/%d" % (v.due.month, v.due.day, v.due.year), money(v.due_amt, "en")),
               "Lakeside Audio Rentals Inc.", "Invoice_LA-20417.pdf", mail_from="quickbooks@notification.intuit.com",
               headers=["Reply-To: billing@lakesideaudio.com"],
               note="QuickBooks-like, USD, Chicago sales tax 10.25% on rentals only, BILL TO and SHIP TO side by side, Net 30, wire/ACH (iban null).")

    # --- Zoho: an Amsterdam analytics company billing in English
    cb = seller(name="Cloudberry Analytics B.V.", street="Danzigerkade 23C", city="1013 AP Amsterdam", country="The Netherlands",
                vat_line="VAT NL862214903B01", email="finance@cloudberry-analytics.com", iban=iban("NL", "BUNQ"))
    for deb, num, lines, tdays, short, dep in [
        (dict(name="Nordlicht Retail GmbH", email="rechnungseingang@nordlicht-retail.de", business=True,
              block=["Nordlicht Retail GmbH", "Ost-West-Straße 70", "20457 Hamburg", "Germany", "VAT ID DE298114502"]),
         "INV-000412", [("Dashboard implementation (fixed fee)", 1, 1200000, 0), ("Data warehouse set-up, hours", 26, 13500, 0),
                        ("Licence Cloudberry Pro, 12 seats, Q1 2027", 12, 4900, 0)], 30, "Net 30", [("Payment Made", 600000)]),
        (dict(name="Fenwick Labs Ltd", email="invoices@fenwicklabs.ie", business=True,
              block=["Fenwick Labs Ltd", "Ms Orla Byrne", "Grand Canal Dock", "Dublin 2, D02 R590", "Ireland"]),
         "INV-000419", [("Churn model review workshop", 2, 145000, 0), ("Travel expenses (flights, hotel)", 1, 61340, 0)], 15, "Net 15", [])]:
        v = Inv(lang="en", seller=cb, debtor=deb, number=num, issue=issue_day(), term_days=tdays, term_short=short, lines=lines,
                deposits=dep)
        v.pages = lay_zoho(v)
        # reverse charge note on the PDF
        v.pages[0].text(40, 720, "VAT reverse charged - Article 196 of Council Directive 2006/112/EC.", 8)
        pdf_record(v, "zoho", "Invoice - %s from Cloudberry Analytics B.V." % num,
                   "Dear Customer,\n\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.\n\nINVOICE AMOUNT: €%s\nInvoice No: %s\nInvoice Date: %s\nDue Date: %s\n\nRegards,\nCloudberry Analytics B.V.\n" % (
                       money(v.due_amt, "en"), num, mk.date(v.issue, "short-en"), mk.date(v.due, "short-en")),
                   "Cloudberry Analytics B.V.", "%s.pdf" % num, mail_from="message-service@sender.zohoinvoice.eu",
                   headers=["Reply-To: finance@cloudberry-analytics.com"], late=late(),
                   note="Zoho-like: 'Balance Due' in the top right, Terms '%s', reverse charge (0%% VAT rows)%s." % (
                       short, "; a 'Payment Made' of €6,000.00 subtracted, so the balance due differs from the total" if dep else ""))

    # --- FreshBooks: a Zürich translation agency in CHF, rounding
    alp = seller(name="Alpine Copy & Translate GmbH", street="Badenerstrasse 141", city="8004 Zürich", country="Switzerland",
                 phone="+41 44 555 21 90", email="invoices@alpinecopy.ch", vat="CHE-409.112.375 MWST", iban=iban("CH", "00700"),
                 bank="Zürcher Kantonalbank")
    deb = dict(name="Sarah Klein", email="sarah.klein@bluewin.ch", business=False,
               block=["Sarah Klein", "Rotbuchstrasse 12", "8037 Zürich"])
    v = Inv(lang="en", seller=alp, debtor=deb, number="0000217", issue=issue_day(), term_days=30, currency="CHF", round5=True,
            term_text="Payable within 30 days of the date of issue.",
            lines=[("Certified translation, birth certificate (DE>EN)", 1, 9500, 8.1),
                   ("Certified translation, diploma with transcript", 3, 6800, 8.1), ("Apostille handling and courier", 1, 4250, 8.1)])
    v.pages = lay_freshbooks(v)
    pdf_record(v, "freshbooks", "Alpine Copy & Translate GmbH sent you an invoice (0000217)",
               "Alpine Copy & Translate GmbH sent you an invoice for CHF %s that's due on %s.\n\nView Invoice: https://my.freshbooks.com/#/invoice/%d\n\nWe appreciate your business.\n" % (
                   money(v.due_amt, "ch"), mk.date(v.due, "long", "en"), RNG.randint(10 ** 8, 10 ** 9)),
               "Alpine Copy & Translate GmbH", "Invoice 0000217.pdf", mail_from="noreply@freshbooks.com",
               headers=["Reply-To: invoices@alpinecopy.ch"], late=late(),
               note="FreshBooks-like in CHF: amount 1'234.55 style, 8.1% MWST and a rounding line to 5 Rappen; number with leading zeros; dates DD/MM/YYYY.")

    # --- Word, SEK: a Malmö illustrator billing a Dutch agency
    elin = seller(name="Elin Sundqvist", street="Södra Förstadsgatan 40", city="211 43 Malmö", country="Sweden",
                  email="elin@sundqvist-illustration.se", kvk="19880712-4422", vat="SE880712442201", iban=iban("SE"),
                  bank="Swedbank", bic="SWEDSESS")
    deb = dict(name="Bureau Ooievaar B.V.", email="administratie@bureau-ooievaar.nl", business=True, vatno="NL857731190B01",
               block=["Bureau Ooievaar B.V.", "Laan van Meerdervoort 52", "2517 AM Den Haag", "Netherlands"])
    v = Inv(lang="en", seller=elin, debtor=deb, number="2026-14", issue=issue_day(), term_days=30, term_short="30 days net",
            currency="SEK", lines=[("Illustrations for 'Stadsvogels' campaign, 6 pieces", 6, 450000, 0),
                                   ("Hand-lettered headline set", 1, 380000, 0), ("Extra revision round", 1, 95000, 0)])
    v.pages = lay_word_en_sek(v)
    pdf_record(v, "word", "Invoice 2026-14 - Stadsvogels illustrations", "Hi Maarten,\n\nAttached is my invoice for the Stadsvogels illustrations. Payment in SEK to my Swedbank account please (IBAN on the invoice).\n\nThanks again, it was a lovely project!\n\nBest,\nElin\n", "Elin Sundqvist",
               "Sundqvist_invoice_2026-14.pdf", to_name="Maarten de Wit", late=late(),
               note="Word invoice in SEK: amounts '27 000,00 kr' (space thousands, comma decimals) and 'SEK 35 750,00'; ISO dates; reverse charge; personal ID-style org number.")

    # --- Excel: a UK plumber to a private client
    pr = seller(name="J. Pritchard Plumbing & Heating", street="3 Chapel Row", city="Cardiff CF5 2LN", phone="07700 914 552",
                email="jon@pritchardplumbing.co.uk", vat="GB 274 9921 07", iban=iban("GB", "LOYD"), holder="Jon Pritchard")
    pr["acct"] = pr["iban"][-8:]
    pr["sort"] = "%s-%s-%s" % (pr["iban"][8:10], pr["iban"][10:12], pr["iban"][12:14])
    deb = dict(name="Helen Carter", email="helencarter62@yahoo.co.uk", business=False,
               block=["Mrs H. Carter", "19 Llandaff Road", "Cardiff CF11 9NG"])
    v = Inv(lang="en", seller=pr, debtor=deb, number="0784", issue=issue_day(), term_days=14, currency="GBP",
            term_text="within two weeks", project="Combi boiler replacement",
            lines=[("Worcester Bosch 30i combi boiler", 1, 124500, 20), ("Magnetic filter + flush", 1, 18500, 20),
                   ("Labour (2 days)", 2, 32000, 20), ("Old boiler removal & disposal", 1, 6000, 20)])
    v.pages = lay_excel_uk(v)
    v.debtor = dict(deb, name="H. Carter")
    pdf_record(v, "excel", "Invoice 0784 - boiler", "Hi Mrs Carter,\n\nInvoice for the new boiler attached. Warranty registration is done, you'll get the paperwork from Worcester in the post.\n\nCheers,\nJon\n", "Jon Pritchard",
               "Invoice 0784 Carter.xlsx.pdf", to_name="Helen Carter", late=late(),
               note="Excel sheet: grid with the pound sign in its own cell, 'payable within two weeks'; the addressee printed 'Mrs H. Carter'.")

    # --- Twinfield in English with UBL files: a marine supplier (advance received) and an events AV firm
    for sel, deb, num, lines, dep, tdays, tt, units in [
        (seller(name="Vanderlaan Marine Supplies B.V.", street="Westhavenweg 61", city="1042 AL Amsterdam", cc="NL",
                email="invoicing@vanderlaanmarine.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), bic="INGBNL2A"),
         dict(name="North Sea Tenders Ltd", email="purchase.ledger@northseatenders.co.uk", business=True, debnr="C-20731",
              street="Albert Dock 7", city="Hull HU1 2DP", cc="GB", vatno="GB771203948", ref="PO NST-5510",
              block=["North Sea Tenders Ltd", "Purchase Ledger", "Albert Dock 7", "Hull HU1 2DP", "United Kingdom"]),
         "26-90244", [("Mooring line 24 mm, 220 m coil", 3, 61800, 0), ("Stainless shackle 16 mm", 40, 1895, 0),
                      ("Fender 1200 x 300 mm", 6, 18900, 0)], [("Advance received", 100000)], 30, "within 30 days of the invoice date",
         ["C62", "H87", "H87"]),
        (seller(name="Beamwise AV Services B.V.", street="Europalaan 400", city="3526 KS Utrecht", cc="NL",
                email="accounts@beamwise.nl", kvk=kvk(), vat=nl_vat(), iban=iban("NL"), bic="RABONL2U"),
         dict(name="Meridian Congress Partners B.V.", email="invoices@meridiancongress.nl", business=True, debnr="C-10088",
              street="Keizersgracht 555", city="1017 DR Amsterdam", cc="NL", vatno=nl_vat(), ref="ECR 2026 Amsterdam",
              block=["Meridian Congress Partners B.V.", "Keizersgracht 555", "1017 DR Amsterdam"]),
         "BW-1120", [("Projector 20K lumen incl. lens, 3 days", 2, 96000, 21), ("LED wall 5 x 3 m, 3 days", 1, 420000, 21),
                     ("Technician days", 9, 52000, 21), ("Transport (2 trucks)", 2, 39500, 21)], [], 21, "within 21 days",
         ["DAY", "DAY", "DAY", "C62"])]:
        v = Inv(lang="en", seller=sel, debtor=deb, number=num, issue=issue_day(), term_days=tdays, term_text=tt, dfmt="short-en",
                lines=lines, deposits=dep, ubl_units=units, ubl_cust="urn:cen.eu:en16931:2017")
        v.reference = rf_ref(num.replace("-", ""))
        v.ref_print = rf_spaced(v.reference)
        v.pages = lay_twinfield(v, "en")
        x = ubl(v, "Intra-community supply, VAT reverse charged" if deb["cc"] != "NL" else "")
        pdf_record(v, "twinfield", "Invoice %s - %s" % (num, sel["name"]),
                   "Dear Sir or Madam,\n\nPlease find attached invoice %s as a PDF file and as a UBL e-invoice.\n\nKind regards,\n\n%s\nAccounts department\n" % (num, sel["name"]),
                   sel["name"], "Invoice %s.pdf" % num, kind="pdf+ubl", late=late())
        r = RECORDS[-1]
        r["eml"] = attach_ubl(r["eml"], "%s.xml" % num, x)
        r["ubl"] = x
        r["note"] = ("Twinfield-like in English with a UBL 2.1 file; RF creditor reference printed in groups (labelled 'Payment reference', the UBL PaymentID)"
                     + ("; 0% intra-community, an advance of 1,000.00 subtracted (UBL PrepaidAmount)." if dep else "; term 'within 21 days' beside a printed due date."))

    # --- typed in the mail: a Dublin tutor, a Dutch consultancy writing in English
    s = seller(name="Niamh Gallagher", email="niamh.gallagher.tutoring@gmail.com", iban=iban("IE", "AIBK"))
    deb = dict(name="Declan Murphy", email="declan.murphy@eircom.net", business=False)
    iss = issue_day()
    v = Inv(lang="en", seller=s, debtor=deb, number="NG-26-031", issue=iss, term_days=14,
            lines=[("Leaving Cert maths grinds for Aoife, 8 x 1 hr", 8, 4000, 0), ("Mock exam paper marking", 2, 1500, 0)])
    txt = """Hi Declan,

Hope you're all keeping well. Here's the invoice for Aoife's grinds for this term as promised.

INVOICE NG-26-031
Date: %s
Bill to: Declan Murphy, 4 Seafield Crescent, Clontarf, Dublin 3

  8 x 1 hr maths grinds @ €40.00 ........ €320.00
  2 x mock paper marking @ €15.00 ........ €30.00
                                        ---------
  Total                                  €%s

No VAT charged (education services, exempt).
Payment within 14 days please, to:
  Niamh Gallagher
  IBAN %s
  BIC AIBKIE2D

Any questions just give me a shout.

Thanks a million,
Niamh
087 441 2290""" % (mk.date(iss, "long", "en"), money(v.total, "en"), ibans(s["iban"]))
    body_record(v, "typed", "body-text", "Invoice for Aoife's grinds", "Niamh Gallagher", text=txt, to_name="Declan Murphy",
                note="Typed in the mail (Irish English): dotted leaders, '€350.00', 'Payment within 14 days please'; the pupil named is not the debtor.")

    s = seller(name="Kade Twaalf Consultancy", email="finance@kadetwaalf.nl", iban=iban("NL", "INGB"))
    deb = dict(name="Solvik Maritime AS", email="faktura@solvikmaritime.no", business=True)
    iss = issue_day()
    v = Inv(lang="en", seller=s, debtor=deb, number="KT-2026-0091", issue=iss, term_days=30,
            lines=[("Port logistics advisory, October (hours)", 42, 14500, 0), ("Site visit Rotterdam, travel", 1, 38740, 0)])
    txt = """Dear Mr Halvorsen,

As discussed, please find the invoice details for October below. Our finance system is being migrated, so this time the invoice comes in the body of this e-mail rather than as a PDF. A formal copy will follow on request.

Invoice number:   KT-2026-0091
Invoice date:     %s
Customer:         Solvik Maritime AS, Strandkaien 14, 5013 Bergen, Norway
Customer VAT:     NO 982 114 607 MVA
Terms:            Net 30

Port logistics advisory, October - 42.0 hrs x EUR 145.00   EUR %s
Site visit Rotterdam 14 Oct, travel and accommodation      EUR %s
VAT: 0%% - services to a business outside the EU (art. 44 VAT Directive)

TOTAL DUE                                                   EUR %s

Bank: ING Bank N.V., IBAN %s, BIC INGBNL2A
Account holder: Kade Twaalf Consultancy B.V.

Kind regards,

Sanne Kooistra
Finance | Kade Twaalf Consultancy
Wijnhaven 12, 3011 WN Rotterdam
KvK %s""" % (mk.date(iss, "us"), money(42 * 14500, "en"), money(38740, "en"), money(v.total, "en"), ibans(s["iban"]), kvk())
    body_record(v, "typed", "body-text", "Invoice KT-2026-0091 (October)", "Kade Twaalf Finance", text=txt, to_name="Erik Halvorsen",
                note="Invoice typed in the mail by a Dutch consultancy in English; 'Net 30'; US-style date ('November 3, 2026'); a Norwegian customer with its VAT number.")

    # --- HTML: a yoga studio's workshop invoice
    s = seller(name="Saltwater Yoga", email="hello@saltwateryoga.ie", iban=iban("IE"))
    deb = dict(name="Grace O'Connell", email="grace.oconnell@icloud.com", business=False)
    iss = issue_day()
    due = iss + datetime.timedelta(days=7)
    v = Inv(lang="en", seller=s, debtor=deb, number="SY-0412", issue=iss, term_days=7,
            lines=[("Teacher training module 3 (weekend)", 1, 39500, 0), ("Course manual", 1, 2500, 0)])
    html = """<!DOCTYPE html><html><body style="margin:0;background:#f4efe8">
<table align="center" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333" cellpadding="18">
<tr><td><h1 style="font-weight:300;letter-spacing:2px">SALTWATER YOGA</h1>
<p>Hi Grace,</p>
<p>Thanks so much for signing up for module 3! Here's your invoice &ndash; your place is confirmed once it's paid.</p>
<table width="100%%" cellpadding="6" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:14px">
<tr><td style="color:#888">Invoice</td><td align="right">SY-0412</td></tr>
<tr><td style="color:#888">Issued</td><td align="right">%s</td></tr>
<tr><td style="color:#888">Due</td><td align="right">%s</td></tr>
<tr><td style="color:#888">Billed to</td><td align="right">Grace O'Connell<br>22 Strand Road, Sandymount, Dublin 4</td></tr>
</table>
<table width="100%%" cellpadding="6" style="font-size:14px">
<tr><td>Teacher training module 3 (weekend)</td><td align="right">&euro;395.00</td></tr>
<tr><td>Course manual</td><td align="right">&euro;25.00</td></tr>
<tr><td><b>Amount due</b></td><td align="right"><b>&euro;%s</b></td></tr>
</table>
<p style="font-size:13px">Please pay by bank transfer to Saltwater Yoga Ltd, IBAN %s, and mention the invoice number <b>SY-0412</b> with your payment. Education services are VAT exempt.</p>
<p>Namaste,<br>Clodagh</p>
</td></tr></table></body></html>""" % (mk.date(iss, "us"), mk.date(due, "us"), money(v.total, "en"), ibans(s["iban"]))
    body_record(v, "html-template", "body-html", "Your invoice SY-0412 - Module 3", "Saltwater Yoga", html=html, late=late(),
                note="Responsive HTML mail with label/value rows and a printed due date (US-style 'December 3, 2026'); 'mention the invoice number' is not a labelled payment reference.")


# ================================================================ German invoices

def de_invoices():
    # --- lexoffice (DIN 5008): an electrician, twice, and a joinery's final invoice with a deduction
    kranz = seller(name="Elektro Kranz GmbH", street="Lindenstraße 12", city="34117 Kassel", phone="0561 7392 40",
                   email="rechnung@elektro-kranz.de", web="www.elektro-kranz.de", vat=de_vat(), stnr="026 234 51873",
                   court="AG Kassel HRB 18832", iban=iban("DE"), bic="HELADEF1KAS", bank="Kasseler Sparkasse", holder="Tobias Kranz")
    for deb, num, lines, units, tdays, tt, leist, intro in [
        (dict(name="Bäckerei Sommer GmbH", email="buchhaltung@baeckerei-sommer.de", business=True, debnr="10233",
              salut="Sehr geehrte Frau Sommer,",
              block=["Bäckerei Sommer GmbH", "Frau Claudia Sommer", "Friedrich-Ebert-Straße 88", "34119 Kassel"]),
         "RE-2026-0871", [("Austausch Unterverteilung Backstube", 1, 148000, 19), ("Fehlerstromschutzschalter 40 A", 4, 4890, 19),
                          ("Arbeitszeit Elektromeister", 6.5, 7200, 19), ("Arbeitszeit Geselle", 6.5, 5600, 19)],
         ["Pausch.", "Stk.", "Std.", "Std."], 14, "Zahlbar innerhalb von 14 Tagen ohne Abzug.", None,
         "wir bedanken uns für Ihren Auftrag und stellen Ihnen folgende Leistungen in Rechnung:"),
        (dict(name="Markus Ebert", email="m.ebert@t-online.de", business=False, debnr="10418", salut="Sehr geehrter Herr Ebert,",
              block=["Herrn", "Markus Ebert", "Am Weinberg 5", "34128 Kassel"]),
         "RE-2026-0893", [("Wallbox 11 kW liefern und montieren", 1, 89000, 19), ("Mantelleitung NYM-J 5x6, m", 18, 740, 19),
                          ("Anfahrt", 1, 3900, 19)], ["Stk.", "m", "Pausch."], 10,
         "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 10 Tagen auf unser unten genanntes Konto.", None,
         "vielen Dank für Ihren Auftrag. Für die Installation Ihrer Wallbox berechnen wir Ihnen:")]:
        iss = issue_day()
        v = Inv(lang="de", seller=kranz, debtor=deb, number=num, issue=iss, term_days=tdays, term_text=tt, lines=lines, units=units,
                intro=intro, leistung=mk.date(iss - datetime.timedelta(days=RNG.randint(2, 9)), "dmy."))
        v.pages = lay_lexoffice(v)
        pdf_record(v, "lexoffice", "Rechnung %s" % num,
                   "%s\n\nanbei erhalten Sie unsere Rechnung %s.\n\nBei Fragen stehen wir Ihnen gerne zur Verfügung.\n\nMit freundlichen Grüßen\nTobias Kranz\nElektro Kranz GmbH\n" % (deb["salut"], num),
                   "Elektro Kranz GmbH", "Rechnung_%s.pdf" % num, late=late(),
                   note="lexoffice-like DIN 5008 letter: return-address line, information block on the right (Kundennr., Datum, Leistungsdatum), %s" % (
                       "contact under the company; 'Zahlbar innerhalb von 14 Tagen ohne Abzug'." if deb["business"] else "'Herrn' on its own line above the name; 10-day term in a sentence."))
    brandt = seller(name="Holzwerk Brandt", street="Mühlenweg 3", city="49076 Osnabrück", phone="0541 128 55 0",
                    email="buero@holzwerk-brandt.de", web="www.holzwerk-brandt.de", vat=de_vat(), stnr="066/137/40921",
                    court="Inh. Stefan Brandt", iban=iban("DE"), bic="NOLADE22XXX", bank="Sparkasse Osnabrück", holder="Stefan Brandt")
    deb = dict(name="Petra und Jan Lorenz", email="lorenz.familie@web.de", business=False, debnr="2088",
               salut="Sehr geehrte Frau Lorenz, sehr geehrter Herr Lorenz,",
               block=["Petra und Jan Lorenz", "Heger-Tor-Wall 19", "49078 Osnabrück"])
    iss = issue_day()
    v = Inv(lang="de", seller=brandt, debtor=deb, number="2026-112", issue=iss, term_days=21,
            term_text="Zahlbar innerhalb von 21 Tagen ab Rechnungsdatum ohne Abzug.",
            intro="nach Abschluss der Arbeiten berechnen wir Ihnen wie folgt:", leistung="KW 44-45/2026",
            lines=[("Einbauküche Eiche massiv lt. Angebot A-2026-061", 1, 1480000, 19), ("Arbeitsplatte Naturstein", 1, 236000, 19),
                   ("Montage (Std.)", 22, 6200, 19)], units=["Pausch.", "Stk.", "Std."],
            deposits=[("abzgl. Abschlagsrechnung 2026-098", 1000000)])
    v.pages = lay_lexoffice(v)
    pdf_record(v, "lexoffice", "Schlussrechnung 2026-112 Küche", "Sehr geehrte Familie Lorenz,\n\nanbei unsere Schlussrechnung für Ihre neue Küche. Die Abschlagsrechnung 2026-098 vom 05.10.2026 (10.000,00 € brutto), die Sie bereits bezahlt haben, ist abgezogen.\n\nWir wünschen Ihnen viel Freude damit!\n\nMit freundlichen Grüßen\nStefan Brandt\n\nHolzwerk Brandt - Tischlerei & Innenausbau\n",
               "Holzwerk Brandt", "Schlussrechnung_2026-112.pdf", to_name="Jan Lorenz", late=late(),
               note="Schlussrechnung: an earlier Abschlagsrechnung (10.000,00 €) subtracted below the gross total; 'Zahlbetrag' is the amount due; 21 days from the invoice date.")

    # --- sevDesk: an IT service, two invoices and a Gutschrift
    hof = seller(name="Hofmann IT-Service", tag="Netzwerk · Server · Support", street="Bahnhofstraße 7", city="91301 Forchheim",
                 email="rechnungen@hofmann-it.de", vat=de_vat(), iban=iban("DE"), bic="GENODEF1FOH", bank="VR Bank Bamberg-Forchheim")
    for deb, num, lines, tdays, tt, ref, credit, orig, intro in [
        (dict(name="Physiotherapie am Markt GbR", email="praxis@physio-am-markt.de", business=True, debnr="K-1044", ref="Mail v. 02.10.",
              block=["Physiotherapie am Markt GbR", "z. Hd. Herrn Dr. Wenzel", "Marktplatz 4", "91301 Forchheim"]),
         "RE-1733", [("NAS Synology DS923+ inkl. 4x 8 TB", 1, 139900, 19), ("Einrichtung Datensicherung, Std.", 4, 8900, 19),
                     ("Wartungsvertrag Dezember", 1, 4900, 19)], 30, "Zahlbar innerhalb von 30 Tagen ohne Abzug.", True, False, None,
         "für die erbrachten Leistungen erlauben wir uns, Ihnen Folgendes zu berechnen:"),
        (dict(name="Ingrid Wolters", email="ingrid.wolters@gmx.de", business=False, debnr="K-1102",
              block=["Frau", "Ingrid Wolters", "Kirchplatz 2", "91320 Ebermannstadt"]),
         "RE-1741", [("Vor-Ort-Service PC/Drucker, Std.", 1.5, 8900, 19), ("Anfahrtspauschale Zone 2", 1, 3500, 19),
                     ("WLAN-Repeater", 1, 6490, 19)], 14, "Zahlbar innerhalb von 14 Tagen netto.", False, False, None,
         "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen:"),
        (dict(name="Kanzlei Rieger & Partner mbB", email="buchhaltung@rieger-partner.de", business=True, debnr="K-1012",
              block=["Kanzlei Rieger & Partner mbB", "Hauptstraße 55", "91054 Erlangen"]),
         "GS-0058", [("Gutschrift MS 365 Business, 3 Nutzer 11/2026", -3, 1260, 19),
                     ("Gutschrift doppelt berechnete Anfahrt", -1, 3500, 19)], 0, "", False, True, "RE-1702",
         "wie telefonisch besprochen schreiben wir Ihnen folgende Positionen gut:")]:
        iss = issue_day()
        v = Inv(lang="de", seller=hof, debtor=deb, number=num, issue=iss, term_days=tdays, term_text=tt, lines=lines, credit=credit,
                orig_number=orig, intro="Sehr geehrte Damen und Herren, " + intro if deb["business"] else "Sehr geehrte Frau Wolters, " + intro,
                leistung=mk.date(iss - datetime.timedelta(days=3), "dmy."))
        if ref:
            v.reference = num
            v.ref_print = num
        v.pages = lay_sevdesk(v)
        subj_ = ("Gutschrift %s zu Rechnung %s" % (num, orig)) if credit else "Ihre Rechnung %s von Hofmann IT-Service" % num
        body = ("Guten Tag,\n\nim Anhang finden Sie die Gutschrift %s zur Rechnung %s. Der Betrag wird mit der nächsten Rechnung verrechnet.\n\nViele Grüße\nMichael Hofmann\n" % (num, orig)
                if credit else "Guten Tag,\n\nim Anhang erhalten Sie Ihre Rechnung %s.\n\nViele Grüße\nMichael Hofmann\nHofmann IT-Service\n\n-- \nDiese E-Mail wurde mit sevDesk versendet.\n" % num)
        pdf_record(v, "sevdesk", subj_, body, "Hofmann IT-Service", ("Gutschrift_%s.pdf" if credit else "Rechnung_%s.pdf") % num,
                   late=late(),
                   note=("sevDesk-like Gutschrift (Rechnungskorrektur) to invoice RE-1702: negative amounts." if credit else
                         "sevDesk-like: details right of the window%s; %s" % (
                             ", a labelled 'Verwendungszweck: RE-1733'" if ref else "", tt)))

    # --- Billomat: a seminar house, two invoices with an Anzahlung
    lin = seller(name="Seminarhaus Lindenhof", street="Dorfstraße 21", city="17258 Feldberger Seenlandschaft", phone="039831 5570",
                 email="buchung@seminarhaus-lindenhof.de", web="seminarhaus-lindenhof.de", stnr="079/213/05517", iban=iban("DE"),
                 bank="Müritz-Sparkasse")
    for deb, num, lines, dep, tdays, short, tt in [
        (dict(name="Vertriebsakademie Nord GmbH", email="rechnungen@vertriebsakademie-nord.de", business=True, debnr="4410",
              salut="Sehr geehrte Damen und Herren,",
              block=["Vertriebsakademie Nord GmbH", "Buchhaltung", "Am Sandtorkai 41", "20457 Hamburg"]),
         "RG-26-0319", [("Seminarraum 'Eiche' 3 Tage", 3, 38000, 19), ("Übernachtung EZ, 14 Pers. x 2 Nächte", 28, 8900, 7),
                        ("Tagungspauschale Verpflegung", 42, 4500, 19)], [("abzgl. Anzahlung vom 14.08.2026", 200000)], 14, "14 Tage",
         "Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug."),
        (dict(name="Claudia Reinhardt", email="claudia.reinhardt@posteo.de", business=False, debnr="4433",
              salut="Liebe Frau Reinhardt,",
              block=["Claudia Reinhardt", "Kastanienallee 77", "10435 Berlin"]),
         "RG-26-0327", [("Yoga-Retreat 'Stille im Herbst', DZ zur Alleinnutzung", 1, 64000, 7), ("Kursgebühr", 1, 29412, 19)],
         [("abzgl. Anzahlung", 20000)], 7, "7 Tage", "Bitte zahlen Sie den offenen Betrag innerhalb von 7 Tagen.")]:
        v = Inv(lang="de", seller=lin, debtor=deb, number=num, issue=issue_day(), term_days=tdays, term_short=short, term_text=tt,
                lines=lines, deposits=dep, intro="vielen Dank für Ihren Aufenthalt im Seminarhaus Lindenhof. Wir berechnen Ihnen:")
        v.pages = lay_billomat(v)
        pdf_record(v, "billomat", "Rechnung %s - Seminarhaus Lindenhof" % num,
                   "%s\n\nim Anhang senden wir Ihnen die Rechnung %s. Die bereits geleistete Anzahlung ist berücksichtigt.\n\nHerzliche Grüße aus der Uckermark\nJana Voss\nSeminarhaus Lindenhof\n" % (deb["salut"], num),
                   "Seminarhaus Lindenhof", "Rechnung-%s.pdf" % num, late=late(),
                   note="Billomat-like: a full-width row of header columns (Rechnung, Datum in words, Kundennummer, Zahlungsziel '%s'); 7%% lodging and 19%%; an Anzahlung subtracted to the 'Offener Betrag'." % short)

    # --- Swiss Excel: a painter, CHF with rounding
    bue = seller(name="Malerei Bühler GmbH", street="Zürcherstrasse 190", city="8406 Winterthur", phone="052 203 41 77", place="Winterthur",
                 email="buero@malerei-buehler.ch", vat="CHE-115.428.902 MWST", iban=iban("CH", "81487"), bank="Raiffeisenbank Winterthur",
                 holder="Reto Bühler")
    for deb, num, lines in [
        (dict(name="Stefan und Monika Gerber", email="gerber.seen@bluewin.ch", business=False, ref="Wohnung 2. OG, Seenerstrasse 8",
              block=["Herr und Frau", "Stefan und Monika Gerber", "Seenerstrasse 8", "8405 Winterthur"]),
         "2026-147", [("Wände und Decken streichen, 3.5-Zimmer", 1, 486000, 8.1), ("Abdeck- und Schutzarbeiten", 1, 42000, 8.1),
                      ("Türrahmen lackieren", 7, 9500, 8.1)]),
        (dict(name="Immobilien Treuhand Seewen AG", email="kreditoren@itseewen.ch", business=True, ref="Liegenschaft Lindstrasse 33",
              block=["Immobilien Treuhand Seewen AG", "Bewirtschaftung", "Lindstrasse 33", "8400 Winterthur"]),
         "2026-152", [("Treppenhaus streichen (4 Geschosse)", 1, 725000, 8.1), ("Geländer schleifen und lackieren", 36, 4800, 8.1),
                      ("Material", 1, 61835, 8.1)])]:
        v = Inv(lang="de", seller=bue, debtor=deb, number=num, issue=issue_day(), term_days=30, currency="CHF", round5=True,
                term_text="Zahlbar innert 30 Tagen netto.", lines=lines)
        v.pages = lay_excel_ch(v)
        pdf_record(v, "excel", "Rechnung %s Malerarbeiten" % num,
                   "Grüezi\n\nIm Anhang die Rechnung für die Malerarbeiten (%s).\n\nFreundliche Grüsse\nReto Bühler\nMalerei Bühler GmbH\n" % deb["ref"],
                   "Malerei Bühler GmbH", "Rechnung %s.pdf" % num, late=late(),
                   note="Swiss Excel sheet in CHF: 1'234.55 amounts, 8.1% MWST and a Rundungsdifferenz line that is part of the total; 'zahlbar innert 30 Tagen netto'.")

    # --- Word, Kleinunternehmer: a tailoring studio
    mk_ = seller(name="Nähatelier Stichfest", street="Gartenstraße 9", city="72070 Tübingen", phone="07071 5519 03", place="Tübingen",
                 email="info@naehatelier-stichfest.de", stnr="86162/41208", iban=iban("DE"), bank="Kreissparkasse Tübingen",
                 holder="Maria Kowalski")
    deb = dict(name="Sabine Thiel", email="sabine.thiel@online.de", business=False,
               block=["Frau", "Sabine Thiel", "Neckarhalde 31", "72070 Tübingen"])
    iss = issue_day()
    due = D(2026, 12, 18) if iss < D(2026, 12, 4) else iss + datetime.timedelta(days=14)
    v = Inv(lang="de", seller=mk_, debtor=deb, number="17", issue=iss, term_days=(due - iss).days,
            term_text="Bitte überweisen Sie den Betrag bis zum %s." % mk.date(due, "dmy."),
            intro=["Liebe Frau Thiel,", "", "für die Änderungsarbeiten an Ihrem Brautkleid und dem Bolero berechne ich:"],
            lines=[("Brautkleid kürzen und Taille anpassen", 1, 18500, 0), ("Bolero nach Maß, inkl. Stoff", 1, 24000, 0),
                   ("Knopfleiste neu einsetzen", 1, 3500, 0)])
    v.reference = "Rechnung 17 Thiel"
    v.ref_print = v.reference
    v.pages = lay_word_de(v)
    pdf_record(v, "word", "Rechnung Nr. 17", "Liebe Frau Thiel,\n\nanbei wie besprochen die Rechnung. Es war mir eine Freude!\n\nViele Grüße\nMaria Kowalski\nNähatelier Stichfest\n", "Maria Kowalski",
               "Rechnung 17 Thiel.pdf", late=late(),
               note="Kleinunternehmer (§ 19 UStG, no VAT) Word letter: a bare number '17', a due date printed as 'bis zum 18.12.2026', a labelled Verwendungszweck that is not the number.")

    # --- lexoffice with an XRechnung (UBL): scaffolding for a housing company
    pet = seller(name="Gerüstbau Petersen GmbH", street="Industriestraße 44", city="21423 Winsen (Luhe)", phone="04171 66 23 0",
                 email="rechnung@petersen-geruest.de", web="www.petersen-geruest.de", vat=de_vat(), stnr="51/203/11847",
                 court="AG Lüneburg HRB 207713", iban=iban("DE"), bic="NOLADE21WIN", bank="Sparkasse Harburg-Buxtehude",
                 holder="Kai Petersen", cc="DE")
    deb = dict(name="Wohnungsbaugesellschaft Nordheide mbH", email="eingangsrechnungen@wbg-nordheide.de", business=True, debnr="30071",
               salut="Sehr geehrte Damen und Herren,", street="Rathausstraße 2", city="21244 Buchholz", cc="DE", vatno=de_vat(),
               ref="Leitweg 03-5326-WBG", block=["Wohnungsbaugesellschaft Nordheide mbH", "Technik / Instandhaltung", "Rathausstraße 2",
                                                  "21244 Buchholz in der Nordheide"])
    iss = issue_day()
    v = Inv(lang="de", seller=pet, debtor=deb, number="R26-04417", issue=iss, term_days=30,
            term_text="Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug. Verwendungszweck: R26-04417",
            intro="für die Einrüstung des Objekts Birkenweg 10-14 berechnen wir:", leistung="01.09.-%s" % mk.date(iss, "dmy."),
            lines=[("Fassadengerüst LG 0,70, Auf- und Abbau, m²", 612, 1150, 19), ("Gerüstmiete ab der 5. Woche, m² x Woche", 2448, 95, 19),
                   ("Schutznetz, m²", 612, 180, 19)], units=["m²", "m²Wo", "m²"],
            ubl_units=["MTK", "MTK", "MTK"], ubl_cust="urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0")
    v.reference = "R26-04417"
    v.pages = lay_lexoffice(v)
    x = ubl(v)
    pdf_record(v, "lexoffice", "Rechnung R26-04417 (XRechnung)",
               "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung R26-04417 als PDF sowie als XRechnung (UBL).\n\nMit freundlichen Grüßen\nBuchhaltung Gerüstbau Petersen GmbH\n",
               "Gerüstbau Petersen GmbH", "Rechnung_R26-04417.pdf", kind="pdf+ubl", late=late())
    r = RECORDS[-1]
    r["eml"] = attach_ubl(r["eml"], "R26-04417_xrechnung.xml", x)
    r["ubl"] = x
    r["note"] = "DIN 5008 PDF plus an XRechnung in UBL syntax; the customer's Leitweg-ID only in the UBL BuyerReference; Verwendungszweck = the number (UBL PaymentID); quantities in m²."

    # --- typed in the mail: a caretaker service and a private tutor
    s = seller(name="Hausmeisterservice Yılmaz", email="info@hausmeister-yilmaz.de", iban=iban("DE"))
    deb = dict(name="Hausverwaltung Krüger & Sohn", email="verwaltung@krueger-hv.de", business=True)
    iss = issue_day()
    v = Inv(lang="de", seller=s, debtor=deb, number="2026-0211", issue=iss, term_days=14,
            lines=[("Winterdienst Pauschale November, Objekt Goethestraße 14", 1, 18000, 19),
                   ("Treppenhausreinigung 4x", 4, 6500, 19), ("Austausch Leuchtmittel Keller, Material", 1, 2380, 19)])
    txt = """Sehr geehrte Frau Krüger,

hiermit stelle ich Ihnen folgende Leistungen in Rechnung:

Rechnungsempfänger: Hausverwaltung Krüger & Sohn, Westenhellweg 61, 44137 Dortmund
Rechnung Nr. 2026-0211 vom %s
Objekt: Goethestraße 14, 44147 Dortmund
Leistungszeitraum: November 2026

Winterdienst Pauschale November .................. 180,00 EUR
Treppenhausreinigung 4 x 65,00 ................... 260,00 EUR
Leuchtmittel Keller (Material) .................... 23,80 EUR
-----------------------------------------------------------
Netto                                             %s EUR
zzgl. 19%% MwSt.                                    %s EUR
Gesamtbetrag                                      %s EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug auf folgendes Konto:
Sparkasse Dortmund
IBAN: %s
Kontoinhaber: Mehmet Yılmaz

Mit freundlichen Grüßen
Mehmet Yılmaz
Hausmeisterservice Yılmaz
Steuernummer 314/5128/0937
Tel. 0171 8832 410""" % (mk.date(iss, "dmy."), money(v.net, "de"), money(v.vat_total, "de"), money(v.total, "de"), ibans(s["iban"]))
    body_record(v, "typed", "body-text", "Rechnung 2026-0211 Hausmeisterservice November", "Hausmeisterservice Yılmaz",
                text=txt, to_name="Frau Krüger (Hausverwaltung)", late=late(),
                note="Typed German invoice in the mail with dotted leaders; 'Zahlbar innerhalb von 14 Tagen ohne Abzug'; sender name with a non-ASCII letter (RFC 2047); debtor a property management firm.")

    s = seller(name="Nachhilfe Jonas Weber", email="jonas.weber.nachhilfe@gmail.com", iban=iban("DE"))
    deb = dict(name="Katrin Albers", email="k.albers@gmx.net", business=False)
    iss = issue_day(0, 30)
    last = (iss.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    v = Inv(lang="de", seller=s, debtor=deb, number="N-2026-44", issue=iss, term_days=(last - iss).days,
            lines=[("Nachhilfe Mathe (Leo), 90 min", 6, 3300, 0)])
    txt = """Hallo Frau Albers,

anbei die Abrechnung für Leos Nachhilfestunden im %s:

Rechnung an: Katrin Albers, Sielwall 52, 28203 Bremen
Rechnungsnummer: N-2026-44
Datum: %s

6 Termine à 90 Minuten, je 33,00 €  =  %s €

Als Kleinunternehmer nach § 19 UStG weise ich keine Umsatzsteuer aus.

Bitte überweisen Sie den Betrag bis Ende des Monats auf mein Konto:
Jonas Weber, IBAN %s (DKB)

Leo hat bei der letzten Arbeit übrigens eine 2- geschrieben, ich freue mich mit!

Viele Grüße
Jonas Weber""" % (mk.MONTHS["de"][(iss.month - 2) % 12] if iss.day < 10 else mk.MONTHS["de"][iss.month - 1], mk.date(iss, "dmy."),
                   money(v.total, "de"), ibans(s["iban"]))
    body_record(v, "typed", "body-text", "Abrechnung Nachhilfe", "Jonas Weber", text=txt,
                note="Typed tutoring bill to a parent (the pupil Leo is not the debtor); no VAT (§ 19); due 'bis Ende des Monats' = the last day of the invoice month.")

    # --- HTML: a coffee roaster's B2B order on account
    s = seller(name="Kaffeerösterei Bohnenglück", email="shop@bohnenglueck.de", iban=iban("DE"))
    deb = dict(name="Café Kleinod UG (haftungsbeschränkt)", email="bestellung@cafe-kleinod.de", business=True)
    iss = issue_day()
    v = Inv(lang="de", seller=s, debtor=deb, number="BG-2026-10447", issue=iss, term_days=30,
            lines=[("Espresso 'Nachtschicht' 1 kg", 12, 2290, 7), ("Filterkaffee 'Morgenrot' 1 kg", 6, 1990, 7),
                   ("Entkalker Siebträger 1 l", 2, 1450, 19)])
    rows = "".join("<tr><td style=\"padding:6px;border-bottom:1px solid #eee\">%s</td><td style=\"padding:6px;text-align:center\">%s</td><td style=\"padding:6px;text-align:right\">%s&nbsp;&euro;</td><td style=\"padding:6px;text-align:right\">%s&nbsp;&euro;</td></tr>\n" % (
        esc(dd), q, money(u, "de"), money(n, "de")) for dd, q, u, r, n in v.rows)
    vat = "".join("<tr><td colspan=\"3\" style=\"text-align:right;padding:4px\">zzgl. %s %% MwSt. auf %s&nbsp;&euro;</td><td style=\"text-align:right;padding:4px\">%s&nbsp;&euro;</td></tr>\n" % (
        r, money(n, "de"), money(vt, "de")) for r, n, vt in v.vat)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px;color:#2b1d12">
<div style="background:#2b1d12;color:#f5e6d3;padding:14px;font-size:18px">Kaffeerösterei Bohnenglück</div>
<p>Hallo liebes Team vom Café Kleinod,</p>
<p>vielen Dank für Ihre Bestellung! Sie haben <b>Kauf auf Rechnung</b> gewählt. Die Ware wurde heute an DHL übergeben.</p>
<h3>Rechnung BG-2026-10447</h3>
<p>Rechnungsdatum: %s<br>Kundennummer: 20931<br>Rechnungsadresse: Café Kleinod UG (haftungsbeschränkt), Wallstraße 12, 55122 Mainz<br>USt-IdNr. des Kunden: %s</p>
<table style="border-collapse:collapse;width:100%%">
<tr style="background:#f5e6d3"><th style="text-align:left;padding:6px">Artikel</th><th>Menge</th><th style="text-align:right">Einzelpreis (netto)</th><th style="text-align:right">Summe (netto)</th></tr>
%s<tr><td colspan="3" style="text-align:right;padding:4px">Zwischensumme netto</td><td style="text-align:right;padding:4px">%s&nbsp;&euro;</td></tr>
%s<tr><td colspan="3" style="text-align:right;padding:6px"><b>Rechnungsbetrag</b></td><td style="text-align:right;padding:6px"><b>%s&nbsp;&euro;</b></td></tr>
</table>
<p><b>Zahlungsziel: 30 Tage nach Rechnungsdatum.</b><br>Bitte überweisen Sie an: Kaffeerösterei Bohnenglück GmbH, Volksbank Darmstadt-Mainz, IBAN %s<br>Verwendungszweck: BG-2026-10447</p>
<p>Ihr Bohnenglück-Team<br><small>Kaffeerösterei Bohnenglück GmbH &middot; Rheinallee 80 &middot; 55118 Mainz &middot; HRB 49112 &middot; USt-IdNr. %s</small></p>
</body></html>""" % (mk.date(iss, "dmy."), de_vat(), rows, money(v.net, "de"), vat, money(v.total, "de"), ibans(s["iban"]), de_vat())
    v.reference = "BG-2026-10447"
    body_record(v, "webshop-html", "body-html", "Ihre Bestellung bei Bohnenglück - Rechnung BG-2026-10447", "Kaffeerösterei Bohnenglück",
                html=html, note="Shop HTML mail 'Kauf auf Rechnung' with the invoice in a table; 7% and 19% VAT; 'Zahlungsziel: 30 Tage nach Rechnungsdatum'; labelled Verwendungszweck (the number).")


# ================================================================ not invoices

def doc_pdf(head, addressee, title, pairs, cols, rows, totals, foot, money_right=539, head_right=False):
    p = mk.Page()
    if head_right:
        for i, t in enumerate(head):
            p.right(539, 56 + i * 11, t, 13 if i == 0 else 8, i == 0)
    else:
        for i, t in enumerate(head):
            p.text(56, 56 + i * 11, t, 13 if i == 0 else 8, i == 0)
    block(p, 300 if not head_right else 56, 150, addressee, 10, 13)
    p.text(56, 250, title, 15, True)
    kv(p, 56, 272, pairs, w=110, step=13)
    y = 272 + 13 * len(pairs) + 24
    if cols:
        y = table(p, y, cols, rows)
    y += 10
    for lab, val, b in totals:
        p.text(330, y, lab, 9 if not b else 10, b)
        p.right(money_right, y, val, 9 if not b else 10, b)
        y += 14
    block(p, 56, y + 30, foot, 9, 12)
    return [p]


def nl_non():
    d0 = issue_day()
    # offerte
    rows = [("Verwijderen oude dakbedekking (m²)", "64", "14,50", "928,00"), ("Isolatie PIR 120 mm (m²)", "64", "38,75", "2.480,00"),
            ("EPDM dakbedekking incl. verlijmen (m²)", "64", "42,00", "2.688,00"), ("Daktrim aluminium (m1)", "34", "18,90", "642,60")]
    pages = doc_pdf(["Dakdekkersbedrijf Hoogland", "Edisonstraat 8, 3861 NE Nijkerk", "033-245 18 90 · info@dakhoogland.nl"],
                    ["Dhr. P. van Beek", "Vlietweg 14", "3862 CK Nijkerk"], "OFFERTE",
                    [("Offertenummer", "OFF-2026-214"), ("Datum", mk.date(d0, "dmy-")), ("Geldig tot", mk.date(d0 + datetime.timedelta(days=30), "dmy-")),
                     ("Betreft", "Vernieuwen platte dak aanbouw")],
                    [(56, "left", "Omschrijving"), (360, "right", "Aantal"), (440, "right", "Prijs"), (539, "right", "Totaal")],
                    rows, [("Totaal excl. btw", "€ 6.738,60", False), ("Btw 21%", "€ 1.415,11", False), ("Totaal incl. btw", "€ 8.153,71", True)],
                    ["Voor akkoord deze offerte ondertekend retour sturen. Na akkoord plannen wij de werkzaamheden in.",
                     "Betalingsvoorwaarden bij opdracht: 30% bij aanvang, restant binnen 14 dagen na oplevering.",
                     "IBAN %s t.n.v. Dakdekkersbedrijf Hoogland" % ibans(iban("NL")), "", "Handtekening voor akkoord: ______________________"])
    non_record("snelstart", "nl", "offerte@dakhoogland.nl", "Dakdekkersbedrijf Hoogland", "P. van Beek", "pvanbeek@kpnplanet.nl",
               "Offerte OFF-2026-214 platte dak", d0,
               "An offerte (quote) to be signed for approval: nothing is owed yet.",
               text="Beste meneer Van Beek,\n\nBedankt voor uw aanvraag en de prettige kennismaking vorige week. In de bijlage vindt u onze offerte voor het vernieuwen van het platte dak.\n\nHeeft u vragen, bel gerust.\n\nMet vriendelijke groet,\nHenk Hoogland\n",
               pages=pages, fname="Offerte OFF-2026-214.pdf",
               note="Quote with a full line table, totals incl. btw, IBAN and payment conditions; 'Geldig tot' looks like a due date.")

    # order confirmation (HTML)
    d1 = issue_day()
    html = """<html><body style="font-family:Arial">
<h2>Bedankt voor je bestelling!</h2>
<p>Hoi Joyce,</p><p>We hebben je bestelling <b>#100245</b> ontvangen en gaan er direct mee aan de slag.</p>
<table cellpadding="5" border="0">
<tr><td>2x</td><td>Bureaustoel ErgoFlex zwart</td><td align="right">&euro; 398,00</td></tr>
<tr><td>1x</td><td>Monitorarm dubbel</td><td align="right">&euro; 89,95</td></tr>
<tr><td></td><td>Verzending</td><td align="right">&euro; 0,00</td></tr>
<tr><td></td><td><b>Totaal (incl. 21%% btw &euro; 84,69)</b></td><td align="right"><b>&euro; 487,95</b></td></tr>
</table>
<p>Betaalmethode: <b>Achteraf betalen op factuur (zakelijk)</b>. Je ontvangt de factuur per e-mail zodra je bestelling is verzonden.</p>
<p>Verwachte levering: %s</p>
<p>Groetjes,<br>Team Kantoorvakhuis.nl</p></body></html>""" % mk.date(d1 + datetime.timedelta(days=3), "long", "nl")
    non_record("webshop-html", "nl", "bestellingen@kantoorvakhuis.nl", "Kantoorvakhuis.nl", "Joyce Dekker", "joyce@dekkerarchitecten.nl",
               "Orderbevestiging #100245", d1, "An order confirmation: the invoice is announced for when the order ships.",
               html=html, note="Web shop order confirmation with totals and 'betalen op factuur'; it says the invoice will follow.")

    # pro-forma
    d2 = issue_day()
    rows = [("Partytent 6x12 m, huur weekend", "1", "495,00", "495,00"), ("Statafels met rok", "8", "12,50", "100,00"),
            ("Opbouw en afbouw", "1", "175,00", "175,00")]
    pages = doc_pdf(["Feestverhuur Achterhoek", "Varsseveldseweg 31, 7061 GA Terborg", "info@feestverhuurachterhoek.nl"],
                    ["Stichting Oranjecomité Silvolde", "t.a.v. de penningmeester", "Kerkplein 2", "7064 AJ Silvolde"], "PRO FORMA FACTUUR",
                    [("Nummer", "PF-26-077"), ("Datum", mk.date(d2, "dmy-")), ("Evenement", "Winterfeest 12 december 2026")],
                    [(56, "left", "Omschrijving"), (360, "right", "Aantal"), (440, "right", "Prijs"), (539, "right", "Bedrag")], rows,
                    [("Subtotaal", "€ 770,00", False), ("Btw 21%", "€ 161,70", False), ("Totaal", "€ 931,70", True)],
                    ["Dit is een pro forma factuur en geen geldige factuur voor de btw.",
                     "Wij verzoeken u het bedrag vóór de huurdatum te voldoen; na ontvangst van uw betaling",
                     "sturen wij u de definitieve factuur. IBAN %s o.v.v. PF-26-077." % ibans(iban("NL"))])
    non_record("word", "nl", "info@feestverhuurachterhoek.nl", "Feestverhuur Achterhoek", "Penningmeester Oranjecomité", "penningmeester@oranjecomitesilvolde.nl",
               "Pro forma factuur PF-26-077 winterfeest", d2, "A pro-forma: it asks for payment in advance but says it is not the invoice; the real invoice follows after payment.",
               text="Beste Wim,\n\nZoals afgesproken hierbij de pro forma factuur voor de tent en de statafels. Na betaling ontvangen jullie de echte factuur.\n\nGroet,\nRoel\n",
               pages=pages, fname="Proforma PF-26-077.pdf", note="Pro forma with IBAN, totals, a request to pay before the date; the word 'factuur' in the title.")

    # thanks for your payment
    d3 = issue_day()
    non_record("wefact", "nl", "billing@netnest.nl", "NetNest Hosting", "Pieter Zwart", "pieter@zwartfotografie.nl",
               "Betaling ontvangen voor factuur F2026-10933", d3, "A payment confirmation for an invoice already paid: nothing is due.",
               text="Beste Pieter Zwart,\n\nWij hebben uw betaling van € 187,55 voor factuur F2026-10933 in goede orde ontvangen. Hartelijk dank!\n\nFactuurnummer: F2026-10933\nFactuurdatum: %s\nBetaald bedrag: € 187,55\nOpenstaand: € 0,00\n\nMet vriendelijke groet,\nNetNest Hosting\nKanaalweg 40, Capelle aan den IJssel\n" % mk.date(d3 - datetime.timedelta(days=12), "dmy-"),
               note="Receipt with an invoice number, invoice date and an amount; 'Openstaand: € 0,00'.")

    # own typed reminder
    d4 = issue_day()
    non_record("typed", "nl", "administratie@studiokwast.nl", "Studio Kwast", "Koen Vlieger", "koen@vliegerbrouwt.nl",
               "Herinnering factuur 2026-0158", d4, "The business's own payment reminder for an earlier invoice, not a new invoice.",
               text="""Hoi Koen,

Ik zag dat factuur 2026-0158 van %s (€ 726,00, etiketontwerp Vlieger Blond) nog openstaat. De betaaltermijn van 14 dagen is inmiddels verstreken. Zou je er even naar willen kijken?

Je kunt het bedrag overmaken op %s t.n.v. Studio Kwast o.v.v. 2026-0158. Mocht het al betaald zijn, dan kun je deze mail als niet verzonden beschouwen.

Groetjes,
Femke van Dalen
Studio Kwast""" % (mk.date(d4 - datetime.timedelta(days=30), "long", "nl"), ibans(iban("NL"))),
               note="A typed reminder with an invoice number, amount, IBAN and a term: it chases an existing invoice.")

    # forwarded supplier bill
    d5 = issue_day()
    rows = [("Zakelijk Internet Pro 1 Gbit, december", "1", "89,00", "89,00"), ("Vaste IP-adressen (4)", "1", "12,50", "12,50"),
            ("Zakelijk Mobiel 3 abonnementen", "3", "24,00", "72,00")]
    pages = doc_pdf(["Telecom Zakelijk B.V.", "Postbus 10500, 2501 HM Den Haag"], ["Drukkerij Veldkamp", "Ambachtsweg 5", "6581 AD Malden"],
                    "Factuur", [("Factuurnummer", "7700912884"), ("Factuurdatum", mk.date(d5, "long", "nl")), ("Klantnummer", "3.114.209.55")],
                    [(56, "left", "Omschrijving"), (360, "right", "Aantal"), (440, "right", "Prijs"), (539, "right", "Bedrag")], rows,
                    [("Totaal excl. btw", "€ 173,50", False), ("Btw 21%", "€ 36,44", False), ("Totaal", "€ 209,94", True)],
                    ["Het bedrag wordt rond %s automatisch van uw rekening afgeschreven." % mk.date(d5 + datetime.timedelta(days=10), "long", "nl")])
    non_record("forward", "nl", "facturatie@drukkerijveldkamp.nl", "Drukkerij Veldkamp", "Boekhoudkantoor Mertens", "inkoop-veldkamp@mertens-administratie.nl",
               "Fwd: Uw factuur 7700912884 van Telecom Zakelijk", d5 + datetime.timedelta(days=1),
               "A supplier's bill addressed to the business itself, forwarded to its bookkeeper: the business owes it, it is not a receivable.",
               text="Hoi Anita,\n\nVoor de inkoopadministratie. Gaat via automatische incasso.\n\nGr. Wouter\n\n-------- Doorgestuurd bericht --------\nVan: Telecom Zakelijk <factuur@telecom-zakelijk.nl>\nOnderwerp: Uw factuur 7700912884\n\nBeste klant,\n\nUw nieuwe factuur staat voor u klaar. Het totaalbedrag van € 209,94 wordt automatisch geïncasseerd.\n\nMet vriendelijke groet,\nTelecom Zakelijk\n",
               pages=pages, fname="Factuur_7700912884.pdf", note="A genuine invoice PDF, but addressed to the sender's own company (a purchase invoice) and forwarded from the billing address.")

    # did you receive my invoice?
    d6 = issue_day()
    non_record("typed", "nl", "ruben@mulder-ict.nl", "Ruben Mulder", "Hans Timmermans", "h.timmermans@debrugschool.nl",
               "factuur ontvangen?", d6, "A question whether an earlier invoice arrived; it carries no new claim.",
               text="Hallo Hans,\n\nKorte vraag: heb je mijn factuur 2026/19 van vorige maand (€ 1.331,-) ontvangen? Ik zie hem nog niet terug in mijn bankoverzicht en wil zeker weten dat hij niet in een spamfilter is beland. Zo nodig stuur ik hem opnieuw.\n\nGroet,\nRuben\n\nMulder ICT-advies\n06-1923 5510\n",
               note="Mentions an invoice number and amount ('€ 1.331,-'); asks whether it arrived.")

    # price change letter
    d7 = issue_day()
    rows = [("Glasbewassing per beurt (tot 20 ramen)", "€ 42,50", "€ 45,00"), ("Dakgoot reinigen per m1", "€ 3,25", "€ 3,50"),
            ("Zonnepanelen reinigen per paneel", "€ 4,00", "€ 4,25")]
    p = mk.Page()
    p.text(56, 60, "Glashelder Schoonmaakdiensten", 14, True)
    block(p, 56, 76, ["Weverstraat 3", "6862 DK Oosterbeek", "klantenservice@glashelder.nl"], 8, 10)
    block(p, 330, 150, ["Familie Evers", "Utrechtseweg 220", "6862 AZ Oosterbeek"], 10, 13)
    p.text(56, 250, "Oosterbeek, %s" % mk.date(d7, "long", "nl"), 10)
    p.text(56, 275, "Betreft: tariefwijziging per 1 januari 2027", 10, True)
    y = block(p, 56, 300, ["Geachte klant,", "", "Door gestegen loonkosten (cao schoonmaak) passen wij per 1 januari 2027 onze tarieven aan.",
                           "Hieronder ziet u de oude en de nieuwe prijzen (incl. 21% btw):"], 10, 13)
    y = table(p, y + 10, [(56, "left", "Dienst"), (400, "right", "2026"), (500, "right", "Vanaf 2027")], rows)
    block(p, 56, y + 20, ["Uw abonnement loopt ongewijzigd door. U hoeft niets te doen; de nieuwe tarieven ziet u terug",
                          "op de eerstvolgende factuur. Opzeggen kan tot 31 december via klantenservice@glashelder.nl.", "",
                          "Met vriendelijke groet,", "Glashelder Schoonmaakdiensten"], 10, 13)
    non_record("word", "nl", "klantenservice@glashelder.nl", "Glashelder Schoonmaakdiensten", "Familie Evers", "evers.oosterbeek@hotmail.com",
               "Tariefwijziging 2027", d7, "A price change letter: it announces new rates for future invoices; nothing is billed.",
               text="Geachte heer/mevrouw Evers,\n\nIn de bijlage vindt u een brief over onze tarieven voor 2027.\n\nMet vriendelijke groet,\nGlashelder Schoonmaakdiensten\n",
               pages=[p], fname="Tariefwijziging 2027.pdf", note="Letter with a price table, amounts incl. btw and 'factuur' in the text.")

    # contract renewal (HTML)
    d8 = issue_day()
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Beste heer Bakker,</p>
<p>Uw onderhoudscontract <b>CV-ketel Comfort</b> (contractnummer OC-44817) loopt af op 31 december 2026. Zoals in de voorwaarden staat, verlengen wij het contract automatisch met een jaar.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Contract</td><td>Onderhoud Comfort (jaarlijkse beurt + storingsdienst)</td></tr>
<tr><td>Nieuwe looptijd</td><td>1 januari 2027 t/m 31 december 2027</td></tr>
<tr><td>Jaarbedrag</td><td>&euro; 189,00 incl. btw</td></tr>
<tr><td>Betaling</td><td>Per automatische incasso in januari; u ontvangt daarvoor begin januari een factuur</td></tr>
</table>
<p>Wilt u het contract niet verlengen? Laat het ons dan v&oacute;&oacute;r 15 december weten.</p>
<p>Met vriendelijke groet,<br>Installatiebedrijf Van der Veen<br>Klantenservice</p>
</body></html>"""
    non_record("html-template", "nl", "administratie@vanderveen-installatie.nl", "Installatiebedrijf Van der Veen", "M. Bakker", "m.bakker1957@ziggo.nl",
               "Verlenging onderhoudscontract OC-44817", d8, "A contract renewal notice: the annual fee will be invoiced in January.",
               html=html, note="HTML renewal notice with a contract number, an annual amount and the word factuur.")

    # pakbon
    d9 = issue_day()
    p = mk.Page()
    p.text(56, 60, "Technische Groothandel Brinkman B.V.", 12, True)
    block(p, 56, 75, ["Industrieweg 22, 3846 BD Harderwijk", "magazijn@brinkman-tg.nl"], 8, 10)
    block(p, 330, 140, ["Afleveradres:", "Installatiebedrijf Van der Veen", "Bouwproject De Kolk, bouwnummer 14", "Kolkweg 2", "3841 KC Harderwijk"], 9, 12)
    p.text(56, 240, "PAKBON / AFLEVERBON", 14, True)
    kv(p, 56, 262, [("Pakbonnummer", "PB26-118834"), ("Ordernummer", "VO26-22917"), ("Uw referentie", "PO 26-0955"),
                    ("Leverdatum", mk.date(d9, "dmy-"))], w=100)
    y = table(p, 330, [(56, "left", "Artikel"), (130, "left", "Omschrijving"), (430, "right", "Besteld"), (500, "right", "Geleverd")],
              [["RK-1215", "Radiatorkraan thermostatisch 1/2\"", "24", "24"], ["PF-15K", "Persfitting koper 15 mm knie", "150", "100"],
               ["EV-18", "Expansievat 18 l", "2", "2"]])
    block(p, 56, y + 20, ["Nalevering: 50 st. PF-15K volgt binnen 3 werkdagen.",
                          "Prijzen en factuur volgen separaat. Orderwaarde excl. btw: € 861,80.", "", "Ontvangen in goede orde:", "",
                          "Naam: ____________________   Handtekening: ____________________"], 9, 12)
    non_record("exact-online", "nl", "magazijn@brinkman-tg.nl", "Brinkman Magazijn", "Installatiebedrijf Van der Veen", "administratie@vanderveen-installatie.nl",
               "Pakbon PB26-118834 bij order VO26-22917", d9, "A delivery note: it lists delivered quantities and says the invoice follows separately.",
               text="Geachte relatie,\n\nIn de bijlage de pakbon van de levering van vandaag.\n\nMet vriendelijke groet,\nBrinkman Magazijn\n",
               pages=[p], fname="Pakbon PB26-118834.pdf", headers=["X-Mailer: Exact Online"],
               note="Delivery note from a wholesaler that also sends invoices; an order value in euros.")


def en_non():
    # estimate
    d0 = issue_day()
    rows = [("Discovery workshop (half day)", "1", "950.00", "950.00"), ("UX design, 6 key templates", "6", "720.00", "4,320.00"),
            ("Front-end build (estimate, days)", "12", "640.00", "7,680.00")]
    pages = doc_pdf(["Harbourside Web Ltd", "Unit 4, Paintworks, Bath Road, Bristol BS4 3EH", "accounts@harbourside-web.co.uk"],
                    ["Severn Valley Cider Co.", "Attn: Rob Hughes", "Orchard Barn, Upton upon Severn", "WR8 0PB"], "ESTIMATE",
                    [("Estimate number", "QU-0388"), ("Date", mk.date(d0, "short-en")), ("Expiry", mk.date(d0 + datetime.timedelta(days=30), "short-en"))],
                    [(56, "left", "Description"), (360, "right", "Qty"), (440, "right", "Unit Price"), (539, "right", "Amount GBP")], rows,
                    [("Subtotal", "12,950.00", False), ("TOTAL VAT 20%", "2,590.00", False), ("TOTAL GBP", "15,540.00", True)],
                    ["Terms: 40% deposit on acceptance, balance on launch. Payment terms 14 days from invoice.",
                     "Accept this quote online or reply to this email. This is not a VAT invoice."], head_right=True)
    non_record("xero", "en", "accounts@harbourside-web.co.uk", "Harbourside Web Ltd", "Rob Hughes", "rob@severnvalleycider.co.uk",
               "Quote QU-0388 from Harbourside Web Ltd for Severn Valley Cider Co.", d0,
               "An estimate/quote awaiting acceptance; nothing is owed yet.",
               text="Hi Rob,\n\nThanks for your time on Tuesday. Here's quote QU-0388 for GBP 15,540.00.\n\nYou can accept it online: https://in.xero.com/q/Gk2mT9vQpXr4\n\nThanks,\nHarbourside Web Ltd\n",
               pages=pages, fname="Quote QU-0388.pdf", mail_from="messaging-service@post.xero.com",
               headers=["Reply-To: accounts@harbourside-web.co.uk"], note="Xero-style quote with totals, VAT and payment terms; 'Expiry' date.")

    # statement of account
    d1 = issue_day()
    rows = [(mk.date(d1 - datetime.timedelta(days=62), "short-en"), "Invoice INV-2187", "3,480.00", "", "3,480.00"),
            (mk.date(d1 - datetime.timedelta(days=40), "short-en"), "Payment - thank you", "", "3,480.00", "0.00"),
            (mk.date(d1 - datetime.timedelta(days=33), "short-en"), "Invoice INV-2209", "1,128.00", "", "1,128.00"),
            (mk.date(d1 - datetime.timedelta(days=12), "short-en"), "Invoice INV-2226", "612.00", "", "1,740.00")]
    p = mk.Page()
    p.text(50, 60, "STATEMENT", 22, True)
    block(p, 50, 90, ["Marlowe & Dean Architects", "14 Wine Street", "Bristol BS1 2BB"], 9, 11)
    block(p, 420, 60, ["Harbourside Web Ltd", "Unit 4, Paintworks", "Bristol BS4 3EH"], 8, 10)
    kv(p, 300, 90, [("Date", mk.date(d1, "short-en")), ("Account", "MARLOWE01")], w=60, size=8)
    y = table(p, 170, [(50, "left", "Date"), (130, "left", "Activity"), (380, "right", "Invoiced"), (460, "right", "Paid"),
                       (545, "right", "Balance GBP")], [list(r) for r in rows], 8)
    p.text(380, y + 14, "BALANCE DUE GBP", 9, True)
    p.right(545, y + 14, "1,740.00", 9, True)
    block(p, 50, y + 50, ["Overdue: INV-2209 (due %s)" % mk.date(d1 - datetime.timedelta(days=3), "short-en"),
                          "Please quote the invoice numbers with your payment; bank details as on our invoices."], 8, 11)
    non_record("xero", "en", "accounts@harbourside-web.co.uk", "Harbourside Web Ltd", "Marlowe & Dean Architects", "finance@marlowedean.co.uk",
               "Statement from Harbourside Web Ltd", d1, "A statement of account listing existing invoices and payments; it is no invoice itself.",
               text="Hi there,\n\nPlease find attached your statement as at %s. The balance outstanding is GBP 1,740.00.\n\nThanks,\nHarbourside Web Ltd\n" % mk.date(d1, "short-en"),
               pages=[p], fname="Statement MARLOWE01.pdf", mail_from="messaging-service@post.xero.com",
               headers=["Reply-To: accounts@harbourside-web.co.uk"], note="Statement with invoice numbers, a balance due and an overdue line.")

    # receipt (HTML)
    d2 = issue_day()
    html = """<html><body style="font-family:-apple-system,Helvetica,Arial;background:#f6f9fc">
<table width="480" align="center" style="background:#fff;padding:24px">
<tr><td><p style="color:#8898aa;font-size:12px">Receipt from Saltwater Yoga Ltd</p>
<h2 style="margin:0">&euro;420.00</h2><p style="color:#8898aa">Paid %s</p>
<table width="100%%" style="font-size:14px">
<tr><td>Receipt number</td><td align="right">2148-6630</td></tr>
<tr><td>Invoice number</td><td align="right">SY-0398</td></tr>
<tr><td>Payment method</td><td align="right">Visa &bull;&bull;&bull;&bull; 4421</td></tr>
</table>
<hr><table width="100%%" style="font-size:14px">
<tr><td>Teacher training module 2 (weekend)</td><td align="right">&euro;395.00</td></tr>
<tr><td>Course manual</td><td align="right">&euro;25.00</td></tr>
<tr><td><b>Amount paid</b></td><td align="right"><b>&euro;420.00</b></td></tr></table>
<p style="font-size:12px;color:#8898aa">Questions? Contact us at hello@saltwateryoga.ie.</p>
</td></tr></table></body></html>""" % mk.date(d2, "us")
    non_record("stripe", "en", "hello@saltwateryoga.ie", "Saltwater Yoga", "", "maeve.kinsella@gmail.com",
               "Your receipt from Saltwater Yoga Ltd #2148-6630", d2, "A card payment receipt for an invoice already paid.",
               html=html, note="Receipt with an invoice number and line items; 'Amount paid'.")

    # newsletter with prices
    d3 = issue_day()
    html = """<html><body style="font-family:Arial;max-width:600px">
<h1 style="color:#0b5394">Cloudberry Analytics &ndash; Winter update</h1>
<p>Hi there,</p>
<p>2026 was a big year: we shipped forecasting, row-level security and a brand-new connector library. Here is what is coming next &ndash; and a year-end offer.</p>
<h3>New plans from 1 January 2027</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Plan</th><th>Per seat / month</th><th>Billed annually</th></tr>
<tr><td>Starter</td><td>&euro;19</td><td>&euro;228.00</td></tr>
<tr><td>Pro</td><td>&euro;49</td><td>&euro;588.00</td></tr>
<tr><td>Enterprise</td><td colspan="2">Contact sales</td></tr>
</table>
<p><b>Lock in 2026 prices:</b> renew before 31 December and your next invoice stays at the current rate. Use code <b>WINTER26</b>.</p>
<p>Cheers,<br>The Cloudberry team</p>
<p style="font-size:11px;color:#999">You receive this e-mail because you are a Cloudberry customer. <a href="https://cloudberry-analytics.com/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    non_record("mailchimp", "en", "finance@cloudberry-analytics.com", "Cloudberry Analytics", "", "it@fenwicklabs.ie",
               "Winter update + lock in your 2026 price", d3, "A newsletter with a price table sent from the billing address; no claim.",
               html=html, mail_from="bounce-mc.us21_1183.7742@mail211.suw13.mcsv.net",
               headers=["List-Unsubscribe: <https://cloudberry-analytics.com/unsubscribe>"], note="Newsletter: prices, 'Billed annually', 'your next invoice'.")

    # subscription confirmation
    d4 = issue_day()
    non_record("typed", "en", "billing@netnest.nl", "NetNest Hosting", "", "ops@tidewaterlabs.io",
               "Welcome to NetNest Cloud VPS M", d4, "A subscription confirmation: it announces the first invoice, it is not one.",
               text="""Hello,

Thank you for choosing NetNest! Your Cloud VPS M is being provisioned and will be ready within 15 minutes.

Subscription:    Cloud VPS M (4 vCPU, 8 GB RAM, 160 GB NVMe)
Price:           EUR 24.95 per month excl. VAT
Billing cycle:   monthly, in advance
Start date:      %s
Customer number: DB12277

Your first invoice (pro rata until the end of the month) will be sent to this address within a few days and collected by SEPA direct debit (mandate NN-DB12277-01).

Kind regards,
NetNest Hosting
Kanaalweg 40, 2903 LS Capelle aan den IJssel, The Netherlands""" % mk.date(d4, "long", "en"),
               note="Welcome mail with price, billing cycle, a mandate reference and 'first invoice'.")

    # credit note announcement
    d5 = issue_day()
    non_record("typed", "en", "invoicing@vanderlaanmarine.nl", "Vanderlaan Marine Supplies", "Gary Whitfield", "gary.whitfield@northseatenders.co.uk",
               "RE: Invoice 26-90198 - damaged fenders", d5,
               "Announces a credit note that will follow; the credit note itself is not attached.",
               text="""Dear Gary,

Thank you for the photos. We agree that two of the six fenders on invoice 26-90198 arrived damaged.

We will issue a credit note for 2 x EUR 189.00 = EUR 378.00 later this week; you will receive it from our accounts system. Please deduct it from the payment of invoice 26-90198, so the amount to transfer becomes EUR 1,524.40 instead of EUR 1,902.40.

Replacement fenders are going out on Thursday free of charge.

Kind regards,

Ellen de Groot
Vanderlaan Marine Supplies B.V.

> From: Gary Whitfield
> Sent: %s
> Two fenders were split along the seam on arrival, photos attached. Can you sort a credit?""" % mk.date(d5 - datetime.timedelta(days=2), "short-en"),
               note="Names an invoice, a credit amount and a new amount to transfer; the credit note is only announced.")

    # did you get my invoice
    d6 = issue_day()
    non_record("typed", "en", "elin@sundqvist-illustration.se", "Elin Sundqvist", "Maarten de Wit", "maarten@bureau-ooievaar.nl",
               "Re: Stadsvogels - invoice", d6, "A question whether an earlier invoice was received and passed on; no new invoice.",
               text="Hi Maarten,\n\nJust checking in - did my invoice 2026-11 (SEK 18 000,00) reach your finance team? I haven't seen it come in yet and wanted to make sure it didn't get stuck somewhere. Happy to resend it to a different address if that helps.\n\nBest,\nElin\n\nOn %s, Maarten de Wit wrote:\n> Thanks Elin, the sketches look great. Send the invoice whenever you're ready.\n" % mk.date(d6 - datetime.timedelta(days=40), "short-en"),
               note="Mentions an invoice number and an amount in SEK; quoted text asks to send the invoice.")

    # order confirmation (HTML)
    d7 = issue_day()
    html = """<html><body style="font-family:Arial">
<p>Dear Ms Okafor,</p>
<p>Thank you for your order. This e-mail confirms the following rental:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Item</th><th>Dates</th><th>Price</th></tr>
<tr><td>Projector 20K lumen incl. lens</td><td>12-13 Jan 2027</td><td>EUR 1,920.00</td></tr>
<tr><td>Technician (2 days)</td><td>12-13 Jan 2027</td><td>EUR 1,040.00</td></tr>
<tr><td colspan="2"><b>Order total excl. VAT</b></td><td><b>EUR 2,960.00</b></td></tr>
</table>
<p>Order reference: <b>SO-7781</b>. We will invoice after the event, payment terms 21 days. Cancellation within 7 days of the event is charged at 50%%.</p>
<p>Kind regards,<br>Beamwise AV Services &ndash; Planning</p></body></html>""".replace("%%", "%")
    non_record("html-template", "en", "accounts@beamwise.nl", "Beamwise AV Services", "Chioma Okafor", "c.okafor@eventpulse.nl",
               "Order confirmation SO-7781", d7, "An order confirmation for a future rental; the invoice comes after the event.",
               html=html, note="Order confirmation with prices, an order total and payment terms.")


def de_non():
    # Angebot
    d0 = issue_day()
    rows = [("Photovoltaik-Modul 430 Wp", "18", "189,00 €", "3.402,00 €"), ("Wechselrichter 8 kW hybrid", "1", "1.640,00 €", "1.640,00 €"),
            ("Montage und Inbetriebnahme", "1", "2.450,00 €", "2.450,00 €")]
    pages = doc_pdf(["Elektro Kranz GmbH", "Lindenstraße 12 · 34117 Kassel", "rechnung@elektro-kranz.de"],
                    ["Herrn", "Dr. Ulrich Franke", "Wilhelmshöher Allee 301", "34131 Kassel"], "Angebot Nr. AN-2026-0412",
                    [("Angebotsdatum", mk.date(d0, "dmy.")), ("Gültig bis", mk.date(d0 + datetime.timedelta(days=28), "dmy.")), ("Kundennr.", "10502")],
                    [(56, "left", "Bezeichnung"), (360, "right", "Menge"), (440, "right", "Einzelpreis"), (539, "right", "Gesamt")], rows,
                    [("Summe netto", "7.492,00 €", False), ("Umsatzsteuer 0 % (§ 12 Abs. 3 UStG)", "0,00 €", False), ("Angebotssumme", "7.492,00 €", True)],
                    ["Wir würden uns über Ihren Auftrag freuen. Zahlungsbedingungen: 50 % bei Auftragserteilung,",
                     "Rest zahlbar innerhalb von 14 Tagen nach Inbetriebnahme ohne Abzug."])
    non_record("lexoffice", "de", "rechnung@elektro-kranz.de", "Elektro Kranz GmbH", "Dr. Ulrich Franke", "u.franke@posteo.de",
               "Angebot AN-2026-0412", d0, "An Angebot (quote) with a validity date; no obligation to pay yet.",
               text="Sehr geehrter Herr Dr. Franke,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot für Ihre PV-Anlage.\n\nMit freundlichen Grüßen\nTobias Kranz\n",
               pages=pages, fname="Angebot_AN-2026-0412.pdf",
               note="Angebot with totals, 0% VAT for PV, 'zahlbar innerhalb von 14 Tagen' in the conditions.")

    # Auftragsbestätigung
    d1 = issue_day()
    rows = [("Seminarraum 'Linde' 2 Tage", "2", "380,00 €", "760,00 €"), ("Übernachtung EZ (8 Pers. x 1 Nacht)", "8", "89,00 €", "712,00 €"),
            ("Tagungspauschale", "16", "45,00 €", "720,00 €")]
    pages = doc_pdf(["Seminarhaus Lindenhof", "Dorfstraße 21 · 17258 Feldberger Seenlandschaft"],
                    ["Coaching Kollektiv Rostock e.V.", "Frau Meike Brandes", "Kröpeliner Str. 48", "18055 Rostock"], "Auftragsbestätigung",
                    [("Buchungsnummer", "B-2027-0041"), ("Datum", mk.date(d1, "long", "de")), ("Zeitraum", "18.-19. März 2027")],
                    [(56, "left", "Leistung"), (360, "right", "Anz."), (440, "right", "Preis netto"), (539, "right", "Summe netto")], rows,
                    [("Summe netto", "2.192,00 €", False), ("zzgl. MwSt. 7 % / 19 %", "331,04 €", False), ("Gesamt brutto", "2.523,04 €", True)],
                    ["Wir bestätigen Ihre Buchung verbindlich. Bitte leisten Sie bis 31.01.2027 eine Anzahlung von 30 %.",
                     "Die Anzahlungsrechnung erhalten Sie gesondert; die Schlussrechnung nach Ihrem Aufenthalt."])
    non_record("billomat", "de", "buchung@seminarhaus-lindenhof.de", "Seminarhaus Lindenhof", "Meike Brandes", "m.brandes@coaching-kollektiv.de",
               "Auftragsbestätigung B-2027-0041", d1, "An order/booking confirmation; the deposit invoice is sent separately.",
               text="Liebe Frau Brandes,\n\nvielen Dank für Ihre Buchung! Anbei die Auftragsbestätigung.\n\nHerzliche Grüße\nJana Voss\n",
               pages=pages, fname="Auftragsbestaetigung_B-2027-0041.pdf",
               note="Booking confirmation with prices, VAT and a requested deposit; the Anzahlungsrechnung follows separately.")

    # payment confirmation
    d2 = issue_day()
    non_record("sevdesk", "de", "rechnungen@hofmann-it.de", "Hofmann IT-Service", "Physiotherapie am Markt", "praxis@physio-am-markt.de",
               "Zahlungseingang zu Rechnung RE-1698", d2, "Confirms a payment received for an earlier invoice; nothing is due.",
               text="Guten Tag,\n\nwir bestätigen den Eingang Ihrer Zahlung über 412,34 EUR zur Rechnung RE-1698 vom %s.\nDie Rechnung ist damit vollständig beglichen.\n\nVielen Dank!\n\nViele Grüße\nMichael Hofmann\nHofmann IT-Service\nBahnhofstraße 7, 91301 Forchheim\n" % mk.date(d2 - datetime.timedelta(days=25), "dmy."),
               note="Payment confirmation naming an invoice, its date and an amount.")

    # Offene-Posten-Liste
    d3 = issue_day()
    p = mk.Page()
    p.text(56, 60, "Gerüstbau Petersen GmbH", 12, True)
    p.text(56, 74, "Industriestraße 44 · 21423 Winsen (Luhe)", 8)
    block(p, 56, 140, ["Bauunternehmung Heitmann GmbH & Co. KG", "Buchhaltung", "Am Hafen 3", "21614 Buxtehude"], 10, 12)
    p.text(56, 230, "Kontoauszug / Offene Posten", 14, True)
    kv(p, 56, 250, [("Stand", mk.date(d3, "dmy.")), ("Kundennummer", "30112")], w=90)
    y = table(p, 300, [(56, "left", "Beleg"), (150, "left", "Datum"), (240, "left", "Fällig"), (400, "right", "Betrag"), (539, "right", "Offen")],
              [["R26-04102", mk.date(d3 - datetime.timedelta(days=71), "dmy."), mk.date(d3 - datetime.timedelta(days=41), "dmy."), "8.902,40", "2.902,40"],
               ["R26-04288", mk.date(d3 - datetime.timedelta(days=38), "dmy."), mk.date(d3 - datetime.timedelta(days=8), "dmy."), "3.117,35", "3.117,35"],
               ["R26-04390", mk.date(d3 - datetime.timedelta(days=10), "dmy."), mk.date(d3 + datetime.timedelta(days=20), "dmy."), "1.499,40", "1.499,40"]])
    p.text(300, y + 10, "Summe offene Posten", 10, True)
    p.right(539, y + 10, "7.519,15 €", 10, True)
    block(p, 56, y + 50, ["Bitte prüfen Sie die Aufstellung. Zahlungen nach dem Stichtag sind nicht berücksichtigt.",
                          "Dies ist keine Rechnung."], 9, 12)
    non_record("lexoffice", "de", "rechnung@petersen-geruest.de", "Gerüstbau Petersen GmbH", "Bauunternehmung Heitmann", "buchhaltung@heitmann-bau.de",
               "Offene Posten zum %s" % mk.date(d3, "dmy."), d3, "A statement of open items listing earlier invoices; it says it is not an invoice.",
               text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie eine Aufstellung Ihrer offenen Posten. Die Rechnung R26-04102 ist teilweise noch offen.\n\nMit freundlichen Grüßen\nBuchhaltung\n",
               pages=[p], fname="OP-Liste_30112.pdf", note="Open-items statement with three invoice numbers, due dates and a sum.")

    # own reminder
    d4 = issue_day()
    non_record("typed", "de", "buero@holzwerk-brandt.de", "Holzwerk Brandt", "Familie Hagedorn", "hagedorn.os@t-online.de",
               "Zahlungserinnerung Rechnung 2026-087", d4, "The business's own payment reminder for an earlier invoice.",
               text="""Sehr geehrte Familie Hagedorn,

sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung Nr. 2026-087 vom %s über 2.618,00 € für die Treppenrenovierung ist noch offen. Das Zahlungsziel ist am %s abgelaufen.

Bitte überweisen Sie den Betrag innerhalb der nächsten 7 Tage auf unser Konto bei der Sparkasse Osnabrück, IBAN %s.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Stefan Brandt
Holzwerk Brandt""" % (mk.date(d4 - datetime.timedelta(days=45), "dmy."), mk.date(d4 - datetime.timedelta(days=24), "dmy."), ibans(iban("DE"))),
               note="Reminder with an invoice number, amount, IBAN and a 7-day request.")

    # Lieferschein
    d5 = issue_day()
    p = mk.Page()
    p.text(56, 60, "Kaffeerösterei Bohnenglück GmbH", 12, True)
    p.text(56, 74, "Rheinallee 80 · 55118 Mainz", 8)
    block(p, 330, 140, ["Lieferanschrift:", "Hotel Rheinblick", "Küche / Warenannahme", "Rheinstraße 10", "55116 Mainz"], 10, 12)
    p.text(56, 240, "Lieferschein LS-2026-8812", 14, True)
    kv(p, 56, 262, [("Lieferdatum", mk.date(d5, "dmy.")), ("Bestellung", "BG-W-3390"), ("Kundennr.", "20977")], w=90)
    y = table(p, 320, [(56, "left", "Art.-Nr."), (130, "left", "Artikel"), (450, "right", "Menge"), (539, "right", "Einheit")],
              [["ESP-1000", "Espresso 'Nachtschicht' 1 kg", "20", "Beutel"], ["FK-1000", "Filterkaffee 'Morgenrot' 1 kg", "10", "Beutel"],
               ["ENT-01", "Entkalker Siebträger 1 l", "4", "Flasche"]])
    block(p, 56, y + 20, ["Die Rechnung erhalten Sie separat per E-Mail (Zahlungsziel 30 Tage).", "Ware erhalten: ____________________"], 9, 12)
    non_record("webshop-html", "de", "shop@bohnenglueck.de", "Kaffeerösterei Bohnenglück", "Hotel Rheinblick", "einkauf@hotel-rheinblick.de",
               "Lieferschein LS-2026-8812 zu Ihrer Bestellung BG-W-3390", d5, "A delivery note; the invoice follows separately.",
               text="Hallo,\n\nIhre Bestellung ist unterwegs. Im Anhang finden Sie den Lieferschein.\n\nIhr Bohnenglück-Team\n",
               pages=[p], fname="Lieferschein_LS-2026-8812.pdf", note="Delivery note with quantities and a payment term for the separate invoice.")

    # subscription confirmation with a price (HTML)
    d6 = issue_day()
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Hallo Herr Nowak,</p>
<p>willkommen beim <b>Kaffee-Abo „Röstfrisch M“</b>! Hier die Eckdaten Ihres Abonnements:</p>
<table cellpadding="4">
<tr><td>Abo-Nummer</td><td>ABO-5531</td></tr>
<tr><td>Lieferung</td><td>alle 4 Wochen, 2 x 500 g</td></tr>
<tr><td>Preis</td><td>21,90 € pro Lieferung inkl. 7 %% MwSt. und Versand</td></tr>
<tr><td>Erste Lieferung</td><td>%s</td></tr>
<tr><td>Zahlart</td><td>SEPA-Lastschrift, Mandatsreferenz BG-ABO-5531</td></tr>
</table>
<p>Die Rechnung zu jeder Lieferung erhalten Sie jeweils am Versandtag. Sie können jederzeit zum Ende eines Lieferzyklus kündigen.</p>
<p>Ihr Bohnenglück-Team</p></body></html>""" % mk.date(d6 + datetime.timedelta(days=5), "long", "de")
    non_record("webshop-html", "de", "shop@bohnenglueck.de", "Kaffeerösterei Bohnenglück", "Piotr Nowak", "p.nowak@mailbox.org",
               "Ihr Kaffee-Abo ist aktiv (ABO-5531)", d6, "A subscription confirmation; the invoice for each delivery is sent later.",
               html=html, note="Subscription welcome with a price, a mandate reference and the word Rechnung.")


# ================================================================ checks and output

def all_text(r):
    t = r["eml"]
    if r.get("pdf"):
        t += "\n" + "\n".join(it["text"] for pg in r["pdf"]["pages"] for it in pg["items"])
    return t


def amount_forms(c, cur):
    if cur == "JPY":
        return {"{:,}".format(abs(c))}
    forms = set()
    for st in ("nl", "en", "ch", "sp", "plain"):
        forms.add(mk.money(abs(c), st))
        if c % 100 == 0:
            forms.add(mk.money(abs(c), st)[:-3] + ",-")
    return forms


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check(records):
    import re
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["lang"] in ("nl", "en", "de") and r["kind"] in ("pdf", "pdf+ubl", "body-text", "body-html", "none")
        txt = all_text(r)
        # every IBAN-shaped string checks
        for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", txt):
            cand = m.group(1).replace(" ", "")
            if cand[:2] in ("NL", "DE", "GB", "BE", "CH", "SE", "IE", "AT") and len(cand) >= 15:
                assert iban_ok(cand) or any(iban_ok(cand[:n]) for n in range(15, len(cand))), (r["id"], cand)
        assert "@@PDF@@" in r["eml"] if r.get("pdf") else "@@PDF@@" not in r["eml"], r["id"]
        if not r["is_invoice"]:
            assert r["kind"] == "none" and r["why_not"] and r["expected"] is None
            continue
        e = r["expected"]
        assert r["why_not"] is None and set(e) == {"number", "amount_due_cents", "amount_total_cents", "currency", "issue_date",
                                                   "due_date", "debtor_name", "debtor_email", "payment_reference", "iban",
                                                   "business", "credit_note", "language"}
        assert e["language"] == r["lang"] and e["debtor_email"] == r["envelope"]["rcpt_to"][0]
        assert e["number"] in txt, (r["id"], e["number"])
        for k in ("amount_due_cents", "amount_total_cents"):
            assert any(f in txt for f in amount_forms(e[k], e["currency"])), (r["id"], k, e[k])
        assert e["debtor_name"] in txt, (r["id"], e["debtor_name"])
        if e["iban"]:
            assert iban_ok(e["iban"]) and (e["iban"] in txt or mk.iban_spaced(e["iban"]) in txt), r["id"]
        if e["payment_reference"]:
            ref = e["payment_reference"]
            assert ref in txt or rf_spaced(ref) in txt or " ".join(ref[k:k + 4] for k in range(0, len(ref), 4)) in txt, (r["id"], ref)
        iss = datetime.date.fromisoformat(e["issue_date"])
        assert any(mk.date(iss, st, r["lang"]) in txt for st in ("dmy-", "dmy.", "dmy/", "iso", "long", "us", "short-en")) or \
            "%02d/%02d/%d" % (iss.month, iss.day, iss.year) in txt, (r["id"], "issue")
        v = r["_v"]
        if e["credit_note"]:
            assert e["due_date"] is None and e["amount_due_cents"] < 0 and e["amount_total_cents"] < 0
        else:
            due = datetime.date.fromisoformat(e["due_date"])
            assert (due - iss).days == v.term_days >= 0
            assert e["amount_due_cents"] == e["amount_total_cents"] - v.paid > 0
        if r.get("ubl"):
            u = r["ubl"]
            for tag, val in [("ID", e["number"]), ("IssueDate", e["issue_date"]), ("DueDate", e["due_date"]),
                             ("PaymentID", e["payment_reference"])]:
                assert "<cbc:%s>%s</cbc:%s>" % (tag, val, tag) in u, (r["id"], tag)
            assert ">%s</cbc:PayableAmount>" % mk.money(e["amount_due_cents"], "plain") in u
            assert "<cbc:ID>%s</cbc:ID><cbc:Name>" % e["iban"] in u
            assert "application/xml" in r["eml"]
        # the message parses
    import email
    from email import policy
    for r in records:
        msg = email.message_from_string(r["eml"].replace("@@PDF@@", "Content-Type: application/pdf\n\nx"), policy=policy.default)
        assert not msg.defects, (r["id"], msg.defects)
        assert all(ord(ch) < 128 for ch in r["eml"].split("\n\n")[0]), (r["id"], "8-bit header")
        assert msg["Subject"] and msg["From"] and msg["Date"]


def main():
    nl_invoices()
    en_invoices()
    de_invoices()
    nl_non()
    en_non()
    de_non()
    recs = list(RECORDS)
    RNG.shuffle(recs)
    for k, r in enumerate(recs):
        r["id"] = "inv-hold4-%03d" % (k + 1)
        # keep the record's key order as mailkit writes it
        r2 = {"id": r["id"]}
        r2.update((kk, vv) for kk, vv in r.items() if kk != "id")
        recs[k] = r2
    check(recs)
    for r in recs:
        r.pop("_v", None)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout4.jsonl")
    mk.write(out, recs)
    return recs


if __name__ == "__main__":
    recs = main()
    import collections
    print(len(recs), collections.Counter((r["lang"], r["kind"]) for r in recs))
