// The entity and term rules' knowledge tables (Sources/ZhTextData/entities/*.tsv, terms/*.tsv), embedded.
#include "zhtext_entities.h"

#include "embed.h"

static const unsigned char entities_organizations[] = {
#embed "entities/organizations.tsv"
};

static const unsigned char entities_places[] = {
#embed "entities/places.tsv"
};

static const unsigned char entities_not_names[] = {
#embed "entities/not-names.tsv"
};

static const unsigned char entities_titles[] = {
#embed "entities/titles.tsv"
};

static const unsigned char entities_person_cues[] = {
#embed "entities/person-cues.tsv"
};

static const unsigned char entities_surnames[] = {
#embed "entities/surnames.tsv"
};

static const unsigned char entities_transliteration[] = {
#embed "entities/transliteration.tsv"
};

static const unsigned char entities_characters[] = {
#embed "entities/characters.tsv"
};

static const unsigned char entities_place_verbs[] = {
#embed "entities/place-verbs.tsv"
};

static const unsigned char entities_named_bodies[] = {
#embed "entities/named-bodies.tsv"
};

static const unsigned char terms_quote_context[] = {
#embed "terms/quote-context.tsv"
};

static const unsigned char terms_numerals[] = {
#embed "terms/numerals.tsv"
};

ZHTEXT_DATA(zhtext_entities_organizations, entities_organizations)
ZHTEXT_DATA(zhtext_entities_places, entities_places)
ZHTEXT_DATA(zhtext_entities_not_names, entities_not_names)
ZHTEXT_DATA(zhtext_entities_titles, entities_titles)
ZHTEXT_DATA(zhtext_entities_person_cues, entities_person_cues)
ZHTEXT_DATA(zhtext_entities_surnames, entities_surnames)
ZHTEXT_DATA(zhtext_entities_transliteration, entities_transliteration)
ZHTEXT_DATA(zhtext_entities_characters, entities_characters)
ZHTEXT_DATA(zhtext_entities_place_verbs, entities_place_verbs)
ZHTEXT_DATA(zhtext_entities_named_bodies, entities_named_bodies)
ZHTEXT_DATA(zhtext_terms_quote_context, terms_quote_context)
ZHTEXT_DATA(zhtext_terms_numerals, terms_numerals)
