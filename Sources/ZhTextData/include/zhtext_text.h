#ifndef ZHTEXT_TEXT_H
#define ZHTEXT_TEXT_H

#include <stddef.h>

/// The Traditional characters and their Simplified forms (text/traditional.tsv): `Traditional<TAB>Simplified`
/// lines, built by Scripts/build-traditional.py from ICU's Hant-Hans transliterator.
const unsigned char *zhtext_traditional(size_t *size);

#endif
