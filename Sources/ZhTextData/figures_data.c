// The figure and date grammars' word tables (figures/*.tsv), compiled into the binary with `#embed`.
#include "zhtext_figures.h"

#include "embed.h"

static const unsigned char change_words[] = {
#embed "figures/change-words.tsv"
};

ZHTEXT_DATA(zhtext_change_words, change_words)
