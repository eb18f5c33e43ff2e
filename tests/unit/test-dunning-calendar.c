/* test-dunning-calendar: Easter by the anonymous Gregorian algorithm against known dates
 * (checked with a second implementation, python-dateutil's easter()), each country's
 * public holidays for several years (the Easter-dependent ones, King's Day's Sunday rule,
 * Liberation Day every year, German Unity from 1990), and the send window (inside, before,
 * after, weekends, holidays, a time given in UTC, the switch to summer time). */
#include "common/dm-clock.h"
#include "dunning/engine/dm-calendar.h"

static void
test_easter(void)
{
	static const struct { int year; const char *date; } rows[] = {
		{ 1818, "1818-03-22" }, { 2000, "2000-04-23" }, { 2008, "2008-03-23" },
		{ 2011, "2011-04-24" }, { 2019, "2019-04-21" }, { 2024, "2024-03-31" },
		{ 2025, "2025-04-20" }, { 2026, "2026-04-05" }, { 2027, "2027-03-28" },
		{ 2028, "2028-04-16" }, { 2038, "2038-04-25" }, { 2285, "2285-03-22" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		GDate d;
		dm_calendar_easter(rows[i].year, &d);
		g_autofree char *iso = dm_date_iso(&d);
		g_assert_cmpstr(iso, ==, rows[i].date);
		g_assert_cmpint(g_date_get_weekday(&d), ==, G_DATE_SUNDAY);
	}
}

typedef struct {
	const char *name;
	DmCountry country;
	int year;
	const char *days;           /* "MM-DD Name" joined by ';', in date order */
} YearCase;

static const YearCase year_cases[] = {
	{ "nl-2025", DM_COUNTRY_NL, 2025,
	  "01-01 Nieuwjaarsdag;04-20 Eerste Paasdag;04-21 Tweede Paasdag;"
	  "04-26 Koningsdag;"                       /* the 27th is a Sunday */
	  "05-05 Bevrijdingsdag;05-29 Hemelvaartsdag;06-08 Eerste Pinksterdag;"
	  "06-09 Tweede Pinksterdag;12-25 Eerste Kerstdag;12-26 Tweede Kerstdag" },
	{ "nl-2026", DM_COUNTRY_NL, 2026,
	  "01-01 Nieuwjaarsdag;04-05 Eerste Paasdag;04-06 Tweede Paasdag;04-27 Koningsdag;"
	  "05-05 Bevrijdingsdag;05-14 Hemelvaartsdag;05-24 Eerste Pinksterdag;"
	  "05-25 Tweede Pinksterdag;12-25 Eerste Kerstdag;12-26 Tweede Kerstdag" },
	{ "nl-2027", DM_COUNTRY_NL, 2027,
	  "01-01 Nieuwjaarsdag;03-28 Eerste Paasdag;03-29 Tweede Paasdag;04-27 Koningsdag;"
	  "05-05 Bevrijdingsdag;05-06 Hemelvaartsdag;05-16 Eerste Pinksterdag;"
	  "05-17 Tweede Pinksterdag;12-25 Eerste Kerstdag;12-26 Tweede Kerstdag" },
	{ "nl-2014-first-kings-day", DM_COUNTRY_NL, 2014,
	  "01-01 Nieuwjaarsdag;04-20 Eerste Paasdag;04-21 Tweede Paasdag;04-26 Koningsdag;"
	  "05-05 Bevrijdingsdag;05-29 Hemelvaartsdag;06-08 Eerste Pinksterdag;"
	  "06-09 Tweede Pinksterdag;12-25 Eerste Kerstdag;12-26 Tweede Kerstdag" },
	{ "nl-2006-queens-day-saturday", DM_COUNTRY_NL, 2006,
	  "01-01 Nieuwjaarsdag;04-16 Eerste Paasdag;04-17 Tweede Paasdag;04-29 Koninginnedag;"
	  "05-05 Bevrijdingsdag;05-25 Hemelvaartsdag;06-04 Eerste Pinksterdag;"
	  "06-05 Tweede Pinksterdag;12-25 Eerste Kerstdag;12-26 Tweede Kerstdag" },
	{ "de-2025", DM_COUNTRY_DE, 2025,
	  "01-01 Neujahr;04-18 Karfreitag;04-21 Ostermontag;05-01 Tag der Arbeit;"
	  "05-29 Christi Himmelfahrt;06-09 Pfingstmontag;10-03 Tag der Deutschen Einheit;"
	  "12-25 1. Weihnachtstag;12-26 2. Weihnachtstag" },
	{ "de-2026", DM_COUNTRY_DE, 2026,
	  "01-01 Neujahr;04-03 Karfreitag;04-06 Ostermontag;05-01 Tag der Arbeit;"
	  "05-14 Christi Himmelfahrt;05-25 Pfingstmontag;10-03 Tag der Deutschen Einheit;"
	  "12-25 1. Weihnachtstag;12-26 2. Weihnachtstag" },
	{ "de-2027", DM_COUNTRY_DE, 2027,
	  "01-01 Neujahr;03-26 Karfreitag;03-29 Ostermontag;05-01 Tag der Arbeit;"
	  "05-06 Christi Himmelfahrt;05-17 Pfingstmontag;10-03 Tag der Deutschen Einheit;"
	  "12-25 1. Weihnachtstag;12-26 2. Weihnachtstag" },
	{ "de-1989-before-unity", DM_COUNTRY_DE, 1989,
	  "01-01 Neujahr;03-24 Karfreitag;03-27 Ostermontag;05-01 Tag der Arbeit;"
	  "05-04 Christi Himmelfahrt;05-15 Pfingstmontag;"
	  "12-25 1. Weihnachtstag;12-26 2. Weihnachtstag" },
	{ "be-2025", DM_COUNTRY_BE, 2025,
	  "01-01 Nieuwjaar;04-21 Paasmaandag;05-01 Dag van de Arbeid;05-29 O.L.H. Hemelvaart;"
	  "06-09 Pinkstermaandag;07-21 Nationale feestdag;08-15 O.L.V. Hemelvaart;"
	  "11-01 Allerheiligen;11-11 Wapenstilstand;12-25 Kerstmis" },
	{ "be-2026", DM_COUNTRY_BE, 2026,
	  "01-01 Nieuwjaar;04-06 Paasmaandag;05-01 Dag van de Arbeid;05-14 O.L.H. Hemelvaart;"
	  "05-25 Pinkstermaandag;07-21 Nationale feestdag;08-15 O.L.V. Hemelvaart;"
	  "11-01 Allerheiligen;11-11 Wapenstilstand;12-25 Kerstmis" },
	{ "be-2027", DM_COUNTRY_BE, 2027,
	  "01-01 Nieuwjaar;03-29 Paasmaandag;05-01 Dag van de Arbeid;05-06 O.L.H. Hemelvaart;"
	  "05-17 Pinkstermaandag;07-21 Nationale feestdag;08-15 O.L.V. Hemelvaart;"
	  "11-01 Allerheiligen;11-11 Wapenstilstand;12-25 Kerstmis" },
};

static void
test_year(gconstpointer data)
{
	const YearCase *c = data;
	g_autoptr(GArray) days = dm_calendar_holidays(c->country, c->year);
	g_autoptr(GString) got = g_string_new(NULL);
	for (guint i = 0; i < days->len; i++) {
		const DmHoliday *h = &g_array_index(days, DmHoliday, i);
		g_assert_cmpint(g_date_get_year(&h->date), ==, c->year);
		g_string_append_printf(got, "%s%02d-%02d %s", i ? ";" : "",
		                       g_date_get_month(&h->date), g_date_get_day(&h->date), h->name);
		/* dm_calendar_is_holiday agrees with the list. */
		const char *name = NULL;
		g_assert_true(dm_calendar_is_holiday(c->country, &h->date, &name));
		g_assert_cmpstr(name, ==, h->name);
	}
	g_assert_cmpstr(got->str, ==, c->days);
}

static void
test_not_holidays(void)
{
	static const struct { DmCountry country; const char *day; } rows[] = {
		{ DM_COUNTRY_NL, "2026-04-03" },    /* Good Friday: not a Dutch day off */
		{ DM_COUNTRY_NL, "2025-04-27" },    /* King's Day moved to the 26th */
		{ DM_COUNTRY_DE, "2026-06-04" },    /* Fronleichnam: some Länder only */
		{ DM_COUNTRY_DE, "2026-10-31" },    /* Reformationstag: some Länder only */
		{ DM_COUNTRY_BE, "2026-07-11" },    /* Flemish community day */
		{ DM_COUNTRY_BE, "2026-04-03" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		GDate d;
		g_assert_true(dm_date_parse_iso(rows[i].day, &d));
		g_assert_false(dm_calendar_is_holiday(rows[i].country, &d, NULL));
	}
	GDate d;
	g_assert_true(dm_date_parse_iso("2026-04-06", &d));     /* Easter Monday, a Monday */
	g_assert_false(dm_calendar_is_working_day(DM_COUNTRY_NL, &d));
	g_assert_true(dm_date_parse_iso("2026-04-07", &d));
	g_assert_true(dm_calendar_is_working_day(DM_COUNTRY_NL, &d));
	g_assert_true(dm_date_parse_iso("2026-04-11", &d));     /* a Saturday */
	g_assert_false(dm_calendar_is_working_day(DM_COUNTRY_BE, &d));
}

/* Liberation Day counts every year, lustrum or not (calendar.c says why). */
static void
test_liberation_every_year(void)
{
	for (int y = 2020; y <= 2031; y++) {
		GDate d;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, 5, G_DATE_MAY, (GDateYear) y);
		g_assert_true(dm_calendar_is_holiday(DM_COUNTRY_NL, &d, NULL));
	}
}

typedef struct {
	const char *name;
	DmCountry country;
	const char *t;              /* ISO 8601 */
	const char *want;           /* local time in Europe/Amsterdam or Brussels or Berlin */
} WindowCase;

static const WindowCase window_cases[] = {
	{ "inside", DM_COUNTRY_NL, "2026-03-04T10:00:00+01:00", "2026-03-04T10:00:00+01" },
	{ "opening-minute", DM_COUNTRY_NL, "2026-03-04T09:00:00+01:00", "2026-03-04T09:00:00+01" },
	{ "last-minute", DM_COUNTRY_NL, "2026-03-04T16:59:59+01:00", "2026-03-04T16:59:59+01" },
	{ "before-opening", DM_COUNTRY_NL, "2026-03-04T08:59:00+01:00", "2026-03-04T09:00:00+01" },
	{ "at-closing", DM_COUNTRY_NL, "2026-03-04T17:00:00+01:00", "2026-03-05T09:00:00+01" },
	{ "friday-evening", DM_COUNTRY_NL, "2026-03-06T17:30:00+01:00", "2026-03-09T09:00:00+01" },
	{ "saturday", DM_COUNTRY_NL, "2026-03-07T11:00:00+01:00", "2026-03-09T09:00:00+01" },
	{ "utc-input-before", DM_COUNTRY_NL, "2026-03-04T07:59:00Z", "2026-03-04T09:00:00+01" },
	{ "utc-input-inside", DM_COUNTRY_NL, "2026-03-04T08:30:00Z", "2026-03-04T09:30:00+01" },
	/* The clocks go forward on Sunday 2026-03-29: Monday opens at 09:00 summer time. */
	{ "into-summer-time", DM_COUNTRY_NL, "2026-03-27T16:30:00Z", "2026-03-30T09:00:00+02" },
	/* Good Friday is a working day in NL, not in DE; Easter Monday in neither. */
	{ "nl-good-friday", DM_COUNTRY_NL, "2026-04-02T18:00:00+02:00", "2026-04-03T09:00:00+02" },
	{ "de-good-friday", DM_COUNTRY_DE, "2026-04-02T18:00:00+02:00", "2026-04-07T09:00:00+02" },
	{ "nl-kings-day", DM_COUNTRY_NL, "2026-04-24T17:00:00+02:00", "2026-04-28T09:00:00+02" },
	{ "nl-christmas", DM_COUNTRY_NL, "2026-12-24T17:00:00+01:00", "2026-12-28T09:00:00+01" },
	{ "nl-new-year", DM_COUNTRY_NL, "2026-12-31T17:00:00+01:00", "2027-01-04T09:00:00+01" },
	{ "be-national-day", DM_COUNTRY_BE, "2026-07-20T18:00:00+02:00", "2026-07-22T09:00:00+02" },
	{ "de-unity-day", DM_COUNTRY_DE, "2025-10-02T17:00:00+02:00", "2025-10-06T09:00:00+02" },
};

static void
test_window(gconstpointer data)
{
	const WindowCase *c = data;
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_assert_nonnull(tz);
	g_autoptr(GDateTime) t = g_date_time_new_from_iso8601(c->t, NULL);
	g_assert_nonnull(t);
	DmSendWindow w = dm_send_window_default(c->country, tz);
	g_autoptr(GDateTime) next = dm_send_window_next(&w, t);
	g_assert_nonnull(next);
	g_autofree char *got = g_date_time_format(next, "%Y-%m-%dT%H:%M:%S%:::z");
	g_assert_cmpstr(got, ==, c->want);
	g_assert_cmpint(g_date_time_compare(next, t), >=, 0);
}

static void
test_window_never_opens(void)
{
	g_autoptr(GTimeZone) tz = g_time_zone_new_utc();
	g_autoptr(GDateTime) t = g_date_time_new_utc(2026, 3, 4, 10, 0, 0);
	DmSendWindow w = dm_send_window_default(DM_COUNTRY_NL, tz);
	w.open_minute = w.close_minute;
	g_assert_null(dm_send_window_next(&w, t));
}

/* Configured days (Saturday only, no holidays) and the release of a step: due on a
 * Wednesday, seen on that Monday, it goes on the Saturday after at the opening; seen after
 * the window closed on the day it is due, at the next opening. */
static void
test_window_release(void)
{
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	DmSendWindow w = { .country = DM_COUNTRY_NL, .tz = tz, .open_minute = 10 * 60,
	                   .close_minute = 12 * 60, .days = 1 << G_DATE_SATURDAY };
	GDate due;
	g_date_clear(&due, 1);
	g_date_set_dmy(&due, 2, 12, 2026);                 /* Wednesday */
	g_autoptr(GDateTime) monday = g_date_time_new(tz, 2026, 11, 30, 11, 0, 0);
	g_autoptr(GDateTime) r = dm_send_window_release(&w, &due, monday);
	g_autofree char *rs = g_date_time_format(r, "%F %H:%M");
	g_assert_cmpstr(rs, ==, "2026-12-05 10:00");
	g_autoptr(GDateTime) late = g_date_time_new(tz, 2026, 12, 5, 12, 0, 0);
	g_autoptr(GDateTime) r2 = dm_send_window_release(&w, &due, late);
	g_autofree char *rs2 = g_date_time_format(r2, "%F %H:%M");
	g_assert_cmpstr(rs2, ==, "2026-12-12 10:00");
	g_autoptr(GDateTime) inside = g_date_time_new(tz, 2026, 12, 5, 11, 30, 0);
	g_autoptr(GDateTime) r3 = dm_send_window_release(&w, &due, inside);
	g_assert_true(g_date_time_equal(r3, inside));
	/* Christmas on a Saturday (2027) closes it when holidays count. */
	w.holidays = TRUE;
	GDate xmas;
	g_date_clear(&xmas, 1);
	g_date_set_dmy(&xmas, 25, 12, 2027);
	g_assert_false(dm_send_window_day_open(&w, &xmas));
	w.holidays = FALSE;
	g_assert_true(dm_send_window_day_open(&w, &xmas));
	/* No day at all: never opens. */
	w.days = 0;
	g_assert_null(dm_send_window_next(&w, monday));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/calendar/easter", test_easter);
	for (gsize i = 0; i < G_N_ELEMENTS(year_cases); i++) {
		g_autofree char *path = g_strdup_printf("/calendar/year/%s", year_cases[i].name);
		g_test_add_data_func(path, &year_cases[i], test_year);
	}
	g_test_add_func("/calendar/not-holidays", test_not_holidays);
	g_test_add_func("/calendar/liberation-every-year", test_liberation_every_year);
	for (gsize i = 0; i < G_N_ELEMENTS(window_cases); i++) {
		g_autofree char *path = g_strdup_printf("/calendar/window/%s", window_cases[i].name);
		g_test_add_data_func(path, &window_cases[i], test_window);
	}
	g_test_add_func("/calendar/window-never-opens", test_window_never_opens);
	g_test_add_func("/calendar/window-release", test_window_release);
	return g_test_run();
}
