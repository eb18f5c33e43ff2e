/* test-dunning-cli-kind: what `dunmail show` and `show --json` say of the debtor's kind —
 * business, consumer or unknown, and why — under [dunning] default_debtor_kind either
 * way, and after the owner set the kind with `dunmail debtor`. */
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-invoices.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

static char *dir;
static char *conf_consumer;     /* default_debtor_kind not set: consumer */
static char *conf_business;     /* default_debtor_kind = business */

/* Invoice @number to @email, read as @kind because of @why (nullable). */
static void
add_invoice(const char *number, const char *email, DmDebtorKind kind, const char *why)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, FALSE, &err);
	g_assert_no_error(err);
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(email);
	inv->has_amount = TRUE;
	inv->amount_cents = 42000;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, 16, 11, 2026);
	inv->message_id = g_strdup_printf("<%s@acme.example>", number);
	inv->debtor_kind = kind;
	inv->debtor_kind_why = g_strdup(why);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
	g_assert_no_error(err);
}

/* `dunmail show @number` with configuration @conf, on a fixed day. */
static void
show_on(const char *conf, const char *number)
{
	dm_test_cli_run(conf, dm_cli_show, "show", number, "--now", "2026-11-20T10:00:00", NULL);
}

static void
test_show_text(void)
{
	if (g_test_subprocess()) {
		show_on(conf_consumer, "C-1");
		show_on(conf_consumer, "B-1");
		show_on(conf_consumer, "U-1");
		show_on(conf_business, "U-1");
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
	g_test_trap_assert_stdout(
		"*Invoice C-1*"
		"\n  kind       consumer: addressed as \"Dhr.\" (\"Dhr. P. de Boer\")\n*"
		"  ladder     consumer\n*"
		"*Invoice B-1*"
		"\n  kind       business: the debtor's address block has the VAT number NL812345678B01\n*"
		"  ladder     business\n*"
		"*Invoice U-1*"
		"\n  kind       unknown: nothing in the invoice says; the default (consumer) applies\n*"
		"  ladder     consumer\n*"
		"*Invoice U-1*"
		"\n  kind       unknown: nothing in the invoice says; the default (business) applies\n*"
		"  ladder     business\n*");
}

static void
test_show_json(void)
{
	if (g_test_subprocess()) {
		dm_test_cli_run(conf_consumer, dm_cli_show, "show", "C-1", "--json", NULL);
		dm_test_cli_run(conf_business, dm_cli_show, "show", "U-1", "--json", NULL);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
	g_test_trap_assert_stdout(
		"*\"number\" : \"C-1\"*"
		"\"business\" : false,*"
		"\"debtor_kind\" : \"consumer\",*"
		"\"debtor_kind_why\" : \"addressed as \\\"Dhr.\\\" (\\\"Dhr. P. de Boer\\\")\",*"
		"\"debtor_kind_applied\" : \"consumer\",*"
		"\"number\" : \"U-1\"*"
		"\"business\" : false,*"
		"\"debtor_kind\" : \"unknown\",*"
		"\"debtor_kind_why\" : null,*"
		"\"debtor_kind_applied\" : \"business\",*"
		"\"debtor_kind_text\" : \"unknown: nothing in the invoice says; the default (business) "
		"applies\"*"
		"\"ladder\" : \"business\"*");
}

/* The owner's word wins over the reading and the default, and show says whose it is. */
static void
test_owner_sets_kind(void)
{
	if (g_test_subprocess()) {
		g_assert_cmpint(dm_test_cli_run(conf_consumer, dm_cli_debtor, "debtor", "shop@winkel.example",
		                                "--business", NULL), ==, DM_EXIT_OK);
		dm_test_cli_run(conf_consumer, dm_cli_show, "show", "O-1", NULL);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
	g_test_trap_assert_stdout(
		"*\n  kind       business: set by the owner (dunmail debtor); the invoice read "
		"consumer: addressed as \"Mevr.\" (\"Mevr. A. Winkel\")\n*"
		"  ladder     business\n*");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dir = g_dir_make_tmp("dm-cli-kind-XXXXXX", NULL);
	conf_consumer = dm_test_fixture_conf_file(dir, "consumer.conf", NULL);
	conf_business = dm_test_fixture_conf_file(dir, "business.conf",
	                                          "default_debtor_kind = business\n");
	add_invoice("C-1", "p.deboer@debtor.example", DM_DEBTOR_KIND_CONSUMER,
	            "addressed as \"Dhr.\" (\"Dhr. P. de Boer\")");
	add_invoice("B-1", "inkoop@korenschoof.example", DM_DEBTOR_KIND_BUSINESS,
	            "the debtor's address block has the VAT number NL812345678B01");
	add_invoice("U-1", "sophie@maas.example", DM_DEBTOR_KIND_UNSET, NULL);
	add_invoice("O-1", "shop@winkel.example", DM_DEBTOR_KIND_CONSUMER,
	            "addressed as \"Mevr.\" (\"Mevr. A. Winkel\")");
	g_test_add_func("/cli-kind/show-text", test_show_text);
	g_test_add_func("/cli-kind/show-json", test_show_json);
	g_test_add_func("/cli-kind/owner-sets-kind", test_owner_sets_kind);
	int rc = g_test_run();
	dm_test_rm_rf(dir);
	g_free(dir);
	g_free(conf_consumer);
	g_free(conf_business);
	return rc;
}
