/* noop-milter: the floor any milter costs, for bench/.
 *
 *   noop-milter SOCKET
 *
 * It answers ACCEPT at the first RCPT TO, so the MTA sends it nothing more for that
 * message: what remains is the milter connection and its negotiation, one round trip (RCPT;
 * libmilter asks the MTA to skip connect, HELO and MAIL, which have no callback here) and
 * libmilter's thread per connection.  Start-up errors go to stderr with exit status 1.
 */
#include <libmilter/mfapi.h>
#include <glib.h>
#include <glib/gstdio.h>

static sfsistat
noop_envrcpt(SMFICTX *ctx, char **argv)
{
	return SMFIS_ACCEPT;
}

static struct smfiDesc noop_desc = {
	.xxfi_name = "noop-milter",
	.xxfi_version = SMFI_VERSION,
	.xxfi_flags = 0,
	.xxfi_envrcpt = noop_envrcpt,
};

int
main(int argc, char **argv)
{
	if (argc != 2) {
		g_printerr("usage: %s SOCKET\n", argv[0]);
		return 2;
	}
	if (smfi_setconn(argv[1]) == MI_FAILURE || smfi_register(noop_desc) == MI_FAILURE ||
	    smfi_opensocket(1) == MI_FAILURE) {
		g_printerr("%s: cannot listen on %s\n", argv[0], argv[1]);
		return 1;
	}
	/* Postfix's smtpd/cleanup run as the postfix user: let it connect. */
	if (g_str_has_prefix(argv[1], "unix:"))
		g_chmod(argv[1] + 5, 0666);
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}
