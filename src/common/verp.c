/* verp: tagging our envelope sender and checking the tag a bounce comes back to
 * (dm-verp.h).  GLib's GHmac does the cryptography. */
#include "common/dm-verp.h"
#include "common/dm-address.h"

#include <string.h>

#define TAG_PREFIX "dm-"

char *
dm_verp_mac_hex(const char *input, const char *secret, gsize n_hex)
{
	g_autoptr(GHmac) hmac = g_hmac_new(G_CHECKSUM_SHA256, (const guchar *) secret,
	                                   strlen(secret));
	g_hmac_update(hmac, (const guchar *) input, (gssize) strlen(input));
	return g_strndup(g_hmac_get_string(hmac), n_hex);
}

/* (transfer full) the tag's MAC for @outbox_id: DM_VERP_MAC_HEX lower-case hex digits. */
static char *
verp_mac(gint64 outbox_id, const char *secret)
{
	g_autofree char *input = g_strdup_printf("dunmail-verp:%" G_GINT64_FORMAT, outbox_id);
	return dm_verp_mac_hex(input, secret, DM_VERP_MAC_HEX);
}

char *
dm_verp_address(const char *billing, gint64 outbox_id, const char *secret)
{
	g_return_val_if_fail(billing && secret && outbox_id > 0, NULL);
	const char *at = strrchr(billing, '@');
	g_return_val_if_fail(at != NULL, NULL);
	g_autofree char *mac = verp_mac(outbox_id, secret);
	return g_strdup_printf("%.*s+" TAG_PREFIX "%" G_GINT64_FORMAT "-%s%s", (int) (at - billing),
	                       billing, outbox_id, mac, at);
}

gboolean
dm_verp_mac_equal(const char *a, const char *b, gsize n)
{
	/* In time independent of where they differ: a forger learns nothing from how fast a
	 * guess is refused. */
	if (strlen(a) != n || strlen(b) != n)
		return FALSE;
	guchar diff = 0;
	for (gsize i = 0; i < n; i++)
		diff |= (guchar) (a[i] ^ b[i]);
	return diff == 0;
}

gboolean
dm_verp_verify(const char *address, const char *secret, gint64 *outbox_id)
{
	*outbox_id = 0;
	if (!secret || !*secret)
		return FALSE;
	g_autofree char *norm = dm_address_normalize(address);
	g_autofree char *tag = dm_address_tag(norm);
	if (!tag || !g_str_has_prefix(tag, TAG_PREFIX))
		return FALSE;
	const char *id_text = tag + strlen(TAG_PREFIX);
	const char *dash = strchr(id_text, '-');
	if (!dash || strlen(dash + 1) != DM_VERP_MAC_HEX)
		return FALSE;
	g_autofree char *digits = g_strndup(id_text, (gsize) (dash - id_text));
	guint64 id;
	if (!g_ascii_string_to_unsigned(digits, 10, 1, G_MAXINT64, &id, NULL))
		return FALSE;
	g_autofree char *mac = verp_mac((gint64) id, secret);
	if (!dm_verp_mac_equal(mac, dash + 1, DM_VERP_MAC_HEX))
		return FALSE;
	*outbox_id = (gint64) id;
	return TRUE;
}
