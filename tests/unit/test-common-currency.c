/* test-common-currency: the ISO 4217 table — each code's minor unit, the tokens written
 * beside amounts, a token several currencies share told apart by the IBAN's country, and
 * every token the table lists found by the amount reader's DM_CURRENCY_RE. */
#include "common/dm-currency.h"
#include "common/dm-money.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

static void
test_codes(void)
{
	static const struct { const char *code; int exponent; } codes[] = {
		{ "EUR", 2 }, { "eur", 2 }, { "JPY", 0 }, { "ISK", 0 }, { "BHD", 3 }, { "SEK", 2 }, { "CHF", 2 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(codes); i++) {
		const DmCurrency *c = dm_currency_by_code(codes[i].code);
		g_assert_nonnull(c);
		g_assert_cmpint(c->exponent, ==, codes[i].exponent);
		g_assert_cmpint(dm_money_minor_digits(codes[i].code), ==, codes[i].exponent);
	}
	g_assert_null(dm_currency_by_code("XYZ"));
	g_assert_null(dm_currency_by_code(""));
	g_assert_null(dm_currency_by_code(NULL));
	g_assert_cmpint(dm_money_minor_digits("XYZ"), ==, 2);
}

static void
test_tokens(void)
{
	static const struct { const char *token, *country, *code; } tokens[] = {
		{ "€", NULL, "EUR" }, { "Euro", NULL, "EUR" }, { "£", NULL, "GBP" }, { "Fr.", NULL, "CHF" },
		{ "¥", NULL, "JPY" }, { "CA$", NULL, "CAD" }, { "$", NULL, "USD" }, { "sek", NULL, "SEK" },
		/* The crowns' "kr": none alone, the IBAN country's with one. */
		{ "kr", NULL, NULL }, { "kr", "SE", "SEK" }, { "kr.", "DK", "DKK" }, { "kr", "NO", "NOK" },
		{ "kr", "NL", NULL },
		/* A token only one currency writes is that one's whatever the country. */
		{ "€", "SE", "EUR" },
		{ "ft", NULL, NULL }, { "", NULL, NULL }, { NULL, NULL, NULL }, { "\xff", NULL, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(tokens); i++) {
		const DmCurrency *c = dm_currency_of_token_in(tokens[i].token, tokens[i].country);
		g_assert_cmpstr(c ? c->code : NULL, ==, tokens[i].code);
	}
	g_assert_cmpstr(dm_currency_of_country("AT")->code, ==, "EUR");
	g_assert_cmpstr(dm_currency_of_country("SE")->code, ==, "SEK");
	g_assert_cmpstr(dm_currency_of_country("LI")->code, ==, "CHF");
	g_assert_null(dm_currency_of_country("US"));
	g_assert_null(dm_currency_of_country("E"));
	g_assert_true(dm_currency_sign_shared(dm_currency_by_code("NOK")));
	g_assert_false(dm_currency_sign_shared(dm_currency_by_code("GBP")));
	g_assert_false(dm_currency_sign_shared(NULL));
}

/* The amount reader's pattern finds every token of the table beside a number, and the
 * parser gives the table's code for it: the two never drift apart. */
static DmPattern with_currency = DM_PATTERN("^" DM_AMOUNT_CUR_RE "$", PCRE2_CASELESS);

static void
test_pattern_in_step(void)
{
	static const char *const codes[] = { "EUR", "USD", "GBP", "CHF", "JPY", "SEK", "NOK", "DKK", "ISK",
					     "PLN", "CZK", "HUF", "CAD", "AUD", "NZD" };
	for (guint i = 0; i < G_N_ELEMENTS(codes); i++) {
		const DmCurrency *c = dm_currency_by_code(codes[i]);
		g_assert_nonnull(c);
		g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(written, g_strdup(c->code));
		for (guint k = 0; c->tokens && c->tokens[k]; k++)
			g_ptr_array_add(written, g_strdup(c->tokens[k]));
		for (guint k = 0; k < written->len; k++) {
			const char *token = g_ptr_array_index(written, k);
			g_autofree char *text = g_strdup_printf("%s 1.250", token);
			DmMatch m;
			if (!dm_pattern_match(&with_currency, text, strlen(text), 0, &m))
				g_error("DM_CURRENCY_RE does not find \"%s\"", text);
			gint64 minor;
			char code[4];
			g_assert_true(dm_amount_parse(text, &minor, code));
			const DmCurrency *own = dm_currency_of_token(token);
			g_assert_cmpstr(code, ==, own ? own->code : "");
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/currency/codes", test_codes);
	g_test_add_func("/currency/tokens", test_tokens);
	g_test_add_func("/currency/pattern-in-step", test_pattern_in_step);
	return g_test_run();
}
