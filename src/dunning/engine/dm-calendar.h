/* dm-calendar: public holidays computed from the year (never listed by hand), and the
 * send window: the next moment dunmail may mail a debtor.
 *
 * The holidays of each country are the national ones a business is closed on:
 *   - NL: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 April, 26 April when the
 *     27th is a Sunday; Koninginnedag on 30 April, 29 April when a Sunday, before 2014),
 *     Bevrijdingsdag (5 May, every year: see calendar.c), Hemelvaartsdag, Eerste en Tweede
 *     Pinksterdag, Eerste en Tweede Kerstdag.  Good Friday is left out: it is not a
 *     general day off in the Netherlands.
 *   - DE: the nine national holidays (Neujahr, Karfreitag, Ostermontag, Tag der Arbeit,
 *     Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit from 1990, 1. and 2.
 *     Weihnachtstag).  Left out, because they hold in some Länder only: Heilige Drei
 *     Könige, Internationaler Frauentag, Fronleichnam, Mariä Himmelfahrt, Weltkindertag,
 *     Reformationstag, Allerheiligen, Buß- und Bettag (and Augsburg's Friedensfest).
 *   - BE: the ten legal holidays (Nieuwjaar, Paasmaandag, Dag van de Arbeid, O.L.H.
 *     Hemelvaart, Pinkstermaandag, Nationale feestdag 21 July, O.L.V. Hemelvaart 15
 *     August, Allerheiligen, Wapenstilstand 11 November, Kerstmis).  The community days
 *     (11 July, 27 September, 15 November) are not legal holidays and are left out.
 * These lists are not in shared/legal/rules.md; they are general knowledge of each
 * country's calendar (UNVERIFIED against an official source there).
 */
#pragma once
#include <glib.h>
#include "dunning/engine/dm-country.h"
#include "common/dm-config.h"

/* Easter Sunday of @year (1583 and later) by the anonymous Gregorian algorithm (Meeus /
 * Jones / Butcher) into @out. */
void dm_calendar_easter(int year, GDate *out);

typedef struct {
	GDate date;
	const char *name;           /* (transfer none) in the country's language */
} DmHoliday;

/* (transfer full) the public holidays of @country in @year (1583..9999), a GArray of
 * DmHoliday in date order. */
GArray *dm_calendar_holidays(DmCountry country, int year);
/* TRUE when @day is a public holiday of @country; *@name (may be NULL) says which. */
gboolean dm_calendar_is_holiday(DmCountry country, const GDate *day, const char **name);
/* TRUE for Monday to Friday that is not a public holiday of @country. */
gboolean dm_calendar_is_working_day(DmCountry country, const GDate *day);

/* The send window: the days in @days that are not holidays of @country (unless
 * !@holidays), from @open_minute to before @close_minute (minutes after local midnight in
 * @tz). */
typedef struct {
	DmCountry country;
	GTimeZone *tz;              /* (transfer none) */
	int open_minute;            /* default 9 * 60 */
	int close_minute;           /* default 17 * 60; the window ends just before it */
	int days;                   /* bit 1 << GDateWeekday per open day; default Mon-Fri */
	gboolean holidays;          /* closed on @country's public holidays; default TRUE */
} DmSendWindow;

/* The default window: Monday to Friday, 09:00-17:00 in @tz, @country's holidays. */
DmSendWindow dm_send_window_default(DmCountry country, GTimeZone *tz);
/* The window of [sending] days, hours and holidays in [dunning] timezone. */
DmSendWindow dm_send_window_from_config(const DmConfig *config);
/* TRUE when @day is a day the window opens on (its weekday, not a closing holiday). */
gboolean dm_send_window_day_open(const DmSendWindow *w, const GDate *day);
/* (transfer full) @t itself when it lies inside @w, else the opening of the next window
 * day, in @w's zone.  NULL only for a window that never opens (open >= close, no day). */
GDateTime *dm_send_window_next(const DmSendWindow *w, GDateTime *t);
/* (transfer full) when a step due on @due_day may go, seen at @now: the first moment of
 * the window at or after both @now and the start of @due_day (local midnight).  The one
 * rule the scheduler (which sends when this is not after @now) and `dunmail forecast`
 * share. */
GDateTime *dm_send_window_release(const DmSendWindow *w, const GDate *due_day, GDateTime *now);
