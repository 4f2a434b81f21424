// Lexicons and rule tables compiled into the binary, so that a `zhtext` copied anywhere still finds them.
// `#embed` (C23, an extension in earlier modes) includes a file's bytes at compile time.
#include "zhtext_data.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

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

const unsigned char *zhtext_place_lexicon(size_t *size) {
    *size = sizeof(place_lexicon);
    return place_lexicon;
}

const unsigned char *zhtext_base_lexicon(size_t *size) {
    *size = sizeof(base_lexicon);
    return base_lexicon;
}

const unsigned char *zhtext_domain_lexicon(size_t *size) {
    *size = sizeof(domain_lexicon);
    return domain_lexicon;
}

const unsigned char *zhtext_period_words(size_t *size) {
    *size = sizeof(period_words);
    return period_words;
}

const unsigned char *zhtext_plan_periods(size_t *size) {
    *size = sizeof(plan_periods);
    return plan_periods;
}

const unsigned char *zhtext_non_figures(size_t *size) {
    *size = sizeof(non_figures);
    return non_figures;
}

const unsigned char *zhtext_figure_units(size_t *size) {
    *size = sizeof(figure_units);
    return figure_units;
}

_Alignas(64) static const unsigned char entity_model[] = {
#embed "model/entities.bin"
};

const unsigned char *zhtext_entity_model(size_t *size) {
    *size = sizeof(entity_model);
    return entity_model;
}

static const unsigned char canonical_indicators[] = {
#embed "indicators/canonical.tsv"
};

const unsigned char *zhtext_canonical_indicators(size_t *size) {
    *size = sizeof(canonical_indicators);
    return canonical_indicators;
}
