/* dm-dates: the one reader of calendar dates as people and e-invoices write them (Dutch,
 * English, German, French month names from common/dm-language.h; numeric and ISO forms),
 * used by the invoice readers and by the reply date code.  Private to src/parser. */
#pragma once
#include <glib.h>
#include "parser/text/dm-pattern.h"

/* Years a date may have (inclusive).  Dunning concerns invoices and payments of our
 * time: a year outside these bounds in an invoice or a reply is a misreading (a
 * reference number, a typo), not a date to act on. */
#define DM_DATE_MIN_YEAR 1970
#define DM_DATE_MAX_YEAR 2199

/* PCRE2 fragments (no capturing groups; use with PCRE2_CASELESS in a DmPattern, which
 * defines the month group they call) that find dates in text.  DM_DATE_RE: dates with a
 * year; DM_DATE_NOYEAR_RE: "7 december", "December 7th"; DM_DATE_ANY_RE: either. */
#define DM_MONTH_RE "(?&" DM_PATTERN_MONTH ")(?!\\p{L})"
#define DM_ORDINAL_RE "(?:st|nd|rd|th|ste|de|e|er)?"
#define DM_DATE_RE \
	"(?:(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)" \
	"|(?<![\\d.,/-])\\d{1,2}(?:-\\d{1,2}-|/\\d{1,2}/|\\.\\d{1,2}\\.)(?:\\d{4}|\\d{2})(?![\\d/-])" \
	"|(?<!\\d)\\d{1,2}" DM_ORDINAL_RE "\\.?(?:\\h+|-)(?:of\\h+)?" DM_MONTH_RE "\\.?,?(?:\\h+|-)\\d{4}(?!\\d)" \
	"|" DM_MONTH_RE "\\.?\\h+\\d{1,2}" DM_ORDINAL_RE ",?\\h+\\d{4}(?!\\d))"
#define DM_DATE_NOYEAR_RE \
	"(?:(?<!\\d)\\d{1,2}" DM_ORDINAL_RE "\\.?\\h+(?:of\\h+)?" DM_MONTH_RE \
	"|" DM_MONTH_RE "\\.?\\h+\\d{1,2}" DM_ORDINAL_RE "(?!\\d)(?![-/.:]\\d))"
#define DM_DATE_ANY_RE "(?:" DM_DATE_RE "|" DM_DATE_NOYEAR_RE ")"

/* A date as written: year 0 when the text gives none. */
typedef struct {
	int day, month, year;
} DmDateParts;

/* Reads a whole date: "23-11-2026", "23/11/2026", "23.11.26" (always day first),
 * "2026-11-23", "2016-04-04+01:00" and "2016-04-04Z" (xsd:date with a zone: the zone does
 * not change the day), "20261123" (CII format 102), "23 november 2026", "23 nov. 2026",
 * "November 23, 2026", "23rd November 2026", "maandag 23 november 2026", "5. März 2026",
 * and without a year "7 december", "December 7th".  The day must exist in its month (in
 * February of a year not given, the 29th is allowed) and a year lie within
 * DM_DATE_MIN_YEAR..DM_DATE_MAX_YEAR.  FALSE for anything else (@out untouched). */
gboolean dm_date_read(const char *text, DmDateParts *out);

/* Which way a date without a year leans from its reference. */
typedef enum {
	DM_DATE_NEAREST,    /* nearest, either side */
	DM_DATE_PAST,       /* what has happened (a payment made) */
	DM_DATE_FUTURE,     /* what will (a promise, a return) */
} DmDateLean;

/* Days from @ref to @d, weighted against the wrong side of @ref for PAST and FUTURE: a
 * few days on the wrong side ("ik betaal 22 november", written late on the 23rd) still
 * counts as near, more than a week loses to any candidate on the right side. */
gint64 dm_date_distance(const GDate *ref, const GDate *d, DmDateLean lean);
/* Day @day of month @month in the year (ref's, one before or one after) nearest @ref as
 * @lean weighs it; FALSE when no such day exists or @ref is NULL or invalid. */
gboolean dm_date_nearest_year(int day, int month, const GDate *ref, DmDateLean lean,
			      GDate *out);
/* Sets @out to @day-@month-@year; FALSE (and @out untouched) when that is no date or the
 * year is outside DM_DATE_MIN_YEAR..DM_DATE_MAX_YEAR. */
gboolean dm_date_set(GDate *out, int day, int month, int year);

/* Weekday @weekday of ISO 8601 week @week of @year (weeks start on Monday; week 1 holds
 * the year's first Thursday, so "week 1" of 2027 begins on 4 January and week 53 exists
 * only in some years).  FALSE (and @out untouched) when the year has no such week. */
gboolean dm_date_iso_week_day(int year, int week, GDateWeekday weekday, GDate *out);

/* dm_date_read, a date without a year taken in the year nearest @ref (refused when @ref
 * is NULL or invalid). */
gboolean dm_date_parse(const char *text, const GDate *ref, GDate *out);

/* Formats @date as YYYY-MM-DD into @buf; "" when @date is invalid. */
void dm_date_to_buf(const GDate *date, char buf[11]);
