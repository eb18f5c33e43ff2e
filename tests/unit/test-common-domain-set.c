/* test-common-domain-set: the shared-domain list — its file format, its errors, and the
 * shipped data/freemail-domains.txt holding the domains issue 6 names. */
#include "common/dm-domain-set.h"

typedef struct {
	const char *domain;
	gboolean expect;
} Lookup;

static void
test_lookup(void)
{
	const char *lines[] = { "# a comment", "", "Gmail.com", "hotmail.*   # any suffix",
	                        "  web.de  ", NULL };
	g_autoptr(GError) err = NULL;
	g_autoptr(DmDomainSet) set = dm_domain_set_from_lines(lines, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(dm_domain_set_size(set), ==, 3);
	const Lookup cases[] = {
		{ "gmail.com", TRUE }, { "GMAIL.COM", TRUE }, { "hotmail.com", TRUE },
		{ "hotmail.co.uk", TRUE }, { "web.de", TRUE }, { "mail.gmail.com", FALSE },
		{ "gmail.co", FALSE }, { "hotmail", FALSE }, { "nothotmail.com", FALSE },
		{ "debtor.nl", FALSE }, { "", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (dm_domain_set_contains(set, cases[i].domain) != cases[i].expect)
			g_test_fail_printf("contains(%s) != %d", cases[i].domain, cases[i].expect);
	g_assert_false(dm_domain_set_contains(NULL, "gmail.com"));
}

static void
test_bad_line(void)
{
	const char *bad[][2] = { { "gmail com", NULL }, { "localhost", NULL }, { "a..b", NULL },
	                         { "*.example", NULL }, { "x@y.com", NULL } };
	for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(DmDomainSet) set = dm_domain_set_from_lines(bad[i], &err);
		g_assert_null(set);
		g_assert_error(err, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
		g_assert_nonnull(g_strrstr(err->message, ":1: '"));
	}
	g_autoptr(GError) err = NULL;
	g_autoptr(DmDomainSet) none = dm_domain_set_load("tests/no/such/file.txt", &err);
	g_assert_null(none);
	g_assert_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* The shipped list: the free-mail and provider domains of the issue, and not a business. */
static void
test_shipped(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmDomainSet) set = dm_domain_set_load("data/freemail-domains.txt", &err);
	g_assert_no_error(err);
	const char *shared[] = {
		"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.nl",
		"hotmail.co.uk", "live.nl", "live.com", "icloud.com", "me.com", "yahoo.com",
		"yahoo.de", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "home.nl",
		"telenet.be", "skynet.be", "web.de", "gmx.de", "gmx.net", "gmx.at", "gmx.ch",
		"t-online.de", "freenet.de", "bluewin.ch", "aon.at",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(shared); i++)
		if (!dm_domain_set_contains(set, shared[i]))
			g_test_fail_printf("%s is not in data/freemail-domains.txt", shared[i]);
	const char *own[] = { "debtor.nl", "acme.example", "bakkerijsmit.nl", "kpn.com" };
	for (gsize i = 0; i < G_N_ELEMENTS(own); i++)
		if (dm_domain_set_contains(set, own[i]))
			g_test_fail_printf("%s is taken for a shared domain", own[i]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/domain-set/lookup", test_lookup);
	g_test_add_func("/domain-set/bad-line", test_bad_line);
	g_test_add_func("/domain-set/shipped", test_shipped);
	return g_test_run();
}
