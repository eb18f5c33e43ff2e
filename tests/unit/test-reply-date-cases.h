/* test-reply-date-cases: a table of reply sentences and the day each states, and the loop
 * that reads them (dm_reply_find_date_precise), shared by the reply date tests; and
 * whether a reply read as a class with certainty acts alone (acts_as).
 * Header-only (static): each test is one program. */
#pragma once
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply.h"

typedef struct {
	const char *ref;        /* the message's date, YYYY-MM-DD */
	gboolean past;
	const char *text;
	const char *want;       /* NULL: no stated date */
} DateCase;

/* The day @iso (YYYY-MM-DD) names. */
static inline GDate
day_of(const char *iso)
{
	GDate d;
	g_date_clear(&d, 1);
	int y, m, dd;
	g_assert_cmpint(sscanf(iso, "%d-%d-%d", &y, &m, &dd), ==, 3);
	g_date_set_dmy(&d, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
	return d;
}

/* The stated date of @text as ISO, "null" when none or only a vague one. */
static inline void
stated(const char *text, const GDate *ref, gboolean past, gboolean month_first, char iso[16])
{
	GDate d;
	g_date_clear(&d, 1);
	DmReplyDatePrecision precision = DM_REPLY_DATE_VAGUE;
	if (dm_reply_find_date_precise(text, ref, past, month_first, &d, NULL, &precision) &&
	    precision == DM_REPLY_DATE_EXACT)
		g_snprintf(iso, 16, "%04u-%02u-%02u", g_date_get_year(&d), g_date_get_month(&d),
		           g_date_get_day(&d));
	else
		g_strlcpy(iso, "null", 16);
}

/* How many of the @n cases @cs give another date than they want; each miss is printed. */
static inline guint
run_cases(const DateCase *cs, gsize n)
{
	guint failed = 0;
	for (gsize i = 0; i < n; i++) {
		const DateCase *c = &cs[i];
		GDate ref = day_of(c->ref);
		char iso[16];
		stated(c->text, &ref, c->past, FALSE, iso);
		const char *want = c->want ? c->want : "null";
		if (strcmp(iso, want) != 0) {
			g_test_message("date \"%s\" (%s, %s): got %s, want %s", c->text, c->ref,
			               c->past ? "past" : "future", iso, want);
			failed++;
		}
	}
	return failed;
}

/* Fails the test unless @text, read as @klass on @ref (YYYY-MM-DD), gives the day @want
 * ("null": none) by dm_reply_date_for_class. */
static inline void
for_class(const char *text, const char *ref, DmReplyClass klass, const char *want)
{
	GDate sent = day_of(ref), d;
	dm_reply_date_for_class(text, &sent, FALSE, klass, &d);
	char iso[16] = "null";
	if (g_date_valid(&d))
		g_snprintf(iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year(&d), g_date_get_month(&d),
		           g_date_get_day(&d));
	if (g_strcmp0(iso, want) != 0)
		g_error("\"%s\" as %d: got %s, want %s", text, klass, iso, want);
}

/* Whether @text, read as @klass with certainty 0.99 and no second intent, acts alone at a
 * threshold of 0.935 (dm_reply_acts_alone): only a hold can stop it. */
static inline gboolean
acts_as(DmReplyClass klass, const char *text)
{
	return dm_reply_acts_alone(klass, DM_REPLY_CLASS_OTHER, text, 0.99, 0.935);
}
