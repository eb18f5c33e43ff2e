/* dm-address: e-mail addresses as the envelope and headers carry them. */
#pragma once
#include <glib.h>

/* (transfer full) lower-cased addr-spec without <> or surrounding space; NULL when
 * @text holds no plausible address (no @, control characters, over 254 bytes). */
char *dm_address_normalize(const char *text);
/* (transfer none) the domain part of a normalized address, or NULL. */
const char *dm_address_domain(const char *address);
