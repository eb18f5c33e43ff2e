/* test-common-netmask: CIDR parsing (GIO behind a wrapper with clear errors), membership (with IPv4-mapped IPv6), loopback and
 * numeric formatting, one table per function. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/un.h>

#include "common/dm-netmask.h"

/* Fills @ss from a numeric address; "unix" gives an AF_UNIX address. */
static const struct sockaddr *
make_addr(const char *text, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	if (!text)
		return NULL;
	if (strcmp(text, "unix") == 0) {
		struct sockaddr_un *un = (struct sockaddr_un *) ss;
		un->sun_family = AF_UNIX;
		return (struct sockaddr *) ss;
	}
	struct sockaddr_in *in = (struct sockaddr_in *) ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *) ss;
	if (inet_pton(AF_INET, text, &in->sin_addr) == 1) {
		in->sin_family = AF_INET;
		return (struct sockaddr *) ss;
	}
	g_assert_cmpint(inet_pton(AF_INET6, text, &in6->sin6_addr), ==, 1);
	in6->sin6_family = AF_INET6;
	return (struct sockaddr *) ss;
}

typedef struct {
	const char *text;
	gboolean ok;
	int family;
	guint prefix;
	const char *error_part;
} ParseCase;

static const ParseCase parse_cases[] = {
	{ "10.0.0.0/8", TRUE, AF_INET, 8, NULL },
	{ "192.168.1.5", TRUE, AF_INET, 32, NULL },
	{ "  172.16.0.0/12  ", TRUE, AF_INET, 12, NULL },
	{ "0.0.0.0/0", TRUE, AF_INET, 0, NULL },
	{ "::1/128", TRUE, AF_INET6, 128, NULL },
	{ "2001:db8::/32", TRUE, AF_INET6, 32, NULL },
	{ "fe80::1", TRUE, AF_INET6, 128, NULL },
	{ "::/0", TRUE, AF_INET6, 0, NULL },
	{ "10.0.0.0/33", FALSE, 0, 0, "prefix length must be 0 to 32" },
	{ "2001:db8::/129", FALSE, 0, 0, "prefix length must be 0 to 128" },
	{ "10.0.0.0/", FALSE, 0, 0, "prefix length" },
	{ "10.0.0.0/-1", FALSE, 0, 0, "prefix length" },
	{ "10.0.0.0/8x", FALSE, 0, 0, "prefix length" },
	{ "10.0.0.0/8/8", FALSE, 0, 0, "prefix length" },
	{ "10.0.0.0/+8", FALSE, 0, 0, "prefix length" },
	/* Host bits set: the network they lie in, as before GIO (a warning says so). */
	{ "10.0.0.1/8", TRUE, AF_INET, 8, NULL },
	{ "2001:db8::1/32", TRUE, AF_INET6, 32, NULL },
	{ "300.1.2.3", FALSE, 0, 0, "is not a network" },
	{ "10.0.0", FALSE, 0, 0, "is not a network" },
	{ "example.com", FALSE, 0, 0, "is not a network" },
	{ "", FALSE, 0, 0, "is not a network" },
	{ "/8", FALSE, 0, 0, "is not a network" },
};

static void
test_parse(gconstpointer data)
{
	const ParseCase *pc = data;
	g_autoptr(GError) err = NULL;
	g_autoptr(GInetAddressMask) m = dm_netmask_parse(pc->text, &err);
	g_assert_cmpint(m != NULL, ==, pc->ok);
	if (pc->ok) {
		g_assert_no_error(err);
		GSocketFamily family = g_inet_address_mask_get_family(m);
		g_assert_cmpint(family, ==, pc->family == AF_INET ? G_SOCKET_FAMILY_IPV4
		                                                  : G_SOCKET_FAMILY_IPV6);
		g_assert_cmpuint(g_inet_address_mask_get_length(m), ==, pc->prefix);
	} else {
		g_assert_nonnull(err);
		g_assert_nonnull(strstr(err->message, pc->error_part));
	}
}

typedef struct {
	const char *net;
	const char *addr;          /* NULL: no address; "unix": AF_UNIX */
	gboolean expect;
} ContainsCase;

static const ContainsCase contains_cases[] = {
	{ "10.0.0.0/8", "10.255.1.2", TRUE },
	{ "10.0.0.0/8", "11.0.0.1", FALSE },
	{ "10.0.0.0/8", "9.255.255.255", FALSE },
	{ "192.168.1.0/24", "192.168.1.255", TRUE },
	{ "192.168.1.0/24", "192.168.2.0", FALSE },
	{ "192.168.1.0/25", "192.168.1.127", TRUE },
	{ "192.168.1.0/25", "192.168.1.128", FALSE },
	{ "172.16.0.0/12", "172.31.255.255", TRUE },
	{ "172.16.0.0/12", "172.32.0.0", FALSE },
	{ "192.168.1.5", "192.168.1.5", TRUE },
	{ "192.168.1.5", "192.168.1.6", FALSE },
	{ "0.0.0.0/0", "203.0.113.9", TRUE },
	{ "10.0.0.0/8", "::ffff:10.1.2.3", TRUE },      /* IPv4-mapped counts as IPv4 */
	{ "10.0.0.0/8", "::ffff:11.1.2.3", FALSE },
	{ "10.0.0.0/8", "2001:db8::1", FALSE },
	{ "2001:db8::/32", "2001:db8:ffff::1", TRUE },
	{ "2001:db8::/32", "2001:db9::1", FALSE },
	{ "2001:db8::/33", "2001:db8:8000::1", FALSE },
	{ "2001:db8::/33", "2001:db8:7fff::1", TRUE },
	{ "::1/128", "::1", TRUE },
	{ "::1/128", "::2", FALSE },
	{ "::/0", "10.0.0.1", FALSE },                 /* families differ */
	{ "10.0.0.0/8", NULL, FALSE },
	{ "10.0.0.0/8", "unix", FALSE },
};

static void
test_contains(gconstpointer data)
{
	const ContainsCase *cc = data;
	g_autoptr(GInetAddressMask) m = dm_netmask_parse(cc->net, NULL);
	g_assert_nonnull(m);
	struct sockaddr_storage ss;
	g_autoptr(GInetAddress) addr = dm_sockaddr_inet_address(make_addr(cc->addr, &ss));
	g_assert_cmpint(addr != NULL && g_inet_address_mask_matches(m, addr), ==, cc->expect);
}

typedef struct {
	const char *addr;
	gboolean loopback;
	const char *text;          /* dm_sockaddr_to_string */
} AddrCase;

static const AddrCase addr_cases[] = {
	{ "127.0.0.1", TRUE, "127.0.0.1" },
	{ "127.1.2.3", TRUE, "127.1.2.3" },
	{ "::1", TRUE, "::1" },
	{ "::ffff:127.0.0.1", TRUE, "127.0.0.1" },
	{ "10.0.0.1", FALSE, "10.0.0.1" },
	{ "128.0.0.1", FALSE, "128.0.0.1" },
	{ "::2", FALSE, "::2" },
	{ "::", FALSE, "::" },
	{ "2001:db8::1", FALSE, "2001:db8::1" },
	{ "::ffff:10.1.2.3", FALSE, "10.1.2.3" },
	{ "unix", FALSE, "" },
	{ NULL, FALSE, "" },
};

static void
test_addr(gconstpointer data)
{
	const AddrCase *ac = data;
	struct sockaddr_storage ss;
	const struct sockaddr *sa = make_addr(ac->addr, &ss);
	g_assert_cmpint(dm_sockaddr_is_loopback(sa), ==, ac->loopback);
	char buf[INET6_ADDRSTRLEN] = "junk";
	dm_sockaddr_to_string(sa, buf, sizeof buf);
	g_assert_cmpstr(buf, ==, ac->text);
}

static char *
case_name(const char *prefix, guint i, const char *a, const char *b)
{
	g_autofree char *raw = g_strdup_printf("%02u %s %s", i, a ? a : "null", b ? b : "");
	g_strstrip(raw);
	g_strdelimit(raw, "/ ", '_');
	return g_strconcat(prefix, raw, NULL);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
		g_autofree char *p = case_name("/netmask/parse/", i, parse_cases[i].text, NULL);
		g_test_add_data_func(p, &parse_cases[i], test_parse);
	}
	for (guint i = 0; i < G_N_ELEMENTS(contains_cases); i++) {
		g_autofree char *p = case_name("/netmask/contains/", i, contains_cases[i].net,
		                               contains_cases[i].addr);
		g_test_add_data_func(p, &contains_cases[i], test_contains);
	}
	for (guint i = 0; i < G_N_ELEMENTS(addr_cases); i++) {
		g_autofree char *p = case_name("/netmask/sockaddr/", i, addr_cases[i].addr, NULL);
		g_test_add_data_func(p, &addr_cases[i], test_addr);
	}
	return g_test_run();
}
