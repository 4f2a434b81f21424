// The facts area's word tables (Sources/ZhTextData/facts/*.tsv), compiled into the binary.
#include "zhtext_facts.h"

#include "embed.h"

static const unsigned char pairing_words[] = {
#embed "facts/pairing-words.tsv"
};

ZHTEXT_DATA(zhtext_pairing_words, pairing_words)
