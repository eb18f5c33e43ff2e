/* test-dunning-cli-plan: `dunmail plan` as the owner runs it — bad input refused with the
 * option named and what was expected (exit 2), an unknown invoice (1), nothing to cancel
 * (3); a plan agreed ends the hold a debtor's request for one put on the invoice, a second
 * plan replaces the first, --show tells the instalments and the next reminder, --cancel
 * puts the invoice back on its ladder; each leaves its event. */
#include <stdio.h>
#include <string.h>

#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-plans.h"
#include "common/dm-clock.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

static char *dir;
static char *conf;

/* Runs `dunmail plan` with the arguments @a (NULL-terminated); its exit status. */
static int
plan_v(const char *const *a)
{
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	g_ptr_array_add(args, "plan");
	g_ptr_array_add(args, "-c");
	g_ptr_array_add(args, conf);
	for (; *a; a++)
		g_ptr_array_add(args, (char *) *a);
	g_ptr_array_add(args, NULL);
	/* GOptionContext may permute the vector: give it a copy. */
	g_auto(GStrv) argv = g_strdupv((char **) args->pdata);
	g_autofree char **view = g_memdup2(argv, sizeof(char *) * args->len);
	DmCliGlobal global = { 0 };
	int rc = dm_cli_plan(&global, (int) args->len - 1, view);
	g_free(global.config_path);
	fflush(stdout);
	return rc;
}

/* plan_v with the NULL-terminated arguments. */
static int
plan(const char *first, ...)
{
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	va_list ap;
	va_start(ap, first);
	for (const char *a = first; a; a = va_arg(ap, const char *))
		g_ptr_array_add(args, (char *) a);
	va_end(ap);
	g_ptr_array_add(args, NULL);
	return plan_v((const char *const *) args->pdata);
}

static DmLedger *
ledger_open(void)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	DmLedger *ledger = dm_ledger_open(db, FALSE, &err);
	g_assert_no_error(err);
	return ledger;
}

/* Adds invoice @number of 250.00, paused by a debtor's request for a payment plan. */
static void
add_invoice(const char *number, const char *reason)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) ledger = ledger_open();
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup("klant@debtor.example");
	inv->has_amount = TRUE;
	inv->amount_cents = 25000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup_printf("<%s@acme.example>", number);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
	if (reason)
		g_assert_true(dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_PAUSED,
		                                           reason, NULL, &err));
	g_assert_no_error(err);
}

static DmInvoice *
invoice(const char *number)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) ledger = ledger_open();
	DmInvoice *inv = dm_ledger_invoice_by_number(ledger, number, &err);
	g_assert_no_error(err);
	return inv;
}

static guint
events(const char *number, DmEventKind kind)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) ledger = ledger_open();
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, number, &err);
	g_autoptr(GPtrArray) list = dm_ledger_events_list(ledger, inv->id, NULL, kind, &err);
	g_assert_no_error(err);
	return list->len;
}

static void
test_refused(void)
{
	add_invoice("B-1", NULL);
	static const struct {
		const char *args[7];
		int rc;
	} cases[] = {
		{ { "B-1", NULL }, DM_EXIT_USAGE },     /* nothing asked */
		{ { NULL }, DM_EXIT_USAGE },            /* no invoice */
		{ { "B-1", "--every", "fortnight", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--from", "1-4-2027", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--instalments", "-2", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--amounts", "100.00,abc", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--dates", "2027-01-01,", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--amounts", "100.00,100.00", "--dates", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--show", "--cancel", NULL }, DM_EXIT_USAGE },
		{ { "B-1", "--cancel", "--instalments", "2", NULL }, DM_EXIT_USAGE },
		{ { "NOPE", "--instalments", "2", "--from", "2027-01-01", NULL }, DM_EXIT_NOTHING },
		{ { "NOPE", "--show", NULL }, DM_EXIT_NOTHING },
		{ { "B-1", "--show", NULL }, DM_EXIT_NOTHING },         /* no plan */
		{ { "B-1", "--cancel", NULL }, DM_EXIT_FAILURE },       /* no plan to cancel */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *const *a = cases[i].args;
		int rc = plan_v(a);
		if (rc != cases[i].rc)
			g_error("case %zu (%s %s): exit %d, expected %d", i, a[0] ? a[0] : "",
			        a[0] && a[1] ? a[1] : "", rc, cases[i].rc);
	}
	g_autoptr(DmInvoice) inv = invoice("B-1");
	g_assert_cmpint(inv->plan_id, ==, 0);
}

/* What the owner reads names the option and what was expected. */
static void
test_messages(void)
{
	if (g_test_subprocess()) {
		add_invoice("M-1", NULL);
		plan("M-1", "--every", "fortnight", "--instalments", "2", NULL);
		plan("M-1", "--amounts", "100.00,abc", NULL);
		plan("M-1", "--amounts", "100.00,100.00", "--dates", "2027-01-01,2027-02-01", NULL);
		plan("M-1", "--dates", "2027-02-01,2027-01-01", NULL);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_stderr(
		"*dunmail plan: --every 'fortnight' is not month, week, or N-days, N-weeks, N-months*"
		"dunmail plan: --amounts 'abc' is not an amount*"
		"dunmail plan: --amounts: the amounts add up to €200.00, not the €250.00 open*"
		"dunmail plan: --dates: instalment 2 (2027-01-01) is not after instalment 1*");
}

/* The debtor asked for a plan (the invoice paused, "arrangement"): the owner's plan ends
 * that wait; a second plan replaces the first; --cancel puts it back on the ladder. */
static void
test_agree_replace_cancel(void)
{
	add_invoice("A-1", "arrangement");
	g_assert_cmpint(plan("A-1", "--instalments", "3", "--every", "month", "--from",
	                     "2027-01-31", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) inv = invoice("A-1");
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpint(inv->plan_id, >, 0);
	g_assert_cmpuint(events("A-1", DM_EVENT_PLAN_CREATED), ==, 1);
	{
		g_autoptr(GError) err = NULL;
		g_autoptr(DmLedger) ledger = ledger_open();
		g_autoptr(DmPlan) p = dm_ledger_plan_get(ledger, inv->plan_id, &err);
		g_assert_cmpuint(p->instalments->len, ==, 3);
		gint64 sum = 0;
		for (guint i = 0; i < 3; i++)
			sum += g_array_index(p->instalments, DmInstalment, i).amount_cents;
		g_assert_cmpint(sum, ==, 25000);
		g_assert_cmpint(g_array_index(p->instalments, DmInstalment, 2).amount_cents, ==, 8334);
		g_autofree char *feb = dm_date_iso(&g_array_index(p->instalments, DmInstalment, 1).due);
		g_assert_cmpstr(feb, ==, "2027-02-28");
	}
	g_assert_cmpint(plan("A-1", "--show", NULL), ==, DM_EXIT_OK);

	/* A pause for another reason (a dispute) stays: the plan waits for it. */
	add_invoice("A-2", "dispute");
	g_assert_cmpint(plan("A-2", "--amounts", "100.00,150.00", "--dates",
	                     "2027-04-01,2027-05-01", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) disputed = invoice("A-2");
	g_assert_cmpint(disputed->status, ==, DM_INVOICE_STATUS_PAUSED);

	g_assert_cmpint(plan("A-1", "--instalments", "2", "--every", "2-weeks", "--from",
	                     "2027-01-04", NULL), ==, DM_EXIT_OK);
	g_assert_cmpuint(events("A-1", DM_EVENT_PLAN_CHANGED), ==, 1);
	g_autoptr(DmInvoice) replaced = invoice("A-1");
	g_assert_cmpint(replaced->plan_id, !=, inv->plan_id);

	g_assert_cmpint(plan("A-1", "--cancel", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) cancelled = invoice("A-1");
	g_assert_cmpint(cancelled->plan_id, ==, 0);
	g_assert_cmpuint(events("A-1", DM_EVENT_PLAN_CANCELLED), ==, 1);
	g_assert_cmpint(plan("A-1", "--cancel", NULL), ==, DM_EXIT_FAILURE);
	/* --show still tells the last plan, cancelled. */
	g_assert_cmpint(plan("A-1", "--show", NULL), ==, DM_EXIT_OK);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dir = g_dir_make_tmp("dm-cli-plan-XXXXXX", NULL);
	conf = dm_test_fixture_conf_file(dir, "dunmail.conf",
	                                 "[plan]\nremind_before_days = 5\non_missed = hold\n");
	g_test_add_func("/cli-plan/refused", test_refused);
	g_test_add_func("/cli-plan/messages", test_messages);
	g_test_add_func("/cli-plan/agree-replace-cancel", test_agree_replace_cancel);
	int rc = g_test_run();
	dm_test_rm_rf(dir);
	g_free(dir);
	g_free(conf);
	return rc;
}
