/* rates: the dated statutory interest table (the format is in dm-rates.h).  The rates
 * themselves are data, never code (shared/legal/rules.md: "keep every rate and threshold
 * in data tables"); this file only reads and looks them up.
 *
 * Diagnostics: a bad line is an error naming file, line and what was expected; the caller
 * reports it once (the CLI exits 78, a configuration error). */
#include "dunning/engine/dm-rates.h"
#include "common/dm-clock.h"

#include <string.h>

G_DEFINE_QUARK(dm-rates-error-quark, dm_rates_error)

#define LINE_SHOWN 60           /* bytes of a bad line quoted in its error */
#define RATE_MAX_BP 10000       /* 100 %: anything above is a typo, not a statutory rate */

struct _DmRateTable {
	char *name;
	GArray *periods;            /* of DmRatePeriod, by date */
};

/* "4", "10.15", "8.5" -> basis points; "-" -> DM_RATE_UNKNOWN.  FALSE otherwise. */
static gboolean
parse_rate(const char *s, int *bp)
{
	if (strcmp(s, "-") == 0) {
		*bp = DM_RATE_UNKNOWN;
		return TRUE;
	}
	int whole = 0, frac = 0, frac_digits = 0;
	const char *p = s;
	if (!g_ascii_isdigit(*p))
		return FALSE;
	for (; g_ascii_isdigit(*p); p++) {
		whole = whole * 10 + (*p - '0');
		if (whole > RATE_MAX_BP / 100)
			return FALSE;
	}
	if (*p == '.') {
		for (p++; g_ascii_isdigit(*p); p++) {
			if (++frac_digits > 2)
				return FALSE;
			frac = frac * 10 + (*p - '0');
		}
		if (frac_digits == 0)
			return FALSE;
		if (frac_digits == 1)
			frac *= 10;
	}
	if (*p)
		return FALSE;
	*bp = whole * 100 + frac;
	return *bp <= RATE_MAX_BP;
}

static gboolean
bad_line(GError **error, const char *name, guint lineno, const char *line, const char *why)
{
	g_autofree char *shown = g_strndup(line, LINE_SHOWN);
	g_autofree char *escaped = g_strescape(shown, NULL);
	g_set_error(error, DM_RATES_ERROR, DM_RATES_ERROR_INVALID,
	            "%s:%u: %s, got '%s%s'", name, lineno, why, escaped,
	            strlen(line) > LINE_SHOWN ? "..." : "");
	return FALSE;
}

#define EXPECTED "expected 'YYYY-MM-DD RATE_CONSUMER RATE_COMMERCIAL' (a rate is a " \
                 "percentage with at most two decimals, such as 4 or 10.15, or - when unknown)"

static gboolean
parse_line(DmRateTable *t, guint lineno, char *line, GError **error)
{
	g_autofree char *original = g_strdup(line);
	char *hash = strchr(line, '#');
	if (hash)
		*hash = '\0';
	g_strstrip(line);
	if (!*line)
		return TRUE;
	g_auto(GStrv) fields = g_strsplit_set(line, " \t", -1);
	const char *f[3];
	guint n = 0;
	for (guint i = 0; fields[i]; i++) {
		if (!*fields[i])
			continue;
		if (n == 3)
			return bad_line(error, t->name, lineno, original, EXPECTED);
		f[n++] = fields[i];
	}
	DmRatePeriod p;
	if (n != 3)
		return bad_line(error, t->name, lineno, original, EXPECTED);
	if (!dm_date_parse_iso(f[0], &p.from))
		return bad_line(error, t->name, lineno, original,
		                "expected a date YYYY-MM-DD at the start of the line");
	if (!parse_rate(f[1], &p.consumer_bp) || !parse_rate(f[2], &p.commercial_bp))
		return bad_line(error, t->name, lineno, original, EXPECTED);
	if (t->periods->len > 0) {
		const DmRatePeriod *last = &g_array_index(t->periods, DmRatePeriod,
		                                          t->periods->len - 1);
		if (g_date_compare(&p.from, &last->from) <= 0)
			return bad_line(error, t->name, lineno, original,
			                "expected a date after the previous line's");
	}
	g_array_append_val(t->periods, p);
	return TRUE;
}

DmRateTable *
dm_rate_table_parse(const char *name, const char *bytes, gsize len, GError **error)
{
	g_return_val_if_fail(name != NULL && (bytes != NULL || len == 0), NULL);
	g_autoptr(DmRateTable) t = g_new0(DmRateTable, 1);
	t->name = g_strdup(name);
	t->periods = g_array_new(FALSE, FALSE, sizeof(DmRatePeriod));
	if (memchr(bytes, '\0', len)) {
		g_set_error(error, DM_RATES_ERROR, DM_RATES_ERROR_INVALID,
		            "%s: expected a text file, found a NUL byte", name);
		return NULL;
	}
	g_autofree char *text = g_strndup(bytes, len);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (guint i = 0; lines[i]; i++)
		if (!parse_line(t, i + 1, lines[i], error))
			return NULL;
	if (t->periods->len == 0) {
		g_set_error(error, DM_RATES_ERROR, DM_RATES_ERROR_INVALID,
		            "%s: expected at least one line 'YYYY-MM-DD RATE_CONSUMER "
		            "RATE_COMMERCIAL', found none", name);
		return NULL;
	}
	return g_steal_pointer(&t);
}

void
dm_rate_table_free(DmRateTable *t)
{
	if (!t)
		return;
	g_free(t->name);
	g_clear_pointer(&t->periods, g_array_unref);
	g_free(t);
}

const char *
dm_rate_table_name(const DmRateTable *t)
{
	return t->name;
}

guint
dm_rate_table_size(const DmRateTable *t)
{
	return t->periods->len;
}

const DmRatePeriod *
dm_rate_table_period(const DmRateTable *t, guint i)
{
	g_return_val_if_fail(i < t->periods->len, NULL);
	return &g_array_index(t->periods, DmRatePeriod, i);
}

static int
rate_of(const DmRatePeriod *p, gboolean commercial)
{
	return commercial ? p->commercial_bp : p->consumer_bp;
}

gboolean
dm_rate_table_lookup(const DmRateTable *t, const GDate *day, gboolean commercial,
                     int *rate_bp, GDate *until, GError **error)
{
	g_return_val_if_fail(g_date_valid(day), FALSE);
	guint n = t->periods->len, i = n;
	while (i > 0 && g_date_compare(&dm_rate_table_period(t, i - 1)->from, day) > 0)
		i--;
	int rate = i > 0 ? rate_of(dm_rate_table_period(t, i - 1), commercial) : DM_RATE_UNKNOWN;
	if (rate == DM_RATE_UNKNOWN) {
		char iso[16];
		g_date_strftime(iso, sizeof iso, "%Y-%m-%d", day);
		g_set_error(error, DM_RATES_ERROR, DM_RATES_ERROR_NO_RATE,
		            "%s has no %s rate for %s (%s): add the published rate",
		            t->name, commercial ? "commercial" : "consumer", iso,
		            i > 0 ? "marked '-', not verified" : "before its first line");
		return FALSE;
	}
	/* Skip the following periods with the same rate: one rate, one segment. */
	while (i < n && rate_of(dm_rate_table_period(t, i), commercial) == rate)
		i++;
	g_date_clear(until, 1);
	if (i < n) {
		*until = dm_rate_table_period(t, i)->from;
		g_date_subtract_days(until, 1);
	}
	*rate_bp = rate;
	return TRUE;
}

char *
dm_rate_format(int bp)
{
	return g_strdup_printf("%d.%02d", bp / 100, bp % 100);
}
