/* month_days: days a month holds by rule (dm-month-days.h).  Pure calendar arithmetic
 * over GDate; failures: none, a month or day that does not exist gives FALSE. */
#include "parser/text/dm-month-days.h"
#include "parser/text/dm-dates.h"

/* The last day of @month of @year into @out, as dm_date_set checks it. */
static gboolean
month_end(int month, int year, GDate *out)
{
	if (month < 1 || month > 12 || year < DM_DATE_MIN_YEAR || year > DM_DATE_MAX_YEAR)
		return FALSE;
	return dm_date_set(out, g_date_get_days_in_month((GDateMonth) month, (GDateYear) year),
	                   month, year);
}

gboolean
dm_month_last_working_day(int month, int year, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	GDate d;
	if (!month_end(month, year, &d))
		return FALSE;
	while (g_date_get_weekday(&d) > G_DATE_FRIDAY)
		g_date_subtract_days(&d, 1);
	*out = d;
	return TRUE;
}

gboolean
dm_month_last_weekday(int month, int year, GDateWeekday weekday, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	g_return_val_if_fail(g_date_valid_weekday(weekday), FALSE);
	GDate d;
	if (!month_end(month, year, &d))
		return FALSE;
	while (g_date_get_weekday(&d) != weekday)
		g_date_subtract_days(&d, 1);
	*out = d;
	return TRUE;
}

gboolean
dm_month_first_working_day(int month, int year, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	GDate d;
	if (!month_end(month, year, &d))
		return FALSE;
	g_date_set_day(&d, 1);
	while (g_date_get_weekday(&d) > G_DATE_FRIDAY)
		g_date_add_days(&d, 1);
	*out = d;
	return TRUE;
}

gboolean
dm_month_first_weekday(int month, int year, GDateWeekday weekday, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	g_return_val_if_fail(g_date_valid_weekday(weekday), FALSE);
	GDate d;
	if (!month_end(month, year, &d))
		return FALSE;
	g_date_set_day(&d, 1);
	while (g_date_get_weekday(&d) != weekday)
		g_date_add_days(&d, 1);
	*out = d;
	return TRUE;
}

gboolean
dm_month_next_day_numbered(const GDate *from, int day, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (from == NULL || !g_date_valid(from) || day < 1 || day > 31)
		return FALSE;
	int month = g_date_get_month(from), year = g_date_get_year(from);
	if (day < g_date_get_day(from))
		month++;
	/* Within a year some month has every day up to the 31st. */
	for (int tries = 0; tries < 12; tries++, month++) {
		if (month > 12) {
			month = 1;
			year++;
		}
		if (dm_date_set(out, day, month, year) && g_date_compare(out, from) >= 0)
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_month_prev_day_numbered(const GDate *from, int day, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (from == NULL || !g_date_valid(from) || day < 1 || day > 31)
		return FALSE;
	int month = g_date_get_month(from), year = g_date_get_year(from);
	if (day > g_date_get_day(from))
		month--;
	/* Within a year some month has every day up to the 31st. */
	for (int tries = 0; tries < 12; tries++, month--) {
		if (month < 1) {
			month = 12;
			year--;
		}
		if (dm_date_set(out, day, month, year) && g_date_compare(out, from) <= 0)
			return TRUE;
	}
	return FALSE;
}
