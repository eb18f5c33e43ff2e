/* dates: the one absolute-date reader (dm_date_read, dm_date_parse) for invoices and
 * replies, and the resolution of a date without a year against a reference.
 *
 * The text is split into number and word tokens; words must be a month name, a weekday,
 * an ordinal suffix or a filler ("of"), all looked up in the language table
 * (common/dm-language.h); numbers decide the order.  All-numeric dates are day first
 * (European use) unless they start with a four-digit year.  An xsd:date may carry a zone
 * ("2016-04-04+01:00", "2016-04-04Z"): the calendar day is the one written.
 * Failures: none reported; text that is not a date gives FALSE. */
#include "parser/text/dm-dates.h"
#include "common/dm-language.h"

#include <string.h>

/* Words that may stand in a date without changing it, besides day names. */
static const char *const fillers[] = {
	"st", "nd", "rd", "th", "e", "ste", "de", "er", "of", "the", "den",
};

static gboolean
is_filler(const char *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(fillers); i++)
		if (strcmp(word, fillers[i]) == 0)
			return TRUE;
	return dm_language_weekday(word, TRUE) != 0;
}

gboolean
dm_date_set(GDate *out, int day, int month, int year)
{
	if (year < DM_DATE_MIN_YEAR || year > DM_DATE_MAX_YEAR || month < 1 || month > 12 ||
	    day < 1 || day > 31)
		return FALSE;
	if (!g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
		return FALSE;
	g_date_clear(out, 1);
	g_date_set_dmy(out, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
	return TRUE;
}

gint64
dm_date_distance(const GDate *ref, const GDate *d, DmDateLean lean)
{
	gint64 diff = g_date_days_between(ref, d);
	gint64 dist = diff < 0 ? -diff : diff;
	gboolean wrong_side = (lean == DM_DATE_PAST && diff > 0) ||
			      (lean == DM_DATE_FUTURE && diff < 0);
	if (!wrong_side)
		return dist;
	return dist <= 7 ? 3 * dist : dist + 400;
}

gboolean
dm_date_nearest_year(int day, int month, const GDate *ref, DmDateLean lean, GDate *out)
{
	if (!ref || !g_date_valid(ref))
		return FALSE;
	gboolean found = FALSE;
	gint64 best = 0;
	int year = g_date_get_year(ref);
	for (int y = year - 1; y <= year + 1; y++) {
		GDate d;
		if (!dm_date_set(&d, day, month, y))
			continue;
		gint64 dist = dm_date_distance(ref, &d, lean);
		if (!found || dist < best) {
			*out = d;
			best = dist;
			found = TRUE;
		}
	}
	return found;
}

/* The length of @text without an xsd:date zone suffix ("Z", "+01:00", "-05:00") after a
 * YYYY-MM-DD date; the whole length when there is none. */
static gsize
without_zone(const char *text)
{
	gsize n = strlen(text);
	if (n < 11 || !g_ascii_isdigit(text[0]) || text[4] != '-' || text[7] != '-')
		return n;
	const char *zone = text + 10;
	if (strcmp(zone, "Z") == 0)
		return 10;
	if ((zone[0] == '+' || zone[0] == '-') && g_ascii_isdigit(zone[1]) &&
	    g_ascii_isdigit(zone[2]) && zone[3] == ':' && g_ascii_isdigit(zone[4]) &&
	    g_ascii_isdigit(zone[5]) && zone[6] == '\0')
		return 10;
	return n;
}

/* Whether day @d of month @m exists in some year (February 29th does). */
static gboolean
day_exists(int d, int m)
{
	return m >= 1 && m <= 12 && d >= 1 && g_date_valid_dmy((GDateDay)d, (GDateMonth)m, 2000);
}

static gboolean
parts(DmDateParts *out, int d, int m, int y)
{
	GDate check;
	if (y ? !dm_date_set(&check, d, m, y) : !day_exists(d, m))
		return FALSE;
	*out = (DmDateParts){ d, m, y };
	return TRUE;
}

#define MAX_TOKENS 8

gboolean
dm_date_read(const char *text, DmDateParts *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (!text || strlen(text) > 64 || !g_utf8_validate(text, -1, NULL))
		return FALSE;
	int nums[MAX_TOKENS], digits[MAX_TOKENS], nn = 0, month = 0;
	const char *p = text, *end = text + without_zone(text);
	while (p < end) {
		gunichar c = g_utf8_get_char(p);
		if (g_ascii_isdigit(*p)) {
			if (nn == MAX_TOKENS)
				return FALSE;
			int v = 0, k = 0;
			for (; p < end && g_ascii_isdigit(*p); p++, k++) {
				if (k >= 8)
					return FALSE;
				v = v * 10 + (*p - '0');
			}
			nums[nn] = v;
			digits[nn] = k;
			nn++;
		} else if (g_unichar_isalpha(c)) {
			const char *start = p;
			while (p < end && g_unichar_isalpha(g_utf8_get_char(p)))
				p = g_utf8_next_char(p);
			g_autofree char *word = g_utf8_strdown(start, p - start);
			int m = dm_language_month(word);
			if (m) {
				if (month)
					return FALSE;
				month = m;
			} else if (!is_filler(word)) {
				return FALSE;
			}
		} else if (c == ' ' || c == '\t' || c == '-' || c == '/' || c == '.' || c == ',') {
			p++;
		} else {
			return FALSE;
		}
	}

	if (month) {
		int day = -1, year = -1;
		for (int i = 0; i < nn; i++) {
			if (digits[i] == 4 && year < 0)
				year = nums[i];
			else if (digits[i] <= 2 && day < 0)
				day = nums[i];
			else
				return FALSE;
		}
		/* "November 23, 2026" and "23 November 2026" read alike: the year has four digits. */
		if (day < 0)
			return FALSE;
		return parts(out, day, month, year < 0 ? 0 : year);
	}
	if (nn == 1 && digits[0] == 8) /* CII format 102: CCYYMMDD */
		return parts(out, nums[0] % 100, nums[0] / 100 % 100, nums[0] / 10000);
	if (nn != 3)
		return FALSE;
	if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
		return parts(out, nums[2], nums[1], nums[0]);
	if (digits[0] <= 2 && digits[1] <= 2 && (digits[2] == 4 || digits[2] == 2))
		return parts(out, nums[0], nums[1], digits[2] == 2 ? 2000 + nums[2] : nums[2]);
	return FALSE;
}

gboolean
dm_date_parse(const char *text, const GDate *ref, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	DmDateParts d;
	if (!dm_date_read(text, &d))
		return FALSE;
	if (d.year == 0)
		return dm_date_nearest_year(d.day, d.month, ref, DM_DATE_NEAREST, out);
	return dm_date_set(out, d.day, d.month, d.year);
}

gboolean
dm_date_iso_week_day(int year, int week, GDateWeekday weekday, GDate *out)
{
	GDate d;
	/* 4 January is always in week 1. */
	if (week < 1 || week > 53 || !g_date_valid_weekday(weekday) || !dm_date_set(&d, 4, 1, year))
		return FALSE;
	g_date_subtract_days(&d, (guint) (g_date_get_weekday(&d) - G_DATE_MONDAY));
	g_date_add_days(&d, (guint) (7 * (week - 1) + (weekday - G_DATE_MONDAY)));
	if ((int) g_date_get_iso8601_week_of_year(&d) != week)
		return FALSE;
	*out = d;
	return TRUE;
}

void
dm_date_to_buf(const GDate *date, char buf[11])
{
	if (!date || !g_date_valid(date)) {
		buf[0] = '\0';
		return;
	}
	g_snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)g_date_get_year(date),
		   (unsigned)g_date_get_month(date), (unsigned)g_date_get_day(date));
}
