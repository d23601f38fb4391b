/*
 * gazzetta_icu.h — the thin C face of ICU that Gazzetta's Swift code sees.
 *
 * Why this target exists: ICU C functions are version-renamed macros (ubrk_open becomes ubrk_open_72) that
 * Swift cannot import, and Foundation on Linux ships ICU headers of its own whose types clash with the
 * system's. So this header uses plain C types only; gazzetta_icu.c includes the unicode headers and links the
 * system's icuuc/icui18n.
 */
#ifndef GAZZETTA_ICU_H
#define GAZZETTA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An ICU break iterator over UTF-8 text, opaque to callers. Not thread-safe: one per thread. */
typedef struct gz_breaker gz_breaker;

/** Kinds of break iterator. */
enum {
    GZ_BREAK_WORD = 0,
    GZ_BREAK_SENTENCE = 1
};

/** Rule-status ranges of word boundaries, as ICU's UWordBreak: none (spaces, punctuation), number, letter, kana, ideo. */
enum {
    GZ_WORD_NONE = 0, GZ_WORD_NONE_LIMIT = 100,
    GZ_WORD_NUMBER = 100, GZ_WORD_NUMBER_LIMIT = 200,
    GZ_WORD_LETTER = 200, GZ_WORD_LETTER_LIMIT = 300,
    GZ_WORD_KANA = 300, GZ_WORD_KANA_LIMIT = 400,
    GZ_WORD_IDEO = 400, GZ_WORD_IDEO_LIMIT = 500
};

/**
 * Opens a break iterator of `kind` for `locale` ("it", "en").
 * Returns NULL on failure and writes ICU's error name into `error` (NUL-terminated, at most `error_capacity` bytes).
 */
gz_breaker *gz_breaker_open(int32_t kind, const char *locale, char *error, int32_t error_capacity);

/** Closes a break iterator and releases its text. NULL is allowed. */
void gz_breaker_close(gz_breaker *breaker);

/**
 * Points the iterator at `length` bytes of UTF-8 at `utf8`, without copying: the bytes must stay alive and
 * unchanged until the next call or close. Returns 0, or an ICU error code.
 */
int32_t gz_breaker_set_utf8(gz_breaker *breaker, const uint8_t *utf8, int64_t length);

/**
 * Advances to the next boundary. Returns its byte offset into the UTF-8 text, or -1 at the end.
 * `rule_status` (may be NULL) receives the status of the segment that ends there (see GZ_WORD_*).
 */
int64_t gz_breaker_next(gz_breaker *breaker, int32_t *rule_status);

/**
 * Writes the NFKC case fold (ICU's NFKC_Casefold) of `length` bytes of UTF-8 into `out` as UTF-8.
 * Returns the length needed (which may exceed `out_capacity`: call again with more room), or -1 on error.
 */
int32_t gz_fold_utf8(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity);

/**
 * Writes the NFKC normalisation (no case fold) of `length` bytes of UTF-8 into `out` as UTF-8: what the exact
 * case rule compares, so that full-width or mathematical letters keep their case but lose their style.
 * Returns the length needed, or -1 on error.
 */
int32_t gz_nfkc_utf8(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity);

/**
 * Writes CLDR's display name of region `region` (ISO 3166 alpha-2) in `display_locale` as UTF-8 into `out`.
 * Returns the length needed, or -1 on error (unknown region).
 */
int32_t gz_display_country(const char *region, const char *display_locale, uint8_t *out, int32_t out_capacity);

/** The NULL-terminated list of ISO 3166 alpha-2 codes ICU knows. */
const char *const *gz_iso_countries(void);

/**
 * Detects the charset of `length` bytes. Writes its ICU name (NUL-terminated) into `name` and returns the
 * confidence 0–100, or -1 when nothing fits.
 */
int32_t gz_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity);

/**
 * Converts `length` bytes in `charset` to UTF-8 into `out`. Returns the length needed (call again with more
 * room when it exceeds `out_capacity`), or -1 on error (unknown charset, invalid input).
 */
int64_t gz_convert_to_utf8(const char *charset, const uint8_t *bytes, int64_t length, uint8_t *out, int64_t out_capacity);

/** ICU's version, e.g. "72.1". */
const char *gz_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
