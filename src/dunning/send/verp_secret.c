/* verp_secret: the secret of our VERP tags, from the configuration or the ledger
 * (dm-verp-secret.h). */
#include "dunning/send/dm-verp-secret.h"

#include <errno.h>
#include <gio/gio.h>
#include <sys/random.h>

#define META_VERP_SECRET "verp_secret"
#define GENERATED_BYTES 24

gboolean
dm_verp_secret_get(const DmConfig *config, DmLedger *ledger, char **secret_out,
                   GError **error)
{
	*secret_out = NULL;
	if (config->verp_secret) {
		*secret_out = g_strdup(config->verp_secret);
		return TRUE;
	}
	return dm_ledger_meta_get(ledger, META_VERP_SECRET, secret_out, error);
}

/* (transfer full) GENERATED_BYTES from the kernel's random source, as hex; NULL with
 * @error when it cannot give them. */
static char *
random_secret(GError **error)
{
	guchar bytes[GENERATED_BYTES];
	gsize got = 0;
	while (got < sizeof bytes) {
		ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = errno;
			g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e),
			            "cannot make a VERP secret: getrandom: %s", g_strerror(e));
			return NULL;
		}
		got += (gsize) n;
	}
	GString *hex = g_string_sized_new(2 * sizeof bytes);
	for (gsize i = 0; i < sizeof bytes; i++)
		g_string_append_printf(hex, "%02x", bytes[i]);
	return g_string_free(hex, FALSE);
}

gboolean
dm_verp_secret_ensure(const DmConfig *config, DmLedger *ledger, char **secret_out,
                      GError **error)
{
	if (!dm_verp_secret_get(config, ledger, secret_out, error))
		return FALSE;
	if (*secret_out)
		return TRUE;
	g_autofree char *fresh = random_secret(error);
	if (!fresh || !dm_ledger_begin(ledger, error))
		return FALSE;
	/* Read again under the write lock: another writer may have made one meanwhile. */
	g_autofree char *stored = NULL;
	if (!dm_ledger_meta_get(ledger, META_VERP_SECRET, &stored, error) ||
	    (!stored && !dm_ledger_meta_set(ledger, META_VERP_SECRET, fresh, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	*secret_out = stored ? g_steal_pointer(&stored) : g_steal_pointer(&fresh);
	return TRUE;
}
