/* dm-costs: the statutory collection costs and the flat compensation, in cents
 * (shared/legal/rules.md sections 1 and 3).  Pure: amounts in, amounts out.
 *
 *   - NL: the WIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten art. 2,
 *     rules.md 1.2) with its minimum EUR 40 and maximum EUR 6,775; the VAT surcharge of
 *     art. 2 lid 3 (1.3) only when the creditor collects through a third party, cannot
 *     deduct that VAT and declares so; the EUR 40 of 6:96 lid 4 BW for businesses (1.5).
 *   - DE: the EUR 40 Pauschale of § 288 Abs. 5 BGB against a business (3.2); no statutory
 *     scale for collection costs (the RDG/RVG caps are UNVERIFIED, so none is claimed).
 *   - BE: the EUR 40 forfait for businesses (3.3, UNVERIFIED against the Belgian text);
 *     for consumers the cap on a damages clause of Boek XIX WER (3.3).
 *
 * How the flat compensation and the collection costs meet (1.5, directive 2011/7/EU
 * art. 6(3)): the EUR 40 is a floor, not an extra.  Dutch law says "ten minste 40", so a
 * business owes max(40, scale), never 40 + scale; the German Pauschale is credited against
 * later costs.  DmCosts.claim_cents is that one amount.
 */
#pragma once
#include <glib.h>
#include "dunning/engine/dm-country.h"

/* Bounds of the scale, rules.md 1.2 (Besluit art. 2 lid 1 and 2). */
#define DM_COSTS_NL_MINIMUM_CENTS 4000
#define DM_COSTS_NL_MAXIMUM_CENTS 677500
/* 6:96 lid 4 BW, directive 2011/7/EU art. 6, § 288 Abs. 5 BGB (rules.md 1.5, 3.1, 3.2). */
#define DM_COSTS_COMPENSATION_CENTS 4000
/* The Dutch general VAT rate, 21 %: rules.md 1.3 gives no source (UNVERIFIED), so it is
 * only the default of a setting. */
#define DM_COSTS_NL_VAT_DEFAULT_BP 2100

/* The WIK scale on @principal_cents (the principal without interest, 1.2), its minimum and
 * maximum applied, rounded half up to the cent. */
gint64 dm_costs_nl_scale(gint64 principal_cents);
/* @cents increased by @vat_bp hundredths of a percent (Besluit art. 2 lid 3), half up. */
gint64 dm_costs_add_vat(gint64 cents, int vat_bp);
/* The most a Belgian consumer's damages clause may charge on @principal_cents (Boek XIX
 * WER, rules.md 3.3): EUR 20 up to 150; 30 + 10 % above 150 up to 500; 65 + 5 % above
 * 500, at most EUR 2,000.  Half up to the cent. */
gint64 dm_costs_be_consumer_cap(gint64 principal_cents);

typedef struct {
	DmCountry country;
	DmDebtor debtor;
	gint64 principal_cents;     /* for NL consumers: the sum of the open principals in the
	                               one 14-day letter (6:96 lid 7 BW) */
	gboolean third_party_collector; /* NL 1.3: collected by an agency, bailiff or lawyer */
	gboolean cannot_deduct_vat;     /* NL 1.3: and the creditor cannot deduct its VAT */
	int vat_bp;                 /* 0 means DM_COSTS_NL_VAT_DEFAULT_BP */
	gboolean already_charged;   /* costs are charged once (1.2): then everything is 0 */
} DmCostsInput;

typedef struct {
	gint64 collection_costs_cents;  /* NL scale (with VAT when it applies), BE consumer
	                                   cap, or 0 */
	gint64 compensation_cents;      /* the flat EUR 40 for a business, else 0 */
	gint64 claim_cents;             /* what to claim for costs: the larger of the two */
	gboolean vat_surcharge;         /* the letter must carry the VAT declaration (1.3) */
	const char *basis;              /* (transfer none) the rule, for people */
} DmCosts;

/* The costs @in's debtor owes once they are due (when: dm-cost-dates.h). */
void dm_costs_compute(const DmCostsInput *in, DmCosts *out);
