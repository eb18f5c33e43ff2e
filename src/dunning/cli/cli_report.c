/* cli_report: the owner's reports — aging, dso, debtor ADDRESS, report --html FILE — as
 * text, --json or --csv (RFC 4180).  The arithmetic is the digest's (dm-aging.h, read by
 * dm-overview.h); this file only prints. */
#include "dunning/cli/dm-cli.h"
#include "common/dm-address.h"
#include "dunning/report/dm-overview.h"
#include "dunning/ledger/dm-messages.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <stdio.h>
#include <string.h>

#define DEBTOR_REPLIES_MAX 50

typedef enum { OUT_TEXT, OUT_JSON, OUT_CSV } Output;

/* The options every report takes; the verb's own come first in @extra (may be NULL). */
typedef struct {
	gboolean json, csv;
	char *now_text;
} ReportOptions;

static void
report_options_clear(ReportOptions *o)
{
	g_free(o->now_text);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(ReportOptions, report_options_clear)

#define REPORT_ENTRIES(o)                                                                  \
	{ "json", 'j', 0, G_OPTION_ARG_NONE, &(o).json, "Print JSON (amounts in cents)", NULL }, \
	{ "csv", 0, 0, G_OPTION_ARG_NONE, &(o).csv,                                            \
	  "Print CSV (RFC 4180; amounts in units with a '.')", NULL },                         \
	DM_CLI_NOW_ENTRY((o).now_text)

#define REPORT_EXIT "Exit status: 0 done, 1 nothing to report, 2 usage error, 3 failure."

/* The verb's start: --json and --csv exclusive, @nargs arguments left, then the
 * configuration, the day and the overview read from the ledger.  DM_EXIT_OK or the status. */
static int
report_open(DmCliGlobal *global, int argc, char **argv, int nargs, const ReportOptions *o,
            const char *debtor, DmConfig **config, DmOverview *ov, Output *out)
{
	if (o->json && o->csv) {
		fprintf(stderr, "dunmail %s: --json and --csv exclude each other\n", argv[0]);
		return DM_EXIT_USAGE;
	}
	if (argc != nargs + 1) {
		fprintf(stderr, "dunmail %s: expected %d argument%s, got %d\nTry 'dunmail %s --help'.\n",
		        argv[0], nargs, nargs == 1 ? "" : "s", argc - 1, argv[0]);
		return DM_EXIT_USAGE;
	}
	*out = o->json ? OUT_JSON : o->csv ? OUT_CSV : OUT_TEXT;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, o->now_text, FALSE, config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	GDate today = dm_clock_date(now);
	g_autoptr(GError) error = NULL;
	if (!dm_overview_read(ledger, &today, debtor, ov, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	return DM_EXIT_OK;
}

static void
json_cents(JsonBuilder *b, const char *key, gint64 cents)
{
	json_builder_set_member_name(b, key);
	json_builder_add_int_value(b, cents);
}

static void
json_dso(JsonBuilder *b, const char *key, gboolean has, double dso)
{
	json_builder_set_member_name(b, key);
	if (has)
		json_builder_add_double_value(b, dso);
	else
		json_builder_add_null_value(b);
}

static void
csv_print(GString *line)
{
	g_string_append(line, "\r\n");     /* RFC 4180 */
	fputs(line->str, stdout);
	g_string_truncate(line, 0);
}

/* aging ------------------------------------------------------------------------------ */

static void
aging_text(const DmConfig *config, DmOverview *ov)
{
	const char *lang = config->language;
	GPtrArray *totals = dm_aging_totals(ov->aging);
	for (guint i = 0; i < totals->len; i++) {
		const DmAgingTotals *t = g_ptr_array_index(totals, i);
		printf("%s%-20s %16s %9s\n", i ? "\n" : "", t->currency, "OPEN", "INVOICES");
		for (int b = 0; b < DM_AGE_BUCKETS; b++) {
			g_autofree char *amount = dm_money_format(t->open[b], t->currency, lang);
			printf("%-20s %16s %9u\n", dm_age_bucket_name((DmAgeBucket) b), amount, t->count[b]);
		}
		g_autofree char *total = dm_money_format(t->open_total, t->currency, lang);
		printf("%-20s %16s\n", "total", total);
	}
	GPtrArray *debtors = dm_aging_debtors(ov->aging);
	gboolean header = FALSE;
	for (guint i = 0; i < debtors->len; i++) {
		const DmDebtorStats *d = g_ptr_array_index(debtors, i);
		if (d->open_cents == 0)
			continue;
		if (!header)
			printf("\n%-32s %14s %14s %14s %14s %14s\n", "DEBTOR", "NOT_DUE", "1-30", "31-60",
			       "61-90", "OVER_90");
		header = TRUE;
		g_autofree char *email = dm_sanitize(d->email, 32);
		printf("%-32s", email);
		for (int b = 0; b < DM_AGE_BUCKETS; b++) {
			g_autofree char *amount = dm_money_format(d->open[b], d->currency, lang);
			printf(" %14s", amount);
		}
		printf("\n");
	}
}

static void
aging_json(DmOverview *ov)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	dm_cli_json_date(b, "as_of", &ov->today);
	json_builder_set_member_name(b, "currencies");
	json_builder_begin_array(b);
	GPtrArray *totals = dm_aging_totals(ov->aging);
	for (guint i = 0; i < totals->len; i++) {
		const DmAgingTotals *t = g_ptr_array_index(totals, i);
		json_builder_begin_object(b);
		dm_cli_json_string(b, "currency", t->currency);
		for (int k = 0; k < DM_AGE_BUCKETS; k++) {
			g_autofree char *key = g_strdup_printf("%s_cents", dm_age_bucket_name((DmAgeBucket) k));
			g_autofree char *count = g_strdup_printf("%s_count", dm_age_bucket_name((DmAgeBucket) k));
			json_cents(b, key, t->open[k]);
			json_cents(b, count, t->count[k]);
		}
		json_cents(b, "open_cents", t->open_total);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_set_member_name(b, "debtors");
	json_builder_begin_array(b);
	GPtrArray *debtors = dm_aging_debtors(ov->aging);
	for (guint i = 0; i < debtors->len; i++) {
		const DmDebtorStats *d = g_ptr_array_index(debtors, i);
		if (d->open_cents == 0)
			continue;
		json_builder_begin_object(b);
		dm_cli_json_string(b, "debtor_email", d->email);
		dm_cli_json_string(b, "debtor_name", d->name);
		dm_cli_json_string(b, "currency", d->currency);
		for (int k = 0; k < DM_AGE_BUCKETS; k++) {
			g_autofree char *key = g_strdup_printf("%s_cents", dm_age_bucket_name((DmAgeBucket) k));
			json_cents(b, key, d->open[k]);
		}
		json_cents(b, "open_cents", d->open_cents);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
	dm_cli_print_json(json_builder_get_root(b));
}

/* One row per debtor and currency: what a spreadsheet wants. */
static void
aging_csv(DmOverview *ov)
{
	g_autoptr(GString) line = g_string_new(NULL);
	const char *head[] = { "debtor_email", "debtor_name", "currency", "not_due", "1-30", "31-60",
	                       "61-90", "over_90", "open" };
	for (gsize i = 0; i < G_N_ELEMENTS(head); i++)
		dm_csv_field(line, head[i]);
	csv_print(line);
	GPtrArray *debtors = dm_aging_debtors(ov->aging);
	for (guint i = 0; i < debtors->len; i++) {
		const DmDebtorStats *d = g_ptr_array_index(debtors, i);
		if (d->open_cents == 0)
			continue;
		dm_csv_field(line, d->email);
		dm_csv_field(line, d->name ? d->name : "");
		dm_csv_field(line, d->currency);
		for (int k = 0; k < DM_AGE_BUCKETS; k++) {
			g_autofree char *amount = dm_csv_amount(d->open[k], d->currency);
			dm_csv_field(line, amount);
		}
		g_autofree char *open = dm_csv_amount(d->open_cents, d->currency);
		dm_csv_field(line, open);
		csv_print(line);
	}
}

int
dm_cli_aging(DmCliGlobal *global, int argc, char **argv)
{
	g_auto(ReportOptions) o = { 0 };
	GOptionEntry entries[] = { REPORT_ENTRIES(o), { NULL } };
	if (!dm_cli_options(global, &argc, &argv, "",
	        "The unpaid invoices by how late they are: not yet due, 1-30, 31-60, 61-90 and\n"
	        "over 90 days past the due date, per currency, then per debtor.",
	        "Paid invoices count in no bucket; amounts of different currencies are never\n"
	        "added. --csv prints one row per debtor (debtor_email, debtor_name, currency,\n"
	        "not_due, 1-30, 31-60, 61-90, over_90, open); --json an object with \"as_of\",\n"
	        "\"currencies\" and \"debtors\" (amounts in cents).\n" REPORT_EXIT, entries))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_auto(DmOverview) ov = { 0 };
	Output out;
	int rc = report_open(global, argc, argv, 0, &o, NULL, &config, &ov, &out);
	if (rc != DM_EXIT_OK)
		return rc;
	if (out == OUT_JSON)
		aging_json(&ov);
	else if (out == OUT_CSV)
		aging_csv(&ov);
	else
		aging_text(config, &ov);
	return dm_aging_totals(ov.aging)->len > 0 ? DM_EXIT_OK : DM_EXIT_NOTHING;
}

/* dso -------------------------------------------------------------------------------- */

int
dm_cli_dso(DmCliGlobal *global, int argc, char **argv)
{
	g_auto(ReportOptions) o = { 0 };
	GOptionEntry entries[] = { REPORT_ENTRIES(o), { NULL } };
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Days sales outstanding per currency, and 30 days earlier.",
	        "DSO = open receivables / amount invoiced in the last 90 days x 90: how many\n"
	        "days of sales are waiting to be paid.  The figure of 30 days earlier is rebuilt\n"
	        "from the invoices' issue, due and payment days (a payment whose day is not\n"
	        "recorded counts as made on the due day).  No DSO when nothing was invoiced in\n"
	        "the 90 days (null in JSON, empty in CSV).  --csv columns: currency, as_of, dso,\n"
	        "open, invoiced_90_days, dso_30_days_earlier.\n" REPORT_EXIT, entries))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_auto(DmOverview) ov = { 0 };
	Output out;
	int rc = report_open(global, argc, argv, 0, &o, NULL, &config, &ov, &out);
	if (rc != DM_EXIT_OK)
		return rc;
	GPtrArray *totals = dm_aging_totals(ov.aging);
	g_autoptr(JsonBuilder) b = json_builder_new();
	g_autoptr(GString) line = g_string_new(NULL);
	g_autofree char *as_of = dm_date_iso(&ov.today);
	if (out == OUT_JSON)
		json_builder_begin_array(b);
	if (out == OUT_CSV) {
		const char *head[] = { "currency", "as_of", "dso", "open", "invoiced_90_days",
		                       "dso_30_days_earlier" };
		for (gsize i = 0; i < G_N_ELEMENTS(head); i++)
			dm_csv_field(line, head[i]);
		csv_print(line);
	}
	for (guint i = 0; i < totals->len; i++) {
		const DmAgingTotals *t = g_ptr_array_index(totals, i);
		double now = 0, then = 0;
		gboolean has_then, has = dm_doc_glance_dso(t, &now, &then, &has_then);
		g_autofree char *dso = has ? g_strdup_printf("%.1f", now) : g_strdup("");
		g_autofree char *dso_then = has_then ? g_strdup_printf("%.1f", then) : g_strdup("");
		if (out == OUT_JSON) {
			json_builder_begin_object(b);
			dm_cli_json_string(b, "currency", t->currency);
			dm_cli_json_date(b, "as_of", &ov.today);
			json_dso(b, "dso_days", has, now);
			json_cents(b, "open_cents", t->open_total);
			json_cents(b, "invoiced_90_days_cents", t->invoiced_window);
			json_dso(b, "dso_days_30_days_earlier", has_then, then);
			json_builder_end_object(b);
		} else if (out == OUT_CSV) {
			g_autofree char *open = dm_csv_amount(t->open_total, t->currency);
			g_autofree char *sold = dm_csv_amount(t->invoiced_window, t->currency);
			const char *fields[] = { t->currency, as_of, dso, open, sold, dso_then };
			for (gsize k = 0; k < G_N_ELEMENTS(fields); k++)
				dm_csv_field(line, fields[k]);
			csv_print(line);
		} else {
			g_autofree char *open = dm_money_format(t->open_total, t->currency, config->language);
			g_autofree char *sold = dm_money_format(t->invoiced_window, t->currency, config->language);
			printf("%s: DSO %s days (open %s / invoiced in the last 90 days %s x 90)", t->currency,
			       has ? dso : "-", open, sold);
			if (has && has_then)
				printf("; 30 days earlier %s (%+.1f)", dso_then, now - then);
			printf("\n");
		}
	}
	if (out == OUT_JSON) {
		json_builder_end_array(b);
		dm_cli_print_json(json_builder_get_root(b));
	}
	return totals->len > 0 ? DM_EXIT_OK : DM_EXIT_NOTHING;
}

/* debtor ADDRESS --------------------------------------------------------------------- */

static void
debtor_text(const DmConfig *config, DmOverview *ov, const DmDebtorStats *d, GPtrArray *replies)
{
	g_autofree char *name = dm_sanitize(d->name, 80);
	g_autofree char *open = dm_money_format(d->open_cents, d->currency, config->language);
	printf("Debtor:    %s%s%s%s\n", d->name ? name : "", d->name ? " <" : "", d->email,
	       d->name ? ">" : "");
	printf("Open:      %s in %u invoice%s (%u overdue); %u paid\n", open, d->open_count,
	       d->open_count == 1 ? "" : "s", d->overdue_count, d->paid_count);
	printf("Days late: %.0f on average lately (%u invoice%s), %.0f before (%u), at most %d\n",
	       d->late_recent, d->n_recent, d->n_recent == 1 ? "" : "s", d->late_before, d->n_before,
	       d->max_late);
	printf("\n%-14s %-10s %-10s %14s %-8s %s\n", "NUMBER", "ISSUED", "DUE", "AMOUNT", "STATUS",
	       "DAYS LATE");
	for (guint i = 0; i < ov->invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(ov->invoices, i);
		g_autofree char *issued = dm_date_iso(&inv->issue_date);
		g_autofree char *due = dm_date_iso(&inv->due_date);
		g_autofree char *amount = inv->has_amount
			? dm_money_format(inv->amount_cents, inv->currency, config->language) : g_strdup("?");
		int late = g_date_days_between(&inv->due_date, &ov->today);
		g_autofree char *days = inv->status != DM_INVOICE_STATUS_PAID && late > 0
			? g_strdup_printf("%d", late) : g_strdup("-");
		printf("%-14s %-10s %-10s %14s %-8s %s\n", inv->number, issued ? issued : "-", due,
		       amount, dm_invoice_status_name(inv->status), days);
	}
	if (replies->len > 0)
		printf("\nReplies, newest first:\n");
	for (guint i = 0; i < replies->len; i++) {
		const DmReplyRow *r = g_ptr_array_index(replies, i);
		g_autofree char *rid = dm_reply_short_id(r->id);
		g_autofree char *text = dm_sanitize_oneline(r->reply_text, 100);
		g_autofree char *when = g_strndup(r->received_at, 10);
		printf("  %s %s %s %s (%.0f%%): \"%s\"\n", rid, when,
		       r->invoice_number ? r->invoice_number : "-", dm_reply_class_name(r->klass),
		       r->confidence * 100, text);
	}
}

static void
debtor_json(DmOverview *ov, const DmDebtorStats *d, GPtrArray *replies)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	dm_cli_json_string(b, "debtor_email", d->email);
	dm_cli_json_string(b, "debtor_name", d->name);
	dm_cli_json_date(b, "as_of", &ov->today);
	dm_cli_json_string(b, "currency", d->currency);
	json_cents(b, "open_cents", d->open_cents);
	json_cents(b, "open_count", d->open_count);
	json_cents(b, "overdue_count", d->overdue_count);
	json_cents(b, "paid_count", d->paid_count);
	json_builder_set_member_name(b, "days_late_recent");
	json_builder_add_double_value(b, d->late_recent);
	json_builder_set_member_name(b, "days_late_before");
	json_builder_add_double_value(b, d->late_before);
	json_cents(b, "max_days_late", d->max_late);
	json_builder_set_member_name(b, "invoices");
	json_builder_begin_array(b);
	for (guint i = 0; i < ov->invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(ov->invoices, i);
		json_builder_begin_object(b);
		dm_cli_json_string(b, "number", inv->number);
		dm_cli_json_date(b, "issue_date", &inv->issue_date);
		dm_cli_json_date(b, "due_date", &inv->due_date);
		json_builder_set_member_name(b, "amount_cents");
		if (inv->has_amount)
			json_builder_add_int_value(b, inv->amount_cents);
		else
			json_builder_add_null_value(b);
		dm_cli_json_string(b, "currency", inv->currency);
		dm_cli_json_string(b, "status", dm_invoice_status_name(inv->status));
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_set_member_name(b, "replies");
	json_builder_begin_array(b);
	for (guint i = 0; i < replies->len; i++) {
		const DmReplyRow *r = g_ptr_array_index(replies, i);
		g_autofree char *rid = dm_reply_short_id(r->id);
		json_builder_begin_object(b);
		dm_cli_json_string(b, "id", rid);
		dm_cli_json_string(b, "received_at", r->received_at);
		dm_cli_json_string(b, "invoice", r->invoice_number);
		dm_cli_json_string(b, "class", dm_reply_class_name(r->klass));
		dm_cli_json_string(b, "text", r->reply_text);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
	dm_cli_print_json(json_builder_get_root(b));
}

/* One row per invoice, with the debtor's behaviour repeated: a flat table. */
static void
debtor_csv(DmOverview *ov, const DmDebtorStats *d)
{
	g_autoptr(GString) line = g_string_new(NULL);
	const char *head[] = { "debtor_email", "debtor_name", "number", "issue_date", "due_date",
	                       "amount", "currency", "status", "days_late" };
	for (gsize i = 0; i < G_N_ELEMENTS(head); i++)
		dm_csv_field(line, head[i]);
	csv_print(line);
	for (guint i = 0; i < ov->invoices->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(ov->invoices, i);
		g_autofree char *issued = dm_date_iso(&inv->issue_date);
		g_autofree char *due = dm_date_iso(&inv->due_date);
		g_autofree char *amount = inv->has_amount ? dm_csv_amount(inv->amount_cents, inv->currency)
		                                          : g_strdup("");
		int late = g_date_days_between(&inv->due_date, &ov->today);
		g_autofree char *days = inv->status != DM_INVOICE_STATUS_PAID && late > 0
			? g_strdup_printf("%d", late) : g_strdup("");
		const char *fields[] = { d->email, d->name ? d->name : "", inv->number, issued ? issued : "",
		                         due, amount, inv->currency ? inv->currency : "EUR",
		                         dm_invoice_status_name(inv->status), days };
		for (gsize k = 0; k < G_N_ELEMENTS(fields); k++)
			dm_csv_field(line, fields[k]);
		csv_print(line);
	}
}

/* `dunmail debtor ADDRESS` without a setting option: dm_cli_debtor (cli_debtor.c) sends
 * the settings options to its own verb and everything else here. */
int
dm_cli_debtor_report(DmCliGlobal *global, int argc, char **argv)
{
	g_auto(ReportOptions) o = { 0 };
	GOptionEntry entries[] = { REPORT_ENTRIES(o), { NULL } };
	if (!dm_cli_options(global, &argc, &argv, "ADDRESS",
	        "One debtor: its invoices, its payment behaviour (average days late lately and\n"
	        "before, the most days late) and its replies.",
	        "\"Lately\" is invoices due in the last 120 days and every open overdue one (with\n"
	        "the days late so far); a payment whose day is not recorded says nothing of the\n"
	        "behaviour.  --csv prints one row per invoice (debtor_email, debtor_name, number,\n"
	        "issue_date, due_date, amount, currency, status, days_late); --json one object\n"
	        "with \"invoices\" and \"replies\".\n"
	        "Exit status: 0 done, 1 no such debtor, 2 usage error, 3 failure.", entries))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_auto(DmOverview) ov = { 0 };
	Output out;
	const char *address = argc == 2 ? argv[1] : NULL;
	g_autofree char *normalized = address ? dm_address_normalize(address) : NULL;
	if (address && !normalized) {
		fprintf(stderr, "dunmail debtor: '%s' is not an e-mail address\n", address);
		return DM_EXIT_USAGE;
	}
	int rc = report_open(global, argc, argv, 1, &o, address, &config, &ov, &out);
	if (rc != DM_EXIT_OK)
		return rc;
	const DmDebtorStats *d = ov.invoices->len > 0
		? dm_aging_debtor(ov.aging, ((DmInvoice *) ov.invoices->pdata[0])->debtor_email) : NULL;
	if (!d) {
		fprintf(stderr, "dunmail debtor: no invoice to '%s' in the ledger\n", address);
		return DM_EXIT_NOTHING;
	}
	g_autoptr(DmLedger) ledger = dm_cli_ledger(config, FALSE);
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) replies = ledger
		? dm_ledger_replies_of_debtor(ledger, d->email, DEBTOR_REPLIES_MAX, &error) : NULL;
	if (!replies) {
		if (error)
			fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	if (out == OUT_JSON)
		debtor_json(&ov, d, replies);
	else if (out == OUT_CSV)
		debtor_csv(&ov, d);
	else
		debtor_text(config, &ov, d, replies);
	return DM_EXIT_OK;
}

/* report --html FILE ----------------------------------------------------------------- */

int
dm_cli_report(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *path = NULL;
	g_auto(ReportOptions) o = { 0 };
	GOptionEntry entries[] = {
		{ "html", 0, 0, G_OPTION_ARG_FILENAME, &path, "Write the page to FILE (required)", "FILE" },
		DM_CLI_NOW_ENTRY(o.now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "--html FILE",
	        "Write the receivables overview as one self-contained HTML page: the digest's\n"
	        "\"at a glance\" (aging as a bar chart, DSO and its trend, signals), the debtors\n"
	        "by open amount and the unpaid invoices, oldest first.",
	        "The page has no script, no style sheet and no remote image; debtors' names are\n"
	        "escaped.  Exit status: 0 written, 2 usage error, 3 failure.", entries))
		return DM_EXIT_USAGE;
	if (!path) {
		fprintf(stderr, "dunmail report: --html FILE is required\n");
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_auto(DmOverview) ov = { 0 };
	Output out;
	int rc = report_open(global, argc, argv, 0, &o, NULL, &config, &ov, &out);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(DmDoc) doc = dm_overview_doc(config, &ov);
	g_autofree char *html = dm_doc_html(doc);
	g_autoptr(GError) error = NULL;
	if (!g_file_set_contents(path, html, -1, &error)) {
		fprintf(stderr, "dunmail report: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	return DM_EXIT_OK;
}
