/* bounce_message_id: the one test of a message-ID's shape for every header a delivery
 * report names a mail by (bounce.c's returned parts and In-Reply-To, bounce_mdn.c's
 * Original-Message-ID).  The ID is matched against the outbox later, so whatever could not
 * be one of ours (no '@', too long, white space or brackets inside) is no ID at all; one
 * test keeps the three from drifting apart.  A stricter bound than dm_message_id's
 * (parser/mime): there any ID worth answering is kept, here only one a mail could have. */
#include "parser/reply/dm-bounce-message-id.h"

#include <gmime/gmime.h>
#include <string.h>

char *
dm_bounce_message_id(const char *value)
{
	g_autofree char *id = value ? g_mime_utils_decode_message_id(value) : NULL;
	if (id && strchr(id, '@') && strlen(id) < 250 && !strpbrk(id, "<> \t"))
		return g_strdup_printf("<%s>", id);
	return NULL;
}
