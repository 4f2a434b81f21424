// The facts area's word tables (Sources/ZhTextData/facts/*.tsv), compiled into the binary.
#include "zhtext_facts.h"

#include "embed.h"

static const unsigned char pairing_words[] = {
#embed "facts/pairing-words.tsv"
};

static const unsigned char title_words[] = {
#embed "facts/title-words.tsv"
};

static const unsigned char frame_words[] = {
#embed "facts/frame-words.tsv"
};

static const unsigned char section_words[] = {
#embed "facts/section-words.tsv"
};

static const unsigned char level_words[] = {
#embed "facts/level-words.tsv"
};

static const unsigned char subjects[] = {
#embed "facts/subjects.tsv"
};

static const unsigned char baseline_words[] = {
#embed "facts/baseline-words.tsv"
};

static const unsigned char status_words[] = {
#embed "facts/status-words.tsv"
};

static const unsigned char output_words[] = {
#embed "facts/output-words.tsv"
};

static const unsigned char period_cues[] = {
#embed "facts/period-cues.tsv"
};

static const unsigned char date_context[] = {
#embed "facts/date-context.tsv"
};

static const unsigned char table_words[] = {
#embed "facts/table-words.tsv"
};

ZHTEXT_DATA(zhtext_period_cues, period_cues)
ZHTEXT_DATA(zhtext_fact_date_context, date_context)
ZHTEXT_DATA(zhtext_table_words, table_words)
ZHTEXT_DATA(zhtext_pairing_words, pairing_words)
ZHTEXT_DATA(zhtext_title_words, title_words)
ZHTEXT_DATA(zhtext_frame_words, frame_words)
ZHTEXT_DATA(zhtext_section_words, section_words)
ZHTEXT_DATA(zhtext_level_words, level_words)
ZHTEXT_DATA(zhtext_subjects, subjects)
ZHTEXT_DATA(zhtext_baseline_words, baseline_words)
ZHTEXT_DATA(zhtext_status_words, status_words)
ZHTEXT_DATA(zhtext_output_words, output_words)
