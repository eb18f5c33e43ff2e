/* test-common-money: amounts in minor units formatted for people, nl and en. */
#include "common/dm-money.h"

typedef struct {
	gint64 cents;
	const char *currency;
	const char *language;
	const char *expect;
} Case;

static const Case cases[] = {
	{ 125000, "EUR", "nl", "€ 1.250,00" },
	{ 125000, "EUR", "en", "€1,250.00" },
	{ 123456, NULL, "nl", "€ 1.234,56" },
	{ 123456, "", "en", "€1,234.56" },
	{ 0, "EUR", "nl", "€ 0,00" },
	{ 5, "EUR", "nl", "€ 0,05" },
	{ 99, "EUR", "en", "€0.99" },
	{ 100, "EUR", "en", "€1.00" },
	{ 99999, "EUR", "nl", "€ 999,99" },
	{ 100000, "EUR", "nl", "€ 1.000,00" },
	{ -125050, "EUR", "nl", "-€ 1.250,50" },
	{ -1, "EUR", "en", "-€0.01" },
	{ 100000000000, "EUR", "nl", "€ 1.000.000.000,00" },
	{ 1250, "USD", "en", "USD 12.50" },
	{ 1250, "USD", "nl", "USD 12,50" },
	{ 123456789, "GBP", "en", "GBP 1,234,567.89" },
	{ 123456, "EUR", NULL, "€ 1.234,56" },               /* default language: nl */
	{ 123456, "EUR", "de", "€ 1.234,56" },
	{ G_MAXINT64, "EUR", "en", "€92,233,720,368,547,758.07" },
	{ G_MININT64, "EUR", "en", "-€92,233,720,368,547,758.08" },
	{ G_MININT64, "EUR", "nl", "-€ 92.233.720.368.547.758,08" },
	{ 12345, "JPY", "en", "JPY 12,345" },                /* no minor units */
	{ 12345, "KWD", "en", "KWD 12.345" },                /* three */
};

/* Minor units by ISO 4217 code, and amounts read in hundredths scaled to them. */
static const struct {
	const char *currency;
	gint64 hundredths;
	gboolean ok;
	gint64 minor;
} scales[] = {
	{ "EUR", 123456, TRUE, 123456 },
	{ NULL, 500, TRUE, 500 },
	{ "JPY", 1234500, TRUE, 12345 },
	{ "jpy", 100, TRUE, 1 },
	{ "JPY", 1250, FALSE, 0 },           /* ¥12.50: yen has no fraction */
	{ "KWD", 1250, TRUE, 12500 },
};

static void
test_scales(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(scales); i++) {
		gint64 out = -1;
		gboolean ok = dm_money_from_hundredths(scales[i].hundredths, scales[i].currency, &out);
		g_assert_cmpint(ok, ==, scales[i].ok);
		if (ok)
			g_assert_cmpint(out, ==, scales[i].minor);
	}
	g_assert_cmpint(dm_money_minor_digits("JPY"), ==, 0);
	g_assert_cmpint(dm_money_minor_digits("EUR"), ==, 2);
	g_assert_cmpint(dm_money_minor_digits("BHD"), ==, 3);
	g_assert_cmpint(dm_money_minor_digits(""), ==, 2);
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *got = dm_money_format(c->cents, c->currency, c->language);
	g_assert_cmpstr(got, ==, c->expect);
	g_assert_true(g_utf8_validate(got, -1, NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strdup_printf("/money/%02zu-%s-%s", i,
		                                     cases[i].currency ? cases[i].currency : "null",
		                                     cases[i].language ? cases[i].language : "null");
		g_test_add_data_func(p, &cases[i], test_case);
	}
	g_test_add_func("/money/minor-units", test_scales);
	return g_test_run();
}
