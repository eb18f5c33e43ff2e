/* dm-command-token: the secret token that lets the owner's reply to a digest command
 * dunmail.
 *
 * Each digest goes out with a Reply-To of
 *
 *     <billing local part>+dmc-<outbox id>-<expiry YYYYMMDD>-<mac>@<billing domain>
 *
 * where <mac> is the first DM_VERP_MAC_HEX hex digits of HMAC-SHA-256 over
 * "dunmail-digest-reply:<outbox id>:<expiry>" with the VERP secret (dm-verp.h,
 * dm-verp-secret.h).  The owner's reply goes to that address (Postfix's
 * recipient_delimiter = + delivers it to the billing mailbox, and the milter spools it
 * like any mail to a billing address); the token proves the reply answers that digest
 * and nothing else, until the end of the expiry day.  Only the holder of the secret can
 * make one.  Pure.
 */
#pragma once
#include <glib.h>

#define DM_COMMAND_TOKEN_PREFIX "dmc-"

typedef enum {
	DM_COMMAND_TOKEN_NONE,      /* no dmc- tag on the address */
	DM_COMMAND_TOKEN_INVALID,   /* a dmc- tag that is malformed or whose MAC fails */
	DM_COMMAND_TOKEN_EXPIRED,   /* it verifies, but its day has passed */
	DM_COMMAND_TOKEN_VALID,
} DmCommandToken;

/* (transfer full) the Reply-To address for digest outbox row @digest_id, valid to the end
 * of @expires, from @billing (a normalized address). */
char *dm_command_token_address(const char *billing, gint64 digest_id, const GDate *expires,
                               const char *secret);

/* What @address (any case, with or without <>) carries, checked with @secret (nullable:
 * then every token is INVALID) on day @today.  For VALID and EXPIRED, *@digest_id and
 * *@expires (may be NULL) say which digest and until when. */
DmCommandToken dm_command_token_check(const char *address, const char *secret,
                                      const GDate *today, gint64 *digest_id, GDate *expires);
