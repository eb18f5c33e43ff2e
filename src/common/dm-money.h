/* dm-money: amounts in minor units, formatted for people. */
#pragma once
#include <glib.h>

/* (transfer full) "€ 1.250,00" for nl, "€1,250.00" for en; other currencies show their
 * ISO code ("USD 12.50").  @currency NULL or "" is taken as EUR. */
char *dm_money_format(gint64 cents, const char *currency, const char *language);
