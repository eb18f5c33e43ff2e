/* regress_main: replays every input under tests/fuzz-regressions/<target>/ through a fuzz
 * target's entry point, without libFuzzer, so the inputs that once crashed it stay fixed
 * under the normal, sanitizer and valgrind builds of `make check` (prints TAP).
 *
 *   test-fuzz-<target> [--tap] [DIR]     DIR defaults to tests/fuzz-regressions/<target>
 *
 * An input that crashes takes the program down: tests/run counts that as a failure. */
#include "dm-fuzz.h"

#include <stdio.h>
#include <string.h>

#ifndef DM_FUZZ_TARGET
#error "DM_FUZZ_TARGET (the target's name) must be defined"
#endif

static gint
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

int
main(int argc, char **argv)
{
	const char *dir = "tests/fuzz-regressions/" DM_FUZZ_TARGET;
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--tap") != 0)
			dir = argv[i];

	g_autoptr(GError) error = NULL;
	g_autoptr(GDir) d = g_dir_open(dir, 0, &error);
	if (!d) {
		printf("1..0 # SKIP %s\n", error->message);
		return 0;
	}
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	for (const char *n; (n = g_dir_read_name(d));)
		if (n[0] != '.' && strcmp(n, "README") != 0)
			g_ptr_array_add(names, g_strdup(n));
	g_ptr_array_sort(names, compare_names);

	dm_fuzz_init();
	printf("1..%u\n", names->len);
	fflush(stdout);
	for (guint i = 0; i < names->len; i++) {
		g_autofree char *path = g_build_filename(dir, names->pdata[i], NULL);
		g_autofree char *data = NULL;
		gsize len = 0;
		if (!g_file_get_contents(path, &data, &len, &error)) {
			printf("not ok %u - %s: %s\n", i + 1, path, error->message);
			g_clear_error(&error);
			continue;
		}
		LLVMFuzzerTestOneInput((const uint8_t *) data, len);
		printf("ok %u - %s (%zu bytes) runs through\n", i + 1, path, (size_t) len);
		fflush(stdout);
	}
	return 0;
}
