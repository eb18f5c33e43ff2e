/* dm-bounce-message-id: the shape of a message-ID a delivery report names a mail by
 * (bounce_message_id.c).  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* (transfer full) the message-ID a header's @value (nullable: a returned part's
 * Message-ID, a report's In-Reply-To, a notification's Original-Message-ID) holds, with
 * <>, or NULL when it holds none that could name a mail (no '@', too long, white space or
 * brackets left inside once decoded). */
char *dm_bounce_message_id(const char *value);
