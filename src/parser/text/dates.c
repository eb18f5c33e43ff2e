/* dates: calendar dates written in Dutch, English, German, French or ISO form -> GDate.
 *
 * The text is split into number and word tokens; words must be a month name, a weekday, an
 * ordinal suffix or a filler ("of"); numbers decide the order.  All-numeric dates are day
 * first (European use) unless they start with a four-digit year.
 * Failures: none reported; text that is not a date gives FALSE. */
#include "parser/text/dm-dates.h"

#include <string.h>

static const struct {
	const char *name;
	int month;
} months[] = {
	{ "jan", 1 }, { "januari", 1 }, { "january", 1 }, { "januar", 1 }, { "janvier", 1 },
	{ "feb", 2 }, { "febr", 2 }, { "februari", 2 }, { "february", 2 }, { "februar", 2 },
	{ "février", 2 }, { "fevrier", 2 },
	{ "mrt", 3 }, { "mar", 3 }, { "maart", 3 }, { "march", 3 }, { "märz", 3 },
	{ "maerz", 3 }, { "mars", 3 },
	{ "apr", 4 }, { "april", 4 }, { "avril", 4 },
	{ "mei", 5 }, { "may", 5 }, { "mai", 5 },
	{ "jun", 6 }, { "juni", 6 }, { "june", 6 }, { "juin", 6 },
	{ "jul", 7 }, { "juli", 7 }, { "july", 7 }, { "juillet", 7 },
	{ "aug", 8 }, { "augustus", 8 }, { "august", 8 }, { "août", 8 }, { "aout", 8 },
	{ "sep", 9 }, { "sept", 9 }, { "september", 9 }, { "septembre", 9 },
	{ "okt", 10 }, { "oct", 10 }, { "oktober", 10 }, { "october", 10 }, { "octobre", 10 },
	{ "nov", 11 }, { "november", 11 }, { "novembre", 11 },
	{ "dec", 12 }, { "dez", 12 }, { "déc", 12 }, { "december", 12 }, { "dezember", 12 },
	{ "décembre", 12 }, { "decembre", 12 },
};

/* Words that may stand in a date without changing it. */
static const char *const fillers[] = {
	"st", "nd", "rd", "th", "e", "ste", "de", "er", "of", "the", "den",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
	"ma", "di", "wo", "do", "vr", "za", "zo",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
};

static int
month_of(const char *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(months); i++)
		if (strcmp(word, months[i].name) == 0)
			return months[i].month;
	return 0;
}

static gboolean
is_filler(const char *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(fillers); i++)
		if (strcmp(word, fillers[i]) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
set_if_valid(GDate *out, int d, int m, int y)
{
	if (y < 1970 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31)
		return FALSE;
	if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	g_date_clear(out, 1);
	g_date_set_dmy(out, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return TRUE;
}

/* The year for day @d of month @m nearest to @ref. */
static gboolean
set_nearest(GDate *out, int d, int m, const GDate *ref)
{
	if (!ref || !g_date_valid(ref))
		return FALSE;
	int ry = g_date_get_year(ref);
	gboolean found = FALSE;
	guint best_dist = G_MAXUINT;
	GDate best;
	g_date_clear(&best, 1);
	for (int y = ry - 1; y <= ry + 1; y++) {
		GDate cand;
		if (!set_if_valid(&cand, d, m, y))
			continue;
		guint32 a = g_date_get_julian(&cand), b = g_date_get_julian(ref);
		guint dist = a > b ? a - b : b - a;
		if (dist < best_dist) {
			best_dist = dist;
			best = cand;
			found = TRUE;
		}
	}
	if (found)
		*out = best;
	return found;
}

#define MAX_TOKENS 8

gboolean
dm_date_parse(const char *text, const GDate *ref, GDate *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (!text || strlen(text) > 64 || !g_utf8_validate(text, -1, NULL))
		return FALSE;
	int nums[MAX_TOKENS], digits[MAX_TOKENS], nn = 0, month = 0;
	const char *p = text;
	while (*p) {
		gunichar c = g_utf8_get_char(p);
		if (g_ascii_isdigit(*p)) {
			if (nn == MAX_TOKENS)
				return FALSE;
			int v = 0, k = 0;
			for (; g_ascii_isdigit(*p); p++, k++) {
				if (k >= 8)
					return FALSE;
				v = v * 10 + (*p - '0');
			}
			nums[nn] = v;
			digits[nn] = k;
			nn++;
		} else if (g_unichar_isalpha(c)) {
			const char *start = p;
			while (*p && g_unichar_isalpha(g_utf8_get_char(p)))
				p = g_utf8_next_char(p);
			g_autofree char *word = g_utf8_strdown(start, p - start);
			int m = month_of(word);
			if (m) {
				if (month)
					return FALSE;
				month = m;
			} else if (!is_filler(word)) {
				return FALSE;
			}
		} else if (c == ' ' || c == '\t' || c == '-' || c == '/' || c == '.' || c == ',') {
			p++;
		} else {
			return FALSE;
		}
	}

	if (month) {
		int day = -1, year = -1;
		for (int i = 0; i < nn; i++) {
			if (digits[i] == 4 && year < 0)
				year = nums[i];
			else if (digits[i] <= 2 && day < 0)
				day = nums[i];
			else
				return FALSE;
		}
		/* "November 23, 2026" and "23 November 2026" read alike: the year has four digits. */
		if (day < 0)
			return FALSE;
		if (year < 0)
			return set_nearest(out, day, month, ref);
		return set_if_valid(out, day, month, year);
	}
	if (nn == 1 && digits[0] == 8) /* CII format 102: CCYYMMDD */
		return set_if_valid(out, nums[0] % 100, nums[0] / 100 % 100, nums[0] / 10000);
	if (nn != 3)
		return FALSE;
	if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
		return set_if_valid(out, nums[2], nums[1], nums[0]);
	if (digits[0] <= 2 && digits[1] <= 2 && (digits[2] == 4 || digits[2] == 2)) {
		int y = digits[2] == 2 ? 2000 + nums[2] : nums[2];
		return set_if_valid(out, nums[0], nums[1], y);
	}
	return FALSE;
}

void
dm_date_to_buf(const GDate *date, char buf[11])
{
	if (!date || !g_date_valid(date)) {
		buf[0] = '\0';
		return;
	}
	g_snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)g_date_get_year(date),
		   (unsigned)g_date_get_month(date), (unsigned)g_date_get_day(date));
}
