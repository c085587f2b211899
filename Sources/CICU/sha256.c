// sha256.c — SHA-256 (FIPS 180-4) for report content hashes (Foundation on Linux has no hash
// functions). Two block functions with the same result: portable C, and the x86 SHA extensions
// (SHA-NI, with SSSE3/SSE4.1), chosen at run time by CPUID. The SHA-NI one follows the
// structure of Intel's published sample (four rounds per sha256rnds2 pair, message schedule
// by sha256msg1/msg2); it hashes ~1.5 GB/s where the portable one does ~0.2 GB/s, which was
// 10% of reading and segmenting a large input (docs/benchmarks.md). No dependencies.
#include "cicu.h"
#include <string.h>
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>
#define CICU_HAVE_SHANI 1
#endif

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void block_portable(uint32_t h[8], const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[i * 4] << 24 | (uint32_t)p[i * 4 + 1] << 16 | (uint32_t)p[i * 4 + 2] << 8 | (uint32_t)p[i * 4 + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

#ifdef CICU_HAVE_SHANI
__attribute__((target("sha,sse4.1,ssse3")))
static void block_shani(uint32_t h[8], const uint8_t *p) {
    // State as the instructions want it: ABEF and CDGH.
    __m128i tmp = _mm_loadu_si128((const __m128i *)&h[0]);   // DCBA
    __m128i s1 = _mm_loadu_si128((const __m128i *)&h[4]);    // HGFE
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                      // CDAB
    s1 = _mm_shuffle_epi32(s1, 0x1B);                        // EFGH
    __m128i s0 = _mm_alignr_epi8(tmp, s1, 8);                // ABEF
    s1 = _mm_blend_epi16(s1, tmp, 0xF0);                     // CDGH
    const __m128i save0 = s0, save1 = s1;
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i w[4];
    for (int g = 0; g < 16; g++) {
        __m128i m;
        if (g < 4) {
            m = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), bswap);
        } else {
            // w[i] = σ1(w[i-2]) + w[i-7] + σ0(w[i-15]) + w[i-16], four words at a time.
            __m128i a = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
            a = _mm_add_epi32(a, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
            m = _mm_sha256msg2_epu32(a, w[(g + 3) & 3]);
        }
        w[g & 3] = m;
        __m128i mk = _mm_add_epi32(m, _mm_loadu_si128((const __m128i *)&K[4 * g]));
        s1 = _mm_sha256rnds2_epu32(s1, s0, mk);
        mk = _mm_shuffle_epi32(mk, 0x0E);
        s0 = _mm_sha256rnds2_epu32(s0, s1, mk);
    }
    s0 = _mm_add_epi32(s0, save0);
    s1 = _mm_add_epi32(s1, save1);
    tmp = _mm_shuffle_epi32(s0, 0x1B);                       // FEBA
    s1 = _mm_shuffle_epi32(s1, 0xB1);                        // DCHG
    s0 = _mm_blend_epi16(tmp, s1, 0xF0);                     // DCBA
    s1 = _mm_alignr_epi8(s1, tmp, 8);                        // HGFE
    _mm_storeu_si128((__m128i *)&h[0], s0);
    _mm_storeu_si128((__m128i *)&h[4], s1);
}

static int have_shani(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_SSSE3) || !(c & bit_SSE4_1)) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & bit_SHA) != 0;
}
#endif

typedef void (*block_fn)(uint32_t h[8], const uint8_t *p);

static void sha256_with(block_fn block, const uint8_t *data, int64_t len, uint8_t out[32]) {
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    int64_t full = len / 64 * 64;
    for (int64_t i = 0; i < full; i += 64) block(h, data + i);
    uint8_t tail[128];
    int64_t rest = len - full;
    if (rest > 0) memcpy(tail, data + full, (size_t)rest);
    tail[rest] = 0x80;
    int64_t tl = rest + 1 <= 56 ? 64 : 128;
    memset(tail + rest + 1, 0, (size_t)(tl - rest - 1));
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++) tail[tl - 1 - i] = (uint8_t)(bits >> (8 * i));
    for (int64_t i = 0; i < tl; i += 64) block(h, tail + i);
    for (int i = 0; i < 8; i++) {
        out[i * 4] = (uint8_t)(h[i] >> 24); out[i * 4 + 1] = (uint8_t)(h[i] >> 16);
        out[i * 4 + 2] = (uint8_t)(h[i] >> 8); out[i * 4 + 3] = (uint8_t)h[i];
    }
}

void cicu_sha256_portable(const uint8_t *data, int64_t len, uint8_t out[32]) {
    sha256_with(block_portable, data, len, out);
}

int cicu_sha256_accelerated(void) {
#ifdef CICU_HAVE_SHANI
    static int cached = -1; // -1: not asked yet (relaxed atomics: every thread computes the same)
    int v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (v < 0) { v = have_shani(); __atomic_store_n(&cached, v, __ATOMIC_RELAXED); }
    return v;
#else
    return 0;
#endif
}

void cicu_sha256(const uint8_t *data, int64_t len, uint8_t out[32]) {
#ifdef CICU_HAVE_SHANI
    if (cicu_sha256_accelerated()) { sha256_with(block_shani, data, len, out); return; }
#endif
    sha256_with(block_portable, data, len, out);
}
