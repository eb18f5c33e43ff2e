/* test-amount: money text -> cents, as a table of named cases (good and hostile). */
#include "parser/text/dm-amount.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *text;
	gboolean ok;
	gint64 cents;
	const char *currency;
} AmountCase;

static const AmountCase text_cases[] = {
	{ "dutch-euro-sign", "€ 1.234,56", TRUE, 123456, "EUR" },
	{ "dutch-no-thousands", "EUR 1234,56", TRUE, 123456, "EUR" },
	{ "dutch-whole-dash", "€ 12,-", TRUE, 1200, "EUR" },
	{ "dutch-whole-double-dash", "€12,--", TRUE, 1200, "EUR" },
	{ "dutch-thousands-only", "€ 1.234", TRUE, 123400, "EUR" },
	{ "english-dollar", "$1,234.56", TRUE, 123456, "USD" },
	{ "english-suffix-code", "1,234.56 EUR", TRUE, 123456, "EUR" },
	{ "english-euro-sign", "€1,234.56", TRUE, 123456, "EUR" },
	{ "pound", "£ 99.5", TRUE, 9950, "GBP" },
	{ "gbp-code", "GBP 1,000,000.00", TRUE, 100000000, "GBP" },
	{ "no-currency", "1.234,56", TRUE, 123456, "" },
	{ "plain-integer", "250", TRUE, 25000, "" },
	{ "one-decimal", "12,5", TRUE, 1250, "" },
	{ "euro-word", "1.210,00 euro", TRUE, 121000, "EUR" },
	{ "swiss-apostrophe", "CHF 1'234.50", TRUE, 123450, "CHF" },
	{ "negative", "-€ 50,00", TRUE, -5000, "EUR" },
	{ "spaces", "  € 7,00  ", TRUE, 700, "EUR" },
	{ "bad-grouping", "1.23.456", FALSE, 0, NULL },
	{ "bad-two-decimals-kinds", "1,234,56", FALSE, 0, NULL },
	{ "bad-mixed-thousands", "1.234,567,89", FALSE, 0, NULL },
	{ "bad-three-decimals", "12,3456", FALSE, 0, NULL },
	{ "bad-letters", "€ 12a", FALSE, 0, NULL },
	{ "bad-empty", "", FALSE, 0, NULL },
	{ "bad-only-currency", "€", FALSE, 0, NULL },
	{ "bad-two-currencies", "€ 12 USD", FALSE, 0, NULL },
	{ "absurd-large", "€ 123.456.789.012,00", FALSE, 0, NULL },
	{ "absurd-digits", "99999999999999999999999", FALSE, 0, NULL },
	{ "bad-dash-with-decimals", "12,50-", FALSE, 0, NULL },
	{ "bad-separator-first", ",50", FALSE, 0, NULL },
	/* the formats of issue 8, point 3 */
	{ "space-thousands", "1 234,56", TRUE, 123456, "" },
	{ "space-thousands-euro-after", "12 345,00 €", TRUE, 1234500, "EUR" },
	{ "english-thousands", "1,234.56", TRUE, 123456, "" },
	{ "swiss-plain", "1'234.56", TRUE, 123456, "" },
	{ "euro-whole", "€1234", TRUE, 123400, "EUR" },
	{ "eur-dash", "EUR 1.234,-", TRUE, 123400, "EUR" },
	{ "german-euro-after", "12.345,00 €", TRUE, 1234500, "EUR" },
	{ "yen-no-minor-units", "¥12,345", TRUE, 12345, "JPY" },
	{ "jpy-code", "JPY 250,000", TRUE, 250000, "JPY" },
	{ "bad-yen-fraction", "¥12.50", FALSE, 0, NULL },
	{ "bad-space-decimal", "1 23", FALSE, 0, NULL },
	/* The Swiss franc as "Fr." or "SFr.", whole francs with an en dash. */
	{ "swiss-fr", "Fr. 1'234.50", TRUE, 123450, "CHF" },
	{ "swiss-sfr-after", "1'234.50 SFr.", TRUE, 123450, "CHF" },
	{ "swiss-fr-en-dash", "Fr. 120.–", TRUE, 12000, "CHF" },
	{ "bad-fr-letters", "Fr. abc", FALSE, 0, NULL },
	/* ISO 4217 codes of the currency table, and the crowns' shared "kr": no currency of
	 * its own (the IBAN's country tells, invoice.c), unless a code stands beside it. */
	{ "sek-code-space-thousands", "SEK 31 750,00", TRUE, 3175000, "SEK" },
	{ "kr-after", "31 750,00 kr", TRUE, 3175000, "" },
	{ "kr-dot-before", "kr. 1.250,00", TRUE, 125000, "" },
	{ "code-and-kr", "SEK 31 750,00 kr", TRUE, 3175000, "SEK" },
	{ "nok-after", "1 250,00 NOK", TRUE, 125000, "NOK" },
	{ "dkk-code", "DKK 1.250,00", TRUE, 125000, "DKK" },
	{ "isk-no-minor-units", "ISK 12.500", TRUE, 12500, "ISK" },
	{ "cad-sign", "CA$1,200.00", TRUE, 120000, "CAD" },
	{ "aud-sign", "A$ 99.95", TRUE, 9995, "AUD" },
	{ "pln-sign", "1 250,00 zł", TRUE, 125000, "PLN" },
	{ "bad-two-codes", "SEK 12,00 NOK", FALSE, 0, NULL },
	{ "bad-kr-letters", "kr abc", FALSE, 0, NULL },
};

static void
test_text(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(text_cases); i++) {
		const AmountCase *c = &text_cases[i];
		gint64 cents = -7;
		char cur[4] = "XXX";
		gboolean ok = dm_amount_parse(c->text, &cents, cur);
		if (ok != c->ok)
			g_error("case %s: \"%s\": expected %s", c->name, c->text,
				c->ok ? "an amount" : "refusal");
		if (ok) {
			if (cents != c->cents)
				g_error("case %s: %" G_GINT64_FORMAT " != %" G_GINT64_FORMAT,
					c->name, cents, c->cents);
			g_assert_cmpstr(cur, ==, c->currency);
		} else {
			g_assert_cmpint(cents, ==, -7);
		}
	}
}

static const struct {
	const char *name;
	const char *text;
	gboolean ok;
	gint64 cents;
} decimal_cases[] = {
	{ "two-decimals", "227.00", TRUE, 22700 },
	{ "negative", "-227.00", TRUE, -22700 },
	{ "integer", "6125", TRUE, 612500 },
	{ "one-decimal", "0.5", TRUE, 50 },
	{ "round-half-up", "10.005", TRUE, 1001 },
	{ "round-down", "10.0049", TRUE, 1000 },
	{ "round-carry", "0.999", TRUE, 100 },
	{ "spaces", " 12.30 \n", TRUE, 1230 },
	{ "plus", "+1.00", TRUE, 100 },
	{ "bad-comma", "12,30", FALSE, 0 },
	{ "bad-empty", "", FALSE, 0 },
	{ "bad-text", "abc", FALSE, 0 },
	{ "bad-huge", "123456789012345678901234567890", FALSE, 0 },
	{ "bad-trailing", "12.30EUR", FALSE, 0 },
};

static void
test_decimal(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(decimal_cases); i++) {
		gint64 cents = -7;
		gboolean ok = dm_amount_parse_decimal(decimal_cases[i].text, &cents);
		if (ok != decimal_cases[i].ok)
			g_error("case %s: wrong verdict", decimal_cases[i].name);
		if (ok && cents != decimal_cases[i].cents)
			g_error("case %s: %" G_GINT64_FORMAT, decimal_cases[i].name, cents);
	}
}

/* The search fragment finds the whole amount, so that dm_amount_parse sees all of it. */
static DmPattern find_amount = DM_PATTERN("(" DM_AMOUNT_CUR_RE ")", PCRE2_CASELESS);

static const struct {
	const char *name;
	const char *text;
	const char *found;   /* NULL: no amount with a currency in the text */
} find_cases[] = {
	{ "sentence-nl", "Het totaal is € 1.234,56 incl. btw.", "€ 1.234,56" },
	{ "sentence-en", "A total of 1,234.56 EUR is due.", "1,234.56 EUR" },
	{ "whole-dash", "Prijs: €12,- per stuk", "€12,-" },
	{ "no-currency", "Factuur 2026-0042 van 23-11-2026", NULL },
	{ "percent", "BTW 21% over 1000", NULL },
	{ "crowns", "Net\t31 750,00 kr", "31 750,00 kr" },
	{ "sek-code", "To pay\tSEK 31 750,00", "SEK 31 750,00" },
	{ "cad-sign", "Total CA$1,200.00 due", "CA$1,200.00" },
	/* Near misses: "kr" inside a word, a unit that is no currency. */
	{ "kr-in-word", "Stadskrant 2026 editie 12", NULL },
	{ "feet", "a wall of 12 ft", NULL },
};

static void
test_find(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(find_cases); i++) {
		DmMatch m;
		const char *t = find_cases[i].text;
		gboolean ok = dm_pattern_match(&find_amount, t, strlen(t), 0, &m);
		if (!find_cases[i].found) {
			if (ok)
				g_error("case %s: found an amount", find_cases[i].name);
			continue;
		}
		g_assert_true(ok);
		g_autofree char *got = dm_match_group(&m, 1);
		g_assert_cmpstr(got, ==, find_cases[i].found);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/amount/text", test_text);
	g_test_add_func("/amount/decimal", test_decimal);
	g_test_add_func("/amount/find", test_find);
	return g_test_run();
}
