/* ar-milter: a stand-in for OpenDKIM/OpenDMARC in the integration tests.
 *
 *   ar-milter SOCKET AUTHSERV-ID [FAIL-DOMAINS]
 *
 * At end of message it inserts, at the top of the header,
 *   Authentication-Results: AUTHSERV-ID; dmarc=pass (p=none) header.from=DOMAIN
 * where DOMAIN is the domain of the message's From header, or dmarc=fail when DOMAIN is in
 * the comma-separated FAIL-DOMAINS.  Postfix lists it before dunmail-milter, so the tests
 * can prove that dunmail's spool file sees headers an earlier milter added.
 *
 * It never judges anything for real and never rejects: test scaffolding only.  Start-up
 * errors go to stderr with exit status 1.
 */
#include <libmilter/mfapi.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

static const char *authserv_id;
static char **fail_domains;

/* One per MTA connection; the From domain of the message in progress. */
typedef struct {
	char domain[256];
} ArConn;

static sfsistat
ar_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr)
{
	smfi_setpriv(ctx, g_new0(ArConn, 1));
	return SMFIS_CONTINUE;
}

static sfsistat
ar_envfrom(SMFICTX *ctx, char **argv)
{
	ArConn *c = smfi_getpriv(ctx);
	if (c)
		c->domain[0] = '\0';
	return SMFIS_CONTINUE;
}

/* Copies the domain after the last '@' of @value, up to '>', white space or ')'. */
static void
extract_domain(const char *value, char *out, gsize out_len)
{
	const char *at = strrchr(value, '@');
	gsize n = 0;
	out[0] = '\0';
	if (!at)
		return;
	for (const char *p = at + 1; *p && n + 1 < out_len; p++) {
		if (*p == '>' || *p == ')' || *p == '"' || g_ascii_isspace(*p))
			break;
		out[n++] = g_ascii_tolower(*p);
	}
	out[n] = '\0';
}

static sfsistat
ar_header(SMFICTX *ctx, char *name, char *value)
{
	ArConn *c = smfi_getpriv(ctx);
	if (c && c->domain[0] == '\0' && g_ascii_strcasecmp(name, "From") == 0)
		extract_domain(value, c->domain, sizeof c->domain);
	return SMFIS_CONTINUE;
}

static gboolean
domain_fails(const char *domain)
{
	for (char **d = fail_domains; d && *d; d++)
		if (**d && g_ascii_strcasecmp(*d, domain) == 0)
			return TRUE;
	return FALSE;
}

static sfsistat
ar_eom(SMFICTX *ctx)
{
	ArConn *c = smfi_getpriv(ctx);
	const char *domain = (c && c->domain[0]) ? c->domain : "unknown.invalid";
	g_autofree char *value = g_strdup_printf("%s; dmarc=%s (p=none) header.from=%s",
	                                         authserv_id,
	                                         domain_fails(domain) ? "fail" : "pass", domain);
	smfi_insheader(ctx, 0, "Authentication-Results", value);
	return SMFIS_CONTINUE;
}

static sfsistat
ar_close(SMFICTX *ctx)
{
	/* close may be the only callback (a probe), so the pointer may be NULL. */
	g_free(smfi_getpriv(ctx));
	smfi_setpriv(ctx, NULL);
	return SMFIS_CONTINUE;
}

static struct smfiDesc ar_desc = {
	.xxfi_name = "ar-milter",
	.xxfi_version = SMFI_VERSION,
	.xxfi_flags = SMFIF_ADDHDRS,
	.xxfi_connect = ar_connect,
	.xxfi_envfrom = ar_envfrom,
	.xxfi_header = ar_header,
	.xxfi_eom = ar_eom,
	.xxfi_close = ar_close,
};

int
main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		g_printerr("usage: %s SOCKET AUTHSERV-ID [FAIL-DOMAIN,...]\n", argv[0]);
		return 2;
	}
	authserv_id = argv[2];
	fail_domains = g_strsplit(argc == 4 ? argv[3] : "", ",", -1);

	if (smfi_setconn(argv[1]) == MI_FAILURE || smfi_register(ar_desc) == MI_FAILURE ||
	    smfi_opensocket(1) == MI_FAILURE) {
		g_printerr("%s: cannot listen on %s\n", argv[0], argv[1]);
		return 1;
	}
	/* Postfix's smtpd/cleanup run as the postfix user: let it connect. */
	if (g_str_has_prefix(argv[1], "unix:"))
		g_chmod(argv[1] + 5, 0666);
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}
