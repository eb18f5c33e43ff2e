/* test-dunning-interest: statutory interest day by day (dm-interest.h).  The worked
 * examples of shared/legal/rules.md section 2.4 against the shipped data/rates/nl.txt
 * (B2C with actual/365 and with actual/actual, B2B across two rate changes and an
 * anniversary), and the boundaries on a table with one rate: zero days, one day, an
 * anniversary inside a year, a 29 February start, 1 January under actual/actual in a leap
 * year, simple interest for DE (3.2), a half cent, an unknown rate, a run backwards, an
 * amount too large. */
#include "common/dm-clock.h"
#include "dunning/engine/dm-interest.h"

#define FLAT "2000-01-01 5 10\n"    /* 5 % consumer, 10 % commercial, for ever */

typedef struct {
	const char *from, *to;
	int days, rate_bp;
	gint64 principal, interest;
} Seg;

typedef struct {
	const char *name;
	const char *table;          /* NULL: data/rates/nl.txt */
	DmCountry country;
	DmDebtor debtor;
	DmDayCount dc;
	gint64 principal;
	const char *first, *last;
	gint64 total;
	Seg segs[4];                /* ends at from == NULL */
} Case;

static const Case cases[] = {
	/* rules.md 2.4, B2C: EUR 1,000 in verzuim 2024-01-01 .. 2025-12-31, 7 % then 6 %,
	 * actual/365: 70.19, base 1,070.19, 64.21, total 134.40. */
	{ "2.4-b2c-act365", NULL, DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365,
	  100000, "2024-01-01", "2025-12-31", 13440,
	  { { "2024-01-01", "2024-12-31", 366, 700, 100000, 7019 },
	    { "2025-01-01", "2025-12-31", 365, 600, 107019, 6421 } } },
	/* The same with a 366-day denominator in 2024: 70.00 + 64.20 = 134.20. */
	{ "2.4-b2c-actact", NULL, DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_ACT,
	  100000, "2024-01-01", "2025-12-31", 13420,
	  { { "2024-01-01", "2024-12-31", 366, 700, 100000, 7000 },
	    { "2025-01-01", "2025-12-31", 365, 600, 107000, 6420 } } },
	/* rules.md 2.4, B2B: EUR 10,000 from 2025-01-01 to 2026-06-30: 181 days at 11.15 %,
	 * 184 at 10.15 % (year 1: 1,064.59), base 11,064.59, 181 days at 10.15 % = 556.91,
	 * total 1,621.50. */
	{ "2.4-b2b", NULL, DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  1000000, "2025-01-01", "2026-06-30", 162150,
	  { { "2025-01-01", "2025-06-30", 181, 1115, 1000000, 55292 },
	    { "2025-07-01", "2025-12-31", 184, 1015, 1000000, 51167 },
	    { "2026-01-01", "2026-06-30", 181, 1015, 1106459, 55691 } } },
	/* A run of zero days (paid on the due date) and of one day. */
	{ "zero-days", FLAT, DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  100000, "2025-01-02", "2025-01-01", 0, { { NULL } } },
	{ "one-day", FLAT, DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  365000, "2025-01-02", "2025-01-02", 100,
	  { { "2025-01-02", "2025-01-02", 1, 1000, 365000, 100 } } },
	/* An anniversary inside a year, across nl.txt's change from 7 % to 6 % on 1 January:
	 * 5,600 + 1,200 cents, then the base grows to 106,800 on 2025-03-15. */
	{ "anniversary-mid-year", NULL, DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365,
	  100000, "2024-03-15", "2025-03-20", 6905,
	  { { "2024-03-15", "2024-12-31", 292, 700, 100000, 5600 },
	    { "2025-01-01", "2025-03-14", 73, 600, 100000, 1200 },
	    { "2025-03-15", "2025-03-20", 6, 600, 106800, 105 } } },
	/* A 29 February start: the first year ends on 28 February (366 days). */
	{ "leap-day-start", FLAT, DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365,
	  100000, "2024-02-29", "2025-03-01", 5028,
	  { { "2024-02-29", "2025-02-28", 366, 500, 100000, 5014 },
	    { "2025-03-01", "2025-03-01", 1, 500, 105014, 14 } } },
	/* Actual/actual splits on 1 January: 31/365 then 31/366; actual/365 does not. */
	{ "actact-new-year-leap", FLAT, DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_ACT,
	  100000, "2023-12-01", "2024-01-31", 1696,
	  { { "2023-12-01", "2023-12-31", 31, 1000, 100000, 849 },
	    { "2024-01-01", "2024-01-31", 31, 1000, 100000, 847 } } },
	{ "act365-new-year-leap", FLAT, DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  100000, "2023-12-01", "2024-01-31", 1699,
	  { { "2023-12-01", "2024-01-31", 62, 1000, 100000, 1699 } } },
	/* DE and BE: simple interest, two years in one segment (§ 289 BGB, rules.md 3.2). */
	{ "de-simple-two-years", FLAT, DM_COUNTRY_DE, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365,
	  100000, "2023-01-01", "2024-12-31", 10014,
	  { { "2023-01-01", "2024-12-31", 731, 500, 100000, 10014 } } },
	{ "be-simple-two-years", FLAT, DM_COUNTRY_BE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  100000, "2023-01-01", "2024-12-31", 20027,
	  { { "2023-01-01", "2024-12-31", 731, 1000, 100000, 20027 } } },
	/* NL compounds the same run: 5,000 the first year, then 5 % of 105,000. */
	{ "nl-compound-two-years", FLAT, DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365,
	  100000, "2023-01-01", "2024-12-31", 10264,
	  { { "2023-01-01", "2023-12-31", 365, 500, 100000, 5000 },
	    { "2024-01-01", "2024-12-31", 366, 500, 105000, 5264 } } },
	/* Exactly half a cent rounds up: 5 x 10 % x 365 / 365 = 0.5. */
	{ "half-cent-up", FLAT, DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  5, "2025-01-01", "2025-12-31", 1,
	  { { "2025-01-01", "2025-12-31", 365, 1000, 5, 1 } } },
	/* Just under half a cent rounds down: 4 x 10 % = 0.4. */
	{ "under-half-down", FLAT, DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365,
	  4, "2025-01-01", "2025-12-31", 0,
	  { { "2025-01-01", "2025-12-31", 365, 1000, 4, 0 } } },
};

static DmRateTable *
load_table(const char *inline_text)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *text = NULL;
	gsize len = 0;
	if (inline_text) {
		text = g_strdup(inline_text);
		len = strlen(text);
	} else {
		g_assert_true(g_file_get_contents("data/rates/nl.txt", &text, &len, &error));
	}
	DmRateTable *t = dm_rate_table_parse(inline_text ? "flat.txt" : "nl.txt", text, len,
	                                     &error);
	g_assert_no_error(error);
	return t;
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(DmRateTable) t = load_table(c->table);
	DmInterestRule rule = dm_interest_rule(c->country, c->debtor, c->dc);
	GDate first, last;
	g_assert_true(dm_date_parse_iso(c->first, &first));
	g_assert_true(dm_date_parse_iso(c->last, &last));
	g_autoptr(GArray) segs = g_array_new(FALSE, FALSE, sizeof(DmInterestSegment));
	g_autoptr(GError) error = NULL;
	gint64 total = -1;
	g_assert_true(dm_interest_compute(t, &rule, c->principal, &first, &last, segs, &total,
	                                  &error));
	g_assert_no_error(error);
	g_assert_cmpint(total, ==, c->total);
	guint n = 0;
	gint64 sum = 0;
	while (n < G_N_ELEMENTS(c->segs) && c->segs[n].from)
		n++;
	g_assert_cmpuint(segs->len, ==, n);
	for (guint i = 0; i < n; i++) {
		const DmInterestSegment *s = &g_array_index(segs, DmInterestSegment, i);
		g_autofree char *from = dm_date_iso(&s->from);
		g_autofree char *to = dm_date_iso(&s->to);
		g_assert_cmpstr(from, ==, c->segs[i].from);
		g_assert_cmpstr(to, ==, c->segs[i].to);
		g_assert_cmpint(s->days, ==, c->segs[i].days);
		g_assert_cmpint(s->rate_bp, ==, c->segs[i].rate_bp);
		g_assert_cmpint(s->principal_cents, ==, c->segs[i].principal);
		g_assert_cmpint(s->interest_cents, ==, c->segs[i].interest);
		sum += s->interest_cents;
	}
	/* The segments a letter lists add up to the total. */
	g_assert_cmpint(sum, ==, total);
}

typedef struct {
	const char *name;
	const char *table;
	DmDebtor debtor;
	gint64 principal;
	const char *first, *last;
	GQuark (*domain)(void);
	int code;
	const char *message_part;
} ErrorCase;

static const ErrorCase error_cases[] = {
	/* nl.txt marks the 2026-07-01 handelsrente "-": never guessed (rules.md 2.3). */
	{ "unverified-rate", NULL, DM_DEBTOR_BUSINESS, 100000, "2026-06-01", "2026-07-15",
	  dm_rates_error_quark, DM_RATES_ERROR_NO_RATE, "nl.txt has no commercial rate for 2026-07-01" },
	{ "before-first-line", NULL, DM_DEBTOR_CONSUMER, 100000, "2009-12-01", "2010-01-15",
	  dm_rates_error_quark, DM_RATES_ERROR_NO_RATE, "before its first line" },
	{ "backwards", FLAT, DM_DEBTOR_CONSUMER, 100000, "2025-01-03", "2025-01-01",
	  dm_interest_error_quark, DM_INTEREST_ERROR_RANGE, "ends before it starts" },
	{ "too-large", FLAT, DM_DEBTOR_BUSINESS, G_MAXINT64 / 4, "2025-01-01", "2025-12-31",
	  dm_interest_error_quark, DM_INTEREST_ERROR_RANGE, "too large" },
};

static void
test_error(gconstpointer data)
{
	const ErrorCase *c = data;
	g_autoptr(DmRateTable) t = load_table(c->table);
	DmInterestRule rule = dm_interest_rule(DM_COUNTRY_NL, c->debtor, DM_DAY_COUNT_ACT_365);
	GDate first, last;
	g_assert_true(dm_date_parse_iso(c->first, &first));
	g_assert_true(dm_date_parse_iso(c->last, &last));
	g_autoptr(GArray) segs = g_array_new(FALSE, FALSE, sizeof(DmInterestSegment));
	g_autoptr(GError) error = NULL;
	gint64 total = -7;
	g_assert_false(dm_interest_compute(t, &rule, c->principal, &first, &last, segs, &total,
	                                   &error));
	g_assert_error(error, c->domain(), c->code);
	g_assert_nonnull(strstr(error->message, c->message_part));
	g_assert_cmpuint(segs->len, ==, 0);     /* untouched on failure */
	g_assert_cmpint(total, ==, -7);
}

static void
test_anniversary(void)
{
	static const struct { const char *first; guint k; const char *want; } rows[] = {
		{ "2024-02-29", 0, "2024-02-29" },
		{ "2024-02-29", 1, "2025-03-01" },
		{ "2024-02-29", 4, "2028-02-29" },
		{ "2025-01-31", 1, "2026-01-31" },
		{ "2025-12-31", 2, "2027-12-31" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		GDate first, got;
		g_assert_true(dm_date_parse_iso(rows[i].first, &first));
		dm_interest_anniversary(&first, rows[i].k, &got);
		g_autofree char *iso = dm_date_iso(&got);
		g_assert_cmpstr(iso, ==, rows[i].want);
	}
}

static void
test_rule_and_day_count(void)
{
	DmInterestRule r = dm_interest_rule(DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365);
	g_assert_true(r.commercial && r.compound_yearly);
	r = dm_interest_rule(DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_ACT);
	g_assert_true(!r.commercial && r.compound_yearly && r.day_count == DM_DAY_COUNT_ACT_ACT);
	r = dm_interest_rule(DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, DM_DAY_COUNT_ACT_365);
	g_assert_true(r.commercial && !r.compound_yearly);
	r = dm_interest_rule(DM_COUNTRY_BE, DM_DEBTOR_CONSUMER, DM_DAY_COUNT_ACT_365);
	g_assert_true(!r.commercial && !r.compound_yearly);
	DmDayCount dc = DM_DAY_COUNT_ACT_ACT;
	g_assert_true(dm_day_count_parse("act365", &dc) && dc == DM_DAY_COUNT_ACT_365);
	g_assert_true(dm_day_count_parse("actual/actual", &dc) && dc == DM_DAY_COUNT_ACT_ACT);
	g_assert_false(dm_day_count_parse("30/360", &dc));
	g_assert_false(dm_day_count_parse(NULL, &dc));
	g_assert_cmpstr(dm_day_count_name(DM_DAY_COUNT_ACT_365), ==, "actual/365");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/interest/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(error_cases); i++) {
		g_autofree char *path = g_strdup_printf("/interest/error/%s", error_cases[i].name);
		g_test_add_data_func(path, &error_cases[i], test_error);
	}
	g_test_add_func("/interest/anniversary", test_anniversary);
	g_test_add_func("/interest/rule-and-day-count", test_rule_and_day_count);
	return g_test_run();
}
