/* invoice_text_period_due: rent or a lease due on its period's first day, or on a working
 * day of it (dm-invoice-text-period-due.h).  The rule and the period are read apart: a
 * landlord prints the period among the details and the rule in the terms below.
 * Failures: none; a text without both gives no date. */
#include "parser/invoice/dm-invoice-text-period-due.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI (PCRE2_CASELESS | PCRE2_UTF)

/* The period an invoice for rent or a lease is for, after its label: a date (a range's
 * first), a month and year, or days of a month ("1–31 January 2027"). */
static DmPattern period = DM_PATTERN(
	"\\b(?:mietzeitraum|mietmonat|pachtzeitraum|leasingzeitraum|huurperiode|huurmaand|huur\\h+over|pachtperiode"
	"|rental\\h+period|rent\\h+period|lease\\h+period|period)\\h*:?[\\h\\t]*(?:(?:von|vom|van|from)\\h+)?"
	"(?:(" DM_DATE_RE ")|(\\d{1,2})\\.?\\h*[–-]\\h*\\d{1,2}\\.?\\h+(" DM_MONTH_RE ")\\h+(\\d{4})"
	"|(" DM_MONTH_RE ")\\h+(\\d{4}))",
	CI);
/* Due on the period's first day: "vóór de eerste dag van de huurperiode", "on the 1st of
 * each month", "zum 1. eines jeden Monats", "am Ersten des Monats". */
static DmPattern first_day = DM_PATTERN(
	"\\b(?:eerste\\h+(?:dag\\h+)?van\\h+de\\h+(?:huur|pacht)?(?:periode|maand)"
	"|(?:first\\h+day|1st)\\h+of\\h+(?:the\\h+|each\\h+|every\\h+)?(?:rental\\h+|rent\\h+|lease\\h+)?(?:period|month)"
	"|(?:zum|am)\\h+(?:1\\.|ersten)\\h+(?:tag\\h+)?(?:eines\\h+jeden|des|jedes|eines)\\h+monats)",
	CI);
/* Due on a working day of the period: "spätestens am 3. Werktag", "op de eerste werkdag van
 * de huurperiode", "on the first working day of the period". */
static DmPattern working_day = DM_PATTERN(
	"\\b(?:am|op|on)\\h+(?:den\\h+|de\\h+|the\\h+)?"
	"(\\d\\.|ersten|zweiten|dritten|vierten|fünften|eerste|tweede|derde|vierde|vijfde|first|second|third|fourth|fifth"
	"|1st|2nd|3rd|4th|5th)\\h+(?:werktag|werkdag|working\\h+day|business\\h+day)\\b",
	CI);

/* The count an ordinal @s names: "3." or "dritten" is 3; 0 when none. */
static int
ordinal(const char *s)
{
	static const char *const words[][5] = {
		{ "ersten", "eerste", "first", "1st", "1." },
		{ "zweiten", "tweede", "second", "2nd", "2." },
		{ "dritten", "derde", "third", "3rd", "3." },
		{ "vierten", "vierde", "fourth", "4th", "4." },
		{ "fünften", "vijfde", "fifth", "5th", "5." },
	};
	g_autofree char *lower = g_utf8_strdown(s, -1);
	for (guint n = 0; n < G_N_ELEMENTS(words); n++)
		for (guint k = 0; k < G_N_ELEMENTS(words[n]); k++)
			if (strcmp(lower, words[n][k]) == 0)
				return (int) n + 1;
	return 0;
}

/* The first day of the period @t prints, into @out. */
static gboolean
period_start(const char *t, gsize len, const GDate *ref, GDate *out)
{
	DmMatch m;
	DM_INVOICE_TEXT_FOR_MATCHES(&period, t, len, m) {
		g_autofree char *date = dm_match_group(&m, 1);
		g_autofree char *day = dm_match_group(&m, 2), *mon = dm_match_group(&m, 3), *year = dm_match_group(&m, 4);
		g_autofree char *mon2 = dm_match_group(&m, 5), *year2 = dm_match_group(&m, 6);
		g_autofree char *s = date ? g_strdup(date)
				     : day ? g_strdup_printf("%s %s %s", day, mon, year)
					   : g_strdup_printf("1 %s %s", mon2, year2);
		if (dm_date_parse(s, ref, out))
			return TRUE;
	}
	return FALSE;
}

const char *
dm_invoice_text_period_due(const char *t, gsize len, const GDate *ref, GDate *out)
{
	DmMatch m;
	int nth = 0;
	if (dm_pattern_match(&working_day, t, len, 0, &m)) {
		g_autofree char *s = dm_match_group(&m, 1);
		nth = ordinal(s);
	}
	if (!nth && !dm_pattern_match(&first_day, t, len, 0, &m))
		return NULL;
	GDate d;
	if (!period_start(t, len, ref, &d))
		return NULL;
	if (!nth) {
		*out = d;
		return "period-first-day";
	}
	for (;;) {
		if (g_date_get_weekday(&d) <= G_DATE_FRIDAY && --nth == 0)
			break;
		g_date_add_days(&d, 1);
	}
	*out = d;
	return "period-working-day";
}
