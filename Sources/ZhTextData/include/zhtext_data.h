#ifndef ZHTEXT_DATA_H
#define ZHTEXT_DATA_H

#include <stddef.h>

/// The base lexicon: a prefix trie built by Scripts/build-lexicon.py from jieba's dictionary (MIT).
const unsigned char *zhtext_base_lexicon(size_t *size);

/// The domain lexicon for official documents: UTF-8 lines `word [freq] [tag]`.
const unsigned char *zhtext_domain_lexicon(size_t *size);

/// China's administrative divisions and their short forms (`name ns` lines), from cpca (MIT).
const unsigned char *zhtext_place_lexicon(size_t *size);

/// Figure and date rule tables (Sources/ZhTextData/figures/*.tsv): UTF-8 lines, tab-separated, # comments.
const unsigned char *zhtext_period_words(size_t *size);
const unsigned char *zhtext_plan_periods(size_t *size);
const unsigned char *zhtext_non_figures(size_t *size);
const unsigned char *zhtext_figure_units(size_t *size);
/// The entity model: the weights of a sequence labeller trained by `zhtext-train-entities` from the
/// public NER data sets listed in NOTICE (see EntityModel.swift for the layout).
const unsigned char *zhtext_entity_model(size_t *size);
/// The canonical indicators: a TSV of `id kind name aliases` rows (indicators/canonical.tsv).
const unsigned char *zhtext_canonical_indicators(size_t *size);

#endif
