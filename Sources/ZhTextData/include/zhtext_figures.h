#ifndef ZHTEXT_FIGURES_H
#define ZHTEXT_FIGURES_H

#include <stddef.h>

/// Words of change with their direction and the rules that read them (figures/change-words.tsv).
const unsigned char *zhtext_change_words(size_t *size);

#endif
