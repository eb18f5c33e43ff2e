/* fuzz_spool: a spool file's envelope block (doc/spool.md), as dunmaild reads every file
 * it claims.  The writer sanitizes every value (one line stays one line, UTF-8 stays
 * valid), so what any file reads as, written back, is a normal form: reading and writing
 * that again must give the same bytes, and every recipient must survive. */
#include "dm-fuzz.h"

#include <string.h>

#include "common/dm-spool.h"

/* (transfer full) @data read and written back; NULL when it does not read. */
static GString *
normalize(const char *data, gsize len, guint *n_rcpts)
{
	g_autoptr(DmEnvelope) env = NULL;
	gsize offset = 0;
	if (!dm_envelope_parse(data, len, &env, &offset, NULL))
		return NULL;
	g_assert(offset <= len);
	*n_rcpts = env->rcpt_to->len;
	GString *out = g_string_new(NULL);
	dm_envelope_write(env, out);
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	guint n1 = 0, n2 = 0;
	g_autoptr(GString) once = normalize((const char *) data, size, &n1);
	if (!once)
		return 0;
	g_autoptr(GString) twice = normalize(once->str, once->len, &n2);
	g_assert(twice != NULL);
	g_assert_cmpuint(n2, ==, n1);
	g_assert(g_string_equal(once, twice));
	return 0;
}
