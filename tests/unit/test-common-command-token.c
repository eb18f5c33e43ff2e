/* test-common-command-token: the digest's Reply-To token — made and checked, valid to the
 * end of its day and expired after it, and refused when forged, altered, signed with
 * another secret or bound to another digest. */
#include <string.h>

#include "common/dm-command-token.h"

#define SECRET "0123456789abcdef-test-secret"

static GDate
day(int d, int m, int y)
{
	GDate g;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
	return g;
}

static void
test_round_trip(void)
{
	GDate exp = day(16, 12, 2026), today = day(2, 12, 2026), last = exp, after = exp;
	g_date_add_days(&after, 1);
	g_autofree char *addr = dm_command_token_address("facturen@acme.example", 7, &exp, SECRET);
	g_assert_true(g_str_has_prefix(addr, "facturen+dmc-7-20261216-"));
	g_assert_cmpuint((gsize) (strchr(addr, '@') - addr), <=, 64);
	gint64 id = 0;
	GDate got;
	g_assert_cmpint(dm_command_token_check(addr, SECRET, &today, &id, &got), ==,
	                DM_COMMAND_TOKEN_VALID);
	g_assert_cmpint(id, ==, 7);
	g_assert_cmpint(g_date_compare(&got, &exp), ==, 0);
	g_autofree char *upper = g_ascii_strup(addr, -1);
	g_autofree char *bracketed = g_strdup_printf("<%s>", upper);
	g_assert_cmpint(dm_command_token_check(bracketed, SECRET, &last, &id, NULL), ==,
	                DM_COMMAND_TOKEN_VALID);
	g_assert_cmpint(dm_command_token_check(addr, SECRET, &after, &id, NULL), ==,
	                DM_COMMAND_TOKEN_EXPIRED);
	g_assert_cmpint(id, ==, 7);
}

static void
test_refused(void)
{
	GDate exp = day(16, 12, 2026), today = day(2, 12, 2026);
	g_autofree char *addr = dm_command_token_address("facturen@acme.example", 7, &exp, SECRET);
	gint64 id = 0;
	g_assert_cmpint(dm_command_token_check("facturen@acme.example", SECRET, &today, &id, NULL),
	                ==, DM_COMMAND_TOKEN_NONE);
	g_assert_cmpint(dm_command_token_check("facturen+dm-7-00@acme.example", SECRET, &today, &id,
	                                       NULL), ==, DM_COMMAND_TOKEN_NONE);
	g_assert_cmpint(dm_command_token_check(addr, "another-secret-0123456", &today, &id, NULL),
	                ==, DM_COMMAND_TOKEN_INVALID);
	g_assert_cmpint(dm_command_token_check(addr, NULL, &today, &id, NULL), ==,
	                DM_COMMAND_TOKEN_INVALID);
	/* Another digest id, or a later expiry, with the same MAC. */
	const char *swaps[][2] = { { "dmc-7-", "dmc-8-" }, { "-20261216-", "-20271216-" },
	                           { "-20261216-", "-2026121-" }, { "-20261216-", "-20261316-" } };
	for (gsize i = 0; i < G_N_ELEMENTS(swaps); i++) {
		g_autoptr(GString) forged = g_string_new(addr);
		g_string_replace(forged, swaps[i][0], swaps[i][1], 1);
		g_assert_cmpint(dm_command_token_check(forged->str, SECRET, &today, &id, NULL), ==,
		                DM_COMMAND_TOKEN_INVALID);
		g_assert_cmpint(id, ==, 0);
	}
	/* A MAC one digit off, cut short, or too long. */
	g_autoptr(GString) off = g_string_new(addr);
	char *at = strchr(off->str, '@');
	at[-1] = at[-1] == '0' ? '1' : '0';
	g_assert_cmpint(dm_command_token_check(off->str, SECRET, &today, &id, NULL), ==,
	                DM_COMMAND_TOKEN_INVALID);
	g_autoptr(GString) cut = g_string_new(addr);
	g_string_erase(cut, strchr(cut->str, '@') - cut->str - 1, 1);
	g_assert_cmpint(dm_command_token_check(cut->str, SECRET, &today, &id, NULL), ==,
	                DM_COMMAND_TOKEN_INVALID);
	g_assert_cmpint(dm_command_token_check("facturen+dmc-7-20261216-abc-def@acme.example", SECRET,
	                                       &today, &id, NULL), ==, DM_COMMAND_TOKEN_INVALID);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/command-token/round-trip", test_round_trip);
	g_test_add_func("/command-token/refused", test_refused);
	return g_test_run();
}
