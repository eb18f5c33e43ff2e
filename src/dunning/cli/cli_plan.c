/* cli_plan: `dunmail plan` — agree, show or cancel an invoice's payment plan.  The
 * decisions are dm-owner-plan.h's, shared with the commands in a reply to the digest. */
#include "dunning/cli/dm-cli.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/owner/dm-owner.h"
#include "dunning/owner/dm-owner-plan.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <stdio.h>

#define MAX_AMOUNT_CENTS G_GINT64_CONSTANT(100000000000)

/* Prints "dunmail plan: OPTION 'VALUE' ...: EXPECTED" for a bad option value. */
static gboolean
bad_option(const char *option, const char *value, const char *expected)
{
	g_autofree char *clean = dm_sanitize(value, 60);
	fprintf(stderr, "dunmail plan: %s '%s' is not %s\n", option, clean, expected);
	return FALSE;
}

/* Reads the comma-separated @text of @option into @out, one item at a time by @read. */
static gboolean
read_list(const char *option, const char *text, const char *expected, GArray *out,
          gboolean (*read)(const char *item, GArray *out))
{
	g_auto(GStrv) items = g_strsplit(text, ",", -1);
	for (char **i = items; *i; i++) {
		g_strstrip(*i);
		if (!read(*i, out))
			return bad_option(option, *i, expected);
	}
	if (out->len == 0)
		return bad_option(option, text, expected);
	return TRUE;
}

static gboolean
read_amount(const char *item, GArray *out)
{
	gint64 cents;
	if (!dm_money_parse(item, MAX_AMOUNT_CENTS, &cents))
		return FALSE;
	g_array_append_val(out, cents);
	return TRUE;
}

static gboolean
read_date(const char *item, GArray *out)
{
	GDate d;
	g_date_clear(&d, 1);
	if (!dm_date_parse_iso(item, &d))
		return FALSE;
	g_array_append_val(out, d);
	return TRUE;
}

/* What `dunmail plan` decides: a new plan by @request, or the running one cancelled. */
typedef struct {
	const char *number;
	gboolean cancel;
	const DmPlanRequest *request;
} PlanDecision;

static gboolean
decide_plan(DmLedger *ledger, gconstpointer data, GDateTime *now, char **summary,
            GError **error)
{
	const PlanDecision *d = data;
	return d->cancel
		? dm_owner_plan_cancel(ledger, d->number, "the owner", now, summary, error)
		: dm_owner_plan_create(ledger, d->number, d->request, "the owner", now, summary, error);
}

/* The plan of @number as it stands, its instalments and the next reminder. */
static int
show(DmCliGlobal *global, const char *number, const char *now_text)
{
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, FALSE, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, number, &error);
	g_autoptr(DmPlan) plan = inv ? dm_ledger_plan_latest(ledger, inv->id, &error) : NULL;
	DmOutboxSummary summary;
	if (error || (inv && !dm_ledger_invoice_summary(ledger, inv->id, &summary, &error))) {
		fprintf(stderr, "dunmail plan: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_autofree char *clean = dm_sanitize_oneline(number, 80);
	if (!inv || !plan) {
		fprintf(stderr, "dunmail plan: %s '%s'\n", inv ? "no payment plan for invoice"
		        : "no invoice numbered", clean);
		return DM_EXIT_NOTHING;
	}
	gint64 paid = dm_plan_paid_since_start(plan, inv);
	g_autofree char *table = dm_plan_table(plan, paid, inv->currency);
	g_autofree char *since = dm_clock_local_text(plan->created_at, config->tz);
	g_autofree char *open = dm_money_format(dm_invoice_open_cents(inv), inv->currency, "en");
	g_autofree char *paid_text = dm_money_format(paid, inv->currency, "en");
	printf("invoice %s: payment plan %s, agreed %s; %s paid under it, %s open\n%s", clean,
	       dm_plan_state_name(plan->state), since, paid_text, open, table);
	if (plan->state == DM_PLAN_STATE_RUNNING && inv->plan_id == plan->id)
		inv->plan = plan;
	DmNextStep next;
	GDate today = dm_clock_date(now);
	dm_next_step(config->ladders, inv, &summary, &today, &next);
	g_autofree char *why = dm_next_step_text(&next);
	printf("next: %s\n", why);
	return DM_EXIT_OK;
}

int
dm_cli_plan(DmCliGlobal *global, int argc, char **argv)
{
	int instalments = 0;
	gboolean show_plan = FALSE, cancel = FALSE;
	g_autofree char *every_text = NULL, *from_text = NULL, *amounts_text = NULL,
	                *dates_text = NULL, *now_text = NULL;
	GOptionEntry entries[] = {
		{ "instalments", 'n', 0, G_OPTION_ARG_INT, &instalments,
		  "Pay what is open in N instalments (split to the cent)", "N" },
		{ "every", 'e', 0, G_OPTION_ARG_STRING, &every_text,
		  "How far apart: month (the default), week, or N-days, N-weeks, N-months", "UNIT" },
		{ "from", 'f', 0, G_OPTION_ARG_STRING, &from_text,
		  "The first instalment's day (YYYY-MM-DD)", "DATE" },
		{ "amounts", 'a', 0, G_OPTION_ARG_STRING, &amounts_text,
		  "Each instalment's amount, comma-separated (100.00,150.00); they add up to what "
		  "is open", "LIST" },
		{ "dates", 'd', 0, G_OPTION_ARG_STRING, &dates_text,
		  "Each instalment's day, comma-separated (2026-04-01,2026-05-01)", "LIST" },
		{ "show", 's', 0, G_OPTION_ARG_NONE, &show_plan,
		  "Show the invoice's plan: its instalments, what is paid, the next reminder", NULL },
		{ "cancel", 0, 0, G_OPTION_ARG_NONE, &cancel,
		  "Cancel the running plan: the ladder applies again, from its step", NULL },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv,
	        "INVOICE --instalments N [--every UNIT] --from DATE | --amounts LIST --dates LIST "
	        "| --show | --cancel",
	        "Agree a payment plan for an invoice: what is open is paid in instalments, and\n"
	        "while the plan runs each instalment is reminded instead of the ladder's steps.",
	        "An even split gives every instalment the same amount in cents and puts the\n"
	        "remainder of the division on the LAST instalment (250.00 in 3: 83.33, 83.33,\n"
	        "83.34); the instalments always add up to exactly what is open. Monthly days are\n"
	        "counted from --from each time, so 31 January gives 28 (or 29) February and then\n"
	        "31 March. With --amounts the amounts must add up to what is open; with --dates\n"
	        "the days must be in order. --amounts and --dates may be given alone (the other\n"
	        "from --instalments, --every and --from) or together (as many of each).\n\n"
	        "While the plan runs, each instalment gets a reminder [plan] remind_before_days\n"
	        "before its day and, unpaid, one remind_after_days after it. An instalment still\n"
	        "unpaid missed_after_days after its day is missed: the plan ends, the digest\n"
	        "lists it, and by [plan] on_missed the ladder resumes on what is open (from the\n"
	        "step where it was) or the invoice waits for you. 'dunmail paid' pays the\n"
	        "instalments in order. A plan agreed on an invoice held for your decision (a\n"
	        "debtor asking for a payment plan) ends that hold; a plan on an invoice with a\n"
	        "running plan replaces it.\n\n"
	        "Exit status: 0 done, 1 no such invoice (or, with --show, no plan), 2 usage\n"
	        "error (also: a plan that does not add up or whose days are not in order), 3\n"
	        "failure (also: the invoice is paid, written off, stopped or handed over, or\n"
	        "has no plan to cancel).\n\n"
	        "Examples:\n"
	        "  dunmail plan 2026-0042 --instalments 3 --every month --from 2026-04-01\n"
	        "  dunmail plan 2026-0042 --instalments 6 --every 2-weeks --from 2026-04-01\n"
	        "  dunmail plan 2026-0042 --amounts 100.00,150.00 --dates 2026-04-01,2026-05-01\n"
	        "  dunmail plan 2026-0042 --show\n"
	        "  dunmail plan 2026-0042 --cancel", entries))
		return DM_EXIT_USAGE;
	if (argc != 2) {
		fprintf(stderr, "dunmail plan: expected one INVOICE number\n"
		        "Try 'dunmail plan --help'.\n");
		return DM_EXIT_USAGE;
	}
	gboolean making = instalments || every_text || from_text || amounts_text || dates_text;
	if ((show_plan && cancel) || ((show_plan || cancel) && making)) {
		fprintf(stderr, "dunmail plan: --show and --cancel go alone (expected one of: a new "
		        "plan, --show, --cancel)\n");
		return DM_EXIT_USAGE;
	}
	if (show_plan)
		return show(global, argv[1], now_text);

	DmPlanRequest request = { .instalments = instalments };
	g_date_clear(&request.from, 1);
	g_autoptr(GArray) amounts = g_array_new(FALSE, FALSE, sizeof(gint64));
	g_autoptr(GArray) dates = g_array_new(FALSE, FALSE, sizeof(GDate));
	if (!cancel) {
		if (instalments < 0 || instalments > DM_PLAN_MAX_INSTALMENTS) {
			g_autofree char *n = g_strdup_printf("%d", instalments);
			bad_option("--instalments", n, "a number of instalments from 1 to 120");
			return DM_EXIT_USAGE;
		}
		if (every_text && !dm_plan_every_parse(every_text, &request.every)) {
			bad_option("--every", every_text, "month, week, or N-days, N-weeks, N-months");
			return DM_EXIT_USAGE;
		}
		if (from_text && !dm_date_parse_iso(from_text, &request.from)) {
			bad_option("--from", from_text, "a date (expected YYYY-MM-DD)");
			return DM_EXIT_USAGE;
		}
		if (amounts_text && !read_list("--amounts", amounts_text, "an amount (expected "
		                               "such as 150.00 or 150,00, without grouping)", amounts,
		                               read_amount))
			return DM_EXIT_USAGE;
		if (dates_text && !read_list("--dates", dates_text, "a date (expected YYYY-MM-DD)",
		                             dates, read_date))
			return DM_EXIT_USAGE;
		request.amounts = amounts_text ? amounts : NULL;
		request.dates = dates_text ? dates : NULL;
	}

	PlanDecision d = { .number = argv[1], .cancel = cancel, .request = &request };
	return dm_cli_run_decision(global, "plan", now_text, decide_plan, &d);
}
