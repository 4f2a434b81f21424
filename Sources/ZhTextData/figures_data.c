// The figure and date grammars' word tables (figures/*.tsv), compiled into the binary with `#embed`.
#include "zhtext_figures.h"

#include "embed.h"

static const unsigned char change_words[] = {
#embed "figures/change-words.tsv"
};

static const unsigned char qualifiers[] = {
#embed "figures/qualifiers.tsv"
};

static const unsigned char range_connectors[] = {
#embed "figures/range-connectors.tsv"
};

static const unsigned char punctuation[] = {
#embed "figures/punctuation.tsv"
};

static const unsigned char figure_words[] = {
#embed "figures/figure-words.tsv"
};

static const unsigned char date_words[] = {
#embed "figures/date-words.tsv"
};

ZHTEXT_DATA(zhtext_change_words, change_words)
ZHTEXT_DATA(zhtext_qualifiers, qualifiers)
ZHTEXT_DATA(zhtext_range_connectors, range_connectors)
ZHTEXT_DATA(zhtext_punctuation, punctuation)
ZHTEXT_DATA(zhtext_figure_words, figure_words)
ZHTEXT_DATA(zhtext_date_words, date_words)
