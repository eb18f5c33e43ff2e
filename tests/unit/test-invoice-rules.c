/* test-invoice-rules: the user's rule file — lines that read, lines that must be refused
 * with file, line and what was expected, and rules applied to a message. */
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"

#include <string.h>

static const struct {
	const char *name;
	const char *text;
	const char *error;      /* NULL: reads; else the error message's end */
	guint rules;
} files[] = {
	{ "empty", "", NULL, 0 },
	{ "comments", "# a comment\n\n   # indented comment\n", NULL, 0 },
	{ "one-rule", "number = /Nr\\.\\s*(\\S+)/i\n", NULL, 1 },
	{ "slash-inside", "debtor_name = /z.Hd. (.+)/\n", NULL, 1 },
	{ "all-flags", "due_date = /bis (\\S+)$/imsx\n", NULL, 1 },
	{ "no-equals", "number /x/\n", "rules.txt:1: expected 'field = /pattern/flags'", 0 },
	{ "unknown-field", "# c\namount = /x/\n", "rules.txt:2: unknown field 'amount' (expected one of: number, "
	  "amount_due, amount_total, currency, issue_date, due_date, payment_reference, iban, debtor_name, "
	  "not_invoice)", 0 },
	{ "no-slashes", "number = Nr (\\d+)\n", "rules.txt:1: expected the pattern between slashes: /pattern/flags", 0 },
	{ "one-slash", "number = /Nr\n", "rules.txt:1: expected the pattern between slashes: /pattern/flags", 0 },
	{ "empty-pattern", "number = //\n", "rules.txt:1: empty pattern", 0 },
	{ "bad-flag", "number = /x/g\n", "rules.txt:1: unknown flag 'g' (expected i, m, s or x)", 0 },
	{ "bad-pattern", "\n\nnumber = /Nr (\\d+/\n", "rules.txt:3: pattern does not compile at offset", 0 },
};

static void
test_files(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(DmRuleFile) r = dm_rule_file_parse("rules.txt", files[i].text,
							     dm_invoice_rule_fields, &error);
		if (!files[i].error) {
			if (!r)
				g_error("case %s: refused: %s", files[i].name, error->message);
			g_assert_cmpuint(dm_rule_file_count(r), ==, files[i].rules);
			continue;
		}
		if (r)
			g_error("case %s: read, expected \"%s\"", files[i].name, files[i].error);
		if (!g_str_has_prefix(error->message, files[i].error))
			g_error("case %s: \"%s\", expected \"%s\"", files[i].name, error->message,
				files[i].error);
	}
}

static void
test_load_missing(void)
{
	g_autoptr(GError) error = NULL;
	g_assert_null(dm_invoice_rules_load("/nonexistent/rules.txt", &error));
	g_assert_nonnull(strstr(error->message, "/nonexistent/rules.txt"));
}

/* A layout the built-ins do not read: "Beleg-Kennung" and "Endsumme" are no invoice
 * labels dunmail knows.  The rules make it an invoice and explain each field. */
static const char *const layout_mail =
	"From: Werkstatt <billing@werkstatt.example>\nTo: kunde@example.com\n"
	"Subject: Beleg 2026/117\nDate: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <r@w>\n"
	"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
	"Guten Tag,\n\nBeleg-Kennung: WK-2026-117\nEndsumme 1.190,00 EUR\nspätestens am 16.03.2026\n";

static DmInvoiceFacts *
extract(const char *raw, const char *rules_text)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_autoptr(DmRuleFile) rules = rules_text
		? dm_rule_file_parse("my.rules", rules_text, dm_invoice_rule_fields, &error) : NULL;
	g_assert_no_error(error);
	return dm_invoice_extract_with_rules(msg, rules);
}

static void
test_apply(void)
{
	g_autoptr(DmInvoiceFacts) plain = extract(layout_mail, NULL);
	g_assert_false(plain->is_invoice);

	g_autoptr(DmInvoiceFacts) f = extract(layout_mail,
		"# our layout\nnumber = /Beleg-Kennung:\\s*(\\S+)/\namount_due = /Endsumme\\s+(.+)$/m\n"
		"due_date = /spätestens am (\\S+)/i\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "WK-2026-117");
	g_assert_cmpint(f->amount_cents, ==, 119000);
	g_assert_cmpstr(f->currency, ==, "EUR");
	char due[11];
	dm_date_to_buf(&f->due_date, due);
	g_assert_cmpstr(due, ==, "2026-03-16");
	gboolean explained = FALSE;
	for (guint i = 0; i < f->explain->len; i++)
		explained = explained || g_str_has_prefix(g_ptr_array_index(f->explain, i),
							  "number: user rule my.rules:2");
	g_assert_true(explained);
}

static void
test_refuse(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(layout_mail,
		"number = /Beleg-Kennung:\\s*(\\S+)/\namount_due = /Endsumme\\s+(.+)$/m\n"
		"not_invoice = /^Guten Tag/m\n");
	g_assert_false(f->is_invoice);
	g_autofree char *why = dm_not_invoice_reason_text(f->not_invoice);
	g_assert_cmpstr(why, ==, "user rule my.rules:3: matched \"Guten Tag\"");
	g_assert_cmpint(f->not_invoice->kind, ==, DM_NOT_INVOICE_USER_RULE);
	g_assert_cmpstr(f->not_invoice->rule, ==, "my.rules:3");
	g_assert_cmpstr(f->not_invoice->evidence, ==, "Guten Tag");
}

/* A reply: the rules read the sender's own words, not the customer's quoted mail (its
 * "Storniert" is theirs).  The near miss is test_refuse: the rule on the own words refuses. */
static void
test_refuse_not_in_quote(void)
{
	const char *reply =
		"From: Werkstatt <billing@werkstatt.example>\nTo: kunde@example.com\n"
		"Subject: Re: Beleg 2026/117\nDate: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <r2@w>\n"
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
		"Guten Tag,\n\nBeleg-Kennung: WK-2026-117\nEndsumme 1.190,00 EUR\n\n"
		"Am 01.03.2026 um 09:12 schrieb Kunde <kunde@example.com>:\n> Der alte Auftrag ist storniert.\n";
	const char *rules = "number = /Beleg-Kennung:\\s*(\\S+)/\namount_due = /Endsumme\\s+(.+)$/m\n"
			    "not_invoice = /storniert/i\n";
	g_autoptr(DmInvoiceFacts) f = extract(reply, rules);
	g_assert_null(f->not_invoice);
	g_assert_true(f->is_invoice);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-rules/files", test_files);
	g_test_add_func("/invoice-rules/load-missing", test_load_missing);
	g_test_add_func("/invoice-rules/apply", test_apply);
	g_test_add_func("/invoice-rules/refuse", test_refuse);
	g_test_add_func("/invoice-rules/refuse-not-in-quote", test_refuse_not_in_quote);
	return g_test_run();
}
