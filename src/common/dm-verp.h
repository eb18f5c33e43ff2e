/* dm-verp: the envelope sender of dunmail's own mail, which proves a bounce answers it.
 *
 * Every reminder and digest leaves with the envelope sender
 *
 *     <billing local part>+dm-<outbox id>-<mac>@<billing domain>
 *
 * (VERP: Postfix's recipient_delimiter = + delivers it to the billing mailbox).  <mac> is
 * the first DM_VERP_MAC_HEX hex digits (80 bits) of HMAC-SHA-256 over "dunmail-verp:<id>"
 * with the secret of `[mail] verp_secret` (or, when that is not set, the one dunmail
 * generated once into the ledger).  A bounce sent to such an address with a tag that
 * verifies answers our own outbox row <id>: only the holder of the secret can make one,
 * whatever the bounce's From or DMARC result says.  Pure; hex in lower case because
 * addresses are compared lower-cased.
 */
#pragma once
#include <glib.h>

#define DM_VERP_SECRET_MIN 16       /* bytes: shorter is a configuration error */
#define DM_VERP_MAC_HEX 20

/* (transfer full) the VERP envelope sender for outbox row @outbox_id from @billing
 * (a normalized address). */
char *dm_verp_address(const char *billing, gint64 outbox_id, const char *secret);

/* TRUE when @address (any case, with or without <>) carries a dunmail tag whose MAC
 * verifies with @secret; *@outbox_id then holds the row it names.  FALSE for no tag, a
 * malformed one or a wrong MAC (compared in constant time). */
gboolean dm_verp_verify(const char *address, const char *secret, gint64 *outbox_id);

/* (transfer full) the first @n_hex (<= 64) lower-case hex digits of HMAC-SHA-256 over
 * @input with @secret: the MAC of every tag dunmail signs (this one, dm-command-token.h). */
char *dm_verp_mac_hex(const char *input, const char *secret, gsize n_hex);

/* TRUE when @a and @b are both @n long and equal, compared in constant time. */
gboolean dm_verp_mac_equal(const char *a, const char *b, gsize n);
