/* cost_dates: when a consumer's collection costs become due, after the 14-day letter (NL)
 * or the free first reminder (BE); the rules are in dm-cost-dates.h. */
#include "dunning/engine/dm-cost-dates.h"
#include "dunning/engine/dm-calendar.h"

/* 6:96 lid 6 BW: "binnen veertien dagen, aanvangende de dag na aanmaning"; Boek XIX WER:
 * 14 calendar days (rules.md 1.4, 3.3). */
#define TERM_DAYS 14

static gboolean
nl_delivery_day(const GDate *d)
{
	GDateWeekday wd = g_date_get_weekday(d);
	return wd != G_DATE_SUNDAY && wd != G_DATE_MONDAY &&
	       !dm_calendar_is_holiday(DM_COUNTRY_NL, d, NULL);
}

void
dm_cost_dates_nl_consumer(const GDate *sent, guint delivery_days, GDate *out)
{
	g_return_if_fail(g_date_valid(sent) && out);
	GDate received = *sent;
	for (guint n = 0; n < delivery_days; n++) {
		g_date_add_days(&received, 1);
		while (!nl_delivery_day(&received))
			g_date_add_days(&received, 1);
	}
	*out = received;
	g_date_add_days(out, 1 + TERM_DAYS);
}

void
dm_cost_dates_be_consumer(const GDate *sent, DmChannel channel, GDate *out)
{
	g_return_if_fail(g_date_valid(sent) && out);
	GDate start = *sent;
	if (channel == DM_CHANNEL_EMAIL) {
		g_date_add_days(&start, 1);
	} else {
		for (int n = 0; n < 3; n++) {
			g_date_add_days(&start, 1);
			while (!dm_calendar_is_working_day(DM_COUNTRY_BE, &start))
				g_date_add_days(&start, 1);
		}
	}
	*out = start;
	g_date_add_days(out, TERM_DAYS);
}
