/* country: the country codes dunmail knows for statutory amounts and public holidays. */
#include "dunning/engine/dm-country.h"

static const struct {
	DmCountry country;
	const char *code;
	const char *name;
} countries[] = {
	{ DM_COUNTRY_NL, "nl", "Netherlands" },
	{ DM_COUNTRY_DE, "de", "Germany" },
	{ DM_COUNTRY_BE, "be", "Belgium" },
};

gboolean
dm_country_parse(const char *code, DmCountry *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	for (gsize i = 0; code && i < G_N_ELEMENTS(countries); i++)
		if (g_ascii_strcasecmp(code, countries[i].code) == 0) {
			*out = countries[i].country;
			return TRUE;
		}
	return FALSE;
}

const char *
dm_country_code(DmCountry country)
{
	for (gsize i = 0; i < G_N_ELEMENTS(countries); i++)
		if (countries[i].country == country)
			return countries[i].code;
	g_return_val_if_reached("nl");
}

const char *
dm_country_name(DmCountry country)
{
	for (gsize i = 0; i < G_N_ELEMENTS(countries); i++)
		if (countries[i].country == country)
			return countries[i].name;
	g_return_val_if_reached("Netherlands");
}
