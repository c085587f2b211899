// libFuzzer's driver entry point (compiler-rt, linked by -sanitize=fuzzer).
#include <stdint.h>
#include <stddef.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

// One call for every target's entry point: hands the process's arguments and the target's test
// function to libFuzzer's driver (which may rewrite argc/argv, hence the copies).
static inline int drift_fuzz_run(int argc, char **argv, int (*test)(const uint8_t *Data, size_t Size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, test);
}
