// A counting hook in front of glibc's allocator, for drift-bench's per-phase allocation
// figures. An executable that defines malloc & co. takes them over for every library it
// loads (the Swift runtime included); each definition counts, then calls glibc's __libc_*
// entry point, so behaviour is unchanged. Relaxed atomic adds: both cores may allocate.
#include <errno.h>
#include <stddef.h>
#include "alloc_counter.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static unsigned long long calls, bytes;

static inline void count(size_t n) {
    __atomic_add_fetch(&calls, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&bytes, (unsigned long long)n, __ATOMIC_RELAXED);
}

void *malloc(size_t n) { count(n); return __libc_malloc(n); }
void *calloc(size_t k, size_t n) { count(k * n); return __libc_calloc(k, n); }
void *realloc(void *p, size_t n) { count(n); return __libc_realloc(p, n); }
void free(void *p) { __libc_free(p); }
void *memalign(size_t a, size_t n) { count(n); return __libc_memalign(a, n); }
void *aligned_alloc(size_t a, size_t n) { count(n); return __libc_memalign(a, n); }
int posix_memalign(void **out, size_t a, size_t n) {
    count(n);
    void *p = __libc_memalign(a, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

void alloc_counter_read(unsigned long long *c, unsigned long long *b) {
    *c = __atomic_load_n(&calls, __ATOMIC_RELAXED);
    *b = __atomic_load_n(&bytes, __ATOMIC_RELAXED);
}
