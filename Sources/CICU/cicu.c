#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

int32_t cicu_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }

int32_t cicu_script(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t script = (int32_t)uscript_getScript((UChar32)c, &status);
    return U_FAILURE(status) ? -1 : script;
}

int32_t cicu_is_white_space(uint32_t c) { return u_isUWhiteSpace((UChar32)c) ? 1 : 0; }

// MARK: Word break

struct cicu_word_break {
    UBreakIterator *iterator;
    UText *text;
};

cicu_word_break *cicu_word_break_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return NULL;
    }
    cicu_word_break *result = calloc(1, sizeof(cicu_word_break));
    if (result == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->iterator = iterator;
    *status = error;
    return result;
}

void cicu_word_break_set_utf8(cicu_word_break *wb, const char *text, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    wb->text = utext_openUTF8(wb->text, text, length, &error);
    if (U_SUCCESS(error)) ubrk_setUText(wb->iterator, wb->text, &error);
    *status = error;
}

int32_t cicu_word_break_next(cicu_word_break *wb) {
    int32_t next = ubrk_next(wb->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t cicu_word_break_rule_status(cicu_word_break *wb) { return ubrk_getRuleStatus(wb->iterator); }

void cicu_word_break_close(cicu_word_break *wb) {
    if (wb == NULL) return;
    ubrk_close(wb->iterator);
    if (wb->text) utext_close(wb->text);
    free(wb);
}

// MARK: Charsets

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    int32_t confidence = -1;
    if (U_SUCCESS(error)) ucsdet_setText(detector, bytes, length, &error);
    const UCharsetMatch *match = U_SUCCESS(error) ? ucsdet_detect(detector, &error) : NULL;
    if (U_SUCCESS(error) && match != NULL) {
        const char *found = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && found != NULL && capacity > 0) {
            strncpy(name, found, (size_t)capacity - 1);
            name[capacity - 1] = 0;
        }
    }
    if (detector) ucsdet_close(detector);
    *status = error;
    return confidence;
}

int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *destination, int32_t capacity,
                              int32_t *error_offset, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *error_offset = -1;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return 0;
    }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    const char *source = bytes;
    const char *source_limit = bytes + length;
    UChar *target = (UChar *)destination;
    UChar *target_limit = target + capacity;
    int32_t written = 0;
    if (capacity <= 0) {
        // Preflight: convert through a scratch buffer to count the units needed.
        UChar scratch[1024];
        for (;;) {
            UChar *t = scratch;
            error = U_ZERO_ERROR;
            ucnv_toUnicode(converter, &t, scratch + 1024, &source, source_limit, NULL, 1, &error);
            written += (int32_t)(t - scratch);
            if (error == U_BUFFER_OVERFLOW_ERROR) continue;
            break;
        }
        if (U_SUCCESS(error)) error = U_BUFFER_OVERFLOW_ERROR;
    } else {
        ucnv_toUnicode(converter, &target, target_limit, &source, source_limit, NULL, 1, &error);
        written = (int32_t)(target - (UChar *)destination);
    }
    if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) {
        char invalid[32];
        int8_t invalid_length = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
        *error_offset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? invalid_length : 0);
    }
    ucnv_close(converter);
    *status = error;
    return written;
}

// MARK: Normalization

const cicu_normalizer *cicu_nfkc(int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&error);
    *status = error;
    return (const cicu_normalizer *)normalizer;
}

int32_t cicu_normalize(const cicu_normalizer *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t result = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)source, length,
                                      (UChar *)destination, capacity, &error);
    *status = error;
    return result;
}

int32_t cicu_normalizer_has_boundary_before(const cicu_normalizer *normalizer, uint32_t c) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)normalizer, (UChar32)c) ? 1 : 0;
}

int32_t cicu_normalizer_is_inert(const cicu_normalizer *normalizer, uint32_t c) {
    return unorm2_isInert((const UNormalizer2 *)normalizer, (UChar32)c) ? 1 : 0;
}

// MARK: Transliteration

cicu_transliterator *cicu_transliterator_open(const char *identifier, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar id[64];
    u_charsToUChars(identifier, id, (int32_t)strlen(identifier) + 1);
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &error);
    *status = error;
    return (cicu_transliterator *)t;
}

int32_t cicu_transliterate(const cicu_transliterator *transliterator, uint16_t *text, int32_t length,
                           int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &text_length, capacity,
                       0, &limit, &error);
    *status = error;
    return text_length;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator) utrans_close((UTransliterator *)transliterator);
}

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = 0;
}
