/* clock: the single source of "now", overridable with --now for tests and simulations. */
#include <gio/gio.h>
#include "common/dm-clock.h"

#include <string.h>

gboolean
dm_date_parse_iso(const char *text, GDate *out)
{
	g_date_clear(out, 1);
	if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
		return FALSE;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !g_ascii_isdigit(text[i]))
			return FALSE;
	int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
	int m = (text[5] - '0') * 10 + (text[6] - '0');
	int d = (text[8] - '0') * 10 + (text[9] - '0');
	if (y < 1 || !g_date_valid_dmy((GDateDay) d, (GDateMonth) m, (GDateYear) y))
		return FALSE;
	g_date_set_dmy(out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
	return TRUE;
}

char *
dm_date_iso(const GDate *d)
{
	if (!d || !g_date_valid(d))
		return NULL;
	return g_strdup_printf("%04u-%02u-%02u", g_date_get_year(d), g_date_get_month(d),
	                       g_date_get_day(d));
}

GDate
dm_clock_date(GDateTime *t)
{
	GDate d;
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, (GDateDay) g_date_time_get_day_of_month(t),
	               (GDateMonth) g_date_time_get_month(t), (GDateYear) g_date_time_get_year(t));
	return d;
}

GDateTime *
dm_clock_parse_now(const char *text, GTimeZone *tz, GError **error)
{
	GDate day;
	if (dm_date_parse_iso(text, &day))
		/* A bare day means "during that day's work": noon, after any morning digest. */
		return g_date_time_new(tz, g_date_get_year(&day), g_date_get_month(&day),
		                       g_date_get_day(&day), 12, 0, 0);
	/* GLib wants seconds; "YYYY-MM-DDTHH:MM" is what people type. */
	g_autofree char *with_seconds = NULL;
	if (strlen(text) == 16 && text[10] == 'T')
		text = with_seconds = g_strconcat(text, ":00", NULL);
	GDateTime *t = g_date_time_new_from_iso8601(text, tz);
	if (!t)
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
		            "--now: '%s' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+01:00])",
		            text);
	return t;
}

GDateTime *
dm_clock_now(const char *override, GTimeZone *tz, GError **error)
{
	if (override)
		return dm_clock_parse_now(override, tz, error);
	return g_date_time_new_now(tz);
}

char *
dm_clock_iso_utc(GDateTime *t)
{
	g_autoptr(GDateTime) utc = g_date_time_to_utc(t);
	return g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
dm_clock_local_text(const char *iso, GTimeZone *tz)
{
	g_autoptr(GDateTime) t = iso ? g_date_time_new_from_iso8601(iso, NULL) : NULL;
	if (!t)
		return g_strdup(iso ? iso : "");
	g_autoptr(GDateTime) local = g_date_time_to_timezone(t, tz);
	return g_date_time_format(local, "%Y-%m-%d %H:%M");
}

struct DmClock {
	GTimeZone *tz;              /* the system clock's zone; NULL for the others */
	GDateTime *start;           /* a simulated clock's reading at creation */
	gint64 started;             /* g_get_monotonic_time() at creation */
	DmClockReadFunc read;       /* a test's clock */
	DmClockMonotonicFunc monotonic;     /* (nullable) a test's monotonic time */
	gpointer data;
	char *timeline;             /* (nullable) what the monotonic time counts on */
};

/* The kernel's id of this boot: CLOCK_MONOTONIC (g_get_monotonic_time) starts again at
 * every boot, so two readings compare only under the same id.  NULL where there is none
 * (not Linux, /proc not mounted): such a clock has no monotonic timeline to offer. */
static char *
boot_id(void)
{
	g_autofree char *text = NULL;
	if (!g_file_get_contents("/proc/sys/kernel/random/boot_id", &text, NULL, NULL))
		return NULL;
	g_strstrip(text);
	return *text ? g_strconcat("boot:", text, NULL) : NULL;
}

DmClock *
dm_clock_new_system(GTimeZone *tz)
{
	DmClock *c = g_new0(DmClock, 1);
	c->tz = g_time_zone_ref(tz);
	c->timeline = boot_id();
	return c;
}

DmClock *
dm_clock_new_running_from(GDateTime *start)
{
	DmClock *c = g_new0(DmClock, 1);
	c->start = g_date_time_ref(start);
	c->started = g_get_monotonic_time();
	return c;
}

DmClock *
dm_clock_new(const char *override, GTimeZone *tz, GError **error)
{
	if (!override)
		return dm_clock_new_system(tz);
	g_autoptr(GDateTime) start = dm_clock_parse_now(override, tz, error);
	return start ? dm_clock_new_running_from(start) : NULL;
}

DmClock *
dm_clock_new_with(DmClockReadFunc read, gpointer data)
{
	DmClock *c = g_new0(DmClock, 1);
	c->read = read;
	c->data = data;
	return c;
}

GDateTime *
dm_clock_read(DmClock *clock)
{
	if (clock->read)
		return clock->read(clock->data);
	if (clock->tz)
		return g_date_time_new_now(clock->tz);
	/* Monotonic: a simulated clock never runs backwards, whatever the system clock does. */
	gint64 seconds = (g_get_monotonic_time() - clock->started) / G_USEC_PER_SEC;
	return g_date_time_add_seconds(clock->start, (gdouble) seconds);
}

gboolean
dm_clock_monotonic(DmClock *clock, gint64 *usec, const char **timeline)
{
	*usec = 0;
	*timeline = clock->timeline;
	if (!clock->timeline)
		return FALSE;
	*usec = clock->monotonic ? clock->monotonic(clock->data) : g_get_monotonic_time();
	return TRUE;
}

void
dm_clock_set_monotonic(DmClock *clock, DmClockMonotonicFunc monotonic, const char *timeline)
{
	g_return_if_fail(clock->read != NULL && monotonic != NULL && timeline != NULL);
	clock->monotonic = monotonic;
	g_free(clock->timeline);
	clock->timeline = g_strdup(timeline);
}

void
dm_clock_free(DmClock *clock)
{
	if (!clock)
		return;
	g_free(clock->timeline);
	g_clear_pointer(&clock->tz, g_time_zone_unref);
	g_clear_pointer(&clock->start, g_date_time_unref);
	g_free(clock);
}
