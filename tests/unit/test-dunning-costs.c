/* test-dunning-costs: the statutory collection costs and the flat compensation in cents
 * (dm-costs.h), and when a consumer's costs become due (dm-cost-dates.h).  Every worked
 * example of shared/legal/rules.md section 1.2 (with and without the VAT surcharge of
 * 1.3), the scale's band edges to the cent, its minimum and maximum, the Belgian consumer
 * caps of 3.3, the EUR 40 of 1.5 / 3.1 / 3.2, and the dates of 1.4 and 3.3. */
#include "common/dm-clock.h"
#include "dunning/engine/dm-costs.h"
#include "dunning/engine/dm-cost-dates.h"

typedef struct {
	const char *name;
	gint64 principal;
	gint64 fee;                 /* dm_costs_nl_scale */
	gint64 with_vat;            /* dm_costs_add_vat(fee, 21 %) */
} ScaleCase;

static const ScaleCase scale_cases[] = {
	/* rules.md 1.2, worked examples (principal, WIK costs, with 21 % VAT surcharge). */
	{ "1.2-example-250", 25000, 4000, 4840 },
	{ "1.2-example-2500", 250000, 37500, 45375 },
	{ "1.2-example-5000", 500000, 62500, 75625 },
	{ "1.2-example-12000", 1200000, 89500, 108295 },
	{ "1.2-example-300000", 30000000, 327500, 396275 },
	{ "1.2-example-1000000-cap", 100000000, 677500, 819775 },
	{ "1.2-above-cap", 500000000, 677500, 819775 },
	/* The minimum: 15 % of 266.66 is 39.999, of 266.67 is 40.0005 (both round to 40.00);
	 * 266.70 is the first whose 15 % is above it. */
	{ "min-zero", 0, 4000, 4840 },
	{ "min-one-cent", 1, 4000, 4840 },
	{ "min-266.66", 26666, 4000, 4840 },
	{ "min-266.67", 26667, 4000, 4840 },
	{ "min-266.70", 26670, 4001, 4841 },
	/* Band edges to the cent: 15 % up to 2,500.00, 10 % from 2,500.01. */
	{ "band1-top", 250000, 37500, 45375 },
	{ "band2-first-cent", 250001, 37500, 45375 },     /* 375 + 0.001 */
	{ "band2-ten-cents", 250010, 37501, 45376 },
	{ "band2-top", 500000, 62500, 75625 },
	{ "band3-first", 500010, 62501, 75626 },         /* + 0.0005 rounds half up */
	{ "band3-top", 1000000, 87500, 105875 },
	{ "band4-first", 1000100, 87501, 105876 },
	{ "band4-top", 20000000, 277500, 335775 },
	{ "band5-first", 20000100, 277501, 335776 },       /* + 0.005 half up */
	{ "band5-half-cent", 20000099, 277500, 335775 },   /* + 0.00495: down */
	{ "max-exact", 100000000, 677500, 819775 },
	{ "max-minus-one-euro", 99999900, 677500, 819775 }, /* 6,774.995 rounds up to the cap */
	{ "max-minus-two-euro", 99999800, 677499, 819774 },
	{ "rounding-half-up", 333, 4000, 4840 },
	{ "rounding-odd", 123457, 18519, 22408 },           /* 185.1855 -> 185.19 */
};

static void
test_scale(gconstpointer data)
{
	const ScaleCase *c = data;
	gint64 fee = dm_costs_nl_scale(c->principal);
	g_assert_cmpint(fee, ==, c->fee);
	g_assert_cmpint(dm_costs_add_vat(fee, 2100), ==, c->with_vat);
	g_assert_cmpint(fee, >=, DM_COSTS_NL_MINIMUM_CENTS);
	g_assert_cmpint(fee, <=, DM_COSTS_NL_MAXIMUM_CENTS);
}

/* The scale never falls as the principal rises (checked on a grid of a cent's steps in
 * the low bands and euros above). */
static void
test_scale_monotonic(void)
{
	gint64 last = 0;
	for (gint64 p = 0; p <= 1200000; p += 7) {
		gint64 fee = dm_costs_nl_scale(p);
		g_assert_cmpint(fee, >=, last);
		last = fee;
	}
	for (gint64 p = 1200000; p <= 120000000; p += 9973) {
		gint64 fee = dm_costs_nl_scale(p);
		g_assert_cmpint(fee, >=, last);
		last = fee;
	}
	g_assert_cmpint(last, ==, DM_COSTS_NL_MAXIMUM_CENTS);
}

typedef struct {
	const char *name;
	gint64 principal;
	gint64 cap;
} BeCase;

static const BeCase be_cases[] = {
	/* rules.md 3.3: up to 150: 20; 150.01-500: 30 + 10 % above 150; above 500: 65 + 5 %
	 * above 500, at most 2,000. */
	{ "3.3-zero", 0, 2000 },
	{ "3.3-150", 15000, 2000 },
	{ "3.3-150.01", 15001, 3000 },          /* 30 + 0.001 */
	{ "3.3-150.05", 15005, 3001 },          /* 30 + 0.005 half up */
	{ "3.3-300", 30000, 4500 },
	{ "3.3-500", 50000, 6500 },
	{ "3.3-500.01", 50001, 6500 },          /* 65 + 0.0005 */
	{ "3.3-500.10", 50010, 6501 },
	{ "3.3-1000", 100000, 9000 },
	{ "3.3-39200-max-reached", 3920000, 200000 },
	{ "3.3-39199.80", 3919980, 199999 },
	{ "3.3-above-max", 10000000, 200000 },
};

static void
test_be_cap(gconstpointer data)
{
	const BeCase *c = data;
	g_assert_cmpint(dm_costs_be_consumer_cap(c->principal), ==, c->cap);
}

typedef struct {
	const char *name;
	DmCountry country;
	DmDebtor debtor;
	gint64 principal;
	gboolean third_party, cannot_deduct, already;
	gint64 collection, compensation, claim;
	gboolean vat;
} ComputeCase;

static const ComputeCase compute_cases[] = {
	/* NL consumer: the scale (1.2), no flat compensation (6:96 lid 4 is B2B only). */
	{ "nl-consumer-1250", DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, 125000, 0, 0, 0,
	  18750, 0, 18750, FALSE },
	/* NL business: max(40, scale), never 40 + scale (1.5). */
	{ "nl-business-1250", DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, 125000, 0, 0, 0,
	  18750, 4000, 18750, FALSE },
	{ "nl-business-100-floor", DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, 10000, 0, 0, 0,
	  4000, 4000, 4000, FALSE },
	/* VAT surcharge only when both conditions of 1.3 hold. */
	{ "nl-vat-both", DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, 1200000, 1, 1, 0,
	  108295, 0, 108295, TRUE },
	{ "nl-vat-self-collecting", DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, 1200000, 0, 1, 0,
	  89500, 0, 89500, FALSE },
	{ "nl-vat-deductible", DM_COUNTRY_NL, DM_DEBTOR_CONSUMER, 1200000, 1, 0, 0,
	  89500, 0, 89500, FALSE },
	{ "nl-vat-minimum-too", DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, 25000, 1, 1, 0,
	  4840, 4000, 4840, TRUE },
	/* Charged once (1.2). */
	{ "nl-already-charged", DM_COUNTRY_NL, DM_DEBTOR_BUSINESS, 125000, 0, 0, 1,
	  0, 0, 0, FALSE },
	/* DE: the Pauschale against a business only (3.2); no scale. */
	{ "de-business", DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, 125000, 0, 0, 0, 0, 4000, 4000, FALSE },
	{ "de-consumer", DM_COUNTRY_DE, DM_DEBTOR_CONSUMER, 125000, 0, 0, 0, 0, 0, 0, FALSE },
	{ "de-no-vat-rule", DM_COUNTRY_DE, DM_DEBTOR_BUSINESS, 125000, 1, 1, 0, 0, 4000, 4000, FALSE },
	/* BE: the EUR 40 forfait for a business, the damages-clause cap for a consumer (3.3). */
	{ "be-business", DM_COUNTRY_BE, DM_DEBTOR_BUSINESS, 125000, 0, 0, 0, 0, 4000, 4000, FALSE },
	{ "be-consumer-1250", DM_COUNTRY_BE, DM_DEBTOR_CONSUMER, 125000, 0, 0, 0,
	  10250, 0, 10250, FALSE },
};

static void
test_compute(gconstpointer data)
{
	const ComputeCase *c = data;
	DmCostsInput in = { .country = c->country, .debtor = c->debtor,
	                    .principal_cents = c->principal,
	                    .third_party_collector = c->third_party,
	                    .cannot_deduct_vat = c->cannot_deduct, .already_charged = c->already };
	DmCosts out;
	dm_costs_compute(&in, &out);
	g_assert_cmpint(out.collection_costs_cents, ==, c->collection);
	g_assert_cmpint(out.compensation_cents, ==, c->compensation);
	g_assert_cmpint(out.claim_cents, ==, c->claim);
	g_assert_cmpint(out.vat_surcharge, ==, c->vat);
	g_assert_nonnull(out.basis);
}

typedef struct {
	const char *name;
	const char *sent;
	int kind;                   /* 0: NL with delivery_days, 1: BE letter, 2: BE e-mail */
	guint delivery_days;
	const char *due_from;
} DateCase;

static const DateCase date_cases[] = {
	/* NL 1.4: received two delivery days after sending (no Sundays, Mondays or holidays),
	 * then 14 days, costs from the day after. */
	{ "nl-tue-sent", "2026-03-03", 0, 2, "2026-03-20" },    /* received Thu 03-05 */
	{ "nl-fri-sent", "2026-03-06", 0, 2, "2026-03-25" },    /* Sat, (Sun, Mon), Tue 03-10 */
	{ "nl-sat-sent", "2026-03-07", 0, 2, "2026-03-26" },    /* (Sun, Mon), Tue, Wed 03-11 */
	/* Easter 2026 is 04-05: Good Friday counts, Easter Monday 04-06 does not. */
	{ "nl-easter", "2026-04-02", 0, 2, "2026-04-19" },      /* Fri 04-03, Sat 04-04 */
	{ "nl-kings-day", "2026-04-24", 0, 2, "2026-05-13" },   /* Sat 25, Tue 28 (Mon 27 is both) */
	{ "nl-christmas", "2026-12-23", 0, 2, "2027-01-13" },   /* Thu 24, (25, 26, 27, 28) Tue 29 */
	{ "nl-email-same-day", "2026-03-03", 0, 0, "2026-03-18" },
	/* BE 3.3: a letter's 14 days start on the third working day after sending. */
	{ "be-letter-mon", "2026-03-02", 1, 0, "2026-03-19" },  /* Tue, Wed, Thu 03-05 */
	{ "be-letter-thu", "2026-03-05", 1, 0, "2026-03-24" },  /* Fri, Mon, Tue 03-10 */
	{ "be-letter-easter", "2026-04-02", 1, 0, "2026-04-22" }, /* Fri 3, (Mon 6 holiday), Tue 7, Wed 8 */
	{ "be-email", "2026-03-05", 2, 0, "2026-03-20" },       /* starts Fri 03-06 */
};

static void
test_dates(gconstpointer data)
{
	const DateCase *c = data;
	GDate sent, got;
	g_assert_true(dm_date_parse_iso(c->sent, &sent));
	g_date_clear(&got, 1);
	if (c->kind == 0)
		dm_cost_dates_nl_consumer(&sent, c->delivery_days, &got);
	else
		dm_cost_dates_be_consumer(&sent, c->kind == 1 ? DM_CHANNEL_LETTER : DM_CHANNEL_EMAIL,
		                          &got);
	g_autofree char *iso = dm_date_iso(&got);
	g_assert_cmpstr(iso, ==, c->due_from);
}

static void
test_country(void)
{
	static const struct {
		const char *input;
		DmCountry country;
		const char *code, *name;
	} rows[] = {
		{ "nl", DM_COUNTRY_NL, "nl", "Netherlands" },
		{ "DE", DM_COUNTRY_DE, "de", "Germany" },
		{ "be", DM_COUNTRY_BE, "be", "Belgium" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		DmCountry c = DM_COUNTRY_NL;
		g_assert_true(dm_country_parse(rows[i].input, &c));
		g_assert_cmpint(c, ==, rows[i].country);
		g_assert_cmpstr(dm_country_code(c), ==, rows[i].code);
		g_assert_cmpstr(dm_country_name(c), ==, rows[i].name);
	}
	DmCountry c = DM_COUNTRY_BE;
	g_assert_false(dm_country_parse("fr", &c));
	g_assert_false(dm_country_parse("", &c));
	g_assert_false(dm_country_parse("nld", &c));
	g_assert_false(dm_country_parse(NULL, &c));
	g_assert_cmpint(c, ==, DM_COUNTRY_BE);      /* untouched */
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(scale_cases); i++) {
		g_autofree char *path = g_strdup_printf("/costs/nl-scale/%s", scale_cases[i].name);
		g_test_add_data_func(path, &scale_cases[i], test_scale);
	}
	g_test_add_func("/costs/nl-scale/monotonic", test_scale_monotonic);
	g_test_add_func("/costs/country", test_country);
	for (gsize i = 0; i < G_N_ELEMENTS(be_cases); i++) {
		g_autofree char *path = g_strdup_printf("/costs/be-cap/%s", be_cases[i].name);
		g_test_add_data_func(path, &be_cases[i], test_be_cap);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(compute_cases); i++) {
		g_autofree char *path = g_strdup_printf("/costs/compute/%s", compute_cases[i].name);
		g_test_add_data_func(path, &compute_cases[i], test_compute);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(date_cases); i++) {
		g_autofree char *path = g_strdup_printf("/costs/dates/%s", date_cases[i].name);
		g_test_add_data_func(path, &date_cases[i], test_dates);
	}
	return g_test_run();
}
