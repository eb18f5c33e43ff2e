/* costs: statutory collection costs and the flat compensation in integer cents (the rules
 * are in dm-costs.h, with their sections of shared/legal/rules.md).
 *
 * Rounding, in one place (div_half_up): the scale is summed exactly in thousandths of a
 * cent-rate and rounded once, half up, to the cent (rules.md 1.2: the Besluit prescribes
 * no rounding; half up is the rules file's engineering choice); the VAT surcharge is
 * rounded the same way, after the minimum and maximum, because the increase applies to
 * the EUR 40 minimum too (1.3). */
#include "dunning/engine/dm-costs.h"

/* Besluit BIK art. 2 (rules.md 1.2): each band of the principal, in cents, and its rate
 * in thousandths (15 % = 150, 0.5 % = 5).  The last band has no upper end. */
static const struct {
	gint64 upto_cents;
	gint64 per_mille;
} nl_scale[] = {
	{ 250000, 150 },            /* first EUR 2,500: 15 % */
	{ 500000, 100 },            /* next EUR 2,500: 10 % */
	{ 1000000, 50 },            /* next EUR 5,000: 5 % */
	{ 20000000, 10 },           /* next EUR 190,000: 1 % */
	{ G_MAXINT64, 5 },          /* the rest: 0.5 % */
};

/* Boek XIX WER (rules.md 3.3): the damages-clause cap for a Belgian consumer. */
#define BE_FLAT_UPTO_CENTS 15000        /* up to EUR 150: EUR 20 */
#define BE_FLAT_CENTS 2000
#define BE_MIDDLE_UPTO_CENTS 50000      /* 150.01-500: EUR 30 + 10 % above 150 */
#define BE_MIDDLE_BASE_CENTS 3000
#define BE_MIDDLE_PER_MILLE 100
#define BE_HIGH_BASE_CENTS 6500         /* above 500: EUR 65 + 5 % above 500 */
#define BE_HIGH_PER_MILLE 50
#define BE_MAXIMUM_CENTS 200000         /* at most EUR 2,000 */

/* num / den rounded half up; num >= 0, den > 0. */
static gint64
div_half_up(gint64 num, gint64 den)
{
	gint64 rem = num % den;
	return num / den + (rem >= den - rem ? 1 : 0);
}

/* Amounts above this are refused by the callers' bounds (the CLI: EUR 1,000,000,000);
 * here they are only clamped so that the products below cannot overflow. */
#define PRINCIPAL_MAX_CENTS (G_MAXINT64 / 1000)

gint64
dm_costs_nl_scale(gint64 principal_cents)
{
	g_return_val_if_fail(principal_cents >= 0, 0);
	gint64 p = MIN(principal_cents, PRINCIPAL_MAX_CENTS), lower = 0, milli = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(nl_scale) && p > lower; i++) {
		gint64 part = MIN(p, nl_scale[i].upto_cents) - lower;
		milli += part * nl_scale[i].per_mille;
		lower = nl_scale[i].upto_cents;
		if (milli > DM_COSTS_NL_MAXIMUM_CENTS * 1000)
			break;      /* the maximum applies; stop before anything can overflow */
	}
	gint64 fee = div_half_up(milli, 1000);
	return CLAMP(fee, DM_COSTS_NL_MINIMUM_CENTS, DM_COSTS_NL_MAXIMUM_CENTS);
}

gint64
dm_costs_add_vat(gint64 cents, int vat_bp)
{
	g_return_val_if_fail(cents >= 0 && cents <= G_MAXINT64 / 20000, cents);
	g_return_val_if_fail(vat_bp >= 0 && vat_bp <= 10000, cents);
	return div_half_up(cents * (10000 + vat_bp), 10000);
}

gint64
dm_costs_be_consumer_cap(gint64 principal_cents)
{
	g_return_val_if_fail(principal_cents >= 0, 0);
	gint64 p = MIN(principal_cents, PRINCIPAL_MAX_CENTS);
	if (p <= BE_FLAT_UPTO_CENTS)
		return BE_FLAT_CENTS;
	if (p <= BE_MIDDLE_UPTO_CENTS)
		return BE_MIDDLE_BASE_CENTS +
		       div_half_up((p - BE_FLAT_UPTO_CENTS) * BE_MIDDLE_PER_MILLE, 1000);
	gint64 cap = BE_HIGH_BASE_CENTS +
	             div_half_up((p - BE_MIDDLE_UPTO_CENTS) * BE_HIGH_PER_MILLE, 1000);
	return MIN(cap, BE_MAXIMUM_CENTS);
}

void
dm_costs_compute(const DmCostsInput *in, DmCosts *out)
{
	g_return_if_fail(in && out && in->principal_cents >= 0);
	*out = (DmCosts) { 0 };
	gboolean business = in->debtor == DM_DEBTOR_BUSINESS;
	if (in->already_charged) {
		out->basis = "already charged: collection costs are charged once (rules.md 1.2)";
		return;
	}
	switch (in->country) {
	case DM_COUNTRY_NL:
		out->collection_costs_cents = dm_costs_nl_scale(in->principal_cents);
		/* Besluit art. 2 lid 3 (rules.md 1.3): all conditions, or no surcharge. */
		if (in->third_party_collector && in->cannot_deduct_vat) {
			out->vat_surcharge = TRUE;
			out->collection_costs_cents = dm_costs_add_vat(out->collection_costs_cents,
			        in->vat_bp ? in->vat_bp : DM_COSTS_NL_VAT_DEFAULT_BP);
		}
		out->basis = business
			? "WIK scale (Besluit BIK art. 2), at least the EUR 40 of 6:96 lid 4 BW"
			: "WIK scale (Besluit BIK art. 2), due only after the 14-day letter's term "
			  "(6:96 lid 6 BW)";
		break;
	case DM_COUNTRY_DE:
		out->basis = business
			? "Pauschale of \xc2\xa7 288 Abs. 5 BGB, credited against later costs"
			: "no statutory collection costs against a consumer";
		break;
	case DM_COUNTRY_BE:
		if (!business)
			out->collection_costs_cents = dm_costs_be_consumer_cap(in->principal_cents);
		out->basis = business
			? "EUR 40 forfait of the wet van 2 augustus 2002 (directive 2011/7/EU art. 6)"
			: "the most a damages clause may charge (Boek XIX WER), only when the "
			  "contract has one, after the free first reminder's 14 days";
		break;
	}
	if (business)
		out->compensation_cents = DM_COSTS_COMPENSATION_CENTS;
	/* The EUR 40 is a floor, not an extra (rules.md 1.5; directive art. 6(3)). */
	out->claim_cents = MAX(out->collection_costs_cents, out->compensation_cents);
}
