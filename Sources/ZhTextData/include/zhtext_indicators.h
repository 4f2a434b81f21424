#ifndef ZHTEXT_INDICATORS_H
#define ZHTEXT_INDICATORS_H

#include <stddef.h>

/// The indicator reader's words and their roles (indicators/words.tsv).
const unsigned char *zhtext_indicator_words(size_t *size);
/// The edge rules that trim a phrase to its indicator (indicators/edge-rules.tsv).
const unsigned char *zhtext_indicator_edge_rules(size_t *size);
/// The character classes of the indicator reader (indicators/characters.tsv).
const unsigned char *zhtext_indicator_characters(size_t *size);

#endif
