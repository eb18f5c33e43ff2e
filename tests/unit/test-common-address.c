/* test-common-address: normalizing envelope and header addresses, and their domain. */
#include <string.h>

#include "common/dm-address.h"

typedef struct {
	const char *name;
	const char *text;
	const char *expect;        /* NULL: rejected */
} NormCase;

static const NormCase norm_cases[] = {
	{ "lower-cased", "Alice@Example.COM", "alice@example.com" },
	{ "brackets", "<alice@example.com>", "alice@example.com" },
	{ "display-name", " Alice Smith <Alice@Example.com> ", "alice@example.com" },
	{ "quoted-comma-name", "\"Smith, Alice\" <alice@example.com>", "alice@example.com" },
	{ "space-inside-brackets", "< alice@example.com >", "alice@example.com" },
	{ "trailing-after-bracket", "<alice@example.com> (comment)", "alice@example.com" },
	{ "surrounding-space", "\t alice@example.com \r\n", "alice@example.com" },
	{ "plus-tag", "alice+billing@example.com", "alice+billing@example.com" },
	{ "null-sender", "<>", NULL },
	{ "empty", "", NULL },
	{ "spaces", "   ", NULL },
	{ "no-at", "alice", NULL },
	{ "no-local", "@example.com", NULL },
	{ "no-domain", "alice@", NULL },
	{ "space-inside", "ali ce@example.com", NULL },
	{ "header-injection", "alice@example.com\r\nBcc: x@y.example", NULL },
	{ "nul-like-control", "alice\x01@example.com", NULL },
	{ "del", "alice\x7f@example.com", NULL },
	{ "unclosed-bracket", "<alice@example.com", NULL },
	{ "comma-list", "a@example.com,b@example.com", NULL },
	{ "innermost-bracket", "<<alice@example.com>>", "alice@example.com" },
};

static void
test_normalize(gconstpointer data)
{
	const NormCase *nc = data;
	g_autofree char *got = dm_address_normalize(nc->text);
	g_assert_cmpstr(got, ==, nc->expect);
}

static void
test_length(void)
{
	/* 254 bytes is the most an address may have (RFC 5321 path less the brackets). */
	g_autofree char *local = g_strnfill(254 - strlen("@example.com"), 'a');
	g_autofree char *ok = g_strconcat(local, "@example.com", NULL);
	g_assert_cmpuint(strlen(ok), ==, 254);
	g_autofree char *got = dm_address_normalize(ok);
	g_assert_cmpstr(got, ==, ok);
	g_autofree char *too_long = g_strconcat("b", ok, NULL);
	g_autofree char *none = dm_address_normalize(too_long);
	g_assert_null(none);
	g_autofree char *bracketed = g_strconcat("Name <", ok, ">", NULL);
	g_autofree char *got2 = dm_address_normalize(bracketed);
	g_assert_cmpstr(got2, ==, ok);
}

static void
test_null(void)
{
	g_assert_null(dm_address_normalize(NULL));
	g_assert_null(dm_address_domain(NULL));
}

typedef struct {
	const char *address;
	const char *domain;
} DomainCase;

static const DomainCase domain_cases[] = {
	{ "alice@example.com", "example.com" },
	{ "alice@sub.example.com", "sub.example.com" },
	{ "alice@", NULL },
	{ "nodomain", NULL },
	{ "", NULL },
};

static void
test_domain(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(domain_cases); i++)
		g_assert_cmpstr(dm_address_domain(domain_cases[i].address), ==, domain_cases[i].domain);
}

typedef struct {
	const char *address;
	const char *base;          /* NULL: rejected */
	const char *tag;           /* NULL: none */
} TagCase;

static const TagCase tag_cases[] = {
	{ "billing@x.nl", "billing@x.nl", NULL },
	{ "billing+dm-7-abc@x.nl", "billing@x.nl", "dm-7-abc" },
	{ "billing+@x.nl", "billing@x.nl", "" },
	{ "billing+a+b@x.nl", "billing@x.nl", "a+b" },
	{ "+tag@x.nl", "+tag@x.nl", NULL },
	{ "no-at", NULL, NULL },
	{ "@x.nl", NULL, NULL },
};

static void
test_untagged(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(tag_cases); i++) {
		const TagCase *tc = &tag_cases[i];
		g_autofree char *tag = NULL;
		g_autofree char *base = dm_address_untagged(tc->address, &tag);
		g_assert_cmpstr(base, ==, tc->base);
		g_assert_cmpstr(tag, ==, tc->tag);
		g_autofree char *alone = dm_address_tag(tc->address);
		g_assert_cmpstr(alone, ==, tc->tag);
	}
	g_assert_null(dm_address_tag(NULL));
}

/* One mailbox whatever its sub-address; another local part, domain or a prefix of the
 * local part is another mailbox. */
static void
test_same_mailbox(void)
{
	g_assert_true(dm_address_same_mailbox("billing@firm.nl", "billing@firm.nl"));
	g_assert_true(dm_address_same_mailbox("billing+dm-12-ab@firm.nl", "billing@firm.nl"));
	g_assert_true(dm_address_same_mailbox("billing@firm.nl", "billing+x@FIRM.nl"));
	g_assert_false(dm_address_same_mailbox("bill@firm.nl", "billing@firm.nl"));
	g_assert_false(dm_address_same_mailbox("billing@firm.nl", "billing@firm.de"));
	g_assert_false(dm_address_same_mailbox("billing@mail.firm.nl", "billing@firm.nl"));
	g_assert_false(dm_address_same_mailbox("billing@firm.nl", NULL));
	g_assert_false(dm_address_same_mailbox(NULL, NULL));
	g_assert_false(dm_address_same_mailbox("billing", "billing"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(norm_cases); i++) {
		g_autofree char *p = g_strconcat("/address/normalize/", norm_cases[i].name, NULL);
		g_test_add_data_func(p, &norm_cases[i], test_normalize);
	}
	g_test_add_func("/address/length", test_length);
	g_test_add_func("/address/null", test_null);
	g_test_add_func("/address/domain", test_domain);
	g_test_add_func("/address/untagged", test_untagged);
	g_test_add_func("/address/same-mailbox", test_same_mailbox);
	return g_test_run();
}
