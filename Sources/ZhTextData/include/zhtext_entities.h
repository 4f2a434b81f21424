#ifndef ZHTEXT_ENTITIES_H
#define ZHTEXT_ENTITIES_H

#include <stddef.h>

/// The entity rules' tables (Sources/ZhTextData/entities/*.tsv): UTF-8 lines, tab-separated, # comments.
const unsigned char *zhtext_entities_organizations(size_t *size);
const unsigned char *zhtext_entities_places(size_t *size);
const unsigned char *zhtext_entities_not_names(size_t *size);
const unsigned char *zhtext_entities_titles(size_t *size);
const unsigned char *zhtext_entities_person_cues(size_t *size);
const unsigned char *zhtext_entities_surnames(size_t *size);
const unsigned char *zhtext_entities_transliteration(size_t *size);
const unsigned char *zhtext_entities_characters(size_t *size);
const unsigned char *zhtext_entities_place_verbs(size_t *size);
const unsigned char *zhtext_entities_named_bodies(size_t *size);
/// The term rules' tables (Sources/ZhTextData/terms/*.tsv).
const unsigned char *zhtext_terms_quote_context(size_t *size);
const unsigned char *zhtext_terms_numerals(size_t *size);

#endif
