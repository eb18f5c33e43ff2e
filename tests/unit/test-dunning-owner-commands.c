/* test-dunning-owner-commands: every command by mail runs the same decision as the
 * `dunmail` verb it names — each line is run through dm_owner_command_run() on one ledger
 * and, as the CLI line dm_command_cli() prints, through the CLI verb on a second ledger
 * with the same contents; the events, invoices, corrections and debtor settings then
 * agree.  Commands that cannot be done fail the same way in both.  And the rule of who may
 * command: only the owner's address, proven by a valid token or by Authentication-Results
 * on a reply that names a digest. */
#include <stdio.h>
#include <string.h>

#include "common/dm-clock.h"
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-corrections.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/owner/dm-owner-commands.h"
#include "test-dunning-fixture.h"
#include "test-dunning-util.h"

static const char *const numbers[] = { "2026-0040", "2026-0041", "2026-0042", "2026-0043" };

/* A ledger in @dir with four invoices of klant@debtor.example, the third held by a reply
 * read as a dispute, the fourth paused for a dispute. */
static void
fill(const char *dir)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, FALSE, &err);
	g_assert_no_error(err);
	for (gsize i = 0; i < G_N_ELEMENTS(numbers); i++) {
		g_autoptr(DmInvoice) inv = dm_invoice_new();
		inv->number = g_strdup(numbers[i]);
		inv->debtor_email = g_strdup("klant@debtor.example");
		inv->has_amount = TRUE;
		inv->amount_cents = 125000;
		inv->currency = g_strdup("EUR");
		g_date_set_dmy(&inv->due_date, 16, 11, 2026);
		inv->message_id = g_strdup_printf("<%s@acme.example>", numbers[i]);
		gboolean existed;
		g_assert_true(dm_ledger_invoice_add(ledger, inv, "2026-10-17T08:00:00Z", &existed, &err));
		GDate until;
		g_date_set_dmy(&until, 4, 12, 2026);
		if (i == 2) {
			g_assert_true(dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_HELD,
			                                           "dispute", &until, &err));
			DmReplyRow row = { .invoice_id = inv->id, .from_addr = "klant@debtor.example",
			                   .kind = "reply", .klass = DM_REPLY_CLASS_DISPUTE,
			                   .confidence = 0.55, .reply_text = "Ik betaal op 3 december.",
			                   .needs_review = TRUE, .received_at = "2026-11-24T10:00:00Z" };
			g_date_clear(&row.stated_date, 1);
			g_assert_cmpint(dm_test_reply_add(ledger, "<r@debtor.example>", &row), ==, 1);
		}
		if (i == 3)
			g_assert_true(dm_ledger_invoice_set_status(ledger, inv->id,
			                                           DM_INVOICE_STATUS_PAUSED, "dispute",
			                                           NULL, &err));
		g_assert_no_error(err);
	}
}

/* The lines, in order; each is done (or fails) the same way both ways. */
static const char *const lines[] = {
	"R1 promise 2026-12-20",
	"2026-0040 betaald 500,00 2026-11-20",
	"2026-0040 paid",
	"2026-0041 stop disputed by phone until 2027-01-15",
	"2026-0043 resolve",
	"2026-0041 resume",
	"2026-0041 writeoff company gone",
	"2026-0042 plan 3 monthly from 2027-01-01",
	"pause klant@debtor.example until 2027-02-01",
	"2026-0099 paid",               /* no such invoice */
	"R99 is question",              /* no such reply */
	"2026-0040 resume",             /* paid: nothing to resume */
	"2026-0043 resolve",            /* no dispute left */
};

/* Runs @cli (a "dunmail VERB ..." line) as the CLI would, with configuration @conf. */
static int
run_cli(const char *conf, const char *cli)
{
	static const struct {
		const char *verb;
		DmCliVerb fn;
	} verbs[] = {
		{ "reclassify", dm_cli_reclassify }, { "paid", dm_cli_paid },
		{ "resolve", dm_cli_resolve }, { "resume", dm_cli_resume },
		{ "writeoff", dm_cli_writeoff }, { "pause", dm_cli_pause },
		{ "debtor", dm_cli_debtor }, { "plan", dm_cli_plan },
	};
	g_auto(GStrv) words = NULL;
	g_assert_true(g_shell_parse_argv(cli, NULL, &words, NULL));
	g_assert_cmpstr(words[0], ==, "dunmail");
	DmCliVerb fn = NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++)
		if (strcmp(verbs[i].verb, words[1]) == 0)
			fn = verbs[i].fn;
	g_assert_nonnull(fn);
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	g_ptr_array_add(args, words[1]);
	g_ptr_array_add(args, "-c");
	g_ptr_array_add(args, (char *) conf);
	for (char **w = words + 2; *w; w++)
		g_ptr_array_add(args, *w);
	g_ptr_array_add(args, NULL);
	g_autofree char **view = g_memdup2(args->pdata, sizeof(char *) * args->len);
	DmCliGlobal global = { 0 };
	int rc = fn(&global, (int) args->len - 1, view);
	g_free(global.config_path);
	fflush(stdout);
	return rc;
}

/* (transfer full) everything the decisions wrote in the ledger at @db, without times. */
static char *
state(const char *db)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, TRUE, &err);
	g_assert_no_error(err);
	g_autoptr(GString) s = g_string_new(NULL);
	g_autoptr(GPtrArray) events = dm_ledger_events_list(ledger, 0, NULL, DM_EVENT_ANY, &err);
	g_assert_no_error(err);
	for (guint i = 0; i < events->len; i++) {
		const DmEvent *ev = g_ptr_array_index(events, i);
		g_string_append_printf(s, "event %" G_GINT64_FORMAT " %s: %s\n", ev->invoice_id,
		                       dm_event_kind_name(ev->kind), ev->detail);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(numbers); i++) {
		g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, numbers[i], &err);
		g_autofree char *until = dm_date_iso(&inv->pause_until);
		g_string_append_printf(s, "invoice %s %s %s %s open %" G_GINT64_FORMAT "\n",
		                       inv->number, dm_invoice_status_name(inv->status),
		                       inv->pause_reason ? inv->pause_reason : "-", until ? until : "-",
		                       dm_invoice_open_cents(inv));
	}
	g_autoptr(GPtrArray) corr = dm_ledger_corrections_list(ledger, &err);
	g_assert_no_error(err);
	for (guint i = 0; i < corr->len; i++) {
		const DmCorrection *c = g_ptr_array_index(corr, i);
		g_string_append_printf(s, "correction R%" G_GINT64_FORMAT " %s -> %s \"%s\"\n",
		                       c->reply_id, dm_reply_class_name(c->original),
		                       dm_reply_class_name(c->corrected), c->reply_text);
	}
	gint64 id;
	DmDebtorSettings d = { 0 };
	g_assert_true(dm_ledger_debtor_get(ledger, "klant@debtor.example", &id, &d, &err));
	g_autofree char *paused = dm_date_iso(&d.paused_until);
	g_string_append_printf(s, "debtor paused %s (%s)\n", paused ? paused : "-",
	                       d.pause_reason ? d.pause_reason : "-");
	dm_debtor_settings_clear(&d);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static void
test_same_as_cli(void)
{
	g_autofree char *mail_dir = g_dir_make_tmp("dm-cmd-mail-XXXXXX", NULL);
	g_autofree char *cli_dir = g_dir_make_tmp("dm-cmd-cli-XXXXXX", NULL);
	fill(mail_dir);
	fill(cli_dir);
	g_autofree char *conf = dm_test_fixture_conf_file(cli_dir, "dunmail.conf", NULL);

	g_autoptr(DmConfig) config = dm_test_config_new(mail_dir);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, FALSE, &err);
	g_assert_no_error(err);
	g_autoptr(GDateTime) now = dm_clock_now(NULL, config->tz, &err);
	g_assert_no_error(err);
	for (gsize i = 0; i < G_N_ELEMENTS(lines); i++) {
		g_autofree char *why = NULL, *summary = NULL;
		g_autoptr(DmCommand) cmd = dm_command_parse_line(lines[i], &why);
		g_assert_nonnull(cmd);
		g_autofree char *cli = dm_command_cli(cmd);
		g_autoptr(GError) run_err = NULL;
		gboolean ok = dm_owner_command_run(ledger, config->ladders, cmd, now, &summary, &run_err);
		int rc = run_cli(conf, cli);
		g_test_message("%s -> %s: %s / CLI %d", lines[i], cli,
		               ok ? summary : run_err->message, rc);
		g_assert_cmpint(ok, ==, rc == DM_EXIT_OK);
		if (!ok)
			g_assert_true(run_err->domain == DM_OWNER_ERROR);
	}
	g_autofree char *db_cli = g_build_filename(cli_dir, "ledger.sqlite", NULL);
	g_autofree char *by_mail = state(config->database);
	g_autofree char *by_cli = state(db_cli);
	g_test_message("%s", by_mail);
	g_assert_cmpstr(by_mail, ==, by_cli);
	/* and the lines did do something */
	g_assert_nonnull(strstr(by_mail, "invoice 2026-0040 paid"));
	g_assert_nonnull(strstr(by_mail, "invoice 2026-0041 written_off"));
	g_assert_nonnull(strstr(by_mail, "correction R1 dispute -> promise_to_pay \"Ik betaal"));
	g_assert_nonnull(strstr(by_mail, "debtor paused 2027-02-01 (asked by mail)"));
	dm_test_rm_rf(mail_dir);
	dm_test_rm_rf(cli_dir);
}

typedef struct {
	const char *name;
	const char *from;
	gboolean verified;
	DmCommandToken token;
	gint64 token_digest, thread_digest;
	gint64 obeyed_for;          /* 0: refused */
	const char *why;            /* a part of the reason */
	const char *code;           /* the same as a code, for the digest */
} TrustCase;

static const TrustCase trust_cases[] = {
	{ "token", "owner@acme.example", FALSE, DM_COMMAND_TOKEN_VALID, 7, 0, 7, NULL, NULL },
	{ "token beats thread", "owner@acme.example", FALSE, DM_COMMAND_TOKEN_VALID, 7, 5, 7, NULL, NULL },
	{ "auth and thread", "owner@acme.example", TRUE, DM_COMMAND_TOKEN_NONE, 0, 5, 5, NULL, NULL },
	{ "auth and expired token", "OWNER@acme.example", TRUE, DM_COMMAND_TOKEN_EXPIRED, 7, 0, 7, NULL, NULL },
	{ "auth, no digest", "owner@acme.example", TRUE, DM_COMMAND_TOKEN_INVALID, 0, 0, 0, "names no digest", "no_digest" },
	{ "stranger with token", "klant@debtor.example", TRUE, DM_COMMAND_TOKEN_VALID, 7, 0, 0, "not from the owner", "not_owner" },
	{ "no sender", NULL, FALSE, DM_COMMAND_TOKEN_VALID, 7, 0, 0, "unknown sender", "not_owner" },
	{ "forged From, thread only", "owner@acme.example", FALSE, DM_COMMAND_TOKEN_NONE, 0, 5, 0, "no token", "no_token" },
	{ "forged From, bad token", "owner@acme.example", FALSE, DM_COMMAND_TOKEN_INVALID, 0, 5, 0, "not one dunmail made", "token_invalid" },
	{ "expired token", "owner@acme.example", FALSE, DM_COMMAND_TOKEN_EXPIRED, 7, 7, 0, "expired on 2026-12-01", "token_expired" },
};

static void
test_trust(void)
{
	GDate expired;
	g_date_clear(&expired, 1);
	g_date_set_dmy(&expired, 1, 12, 2026);
	for (gsize i = 0; i < G_N_ELEMENTS(trust_cases); i++) {
		const TrustCase *c = &trust_cases[i];
		DmCommandSender s = { .from_addr = c->from, .owner_address = "owner@acme.example",
		                      .auth_verified = c->verified, .auth_detail = "dmarc=fail",
		                      .token = c->token, .token_digest = c->token_digest,
		                      .token_expires = &expired, .thread_digest = c->thread_digest };
		gint64 digest = -1;
		g_autofree char *why = NULL;
		const char *code = NULL;
		gboolean ok = dm_owner_command_trusted(&s, &digest, &why, &code);
		g_test_message("%s: %s", c->name, ok ? "obeyed" : why);
		g_assert_cmpint(ok, ==, c->obeyed_for > 0);
		g_assert_cmpint(digest, ==, c->obeyed_for);
		if (!ok && !strstr(why, c->why))
			g_error("%s: '%s' does not say '%s'", c->name, why, c->why);
		g_assert_cmpstr(code, ==, c->code);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/owner-commands/same-as-cli", test_same_as_cli);
	g_test_add_func("/owner-commands/trust", test_trust);
	return g_test_run();
}
