/* interest: statutory interest, day by day across rate changes and yearly anniversaries
 * (the rules are in dm-interest.h, with their sections of shared/legal/rules.md).
 *
 * Rounding, in one place (round_half_up): each segment's interest is rounded to the cent,
 * half up.  The BW prescribes no rounding; half up to the cent per segment reproduces
 * every worked example of rules.md section 2.4, and it makes the segments a letter
 * lists add up to the total.  Arithmetic is unsigned 64-bit and checked: an amount too
 * large for it is an error, never a wrong figure.
 *
 * Why no compounding in Belgium: rules.md section 3.3 says nothing of it, and claiming
 * interest on interest that is not owed would be an unlawful claim; simple interest never
 * claims too much.  UNVERIFIED: whether Belgian law would allow more. */
#include "dunning/engine/dm-interest.h"

#include <string.h>

G_DEFINE_QUARK(dm-interest-error-quark, dm_interest_error)

gboolean
dm_day_count_parse(const char *text, DmDayCount *out)
{
	if (!text)
		return FALSE;
	if (strcmp(text, "act365") == 0 || strcmp(text, "actual/365") == 0) {
		*out = DM_DAY_COUNT_ACT_365;
		return TRUE;
	}
	if (strcmp(text, "actact") == 0 || strcmp(text, "actual/actual") == 0) {
		*out = DM_DAY_COUNT_ACT_ACT;
		return TRUE;
	}
	return FALSE;
}

const char *
dm_day_count_name(DmDayCount dc)
{
	return dc == DM_DAY_COUNT_ACT_ACT ? "actual/actual" : "actual/365";
}

DmInterestRule
dm_interest_rule(DmCountry country, DmDebtor debtor, DmDayCount day_count)
{
	DmInterestRule r = {
		.commercial = debtor == DM_DEBTOR_BUSINESS,
		/* 6:119 lid 2 and 6:119a lid 3 BW (rules.md 2.1); § 289 BGB forbids it (3.2). */
		.compound_yearly = country == DM_COUNTRY_NL,
		.day_count = day_count,
	};
	return r;
}

void
dm_interest_anniversary(const GDate *first, guint k, GDate *out)
{
	GDateYear y = g_date_get_year(first) + k;
	GDateMonth m = g_date_get_month(first);
	GDateDay d = g_date_get_day(first);
	g_date_clear(out, 1);
	if (m == G_DATE_FEBRUARY && d == 29 && !g_date_is_leap_year(y))
		g_date_set_dmy(out, 1, G_DATE_MARCH, y);
	else
		g_date_set_dmy(out, d, m, y);
}

/* num / den rounded half up; both non-negative, den > 0. */
static guint64
round_half_up(guint64 num, guint64 den)
{
	guint64 rem = num % den;
	/* rem >= den / 2 exactly, written so that nothing overflows */
	return num / den + (rem >= den - rem ? 1 : 0);
}

static gboolean
too_large(GError **error)
{
	g_set_error(error, DM_INTEREST_ERROR, DM_INTEREST_ERROR_RANGE,
	            "the amount is too large to compute the interest exactly");
	return FALSE;
}

/* principal x rate x days / (10000 x year_days), to the cent. */
static gboolean
segment_interest(gint64 principal, int rate_bp, int days, int year_days, gint64 *out,
                 GError **error)
{
	guint64 num;
	if (!g_uint64_checked_mul(&num, (guint64) principal, (guint64) rate_bp) ||
	    !g_uint64_checked_mul(&num, num, (guint64) days))
		return too_large(error);
	guint64 r = round_half_up(num, 10000u * (guint64) year_days);
	if (r > G_MAXINT64 / 4)
		return too_large(error);
	*out = (gint64) r;
	return TRUE;
}

/* The earlier of @a and @b into @a, where an invalid @b means "no limit". */
static void
clamp_to(GDate *a, const GDate *b)
{
	if (g_date_valid(b) && g_date_compare(b, a) < 0)
		*a = *b;
}

gboolean
dm_interest_compute(const DmRateTable *rates, const DmInterestRule *rule,
                    gint64 principal_cents, const GDate *first, const GDate *last,
                    GArray *segments, gint64 *total_cents, GError **error)
{
	g_return_val_if_fail(rates && rule && total_cents, FALSE);
	g_return_val_if_fail(g_date_valid(first) && g_date_valid(last), FALSE);
	g_return_val_if_fail(principal_cents >= 0, FALSE);
	if (g_date_days_between(first, last) < -1) {
		g_set_error(error, DM_INTEREST_ERROR, DM_INTEREST_ERROR_RANGE,
		            "the interest period ends before it starts");
		return FALSE;
	}
	g_autoptr(GArray) out = g_array_new(FALSE, FALSE, sizeof(DmInterestSegment));
	gint64 base = principal_cents, total = 0, year_accrued = 0;
	guint year = 1;
	GDate cur = *first, anniversary;
	dm_interest_anniversary(first, year, &anniversary);
	while (g_date_compare(&cur, last) <= 0) {
		int rate;
		GDate end = *last, rate_until, limit;
		if (!dm_rate_table_lookup(rates, &cur, rule->commercial, &rate, &rate_until, error))
			return FALSE;
		clamp_to(&end, &rate_until);
		if (rule->compound_yearly) {
			limit = anniversary;
			g_date_subtract_days(&limit, 1);
			clamp_to(&end, &limit);
		}
		int year_days = 365;
		if (rule->day_count == DM_DAY_COUNT_ACT_ACT) {
			GDateYear y = g_date_get_year(&cur);
			g_date_clear(&limit, 1);
			g_date_set_dmy(&limit, 31, G_DATE_DECEMBER, y);
			clamp_to(&end, &limit);
			year_days = g_date_is_leap_year(y) ? 366 : 365;
		}
		DmInterestSegment s = {
			.from = cur, .to = end, .days = g_date_days_between(&cur, &end) + 1,
			.rate_bp = rate, .year_days = year_days, .principal_cents = base,
		};
		if (!segment_interest(base, rate, s.days, year_days, &s.interest_cents, error))
			return FALSE;
		g_array_append_val(out, s);
		total += s.interest_cents;
		year_accrued += s.interest_cents;
		cur = end;
		g_date_add_days(&cur, 1);
		if (rule->compound_yearly && g_date_compare(&cur, &anniversary) == 0) {
			/* 6:119 lid 2 / 6:119a lid 3 BW: the year is over, its interest joins the
			 * principal. */
			base += year_accrued;
			year_accrued = 0;
			dm_interest_anniversary(first, ++year, &anniversary);
		}
	}
	if (segments)
		g_array_append_vals(segments, out->data, out->len);
	*total_cents = total;
	return TRUE;
}
