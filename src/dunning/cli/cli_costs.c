/* cli_costs: "dunmail costs": the statutory collection costs, flat compensation and
 * interest one debt would carry, with the interest's segments.  Needs no ledger; reads
 * the rate table of the country from [dunning] rates (or --rates).
 *
 * Diagnostics: bad arguments exit 2 with a message saying what was expected; a missing or
 * bad rate file exits 78 (it is configuration); a period the rate table has no verified
 * rate for exits 3. */
#include "dunning/cli/dm-cli.h"
#include "dunning/engine/dm-costs.h"
#include "dunning/engine/dm-cost-dates.h"
#include "dunning/engine/dm-interest.h"
#include "dunning/engine/dm-rates.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <stdio.h>
#include <string.h>

/* EUR 1,000,000,000.00: far above any claim a small business dunns, and low enough that
 * the exact integer arithmetic of the engine has room for years of interest. */
#define AMOUNT_MAX_CENTS G_GINT64_CONSTANT(100000000000)
#define RATE_FILE_MAX (1024 * 1024)
#define NL_DELIVERY_DAYS_DEFAULT 2

/* Amounts as dm_money_parse reads them, at most the engine's room for years of interest. */
static gboolean
parse_amount(const char *text, gint64 *cents)
{
	return dm_money_parse(text, AMOUNT_MAX_CENTS, cents);
}

static int
usage_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

static int
usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "dunmail costs: %s\nTry 'dunmail costs --help'.\n", msg);
	return DM_EXIT_USAGE;
}

/* The configuration when one is named or the default file exists; the built-in defaults
 * otherwise, so that the verb works on a machine with no dunmail.conf. */
static DmConfig *
load_config(DmCliGlobal *global)
{
	if (!global->config_path && !g_file_test(DM_CONFIG_DEFAULT_PATH, G_FILE_TEST_EXISTS))
		return dm_config_new_default();
	return dm_cli_config(global);
}

static DmRateTable *
load_rates(const char *dir, DmCountry country)
{
	g_autofree char *name = g_strdup_printf("%s.txt", dm_country_code(country));
	g_autofree char *path = g_build_filename(dir, name, NULL);
	g_autofree char *text = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &text, &len, &error)) {
		fprintf(stderr, "dunmail costs: cannot read the rate table: %s "
		        "(set [dunning] rates or --rates)\n", error->message);
		return NULL;
	}
	if (len > RATE_FILE_MAX) {
		fprintf(stderr, "dunmail costs: %s: larger than %d bytes, not a rate table\n", path,
		        RATE_FILE_MAX);
		return NULL;
	}
	DmRateTable *t = dm_rate_table_parse(path, text, len, &error);
	if (!t)
		fprintf(stderr, "dunmail costs: %s\n", error->message);
	return t;
}

static const char *
interest_basis(DmCountry country, DmDebtor debtor)
{
	gboolean b2b = debtor == DM_DEBTOR_BUSINESS;
	switch (country) {
	case DM_COUNTRY_NL:
		return b2b ? "wettelijke handelsrente (6:119a BW), added to the principal yearly"
		           : "wettelijke rente (6:119 BW), added to the principal yearly";
	case DM_COUNTRY_DE:
		return b2b ? "Verzugszinsen, base rate + 9 points (\xc2\xa7 288 Abs. 2 BGB), simple"
		           : "Verzugszinsen, base rate + 5 points (\xc2\xa7 288 Abs. 1 BGB), simple";
	case DM_COUNTRY_BE:
		return b2b ? "late-payment interest (wet van 2 augustus 2002), simple"
		           : "at most the late-payment rate (Boek XIX WER), only if the contract "
		             "provides for interest, simple";
	}
	return "";
}

typedef struct {
	DmCountry country;
	DmDebtor debtor;
	gint64 principal;
	GDate first, last;
	DmCosts costs;
	GDate costs_due_from;       /* invalid: a business, or no --letter given */
	gboolean costs_due;
	const char *costs_when;     /* for people */
	DmInterestRule rule;
	GArray *segments;
	gint64 interest;
} Result;

static gint64
total_of(const Result *r)
{
	return r->principal + (r->costs_due ? r->costs.claim_cents : 0) + r->interest;
}

static void
print_json(const Result *r)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	dm_cli_json_string(b, "country", dm_country_code(r->country));
	dm_cli_json_string(b, "debtor", r->debtor == DM_DEBTOR_BUSINESS ? "business" : "consumer");
	dm_cli_json_string(b, "currency", "EUR");
	json_builder_set_member_name(b, "principal_cents");
	json_builder_add_int_value(b, r->principal);
	dm_cli_json_date(b, "from", &r->first);
	dm_cli_json_date(b, "to", &r->last);
	json_builder_set_member_name(b, "collection_costs_cents");
	json_builder_add_int_value(b, r->costs.collection_costs_cents);
	json_builder_set_member_name(b, "compensation_cents");
	json_builder_add_int_value(b, r->costs.compensation_cents);
	json_builder_set_member_name(b, "costs_claim_cents");
	json_builder_add_int_value(b, r->costs.claim_cents);
	json_builder_set_member_name(b, "vat_surcharge");
	json_builder_add_boolean_value(b, r->costs.vat_surcharge);
	dm_cli_json_string(b, "costs_basis", r->costs.basis);
	dm_cli_json_date(b, "costs_due_from", &r->costs_due_from);
	json_builder_set_member_name(b, "costs_due");
	json_builder_add_boolean_value(b, r->costs_due);
	json_builder_set_member_name(b, "interest_cents");
	json_builder_add_int_value(b, r->interest);
	dm_cli_json_string(b, "interest_basis", interest_basis(r->country, r->debtor));
	dm_cli_json_string(b, "day_count", dm_day_count_name(r->rule.day_count));
	json_builder_set_member_name(b, "compounded_yearly");
	json_builder_add_boolean_value(b, r->rule.compound_yearly);
	json_builder_set_member_name(b, "segments");
	json_builder_begin_array(b);
	for (guint i = 0; i < r->segments->len; i++) {
		const DmInterestSegment *s = &g_array_index(r->segments, DmInterestSegment, i);
		g_autofree char *rate = dm_rate_format(s->rate_bp);
		json_builder_begin_object(b);
		dm_cli_json_date(b, "from", &s->from);
		dm_cli_json_date(b, "to", &s->to);
		json_builder_set_member_name(b, "days");
		json_builder_add_int_value(b, s->days);
		dm_cli_json_string(b, "rate", rate);
		json_builder_set_member_name(b, "year_days");
		json_builder_add_int_value(b, s->year_days);
		json_builder_set_member_name(b, "principal_cents");
		json_builder_add_int_value(b, s->principal_cents);
		json_builder_set_member_name(b, "interest_cents");
		json_builder_add_int_value(b, s->interest_cents);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_set_member_name(b, "total_cents");
	json_builder_add_int_value(b, total_of(r));
	json_builder_end_object(b);
	dm_cli_print_json(json_builder_get_root(b));
}

/* (transfer full) @cents as "€1,250.00", right-aligned in @width characters (not bytes:
 * the euro sign is three of them). */
static char *
money(gint64 cents, int width)
{
	g_autofree char *text = dm_money_format(cents, "EUR", "en");
	glong chars = g_utf8_strlen(text, -1);
	return g_strdup_printf("%*s%s", width > chars ? (int) (width - chars) : 0, "", text);
}

static void
print_text(const Result *r)
{
	g_autofree char *principal = money(r->principal, 0);
	g_autofree char *first = dm_date_iso(&r->first);
	g_autofree char *last = dm_date_iso(&r->last);
	g_autofree char *collection = money(r->costs.collection_costs_cents, 14);
	g_autofree char *compensation = money(r->costs.compensation_cents, 14);
	g_autofree char *claim = money(r->costs.claim_cents, 14);
	g_autofree char *interest = money(r->interest, 14);
	g_autofree char *total = money(total_of(r), 14);
	printf("%s owed by a %s (%s), interest from %s to %s\n\n", principal,
	       r->debtor == DM_DEBTOR_BUSINESS ? "business" : "consumer",
	       dm_country_name(r->country), first, last);
	printf("%-18s %s  %s%s\n", "Collection costs", collection, r->costs.basis,
	       r->costs.vat_surcharge ? "; VAT surcharge: the letter must declare it" : "");
	printf("%-18s %s  %s\n", "Flat compensation", compensation,
	       r->costs.compensation_cents ? "EUR 40 (directive 2011/7/EU art. 6): a floor, "
	                                     "not added to the costs" : "none for a consumer");
	printf("%-18s %s  %s\n", "Costs to claim", claim, r->costs_when);
	printf("%-18s %s  %s, %s\n", "Interest", interest, interest_basis(r->country, r->debtor),
	       dm_day_count_name(r->rule.day_count));
	if (r->segments->len > 0) {
		printf("\n  %-10s  %-10s  %5s  %7s  %14s  %12s\n", "from", "to", "days", "rate",
		       "principal", "interest");
		for (guint i = 0; i < r->segments->len; i++) {
			const DmInterestSegment *s = &g_array_index(r->segments, DmInterestSegment, i);
			g_autofree char *from = dm_date_iso(&s->from);
			g_autofree char *to = dm_date_iso(&s->to);
			g_autofree char *rate = dm_rate_format(s->rate_bp);
			g_autofree char *base = money(s->principal_cents, 14);
			g_autofree char *amount = money(s->interest_cents, 12);
			printf("  %-10s  %-10s  %5d  %6s%%  %s  %s\n", from, to, s->days, rate,
			       base, amount);
		}
	}
	printf("\n%-18s %s  principal + costs due + interest\n", "Total", total);
}

static const char description[] =
	"The amounts are computed from shared/legal/rules.md's rules, exact to the cent\n"
	"(integer cents, rounded half up once per amount or interest segment):\n\n"
	"  nl  collection costs on the WIK scale (Besluit BIK art. 2: 15/10/5/1/0.5 %,\n"
	"      at least EUR 40, at most EUR 6,775); for a business at least the EUR 40 of\n"
	"      6:96 lid 4 BW, never 40 on top; for a consumer due only after the 14-day\n"
	"      letter's term has run out. Interest: wettelijke rente (6:119 BW) or\n"
	"      handelsrente (6:119a BW), added to the principal at each anniversary of FROM.\n"
	"  de  EUR 40 Pauschale against a business (\xc2\xa7 288 Abs. 5 BGB); no statutory\n"
	"      collection costs. Interest: base rate + 5 (consumer) or + 9 (business)\n"
	"      points, simple (\xc2\xa7 289 BGB).\n"
	"  be  EUR 40 forfait against a business; for a consumer the most a damages clause\n"
	"      may charge (Boek XIX WER). Interest at the late-payment rate, simple.\n\n"
	"FROM is the first day of interest (a business: the day after the due date; a\n"
	"consumer: the first day in default); TO is the last (the payment day), included.\n"
	"AMOUNT is in euros: digits with at most one decimal point or comma and one or two\n"
	"decimals (1250, 1250.00, 1250,5). Grouped amounts (1,250.00, 1.250,00, 1.250) are\n"
	"refused: 1.250 could mean either.\n\n"
	"The rates come from RATES/COUNTRY.txt (default: [dunning] rates in the\n"
	"configuration, else " DM_DATADIR "/rates). A period whose rate no source\n"
	"confirmed (marked '-' there) is an error, never a guess.\n\n"
	"Exit status: 0 done, 2 bad arguments, 3 no known rate for part of the period,\n"
	"78 configuration or rate-table error.\n\n"
	"Examples:\n"
	"  dunmail costs --amount 1250.00 --from 2025-01-01 --to 2026-06-30 --business\n"
	"  dunmail costs --amount 480,00 --from 2025-03-01 --to 2025-09-30 --consumer \\\n"
	"                --letter 2025-02-10 --json\n"
	"  dunmail costs --amount 2000 --from 2025-01-01 --to 2025-12-31 --business --country de\n";

int
dm_cli_costs(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *amount_text = NULL, *from_text = NULL, *to_text = NULL;
	g_autofree char *country_text = NULL, *day_count_text = NULL, *letter_text = NULL;
	g_autofree char *rates_dir = NULL, *vat_rate_text = NULL;
	gboolean business = FALSE, consumer = FALSE, json = FALSE, vat = FALSE, email = FALSE;
	int delivery_days = NL_DELIVERY_DAYS_DEFAULT;
	GOptionEntry entries[] = {
		{ "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text,
		  "The principal in euros (1250.00 or 1250,00), without interest", "AMOUNT" },
		{ "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
		  "First day of interest, YYYY-MM-DD", "DATE" },
		{ "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
		  "Last day of interest (the payment day, included), YYYY-MM-DD", "DATE" },
		{ "business", 0, 0, G_OPTION_ARG_NONE, &business,
		  "The debtor is a business (a commercial transaction)", NULL },
		{ "consumer", 0, 0, G_OPTION_ARG_NONE, &consumer,
		  "The debtor is a consumer", NULL },
		{ "country", 0, 0, G_OPTION_ARG_STRING, &country_text,
		  "Whose law: nl, de or be (default: [dunning] country, else nl)", "CODE" },
		{ "day-count", 0, 0, G_OPTION_ARG_STRING, &day_count_text,
		  "act365 (default: every day 1/365) or actact (1/366 in a leap year)", "RULE" },
		{ "letter", 0, 0, G_OPTION_ARG_STRING, &letter_text,
		  "Consumer: the day the 14-day letter (nl) or the free first reminder (be) was "
		  "sent; costs are due only after its term", "DATE" },
		{ "delivery-days", 0, 0, G_OPTION_ARG_INT, &delivery_days,
		  "nl: delivery days until the letter counts as received (default 2; 0 for "
		  "e-mail)", "N" },
		{ "email", 0, 0, G_OPTION_ARG_NONE, &email,
		  "be: the first reminder went by e-mail (its 14 days start the next day)", NULL },
		{ "vat-surcharge", 0, 0, G_OPTION_ARG_NONE, &vat,
		  "nl: a third party collects, the creditor cannot deduct its VAT and declares "
		  "so in the letter (Besluit BIK art. 2 lid 3)", NULL },
		{ "vat-rate", 0, 0, G_OPTION_ARG_STRING, &vat_rate_text,
		  "nl: the VAT percentage of the surcharge (default 21)", "PERCENT" },
		{ "rates", 0, 0, G_OPTION_ARG_FILENAME, &rates_dir,
		  "Directory of the rate tables (default: [dunning] rates)", "DIR" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL },
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv,
	        "--amount AMOUNT --from DATE --to DATE --business|--consumer",
	        "Print the statutory collection costs, the flat compensation and the interest\n"
	        "(with its segments) one unpaid debt carries. Needs no ledger.",
	        description, entries))
		return DM_EXIT_USAGE;
	if (argc > 1)
		return usage_error("unexpected argument '%s'", argv[1]);

	Result r = { 0 };
	g_date_clear(&r.costs_due_from, 1);
	if (!amount_text)
		return usage_error("--amount is required");
	if (!parse_amount(amount_text, &r.principal))
		return usage_error("--amount '%s': expected euros such as 1250.00 or 1250,00 "
		                   "(no thousands separators, at most two decimals, above 0 and at "
		                   "most 1000000000)", amount_text);
	if (!from_text || !to_text)
		return usage_error("--from and --to are required");
	if (!dm_date_parse_iso(from_text, &r.first))
		return usage_error("--from '%s': expected a date YYYY-MM-DD", from_text);
	if (!dm_date_parse_iso(to_text, &r.last))
		return usage_error("--to '%s': expected a date YYYY-MM-DD", to_text);
	if (g_date_compare(&r.last, &r.first) < 0)
		return usage_error("--to %s is before --from %s", to_text, from_text);
	if (business == consumer)
		return usage_error("say whether the debtor is a business or a consumer: "
		                   "--business or --consumer");
	r.debtor = business ? DM_DEBTOR_BUSINESS : DM_DEBTOR_CONSUMER;
	g_autoptr(DmConfig) config = load_config(global);
	if (!config)
		return DM_EXIT_CONFIG;
	r.country = DM_COUNTRY_NL;
	dm_country_parse(config->country, &r.country);  /* checked when it was loaded */
	if (country_text && !dm_country_parse(country_text, &r.country))
		return usage_error("--country '%s': expected nl, de or be", country_text);
	DmDayCount dc = DM_DAY_COUNT_ACT_365;
	if (day_count_text && !dm_day_count_parse(day_count_text, &dc))
		return usage_error("--day-count '%s': expected act365 or actact", day_count_text);
	GDate letter;
	g_date_clear(&letter, 1);
	if (letter_text && !dm_date_parse_iso(letter_text, &letter))
		return usage_error("--letter '%s': expected a date YYYY-MM-DD", letter_text);
	if (letter_text && business)
		return usage_error("--letter is for consumers: a business owes the costs "
		                   "without a letter");
	if (letter_text && r.country == DM_COUNTRY_DE)
		return usage_error("--letter: no statutory collection costs against a German "
		                   "consumer");
	if (delivery_days < 0 || delivery_days > 30)
		return usage_error("--delivery-days %d: expected 0 to 30", delivery_days);
	if (email && r.country != DM_COUNTRY_BE)
		return usage_error("--email is the Belgian rule; for nl use --delivery-days 0");
	if ((vat || vat_rate_text) && r.country != DM_COUNTRY_NL)
		return usage_error("--vat-surcharge and --vat-rate are the Dutch rule "
		                   "(Besluit BIK art. 2 lid 3)");
	int vat_bp = DM_COSTS_NL_VAT_DEFAULT_BP;
	if (vat_rate_text) {
		gint64 v;
		if (!parse_amount(vat_rate_text, &v) || v > 10000)
			return usage_error("--vat-rate '%s': expected a percentage such as 21 or 9.5",
			                   vat_rate_text);
		vat_bp = (int) v;
	}

	g_autoptr(DmRateTable) rates = load_rates(rates_dir ? rates_dir : config->rates_dir,
	                                          r.country);
	if (!rates)
		return DM_EXIT_CONFIG;

	DmCostsInput in = { .country = r.country, .debtor = r.debtor,
	                    .principal_cents = r.principal, .third_party_collector = vat,
	                    .cannot_deduct_vat = vat, .vat_bp = vat_bp };
	dm_costs_compute(&in, &r.costs);
	if (business) {
		r.costs_due = TRUE;
		r.costs_when = "owed from the day after the due date, without a reminder";
	} else if (r.costs.claim_cents == 0) {
		r.costs_when = "nothing to claim";
	} else if (!g_date_valid(&letter)) {
		r.costs_when = r.country == DM_COUNTRY_NL
			? "not yet due: only after the 14-day letter's term (give --letter DATE)"
			: "not yet due: only 14 days after the free first reminder (give --letter DATE)";
	} else {
		if (r.country == DM_COUNTRY_NL)
			dm_cost_dates_nl_consumer(&letter, (guint) delivery_days, &r.costs_due_from);
		else
			dm_cost_dates_be_consumer(&letter, email ? DM_CHANNEL_EMAIL : DM_CHANNEL_LETTER,
			                          &r.costs_due_from);
		r.costs_due = g_date_compare(&r.costs_due_from, &r.last) <= 0;
		r.costs_when = r.costs_due ? "due: the letter's term ran out before TO"
		                           : "not yet due on TO: the letter's term has not run out";
	}

	r.rule = dm_interest_rule(r.country, r.debtor, dc);
	g_autoptr(GArray) segments = g_array_new(FALSE, FALSE, sizeof(DmInterestSegment));
	r.segments = segments;
	g_autoptr(GError) error = NULL;
	if (!dm_interest_compute(rates, &r.rule, r.principal, &r.first, &r.last, segments,
	                         &r.interest, &error)) {
		fprintf(stderr, "dunmail costs: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	if (json)
		print_json(&r);
	else
		print_text(&r);
	return DM_EXIT_OK;
}
