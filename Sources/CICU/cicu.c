// cicu.c — the only file that includes ICU headers. See include/cicu.h.
#include "cicu.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
#include <unicode/uset.h>
#include <unicode/uspoof.h>
#include <pthread.h>

static int32_t err_code(UErrorCode e) { return -1 - (int32_t)e; }

// One code point of UTF-8 at text[i] (i < len): its value and its length in bytes. A byte
// that does not start a well-formed sequence is U+FFFD of length 1. The conversion to UTF-16
// and the walk back from UTF-16 indices to UTF-8 offsets both read the text with this, so they
// agree on every input, valid or not.
static inline int32_t u8_next(const uint8_t *t, int32_t len, int32_t i, uint32_t *cp) {
    uint32_t c = t[i];
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (t[i + 1] & 0xC0) == 0x80) {
        *cp = (c & 0x1F) << 6 | (t[i + 1] & 0x3F); return 2;
    }
    if (c >= 0xE0 && c <= 0xEF && i + 2 < len && (t[i + 1] & 0xC0) == 0x80 && (t[i + 2] & 0xC0) == 0x80) {
        uint32_t v = (c & 0x0F) << 12 | (uint32_t)(t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F);
        if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { *cp = v; return 3; }
    }
    if (c >= 0xF0 && c <= 0xF4 && i + 3 < len && (t[i + 1] & 0xC0) == 0x80 && (t[i + 2] & 0xC0) == 0x80 && (t[i + 3] & 0xC0) == 0x80) {
        uint32_t v = (c & 0x07) << 18 | (uint32_t)(t[i + 1] & 0x3F) << 12 | (uint32_t)(t[i + 2] & 0x3F) << 6 | (t[i + 3] & 0x3F);
        if (v >= 0x10000 && v <= 0x10FFFF) { *cp = v; return 4; }
    }
    *cp = 0xFFFD; return 1;
}

static inline int ascii8(const uint8_t *t) {
    uint64_t x; memcpy(&x, t, 8);
    return (x & 0x8080808080808080ULL) == 0;
}

// The break iterator runs over UTF-16: ICU's UTF-8 UText maps every access back and forth,
// which made breaking ~1.9x slower on news text (50 MB: 0.58 s against 0.30 s, measured with
// ICU alone); this conversion and the walk back are ~3% of segmenting (docs/benchmarks.md).
// Long texts are broken in chunks of at least `chunk` bytes that end just after a line feed
// (cicu_sentence_chunk_end): a sentence always ends after one (UAX #29 SB4, which the
// abbreviation filter never suppresses: it looks back from a break for "Mr. " and the like),
// and the iterator reads forward from a boundary, so each chunk gives the breaks the whole
// text has there. One UTF-16 buffer the size of a chunk is reused (a 10 MB text no longer
// needs 20 MB of fresh, page-faulted memory, and ICU reads text still in the cache). The
// chunk size is the caller's (`ICU.breakChunkBytes`, with its scale and reason).

int32_t cicu_sentence_chunk_end(const char *text, int32_t len, int32_t from, int32_t chunk) {
    const uint8_t *t = (const uint8_t *)text;
    if (chunk < 1) chunk = 1;
    if (len - from <= chunk) return len;
    // The chunk: up to the first line feed at or after from + chunk (inclusive).
    const uint8_t *nl = memchr(t + from + chunk - 1, '\n', (size_t)(len - from - chunk + 1));
    if (nl && nl + 1 < t + len) return (int32_t)(nl - t) + 1;
    return len;
}

int32_t cicu_sentence_breaks(const char *text, int32_t len, const char *locale, int32_t chunk,
                             int32_t *out, int32_t cap) {
    const uint8_t *t = (const uint8_t *)text;
    UBreakIterator *bi = NULL;
    UChar *u = NULL;
    int32_t ucap = 0, n = 0;
    for (int32_t c0 = 0; c0 < len;) {
        int32_t c1 = cicu_sentence_chunk_end(text, len, c0, chunk);
        int32_t clen = c1 - c0;
        if (clen + 1 > ucap) {
            free(u);
            ucap = clen + 1;
            u = (UChar *)malloc(sizeof(UChar) * (size_t)ucap);
            if (!u) { if (bi) ubrk_close(bi); return -1; }
        }
        const uint8_t *ct = t + c0;
        int32_t n16 = 0;
        for (int32_t i = 0; i < clen;) {
            if (i + 8 <= clen && ascii8(ct + i)) {
                for (int k = 0; k < 8; k++) u[n16 + k] = ct[i + k];
                n16 += 8; i += 8; continue;
            }
            uint32_t cp;
            i += u8_next(ct, clen, i, &cp);
            if (cp >= 0x10000) { u[n16++] = (UChar)(0xD7C0 + (cp >> 10)); u[n16++] = (UChar)(0xDC00 | (cp & 0x3FF)); }
            else u[n16++] = (UChar)cp;
        }
        UErrorCode st = U_ZERO_ERROR;
        if (!bi) bi = ubrk_open(UBRK_SENTENCE, locale, u, n16, &st);
        else ubrk_setText(bi, u, n16, &st);
        if (U_FAILURE(st)) { if (bi) ubrk_close(bi); free(u); return err_code(st); }
        int32_t i8 = 0, i16 = 0;
        for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
            // Walk the UTF-8 text to the code point that starts at UTF-16 index b.
            while (i16 < b && i8 < clen) {
                if (i16 + 8 <= b && i8 + 8 <= clen && ascii8(ct + i8)) { i8 += 8; i16 += 8; continue; }
                uint32_t cp;
                i8 += u8_next(ct, clen, i8, &cp);
                i16 += cp >= 0x10000 ? 2 : 1;
            }
            if (n < cap) out[n] = c0 + i8;
            n++;
        }
        c0 = c1;
    }
    if (bi) ubrk_close(bi);
    free(u);
    return n;
}

// UTF-8 -> UTF-16 into a malloc'd buffer; returns NULL on failure.
static UChar *to_u16(const char *text, int32_t len, int32_t *ulen) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = 0;
    u_strFromUTF8WithSub(NULL, 0, &need, text, len, 0xFFFD, NULL, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st)) return NULL;
    st = U_ZERO_ERROR;
    UChar *u = (UChar *)malloc(sizeof(UChar) * (size_t)(need + 1));
    if (!u) return NULL;
    u_strFromUTF8WithSub(u, need + 1, ulen, text, len, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) { free(u); return NULL; }
    return u;
}

static int32_t from_u16(const UChar *u, int32_t ulen, char *out, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = 0;
    u_strToUTF8WithSub(out, cap, &need, u, ulen, 0xFFFD, NULL, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR || st == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(st)) return need;
    return err_code(st);
}

int32_t cicu_nfkc_casefold(const char *text, int32_t len, char *out, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n2 = unorm2_getNFKCCasefoldInstance(&st);
    if (U_FAILURE(st)) return err_code(st);
    int32_t ulen = 0;
    UChar *u = to_u16(text, len, &ulen);
    if (!u) return -1;
    int32_t need = unorm2_normalize(n2, u, ulen, NULL, 0, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st)) { free(u); return err_code(st); }
    st = U_ZERO_ERROR;
    UChar *v = (UChar *)malloc(sizeof(UChar) * (size_t)(need + 1));
    if (!v) { free(u); return -1; }
    int32_t vlen = unorm2_normalize(n2, u, ulen, v, need + 1, &st);
    free(u);
    if (U_FAILURE(st)) { free(v); return err_code(st); }
    int32_t r = from_u16(v, vlen, out, cap);
    free(v);
    return r;
}

int32_t cicu_detect_charset(const char *bytes, int32_t len, char *name, int32_t cap,
                            int32_t *confidence) {
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&st);
    if (U_FAILURE(st)) return err_code(st);
    ucsdet_setText(d, bytes, len, &st);
    const UCharsetMatch *m = ucsdet_detect(d, &st);
    if (U_FAILURE(st) || !m) { ucsdet_close(d); return U_FAILURE(st) ? err_code(st) : -1; }
    const char *n = ucsdet_getName(m, &st);
    int32_t c = ucsdet_getConfidence(m, &st);
    if (U_FAILURE(st) || !n) { ucsdet_close(d); return -1; }
    strncpy(name, n, (size_t)cap - 1);
    name[cap - 1] = 0;
    *confidence = c;
    ucsdet_close(d);
    return 0;
}

int32_t cicu_to_utf8(const char *charset, const char *bytes, int32_t len, char *out, int32_t cap,
                     int32_t strict, int32_t *bad_offset) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &st);
    if (U_FAILURE(st)) return err_code(st);
    if (strict) {
        ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
        if (U_FAILURE(st)) { ucnv_close(cv); return err_code(st); }
    }
    // Decode to UTF-16 chunk by chunk so the failing byte offset can be reported.
    size_t ucap = (size_t)len * 2 + 16;
    UChar *u = (UChar *)malloc(sizeof(UChar) * ucap);
    if (!u) { ucnv_close(cv); return -1; }
    UChar *target = u;
    const char *source = bytes;
    ucnv_toUnicode(cv, &target, u + ucap, &source, bytes + len, NULL, 1, &st);
    if (U_FAILURE(st)) {
        if (bad_offset) {
            char errb[32]; int8_t elen = sizeof(errb);
            UErrorCode s2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(cv, errb, &elen, &s2);
            *bad_offset = (int32_t)(source - bytes) - (U_SUCCESS(s2) ? elen : 0);
        }
        free(u); ucnv_close(cv);
        return (st == U_INVALID_CHAR_FOUND || st == U_ILLEGAL_CHAR_FOUND || st == U_TRUNCATED_CHAR_FOUND) ? -2 : err_code(st);
    }
    int32_t r = from_u16(u, (int32_t)(target - u), out, cap);
    free(u);
    ucnv_close(cv);
    return r;
}

int32_t cicu_charset_canonical(const char *charset, char *name, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &st);
    if (U_FAILURE(st) || !cv) return -1;
    const char *n = ucnv_getName(cv, &st);
    if (U_FAILURE(st) || !n) { ucnv_close(cv); return -1; }
    // The internal name ("ibm-5347_P100-1998") means nothing to people: prefer the MIME name,
    // then the IANA name ("windows-1251"), as ICU's alias table records them.
    UErrorCode st2 = U_ZERO_ERROR;
    const char *std = ucnv_getStandardName(n, "MIME", &st2);
    if (U_FAILURE(st2) || !std) { st2 = U_ZERO_ERROR; std = ucnv_getStandardName(n, "IANA", &st2); }
    if (U_SUCCESS(st2) && std) n = std;
    strncpy(name, n, (size_t)cap - 1);
    name[cap - 1] = 0;
    ucnv_close(cv);
    return 0;
}

int32_t cicu_script(uint32_t cp) {
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript((UChar32)cp, &st);
    return U_FAILURE(st) ? -1 : (int32_t)sc;
}

int32_t cicu_char_name(uint32_t cp, char *out, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)cp, U_UNICODE_CHAR_NAME, out, cap, &st);
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) return err_code(st);
    return n;
}

// One spoof checker for the process: opening one loads ICU's confusables data, which would
// dominate the cost of a skeleton; a configured checker is safe to share between threads.
static USpoofChecker *shared_spoof = NULL;
static pthread_once_t shared_spoof_once = PTHREAD_ONCE_INIT;
static void open_shared_spoof(void) {
    UErrorCode st = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&st);
    shared_spoof = U_FAILURE(st) ? NULL : sc;
}

int32_t cicu_skeleton(const char *text, int32_t len, char *out, int32_t cap) {
    pthread_once(&shared_spoof_once, open_shared_spoof);
    if (shared_spoof == NULL) return err_code(U_MISSING_RESOURCE_ERROR);
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = uspoof_getSkeletonUTF8(shared_spoof, 0, text, len, out, cap, &st);
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) return err_code(st);
    return n;
}

int32_t cicu_is_default_ignorable(uint32_t cp) {
    return u_hasBinaryProperty((UChar32)cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ? 1 : 0;
}

int32_t cicu_default_ignorable_ranges(uint32_t *ranges, int32_t capacity) {
    UErrorCode st = U_ZERO_ERROR;
    const USet *set = u_getBinaryPropertySet(UCHAR_DEFAULT_IGNORABLE_CODE_POINT, &st);
    if (U_FAILURE(st) || set == NULL) return -1;
    int32_t n = uset_getRangeCount(set);
    for (int32_t k = 0; k < n && 2 * k + 1 < capacity; k++) {
        UChar32 lo = 0, hi = 0;
        UErrorCode e = U_ZERO_ERROR;
        uset_getItem(set, k, &lo, &hi, NULL, 0, &e);
        if (U_FAILURE(e)) return -1;
        ranges[2 * k] = (uint32_t)lo;
        ranges[2 * k + 1] = (uint32_t)hi;
    }
    return n;
}

int32_t cicu_is_compatibility_alnum(uint32_t cp) {
    if (!u_isalnum((UChar32)cp)) return 0;
    int32_t dt = u_getIntPropertyValue((UChar32)cp, UCHAR_DECOMPOSITION_TYPE);
    return dt == U_DT_FONT || dt == U_DT_WIDE ? 1 : 0;
}

// Transliteration (cross-language name matching).
#include <unicode/utrans.h>

void *cicu_translit_open(const char *id) {
    UChar uid[128];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(uid, 128, &n, id, -1, &st);
    if (U_FAILURE(st) || n >= 128) return NULL;
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st)) return NULL;
    return t;
}

void cicu_translit_close(void *handle) {
    if (handle) utrans_close((UTransliterator *)handle);
}

int32_t cicu_translit(void *handle, const char *text, int32_t len, char *out, int32_t cap) {
    if (!handle) return -1;
    UErrorCode st = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8(NULL, 0, &n16, text, len, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st)) return err_code(st);
    st = U_ZERO_ERROR;
    // Transliteration can lengthen text (one Cyrillic letter → up to four Latin ones).
    int32_t room = n16 * 4 + 16;
    UChar *buf = (UChar *)malloc(sizeof(UChar) * (size_t)room);
    if (!buf) return -1;
    u_strFromUTF8(buf, room, &n16, text, len, &st);
    if (U_FAILURE(st)) { free(buf); return err_code(st); }
    int32_t limit = n16, textLen = n16;
    utrans_transUChars((UTransliterator *)handle, buf, &textLen, room, 0, &limit, &st);
    if (U_FAILURE(st)) { free(buf); return err_code(st); }
    int32_t n8 = 0;
    u_strToUTF8(out, cap, &n8, buf, textLen, &st);
    free(buf);
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) return err_code(st);
    return n8;
}
