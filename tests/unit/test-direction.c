/* test-direction: the direction rule of dunmail-milter, one row per case from
 * notes/milter.md, with the reason each decision logs. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/un.h>

#include "common/dm-config.h"
#include "milter/dm-direction.h"

typedef struct {
	const char *name;
	const char *auth;          /* {auth_authen} */
	const char *daemon;        /* {daemon_name} */
	const char *client;        /* numeric address; NULL = none; "unix" = AF_UNIX */
	const char *from;
	const char *rcpts;         /* comma-separated */
	DmDirection expect;
	const char *reason;        /* exact expected reason */
} Case;

static const Case cases[] = {
	{ "authenticated billing sender", "alice", NULL, "203.0.113.5", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: authenticated as alice, sender billing@example.nl" },
	{ "sender case and brackets ignored", "alice", NULL, "203.0.113.5", "<Billing@Example.NL>",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: authenticated as alice, sender <Billing@Example.NL>" },
	{ "loopback, no auth (sendmail path)", NULL, NULL, "127.0.0.1", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: internal client 127.0.0.1 (loopback), sender billing@example.nl" },
	{ "IPv6 loopback", NULL, NULL, "::1", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: internal client ::1 (loopback), sender billing@example.nl" },
	{ "no client address", NULL, NULL, NULL, "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: local submission (no client address), sender billing@example.nl" },
	{ "unix-domain client counts as no address", NULL, NULL, "unix", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: local submission (no client address), sender billing@example.nl" },
	{ "configured internal network", NULL, NULL, "10.1.2.3", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: internal client 10.1.2.3 (internal network), sender billing@example.nl" },
	{ "originating daemon, outside client", NULL, "ORIGINATING", "203.0.113.5",
	  "billing@example.nl", "klant@debtor.example", DM_DIRECTION_OUTGOING,
	  "outgoing: originating daemon ORIGINATING, sender billing@example.nl" },
	{ "other daemon name is not trusted", NULL, "smtpd", "203.0.113.5",
	  "billing@example.nl", "klant@debtor.example", DM_DIRECTION_NONE,
	  "ignored: sender billing@example.nl but client 203.0.113.5 is not internal and not "
	  "authenticated, no billing recipient" },
	{ "empty auth is no auth", "", NULL, "203.0.113.5", "billing@example.nl",
	  "klant@debtor.example", DM_DIRECTION_NONE,
	  "ignored: sender billing@example.nl but client 203.0.113.5 is not internal and not "
	  "authenticated, no billing recipient" },
	{ "outside client writes to billing", NULL, NULL, "203.0.113.5", "klant@debtor.example",
	  "billing@example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient billing@example.nl from outside client 203.0.113.5, "
	  "sender klant@debtor.example" },
	{ "billing recipient among others", NULL, NULL, "203.0.113.5", "klant@debtor.example",
	  "a@example.nl,<BILLING@example.nl>,b@example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient <BILLING@example.nl> from outside client 203.0.113.5, "
	  "sender klant@debtor.example" },
	{ "spoofed billing sender from outside to other rcpt", NULL, NULL, "203.0.113.5",
	  "billing@example.nl", "victim@example.nl", DM_DIRECTION_NONE,
	  "ignored: sender billing@example.nl but client 203.0.113.5 is not internal and not "
	  "authenticated, no billing recipient" },
	{ "spoofed billing sender from outside to billing", NULL, NULL, "203.0.113.5",
	  "billing@example.nl", "billing@example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient billing@example.nl from outside client 203.0.113.5, "
	  "sender billing@example.nl" },
	{ "unrelated mail from outside", NULL, NULL, "198.51.100.7", "x@y.example",
	  "z@example.nl", DM_DIRECTION_NONE, "ignored: not internal, no billing recipient" },
	{ "internal user, not billing", "bob", NULL, "10.0.0.9", "bob@example.nl",
	  "z@elsewhere.example", DM_DIRECTION_NONE,
	  "ignored: sender bob@example.nl is not a billing address, no billing recipient" },
	{ "internal user writes to billing", "bob", NULL, "10.0.0.9", "bob@example.nl",
	  "billing@example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient billing@example.nl, sender bob@example.nl is not a "
	  "billing address (authenticated as bob)" },
	{ "null sender bounce to billing", NULL, NULL, "203.0.113.5", "", "billing@example.nl",
	  DM_DIRECTION_INCOMING,
	  "incoming: billing recipient billing@example.nl from outside client 203.0.113.5, "
	  "sender <>" },
	{ "null sender, no billing rcpt, internal", NULL, NULL, "127.0.0.1", "",
	  "x@example.nl", DM_DIRECTION_NONE,
	  "ignored: sender <> is not a billing address, no billing recipient" },
	{ "billing look-alike is not billing", "alice", NULL, "127.0.0.1",
	  "billing@example.nl.evil.example", "x@y.example", DM_DIRECTION_NONE,
	  "ignored: sender billing@example.nl.evil.example is not a billing address, "
	  "no billing recipient" },
	{ "second billing address, no recipients yet", "alice", NULL, "203.0.113.5",
	  "facturen@example.nl", "", DM_DIRECTION_OUTGOING,
	  "outgoing: authenticated as alice, sender facturen@example.nl" },
	/* VERP: our reminders leave as billing+tag@ and their bounces come back there. */
	{ "our VERP sender is the billing sender", NULL, NULL, "127.0.0.1",
	  "billing+dm-7-0123456789abcdef0123@example.nl", "klant@debtor.example",
	  DM_DIRECTION_OUTGOING, "outgoing: internal client 127.0.0.1 (loopback), sender "
	  "billing+dm-7-0123456789abcdef0123@example.nl" },
	{ "bounce to a VERP address is incoming", NULL, NULL, "203.0.113.5", "",
	  "Billing+dm-7-0123456789abcdef0123@Example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient Billing+dm-7-0123456789abcdef0123@Example.nl from "
	  "outside client 203.0.113.5, sender <>" },
	{ "any sub-address of billing is billing", NULL, NULL, "203.0.113.5", "x@y.example",
	  "facturen+anything@example.nl", DM_DIRECTION_INCOMING,
	  "incoming: billing recipient facturen+anything@example.nl from outside client "
	  "203.0.113.5, sender x@y.example" },
	{ "a tag on another local part is not billing", NULL, NULL, "203.0.113.5", "x@y.example",
	  "billingx+dm-7@example.nl", DM_DIRECTION_NONE,
	  "ignored: not internal, no billing recipient" },
	{ "a tag on another domain is not billing", NULL, NULL, "203.0.113.5", "x@y.example",
	  "billing+dm-7@example.nl.evil.example", DM_DIRECTION_NONE,
	  "ignored: not internal, no billing recipient" },
};

static DmConfig *
test_config(void)
{
	DmConfig *c = dm_config_new_default();
	GInetAddressMask *net = dm_netmask_parse("10.0.0.0/8", NULL);

	g_strfreev(c->billing_addresses);
	c->billing_addresses = g_new0(char *, 3);
	c->billing_addresses[0] = g_strdup("billing@example.nl");
	c->billing_addresses[1] = g_strdup("facturen@example.nl");
	g_assert_nonnull(net);
	g_ptr_array_add(c->internal_networks, net);
	return c;
}

static void
fill_sockaddr(const char *text, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	if (strcmp(text, "unix") == 0) {
		((struct sockaddr_un *)ss)->sun_family = AF_UNIX;
	} else if (strchr(text, ':') != NULL) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
		s6->sin6_family = AF_INET6;
		g_assert_cmpint(inet_pton(AF_INET6, text, &s6->sin6_addr), ==, 1);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
		s4->sin_family = AF_INET;
		g_assert_cmpint(inet_pton(AF_INET, text, &s4->sin_addr), ==, 1);
	}
}

static void
test_case(gconstpointer data)
{
	const Case *tc = data;
	g_autoptr(DmConfig) config = test_config();
	g_auto(GStrv) rcpts = g_strsplit(tc->rcpts, ",", -1);
	struct sockaddr_storage ss;
	g_autofree char *reason = NULL;
	DmDirectionInput in = {
		.auth_authen = tc->auth,
		.daemon_name = tc->daemon,
		.mail_from = tc->from,
		.rcpts = (const char *const *)rcpts,
		.n_rcpts = g_strv_length(rcpts),
	};

	if (tc->client != NULL) {
		fill_sockaddr(tc->client, &ss);
		in.client = (const struct sockaddr *)&ss;
	}
	DmDirection got = dm_direction_decide(config, &in, &reason);
	g_test_message("reason: %s", reason);
	g_assert_cmpstr(dm_direction_name(got), ==,
	                dm_direction_name(tc->expect));
	g_assert_cmpstr(reason, ==, tc->reason);
	/* The rule is pure: the same input gives the same answer without a reason. */
	g_assert_cmpint(dm_direction_decide(config, &in, NULL), ==, tc->expect);
}

static void
test_outgoing_does_not_depend_on_recipients(void)
{
	g_autoptr(DmConfig) config = test_config();
	const char *many[] = { "a@x.example", "billing@example.nl", "b@x.example" };
	DmDirectionInput in = { .auth_authen = "alice", .mail_from = "billing@example.nl" };

	/* The milter decides outgoing at MAIL FROM, before any recipient: later recipients
	 * must not change it. */
	g_assert_cmpint(dm_direction_decide(config, &in, NULL), ==, DM_DIRECTION_OUTGOING);
	in.rcpts = many;
	in.n_rcpts = G_N_ELEMENTS(many);
	g_assert_cmpint(dm_direction_decide(config, &in, NULL), ==, DM_DIRECTION_OUTGOING);
}

static void
test_trusted_submitter(void)
{
	g_autoptr(DmConfig) config = test_config();
	struct sockaddr_storage ss;
	g_autofree char *why = NULL;
	DmDirectionInput in = { 0 };

	fill_sockaddr("192.0.2.1", &ss);
	in.client = (const struct sockaddr *)&ss;
	g_assert_false(dm_direction_trusted_submitter(config, &in, &why));
	g_assert_cmpstr(why, ==, "client 192.0.2.1 is not internal and not authenticated");
	g_clear_pointer(&why, g_free);
	fill_sockaddr("::ffff:127.0.0.1", &ss);
	g_assert_true(dm_direction_trusted_submitter(config, &in, &why));
	g_assert_true(g_str_has_prefix(why, "internal client"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/direction/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/direction/outgoing-is-final", test_outgoing_does_not_depend_on_recipients);
	g_test_add_func("/direction/trusted-submitter", test_trusted_submitter);
	return g_test_run();
}
