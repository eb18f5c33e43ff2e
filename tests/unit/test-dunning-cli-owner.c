/* test-dunning-cli-owner: the verbs pause, resume, resolve, writeoff, paid and debtor as
 * `dunmail` runs them (argument vectors, a configuration file, a ledger): the exit status
 * of good and bad input — 1 for an unknown invoice or debtor, 2 for a bad date or amount
 * (the message naming the option and what was expected), a payment of more than is open
 * or an unknown ladder, 3 for a state the verb does not apply to — and what was written. */
#include <stdio.h>
#include <string.h>

#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

static char *dir;
static char *conf;

/* Runs verb @fn with the NULL-terminated arguments after the verb name; its exit status. */
static int
run(DmCliVerb fn, const char *verb, ...)
{
	va_list ap;
	va_start(ap, verb);
	int rc = dm_test_cli_run_v(conf, fn, verb, ap);
	va_end(ap);
	return rc;
}

static DmInvoice *
invoice(const char *number)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, TRUE, &err);
	g_assert_no_error(err);
	DmInvoice *inv = dm_ledger_invoice_by_number(ledger, number, &err);
	g_assert_no_error(err);
	return inv;
}

static void
add_invoice(const char *number)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, FALSE, &err);
	g_assert_no_error(err);
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup("klant@debtor.example");
	inv->has_amount = TRUE;
	inv->amount_cents = 125000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup_printf("<%s@acme.example>", number);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
	g_assert_no_error(err);
}

static void
test_pause_resume(void)
{
	add_invoice("P-1");
	g_assert_cmpint(run(dm_cli_pause, "pause", "P-1", NULL), ==, DM_EXIT_USAGE);   /* no reason */
	g_assert_cmpint(run(dm_cli_pause, "pause", "P-1", "--reason", "x", "--until", "15-12-2026",
	                    NULL), ==, DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_pause, "pause", "NOPE", "--reason", "x", NULL), ==,
	                DM_EXIT_NOTHING);
	g_assert_cmpint(run(dm_cli_pause, "pause", "P-1", "--reason", "calling", "--until",
	                    "2026-12-15", "--now", "2026-11-20", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) inv = invoice("P-1");
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_PAUSED);
	g_assert_cmpstr(inv->pause_reason, ==, "calling");
	g_assert_cmpint(run(dm_cli_resume, "resume", "P-1", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) back = invoice("P-1");
	g_assert_cmpint(back->status, ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpint(run(dm_cli_resolve, "resolve", "P-1", NULL), ==, DM_EXIT_FAILURE);
	g_assert_cmpint(run(dm_cli_resolve, "resolve", "NOPE", NULL), ==, DM_EXIT_NOTHING);
}

static void
test_writeoff(void)
{
	add_invoice("W-1");
	g_assert_cmpint(run(dm_cli_writeoff, "writeoff", NULL), ==, DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_writeoff, "writeoff", "W-1", "--reason", "bankrupt", NULL), ==,
	                DM_EXIT_OK);
	g_autoptr(DmInvoice) inv = invoice("W-1");
	g_assert_cmpint(inv->status, ==, DM_INVOICE_STATUS_WRITTEN_OFF);
	g_assert_cmpint(run(dm_cli_writeoff, "writeoff", "W-1", NULL), ==, DM_EXIT_FAILURE);
}

static void
test_paid(void)
{
	add_invoice("M-1");
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", "--amount", "1.250,00", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", "--amount", "-5", NULL), ==, DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", "--date", "yesterday", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", "--amount", "2000", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_paid, "paid", "NOPE", NULL), ==, DM_EXIT_NOTHING);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", "--amount", "250,50", "--date", "2026-11-30",
	                    NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) part = invoice("M-1");
	g_assert_cmpint(part->paid_cents, ==, 25050);
	g_assert_cmpint(part->status, ==, DM_INVOICE_STATUS_OPEN);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", NULL), ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) full = invoice("M-1");
	g_assert_cmpint(full->status, ==, DM_INVOICE_STATUS_PAID);
	g_assert_cmpint(full->paid_cents, ==, 125000);
	g_assert_cmpint(run(dm_cli_paid, "paid", "M-1", NULL), ==, DM_EXIT_FAILURE);
}

static void
test_debtor(void)
{
	add_invoice("D-1");
	const char *who = "Klant@Debtor.example";
	g_assert_cmpint(run(dm_cli_debtor, "debtor", "nobody@x.example", NULL), ==, DM_EXIT_NOTHING);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", "not an address", NULL), ==, DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, NULL), ==, DM_EXIT_OK);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--language", "fr", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--business", "--consumer", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--contact", "nope", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--credit-limit", "5.000", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--pause-until", "2027-01-15", NULL), ==,
	                DM_EXIT_USAGE);     /* no --reason */
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--pause-until", "15 Jan", "--reason",
	                    "x", NULL), ==, DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--ladder", "quick", NULL), ==,
	                DM_EXIT_USAGE);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--consumer", "--language", "en",
	                    "--contact", "AP@debtor.example", "--credit-limit", "5000,00",
	                    "--pause-until", "2027-01-15", "--reason", "talks", "--exclude", NULL),
	                ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) inv = invoice("D-1");
	g_assert_cmpint(inv->debtor.kind, ==, DM_DEBTOR_KIND_CONSUMER);
	g_assert_cmpstr(inv->debtor.language, ==, "en");
	g_assert_cmpstr(inv->debtor.contact, ==, "ap@debtor.example");
	g_assert_cmpint(inv->debtor.credit_limit_cents, ==, 500000);
	g_assert_cmpstr(inv->debtor.pause_reason, ==, "talks");
	g_assert_true(inv->debtor.excluded);
	g_assert_cmpint(run(dm_cli_debtor, "debtor", who, "--unpause", "--include", "--json", NULL),
	                ==, DM_EXIT_OK);
	g_autoptr(DmInvoice) after = invoice("D-1");
	g_assert_false(after->debtor.excluded);
	g_assert_false(g_date_valid(&after->debtor.paused_until));
	g_assert_cmpstr(after->debtor.language, ==, "en");
}

/* The message of a bad option names it and what was expected. */
static void
test_messages(void)
{
	if (g_test_subprocess()) {
		run(dm_cli_paid, "paid", "M-1", "--amount", "1.250", NULL);
		run(dm_cli_pause, "pause", "M-1", "--reason", "x", "--until", "morgen", NULL);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_stderr("*dunmail paid: --amount '1.250' is not an amount (expected a "
	                          "positive amount such as 500.00 or 500,00, without grouping)*"
	                          "dunmail pause: --until 'morgen' is not a date (expected "
	                          "YYYY-MM-DD)*");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dir = g_dir_make_tmp("dm-cli-owner-XXXXXX", NULL);
	conf = dm_test_fixture_conf_file(dir, "dunmail.conf", NULL);
	g_test_add_func("/cli-owner/pause-resume", test_pause_resume);
	g_test_add_func("/cli-owner/writeoff", test_writeoff);
	g_test_add_func("/cli-owner/paid", test_paid);
	g_test_add_func("/cli-owner/debtor", test_debtor);
	g_test_add_func("/cli-owner/messages", test_messages);
	int rc = g_test_run();
	dm_test_rm_rf(dir);
	g_free(dir);
	g_free(conf);
	return rc;
}
