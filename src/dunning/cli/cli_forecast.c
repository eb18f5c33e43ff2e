/* cli_forecast: `dunmail forecast` — the reminders that would go out in the next days,
 * when, to whom and why.  It asks the scheduler's own pure functions (dm_next_step for the
 * step and its day, dm_next_step_release for the moment the window lets it go), so the
 * forecast and dunmaild cannot disagree; a step after the first is forecast as if the
 * first went at its moment. */
#include "dunning/cli/dm-cli.h"
#include "dunning/engine/dm-calendar.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-plans.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"

#include <stdio.h>

typedef struct {
	char *number;
	char *debtor;
	int step;
	const char *step_name;
	GDate due;                  /* the day the ladder makes it due */
	GDateTime *release;         /* when the send window lets it go */
	char *why;
} Forecast;

static void
forecast_free(Forecast *fc)
{
	g_free(fc->number);
	g_free(fc->debtor);
	g_date_time_unref(fc->release);
	g_free(fc->why);
	g_free(fc);
}

typedef struct {
	DmLedger *ledger;
	const DmLadderSet *ladders;
	GDate today;
	DmSendWindow window;
	GDateTime *now;
	GDateTime *horizon;
	GPtrArray *out;             /* of Forecast* */
} Collect;

static gboolean
collect_one(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
            GError **error)
{
	Collect *c = user;
	DmOutboxSummary sim = *reminders;
	/* A running plan's reminders replace the ladder: forecast on a copy of the plan, each
	 * reminder marked as gone at its moment. */
	g_autoptr(DmPlan) plan = NULL;
	DmInvoice with_plan;
	if (!dm_ledger_plan_attach(c->ledger, inv, &with_plan, &plan, &inv, error))
		return FALSE;
	DmNextStep next;
	const DmLadderStep *step;
	/* The next step, then (as if it went when the window lets it) the one after it.  A
	 * hand-over sends nothing: the forecast ends there. */
	while ((step = dm_next_step(c->ladders, inv, &sim, &c->today, &next)) &&
	       !(step->flags & DM_STEP_HAND_OVER)) {
		GDate due = next.when;
		GDateTime *release = dm_next_step_release(&next, &c->window, c->now);
		if (!release)
			break;
		if (g_date_time_compare(release, c->horizon) > 0) {
			g_date_time_unref(release);
			break;
		}
		Forecast *fc = g_new0(Forecast, 1);
		fc->number = dm_sanitize_oneline(inv->number, 80);
		fc->debtor = dm_sanitize_oneline(inv->debtor_email, 120);
		fc->step = step->step;
		fc->step_name = step->name;
		fc->due = due;
		fc->release = release;
		fc->why = dm_next_step_text(&next);
		g_ptr_array_add(c->out, fc);
		g_autoptr(GDateTime) local = g_date_time_to_timezone(release, c->window.tz);
		sim.in_flight = FALSE;
		if (next.instalment) {
			DmInstalment *gone = (DmInstalment *) next.plan_next.instalment;
			if (next.plan_next.phase == DM_INSTALMENT_BEFORE)
				gone->reminded_before = TRUE;
			else
				gone->reminded_after = TRUE;
			continue;
		}
		sim.last_step = step->step;
		g_date_clear(&sim.last_sent, 1);
		g_date_set_dmy(&sim.last_sent, (GDateDay) g_date_time_get_day_of_month(local),
		               (GDateMonth) g_date_time_get_month(local),
		               (GDateYear) g_date_time_get_year(local));
	}
	return TRUE;
}

static gint
by_release(gconstpointer a, gconstpointer b)
{
	const Forecast *x = *(Forecast *const *) a, *y = *(Forecast *const *) b;
	int c = g_date_time_compare(x->release, y->release);
	return c ? c : g_strcmp0(x->number, y->number);
}

static void
print_json(GPtrArray *list, GTimeZone *tz)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_array(b);
	for (guint i = 0; i < list->len; i++) {
		const Forecast *fc = g_ptr_array_index(list, i);
		g_autoptr(GDateTime) local = g_date_time_to_timezone(fc->release, tz);
		g_autofree char *at = g_date_time_format_iso8601(local);
		json_builder_begin_object(b);
		dm_cli_json_string(b, "invoice", fc->number);
		dm_cli_json_string(b, "to", fc->debtor);
		json_builder_set_member_name(b, "step");
		json_builder_add_int_value(b, fc->step);
		dm_cli_json_string(b, "step_name", fc->step_name);
		dm_cli_json_date(b, "due", &fc->due);
		dm_cli_json_string(b, "goes_at", at);
		dm_cli_json_string(b, "why", fc->why);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	dm_cli_print_json(json_builder_get_root(b));
}

int
dm_cli_forecast(DmCliGlobal *global, int argc, char **argv)
{
	int days = 14;
	gboolean json = FALSE;
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		{ "days", 'd', 0, G_OPTION_ARG_INT, &days,
		  "Look N days ahead (default 14, at most 366)", "N" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print a JSON array", NULL },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "forecast [--days N] [--json]",
		"What dunmaild would send in the next N days: for each reminder the moment it\n"
		"goes, the invoice, the debtor, the step, the day the ladder makes it due and why,\n"
		"and how far the send window ([sending] days, hours, holidays) moves it.",
		"A step after the next is forecast as if the next went at its moment. Replies,\n"
		"payments and pauses still to come, and the limits per pass and per domain, can\n"
		"make the real sending later; never earlier.\n\n"
		"JSON: an array of {\"invoice\", \"to\", \"step\", \"step_name\", \"due\"\n"
		"(YYYY-MM-DD), \"goes_at\" (ISO 8601, local time), \"why\"}, in the order they go.\n\n"
		"Exit status: 0 something would go, 1 nothing would, 2 usage error, 3 failure.\n\n"
		"Examples:\n"
		"  dunmail forecast --days 7\n"
		"  dunmail forecast --days 30 --json | jq '.[] | select(.step == 3)'",
		entries))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail forecast: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	if (days < 1 || days > 366) {
		fprintf(stderr, "dunmail forecast: --days %d: expected 1 to 366\n", days);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, FALSE, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GDateTime) horizon = g_date_time_add_days(now, days);
	g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func((GDestroyNotify) forecast_free);
	Collect c = { .ledger = ledger, .ladders = config->ladders, .today = dm_clock_date(now),
	              .window = dm_send_window_from_config(config), .now = now,
	              .horizon = horizon, .out = list };
	g_autoptr(GError) error = NULL;
	if (!dm_ledger_invoices_foreach(ledger, NULL, DM_INVOICE_STATUS_ANY, collect_one, &c,
	                                &error)) {
		fprintf(stderr, "dunmail forecast: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_ptr_array_sort(list, by_release);
	if (json) {
		print_json(list, config->tz);
		return list->len ? DM_EXIT_OK : DM_EXIT_NOTHING;
	}
	if (list->len == 0) {
		printf("Nothing would go out in the next %d days.\n", days);
		return DM_EXIT_NOTHING;
	}
	for (guint i = 0; i < list->len; i++) {
		const Forecast *fc = g_ptr_array_index(list, i);
		g_autoptr(GDateTime) local = g_date_time_to_timezone(fc->release, config->tz);
		g_autofree char *at = g_date_time_format(local, "%Y-%m-%d %H:%M");
		printf("%s  %-14s %-32s %s\n", at, fc->number, fc->debtor, fc->why);
	}
	return DM_EXIT_OK;
}
