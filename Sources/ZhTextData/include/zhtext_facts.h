#ifndef ZHTEXT_FACTS_H
#define ZHTEXT_FACTS_H

#include <stddef.h>

/// Fact and frame word tables (Sources/ZhTextData/facts/*.tsv): UTF-8 lines, tab-separated, # comments.
const unsigned char *zhtext_period_cues(size_t *size);
const unsigned char *zhtext_fact_date_context(size_t *size);
const unsigned char *zhtext_table_words(size_t *size);
const unsigned char *zhtext_pairing_words(size_t *size);
const unsigned char *zhtext_title_words(size_t *size);
const unsigned char *zhtext_frame_words(size_t *size);
const unsigned char *zhtext_section_words(size_t *size);
const unsigned char *zhtext_level_words(size_t *size);
const unsigned char *zhtext_subjects(size_t *size);
const unsigned char *zhtext_baseline_words(size_t *size);
const unsigned char *zhtext_status_words(size_t *size);
const unsigned char *zhtext_output_words(size_t *size);

#endif
