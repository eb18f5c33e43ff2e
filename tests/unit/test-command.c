/* test-command: the owner's command lines read into commands — every verb, the Dutch and
 * German words, both word orders, and bad input (unknown verb, bad date, extra words, a
 * missing reason, a sentence), each with the reason it is not understood; the CLI line
 * each command stands for; a reply's lines read one by one. */
#include "parser/command/dm-command.h"

#include <string.h>

typedef struct {
	const char *line;
	const char *cli;            /* the command's CLI line; NULL: not understood */
	const char *why;            /* a part of the reason it is not understood */
} Case;

static const Case cases[] = {
	/* reclassify */
	{ "R12 promise 2026-04-01", "dunmail reclassify R12 promise_to_pay --date 2026-04-01", NULL },
	{ "R12 not-a-dispute", "dunmail reclassify R12 other", NULL },
	{ "r12 not a dispute", "dunmail reclassify R12 other", NULL },
	{ "R12 geen geschil", "dunmail reclassify R12 other", NULL },
	{ "R12 is not a dispute", "dunmail reclassify R12 other", NULL },
	{ "R12 is", NULL, "'is' is not a class" },
	{ "R12 not a dispute 2026-04-01", NULL, "'not' is not a class" },
	{ "R12 is question", "dunmail reclassify R12 question", NULL },
	{ "R7 is vraag", "dunmail reclassify R7 question", NULL },
	{ "R7 ist Frage", "dunmail reclassify R7 question", NULL },
	{ "R3 belofte 01-04-2026", "dunmail reclassify R3 promise_to_pay --date 2026-04-01", NULL },
	{ "R3 betaald", "dunmail reclassify R3 paid", NULL },
	{ "R3 promise_to_pay", "dunmail reclassify R3 promise_to_pay", NULL },
	{ "R12 is lovely", NULL, "'lovely' is not a class" },
	{ "R12", NULL, "a class is missing" },
	{ "R12 promise 2026-02-30", NULL, "'2026-02-30' is not a date" },
	{ "R12 promise 1 april", NULL, "'1' is not a date" },
	{ "R12 promise 2026-04-01 please", NULL, "unexpected 'please'" },
	/* invoices */
	{ "2026-0042 paid", "dunmail paid 2026-0042", NULL },
	{ "2026-0042 betaald 500,00 2026-03-01", "dunmail paid 2026-0042 --amount 500.00 --date 2026-03-01", NULL },
	{ "2026-0042 bezahlt 2026-03-01 €12.5", "dunmail paid 2026-0042 --amount 12.50 --date 2026-03-01", NULL },
	{ "paid 2026-0042", "dunmail paid 2026-0042", NULL },
	{ "- 2026-0042 paid.", "dunmail paid 2026-0042", NULL },
	{ "2026-0042 paid 1.250,00", NULL, "'1.250,00' is neither an amount" },
	{ "2026-0042 paid 100 200", NULL, "'200' is neither" },
	{ "2026-0042 resolve", "dunmail resolve 2026-0042", NULL },
	{ "2026-0042 opgelost", "dunmail resolve 2026-0042", NULL },
	{ "2026-0042 resolve now", NULL, "unexpected 'now' after 'resolve'" },
	{ "2026-0042 writeoff", "dunmail writeoff 2026-0042", NULL },
	{ "2026-0042 afschrijven failliet", "dunmail writeoff 2026-0042 --reason failliet", NULL },
	{ "2026-0042 resume", "dunmail resume 2026-0042", NULL },
	{ "hervat 2026-0042", "dunmail resume 2026-0042", NULL },
	{ "2026-0042 fortsetzen", "dunmail resume 2026-0042", NULL },
	{ "2026-0042 stop disputed by phone", "dunmail pause 2026-0042 --reason 'disputed by phone'", NULL },
	{ "2026-0042 pauzeer belt zelf tot 2026-05-01", "dunmail pause 2026-0042 --reason 'belt zelf' --until 2026-05-01", NULL },
	{ "2026-0042 stop", NULL, "a reason is required" },
	{ "2026-0042 stop until 2026-05-01", NULL, "a reason is required" },
	{ "2026-0042 stop x until 2026-13-01", NULL, "'2026-13-01' is not a date" },
	{ "2026-0042 plan 3 monthly from 2026-04-01", "dunmail plan 2026-0042 --instalments 3 --every month --from 2026-04-01", NULL },
	{ "2026-0042 regeling 6 maandelijks vanaf 1-4-2026", "dunmail plan 2026-0042 --instalments 6 --every month --from 2026-04-01", NULL },
	{ "2026-0042 plan 1 monthly from 2026-04-01", NULL, "'1' is not a number of instalments" },
	{ "2026-0042 plan 3 yearly from 2026-04-01", NULL, "'yearly' is not a period" },
	{ "2026-0042 plan 3 monthly", NULL, "a plan is written" },
	{ "2026-0042 frobnicate", NULL, "'frobnicate' is not a command" },
	{ "2026-0042", NULL, "a command is missing" },
	{ "paid", NULL, "'paid' needs an invoice number" },
	{ "paid in full yesterday", NULL, "'paid' needs an invoice number" },
	/* debtors */
	{ "pause klant@voorbeeld.nl until 2026-05-01", "dunmail debtor klant@voorbeeld.nl --pause-until 2026-05-01 --reason 'asked by mail'", NULL },
	{ "pauzeer Klant@Voorbeeld.nl tot 2026-05-01 op vakantie", "dunmail debtor klant@voorbeeld.nl --pause-until 2026-05-01 --reason 'op vakantie'", NULL },
	{ "pause klant@voorbeeld.nl", NULL, "until a day" },
	{ "pause klant@voorbeeld.nl until someday", NULL, "'someday' is not a date" },
	/* not commands */
	{ "Thanks, see you tomorrow", NULL, "not 'Thanks,'" },
	{ "Hoi,", NULL, "not 'Hoi,'" },
};

static void
test_lines(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const Case *c = &cases[i];
		g_autofree char *why = NULL;
		g_autoptr(DmCommand) cmd = dm_command_parse_line(c->line, &why);
		g_test_message("%s -> %s", c->line, cmd ? "command" : why);
		if (c->cli) {
			g_assert_nonnull(cmd);
			g_assert_null(why);
			g_autofree char *cli = dm_command_cli(cmd);
			g_assert_cmpstr(cli, ==, c->cli);
		} else {
			g_assert_null(cmd);
			g_assert_nonnull(why);
			if (!strstr(why, c->why))
				g_error("%s: '%s' does not say '%s'", c->line, why, c->why);
		}
	}
}

static void
test_plan_fields(void)
{
	g_autofree char *why = NULL;
	g_autoptr(DmCommand) cmd = dm_command_parse_line("F-77 plan 4 weekly from 2026-04-06", &why);
	g_assert_nonnull(cmd);
	g_assert_cmpint(cmd->verb, ==, DM_COMMAND_PLAN);
	g_assert_cmpstr(cmd->number, ==, "F-77");
	g_assert_cmpint(cmd->plan.instalments, ==, 4);
	g_assert_cmpint(cmd->plan.period, ==, DM_COMMAND_PLAN_WEEKLY);
	g_assert_cmpint(g_date_get_day(&cmd->plan.first), ==, 6);
}

static void
test_blank_and_text(void)
{
	g_autofree char *why = NULL;
	g_assert_null(dm_command_parse_line("   ", &why));
	g_assert_null(why);
	g_assert_null(dm_command_parse_line(" - ", &why));
	g_assert_null(why);
	g_autoptr(GPtrArray) lines = dm_command_parse_text(
		"R12 promise 2026-04-01\r\n\r\n2026-0042 paid\n  \nwhat is this\n");
	g_assert_cmpuint(lines->len, ==, 3);
	const DmCommandLine *l0 = g_ptr_array_index(lines, 0);
	const DmCommandLine *l2 = g_ptr_array_index(lines, 2);
	g_assert_cmpstr(l0->text, ==, "R12 promise 2026-04-01");
	g_assert_nonnull(l0->command);
	g_assert_null(l2->command);
	g_assert_cmpstr(l2->text, ==, "what is this");
}

static void
test_hostile(void)
{
	g_autofree char *why = NULL;
	g_autofree char *longline = g_strnfill(DM_COMMAND_MAX_LINE + 20, 'x');
	memcpy(longline, "2026-0042 stop ", 15);
	g_assert_null(dm_command_parse_line(longline, &why));
	g_assert_nonnull(strstr(why, "longer than"));
	g_clear_pointer(&why, g_free);
	g_assert_null(dm_command_parse_line("2026-0042 st\xff\xfe", &why));
	g_assert_nonnull(strstr(why, "UTF-8"));

	g_autoptr(GString) many = g_string_new(NULL);
	for (int i = 0; i < DM_COMMAND_MAX_LINES + 5; i++)
		g_string_append(many, "2026-0042 resume\n");
	g_autoptr(GPtrArray) lines = dm_command_parse_text(many->str);
	g_assert_cmpuint(lines->len, ==, DM_COMMAND_MAX_LINES + 1);
	const DmCommandLine *last = g_ptr_array_index(lines, lines->len - 1);
	g_assert_null(last->command);
	g_assert_nonnull(strstr(last->why, "at most"));
	/* a reason with quotes and control characters stays one shell word */
	g_clear_pointer(&why, g_free);
	g_autoptr(DmCommand) cmd = dm_command_parse_line("2026-0042 stop it's $(rm) \x01", &why);
	g_assert_nonnull(cmd);
	g_autofree char *cli = dm_command_cli(cmd);
	g_assert_cmpstr(cli, ==, "dunmail pause 2026-0042 --reason 'it'\\''s $(rm) ?'");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/command/lines", test_lines);
	g_test_add_func("/command/plan-fields", test_plan_fields);
	g_test_add_func("/command/blank-and-text", test_blank_and_text);
	g_test_add_func("/command/hostile", test_hostile);
	return g_test_run();
}
