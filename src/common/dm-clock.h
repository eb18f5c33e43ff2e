/* dm-clock: the one clock.  Programs take "now" once from here (or from --now) and pass it
 * down; nothing below the programs asks the system for the time.  Where an instant must be
 * the moment something happened inside a long pass, not the moment the pass began (the
 * start of one reminder's SMTP transaction), the program hands down its DmClock instead,
 * to be read there. */
#pragma once
#include <glib.h>

/* Parses --now: "YYYY-MM-DD" (midnight in @tz, plus 12h so a day's work is done),
 * "YYYY-MM-DDTHH:MM[:SS]" (local in @tz) or full ISO 8601 with offset.  (transfer full) */
GDateTime *dm_clock_parse_now(const char *text, GTimeZone *tz, GError **error);
/* (transfer full) @override when non-NULL (a reference), else the system time in @tz. */
GDateTime *dm_clock_now(const char *override, GTimeZone *tz, GError **error);
/* The calendar day of @t in its own time zone. */
GDate dm_clock_date(GDateTime *t);
/* (transfer full) "YYYY-MM-DD" for a valid @d, NULL otherwise. */
char *dm_date_iso(const GDate *d);
/* Parses "YYYY-MM-DD" strictly; returns FALSE (and leaves @out invalid) otherwise. */
gboolean dm_date_parse_iso(const char *text, GDate *out);
/* (transfer full) @t as "YYYY-MM-DDTHH:MM:SSZ" in UTC: how the ledger stores instants. */
char *dm_clock_iso_utc(GDateTime *t);
/* (transfer full) a ledger instant (ISO 8601) as "YYYY-MM-DD HH:MM" in @tz, for people;
 * @iso itself when it does not parse. */
char *dm_clock_local_text(const char *iso, GTimeZone *tz);

/* A clock read more than once: the system's, --now's, or a test's. */
typedef struct DmClock DmClock;
/* (transfer full) one reading of a test's clock. */
typedef GDateTime *(*DmClockReadFunc)(gpointer data);

/* (transfer full) the system clock in @tz. */
DmClock *dm_clock_new_system(GTimeZone *tz);
/* (transfer full) a simulated clock that reads @start now and then runs with the machine's
 * monotonic time in whole seconds: a pass at --now that takes 20 minutes ends 20 minutes
 * after --now, as it would on the real clock, and a first reading is @start exactly. */
DmClock *dm_clock_new_running_from(GDateTime *start);
/* (transfer full) dm_clock_new_running_from(--now @override) when @override is non-NULL,
 * else the system clock in @tz; NULL with @error when @override is no time. */
DmClock *dm_clock_new(const char *override, GTimeZone *tz, GError **error);
/* (transfer full) a clock each reading of which is @read (@data): for tests, which make
 * time pass between two readings as they need. */
DmClock *dm_clock_new_with(DmClockReadFunc read, gpointer data);
/* (transfer full) the time now by @clock. */
GDateTime *dm_clock_read(DmClock *clock);

/* The clock's monotonic time: microseconds that pass at the pace of real time whatever is
 * done to the wall clock (NTP setting a virtual machine's clock hours forward), counted on
 * one timeline — for the system clock this boot (its id, from the kernel), shared by
 * every process until the machine restarts.  An age that must not grow by a jump of the
 * wall clock (a reminder cut off mid-send waiting for the milter's copy, dm-scheduler.h)
 * is measured on it when the start was stamped on the same timeline.  Returns FALSE when
 * @clock has none: a simulated clock (--now), whose readings already run with the
 * monotonic clock, or a system that gives no boot id. */
gboolean dm_clock_monotonic(DmClock *clock, gint64 *usec, const char **timeline);
/* (transfer full) one monotonic reading of a test's clock, in microseconds. */
typedef gint64 (*DmClockMonotonicFunc)(gpointer data);
/* Gives a test's clock (dm_clock_new_with) a monotonic time: @monotonic read with the
 * clock's data, on @timeline (copied), so a test can move the wall clock and the
 * monotonic one apart. */
void dm_clock_set_monotonic(DmClock *clock, DmClockMonotonicFunc monotonic,
                            const char *timeline);
void dm_clock_free(DmClock *clock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmClock, dm_clock_free)
