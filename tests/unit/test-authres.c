/* test-authres: dm_authres_check on a table of header sets: our authserv-id against a
 * foreign (forged) one, dmarc/dkim/spf pass and fail, alignment, comments, quoting,
 * folding, CR/LF and garbage. */
#include "parser/mime/dm-authres.h"
#include "parser/mime/dm-message.h"

#include <string.h>

#define OURS "mx.dunmail.test"

typedef struct {
	const char *name;
	const char *from;           /* From header value */
	const char *headers;        /* extra header lines, each ending in \n */
	gboolean verified;
	const char *method;         /* expected method or NULL */
} AuthCase;

static const AuthCase cases[] = {
	{ "dmarc pass", "Jan <jan@klant.nl>",
	  "Authentication-Results: mx.dunmail.test; dmarc=pass (p=none dis=none) header.from=klant.nl\n",
	  TRUE, "dmarc" },
	{ "dkim pass aligned", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test;\n\tdkim=pass (2048-bit key) header.d=klant.nl header.i=@klant.nl header.b=abc\n",
	  TRUE, "dkim" },
	{ "dkim pass subdomain (relaxed)", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=pass header.d=mail.klant.nl\n",
	  TRUE, "dkim" },
	{ "dkim pass by header.i", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=pass header.i=jan@klant.nl\n",
	  TRUE, "dkim" },
	{ "dkim pass other domain", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=pass header.d=mailchimp.com\n",
	  FALSE, NULL },
	{ "dkim pass public suffix", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=pass header.d=nl\n",
	  FALSE, NULL },
	{ "spf pass aligned", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; spf=pass smtp.mailfrom=bounces@klant.nl\n",
	  TRUE, "spf" },
	{ "spf pass unaligned", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; spf=pass smtp.mailfrom=evil.example\n",
	  FALSE, NULL },
	{ "all fail", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dmarc=fail header.from=klant.nl; dkim=fail header.d=klant.nl; spf=softfail smtp.mailfrom=klant.nl\n",
	  FALSE, NULL },
	{ "forged foreign authserv-id", "jan@klant.nl",
	  "Authentication-Results: mx.evil.example; dmarc=pass header.from=klant.nl; dkim=pass header.d=klant.nl\n",
	  FALSE, NULL },
	{ "foreign id as prefix of ours", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test.evil.example; dmarc=pass header.from=klant.nl\n",
	  FALSE, NULL },
	{ "ours among foreign", "jan@klant.nl",
	  "Authentication-Results: mx.evil.example; dmarc=pass header.from=klant.nl\n"
	  "Authentication-Results: MX.DUNMAIL.TEST 1; spf=pass smtp.mailfrom=klant.nl\n",
	  TRUE, "spf" },
	{ "dmarc pass for another from", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dmarc=pass header.from=other.example\n",
	  FALSE, NULL },
	{ "comment hides a pass", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=fail (dkim=pass header.d=klant.nl) header.d=klant.nl\n",
	  FALSE, NULL },
	{ "comment before the id", "jan@klant.nl",
	  "Authentication-Results: (our mta) mx.dunmail.test (v1); dkim = pass header.d=\"klant.nl\"\n",
	  TRUE, "dkim" },
	{ "none", "jan@klant.nl", "Authentication-Results: mx.dunmail.test; none\n", FALSE, NULL },
	/* Our MTA's milters insert at the top; a sender's forged header with our id sits
	 * lower and must not override what our MTA found. */
	{ "forged pass below our fail", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dmarc=fail header.from=klant.nl\n"
	  "Received: from bot.example by mx.dunmail.test\n"
	  "Authentication-Results: mx.dunmail.test; dmarc=pass header.from=klant.nl\n",
	  FALSE, NULL },
	{ "our pass above a forged fail", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dmarc=pass header.from=klant.nl\n"
	  "Authentication-Results: mx.dunmail.test; dmarc=fail header.from=klant.nl\n",
	  TRUE, "dmarc" },
	{ "garbage", "jan@klant.nl",
	  "Authentication-Results: ;;;==;(((;dkim=\n", FALSE, NULL },
	{ "empty", "jan@klant.nl", "Authentication-Results: \n", FALSE, NULL },
	{ "no headers", "jan@klant.nl", "", FALSE, NULL },
	{ "CR LF injected into value", "jan@klant.nl",
	  "Authentication-Results: mx.dunmail.test; dkim=pass header.d=klant.nl\r\n\tX-Evil: 1\r\n",
	  TRUE, "dkim" },
	{ "no from", NULL,
	  "Authentication-Results: mx.dunmail.test; dmarc=pass\n", FALSE, NULL },
};

static GMimeMessage *
build(const AuthCase *c)
{
	GString *s = g_string_new(c->headers);
	if (c->from)
		g_string_append_printf(s, "From: %s\n", c->from);
	g_string_append(s, "To: debiteuren@dunmail.test\nSubject: test\n\nhallo\n");
	GError *error = NULL;
	GMimeMessage *msg = dm_message_parse(s->str, s->len, &error);
	g_assert_no_error(error);
	g_string_free(s, TRUE);
	return msg;
}

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const AuthCase *c = &cases[i];
		GMimeMessage *msg = build(c);
		DmAuthVerdict v;
		dm_authres_check(msg, OURS, &v);
		if (v.verified != c->verified || g_strcmp0(v.method, c->method) != 0)
			g_error("case \"%s\": verified=%d method=%s detail=%s", c->name, v.verified,
			        v.method, v.detail);
		g_assert_nonnull(v.detail);
		/* The detail goes to logs and the digest: never a line break. */
		g_assert_null(strpbrk(v.detail, "\r\n"));
		dm_auth_verdict_clear(&v);
		g_assert_null(v.method);
		g_object_unref(msg);
	}
}

static void
test_no_authserv_id(void)
{
	GMimeMessage *msg = build(&cases[0]);
	DmAuthVerdict v;
	dm_authres_check(msg, NULL, &v);
	g_assert_false(v.verified);
	dm_auth_verdict_clear(&v);
	dm_authres_check(msg, "", &v);
	g_assert_false(v.verified);
	dm_auth_verdict_clear(&v);
	g_object_unref(msg);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/authres/table", test_table);
	g_test_add_func("/authres/no-authserv-id", test_no_authserv_id);
	return g_test_run();
}
