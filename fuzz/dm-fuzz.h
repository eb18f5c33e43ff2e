/* dm-fuzz: what every fuzz target shares.
 *
 * A target is one file defining LLVMFuzzerTestOneInput over one pure entry point.  It is
 * linked twice: with libFuzzer (clang, `make fuzz`) to search for crashes, and with
 * regress_main.c (any compiler, `make check`) to replay every input that once crashed it,
 * kept in tests/fuzz-regressions/<target>/. */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <glib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Once per process, from every target: the parser's set-up, the log quiet (a fuzzer's
 * input earns warnings by the million), and a GLib critical or error turned into an abort,
 * because a failed g_return_if_fail is a bug the fuzzer found. */
void dm_fuzz_init(void);

/* (transfer none) a directory of this process's own, removed at exit. */
const char *dm_fuzz_tmpdir(void);

/* Writes @data to @name under dm_fuzz_tmpdir() (sub-directories made as needed);
 * (transfer full) its path.  Aborts when it cannot: the fuzzer's machine, not the input. */
char *dm_fuzz_write(const char *name, const uint8_t *data, size_t size);
