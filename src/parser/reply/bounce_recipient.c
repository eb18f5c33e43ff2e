/* bounce_recipient: of the addresses a delivery report says failed, the one dunmail wrote
 * to.  A report may name several (the reminder went to the debtor and a copy to the
 * bookkeeper, and both failed), or only an address the debtor's server made of the one
 * dunmail wrote to (a forward to a private mailbox that refuses, an alias's member, the
 * target of a forwarding service): the message the report returns says which address
 * dunmail wrote to, and that is the address the invoice names.
 * Failure classes: none; no address gives NULL. */
#include "parser/reply/dm-bounce-recipient.h"

#include <string.h>

static gboolean
holds(const GPtrArray *addresses, const char *address)
{
	for (guint i = 0; addresses && i < addresses->len; i++)
		if (g_ascii_strcasecmp(g_ptr_array_index(addresses, i), address) == 0)
			return TRUE;
	return FALSE;
}

char *
dm_bounce_recipient_choose(const GPtrArray *failed, const GPtrArray *written, const char *written_to,
                           gboolean forwarded)
{
	if (failed == NULL || failed->len == 0)
		return NULL;
	/* The returned message's one To, among the failed: the debtor's own address. */
	if (written_to && holds(failed, written_to))
		return g_strdup(written_to);
	/* Else the first failed address the message was written to (To or Cc). */
	for (guint i = 0; i < failed->len; i++)
		if (holds(written, g_ptr_array_index(failed, i)))
			return g_strdup(g_ptr_array_index(failed, i));
	/* None of them was written to, and the report says the debtor's server forwarded or
	 * expanded the one address dunmail wrote to: it names what it made of it.  (Without
	 * that word a To that differs says nothing: a list, a Bcc, headers rewritten.) */
	if (forwarded && written_to && written && written->len > 0)
		return g_strdup(written_to);
	return g_strdup(g_ptr_array_index(failed, 0));
}
