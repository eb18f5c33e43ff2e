/* test-common-verp: the VERP tag of our envelope sender — made and verified, and every way
 * a forger could try to pass one refused. */
#include <string.h>

#include "common/dm-verp.h"

#define SECRET "0123456789abcdef-test-secret"

static void
test_round_trip(void)
{
	g_autofree char *addr = dm_verp_address("billing@acme.example", 42, SECRET);
	g_assert_true(g_str_has_prefix(addr, "billing+dm-42-"));
	g_assert_true(g_str_has_suffix(addr, "@acme.example"));
	/* An SMTP local part is at most 64 bytes. */
	g_assert_cmpuint((gsize) (strchr(addr, '@') - addr), <=, 64);
	gint64 id = -1;
	g_assert_true(dm_verp_verify(addr, SECRET, &id));
	g_assert_cmpint(id, ==, 42);
	/* As bounces bring it back: upper case, in brackets. */
	g_autofree char *upper = g_ascii_strup(addr, -1);
	g_autofree char *bracketed = g_strdup_printf("<%s>", upper);
	g_assert_true(dm_verp_verify(bracketed, SECRET, &id));
	g_assert_cmpint(id, ==, 42);
	/* A different row gets a different tag. */
	g_autofree char *other = dm_verp_address("billing@acme.example", 43, SECRET);
	g_assert_cmpstr(strchr(addr, '-'), !=, strchr(other, '-'));
}

typedef struct {
	const char *name;
	const char *address;
} Forgery;

static void
test_forgeries(void)
{
	g_autofree char *good = dm_verp_address("billing@acme.example", 42, SECRET);
	const char *mac = strrchr(good, '-') + 1;
	g_autofree char *other_id = g_strdup_printf("billing+dm-43-%.*s@acme.example", 20, mac);
	g_autofree char *short_mac = g_strdup_printf("billing+dm-42-%.*s@acme.example", 19, mac);
	g_autofree char *flipped = g_strdup(good);
	char *last = strchr(flipped, '@') - 1;
	*last = *last == '0' ? '1' : '0';
	const Forgery forgeries[] = {
		{ "no tag", "billing@acme.example" },
		{ "another tag", "billing+invoices@acme.example" },
		{ "id moved to another row", other_id },
		{ "mac one digit short", short_mac },
		{ "mac one digit changed", flipped },
		{ "zero id", "billing+dm-0-00000000000000000000@acme.example" },
		{ "negative id", "billing+dm--1-00000000000000000000@acme.example" },
		{ "no id", "billing+dm--00000000000000000000@acme.example" },
		{ "not an address", "billing+dm-42" },
		{ "null sender", "<>" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(forgeries); i++) {
		gint64 id = -1;
		if (dm_verp_verify(forgeries[i].address, SECRET, &id))
			g_test_fail_printf("%s (%s) verified", forgeries[i].name, forgeries[i].address);
		g_assert_cmpint(id, ==, 0);
	}
	gint64 id = -1;
	g_assert_false(dm_verp_verify(good, "another-secret-of-enough-length", &id));
	g_assert_false(dm_verp_verify(good, NULL, &id));
	g_assert_false(dm_verp_verify(good, "", &id));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/verp/round-trip", test_round_trip);
	g_test_add_func("/verp/forgeries", test_forgeries);
	return g_test_run();
}
