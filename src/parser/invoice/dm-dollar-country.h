/* dm-dollar-country: the dollar a bare "$" means in an invoice that says where it was
 * written — a Canadian GST/HST registration or a province's postal address, an Australian
 * ABN or a state's postcode — when no currency's code says it (dm_dollar_country).
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* The code ("CAD", "AUD") of the dollar @text's signs of a country point to, or NULL when
 * they point to none, to two, or when @text names the US dollar ("USD", "US$"). */
const char *dm_dollar_country(const char *text, gsize len);
