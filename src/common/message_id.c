/* message_id: the one Message-ID generator, shared by the milter (a Message-ID for an
 * outgoing invoice that has none, so replies can be threaded) and the mailer (reminders,
 * digests).
 *
 * The unique part is GMime's generator.  Linking GMime into the milter is acceptable: it
 * brings GIO, gpgme and libidn2, but none of poppler, SQLite or libcurl, which the milter
 * must never load (checked with ldd build/dunmail-milter).  The domain is always passed
 * in, because GMime would otherwise look this host's name up in the DNS, and the milter
 * never waits on the network.  The "dunmail." prefix tells our own Message-IDs apart when
 * a person reads a header.
 * Failures: none; an address without a domain falls back to this host's name. */
#include "common/dm-message-id.h"
#include "common/dm-address.h"

#include <gmime/gmime.h>

char *
dm_message_id_new(const char *address)
{
	g_autofree char *norm = dm_address_normalize(address);
	const char *domain = dm_address_domain(norm);
	if (domain == NULL)
		domain = g_get_host_name();
	g_autofree char *id = g_mime_utils_generate_message_id(domain);
	return g_strdup_printf("<dunmail.%s>", id);
}
