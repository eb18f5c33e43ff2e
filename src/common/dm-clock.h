/* dm-clock: the one clock.  Programs take "now" once from here (or from --now) and pass it
 * down; nothing below the programs asks the system for the time. */
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
