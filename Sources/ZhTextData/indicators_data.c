// The indicator reader's tables (Sources/ZhTextData/indicators/): words and edge rules.
#include "zhtext_indicators.h"

#include "embed.h"

static const unsigned char indicator_words[] = {
#embed "indicators/words.tsv"
};

static const unsigned char indicator_edge_rules[] = {
#embed "indicators/edge-rules.tsv"
};

static const unsigned char indicator_characters[] = {
#embed "indicators/characters.tsv"
};

ZHTEXT_DATA(zhtext_indicator_words, indicator_words)
ZHTEXT_DATA(zhtext_indicator_edge_rules, indicator_edge_rules)
ZHTEXT_DATA(zhtext_indicator_characters, indicator_characters)
