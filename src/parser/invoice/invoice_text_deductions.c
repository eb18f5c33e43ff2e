/* invoice_text_deductions: the lines of an invoice that take something off its total.  One
 * kind says so in words and names the part invoice or payment it takes off ("Abzüglich
 * Abschlagsrechnung Nr. 2 vom 01.02.2026", "Af: voorschotfactuur 2026-011"), its amount
 * the last on the line; the other stands below the total and writes a deposit or a payment
 * made as a negative amount ("Voorschot (factuur SK-26-0150)<TAB>€ -3.000,00", "Anzahlung
 * vom 02.10.2026<TAB>(500,00 €)"); a third, below the total too, takes off a share an
 * insurer, a subsidy or a voucher pays ("Less NCS subsidy<TAB>-€416.00").  A cash
 * discount's line is none of them.
 * Failures: none. */
#include "parser/invoice/dm-invoice-text-deductions.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/text/dm-amount.h"
#include "common/dm-sanitize.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* A share of the price the customer holds back as security for the work (a construction
 * contract's retention: Dutch "retentie", English "retention", German "Sicherheitseinbehalt",
 * "Garantieeinbehalt", Austrian "Haftrücklass" or "Deckungsrücklass"): the invoice's total
 * is the whole price, the amount due what is paid now. */
#define RETENTION "retenti(?:e|on)\\b|haftr(?:ü|ue?)ck(?:la(?:ss|ß)|behalt)|deckungsr(?:ü|ue?)ckla(?:ss|ß)" \
	"|\\w*einbehalt\\b|retenue\\s+de\\s+garantie"

/* A line that takes something already billed or paid off the total: an earlier part
 * invoice, a progress payment, a retainer ("Abzüglich Abschlagsrechnung Nr. 2 vom
 * 01.02.2026", "Less: progress invoice INV-7", "Af: voorschotfactuur 2026-011").  Its
 * amount is the last one on the line, where the column of amounts stands. */
static DmPattern deduction_line = DM_PATTERN(
	"^[^\\n]*?(?:\\b(?:abzüglich|abzgl|abz|less|minus|verrekend|verrechnet|verminderd\\s+met)\\b|\\baf\\s*:)"
	"[^\\n]*?(?:abschlag\\w*|teilrechnung|teilzahlung|anzahlung\\w*|vorauszahlung|akonto\\w*|vorschuss"
	"|deposit|retainer|advance|progress|instal(?:l)?ment|interim|prepa(?:id|yment)|part[- ]payment"
	"|payments?\\s+on\\s+account|on[- ]account\\s+payments?|voorschot\\w*|aanbetaling\\w*|termijn\\w*|deelfactuur|vooruitbetaling|eerder\\s+gefactureerd"
	"|already\\s+(?:invoiced|billed|paid)|bereits\\s+(?:berechnet|in\\s+rechnung\\s+gestellt|bezahlt)"
	"|reeds\\s+(?:gefactureerd|betaald|voldaan)"
	/* the customer's retention, withheld until completion or the end of the defects period
	 * ("Af: 5% retentie", "Less retention 5%", "abzgl. 3 % Haftrücklass") */
	"|" RETENTION ")[^\\n]*$",
	CIM);
/* A line that takes a third party's share off the gross charge: what an insurer, a
 * subsidy or a voucher pays the office directly ("Less NCS subsidy<TAB>-€416.00",
 * "abzüglich Betreuungsgutschein Stadt Zürich<TAB>-CHF 920.00", "Af: uitkering
 * uitvaartverzekering", "Less: settled by your insurer").  The debtor owes the rest, as
 * after a payment.  A share the debtor may claim back later ("Your insurer may reimburse
 * up to £60.00") names no deduction: nothing is taken off. */
static DmPattern third_party_line = DM_PATTERN(
	"^[^\\n]*?(?:\\b(?:abzüglich|abzgl|abz|less|minus|verrekend|verrechnet|verminderd\\s+met)\\b|\\baf\\s*:)"
	"[^\\n]*?(?:subsid\\w*|toeslag|tegemoetkoming|\\bncs\\b|\\w*gutschein|zuschuss|förder\\w*|kostenübernahme"
	"|uitkering|verzekeraar|\\w*verzekering|insurer|insurance|\\w*versicherung|krankenkasse|grant\\b"
	"|health\\s+fund|fund\\s+benefit|medicare|hicaps"
	"|(?:settled|paid|covered)\\s+by|betaald\\s+door|vergoed\\s+door|übernommen)[^\\n]*$",
	CIM);
/* A row below the total that takes a deposit or a payment already made off it, its amount
 * written negative ("Booking deposit paid 14 June<TAB>-€400.00", "Voorschot (factuur
 * SK-26-0150)<TAB>€ -3.000,00", "Anzahlung vom 02.10.2026<TAB>(500,00 €)").  Its label may
 * name a date or an earlier invoice, which a label's amount may not have between them. */
static DmPattern paid_row = DM_PATTERN(
	"^[^\\n]*?\\b(?:aanbetaling|voorschot|vooruitbetal|betaald|voldaan|ontvangen|deposit|retainer|prepa(?:id|yment)"
	"|paid|received|payments?\\s+on\\s+account|on[- ]account|anzahlung|abschlag|vorauszahlung|akonto|bezahlt|gezahlt|erhalten"
	/* a share an insurer or a fund paid the office: "Vergoed door uw verzekeraar" */
	"|vergoed|covered\\s+by|settled\\s+by|übernommen"
	/* retention held back, written negative below the total ("5% retentie<TAB>€ -840,00") */
	"|" RETENTION ")"
	"[^\\n]*$", CIM);
static DmPattern skonto_line = DM_PATTERN("skonto|korting\\s+bij|discount\\s+(?:if|for)\\s+(?:early|paid)", CI);
/* A price reduced for paying ahead ("Vooruitbetalingskorting 3%", "Rabatt Vorauszahlung
 * 5 %", "Annual prepayment discount 10%"): an item of the bill that lowers its total, not a
 * payment made before it.  Annual contracts and licences billed ahead carry one. */
static DmPattern prepayment_discount_line = DM_PATTERN(
	"(?:vooruitbetal|vorauszahlung|vorauskasse|prepa(?:id|yment)|advance\\s+payment|payment\\s+in\\s+advance)"
	"\\w*[ \\t-]*(?:korting|rabatt|nachlass|discount|reduction)"
	"|(?:korting|rabatt|nachlass|discount|reduction)\\w*[ \\t]+(?:(?:bij|bei|für|for|on|voor)[ \\t]+)?"
	"(?:vooruitbetal|vorauszahlung|vorauskasse|prepa(?:id|yment)|advance\\s+payment|payment\\s+in\\s+advance)", CI);
static DmPattern amount_plain = DM_PATTERN("(" DM_AMOUNT_RE ")", CI);
static DmPattern retention = DM_PATTERN(RETENTION, CI);
/* A line that names the retention only to say what an earlier bill came to after it ("Less
 * previous certificates (net of retention)", "abzgl. Teilrechnung Nr. 3 nach Haftrücklass",
 * "Af: vorige termijnen excl. retentie"): that bill is off the total, no retention of this one. */
static DmPattern earlier_after_retention = DM_PATTERN(
	"\\b(?:previous|earlier|prior|vorige|eerdere|vorherige|bisherige|certificates?|already|bereits|reeds"
	"|(?:net|exclusive)\\s+of\\s+retention|nach\\s+(?:abzug\\s+(?:des|der)\\s+)?(?:\\w*einbehalt|haftr)"
	"|(?:na\\s+aftrek\\s+van|excl\\.?|exclusief)\\s+(?:de\\s+)?retentie)", CI | PCRE2_UTF);

gboolean
dm_invoice_text_is_deduction_line(const char *line)
{
	DmMatch x;
	return dm_pattern_match(&deduction_line, line, strlen(line), 0, &x);
}

gboolean
dm_invoice_text_is_prepayment_discount(const char *line)
{
	DmMatch x;
	return dm_pattern_match(&prepayment_discount_line, line, strlen(line), 0, &x);
}

gboolean
dm_invoice_text_is_discount_line(const char *line)
{
	DmMatch x;
	return dm_pattern_match(&skonto_line, line, strlen(line), 0, &x);
}

/* TRUE when the amount @s found at [@start, @end) of @line is written negative: a minus
 * before its number or its currency ("-€400.00", "€ -3.000,00", "−120,00") or brackets
 * round it ("(500,00 €)"), as a totals table prints what it takes off. */
static gboolean
written_negative(const char *line, const char *s, gsize start, gsize end)
{
	gsize len = strlen(line);
	while (start > 0 && (line[start - 1] == ' ' || line[start - 1] == '\t'))
		start--;
	while (end < len && line[end] == ' ')
		end++;
	const char *digit = strpbrk(s, "0123456789");
	return (digit && memchr(s, '-', (gsize) (digit - s))) || (start > 0 && line[start - 1] == '-') ||
	       (start >= 3 && memcmp(line + start - 3, "\xe2\x88\x92", 3) == 0) ||
	       (start > 0 && line[start - 1] == '(' && end < len && line[end] == ')');
}

/* The last amount on @line written as money (decimals or a currency): in a totals row the
 * amount column stands last, after any number or date the label names.  0 when none;
 * @negative (nullable) gets whether it was written negative. */
static gint64
last_amount(const char *line, gboolean *negative, gboolean *ends_line)
{
	gint64 last = 0;
	gsize len = strlen(line);
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(&amount_plain, line, len, m) {
		g_autofree char *s = dm_match_group(&m, 1);
		gint64 v;
		char c[4];
		gsize n = s ? strlen(s) : 0;
		gboolean money = n >= 3 && (s[n - 3] == ',' || s[n - 3] == '.');
		if (!s || !dm_amount_parse(s, &v, c) || v == 0 || !(c[0] || money))
			continue;
		last = v < 0 ? -v : v;
		if (negative)
			*negative = written_negative(line, s, m.start[1], m.end[1]);
		if (ends_line)
			*ends_line = line[m.end[1] + strspn(line + m.end[1], " \t)€$£")] == '\0';
	}
	return last;
}

/* Adds the amount @v of @line, which ends at @end in the text read, to @d. */
static void
deduction_add(DmInvoiceTextDeductions *d, const char *line, gint64 v, gsize end)
{
	DmMatch m;
	d->sum += v;
	if (dm_pattern_match(&retention, line, strlen(line), 0, &m) &&
	    !dm_pattern_match(&earlier_after_retention, line, strlen(line), 0, &m))
		d->retained += v;
	if (d->count++ == 0) {
		g_autofree char *copy = g_strdup(line);
		d->first = dm_sanitize_oneline(g_strstrip(copy), 100);
		d->first_end = end;
	}
}

void
dm_invoice_text_deductions(const char *t, gsize len, gsize below, DmInvoiceTextDeductions *d)
{
	DmMatch m;
	memset(d, 0, sizeof *d);
	/* The start of the total's line: a line taking something off above a VAT line above it
	 * took it off the net, which the VAT and the total were reckoned from ("abzüglich 1.
	 * Abschlagsrechnung (netto)" over "Abschlag netto", "zzgl. 19 % MwSt.", "Rechnungsbetrag"):
	 * the total holds it already. */
	gsize total_start = MIN(below, len);
	while (total_start > 0 && t[total_start - 1] != '\n')
		total_start--;
	DM_INVOICE_TEXT_FOR_MATCHES(&deduction_line, t, len, m) {
		g_autofree char *line = dm_match_group(&m, 0);
		if (dm_invoice_text_is_discount_line(line) ||
		    (m.end[0] < total_start && dm_invoice_text_vat_between(t, m.end[0], total_start)))
			continue;
		gint64 v = last_amount(line, NULL, NULL);
		if (v > 0)
			deduction_add(d, line, v, m.end[0]);
	}
	if (below >= len)
		return;
	/* Below the total only: a share listed among the items was taken off before it. */
	DM_INVOICE_TEXT_FOR_MATCHES(&third_party_line, t + below, len - below, m) {
		g_autofree char *line = dm_match_group(&m, 0);
		if (dm_invoice_text_is_deduction_line(line) || dm_invoice_text_is_discount_line(line))
			continue;
		gint64 v = last_amount(line, NULL, NULL);
		if (v > 0)
			deduction_add(d, line, v, below + m.end[0]);
	}
	DM_INVOICE_TEXT_FOR_MATCHES(&paid_row, t + below, len - below, m) {
		g_autofree char *line = dm_match_group(&m, 0);
		DmMatch x;
		if (dm_invoice_text_is_discount_line(line) || dm_invoice_text_is_deduction_line(line) ||
		    dm_invoice_text_is_prepayment_discount(line) ||
		    dm_pattern_match(&third_party_line, line, strlen(line), 0, &x))
			continue;
		/* A row's amount closes its line; one inside a sentence ("Invoice INV-4471
		 * (£3,600.00) was paid 47 days late") was what an earlier invoice came to. */
		gboolean negative = FALSE, ends_line = FALSE;
		gint64 v = last_amount(line, &negative, &ends_line);
		if (v > 0 && negative && ends_line)
			deduction_add(d, line, v, below + m.end[0]);
	}
}

void
dm_invoice_text_deductions_clear(DmInvoiceTextDeductions *d)
{
	g_clear_pointer(&d->first, g_free);
	d->count = 0;
	d->sum = 0;
	d->retained = 0;
}
