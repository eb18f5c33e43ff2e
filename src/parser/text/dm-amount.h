/* dm-amount: money as people write it, read into integer minor units.
 * Private to src/parser.  Never floating point (DESIGN.md: money is integer cents). */
#pragma once
#include <glib.h>

/* Amounts above this are not believed (a reference number, a phone number). */
#define DM_AMOUNT_MAX_CENTS G_GINT64_CONSTANT(10000000000)      /* 100 million */

/* PCRE2 fragments (no capturing groups) for finding amounts in text; use with
 * PCRE2_CASELESS.  DM_CURRENCY_RE finds the tokens of the currency table
 * (common/dm-currency.h: codes, symbols, words); test-amount keeps the two in step.  DM_AMOUNT_RE takes an optional currency before or after the number;
 * DM_AMOUNT_CUR_RE requires one. */
#define DM_CURRENCY_RE "(?:€|EUR(?![a-z])|euros?(?![a-z])|(?<!\\p{L})(?:US|CA|C|AU|A|NZ)\\$|\\$|USD(?![a-z])|£|GBP(?![a-z])" \
	"|CHF(?![a-z])|(?<!\\p{L})S?Fr\\.|¥|JPY(?![a-z])|yen(?![a-z])" \
	"|(?<!\\p{L})(?:SEK|NOK|DKK|ISK|PLN|CZK|HUF|CAD|AUD|NZD)(?![a-z])|(?<!\\p{L})kr\\.?(?!\\p{L})|zł|Kč)"
/* The longest token of the currency table (common/dm-currency.h), in bytes. */
#define DM_CURRENCY_TOKEN_MAX 5
/* Thousands grouped by . , ' ’ or — only before decimals, so "2 150" in a table stays two
 * numbers — a single space ("1 234,56"). */
#define DM_NUMBER_RE "-?(?:\\d{1,3}(?: \\d{3})+(?=[.,]\\d{2}(?!\\d))|\\d{1,3}(?:[.,'’]\\d{3})+|\\d{1,12})" \
	"(?:[.,](?:\\d{1,2}|-{1,2}|—|–))?(?!\\d)(?![.,]\\d)"
#define DM_AMOUNT_CUR_RE \
	"(?:" DM_CURRENCY_RE "[ \\t]{0,3}" DM_NUMBER_RE \
	"|(?<![\\d.,])" DM_NUMBER_RE "[ \\t]{0,3}" DM_CURRENCY_RE ")"
#define DM_AMOUNT_RE \
	"(?:" DM_CURRENCY_RE "[ \\t]{0,3}" DM_NUMBER_RE \
	"|(?<![\\d.,\\p{L}])" DM_NUMBER_RE "(?:[ \\t]{0,3}" DM_CURRENCY_RE ")?)"

/* Reads a whole amount such as "€ 1.234,56", "1 234,56 €", "CHF 1'234.50", "Fr. 120.–" (the
 * Swiss franc's "Fr." or "SFr.", whole francs with a dash), "¥12,345" (in
 * yen: a currency's own minor units, dm_money_minor_digits), "EUR 1234,56", "1,234.56 EUR", "€ 12,-",
 * "$1,234.56", "1.234" (Dutch thousands).  A comma or a point is the decimal separator
 * when one or two digits follow it and it is the last separator; three digits after a
 * lone separator mean thousands.  @currency gets the ISO 4217 code or "" when none is
 * written or the token is one several currencies write ("31 750,00 kr": the crowns; the
 * caller tells them by the IBAN's country).  FALSE (outputs untouched) for anything else, and above DM_AMOUNT_MAX_CENTS. */
gboolean dm_amount_parse(const char *text, gint64 *cents, char currency[4]);

/* Reads an XML xs:decimal ("1234.5", "-227.00", "12.345"): point only, no grouping; a
 * third decimal rounds half away from zero.  FALSE for anything else or absurd values. */
gboolean dm_amount_parse_decimal(const char *text, gint64 *cents);
/* The same in a currency's minor units: @digits decimals kept (0 for JPY: "1250" is
 * 1250; 3 for BHD: "1.234" is 1234), the next one rounding half away from zero. */
gboolean dm_amount_parse_decimal_minor(const char *text, int digits, gint64 *minor);

/* (transfer none) ISO 4217 code for a currency token ("€", "eur", "USD", "£"), or NULL. */
const char *dm_amount_currency_code(const char *token);

/* TRUE for a plausible ISO 4217 code: three ASCII letters (copied upper-cased to @out). */
gboolean dm_amount_currency_valid(const char *code, char out[4]);
