/* invoice_text_term_due: the due date a payment term gives (dm-invoice-text-term-due.h).
 *
 * The terms reader (parser/text/terms.c) says what the words state; this file turns that
 * into a date, from the invoice's date: a term that names a month's end or a day of the
 * next month cannot be carried as a count of days, nor can calendar months, so their date
 * is set here; a plain count of days is left to dm_invoice_facts_settle_due, which may
 * count it from the mail's date when the text gives no issue date.  The shapes are tried
 * from the most particular ("30 days EOM" also reads as "30 days") to the least.
 * Failures: none; a text without a term leaves @f as it was. */
#include "parser/invoice/dm-invoice-text-term-due.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-terms.h"

#define CI PCRE2_CASELESS

/* The delivery's date after its label ("Leverdatum: 03-11-2026", "Lieferdatum 03.11.2026",
 * "Delivery date<TAB>3 November 2026"), or a valuation's ("Valuation date<TAB>25 November
 * 2026"): where a term counted from the delivery or the valuation starts. */
static DmPattern delivery_date = DM_PATTERN(
	"(?:leverdatum|leveringsdatum|afleverdatum|datum\\s+(?:van\\s+)?levering|lieferdatum|liefertag"
	"|tag\\s+der\\s+lieferung|delivery\\s+date|date\\s+of\\s+delivery|delivered\\s+on"
	"|valuation\\s+date|date\\s+of\\s+valuation)"
	"[ \\t]*(?::[ \\t]*)?(" DM_DATE_RE ")",
	CI);

/* Moves @d to the last day of its month. */
static void
to_month_end(GDate *d)
{
	g_date_set_day(d, g_date_get_days_in_month(g_date_get_month(d), g_date_get_year(d)));
}

/* Sets @f's due date to @d and says why: the rule @rule, which did @what. */
static void
set_due(DmInvoiceFacts *f, const GDate *d, const char *source, const char *rule, const char *what)
{
	f->due_date = *d;
	dm_invoice_facts_explain(f, "due_date", "%s, rule %s: %s", source, rule, what);
}

/* The due date a term of days counted from a printed delivery date gives, into @out. */
static gboolean
from_delivery(const char *t, gsize len, int days, const GDate *ref, GDate *out)
{
	DmMatch m;
	if (days <= 0 || !dm_pattern_match(&delivery_date, t, len, 0, &m))
		return FALSE;
	g_autofree char *s = dm_match_group(&m, 1);
	if (!s || !dm_date_parse(s, ref, out))
		return FALSE;
	g_date_add_days(out, (guint)days);
	return TRUE;
}

/* The due date a term tied to a month gives from @issue ("30 days EOM", "30 dagen einde
 * maand", "15. des Folgemonats", "binnen één maand"), into @out, with its explanation in
 * *@what (transfer full); the rule's name, or NULL when the text states none. */
static const char *
month_term(const char *t, gsize len, const GDate *issue, GDate *out, char **what)
{
	gboolean then_month_end = FALSE;
	int n = dm_payment_term_month_end_days(t, len, &then_month_end);
	*out = *issue;
	if (n > 0 && then_month_end) {
		g_date_add_days(out, (guint)n);
		to_month_end(out);
		*what = g_strdup_printf("%d days from the invoice's date, then to the end of that month", n);
		return "days-then-month-end";
	}
	if (n > 0) {
		to_month_end(out);
		g_date_add_days(out, (guint)n);
		*what = g_strdup_printf("%d days from the last day of the invoice's month", n);
		return "days-after-month-end";
	}
	if ((n = dm_payment_term_next_month_day(t, len)) > 0) {
		g_date_set_day(out, 1);
		g_date_add_months(out, 1);
		g_date_set_day(out, (GDateDay)MIN(n, g_date_get_days_in_month(g_date_get_month(out), g_date_get_year(out))));
		*what = g_strdup_printf("day %d of the month after the invoice's", n);
		return "next-month-day";
	}
	if ((n = dm_payment_term_months(t, len)) > 0) {
		g_date_add_months(out, (guint)n);
		*what = g_strdup_printf("%d calendar month%s from the invoice's date", n, n == 1 ? "" : "s");
		return "months";
	}
	return NULL;
}

/* The end of this month or the next, when no count of days is stated ("Due end of the
 * month", "einde volgende maand"), from @issue into @out; the rule's name or NULL. */
static const char *
month_end_term(const char *t, gsize len, const GDate *issue, GDate *out)
{
	gboolean next = dm_payment_term_next_month_end(t, len);
	if (!next && !dm_payment_term_month_end(t, len))
		return NULL;
	*out = *issue;
	g_date_set_day(out, 1);
	if (next)
		g_date_add_months(out, 1);
	to_month_end(out);
	return next ? "next-month-end" : "month-end";
}

/* The end of @month_of's month or the next's, when @t says so, as @f's due date. */
static void
month_end_due(const char *t, gsize len, const GDate *month_of, const char *source, DmInvoiceFacts *f)
{
	GDate d;
	const char *rule = month_end_term(t, len, month_of, &d);
	if (rule)
		set_due(f, &d, source, rule, g_str_equal(rule, "next-month-end")
			? "due on the last day of the month after the invoice's" : "due on the last day of the invoice's month");
}

void
dm_invoice_text_term_due(const char *t, gsize len, const GDate *due_ref, const char *source, DmInvoiceFacts *f)
{
	gboolean after_delivery = FALSE;
	f->payment_term_days = dm_payment_term_days_from(t, len, &after_delivery);
	if (g_date_valid(&f->due_date))
		return;
	const GDate *issue = g_date_valid(&f->issue_date) ? &f->issue_date : NULL;
	GDate d;
	g_autofree char *what = NULL;
	const char *rule = issue ? month_term(t, len, issue, &d, &what) : NULL;
	if (rule) {
		set_due(f, &d, source, rule, what);
		return;
	}
	if (after_delivery && from_delivery(t, len, f->payment_term_days, due_ref, &d)) {
		what = g_strdup_printf("%d days from the printed delivery date", f->payment_term_days);
		set_due(f, &d, source, "days-after-delivery", what);
		return;
	}
	if (f->payment_term_days) {
		dm_invoice_facts_explain(f, "due_date", "%s, payment term of %d days", source, f->payment_term_days);
		return;
	}
	/* Months with no date to count them from: about thirty days each, from the mail's. */
	int months = dm_payment_term_months(t, len);
	if (months > 0) {
		f->payment_term_days = 30 * months;
		dm_invoice_facts_explain(f, "due_date", "%s, payment term of %d months, about %d days", source, months,
					 f->payment_term_days);
		return;
	}
	if (due_ref && g_date_valid(due_ref) && dm_payment_term_immediate(t, len)) {
		set_due(f, due_ref, source, "payable-at-once", "due on the invoice's date");
		return;
	}
	if (issue)
		month_end_due(t, len, issue, source, f);
}

void
dm_invoice_text_month_end_due_of_mail(const char *t, gsize len, const GDate *mail_date, const char *source,
				      DmInvoiceFacts *f)
{
	if (g_date_valid(&f->due_date) || g_date_valid(&f->issue_date) || !mail_date || !g_date_valid(mail_date))
		return;
	month_end_due(t, len, mail_date, source, f);
}
