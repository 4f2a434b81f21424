#ifndef CICU_H
#define CICU_H

// Small wrappers over the system ICU. This header names no ICU type on purpose: Swift modules
// that import Foundation on Linux also see Foundation's bundled ICU, whose declarations clash
// with the system headers, and ICU's versioned symbol names (ubrk_open_72) hide from Swift.
// Status codes are ICU's UErrorCode values: 0 is success, negative a warning, positive an error.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Character properties

/// The general category (ICU `UCharCategory`) of a code point.
int32_t cicu_char_type(uint32_t c);
/// The script code (ICU `UScriptCode`) of a code point.
int32_t cicu_script(uint32_t c);
/// Whether a code point has the Unicode White_Space property.
int32_t cicu_is_white_space(uint32_t c);

// MARK: Word break iterator over UTF-8

typedef struct cicu_word_break cicu_word_break;

/// Opens a word break iterator for a locale ("zh", "" for root).
cicu_word_break *cicu_word_break_open(const char *locale, int32_t *status);
/// Points the iterator at UTF-8 text (not copied: it must outlive the iteration).
void cicu_word_break_set_utf8(cicu_word_break *iterator, const char *text, int64_t length, int32_t *status);
/// The next boundary as a UTF-8 offset, or -1 at the end.
int32_t cicu_word_break_next(cicu_word_break *iterator);
/// The rule status of the segment ending at the current boundary (ICU `UWordBreak`).
int32_t cicu_word_break_rule_status(cicu_word_break *iterator);
void cicu_word_break_close(cicu_word_break *iterator);

// MARK: Charset detection and conversion

/// Detects the charset of `bytes`: writes its ICU name to `name` (NUL-terminated) and returns
/// the confidence (0–100), or -1 when nothing matched.
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity, int32_t *status);

/// Converts bytes in `charset` to UTF-16, stopping at the first invalid or unmappable sequence.
/// Returns the number of UTF-16 units written (or needed, with status U_BUFFER_OVERFLOW_ERROR = 15).
/// On an invalid sequence, status is an error and `*error_offset` is the offset of its first byte.
int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *destination, int32_t capacity,
                              int32_t *error_offset, int32_t *status);

// MARK: Normalization (NFKC)

typedef struct cicu_normalizer cicu_normalizer;

/// ICU's shared NFKC instance (owned by ICU: never close it).
const cicu_normalizer *cicu_nfkc(int32_t *status);
/// Normalizes UTF-16 text; returns the length written or needed.
int32_t cicu_normalize(const cicu_normalizer *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status);
/// Whether normalization never interacts across a boundary before `c`.
int32_t cicu_normalizer_has_boundary_before(const cicu_normalizer *normalizer, uint32_t c);
/// Whether `c` is unchanged by normalization and never interacts with its neighbours.
int32_t cicu_normalizer_is_inert(const cicu_normalizer *normalizer, uint32_t c);

// MARK: Transliteration

typedef struct cicu_transliterator cicu_transliterator;

/// Opens a transliterator by ICU ID, such as "Hant-Hans".
cicu_transliterator *cicu_transliterator_open(const char *identifier, int32_t *status);
/// Transliterates UTF-16 text in place; returns the new length (or the needed one, with
/// status U_BUFFER_OVERFLOW_ERROR = 15).
int32_t cicu_transliterate(const cicu_transliterator *transliterator, uint16_t *text, int32_t length,
                           int32_t capacity, int32_t *status);
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// The ICU version, such as "72.1".
void cicu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
