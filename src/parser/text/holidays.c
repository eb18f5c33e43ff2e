/* holidays: the day a single named holiday falls on (dm-holidays.h): a fixed day of a
 * month, or a number of days from Easter Sunday.  Koningsdag moves to the 26th when the
 * 27th of April is a Sunday.  Failures: none; an unknown name gives FALSE. */
#include "parser/text/dm-holidays.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-month-days.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

GDate
dm_easter_sunday(int year)
{
	/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	GDate easter;
	g_date_clear(&easter, 1);
	g_date_set_dmy(&easter, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
	return easter;
}

/* By the first word of the name, lower case, spaces squeezed: a day and month, or
 * (month 0) days after Easter Sunday. */
static const struct {
	const char *prefix;
	int day, month;
} holidays[] = {
	{ "koningsdag", 27, 4 }, { "bevrijdingsdag", 5, 5 }, { "sinterklaas", 5, 12 },
	{ "pakjesavond", 5, 12 }, { "kerstavond", 24, 12 }, { "eerste kerstdag", 25, 12 },
	{ "tweede kerstdag", 26, 12 }, { "oudejaars", 31, 12 }, { "oudjaars", 31, 12 },
	{ "nieuwjaarsdag", 1, 1 }, { "goede vrijdag", -2, 0 }, { "tweede paasdag", 1, 0 },
	{ "paasmaandag", 1, 0 }, { "hemelvaart", 39, 0 }, { "tweede pinksterdag", 50, 0 },
	{ "pinkstermaandag", 50, 0 },
	/* Belgium's national day ("na de nationale feestdag", Flemish), 21 July. */
	{ "nationale feestdag", 21, 7 },
	{ "christmas eve", 24, 12 }, { "christmas day", 25, 12 }, { "boxing day", 26, 12 },
	{ "new year's eve", 31, 12 }, { "new years eve", 31, 12 }, { "new year's day", 1, 1 },
	{ "new years day", 1, 1 }, { "good friday", -2, 0 }, { "easter monday", 1, 0 },
	{ "whit monday", 50, 0 }, { "ascension day", 39, 0 }, { "the fourth of july", 4, 7 },
	{ "fourth of july", 4, 7 }, { "independence day", 4, 7 }, { "st patrick", 17, 3 }, { "st. patrick", 17, 3 },
	/* Irish "Paddy's Day", "Patrick's Day" without the saint */
	{ "paddy", 17, 3 }, { "patrick", 17, 3 },
	{ "heilig", 24, 12 }, { "weihnachts", 25, 12 }, { "erste", 25, 12 }, { "1.", 25, 12 },
	/* the second day of Christmas, "zweiter Weihnachtstag", "2. Weihnachtsfeiertag" */
	{ "zweite", 26, 12 }, { "2.", 26, 12 },
	{ "stephanstag", 26, 12 }, { "stefanitag", 26, 12 }, { "silvester", 31, 12 },
	{ "sylvester", 31, 12 }, { "neujahr", 1, 1 }, { "karfreitag", -2, 0 },
	{ "ostermontag", 1, 0 }, { "pfingstmontag", 50, 0 }, { "christi himmelfahrt", 39, 0 },
	{ "auffahrt", 39, 0 }, { "tag der deutschen einheit", 3, 10 }, { "bundesfeiertag", 1, 8 },
	/* Austria's; the Swiss one is read as "bundesfeiertag" (dm_holiday_national_name). */
	{ "nationalfeiertag", 26, 10 }, { "österreichische", 26, 10 },
	{ "schweizer nationalfeiertag", 1, 8 },
	/* Regional: Flemish "O.L.V. Hemelvaart" and Austrian "Mariä Himmelfahrt" (15 August),
	 * "Allerheiligen", "Mariä Empfängnis", Swiss "Berchtoldstag", "Fronleichnam"
	 * (Corpus Christi); South Africa's Freedom, Heritage and Reconciliation days,
	 * Australia Day and Anzac Day. */
	{ "o.", 15, 8 }, { "allerheiligen", 1, 11 }, { "berchtoldstag", 2, 1 },
	{ "mariä himmelfahrt", 15, 8 }, { "mariae himmelfahrt", 15, 8 },
	{ "mariä empf", 8, 12 }, { "mariae empf", 8, 12 }, { "fronleichnam", 60, 0 },
	{ "freedom day", 27, 4 }, { "heritage day", 24, 9 }, { "day of reconciliation", 16, 12 },
	{ "australia day", 26, 1 }, { "anzac day", 25, 4 },
};

/* What only a Swiss writer puts in a mail: the greetings "Grüezi", "Grüessech" and "Grüessli",
 * "merci vielmal", an amount in francs ("CHF 450", "Fr. 120.50") and a .ch address.
 * Not "Gruss" / "Gruesse" (German and Austrian writers without ß or ü type them too),
 * "Franken" or "Schweiz" (anyone may name the country or its money): an Austrian's
 * "Nationalfeiertag" is 26 October. */
static DmPattern swiss_words_re = DM_PATTERN(
	"(?<!\\p{L})(?:gr(?:ü|ue)e?zi|gr(?:ü|ue)ess\\p{L}*|merci\\s+vielmal[s]?|"
	"(?:chf|fr\\.)\\s*\\d|\\d[\\d'.,]*\\s*chf)(?!\\p{L})|"
	"[\\p{L}\\d-]\\.ch(?![\\p{L}\\d])", PCRE2_CASELESS);

const char *
dm_holiday_national_name(const char *name, const char *text)
{
	g_return_val_if_fail(name != NULL, NULL);
	DmMatch m;
	if (g_ascii_strncasecmp(name, "nationalfeiertag", 16) == 0 && text &&
	    dm_pattern_match(&swiss_words_re, text, strlen(text), 0, &m))
		return "bundesfeiertag";
	return name;
}

/* The United States' Monday holidays, which move with the weekday: Labor Day the first
 * Monday of September, Memorial Day the last of May (@key lower case, squeezed).  FALSE
 * when @key names neither. */
static gboolean
us_monday_holiday(const char *key, int year, GDate *out)
{
	gboolean labor = g_str_has_prefix(key, "labor day");
	if (!labor && !g_str_has_prefix(key, "memorial day"))
		return FALSE;
	if (year < DM_DATE_MIN_YEAR || year > DM_DATE_MAX_YEAR)
		return FALSE;
	GDate d;
	g_date_clear(&d, 1);
	gboolean ok = labor ? dm_month_first_weekday(9, year, G_DATE_MONDAY, &d)
	                    : dm_month_last_weekday(5, year, G_DATE_MONDAY, &d);
	if (ok)
		*out = d;
	return ok;
}

gboolean
dm_holiday_day(const char *name, int year, GDate *out)
{
	g_return_val_if_fail(name != NULL && out != NULL, FALSE);
	/* Lower case, each run of white space one space. */
	g_autofree char *lower = g_utf8_strdown(name, -1);
	GString *squeezed = g_string_sized_new(strlen(lower));
	for (const char *p = lower; *p; p++)
		if (!g_ascii_isspace(*p))
			g_string_append_c(squeezed, *p);
		else if (squeezed->len && squeezed->str[squeezed->len - 1] != ' ')
			g_string_append_c(squeezed, ' ');
	g_autofree char *key = g_string_free(squeezed, FALSE);
	if (us_monday_holiday(key, year, out))
		return TRUE;
	for (guint i = 0; i < G_N_ELEMENTS(holidays); i++) {
		if (!g_str_has_prefix(key, holidays[i].prefix))
			continue;
		if (holidays[i].month == 0) {
			if (year < DM_DATE_MIN_YEAR || year > DM_DATE_MAX_YEAR)
				return FALSE;
			GDate d = dm_easter_sunday(year);
			if (holidays[i].day < 0)
				g_date_subtract_days(&d, (guint) -holidays[i].day);
			else
				g_date_add_days(&d, (guint) holidays[i].day);
			*out = d;
			return TRUE;
		}
		GDate d;
		if (!dm_date_set(&d, holidays[i].day, holidays[i].month, year))
			return FALSE;
		/* Koningsdag is never on a Sunday: then it is the Saturday before. */
		if (holidays[i].month == 4 && g_date_get_weekday(&d) == G_DATE_SUNDAY)
			g_date_subtract_days(&d, 1);
		*out = d;
		return TRUE;
	}
	return FALSE;
}

/* The first (or with @last the last) @weekday of @month of @year: the one count of such
 * days (month_days.c); the years here are in range, checked by the caller. */
static GDate
weekday_of_month(int year, int month, GDateWeekday weekday, gboolean last)
{
	GDate d;
	g_date_clear(&d, 1);
	gboolean ok = last ? dm_month_last_weekday(month, year, weekday, &d)
	                   : dm_month_first_weekday(month, year, weekday, &d);
	g_assert(ok);
	return d;
}

/* @day of @month of @year, or the next weekday when it falls on a weekend. */
static GDate
weekday_from(int year, int month, int day)
{
	GDate d;
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
	while (g_date_get_weekday(&d) > G_DATE_FRIDAY)
		g_date_add_days(&d, 1);
	return d;
}

/* Two holidays on consecutive days, from @day of @month, into @days[0] and @days[1]:
 * each on the next weekday the other has not taken, in order (Christmas and Boxing or St
 * Stephen's Day; Scotland's 1 and 2 January). */
static void
day_pair(int year, int month, int day, GDate days[2])
{
	days[0] = weekday_from(year, month, day);
	days[1] = weekday_from(year, month, day + 1);
	while (g_date_get_weekday(&days[1]) > G_DATE_FRIDAY ||
	       g_date_compare(&days[1], &days[0]) == 0)
		g_date_add_days(&days[1], 1);
	if (g_date_compare(&days[1], &days[0]) < 0) {
		GDate first = days[1];
		days[1] = days[0];
		days[0] = first;
	}
}

#define MAX_BANK_HOLIDAYS 10

/* The bank holidays of England and Wales in @year into @days; their number. */
static guint
bank_holidays_gb(int year, GDate days[MAX_BANK_HOLIDAYS])
{
	GDate easter = dm_easter_sunday(year);
	days[0] = weekday_from(year, 1, 1);
	days[1] = easter;
	g_date_subtract_days(&days[1], 2);
	days[2] = easter;
	g_date_add_days(&days[2], 1);
	days[3] = weekday_of_month(year, 5, G_DATE_MONDAY, FALSE);
	days[4] = weekday_of_month(year, 5, G_DATE_MONDAY, TRUE);
	days[5] = weekday_of_month(year, 8, G_DATE_MONDAY, TRUE);
	day_pair(year, 12, 25, days + 6);
	return 8;
}

/* The public ("bank") holidays of Ireland in @year into @days; their number: New Year's
 * Day, St Brigid's Day (from 2023: the first Monday of February, or 1 February when that
 * is a Friday), St Patrick's Day, Easter Monday, the first Mondays of May, June and
 * August, the last Monday of October, Christmas and St Stephen's Day; a fixed day on a
 * weekend moves to the next weekday, as the banks close then.  No Good Friday. */
static guint
bank_holidays_ie(int year, GDate days[MAX_BANK_HOLIDAYS])
{
	guint n = 0;
	days[n++] = weekday_from(year, 1, 1);
	if (year >= 2023) {
		GDate feb1 = weekday_from(year, 2, 1);
		days[n++] = g_date_get_weekday(&feb1) == G_DATE_FRIDAY && g_date_get_day(&feb1) == 1
		            ? feb1 : weekday_of_month(year, 2, G_DATE_MONDAY, FALSE);
	}
	days[n++] = weekday_from(year, 3, 17);
	days[n] = dm_easter_sunday(year);
	g_date_add_days(&days[n++], 1);
	days[n++] = weekday_of_month(year, 5, G_DATE_MONDAY, FALSE);
	days[n++] = weekday_of_month(year, 6, G_DATE_MONDAY, FALSE);
	days[n++] = weekday_of_month(year, 8, G_DATE_MONDAY, FALSE);
	days[n++] = weekday_of_month(year, 10, G_DATE_MONDAY, TRUE);
	day_pair(year, 12, 25, days + n);
	return n + 2;
}

/* The bank holidays of Scotland in @year into @days; their number: 1 and 2 January,
 * Good Friday, the first and last Mondays of May, the first Monday of August, St
 * Andrew's Day (30 November, or the Monday after on a weekend), Christmas and Boxing
 * Day. */
static guint
bank_holidays_scotland(int year, GDate days[MAX_BANK_HOLIDAYS])
{
	GDate easter = dm_easter_sunday(year);
	day_pair(year, 1, 1, days);
	days[2] = easter;
	g_date_subtract_days(&days[2], 2);
	days[3] = weekday_of_month(year, 5, G_DATE_MONDAY, FALSE);
	days[4] = weekday_of_month(year, 5, G_DATE_MONDAY, TRUE);
	days[5] = weekday_of_month(year, 8, G_DATE_MONDAY, FALSE);
	days[6] = weekday_from(year, 11, 30);
	day_pair(year, 12, 25, days + 7);
	return 9;
}

/* What marks a reply as Irish for its bank holidays: the holidays only Ireland has,
 * the country named, an Irish address (".ie", "Co. Kerry", "Dublin 8") or
 * an amount in euro, which a British writer does not pay in.  The reader reads English
 * replies only for "bank holiday", so the euro speaks for Ireland there. */
static DmPattern irish_words_re = DM_PATTERN(
	"(?<!\\p{L})(?:ireland|irish|eircode|st\\.?\\s+stephen'?s|stephen'?s\\s+day|"
	"paddy'?s\\s+day|st\\.?\\s+brigid'?s|(?:june|october)\\s+bank\\s+holiday|euros?)(?!\\p{L})|"
	"[\\p{L}\\d-]\\.ie(?![\\p{L}\\d])|\\bDublin\\s\\d{1,2}\\b|€\\s?\\d|\\d\\s?(?:€|eur\\b)|"
	"\\bCo\\.?\\s(?:Carlow|Cavan|Clare|Cork|Donegal|Galway|Kerry|Kildare|Kilkenny|Laois|"
	"Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|"
	"Waterford|Westmeath|Wexford|Wicklow)\\b",
	PCRE2_CASELESS);

gboolean
dm_holiday_text_irish(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	return dm_pattern_match(&irish_words_re, text, strlen(text), 0, &m);
}

/* What marks a writer as Scottish for the bank holidays (dm-holidays.h); not "Perth",
 * which is Australian too, nor "aye" and "wee", which the Irish write as well. */
static DmPattern scottish_words_re = DM_PATTERN(
	"(?<!\\p{L})(?:scotland|scottish|edinburgh|glasgow|aberdeen|dundee|inverness|"
	"st\\.?\\s+andrew'?s\\s+day|cannae|dinnae|didnae|wouldnae|couldnae)(?!\\p{L})|"
	"[\\p{L}\\d-]\\.scot(?![\\p{L}\\d])",
	PCRE2_CASELESS);

DmBankHolidays
dm_holiday_text_bank_holidays(const char *text)
{
	g_return_val_if_fail(text != NULL, DM_BANK_HOLIDAYS_ENGLAND);
	DmMatch m;
	if (dm_holiday_text_irish(text))
		return DM_BANK_HOLIDAYS_IRELAND;
	if (dm_pattern_match(&scottish_words_re, text, strlen(text), 0, &m))
		return DM_BANK_HOLIDAYS_SCOTLAND;
	return DM_BANK_HOLIDAYS_ENGLAND;
}

gboolean
dm_holiday_bank_holiday(const GDate *from, gboolean past, DmBankHolidays where, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (from == NULL || !g_date_valid(from))
		return FALSE;
	int year = g_date_get_year(from);
	if (year <= DM_DATE_MIN_YEAR || year >= DM_DATE_MAX_YEAR)
		return FALSE;
	gboolean found = FALSE;
	for (int y = year - 1; y <= year + 1; y++) {
		GDate days[MAX_BANK_HOLIDAYS];
		guint n = where == DM_BANK_HOLIDAYS_IRELAND    ? bank_holidays_ie(y, days)
		          : where == DM_BANK_HOLIDAYS_SCOTLAND ? bank_holidays_scotland(y, days)
		                                               : bank_holidays_gb(y, days);
		for (guint i = 0; i < n; i++) {
			int c = g_date_compare(&days[i], from);
			if (past ? c > 0 : c < 0)
				continue;
			if (!found || (past ? g_date_compare(&days[i], out) > 0
			                    : g_date_compare(&days[i], out) < 0)) {
				*out = days[i];
				found = TRUE;
			}
		}
	}
	return found;
}
