/* fuzz_config: the configuration file (dm_config_load, the same loader all three programs
 * use), written to a file of this process's own since the loader reads a path. */
#include "dm-fuzz.h"

#include "common/dm-config.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	g_autofree char *path = dm_fuzz_write("dunmail.conf", data, size);
	g_autoptr(GError) error = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &error);
	g_assert((c == NULL) != (error == NULL));
	if (c) {
		g_assert(c->billing_addresses && c->billing_addresses[0]);
		dm_config_is_billing_address(c, c->billing_addresses[0]);
	}
	return 0;
}
