/* dm-address: e-mail addresses as the envelope and headers carry them. */
#pragma once
#include <glib.h>

/* (transfer full) lower-cased addr-spec without <> or surrounding space; NULL when
 * @text holds no plausible address (no @, control characters, over 254 bytes). */
char *dm_address_normalize(const char *text);
/* (transfer none) the domain part of a normalized address, or NULL. */
const char *dm_address_domain(const char *address);
/* (transfer full) @address without its sub-address: the part of the local part from the
 * first '+' (Postfix's recipient_delimiter) up to the '@' removed, so that
 * "billing+tag@x.nl" gives "billing@x.nl"; a copy of @address when it has none.  @tag_out
 * (nullable) receives the tag without the '+' (transfer full), or NULL.  NULL when
 * @address is no normalized address. */
char *dm_address_untagged(const char *address, char **tag_out);
/* (transfer full) the sub-address of @address (nullable) without its '+' ("dm-12-ab" of
 * "billing+dm-12-ab@x.nl"), or NULL when it has none or is no normalized address. */
char *dm_address_tag(const char *address);
/* TRUE when @a and @b (normalized, nullable) are one mailbox, whatever the sub-address
 * after a '+' ("billing+dm-12-…@firm.nl" is "billing@firm.nl": a reminder's return path
 * in a report's own words). */
gboolean dm_address_same_mailbox(const char *a, const char *b);
/* TRUE when @domain (lower case) is a free-mail provider's ("gmail.com", "hotmail.co.uk",
 * "ziggo.nl"): its mailboxes are persons' own, its name no firm's, and two mailboxes on it
 * share no organisation. */
gboolean dm_address_free_mail_domain(const char *domain);
