/* money: formatting integer minor units; no floating point anywhere. */
#include "common/dm-money.h"

#include <string.h>

static void
append_grouped(GString *out, guint64 units, char sep)
{
	char digits[32];
	int n = g_snprintf(digits, sizeof digits, "%" G_GUINT64_FORMAT, units);
	for (int i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			g_string_append_c(out, sep);
		g_string_append_c(out, digits[i]);
	}
}

char *
dm_money_format(gint64 cents, const char *currency, const char *language)
{
	gboolean dutch = g_strcmp0(language, "en") != 0;
	gboolean euro = !currency || !*currency || strcmp(currency, "EUR") == 0;
	/* Negate in unsigned arithmetic: -G_MININT64 does not fit in gint64. */
	guint64 abs = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;
	GString *out = g_string_new(cents < 0 ? "-" : "");
	if (euro)
		g_string_append(out, dutch ? "€ " : "€");
	else
		g_string_append_printf(out, "%s ", currency);
	append_grouped(out, abs / 100, dutch ? '.' : ',');
	g_string_append_printf(out, "%c%02u", dutch ? ',' : '.', (guint) (abs % 100));
	return g_string_free(out, FALSE);
}
