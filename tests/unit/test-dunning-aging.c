/* test-dunning-aging: the receivables at a glance — each invoice in its bucket at the
 * bucket edges, paid ones in none, currencies never added; DSO as README defines it and
 * its trend rebuilt from the invoices' history; a debtor that pays later than it used to
 * signalled, one that always paid late not; a credit limit read through the hook. */
#include "dunning/report/dm-aging.h"
#include "dunning/report/dm-overview.h"

/* Days relative to today (2026-12-01). */
static GDate
day(int offset)
{
	GDate d;
	g_date_set_dmy(&d, 1, 12, 2026);
	if (offset >= 0)
		g_date_add_days(&d, (guint) offset);
	else
		g_date_subtract_days(&d, (guint) -offset);
	return d;
}

static GDate
today(void)
{
	return day(0);
}

/* An invoice of @cents issued @issued days ago (negative), due @due, paid @paid (INT_MIN:
 * open; INT_MAX: paid on an unknown day). */
static DmReceivable
inv(const char *debtor, gint64 cents, int issued, int due, int paid)
{
	DmReceivable r = { .number = "X", .debtor_email = debtor, .has_amount = TRUE,
	                   .amount_cents = cents, .currency = "EUR",
	                   .issued = day(issued), .due = day(due), .is_paid = paid != G_MININT };
	g_date_clear(&r.paid, 1);
	if (paid != G_MININT && paid != G_MAXINT)
		r.paid = day(paid);
	return r;
}

static void
test_buckets(void)
{
	static const struct { int due; DmAgeBucket b; } cases[] = {
		{ 10, DM_AGE_NOT_DUE }, { 0, DM_AGE_NOT_DUE }, { -1, DM_AGE_1_30 },
		{ -30, DM_AGE_1_30 }, { -31, DM_AGE_31_60 }, { -60, DM_AGE_31_60 },
		{ -61, DM_AGE_61_90 }, { -90, DM_AGE_61_90 }, { -91, DM_AGE_OVER_90 },
		{ -400, DM_AGE_OVER_90 },
	};
	GDate t = today();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		GDate d = day(cases[i].due);
		g_assert_cmpint(dm_age_bucket(&d, &t), ==, cases[i].b);
	}
	g_assert_cmpstr(dm_age_bucket_name(DM_AGE_OVER_90), ==, "over_90");
}

static void
test_totals(void)
{
	GDate t = today();
	g_autoptr(DmAging) a = dm_aging_new(&t);
	DmReceivable rows[] = {
		inv("a@x.example", 10000, -10, 20, G_MININT),       /* not due */
		inv("a@x.example", 20000, -40, -10, G_MININT),      /* 1-30 */
		inv("b@x.example", 30000, -100, -70, G_MININT),     /* 61-90 */
		inv("b@x.example", 99900, -50, -20, -5),            /* paid: no bucket */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
		dm_aging_add(a, &rows[i]);
	DmReceivable usd = inv("c@x.example", 5000, -5, -1, G_MININT);
	usd.currency = "USD";
	dm_aging_add(a, &usd);
	GPtrArray *totals = dm_aging_totals(a);
	g_assert_cmpuint(totals->len, ==, 2);
	DmAgingTotals *eur = g_ptr_array_index(totals, 0);
	g_assert_cmpstr(eur->currency, ==, "EUR");
	g_assert_cmpint(eur->open_total, ==, 60000);
	g_assert_cmpint(eur->open[DM_AGE_NOT_DUE], ==, 10000);
	g_assert_cmpint(eur->open[DM_AGE_1_30], ==, 20000);
	g_assert_cmpint(eur->open[DM_AGE_31_60], ==, 0);
	g_assert_cmpint(eur->open[DM_AGE_61_90], ==, 30000);
	g_assert_cmpuint(eur->count[DM_AGE_61_90], ==, 1);
	/* Invoiced in the last 90 days: all but the one issued 100 days ago. */
	g_assert_cmpint(eur->invoiced_window, ==, 10000 + 20000 + 99900);
	DmAgingTotals *other = g_ptr_array_index(totals, 1);
	g_assert_cmpstr(other->currency, ==, "USD");
	g_assert_cmpint(other->open_total, ==, 5000);
	/* The debtors, the largest open amount first; a tie by address. */
	GPtrArray *debtors = dm_aging_debtors(a);
	g_assert_cmpuint(debtors->len, ==, 3);
	g_assert_cmpstr(((DmDebtorStats *) debtors->pdata[0])->email, ==, "a@x.example");
	g_assert_cmpint(((DmDebtorStats *) debtors->pdata[0])->open_cents, ==, 30000);
	g_assert_cmpstr(((DmDebtorStats *) debtors->pdata[1])->email, ==, "b@x.example");
	g_assert_cmpuint(((DmDebtorStats *) debtors->pdata[1])->paid_count, ==, 1);
	g_assert_cmpstr(((DmDebtorStats *) debtors->pdata[2])->email, ==, "c@x.example");
}

/* DSO = open / invoiced in the last 90 days * 90; 30 days ago from the history. */
static void
test_dso_and_trend(void)
{
	GDate t = today();
	g_autoptr(DmAging) a = dm_aging_new(&t);
	DmReceivable rows[] = {
		inv("a@x.example", 30000, -20, 10, G_MININT),   /* open, issued after "then" */
		inv("a@x.example", 30000, -45, -15, G_MININT),  /* open now and then */
		inv("a@x.example", 30000, -60, -30, -10),       /* paid 10 days ago: open then */
		inv("a@x.example", 30000, -80, -50, G_MAXINT),  /* paid, day unknown: by its due day */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
		dm_aging_add(a, &rows[i]);
	DmAgingTotals *eur = g_ptr_array_index(dm_aging_totals(a), 0);
	double dso;
	g_assert_true(dm_dso(eur->open_total, eur->invoiced_window, &dso));
	g_assert_cmpfloat_with_epsilon(dso, 60000.0 / 120000.0 * 90, 0.001);   /* 45 days */
	g_assert_cmpint(eur->open_then, ==, 60000);             /* the 2nd and the 3rd */
	g_assert_cmpint(eur->invoiced_window_then, ==, 90000);  /* all but the newest */
	g_assert_true(dm_dso(eur->open_then, eur->invoiced_window_then, &dso));
	g_assert_cmpfloat_with_epsilon(dso, 60.0, 0.001);
	g_assert_false(dm_dso(100, 0, &dso));                  /* nothing invoiced: no DSO */
}

static gboolean
limit_of(const char *email, gint64 *limit, gpointer user)
{
	if (g_strcmp0(email, "c@x.example") != 0)
		return FALSE;
	*limit = GPOINTER_TO_INT(user);
	return TRUE;
}

static void
test_signals(void)
{
	GDate t = today();
	g_autoptr(DmAging) a = dm_aging_new(&t);
	DmReceivable rows[] = {
		/* a: paid within a few days of due for a year, now 40 days late and open. */
		inv("a@x.example", 10000, -400, -370, -368),
		inv("a@x.example", 10000, -300, -270, -265),
		inv("a@x.example", 10000, -70, -40, G_MININT),
		/* b: always 30 days late: late, but not later than it used to be. */
		inv("b@x.example", 10000, -400, -370, -340),
		inv("b@x.example", 10000, -300, -270, -240),
		inv("b@x.example", 10000, -60, -30, -1),
		/* c: a single open invoice, above its credit limit. */
		inv("c@x.example", 70000, -10, 20, G_MININT),
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
		dm_aging_add(a, &rows[i]);
	const DmDebtorStats *da = dm_aging_debtor(a, "a@x.example");
	g_assert_cmpuint(da->n_before, ==, 2);
	g_assert_cmpfloat_with_epsilon(da->late_before, 3.5, 0.001);
	g_assert_cmpfloat_with_epsilon(da->late_recent, 40, 0.001);
	g_autoptr(GPtrArray) signals = dm_aging_signals(a, limit_of, GINT_TO_POINTER(50000));
	g_assert_cmpuint(signals->len, ==, 2);
	for (guint i = 0; i < signals->len; i++) {
		DmSignal *s = g_ptr_array_index(signals, i);
		if (s->kind == DM_SIGNAL_PAYS_LATER)
			g_assert_cmpstr(s->debtor->email, ==, "a@x.example");
		else {
			g_assert_cmpint(s->kind, ==, DM_SIGNAL_CREDIT_LIMIT);
			g_assert_cmpstr(s->debtor->email, ==, "c@x.example");
			g_assert_cmpint(s->limit_cents, ==, 50000);
		}
	}
	/* Within its limit: no signal; without the hook: none either. */
	g_autoptr(GPtrArray) within = dm_aging_signals(a, limit_of, GINT_TO_POINTER(70000));
	g_assert_cmpuint(within->len, ==, 1);
	g_autoptr(GPtrArray) no_hook = dm_aging_signals(a, NULL, NULL);
	g_assert_cmpuint(no_hook->len, ==, 1);
}

/* RFC 4180: quoted when a comma, quote or line break is inside (a quote doubled); a formula
 * for a spreadsheet defused; amounts in units with a '.'. */
static void
test_csv(void)
{
	static const struct { const char *in, *out; } fields[] = {
		{ "plain", "plain" },
		{ "Oud & Zonen, BV", "\"Oud & Zonen, BV\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "two\r\nlines", "\"two\r\nlines\"" },
		{ "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
		{ "-5", "\"'-5\"" },
		{ "", "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
		g_autoptr(GString) line = g_string_new(NULL);
		dm_csv_field(line, fields[i].in);
		g_assert_cmpstr(line->str, ==, fields[i].out);
	}
	g_autoptr(GString) line = g_string_new(NULL);
	dm_csv_field(line, "a");
	dm_csv_field(line, "b,c");
	dm_csv_field(line, NULL);
	g_assert_cmpstr(line->str, ==, "a,\"b,c\",");
	g_autofree char *eur = dm_csv_amount(125005, "EUR");
	g_autofree char *neg = dm_csv_amount(-5, "EUR");
	g_autofree char *jpy = dm_csv_amount(1250, "JPY");
	g_assert_cmpstr(eur, ==, "1250.05");
	g_assert_cmpstr(neg, ==, "-0.05");
	g_assert_cmpstr(jpy, ==, "1250");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/aging/buckets", test_buckets);
	g_test_add_func("/aging/totals", test_totals);
	g_test_add_func("/aging/dso-and-trend", test_dso_and_trend);
	g_test_add_func("/aging/signals", test_signals);
	g_test_add_func("/aging/csv", test_csv);
	return g_test_run();
}
