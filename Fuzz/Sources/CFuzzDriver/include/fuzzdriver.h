// libFuzzer's driver entry point (compiler-rt, linked by -sanitize=fuzzer).
#include <stdint.h>
#include <stddef.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
