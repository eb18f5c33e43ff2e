/* fuzz_authres: Authentication-Results (RFC 8601) as our MTA or a stranger writes them.
 *
 * The input is the header block of a message (up to its first empty line, or all of it);
 * a short From and body are added when missing, so that nearly every input reaches the
 * header parser rather than stopping at "no usable From address". */
#include "dm-fuzz.h"

#include <string.h>

#include "parser/mime/dm-authres.h"
#include "parser/mime/dm-message.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	g_autoptr(GString) text = g_string_new_len((const char *) data, (gssize) size);
	if (!g_strstr_len(text->str, (gssize) text->len, "From:"))
		g_string_prepend(text, "From: Debtor <debtor@example.nl>\n");
	g_string_append(text, "\n\nbody\n");
	g_autoptr(GMimeMessage) msg = dm_message_parse(text->str, text->len, NULL);
	if (!msg)
		return 0;
	static const char *const ids[] = { "mx.acme.example", "", NULL };
	for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
		DmAuthVerdict v;
		dm_authres_check(msg, ids[i], &v);
		g_assert(!v.verified || v.method != NULL);
		dm_auth_verdict_clear(&v);
	}
	return 0;
}
