/*
 * gazzetta_icu.c — the only file in Gazzetta that includes ICU's headers.
 */
#include "gazzetta_icu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct gz_breaker {
    UBreakIterator *iterator;
    UText *text;
};

static void copy_error(UErrorCode status, char *error, int32_t capacity) {
    if (error == NULL || capacity <= 0) return;
    strncpy(error, u_errorName(status), (size_t)capacity - 1);
    error[capacity - 1] = '\0';
}

gz_breaker *gz_breaker_open(int32_t kind, const char *locale, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GZ_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        return NULL;
    }
    gz_breaker *breaker = calloc(1, sizeof(gz_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        copy_error(U_MEMORY_ALLOCATION_ERROR, error, error_capacity);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void gz_breaker_close(gz_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

int32_t gz_breaker_set_utf8(gz_breaker *breaker, const uint8_t *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    /* utext_openUTF8 reuses the UText when given one: no allocation per document after the first. */
    breaker->text = utext_openUTF8(breaker->text, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_first(breaker->iterator);
    return 0;
}

int64_t gz_breaker_next(gz_breaker *breaker, int32_t *rule_status) {
    /* Over a UTF-8 UText, ICU's native indexes are byte offsets. */
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (rule_status != NULL) *rule_status = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

static int32_t normalize_utf8(const UNormalizer2 *fold, const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity);

int32_t gz_fold_utf8(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *fold = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) return -1;
    return normalize_utf8(fold, utf8, length, out, out_capacity);
}

int32_t gz_nfkc_utf8(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -1;
    return normalize_utf8(nfkc, utf8, length, out, out_capacity);
}

static int32_t normalize_utf8(const UNormalizer2 *fold, const uint8_t *utf8, int32_t length, uint8_t *out, int32_t out_capacity) {
    UErrorCode status = U_ZERO_ERROR;

    UChar stack_source[128], stack_folded[256];
    UChar *source = stack_source, *folded = stack_folded;
    int32_t source_length = 0, folded_length = 0, needed = -1;

    u_strFromUTF8(source, 128, &source_length, (const char *)utf8, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        source = malloc(sizeof(UChar) * (size_t)(source_length + 1));
        if (source == NULL) return -1;
        u_strFromUTF8(source, source_length + 1, NULL, (const char *)utf8, length, &status);
    }
    if (U_FAILURE(status)) goto done;

    folded_length = unorm2_normalize(fold, source, source_length, folded, 256, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        folded = malloc(sizeof(UChar) * (size_t)(folded_length + 1));
        if (folded == NULL) goto done;
        folded_length = unorm2_normalize(fold, source, source_length, folded, folded_length + 1, &status);
    }
    if (U_FAILURE(status)) goto done;

    u_strToUTF8((char *)out, out_capacity, &needed, folded, folded_length, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) needed = -1;

done:
    if (source != stack_source) free(source);
    if (folded != stack_folded && folded != NULL) free(folded);
    return needed;
}

int32_t gz_display_country(const char *region, const char *display_locale, uint8_t *out, int32_t out_capacity) {
    char locale[16];
    UChar name[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = -1;
    if (strlen(region) > 8) return -1;
    strcpy(locale, "und_");
    strcat(locale, region);
    int32_t length = uloc_getDisplayCountry(locale, display_locale, name, 256, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return -1;
    /* ICU answers an unknown region with the code itself. */
    if (length == (int32_t)strlen(region)) {
        int same = 1;
        for (int32_t i = 0; i < length; i++) if (name[i] != (UChar)region[i]) same = 0;
        if (same) return -1;
    }
    u_strToUTF8((char *)out, out_capacity, &needed, name, length, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}

const char *const *gz_iso_countries(void) {
    return uloc_getISOCountries();
}

int32_t gz_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    int32_t confidence = -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    if (U_SUCCESS(status) && match != NULL) {
        const char *found = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && found != NULL && name != NULL && name_capacity > 0) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = '\0';
            confidence = ucsdet_getConfidence(match, &status);
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int64_t gz_convert_to_utf8(const char *charset, const uint8_t *bytes, int64_t length, uint8_t *out, int64_t out_capacity) {
    if (length > INT32_MAX || out_capacity > INT32_MAX) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = ucnv_convert("UTF-8", charset, (char *)out, (int32_t)out_capacity,
                                  (const char *)bytes, (int32_t)length, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}

const char *gz_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, text);
    return text;
}
