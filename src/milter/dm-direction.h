/* dm-direction: the one rule that decides whether a message is an outgoing invoice
 * candidate, an incoming reply, or none of our business (see notes/milter.md).
 *
 *   outgoing = the submitter is trusted (SASL login, an originating {daemon_name}, or an
 *              internal client: loopback, a configured network, or no address at all as on
 *              the sendmail(1) path) AND the envelope sender is a billing address;
 *   incoming = not outgoing AND a billing address is among the envelope recipients;
 *   none     = anything else.
 *
 * A sender address alone never makes mail outgoing: a spoofed billing MAIL FROM from an
 * outside client must not be tracked as an invoice.  Pure: no I/O, no logging.
 */
#pragma once
#include <glib.h>
#include <sys/socket.h>
#include "common/dm-config.h"
#include "common/dm-spool.h"

typedef struct {
	const char *auth_authen;          /* (nullable) {auth_authen}; "" counts as none */
	const char *daemon_name;          /* (nullable) {daemon_name} */
	const struct sockaddr *client;    /* (nullable) NULL = no address (local submission) */
	const char *mail_from;            /* (nullable) envelope sender, with or without <> */
	const char *const *rcpts;         /* (nullable) envelope recipients */
	gsize n_rcpts;
} DmDirectionInput;

/* Decides the direction.  When @reason is not NULL it receives (transfer full) a short
 * human explanation for the log ("outgoing: authenticated as alice, sender billing@x");
 * it embeds envelope values unsanitized, so sanitize it before logging. */
DmDirection dm_direction_decide(const DmConfig *config, const DmDirectionInput *in,
                                char **reason);

/* TRUE when the submitter counts as ours (login, originating daemon or internal client).
 * When @why is not NULL it receives (transfer full) the reason ("authenticated as alice",
 * "internal client 127.0.0.1", ...) or, when FALSE, what the client is ("client
 * 203.0.113.5 is not internal and not authenticated"). */
gboolean dm_direction_trusted_submitter(const DmConfig *config, const DmDirectionInput *in,
                                        char **why);
