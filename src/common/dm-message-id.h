/* dm-message-id: new Message-IDs for the mail dunmail writes or completes. */
#pragma once
#include <glib.h>

/* (transfer full) a fresh, unique Message-ID with angle brackets, "<dunmail.…@domain>",
 * in the domain of @address (an envelope or header address, nullable), else in this
 * host's name.  Never waits on the network. */
char *dm_message_id_new(const char *address);
