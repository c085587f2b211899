#ifndef ALLOC_COUNTER_H
#define ALLOC_COUNTER_H

/// Allocations made by this process so far: calls to malloc, calloc, realloc, posix_memalign,
/// aligned_alloc and memalign, and the bytes they asked for. Linked into drift-bench only:
/// it defines those functions (counting, then calling glibc's own) for the whole process.
void alloc_counter_read(unsigned long long *calls, unsigned long long *bytes);

#endif
