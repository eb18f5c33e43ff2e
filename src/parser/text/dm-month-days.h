/* dm-month-days: days a month holds by rule rather than by number (month_days.c): its
 * last working day, its last Friday, the next or last time a day of the month comes round.
 * Paydays are named so ("de laatste werkdag van de maand", "the last Friday of the
 * month", "jeweils am 28."). Private to src/parser. */
#pragma once
#include <glib.h>

/* Sets @out to the last Monday-to-Friday of @month (1..12) of @year; FALSE (and @out
 * untouched) when that is no month of a year dm_date_set accepts.  Public holidays are
 * not counted out: they differ per country, and a payroll run moved off one is still
 * named "the last working day". */
gboolean dm_month_last_working_day(int month, int year, GDate *out);

/* Sets @out to the last @weekday of @month of @year; FALSE (and @out untouched) as
 * dm_month_last_working_day. */
gboolean dm_month_last_weekday(int month, int year, GDateWeekday weekday, GDate *out);

/* Sets @out to the first Monday-to-Friday of @month of @year ("de eerste werkdag van
 * augustus"); FALSE (and @out untouched) as dm_month_last_working_day. */
gboolean dm_month_first_working_day(int month, int year, GDate *out);

/* Sets @out to the first @weekday of @month of @year (the first Monday of May, the first
 * Friday that fixes a month's first week); FALSE (and @out untouched) as
 * dm_month_last_working_day.  The one place the first or last such day of a month is
 * counted: the date reader and the bank holidays use these. */
gboolean dm_month_first_weekday(int month, int year, GDateWeekday weekday, GDate *out);

/* Sets @out to the first day numbered @day on or after @from: @from itself when it is
 * that day, else this month's or a later month's (a month too short for the 31st is
 * skipped).  FALSE (and @out untouched) when @day is not 1..31 or @from invalid. */
gboolean dm_month_next_day_numbered(const GDate *from, int day, GDate *out);

/* Sets @out to the last day numbered @day on or before @from: @from itself when it is
 * that day, else this month's or an earlier month's; FALSE (and @out untouched) as
 * dm_month_next_day_numbered. */
gboolean dm_month_prev_day_numbered(const GDate *from, int day, GDate *out);
