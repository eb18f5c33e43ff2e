/* dm-money: amounts in minor units, formatted for people. */
#pragma once
#include <glib.h>

/* (transfer full) "€ 1.250,00" for nl, "€1,250.00" for en; other currencies show their
 * ISO code ("USD 12.50").  @currency NULL or "" is taken as EUR. */
char *dm_money_format(gint64 cents, const char *currency, const char *language);

/* The number of minor-unit digits of ISO 4217 @currency: 0 for JPY, KRW, ISK…, 3 for BHD,
 * KWD…, 2 for the rest (and for NULL or ""). */
int dm_money_minor_digits(const char *currency);
/* Converts @hundredths (an amount read with two decimals) into @currency's minor units
 * into *@out; FALSE when that would drop a fraction the currency has no unit for
 * ("¥12.50"). */
gboolean dm_money_from_hundredths(gint64 hundredths, const char *currency, gint64 *out);

/* Reads an amount a person types on the command line into hundredths in *@cents: "1250",
 * "1250.00", "1250,5", "12,50" — digits, then at most one decimal point or comma with one
 * or two digits.  Grouping is refused ("1,250.00", "1.250,00", "1.250"): with both
 * separators in use in our countries, "1.250" could be 1.25 or 1250.  FALSE for anything
 * else, for zero and for more than @max_cents. */
gboolean dm_money_parse(const char *text, gint64 max_cents, gint64 *cents);
