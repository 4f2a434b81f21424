#ifndef ZHTEXT_FACTS_H
#define ZHTEXT_FACTS_H

#include <stddef.h>

/// Fact and frame word tables (Sources/ZhTextData/facts/*.tsv): UTF-8 lines, tab-separated, # comments.
const unsigned char *zhtext_pairing_words(size_t *size);

#endif
