#ifndef ZHTEXT_FIGURES_H
#define ZHTEXT_FIGURES_H

#include <stddef.h>

/// Words of change with their direction and the rules that read them (figures/change-words.tsv).
const unsigned char *zhtext_change_words(size_t *size);

/// Qualifiers of a figure: before, after or inside it, approximate or a bound (figures/qualifiers.tsv).
const unsigned char *zhtext_qualifiers(size_t *size);

/// Range connectors and the grammars that read them (figures/range-connectors.tsv).
const unsigned char *zhtext_range_connectors(size_t *size);

/// Punctuation classes: what ends or opens a clause, a sentence or a list (figures/punctuation.tsv).
const unsigned char *zhtext_punctuation(size_t *size);

/// Words the figure grammar reads around a number, by role (figures/figure-words.tsv).
const unsigned char *zhtext_figure_words(size_t *size);

/// Date words: relative years, parts of a year, words that close a span or a plan name (figures/date-words.tsv).
const unsigned char *zhtext_date_words(size_t *size);


#endif
