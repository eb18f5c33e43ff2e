/* currency: the table of ISO 4217 currencies (code, minor unit, written tokens, IBAN
 * countries) and its look-ups.  The tokens are what invoices in our countries print
 * beside amounts; DM_CURRENCY_RE (parser/text/dm-amount.h) finds them in text and a unit
 * test keeps the two in step. */
#include "common/dm-currency.h"

#include <string.h>

#define TOKENS(...) ((const char *const[]) { __VA_ARGS__, NULL })

static const DmCurrency table[] = {
	{ "EUR", 2, TOKENS("eur", "€", "euro", "euros"),
	  "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MC MT NL PT SI SK SM" },
	{ "USD", 2, TOKENS("usd", "$", "us$"), NULL },
	{ "GBP", 2, TOKENS("gbp", "£"), "GB" },
	/* The Swiss franc: "CHF 1'234.50", "Fr. 120.–", "SFr. 80.00". */
	{ "CHF", 2, TOKENS("chf", "fr.", "sfr."), "CH LI" },
	{ "JPY", 0, TOKENS("jpy", "¥", "yen"), NULL },
	/* The crowns share "kr" (and "kr."): the IBAN's country tells them apart. */
	{ "SEK", 2, TOKENS("sek", "kr", "kr."), "SE" },
	{ "NOK", 2, TOKENS("nok", "kr", "kr."), "NO" },
	{ "DKK", 2, TOKENS("dkk", "kr", "kr."), "DK FO GL" },
	{ "ISK", 0, TOKENS("isk", "kr", "kr."), "IS" },
	{ "PLN", 2, TOKENS("pln", "zł"), "PL" },
	{ "CZK", 2, TOKENS("czk", "kč"), "CZ" },
	{ "HUF", 2, TOKENS("huf"), "HU" },
	{ "CAD", 2, TOKENS("cad", "ca$", "c$"), NULL },
	{ "AUD", 2, TOKENS("aud", "a$", "au$"), NULL },
	{ "NZD", 2, TOKENS("nzd", "nz$"), NULL },
	/* Read in e-invoices by their code only. */
	{ "KRW", 0, NULL, NULL }, { "CLP", 0, NULL, NULL }, { "VND", 0, NULL, NULL },
	{ "PYG", 0, NULL, NULL }, { "UGX", 0, NULL, NULL }, { "XAF", 0, NULL, NULL },
	{ "XOF", 0, NULL, NULL }, { "XPF", 0, NULL, NULL },
	{ "BHD", 3, NULL, NULL }, { "IQD", 3, NULL, NULL }, { "JOD", 3, NULL, NULL },
	{ "KWD", 3, NULL, NULL }, { "LYD", 3, NULL, NULL }, { "OMR", 3, NULL, NULL },
	{ "TND", 3, NULL, NULL },
};

const DmCurrency *
dm_currency_by_code(const char *code)
{
	for (guint i = 0; code && i < G_N_ELEMENTS(table); i++)
		if (g_ascii_strcasecmp(code, table[i].code) == 0)
			return &table[i];
	return NULL;
}

static gboolean
has_token(const DmCurrency *c, const char *token)
{
	g_autofree char *folded = g_utf8_casefold(token, -1);
	for (guint k = 0; c->tokens && c->tokens[k]; k++)
		if (strcmp(c->tokens[k], folded) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
in_country(const DmCurrency *c, const char *country)
{
	if (!c->countries || !country || strlen(country) != 2)
		return FALSE;
	for (const char *p = c->countries; (p = strstr(p, country)); p += 2)
		if ((p == c->countries || p[-1] == ' ') && (p[2] == ' ' || p[2] == '\0'))
			return TRUE;
	return FALSE;
}

const DmCurrency *
dm_currency_of_token_in(const char *token, const char *country)
{
	if (!token || !g_utf8_validate(token, -1, NULL))
		return NULL;
	const DmCurrency *found = NULL;
	guint n = 0;
	for (guint i = 0; i < G_N_ELEMENTS(table); i++)
		if (has_token(&table[i], token)) {
			if (in_country(&table[i], country))
				return &table[i];
			found = &table[i];
			n++;
		}
	return n == 1 ? found : NULL;
}

const DmCurrency *
dm_currency_of_token(const char *token)
{
	return dm_currency_of_token_in(token, NULL);
}

const DmCurrency *
dm_currency_of_country(const char *country)
{
	for (guint i = 0; i < G_N_ELEMENTS(table); i++)
		if (in_country(&table[i], country))
			return &table[i];
	return NULL;
}

gboolean
dm_currency_token_known(const char *token)
{
	if (!token || !g_utf8_validate(token, -1, NULL))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(table); i++)
		if (has_token(&table[i], token))
			return TRUE;
	return FALSE;
}

gboolean
dm_currency_sign_shared(const DmCurrency *c)
{
	for (guint k = 0; c && c->tokens && c->tokens[k]; k++)
		if (!dm_currency_of_token(c->tokens[k]))
			return TRUE;
	return FALSE;
}
