#ifndef ZHTEXT_DATA_H
#define ZHTEXT_DATA_H

#include <stddef.h>

/// The base lexicon: a prefix trie built by Scripts/build-lexicon.py from jieba's dictionary (MIT).
const unsigned char *zhtext_base_lexicon(size_t *size);

/// The domain lexicon for official documents: UTF-8 lines `word [freq] [tag]`.
const unsigned char *zhtext_domain_lexicon(size_t *size);

/// China's administrative divisions and their short forms (`name ns` lines), from cpca (MIT).
const unsigned char *zhtext_place_lexicon(size_t *size);

/// The canonical indicators: a TSV of `id kind name aliases` rows (indicators/canonical.tsv).
const unsigned char *zhtext_canonical_indicators(size_t *size);

#endif
