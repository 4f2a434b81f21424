// Lexicons and rule tables compiled into the binary, so that a `zhtext` copied anywhere still finds them.
// `#embed` (C23, an extension in earlier modes) includes a file's bytes at compile time. Each area may keep
// its tables in a file of its own (`entities_data.c` with `include/zhtext_entities.h`), using embed.h.
#include "zhtext_data.h"

#include "embed.h"

_Alignas(64) static const unsigned char base_lexicon[] = {
#embed "lexicon/base.lex"
};

static const unsigned char domain_lexicon[] = {
#embed "lexicon/domain.txt"
};

static const unsigned char place_lexicon[] = {
#embed "lexicon/places.txt"
};

static const unsigned char period_words[] = {
#embed "figures/period-words.tsv"
};

static const unsigned char plan_periods[] = {
#embed "figures/plan-periods.tsv"
};

static const unsigned char non_figures[] = {
#embed "figures/non-figures.tsv"
};

static const unsigned char figure_units[] = {
#embed "figures/units.tsv"
};

_Alignas(64) static const unsigned char entity_model[] = {
#embed "model/entities.bin"
};

static const unsigned char canonical_indicators[] = {
#embed "indicators/canonical.tsv"
};

ZHTEXT_DATA(zhtext_place_lexicon, place_lexicon)
ZHTEXT_DATA(zhtext_base_lexicon, base_lexicon)
ZHTEXT_DATA(zhtext_domain_lexicon, domain_lexicon)
ZHTEXT_DATA(zhtext_period_words, period_words)
ZHTEXT_DATA(zhtext_plan_periods, plan_periods)
ZHTEXT_DATA(zhtext_non_figures, non_figures)
ZHTEXT_DATA(zhtext_figure_units, figure_units)
ZHTEXT_DATA(zhtext_entity_model, entity_model)
ZHTEXT_DATA(zhtext_canonical_indicators, canonical_indicators)
