/* dm-currency: the ISO 4217 currencies dunmail reads and writes — each code with its minor
 * unit (the exponent: 2 for the euro's cents, 0 for the yen, 3 for the Bahraini dinar),
 * the symbols and words people write beside an amount, and the countries whose IBANs pay
 * in it.  One table (currency.c) serves the amount reader, the e-invoice readers and the
 * money formatter.  Pure. */
#pragma once
#include <glib.h>

typedef struct {
	char code[4];                 /* ISO 4217 */
	int exponent;                 /* digits of the minor unit */
	const char *const *tokens;    /* (nullable) lower-case symbols and words, NULL-ended */
	const char *countries;        /* (nullable) IBAN country codes that pay in it, space-separated */
} DmCurrency;

/* (transfer none) (nullable) the currency of ISO code @code (any case). */
const DmCurrency *dm_currency_by_code(const char *code);

/* (transfer none) (nullable) the currency a token written beside an amount names: a code
 * ("SEK", "chf"), a symbol ("€", "£", "CA$") or a word ("euro", "Fr."), compared without
 * case.  NULL for a token no currency has, and for one several have ("kr": the Swedish,
 * Norwegian, Danish and Icelandic crowns — dm_currency_of_token_in with a country tells). */
const DmCurrency *dm_currency_of_token(const char *token);

/* (transfer none) (nullable) as dm_currency_of_token, but a token several currencies
 * share is the one of IBAN country @country (nullable, "SE"): "kr" paid to SE is SEK. */
const DmCurrency *dm_currency_of_token_in(const char *token, const char *country);

/* (transfer none) (nullable) the currency the banks of IBAN country @country ("NL", "CH")
 * hold accounts in. */
const DmCurrency *dm_currency_of_country(const char *country);

/* TRUE when @c's own sign is one other currencies write too ("kr" of the SEK): an amount
 * in it often names no currency of its own. */
gboolean dm_currency_sign_shared(const DmCurrency *c);

/* TRUE when @token is one a currency in the table writes (shared ones too). */
gboolean dm_currency_token_known(const char *token);
