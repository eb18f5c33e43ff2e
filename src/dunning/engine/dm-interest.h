/* dm-interest: statutory interest on a principal over a run of days, day by day across
 * rate changes, from a DmRateTable (dm-rates.h).
 *
 * The rules, per country (shared/legal/rules.md):
 *   - NL (section 2.1, 2.4): wettelijke rente (6:119 BW, consumers) or handelsrente
 *     (6:119a BW, businesses); "telkens na afloop van een jaar" the year's interest is
 *     added to the principal (6:119 lid 2, 6:119a lid 3): compounded yearly on the
 *     anniversary of the first day of interest, not on 1 January.
 *   - DE (section 3.2): § 288 BGB, base rate + 5 or + 9 points; simple interest, never on
 *     interest (§ 289 BGB).
 *   - BE (section 3.3): the late-payment rate of the wet van 2 augustus 2002; simple
 *     interest (rules.md says nothing of compounding, so none is claimed: see interest.c).
 *
 * Exactness: money is integer cents; a segment's interest is
 * principal x rate x days / (10000 x D), computed in integers and rounded once, half up,
 * to the cent.  The year's interest added to the principal is the sum of its rounded
 * segments, so every line a letter shows adds up to its total.
 *
 * Diagnostics: DM_RATES_ERROR_NO_RATE when the table has no rate for a day of the run;
 * DM_INTEREST_ERROR_RANGE for a run that ends more than one day before it starts or an
 * amount too large for exact arithmetic.  Bad arguments otherwise are programmer errors.
 */
#pragma once
#include <glib.h>
#include "dunning/engine/dm-country.h"
#include "dunning/engine/dm-rates.h"

#define DM_INTEREST_ERROR (dm_interest_error_quark())
GQuark dm_interest_error_quark(void);
typedef enum { DM_INTEREST_ERROR_RANGE } DmInterestError;

/* D in the formula above.  ACT_365: every year counts 365 days, a leap year's 366th day
 * earns 1/365 too; this is the default because rules.md section 2.4's worked examples use
 * it and it is what Dutch calculators commonly use (the law names none: UNVERIFIED, so it
 * is configurable and printed with the result).  ACT_ACT: a day earns 1/366 in a leap
 * year, 1/365 otherwise (runs are split on 1 January for it). */
typedef enum { DM_DAY_COUNT_ACT_365, DM_DAY_COUNT_ACT_ACT } DmDayCount;

/* "act365" / "actual/365" or "actact" / "actual/actual" into *@out. */
gboolean dm_day_count_parse(const char *text, DmDayCount *out);
/* (transfer none) "actual/365" or "actual/actual". */
const char *dm_day_count_name(DmDayCount dc);

typedef struct {
	gboolean commercial;        /* the commercial column: 6:119a BW, § 288 Abs. 2, B2B */
	gboolean compound_yearly;   /* add each year's interest to the principal */
	DmDayCount day_count;
} DmInterestRule;

/* The rule the law of @country gives for @debtor (see the top of this file). */
DmInterestRule dm_interest_rule(DmCountry country, DmDebtor debtor, DmDayCount day_count);

typedef struct {
	GDate from, to;             /* both included */
	int days;
	int rate_bp;                /* hundredths of a percent a year */
	int year_days;              /* D: 365, or 366 under ACT_ACT in a leap year */
	gint64 principal_cents;     /* the base: the principal plus capitalised interest */
	gint64 interest_cents;
} DmInterestSegment;

/* Interest on @principal_cents from @first to @last, both days included (6:119a: "up to
 * and including the payment day"); @last the day before @first is a run of zero days.
 * Appends one DmInterestSegment to @segments (a GArray of them, may be NULL) per span of
 * one rate within one interest year (and one calendar year under ACT_ACT), sets
 * *@total_cents, and returns TRUE; or FALSE with @error set and @segments as it was. */
gboolean dm_interest_compute(const DmRateTable *rates, const DmInterestRule *rule,
                             gint64 principal_cents, const GDate *first, const GDate *last,
                             GArray *segments, gint64 *total_cents, GError **error);

/* The first day of interest year @k (k >= 0) of a run starting on @first: @first plus
 * @k years; a 29 February start gives 1 March in a common year, because that year ends
 * with 28 February (the last day of the month, as § 188 Abs. 3 BGB counts; the BW has
 * no such rule: UNVERIFIED for NL). */
void dm_interest_anniversary(const GDate *first, guint k, GDate *out);
