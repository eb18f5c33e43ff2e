/* classify_dates: the date a debtor's text states, in Dutch or English, resolved against
 * the message's own date.
 *
 * Understands explicit dates ("2026-12-05", "5-12-2026", "5 december", "5 dec.",
 * "December 5th"), read by the shared date reader (parser/text/dm-dates.h) with the month
 * and day names of the language table (common/dm-language.h), and what only a reply says:
 * incomplete dates ("5-12", "the 5th", "de 5e"), days ("vandaag", "morgen", "overmorgen",
 * "gisteren", "today", "tomorrow", "yesterday"), weekdays ("vrijdag", "volgende week
 * dinsdag", "next Friday"), vague periods ("volgende week", "eind van de maand", "na het
 * weekend", "end of next month") and spans ("binnen 5 dagen", "over twee weken", "within
 * 10 working days").  The first expression in the text wins.
 *
 * Incomplete dates take the year (or month, or week) that puts them nearest the reference
 * on the side @past asks for.  Vague periods resolve to their end, so a promise is never
 * taken as due before the debtor meant it.
 *
 * Failure classes: none; text without a date gives FALSE.  Impossible dates ("31-02") are
 * skipped, not clamped. */
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-language.h"

#include <string.h>

#define WEEKDAYS "((?&" DM_PATTERN_WEEKDAY "))"
#define COUNT \
	"(\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien|a|an|one|" \
	"two|three|four|five|six|seven|eight|nine|ten|fourteen)"
#define ORD "(?:st|nd|rd|th|e|de|ste|ste)?"

typedef enum {
	D_DATE,         /* 2026-12-05, 5-12-2026, 5 december [2026], December 5th[, 2026] */
	D_DM,           /* 5-12, 5/12 */
	D_NTH,          /* the 5th, de 5e */
	D_DAY,          /* vandaag, morgen, gisteren, ... */
	D_WEEKDAY,      /* [volgende] vrijdag [a.s.] */
	D_WEEK,         /* volgende week, na het weekend, ... */
	D_MONTH,        /* eind van de maand, volgende maand, eind december */
	D_SPAN,         /* binnen 5 dagen, over twee weken */
	D_N_KINDS
} DateKind;

/* Matched caseless (see the DmPattern array below). */
static const char *const date_patterns[D_N_KINDS] = {
	[D_DATE] = "(" DM_DATE_ANY_RE ")",
	[D_DM] = "(?<![\\d.,/-])(\\d{1,2})[-/](\\d{1,2})(?![\\d/-]|[.,]\\d)",
	[D_NTH] = "\\b(?:the|de)\\s+(\\d{1,2})(?:st|nd|rd|th|e|de|ste)\\b",
	[D_DAY] = "\\b(vandaag|today|overmorgen|morgen(?:ochtend|middag|avond|vroeg)?|tomorrow|"
	          "day\\s+after\\s+tomorrow|eergisteren|gisteren(?:ochtend|middag|avond)?|"
	          "yesterday|day\\s+before\\s+yesterday|vanavond|vanmiddag|tonight)\\b",
	[D_WEEKDAY] = "\\b(?:(volgende|komende|aanstaande|next|this|coming|deze|afgelopen|vorige|"
	              "last|op|on)\\s+)?(?:(week)\\s+)?" WEEKDAYS "\\b",
	[D_WEEK] = "\\b((?:begin|early)\\s+(?:volgende|next)\\s+week|"
	           "(?:eind(?:e)?|end)\\s+(?:of\\s+|van\\s+)?(?:de|deze|the|this|volgende|next)\\s+week|"
	           "(?:volgende|next|deze|this|vorige|last)\\s+week|na\\s+het\\s+weekend|"
	           "after\\s+the\\s+weekend|over\\s+een\\s+week|in\\s+a\\s+week)\\b",
	[D_MONTH] = "\\b((?:begin|early|beginning)\\s+(?:of\\s+|van\\s+)?(?:de\\s+|the\\s+)?"
	            "(?:volgende\\s+|next\\s+|deze\\s+|this\\s+)?(?:maand|month)|"
	            "(?:eind(?:e)?|end)\\s+(?:of\\s+|van\\s+)?(?:de|deze|the|this|volgende|next)\\s+"
	            "(?:maand|month)|(?:volgende|next)\\s+(?:maand|month)|"
	            "(?:eind(?:e)?|end\\s+of)\\s+(" DM_MONTH_RE ")\\.?)(?!\\w)",
	[D_SPAN] = "\\b(?:binnen|over|within|in)\\s+(?:de\\s+|the\\s+)?(?:komende\\s+|next\\s+)?"
	           COUNT "\\s+(werkdagen|working\\s+days|business\\s+days|dagen|dag|days?|"
	           "weken|weeks?)\\b",
};

static gpointer
init_date_patterns(gpointer data)
{
	DmPattern *p = g_new0(DmPattern, D_N_KINDS);
	for (int i = 0; i < D_N_KINDS; i++)
		dm_pattern_init(&p[i], date_patterns[i], PCRE2_CASELESS);
	return p;
}

/* The patterns of date_patterns, one per DateKind; each compiles on first use. */
static DmPattern *
patterns(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, init_date_patterns, NULL);
}

/* (transfer full) lower-cased group @g of a match, "" when unset. */
static char *
group(const DmMatch *m, int g)
{
	if (!dm_match_has(m, g))
		return g_strdup("");
	return g_utf8_strdown(m->subject + m->start[g], (gssize)(m->end[g] - m->start[g]));
}

static int
group_int(const DmMatch *m, int g)
{
	g_autofree char *s = group(m, g);
	guint64 v = 0;
	if (!g_ascii_string_to_unsigned(s, 10, 0, 9999, &v, NULL))
		return -1;
	return (int) v;
}

static int
count_number(const char *word)
{
	static const struct {
		const char *word;
		int n;
	} words[] = {
		{ "een", 1 }, { "één", 1 }, { "a", 1 }, { "an", 1 }, { "one", 1 },
		{ "twee", 2 }, { "two", 2 }, { "drie", 3 }, { "three", 3 }, { "vier", 4 },
		{ "four", 4 }, { "vijf", 5 }, { "five", 5 }, { "zes", 6 }, { "six", 6 },
		{ "zeven", 7 }, { "seven", 7 }, { "acht", 8 }, { "eight", 8 }, { "negen", 9 },
		{ "nine", 9 }, { "tien", 10 }, { "ten", 10 }, { "veertien", 14 },
		{ "fourteen", 14 },
	};
	guint64 v = 0;
	if (g_ascii_string_to_unsigned(word, 10, 0, 999, &v, NULL))
		return (int) v;
	for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
		if (strcmp(word, words[i].word) == 0)
			return words[i].n;
	return -1;
}

static DmDateLean
lean_of(gboolean past)
{
	return past ? DM_DATE_PAST : DM_DATE_FUTURE;
}

/* Day @day in the month (ref's, one before or one after) nearest @ref. */
static gboolean
nearest_month(const GDate *ref, int day, gboolean past, GDate *out)
{
	gboolean found = FALSE;
	gint64 best = 0;
	for (int delta = -1; delta <= 1; delta++) {
		GDate first = *ref;
		g_date_set_day(&first, 1);
		if (delta < 0)
			g_date_subtract_months(&first, 1);
		else if (delta > 0)
			g_date_add_months(&first, 1);
		GDateMonth m = g_date_get_month(&first);
		GDateYear y = g_date_get_year(&first);
		if (day < 1 || !g_date_valid_dmy((GDateDay) day, m, y))
			continue;
		GDate d;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, (GDateDay) day, m, y);
		gint64 dist = dm_date_distance(ref, &d, lean_of(past));
		if (!found || dist < best) {
			*out = d;
			best = dist;
			found = TRUE;
		}
	}
	return found;
}

static void
last_day_of_month(GDate *d)
{
	g_date_set_day(d, g_date_get_days_in_month(g_date_get_month(d), g_date_get_year(d)));
}

static void
add_working_days(GDate *d, int n)
{
	while (n > 0) {
		g_date_add_days(d, 1);
		if (g_date_get_weekday(d) <= G_DATE_FRIDAY)
			n--;
	}
}

static gboolean
resolve_day(const char *w, const GDate *ref, GDate *out)
{
	*out = *ref;
	if (g_str_has_prefix(w, "overmorgen") || g_str_has_prefix(w, "day after"))
		g_date_add_days(out, 2);
	else if (g_str_has_prefix(w, "morgen") || strcmp(w, "tomorrow") == 0)
		g_date_add_days(out, 1);
	else if (strcmp(w, "eergisteren") == 0 || g_str_has_prefix(w, "day before"))
		g_date_subtract_days(out, 2);
	else if (g_str_has_prefix(w, "gisteren") || strcmp(w, "yesterday") == 0)
		g_date_subtract_days(out, 1);
	return TRUE;
}

static gboolean
resolve_weekday(const char *modifier, const char *name, const GDate *ref, gboolean past,
                GDate *out)
{
	int wd = dm_language_weekday(name, FALSE);
	if (wd == 0)
		return FALSE;
	int today = g_date_get_weekday(ref);
	gboolean backwards = past;
	gboolean strictly = FALSE;
	if (g_str_equal(modifier, "afgelopen") || g_str_equal(modifier, "vorige") ||
	    g_str_equal(modifier, "last")) {
		backwards = TRUE;
		strictly = TRUE;
	} else if (g_str_equal(modifier, "volgende") || g_str_equal(modifier, "komende") ||
	           g_str_equal(modifier, "aanstaande") || g_str_equal(modifier, "next") ||
	           g_str_equal(modifier, "coming")) {
		backwards = FALSE;
		strictly = TRUE;
	}
	*out = *ref;
	if (backwards) {
		int back = (today - wd + 7) % 7;
		if (back == 0 && strictly)
			back = 7;
		g_date_subtract_days(out, (guint) back);
	} else {
		/* "ik betaal maandag" written on a Monday means next Monday; today
		 * would have been "vandaag". */
		int ahead = (wd - today + 7) % 7;
		if (ahead == 0)
			ahead = 7;
		g_date_add_days(out, (guint) ahead);
	}
	return TRUE;
}

/* The Monday of the week after @ref's. */
static GDate
monday_after(const GDate *ref)
{
	GDate monday = *ref;
	g_date_add_days(&monday, (guint) (8 - g_date_get_weekday(ref)));
	return monday;
}

static gboolean
resolve_week(const char *w, const GDate *ref, GDate *out)
{
	int today = g_date_get_weekday(ref);
	*out = monday_after(ref);
	if (strstr(w, "weekend")) {
		/* "na het weekend": the Monday after. */
	} else if (strstr(w, "over een week") || strstr(w, "in a week")) {
		*out = *ref;
		g_date_add_days(out, 7);
	} else if (strstr(w, "vorige") || strstr(w, "last")) {
		*out = *ref;
		g_date_subtract_days(out, 7);
	} else if (strstr(w, "volgende") || strstr(w, "next")) {
		/* Friday of next week; "begin volgende week" the Tuesday. */
		g_date_add_days(out, g_str_has_prefix(w, "begin") || g_str_has_prefix(w, "early")
		                     ? 1 : 4);
	} else {
		/* "deze week", "eind van de week": this week's Friday, or today after it. */
		*out = *ref;
		if (today < G_DATE_FRIDAY)
			g_date_add_days(out, (guint) (G_DATE_FRIDAY - today));
	}
	return TRUE;
}

static gboolean
resolve_month(const DmMatch *m, const GDate *ref, GDate *out)
{
	g_autofree char *w = group(m, 1);
	g_autofree char *month = group(m, 2);
	if (month[0]) {
		/* "eind december": the last day of the nearest December ahead. */
		if (!dm_date_nearest_year(1, dm_language_month(month), ref, DM_DATE_FUTURE, out))
			return FALSE;
		last_day_of_month(out);
		return TRUE;
	}
	*out = *ref;
	g_date_set_day(out, 1);
	gboolean next = strstr(w, "volgende") || strstr(w, "next");
	if (next)
		g_date_add_months(out, 1);
	if (g_str_has_prefix(w, "begin") || g_str_has_prefix(w, "early")) {
		/* The start of a month, taken as its first week. */
		if (!next && g_date_get_day(ref) > 7)
			g_date_add_months(out, 1);
		g_date_set_day(out, 7);
	} else {
		last_day_of_month(out);
	}
	return TRUE;
}

static gboolean
resolve(DateKind kind, const DmMatch *m, const GDate *ref, gboolean past, GDate *out)
{
	switch (kind) {
	case D_DATE: {
		g_autofree char *text = group(m, 1);
		DmDateParts d;
		if (!dm_date_read(text, &d))
			return FALSE;
		if (d.year)
			return dm_date_set(out, d.day, d.month, d.year);
		return dm_date_nearest_year(d.day, d.month, ref, lean_of(past), out);
	}
	case D_DM:
		return dm_date_nearest_year(group_int(m, 1), group_int(m, 2), ref, lean_of(past), out);
	case D_NTH:
		return nearest_month(ref, group_int(m, 1), past, out);
	case D_DAY: {
		g_autofree char *w = group(m, 1);
		return resolve_day(w, ref, out);
	}
	case D_WEEKDAY: {
		g_autofree char *mod = group(m, 1);
		g_autofree char *week = group(m, 2);
		g_autofree char *name = group(m, 3);
		if (week[0] && (g_str_equal(mod, "volgende") || g_str_equal(mod, "next"))) {
			/* "volgende week dinsdag": that day in next week. */
			int wd = dm_language_weekday(name, FALSE);
			*out = monday_after(ref);
			g_date_add_days(out, (guint) (wd - 1));
			return wd > 0;
		}
		return resolve_weekday(mod, name, ref, past, out);
	}
	case D_WEEK: {
		g_autofree char *w = group(m, 1);
		return resolve_week(w, ref, out);
	}
	case D_MONTH:
		return resolve_month(m, ref, out);
	case D_SPAN: {
		g_autofree char *count = group(m, 1);
		g_autofree char *unit = group(m, 2);
		int n = count_number(count);
		if (n < 0 || n > 366)
			return FALSE;
		*out = *ref;
		if (g_str_has_prefix(unit, "werk") || strstr(unit, "working") ||
		    strstr(unit, "business"))
			add_working_days(out, n);
		else if (g_str_has_prefix(unit, "we"))
			g_date_add_days(out, (guint) (7 * n));
		else
			g_date_add_days(out, (guint) n);
		return TRUE;
	}
	case D_N_KINDS:
		break;
	}
	return FALSE;
}

gboolean
dm_reply_find_date(const char *text, const GDate *reference, gboolean past, GDate *out,
                   gsize *offset)
{
	g_return_val_if_fail(text != NULL && out != NULL, FALSE);
	if (reference == NULL || !g_date_valid(reference))
		return FALSE;
	DmPattern *res = patterns();
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	/* Never cut inside a UTF-8 character: the patterns run without a UTF check. */
	while (len > 0 && text[len] != '\0' && ((guchar) text[len] & 0xC0) == 0x80)
		len--;

	gboolean found = FALSE;
	gsize best_start = 0, best_end = 0;
	DateKind best_kind = D_DATE;
	GDate best;
	g_date_clear(&best, 1);
	for (int k = 0; k < D_N_KINDS; k++) {
		DmMatch m;
		/* The first match of this kind that gives a real date. */
		for (gsize from = 0; dm_pattern_match(&res[k], text, len, from, &m);
		     from = dm_match_next(&m, len)) {
			GDate d;
			g_date_clear(&d, 1);
			if (resolve((DateKind) k, &m, reference, past, &d) && g_date_valid(&d)) {
				gboolean better = !found || m.start[0] < best_start ||
				                  (m.start[0] == best_start && m.end[0] > best_end);
				/* "vrijdag 5 december": the explicit date right after a weekday
				 * says more than the weekday (explicit kinds are tried first). */
				gboolean refined = found && k == D_WEEKDAY && best_kind <= D_DM &&
				                   best_start >= m.end[0] && best_start <= m.end[0] + 4;
				if (better && !refined) {
					best = d;
					best_start = m.start[0];
					best_end = m.end[0];
					best_kind = (DateKind) k;
					found = TRUE;
				}
				break;
			}
		}
	}
	if (!found)
		return FALSE;
	*out = best;
	if (offset)
		*offset = best_start;
	return TRUE;
}
