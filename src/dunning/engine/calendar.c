/* calendar: public holidays of NL, DE and BE computed from the year, and the send window
 * (which holidays and why: dm-calendar.h).
 *
 * Liberation Day (5 May) counts every year, not only every fifth: the Algemene
 * termijnenwet (art. 3) treats 5 May as a general holiday every year, so a term ending on
 * it moves; the every-five-years rule only says when many employers give the day off.
 * For a dunning letter the yearly reading is the safe one (one day later, never a letter
 * on a day the law treats as a holiday).  UNVERIFIED: not in shared/legal/rules.md. */
#include "dunning/engine/dm-calendar.h"

typedef enum {
	FIXED,                      /* the same date every year */
	FIXED_SUNDAY_BACK,          /* the same date, or the Saturday before when a Sunday */
	EASTER,                     /* Easter Sunday plus an offset in days */
} RuleKind;

static const struct {
	DmCountry country;
	RuleKind kind;
	int month, day;             /* FIXED, FIXED_SUNDAY_BACK */
	int easter_offset;          /* EASTER */
	int from_year, to_year;     /* the years the holiday exists */
	const char *name;
} rules[] = {
	{ DM_COUNTRY_NL, FIXED, 1, 1, 0, 0, 9999, "Nieuwjaarsdag" },
	{ DM_COUNTRY_NL, EASTER, 0, 0, 0, 0, 9999, "Eerste Paasdag" },
	{ DM_COUNTRY_NL, EASTER, 0, 0, 1, 0, 9999, "Tweede Paasdag" },
	/* Koninginnedag moved to the Saturday when 30 April was a Sunday (as in 2006);
	 * Koningsdag does the same with 27 April (as in 2025). */
	{ DM_COUNTRY_NL, FIXED_SUNDAY_BACK, 4, 30, 0, 1980, 2013, "Koninginnedag" },
	{ DM_COUNTRY_NL, FIXED_SUNDAY_BACK, 4, 27, 0, 2014, 9999, "Koningsdag" },
	{ DM_COUNTRY_NL, FIXED, 5, 5, 0, 1946, 9999, "Bevrijdingsdag" },
	{ DM_COUNTRY_NL, EASTER, 0, 0, 39, 0, 9999, "Hemelvaartsdag" },
	{ DM_COUNTRY_NL, EASTER, 0, 0, 49, 0, 9999, "Eerste Pinksterdag" },
	{ DM_COUNTRY_NL, EASTER, 0, 0, 50, 0, 9999, "Tweede Pinksterdag" },
	{ DM_COUNTRY_NL, FIXED, 12, 25, 0, 0, 9999, "Eerste Kerstdag" },
	{ DM_COUNTRY_NL, FIXED, 12, 26, 0, 0, 9999, "Tweede Kerstdag" },

	{ DM_COUNTRY_DE, FIXED, 1, 1, 0, 0, 9999, "Neujahr" },
	{ DM_COUNTRY_DE, EASTER, 0, 0, -2, 0, 9999, "Karfreitag" },
	{ DM_COUNTRY_DE, EASTER, 0, 0, 1, 0, 9999, "Ostermontag" },
	{ DM_COUNTRY_DE, FIXED, 5, 1, 0, 0, 9999, "Tag der Arbeit" },
	{ DM_COUNTRY_DE, EASTER, 0, 0, 39, 0, 9999, "Christi Himmelfahrt" },
	{ DM_COUNTRY_DE, EASTER, 0, 0, 50, 0, 9999, "Pfingstmontag" },
	{ DM_COUNTRY_DE, FIXED, 10, 3, 0, 1990, 9999, "Tag der Deutschen Einheit" },
	{ DM_COUNTRY_DE, FIXED, 12, 25, 0, 0, 9999, "1. Weihnachtstag" },
	{ DM_COUNTRY_DE, FIXED, 12, 26, 0, 0, 9999, "2. Weihnachtstag" },

	{ DM_COUNTRY_BE, FIXED, 1, 1, 0, 0, 9999, "Nieuwjaar" },
	{ DM_COUNTRY_BE, EASTER, 0, 0, 1, 0, 9999, "Paasmaandag" },
	{ DM_COUNTRY_BE, FIXED, 5, 1, 0, 0, 9999, "Dag van de Arbeid" },
	{ DM_COUNTRY_BE, EASTER, 0, 0, 39, 0, 9999, "O.L.H. Hemelvaart" },
	{ DM_COUNTRY_BE, EASTER, 0, 0, 50, 0, 9999, "Pinkstermaandag" },
	{ DM_COUNTRY_BE, FIXED, 7, 21, 0, 0, 9999, "Nationale feestdag" },
	{ DM_COUNTRY_BE, FIXED, 8, 15, 0, 0, 9999, "O.L.V. Hemelvaart" },
	{ DM_COUNTRY_BE, FIXED, 11, 1, 0, 0, 9999, "Allerheiligen" },
	{ DM_COUNTRY_BE, FIXED, 11, 11, 0, 0, 9999, "Wapenstilstand" },
	{ DM_COUNTRY_BE, FIXED, 12, 25, 0, 0, 9999, "Kerstmis" },
};

void
dm_calendar_easter(int year, GDate *out)
{
	g_return_if_fail(year >= 1583 && year <= 9999);
	/* The anonymous Gregorian algorithm: a is the place in the 19-year Metonic cycle,
	 * b/c split the year into century and year of century, d is the epact's day of the
	 * Paschal full moon, e the weekday correction, then month and day. */
	int a = year % 19, b = year / 100, c = year % 100;
	int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31;
	int day = (h + l - 7 * m + 114) % 31 + 1;
	g_date_clear(out, 1);
	g_date_set_dmy(out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gint
by_date(gconstpointer a, gconstpointer b)
{
	return g_date_compare(&((const DmHoliday *) a)->date, &((const DmHoliday *) b)->date);
}

GArray *
dm_calendar_holidays(DmCountry country, int year)
{
	g_return_val_if_fail(year >= 1583 && year <= 9999, NULL);
	GArray *out = g_array_new(FALSE, FALSE, sizeof(DmHoliday));
	GDate easter;
	dm_calendar_easter(year, &easter);
	for (gsize i = 0; i < G_N_ELEMENTS(rules); i++) {
		if (rules[i].country != country || year < rules[i].from_year ||
		    year > rules[i].to_year)
			continue;
		DmHoliday h = { .name = rules[i].name };
		g_date_clear(&h.date, 1);
		if (rules[i].kind == EASTER) {
			h.date = easter;
			if (rules[i].easter_offset >= 0)
				g_date_add_days(&h.date, (guint) rules[i].easter_offset);
			else
				g_date_subtract_days(&h.date, (guint) -rules[i].easter_offset);
		} else {
			g_date_set_dmy(&h.date, (GDateDay) rules[i].day, (GDateMonth) rules[i].month,
			               (GDateYear) year);
			if (rules[i].kind == FIXED_SUNDAY_BACK &&
			    g_date_get_weekday(&h.date) == G_DATE_SUNDAY)
				g_date_subtract_days(&h.date, 1);
		}
		g_array_append_val(out, h);
	}
	g_array_sort(out, by_date);
	return out;
}

gboolean
dm_calendar_is_holiday(DmCountry country, const GDate *day, const char **name)
{
	g_return_val_if_fail(g_date_valid(day), FALSE);
	g_autoptr(GArray) days = dm_calendar_holidays(country, g_date_get_year(day));
	for (guint i = 0; days && i < days->len; i++) {
		const DmHoliday *h = &g_array_index(days, DmHoliday, i);
		if (g_date_compare(&h->date, day) == 0) {
			if (name)
				*name = h->name;
			return TRUE;
		}
	}
	return FALSE;
}

gboolean
dm_calendar_is_working_day(DmCountry country, const GDate *day)
{
	GDateWeekday wd = g_date_get_weekday(day);
	return wd != G_DATE_SATURDAY && wd != G_DATE_SUNDAY &&
	       !dm_calendar_is_holiday(country, day, NULL);
}

DmSendWindow
dm_send_window_default(DmCountry country, GTimeZone *tz)
{
	DmSendWindow w = { .country = country, .tz = tz, .open_minute = 9 * 60,
	                   .close_minute = 17 * 60, .holidays = TRUE };
	for (int d = G_DATE_MONDAY; d <= G_DATE_FRIDAY; d++)
		w.days |= 1 << d;
	return w;
}

DmSendWindow
dm_send_window_from_config(const DmConfig *config)
{
	DmCountry country = DM_COUNTRY_NL;
	gboolean holidays = dm_country_parse(config->send_holidays, &country);
	DmSendWindow w = { .country = country, .tz = config->tz,
	                   .open_minute = config->send_open_minute,
	                   .close_minute = config->send_close_minute,
	                   .days = config->send_days, .holidays = holidays };
	return w;
}

gboolean
dm_send_window_day_open(const DmSendWindow *w, const GDate *day)
{
	return (w->days & (1 << g_date_get_weekday(day))) != 0 &&
	       !(w->holidays && dm_calendar_is_holiday(w->country, day, NULL));
}

GDateTime *
dm_send_window_release(const DmSendWindow *w, const GDate *due_day, GDateTime *now)
{
	g_return_val_if_fail(w && g_date_valid(due_day) && now, NULL);
	g_autoptr(GDateTime) start = g_date_time_new(w->tz, g_date_get_year(due_day),
	                                             g_date_get_month(due_day),
	                                             g_date_get_day(due_day), 0, 0, 0);
	return dm_send_window_next(w, g_date_time_compare(start, now) > 0 ? start : now);
}

/* Longest run of closed days the loop below may meet: a weekend next to the Christmas
 * and New Year holidays is under two weeks; a month is a safe bound. */
#define MAX_CLOSED_DAYS 31

GDateTime *
dm_send_window_next(const DmSendWindow *w, GDateTime *t)
{
	g_return_val_if_fail(w && w->tz && t, NULL);
	if (w->open_minute >= w->close_minute || w->open_minute < 0 || w->close_minute > 24 * 60 ||
	    (w->days & 0xfe) == 0)
		return NULL;
	g_autoptr(GDateTime) local = g_date_time_to_timezone(t, w->tz);
	GDate day;
	g_date_clear(&day, 1);
	g_date_set_dmy(&day, (GDateDay) g_date_time_get_day_of_month(local),
	               (GDateMonth) g_date_time_get_month(local),
	               (GDateYear) g_date_time_get_year(local));
	int minute = g_date_time_get_hour(local) * 60 + g_date_time_get_minute(local);
	for (int n = 0; n <= MAX_CLOSED_DAYS; n++) {
		if (dm_send_window_day_open(w, &day)) {
			if (n == 0 && minute >= w->open_minute && minute < w->close_minute)
				return g_date_time_ref(local);
			if (n > 0 || minute < w->open_minute)
				return g_date_time_new(w->tz, g_date_get_year(&day),
				                       g_date_get_month(&day), g_date_get_day(&day),
				                       w->open_minute / 60, w->open_minute % 60, 0);
		}
		g_date_add_days(&day, 1);
	}
	g_return_val_if_reached(NULL);
}
