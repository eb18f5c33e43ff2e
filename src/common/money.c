/* money: formatting integer minor units; no floating point anywhere. */
#include "common/dm-money.h"
#include "common/dm-currency.h"

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

int
dm_money_minor_digits(const char *currency)
{
	const DmCurrency *c = dm_currency_by_code(currency);
	return c ? c->exponent : 2;
}

gboolean
dm_money_from_hundredths(gint64 hundredths, const char *currency, gint64 *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	switch (dm_money_minor_digits(currency)) {
	case 0:
		if (hundredths % 100 != 0)
			return FALSE;
		*out = hundredths / 100;
		return TRUE;
	case 3:
		if (hundredths > G_MAXINT64 / 10 || hundredths < G_MININT64 / 10)
			return FALSE;
		*out = hundredths * 10;
		return TRUE;
	default:
		*out = hundredths;
		return TRUE;
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
	int digits = dm_money_minor_digits(euro ? "EUR" : currency);
	guint64 scale = digits == 0 ? 1 : digits == 3 ? 1000 : 100;
	append_grouped(out, abs / scale, dutch ? '.' : ',');
	if (digits > 0)
		g_string_append_printf(out, "%c%0*u", dutch ? ',' : '.', digits, (guint) (abs % scale));
	return g_string_free(out, FALSE);
}

gboolean
dm_money_parse(const char *text, gint64 max_cents, gint64 *cents)
{
	gint64 units = 0;
	const char *p = text;
	if (!text || !g_ascii_isdigit(*p))
		return FALSE;
	for (; g_ascii_isdigit(*p); p++) {
		units = units * 10 + (*p - '0');
		if (units > max_cents / 100)
			return FALSE;
	}
	int frac = 0, digits = 0;
	if (*p == '.' || *p == ',') {
		for (p++; g_ascii_isdigit(*p) && digits < 3; p++, digits++)
			frac = frac * 10 + (*p - '0');
		if (digits == 0 || digits > 2)
			return FALSE;
		if (digits == 1)
			frac *= 10;
	}
	if (*p)
		return FALSE;
	*cents = units * 100 + frac;
	return *cents > 0 && *cents <= max_cents;
}
