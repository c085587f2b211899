// cicu.h — a small C surface over system ICU (libicu-dev).
//
// This header deliberately includes no ICU header: Swift's Foundation on Linux carries its own
// private ICU, and a Swift module that sees both does not compile (see docs/architecture.md).
// All text crosses this boundary as UTF-8 bytes; all offsets are UTF-8 byte offsets.
// Functions that fill a caller buffer return the length they need (ICU's pre-flighting
// convention): call again with a larger buffer when the result exceeds the capacity.
// A negative return is an error (-1 - ICU error code).
#ifndef CICU_H
#define CICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Sentence boundaries of UTF-8 `text` (length `len` bytes) for `locale` (e.g. "en@ss=standard").
/// Writes boundary offsets (UTF-8 bytes, excluding 0, including len) into `out`. The text is
/// broken in chunks of at least `chunk` bytes, each ending just after a line feed (see
/// `cicu_sentence_chunk_end`); the breaks are those of the whole text.
int32_t cicu_sentence_breaks(const char *text, int32_t len, const char *locale, int32_t chunk,
                             int32_t *out, int32_t cap);

/// Where the chunk of `text` that starts at `from` ends (exclusive) when texts are broken in
/// chunks of at least `chunk` bytes: just after the first line feed at or after
/// `from + chunk - 1`, or `len` when the rest is not longer than `chunk` or has no such line
/// feed before its last byte. A text cut at chunk ends and each part given to
/// `cicu_sentence_breaks` with the same `chunk` is cut at the same places.
int32_t cicu_sentence_chunk_end(const char *text, int32_t len, int32_t from, int32_t chunk);

/// NFKC_Casefold of UTF-8 `text` into `out` (UTF-8).
int32_t cicu_nfkc_casefold(const char *text, int32_t len, char *out, int32_t cap);

/// Detect the charset of `bytes`. Writes a NUL-terminated name into `name` (cap bytes) and the
/// detector's confidence (0-100) into `confidence`. Returns 0 or a negative error.
int32_t cicu_detect_charset(const char *bytes, int32_t len, char *name, int32_t cap,
                            int32_t *confidence);

/// Convert `bytes` in `charset` to UTF-8. With `strict` set, an invalid or unmappable byte
/// sequence is an error (returns -2 and writes its byte offset into *bad_offset).
int32_t cicu_to_utf8(const char *charset, const char *bytes, int32_t len, char *out, int32_t cap,
                     int32_t strict, int32_t *bad_offset);

/// Writes a standard name for a charset alias: its MIME name, else its IANA name, else ICU's
/// internal name ("cp1251" → "windows-1251"). Returns 0 or a negative error.
int32_t cicu_charset_canonical(const char *charset, char *name, int32_t cap);

/// ICU's Unicode script code (UScriptCode) of a code point: 0 Common, 1 Inherited,
/// 25 Latin, 8 Cyrillic, 14 Greek, … Negative on error.
int32_t cicu_script(uint32_t cp);

/// The Unicode name of a code point ("ZERO WIDTH SPACE") into `out`; returns its length.
int32_t cicu_char_name(uint32_t cp, char *out, int32_t cap);

/// The confusable skeleton (UTS #39) of UTF-8 `text` into `out` (UTF-8): strings that look
/// alike have the same skeleton ("Кyiv" with a Cyrillic К and "Kyiv").
int32_t cicu_skeleton(const char *text, int32_t len, char *out, int32_t cap);

/// 1 when ICU gives `cp` the Default_Ignorable_Code_Point property (invisible format
/// characters, variation selectors, TAG characters U+E0000–E0FFF, …), else 0.
int32_t cicu_is_default_ignorable(uint32_t cp);

/// The Default_Ignorable_Code_Point ranges as inclusive (first, last) pairs written to
/// `ranges` (at most `capacity` / 2 of them); returns how many ranges ICU has (may exceed
/// what was written), or -1 on failure.
int32_t cicu_default_ignorable_ranges(uint32_t *ranges, int32_t capacity);

/// 1 when `cp` is a letter or digit whose compatibility decomposition is a font or
/// width variant of another (mathematical bold "𝐍", fullwidth "Ｎ"), else 0.
int32_t cicu_is_compatibility_alnum(uint32_t cp);

/// A transliterator for an ICU id ("Any-Latin; Latin-ASCII"), or NULL if ICU does not know it.
/// One handle serves one thread at a time; close it with `cicu_translit_close`.
void *cicu_translit_open(const char *id);
void cicu_translit_close(void *handle);
/// Transliterates UTF-8 `text` into `out` (UTF-8); returns the length needed.
int32_t cicu_translit(void *handle, const char *text, int32_t len, char *out, int32_t cap);

#ifdef __cplusplus
}
#endif
#endif
