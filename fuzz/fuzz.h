/* fuzz: the libFuzzer entry points every harness defines.  No include guard
 * on purpose: the replay test includes each harness under renamed entry
 * points (see tests/unit/test_fuzz_replay.c). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#ifndef FUZZ_CHECK
/* A broken promise of an interface is a finding, like a crash. */
#define FUZZ_CHECK(cond) do { if (!(cond)) { \
        fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
        abort(); } } while (0)
#endif
