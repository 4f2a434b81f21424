// Lexicons compiled into the binary, so that a `zhtext` copied anywhere still finds them.
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

static const unsigned char canonical_indicators[] = {
#embed "indicators/canonical.tsv"
};

const unsigned char *zhtext_canonical_indicators(size_t *size) {
    *size = sizeof(canonical_indicators);
    return canonical_indicators;
}
