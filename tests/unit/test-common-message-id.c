/* test-common-message-id: the one Message-ID generator (milter and mailer alike). */
#include "common/dm-message-id.h"

#include <string.h>

typedef struct {
	const char *address;
	const char *suffix;        /* NULL: this host's name */
} IdCase;

static const IdCase cases[] = {
	{ "billing@acme.example", "@acme.example>" },
	{ "Billing <BILLING@Acme.Example>", "@acme.example>" },
	{ "", NULL },
	{ NULL, NULL },
	{ "no-domain", NULL },
};

static void
test_shape(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *id = dm_message_id_new(cases[i].address);
		g_autofree char *host = g_strconcat("@", g_get_host_name(), ">", NULL);
		g_assert_true(g_str_has_prefix(id, "<dunmail."));
		g_assert_true(g_str_has_suffix(id, cases[i].suffix ? cases[i].suffix : host));
		/* One addr-spec in brackets: safe to put in a header as it is. */
		g_assert_null(strpbrk(id, " \t\r\n"));
		g_assert_true(strchr(id + 1, '<') == NULL && strchr(id, '>') == id + strlen(id) - 1);
		g_assert_true(strchr(id, '@') == strrchr(id, '@'));
	}
}

static void
test_unique(void)
{
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (int i = 0; i < 1000; i++) {
		char *id = dm_message_id_new("billing@acme.example");
		g_assert_false(g_hash_table_contains(seen, id));
		g_hash_table_add(seen, id);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/message-id/shape", test_shape);
	g_test_add_func("/message-id/unique", test_unique);
	return g_test_run();
}
