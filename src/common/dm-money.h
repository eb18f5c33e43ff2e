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
